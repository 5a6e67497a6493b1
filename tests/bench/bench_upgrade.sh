#!/usr/bin/env bash
# bench_upgrade.sh SLIPWAY_CLI BENCH_PY — `slipway-cli install` and `slipway-cli upgrade` (helm
# upgrade --install with wait and rollback-on-failure, plus Slipway's validation, release reads
# and journal) against the bare `helm upgrade --install --wait` with the same chart and values,
# alternating, on the testbed. Installs create a new release per run (its pods must become
# Ready); upgrades then upgrade one installed release each. SLIPWAY_BENCH_RUNS (default 5) sets
# the runs per side; pass a Release build's slipway-cli to time the program as shipped.
set -uo pipefail
CLI=${1:?}; BENCH=${2:?}
CHART=$(cd "$(dirname "$0")/../e2e/charts/smoke" && pwd)
NS=slipway-bench-upgrade-$$
WORK=$(mktemp -d)
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1; rm -rf "$WORK"' EXIT
kubectl create namespace "$NS" >/dev/null
for _ in $(seq 1 60); do kubectl -n "$NS" get serviceaccount default >/dev/null 2>&1 && break; sleep 0.5; done
printf 'replicaCount: 2\nmessage: bench\n' >"$WORK/values.yaml"
export XDG_DATA_HOME="$WORK/data"
# slipway-cli upgrade wants an installed release; both start from a fresh install.
"$CLI" -n "$NS" install --chart "$CHART" --release bench-slipway --values "$WORK/values.yaml" --timeout 120s >/dev/null ||
  { echo "bench: slipway-cli install failed" >&2; exit 1; }
"$SLIPWAY_HELM" install bench-helm "$CHART" -n "$NS" -f "$WORK/values.yaml" --wait --timeout 120s >/dev/null ||
  { echo "bench: helm install failed" >&2; exit 1; }
python3 "$BENCH" compare install-smoke ${SLIPWAY_BENCH_RUNS:-5} \
  --slipway "$CLI" -n "$NS" install --chart "$CHART" --release fresh-slipway-{run} --values "$WORK/values.yaml" --timeout 120s \
  --anchor "$SLIPWAY_HELM" upgrade --install fresh-helm-{run} "$CHART" -n "$NS" -f "$WORK/values.yaml" --wait --timeout 120s
python3 "$BENCH" compare upgrade-smoke ${SLIPWAY_BENCH_RUNS:-5} \
  --slipway "$CLI" -n "$NS" upgrade --chart "$CHART" --release bench-slipway --values "$WORK/values.yaml" --timeout 120s \
  --anchor "$SLIPWAY_HELM" upgrade --install bench-helm "$CHART" -n "$NS" -f "$WORK/values.yaml" --wait --timeout 120s
