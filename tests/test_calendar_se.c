/* Tests for include/costshare/calendar_se.h. Expected values come from
 * docs/domain.md section 2, Lag (1989:253) with SFS 2004:1320, Lag (1930:173) 2 §,
 * a published table of Easter dates, and a reference calendar written here
 * independently of lib/ (the Meeus/Jones/Butcher computus, Sakamoto's weekday
 * rule, day-by-day scans). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL_DATE ((costshare_date)0x5A5A5A5A)
#define SENTINEL_I32 ((int32_t)0x3C3C3C3C)

/* ---- independent reference calendar ---- */

/* Sakamoto's weekday method, ISO numbering (1 = Monday). */
static int ref_weekday(int32_t y, int32_t m, int32_t d) {
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int w;
    if (m < 3) {
        y -= 1;
    }
    w = (int)((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7);
    return w == 0 ? 7 : w;
}

/* The "anonymous Gregorian" computus (Meeus, Jones, Butcher). */
static void ref_easter(int32_t y, int32_t *month, int32_t *day) {
    int32_t a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int32_t f = (b + 8) / 25, g = (b - f + 1) / 3;
    int32_t h = (19 * a + b - d - g + 15) % 30;
    int32_t i = c / 4, k = c % 4;
    int32_t l = (32 + 2 * e + 2 * i - h - k) % 7;
    int32_t m = (a + 11 * h + 22 * l) / 451;
    *month = (h + l - 7 * m + 114) / 31;
    *day = (h + l - 7 * m + 114) % 31 + 1;
}

/* The special days of one year, found by scanning the days the law names. */
struct ref_year {
    costshare_date easter;
    costshare_date midsummer_eve; /* the Friday 19-25 June */
    costshare_date all_saints;    /* the Saturday 31 October - 6 November */
};

static struct ref_year ref_year_of(int32_t y) {
    struct ref_year r;
    int32_t em, ed, d;
    ref_easter(y, &em, &ed);
    r.easter = ymd(y, em, ed);
    r.midsummer_eve = 0;
    r.all_saints = 0;
    for (d = 19; d <= 25; d++) {
        if (ref_weekday(y, 6, d) == 5) {
            r.midsummer_eve = ymd(y, 6, d);
        }
    }
    if (ref_weekday(y, 10, 31) == 6) {
        r.all_saints = ymd(y, 10, 31);
    }
    for (d = 1; d <= 6; d++) {
        if (ref_weekday(y, 11, d) == 6) {
            r.all_saints = ymd(y, 11, d);
        }
    }
    return r;
}

/* The expected day_kind(): the public holidays of Lag (1989:253)
 * (fixed dates before moveable ones, as documented), then the eves and
 * Saturdays of Lag (1930:173) 2 §. */
static int ref_kind(costshare_date date, int32_t y, int32_t m, int32_t d, int wd,
                    const struct ref_year *r) {
    int md = (int)(m * 100 + d);
    if (md == 101) {
        return COSTSHARE_SE_NEW_YEARS_DAY;
    }
    if (md == 106) {
        return COSTSHARE_SE_EPIPHANY;
    }
    if (md == 501) {
        return COSTSHARE_SE_MAY_DAY;
    }
    if (md == 606 && y >= 2005) {
        return COSTSHARE_SE_NATIONAL_DAY;
    }
    if (md == 1225) {
        return COSTSHARE_SE_CHRISTMAS_DAY;
    }
    if (md == 1226) {
        return COSTSHARE_SE_BOXING_DAY;
    }
    if (date == r->easter - 2) {
        return COSTSHARE_SE_GOOD_FRIDAY;
    }
    if (date == r->easter) {
        return COSTSHARE_SE_EASTER_DAY;
    }
    if (date == r->easter + 1) {
        return COSTSHARE_SE_EASTER_MONDAY;
    }
    if (date == r->easter + 39) {
        return COSTSHARE_SE_ASCENSION_DAY;
    }
    if (date == r->easter + 49) {
        return COSTSHARE_SE_WHITSUNDAY;
    }
    if (date == r->easter + 50 && y <= 2004) {
        return COSTSHARE_SE_WHIT_MONDAY;
    }
    if (date == r->midsummer_eve + 1) {
        return COSTSHARE_SE_MIDSUMMER_DAY;
    }
    if (date == r->all_saints) {
        return COSTSHARE_SE_ALL_SAINTS_DAY;
    }
    if (wd == 7) {
        return COSTSHARE_SE_SUNDAY;
    }
    if (md == 1224) {
        return COSTSHARE_SE_CHRISTMAS_EVE;
    }
    if (md == 1231) {
        return COSTSHARE_SE_NEW_YEARS_EVE;
    }
    if (date == r->midsummer_eve) {
        return COSTSHARE_SE_MIDSUMMER_EVE;
    }
    return wd == 6 ? COSTSHARE_SE_SATURDAY : COSTSHARE_SE_NONE;
}

/* Running (y, m, d, weekday) walk used by the day-by-day references. */
struct walk {
    costshare_date date;
    int32_t y, m, d;
    int wd;
    struct ref_year r;
};

static int32_t ref_dim(int32_t y, int32_t m) {
    static const int32_t len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return len[m - 1] + (m == 2 ? leap : 0);
}

static void walk_start(struct walk *w) {
    w->date = COSTSHARE_SE_DATE_MIN;
    w->y = 1990;
    w->m = 1;
    w->d = 1;
    w->wd = 1; /* 1990-01-01 was a Monday */
    w->r = ref_year_of(1990);
}

static void walk_next(struct walk *w) {
    w->date++;
    w->wd = w->wd == 7 ? 1 : w->wd + 1;
    if (++w->d > ref_dim(w->y, w->m)) {
        w->d = 1;
        if (++w->m > 12) {
            w->m = 1;
            w->y++;
            if (w->y <= 9999) {
                w->r = ref_year_of(w->y);
            }
        }
    }
}

static int walk_kind(const struct walk *w) {
    return ref_kind(w->date, w->y, w->m, w->d, w->wd, &w->r);
}

/* Cumulative business days by the reference from 1990-01-01: prefix[i] is
 * the number of business days in [1990-01-01, 1990-01-01 + i]. */
#define PREFIX_YEARS 210 /* 1990 .. 2199 */
#define PREFIX_DAYS 76701
static int32_t prefix[PREFIX_DAYS];
static int prefix_ready;

static void build_prefix(void) {
    struct walk w;
    int32_t i, n = 0;
    if (prefix_ready) {
        return;
    }
    walk_start(&w);
    for (i = 0; i < PREFIX_DAYS; i++) {
        n += walk_kind(&w) == COSTSHARE_SE_NONE;
        prefix[i] = n;
        walk_next(&w);
    }
    assert_int_equal(w.y, 1990 + PREFIX_YEARS); /* the table ends on 2199-12-31 */
    assert_int_equal(w.m, 1);
    assert_int_equal(w.d, 1);
    prefix_ready = 1;
}

/* prefix by date, 0 before 1990-01-01 */
static int32_t cum(costshare_date date) {
    int32_t i = date - COSTSHARE_SE_DATE_MIN;
    return i < 0 ? 0 : prefix[i];
}

/* The first date whose cumulative count reaches k (k >= 1), or 0 when it is
 * beyond the table. */
static costshare_date first_with_cum(int32_t k) {
    int32_t lo = 0, hi = PREFIX_DAYS - 1;
    if (prefix[hi] < k) {
        return 0;
    }
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (prefix[mid] >= k) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return COSTSHARE_SE_DATE_MIN + lo;
}

static int32_t ref_between(costshare_date from, costshare_date to) {
    return to >= from ? cum(to) - cum(from) : -(cum(from - 1) - cum(to - 1));
}

/* Fixed-seed PRNG (xorshift64*) for property tests. */
static uint64_t rng_state = 0x2545F4914F6CDD1Du;
static uint32_t rnd(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Du) >> 32);
}
static int32_t rnd_range(int32_t lo, int32_t hi) {
    return lo + (int32_t)(rnd() % (uint32_t)(hi - lo + 1));
}

/* The answers of calls that must succeed (cheap enough for every day). */
static int32_t day_kind(costshare_date date) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_se_day_kind(date, &out), COSTSHARE_OK);
    return out;
}

static int32_t holiday(costshare_date date) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_se_holiday(date, &out), COSTSHARE_OK);
    return out;
}

static int32_t is_business_day(costshare_date date) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_se_is_business_day(date, &out), COSTSHARE_OK);
    return out;
}

static int32_t weekday(costshare_date date) {
    int32_t out = SENTINEL_I32;
    CHECK_EQ(costshare_date_weekday(date, &out), COSTSHARE_OK);
    return out;
}

/* ---- Easter ---- */

static void easter_matches_published_table_1990_2040(void **state) {
    /* Western (Gregorian) Easter Sunday, 1990-2040, as printed in published
     * Easter tables (month, day). */
    static const int8_t table[51][2] = {
        {4, 15}, {3, 31}, {4, 19}, {4, 11}, {4, 3},  {4, 16}, {4, 7},  {3, 30}, {4, 12},
        {4, 4},  {4, 23}, {4, 15}, {3, 31}, {4, 20}, {4, 11}, {3, 27}, {4, 16}, {4, 8},
        {3, 23}, {4, 12}, {4, 4},  {4, 24}, {4, 8},  {3, 31}, {4, 20}, {4, 5},  {3, 27},
        {4, 16}, {4, 1},  {4, 21}, {4, 12}, {4, 4},  {4, 17}, {4, 9},  {3, 31}, {4, 20},
        {4, 5},  {3, 28}, {4, 16}, {4, 1},  {4, 21}, {4, 13}, {3, 28}, {4, 17}, {4, 9},
        {3, 25}, {4, 13}, {4, 5},  {4, 25}, {4, 10}, {4, 1},
    };
    int32_t i;
    (void)state;
    for (i = 0; i < 51; i++) {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(costshare_se_easter(1990 + i, &out), COSTSHARE_OK);
        assert_int_equal(out, ymd(1990 + i, table[i][0], table[i][1]));
        assert_int_equal(holiday(out), COSTSHARE_SE_EASTER_DAY);
        assert_int_equal(weekday(out), 7);
    }
}

static void easter_agrees_with_meeus_every_year(void **state) {
    int32_t y;
    (void)state;
    for (y = 1; y <= 9999; y++) {
        int32_t m, d;
        costshare_date out = SENTINEL_DATE;
        ref_easter(y, &m, &d);
        CHECK_EQ(costshare_se_easter(y, &out), COSTSHARE_OK);
        CHECK_EQ(out, ymd(y, m, d));
        CHECK_EQ(weekday(out), 7);
    }
    /* the extremes of the Gregorian computus: 22 March and 25 April */
    {
        costshare_date out = SENTINEL_DATE;
        assert_int_equal(costshare_se_easter(1818, &out), 0);
        assert_int_equal(out, ymd(1818, 3, 22));
        assert_int_equal(costshare_se_easter(2285, &out), 0);
        assert_int_equal(out, ymd(2285, 3, 22));
        assert_int_equal(costshare_se_easter(1943, &out), 0);
        assert_int_equal(out, ymd(1943, 4, 25));
        assert_int_equal(costshare_se_easter(2038, &out), 0);
        assert_int_equal(out, ymd(2038, 4, 25));
    }
}

static void easter_refuses_bad_input_untouched(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    assert_int_equal(costshare_se_easter(0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_easter(10000, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_easter(INT32_MIN, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_easter(INT32_MAX, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_easter(2024, NULL), COSTSHARE_EINVAL);
}

/* ---- holidays and kinds of day ---- */

/* Every day 1990-01-01 .. 9999-12-31 against the reference calendar, and
 * costshare_se_is_business_day() (which asks the holiday rows in an order of
 * its own, weekly rows first) against costshare_se_day_kind() (which ranks
 * every matching row). */
static void every_day_has_the_reference_kind(void **state) {
    struct walk w;
    (void)state;
    walk_start(&w);
    for (;;) {
        int kind = walk_kind(&w);
        int32_t got = day_kind(w.date), business = is_business_day(w.date);
        CHECK_EQ(got, kind);
        CHECK_EQ(business, got == COSTSHARE_SE_NONE);
        CHECK_EQ(business, kind == COSTSHARE_SE_NONE);
        /* holiday() is the same, less the eves and Saturdays (a sample of the
         * years, to keep the Debug suite fast) */
        if (w.y <= 2300 || w.m == 6 || w.m == 12) {
            CHECK_EQ(holiday(w.date), kind <= COSTSHARE_SE_SUNDAY ? kind : 0);
        }
        if (w.date == COSTSHARE_DATE_MAX) {
            break;
        }
        walk_next(&w);
    }
    assert_int_equal(w.y, 9999);
}

static void named_holidays_of_2024(void **state) {
    static const struct {
        int32_t m, d;
        int kind;
    } days[] = {
        {1, 1, COSTSHARE_SE_NEW_YEARS_DAY},   {1, 6, COSTSHARE_SE_EPIPHANY},
        {3, 29, COSTSHARE_SE_GOOD_FRIDAY},    {3, 31, COSTSHARE_SE_EASTER_DAY},
        {4, 1, COSTSHARE_SE_EASTER_MONDAY},   {5, 1, COSTSHARE_SE_MAY_DAY},
        {5, 9, COSTSHARE_SE_ASCENSION_DAY},   {5, 19, COSTSHARE_SE_WHITSUNDAY},
        {6, 6, COSTSHARE_SE_NATIONAL_DAY},    {6, 22, COSTSHARE_SE_MIDSUMMER_DAY},
        {11, 2, COSTSHARE_SE_ALL_SAINTS_DAY}, {12, 25, COSTSHARE_SE_CHRISTMAS_DAY},
        {12, 26, COSTSHARE_SE_BOXING_DAY},
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof days / sizeof days[0]; i++) {
        costshare_date date = ymd(2024, days[i].m, days[i].d), out = SENTINEL_DATE;
        assert_int_equal(holiday(date), days[i].kind);
        assert_int_equal(day_kind(date), days[i].kind);
        assert_int_equal(is_business_day(date), 0);
        assert_int_equal(costshare_se_holiday_date(2024, days[i].kind, &out), COSTSHARE_OK);
        assert_int_equal(out, date);
    }
    /* 2024-05-20, Whit Monday, is an ordinary business day since 2005 */
    assert_int_equal(holiday(ymd(2024, 5, 20)), COSTSHARE_SE_NONE);
    assert_int_equal(is_business_day(ymd(2024, 5, 20)), 1);
    assert_int_equal(holiday(ymd(2024, 6, 23)), COSTSHARE_SE_SUNDAY);
    assert_int_equal(holiday(ymd(2024, 6, 21)), COSTSHARE_SE_NONE);
    assert_int_equal(day_kind(ymd(2024, 6, 21)), COSTSHARE_SE_MIDSUMMER_EVE);
    assert_int_equal(day_kind(ymd(2024, 12, 24)), COSTSHARE_SE_CHRISTMAS_EVE);
    assert_int_equal(day_kind(ymd(2024, 12, 31)), COSTSHARE_SE_NEW_YEARS_EVE);
    assert_int_equal(day_kind(ymd(2024, 6, 15)), COSTSHARE_SE_SATURDAY);
    assert_int_equal(day_kind(ymd(2024, 6, 17)), COSTSHARE_SE_NONE);
    assert_int_equal(holiday(ymd(2024, 6, 15)), COSTSHARE_SE_NONE);
}

static void named_holiday_on_a_sunday_is_the_named_holiday(void **state) {
    (void)state;
    assert_int_equal(holiday(ymd(2022, 12, 25)), COSTSHARE_SE_CHRISTMAS_DAY);
    assert_int_equal(holiday(ymd(2023, 1, 1)), COSTSHARE_SE_NEW_YEARS_DAY);
    assert_int_equal(holiday(ymd(2024, 3, 31)), COSTSHARE_SE_EASTER_DAY);
    /* an eve on a Saturday is the eve; on a Sunday, the Sunday */
    assert_int_equal(day_kind(ymd(2022, 12, 24)), COSTSHARE_SE_CHRISTMAS_EVE);
    assert_int_equal(day_kind(ymd(2023, 12, 24)), COSTSHARE_SE_SUNDAY);
    assert_int_equal(holiday(ymd(2023, 12, 24)), COSTSHARE_SE_SUNDAY);
}

static void coinciding_holidays_give_the_fixed_date(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* 2008: Easter 23 March, so Ascension Day fell on 1 May */
    assert_int_equal(holiday(ymd(2008, 5, 1)), COSTSHARE_SE_MAY_DAY);
    assert_int_equal(costshare_se_holiday_date(2008, COSTSHARE_SE_ASCENSION_DAY, &out), 0);
    assert_int_equal(out, ymd(2008, 5, 1));
    /* 2049: Easter 18 April, so Whitsunday falls on 6 June */
    assert_int_equal(holiday(ymd(2049, 6, 6)), COSTSHARE_SE_NATIONAL_DAY);
    assert_int_equal(costshare_se_holiday_date(2049, COSTSHARE_SE_WHITSUNDAY, &out), 0);
    assert_int_equal(out, ymd(2049, 6, 6));
}

static void whit_monday_gave_way_to_national_day_in_2005(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* SFS 2004:1320, in force 2005-04-01 */
    assert_int_equal(holiday(ymd(2004, 5, 31)), COSTSHARE_SE_WHIT_MONDAY);
    assert_int_equal(is_business_day(ymd(2004, 5, 31)), 0);
    assert_int_equal(holiday(ymd(2003, 6, 6)), COSTSHARE_SE_NONE);
    assert_int_equal(is_business_day(ymd(2003, 6, 6)), 1);
    assert_int_equal(holiday(ymd(2004, 6, 6)), COSTSHARE_SE_SUNDAY);
    assert_int_equal(holiday(ymd(2005, 5, 16)), COSTSHARE_SE_NONE);
    assert_int_equal(is_business_day(ymd(2005, 5, 16)), 1);
    assert_int_equal(holiday(ymd(2005, 6, 6)), COSTSHARE_SE_NATIONAL_DAY);
    assert_int_equal(is_business_day(ymd(2005, 6, 6)), 0);
    assert_int_equal(holiday(ymd(1990, 6, 4)), COSTSHARE_SE_WHIT_MONDAY);
    assert_int_equal(costshare_se_holiday_date(2004, COSTSHARE_SE_WHIT_MONDAY, &out), 0);
    assert_int_equal(out, ymd(2004, 5, 31));
    assert_int_equal(costshare_se_holiday_date(2005, COSTSHARE_SE_NATIONAL_DAY, &out), 0);
    assert_int_equal(out, ymd(2005, 6, 6));
    out = SENTINEL_DATE;
    assert_int_equal(costshare_se_holiday_date(2005, COSTSHARE_SE_WHIT_MONDAY, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_holiday_date(2004, COSTSHARE_SE_NATIONAL_DAY, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
}

static void holiday_dates_agree_with_the_day_functions(void **state) {
    int32_t y, h;
    (void)state;
    for (y = 1990; y <= 9999; y++) {
        for (h = COSTSHARE_SE_NEW_YEARS_DAY; h <= COSTSHARE_SE_NEW_YEARS_EVE; h++) {
            costshare_date out = SENTINEL_DATE;
            int rc = costshare_se_holiday_date(y, h, &out);
            int32_t oy = 0;
            if (h == COSTSHARE_SE_SUNDAY || (h == COSTSHARE_SE_WHIT_MONDAY && y >= 2005) ||
                (h == COSTSHARE_SE_NATIONAL_DAY && y < 2005)) {
                CHECK_EQ(rc, h == COSTSHARE_SE_SUNDAY ? COSTSHARE_EINVAL : COSTSHARE_ERANGE);
                CHECK_EQ(out, SENTINEL_DATE);
                continue;
            }
            CHECK_EQ(rc, COSTSHARE_OK);
            CHECK_EQ(costshare_date_to_ymd(out, &oy, NULL, NULL), COSTSHARE_OK);
            CHECK_EQ(oy, y);
            CHECK_EQ(is_business_day(out), 0);
            if (h <= COSTSHARE_SE_BOXING_DAY) {
                int got = holiday(out);
                /* only the documented coincidences may name another holiday */
                if (got != h) {
                    CHECK_EQ(
                        (h == COSTSHARE_SE_ASCENSION_DAY && got == COSTSHARE_SE_MAY_DAY) ||
                            (h == COSTSHARE_SE_WHITSUNDAY && got == COSTSHARE_SE_NATIONAL_DAY),
                        1);
                }
            } else if (weekday(out) != 7) {
                CHECK_EQ(day_kind(out), h);
            }
        }
    }
}

static void holiday_date_refuses_bad_input_untouched(void **state) {
    static const int32_t bad_kinds[] = {
        COSTSHARE_SE_NONE, COSTSHARE_SE_SUNDAY, COSTSHARE_SE_SATURDAY, -1, 20, INT32_MIN,
        INT32_MAX};
    size_t i;
    costshare_date out = SENTINEL_DATE;
    (void)state;
    for (i = 0; i < sizeof bad_kinds / sizeof bad_kinds[0]; i++) {
        assert_int_equal(costshare_se_holiday_date(2024, bad_kinds[i], &out), COSTSHARE_EINVAL);
    }
    assert_int_equal(costshare_se_holiday_date(1989, COSTSHARE_SE_EASTER_DAY, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_holiday_date(10000, COSTSHARE_SE_EASTER_DAY, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_holiday_date(INT32_MIN, COSTSHARE_SE_EASTER_DAY, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_holiday_date(2024, COSTSHARE_SE_EASTER_DAY, NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_se_holiday_date(1990, COSTSHARE_SE_NEW_YEARS_DAY, &out), 0);
    assert_int_equal(out, COSTSHARE_SE_DATE_MIN);
    assert_int_equal(costshare_se_holiday_date(9999, COSTSHARE_SE_NEW_YEARS_EVE, &out), 0);
    assert_int_equal(out, COSTSHARE_DATE_MAX);
}

static void day_functions_refuse_bad_input_untouched(void **state) {
    static const costshare_date bad[] = {COSTSHARE_SE_DATE_MIN - 1,
                                         COSTSHARE_DATE_MAX + 1,
                                         COSTSHARE_DATE_MIN,
                                         0,
                                         INT32_MIN,
                                         INT32_MAX};
    size_t i;
    int32_t h = SENTINEL_I32, k = SENTINEL_I32, b = SENTINEL_I32;
    (void)state;
    assert_int_equal(COSTSHARE_SE_DATE_MIN, ymd(1990, 1, 1));
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_se_holiday(bad[i], &h), COSTSHARE_ERANGE);
        assert_int_equal(costshare_se_day_kind(bad[i], &k), COSTSHARE_ERANGE);
        assert_int_equal(costshare_se_is_business_day(bad[i], &b), COSTSHARE_ERANGE);
    }
    assert_int_equal(h, SENTINEL_I32);
    assert_int_equal(k, SENTINEL_I32);
    assert_int_equal(b, SENTINEL_I32);
    /* a NULL output is refused first, whatever the date */
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_se_holiday(bad[i], NULL), COSTSHARE_EINVAL);
        assert_int_equal(costshare_se_day_kind(bad[i], NULL), COSTSHARE_EINVAL);
        assert_int_equal(costshare_se_is_business_day(bad[i], NULL), COSTSHARE_EINVAL);
    }
    assert_int_equal(costshare_se_holiday(ymd(2024, 12, 25), NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_se_day_kind(ymd(2024, 12, 25), NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_se_is_business_day(ymd(2024, 12, 27), NULL), COSTSHARE_EINVAL);
    /* the first and last dates are accepted */
    assert_int_equal(holiday(COSTSHARE_SE_DATE_MIN), COSTSHARE_SE_NEW_YEARS_DAY);
    assert_int_equal(day_kind(COSTSHARE_DATE_MAX), COSTSHARE_SE_NEW_YEARS_EVE);
    assert_int_equal(is_business_day(ymd(1990, 1, 2)), 1);
}

static void names_exist_in_both_languages(void **state) {
    int32_t h, j;
    (void)state;
    for (h = COSTSHARE_SE_NEW_YEARS_DAY; h <= COSTSHARE_SE_SATURDAY; h++) {
        const char *sv = costshare_se_holiday_name(h, COSTSHARE_LANG_SV);
        const char *en = costshare_se_holiday_name(h, COSTSHARE_LANG_EN);
        assert_non_null(sv);
        assert_non_null(en);
        assert_true(sv[0] != '\0');
        assert_true(en[0] != '\0');
        for (j = COSTSHARE_SE_NEW_YEARS_DAY; j < h; j++) {
            assert_string_not_equal(sv, costshare_se_holiday_name(j, COSTSHARE_LANG_SV));
            assert_string_not_equal(en, costshare_se_holiday_name(j, COSTSHARE_LANG_EN));
        }
    }
    assert_string_equal(
        costshare_se_holiday_name(COSTSHARE_SE_MIDSUMMER_EVE, COSTSHARE_LANG_SV),
        "Midsommarafton");
    assert_string_equal(
        costshare_se_holiday_name(COSTSHARE_SE_MIDSUMMER_EVE, COSTSHARE_LANG_EN),
        "Midsummer Eve");
    assert_string_equal(
        costshare_se_holiday_name(COSTSHARE_SE_NEW_YEARS_DAY, COSTSHARE_LANG_SV),
        "Ny\xc3\xa5rsdagen");
    assert_string_equal(costshare_se_holiday_name(COSTSHARE_SE_GOOD_FRIDAY, COSTSHARE_LANG_SV),
                        "L\xc3\xa5ngfredagen");
    assert_string_equal(
        costshare_se_holiday_name(COSTSHARE_SE_ALL_SAINTS_DAY, COSTSHARE_LANG_EN),
        "All Saints' Day");
    assert_string_equal(costshare_se_holiday_name(COSTSHARE_SE_NATIONAL_DAY, COSTSHARE_LANG_SV),
                        "Nationaldagen");
}

static void unknown_names_are_empty_never_null(void **state) {
    static const int32_t bad[] = {COSTSHARE_SE_NONE, -1, 20, 1000, INT32_MIN, INT32_MAX};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_string_equal(costshare_se_holiday_name(bad[i], COSTSHARE_LANG_SV), "");
        assert_string_equal(costshare_se_holiday_name(bad[i], COSTSHARE_LANG_EN), "");
    }
    assert_string_equal(costshare_se_holiday_name(COSTSHARE_SE_EASTER_DAY, 2), "");
    assert_string_equal(costshare_se_holiday_name(COSTSHARE_SE_EASTER_DAY, -1), "");
    assert_string_equal(costshare_se_holiday_name(COSTSHARE_SE_EASTER_DAY, INT32_MIN), "");
}

/* ---- deadlines (Lag 1930:173 2 §) ---- */

static costshare_date deadline(costshare_date date) {
    costshare_date out = SENTINEL_DATE;
    assert_int_equal(costshare_se_deadline(date, &out), COSTSHARE_OK);
    return out;
}

static void deadline_follows_the_domain_examples(void **state) {
    (void)state;
    /* docs/domain.md section 2 */
    assert_int_equal(deadline(ymd(2024, 6, 21)), ymd(2024, 6, 24));
    assert_int_equal(deadline(ymd(2024, 12, 24)), ymd(2024, 12, 27));
    assert_int_equal(deadline(ymd(2024, 12, 31)), ymd(2025, 1, 2));
    assert_int_equal(deadline(ymd(2004, 5, 31)), ymd(2004, 6, 1));
    assert_int_equal(deadline(ymd(2005, 5, 16)), ymd(2005, 5, 16));
    assert_int_equal(deadline(ymd(2003, 6, 6)), ymd(2003, 6, 6));
    assert_int_equal(deadline(ymd(2005, 6, 6)), ymd(2005, 6, 7));
    /* Easter and a long Christmas: Wednesday 24 December 2025 to Monday 29 */
    assert_int_equal(deadline(ymd(2024, 3, 29)), ymd(2024, 4, 2));
    assert_int_equal(deadline(ymd(2025, 12, 24)), ymd(2025, 12, 29));
    assert_int_equal(deadline(COSTSHARE_SE_DATE_MIN), ymd(1990, 1, 2));
    assert_int_equal(deadline(ymd(9999, 12, 30)), ymd(9999, 12, 30));
}

static void deadline_is_the_first_business_day_on_or_after(void **state) {
    costshare_date date;
    (void)state;
    build_prefix();
    for (date = COSTSHARE_SE_DATE_MIN; date < COSTSHARE_SE_DATE_MIN + PREFIX_DAYS - 10;
         date++) {
        costshare_date out = SENTINEL_DATE;
        CHECK_EQ(costshare_se_deadline(date, &out), COSTSHARE_OK);
        CHECK_EQ(out, first_with_cum(cum(date - 1) + 1));
    }
}

static void deadline_refuses_bad_input_untouched(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* 9999-12-31 is New Year's Eve: the next business day is past the range */
    assert_int_equal(costshare_se_deadline(COSTSHARE_DATE_MAX, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_deadline(COSTSHARE_DATE_MAX + 1, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_deadline(COSTSHARE_SE_DATE_MIN - 1, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_deadline(INT32_MIN, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_deadline(INT32_MAX, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_deadline(ymd(2024, 6, 21), NULL), COSTSHARE_EINVAL);
}

/* ---- appeal and motion deadlines (kommunallagen 2017:725) ---- */

/* 13 kap. 5 §: three weeks from the announcement (1930:173 1 §: the same
 * weekday three weeks later), moved by 1930:173 2 §. */
static void appeal_deadline_is_three_weeks_moved_by_section_2(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* Tuesday 2024-06-18 -> Tuesday 2024-07-09, a business day */
    assert_int_equal(costshare_se_appeal_deadline(ymd(2024, 6, 18), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 7, 9));
    /* 2024-12-03 + 3 weeks = Christmas Eve; 25 and 26 are holidays -> 27 */
    assert_int_equal(costshare_se_appeal_deadline(ymd(2024, 12, 3), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 12, 27));
    /* Saturday 2024-06-01 -> Midsummer Day 2024-06-22 -> Monday 06-24 */
    assert_int_equal(costshare_se_appeal_deadline(ymd(2024, 6, 1), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 6, 24));
    /* 2024-12-10 + 3 weeks = New Year's Eve -> Thursday 2025-01-02 */
    assert_int_equal(costshare_se_appeal_deadline(ymd(2024, 12, 10), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2025, 1, 2));
    /* The first day of the range: 1990-01-22 is a Monday */
    assert_int_equal(costshare_se_appeal_deadline(COSTSHARE_SE_DATE_MIN, &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(1990, 1, 22));
    /* 9999-12-09 + 3 weeks = 9999-12-30, a Thursday */
    assert_int_equal(costshare_se_appeal_deadline(ymd(9999, 12, 9), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(9999, 12, 30));
}

static void appeal_deadline_refuses_out_of_range_untouched(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* 9999-12-10 + 3 weeks is New Year's Eve 9999: no next business day */
    assert_int_equal(costshare_se_appeal_deadline(ymd(9999, 12, 10), &out), COSTSHARE_ERANGE);
    /* three weeks past 9999-12-31 */
    assert_int_equal(costshare_se_appeal_deadline(ymd(9999, 12, 11), &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_appeal_deadline(COSTSHARE_SE_DATE_MIN - 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_appeal_deadline(COSTSHARE_DATE_MAX + 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_appeal_deadline(INT32_MIN, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_appeal_deadline(ymd(2024, 6, 18), NULL), COSTSHARE_EINVAL);
}

/* 5 kap. 35 §: within one year from the day the motion was raised, by
 * 1930:173 1 §, not moved by 2 §. */
static void motion_deadline_is_one_year_by_section_1(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* Täby: the motion of 2016-02-15 */
    assert_int_equal(costshare_se_motion_deadline(ymd(2016, 2, 15), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2017, 2, 15));
    /* a leap day: the end month has no 29th, so its last day */
    assert_int_equal(costshare_se_motion_deadline(ymd(2024, 2, 29), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2025, 2, 28));
    /* not moved: 2024-06-22 is Midsummer Day and stays */
    assert_int_equal(costshare_se_motion_deadline(ymd(2023, 6, 22), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 6, 22));
    assert_int_equal(costshare_se_motion_deadline(ymd(9998, 12, 31), &out), COSTSHARE_OK);
    assert_int_equal(out, COSTSHARE_DATE_MAX);
    out = SENTINEL_DATE;
    assert_int_equal(costshare_se_motion_deadline(ymd(9999, 1, 1), &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_motion_deadline(COSTSHARE_SE_DATE_MIN - 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_motion_deadline(INT32_MAX, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_motion_deadline(ymd(2016, 2, 15), NULL), COSTSHARE_EINVAL);
}

/* ---- counting business days ---- */

static void business_days_between_counts_after_from_through_to(void **state) {
    int32_t n = SENTINEL_I32;
    (void)state;
    /* Monday 17 June to Monday 24 June 2024: 18, 19, 20, 24 (21 is Midsummer Eve) */
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 6, 17), ymd(2024, 6, 24), &n),
                     0);
    assert_int_equal(n, 4);
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 6, 24), ymd(2024, 6, 17), &n),
                     0);
    assert_int_equal(n, -4);
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 6, 17), ymd(2024, 6, 17), &n),
                     0);
    assert_int_equal(n, 0);
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 6, 21), ymd(2024, 6, 24), &n),
                     0);
    assert_int_equal(n, 1);
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 6, 24), ymd(2024, 6, 21), &n),
                     0);
    assert_int_equal(n, 0); /* [21, 24) holds no business day */
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 1, 1), ymd(2024, 12, 31), &n),
                     0);
    /* 2024: 262 weekdays; 1 Jan, 29 Mar, 1 Apr, 1 May, 9 May, 6 Jun, 21 Jun,
     * 24, 25, 26 and 31 Dec fall on weekdays (Epiphany is a Saturday) */
    assert_int_equal(n, 262 - 11);
    /* 2008: 262 weekdays; 1 Jan, 21 and 24 Mar, 1 May (May Day and Ascension
     * Day, one day), 6 and 20 Jun, 24, 25, 26 and 31 Dec (Epiphany is a
     * Sunday) */
    assert_int_equal(
        costshare_se_business_days_between(ymd(2007, 12, 31), ymd(2008, 12, 31), &n), 0);
    assert_int_equal(n, 262 - 10);
}

static void business_days_agree_with_day_by_day_reference(void **state) {
    int i;
    (void)state;
    build_prefix();
    for (i = 0; i < 20000; i++) {
        costshare_date a = COSTSHARE_SE_DATE_MIN + rnd_range(0, PREFIX_DAYS - 1);
        costshare_date b = (i & 1) ? a + rnd_range(-800, 800)
                                   : COSTSHARE_SE_DATE_MIN + rnd_range(0, PREFIX_DAYS - 1);
        int32_t n = SENTINEL_I32,
                step = (i & 2) ? rnd_range(-40, 40) : rnd_range(-20000, 20000);
        int32_t k;
        costshare_date expect, out = SENTINEL_DATE;
        int rc;
        if (b < COSTSHARE_SE_DATE_MIN || b >= COSTSHARE_SE_DATE_MIN + PREFIX_DAYS) {
            b = a;
        }
        CHECK_EQ(costshare_se_business_days_between(a, b, &n), COSTSHARE_OK);
        CHECK_EQ(n, ref_between(a, b));
        /* add: the step-th business day after (before) a */
        k = step >= 0 ? cum(a) + step : cum(a - 1) + step + 1;
        rc = costshare_se_add_business_days(a, step, &out);
        if (step == 0) {
            CHECK_EQ(rc, COSTSHARE_OK);
            CHECK_EQ(out, a);
            continue;
        }
        if (k < 1) {
            CHECK_EQ(rc, COSTSHARE_ERANGE);
            CHECK_EQ(out, SENTINEL_DATE);
            continue;
        }
        expect = first_with_cum(k);
        if (expect == 0) {
            continue; /* beyond the reference table */
        }
        CHECK_EQ(rc, COSTSHARE_OK);
        CHECK_EQ(out, expect);
        CHECK_EQ(ref_between(a, out), step);
    }
}

static void business_day_counting_spans_the_whole_range(void **state) {
    struct walk w;
    int32_t total = 0, n = SENTINEL_I32;
    costshare_date first = 0, last = 0, out = SENTINEL_DATE;
    int i;
    (void)state;
    walk_start(&w);
    for (;;) {
        if (walk_kind(&w) == COSTSHARE_SE_NONE) {
            total++;
            if (first == 0) {
                first = w.date;
            }
            last = w.date;
        }
        if (w.date == COSTSHARE_DATE_MAX) {
            break;
        }
        walk_next(&w);
    }
    assert_int_equal(first, ymd(1990, 1, 2));
    assert_int_equal(
        costshare_se_business_days_between(COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX, &n), 0);
    assert_int_equal(n, total);
    assert_int_equal(
        costshare_se_business_days_between(COSTSHARE_DATE_MAX, COSTSHARE_SE_DATE_MIN, &n), 0);
    assert_int_equal(n, -total);
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_SE_DATE_MIN, total, &out), 0);
    assert_int_equal(out, last);
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_DATE_MAX, -total, &out), 0);
    assert_int_equal(out, first);
    out = SENTINEL_DATE;
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_SE_DATE_MIN, total + 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_DATE_MAX, -total - 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    /* round trips far apart: to a business day b and back */
    for (i = 0; i < 200; i++) {
        costshare_date a = rnd_range(COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX);
        costshare_date b = rnd_range(COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX);
        costshare_date back = SENTINEL_DATE;
        if (costshare_se_deadline(b, &b) != COSTSHARE_OK) {
            b = ymd(9999, 12, 30); /* b was 9999-12-31, New Year's Eve */
        }
        assert_int_equal(costshare_se_business_days_between(a, b, &n), COSTSHARE_OK);
        assert_int_equal(costshare_se_add_business_days(a, n, &back), COSTSHARE_OK);
        assert_int_equal(back, b);
    }
}

static void counting_refuses_bad_input_untouched(void **state) {
    static const costshare_date bad[] = {COSTSHARE_SE_DATE_MIN - 1, COSTSHARE_DATE_MAX + 1,
                                         INT32_MIN, INT32_MAX};
    static const int32_t counts[] = {0, 1, -1, INT32_MAX, INT32_MIN};
    size_t i, j;
    int32_t n = SENTINEL_I32;
    costshare_date out = SENTINEL_DATE;
    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(costshare_se_business_days_between(bad[i], ymd(2024, 1, 1), &n),
                         COSTSHARE_ERANGE);
        assert_int_equal(costshare_se_business_days_between(ymd(2024, 1, 1), bad[i], &n),
                         COSTSHARE_ERANGE);
        for (j = 0; j < sizeof counts / sizeof counts[0]; j++) {
            assert_int_equal(costshare_se_add_business_days(bad[i], counts[j], &out),
                             COSTSHARE_ERANGE);
        }
    }
    /* huge counts leave the range */
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 1, 1), INT32_MAX, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 1, 1), INT32_MIN, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_SE_DATE_MIN, -1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_add_business_days(COSTSHARE_DATE_MAX, 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_se_add_business_days(ymd(9999, 12, 30), 1, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(n, SENTINEL_I32);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_se_business_days_between(0, 1, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_se_business_days_between(ymd(2024, 1, 1), ymd(2024, 1, 2), NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 1, 1), 1, NULL),
                     COSTSHARE_EINVAL);
    /* zero keeps the date, business day or not */
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 6, 22), 0, &out), 0);
    assert_int_equal(out, ymd(2024, 6, 22));
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 6, 22), 1, &out), 0);
    assert_int_equal(out, ymd(2024, 6, 24));
    assert_int_equal(costshare_se_add_business_days(ymd(2024, 6, 24), -1, &out), 0);
    assert_int_equal(out, ymd(2024, 6, 20));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(easter_matches_published_table_1990_2040),
        cmocka_unit_test(easter_agrees_with_meeus_every_year),
        cmocka_unit_test(easter_refuses_bad_input_untouched),
        cmocka_unit_test(every_day_has_the_reference_kind),
        cmocka_unit_test(named_holidays_of_2024),
        cmocka_unit_test(named_holiday_on_a_sunday_is_the_named_holiday),
        cmocka_unit_test(coinciding_holidays_give_the_fixed_date),
        cmocka_unit_test(whit_monday_gave_way_to_national_day_in_2005),
        cmocka_unit_test(holiday_dates_agree_with_the_day_functions),
        cmocka_unit_test(holiday_date_refuses_bad_input_untouched),
        cmocka_unit_test(day_functions_refuse_bad_input_untouched),
        cmocka_unit_test(names_exist_in_both_languages),
        cmocka_unit_test(unknown_names_are_empty_never_null),
        cmocka_unit_test(deadline_follows_the_domain_examples),
        cmocka_unit_test(deadline_is_the_first_business_day_on_or_after),
        cmocka_unit_test(deadline_refuses_bad_input_untouched),
        cmocka_unit_test(appeal_deadline_is_three_weeks_moved_by_section_2),
        cmocka_unit_test(appeal_deadline_refuses_out_of_range_untouched),
        cmocka_unit_test(motion_deadline_is_one_year_by_section_1),
        cmocka_unit_test(business_days_between_counts_after_from_through_to),
        cmocka_unit_test(business_days_agree_with_day_by_day_reference),
        cmocka_unit_test(business_day_counting_spans_the_whole_range),
        cmocka_unit_test(counting_refuses_bad_input_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
