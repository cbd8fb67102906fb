"""The C side of the binding: loading libcostshare, the ctypes mirrors of its
structs, the declared signature of every exported function, and the
library's constant table. Private: the public module is :mod:`costshare`.

The library is loaded from, in this order:

1. the path in the environment variable ``COSTSHARE_LIBRARY`` (to try another
   build; a path that cannot be loaded is an ImportError, never a fallback);
2. the copy bundled in the package (``costshare/libcostshare.so.1``, built
   from the repository's sources when the package is built);
3. the system's: ``libcostshare.so.1`` through the dynamic loader, then
   ``ctypes.util.find_library("costshare")``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Any, Callable, Dict, List, Optional, Tuple

MAJOR = 1  # the major version (ABI, SONAME) this binding is written for
SONAME = "libcostshare.so.1"
BUNDLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), SONAME)


def _load() -> Tuple[ctypes.CDLL, str]:
    path = os.environ.get("COSTSHARE_LIBRARY")
    if path:
        try:
            return ctypes.CDLL(path), path
        except OSError as err:
            raise ImportError("cannot load libcostshare from COSTSHARE_LIBRARY=%s: %s"
                              % (path, err)) from None
    if os.path.exists(BUNDLED):
        try:
            return ctypes.CDLL(BUNDLED), BUNDLED
        except OSError as err:
            raise ImportError("cannot load the bundled libcostshare %s: %s"
                              % (BUNDLED, err)) from None
    # The SONAME first: it names the ABI this binding is written for and is
    # found the way the dynamic loader finds it (LD_LIBRARY_PATH, ld.so.cache).
    tried: List[str] = []
    for name in (SONAME, ctypes.util.find_library("costshare")):
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return ctypes.CDLL(name), name
        except OSError:
            pass
    raise ImportError(
        "libcostshare not found (tried %s); install the costshare package with its "
        "bundled library, install the library, or set COSTSHARE_LIBRARY to the path "
        "of libcostshare.so.1" % ", ".join(tried))


lib, path = _load()

i32 = ctypes.c_int32
u32 = ctypes.c_uint32
i64 = ctypes.c_int64
size = ctypes.c_size_t
cint = ctypes.c_int
cstr = ctypes.c_char_p
date = i32  # costshare_date: days since 1970-01-01

LIMITS: Dict[str, Tuple[int, int]] = {
    "int32": (-2 ** 31, 2 ** 31 - 1), "uint32": (0, 2 ** 32 - 1),
    "int64": (-2 ** 63, 2 ** 63 - 1)}
_KINDS: Dict[Any, str] = {i32: "int32", u32: "uint32", i64: "int64"}


class Checked(ctypes.Structure):
    """A struct whose integer members refuse, with OverflowError, a value that
    does not fit (TypeError for a non-int), instead of wrapping silently. The
    public types are immutable dataclasses that check their values too; these
    mirrors are filled from them only at the call."""

    def __setattr__(self, key: str, value: Any) -> None:
        kind = _KINDS.get(dict(type(self)._fields_).get(key))  # type: ignore[arg-type]
        if kind is not None:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("%s must be an int, not %s" % (key, type(value).__name__))
            lo, hi = LIMITS[kind]
            if not lo <= value <= hi:
                raise OverflowError("%s %d does not fit in %s" % (key, value, kind))
        elif not hasattr(type(self), key):
            raise AttributeError("%s has no field %r" % (type(self).__name__, key))
        super().__setattr__(key, value)


class SplitOptions(Checked):
    """struct costshare_split_options (split.h), version 1."""
    _fields_ = [("version", u32), ("method", i32), ("unit", i64), ("fixed", i64)]


class AmountOptions(Checked):
    """struct costshare_amount_options (amount.h), version 1."""
    _fields_ = [("version", u32), ("decimals", i32), ("group", i32), ("decimal_mark", i32),
                ("flags", u32)]


class Term(Checked):
    """struct costshare_term (term.h), version 1."""
    _fields_ = [("version", u32), ("start", date), ("initial_count", i32),
                ("initial_unit", i32), ("renewal_count", i32), ("renewal_unit", i32),
                ("notice_count", i32), ("notice_unit", i32), ("notice_flags", u32)]


class RefundTerms(Checked):
    """struct costshare_refund_terms (refund.h), version 1."""
    _fields_ = [("version", u32), ("termination", i32), ("termination_basis", i32),
                ("vacancy", i32), ("vacancy_min_count", i32), ("vacancy_min_unit", i32),
                ("vacancy_basis", i32), ("mode", i32)]


AGREEMENT_DATES = ("last_event", "proposed", "response_deadline", "decided", "signed_on",
                   "in_force_from", "term_end", "termination_decided", "wanted_last_day",
                   "notice_given", "last_day", "refund_start", "withdrawn_on", "last_amended")


class Agreement(Checked):
    """struct costshare_agreement (agreement.h), version 2."""
    _fields_ = ([("version", u32), ("state", i32), ("last_event_kind", i32)] +
                [(n, date) for n in AGREEMENT_DATES] +
                [("notice_count", i32), ("notice_unit", i32), ("notice_flags", u32),
                 ("renewal_count", i32), ("renewal_unit", i32), ("renewals", i32),
                 ("amendments", i32), ("reserved", i32 * 4),
                 # version 2
                 ("proposals", i32), ("last_proposal", date), ("last_proposal_body", i32),
                 ("last_proposal_kind", i32), ("last_decision", date),
                 ("last_decision_kind", i32), ("last_decision_body", i32),
                 ("announced", date), ("appeal_last_day", date), ("condition_met", date),
                 ("notice_sent", date), ("marks", u32)])


EVENT_DATES = ("date", "deadline", "from", "term_end", "last_day")


class Event(Checked):
    """struct costshare_event (agreement.h), version 2. The C member ``from``
    keeps its name here (it is ``from_`` in the public Event)."""
    _fields_ = ([("version", u32), ("kind", i32)] +
                [(n, date) for n in EVENT_DATES] +
                [("notice_count", i32), ("notice_unit", i32), ("notice_flags", u32),
                 ("renewal_count", i32), ("renewal_unit", i32), ("flags", u32),
                 ("reserved", i32 * 4),
                 # version 2
                 ("body", i32), ("proposed_kind", i32)])


class GroupFinding(Checked):
    """struct costshare_group_finding (group.h), written by the library."""
    _fields_ = [("kind", i32), ("index", i32), ("first", date), ("last", date)]


class InvoicePlan(Checked):
    """struct costshare_invoice_plan (invoice.h), version 1."""
    _fields_ = [("version", u32), ("first", date), ("last", date), ("rule", i32),
                ("basis", i32), ("cost", i64)]


class InvoiceSegment(Checked):
    """struct costshare_invoice_segment (invoice.h), written by the library."""
    _fields_ = [("first", date), ("last", date), ("days", i32), ("months", i32),
                ("members", i32), ("reserved", i32), ("cost", i64), ("residual", i64)]


class PostTerms(Checked):
    """struct costshare_post_terms (post.h), version 1."""
    _fields_ = [("version", u32), ("mode", i32), ("monthly", i64), ("base_year", i32),
                ("base_month", i32), ("revision_month", i32), ("revision_bp", i32),
                ("oncost_bp", i32), ("overhead_bp", i32), ("fte_bp", i32)]


# The struct version each mirror lays out, by the library's struct name. The
# binding passes these versions, not the library's current ones, so a newer
# 1.x library (with longer structs) reads only what this binding wrote.
STRUCTS: Dict[str, Tuple[Any, int]] = {
    "costshare_split_options": (SplitOptions, 1),
    "costshare_amount_options": (AmountOptions, 1),
    "costshare_term": (Term, 1),
    "costshare_refund_terms": (RefundTerms, 1),
    "costshare_agreement": (Agreement, 2),
    "costshare_event": (Event, 2),
    "costshare_group_finding": (GroupFinding, 1),
    "costshare_invoice_plan": (InvoicePlan, 1),
    "costshare_invoice_segment": (InvoiceSegment, 1),
    "costshare_post_terms": (PostTerms, 1),
}

_p = ctypes.POINTER

# Every exported function: (restype, argtypes). The completeness test compares
# these names with lib/costshare.map.
SIGNATURES: Dict[str, Tuple[Any, List[Any]]] = {
    # version.h, error.h
    "costshare_version": (cstr, []),
    "costshare_version_number": (i32, []),
    "costshare_error_message": (cstr, [cint]),
    "costshare_error_name": (cstr, [cint]),
    # constants.h
    "costshare_constant": (cint, [cstr, _p(i64)]),
    "costshare_constant_count": (i32, []),
    "costshare_constant_at": (cint, [i32, _p(cstr), _p(i64)]),
    "costshare_struct_size": (cint, [cstr, u32, _p(i64)]),
    # split.h, round.h, post.h
    "costshare_split_options_init": (cint, [_p(SplitOptions), u32]),
    "costshare_split": (cint, [i64, _p(i64), size, _p(i64)]),
    "costshare_split_ex": (cint, [i64, _p(i64), size, _p(SplitOptions), _p(i64), _p(i64)]),
    "costshare_split_percentages": (cint, [_p(i64), size, i32, _p(i64)]),
    "costshare_split_method_name": (cstr, [i32]),
    "costshare_round_scale": (cint, [i64, i64, i64, i32, _p(i64)]),
    "costshare_round_mode_name": (cstr, [i32]),
    "costshare_post_cost": (cint, [i64, i64, i32, i32, _p(i64)]),
    # amount.h
    "costshare_amount_options_init": (cint, [_p(AmountOptions), u32]),
    "costshare_amount_parse": (cint, [cstr, size, _p(AmountOptions), _p(i64)]),
    "costshare_amount_format": (cint, [i64, _p(AmountOptions), cstr, size]),
    # date.h
    "costshare_date_from_ymd": (cint, [i32, i32, i32, _p(date)]),
    "costshare_date_to_ymd": (cint, [date, _p(i32), _p(i32), _p(i32)]),
    "costshare_date_parse": (cint, [cstr, size, _p(date)]),
    "costshare_date_format": (cint, [date, cstr, size]),
    "costshare_date_weekday": (cint, [date, _p(i32)]),
    "costshare_date_add": (cint, [date, i32, i32, _p(date)]),
    "costshare_date_add_batch": (cint, [_p(date), size, i32, i32, _p(date), _p(size)]),
    "costshare_date_is_leap_year": (cint, [i32, _p(i32)]),
    "costshare_date_days_in_month": (cint, [i32, i32, _p(i32)]),
    "costshare_date_month_first": (cint, [date, _p(date)]),
    "costshare_date_month_last": (cint, [date, _p(date)]),
    "costshare_date_year_first": (cint, [date, _p(date)]),
    "costshare_date_year_last": (cint, [date, _p(date)]),
    "costshare_date_days_between": (cint, [date, date, _p(i32)]),
    # calendar_se.h
    "costshare_se_holiday": (cint, [date, _p(i32)]),
    "costshare_se_day_kind": (cint, [date, _p(i32)]),
    "costshare_se_is_business_day": (cint, [date, _p(i32)]),
    "costshare_se_is_business_day_batch": (cint, [_p(date), size, _p(i32), _p(size)]),
    "costshare_se_deadline": (cint, [date, _p(date)]),
    "costshare_se_deadline_batch": (cint, [_p(date), size, _p(date), _p(size)]),
    "costshare_se_appeal_deadline": (cint, [date, _p(date)]),
    "costshare_se_motion_deadline": (cint, [date, _p(date)]),
    "costshare_se_add_business_days": (cint, [date, i32, _p(date)]),
    "costshare_se_business_days_between": (cint, [date, date, _p(i32)]),
    "costshare_se_easter": (cint, [i32, _p(date)]),
    "costshare_se_holiday_date": (cint, [i32, i32, _p(date)]),
    "costshare_se_holiday_name": (cstr, [i32, i32]),
    # notice.h
    "costshare_notice_end": (cint, [date, i32, i32, u32, _p(date)]),
    "costshare_notice_end_batch": (cint, [_p(date), size, i32, i32, u32, _p(date), _p(size)]),
    "costshare_notice_latest": (cint, [date, i32, i32, u32, _p(date)]),
    "costshare_notice_latest_batch": (cint, [_p(date), size, i32, i32, u32, _p(date),
                                             _p(size)]),
    # term.h
    "costshare_term_init": (cint, [_p(Term), u32]),
    "costshare_term_end": (cint, [_p(Term), date, _p(date)]),
    "costshare_term_notice": (cint, [_p(Term), date, _p(date), _p(date)]),
    # refund.h
    "costshare_refund_start": (cint, [date, _p(date)]),
    "costshare_refund_start_batch": (cint, [_p(date), size, _p(date), _p(size)]),
    "costshare_refund_prorate": (cint, [i64, date, date, date, date, i32, i32, _p(i64)]),
    "costshare_refund_terms_init": (cint, [_p(RefundTerms), u32]),
    "costshare_refund_termination": (cint, [_p(RefundTerms), i64, date, date, date,
                                            _p(i64)]),
    "costshare_refund_vacancy": (cint, [_p(RefundTerms), i64, date, date, date, date,
                                        _p(i64)]),
    # invoice.h
    "costshare_invoice_due": (cint, [i32, i32, i32, u32, _p(date)]),
    "costshare_invoice_plan_init": (cint, [_p(InvoicePlan), u32]),
    "costshare_invoice_segments": (cint, [date, date, _p(date), _p(date), size,
                                          _p(InvoiceSegment), size, _p(size)]),
    "costshare_invoice_period": (cint, [_p(InvoicePlan), _p(i64), _p(date), _p(date), size,
                                        _p(i64), _p(InvoiceSegment), size, _p(size), _p(i64),
                                        _p(i64)]),
    "costshare_invoice_adjust": (cint, [_p(i64), _p(i64), size, i32, i32, i32, u32, _p(i64),
                                        _p(date)]),
    "costshare_split_nested": (cint, [i64, _p(i64), size, _p(u32), _p(i64), size, _p(i64),
                                      _p(i64)]),
    "costshare_post_terms_init": (cint, [_p(PostTerms), u32]),
    "costshare_post_cost_ex": (cint, [_p(PostTerms), i32, i32, i32, _p(i64), size, _p(i64)]),
    # agreement.h
    "costshare_agreement_init": (cint, [_p(Agreement), u32]),
    "costshare_agreement_event_init": (cint, [_p(Event), u32]),
    "costshare_agreement_apply": (cint, [_p(Agreement), _p(Event), _p(Agreement)]),
    "costshare_agreement_state_on": (cint, [_p(Agreement), date, _p(i32)]),
    "costshare_agreement_marks_on": (cint, [_p(Agreement), date, _p(u32)]),
    "costshare_agreement_transition": (cint, [i32, i32, _p(i32)]),
    "costshare_agreement_state_count": (i32, []),
    "costshare_agreement_event_count": (i32, []),
    "costshare_agreement_state_name": (cstr, [i32]),
    "costshare_agreement_event_name": (cstr, [i32]),
    "costshare_agreement_body_name": (cstr, [i32]),
    # group.h
    "costshare_group_condition": (cint, [_p(Agreement), size, date, _p(i32), _p(date)]),
    "costshare_group_state_on": (cint, [_p(Agreement), size, date, _p(i32)]),
    "costshare_group_members_on": (cint, [_p(Agreement), size, date, _p(i32), _p(size)]),
    "costshare_group_memberships": (cint, [_p(Agreement), size, date, date, _p(date),
                                           _p(date)]),
    "costshare_group_coverage": (cint, [_p(Agreement), size, _p(date), _p(date), size,
                                        _p(GroupFinding), size, _p(size)]),
    "costshare_group_outcome_name": (cstr, [i32]),
    "costshare_group_finding_name": (cstr, [i32]),
}

# The functions of SIGNATURES the loaded library has. A function the library
# lacks (an older 1.x) raises NotImplementedError when called.
AVAILABLE: Dict[str, Callable[..., Any]] = {}


def _declare() -> None:
    for name, (restype, argtypes) in SIGNATURES.items():
        try:
            fn = getattr(lib, name)
        except AttributeError:
            continue
        fn.restype = restype
        fn.argtypes = argtypes
        AVAILABLE[name] = fn


_declare()


def function(name: str) -> Callable[..., Any]:
    """The declared C function ``name``."""
    fn = AVAILABLE.get(name)
    if fn is None:
        raise NotImplementedError("the loaded libcostshare %s (%s) has no %s"
                                  % (lib.costshare_version().decode(), path, name))
    return fn


def _constant_table() -> Dict[str, int]:
    table: Dict[str, int] = {}
    name, value = cstr(), i64()
    for index in range(lib.costshare_constant_count()):
        if lib.costshare_constant_at(index, ctypes.byref(name), ctypes.byref(value)) != 0:
            raise ImportError("libcostshare's constant table refuses index %d" % index)
        assert name.value is not None
        table[name.value.decode()] = value.value
    return table


# Every COSTSHARE_* constant, read from the loaded library at import: the
# enums and constants of the public module are built from this table.
CONSTANTS: Dict[str, int] = _constant_table()


def constant(name: str) -> int:
    """A constant of the loaded library by its C name (ImportError if it lacks it)."""
    try:
        return CONSTANTS[name]
    except KeyError:
        raise ImportError("the loaded libcostshare (%s) has no constant %s"
                          % (path, name)) from None


def _check_library() -> None:
    """Refuse a library of another major version or with other struct layouts."""
    number = lib.costshare_version_number()
    if number // 10000 != MAJOR:
        raise ImportError("libcostshare %s (%s) is not major version %d"
                          % (lib.costshare_version().decode(), path, MAJOR))
    for name, (cls, version) in STRUCTS.items():
        out = i64()
        rc = lib.costshare_struct_size(name.encode(), version, ctypes.byref(out))
        if rc != 0 or out.value != ctypes.sizeof(cls):
            raise ImportError("libcostshare's %s version %d is not the layout this module "
                              "mirrors (library %s bytes, module %d)"
                              % (name, version, out.value if rc == 0 else "no",
                                 ctypes.sizeof(cls)))


_check_library()


def initialised(name: str) -> Any:
    """A fresh mirror of the struct ``name``, filled by the library's init function."""
    cls, version = STRUCTS[name]
    value = cls()
    init = {"costshare_split_options": "costshare_split_options_init",
            "costshare_amount_options": "costshare_amount_options_init",
            "costshare_invoice_plan": "costshare_invoice_plan_init",
            "costshare_post_terms": "costshare_post_terms_init",
            "costshare_term": "costshare_term_init",
            "costshare_refund_terms": "costshare_refund_terms_init",
            "costshare_agreement": "costshare_agreement_init",
            "costshare_event": "costshare_agreement_event_init"}[name]
    rc = function(init)(ctypes.byref(value), version)
    if rc != 0:
        raise ImportError("libcostshare's %s refuses version %d" % (init, version))
    return value


def text(raw: Optional[bytes]) -> str:
    return "" if raw is None else raw.decode("utf-8")
