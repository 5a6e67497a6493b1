#!/usr/bin/env bash
# Both helm binaries of the testbed work, and a chart goes through install, upgrade, rollback and
# uninstall with helm 4 (and install / uninstall with helm 3) against the testbed.
. "$(dirname "$0")/lib.sh"
. "$E2E_HERE/../testbed/versions.env"
make_ns
CHART="$E2E_HERE/charts/smoke"
H4=("$SLIPWAY_HELM" -n "$NS")
H3=("$SLIPWAY_HELM3" -n "$NS")

check_eq "helm 4 version" "v$HELM4_VERSION" "$("$SLIPWAY_HELM" version --template '{{.Version}}')"
check_eq "helm 3 version" "v$HELM3_VERSION" "$("$SLIPWAY_HELM3" version --template '{{.Version}}')"
check "helm 4 lints the chart (--strict)" "$SLIPWAY_HELM" lint --strict "$CHART"
check "helm 3 lints the chart (--strict)" "$SLIPWAY_HELM3" lint --strict "$CHART"

check "helm 4 install --wait" "${H4[@]}" install smoke "$CHART" --wait --timeout 90s
check_eq "revision 1 deployed" "1 deployed" "$("${H4[@]}" history smoke -o json | python3 -c 'import json,sys; r=json.load(sys.stdin)[-1]; print(r["revision"], r["status"])')"
check_eq "one ready replica" 1 "$("${K[@]}" -n "$NS" get deploy smoke -o jsonpath='{.status.readyReplicas}')"
check "helm 4 upgrade --wait to 3 replicas" "${H4[@]}" upgrade smoke "$CHART" --set replicaCount=3 --set message=two --wait --timeout 90s
check_eq "three ready replicas" 3 "$("${K[@]}" -n "$NS" get deploy smoke -o jsonpath='{.status.readyReplicas}')"
check_eq "the ConfigMap changed" two "$("${K[@]}" -n "$NS" get configmap smoke -o jsonpath='{.data.message}')"
check "helm 4 rollback to 1 --wait" "${H4[@]}" rollback smoke 1 --wait --timeout 90s
check_eq "history is deployed after superseded twice" "superseded superseded deployed" \
  "$("${H4[@]}" history smoke -o json | python3 -c 'import json,sys; print(" ".join(r["status"] for r in json.load(sys.stdin)))')"
check_eq "rollback restored one replica" 1 "$("${K[@]}" -n "$NS" get deploy smoke -o jsonpath='{.spec.replicas}')"
check_eq "rollback restored the ConfigMap" one "$("${K[@]}" -n "$NS" get configmap smoke -o jsonpath='{.data.message}')"
check_eq "three release Secrets (owner=helm)" 3 "$("${K[@]}" -n "$NS" get secrets -l owner=helm,name=smoke -o name | wc -l)"
check "helm 4 uninstall" "${H4[@]}" uninstall smoke --wait --timeout 90s
leftovers() {
  "${K[@]}" -n "$NS" get deploy,configmap,secret -l app.kubernetes.io/instance=smoke -o name &&
    "${K[@]}" -n "$NS" get secrets -l owner=helm -o name
}
none_left "nothing of the release is left" leftovers

check "helm 3 install --wait" "${H3[@]}" install smoke3 "$CHART" --wait --timeout 90s
check_eq "helm 3 release deployed" deployed "$("${H3[@]}" status smoke3 -o json | python3 -c 'import json,sys; print(json.load(sys.stdin)["info"]["status"])')"
check "helm 3 uninstall" "${H3[@]}" uninstall smoke3 --wait --timeout 90s
finish
