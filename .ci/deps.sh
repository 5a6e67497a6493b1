# deps.sh — sourced by run.sh and test.sh: makes sure what Slipway builds and tests with is present.
#
# Debian packages are installed with apt when running as root; otherwise the exact apt-get line is
# printed. Go (needed only to build the testbed and helm, never for Slipway itself) is taken from
# PATH when it is new enough, else fetched once from the Go module proxy as the official
# golang.org/toolchain module into the cache.

SLIPWAY_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libyaml-cpp-dev libcurl4-openssl-dev libquazip1-qt6-dev libgl-dev libarchive-dev libvalijson-dev
  libpq-dev
)
# The connection tests' servers (tests/e2e/servers; S3's versitygw is built from Go modules) and
# the registry tests' (Debian's docker-registry, htpasswd, skopeo as the benchmark's anchor).
SLIPWAY_TEST_PACKAGES=(curl openssl ca-certificates unzip python3 xvfb xauth clang libclang-rt-14-dev
  postgresql redis-server clickhouse-server docker-registry apache2-utils skopeo minisign)
SLIPWAY_GO_TOOLCHAIN=${SLIPWAY_GO_TOOLCHAIN:-go1.26.8}

slipway_missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
  done
}

# slipway_ensure_packages PACKAGE... — returns non-zero (after saying what to run) if any is missing
slipway_ensure_packages() {
  local missing
  missing=$(slipway_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "slipway: installing Debian packages: $missing" >&2
    # shellcheck disable=SC2086  # one word per package
    { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing ||
      { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; }; } >&2
  else
    echo "slipway: these Debian packages are missing. Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends $missing" >&2
    return 1
  fi
}

slipway_go_ok() {
  command -v go >/dev/null 2>&1 || return 1
  local have; have=$(go env GOVERSION 2>/dev/null); have=${have#go}
  [ "$(printf '%s\n1.26\n' "$have" | sort -V | head -n1)" = 1.26 ]
}

# slipway_ensure_go CACHE_DIR — puts a Go >= 1.26 first on PATH
slipway_ensure_go() {
  slipway_go_ok && return 0
  local cache=$1 arch
  case $(uname -m) in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) echo "slipway: no Go toolchain for $(uname -m)" >&2; return 1 ;; esac
  local dest="$cache/go/$SLIPWAY_GO_TOOLCHAIN"
  if [ ! -x "$dest/bin/go" ]; then
    local ver="v0.0.1-$SLIPWAY_GO_TOOLCHAIN.linux-$arch" tmp
    echo "slipway: fetching Go $SLIPWAY_GO_TOOLCHAIN from the Go module proxy (golang.org/toolchain $ver)" >&2
    tmp=$(mktemp -d)
    if ! curl -fsSL --retry 3 -o "$tmp/go.zip" "https://proxy.golang.org/golang.org/toolchain/@v/$ver.zip" ||
       ! unzip -q "$tmp/go.zip" -d "$tmp/x"; then
      rm -rf "$tmp"; echo "slipway: could not fetch Go; install Go >= 1.26 and retry" >&2; return 1
    fi
    mkdir -p "$(dirname "$dest")"; rm -rf "$dest"
    mv "$tmp/x/golang.org/toolchain@$ver" "$dest" && chmod +x "$dest/bin/"* "$dest/pkg/tool/"*/* 2>/dev/null
    rm -rf "$tmp"
  fi
  export PATH="$dest/bin:$PATH"
  slipway_go_ok
}
