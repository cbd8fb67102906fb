/*
 * The internal arithmetic helpers (lib/arith.h) against bit-by-bit reference
 * implementations. This file is built twice: as-is, and with
 * COSTSHARE_NO_INT128 so the portable 128-bit code is tested on 64-bit hosts too.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arith.h"

/* xorshift64*: deterministic test inputs. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

/* Reference product: shift and add. */
static cs_u128 ref_mul(uint64_t a, uint64_t b) {
    cs_u128 r = {0, 0}, addend = {0, a};
    int i;
    for (i = 0; i < 64; i++) {
        if ((b >> i) & 1u) {
            r = cs_add_u128(r, addend);
        }
        addend.hi = (addend.hi << 1) | (addend.lo >> 63);
        addend.lo <<= 1;
    }
    return r;
}

/* Reference division: restoring long division, one bit at a time. */
static uint64_t ref_div(cs_u128 n, uint64_t d, uint64_t *rem) {
    uint64_t q = 0, r = n.hi; /* n.hi < d */
    int i;
    for (i = 63; i >= 0; i--) {
        int carry = (r >> 63) != 0;
        r = (r << 1) | ((n.lo >> i) & 1u);
        q <<= 1;
        if (carry || r >= d) {
            r -= d;
            q |= 1u;
        }
    }
    *rem = r;
    return q;
}

static uint64_t random_operand(void) {
    /* Mix full-width values with small ones and values near powers of two. */
    switch (rng() % 4u) {
    case 0:
        return rng();
    case 1:
        return rng() >> (rng() % 64u);
    case 2:
        return ((uint64_t)1 << (rng() % 64u)) - (rng() % 3u);
    default:
        return rng() % 1000u;
    }
}

static void products_match_reference(void **state) {
    int i;
    (void)state;
    for (i = 0; i < 200000; i++) {
        uint64_t a = random_operand(), b = random_operand();
        cs_u128 p = cs_mul_u64(a, b), q = ref_mul(a, b);
        assert_true(p.hi == q.hi && p.lo == q.lo);
    }
    {
        cs_u128 m = cs_mul_u64(UINT64_MAX, UINT64_MAX);
        assert_true(m.hi == UINT64_MAX - 1u && m.lo == 1u);
    }
}

static void quotients_match_reference(void **state) {
    int i;
    (void)state;
    for (i = 0; i < 200000; i++) {
        uint64_t d = random_operand(), q, r, rq, rr;
        cs_u128 n;
        if (d == 0) {
            d = 1;
        }
        n.hi = random_operand() % d;
        n.lo = random_operand();
        q = cs_divmod_u128(n, d, &r);
        rq = ref_div(n, d, &rr);
        assert_true(q == rq);
        assert_true(r == rr);
    }
}

static void quotient_edges(void **state) {
    uint64_t r, q;
    cs_u128 n = {UINT64_MAX - 1u, UINT64_MAX};
    (void)state;
    q = cs_divmod_u128(n, UINT64_MAX, &r); /* (2^128 - 2^64 - 1) / (2^64 - 1) */
    assert_true(q == UINT64_MAX && r == UINT64_MAX - 1u);
    n.hi = 0;
    n.lo = 7;
    q = cs_divmod_u128(n, 2, &r);
    assert_true(q == 3 && r == 1);
    n.hi = 1;
    n.lo = 0;
    q = cs_divmod_u128(n, 3, &r); /* 2^64 / 3 */
    assert_true(q == 0x5555555555555555u && r == 1);
}

static int64_t rounded(int negative, uint64_t n, uint64_t d, int32_t mode) {
    cs_u128 v = {0, n};
    int64_t out = 12345;
    assert_int_equal(cs_round_quotient(negative, v, d, mode, &out), COSTSHARE_OK);
    return out;
}

static void rounding_modes_on_ties_and_non_ties(void **state) {
    (void)state;
    /* 5/2 = 2.5, 7/2 = 3.5, 7/3 = 2.33, 8/3 = 2.67 and their negatives */
    assert_true(rounded(0, 5, 2, COSTSHARE_ROUND_HALF_AWAY) == 3);
    assert_true(rounded(1, 5, 2, COSTSHARE_ROUND_HALF_AWAY) == -3);
    assert_true(rounded(0, 5, 2, COSTSHARE_ROUND_HALF_EVEN) == 2);
    assert_true(rounded(0, 7, 2, COSTSHARE_ROUND_HALF_EVEN) == 4);
    assert_true(rounded(1, 5, 2, COSTSHARE_ROUND_HALF_EVEN) == -2);
    assert_true(rounded(0, 8, 3, COSTSHARE_ROUND_HALF_EVEN) == 3);
    assert_true(rounded(0, 7, 3, COSTSHARE_ROUND_HALF_EVEN) == 2);
    assert_true(rounded(1, 7, 2, COSTSHARE_ROUND_HALF_EVEN) == -4);
    assert_true(rounded(0, 7, 3, COSTSHARE_ROUND_HALF_AWAY) == 2);
    assert_true(rounded(0, 7, 3, COSTSHARE_ROUND_FLOOR) == 2);
    assert_true(rounded(1, 7, 3, COSTSHARE_ROUND_FLOOR) == -3);
    assert_true(rounded(0, 7, 3, COSTSHARE_ROUND_CEILING) == 3);
    assert_true(rounded(1, 7, 3, COSTSHARE_ROUND_CEILING) == -2);
    assert_true(rounded(0, 8, 3, COSTSHARE_ROUND_TOWARD_ZERO) == 2);
    assert_true(rounded(1, 8, 3, COSTSHARE_ROUND_TOWARD_ZERO) == -2);
    assert_true(rounded(0, 6, 3, COSTSHARE_ROUND_CEILING) == 2);
    assert_true(rounded(1, 0, 3, COSTSHARE_ROUND_FLOOR) == 0);
}

static void rounding_reaches_int64_limits_exactly(void **state) {
    cs_u128 v;
    int64_t out = 99;
    (void)state;
    v.hi = 0;
    v.lo = (uint64_t)INT64_MAX + 1u;
    assert_int_equal(cs_round_quotient(1, v, 1, COSTSHARE_ROUND_HALF_AWAY, &out), 0);
    assert_true(out == INT64_MIN);
    out = 99;
    assert_int_equal(cs_round_quotient(0, v, 1, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_EOVERFLOW);
    assert_true(out == 99);
    v.lo = (uint64_t)INT64_MAX * 2u + 1u; /* (2^64 - 1) / 2 = 2^63 - 0.5 */
    assert_int_equal(cs_round_quotient(0, v, 2, COSTSHARE_ROUND_FLOOR, &out), 0);
    assert_true(out == INT64_MAX);
    out = 99;
    assert_int_equal(cs_round_quotient(0, v, 2, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_EOVERFLOW);
    assert_true(out == 99);
    v.lo = UINT64_MAX; /* quotient 2^64 - 1 rounds up past 64 bits */
    assert_int_equal(cs_round_quotient(0, v, 1, COSTSHARE_ROUND_CEILING, &out),
                     COSTSHARE_EOVERFLOW);
    v.hi = 1; /* (2^65 - 1) / 2: quotient 2^64 - 1 remainder 1, rounding up passes 2^64 */
    v.lo = UINT64_MAX;
    assert_int_equal(cs_round_quotient(0, v, 2, COSTSHARE_ROUND_HALF_AWAY, &out),
                     COSTSHARE_EOVERFLOW);
    v.hi = 5; /* quotient does not fit in 64 bits at all */
    assert_int_equal(cs_round_quotient(0, v, 5, COSTSHARE_ROUND_FLOOR, &out),
                     COSTSHARE_EOVERFLOW);
    v.hi = 0;
    v.lo = 3;
    assert_int_equal(cs_round_quotient(0, v, 2, COSTSHARE_ROUND_CEILING, &out), 0);
    assert_true(out == 2);
    assert_true(rounded(0, UINT64_MAX, 2, COSTSHARE_ROUND_TOWARD_ZERO) == INT64_MAX);
    assert_int_equal(cs_round_quotient(0, v, UINT64_MAX, COSTSHARE_ROUND_CEILING, &out), 0);
    assert_true(out == 1);
}

static void checked_add_and_sub(void **state) {
    int64_t out = 7;
    (void)state;
    assert_int_equal(cs_add_i64(INT64_MAX, 1, &out), 1);
    assert_int_equal(cs_add_i64(INT64_MIN, -1, &out), 1);
    assert_true(out == 7);
    assert_int_equal(cs_add_i64(INT64_MAX, INT64_MIN, &out), 0);
    assert_true(out == -1);
    assert_int_equal(cs_sub_i64(INT64_MIN, 1, &out), 1);
    assert_int_equal(cs_sub_i64(INT64_MAX, -1, &out), 1);
    assert_int_equal(cs_sub_i64(0, INT64_MIN, &out), 1);
    assert_int_equal(cs_sub_i64(-1, INT64_MIN, &out), 0);
    assert_true(out == INT64_MAX);
    assert_int_equal(cs_add_i64(5, 0, &out), 0);
    assert_true(out == 5);
    assert_int_equal(cs_add_i64(-5, -7, &out), 0);
    assert_true(out == -12);
    assert_int_equal(cs_add_i64(5, 7, &out), 0);
    assert_true(out == 12);
    assert_int_equal(cs_sub_i64(5, 0, &out), 0);
    assert_true(out == 5);
    assert_int_equal(cs_sub_i64(5, 7, &out), 0);
    assert_true(out == -2);
    assert_int_equal(cs_sub_i64(INT64_MIN, 0, &out), 0);
    assert_true(out == INT64_MIN);
    assert_true(cs_abs_u64(INT64_MIN) == (uint64_t)INT64_MAX + 1u);
    assert_true(cs_abs_u64(-5) == 5u && cs_abs_u64(5) == 5u);
}

static void mode_validation(void **state) {
    (void)state;
    assert_true(cs_round_mode_valid(COSTSHARE_ROUND_HALF_AWAY));
    assert_true(cs_round_mode_valid(COSTSHARE_ROUND_TOWARD_ZERO));
    assert_false(cs_round_mode_valid(-1));
    assert_false(cs_round_mode_valid(5));
}

static void invariant_divisor_matches_division(void **state) {
    /* clang-format off */
    static const uint64_t fixed[] = {1, 2, 3, 7, 10, 641, 1000000007u, (uint64_t)1 << 32,
                                     ((uint64_t)1 << 63) - 1, (uint64_t)1 << 63,
                                     ((uint64_t)1 << 63) + 1, UINT64_MAX - 1, UINT64_MAX};
    /* clang-format on */
    int i, j;
    (void)state;
    for (i = 0; i < 20000; i++) {
        uint64_t d = i < 13 ? fixed[i] : random_operand();
        cs_divu64 r;
        if (d == 0) {
            d = 1;
        }
        r = cs_divu64_init(d);
        for (j = 0; j < 20; j++) {
            uint64_t n = j == 0 ? UINT64_MAX : j == 1 ? d - 1 : j == 2 ? d : random_operand();
            assert_true(cs_divu64_div(&r, n) == n / d);
        }
    }
}

static void u128_helpers(void **state) {
    cs_u128 a = {1, 0}, b = {0, 1}, r;
    (void)state;
    r = cs_sub_u128(a, b);
    assert_true(r.hi == 0 && r.lo == UINT64_MAX);
    assert_true(cs_ge_u128(a, b) && !cs_ge_u128(b, a) && cs_ge_u128(a, a));
    assert_int_equal(cs_mul_u128_u64(r, 2, &r), 0);
    assert_true(r.hi == 1 && r.lo == UINT64_MAX - 1);
    a.hi = UINT64_MAX;
    a.lo = 0;
    assert_int_equal(cs_mul_u128_u64(a, 2, &r), 1);
    assert_true(r.hi == 1 && r.lo == UINT64_MAX - 1); /* untouched */
    a.hi = (uint64_t)1 << 63;
    assert_int_equal(cs_mul_u128_u64(a, 1, &r), 0);
    a.hi = ((uint64_t)1 << 63) - 1;
    a.lo = UINT64_MAX;
    assert_int_equal(cs_mul_u128_u64(a, 2, &r), 0);
    assert_true(r.hi == UINT64_MAX && r.lo == UINT64_MAX - 1);
    a.lo = 0;
    a.hi = 1;
    assert_int_equal(cs_mul_u128_u64(a, UINT64_MAX, &r), 0);
    a.lo = 1;
    assert_int_equal(cs_mul_u128_u64(a, UINT64_MAX, &r), 0);
    assert_true(r.hi == UINT64_MAX && r.lo == UINT64_MAX);
    assert_true(cs_bitlen64(0) == 0 && cs_bitlen64(1) == 1 && cs_bitlen64(UINT64_MAX) == 64);
}

static void u128_times_u64_overflow_by_carry_alone(void **state) {
    /* (2^128 - 1) / 3 = 0x5555...5555 times 3 is 2^128 - 1 and fits; one
     * more is 2^128 + 2: the high halves' product (0x55..55 * 3 = 2^64 - 1)
     * fits in 64 bits and only the carry from the low halves overflows. */
    const uint64_t fives = UINT64_MAX / 3;
    cs_u128 a, r = {7, 7};
    (void)state;
    a.hi = fives;
    a.lo = fives;
    assert_int_equal(cs_mul_u128_u64(a, 3, &r), 0);
    assert_true(r.hi == UINT64_MAX && r.lo == UINT64_MAX);
    a.lo = fives + 1;
    assert_int_equal(cs_mul_u128_u64(a, 3, &r), 1);
    assert_true(r.hi == UINT64_MAX && r.lo == UINT64_MAX); /* untouched */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(products_match_reference),
        cmocka_unit_test(quotients_match_reference),
        cmocka_unit_test(quotient_edges),
        cmocka_unit_test(rounding_modes_on_ties_and_non_ties),
        cmocka_unit_test(rounding_reaches_int64_limits_exactly),
        cmocka_unit_test(checked_add_and_sub),
        cmocka_unit_test(mode_validation),
        cmocka_unit_test(invariant_divisor_matches_division),
        cmocka_unit_test(u128_helpers),
        cmocka_unit_test(u128_times_u64_overflow_by_carry_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
