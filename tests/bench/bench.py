#!/usr/bin/env python3
"""Slipway benchmarks: time a Slipway command and its anchor (kubectl, helm, …) in the same run.

    bench.py compare NAME RUNS --slipway[=LABEL] CMD… [--slipway=LABEL CMD…] --anchor CMD…
                     [--note TEXT]
    bench.py budget  NAME RUNS BUDGET_MS BUDGET_RSS_MB -- CMD…

A compare times one or more Slipway commands (each labelled, "slipway" by default) and one
anchor. Every run times each side once, and the order rotates from run to run (with two sides:
Slipway first, then the anchor first, …) so no side always runs on the machine the other has just
warmed or loaded. "{run}" in an argument becomes the run's number (0 for the warm-up), for
commands that must not repeat themselves, such as installing a release under a new name. Prints
the median and best wall time, the peak RSS, and each Slipway side / anchor ratio; --note TEXT
(what differs between the sides) is printed beside the ratio. A benchmark reports; it never fails
on timing (CI must not fail on noise). It fails only when a command itself fails, because then
there is nothing to measure.

The Slipway programs timed should be the Release build's (tests/bench/CMakeLists.txt,
SLIPWAY_BENCH_BIN_DIR): when CTest says they are not (SLIPWAY_BENCH_PROGRAMS set but empty), every
benchmark reports a warning naming the build type timed instead.

CTest hides a passing test's output, so every report line is also appended to the file named by
SLIPWAY_BENCH_REPORT (./test.sh --bench prints it at the end).
"""
import os
import statistics
import subprocess
import sys
import time


def report(line):
    print(line)
    path = os.environ.get("SLIPWAY_BENCH_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def programs(name):
    """Says which build's programs are timed; a warning when it is not the Release build."""
    if "SLIPWAY_BENCH_PROGRAMS" not in os.environ:
        return
    where = os.environ["SLIPWAY_BENCH_PROGRAMS"]
    if where:
        print(f"{name}: Slipway programs from {where}")
    else:
        build = os.environ.get("SLIPWAY_BENCH_BUILD_TYPE")
        build = f"the {build} build's" if build else "this build's"
        line = (f"{name}: WARNING: timing {build} programs, not the Release build's "
                f"(configure with -DSLIPWAY_BENCH_BIN_DIR=<release>/bin; ./test.sh --bench does)")
        report(line)


def run_once(cmd):
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except OSError as e:
        sys.exit(f"bench: cannot start {cmd[0]}: {e.strerror}")
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {code}: {err.strip()[-400:]}")
    return elapsed, usage.ru_maxrss / 1024.0  # ru_maxrss is in KiB on Linux


def summary(samples):
    times = [t for t, _ in samples]
    return statistics.median(times), min(times), max(r for _, r in samples)


def numbered(cmd, n):
    return [arg.replace("{run}", str(n)) for arg in cmd]


def compare(name, runs, sides, anchor, note=None):
    """sides: [(label, cmd)] of Slipway commands; anchor: cmd. Returns nothing; reports."""
    programs(name)
    order = [*sides, ("anchor", anchor)]
    samples = {label: [] for label, _ in order}
    for label, cmd in order:  # warm caches for every side alike
        run_once(numbered(cmd, 0))
    for n in range(1, runs + 1):
        shift = (n - 1) % len(order)
        for label, cmd in order[shift:] + order[:shift]:
            samples[label].append(run_once(numbered(cmd, n)))
    width = max(len(label) for label, _ in order)
    am, ab, ar = summary(samples["anchor"])
    for label, _ in sides:
        sm, sb, sr = summary(samples[label])
        report(f"{name}: {label:<{width}} median {sm:.1f} ms (best {sb:.1f}, peak RSS {sr:.0f} MB)")
    report(f"{name}: {'anchor':<{width}} median {am:.1f} ms (best {ab:.1f}, peak RSS {ar:.0f} MB)  "
           f"[{' '.join(anchor)}]")
    for label, _ in sides:
        sm = summary(samples[label])[0]
        report(f"{name}: ratio {label}/anchor = {sm / am:.2f}x (median of {runs} runs, order alternating)"
               + (f"; {note}" if note else ""))


def budget(name, runs, budget_ms, budget_rss, cmd):
    programs(name)
    run_once(cmd)
    m, b, r = summary([run_once(cmd) for _ in range(runs)])
    report(f"{name}: median {m:.1f} ms (best {b:.1f}), peak RSS {r:.0f} MB")
    report(f"{name}: budget {budget_ms} ms / {budget_rss} MB -> time {m / budget_ms:.2f}x of budget, "
          f"RSS {r / budget_rss:.2f}x of budget ({'within' if m <= budget_ms and r <= budget_rss else 'OVER'})")


def parse_compare(args):
    """args after NAME RUNS: sides introduced by --slipway[=LABEL], --anchor and --note."""
    sides, anchor, note, current = [], None, None, None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--slipway" or arg.startswith("--slipway="):
            current = []
            sides.append((arg.partition("=")[2] or "slipway", current))
        elif arg == "--anchor":
            current = anchor = []
        elif arg == "--note" and i + 1 < len(args):
            note = args[i + 1]
            i += 1
        elif current is None:
            return None
        else:
            current.append(arg)
        i += 1
    if not sides or not anchor or any(not cmd for _, cmd in sides):
        return None
    if len({label for label, _ in sides}) != len(sides) or any(l == "anchor" for l, _ in sides):
        return None
    return sides, anchor, note


def main(argv):
    parsed = parse_compare(argv[4:]) if len(argv) >= 4 and argv[1] == "compare" else None
    if parsed:
        compare(argv[2], int(argv[3]), *parsed)
    elif len(argv) >= 8 and argv[1] == "budget" and argv[6] == "--":
        budget(argv[2], int(argv[3]), float(argv[4]), float(argv[5]), argv[7:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
