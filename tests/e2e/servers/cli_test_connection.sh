#!/usr/bin/env bash
# slipway-cli test-connection against a real redis-server started here on a free 127.0.0.1 port:
# exit codes (0 works, 11 does not, 2 usage), the JSON shape, and that the password — given only
# through SLIPWAY_CONNECTION_PASSWORD — appears in no output, success or failure.
set -uo pipefail
CLI=${SLIPWAY_BIN_DIR:?}/slipway-cli
command -v redis-server >/dev/null ||
  { echo "FAIL  redis-server is not installed: apt-get install -y --no-install-recommends redis-server"; exit 1; }
PASS=0; FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok    $1"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      /' <<<"$2"; return 0; }
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "expected: $2"$'\n'"got:      $3"; fi; }

tmp=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port); closed=$(free_port)
secret='cli-Secret-4711'
redis-server --bind 127.0.0.1 --port "$port" --dir "$tmp" --save '' --appendonly no \
  --requirepass "$secret" >"$tmp/redis.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do redis-cli -p "$port" -a "$secret" --no-auth-warning ping >/dev/null 2>&1 && break; sleep 0.1; done

run() { # run PASSWORD ARGS… — sets RC and OUT (stdout and stderr)
  local password=$1; shift
  OUT=$(SLIPWAY_CONNECTION_PASSWORD=$password "$CLI" test-connection "$@" 2>&1); RC=$?
}
json() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(" ".join(str(d.get(k)) for k in sys.argv[2:]))' "$OUT" "$@" 2>&1; }

run "$secret" --kind redis --host 127.0.0.1 --port "$port"
check_eq "the right password exits 0" 0 "$RC"
grep -qE '^redis at 127\.0\.0\.1:[0-9]+: connection works \(Redis [0-9]' <<<"$OUT" && ok "and says which server answered" || bad "and says which server answered" "$OUT"
run "$secret" --kind redis --host 127.0.0.1 --port "$port" -o json
check_eq "-o json: ok, outcome, kind" "True success redis" "$(json ok outcome kind)"
run wrong-password --kind redis --host 127.0.0.1 --port "$port" -o json
check_eq "a wrong password exits 11" 11 "$RC"
check_eq "-o json names the failure authentication" "False authentication" "$(json ok outcome)"
run "$secret" --kind redis --host 127.0.0.1 --port "$closed"
check_eq "a closed port exits 11" 11 "$RC"
grep -q 'refused the connection' <<<"$OUT" && ok "and says it was refused" || bad "and says it was refused" "$OUT"
run "$secret" --kind redis --host 127.0.0.1 --port "$port" --database 99
check_eq "a database index out of range exits 11" 11 "$RC"
run "$secret" --kind redis --host 127.0.0.1 --port "$port" --timeout 2s
check_eq "--timeout takes a duration" 0 "$RC"
run "$secret" --kind mysql --host 127.0.0.1
check_eq "an unknown --kind is a usage error (2)" 2 "$RC"
run "$secret" --kind redis
check_eq "no --host is a usage error (2)" 2 "$RC"
run "$secret" --kind redis --host 127.0.0.1 --port 70000
check_eq "a port above 65535 is a usage error (2)" 2 "$RC"

# The password in no output of any of the runs above or of these.
all=""
for args in "--kind redis --host 127.0.0.1 --port $port" "--kind redis --host 127.0.0.1 --port $port -o json" \
            "--kind redis --host 127.0.0.1 --port $closed -o json"; do
  # shellcheck disable=SC2086  # one word per argument
  run "$secret" $args; all+=$OUT
  # shellcheck disable=SC2086
  run "$secret-not" $args; all+=$OUT
done
grep -q -- "$secret" <<<"$all" && bad "the password appears in no output" "$all" || ok "the password appears in no output"
"$CLI" test-connection --help | grep -q SLIPWAY_CONNECTION_PASSWORD && ok "--help names the password variable" || bad "--help names the password variable"

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
