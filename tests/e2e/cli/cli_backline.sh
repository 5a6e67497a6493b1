#!/usr/bin/env bash
# cli_backline.sh [helm4|helm3] — slipway-cli's day-1 and day-2 cycle of the Backline product on
# the testbed, driven with helm 4 (default) or helm 3, each in a namespace of its own so both can
# run at once: commands on a release that does not exist → install from answers → Ready →
# status / history (= helm history) → values with secrets masked → diff against new answers →
# upgrade → diff → rollback → a CrashLoopBackOff upgrade rolled back → Ctrl-C during an upgrade →
# progress on a terminal → helm SIGKILLed mid-upgrade → recover (refused while it may still run,
# then --force) → recover --mark-failed → an uninstall stuck "uninstalling" → recover →
# uninstall. The access key must show up in nothing Slipway wrote unless asked.
. "$(dirname "$0")/../lib.sh"
WHICH=${1:-helm4}
case $WHICH in
  helm4) HELM_BIN=${SLIPWAY_HELM:?} ;;
  helm3) HELM_BIN=${SLIPWAY_HELM3:?} ;;
  *) echo "usage: $0 [helm4|helm3]" >&2; exit 2 ;;
esac
NS="e2e-cli-backline-$WHICH-$$"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" TMPDIR="$WORK/tmp" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
step "make the temporary folder Slipway writes into" mkdir -p "$TMPDIR"
KEY="e2eKey-$$-$(date +%s%N)"
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT
echo "# $WHICH: $("$HELM_BIN" version --template '{{.Version}}'), namespace $NS"

# cli ARGS… — slipway-cli with this helm on this namespace; stdout and stderr are also kept for
# the secret check at the end.
# Every Slipway logging category is on (debug included), so its logs are scanned too.
cli() {
  QT_LOGGING_RULES='slipway.*=true' "$CLI" --helm "$HELM_BIN" --namespace "$NS" "$@" 2> >(tee -a "$WORK/stderr.log" >&2) | tee -a "$WORK/stdout.log"
  return "${PIPESTATUS[0]}"
}
# raw ARGS… — the same, nothing kept (for output that shows the secret on purpose)
raw() { "$CLI" --helm "$HELM_BIN" --namespace "$NS" "$@"; }
answers() { # answers FILE REPLICAS [CPU [WORKER-POD-LABELS]]
  { echo "environment: staging"; echo "fields:"; echo "  accessKey: $KEY"
    echo "  namespaceOverride: $NS"; echo "  workerReplicas: $2"
    if [ -n "${3:-}" ]; then
      echo "  overrides: {resourceProfiles: {medium: {requests: {cpu: $3, memory: 8Gi}, limits: {cpu: $3, memory: 8Gi}}}${4:+, worker: {podLabels: $4\}}}"
    fi; } >"$1" || abort "write $1" "cannot write $1"
}
answers "$WORK/a1.yaml" 1
answers "$WORK/a1-two.yaml" 2
answers "$WORK/a2.yaml" 2 3000m
answers "$WORK/a-crash.yaml" 2 3000m '{"kwok.test/fault": CrashLoopBackOff}'
HH=("$HELM_BIN" -n "$NS")
ready() { [ "$("${K[@]}" -n "$NS" get deploy "$1" -o jsonpath='{.status.readyReplicas}')" = "$2" ]; }
status_of() { cli status --product backline -o json 2>/dev/null | json 'str(d["revision"]) + " " + d["status"]'; }
same_history() { same_json "$(cli history --product backline -o json)" "$("${HH[@]}" history backline -o json)"; }
# the +/- lines of a diff's part, headers left out, sorted
changes() { json "sorted(l for l in d[\"$1\"] if l[:1] in \"+-\" and l[:3] not in (\"---\",\"+++\"))"; }
# pending REVISION — that revision exists and is pending-upgrade (a recovered release keeps its
# stale pending revision in the history, so "any pending revision" would not do)
pending() {
  [ "$("${K[@]}" -n "$NS" get secret "sh.helm.release.v1.backline.v$1" -o jsonpath='{.metadata.labels.status}')" = pending-upgrade ]
}
# kill_helm_mid_upgrade ANSWERS REVISION — starts an upgrade, SIGKILLs its helm once REVISION is
# pending-upgrade, and records slipway-cli's exit code in KRC
kill_helm_mid_upgrade() {
  "$CLI" --helm "$HELM_BIN" -n "$NS" upgrade --product backline --answers "$1" --timeout 120s >>"$WORK/kill.out" 2>&1 &
  local clipid=$! helmpid
  if eventually 60 pending "$2"; then
    helmpid=$(pgrep -P "$clipid" | head -n1)
    kill -9 "$helmpid" && ok "helm (pid $helmpid) SIGKILLed while the upgrade is pending" || bad "kill helm"
  else bad "the upgrade never became pending-upgrade"; fi
  wait "$clipid"; KRC=$?
}

# --- a release that does not exist: the right command is named, and each has its code
expect 2 "no release “backline” in namespace $NS.*slipway-cli install" upgrade --product backline --answers "$WORK/a1.yaml"
expect 2 "no release “backline” in namespace $NS.*install" rollback --product backline
for c in status history values diff uninstall recover; do
  expect 9 "no release “backline” in namespace $NS" "$c" --product backline
done
expect 9 "no release “backline” in namespace $NS" diff --product backline --answers "$WORK/a1.yaml"

# --- install
check "install from answers" cli install --product backline --answers "$WORK/a1.yaml" --timeout 180s
check "worker ready" ready worker 1
check "minio ready" ready minio 1
check_eq "status: revision 1 deployed" "1 deployed" "$(status_of)"
check "history equals helm history (1 revision)" same_history

# --- values: secrets masked unless --show-secrets
no_line "values does not print the access key" "$KEY" cli values --product backline
masked() { cli values --product backline | grep -qE '^accessKey: <secret [0-9a-f]{8}>$'; }
check "values shows a <secret …> mark in its place" masked
no_line "values without --product masks it too (the release keeps its installer.yaml)" "$KEY" \
  cli values --release backline -o json
check_eq "values --show-secrets prints it" "$KEY" \
  "$(raw values --product backline --show-secrets -o json | json 'd["accessKey"]')"

# --- diff against new answers: nothing changes until the upgrade
DIFF=$(cli diff --product backline --answers "$WORK/a1.yaml" -o json); RC=$?
check_eq "diff with the deployed answers exits 0" 0 "$RC"
check_eq "diff with the deployed answers: no difference" "False [] []" \
  "$(json 'str(d["different"]) + " " + str(d["values"]) + " " + str(d["manifest"])' <<<"$DIFF")"
check "diff --exit-code with the deployed answers exits 0" cli diff --product backline --answers "$WORK/a1.yaml" --exit-code
DIFF=$(cli diff --product backline --answers "$WORK/a1-two.yaml" -o json)
check_eq "diff with 2 replicas: the values change is exactly that" \
  "['+  replicaCount: 2', '+worker:']" "$(changes values <<<"$DIFF")"
check_eq "diff with 2 replicas: the manifest change is the Deployment's replicas, nothing else" \
  "['+  replicas: 2', '-  replicas: 1']" "$(changes manifest <<<"$DIFF")"
check_eq "…in one hunk, of the worker Deployment's template" \
  "worker-deployment.yaml" "$(json '" ".join(l.rsplit("/", 1)[-1] for l in d["manifest"] if l.startswith("@@"))' <<<"$DIFF")"
cli diff --product backline --answers "$WORK/a1-two.yaml" --exit-code >/dev/null 2>&1; RC=$?
check_eq "diff --exit-code with a difference exits 1" 1 "$RC"
check_eq "a diff changes nothing" "1 deployed" "$(status_of)"
check_eq "--answers and revisions together are a usage error" 2 \
  "$(cli diff --product backline --answers "$WORK/a1.yaml" 1 >/dev/null 2>&1; echo $?)"

# --- upgrade: replicas 1 → 2, medium profile CPU 2000m → 3000m
minio_password() { raw values --product backline --show-secrets -o json | json 'd["minio"]["rootPassword"]'; }
MINIO_PASSWORD=$(minio_password)
check "the install generated a MinIO password (the answers leave it empty)" test "${#MINIO_PASSWORD}" -eq 32
check "upgrade with new answers" cli upgrade --product backline --answers "$WORK/a2.yaml" --timeout 180s
check_eq "revision 2 deployed" "2 deployed" "$(status_of)"
check_eq "the upgrade kept the generated MinIO password" "$MINIO_PASSWORD" "$(minio_password)"
check_eq "worker has 2 replicas" 2 "$("${K[@]}" -n "$NS" get deploy worker -o jsonpath='{.spec.replicas}')"
check "worker ready with 2" ready worker 2
check "the medium profile's 3000m is in the worker ConfigMap" \
  sh -c "\"\$0\" -n \"\$1\" get configmap -o yaml | grep -q 3000m" kubectl "$NS"
DIFF=$(cli diff --product backline -o json 1 2)
check_eq "values diff 1→2: only the replicas and the profile" \
  "['+      cpu: 3000m', '+      cpu: 3000m', '+    limits:', '+    requests:', '+  medium:', '+  replicaCount: 2', '+resourceProfiles:', '+worker:']" \
  "$(changes values <<<"$DIFF")"
no_line "the diff does not show the access key" "$KEY" cli diff --product backline -o json 1 2
none_left "manifest diff 1→2: replicas, the 3000m CPU and config checksums only" \
  json '"\n".join(l for l in d["manifest"] if l[:1] in "+-" and l[:3] not in ("---","+++") and not any(s in l for s in ("replicas:", "cpu: 3000m", "cpu: 2000m", "checksum/")))' <<<"$DIFF"
check "history equals helm history (2 revisions)" same_history

# --- rollback to 1
check "rollback --to 1" cli rollback --product backline --to 1 --timeout 180s
check_eq "revision 3 deployed" "3 deployed" "$(status_of)"
# Compared here, not logged: the stored values hold the access key.
check_eq "revision 3's values are revision 1's" \
  "$(raw values --product backline --revision 1 --show-secrets -o json | sha256sum)" \
  "$(raw values --product backline --revision 3 --show-secrets -o json | sha256sum)"
check_eq "worker back to 1 replica" 1 "$("${K[@]}" -n "$NS" get deploy worker -o jsonpath='{.spec.replicas}')"
check "history equals helm history (3 revisions)" same_history

# --- a crash-looping upgrade is rolled back (worker.podLabels carries the testbed's fault label)
OUT=$(cli upgrade --product backline --answers "$WORK/a-crash.yaml" --timeout 40s 2>&1); RC=$?
check_eq "crash-looping upgrade exits 5 (rolled back)" 5 "$RC"
check "its message names the failing worker pod and CrashLoopBackOff" \
  grep -qE "worker-[a-z0-9]+-[a-z0-9]+: CrashLoopBackOff" <<<"$OUT"
check "and prints what its crashed container wrote last (read before the rollback deleted it)" \
  grep -qE "^The last lines of worker-[a-z0-9]+-[a-z0-9]+/[a-z0-9-]+ before its restart 5:" <<<"$OUT"
check_eq "revision 5 (rollback of 4) deployed" "5 deployed" "$(status_of)"
check_eq "the journal: that upgrade went from revision 3 to 5, rolled back" "3 5 rolled-back" \
  "$(tail -n1 "$SLIPWAY_AUDIT_JOURNAL" | json '" ".join(str(d[k]) for k in ("revisionBefore", "revisionAfter", "outcome"))')"

# --- Ctrl-C during an upgrade whose pods never become ready
"$CLI" --helm "$HELM_BIN" -n "$NS" upgrade --product backline --answers "$WORK/a-crash.yaml" --timeout 300s \
  >"$WORK/int.out" 2>"$WORK/int.err" &
CLIPID=$!
# under way = helm has applied the new worker template and waits for it: a pod of it crash-loops
crash_looping_worker() {
  "${K[@]}" -n "$NS" get pods -l kwok.test/fault=CrashLoopBackOff --no-headers | grep -q ' CrashLoopBackOff '
}
wait_for "the upgrade is pending (revision 6 pending-upgrade)" 60 pending 6 &&
  wait_for "…and under way: a pod of its worker template is in CrashLoopBackOff" 60 crash_looping_worker
START=$SECONDS
kill -INT "$CLIPID"
wait "$CLIPID"; RC=$?; TOOK=$((SECONDS - START))
check_eq "slipway-cli exits 130 after SIGINT" 130 "$RC"
check "…within 15 s (took ${TOOK} s)" test "$TOOK" -le 15
# pgrep: 1 = no such process, 2 and above = pgrep itself failed
helms_of_ns() { pgrep -af -- "--namespace $NS"; (($? <= 1)); }
none_left "no helm of this namespace is left running" helms_of_ns
check "it says the release was rolled back" \
  grep -qE "Cancelled\. Release backline is at revision 7: deployed \(helm rolled it back to revision 5\)" "$WORK/int.err"
check_eq "the release is not pending: 7 deployed" "7 deployed" "$(status_of)"
check_eq "revision 6 is the cancelled upgrade, failed" failed \
  "$("${HH[@]}" history backline -o json | json '[r["status"] for r in d if r["revision"] == 6][0]')"
check_eq "the journal: cancelled, from revision 5 to 7" "cancelled 5 7" \
  "$(tail -n1 "$SLIPWAY_AUDIT_JOURNAL" | json '" ".join(str(d[k]) for k in ("outcome", "revisionBefore", "revisionAfter"))')"

# --- progress on a terminal: one line rewritten in place (under a pty); the upgrade after the
# cancelled one works
CMD=$(printf '%q ' "$CLI" --helm "$HELM_BIN" -n "$NS" upgrade --product backline --answers "$WORK/a1.yaml" --timeout 180s)
# stdin not a terminal: the pty then has no size of its own and COLUMNS decides the width.
COLUMNS=72 script -qec "$CMD" /dev/null </dev/null >"$WORK/tty.out" 2>&1; RC=$?
check_eq "upgrade after the cancel works (on a pty)" 0 "$RC"
check_eq "revision 8 deployed" "8 deployed" "$(status_of)"
check "the progress is rewritten with carriage return + erase line" \
  test "$(grep -o $'\r\e\[2K' "$WORK/tty.out" | wc -l)" -ge 3
check "it shows the phase and the seconds" grep -qaE "Waiting for the workloads… · [0-9]+ s" "$WORK/tty.out"
check "it ends the progress with a newline after the last state" grep -qaE $'Done\\. · [0-9]+ s\r?$' "$WORK/tty.out"
check "the output ends with a newline" test "$(tail -c1 "$WORK/tty.out" | od -An -c | tr -d ' ')" = '\n'
check "no rewritten line is wider than the terminal (72)" python3 - "$WORK/tty.out" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
parts = [re.split(r"[\r\n]", p)[0] for p in text.split("\r\x1b[2K")[1:]]
sys.exit(0 if parts and all(len(p) <= 71 for p in parts) else print(parts) or 1)
PY
check_eq "off a terminal, no escape sequences" 0 "$(grep -c $'\e' "$WORK/stderr.log")"

# --- helm killed mid-upgrade → pending → recover refused while it may be running, then --force
kill_helm_mid_upgrade "$WORK/a2.yaml" 9
check_eq "slipway-cli reports the killed helm as a failure (7)" 7 "$KRC"
cli status --product backline -o json >"$WORK/status.json"; SRC=$?
check_eq "status exits 8 (pending)" 8 "$SRC"
check_eq "status says pending-upgrade" pending-upgrade "$(json 'd["status"]' <"$WORK/status.json")"
expect 8 "may still be working on it.*--force" recover --product backline --timeout 120s
# helm itself refuses the locked release; slipway-cli words it and journals nothing
expect 8 "stuck in pending-upgrade \(revision 9\).*slipway-cli recover" upgrade --product backline --answers "$WORK/a2.yaml"
check_eq "the refused recover and upgrade changed nothing" "9 pending-upgrade" "$(status_of)"
check "recover --force" cli recover --product backline --timeout 120s --force
BACKUPS="$XDG_DATA_HOME/slipway-cli/release-backups-with-secrets"
check "recover saved a backup of the release Secrets first" sh -c 'ls "$0"/*.json' "$BACKUPS"
check_eq "the backup is private (0600)" 600 "$(stat -c %a "$(ls "$BACKUPS"/*.json | head -n1)")"
check_eq "its folder is private (0700)" 700 "$(stat -c %a "$BACKUPS")"
check "its folder says it holds secrets" grep -q "THESE FILES HOLD SECRETS" "$BACKUPS/README.txt"
check "recover told where the backup is and that it holds secrets" \
  grep -q "Saved the release records to $BACKUPS/.*secret answers included" "$WORK/stdout.log" "$WORK/stderr.log"
check_eq "deployed again" "10 deployed" "$(status_of)"
check_eq "MinIO's volume is still bound" Bound "$("${K[@]}" -n "$NS" get pvc minio -o jsonpath='{.status.phase}')"
check "the accesskey Secret is still there" "${K[@]}" -n "$NS" get secret accesskey
check "history equals helm history after recovery" same_history

# --- recover --mark-failed (recovery C): the pending revision becomes failed, helm upgrades on
kill_helm_mid_upgrade "$WORK/a2.yaml" 11
check_eq "killed again (7)" 7 "$KRC"
expect 8 "may still be working on it" recover --product backline --mark-failed
check "recover --mark-failed --force" cli recover --product backline --mark-failed --force
check_eq "helm history: revision 11 failed, unlocked by Slipway" \
  "11 failed Release unlocked from stale 'pending-upgrade' state by Slipway" \
  "$(newest_history_row backline "${HH[@]}")"
check_eq "the record's status label is in sync" failed \
  "$("${K[@]}" -n "$NS" get secret sh.helm.release.v1.backline.v11 -o jsonpath='{.metadata.labels.status}')"
check "history equals helm history after the unlock" same_history
check "upgrade after the unlock" cli upgrade --product backline --answers "$WORK/a2.yaml" --timeout 180s
check_eq "revision 12 deployed" "12 deployed" "$(status_of)"
check "worker ready with 2" ready worker 2

# --- uninstall: MinIO's volume is kept (helm.sh/resource-policy: keep) unless --delete-pvcs
left() {
  "${K[@]}" -n "$NS" get deploy,svc,job,cronjob,configmap,secret,pvc,role,rolebinding,serviceaccount \
    -l app.kubernetes.io/instance=backline -o name
}
check "uninstall" cli uninstall --product backline --timeout 120s
check_eq "nothing of the release is left but MinIO's volume" "persistentvolumeclaim/minio" "$(left)"
none_left "no release records left" "${K[@]}" -n "$NS" get secret -l owner=helm -o name
check "a new install adopts the kept volume" cli install --product backline --answers "$WORK/a1.yaml" --timeout 180s
check "minio ready again" ready minio 1

# --- an uninstall killed while it waits (a finalizer holds the worker) is stuck "uninstalling"
step "hold the worker Deployment with a finalizer" \
  "${K[@]}" -n "$NS" patch deploy worker --type=merge -p '{"metadata":{"finalizers":["e2e.slipway.test/hold"]}}'
"$CLI" --helm "$HELM_BIN" -n "$NS" uninstall --product backline --timeout 120s >>"$WORK/kill.out" 2>&1 &
CLIPID=$!
uninstalling() { "${K[@]}" -n "$NS" get secret -l owner=helm,name=backline,status=uninstalling -o name | grep -q .; }
# helm has deleted the worker Deployment (the finalizer keeps it) and waits for it to go
worker_deleted() { [ -n "$("${K[@]}" -n "$NS" get deploy worker -o jsonpath='{.metadata.deletionTimestamp}')" ]; }
if wait_for "the uninstall is under way (uninstalling)" 60 uninstalling &&
  wait_for "…and waits for the worker Deployment it deleted" 60 worker_deleted; then
  kill -9 "$(pgrep -P "$CLIPID" | head -n1)" && ok "helm uninstall SIGKILLed while it waits" || bad "kill helm uninstall"
fi
wait "$CLIPID"
cli status --product backline -o json >"$WORK/status.json"; SRC=$?
check_eq "status exits 8 for a stuck uninstall" 8 "$SRC"
check_eq "status says uninstalling" uninstalling "$(json 'd["status"]' <"$WORK/status.json")"
expect 8 "uninstalling for .*may still be working on it" recover --product backline --timeout 120s
expect 2 "uninstall" recover --product backline --mark-failed --force
step "release the worker Deployment's finalizer" \
  "${K[@]}" -n "$NS" patch deploy worker --type=json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
check "recover --force runs the uninstall again" cli recover --product backline --timeout 120s --force
none_left "no release records left" "${K[@]}" -n "$NS" get secret -l owner=helm -o name
# nothing_but_volume, nothing_left — for eventually; a kubectl that fails is no "nothing left"
nothing_but_volume() { local l; l=$(left) && [ "$l" = "persistentvolumeclaim/minio" ]; }
check "nothing of the release is left but MinIO's volume" eventually 30 nothing_but_volume

check "install once more" cli install --product backline --answers "$WORK/a1.yaml" --timeout 180s
check "uninstall --delete-pvcs" cli uninstall --product backline --delete-pvcs --timeout 120s
nothing_left() { local l; l=$(left) && [ -z "$l" ]; }
check "nothing at all is left, volume included" eventually 30 nothing_left
none_left "no release records left" "${K[@]}" -n "$NS" get secret -l owner=helm -o name

# --- the audit journal and the secret
check_eq "the journal has one line per change (refusals change nothing and have none)" \
  "install upgrade rollback upgrade upgrade upgrade upgrade recover upgrade recover upgrade uninstall install uninstall recover install uninstall" \
  "$(python3 -c 'import json,sys; print(*[json.loads(l)["action"] for l in open(sys.argv[1])])' "$SLIPWAY_AUDIT_JOURNAL")"
check_eq "journal outcomes" \
  "succeeded succeeded succeeded rolled-back cancelled succeeded failed succeeded failed succeeded succeeded succeeded succeeded failed succeeded succeeded succeeded" \
  "$(python3 -c 'import json,sys; print(*[json.loads(l)["outcome"] for l in open(sys.argv[1])])' "$SLIPWAY_AUDIT_JOURNAL")"
check_eq "the journal is private (0600)" 600 "$(stat -c %a "$SLIPWAY_AUDIT_JOURNAL")"
none_left "no values file is left in the temporary folder" find "$TMPDIR" -type f
# secret_scan.py decodes what it finds (base64, helm's base64 + gzip payload), so a release record
# leaked anywhere is caught, not only the key in plain text. Exit 1 = found, 2 = unreadable.
SCAN=(python3 "$E2E_HERE/secret_scan.py" "$KEY")
check_eq "the scan finds the key inside the backup's encoded release records (it can fail)" 1 \
  "$("${SCAN[@]}" "$BACKUPS" >/dev/null; echo $?)"
files_with_key() {
  local out; out=$("${SCAN[@]}" "$WORK/data" "$WORK/tmp" "$WORK/stdout.log" "$WORK/stderr.log" \
    "$WORK/kill.out" "$WORK/int.out" "$WORK/int.err" "$WORK/tty.out")
  local rc=$?; ((rc <= 1)) || return 1
  grep -v "^$BACKUPS/" <<<"$out" | grep -v '^$'
  return 0
}
none_left "the access key is in no file Slipway wrote, log or output but the declared backups (decoded)" files_with_key
finish
