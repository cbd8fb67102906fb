/*
 * libFuzzer harness for costshare/date.h and costshare/calendar_se.h
 * (scripts/fuzz.sh). The input is taken as date text for
 * costshare_date_parse() and, read as integers, as dates, counts and units.
 * Checks the documented invariants; any violation aborts:
 * - parse/format round trip; a refused parse writes nothing;
 * - costshare_date_add() stays in range and round-trips through
 *   to_ymd/from_ymd; weeks keep the weekday; months and years follow
 *   Lag (1930:173) 1 § (the same day number, or the end month's last day),
 *   checked against an independent year/month computation;
 * - month/year first and last days, days_between, weekday, leap years and
 *   month lengths agree with each other and with a civil-calendar formula;
 * - Swedish calendar: add/between business days are inverses, the deadline
 *   is the first business day on or after the day, day_kind/holiday/
 *   is_business_day agree, holiday_date and Easter give days of that kind;
 * - kommunallagen's deadlines: the last day to appeal is the deadline
 *   (Lag (1930:173) 2 §) of the day three weeks after the announcement;
 *   the day to decide on a motion is one year later by 1 § (the same day
 *   number, or the month's last day), never moved; out of range both are
 *   refused and write nothing;
 * - the batch functions agree with their single calls on every element
 *   (fuzz_batch.h).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_batch.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int32_t read_i32(const uint8_t *data, size_t size, size_t at) {
    uint32_t v = 0;
    size_t i;
    for (i = 0; i < 4; i++) {
        v = (v << 8) | (at + i < size ? data[at + i] : 0u);
    }
    return (int32_t)v;
}

#define check(cond) FZ_CHECK(cond)

#define UNTOUCHED ((int32_t)0x5A5A5A5A)

/* The answer of a one-output call that must succeed. */
static int32_t answer(int rc, int32_t out) {
    check(rc == COSTSHARE_OK && out != UNTOUCHED);
    return out;
}

static int32_t weekday(costshare_date date) {
    int32_t out = UNTOUCHED;
    return answer(costshare_date_weekday(date, &out), out);
}

static int32_t day_kind(costshare_date date) {
    int32_t out = UNTOUCHED;
    return answer(costshare_se_day_kind(date, &out), out);
}

static int32_t holiday(costshare_date date) {
    int32_t out = UNTOUCHED;
    return answer(costshare_se_holiday(date, &out), out);
}

static int32_t is_business_day(costshare_date date) {
    int32_t out = UNTOUCHED;
    return answer(costshare_se_is_business_day(date, &out), out);
}

/* The batch functions against their single calls (fuzz_batch.h). */
struct add_args {
    int32_t count, unit;
};

static int add_single(const void *args, costshare_date in, int32_t *out) {
    const struct add_args *a = args;
    return costshare_date_add(in, a->count, a->unit, out);
}

static int add_batch(const void *args, const costshare_date *in, size_t n, int32_t *out,
                     size_t *bad) {
    const struct add_args *a = args;
    return costshare_date_add_batch(in, n, a->count, a->unit, out, bad);
}

static int business_single(const void *args, costshare_date in, int32_t *out) {
    (void)args;
    return costshare_se_is_business_day(in, out);
}

static int business_batch(const void *args, const costshare_date *in, size_t n, int32_t *out,
                          size_t *bad) {
    (void)args;
    return costshare_se_is_business_day_batch(in, n, out, bad);
}

static int deadline_single(const void *args, costshare_date in, int32_t *out) {
    (void)args;
    return costshare_se_deadline(in, out);
}

static int deadline_batch(const void *args, const costshare_date *in, size_t n, int32_t *out,
                          size_t *bad) {
    (void)args;
    return costshare_se_deadline_batch(in, n, out, bad);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    costshare_date d = 0x5A5A5A5A, e = 0x5A5A5A5A, back = 0;
    char text[COSTSHARE_DATE_TEXT_SIZE];
    int32_t count, unit, n = 0;
    int rc;

    /* parse: only OK, EPARSE or ERANGE; OK round-trips through format */
    rc = costshare_date_parse((const char *)data, size, &d);
    check(rc == COSTSHARE_OK || rc == COSTSHARE_EPARSE || rc == COSTSHARE_ERANGE);
    if (rc == COSTSHARE_OK) {
        check(size == 10);
        check(costshare_date_format(d, text, sizeof text) == COSTSHARE_OK);
        check(memcmp(text, data, 10) == 0);
    } else {
        check(d == 0x5A5A5A5A);
    }

    /* arithmetic on arbitrary integers */
    d = read_i32(data, size, 0);
    count = read_i32(data, size, 4);
    unit = read_i32(data, size, 8) & 7; /* 0..3 valid, 4..7 not */
    rc = costshare_date_add(d, count, unit, &e);
    if (rc == COSTSHARE_OK) {
        int32_t y, m, day;
        check(e >= COSTSHARE_DATE_MIN && e <= COSTSHARE_DATE_MAX);
        check(costshare_date_to_ymd(e, &y, &m, &day) == COSTSHARE_OK);
        check(costshare_date_from_ymd(y, m, day, &back) == COSTSHARE_OK && back == e);
        if (unit == COSTSHARE_WEEKS) {
            check(weekday(e) == weekday(d));
        }
    } else {
        check(e == 0x5A5A5A5A);
    }

    /* Lag (1930:173) 1 §, independently: months and years move the year and
     * month and keep the day number, clamped to the end month's length. */
    if ((unit == COSTSHARE_MONTHS || unit == COSTSHARE_YEARS) && d >= COSTSHARE_DATE_MIN &&
        d <= COSTSHARE_DATE_MAX) {
        int32_t y, m, day, dim;
        int64_t months;
        costshare_date want = 0;
        check(costshare_date_to_ymd(d, &y, &m, &day) == COSTSHARE_OK);
        months =
            (int64_t)y * 12 + (m - 1) + (int64_t)count * (unit == COSTSHARE_YEARS ? 12 : 1);
        if (months < 12 || months >= (int64_t)12 * 10000) {
            check(rc == COSTSHARE_ERANGE && e == 0x5A5A5A5A);
        } else {
            dim = UNTOUCHED;
            check(costshare_date_days_in_month((int32_t)(months / 12),
                                               (int32_t)(months % 12) + 1,
                                               &dim) == COSTSHARE_OK);
            check(dim >= 28 && dim <= 31);
            check(costshare_date_from_ymd((int32_t)(months / 12), (int32_t)(months % 12) + 1,
                                          day < dim ? day : dim, &want) == COSTSHARE_OK);
            check(rc == COSTSHARE_OK && e == want);
        }
    }
    if (unit == COSTSHARE_DAYS && d >= COSTSHARE_DATE_MIN && d <= COSTSHARE_DATE_MAX) {
        int64_t want = (int64_t)d + count;
        check(want >= COSTSHARE_DATE_MIN && want <= COSTSHARE_DATE_MAX
                  ? rc == COSTSHARE_OK && e == want
                  : rc == COSTSHARE_ERANGE);
    }

    /* Period boundaries, weekday, leap years. */
    {
        costshare_date mf = 0x5A5A5A5A, ml = 0x5A5A5A5A, yf = 0x5A5A5A5A, yl = 0x5A5A5A5A;
        int32_t y, m, day, between = 0x5A5A5A5A, n2 = 0;
        int ok = d >= COSTSHARE_DATE_MIN && d <= COSTSHARE_DATE_MAX;
        int r1 = costshare_date_month_first(d, &mf), r2 = costshare_date_month_last(d, &ml);
        int r3 = costshare_date_year_first(d, &yf), r4 = costshare_date_year_last(d, &yl);
        int32_t wd = UNTOUCHED;
        int r6 = costshare_date_weekday(d, &wd);
        int r5 = costshare_date_days_between(d, e, &between);
        check(costshare_date_weekday(d, NULL) == COSTSHARE_EINVAL);
        if (!ok) {
            check(r1 == COSTSHARE_ERANGE && r2 == COSTSHARE_ERANGE && r3 == COSTSHARE_ERANGE &&
                  r4 == COSTSHARE_ERANGE && r6 == COSTSHARE_ERANGE && r5 == COSTSHARE_ERANGE);
            check(mf == 0x5A5A5A5A && ml == 0x5A5A5A5A && yf == 0x5A5A5A5A &&
                  yl == 0x5A5A5A5A && between == 0x5A5A5A5A && wd == UNTOUCHED);
        } else {
            int32_t leap = UNTOUCHED, dim = UNTOUCHED;
            check(r1 == 0 && r2 == 0 && r3 == 0 && r4 == 0 && r6 == 0);
            check(costshare_date_to_ymd(d, &y, &m, &day) == COSTSHARE_OK);
            check(costshare_date_is_leap_year(y, &leap) == COSTSHARE_OK);
            check(leap == ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
            check(costshare_date_days_in_month(y, m, &dim) == COSTSHARE_OK);
            check(ml - mf + 1 == dim && mf == d - (day - 1));
            check(yl - yf + 1 == 365 + leap && yf <= mf && ml <= yl);
            check(costshare_date_to_ymd(yf, &n2, &m, &day) == 0 && n2 == y && m == 1 &&
                  day == 1);
            /* 1970-01-01 (day 0) was a Thursday: ISO weekday 4. */
            check(wd == (int32_t)((((int64_t)d + 3) % 7 + 7) % 7) + 1);
            if (e >= COSTSHARE_DATE_MIN && e <= COSTSHARE_DATE_MAX) {
                check(r5 == COSTSHARE_OK && between == e - d);
            } else {
                check(r5 == COSTSHARE_ERANGE && between == 0x5A5A5A5A);
            }
        }
    }

    /* Swedish calendar: add/between are inverses, deadline is a business day */
    if (d >= COSTSHARE_SE_DATE_MIN && d <= COSTSHARE_DATE_MAX) {
        costshare_date dl;
        count %= 100000; /* keep each run short */
        rc = costshare_se_add_business_days(d, count, &e);
        if (rc == COSTSHARE_OK) {
            check(costshare_se_business_days_between(d, e, &n) == COSTSHARE_OK && n == count);
        } else {
            check(rc == COSTSHARE_ERANGE);
        }
        if (costshare_se_deadline(d, &dl) == COSTSHARE_OK) {
            check(is_business_day(dl) == 1 && dl >= d && dl - d <= 5);
        } else {
            check(d == COSTSHARE_DATE_MAX);
        }
        {
            int32_t kind = day_kind(d), hol = holiday(d);
            int32_t bd = is_business_day(d), wd = weekday(d);
            int32_t year;
            costshare_date hd, easter;
            check(kind >= 0 && kind <= COSTSHARE_SE_SATURDAY);
            check(hol >= 0 && hol <= COSTSHARE_SE_SUNDAY);
            check(bd == (kind == COSTSHARE_SE_NONE));
            check(hol == 0 || kind == hol); /* a public holiday outranks an eve */
            check(wd != 7 || hol != 0);     /* every Sunday is a public holiday */
            check(wd != 6 || kind != 0);    /* no Saturday is a business day */
            if (hol != 0 && hol != COSTSHARE_SE_SUNDAY) {
                check(costshare_date_to_ymd(d, &year, NULL, NULL) == COSTSHARE_OK);
                check(costshare_se_holiday_date(year, hol, &hd) == COSTSHARE_OK && hd == d);
            }
            if (kind >= COSTSHARE_SE_MIDSUMMER_EVE && kind <= COSTSHARE_SE_NEW_YEARS_EVE) {
                check(costshare_date_to_ymd(d, &year, NULL, NULL) == COSTSHARE_OK);
                check(costshare_se_holiday_date(year, kind, &hd) == COSTSHARE_OK && hd == d);
            }
            check(costshare_se_holiday_name(kind, COSTSHARE_LANG_SV) != NULL);
            check(costshare_se_holiday_name(hol, COSTSHARE_LANG_EN) != NULL);
            /* Easter Day is a Sunday, 22 March to 25 April. */
            check(costshare_date_to_ymd(d, &year, NULL, NULL) == COSTSHARE_OK);
            check(costshare_se_easter(year, &easter) == COSTSHARE_OK);
            check(weekday(easter) == 7 && holiday(easter) == COSTSHARE_SE_EASTER_DAY);
            /* The deadline is the FIRST business day on or after d. */
            if (costshare_se_deadline(d, &dl) == COSTSHARE_OK) {
                costshare_date x;
                for (x = d; x < dl; x++) {
                    check(is_business_day(x) == 0);
                }
            }
        }
    } else {
        /* outside 1990-01-01 .. 9999-12-31: refused, nothing written */
        int32_t kind = UNTOUCHED, hol = UNTOUCHED, bd = UNTOUCHED;
        check(costshare_se_day_kind(d, &kind) == COSTSHARE_ERANGE && kind == UNTOUCHED);
        check(costshare_se_holiday(d, &hol) == COSTSHARE_ERANGE && hol == UNTOUCHED);
        check(costshare_se_is_business_day(d, &bd) == COSTSHARE_ERANGE && bd == UNTOUCHED);
    }
    /* Kommunallagen's deadlines, for every integer. */
    {
        costshare_date appeal = UNTOUCHED, motion = UNTOUCHED, three_weeks, dl;
        int ra = costshare_se_appeal_deadline(d, &appeal);
        int rm = costshare_se_motion_deadline(d, &motion);
        check(costshare_se_appeal_deadline(d, NULL) == COSTSHARE_EINVAL);
        check(costshare_se_motion_deadline(d, NULL) == COSTSHARE_EINVAL);
        if (d >= COSTSHARE_SE_DATE_MIN && d <= COSTSHARE_DATE_MAX - 21 &&
            costshare_se_deadline(d + 21, &dl) == COSTSHARE_OK) {
            three_weeks = d + 21; /* the same weekday, three weeks later */
            check(ra == COSTSHARE_OK && appeal == dl && appeal >= three_weeks);
            check(weekday(three_weeks) == weekday(d));
        } else {
            check(ra == COSTSHARE_ERANGE && appeal == UNTOUCHED);
        }
        if (d >= COSTSHARE_SE_DATE_MIN && d <= COSTSHARE_DATE_MAX) {
            int32_t y, m, day, y2, m2, day2, dim;
            check(costshare_date_to_ymd(d, &y, &m, &day) == COSTSHARE_OK);
            if (y < 9999) {
                check(rm == COSTSHARE_OK);
                check(costshare_date_to_ymd(motion, &y2, &m2, &day2) == COSTSHARE_OK);
                check(costshare_date_days_in_month(y + 1, m, &dim) == COSTSHARE_OK);
                check(y2 == y + 1 && m2 == m && day2 == (day <= dim ? day : dim));
            } else {
                check(rm == COSTSHARE_ERANGE && motion == UNTOUCHED);
            }
        } else {
            check(rm == COSTSHARE_ERANGE && motion == UNTOUCHED);
        }
    }
    check(costshare_se_day_kind(d, NULL) == COSTSHARE_EINVAL);
    check(costshare_se_holiday(d, NULL) == COSTSHARE_EINVAL);
    check(costshare_se_is_business_day(d, NULL) == COSTSHARE_EINVAL);
    /* holiday_date for arbitrary years and constants. */
    {
        int32_t year = read_i32(data, size, 12), which = read_i32(data, size, 16);
        costshare_date hd = 0x5A5A5A5A;
        int r = costshare_se_holiday_date(year % 10000, which % 24, &hd);
        if (r == COSTSHARE_OK) {
            int32_t y2;
            int32_t k = day_kind(hd);
            check(costshare_date_to_ymd(hd, &y2, NULL, NULL) == COSTSHARE_OK &&
                  y2 == year % 10000);
            check(k == which % 24 || holiday(hd) == which % 24 ||
                  /* two holidays on one day: the fixed-date one is named */
                  (which % 24 == COSTSHARE_SE_ASCENSION_DAY && k == COSTSHARE_SE_MAY_DAY) ||
                  (which % 24 == COSTSHARE_SE_WHITSUNDAY && k == COSTSHARE_SE_NATIONAL_DAY) ||
                  /* an eve on a Sunday is a Sunday */
                  (which % 24 >= COSTSHARE_SE_MIDSUMMER_EVE && k == COSTSHARE_SE_SUNDAY));
        } else {
            check(hd == 0x5A5A5A5A && (r == COSTSHARE_EINVAL || r == COSTSHARE_ERANGE));
        }
    }
    /* leap years and month lengths for arbitrary years and months */
    {
        int32_t year = read_i32(data, size, 12), month = read_i32(data, size, 16);
        int32_t leap = UNTOUCHED, dim = UNTOUCHED;
        int year_ok = year >= 1 && year <= 9999, month_ok = month >= 1 && month <= 12;
        int r1 = costshare_date_is_leap_year(year, &leap);
        int r2 = costshare_date_days_in_month(year, month, &dim);
        check(costshare_date_is_leap_year(year, NULL) == COSTSHARE_EINVAL);
        check(costshare_date_days_in_month(year, month, NULL) == COSTSHARE_EINVAL);
        if (year_ok) {
            check(r1 == COSTSHARE_OK &&
                  leap == ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0));
        } else {
            check(r1 == COSTSHARE_ERANGE && leap == UNTOUCHED);
        }
        if (year_ok && month_ok) {
            costshare_date first = 0, next = 0;
            check(r2 == COSTSHARE_OK && dim >= 28 && dim <= 31);
            /* the month's length is the distance to the next month's first day */
            check(costshare_date_from_ymd(year, month, 1, &first) == COSTSHARE_OK);
            check(costshare_date_add(first, 1, COSTSHARE_MONTHS, &next) != COSTSHARE_OK ||
                  next - first == dim);
        } else {
            check(r2 == COSTSHARE_ERANGE && dim == UNTOUCHED);
        }
    }
    /* Batches of dates from the rest of the input, with this count and unit. */
    if (size > 20) {
        fz_input in = {data + 20, size - 20};
        struct add_args a;
        a.count = count;
        a.unit = unit;
        fz_check_batch(&in, add_single, add_batch, &a);
        fz_check_batch(&in, business_single, business_batch, NULL);
        fz_check_batch(&in, deadline_single, deadline_batch, NULL);
    }
    return 0;
}
