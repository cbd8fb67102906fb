#!/usr/bin/env python3
"""Differential test of libcostshare against an independent exact reference.

The reference below computes every result with fractions.Fraction from the
rules as documented in the public headers (include/costshare/split.h and
refund.h), without looking at the C code, and the script compares it with the
library over many generated cases (a fixed seed: every run checks the same
cases), including the int64 extremes: totals of INT64_MIN and INT64_MAX,
weights that sum to exactly INT64_MAX and to one more (the library must then
refuse with COSTSHARE_EOVERFLOW exactly when the reference says "does not
fit").

Covered: costshare_split_ex() (largest remainder with its tie rule, rounding
units, the mixed key, the legacy round-each method and its residual),
costshare_split(), costshare_split_percentages(), costshare_round_scale() in all five
rounding modes, costshare_post_cost(), costshare_refund_prorate() by days and by
months.

Standard library only. The library is loaded with ctypes from the path in
the environment variable COSTSHARE_LIBRARY (ctest sets it to the shared
library it built):

    COSTSHARE_LIBRARY=build/lib/libcostshare.so python3 tests/differential/differential.py

Options: --cases N (default 4000 per group), --seed S. Exit status 0 when
every case agrees, 1 on the first disagreement (printed with its inputs).
"""

import argparse
import ctypes
import datetime
import os
import random
import sys
import time
from fractions import Fraction

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# Return codes and constants (include/costshare/error.h, split.h, refund.h).
OK, EINVAL, ERANGE, EOVERFLOW, ENOWEIGHT = 0, -1, -2, -3, -4
EBACKWARDS = -23
HALF_AWAY, HALF_EVEN, FLOOR, CEILING, TOWARD_ZERO = 0, 1, 2, 3, 4
MODES = (HALF_AWAY, HALF_EVEN, FLOOR, CEILING, TOWARD_ZERO)
LARGEST_REMAINDER, ROUND_EACH = 0, 1
BASIS_DAYS, BASIS_MONTHS = 0, 1
EPOCH = datetime.date(1970, 1, 1).toordinal()


class Mismatch(Exception):
    pass


def fits(v):
    return INT64_MIN <= v <= INT64_MAX


# ----------------------------------------------------------------------------
# The reference: exact, from the documentation.
# ----------------------------------------------------------------------------

def floor_frac(q):
    """floor(q) and q - floor(q) for a non-negative Fraction."""
    fl = q.numerator // q.denominator
    return fl, q - fl


def round_fraction(q, mode):
    """q rounded to an integer by a COSTSHARE_ROUND_* mode."""
    sign = -1 if q < 0 else 1
    a = abs(q)
    whole, rest = floor_frac(a)
    half = Fraction(1, 2)
    if mode == HALF_AWAY:
        up = rest >= half
    elif mode == HALF_EVEN:
        up = rest > half or (rest == half and whole % 2 == 1)
    elif mode == TOWARD_ZERO:
        up = False
    elif mode == FLOOR:
        up = sign < 0 and rest != 0
    elif mode == CEILING:
        up = sign > 0 and rest != 0
    else:
        raise ValueError(mode)
    return sign * (whole + (1 if up else 0))


def ref_split(total, weights, method=LARGEST_REMAINDER, unit=1, fixed=0, want_residual=True):
    """(code, shares, residual) as split.h documents costshare_split_ex()."""
    n = len(weights)
    if method not in (LARGEST_REMAINDER, ROUND_EACH):
        return EINVAL, None, None
    if n == 0:
        return ERANGE, None, None
    # The fixed part is always in whole units; the total only for the legacy
    # method (largest remainder leaves |total| mod unit unsplit, as residual).
    if unit < 1 or abs(fixed) % unit or (method == ROUND_EACH and abs(total) % unit):
        return ERANGE, None, None
    if abs(fixed) > abs(total) or (fixed != 0 and (fixed < 0) != (total < 0)):
        return ERANGE, None, None
    if any(w < 0 for w in weights):
        return ERANGE, None, None
    wsum = sum(weights)
    if wsum > INT64_MAX:
        return EOVERFLOW, None, None
    if wsum == 0:
        return ENOWEIGHT, None, None
    t = abs(total) // unit
    f = abs(fixed) // unit
    quotas = [Fraction(f, n) + Fraction((t - f) * w, wsum) for w in weights]
    parts = [floor_frac(q) for q in quotas]
    if method == LARGEST_REMAINDER:
        units = [fl for fl, _ in parts]
        left = t - sum(units)
        # Largest fractional part first; ties: larger weight, then lower index.
        order = sorted(range(n), key=lambda i: (-parts[i][1], -weights[i], i))
        for i in order[:left]:
            units[i] += 1
    else:
        units = [fl + (1 if fr >= Fraction(1, 2) else 0) for fl, fr in parts]
    sign = -1 if total < 0 else 1
    shares = [sign * u * unit for u in units]
    residual = sum(shares) - total
    if want_residual and not fits(residual):
        return EOVERFLOW, None, None
    return OK, shares, residual


def ref_scale(amount, numerator, denominator, mode):
    if mode not in MODES:
        return EINVAL, None
    if denominator == 0:
        return ERANGE, None
    r = round_fraction(Fraction(amount * numerator, denominator), mode)
    return (OK, r) if fits(r) else (EOVERFLOW, None)


def ref_post_cost(monthly, bp, months, mode):
    if mode not in MODES:
        return EINVAL, None
    if monthly < 0 or bp < 0 or bp > 1000000 or months < 0:
        return ERANGE, None
    r = round_fraction(Fraction(monthly * (10000 + bp) * months, 10000), mode)
    return (OK, r) if fits(r) else (EOVERFLOW, None)


def day_number(d):
    return d.toordinal() - EPOCH


def from_day(n):
    return datetime.date.fromordinal(n + EPOCH)


def is_month_first(n):
    return from_day(n).day == 1


def is_month_last(n):
    return from_day(n + 1).day == 1 if n < day_number(datetime.date(9999, 12, 31)) else True


def month_index(n):
    d = from_day(n)
    return d.year * 12 + d.month - 1


def ref_prorate(amount, pf, pl, frm, to, basis, mode):
    """costshare_refund_prorate() as refund.h documents it."""
    if basis not in (BASIS_DAYS, BASIS_MONTHS) or mode not in MODES:
        return EINVAL, None
    if pl < pf or to < frm:
        return EBACKWARDS, None  # dates in the wrong order
    lo, hi = max(pf, frm), min(pl, to)
    if hi < lo:
        return OK, 0  # the range misses the period
    if lo == pf and hi == pl:
        return OK, amount  # the range covers the period
    # Only a proper part pro-rated by months counts months: then the period
    # and the part of the range within it must be whole calendar months.
    if basis == BASIS_MONTHS and not (is_month_first(pf) and is_month_last(pl) and
                                      is_month_first(lo) and is_month_last(hi)):
        return ERANGE, None
    if basis == BASIS_DAYS:
        part, whole = hi - lo + 1, pl - pf + 1
    else:
        part = month_index(hi) - month_index(lo) + 1
        whole = month_index(pl) - month_index(pf) + 1
    r = round_fraction(Fraction(amount * part, whole), mode)
    assert abs(r) <= abs(amount)
    return OK, r


# ----------------------------------------------------------------------------
# The library through ctypes.
# ----------------------------------------------------------------------------

class SplitOptions(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("method", ctypes.c_int32),
                ("unit", ctypes.c_int64), ("fixed", ctypes.c_int64)]


def load(path):
    lib = ctypes.CDLL(path)
    i64, i32, p64 = ctypes.c_int64, ctypes.c_int32, ctypes.POINTER(ctypes.c_int64)
    lib.costshare_split_ex.argtypes = [i64, p64, ctypes.c_size_t,
                                       ctypes.POINTER(SplitOptions), p64, p64]
    lib.costshare_split.argtypes = [i64, p64, ctypes.c_size_t, p64]
    lib.costshare_split_percentages.argtypes = [p64, ctypes.c_size_t, i32, p64]
    lib.costshare_round_scale.argtypes = [i64, i64, i64, i32, p64]
    lib.costshare_post_cost.argtypes = [i64, i64, i32, i32, p64]
    lib.costshare_refund_prorate.argtypes = [i64, i32, i32, i32, i32, i32, i32, p64]
    for f in (lib.costshare_split_ex, lib.costshare_split, lib.costshare_split_percentages,
              lib.costshare_round_scale, lib.costshare_post_cost, lib.costshare_refund_prorate):
        f.restype = ctypes.c_int
    return lib


SENTINEL = 0x5A5A5A5A5A5A5A5A


def lib_split(lib, total, weights, method, unit, fixed, want_residual):
    n = len(weights)
    w = (ctypes.c_int64 * max(n, 1))(*weights)
    out = (ctypes.c_int64 * max(n, 1))(*([SENTINEL] * max(n, 1)))
    res = ctypes.c_int64(SENTINEL)
    opts = SplitOptions(1, method, unit, fixed)
    rc = lib.costshare_split_ex(total, w, n, ctypes.byref(opts), out,
                                ctypes.byref(res) if want_residual else None)
    if rc != OK:
        if any(v != SENTINEL for v in out) or res.value != SENTINEL:
            raise Mismatch("a refused split wrote its outputs")
        return rc, None, None
    return rc, list(out)[:n], res.value


# ----------------------------------------------------------------------------
# Generators.
# ----------------------------------------------------------------------------

def gen_weights(rng):
    n = rng.choice([1, 1, 2, 3, 4, 5, 7, 13, 13, 20, 50, rng.randint(1, 120)])
    kind = rng.randrange(10)
    if kind == 0:
        w = [rng.randint(0, 3) for _ in range(n)]  # many ties and zeros
    elif kind == 1:
        w = [rng.randint(1, 200000) for _ in range(n)]  # populations
    elif kind == 2:
        w = [rng.randint(0, INT64_MAX // n) for _ in range(n)]
    elif kind == 3:
        # Exactly INT64_MAX in all.
        cuts = sorted(rng.randint(0, INT64_MAX) for _ in range(n - 1))
        w = [b - a for a, b in zip([0] + cuts, cuts + [INT64_MAX])]
    elif kind == 4:
        # One more than INT64_MAX: must be refused as EOVERFLOW.
        cuts = sorted(rng.randint(0, INT64_MAX) for _ in range(n - 1))
        w = [b - a for a, b in zip([0] + cuts, cuts + [INT64_MAX])]
        if n > 1 and w[-1] < INT64_MAX:
            w[-1] += 1
        else:
            w = [INT64_MAX, 1]
    elif kind == 5:
        w = [rng.choice([0, 1, 2**62, INT64_MAX // 3, 5]) for _ in range(n)]
    elif kind == 6:
        w = [rng.randint(0, 10) * rng.choice([1, 3, 7, 1000003]) for _ in range(n)]
    elif kind == 7 and rng.random() < 0.2:
        w = [0] * n  # ENOWEIGHT
    elif kind == 8 and rng.random() < 0.2:
        w = [rng.randint(-5, 100) for _ in range(n)]  # maybe a negative one: ERANGE
    elif kind == 9 and rng.random() < 0.5:
        # Equal weights, small and huge: exact ties (a quota of k + 1/2 with
        # an even count and an odd total), for every internal representation.
        w = [rng.choice([1, 3, 2**62 // n, INT64_MAX // n])] * n
    else:
        w = [rng.randint(0, 2**rng.randint(1, 62)) for _ in range(n)]
        if sum(w) > INT64_MAX:
            w = [x // n for x in w]
    return w


def gen_total(rng):
    return rng.choice([
        INT64_MIN, INT64_MAX, INT64_MIN + 1, INT64_MAX - 1, 0, 1, -1, 763945, -701521,
        rng.randint(INT64_MIN, INT64_MAX), rng.randint(-10**9, 10**9),
        rng.randint(-1000, 1000), rng.randint(0, 10**12), rng.randint(-9, 9)])


def check_split(lib, rng):
    weights = gen_weights(rng)
    total = gen_total(rng)
    method = rng.choice([LARGEST_REMAINDER, LARGEST_REMAINDER, ROUND_EACH])
    unit = rng.choice([1, 1, 1, 100, rng.randint(1, 1000), rng.randint(1, INT64_MAX)])
    if rng.random() < 0.9:
        total -= total % unit if total >= 0 else -((-total) % unit)
    fixed = 0
    if rng.random() < 0.4 and total != 0:
        fixed = rng.randint(0, abs(total))
        fixed -= fixed % unit
        if total < 0:
            fixed = -fixed
        if rng.random() < 0.05:
            fixed = -fixed  # wrong sign: ERANGE unless zero
    want = rng.random() < 0.8
    expect = ref_split(total, weights, method, unit, fixed, want)
    got = lib_split(lib, total, weights, method, unit, fixed, want)
    if expect[0] != got[0] or expect[1] != got[1] or (
            expect[0] == OK and want and expect[2] != got[2]):
        raise Mismatch(f"split_ex(total={total}, weights={weights}, method={method}, "
                       f"unit={unit}, fixed={fixed}, residual={'yes' if want else 'no'}): "
                       f"reference {expect}, library {got}")
    if expect[0] == OK and method == LARGEST_REMAINDER and fixed == 0 and unit == 1:
        n = len(weights)
        out = (ctypes.c_int64 * n)()
        rc = lib.costshare_split(total, (ctypes.c_int64 * n)(*weights), n, out)
        if rc != OK or list(out) != expect[1]:
            raise Mismatch(f"split({total}, {weights}): {rc} {list(out)}, "
                           f"reference {expect[1]}")


def check_percentages(lib, rng):
    weights = gen_weights(rng)
    decimals = rng.randint(-1, 17)
    n = len(weights)
    out = (ctypes.c_int64 * n)(*([SENTINEL] * n))
    rc = lib.costshare_split_percentages((ctypes.c_int64 * n)(*weights), n, decimals, out)
    if 0 <= decimals <= 16:
        code, shares, _ = ref_split(100 * 10**decimals, weights)
    else:
        code, shares = ERANGE, None
    got = list(out) if rc == OK else None
    if rc != OK and any(v != SENTINEL for v in out):
        raise Mismatch("refused percentages wrote output")
    if rc != code or got != shares:
        raise Mismatch(f"percentages({weights}, {decimals}): library {rc} {got}, "
                       f"reference {code} {shares}")


def some_int64(rng):
    return rng.choice([INT64_MIN, INT64_MAX, 0, 1, -1, 2, -2, 3, 366, 365, 12,
                       rng.randint(INT64_MIN, INT64_MAX), rng.randint(-10**6, 10**6),
                       rng.randint(-2**32, 2**32), rng.randint(-(2**62), 2**62)])


def check_scale(lib, rng):
    a, n, d = some_int64(rng), some_int64(rng), some_int64(rng)
    if rng.random() < 0.3 and d != 0:
        # A tie or a near tie: a * n = d * k + d / 2.
        k = rng.randint(-10**6, 10**6)
        if d % 2 == 0:
            a, n = d * k + d // 2, 1
            if not fits(a):
                a = k
    for mode in MODES + (5, -1):
        out = ctypes.c_int64(SENTINEL)
        rc = lib.costshare_round_scale(a, n, d, mode, ctypes.byref(out))
        expect = ref_scale(a, n, d, mode)
        got = (rc, out.value if rc == OK else None)
        if rc != OK and out.value != SENTINEL:
            raise Mismatch("refused scale wrote output")
        if got != expect:
            raise Mismatch(f"scale({a}, {n}, {d}, mode {mode}): library {got}, "
                           f"reference {expect}")


def check_post_cost(lib, rng):
    monthly = rng.choice([39500, rng.randint(0, 10**7), rng.randint(-5, INT64_MAX), INT64_MAX,
                          -1])
    bp = rng.choice([4800, rng.randint(0, 1000000), 1000000, 1000001, -1])
    months = rng.choice([12, 6, 18, 0, rng.randint(0, 2**31 - 1), -1, 2**31 - 1])
    for mode in MODES + (7,):
        out = ctypes.c_int64(SENTINEL)
        rc = lib.costshare_post_cost(monthly, bp, months, mode, ctypes.byref(out))
        expect = ref_post_cost(monthly, bp, months, mode)
        got = (rc, out.value if rc == OK else None)
        if got != expect:
            raise Mismatch(f"post_cost({monthly}, {bp}, {months}, mode {mode}): "
                           f"library {got}, reference {expect}")


def gen_day(rng):
    return rng.choice([
        rng.randint(day_number(datetime.date(2000, 1, 1)), day_number(datetime.date(2040, 12, 31))),
        rng.randint(day_number(datetime.date(1, 1, 1)), day_number(datetime.date(9999, 12, 31)))])


def month_first(rng, near):
    d = from_day(near)
    return day_number(d.replace(day=1))


def month_last(n):
    d = from_day(n)
    if d.month == 12:
        return day_number(datetime.date(d.year, 12, 31))
    return day_number(datetime.date(d.year, d.month + 1, 1)) - 1


def check_prorate(lib, rng):
    basis = rng.choice([BASIS_DAYS, BASIS_MONTHS])
    pf = gen_day(rng)
    if rng.random() < 0.7:
        pf = rng.randint(day_number(datetime.date(2000, 1, 1)),
                         day_number(datetime.date(2040, 12, 31)))
    span = rng.choice([0, 1, 30, 364, 365, 730, rng.randint(0, 4000)])
    pl = min(pf + span, day_number(datetime.date(9999, 12, 31)))
    lo, hi = day_number(datetime.date(1, 1, 1)), day_number(datetime.date(9999, 12, 31))

    def clamp(n):
        return max(lo, min(hi, n))

    frm = clamp(pf + rng.randint(-400, span + 400))
    to = clamp(frm + rng.randint(-2, 800))
    if basis == BASIS_MONTHS and rng.random() < 0.9:
        pf = month_first(rng, pf)
        pl = month_last(pl)
        frm = month_first(rng, clamp(max(frm, pf - 800)))
        to = month_last(max(to, frm))
    amount = rng.choice([64000, 763945, -64000, INT64_MAX, INT64_MIN, 0,
                         rng.randint(INT64_MIN, INT64_MAX), rng.randint(-10**9, 10**9)])
    for mode in MODES:
        out = ctypes.c_int64(SENTINEL)
        rc = lib.costshare_refund_prorate(amount, pf, pl, frm, to, basis, mode, ctypes.byref(out))
        expect = ref_prorate(amount, pf, pl, frm, to, basis, mode)
        got = (rc, out.value if rc == OK else None)
        if rc != OK and out.value != SENTINEL:
            raise Mismatch("refused prorate wrote output")
        if got != expect:
            raise Mismatch(f"prorate({amount}, {from_day(pf)}, {from_day(pl)}, {from_day(frm)}, "
                           f"{from_day(to)}, basis {basis}, mode {mode}): library {got}, "
                           f"reference {expect}")


def fixed_cases(lib):
    """Cases with known answers (docs/domain.md and the headers' examples), so that a
    reference that drifted from the documentation is noticed too."""
    pop = [5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521, 7421, 7920, 3733,
           11631, 5343]
    code, shares, _ = ref_split(763945, pop)
    assert code == OK and sum(shares) == 763945 and shares[0] == 9251 and shares[1] == 36605
    assert ref_scale(64000, 92, 366, HALF_AWAY) == (OK, 16087)
    assert ref_post_cost(39500, 4800, 12, HALF_AWAY) == (OK, 701520)
    d = day_number
    assert ref_prorate(64000, d(datetime.date(2024, 1, 1)), d(datetime.date(2024, 12, 31)),
                       d(datetime.date(2024, 10, 1)), d(datetime.date(2024, 12, 31)),
                       BASIS_MONTHS, HALF_AWAY) == (OK, 16000)
    # int64 extremes, by hand: INT64_MIN split in two equal halves, weights
    # summing to exactly INT64_MAX, and one more.
    assert ref_split(INT64_MIN, [1, 1]) == (OK, [-(2**62), -(2**62)], 0)
    assert ref_split(INT64_MAX, [INT64_MAX - 1, 1])[1] == [INT64_MAX - 1, 1]
    assert ref_split(5, [INT64_MAX, 1])[0] == EOVERFLOW
    for total, weights in ((INT64_MIN, [1, 1]), (INT64_MAX, [INT64_MAX - 1, 1]),
                           (INT64_MIN, [INT64_MAX, 0, 0]), (5, [INT64_MAX, 1]),
                           (INT64_MIN, [1] * 3), (INT64_MAX, [1] * 7)):
        for method in (LARGEST_REMAINDER, ROUND_EACH):
            expect = ref_split(total, weights, method)
            got = lib_split(lib, total, weights, method, 1, 0, True)
            if expect != got:
                raise Mismatch(f"split_ex({total}, {weights}, method {method}): "
                               f"library {got}, reference {expect}")
    # Exact ties at one half: round-each rounds them up (away from zero for a
    # credit); largest remainder gives the extra unit to the lower index.
    for weights in ([1, 1], [2**61, 2**61], [INT64_MAX // 4] * 4, [3, 3, 3, 3]):
        for total in (1, -1, 3, -3, 5, INT64_MAX, INT64_MIN + 1):
            for method in (LARGEST_REMAINDER, ROUND_EACH):
                expect = ref_split(total, weights, method)
                got = lib_split(lib, total, weights, method, 1, 0, True)
                if expect != got:
                    raise Mismatch(f"tie: split_ex({total}, {weights}, method {method}): "
                                   f"library {got}, reference {expect}")
    # The round-each residual that does not fit: INT64_MIN by a unit of
    # 2^62 among 3 equal parties rounds each to -2^62 (2/3 of a unit rounds
    # up), sum -3 * 2^62, residual -2^62: fits. With 5 parties each gets
    # 0.4 units -> 0, residual 2^63: does not fit.
    expect = ref_split(INT64_MIN, [1] * 5, ROUND_EACH, 2**62, 0, True)
    got = lib_split(lib, INT64_MIN, [1] * 5, ROUND_EACH, 2**62, 0, True)
    if expect[0] != EOVERFLOW or got[0] != EOVERFLOW:
        raise Mismatch(f"round-each residual 2^63: library {got}, reference {expect}")
    got = lib_split(lib, INT64_MIN, [1] * 5, ROUND_EACH, 2**62, 0, False)
    if got[0] != OK or got[1] != [0] * 5:
        raise Mismatch(f"round-each without residual: {got}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=4000, help="cases per group (default 4000)")
    ap.add_argument("--seed", type=int, default=20261126)
    args = ap.parse_args()
    path = os.environ.get("COSTSHARE_LIBRARY")
    if not path:
        print("differential: set COSTSHARE_LIBRARY to the shared library's path", file=sys.stderr)
        return 2
    try:
        lib = load(path)
    except OSError as e:
        # A library this interpreter cannot load (the 32-bit build under a
        # 64-bit Python): nothing to compare here; ctest counts it skipped.
        print(f"differential: skipped, cannot load {path}: {e}")
        return 77
    rng = random.Random(args.seed)
    start = time.monotonic()
    try:
        fixed_cases(lib)
        groups = (("split", check_split, args.cases),
                  ("percentages", check_percentages, args.cases // 4),
                  ("scale", check_scale, args.cases),
                  ("post_cost", check_post_cost, args.cases // 4),
                  ("prorate", check_prorate, args.cases))
        for name, fn, count in groups:
            for _ in range(count):
                fn(lib, rng)
            print(f"differential: {name}: {count} cases agree")
    except Mismatch as e:
        print(f"differential: MISMATCH: {e}", file=sys.stderr)
        return 1
    print(f"differential: all agree ({time.monotonic() - start:.1f} s, seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
