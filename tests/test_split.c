/*
 * Population-based splits (lib/split.c): the published Östergötland tables
 * (examples/data/ostergotland-2016.csv and -2018.csv), hand-computed tie
 * breaks, every error path (with outputs untouched), and properties over
 * generated inputs checked against the exact reference of
 * tests/split_reference.h (plain 128-bit integers and a full sort).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

#define N13 13
#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)

/* 2016 table: population, half_year, year, one_and_half_year as printed. */
static const int64_t pop2016[N13] = {5356,  21296, 9840, 153563, 26639, 43077, 137985,
                                     14333, 7385,  7749, 3665,   11584, 5272};
static const int64_t half2016[N13] = {4196,  16683, 7709, 120300, 20869, 33746, 108097,
                                      11228, 5785,  6071, 2871,   9075,  4130};
static const int64_t year2016[N13] = {8392,  33366, 15417, 240601, 41738, 67493, 216193,
                                      22457, 11571, 12141, 5742,   18150, 8260};
static const int64_t oneandhalf2016[N13] = {12588, 50049, 23126, 360901, 62607, 101239, 324290,
                                            33685, 17356, 18212, 8613,   27225, 12390};
/* 2018 table: 2017 population, percent (hundredths) and cost_2018 as printed. */
static const int64_t pop2017[N13] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                                     14521, 7421,  7920, 3733,   11631, 5343};
static const int64_t percent2018[N13] = {121, 479, 219, 3520, 600, 967, 2970,
                                         322, 165, 176, 83,   258, 119};
enum { BOXHOLM, FINSPANG, KINDA, LINKOPING, MJOLBY, MOTALA, NORRKOPING, SODERKOPING };

static void fill(int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        v[i] = SENTINEL;
    }
}

static void assert_all_sentinel(const int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        assert_true(v[i] == SENTINEL);
    }
}

static int64_t sum_of(const int64_t *v, size_t n) {
    int64_t s = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        s += v[i];
    }
    return s;
}

/* ---- The published tables ---------------------------------------------- */

static void year_2016_is_printed_column_except_motala(void **state) {
    int64_t s[N13], expect[N13];
    (void)state;
    memcpy(expect, year2016, sizeof expect);
    expect[MOTALA] = 67492; /* printed 67 493: the half-up residual of +1 */
    assert_int_equal(costshare_split(701520, pop2016, N13, s), COSTSHARE_OK);
    assert_memory_equal(s, expect, sizeof expect);
    assert_true(sum_of(s, N13) == 701520);
}

static void half_year_2016_is_printed_column(void **state) {
    int64_t s[N13];
    (void)state;
    assert_int_equal(costshare_split(350760, pop2016, N13, s), COSTSHARE_OK);
    assert_memory_equal(s, half2016, sizeof s);
}

static void eighteen_months_2016_is_printed_column_except_mjolby(void **state) {
    int64_t s[N13], expect[N13];
    (void)state;
    memcpy(expect, oneandhalf2016, sizeof expect);
    expect[MJOLBY] = 62606; /* printed 62 607 */
    assert_int_equal(costshare_split(1052280, pop2016, N13, s), COSTSHARE_OK);
    assert_memory_equal(s, expect, sizeof expect);
    assert_true(sum_of(s, N13) == 1052280);
}

static void year_2018_by_2017_populations(void **state) {
    static const int64_t expect[N13] = {9251,  36605, 16764, 268922, 45837, 73879, 226899,
                                        24634, 12589, 13436, 6333,   19732, 9064};
    int64_t s[N13];
    (void)state;
    assert_int_equal(costshare_split(763945, pop2017, N13, s), COSTSHARE_OK);
    assert_memory_equal(s, expect, sizeof expect);
}

static void percentages_2017_sum_to_100_except_soderkoping(void **state) {
    int64_t p[N13], expect[N13];
    (void)state;
    memcpy(expect, percent2018, sizeof expect);
    expect[SODERKOPING] = 323; /* printed 3.22, so the printed column sums to 99.99 */
    assert_int_equal(costshare_split_percentages(pop2017, N13, 2, p), COSTSHARE_OK);
    assert_memory_equal(p, expect, sizeof expect);
    assert_true(sum_of(p, N13) == 10000);
    assert_true(sum_of(percent2018, N13) == 9999);
}

static void legacy_round_each_reproduces_2016_year_with_residual_plus_one(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t s[N13], residual = SENTINEL;
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    assert_int_equal(costshare_split_ex(701520, pop2016, N13, &o, s, &residual), COSTSHARE_OK);
    assert_memory_equal(s, year2016, sizeof s);
    assert_true(residual == 1);
    assert_int_equal(costshare_split_ex(350760, pop2016, N13, &o, s, &residual), COSTSHARE_OK);
    assert_memory_equal(s, half2016, sizeof s);
    assert_true(residual == 0);
    /* The 1.5-year total is three times the half year: 1 052 280. */
    assert_int_equal(costshare_split_ex(3 * 350760, pop2016, N13, &o, s, &residual),
                     COSTSHARE_OK);
    assert_memory_equal(s, oneandhalf2016, sizeof s);
    assert_true(sum_of(s, N13) == 1052281);
    assert_true(residual == 1);
}

static void legacy_round_each_mirrors_negative_total(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t s[N13], residual = 0;
    size_t i;
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    assert_int_equal(costshare_split_ex(-701520, pop2016, N13, &o, s, &residual), COSTSHARE_OK);
    for (i = 0; i < N13; i++) {
        assert_true(s[i] == -year2016[i]);
    }
    assert_true(residual == -1);
}

/* ---- Tie rule and small hand-computed cases ----------------------------- */

static void equal_remainders_go_to_larger_weight_first(void **state) {
    /* W = 4, T = 2: quotas 0.5 and 1.5, both remainders 1/2. */
    int64_t w[2] = {1, 3}, s[2];
    (void)state;
    assert_int_equal(costshare_split(2, w, 2, s), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[1] == 2);
    assert_int_equal(costshare_split(-2, w, 2, s), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[1] == -2);
}

static void equal_remainders_and_weights_go_to_lower_index(void **state) {
    int64_t w3[3] = {1, 1, 1}, w4[4] = {1, 2, 1, 2}, s[4];
    (void)state;
    assert_int_equal(costshare_split(2, w3, 3, s), COSTSHARE_OK);
    assert_true(s[0] == 1 && s[1] == 1 && s[2] == 0);
    assert_int_equal(costshare_split(1, w3, 3, s), COSTSHARE_OK);
    assert_true(s[0] == 1 && s[1] == 0 && s[2] == 0);
    /* W = 6, T = 3: quotas 0.5, 1, 0.5, 1: one unit left, index 0 gets it. */
    assert_int_equal(costshare_split(3, w4, 4, s), COSTSHARE_OK);
    assert_true(s[0] == 1 && s[1] == 1 && s[2] == 0 && s[3] == 1);
    assert_int_equal(costshare_split(-3, w4, 4, s), COSTSHARE_OK);
    assert_true(s[0] == -1 && s[1] == -1 && s[2] == 0 && s[3] == -1);
}

static void largest_remainder_beats_weight(void **state) {
    /* W = 10, T = 7: quotas 0.7, 2.1, 4.2 -> floors 0, 2, 4, one unit left
     * for the largest remainder 0.7 although its weight is smallest. */
    int64_t w[3] = {1, 3, 6}, s[3];
    (void)state;
    assert_int_equal(costshare_split(7, w, 3, s), COSTSHARE_OK);
    assert_true(s[0] == 1 && s[1] == 2 && s[2] == 4);
}

static void zero_weights_get_zero(void **state) {
    int64_t w[5] = {0, 1, 0, 1, 0}, s[5];
    (void)state;
    assert_int_equal(costshare_split(3, w, 5, s), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[1] == 2 && s[2] == 0 && s[3] == 1 && s[4] == 0);
    assert_int_equal(costshare_split(0, w, 5, s), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] == 0 && s[4] == 0);
}

static void single_party_gets_everything(void **state) {
    int64_t w[1] = {7}, s[1];
    (void)state;
    assert_int_equal(costshare_split(INT64_MIN, w, 1, s), COSTSHARE_OK);
    assert_true(s[0] == INT64_MIN);
    assert_int_equal(costshare_split(INT64_MAX, w, 1, s), COSTSHARE_OK);
    assert_true(s[0] == INT64_MAX);
}

static void rounding_unit_splits_in_whole_kronor(void **state) {
    /* 763 945.00 SEK in öre, split in whole kronor: the kronor split times 100. */
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t s[N13], k[N13], residual = SENTINEL;
    size_t i;
    (void)state;
    o.unit = 100;
    assert_int_equal(costshare_split_ex(76394500, pop2017, N13, &o, s, &residual), 0);
    assert_int_equal(costshare_split(763945, pop2017, N13, k), 0);
    for (i = 0; i < N13; i++) {
        assert_true(s[i] == 100 * k[i]);
    }
    assert_true(residual == 0);
    /* Legacy with a unit: each quota rounded to whole kronor (half up). */
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    assert_int_equal(costshare_split_ex(70152000, pop2016, N13, &o, s, &residual), 0);
    for (i = 0; i < N13; i++) {
        assert_true(s[i] == 100 * year2016[i]);
    }
    assert_true(residual == 100);
}

static void mixed_key_hand_computed(void **state) {
    /* T = 100, fixed 10 shared by 3, rest 90 by 1:1:2. Quotas 25 5/6,
     * 25 5/6, 48 1/3: floors 25, 25, 48 leave 2 units for the two 5/6.
     * (Rounding each part separately would give 27, 25, 48: more than one
     * unit from the first quota.) */
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[3] = {1, 1, 2}, s[3], residual = SENTINEL;
    (void)state;
    o.fixed = 10;
    assert_int_equal(costshare_split_ex(100, w, 3, &o, s, &residual), 0);
    assert_true(s[0] == 26 && s[1] == 26 && s[2] == 48);
    assert_true(residual == 0);
    o.fixed = -10;
    assert_int_equal(costshare_split_ex(-100, w, 3, &o, s, &residual), 0);
    assert_true(s[0] == -26 && s[1] == -26 && s[2] == -48);
    /* Legacy on the same quotas: 26, 26, 48. */
    o.fixed = 10;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    assert_int_equal(costshare_split_ex(100, w, 3, &o, s, &residual), 0);
    assert_true(s[0] == 26 && s[1] == 26 && s[2] == 48);
    assert_true(residual == 0);
    /* Half of 9 shared equally, 4.5 each... T = 9, fixed 9, weights 1, 0:
     * quotas 4.5 and 4.5 -> both 5 (residual +1); a zero weight still gets
     * its equal part. */
    w[1] = 0;
    o.fixed = 9;
    assert_int_equal(costshare_split_ex(9, w, 2, &o, s, &residual), 0);
    assert_true(s[0] == 5 && s[1] == 5 && residual == 1);
    o.method = COSTSHARE_SPLIT_LARGEST_REMAINDER;
    assert_int_equal(costshare_split_ex(9, w, 2, &o, s, &residual), 0);
    assert_true(s[0] == 5 && s[1] == 4 && residual == 0); /* tie: larger weight */
}

static void options_null_means_defaults(void **state) {
    int64_t s[N13], residual = SENTINEL;
    (void)state;
    assert_int_equal(costshare_split_ex(763945, pop2017, N13, NULL, s, &residual), 0);
    assert_true(s[LINKOPING] == 268922 && residual == 0);
    assert_int_equal(costshare_split_ex(763945, pop2017, N13, NULL, s, NULL), 0);
    assert_true(s[BOXHOLM] == 9251);
}

static void options_init_gives_defaults(void **state) {
    costshare_split_options o, init = COSTSHARE_SPLIT_OPTIONS_INIT;
    (void)state;
    memset(&o, 0x5A, sizeof o);
    assert_int_equal(costshare_split_options_init(&o, COSTSHARE_SPLIT_OPTIONS_VERSION), 0);
    assert_true(o.version == init.version && o.method == init.method && o.unit == init.unit &&
                o.fixed == init.fixed);
    assert_true(o.version == COSTSHARE_SPLIT_OPTIONS_VERSION && o.unit == 1 && o.fixed == 0 &&
                o.method == COSTSHARE_SPLIT_LARGEST_REMAINDER);
    memset(&o, 0x5A, sizeof o);
    init = o;
    assert_int_equal(costshare_split_options_init(&o, 0), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_options_init(&o, COSTSHARE_SPLIT_OPTIONS_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_options_init(&o, UINT32_MAX), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_options_init(NULL, 1), COSTSHARE_EINVAL);
    assert_memory_equal(&o, &init, sizeof o);
}

static void every_version_up_to_the_current_one_is_accepted(void **state) {
    /* A caller built against an older header passes its older version. */
    costshare_split_options o;
    int64_t s[N13];
    uint32_t v;
    (void)state;
    for (v = 1; v <= COSTSHARE_SPLIT_OPTIONS_VERSION; v++) {
        memset(&o, 0x5A, sizeof o);
        assert_int_equal(costshare_split_options_init(&o, v), COSTSHARE_OK);
        assert_true(o.version == v);
        assert_int_equal(costshare_split_ex(763945, pop2017, N13, &o, s, NULL), COSTSHARE_OK);
        assert_true(s[BOXHOLM] == 9251 && s[LINKOPING] == 268922);
    }
}

static void method_names_are_the_macro_names(void **state) {
    (void)state;
    assert_string_equal(costshare_split_method_name(COSTSHARE_SPLIT_LARGEST_REMAINDER),
                        "COSTSHARE_SPLIT_LARGEST_REMAINDER");
    assert_string_equal(costshare_split_method_name(COSTSHARE_SPLIT_ROUND_EACH),
                        "COSTSHARE_SPLIT_ROUND_EACH");
    assert_string_equal(costshare_split_method_name(2), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_split_method_name(-1), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_split_method_name(INT32_MIN), "COSTSHARE_UNKNOWN");
}

/* ---- Refusals ------------------------------------------------------------ */

static void split_refusals_leave_shares_untouched(void **state) {
    int64_t w[3] = {1, 2, 3}, s[3];
    int64_t neg[3] = {1, -2, 3}, zero[3] = {0, 0, 0};
    int64_t big[3] = {INT64_MAX, 1, 0}, bigneg[3] = {INT64_MAX, 1, -1};
    int64_t ok[2] = {INT64_MAX - 5, 5}, notok[2] = {INT64_MAX - 5, 6};
    int64_t buf[6];
    (void)state;
    fill(s, 3);
    assert_int_equal(costshare_split(10, NULL, 3, s), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split(10, w, 3, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split(10, w, 0, s), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split(10, neg, 3, s), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split(10, zero, 3, s), COSTSHARE_ENOWEIGHT);
    assert_int_equal(costshare_split(10, big, 3, s), COSTSHARE_EOVERFLOW);
    assert_int_equal(costshare_split(10, bigneg, 3, s), COSTSHARE_ERANGE); /* sign first */
    assert_int_equal(costshare_split(10, notok, 2, s), COSTSHARE_EOVERFLOW);
    assert_all_sentinel(s, 3);
    /* Overlapping arrays. */
    buf[0] = 1;
    buf[1] = 2;
    buf[2] = 3;
    buf[3] = buf[4] = buf[5] = SENTINEL;
    assert_int_equal(costshare_split(10, buf, 3, buf), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split(10, buf, 3, buf + 2), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split(10, buf + 1, 3, buf), COSTSHARE_EINVAL);
    assert_true(buf[0] == 1 && buf[1] == 2 && buf[2] == 3 && buf[3] == SENTINEL);
    assert_int_equal(costshare_split(10, buf, 3, buf + 3), COSTSHARE_OK); /* adjacent is fine */
    assert_true(buf[3] == 2 && buf[4] == 3 && buf[5] == 5);
    /* The sum of the weights may be exactly INT64_MAX. */
    assert_int_equal(costshare_split(INT64_MAX, ok, 2, s), COSTSHARE_OK);
    assert_true(s[0] == INT64_MAX - 5 && s[1] == 5);
    assert_int_equal(costshare_split(INT64_MIN, ok, 2, s), COSTSHARE_OK);
    assert_true(s[0] + s[1] == INT64_MIN);
}

static void split_ex_refusals_leave_outputs_untouched(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT, bad;
    int64_t w[3] = {1, 2, 3}, s[3], residual = SENTINEL;
    (void)state;
    fill(s, 3);
    bad = o;
    bad.version = 0;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_EINVAL);
    bad.version = COSTSHARE_SPLIT_OPTIONS_VERSION + 1;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_EINVAL);
    bad = o;
    bad.method = 2;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_EINVAL);
    bad.method = -1;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_ex(10, NULL, 3, &o, s, &residual), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_ex(10, w, 3, &o, NULL, &residual), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_ex(10, w, 0, &o, s, &residual), COSTSHARE_ERANGE);
    bad = o;
    bad.unit = 0;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad.unit = -100;
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad.unit = 100;
    bad.method = COSTSHARE_SPLIT_ROUND_EACH; /* the legacy method needs whole units */
    assert_int_equal(costshare_split_ex(1050, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split_ex(-1050, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad.fixed = 50; /* not a multiple of the unit */
    assert_int_equal(costshare_split_ex(1000, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad = o;
    bad.fixed = -5; /* wrong sign */
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad.fixed = 5;
    assert_int_equal(costshare_split_ex(-10, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split_ex(0, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    bad.fixed = 11; /* more than the total */
    assert_int_equal(costshare_split_ex(10, w, 3, &bad, s, &residual), COSTSHARE_ERANGE);
    {
        int64_t zero[3] = {0, 0, 0}, neg[3] = {0, -1, 0}, big[2] = {INT64_MAX, 1};
        bad = o;
        bad.fixed = 10; /* even a purely equal split needs a weight */
        assert_int_equal(costshare_split_ex(10, zero, 3, &bad, s, &residual),
                         COSTSHARE_ENOWEIGHT);
        assert_int_equal(costshare_split_ex(10, neg, 3, &o, s, &residual), COSTSHARE_ERANGE);
        assert_int_equal(costshare_split_ex(10, big, 2, &o, s, &residual), COSTSHARE_EOVERFLOW);
    }
    assert_all_sentinel(s, 3);
    assert_true(residual == SENTINEL);
}

static void largest_remainder_states_what_the_unit_leaves_over(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[3] = {1, 1, 1}, s[3], residual = SENTINEL;
    (void)state;
    o.unit = 100;
    /* 10.50 kronor in whole kronor: 10 kronor split 4/3/3 (the tie to the
     * lowest index), 50 öre not split: residual sum - total = -50. */
    assert_int_equal(costshare_split_ex(1050, w, 3, &o, s, &residual), COSTSHARE_OK);
    assert_true(s[0] == 400 && s[1] == 300 && s[2] == 300);
    assert_true(residual == -50);
    /* A credit is the mirror image: the shares sum to -1000, residual +50. */
    assert_int_equal(costshare_split_ex(-1050, w, 3, &o, s, &residual), COSTSHARE_OK);
    assert_true(s[0] == -400 && s[1] == -300 && s[2] == -300);
    assert_true(residual == 50);
    /* Less than one unit: nothing is split, all of it is left over. */
    assert_int_equal(costshare_split_ex(99, w, 3, &o, s, &residual), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[1] == 0 && s[2] == 0 && residual == -99);
    /* 701 520.50 kronor (in öre) by the 2016 populations in whole kronor:
     * the 701 520 kronor split exactly as in kronor, 50 öre left over. */
    {
        int64_t in_kronor[N13], in_ore[N13];
        size_t i;
        assert_int_equal(costshare_split(701520, pop2016, N13, in_kronor), COSTSHARE_OK);
        assert_int_equal(costshare_split_ex(70152050, pop2016, N13, &o, in_ore, &residual),
                         COSTSHARE_OK);
        for (i = 0; i < N13; i++) {
            assert_true(in_ore[i] == in_kronor[i] * 100);
        }
        assert_true(residual == -50);
    }
}

static void residual_inside_the_shares_is_refused(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[2] = {1, 1}, s[3];
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    fill(s, 3);
    /* 3 by {1, 1} rounds each 1.5 up to 2: shares {2, 2}, residual +1. With
     * the residual stored in a share, one of the two would be wrong. */
    assert_int_equal(costshare_split_ex(3, w, 2, &o, s, &s[0]), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_ex(3, w, 2, &o, s, &s[1]), COSTSHARE_EINVAL);
    assert_all_sentinel(s, 3);
    /* Just past the shares is fine. */
    assert_int_equal(costshare_split_ex(3, w, 2, &o, s, &s[2]), COSTSHARE_OK);
    assert_true(s[0] == 2 && s[1] == 2 && s[2] == 1);
}

static void legacy_residual_of_two_to_the_63_is_refused(void **state) {
    /* INT64_MIN in units of 2^62 is -2 units; five equal parties have quotas
     * of -0.4 units, each rounds to 0, so the residual would be +2^63. */
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[5] = {1, 1, 1, 1, 1}, s[5], residual = SENTINEL;
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    o.unit = INT64_C(1) << 62;
    fill(s, 5);
    assert_int_equal(costshare_split_ex(INT64_MIN, w, 5, &o, s, &residual),
                     COSTSHARE_EOVERFLOW);
    assert_all_sentinel(s, 5);
    assert_true(residual == SENTINEL);
    /* Without the residual nothing can overflow. */
    assert_int_equal(costshare_split_ex(INT64_MIN, w, 5, &o, s, NULL), COSTSHARE_OK);
    assert_true(s[0] == 0 && s[4] == 0);
    /* Four parties: quotas -0.5 units each round to -1: residual -2^63 fits. */
    assert_int_equal(costshare_split_ex(INT64_MIN, w, 4, &o, s, &residual), COSTSHARE_OK);
    assert_true(s[0] == -(INT64_C(1) << 62) && s[3] == -(INT64_C(1) << 62));
    assert_true(residual == INT64_MIN);
}

static void weights_summing_past_two_to_the_64_overflow(void **state) {
    /* 3 (2^63 - 1) needs 65 bits: still EOVERFLOW, not a wrapped sum. */
    int64_t w[3] = {INT64_MAX, INT64_MAX, INT64_MAX}, s[3];
    (void)state;
    fill(s, 3);
    assert_int_equal(costshare_split(10, w, 3, s), COSTSHARE_EOVERFLOW);
    assert_all_sentinel(s, 3);
}

static void count_no_array_can_have_is_refused(void **state) {
    /* More int64_t than fit in the address space: refused before any weight
     * is read (the pointer is to three). */
    int64_t w[3] = {1, 2, 3}, s[3];
    (void)state;
    fill(s, 3);
    assert_int_equal(costshare_split(10, w, SIZE_MAX / sizeof(int64_t) + 1, s),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_split(10, w, SIZE_MAX, s), COSTSHARE_EINVAL);
    assert_all_sentinel(s, 3);
}

static void weight_checks_see_every_party_of_a_long_list(void **state) {
    /* 40 parties (several chunks of the weight check in the test build
     * with small chunks): a negative weight near the end, a sum that only
     * passes INT64_MAX with the last parties, and a sum of exactly INT64_MAX. */
    int64_t w[40], s[40];
    size_t i;
    (void)state;
    for (i = 0; i < 40; i++) {
        w[i] = 1;
    }
    w[37] = -1;
    fill(s, 40);
    assert_int_equal(costshare_split(40, w, 40, s), COSTSHARE_ERANGE);
    for (i = 0; i < 40; i++) {
        w[i] = INT64_MAX / 32; /* 40 of them exceed INT64_MAX, 32 do not */
    }
    assert_int_equal(costshare_split(40, w, 40, s), COSTSHARE_EOVERFLOW);
    assert_all_sentinel(s, 40);
    for (i = 0; i < 40; i++) {
        w[i] = i < 39 ? INT64_C(1) << 32 : INT64_MAX - 39 * (INT64_C(1) << 32);
    }
    assert_int_equal(costshare_split(INT64_MAX, w, 40, s), COSTSHARE_OK);
    /* Each of the 39 equal parties is owed exactly 2^32; the last the rest. */
    assert_true(s[0] == INT64_C(1) << 32 && s[38] == INT64_C(1) << 32);
    assert_true(s[39] == INT64_MAX - 39 * (INT64_C(1) << 32));
}

static void legacy_residual_fits_when_count_times_unit_passes_int64_max(void **state) {
    /* INT64_MIN in units of 2^62 is -2 units over three equal parties:
     * quotas of -2/3 unit round to -1 unit each, -3 units in all, so the
     * residual is -1 unit = -2^62. count * unit = 3 * 2^62 > INT64_MAX, so the
     * residual is checked before writing; it fits. */
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[3] = {1, 1, 1}, s[3], residual = SENTINEL;
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    o.unit = INT64_C(1) << 62;
    assert_int_equal(costshare_split_ex(INT64_MIN, w, 3, &o, s, &residual), COSTSHARE_OK);
    assert_true(s[0] == -(INT64_C(1) << 62) && s[1] == s[0] && s[2] == s[0]);
    assert_true(residual == -(INT64_C(1) << 62));
}

static void percentages_refusals_and_decimals_range(void **state) {
    int64_t w[3] = {1, 1, 1}, p[3];
    int64_t zero[3] = {0, 0, 0}, neg[3] = {1, -1, 1};
    (void)state;
    fill(p, 3);
    assert_int_equal(costshare_split_percentages(NULL, 3, 2, p), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_percentages(w, 3, 2, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_split_percentages(w, 0, 2, p), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split_percentages(w, 3, -1, p), COSTSHARE_ERANGE);
    assert_int_equal(costshare_split_percentages(w, 3, COSTSHARE_PERCENT_DECIMALS_MAX + 1, p),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_split_percentages(zero, 3, 2, p), COSTSHARE_ENOWEIGHT);
    assert_int_equal(costshare_split_percentages(neg, 3, 2, p), COSTSHARE_ERANGE);
    assert_all_sentinel(p, 3);
    assert_int_equal(costshare_split_percentages(w, 3, 0, p), COSTSHARE_OK);
    assert_true(p[0] == 34 && p[1] == 33 && p[2] == 33);
    assert_int_equal(costshare_split_percentages(w, 3, COSTSHARE_PERCENT_DECIMALS_MAX, p), 0);
    assert_true(p[0] == INT64_C(333333333333333334) && p[1] == INT64_C(333333333333333333) &&
                p[2] == INT64_C(333333333333333333));
}

/* ---- Properties against an independent reference ------------------------ */

#if defined(__SIZEOF_INT128__)
#include "split_reference.h"
typedef ref_i128 i128;
#define HAVE_REF 1

static uint64_t rng_state = 0x243F6A8885A308D3u;
static uint64_t rng(void) { /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}
static uint64_t rng_below(uint64_t n) {
    return n == 0 ? 0 : rng() % n;
}

#define REF_MAX 300000
static uint64_t ref_units[REF_MAX];
static ref_u128 ref_frac[REF_MAX];
static size_t ref_order[REF_MAX];
static const split_ref_work ref_work = {ref_units, ref_frac, ref_order};

static int64_t random_total(void) {
    switch (rng() % 6u) {
    case 0:
        return (int64_t)rng_below(1000);
    case 1:
        return (int64_t)rng_below(100000000) - 50000000;
    case 2:
        return (int64_t)(rng() >> (rng() % 64u)) * (rng() & 1u ? 1 : -1);
    case 3:
        return (int64_t)rng();
    case 4:
        return rng() & 1u ? INT64_MAX - (int64_t)rng_below(3)
                          : INT64_MIN + (int64_t)rng_below(3);
    default:
        return (int64_t)rng_below(10000000);
    }
}

/* n weights of a random shape summing to at most INT64_MAX. */
static void random_weights(int64_t *w, size_t n) {
    uint64_t cap = (uint64_t)INT64_MAX / n, shape = rng() % 6u;
    size_t i;
    uint64_t any = 0;
    for (i = 0; i < n; i++) {
        uint64_t v;
        switch (shape) {
        case 0:
            v = 1 + rng_below(1000000); /* populations */
            break;
        case 1:
            v = rng_below(4); /* many ties and zeros */
            break;
        case 2:
            v = rng_below(cap + 1); /* the full range */
            break;
        case 3:
            v = (rng() % 5u == 0) ? 0 : rng_below(1000);
            break;
        case 4:
            v = 7; /* all equal */
            break;
        default:
            v = rng_below(cap + 1) >> rng_below(64);
            break;
        }
        w[i] = (int64_t)v;
        any |= v;
    }
    if (any == 0) {
        w[rng_below(n)] = 1;
    }
}

static void check_against_reference(int64_t total, const int64_t *w, size_t n,
                                    const costshare_split_options *o, int64_t *s, int64_t *r) {
    i128 ref_residual, W = 0, sum = 0, T;
    int64_t residual = SENTINEL;
    size_t i;
    int64_t unit = o != NULL ? o->unit : 1;
    assert_true(n <= REF_MAX);
    assert_int_equal(costshare_split_ex(total, w, n, o, s, &residual), COSTSHARE_OK);
    ref_residual = split_reference(total, w, n, o, &ref_work, r);
    assert_memory_equal(s, r, n * sizeof s[0]);
    assert_true((i128)residual == ref_residual);
    if (o != NULL && (o->fixed != 0 || o->method != COSTSHARE_SPLIT_LARGEST_REMAINDER)) {
        return;
    }
    /* Sum and "within one unit" checked directly, not via the reference. */
    for (i = 0; i < n; i++) {
        W += w[i];
        sum += s[i];
        assert_true(s[i] % unit == 0);
    }
    assert_true(sum == total);
    T = total;
    for (i = 0; i < n; i++) {
        i128 diff = (i128)s[i] * W - T * w[i]; /* (share - quota) * W */
        assert_true(diff < (i128)unit * W && diff > -(i128)unit * W);
        if (w[i] == 0) {
            assert_true(s[i] == 0);
        }
    }
}

#define PN 64
static void matches_reference_on_random_inputs(void **state) {
    int64_t w[PN], s[PN], r[PN];
    int iter;
    (void)state;
    for (iter = 0; iter < 20000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        random_weights(w, n);
        check_against_reference(random_total(), w, n, NULL, s, r);
    }
}

static void negative_total_is_mirror(void **state) {
    int64_t w[PN], s[PN], m[PN];
    int iter;
    size_t i;
    (void)state;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        int64_t t = random_total();
        if (t == INT64_MIN) {
            t++;
        }
        random_weights(w, n);
        assert_int_equal(costshare_split(t, w, n, s), 0);
        assert_int_equal(costshare_split(-t, w, n, m), 0);
        for (i = 0; i < n; i++) {
            assert_true(m[i] == -s[i]);
        }
    }
}

static void scaling_all_weights_changes_nothing(void **state) {
    int64_t w[PN], w2[PN], s[PN], s2[PN];
    int iter;
    size_t i;
    (void)state;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        int64_t t = random_total(), c = 1 + (int64_t)rng_below(1000), W = 0;
        for (i = 0; i < n; i++) {
            w[i] = (int64_t)rng_below(1000000);
            W += w[i];
        }
        if (W == 0) {
            w[0] = W = 1;
        }
        for (i = 0; i < n; i++) {
            w2[i] = w[i] * c;
        }
        assert_int_equal(costshare_split(t, w, n, s), 0);
        assert_int_equal(costshare_split(t, w2, n, s2), 0);
        assert_memory_equal(s, s2, n * sizeof s[0]);
    }
}

static void permuting_parties_permutes_shares(void **state) {
    int64_t w[PN], pw[PN], s[PN], ps[PN];
    size_t perm[PN];
    int iter;
    size_t i, j;
    (void)state;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        int64_t t = random_total();
        /* Distinct weights, so the index never decides a tie. */
        for (i = 0; i < n; i++) {
            w[i] = (int64_t)(i + 1) * 1000 + (int64_t)rng_below(1000);
            perm[i] = i;
        }
        for (i = n; i-- > 1;) {
            size_t tmp;
            j = (size_t)rng_below(i + 1);
            tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        for (i = 0; i < n; i++) {
            pw[i] = w[perm[i]];
        }
        assert_int_equal(costshare_split(t, w, n, s), 0);
        assert_int_equal(costshare_split(t, pw, n, ps), 0);
        for (i = 0; i < n; i++) {
            assert_true(ps[i] == s[perm[i]]);
        }
    }
}

static void rounding_unit_matches_reference(void **state) {
    static const int64_t units[5] = {1, 100, 1000, 7, 1000000007};
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[PN], s[PN], r[PN];
    int iter;
    (void)state;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        int64_t t;
        o.unit = units[rng_below(5)];
        o.method = (int32_t)rng_below(2);
        t = random_total() / o.unit * o.unit;
        random_weights(w, n);
        check_against_reference(t, w, n, &o, s, r);
    }
}

static void legacy_matches_reference(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[PN], s[PN], r[PN];
    int iter;
    (void)state;
    o.method = COSTSHARE_SPLIT_ROUND_EACH;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        random_weights(w, n);
        check_against_reference(random_total(), w, n, &o, s, r);
    }
}

static uint64_t abs_u64(int64_t v) {
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

static void mixed_key_within_one_unit_of_quota(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t w[PN], s[PN], r[PN];
    int iter;
    size_t i;
    (void)state;
    for (iter = 0; iter < 5000; iter++) {
        size_t n = 1 + (size_t)rng_below(PN);
        /* Keep n * R * w within 128 bits for the quota check below. */
        int64_t t = (int64_t)rng_below((uint64_t)1 << (1 + rng_below(50)));
        i128 W = 0, D, sum = 0;
        if (rng() & 1u) {
            t = -t;
        }
        o.fixed = t == 0 ? 0 : (int64_t)rng_below(abs_u64(t) + 1) * (t < 0 ? -1 : 1);
        o.method = (int32_t)rng_below(2);
        for (i = 0; i < n; i++) {
            w[i] = (int64_t)rng_below(rng() & 1u ? 10 : 1000000);
            W += w[i];
        }
        if (W == 0) {
            w[0] = 1;
            W = 1;
        }
        check_against_reference(t, w, n, &o, s, r);
        if (o.method != COSTSHARE_SPLIT_LARGEST_REMAINDER) {
            continue;
        }
        /* |share - quota| < 1 with quota = F/n + (T - F) w / W, times n*W. */
        D = (i128)n * W;
        for (i = 0; i < n; i++) {
            i128 q = (i128)o.fixed * W + (i128)n * (t - o.fixed) * w[i];
            i128 diff = (i128)s[i] * D - q;
            assert_true(diff < D && diff > -D);
            sum += s[i];
        }
        assert_true(sum == t);
    }
}

/* Larger inputs that drive the selection through its refining passes, the
 * tie-break on weight (many equal remainders) and on index (equal
 * remainders and weights). */
static int64_t big_w[REF_MAX], big_s[REF_MAX], big_r[REF_MAX];
static void large_inputs_match_reference(void **state) {
    costshare_split_options o = COSTSHARE_SPLIT_OPTIONS_INIT;
    size_t i, n;
    int64_t W;
    (void)state;
    /* Populations, 300 000 parties, a total in öre: refining passes. */
    n = REF_MAX;
    for (i = 0; i < n; i++) {
        big_w[i] = 1 + (int64_t)rng_below(1000000);
    }
    check_against_reference(INT64_C(123456789012345), big_w, n, NULL, big_s, big_r);
    check_against_reference(-INT64_C(987654321987), big_w, n, NULL, big_s, big_r);
    check_against_reference(INT64_MAX, big_w, n, NULL, big_s, big_r);
    o.fixed = INT64_C(100000000000);
    check_against_reference(INT64_C(123456789012345), big_w, 20000, &o, big_s, big_r);
    /* All equal: every remainder and weight ties; the index decides. */
    n = 3000;
    for (i = 0; i < n; i++) {
        big_w[i] = 5;
    }
    check_against_reference(1000, big_w, n, NULL, big_s, big_r);
    check_against_reference(2999, big_w, n, NULL, big_s, big_r);
    check_against_reference(-1234567, big_w, n, NULL, big_s, big_r);
    o.fixed = 1000;
    check_against_reference(1000, big_w, n, &o, big_s, big_r);
    /* Remainders tie at W/2 for every odd weight: the weight decides. */
    n = 5000;
    W = 0;
    for (i = 0; i < n; i++) {
        big_w[i] = 1 + (int64_t)rng_below(2000);
        W += big_w[i];
    }
    if (W % 2 != 0) {
        big_w[0]++;
        W++;
    }
    check_against_reference(W / 2, big_w, n, NULL, big_s, big_r);
    check_against_reference(W / 2 * 3, big_w, n, NULL, big_s, big_r);
    /* Few distinct weights (ties on weight among equal remainders too). */
    for (i = 0; i < n; i++) {
        big_w[i] = 2 * (1 + (int64_t)rng_below(3)) + 1;
    }
    W = 0;
    for (i = 0; i < n; i++) {
        W += big_w[i];
    }
    if (W % 2 != 0) {
        big_w[0]++;
        W++;
    }
    check_against_reference(W / 2, big_w, n, NULL, big_s, big_r);
    /* The same ties with a fixed part, and with weights so large that the
     * key no longer encodes the weight: the selection goes through the
     * weight level, with the threshold at every position in turn. */
    n = 3000;
    for (i = 0; i < n; i++) {
        big_w[i] = 1 + (int64_t)rng_below(300);
    }
    W = 0;
    for (i = 0; i < n; i++) {
        W += big_w[i];
    }
    if (W % 2 != 0) {
        big_w[0]++;
        W++;
    }
    {
        int rep;
        for (rep = 0; rep < 12; rep++) {
            o.fixed = (int64_t)n * (int64_t)rng_below(5) + (rep % 3 == 0 ? 0 : 1 + rep);
            check_against_reference(o.fixed + W / 2 + (int64_t)rep * W, big_w, n, &o, big_s,
                                    big_r);
        }
        for (i = 0; i < n; i++) {
            big_w[i] = (big_w[i] << 40) + (i % 2 == 0 ? 0 : (INT64_C(1) << 40) - 1);
        }
        W = 0;
        for (i = 0; i < n; i++) {
            W += big_w[i];
        }
        if (W % 2 != 0) {
            big_w[0]++;
            W++;
        }
        for (rep = 0; rep < 6; rep++) {
            check_against_reference(W / 2 - (int64_t)rep * (INT64_C(1) << 39), big_w, n, NULL,
                                    big_s, big_r);
        }
    }
    /* 1500 parties each of two odd weights 2^50 + 1 and 2^50 + 3, total W/2:
     * every remainder is W/2, 1500 units are left, and exactly the heavier
     * half gets them (the threshold falls on a bucket boundary of the
     * weight level). */
    n = 3000;
    for (i = 0; i < n; i++) {
        big_w[i] = (INT64_C(1) << 50) + (i % 2 == 0 ? 1 : 3);
    }
    W = 1500 * ((INT64_C(1) << 51) + 4);
    check_against_reference(W / 2, big_w, n, NULL, big_s, big_r);
    for (i = 0; i < n; i++) {
        assert_true(big_s[i] == (INT64_C(1) << 49) + (i % 2 == 0 ? 0 : 2));
    }
    /* Huge weights: the 128-bit path. */
    for (i = 0; i < 2000; i++) {
        big_w[i] = (int64_t)rng_below((uint64_t)INT64_MAX / 2000);
    }
    check_against_reference(INT64_MIN, big_w, 2000, NULL, big_s, big_r);
    check_against_reference(INT64_MAX - 12345, big_w, 2000, NULL, big_s, big_r);
}

static void int64_extremes(void **state) {
    int64_t w[4], s[4], r[4];
    (void)state;
    w[0] = INT64_MAX;
    check_against_reference(INT64_MAX, w, 1, NULL, s, r);
    check_against_reference(INT64_MIN, w, 1, NULL, s, r);
    w[0] = INT64_MAX / 2;
    w[1] = INT64_MAX / 2 + 1; /* sum exactly INT64_MAX */
    check_against_reference(INT64_MAX, w, 2, NULL, s, r);
    check_against_reference(INT64_MIN, w, 2, NULL, s, r);
    check_against_reference(INT64_MIN + 1, w, 2, NULL, s, r);
    w[0] = 1;
    w[1] = 1;
    w[2] = 1;
    check_against_reference(INT64_MIN, w, 3, NULL, s, r);
    check_against_reference(INT64_MAX, w, 3, NULL, s, r);
    w[0] = INT64_MAX - 2;
    w[1] = 1;
    w[2] = 1;
    w[3] = 0;
    check_against_reference(INT64_MIN, w, 4, NULL, s, r);
    check_against_reference(INT64_MAX, w, 4, NULL, s, r);
    check_against_reference(-1, w, 4, NULL, s, r);
    assert_true(s[0] == -1 && s[1] == 0 && s[2] == 0 && s[3] == 0);
}
#else
#define HAVE_REF 0
#endif

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(year_2016_is_printed_column_except_motala),
        cmocka_unit_test(half_year_2016_is_printed_column),
        cmocka_unit_test(eighteen_months_2016_is_printed_column_except_mjolby),
        cmocka_unit_test(year_2018_by_2017_populations),
        cmocka_unit_test(percentages_2017_sum_to_100_except_soderkoping),
        cmocka_unit_test(legacy_round_each_reproduces_2016_year_with_residual_plus_one),
        cmocka_unit_test(legacy_round_each_mirrors_negative_total),
        cmocka_unit_test(equal_remainders_go_to_larger_weight_first),
        cmocka_unit_test(equal_remainders_and_weights_go_to_lower_index),
        cmocka_unit_test(largest_remainder_beats_weight),
        cmocka_unit_test(zero_weights_get_zero),
        cmocka_unit_test(single_party_gets_everything),
        cmocka_unit_test(rounding_unit_splits_in_whole_kronor),
        cmocka_unit_test(mixed_key_hand_computed),
        cmocka_unit_test(options_null_means_defaults),
        cmocka_unit_test(options_init_gives_defaults),
        cmocka_unit_test(every_version_up_to_the_current_one_is_accepted),
        cmocka_unit_test(method_names_are_the_macro_names),
        cmocka_unit_test(split_refusals_leave_shares_untouched),
        cmocka_unit_test(split_ex_refusals_leave_outputs_untouched),
        cmocka_unit_test(largest_remainder_states_what_the_unit_leaves_over),
        cmocka_unit_test(residual_inside_the_shares_is_refused),
        cmocka_unit_test(legacy_residual_of_two_to_the_63_is_refused),
        cmocka_unit_test(weights_summing_past_two_to_the_64_overflow),
        cmocka_unit_test(count_no_array_can_have_is_refused),
        cmocka_unit_test(weight_checks_see_every_party_of_a_long_list),
        cmocka_unit_test(legacy_residual_fits_when_count_times_unit_passes_int64_max),
        cmocka_unit_test(percentages_refusals_and_decimals_range),
#if HAVE_REF
        cmocka_unit_test(matches_reference_on_random_inputs),
        cmocka_unit_test(negative_total_is_mirror),
        cmocka_unit_test(scaling_all_weights_changes_nothing),
        cmocka_unit_test(permuting_parties_permutes_shares),
        cmocka_unit_test(rounding_unit_matches_reference),
        cmocka_unit_test(legacy_matches_reference),
        cmocka_unit_test(mixed_key_within_one_unit_of_quota),
        cmocka_unit_test(large_inputs_match_reference),
        cmocka_unit_test(int64_extremes),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
