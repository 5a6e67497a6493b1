# lib.sh — shared by the testbed e2e checks: points kubectl / helm / curl at the running testbed,
# gives every script its own namespace (removed afterwards) and counts passed / failed checks.
set -uo pipefail
E2E_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TESTBED=${SLIPWAY_TESTBED:-$E2E_HERE/../testbed/testbed}
if ! "$TESTBED" status >/dev/null 2>&1; then
  echo "the testbed is not running: start it with tests/testbed/testbed up (./test.sh does this)" >&2
  exit 1
fi
eval "$("$TESTBED" env)"
API="https://127.0.0.1:${SLIPWAY_TESTBED_API_PORT:-26443}"
PKI="$SLIPWAY_TESTBED_DIR/pki"
K=(kubectl --request-timeout=20s)
PASS=0; FAIL=0

ok() { PASS=$((PASS + 1)); echo "ok    $1"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && printf '      %s\n' "$2"; return 0; }
# check DESCRIPTION CMD… — passes when CMD succeeds
check() { local d=$1 out; shift; if out=$("$@" 2>&1); then ok "$d"; else bad "$d" "$(tail -n 5 <<<"$out")"; fi; }
# check_fails DESCRIPTION PATTERN CMD… — passes when CMD fails and its output matches PATTERN
check_fails() {
  local d=$1 pat=$2 out; shift 2
  if out=$("$@" 2>&1); then bad "$d" "succeeded, expected a failure"
  elif grep -qE "$pat" <<<"$out"; then ok "$d"
  else bad "$d" "failed without /$pat/: $(tail -n 3 <<<"$out")"; fi
}
# check_eq DESCRIPTION WANT GOT
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want '$2', got '$3'"; fi; }
# eventually SECONDS CMD… — retries CMD until it succeeds or time is up
eventually() { local end=$((SECONDS + $1)); shift; until "$@" >/dev/null 2>&1; do ((SECONDS >= end)) && return 1; sleep 0.5; done; }

token_of() { grep ",$1," "$SLIPWAY_TESTBED_DIR/tokens.csv" | cut -d, -f1; }
# http_status IDENTITY PATH [curl args…] — the HTTP status the API server answers for that identity
http_status() {
  local who=$1 path=$2; shift 2
  local auth=()
  case $who in
    admin|limited) auth=(--cert "$PKI/$who.crt" --key "$PKI/$who.key") ;;
    anonymous) ;;
    bad) auth=(-H "Authorization: Bearer not-a-token-the-server-knows") ;;
    *) auth=(-H "Authorization: Bearer $(token_of "$who")") ;;
  esac
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 --cacert "$PKI/ca.crt" "${auth[@]}" "$@" "$API$path"
}

NS="e2e-$(basename "$0" .sh | tr '_' '-')-$$"
cleanup_ns() { kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1 || true; }
make_ns() {
  "${K[@]}" create namespace "$NS" >/dev/null
  trap cleanup_ns EXIT
  # Pods are refused until the namespace's default ServiceAccount exists.
  eventually 30 "${K[@]}" -n "$NS" get serviceaccount default
}
# pod_column POD COLUMN — a column of `kubectl get pod` (NAME READY STATUS RESTARTS AGE)
pod_column() { "${K[@]}" -n "$NS" get pod "$1" --no-headers 2>/dev/null | awk -v c="$2" '{ print $c }'; }
pod_status_is() { [ "$(pod_column "$1" 3)" = "$2" ]; }

# expect CODE PATTERN ARGS… — `cli ARGS…` (the script's slipway-cli) exits CODE and says something matching PATTERN
expect() {
  local code=$1 pat=$2 out rc; shift 2
  out=$(cli "$@" 2>&1); rc=$?
  if [ "$rc" = "$code" ] && grep -qE "$pat" <<<"$out"; then ok "exit $code: $*"
  else bad "exit $code: $*" "rc=$rc: $(tail -n 3 <<<"$out")"; fi
}
# json EXPR — EXPR of the JSON document on stdin, which is `d`
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# same_json A B — two JSON documents are equal; both are printed when they are not
same_json() {
  python3 - "$1" "$2" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.exit(0 if a == b else print(a, b, sep="\n") or 1)
PY
}
# newest_history_row RELEASE HELM… — "REVISION STATUS DESCRIPTION" of helm history's newest row
newest_history_row() {
  local release=$1; shift
  "$@" history "$release" -o json | json 'str(d[-1]["revision"]) + " " + d[-1]["status"] + " " + d[-1]["description"]'
}

finish() {
  echo "$PASS passed, $FAIL failed"
  [ "$FAIL" -eq 0 ]
}
