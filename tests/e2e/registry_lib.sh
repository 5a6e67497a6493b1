# registry_lib.sh — real registries for the scripts that drive slipway-cli's registry commands
# (e2e/cli_bundle_images.sh, bench/bench_registry.sh): Debian's docker-registry on free loopback
# ports, and test images written straight into an OCI layout. No testbed. Sourced; REG_TMP must
# name a scratch folder and REG_PIDS collects what to stop (reg_stop).
REG_PIDS=()

reg_need() { # TOOL… — fails with the apt command when one is missing
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y docker-registry apache2-utils skopeo" >&2; return 1; }
  done
}

reg_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# reg_start NAME [USER PASSWORD] — sets REG_PORT_<NAME>; with a user, htpasswd (bcrypt) auth
reg_start() {
  local name=$1 port auth=""; port=$(reg_free_port)
  mkdir -p "$REG_TMP/$name"
  if [ $# -ge 3 ]; then
    htpasswd -Bbn "$2" "$3" >"$REG_TMP/$name/htpasswd" 2>/dev/null || return 1
    auth="auth: {htpasswd: {realm: slipway-test, path: $REG_TMP/$name/htpasswd}}"
  fi
  cat >"$REG_TMP/$name/config.yml" <<YAML
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage: {filesystem: {rootdirectory: $REG_TMP/$name/storage}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$port}
$auth
YAML
  docker-registry serve "$REG_TMP/$name/config.yml" >"$REG_TMP/$name/log" 2>&1 &
  REG_PIDS+=($!)
  local _
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
  printf -v "REG_PORT_$name" %s "$port"
}

# reg_checks — defines the checks of the registry scripts (not of lib.sh's): ok, bad (counting
# PASS and FAIL) and expect DESCRIPTION EXIT CMD… (CMD exits EXIT; its output is left in LAST)
reg_checks() {
  PASS=0; FAIL=0
  ok() { PASS=$((PASS + 1)); echo "ok    $1"; }
  bad() { FAIL=$((FAIL + 1)); echo "FAIL  $1"; [ -n "${2:-}" ] && sed 's/^/      /' <<<"$2"; return 0; }
  expect() {
    local d=$1 want=$2 out rc; shift 2
    out=$("$@" 2>&1); rc=$?
    if [ "$rc" = "$want" ]; then ok "$d"; else bad "$d (exit $rc, not $want)" "$(tail -n 5 <<<"$out")"; fi
    LAST=$out
  }
}

reg_stop() { local p; for p in "${REG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }

# reg_layout DIR NAME LAYERS MIB — an OCI layout holding one image NAME (host/repo:tag) of LAYERS
# random layers of MIB MiB each (random, so that nothing gains by compression); prints its
# manifest digest
reg_layout() {
  python3 - "$@" <<'PY'
import hashlib, json, os, sys
root, name, count, mib = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
blobs = os.path.join(root, "blobs", "sha256"); os.makedirs(blobs)
def put(data, media):
    d = hashlib.sha256(data).hexdigest()
    open(os.path.join(blobs, d), "wb").write(data)
    return {"mediaType": media, "digest": "sha256:" + d, "size": len(data)}
layers = [put(os.urandom(mib << 20), "application/vnd.oci.image.layer.v1.tar") for _ in range(count)]
config = put(json.dumps({"os": "linux", "architecture": "amd64", "rootfs": {"type": "layers", "diff_ids": [l["digest"] for l in layers]}}).encode(),
             "application/vnd.oci.image.config.v1+json")
manifest = put(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": config, "layers": layers}).encode(),
               "application/vnd.oci.image.manifest.v1+json")
manifest["annotations"] = {"org.opencontainers.image.ref.name": name.rsplit(":", 1)[1], "io.containerd.image.name": name}
open(os.path.join(root, "oci-layout"), "w").write('{"imageLayoutVersion":"1.0.0"}')
open(os.path.join(root, "index.json"), "w").write(json.dumps({"schemaVersion": 2, "manifests": [manifest]}))
print(manifest["digest"])
PY
}
