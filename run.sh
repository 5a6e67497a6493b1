#!/usr/bin/env bash
# run.sh — build Slipway's programs (Release, build/release) and start build/release/bin/slipway.
#
#   ./run.sh               use your kubeconfig (KUBECONFIG or ~/.kube/config); without a usable one,
#                          start the local sandbox cluster first and point Slipway at it
#   ./run.sh --sandbox     always use the sandbox cluster (tests/testbed; stop it with
#                          tests/testbed/testbed down)
#   ./run.sh -- ARGS…      pass ARGS to slipway
set -euo pipefail
cd "$(dirname "$0")"
SANDBOX=0
ARGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --sandbox) SANDBOX=1; shift ;;
    --) shift; ARGS=("$@"); break ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  again="./run.sh"; [ $SANDBOX = 1 ] && again="./run.sh --sandbox"
  cat >&2 <<MSG
run.sh: there is no display (DISPLAY / WAYLAND_DISPLAY are unset). Run Slipway under a virtual one:
  xvfb-run -a $again        (xvfb-run is in the Debian package xvfb)
or without any window system:
  QT_QPA_PLATFORM=offscreen $again
MSG
  exit 1
fi

# shellcheck source=.ci/deps.sh
. .ci/deps.sh
CACHE=${SLIPWAY_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/slipway}
slipway_ensure_packages "${SLIPWAY_BUILD_PACKAGES[@]}"

# The Release programs only, in build/release (the folder ./test.sh checks the Release build in);
# build/ stays ./test.sh's Debug build, and the test suites are not compiled here.
echo "== build (Release, slipway and slipway-cli, build/release) =="
cmake --preset release >/dev/null
cmake --build build/release --target slipway slipway-cli --parallel "$(nproc)"
BIN=build/release/bin

# Usable = a kubeconfig that parses and names a current context. One whose cluster is merely
# unreachable is still the user's choice: Slipway opens on it and explains the failure.
if [ $SANDBOX = 0 ] && ! $BIN/slipway-cli contexts -o json 2>/dev/null | grep -q '"currentContext": "[^"]'; then
  echo "run.sh: no usable kubeconfig (KUBECONFIG or ~/.kube/config with a current context); starting the sandbox cluster" >&2
  SANDBOX=1
fi
if [ $SANDBOX = 1 ]; then
  slipway_ensure_packages "${SLIPWAY_TEST_PACKAGES[@]}"
  slipway_ensure_go "$CACHE"
  tests/testbed/testbed up
  eval "$(tests/testbed/testbed env)"
  # A fresh sandbox has no release: Backline goes in, so the window opens on a real stack with
  # live pods and every day-2 button has something to work on.
  if ! $BIN/slipway-cli history --product backline >/dev/null 2>&1; then
    echo "run.sh: installing Backline into the sandbox (namespace backline)" >&2
    $BIN/slipway-cli install --product backline --answers tests/testbed/sandbox-backline.yaml >&2 ||
      echo "run.sh: Backline could not be installed into the sandbox; Slipway starts without it" >&2
  fi
  echo "run.sh: the sandbox keeps running after Slipway closes; stop it with tests/testbed/testbed down" >&2
fi

exec "$BIN/slipway" "${ARGS[@]}"
