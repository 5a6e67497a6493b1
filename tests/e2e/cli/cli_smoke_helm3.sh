#!/usr/bin/env bash
# slipway-cli with helm 3 and a plain chart (no installer.yaml, --values / --set): install,
# history = helm 3's history, upgrade keeping the deployed values, rollback, uninstall. Then bad
# input: each refused with one message and its documented exit code, before anything changes.
. "$(dirname "$0")/../lib.sh"
CLI="${SLIPWAY_BIN_DIR:?}/slipway-cli"
CHART="$E2E_HERE/charts/smoke"
capture WORK "make a work folder" mktemp -d
export XDG_DATA_HOME="$WORK/data" SLIPWAY_AUDIT_JOURNAL="$WORK/data/audit.jsonl"
make_ns
trap 'rm -rf "$WORK"; cleanup_ns' EXIT
cli() { "$CLI" --helm "$SLIPWAY_HELM3" --namespace "$NS" "$@"; }
H3=("$SLIPWAY_HELM3" -n "$NS")
put "$WORK/v1.yaml" 'message: first'

check "helm 3: install a plain chart with --values" cli install --chart "$CHART" --values "$WORK/v1.yaml" --timeout 90s
check_eq "the release is named after the chart" "1 deployed" "$(cli status --release smoke -o json | json 'str(d["revision"]) + " " + d["status"]')"
check "helm 3: upgrade with only --set keeps the deployed values" \
  cli upgrade --chart "$CHART" --set replicaCount=2 --timeout 90s
check_eq "values of revision 2: the old message and the new replicas" "first 2" \
  "$(cli values --release smoke -o json | json 'd["message"] + " " + str(d["replicaCount"])')"
check "helm 3: rollback (to the last good revision)" cli rollback --release smoke --timeout 90s
check_eq "history equals helm 3's history" \
  "$("${H3[@]}" history smoke -o json | json 'json.dumps(d, sort_keys=True)')" \
  "$(cli history --release smoke -o json | json 'json.dumps(d, sort_keys=True)')"
check "helm 3: uninstall --keep-history" cli uninstall --release smoke --keep-history --timeout 90s
check_eq "history kept, latest uninstalled" uninstalled "$(cli status --release smoke -o json | json 'd["status"]')"
OUT=$(cli upgrade --chart "$CHART" --set replicaCount=3 --timeout 90s 2>&1); RC=$?
check_eq "helm 3: upgrade of the uninstalled release exits 2" 2 "$RC"
check "…saying it was uninstalled, its revision kept, and to install it" \
  grep -qE "was uninstalled \(revision 3 is kept in its history\).*slipway-cli install" <<<"$OUT"
check_eq "…and changed nothing" "3 uninstalled" \
  "$(cli status --release smoke -o json | json 'str(d["revision"]) + " " + d["status"]')"
check "install again over an uninstalled release" cli install --chart "$CHART" --values "$WORK/v1.yaml" --timeout 90s
check "uninstall" cli uninstall --release smoke --timeout 90s

# expect CODE PATTERN ARGS… — slipway-cli exits CODE and says something matching PATTERN
expect() {
  local code=$1 pat=$2 out rc; shift 2
  out=$("$CLI" --namespace "$NS" "$@" 2>&1); rc=$?
  if [ "$rc" = "$code" ] && grep -qE "$pat" <<<"$out"; then ok "exit $code: $pat"
  else bad "exit $code: $pat" "rc=$rc: $(tail -n 3 <<<"$out")"; fi
}
put "$WORK/bad.yaml" 'fields: {accessKey: short}'
put "$WORK/good.yaml" 'fields: {accessKey: long-enough-key-123, workerReplicas: 2}'
step "copy the kubeconfig" cp "$KUBECONFIG" "$WORK/unreachable.kubeconfig"
capture ADMIN_CLUSTER "find the admin context's cluster" \
  kubectl config view -o jsonpath='{.contexts[?(@.name=="admin")].context.cluster}'
step "point the copy's admin cluster at a closed port" \
  kubectl --kubeconfig "$WORK/unreachable.kubeconfig" config set-cluster "$ADMIN_CLUSTER" --server=https://127.0.0.1:1
expect 4 'no product “nope”' install --product nope --answers "$WORK/good.yaml"
expect 4 'Cannot read the answers file' install --product backline --answers "$WORK/missing.yaml"
expect 4 'accessKey.*at least 8 characters' install --product backline --answers "$WORK/bad.yaml"
expect 3 '127\.0\.0\.1:1' --kubeconfig "$WORK/unreachable.kubeconfig" install --product backline --answers "$WORK/good.yaml"
expect 3 '[Ff]orbidden|not allowed|denied' --context nobody install --product backline --answers "$WORK/good.yaml"
# An upgrade leaves the first reading of the cluster to helm; what helm could not do, the read
# afterwards words in the cluster's terms, with the same exit code.
expect 3 '127\.0\.0\.1:1' --kubeconfig "$WORK/unreachable.kubeconfig" upgrade --chart "$CHART" --set a=b
expect 3 '[Ff]orbidden|not allowed|denied' --context nobody upgrade --chart "$CHART" --set a=b
expect 1 "^slipway-cli: $WORK/no-helm: the helm given on the command line is not an executable file$" \
  --helm "$WORK/no-helm" install --product backline --answers "$WORK/good.yaml"
expect 2 'needs --answers' install --product backline
expect 2 'revision number' rollback --release x --to zero
none_left "bad input changed nothing" "${K[@]}" -n "$NS" get secret -l owner=helm -o name
finish
