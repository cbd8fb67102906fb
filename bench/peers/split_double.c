/*
 * The peer for costshare_split() in scripts/bench-peers.sh: the same method
 * (largest remainder / Hamilton; ties to the larger weight, then the lower
 * index) written the way it usually is, in double precision.
 *
 *   quota_i = T * w_i / W   (one double multiply and divide)
 *   floor_i = floor(quota_i), remainder_i = quota_i - floor_i
 *   k = T - sum(floor_i) leftover units, one each to the k largest remainders
 *
 * Two ways to find the k largest remainders, both given a caller-owned
 * scratch array of n (remainder, index) pairs allocated once outside the
 * timed loop (which favours this version: a real one would allocate per
 * call):
 *
 *   split_double_sort:   the obvious one, qsort() of all n pairs, O(n log n).
 *   split_double_select: O(n) expected, quickselect (Hoare partition,
 *                        median of three) of the k-th largest, no sort.
 *
 * Not exact: the quota is rounded to 53 bits, so when W is large a
 * remainder loses its low digits and near-equal remainders can come out in
 * the wrong order (the bench counts the shares that differ from
 * costshare_split). The sum of the shares is still T, since k is computed
 * in integers from the floors.
 */
#include "split_double.h"

#include <math.h>
#include <stdlib.h>

/* Whether a ranks before b: larger remainder, then larger weight, then lower
 * index. */
static int ranks_before(const struct split_double_item *a, const struct split_double_item *b,
                        const int64_t *weights) {
    if (a->rem != b->rem) {
        return a->rem > b->rem;
    }
    if (weights[a->idx] != weights[b->idx]) {
        return weights[a->idx] > weights[b->idx];
    }
    return a->idx < b->idx;
}

/* qsort() has no context argument in C99; the weights for the comparator. */
static const int64_t *sort_weights;

static int compare_items(const void *pa, const void *pb) {
    const struct split_double_item *a = pa, *b = pb;
    if (ranks_before(a, b, sort_weights)) {
        return -1;
    }
    return ranks_before(b, a, sort_weights) ? 1 : 0;
}

/* Floors into shares[], (remainder, index) pairs into items[]; returns k. */
static int64_t floors(int64_t total, const int64_t *weights, size_t n, int64_t *shares,
                      struct split_double_item *items) {
    double wsum = 0.0, t = (double)total;
    int64_t sum = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        wsum += (double)weights[i];
    }
    for (i = 0; i < n; i++) {
        double q = t * (double)weights[i] / wsum;
        double f = floor(q);
        shares[i] = (int64_t)f;
        sum += shares[i];
        items[i].rem = q - f;
        items[i].idx = i;
    }
    return total - sum;
}

int split_double_sort(int64_t total, const int64_t *weights, size_t n, int64_t *shares,
                      struct split_double_item *items) {
    int64_t k = floors(total, weights, n, shares, items), j;
    if (k < 0 || (uint64_t)k > n) {
        return -1;
    }
    sort_weights = weights;
    qsort(items, n, sizeof *items, compare_items);
    for (j = 0; j < k; j++) {
        shares[items[j].idx]++;
    }
    return 0;
}

static void swap(struct split_double_item *a, struct split_double_item *b) {
    struct split_double_item t = *a;
    *a = *b;
    *b = t;
}

/* Rearranges v[0..n) so that v[0..k) are the k best (in no order). */
static void select_best(struct split_double_item *v, size_t n, size_t k, const int64_t *w) {
    size_t lo = 0, hi = n; /* the k-th best lies in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2, i, j;
        struct split_double_item pivot;
        /* Median of three into v[lo]. */
        if (ranks_before(&v[mid], &v[lo], w)) {
            swap(&v[mid], &v[lo]);
        }
        if (ranks_before(&v[hi - 1], &v[lo], w)) {
            swap(&v[hi - 1], &v[lo]);
        }
        if (ranks_before(&v[hi - 1], &v[mid], w)) {
            swap(&v[hi - 1], &v[mid]);
        }
        swap(&v[lo], &v[mid]);
        pivot = v[lo];
        /* Hoare partition around the pivot. */
        i = lo;
        j = hi;
        for (;;) {
            do {
                i++;
            } while (i < hi && ranks_before(&v[i], &pivot, w));
            do {
                j--;
            } while (ranks_before(&pivot, &v[j], w));
            if (i >= j) {
                break;
            }
            swap(&v[i], &v[j]);
        }
        swap(&v[lo], &v[j]);
        /* v[lo..j) rank before the pivot at j, v(j..hi) after it. */
        if (j == k || j + 1 == k) {
            return;
        }
        if (k < j) {
            hi = j;
        } else {
            lo = j + 1;
        }
    }
}

int split_double_select(int64_t total, const int64_t *weights, size_t n, int64_t *shares,
                        struct split_double_item *items) {
    int64_t k = floors(total, weights, n, shares, items), j;
    if (k < 0 || (uint64_t)k > n) {
        return -1;
    }
    if (k > 0 && (size_t)k < n) {
        select_best(items, n, (size_t)k, weights);
    }
    for (j = 0; j < k; j++) {
        shares[items[j].idx]++;
    }
    return 0;
}
