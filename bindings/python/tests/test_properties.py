"""Property tests (hypothesis) against the exact references in reference.py.

Each property holds for every input the strategies give; hypothesis looks for
a counterexample among thousands. Deterministic (derandomize) so CI runs the
same cases every time, and kept to a few seconds in all.
"""

import array
import datetime
import unittest
from fractions import Fraction

try:
    from hypothesis import HealthCheck, assume, example, given, settings
    from hypothesis import strategies as st
except ImportError:  # the unittest run of the stdlib-only suite (ctest)
    raise unittest.SkipTest("hypothesis is not installed")

import costshare as cs
import reference as ref

settings.register_profile("ci", derandomize=True, max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

INT64 = st.integers(-2 ** 63, 2 ** 63 - 1)
DATES = st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
WEIGHTS = st.lists(st.integers(0, 10 ** 9), min_size=1, max_size=40).filter(any)
UNITS = {"DAYS": cs.Unit.DAYS, "WEEKS": cs.Unit.WEEKS, "MONTHS": cs.Unit.MONTHS,
         "YEARS": cs.Unit.YEARS}


def has(name: str) -> bool:
    return name in cs._native.AVAILABLE


@given(total=st.integers(-10 ** 15, 10 ** 15), weights=WEIGHTS)
@example(total=763945, weights=[5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521,
                                7421, 7920, 3733, 11631, 5343])
@example(total=100, weights=[1, 1, 1])
def test_split_is_the_exact_largest_remainder(total: int, weights: list) -> None:
    shares = cs.split(total, weights)
    assert (shares, 0) == ref.split(total, weights)
    assert sum(shares) == total
    for share, w in zip(shares, weights):  # within one unit of the quota
        assert abs(share - Fraction(total * w, sum(weights))) < 1
    assert cs.split(-total, weights) == [-s for s in shares]
    assert cs.split(total, array.array("q", weights)) == array.array("q", shares)


@given(total=st.integers(-10 ** 12, 10 ** 12), weights=WEIGHTS,
       unit=st.sampled_from([1, 2, 5, 100, 1000]), fixed_part=st.fractions(0, 1),
       method=st.sampled_from(["LARGEST_REMAINDER", "ROUND_EACH"]))
def test_split_ex_is_the_exact_reference(total: int, weights: list, unit: int,
                                         fixed_part: Fraction, method: str) -> None:
    if method == "ROUND_EACH":
        total -= total % unit if total >= 0 else -((-total) % unit)
    fixed = int(abs(total) * fixed_part) // unit * unit * (-1 if total < 0 else 1)
    got = cs.split_ex(total, weights, method=cs.SplitMethod[method], unit=unit, fixed=fixed)
    assert got == ref.split(total, weights, method, unit, fixed)


@given(weights=WEIGHTS, decimals=st.integers(0, 16))
def test_percentages_are_the_largest_remainder_of_100(weights: list, decimals: int) -> None:
    got = cs.split_percentages(weights, decimals)
    assert sum(got) == 100 * 10 ** decimals
    assert got == ref.split(100 * 10 ** decimals, weights)[0]


@given(amount=INT64, numerator=INT64, denominator=INT64.filter(bool),
       mode=st.sampled_from(list(cs.RoundMode)))
@example(amount=5, numerator=1, denominator=2, mode=cs.RoundMode.HALF_EVEN)
@example(amount=-5, numerator=1, denominator=2, mode=cs.RoundMode.HALF_AWAY)
def test_round_scale_is_the_exact_quotient_rounded_once(amount: int, numerator: int,
                                                        denominator: int,
                                                        mode: cs.RoundMode) -> None:
    exact = ref.round_fraction(Fraction(amount * numerator, denominator), mode.name)
    if -2 ** 63 <= exact < 2 ** 63:
        assert cs.round_scale(amount, numerator, denominator, mode) == exact
    else:
        try:
            cs.round_scale(amount, numerator, denominator, mode)
        except cs.ResultOverflowError as err:
            assert isinstance(err, OverflowError) and err.code == cs.ErrorCode.EOVERFLOW
        else:
            raise AssertionError("no overflow")


@given(day=DATES, count=st.integers(-200, 200), unit=st.sampled_from(sorted(UNITS)))
@example(day=datetime.date(2024, 7, 31), count=2, unit="MONTHS")
@example(day=datetime.date(2024, 2, 29), count=1, unit="YEARS")
def test_date_add_counts_by_lag_1930_173(day: datetime.date, count: int, unit: str) -> None:
    try:
        expected = ref.add(day, count, unit)
    except OverflowError:
        try:
            cs.date_add(day, count, UNITS[unit])
        except cs.RangeError:
            return
        raise AssertionError("no RangeError")
    assert cs.date_add(day, count, UNITS[unit]) == expected


@given(given_=st.dates(datetime.date(1900, 1, 1), datetime.date(9000, 12, 31)),
       count=st.integers(1, 36))
def test_notice_latest_is_the_last_day_whose_notice_ends_in_time(
        given_: datetime.date, count: int) -> None:
    last_day = cs.notice_end(given_, count, cs.Unit.MONTHS)
    assert last_day == ref.add(given_, count, "MONTHS")
    latest = cs.notice_latest(last_day, count, cs.Unit.MONTHS)
    assert latest >= given_
    assert cs.notice_end(latest, count, cs.Unit.MONTHS) <= last_day
    after = latest + datetime.timedelta(days=1)
    assert cs.notice_end(after, count, cs.Unit.MONTHS) > last_day


@given(day=DATES.filter(lambda d: d < datetime.date(9999, 12, 1)))
def test_refund_start_is_the_next_month(day: datetime.date) -> None:
    assert cs.refund_start(day) == ref.refund_start(day)


@given(day=st.dates(datetime.date(1990, 1, 1), datetime.date(9999, 12, 20)))
def test_the_deadline_is_the_next_business_day(day: datetime.date) -> None:
    deadline = cs.se_deadline(day)
    assert deadline >= day and cs.se_is_business_day(deadline)
    between = day
    while between < deadline:
        assert not cs.se_is_business_day(between)
        between += datetime.timedelta(days=1)


@given(days=st.lists(DATES, max_size=50), count=st.integers(-2 ** 31, 2 ** 31 - 1),
       unit=st.sampled_from(list(cs.Unit)))
def test_a_batch_is_its_single_calls(days: list, count: int, unit: cs.Unit) -> None:
    if not has("costshare_date_add_batch"):
        return
    singles = []
    bad = None
    for i, d in enumerate(days):
        try:
            singles.append(cs.date_add(d, count, unit))
        except cs.RangeError:
            bad = i if bad is None else bad
    numbers = array.array("i", [cs.to_day_number(d) for d in days])
    if bad is None:
        assert cs.date_add_batch(days, count, unit) == singles
        assert cs.date_add_batch(numbers, count, unit) == \
            array.array("i", [cs.to_day_number(d) for d in singles])
    else:
        for arg in (days, numbers):
            try:
                cs.date_add_batch(arg, count, unit)
            except cs.RangeError as err:
                assert err.index == bad
            else:
                raise AssertionError("no RangeError")


@given(days=st.lists(st.dates(datetime.date(1990, 1, 1), datetime.date(9999, 11, 30)),
                     max_size=50))
def test_the_other_batches_are_their_single_calls(days: list) -> None:
    if not has("costshare_se_deadline_batch"):
        return
    assert cs.se_deadline_batch(days) == [cs.se_deadline(d) for d in days]
    assert cs.se_is_business_day_batch(days) == [cs.se_is_business_day(d) for d in days]
    assert cs.refund_start_batch(days) == [cs.refund_start(d) for d in days]
    latest = cs.notice_latest_batch(days, 2, cs.Unit.MONTHS)
    assert latest == [cs.notice_latest(d, 2, cs.Unit.MONTHS) for d in days]
    assert cs.notice_end_batch(latest, 2) == [cs.notice_end(d, 2) for d in latest]


@given(amount=st.integers(-10 ** 12, 10 ** 12),
       period=st.tuples(DATES, st.integers(0, 800)), days=st.tuples(st.integers(-100, 900),
                                                                      st.integers(0, 900)),
       mode=st.sampled_from(list(cs.RoundMode)))
@example(amount=64000, period=(datetime.date(2024, 1, 1), 365), days=(274, 91),
         mode=cs.RoundMode.HALF_AWAY)
def test_prorating_by_days_is_the_exact_part(amount: int, period: tuple, days: tuple,
                                             mode: cs.RoundMode) -> None:
    first, length = period
    try:
        last = first + datetime.timedelta(days=length)
        start = first + datetime.timedelta(days=days[0])
        end = start + datetime.timedelta(days=days[1])
    except OverflowError:
        return
    expected = ref.prorate_days(amount, first, last, start, end, mode.name)
    assert cs.refund_prorate(amount, first, last, start, end, cs.Basis.DAYS, mode) == expected
