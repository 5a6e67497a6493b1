# lib.sh — shared by the testbed e2e checks: points kubectl / helm / curl at the running testbed,
# gives every script its own namespace (removed afterwards) and counts passed / failed checks.
#
# Two kinds of lines in a script: a check (check, check_eq, check_fails, none_left, no_line,
# every_line, wait_for, expect) counts a pass or a failure and the script goes on; a setup step
# (step, capture, put, make_ns) that fails ends the script at once with the step's name, since
# every check after it would fail for the wrong reason. There is no `set -e`: a check's command
# is expected to fail now and then, and scripts keep its exit code (RC=$?) to compare it.
# A check that something is absent passes only when the command that looked for it succeeded:
# "kubectl printed nothing" is not "nothing is there" when kubectl could not reach the cluster.
set -uo pipefail
E2E_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_TMP=${TMPDIR:-/tmp} # taken before a script points TMPDIR elsewhere to watch what Slipway leaves
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
bad() { FAIL=$((FAIL + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      /' <<<"$2"; return 0; }
# check DESCRIPTION CMD… — passes when CMD succeeds
check() { local d=$1 out; shift; if out=$("$@" 2>&1); then ok "$d"; else bad "$d" "$(tail -n 5 <<<"$out")"; fi; }
# lint_and_render CHART RELEASE OUT EXAMPLE… — a bundled chart with helm 4, then helm 3: lint it
# (--strict); then for each EXAMPLE (`defaults`, or the chart's ci/EXAMPLE-values.yaml) lint it,
# render it into OUT/EXAMPLE-VERSION.yaml and check every object's labels and every pod's
# restricted pod security (products/check_manifests.py). Leaves `v` at the last helm's version,
# so the checks that follow read its renderings.
lint_and_render() {
  local chart=$1 release=$2 out=$3 helm example; shift 3
  local values=()
  for helm in "$SLIPWAY_HELM" "$SLIPWAY_HELM3"; do
    v=$("$helm" version --template '{{.Version}}')
    check "helm $v lints the chart (--strict)" "$helm" lint --strict "$chart"
    for example in "$@"; do
      values=()
      if [ "$example" != defaults ]; then
        values=(-f "$chart/ci/$example-values.yaml")
        check "helm $v lints the $example values (--strict)" "$helm" lint --strict "$chart" "${values[@]}"
      fi
      check "helm $v renders the $example values" \
        sh -c 'h=$0 r=$1 c=$2 f=$3; shift 3; "$h" template "$r" "$c" "$@" >"$f"' \
        "$helm" "$release" "$chart" "$out/$example-$v.yaml" "${values[@]}"
      check "$example values ($v): labels and restricted pod security" \
        python3 "$E2E_HERE/products/check_manifests.py" "$out/$example-$v.yaml"
    done
  done
}
# renderings — every YAML file in $OUT (lint_and_render's renderings) one after the other; fails
# when there is none, so a check that no line of them matches cannot pass on an empty folder
renderings() {
  compgen -G "$OUT/*.yaml" >/dev/null || { echo "no rendering in $OUT" >&2; return 1; }
  cat "$OUT"/*.yaml
}
# nodes — "component=node" for every pod of release $REL in $NS on one line, sorted ("-" for a pod
# not scheduled); pod_nodes — the same one per line. Both fail when kubectl does, so a check that
# no pod is somewhere cannot pass because nothing was read.
nodes() {
  "${K[@]}" -n "$NS" get pods -l app.kubernetes.io/instance="$REL" -o json |
    json '" ".join(sorted(p["metadata"]["labels"]["app.kubernetes.io/component"] + "=" + p["spec"].get("nodeName", "-") for p in d["items"]))'
}
pod_nodes() { local n; n=$(nodes) || return 1; tr ' ' '\n' <<<"$n"; }
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

# run_cmd CMD… — runs CMD (its stdin is the caller's) and sets CMD_OUT (stdout), CMD_ERR (the last
# lines of stderr) and CMD_RC
run_cmd() {
  local errf
  errf=$(mktemp "$E2E_TMP/slipway-e2e-stderr.XXXXXX")
  CMD_OUT=$("$@" 2>"$errf"); CMD_RC=$?
  CMD_ERR=$(tail -n 3 "$errf"); rm -f "$errf"
}
# why_failed CMD… — after run_cmd: which command failed, with what, and what it said
why_failed() { printf '`%s` exited %s: %s' "$*" "$CMD_RC" "${CMD_ERR:-$(tail -n 3 <<<"$CMD_OUT")}"; }
# none_left DESCRIPTION CMD… — passes when CMD succeeds and prints nothing; fails when CMD fails
# (naming it and its stderr) or prints anything
none_left() {
  local d=$1; shift
  run_cmd "$@"
  if ((CMD_RC != 0)); then bad "$d" "$(why_failed "$@")"
  elif [ -n "$CMD_OUT" ]; then bad "$d" "left: $(head -n 5 <<<"$CMD_OUT" | tr '\n' ' ')"
  else ok "$d"; fi
}
# no_line DESCRIPTION PATTERN CMD… — passes when CMD succeeds and none of the lines it prints (maybe
# none) matches the extended regular expression PATTERN
no_line() {
  local d=$1 pat=$2 hits rc; shift 2
  run_cmd "$@"
  if ((CMD_RC != 0)); then bad "$d" "$(why_failed "$@")"; return 0; fi
  hits=$(grep -E -- "$pat" <<<"$CMD_OUT"); rc=$?
  case $rc in
    1) ok "$d" ;;
    0) bad "$d" "lines matching /$pat/: $(head -n 5 <<<"$hits" | tr '\n' ' ')" ;;
    *) bad "$d" "bad pattern /$pat/" ;;
  esac
}
# every_line DESCRIPTION PATTERN CMD… — passes when CMD succeeds, prints at least one non-blank
# line, and every non-blank line matches the extended regular expression PATTERN
every_line() {
  local d=$1 pat=$2 lines others rc; shift 2
  run_cmd "$@"
  if ((CMD_RC != 0)); then bad "$d" "$(why_failed "$@")"; return 0; fi
  lines=$(grep -v '^[[:space:]]*$' <<<"$CMD_OUT")
  if [ -z "$lines" ]; then bad "$d" "\`$*\` printed nothing"; return 0; fi
  others=$(grep -vE -- "$pat" <<<"$lines"); rc=$?
  case $rc in
    1) ok "$d" ;;
    0) bad "$d" "lines not matching /$pat/: $(head -n 5 <<<"$others" | tr '\n' ' ')" ;;
    *) bad "$d" "bad pattern /$pat/" ;;
  esac
}
# wait_for DESCRIPTION SECONDS CMD… — a check that waits: passes as soon as CMD succeeds, fails
# when it has not within SECONDS, naming CMD and what it said last. Returns 0 only on success, so
# a script can act on the state it waited for.
wait_for() {
  local d=$1 limit=$2 start=$SECONDS; shift 2
  while :; do
    run_cmd "$@"
    if ((CMD_RC == 0)); then ok "$d"; return 0; fi
    if ((SECONDS - start >= limit)); then bad "$d" "not within $limit s: $(why_failed "$@")"; return 1; fi
    sleep 0.5
  done
}

# step NAME CMD… — a setup step: CMD must succeed, else the script ends here, naming the step, the
# command and its last output lines (the script's EXIT trap still cleans up)
step() {
  local name=$1; shift
  run_cmd "$@"
  ((CMD_RC == 0)) || abort "$name" "$(why_failed "$@")"
}
# capture VAR NAME CMD… — a setup step whose standard output is kept in VAR
capture() {
  local var=$1 name=$2; shift 2
  run_cmd "$@"
  ((CMD_RC == 0)) || abort "$name" "$(why_failed "$@")"
  printf -v "$var" '%s' "$CMD_OUT"
}
# put FILE LINE… — a setup step: writes the lines into FILE
put() { local f=$1; shift; printf '%s\n' "$@" 2>/dev/null >"$f" || abort "write $f" "cannot write $f"; }
abort() {
  bad "setup step: $1" "$2"
  echo "$PASS passed, $FAIL failed (stopped: the setup step “$1” failed)"
  exit 1
}

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
  step "create namespace $NS" "${K[@]}" create namespace "$NS"
  trap cleanup_ns EXIT
  # Pods are refused until the namespace's default ServiceAccount exists.
  eventually 30 "${K[@]}" -n "$NS" get serviceaccount default ||
    step "the default ServiceAccount of $NS exists" "${K[@]}" -n "$NS" get serviceaccount default
}
# pod_column POD COLUMN — a column of `kubectl get pod` (NAME READY STATUS RESTARTS AGE)
pod_column() { "${K[@]}" -n "$NS" get pod "$1" --no-headers 2>/dev/null | awk -v c="$2" '{ print $c }'; }
pod_status_is() { [ "$(pod_column "$1" 3)" = "$2" ]; }
# pod_column_is POD COLUMN VALUE — for wait_for: says what the column is while it is not VALUE
pod_column_is() {
  local got
  got=$("${K[@]}" -n "$NS" get pod "$1" --no-headers | awk -v c="$2" '{ print $c }') || return
  [ "$got" = "$3" ] || { echo "column $2 of pod $1 is '$got'" >&2; return 1; }
}

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
