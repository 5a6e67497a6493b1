#!/usr/bin/env bash
# bench_pod_sync.sh BENCH_POD_SYNC BENCH_PY [PODS] — initial sync of PODS (default 10,000) pods on
# the KWOK nodes: Slipway's Reflector against `kubectl get pods -o json` on the same namespace.
# The pods are bound to nodes directly (the scheduler would stop at the nodes' 110-pod capacity);
# kwok runs them. The namespace is removed afterwards.
set -uo pipefail
SYNC=${1:?}; BENCH=${2:?}; PODS=${3:-10000}
NS=slipway-bench-pods
kubectl create namespace "$NS" >/dev/null 2>&1
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
for _ in $(seq 1 60); do kubectl -n "$NS" get serviceaccount default >/dev/null 2>&1 && break; sleep 0.5; done

have=$(kubectl -n "$NS" get pods -o name 2>/dev/null | wc -l)
if [ "$have" -lt "$PODS" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"; kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1' EXIT
  start=$SECONDS
  # Four files created in parallel: the API server takes creations faster than one client sends them.
  python3 - "$tmp" "$have" "$PODS" <<'PY'
import json, sys
out, first, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
files = [open(f"{out}/pods-{i}.json", "w") for i in range(4)]
items = [[] for _ in files]
for n in range(first, total):
    items[n % 4].append({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": f"worker-{n:05d}", "labels": {
            "app.kubernetes.io/name": "bench", "app.kubernetes.io/instance": "bench",
            "app.kubernetes.io/component": "worker", "pod-template-hash": "7c9f8d6b5"}},
        "spec": {"nodeName": f"cpu-node-{n % 3}",
                 "containers": [{"name": "worker", "image": "registry.invalid/bench/worker:1.0.0",
                                 "ports": [{"containerPort": 8080, "name": "http"}],
                                 "env": [{"name": "MODE", "value": "bench"}],
                                 "resources": {"requests": {"cpu": "10m", "memory": "16Mi"},
                                               "limits": {"cpu": "100m", "memory": "64Mi"}}}]}})
for f, i in zip(files, items):
    json.dump({"apiVersion": "v1", "kind": "List", "items": i}, f)
    f.close()
PY
  ls "$tmp"/pods-*.json | xargs -P 4 -I{} kubectl -n "$NS" create -f {} -o name >/dev/null
  echo "created $((PODS - have)) pods in $((SECONDS - start)) s"
fi
echo "pods in $NS: $(kubectl -n "$NS" get pods -o name | wc -l)"
python3 "$BENCH" compare "pod-sync-$PODS" 5 --slipway "$SYNC" "$NS" --anchor kubectl get pods -n "$NS" -o json
