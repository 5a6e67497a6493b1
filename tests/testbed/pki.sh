#!/usr/bin/env bash
# pki.sh DIR API_PORT — the testbed's CA, serving and client certificates, ServiceAccount signing
# keys, static tokens, the component kubeconfigs and the multi-identity test kubeconfig.
#
# A client certificate's identity is CN = user, O = groups; the static token file's lines are
# token,user,uid,"group1,group2" (kube-apiserver --token-auth-file).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${1:?usage: pki.sh DIR API_PORT}; API_PORT=${2:?usage: pki.sh DIR API_PORT}
PKI="$DIR/pki"
mkdir -p "$PKI"
umask 077

openssl genrsa -out "$PKI/ca.key" 2048 2>/dev/null
openssl req -x509 -new -key "$PKI/ca.key" -sha256 -days 3650 -subj "/CN=slipway-testbed-ca" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out "$PKI/ca.crt"

sign() {  # sign NAME SUBJECT EXTENSION...
  local name=$1 subj=$2; shift 2
  openssl genrsa -out "$PKI/$name.key" 2048 2>/dev/null
  openssl req -new -key "$PKI/$name.key" -subj "$subj" -out "$PKI/$name.csr"
  printf '%s\n' "$@" >"$PKI/$name.ext"
  openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
    -sha256 -days 365 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt" 2>/dev/null
  rm -f "$PKI/$name.csr" "$PKI/$name.ext"
}
SERVER_EXT=("basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth")
CLIENT_EXT=("basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=clientAuth")

sign apiserver "/CN=kube-apiserver" "${SERVER_EXT[@]}" \
  "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,IP:10.96.0.1"
sign kwok-serving "/CN=kwok" "${SERVER_EXT[@]}" "subjectAltName=IP:127.0.0.1,DNS:localhost"
sign admin   "/O=system:masters/CN=testbed-admin"   "${CLIENT_EXT[@]}"
sign kcm     "/CN=system:kube-controller-manager"   "${CLIENT_EXT[@]}"
sign sched   "/CN=system:kube-scheduler"            "${CLIENT_EXT[@]}"
sign kwok    "/O=system:masters/CN=kwok-controller" "${CLIENT_EXT[@]}"
sign limited "/O=testbed:limited/CN=limited"        "${CLIENT_EXT[@]}"
sign apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "${CLIENT_EXT[@]}"
openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
rm -f "$PKI/ca.srl"

token() { openssl rand -hex 24; }
VIEWER_TOKEN=$(token); NOBODY_TOKEN=$(token); EXEC_TOKEN=$(token); BAD_TOKEN=$(token)
cat >"$DIR/tokens.csv" <<CSV
$VIEWER_TOKEN,viewer,1001,"testbed:viewers"
$NOBODY_TOKEN,nobody,1002
$EXEC_TOKEN,exec-admin,1003,"system:masters"
CSV
# The exec credential plugin hands this token out; the server knows it through tokens.csv.
printf '%s\n' "$EXEC_TOKEN" >"$DIR/exec.token"

b64() { base64 -w0 <"$1"; }
SERVER="https://127.0.0.1:$API_PORT"
component_kubeconfig() {  # FILE CERT-NAME
  cat >"$1" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: testbed
  cluster: {server: "$SERVER", certificate-authority-data: $(b64 "$PKI/ca.crt")}
users:
- name: $2
  user: {client-certificate-data: $(b64 "$PKI/$2.crt"), client-key-data: $(b64 "$PKI/$2.key")}
contexts:
- name: $2
  context: {cluster: testbed, user: $2}
current-context: $2
YAML
}
for u in admin kcm sched kwok; do component_kubeconfig "$DIR/$u.kubeconfig" "$u"; done

# The kubeconfig every test and the sandboxed GUI use: one context per identity under test.
cat >"$DIR/kubeconfig" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: testbed
  cluster: {server: "$SERVER", certificate-authority-data: $(b64 "$PKI/ca.crt")}
users:
- name: admin
  user: {client-certificate-data: $(b64 "$PKI/admin.crt"), client-key-data: $(b64 "$PKI/admin.key")}
- name: limited
  user: {client-certificate-data: $(b64 "$PKI/limited.crt"), client-key-data: $(b64 "$PKI/limited.key")}
- name: viewer
  user: {token: "$VIEWER_TOKEN"}
- name: nobody
  user: {token: "$NOBODY_TOKEN"}
- name: badtoken
  user: {token: "$BAD_TOKEN"}
- name: exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: "$HERE/exec-credential"
      args: ["--token-file", "$DIR/exec.token"]
      env:
      - {name: SLIPWAY_TESTBED_EXEC_TTL, value: "${SLIPWAY_TESTBED_EXEC_TTL:-20}"}
      - {name: SLIPWAY_TESTBED_EXEC_CALLS, value: "$DIR/exec.calls"}
      interactiveMode: Never
      provideClusterInfo: false
contexts:
- {name: admin,    context: {cluster: testbed, user: admin}}
- {name: limited,  context: {cluster: testbed, user: limited, namespace: team-a}}
- {name: viewer,   context: {cluster: testbed, user: viewer}}
- {name: nobody,   context: {cluster: testbed, user: nobody}}
- {name: badtoken, context: {cluster: testbed, user: badtoken}}
- {name: exec,     context: {cluster: testbed, user: exec}}
current-context: admin
YAML
