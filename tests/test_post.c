/*
 * The cost of a post (lib/post.c): the 2016 coordinator of the Östergötland
 * agreements, rounding once by each mode, the largest exact inputs, and
 * every refusal (with the output untouched).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_cost_2016),
        cmocka_unit_test(post_cost_rounds_once_by_mode),
        cmocka_unit_test(post_cost_refusals_leave_output),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
