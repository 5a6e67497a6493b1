#!/usr/bin/env bash
# bench_upgrade.sh SLIPWAY_CLI BENCH_PY — `slipway-cli install` and `slipway-cli upgrade` (its
# preflight, then helm upgrade --install with wait and rollback-on-failure, plus Slipway's
# validation, release reads and journal) against the bare helm upgrade --install with the same
# chart, values and helm flags, on the testbed. Each Slipway command is timed twice: as run (with
# its preflight) and with --skip-preflight, so the preflight's cost shows. The order of the sides
# rotates from run to run (bench.py compare).
#   install-smoke          a new release per run, its pods Ready
#   upgrade-smoke          the same values again: helm writes a revision, nothing rolls out
#   upgrade-rollout-smoke  a new `message` each run: the ConfigMap's checksum in the pod template
#                          changes, so the Deployment rolls out and the wait covers the new pods
# Any step that fails fails the benchmark. SLIPWAY_BENCH_RUNS (default 5) sets the runs per side;
# pass a Release build's slipway-cli to time the program as shipped (./test.sh --bench does).
set -uo pipefail
CLI=${1:?}; BENCH=${2:?}
RUNS=${SLIPWAY_BENCH_RUNS:-5}
CHART=$(cd "$(dirname "$0")/../e2e/charts/smoke" && pwd)
NS=slipway-bench-upgrade-$$
WORK=$(mktemp -d)
trap 'kubectl delete namespace "$NS" --wait=false >/dev/null 2>&1; rm -rf "$WORK"' EXIT
fail() { echo "bench: $*" >&2; exit 1; }
kubectl create namespace "$NS" >/dev/null || fail "cannot create namespace $NS"
for _ in $(seq 1 60); do kubectl -n "$NS" get serviceaccount default >/dev/null 2>&1 && break; sleep 0.5; done
printf 'replicaCount: 2\nmessage: bench\n' >"$WORK/values.yaml"
# One values file per run (0 is the warm-up) for the rollout: each run's message differs from the
# one before, on every side alike.
for n in $(seq 0 "$RUNS"); do printf 'replicaCount: 2\nmessage: rollout-%s\n' "$n" >"$WORK/rollout-$n.yaml"; done
export XDG_DATA_HOME="$WORK/data"

# The helm command slipway-cli runs (app/helm/HelmRequest.cpp, app/cli/CliSession.cpp): install
# is `helm upgrade --install … --create-namespace`, upgrade is `helm upgrade` of the existing
# release, both with these flags; the anchor runs the same, so both sides ask helm for the same
# work (--output json only prints the stored release).
HELM_FLAGS=(-n "$NS" --rollback-on-failure --wait=watcher --timeout 120s --output json)
NOTE="anchor = the helm command slipway-cli runs, same flags"

# The upgrades want an installed release per side; every side starts from a fresh install.
for side in slipway skip; do
  "$CLI" -n "$NS" install --chart "$CHART" --release "bench-$side" --values "$WORK/values.yaml" --timeout 120s \
    >"$WORK/setup.log" 2>&1 || fail "slipway-cli install bench-$side failed: $(tail -n 5 "$WORK/setup.log")"
done
"$SLIPWAY_HELM" upgrade --install bench-helm "$CHART" -f "$WORK/values.yaml" --create-namespace "${HELM_FLAGS[@]}" \
  >"$WORK/setup.log" 2>&1 || fail "helm install failed: $(tail -n 5 "$WORK/setup.log")"

python3 "$BENCH" compare install-smoke "$RUNS" \
  --slipway "$CLI" -n "$NS" install --chart "$CHART" --release fresh-slipway-{run} --values "$WORK/values.yaml" --timeout 120s \
  --slipway=skip-preflight "$CLI" -n "$NS" install --skip-preflight --chart "$CHART" --release fresh-skip-{run} \
    --values "$WORK/values.yaml" --timeout 120s \
  --anchor "$SLIPWAY_HELM" upgrade --install fresh-helm-{run} "$CHART" -f "$WORK/values.yaml" --create-namespace "${HELM_FLAGS[@]}" \
  --note "$NOTE" || fail "install-smoke failed"
python3 "$BENCH" compare upgrade-smoke "$RUNS" \
  --slipway "$CLI" -n "$NS" upgrade --chart "$CHART" --release bench-slipway --values "$WORK/values.yaml" --timeout 120s \
  --slipway=skip-preflight "$CLI" -n "$NS" upgrade --skip-preflight --chart "$CHART" --release bench-skip \
    --values "$WORK/values.yaml" --timeout 120s \
  --anchor "$SLIPWAY_HELM" upgrade bench-helm "$CHART" -f "$WORK/values.yaml" "${HELM_FLAGS[@]}" \
  --note "$NOTE" || fail "upgrade-smoke failed"
python3 "$BENCH" compare upgrade-rollout-smoke "$RUNS" \
  --slipway "$CLI" -n "$NS" upgrade --chart "$CHART" --release bench-slipway --values "$WORK/rollout-{run}.yaml" --timeout 120s \
  --slipway=skip-preflight "$CLI" -n "$NS" upgrade --skip-preflight --chart "$CHART" --release bench-skip \
    --values "$WORK/rollout-{run}.yaml" --timeout 120s \
  --anchor "$SLIPWAY_HELM" upgrade bench-helm "$CHART" -f "$WORK/rollout-{run}.yaml" "${HELM_FLAGS[@]}" \
  --note "$NOTE" || fail "upgrade-rollout-smoke failed"

# The rollout really happened: every side's Deployment carries the last run's message.
for rel in bench-slipway bench-skip bench-helm; do
  msg=$(kubectl -n "$NS" get configmap "$rel" -o jsonpath="{.data.message}" 2>/dev/null)
  [ "$msg" = "rollout-$RUNS" ] || fail "release $rel holds message '$msg' after the rollout runs, not 'rollout-$RUNS'"
done
