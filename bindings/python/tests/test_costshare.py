"""Tests of the Python binding (unittest, standard library only, so they
also run where pytest is not installed, and in the sanitizer build).

Expected values come from docs/domain.md, the seed tables in examples/data/, the
headers and abi/constants.txt, or reference computations here (fractions),
never from the library's own output. Run against a build with the library
named by COSTSHARE_LIBRARY and bindings/python on PYTHONPATH:

    COSTSHARE_LIBRARY=build/lib/libcostshare.so.1 PYTHONPATH=bindings/python \
        python3 -m unittest discover -s bindings/python/tests

or, against the installed package, with pytest (scripts/check-python.sh).
"""

import array
import ast
import csv
import ctypes
import dataclasses
import datetime
import enum
import fractions
import os
import re
import subprocess
import sys
import unittest

import costshare as cs
from costshare import _native

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
D = datetime.date

MUNICIPALITIES_2017 = [
    ("Boxholm", 5453), ("Finspång", 21577), ("Kinda", 9882), ("Linköping", 158520),
    ("Mjölby", 27019), ("Motala", 43549), ("Norrköping", 133749), ("Söderköping", 14521),
    ("Vadstena", 7421), ("Valdemarsvik", 7920), ("Ydre", 3733), ("Åtvidaberg", 11631),
    ("Ödeshög", 5343)]
POP_2017 = [p for _, p in MUNICIPALITIES_2017]


def read_table(name):
    with open(os.path.join(ROOT, "examples", "data", name), encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def round_half_away(q):
    """Reference rounding of a Fraction, half away from zero."""
    n = abs(q.numerator) * 2 + q.denominator
    r = n // (2 * q.denominator)
    return r if q >= 0 else -r


def c_constant(text):
    """Evaluate a constant's value as written in abi/constants.txt."""
    text = re.sub(r"(\d+)[uU]\b", r"\1", text)
    node = ast.parse(text, mode="eval").body

    def ev(n):
        if isinstance(n, ast.Constant) and isinstance(n.value, int):
            return n.value
        if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub):
            return -ev(n.operand)
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Sub)):
            a, b = ev(n.left), ev(n.right)
            return a + b if isinstance(n.op, ast.Add) else a - b
        raise ValueError("unexpected constant expression %r" % text)
    return ev(node)


class Api(unittest.TestCase):
    """The binding covers the whole exported API and mirrors every constant."""

    def test_every_declared_function_is_exported_or_absent_from_the_library(self):
        # test_completeness.py checks the other way: every exported function
        # is declared and wrapped.
        with open(os.path.join(ROOT, "lib", "costshare.map")) as f:
            exported = set(re.findall(r"^\s*(costshare_\w+);", f.read(), re.M))
        for name in set(_native.SIGNATURES) - exported:
            self.assertFalse(hasattr(_native.lib, name), name)
            self.assertNotIn(name, _native.AVAILABLE)
            with self.assertRaises(NotImplementedError):
                _native.function(name)

    def test_every_constant_mirrors_abi_constants_txt(self):
        count = 0
        with open(os.path.join(ROOT, "abi", "constants.txt")) as f:
            for line in f:
                name, value = line.split(None, 1)
                attr = name[len("COSTSHARE_"):]
                self.assertTrue(hasattr(cs, attr), "constant %s is not mirrored" % name)
                self.assertEqual(getattr(cs, attr), c_constant(value.strip()), name)
                count += 1
        self.assertGreater(count, 90)

    def test_every_constant_mirrors_the_library_table(self):
        table = cs.constants()
        self.assertEqual(len(table), cs.constant_count())
        self.assertGreater(len(table), 90)
        # The release numbers describe the loaded library, not the ABI the
        # binding mirrors (it works with every 1.x): version_number() has them.
        release = {"COSTSHARE_VERSION_MINOR", "COSTSHARE_VERSION_PATCH",
                   "COSTSHARE_VERSION_NUMBER"}
        self.assertEqual(table["COSTSHARE_VERSION_NUMBER"], cs.version_number())
        self.assertEqual(table["COSTSHARE_VERSION_MINOR"], cs.version_number() // 100 % 100)
        for name, value in table.items():
            self.assertEqual(cs.constant(name), value)
            if name not in release:
                self.assertEqual(getattr(cs, name[len("COSTSHARE_"):]), value, name)
        self.assertEqual(cs.constant_at(0), sorted(table.items())[0])
        with self.assertRaises(cs.InvalidArgumentError):
            cs.constant("COSTSHARE_NO_SUCH_CONSTANT")
        with self.assertRaises(cs.RangeError):
            cs.constant_at(cs.constant_count())

    def test_every_error_code_in_error_h_has_an_exception_class(self):
        with open(os.path.join(ROOT, "include", "costshare", "error.h")) as f:
            codes = re.findall(r"#define COSTSHARE_(E[A-Z]+) \((-\d+)\)", f.read())
        self.assertEqual(len(codes), 19)
        for name, value in codes:
            cls = cs._ERRORS[int(value)]
            self.assertTrue(issubclass(cls, cs.CostshareError))
            self.assertEqual(cls.code, int(value))
            self.assertIs(cls.code, cs.ErrorCode[name])
            self.assertEqual(cls().name, "COSTSHARE_" + name)
            # Each also is the built-in exception it means.
            builtin = OverflowError if name == "EOVERFLOW" else ValueError
            self.assertTrue(issubclass(cls, builtin), name)

    def test_every_constant_is_an_enum_member_or_a_plain_constant(self):
        members = {}
        for cls, prefix in cs._ENUM_PREFIXES.items():
            self.assertTrue(issubclass(cls, (enum.IntEnum, enum.IntFlag)), cls)
            for member in cls:
                members[prefix + member.name] = member
                self.assertIs(getattr(cs, (prefix + member.name)[len("COSTSHARE_"):]), member)
        table = cs.constants()
        plain = {"COSTSHARE_DATE_MIN", "COSTSHARE_DATE_MAX", "COSTSHARE_DATE_TEXT_SIZE",
                 "COSTSHARE_SE_DATE_MIN", "COSTSHARE_PERCENT_DECIMALS_MIN",
                 "COSTSHARE_PERCENT_DECIMALS_MAX", "COSTSHARE_ONCOST_BP_MAX",
                 "COSTSHARE_AGREEMENT_NO_DATE", "COSTSHARE_AGREEMENT_STATE_COUNT",
                 "COSTSHARE_AGREEMENT_MAX_COUNT", "COSTSHARE_EVENT_COUNT",
                 "COSTSHARE_SPLIT_OPTIONS_VERSION", "COSTSHARE_TERM_VERSION",
                 "COSTSHARE_REFUND_TERMS_VERSION", "COSTSHARE_AGREEMENT_VERSION",
                 "COSTSHARE_EVENT_VERSION", "COSTSHARE_VERSION_MAJOR",
                 "COSTSHARE_BODY_COUNT", "COSTSHARE_GROUP_MIXED",
                 "COSTSHARE_AMOUNT_DECIMALS_MAX", "COSTSHARE_AMOUNT_TEXT_SIZE",
                 "COSTSHARE_AMOUNT_OPTIONS_VERSION", "COSTSHARE_INVOICE_OPEN",
                 "COSTSHARE_INVOICE_NO_MONTHS", "COSTSHARE_INVOICE_REDISTRIBUTE",
                 "COSTSHARE_INVOICE_FIXED_SHARES", "COSTSHARE_INVOICE_PLAN_VERSION",
                 "COSTSHARE_POST_TERMS_VERSION", "COSTSHARE_REVISION_BP_MIN",
                 "COSTSHARE_FTE_BP_MAX",
                 "COSTSHARE_VERSION_MINOR", "COSTSHARE_VERSION_PATCH",
                 "COSTSHARE_VERSION_NUMBER"}
        self.assertEqual(set(members) | plain, set(table))
        self.assertFalse(set(members) & plain)
        for name, member in members.items():
            self.assertEqual(member.value, table[name], name)
        self.assertEqual(len(cs.State), cs.agreement_state_count())
        self.assertEqual(len(cs.Body), cs.BODY_COUNT)
        self.assertEqual(len(cs.EventKind) - 1, cs.agreement_event_count())  # and NONE
        for state in cs.State:
            self.assertEqual(cs.agreement_state_name(state), "COSTSHARE_AGREEMENT_" + state.name)
            self.assertEqual(state.label, state.name.lower())
        for kind in cs.EventKind:
            if kind != cs.EventKind.NONE:
                self.assertEqual(cs.agreement_event_name(kind), "COSTSHARE_EVENT_" + kind.name)
        for mode in cs.RoundMode:
            self.assertEqual(cs.round_mode_name(mode), "COSTSHARE_ROUND_" + mode.name)
        for method in cs.SplitMethod:
            self.assertEqual(cs.split_method_name(method), "COSTSHARE_SPLIT_" + method.name)

    def test_struct_sizes_match_the_c_layout(self):
        # Member counts from the headers, all 4-byte except the two int64_t.
        self.assertEqual(ctypes.sizeof(_native.SplitOptions), 4 + 4 + 8 + 8)
        self.assertEqual(ctypes.sizeof(_native.AmountOptions), 5 * 4)
        self.assertEqual(ctypes.sizeof(_native.Term), 9 * 4)
        self.assertEqual(ctypes.sizeof(_native.RefundTerms), 8 * 4)
        self.assertEqual(ctypes.sizeof(_native.GroupFinding), 4 * 4)
        # Version 2 appends 12 members to the record and 2 to the event.
        self.assertEqual(ctypes.sizeof(_native.Agreement), (3 + 14 + 7 + 4 + 12) * 4)
        self.assertEqual(ctypes.sizeof(_native.Event), (2 + 5 + 6 + 4 + 2) * 4)
        self.assertEqual(cs.struct_size("costshare_agreement", 1), (3 + 14 + 7 + 4) * 4)
        self.assertEqual(cs.struct_size("costshare_event", 1), (2 + 5 + 6 + 4) * 4)

    def test_library_struct_sizes_are_the_module_layouts(self):
        # The same check refuses, at import, a library laid out otherwise.
        self.assertEqual(len(_native.STRUCTS), 10)
        for name, (cls, version) in _native.STRUCTS.items():
            self.assertEqual(cs.struct_size(name, version), ctypes.sizeof(cls), name)
        with self.assertRaises(cs.RangeError):
            cs.struct_size("costshare_term", 0)
        with self.assertRaises(cs.InvalidArgumentError):
            cs.struct_size("costshare_date", 1)

    def test_values_that_do_not_fit_a_member_raise_instead_of_wrapping(self):
        t = cs.Term(start=datetime.date(2016, 9, 1), initial_count=17, initial_unit=cs.MONTHS)
        for bad in (2 ** 32 + 17, 2 ** 31, -2 ** 31 - 1):
            with self.assertRaises(OverflowError):
                cs.Term(initial_count=bad)
            with self.assertRaises(OverflowError):
                dataclasses.replace(t, initial_count=bad)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            t.initial_count = 3  # type: ignore[misc]
        self.assertEqual(t.initial_count, 17)
        with self.assertRaises(TypeError):
            cs.Term(initial_count=1.5)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            cs.Term(initial_cuont=3)  # type: ignore[call-arg]
        for cls, field, bad in ((cs.RefundTerms, "mode", 2 ** 32), (cs.Event, "kind", 2 ** 31),
                                (cs.Event, "flags", -1), (cs.Agreement, "notice_count", 2 ** 40),
                                (cs.SplitOptions, "unit", 2 ** 63),
                                (cs.SplitOptions, "fixed", -2 ** 63 - 1)):
            with self.assertRaises(OverflowError, msg=field):
                cls(**{field: bad})
        # The ctypes mirrors the records are converted to at the call refuse
        # such values too.
        for mirror, field, bad in ((_native.Term(), "initial_count", 2 ** 31),
                                   (_native.Event(), "flags", -1),
                                   (_native.SplitOptions(), "unit", 2 ** 63),
                                   (_native.SplitOptions(), "version", -1)):
            with self.assertRaises(OverflowError, msg=field):
                setattr(mirror, field, bad)
        with self.assertRaises(TypeError):
            _native.Term().initial_count = 1.5
        with self.assertRaises(AttributeError):
            _native.Term().initial_cuont = 3

    def test_enum_members_must_be_known_values(self):
        with self.assertRaises(ValueError):
            cs.Term(initial_unit=9)
        with self.assertRaises(ValueError):
            cs.RefundTerms(termination=7)
        self.assertIs(cs.Term(initial_unit=2).initial_unit, cs.Unit.MONTHS)
        self.assertIs(cs.Event(kind=13).kind, cs.EventKind.GIVE_NOTICE)
        with self.assertRaises(TypeError):
            cs.Term(initial_unit=True)
        self.assertEqual(cs.Term(notice_flags=3).notice_flags,
                         cs.NoticeFlag.CALENDAR_PERIODS | cs.NoticeFlag.SE_DEADLINE)

    def test_records_and_options_are_immutable_and_hashable(self):
        a = cs.Term(start=D(2016, 9, 1), initial_count=17, initial_unit=cs.Unit.MONTHS)
        b = cs.Term(start=D(2016, 9, 1), initial_count=17, initial_unit=cs.Unit.MONTHS)
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        self.assertEqual(len({a, b, cs.Term()}), 2)
        for value in (cs.SplitOptions(), cs.RefundTerms(), cs.Event(), cs.Agreement()):
            hash(value)
            field = dataclasses.fields(value)[0].name
            with self.assertRaises(dataclasses.FrozenInstanceError):
                setattr(value, field, getattr(value, field))
        force = cs.Agreement().apply(cs.EventKind.ENTER_FORCE, D(2018, 11, 18),
                                     notice_count=2, notice_unit=cs.Unit.MONTHS)
        self.assertEqual({force: 1}[cs.Agreement.from_bytes(bytes(force))], 1)

    def test_a_name_with_a_nul_is_no_constant(self):
        self.assertEqual(cs.constant("COSTSHARE_MONTHS"), cs.MONTHS)
        with self.assertRaises(ValueError):
            cs.constant("COSTSHARE_MONTHS\0junk")

    def test_defaults_are_the_library_initial_structs(self):
        # The headers' *_INIT: split options largest remainder, unit 1;
        # agreement empty, no last event, two-month... (MONTHS) units, no dates.
        self.assertEqual(cs.split_options_init(), cs.SplitOptions())
        self.assertEqual(cs.amount_options_init(), cs.AmountOptions())
        self.assertEqual(cs.AmountOptions(), cs.AmountOptions(0, cs.AMOUNT_GROUP_NONE,
                                                              cs.AMOUNT_MARK_POINT, 0))
        self.assertEqual(cs.SplitOptions(), cs.SplitOptions(cs.SPLIT_LARGEST_REMAINDER, 1, 0))
        self.assertEqual(cs.term_init(), cs.Term())
        self.assertEqual(cs.Term().start, D(1970, 1, 1))
        self.assertEqual(cs.refund_terms_init(), cs.RefundTerms())
        self.assertIs(cs.RefundTerms().termination, cs.RefundRule.NONE)
        rec = cs.agreement_init()
        self.assertEqual(rec, cs.Agreement())
        self.assertEqual((rec.state, rec.last_event_kind, rec.notice_unit),
                         (cs.AGREEMENT_EMPTY, cs.EVENT_NONE, cs.MONTHS))
        self.assertIsNone(rec.last_day)
        ev = cs.agreement_event_init()
        self.assertEqual(ev, cs.Event())
        self.assertEqual((ev.kind, ev.date, ev.from_), (cs.EVENT_NONE, None, None))
        for init in (cs.split_options_init, cs.amount_options_init, cs.term_init,
                     cs.refund_terms_init, cs.agreement_init, cs.agreement_event_init):
            with self.assertRaises(cs.InvalidArgumentError):
                init(99)
            with self.assertRaises(cs.InvalidArgumentError):
                init(0)

    def test_a_library_that_cannot_be_loaded_is_an_import_error(self):
        env = dict(os.environ, COSTSHARE_LIBRARY=os.path.join(ROOT, "no-such-libcostshare.so"))
        env.pop("LD_PRELOAD", None)  # the sanitizer runtime is not needed here
        run = subprocess.run([sys.executable, "-c", "import costshare"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("ImportError: cannot load libcostshare from COSTSHARE_LIBRARY=", run.stderr)

    def test_version_and_names(self):
        self.assertEqual(cs.version_number() // 10000, cs.VERSION_MAJOR)
        self.assertRegex(cs.version(), r"^1\.\d+\.\d+$")
        self.assertEqual(cs.__version__, cs.version())
        with open(os.path.join(ROOT, "include", "costshare", "version.h")) as f:
            header = dict(re.findall(r"#define COSTSHARE_VERSION_(MAJOR|MINOR|PATCH) (\d+)",
                                     f.read()))
        self.assertEqual(cs.__version__, "%s.%s.%s" % (header["MAJOR"], header["MINOR"],
                                                       header["PATCH"]))
        self.assertEqual(cs.round_mode_name(cs.ROUND_HALF_EVEN), "COSTSHARE_ROUND_HALF_EVEN")
        self.assertEqual(cs.split_method_name(cs.SPLIT_ROUND_EACH),
                         "COSTSHARE_SPLIT_ROUND_EACH")
        self.assertEqual(cs.agreement_state_name(cs.AGREEMENT_IN_FORCE),
                         "COSTSHARE_AGREEMENT_IN_FORCE")
        self.assertEqual(cs.agreement_event_name(cs.EVENT_GIVE_NOTICE),
                         "COSTSHARE_EVENT_GIVE_NOTICE")
        self.assertEqual(cs.agreement_state_name(99), "COSTSHARE_UNKNOWN")
        self.assertEqual(cs.agreement_event_name(cs.EVENT_NONE), "COSTSHARE_UNKNOWN")
        self.assertEqual(cs.agreement_state_count(), cs.AGREEMENT_STATE_COUNT)
        self.assertEqual(cs.agreement_event_count(), cs.EVENT_COUNT)


class Splits(unittest.TestCase):
    """docs/domain.md section 1 through Python."""

    def test_2018_cost_split_by_2017_populations(self):
        expected = [9251, 36605, 16764, 268922, 45837, 73879, 226899, 24634, 12589, 13436,
                    6333, 19732, 9064]
        self.assertEqual(cs.split(763945, POP_2017), expected)
        self.assertEqual(cs.split_ex(763945, POP_2017), (expected, 0))
        self.assertEqual(cs.split(763945, tuple(POP_2017)), expected)

    def test_any_int64_buffer_is_split_and_gives_an_array(self):
        expected = array.array("q", cs.split(763945, POP_2017))
        weights = array.array("q", POP_2017)
        for buf in (weights, memoryview(weights), memoryview(bytes(weights)).cast("q"),
                    memoryview(array.array("q", [p for p in POP_2017 for _ in "ab"]))[::2]):
            got = cs.split(763945, buf)
            self.assertIsInstance(got, array.array)
            self.assertEqual(got, expected)
        self.assertEqual(weights, array.array("q", POP_2017))  # the input is not changed
        shares, residual = cs.split_ex(763945, weights, cs.SplitOptions(unit=100))
        self.assertEqual((sum(shares), shares.typecode), (763900, "q"))
        self.assertEqual(residual, 763900 - 763945)  # sum(shares) - total (split.h)
        self.assertEqual(cs.split_percentages(weights)[7], 323)
        for bad in (array.array("i", POP_2017), array.array("d", [1.0]), b"12345678",
                    bytearray(8), memoryview(bytes(16)).cast("q", (2, 1))):
            with self.assertRaises(TypeError):
                cs.split(100, bad)
        with self.assertRaises(cs.RangeError):
            cs.split(100, array.array("q"))
        with self.assertRaises(cs.RangeError):
            cs.split(100, [])

    def test_2016_legacy_round_each_reproduces_the_printed_year_and_residual_plus_one(self):
        rows = read_table("ostergotland-2016.csv")
        pop = [int(r["population"]) for r in rows]
        printed = [int(r["year"]) for r in rows]
        shares, residual = cs.split_ex(701520, pop, method=cs.SPLIT_ROUND_EACH)
        self.assertEqual(shares, printed)
        self.assertEqual(residual, 1)
        self.assertEqual(sum(printed), 701521)

    def test_2016_largest_remainder_differs_from_print_only_for_motala(self):
        rows = read_table("ostergotland-2016.csv")
        pop = [int(r["population"]) for r in rows]
        shares = cs.split(701520, pop)
        expected = [67492 if r["municipality"] == "Motala" else int(r["year"]) for r in rows]
        self.assertEqual(shares, expected)
        self.assertEqual(cs.split(350760, pop), [int(r["half_year"]) for r in rows])

    def test_percentages_sum_to_100_with_soderkoping_3_23(self):
        rows = read_table("ostergotland-2018.csv")
        printed = [int(r["percent"].replace(".", "")) for r in rows]
        got = cs.split_percentages(POP_2017, 2)
        self.assertEqual(sum(got), 10000)
        self.assertEqual(got[7], 323)
        self.assertEqual(got[3], 3520)
        self.assertEqual([g for i, g in enumerate(got) if i != 7],
                         [p for i, p in enumerate(printed) if i != 7])

    def test_unit_mixed_key_and_credit(self):
        shares, residual = cs.split_ex(1000000, [1, 1, 1], unit=100)
        self.assertEqual((sorted(shares), residual), ([333300, 333300, 333400], 0))
        shares, _ = cs.split_ex(900, [1, 2, 0], fixed=300)
        self.assertEqual(shares, [300, 500, 100])
        self.assertEqual(cs.split_ex(900, [1, 2, 0], cs.SplitOptions(fixed=300)), (shares, 0))
        with self.assertRaises(TypeError):
            cs.split_ex(900, [1, 2, 0], cs.SplitOptions(), fixed=300)
        self.assertEqual(cs.split(-763945, POP_2017), [-s for s in cs.split(763945, POP_2017)])

    def test_post_cost_and_scale(self):
        self.assertEqual(cs.post_cost(39500, 4800, 12), 701520)
        self.assertEqual(cs.post_cost(39500, 4800, 6), 350760)
        self.assertEqual(cs.post_cost(39500, 4800, 18), 1052280)
        self.assertEqual(cs.round_scale(64000, 92, 366), 16087)
        self.assertEqual(cs.round_scale(5, 1, 2, cs.ROUND_HALF_EVEN), 2)
        self.assertEqual(cs.round_scale(-5, 1, 2, cs.ROUND_FLOOR), -3)
        self.assertEqual(cs.round_scale(5, 1, 2, cs.ROUND_CEILING), 3)
        self.assertEqual(cs.round_scale(-5, 1, 2, cs.ROUND_TOWARD_ZERO), -2)
        big = 2 ** 62
        self.assertEqual(cs.round_scale(big, 3, 4), round_half_away(fractions.Fraction(big * 3, 4)))


class Amounts(unittest.TestCase):
    """Amounts as text (amount.h); texts from docs/domain.md and the seed tables."""

    SV = dict(decimals=2, group=cs.AmountGroup.SPACE, decimal_mark=cs.AmountMark.COMMA)

    def test_swedish_kronor_and_ore_both_ways(self):
        self.assertEqual(cs.amount_parse("1 052 280,50 kr", flags=cs.AmountFlag.KR, **self.SV),
                         105228050)
        self.assertEqual(cs.amount_format(105228050, flags=cs.AmountFlag.KR, **self.SV),
                         "1 052 280,50 kr")
        self.assertEqual(cs.amount_format(-3325, flags=cs.AmountFlag.MINUS_SIGN, **self.SV),
                         "\u221233,25")
        self.assertEqual(cs.amount_parse("\u221233,25", **self.SV), -3325)
        self.assertEqual(cs.amount_parse(b"24 634,25", **self.SV), 2463425)

    def test_every_space_and_suffix_a_spreadsheet_writes(self):
        lenient = cs.AmountOptions(decimals=2, group=cs.AmountGroup.ANY,
                                   decimal_mark=cs.AmountMark.ANY,
                                   flags=cs.AmountFlag.KR | cs.AmountFlag.TKR |
                                   cs.AmountFlag.PERCENT)
        for text in ("5 453", "5\u00a0453", "5\u202f453", "5453.00", "5453,0"):
            self.assertEqual(cs.amount_parse(text, lenient), 545300, text)
        self.assertEqual(cs.amount_parse("1,21 %", lenient), 121)
        self.assertEqual(cs.amount_parse("376 tkr", lenient), 37600)

    def test_strict_never_rounds(self):
        with self.assertRaises(cs.ParseError):
            cs.amount_parse("12,345", **self.SV)
        with self.assertRaises(cs.ParseError):
            cs.amount_parse("10 52 280", **self.SV)
        with self.assertRaises(cs.ResultOverflowError):
            cs.amount_parse("9223372036854775808")
        with self.assertRaises(cs.RangeError):
            cs.amount_parse("1", decimals=19)
        with self.assertRaises(cs.InvalidArgumentError):
            cs.amount_format(1, group=cs.AmountGroup.ANY)

    def test_round_trip_at_the_int64_ends_and_options_as_a_record(self):
        opts = cs.AmountOptions(group=cs.AmountGroup.NNBSP,
                                flags=cs.AmountFlag.TKR | cs.AmountFlag.MINUS_SIGN)
        text = cs.amount_format(-2 ** 63, opts)
        self.assertEqual(len(text.encode("utf-8")) + 1, cs.AMOUNT_TEXT_SIZE)
        for value in (-2 ** 63, -1, 0, 1, 2 ** 63 - 1, 105228050):
            self.assertEqual(cs.amount_parse(cs.amount_format(value, opts), opts), value)

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            cs.amount_parse(5)
        with self.assertRaises(TypeError):
            cs.amount_parse("5", cs.amount_options_init(), decimals=2)
        with self.assertRaises(TypeError):
            cs.amount_parse("5", cs.SplitOptions())
        with self.assertRaises(TypeError):
            cs.amount_format(5, decimal=2)
        with self.assertRaises(OverflowError):
            cs.amount_format(2 ** 63)
        with self.assertRaises(ValueError):
            cs.AmountOptions(group=9)


class Dates(unittest.TestCase):
    """date.h, calendar_se.h, notice.h: docs/domain.md section 2 and 3."""

    def test_dates_are_datetime_date_in_and_out_over_the_whole_range(self):
        for day in (D(1, 1, 1), D(1970, 1, 1), D(2024, 2, 29), D(9999, 12, 31)):
            self.assertEqual(cs.date_from_ymd(day.year, day.month, day.day), day)
            self.assertEqual(cs.date_to_ymd(day), (day.year, day.month, day.day))
            self.assertEqual(cs.date_format(day), day.isoformat())
            self.assertEqual(cs.date_parse(day.isoformat()), day)
            self.assertEqual(cs.date_weekday(day), day.isoweekday())
        self.assertEqual(cs.date_days_between(D(1970, 1, 1), D(1, 1, 1)), cs.DATE_MIN)
        self.assertEqual(cs.date_days_between(D(1970, 1, 1), D(9999, 12, 31)), cs.DATE_MAX)

    def test_month_arithmetic_by_lag_1930_173_section_1(self):
        self.assertEqual(cs.date_add(D(2024, 7, 31), 2, cs.MONTHS), D(2024, 9, 30))
        self.assertEqual(cs.date_add(D(2024, 2, 29), 1, cs.YEARS), D(2025, 2, 28))
        self.assertEqual(cs.date_add(D(2024, 3, 31), -1, cs.MONTHS), D(2024, 2, 29))
        self.assertEqual(cs.date_add(D(2024, 1, 1), 2, cs.WEEKS), D(2024, 1, 15))
        self.assertTrue(cs.date_is_leap_year(2000))
        self.assertFalse(cs.date_is_leap_year(1900))
        self.assertEqual(cs.date_days_in_month(2024, 2), 29)
        self.assertEqual(cs.date_month_first(D(2024, 9, 15)), D(2024, 9, 1))
        self.assertEqual(cs.date_month_last(D(2024, 2, 15)), D(2024, 2, 29))
        self.assertEqual(cs.date_year_first(D(2024, 9, 15)), D(2024, 1, 1))
        self.assertEqual(cs.date_year_last(D(2024, 9, 15)), D(2024, 12, 31))

    def test_swedish_holidays_and_the_sunday_rule(self):
        cases = [(D(2024, 6, 21), D(2024, 6, 24)), (D(2024, 12, 24), D(2024, 12, 27)),
                 (D(2024, 12, 31), D(2025, 1, 2)), (D(2004, 5, 31), D(2004, 6, 1)),
                 (D(2005, 5, 16), D(2005, 5, 16)), (D(2003, 6, 6), D(2003, 6, 6)),
                 (D(2005, 6, 6), D(2005, 6, 7))]
        for day, deadline in cases:
            self.assertEqual(cs.se_deadline(day), deadline, day)
        self.assertIs(cs.se_holiday(D(2022, 12, 25)), cs.Holiday.CHRISTMAS_DAY)
        self.assertIs(cs.se_day_kind(D(2024, 6, 22)), cs.Holiday.MIDSUMMER_DAY)
        self.assertIs(cs.se_day_kind(D(2024, 6, 23)), cs.Holiday.SUNDAY)
        self.assertIs(cs.se_day_kind(D(2024, 6, 29)), cs.Holiday.SATURDAY)
        self.assertEqual(cs.se_holiday(D(2022, 12, 25)), cs.SE_CHRISTMAS_DAY)
        self.assertEqual(cs.se_holiday(D(2024, 6, 21)), cs.SE_NONE)
        self.assertEqual(cs.se_day_kind(D(2024, 6, 21)), cs.SE_MIDSUMMER_EVE)
        self.assertEqual(cs.se_holiday(D(2004, 5, 31)), cs.SE_WHIT_MONDAY)
        self.assertEqual(cs.se_holiday(D(2005, 6, 6)), cs.SE_NATIONAL_DAY)
        self.assertFalse(cs.se_is_business_day(D(2024, 6, 21)))
        self.assertTrue(cs.se_is_business_day(D(2024, 6, 24)))
        self.assertEqual(cs.se_holiday_name(cs.SE_MIDSUMMER_EVE, cs.LANG_SV), "Midsommarafton")
        self.assertEqual(cs.se_holiday_name(cs.SE_MIDSUMMER_EVE), "Midsummer Eve")
        self.assertEqual(cs.se_holiday_name(cs.SE_NONE), "")
        self.assertEqual(cs.se_easter(2024), D(2024, 3, 31))
        self.assertEqual(cs.se_holiday_date(2024, cs.SE_MIDSUMMER_DAY), D(2024, 6, 22))
        self.assertEqual(cs.se_business_days_between(D(2024, 6, 17), D(2024, 6, 24)), 4)
        self.assertEqual(cs.se_add_business_days(D(2024, 6, 22), 1), D(2024, 6, 24))
        holidays = cs.se_holidays(2024)
        self.assertEqual(len(holidays), 16)  # 13 named holidays but Whit Monday, 3 eves
        self.assertIn((D(2024, 6, 6), cs.SE_NATIONAL_DAY, "National Day"), holidays)
        self.assertNotIn(cs.SE_NATIONAL_DAY, [k for _, k, _ in cs.se_holidays(2004)])

    def test_answers_are_plain_values_and_refusals_raise(self):
        self.assertIs(cs.date_is_leap_year(2024), True)
        self.assertIs(cs.se_is_business_day(D(2024, 12, 27)), True)
        self.assertIs(cs.se_is_business_day(D(2024, 12, 24)), False)
        self.assertEqual(cs.date_weekday(D(1970, 1, 1)), 4)
        self.assertEqual(cs.date_days_in_month(2023, 2), 28)
        self.assertIs(cs.se_day_kind(D(2024, 6, 24)), cs.Holiday.NONE)
        for year in (0, 10000):
            with self.assertRaises(cs.RangeError):
                cs.date_is_leap_year(year)
        for year, month in ((2024, 0), (2024, 13), (0, 1)):
            with self.assertRaises(cs.RangeError):
                cs.date_days_in_month(year, month)
        # Lag (1989:253) is in force from 1990-01-01
        for fn in (cs.se_holiday, cs.se_day_kind, cs.se_is_business_day):
            with self.assertRaises(cs.RangeError):
                fn(D(1989, 12, 31))
        self.assertIs(cs.se_holiday(D(1990, 1, 1)), cs.Holiday.NEW_YEARS_DAY)
        with self.assertRaises(cs.RangeError):
            cs.se_holidays(1989)
        self.assertIn((D(2004, 5, 31), cs.SE_WHIT_MONDAY, "Whit Monday"), cs.se_holidays(2004))
        self.assertEqual(len(cs.se_holidays(2004)), 16)

    def test_appeal_and_motion_deadlines_by_kommunallagen(self):
        # 13 kap. 5 §: three weeks from the announcement, moved by 1930:173 2 §.
        self.assertEqual(cs.se_appeal_deadline(D(2024, 6, 18)), D(2024, 7, 9))
        self.assertEqual(cs.se_appeal_deadline(D(2024, 12, 3)), D(2024, 12, 27))
        # 5 kap. 35 §: one year from the motion (Täby's of 2016-02-15).
        self.assertEqual(cs.se_motion_deadline(D(2016, 2, 15)), D(2017, 2, 15))
        self.assertEqual(cs.se_motion_deadline(D(2024, 2, 29)), D(2025, 2, 28))
        with self.assertRaises(cs.RangeError):
            cs.se_appeal_deadline(D(1989, 12, 31))

    def test_linkoping_2024_notice_dates(self):
        latest = cs.notice_latest(D(2024, 9, 30), 2, cs.MONTHS)
        self.assertEqual(latest, D(2024, 7, 31))
        self.assertEqual(cs.notice_end(D(2024, 7, 30), 2, cs.MONTHS), D(2024, 9, 30))
        self.assertEqual(cs.notice_end(latest, 2, cs.MONTHS), D(2024, 9, 30))
        self.assertEqual(cs.notice_end(D(2024, 8, 1), 2, cs.MONTHS), D(2024, 10, 1))
        self.assertEqual(cs.refund_start(D(2024, 9, 30)), D(2024, 10, 1))

    def test_calendar_periods_and_the_sunday_rule_flag(self):
        self.assertEqual(cs.notice_end(D(2023, 5, 26), 3, cs.YEARS, cs.CALENDAR_PERIODS),
                         D(2026, 12, 31))
        self.assertEqual(cs.notice_end(D(2024, 4, 13), 2, cs.MONTHS, cs.CALENDAR_PERIODS),
                         D(2024, 6, 30))
        # "Tre kalenderår" with the year of notice counted as the first.
        self.assertEqual(cs.notice_end(D(2023, 5, 26), 3, cs.YEARS,
                                       cs.CALENDAR_PERIODS | cs.CALENDAR_COUNT_CURRENT),
                         D(2025, 12, 31))
        with self.assertRaises(cs.InvalidArgumentError):
            cs.notice_end(D(2023, 5, 26), 3, cs.YEARS, cs.CALENDAR_COUNT_CURRENT)
        # 2024-08-31 - 2 months lands on Sunday 2024-06-30; 2 § moves it to Monday.
        self.assertEqual(cs.notice_latest(D(2024, 8, 31), 2, cs.MONTHS), D(2024, 6, 30))
        self.assertEqual(cs.notice_latest(D(2024, 8, 31), 2, cs.MONTHS, cs.SE_DEADLINE),
                         D(2024, 7, 1))

    def test_fixed_term_renewed_yearly(self):
        term = cs.Term(start=D(2016, 9, 1), initial_count=17, initial_unit=cs.MONTHS,
                       renewal_count=1, renewal_unit=cs.YEARS, notice_count=3,
                       notice_unit=cs.MONTHS)
        self.assertEqual(term.start, D(2016, 9, 1))
        self.assertEqual(cs.term_end(term, D(2017, 6, 1)), D(2018, 1, 31))
        self.assertEqual(cs.term_end(term, D(2019, 2, 1)), D(2020, 1, 31))
        self.assertEqual(cs.term_notice(term, D(2017, 10, 31)), (D(2018, 1, 31), D(2017, 10, 31)))
        self.assertEqual(cs.term_notice(term, D(2017, 11, 1)), (D(2019, 1, 31), D(2018, 10, 31)))


class Batches(unittest.TestCase):
    """The *_batch functions: a sequence of datetime.date gives a list, a buffer
    of int32 day numbers an array('i'); a refusal raises with the index."""

    EPOCH = D(1970, 1, 1).toordinal()

    def days(self, dates):
        return array.array("i", [d.toordinal() - self.EPOCH for d in dates])

    def test_each_batch_agrees_with_its_single_call(self):
        dates = [D(2024, 6, 21), D(2024, 7, 31), D(2024, 12, 31), D(2004, 5, 31),
                 D(2023, 2, 28), D(2024, 2, 29), D(1990, 6, 1), D(9999, 9, 15)]
        cases = [
            (cs.date_add_batch, lambda d: cs.date_add(d, 2, cs.MONTHS), (2, cs.MONTHS)),
            (cs.date_add_batch, lambda d: cs.date_add(d, -3, cs.WEEKS), (-3, cs.WEEKS)),
            (cs.se_deadline_batch, cs.se_deadline, ()),
            (cs.notice_end_batch, lambda d: cs.notice_end(d, 3, cs.MONTHS, cs.CALENDAR_PERIODS),
             (3, cs.MONTHS, cs.CALENDAR_PERIODS)),
            (cs.notice_latest_batch, lambda d: cs.notice_latest(d, 2, cs.MONTHS, cs.SE_DEADLINE),
             (2, cs.MONTHS, cs.SE_DEADLINE)),
            (cs.refund_start_batch, cs.refund_start, ()),
        ]
        for batch, single, args in cases:
            want = [single(d) for d in dates]
            self.assertEqual(batch(dates, *args), want)
            self.assertEqual(batch(tuple(dates), *args), want)
            self.assertEqual(batch(self.days(dates), *args), self.days(want))
            self.assertEqual(batch(memoryview(self.days(dates)).toreadonly(), *args),
                             self.days(want))
            self.assertEqual(batch([], *args), [])
            self.assertEqual(batch(array.array("i"), *args), array.array("i"))
        business = [cs.se_is_business_day(d) for d in dates]
        self.assertEqual(cs.se_is_business_day_batch(dates), business)
        self.assertEqual(cs.se_is_business_day_batch(self.days(dates)),
                         array.array("i", [int(b) for b in business]))

    def test_linkoping_2024_in_one_call(self):
        self.assertEqual(cs.notice_latest_batch([D(2024, 9, 30), D(2023, 2, 28)], 2, cs.MONTHS),
                         [D(2024, 7, 31), D(2022, 12, 31)])
        self.assertEqual(cs.date_add_batch([D(2024, 7, 30), D(2024, 7, 31), D(2024, 8, 1)],
                                           2, cs.MONTHS),
                         [D(2024, 9, 30), D(2024, 9, 30), D(2024, 10, 1)])

    def test_a_refused_element_raises_with_its_index_and_returns_nothing(self):
        days = self.days([D(2024, 1, 1), D(2024, 1, 2), D(9999, 12, 31), D(1, 1, 1)])
        with self.assertRaises(cs.RangeError) as caught:
            cs.date_add_batch(days, 1, cs.DAYS)
        self.assertEqual(caught.exception.index, 2)
        self.assertEqual(caught.exception.code, cs.ERANGE)
        with self.assertRaises(cs.RangeError) as caught:
            cs.se_deadline_batch([D(2024, 1, 1), D(1989, 12, 31)])
        self.assertEqual(caught.exception.index, 1)
        with self.assertRaises(cs.RangeError) as caught:
            cs.notice_end_batch([D(2024, 1, 1)], -1)
        self.assertEqual(caught.exception.index, 0)
        with self.assertRaises(cs.InvalidArgumentError) as caught:
            cs.date_add_batch(days, 1, 4)
        self.assertIsNone(caught.exception.index)
        self.assertIsNone(cs.CostshareError(cs.ERANGE).index)

    def test_wrong_element_types_and_buffers_raise_type_error(self):
        with self.assertRaises(TypeError):
            cs.date_add_batch([D(2024, 1, 1), 19723], 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(array.array("q", [19723]), 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(array.array("h", [1]), 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(b"\0\0\0\0", 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(19723, 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(memoryview(bytearray(16)).cast("i", (2, 2)), 1)
        with self.assertRaises(OverflowError):
            cs.date_add_batch([D(2024, 1, 1)], 2 ** 31)


class Refunds(unittest.TestCase):
    """refund.h: docs/domain.md section 4."""

    Y2024 = (D(2024, 1, 1), D(2024, 12, 31))

    def test_termination_refund_2018_terms_by_months_and_days(self):
        terms = cs.RefundTerms(termination=cs.REFUND_NEXT_MONTH,
                               termination_basis=cs.BASIS_MONTHS)
        self.assertEqual(cs.refund_termination(terms, 64000, *self.Y2024, D(2024, 9, 30)), 16000)
        terms = dataclasses.replace(terms, termination_basis=cs.Basis.DAYS)
        days = fractions.Fraction(64000 * 92, 366)
        self.assertEqual(cs.refund_termination(terms, 64000, *self.Y2024, D(2024, 9, 30)),
                         round_half_away(days))
        self.assertEqual(round_half_away(days), 16087)
        self.assertEqual(cs.refund_prorate(64000, *self.Y2024, D(2024, 10, 1), D(2024, 12, 31),
                                    cs.BASIS_MONTHS), 16000)
        self.assertEqual(cs.refund_termination(cs.RefundTerms(), 64000, *self.Y2024,
                                               D(2024, 9, 30)), 0)  # 2016: REFUND_NONE

    def test_vacancy_longer_than_one_month(self):
        terms = cs.RefundTerms(vacancy=cs.VACANCY_LONGER_THAN, vacancy_min_count=1,
                               vacancy_min_unit=cs.MONTHS, vacancy_basis=cs.BASIS_DAYS)
        year = (D(2019, 1, 1), D(2019, 12, 31))
        self.assertEqual(cs.refund_vacancy(terms, 64000, *year, D(2019, 3, 15),
                                           D(2019, 4, 14)), 0)
        self.assertEqual(cs.refund_vacancy(terms, 64000, *year, D(2019, 3, 15), D(2019, 4, 15)),
                         round_half_away(fractions.Fraction(64000 * 32, 365)))
        # The other reading: the month runs through the 1 § end day, 2019-04-15.
        terms = dataclasses.replace(terms, vacancy=cs.VacancyRule.LONGER_THAN_END_DAY)
        self.assertEqual(cs.refund_vacancy(terms, 64000, *year, D(2019, 3, 15),
                                           D(2019, 4, 15)), 0)
        self.assertEqual(cs.refund_vacancy(terms, 64000, *year, D(2019, 3, 15), D(2019, 4, 16)),
                         round_half_away(fractions.Fraction(64000 * 33, 365)))

    def test_invoice_due_days(self):
        self.assertEqual(cs.invoice_due(2016, 12, 10), D(2016, 12, 10))
        self.assertEqual(cs.invoice_due(2017, 5, 31), D(2017, 5, 31))
        self.assertEqual(cs.invoice_due(2024, 2, 31), D(2024, 2, 29))
        self.assertEqual(cs.invoice_due(2016, 12, 10, cs.SE_DEADLINE), D(2016, 12, 12))


class Errors(unittest.TestCase):
    """Every return code raises its exception with the library's message."""

    def assertRefused(self, code, call, *args, **kwargs):
        with self.assertRaises(cs.CostshareError) as caught:
            call(*args, **kwargs)
        err = caught.exception
        self.assertIs(type(err), cs._ERRORS[code])
        self.assertEqual(err.code, code)
        self.assertEqual(err.name, cs.error_name(code))
        self.assertEqual(err.message, cs.error_message(code))
        self.assertNotEqual(err.message, cs.error_message(12345))  # not "unknown"
        self.assertEqual(str(err), "%s: %s" % (err.name, err.message))
        return err

    def test_library_errors_raise_with_code_name_and_message(self):
        self.assertRefused(cs.EINVAL, cs.date_add, D(2024, 1, 1), 1, 9)
        self.assertRefused(cs.EINVAL, cs.notice_end, D(2024, 1, 1), 2, cs.MONTHS, cs.SE_DEADLINE)
        self.assertRefused(cs.ERANGE, cs.date_from_ymd, 2023, 2, 29)
        self.assertRefused(cs.ERANGE, cs.split, 100, [])
        self.assertRefused(cs.ERANGE, cs.split, 100, [1, -1])
        self.assertRefused(cs.ERANGE, cs.date_add, D(9999, 12, 31), 1, cs.DAYS)
        self.assertRefused(cs.EOVERFLOW, cs.round_scale, 2 ** 62, 4, 1)
        self.assertRefused(cs.EOVERFLOW, cs.split, 1, [2 ** 62, 2 ** 62])
        self.assertRefused(cs.ENOWEIGHT, cs.split, 100, [0, 0])
        self.assertRefused(cs.EPARSE, cs.date_parse, "2024-6-21")
        self.assertRefused(cs.ERANGE, cs.date_parse, "2024-02-30")
        self.assertRefused(cs.ENOTALLOWED, cs.agreement_transition, cs.AGREEMENT_EMPTY,
                           cs.EVENT_END)
        self.assertEqual(cs.agreement_transition(cs.AGREEMENT_PROPOSED, cs.EVENT_ADOPT),
                         cs.AGREEMENT_ADOPTED)

    def test_dates_in_the_wrong_order_and_no_term_in_force(self):
        year = (D(2024, 1, 1), D(2024, 12, 31))
        self.assertRefused(cs.EBACKWARDS, cs.refund_prorate, 64000, year[1], year[0],
                           D(2024, 10, 1), D(2024, 12, 31))
        self.assertRefused(cs.EBACKWARDS, cs.refund_vacancy, cs.RefundTerms(), 64000, *year,
                           D(2024, 4, 20), D(2024, 3, 15))
        term = cs.Term(start=D(2016, 9, 1), initial_count=17, initial_unit=cs.MONTHS)
        self.assertRefused(cs.EBACKWARDS, cs.term_end, term, D(2016, 8, 31))
        self.assertRefused(cs.ETOOLATE, cs.term_end, term, D(2018, 2, 1))
        self.assertEqual(cs.term_end(term, D(2018, 1, 31)), D(2018, 1, 31))

    def test_size_error_through_the_raw_function_leaves_the_buffer(self):
        buf = ctypes.create_string_buffer(b"#" * 10, 10)
        rc = _native.lib.costshare_date_format(0, buf, 10)
        self.assertEqual(rc, cs.ESIZE)
        self.assertEqual(buf.raw, b"#" * 10)
        self.assertIsInstance(cs.SizeError(), cs.CostshareError)
        self.assertEqual(cs.SizeError().message, cs.error_message(cs.ESIZE))

    def test_lifecycle_refusals_raise_their_codes(self):
        force = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2018, 11, 18), notice_count=2,
                                     notice_unit=cs.MONTHS)
        fixed = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2016, 12, 6), from_=D(2016, 9, 1),
                                     term_end=D(2018, 1, 31))
        proposed = cs.Agreement().apply(cs.EVENT_PROPOSE, D(2013, 10, 1),
                                        deadline=D(2013, 11, 15))
        notice = force.apply(cs.EVENT_GIVE_NOTICE, D(2024, 7, 31), last_day=D(2024, 9, 30))
        self.assertRefused(cs.ENOTALLOWED, cs.Agreement().apply, cs.EVENT_END, D(2024, 1, 1))
        self.assertRefused(cs.EDATEORDER, force.apply, cs.EVENT_GIVE_NOTICE, D(2018, 1, 1))
        self.assertRefused(cs.ECONDITION, force.apply, cs.EVENT_AMEND, D(2019, 1, 1))
        self.assertRefused(cs.EBACKWARDS, force.apply, cs.EVENT_GIVE_NOTICE, D(2024, 7, 31),
                           last_day=D(2024, 7, 1))
        # A decision after the deadline is valid, marked late.
        late = proposed.apply(cs.EVENT_ADOPT, D(2013, 12, 1))
        self.assertEqual(late.marks, cs.Mark.LATE)
        self.assertRefused(cs.ENOCLAUSE, fixed.apply, cs.EVENT_GIVE_NOTICE, D(2017, 1, 1))
        open_ = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2018, 11, 18))
        self.assertRefused(cs.ENOPERIOD, open_.apply, cs.EVENT_GIVE_NOTICE, D(2024, 7, 31))
        self.assertRefused(cs.ECONSENT, notice.apply, cs.EVENT_WITHDRAW, D(2024, 8, 1))
        self.assertRefused(cs.ENOTICE, force.apply, cs.EVENT_GIVE_NOTICE, D(2024, 8, 1),
                           last_day=D(2024, 9, 30))
        self.assertRefused(cs.ENOTYET, notice.apply, cs.EVENT_END, D(2024, 9, 30))
        self.assertRefused(cs.ETOOLATE, notice.apply, cs.EVENT_WITHDRAW, D(2024, 10, 1))
        self.assertRefused(cs.ENOTERM, force.apply, cs.EVENT_RENEW, D(2019, 1, 1))
        fixed_notice = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2016, 12, 6),
                                            from_=D(2016, 9, 1), term_end=D(2018, 1, 31),
                                            notice_count=1)
        self.assertRefused(cs.EAFTERTERM, fixed_notice.apply, cs.EVENT_GIVE_NOTICE,
                           D(2017, 1, 1), last_day=D(2018, 6, 30))

    def test_a_refused_call_returns_nothing_and_changes_nothing(self):
        terms = cs.RefundTerms(termination=cs.REFUND_NEXT_MONTH)
        self.assertRefused(cs.EBACKWARDS, cs.refund_termination, terms, 64000, D(2024, 12, 31),
                           D(2024, 1, 1), D(2024, 9, 30))
        self.assertEqual(terms, cs.RefundTerms(termination=cs.REFUND_NEXT_MONTH))
        force = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2018, 11, 18), notice_count=2,
                                     notice_unit=cs.MONTHS)
        saved = bytes(force)
        self.assertRefused(cs.ENOTICE, force.apply, cs.EVENT_GIVE_NOTICE, D(2024, 8, 1),
                           last_day=D(2024, 9, 30))
        self.assertEqual(bytes(force), saved)
        self.assertEqual(force.state, cs.AGREEMENT_IN_FORCE)

    def test_unknown_code_is_a_plain_costshare_error(self):
        err = cs.CostshareError(-99)
        self.assertEqual((err.code, err.name, err.message, err.index),
                         (-99, "COSTSHARE_UNKNOWN", cs.error_message(-99), None))
        self.assertNotIsInstance(err, ValueError)
        with self.assertRaises(cs.CostshareError):
            cs._check(-99)
        self.assertEqual(cs._check(0), 0)


class Types(unittest.TestCase):
    """Wrong Python types raise TypeError; integers never wrap silently."""

    def test_dates_must_be_datetime_date(self):
        for bad in ("2024-01-01", 19723, None, datetime.datetime(2024, 1, 1)):
            with self.assertRaises(TypeError):
                cs.date_add(bad, 1, cs.DAYS)
            with self.assertRaises(TypeError):
                cs.notice_latest(bad, 2, cs.MONTHS)
        with self.assertRaises(TypeError):
            cs.Term(start="2016-09-01")
        with self.assertRaises(TypeError):
            cs.Event(date=0)

    def test_integers_must_be_ints_that_fit(self):
        for bad in (1.5, "100", True, None):
            with self.assertRaises(TypeError):
                cs.split(bad, [1, 2])
            with self.assertRaises(TypeError):
                cs.split(100, [1, bad])
        with self.assertRaises(TypeError):
            cs.split(100, "12")
        with self.assertRaises(TypeError):
            cs.split(100, 12)
        with self.assertRaises(OverflowError):
            cs.split(2 ** 63, [1])
        with self.assertRaises(OverflowError):
            cs.split(1, [2 ** 63])
        with self.assertRaises(OverflowError):
            cs.date_add(D(2024, 1, 1), 2 ** 31, cs.DAYS)
        with self.assertRaises(OverflowError):
            cs.notice_end(D(2024, 1, 1), 2, cs.MONTHS, -1)
        with self.assertRaises(TypeError):
            cs.split_ex(100, [1], method=1.0)
        with self.assertRaises(TypeError):
            cs.split_ex(100, [1], cs.SPLIT_ROUND_EACH)  # options are keywords
        with self.assertRaises(TypeError):
            cs.RefundTerms(mode=0.5)
        with self.assertRaises(OverflowError):
            cs.RefundTerms(mode=2 ** 40)
        with self.assertRaises(TypeError):
            cs.RefundTerms(no_such_field=1)

    def test_structs_must_be_the_right_class(self):
        with self.assertRaises(TypeError):
            cs.term_end(cs.RefundTerms(), D(2024, 1, 1))
        with self.assertRaises(TypeError):
            cs.refund_termination(None, 1, D(2024, 1, 1), D(2024, 12, 31), D(2024, 6, 30))
        with self.assertRaises(TypeError):
            cs.agreement_apply(cs.Agreement(), cs.Term())
        with self.assertRaises(TypeError):
            cs.agreement_state_on(cs.Event(), D(2024, 1, 1))
        with self.assertRaises(TypeError):
            cs.split_ex(100, [1], options=cs.Term())
        with self.assertRaises(TypeError):
            cs.date_parse(20240101)

    def test_text_may_be_str_or_bytes(self):
        self.assertEqual(cs.date_parse(b"2024-09-30"), D(2024, 9, 30))
        self.assertIsInstance(cs.date_format(D(2024, 9, 30)), str)


class Lifecycle(unittest.TestCase):
    """agreement.h: the Linköping story (seed 000) and the record's round trip."""

    def linkoping_pending(self):
        rec = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2018, 11, 18), notice_count=2,
                                   notice_unit=cs.MONTHS)
        self.assertEqual(rec.state_name, "in_force")
        self.assertIsNone(rec.term_end)
        # The officer's report of 2024-05-22 proposes; it decides nothing.
        rec = rec.apply(cs.EventKind.PROPOSE_DECISION, D(2024, 5, 22), body=cs.Body.OFFICER,
                        proposed_kind=cs.EventKind.DECIDE_TERMINATION)
        self.assertEqual(rec.state_name, "in_force")
        self.assertEqual(rec.proposals, 1)
        self.assertEqual(rec.last_proposal, D(2024, 5, 22))
        self.assertEqual(rec.last_proposal_body_name, "officer")
        self.assertIs(rec.last_proposal_kind, cs.EventKind.DECIDE_TERMINATION)
        # The board's decision (date assumed).
        return rec.apply(cs.EVENT_DECIDE_TERMINATION, D(2024, 6, 11), body=cs.BODY_BOARD,
                         last_day=D(2024, 9, 30))

    def test_linkoping_conditional_termination_to_end(self):
        pending = self.linkoping_pending()
        self.assertIs(pending.state, cs.State.TERMINATION_PENDING)
        self.assertEqual(pending.wanted_last_day, D(2024, 9, 30))
        self.assertIs(pending.last_decision_body, cs.Body.BOARD)
        met = pending.apply(cs.EVENT_CONDITION_MET, D(2024, 6, 24))
        self.assertIs(pending.state, cs.State.TERMINATION_PENDING)  # unchanged
        self.assertEqual(met.state_name, "notice_decided")
        self.assertIsNone(met.last_day)
        sent = met.apply(cs.EVENT_SEND_NOTICE, D(2024, 6, 28))
        self.assertEqual(sent.state_name, "notice_sent")
        received = sent.apply(cs.EVENT_RECEIVE_NOTICE, D(2024, 7, 31))
        self.assertIs(received.state, cs.State.UNDER_NOTICE)
        self.assertEqual(received.last_event_name, "receive_notice")
        self.assertIsNone(cs.Agreement().last_event_name)
        self.assertEqual(received.notice_sent, D(2024, 6, 28))
        self.assertEqual(received.notice_given, D(2024, 7, 31))
        self.assertEqual(received.last_day, D(2024, 9, 30))
        self.assertEqual(received.refund_start, D(2024, 10, 1))
        self.assertIs(received.state_on(D(2024, 9, 30)), cs.State.UNDER_NOTICE)
        self.assertEqual(received.state_name_on(D(2024, 10, 1)), "ended")
        self.assertEqual(received.state_name_on(D(2024, 6, 28)), "notice_sent")
        self.assertIs(received.state_on(D(2018, 11, 18)), cs.State.IN_FORCE)
        ended = received.apply(cs.EVENT_END, D(2024, 10, 1))
        self.assertEqual(ended.state_name, "ended")
        self.assertEqual(ended.allowed_events(), [cs.EventKind.ANNOUNCE])

    def test_notice_received_too_late_for_the_wanted_day_is_refused(self):
        sent = self.linkoping_pending().apply(cs.EVENT_CONDITION_MET, D(2024, 6, 24)).apply(
            cs.EVENT_SEND_NOTICE, D(2024, 7, 30))
        with self.assertRaises(cs.NoticeError):
            sent.apply(cs.EVENT_RECEIVE_NOTICE, D(2024, 8, 1))
        self.assertIs(sent.state, cs.State.NOTICE_SENT)

    def test_announcement_and_finality(self):
        pending = self.linkoping_pending()
        announced = pending.apply(cs.EVENT_ANNOUNCE, D(2024, 6, 18))
        self.assertEqual(announced.appeal_last_day, cs.se_appeal_deadline(D(2024, 6, 18)))
        self.assertFalse(announced.is_final_on(D(2024, 7, 9)))
        self.assertTrue(announced.is_final_on(D(2024, 7, 10)))
        self.assertIs(cs.agreement_marks_on(announced, D(2024, 7, 10)), cs.Mark.FINAL)
        self.assertEqual(cs.agreement_body_name(cs.BODY_COMMITTEE), "COSTSHARE_BODY_COMMITTEE")
        self.assertEqual(cs.Body.COMMITTEE.label, "committee")
        self.assertEqual(cs.agreement_body_name(99), "COSTSHARE_UNKNOWN")

    def test_events_as_structs_and_the_allowed_events(self):
        pending = self.linkoping_pending()
        self.assertIn(cs.EVENT_CONDITION_MET, pending.allowed_events())
        self.assertIn(cs.EVENT_REPEAL, pending.allowed_events())
        self.assertNotIn(cs.EVENT_GIVE_NOTICE, pending.allowed_events())
        self.assertNotIn(cs.EVENT_WITHDRAW, pending.allowed_events())
        ev = cs.Event(kind=cs.EVENT_CONDITION_FAILED, date=D(2024, 8, 15))
        self.assertEqual(pending.apply(ev).state, cs.AGREEMENT_IN_FORCE)
        with self.assertRaises(TypeError):
            pending.apply(ev, D(2024, 8, 15))
        with self.assertRaises(TypeError):
            pending.apply(cs.EVENT_CONDITION_FAILED)

    def test_record_round_trips_as_bytes_and_is_immutable(self):
        met = self.linkoping_pending().apply(cs.EVENT_CONDITION_MET, D(2024, 6, 24)).apply(
            cs.EVENT_GIVE_NOTICE, D(2024, 7, 31))
        data = bytes(met)
        self.assertEqual(len(data), cs.struct_size("costshare_agreement", 2))
        again = cs.Agreement.from_bytes(data)
        self.assertEqual(again, met)
        self.assertEqual(again.last_day, D(2024, 9, 30))
        corrupt = bytearray(data)
        corrupt[4] = 99  # state 99
        with self.assertRaises(cs.InvalidArgumentError):
            cs.Agreement.from_bytes(bytes(corrupt))
        with self.assertRaises(ValueError):
            cs.Agreement.from_bytes(data[:-1])
        reserved = bytearray(data)
        reserved[-1] = 1  # the reserved members must be zero
        with self.assertRaises(cs.InvalidArgumentError):
            cs.Agreement.from_bytes(bytes(reserved))
        # A date the state cannot have: a signature on an empty record.
        empty = cs.Agreement(signed_on=D(2024, 2, 20))
        with self.assertRaises(cs.InvalidArgumentError):
            cs.Agreement.from_bytes(bytes(empty))
        with self.assertRaises(cs.InvalidArgumentError):
            empty.apply(cs.EVENT_PROPOSE, D(2024, 3, 1))
        with self.assertRaises(AttributeError):
            met.state = cs.AGREEMENT_ENDED  # type: ignore[misc]
        changed = dataclasses.replace(met, state=cs.State.EMPTY)  # a new record
        self.assertIs(met.state, cs.State.UNDER_NOTICE)
        self.assertNotEqual(changed, met)
        self.assertIs(cs.agreement_state_on(met, D(2024, 10, 1)), cs.State.ENDED)


def ref_largest_remainder(total, weights):
    """Reference largest remainder (fractions): floors, then one unit each to
    the largest remainders, ties to the larger weight, then the first."""
    w_sum = sum(weights)
    quotas = [fractions.Fraction(abs(total) * w, w_sum) for w in weights]
    floors = [q.numerator // q.denominator for q in quotas]
    left = abs(total) - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - floors[i]), -weights[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [f if total >= 0 else -f for f in floors]


class NestedSplit(unittest.TestCase):
    """split_nested(): a split of a split (docs/domain.md section 6)."""

    def test_finsam_split_of_a_split(self):
        groups, parties = cs.split_nested(1000000, [50, 25, 25], [0, 0, 1, 2, 2, 2, 2, 2],
                                          [1, 1, 1, 70000, 40000, 38000, 44000, 42000])
        self.assertEqual(groups, [500000, 250000, 250000])
        self.assertEqual(parties[3:], ref_largest_remainder(250000, [70000, 40000, 38000,
                                                                     44000, 42000]))
        self.assertEqual(parties[:3], [250000, 250000, 250000])
        with self.assertRaises(cs.NoWeightError):
            cs.split_nested(10, [1, 1], [0, 0], [1, 1])
        with self.assertRaises(ValueError):
            cs.split_nested(10, [1], [0], [1, 2])


class InvoiceRun(unittest.TestCase):
    """The yearly invoice run (DOMAIN.md section 6), the nested split and the
    cost of a post by year."""

    def test_struct_layouts_and_initialisation(self):
        self.assertEqual(ctypes.sizeof(_native.InvoicePlan), 4 * 5 + 4 + 8)  # padding
        self.assertEqual(ctypes.sizeof(_native.InvoiceSegment), 6 * 4 + 2 * 8)
        self.assertEqual(ctypes.sizeof(_native.PostTerms), 4 + 4 + 8 + 7 * 4 + 4)
        plan = cs.invoice_plan_init()
        self.assertEqual((plan.first, plan.last, plan.rule, plan.basis, plan.cost),
                         (None, None, cs.INVOICE_REDISTRIBUTE, cs.BASIS_MONTHS, 0))
        self.assertEqual(plan, cs.InvoicePlan())
        self.assertIs(type(plan.basis), cs.Basis)
        terms = cs.post_terms_init()
        self.assertEqual((terms.base_year, terms.base_month, terms.fte_bp, terms.mode),
                         (0, 1, 10000, cs.RoundMode.HALF_AWAY))
        self.assertEqual(terms, cs.PostTerms())
        for init in (cs.invoice_plan_init, cs.post_terms_init):
            with self.assertRaises(cs.InvalidArgumentError):
                init(99)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            plan.cost = 1  # type: ignore[misc]
        with self.assertRaises(TypeError):
            cs.InvoicePlan(first="2024-01-01")
        with self.assertRaises(OverflowError):
            cs.PostTerms(base_year=2 ** 31)

    def test_ostergotland_2024_all_leave_on_30_september(self):
        plan = cs.InvoicePlan(first=D(2024, 1, 1), last=D(2024, 12, 31), cost=763945)
        to = [D(2024, 9, 30)] * 13
        segs = cs.invoice_segments(plan.first, plan.last, [None] * 13, to)
        self.assertEqual([(s.first, s.last, s.days, s.months, s.members) for s in segs],
                         [(D(2024, 1, 1), D(2024, 9, 30), 274, 9, 13),
                          (D(2024, 10, 1), D(2024, 12, 31), 92, 3, 0)])
        amounts, segs, rows, residual = cs.invoice_period(plan, POP_2017, [None] * 13, to)
        # 763 945 * 9/12 = 572 958.75: the segments 572 959 and 190 986.
        self.assertEqual([s.cost for s in segs], [572959, 190986])
        self.assertEqual(residual, 190986)
        self.assertEqual(amounts, ref_largest_remainder(572959, POP_2017))
        self.assertEqual(amounts[3], 201692)  # Linköping
        self.assertEqual(amounts[10], 4750)  # Ydre
        self.assertEqual(rows, [amounts, [0] * 13])
        invoiced = ref_largest_remainder(763945, POP_2017)
        adjust, due = cs.invoice_adjust(amounts, invoiced, 2024, 12, 10)
        self.assertEqual((adjust[3], adjust[10], sum(adjust)), (-67230, -1583, -190986))
        self.assertEqual(due, D(2024, 12, 10))
        self.assertEqual(cs.invoice_adjust([1], [2], 2016, 12, 10, cs.SE_DEADLINE),
                         ([-1], D(2016, 12, 12)))

    def test_fixed_shares_leave_an_absent_partys_share_to_the_funder(self):
        plan = cs.InvoicePlan(first=D(2024, 1, 1), last=D(2024, 12, 31), cost=763945,
                              rule=cs.INVOICE_FIXED_SHARES)
        to = [None] * 13
        to[4] = D(2024, 6, 30)  # Mjölby leaves at midyear
        amounts, segs, rows, residual = cs.invoice_period(plan, POP_2017, [None] * 13, to)
        self.assertEqual([s.cost for s in segs], [381973, 381972])
        second = ref_largest_remainder(381972, POP_2017)
        self.assertEqual(residual, second[4])
        self.assertEqual(rows[1], second[:4] + [0] + second[5:])
        self.assertEqual(sum(amounts) + residual, 763945)

    def test_mid_month_boundaries_need_days(self):
        plan = cs.InvoicePlan(first=D(2024, 1, 1), last=D(2024, 12, 31), cost=100)
        with self.assertRaises(cs.RangeError):
            cs.invoice_period(plan, [1, 1], [None, None], [D(2024, 6, 15), None])
        plan = dataclasses.replace(plan, basis=cs.BASIS_DAYS)
        amounts, segs, _, residual = cs.invoice_period(plan, [1, 1], [None, None],
                                                       [D(2024, 6, 15), None])
        self.assertEqual([s.days for s in segs], [167, 199])
        self.assertEqual(segs[0].months, cs.INVOICE_NO_MONTHS)
        self.assertEqual((sum(amounts), residual), (100, 0))
        with self.assertRaises(cs.BackwardsError):
            cs.invoice_segments(D(2024, 1, 1), D(2024, 12, 31), [D(2024, 3, 1)],
                                [D(2024, 2, 1)])
        with self.assertRaises(ValueError):
            cs.invoice_period(plan, [1], [None, None], [None, None])

    def test_post_cost_by_year_with_a_revision_and_an_index(self):
        terms = cs.PostTerms(monthly=39500, base_year=2016, oncost_bp=4800)
        self.assertEqual(cs.post_cost_ex(terms, 2016, 1, 12), 701520)
        self.assertEqual(cs.post_cost_ex(terms, 2016, 1, 12), cs.post_cost(39500, 4800, 12))
        terms = dataclasses.replace(terms, revision_month=4, revision_bp=300)
        f = fractions.Fraction
        # 2017: 40 685 until March, round(40 685 * 1.03) = 41 906 from April.
        want = round_half_away((3 * 40685 + 9 * 41906) * f(148, 100))
        self.assertEqual(cs.post_cost_ex(terms, 2017, 1, 12), want)
        want = round_half_away((3 * 40685 + 9 * round_half_away(39500 * f(1061, 1000))) *
                               f(148, 100))
        self.assertEqual(cs.post_cost_ex(terms, 2017, 1, 12, [1000, 1030, 1061]), want)
        with self.assertRaises(cs.RangeError):
            cs.post_cost_ex(terms, 2018, 1, 12, [1000, 1030, 1061])
        with self.assertRaises(cs.BackwardsError):
            cs.post_cost_ex(terms, 2015, 12, 1)


class Group(unittest.TestCase):
    """group.h: the Östergötland agreements as one group, Mjölby's coverage."""

    def agreement_2018(self):
        return cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2018, 11, 18), notice_count=2,
                                    notice_unit=cs.MONTHS)

    def test_condition_state_members_and_memberships(self):
        group = [self.agreement_2018() for _ in range(3)]
        since = D(2024, 2, 26)
        self.assertEqual(cs.group_condition(group, since), (cs.GroupOutcome.PENDING, None))
        days = [D(2024, 6, 11), D(2024, 6, 24), D(2024, 6, 17)]  # assumed
        group = [a.apply(cs.EVENT_DECIDE_TERMINATION, d, last_day=D(2024, 9, 30))
                 for a, d in zip(group, days)]
        self.assertEqual(cs.group_condition(group, since), (cs.GroupOutcome.MET, D(2024, 6, 24)))
        self.assertEqual(cs.group_condition(tuple(group), since)[0], cs.GROUP_MET)
        refused = [group[0].apply(cs.EVENT_REPEAL, D(2024, 6, 25))] + group[1:]
        self.assertEqual(cs.group_condition(refused, since),
                         (cs.GroupOutcome.FAILED, D(2024, 6, 25)))
        group = [a.apply(cs.EVENT_CONDITION_MET, D(2024, 6, 24)).apply(
            cs.EVENT_GIVE_NOTICE, D(2024, 7, 1)) for a in group]
        self.assertIs(cs.group_state_on(group, D(2024, 9, 30)), cs.State.UNDER_NOTICE)
        self.assertIs(cs.group_state_on(group, D(2024, 10, 1)), cs.State.ENDED)
        self.assertIsNone(cs.group_state_on(refused, D(2024, 6, 25)))  # GROUP_MIXED
        self.assertEqual(cs.group_members_on(group, D(2024, 9, 30)), [True] * 3)
        self.assertEqual(cs.group_members_on(group, D(2024, 10, 1)), [False] * 3)
        self.assertEqual(cs.group_memberships(group, D(2024, 1, 1), D(2024, 12, 31)),
                         [(None, D(2024, 9, 30))] * 3)
        self.assertEqual(cs.group_outcome_name(cs.GROUP_MET), "COSTSHARE_GROUP_MET")
        with self.assertRaises(cs.RangeError):
            cs.group_condition([], since)
        with self.assertRaises(TypeError):
            cs.group_state_on([cs.Event()], since)

    def test_mjolby_coverage(self):
        old = cs.Agreement().apply(cs.EVENT_ENTER_FORCE, D(2016, 12, 6), from_=D(2016, 9, 1),
                                   term_end=D(2018, 1, 31)).apply(
            cs.EVENT_REPLACE, D(2018, 11, 18), last_day=D(2018, 1, 31))
        found = cs.group_coverage([old, self.agreement_2018()],
                                  [(D(2016, 9, 1), D(2017, 8, 31)),
                                   (D(2017, 9, 1), D(2018, 2, 28))])
        self.assertEqual(found, [cs.GroupFinding(cs.FindingKind.GAP, 0, D(2018, 2, 1),
                                                 D(2018, 11, 17)),
                                 cs.GroupFinding(cs.FindingKind.UNCOVERED, 1, D(2018, 2, 1),
                                                 D(2018, 2, 28))])
        self.assertEqual(cs.group_finding_name(found[0].kind), "COSTSHARE_GROUP_GAP")
        self.assertIn("GAP", repr(found[0]))
        self.assertEqual(cs.group_coverage([self.agreement_2018()]), [])


if __name__ == "__main__":
    unittest.main()
