/*
 * Internal: the largest-remainder (Hamilton) method among the parties that a
 * membership function selects, with no memory but one fixed stack buffer.
 *
 * costshare_split() works on one contiguous array of weights. The nested
 * split (a group's members are scattered over the party array) and the
 * invoice run (the members present in one segment, or the segments of a
 * period) need the same split among a subset that is described, not stored:
 * member(ctx, i, &w) says whether party i takes part and with which weight.
 * The result is exactly costshare_split() of the same total among the
 * members alone, shares and tie rule included: each member gets
 * floor(t * w / W), then the k units left over go one each to the largest
 * remainders t * w mod W, ties to the larger weight, then the lower index
 * (all remainders share the denominator W, so they compare exactly).
 *
 * The k-th best remainder is found as in split.c, by radix selection: a
 * histogram of 8 bits of the key at a time over the members still in the
 * range narrows it until the members left in it fit in the buffer (then a
 * heapsort of at most CS_HAM_BUCKETS of them decides), every member of the
 * range wins, or the key is resolved (then the weight is the key, and last
 * the index). Every pass is O(n); there are at most 8 passes for the
 * remainder and 8 for the weight, usually one. Stack: CS_HAM_BUCKETS size_t
 * (cs_ham_split), or a smaller buffer of the caller's with fewer bits a pass
 * (cs_ham_split_in: the nested split's groups).
 *
 * Everything is static inline: nothing here is exported.
 */
#ifndef COSTSHARE_HAMILTON_H
#define COSTSHARE_HAMILTON_H

#include <stddef.h>
#include <stdint.h>

#include "arith.h"

#define CS_HAM_BITS 8
#define CS_HAM_BUCKETS ((size_t)1 << CS_HAM_BITS)

/* 1 and the weight (0 to INT64_MAX) in *w when party i takes part, else 0
 * (*w then untouched). The loops below hold w across their iterations,
 * set once before them, so that a static analyser sees it initialised. */
typedef int (*cs_ham_member_fn)(const void *ctx, size_t i, uint64_t *w);
/* Receives the share of member i (each member exactly once). */
typedef void (*cs_ham_emit_fn)(void *ctx, size_t i, int64_t share);

struct cs_ham {
    size_t count; /* parties 0 .. count - 1, members or not */
    cs_ham_member_fn member;
    const void *member_ctx;
    cs_ham_emit_fn emit;
    void *emit_ctx;
    uint64_t t;    /* |total|, at most 2^63 */
    uint64_t wsum; /* the members' weights added up: 1 to INT64_MAX */
    int negative;  /* the total is negative: every share is negated */
    /* t * W < 2^64, so every t * w fits in 64 bits and is divided by the
     * reciprocal rd of W (arith.h) instead of a 128/64 division (a cost in
     * öre times a population: the common case). */
    int small;
    cs_divu64 rd;
};

/* Fills *h for a split of total among the members (their weights adding up
 * to wsum, 1 to INT64_MAX) of parties 0 .. count - 1. */
static inline void cs_ham_init(struct cs_ham *h, size_t count, cs_ham_member_fn member,
                               const void *member_ctx, cs_ham_emit_fn emit, void *emit_ctx,
                               int64_t total, uint64_t wsum) {
    h->count = count;
    h->member = member;
    h->member_ctx = member_ctx;
    h->emit = emit;
    h->emit_ctx = emit_ctx;
    h->t = cs_abs_u64(total);
    h->wsum = wsum;
    h->negative = total < 0;
    h->small = cs_mul_u64(h->t, wsum).hi == 0;
    h->rd = cs_divu64_init(wsum);
}

enum { CS_HAM_BELOW = 0, CS_HAM_ABOVE = 1, CS_HAM_CAND = 2 };

/* The threshold: at level 0 the remainder is narrowed to [lo, hi]; at
 * level 1 the remainder is rem and the weight is narrowed to [lo, hi]; at
 * level 2 the remainder is rem, the weight wt, and the indices up to idx
 * win. A range with lo > hi has no candidates: "above" is then ">= lo". */
struct cs_ham_sel {
    int level;
    uint64_t lo, hi, rem, wt;
    size_t idx;
};

/* The two's complement int64_t with the magnitude u (at most 2^63), negated
 * for a credit, without an implementation-defined conversion. */
static inline int64_t cs_ham_share(uint64_t u, int negative) {
    uint64_t v = negative ? (uint64_t)0 - u : u;
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

/* floor(t * w / W) and the remainder. t * w < 2^64 * W since t <= 2^63 and
 * w <= W, so the quotient fits. */
static inline uint64_t cs_ham_floor(const struct cs_ham *h, uint64_t w, uint64_t *rem) {
    if (h->small) {
        uint64_t x = h->t * w, q = cs_divu64_div(&h->rd, x);
        *rem = x - q * h->wsum;
        return q;
    }
    return cs_divmod_u128(cs_mul_u64(h->t, w), h->wsum, rem);
}

static inline int cs_ham_classify(const struct cs_ham_sel *s, size_t i, uint64_t rem,
                                  uint64_t w) {
    if (s->level == 0) {
        return rem > s->hi ? CS_HAM_ABOVE : rem < s->lo ? CS_HAM_BELOW : CS_HAM_CAND;
    }
    if (rem != s->rem) {
        return rem > s->rem ? CS_HAM_ABOVE : CS_HAM_BELOW;
    }
    if (s->level == 1) {
        return w > s->hi ? CS_HAM_ABOVE : w < s->lo ? CS_HAM_BELOW : CS_HAM_CAND;
    }
    if (w != s->wt) {
        return w > s->wt ? CS_HAM_ABOVE : CS_HAM_BELOW;
    }
    return i <= s->idx ? CS_HAM_ABOVE : CS_HAM_BELOW;
}

/* A candidate listed in the buffer: a party index, below count. The check
 * changes nothing; it shows the bound to a static analyser, which sees the
 * buffer's earlier contents (the histogram's counts) too. */
static inline size_t cs_ham_cand(const struct cs_ham *h, size_t v) {
    return v < h->count ? v : 0;
}

/* Whether candidate a ranks before candidate b for a leftover unit. */
static inline int cs_ham_before(const struct cs_ham *h, size_t a, size_t b) {
    uint64_t wa = 0, wb = 0, ra, rb;
    a = cs_ham_cand(h, a);
    b = cs_ham_cand(h, b);
    (void)h->member(h->member_ctx, a, &wa);
    (void)h->member(h->member_ctx, b, &wb);
    (void)cs_ham_floor(h, wa, &ra);
    (void)cs_ham_floor(h, wb, &rb);
    if (ra != rb) {
        return ra > rb;
    }
    if (wa != wb) {
        return wa > wb;
    }
    return a < b;
}

/* Restores the heap below root in v[0 .. n): the worst member on top. The
 * members are distinct and cs_ham_before() orders them strictly, so the
 * worse child is the one to swap with. At most CS_HAM_BUCKETS of them: 8
 * levels, which the analysis (scripts/prove.sh) follows one by one. */
static inline void cs_ham_sift(const struct cs_ham *h, size_t *v, size_t root, size_t n) {
    //@ loop unroll 9;
    for (;;) {
        size_t child = 2 * root + 1, right = child + 1, tmp;
        if (child >= n) {
            return;
        }
        if (right < n && cs_ham_before(h, v[child], v[right])) {
            child = right;
        }
        if (!cs_ham_before(h, v[root], v[child])) {
            return;
        }
        tmp = v[root];
        v[root] = v[child];
        v[child] = tmp;
        root = child;
    }
}

/* Sorts v[0 .. m) best first: a heapsort (no recursion, no memory). */
static inline void cs_ham_sort(const struct cs_ham *h, size_t *v, size_t m) {
    size_t i;
    for (i = m / 2; i > 0; i--) {
        cs_ham_sift(h, v, i - 1, m);
    }
    for (i = m; i > 1; i--) {
        size_t tmp = v[0];
        v[0] = v[i - 1];
        v[i - 1] = tmp;
        cs_ham_sift(h, v, 0, i - 1);
    }
}

/* The histogram hist[0 .. mask] of the members still in the range: their key
 * (remainder at level 0, weight at level 1) minus lo, shifted right by shift
 * (so below mask + 1: the mask changes nothing and shows a static analyser
 * the bound). */
static inline void cs_ham_histogram(const struct cs_ham *h, const struct cs_ham_sel *s,
                                    size_t *hist, size_t mask, int shift) {
    size_t i;
    uint64_t w = 0, rem;
    /* At most CS_HAM_BUCKETS: the analysis (scripts/prove.sh) sees each
     * bucket written. */
    //@ loop unroll 256;
    for (i = 0; i <= mask; i++) {
        hist[i] = 0;
    }
    for (i = 0; i < h->count; i++) {
        if (h->member(h->member_ctx, i, &w)) {
            (void)cs_ham_floor(h, w, &rem);
            if (cs_ham_classify(s, i, rem, w) == CS_HAM_CAND) {
                hist[(((s->level == 0 ? rem : w) - s->lo) >> shift) & mask]++;
            }
        }
    }
}

/* The split, of an *h from cs_ham_init(), with buf[0 .. 2^bits) as its only
 * memory (bits 1 to CS_HAM_BITS; fewer bits, more passes when many members
 * share a bucket). Preconditions (the caller has checked them): every
 * member's weight is at most INT64_MAX and they add up to wsum >= 1. */
static inline void cs_ham_split_in(const struct cs_ham *h, size_t *buf, int bits) {
    const size_t nb = (size_t)1 << bits, mask = nb - 1u;
    struct cs_ham_sel s;
    uint64_t sum = 0, k, w = 0, rem;
    size_t i, j, m = 0;

    for (i = 0; i < h->count; i++) {
        if (h->member(h->member_ctx, i, &w)) {
            sum += cs_ham_floor(h, w, &rem);
        }
    }
    /* The floors add up to at most t; k is less than the number of members
     * with a non-zero remainder (the remainders add up to k W). */
    k = h->t - sum;
    if (k == 0) {
        /* Every remainder is 0 (they add up to k W): each floor is its
         * member's share. */
        for (i = 0; i < h->count; i++) {
            if (h->member(h->member_ctx, i, &w)) {
                h->emit(h->emit_ctx, i, cs_ham_share(cs_ham_floor(h, w, &rem), h->negative));
            }
        }
        return;
    }
    s.level = 0;
    s.lo = 0;
    s.hi = h->wsum - 1u;
    s.rem = 0;
    s.wt = 0;
    s.idx = 0;
    j = (size_t)k;
    /* j >= 1 (k < count) at first and after every narrowing, so the loop
     * runs until a break; written so, a static analyser sees the buffer
     * written before the last pass reads it. */
    for (;;) {
        const uint64_t span = s.hi - s.lo;
        const int d = cs_bitlen64(span) - bits;
        const int shift = d > 0 ? d : 0;
        /* span >> shift < nb: the mask changes nothing (see the histogram) */
        size_t b = (size_t)(span >> shift) & mask, acc = 0, cnt;
        uint64_t lo, hi;
        cs_ham_histogram(h, &s, buf, mask, shift);
        /* The bucket of the j-th best candidate from the top; it exists,
         * since 1 <= j < the candidates in the range (at first j = k; then
         * the loop goes on only with j < cnt). So the scan stops at bucket 0
         * at the latest (b > 0 shows that to a static analyser). */
        while (b > 0 && acc + buf[b] < j) {
            acc += buf[b];
            b--;
        }
        cnt = buf[b];
        j -= acc;
        lo = s.lo + ((uint64_t)b << shift);
        hi =
            s.hi - lo > ((uint64_t)1 << shift) - 1u ? lo + (((uint64_t)1 << shift) - 1u) : s.hi;
        s.lo = lo;
        s.hi = hi;
        if (cnt <= nb) {
            break; /* the last pass lists them, a sort decides */
        }
        if (j == cnt) {
            /* Every candidate of the bucket wins. lo > 0: b is not the
             * lowest bucket, or j would be every candidate of the range. */
            s.hi = lo - 1u;
            break;
        }
        if (lo == hi) {
            if (s.level == 0) {
                s.level = 1;
                s.rem = lo;
                s.lo = 0;
                s.hi = h->wsum; /* every weight is at most W */
                continue;
            }
            /* Remainder and weight resolved: the j lowest indices of the
             * cnt > j candidates with them win (the j-th lies below count,
             * which bounds the loop only for a static analyser). */
            s.level = 2;
            s.wt = lo;
            for (i = 0; i < h->count; i++) {
                if (h->member(h->member_ctx, i, &w)) {
                    (void)cs_ham_floor(h, w, &rem);
                    if (rem == s.rem && w == s.wt && --j == 0) {
                        break;
                    }
                }
            }
            s.idx = i;
            break;
        }
    }

    /* The last pass: the floor, one unit more above the threshold, and the
     * candidates listed for the sort. Only a range left by the break for a
     * bucket that fits the buffer has candidates (the other ways out leave
     * an empty range, or a threshold without one at level 2). */
    for (i = 0; i < h->count; i++) {
        uint64_t fl;
        int cls;
        if (!h->member(h->member_ctx, i, &w)) {
            continue;
        }
        fl = cs_ham_floor(h, w, &rem);
        cls = cs_ham_classify(&s, i, rem, w);
        /* At most nb candidates (cnt <= nb above): the mask changes nothing
         * and shows a static analyser the buffer's bound. */
        if (cls == CS_HAM_CAND) {
            buf[m++ & mask] = i;
            continue;
        }
        h->emit(h->emit_ctx, i,
                cs_ham_share(fl + (cls == CS_HAM_ABOVE ? 1u : 0u), h->negative));
    }
    m = m < nb ? m : nb; /* as above */
    if (m > 0) {
        cs_ham_sort(h, buf, m);
        for (i = 0; i < m; i++) {
            const size_t p = cs_ham_cand(h, buf[i]);
            uint64_t fl;
            (void)h->member(h->member_ctx, p, &w);
            fl = cs_ham_floor(h, w, &rem);
            h->emit(h->emit_ctx, p, cs_ham_share(fl + (i < j ? 1u : 0u), h->negative));
        }
    }
}

/* cs_ham_split_in() with a buffer of CS_HAM_BUCKETS on the stack. */
static inline void cs_ham_split(const struct cs_ham *h) {
    size_t buf[CS_HAM_BUCKETS];
    cs_ham_split_in(h, buf, CS_HAM_BITS);
}

#endif /* COSTSHARE_HAMILTON_H */
