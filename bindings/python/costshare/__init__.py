"""libcostshare for Python: population-based cost splits, Swedish notice and
refund dates and the agreement lifecycle, exact to the öre.

The arithmetic is the C library's (bundled in the package as
``libcostshare.so.1``; ``COSTSHARE_LIBRARY`` names another build to load
instead); this module gives it Python types:

- dates are :class:`datetime.date` in and out (the library's range,
  0001-01-01 to 9999-12-31, is exactly Python's); in batches, day numbers
  (days since 1970-01-01) in any buffer of int32;
- constants are :class:`enum.IntEnum` classes (:class:`Unit`,
  :class:`RoundMode`, :class:`State`, :class:`EventKind`, :class:`Holiday`,
  ...) whose values are read from the loaded library at import, so they
  cannot drift from its headers; every ``COSTSHARE_<NAME>`` is also the
  module attribute ``<NAME>``;
- records and options (:class:`Agreement`, :class:`Event`, :class:`Term`,
  :class:`RefundTerms`, :class:`SplitOptions`) are immutable, hashable
  dataclasses whose values are checked when they are made, so none can hold a
  value that would wrap in C;
- a refused call raises a :class:`CostshareError` subclass that is also the
  built-in exception it means (:class:`RangeError` is a ``ValueError``,
  :class:`ResultOverflowError` an ``OverflowError``) with ``code`` and
  ``name``; a value of the wrong type raises ``TypeError`` and an integer
  that does not fit the C parameter ``OverflowError``, before the call.

Every exported C function ``costshare_<name>`` is the function ``<name>``.

>>> split(763945, [5453, 21577, 9882, 158520, 27019, 43549, 133749,
...                14521, 7421, 7920, 3733, 11631, 5343])[3]    # Linköping, 2018
268922
>>> notice_latest(datetime.date(2024, 9, 30), 2, Unit.MONTHS)
datetime.date(2024, 7, 31)
>>> refund_start(datetime.date(2024, 9, 30))
datetime.date(2024, 10, 1)
"""

from __future__ import annotations

import array
import ctypes
import dataclasses
import datetime
import enum
import sys
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple,
                    Type, TypeVar, Union, overload)

from . import _native
from ._native import constant as _c

if TYPE_CHECKING:  # pragma: no cover
    import numpy
    import numpy.typing

_fn = _native.function

# --------------------------------------------------------------------------
# Constants, from the loaded library's table (costshare_constant_at()).
# --------------------------------------------------------------------------


class ErrorCode(enum.IntEnum):
    """Return codes (error.h): ``OK`` or a negative code."""
    OK = _c("COSTSHARE_OK")
    EINVAL = _c("COSTSHARE_EINVAL")
    ERANGE = _c("COSTSHARE_ERANGE")
    EOVERFLOW = _c("COSTSHARE_EOVERFLOW")
    ENOWEIGHT = _c("COSTSHARE_ENOWEIGHT")
    ESIZE = _c("COSTSHARE_ESIZE")
    EPARSE = _c("COSTSHARE_EPARSE")
    ENOTALLOWED = _c("COSTSHARE_ENOTALLOWED")
    EDATEORDER = _c("COSTSHARE_EDATEORDER")
    ECONDITION = _c("COSTSHARE_ECONDITION")
    EBACKWARDS = _c("COSTSHARE_EBACKWARDS")
    EDEADLINE = _c("COSTSHARE_EDEADLINE")
    ENOTICE = _c("COSTSHARE_ENOTICE")
    ENOTYET = _c("COSTSHARE_ENOTYET")
    ETOOLATE = _c("COSTSHARE_ETOOLATE")
    ENOTERM = _c("COSTSHARE_ENOTERM")
    EAFTERTERM = _c("COSTSHARE_EAFTERTERM")
    ENOCLAUSE = _c("COSTSHARE_ENOCLAUSE")
    ENOPERIOD = _c("COSTSHARE_ENOPERIOD")
    ECONSENT = _c("COSTSHARE_ECONSENT")


class RoundMode(enum.IntEnum):
    """Rounding modes (round.h); ``HALF_AWAY`` (from zero) is the default."""
    HALF_AWAY = _c("COSTSHARE_ROUND_HALF_AWAY")
    HALF_EVEN = _c("COSTSHARE_ROUND_HALF_EVEN")
    FLOOR = _c("COSTSHARE_ROUND_FLOOR")
    CEILING = _c("COSTSHARE_ROUND_CEILING")
    TOWARD_ZERO = _c("COSTSHARE_ROUND_TOWARD_ZERO")


class SplitMethod(enum.IntEnum):
    """Split methods (split.h): the exact largest remainder, or the legacy
    "round each share" that can leave a residual."""
    LARGEST_REMAINDER = _c("COSTSHARE_SPLIT_LARGEST_REMAINDER")
    ROUND_EACH = _c("COSTSHARE_SPLIT_ROUND_EACH")


class Unit(enum.IntEnum):
    """Units of time (date.h), counted by Lag (1930:173) 1 §."""
    DAYS = _c("COSTSHARE_DAYS")
    WEEKS = _c("COSTSHARE_WEEKS")
    MONTHS = _c("COSTSHARE_MONTHS")
    YEARS = _c("COSTSHARE_YEARS")


class Holiday(enum.IntEnum):
    """Swedish public holidays, eves and weekend days (calendar_se.h): what
    :func:`se_holiday` and :func:`se_day_kind` return."""
    NONE = _c("COSTSHARE_SE_NONE")
    NEW_YEARS_DAY = _c("COSTSHARE_SE_NEW_YEARS_DAY")
    EPIPHANY = _c("COSTSHARE_SE_EPIPHANY")
    GOOD_FRIDAY = _c("COSTSHARE_SE_GOOD_FRIDAY")
    EASTER_DAY = _c("COSTSHARE_SE_EASTER_DAY")
    EASTER_MONDAY = _c("COSTSHARE_SE_EASTER_MONDAY")
    MAY_DAY = _c("COSTSHARE_SE_MAY_DAY")
    ASCENSION_DAY = _c("COSTSHARE_SE_ASCENSION_DAY")
    WHITSUNDAY = _c("COSTSHARE_SE_WHITSUNDAY")
    WHIT_MONDAY = _c("COSTSHARE_SE_WHIT_MONDAY")
    NATIONAL_DAY = _c("COSTSHARE_SE_NATIONAL_DAY")
    MIDSUMMER_DAY = _c("COSTSHARE_SE_MIDSUMMER_DAY")
    ALL_SAINTS_DAY = _c("COSTSHARE_SE_ALL_SAINTS_DAY")
    CHRISTMAS_DAY = _c("COSTSHARE_SE_CHRISTMAS_DAY")
    BOXING_DAY = _c("COSTSHARE_SE_BOXING_DAY")
    SUNDAY = _c("COSTSHARE_SE_SUNDAY")
    MIDSUMMER_EVE = _c("COSTSHARE_SE_MIDSUMMER_EVE")
    CHRISTMAS_EVE = _c("COSTSHARE_SE_CHRISTMAS_EVE")
    NEW_YEARS_EVE = _c("COSTSHARE_SE_NEW_YEARS_EVE")
    SATURDAY = _c("COSTSHARE_SE_SATURDAY")


class Language(enum.IntEnum):
    """Languages of :func:`se_holiday_name`."""
    SV = _c("COSTSHARE_LANG_SV")
    EN = _c("COSTSHARE_LANG_EN")


class NoticeFlag(enum.IntFlag):
    """Notice flags (notice.h, calendar_se.h), combined with ``|``."""
    CALENDAR_PERIODS = _c("COSTSHARE_CALENDAR_PERIODS")
    SE_DEADLINE = _c("COSTSHARE_SE_DEADLINE")
    CALENDAR_COUNT_CURRENT = _c("COSTSHARE_CALENDAR_COUNT_CURRENT")


class Basis(enum.IntEnum):
    """How a refund is pro-rated (refund.h)."""
    DAYS = _c("COSTSHARE_BASIS_DAYS")
    MONTHS = _c("COSTSHARE_BASIS_MONTHS")


class RefundRule(enum.IntEnum):
    """What an agreement refunds when it ends within an invoiced period."""
    NONE = _c("COSTSHARE_REFUND_NONE")
    NEXT_MONTH = _c("COSTSHARE_REFUND_NEXT_MONTH")
    NEXT_DAY = _c("COSTSHARE_REFUND_NEXT_DAY")


class VacancyRule(enum.IntEnum):
    """When an agreement refunds a vacancy."""
    NONE = _c("COSTSHARE_VACANCY_NONE")
    ANY = _c("COSTSHARE_VACANCY_ANY")
    LONGER_THAN = _c("COSTSHARE_VACANCY_LONGER_THAN")
    LONGER_THAN_END_DAY = _c("COSTSHARE_VACANCY_LONGER_THAN_END_DAY")


class State(enum.IntEnum):
    """Agreement states (agreement.h)."""
    EMPTY = _c("COSTSHARE_AGREEMENT_EMPTY")
    PROPOSED = _c("COSTSHARE_AGREEMENT_PROPOSED")
    REJECTED = _c("COSTSHARE_AGREEMENT_REJECTED")
    ADOPTED = _c("COSTSHARE_AGREEMENT_ADOPTED")
    SIGNED = _c("COSTSHARE_AGREEMENT_SIGNED")
    IN_FORCE = _c("COSTSHARE_AGREEMENT_IN_FORCE")
    TERMINATION_PENDING = _c("COSTSHARE_AGREEMENT_TERMINATION_PENDING")
    UNDER_NOTICE = _c("COSTSHARE_AGREEMENT_UNDER_NOTICE")
    ENDED = _c("COSTSHARE_AGREEMENT_ENDED")
    EXPIRED = _c("COSTSHARE_AGREEMENT_EXPIRED")
    REPLACED = _c("COSTSHARE_AGREEMENT_REPLACED")
    NOTICE_DECIDED = _c("COSTSHARE_AGREEMENT_NOTICE_DECIDED")
    NOTICE_SENT = _c("COSTSHARE_AGREEMENT_NOTICE_SENT")

    @property
    def label(self) -> str:
        """The display name, such as "in_force": the library's name of the
        constant without "COSTSHARE_AGREEMENT_", in lower case."""
        return _display_name(agreement_state_name(self), "COSTSHARE_AGREEMENT_")


class EventKind(enum.IntEnum):
    """Agreement event kinds (agreement.h); ``NONE`` is an unset event."""
    NONE = _c("COSTSHARE_EVENT_NONE")
    PROPOSE = _c("COSTSHARE_EVENT_PROPOSE")
    EXTEND_DEADLINE = _c("COSTSHARE_EVENT_EXTEND_DEADLINE")
    ADOPT = _c("COSTSHARE_EVENT_ADOPT")
    REJECT = _c("COSTSHARE_EVENT_REJECT")
    SIGN = _c("COSTSHARE_EVENT_SIGN")
    ENTER_FORCE = _c("COSTSHARE_EVENT_ENTER_FORCE")
    AMEND = _c("COSTSHARE_EVENT_AMEND")
    RENEW = _c("COSTSHARE_EVENT_RENEW")
    EXPIRE = _c("COSTSHARE_EVENT_EXPIRE")
    REPLACE = _c("COSTSHARE_EVENT_REPLACE")
    DECIDE_TERMINATION = _c("COSTSHARE_EVENT_DECIDE_TERMINATION")
    CONDITION_MET = _c("COSTSHARE_EVENT_CONDITION_MET")
    CONDITION_FAILED = _c("COSTSHARE_EVENT_CONDITION_FAILED")
    GIVE_NOTICE = _c("COSTSHARE_EVENT_GIVE_NOTICE")
    WITHDRAW = _c("COSTSHARE_EVENT_WITHDRAW")
    END = _c("COSTSHARE_EVENT_END")
    PROPOSE_DECISION = _c("COSTSHARE_EVENT_PROPOSE_DECISION")
    DECIDE_NOTICE = _c("COSTSHARE_EVENT_DECIDE_NOTICE")
    SEND_NOTICE = _c("COSTSHARE_EVENT_SEND_NOTICE")
    RECEIVE_NOTICE = _c("COSTSHARE_EVENT_RECEIVE_NOTICE")
    REPEAL = _c("COSTSHARE_EVENT_REPEAL")
    ANNOUNCE = _c("COSTSHARE_EVENT_ANNOUNCE")

    @property
    def label(self) -> str:
        """The display name, such as "give_notice"."""
        return _display_name(agreement_event_name(self), "COSTSHARE_EVENT_")


class EventFlag(enum.IntFlag):
    """Flags of an :class:`Event`."""
    SIGNED_BY_BOTH = _c("COSTSHARE_EVENT_SIGNED_BY_BOTH")
    CONSENTED = _c("COSTSHARE_EVENT_CONSENTED")


class Body(enum.IntEnum):
    """Who proposed or decided (agreement.h); ``NONE`` when nobody did."""
    NONE = _c("COSTSHARE_BODY_NONE")
    OFFICER = _c("COSTSHARE_BODY_OFFICER")
    COMMITTEE = _c("COSTSHARE_BODY_COMMITTEE")
    BOARD = _c("COSTSHARE_BODY_BOARD")
    COUNCIL = _c("COSTSHARE_BODY_COUNCIL")

    @property
    def label(self) -> str:
        """The display name, such as "committee"."""
        return _display_name(agreement_body_name(self), "COSTSHARE_BODY_")


class Mark(enum.IntFlag):
    """Marks of an agreement on a day (:func:`agreement_marks_on`)."""
    LATE = _c("COSTSHARE_MARK_LATE")
    FINAL = _c("COSTSHARE_MARK_FINAL")


class GroupOutcome(enum.IntEnum):
    """The outcome of a condition on a whole group (:func:`group_condition`)."""
    PENDING = _c("COSTSHARE_GROUP_PENDING")
    MET = _c("COSTSHARE_GROUP_MET")
    FAILED = _c("COSTSHARE_GROUP_FAILED")


class FindingKind(enum.IntEnum):
    """What a :class:`GroupFinding` found (:func:`group_coverage`)."""
    GAP = _c("COSTSHARE_GROUP_GAP")
    OVERLAP = _c("COSTSHARE_GROUP_OVERLAP")
    UNCOVERED = _c("COSTSHARE_GROUP_UNCOVERED")


class AmountGroup(enum.IntEnum):
    """Digit group separators of an amount's notation (amount.h)."""
    NONE = _c("COSTSHARE_AMOUNT_GROUP_NONE")
    SPACE = _c("COSTSHARE_AMOUNT_GROUP_SPACE")
    NBSP = _c("COSTSHARE_AMOUNT_GROUP_NBSP")
    NNBSP = _c("COSTSHARE_AMOUNT_GROUP_NNBSP")
    ANY = _c("COSTSHARE_AMOUNT_GROUP_ANY")


class AmountMark(enum.IntEnum):
    """Decimal marks of an amount's notation (amount.h)."""
    POINT = _c("COSTSHARE_AMOUNT_MARK_POINT")
    COMMA = _c("COSTSHARE_AMOUNT_MARK_COMMA")
    ANY = _c("COSTSHARE_AMOUNT_MARK_ANY")


class AmountFlag(enum.IntFlag):
    """Suffixes and the minus sign of an amount's notation (amount.h)."""
    KR = _c("COSTSHARE_AMOUNT_KR")
    TKR = _c("COSTSHARE_AMOUNT_TKR")
    PERCENT = _c("COSTSHARE_AMOUNT_PERCENT")
    MINUS_SIGN = _c("COSTSHARE_AMOUNT_MINUS_SIGN")


# The C name of every enum member is its prefix and its name (the tests check
# that every constant of the library is an enum member or a plain constant).
_ENUM_PREFIXES: Dict[Type[enum.Enum], str] = {
    ErrorCode: "COSTSHARE_", RoundMode: "COSTSHARE_ROUND_", SplitMethod: "COSTSHARE_SPLIT_",
    Unit: "COSTSHARE_", Holiday: "COSTSHARE_SE_", Language: "COSTSHARE_LANG_",
    NoticeFlag: "COSTSHARE_", Basis: "COSTSHARE_BASIS_", RefundRule: "COSTSHARE_REFUND_",
    VacancyRule: "COSTSHARE_VACANCY_", State: "COSTSHARE_AGREEMENT_",
    EventKind: "COSTSHARE_EVENT_", EventFlag: "COSTSHARE_EVENT_", Body: "COSTSHARE_BODY_",
    Mark: "COSTSHARE_MARK_", GroupOutcome: "COSTSHARE_GROUP_", FindingKind: "COSTSHARE_GROUP_",
    AmountGroup: "COSTSHARE_AMOUNT_GROUP_", AmountMark: "COSTSHARE_AMOUNT_MARK_",
    AmountFlag: "COSTSHARE_AMOUNT_"}

# Every constant as a module attribute: the enum members by their C names...
OK = ErrorCode.OK
EINVAL = ErrorCode.EINVAL
ERANGE = ErrorCode.ERANGE
EOVERFLOW = ErrorCode.EOVERFLOW
ENOWEIGHT = ErrorCode.ENOWEIGHT
ESIZE = ErrorCode.ESIZE
EPARSE = ErrorCode.EPARSE
ENOTALLOWED = ErrorCode.ENOTALLOWED
EDATEORDER = ErrorCode.EDATEORDER
ECONDITION = ErrorCode.ECONDITION
EBACKWARDS = ErrorCode.EBACKWARDS
EDEADLINE = ErrorCode.EDEADLINE
ENOTICE = ErrorCode.ENOTICE
ENOTYET = ErrorCode.ENOTYET
ETOOLATE = ErrorCode.ETOOLATE
ENOTERM = ErrorCode.ENOTERM
EAFTERTERM = ErrorCode.EAFTERTERM
ENOCLAUSE = ErrorCode.ENOCLAUSE
ENOPERIOD = ErrorCode.ENOPERIOD
ECONSENT = ErrorCode.ECONSENT
ROUND_HALF_AWAY = RoundMode.HALF_AWAY
ROUND_HALF_EVEN = RoundMode.HALF_EVEN
ROUND_FLOOR = RoundMode.FLOOR
ROUND_CEILING = RoundMode.CEILING
ROUND_TOWARD_ZERO = RoundMode.TOWARD_ZERO
SPLIT_LARGEST_REMAINDER = SplitMethod.LARGEST_REMAINDER
SPLIT_ROUND_EACH = SplitMethod.ROUND_EACH
DAYS = Unit.DAYS
WEEKS = Unit.WEEKS
MONTHS = Unit.MONTHS
YEARS = Unit.YEARS
SE_NONE = Holiday.NONE
SE_NEW_YEARS_DAY = Holiday.NEW_YEARS_DAY
SE_EPIPHANY = Holiday.EPIPHANY
SE_GOOD_FRIDAY = Holiday.GOOD_FRIDAY
SE_EASTER_DAY = Holiday.EASTER_DAY
SE_EASTER_MONDAY = Holiday.EASTER_MONDAY
SE_MAY_DAY = Holiday.MAY_DAY
SE_ASCENSION_DAY = Holiday.ASCENSION_DAY
SE_WHITSUNDAY = Holiday.WHITSUNDAY
SE_WHIT_MONDAY = Holiday.WHIT_MONDAY
SE_NATIONAL_DAY = Holiday.NATIONAL_DAY
SE_MIDSUMMER_DAY = Holiday.MIDSUMMER_DAY
SE_ALL_SAINTS_DAY = Holiday.ALL_SAINTS_DAY
SE_CHRISTMAS_DAY = Holiday.CHRISTMAS_DAY
SE_BOXING_DAY = Holiday.BOXING_DAY
SE_SUNDAY = Holiday.SUNDAY
SE_MIDSUMMER_EVE = Holiday.MIDSUMMER_EVE
SE_CHRISTMAS_EVE = Holiday.CHRISTMAS_EVE
SE_NEW_YEARS_EVE = Holiday.NEW_YEARS_EVE
SE_SATURDAY = Holiday.SATURDAY
LANG_SV = Language.SV
LANG_EN = Language.EN
CALENDAR_PERIODS = NoticeFlag.CALENDAR_PERIODS
SE_DEADLINE = NoticeFlag.SE_DEADLINE
CALENDAR_COUNT_CURRENT = NoticeFlag.CALENDAR_COUNT_CURRENT
BASIS_DAYS = Basis.DAYS
BASIS_MONTHS = Basis.MONTHS
REFUND_NONE = RefundRule.NONE
REFUND_NEXT_MONTH = RefundRule.NEXT_MONTH
REFUND_NEXT_DAY = RefundRule.NEXT_DAY
VACANCY_NONE = VacancyRule.NONE
VACANCY_ANY = VacancyRule.ANY
VACANCY_LONGER_THAN = VacancyRule.LONGER_THAN
VACANCY_LONGER_THAN_END_DAY = VacancyRule.LONGER_THAN_END_DAY
AGREEMENT_EMPTY = State.EMPTY
AGREEMENT_PROPOSED = State.PROPOSED
AGREEMENT_REJECTED = State.REJECTED
AGREEMENT_ADOPTED = State.ADOPTED
AGREEMENT_SIGNED = State.SIGNED
AGREEMENT_IN_FORCE = State.IN_FORCE
AGREEMENT_TERMINATION_PENDING = State.TERMINATION_PENDING
AGREEMENT_UNDER_NOTICE = State.UNDER_NOTICE
AGREEMENT_ENDED = State.ENDED
AGREEMENT_EXPIRED = State.EXPIRED
AGREEMENT_REPLACED = State.REPLACED
AGREEMENT_NOTICE_DECIDED = State.NOTICE_DECIDED
AGREEMENT_NOTICE_SENT = State.NOTICE_SENT
EVENT_NONE = EventKind.NONE
EVENT_PROPOSE = EventKind.PROPOSE
EVENT_EXTEND_DEADLINE = EventKind.EXTEND_DEADLINE
EVENT_ADOPT = EventKind.ADOPT
EVENT_REJECT = EventKind.REJECT
EVENT_SIGN = EventKind.SIGN
EVENT_ENTER_FORCE = EventKind.ENTER_FORCE
EVENT_AMEND = EventKind.AMEND
EVENT_RENEW = EventKind.RENEW
EVENT_EXPIRE = EventKind.EXPIRE
EVENT_REPLACE = EventKind.REPLACE
EVENT_DECIDE_TERMINATION = EventKind.DECIDE_TERMINATION
EVENT_CONDITION_MET = EventKind.CONDITION_MET
EVENT_CONDITION_FAILED = EventKind.CONDITION_FAILED
EVENT_GIVE_NOTICE = EventKind.GIVE_NOTICE
EVENT_WITHDRAW = EventKind.WITHDRAW
EVENT_END = EventKind.END
EVENT_PROPOSE_DECISION = EventKind.PROPOSE_DECISION
EVENT_DECIDE_NOTICE = EventKind.DECIDE_NOTICE
EVENT_SEND_NOTICE = EventKind.SEND_NOTICE
EVENT_RECEIVE_NOTICE = EventKind.RECEIVE_NOTICE
EVENT_REPEAL = EventKind.REPEAL
EVENT_ANNOUNCE = EventKind.ANNOUNCE
EVENT_SIGNED_BY_BOTH = EventFlag.SIGNED_BY_BOTH
EVENT_CONSENTED = EventFlag.CONSENTED
BODY_NONE = Body.NONE
BODY_OFFICER = Body.OFFICER
BODY_COMMITTEE = Body.COMMITTEE
BODY_BOARD = Body.BOARD
BODY_COUNCIL = Body.COUNCIL
MARK_LATE = Mark.LATE
MARK_FINAL = Mark.FINAL
GROUP_PENDING = GroupOutcome.PENDING
GROUP_MET = GroupOutcome.MET
GROUP_FAILED = GroupOutcome.FAILED
GROUP_GAP = FindingKind.GAP
GROUP_OVERLAP = FindingKind.OVERLAP
GROUP_UNCOVERED = FindingKind.UNCOVERED
AMOUNT_GROUP_NONE = AmountGroup.NONE
AMOUNT_GROUP_SPACE = AmountGroup.SPACE
AMOUNT_GROUP_NBSP = AmountGroup.NBSP
AMOUNT_GROUP_NNBSP = AmountGroup.NNBSP
AMOUNT_GROUP_ANY = AmountGroup.ANY
AMOUNT_MARK_POINT = AmountMark.POINT
AMOUNT_MARK_COMMA = AmountMark.COMMA
AMOUNT_MARK_ANY = AmountMark.ANY
AMOUNT_KR = AmountFlag.KR
AMOUNT_TKR = AmountFlag.TKR
AMOUNT_PERCENT = AmountFlag.PERCENT
AMOUNT_MINUS_SIGN = AmountFlag.MINUS_SIGN

# ... and the plain numbers (limits, sizes, counts, struct versions).
VERSION_MAJOR: int = _native.MAJOR  # the major version this binding is for
DATE_MIN: int = _c("COSTSHARE_DATE_MIN")
DATE_MAX: int = _c("COSTSHARE_DATE_MAX")
DATE_TEXT_SIZE: int = _c("COSTSHARE_DATE_TEXT_SIZE")
SE_DATE_MIN: int = _c("COSTSHARE_SE_DATE_MIN")
PERCENT_DECIMALS_MIN: int = _c("COSTSHARE_PERCENT_DECIMALS_MIN")
PERCENT_DECIMALS_MAX: int = _c("COSTSHARE_PERCENT_DECIMALS_MAX")
ONCOST_BP_MAX: int = _c("COSTSHARE_ONCOST_BP_MAX")
AGREEMENT_NO_DATE: int = _c("COSTSHARE_AGREEMENT_NO_DATE")
AGREEMENT_STATE_COUNT: int = _c("COSTSHARE_AGREEMENT_STATE_COUNT")
AGREEMENT_MAX_COUNT: int = _c("COSTSHARE_AGREEMENT_MAX_COUNT")
EVENT_COUNT: int = _c("COSTSHARE_EVENT_COUNT")
SPLIT_OPTIONS_VERSION: int = _c("COSTSHARE_SPLIT_OPTIONS_VERSION")
TERM_VERSION: int = _c("COSTSHARE_TERM_VERSION")
REFUND_TERMS_VERSION: int = _c("COSTSHARE_REFUND_TERMS_VERSION")
AGREEMENT_VERSION: int = _c("COSTSHARE_AGREEMENT_VERSION")
EVENT_VERSION: int = _c("COSTSHARE_EVENT_VERSION")
BODY_COUNT: int = _c("COSTSHARE_BODY_COUNT")
GROUP_MIXED: int = _c("COSTSHARE_GROUP_MIXED")  # group_state_on() gives None for it
AMOUNT_DECIMALS_MAX: int = _c("COSTSHARE_AMOUNT_DECIMALS_MAX")
AMOUNT_TEXT_SIZE: int = _c("COSTSHARE_AMOUNT_TEXT_SIZE")
AMOUNT_OPTIONS_VERSION: int = _c("COSTSHARE_AMOUNT_OPTIONS_VERSION")
# invoice.h's invoice run and post.h's post terms (no typed wrapper yet).
INVOICE_OPEN: int = _c("COSTSHARE_INVOICE_OPEN")
INVOICE_NO_MONTHS: int = _c("COSTSHARE_INVOICE_NO_MONTHS")
INVOICE_REDISTRIBUTE: int = _c("COSTSHARE_INVOICE_REDISTRIBUTE")
INVOICE_FIXED_SHARES: int = _c("COSTSHARE_INVOICE_FIXED_SHARES")
INVOICE_PLAN_VERSION: int = _c("COSTSHARE_INVOICE_PLAN_VERSION")
POST_TERMS_VERSION: int = _c("COSTSHARE_POST_TERMS_VERSION")
REVISION_BP_MIN: int = _c("COSTSHARE_REVISION_BP_MIN")
FTE_BP_MAX: int = _c("COSTSHARE_FTE_BP_MAX")

# The release numbers of the loaded library (COSTSHARE_VERSION_MINOR, ...)
# are not mirrored: version() and version_number() give them.
__version__: str = _native.text(_native.lib.costshare_version())

# --------------------------------------------------------------------------
# Errors.
# --------------------------------------------------------------------------


class CostshareError(Exception):
    """A call refused by libcostshare.

    ``code`` is the return code (an :class:`ErrorCode`, or the plain number
    for a code this binding does not know), ``name`` its name
    ("COSTSHARE_ERANGE") and ``message`` the library's
    costshare_error_message() text. A batch function (``*_batch``) that refuses
    an element sets ``index``, the position of the first element refused; it
    is None otherwise. A subclass per code is raised, each also the built-in
    exception it means, so ``except ValueError`` catches a refused value:

    >>> try:
    ...     date_parse("2024-02-30")
    ... except ValueError as err:
    ...     print(type(err).__name__, err.code.name, err.name)
    RangeError ERANGE COSTSHARE_ERANGE
    """

    code: int = 0
    index: Optional[int] = None

    def __init__(self, code: Optional[int] = None, index: Optional[int] = None) -> None:
        if code is None:
            code = type(self).code
        try:
            code = ErrorCode(code)
        except ValueError:
            pass
        self.code = code
        self.index = index
        self.name: str = error_name(code)
        self.message: str = error_message(code)
        super().__init__(code, self.name, self.message)

    def __str__(self) -> str:
        where = "" if self.index is None else " (element %d)" % self.index
        return "%s: %s%s" % (self.name, self.message, where)


class InvalidArgumentError(CostshareError, ValueError):
    """COSTSHARE_EINVAL: an argument the function does not take."""
    code = ErrorCode.EINVAL


class RangeError(CostshareError, ValueError):
    """COSTSHARE_ERANGE: a number or date outside its documented range."""
    code = ErrorCode.ERANGE


class ResultOverflowError(CostshareError, OverflowError):
    """COSTSHARE_EOVERFLOW: the exact result does not fit in 64 bits."""
    code = ErrorCode.EOVERFLOW


class NoWeightError(CostshareError, ValueError):
    """COSTSHARE_ENOWEIGHT: every weight is zero."""
    code = ErrorCode.ENOWEIGHT


class SizeError(CostshareError, ValueError):
    """COSTSHARE_ESIZE: an output buffer too small."""
    code = ErrorCode.ESIZE


class ParseError(CostshareError, ValueError):
    """COSTSHARE_EPARSE: text that is not ``YYYY-MM-DD``."""
    code = ErrorCode.EPARSE


class NotAllowedError(CostshareError, ValueError):
    """COSTSHARE_ENOTALLOWED: the event is not allowed in the state."""
    code = ErrorCode.ENOTALLOWED


class DateOrderError(CostshareError, ValueError):
    """COSTSHARE_EDATEORDER: an event dated before the record's last event."""
    code = ErrorCode.EDATEORDER


class ConditionError(CostshareError, ValueError):
    """COSTSHARE_ECONDITION: a condition of the event is not met."""
    code = ErrorCode.ECONDITION


class BackwardsError(CostshareError, ValueError):
    """COSTSHARE_EBACKWARDS: dates in the wrong order."""
    code = ErrorCode.EBACKWARDS


class DeadlineError(CostshareError, ValueError):
    """COSTSHARE_EDEADLINE: after the response deadline."""
    code = ErrorCode.EDEADLINE


class NoticeError(CostshareError, ValueError):
    """COSTSHARE_ENOTICE: too late for the notice period to end by the wanted day."""
    code = ErrorCode.ENOTICE


class NotYetError(CostshareError, ValueError):
    """COSTSHARE_ENOTYET: before the day the event can happen."""
    code = ErrorCode.ENOTYET


class TooLateError(CostshareError, ValueError):
    """COSTSHARE_ETOOLATE: after the day the event could happen."""
    code = ErrorCode.ETOOLATE


class NoTermError(CostshareError, ValueError):
    """COSTSHARE_ENOTERM: the agreement has no fixed term."""
    code = ErrorCode.ENOTERM


class AfterTermError(CostshareError, ValueError):
    """COSTSHARE_EAFTERTERM: a last day after the term end."""
    code = ErrorCode.EAFTERTERM


class NoClauseError(CostshareError, ValueError):
    """COSTSHARE_ENOCLAUSE: the agreement has no termination clause."""
    code = ErrorCode.ENOCLAUSE


class NoPeriodError(CostshareError, ValueError):
    """COSTSHARE_ENOPERIOD: the agreement states no notice period and the
    event gives none."""
    code = ErrorCode.ENOPERIOD


class ConsentError(CostshareError, ValueError):
    """COSTSHARE_ECONSENT: a withdrawal that needs the other party's consent."""
    code = ErrorCode.ECONSENT


_ERRORS: Dict[int, Type[CostshareError]] = {cls.code: cls for cls in (
    InvalidArgumentError, RangeError, ResultOverflowError, NoWeightError, SizeError,
    ParseError, NotAllowedError, DateOrderError, ConditionError, BackwardsError,
    DeadlineError, NoticeError, NotYetError, TooLateError, NoTermError, AfterTermError,
    NoClauseError, NoPeriodError, ConsentError)}


def _check(rc: int, index: Optional[int] = None) -> int:
    """Raise the CostshareError subclass for a negative return code."""
    if rc < 0:
        raise _ERRORS.get(rc, CostshareError)(rc, index)
    return rc


# --------------------------------------------------------------------------
# Argument conversion: strict types, no silent truncation.
# --------------------------------------------------------------------------

_EPOCH = datetime.date(1970, 1, 1).toordinal()
_E = TypeVar("_E", bound=enum.IntEnum)
_F = TypeVar("_F", bound=enum.IntFlag)


_LIMITS = _native.LIMITS


def _integer(value: int, what: str, kind: str = "int32") -> int:
    """``value`` as a plain int that fits the C type ``kind``."""
    if type(value) is not int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("%s must be an int, not %s" % (what, type(value).__name__))
        value = int(value)
    lo, hi = _LIMITS[kind]
    if lo <= value <= hi:
        return value
    raise OverflowError("%s %d does not fit in %s" % (what, value, kind))


def to_day_number(value: datetime.date, what: str = "date") -> int:
    """A date as the library's day number (days since 1970-01-01), the unit
    of the int32 buffers the batch functions take.

    >>> to_day_number(datetime.date(2024, 7, 31))
    19935
    """
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError("%s must be a datetime.date, not %s" % (what, type(value).__name__))
    return value.toordinal() - _EPOCH


def from_day_number(day: int) -> datetime.date:
    """The date of a day number (the inverse of :func:`to_day_number`).

    >>> from_day_number(19996)
    datetime.date(2024, 9, 30)
    """
    return datetime.date.fromordinal(_integer(day, "day") + _EPOCH)


_day = to_day_number


def _date(day: int) -> datetime.date:
    """A day number the library wrote (always in range) as a date."""
    return datetime.date.fromordinal(day + _EPOCH)


def _day_or_none(value: Optional[datetime.date], what: str) -> int:
    return AGREEMENT_NO_DATE if value is None else _day(value, what)


def _date_or_none(day: int) -> Optional[datetime.date]:
    return None if day == AGREEMENT_NO_DATE else _date(day)


def _text(value: Union[str, bytes], what: str) -> bytes:
    if isinstance(value, str):
        value = value.encode("utf-8")
    elif not isinstance(value, bytes):
        raise TypeError("%s must be a str, not %s" % (what, type(value).__name__))
    if b"\0" in value:
        # C would read only up to the NUL: "COSTSHARE_MONTHS\0junk" is no name.
        raise ValueError("%s must not contain a NUL character" % what)
    return value


def _member(cls: Type[_E], value: int, what: str) -> _E:
    """``value`` as a member of the enum ``cls`` (ValueError if it is none)."""
    _integer(value, what)
    try:
        return cls(value)
    except ValueError:
        raise ValueError("%s %d is not a costshare.%s" % (what, value, cls.__name__)) from None


def _flags(cls: Type[_F], value: int, what: str) -> _F:
    return cls(_integer(value, what, "uint32"))


def _out_i32(fn: Callable[..., int], *args: Any) -> int:
    out = _native.i32()
    _check(fn(*(args + (ctypes.byref(out),))))
    return out.value


def _out_date(fn: Callable[..., int], *args: Any) -> datetime.date:
    out = _native.date()
    _check(fn(*(args + (ctypes.byref(out),))))
    return _date(out.value)


def _display_name(name: str, prefix: str) -> str:
    """A constant's name as shown to people: without its prefix, in lower case
    ("COSTSHARE_AGREEMENT_IN_FORCE" -> "in_force"). The library keeps the one
    name; this is derived from it."""
    return (name[len(prefix):] if name.startswith(prefix) else name).lower()


# --------------------------------------------------------------------------
# Buffers: int64 weights and shares, int32 day numbers.
# --------------------------------------------------------------------------

if TYPE_CHECKING:
    Int64Buffer = Union[array.array[int], memoryview, numpy.typing.NDArray[numpy.int64]]
    Int32Buffer = Union[array.array[int], memoryview, numpy.typing.NDArray[numpy.int32]]
    Datetime64Array = numpy.typing.NDArray[numpy.datetime64]

_ENDIAN = "<" if sys.byteorder == "little" else ">"
_NATIVE: Dict[int, Tuple[str, ...]] = {
    size: tuple(prefix + code for code in "bhilq" if array.array(code).itemsize == size
                for prefix in ("", "@", "=", _ENDIAN))
    for size in (4, 8)}


def _buffer(values: Any, itemsize: int, what: str) -> Optional[memoryview]:
    """A one-dimensional memoryview of native signed integers of ``itemsize``
    bytes over ``values``, or None when ``values`` exposes no buffer (then it
    is a sequence to convert element by element)."""
    if isinstance(values, (str, bytes, bytearray)):
        raise TypeError("%s must be a sequence of ints or a buffer of int%d, not %s"
                        % (what, itemsize * 8, type(values).__name__))
    try:
        view = memoryview(values)
    except TypeError:
        return None
    if view.ndim != 1 or view.itemsize != itemsize or view.format not in _NATIVE[itemsize]:
        raise TypeError("%s must be a one-dimensional buffer of native int%d (array('%s'), "
                        "numpy.int%d), not format %r with %d-byte items in %d dimensions"
                        % (what, itemsize * 8, "q" if itemsize == 8 else "i", itemsize * 8,
                           view.format, view.itemsize, view.ndim))
    return view


def _c_array(view: memoryview, ctype: Any) -> Any:
    """The buffer as a ctypes array: shared when it is writable and
    contiguous, else one copy of its bytes (never element by element)."""
    n = len(view)
    kind = ctype * max(n, 1)
    if n == 0:
        return kind()
    if view.readonly or not view.c_contiguous:
        return kind.from_buffer_copy(view.tobytes())
    return (ctype * n).from_buffer(view)


def _zeros(code: str, n: int) -> "array.array[int]":
    return array.array(code, [0]) * n


def _weights(values: Any, what: str = "weights") -> Tuple[Any, int, bool]:
    """(ctypes int64 array, count, from a buffer) for weights."""
    view = _buffer(values, 8, what)
    if view is not None:
        return _c_array(view, _native.i64), len(view), True
    if not hasattr(values, "__iter__"):
        raise TypeError("%s must be a sequence of ints or a buffer of int64, not %s"
                        % (what, type(values).__name__))
    ints = [_integer(w, what[:-1], "int64") for w in values]
    return (_native.i64 * max(len(ints), 1))(*ints), len(ints), False


def _shares(fn: Callable[..., int], weights: Any, before: Tuple[Any, ...],
            after: Tuple[Any, ...], extra: Tuple[Any, ...] = ()) -> Any:
    """Calls fn(*before, weights, n, *after, shares, *extra) and returns the
    shares: a list for a sequence, an array('q') for a buffer."""
    arr, n, is_buffer = _weights(weights)
    out = _zeros("q", max(n, 1))
    shares = (_native.i64 * max(n, 1)).from_buffer(out)
    try:
        _check(fn(*before, arr, n, *after, shares, *extra))
    finally:
        del shares
    if n == 0:
        out = _zeros("q", 0)
    return out if is_buffer else out.tolist()


# --------------------------------------------------------------------------
# Records and options: immutable, checked when made, converted at the call.
# --------------------------------------------------------------------------

# Each field's C kind: "int32", "uint32", "int64", "date", "date?" (a date or
# None) or an enum class; and its C name when it differs.


def _field(default: Any, kind: Any, c_name: Optional[str] = None) -> Any:
    return dataclasses.field(default=default, metadata={"kind": kind, "c": c_name})


def _validate(obj: Any) -> None:
    for f in dataclasses.fields(obj):
        kind = f.metadata["kind"]
        value = getattr(obj, f.name)
        if kind == "date":
            _day(value, f.name)
        elif kind == "date?":
            if value is not None:
                _day(value, f.name)
        elif isinstance(kind, str):
            _integer(value, f.name, kind)
        elif issubclass(kind, enum.IntFlag):
            object.__setattr__(obj, f.name, _flags(kind, value, f.name))
        else:
            object.__setattr__(obj, f.name, _member(kind, value, f.name))


def _copy(struct: Any) -> Any:
    return type(struct).from_buffer_copy(struct)


def _to_c(obj: Any, default: Any) -> Any:
    """The ctypes mirror of a record: the library's initial struct with the
    record's values (checked when the record was made)."""
    c = _copy(default)
    for f in dataclasses.fields(obj):
        kind = f.metadata["kind"]
        value = getattr(obj, f.name)
        if kind == "date":
            value = _day(value, f.name)
        elif kind == "date?":
            value = _day_or_none(value, f.name)
        setattr(c, f.metadata["c"] or f.name, int(value))
    return c


def _from_c(cls: Any, c: Any) -> Any:
    values: Dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        raw = getattr(c, f.metadata["c"] or f.name)
        kind = f.metadata["kind"]
        if kind == "date":
            values[f.name] = _date(raw)
        elif kind == "date?":
            values[f.name] = _date_or_none(raw)
        else:
            values[f.name] = raw
    return cls(**values)


_SPLIT0 = _native.initialised("costshare_split_options")
_AMOUNT0 = _native.initialised("costshare_amount_options")
_TERM0 = _native.initialised("costshare_term")
_REFUND0 = _native.initialised("costshare_refund_terms")
_AGREEMENT0 = _native.initialised("costshare_agreement")
_EVENT0 = _native.initialised("costshare_event")


@dataclasses.dataclass(frozen=True)
class SplitOptions:
    """The options of :func:`split_ex` (struct costshare_split_options).

    ``method`` is the :class:`SplitMethod`; ``unit`` the rounding unit (every
    share a whole multiple of it, at least 1); ``fixed`` the part of the total
    shared equally before the rest is split by weight (a mixed key).

    >>> SplitOptions(unit=100)
    SplitOptions(method=<SplitMethod.LARGEST_REMAINDER: 0>, unit=100, fixed=0)
    """
    method: SplitMethod = _field(SplitMethod(_SPLIT0.method), SplitMethod)
    unit: int = _field(_SPLIT0.unit, "int64")
    fixed: int = _field(_SPLIT0.fixed, "int64")

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class AmountOptions:
    """The notation of an amount for :func:`amount_parse` and
    :func:`amount_format` (struct costshare_amount_options, amount.h):
    ``decimals`` after the mark (the amount is an int in units of
    10**-decimals), the digit ``group`` separator, the ``decimal_mark`` and
    the suffix and minus-sign ``flags``. The default is plain whole units.

    >>> swedish = AmountOptions(decimals=2, group=AmountGroup.SPACE,
    ...                         decimal_mark=AmountMark.COMMA, flags=AmountFlag.KR)
    >>> amount_format(105228050, swedish)
    '1 052 280,50 kr'
    """
    decimals: int = _field(_AMOUNT0.decimals, "int32")
    group: AmountGroup = _field(AmountGroup(_AMOUNT0.group), AmountGroup)
    decimal_mark: AmountMark = _field(AmountMark(_AMOUNT0.decimal_mark), AmountMark)
    flags: AmountFlag = _field(AmountFlag(_AMOUNT0.flags), AmountFlag)

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class Term:
    """A fixed term renewed unless notice is given in time (struct
    costshare_term, term.h). The 2016 agreement: from 2016-09-01 for 17
    months, then a year at a time, three months' notice:

    >>> t = Term(start=datetime.date(2016, 9, 1), initial_count=17,
    ...          initial_unit=Unit.MONTHS, renewal_count=1, renewal_unit=Unit.YEARS,
    ...          notice_count=3, notice_unit=Unit.MONTHS)
    >>> term_end(t, datetime.date(2017, 6, 1))
    datetime.date(2018, 1, 31)
    """
    start: datetime.date = _field(_date(_TERM0.start), "date")
    initial_count: int = _field(_TERM0.initial_count, "int32")
    initial_unit: Unit = _field(Unit(_TERM0.initial_unit), Unit)
    renewal_count: int = _field(_TERM0.renewal_count, "int32")
    renewal_unit: Unit = _field(Unit(_TERM0.renewal_unit), Unit)
    notice_count: int = _field(_TERM0.notice_count, "int32")
    notice_unit: Unit = _field(Unit(_TERM0.notice_unit), Unit)
    notice_flags: NoticeFlag = _field(NoticeFlag(_TERM0.notice_flags), NoticeFlag)

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class RefundTerms:
    """What an agreement refunds (struct costshare_refund_terms, refund.h).
    The 2018 agreement refunds from the month after the last day, by months:

    >>> terms = RefundTerms(termination=RefundRule.NEXT_MONTH,
    ...                     termination_basis=Basis.MONTHS)
    >>> refund_termination(terms, 64000, datetime.date(2024, 1, 1),
    ...                    datetime.date(2024, 12, 31), datetime.date(2024, 9, 30))
    16000
    """
    termination: RefundRule = _field(RefundRule(_REFUND0.termination), RefundRule)
    termination_basis: Basis = _field(Basis(_REFUND0.termination_basis), Basis)
    vacancy: VacancyRule = _field(VacancyRule(_REFUND0.vacancy), VacancyRule)
    vacancy_min_count: int = _field(_REFUND0.vacancy_min_count, "int32")
    vacancy_min_unit: Unit = _field(Unit(_REFUND0.vacancy_min_unit), Unit)
    vacancy_basis: Basis = _field(Basis(_REFUND0.vacancy_basis), Basis)
    mode: RoundMode = _field(RoundMode(_REFUND0.mode), RoundMode)

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class Event:
    """One dated event of an agreement (struct costshare_event,
    agreement.h); the C member ``from`` is ``from_``. Dates are
    datetime.date or None (no date).

    >>> Event(EventKind.GIVE_NOTICE, datetime.date(2024, 7, 31),
    ...       last_day=datetime.date(2024, 9, 30)).kind.label
    'give_notice'
    """
    kind: EventKind = _field(EventKind(_EVENT0.kind), EventKind)
    date: Optional[datetime.date] = _field(_date_or_none(_EVENT0.date), "date?")
    deadline: Optional[datetime.date] = _field(_date_or_none(_EVENT0.deadline), "date?")
    from_: Optional[datetime.date] = _field(_date_or_none(getattr(_EVENT0, "from")), "date?",
                                            "from")
    term_end: Optional[datetime.date] = _field(_date_or_none(_EVENT0.term_end), "date?")
    last_day: Optional[datetime.date] = _field(_date_or_none(_EVENT0.last_day), "date?")
    notice_count: int = _field(_EVENT0.notice_count, "int32")
    notice_unit: Unit = _field(Unit(_EVENT0.notice_unit), Unit)
    notice_flags: NoticeFlag = _field(NoticeFlag(_EVENT0.notice_flags), NoticeFlag)
    renewal_count: int = _field(_EVENT0.renewal_count, "int32")
    renewal_unit: Unit = _field(Unit(_EVENT0.renewal_unit), Unit)
    flags: EventFlag = _field(EventFlag(_EVENT0.flags), EventFlag)
    body: Body = _field(Body(_EVENT0.body), Body)
    proposed_kind: EventKind = _field(EventKind(_EVENT0.proposed_kind), EventKind)

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class Agreement:
    """An agreement's record (struct costshare_agreement, agreement.h):
    immutable and hashable; each :meth:`apply` returns a new Agreement.
    Dates are datetime.date or None. Linköping's termination, 2024:

    >>> a = Agreement().apply(EventKind.ENTER_FORCE, datetime.date(2018, 11, 18),
    ...                       notice_count=2, notice_unit=Unit.MONTHS)
    >>> a = a.apply(EventKind.GIVE_NOTICE, datetime.date(2024, 7, 31),
    ...             last_day=datetime.date(2024, 9, 30))
    >>> a.state_name, a.last_day, a.refund_start
    ('under_notice', datetime.date(2024, 9, 30), datetime.date(2024, 10, 1))
    >>> a.state_on(datetime.date(2024, 10, 1))
    <State.ENDED: 8>

    ``bytes(a)`` is the C record and :meth:`from_bytes` loads one (checked
    by the library).
    """
    state: State = _field(State(_AGREEMENT0.state), State)
    last_event_kind: EventKind = _field(EventKind(_AGREEMENT0.last_event_kind), EventKind)
    last_event: Optional[datetime.date] = _field(None, "date?")
    proposed: Optional[datetime.date] = _field(None, "date?")
    response_deadline: Optional[datetime.date] = _field(None, "date?")
    decided: Optional[datetime.date] = _field(None, "date?")
    signed_on: Optional[datetime.date] = _field(None, "date?")
    in_force_from: Optional[datetime.date] = _field(None, "date?")
    term_end: Optional[datetime.date] = _field(None, "date?")
    termination_decided: Optional[datetime.date] = _field(None, "date?")
    wanted_last_day: Optional[datetime.date] = _field(None, "date?")
    notice_given: Optional[datetime.date] = _field(None, "date?")
    last_day: Optional[datetime.date] = _field(None, "date?")
    refund_start: Optional[datetime.date] = _field(None, "date?")
    withdrawn_on: Optional[datetime.date] = _field(None, "date?")
    last_amended: Optional[datetime.date] = _field(None, "date?")
    notice_count: int = _field(_AGREEMENT0.notice_count, "int32")
    notice_unit: Unit = _field(Unit(_AGREEMENT0.notice_unit), Unit)
    notice_flags: NoticeFlag = _field(NoticeFlag(_AGREEMENT0.notice_flags), NoticeFlag)
    renewal_count: int = _field(_AGREEMENT0.renewal_count, "int32")
    renewal_unit: Unit = _field(Unit(_AGREEMENT0.renewal_unit), Unit)
    renewals: int = _field(_AGREEMENT0.renewals, "int32")
    amendments: int = _field(_AGREEMENT0.amendments, "int32")
    proposals: int = _field(_AGREEMENT0.proposals, "int32")
    last_proposal: Optional[datetime.date] = _field(None, "date?")
    last_proposal_body: Body = _field(Body(_AGREEMENT0.last_proposal_body), Body)
    last_proposal_kind: EventKind = _field(EventKind(_AGREEMENT0.last_proposal_kind),
                                           EventKind)
    last_decision: Optional[datetime.date] = _field(None, "date?")
    last_decision_kind: EventKind = _field(EventKind(_AGREEMENT0.last_decision_kind),
                                           EventKind)
    last_decision_body: Body = _field(Body(_AGREEMENT0.last_decision_body), Body)
    announced: Optional[datetime.date] = _field(None, "date?")
    appeal_last_day: Optional[datetime.date] = _field(None, "date?")
    condition_met: Optional[datetime.date] = _field(None, "date?")
    notice_sent: Optional[datetime.date] = _field(None, "date?")
    marks: Mark = _field(Mark(_AGREEMENT0.marks), Mark)

    def __post_init__(self) -> None:
        _validate(self)

    def apply(self, event: Union[Event, EventKind, int],
              date: Optional[datetime.date] = None, *,
              deadline: Optional[datetime.date] = None,
              from_: Optional[datetime.date] = None,
              term_end: Optional[datetime.date] = None,
              last_day: Optional[datetime.date] = None,
              notice_count: Optional[int] = None, notice_unit: Optional[int] = None,
              notice_flags: Optional[int] = None, renewal_count: Optional[int] = None,
              renewal_unit: Optional[int] = None, flags: Optional[int] = None,
              body: Optional[int] = None,
              proposed_kind: Optional[int] = None) -> Agreement:
        """The agreement after one more event: an :class:`Event`, or an
        :class:`EventKind` with its date and the event's other members as
        keywords. This agreement is not changed; a refusal raises its
        CostshareError subclass."""
        given = {"deadline": deadline, "from_": from_, "term_end": term_end,
                 "last_day": last_day, "notice_count": notice_count,
                 "notice_unit": notice_unit, "notice_flags": notice_flags,
                 "renewal_count": renewal_count, "renewal_unit": renewal_unit,
                 "flags": flags, "body": body, "proposed_kind": proposed_kind}
        params: Dict[str, Any] = {k: v for k, v in given.items() if v is not None}
        if isinstance(event, Event):
            if date is not None or params:
                raise TypeError("give either an Event or a kind with its date and members")
            ev = event
        else:
            if date is None:
                raise TypeError("the event needs a date")
            ev = Event(kind=_member(EventKind, event, "event"), date=date, **params)
        return agreement_apply(self, ev)

    def state_on(self, day: datetime.date) -> State:
        """The state on ``day``."""
        return agreement_state_on(self, day)

    def state_name_on(self, day: datetime.date) -> str:
        """The display name of the state on ``day``, such as "ended"."""
        return self.state_on(day).label

    @property
    def state_name(self) -> str:
        """The display name of the current state, such as "under_notice"."""
        return self.state.label

    def marks_on(self, day: datetime.date) -> Mark:
        """The marks on ``day`` (:func:`agreement_marks_on`)."""
        return agreement_marks_on(self, day)

    def is_final_on(self, day: datetime.date) -> bool:
        """Whether the latest decision can no longer be appealed on ``day``
        (vunnit laga kraft)."""
        return bool(self.marks_on(day) & Mark.FINAL)

    @property
    def last_proposal_body_name(self) -> Optional[str]:
        """The display name of the body of the latest proposal, such as
        "committee", or None when there is none."""
        body = self.last_proposal_body
        return None if body == Body.NONE else body.label

    @property
    def last_event_name(self) -> Optional[str]:
        """The display name of the last event applied, such as
        "condition_met", or None."""
        return None if self.last_event_kind == EventKind.NONE else self.last_event_kind.label

    def allowed_events(self) -> List[EventKind]:
        """The event kinds the transition table allows in the current state."""
        allowed = []
        for kind in EventKind:
            if kind == EventKind.NONE:
                continue
            try:
                agreement_transition(self.state, kind)
            except NotAllowedError:
                continue
            allowed.append(kind)
        return allowed

    def __bytes__(self) -> bytes:
        return ctypes.string_at(ctypes.byref(_to_c(self, _AGREEMENT0)),
                                ctypes.sizeof(_native.Agreement))

    @classmethod
    def from_bytes(cls, data: Union[bytes, bytearray]) -> Agreement:
        """An Agreement from ``bytes(agreement)``; the record is checked by the
        library (InvalidArgumentError if it is corrupt, such as a date its
        state cannot have), as every apply and state_on checks it."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("data must be bytes")
        size = ctypes.sizeof(_native.Agreement)
        if len(data) != size:
            raise ValueError("an agreement record is %d bytes, not %d" % (size, len(data)))
        record = _native.Agreement.from_buffer_copy(bytes(data))
        state = _native.i32()  # the library checks the whole record
        _check(_fn("costshare_agreement_state_on")(ctypes.byref(record), 0,
                                                   ctypes.byref(state)))
        if any(record.reserved):
            raise InvalidArgumentError(ErrorCode.EINVAL)
        result: Agreement = _from_c(cls, record)
        return result


@dataclasses.dataclass(frozen=True)
class GroupFinding:
    """A gap, an overlap or a run of invoiced days outside every term, found
    by :func:`group_coverage` (struct costshare_group_finding, group.h).
    ``index`` is the earlier record of a gap or overlap, or the invoiced
    period of uncovered days; ``last`` is None when the finding has no end."""
    kind: FindingKind = _field(FindingKind.GAP, FindingKind)
    index: int = _field(0, "int32")
    first: datetime.date = _field(datetime.date(1970, 1, 1), "date")
    last: Optional[datetime.date] = _field(None, "date?")

    def __post_init__(self) -> None:
        _validate(self)


_PLAN0 = _native.initialised("costshare_invoice_plan")
_POST0 = _native.initialised("costshare_post_terms")


@dataclasses.dataclass(frozen=True)
class InvoicePlan:
    """An invoice period, its cost and how the cost is shared (struct
    costshare_invoice_plan, invoice.h): ``first`` and ``last`` day of the
    period (None until set), the ``rule`` (INVOICE_REDISTRIBUTE or
    INVOICE_FIXED_SHARES), the ``basis`` of the split over the segments and
    the period's ``cost``.

    >>> InvoicePlan(first=datetime.date(2024, 1, 1), last=datetime.date(2024, 12, 31),
    ...             cost=763945).basis.name
    'MONTHS'
    """
    first: Optional[datetime.date] = _field(_date_or_none(_PLAN0.first), "date?")
    last: Optional[datetime.date] = _field(_date_or_none(_PLAN0.last), "date?")
    rule: int = _field(_PLAN0.rule, "int32")
    basis: Basis = _field(Basis(_PLAN0.basis), Basis)
    cost: int = _field(_PLAN0.cost, "int64")

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class InvoiceSegment:
    """One segment of an invoice period, days in which the set of members
    does not change (struct costshare_invoice_segment, invoice.h), written by
    :func:`invoice_segments` and :func:`invoice_period`. ``months`` is
    INVOICE_NO_MONTHS for a segment that is not whole calendar months;
    ``residual`` is the part of ``cost`` no party pays."""
    first: datetime.date = _field(datetime.date(1970, 1, 1), "date")
    last: datetime.date = _field(datetime.date(1970, 1, 1), "date")
    days: int = _field(0, "int32")
    months: int = _field(0, "int32")
    members: int = _field(0, "int32")
    cost: int = _field(0, "int64")
    residual: int = _field(0, "int64")

    def __post_init__(self) -> None:
        _validate(self)


@dataclasses.dataclass(frozen=True)
class PostTerms:
    """The terms that make up the cost of a post (struct
    costshare_post_terms, post.h): the ``monthly`` salary from
    ``base_year``-``base_month``, a yearly revision of ``revision_bp`` from
    ``revision_month`` (0: none), on-cost, overhead and extent in basis
    points, and the rounding ``mode``.

    >>> post_cost_ex(PostTerms(monthly=39500, base_year=2016, oncost_bp=4800,
    ...                        revision_month=4, revision_bp=300), 2017, 1, 12)
    738829
    """
    monthly: int = _field(_POST0.monthly, "int64")
    base_year: int = _field(_POST0.base_year, "int32")
    base_month: int = _field(_POST0.base_month, "int32")
    revision_month: int = _field(_POST0.revision_month, "int32")
    revision_bp: int = _field(_POST0.revision_bp, "int32")
    oncost_bp: int = _field(_POST0.oncost_bp, "int32")
    overhead_bp: int = _field(_POST0.overhead_bp, "int32")
    fte_bp: int = _field(_POST0.fte_bp, "int32")
    mode: RoundMode = _field(RoundMode(_POST0.mode), RoundMode)

    def __post_init__(self) -> None:
        _validate(self)


def _record(value: Any, cls: Any, what: str) -> None:
    if not isinstance(value, cls):
        raise TypeError("%s must be a costshare.%s, not %s"
                        % (what, cls.__name__, type(value).__name__))


# --------------------------------------------------------------------------
# version.h, error.h, constants.h
# --------------------------------------------------------------------------


def version() -> str:
    """The version of the loaded library, such as "1.0.0" (also ``__version__``)."""
    return _native.text(_fn("costshare_version")())


def version_number() -> int:
    """The version of the loaded library as major*10000 + minor*100 + patch."""
    result: int = _fn("costshare_version_number")()
    return result


def error_message(code: int) -> str:
    """A short English description of a return code.

    >>> error_message(ErrorCode.ERANGE)
    'value out of range'
    """
    return _native.text(_fn("costshare_error_message")(_integer(code, "code")))


def error_name(code: int) -> str:
    """The symbolic name of a return code, such as "COSTSHARE_EINVAL"."""
    return _native.text(_fn("costshare_error_name")(_integer(code, "code")))


def constant(name: Union[str, bytes]) -> int:
    """The value of a public constant by its C name (InvalidArgumentError for
    an unknown name), asked of the loaded library.

    >>> constant("COSTSHARE_MONTHS") == Unit.MONTHS
    True
    """
    value = _native.i64()
    _check(_fn("costshare_constant")(_text(name, "name"), ctypes.byref(value)))
    return value.value


def constant_count() -> int:
    """Number of constants constant_at() enumerates."""
    result: int = _fn("costshare_constant_count")()
    return result


def constant_at(index: int) -> Tuple[str, int]:
    """``(name, value)`` of the constant at ``index`` (0 to constant_count() - 1)."""
    name, value = _native.cstr(), _native.i64()
    _check(_fn("costshare_constant_at")(_integer(index, "index"), ctypes.byref(name),
                                        ctypes.byref(value)))
    return _native.text(name.value), value.value


def constants() -> Dict[str, int]:
    """Every public constant of the loaded library as a dict {C name: value}."""
    return dict(constant_at(i) for i in range(constant_count()))


def struct_size(name: Union[str, bytes], version: int) -> int:
    """Size in bytes of version ``version`` of the public struct ``name``
    (such as "costshare_agreement"), as the loaded library lays it out."""
    out = _native.i64()
    _check(_fn("costshare_struct_size")(_text(name, "name"),
                                        _integer(version, "version", "uint32"),
                                        ctypes.byref(out)))
    return out.value


# --------------------------------------------------------------------------
# split.h, round.h, post.h
# --------------------------------------------------------------------------


def split_options_init(
        version: int = _native.STRUCTS["costshare_split_options"][1]) -> SplitOptions:
    """The default SplitOptions, as the library's costshare_split_options_init()
    gives them for struct ``version``."""
    c = _copy(_SPLIT0)  # members of later versions keep their defaults
    _check(_fn("costshare_split_options_init")(ctypes.byref(c),
                                               _integer(version, "version", "uint32")))
    result: SplitOptions = _from_c(SplitOptions, c)
    return result


@overload
def split(total: int, weights: Int64Buffer) -> "array.array[int]": ...  # type: ignore[misc]
@overload
def split(total: int, weights: Iterable[int]) -> List[int]: ...


def split(total: int, weights: Any) -> Any:
    """Split ``total`` by ``weights`` by the largest remainder; the shares sum
    to ``total`` exactly. The 2018 cost of 763 945 SEK by three of the 2017
    populations:

    >>> split(100000, [153563, 137985, 43077])
    [45891, 41236, 12873]

    ``weights`` is a sequence of ints (the result is a list), or any buffer of
    native int64 such as ``array('q')`` or a numpy int64 array, handed to the
    library without converting its elements (the result is an ``array('q')``;
    ``numpy.frombuffer(result, dtype=numpy.int64)`` views it without a copy).
    """
    return _shares(_fn("costshare_split"), weights,
                   (_integer(total, "total", "int64"),), ())


@overload
def split_ex(  # type: ignore[misc]
        total: int, weights: Int64Buffer, options: Optional[SplitOptions] = None, *,
        method: Optional[int] = None, unit: Optional[int] = None,
        fixed: Optional[int] = None) -> Tuple["array.array[int]", int]: ...
@overload
def split_ex(total: int, weights: Iterable[int], options: Optional[SplitOptions] = None, *,
             method: Optional[int] = None, unit: Optional[int] = None,
             fixed: Optional[int] = None) -> Tuple[List[int], int]: ...


def split_ex(total: int, weights: Any, options: Optional[SplitOptions] = None, *,
             method: Optional[int] = None, unit: Optional[int] = None,
             fixed: Optional[int] = None) -> Tuple[Any, int]:
    """Split with options; returns ``(shares, residual)``. The options are a
    :class:`SplitOptions` or its members as keywords. A mixed key (300 shared
    equally, the rest by weight), and the legacy method that rounds each share
    on its own and states the residual, ``sum(shares) - total``:

    >>> split_ex(900, [1, 2, 0], fixed=300)
    ([300, 500, 100], 0)
    >>> split_ex(100, [1, 1, 1], method=SplitMethod.ROUND_EACH)
    ([33, 33, 33], -1)

    ``weights`` as for :func:`split`.
    """
    given: Dict[str, Any] = {k: v for k, v in (("method", method), ("unit", unit),
                                               ("fixed", fixed)) if v is not None}
    if options is None:
        options = SplitOptions(**given)
    elif not isinstance(options, SplitOptions):
        raise TypeError("options must be a costshare.SplitOptions, not %s"
                        % type(options).__name__)
    elif given:
        raise TypeError("give either options or their members as keywords")
    c = _to_c(options, _SPLIT0)
    residual = _native.i64()
    shares = _shares(_fn("costshare_split_ex"), weights,
                     (_integer(total, "total", "int64"),), (ctypes.byref(c),),
                     (ctypes.byref(residual),))
    return shares, residual.value


@overload
def split_percentages(  # type: ignore[misc]
        weights: Int64Buffer, decimals: int = 2) -> "array.array[int]": ...
@overload
def split_percentages(weights: Iterable[int], decimals: int = 2) -> List[int]: ...


def split_percentages(weights: Any, decimals: int = 2) -> Any:
    """Percentages of each weight in units of 10**-decimals percent; they sum
    to exactly 100 * 10**decimals. Of the 2017 populations Linköping has
    35.20 % and Söderköping 3.23 % (the printed 3.22 would sum to 99.99):

    >>> p = split_percentages([5453, 21577, 9882, 158520, 27019, 43549, 133749,
    ...                        14521, 7421, 7920, 3733, 11631, 5343])
    >>> p[3], p[7], sum(p)
    (3520, 323, 10000)
    """
    return _shares(_fn("costshare_split_percentages"), weights, (),
                   (_integer(decimals, "decimals"),))


def split_nested(total: int, group_weights: Iterable[int], party_groups: Iterable[int],
                 party_weights: Iterable[int]) -> Tuple[List[int], List[int]]:
    """Split ``total`` among groups by ``group_weights``, then each group's
    part among its parties (``party_groups[i]`` is party i's group) by
    ``party_weights``; returns ``(group_shares, party_shares)``. Half to one
    group shared equally by three, a quarter each to two more:

    >>> split_nested(1000000, [50, 25, 25], [0, 0, 0, 1, 2], [1, 1, 1, 1, 1])
    ([500000, 250000, 250000], [166667, 166667, 166666, 250000, 250000])
    """
    garr, ng, _ = _weights(group_weights, "group_weights")
    parr, npart, _ = _weights(party_weights, "party_weights")
    if isinstance(party_groups, (str, bytes)) or not hasattr(party_groups, "__iter__"):
        raise TypeError("party_groups must be a sequence of ints")
    groups = [_integer(g, "party_group", "uint32") for g in party_groups]
    if len(groups) != npart:
        raise ValueError("party_groups has %d entries, party_weights %d"
                         % (len(groups), npart))
    gout, pout = (_native.i64 * max(ng, 1))(), (_native.i64 * max(npart, 1))()
    _check(_fn("costshare_split_nested")(_integer(total, "total", "int64"), garr, ng,
                                         (_native.u32 * max(npart, 1))(*groups), parr, npart,
                                         gout, pout))
    return list(gout[:ng]), list(pout[:npart])


def split_method_name(method: int) -> str:
    """The name of a split method, such as "COSTSHARE_SPLIT_ROUND_EACH"."""
    return _native.text(_fn("costshare_split_method_name")(_integer(method, "method")))


def round_scale(amount: int, numerator: int, denominator: int,
                mode: int = RoundMode.HALF_AWAY) -> int:
    """Exact ``amount * numerator / denominator``, rounded once by ``mode``.
    64 000 for 92 of 366 days:

    >>> round_scale(64000, 92, 366)
    16087
    """
    out = _native.i64()
    _check(_fn("costshare_round_scale")(_integer(amount, "amount", "int64"),
                                        _integer(numerator, "numerator", "int64"),
                                        _integer(denominator, "denominator", "int64"),
                                        _integer(mode, "mode"), ctypes.byref(out)))
    return out.value


def round_mode_name(mode: int) -> str:
    """The name of a rounding mode, such as "COSTSHARE_ROUND_HALF_EVEN"."""
    return _native.text(_fn("costshare_round_mode_name")(_integer(mode, "mode")))


def post_cost(monthly: int, oncost_bp: int, months: int,
              mode: int = RoundMode.HALF_AWAY) -> int:
    """Monthly salary plus on-cost (basis points) over ``months`` months.
    The 2016 post, 39 500 a month with 48 % on-cost:

    >>> post_cost(39500, 4800, 12), post_cost(39500, 4800, 18)
    (701520, 1052280)
    """
    out = _native.i64()
    _check(_fn("costshare_post_cost")(_integer(monthly, "monthly", "int64"),
                                      _integer(oncost_bp, "oncost_bp", "int64"),
                                      _integer(months, "months"), _integer(mode, "mode"),
                                      ctypes.byref(out)))
    return out.value


def post_terms_init(
        version: int = _native.STRUCTS["costshare_post_terms"][1]) -> PostTerms:
    """The default PostTerms (salary 0 from January of year 0, to be set;
    full time; rounding half away), as the library gives them."""
    c = _copy(_POST0)  # members of later versions keep their defaults
    _check(_fn("costshare_post_terms_init")(ctypes.byref(c),
                                            _integer(version, "version", "uint32")))
    result: PostTerms = _from_c(PostTerms, c)
    return result


def post_cost_ex(terms: PostTerms, year: int, month: int, months: int,
                 index: Optional[Iterable[int]] = None) -> int:
    """The cost of a post for ``months`` months from ``year``-``month``, with
    the salary revisions of its terms, or by an ``index`` series (index[0]
    for the base salary, one more for each revision). The 2016 post:

    >>> post_cost_ex(PostTerms(monthly=39500, base_year=2016, oncost_bp=4800), 2016, 1, 12)
    701520
    """
    _record(terms, PostTerms, "terms")
    if index is None:
        arr, n = None, 0
    else:
        arr, n, _ = _weights(index, "index")
    out = _native.i64()
    _check(_fn("costshare_post_cost_ex")(ctypes.byref(_to_c(terms, _POST0)),
                                         _integer(year, "year"), _integer(month, "month"),
                                         _integer(months, "months"), arr, n,
                                         ctypes.byref(out)))
    return out.value


# --------------------------------------------------------------------------
# amount.h
# --------------------------------------------------------------------------


def amount_options_init(
        version: int = _native.STRUCTS["costshare_amount_options"][1]) -> AmountOptions:
    """The default AmountOptions (plain whole units), as the library's
    costshare_amount_options_init() gives them."""
    c = _copy(_AMOUNT0)  # members of later versions keep their defaults
    _check(_fn("costshare_amount_options_init")(ctypes.byref(c),
                                                _integer(version, "version", "uint32")))
    result: AmountOptions = _from_c(AmountOptions, c)
    return result


def _amount_options(options: Optional[AmountOptions], notation: Dict[str, Any]) -> Any:
    given = {k: v for k, v in notation.items() if v is not None}
    if options is None:
        options = AmountOptions(**given)
    elif not isinstance(options, AmountOptions):
        raise TypeError("options must be a costshare.AmountOptions, not %s"
                        % type(options).__name__)
    elif given:
        raise TypeError("give either an AmountOptions or the notation as keywords")
    return _to_c(options, _AMOUNT0)


def amount_parse(text: Union[str, bytes], options: Optional[AmountOptions] = None, *,
                 decimals: Optional[int] = None, group: Optional[int] = None,
                 decimal_mark: Optional[int] = None, flags: Optional[int] = None) -> int:
    """The amount written in ``text`` (str or bytes), as an int in units of
    10**-decimals. The notation is an :class:`AmountOptions` or its members
    as keywords (default: plain whole units). More decimals than asked for is
    a ParseError, never a rounding; a value beyond int64 a ResultOverflowError.

    >>> amount_parse("1 052 280,50 kr", decimals=2, group=AmountGroup.SPACE,
    ...              decimal_mark=AmountMark.COMMA, flags=AmountFlag.KR)
    105228050
    """
    data = _text(text, "text")
    c = _amount_options(options, {"decimals": decimals, "group": group,
                                  "decimal_mark": decimal_mark, "flags": flags})
    out = _native.i64()
    _check(_fn("costshare_amount_parse")(data, len(data), ctypes.byref(c), ctypes.byref(out)))
    return out.value


def amount_format(amount: int, options: Optional[AmountOptions] = None, *,
                  decimals: Optional[int] = None, group: Optional[int] = None,
                  decimal_mark: Optional[int] = None, flags: Optional[int] = None) -> str:
    """``amount`` (an int in units of 10**-decimals) as text in a notation (an
    :class:`AmountOptions` or its members as keywords). Söderköping's
    difference in the 2018 table, 33.25 SEK, with a real minus sign:

    >>> amount_format(-3325, decimals=2, group=AmountGroup.SPACE,
    ...               decimal_mark=AmountMark.COMMA, flags=AmountFlag.MINUS_SIGN)
    '\u221233,25'
    """
    c = _amount_options(options, {"decimals": decimals, "group": group,
                                  "decimal_mark": decimal_mark, "flags": flags})
    buf = ctypes.create_string_buffer(AMOUNT_TEXT_SIZE)
    _check(_fn("costshare_amount_format")(_integer(amount, "amount", "int64"),
                                          ctypes.byref(c), buf, AMOUNT_TEXT_SIZE))
    return _native.text(buf.value)


# --------------------------------------------------------------------------
# Batches: one C call for many dates.
# --------------------------------------------------------------------------


def _datetime64_days(values: Any, what: str) -> Optional[memoryview]:
    """Day numbers (int32) of a numpy datetime64[D] array, or None for
    anything else. NaT and days beyond int32 raise RangeError with the index
    of the first, as the library does for a date out of its range."""
    dtype = getattr(values, "dtype", None)
    numpy = sys.modules.get("numpy")
    if numpy is None or dtype is None or getattr(dtype, "kind", None) != "M":
        return None
    if numpy.datetime_data(dtype)[0] != "D" or values.ndim != 1:
        raise TypeError("%s must be a one-dimensional numpy datetime64[D] array, not %s "
                        "of %d dimensions" % (what, dtype, values.ndim))
    wide = values.view(numpy.int64)
    outside = (wide < -2 ** 31) | (wide > 2 ** 31 - 1)
    if outside.any():
        raise RangeError(ErrorCode.ERANGE, int(numpy.argmax(outside)))
    return memoryview(wide.astype(numpy.int32))


def _batch(name: str, values: Any, what: str, args: Tuple[Any, ...]) -> Tuple[Any, str]:
    """Runs the batch ``name`` into a new array('i'); returns it and the kind
    of input: "buffer" (int32 day numbers), "datetime64" (numpy) or "list"
    (datetime.date objects). A refused element raises with ``index`` set."""
    fn = _fn(name)
    view = _datetime64_days(values, what)
    kind = "datetime64"
    if view is None:
        view = _buffer(values, 4, what)
        kind = "buffer"
    if view is not None:
        arr, n = _c_array(view, _native.date), len(view)
    else:
        if not hasattr(values, "__iter__"):
            raise TypeError("%s must be a sequence of datetime.date or a buffer of int32, "
                            "not %s" % (what, type(values).__name__))
        days = [_day(v, "%s[%d]" % (what, i)) for i, v in enumerate(values)]
        n = len(days)
        arr = (_native.date * max(n, 1))(*days)
        kind = "list"
    out = _zeros("i", max(n, 1))
    result = (_native.date * max(n, 1)).from_buffer(out)
    bad = _native.size(0)
    try:
        rc = fn(arr, n, *args, result, ctypes.byref(bad))
    finally:
        del result
    _check(rc, None if rc == ErrorCode.EINVAL else bad.value)
    if n == 0:
        out = _zeros("i", 0)
    return out, kind


def _dates_batch(name: str, values: Any, what: str, *args: Any) -> Any:
    out, kind = _batch(name, values, what, args)
    if kind == "buffer":
        return out
    if kind == "datetime64":
        numpy = sys.modules["numpy"]
        return numpy.frombuffer(out, dtype=numpy.int32).astype("datetime64[D]")
    return [_date(d) for d in out]


@overload
def date_add_batch(  # type: ignore[misc]
        dates: Datetime64Array, count: int, unit: int = Unit.DAYS) -> Datetime64Array: ...
@overload
def date_add_batch(  # type: ignore[misc]
        dates: Int32Buffer, count: int, unit: int = Unit.DAYS) -> "array.array[int]": ...
@overload
def date_add_batch(dates: Iterable[datetime.date], count: int,
                   unit: int = Unit.DAYS) -> List[datetime.date]: ...


def date_add_batch(dates: Any, count: int, unit: int = Unit.DAYS) -> Any:
    """:func:`date_add` for many dates with one ``count`` and ``unit``, in one call.

    ``dates`` is a sequence of datetime.date (the result is a list of them), or
    a buffer of int32 day numbers (:func:`to_day_number`) such as
    ``array('i')`` or a numpy int32 array, handed to the library without
    converting its elements (the result is an ``array('i')`` of day numbers),
    or a numpy ``datetime64[D]`` array (the result is one too). A refused date
    raises with ``index`` set to its position; nothing is returned.

    >>> date_add_batch([datetime.date(2024, 7, 31), datetime.date(2024, 8, 1)], 2,
    ...                Unit.MONTHS)
    [datetime.date(2024, 9, 30), datetime.date(2024, 10, 1)]
    """
    return _dates_batch("costshare_date_add_batch", dates, "dates",
                        _integer(count, "count"), _integer(unit, "unit"))


@overload
def se_is_business_day_batch(  # type: ignore[misc]
        dates: Datetime64Array) -> "numpy.typing.NDArray[numpy.bool_]": ...
@overload
def se_is_business_day_batch(dates: Int32Buffer) -> "array.array[int]": ...  # type: ignore[misc]
@overload
def se_is_business_day_batch(dates: Iterable[datetime.date]) -> List[bool]: ...


def se_is_business_day_batch(dates: Any) -> Any:
    """:func:`se_is_business_day` for many dates in one call: a list of bool
    for a sequence of datetime.date, an array('i') of 1 and 0 for a buffer of
    int32 day numbers (see :func:`date_add_batch`)."""
    out, kind = _batch("costshare_se_is_business_day_batch", dates, "dates", ())
    if kind == "datetime64":
        numpy = sys.modules["numpy"]
        return numpy.frombuffer(out, dtype=numpy.int32).astype(bool)
    return out if kind == "buffer" else [v == 1 for v in out]


@overload
def se_deadline_batch(  # type: ignore[misc]
        dates: Datetime64Array) -> Datetime64Array: ...
@overload
def se_deadline_batch(dates: Int32Buffer) -> "array.array[int]": ...  # type: ignore[misc]
@overload
def se_deadline_batch(dates: Iterable[datetime.date]) -> List[datetime.date]: ...


def se_deadline_batch(dates: Any) -> Any:
    """:func:`se_deadline` for many dates in one call (see :func:`date_add_batch`)."""
    return _dates_batch("costshare_se_deadline_batch", dates, "dates")


@overload
def notice_end_batch(  # type: ignore[misc]
        given: Datetime64Array, count: int, unit: int = Unit.MONTHS,
        flags: int = 0) -> Datetime64Array: ...
@overload
def notice_end_batch(  # type: ignore[misc]
        given: Int32Buffer, count: int, unit: int = Unit.MONTHS,
        flags: int = 0) -> "array.array[int]": ...
@overload
def notice_end_batch(given: Iterable[datetime.date], count: int, unit: int = Unit.MONTHS,
                     flags: int = 0) -> List[datetime.date]: ...


def notice_end_batch(given: Any, count: int, unit: int = Unit.MONTHS, flags: int = 0) -> Any:
    """:func:`notice_end` for many days notice is given, with one notice
    period, in one call (see :func:`date_add_batch`)."""
    return _dates_batch("costshare_notice_end_batch", given, "given",
                        _integer(count, "count"), _integer(unit, "unit"),
                        _integer(flags, "flags", "uint32"))


@overload
def notice_latest_batch(  # type: ignore[misc]
        last_day: Datetime64Array, count: int, unit: int = Unit.MONTHS,
        flags: int = 0) -> Datetime64Array: ...
@overload
def notice_latest_batch(  # type: ignore[misc]
        last_day: Int32Buffer, count: int, unit: int = Unit.MONTHS,
        flags: int = 0) -> "array.array[int]": ...
@overload
def notice_latest_batch(last_day: Iterable[datetime.date], count: int,
                        unit: int = Unit.MONTHS, flags: int = 0) -> List[datetime.date]: ...


def notice_latest_batch(last_day: Any, count: int, unit: int = Unit.MONTHS,
                        flags: int = 0) -> Any:
    """:func:`notice_latest` for many wanted last days, with one notice
    period, in one call (see :func:`date_add_batch`)."""
    return _dates_batch("costshare_notice_latest_batch", last_day, "last_day",
                        _integer(count, "count"), _integer(unit, "unit"),
                        _integer(flags, "flags", "uint32"))


@overload
def refund_start_batch(  # type: ignore[misc]
        last_days: Datetime64Array) -> Datetime64Array: ...
@overload
def refund_start_batch(last_days: Int32Buffer) -> "array.array[int]": ...  # type: ignore[misc]
@overload
def refund_start_batch(last_days: Iterable[datetime.date]) -> List[datetime.date]: ...


def refund_start_batch(last_days: Any) -> Any:
    """:func:`refund_start` for many last days in one call (see
    :func:`date_add_batch`)."""
    return _dates_batch("costshare_refund_start_batch", last_days, "last_days")


# --------------------------------------------------------------------------
# date.h
# --------------------------------------------------------------------------


def date_from_ymd(year: int, month: int, day: int) -> datetime.date:
    """The date for a year, month and day; RangeError for an impossible one."""
    return _out_date(_fn("costshare_date_from_ymd"), _integer(year, "year"),
                     _integer(month, "month"), _integer(day, "day"))


def date_to_ymd(date: datetime.date) -> Tuple[int, int, int]:
    """``(year, month, day)`` of a date."""
    y, m, d = _native.i32(), _native.i32(), _native.i32()
    _check(_fn("costshare_date_to_ymd")(_day(date), ctypes.byref(y), ctypes.byref(m),
                                        ctypes.byref(d)))
    return y.value, m.value, d.value


def date_parse(text: Union[str, bytes]) -> datetime.date:
    """Parse exactly ``YYYY-MM-DD`` (str or bytes); ParseError or RangeError
    otherwise."""
    raw = _text(text, "text")
    return _out_date(_fn("costshare_date_parse"), raw, len(raw))


def date_format(date: datetime.date) -> str:
    """``YYYY-MM-DD``."""
    buf = ctypes.create_string_buffer(DATE_TEXT_SIZE)
    _check(_fn("costshare_date_format")(_day(date), buf, DATE_TEXT_SIZE))
    return _native.text(buf.value)


def date_weekday(date: datetime.date) -> int:
    """ISO weekday: 1 = Monday ... 7 = Sunday."""
    return _out_i32(_fn("costshare_date_weekday"), _day(date))


def date_add(date: datetime.date, count: int, unit: int = Unit.DAYS) -> datetime.date:
    """``date`` plus ``count`` units by Lag (1930:173) 1 §: the same day
    number in the end month, or its last day.

    >>> date_add(datetime.date(2024, 7, 31), 2, Unit.MONTHS)
    datetime.date(2024, 9, 30)
    >>> date_add(datetime.date(2024, 2, 29), 1, Unit.YEARS)
    datetime.date(2025, 2, 28)
    """
    return _out_date(_fn("costshare_date_add"), _day(date), _integer(count, "count"),
                     _integer(unit, "unit"))


def date_is_leap_year(year: int) -> bool:
    """Whether ``year`` (1 to 9999) is a Gregorian leap year."""
    return _out_i32(_fn("costshare_date_is_leap_year"), _integer(year, "year")) == 1


def date_days_in_month(year: int, month: int) -> int:
    """Number of days in a month (28 to 31)."""
    return _out_i32(_fn("costshare_date_days_in_month"), _integer(year, "year"),
                    _integer(month, "month"))


def date_month_first(date: datetime.date) -> datetime.date:
    """The first day of the month containing ``date``."""
    return _out_date(_fn("costshare_date_month_first"), _day(date))


def date_month_last(date: datetime.date) -> datetime.date:
    """The last day of the month containing ``date``."""
    return _out_date(_fn("costshare_date_month_last"), _day(date))


def date_year_first(date: datetime.date) -> datetime.date:
    """1 January of the year containing ``date``."""
    return _out_date(_fn("costshare_date_year_first"), _day(date))


def date_year_last(date: datetime.date) -> datetime.date:
    """31 December of the year containing ``date``."""
    return _out_date(_fn("costshare_date_year_last"), _day(date))


def date_days_between(start: datetime.date, end: datetime.date) -> int:
    """``end - start`` in days."""
    out = _native.i32()
    _check(_fn("costshare_date_days_between")(_day(start, "from"), _day(end, "to"),
                                              ctypes.byref(out)))
    return out.value


# --------------------------------------------------------------------------
# calendar_se.h
# --------------------------------------------------------------------------


def se_holiday(date: datetime.date) -> Holiday:
    """The public holiday on a date, or ``Holiday.NONE``.

    >>> se_holiday(datetime.date(2005, 6, 6))
    <Holiday.NATIONAL_DAY: 10>
    """
    return Holiday(_out_i32(_fn("costshare_se_holiday"), _day(date)))


def se_day_kind(date: datetime.date) -> Holiday:
    """Why a date is not a business day (a holiday, an eve, a Saturday or a
    Sunday), or ``Holiday.NONE``."""
    return Holiday(_out_i32(_fn("costshare_se_day_kind"), _day(date)))


def se_is_business_day(date: datetime.date) -> bool:
    """Whether a date is a business day ("vardag") by Lag (1930:173) 2 §."""
    return _out_i32(_fn("costshare_se_is_business_day"), _day(date)) == 1


def se_deadline(date: datetime.date) -> datetime.date:
    """``date`` if it is a business day, else the next one (Lag 1930:173 2 §).

    >>> se_deadline(datetime.date(2024, 6, 21))    # Midsummer Eve
    datetime.date(2024, 6, 24)
    """
    return _out_date(_fn("costshare_se_deadline"), _day(date))


def se_appeal_deadline(announced: datetime.date) -> datetime.date:
    """The last day to appeal a municipal decision whose minutes' approval was
    announced on ``announced`` (kommunallagen 13 kap. 5 §: three weeks, moved
    by Lag 1930:173 2 §); the decision is final from the day after."""
    return _out_date(_fn("costshare_se_appeal_deadline"), _day(announced, "announced"))


def se_motion_deadline(raised: datetime.date) -> datetime.date:
    """The day by which a motion raised on ``raised`` should be decided
    (kommunallagen 5 kap. 35 §: one year, Lag 1930:173 1 §)."""
    return _out_date(_fn("costshare_se_motion_deadline"), _day(raised, "raised"))


def se_add_business_days(date: datetime.date, count: int) -> datetime.date:
    """The date ``count`` business days after (negative: before) ``date``."""
    return _out_date(_fn("costshare_se_add_business_days"), _day(date),
                     _integer(count, "count"))


def se_business_days_between(start: datetime.date, end: datetime.date) -> int:
    """Signed number of business days after ``start`` up to and including ``end``."""
    out = _native.i32()
    _check(_fn("costshare_se_business_days_between")(_day(start, "from"), _day(end, "to"),
                                                     ctypes.byref(out)))
    return out.value


def se_easter(year: int) -> datetime.date:
    """Gregorian Easter Day of ``year``."""
    return _out_date(_fn("costshare_se_easter"), _integer(year, "year"))


def se_holiday_date(year: int, holiday: int) -> datetime.date:
    """The date of a named holiday or eve in ``year``."""
    return _out_date(_fn("costshare_se_holiday_date"), _integer(year, "year"),
                     _integer(holiday, "holiday"))


def se_holiday_name(holiday: int, language: int = Language.EN) -> str:
    """The name of a holiday in Swedish or English ("" if unknown).

    >>> se_holiday_name(Holiday.MIDSUMMER_EVE, Language.SV)
    'Midsommarafton'
    """
    return _native.text(_fn("costshare_se_holiday_name")(_integer(holiday, "holiday"),
                                                         _integer(language, "language")))


def se_holidays(year: int,
                language: int = Language.EN) -> List[Tuple[datetime.date, Holiday, str]]:
    """Every public holiday and eve of ``year`` (1990 to 9999) as a sorted
    list of ``(date, holiday, name)``; Sundays and Saturdays are not listed."""
    days = []
    refused: Optional[CostshareError] = None
    for kind in Holiday:
        if kind == Holiday.NONE:
            continue
        try:
            day = se_holiday_date(year, kind)
        except InvalidArgumentError:
            continue  # Sundays and Saturdays have no single date
        except RangeError as error:
            refused = error  # the day did not exist that year, or the year is out of range
            continue
        days.append((day, kind, se_holiday_name(kind, language)))
    if not days and refused is not None:
        raise refused
    return sorted(days)


# --------------------------------------------------------------------------
# notice.h
# --------------------------------------------------------------------------


def notice_end(given: datetime.date, count: int, unit: int = Unit.MONTHS,
               flags: int = 0) -> datetime.date:
    """The last day in force when notice is given on ``given``.

    >>> notice_end(datetime.date(2024, 7, 31), 2)
    datetime.date(2024, 9, 30)
    >>> notice_end(datetime.date(2023, 5, 26), 3, Unit.YEARS, NoticeFlag.CALENDAR_PERIODS)
    datetime.date(2026, 12, 31)
    """
    return _out_date(_fn("costshare_notice_end"), _day(given, "given"),
                     _integer(count, "count"), _integer(unit, "unit"),
                     _integer(flags, "flags", "uint32"))


def notice_latest(last_day: datetime.date, count: int, unit: int = Unit.MONTHS,
                  flags: int = 0) -> datetime.date:
    """The latest day notice can be given so the agreement has ended by
    ``last_day``. Linköping, out by 2024-09-30 with two months' notice:

    >>> notice_latest(datetime.date(2024, 9, 30), 2, Unit.MONTHS)
    datetime.date(2024, 7, 31)
    """
    return _out_date(_fn("costshare_notice_latest"), _day(last_day, "last_day"),
                     _integer(count, "count"), _integer(unit, "unit"),
                     _integer(flags, "flags", "uint32"))


# --------------------------------------------------------------------------
# term.h
# --------------------------------------------------------------------------


def term_init(
        version: int = _native.STRUCTS["costshare_term"][1]) -> Term:
    """The default Term, as the library's costshare_term_init() gives it."""
    c = _copy(_TERM0)  # members of later versions keep their defaults
    _check(_fn("costshare_term_init")(ctypes.byref(c), _integer(version, "version", "uint32")))
    result: Term = _from_c(Term, c)
    return result


def term_end(term: Term, day: datetime.date) -> datetime.date:
    """The last day of the term in force on ``day``."""
    _record(term, Term, "term")
    return _out_date(_fn("costshare_term_end"), ctypes.byref(_to_c(term, _TERM0)),
                     _day(day, "day"))


def term_notice(term: Term, day: datetime.date) -> Tuple[datetime.date, datetime.date]:
    """``(term_end, latest)``: the term end at which notice given on ``day``
    ends the agreement, and the latest day notice could be given for it."""
    _record(term, Term, "term")
    end, latest = _native.date(), _native.date()
    _check(_fn("costshare_term_notice")(ctypes.byref(_to_c(term, _TERM0)), _day(day, "day"),
                                        ctypes.byref(end), ctypes.byref(latest)))
    return _date(end.value), _date(latest.value)


# --------------------------------------------------------------------------
# refund.h
# --------------------------------------------------------------------------


def refund_start(last_day: datetime.date) -> datetime.date:
    """The first day of the month after the agreement's last day."""
    return _out_date(_fn("costshare_refund_start"), _day(last_day, "last_day"))


def refund_prorate(amount: int, period_first: datetime.date, period_last: datetime.date,
                   from_: datetime.date, to: datetime.date, basis: int = Basis.DAYS,
                   mode: int = RoundMode.HALF_AWAY) -> int:
    """The part of ``amount`` (invoiced for the period) that falls on ``from_``
    to ``to``. 64 000 for 2024, from 2024-10-01:

    >>> y = (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> refund_prorate(64000, *y, datetime.date(2024, 10, 1), y[1], Basis.MONTHS)
    16000
    >>> refund_prorate(64000, *y, datetime.date(2024, 10, 1), y[1], Basis.DAYS)
    16087
    """
    out = _native.i64()
    _check(_fn("costshare_refund_prorate")(
        _integer(amount, "amount", "int64"), _day(period_first, "period_first"),
        _day(period_last, "period_last"), _day(from_, "from_"), _day(to, "to"),
        _integer(basis, "basis"), _integer(mode, "mode"), ctypes.byref(out)))
    return out.value


def refund_terms_init(
        version: int = _native.STRUCTS["costshare_refund_terms"][1]) -> RefundTerms:
    """The default RefundTerms (nothing refunded), as the library gives them."""
    c = _copy(_REFUND0)  # members of later versions keep their defaults
    _check(_fn("costshare_refund_terms_init")(ctypes.byref(c),
                                              _integer(version, "version", "uint32")))
    result: RefundTerms = _from_c(RefundTerms, c)
    return result


def refund_termination(terms: RefundTerms, invoiced: int, period_first: datetime.date,
                       period_last: datetime.date, last_day: datetime.date) -> int:
    """The refund when the agreement ends on ``last_day`` within an invoiced period."""
    _record(terms, RefundTerms, "terms")
    out = _native.i64()
    _check(_fn("costshare_refund_termination")(
        ctypes.byref(_to_c(terms, _REFUND0)), _integer(invoiced, "invoiced", "int64"),
        _day(period_first, "period_first"), _day(period_last, "period_last"),
        _day(last_day, "last_day"), ctypes.byref(out)))
    return out.value


def refund_vacancy(terms: RefundTerms, invoiced: int, period_first: datetime.date,
                   period_last: datetime.date, vacancy_first: datetime.date,
                   vacancy_last: datetime.date) -> int:
    """The refund for a vacancy from ``vacancy_first`` through ``vacancy_last``."""
    _record(terms, RefundTerms, "terms")
    out = _native.i64()
    _check(_fn("costshare_refund_vacancy")(
        ctypes.byref(_to_c(terms, _REFUND0)), _integer(invoiced, "invoiced", "int64"),
        _day(period_first, "period_first"), _day(period_last, "period_last"),
        _day(vacancy_first, "vacancy_first"), _day(vacancy_last, "vacancy_last"),
        ctypes.byref(out)))
    return out.value


# --------------------------------------------------------------------------
# invoice.h
# --------------------------------------------------------------------------


def invoice_due(year: int, month: int, day: int, flags: int = 0) -> datetime.date:
    """An invoice due day such as "at the latest 10 December" (a day past the
    month's end means its last day; SE_DEADLINE moves it by Lag 1930:173 2 §).

    >>> invoice_due(2016, 12, 10, NoticeFlag.SE_DEADLINE)
    datetime.date(2016, 12, 12)
    """
    return _out_date(_fn("costshare_invoice_due"), _integer(year, "year"),
                     _integer(month, "month"), _integer(day, "day"),
                     _integer(flags, "flags", "uint32"))


def invoice_plan_init(
        version: int = _native.STRUCTS["costshare_invoice_plan"][1]) -> InvoicePlan:
    """The default InvoicePlan (no period yet, INVOICE_REDISTRIBUTE, by
    months, cost 0), as the library gives it; the same as ``InvoicePlan()``."""
    c = _copy(_PLAN0)  # members of later versions keep their defaults
    _check(_fn("costshare_invoice_plan_init")(ctypes.byref(c),
                                              _integer(version, "version", "uint32")))
    result: InvoicePlan = _from_c(InvoicePlan, c)
    return result


def _memberships(from_: Iterable[Optional[datetime.date]],
                 to: Iterable[Optional[datetime.date]]) -> Tuple[Any, Any, int]:
    """ctypes arrays of the first and last days of membership (None: open)."""
    for name, value in (("from_", from_), ("to", to)):
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise TypeError("%s must be a sequence of datetime.date or None" % name)
    first = [_day_or_none(d, "from_") for d in from_]
    last = [_day_or_none(d, "to") for d in to]
    if len(first) != len(last):
        raise ValueError("from_ has %d entries, to %d" % (len(first), len(last)))
    n = len(first)
    return (_native.date * max(n, 1))(*first), (_native.date * max(n, 1))(*last), n


def _segment(c: Any) -> InvoiceSegment:
    return InvoiceSegment(first=_date(c.first), last=_date(c.last), days=c.days,
                          months=c.months, members=c.members, cost=c.cost,
                          residual=c.residual)


def invoice_segments(first: datetime.date, last: datetime.date,
                     from_: Iterable[Optional[datetime.date]],
                     to: Iterable[Optional[datetime.date]]) -> List[InvoiceSegment]:
    """The segments of the period ``first``..``last``: the longest runs of
    days in which the set of members does not change. ``from_[i]`` and
    ``to[i]`` are party i's first and last day of membership, None for a
    member since before the period or still a member.

    >>> [(s.days, s.members) for s in invoice_segments(
    ...     datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), [None],
    ...     [datetime.date(2024, 9, 30)])]
    [(274, 1), (92, 0)]
    """
    lo, hi, n = _memberships(from_, to)
    a, b = _day(first, "first"), _day(last, "last")
    count = _native.size()
    _check(_fn("costshare_invoice_segments")(a, b, lo, hi, n, None, 0, ctypes.byref(count)))
    cap = count.value
    segs = (_native.InvoiceSegment * max(cap, 1))()
    _check(_fn("costshare_invoice_segments")(a, b, lo, hi, n, segs, cap,
                                             ctypes.byref(count)))
    return [_segment(segs[i]) for i in range(count.value)]


def invoice_period(plan: InvoicePlan, weights: Iterable[int],
                   from_: Iterable[Optional[datetime.date]],
                   to: Iterable[Optional[datetime.date]]
                   ) -> Tuple[List[int], List[InvoiceSegment], List[List[int]], int]:
    """What each party owes for the plan's period: returns ``(amounts,
    segments, per_segment, residual)``, where ``per_segment[s][i]`` is party
    i's share of segment s and ``residual`` what no party pays. Memberships
    as for :func:`invoice_segments`. Two equal parties, one leaving at the
    end of June:

    >>> plan = InvoicePlan(first=datetime.date(2024, 1, 1),
    ...                    last=datetime.date(2024, 12, 31), cost=1200)
    >>> invoice_period(plan, [1, 1], [None, None], [datetime.date(2024, 6, 30), None])[::2]
    ([300, 900], [[300, 300], [0, 600]])
    """
    _record(plan, InvoicePlan, "plan")
    arr, nw, _ = _weights(weights)
    lo, hi, n = _memberships(from_, to)
    if nw != n:
        raise ValueError("weights has %d entries, from_ and to %d" % (nw, n))
    count = _native.size()
    if plan.first is not None and plan.last is not None:
        # The number of segments first; on an error, invoice_period reports it.
        if _fn("costshare_invoice_segments")(_day(plan.first, "first"),
                                             _day(plan.last, "last"), lo, hi, n, None, 0,
                                             ctypes.byref(count)) < 0:
            count.value = 0
    cap = max(count.value, 1)
    c = _to_c(plan, _PLAN0)
    amounts = (_native.i64 * max(n, 1))()
    segs = (_native.InvoiceSegment * cap)()
    rows = (_native.i64 * (cap * max(n, 1)))()
    residual = _native.i64()
    _check(_fn("costshare_invoice_period")(ctypes.byref(c), arr, lo, hi, n, amounts, segs, cap,
                                           ctypes.byref(count), rows, ctypes.byref(residual)))
    k = count.value
    return (list(amounts[:n]), [_segment(segs[s]) for s in range(k)],
            [list(rows[s * n:(s + 1) * n]) for s in range(k)], residual.value)


def invoice_adjust(amounts: Iterable[int], invoiced: Iterable[int], due_year: int,
                   due_month: int, due_day: int,
                   flags: int = 0) -> Tuple[List[int], datetime.date]:
    """Each party's adjustment ``amounts[i] - invoiced[i]`` (negative: a
    refund) and the due day of :func:`invoice_due`; returns
    ``(adjustments, due)``.

    >>> invoice_adjust([201692], [268922], 2024, 12, 10)
    ([-67230], datetime.date(2024, 12, 10))
    """
    owed, n, _ = _weights(amounts, "amounts")
    paid, m, _ = _weights(invoiced, "invoiced")
    if n != m:
        raise ValueError("amounts has %d entries, invoiced %d" % (n, m))
    out = (_native.i64 * max(n, 1))()
    due = _native.date()
    _check(_fn("costshare_invoice_adjust")(owed, paid, n, _integer(due_year, "due_year"),
                                           _integer(due_month, "due_month"),
                                           _integer(due_day, "due_day"),
                                           _integer(flags, "flags", "uint32"), out,
                                           ctypes.byref(due)))
    return list(out[:n]), _date(due.value)


# --------------------------------------------------------------------------
# agreement.h
# --------------------------------------------------------------------------


def agreement_init(
        version: int = _native.STRUCTS["costshare_agreement"][1]) -> Agreement:
    """A fresh Agreement (state EMPTY), as the library's costshare_agreement_init()
    gives it; the same as ``Agreement()``."""
    c = _copy(_AGREEMENT0)  # members of later versions keep their defaults
    _check(_fn("costshare_agreement_init")(ctypes.byref(c),
                                           _integer(version, "version", "uint32")))
    result: Agreement = _from_c(Agreement, c)
    return result


def agreement_event_init(
        version: int = _native.STRUCTS["costshare_event"][1]) -> Event:
    """A fresh Event (kind NONE, which apply refuses until set; no dates)."""
    c = _copy(_EVENT0)  # members of later versions keep their defaults
    _check(_fn("costshare_agreement_event_init")(ctypes.byref(c),
                                                 _integer(version, "version", "uint32")))
    result: Event = _from_c(Event, c)
    return result


def agreement_apply(record: Agreement, event: Event) -> Agreement:
    """The record after one more event (a new Agreement); raises the
    refusal's CostshareError subclass."""
    _record(record, Agreement, "record")
    _record(event, Event, "event")
    src = _to_c(record, _AGREEMENT0)
    nxt = _native.Agreement.from_buffer_copy(src)
    _check(_fn("costshare_agreement_apply")(ctypes.byref(src),
                                            ctypes.byref(_to_c(event, _EVENT0)),
                                            ctypes.byref(nxt)))
    result: Agreement = _from_c(Agreement, nxt)
    return result


def agreement_state_on(record: Agreement, day: datetime.date) -> State:
    """The state of the agreement on ``day``."""
    _record(record, Agreement, "record")
    out = _native.i32()
    _check(_fn("costshare_agreement_state_on")(ctypes.byref(_to_c(record, _AGREEMENT0)),
                                               _day(day, "day"), ctypes.byref(out)))
    return State(out.value)


def agreement_marks_on(record: Agreement, day: datetime.date) -> Mark:
    """The marks of the agreement on ``day``: ``Mark.LATE`` (a decision after
    its response deadline) and ``Mark.FINAL`` (the latest decision can no
    longer be appealed)."""
    _record(record, Agreement, "record")
    out = _native.u32()
    _check(_fn("costshare_agreement_marks_on")(ctypes.byref(_to_c(record, _AGREEMENT0)),
                                               _day(day, "day"), ctypes.byref(out)))
    return Mark(out.value)


def agreement_transition(state: int, event: int) -> State:
    """The next state when ``event`` is allowed in ``state`` (the transition
    table); NotAllowedError when it is refused.

    >>> agreement_transition(State.PROPOSED, EventKind.ADOPT)
    <State.ADOPTED: 3>
    """
    out = _native.i32()
    _check(_fn("costshare_agreement_transition")(_integer(state, "state"),
                                                 _integer(event, "event"), ctypes.byref(out)))
    return State(out.value)


def agreement_state_count() -> int:
    """Number of agreement states (AGREEMENT_STATE_COUNT)."""
    result: int = _fn("costshare_agreement_state_count")()
    return result


def agreement_event_count() -> int:
    """Number of event kinds (EVENT_COUNT)."""
    result: int = _fn("costshare_agreement_event_count")()
    return result


def agreement_state_name(state: int) -> str:
    """The name of a state's constant, such as "COSTSHARE_AGREEMENT_IN_FORCE"
    ("COSTSHARE_UNKNOWN" if not a state); ``State.label`` is the display name."""
    return _native.text(_fn("costshare_agreement_state_name")(_integer(state, "state")))


def agreement_event_name(event: int) -> str:
    """The name of an event kind's constant, such as "COSTSHARE_EVENT_GIVE_NOTICE"
    ("COSTSHARE_UNKNOWN" if not an event kind)."""
    return _native.text(_fn("costshare_agreement_event_name")(_integer(event, "event")))


def agreement_body_name(body: int) -> str:
    """The name of a body's constant, such as "COSTSHARE_BODY_BOARD"
    ("COSTSHARE_UNKNOWN" if not a body); ``Body.label`` is the display name."""
    return _native.text(_fn("costshare_agreement_body_name")(_integer(body, "body")))


# --------------------------------------------------------------------------
# group.h
# --------------------------------------------------------------------------


def _records(records: Iterable[Agreement]) -> Tuple[Any, int]:
    """A C array of agreement records from a sequence of Agreements."""
    items = list(records)
    for item in items:
        _record(item, Agreement, "records[]")
    arr = (_native.Agreement * max(len(items), 1))(*[_to_c(a, _AGREEMENT0) for a in items])
    return arr, len(items)


def group_condition(records: Iterable[Agreement],
                    since: datetime.date) -> Tuple[GroupOutcome, Optional[datetime.date]]:
    """``(outcome, day)`` of a condition on the whole group: ``MET`` on the
    day the last party decided, ``FAILED`` on the first day one rejected or
    repealed, else ``PENDING`` with day None."""
    arr, n = _records(records)
    outcome, day = _native.i32(), _native.date()
    _check(_fn("costshare_group_condition")(arr, n, _day(since, "since"),
                                            ctypes.byref(outcome), ctypes.byref(day)))
    return GroupOutcome(outcome.value), _date_or_none(day.value)


def group_state_on(records: Iterable[Agreement], day: datetime.date) -> Optional[State]:
    """The state every party has on ``day``, or None when they differ
    (COSTSHARE_GROUP_MIXED)."""
    arr, n = _records(records)
    out = _native.i32()
    _check(_fn("costshare_group_state_on")(arr, n, _day(day, "day"), ctypes.byref(out)))
    return None if out.value == GROUP_MIXED else State(out.value)


def group_members_on(records: Iterable[Agreement], day: datetime.date) -> List[bool]:
    """Which parties are members (in force) on ``day``."""
    arr, n = _records(records)
    flags = (_native.i32 * max(n, 1))()
    count = _native.size()
    _check(_fn("costshare_group_members_on")(arr, n, _day(day, "day"), flags,
                                             ctypes.byref(count)))
    return [bool(flags[i]) for i in range(n)]


def group_memberships(records: Iterable[Agreement], first: datetime.date,
                      last: datetime.date) -> List[Tuple[Optional[datetime.date],
                                                         Optional[datetime.date]]]:
    """Each party's membership in the period [first, last] as the invoice run
    takes it: a list of ``(from, to)``, ``(None, None)`` for none."""
    arr, n = _records(records)
    froms, tos = (_native.date * max(n, 1))(), (_native.date * max(n, 1))()
    _check(_fn("costshare_group_memberships")(arr, n, _day(first, "first"),
                                              _day(last, "last"), froms, tos))
    return [(_date_or_none(froms[i]), _date_or_none(tos[i])) for i in range(n)]


def group_coverage(records: Iterable[Agreement],
                   invoiced: Iterable[Tuple[datetime.date, datetime.date]] = ()
                   ) -> List[GroupFinding]:
    """The gaps and overlaps between successive agreements and the invoiced
    days outside every term. ``invoiced`` is a sequence of ``(first, last)``
    periods."""
    arr, n = _records(records)
    periods = list(invoiced)
    firsts = (_native.date * max(len(periods), 1))(
        *[_day(a, "invoiced first") for a, _ in periods])
    lasts = (_native.date * max(len(periods), 1))(
        *[_day(b, "invoiced last") for _, b in periods])
    fn = _fn("costshare_group_coverage")
    count = _native.size()
    _check(fn(arr, n, firsts, lasts, len(periods), None, 0, ctypes.byref(count)))
    out = (_native.GroupFinding * max(count.value, 1))()
    _check(fn(arr, n, firsts, lasts, len(periods), out, count.value, ctypes.byref(count)))
    return [_from_c(GroupFinding, out[i]) for i in range(count.value)]


def group_outcome_name(outcome: int) -> str:
    """The name of a group outcome's constant, such as "COSTSHARE_GROUP_MET"."""
    return _native.text(_fn("costshare_group_outcome_name")(_integer(outcome, "outcome")))


def group_finding_name(kind: int) -> str:
    """The name of a finding kind's constant, such as "COSTSHARE_GROUP_GAP"."""
    return _native.text(_fn("costshare_group_finding_name")(_integer(kind, "kind")))


__all__ = sorted(n for n in list(globals()) if not n.startswith("_") and n not in (
    "annotations", "array", "ctypes", "dataclasses", "datetime", "enum", "sys", "overload",
    "TYPE_CHECKING", "Any", "Callable", "Dict", "Iterable", "List", "Optional",
    "Tuple", "Type", "TypeVar", "Union", "Int64Buffer", "Int32Buffer", "Datetime64Array"))
