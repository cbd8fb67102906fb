/* Tests for include/costshare/date.h. Expected values come from docs/domain.md
 * section 2, Lag (1930:173) 1 §, and reference computations written here
 * independently of lib/ (running counters, naive month stepping, snprintf). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL_DATE ((costshare_date)0x5A5A5A5A)
#define SENTINEL_I32 ((int32_t)0x3C3C3C3C)

/* ---- independent references ---- */

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

/* Sakamoto's weekday method, converted to ISO (1 = Monday). */
static int ref_weekday(int32_t y, int32_t m, int32_t d) {
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int w;
    if (m < 3) {
        y -= 1;
    }
    w = (int)((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7); /* 0 = Sunday */
    return w == 0 ? 7 : w;
}

/* Naive month addition: step one month at a time, then clamp the day (1 §). */
static int ref_add_months(int32_t y, int32_t m, int32_t d, int32_t months, int32_t *oy,
                          int32_t *om, int32_t *od) {
    int32_t dim;
    while (months > 0) {
        if (++m > 12) {
            m = 1;
            y++;
        }
        months--;
    }
    while (months < 0) {
        if (--m < 1) {
            m = 12;
            y--;
        }
        months++;
    }
    if (y < 1 || y > 9999) {
        return 0;
    }
    dim = ref_dim(y, m);
    *oy = y;
    *om = m;
    *od = d < dim ? d : dim;
    return 1;
}

/* Fixed-seed PRNG (xorshift64*) for property tests. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint32_t rnd(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Du) >> 32);
}
static int32_t rnd_range(int32_t lo, int32_t hi) {
    return lo + (int32_t)(rnd() % (uint32_t)(hi - lo + 1));
}
static costshare_date rnd_date(void) {
    return rnd_range(COSTSHARE_DATE_MIN, COSTSHARE_DATE_MAX);
}

/* The answers of calls that must succeed (cheap enough for every day). */
static int32_t weekday(costshare_date date) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_date_weekday(date, &out), COSTSHARE_OK);
    return out;
}

static int32_t is_leap(int32_t year) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_date_is_leap_year(year, &out), COSTSHARE_OK);
    return out;
}

static int32_t days_in_month(int32_t year, int32_t month) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_date_days_in_month(year, month, &out), COSTSHARE_OK);
    return out;
}

static costshare_date add(costshare_date date, int32_t count, int32_t unit) {
    costshare_date out = SENTINEL_DATE;
    assert_int_equal(costshare_date_add(date, count, unit, &out), COSTSHARE_OK);
    return out;
}

static void assert_add_refused(costshare_date date, int32_t count, int32_t unit, int code) {
    costshare_date out = SENTINEL_DATE;
    assert_int_equal(costshare_date_add(date, count, unit, &out), code);
    assert_int_equal(out, SENTINEL_DATE);
}

/* ---- range and constants ---- */

static void range_constants_are_the_ends_of_the_calendar(void **state) {
    (void)state;
    assert_int_equal(ymd(1970, 1, 1), 0);
    assert_int_equal(ymd(1, 1, 1), COSTSHARE_DATE_MIN);
    assert_int_equal(ymd(9999, 12, 31), COSTSHARE_DATE_MAX);
    assert_int_equal(ymd(2000, 3, 1), 11017);
    assert_int_equal(ymd(1969, 12, 31), -1);
    assert_int_equal(COSTSHARE_DATE_TEXT_SIZE, 11);
    assert_int_equal(COSTSHARE_DAYS, 0);
    assert_int_equal(COSTSHARE_WEEKS, 1);
    assert_int_equal(COSTSHARE_MONTHS, 2);
    assert_int_equal(COSTSHARE_YEARS, 3);
}

/* Walk every day of the calendar with a running (y, m, d) and weekday counter
 * and check every date function against them. */
static void every_day_agrees_with_running_reference(void **state) {
    int32_t y = 1, m = 1, d = 1;
    int wd = 1; /* 0001-01-01 was a Monday (proleptic Gregorian) */
    costshare_date date, month_start = COSTSHARE_DATE_MIN, year_start = COSTSHARE_DATE_MIN;
    (void)state;
    for (date = COSTSHARE_DATE_MIN; date <= COSTSHARE_DATE_MAX; date++) {
        int32_t yy = 0, mm = 0, dd = 0;
        costshare_date back = 0;
        char text[11], expect[48];
        if (d == 1) {
            month_start = date;
            if (m == 1) {
                year_start = date;
            }
        }
        CHECK_EQ(costshare_date_from_ymd(y, m, d, &back), COSTSHARE_OK);
        CHECK_EQ(back, date);
        CHECK_EQ(costshare_date_to_ymd(date, &yy, &mm, &dd), COSTSHARE_OK);
        if (yy != y || mm != m || dd != d) {
            fail_msg("day %d gave %d-%d-%d, expected %d-%d-%d", (int)date, (int)yy, (int)mm,
                     (int)dd, (int)y, (int)m, (int)d);
        }
        CHECK_EQ(weekday(date), wd);
        CHECK_EQ(costshare_date_format(date, text, sizeof text), COSTSHARE_OK);
        /* the expected text, digit by digit (snprintf is checked on a sample below) */
        expect[0] = (char)('0' + y / 1000);
        expect[1] = (char)('0' + y / 100 % 10);
        expect[2] = (char)('0' + y / 10 % 10);
        expect[3] = (char)('0' + y % 10);
        expect[4] = '-';
        expect[5] = (char)('0' + m / 10);
        expect[6] = (char)('0' + m % 10);
        expect[7] = '-';
        expect[8] = (char)('0' + d / 10);
        expect[9] = (char)('0' + d % 10);
        expect[10] = '\0';
        if ((date & 1023) == 0) {
            snprintf(expect, sizeof expect, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
        }
        if (memcmp(text, expect, 11) != 0) {
            fail_msg("day %d formatted as %s, expected %s", (int)date, text, expect);
        }
        CHECK_EQ(costshare_date_parse(text, 10, &back), COSTSHARE_OK);
        CHECK_EQ(back, date);
        /* period ends: on every first and last day of a month and a sample
         * between (to keep the Debug suite fast) */
        if (d == 1 || d == ref_dim(y, m) || date % 17 == 0) {
            CHECK_EQ(costshare_date_month_first(date, &back), COSTSHARE_OK);
            CHECK_EQ(back, month_start);
            CHECK_EQ(costshare_date_month_last(date, &back), COSTSHARE_OK);
            CHECK_EQ(back, month_start + ref_dim(y, m) - 1);
            CHECK_EQ(costshare_date_year_first(date, &back), COSTSHARE_OK);
            CHECK_EQ(back, year_start);
            CHECK_EQ(costshare_date_year_last(date, &back), COSTSHARE_OK);
            CHECK_EQ(back, year_start + 364 + ref_leap(y));
        }
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
    CHECK_EQ(y, 10000);
}

static void weekday_agrees_with_sakamoto_and_known_days(void **state) {
    int i;
    (void)state;
    assert_int_equal(weekday(0), 4);                /* 1970-01-01 Thursday */
    assert_int_equal(weekday(ymd(2024, 6, 21)), 5); /* Midsummer Eve, Friday */
    assert_int_equal(weekday(ymd(2024, 12, 24)), 2);
    assert_int_equal(weekday(ymd(2000, 1, 1)), 6);
    assert_int_equal(weekday(ymd(1, 1, 1)), 1);
    assert_int_equal(weekday(ymd(9999, 12, 31)), 5);
    for (i = 0; i < 100000; i++) {
        int32_t y = rnd_range(1, 9999), m = rnd_range(1, 12), d = rnd_range(1, ref_dim(y, m));
        assert_int_equal(weekday(ymd(y, m, d)), ref_weekday(y, m, d));
    }
}

static void weekday_refuses_bad_input_untouched(void **state) {
    static const costshare_date bad[] = {COSTSHARE_DATE_MIN - 1, COSTSHARE_DATE_MAX + 1,
                                         INT32_MIN, INT32_MAX};
    size_t i;
    int32_t out = SENTINEL_I32;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_date_weekday(bad[i], &out), COSTSHARE_ERANGE);
    }
    assert_int_equal(out, SENTINEL_I32);
    /* a NULL output is refused first, whatever the date */
    assert_int_equal(costshare_date_weekday(0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_date_weekday(INT32_MAX, NULL), COSTSHARE_EINVAL);
}

/* ---- from_ymd / to_ymd ---- */

static void from_ymd_refuses_impossible_dates(void **state) {
    static const int32_t bad[][3] = {
        {2023, 2, 29},        {2024, 4, 31},        {2024, 13, 1},
        {2024, 0, 1},         {2024, 1, 0},         {2024, 1, 32},
        {1900, 2, 29},        {2100, 2, 29},        {0, 1, 1},
        {10000, 1, 1},        {-1, 1, 1},           {2024, -1, 1},
        {2024, 1, -1},        {INT32_MIN, 1, 1},    {INT32_MAX, 1, 1},
        {2024, INT32_MIN, 1}, {2024, INT32_MAX, 1}, {2024, 1, INT32_MIN},
        {2024, 1, INT32_MAX}, {2024, 6, 31},        {2024, 9, 31},
        {2024, 11, 31},       {2024, 2, 30},        {0, 12, 31},
    };
    size_t i;
    int32_t y, m;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(costshare_date_from_ymd(bad[i][0], bad[i][1], bad[i][2], &out),
                         COSTSHARE_ERANGE);
        assert_int_equal(out, SENTINEL_DATE);
    }
    /* day 0 and the day after the last of every month of every year */
    for (y = 1; y <= 9999; y++) {
        for (m = 1; m <= 12; m++) {
            costshare_date out = SENTINEL_DATE;
            assert_int_equal(costshare_date_from_ymd(y, m, 0, &out), COSTSHARE_ERANGE);
            assert_int_equal(costshare_date_from_ymd(y, m, ref_dim(y, m) + 1, &out),
                             COSTSHARE_ERANGE);
            assert_int_equal(out, SENTINEL_DATE);
        }
    }
    assert_int_equal(ymd(2024, 2, 29) + 1, ymd(2024, 3, 1));
    assert_int_equal(ymd(2000, 2, 29) + 1, ymd(2000, 3, 1));
}

static void from_ymd_refuses_null_output(void **state) {
    (void)state;
    assert_int_equal(costshare_date_from_ymd(2024, 1, 1, NULL), COSTSHARE_EINVAL);
    /* EINVAL is checked before the range */
    assert_int_equal(costshare_date_from_ymd(2023, 2, 29, NULL), COSTSHARE_EINVAL);
}

static void to_ymd_accepts_null_for_unwanted_parts(void **state) {
    int32_t y = SENTINEL_I32, m = SENTINEL_I32, d = SENTINEL_I32;
    costshare_date date = ymd(2024, 6, 21);
    (void)state;
    assert_int_equal(costshare_date_to_ymd(date, NULL, NULL, NULL), COSTSHARE_OK);
    assert_int_equal(costshare_date_to_ymd(date, &y, NULL, NULL), COSTSHARE_OK);
    assert_int_equal(y, 2024);
    assert_int_equal(m, SENTINEL_I32);
    assert_int_equal(costshare_date_to_ymd(date, NULL, &m, NULL), COSTSHARE_OK);
    assert_int_equal(m, 6);
    assert_int_equal(d, SENTINEL_I32);
    assert_int_equal(costshare_date_to_ymd(date, NULL, NULL, &d), COSTSHARE_OK);
    assert_int_equal(d, 21);
}

static void to_ymd_refuses_dates_out_of_range_untouched(void **state) {
    static const costshare_date bad[] = {COSTSHARE_DATE_MIN - 1, COSTSHARE_DATE_MAX + 1,
                                         INT32_MIN, INT32_MAX};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t y = SENTINEL_I32, m = SENTINEL_I32, d = SENTINEL_I32;
        assert_int_equal(costshare_date_to_ymd(bad[i], &y, &m, &d), COSTSHARE_ERANGE);
        assert_int_equal(y, SENTINEL_I32);
        assert_int_equal(m, SENTINEL_I32);
        assert_int_equal(d, SENTINEL_I32);
        assert_int_equal(costshare_date_to_ymd(bad[i], NULL, NULL, NULL), COSTSHARE_ERANGE);
    }
}

/* ---- parse / format ---- */

static void parse_reads_well_formed_dates(void **state) {
    costshare_date out = SENTINEL_DATE;
    /* No NUL needed after the ten bytes; nothing past length is read. */
    static const char unterminated[10] = {'2', '0', '2', '4', '-', '0', '6', '-', '2', '1'};
    (void)state;
    assert_int_equal(costshare_date_parse("2024-06-21", 10, &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 6, 21));
    assert_int_equal(costshare_date_parse(unterminated, sizeof unterminated, &out),
                     COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 6, 21));
    assert_int_equal(costshare_date_parse("0001-01-01", 10, &out), COSTSHARE_OK);
    assert_int_equal(out, COSTSHARE_DATE_MIN);
    assert_int_equal(costshare_date_parse("9999-12-31", 10, &out), COSTSHARE_OK);
    assert_int_equal(out, COSTSHARE_DATE_MAX);
    assert_int_equal(costshare_date_parse("1970-01-01", 10, &out), COSTSHARE_OK);
    assert_int_equal(out, 0);
    /* a longer buffer, of which only the first ten bytes are the date */
    assert_int_equal(costshare_date_parse("2024-02-29T00:00", 10, &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 2, 29));
}

static void parse_refuses_malformed_text_untouched(void **state) {
    static const struct {
        const char *text;
        size_t length;
    } bad[] = {
        {"2024-06-2", 9},
        {"2024-06-211", 11},
        {"2024-06-21 ", 11},
        {" 2024-06-21", 11},
        {"2024-06-21", 9},
        {"2024-06-21", 0},
        {"", 0},
        {"2024-6-21", 9},
        {"2024-1-01", 9},
        {"2024-01-1 ", 10},
        {"2024-01- 1", 10},
        {" 024-01-01", 10},
        {"+024-01-01", 10},
        {"-024-01-01", 10},
        {"2024-+1-01", 10},
        {"2024-01-+1", 10},
        {"2024/06/21", 10},
        {"2024.06.21", 10},
        {"20240621xx", 10},
        {"2024_06_21", 10},
        {"2024-06_21", 10},
        {"2024--6-21", 10},
        {"abcd-ef-gh", 10},
        {"2O24-06-21", 10},
        {"2024-O6-21", 10},
        {"2024-06-2l", 10},
        {"2024-06-21", 12},
        {"２024-06-21", 10},
        {"\xd9\xa2"
         "024-06-21",
         10}, /* Arabic-Indic digit two: 2 bytes */
        {"2024\0"
         "06-21",
         10}, /* embedded NUL */
        {"2024-06\0"
         "21",
         10},
        {"2024-06-2\0", 10},
        {"21-06-2024", 10},
        {"2024-0x-21", 10},
        {"2024-06-:1", 10},
        {"2024-06-/1", 10},
        {"2024-06-21\n", 11},
        {"\t2024-06-21", 11},
        {"99999-01-0", 10},
        {"2024 06 21", 10},
        {"2024-06-21", SIZE_MAX},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        costshare_date out = SENTINEL_DATE;
        int rc = costshare_date_parse(bad[i].text, bad[i].length, &out);
        if (rc != COSTSHARE_EPARSE) {
            fail_msg("case %u gave %d, expected EPARSE", (unsigned)i, rc);
        }
        assert_int_equal(out, SENTINEL_DATE);
    }
}

static void parse_refuses_impossible_dates_with_erange(void **state) {
    static const char *const bad[] = {"2023-02-29", "2023-02-30", "2024-02-30", "0000-01-01",
                                      "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31",
                                      "2024-01-32", "1900-02-29", "0000-12-31", "2024-99-99"};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(costshare_date_parse(bad[i], 10, &out), COSTSHARE_ERANGE);
        assert_int_equal(out, SENTINEL_DATE);
    }
}

static void parse_refuses_null(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    assert_int_equal(costshare_date_parse(NULL, 10, &out), COSTSHARE_EINVAL);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_date_parse("2024-06-21", 10, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_date_parse(NULL, 0, NULL), COSTSHARE_EINVAL);
}

static void format_needs_eleven_bytes_and_writes_nothing_on_refusal(void **state) {
    char buffer[16];
    char fresh[16];
    size_t cap;
    (void)state;
    memset(fresh, '#', sizeof fresh);
    for (cap = 0; cap < 11; cap++) {
        memcpy(buffer, fresh, sizeof buffer);
        assert_int_equal(costshare_date_format(ymd(2024, 6, 21), buffer, cap), COSTSHARE_ESIZE);
        assert_memory_equal(buffer, fresh, sizeof buffer);
    }
    memcpy(buffer, fresh, sizeof buffer);
    assert_int_equal(costshare_date_format(ymd(2024, 6, 21), buffer, 11), COSTSHARE_OK);
    assert_string_equal(buffer, "2024-06-21");
    assert_int_equal(buffer[11], '#'); /* nothing past the NUL */
    memcpy(buffer, fresh, sizeof buffer);
    assert_int_equal(costshare_date_format(COSTSHARE_DATE_MAX + 1, buffer, sizeof buffer),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_date_format(COSTSHARE_DATE_MIN - 1, buffer, sizeof buffer),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_date_format(INT32_MIN, buffer, sizeof buffer), COSTSHARE_ERANGE);
    assert_memory_equal(buffer, fresh, sizeof buffer);
    assert_int_equal(costshare_date_format(0, NULL, 11), COSTSHARE_EINVAL);
    assert_int_equal(costshare_date_format(ymd(1, 1, 1), buffer, SIZE_MAX), COSTSHARE_OK);
    assert_string_equal(buffer, "0001-01-01");
}

/* ---- add ---- */

static void add_follows_the_domain_examples(void **state) {
    (void)state;
    /* docs/domain.md section 2, Lag (1930:173) 1 § */
    assert_int_equal(add(ymd(2024, 7, 31), 2, COSTSHARE_MONTHS), ymd(2024, 9, 30));
    assert_int_equal(add(ymd(2024, 2, 29), 1, COSTSHARE_YEARS), ymd(2025, 2, 28));
    /* docs/domain.md section 3: notice periods */
    assert_int_equal(add(ymd(2024, 7, 30), 2, COSTSHARE_MONTHS), ymd(2024, 9, 30));
    assert_int_equal(add(ymd(2024, 8, 1), 2, COSTSHARE_MONTHS), ymd(2024, 10, 1));
    assert_int_equal(add(ymd(2023, 5, 26), 3, COSTSHARE_YEARS), ymd(2026, 5, 26));
}

static void add_months_clamps_to_month_end(void **state) {
    (void)state;
    assert_int_equal(add(ymd(2024, 1, 31), 1, COSTSHARE_MONTHS), ymd(2024, 2, 29));
    assert_int_equal(add(ymd(2023, 1, 31), 1, COSTSHARE_MONTHS), ymd(2023, 2, 28));
    assert_int_equal(add(ymd(2024, 3, 31), -1, COSTSHARE_MONTHS), ymd(2024, 2, 29));
    assert_int_equal(add(ymd(2024, 5, 31), -1, COSTSHARE_MONTHS), ymd(2024, 4, 30));
    assert_int_equal(add(ymd(2024, 1, 30), 1, COSTSHARE_MONTHS), ymd(2024, 2, 29));
    assert_int_equal(add(ymd(2024, 2, 29), 1, COSTSHARE_MONTHS), ymd(2024, 3, 29));
    assert_int_equal(add(ymd(2024, 12, 31), 2, COSTSHARE_MONTHS), ymd(2025, 2, 28));
    assert_int_equal(add(ymd(2024, 1, 15), -1, COSTSHARE_MONTHS), ymd(2023, 12, 15));
    assert_int_equal(add(ymd(2024, 1, 15), -13, COSTSHARE_MONTHS), ymd(2022, 12, 15));
    assert_int_equal(add(ymd(2024, 1, 15), 0, COSTSHARE_MONTHS), ymd(2024, 1, 15));
    assert_int_equal(add(ymd(2024, 2, 29), 4, COSTSHARE_YEARS), ymd(2028, 2, 29));
    assert_int_equal(add(ymd(2024, 2, 29), -1, COSTSHARE_YEARS), ymd(2023, 2, 28));
    assert_int_equal(add(ymd(2000, 2, 29), 100, COSTSHARE_YEARS), ymd(2100, 2, 28));
    assert_int_equal(add(ymd(2000, 2, 29), 400, COSTSHARE_YEARS), ymd(2400, 2, 29));
    assert_int_equal(add(ymd(1, 1, 1), 9998 * 12 + 11, COSTSHARE_MONTHS), ymd(9999, 12, 1));
    assert_int_equal(add(ymd(9999, 12, 31), -(9998 * 12 + 11), COSTSHARE_MONTHS),
                     ymd(1, 1, 31));
    assert_int_equal(add(ymd(1, 1, 1), 9998, COSTSHARE_YEARS), ymd(9999, 1, 1));
}

static void add_months_and_years_agree_with_naive_reference(void **state) {
    int i;
    (void)state;
    for (i = 0; i < 200000; i++) {
        int32_t y = rnd_range(1, 9999), m = rnd_range(1, 12);
        int32_t dim = ref_dim(y, m);
        /* favour month ends, where 1 § matters */
        int32_t d = (i & 1) ? rnd_range(dim - 3, dim) : rnd_range(1, dim);
        int32_t unit = (i & 4) ? COSTSHARE_YEARS : COSTSHARE_MONTHS;
        int32_t span = unit == COSTSHARE_YEARS ? 110 : 1300; /* about 110 years */
        int32_t count = (i & 2) ? rnd_range(-30, 30) : rnd_range(-span, span);
        int32_t months = unit == COSTSHARE_YEARS ? count * 12 : count;
        int32_t ey, em, ed;
        costshare_date out = SENTINEL_DATE;
        int rc;
        if (i % 1000 == 0) {
            y = (i & 8) ? rnd_range(9900, 9999) : rnd_range(1, 100); /* near the ends */
            dim = ref_dim(y, m);
            d = rnd_range(1, dim);
        }
        rc = costshare_date_add(ymd(y, m, d), count, unit, &out);
        if (ref_add_months(y, m, d, months, &ey, &em, &ed)) {
            assert_int_equal(rc, COSTSHARE_OK);
            assert_int_equal(out, ymd(ey, em, ed));
        } else {
            assert_int_equal(rc, COSTSHARE_ERANGE);
            assert_int_equal(out, SENTINEL_DATE);
        }
    }
}

static void add_days_and_weeks_are_exact_and_keep_the_weekday(void **state) {
    int i;
    (void)state;
    assert_int_equal(add(ymd(2024, 2, 28), 1, COSTSHARE_DAYS), ymd(2024, 2, 29));
    assert_int_equal(add(ymd(2024, 12, 31), 1, COSTSHARE_DAYS), ymd(2025, 1, 1));
    assert_int_equal(add(ymd(2024, 1, 1), -1, COSTSHARE_DAYS), ymd(2023, 12, 31));
    assert_int_equal(add(ymd(2024, 6, 21), 2, COSTSHARE_WEEKS), ymd(2024, 7, 5));
    assert_int_equal(add(ymd(2024, 6, 21), -2, COSTSHARE_WEEKS), ymd(2024, 6, 7));
    assert_int_equal(
        add(COSTSHARE_DATE_MIN, COSTSHARE_DATE_MAX - COSTSHARE_DATE_MIN, COSTSHARE_DAYS),
        COSTSHARE_DATE_MAX);
    for (i = 0; i < 100000; i++) {
        costshare_date d = rnd_date();
        int32_t weeks = rnd_range(-600000, 600000);
        int64_t expect = (int64_t)d + (int64_t)weeks * 7;
        costshare_date out = SENTINEL_DATE;
        int rc = costshare_date_add(d, weeks, COSTSHARE_WEEKS, &out);
        if (expect < COSTSHARE_DATE_MIN || expect > COSTSHARE_DATE_MAX) {
            assert_int_equal(rc, COSTSHARE_ERANGE);
            assert_int_equal(out, SENTINEL_DATE);
        } else {
            assert_int_equal(rc, COSTSHARE_OK);
            assert_int_equal(out, (costshare_date)expect);
            assert_int_equal(weekday(out), weekday(d));
        }
    }
}

static void add_refuses_results_out_of_range_untouched(void **state) {
    static const int32_t units[] = {COSTSHARE_DAYS, COSTSHARE_WEEKS, COSTSHARE_MONTHS,
                                    COSTSHARE_YEARS};
    size_t i;
    (void)state;
    assert_add_refused(COSTSHARE_DATE_MAX, 1, COSTSHARE_DAYS, COSTSHARE_ERANGE);
    assert_add_refused(COSTSHARE_DATE_MIN, -1, COSTSHARE_DAYS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(9999, 12, 25), 1, COSTSHARE_WEEKS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(1, 1, 7), -1, COSTSHARE_WEEKS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(9999, 12, 1), 1, COSTSHARE_MONTHS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(1, 1, 31), -1, COSTSHARE_MONTHS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(9999, 1, 1), 1, COSTSHARE_YEARS, COSTSHARE_ERANGE);
    assert_add_refused(ymd(1, 12, 31), -1, COSTSHARE_YEARS, COSTSHARE_ERANGE);
    assert_int_equal(add(ymd(9999, 11, 30), 1, COSTSHARE_MONTHS), ymd(9999, 12, 30));
    assert_int_equal(add(ymd(1, 2, 28), -1, COSTSHARE_MONTHS), ymd(1, 1, 28));
    assert_int_equal(add(COSTSHARE_DATE_MAX - 7, 1, COSTSHARE_WEEKS), COSTSHARE_DATE_MAX);
    for (i = 0; i < 4; i++) {
        /* huge counts: no overflow, just ERANGE */
        assert_add_refused(0, INT32_MAX, units[i], COSTSHARE_ERANGE);
        assert_add_refused(0, INT32_MIN, units[i], COSTSHARE_ERANGE);
        assert_add_refused(COSTSHARE_DATE_MIN, INT32_MIN, units[i], COSTSHARE_ERANGE);
        assert_add_refused(COSTSHARE_DATE_MAX, INT32_MAX, units[i], COSTSHARE_ERANGE);
        assert_add_refused(COSTSHARE_DATE_MIN, INT32_MAX, units[i], COSTSHARE_ERANGE);
        assert_add_refused(COSTSHARE_DATE_MAX, INT32_MIN, units[i], COSTSHARE_ERANGE);
        /* the start date out of range */
        assert_add_refused(COSTSHARE_DATE_MAX + 1, 0, units[i], COSTSHARE_ERANGE);
        assert_add_refused(COSTSHARE_DATE_MIN - 1, 0, units[i], COSTSHARE_ERANGE);
        assert_add_refused(INT32_MAX, -1, units[i], COSTSHARE_ERANGE);
        assert_add_refused(INT32_MIN, 1, units[i], COSTSHARE_ERANGE);
    }
}

static void add_refuses_unknown_units_and_null(void **state) {
    static const int32_t bad_units[] = {-1, 4, 5, 100, INT32_MIN, INT32_MAX};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad_units / sizeof bad_units[0]; i++) {
        assert_add_refused(0, 1, bad_units[i], COSTSHARE_EINVAL);
    }
    assert_int_equal(costshare_date_add(0, 1, COSTSHARE_DAYS, NULL), COSTSHARE_EINVAL);
}

/* ---- helpers ---- */

static void leap_years_follow_the_gregorian_rule(void **state) {
    static const int32_t bad[] = {0, 10000, -4, INT32_MIN, INT32_MAX};
    int32_t y;
    size_t i;
    int32_t out = SENTINEL_I32;
    (void)state;
    for (y = 1; y <= 9999; y++) {
        assert_int_equal(is_leap(y), ref_leap(y));
    }
    assert_int_equal(is_leap(2024), 1);
    assert_int_equal(is_leap(2000), 1);
    assert_int_equal(is_leap(1900), 0);
    assert_int_equal(is_leap(2023), 0);
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_date_is_leap_year(bad[i], &out), COSTSHARE_ERANGE);
    }
    assert_int_equal(out, SENTINEL_I32);
    assert_int_equal(costshare_date_is_leap_year(2024, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_date_is_leap_year(0, NULL), COSTSHARE_EINVAL);
}

static void days_in_month_matches_the_calendar(void **state) {
    static const int32_t bad[][2] = {
        {2024, 0},         {2024, 13}, {0, 1},        {10000, 1}, {INT32_MIN, INT32_MIN},
        {2024, INT32_MAX}, {2024, -1}, {INT32_MAX, 1}};
    int32_t y, m;
    size_t i;
    int32_t out = SENTINEL_I32;
    (void)state;
    for (y = 1; y <= 9999; y++) {
        for (m = 1; m <= 12; m++) {
            assert_int_equal(days_in_month(y, m), ref_dim(y, m));
        }
    }
    assert_int_equal(days_in_month(2024, 2), 29);
    assert_int_equal(days_in_month(2023, 2), 28);
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_date_days_in_month(bad[i][0], bad[i][1], &out),
                         COSTSHARE_ERANGE);
    }
    assert_int_equal(out, SENTINEL_I32);
    assert_int_equal(costshare_date_days_in_month(2024, 2, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_date_days_in_month(0, 13, NULL), COSTSHARE_EINVAL);
}

static void period_ends_refuse_bad_input_untouched(void **state) {
    typedef int (*period_fn)(costshare_date, costshare_date *);
    static const period_fn fns[] = {costshare_date_month_first, costshare_date_month_last,
                                    costshare_date_year_first, costshare_date_year_last};
    size_t i;
    (void)state;
    for (i = 0; i < 4; i++) {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(fns[i](COSTSHARE_DATE_MIN - 1, &out), COSTSHARE_ERANGE);
        assert_int_equal(fns[i](COSTSHARE_DATE_MAX + 1, &out), COSTSHARE_ERANGE);
        assert_int_equal(fns[i](INT32_MIN, &out), COSTSHARE_ERANGE);
        assert_int_equal(fns[i](INT32_MAX, &out), COSTSHARE_ERANGE);
        assert_int_equal(out, SENTINEL_DATE);
        assert_int_equal(fns[i](0, NULL), COSTSHARE_EINVAL);
    }
    {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(costshare_date_month_last(ymd(2024, 2, 10), &out), COSTSHARE_OK);
        assert_int_equal(out, ymd(2024, 2, 29));
        assert_int_equal(costshare_date_year_last(COSTSHARE_DATE_MAX, &out), COSTSHARE_OK);
        assert_int_equal(out, COSTSHARE_DATE_MAX);
        assert_int_equal(costshare_date_month_first(COSTSHARE_DATE_MIN, &out), COSTSHARE_OK);
        assert_int_equal(out, COSTSHARE_DATE_MIN);
    }
}

static void days_between_is_signed_difference(void **state) {
    int32_t days = SENTINEL_I32;
    int i;
    (void)state;
    assert_int_equal(costshare_date_days_between(ymd(2024, 1, 1), ymd(2024, 1, 2), &days), 0);
    assert_int_equal(days, 1);
    assert_int_equal(costshare_date_days_between(ymd(2024, 1, 1), ymd(2025, 1, 1), &days), 0);
    assert_int_equal(days, 366);
    assert_int_equal(costshare_date_days_between(ymd(2024, 3, 1), ymd(2024, 2, 1), &days), 0);
    assert_int_equal(days, -29);
    assert_int_equal(costshare_date_days_between(COSTSHARE_DATE_MAX, COSTSHARE_DATE_MIN, &days),
                     0);
    assert_int_equal(days, COSTSHARE_DATE_MIN - COSTSHARE_DATE_MAX);
    for (i = 0; i < 10000; i++) {
        costshare_date a = rnd_date(), b = rnd_date();
        assert_int_equal(costshare_date_days_between(a, b, &days), 0);
        assert_int_equal(days, b - a);
    }
    days = SENTINEL_I32;
    assert_int_equal(costshare_date_days_between(COSTSHARE_DATE_MIN - 1, 0, &days),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_date_days_between(0, COSTSHARE_DATE_MAX + 1, &days),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_date_days_between(INT32_MIN, INT32_MAX, &days),
                     COSTSHARE_ERANGE);
    assert_int_equal(days, SENTINEL_I32);
    assert_int_equal(costshare_date_days_between(0, 1, NULL), COSTSHARE_EINVAL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(range_constants_are_the_ends_of_the_calendar),
        cmocka_unit_test(every_day_agrees_with_running_reference),
        cmocka_unit_test(weekday_agrees_with_sakamoto_and_known_days),
        cmocka_unit_test(weekday_refuses_bad_input_untouched),
        cmocka_unit_test(from_ymd_refuses_impossible_dates),
        cmocka_unit_test(from_ymd_refuses_null_output),
        cmocka_unit_test(to_ymd_accepts_null_for_unwanted_parts),
        cmocka_unit_test(to_ymd_refuses_dates_out_of_range_untouched),
        cmocka_unit_test(parse_reads_well_formed_dates),
        cmocka_unit_test(parse_refuses_malformed_text_untouched),
        cmocka_unit_test(parse_refuses_impossible_dates_with_erange),
        cmocka_unit_test(parse_refuses_null),
        cmocka_unit_test(format_needs_eleven_bytes_and_writes_nothing_on_refusal),
        cmocka_unit_test(add_follows_the_domain_examples),
        cmocka_unit_test(add_months_clamps_to_month_end),
        cmocka_unit_test(add_months_and_years_agree_with_naive_reference),
        cmocka_unit_test(add_days_and_weeks_are_exact_and_keep_the_weekday),
        cmocka_unit_test(add_refuses_results_out_of_range_untouched),
        cmocka_unit_test(add_refuses_unknown_units_and_null),
        cmocka_unit_test(leap_years_follow_the_gregorian_rule),
        cmocka_unit_test(days_in_month_matches_the_calendar),
        cmocka_unit_test(period_ends_refuse_bad_input_untouched),
        cmocka_unit_test(days_between_is_signed_difference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
