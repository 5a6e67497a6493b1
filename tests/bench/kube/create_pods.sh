#!/usr/bin/env bash
# create_pods.sh NAMESPACE PODS — makes sure NAMESPACE holds PODS pods on the KWOK nodes
# (labelled app.kubernetes.io/instance=bench), created in parallel. The pods are bound to nodes
# directly (the scheduler would stop at the nodes' 110-pod capacity); kwok runs them. Shared by
# the pod benchmarks; the caller removes the namespace.
set -uo pipefail
NS=${1:?}; PODS=${2:?}
# A namespace an earlier run left terminating takes no new pods: wait until it is gone.
for _ in $(seq 1 300); do
  [ "$(kubectl get namespace "$NS" -o jsonpath='{.status.phase}' 2>/dev/null)" = Terminating ] || break
  sleep 1
done
kubectl create namespace "$NS" >/dev/null 2>&1
for _ in $(seq 1 60); do kubectl -n "$NS" get serviceaccount default >/dev/null 2>&1 && break; sleep 0.5; done

have=$(kubectl -n "$NS" get pods -o name 2>/dev/null | wc -l)
if [ "$have" -lt "$PODS" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
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
