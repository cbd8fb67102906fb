#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

/* Reference: a plain leap-year rule and month lengths, written independently. */
static int ref_leap(int32_t y) {
    if (y % 400 == 0) {
        return 1;
    }
    if (y % 100 == 0) {
        return 0;
    }
    return y % 4 == 0;
}

static int32_t ref_dim(int32_t y, int32_t m) {
    static const int32_t len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return len[m - 1] + (m == 2 ? ref_leap(y) : 0);
}

static costshare_date ymd(int32_t y, int32_t m, int32_t d) {
    costshare_date out = 0;
    assert_int_equal(costshare_date_from_ymd(y, m, d, &out), COSTSHARE_OK);
    return out;
}

static void range_constants_are_the_ends_of_the_calendar(void **state) {
    (void)state;
    assert_int_equal(ymd(1970, 1, 1), 0);
    assert_int_equal(ymd(1, 1, 1), COSTSHARE_DATE_MIN);
    assert_int_equal(ymd(9999, 12, 31), COSTSHARE_DATE_MAX);
    assert_int_equal(ymd(2000, 3, 1), 11017);
}

/* Walk every day of the calendar with a running (y, m, d) and weekday counter
 * and check from_ymd, to_ymd, weekday, format and parse against them. */
static void every_day_round_trips(void **state) {
    int32_t y = 1, m = 1, d = 1;
    int wd = 1; /* 0001-01-01 was a Monday (proleptic Gregorian) */
    costshare_date date;
    (void)state;
    for (date = COSTSHARE_DATE_MIN; date <= COSTSHARE_DATE_MAX; date++) {
        int32_t yy = 0, mm = 0, dd = 0;
        costshare_date back = 0;
        char text[11];
        assert_int_equal(costshare_date_from_ymd(y, m, d, &back), COSTSHARE_OK);
        assert_int_equal(back, date);
        assert_int_equal(costshare_date_to_ymd(date, &yy, &mm, &dd), COSTSHARE_OK);
        if (yy != y || mm != m || dd != d) {
            fail_msg("day %d gave %d-%d-%d, expected %d-%d-%d", (int)date, (int)yy, (int)mm,
                     (int)dd, (int)y, (int)m, (int)d);
        }
        assert_int_equal(costshare_date_weekday(date), wd);
        assert_int_equal(costshare_date_format(date, text, sizeof text), COSTSHARE_OK);
        assert_int_equal(costshare_date_parse(text, 10, &back), COSTSHARE_OK);
        assert_int_equal(back, date);
        /* advance the reference */
        wd = wd == 7 ? 1 : wd + 1;
        if (++d > ref_dim(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    assert_int_equal(y, 10000);
}

static void domain_month_and_year_examples(void **state) {
    costshare_date out = 0;
    (void)state;
    assert_int_equal(costshare_date_add(ymd(2024, 7, 31), 2, COSTSHARE_MONTHS, &out), 0);
    assert_int_equal(out, ymd(2024, 9, 30));
    assert_int_equal(costshare_date_add(ymd(2024, 2, 29), 1, COSTSHARE_YEARS, &out), 0);
    assert_int_equal(out, ymd(2025, 2, 28));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(range_constants_are_the_ends_of_the_calendar),
        cmocka_unit_test(every_day_round_trips),
        cmocka_unit_test(domain_month_and_year_examples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
