#!/usr/bin/env bash
# Offline bundle throughput: slipway-cli bundle export / import of the smoke chart with a 50 MiB
# image (5 layers of 10 MiB; SLIPWAY_BENCH_BUNDLE_MIB=1025 makes it 5 layers of 205 MiB) against skopeo copy + zip (export) and unzip + skopeo copy (import),
# same docker-registries on loopback, in the same run (bench.py compare). Slipway does more:
# helm template to find the images, SHA-256 of every file into a signed manifest, and on
# import the signature and every checksum before anything is pushed. No testbed; helm is the
# testbed's build.
#   bench_bundle.sh SLIPWAY_CLI [RUNS]
set -euo pipefail
cli=$1; runs=${2:-5}
mib=${SLIPWAY_BENCH_BUNDLE_MIB:-50}; layer=$(( (mib + 4) / 5 ))
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../e2e/registry_lib.sh
. "$here/../e2e/registry_lib.sh"
reg_need docker-registry skopeo zip unzip
eval "$("$here/../testbed/testbed" env 2>/dev/null)"
export SLIPWAY_HELM
REG_TMP=$(mktemp -d)
trap 'reg_stop; rm -rf "$REG_TMP"' EXIT
tmp=$REG_TMP
reg_start source
reg_start target
src=127.0.0.1:$REG_PORT_source; dst=127.0.0.1:$REG_PORT_target
reg_layout "$tmp/image" "bench.test/big:1" 5 "$layer" >/dev/null
"$cli" bundle push-images --layout "$tmp/image" --registry "$src" --plain-http >/dev/null 2>&1
printf 'image:\n  repository: %s/big\n  tag: "1"\n' "$src" >"$tmp/values.yaml"
"$cli" bundle keygen --out "$tmp/keys" >/dev/null
chart=$here/../e2e/charts/smoke

python3 "$here/bench.py" compare "bundle-export-$((layer * 5))MiB" "$runs" \
  --slipway bash -c "rm -rf $tmp/s.zip $tmp/s.zip.staging && exec $cli bundle export --chart $chart -f $tmp/values.yaml --plain-http --sign-key $tmp/keys/slipway.key --out $tmp/s.zip >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/a $tmp/a.zip && mkdir -p $tmp/a && skopeo copy -q --src-tls-verify=false docker://$src/big:1 oci:$tmp/a/images:1 && cp $tmp/values.yaml $tmp/a/ && cd $tmp/a && exec zip -q -r -0 $tmp/a.zip ." \
  --note "slipway also renders the chart, hashes every file into a signed manifest and deflates the small files"

rm -rf "$tmp/s.zip.staging" "$tmp/s.zip"
"$cli" bundle export --chart "$chart" -f "$tmp/values.yaml" --plain-http --sign-key "$tmp/keys/slipway.key" --out "$tmp/s.zip" >/dev/null 2>&1
rm -rf "$tmp/a" && mkdir -p "$tmp/a" && skopeo copy -q --src-tls-verify=false "docker://$src/big:1" "oci:$tmp/a/images:1" && (cd "$tmp/a" && rm -f "$tmp/a.zip" && zip -q -r -0 "$tmp/a.zip" .)
# Each import starts from an empty target, so every blob is really sent.
python3 "$here/bench.py" compare "bundle-import-$((layer * 5))MiB" "$runs" \
  --slipway bash -c "rm -rf $tmp/target/storage $tmp/sx && exec $cli bundle import $tmp/s.zip --trusted-key $tmp/keys/slipway.pub --registry $dst --plain-http --extract-to $tmp/sx --no-install >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/target/storage $tmp/ax && unzip -q $tmp/a.zip -d $tmp/ax && exec skopeo copy -q --dest-tls-verify=false oci:$tmp/ax/images:1 docker://$dst/big:1" \
  --note "slipway also checks the signature and every file's SHA-256 before pushing, and rewrites the values"
