#!/usr/bin/env bash
# cli_failures.sh — slipway-cli when things go wrong, on the testbed, with the smoke chart (helm 4):
# input it must refuse before anything starts (a malformed --set, a bad --timeout, a corrupt .tgz,
# a broken installer.yaml, --product with --chart, -o yaml) writes nothing; a first install whose
# pods crash-loop is removed again by helm and leaves nothing; a rollback --to a revision whose
# image cannot be pulled times out and leaves the release deployed at its last good revision; an
# uninstall held by a finalizer times out; and while one slipway-cli upgrades a release, a second
# one's upgrade, rollback, uninstall and recover are refused and change nothing, and the first is
# then cancelled cleanly. Each failure: its exit code, its exact message, the journal line (or
# none), helm's records and the objects left.
. "$(dirname "$0")/../lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
SMOKE="$E2E_HERE/charts/smoke"
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" TMPDIR="$WORK/tmp" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
step "make the temporary folder Slipway writes into" mkdir -p "$TMPDIR"
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
# run ARGS… — `cli ARGS…`: RC, and OUT (stdout and stderr)
run() { OUT=$(cli "$@" 2>&1); RC=$?; }
# said LINE — the last `run` printed exactly LINE as one whole line; else says what it printed
said() { grep -qxF -- "$1" <<<"$OUT" || { tail -n 3 <<<"$OUT" >&2; return 1; }; }
# said_like PATTERN — the last `run` printed a whole line matching the extended regex PATTERN
said_like() { grep -qxE -- "$1" <<<"$OUT" || { tail -n 3 <<<"$OUT" >&2; return 1; }; }
# said_start TEXT — the last `run` printed a line that begins with TEXT
said_start() {
  local line
  while IFS= read -r line; do [[ $line == "$1"* ]] && return 0; done <<<"$OUT"
  tail -n 3 <<<"$OUT" >&2; return 1
}
# refused CODE LINE ARGS… — `cli ARGS…` exits CODE and prints exactly LINE as one of its lines
refused() {
  local code=$1 line=$2; shift 2
  run "$@"
  if [ "$RC" = "$code" ] && said "$line"; then ok "exit $code: $*"
  else bad "exit $code: $*" "rc=$RC, want the line '$line': $(tail -n 3 <<<"$OUT")"; fi
}
put "$WORK/crash.yaml" "podLabels:" "  kwok.test/fault: CrashLoopBackOff"
put "$WORK/nopull.yaml" "podLabels:" "  kwok.test/fault: ImagePullBackOff"
put "$WORK/notready.yaml" "podLabels:" "  kwok.test/fault: NotReady"
records() { "${K[@]}" -n "$NS" get secret -l "owner=helm,name=$1" -o name; }
# statuses RELEASE — "REVISION:STATUS …" of its records, oldest first
statuses() { "$SLIPWAY_HELM" -n "$NS" history "$1" -o json | json '" ".join("%d:%s" % (r["revision"], r["status"]) for r in d)'; }
# nothing_of RELEASE — kubectl lists none of its objects (and succeeds); for wait_for
nothing_of() {
  local left
  left=$("${K[@]}" -n "$NS" get deploy,replicaset,pod,configmap -l "app.kubernetes.io/instance=$1" -o name) || return
  [ -z "$left" ] || { echo "left: $left" | tr '\n' ' ' >&2; return 1; }
}
# journal KEYS… — those fields of the journal's last line, space-separated
journal() { tail -n 1 "$SLIPWAY_AUDIT_JOURNAL" | json "' '.join(str(d[k]) for k in '$*'.split())"; }
journal_lines() { [ -e "$SLIPWAY_AUDIT_JOURNAL" ] && wc -l <"$SLIPWAY_AUDIT_JOURNAL" || echo 0; }

# --- input refused before anything starts: its own message and exit code, nothing written
USAGE="Run “slipway-cli --help” for the commands and options."
SET_HINT="--set must be PATH=VALUE (for example image.tag=1.2.3), not"
refused 2 "slipway-cli: $SET_HINT “a”" install --chart "$SMOKE" --set a
check "…and points to --help" said "$USAGE"
refused 2 "slipway-cli: $SET_HINT “a”" install --chart "$SMOKE" --set a --skip-preflight
refused 2 "slipway-cli: $SET_HINT “=x”" install --chart "$SMOKE" --set =x
refused 2 "slipway-cli: $SET_HINT “message=two,b”" install --chart "$SMOKE" --set message=two,b
refused 2 "slipway-cli: $SET_HINT “a”" upgrade --chart "$SMOKE" --set message=two --set a
refused 2 "slipway-cli: --timeout must be a duration such as 10m or 90s, not “soon”" \
  install --chart "$SMOKE" --timeout soon
refused 2 "slipway-cli: --timeout must be a duration such as 10m or 90s, not “0s”" \
  install --chart "$SMOKE" --timeout 0s
step "write a .tgz that is no archive" sh -c 'head -c 512 /dev/urandom >"$0"' "$WORK/corrupt.tgz"
refused 4 "  $WORK/corrupt.tgz: not a gzip-compressed tar archive: Unrecognized archive format (a packaged chart is what “helm package” writes)" \
  install --chart "$WORK/corrupt.tgz"
check "…under “The chart cannot be used:”" said "slipway-cli: The chart cannot be used:"
step "copy the smoke chart" cp -r "$SMOKE" "$WORK/broken"
put "$WORK/broken/installer.yaml" "apiVersion: slipway.dev/v1" "pages:" "  - title: [unclosed"
refused 4 "  $WORK/broken/installer.yaml:4:1: end of sequence flow not found (check the indentation and quoting around this spot)" \
  install --chart "$WORK/broken"
refused 2 "slipway-cli: give either --product or --chart, not both" install --product backline --chart "$SMOKE"
refused 2 "slipway-cli: --output must be text or json, not “yaml”" install --chart "$SMOKE" -o yaml
none_left "no release record was written" "${K[@]}" -n "$NS" get secret -l owner=helm -o name
check "no journal was written" test ! -e "$SLIPWAY_AUDIT_JOURNAL"
none_left "no file is left in the temporary folder" find "$TMPDIR" -mindepth 1

# --- a first install whose pods crash-loop: helm uninstalls it again, nothing is left
run install --chart "$SMOKE" --release first --values "$WORK/crash.yaml" --timeout 15s
check_eq "a first install whose pods crash-loop exits 5" 5 "$RC"
check "it says helm removed the release again" said_start "slipway-cli: helm upgrade failed and, as this was the release's first install, helm uninstalled it again: nothing is left of it. release first failed, and has been uninstalled due to rollback-on-failure being set: resource Deployment/$NS/first not ready."
check "…and names the crash-looping pod" \
  said_like "context deadline exceeded Pods that did not become ready: first-[a-z0-9]+-[a-z0-9]+: CrashLoopBackOff \(0/1 ready, [0-9]+ restarts\)\."
none_left "no release record of it is left" records first
wait_for "none of its objects is left (Deployment, ReplicaSet, pods, ConfigMap)" 60 nothing_of first
check_eq "the journal: install, rolled-back, from revision 0 to 0, preflight passed" \
  "install rolled-back 0 0 passed" "$(journal action outcome revisionBefore revisionAfter preflight)"
refused 9 "slipway-cli: There is no release “first” in namespace $NS." status --release first

# --- a rollback --to a revision whose image cannot be pulled times out
check "install release back" cli install --chart "$SMOKE" --release back --timeout 60s
run upgrade --chart "$SMOKE" --release back --values "$WORK/nopull.yaml" --timeout 15s
check_eq "an upgrade whose image cannot be pulled exits 5 (rolled back)" 5 "$RC"
check_eq "history: 2 failed, 3 is the rollback to 1" "1:superseded 2:failed 3:deployed" "$(statuses back)"
run rollback --release back --to 2 --timeout 10s
check_eq "rollback --to 2 exits 6 (timed out, not rolled back)" 6 "$RC"
check "it says helm's error" said_start "slipway-cli: release back failed: resource Deployment/$NS/back not ready."
check "…and names the pod whose image cannot be pulled" \
  said_like "context deadline exceeded Pods that did not become ready: back-[a-z0-9]+-[a-z0-9]+: ImagePullBackOff \(0/1 ready, 0 restarts\)\."
check_eq "history: the rollback is revision 4, failed; 3 is still the deployed one; nothing pending" \
  "1:superseded 2:failed 3:deployed 4:failed" "$(statuses back)"
check_eq "the journal: rollback, timed-out, from revision 3 to 4" "rollback timed-out 3 4" \
  "$(journal action outcome revisionBefore revisionAfter)"
check_eq "revision 3's pod still serves (the Deployment keeps 1 ready)" 1 \
  "$("${K[@]}" -n "$NS" get deploy back -o jsonpath='{.status.readyReplicas}')"
check "a rollback to the last good revision afterwards works" cli rollback --release back --timeout 60s
check_eq "history: revision 5 deployed" "1:superseded 2:failed 3:superseded 4:failed 5:deployed" "$(statuses back)"

# --- an uninstall that times out: a finalizer holds the Deployment helm deletes
step "hold the back Deployment with a finalizer" \
  "${K[@]}" -n "$NS" patch deploy back --type=merge -p '{"metadata":{"finalizers":["e2e.slipway.test/hold"]}}'
run uninstall --release back --timeout 8s
check_eq "the held uninstall exits 6 (timed out)" 6 "$RC"
check "it says helm's error" said "slipway-cli: uninstallation completed with 1 error(s): context deadline exceeded"
check_eq "the journal: uninstall, timed-out, from revision 5 to 0" "uninstall timed-out 5 0" \
  "$(journal action outcome revisionBefore revisionAfter)"
none_left "helm removed the release records before it waited" records back
check "the Deployment is left, being deleted" \
  test -n "$("${K[@]}" -n "$NS" get deploy back -o jsonpath='{.metadata.deletionTimestamp}')"
refused 9 "slipway-cli: There is no release “back” in namespace $NS." status --release back
step "release the back Deployment's finalizer" \
  "${K[@]}" -n "$NS" patch deploy back --type=json -p '[{"op":"remove","path":"/metadata/finalizers"}]'
wait_for "then nothing of it is left" 60 nothing_of back

# --- two slipway-cli on one release at once
check "install release busy" cli install --chart "$SMOKE" --release busy --timeout 60s
"$CLI" --helm "$SLIPWAY_HELM" -n "$NS" upgrade --chart "$SMOKE" --release busy --values "$WORK/notready.yaml" \
  --timeout 300s >"$WORK/first.out" 2>"$WORK/first.err" &
FIRST=$!
pending() {
  [ "$("${K[@]}" -n "$NS" get secret sh.helm.release.v1.busy.v2 -o jsonpath='{.metadata.labels.status}')" = pending-upgrade ]
}
not_ready_pod() {
  "${K[@]}" -n "$NS" get pods -l kwok.test/fault=NotReady --no-headers | grep -qE ' 0/1 +Running '
}
wait_for "the first upgrade is pending (revision 2 pending-upgrade)" 60 pending &&
  wait_for "…and waits for its pod that never becomes ready" 60 not_ready_pod
LINES=$(journal_lines)
STUCK="slipway-cli: Release “busy” is stuck in pending-upgrade (revision 2). Run “slipway-cli recover” first."
refused 8 "$STUCK" upgrade --chart "$SMOKE" --release busy --set message=two --timeout 60s
refused 8 "$STUCK" upgrade --chart "$SMOKE" --release busy --set message=two --timeout 60s --skip-preflight
refused 8 "$STUCK" rollback --release busy --timeout 60s
refused 8 "$STUCK" uninstall --release busy --timeout 60s
run recover --release busy --timeout 60s
check_eq "a second recover exits 8" 8 "$RC"
check "…because the first may still be working on it" said_like \
  "slipway-cli: Revision 2 of “busy” in $NS has been pending-upgrade for [0-9][0-9a-z.]*, less than the operation timeout \(60s\) plus 2 minutes, so another helm or Slipway may still be working on it — helm cannot tell\. Nothing was changed\. Wait, or if you are sure nothing else is working on this release, run “slipway-cli recover --force”\."
check_eq "the refusals wrote no journal line" "$LINES" "$(journal_lines)"
check_eq "the records are as the first upgrade left them" "1:deployed 2:pending-upgrade" "$(statuses busy)"
check "the first slipway-cli is still running" kill -0 "$FIRST"
kill -INT "$FIRST"
wait "$FIRST"; RC=$?
check_eq "the first, interrupted, exits 130" 130 "$RC"
check "it says helm rolled the release back" grep -qxF \
  "slipway-cli: Cancelled. Release busy is at revision 3: deployed (helm rolled it back to revision 1)." "$WORK/first.err"
check_eq "helm's history is readable and sane: 2 failed, 3 deployed" "1:superseded 2:failed 3:deployed" "$(statuses busy)"
check_eq "slipway-cli's history says the same" "1:superseded 2:failed 3:deployed" \
  "$(cli history --release busy -o json | json '" ".join("%d:%s" % (r["revision"], r["status"]) for r in d)')"
check_eq "the journal: upgrade cancelled, from revision 1 to 3" "upgrade cancelled 1 3" \
  "$(journal action outcome revisionBefore revisionAfter)"
check "an upgrade afterwards works" cli upgrade --chart "$SMOKE" --release busy --set message=two --timeout 60s
check "uninstall busy" cli uninstall --release busy --timeout 60s
wait_for "nothing of busy is left" 60 nothing_of busy
none_left "no release record is left" "${K[@]}" -n "$NS" get secret -l owner=helm -o name
none_left "no values file is left in the temporary folder" find "$TMPDIR" -mindepth 1
finish
