#!/usr/bin/env bash
# build.sh OUT — build the S3-compatible server the connection tests use (versitygw, a real S3
# gateway over a POSIX folder) from Go modules, as tests/testbed/build.sh builds helm: Go module
# proxy only, a scratch folder moved into OUT only when complete, and a stamp file on success.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=versions.env
. "$HERE/versions.env"
OUT=${1:?usage: build.sh OUT}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
[ -f "$OUT/.done-versitygw" ] && exit 0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/slipway-servers-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The machines reach the module proxy but not the checksum database.
export CGO_ENABLED=0 GOTOOLCHAIN=local GOSUMDB=off GOFLAGS=-mod=mod GOPROXY=${GOPROXY:-https://proxy.golang.org}
export GONOSUMCHECK=1 GONOSUMDB='*'
printf '[servers build %(%H:%M:%S)T] versitygw v%s\n' -1 "$VERSITYGW_VERSION" >&2
mkdir -p "$WORK/versitygw" && cd "$WORK/versitygw"
printf 'module servers.local/versitygw\n\ngo 1.26.0\n' >go.mod
go get "github.com/versity/versitygw/cmd/versitygw@v$VERSITYGW_VERSION"
go build -trimpath -ldflags="-s -w" -o "$WORK/versitygw.bin" github.com/versity/versitygw/cmd/versitygw
cp -a "$WORK/versitygw.bin" "$OUT/.versitygw.tmp" && mv -f "$OUT/.versitygw.tmp" "$OUT/versitygw"
: >"$OUT/.done-versitygw"
