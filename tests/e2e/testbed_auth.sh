#!/usr/bin/env bash
# Every identity of the testbed kubeconfig gets exactly the answer its RBAC and credential kind imply.
. "$(dirname "$0")/lib.sh"

check_eq "kubeconfig has the six identities as contexts" "admin badtoken exec limited nobody viewer" \
  "$(kubectl config get-contexts -o name | sort | tr '\n' ' ' | sed 's/ $//')"
check_eq "admin is the current context" admin "$(kubectl config current-context)"
check_eq "server is on loopback" "$API" "$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')"

# admin: client certificate in system:masters
check_eq "admin certificate lists nodes (200)" 200 "$(http_status admin /api/v1/nodes)"
check "admin via kubectl lists nodes" "${K[@]}" --context admin get nodes
check_eq "whoami: admin is testbed-admin" testbed-admin \
  "$("${K[@]}" --context admin auth whoami -o jsonpath='{.status.userInfo.username}')"

# limited: client certificate, edit in team-a only
check_eq "limited lists pods in team-a (200)" 200 "$(http_status limited /api/v1/namespaces/team-a/pods)"
check_eq "limited is denied pods in default (403)" 403 "$(http_status limited /api/v1/namespaces/default/pods)"
check_eq "limited context defaults to namespace team-a" team-a \
  "$(kubectl config view -o jsonpath='{.contexts[?(@.name=="limited")].context.namespace}')"
check "limited may create a ConfigMap in team-a" \
  "${K[@]}" --context limited create configmap e2e-probe --from-literal=a=b --dry-run=server
check_fails "limited may not create a ConfigMap in default" 'Forbidden|forbidden' \
  "${K[@]}" --context limited -n default create configmap e2e-probe --from-literal=a=b --dry-run=server

# viewer: bearer token from the token file, ClusterRole view
check_eq "viewer token lists pods everywhere (200)" 200 "$(http_status viewer /api/v1/pods)"
check_eq "viewer token is denied nodes (403)" 403 "$(http_status viewer /api/v1/nodes)"
check_fails "viewer may not create namespaces" 'Forbidden|forbidden' \
  "${K[@]}" --context viewer create namespace e2e-nope --dry-run=server

# nobody: valid token, no bindings; badtoken: unknown to the server
check_eq "nobody token is denied pods (403)" 403 "$(http_status nobody /api/v1/namespaces/default/pods)"
check_fails "nobody via kubectl is forbidden" 'Forbidden|forbidden' "${K[@]}" --context nobody get pods
check_eq "unknown token is rejected (401)" 401 "$(http_status bad /api/v1/namespaces)"
check_fails "badtoken context is unauthorized" 'Unauthorized|provide credentials' "${K[@]}" --context badtoken get pods

# exec: credentials from the exec plugin, admin rights, short expiry
rm -f "$SLIPWAY_TESTBED_DIR/exec.calls"
check "exec context lists nodes" "${K[@]}" --context exec get nodes
check_eq "whoami: exec is exec-admin" exec-admin \
  "$("${K[@]}" --context exec auth whoami -o jsonpath='{.status.userInfo.username}')"
check "kubectl ran the exec plugin" test -s "$SLIPWAY_TESTBED_DIR/exec.calls"
cred=$(SLIPWAY_TESTBED_EXEC_TTL=20 "$E2E_HERE/../testbed/exec-credential" --token-file "$SLIPWAY_TESTBED_DIR/exec.token")
expiry=$(sed -n 's/.*"expirationTimestamp":"\([^"]*\)".*/\1/p' <<<"$cred")
left=$(( $(date -d "$expiry" +%s) - $(date +%s) ))
if ((left > 0 && left <= 20)); then ok "exec credential expires within 20 s ($left s)"; else bad "exec credential expiry" "$expiry"; fi
check_eq "exec plugin token works on the raw API (200)" 200 \
  "$(curl -s -o /dev/null -w '%{http_code}' --cacert "$PKI/ca.crt" -H "Authorization: Bearer $(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$cred")" "$API/api/v1/nodes")"

# anonymous and TLS
check_eq "anonymous may read /version (200)" 200 "$(http_status anonymous /version)"
check_eq "anonymous is denied namespaces (403)" 403 "$(http_status anonymous /api/v1/namespaces)"
curl -s -o /dev/null --max-time 10 --cacert /etc/ssl/certs/ca-certificates.crt "$API/version"
check_eq "a client trusting another CA fails TLS verification (curl 60)" 60 "$?"
want=v$(. "$E2E_HERE/../testbed/versions.env"; echo "$K8S_VERSION")
check_eq "server reports Kubernetes $want" "$want" \
  "$(curl -s --cacert "$PKI/ca.crt" "$API/version" | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p')"
finish
