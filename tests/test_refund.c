#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL_DATE ((costshare_date)0x5A5A5A5A)
#define SENTINEL_AMOUNT ((int64_t)0x5A5A5A5A5A5A5A5ALL)

static int64_t prorate(int64_t amount, costshare_date pf, costshare_date pl,
                       costshare_date from, costshare_date to, int32_t basis, int32_t mode) {
    int64_t out = SENTINEL_AMOUNT;
    assert_int_equal(costshare_refund_prorate(amount, pf, pl, from, to, basis, mode, &out),
                     COSTSHARE_OK);
    return out;
}

/* Reference rounding of n / d (d > 0, |n| small enough for int64), written
 * independently of lib/arith.h. */
static int64_t ref_round(int64_t n, int64_t d, int32_t mode) {
    int64_t q = n / d, r = n % d; /* C99: truncation toward zero */
    int64_t twice = 2 * (r < 0 ? -r : r);
    int negative = n < 0;
    if (r == 0) {
        return q;
    }
    switch (mode) {
    case COSTSHARE_ROUND_FLOOR:
        return negative ? q - 1 : q;
    case COSTSHARE_ROUND_CEILING:
        return negative ? q : q + 1;
    case COSTSHARE_ROUND_TOWARD_ZERO:
        return q;
    case COSTSHARE_ROUND_HALF_EVEN:
        if (twice > d || (twice == d && q % 2 != 0)) {
            return negative ? q - 1 : q + 1;
        }
        return q;
    default:
        if (twice >= d) {
            return negative ? q - 1 : q + 1;
        }
        return q;
    }
}

static costshare_refund_terms terms_2018(int32_t basis) {
    costshare_refund_terms t = COSTSHARE_REFUND_TERMS_INIT;
    t.termination = COSTSHARE_REFUND_NEXT_MONTH;
    t.termination_basis = basis;
    t.vacancy = COSTSHARE_VACANCY_LONGER_THAN;
    t.vacancy_min_count = 1;
    t.vacancy_min_unit = COSTSHARE_MONTHS;
    t.vacancy_basis = COSTSHARE_BASIS_DAYS;
    t.mode = COSTSHARE_ROUND_HALF_AWAY;
    return t;
}

static costshare_refund_terms terms_2016(void) {
    costshare_refund_terms t = COSTSHARE_REFUND_TERMS_INIT;
    t.termination = COSTSHARE_REFUND_NONE;
    t.vacancy = COSTSHARE_VACANCY_ANY;
    t.vacancy_basis = COSTSHARE_BASIS_DAYS;
    return t;
}

/* ---- refund start -------------------------------------------------------- */

static void refund_starts_on_the_first_of_the_next_month(void **state) {
    costshare_date out = SENTINEL_DATE;
    (void)state;
    assert_int_equal(costshare_refund_start(ymd(2024, 9, 30), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 10, 1));
    assert_int_equal(costshare_refund_start(ymd(2024, 9, 15), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 10, 1));
    assert_int_equal(costshare_refund_start(ymd(2024, 12, 31), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2025, 1, 1));
    assert_int_equal(costshare_refund_start(ymd(2024, 2, 1), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(2024, 3, 1));
    assert_int_equal(costshare_refund_start(ymd(9999, 11, 30), &out), COSTSHARE_OK);
    assert_int_equal(out, ymd(9999, 12, 1));
    out = SENTINEL_DATE;
    assert_int_equal(costshare_refund_start(ymd(9999, 12, 1), &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_start(COSTSHARE_DATE_MIN - 1, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_start(COSTSHARE_DATE_MAX + 1, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
    assert_int_equal(costshare_refund_start(ymd(2024, 9, 30), NULL), COSTSHARE_EINVAL);
}

/* ---- pro-rating ------------------------------------------------------------ */

static void prorating_64000_for_2024_from_october(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31),
                         oct1 = ymd(2024, 10, 1);
    (void)state;
    /* 3 of 12 months; 92 of 366 days, half away from zero. */
    assert_int_equal(prorate(64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_MONTHS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     16000);
    assert_int_equal(prorate(64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     16087);
    /* Linköping's 376 000: 376000 * 92 / 366 = 94513.66... */
    assert_int_equal(prorate(376000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_MONTHS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     94000);
    assert_int_equal(prorate(376000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     94514);
    /* 16087.43...: every mode; and the mirror image for a credit. */
    assert_int_equal(
        prorate(64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_CEILING),
        16088);
    assert_int_equal(
        prorate(64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_FLOOR),
        16087);
    assert_int_equal(prorate(-64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     -16087);
    assert_int_equal(
        prorate(-64000, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_FLOOR),
        -16088);
    /* A tie: 183 * 1 / 366 = 0.5. */
    assert_int_equal(
        prorate(183, jan1, dec31, oct1, oct1, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_AWAY),
        1);
    assert_int_equal(
        prorate(183, jan1, dec31, oct1, oct1, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_EVEN),
        0);
    assert_int_equal(
        prorate(-183, jan1, dec31, oct1, oct1, COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_AWAY),
        -1);
    /* February weighs a month by months, 29 days by days. */
    assert_int_equal(prorate(1200, jan1, dec31, ymd(2024, 2, 1), ymd(2024, 2, 29),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     100);
    assert_int_equal(prorate(36600, jan1, dec31, ymd(2024, 2, 1), ymd(2024, 2, 29),
                             COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_AWAY),
                     2900);
}

static void prorating_takes_the_part_within_the_period(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31);
    (void)state;
    /* A range that starts before the period: all of it. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2023, 6, 1), ymd(2025, 6, 30),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     64000);
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2023, 6, 1), dec31, COSTSHARE_BASIS_DAYS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     64000);
    /* A range after the period: nothing. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2025, 1, 1), ymd(2025, 3, 31),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     0);
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2023, 1, 1), ymd(2023, 12, 31),
                             COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_AWAY),
                     0);
    /* The extremes of int64_t. */
    assert_int_equal(prorate(INT64_MAX, jan1, dec31, jan1, dec31, COSTSHARE_BASIS_DAYS,
                             COSTSHARE_ROUND_HALF_AWAY),
                     INT64_MAX);
    assert_true(prorate(INT64_MIN, jan1, dec31, jan1, dec31, COSTSHARE_BASIS_DAYS,
                        COSTSHARE_ROUND_HALF_AWAY) == INT64_MIN);
    assert_int_equal(prorate(INT64_MAX, jan1, dec31, ymd(2024, 10, 1), dec31,
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_FLOOR),
                     INT64_MAX / 4);
}

/* By months only the months counted must be whole: the period and the part
 * of the range within it, and only when that part is neither empty nor the
 * whole period. */
static void prorating_by_months_checks_only_the_part_within_the_period(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31);
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    /* From mid-June 2023: the part within 2024 is all of it. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2023, 6, 16), dec31,
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     64000);
    /* Mid-June 2023 to March 2024: January to March, 3 of 12. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2023, 6, 16), ymd(2024, 3, 31),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     16000);
    /* October 2024 to mid-2025: October to December. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2024, 10, 1), ymd(2025, 6, 15),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     16000);
    /* A range outside the period: nothing, whatever its days. */
    assert_int_equal(prorate(64000, jan1, dec31, ymd(2025, 1, 15), ymd(2025, 2, 10),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     0);
    /* A period that is not whole months: all of it or nothing is exact. */
    assert_int_equal(prorate(64000, ymd(2024, 1, 15), dec31, ymd(2024, 1, 10), dec31,
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     64000);
    assert_int_equal(prorate(64000, ymd(2024, 1, 15), dec31, ymd(2025, 1, 1), ymd(2025, 1, 31),
                             COSTSHARE_BASIS_MONTHS, COSTSHARE_ROUND_HALF_AWAY),
                     0);
    /* A part of it is not: refused. */
    assert_int_equal(costshare_refund_prorate(64000, ymd(2024, 1, 15), dec31, ymd(2024, 10, 1),
                                              dec31, COSTSHARE_BASIS_MONTHS,
                                              COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
}

/* Months basis on random whole-month periods and random day ranges, against
 * a reference that counts months by walking them. */
static void prorating_by_months_matches_a_reference_on_random_inputs(void **state) {
    uint64_t seed = 0x13198A2E03707344ULL;
    int i;
    (void)state;
    for (i = 0; i < 5000; i++) {
        int32_t first_index, months, y, m, d;
        costshare_date pf, pl, from, to, lo, hi;
        int64_t amount, want = 0, got = SENTINEL_AMOUNT;
        int32_t mode;
        int want_rc = COSTSHARE_OK;
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        first_index = 1995 * 12 + (int32_t)((seed >> 33) % 600);
        months = 1 + (int32_t)((seed >> 20) % 24);
        pf = ymd(first_index / 12, first_index % 12 + 1, 1);
        pl = ymd((first_index + months) / 12, (first_index + months) % 12 + 1, 1) - 1;
        from = pf - 60 + (costshare_date)((seed >> 10) % (uint64_t)(pl - pf + 120));
        to = from + (costshare_date)((seed >> 45) % 400);
        if ((seed & 1u) != 0) { /* often snap the range to month boundaries */
            assert_int_equal(costshare_date_to_ymd(from, &y, &m, &d), COSTSHARE_OK);
            from = ymd(y, m, 1);
            assert_int_equal(costshare_date_to_ymd(to + 1, &y, &m, &d), COSTSHARE_OK);
            to = ymd(y, m, 1) - 1;
            if (to < from) {
                to = from;
            }
        }
        mode = (int32_t)((seed >> 5) % 5);
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        amount = (int64_t)(seed >> 24) - ((int64_t)1 << 39);
        lo = from > pf ? from : pf;
        hi = to < pl ? to : pl;
        if (lo > hi) {
            want = 0;
        } else if (lo == pf && hi == pl) {
            want = amount;
        } else {
            int32_t ly, lm, ld, hy, hm, hd;
            assert_int_equal(costshare_date_to_ymd(lo, &ly, &lm, &ld), COSTSHARE_OK);
            assert_int_equal(costshare_date_to_ymd(hi + 1, &hy, &hm, &hd), COSTSHARE_OK);
            if (ld != 1 || hd != 1) {
                want_rc = COSTSHARE_ERANGE;
            } else {
                int64_t part = 0;
                costshare_date x;
                for (x = lo; x <= hi; x++) { /* count the first days of months */
                    assert_int_equal(costshare_date_to_ymd(x, &ly, &lm, &ld), COSTSHARE_OK);
                    part += ld == 1;
                }
                want = ref_round(amount * part, months, mode);
            }
        }
        assert_int_equal(costshare_refund_prorate(amount, pf, pl, from, to,
                                                  COSTSHARE_BASIS_MONTHS, mode, &got),
                         want_rc);
        if (want_rc == COSTSHARE_OK && got != want) {
            fail_msg("case %d: got %lld want %lld", i, (long long)got, (long long)want);
        }
        if (want_rc != COSTSHARE_OK) {
            assert_true(got == SENTINEL_AMOUNT);
        }
    }
}

/* Random periods, ranges, amounts and modes against the reference. */
static void prorating_matches_a_reference_on_random_inputs(void **state) {
    uint64_t seed = 0x243F6A8885A308D3ULL;
    const costshare_date base = ymd(1995, 1, 1);
    int i;
    (void)state;
    for (i = 0; i < 20000; i++) {
        costshare_date pf, pl, from, to, lo, hi;
        int64_t amount, want, got = SENTINEL_AMOUNT;
        int32_t mode;
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        pf = base + (costshare_date)((seed >> 33) % 20000);
        pl = pf + (costshare_date)((seed >> 20) % 800);
        from = pf - 30 + (costshare_date)((seed >> 10) % 900);
        to = from + (costshare_date)((seed >> 45) % 500);
        mode = (int32_t)((seed >> 5) % 5);
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        amount = (int64_t)(seed >> 24) - ((int64_t)1 << 39);
        lo = from > pf ? from : pf;
        hi = to < pl ? to : pl;
        want = lo > hi ? 0 : ref_round(amount * (hi - lo + 1), pl - pf + 1, mode);
        assert_int_equal(costshare_refund_prorate(amount, pf, pl, from, to,
                                                  COSTSHARE_BASIS_DAYS, mode, &got),
                         COSTSHARE_OK);
        if (got != want) {
            fail_msg("case %d: got %lld want %lld", i, (long long)got, (long long)want);
        }
    }
}

static void prorating_refuses_bad_input_and_leaves_the_output(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31),
                         oct1 = ymd(2024, 10, 1);
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    assert_int_equal(
        costshare_refund_prorate(1, jan1, dec31, oct1, dec31, COSTSHARE_BASIS_DAYS, 0, NULL),
        COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, oct1, dec31, 2, 0, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, oct1, dec31, -1, 0, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, oct1, dec31, 0, 5, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, oct1, dec31, 0, -1, &out),
                     COSTSHARE_EINVAL);
    /* Order and range: every date is checked before the order of either range. */
    assert_int_equal(costshare_refund_prorate(1, dec31, jan1, oct1, dec31, 0, 0, &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, dec31, oct1, 0, 0, &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(costshare_refund_prorate(1, dec31, jan1, dec31, oct1, 0, 0, &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_refund_prorate(1, dec31, jan1, oct1, COSTSHARE_DATE_MAX + 1, 0, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_prorate(1, COSTSHARE_DATE_MIN - 1, dec31, dec31, oct1, 0, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_prorate(1, COSTSHARE_DATE_MIN - 1, dec31, oct1, dec31, 0, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_prorate(1, jan1, COSTSHARE_DATE_MAX + 1, oct1, dec31, 0, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_prorate(1, jan1, dec31, COSTSHARE_DATE_MIN - 1, dec31, 0, 0, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_prorate(1, jan1, dec31, oct1, COSTSHARE_DATE_MAX + 1, 0, 0, &out),
        COSTSHARE_ERANGE);
    /* By months, everything on month boundaries. */
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, ymd(2024, 10, 2), dec31,
                                              COSTSHARE_BASIS_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_prorate(1, jan1, dec31, oct1, ymd(2024, 12, 30),
                                              COSTSHARE_BASIS_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_prorate(1, ymd(2024, 1, 2), dec31, oct1, dec31,
                                              COSTSHARE_BASIS_MONTHS, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_prorate(1, jan1, ymd(2024, 12, 30), oct1,
                                              ymd(2024, 11, 30), COSTSHARE_BASIS_MONTHS, 0,
                                              &out),
                     COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
}

/* ---- the agreements' terms ---------------------------------------------- */

static void terms_init_sets_the_version(void **state) {
    costshare_refund_terms t, init = COSTSHARE_REFUND_TERMS_INIT;
    (void)state;
    memset(&t, 0x5A, sizeof t);
    assert_int_equal(costshare_refund_terms_init(&t, COSTSHARE_REFUND_TERMS_VERSION),
                     COSTSHARE_OK);
    assert_int_equal(memcmp(&t, &init, sizeof t), 0);
    assert_int_equal(t.termination, COSTSHARE_REFUND_NONE);
    assert_int_equal(t.vacancy, COSTSHARE_VACANCY_NONE);
    memset(&t, 0x5A, sizeof t);
    assert_int_equal(costshare_refund_terms_init(&t, COSTSHARE_REFUND_TERMS_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(t.version, 0x5A5A5A5Au);
    assert_int_equal(costshare_refund_terms_init(NULL, COSTSHARE_REFUND_TERMS_VERSION),
                     COSTSHARE_EINVAL);
}

static int64_t termination(const costshare_refund_terms *t, int64_t invoiced, costshare_date pf,
                           costshare_date pl, costshare_date last_day) {
    int64_t out = SENTINEL_AMOUNT;
    assert_int_equal(costshare_refund_termination(t, invoiced, pf, pl, last_day, &out),
                     COSTSHARE_OK);
    return out;
}

static void termination_refund_under_the_2018_and_2016_terms(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31);
    costshare_refund_terms by_months = terms_2018(COSTSHARE_BASIS_MONTHS);
    costshare_refund_terms by_days = terms_2018(COSTSHARE_BASIS_DAYS);
    costshare_refund_terms none = terms_2016();
    costshare_refund_terms next_day = terms_2018(COSTSHARE_BASIS_DAYS);
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    next_day.termination = COSTSHARE_REFUND_NEXT_DAY;
    /* Mjölby and Linköping, last day 2024-09-30. */
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2024, 9, 30)), 16000);
    assert_int_equal(termination(&by_days, 64000, jan1, dec31, ymd(2024, 9, 30)), 16087);
    assert_int_equal(termination(&by_months, 376000, jan1, dec31, ymd(2024, 9, 30)), 94000);
    assert_int_equal(termination(&by_days, 376000, jan1, dec31, ymd(2024, 9, 30)), 94514);
    /* Mid-month last day: still refunded from the first of the next month. */
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2024, 9, 15)), 16000);
    /* From the day after: 64000 * 107 / 366 = 18710.38... */
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, ymd(2024, 9, 15)), 18710);
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, ymd(2024, 9, 30)), 16087);
    /* The 2016 agreement: nothing, and that is not an error. */
    assert_int_equal(termination(&none, 64000, jan1, dec31, ymd(2024, 9, 30)), 0);
    /* Ending in the period's last month or later: nothing; before it: all. */
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2024, 12, 15)), 0);
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, dec31), 0);
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, dec31), 0);
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2025, 3, 31)), 0);
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2023, 12, 31)), 64000);
    assert_int_equal(termination(&by_months, 64000, jan1, dec31, ymd(2023, 11, 10)), 64000);
    /* Last day in December 9999: no next month, and nothing to refund. */
    assert_int_equal(
        termination(&by_months, 64000, ymd(9999, 1, 1), COSTSHARE_DATE_MAX, ymd(9999, 12, 5)),
        0);
    /* By months from the day after a mid-month last day: not whole months. */
    next_day.termination_basis = COSTSHARE_BASIS_MONTHS;
    assert_int_equal(
        costshare_refund_termination(&next_day, 64000, jan1, dec31, ymd(2024, 9, 15), &out),
        COSTSHARE_ERANGE);
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, ymd(2024, 9, 30)), 16000);
    assert_true(out == SENTINEL_AMOUNT);
}

/* Review finding I5: month alignment is checked only where a refund is
 * pro-rated by months; the dates themselves are always checked. */
static void termination_refund_checks_months_only_when_prorating_by_them(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), jan15 = ymd(2024, 1, 15),
                         dec31 = ymd(2024, 12, 31);
    costshare_refund_terms none = terms_2016();
    costshare_refund_terms next_month = terms_2018(COSTSHARE_BASIS_MONTHS);
    costshare_refund_terms next_day = terms_2018(COSTSHARE_BASIS_MONTHS);
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    next_day.termination = COSTSHARE_REFUND_NEXT_DAY;
    /* Nothing is refunded under the 2016 terms: no months are counted, so
     * a period that is not whole months is no reason to refuse. */
    none.termination_basis = COSTSHARE_BASIS_MONTHS;
    assert_int_equal(termination(&none, 64000, jan15, dec31, ymd(2024, 9, 30)), 0);
    assert_int_equal(termination(&none, 64000, jan1, ymd(2024, 12, 30), ymd(2024, 9, 15)), 0);
    /* ... but its dates are still checked: range and order. */
    assert_int_equal(
        costshare_refund_termination(&none, 64000, dec31, jan15, ymd(2024, 9, 30), &out),
        COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_refund_termination(&none, 64000, jan15, dec31, COSTSHARE_DATE_MIN - 1, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_termination(&none, 64000, COSTSHARE_DATE_MIN - 1, dec31,
                                                  ymd(2024, 9, 30), &out),
                     COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
    /* From the day after a last day before the period: all of it, even by
     * months and from a mid-month day (refund.h: "a last day before the
     * period refunds all of it"). */
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, ymd(2023, 6, 15)), 64000);
    assert_int_equal(termination(&next_day, 64000, jan1, dec31, ymd(2023, 12, 31)), 64000);
    /* A period that is not whole months, by months: all of it or nothing
     * needs no month count ... */
    assert_int_equal(termination(&next_month, 64000, jan15, dec31, ymd(2023, 11, 10)), 64000);
    assert_int_equal(termination(&next_day, 64000, jan15, dec31, ymd(2024, 1, 14)), 64000);
    assert_int_equal(termination(&next_month, 64000, jan15, dec31, ymd(2024, 12, 10)), 0);
    /* ... a part of it does: January 2024 is not a whole month of it. */
    assert_int_equal(
        costshare_refund_termination(&next_month, 64000, jan15, dec31, ymd(2024, 9, 30), &out),
        COSTSHARE_ERANGE);
    /* From the day after a mid-month last day within the period: not whole
     * months, refused rather than guessed at. */
    assert_int_equal(
        costshare_refund_termination(&next_day, 64000, jan1, dec31, ymd(2024, 1, 14), &out),
        COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
}

static int64_t vacancy(const costshare_refund_terms *t, int64_t invoiced, costshare_date pf,
                       costshare_date pl, costshare_date first, costshare_date last) {
    int64_t out = SENTINEL_AMOUNT;
    assert_int_equal(costshare_refund_vacancy(t, invoiced, pf, pl, first, last, &out),
                     COSTSHARE_OK);
    return out;
}

static void vacancy_longer_than_one_month(void **state) {
    const costshare_date jan1 = ymd(2019, 1, 1), dec31 = ymd(2019, 12, 31);
    costshare_refund_terms t18 = terms_2018(COSTSHARE_BASIS_MONTHS);
    costshare_refund_terms t16 = terms_2016();
    costshare_refund_terms never = COSTSHARE_REFUND_TERMS_INIT;
    (void)state;
    /* 2019-03-15 through 04-14 is exactly one month: nothing. */
    assert_int_equal(vacancy(&t18, 64000, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 14)), 0);
    /* Through 04-15 it is longer: all 32 days, 64000 * 32 / 365 = 5610.96. */
    assert_int_equal(vacancy(&t18, 64000, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 15)),
                     5611);
    /* October is one month; a day more is longer. */
    assert_int_equal(vacancy(&t18, 64000, jan1, dec31, ymd(2019, 10, 1), ymd(2019, 10, 31)), 0);
    assert_int_equal(vacancy(&t18, 36500, jan1, dec31, ymd(2019, 10, 1), ymd(2019, 11, 1)),
                     3200);
    /* 2016 terms: any vacancy, 31 days: 64000 * 31 / 365 = 5435.6. */
    assert_int_equal(vacancy(&t16, 64000, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 14)),
                     5436);
    assert_int_equal(vacancy(&t16, 36500, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 3, 15)),
                     100);
    /* No vacancy refund at all. */
    assert_int_equal(vacancy(&never, 64000, jan1, dec31, ymd(2019, 1, 1), ymd(2019, 12, 31)),
                     0);
    /* Only the part within the invoiced period: 2019-12-01 .. 2020-01-31. */
    assert_int_equal(vacancy(&t18, 36500, jan1, dec31, ymd(2019, 12, 1), ymd(2020, 1, 31)),
                     3100);
    /* Minimum 0 days: any vacancy of a day or more is longer. */
    t18.vacancy_min_count = 0;
    assert_int_equal(vacancy(&t18, 36500, jan1, dec31, ymd(2019, 5, 5), ymd(2019, 5, 5)), 100);
    /* A minimum running out after 9999-12-31 is never exceeded: two months
     * from 9999-11-15 end in January 10000; two months from 9999-11-01 are
     * November and December, so a vacancy through 9999-12-31 is exactly
     * the minimum. */
    t18.vacancy_min_count = 2;
    assert_int_equal(vacancy(&t18, 36500, ymd(9999, 1, 1), COSTSHARE_DATE_MAX,
                             ymd(9999, 11, 15), COSTSHARE_DATE_MAX),
                     0);
    assert_int_equal(vacancy(&t18, 36500, ymd(9999, 1, 1), COSTSHARE_DATE_MAX, ymd(9999, 11, 1),
                             COSTSHARE_DATE_MAX),
                     0);
    /* By months the vacancy must be whole months. */
    t16.vacancy_basis = COSTSHARE_BASIS_MONTHS;
    assert_int_equal(vacancy(&t16, 1200, jan1, dec31, ymd(2019, 3, 1), ymd(2019, 4, 30)), 200);
}

/* The other reading of "längre än en månad": the month runs through the
 * 1 § end day counted from the first vacant day (2019-03-15 -> 2019-04-15),
 * so the vacancy must last through 2019-04-16. */
static void vacancy_longer_than_the_end_day_reading(void **state) {
    const costshare_date jan1 = ymd(2019, 1, 1), dec31 = ymd(2019, 12, 31);
    costshare_refund_terms t = terms_2018(COSTSHARE_BASIS_MONTHS);
    (void)state;
    t.vacancy = COSTSHARE_VACANCY_LONGER_THAN_END_DAY;
    assert_int_equal(vacancy(&t, 64000, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 14)), 0);
    assert_int_equal(vacancy(&t, 64000, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 15)), 0);
    /* 33 days: 36500 * 33 / 365 = 3300 */
    assert_int_equal(vacancy(&t, 36500, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 16)), 3300);
    /* From 2019-01-31 the end day is 2019-02-28 (February has no 31st) */
    assert_int_equal(vacancy(&t, 36500, jan1, dec31, ymd(2019, 1, 31), ymd(2019, 2, 28)), 0);
    assert_int_equal(vacancy(&t, 36500, jan1, dec31, ymd(2019, 1, 31), ymd(2019, 3, 1)), 3000);
    /* A minimum of 0 is exceeded by any vacancy; one ending past 9999 by none. */
    t.vacancy_min_count = 0;
    assert_int_equal(vacancy(&t, 36500, jan1, dec31, ymd(2019, 5, 5), ymd(2019, 5, 5)), 100);
    t.vacancy_min_count = 1;
    assert_int_equal(vacancy(&t, 36500, ymd(9999, 1, 1), COSTSHARE_DATE_MAX, ymd(9999, 12, 5),
                             COSTSHARE_DATE_MAX),
                     0);
}

/* Review finding I8: "longer than one month" counts the month as a term of
 * one month from the first vacant day (notice.h, costshare_term), so a month
 * from a day the end month lacks runs to the end month's last day. */
static void vacancy_month_is_counted_like_a_term(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31);
    costshare_refund_terms t18 = terms_2018(COSTSHARE_BASIS_MONTHS);
    costshare_date term_last = SENTINEL_DATE;
    costshare_term one_month = COSTSHARE_TERM_INIT;
    (void)state;
    /* 1930:173 1 §: from 2024-01-31 one month ends on 2024-02-29
     * (February has no 31st); through it the vacancy is exactly one month,
     * through 2024-03-01 (31 days) it is longer: 36 600 * 31 / 366. */
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 1, 31), ymd(2024, 2, 29)), 0);
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 1, 31), ymd(2024, 3, 1)),
                     3100);
    /* From 2024-01-30 the same; from 2024-01-29 one month is through 02-28. */
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 1, 30), ymd(2024, 2, 29)), 0);
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 1, 29), ymd(2024, 2, 28)), 0);
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 1, 29), ymd(2024, 2, 29)),
                     3200);
    /* From the first of a month: the calendar month is exactly one month. */
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 5, 1), ymd(2024, 5, 31)), 0);
    assert_int_equal(vacancy(&t18, 36600, jan1, dec31, ymd(2024, 5, 1), ymd(2024, 6, 1)), 3200);
    /* And it is the same day as the term functions give. */
    one_month.start = ymd(2024, 1, 31);
    one_month.initial_count = 1;
    one_month.initial_unit = COSTSHARE_MONTHS;
    assert_int_equal(costshare_term_end(&one_month, one_month.start, &term_last), COSTSHARE_OK);
    assert_int_equal(term_last, ymd(2024, 2, 29));
}

/* Review finding I5: a vacancy that is not refunded is not pro-rated, so by
 * months it need not be whole months; one that is refunded is checked on its
 * part within the period. */
static void vacancy_refund_checks_months_only_when_prorating_by_them(void **state) {
    const costshare_date jan1 = ymd(2019, 1, 1), dec31 = ymd(2019, 12, 31);
    costshare_refund_terms never = COSTSHARE_REFUND_TERMS_INIT;
    costshare_refund_terms t18 = terms_2018(COSTSHARE_BASIS_MONTHS);
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    never.vacancy_basis = COSTSHARE_BASIS_MONTHS;
    t18.vacancy_basis = COSTSHARE_BASIS_MONTHS;
    /* COSTSHARE_VACANCY_NONE: 0 for a partial-month vacancy, even in a
     * period that is not whole months. */
    assert_int_equal(vacancy(&never, 1200, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 20)), 0);
    assert_int_equal(
        vacancy(&never, 1200, ymd(2019, 1, 15), dec31, ymd(2019, 3, 15), ymd(2019, 4, 20)), 0);
    /* Exactly one month (2019-03-15 .. 04-14): not longer, nothing refunded. */
    assert_int_equal(vacancy(&t18, 1200, jan1, dec31, ymd(2019, 3, 15), ymd(2019, 4, 14)), 0);
    /* Longer, but not whole months: refused. */
    assert_int_equal(costshare_refund_vacancy(&t18, 1200, jan1, dec31, ymd(2019, 3, 15),
                                              ymd(2019, 4, 15), &out),
                     COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
    /* Only the part within the period is counted: from 2018-12-15 through
     * 2019-03-31, January to March, 3 of 12 months of 1 200. */
    assert_int_equal(vacancy(&t18, 1200, jan1, dec31, ymd(2018, 12, 15), ymd(2019, 3, 31)),
                     300);
    /* All of a period that is not whole months, or none of it. */
    assert_int_equal(
        vacancy(&t18, 1200, ymd(2019, 1, 15), dec31, ymd(2018, 12, 15), ymd(2020, 1, 10)),
        1200);
    assert_int_equal(vacancy(&t18, 1200, jan1, dec31, ymd(2020, 1, 15), ymd(2020, 3, 20)), 0);
    /* The dates are still checked: order and range. */
    assert_int_equal(costshare_refund_vacancy(&never, 1200, jan1, dec31, ymd(2019, 4, 20),
                                              ymd(2019, 3, 15), &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(costshare_refund_vacancy(&never, 1200, dec31, jan1, ymd(2019, 3, 15),
                                              ymd(2019, 4, 20), &out),
                     COSTSHARE_EBACKWARDS);
    assert_true(out == SENTINEL_AMOUNT);
}

static void refund_terms_are_validated_and_outputs_untouched(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31),
                         sep30 = ymd(2024, 9, 30);
    costshare_refund_terms good = terms_2018(COSTSHARE_BASIS_MONTHS), bad;
    int64_t out = SENTINEL_AMOUNT;
    (void)state;
    assert_int_equal(costshare_refund_termination(NULL, 1, jan1, dec31, sep30, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_termination(&good, 1, jan1, dec31, sep30, NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_vacancy(NULL, 1, jan1, dec31, sep30, dec31, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_refund_vacancy(&good, 1, jan1, dec31, sep30, dec31, NULL),
                     COSTSHARE_EINVAL);
#define CHECK_BAD(field, value, code)                                                          \
    do {                                                                                       \
        bad = good;                                                                            \
        bad.field = value;                                                                     \
        assert_int_equal(costshare_refund_termination(&bad, 1, jan1, dec31, sep30, &out),      \
                         code);                                                                \
        assert_int_equal(                                                                      \
            costshare_refund_vacancy(&bad, 1, jan1, dec31, ymd(2024, 3, 1), sep30, &out),      \
            code);                                                                             \
    } while (0)
    CHECK_BAD(version, 0u, COSTSHARE_EINVAL);
    CHECK_BAD(version, COSTSHARE_REFUND_TERMS_VERSION + 1u, COSTSHARE_EINVAL);
    CHECK_BAD(termination, 3, COSTSHARE_EINVAL);
    CHECK_BAD(termination, -1, COSTSHARE_EINVAL);
    CHECK_BAD(termination_basis, 2, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy, 4, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy, -1, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy, -1, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy_min_unit, 4, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy_min_unit, -1, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy_basis, 7, COSTSHARE_EINVAL);
    CHECK_BAD(mode, 5, COSTSHARE_EINVAL);
    CHECK_BAD(vacancy_min_count, -1, COSTSHARE_ERANGE);
#undef CHECK_BAD
    /* Dates. */
    assert_int_equal(costshare_refund_termination(&good, 1, dec31, jan1, sep30, &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_refund_termination(&good, 1, dec31, jan1, COSTSHARE_DATE_MAX + 1, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_termination(&good, 1, jan1, dec31, COSTSHARE_DATE_MAX + 1, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_refund_vacancy(&good, 1, jan1, dec31, sep30, ymd(2024, 9, 29), &out),
        COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_refund_vacancy(&good, 1, jan1, dec31, COSTSHARE_DATE_MIN - 1, sep30, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_vacancy(&good, 1, dec31, jan1, sep30, dec31, &out),
                     COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_refund_vacancy(&good, 1, jan1, dec31, sep30, COSTSHARE_DATE_MAX + 1, &out),
        COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT); /* every refusal above wrote nothing */
    /* By days (the vacancy basis here) any period will do. */
    assert_int_equal(
        costshare_refund_vacancy(&good, 1, jan1, ymd(2024, 12, 30), sep30, dec31, &out),
        COSTSHARE_OK);
    out = SENTINEL_AMOUNT;
    good.vacancy_basis = COSTSHARE_BASIS_MONTHS;
    assert_int_equal(
        costshare_refund_vacancy(&good, 1, jan1, dec31, ymd(2024, 3, 2), sep30, &out),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_refund_vacancy(&good, 1, jan1, dec31, ymd(2024, 3, 1),
                                              ymd(2024, 9, 29), &out),
                     COSTSHARE_ERANGE);
    assert_true(out == SENTINEL_AMOUNT);
}

/* ---- joint refunds ------------------------------------------------------------ */

static const int64_t pop_2017[13] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                                     14521, 7421,  7920, 3733,   11631, 5343};

/* 763 945 by the 2017 populations, largest remainder. */
static const int64_t charge_2018[13] = {9251,  36605, 16764, 268922, 45837, 73879, 226899,
                                        24634, 12589, 13436, 6333,   19732, 9064};

static int64_t sum13(const int64_t *v) {
    int64_t s = 0;
    int i;
    for (i = 0; i < 13; i++) {
        s += v[i];
    }
    return s;
}

static void joint_refund_sums_exactly_while_separate_prorating_does_not(void **state) {
    const costshare_date jan1 = ymd(2024, 1, 1), dec31 = ymd(2024, 12, 31);
    static const struct {
        int32_t month;    /* refund from the first of this month */
        int64_t joint;    /* 763945 * days / 366, half away (computed by hand) */
        int64_t separate; /* the sum of the separately pro-rated shares */
    } cases[] = {
        {10, 192030, 192029}, /* 92 days: 192029.89 -> one unit lost */
        {11, 127324, 127326}, /* 61 days: 127324.17 -> two units invented */
    };
    int64_t shares[13], refunds[13];
    size_t c;
    int i;
    (void)state;
    assert_int_equal(costshare_split(763945, pop_2017, 13, shares), COSTSHARE_OK);
    assert_memory_equal(shares, charge_2018, sizeof shares);
    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const costshare_date from = ymd(2024, cases[c].month, 1);
        int64_t joint = prorate(763945, jan1, dec31, from, dec31, COSTSHARE_BASIS_DAYS,
                                COSTSHARE_ROUND_HALF_AWAY);
        int64_t separate = 0;
        assert_int_equal(joint, cases[c].joint);
        assert_int_equal(
            joint, ref_round(763945 * (dec31 - from + 1), 366, COSTSHARE_ROUND_HALF_AWAY));
        /* The wrong way: each party's rounded share pro-rated on its own. */
        for (i = 0; i < 13; i++) {
            separate += prorate(charge_2018[i], jan1, dec31, from, dec31, COSTSHARE_BASIS_DAYS,
                                COSTSHARE_ROUND_HALF_AWAY);
        }
        assert_int_equal(separate, cases[c].separate);
        assert_true(separate != joint);
        /* The joint way: the refund split by the same key sums exactly. */
        assert_int_equal(costshare_split(joint, pop_2017, 13, refunds), COSTSHARE_OK);
        assert_int_equal(sum13(refunds), joint);
        for (i = 0; i < 13; i++) {
            assert_true(refunds[i] >= 0 && refunds[i] <= charge_2018[i]);
        }
    }
    /* Refunding the whole charge gives each party exactly what it paid. */
    {
        int64_t whole = prorate(763945, jan1, dec31, jan1, dec31, COSTSHARE_BASIS_DAYS,
                                COSTSHARE_ROUND_HALF_AWAY);
        assert_int_equal(whole, 763945);
        assert_int_equal(costshare_split(whole, pop_2017, 13, refunds), COSTSHARE_OK);
        assert_memory_equal(refunds, charge_2018, sizeof refunds);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(refund_starts_on_the_first_of_the_next_month),
        cmocka_unit_test(prorating_64000_for_2024_from_october),
        cmocka_unit_test(prorating_takes_the_part_within_the_period),
        cmocka_unit_test(prorating_by_months_checks_only_the_part_within_the_period),
        cmocka_unit_test(prorating_matches_a_reference_on_random_inputs),
        cmocka_unit_test(prorating_by_months_matches_a_reference_on_random_inputs),
        cmocka_unit_test(prorating_refuses_bad_input_and_leaves_the_output),
        cmocka_unit_test(terms_init_sets_the_version),
        cmocka_unit_test(termination_refund_under_the_2018_and_2016_terms),
        cmocka_unit_test(termination_refund_checks_months_only_when_prorating_by_them),
        cmocka_unit_test(vacancy_longer_than_one_month),
        cmocka_unit_test(vacancy_month_is_counted_like_a_term),
        cmocka_unit_test(vacancy_longer_than_the_end_day_reading),
        cmocka_unit_test(vacancy_refund_checks_months_only_when_prorating_by_them),
        cmocka_unit_test(refund_terms_are_validated_and_outputs_untouched),
        cmocka_unit_test(joint_refund_sums_exactly_while_separate_prorating_does_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
