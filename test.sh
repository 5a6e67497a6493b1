#!/usr/bin/env bash
# test.sh — build Slipway (Debug, assertions on, in build/), bring up the testbed, run every CTest
# suite, stop the testbed again (also on failure or Ctrl-C), and build the Release programs as
# ./run.sh does (build/release). Exits non-zero on any failure.
#
#   ./test.sh              unit, gui, e2e, testbed and fuzz suites
#   ./test.sh --bench      the benchmarks as well, timing the Release programs of build/release
#                          (slipway, slipway-cli and the pod benchmarks' programs; they print
#                          Slipway / anchor ratios; never fail on time)
#   ./test.sh -L unit      only the suites whose CTest label matches (no testbed unless e2e, testbed or bench is asked for)
set -euo pipefail
cd "$(dirname "$0")"
REPO=$PWD
T0=$SECONDS
LABELS='unit|gui|e2e|testbed|fuzz'
while [ $# -gt 0 ]; do
  case $1 in
    --bench) LABELS="$LABELS|bench"; shift ;;
    -L) LABELS=${2:?-L needs a label regex}; shift 2 ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

# shellcheck source=.ci/deps.sh
. .ci/deps.sh
CACHE=${SLIPWAY_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/slipway}
slipway_ensure_packages "${SLIPWAY_BUILD_PACKAGES[@]}" "${SLIPWAY_TEST_PACKAGES[@]}"

NEED_TESTBED=0
if [[ $LABELS == *e2e* || $LABELS == *testbed* || $LABELS == *bench* ]]; then NEED_TESTBED=1; fi
TESTBED=tests/testbed/testbed
if [ $NEED_TESTBED = 1 ]; then
  slipway_ensure_go "$CACHE"
  "$TESTBED" build
fi
if [[ $LABELS == *e2e* ]]; then
  # The S3 server of the connection tests, into the folder tests/e2e/servers/CMakeLists.txt names.
  slipway_ensure_go "$CACHE"
  (. tests/e2e/servers/versions.env && bash tests/e2e/servers/build.sh "$CACHE/servers/versitygw$VERSITYGW_VERSION")
fi

# The Release programs, exactly as ./run.sh builds them (preset release: slipway and slipway-cli
# only, in build/release). The optimiser adds warnings of its own (-Werror), so this checks that
# they still compile; the benchmarks time them.
RELEASE_CHECKED=0
release_build() {
  RELEASE_CHECKED=1
  local targets=(slipway slipway-cli)
  # The pod benchmarks' programs too when they will be timed (target slipway_bench_programs).
  [[ $LABELS == *bench* ]] && targets+=(slipway_bench_programs)
  echo "== build (Release, ${targets[*]}, build/release) =="
  cmake --preset release >/dev/null &&
    cmake --build build/release --target "${targets[@]}" --parallel "$(nproc)" && return 0
  echo "test.sh: the Release build (./run.sh's) fails" >&2
  return 1
}

echo "== build (Debug) =="
# SLIPWAY_BENCH_BIN_DIR: the benchmarks time the Release programs, not this build's.
cmake --preset debug -DSLIPWAY_BENCH_BIN_DIR="$REPO/build/release/bin" >/dev/null
cmake --build build --parallel "$(nproc)"

rc=0
if [[ $LABELS == *bench* ]] && ! release_build; then
  echo "test.sh: no Release programs to time; the benchmarks are skipped" >&2
  rc=1
  LABELS=$(printf '%s' "$LABELS" | sed 's/|bench//; s/^bench|//; s/^bench$//')
  [[ $LABELS == *e2e* || $LABELS == *testbed* ]] || NEED_TESTBED=0
fi

STARTED=0
stop_testbed() { [ $STARTED = 1 ] && { echo "== testbed down =="; "$TESTBED" down || true; }; STARTED=0; }
trap stop_testbed EXIT
CHILD=""
# `wait` returns as soon as a trapped signal arrives, so Ctrl-C stops the run (and the testbed)
# at once instead of after CTest has gone through every remaining test.
interrupted() {
  echo "test.sh: interrupted" >&2
  [ -n "$CHILD" ] && kill -TERM "$CHILD" 2>/dev/null
  exit 130
}
trap interrupted INT TERM
run() { "$@" & CHILD=$!; wait "$CHILD"; local rc=$?; CHILD=""; return $rc; }
if [ $NEED_TESTBED = 1 ]; then
  if "$TESTBED" status >/dev/null 2>&1; then
    echo "== testbed: already running, reused and left running =="
  else
    echo "== testbed up =="
    STARTED=1
    run "$TESTBED" up
  fi
  eval "$("$TESTBED" env)"
fi

echo "== tests (labels: $LABELS); $((SECONDS - T0)) s before the first test =="
rm -f build/bench-report.txt
[ -n "$LABELS" ] && { run ctest --test-dir build --output-on-failure --no-tests=error -L "$LABELS" || rc=$?; }
stop_testbed  # the steps below do not need it

# Without the benchmarks the Release check comes after the tests, so it does not delay them.
if [ $RELEASE_CHECKED = 0 ]; then release_build || rc=1; fi

# Fuzzing proper: the same fuzz targets built with clang, libFuzzer, ASan and UBSan, each fuzzing
# for SLIPWAY_FUZZ_SECONDS (default 20) from its seed corpus.
if [[ $LABELS == *fuzz* ]]; then
  echo "== fuzzing (libFuzzer + ASan/UBSan, ${SLIPWAY_FUZZ_SECONDS:-20} s per target) =="
  cmake --preset fuzz -DSLIPWAY_FUZZ_SECONDS="${SLIPWAY_FUZZ_SECONDS:-20}" >/dev/null
  cmake --build build/fuzz --target slipway_fuzz_targets --parallel "$(nproc)"
  run ctest --test-dir build/fuzz --output-on-failure --no-tests=error -L fuzz || rc=$?
fi
if [ -s build/bench-report.txt ]; then echo "== benchmarks (Slipway / anchor) =="; cat build/bench-report.txt; fi
exit $rc
