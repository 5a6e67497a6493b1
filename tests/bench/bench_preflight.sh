#!/usr/bin/env bash
# bench_preflight.sh SLIPWAY_CLI BENCH_PY — `slipway-cli preflight` of Backline against the cluster
# of KUBECONFIG, against its anchor: what an administrator would run by hand to learn the same —
# kubectl's node list, its list of every pod, and helm template of the same chart and values,
# one after the other. Prints the ratio (bench.py compare), then one preflight's own report: the
# time of each check, reading the cluster and rendering. Budget: under 2 s at 100 nodes and
# 1,000 running pods; for that scale start the testbed with
#   tests/testbed/testbed up --nodes 100 && tests/testbed/testbed populate --pods 1000
# SLIPWAY_BENCH_RUNS (default 5) sets the runs per side. Never fails on time.
set -uo pipefail
CLI=${1:?}; BENCH=${2:?}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
NS=slipway-bench-preflight-$$
WORK=$(mktemp -d)
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1; rm -rf "$WORK"' EXIT
kubectl create namespace "$NS" >/dev/null || { echo "bench: cannot create namespace $NS" >&2; exit 1; }
printf 'environment: staging\nfields:\n  accessKey: bench-key\n  namespaceOverride: %s\n  workerReplicas: 2\n' "$NS" >"$WORK/answers.yaml"
"$CLI" -n "$NS" render --product backline --answers "$WORK/answers.yaml" >/dev/null ||
  { echo "bench: slipway-cli render failed" >&2; exit 1; }
# helm template gets the same answers as values (the staging preset's defaults are the chart's).
printf 'accessKey: bench-key\nnamespaceOverride: %s\nworker:\n  replicaCount: 2\n' "$NS" >"$WORK/values.yaml"
NODES=$(kubectl get nodes -o name | wc -l); PODS=$(kubectl get pods -A --no-headers 2>/dev/null | wc -l)
python3 "$BENCH" compare "preflight-backline-${NODES}nodes-${PODS}pods" ${SLIPWAY_BENCH_RUNS:-5} \
  --slipway "$CLI" -n "$NS" preflight --product backline --answers "$WORK/answers.yaml" \
  --anchor bash -c 'kubectl get nodes -o json >/dev/null && kubectl get pods -A -o json >/dev/null &&
    "$0" template backline "$1" -n "$2" -f "$3" >/dev/null' "$SLIPWAY_HELM" "$REPO/charts/backline" "$NS" "$WORK/values.yaml"
# One run's report: the time of every check, and of reading and rendering.
"$CLI" -n "$NS" preflight --product backline --answers "$WORK/answers.yaml" -o json >"$WORK/report.json"
python3 - "$WORK/report.json" "$NODES" "$PODS" <<'PY'
import json, os, sys
d = json.load(open(sys.argv[1]))
lines = [f"preflight at {sys.argv[2]} nodes, {sys.argv[3]} pods: {d['elapsedMs']} ms in all "
         f"({d['readMs']} ms reading the cluster, {d['renderMs']} ms rendering; budget 2000 ms)"]
lines += [f"  {c['id']:<20} {c['severity']:<5} {c['durationMs']:>5} ms" for c in d["checks"]]
for line in lines:
    print(line)
path = os.environ.get("SLIPWAY_BENCH_REPORT")
if path:
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
PY
