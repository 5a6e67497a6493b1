#!/usr/bin/env bash
# Registry client throughput: slipway-cli bundle pull-image / push-images against skopeo copy,
# same 50 MiB image (5 layers of 10 MiB), same docker-registry on loopback, in the same run
# (bench.py compare). Needs no testbed: the registries are started here and stopped at the end.
#   bench_registry.sh SLIPWAY_CLI [RUNS]
set -euo pipefail
cli=$1; runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
for tool in docker-registry skopeo; do
  command -v "$tool" >/dev/null || { echo "bench_registry: $tool is missing: apt-get install -y docker-registry skopeo" >&2; exit 1; }
done
tmp=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_registry() { # NAME → sets port_NAME
  local name=$1 port; port=$(free_port)
  mkdir -p "$tmp/$name"
  cat >"$tmp/$name/config.yml" <<YAML
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage: {filesystem: {rootdirectory: $tmp/$name/storage}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$port}
YAML
  docker-registry serve "$tmp/$name/config.yml" >"$tmp/$name/log" 2>&1 & pids+=($!)
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
  printf -v "port_$name" %s "$port"
}
start_registry source
start_registry target

# The image: random layers (incompressible, so no side gains by compression), as an OCI layout.
python3 - "$tmp/image" <<'PY'
import hashlib, json, os, sys
root = sys.argv[1]; blobs = os.path.join(root, "blobs", "sha256"); os.makedirs(blobs)
def put(data, media):
    d = hashlib.sha256(data).hexdigest()
    open(os.path.join(blobs, d), "wb").write(data)
    return {"mediaType": media, "digest": "sha256:" + d, "size": len(data)}
layers = [put(os.urandom(10 << 20), "application/vnd.oci.image.layer.v1.tar") for _ in range(5)]
config = put(json.dumps({"os": "linux", "architecture": "amd64", "rootfs": {"type": "layers", "diff_ids": [l["digest"] for l in layers]}}).encode(),
             "application/vnd.oci.image.config.v1+json")
manifest = put(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": config, "layers": layers}).encode(),
               "application/vnd.oci.image.manifest.v1+json")
manifest["annotations"] = {"org.opencontainers.image.ref.name": "1", "io.containerd.image.name": "bench.test/big:1"}
open(os.path.join(root, "oci-layout"), "w").write('{"imageLayoutVersion":"1.0.0"}')
open(os.path.join(root, "index.json"), "w").write(json.dumps({"schemaVersion": 2, "manifests": [manifest]}))
PY
"$cli" bundle push-images --layout "$tmp/image" --registry "127.0.0.1:$port_source" --plain-http >/dev/null

src="127.0.0.1:$port_source/big:1"
python3 "$here/bench.py" compare registry-pull-50MiB "$runs" \
  --slipway bash -c "rm -rf $tmp/pull-s && exec $cli bundle pull-image $src --layout $tmp/pull-s --plain-http >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/pull-k && exec skopeo copy -q --src-tls-verify=false docker://$src oci:$tmp/pull-k:1" \
  --note "both write an OCI layout from the same registry; skopeo verifies digests too"

# Each push starts from an empty target, so every blob is really sent.
python3 "$here/bench.py" compare registry-push-50MiB "$runs" \
  --slipway bash -c "rm -rf $tmp/target/storage && exec $cli bundle push-images --layout $tmp/image --registry 127.0.0.1:$port_target --plain-http >/dev/null 2>&1" \
  --anchor bash -c "rm -rf $tmp/target/storage && exec skopeo copy -q --dest-tls-verify=false oci:$tmp/image:1 docker://127.0.0.1:$port_target/big:1" \
  --note "slipway: two 5 MiB PATCH chunks per 10 MiB layer; skopeo: one streamed PATCH per layer"
