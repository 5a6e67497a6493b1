#!/usr/bin/env bash
# cluster_reads.sh [RUNS] — the anchor for preflight at scale: how long kubectl takes for the reads
# a preflight needs, against the cluster of KUBECONFIG (its current context). Times
#   kubectl get nodes -o json
#   kubectl get pods -A -o json
#   GET /apis as aggregated discovery (Accept: APIGroupDiscoveryList v2, as kubectl asks for it),
#     sent by curl with the context's own credentials (kubectl get --raw sends no Accept header)
# RUNS times each (default 5, after one warm-up) and prints the median and best in ms, with the
# cluster's node and pod counts. For the scale the preflight is measured at:
#   tests/testbed/testbed up --nodes 100 && tests/testbed/testbed populate --pods 1000
#   eval "$(tests/testbed/testbed env)"; tests/bench/cluster_reads.sh
# It never fails on time, only when a read fails. Report lines are also appended to the file
# named by SLIPWAY_BENCH_REPORT, when set.
set -euo pipefail
RUNS=${1:-5}
[[ $RUNS =~ ^[1-9][0-9]{0,2}$ ]] || { echo "cluster_reads: RUNS must be a number from 1 to 999, not '$RUNS'" >&2; exit 2; }
for c in kubectl curl base64; do
  command -v "$c" >/dev/null || { echo "cluster_reads: $c is not on PATH (eval \"\$(tests/testbed/testbed env)\" puts the testbed's kubectl there)" >&2; exit 1; }
done
DISCOVERY_ACCEPT='application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json'
WORK=$(mktemp -d); chmod 700 "$WORK"
trap 'rm -rf "$WORK"' EXIT

report() {
  printf '%s\n' "$1"
  [ -z "${SLIPWAY_BENCH_REPORT:-}" ] || printf '%s\n' "$1" >>"$SLIPWAY_BENCH_REPORT"
}

# The current context's server and credentials, for curl (client certificate or bearer token).
field() { kubectl config view --raw --minify -o jsonpath="{$1}"; }
server=$(field '.clusters[0].cluster.server') ||
  { echo "cluster_reads: kubectl has no current context (KUBECONFIG=${KUBECONFIG:-unset}); start the testbed and eval \"\$(tests/testbed/testbed env)\"" >&2; exit 1; }
[ -n "$server" ] || { echo "cluster_reads: the current context names no server" >&2; exit 1; }
CURL=(curl -fsS --max-time 60 -o "$WORK/apis.json" -H "Accept: $DISCOVERY_ACCEPT")
if [ -n "$(field '.clusters[0].cluster.certificate-authority-data')" ]; then
  field '.clusters[0].cluster.certificate-authority-data' | base64 -d >"$WORK/ca.crt"; CURL+=(--cacert "$WORK/ca.crt")
elif [ -n "$(field '.clusters[0].cluster.certificate-authority')" ]; then
  CURL+=(--cacert "$(field '.clusters[0].cluster.certificate-authority')")
fi
if [ -n "$(field '.users[0].user.client-certificate-data')" ]; then
  field '.users[0].user.client-certificate-data' | base64 -d >"$WORK/client.crt"
  field '.users[0].user.client-key-data' | base64 -d >"$WORK/client.key"
  CURL+=(--cert "$WORK/client.crt" --key "$WORK/client.key")
elif [ -n "$(field '.users[0].user.client-certificate')" ]; then
  CURL+=(--cert "$(field '.users[0].user.client-certificate')" --key "$(field '.users[0].user.client-key')")
elif [ -n "$(field '.users[0].user.token')" ]; then
  printf 'Authorization: Bearer %s\n' "$(field '.users[0].user.token')" >"$WORK/token.header"
  CURL+=(-H "@$WORK/token.header")
else
  echo "cluster_reads: the current context's user has neither a client certificate nor a token; use one that has (the testbed's admin context does)" >&2
  exit 1
fi
CURL+=("$server/apis")

now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
# time_read NAME CMD… — one warm-up, then RUNS timed runs; the command's output is discarded.
time_read() {
  local name=$1 t0 t1 i; shift
  local samples=()
  for ((i = 0; i <= RUNS; i++)); do
    t0=$(now_us)
    if ! "$@" >/dev/null 2>"$WORK/err"; then
      echo "cluster_reads: $name failed: $(tail -c 400 "$WORK/err")" >&2; exit 1
    fi
    t1=$(now_us)
    ((i == 0)) || samples+=($((t1 - t0)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v name="$name" -v runs="$RUNS" '
    { v[NR] = $1 }
    END {
      med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%-34s median %8.1f ms   best %8.1f ms   (%d runs)\n", name, med / 1000, v[1] / 1000, runs
    }' >"$WORK/line"
  report "$(cat "$WORK/line")"
}

kubectl get nodes -o name >"$WORK/nodes" 2>"$WORK/err" && kubectl get pods -A -o name >"$WORK/pods" 2>>"$WORK/err" ||
  { echo "cluster_reads: cannot list nodes and pods with the current context: $(tail -c 400 "$WORK/err")" >&2; exit 1; }
nodes=$(wc -l <"$WORK/nodes"); pods=$(wc -l <"$WORK/pods")
report "cluster-reads on $server: $nodes nodes, $pods pods"
time_read "kubectl get nodes -o json" kubectl get nodes -o json
time_read "kubectl get pods -A -o json" kubectl get pods -A -o json
time_read "GET /apis (aggregated discovery)" "${CURL[@]}"
grep -Eq '"kind": *"APIGroupDiscoveryList"' "$WORK/apis.json" || {
  echo "cluster_reads: the server did not answer /apis with aggregated discovery (APIGroupDiscoveryList); got: $(head -c 200 "$WORK/apis.json")" >&2
  exit 1
}
