/*
 * Internal: exact integer arithmetic shared by every module.
 *
 * Checked 64-bit operations, 64x64->128-bit products and 128/64-bit
 * division, and rounding of an exact quotient. Everything is static inline:
 * nothing here is exported. Where the compiler offers a 128-bit integer it
 * is used; otherwise (32-bit targets, or COSTSHARE_NO_INT128 for testing)
 * portable code with 32-bit digits gives the same results.
 */
#ifndef COSTSHARE_ARITH_H
#define COSTSHARE_ARITH_H

#include <stdint.h>

#include "costshare/error.h"
#include "costshare/round.h"

#if defined(__SIZEOF_INT128__) && !defined(COSTSHARE_NO_INT128)
#define CS_HAVE_INT128 1
/* __extension__ keeps -std=c99 -pedantic quiet about the GNU type. */
__extension__ typedef unsigned __int128 cs_uint128;
#else
#define CS_HAVE_INT128 0
#endif

/* An unsigned 128-bit value as two 64-bit halves. */
typedef struct {
    uint64_t hi;
    uint64_t lo;
} cs_u128;

/* Checked signed 64-bit addition: returns 0 and writes *out, or 1 on overflow. */
static inline int cs_add_i64(int64_t a, int64_t b, int64_t *out) {
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) {
        return 1;
    }
    *out = a + b;
    return 0;
}

/* Checked signed 64-bit subtraction. */
static inline int cs_sub_i64(int64_t a, int64_t b, int64_t *out) {
    if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)) {
        return 1;
    }
    *out = a - b;
    return 0;
}

/* |v| as an unsigned value; exact for INT64_MIN too. */
static inline uint64_t cs_abs_u64(int64_t v) {
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

/* a * b, exact. */
static inline cs_u128 cs_mul_u64(uint64_t a, uint64_t b) {
    cs_u128 r;
#if CS_HAVE_INT128
    cs_uint128 p = (cs_uint128)a * b;
    r.hi = (uint64_t)(p >> 64);
    r.lo = (uint64_t)p;
#else
    uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32;
    uint64_t b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    r.lo = (mid << 32) | (p00 & 0xFFFFFFFFu);
    r.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
#endif
    return r;
}

/* a + b modulo 2^128. */
static inline cs_u128 cs_add_u128(cs_u128 a, cs_u128 b) {
    cs_u128 r;
    r.lo = a.lo + b.lo;
    r.hi = a.hi + b.hi + (r.lo < a.lo ? 1u : 0u);
    return r;
}

/* Number of leading zero bits of a non-zero value. */
static inline int cs_clz64(uint64_t v) {
#if defined(__GNUC__)
    return __builtin_clzll(v);
#else
    int n = 0;
    while ((v & ((uint64_t)1 << 63)) == 0) {
        v <<= 1;
        n++;
    }
    return n;
#endif
}

/*
 * n / d and n % d for n < d * 2^64 (that is n.hi < d), so the quotient fits
 * in 64 bits. The caller checks the precondition. The portable branch is
 * Knuth's algorithm D on 32-bit digits (the two-digit case).
 */
static inline uint64_t cs_divmod_u128(cs_u128 n, uint64_t d, uint64_t *rem) {
#if CS_HAVE_INT128 && defined(__x86_64__) && defined(__GNUC__)
    /* x86-64 divides 128 by 64 bits in one instruction when the quotient
     * fits (n.hi < d, the precondition); the compiler would call
     * __udivti3 / __umodti3, a full 128/128 division, instead. */
    uint64_t q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(n.lo), "d"(n.hi), "rm"(d) : "cc");
    *rem = r;
    return q;
#elif CS_HAVE_INT128
    cs_uint128 v = ((cs_uint128)n.hi << 64) | n.lo;
    *rem = (uint64_t)(v % d);
    return (uint64_t)(v / d);
#else
    const uint64_t b = (uint64_t)1 << 32;
    uint64_t vn1, vn0, un32, un21, un10, un1, un0, q1, q0, rhat;
    int s;
    if (n.hi == 0) {
        *rem = n.lo % d;
        return n.lo / d;
    }
    s = cs_clz64(d);
    d <<= s;
    /* Normalized, d has its top bit set, so vn1 >= 2^31; or-ing that bit in
     * changes nothing and shows a static analyser that vn1 is not zero. */
    vn1 = (d >> 32) | 0x80000000u;
    vn0 = d & 0xFFFFFFFFu;
    un32 = s == 0 ? n.hi : (n.hi << s) | (n.lo >> (64 - s));
    un10 = n.lo << s;
    un1 = un10 >> 32;
    un0 = un10 & 0xFFFFFFFFu;
    q1 = un32 / vn1;
    rhat = un32 - q1 * vn1;
    while (q1 >= b || q1 * vn0 > b * rhat + un1) {
        q1--;
        rhat += vn1;
        if (rhat >= b) {
            break;
        }
    }
    un21 = un32 * b + un1 - q1 * d;
    q0 = un21 / vn1;
    rhat = un21 - q0 * vn1;
    while (q0 >= b || q0 * vn0 > b * rhat + un0) {
        q0--;
        rhat += vn1;
        if (rhat >= b) {
            break;
        }
    }
    *rem = (un21 * b + un0 - q0 * d) >> s;
    return q1 * b + q0;
#endif
}

/* a - b modulo 2^128. */
static inline cs_u128 cs_sub_u128(cs_u128 a, cs_u128 b) {
    cs_u128 r;
    r.lo = a.lo - b.lo;
    r.hi = a.hi - b.hi - (a.lo < b.lo ? 1u : 0u);
    return r;
}

/* 1 when a >= b. */
static inline int cs_ge_u128(cs_u128 a, cs_u128 b) {
    return a.hi > b.hi || (a.hi == b.hi && a.lo >= b.lo);
}

/* a * b for a 128-bit a: returns 0 and writes *out, or 1 when the product
 * needs more than 128 bits (*out untouched). */
static inline int cs_mul_u128_u64(cs_u128 a, uint64_t b, cs_u128 *out) {
    cs_u128 lo = cs_mul_u64(a.lo, b), hi = cs_mul_u64(a.hi, b);
    if (hi.hi != 0 || lo.hi + hi.lo < lo.hi) {
        return 1;
    }
    out->hi = lo.hi + hi.lo;
    out->lo = lo.lo;
    return 0;
}

/* Number of significant bits of v (0 for 0). */
static inline int cs_bitlen64(uint64_t v) {
    return v == 0 ? 0 : 64 - cs_clz64(v);
}

/*
 * Division by an invariant divisor (Granlund and Montgomery, "Division by
 * invariant integers using multiplication", PLDI 1994, figure 4.1): after a
 * one-time cs_divu64_init(d), n / d for any 64-bit n costs one 64x64->128
 * multiply, two shifts and two additions instead of a hardware division.
 * Used where one divisor serves many numerators (a split divides by the sum
 * of the weights once per party).
 */
typedef struct {
    uint64_t magic;
    int shift1;
    int shift2;
} cs_divu64;

/* Prepares division by d (d >= 1). */
static inline cs_divu64 cs_divu64_init(uint64_t d) {
    cs_divu64 r;
    uint64_t rem;
    int l = d == 1 ? 0 : cs_bitlen64(d - 1); /* ceil(log2 d): 2^(l-1) < d <= 2^l */
    cs_u128 num;
    num.hi = l == 64 ? (uint64_t)0 - d : ((uint64_t)1 << l) - d; /* 2^l - d < d */
    num.lo = 0;
    r.magic = cs_divmod_u128(num, d, &rem) + 1u; /* floor(2^64 (2^l - d) / d) + 1 */
    r.shift1 = l > 0 ? 1 : 0;
    r.shift2 = l > 0 ? l - 1 : 0;
    return r;
}

/* floor(n / d) for the d given to cs_divu64_init. */
static inline uint64_t cs_divu64_div(const cs_divu64 *r, uint64_t n) {
    uint64_t t1 = cs_mul_u64(r->magic, n).hi;
    return (t1 + ((n - t1) >> r->shift1)) >> r->shift2;
}

/* 1 when mode is one of the COSTSHARE_ROUND_* constants. */
static inline int cs_round_mode_valid(int32_t mode) {
    return mode >= COSTSHARE_ROUND_HALF_AWAY && mode <= COSTSHARE_ROUND_TOWARD_ZERO;
}

/*
 * Whether the magnitude of a quotient q with remainder r over d (0 <= r < d)
 * is rounded up one step, for a result of the given sign and rounding mode.
 * r >= d - r is "r/d >= 1/2" without overflow.
 */
static inline int cs_round_up(int negative, uint64_t q, uint64_t r, uint64_t d, int32_t mode) {
    if (r == 0) {
        return 0;
    }
    switch (mode) {
    case COSTSHARE_ROUND_HALF_EVEN:
        return r > d - r || (r == d - r && (q & 1u) != 0);
    case COSTSHARE_ROUND_FLOOR:
        return negative;
    case COSTSHARE_ROUND_CEILING:
        return !negative;
    case COSTSHARE_ROUND_TOWARD_ZERO:
        return 0;
    default: /* COSTSHARE_ROUND_HALF_AWAY */
        return r >= d - r;
    }
}

/*
 * Rounds the exact value (negative ? -1 : 1) * n / d (d > 0) to an integer by
 * mode and writes it to *out. Returns COSTSHARE_OK or COSTSHARE_EOVERFLOW when
 * the rounded result does not fit in int64_t; *out is untouched on error.
 */
static inline int cs_round_quotient(int negative, cs_u128 n, uint64_t d, int32_t mode,
                                    int64_t *out) {
    uint64_t q, r, up, limit;
    if (n.hi >= d) {
        return COSTSHARE_EOVERFLOW;
    }
    q = cs_divmod_u128(n, d, &r);
    up = (uint64_t)cs_round_up(negative, q, r, d, mode);
    /* A negative result may reach INT64_MIN, one further than a positive one. */
    limit = negative ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    if (q > limit - up) {
        return COSTSHARE_EOVERFLOW;
    }
    q += up;
    *out = !negative ? (int64_t)q : q > (uint64_t)INT64_MAX ? INT64_MIN : -(int64_t)q;
    return COSTSHARE_OK;
}

#endif /* COSTSHARE_ARITH_H */
