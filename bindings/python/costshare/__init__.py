"""libcostshare for Python: population-based cost splits, Swedish notice and
refund dates and the agreement lifecycle, through ctypes (standard library only).

The shared library is found through the environment variable
``COSTSHARE_LIBRARY`` (a path to ``libcostshare.so.1``), else by its SONAME
``libcostshare.so.1`` through the dynamic loader, else by
``ctypes.util.find_library("costshare")``. A library of another major
version is refused with ImportError.

Every exported C function ``costshare_<name>`` has a Python function ``<name>``
here; every ``COSTSHARE_<NAME>`` constant is the module attribute ``<NAME>``.
The Python functions differ from the C ones only where Python does better:

- dates are :class:`datetime.date` objects in and out (the library's day
  numbers count days since 1970-01-01; its range 0001-01-01 to 9999-12-31 is
  exactly Python's);
- outputs are return values (a list, a tuple for several outputs);
- a refused call raises :class:`CostshareError` (a subclass per code, such as
  :class:`RangeError`) carrying the library's code, name and message, and
  returns nothing;
- a value of the wrong Python type raises :class:`TypeError`, an integer that
  does not fit the C parameter raises :class:`OverflowError` (before the
  library is called, so nothing is silently truncated).

Example::

    import datetime, costshare
    costshare.split(100000, [153563, 137985, 43077])   # [45891, 41236, 12873]
    costshare.notice_latest(datetime.date(2024, 9, 30), 2, costshare.MONTHS)
    # datetime.date(2024, 7, 31)
"""

import ctypes
import ctypes.util
import datetime
import os

__all__ = []  # filled in at the end: every public name of this module

# --------------------------------------------------------------------------
# Constants: the values of the COSTSHARE_* macros (abi/constants.txt).
# --------------------------------------------------------------------------

VERSION_MAJOR = 1  # the major version (ABI, SONAME) these bindings are for

# error.h
OK = 0
EINVAL = -1
ERANGE = -2
EOVERFLOW = -3
ENOWEIGHT = -4
ESIZE = -5
EPARSE = -6
ENOTALLOWED = -20
EDATEORDER = -21
ECONDITION = -22
EBACKWARDS = -23
EDEADLINE = -24
ENOTICE = -25
ENOTYET = -26
ETOOLATE = -27
ENOTERM = -28
EAFTERTERM = -29
ENOCLAUSE = -30
ENOPERIOD = -31
ECONSENT = -32

# split.h
ROUND_HALF_AWAY = 0
ROUND_HALF_EVEN = 1
ROUND_FLOOR = 2
ROUND_CEILING = 3
ROUND_TOWARD_ZERO = 4
SPLIT_LARGEST_REMAINDER = 0
SPLIT_ROUND_EACH = 1
SPLIT_OPTIONS_VERSION = 1
PERCENT_DECIMALS_MIN = 0
PERCENT_DECIMALS_MAX = 16
ONCOST_BP_MAX = 1000000

# amount.h
AMOUNT_GROUP_NONE = 0
AMOUNT_GROUP_SPACE = 1
AMOUNT_GROUP_NBSP = 2
AMOUNT_GROUP_NNBSP = 3
AMOUNT_GROUP_ANY = 4
AMOUNT_MARK_POINT = 0
AMOUNT_MARK_COMMA = 1
AMOUNT_MARK_ANY = 2
AMOUNT_KR = 0x1
AMOUNT_TKR = 0x2
AMOUNT_PERCENT = 0x4
AMOUNT_MINUS_SIGN = 0x8
AMOUNT_DECIMALS_MAX = 18
AMOUNT_TEXT_SIZE = 47
AMOUNT_OPTIONS_VERSION = 1

# date.h
DATE_MIN = -719162
DATE_MAX = 2932896
DAYS = 0
WEEKS = 1
MONTHS = 2
YEARS = 3
DATE_TEXT_SIZE = 11

# calendar_se.h
SE_DATE_MIN = 7305
SE_NONE = 0
SE_NEW_YEARS_DAY = 1
SE_EPIPHANY = 2
SE_GOOD_FRIDAY = 3
SE_EASTER_DAY = 4
SE_EASTER_MONDAY = 5
SE_MAY_DAY = 6
SE_ASCENSION_DAY = 7
SE_WHITSUNDAY = 8
SE_WHIT_MONDAY = 9
SE_NATIONAL_DAY = 10
SE_MIDSUMMER_DAY = 11
SE_ALL_SAINTS_DAY = 12
SE_CHRISTMAS_DAY = 13
SE_BOXING_DAY = 14
SE_SUNDAY = 15
SE_MIDSUMMER_EVE = 16
SE_CHRISTMAS_EVE = 17
SE_NEW_YEARS_EVE = 18
SE_SATURDAY = 19
LANG_SV = 0
LANG_EN = 1

# notice.h
CALENDAR_PERIODS = 1
CALENDAR_COUNT_CURRENT = 4
SE_DEADLINE = 2

# term.h
TERM_VERSION = 1

# refund.h
BASIS_DAYS = 0
BASIS_MONTHS = 1
REFUND_NONE = 0
REFUND_NEXT_MONTH = 1
REFUND_NEXT_DAY = 2
VACANCY_NONE = 0
VACANCY_ANY = 1
VACANCY_LONGER_THAN = 2
VACANCY_LONGER_THAN_END_DAY = 3
REFUND_TERMS_VERSION = 1

# agreement.h
AGREEMENT_NO_DATE = -2147483648
AGREEMENT_EMPTY = 0
AGREEMENT_PROPOSED = 1
AGREEMENT_REJECTED = 2
AGREEMENT_ADOPTED = 3
AGREEMENT_SIGNED = 4
AGREEMENT_IN_FORCE = 5
AGREEMENT_TERMINATION_PENDING = 6
AGREEMENT_UNDER_NOTICE = 7
AGREEMENT_ENDED = 8
AGREEMENT_EXPIRED = 9
AGREEMENT_REPLACED = 10
AGREEMENT_NOTICE_DECIDED = 11
AGREEMENT_NOTICE_SENT = 12
AGREEMENT_STATE_COUNT = 13
EVENT_PROPOSE = 0
EVENT_EXTEND_DEADLINE = 1
EVENT_ADOPT = 2
EVENT_REJECT = 3
EVENT_SIGN = 4
EVENT_ENTER_FORCE = 5
EVENT_AMEND = 6
EVENT_RENEW = 7
EVENT_EXPIRE = 8
EVENT_REPLACE = 9
EVENT_DECIDE_TERMINATION = 10
EVENT_CONDITION_MET = 11
EVENT_CONDITION_FAILED = 12
EVENT_GIVE_NOTICE = 13
EVENT_WITHDRAW = 14
EVENT_END = 15
EVENT_PROPOSE_DECISION = 16
EVENT_DECIDE_NOTICE = 17
EVENT_SEND_NOTICE = 18
EVENT_RECEIVE_NOTICE = 19
EVENT_REPEAL = 20
EVENT_ANNOUNCE = 21
EVENT_COUNT = 22
EVENT_NONE = -1
EVENT_SIGNED_BY_BOTH = 1
EVENT_CONSENTED = 2
BODY_NONE = 0
BODY_OFFICER = 1
BODY_COMMITTEE = 2
BODY_BOARD = 3
BODY_COUNCIL = 4
BODY_COUNT = 5
MARK_LATE = 1
MARK_FINAL = 2
AGREEMENT_VERSION = 2
EVENT_VERSION = 2
AGREEMENT_MAX_COUNT = 1200

# invoice.h, post.h: the invoice run and the cost of a post
INVOICE_OPEN = -2147483648
INVOICE_NO_MONTHS = -1
INVOICE_REDISTRIBUTE = 0
INVOICE_FIXED_SHARES = 1
INVOICE_PLAN_VERSION = 1
POST_TERMS_VERSION = 1
REVISION_BP_MIN = -10000
FTE_BP_MAX = 1000000

# group.h
GROUP_PENDING = 0
GROUP_MET = 1
GROUP_FAILED = 2
GROUP_MIXED = -1
GROUP_GAP = 1
GROUP_OVERLAP = 2
GROUP_UNCOVERED = 3

# --------------------------------------------------------------------------
# Loading the library and declaring every exported function.
# --------------------------------------------------------------------------


def _load_library():
    path = os.environ.get("COSTSHARE_LIBRARY")
    if path:
        try:
            return ctypes.CDLL(path)
        except OSError as err:
            raise ImportError("cannot load libcostshare from COSTSHARE_LIBRARY=%s: %s"
                              % (path, err))
    # The SONAME first: it names the ABI these bindings are written for and is
    # found the way the dynamic loader finds it (LD_LIBRARY_PATH, ld.so.cache).
    tried = []
    for name in ("libcostshare.so.1", ctypes.util.find_library("costshare")):
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return ctypes.CDLL(name)
        except OSError:
            pass
    raise ImportError(
        "libcostshare not found (tried %s); install it or set COSTSHARE_LIBRARY "
        "to the path of libcostshare.so.1" % ", ".join(tried))


_lib = _load_library()

_i32 = ctypes.c_int32
_u32 = ctypes.c_uint32
_i64 = ctypes.c_int64
_size = ctypes.c_size_t
_int = ctypes.c_int
_str = ctypes.c_char_p
_p = ctypes.POINTER
_date = _i32  # costshare_date


_FIELD_KINDS = {_i32: "int32", _u32: "uint32", _i64: "int64"}


class _CheckedFields:
    """Assignment to an integer member is range-checked: a value that does not
    fit the C member raises OverflowError (TypeError for a non-int) instead of
    wrapping silently, however it enters (keyword, attribute, property)."""

    def __setattr__(self, key, value):
        kind = _FIELD_KINDS.get(dict(type(self)._fields_).get(key))
        if kind is not None:
            _integer(value, key.lstrip("_"), kind)
        elif not hasattr(type(self), key):
            raise AttributeError("%s has no field %r" % (type(self).__name__, key))
        super().__setattr__(key, value)


class SplitOptions(_CheckedFields, ctypes.Structure):
    """struct costshare_split_options (split.h). Prefer split_ex()'s keywords."""
    _fields_ = [("version", _u32), ("method", _i32), ("unit", _i64), ("fixed", _i64)]


class AmountOptions(_CheckedFields, ctypes.Structure):
    """struct costshare_amount_options (amount.h): the notation of an amount.
    Prefer the keywords of amount_parse() and amount_format()."""
    _fields_ = [("version", _u32), ("decimals", _i32), ("group", _i32),
                ("decimal_mark", _i32), ("flags", _u32)]


# The C layout of the date-carrying structs; the Python classes below add
# datetime.date properties over these raw fields.
_TERM_FIELDS = [("version", _u32), ("_start", _date), ("initial_count", _i32),
                ("initial_unit", _i32), ("renewal_count", _i32), ("renewal_unit", _i32),
                ("notice_count", _i32), ("notice_unit", _i32), ("notice_flags", _u32)]
_REFUND_TERMS_FIELDS = [("version", _u32), ("termination", _i32),
                        ("termination_basis", _i32), ("vacancy", _i32),
                        ("vacancy_min_count", _i32), ("vacancy_min_unit", _i32),
                        ("vacancy_basis", _i32), ("mode", _i32)]
_AGREEMENT_DATES = ("last_event", "proposed", "response_deadline", "decided", "signed_on",
                    "in_force_from", "term_end", "termination_decided", "wanted_last_day",
                    "notice_given", "last_day", "refund_start", "withdrawn_on",
                    "last_amended")
# Version 2 appends the proposals, the latest decision and its announcement,
# the condition's and the sending's dates and the marks.
_AGREEMENT_V2_DATES = ("last_proposal", "last_decision", "announced", "appeal_last_day",
                       "condition_met", "notice_sent")
_AGREEMENT_FIELDS = ([("version", _u32), ("state", _i32), ("last_event_kind", _i32)] +
                     [("_" + n, _date) for n in _AGREEMENT_DATES] +
                     [("notice_count", _i32), ("notice_unit", _i32), ("notice_flags", _u32),
                      ("renewal_count", _i32), ("renewal_unit", _i32), ("renewals", _i32),
                      ("amendments", _i32), ("reserved", _i32 * 4),
                      ("proposals", _i32), ("_last_proposal", _date),
                      ("last_proposal_body", _i32), ("last_proposal_kind", _i32),
                      ("_last_decision", _date), ("last_decision_kind", _i32),
                      ("last_decision_body", _i32), ("_announced", _date),
                      ("_appeal_last_day", _date), ("_condition_met", _date),
                      ("_notice_sent", _date), ("marks", _u32)])
_EVENT_DATES = ("date", "deadline", "from_", "term_end", "last_day")
_EVENT_FIELDS = ([("version", _u32), ("kind", _i32)] +
                 [("_" + n, _date) for n in _EVENT_DATES] +
                 [("notice_count", _i32), ("notice_unit", _i32), ("notice_flags", _u32),
                  ("renewal_count", _i32), ("renewal_unit", _i32), ("flags", _u32),
                  ("reserved", _i32 * 4), ("body", _i32), ("proposed_kind", _i32)])

_INVOICE_PLAN_FIELDS = [("version", _u32), ("_first", _date), ("_last", _date),
                        ("rule", _i32), ("basis", _i32), ("cost", _i64)]
_INVOICE_SEGMENT_FIELDS = [("_first", _date), ("_last", _date), ("days", _i32),
                           ("months", _i32), ("members", _i32), ("reserved", _i32),
                           ("cost", _i64), ("residual", _i64)]
_POST_TERMS_FIELDS = [("version", _u32), ("mode", _i32), ("monthly", _i64),
                      ("base_year", _i32), ("base_month", _i32), ("revision_month", _i32),
                      ("revision_bp", _i32), ("oncost_bp", _i32), ("overhead_bp", _i32),
                      ("fte_bp", _i32)]

# Declared below, after the classes; the structs are needed for the signatures.
_SIGNATURES = {}


def _declare():
    sig = {
        # version.h, error.h
        "costshare_version": (_str, []),
        "costshare_version_number": (_i32, []),
        "costshare_error_message": (_str, [_int]),
        "costshare_error_name": (_str, [_int]),
        # constants.h
        "costshare_constant": (_int, [_str, _p(_i64)]),
        "costshare_constant_count": (_i32, []),
        "costshare_struct_size": (_int, [_str, _u32, _p(_i64)]),
        "costshare_constant_at": (_int, [_i32, _p(_str), _p(_i64)]),
        # split.h
        "costshare_split_options_init": (_int, [_p(SplitOptions), _u32]),
        "costshare_split": (_int, [_i64, _p(_i64), _size, _p(_i64)]),
        "costshare_split_ex": (_int, [_i64, _p(_i64), _size, _p(SplitOptions), _p(_i64),
                                      _p(_i64)]),
        "costshare_split_percentages": (_int, [_p(_i64), _size, _i32, _p(_i64)]),
        "costshare_round_scale": (_int, [_i64, _i64, _i64, _i32, _p(_i64)]),
        "costshare_post_cost": (_int, [_i64, _i64, _i32, _i32, _p(_i64)]),
        "costshare_round_mode_name": (_str, [_i32]),
        "costshare_split_method_name": (_str, [_i32]),
        "costshare_split_nested": (_int, [_i64, _p(_i64), _size, _p(_u32), _p(_i64), _size,
                                          _p(_i64), _p(_i64)]),
        "costshare_post_terms_init": (_int, [_p(PostTerms), _u32]),
        "costshare_post_cost_ex": (_int, [_p(PostTerms), _i32, _i32, _i32, _p(_i64), _size,
                                          _p(_i64)]),
        # amount.h
        "costshare_amount_options_init": (_int, [_p(AmountOptions), _u32]),
        "costshare_amount_parse": (_int, [_str, _size, _p(AmountOptions), _p(_i64)]),
        "costshare_amount_format": (_int, [_i64, _p(AmountOptions), _str, _size]),
        # date.h
        "costshare_date_from_ymd": (_int, [_i32, _i32, _i32, _p(_date)]),
        "costshare_date_to_ymd": (_int, [_date, _p(_i32), _p(_i32), _p(_i32)]),
        "costshare_date_parse": (_int, [_str, _size, _p(_date)]),
        "costshare_date_format": (_int, [_date, _str, _size]),
        "costshare_date_weekday": (_int, [_date, _p(_i32)]),
        "costshare_date_add": (_int, [_date, _i32, _i32, _p(_date)]),
        "costshare_date_is_leap_year": (_int, [_i32, _p(_i32)]),
        "costshare_date_days_in_month": (_int, [_i32, _i32, _p(_i32)]),
        "costshare_date_month_first": (_int, [_date, _p(_date)]),
        "costshare_date_month_last": (_int, [_date, _p(_date)]),
        "costshare_date_year_first": (_int, [_date, _p(_date)]),
        "costshare_date_year_last": (_int, [_date, _p(_date)]),
        "costshare_date_days_between": (_int, [_date, _date, _p(_i32)]),
        # calendar_se.h
        "costshare_se_holiday": (_int, [_date, _p(_i32)]),
        "costshare_se_day_kind": (_int, [_date, _p(_i32)]),
        "costshare_se_is_business_day": (_int, [_date, _p(_i32)]),
        "costshare_se_deadline": (_int, [_date, _p(_date)]),
        "costshare_se_appeal_deadline": (_int, [_date, _p(_date)]),
        "costshare_se_motion_deadline": (_int, [_date, _p(_date)]),
        "costshare_se_add_business_days": (_int, [_date, _i32, _p(_date)]),
        "costshare_se_business_days_between": (_int, [_date, _date, _p(_i32)]),
        "costshare_se_easter": (_int, [_i32, _p(_date)]),
        "costshare_se_holiday_date": (_int, [_i32, _i32, _p(_date)]),
        "costshare_se_holiday_name": (_str, [_i32, _i32]),
        # notice.h
        "costshare_notice_end": (_int, [_date, _i32, _i32, _u32, _p(_date)]),
        "costshare_notice_latest": (_int, [_date, _i32, _i32, _u32, _p(_date)]),
        # term.h
        "costshare_term_init": (_int, [_p(Term), _u32]),
        "costshare_term_end": (_int, [_p(Term), _date, _p(_date)]),
        "costshare_term_notice": (_int, [_p(Term), _date, _p(_date), _p(_date)]),
        # refund.h
        "costshare_refund_start": (_int, [_date, _p(_date)]),
        "costshare_refund_prorate": (_int, [_i64, _date, _date, _date, _date, _i32, _i32, _p(_i64)]),
        "costshare_refund_terms_init": (_int, [_p(RefundTerms), _u32]),
        "costshare_refund_termination": (_int, [_p(RefundTerms), _i64, _date, _date, _date,
                                                _p(_i64)]),
        "costshare_refund_vacancy": (_int, [_p(RefundTerms), _i64, _date, _date, _date, _date,
                                            _p(_i64)]),
        # invoice.h
        "costshare_invoice_due": (_int, [_i32, _i32, _i32, _u32, _p(_date)]),
        "costshare_invoice_plan_init": (_int, [_p(InvoicePlan), _u32]),
        "costshare_invoice_segments": (_int, [_date, _date, _p(_date), _p(_date), _size,
                                              _p(InvoiceSegment), _size, _p(_size)]),
        "costshare_invoice_period": (_int, [_p(InvoicePlan), _p(_i64), _p(_date), _p(_date),
                                            _size, _p(_i64), _p(InvoiceSegment), _size,
                                            _p(_size), _p(_i64), _p(_i64)]),
        "costshare_invoice_adjust": (_int, [_p(_i64), _p(_i64), _size, _i32, _i32, _i32, _u32,
                                            _p(_i64), _p(_date)]),
        # agreement.h
        "costshare_agreement_init": (_int, [_p(AgreementRecord), _u32]),
        "costshare_agreement_event_init": (_int, [_p(Event), _u32]),
        "costshare_agreement_apply": (_int, [_p(AgreementRecord), _p(Event),
                                             _p(AgreementRecord)]),
        "costshare_agreement_state_on": (_int, [_p(AgreementRecord), _date, _p(_i32)]),
        "costshare_agreement_marks_on": (_int, [_p(AgreementRecord), _date, _p(_u32)]),
        "costshare_agreement_transition": (_int, [_i32, _i32, _p(_i32)]),
        "costshare_agreement_state_count": (_i32, []),
        "costshare_agreement_event_count": (_i32, []),
        "costshare_agreement_state_name": (_str, [_i32]),
        "costshare_agreement_event_name": (_str, [_i32]),
        "costshare_agreement_body_name": (_str, [_i32]),
        # group.h
        "costshare_group_condition": (_int, [_p(AgreementRecord), _size, _date, _p(_i32),
                                             _p(_date)]),
        "costshare_group_state_on": (_int, [_p(AgreementRecord), _size, _date, _p(_i32)]),
        "costshare_group_members_on": (_int, [_p(AgreementRecord), _size, _date, _p(_i32),
                                              _p(_size)]),
        "costshare_group_memberships": (_int, [_p(AgreementRecord), _size, _date, _date,
                                               _p(_date), _p(_date)]),
        "costshare_group_coverage": (_int, [_p(AgreementRecord), _size, _p(_date), _p(_date),
                                            _size, _p(GroupFinding), _size, _p(_size)]),
        "costshare_group_outcome_name": (_str, [_i32]),
        "costshare_group_finding_name": (_str, [_i32]),
    }
    for name, (restype, argtypes) in sig.items():
        fn = getattr(_lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    _SIGNATURES.update(sig)


# --------------------------------------------------------------------------
# Errors.
# --------------------------------------------------------------------------


class CostshareError(Exception):
    """A call refused by libcostshare.

    Attributes: ``code`` (the negative return code, such as ``ERANGE``),
    ``name`` (``"COSTSHARE_ERANGE"``) and ``message`` (the library's
    costshare_error_message() text). A subclass per code is raised, so callers can
    catch :class:`RangeError` or test ``err.code == costshare.ERANGE``.
    """

    code = None

    def __init__(self, code=None):
        if code is None:
            code = type(self).code
        self.code = code
        self.name = error_name(code)
        self.message = error_message(code)
        super().__init__(code, self.name, self.message)

    def __str__(self):
        return "%s: %s" % (self.name, self.message)


def _error_class(class_name, code, doc):
    return type(class_name, (CostshareError,), {"code": code, "__doc__": doc})


InvalidArgumentError = _error_class("InvalidArgumentError", EINVAL, "COSTSHARE_EINVAL")
RangeError = _error_class("RangeError", ERANGE, "COSTSHARE_ERANGE")
ResultOverflowError = _error_class("ResultOverflowError", EOVERFLOW, "COSTSHARE_EOVERFLOW")
NoWeightError = _error_class("NoWeightError", ENOWEIGHT, "COSTSHARE_ENOWEIGHT")
SizeError = _error_class("SizeError", ESIZE, "COSTSHARE_ESIZE")
ParseError = _error_class("ParseError", EPARSE, "COSTSHARE_EPARSE")
NotAllowedError = _error_class("NotAllowedError", ENOTALLOWED, "COSTSHARE_ENOTALLOWED")
DateOrderError = _error_class("DateOrderError", EDATEORDER, "COSTSHARE_EDATEORDER")
ConditionError = _error_class("ConditionError", ECONDITION, "COSTSHARE_ECONDITION")
BackwardsError = _error_class("BackwardsError", EBACKWARDS, "COSTSHARE_EBACKWARDS")
DeadlineError = _error_class("DeadlineError", EDEADLINE, "COSTSHARE_EDEADLINE")
NoticeError = _error_class("NoticeError", ENOTICE, "COSTSHARE_ENOTICE")
NotYetError = _error_class("NotYetError", ENOTYET, "COSTSHARE_ENOTYET")
TooLateError = _error_class("TooLateError", ETOOLATE, "COSTSHARE_ETOOLATE")
NoTermError = _error_class("NoTermError", ENOTERM, "COSTSHARE_ENOTERM")
AfterTermError = _error_class("AfterTermError", EAFTERTERM, "COSTSHARE_EAFTERTERM")
NoClauseError = _error_class("NoClauseError", ENOCLAUSE, "COSTSHARE_ENOCLAUSE")
NoPeriodError = _error_class("NoPeriodError", ENOPERIOD, "COSTSHARE_ENOPERIOD")
ConsentError = _error_class("ConsentError", ECONSENT, "COSTSHARE_ECONSENT")

_ERRORS = {cls.code: cls for cls in (
    InvalidArgumentError, RangeError, ResultOverflowError, NoWeightError, SizeError,
    ParseError, NotAllowedError, DateOrderError, ConditionError, BackwardsError,
    DeadlineError, NoticeError, NotYetError, TooLateError, NoTermError, AfterTermError,
    NoClauseError, NoPeriodError, ConsentError)}


def _check(rc):
    """Raise the CostshareError subclass for a negative return code."""
    if rc < 0:
        raise _ERRORS.get(rc, CostshareError)(rc)
    return rc


# --------------------------------------------------------------------------
# Argument conversion: strict types, no silent truncation.
# --------------------------------------------------------------------------

_EPOCH = datetime.date(1970, 1, 1).toordinal()
_LIMITS = {"int32": (-2 ** 31, 2 ** 31 - 1), "uint32": (0, 2 ** 32 - 1),
           "int64": (-2 ** 63, 2 ** 63 - 1)}


def _integer(value, what, kind="int32"):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be an int, not %s" % (what, type(value).__name__))
    lo, hi = _LIMITS[kind]
    if not lo <= value <= hi:
        raise OverflowError("%s %d does not fit in %s" % (what, value, kind))
    return value


def _to_day(value, what="date"):
    """datetime.date -> the library's day number (days since 1970-01-01)."""
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        raise TypeError("%s must be a datetime.date, not %s" % (what, type(value).__name__))
    return value.toordinal() - _EPOCH


def _from_day(day):
    """The library's day number -> datetime.date."""
    return datetime.date.fromordinal(day + _EPOCH)


def _weights(weights, what="weights"):
    if isinstance(weights, (str, bytes)) or not hasattr(weights, "__iter__"):
        raise TypeError("%s must be a sequence of ints" % what)
    values = [_integer(w, what[:-1], "int64") for w in weights]
    return (_i64 * len(values))(*values), len(values)


def _text(value, what):
    if isinstance(value, str):
        value = value.encode("utf-8")
    elif not isinstance(value, bytes):
        raise TypeError("%s must be a str, not %s" % (what, type(value).__name__))
    if b"\0" in value:
        # C would read only up to the NUL: "COSTSHARE_MONTHS\0junk" is no name.
        raise ValueError("%s must not contain a NUL character" % what)
    return value


def _name(raw):
    return raw.decode("utf-8")


# --------------------------------------------------------------------------
# Structs with datetime.date properties over their raw day-number fields.
# --------------------------------------------------------------------------


def _date_property(field, nullable):
    def get(self):
        day = getattr(self, field)
        if nullable and day == AGREEMENT_NO_DATE:
            return None
        try:
            return _from_day(day)
        except (ValueError, OverflowError):
            return day  # not a valid date: show the raw number (a corrupt record)

    def set_(self, value):
        if value is None and nullable:
            setattr(self, field, AGREEMENT_NO_DATE)
        else:
            setattr(self, field, _to_day(value, field[1:]))
    return property(get, set_, doc="%s as a datetime.date%s" %
                    (field[1:], " or None" if nullable else ""))


class _Struct(_CheckedFields, ctypes.Structure):
    """A versioned libcostshare struct: initialised by the library's init
    function with the library's version constant, then set from keywords."""

    _init_name = None
    _version = None

    def __init__(self, **fields):
        super().__init__()
        _check(getattr(_lib, self._init_name)(ctypes.byref(self), self._version))
        for key, value in fields.items():
            if key.startswith("_") or not hasattr(type(self), key):
                raise TypeError("%s has no field %r" % (type(self).__name__, key))
            setattr(self, key, value)

    def __repr__(self):
        names = [n.lstrip("_") for n, _ in self._fields_ if n != "reserved"]
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))


def _with_dates(cls, names, nullable):
    for n in names:
        setattr(cls, n, _date_property("_" + n, nullable))
    return cls


class Term(_Struct):
    """struct costshare_term (term.h): a fixed term renewed unless notice is
    given in time. ``start`` is a datetime.date; the rest are ints.

    >>> Term(start=datetime.date(2016, 9, 1), initial_count=17, initial_unit=MONTHS,
    ...      renewal_count=1, renewal_unit=YEARS, notice_count=3, notice_unit=MONTHS)
    """
    _fields_ = _TERM_FIELDS
    _init_name = "costshare_term_init"
    _version = TERM_VERSION


_with_dates(Term, ("start",), False)


class RefundTerms(_Struct):
    """struct costshare_refund_terms (refund.h): what an agreement refunds.

    >>> RefundTerms(termination=REFUND_NEXT_MONTH, termination_basis=BASIS_MONTHS)
    """
    _fields_ = _REFUND_TERMS_FIELDS
    _init_name = "costshare_refund_terms_init"
    _version = REFUND_TERMS_VERSION


class AgreementRecord(_Struct):
    """struct costshare_agreement (agreement.h): the caller-owned record.
    Date fields are datetime.date or None (COSTSHARE_AGREEMENT_NO_DATE).
    Usually used through :class:`Agreement`."""
    _fields_ = _AGREEMENT_FIELDS
    _init_name = "costshare_agreement_init"
    _version = AGREEMENT_VERSION


_with_dates(AgreementRecord, _AGREEMENT_DATES + _AGREEMENT_V2_DATES, True)


class Event(_Struct):
    """struct costshare_event (agreement.h): one dated event. Date fields are
    datetime.date or None; the C member ``from`` is ``from_`` here.

    >>> Event(kind=EVENT_GIVE_NOTICE, date=datetime.date(2024, 7, 31),
    ...       last_day=datetime.date(2024, 9, 30))
    """
    _fields_ = _EVENT_FIELDS
    _init_name = "costshare_agreement_event_init"
    _version = EVENT_VERSION


_with_dates(Event, _EVENT_DATES, True)


class InvoicePlan(_Struct):
    """struct costshare_invoice_plan (invoice.h): the invoice period (``first``
    and ``last``, datetime.date; None until set), its ``cost`` and the ``rule``
    and ``basis`` of the split.

    >>> InvoicePlan(first=datetime.date(2024, 1, 1), last=datetime.date(2024, 12, 31),
    ...             cost=763945)
    """
    _fields_ = _INVOICE_PLAN_FIELDS
    _init_name = "costshare_invoice_plan_init"
    _version = INVOICE_PLAN_VERSION


_with_dates(InvoicePlan, ("first", "last"), True)


class InvoiceSegment(_CheckedFields, ctypes.Structure):
    """struct costshare_invoice_segment (invoice.h): days in which the members do
    not change. ``first`` and ``last`` are datetime.date; ``months`` is
    INVOICE_NO_MONTHS for a segment that is not whole months."""
    _fields_ = _INVOICE_SEGMENT_FIELDS

    def __repr__(self):
        return ("InvoiceSegment(first=%r, last=%r, days=%d, months=%d, members=%d, cost=%d, "
                "residual=%d)" % (self.first, self.last, self.days, self.months, self.members,
                                  self.cost, self.residual))


_with_dates(InvoiceSegment, ("first", "last"), False)


class PostTerms(_Struct):
    """struct costshare_post_terms (post.h): the salary from a base month, its
    yearly revision, on-cost, overhead and extent of a post.

    >>> PostTerms(monthly=39500, base_year=2016, oncost_bp=4800, revision_month=4,
    ...           revision_bp=300)
    """
    _fields_ = _POST_TERMS_FIELDS
    _init_name = "costshare_post_terms_init"
    _version = POST_TERMS_VERSION


class GroupFinding(_CheckedFields, ctypes.Structure):
    """struct costshare_group_finding (group.h): a gap, an overlap or an
    invoiced run of days outside every term. ``first`` and ``last`` are
    datetime.date (``last`` None when it has no end)."""
    _fields_ = [("kind", _i32), ("index", _i32), ("_first", _date), ("_last", _date)]

    def __repr__(self):
        return "GroupFinding(kind=%s, index=%d, first=%r, last=%r)" % (
            _display_name(group_finding_name(self.kind), "COSTSHARE_GROUP_"), self.index,
            self.first, self.last)


_with_dates(GroupFinding, ("first", "last"), True)

_declare()


def _check_layouts():
    """Refuse to run on a library whose structs differ from these mirrors."""
    for cls, name, version in ((SplitOptions, "costshare_split_options", SPLIT_OPTIONS_VERSION),
                               (Term, "costshare_term", TERM_VERSION),
                               (RefundTerms, "costshare_refund_terms", REFUND_TERMS_VERSION),
                               (AgreementRecord, "costshare_agreement", AGREEMENT_VERSION),
                               (Event, "costshare_event", EVENT_VERSION),
                               (GroupFinding, "costshare_group_finding", 1),
                               (AmountOptions, "costshare_amount_options", AMOUNT_OPTIONS_VERSION),
                               (InvoicePlan, "costshare_invoice_plan", INVOICE_PLAN_VERSION),
                               (InvoiceSegment, "costshare_invoice_segment", 1),
                               (PostTerms, "costshare_post_terms", POST_TERMS_VERSION)):
        size = _i64()
        rc = _lib.costshare_struct_size(name.encode(), version, ctypes.byref(size))
        if rc != 0 or size.value != ctypes.sizeof(cls):
            raise ImportError("libcostshare's %s version %d is not the layout this module "
                              "mirrors (library %s bytes, module %d)"
                              % (name, version, size.value if rc == 0 else "no", ctypes.sizeof(cls)))


_check_layouts()

if _lib.costshare_version_number() // 10000 != VERSION_MAJOR:
    raise ImportError("libcostshare %s is not major version %d"
                      % (_lib.costshare_version().decode(), VERSION_MAJOR))

# --------------------------------------------------------------------------
# version.h, error.h
# --------------------------------------------------------------------------


def version():
    """The version of the loaded library, such as "1.0.0"."""
    return _name(_lib.costshare_version())


def version_number():
    """The version of the loaded library as major*10000 + minor*100 + patch."""
    return _lib.costshare_version_number()


def error_message(code):
    """A short English description of a return code."""
    return _name(_lib.costshare_error_message(_integer(code, "code")))


def error_name(code):
    """The symbolic name of a return code, such as "COSTSHARE_EINVAL"."""
    return _name(_lib.costshare_error_name(_integer(code, "code")))


# --------------------------------------------------------------------------
# constants.h
# --------------------------------------------------------------------------


def constant(name):
    """The value of a public constant by its C name, such as "COSTSHARE_MONTHS"
    (InvalidArgumentError for an unknown name). The module attributes (MONTHS,
    ...) hold the same values; this asks the loaded library."""
    value = _i64()
    _check(_lib.costshare_constant(_text(name, "name"), ctypes.byref(value)))
    return value.value


def constant_count():
    """Number of constants constant_at() enumerates."""
    return _lib.costshare_constant_count()


def struct_size(name, version):
    """Size in bytes of version ``version`` of the public struct ``name`` (such as
    "costshare_agreement"), as the loaded library lays it out."""
    out = _i64()
    _check(_lib.costshare_struct_size(_text(name, "name"), _integer(version, "version"),
                                      ctypes.byref(out)))
    return out.value


def constant_at(index):
    """``(name, value)`` of the constant at ``index`` (0 to constant_count() - 1)."""
    name, value = _str(), _i64()
    _check(_lib.costshare_constant_at(_integer(index, "index"), ctypes.byref(name),
                                      ctypes.byref(value)))
    return _name(name.value), value.value


def constants():
    """Every public constant of the loaded library as a dict {C name: value}."""
    return dict(constant_at(i) for i in range(constant_count()))


# --------------------------------------------------------------------------
# split.h
# --------------------------------------------------------------------------


def split_options_init(version=SPLIT_OPTIONS_VERSION):
    """A SplitOptions with the defaults of struct version ``version``."""
    opts = SplitOptions()
    _check(_lib.costshare_split_options_init(ctypes.byref(opts),
                                             _integer(version, "version", "uint32")))
    return opts


def split(total, weights):
    """Split ``total`` by ``weights`` (largest remainder); the shares sum to ``total``.

    >>> split(763945, [5453, 21577, 9882])
    """
    total = _integer(total, "total", "int64")
    arr, n = _weights(weights)
    out = (_i64 * max(n, 1))()
    _check(_lib.costshare_split(total, arr, n, out))
    return list(out[:n])


def split_ex(total, weights, *, method=SPLIT_LARGEST_REMAINDER, unit=1, fixed=0):
    """Split with options (keywords only); returns ``(shares, residual)``.

    ``method`` is SPLIT_LARGEST_REMAINDER or SPLIT_ROUND_EACH (legacy: round
    each share, the residual is ``sum(shares) - total``); ``unit`` the rounding
    unit; ``fixed`` the part shared equally (mixed key).
    """
    total = _integer(total, "total", "int64")
    arr, n = _weights(weights)
    opts = split_options_init()
    opts.method = _integer(method, "method")
    opts.unit = _integer(unit, "unit", "int64")
    opts.fixed = _integer(fixed, "fixed", "int64")
    out = (_i64 * max(n, 1))()
    residual = _i64()
    _check(_lib.costshare_split_ex(total, arr, n, ctypes.byref(opts), out,
                                   ctypes.byref(residual)))
    return list(out[:n]), residual.value


def split_percentages(weights, decimals=2):
    """Percentages of each weight in units of 10**-decimals percent; they sum
    to exactly 100 * 10**decimals (with 2 decimals 3520 means 35.20 %)."""
    arr, n = _weights(weights)
    out = (_i64 * max(n, 1))()
    _check(_lib.costshare_split_percentages(arr, n, _integer(decimals, "decimals"), out))
    return list(out[:n])


def round_scale(amount, numerator, denominator, mode=ROUND_HALF_AWAY):
    """Exact ``amount * numerator / denominator``, rounded once by ``mode``."""
    out = _i64()
    _check(_lib.costshare_round_scale(_integer(amount, "amount", "int64"),
                                _integer(numerator, "numerator", "int64"),
                                _integer(denominator, "denominator", "int64"),
                                _integer(mode, "mode"), ctypes.byref(out)))
    return out.value


def post_cost(monthly, oncost_bp, months, mode=ROUND_HALF_AWAY):
    """Monthly salary plus on-cost (basis points) over ``months`` months."""
    out = _i64()
    _check(_lib.costshare_post_cost(_integer(monthly, "monthly", "int64"),
                                    _integer(oncost_bp, "oncost_bp", "int64"),
                                    _integer(months, "months"), _integer(mode, "mode"),
                                    ctypes.byref(out)))
    return out.value


def split_nested(total, group_weights, party_groups, party_weights):
    """Split ``total`` among groups by ``group_weights``, then each group's part
    among its parties (``party_groups[i]`` is party i's group) by
    ``party_weights``; returns ``(group_shares, party_shares)``.

    >>> split_nested(1000000, [50, 25, 25], [0, 0, 1, 2, 2], [1, 1, 1, 70000, 40000])
    """
    total = _integer(total, "total", "int64")
    garr, ng = _weights(group_weights, "group_weights")
    parr, np_ = _weights(party_weights, "party_weights")
    if isinstance(party_groups, (str, bytes)) or not hasattr(party_groups, "__iter__"):
        raise TypeError("party_groups must be a sequence of ints")
    groups = [_integer(g, "party_group", "uint32") for g in party_groups]
    if len(groups) != np_:
        raise ValueError("party_groups has %d entries, party_weights %d" % (len(groups), np_))
    gout, pout = (_i64 * max(ng, 1))(), (_i64 * max(np_, 1))()
    _check(_lib.costshare_split_nested(total, garr, ng, (_u32 * max(np_, 1))(*groups), parr, np_,
                                       gout, pout))
    return list(gout[:ng]), list(pout[:np_])


def post_terms_init(version=POST_TERMS_VERSION):
    """PostTerms with the defaults (set ``monthly`` and ``base_year``)."""
    terms = PostTerms.__new__(PostTerms)
    ctypes.Structure.__init__(terms)
    _check(_lib.costshare_post_terms_init(ctypes.byref(terms),
                                          _integer(version, "version", "uint32")))
    return terms


def post_cost_ex(terms, year, month, months, index=None):
    """The cost of the post of ``terms`` for ``months`` months from ``year``-``month``,
    revised yearly by ``terms.revision_bp`` or by the ``index`` series (index[0]
    the base salary's index, then one per revision)."""
    out = _i64()
    arr, n = (None, 0) if index is None else _weights(index, "index values")
    _check(_lib.costshare_post_cost_ex(_struct(terms, PostTerms, "terms"),
                                       _integer(year, "year"), _integer(month, "month"),
                                       _integer(months, "months"), arr, n, ctypes.byref(out)))
    return out.value


def round_mode_name(mode):
    """The name of a rounding mode, such as "COSTSHARE_ROUND_HALF_EVEN"."""
    return _name(_lib.costshare_round_mode_name(_integer(mode, "mode")))


def split_method_name(method):
    """The name of a split method, such as "COSTSHARE_SPLIT_ROUND_EACH"."""
    return _name(_lib.costshare_split_method_name(_integer(method, "method")))


# --------------------------------------------------------------------------
# amount.h
# --------------------------------------------------------------------------


def amount_options_init(version=AMOUNT_OPTIONS_VERSION):
    """An AmountOptions with the defaults of struct version ``version``
    (plain notation, whole units)."""
    opts = AmountOptions()
    _check(_lib.costshare_amount_options_init(ctypes.byref(opts),
                                              _integer(version, "version", "uint32")))
    return opts


_NOTATION = {"decimals": "int32", "group": "int32", "decimal_mark": "int32", "flags": "uint32"}


def _amount_options(options, notation):
    if options is not None:
        if notation:
            raise TypeError("give either an AmountOptions or the notation as keywords")
        if not isinstance(options, AmountOptions):
            raise TypeError("options must be a costshare.AmountOptions, not %s"
                            % type(options).__name__)
        return options
    opts = amount_options_init()
    for key, value in notation.items():
        if key not in _NOTATION:
            raise TypeError("unknown notation keyword %r" % key)
        setattr(opts, key, _integer(value, key, _NOTATION[key]))
    return opts


def amount_parse(text, options=None, **notation):
    """The amount written in ``text`` (str or bytes), as an int in units of
    10**-decimals. The notation is an AmountOptions or the keywords
    ``decimals``, ``group``, ``decimal_mark`` and ``flags`` (defaults: plain
    whole units). More decimals than asked for is a ParseError, never a
    rounding; a value beyond int64 a ResultOverflowError.

    >>> amount_parse("1 052 280,50 kr", decimals=2, group=AMOUNT_GROUP_SPACE,
    ...              decimal_mark=AMOUNT_MARK_COMMA, flags=AMOUNT_KR)
    105228050
    """
    data = _text(text, "text")
    opts = _amount_options(options, notation)
    out = _i64()
    _check(_lib.costshare_amount_parse(data, len(data), ctypes.byref(opts), ctypes.byref(out)))
    return out.value


def amount_format(amount, options=None, **notation):
    """``amount`` (an int in units of 10**-decimals) as text in a notation
    (an AmountOptions or the keywords of amount_parse()).

    >>> amount_format(-3325, decimals=2, group=AMOUNT_GROUP_SPACE,
    ...               decimal_mark=AMOUNT_MARK_COMMA, flags=AMOUNT_MINUS_SIGN)
    '\u221233,25'
    """
    opts = _amount_options(options, notation)
    buf = ctypes.create_string_buffer(AMOUNT_TEXT_SIZE)
    _check(_lib.costshare_amount_format(_integer(amount, "amount", "int64"), ctypes.byref(opts),
                                        buf, AMOUNT_TEXT_SIZE))
    return buf.value.decode("utf-8")


# --------------------------------------------------------------------------
# date.h
# --------------------------------------------------------------------------


def _date_out(fn, *args):
    out = _date()
    _check(fn(*(args + (ctypes.byref(out),))))
    return _from_day(out.value)


def _i32_out(fn, *args):
    out = _i32()
    _check(fn(*(args + (ctypes.byref(out),))))
    return out.value


def date_from_ymd(year, month, day):
    """The date for a year, month and day; RangeError for an impossible one."""
    return _date_out(_lib.costshare_date_from_ymd, _integer(year, "year"),
                     _integer(month, "month"), _integer(day, "day"))


def date_to_ymd(date):
    """``(year, month, day)`` of a date."""
    y, m, d = _i32(), _i32(), _i32()
    _check(_lib.costshare_date_to_ymd(_to_day(date), ctypes.byref(y), ctypes.byref(m),
                                      ctypes.byref(d)))
    return y.value, m.value, d.value


def date_parse(text):
    """Parse exactly ``YYYY-MM-DD`` (str or bytes); ParseError or RangeError otherwise."""
    raw = _text(text, "text")
    return _date_out(_lib.costshare_date_parse, raw, len(raw))


def date_format(date):
    """``YYYY-MM-DD``."""
    buf = ctypes.create_string_buffer(DATE_TEXT_SIZE)
    _check(_lib.costshare_date_format(_to_day(date), buf, DATE_TEXT_SIZE))
    return _name(buf.value)


def date_weekday(date):
    """ISO weekday: 1 = Monday ... 7 = Sunday."""
    return _i32_out(_lib.costshare_date_weekday, _to_day(date))


def date_add(date, count, unit=DAYS):
    """``date`` plus ``count`` units (DAYS, WEEKS, MONTHS, YEARS) by Lag (1930:173) 1 §."""
    return _date_out(_lib.costshare_date_add, _to_day(date), _integer(count, "count"),
                     _integer(unit, "unit"))


def date_is_leap_year(year):
    """Whether ``year`` (1 to 9999) is a Gregorian leap year."""
    return _i32_out(_lib.costshare_date_is_leap_year, _integer(year, "year")) == 1


def date_days_in_month(year, month):
    """Number of days in a month (28 to 31)."""
    return _i32_out(_lib.costshare_date_days_in_month, _integer(year, "year"),
                    _integer(month, "month"))


def date_month_first(date):
    """The first day of the month containing ``date``."""
    return _date_out(_lib.costshare_date_month_first, _to_day(date))


def date_month_last(date):
    """The last day of the month containing ``date``."""
    return _date_out(_lib.costshare_date_month_last, _to_day(date))


def date_year_first(date):
    """1 January of the year containing ``date``."""
    return _date_out(_lib.costshare_date_year_first, _to_day(date))


def date_year_last(date):
    """31 December of the year containing ``date``."""
    return _date_out(_lib.costshare_date_year_last, _to_day(date))


def date_days_between(start, end):
    """``end - start`` in days."""
    return _i32_out(_lib.costshare_date_days_between, _to_day(start, "from"), _to_day(end, "to"))


# --------------------------------------------------------------------------
# calendar_se.h
# --------------------------------------------------------------------------


def se_holiday(date):
    """The public holiday on a date (an SE_* constant), or SE_NONE (0)."""
    return _i32_out(_lib.costshare_se_holiday, _to_day(date))


def se_day_kind(date):
    """Why a date is not a business day (an SE_* constant), or SE_NONE (0)."""
    return _i32_out(_lib.costshare_se_day_kind, _to_day(date))


def se_is_business_day(date):
    """Whether a date is a business day ("vardag") by Lag (1930:173) 2 §."""
    return _i32_out(_lib.costshare_se_is_business_day, _to_day(date)) == 1


def se_deadline(date):
    """``date`` if it is a business day, else the next one (Lag 1930:173 2 §)."""
    return _date_out(_lib.costshare_se_deadline, _to_day(date))


def se_appeal_deadline(announced):
    """The last day to appeal a municipal decision whose minutes' approval was
    announced on ``announced`` (kommunallagen 13 kap. 5 §: three weeks, moved
    by Lag 1930:173 2 §); the decision is final from the day after."""
    return _date_out(_lib.costshare_se_appeal_deadline, _to_day(announced, "announced"))


def se_motion_deadline(raised):
    """The day by which a motion raised on ``raised`` should be decided
    (kommunallagen 5 kap. 35 §: one year, Lag 1930:173 1 §)."""
    return _date_out(_lib.costshare_se_motion_deadline, _to_day(raised, "raised"))


def se_add_business_days(date, count):
    """The date ``count`` business days after (negative: before) ``date``."""
    return _date_out(_lib.costshare_se_add_business_days, _to_day(date),
                     _integer(count, "count"))


def se_business_days_between(start, end):
    """Signed number of business days after ``start`` up to and including ``end``."""
    return _i32_out(_lib.costshare_se_business_days_between, _to_day(start, "from"),
                    _to_day(end, "to"))


def se_easter(year):
    """Gregorian Easter Day of ``year``."""
    return _date_out(_lib.costshare_se_easter, _integer(year, "year"))


def se_holiday_date(year, holiday):
    """The date of a named holiday or eve (an SE_* constant) in ``year``."""
    return _date_out(_lib.costshare_se_holiday_date, _integer(year, "year"),
                     _integer(holiday, "holiday"))


def se_holiday_name(holiday, language=LANG_EN):
    """The name of an SE_* constant in LANG_SV or LANG_EN ("" if unknown)."""
    return _name(_lib.costshare_se_holiday_name(_integer(holiday, "holiday"),
                                                _integer(language, "language")))


def se_holidays(year, language=LANG_EN):
    """Every public holiday and eve of ``year`` (1990 to 9999) as a sorted list
    of ``(date, kind, name)``; Sundays and Saturdays are not listed."""
    days, refused = [], None
    for kind in range(SE_NEW_YEARS_DAY, SE_SATURDAY + 1):
        try:
            day = se_holiday_date(year, kind)
        except InvalidArgumentError:
            continue  # Sundays and Saturdays have no single date
        except RangeError as error:
            refused = error  # the day did not exist that year, or the year is out of range
            continue
        days.append((day, kind, se_holiday_name(kind, language)))
    if not days:
        raise refused
    return sorted(days)


# --------------------------------------------------------------------------
# notice.h
# --------------------------------------------------------------------------


def notice_end(given, count, unit=MONTHS, flags=0):
    """The last day in force when notice is given on ``given``."""
    return _date_out(_lib.costshare_notice_end, _to_day(given, "given"),
                     _integer(count, "count"), _integer(unit, "unit"),
                     _integer(flags, "flags", "uint32"))


def notice_latest(last_day, count, unit=MONTHS, flags=0):
    """The latest day notice can be given so the agreement has ended by ``last_day``."""
    return _date_out(_lib.costshare_notice_latest, _to_day(last_day, "last_day"),
                     _integer(count, "count"), _integer(unit, "unit"),
                     _integer(flags, "flags", "uint32"))


def _struct(value, cls, what):
    if not isinstance(value, cls):
        raise TypeError("%s must be a costshare.%s, not %s"
                        % (what, cls.__name__, type(value).__name__))
    return ctypes.byref(value)


# --------------------------------------------------------------------------
# term.h
# --------------------------------------------------------------------------


def term_init(version=TERM_VERSION):
    """A Term with every member zero but the version (fill in the terms)."""
    term = Term.__new__(Term)
    ctypes.Structure.__init__(term)
    _check(_lib.costshare_term_init(ctypes.byref(term), _integer(version, "version",
                                                                 "uint32")))
    return term


def term_end(term, day):
    """The last day of the term in force on ``day``."""
    return _date_out(_lib.costshare_term_end, _struct(term, Term, "term"), _to_day(day, "day"))


def term_notice(term, day):
    """``(term_end, latest)``: the term end at which notice given on ``day`` ends
    the agreement, and the latest day notice could be given for it."""
    end, latest = _date(), _date()
    _check(_lib.costshare_term_notice(_struct(term, Term, "term"), _to_day(day, "day"),
                                      ctypes.byref(end), ctypes.byref(latest)))
    return _from_day(end.value), _from_day(latest.value)


# --------------------------------------------------------------------------
# refund.h
# --------------------------------------------------------------------------


def refund_start(last_day):
    """The first day of the month after the agreement's last day."""
    return _date_out(_lib.costshare_refund_start, _to_day(last_day, "last_day"))


def refund_prorate(amount, period_first, period_last, from_, to, basis=BASIS_DAYS,
            mode=ROUND_HALF_AWAY):
    """The part of ``amount`` (invoiced for the period) that falls on ``from_`` to ``to``."""
    out = _i64()
    _check(_lib.costshare_refund_prorate(_integer(amount, "amount", "int64"),
                                  _to_day(period_first, "period_first"),
                                  _to_day(period_last, "period_last"), _to_day(from_, "from_"),
                                  _to_day(to, "to"), _integer(basis, "basis"),
                                  _integer(mode, "mode"), ctypes.byref(out)))
    return out.value


def refund_terms_init(version=REFUND_TERMS_VERSION):
    """RefundTerms with the defaults (nothing refunded)."""
    terms = RefundTerms.__new__(RefundTerms)
    ctypes.Structure.__init__(terms)
    _check(_lib.costshare_refund_terms_init(ctypes.byref(terms),
                                            _integer(version, "version", "uint32")))
    return terms


def refund_termination(terms, invoiced, period_first, period_last, last_day):
    """The refund when the agreement ends on ``last_day`` within an invoiced period."""
    out = _i64()
    _check(_lib.costshare_refund_termination(
        _struct(terms, RefundTerms, "terms"), _integer(invoiced, "invoiced", "int64"),
        _to_day(period_first, "period_first"), _to_day(period_last, "period_last"),
        _to_day(last_day, "last_day"), ctypes.byref(out)))
    return out.value


def refund_vacancy(terms, invoiced, period_first, period_last, vacancy_first, vacancy_last):
    """The refund for a vacancy from ``vacancy_first`` through ``vacancy_last``."""
    out = _i64()
    _check(_lib.costshare_refund_vacancy(
        _struct(terms, RefundTerms, "terms"), _integer(invoiced, "invoiced", "int64"),
        _to_day(period_first, "period_first"), _to_day(period_last, "period_last"),
        _to_day(vacancy_first, "vacancy_first"), _to_day(vacancy_last, "vacancy_last"),
        ctypes.byref(out)))
    return out.value


# --------------------------------------------------------------------------
# invoice.h
# --------------------------------------------------------------------------


def invoice_due(year, month, day, flags=0):
    """An invoice due day such as "at the latest 10 December" (day > month
    length means the last day; SE_DEADLINE moves it by Lag 1930:173 2 §)."""
    return _date_out(_lib.costshare_invoice_due, _integer(year, "year"),
                     _integer(month, "month"), _integer(day, "day"),
                     _integer(flags, "flags", "uint32"))


def invoice_plan_init(version=INVOICE_PLAN_VERSION):
    """An InvoicePlan with the defaults (set ``first``, ``last`` and ``cost``)."""
    plan = InvoicePlan.__new__(InvoicePlan)
    ctypes.Structure.__init__(plan)
    _check(_lib.costshare_invoice_plan_init(ctypes.byref(plan),
                                            _integer(version, "version", "uint32")))
    return plan


def _memberships(from_, to):
    """The membership days as day-number arrays (None: INVOICE_OPEN)."""
    days = []
    for seq, what in ((from_, "from_"), (to, "to")):
        if isinstance(seq, (str, bytes)) or not hasattr(seq, "__iter__"):
            raise TypeError("%s must be a sequence of datetime.date or None" % what)
        days.append([INVOICE_OPEN if d is None else _to_day(d, what) for d in seq])
    if len(days[0]) != len(days[1]):
        raise ValueError("from_ has %d entries, to %d" % (len(days[0]), len(days[1])))
    n = len(days[0])
    return (_date * max(n, 1))(*days[0]), (_date * max(n, 1))(*days[1]), n


def invoice_segments(first, last, from_, to):
    """The segments of the period ``first`` to ``last`` in which the members
    (``from_[i]`` to ``to[i]``, None: no bound) do not change: a list of
    InvoiceSegment."""
    f, t, n = _memberships(from_, to)
    a, b = _to_day(first, "first"), _to_day(last, "last")
    count = _size()
    _check(_lib.costshare_invoice_segments(a, b, f, t, n, None, 0, ctypes.byref(count)))
    segs = (InvoiceSegment * max(count.value, 1))()
    _check(_lib.costshare_invoice_segments(a, b, f, t, n, segs, count.value,
                                           ctypes.byref(count)))
    return list(segs[:count.value])


def invoice_period(plan, weights, from_, to):
    """What each party owes for the period of ``plan``: returns ``(amounts,
    segments, segment_amounts, residual)``, ``segment_amounts[s][i]`` being
    party i's share of segment s."""
    f, t, n = _memberships(from_, to)
    arr, nw = _weights(weights)
    if nw != n:
        raise ValueError("weights has %d entries, from_ and to %d" % (nw, n))
    capacity = 2 * n + 1
    amounts, segs = (_i64 * max(n, 1))(), (InvoiceSegment * capacity)()
    matrix, count, residual = (_i64 * max(capacity * n, 1))(), _size(), _i64()
    _check(_lib.costshare_invoice_period(_struct(plan, InvoicePlan, "plan"), arr, f, t, n,
                                         amounts, segs, capacity, ctypes.byref(count), matrix,
                                         ctypes.byref(residual)))
    k = count.value
    rows = [list(matrix[s * n:(s + 1) * n]) for s in range(k)]
    return list(amounts[:n]), list(segs[:k]), rows, residual.value


def invoice_adjust(amounts, invoiced, due_year, due_month, due_day, flags=0):
    """``(adjustments, due)``: ``amounts[i] - invoiced[i]`` (negative: a refund)
    and the due day of the invoice-due rule (SE_DEADLINE: Lag 1930:173 2 §)."""
    a, n = _weights(amounts, "amounts")
    b, m = _weights(invoiced, "invoiced amounts")
    if n != m:
        raise ValueError("amounts has %d entries, invoiced %d" % (n, m))
    out, due = (_i64 * max(n, 1))(), _date()
    _check(_lib.costshare_invoice_adjust(a, b, n, _integer(due_year, "due_year"),
                                         _integer(due_month, "due_month"),
                                         _integer(due_day, "due_day"),
                                         _integer(flags, "flags", "uint32"), out,
                                         ctypes.byref(due)))
    return list(out[:n]), _from_day(due.value)


# --------------------------------------------------------------------------
# agreement.h
# --------------------------------------------------------------------------


def agreement_init(version=AGREEMENT_VERSION):
    """A fresh AgreementRecord (state AGREEMENT_EMPTY)."""
    record = AgreementRecord.__new__(AgreementRecord)
    ctypes.Structure.__init__(record)
    _check(_lib.costshare_agreement_init(ctypes.byref(record),
                                         _integer(version, "version", "uint32")))
    return record


def agreement_event_init(version=EVENT_VERSION):
    """A fresh Event (kind EVENT_NONE, which apply refuses until set; no dates)."""
    event = Event.__new__(Event)
    ctypes.Structure.__init__(event)
    _check(_lib.costshare_agreement_event_init(ctypes.byref(event), _integer(version, "version",
                                                                   "uint32")))
    return event


def agreement_apply(record, event):
    """The record after one more event (a new AgreementRecord); the input is
    not changed. Raises the refusal's CostshareError subclass."""
    src = _struct(record, AgreementRecord, "record")
    ev = _struct(event, Event, "event")
    nxt = AgreementRecord.__new__(AgreementRecord)
    ctypes.Structure.__init__(nxt)
    ctypes.memmove(ctypes.byref(nxt), src, ctypes.sizeof(AgreementRecord))
    _check(_lib.costshare_agreement_apply(src, ev, ctypes.byref(nxt)))
    return nxt


def agreement_state_on(record, day):
    """The state (an AGREEMENT_* constant) of the agreement on ``day``."""
    out = _i32()
    _check(_lib.costshare_agreement_state_on(_struct(record, AgreementRecord, "record"),
                                             _to_day(day, "day"), ctypes.byref(out)))
    return out.value


def agreement_marks_on(record, day):
    """The MARK_* bits of the agreement on ``day``: MARK_LATE (a decision after
    its response deadline) and MARK_FINAL (the latest decision can no longer be
    appealed)."""
    marks = _u32()
    _check(_lib.costshare_agreement_marks_on(_struct(record, AgreementRecord, "record"),
                                             _to_day(day, "day"), ctypes.byref(marks)))
    return marks.value


def agreement_transition(state, event):
    """The next state when ``event`` is allowed in ``state`` (the transition
    table); NotAllowedError when it is refused."""
    out = _i32()
    _check(_lib.costshare_agreement_transition(_integer(state, "state"),
                                               _integer(event, "event"), ctypes.byref(out)))
    return out.value


def agreement_state_count():
    """Number of agreement states (AGREEMENT_STATE_COUNT)."""
    return _lib.costshare_agreement_state_count()


def agreement_event_count():
    """Number of event kinds (EVENT_COUNT)."""
    return _lib.costshare_agreement_event_count()


def agreement_state_name(state):
    """The name of a state's constant, such as "COSTSHARE_AGREEMENT_IN_FORCE"
    ("COSTSHARE_UNKNOWN" if not a state)."""
    return _name(_lib.costshare_agreement_state_name(_integer(state, "state")))


def agreement_event_name(event):
    """The name of an event kind's constant, such as "COSTSHARE_EVENT_GIVE_NOTICE"
    ("COSTSHARE_UNKNOWN" if not an event kind)."""
    return _name(_lib.costshare_agreement_event_name(_integer(event, "event")))


def agreement_body_name(body):
    """The name of a BODY_* constant ("COSTSHARE_BODY_BOARD"); "COSTSHARE_UNKNOWN"
    for an unknown value."""
    return _name(_lib.costshare_agreement_body_name(_integer(body, "body")))


def _display_name(name, prefix):
    """A constant's name as shown to people: without its prefix, in lower case
    ("COSTSHARE_AGREEMENT_IN_FORCE" -> "in_force"). The library keeps the one
    name; this is derived from it."""
    return (name[len(prefix):] if name.startswith(prefix) else name).lower()


def _state_display_name(state):
    return _display_name(agreement_state_name(state), "COSTSHARE_AGREEMENT_")


def _event_display_name(event):
    return _display_name(agreement_event_name(event), "COSTSHARE_EVENT_")


# --------------------------------------------------------------------------
# group.h
# --------------------------------------------------------------------------


def _records(records):
    """A C array of AgreementRecord from Agreements or AgreementRecords."""
    items = list(records)
    array = (AgreementRecord * max(len(items), 1))()
    for i, item in enumerate(items):
        rec = item._record if isinstance(item, Agreement) else item
        if not isinstance(rec, AgreementRecord):
            raise TypeError("records must be costshare.Agreement or AgreementRecord")
        ctypes.memmove(ctypes.byref(array, i * ctypes.sizeof(AgreementRecord)),
                       ctypes.byref(rec), ctypes.sizeof(AgreementRecord))
    return array, len(items)


def group_condition(records, since):
    """``(outcome, day)`` of a condition on the whole group: GROUP_MET on the
    day the last party decided, GROUP_FAILED on the first day one rejected or
    repealed, else GROUP_PENDING with day None."""
    array, n = _records(records)
    outcome, day = _i32(), _date()
    _check(_lib.costshare_group_condition(array, n, _to_day(since, "since"),
                                          ctypes.byref(outcome), ctypes.byref(day)))
    return outcome.value, None if day.value == AGREEMENT_NO_DATE else _from_day(day.value)


def group_state_on(records, day):
    """The state every party has on ``day``, or GROUP_MIXED."""
    array, n = _records(records)
    state = _i32()
    _check(_lib.costshare_group_state_on(array, n, _to_day(day, "day"), ctypes.byref(state)))
    return state.value


def group_members_on(records, day):
    """A list of booleans: which parties are members (in force) on ``day``."""
    array, n = _records(records)
    flags = (_i32 * max(n, 1))()
    count = _size()
    _check(_lib.costshare_group_members_on(array, n, _to_day(day, "day"), flags,
                                           ctypes.byref(count)))
    return [bool(flags[i]) for i in range(n)]


def group_memberships(records, first, last):
    """Each party's membership in the period [first, last] as the invoice run
    takes it: a list of ``(from, to)``, None for an open end."""
    array, n = _records(records)
    froms, tos = (_date * max(n, 1))(), (_date * max(n, 1))()
    _check(_lib.costshare_group_memberships(array, n, _to_day(first, "first"),
                                            _to_day(last, "last"), froms, tos))
    return [(None if froms[i] == AGREEMENT_NO_DATE else _from_day(froms[i]),
             None if tos[i] == AGREEMENT_NO_DATE else _from_day(tos[i])) for i in range(n)]


def group_coverage(records, invoiced=()):
    """The gaps and overlaps between successive agreements and the invoiced
    days outside every term: a list of GroupFinding. ``invoiced`` is a list of
    ``(first, last)`` periods."""
    array, n = _records(records)
    periods = list(invoiced)
    firsts = (_date * max(len(periods), 1))(*[_to_day(a, "invoiced") for a, _ in periods])
    lasts = (_date * max(len(periods), 1))(*[_to_day(b, "invoiced") for _, b in periods])
    count = _size()
    _check(_lib.costshare_group_coverage(array, n, firsts, lasts, len(periods), None, 0,
                                         ctypes.byref(count)))
    out = (GroupFinding * max(count.value, 1))()
    _check(_lib.costshare_group_coverage(array, n, firsts, lasts, len(periods), out,
                                         count.value, ctypes.byref(count)))
    return [out[i] for i in range(count.value)]


def group_outcome_name(outcome):
    """The name of a GROUP_PENDING/MET/FAILED constant."""
    return _name(_lib.costshare_group_outcome_name(_integer(outcome, "outcome")))


def group_finding_name(kind):
    """The name of a GROUP_GAP/OVERLAP/UNCOVERED constant."""
    return _name(_lib.costshare_group_finding_name(_integer(kind, "kind")))


class Agreement(object):
    """An agreement's record with a Pythonic lifecycle: each :meth:`apply`
    returns a new Agreement and leaves this one as it was.

    >>> a = Agreement().apply(EVENT_ENTER_FORCE, datetime.date(2018, 11, 18),
    ...                       notice_count=2, notice_unit=MONTHS)
    >>> a = a.apply(EVENT_GIVE_NOTICE, datetime.date(2024, 7, 31),
    ...             last_day=datetime.date(2024, 9, 30))
    >>> a.state_name, a.last_day, a.refund_start
    ('under_notice', datetime.date(2024, 9, 30), datetime.date(2024, 10, 1))

    Every record field is readable as an attribute (dates as datetime.date or
    None); ``record`` is the underlying :class:`AgreementRecord`, and
    ``bytes(a)`` / :meth:`from_bytes` store and load it.
    """

    __slots__ = ("_record",)

    def __init__(self, record=None):
        if record is None:
            record = agreement_init()
        elif not isinstance(record, AgreementRecord):
            raise TypeError("record must be a costshare.AgreementRecord")
        else:
            copy = AgreementRecord.__new__(AgreementRecord)
            ctypes.Structure.__init__(copy)
            ctypes.memmove(ctypes.byref(copy), ctypes.byref(record),
                           ctypes.sizeof(AgreementRecord))
            record = copy
        object.__setattr__(self, "_record", record)

    @property
    def record(self):
        """A copy of the underlying AgreementRecord."""
        return Agreement(self._record)._record

    def apply(self, event, date=None, **params):
        """Apply an event: an :class:`Event`, or an EVENT_* kind with its date
        and the event's parameters as keywords (deadline, from_, term_end,
        last_day, notice_count, notice_unit, notice_flags, renewal_count,
        renewal_unit, flags). Returns the new Agreement."""
        if isinstance(event, Event):
            if date is not None or params:
                raise TypeError("give either an Event or a kind with its parameters")
            ev = event
        else:
            ev = Event(kind=_integer(event, "event"), **params)
            if date is None:
                raise TypeError("the event needs a date")
            ev.date = date
        return Agreement(agreement_apply(self._record, ev))

    def state_on(self, day):
        """The state (an AGREEMENT_* constant) on ``day``."""
        return agreement_state_on(self._record, day)

    def state_name_on(self, day):
        """The display name of the state on ``day``, such as "ended" (the
        constant's name without "COSTSHARE_AGREEMENT_", in lower case)."""
        return _state_display_name(self.state_on(day))

    @property
    def state_name(self):
        """The display name of the current state, such as "under_notice"."""
        return _state_display_name(self._record.state)

    @property
    def last_event_name(self):
        """The display name of the last event applied, such as
        "condition_met" (the constant's name without "COSTSHARE_EVENT_", in
        lower case), or None."""
        kind = self._record.last_event_kind
        return None if kind < 0 else _event_display_name(kind)

    def marks_on(self, day):
        """The MARK_* bits on ``day`` (agreement_marks_on)."""
        return agreement_marks_on(self._record, day)

    def is_final_on(self, day):
        """Whether the latest decision can no longer be appealed on ``day``
        (vunnit laga kraft)."""
        return bool(self.marks_on(day) & MARK_FINAL)

    @property
    def last_proposal_body_name(self):
        """The display name of the body of the latest proposal, such as
        "committee", or None when there is none."""
        body = self._record.last_proposal_body
        return None if body == BODY_NONE else _display_name(agreement_body_name(body),
                                                               "COSTSHARE_BODY_")

    def allowed_events(self):
        """The event kinds the transition table allows in the current state."""
        allowed = []
        for kind in range(agreement_event_count()):
            try:
                agreement_transition(self._record.state, kind)
            except NotAllowedError:
                continue
            allowed.append(kind)
        return allowed

    def __getattr__(self, name):
        if name.startswith("_") or name == "reserved":
            raise AttributeError(name)
        return getattr(self._record, name)

    def __setattr__(self, name, value):
        raise AttributeError("Agreement is immutable; use apply()")

    def __bytes__(self):
        return ctypes.string_at(ctypes.byref(self._record), ctypes.sizeof(AgreementRecord))

    @classmethod
    def from_bytes(cls, data):
        """An Agreement from ``bytes(agreement)``; the record is checked by the
        library (InvalidArgumentError if it is corrupt, such as a date its
        state cannot have), as every apply and state_on checks it."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("data must be bytes")
        if len(data) != ctypes.sizeof(AgreementRecord):
            raise ValueError("an agreement record is %d bytes, not %d"
                             % (ctypes.sizeof(AgreementRecord), len(data)))
        record = AgreementRecord.from_buffer_copy(bytes(data))
        state = _i32()  # the library checks the whole record
        _check(_lib.costshare_agreement_state_on(ctypes.byref(record), 0, ctypes.byref(state)))
        return cls(record)

    def __eq__(self, other):
        return isinstance(other, Agreement) and bytes(self) == bytes(other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        return "Agreement(state=%r, last_event=%r, last_day=%r)" % (
            self.state_name, self._record.last_event, self._record.last_day)


__all__ = sorted(n for n in globals() if not n.startswith("_") and n not in (
    "ctypes", "datetime", "os"))
