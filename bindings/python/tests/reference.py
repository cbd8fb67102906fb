"""Exact references for the property tests, written from the headers'
definitions with fractions.Fraction and datetime, never from the library."""

import calendar
import datetime
from fractions import Fraction
from typing import List, Sequence, Tuple


def floor(q: Fraction) -> int:
    return q.numerator // q.denominator


def round_fraction(q: Fraction, mode: str) -> int:
    """q rounded by a rounding mode of round.h."""
    f = floor(q)
    rest = q - f
    if mode == "FLOOR":
        return f
    if mode == "CEILING":
        return f if rest == 0 else f + 1
    if mode == "TOWARD_ZERO":
        return f if q >= 0 or rest == 0 else f + 1
    if rest < Fraction(1, 2):
        return f
    if rest > Fraction(1, 2):
        return f + 1
    if mode == "HALF_AWAY":
        return f + 1 if q > 0 else f
    assert mode == "HALF_EVEN"
    return f if f % 2 == 0 else f + 1


def split(total: int, weights: Sequence[int], method: str = "LARGEST_REMAINDER",
          unit: int = 1, fixed: int = 0) -> Tuple[List[int], int]:
    """costshare_split_ex() by split.h: in whole units u, t = |total| / u and
    f = |fixed| / u, the quota of party i is q_i = f / n + (t - f) * w_i / W;
    largest remainder: floor(q_i), then one unit each to the largest
    fractional parts, ties to the larger weight, then the lower index; round
    each: q_i half away from zero. Shares are in units times u, negated for a
    negative total. Returns (shares, sum(shares) - total)."""
    n, total_weight = len(weights), sum(weights)
    t, f = abs(total) // unit, abs(fixed) // unit
    quotas = [Fraction(f, n) + Fraction((t - f) * w, total_weight) for w in weights]
    if method == "LARGEST_REMAINDER":
        units = [floor(q) for q in quotas]
        left = t - sum(units)
        order = sorted(range(n), key=lambda i: (-(quotas[i] - units[i]), -weights[i], i))
        for i in order[:left]:
            units[i] += 1
    else:
        units = [round_fraction(q, "HALF_AWAY") for q in quotas]
    sign = -1 if total < 0 else 1
    shares = [sign * u * unit for u in units]
    return shares, sum(shares) - total


def add(day: datetime.date, count: int, unit: str) -> datetime.date:
    """Lag (1930:173) 1 §: weeks by the weekday, months and years by the day
    number in the end month, or that month's last day."""
    if unit == "DAYS":
        return day + datetime.timedelta(days=count)
    if unit == "WEEKS":
        return day + datetime.timedelta(weeks=count)
    months = count * (12 if unit == "YEARS" else 1)
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def refund_start(last_day: datetime.date) -> datetime.date:
    """The first day of the month after the last day."""
    return (last_day.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


def prorate_days(amount: int, period_first: datetime.date, period_last: datetime.date,
                 first: datetime.date, last: datetime.date, mode: str) -> int:
    """costshare_refund_prorate() by days (refund.h): amount * part / whole,
    part the days of [first, last] within the period, rounded once."""
    whole = (period_last - period_first).days + 1
    lo, hi = max(first, period_first), min(last, period_last)
    part = max(0, (hi - lo).days + 1)
    return round_fraction(Fraction(amount * part, whole), mode)
