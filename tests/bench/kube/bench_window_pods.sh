#!/usr/bin/env bash
# bench_window_pods.sh BENCH_WINDOW_PODS BENCH_PY [PODS] — the window's Pods tab on a release of
# PODS (default 5,000) pods: time until it lists them all vs `kubectl get pods` on the same
# namespace (≤ 1.0×), its RSS (≤ 200 MB), and the longest event-loop stall while 1,000 pods
# arrive and change status (≤ 50 ms). Reports; never fails on timing.
set -uo pipefail
WINDOW=${1:?}; BENCH=${2:?}; PODS=${3:-5000}
NS=slipway-bench-window
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
bash "$(dirname "$0")/create_pods.sh" "$NS" "$PODS"
python3 "$BENCH" compare "window-pods-$PODS" 5 --slipway "$WINDOW" "$NS" "$PODS" \
  --anchor kubectl get pods -n "$NS"

# The stall: 1,000 more pods created while the window shows the 5,000 — each one a new row and
# then status changes (Pending → Running → Ready) — taken while its timer runs.
out=$(mktemp); trap 'rm -f "$out"; kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
"$WINDOW" "$NS" "$PODS" --stall >"$out" 2>&1 &
pid=$!
for _ in $(seq 1 600); do grep -q '^ready' "$out" && break; sleep 0.5; done
bash "$(dirname "$0")/create_pods.sh" "$NS" $((PODS + 1000)) >/dev/null
wait "$pid"; rc=$?
line=$(grep '^stall:' "$out" || tail -n 2 "$out")
echo "window-pods-$PODS $line"
[ -n "${SLIPWAY_BENCH_REPORT:-}" ] && echo "window-pods-$PODS $line (budget: 50 ms)" >>"$SLIPWAY_BENCH_REPORT"
exit $rc
