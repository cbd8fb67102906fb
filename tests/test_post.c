/*
 * The cost of a post (lib/post.c): the 2016 coordinator of the Östergötland
 * agreements (39 500 SEK a month plus 48 % on-cost, 701 520 a year, 350 760
 * a half-year, 1 052 280 for 18 months), rounding once by each mode, the
 * largest exact inputs, and every refusal (with the output untouched); and
 * by period (costshare_post_cost_ex): costshare_post_cost() as its special
 * case, a yearly revision from a month and an index series worked by hand,
 * overhead and part time, the rounding of revised salaries, every error path.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)

static void post_cost_2016(void **state) {
    int64_t out = 0;
    (void)state;
    assert_int_equal(costshare_post_cost(39500, 4800, 12, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_OK);
    assert_true(out == 701520);
    assert_int_equal(costshare_post_cost(39500, 4800, 6, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_OK);
    assert_true(out == 350760);
    assert_int_equal(costshare_post_cost(39500, 4800, 18, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_OK);
    assert_true(out == 1052280);
    assert_int_equal(costshare_post_cost(39500, 4800, 0, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_OK);
    assert_true(out == 0);
}

static void post_cost_rounds_once_by_mode(void **state) {
    int64_t out = 0;
    (void)state;
    /* 1 * 1.5 * 1 = 1.5; 1 * 1.5 * 3 = 4.5 */
    assert_int_equal(costshare_post_cost(1, 5000, 1, COSTSHARE_ROUND_HALF_AWAY, &out), 0);
    assert_true(out == 2);
    assert_int_equal(costshare_post_cost(1, 5000, 1, COSTSHARE_ROUND_TOWARD_ZERO, &out), 0);
    assert_true(out == 1);
    assert_int_equal(costshare_post_cost(1, 5000, 3, COSTSHARE_ROUND_HALF_EVEN, &out), 0);
    assert_true(out == 4);
    assert_int_equal(costshare_post_cost(1, 5000, 3, COSTSHARE_ROUND_CEILING, &out), 0);
    assert_true(out == 5);
    assert_int_equal(costshare_post_cost(1, 5000, 3, COSTSHARE_ROUND_FLOOR, &out), 0);
    assert_true(out == 4);
    /* 0.0001 SEK on-cost on 1 öre a month for 5000 months: 5000.5 -> 5001 */
    assert_int_equal(costshare_post_cost(1, 1, 5000, COSTSHARE_ROUND_HALF_AWAY, &out), 0);
    assert_true(out == 5001);
    /* The largest inputs are exact: INT64_MAX/2 a month, no on-cost, 2 months. */
    assert_int_equal(costshare_post_cost(INT64_MAX / 2, 0, 2, COSTSHARE_ROUND_HALF_AWAY, &out),
                     0);
    assert_true(out == INT64_MAX - 1);
}

static void post_cost_refusals_leave_output(void **state) {
    int64_t out = SENTINEL;
    (void)state;
    assert_int_equal(costshare_post_cost(39500, 4800, 12, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_post_cost(39500, 4800, 12, 5, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_post_cost(39500, 4800, 12, -1, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_post_cost(-1, 4800, 12, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost(39500, -1, 12, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost(39500, COSTSHARE_ONCOST_BP_MAX + 1, 12, 0, &out),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost(39500, 4800, -1, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost(INT64_MAX, 0, 2, 0, &out), COSTSHARE_EOVERFLOW);
    assert_int_equal(
        costshare_post_cost(INT64_MAX, COSTSHARE_ONCOST_BP_MAX, INT32_MAX, 0, &out),
        COSTSHARE_EOVERFLOW);
    assert_true(out == SENTINEL);
    assert_int_equal(costshare_post_cost(1, COSTSHARE_ONCOST_BP_MAX, 1, 0, &out), 0);
    assert_true(out == 101);
}

static costshare_post_terms coordinator_2016(void) {
    costshare_post_terms t = COSTSHARE_POST_TERMS_INIT;
    t.monthly = 39500;
    t.base_year = 2016;
    t.base_month = 1;
    t.oncost_bp = 4800;
    return t;
}

static int64_t cost(const costshare_post_terms *t, int32_t y, int32_t m, int32_t months) {
    int64_t out = SENTINEL;
    assert_int_equal(costshare_post_cost_ex(t, y, m, months, NULL, 0, &out), COSTSHARE_OK);
    return out;
}

static void terms_init_and_initialiser_agree(void **state) {
    const costshare_post_terms want = COSTSHARE_POST_TERMS_INIT;
    costshare_post_terms t;
    (void)state;
    memset(&t, 0xA5, sizeof t);
    assert_int_equal(costshare_post_terms_init(&t, COSTSHARE_POST_TERMS_VERSION), COSTSHARE_OK);
    assert_int_equal(t.version, want.version);
    assert_int_equal(t.mode, COSTSHARE_ROUND_HALF_AWAY);
    assert_int_equal(t.monthly, 0);
    assert_int_equal(t.base_year, 0);
    assert_int_equal(t.base_month, 1);
    assert_int_equal(t.revision_month, 0);
    assert_int_equal(t.revision_bp, 0);
    assert_int_equal(t.oncost_bp, 0);
    assert_int_equal(t.overhead_bp, 0);
    assert_int_equal(t.fte_bp, 10000);
    memset(&t, 0xA5, sizeof t);
    assert_int_equal(costshare_post_terms_init(&t, 0), COSTSHARE_EINVAL);
    assert_int_equal(costshare_post_terms_init(&t, COSTSHARE_POST_TERMS_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(t.version, 0xA5A5A5A5u);
    assert_int_equal(costshare_post_terms_init(NULL, 1), COSTSHARE_EINVAL);
}

/* DOMAIN.md section 1: 39 500 * 1.48 * 12 = 701 520; 6 and 18 months. */
static void coordinator_2016_is_post_cost(void **state) {
    costshare_post_terms t = coordinator_2016();
    (void)state;
    assert_int_equal(cost(&t, 2016, 1, 12), 701520);
    assert_int_equal(cost(&t, 2016, 1, 6), 350760);
    assert_int_equal(cost(&t, 2016, 9, 18), 1052280);
    assert_int_equal(cost(&t, 2016, 1, 0), 0);
}

/* Without revision, overhead or part time, costshare_post_cost_ex() is
 * costshare_post_cost() for every salary, on-cost, length and mode. */
static void special_case_equals_post_cost(void **state) {
    static const int64_t monthly[] = {0, 1, 3, 39500, 43015, 1000003, INT64_MAX / 20000};
    static const int32_t oncost[] = {0, 1, 3142, 4800, 9999, 1000000};
    costshare_post_terms t = COSTSHARE_POST_TERMS_INIT;
    size_t a, b;
    int32_t months, mode;
    (void)state;
    t.base_year = 2000;
    t.base_month = 3;
    for (a = 0; a < sizeof monthly / sizeof monthly[0]; a++) {
        for (b = 0; b < sizeof oncost / sizeof oncost[0]; b++) {
            for (months = 0; months <= 30; months += 7) {
                for (mode = COSTSHARE_ROUND_HALF_AWAY; mode <= COSTSHARE_ROUND_TOWARD_ZERO;
                     mode++) {
                    int64_t plain = SENTINEL, ex = SENTINEL;
                    int rc1, rc2;
                    t.monthly = monthly[a];
                    t.oncost_bp = oncost[b];
                    t.mode = mode;
                    rc1 = costshare_post_cost(monthly[a], oncost[b], months, mode, &plain);
                    rc2 = costshare_post_cost_ex(&t, 2000, 3, months, NULL, 0, &ex);
                    assert_int_equal(rc1, rc2);
                    assert_int_equal(plain, ex);
                }
            }
        }
    }
}

/* A 3 % revision from April: 39 500 becomes 40 685 in April 2016 and
 * 40 685 * 1.03 = 41 905.55 -> 41 906 in April 2017.
 *   2016: (3 * 39 500 + 9 * 40 685) * 1.48 = 717 304.20
 *   2017: (3 * 40 685 + 9 * 41 906) * 1.48 = 738 829.32
 *   2016-09 for 18 months: (7 * 40 685 + 11 * 41 906) * 1.48 = 1 103 726.28
 * Four years on: 43 163.18 -> 43 163 (2018), 44 457.89 -> 44 458 (2019),
 * 45 791.74 -> 45 792 (2020): 2020 is (3 * 44 458 + 9 * 45 792) * 1.48 =
 * 807 342.96. */
static void yearly_revision_from_april(void **state) {
    costshare_post_terms t = coordinator_2016();
    (void)state;
    t.revision_month = 4;
    t.revision_bp = 300;
    assert_int_equal(cost(&t, 2016, 1, 12), 717304);
    assert_int_equal(cost(&t, 2017, 1, 12), 738829);
    assert_int_equal(cost(&t, 2016, 9, 18), 1103726);
    assert_int_equal(cost(&t, 2020, 1, 12), 807343);
    /* From April 2016 the first revision is already in the salary. */
    t.base_month = 4;
    assert_int_equal(cost(&t, 2016, 4, 12), 701520);
    /* (12 * 39 500 + 40 685) * 1.48 = 761 733.80 */
    assert_int_equal(cost(&t, 2016, 4, 13), 761734);
    /* A cut to nothing from April 2024: 3 months of 39 500 * 1.48. */
    t = coordinator_2016();
    t.base_year = 2024;
    t.revision_month = 4;
    t.revision_bp = COSTSHARE_REVISION_BP_MIN;
    assert_int_equal(cost(&t, 2024, 1, 12), 175380);
}

/* An index series instead of a rate: levels 1000 (the base), 1030, 1061.
 * 2017: 39 500 * 1.03 = 40 685 in January to March, 39 500 * 1.061 =
 * 41 909.5 -> 41 910 from April: (3 * 40 685 + 9 * 41 910) * 1.48 =
 * 738 882.60. Rounding down: 41 909 and 738 869.28 -> 738 869. */
static void index_series(void **state) {
    const int64_t index[4] = {1000, 1030, 1061, 0};
    costshare_post_terms t = coordinator_2016();
    int64_t out = SENTINEL;
    (void)state;
    t.revision_month = 4;
    t.revision_bp = 999; /* unused with a series */
    assert_int_equal(costshare_post_cost_ex(&t, 2017, 1, 12, index, 3, &out), COSTSHARE_OK);
    assert_int_equal(out, 738883);
    t.mode = COSTSHARE_ROUND_FLOOR;
    assert_int_equal(costshare_post_cost_ex(&t, 2017, 1, 12, index, 3, &out), COSTSHARE_OK);
    assert_int_equal(out, 738869);
    /* 2016: 3 * 39 500 + 9 * 40 685 at 1.48, as with 3 %. */
    t.mode = COSTSHARE_ROUND_HALF_AWAY;
    assert_int_equal(costshare_post_cost_ex(&t, 2016, 1, 12, index, 2, &out), COSTSHARE_OK);
    assert_int_equal(out, 717304);
    /* Too few values: 2017 needs three, 2018 four; a value below 1. */
    out = SENTINEL;
    assert_int_equal(costshare_post_cost_ex(&t, 2017, 1, 12, index, 2, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost_ex(&t, 2018, 1, 12, index, 3, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost_ex(&t, 2018, 1, 12, index, 4, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_post_cost_ex(&t, 2016, 1, 0, index, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL);
    /* Months 0 still need the base value, and nothing more. */
    assert_int_equal(costshare_post_cost_ex(&t, 2030, 1, 0, index, 1, &out), COSTSHARE_OK);
    assert_int_equal(out, 0);
}

/* Half time with 10 % overhead on salary and on-cost:
 * 39 500 * 12 * 0.5 * 1.48 * 1.10 = 385 836. */
static void part_time_and_overhead(void **state) {
    costshare_post_terms t = coordinator_2016();
    (void)state;
    t.fte_bp = 5000;
    t.overhead_bp = 1000;
    assert_int_equal(cost(&t, 2016, 1, 12), 385836);
    t.fte_bp = 0;
    assert_int_equal(cost(&t, 2016, 1, 12), 0);
    t.fte_bp = 20000; /* two posts */
    t.overhead_bp = 0;
    assert_int_equal(cost(&t, 2016, 1, 12), 1403040);
}

/* A revised salary is rounded to a whole unit by the mode: 100 * 1.005 =
 * 100.5. */
static void revised_salaries_are_rounded_by_the_mode(void **state) {
    static const int64_t want[5] = {101, 100, 100, 101, 100};
    costshare_post_terms t = COSTSHARE_POST_TERMS_INIT;
    int32_t mode;
    (void)state;
    t.monthly = 100;
    t.base_year = 2024;
    t.revision_month = 2;
    t.revision_bp = 50;
    for (mode = COSTSHARE_ROUND_HALF_AWAY; mode <= COSTSHARE_ROUND_TOWARD_ZERO; mode++) {
        t.mode = mode;
        assert_int_equal(cost(&t, 2024, 2, 1), want[mode]);
        /* 101 * 1.005 = 101.505 -> 102 (half away) in February 2025 */
    }
    t.mode = COSTSHARE_ROUND_HALF_AWAY;
    assert_int_equal(cost(&t, 2025, 2, 1), 102);
}

static void refusals_leave_the_output(void **state) {
    const int64_t index[2] = {100, 0};
    const costshare_post_terms good = coordinator_2016();
    costshare_post_terms t;
    int64_t out;
    (void)state;
#define REFUSED(call, code)                                                                    \
    do {                                                                                       \
        out = SENTINEL;                                                                        \
        assert_int_equal((call), (code));                                                      \
        assert_int_equal(out, SENTINEL);                                                       \
    } while (0)
#define WITH(field, value, code)                                                               \
    do {                                                                                       \
        t = good;                                                                              \
        t.field = (value);                                                                     \
        REFUSED(costshare_post_cost_ex(&t, 2016, 1, 12, NULL, 0, &out), (code));               \
    } while (0)
    REFUSED(costshare_post_cost_ex(NULL, 2016, 1, 12, NULL, 0, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_post_cost_ex(&good, 2016, 1, 12, NULL, 0, NULL),
                     COSTSHARE_EINVAL);
    WITH(version, 0, COSTSHARE_EINVAL);
    WITH(version, COSTSHARE_POST_TERMS_VERSION + 1, COSTSHARE_EINVAL);
    WITH(mode, 5, COSTSHARE_EINVAL);
    WITH(mode, -1, COSTSHARE_EINVAL);
    WITH(monthly, -1, COSTSHARE_ERANGE);
    WITH(base_year, 0, COSTSHARE_ERANGE);
    WITH(base_year, 10000, COSTSHARE_ERANGE);
    WITH(base_month, 0, COSTSHARE_ERANGE);
    WITH(base_month, 13, COSTSHARE_ERANGE);
    WITH(revision_month, -1, COSTSHARE_ERANGE);
    WITH(revision_month, 13, COSTSHARE_ERANGE);
    WITH(revision_bp, COSTSHARE_REVISION_BP_MIN - 1, COSTSHARE_ERANGE);
    WITH(revision_bp, COSTSHARE_ONCOST_BP_MAX + 1, COSTSHARE_ERANGE);
    WITH(oncost_bp, -1, COSTSHARE_ERANGE);
    WITH(oncost_bp, COSTSHARE_ONCOST_BP_MAX + 1, COSTSHARE_ERANGE);
    WITH(overhead_bp, -1, COSTSHARE_ERANGE);
    WITH(overhead_bp, COSTSHARE_ONCOST_BP_MAX + 1, COSTSHARE_ERANGE);
    WITH(fte_bp, -1, COSTSHARE_ERANGE);
    WITH(fte_bp, COSTSHARE_FTE_BP_MAX + 1, COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 0, 1, 12, NULL, 0, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 10000, 1, 12, NULL, 0, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 2016, 0, 12, NULL, 0, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 2016, 13, 12, NULL, 0, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 2016, 1, -1, NULL, 0, &out), COSTSHARE_ERANGE);
    /* The period must end by December 9999: 12 months from 9999-01 do. */
    t = good;
    t.monthly = 1;
    assert_int_equal(costshare_post_cost_ex(&t, 9999, 1, 12, NULL, 0, &out), COSTSHARE_OK);
    REFUSED(costshare_post_cost_ex(&t, 9999, 2, 12, NULL, 0, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 2016, 1, 12, index, 2, &out), COSTSHARE_ERANGE);
    /* ERANGE (index) before EBACKWARDS. */
    REFUSED(costshare_post_cost_ex(&good, 2015, 12, 12, index, 2, &out), COSTSHARE_ERANGE);
    REFUSED(costshare_post_cost_ex(&good, 2015, 12, 12, NULL, 0, &out), COSTSHARE_EBACKWARDS);
    REFUSED(costshare_post_cost_ex(&good, 2015, 12, 0, NULL, 0, &out), COSTSHARE_EBACKWARDS);
#undef WITH
#undef REFUSED
}

/* A salary level or the cost beyond int64_t. */
static void overflow(void **state) {
    const int64_t index[3] = {1, 2, 3};
    costshare_post_terms t = COSTSHARE_POST_TERMS_INIT;
    int64_t out = SENTINEL;
    (void)state;
    t.base_year = 2024;
    t.monthly = INT64_MAX / 2;
    t.revision_month = 4;
    t.revision_bp = 10000; /* doubled every April */
    /* April 2024: INT64_MAX - 1 fits; April 2025 does not. */
    assert_int_equal(costshare_post_cost_ex(&t, 2024, 4, 1, NULL, 0, &out), COSTSHARE_OK);
    assert_int_equal(out, INT64_MAX - 1);
    out = SENTINEL;
    assert_int_equal(costshare_post_cost_ex(&t, 2025, 4, 1, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    assert_int_equal(costshare_post_cost_ex(&t, 2025, 1, 12, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    /* By the index: level 2 (3/1) overflows, in force from April 2025. */
    assert_int_equal(costshare_post_cost_ex(&t, 2025, 5, 1, index, 3, &out),
                     COSTSHARE_EOVERFLOW);
    assert_int_equal(costshare_post_cost_ex(&t, 2025, 1, 12, index, 3, &out),
                     COSTSHARE_EOVERFLOW);
    assert_int_equal(out, SENTINEL);
    /* Two months of INT64_MAX; then products beyond 128 bits. */
    t.revision_month = 0;
    t.monthly = INT64_MAX;
    assert_int_equal(costshare_post_cost_ex(&t, 2024, 1, 2, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    t.fte_bp = COSTSHARE_FTE_BP_MAX;
    t.oncost_bp = COSTSHARE_ONCOST_BP_MAX;
    t.overhead_bp = COSTSHARE_ONCOST_BP_MAX;
    assert_int_equal(costshare_post_cost_ex(&t, 2024, 1, 12, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    t.fte_bp = 10000;
    assert_int_equal(costshare_post_cost_ex(&t, 2024, 1, 90000, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    /* The longest period there is, 0001-01 to 9999-12. */
    t.fte_bp = 1;
    t.oncost_bp = 0;
    t.base_year = 1;
    assert_int_equal(costshare_post_cost_ex(&t, 1, 1, 119988, NULL, 0, &out),
                     COSTSHARE_EOVERFLOW);
    assert_int_equal(out, SENTINEL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_cost_2016),
        cmocka_unit_test(post_cost_rounds_once_by_mode),
        cmocka_unit_test(post_cost_refusals_leave_output),
        cmocka_unit_test(terms_init_and_initialiser_agree),
        cmocka_unit_test(coordinator_2016_is_post_cost),
        cmocka_unit_test(special_case_equals_post_cost),
        cmocka_unit_test(yearly_revision_from_april),
        cmocka_unit_test(index_series),
        cmocka_unit_test(part_time_and_overhead),
        cmocka_unit_test(revised_salaries_are_rounded_by_the_mode),
        cmocka_unit_test(refusals_leave_the_output),
        cmocka_unit_test(overflow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
