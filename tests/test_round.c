/*
 * Rounding modes and exact scaling (lib/round.c): each mode on ties and on
 * every combination of signs, the int64_t limits, every refusal (with the
 * output untouched), and the names of the modes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "costshare.h"

#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)

static void scale_by_mode(void **state) {
    static const int64_t up[5] = {3, 2, 2, 3, 2}, down[5] = {-3, -2, -3, -2, -2};
    static const int64_t odd[5] = {4, 4, 3, 4, 3};
    int64_t out;
    int32_t m;
    (void)state;
    for (m = 0; m < 5; m++) {
        assert_int_equal(costshare_round_scale(5, 1, 2, m, &out), COSTSHARE_OK);
        assert_true(out == up[m]);
        assert_int_equal(costshare_round_scale(-5, 1, 2, m, &out), COSTSHARE_OK);
        assert_true(out == down[m]);
        assert_int_equal(costshare_round_scale(5, -1, 2, m, &out), COSTSHARE_OK);
        assert_true(out == down[m]);
        assert_int_equal(costshare_round_scale(5, 1, -2, m, &out), COSTSHARE_OK);
        assert_true(out == down[m]);
        assert_int_equal(costshare_round_scale(-5, -1, -2, m, &out), COSTSHARE_OK);
        assert_true(out == down[m]);
        assert_int_equal(costshare_round_scale(-5, -1, 2, m, &out), COSTSHARE_OK);
        assert_true(out == up[m]);
        assert_int_equal(costshare_round_scale(7, 1, 2, m, &out), COSTSHARE_OK); /* 3.5 */
        assert_true(out == odd[m]);
        assert_int_equal(costshare_round_scale(0, -1, -3, m, &out), COSTSHARE_OK);
        assert_true(out == 0);
    }
    /* A refund of 64 000 for 92 of the 366 days of 2024, half away from zero. */
    assert_int_equal(costshare_round_scale(64000, 92, 366, COSTSHARE_ROUND_HALF_AWAY, &out), 0);
    assert_true(out == 16087);
    /* 24 634.25 SEK: the exact 2018 share of Söderköping, in öre. */
    assert_int_equal(
        costshare_round_scale(76394500, 14521, 450318, COSTSHARE_ROUND_HALF_AWAY, &out), 0);
    assert_true(out == 2463425);
}

static void scale_limits_and_refusals(void **state) {
    int64_t out = SENTINEL;
    (void)state;
    assert_int_equal(costshare_round_scale(10, 1, 0, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_round_scale(10, 1, 1, 5, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_round_scale(10, 1, 1, -1, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_round_scale(10, 1, 1, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_round_scale(INT64_MAX, 2, 1, 0, &out), COSTSHARE_EOVERFLOW);
    assert_int_equal(costshare_round_scale(INT64_MIN, 1, -1, 0, &out), COSTSHARE_EOVERFLOW);
    assert_int_equal(costshare_round_scale(INT64_MIN, INT64_MIN, 1, 0, &out),
                     COSTSHARE_EOVERFLOW);
    assert_true(out == SENTINEL);
    assert_int_equal(costshare_round_scale(INT64_MIN, -1, -1, 0, &out), COSTSHARE_OK);
    assert_true(out == INT64_MIN);
    assert_int_equal(costshare_round_scale(INT64_MIN, INT64_MIN, INT64_MIN, 0, &out),
                     COSTSHARE_OK);
    assert_true(out == INT64_MIN);
    assert_int_equal(costshare_round_scale(INT64_MAX, INT64_MAX, INT64_MAX, 0, &out),
                     COSTSHARE_OK);
    assert_true(out == INT64_MAX);
    /* (2^63 - 1) * 3 / 2 does not fit; * 3 / 4 does, exactly. */
    assert_int_equal(costshare_round_scale(INT64_MAX, 3, 4, COSTSHARE_ROUND_FLOOR, &out), 0);
    assert_true(out ==
                (int64_t)(((uint64_t)INT64_MAX / 4) * 3 + ((uint64_t)INT64_MAX % 4) * 3 / 4));
}

static void mode_names_are_the_macro_names(void **state) {
    (void)state;
    assert_string_equal(costshare_round_mode_name(COSTSHARE_ROUND_HALF_AWAY),
                        "COSTSHARE_ROUND_HALF_AWAY");
    assert_string_equal(costshare_round_mode_name(COSTSHARE_ROUND_HALF_EVEN),
                        "COSTSHARE_ROUND_HALF_EVEN");
    assert_string_equal(costshare_round_mode_name(COSTSHARE_ROUND_FLOOR),
                        "COSTSHARE_ROUND_FLOOR");
    assert_string_equal(costshare_round_mode_name(COSTSHARE_ROUND_CEILING),
                        "COSTSHARE_ROUND_CEILING");
    assert_string_equal(costshare_round_mode_name(COSTSHARE_ROUND_TOWARD_ZERO),
                        "COSTSHARE_ROUND_TOWARD_ZERO");
    assert_string_equal(costshare_round_mode_name(5), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_round_mode_name(-1), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_round_mode_name(INT32_MAX), "COSTSHARE_UNKNOWN");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scale_by_mode),
        cmocka_unit_test(scale_limits_and_refusals),
        cmocka_unit_test(mode_names_are_the_macro_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
