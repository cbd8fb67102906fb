/*
 * Population-based splits (docs/splits.md).
 *
 * costshare_split_ex() checks its arguments (check_arguments, then
 * check_weights), describes the split once (split_ctx_init) and runs one of
 * the two methods: split_round_each, or split_largest_remainder. Once the
 * arguments are checked, the only refusal left is a legacy residual that
 * does not fit, found before anything is written; the largest remainder
 * cannot fail at all, so it may write a share before its final value.
 *
 * A largest-remainder split, in passes over the parties:
 *
 *   0. check_weights: sign, sum (W), a bound on the largest weight.
 *   1. first_pass computes each party's floor (in units) and its ranking
 *      key (each pass computes them again from the weight), adds up the
 *      floors (so k = t - sum(floors) units are left over), and builds a
 *      histogram of the top SEL_BITS (8) bits of the keys
 *      (fewer below 256 parties: about one bucket per party).
 *   2. find_threshold finds the k-th largest key (remainder, then weight,
 *      then lower index) by radix selection over that histogram: each
 *      refine_pass narrows the range 256-fold until the parties left in it
 *      fit in the stack buffer, or the threshold is fully resolved; a
 *      range whose parties all share one value (equal weights) collapses
 *      to it in that pass. The range is one of the key (LEVEL_KEY); once
 *      the key is a single value, one of the weight (LEVEL_WEIGHT; a
 *      KIND_FIXED key is already one weight); once that is too, the
 *      parties with that key and weight are ranked by index (LEVEL_INDEX):
 *      the last pass gives the first j of them a unit.
 *   3. last_pass gives +1 to every party above the threshold and lists the
 *      few candidates in the threshold's range; award_candidates picks the
 *      ones that win a unit exactly (a partial heapsort of fewer than 256)
 *      and writes their final shares (times the unit, negated for a credit).
 *
 * Most KIND_FIXED splits of 64 parties or more take a faster route first,
 * the fused route (below, before check_weights): one pass that writes the
 * shares while it finds the threshold, with the general route above as its
 * fallback; the results never depend on the route.
 *
 * Every step is O(n) with a bounded number of passes (one in the common
 * case: a 256-bucket histogram leaves about n/256 candidates), and the only
 * memory is one 2 KiB buffer on the stack (union split_buf): the general
 * route's histogram and then its list of candidates, or the fused route's
 * band histogram and band map. Measured as the deepest chain of frames (GCC
 * 12 -fstack-usage, return addresses included), a call needs about 3.2 KiB
 * of stack with -O3 on x86-64 (split_ex_with 2 464 bytes, fused_attempt
 * 352, fused_avx2 264, with room for note_band) whatever the number of
 * parties. Unoptimised (-O0) the vector kernels keep every temporary in
 * their frames: the AVX-512 kernel alone then takes 5.5 KiB, about 8.3 KiB
 * in all. SEL_BITS is 8 to keep the buffer at 2 KiB: 10 bits (8 KiB) made
 * the general route at 10^6 parties about 20 % faster, not worth a stack
 * that small threads of an embedding program may not have.
 *
 * Three ways to get floors and keys, chosen once per split:
 *   KIND_FIXED  (pure weight key, bound(w) * W < 2^64, e.g. any realistic
 *               population): one 64x64->128 multiply by a precomputed
 *               fixed-point fraction gives floor and key at once; nothing is
 *               stored between passes (see first_pass for the proof).
 *   KIND_PLAIN  (pure weight key otherwise): the same with a 128-bit
 *               fraction, three multiplies a party (plain_floor).
 *   KIND_MIXED  (fixed part shared equally): see mixed_eval.
 * Every pass computes a party's floor and key from its weight again: nothing
 * is stored between passes, and the shares buffer is only written (so a
 * static analyser sees every value read written first).
 */
#include "costshare/split.h"

#include <stddef.h>
#include <stdint.h>

#include "arith.h"
#include "check.h"
#include "split_kernels.h"

#if defined(__GNUC__)
#define CS_NOINLINE __attribute__((noinline))
#else
#define CS_NOINLINE
#endif

#define SEL_BITS 8
#define SEL_BUCKETS ((size_t)1 << SEL_BITS)

/* KIND_FIXED: pure weight key with wmax * W < 2^64 (see first_pass);
 * KIND_PLAIN: any other pure weight key; KIND_MIXED: with a fixed part. */
enum { KIND_FIXED, KIND_PLAIN, KIND_MIXED };

/* What the selection narrows the threshold on (struct sel_state). */
enum sel_level {
    LEVEL_KEY,    /* the ranking key */
    LEVEL_WEIGHT, /* the weight, among the parties with one key */
    LEVEL_INDEX   /* the index, among the parties with one key and weight */
};

/* Where a party stands against the threshold: no unit more, one unit more,
 * or a candidate for one that the last pass ranks exactly. */
enum { BELOW, ABOVE, CAND };

/* Everything a pass needs to evaluate a party; fixed for one split. */
struct split_ctx {
    /* The checked arguments (check_arguments). */
    const int64_t *weights;
    size_t count;   /* >= 1 */
    int method;     /* COSTSHARE_SPLIT_LARGEST_REMAINDER or _ROUND_EACH */
    int negative;   /* the total is a credit: every share is negated */
    uint64_t unit;  /* the rounding unit (>= 1) */
    uint64_t t;     /* |total| in units */
    uint64_t below; /* |total| mod unit: the part the largest remainder leaves */
    uint64_t f;     /* |fixed| in units, at most t */
    /* The weights (check_weights) and what follows from them (split_ctx_init). */
    int kind;
    uint64_t wsum; /* W, the sum of the weights (>= 1) */
    uint64_t wmax; /* a bound on the largest weight: 2^b - 1 >= every weight */
    /* KIND_PLAIN and KIND_FIXED: t = q0 * W + r0 */
    uint64_t q0, r0;
    /* KIND_FIXED: floor(r0 * 2^64 / W) + 1 */
    uint64_t fmul;
    /* KIND_PLAIN: floor(r0 * 2^128 / W) + 1 = fhi * 2^64 + flo */
    uint64_t fhi, flo;
    /* KIND_MIXED: f = eq_q * n + eq_r equal part; rest = t - f by weight. */
    uint64_t rest, eq_q, eq_r, n64;
    cs_u128 nw; /* n * W */
};

/* An inclusive range of keys or weights; empty when hi < lo. */
struct sel_range {
    uint64_t lo, hi;
};

/* The current threshold of the selection (see classify). LEVEL_KEY: parties
 * with a key above key.hi are above it, those with a key in the range are
 * candidates. LEVEL_WEIGHT: key.lo == key.hi, and among the parties with
 * that key the weight decides the same way. LEVEL_INDEX: weight.lo ==
 * weight.hi too, and among the parties with that key and weight the first
 * idx (by index) are above. */
struct sel_state {
    enum sel_level level;
    struct sel_range key, weight;
    size_t idx;
};

/* The two's complement int64_t with the bits of v, without relying on an
 * implementation-defined conversion. Compiles to nothing. */
static inline int64_t bits_i64(uint64_t v) {
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

/* v / d and v % d, skipping the division where it cannot change the result
 * (d = 1, the usual unit, or v = 0, the usual fixed part): a hardware
 * division costs tens of cycles, as much as a small split's whole pass. */
static inline uint64_t div_skip(uint64_t v, uint64_t d, uint64_t *rem) {
    if (d == 1 || v == 0) {
        *rem = 0;
        return v;
    }
    *rem = v % d;
    return v / d;
}

/* The final share from a share in units: times the unit (at most |total|,
 * so it fits), negated for a credit. */
static inline int64_t finish(uint64_t units, uint64_t unit, int negative) {
    uint64_t v = units * unit;
    return bits_i64(negative ? (uint64_t)0 - v : v);
}

/* Zeroes hist[0 .. nb), nb a multiple of 16, in blocks of a fixed size:
 * each block is a few vector stores, where a loop of variable length
 * becomes a `rep stos`, whose start-up alone costs more than clearing the
 * 16 buckets of a small split. */
static void clear_buckets(size_t *hist, size_t nb) {
    size_t b, i;
    /* The analysis (scripts/prove.sh) follows both loops to the end, so it
     * sees every bucket of the cleared part written. */
    //@ loop unroll 16;
    for (b = 0; b < nb; b += 16) {
        //@ loop unroll 16;
        for (i = 0; i < 16; i++) {
            hist[b + i] = 0;
        }
    }
}

/* Mixed key: floor and ranking key of party with weight w. With
 * q = a + c + b/n + d/W (a, b from the equal part, c, d from rest*w/W), the
 * fractional part is b/n + d/W, less 1 when that reaches 1 ("wrapped").
 * Every wrapped fraction is below b/n and every other one at least b/n, so
 * key = d + (wrapped ? 0 : W) orders parties exactly by fractional part. *x
 * receives the fraction times n*W. */
static inline void mixed_eval(const struct split_ctx *c, uint64_t w, uint64_t *fl,
                              uint64_t *key, cs_u128 *x) {
    uint64_t d;
    uint64_t q = cs_divmod_u128(cs_mul_u64(c->rest, w), c->wsum, &d);
    cs_u128 frac = cs_add_u128(cs_mul_u64(c->eq_r, c->wsum), cs_mul_u64(d, c->n64));
    int wrapped = cs_ge_u128(frac, c->nw);
    if (wrapped) {
        frac = cs_sub_u128(frac, c->nw);
    }
    *fl = c->eq_q + q + (wrapped ? 1u : 0u);
    *key = d + (wrapped ? 0u : c->wsum);
    *x = frac;
}

/*
 * KIND_PLAIN: floor(t w / W) and the ranking key of weight w, as KIND_FIXED
 * (first_pass) with a 128-bit fraction. With F = fhi 2^64 + flo =
 * floor(r0 2^128 / W) + 1 = r0 2^128 / W + e, 0 < e <= 1, and r0 w = a W + b
 * (0 <= b < W): F w = a 2^128 + K with K = b 2^128 / W + e w in [0, 2^128),
 * as e w <= w < 2^128 / W. So bits 128 and up of F w are a = floor(r0 w / W),
 * and the key is bits 64 to 127 of K: remainders b that differ make K differ
 * by more than 2^128 / W - W > 2^64, so their keys keep the order of b; equal
 * remainders make K differ by e (w_i - w_j), so a larger key means a larger
 * weight, and equal keys are left to the weight (unlike KIND_FIXED, equal
 * keys need not mean equal weights), then the index.
 */
static inline uint64_t plain_floor(const struct split_ctx *c, uint64_t w, uint64_t *key) {
    const cs_u128 lo = cs_mul_u64(c->flo, w), hi = cs_mul_u64(c->fhi, w);
    const uint64_t mid = lo.hi + hi.lo;
    *key = mid;
    return c->q0 * w + hi.hi + (mid < lo.hi ? 1u : 0u);
}

/* The floor of party i (in units) and its ranking key, from its weight:
 * nothing is stored between passes, and the shares buffer is only written. */
static inline uint64_t party_eval(const struct split_ctx *c, size_t i, uint64_t *key) {
    const uint64_t w = (uint64_t)c->weights[i];
    uint64_t fl;
    cs_u128 x;
    if (c->kind == KIND_FIXED) {
        const cs_u128 p = cs_mul_u64(c->fmul, w);
        *key = p.lo;
        return c->q0 * w + p.hi;
    }
    if (c->kind == KIND_PLAIN) {
        return plain_floor(c, w, key);
    }
    mixed_eval(c, w, &fl, key, &x);
    return fl;
}

static inline uint64_t party_key(const struct split_ctx *c, size_t i) {
    uint64_t key;
    (void)party_eval(c, i, &key);
    return key;
}

/* A candidate listed in the stack buffer: a party index, below count. The
 * check changes nothing; it shows the bound to a static analyser (which
 * sees the buffer's earlier contents, the histogram's counts, too). */
static inline size_t cand_party(const struct split_ctx *c, size_t v) {
    return v < c->count ? v : 0;
}

/* Party i (ranking key key, weight w) against the threshold s. */
static inline int classify(const struct sel_state *s, size_t i, uint64_t key, uint64_t w) {
    if (key > s->key.hi) {
        return ABOVE;
    }
    if (key < s->key.lo) {
        return BELOW;
    }
    if (s->level == LEVEL_KEY) {
        return CAND;
    }
    /* The key is key.lo == key.hi: the weight decides. */
    if (w > s->weight.hi) {
        return ABOVE;
    }
    if (w < s->weight.lo) {
        return BELOW;
    }
    if (s->level == LEVEL_WEIGHT) {
        return CAND;
    }
    /* LEVEL_INDEX, the weight is weight.lo == weight.hi: a candidate, of
     * which the last pass gives the first s->idx (by index) one unit. */
    (void)i;
    return CAND;
}

/* Whether candidate a ranks before candidate b for a leftover unit. */
static int ranks_before(const struct split_ctx *c, size_t a, size_t b) {
    uint64_t ka, kb;
    a = cand_party(c, a);
    b = cand_party(c, b);
    ka = party_key(c, a);
    kb = party_key(c, b);
    if (ka != kb) {
        return ka > kb;
    }
    if (c->weights[a] != c->weights[b]) {
        return c->weights[a] > c->weights[b];
    }
    return a < b;
}

/* Whether candidate a goes above b in a heap that keeps the worst on top
 * (worst != 0: a ranks after b) or the best (a ranks before b). */
static int heap_above(const struct split_ctx *c, size_t a, size_t b, int worst) {
    return worst ? ranks_before(c, b, a) : ranks_before(c, a, b);
}

static void sift_down(const struct split_ctx *c, size_t *v, size_t root, size_t n, int worst) {
    /* The candidates are distinct and ranks_before() orders them strictly,
     * so the child to go above the other is the one to swap with. At most
     * SEL_BUCKETS of them: 8 levels, which the analysis (scripts/prove.sh)
     * follows one by one. */
    //@ loop unroll 9;
    for (;;) {
        size_t child = 2 * root + 1, right = child + 1, tmp;
        if (child >= n) {
            return;
        }
        if (right < n && heap_above(c, v[right], v[child], worst)) {
            child = right;
        }
        if (!heap_above(c, v[child], v[root], worst)) {
            return;
        }
        tmp = v[root];
        v[root] = v[child];
        v[child] = tmp;
        root = child;
    }
}

/* Puts the j best of the m candidate indices in v (1 <= j < m) together, in
 * no particular order, and returns where they start: v[lo .. lo + j). No
 * full sort: a heap (in place, no recursion) gives up whichever group is
 * smaller, the m - j worst (worst on top) or the j best (best on top), to
 * the end of v: O(m + min(j, m - j) log m) comparisons. */
static size_t select_best(const struct split_ctx *c, size_t *v, size_t m, size_t j) {
    const int worst = m - j <= j;
    const size_t keep = m - (worst ? m - j : j); /* the heap left at the end */
    size_t i;
    for (i = m / 2; i > 0; i--) {
        sift_down(c, v, i - 1, m, worst);
    }
    for (i = m; i > keep; i--) {
        size_t tmp = v[0];
        v[0] = v[i - 1];
        v[i - 1] = tmp;
        sift_down(c, v, 0, i - 1, worst);
    }
    return worst ? 0 : keep;
}

/*
 * The candidates' list, cand[0 .. cap): cap is the number of buckets of the
 * first histogram, a power of two, and there are fewer candidates than that
 * when the last pass gathers them (fewer than SEL_BUCKETS, and below 256
 * parties fewer than the parties, which are fewer than the buckets). So the
 * mask cap - 1 on the count of candidates never changes anything; it shows
 * the bound to a static analyser (scripts/prove.sh).
 */

/*
 * The last pass of KIND_FIXED at LEVEL_KEY, the hot loop of a typical split:
 * floor + 1 above the threshold, floor below it, candidates (keys in
 * [klo, khi], only when gathering) listed in cand[] (award_candidates writes
 * their shares). One unsigned compare tests "klo <= key <= khi" (a branch
 * almost never taken); "key > khi" is added without a branch. Out of line so
 * that it gets registers of its own. Returns the number of candidates.
 */
static CS_NOINLINE size_t last_pass_fixed(const struct split_ctx *c, int64_t *shares,
                                          size_t *cand, size_t cap, uint64_t klo, uint64_t khi,
                                          int gather) {
    const int64_t *const weights = c->weights;
    const size_t n = c->count, mask = cap - 1u;
    const uint64_t fmul = c->fmul, q0 = c->q0, span = khi - klo, unit = c->unit;
    const int negative = c->negative;
    size_t i, m = 0;
    if (unit == 1 && !negative && gather) {
        /* Without a branch: a candidate (key <= khi) gets its floor like any
         * party below the threshold, and every index is written to cand[m]
         * while m advances only for a candidate. cand[] has room: m is at
         * most the number of candidates, below cap. */
        for (i = 0; i < n; i++) {
            const uint64_t w = (uint64_t)weights[i];
            const cs_u128 p = cs_mul_u64(fmul, w);
            shares[i] = bits_i64(q0 * w + p.hi + (p.lo > khi ? 1u : 0u));
            cand[m & mask] = i;
            m += p.lo - klo <= span ? 1u : 0u;
        }
    } else if (unit == 1 && !negative) {
        for (i = 0; i < n; i++) {
            const uint64_t w = (uint64_t)weights[i];
            const cs_u128 p = cs_mul_u64(fmul, w);
            shares[i] = bits_i64(q0 * w + p.hi + (p.lo > khi ? 1u : 0u));
        }
    } else {
        for (i = 0; i < n; i++) {
            const uint64_t w = (uint64_t)weights[i];
            const cs_u128 p = cs_mul_u64(fmul, w);
            const uint64_t fl = q0 * w + p.hi;
            if (gather && p.lo - klo <= span) {
                cand[m++ & mask] = i;
                continue;
            }
            shares[i] = finish(fl + (p.lo > khi ? 1u : 0u), unit, negative);
        }
    }
    return m & mask;
}

/* The last pass of KIND_FIXED at LEVEL_INDEX (many equal weights): the
 * key key0 is one weight, and of the parties with it the first `ties` by
 * index get a unit, like every party with a greater key. Without a branch
 * on the key: with equal weights spread through the array, one would be
 * mispredicted for every other party. */
static CS_NOINLINE void last_pass_fixed_ties(const struct split_ctx *c, int64_t *shares,
                                             uint64_t key0, size_t ties) {
    const int64_t *const weights = c->weights;
    const size_t n = c->count;
    const uint64_t fmul = c->fmul, q0 = c->q0, unit = c->unit;
    const int negative = c->negative;
    size_t i;
    for (i = 0; i < n; i++) {
        const uint64_t w = (uint64_t)weights[i];
        const cs_u128 p = cs_mul_u64(fmul, w);
        const size_t take = (size_t)(p.lo == key0) & (size_t)(ties != 0);
        ties -= take;
        shares[i] = finish(q0 * w + p.hi + (p.lo > key0 ? 1u : 0u) + take, unit, negative);
    }
}

/* The last pass of KIND_PLAIN at LEVEL_KEY: the same as last_pass_fixed,
 * with floor and key from plain_floor. */
static size_t last_pass_plain(const struct split_ctx *c, int64_t *shares, size_t *cand,
                              size_t cap, uint64_t klo, uint64_t khi, int gather) {
    const uint64_t span = khi - klo, unit = c->unit;
    const int64_t *const weights = c->weights;
    const size_t n = c->count, mask = cap - 1u;
    const int negative = c->negative, identity = unit == 1 && !negative;
    size_t i, m = 0;
    for (i = 0; i < n; i++) {
        uint64_t key, fl = plain_floor(c, (uint64_t)weights[i], &key);
        if (gather && key - klo <= span) {
            cand[m++ & mask] = i;
            continue;
        }
        fl += key > khi ? 1u : 0u;
        shares[i] = identity ? bits_i64(fl) : finish(fl, unit, negative);
    }
    return m & mask;
}

/* The last pass in general: every kind, every level. */
static size_t last_pass_any(const struct split_ctx *c, int64_t *shares, size_t *cand,
                            size_t cap, const struct sel_state *s) {
    const size_t n = c->count, mask = cap - 1u;
    const uint64_t unit = c->unit;
    const int negative = c->negative;
    size_t i, m = 0, ties_left = s->idx;
    for (i = 0; i < n; i++) {
        uint64_t key, fl = party_eval(c, i, &key);
        int cls = classify(s, i, key, (uint64_t)c->weights[i]);
        if (cls == CAND && s->level == LEVEL_INDEX) {
            /* One key and weight: the lowest indexes win (ranks_before). */
            cls = ties_left > 0 ? ABOVE : BELOW;
            ties_left -= ties_left > 0 ? 1u : 0u;
        }
        if (cls == CAND) {
            cand[m++ & mask] = i;
            continue;
        }
        shares[i] = finish(fl + (cls == ABOVE ? 1u : 0u), unit, negative);
    }
    return m & mask;
}

/* The current range of the selection: of the key, or of the weight. */
static struct sel_range *current_range(struct sel_state *s) {
    return s->level == LEVEL_KEY ? &s->key : &s->weight;
}

/* What a refining pass saw besides its histogram: the least and greatest
 * value (key, or weight) in the range, and the weight of a party in it. */
struct seen {
    uint64_t min, max, weight;
};

/* A refining pass: the histogram of the parties still in the range, and
 * what it saw. When every party in the range has the same value (many
 * equal weights), the range collapses to it at once instead of narrowing
 * 256-fold a pass. A value in the range, less the range's low end, is at
 * most the span, so shifted by shift (shift_for) it is below SEL_BUCKETS:
 * the mask changes nothing and shows the bound to a static analyser. */
static CS_NOINLINE void refine_pass(const struct split_ctx *c, const struct sel_state *s,
                                    size_t *hist, int shift, struct seen *seen) {
    const size_t n = c->count;
    /* cppcheck-suppress variableScope ; C99 style: declared at the top of the block */
    uint64_t lo = UINT64_MAX, hi = 0, wseen = 0;
    size_t i;
    clear_buckets(hist, SEL_BUCKETS);
    if (s->level == LEVEL_KEY) {
        /* The range is not empty here; one compare, rarely true. */
        const uint64_t klo = s->key.lo, span = s->key.hi - s->key.lo;
        for (i = 0; i < n; i++) {
            uint64_t key = party_key(c, i) - klo;
            if (key <= span) {
                hist[(key >> shift) & (SEL_BUCKETS - 1u)]++;
                lo = key < lo ? key : lo;
                hi = key > hi ? key : hi;
                wseen = (uint64_t)c->weights[i];
            }
        }
        seen->min = klo + lo;
        seen->max = klo + hi;
        seen->weight = wseen;
        return;
    }
    for (i = 0; i < n; i++) {
        uint64_t w = (uint64_t)c->weights[i];
        uint64_t key = party_key(c, i);
        if (classify(s, i, key, w) == CAND) {
            /* the key is fixed: rank by weight */
            hist[((w - s->weight.lo) >> shift) & (SEL_BUCKETS - 1u)]++;
            lo = w < lo ? w : lo;
            hi = w > hi ? w : hi;
        }
    }
    seen->min = lo;
    seen->max = hi;
    seen->weight = lo;
}

/* The shift that maps a range of span + 1 keys onto 2^bits buckets. */
static int shift_for(uint64_t span, int bits) {
    const int d = cs_bitlen64(span) - bits;
    return d > 0 ? d : 0;
}

/* Bits of the first histogram: about as many buckets as parties, 64 to
 * SEL_BUCKETS. A small split then neither clears nor scans all buckets
 * (which cost more than the split itself at 100 parties), and a bucket
 * still holds about one party; below 64 parties, more buckets than parties
 * leave the threshold's bucket with one party more often, so that no
 * candidates need ranking at all (13 parties: a third faster than with 16
 * buckets). */
static int first_bits(size_t count) {
    int len = cs_bitlen64((uint64_t)count);
    return len < 6 ? 6 : len > SEL_BITS ? SEL_BITS : len;
}

/* The bucket of hist[0 .. nb) that holds the j-th largest value counted
 * (1 <= *j <= the sum of the counts), scanning from the top; *j becomes the
 * rank of that value within its bucket. */
static size_t bucket_of_rank(const size_t *hist, size_t nb, size_t *j) {
    size_t b = nb - 1, acc = 0;
    /* The scan stops at bucket 0 at the latest, as *j is at most the sum
     * (b > 0 never changes that; it shows the bound to a static analyser). */
    while (b > 0 && acc + hist[b] < *j) {
        acc += hist[b];
        b--;
    }
    *j -= acc;
    return b;
}

/* Narrows range r to its bucket b of 2^shift values; returns the span
 * (hi - lo) of what is left. */
static uint64_t narrow_to_bucket(struct sel_range *r, size_t b, int shift) {
    const uint64_t width = ((uint64_t)1 << shift) - 1;
    r->lo += (uint64_t)b << shift;
    if (r->hi - r->lo > width) {
        r->hi = r->lo + width;
    }
    return r->hi - r->lo;
}

/* The key is resolved to one value: go on with the weight, over all of it. */
static void enter_weight_level(struct sel_state *s, uint64_t wmax) {
    s->level = LEVEL_WEIGHT;
    s->key.hi = s->key.lo;
    s->weight.lo = 0;
    s->weight.hi = wmax;
}

/* Key and weight resolved to one value each (w0): the j parties (j >= 1)
 * of lowest index among those with both win. The last pass counts them
 * off in index order. */
static void enter_index_level(struct sel_state *s, uint64_t w0, size_t j) {
    s->level = LEVEL_INDEX;
    s->key.hi = s->key.lo;
    s->weight.lo = w0;
    s->weight.hi = w0;
    s->idx = j;
}

/* What a histogram says about the threshold (pick_bucket). */
enum { SEL_PLACED, SEL_GATHER, SEL_REFINE };

/*
 * Narrows the current range of s to the bucket of hist[0 .. nb) (values
 * counted >> shift) that holds the *j-th largest value in it; *j becomes the
 * rank within the bucket and *span the span of the range left. Returns
 * SEL_PLACED when every party of the bucket wins (the range is then empty),
 * SEL_GATHER when the bucket's parties are few enough to be listed as
 * candidates (fewer than SEL_BUCKETS: the last pass of KIND_FIXED writes one
 * index past the last candidate), else SEL_REFINE.
 */
static int pick_bucket(struct sel_state *s, const size_t *hist, size_t nb, int shift, size_t *j,
                       uint64_t *span) {
    struct sel_range *r = current_range(s);
    const size_t b = bucket_of_rank(hist, nb, j);
    const size_t cnt = hist[b];
    *span = narrow_to_bucket(r, b, shift);
    if (*j == cnt) {
        /* Every party in the bucket wins: make the range empty (lo, lo - 1),
         * so "above" means "at least lo". lo >= 1: j is always below the
         * number of parties in the current range, so bucket b cannot be the
         * lowest bucket of a range that starts at 0. */
        r->hi = r->lo - 1u;
        return SEL_PLACED;
    }
    return cnt < SEL_BUCKETS ? SEL_GATHER : SEL_REFINE;
}

/*
 * Step 2: narrows the threshold s until the last pass can place every party.
 * hist[0 .. nb) counts the parties in the current range by value >> shift;
 * *j (>= 1) is the number of units left for the parties in the range, fewer
 * than there are (at first k, below the number of parties with a non-zero
 * fraction; after each narrowing below the count of its bucket, which the
 * refining pass then counts exactly). Returns 1 when the range holds the
 * candidates the last pass is to list (fewer than SEL_BUCKETS; *j of them
 * win), 0 when s alone places every party.
 */
static int find_threshold(const struct split_ctx *c, size_t *hist, size_t nb, int shift,
                          struct sel_state *s, size_t *j) {
    uint64_t w0 = 0, span;
    int have_weight = 0;
    int rc = pick_bucket(s, hist, nb, shift, j, &span);
    while (rc == SEL_REFINE) {
        struct sel_range *r = current_range(s);
        for (;;) {
            struct seen seen;
            if (span == 0) {
                /* One value left at this level. A KIND_FIXED key is one
                 * weight (first_pass), known once a refining pass saw it. */
                if (s->level == LEVEL_WEIGHT || (c->kind == KIND_FIXED && have_weight)) {
                    enter_index_level(s, s->level == LEVEL_WEIGHT ? s->weight.lo : w0, *j);
                    return 0;
                }
                enter_weight_level(s, c->wmax);
                r = current_range(s);
            }
            shift = shift_for(r->hi - r->lo, SEL_BITS);
            refine_pass(c, s, hist, shift, &seen);
            if (seen.min != seen.max) {
                break;
            }
            /* All the parties in the range share one value: it is the
             * threshold's, and *j still counts among them. */
            r->lo = seen.min;
            r->hi = seen.min;
            w0 = seen.weight;
            have_weight = 1;
            span = 0;
        }
        rc = pick_bucket(s, hist, SEL_BUCKETS, shift, j, &span);
    }
    return rc == SEL_GATHER;
}

/* Step 3, first half: the final share of every party that s places, and the
 * candidates (when gather) listed in cand[0 .. cap). Returns the number of
 * candidates. */
static size_t last_pass(const struct split_ctx *c, int64_t *shares, size_t *cand, size_t cap,
                        const struct sel_state *s, int gather) {
    if (s->level == LEVEL_KEY && c->kind == KIND_FIXED) {
        return last_pass_fixed(c, shares, cand, cap, s->key.lo, s->key.hi, gather);
    }
    if (s->level == LEVEL_INDEX && c->kind == KIND_FIXED) {
        last_pass_fixed_ties(c, shares, s->key.lo, s->idx);
        return 0;
    }
    if (s->level == LEVEL_KEY && c->kind == KIND_PLAIN) {
        return last_pass_plain(c, shares, cand, cap, s->key.lo, s->key.hi, gather);
    }
    return last_pass_any(c, shares, cand, cap, s);
}

/* Step 3, second half: the j best of the m candidates in cand[] get one unit
 * more (0 < j < m), and every candidate its final share. */
static void award_candidates(const struct split_ctx *c, int64_t *shares, size_t *cand, size_t m,
                             size_t j) {
    const size_t lo = select_best(c, cand, m, j);
    size_t i;
    for (i = 0; i < m; i++) {
        const size_t p = cand_party(c, cand[i]);
        uint64_t key, fl = party_eval(c, p, &key);
        shares[p] = finish(fl + (i - lo < j ? 1u : 0u), c->unit, c->negative);
    }
}

/* No unit left over: every party gets its floor. */
static void finish_floors(const struct split_ctx *c, int64_t *shares) {
    const size_t n = c->count;
    const uint64_t unit = c->unit;
    const int negative = c->negative;
    size_t i;
    for (i = 0; i < n; i++) {
        uint64_t key;
        shares[i] = finish(party_eval(c, i, &key), unit, negative);
    }
}

/*
 * Steps 2 and 3. buf holds the histogram of the keys (key >> shift, nb
 * buckets) over every party, kmax is the largest key there can be, and k the
 * units left over.
 */
static CS_NOINLINE void select_and_finish(const struct split_ctx *c, int64_t *shares,
                                          size_t *buf, size_t nb, int shift, uint64_t kmax,
                                          uint64_t k) {
    struct sel_state s;
    size_t j = (size_t)k, m;
    int gather;
    if (k == 0) {
        finish_floors(c, shares);
        return;
    }
    s.level = LEVEL_KEY;
    s.key.lo = 0;
    s.key.hi = kmax;
    s.weight.lo = 0;
    s.weight.hi = c->wmax;
    s.idx = 0;
    gather = find_threshold(c, buf, nb, shift, &s, &j);
    m = last_pass(c, shares, buf, nb, &s, gather);
    if (m > 0) {
        award_candidates(c, shares, buf, m, j);
    }
}

/*
 * Step 1: the sum of the floors (each pass recomputes a party's floor from
 * its weight), and the histogram of key >> shift over every party in
 * hist[0 .. nb). The keys of KIND_MIXED are at most kmax, so shifted they
 * are below nb: the mask nb - 1 changes nothing and shows the bound to a
 * static analyser (the shift of the other kinds, 64 - bits, shows it
 * alone). Kept out of line on purpose: inlined into its caller the histogram
 * becomes a stack-pointer-relative indexed access, and that loop measured 6x
 * slower on the AMD EPYC of docs/performance.md (most likely the CPU's memory
 * renaming of stack accesses mispredicting).
 */
static CS_NOINLINE uint64_t first_pass(const struct split_ctx *c, size_t *hist, size_t nb,
                                       int shift) {
    /* Locals, so that the stores into hist[] cannot be taken to alias *c:
     * otherwise c->count is reloaded after every store and the loop
     * serialises on memory disambiguation. */
    const int64_t *const weights = c->weights;
    const size_t n = c->count;
    const uint64_t wsum = c->wsum;
    uint64_t sum = 0;
    size_t i;
    if (c->kind == KIND_FIXED) {
        /*
         * wmax * W < 2^64. With F = floor(r0 2^64 / W) + 1 = r0 2^64 / W + e,
         * 0 < e <= 1, and r0 w = a W + b (0 <= b < W):
         *   F w = a 2^64 + (b 2^64 / W + e w),
         * and the bracket lies in [0, 2^64) because b <= W - 1 and
         * e w < 2^64 / W. So the high half of F w is a = floor(r0 w / W)
         * and the low half is the key b 2^64 / W + e w: keys of different
         * remainders b differ by at least 2^64 / W > e w, so they keep
         * the order of b; equal remainders differ by e (w_i - w_j), so
         * the larger weight ranks first (the tie rule); equal remainders
         * and weights give equal keys, left to the index. One multiply
         * per party instead of a division, and nothing stored: the last
         * pass recomputes the floor. sum(a) = r0 - k since the b add up
         * to k W.
         */
        const uint64_t fmul = c->fmul;
        uint64_t sum2 = 0;
        /* Two parties a step, with two sums: independent multiplies. */
        for (i = 0; i + 1 < n; i += 2) {
            cs_u128 p = cs_mul_u64(fmul, (uint64_t)weights[i]);
            cs_u128 p2 = cs_mul_u64(fmul, (uint64_t)weights[i + 1]);
            hist[p.lo >> shift]++;
            hist[p2.lo >> shift]++;
            sum += p.hi;
            sum2 += p2.hi;
        }
        if (i < n) {
            cs_u128 p = cs_mul_u64(fmul, (uint64_t)weights[i]);
            hist[p.lo >> shift]++;
            sum += p.hi;
        }
        sum += sum2;
        sum += c->q0 * wsum; /* the floors add up to q0 W + sum(a) */
    } else if (c->kind == KIND_PLAIN) {
        for (i = 0; i < n; i++) {
            uint64_t key;
            sum += plain_floor(c, (uint64_t)weights[i], &key);
            hist[key >> shift]++;
        }
    } else {
        const size_t mask = nb - 1u;
        for (i = 0; i < n; i++) {
            uint64_t fl, key;
            cs_u128 x;
            mixed_eval(c, (uint64_t)weights[i], &fl, &key, &x);
            hist[(key >> shift) & mask]++;
            sum += fl;
        }
    }
    return sum;
}

/* ---- The fused route ------------------------------------------------------
 *
 * For KIND_FIXED (any realistic split) the largest-remainder threshold can
 * be found while the shares are written, in one pass. The fractional parts
 * of the quotas add up to the k units left over, and for weights whose
 * quotas are not all alike they are spread evenly over [0, 1): then the
 * threshold lies near 1/2, within a few sqrt(n / 12) parties of the
 * middle key (the difference between "parties above 1/2" and "sum of the
 * fractions" is a sum of n terms of variance 1/12). So one pass (fused_*)
 * gives every party its floor plus one unit if its key lies above a band
 * [lo, hi] around the middle, counts those parties, adds up the floors,
 * and notes the parties inside the band: 4 standard deviations on either
 * side, about 2.3 sqrt(n) parties. After the pass k is known. When the
 * threshold lies in the band (k - above is between 0 and the band's
 * count), only the band's parties can still change: a histogram of their
 * keys (counted as they were noted) gives the threshold's bucket, and the
 * parties above it in the band get their unit; those of that bucket are
 * ranked exactly (award_candidates). Otherwise (a "miss": keys bunched
 * elsewhere, many ties) the general route runs as if the fused pass had not
 * (it recomputes everything from the weights), so results never depend on
 * the route. A miss is predicted after a sixteenth of a large split, from
 * the same statistics, and the fused pass then stops there.
 *
 * The band's parties are noted in the stack buffer, as a bitmap of the
 * blocks of parties that hold one (a block is one party up to 8 192
 * parties, about 3 of 4 blocks hold none at 10^6); a second, read-only
 * scan (scan_*) goes through those blocks again.
 *
 * Kernels. The loops that touch every party (the sums of check_weights,
 * the fused pass and the scan) exist as portable C and, on x86-64 with GCC
 * or Clang, for AVX2 and AVX-512F. With weights below 2^32 the 64x64-bit
 * product of the key splits into two exact 32x32->64 products per party
 * (vpmuludq). The set is chosen once, when the library is loaded, by an
 * ifunc resolver from the CPU's features; nothing is decided or stored at
 * run time. Every kernel computes exactly the same numbers (tests force
 * each against the portable one: cs_split_ex_kernel, split_kernels.h).
 */

/* Parties below which the general route is as fast. */
#define FUSED_MIN 64
/* From this many parties on, a miss is predicted after a sixteenth. */
#define FUSED_EARLY_MIN 16384

/* The stack buffer: the general route's histogram and candidates, or the
 * fused route's band histogram (later its candidates) and band map. Every
 * member is as large as sel, so the route costs no stack. */
#define FINE_COUNT (SEL_BUCKETS * sizeof(size_t) / 8)
#define FINE_BITS (sizeof(size_t) == 8 ? 8 : 7)
#define CAND_CAP (FINE_COUNT * 2 / sizeof(size_t))
#define MAP_WORDS ((SEL_BUCKETS * sizeof(size_t) - FINE_COUNT * 2) / 4)
union split_buf {
    size_t sel[SEL_BUCKETS];
    struct {
        union {
            uint16_t fine[FINE_COUNT]; /* valid while the band has < 2^16 parties */
            size_t cand[CAND_CAP];
        } u;
        uint32_t map[MAP_WORDS];
    } f;
};

/* The band of keys [lo, lo + span] (hi = lo + span) and its histogram. */
struct band {
    uint64_t lo, span, hi;
    int fine_shift;
    size_t fine_count; /* buckets of its histogram in use */
    int spike;         /* lo and hi are the only keys expected (many ties) */
};

/* What the fused pass adds up: floors, parties above the band, parties in
 * it, weights (for the prediction of a miss). */
struct fused_sums {
    uint64_t floors, above, band, weights;
};

/* Where the fused pass notes the band's parties. */
struct band_notes {
    union split_buf *buf; /* the band's histogram (fine) */
    uint32_t *map;        /* one bit per block of parties holding one */
    size_t last;          /* the map's last word in use */
    cs_divu64 block;      /* division by the parties of a block */
    int single;           /* a block is one party */
    const struct band *band;
    size_t top, bottom; /* spike: parties with key hi, with key lo */
};

/* Notes party i (key in the band): its key in the band's histogram, its
 * block in the map (about 2.3 sqrt(n) parties). A count may wrap past
 * 2^16 - 1; split_fused then takes the band's parties as a miss. The key
 * less lo is at most the span, so its bucket is below fine_count (at most
 * FINE_COUNT), and the block's word is at most the map's last (fused_attempt
 * chose the block so): the mask and the test change nothing and show a
 * static analyser the bounds. */
static inline void note_band(struct band_notes *r, size_t i, uint64_t key) {
    const uint64_t block = r->single ? (uint64_t)i : cs_divu64_div(&r->block, (uint64_t)i);
    const size_t bucket = (size_t)((key - r->band->lo) >> r->band->fine_shift);
    const size_t word = (size_t)(block >> 5);
    if (r->band->spike) {
        /* Nothing to find again: the fix-up reads every party. */
        r->top += key == r->band->hi ? 1u : 0u;
        r->bottom += key == r->band->lo ? 1u : 0u;
        return;
    }
    r->buf->f.u.fine[bucket & (FINE_COUNT - 1u)]++;
    if (word <= r->last) {
        r->map[word] |= (uint32_t)1 << (block & 31u);
    }
}

/* What the fix-up needs to place a band party with a key of at least klo:
 * above khi it gets its unit (or, all_win, in [klo, khi] too); in
 * [klo, khi], the threshold's bucket, j of them do. The first CAND_CAP of
 * those (by index) are listed in cand (award_candidates ranks them); any
 * beyond can only be placed if they all share one key, as the j lowest
 * indexes win then (checked at the end: one_key, key0). */
struct fixup {
    const struct split_ctx *c;
    int64_t *shares;
    uint64_t klo, khi, key0;
    int all_win, one_key;
    size_t j, seen;
    size_t *cand, m;
};

static CS_NOINLINE void fix_party(struct fixup *x, size_t i, uint64_t key) {
    const struct split_ctx *c = x->c;
    const uint64_t w = (uint64_t)c->weights[i];
    const uint64_t fl = c->q0 * w + cs_mul_u64(c->fmul, w).hi;
    if (key > x->khi || x->all_win) {
        x->shares[i] = finish(fl + 1u, c->unit, c->negative);
        return;
    }
    x->one_key &= x->seen == 0 || key == x->key0;
    x->key0 = key;
    x->seen++;
    if (x->m < CAND_CAP) {
        x->cand[x->m++] = i; /* award_candidates writes its share */
        return;
    }
    x->shares[i] = finish(fl + (x->seen <= x->j ? 1u : 0u), c->unit, c->negative);
}

/* The kernels of one instruction set. */
struct split_kernels {
    const char *name;
    /* OR and sums of the 32-bit halves of weights[i0 .. i1) into *bits, *lo, *hi. */
    void (*sums)(const int64_t *weights, size_t i0, size_t i1, uint64_t *bits, uint64_t *lo,
                 uint64_t *hi);
    /* The fused pass over parties [i0, i1), band parties noted in r. */
    void (*fused)(const struct split_ctx *c, int64_t *shares, size_t i0, size_t i1,
                  const struct band *b, struct band_notes *r, struct fused_sums *acc);
    /* fix_party for every party of [i0, i1) with a key in [x->klo, hi]. */
    void (*scan)(const struct split_ctx *c, size_t i0, size_t i1, uint64_t hi, struct fixup *x);
};

/* The bodies, written once: inlined into each kernel, which the compiler
 * then builds for its instruction set. */
#if defined(__GNUC__)
#define CS_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CS_ALWAYS_INLINE inline
#endif

static CS_ALWAYS_INLINE void sums_body(const int64_t *weights, size_t i0, size_t i1,
                                       uint64_t *bits_out, uint64_t *lo_out, uint64_t *hi_out) {
    uint64_t bits = *bits_out, lo = *lo_out, hi = *hi_out;
    size_t i;
    for (i = i0; i < i1; i++) {
        uint64_t w = (uint64_t)weights[i];
        bits |= w;
        lo += w & 0xFFFFFFFFu;
        hi += w >> 32;
    }
    *bits_out = bits;
    *lo_out = lo;
    *hi_out = hi;
}

/* The fused pass, one party at a time (any weights). */
static CS_ALWAYS_INLINE void fused_body(const struct split_ctx *c, int64_t *shares, size_t i0,
                                        size_t i1, const struct band *b, struct band_notes *r,
                                        struct fused_sums *acc) {
    const int64_t *const weights = c->weights;
    const uint64_t fmul = c->fmul, q0 = c->q0, unit = c->unit;
    const uint64_t lo = b->lo, span = b->span, hi = b->hi;
    const int negative = c->negative, identity = unit == 1 && !negative;
    uint64_t floors = 0, above = 0, wsum = 0;
    size_t i;
    for (i = i0; i < i1; i++) {
        const uint64_t w = (uint64_t)weights[i];
        const cs_u128 p = cs_mul_u64(fmul, w);
        const uint64_t fl = q0 * w + p.hi, up = p.lo > hi ? 1u : 0u;
        shares[i] = identity ? bits_i64(fl + up) : finish(fl + up, unit, negative);
        floors += fl;
        above += up;
        wsum += w;
        if (p.lo - lo <= span) {
            acc->band++;
            note_band(r, i, p.lo);
        }
    }
    acc->floors += floors;
    acc->above += above;
    acc->weights += wsum;
}

static CS_ALWAYS_INLINE void scan_body(const struct split_ctx *c, size_t i0, size_t i1,
                                       uint64_t hi, struct fixup *x) {
    const int64_t *const weights = c->weights;
    const uint64_t fmul = c->fmul, klo = x->klo, span = hi - x->klo;
    size_t i;
    for (i = i0; i < i1; i++) {
        const uint64_t key = cs_mul_u64(fmul, (uint64_t)weights[i]).lo;
        if (key - klo <= span) {
            fix_party(x, i, key);
        }
    }
}

static void sums_portable(const int64_t *weights, size_t i0, size_t i1, uint64_t *bits,
                          uint64_t *lo, uint64_t *hi) {
    sums_body(weights, i0, i1, bits, lo, hi);
}

static void fused_portable(const struct split_ctx *c, int64_t *shares, size_t i0, size_t i1,
                           const struct band *b, struct band_notes *r, struct fused_sums *acc) {
    fused_body(c, shares, i0, i1, b, r, acc);
}

static void scan_portable(const struct split_ctx *c, size_t i0, size_t i1, uint64_t hi,
                          struct fixup *x) {
    scan_body(c, i0, i1, hi, x);
}

#if defined(__x86_64__) && defined(__GNUC__) && defined(__ELF__) && !defined(CS_NO_SIMD)
#define CS_SIMD_KERNELS 1
#include <immintrin.h>

#define CS_TARGET_AVX2 __attribute__((target("avx2")))
#define CS_TARGET_AVX512 __attribute__((target("avx512f")))

/* note_band for the parties i + l whose bit l is set in `lanes`, their
 * keys recomputed from the weights just read (cheaper than reading them
 * back from a vector register spilled to memory). */
static void note_lanes(const struct split_ctx *c, struct band_notes *r, struct fused_sums *acc,
                       size_t i, unsigned lanes) {
    while (lanes != 0) {
        const size_t p = i + (size_t)(63 - cs_clz64((uint64_t)(lanes & (0u - lanes))));
        lanes &= lanes - 1u;
        acc->band++;
        note_band(r, p, cs_mul_u64(c->fmul, (uint64_t)c->weights[p]).lo);
    }
}

/* Set bits of an 8-bit mask. */
static inline size_t popcount8(unsigned v) {
    v = (v & 0x55u) + ((v >> 1) & 0x55u);
    v = (v & 0x33u) + ((v >> 2) & 0x33u);
    return (size_t)(v & 0x0Fu) + (size_t)((v >> 4) & 0x0Fu);
}

CS_TARGET_AVX2 static void sums_avx2(const int64_t *weights, size_t i0, size_t i1,
                                     uint64_t *bits, uint64_t *lo, uint64_t *hi) {
    sums_body(weights, i0, i1, bits, lo, hi);
}

CS_TARGET_AVX512 static void sums_avx512(const int64_t *weights, size_t i0, size_t i1,
                                         uint64_t *bits, uint64_t *lo, uint64_t *hi) {
    sums_body(weights, i0, i1, bits, lo, hi);
}

/* Lanes of 64 bits: x * y modulo 2^64 from 32x32->64 products. */
CS_TARGET_AVX2 static inline __m256i mullo64_avx2(__m256i x, __m256i ylo, __m256i yhi) {
    __m256i cross = _mm256_add_epi64(_mm256_mul_epu32(x, yhi),
                                     _mm256_mul_epu32(_mm256_srli_epi64(x, 32), ylo));
    return _mm256_add_epi64(_mm256_mul_epu32(x, ylo), _mm256_slli_epi64(cross, 32));
}

CS_TARGET_AVX512 static inline __m512i mullo64_avx512(__m512i x, __m512i ylo, __m512i yhi) {
    __m512i cross = _mm512_add_epi64(_mm512_mul_epu32(x, yhi),
                                     _mm512_mul_epu32(_mm512_srli_epi64(x, 32), ylo));
    return _mm512_add_epi64(_mm512_mul_epu32(x, ylo), _mm512_slli_epi64(cross, 32));
}

/* a > b as unsigned 64-bit lanes, all ones or zero (AVX2 compares signed). */
CS_TARGET_AVX2 static inline __m256i gtu64_avx2(__m256i a, __m256i b) {
    const __m256i sign = _mm256_set1_epi64x(INT64_MIN);
    return _mm256_cmpgt_epi64(_mm256_xor_si256(a, sign), _mm256_xor_si256(b, sign));
}

/*
 * Four parties a step. The fused route's weights are all below 2^32: its
 * KIND_FIXED needs wmax W < 2^64, and W is at least the largest weight. With F = fh 2^32 + fl,
 * the product F w = (w fh) 2^32 + w fl: the key is its low 64 bits, the high half (w fh) >> 32
 * plus the carry out of the low addition. q0 w modulo 2^64 likewise. Every result is the
 * portable kernel's, bit for bit.
 */
CS_TARGET_AVX2 static void fused_avx2(const struct split_ctx *c, int64_t *shares, size_t i0,
                                      size_t i1, const struct band *b, struct band_notes *r,
                                      struct fused_sums *acc) {
    const __m256i one = _mm256_set1_epi64x(1);
    const __m256i fl32 = _mm256_set1_epi64x(bits_i64(c->fmul & 0xFFFFFFFFu));
    const __m256i fh32 = _mm256_set1_epi64x(bits_i64(c->fmul >> 32));
    const __m256i ql = _mm256_set1_epi64x(bits_i64(c->q0 & 0xFFFFFFFFu));
    const __m256i qh = _mm256_set1_epi64x(bits_i64(c->q0 >> 32));
    const __m256i ul = _mm256_set1_epi64x(bits_i64(c->unit & 0xFFFFFFFFu));
    const __m256i uh = _mm256_set1_epi64x(bits_i64(c->unit >> 32));
    const __m256i vhi = _mm256_set1_epi64x(bits_i64(b->hi));
    const __m256i vlo = _mm256_set1_epi64x(bits_i64(b->lo));
    const __m256i vspan = _mm256_set1_epi64x(bits_i64(b->span));
    const int identity = c->unit == 1 && !c->negative, negative = c->negative;
    const int64_t *const weights = c->weights;
    __m256i sfl = _mm256_setzero_si256(), sup = sfl, sw = sfl;
    uint64_t lanes[4];
    size_t i = i0;
    for (; i + 4 <= i1; i += 4) {
        const __m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(weights + i));
        const __m256i lo = _mm256_mul_epu32(w, fl32), hi = _mm256_mul_epu32(w, fh32);
        const __m256i key = _mm256_add_epi64(lo, _mm256_slli_epi64(hi, 32));
        const __m256i carry = _mm256_and_si256(gtu64_avx2(lo, key), one);
        const __m256i q = _mm256_add_epi64(_mm256_mul_epu32(w, ql),
                                           _mm256_slli_epi64(_mm256_mul_epu32(w, qh), 32));
        const __m256i fl =
            _mm256_add_epi64(q, _mm256_add_epi64(_mm256_srli_epi64(hi, 32), carry));
        const __m256i up = _mm256_and_si256(gtu64_avx2(key, vhi), one);
        const __m256i band = gtu64_avx2(_mm256_sub_epi64(key, vlo), vspan);
        __m256i out = _mm256_add_epi64(fl, up);
        if (!identity) {
            out = mullo64_avx2(out, ul, uh);
            if (negative) {
                out = _mm256_sub_epi64(_mm256_setzero_si256(), out);
            }
        }
        _mm256_storeu_si256((__m256i *)(void *)(shares + i), out);
        sfl = _mm256_add_epi64(sfl, fl);
        sup = _mm256_add_epi64(sup, up);
        sw = _mm256_add_epi64(sw, w);
        /* band is all ones for the lanes outside the band. */
        if (_mm256_movemask_pd(_mm256_castsi256_pd(band)) != 0xF) {
            const unsigned in = (unsigned)~_mm256_movemask_pd(_mm256_castsi256_pd(band)) & 0xFu;
            if (b->spike) {
                /* Only counts, without a loop over the lanes. */
                acc->band += popcount8(in);
                r->top += popcount8((unsigned)_mm256_movemask_pd(
                    _mm256_castsi256_pd(_mm256_cmpeq_epi64(key, vhi))));
                r->bottom += popcount8((unsigned)_mm256_movemask_pd(
                    _mm256_castsi256_pd(_mm256_cmpeq_epi64(key, vlo))));
            } else {
                note_lanes(c, r, acc, i, in);
            }
        }
    }
    _mm256_storeu_si256((__m256i *)(void *)lanes, sfl);
    acc->floors += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    _mm256_storeu_si256((__m256i *)(void *)lanes, sup);
    acc->above += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    _mm256_storeu_si256((__m256i *)(void *)lanes, sw);
    acc->weights += lanes[0] + lanes[1] + lanes[2] + lanes[3];
    fused_body(c, shares, i, i1, b, r, acc);
}

CS_TARGET_AVX2 static void scan_avx2(const struct split_ctx *c, size_t i0, size_t i1,
                                     uint64_t hi, struct fixup *x) {
    const __m256i fl32 = _mm256_set1_epi64x(bits_i64(c->fmul & 0xFFFFFFFFu));
    const __m256i fh32 = _mm256_set1_epi64x(bits_i64(c->fmul >> 32));
    const __m256i vlo = _mm256_set1_epi64x(bits_i64(x->klo));
    const __m256i vspan = _mm256_set1_epi64x(bits_i64(hi - x->klo));
    const int64_t *const weights = c->weights;
    uint64_t lanes[4];
    size_t i = i0;
    for (; i + 4 <= i1; i += 4) {
        const __m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(weights + i));
        const __m256i key = _mm256_add_epi64(_mm256_mul_epu32(w, fl32),
                                             _mm256_slli_epi64(_mm256_mul_epu32(w, fh32), 32));
        const __m256i out = gtu64_avx2(_mm256_sub_epi64(key, vlo), vspan);
        int bits = ~_mm256_movemask_pd(_mm256_castsi256_pd(out)) & 0xF, l;
        if (bits != 0) {
            _mm256_storeu_si256((__m256i *)(void *)lanes, key);
            for (l = 0; l < 4; l++) {
                if ((bits >> l) & 1) {
                    fix_party(x, i + (size_t)l, lanes[l]);
                }
            }
        }
    }
    scan_body(c, i, i1, hi, x);
}

CS_TARGET_AVX512 static inline uint64_t sum_lanes512(__m512i v) {
    uint64_t lanes[8];
    _mm512_storeu_si512((void *)lanes, v);
    return lanes[0] + lanes[1] + lanes[2] + lanes[3] + lanes[4] + lanes[5] + lanes[6] +
           lanes[7];
}

/* The same with eight parties a step and mask registers. */
CS_TARGET_AVX512 static void fused_avx512(const struct split_ctx *c, int64_t *shares, size_t i0,
                                          size_t i1, const struct band *b, struct band_notes *r,
                                          struct fused_sums *acc) {
    const __m512i one = _mm512_set1_epi64(1);
    const __m512i fl32 = _mm512_set1_epi64(bits_i64(c->fmul & 0xFFFFFFFFu));
    const __m512i fh32 = _mm512_set1_epi64(bits_i64(c->fmul >> 32));
    const __m512i ql = _mm512_set1_epi64(bits_i64(c->q0 & 0xFFFFFFFFu));
    const __m512i qh = _mm512_set1_epi64(bits_i64(c->q0 >> 32));
    const __m512i ul = _mm512_set1_epi64(bits_i64(c->unit & 0xFFFFFFFFu));
    const __m512i uh = _mm512_set1_epi64(bits_i64(c->unit >> 32));
    const __m512i vhi = _mm512_set1_epi64(bits_i64(b->hi));
    const __m512i vlo = _mm512_set1_epi64(bits_i64(b->lo));
    const __m512i vspan = _mm512_set1_epi64(bits_i64(b->span));
    const int identity = c->unit == 1 && !c->negative, negative = c->negative;
    const int64_t *const weights = c->weights;
    __m512i sfl = _mm512_setzero_si512(), sup = sfl, sw = sfl;
    size_t i = i0;
    for (; i + 8 <= i1; i += 8) {
        const __m512i w = _mm512_loadu_si512((const void *)(weights + i));
        const __m512i lo = _mm512_mul_epu32(w, fl32), hi = _mm512_mul_epu32(w, fh32);
        const __m512i key = _mm512_add_epi64(lo, _mm512_slli_epi64(hi, 32));
        const __mmask8 carry = _mm512_cmplt_epu64_mask(key, lo);
        const __m512i q = _mm512_add_epi64(_mm512_mul_epu32(w, ql),
                                           _mm512_slli_epi64(_mm512_mul_epu32(w, qh), 32));
        const __m512i high = _mm512_srli_epi64(hi, 32);
        const __m512i fl = _mm512_add_epi64(q, _mm512_mask_add_epi64(high, carry, high, one));
        const __mmask8 up = _mm512_cmpgt_epu64_mask(key, vhi);
        const __mmask8 band = _mm512_cmple_epu64_mask(_mm512_sub_epi64(key, vlo), vspan);
        __m512i out = _mm512_mask_add_epi64(fl, up, fl, one);
        if (!identity) {
            out = mullo64_avx512(out, ul, uh);
            if (negative) {
                out = _mm512_sub_epi64(_mm512_setzero_si512(), out);
            }
        }
        _mm512_storeu_si512((void *)(shares + i), out);
        sfl = _mm512_add_epi64(sfl, fl);
        sup = _mm512_mask_add_epi64(sup, up, sup, one);
        sw = _mm512_add_epi64(sw, w);
        if (band != 0) {
            if (b->spike) {
                /* Only counts, without a loop over the lanes. */
                acc->band += popcount8((unsigned)band);
                r->top += popcount8((unsigned)_mm512_cmpeq_epu64_mask(key, vhi));
                r->bottom += popcount8((unsigned)_mm512_cmpeq_epu64_mask(key, vlo));
            } else {
                note_lanes(c, r, acc, i, (unsigned)band);
            }
        }
    }
    /* Lane by lane, unsigned: the header's reduction adds signed values,
     * which may overflow (the sums are exact modulo 2^64). */
    acc->floors += sum_lanes512(sfl);
    acc->above += sum_lanes512(sup);
    acc->weights += sum_lanes512(sw);
    fused_body(c, shares, i, i1, b, r, acc);
}

CS_TARGET_AVX512 static void scan_avx512(const struct split_ctx *c, size_t i0, size_t i1,
                                         uint64_t hi, struct fixup *x) {
    const __m512i fl32 = _mm512_set1_epi64(bits_i64(c->fmul & 0xFFFFFFFFu));
    const __m512i fh32 = _mm512_set1_epi64(bits_i64(c->fmul >> 32));
    const __m512i vlo = _mm512_set1_epi64(bits_i64(x->klo));
    const __m512i vspan = _mm512_set1_epi64(bits_i64(hi - x->klo));
    const int64_t *const weights = c->weights;
    uint64_t lanes[8];
    size_t i = i0;
    for (; i + 8 <= i1; i += 8) {
        const __m512i w = _mm512_loadu_si512((const void *)(weights + i));
        const __m512i key = _mm512_add_epi64(_mm512_mul_epu32(w, fl32),
                                             _mm512_slli_epi64(_mm512_mul_epu32(w, fh32), 32));
        const __mmask8 in = _mm512_cmple_epu64_mask(_mm512_sub_epi64(key, vlo), vspan);
        if (in != 0) {
            int l;
            _mm512_storeu_si512((void *)lanes, key);
            for (l = 0; l < 8; l++) {
                if ((in >> l) & 1) {
                    fix_party(x, i + (size_t)l, lanes[l]);
                }
            }
        }
    }
    scan_body(c, i, i1, hi, x);
}
#endif /* CS_SIMD_KERNELS */

/* Every kernel set this build has, the portable one first. */
static const struct split_kernels kernel_sets[] = {
    {"portable", sums_portable, fused_portable, scan_portable},
#if defined(CS_SIMD_KERNELS)
    {"avx2", sums_avx2, fused_avx2, scan_avx2},
    {"avx512f", sums_avx512, fused_avx512, scan_avx512},
#endif
};
#define KERNEL_SETS (sizeof kernel_sets / sizeof kernel_sets[0])

#if defined(CS_SIMD_KERNELS)
/* Chosen once by the dynamic loader (an ifunc): the resolver runs while
 * the library is relocated, before any constructor, so it initialises the
 * CPU model itself and must not be instrumented by a sanitizer. */
static const struct split_kernels *kernels_portable(void) {
    return &kernel_sets[0];
}
static const struct split_kernels *kernels_avx2(void) {
    return &kernel_sets[1];
}
static const struct split_kernels *kernels_avx512(void) {
    return &kernel_sets[2];
}
typedef const struct split_kernels *(*kernels_fn)(void);
static kernels_fn choose_kernels(int avx512f, int avx2) {
    return avx512f ? kernels_avx512 : avx2 ? kernels_avx2 : kernels_portable;
}
__attribute__((used, no_sanitize_address, no_sanitize("undefined"))) static kernels_fn
resolve_kernels(void) {
    __builtin_cpu_init();
    return choose_kernels(__builtin_cpu_supports("avx512f") != 0,
                          __builtin_cpu_supports("avx2") != 0);
}
static const struct split_kernels *kernels_here(void) __attribute__((ifunc("resolve_kernels")));

const char *cs_split_kernel_for(int avx512f, int avx2) {
    return choose_kernels(avx512f, avx2)()->name;
}

int cs_split_kernel_usable(int kernel) {
    __builtin_cpu_init();
    switch (kernel) {
    case 0:
        return 1;
    case 1:
        return __builtin_cpu_supports("avx2") != 0;
    case 2:
        return __builtin_cpu_supports("avx512f") != 0;
    default:
        return 0;
    }
}
#else
static const struct split_kernels *kernels_here(void) {
    return &kernel_sets[0];
}

const char *cs_split_kernel_for(int avx512f, int avx2) {
    (void)avx512f;
    (void)avx2;
    return kernel_sets[0].name;
}

int cs_split_kernel_usable(int kernel) {
    return kernel == 0;
}
#endif

int cs_split_kernel_count(void) {
    return (int)KERNEL_SETS;
}

const char *cs_split_kernel_name(int kernel) {
    return kernel >= 0 && kernel < (int)KERNEL_SETS ? kernel_sets[kernel].name : "";
}

const char *cs_split_kernel_chosen(void) {
    return kernels_here()->name;
}

/* The index of the lowest set bit of word (word != 0): word ^ (word - 1)
 * has bits 0 to that bit set (bit 0 always: or-ing it in changes nothing and
 * shows a static analyser the value is not 0). */
static inline size_t lowest_bit(uint32_t word) {
    return (size_t)cs_bitlen64((uint64_t)((word ^ (word - 1u)) | 1u)) - 1u;
}

/* About 2^64 * 1.155 / sqrt(n) (n >= 64) without a division or a square
 * root: with n = m 2^e, m in [8, 16), 2^64 * 1.155 / sqrt(m 2^e) is a table
 * entry for m and the parity of e, shifted right by e / 2 (within 6 percent:
 * m drops the bits of n below its top four). 1.155 = 4 / sqrt(12): four
 * standard deviations of the threshold's rank, as a share of n, either side
 * of the middle. */
static uint64_t band_half_width(size_t n) {
    /* 2^64 * 1.1547 / sqrt(m) and / sqrt(2 m), m = 8 .. 15 */
    static const uint64_t even[8] = {
        UINT64_C(7530848221455881216), UINT64_C(7100151793970806784),
        UINT64_C(6735795420563496960), UINT64_C(6422328942319075328),
        UINT64_C(6148911824304374784), UINT64_C(5907683390016779264),
        UINT64_C(5692786158670097408), UINT64_C(5499753930718729216)};
    static const uint64_t odd[8] = {
        UINT64_C(5325113845478105088), UINT64_C(5020565480970588160),
        UINT64_C(4762926618565741568), UINT64_C(4541272346124445696),
        UINT64_C(4347937247883768320), UINT64_C(4177362986183995904),
        UINT64_C(4025407696640542720), UINT64_C(3888913299268583424)};
    const int bits = cs_bitlen64((uint64_t)n); /* n >= 64: the route's minimum */
    const int e = bits > 4 ? bits - 4 : 0;
    /* n >> e has exactly four bits, 8 to 15: m is the lower three */
    const size_t m = (size_t)((uint64_t)n >> e) & 7u;
    return ((e & 1) != 0 ? odd[m] : even[m]) >> (e / 2);
}

/* The band's histogram bucket holding the j-th largest key noted
 * (1 <= *j <= their number); *j becomes the rank within the bucket. */
static size_t fine_bucket_of_rank(const union split_buf *buf, const struct band *band,
                                  size_t *j) {
    size_t b = band->fine_count - 1, acc = 0;
    /* As bucket_of_rank: the scan stops at bucket 0 at the latest. */
    while (b > 0 && acc + buf->f.u.fine[b] < *j) {
        acc += buf->f.u.fine[b];
        b--;
    }
    *j -= acc;
    return b;
}

/* Whether the threshold can still lie in the band after the first parties:
 * the fractions of their quotas sum to x = (t Wp - floors W) / W, of which
 * `above` are units given above the band; with the band's parties, x - above
 * lies within [0, band] at the end. A deviation past half a band (four
 * more standard deviations for even keys) predicts a miss. */
static int band_likely(const struct split_ctx *c, const struct fused_sums *a) {
    const cs_u128 tw = cs_mul_u64(c->t, a->weights), fw = cs_mul_u64(a->floors, c->wsum);
    const cs_u128 x = cs_sub_u128(tw, fw); /* >= 0: every floor is at most its quota */
    const uint64_t slack = a->band / 2 + 2;
    const cs_u128 low = cs_mul_u64(a->above > slack ? a->above - slack : 0, c->wsum);
    const cs_u128 high = cs_mul_u64(a->above + a->band + slack, c->wsum);
    return cs_ge_u128(x, low) && cs_ge_u128(high, x);
}

/* Asks the cache for the weights of the next block the fix-up will scan
 * (after block bits `word` of map word i), which lies a few blocks on: the
 * hardware's prefetcher does not see a pattern in them. */
static void prefetch_next_block(const struct split_ctx *c, const uint32_t *map, size_t words,
                                size_t i, uint32_t word, size_t block) {
#if defined(__GNUC__)
    size_t next, line;
    while (word == 0 && ++i < words) {
        word = map[i];
    }
    if (word == 0) {
        return;
    }
    next = (i * 32 + lowest_bit(word)) * block;
    for (line = 0; line < block && next + line < c->count; line += 8) {
        __builtin_prefetch(c->weights + next + line);
    }
#else
    (void)c;
    (void)map;
    (void)words;
    (void)i;
    (void)word;
    (void)block;
#endif
}

enum { FUSED_HIT, FUSED_MISS, FUSED_EARLY_MISS };

/* The band for an attempt: 4 standard deviations of the threshold's rank
 * either side of the middle key, about 2.3 sqrt(n) parties. */
static void middle_band(size_t n, struct band *b) {
    const uint64_t half = band_half_width(n);
    b->lo = ((uint64_t)1 << 63) - half;
    b->hi = ((uint64_t)1 << 63) + half;
    b->spike = 0;
}

/* The key at rank `rank` (1 = largest) of the segment [s0, s1), given the
 * segment's histogram by the top 8 bits of the keys, when its bucket holds
 * at most two distinct keys; 0 otherwise (0 is no key with many parties:
 * a party's key is 0 only with weight 0). */
static uint64_t key_at_rank(const struct split_ctx *c, const size_t *hist, size_t s0, size_t s1,
                            size_t rank) {
    const size_t b = bucket_of_rank(hist, SEL_BUCKETS, &rank);
    uint64_t k1 = 0, k2 = 0;
    size_t n1 = 0, i;
    for (i = s0; i < s1; i++) {
        const uint64_t key = cs_mul_u64(c->fmul, (uint64_t)c->weights[i]).lo;
        if (key >> (64 - SEL_BITS) != b) {
            continue;
        }
        if (n1 == 0 || key == k1) {
            k1 = key;
            n1++;
        } else if (k2 == 0 || key == k2) {
            k2 = key;
        } else {
            return 0; /* a third key */
        }
    }
    if (k2 > k1) {
        /* k1 the larger: ranks 1 .. n1 within the bucket are k1's */
        uint64_t t = k1;
        k1 = k2;
        k2 = t;
        n1 = hist[b] - n1;
    }
    return rank <= n1 ? k1 : k2;
}

/*
 * After a predicted miss: where the first segment [s0, s1) puts the
 * threshold, when the keys there are a few values (many equal weights).
 * Its quotas' fractions add up to x (seg->floors and seg->weights are its
 * sums), so about x of its parties rank above the threshold. The band is
 * [lo, hi] with hi and lo the keys at the ranks sqrt(segment) (3.5
 * standard deviations) either side of x: one value, or two neighbouring
 * ones, each shared by many parties, which the fused pass then counts.
 * 0 when the segment's keys there are not so few.
 */
static int spike_band(const struct split_ctx *c, size_t *hist, size_t s0, size_t s1,
                      const struct fused_sums *seg, struct band *b) {
    const cs_u128 x128 =
        cs_sub_u128(cs_mul_u64(c->t, seg->weights), cs_mul_u64(seg->floors, c->wsum));
    const size_t len = s1 - s0;
    const size_t margin = (size_t)((uint64_t)len >> (cs_bitlen64((uint64_t)len) / 2)) + 1;
    uint64_t rest;
    size_t x = (size_t)cs_divmod_u128(x128, c->wsum, &rest), i;
    clear_buckets(hist, SEL_BUCKETS);
    for (i = s0; i < s1; i++) {
        hist[cs_mul_u64(c->fmul, (uint64_t)c->weights[i]).lo >> (64 - SEL_BITS)]++;
    }
    x = x < len ? x : len;
    b->hi = key_at_rank(c, hist, s0, s1, x > margin ? x - margin : 1);
    b->lo = key_at_rank(c, hist, s0, s1, x + margin + 1 < len ? x + margin + 1 : len);
    b->spike = 1;
    return b->lo != 0 && b->hi != 0;
}

/* The threshold's bucket after the fix-up: x->j of its x->seen parties win;
 * the first CAND_CAP (by index) are listed. */
static int finish_fixup(const struct split_ctx *c, int64_t *shares, struct fixup *x) {
    /* cppcheck-suppress variableScope ; C99 style: declared at the top of the block */
    size_t i;
    /* fix_party lists at most CAND_CAP: the bounds on x->m below change
     * nothing and show a static analyser the list's extent. */
    if (x->seen > CAND_CAP) {
        /* More than can be ranked: fine if they share one key (so one
         * weight), ranked by index then; the listed ones come first. */
        if (!x->one_key) {
            return FUSED_MISS;
        }
        for (i = 0; i < x->m && i < CAND_CAP; i++) {
            const size_t p = cand_party(c, x->cand[i]);
            uint64_t key;
            const uint64_t fl = party_eval(c, p, &key);
            shares[p] = finish(fl + (i < x->j ? 1u : 0u), c->unit, c->negative);
        }
    } else if (x->m > 0) {
        award_candidates(c, shares, x->cand, x->m < CAND_CAP ? x->m : CAND_CAP, x->j);
    }
    return FUSED_HIT;
}

/* One attempt of the fused route with band b (lo, hi set): FUSED_HIT when
 * every share is written; else a miss, FUSED_EARLY_MISS when predicted
 * after the first segment, whose sums then are in *seg. */
static int fused_attempt(const struct split_ctx *c, int64_t *shares, union split_buf *buf,
                         const struct split_kernels *k, struct band *b, int early,
                         struct fused_sums *seg) {
    const size_t n = c->count;
    struct band_notes notes;
    struct fused_sums acc = {0, 0, 0, 0};
    struct fixup x;
    /* cppcheck-suppress variableScope ; C99 style: declared at the top of the block */
    size_t i, j, bstar, block, words, map_clear;
    uint64_t k_left;
    /* A few band parties a bucket: about 4 sqrt(n) buckets, at most
     * FINE_COUNT. bitlen(n) / 2 + 2, written for n >= FUSED_MIN (64) so
     * that a static analyser sees it is at least 5. */
    int fine_bits = cs_bitlen64((uint64_t)n >> 6) / 2 + 5;
    b->span = b->hi - b->lo;
    fine_bits = fine_bits < FINE_BITS ? fine_bits : FINE_BITS;
    /* The analysis (scripts/prove.sh) follows each size of the band's
     * histogram on its own: the part of the map cleared below is then a
     * single value, and it sees every word the attempt reads written. */
    //@ split fine_bits;
    b->fine_count = (size_t)1 << fine_bits;
    b->fine_shift = shift_for(b->span, fine_bits);
    /* The whole histogram, in blocks of a fixed size (clear_buckets: a few
     * vector stores), so that a static analyser sees every bucket and every
     * candidate the fix-up lists in the same bytes written. */
    clear_buckets(buf->f.u.cand, CAND_CAP);
    /* Blocks of the band map: as few parties each as its bits allow (one
     * each up to MAP_WORDS * 32 parties). Below FINE_BITS, fine_bits =
     * bitlen(n) / 2 + 2 gives n < 2^(2 fine_bits - 3), so the map's words
     * are at most map_clear; then only those are cleared. The bound on words
     * changes nothing and shows it to a static analyser. */
    block = (n - 1u) / (MAP_WORDS * 32u) + 1u;
    /* one party a block (up to MAP_WORDS * 32 parties): no division */
    words = (block == 1 ? n - 1u : (n - 1u) / block) / 32u + 1u;
    map_clear = fine_bits < FINE_BITS ? (size_t)1 << (2 * fine_bits - 8) : MAP_WORDS;
    words = words < map_clear ? words : map_clear;
    //@ loop unroll 384;
    for (i = 0; i < map_clear; i++) {
        buf->f.map[i] = 0;
    }
    notes.buf = buf;
    notes.map = buf->f.map;
    notes.last = words - 1u;
    notes.single = block == 1;
    /* The division by the block's parties, only when a block has more than
     * one (cs_divu64_init divides once itself). */
    notes.block.magic = 0;
    notes.block.shift1 = 0;
    notes.block.shift2 = 0;
    if (!notes.single) {
        notes.block = cs_divu64_init((uint64_t)block);
    }
    notes.band = b;
    notes.top = 0;
    notes.bottom = 0;
    if (early) {
        /* From the end back, in segments: the weights check_weights read
         * last are still in the cache. The first segment predicts a miss. */
        const size_t len = n / 16;
        size_t end = n;
        /* end only decreases; end <= n shows a static analyser the bound */
        while (end > 0 && end <= n) {
            const size_t start = end > len ? end - len : 0;
            k->fused(c, shares, start, end, b, &notes, &acc);
            if (end == n) {
                *seg = acc;
                if (!band_likely(c, &acc)) {
                    return FUSED_EARLY_MISS;
                }
            }
            end = start;
        }
    } else {
        k->fused(c, shares, 0, n, b, &notes, &acc);
    }
    k_left = c->t - acc.floors; /* the units left over, below n */
    if (k_left < acc.above || k_left - acc.above > acc.band ||
        (!b->spike && acc.band > UINT16_MAX)) {
        return FUSED_MISS;
    }
    j = (size_t)(k_left - acc.above);
    if (j == 0) {
        return FUSED_HIT; /* the band's parties have their floors */
    }
    x.c = c;
    x.shares = shares;
    if (b->spike) {
        /* Every party in the band has key hi or lo: the threshold's key is
         * hi if j of them have it, else lo; the fix-up reads every block. */
        if (notes.top + (b->lo != b->hi ? notes.bottom : 0) != acc.band) {
            return FUSED_MISS;
        }
        x.klo = j <= notes.top ? b->hi : b->lo;
        j -= j <= notes.top ? 0 : notes.top;
        x.khi = x.klo;
        x.all_win = 0;
        x.j = j;
        x.cand = buf->f.u.cand;
        x.m = 0;
        x.seen = 0;
        x.key0 = 0;
        x.one_key = 1;
        /* In index order, in chunks; when hi is the threshold's key, no
         * party after its j-th changes. */
        for (i = 0; i < n && (x.klo != b->hi || x.seen < j); i += 4096) {
            k->scan(c, i, i + 4096 < n ? i + 4096 : n, b->hi, &x);
        }
        return finish_fixup(c, shares, &x);
    } else {
        bstar = fine_bucket_of_rank(buf, b, &j);
        x.klo = b->lo + ((uint64_t)bstar << b->fine_shift);
        x.khi = x.klo + (((uint64_t)1 << b->fine_shift) - 1u);
        x.khi = x.khi < b->hi ? x.khi : b->hi;
        x.all_win = j == buf->f.u.fine[bstar];
    }
    x.j = j;
    x.cand = buf->f.u.cand; /* the histogram is not needed any more */
    x.m = 0;
    x.seen = 0;
    x.key0 = 0;
    x.one_key = 1;
    for (i = 0; i < words; i++) {
        uint32_t word = buf->f.map[i];
        while (word != 0) {
            /* The lowest set bit's block. */
            const size_t blk = i * 32 + lowest_bit(word);
            const size_t first = blk * block;
            size_t last = first + block;
            last = last < n ? last : n;
            word &= word - 1u;
            if (block == 1) {
                /* The party itself (first is blk): its key is in the band. */
                const uint64_t key = cs_mul_u64(c->fmul, (uint64_t)c->weights[blk]).lo;
                if (key >= x.klo) {
                    fix_party(&x, blk, key);
                }
            } else {
                prefetch_next_block(c, buf->f.map, words, i, word, block);
                k->scan(c, first, last, b->hi, &x);
            }
        }
    }
    return finish_fixup(c, shares, &x);
}

/* The fused route: 1 when every share is written, 0 on a miss (the general
 * route then starts again from the weights). KIND_FIXED, FUSED_MIN <= n <=
 * 2^32 - 1. A miss predicted early gets a second attempt, with the band
 * the first segment points at. */
static int split_fused(const struct split_ctx *c, int64_t *shares, union split_buf *buf,
                       const struct split_kernels *k) {
    const size_t n = c->count;
    struct band band;
    struct fused_sums seg = {0, 0, 0, 0};
    int rc;
    middle_band(n, &band);
    rc = fused_attempt(c, shares, buf, k, &band, n >= FUSED_EARLY_MIN, &seg);
    if (rc == FUSED_EARLY_MISS && spike_band(c, buf->sel, n - n / 16, n, &seg, &band)) {
        rc = fused_attempt(c, shares, buf, k, &band, 0, &seg);
    }
    return rc == FUSED_HIT;
}

/* Parties per chunk, log2. Overridable only so that a test build
 * (tests/CMakeLists.txt, test_split_portable) can run the multi-chunk path
 * with small arrays; the library always uses 2^30. */
#ifndef CS_WEIGHT_CHUNK_BITS
#define CS_WEIGHT_CHUNK_BITS 30
#endif

/* Checks of the weights, in one pass without branches or a serial chain:
 * any negative weight is ERANGE, else a sum above INT64_MAX is EOVERFLOW,
 * else an all-zero key is ENOWEIGHT. The sum is kept as separate sums of the
 * high and low 32-bit halves (chunks of 2^30 parties cannot overflow them),
 * so the additions are independent of each other and vectorise. */
static void add_chunk(const struct split_kernels *k, const int64_t *weights, size_t i0,
                      size_t i1, uint64_t *bits, cs_u128 *total) {
    uint64_t lo = 0, hi = 0;
    k->sums(weights, i0, i1, bits, &lo, &hi);
    *total = cs_add_u128(*total, cs_mul_u64(hi, (uint64_t)1 << 32));
    *total = cs_add_u128(*total, cs_mul_u64(lo, 1u));
}

static int check_weights(const struct split_kernels *k, const int64_t *weights, size_t count,
                         uint64_t *sum_out, uint64_t *max_out) {
    const size_t chunk = (size_t)1 << CS_WEIGHT_CHUNK_BITS;
    uint64_t bits = 0;
    cs_u128 total = {0, 0};
    size_t i = 0;
    /* Whole chunks while more than one is left, then the rest: all of the
     * weights at once up to 2^30 parties. */
    while (count - i > chunk) {
        add_chunk(k, weights, i, i + chunk, &bits, &total);
        i += chunk;
    }
    add_chunk(k, weights, i, count, &bits, &total);
    if ((bits >> 63) != 0) {
        return COSTSHARE_ERANGE;
    }
    if (total.hi != 0 || total.lo > (uint64_t)INT64_MAX) {
        return COSTSHARE_EOVERFLOW;
    }
    if (total.lo == 0) {
        return COSTSHARE_ENOWEIGHT;
    }
    *sum_out = total.lo;
    /* A bound on the largest weight from the OR of all (a true maximum
     * does not vectorise on baseline x86-64): all ones up to the top bit.
     * bits != 0 here: all-zero weights have a zero sum (ENOWEIGHT above);
     * or-ing in bit 0 changes nothing and shows the analyser it is not 0. */
    *max_out = UINT64_MAX >> cs_clz64(bits | 1u);
    return COSTSHARE_OK;
}

/* Whether the count_a values at a and the count_b values at b share a byte. */
static int overlaps(const int64_t *a, size_t count_a, const int64_t *b, size_t count_b) {
    uintptr_t pa = (uintptr_t)a, pb = (uintptr_t)b;
    return pa < pb ? pb - pa < (uintptr_t)count_a * sizeof(int64_t)
                   : pa - pb < (uintptr_t)count_b * sizeof(int64_t);
}

/*
 * The checks before the weights are read, in the documented order: the
 * pointers and the options (EINVAL), the count (ERANGE), the arrays' extent
 * and overlaps (EINVAL), the unit and the fixed part (ERANGE). Every member
 * of the options exists since version 1, so every version a caller may pass
 * has them all; each is read once. On success the checked arguments are in
 * *c (the members down to f).
 */
static int check_arguments(struct split_ctx *c, int64_t total, const int64_t *weights,
                           size_t count, const costshare_split_options *options,
                           const int64_t *shares, const int64_t *residual) {
    static const costshare_split_options defaults = COSTSHARE_SPLIT_OPTIONS_INIT;
    const costshare_split_options *o = options != NULL ? options : &defaults;
    int32_t method;
    int64_t unit_in, fixed;
    uint64_t unit, tabs, fabs, t, f, trest, frest;
    if (weights == NULL || shares == NULL) {
        return COSTSHARE_EINVAL;
    }
    method = o->method;
    if (!cs_version_ok(o->version, COSTSHARE_SPLIT_OPTIONS_VERSION) ||
        (method != COSTSHARE_SPLIT_LARGEST_REMAINDER && method != COSTSHARE_SPLIT_ROUND_EACH)) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0) {
        return COSTSHARE_ERANGE;
    }
    /* The residual is written after the shares: inside them it would
     * overwrite a share (or be overwritten), so that is refused too. */
    if (count > SIZE_MAX / sizeof(int64_t) || overlaps(weights, count, shares, count) ||
        (residual != NULL && overlaps(residual, 1, shares, count))) {
        return COSTSHARE_EINVAL;
    }
    unit_in = o->unit;
    fixed = o->fixed;
    if (unit_in < 1) {
        return COSTSHARE_ERANGE;
    }
    unit = (uint64_t)unit_in;
    tabs = cs_abs_u64(total);
    fabs = cs_abs_u64(fixed);
    /* The largest-remainder method splits the largest whole multiple of the
     * unit in |total| and states the rest as the residual; the legacy method
     * rounds each exact share of the whole total, which needs it in units. */
    t = div_skip(tabs, unit, &trest);
    f = div_skip(fabs, unit, &frest);
    if ((method == COSTSHARE_SPLIT_ROUND_EACH && trest != 0) || frest != 0 || fabs > tabs ||
        (fixed != 0 && (fixed < 0) != (total < 0))) {
        return COSTSHARE_ERANGE;
    }
    c->weights = weights;
    c->count = count;
    c->method = method;
    c->negative = total < 0;
    c->unit = unit;
    c->t = t;
    c->below = trest;
    c->f = f; /* fixed is a whole multiple of the unit: f != 0 when fixed != 0 */
    return COSTSHARE_OK;
}

/* Completes a checked split's *c with what the passes need, including the
 * kind of floors and keys: the cheapest one that is exact for its inputs. */
static void split_ctx_init(struct split_ctx *c, uint64_t wsum, uint64_t wmax) {
    uint64_t rem;
    c->wsum = wsum;
    c->wmax = wmax;
    c->q0 = div_skip(c->t, wsum, &c->r0);
    c->n64 = (uint64_t)c->count;
    c->eq_q = div_skip(c->f, c->n64, &c->eq_r);
    c->rest = c->t - c->f;
    c->nw = cs_mul_u64(c->n64, wsum);
    c->kind = c->f != 0 ? KIND_MIXED : KIND_PLAIN;
    c->fmul = 0;
    c->fhi = 0;
    c->flo = 0;
    if (c->kind == KIND_PLAIN) {
        cs_u128 num;
        num.hi = c->r0; /* r0 < W */
        num.lo = 0;
        if (cs_mul_u64(wmax, wsum).hi == 0) {
            c->kind = KIND_FIXED;
            c->fmul = cs_divmod_u128(num, wsum, &rem) + 1u; /* <= 2^64 - 1: W >= 2 or r0 = 0 */
        } else {
            /* floor(r0 2^128 / W) by long division, then + 1 in the low
             * half, which cannot carry: a remainder below W (>= 2 here)
             * times 2^64 / W is below 2^64 - 1 */
            c->fhi = cs_divmod_u128(num, wsum, &rem);
            num.hi = rem;
            c->flo = cs_divmod_u128(num, wsum, &rem) + 1u;
        }
    }
}

/* The legacy method: each quota rounded half away from zero (half up on |T|).
 * Returns the residual in units (sum of rounded shares minus t). When write
 * is 0 nothing is stored. */
static int64_t round_each(const struct split_ctx *c, int64_t *shares, int write) {
    const uint64_t unit = c->unit;
    const int negative = c->negative;
    size_t i, ups = 0;
    uint64_t sum = 0;
    for (i = 0; i < c->count; i++) {
        uint64_t w = (uint64_t)c->weights[i], fl, key;
        int up;
        if (c->kind == KIND_PLAIN) {
            uint64_t rem;
            fl = cs_divmod_u128(cs_mul_u64(c->t, w), c->wsum, &rem);
            up = rem >= c->wsum - rem; /* rem / W >= 1/2 */
        } else {
            cs_u128 x;
            mixed_eval(c, w, &fl, &key, &x);
            up = cs_ge_u128(x, cs_sub_u128(c->nw, x)); /* x / (nW) >= 1/2 */
        }
        sum += fl;
        ups += up ? 1u : 0u;
        if (write) {
            shares[i] = finish(fl + (up ? 1u : 0u), unit, negative);
        }
    }
    /* sum(floors) <= t and t - sum(floors) < count: the residual in units is
     * ups - (t - sum), magnitude below count, exact modulo 2^64. */
    return bits_i64((uint64_t)ups - (c->t - sum));
}

/* The residual in minor units: res_units * unit, negated for a credit.
 * Returns 1 (and leaves *out) when it does not fit in int64_t. Its magnitude
 * is at most |total| <= 2^63 (every rounded share lies in [0, 2 quota], so
 * the rounded shares sum to between 0 and 2 |total|): the product has no
 * high half, and only +2^63 does not fit. */
static int scale_residual(int64_t res_units, uint64_t unit, int negative, int64_t *out) {
    cs_u128 mag = cs_mul_u64(cs_abs_u64(res_units), unit);
    int neg = (res_units < 0) != negative;
    if (mag.lo > (uint64_t)INT64_MAX + (neg ? 1u : 0u)) {
        return 1;
    }
    *out = bits_i64(neg ? (uint64_t)0 - mag.lo : mag.lo);
    return 0;
}

/* COSTSHARE_SPLIT_ROUND_EACH, with the residual when it is wanted. */
static int split_round_each(const struct split_ctx *c, int64_t *shares, int64_t *residual) {
    /* |residual| <= |total| (no share exceeds twice its quota) and
     * < count * unit, so only a total of INT64_MIN with count * unit
     * beyond INT64_MAX can give a residual of 2^63. When that bound may
     * not fit, a dry run checks the residual before anything is written. */
    const cs_u128 bound = cs_mul_u64(c->n64, c->unit);
    int64_t res_units, res = 0;
    if (residual != NULL && (bound.hi != 0 || bound.lo > (uint64_t)INT64_MAX) &&
        scale_residual(round_each(c, shares, 0), c->unit, c->negative, &res)) {
        return COSTSHARE_EOVERFLOW;
    }
    res_units = round_each(c, shares, 1);
    if (residual != NULL) {
        (void)scale_residual(res_units, c->unit, c->negative, &res);
        *residual = res;
    }
    return COSTSHARE_OK;
}

/* COSTSHARE_SPLIT_LARGEST_REMAINDER: steps 1 to 3 (top of this file), with
 * buf as the histogram and the list of candidates. */
static void split_largest_remainder(const struct split_ctx *c, int64_t *shares,
                                    union split_buf *ubuf, const struct split_kernels *k,
                                    int fused) {
    size_t *const buf = ubuf->sel;
    const int bits = first_bits(c->count);
    uint64_t kmax, sum;
    int shift;
    if (fused && c->kind == KIND_FIXED && c->count >= FUSED_MIN &&
        ((uint64_t)c->count >> 32) == 0 && split_fused(c, shares, ubuf, k)) {
        return;
    }
    /* The analysis (scripts/prove.sh) follows each kind and each size of
     * the first histogram on its own: the shift of KIND_FIXED's keys and
     * the part of the buffer that is cleared are then single values. */
    //@ split c->kind;
    //@ split bits;
    /* The largest ranking key: any 64 bits for KIND_FIXED and KIND_PLAIN,
     * d + W below 2 W for KIND_MIXED. */
    kmax = c->kind == KIND_MIXED ? 2u * c->wsum - 1u : UINT64_MAX;
    shift = shift_for(kmax, bits);
    /* Only the 2^bits buckets the first pass counts in (and
     * find_threshold reads): clearing all of SEL_BUCKETS, 2 KiB, cost a
     * third of a split of a dozen parties. */
    clear_buckets(buf, (size_t)1 << bits);
    sum = first_pass(c, buf, (size_t)1 << bits, shift);
    select_and_finish(c, shares, buf, (size_t)1 << bits, shift, kmax, c->t - sum);
}

int costshare_split_options_init(costshare_split_options *options, uint32_t version) {
    if (options == NULL || !cs_version_ok(version, COSTSHARE_SPLIT_OPTIONS_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    /* The defaults of the version asked for; version 1 has every member. */
    options->version = version;
    options->method = COSTSHARE_SPLIT_LARGEST_REMAINDER;
    options->unit = 1;
    options->fixed = 0;
    return COSTSHARE_OK;
}

/* costshare_split_ex() with the given kernels; fused 0 keeps to the general
 * route (tests compare the two). */
static int split_ex_with(const struct split_kernels *k, int fused, int64_t total,
                         const int64_t *weights, size_t count,
                         const costshare_split_options *options, int64_t *shares,
                         int64_t *residual) {
    struct split_ctx c;
    /* The largest remainder's only memory. Here rather than in
     * split_largest_remainder, so that the compiler inlines that (it does not
     * inline a function with a frame this large): a call less per split. */
    union split_buf buf;
    uint64_t wsum = 0, wmax = 0;
    int rc = check_arguments(&c, total, weights, count, options, shares, residual);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_weights(k, c.weights, c.count, &wsum, &wmax);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    split_ctx_init(&c, wsum, wmax);
    if (c.method == COSTSHARE_SPLIT_ROUND_EACH) {
        return split_round_each(&c, shares, residual);
    }
    split_largest_remainder(&c, shares, &buf, k, fused);
    if (residual != NULL) {
        /* sum(shares) - total: the part of |total| below one unit that was
         * not split (0 when the total is a whole multiple of the unit). It is
         * less than the unit, so it fits. */
        const int64_t left = bits_i64(c.below);
        *residual = c.negative ? left : -left;
    }
    return COSTSHARE_OK;
}

int costshare_split_ex(int64_t total, const int64_t *weights, size_t count,
                       const costshare_split_options *options, int64_t *shares,
                       int64_t *residual) {
    return split_ex_with(kernels_here(), 1, total, weights, count, options, shares, residual);
}

int cs_split_ex_kernel(int kernel, int fused, int64_t total, const int64_t *weights,
                       size_t count, const costshare_split_options *options, int64_t *shares,
                       int64_t *residual) {
    if (kernel < 0 || kernel >= (int)KERNEL_SETS || !cs_split_kernel_usable(kernel)) {
        return COSTSHARE_EINVAL;
    }
    return split_ex_with(&kernel_sets[kernel], fused, total, weights, count, options, shares,
                         residual);
}

int costshare_split(int64_t total, const int64_t *weights, size_t count, int64_t *shares) {
    return costshare_split_ex(total, weights, count, NULL, shares, NULL);
}

int costshare_split_percentages(const int64_t *weights, size_t count, int32_t decimals,
                                int64_t *percents) {
    int64_t total = 100;
    int32_t d;
    if (weights == NULL || percents == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (decimals < COSTSHARE_PERCENT_DECIMALS_MIN ||
        decimals > COSTSHARE_PERCENT_DECIMALS_MAX) {
        return COSTSHARE_ERANGE;
    }
    /* At most COSTSHARE_PERCENT_DECIMALS_MAX (16) steps, which the
     * analysis (scripts/prove.sh) follows one by one. */
    //@ loop unroll 16;
    for (d = 0; d < decimals; d++) {
        total *= 10; /* at most 100 * 10^16 = 10^18 */
    }
    return costshare_split_ex(total, weights, count, NULL, percents, NULL);
}

const char *costshare_split_method_name(int32_t method) {
    switch (method) {
    case COSTSHARE_SPLIT_LARGEST_REMAINDER:
        return "COSTSHARE_SPLIT_LARGEST_REMAINDER";
    case COSTSHARE_SPLIT_ROUND_EACH:
        return "COSTSHARE_SPLIT_ROUND_EACH";
    default:
        return "COSTSHARE_UNKNOWN";
    }
}

/*
 * Nested split (costshare_split_nested): the groups' parts are the
 * largest-remainder split of the total among the groups, and as each part is
 * emitted it is split among the group's parties, which lie anywhere in the
 * party arrays, by the same method over a subset (hamilton.h), so no copy of
 * them is needed and no output is read back. hamilton.h gives exactly
 * costshare_split() of the same total among the same weights, tie rule
 * included.
 */
#include "check.h"
#include "hamilton.h"

/* Bits of the groups' split buffer: 32 entries, which a few groups never
 * outgrow (more groups in one bucket only take more passes). With the
 * parties' split of CS_HAM_BUCKETS running inside it, about 2 KiB of stack. */
#define NESTED_GROUP_BITS 5

/* The parties of one group, for hamilton.h. */
struct nested_group {
    const uint32_t *groups;
    const int64_t *weights;
    size_t group;
};

/* The whole call, for the groups' split and its emission. */
struct nested {
    const int64_t *group_weights;
    const uint32_t *party_groups;
    const int64_t *party_weights;
    size_t party_count;
    int64_t *group_shares, *party_shares;
};

static int nested_member(const void *ctx, size_t i, uint64_t *w) {
    const struct nested_group *c = (const struct nested_group *)ctx;
    if ((size_t)c->groups[i] != c->group) {
        return 0;
    }
    *w = (uint64_t)c->weights[i];
    return 1;
}

static void nested_emit(void *ctx, size_t i, int64_t share) {
    ((int64_t *)ctx)[i] = share;
}

static int nested_group_member(const void *ctx, size_t g, uint64_t *w) {
    *w = (uint64_t)((const struct nested *)ctx)->group_weights[g];
    return 1;
}

/* Group g's part: written, then split among the group's parties. */
static void nested_group_emit(void *ctx, size_t g, int64_t part) {
    const struct nested *n = (const struct nested *)ctx;
    struct nested_group members;
    struct cs_ham h;
    uint64_t wsum = 0;
    size_t i;
    n->group_shares[g] = part;
    for (i = 0; i < n->party_count; i++) {
        if ((size_t)n->party_groups[i] == g) {
            wsum += (uint64_t)n->party_weights[i]; /* at most the checked sum */
            n->party_shares[i] = 0;                /* a group of weight 0 ends here */
        }
    }
    if (wsum == 0) {
        return;
    }
    members.groups = n->party_groups;
    members.weights = n->party_weights;
    members.group = g;
    cs_ham_init(&h, n->party_count, nested_member, &members, nested_emit, n->party_shares, part,
                wsum);
    cs_ham_split(&h);
}

/* The first of two codes of check_weights() in the documented order:
 * COSTSHARE_ERANGE, then COSTSHARE_EOVERFLOW, then COSTSHARE_ENOWEIGHT. */
static int first_weight_error(int a, int b) {
    static const int order[] = {COSTSHARE_ERANGE, COSTSHARE_EOVERFLOW, COSTSHARE_ENOWEIGHT};
    size_t i;
    for (i = 0; i < sizeof order / sizeof order[0]; i++) {
        if (a == order[i] || b == order[i]) {
            return order[i];
        }
    }
    return COSTSHARE_OK;
}

int costshare_split_nested(int64_t total, const int64_t *group_weights, size_t group_count,
                           const uint32_t *party_groups, const int64_t *party_weights,
                           size_t party_count, int64_t *group_shares, int64_t *party_shares) {
    uint64_t gsum = 0, gmax = 0, psum = 0, pmax = 0;
    size_t gbuf[(size_t)1 << NESTED_GROUP_BITS];
    struct nested ctx;
    struct cs_ham h;
    size_t i, g, gb, pb, ib;
    int rc;
    if (group_weights == NULL || party_groups == NULL || party_weights == NULL ||
        group_shares == NULL || party_shares == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (group_count > SIZE_MAX / sizeof(int64_t) || party_count > SIZE_MAX / sizeof(int64_t)) {
        return COSTSHARE_EINVAL;
    }
    gb = group_count * sizeof(int64_t);
    pb = party_count * sizeof(int64_t);
    ib = party_count * sizeof(uint32_t);
    if (cs_overlap(group_shares, gb, group_weights, gb) ||
        cs_overlap(group_shares, gb, party_groups, ib) ||
        cs_overlap(group_shares, gb, party_weights, pb) ||
        cs_overlap(group_shares, gb, party_shares, pb) ||
        cs_overlap(party_shares, pb, group_weights, gb) ||
        cs_overlap(party_shares, pb, party_groups, ib) ||
        cs_overlap(party_shares, pb, party_weights, pb)) {
        return COSTSHARE_EINVAL;
    }
    if (group_count == 0 || party_count == 0) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < party_count; i++) {
        if ((size_t)party_groups[i] >= group_count) {
            return COSTSHARE_ERANGE;
        }
    }
    /* All-zero party weights leave a group of non-zero weight (there is
     * one when the group weights pass) without weight: ENOWEIGHT either way. */
    rc = first_weight_error(
        check_weights(kernels_here(), group_weights, group_count, &gsum, &gmax),
        check_weights(kernels_here(), party_weights, party_count, &psum, &pmax));
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    for (g = 0; g < group_count; g++) {
        int weighted = group_weights[g] == 0;
        for (i = 0; i < party_count && !weighted; i++) {
            weighted = (size_t)party_groups[i] == g && party_weights[i] > 0;
        }
        if (!weighted) {
            return COSTSHARE_ENOWEIGHT;
        }
    }

    /* Nothing can fail from here on. */
    ctx.group_weights = group_weights;
    ctx.party_groups = party_groups;
    ctx.party_weights = party_weights;
    ctx.party_count = party_count;
    ctx.group_shares = group_shares;
    ctx.party_shares = party_shares;
    cs_ham_init(&h, group_count, nested_group_member, &ctx, nested_group_emit, &ctx, total,
                gsum);
    cs_ham_split_in(&h, gbuf, NESTED_GROUP_BITS);
    return COSTSHARE_OK;
}
