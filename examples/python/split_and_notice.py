#!/usr/bin/env python3
"""libcostshare from Python through the costshare package (bindings/python):
the 2018 cost split by the 2017 populations, and the 2024 notice dates of
Linköping. The same program as examples/lua, examples/node, examples/java and
examples/csharp.

    pip install --no-build-isolation ./bindings/python   # or PYTHONPATH=bindings/python
    python3 split_and_notice.py [path/to/libcostshare.so.1]

The library is the argument, else $COSTSHARE_LIBRARY, else the package's
bundled copy, else libcostshare.so.1 from the system's library path. The
output is examples/python/expected.txt.
"""
import datetime
import os
import sys

USAGE = """Usage: python3 split_and_notice.py [LIBRARY]

Prints the 2018 cost of the Östergötland integration coordinator (763945 SEK)
split by the 2017 populations with libcostshare's largest-remainder method,
and Linköping's 2024 notice dates: the latest day to give two months' notice
to be out by 2024-09-30, the last day in force and the refund start.

LIBRARY is the path of libcostshare.so.1; without it $COSTSHARE_LIBRARY,
else the costshare package's bundled copy, else libcostshare.so.1 from the
system's library path. Needs the costshare package (bindings/python,
installed or on PYTHONPATH). Exit status 0, or 1 with a one-line message on
stderr when the library cannot be loaded or refuses a call.
"""

if len(sys.argv) > 1 and sys.argv[1] in ("--help", "-h"):
    sys.stdout.write(USAGE)
    sys.exit(0)
if len(sys.argv) > 1:
    os.environ["COSTSHARE_LIBRARY"] = sys.argv[1]
try:
    import costshare
except (ImportError, OSError) as err:
    sys.exit("split_and_notice: %s" % err)

MUNICIPALITIES = [
    ("Boxholm", 5453), ("Finspång", 21577), ("Kinda", 9882), ("Linköping", 158520),
    ("Mjölby", 27019), ("Motala", 43549), ("Norrköping", 133749), ("Söderköping", 14521),
    ("Vadstena", 7421), ("Valdemarsvik", 7920), ("Ydre", 3733), ("Åtvidaberg", 11631),
    ("Ödeshög", 5343)]


def main():
    total = 763945
    shares = costshare.split(total, [population for _, population in MUNICIPALITIES])
    print("2018 cost %d SEK split by the 2017 populations (largest remainder):" % total)
    for (name, _), share in zip(MUNICIPALITIES, shares):
        print("%s: %d" % (name, share))
    print("total: %d" % sum(shares))

    wanted = datetime.date(2024, 9, 30)
    latest = costshare.notice_latest(wanted, 2, costshare.Unit.MONTHS)
    last_day = costshare.notice_end(latest, 2, costshare.Unit.MONTHS)
    print("2024 notice, two months, wanted last day %s:" % wanted)
    print("latest notice day: %s" % latest)
    print("last day in force: %s" % last_day)
    print("refund start: %s" % costshare.refund_start(last_day))


if __name__ == "__main__":
    try:
        main()
    except costshare.CostshareError as err:
        sys.exit("split_and_notice: %s" % err)
