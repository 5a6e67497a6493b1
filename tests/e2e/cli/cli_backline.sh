#!/usr/bin/env bash
# slipway-cli's day-1 and day-2 cycle of the Backline product on the testbed, with helm 4:
# install from answers → Ready → status / history (= helm history) → upgrade (replicas and a
# resource profile) → diff → rollback → a CrashLoopBackOff upgrade rolled back → helm SIGKILLed
# mid-upgrade → recover → uninstall; the access key must show up in nothing Slipway wrote.
. "$(dirname "$0")/../lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
CHART="$E2E_HERE/../../charts/backline"
WORK=$(mktemp -d)
export XDG_DATA_HOME="$WORK/data" TMPDIR="$WORK/tmp" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
mkdir -p "$TMPDIR"
KEY="e2eKey-$$-$(date +%s%N)"
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT

# cli ARGS… — slipway-cli on this namespace; stdout and stderr are also kept for the secret check.
cli() {
  "$CLI" --namespace "$NS" "$@" 2> >(tee -a "$WORK/stderr.log" >&2) | tee -a "$WORK/stdout.log"
  return "${PIPESTATUS[0]}"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
answers() { # answers FILE REPLICAS [CPU [WORKER-POD-LABELS]]
  { echo "environment: staging"; echo "fields:"; echo "  accessKey: $KEY"
    echo "  namespaceOverride: $NS"; echo "  workerReplicas: $2"
    if [ -n "${3:-}" ]; then
      echo "  overrides: {resourceProfiles: {medium: {requests: {cpu: $3, memory: 8Gi}, limits: {cpu: $3, memory: 8Gi}}}${4:+, worker: {podLabels: $4\}}}"
    fi; } >"$1"
}
answers "$WORK/a1.yaml" 1
answers "$WORK/a2.yaml" 2 3000m
answers "$WORK/a-crash.yaml" 2 3000m '{"kwok.test/fault": CrashLoopBackOff}'
H4=("$SLIPWAY_HELM" -n "$NS")
ready() { [ "$("${K[@]}" -n "$NS" get deploy "$1" -o jsonpath='{.status.readyReplicas}')" = "$2" ]; }

# --- install
check "install from answers" cli install --product backline --answers "$WORK/a1.yaml" --timeout 180s
check "worker ready" ready worker 1
check "minio ready" ready minio 1
check_eq "status: deployed, revision 1" "deployed 1" "$(cli status --product backline -o json | json 'd["status"] + " " + str(d["revision"])')"
same_history() {
  python3 - "$(cli history --product backline -o json)" "$("${H4[@]}" history backline -o json)" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.exit(0 if a == b else print(a, b, sep="\n") or 1)
PY
}
check "history equals helm history (1 revision)" same_history

# --- upgrade: replicas 1 → 2, medium profile CPU 2000m → 3000m
check "upgrade with new answers" cli upgrade --product backline --answers "$WORK/a2.yaml" --timeout 180s
check_eq "revision 2 deployed" "2 deployed" "$(cli status --product backline -o json | json 'str(d["revision"]) + " " + d["status"]')"
check_eq "worker has 2 replicas" 2 "$("${K[@]}" -n "$NS" get deploy worker -o jsonpath='{.spec.replicas}')"
check "worker ready with 2" ready worker 2
check "the medium profile's 3000m is in the worker ConfigMap" \
  sh -c "\"\$0\" -n \"\$1\" get configmap -o yaml | grep -q 3000m" kubectl "$NS"
DIFF=$(cli diff --product backline -o json 1 2)
check_eq "values diff 1→2: only the replicas and the profile" \
  "['+      cpu: 3000m', '+      cpu: 3000m', '+    limits:', '+    requests:', '+  medium:', '+  replicaCount: 2', '+resourceProfiles:', '+worker:']" \
  "$(json 'sorted(l for l in d["values"] if l[:1] in "+-" and l[:3] not in ("---","+++"))' <<<"$DIFF")"
check_eq "the diff does not show the access key" "" "$(grep -o -- "$KEY" <<<"$DIFF")"
check_eq "manifest diff 1→2: replicas, the 3000m CPU and config checksums only" "" \
  "$(json '"\n".join(l for l in d["manifest"] if l[:1] in "+-" and l[:3] not in ("---","+++") and not any(s in l for s in ("replicas:", "cpu: 3000m", "cpu: 2000m", "checksum/"))))' <<<"$DIFF")"
check "history equals helm history (2 revisions)" same_history

# --- rollback to 1
check "rollback --to 1" cli rollback --product backline --to 1 --timeout 180s
check_eq "revision 3 deployed" "3 deployed" "$(cli status --product backline -o json | json 'str(d["revision"]) + " " + d["status"]')"
# Compared here, not logged: the stored values hold the access key.
check_eq "revision 3's values are revision 1's" \
  "$("$CLI" -n "$NS" values --product backline --revision 1 -o json | sha256sum)" \
  "$("$CLI" -n "$NS" values --product backline --revision 3 -o json | sha256sum)"
check_eq "worker back to 1 replica" 1 "$("${K[@]}" -n "$NS" get deploy worker -o jsonpath='{.spec.replicas}')"
check "history equals helm history (3 revisions)" same_history

# --- a crash-looping upgrade is rolled back (worker.podLabels carries the testbed's fault label)
OUT=$(cli upgrade --product backline --answers "$WORK/a-crash.yaml" --timeout 40s 2>&1); RC=$?
check_eq "crash-looping upgrade exits 5 (rolled back)" 5 "$RC"
check "its message names the failing worker pod and CrashLoopBackOff" \
  grep -qE "worker-[a-z0-9]+-[a-z0-9]+: CrashLoopBackOff" <<<"$OUT"
check_eq "revision 5 (rollback of 4) deployed" "5 deployed" "$(cli status --product backline -o json | json 'str(d["revision"]) + " " + d["status"]')"

# --- helm killed mid-upgrade → pending → recover
"$CLI" -n "$NS" upgrade --product backline --answers "$WORK/a2.yaml" --timeout 120s >"$WORK/kill.out" 2>&1 &
CLIPID=$!
pending() { "${K[@]}" -n "$NS" get secret -l owner=helm,name=backline,status=pending-upgrade -o name | grep -q .; }
if eventually 60 pending; then
  HELMPID=$(pgrep -P "$CLIPID" | head -n1)
  kill -9 "$HELMPID" && ok "helm (pid $HELMPID) SIGKILLed while the upgrade is pending" || bad "kill helm"
else bad "the upgrade never became pending-upgrade"; fi
wait "$CLIPID"; KRC=$?
check_eq "slipway-cli reports the killed helm as a failure (7)" 7 "$KRC"
cli status --product backline -o json >"$WORK/status.json"; SRC=$?
check_eq "status exits 8 (pending)" 8 "$SRC"
check_eq "status says pending-upgrade" pending-upgrade "$(json 'd["status"]' <"$WORK/status.json")"
check "recover" cli recover --product backline --timeout 120s
check "recover saved a backup of the release Secrets first" \
  sh -c 'ls "$0"/slipway-cli/backups/*.json' "$XDG_DATA_HOME"
check_eq "deployed again" deployed "$(cli status --product backline -o json | json 'd["status"]')"
check_eq "MinIO's volume is still bound" Bound "$("${K[@]}" -n "$NS" get pvc minio -o jsonpath='{.status.phase}')"
check "the accesskey Secret is still there" "${K[@]}" -n "$NS" get secret accesskey
check "history equals helm history after recovery" same_history

# --- uninstall: MinIO's volume is kept (helm.sh/resource-policy: keep) unless --delete-pvcs
left() {
  "${K[@]}" -n "$NS" get deploy,svc,job,cronjob,configmap,secret,pvc,role,rolebinding,serviceaccount \
    -l app.kubernetes.io/instance=backline -o name
}
check "uninstall" cli uninstall --product backline --timeout 120s
check_eq "nothing of the release is left but MinIO's volume" "persistentvolumeclaim/minio" "$(left)"
check_eq "no release records left" "" "$("${K[@]}" -n "$NS" get secret -l owner=helm -o name)"
check "a new install adopts the kept volume" cli install --product backline --answers "$WORK/a1.yaml" --timeout 180s
check "minio ready again" ready minio 1
check "uninstall --delete-pvcs" cli uninstall --product backline --delete-pvcs --timeout 120s
nothing_left() { [ -z "$(left)" ]; }
check "nothing at all is left, volume included" eventually 30 nothing_left
check_eq "no release records left" "" "$("${K[@]}" -n "$NS" get secret -l owner=helm -o name)"

# --- the audit journal and the secret
check_eq "the journal has one line per change" \
  "install upgrade rollback upgrade upgrade recover uninstall install uninstall" \
  "$(python3 -c 'import json,sys; print(*[json.loads(l)["action"] for l in open(sys.argv[1])])' "$SLIPWAY_AUDIT_JOURNAL")"
check_eq "journal outcomes" \
  "succeeded succeeded succeeded rolled-back failed succeeded succeeded succeeded succeeded" \
  "$(python3 -c 'import json,sys; print(*[json.loads(l)["outcome"] for l in open(sys.argv[1])])' "$SLIPWAY_AUDIT_JOURNAL")"
check_eq "the journal is private (0600)" 600 "$(stat -c %a "$SLIPWAY_AUDIT_JOURNAL")"
check_eq "no values file is left in the temporary folder" "" "$(find "$TMPDIR" -type f)"
check_eq "the access key is in no file Slipway wrote, log or output" "" \
  "$(grep -rl -- "$KEY" "$WORK/data" "$WORK/tmp" "$WORK/stdout.log" "$WORK/stderr.log" "$WORK/kill.out" 2>/dev/null)"
finish
