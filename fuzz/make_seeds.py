#!/usr/bin/env python3
"""Writes the seed corpora of fuzz_split, fuzz_notice, fuzz_refund, fuzz_amount
and fuzz_csv (the spreadsheet corpus of tests/data/sheets behind an options byte).

Each seed is a small input in the harness's own encoding (see the harness's
comments) for a documented case: the Östergötland tables, Linköping's notice,
the 2016 term, the 2018 refund terms, the int64 extremes and a few refusals.
The committed files are this script's output; rerun it after changing an
encoding:  python3 fuzz/make_seeds.py
"""
import datetime
import hashlib
import os
import struct

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
EPOCH = datetime.date(1970, 1, 1).toordinal()


def day(y, m, d):
    return datetime.date(y, m, d).toordinal() - EPOCH


def u8(v):
    return struct.pack("<B", v & 0xFF)


def u16(v):
    return struct.pack("<H", v & 0xFFFF)


def u32(v):
    return struct.pack("<I", v & 0xFFFFFFFF)


def i64(v):
    return struct.pack("<q", v)


def near_date(d):
    """fz_date(): the 1985..2110 encoding."""
    return u8(3) + u32(d - 5479)


def write(name, seeds):
    folder = os.path.join(ROOT, name)
    os.makedirs(folder, exist_ok=True)
    for label, data in seeds:
        path = os.path.join(folder, label)
        with open(path, "wb") as f:
            f.write(data)
    print(f"{name}: {len(seeds)} seeds")


POP2017 = [5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521, 7421, 7920, 3733, 11631, 5343]


def split_seeds():
    def header(how, flags, enc, ov, total_bytes, extra=b"", decimals=2):
        return u8(how) + u8(flags) + u8(enc) + u8(ov) + total_bytes + extra + u8(decimals + 2)

    pops4 = b"".join(u32(p) for p in POP2017)
    s = []
    # 763 945 SEK by the 2017 populations (total as 4 bytes, 4-byte weights).
    s.append(("ostergotland_2018", header(1, 0, 2, 0, u32(763945)) + pops4))
    # Round each (legacy) of a credit of -701 521 (special total 7).
    s.append(("round_each_credit", header(0 | 4, 0, 2, 0, u8(7)) + pops4))
    # Exact ties at one half, round each: small weights, and weights so
    # large that the split takes its 128-bit path (special total 3 is 1).
    s.append(("round_each_tie", header(4, 0, 1, 0, u8(3)) + bytes([1, 1, 2])))
    s.append(("round_each_tie_large", header(4, 0, 0, 0, u8(3)) + i64(2**61) + i64(2**61)))
    # INT64_MIN in two equal halves (special total 0, byte weights).
    s.append(("int64_min_halves", header(0, 0, 1, 0, u8(0)) + bytes([1, 1])))
    # INT64_MAX by weights made to sum to exactly INT64_MAX (enc bit 32).
    s.append(("int64_max_weights_sum_max", header(0, 0, 1 | 32, 0, u8(1)) + bytes([5, 7, 0, 9])))
    # Whole kronor: unit 100, total rounded to a multiple (how bit 32).
    s.append(("unit_100", header(2 | (2 << 3) | 32, 0, 2, 0, i64(76394512)) + pops4))
    # Mixed key: a plausible fixed part (flags 4 | 8).
    s.append(("mixed_key", header(2, 4 | 8, 2, 0, i64(1000000), i64(130000)) + pops4))
    # Generated: 5000 parties, weights 3 + (x % 4): many ties.
    s.append(("generated_ties", header(1, 0, 3, 0, u32(123456789)) +
              u32(7) + u8(3) + u16(3) + u16(4999)))
    # Generated: 3000 large weights divided so the sum fits.
    s.append(("generated_large", header(2, 0, 3 | 4 | 8 | 16, 0, i64(2**62 + 12345)) +
              u32(99) + i64(2**60) + i64(2**61) + u16(2999)))
    # costshare_round_scale(64000, 92, 366) and post_cost(39500, 4800 bp, 12).
    s.append(("scale_and_post_cost", header(1, 64, 1, 0, u32(100)) +
              i64(64000) + i64(92) + i64(366) + u8(1) +
              i64(39500) + u32(12) + u8(1) + u8(6) + u32(4800) + bytes([1, 2, 3])))
    # Shares overlapping the weights: refused.
    s.append(("overlap", header(1, 0, 1, 7, u32(1000)) + bytes([1, 2, 3, 4, 5]) + u8(3)))
    # An unknown options version: refused.
    s.append(("bad_version", header(1, 1, 1, 0, u32(1000), u32(2)) + bytes([1, 2, 3])))
    # All weights zero: ENOWEIGHT.
    s.append(("no_weight", header(1, 0, 1, 0, u32(1000)) + bytes([0, 0, 0])))
    # A negative weight (raw int64 weights): ERANGE.
    s.append(("negative_weight", header(1, 0, 0, 0, u32(1000)) + i64(5) + i64(-1)))
    # Weights one more than INT64_MAX: EOVERFLOW.
    s.append(("weights_overflow", header(1, 0, 0, 0, u32(10)) + i64(2**63 - 1) + i64(1)))
    return s


def notice_seeds():
    def notice(d, count, unit, flags):
        return u8(0) + near_date(d) + u8(((count + 1) << 2) | 2) + u8(unit) + u8(flags)

    def term(start, ic, iu, rc, ru, nc, nu, flags, offset):
        return (u8(1) + u8(0) + near_date(start) + u8(((ic + 1) << 2) | 2) + u8(iu) +
                u8(((rc + 1) << 2) | 2) + u8(ru) + u8(((nc + 1) << 2) | 2) + u8(nu) + u8(flags) +
                u16(offset + 400))

    s = [
        ("linkoping_2m", notice(day(2024, 9, 30), 2, 2, 0)),
        ("feb_end_1m", notice(day(2023, 2, 28), 1, 2, 0)),
        ("alingsas_3_calendar_years", notice(day(2023, 5, 26), 3, 3, 1)),
        ("two_months_calendar", notice(day(2024, 4, 13), 2, 2, 1)),
        ("se_deadline_midsummer", notice(day(2024, 8, 21), 2, 2, 2)),
        ("weeks_calendar_se", notice(day(2024, 12, 31), 3, 1, 3)),
        ("days", notice(day(2024, 3, 1), 30, 0, 0)),
        ("negative_count", notice(day(2024, 3, 1), -1, 2, 0)),
        ("unknown_unit", notice(day(2024, 3, 1), 2, 4, 0)),
        ("unknown_flag", notice(day(2024, 3, 1), 2, 2, 0x84)),
        ("date_edge_max", u8(0) + u8(1) + u8(6) + u8(((1 + 1) << 2) | 2) + u8(3) + u8(1)),
        ("term_2016_in_time", term(day(2016, 9, 1), 17, 2, 1, 3, 3, 2, 0,
                                   day(2017, 10, 31) - day(2016, 9, 1))),
        ("term_2016_too_late", term(day(2016, 9, 1), 17, 2, 1, 3, 3, 2, 0,
                                    day(2017, 11, 1) - day(2016, 9, 1))),
        ("term_monthly_se", term(day(2018, 1, 31), 1, 2, 1, 2, 1, 2, 2, 400)),
        ("term_no_renewal", term(day(2020, 1, 1), 2, 3, 0, 2, 6, 2, 1, 300)),
    ]
    return s


def refund_seeds():
    def boundary_near(d):
        return near_date(d) + u8(0)  # byte 0: taken as is

    def prorate(amount, pf, pl, frm, to, basis, mode):
        return (u8(0) + i64(amount) + boundary_near(pf) + u8(basis) + u8(mode) + u8(1 | 2 | 4) +
                boundary_near(pl) + boundary_near(frm) + boundary_near(to))

    def terms(termination, tbasis, vacancy, vcount, vunit, vbasis, mode):
        return (u8(0) + u8(termination) + u8(tbasis) + u8(vacancy) + u8(vcount + 1) + u8(vunit) +
                u8(vbasis) + u8(mode))

    def refunds(amount, t, pf, pl, a, b):
        return (u8(1) + i64(amount) + t + u8(1 | 4 | 16) + boundary_near(pf) + boundary_near(pl) +
                boundary_near(a) + boundary_near(b))

    def small(d, y, m, dd, flags):
        return u8(2) + near_date(d) + u8(y - 1985) + u8(0) + u8(m + 1) + u8(dd + 1) + u8(flags)

    y24 = (day(2024, 1, 1), day(2024, 12, 31))
    t2018 = terms(1, 1, 2, 1, 2, 0, 0)
    t2016 = terms(0, 0, 1, 0, 2, 0, 0)
    return [
        ("prorate_months_16000", prorate(64000, *y24, day(2024, 10, 1), day(2024, 12, 31), 1, 0)),
        ("prorate_days_16087", prorate(64000, *y24, day(2024, 10, 1), day(2024, 12, 31), 0, 0)),
        ("prorate_credit_floor", prorate(-763945, *y24, day(2024, 3, 15), day(2024, 6, 2), 0, 2)),
        ("prorate_int64_min", prorate(-2**63, *y24, day(2024, 2, 1), day(2024, 2, 29), 0, 1)),
        ("prorate_not_month_bounds", prorate(64000, *y24, day(2024, 10, 2), day(2024, 12, 31),
                                             1, 0)),
        ("termination_2018", refunds(64000, t2018, *y24, day(2024, 9, 30), day(2024, 9, 30))),
        ("termination_2018_mid_month", refunds(64000, t2018, *y24, day(2024, 9, 15),
                                               day(2024, 9, 15))),
        ("vacancy_2018_exactly_one_month", refunds(64000, t2018, day(2019, 1, 1),
                                                   day(2019, 12, 31), day(2019, 3, 15),
                                                   day(2019, 4, 14))),
        ("vacancy_2018_longer", refunds(64000, t2018, day(2019, 1, 1), day(2019, 12, 31),
                                        day(2019, 3, 15), day(2019, 4, 15))),
        ("vacancy_2016_any", refunds(701520, t2016, day(2016, 9, 1), day(2017, 8, 31),
                                     day(2017, 2, 1), day(2017, 2, 10))),
        ("refund_start_and_invoice_due", small(day(2024, 9, 15), 2016, 12, 10, 0)),
        ("invoice_due_se_saturday", small(day(2024, 9, 30), 2016, 12, 10, 2)),
        ("invoice_due_last_of_february", small(day(2024, 1, 31), 2023, 2, 31, 0)),
        ("invoice_due_bad_flag", small(day(2024, 1, 31), 2023, 2, 31, 1)),
    ]


def invoice_seeds():
    """fuzz_invoice: the Östergötland 2024 case (segments, the invoice under
    both rules, the refunds), FINSAM's nested split and the 2016 coordinator
    with a 3 % revision from April."""
    def weight(v):  # pick_weight(): a population
        return u8(1) + u32(v)

    def amount(v):  # pick_amount(): raw int64
        return u8(1) + i64(v)

    def plan(first, days, parties, weights=None, align=True):
        out = u8(4 if align else 0) + u32(first - day(2000, 1, 1)) + u16(days) + u8(len(parties))
        for k, (frm, to) in enumerate(parties):
            for d, is_to in ((frm, False), (to, True)):
                out += u8(0) if d is None else u8(3) + u16(d - first + 60)
            if weights is not None:
                out += weight(weights[k])
        return out

    sep30 = day(2024, 9, 30)
    leave = [(None, sep30)] * 13
    s = [
        ("nested_finsam", u8(0) + u8(0) + u8(3) + u8(8) + amount(1000000) + weight(50) +
         weight(25) + weight(25) + b"".join(u8(g) + weight(w) for g, w in zip(
             [0, 0, 1, 2, 2, 2, 2, 2], [1, 1, 1, 70000, 40000, 38000, 44000, 42000]))),
        ("nested_2018_key", u8(0) + u8(0) + u8(1) + u8(13) + amount(763945) + weight(1) +
         b"".join(u8(0) + weight(w) for w in POP2017)),
        ("segments_2024", u8(1) + plan(day(2024, 1, 1), 365, leave) + u8(10)),
        ("segments_query", u8(1) + plan(day(2024, 1, 1), 365, leave) + u8(0)),
        ("period_2024_redistribute", u8(2) + plan(day(2024, 1, 1), 365, leave, POP2017) +
         u8(8 | 32) + amount(763945)),
        ("period_2024_fixed_days", u8(2) + plan(day(2024, 1, 1), 365, [(None, day(2024, 6, 15))] +
                                                [(None, None)] * 12, POP2017, align=False) +
         u8(2 | 32) + amount(763945)),
        ("adjust_2024", u8(3) + u8(13) + u16(2024) + u8(12) + u8(10) + u8(0) +
         b"".join(u8(0) + u32(a + 1000000) + u8(0) + u32(b + 1000000) for a, b in zip(
             [6938, 27453, 12573, 201692, 34377, 55409, 170175, 18476, 9442, 10077, 4750,
              14799, 6798],
             [9251, 36605, 16764, 268922, 45837, 73879, 226899, 24634, 12589, 13436, 6333,
              19732, 9064]))),
        ("post_2017_revision", u8(4) + u8(0) + u8(0) + u32(0) + u32(39500) + u8(0) + u32(26) +
         u8(0) + u32(0) + u8(0) + u32(4) + u8(0) + u32(10300) + u8(0) + u32(4800) + u8(0) +
         u32(0) + u8(0) + u32(10000) + u8(14) + u8(12)),
    ]
    return s


def amount_seeds():
    def text(t, d, g, m, f, mode=0):
        return u8(mode) + u8(d) + u8(g) + u8(m) + u8(f) + t.encode("utf-8")

    def value(v, d, g, m, f, mode=1):
        return u8(mode) + u8(d) + u8(g) + u8(m) + u8(f) + i64(v)
    return [
        ("swedish_1052280_50_kr", text("1 052 280,50 kr", 2, 1, 1, 1)),
        ("nbsp_5453_lenient", text("5\u00a0453", 0, 4, 2, 7)),
        ("nnbsp_158520", text("158\u202f520", 0, 3, 1, 0)),
        ("minus_sign_33_25", text("\u221233,25", 2, 4, 2, 0)),
        ("tkr_376", text("376 tkr", 0, 0, 0, 2)),
        ("percent_1_21", text("1,21 %", 2, 1, 1, 4)),
        ("int64_max_plus_one", text("9223372036854775808", 0, 0, 0, 0)),
        ("int64_min", text("-9 223 372 036 854 775 808", 0, 1, 0, 0)),
        ("too_many_decimals", text("12,345", 2, 1, 1, 1)),
        ("bad_grouping", text("10 52 280", 0, 1, 1, 0)),
        ("bad_decimals_option", text("5", 0xFF, 0, 0, 0, 0x80)),
        ("format_int64_min_worst", value(-2**63, 0, 3, 1, 2 | 8)),
        ("format_int64_max_18_decimals", value(2**63 - 1, 18, 0, 0, 0)),
        ("format_105228050_swedish", value(105228050, 2, 1, 1, 1)),
        ("format_two_suffixes", value(5, 0, 0, 0, 3)),
    ]


def csv_seeds():
    sheets = os.path.join(os.path.dirname(ROOT), "..", "tests", "data", "sheets")
    seeds = []
    for sub in ("", "bad"):
        folder = os.path.join(sheets, sub)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                data = f.read()
            # options byte: separator detected, encoding detected, comments on
            seeds.append((os.path.splitext(name)[0], u8(0x10) + data))
    # the same Windows-1252 file with the encoding and separator given
    with open(os.path.join(sheets, "excel_cp1252.csv"), "rb") as f:
        seeds.append(("excel_cp1252_given", u8(0x10 | (2 << 2) | 1) + f.read()))
    return seeds


if __name__ == "__main__":
    write("split", split_seeds())
    write("notice", notice_seeds())
    write("refund", refund_seeds())
    write("invoice", invoice_seeds())
    write("amount", amount_seeds())
    write("csv", csv_seeds())
