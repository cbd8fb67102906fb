"""costshare-split's spreadsheets read back (unittest, standard library only).

The workbook is opened with zipfile and its sheet XML read with
xml.etree: every number is stored as a number with a Swedish (sv-SE) number
format, the total row's SUM formulas hold the stated total. The CSV output
is read back by the program itself and by Python's csv module. Expected
values come from DOMAIN.md section 1 (the 2018 cost by the 2017
populations, the 2016 residual of +1) and the seed tables in examples/data.

Environment: COSTSHARE_SPLIT (the program), COSTSHARE_WORK_DIR (a directory
for the files written here), COSTSHARE_XLSX (ON if the program was built with
libxlsxwriter).
"""

import csv
import io
import json
import os
import subprocess
import unittest
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PROGRAM = os.environ.get("COSTSHARE_SPLIT", "costshare-split")
WORK = os.environ.get("COSTSHARE_WORK_DIR", ".")
HAVE_XLSX = os.environ.get("COSTSHARE_XLSX", "OFF").upper() in ("ON", "1", "TRUE", "YES")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

# DOMAIN.md section 1: 763 945 by the 2017 populations, largest remainder.
SPLIT_2017 = [("Boxholm", 5453, 9251), ("Finspång", 21577, 36605), ("Kinda", 9882, 16764),
              ("Linköping", 158520, 268922), ("Mjölby", 27019, 45837),
              ("Motala", 43549, 73879), ("Norrköping", 133749, 226899),
              ("Söderköping", 14521, 24634), ("Vadstena", 7421, 12589),
              ("Valdemarsvik", 7920, 13436), ("Ydre", 3733, 6333),
              ("Åtvidaberg", 11631, 19732), ("Ödeshög", 5343, 9064)]
# The printed percentages of 2018, except Söderköping 3.23: they sum to 100.00.
PERCENT_2017 = ["1.21", "4.79", "2.19", "35.20", "6.00", "9.67", "29.70", "3.23", "1.65",
                "1.76", "0.83", "2.58", "1.19"]


def run(*args, check=True):
    proc = subprocess.run([PROGRAM] + list(args), cwd=os.path.join(ROOT, "examples"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and proc.returncode != 0:
        raise AssertionError("%s failed: %s" % (args, proc.stderr.decode("utf-8", "replace")))
    return proc


def column_index(ref):
    letters = "".join(c for c in ref if c.isalpha())
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - ord("A") + 1
    return n - 1


class Workbook:
    """The first sheet of an .xlsx: cells by reference, with their value,
    type, formula and number format code."""

    def __init__(self, path):
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            self.strings = []
            if "xl/sharedStrings.xml" in names:
                sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
                self.strings = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
                                for si in sst.findall("m:si", NS)]
            styles = ET.fromstring(z.read("xl/styles.xml"))
            formats = {int(f.get("numFmtId")): f.get("formatCode")
                       for f in styles.findall("m:numFmts/m:numFmt", NS)}
            self.style_format = [formats.get(int(xf.get("numFmtId", "0")))
                                 for xf in styles.findall("m:cellXfs/m:xf", NS)]
            sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        self.cells = {}
        for c in sheet.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            f = c.find("m:f", NS)
            kind = c.get("t", "n")
            value = v.text if v is not None else None
            if kind == "s":
                value = self.strings[int(value)]
            self.cells[c.get("r")] = {
                "type": kind, "value": value, "formula": f.text if f is not None else None,
                "format": self.style_format[int(c.get("s", "0"))]}

    def number(self, ref):
        cell = self.cells[ref]
        assert cell["type"] == "n", (ref, cell)
        return float(cell["value"])

    def text(self, ref):
        cell = self.cells[ref]
        assert cell["type"] in ("s", "str", "inlineStr"), (ref, cell)
        return cell["value"]


@unittest.skipUnless(HAVE_XLSX, "built without libxlsxwriter")
class WorkbookReadBack(unittest.TestCase):

    def write(self, name, *args):
        path = os.path.join(WORK, name)
        if os.path.exists(path):
            os.remove(path)
        proc = run(*(list(args) + ["--xlsx", path]))
        self.assertTrue(os.path.exists(path))
        return Workbook(path), proc.stdout

    def test_split_2017_numbers_as_numbers_and_sum_equals_the_total(self):
        wb, out = self.write("split_2017.xlsx")
        self.assertIn(b"763 945 split by population", out)  # the text table too
        self.assertEqual([wb.text(c + "1") for c in "ABCD"],
                         ["municipality", "population", "percent", "amount"])
        for i, ((name, pop, amount), pct) in enumerate(zip(SPLIT_2017, PERCENT_2017)):
            row = str(i + 2)
            self.assertEqual(wb.text("A" + row), name)
            self.assertEqual(wb.number("B" + row), pop)
            self.assertEqual(wb.number("C" + row), int(pct.replace(".", "")) / 100)
            self.assertEqual(wb.number("D" + row), amount)
            # Swedish display: sv-SE (41D), thousands grouped, two decimals.
            self.assertEqual(wb.cells["B" + row]["format"], "[$-41D]#,##0")
            self.assertEqual(wb.cells["C" + row]["format"], "[$-41D]0.00")
            self.assertEqual(wb.cells["D" + row]["format"], "[$-41D]#,##0")
        self.assertEqual(wb.text("A15"), "Total")
        self.assertEqual(wb.cells["D15"]["formula"], "SUM(D2:D14)")
        self.assertEqual(wb.number("D15"), 763945)
        self.assertEqual(sum(wb.number("D%d" % r) for r in range(2, 15)), 763945)
        self.assertEqual(wb.cells["B15"]["formula"], "SUM(B2:B14)")
        self.assertEqual(wb.number("B15"), 450318)
        self.assertEqual(wb.cells["C15"]["formula"], "SUM(C2:C14)")
        self.assertEqual(wb.number("C15"), 100)
        self.assertNotIn("A16", wb.cells)

    def test_legacy_2016_states_the_total_and_the_residual(self):
        wb, _ = self.write("legacy_2016.xlsx", "--legacy", "data/ostergotland-2016.csv",
                           "701520", "--format", "json")
        self.assertEqual(wb.number("D7"), 67493)  # Motala as printed in 2016
        self.assertEqual(wb.cells["D15"]["formula"], "SUM(D2:D14)")
        self.assertEqual(wb.number("D15"), 701521)
        self.assertEqual(wb.text("A16"), "Stated total")
        self.assertEqual(wb.number("D16"), 701520)
        self.assertEqual(wb.text("A17"), "Residual")
        self.assertEqual(wb.cells["D17"]["formula"], "D15-D16")
        self.assertEqual(wb.number("D17"), 1)

    def test_audit_2018_exact_amounts_and_deviations(self):
        wb, _ = self.write("audit_2018.xlsx", "--audit", "data/ostergotland-2018.csv")
        self.assertEqual([wb.text(c + "1") for c in "ABCDE"],
                         ["municipality", "population", "published", "exact", "deviation"])
        self.assertEqual(wb.text("A9"), "Söderköping")
        self.assertEqual(wb.number("C9"), 24601)
        self.assertEqual(wb.number("D9"), 24634.25)
        self.assertEqual(wb.number("E9"), -33.25)
        self.assertEqual(wb.cells["D9"]["format"], "[$-41D]#,##0.00")
        self.assertEqual(wb.cells["C15"]["formula"], "SUM(C2:C14)")
        self.assertEqual(wb.number("C15"), 763945)
        self.assertEqual(wb.text("A16"), "Stated total")
        self.assertEqual(wb.number("D16"), 763945)

    def test_codes_with_leading_zeros_stay_text(self):
        path = os.path.join(WORK, "codes.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("kommun;befolkning\n0580;158520\n0581;133749\n")
        wb, _ = self.write("codes.xlsx", path, "100")
        self.assertEqual(wb.text("A2"), "0580")
        self.assertEqual(wb.text("A3"), "0581")
        self.assertEqual(wb.number("D2") + wb.number("D3"), 100)

    def test_a_failed_workbook_leaves_no_file_and_no_output(self):
        path = os.path.join(WORK, "too-large.xlsx")
        proc = run("data/ostergotland-2017.csv", str(2 ** 60), "--xlsx", path, check=False)
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, b"")
        self.assertFalse(os.path.exists(path))


class CsvReadBack(unittest.TestCase):

    def test_excel_csv_reads_back_to_the_same_split(self):
        csv_out = run("--format", "csv").stdout
        self.assertTrue(csv_out.startswith(b"\xef\xbb\xbfmunicipality;population;percent;amount\r\n"))
        path = os.path.join(WORK, "split_2017_excel.csv")
        with open(path, "wb") as f:
            f.write(csv_out)
        again = json.loads(run(path, "763945", "--format", "json").stdout)
        self.assertEqual([(r["name"], r["weight"], r["amount"]) for r in again["rows"]],
                         SPLIT_2017)
        rows = list(csv.reader(io.StringIO(csv_out.decode("utf-8-sig")), delimiter=";"))
        self.assertEqual([r[2] for r in rows[1:]], [p.replace(".", ",") for p in PERCENT_2017])

    def test_rfc4180_csv_is_what_python_reads(self):
        out = run("../tests/data/sheets/quoted_names.csv", "763945", "--csv", "rfc4180").stdout
        rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
        self.assertEqual(rows[4][0], "Linköping; kommun")
        self.assertEqual(rows[7][0], 'Norrköpings "kommun"')
        self.assertEqual(rows[11][0], "Ydre,  kommun ")
        self.assertEqual([int(r[3]) for r in rows[1:]], [a for _, _, a in SPLIT_2017])


class Limits(unittest.TestCase):

    def test_a_file_larger_than_64_mib_is_one_error_line(self):
        path = os.path.join(WORK, "larger-than-64-mib.csv")
        with open(path, "wb") as f:
            f.write(b"municipality,population\n")
            f.truncate(64 * 1024 * 1024 + 1)  # sparse: no 64 MiB written
        try:
            proc = run(path, "100", check=False)
        finally:
            os.remove(path)
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, b"")
        self.assertRegex(proc.stderr.decode(), r"^costshare-split: .*larger-than-64-mib\.csv: "
                                               r"larger than 67108864 bytes\n$")

    def test_a_directory_is_unreadable(self):
        proc = run(WORK, "100", check=False)
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, b"")
        self.assertIn(b": cannot read: ", proc.stderr)


if __name__ == "__main__":
    unittest.main()
