#!/usr/bin/env bash
# bench_pod_sync.sh BENCH_POD_SYNC BENCH_PY [PODS] — initial sync of PODS (default 10,000) pods on
# the KWOK nodes: Slipway's Reflector against `kubectl get pods -o json` on the same namespace.
# The pods are bound to nodes directly (the scheduler would stop at the nodes' 110-pod capacity);
# kwok runs them. Before anything is timed the namespace must hold exactly PODS pods, as kubectl
# and the Reflector both see them; otherwise it fails. The namespace is removed afterwards.
# SLIPWAY_BENCH_RUNS (default 5) sets the runs per side.
set -uo pipefail
SYNC=${1:?}; BENCH=${2:?}; PODS=${3:-10000}
NS=slipway-bench-pods
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
fail() { echo "bench: $*" >&2; exit 1; }
report() {
  echo "$1"
  [ -z "${SLIPWAY_BENCH_REPORT:-}" ] || echo "$1" >>"$SLIPWAY_BENCH_REPORT"
}
bash "$(dirname "$0")/create_pods.sh" "$NS" "$PODS" || fail "could not create the pods"
have=$(kubectl -n "$NS" get pods -o name) || fail "kubectl cannot list the pods of $NS"
have=$(printf '%s' "$have" | grep -c .)
synced=$("$SYNC" "$NS") || fail "bench_pod_sync could not sync $NS: $synced"
synced=$(printf '%s\n' "$synced" | sed -n 's/^synced \([0-9]*\) pods.*/\1/p')
report "pod-sync-$PODS: $NS holds $have pods (kubectl), the Reflector syncs ${synced:-?}; expected $PODS"
[ "$have" = "$PODS" ] && [ "$synced" = "$PODS" ] || fail "the pods are not all there; nothing timed"
python3 "$BENCH" compare "pod-sync-$PODS" "${SLIPWAY_BENCH_RUNS:-5}" --slipway "$SYNC" "$NS" \
  --anchor kubectl get pods -n "$NS" -o json || fail "pod-sync-$PODS failed"
