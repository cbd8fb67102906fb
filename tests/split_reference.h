/*
 * The exact split reference of the C tests and the fuzz harness
 * (tests/test_split.c, fuzz/fuzz_split.c): what costshare_split_ex() must
 * write, computed from the definitions in include/costshare/split.h with
 * plain 128-bit integers and a full sort. Nothing here is shared with the
 * library's code.
 *
 * With u the unit, t = |total| / u, f = |fixed| / u and r = t - f, party i's
 * quota in units is q_i = f / n + r w_i / W. Writing f = a n + b and
 * r w_i = c_i W + d_i (0 <= b < n, 0 <= d_i < W),
 *
 *     q_i = a + c_i + x_i / (n W),    x_i = b W + d_i n < 2 n W,
 *
 * so floor(q_i) = a + c_i, plus 1 when x_i >= n W, and the fraction of q_i
 * times n W is x_i, less n W in that case: exact in 128 bits for every
 * argument the library accepts (n W < 2^127).
 *
 * Needs __int128 (GCC, Clang on 64-bit targets): include it only where
 * __SIZEOF_INT128__ is defined, after "costshare.h".
 */
#ifndef COSTSHARE_SPLIT_REFERENCE_H
#define COSTSHARE_SPLIT_REFERENCE_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

__extension__ typedef __int128 ref_i128;
__extension__ typedef unsigned __int128 ref_u128;

/* Room for the reference's work on n parties: three arrays of at least n
 * entries each, supplied by the caller. */
typedef struct {
    uint64_t *units; /* floor(q_i), then the share in units */
    ref_u128 *frac;  /* the fraction of q_i, times n W */
    size_t *order;   /* the parties, best rank first */
} split_ref_work;

static inline ref_u128 ref_abs(int64_t v) {
    return (ref_u128)(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
}

/* The ranking of the largest remainder, for qsort (which takes no context). */
static const ref_u128 *ref_rank_frac;
static const int64_t *ref_rank_weights;

/* Larger fraction first, then larger weight, then lower index. */
static inline int ref_rank_compare(const void *pa, const void *pb) {
    const size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    if (ref_rank_frac[a] != ref_rank_frac[b]) {
        return ref_rank_frac[a] > ref_rank_frac[b] ? -1 : 1;
    }
    if (ref_rank_weights[a] != ref_rank_weights[b]) {
        return ref_rank_weights[a] > ref_rank_weights[b] ? -1 : 1;
    }
    return a < b ? -1 : 1;
}

/*
 * Writes to out[0 .. n) the shares costshare_split_ex(total, w, n, o, ...)
 * must write (o NULL: the defaults), for arguments it accepts, and returns
 * the residual sum(shares) - total. For the legacy method the residual may
 * not fit in int64_t; the library then refuses when it is asked for.
 */
static inline ref_i128 split_reference(int64_t total, const int64_t *w, size_t n,
                                       const costshare_split_options *o,
                                       const split_ref_work *work, int64_t *out) {
    const int64_t unit = o != NULL ? o->unit : 1;
    const int32_t method = o != NULL ? o->method : COSTSHARE_SPLIT_LARGEST_REMAINDER;
    const ref_u128 t = ref_abs(total) / (ref_u128)(uint64_t)unit;
    const ref_u128 f = ref_abs(o != NULL ? o->fixed : 0) / (ref_u128)(uint64_t)unit, r = t - f;
    ref_u128 wsum = 0, nw, a, b, floors = 0;
    ref_i128 sum = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        wsum += (ref_u128)(uint64_t)w[i];
    }
    nw = (ref_u128)n * wsum;
    a = f / n;
    b = f % n;
    for (i = 0; i < n; i++) {
        const ref_u128 p = r * (ref_u128)(uint64_t)w[i];
        ref_u128 x = b * wsum + (p % wsum) * n;
        ref_u128 fl = a + p / wsum;
        if (x >= nw) {
            x -= nw;
            fl++;
        }
        work->units[i] = (uint64_t)fl;
        work->frac[i] = x;
        work->order[i] = i;
        floors += fl;
    }
    if (method == COSTSHARE_SPLIT_ROUND_EACH) {
        /* Each quota to the nearest unit, a half up (on |total|). */
        for (i = 0; i < n; i++) {
            work->units[i] += 2 * work->frac[i] >= nw ? 1u : 0u;
        }
    } else {
        /* The t - sum(floors) units left go to the best ranked parties. */
        const size_t left = (size_t)(t - floors);
        ref_rank_frac = work->frac;
        ref_rank_weights = w;
        qsort(work->order, n, sizeof work->order[0], ref_rank_compare);
        for (i = 0; i < left; i++) {
            work->units[work->order[i]]++;
        }
    }
    for (i = 0; i < n; i++) {
        const ref_i128 v = (ref_i128)work->units[i] * unit;
        out[i] = (int64_t)(total < 0 ? -v : v);
        sum += total < 0 ? -v : v;
    }
    return sum - total;
}

#endif /* COSTSHARE_SPLIT_REFERENCE_H */
