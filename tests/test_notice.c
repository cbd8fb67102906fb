#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL ((costshare_date)0x5A5A5A5A)

/* ---- an independent reference for the notice period ------------------- */

static int32_t ref_dim(int32_t y, int32_t m) {
    static const int32_t len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return len[m - 1] + (m == 2 ? leap : 0);
}

/* (y, m) moved by n months; day clamped to the month's length (1930:173 1 §). */
static costshare_date ref_add_months(costshare_date date, int32_t n, int clamp_to_last) {
    int32_t y, m, d, idx;
    assert_int_equal(costshare_date_to_ymd(date, &y, &m, &d), COSTSHARE_OK);
    idx = y * 12 + (m - 1) + n;
    y = idx / 12;
    m = idx % 12 + 1;
    if (clamp_to_last || d > ref_dim(y, m)) {
        d = ref_dim(y, m);
    }
    return ymd(y, m, d);
}

/* ISO weekday from the fact that 2024-01-01 was a Monday. */
static int ref_weekday(costshare_date date) {
    int64_t diff = (int64_t)date - ymd(2024, 1, 1);
    return (int)(((diff % 7) + 7) % 7) + 1;
}

static costshare_date ref_end(costshare_date given, int32_t n, int32_t unit, uint32_t flags) {
    int32_t y, m, d;
    int cal = (flags & COSTSHARE_CALENDAR_PERIODS) != 0;
    if ((flags & COSTSHARE_CALENDAR_COUNT_CURRENT) != 0 && n > 0) {
        n--; /* the current period is the first of the n */
    }
    switch (unit) {
    case COSTSHARE_DAYS:
        return given + n;
    case COSTSHARE_WEEKS:
        return cal ? given + (7 - ref_weekday(given)) + 7 * n : given + 7 * n;
    case COSTSHARE_MONTHS:
        return ref_add_months(given, n, cal);
    default:
        if (!cal) {
            return ref_add_months(given, 12 * n, 0);
        }
        assert_int_equal(costshare_date_to_ymd(given, &y, &m, &d), COSTSHARE_OK);
        return ymd(y + n, 12, 31);
    }
}

static costshare_date end_of(costshare_date given, int32_t n, int32_t unit, uint32_t flags) {
    costshare_date out = SENTINEL;
    assert_int_equal(costshare_notice_end(given, n, unit, flags, &out), COSTSHARE_OK);
    return out;
}

static costshare_date latest_of(costshare_date last, int32_t n, int32_t unit, uint32_t flags) {
    costshare_date out = SENTINEL;
    assert_int_equal(costshare_notice_latest(last, n, unit, flags, &out), COSTSHARE_OK);
    return out;
}

/* ---- notice periods (docs/notice-refund.md) ----------------------------- */

static void plain_notice_ends_on_the_corresponding_day(void **state) {
    (void)state;
    /* "two months' notice" given on D ends on D + 2 months (1930:173 1 §). */
    assert_int_equal(end_of(ymd(2024, 7, 31), 2, COSTSHARE_MONTHS, 0), ymd(2024, 9, 30));
    assert_int_equal(end_of(ymd(2024, 7, 30), 2, COSTSHARE_MONTHS, 0), ymd(2024, 9, 30));
    assert_int_equal(end_of(ymd(2024, 8, 1), 2, COSTSHARE_MONTHS, 0), ymd(2024, 10, 1));
    assert_int_equal(end_of(ymd(2024, 2, 29), 1, COSTSHARE_YEARS, 0), ymd(2025, 2, 28));
    assert_int_equal(end_of(ymd(2023, 5, 26), 3, COSTSHARE_YEARS, 0), ymd(2026, 5, 26));
    /* 2024-05-22 is a Wednesday: two weeks later is a Wednesday too. */
    assert_int_equal(end_of(ymd(2024, 5, 22), 2, COSTSHARE_WEEKS, 0), ymd(2024, 6, 5));
    assert_int_equal(end_of(ymd(2024, 5, 22), 10, COSTSHARE_DAYS, 0), ymd(2024, 6, 1));
    assert_int_equal(end_of(ymd(2024, 5, 22), 0, COSTSHARE_MONTHS, 0), ymd(2024, 5, 22));
}

static void calendar_periods_end_at_a_period_end(void **state) {
    (void)state;
    /* Alingsås: three calendar years from 2023-05-26. */
    assert_int_equal(end_of(ymd(2023, 5, 26), 3, COSTSHARE_YEARS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2026, 12, 31));
    /* Two months counted from the next month end, given 2024-04-13. */
    assert_int_equal(end_of(ymd(2024, 4, 13), 2, COSTSHARE_MONTHS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 6, 30));
    /* Count 0: the end of the current period. */
    assert_int_equal(end_of(ymd(2024, 4, 13), 0, COSTSHARE_MONTHS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 4, 30));
    assert_int_equal(end_of(ymd(2024, 4, 13), 0, COSTSHARE_YEARS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 12, 31));
    /* ISO weeks: Wednesday 2024-05-22 is in the week ending Sunday 05-26. */
    assert_int_equal(end_of(ymd(2024, 5, 22), 0, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 5, 26));
    assert_int_equal(end_of(ymd(2024, 5, 22), 2, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 6, 9));
    assert_int_equal(end_of(ymd(2024, 5, 26), 1, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 6, 2));
    assert_int_equal(end_of(ymd(2024, 5, 27), 1, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 6, 9));
    /* Days: a calendar period of days is a day. */
    assert_int_equal(end_of(ymd(2024, 5, 22), 3, COSTSHARE_DAYS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 5, 25));
    /* February of a leap year. */
    assert_int_equal(end_of(ymd(2023, 12, 31), 2, COSTSHARE_MONTHS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(2024, 2, 29));
}

static void latest_notice_day_is_exact_for_linkoping(void **state) {
    (void)state;
    /* 07-30 and 07-31 both end on 09-30; 08-01 ends on 10-01. */
    assert_int_equal(latest_of(ymd(2024, 9, 30), 2, COSTSHARE_MONTHS, 0), ymd(2024, 7, 31));
    /* Every day from 01-28 to 01-31 ends on 2023-02-28. */
    assert_int_equal(latest_of(ymd(2023, 2, 28), 1, COSTSHARE_MONTHS, 0), ymd(2023, 1, 31));
    assert_int_equal(latest_of(ymd(2024, 2, 29), 1, COSTSHARE_MONTHS, 0), ymd(2024, 1, 31));
    assert_int_equal(latest_of(ymd(2024, 2, 28), 1, COSTSHARE_MONTHS, 0), ymd(2024, 1, 28));
    /* Not a month end: plain subtraction, clamped. 04-30 + 2 months = 06-30,
     * but 2024-06-29 can only be reached from 04-29. */
    assert_int_equal(latest_of(ymd(2024, 6, 29), 2, COSTSHARE_MONTHS, 0), ymd(2024, 4, 29));
    /* 2024-04-29 and 04-30 with 2 months: no day ends on 04-29/04-30 from
     * February 2023 other than the clamped last day. */
    assert_int_equal(latest_of(ymd(2023, 4, 30), 2, COSTSHARE_MONTHS, 0), ymd(2023, 2, 28));
    assert_int_equal(latest_of(ymd(2023, 4, 29), 2, COSTSHARE_MONTHS, 0), ymd(2023, 2, 28));
    /* Leap day: 2024-02-29 + 1 year = 2025-02-28. */
    assert_int_equal(latest_of(ymd(2025, 2, 28), 1, COSTSHARE_YEARS, 0), ymd(2024, 2, 29));
    assert_int_equal(latest_of(ymd(2026, 5, 26), 3, COSTSHARE_YEARS, 0), ymd(2023, 5, 26));
    assert_int_equal(latest_of(ymd(2024, 6, 5), 2, COSTSHARE_WEEKS, 0), ymd(2024, 5, 22));
    assert_int_equal(latest_of(ymd(2024, 6, 5), 3, COSTSHARE_DAYS, 0), ymd(2024, 6, 2));
}

static void latest_notice_day_with_calendar_periods(void **state) {
    const uint32_t cal = COSTSHARE_CALENDAR_PERIODS;
    (void)state;
    /* Alingsås: to leave by 2026-12-31 notice is due by 2023-12-31. */
    assert_int_equal(latest_of(ymd(2026, 12, 31), 3, COSTSHARE_YEARS, cal), ymd(2023, 12, 31));
    /* A last day that is not a year end: only the previous year end works. */
    assert_int_equal(latest_of(ymd(2026, 12, 30), 3, COSTSHARE_YEARS, cal), ymd(2022, 12, 31));
    assert_int_equal(latest_of(ymd(2024, 6, 30), 2, COSTSHARE_MONTHS, cal), ymd(2024, 4, 30));
    assert_int_equal(latest_of(ymd(2024, 6, 29), 2, COSTSHARE_MONTHS, cal), ymd(2024, 3, 31));
    assert_int_equal(latest_of(ymd(2024, 4, 30), 2, COSTSHARE_MONTHS, cal), ymd(2024, 2, 29));
    assert_int_equal(latest_of(ymd(2024, 6, 9), 2, COSTSHARE_WEEKS, cal), ymd(2024, 5, 26));
    assert_int_equal(latest_of(ymd(2024, 6, 8), 2, COSTSHARE_WEEKS, cal), ymd(2024, 5, 19));
    assert_int_equal(latest_of(ymd(2024, 6, 8), 0, COSTSHARE_WEEKS, cal), ymd(2024, 6, 2));
}

static void se_deadline_moves_the_latest_notice_day(void **state) {
    const uint32_t se = COSTSHARE_SE_DEADLINE;
    (void)state;
    /* Linköping: 2024-07-31 is a Wednesday, a business day: unchanged. */
    assert_int_equal(latest_of(ymd(2024, 9, 30), 2, COSTSHARE_MONTHS, se), ymd(2024, 7, 31));
    /* Last day 2024-08-31: the latest notice day is Sunday 2024-06-30, so
     * notice may still be given on Monday 2024-07-01 (1930:173 2 §), although
     * counted from 07-01 two months would end on 09-01. */
    assert_int_equal(latest_of(ymd(2024, 8, 31), 2, COSTSHARE_MONTHS, 0), ymd(2024, 6, 30));
    assert_int_equal(latest_of(ymd(2024, 8, 31), 2, COSTSHARE_MONTHS, se), ymd(2024, 7, 1));
    assert_int_equal(end_of(ymd(2024, 7, 1), 2, COSTSHARE_MONTHS, 0), ymd(2024, 9, 1));
    /* Midsummer Eve 2024-06-21 -> Monday 06-24. */
    assert_int_equal(latest_of(ymd(2024, 8, 21), 2, COSTSHARE_MONTHS, se), ymd(2024, 6, 24));
    /* Christmas Eve 2024 (Tuesday) -> Friday 12-27. */
    assert_int_equal(latest_of(ymd(2025, 2, 24), 2, COSTSHARE_MONTHS, se), ymd(2024, 12, 27));
    /* With calendar periods: the latest day 2023-12-31 is New Year's Eve, a
     * Sunday; 2024-01-01 is a holiday; 2024-01-02 is the next weekday. */
    assert_int_equal(
        latest_of(ymd(2026, 12, 31), 3, COSTSHARE_YEARS, se | COSTSHARE_CALENDAR_PERIODS),
        ymd(2024, 1, 2));
}

/* ---- brute force: the inverse is exact --------------------------------- */

/* For every last day L from 1999 to 2031, every unit, several counts and
 * both counting methods: notice_end agrees with the reference, and
 * notice_latest(L) is the greatest G with end(G) <= L (end(G + 1) > L).
 * One pass per configuration: G advances monotonically as L does. */
static void latest_is_the_greatest_day_ending_in_time(void **state) {
    static const int32_t counts[] = {0, 1, 2, 3, 12, 24};
    const costshare_date first_l = ymd(1999, 1, 1), last_l = ymd(2031, 12, 31);
    const costshare_date first_g = ymd(1960, 1, 1);
    int32_t unit;
    size_t c;
    uint32_t flags;
    (void)state;
    for (flags = 0; flags <= COSTSHARE_CALENDAR_PERIODS; flags++) {
        for (unit = COSTSHARE_DAYS; unit <= COSTSHARE_YEARS; unit++) {
            for (c = 0; c < sizeof counts / sizeof counts[0]; c++) {
                int32_t n = counts[c];
                costshare_date g = first_g, l;
                costshare_date end_g = end_of(g, n, unit, flags);
                costshare_date end_next = end_of(g + 1, n, unit, flags);
                assert_int_equal(end_g, ref_end(g, n, unit, flags));
                assert_true(end_g <= first_l);
                for (l = first_l; l <= last_l; l++) {
                    while (end_next <= l) {
                        g++;
                        end_g = end_next;
                        end_next = end_of(g + 1, n, unit, flags);
                        if (end_next != ref_end(g + 1, n, unit, flags)) {
                            fail_msg("end differs: unit %d count %d flags %u day %d", (int)unit,
                                     (int)n, (unsigned)flags, (int)g + 1);
                        }
                        assert_true(end_next >= end_g); /* monotone */
                    }
                    if (latest_of(l, n, unit, flags) != g) {
                        fail_msg("latest(%d) unit %d count %d flags %u: want %d", (int)l,
                                 (int)unit, (int)n, (unsigned)flags, (int)g);
                    }
                    assert_true(end_g <= l && end_next > l);
                }
            }
        }
    }
}

/* With 2 §: the result is the first business day on or after the plain
 * answer G, checked day by day with costshare_se_is_business_day(). */
static void se_latest_is_the_next_business_day_after_the_plain_one(void **state) {
    const costshare_date first_l = ymd(1999, 1, 1), last_l = ymd(2031, 12, 31);
    static const int32_t units[] = {COSTSHARE_DAYS, COSTSHARE_WEEKS, COSTSHARE_MONTHS,
                                    COSTSHARE_YEARS};
    size_t u;
    uint32_t flags;
    costshare_date l;
    (void)state;
    for (flags = 0; flags <= COSTSHARE_CALENDAR_PERIODS; flags++) {
        for (u = 0; u < 4; u++) {
            for (l = first_l; l <= last_l; l++) {
                costshare_date g = latest_of(l, 2, units[u], flags);
                costshare_date moved = latest_of(l, 2, units[u], flags | COSTSHARE_SE_DEADLINE);
                costshare_date d;
                int32_t business = -1;
                assert_true(moved >= g && moved - g <= 5);
                for (d = g; d < moved; d++) {
                    assert_int_equal(costshare_se_is_business_day(d, &business), COSTSHARE_OK);
                    assert_int_equal(business, 0);
                }
                assert_int_equal(costshare_se_is_business_day(moved, &business), COSTSHARE_OK);
                assert_int_equal(business, 1);
            }
        }
    }
}

/* "Tre kalenderår" read as counting the year of notice as the first
 * (COSTSHARE_CALENDAR_COUNT_CURRENT): Alingsås 2023-05-26 ends on 2025-12-31
 * instead of 2026-12-31; n periods end where n - 1 whole periods after the
 * current one end, 0 at the end of the current period. */
static void the_period_of_notice_may_count_as_the_first(void **state) {
    const uint32_t cal = COSTSHARE_CALENDAR_PERIODS,
                   both = COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT;
    costshare_date out = SENTINEL;
    (void)state;
    assert_int_equal(end_of(ymd(2023, 5, 26), 3, COSTSHARE_YEARS, cal), ymd(2026, 12, 31));
    assert_int_equal(end_of(ymd(2023, 5, 26), 3, COSTSHARE_YEARS, both), ymd(2025, 12, 31));
    assert_int_equal(end_of(ymd(2023, 1, 1), 1, COSTSHARE_YEARS, both), ymd(2023, 12, 31));
    assert_int_equal(end_of(ymd(2023, 5, 26), 0, COSTSHARE_YEARS, both), ymd(2023, 12, 31));
    assert_int_equal(end_of(ymd(2024, 4, 13), 2, COSTSHARE_MONTHS, both), ymd(2024, 5, 31));
    /* Wednesday 2024-05-22: its own week and the next end on Sunday 06-02 */
    assert_int_equal(end_of(ymd(2024, 5, 22), 2, COSTSHARE_WEEKS, both), ymd(2024, 6, 2));
    /* days: the day of notice is the first of three */
    assert_int_equal(end_of(ymd(2024, 5, 22), 3, COSTSHARE_DAYS, both), ymd(2024, 5, 24));
    /* The inverse: the latest notice day for 2025-12-31 is in 2023 */
    assert_int_equal(latest_of(ymd(2025, 12, 31), 3, COSTSHARE_YEARS, both), ymd(2023, 12, 31));
    assert_int_equal(latest_of(ymd(2026, 12, 30), 3, COSTSHARE_YEARS, both), ymd(2023, 12, 31));
    assert_int_equal(latest_of(ymd(2025, 12, 31), 3, COSTSHARE_YEARS, cal), ymd(2022, 12, 31));
    /* with 2 §: 2023-12-31 is New Year's Eve and a Sunday -> 2024-01-02 */
    assert_int_equal(
        latest_of(ymd(2025, 12, 31), 3, COSTSHARE_YEARS, both | COSTSHARE_SE_DEADLINE),
        ymd(2024, 1, 2));
    /* Only as a reading of calendar periods. */
    assert_int_equal(costshare_notice_end(ymd(2023, 5, 26), 3, COSTSHARE_YEARS,
                                          COSTSHARE_CALENDAR_COUNT_CURRENT, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(
        costshare_notice_latest(ymd(2025, 12, 31), 3, COSTSHARE_YEARS,
                                COSTSHARE_CALENDAR_COUNT_CURRENT | COSTSHARE_SE_DEADLINE, &out),
        COSTSHARE_EINVAL);
    assert_int_equal(out, SENTINEL);
}

/* The same exactness as above for the reading that counts the current
 * period, over four years of wanted days. */
static void latest_with_the_current_period_is_exact(void **state) {
    static const int32_t counts[] = {0, 1, 2, 3};
    const uint32_t flags = COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT;
    const costshare_date first_l = ymd(2020, 1, 1), last_l = ymd(2023, 12, 31);
    int32_t unit;
    size_t c;
    (void)state;
    for (unit = COSTSHARE_DAYS; unit <= COSTSHARE_YEARS; unit++) {
        for (c = 0; c < sizeof counts / sizeof counts[0]; c++) {
            costshare_date l;
            for (l = first_l; l <= last_l; l++) {
                costshare_date g = latest_of(l, counts[c], unit, flags);
                assert_int_equal(end_of(g, counts[c], unit, flags),
                                 ref_end(g, counts[c], unit, flags));
                assert_true(end_of(g, counts[c], unit, flags) <= l);
                assert_true(end_of(g + 1, counts[c], unit, flags) > l);
            }
        }
    }
}

/* ---- range ends and errors ---------------------------------------------- */

static void range_ends(void **state) {
    costshare_date out = SENTINEL;
    (void)state;
    /* No day from 0001-01-01 on ends by 0001-01-15 with a month's notice. */
    assert_int_equal(costshare_notice_latest(ymd(1, 1, 15), 1, COSTSHARE_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);
    assert_int_equal(latest_of(ymd(1, 2, 28), 1, COSTSHARE_MONTHS, 0), ymd(1, 1, 31));
    assert_int_equal(latest_of(ymd(1, 1, 31), 30, COSTSHARE_DAYS, 0), ymd(1, 1, 1));
    assert_int_equal(costshare_notice_latest(ymd(1, 1, 31), 31, COSTSHARE_DAYS, 0, &out),
                     COSTSHARE_ERANGE);
    /* 0001-01-01 was a Monday: the first ISO week ends on 0001-01-07. */
    assert_int_equal(latest_of(ymd(1, 1, 7), 0, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS),
                     ymd(1, 1, 7));
    assert_int_equal(costshare_notice_latest(ymd(1, 1, 6), 0, COSTSHARE_WEEKS,
                                             COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_latest(ymd(1, 12, 30), 0, COSTSHARE_YEARS,
                                             COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_latest(ymd(1, 1, 31), 0, COSTSHARE_MONTHS,
                                             COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_OK);
    assert_int_equal(out, ymd(1, 1, 31));
    out = SENTINEL;
    /* The top: 9999-12-01 + 1 month is after 9999-12-31. */
    assert_int_equal(latest_of(COSTSHARE_DATE_MAX, 1, COSTSHARE_MONTHS, 0), ymd(9999, 11, 30));
    assert_int_equal(latest_of(COSTSHARE_DATE_MAX, 0, COSTSHARE_DAYS, 0), COSTSHARE_DATE_MAX);
    assert_int_equal(latest_of(COSTSHARE_DATE_MAX, 0, COSTSHARE_MONTHS, 0), COSTSHARE_DATE_MAX);
    assert_int_equal(latest_of(COSTSHARE_DATE_MAX, 1, COSTSHARE_YEARS, 0), ymd(9998, 12, 31));
    assert_int_equal(costshare_notice_end(ymd(9999, 12, 1), 1, COSTSHARE_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    /* Whole calendar months and years past 9999-12-31. */
    assert_int_equal(costshare_notice_end(ymd(9999, 12, 15), 1, COSTSHARE_MONTHS,
                                          COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_end(ymd(2024, 5, 15), 7976, COSTSHARE_YEARS,
                                          COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(
        end_of(ymd(2024, 5, 15), 7975, COSTSHARE_YEARS, COSTSHARE_CALENDAR_PERIODS),
        COSTSHARE_DATE_MAX);
    /* 9999-12-31 is a Friday: its ISO week ends in year 10000. */
    assert_int_equal(costshare_notice_end(COSTSHARE_DATE_MAX, 0, COSTSHARE_WEEKS,
                                          COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_end(ymd(2024, 1, 1), INT32_MAX, COSTSHARE_YEARS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);
    assert_int_equal(latest_of(ymd(2024, 1, 1), 0, COSTSHARE_DAYS, 0), ymd(2024, 1, 1));
    /* 2 § needs the Swedish calendar, which starts on 1990-01-01. */
    /* (The latest day for 1990-02-28 is 1989-12-31.) */
    assert_int_equal(costshare_notice_latest(ymd(1990, 2, 28), 2, COSTSHARE_MONTHS,
                                             COSTSHARE_SE_DEADLINE, &out),
                     COSTSHARE_ERANGE);
    /* 9999-12-31 is New Year's Eve: no weekday follows it in range. */
    assert_int_equal(costshare_notice_latest(COSTSHARE_DATE_MAX, 0, COSTSHARE_DAYS,
                                             COSTSHARE_SE_DEADLINE, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);
}

static void refused_calls_leave_the_output_untouched(void **state) {
    costshare_date out = SENTINEL;
    const costshare_date d = ymd(2024, 7, 31);
    (void)state;
    assert_int_equal(costshare_notice_end(d, 2, COSTSHARE_MONTHS, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, 2, 4, 0, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, 2, -1, 0, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, 2, COSTSHARE_MONTHS, COSTSHARE_SE_DEADLINE, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, 2, COSTSHARE_MONTHS, 4u, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, 2, COSTSHARE_MONTHS, 0x80000000u, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_end(d, -1, COSTSHARE_MONTHS, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_end(d, INT32_MIN, COSTSHARE_DAYS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_end(COSTSHARE_DATE_MIN - 1, 0, COSTSHARE_DAYS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_end(COSTSHARE_DATE_MAX + 1, 0, COSTSHARE_DAYS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);

    assert_int_equal(costshare_notice_latest(d, 2, COSTSHARE_MONTHS, 0, NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_latest(d, 2, 7, 0, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_latest(d, 2, COSTSHARE_MONTHS, 4u, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_notice_latest(d, -2, COSTSHARE_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_notice_latest(COSTSHARE_DATE_MAX + 1, 2, COSTSHARE_MONTHS, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_notice_latest(INT32_MIN, 2, COSTSHARE_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_notice_ends_on_the_corresponding_day),
        cmocka_unit_test(calendar_periods_end_at_a_period_end),
        cmocka_unit_test(latest_notice_day_is_exact_for_linkoping),
        cmocka_unit_test(latest_notice_day_with_calendar_periods),
        cmocka_unit_test(se_deadline_moves_the_latest_notice_day),
        cmocka_unit_test(latest_is_the_greatest_day_ending_in_time),
        cmocka_unit_test(se_latest_is_the_next_business_day_after_the_plain_one),
        cmocka_unit_test(the_period_of_notice_may_count_as_the_first),
        cmocka_unit_test(latest_with_the_current_period_is_exact),
        cmocka_unit_test(range_ends),
        cmocka_unit_test(refused_calls_leave_the_output_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
