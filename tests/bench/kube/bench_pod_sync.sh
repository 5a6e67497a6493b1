#!/usr/bin/env bash
# bench_pod_sync.sh BENCH_POD_SYNC BENCH_PY [PODS] — initial sync of PODS (default 10,000) pods on
# the KWOK nodes: Slipway's Reflector against `kubectl get pods -o json` on the same namespace.
# The pods are bound to nodes directly (the scheduler would stop at the nodes' 110-pod capacity);
# kwok runs them. The namespace is removed afterwards.
set -uo pipefail
SYNC=${1:?}; BENCH=${2:?}; PODS=${3:-10000}
NS=slipway-bench-pods
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
bash "$(dirname "$0")/create_pods.sh" "$NS" "$PODS"
python3 "$BENCH" compare "pod-sync-$PODS" 5 --slipway "$SYNC" "$NS" --anchor kubectl get pods -n "$NS" -o json
