#!/usr/bin/env bash
# slipway-cli bundle pull-image / push-images against real registries (docker-registry on
# loopback, one anonymous, one with htpasswd): exit codes, the password from stdin, the docker
# config, and digests unchanged through pull → push → pull. No testbed.
#   cli_bundle_images.sh [SLIPWAY_CLI]   (default: $SLIPWAY_BIN_DIR/slipway-cli)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$SLIPWAY_BIN_DIR/slipway-cli}
# shellcheck source=registry_lib.sh
. "$here/registry_lib.sh"
reg_need docker-registry htpasswd || exit 1
REG_TMP=$(mktemp -d)
trap 'reg_stop; rm -rf "$REG_TMP"' EXIT
t=$REG_TMP
reg_checks

reg_start source || { echo "docker-registry did not start" >&2; exit 1; }
reg_start target slipway 'cli-Pa55' || { echo "docker-registry did not start" >&2; exit 1; }
src=127.0.0.1:$REG_PORT_source; dst=127.0.0.1:$REG_PORT_target
digest=$(reg_layout "$t/seed" seed.test/team/app:1 2 1)

expect "push-images to an anonymous registry" 0 "$cli" bundle push-images --layout "$t/seed" --registry "$src" --plain-http
expect "pull-image by tag" 0 "$cli" bundle pull-image "$src/team/app:1" --layout "$t/pulled" --plain-http
out=$("$cli" bundle pull-image "$src/team/app:1" --layout "$t/pulled" --plain-http -o json 2>/dev/null)
if grep -q '"bytesTransferred": 0' <<<"$out" && grep -q "$digest" <<<"$out"; then ok "a second pull transfers no blob bytes and names the digest"
else bad "a second pull transfers no blob bytes and names the digest" "$out"; fi
expect "pull-image of an unknown tag exits 12" 12 "$cli" bundle pull-image "$src/team/app:2" --layout "$t/none" --plain-http
expect "pull-image of a bad reference exits 2" 2 "$cli" bundle pull-image "$src/Team/app:1" --layout "$t/none" --plain-http
expect "plain http beyond loopback exits 12" 12 "$cli" bundle pull-image registry.example/app:1 --layout "$t/none" --plain-http

out=$(echo 'wrong-Pa55' | "$cli" bundle push-images --layout "$t/pulled" --registry "$dst" --plain-http --username slipway --password-stdin 2>&1); rc=$?
if [ $rc = 12 ] && grep -q 'authentication failed' <<<"$out" && ! grep -q 'wrong-Pa55' <<<"$out"; then ok "a wrong password exits 12, says so and never shows it"
else bad "a wrong password exits 12, says so and never shows it (exit $rc)" "$out"; fi
push_ok() { echo 'cli-Pa55' | "$cli" bundle push-images --layout "$t/pulled" --registry "$dst" --plain-http --username slipway --password-stdin; }
expect "push-images with the password on stdin" 0 push_ok

mkdir -p "$t/docker"
printf '{"auths":{"%s":{"auth":"%s"}}}' "$dst" "$(printf 'slipway:cli-Pa55' | base64)" >"$t/docker/config.json"
out=$(DOCKER_CONFIG=$t/docker "$cli" bundle pull-image "$dst/team/app:1" --layout "$t/back" --plain-http 2>&1); rc=$?
if [ $rc = 0 ] && grep -q "$digest" <<<"$out"; then ok "pull-image with the docker config's credentials gives the same digest"
else bad "pull-image with the docker config's credentials gives the same digest (exit $rc)" "$out"; fi
if diff <(ls "$t/seed/blobs/sha256") <(ls "$t/back/blobs/sha256") >/dev/null; then ok "every blob came back"
else bad "every blob came back" "$(diff <(ls "$t/seed/blobs/sha256") <(ls "$t/back/blobs/sha256"))"; fi

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
