#!/usr/bin/env bash
# Container logs are served for simulated pods, and a followed log delivers lines as they appear.
. "$(dirname "$0")/lib.sh"
make_ns

"${K[@]}" -n "$NS" run talker --image=registry.invalid/talker:1 >/dev/null
check "talker becomes Ready" "${K[@]}" -n "$NS" wait --for=condition=Ready pod/talker --timeout=60s
out=$("${K[@]}" -n "$NS" logs talker --tail=5 2>&1)
check_eq "logs --tail=5 returns five lines" 5 "$(grep -c 'slipway testbed container log line' <<<"$out")"
raw=$(curl -s --max-time 10 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" \
  "$API/api/v1/namespaces/$NS/pods/talker/log?tailLines=3&timestamps=true")
check_eq "the raw log API serves tailLines=3" 3 "$(grep -c 'log line' <<<"$raw")"
# Follow for 5 s: the writer adds a line a second, so new lines must arrive while we listen.
followed=$(timeout 5 kubectl -n "$NS" logs -f talker --tail=1 2>/dev/null)
n=$(grep -c 'log line' <<<"$followed")
first=$(grep -o 'log line [0-9]*' <<<"$followed" | head -n1 | awk '{print $3}')
last=$(grep -o 'log line [0-9]*' <<<"$followed" | tail -n1 | awk '{print $3}')
if [ "$n" -ge 3 ] && [ "${last:-0}" -gt "${first:-0}" ]; then ok "logs -f streams new lines ($n lines, $first..$last)"
else bad "logs -f streams new lines" "$n lines: $followed"; fi

# Each pod and container has a stream of its own that names it, so a test can catch the wrong
# pod's or container's log being shown; a restarted container keeps its previous instance's log.
"${K[@]}" -n "$NS" apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Pod
metadata: {name: pair}
spec: {containers: [{name: left, image: registry.invalid/a:1}, {name: right, image: registry.invalid/b:1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: crasher, labels: {kwok.test/fault: CrashLoopBackOff}}
spec: {containers: [{name: app, image: registry.invalid/a:1}]}
EOF
check "pair becomes Ready" "${K[@]}" -n "$NS" wait --for=condition=Ready pod/pair --timeout=60s
# own_logs POD — kwok serves POD's first container the stream log-writer gave it (not the shared one)
own_logs() { "${K[@]}" -n "$NS" logs "$1" --tail=1 | grep -q "pod=$NS/$1 "; }
check "log-writer gave pair streams of its own" eventually 30 own_logs pair
# only_lines_of POD CONTAINER RESTARTS [ARGS…] — every line of that log (at least 5) names them
only_lines_of() {
  local pod=$1 c=$2 r=$3 out; shift 3
  out=$("${K[@]}" -n "$NS" logs "$pod" -c "$c" --tail=20 "$@") || return 1
  [ "$(grep -c . <<<"$out")" -ge 5 ] &&
    ! grep -qv "^level=info pod=$NS/$pod container=$c restarts=$r msg=\"slipway testbed container log line [0-9]*\"\$" <<<"$out"
}
check "pair/left's lines all name pair and left" only_lines_of pair left 0
check "pair/right's lines all name pair and right" only_lines_of pair right 0
check "talker's lines name talker, not pair" only_lines_of talker talker 0
crashed() { [ "$("${K[@]}" -n "$NS" get pod crasher -o jsonpath='{.status.containerStatuses[0].restartCount}')" -gt 0 ] && own_logs crasher; }
check "crasher has restarted and has streams of its own" eventually 60 crashed
check "crasher's current log says it restarted" eventually 10 only_lines_of crasher app 5
check "crasher's previous instance has a log of its own (--previous)" eventually 10 only_lines_of crasher app 0 --previous
check_fails "a container that never restarted has no previous log" "previous.log.*no such file" \
  "${K[@]}" -n "$NS" logs pair -c left --previous
finish
