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
finish
