"""numpy arrays through the buffer protocol: int64 weights for splits, int32
day numbers for batches, shared with the library without a copy."""

import array
import unittest

try:
    import numpy
except ImportError:
    raise unittest.SkipTest("numpy is not installed")

import costshare as cs

POP_2017 = [5453, 21577, 9882, 158520, 27019, 43549, 133749, 14521, 7421, 7920, 3733,
            11631, 5343]
SHARES_2018 = [9251, 36605, 16764, 268922, 45837, 73879, 226899, 24634, 12589, 13436, 6333,
               19732, 9064]


class Numpy(unittest.TestCase):

    def test_int64_arrays_are_split(self):
        weights = numpy.array(POP_2017, dtype=numpy.int64)
        shares = cs.split(763945, weights)
        self.assertIsInstance(shares, array.array)
        self.assertEqual(numpy.frombuffer(shares, dtype=numpy.int64).tolist(), SHARES_2018)
        self.assertEqual(list(cs.split(763945, weights[::-1])), SHARES_2018[::-1])  # strided
        readonly = weights.copy()
        readonly.flags.writeable = False
        self.assertEqual(list(cs.split(763945, readonly)), SHARES_2018)
        self.assertEqual(list(cs.split_percentages(weights))[7], 323)

    def test_other_dtypes_and_shapes_are_refused(self):
        for bad in (numpy.array(POP_2017, dtype=numpy.int32),
                    numpy.array(POP_2017, dtype=numpy.float64),
                    numpy.array(POP_2017, dtype=numpy.uint64),
                    numpy.array(POP_2017[:12], dtype=numpy.int64).reshape(3, 4)):
            with self.assertRaises(TypeError):
                cs.split(100, bad)

    def test_int32_day_numbers_in_batches(self):
        if "costshare_date_add_batch" not in cs._native.AVAILABLE:
            self.skipTest("the loaded library has no batch functions")
        dates = numpy.array(["2024-07-30", "2024-07-31", "2024-08-01"], dtype="datetime64[D]")
        days = dates.astype(numpy.int32)
        ends = cs.date_add_batch(days, 2, cs.Unit.MONTHS)
        got = numpy.frombuffer(ends, dtype=numpy.int32).astype("datetime64[D]")
        self.assertEqual([str(d) for d in got], ["2024-09-30", "2024-09-30", "2024-10-01"])
        latest = cs.notice_latest_batch(numpy.array([cs.to_day_number(
            __import__("datetime").date(2024, 9, 30))], dtype=numpy.int32), 2)
        self.assertEqual(cs.from_day_number(latest[0]).isoformat(), "2024-07-31")

    def test_datetime64_arrays_in_batches(self):
        if "costshare_date_add_batch" not in cs._native.AVAILABLE:
            self.skipTest("the loaded library has no batch functions")
        dates = numpy.array(["2024-07-30", "2024-07-31", "2024-08-01"], dtype="datetime64[D]")
        ends = cs.notice_end_batch(dates, 2, cs.Unit.MONTHS)
        self.assertEqual(ends.dtype, dates.dtype)
        self.assertEqual([str(d) for d in ends], ["2024-09-30", "2024-09-30", "2024-10-01"])
        latest = cs.notice_latest_batch(numpy.array(["2024-09-30"], dtype="datetime64[D]"), 2)
        self.assertEqual(str(latest[0]), "2024-07-31")
        self.assertEqual(str(cs.refund_start_batch(ends[:1])[0]), "2024-10-01")
        midsummer = numpy.array(["2024-06-21", "2024-06-24"], dtype="datetime64[D]")
        self.assertEqual(cs.se_is_business_day_batch(midsummer).tolist(), [False, True])
        self.assertEqual([str(d) for d in cs.se_deadline_batch(midsummer)],
                         ["2024-06-24", "2024-06-24"])
        with_nat = numpy.array(["2024-01-01", "NaT"], dtype="datetime64[D]")
        with self.assertRaises(cs.RangeError) as caught:
            cs.date_add_batch(with_nat, 1)
        self.assertEqual(caught.exception.index, 1)
        with self.assertRaises(cs.RangeError) as caught:  # beyond 9999-12-31
            cs.date_add_batch(numpy.array(["2024-01-01", "10000-01-01"],
                                          dtype="datetime64[D]"), 1)
        self.assertEqual(caught.exception.index, 1)
        with self.assertRaises(TypeError):
            cs.date_add_batch(dates.astype("datetime64[s]"), 1)


if __name__ == "__main__":
    unittest.main()
