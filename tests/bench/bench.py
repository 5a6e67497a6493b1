#!/usr/bin/env python3
"""Slipway benchmarks: time a Slipway command and its anchor (kubectl, helm, …) in the same run.

    bench.py compare NAME RUNS --slipway CMD… --anchor CMD…
    bench.py budget  NAME RUNS BUDGET_MS BUDGET_RSS_MB -- CMD…

Runs alternate between Slipway and the anchor so both see the same machine load. In a compare,
"{run}" in an argument becomes the run's number (0 for the warm-up), for commands that must not
repeat themselves, such as installing a release under a new name. Prints the
median and best wall time, the peak RSS, and the Slipway / anchor ratio. A benchmark reports; it
never fails on timing (CI must not fail on noise). It fails only when a command itself fails,
because then there is nothing to measure.

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


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def compare(name, runs, slipway, anchor):
    run_once(numbered(slipway, 0)), run_once(numbered(anchor, 0))  # warm caches for both alike
    s, a = [], []
    for n in range(1, runs + 1):
        s.append(run_once(numbered(slipway, n)))
        a.append(run_once(numbered(anchor, n)))
    sm, sb, sr = summary(s)
    am, ab, ar = summary(a)
    report(f"{name}: slipway median {sm:.1f} ms (best {sb:.1f}, peak RSS {sr:.0f} MB)")
    report(f"{name}: anchor  median {am:.1f} ms (best {ab:.1f}, peak RSS {ar:.0f} MB)  [{' '.join(anchor)}]")
    report(f"{name}: ratio slipway/anchor = {sm / am:.2f}x (median of {runs} runs)")


def budget(name, runs, budget_ms, budget_rss, cmd):
    run_once(cmd)
    m, b, r = summary([run_once(cmd) for _ in range(runs)])
    report(f"{name}: median {m:.1f} ms (best {b:.1f}), peak RSS {r:.0f} MB")
    report(f"{name}: budget {budget_ms} ms / {budget_rss} MB -> time {m / budget_ms:.2f}x of budget, "
          f"RSS {r / budget_rss:.2f}x of budget ({'within' if m <= budget_ms and r <= budget_rss else 'OVER'})")


def main(argv):
    if len(argv) >= 4 and argv[1] == "compare" and "--slipway" in argv and "--anchor" in argv:
        i, j = argv.index("--slipway"), argv.index("--anchor")
        compare(argv[2], int(argv[3]), argv[i + 1:j], argv[j + 1:])
    elif len(argv) >= 8 and argv[1] == "budget" and argv[6] == "--":
        budget(argv[2], int(argv[3]), float(argv[4]), float(argv[5]), argv[7:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
