#!/usr/bin/env bash
# slipway-cli against the testbed: `contexts` lists what kubectl lists, and `connect` reports the
# server version and identity for every credential kind, and a readable error where it must fail.
. "$(dirname "$0")/lib.sh"
CLI=${SLIPWAY_BIN_DIR:?}/slipway-cli

check_eq "contexts lists the kubeconfig's contexts" "$(kubectl config get-contexts -o name | sort | tr '\n' ' ')" \
  "$("$CLI" contexts -o json | python3 -c 'import json,sys; print(" ".join(sorted(c["name"] for c in json.load(sys.stdin)["contexts"])), end=" ")')"
for pair in admin:testbed-admin limited:limited viewer:viewer nobody:nobody exec:exec-admin; do
  ctx=${pair%%:*} user=${pair#*:}
  out=$("$CLI" --context "$ctx" connect -o json 2>&1); rc=$?
  got=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["connected"], d["kubernetesVersion"], d["username"])' "$out" 2>&1)
  check_eq "connect as $ctx (exit $rc)" "True v1.36.3 $user" "$got"
done
check_fails "connect with an unknown token exits 3 naming 401" '401' "$CLI" --context badtoken connect
"$CLI" --context badtoken connect >/dev/null 2>&1
check_eq "the exit code for a rejected credential is 3" 3 "$?"

# The same cluster trusted through another CA: a TLS verification error, said in words.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; cleanup_ns' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/k" -out "$tmp/other-ca.crt" -subj /CN=other-ca -days 1 2>/dev/null
kubectl config view --raw >"$tmp/config"
KUBECONFIG="$tmp/config" kubectl config set-cluster testbed --embed-certs --certificate-authority="$tmp/other-ca.crt" >/dev/null
check_fails "a wrong CA is reported as an untrusted certificate" 'certificate|CA|trust' \
  "$CLI" --kubeconfig "$tmp/config" connect
# In a pod: no kubeconfig anywhere, the service account mounted, KUBERNETES_SERVICE_* set.
sa=$tmp/serviceaccount; mkdir -p "$sa"
kubectl -n team-a create serviceaccount slipway-in-cluster >/dev/null 2>&1
kubectl -n team-a create token slipway-in-cluster --duration=10m >"$sa/token"
cp "$PKI/ca.crt" "$sa/ca.crt"; echo team-a >"$sa/namespace"
port=${API##*:}
got=$(env -u KUBECONFIG HOME="$tmp" KUBERNETES_SERVICE_HOST=127.0.0.1 KUBERNETES_SERVICE_PORT="$port" \
      SLIPWAY_SERVICEACCOUNT_DIR="$sa" "$CLI" connect -o json 2>&1 |
      python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["connected"], d["username"])' 2>&1)
check_eq "in a pod, connect uses the service account" "True system:serviceaccount:team-a:slipway-in-cluster" "$got"
check_eq "and lists it as the in-cluster context" "in-cluster team-a" \
  "$(env -u KUBECONFIG HOME="$tmp" KUBERNETES_SERVICE_HOST=127.0.0.1 KUBERNETES_SERVICE_PORT="$port" \
      SLIPWAY_SERVICEACCOUNT_DIR="$sa" "$CLI" contexts -o json |
      python3 -c 'import json,sys; c=json.load(sys.stdin)["contexts"][0]; print(c["name"], c["namespace"])')"

printed=$("$CLI" --context viewer connect -o json 2>&1; "$CLI" --context viewer contexts -o json 2>&1; "$CLI" --context viewer connect 2>&1)
check_eq "no output carries the viewer's token" 0 "$(grep -c "$(token_of viewer)" <<<"$printed")"
finish
