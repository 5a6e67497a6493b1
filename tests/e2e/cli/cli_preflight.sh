#!/usr/bin/env bash
# cli_preflight.sh — `slipway-cli preflight`, and the preflight install and upgrade run first, on
# the testbed: a clean Backline install passes every check and then installs; each thing a
# preflight must catch is set up for real and caught by its check, with the numbers — a resource
# profile larger than any node, a GPU request without the toleration, more GPUs than the GPU node
# has, a storage class that does not exist, a kind whose CRD is not installed, a ResourceQuota too
# small, an object of the same name that the release does not own, a release stuck in
# pending-install, a chart that fails to render — and the RBAC-limited identity is told exactly
# the permissions it lacks (checked against `kubectl auth can-i`); overriding that check lets helm
# fail on one of them. A failed preflight changes nothing; overrides and skips are journalled.
. "$(dirname "$0")/../lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
PROBE="$E2E_HERE/charts/probe"
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM" --namespace "$NS" "$@"; }
# report ARGS… — `preflight -o json ARGS…` into $WORK/report.json; RC is its exit code
report() { cli preflight -o json "$@" >"$WORK/report.json" 2>"$WORK/report.err"; RC=$?; }
# sev ID — the severity of that check in the last report
sev() { json "[c['severity'] for c in d['checks'] if c['id'] == '$1'][0]" <"$WORK/report.json" 2>/dev/null; }
# text ID — that check's message and items, one per line
text() { json "'\n'.join([c['message'] for c in d['checks'] if c['id'] == '$1'] + [i for c in d['checks'] if c['id'] == '$1' for i in c['items']])" <"$WORK/report.json" 2>/dev/null; }
failed_ids() { json "' '.join(c['id'] for c in d['checks'] if c['severity'] == 'fail')" <"$WORK/report.json" 2>/dev/null; }
# fails ID PATTERN ARGS… — preflight exits 10, ID is the only failed check, its text matches PATTERN
fails() {
  local id=$1 pat=$2; shift 2
  report "$@"
  if [ "$RC" = 10 ] && [ "$(failed_ids)" = "$id" ] && grep -qE "$pat" <<<"$(text "$id")"; then ok "$id fails: $pat"
  else bad "$id fails: $pat" "rc=$RC failed=[$(failed_ids)] $(text "$id" | head -n 4) $(head -c 300 "$WORK/report.err")"; fi
}
releases() { "${K[@]}" -n "$NS" get secret -l owner=helm -o name; }

# --- a clean Backline install: every check passes, then it installs
put "$WORK/backline.yaml" "environment: staging" "fields:" "  accessKey: e2e-preflight-$$" \
  "  namespaceOverride: $NS" "  workerReplicas: 1"
put "$WORK/backline-no-override.yaml" "environment: staging" "fields:" "  accessKey: e2e-preflight-$$"
namespaces_rendered() {
  cli render --product backline --answers "$WORK/backline-no-override.yaml" | sed -n 's/^ *namespace: //p' | sort -u
}
check_eq "Backline without namespaceOverride: every object goes to the release namespace" "$NS" "$(namespaces_rendered)"
report --product backline --answers "$WORK/backline.yaml"
check_eq "Backline: preflight exits 0" 0 "$RC"
check_eq "Backline: every check passes" "kubernetes-version:pass apis:pass permissions:pass namespace:pass release-state:pass storage:pass capacity:pass gpu:pass quota:pass images:pass" \
  "$(json "' '.join(c['id'] + ':' + c['severity'] for c in d['checks'])" <"$WORK/report.json")"
check_eq "Backline: the report says how long it took" True "$(json "d['elapsedMs'] > 0 and d['readMs'] > 0" <"$WORK/report.json")"
check "Backline installs after its preflight" cli install --product backline --answers "$WORK/backline.yaml" --timeout 180s
check_eq "the journal says preflight passed" passed \
  "$(json 'd["preflight"]' < <(tail -n 1 "$SLIPWAY_AUDIT_JOURNAL"))"
report --product backline --answers "$WORK/backline.yaml"
check_eq "Backline installed: preflight sees an upgrade" "0 True" "$RC $(json 'd["upgrade"]' <"$WORK/report.json")"
check "uninstall Backline" cli uninstall --product backline --delete-pvcs --timeout 120s

# --- the probe chart, one fault at a time
report --chart "$PROBE"
check_eq "the probe chart passes as it is" "0 " "$RC $(failed_ids)"
fails capacity "probe needs 12 CPU on one node; the largest node it may run on has 8 \\(gpu-node-0 is large enough but is tainted" \
  --chart "$PROBE" --set cpu=12
fails gpu "does not tolerate" --chart "$PROBE" --set gpus=1
fails gpu "asks 8 nvidia.com/gpu; the largest node has 4" --chart "$PROBE" --set gpus=8,gpuToleration=true
report --chart "$PROBE" --set gpus=2,gpuToleration=true
check_eq "2 GPUs with the toleration fit" "0 pass" "$RC $(sev gpu)"
fails storage "missing.*standard" --chart "$PROBE" --set storage.storageClass=missing
fails apis "ServiceMonitor monitoring.coreos.com/v1: its CRD is not installed" --chart "$PROBE" --set serviceMonitor=true
report --chart "$PROBE" --set pullSecret=regcred
check_eq "a missing image pull secret: a warning (the kubelet pulls without it)" "0 warn" "$RC $(sev images)"
check "…naming the secret" grep -q regcred <<<"$(text images)"

step "a ResourceQuota of 200m CPU" "${K[@]}" -n "$NS" create quota small --hard=requests.cpu=200m,limits.cpu=200m
wait_for "the quota controller filled in its status" 30 \
  sh -c '[ -n "$(kubectl -n "$0" get quota small -o jsonpath="{.status.hard.requests\.cpu}")" ]' "$NS"
fails quota "ResourceQuota small: requests.cpu needs 0.3, 0.2 of 0.2 left" --chart "$PROBE" --set replicas=3
step "remove the quota" "${K[@]}" -n "$NS" delete quota small

step "a ConfigMap named as the release's, not the release's" "${K[@]}" -n "$NS" create configmap probe-settings --from-literal=a=b
fails release-state "ConfigMap/probe-settings.*not owned" --chart "$PROBE"
check_eq "install refuses with 10" 10 "$(cli install --chart "$PROBE" >/dev/null 2>&1; echo $?)"
none_left "…and changes nothing: no release record" releases
step "remove that ConfigMap" "${K[@]}" -n "$NS" delete configmap probe-settings

report --chart "$PROBE" --set failRender=true
check_eq "a chart that fails to render: exit 10, the render check" "10 render" "$RC $(failed_ids)"
check "…with helm's error" grep -q "failRender is set: the probe chart refuses to render" <<<"$(text render)"

# --- a release stuck in pending-install: helm killed while it waits for a pod that never gets ready
"$SLIPWAY_HELM" upgrade --install probe "$PROBE" -n "$NS" --wait=watcher --timeout 120s \
  --set-json 'podLabels={"kwok.test/fault":"NotReady"}' >/dev/null 2>&1 &
HELMPID=$!
pending_install() { "${K[@]}" -n "$NS" get secret -l owner=helm,name=probe,status=pending-install -o name | grep -q .; }
if wait_for "helm's install is pending" 60 pending_install; then kill -9 "$HELMPID"; fi
wait "$HELMPID" 2>/dev/null
fails release-state "stuck in pending-install at revision 1" --chart "$PROBE"
check_eq "install of the stuck release exits 8" 8 "$(cli install --chart "$PROBE" >/dev/null 2>&1; echo $?)"
step "clear the stuck release" "$SLIPWAY_HELM" uninstall probe -n "$NS" --wait=legacy --timeout 60s
wait_for "the probe's objects are gone" 60 sh -c '[ -z "$(kubectl -n "$0" get deploy,pvc -l app.kubernetes.io/instance=probe -o name)" ]' "$NS"

# --- overrides and skips are journalled
step "a ResourceQuota of 50m CPU" "${K[@]}" -n "$NS" create quota tiny --hard=requests.cpu=50m
wait_for "the quota controller filled in its status" 30 \
  sh -c '[ -n "$(kubectl -n "$0" get quota tiny -o jsonpath="{.status.hard.requests\.cpu}")" ]' "$NS"
expect_rc() { local want=$1 d=$2; shift 2; local out; out=$(cli "$@" 2>&1); local rc=$?
  if [ "$rc" = "$want" ]; then ok "$d"; else bad "$d" "rc=$rc: $(tail -n 3 <<<"$out")"; fi; }
expect_rc 2 "an unknown check id is a usage error" install --chart "$PROBE" --ignore-preflight=nonsense
expect_rc 10 "the quota blocks the install" install --chart "$PROBE"
# The API server then refuses the pods (the quota is real); helm gives up at its timeout.
expect_rc 5 "--ignore-preflight=quota: helm runs, and the quota stops the pods" \
  install --chart "$PROBE" --ignore-preflight=quota --timeout 20s
check_eq "the journal records the override" "overridden quota" \
  "$(json 'd["preflight"] + " " + " ".join(d["preflightIgnored"])' < <(tail -n 1 "$SLIPWAY_AUDIT_JOURNAL"))"
step "remove the tiny quota" "${K[@]}" -n "$NS" delete quota tiny
check "--skip-preflight installs" cli install --chart "$PROBE" --skip-preflight --timeout 120s
check_eq "the journal records the skip" skipped "$(json 'd["preflight"]' < <(tail -n 1 "$SLIPWAY_AUDIT_JOURNAL"))"
check "upgrade runs preflight and goes on" cli upgrade --chart "$PROBE" --set replicas=2 --timeout 120s
check_eq "…journalled as passed" "upgrade passed" "$(json 'd["action"] + " " + d["preflight"]' < <(tail -n 1 "$SLIPWAY_AUDIT_JOURNAL"))"
check "uninstall the probe" cli uninstall --chart "$PROBE" --delete-pvcs --timeout 120s

# --- the RBAC-limited identity (edit in team-a): exactly what `kubectl auth can-i` denies
LNS=team-a
lcli() { "$CLI" --helm "$SLIPWAY_HELM" --context limited --namespace "$LNS" "$@"; }
lcli preflight -o json --chart "$PROBE" --release "probe-$$" >"$WORK/limited.json" 2>"$WORK/limited.err"; RC=$?
check_eq "limited: preflight exits 10" 10 "$RC"
check_eq "limited: permissions is the failed check" permissions \
  "$(json "' '.join(c['id'] for c in d['checks'] if c['severity'] == 'fail')" <"$WORK/limited.json")"
# every (verb, resource) the report calls missing, against kubectl's own answer for the same identity
missing=$(json "'\n'.join(i for c in d['checks'] if c['id'] == 'permissions' for i in c['items'])" <"$WORK/limited.json")
expected=""
for res in serviceaccounts configmaps persistentvolumeclaims deployments.apps roles.rbac.authorization.k8s.io rolebindings.rbac.authorization.k8s.io secrets; do
  denied=()
  for verb in create get list watch patch update delete; do
    kubectl --context limited -n "$LNS" auth can-i "$verb" "$res" >/dev/null 2>&1 || denied+=("$verb")
  done
  [ ${#denied[@]} -gt 0 ] && expected+="$res in $LNS: $(IFS=,; echo "${denied[*]}" | sed 's/,/, /g')"$'\n'
done
check_eq "limited: the missing permissions are exactly what kubectl auth can-i denies" "$(sort <<<"${expected%$'\n'}")" "$(sort <<<"$missing")"
out=$(lcli install --chart "$PROBE" --release "probe-$$" --ignore-preflight=permissions --timeout 30s 2>&1); RC=$?
check_eq "limited: with permissions overridden, helm fails (not 0, not 10)" yes "$( [ "$RC" != 0 ] && [ "$RC" != 10 ] && echo yes || echo "rc=$RC")"
forbidden=$(grep -oE 'cannot (create|get|list|patch|update|delete|watch) resource "[a-z]+" in API group "[a-z0-9.]*"' <<<"$out" | head -n1)
res=$(sed -E 's/.*resource "([a-z]+)" in API group "([a-z0-9.]*)".*/\1.\2/; s/\.$//' <<<"$forbidden")
verb=$(sed -E 's/^cannot ([a-z]+) .*/\1/' <<<"$forbidden")
check "limited: what helm was refused ($verb $res) is among the missing permissions" \
  grep -qE "^$res in $LNS: (.*, )?$verb(,|$)" <<<"$missing"
"$SLIPWAY_HELM" uninstall "probe-$$" -n "$LNS" >/dev/null 2>&1 || true

finish
