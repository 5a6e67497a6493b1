#!/usr/bin/env bash
# Registry client throughput: slipway-cli bundle pull-image / push-images against skopeo copy,
# same 50 MiB image (5 layers of 10 MiB), same docker-registry on loopback, in the same run
# (bench.py compare). Needs no testbed: the registries are started here and stopped at the end.
#   bench_registry.sh SLIPWAY_CLI [RUNS]
set -euo pipefail
cli=$1; runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../e2e/registry_lib.sh
. "$here/../e2e/registry_lib.sh"
reg_need docker-registry skopeo
REG_TMP=$(mktemp -d)
trap 'reg_stop; rm -rf "$REG_TMP"' EXIT
tmp=$REG_TMP
reg_start source
reg_start target
reg_layout "$tmp/image" bench.test/big:1 5 10 >/dev/null
"$cli" bundle push-images --layout "$tmp/image" --registry "127.0.0.1:$REG_PORT_source" --plain-http >/dev/null

src="127.0.0.1:$REG_PORT_source/big:1"
python3 "$here/bench.py" compare registry-pull-50MiB "$runs" \
  --slipway bash -c "rm -rf $tmp/pull-s && exec $cli bundle pull-image $src --layout $tmp/pull-s --plain-http >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/pull-k && exec skopeo copy -q --src-tls-verify=false docker://$src oci:$tmp/pull-k:1" \
  --note "both write an OCI layout from the same registry; skopeo verifies digests too"

# Each push starts from an empty target, so every blob is really sent.
python3 "$here/bench.py" compare registry-push-50MiB "$runs" \
  --slipway bash -c "rm -rf $tmp/target/storage && exec $cli bundle push-images --layout $tmp/image --registry 127.0.0.1:$REG_PORT_target --plain-http >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/target/storage && exec skopeo copy -q --dest-tls-verify=false oci:$tmp/image:1 docker://127.0.0.1:$REG_PORT_target/big:1" \
  --note "slipway: two 5 MiB PATCH chunks per 10 MiB layer; skopeo: one streamed PATCH per layer"
