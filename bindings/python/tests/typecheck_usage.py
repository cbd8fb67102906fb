"""Checked by mypy --strict (scripts/check-python.sh), not run: what a caller
writes type-checks with the types the package declares, and wrong uses do not
(each `type: ignore` below must be needed, or mypy reports it unused)."""

import array
import datetime
from typing import Optional

import numpy

import costshare as cs

D = datetime.date
shares: list[int] = cs.split(763945, [5453, 158520, 5343])
buffered: "array.array[int]" = cs.split(763945, array.array("q", [5453, 158520, 5343]))
from_numpy: "array.array[int]" = cs.split(1, numpy.array([1, 2], dtype=numpy.int64))
pair: tuple[list[int], int] = cs.split_ex(900, [1, 2, 0], cs.SplitOptions(fixed=300))
percent: list[int] = cs.split_percentages([1, 2, 3], decimals=2)
latest: D = cs.notice_latest(D(2024, 9, 30), 2, cs.Unit.MONTHS)
ends: list[D] = cs.date_add_batch([D(2024, 7, 31)], 2, cs.Unit.MONTHS)
days: "array.array[int]" = cs.date_add_batch(array.array("i", [19935]), 2, cs.MONTHS)
business: list[bool] = cs.se_is_business_day_batch([D(2024, 6, 21)])
holiday: cs.Holiday = cs.se_holiday(D(2024, 6, 21))
state: cs.State = cs.Agreement().apply(cs.EventKind.ENTER_FORCE, D(2018, 11, 18)).state
label: str = state.label
terms = cs.RefundTerms(termination=cs.RefundRule.NEXT_MONTH, termination_basis=cs.Basis.MONTHS)
refund: int = cs.refund_termination(terms, 64000, D(2024, 1, 1), D(2024, 12, 31), D(2024, 9, 30))
code: int = cs.ErrorCode.ERANGE
try:
    cs.date_parse("2024-02-30")
except cs.RangeError as err:
    index: Optional[int] = err.index
    name: str = err.name

cs.split(763945, "12")  # type: ignore[arg-type]
cs.notice_latest("2024-09-30", 2)  # type: ignore[arg-type]
terms.mode = cs.RoundMode.FLOOR  # type: ignore[misc]
cs.Term(start=D(2016, 9, 1), initial_unit="months")  # type: ignore[arg-type]
wrong: str = cs.date_add(D(2024, 1, 1), 1)  # type: ignore[assignment]
