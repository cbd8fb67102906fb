#!/usr/bin/env python3
"""The Python binding against C, in one run: 10^6 date additions and a
10^5-party split, timed from Python through the costshare package and in C by
bench_python (bench/bench_python.c, the same inputs), and the ratio of the
two (docs/performance.md).

    cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
    cmake --build build/bench --target costshare_shared bench_python
    COSTSHARE_LIBRARY=build/bench/lib/libcostshare.so.1 PYTHONPATH=bindings/python \\
        python3 bench/bench_python.py build/bench/bench/bench_python

The Python side adds the months with date_add_batch() on an array('i') of day
numbers and splits an array('q') of weights: each one call that hands the
buffer to the library as it is. For comparison it also times date_add()
called once per date (on 10^5 dates, scaled to 10^6). Each figure is the best
of five rounds. Set COSTSHARE_LIBRARY to the library bench_python links, so
both sides run the same build.
"""

import array
import datetime
import os
import platform
import subprocess
import sys
import time

import costshare as cs

DATES = 1000000
PARTIES = 100000
TOTAL = 763945000
ROUNDS = 5


def best_ns(work, rounds=ROUNDS):
    best = None
    result = None
    for _ in range(rounds):
        start = time.perf_counter_ns()
        result = work()
        took = time.perf_counter_ns() - start
        best = took if best is None or took < best else best
    return best, result


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        sys.stdout.write(__doc__)
        return 0 if len(sys.argv) == 2 else 2
    run = subprocess.run([sys.argv[1], str(ROUNDS)], stdout=subprocess.PIPE,
                         universal_newlines=True, check=True)
    c = {}
    for line in run.stdout.splitlines():
        name, value, *rest = line.split()
        c[name] = (value, rest)

    days = array.array("i", (7305 + (i * 7919) % 40000 for i in range(DATES)))
    weights = array.array("q", (1 + (i * 104729) % 1000003 for i in range(PARTIES)))

    has_batch = "costshare_date_add_batch" in cs._native.AVAILABLE
    if has_batch:
        batch_ns, ends = best_ns(lambda: cs.date_add_batch(days, 2, cs.Unit.MONTHS))
    split_ns, shares = best_ns(lambda: cs.split(TOTAL, weights))
    dates = [cs.from_day_number(d) for d in days[:DATES // 10]]
    single_ns, tenth = best_ns(lambda: [cs.date_add(d, 2, cs.Unit.MONTHS) for d in dates], 1)
    single_ns *= 10

    # The same results as C: the checksums bench_python.c prints.
    c_add, c_split = float(c["date_add_loop"][0]), float(c["split"][0])
    split_check = sum(s * (i % 7 + 1) for i, s in enumerate(shares))
    if int(c["split"][1][0]) != split_check or (
            has_batch and int(c["date_add_loop"][1][0]) != sum(ends)) or (
            [cs.to_day_number(d) for d in tenth] != list(
                cs.to_day_number(cs.date_add(d, 2, cs.Unit.MONTHS)) for d in dates)):
        sys.exit("bench_python: Python and C results differ")

    print("CPU: %s (%d cores); Python %s; libcostshare %s (C) and %s (Python, %s)"
          % (cpu_model(), os.cpu_count() or 0, platform.python_version(), c["library"][0],
             cs.__version__, cs._native.path))
    print("%-44s %10s %10s %7s" % ("work", "C ms", "Python ms", "ratio"))
    rows = [("10^5-party split (split, array('q'))", c_split, split_ns),
            ("10^6 date additions (date_add per date)", c_add, single_ns)]
    if has_batch:
        rows.insert(0, ("10^6 date additions (date_add_batch)", c_add, batch_ns))
    else:
        print("(the loaded library has no costshare_date_add_batch)")
    for name, c_ns, py_ns in rows:
        print("%-44s %10.2f %10.2f %6.2fx" % (name, c_ns / 1e6, py_ns / 1e6, py_ns / c_ns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
