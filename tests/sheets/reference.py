#!/usr/bin/env python3
"""Writes the expected JSON of costshare-split for the spreadsheet corpus
(tests/expected/sheets/*.json) from an independent reference: Python's csv
module reads the files, fractions.Fraction does the arithmetic, and the
methods (largest remainder, each share rounded half up, half to even, down)
are written here from their definitions in DOMAIN.md section 1, sharing no
code with the C program or the library.

Rerun after changing a file of the corpus:  python3 tests/sheets/reference.py
"""
import csv
import io
import os
from fractions import Fraction

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "expected", "sheets")
SPACES = (" ", "\u00a0", "\u202f")


def read(path, encoding="utf-8", delimiter=","):
    """The records of a file, without comment lines, an Excel sep= line or
    empty records."""
    with open(os.path.join(ROOT, path), encoding=encoding, newline="") as f:
        text = f.read()
    text = text.lstrip("\ufeff")
    lines = [l for l in io.StringIO(text, newline="").read().splitlines(True)]
    if lines and lines[0].startswith("sep="):
        lines = lines[1:]
    lines = [l for l in lines if not l.lstrip().startswith("#")]
    rows = [r for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
    return rows


def number(text):
    """A spreadsheet number as a Fraction: spaces, kr, tkr, %, decimal comma."""
    t = text.strip()
    for suffix in ("tkr", "kr", "%"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    for s in SPACES:
        t = t.replace(s, "")
    return Fraction(t.replace(",", ".").replace("\u2212", "-"))


def decimals_of(text):
    t = text.strip().replace(",", ".")
    digits = t.split(".")[1] if "." in t else ""
    return len([c for c in digits if c.isdigit()])


def round_half_away(q):
    n = abs(q.numerator) * 2 + q.denominator
    r = n // (2 * q.denominator)
    return r if q >= 0 else -r


def round_half_even(q):
    f = q.numerator // q.denominator
    rest = q - f
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and f % 2 == 1):
        return f + 1
    return f


def floor(q):
    return q.numerator // q.denominator


def largest_remainder(total, weights):
    """Hamilton: floors, then one unit each to the largest remainders; ties
    to the larger weight, then the lower index (DOMAIN.md section 1)."""
    w = sum(weights)
    quotas = [Fraction(total * x, w) for x in weights]
    shares = [floor(q) for q in quotas]
    left = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - shares[i]), -weights[i], i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def dec(q, places):
    """A Fraction that is a whole number of 10^-places, as text."""
    scaled = q * 10 ** places
    assert scaled.denominator == 1, q
    n = scaled.numerator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if places == 0:
        return sign + str(n)
    return "%s%d.%0*d" % (sign, n // 10 ** places, places, n % 10 ** places)


def js(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def split_json(rows, total, legacy=False):
    names = [r[0] for r in rows]
    weights = [int(number(r[1])) for r in rows]
    w = sum(weights)
    if legacy:
        amounts = [round_half_away(Fraction(total * x, w)) for x in weights]
    else:
        amounts = largest_remainder(total, weights)
    percents = largest_remainder(10000, weights)  # hundredths of a percent, summing to 100.00
    items = ['{"name": %s, "weight": %d, "percent": "%s", "amount": %d}'
             % (js(n), x, dec(Fraction(p, 100), 2), a)
             for n, x, p, a in zip(names, weights, percents, amounts)]
    return '{"total": %d, "residual": %d, "rows": [%s]}\n' % (
        total, sum(amounts) - total, ", ".join(items))


def audit_json(header, rows, column, total=None, percent=None, unit=1):
    """unit: kronor per unit of the column (1000 for tkr); total in kronor."""
    ni = 0
    wi = 1
    ci = header.index(column)
    names = [r[ni] for r in rows]
    weights = [int(number(r[wi])) for r in rows]
    published = [number(r[ci]) for r in rows]
    pd = max(decimals_of(r[ci]) for r in rows)
    step = Fraction(1, 10 ** pd)
    w = sum(weights)
    column_sum = sum(published)
    t = Fraction(total, unit) if total is not None else column_sum
    quota = [t * x / w for x in weights]
    exact = [Fraction(round_half_away(q * 100), 100) for q in quota]
    dev = [p - e for p, e in zip(published, exact)]
    method = "none"
    candidates = [
        ("largest-remainder", [s * step for s in largest_remainder(floor(t / step), weights)]),
        ("round-half-up", [round_half_away(q / step) * step for q in quota]),
        ("round-half-even", [round_half_even(q / step) * step for q in quota]),
        ("floor", [floor(q / step) * step for q in quota]),
    ]
    for name, shares in candidates:
        if shares == published:
            method = name
            break
    worst = None
    for i, d in enumerate(dev):
        if d != 0 and (worst is None or abs(d) > abs(dev[worst])):
            worst = i
    if worst is None:
        max_dev = "null"
    else:
        max_dev = '{"name": %s, "value": "%s"}' % (js(names[worst]), dec(dev[worst], 2))
    if percent is None:
        pct = "null"
    else:
        pi = header.index(percent)
        pdec = max(decimals_of(r[pi]) for r in rows)
        pct = '"%s"' % dec(sum(number(r[pi]) for r in rows), pdec)
    total_text = t
    places = pd
    while (total_text * 10 ** places).denominator != 1:
        places += 1
    items = ['{"name": %s, "weight": %d, "published": %s, "exact": "%s", "deviation": "%s"}'
             % (js(n), x, dec(p, pd), dec(e, 2), dec(d, 2))
             for n, x, p, e, d in zip(names, weights, published, exact, dev)]
    return ('{"total": %s, "column_sum": %s, "method": "%s", "max_deviation": %s, '
            '"percent_sum": %s, "rows": [%s]}\n'
            % (dec(t, places), dec(column_sum, pd), method, max_dev, pct, ", ".join(items)))


def split_csv(rows, total, dialect):
    """The split as CSV: "excel" (';', a byte order mark, decimal comma) or
    "rfc4180" (','), CRLF, written by Python's csv module."""
    weights = [int(number(r[1])) for r in rows]
    amounts = largest_remainder(total, weights)
    percents = largest_remainder(10000, weights)
    out = io.StringIO()
    sep = ";" if dialect == "excel" else ","
    w = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    w.writerow(["municipality", "population", "percent", "amount"])
    for r, x, p, a in zip(rows, weights, percents, amounts):
        pct = dec(Fraction(p, 100), 2)
        w.writerow([r[0], x, pct.replace(".", ",") if dialect == "excel" else pct, a])
    return ("\ufeff" if dialect == "excel" else "") + out.getvalue()


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print("wrote", name)


def main():
    os.makedirs(OUT, exist_ok=True)
    seed17 = read("examples/data/ostergotland-2017.csv")
    write("split_2017.json", split_json(seed17[1:], 763945))
    quoted = read("tests/data/sheets/quoted_names.csv", delimiter=";")
    write("split_quoted_names.json", split_json(quoted[1:], 763945))
    seed16 = read("examples/data/ostergotland-2016.csv")
    write("split_2017_excel.csv", split_csv(seed17[1:], 763945, "excel"))
    write("split_quoted_names_rfc4180.csv", split_csv(quoted[1:], 763945, "rfc4180"))
    write("split_legacy_2016.json", split_json(seed16[1:], 701520, legacy=True))
    seed18 = read("examples/data/ostergotland-2018.csv")
    write("audit_2018.json", audit_json(seed18[0], seed18[1:], "cost_2018", None, "percent"))
    for column, total in (("half_year", 350760), ("year", 701520),
                          ("one_and_half_year", 1052280)):
        write("audit_2016_%s.json" % column,
              audit_json(seed16[0], seed16[1:], column, total, "share"))
    tkr = read("tests/data/sheets/audit_2018_tkr.csv")
    write("audit_2018_tkr.json", audit_json(tkr[0], tkr[1:], "kostnad_tkr", 763945, None, 1000))
    for name in ("audit_half_even", "audit_floor"):
        rows = read("tests/data/sheets/%s.csv" % name, delimiter=";")
        write("%s.json" % name, audit_json(rows[0], rows[1:], rows[0][-1], 10, None))


if __name__ == "__main__":
    main()
