/* Tests for fixed terms that renew themselves (include/costshare/term.h).
 *
 * Expected values come from the 2016 agreement ("gäller till och med
 * 180131", renewed by one year, three months' notice), from Lag (1930:173)
 * 1 § written out as a walk over days (ref_span_last below), and from
 * searches over term ends; never from the library's own output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL ((costshare_date)0x5A5A5A5A)

static int32_t ref_dim(int32_t y, int32_t m) {
    static const int32_t len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return len[m - 1] + (m == 2 ? leap : 0);
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

/* ---- fixed terms with automatic renewal -------------------------------- */

static costshare_term term_2016(void) {
    costshare_term t = COSTSHARE_TERM_INIT;
    t.start = ymd(2016, 9, 1);
    t.initial_count = 17;
    t.initial_unit = COSTSHARE_MONTHS;
    t.renewal_count = 1;
    t.renewal_unit = COSTSHARE_YEARS;
    t.notice_count = 3;
    t.notice_unit = COSTSHARE_MONTHS;
    return t;
}

static costshare_date term_end_of(const costshare_term *t, costshare_date day) {
    costshare_date out = SENTINEL;
    assert_int_equal(costshare_term_end(t, day, &out), COSTSHARE_OK);
    return out;
}

static void term_init_sets_the_version(void **state) {
    costshare_term t;
    costshare_term init = COSTSHARE_TERM_INIT;
    (void)state;
    memset(&t, 0x5A, sizeof t);
    assert_int_equal(costshare_term_init(&t, COSTSHARE_TERM_VERSION), COSTSHARE_OK);
    assert_int_equal(t.version, COSTSHARE_TERM_VERSION);
    assert_int_equal(memcmp(&t, &init, sizeof t), 0);
    memset(&t, 0x5A, sizeof t);
    assert_int_equal(costshare_term_init(&t, COSTSHARE_TERM_VERSION + 1), COSTSHARE_EINVAL);
    assert_int_equal(costshare_term_init(&t, 0), COSTSHARE_EINVAL);
    assert_int_equal(t.version, 0x5A5A5A5Au);
    assert_int_equal(costshare_term_init(NULL, COSTSHARE_TERM_VERSION), COSTSHARE_EINVAL);
}

static void fixed_term_of_the_2016_agreement(void **state) {
    costshare_term t = term_2016();
    costshare_date out = SENTINEL;
    (void)state;
    /* "Detta avtal gäller till och med 180131": from 2016-09-01, 17 months. */
    assert_int_equal(term_end_of(&t, ymd(2016, 9, 1)), ymd(2018, 1, 31));
    assert_int_equal(term_end_of(&t, ymd(2018, 1, 31)), ymd(2018, 1, 31));
    assert_int_equal(term_end_of(&t, ymd(2018, 2, 1)), ymd(2019, 1, 31));
    assert_int_equal(term_end_of(&t, ymd(2019, 1, 31)), ymd(2019, 1, 31));
    assert_int_equal(term_end_of(&t, ymd(2019, 2, 1)), ymd(2020, 1, 31));
    assert_int_equal(term_end_of(&t, ymd(2124, 6, 1)), ymd(2125, 1, 31));
    /* A day before the start: dates in the wrong order. */
    assert_int_equal(costshare_term_end(&t, ymd(2016, 8, 31), &out), COSTSHARE_EBACKWARDS);
    /* Not renewed: after 2018-01-31 no term is in force. */
    t.renewal_count = 0;
    assert_int_equal(term_end_of(&t, ymd(2017, 6, 1)), ymd(2018, 1, 31));
    assert_int_equal(costshare_term_end(&t, ymd(2018, 2, 1), &out), COSTSHARE_ETOOLATE);
    assert_int_equal(costshare_term_end(&t, COSTSHARE_DATE_MAX, &out), COSTSHARE_ETOOLATE);
    assert_int_equal(out, SENTINEL);
}

static void notice_before_the_term_end_stops_the_renewal(void **state) {
    costshare_term t = term_2016();
    costshare_date end = SENTINEL, latest = SENTINEL;
    (void)state;
    /* Three months before 2018-01-31 is 2017-10-31. */
    assert_int_equal(costshare_term_notice(&t, ymd(2017, 10, 31), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2018, 1, 31));
    assert_int_equal(latest, ymd(2017, 10, 31));
    assert_int_equal(costshare_term_notice(&t, ymd(2017, 11, 1), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2019, 1, 31));
    assert_int_equal(latest, ymd(2018, 10, 31));
    /* Notice before the start counts for the initial term. */
    assert_int_equal(costshare_term_notice(&t, ymd(2016, 1, 1), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2018, 1, 31));
    /* 2 §: the last notice day for 2020-01-31 is Thursday 2019-10-31, a
     * business day; for 2021-01-31 it is Saturday 2020-10-31 (All Saints'
     * Day), so notice on Monday 2020-11-02 is still in time. */
    t.notice_flags = COSTSHARE_SE_DEADLINE;
    assert_int_equal(costshare_term_notice(&t, ymd(2020, 11, 2), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2021, 1, 31));
    assert_int_equal(latest, ymd(2020, 11, 2));
    assert_int_equal(costshare_term_notice(&t, ymd(2020, 11, 3), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2022, 1, 31));
    t.notice_flags = 0;
    assert_int_equal(costshare_term_notice(&t, ymd(2020, 11, 2), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2022, 1, 31));
    /* Not renewed: notice after the last notice day comes too late for the
     * only term there is. */
    t.renewal_count = 0;
    end = latest = SENTINEL;
    assert_int_equal(costshare_term_notice(&t, ymd(2017, 10, 31), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2018, 1, 31));
    end = latest = SENTINEL;
    assert_int_equal(costshare_term_notice(&t, ymd(2017, 11, 1), &end, &latest),
                     COSTSHARE_ETOOLATE);
    assert_int_equal(end, SENTINEL);
    assert_int_equal(latest, SENTINEL);
}

/* A term ending on calendar year ends with "three calendar years" of notice
 * read both ways: counting the year of notice as the first, notice given in
 * 2023 is in time for the term end 2025-12-31; counting whole years after it,
 * only for 2026-12-31. */
static void calendar_year_notice_read_both_ways(void **state) {
    costshare_term t = COSTSHARE_TERM_INIT;
    costshare_date end = SENTINEL, latest = SENTINEL;
    (void)state;
    t.start = ymd(2020, 1, 1);
    t.initial_count = 1;
    t.initial_unit = COSTSHARE_YEARS;
    t.renewal_count = 1;
    t.renewal_unit = COSTSHARE_YEARS;
    t.notice_count = 3;
    t.notice_unit = COSTSHARE_YEARS;
    t.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    assert_int_equal(costshare_term_notice(&t, ymd(2023, 5, 26), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2026, 12, 31));
    assert_int_equal(latest, ymd(2023, 12, 31));
    t.notice_flags = COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT;
    assert_int_equal(costshare_term_notice(&t, ymd(2023, 5, 26), &end, &latest), COSTSHARE_OK);
    assert_int_equal(end, ymd(2025, 12, 31));
    assert_int_equal(latest, ymd(2023, 12, 31));
}

/*
 * Reference for the last day of a term of n units from `start`, written as
 * a walk over days rather than with month arithmetic: the term has run its
 * n units on the first day X of the end month whose number reaches start's
 * day, or on the first day of the month after the end month when the end
 * month has no such day (Lag 1930:173 1 §, second sentence: its last day is
 * then the end day, and the term includes it). The last day is X - 1.
 */
static costshare_date ref_span_last(costshare_date start, int32_t n, int32_t unit) {
    int32_t y, m, d, xy, xm, xd, idx;
    costshare_date x;
    switch (unit) {
    case COSTSHARE_DAYS:
        return start + n - 1;
    case COSTSHARE_WEEKS:
        return start + 7 * n - 1;
    default:
        break;
    }
    assert_int_equal(costshare_date_to_ymd(start, &y, &m, &d), COSTSHARE_OK);
    idx = y * 12 + (m - 1) + (unit == COSTSHARE_MONTHS ? n : 12 * n);
    x = ymd(idx / 12, idx % 12 + 1, 1); /* the first day of the end month */
    for (;;) {
        assert_int_equal(costshare_date_to_ymd(x, &xy, &xm, &xd), COSTSHARE_OK);
        if (xd >= d || xm != idx % 12 + 1) {
            return x - 1;
        }
        x++;
    }
}

/* Review finding I8: the end month without the start's day number. */
static void term_without_a_corresponding_day_runs_to_the_end_months_last_day(void **state) {
    costshare_term t = COSTSHARE_TERM_INIT;
    costshare_date out = SENTINEL, latest = SENTINEL;
    (void)state;
    t.initial_count = 1;
    t.initial_unit = COSTSHARE_MONTHS;
    t.renewal_count = 1;
    t.renewal_unit = COSTSHARE_MONTHS;
    t.notice_unit = COSTSHARE_DAYS;
    /* 1 §: from 2024-01-31 one month; February has no 31st, so its last
     * day, 2024-02-29, is the end day, and the term runs through it. The
     * renewal starts on 2024-03-01 and is a whole calendar month. */
    t.start = ymd(2024, 1, 31);
    assert_int_equal(term_end_of(&t, ymd(2024, 1, 31)), ymd(2024, 2, 29));
    assert_int_equal(term_end_of(&t, ymd(2024, 2, 28)), ymd(2024, 2, 29));
    assert_int_equal(term_end_of(&t, ymd(2024, 2, 29)), ymd(2024, 2, 29));
    assert_int_equal(term_end_of(&t, ymd(2024, 3, 1)), ymd(2024, 3, 31));
    assert_int_equal(term_end_of(&t, ymd(2024, 4, 1)), ymd(2024, 4, 30));
    /* The same as notice given on 2024-01-30 with one month: 2024-02-29. */
    assert_int_equal(end_of(ymd(2024, 1, 30), 1, COSTSHARE_MONTHS, 0), ymd(2024, 2, 29));
    /* Notice on the term's last day (notice period 0 days) is in time for it. */
    assert_int_equal(costshare_term_notice(&t, ymd(2024, 2, 29), &out, &latest), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 2, 29));
    assert_int_equal(latest, ymd(2024, 2, 29));
    /* Not a leap year: 2023-01-31 + 1 month runs through 2023-02-28. */
    t.start = ymd(2023, 1, 31);
    assert_int_equal(term_end_of(&t, t.start), ymd(2023, 2, 28));
    assert_int_equal(term_end_of(&t, ymd(2023, 3, 1)), ymd(2023, 3, 31));
    /* February has a 29th in 2024 and a 30th never: 01-29 ends on 02-28
     * (the day before 02-29), 01-30 on 02-29. */
    t.start = ymd(2024, 1, 29);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 2, 28));
    assert_int_equal(term_end_of(&t, ymd(2024, 2, 29)), ymd(2024, 3, 28));
    t.start = ymd(2024, 1, 30);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 2, 29));
    /* April has no 31st: from 2024-03-31 one month runs through 04-30. */
    t.start = ymd(2024, 3, 31);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 4, 30));
    assert_int_equal(term_end_of(&t, ymd(2024, 5, 1)), ymd(2024, 5, 31));
    /* A start on the first: whole calendar months (May, then June). */
    t.start = ymd(2024, 5, 1);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 5, 31));
    assert_int_equal(term_end_of(&t, ymd(2024, 6, 1)), ymd(2024, 6, 30));
    /* Years: from 2024-02-29 one year runs through 2025-02-28 (Lag (1930:173) 1 §:
     * 2024-02-29 + 1 year = 2025-02-28, which has no 29th); from 2023-03-01
     * through 2024-02-29. */
    t.initial_unit = COSTSHARE_YEARS;
    t.renewal_unit = COSTSHARE_YEARS;
    t.start = ymd(2024, 2, 29);
    assert_int_equal(term_end_of(&t, t.start), ymd(2025, 2, 28));
    assert_int_equal(term_end_of(&t, ymd(2025, 3, 1)), ymd(2026, 2, 28));
    t.start = ymd(2023, 3, 1);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 2, 29));
    /* Six months from 2023-08-31: February 2024 has no 31st. */
    t.initial_count = 6;
    t.initial_unit = COSTSHARE_MONTHS;
    t.start = ymd(2023, 8, 31);
    assert_int_equal(term_end_of(&t, t.start), ymd(2024, 2, 29));
}

/* A term whose start is not the first of a month ends where notice given
 * the day before it would (costshare_notice_end(), 1 §); a start on the
 * first gives whole calendar months. Every start in 2023-2024, 1..14 months
 * and 1..2 years. */
static void term_end_agrees_with_notice_end_from_the_day_before(void **state) {
    costshare_date start;
    int32_t n;
    (void)state;
    for (start = ymd(2023, 1, 1); start <= ymd(2024, 12, 31); start++) {
        int32_t y, m, d;
        assert_int_equal(costshare_date_to_ymd(start, &y, &m, &d), COSTSHARE_OK);
        for (n = 1; n <= 16; n++) {
            costshare_term t = COSTSHARE_TERM_INIT;
            costshare_date want;
            t.start = start;
            t.initial_count = n <= 14 ? n : n - 14;
            t.initial_unit = n <= 14 ? COSTSHARE_MONTHS : COSTSHARE_YEARS;
            if (d == 1) {
                /* Whole calendar months: through the last day of the month
                 * n - 1 months after the start's month. */
                int32_t idx = y * 12 + (m - 1) +
                              (t.initial_unit == COSTSHARE_YEARS ? 12 : 1) * t.initial_count -
                              1;
                want = ymd(idx / 12, idx % 12 + 1, ref_dim(idx / 12, idx % 12 + 1));
            } else {
                want = end_of(start - 1, t.initial_count, t.initial_unit, 0);
            }
            if (term_end_of(&t, start) != want) {
                fail_msg("start %d n %d: want %d", (int)start, (int)n, (int)want);
            }
            assert_int_equal(want, ref_span_last(start, t.initial_count, t.initial_unit));
        }
    }
}

static void term_end_matches_a_term_by_term_walk(void **state) {
    static const int32_t configs[][5] = {
        /* start day offset, initial count, initial unit, renewal count, unit */
        {0, 17, COSTSHARE_MONTHS, 1, COSTSHARE_YEARS},
        {30, 1, COSTSHARE_MONTHS, 1, COSTSHARE_MONTHS},
        {58, 1, COSTSHARE_YEARS, 2, COSTSHARE_MONTHS},
        {59, 10, COSTSHARE_DAYS, 3, COSTSHARE_WEEKS},
        {3, 2, COSTSHARE_WEEKS, 5, COSTSHARE_DAYS},
        {120, 6, COSTSHARE_MONTHS, 1, COSTSHARE_YEARS},
        {61, 1, COSTSHARE_DAYS, 7, COSTSHARE_MONTHS},
        {31, 1, COSTSHARE_MONTHS, 1, COSTSHARE_MONTHS}, /* 2024-01-31 */
        {91, 1, COSTSHARE_MONTHS, 1, COSTSHARE_MONTHS}, /* 2024-03-31 */
        {60, 1, COSTSHARE_YEARS, 1, COSTSHARE_YEARS},   /* 2024-02-29 */
        {1, 1, COSTSHARE_MONTHS, 3, COSTSHARE_MONTHS},  /* 2024-01-01 */
        {29, 2, COSTSHARE_DAYS, 1, COSTSHARE_MONTHS},   /* renewals from 2024-01-31 */
    };
    const costshare_date base = ymd(2023, 12, 31); /* offsets from here */
    size_t c;
    (void)state;
    for (c = 0; c < sizeof configs / sizeof configs[0]; c++) {
        costshare_term t = COSTSHARE_TERM_INIT;
        costshare_date term_first, term_last, day, s1;
        int32_t k = 0;
        t.start = base + configs[c][0];
        t.initial_count = configs[c][1];
        t.initial_unit = configs[c][2];
        t.renewal_count = configs[c][3];
        t.renewal_unit = configs[c][4];
        t.notice_count = 1;
        t.notice_unit = COSTSHARE_MONTHS;
        term_first = t.start;
        term_last = ref_span_last(t.start, t.initial_count, t.initial_unit);
        s1 = term_last + 1;
        for (day = t.start; day < t.start + 3000; day++) {
            if (day > term_last) {
                k++;
                term_first = term_last + 1;
                term_last = ref_span_last(s1, k * t.renewal_count, t.renewal_unit);
                assert_true(term_last >= term_first);
            }
            if (term_end_of(&t, day) != term_last) {
                fail_msg("config %d day %d: want %d", (int)c, (int)day, (int)term_last);
            }
        }
    }
}

/* term_notice gives the first term end E whose (moved) last notice day is
 * on or after the day notice is given. */
static void term_notice_matches_a_search_over_term_ends(void **state) {
    static const int32_t notices[][3] = {
        {3, COSTSHARE_MONTHS, 0},
        {3, COSTSHARE_MONTHS, COSTSHARE_SE_DEADLINE},
        {1, COSTSHARE_YEARS, COSTSHARE_CALENDAR_PERIODS},
        {2, COSTSHARE_WEEKS, COSTSHARE_CALENDAR_PERIODS | COSTSHARE_SE_DEADLINE},
        {10, COSTSHARE_DAYS, COSTSHARE_SE_DEADLINE},
    };
    size_t c;
    (void)state;
    for (c = 0; c < sizeof notices / sizeof notices[0]; c++) {
        costshare_term t = term_2016();
        costshare_date day;
        t.renewal_count = 4;
        t.renewal_unit = COSTSHARE_MONTHS;
        t.notice_count = notices[c][0];
        t.notice_unit = notices[c][1];
        t.notice_flags = (uint32_t)notices[c][2];
        for (day = ymd(2016, 1, 1); day < ymd(2022, 1, 1); day++) {
            costshare_date end = SENTINEL, latest = SENTINEL, e, want_latest;
            assert_int_equal(costshare_term_notice(&t, day, &end, &latest), COSTSHARE_OK);
            e = term_end_of(&t, t.start);
            for (;;) {
                want_latest = latest_of(e, t.notice_count, t.notice_unit, t.notice_flags);
                if (want_latest >= day) {
                    break;
                }
                e = term_end_of(&t, e + 1);
            }
            if (end != e || latest != want_latest) {
                fail_msg("config %d day %d: got %d/%d want %d/%d", (int)c, (int)day, (int)end,
                         (int)latest, (int)e, (int)want_latest);
            }
        }
    }
}

static void term_refuses_bad_terms_and_leaves_outputs(void **state) {
    costshare_term t = term_2016(), bad;
    costshare_date end = SENTINEL, latest = SENTINEL;
    const costshare_date day = ymd(2017, 1, 1);
    (void)state;
    assert_int_equal(costshare_term_end(NULL, day, &end), COSTSHARE_EINVAL);
    assert_int_equal(costshare_term_end(&t, day, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_term_notice(NULL, day, &end, &latest), COSTSHARE_EINVAL);
    assert_int_equal(costshare_term_notice(&t, day, NULL, &latest), COSTSHARE_EINVAL);
    assert_int_equal(costshare_term_notice(&t, day, &end, NULL), COSTSHARE_EINVAL);
#define CHECK_BAD(field, value, code)                                                          \
    do {                                                                                       \
        bad = t;                                                                               \
        bad.field = value;                                                                     \
        assert_int_equal(costshare_term_end(&bad, day, &end), code);                           \
        assert_int_equal(costshare_term_notice(&bad, day, &end, &latest), code);               \
    } while (0)
    CHECK_BAD(version, 0u, COSTSHARE_EINVAL);
    CHECK_BAD(version, COSTSHARE_TERM_VERSION + 1u, COSTSHARE_EINVAL);
    CHECK_BAD(initial_unit, 4, COSTSHARE_EINVAL);
    CHECK_BAD(renewal_unit, -1, COSTSHARE_EINVAL);
    CHECK_BAD(notice_unit, 9, COSTSHARE_EINVAL);
    CHECK_BAD(notice_flags, 4u,
              COSTSHARE_EINVAL); /* the current period, without calendar periods */
    CHECK_BAD(notice_flags, 8u, COSTSHARE_EINVAL);
    CHECK_BAD(start, COSTSHARE_DATE_MIN - 1, COSTSHARE_ERANGE);
    CHECK_BAD(initial_count, 0, COSTSHARE_ERANGE);
    CHECK_BAD(initial_count, -3, COSTSHARE_ERANGE);
    CHECK_BAD(renewal_count, -1, COSTSHARE_ERANGE);
    CHECK_BAD(notice_count, -1, COSTSHARE_ERANGE);
#undef CHECK_BAD
    assert_int_equal(costshare_term_end(&t, COSTSHARE_DATE_MAX + 1, &end), COSTSHARE_ERANGE);
    assert_int_equal(costshare_term_notice(&t, COSTSHARE_DATE_MIN - 1, &end, &latest),
                     COSTSHARE_ERANGE);
    /* Term ends beyond 9999-12-31. */
    bad = t;
    bad.initial_count = INT32_MAX;
    assert_int_equal(costshare_term_end(&bad, day, &end), COSTSHARE_ERANGE);
    bad = t;
    bad.renewal_count = INT32_MAX;
    assert_int_equal(costshare_term_end(&bad, ymd(2018, 2, 1), &end), COSTSHARE_ERANGE);
    assert_int_equal(costshare_term_end(&t, ymd(9999, 2, 1), &end), COSTSHARE_ERANGE);
    /* 2 § before 1990: the Swedish calendar does not reach it. */
    bad = t;
    bad.start = ymd(1985, 1, 1);
    bad.notice_flags = COSTSHARE_SE_DEADLINE;
    assert_int_equal(costshare_term_notice(&bad, ymd(1985, 6, 1), &end, &latest),
                     COSTSHARE_ERANGE);
    assert_int_equal(end, SENTINEL);
    assert_int_equal(latest, SENTINEL);
    /* 2 § looks at the last business day before the notice day: there is
     * none in the calendar before 1990-01-03 (1990-01-01 is a holiday). */
    assert_int_equal(costshare_term_notice(&bad, ymd(1990, 1, 2), &end, &latest),
                     COSTSHARE_ERANGE);
    assert_int_equal(end, SENTINEL);
    assert_int_equal(costshare_term_notice(&bad, ymd(1990, 1, 3), &end, &latest), COSTSHARE_OK);
    end = latest = SENTINEL;
    /* Notice given so late that the notice period runs past 9999-12-31. */
    assert_int_equal(costshare_term_notice(&t, ymd(9999, 12, 1), &end, &latest),
                     COSTSHARE_ERANGE);
    /* The last notice day is 9999-12-31, New Year's Eve: 2 § has no weekday
     * after it to move to. */
    bad = t;
    bad.start = ymd(9999, 1, 1);
    bad.initial_count = 1;
    bad.initial_unit = COSTSHARE_YEARS;
    bad.notice_count = 0;
    bad.notice_unit = COSTSHARE_DAYS;
    bad.notice_flags = COSTSHARE_SE_DEADLINE;
    assert_int_equal(costshare_term_notice(&bad, COSTSHARE_DATE_MAX, &end, &latest),
                     COSTSHARE_ERANGE);
    assert_int_equal(end, SENTINEL);
    assert_int_equal(latest, SENTINEL);
    /* A span ending after 9999-12-31 (10000-01-15 is not the day after it). */
    bad = t;
    bad.start = ymd(9999, 1, 15);
    bad.initial_count = 1;
    bad.initial_unit = COSTSHARE_YEARS;
    assert_int_equal(costshare_term_end(&bad, ymd(9999, 5, 1), &end), COSTSHARE_ERANGE);
    /* A span ending exactly on 9999-12-31 (the day before 10000-01-01). */
    bad = t;
    bad.start = ymd(9999, 1, 1);
    bad.initial_count = 1;
    bad.initial_unit = COSTSHARE_YEARS;
    assert_int_equal(term_end_of(&bad, ymd(9999, 5, 1)), COSTSHARE_DATE_MAX);
    bad.start = ymd(9998, 12, 1);
    bad.initial_count = 1;
    bad.initial_unit = COSTSHARE_MONTHS;
    bad.renewal_unit = COSTSHARE_MONTHS;
    assert_int_equal(term_end_of(&bad, ymd(9999, 12, 5)), COSTSHARE_DATE_MAX);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(term_init_sets_the_version),
        cmocka_unit_test(fixed_term_of_the_2016_agreement),
        cmocka_unit_test(notice_before_the_term_end_stops_the_renewal),
        cmocka_unit_test(calendar_year_notice_read_both_ways),
        cmocka_unit_test(term_without_a_corresponding_day_runs_to_the_end_months_last_day),
        cmocka_unit_test(term_end_agrees_with_notice_end_from_the_day_before),
        cmocka_unit_test(term_end_matches_a_term_by_term_walk),
        cmocka_unit_test(term_notice_matches_a_search_over_term_ends),
        cmocka_unit_test(term_refuses_bad_terms_and_leaves_outputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
