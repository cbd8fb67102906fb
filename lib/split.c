/*
 * Population-based splits (docs/splits.md).
 *
 * costshare_split_ex() checks its arguments (check_arguments, then
 * check_weights), describes the split once (split_ctx_init) and runs one of
 * the two methods: split_round_each, or split_largest_remainder. Once the
 * arguments are checked, the only refusal left is a legacy residual that
 * does not fit, found before anything is written; the largest remainder
 * cannot fail at all, so it uses the caller's shares buffer as scratch.
 *
 * A largest-remainder split, in passes over the parties:
 *
 *   0. check_weights: sign, sum (W), a bound on the largest weight.
 *   1. first_pass computes each party's floor (in units) and its ranking
 *      key, adds up the floors (so k = t - sum(floors) units are left over),
 *      and builds a histogram of the top SEL_BITS (8) bits of the keys
 *      (fewer below 256 parties: about one bucket per party).
 *   2. find_threshold finds the k-th largest key (remainder, then weight,
 *      then lower index) by radix selection over that histogram: each
 *      refine_pass narrows the range 256-fold until the parties left in it
 *      fit in the stack buffer, or the threshold is fully resolved. The
 *      range is one of the key (LEVEL_KEY); once the key is a single value,
 *      one of the weight (LEVEL_WEIGHT); once that is too, the threshold is
 *      one party, found by index (LEVEL_INDEX).
 *   3. last_pass gives +1 to every party above the threshold and lists the
 *      few candidates in the threshold's range; award_candidates picks the
 *      ones that win a unit exactly (a partial heapsort of fewer than 256)
 *      and writes their final shares (times the unit, negated for a credit).
 *
 * Every step is O(n) with a bounded number of passes (one in the common
 * case: a 256-bucket histogram leaves about n/256 candidates), and the only
 * memory is one array of SEL_BUCKETS size_t on the stack, used first as the
 * histogram and then as the list of candidates. A call uses less than 4 KiB
 * of stack whatever the number of parties. Measured as the deepest chain of
 * frames (GCC 12 -fstack-usage and -fcallgraph-info=su, return addresses
 * included): 2 744 bytes with -O3 on x86-64 (costshare_split_percentages ->
 * costshare_split_ex -> select_and_finish -> sift_down), 2 896 with -O3 on
 * i386, 3 504 with -O0 on x86-64 (nothing inlined); Clang 14 measures about
 * the same. SEL_BITS is 8 to keep it there: 10 bits (a buffer of 8 KiB)
 * made 10^6 parties about 20 % faster, not worth a stack that small threads
 * of an embedding program may not have.
 *
 * Three ways to get floors and keys, chosen once per split:
 *   KIND_FIXED  (pure weight key, bound(w) * W < 2^64, e.g. any realistic
 *               population): one 64x64->128 multiply by a precomputed
 *               fixed-point fraction gives floor and key at once; nothing is
 *               stored between passes (see first_pass for the proof).
 *   KIND_PLAIN  (pure weight key otherwise): floor(t w / W) stored in
 *               shares[], via q0 w + floor(r0 w / W) with an invariant-divisor
 *               reciprocal when r0 w fits in 64 bits, else a 128/64 division;
 *               the key t w - floor W (mod 2^64) is recomputed from the floor.
 *   KIND_MIXED  (fixed part shared equally): see mixed_eval.
 */
#include "costshare/split.h"

#include <stddef.h>
#include <stdint.h>

#include "arith.h"
#include "check.h"

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
    const int64_t *weights;
    size_t count;
    int kind;
    int negative;  /* the total is a credit: every share is negated */
    uint64_t unit; /* the rounding unit (>= 1) */
    uint64_t t;    /* |total| in units */
    uint64_t wsum; /* W, the sum of the weights (>= 1) */
    uint64_t wmax; /* a bound on the largest weight: 2^b - 1 >= every weight */
    /* KIND_PLAIN and KIND_FIXED: t = q0 * W + r0 */
    uint64_t q0, r0;
    /* KIND_FIXED: floor(r0 * 2^64 / W) + 1 */
    uint64_t fmul;
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
 * weight.hi too, and among the parties with that key and weight those up to
 * index idx are above. */
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

/* The final share from a share in units: times the unit (at most |total|,
 * so it fits), negated for a credit. */
static inline int64_t finish(uint64_t units, uint64_t unit, int negative) {
    uint64_t v = units * unit;
    return bits_i64(negative ? (uint64_t)0 - v : v);
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

/* The floor of party i (in units) and its ranking key. KIND_FIXED computes
 * both from the weight alone; the other kinds read the floor stored in
 * shares[i] by the first pass. */
static inline uint64_t party_eval(const struct split_ctx *c, const int64_t *shares, size_t i,
                                  uint64_t *key) {
    uint64_t w = (uint64_t)c->weights[i], fl;
    if (c->kind == KIND_FIXED) {
        cs_u128 p = cs_mul_u64(c->fmul, w);
        *key = p.lo;
        return c->q0 * w + p.hi;
    }
    fl = (uint64_t)shares[i];
    if (c->kind == KIND_PLAIN) {
        *key = c->t * w - fl * c->wsum; /* exact modulo 2^64; true value < W */
    } else {
        uint64_t f2;
        cs_u128 x;
        mixed_eval(c, w, &f2, key, &x);
    }
    return fl;
}

static inline uint64_t party_key(const struct split_ctx *c, const int64_t *shares, size_t i) {
    uint64_t key;
    (void)party_eval(c, shares, i, &key);
    return key;
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
    /* LEVEL_INDEX, the weight is weight.lo == weight.hi: the lower index wins. */
    return i <= s->idx ? ABOVE : BELOW;
}

/* Whether party a ranks before party b for a leftover unit. */
static int ranks_before(const struct split_ctx *c, const int64_t *shares, size_t a, size_t b) {
    uint64_t ka = party_key(c, shares, a);
    uint64_t kb = party_key(c, shares, b);
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
static int heap_above(const struct split_ctx *c, const int64_t *shares, size_t a, size_t b,
                      int worst) {
    return worst ? ranks_before(c, shares, b, a) : ranks_before(c, shares, a, b);
}

static void sift_down(const struct split_ctx *c, const int64_t *shares, size_t *v, size_t root,
                      size_t n, int worst) {
    for (;;) {
        size_t child = 2 * root + 1, top = root;
        if (child < n && heap_above(c, shares, v[child], v[top], worst)) {
            top = child;
        }
        if (child + 1 < n && heap_above(c, shares, v[child + 1], v[top], worst)) {
            top = child + 1;
        }
        if (top == root) {
            return;
        }
        {
            size_t tmp = v[root];
            v[root] = v[top];
            v[top] = tmp;
        }
        root = top;
    }
}

/* Puts the j best of the m candidate indices in v (1 <= j < m) together, in
 * no particular order, and returns where they start: v[lo .. lo + j). No
 * full sort: a heap (in place, no recursion) gives up whichever group is
 * smaller, the m - j worst (worst on top) or the j best (best on top), to
 * the end of v: O(m + min(j, m - j) log m) comparisons. */
static size_t select_best(const struct split_ctx *c, const int64_t *shares, size_t *v, size_t m,
                          size_t j) {
    const int worst = m - j <= j;
    const size_t keep = m - (worst ? m - j : j); /* the heap left at the end */
    size_t i;
    for (i = m / 2; i-- > 0;) {
        sift_down(c, shares, v, i, m, worst);
    }
    for (i = m; i-- > keep;) {
        size_t tmp = v[0];
        v[0] = v[i];
        v[i] = tmp;
        sift_down(c, shares, v, 0, i, worst);
    }
    return worst ? 0 : keep;
}

/*
 * The last pass of KIND_FIXED at LEVEL_KEY, the hot loop of a typical split:
 * floor + 1 above the threshold, floor below it, candidates (keys in
 * [klo, khi], only when gathering) listed in cand[] with their floor stored.
 * One unsigned compare tests "klo <= key <= khi" (a branch almost never
 * taken); "key > khi" is added without a branch. Out of line so that it gets
 * registers of its own. Returns the number of candidates.
 */
static CS_NOINLINE size_t last_pass_fixed(const struct split_ctx *c, int64_t *shares,
                                          size_t *cand, uint64_t klo, uint64_t khi,
                                          int gather) {
    const int64_t *const weights = c->weights;
    const size_t n = c->count;
    const uint64_t fmul = c->fmul, q0 = c->q0, span = khi - klo, unit = c->unit;
    const int negative = c->negative;
    size_t i, m = 0;
    if (unit == 1 && !negative && gather) {
        /* Without a branch: a candidate (key <= khi) gets its floor like any
         * party below the threshold, and every index is written to cand[m]
         * while m advances only for a candidate. cand[] has room: there are
         * fewer than SEL_BUCKETS candidates when gathering. */
        for (i = 0; i < n; i++) {
            const uint64_t w = (uint64_t)weights[i];
            const cs_u128 p = cs_mul_u64(fmul, w);
            shares[i] = bits_i64(q0 * w + p.hi + (p.lo > khi ? 1u : 0u));
            cand[m] = i;
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
                shares[i] = bits_i64(fl);
                cand[m++] = i;
                continue;
            }
            shares[i] = finish(fl + (p.lo > khi ? 1u : 0u), unit, negative);
        }
    }
    return m;
}

/* The last pass of KIND_PLAIN at LEVEL_KEY: the same as last_pass_fixed,
 * with the floors read from shares[] and the keys recomputed from them. */
static size_t last_pass_plain(const struct split_ctx *c, int64_t *shares, size_t *cand,
                              uint64_t klo, uint64_t khi, int gather) {
    const uint64_t t = c->t, wsum = c->wsum, span = khi - klo, unit = c->unit;
    const int64_t *const weights = c->weights;
    const size_t n = c->count;
    const int negative = c->negative, identity = unit == 1 && !negative;
    size_t i, m = 0;
    for (i = 0; i < n; i++) {
        uint64_t fl = (uint64_t)shares[i];
        uint64_t key = t * (uint64_t)weights[i] - fl * wsum;
        if (gather && key - klo <= span) {
            cand[m++] = i;
            continue;
        }
        fl += key > khi ? 1u : 0u;
        shares[i] = identity ? bits_i64(fl) : finish(fl, unit, negative);
    }
    return m;
}

/* The last pass in general: every kind, every level. */
static size_t last_pass_any(const struct split_ctx *c, int64_t *shares, size_t *cand,
                            const struct sel_state *s) {
    const size_t n = c->count;
    const uint64_t unit = c->unit;
    const int negative = c->negative;
    size_t i, m = 0;
    for (i = 0; i < n; i++) {
        uint64_t key, fl = party_eval(c, shares, i, &key);
        int cls = classify(s, i, key, (uint64_t)c->weights[i]);
        if (cls == CAND) {
            shares[i] = bits_i64(fl);
            cand[m++] = i;
            continue;
        }
        shares[i] = finish(fl + (cls == ABOVE ? 1u : 0u), unit, negative);
    }
    return m;
}

/* The current range of the selection: of the key, or of the weight. */
static struct sel_range *current_range(struct sel_state *s) {
    return s->level == LEVEL_KEY ? &s->key : &s->weight;
}

/* A refining pass: the histogram of the parties still in the range. */
static CS_NOINLINE void refine_pass(const struct split_ctx *c, const int64_t *shares,
                                    const struct sel_state *s, size_t *hist, int shift) {
    const size_t n = c->count;
    size_t i;
    for (i = 0; i < SEL_BUCKETS; i++) {
        hist[i] = 0;
    }
    if (s->level == LEVEL_KEY) {
        /* The range is not empty here; one compare, rarely true. */
        const uint64_t klo = s->key.lo, span = s->key.hi - s->key.lo;
        for (i = 0; i < n; i++) {
            uint64_t key = party_key(c, shares, i) - klo;
            if (key <= span) {
                hist[key >> shift]++;
            }
        }
        return;
    }
    for (i = 0; i < n; i++) {
        uint64_t w = (uint64_t)c->weights[i];
        uint64_t key = party_key(c, shares, i);
        if (classify(s, i, key, w) == CAND) {
            hist[(w - s->weight.lo) >> shift]++; /* the key is fixed: rank by weight */
        }
    }
}

/* The shift that maps a range of span + 1 keys onto 2^bits buckets. */
static int shift_for(uint64_t span, int bits) {
    int len = cs_bitlen64(span);
    return len > bits ? len - bits : 0;
}

/* Bits of the first histogram: about as many buckets as parties, 16 to
 * SEL_BUCKETS. A small split then neither clears nor scans all buckets
 * (which cost more than the split itself at 100 parties), and a bucket
 * still holds about one party. */
static int first_bits(size_t count) {
    int len = cs_bitlen64((uint64_t)count);
    return len < 4 ? 4 : len > SEL_BITS ? SEL_BITS : len;
}

/* The bucket of hist[0 .. nb) that holds the j-th largest value counted
 * (1 <= *j <= the sum of the counts), scanning from the top; *j becomes the
 * rank of that value within its bucket. */
static size_t bucket_of_rank(const size_t *hist, size_t nb, size_t *j) {
    size_t b = nb - 1, acc = 0;
    /* The scan stops at bucket 0 at the latest, as *j is at most the sum. */
    while (acc + hist[b] < *j) {
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

/* Key and weight resolved: the threshold is the j-th party (j >= 1) with
 * that weight, by index. Every kind's key is a function of the weight alone,
 * so the parties of weight w0 are exactly those with the key and weight of
 * the range; there are more than j of them, so the scan stops before i
 * reaches n. */
static void resolve_index(const struct split_ctx *c, struct sel_state *s, size_t j) {
    const uint64_t w0 = s->weight.lo;
    size_t i;
    for (i = 0; (uint64_t)c->weights[i] != w0 || --j != 0; i++) {
    }
    s->level = LEVEL_INDEX;
    s->weight.hi = w0;
    s->idx = i;
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
static int find_threshold(const struct split_ctx *c, const int64_t *shares, size_t *hist,
                          size_t nb, int shift, struct sel_state *s, size_t *j) {
    for (;;) {
        struct sel_range *r = current_range(s);
        const size_t b = bucket_of_rank(hist, nb, j);
        const size_t cnt = hist[b];
        const uint64_t span = narrow_to_bucket(r, b, shift);
        if (*j == cnt) {
            /* Every party in the bucket wins: make the range empty
             * (lo, lo - 1), so "above" means "at least lo". lo >= 1: j is
             * always below the number of parties in the current range, so
             * bucket b cannot be the lowest bucket of a range that starts
             * at 0. */
            r->hi = r->lo - 1u;
            return 0;
        }
        if (cnt < SEL_BUCKETS) {
            /* Strictly fewer: the last pass of KIND_FIXED writes one index
             * past the last candidate. */
            return 1;
        }
        if (span == 0) {
            if (s->level == LEVEL_WEIGHT) {
                resolve_index(c, s, *j);
                return 0;
            }
            enter_weight_level(s, c->wmax);
            r = current_range(s);
        }
        shift = shift_for(r->hi - r->lo, SEL_BITS);
        nb = SEL_BUCKETS;
        refine_pass(c, shares, s, hist, shift);
    }
}

/* Step 3, first half: the final share of every party that s places, and the
 * candidates (when gather) listed in cand[] with their floors stored as bits
 * in shares[]. Returns the number of candidates. */
static size_t last_pass(const struct split_ctx *c, int64_t *shares, size_t *cand,
                        const struct sel_state *s, int gather) {
    if (s->level == LEVEL_KEY && c->kind == KIND_FIXED) {
        return last_pass_fixed(c, shares, cand, s->key.lo, s->key.hi, gather);
    }
    if (s->level == LEVEL_KEY && c->kind == KIND_PLAIN) {
        return last_pass_plain(c, shares, cand, s->key.lo, s->key.hi, gather);
    }
    return last_pass_any(c, shares, cand, s);
}

/* Step 3, second half: the j best of the m candidates in cand[] get one unit
 * more (0 < j < m), and every candidate its final share. */
static void award_candidates(const struct split_ctx *c, int64_t *shares, size_t *cand, size_t m,
                             size_t j) {
    const size_t lo = select_best(c, shares, cand, m, j);
    size_t i;
    for (i = 0; i < m; i++) {
        uint64_t fl = (uint64_t)shares[cand[i]];
        shares[cand[i]] = finish(fl + (i - lo < j ? 1u : 0u), c->unit, c->negative);
    }
}

/* No unit left over: every party gets its floor. shares[] holds the floors
 * already, except for KIND_FIXED, and is final as it is for unit 1 and a
 * debit. */
static void finish_floors(const struct split_ctx *c, int64_t *shares) {
    const size_t n = c->count;
    const uint64_t unit = c->unit;
    const int negative = c->negative;
    size_t i;
    if (unit == 1 && !negative && c->kind != KIND_FIXED) {
        return;
    }
    for (i = 0; i < n; i++) {
        uint64_t key;
        shares[i] = finish(party_eval(c, shares, i, &key), unit, negative);
    }
}

/*
 * Steps 2 and 3. shares[] holds the floors (as bits; none for KIND_FIXED),
 * buf the histogram of the keys (key >> shift, nb buckets) over every party,
 * kmax the largest key there can be, and k the units left over.
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
    gather = find_threshold(c, shares, buf, nb, shift, &s, &j);
    m = last_pass(c, shares, buf, &s, gather);
    if (m > 0) {
        award_candidates(c, shares, buf, m, j);
    }
}

/*
 * Step 1: the floors (stored in shares[] except for KIND_FIXED, which
 * recomputes them) and the histogram of key >> shift over every party.
 * Returns the sum of the floors. Kept out of line on purpose: inlined into
 * its caller the histogram becomes a stack-pointer-relative indexed access,
 * and that loop measured 6x slower on the AMD EPYC of docs/performance.md
 * (most likely the CPU's memory renaming of stack accesses mispredicting).
 */
static CS_NOINLINE uint64_t first_pass(const struct split_ctx *c, int64_t *shares, size_t *hist,
                                       int shift) {
    /* Locals, so that the stores into hist[] and shares[] cannot be taken
     * to alias *c: otherwise c->count is reloaded after every store and
     * the loop serialises on memory disambiguation. */
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
        if (cs_mul_u64(c->r0, c->wmax).hi == 0) {
            /* Fast path: floor(t*w/W) = q0*w + floor(r0*w/W), where
             * r0*w fits in 64 bits and is divided by a reciprocal. */
            const cs_divu64 rd = cs_divu64_init(wsum);
            const uint64_t q0 = c->q0, r0 = c->r0;
            for (i = 0; i < n; i++) {
                uint64_t w = (uint64_t)weights[i];
                uint64_t x = r0 * w;
                uint64_t q = cs_divu64_div(&rd, x);
                uint64_t fl = q0 * w + q;
                hist[(x - q * wsum) >> shift]++;
                sum += fl;
                shares[i] = bits_i64(fl);
            }
        } else {
            for (i = 0; i < n; i++) {
                uint64_t rem, fl;
                fl = cs_divmod_u128(cs_mul_u64(c->t, (uint64_t)weights[i]), wsum, &rem);
                hist[rem >> shift]++;
                sum += fl;
                shares[i] = bits_i64(fl);
            }
        }
    } else {
        for (i = 0; i < n; i++) {
            uint64_t fl, key;
            cs_u128 x;
            mixed_eval(c, (uint64_t)weights[i], &fl, &key, &x);
            hist[key >> shift]++;
            sum += fl;
            shares[i] = bits_i64(fl);
        }
    }
    return sum;
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
static int check_weights(const int64_t *weights, size_t count, uint64_t *sum_out,
                         uint64_t *max_out) {
    const size_t chunk = (size_t)1 << CS_WEIGHT_CHUNK_BITS;
    uint64_t bits = 0;
    cs_u128 total = {0, 0};
    size_t i = 0;
    while (i < count) {
        size_t end = count - i > chunk ? i + chunk : count;
        uint64_t lo = 0, hi = 0;
        for (; i < end; i++) {
            uint64_t w = (uint64_t)weights[i];
            bits |= w;
            lo += w & 0xFFFFFFFFu;
            hi += w >> 32;
        }
        total = cs_add_u128(total, cs_mul_u64(hi, (uint64_t)1 << 32));
        total = cs_add_u128(total, cs_mul_u64(lo, 1u));
    }
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
     * bits != 0 here: all-zero weights have a zero sum (ENOWEIGHT above). */
    *max_out = UINT64_MAX >> cs_clz64(bits);
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
 * has them all.
 */
static int check_arguments(int64_t total, const int64_t *weights, size_t count,
                           const costshare_split_options *o, const int64_t *shares,
                           const int64_t *residual) {
    uint64_t unit, tabs, fabs;
    if (weights == NULL || shares == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_version_ok(o->version, COSTSHARE_SPLIT_OPTIONS_VERSION) ||
        (o->method != COSTSHARE_SPLIT_LARGEST_REMAINDER &&
         o->method != COSTSHARE_SPLIT_ROUND_EACH)) {
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
    if (o->unit < 1) {
        return COSTSHARE_ERANGE;
    }
    unit = (uint64_t)o->unit;
    tabs = cs_abs_u64(total);
    fabs = cs_abs_u64(o->fixed);
    /* The largest-remainder method splits the largest whole multiple of the
     * unit in |total| and states the rest as the residual; the legacy method
     * rounds each exact share of the whole total, which needs it in units. */
    if ((o->method == COSTSHARE_SPLIT_ROUND_EACH && tabs % unit != 0) || fabs % unit != 0 ||
        fabs > tabs || (o->fixed != 0 && (o->fixed < 0) != (total < 0))) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

/* Everything about a checked split that the passes need, including the
 * kind of floors and keys: the cheapest one that is exact for its inputs. */
static void split_ctx_init(struct split_ctx *c, int64_t total, const int64_t *weights,
                           size_t count, const costshare_split_options *o, uint64_t wsum,
                           uint64_t wmax) {
    const uint64_t unit = (uint64_t)o->unit, f = cs_abs_u64(o->fixed) / unit;
    c->weights = weights;
    c->count = count;
    c->negative = total < 0;
    c->unit = unit;
    c->t = cs_abs_u64(total) / unit;
    c->wsum = wsum;
    c->wmax = wmax;
    c->q0 = c->t / wsum;
    c->r0 = c->t % wsum;
    c->n64 = (uint64_t)count;
    c->eq_q = f / c->n64;
    c->eq_r = f % c->n64;
    c->rest = c->t - f;
    c->nw = cs_mul_u64(c->n64, wsum);
    c->kind = o->fixed != 0 ? KIND_MIXED : KIND_PLAIN;
    c->fmul = 0;
    if (c->kind == KIND_PLAIN && cs_mul_u64(wmax, wsum).hi == 0) {
        uint64_t rem;
        cs_u128 num;
        num.hi = c->r0; /* r0 < W */
        num.lo = 0;
        c->kind = KIND_FIXED;
        c->fmul = cs_divmod_u128(num, wsum, &rem) + 1u; /* <= 2^64 - 1 as W >= 2 or r0 = 0 */
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
     * ups - (t - sum), magnitude below count. */
    return (int64_t)ups - (int64_t)(c->t - sum);
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
                                    size_t buf[SEL_BUCKETS]) {
    /* The largest ranking key: any 64 bits for KIND_FIXED, a remainder
     * below W for KIND_PLAIN, d + W below 2 W for KIND_MIXED. */
    const uint64_t kmax = c->kind == KIND_FIXED   ? UINT64_MAX
                          : c->kind == KIND_PLAIN ? c->wsum - 1u
                                                  : 2u * c->wsum - 1u;
    const int bits = first_bits(c->count);
    const int shift = shift_for(kmax, bits);
    size_t i;
    uint64_t sum;
    /* All of it, though only 2^bits buckets are used: cheap (vector
     * stores), and plainly no read of an uninitialised count. */
    for (i = 0; i < SEL_BUCKETS; i++) {
        buf[i] = 0;
    }
    sum = first_pass(c, shares, buf, shift);
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

int costshare_split_ex(int64_t total, const int64_t *weights, size_t count,
                       const costshare_split_options *options, int64_t *shares,
                       int64_t *residual) {
    static const costshare_split_options defaults = COSTSHARE_SPLIT_OPTIONS_INIT;
    const costshare_split_options *o = options != NULL ? options : &defaults;
    struct split_ctx c;
    /* The largest remainder's only memory. Here rather than in
     * split_largest_remainder, so that the compiler inlines that (it does not
     * inline a function with a frame this large): a call less per split. */
    size_t buf[SEL_BUCKETS];
    uint64_t wsum = 0, wmax = 0;
    int rc = check_arguments(total, weights, count, o, shares, residual);
    if (rc == COSTSHARE_OK) {
        rc = check_weights(weights, count, &wsum, &wmax);
    }
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    split_ctx_init(&c, total, weights, count, o, wsum, wmax);
    if (o->method == COSTSHARE_SPLIT_ROUND_EACH) {
        return split_round_each(&c, shares, residual);
    }
    split_largest_remainder(&c, shares, buf);
    if (residual != NULL) {
        /* sum(shares) - total: the part of |total| below one unit that was
         * not split (0 when the total is a whole multiple of the unit). It is
         * less than the unit, so it fits. */
        int64_t left = (int64_t)(cs_abs_u64(total) % c.unit);
        *residual = c.negative ? left : -left;
    }
    return COSTSHARE_OK;
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
 * Nested split (costshare_split_nested): the groups' parts are
 * costshare_split_ex() of the total; each part is then split among the
 * group's parties, which lie anywhere in the party arrays, by the same
 * method over a subset (hamilton.h), so no copy of them is needed.
 */
#include "check.h"
#include "hamilton.h"

struct nested_group {
    const uint32_t *groups;
    const int64_t *weights;
    size_t group;
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
    rc = first_weight_error(check_weights(group_weights, group_count, &gsum, &gmax),
                            check_weights(party_weights, party_count, &psum, &pmax));
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
    (void)costshare_split_ex(total, group_weights, group_count, NULL, group_shares, NULL);
    for (g = 0; g < group_count; g++) {
        struct nested_group ctx;
        struct cs_ham h;
        uint64_t wsum = 0;
        ctx.groups = party_groups;
        ctx.weights = party_weights;
        ctx.group = g;
        for (i = 0; i < party_count; i++) {
            if ((size_t)party_groups[i] == g) {
                wsum += (uint64_t)party_weights[i]; /* at most the checked sum */
                party_shares[i] = 0;                /* a group of weight 0 ends here */
            }
        }
        if (wsum == 0) {
            continue;
        }
        cs_ham_init(&h, party_count, nested_member, &ctx, nested_emit, party_shares,
                    group_shares[g], wsum);
        cs_ham_split(&h);
    }
    return COSTSHARE_OK;
}
