#!/usr/bin/env bash
# slipway-cli bundle keygen / export / verify / import, end to end without a cluster: a source
# and a target docker-registry on loopback, a test image in the source, the smoke chart
# exported with the image, the bundle checked by minisign, tampered copies refused (exit 13),
# an interrupted export resumed, the import pushing the image to the target (same digest)
# with the values rewritten to it, and push-images BUNDLE pushing only the images (skopeo reads
# their digests back) while a refused bundle pushes nothing. helm (for helm template) is the testbed's build; the testbed
# need not run.
#   cli_bundle_offline.sh [SLIPWAY_CLI]   (default: $SLIPWAY_BIN_DIR/slipway-cli)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$SLIPWAY_BIN_DIR/slipway-cli}
# shellcheck source=registry_lib.sh
. "$here/registry_lib.sh"
reg_need docker-registry htpasswd skopeo || exit 1
command -v minisign >/dev/null || { echo "minisign is missing: apt-get install -y minisign" >&2; exit 1; }
eval "$("$here/../testbed/testbed" env 2>/dev/null)"
[ -x "${SLIPWAY_HELM:-}" ] || { echo "no helm: build the testbed's (tests/testbed/testbed build)" >&2; exit 1; }
export SLIPWAY_HELM
REG_TMP=$(mktemp -d)
trap 'reg_stop; rm -rf "$REG_TMP"' EXIT
t=$REG_TMP
# No trusted keys but those the test passes.
export XDG_CONFIG_HOME=$t/config XDG_CACHE_HOME=$t/cache
reg_checks
# rezip IN OUT PYTHON — copies a zip entry by entry; PYTHON edits (name, data) in place
rezip() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys, zipfile
src, dst, code = sys.argv[1:4]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for info in zin.infolist():
        name, data = info.filename, zin.read(info.filename)
        exec(code)
        zout.writestr(name, data)
PY
}

reg_start source || { echo "docker-registry did not start" >&2; exit 1; }
reg_start target slipway 'bundle-Pa55' || { echo "docker-registry did not start" >&2; exit 1; }
src=127.0.0.1:$REG_PORT_source; dst=127.0.0.1:$REG_PORT_target
digest=$(reg_layout "$t/seed" "$src/team/app:1" 2 1)
extra=$(reg_layout "$t/seed2" "$src/team/sidecar:2" 1 1)
expect "test images pushed to the source registry" 0 "$cli" bundle push-images --layout "$t/seed" --registry "$src" --plain-http
"$cli" bundle push-images --layout "$t/seed2" --registry "$src" --plain-http >/dev/null 2>&1
printf 'image:\n  repository: %s/team/app\n  tag: "1"\nmessage: offline\n' "$src" >"$t/values.yaml"

expect "keygen writes a key pair" 0 "$cli" bundle keygen --out "$t/keys"
[ "$(stat -c %a "$t/keys/slipway.key")" = 600 ] && ok "the secret key is mode 0600" || bad "the secret key is mode 0600"
expect "keygen refuses to overwrite a key" 1 "$cli" bundle keygen --out "$t/keys"

# An export that fails on its second image keeps what it pulled; the next one reuses it.
bundle=$t/out/smoke-0.1.0.slipway.zip
mkdir -p "$t/out"
expect "export of an unknown extra image exits 12" 12 "$cli" bundle export --chart "$here/charts/smoke" -f "$t/values.yaml" \
  --image "$src/team/missing:9" --plain-http --out "$bundle"
[ ! -e "$bundle" ] && [ ! -e "$bundle.partial" ] && ok "a failed export leaves no bundle" || bad "a failed export leaves no bundle"
[ -d "$bundle.staging" ] && ok "a failed export keeps its staging folder" || bad "a failed export keeps its staging folder"
out=$("$cli" bundle export --chart "$here/charts/smoke" -f "$t/values.yaml" --image "$src/team/sidecar:2" \
  --plain-http --sign-key "$t/keys/slipway.key" --out "$bundle" -o json 2>"$t/export.err"); rc=$?
if [ $rc = 0 ] && grep -q '"bytesReused": [1-9]' <<<"$out"; then ok "export resumes: the image pulled before is not fetched again"
else bad "export resumes: the image pulled before is not fetched again (exit $rc)" "$out$(cat "$t/export.err")"; fi
grep -q "$digest" <<<"$out" && grep -q "$extra" <<<"$out" && ok "export lists the rendered image and the --image one with their digests" \
  || bad "export lists the rendered image and the --image one with their digests" "$out"
[ ! -e "$bundle.staging" ] && ok "the staging folder is gone once the bundle is written" || bad "the staging folder is gone once the bundle is written"
listing=$(unzip -Z1 "$bundle")
for f in manifest.json manifest.json.minisig charts/smoke-0.1.0.tgz values/values.yaml images/index.json "images/blobs/sha256/${digest#sha256:}"; do
  grep -qx "$f" <<<"$listing" || bad "the bundle holds $f" "$listing"
done
ok "the bundle holds manifest, signature, chart, values and the image layout"
mkdir -p "$t/m" && (cd "$t/m" && unzip -q "$bundle" manifest.json manifest.json.minisig)
expect "minisign -V accepts the bundle's signature" 0 minisign -Vm "$t/m/manifest.json" -p "$t/keys/slipway.pub"

expect "verify without the key refuses the signature (13)" 13 "$cli" bundle verify "$bundle"
grep -q -- "--trusted-key" <<<"$LAST" && ok "and says what to do" || bad "and says what to do" "$LAST"
expect "verify with --trusted-key" 0 "$cli" bundle verify "$bundle" --trusted-key "$t/keys/slipway.pub"
mkdir -p "$XDG_CONFIG_HOME/slipway/trusted-keys" && cp "$t/keys/slipway.pub" "$XDG_CONFIG_HOME/slipway/trusted-keys/"
expect "verify with the key in the trusted-keys folder" 0 "$cli" bundle verify "$bundle"
rm "$XDG_CONFIG_HOME/slipway/trusted-keys/slipway.pub"
expect "verify of an unknown signer with --allow-unsigned" 0 "$cli" bundle verify "$bundle" --allow-unsigned

rezip "$bundle" "$t/flip.zip" 'data = data.replace(b"offline", b"offlinf") if name == "values/values.yaml" else data'
expect "a changed values file is refused (13)" 13 "$cli" bundle verify "$t/flip.zip" --trusted-key "$t/keys/slipway.pub"
grep -q "values/values.yaml" <<<"$LAST" && ok "naming values/values.yaml" || bad "naming values/values.yaml" "$LAST"
rezip "$bundle" "$t/man.zip" 'data = data.replace(b"\"smoke\"", b"\"smoky\"", 1) if name == "manifest.json" else data'
expect "a changed manifest is refused (13), even with --allow-unsigned" 13 "$cli" bundle verify "$t/man.zip" --trusted-key "$t/keys/slipway.pub" --allow-unsigned
rezip "$bundle" "$t/slip.zip" 'zout.writestr("../evil", b"x") if name == "manifest.json" else None'
expect "an entry ../evil is refused (13)" 13 "$cli" bundle verify "$t/slip.zip" --trusted-key "$t/keys/slipway.pub"
expect "import of a tampered bundle is refused (13)" 13 "$cli" bundle import "$t/flip.zip" --trusted-key "$t/keys/slipway.pub" \
  --registry "$dst" --plain-http --username slipway --docker-config "$t/none.json" --extract-to "$t/refused" --no-install
[ ! -e "$t/refused" ] && [ ! -e "$t/refused.partial" ] && ok "and extracts nothing" || bad "and extracts nothing" "$(ls -la "$t")"

out=$(echo 'bundle-Pa55' | "$cli" bundle import "$bundle" --trusted-key "$t/keys/slipway.pub" --registry "$dst" --plain-http \
  --username slipway --password-stdin --extract-to "$t/ex" --no-install --release offline -n apps 2>&1); rc=$?
if [ $rc = 0 ] && grep -q "slipway-cli install --chart $t/ex/charts/smoke-0.1.0.tgz -f $t/ex/values/values.import.yaml --release offline -n apps" <<<"$out"; then
  ok "import --no-install pushes and prints the install command"
else bad "import --no-install pushes and prints the install command (exit $rc)" "$out"; fi
[ "$(stat -c %a "$t/ex")" = 700 ] && ok "the bundle is extracted into a 0700 folder" || bad "the bundle is extracted into a 0700 folder"
if grep -q "repository: $dst/team/app" "$t/ex/values/values.import.yaml" && grep -q "message: offline" "$t/ex/values/values.import.yaml"; then
  ok "the values' image repository is rewritten to the target registry"
else bad "the values' image repository is rewritten to the target registry" "$(cat "$t/ex/values/values.import.yaml")"; fi
for pair in "team/app:1=$digest" "team/sidecar:2=$extra"; do
  ref=${pair%%=*}; want=${pair#*=}
  got=$(curl -sfI -u slipway:bundle-Pa55 -H 'Accept: application/vnd.oci.image.manifest.v1+json' \
    "http://$dst/v2/${ref%%:*}/manifests/${ref#*:}" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
  [ "$got" = "$want" ] && ok "$ref arrived in the target registry with its digest" || bad "$ref arrived in the target registry with its digest ($got, not $want)"
done
out=$("$cli" bundle import "$bundle" --trusted-key "$t/keys/slipway.pub" --registry "$dst" --plain-http -o json \
  --username slipway --extract-to "$t/ex" --no-install 2>&1); rc=$?
[ $rc = 1 ] && grep -q "already exists" <<<"$out" && ok "import refuses an extraction folder that exists" || bad "import refuses an extraction folder that exists (exit $rc)" "$out"

# push-images BUNDLE: verified as import verifies, then only the images go, to an anonymous mirror.
reg_start mirror || { echo "docker-registry did not start" >&2; exit 1; }
mir=127.0.0.1:$REG_PORT_mirror
catalog() { curl -sf "http://$mir/v2/_catalog" | tr -d ' \n'; }
expect "push-images without --registry is a usage error (2)" 2 "$cli" bundle push-images "$bundle"
expect "push-images BUNDLE without the key refuses the signature (13)" 13 "$cli" bundle push-images "$bundle" \
  --registry "$mir" --plain-http
grep -q -- "--trusted-key" <<<"$LAST" && ok "and says what to do" || bad "and says what to do" "$LAST"
expect "push-images of a tampered bundle is refused (13)" 13 "$cli" bundle push-images "$t/flip.zip" \
  --trusted-key "$t/keys/slipway.pub" --registry "$mir" --plain-http
grep -q "values/values.yaml" <<<"$LAST" && ok "naming the changed file" || bad "naming the changed file" "$LAST"
expect "push-images of a bundle with an entry ../evil is refused (13)" 13 "$cli" bundle push-images "$t/slip.zip" \
  --trusted-key "$t/keys/slipway.pub" --registry "$mir" --plain-http --allow-unsigned
[ "$(catalog)" = '{"repositories":[]}' ] && ok "a refused bundle pushes nothing (the mirror's catalog is empty)" \
  || bad "a refused bundle pushes nothing (the mirror's catalog is empty)" "$(catalog)"
unreachable=127.0.0.1:$(reg_free_port)
expect "push-images to a registry that does not answer exits 12" 12 "$cli" bundle push-images "$bundle" \
  --trusted-key "$t/keys/slipway.pub" --registry "$unreachable" --plain-http
out=$("$cli" bundle push-images "$bundle" --trusted-key "$t/keys/slipway.pub" --registry "$mir" --plain-http -o json 2>"$t/push.err"); rc=$?
[ $rc = 0 ] && ok "push-images BUNDLE -o json exits 0" || bad "push-images BUNDLE -o json exits 0 (exit $rc)" "$out$(cat "$t/push.err")"
# Each image of the manifest: listed with its source and target, and on the mirror under its digest.
manifest_images=$(python3 -c 'import json,sys; [print(i["reference"], i["digest"]) for i in json.load(open(sys.argv[1]))["images"]]' "$t/m/manifest.json")
[ "$(wc -l <<<"$manifest_images")" = 2 ] && ok "the manifest lists two images" || bad "the manifest lists two images" "$manifest_images"
while read -r ref want; do
  target=$mir/${ref#*/}
  listed=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(" ".join(i["source"]+"="+i["target"] for i in d["images"]))' "$out")
  grep -qF "$ref=$target@$want" <<<"$listed" && ok "-o json lists $ref → $target@${want:0:19}…" || bad "-o json lists $ref → $target@$want" "$out"
  got=$(skopeo inspect --tls-verify=false --format '{{.Digest}}' "docker://$target" 2>&1)
  [ "$got" = "$want" ] && ok "skopeo finds $target with the manifest's digest" || bad "skopeo finds $target with the manifest's digest ($got, not $want)"
done <<<"$manifest_images"
out=$("$cli" bundle push-images "$bundle" --trusted-key "$t/keys/slipway.pub" --registry "$mir" --plain-http 2>"$t/push.err"); rc=$?
if [ $rc = 0 ] && head -n1 <<<"$out" | grep -q '^SOURCE  *TARGET$' && grep -q "^$src/team/app:1  *$mir/team/app:1@$digest$" <<<"$out"; then
  ok "push-images BUNDLE prints a table of source and target@digest"
else bad "push-images BUNDLE prints a table of source and target@digest (exit $rc)" "$out$(cat "$t/push.err")"; fi
grep -q "0.0 MiB sent" "$t/push.err" && ok "a second push sends no blob bytes" || bad "a second push sends no blob bytes" "$(cat "$t/push.err")"
left=$(find "$XDG_CACHE_HOME" -mindepth 3 -name 'push-*' 2>&1); frc=$? # find failing is no "none left"
[ $frc = 0 ] && [ -z "$left" ] && ok "push-images leaves no extracted files behind" ||
  bad "push-images leaves no extracted files behind" "find exited $frc: $left"
[ "$(catalog)" = '{"repositories":["team/app","team/sidecar"]}' ] && ok "only the bundle's images are on the mirror" \
  || bad "only the bundle's images are on the mirror" "$(catalog)"

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
