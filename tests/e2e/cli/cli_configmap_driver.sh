#!/usr/bin/env bash
# slipway-cli with helm's configmap storage driver (HELM_DRIVER=configmap, or --helm-driver):
# helm writes the release records as ConfigMaps and Slipway reads, recovers and unlocks them
# there. Install → records are ConfigMaps, no Secret → history = helm's own → upgrade → helm
# SIGKILLed mid-upgrade → status pending → recover --mark-failed (the ConfigMap rewritten so
# helm accepts the next upgrade) → killed again → recover (rollback) → uninstall. Then the
# drivers Slipway cannot read are refused before anything runs.
. "$(dirname "$0")/../lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
CHART="$E2E_HERE/charts/smoke"
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl" HELM_DRIVER=configmap
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
HH=("$SLIPWAY_HELM" -n "$NS") # HELM_DRIVER=configmap from the environment, as an administrator has it
status_of() { cli status --release smoke -o json 2>/dev/null | json 'str(d["revision"]) + " " + d["status"]'; }
records() { "${K[@]}" -n "$NS" get "$1" -l owner=helm,name=smoke -o name | sort | tr '\n' ' '; }
same_history() { same_json "$(cli history --release smoke -o json)" "$("${HH[@]}" history smoke -o json)"; }
pending() {
  [ "$("${K[@]}" -n "$NS" get configmap "sh.helm.release.v1.smoke.v$1" -o jsonpath='{.metadata.labels.status}' 2>/dev/null)" = pending-upgrade ]
}
# kill_helm_mid_upgrade REVISION — an upgrade whose pods never become ready; its helm is
# SIGKILLed once REVISION is pending-upgrade
put "$WORK/stuck.yaml" 'podLabels: {kwok.test/fault: NotReady}'
kill_helm_mid_upgrade() {
  "$CLI" --helm "$SLIPWAY_HELM" -n "$NS" upgrade --chart "$CHART" --values "$WORK/stuck.yaml" --timeout 120s >>"$WORK/kill.out" 2>&1 &
  local clipid=$!
  if eventually 60 pending "$1"; then
    kill -9 "$(pgrep -P "$clipid" | head -n1)" && ok "helm SIGKILLed while revision $1 is pending" || bad "kill helm"
  else bad "revision $1 never became pending-upgrade" "$(tail -n 3 "$WORK/kill.out")"; fi
  wait "$clipid"
}

put "$WORK/v1.yaml" 'message: first'
check "install with HELM_DRIVER=configmap" cli install --chart "$CHART" --values "$WORK/v1.yaml" --timeout 90s
check_eq "the record is a ConfigMap" "configmap/sh.helm.release.v1.smoke.v1 " "$(records configmap)"
none_left "…and no Secret" records secret
check_eq "status reads it: 1 deployed" "1 deployed" "$(status_of)"
check "history equals helm's (configmap driver)" same_history
check "upgrade with --set" cli upgrade --chart "$CHART" --set replicaCount=2 --timeout 90s
check_eq "revision 2 deployed" "2 deployed" "$(status_of)"
check_eq "values of revision 2: the deployed message kept, the new replicas" "first 2" \
  "$(cli values --release smoke -o json | json 'd["message"] + " " + str(d["replicaCount"])')"
check_eq "diff 1→2: the replicas" "['+replicaCount: 2']" \
  "$(cli diff --release smoke 1 2 -o json | json 'sorted(l for l in d["values"] if l[:1] in "+-" and l[:3] not in ("---","+++"))')"

kill_helm_mid_upgrade 3
cli status --release smoke -o json >"$WORK/status.json"; SRC=$?
check_eq "status exits 8 (pending)" 8 "$SRC"
check_eq "status says pending-upgrade" pending-upgrade "$(json 'd["status"]' <"$WORK/status.json")"
check "recover --mark-failed --force" cli recover --release smoke --mark-failed --force
check_eq "helm reads revision 3 as failed, unlocked by Slipway" \
  "3 failed Release unlocked from stale 'pending-upgrade' state by Slipway" \
  "$(newest_history_row smoke "${HH[@]}")"
check_eq "the ConfigMap's status label is in sync" failed \
  "$("${K[@]}" -n "$NS" get configmap sh.helm.release.v1.smoke.v3 -o jsonpath='{.metadata.labels.status}')"
check "the backup holds the ConfigMaps" python3 -c '
import glob, json, sys
files = glob.glob(sys.argv[1] + "/slipway-cli/release-backups-with-secrets/*.json")
objs = json.load(open(files[0]))
sys.exit(0 if len(files) == 1 and len(objs) == 3 and all("release" in o["data"] for o in objs) else 1)' "$XDG_DATA_HOME"
check "helm upgrades after the unlock" cli upgrade --chart "$CHART" --set replicaCount=1 --timeout 90s
check_eq "revision 4 deployed" "4 deployed" "$(status_of)"

kill_helm_mid_upgrade 5
check "recover --force rolls back to the last deployed revision" cli recover --release smoke --force --timeout 90s
check_eq "revision 6 deployed" "6 deployed" "$(status_of)"
check "history equals helm's after both recoveries" same_history
none_left "still no Secret record" records secret

# --helm-driver wins over HELM_DRIVER: the secret driver has no record of the release, and
# each command says where its records are instead of acting beside them
ELSEWHERE='in the ConfigMap objects of its “configmap” driver: run with --helm-driver configmap'
expect 9 "$ELSEWHERE" --helm-driver secret status --release smoke
expect 4 'already installed .*6 revision\(s\) of it as ConfigMap objects.*second release' \
  --helm-driver secret install --chart "$CHART" --values "$WORK/v1.yaml" --timeout 90s
expect 2 "$ELSEWHERE" --helm-driver secret upgrade --chart "$CHART" --set replicaCount=2 --timeout 90s
expect 2 "$ELSEWHERE" --helm-driver secret rollback --release smoke
none_left "none of them wrote a Secret record" records secret
check_eq "…nor a revision" "6 deployed" "$(status_of)"
check "uninstall" cli uninstall --release smoke --timeout 90s
none_left "no record left" records configmap

# drivers whose records Slipway cannot read: refused before anything runs
OUT=$(HELM_DRIVER=sql cli install --chart "$CHART" --timeout 90s 2>&1); RC=$?
check_eq "HELM_DRIVER=sql is a usage error (2)" 2 "$RC"
check "…naming it and what to use instead" grep -qE 'HELM_DRIVER=sql: .*HELM_DRIVER=configmap' <<<"$OUT"
OUT=$(cli --helm-driver etcd status --release smoke 2>&1); RC=$?
check_eq "--helm-driver etcd is a usage error (2)" 2 "$RC"
check "…saying it is not a helm storage driver" grep -q 'not a helm storage driver' <<<"$OUT"
all_records() { records configmap && records secret; }
none_left "nothing was installed" all_records
finish
