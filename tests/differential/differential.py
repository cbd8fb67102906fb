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
months; the invoice run: costshare_split_nested(), costshare_invoice_segments()
(against a day-by-day reference), costshare_invoice_period() under both rules
and both bases, costshare_invoice_adjust(), and costshare_post_cost_ex()
(against a month-by-month reference, with a revision rate or an index series).

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


# ----------------------------------------------------------------------------
# The invoice run (invoice.h, split.h's costshare_split_nested, post.h's
# costshare_post_cost_ex): references from the header documentation.
# ----------------------------------------------------------------------------

EBACKWARDS, ESIZE = -23, -5
OPEN = -(2**31)
NO_MONTHS = -1
REDISTRIBUTE, FIXED_SHARES = 0, 1
SE_DEADLINE = 2
DATE_MIN, DATE_MAX = -719162, 2932896
UINT32_MAX = 2**32 - 1


def ref_split_nested(total, gweights, groups, pweights):
    """(code, group shares, party shares) as split.h documents costshare_split_nested()."""
    g_n, p_n = len(gweights), len(pweights)
    if g_n == 0 or p_n == 0 or any(not 0 <= g < g_n for g in groups):
        return ERANGE, None, None
    if any(w < 0 for w in gweights) or any(w < 0 for w in pweights):
        return ERANGE, None, None
    if sum(gweights) > INT64_MAX or sum(pweights) > INT64_MAX:
        return EOVERFLOW, None, None
    if sum(gweights) == 0:
        return ENOWEIGHT, None, None
    for g in range(g_n):
        if gweights[g] > 0 and not any(groups[i] == g and pweights[i] > 0 for i in range(p_n)):
            return ENOWEIGHT, None, None
    _, gshares, _ = ref_split(total, gweights)
    pshares = [0] * p_n
    for g in range(g_n):
        members = [i for i in range(p_n) if groups[i] == g]
        if sum(pweights[i] for i in members) == 0:
            continue  # a group of weight zero: zeros
        _, part, _ = ref_split(gshares[g], [pweights[i] for i in members])
        for i, v in zip(members, part):
            pshares[i] = v
    return OK, gshares, pshares


def valid_day(d):
    return DATE_MIN <= d <= DATE_MAX


def member_on(frm, to, d):
    return (frm == OPEN or frm <= d) and (to == OPEN or to >= d)


def ref_months(first, last):
    if is_month_first(first) and is_month_last(last):
        return month_index(last) - month_index(first) + 1
    return NO_MONTHS


def ref_segments(first, last, frm, to, capacity, want):
    """(code, [(first, last, days, months, members)]) day by day: a new segment
    starts on every day whose set of members differs from the day before."""
    n = len(frm)
    if n == 0 or not valid_day(first) or not valid_day(last):
        return ERANGE, None
    if any(not (d == OPEN or valid_day(d)) for d in frm + to):
        return ERANGE, None
    if any(f != OPEN and t != OPEN and t < f for f, t in zip(frm, to)) or last < first:
        return EBACKWARDS, None
    segs = []
    prev = None
    for d in range(first, last + 1):
        cur = tuple(member_on(frm[i], to[i], d) for i in range(n))
        if cur != prev:
            segs.append([d, d, sum(cur)])
            prev = cur
        else:
            segs[-1][1] = d
    out = [(a, b, b - a + 1, ref_months(a, b), m) for a, b, m in segs]
    if want and capacity < len(out):
        return ESIZE, None
    return OK, out


def ref_invoice(version, first, last, rule, basis, cost, weights, frm, to, capacity):
    """(code, amounts, segments with cost and residual, matrix, residual) as
    invoice.h documents costshare_invoice_period()."""
    n = len(weights)
    if not 1 <= version <= 1 or rule not in (REDISTRIBUTE, FIXED_SHARES) or \
            basis not in (BASIS_DAYS, BASIS_MONTHS):
        return (EINVAL,) + (None,) * 4
    if n == 0 or not valid_day(first) or not valid_day(last) or any(w < 0 for w in weights):
        return (ERANGE,) + (None,) * 4
    code, segs = ref_segments(first, last, frm, to, 0, False)
    if code != OK:
        return (code,) + (None,) * 4
    if sum(weights) > INT64_MAX:
        return (EOVERFLOW,) + (None,) * 4
    if basis == BASIS_MONTHS and any(s[3] == NO_MONTHS for s in segs):
        return (ERANGE,) + (None,) * 4
    if capacity < len(segs):
        return (ESIZE,) + (None,) * 4
    lengths = [s[3] if basis == BASIS_MONTHS else s[2] for s in segs]
    _, seg_costs, _ = ref_split(cost, lengths)
    takes_part = [(frm[i] == OPEN or frm[i] <= last) and (to[i] == OPEN or to[i] >= first)
                  for i in range(n)]
    amounts = [0] * n
    matrix = []
    out_segs = []
    for (a, b, days, months, members), c in zip(segs, seg_costs):
        present = [member_on(frm[i], to[i], a) for i in range(n)]
        carriers = takes_part if rule == FIXED_SHARES else present
        idx = [i for i in range(n) if carriers[i]]
        row = [0] * n
        res = c
        if sum(weights[i] for i in idx) > 0:
            _, part, _ = ref_split(c, [weights[i] for i in idx])
            res = 0
            for i, v in zip(idx, part):
                if present[i]:
                    row[i] = v
                    amounts[i] += v
                else:
                    res += v
        assert sum(row) + res == c
        matrix.append(row)
        out_segs.append((a, b, days, months, members, c, res))
    residual = sum(s[6] for s in out_segs)
    assert sum(amounts) + residual == cost
    return OK, amounts, out_segs, matrix, residual


def ref_adjust(amounts, invoiced, y, m, d, flags, due_code=OK):
    """due_code: what costshare_invoice_due() says of the due day (it is
    checked before the adjustments)."""
    if flags & ~SE_DEADLINE:
        return EINVAL, None
    if not amounts:
        return ERANGE, None
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= 31):
        return ERANGE, None
    if due_code != OK:
        return due_code, None
    adj = [a - b for a, b in zip(amounts, invoiced)]
    if any(not fits(v) for v in adj):
        return EOVERFLOW, None
    return OK, adj


def ref_post_cost_ex(t, year, month, months, index):
    """costshare_post_cost_ex() month by month, as post.h documents it.
    t: dict with the members of costshare_post_terms."""
    if not 1 <= t["version"] <= 1 or t["mode"] not in MODES:
        return EINVAL, None
    bp_max = 1000000
    if (t["monthly"] < 0 or not 1 <= t["base_year"] <= 9999 or not 1 <= t["base_month"] <= 12
            or not 0 <= t["revision_month"] <= 12 or not -10000 <= t["revision_bp"] <= bp_max
            or not 0 <= t["oncost_bp"] <= bp_max or not 0 <= t["overhead_bp"] <= bp_max
            or not 0 <= t["fte_bp"] <= 1000000):
        return ERANGE, None
    if not 1 <= year <= 9999 or not 1 <= month <= 12 or months < 0:
        return ERANGE, None
    base = t["base_year"] * 12 + t["base_month"] - 1
    first = year * 12 + month - 1
    if first + months - 1 > 9999 * 12 + 11:
        return ERANGE, None

    def revisions(lo, hi):  # revision months in (lo, hi]
        r = t["revision_month"]
        return 0 if r == 0 else sum(1 for x in range(lo + 1, hi + 1) if x % 12 == r - 1)

    if index is not None:
        need = revisions(base, first + months - 1) + 1 if months > 0 and first >= base else 1
        if len(index) < need or any(v < 1 for v in index):
            return ERANGE, None
    if first < base:
        return EBACKWARDS, None
    if months == 0:
        return OK, 0
    mode = t["mode"]
    levels = [t["monthly"]]

    def level(k):
        if index is not None:  # each level from the base: only those in force count
            v = round_fraction(Fraction(t["monthly"] * index[k], index[0]), mode)
            if not fits(v):
                raise OverflowError
            return v
        while len(levels) <= k:
            j = len(levels)
            if index is not None:
                v = round_fraction(Fraction(t["monthly"] * index[j], index[0]), mode)
            else:
                v = round_fraction(Fraction(levels[-1] * (10000 + t["revision_bp"]), 10000), mode)
            if not fits(v):
                raise OverflowError
            levels.append(v)
        return levels[k]

    total = 0
    try:
        k = revisions(base, first)
        for x in range(first, first + months):
            if x > first and t["revision_month"] and x % 12 == t["revision_month"] - 1:
                k += 1
            total += level(k)
    except OverflowError:
        return EOVERFLOW, None
    r = round_fraction(Fraction(total * t["fte_bp"] * (10000 + t["oncost_bp"]) *
                                (10000 + t["overhead_bp"]), 10**12), mode)
    return (OK, r) if fits(r) else (EOVERFLOW, None)


class InvoicePlan(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("first", ctypes.c_int32),
                ("last", ctypes.c_int32), ("rule", ctypes.c_int32),
                ("basis", ctypes.c_int32), ("cost", ctypes.c_int64)]


class InvoiceSegment(ctypes.Structure):
    _fields_ = [("first", ctypes.c_int32), ("last", ctypes.c_int32), ("days", ctypes.c_int32),
                ("months", ctypes.c_int32), ("members", ctypes.c_int32),
                ("reserved", ctypes.c_int32), ("cost", ctypes.c_int64),
                ("residual", ctypes.c_int64)]


class PostTerms(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("mode", ctypes.c_int32),
                ("monthly", ctypes.c_int64), ("base_year", ctypes.c_int32),
                ("base_month", ctypes.c_int32), ("revision_month", ctypes.c_int32),
                ("revision_bp", ctypes.c_int32), ("oncost_bp", ctypes.c_int32),
                ("overhead_bp", ctypes.c_int32), ("fte_bp", ctypes.c_int32)]


def declare_invoice(lib):
    i64, i32, u32, sz = ctypes.c_int64, ctypes.c_int32, ctypes.c_uint32, ctypes.c_size_t
    p64, p32, P = ctypes.POINTER(i64), ctypes.POINTER(i32), ctypes.POINTER
    sigs = {
        "costshare_split_nested": [i64, p64, sz, P(u32), p64, sz, p64, p64],
        "costshare_invoice_segments": [i32, i32, p32, p32, sz, P(InvoiceSegment), sz, P(sz)],
        "costshare_invoice_period": [P(InvoicePlan), p64, p32, p32, sz, p64, P(InvoiceSegment),
                                     sz, P(sz), p64, p64],
        "costshare_invoice_adjust": [p64, p64, sz, i32, i32, i32, u32, p64, p32],
        "costshare_invoice_due": [i32, i32, i32, u32, p32],
        "costshare_post_cost_ex": [P(PostTerms), i32, i32, i32, p64, sz, p64],
    }
    for name, args in sigs.items():
        fn = getattr(lib, name)
        fn.argtypes = args
        fn.restype = ctypes.c_int


def arr(ctype, values):
    return (ctype * max(len(values), 1))(*values)


def lib_nested(lib, total, gw, groups, pw):
    g_n, p_n = len(gw), len(pw)
    gout = arr(ctypes.c_int64, [SENTINEL] * g_n)
    pout = arr(ctypes.c_int64, [SENTINEL] * p_n)
    rc = lib.costshare_split_nested(total, arr(ctypes.c_int64, gw), g_n,
                                    arr(ctypes.c_uint32, groups), arr(ctypes.c_int64, pw), p_n,
                                    gout, pout)
    if rc != OK:
        if any(v != SENTINEL for v in list(gout) + list(pout)):
            raise Mismatch("a refused nested split wrote its outputs")
        return rc, None, None
    return rc, list(gout)[:g_n], list(pout)[:p_n]


def gen_nested(rng):
    g_n = rng.choice([1, 2, 3, 3, 4, 7, rng.randint(1, 30)])
    p_n = rng.choice([1, 3, 8, 13, rng.randint(1, 80)])
    groups = [rng.randrange(g_n) for _ in range(p_n)]
    if rng.random() < 0.8:
        for i in range(min(g_n, p_n)):
            groups[rng.randrange(p_n)] = i  # most groups have a party
    if rng.random() < 0.05:
        groups[rng.randrange(p_n)] = g_n  # out of range
    gw = gen_weights(rng)[:g_n]
    gw += [rng.randint(0, 100) for _ in range(g_n - len(gw))]
    if rng.random() < 0.5:
        gw = [rng.choice([50, 25, 25, 0, 1, 3]) for _ in range(g_n)]
    pw = gen_weights(rng)[:p_n] if rng.random() < 0.5 else []
    pw += [rng.randint(1, 200000) for _ in range(p_n - len(pw))]
    return gen_total(rng), gw, groups, pw


def check_nested(lib, rng):
    total, gw, groups, pw = gen_nested(rng)
    expect = ref_split_nested(total, gw, groups, pw)
    got = lib_nested(lib, total, gw, groups, pw)
    if expect != got:
        raise Mismatch(f"split_nested({total}, {gw}, {groups}, {pw}): library {got}, "
                       f"reference {expect}")
    if got[0] == OK and len(set(groups)) == 1 and gw[groups[0]] > 0:
        # One group: the parties get exactly costshare_split() of its part.
        n = len(pw)
        out = (ctypes.c_int64 * n)()
        rc = lib.costshare_split(got[1][groups[0]], (ctypes.c_int64 * n)(*pw), n, out)
        if rc != OK or list(out) != got[2]:
            raise Mismatch(f"one-group nested split differs from split: {got} {list(out)}")


def gen_period(rng, months):
    y = rng.randint(2000, 2040)
    if months:
        m = rng.randint(1, 12)
        first = day_number(datetime.date(y, m, 1))
        last = month_last(first + 31 * rng.choice([0, 2, 11, 11, 11, 17, 23]))
    else:
        first = rng.randint(day_number(datetime.date(2000, 1, 1)),
                            day_number(datetime.date(2040, 12, 31)))
        last = first + rng.choice([0, 1, 29, 90, 364, 365, rng.randint(0, 800)])
    return first, last


def gen_member_day(rng, first, last, months, is_to):
    k = rng.random()
    if k < 0.25:
        return OPEN
    if k < 0.27:
        return rng.choice([DATE_MAX + 1, DATE_MIN - 1, 0x7FFFFFFF])  # invalid: ERANGE
    d = rng.randint(min(first, last) - 120, max(first, last) + 120)
    if k < 0.30:
        d = rng.randint(DATE_MIN, DATE_MAX)
    if months and rng.random() < 0.9:
        d = month_last(d) if is_to else month_first(rng, d)
    return d


def gen_plan(rng):
    months = rng.random() < 0.6
    first, last = gen_period(rng, months)
    if rng.random() < 0.02:
        first, last = last + 1, first  # backwards (if first < last)
    n = rng.choice([1, 2, 3, 5, 13, rng.randint(1, 30)])
    frm, to = [], []
    for _ in range(n):
        f = gen_member_day(rng, first, last, months, False)
        t = gen_member_day(rng, first, last, months, True)
        if f != OPEN and t != OPEN and t < f and rng.random() < 0.9 and valid_day(f) and \
                valid_day(t):
            f, t = t, f  # mostly in order; then a day apart at the ends
            if months:
                f, t = month_first(rng, f), month_last(t)
        frm.append(f)
        to.append(t)
    return first, last, frm, to, months


def lib_segments(lib, first, last, frm, to, capacity):
    n = len(frm)
    segs = (InvoiceSegment * max(capacity, 1))()
    for s in segs:
        s.days = 0x5A5A
    count = ctypes.c_size_t(0x5A5A)
    rc = lib.costshare_invoice_segments(first, last, arr(ctypes.c_int32, frm),
                                        arr(ctypes.c_int32, to), n,
                                        segs if capacity else None, capacity,
                                        ctypes.byref(count))
    if rc != OK:
        if count.value != 0x5A5A or any(s.days != 0x5A5A for s in segs):
            raise Mismatch("a refused segments call wrote its outputs")
        return rc, None
    if capacity == 0:
        return rc, count.value
    return rc, [(s.first, s.last, s.days, s.months, s.members) for s in segs[:count.value]]


def check_segments(lib, rng):
    first, last, frm, to, _ = gen_plan(rng)
    code, segs = ref_segments(first, last, frm, to, 0, False)
    got_n = lib_segments(lib, first, last, frm, to, 0)
    if got_n != (code, len(segs) if segs is not None else None):
        raise Mismatch(f"segments count({first}, {last}, {frm}, {to}): library {got_n}, "
                       f"reference {code} {segs}")
    if code != OK:
        return
    capacity = rng.choice([len(segs), len(segs) + 3, max(len(segs) - 1, 1), 2 * len(frm) + 1])
    expect = ref_segments(first, last, frm, to, capacity, True)
    got = lib_segments(lib, first, last, frm, to, capacity)
    if expect != got:
        raise Mismatch(f"segments({from_day(first)}, {from_day(last)}, {frm}, {to}, "
                       f"capacity {capacity}): library {got}, reference {expect}")


def lib_invoice(lib, plan, weights, frm, to, capacity, want_matrix):
    n = len(weights)
    segs = (InvoiceSegment * max(capacity, 1))()
    for s in segs:
        s.cost = SENTINEL
    amounts = arr(ctypes.c_int64, [SENTINEL] * n)
    mat = arr(ctypes.c_int64, [SENTINEL] * (capacity * n)) if want_matrix else None
    count = ctypes.c_size_t(0x5A5A)
    residual = ctypes.c_int64(SENTINEL)
    p = InvoicePlan(*plan)
    rc = lib.costshare_invoice_period(ctypes.byref(p), arr(ctypes.c_int64, weights),
                                      arr(ctypes.c_int32, frm), arr(ctypes.c_int32, to), n,
                                      amounts, segs, capacity, ctypes.byref(count), mat,
                                      ctypes.byref(residual))
    if rc != OK:
        if (any(v != SENTINEL for v in amounts) or any(s.cost != SENTINEL for s in segs) or
                count.value != 0x5A5A or residual.value != SENTINEL or
                (mat is not None and any(v != SENTINEL for v in mat))):
            raise Mismatch("a refused invoice call wrote its outputs")
        return (rc,) + (None,) * 4
    k = count.value
    out_segs = [(s.first, s.last, s.days, s.months, s.members, s.cost, s.residual)
                for s in segs[:k]]
    matrix = None
    if mat is not None:
        matrix = [list(mat[r * n:(r + 1) * n]) for r in range(k)]
    return OK, list(amounts)[:n], out_segs, matrix, residual.value


def check_invoice(lib, rng):
    first, last, frm, to, months = gen_plan(rng)
    n = len(frm)
    weights = rng.choice([[rng.randint(0, 200000) for _ in range(n)],
                          [rng.randint(0, 3) for _ in range(n)],
                          (gen_weights(rng) * n)[:n]])
    if rng.random() < 0.02:
        weights = [INT64_MAX // 2 + 1] * 2 + weights[2:] if n >= 2 else [-1]
    version = 1 if rng.random() > 0.01 else rng.choice([0, 2])
    rule = rng.choice([REDISTRIBUTE, FIXED_SHARES] * 10 + [2])
    basis = rng.choice([BASIS_MONTHS if months else BASIS_DAYS] * 4 + [BASIS_DAYS, BASIS_MONTHS, 5])
    cost = gen_total(rng)
    capacity = rng.choice([2 * n + 1, 2 * n + 1, 1, 2, 3])
    want = rng.random() < 0.7
    plan = (version, first, last, rule, basis, cost)
    expect = ref_invoice(version, first, last, rule, basis, cost, weights, frm, to, capacity)
    got = lib_invoice(lib, plan, weights, frm, to, capacity, want)
    if not want and expect[0] == OK:
        expect = expect[:3] + (None,) + expect[4:]
    if expect != got:
        raise Mismatch(f"invoice_period(plan {plan}, weights {weights}, from {frm}, to {to}, "
                       f"capacity {capacity}): library {got}, reference {expect}")
    if got[0] == OK and all(takes_part_all(frm, to, first, last)):
        # Nobody joins or leaves: each party's costshare_split() share, both rules.
        if len(got[2]) == 1 and sum(weights) > 0:
            _, shares, _ = ref_split(cost, weights)
            if got[1] != shares:
                raise Mismatch(f"one segment, all members: {got[1]} != split {shares}")


def takes_part_all(frm, to, first, last):
    return [(f == OPEN or f <= first) and (t == OPEN or t >= last) for f, t in zip(frm, to)]


def check_adjust(lib, rng):
    n = rng.choice([1, 2, 13, rng.randint(1, 40)])
    amounts = [rng.choice([rng.randint(0, 10**6), some_int64(rng)]) for _ in range(n)]
    invoiced = [rng.choice([rng.randint(0, 10**6), some_int64(rng)]) for _ in range(n)]
    y = rng.choice([2024, 2025, 1989, 1, 9999, 0, 10000])
    m = rng.choice([12, 5, 1, 0, 13, rng.randint(1, 12)])
    d = rng.choice([10, 31, 1, 0, 32, rng.randint(1, 31)])
    flags = rng.choice([0, 0, SE_DEADLINE, 1, 4])
    adj = arr(ctypes.c_int64, [SENTINEL] * n)
    due = ctypes.c_int32(0x5A5A5A5A)
    rc = lib.costshare_invoice_adjust(arr(ctypes.c_int64, amounts), arr(ctypes.c_int64, invoiced),
                                      n, y, m, d, flags, adj, ctypes.byref(due))
    want_due = ctypes.c_int32()
    due_code = lib.costshare_invoice_due(y, m, d, flags & SE_DEADLINE, ctypes.byref(want_due))
    code, expect = ref_adjust(amounts, invoiced, y, m, d, flags, due_code)
    got = list(adj)[:n] if rc == OK else None
    if rc != OK and (any(v != SENTINEL for v in adj) or due.value != 0x5A5A5A5A):
        raise Mismatch("a refused adjust wrote its outputs")
    if (rc, got) != (code, expect) or (rc == OK and due.value != want_due.value):
        raise Mismatch(f"invoice_adjust({amounts}, {invoiced}, {y}-{m}-{d}, {flags}): "
                       f"library {rc} {got}, reference {code} {expect}")


def gen_post_terms(rng):
    t = {"version": 1, "mode": rng.choice(MODES), "monthly": rng.choice(
             [39500, 0, rng.randint(0, 10**6), rng.randint(0, INT64_MAX), INT64_MAX // 10000]),
         "base_year": rng.randint(2000, 2030), "base_month": rng.randint(1, 12),
         "revision_month": rng.choice([0, 4, 1, 12, rng.randint(0, 12)]),
         "revision_bp": rng.choice([300, 0, 250, -10000, 1000000, rng.randint(-10000, 5000)]),
         "oncost_bp": rng.choice([4800, 0, 3142, 1000000]),
         "overhead_bp": rng.choice([0, 0, 1500, rng.randint(0, 1000000)]),
         "fte_bp": rng.choice([10000, 10000, 5000, 0, 1000000, rng.randint(0, 1000000)])}
    k = rng.random()
    if k < 0.03:
        t[rng.choice(list(t))] = rng.choice([-1, 13, 10001, 2**31 - 1, -(2**31)])
    return t


def check_post_cost_ex(lib, rng):
    t = gen_post_terms(rng)
    # Mostly from the base month on; sometimes the month before it.
    start = t["base_year"] * 12 + t["base_month"] - 1 + rng.choice(
        [0, 0, 1, 3, 11, 12, 13, 40, rng.randint(0, 120), -1])
    year, month = start // 12, start % 12 + 1
    if not -(2**31) <= year < 2**31 or rng.random() < 0.02:
        year, month = rng.choice([(0, 1), (10000, 1), (2024, 0), (2024, 13)])
    months = rng.choice([12, 12, 6, 18, 0, 1, rng.randint(0, 60), -1])
    index = None
    if rng.random() < 0.4:
        index = [rng.choice([100, 103, 1000, rng.randint(1, 10**6)]) for _ in range(
            rng.randint(0, 8))]
        if rng.random() < 0.05 and index:
            index[rng.randrange(len(index))] = 0
    terms = PostTerms(**t)
    out = ctypes.c_int64(SENTINEL)
    idx = arr(ctypes.c_int64, index) if index is not None else None
    rc = lib.costshare_post_cost_ex(ctypes.byref(terms), year, month, months, idx,
                                    len(index) if index is not None else 0, ctypes.byref(out))
    expect = ref_post_cost_ex(t, year, month, months, index)
    got = (rc, out.value if rc == OK else None)
    if rc != OK and out.value != SENTINEL:
        raise Mismatch("a refused post_cost_ex wrote its output")
    if got != expect:
        raise Mismatch(f"post_cost_ex({t}, {year}-{month}, {months}, index {index}): "
                       f"library {got}, reference {expect}")
    if (rc == OK and t["revision_month"] == 0 and t["overhead_bp"] == 0 and
            t["fte_bp"] == 10000 and index is None):
        # The special case: costshare_post_cost().
        plain = ctypes.c_int64()
        rc2 = lib.costshare_post_cost(t["monthly"], t["oncost_bp"], months, t["mode"],
                                      ctypes.byref(plain))
        if rc2 != OK or plain.value != out.value:
            raise Mismatch(f"post_cost_ex {out.value} != post_cost {rc2} {plain.value}")


def invoice_fixed_cases(lib):
    """DOMAIN.md section 6, through the library and the references."""
    declare_invoice(lib)
    pop = [5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521, 7421, 7920, 3733,
           11631, 5343]
    d = lambda y, m, dd: day_number(datetime.date(y, m, dd))  # noqa: E731
    first, last, sep30 = d(2024, 1, 1), d(2024, 12, 31), d(2024, 9, 30)
    frm, to = [OPEN] * 13, [sep30] * 13
    plan = (1, first, last, REDISTRIBUTE, BASIS_MONTHS, 763945)
    expect = ref_invoice(*plan, pop, frm, to, 3)
    got = lib_invoice(lib, plan, pop, frm, to, 3, True)
    assert expect == got, (expect, got)
    code, amounts, segs, _, residual = got
    assert [s[5] for s in segs] == [572959, 190986] and residual == 190986
    assert amounts[3] == 201692 and amounts[10] == 4750
    _, invoiced, _ = ref_split(763945, pop)
    _, adj = ref_adjust(amounts, invoiced, 2024, 12, 10, 0)
    assert adj[3] == -67230 and adj[10] == -1583 and sum(adj) == -190986
    # FINSAM's split of a split (split.h's example).
    code, g, p = ref_split_nested(1000000, [50, 25, 25], [0, 0, 1, 2, 2, 2, 2, 2],
                                  [1, 1, 1, 70000, 40000, 38000, 44000, 42000])
    assert g == [500000, 250000, 250000]
    assert p == [250000, 250000, 250000, 74786, 42735, 40598, 47009, 44872]
    assert lib_nested(lib, 1000000, [50, 25, 25], [0, 0, 1, 2, 2, 2, 2, 2],
                      [1, 1, 1, 70000, 40000, 38000, 44000, 42000]) == (code, g, p)
    t = {"version": 1, "mode": HALF_AWAY, "monthly": 39500, "base_year": 2016, "base_month": 1,
         "revision_month": 0, "revision_bp": 0, "oncost_bp": 4800, "overhead_bp": 0,
         "fte_bp": 10000}
    assert ref_post_cost_ex(t, 2016, 1, 12, None) == (OK, 701520)
    t.update(revision_month=4, revision_bp=300)
    assert ref_post_cost_ex(t, 2016, 1, 12, None) == (OK, 717304)
    assert ref_post_cost_ex(t, 2017, 1, 12, None) == (OK, 738829)


def invoice_groups(cases):
    return (("split_nested", check_nested, cases // 2),
            ("invoice_segments", check_segments, cases // 4),
            ("invoice_period", check_invoice, cases // 2),
            ("invoice_adjust", check_adjust, cases // 4),
            ("post_cost_ex", check_post_cost_ex, cases // 2))


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
        invoice_fixed_cases(lib)
        groups = (("split", check_split, args.cases),
                  ("percentages", check_percentages, args.cases // 4),
                  ("scale", check_scale, args.cases),
                  ("post_cost", check_post_cost, args.cases // 4),
                  ("prorate", check_prorate, args.cases)) + invoice_groups(args.cases)
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
