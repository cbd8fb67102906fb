/*
 * ns per party for costshare_split() against a memcpy of the same bytes
 * (n * 8 bytes in, n * 8 bytes out), by default from 10^2 to 10^7 parties.
 *
 * Weights are populations drawn uniformly from 1..10^6 (fixed seed); the
 * total is 123 456 789 012 345 (a large amount in öre). Each size runs for
 * at least ~0.2 s; the best of 5 rounds is reported (the least disturbed).
 *
 *   bench_split [max_exponent]   10^2 .. 10^max_exponent parties (default 7)
 *   bench_split -n N...          the given numbers of parties, e.g. -n 13 290 1000000
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"

static uint64_t rng_state = BENCH_RNG_SEED;
static uint64_t rng(void) {
    return bench_rng(&rng_state);
}

/* Times costshare_split() and memcpy on the first n parties and prints a row. */
static int bench_parties(size_t n, const int64_t *w, int64_t *s, int64_t *copy) {
    const int64_t total = INT64_C(123456789012345);
    double best_split = 1e300, best_copy = 1e300;
    long reps = (long)(2e7 / (double)n) + 1, r;
    int round;
    volatile int64_t sink = 0;
    for (round = 0; round < 5; round++) {
        double t0 = now_ns(), t1;
        for (r = 0; r < reps; r++) {
            if (costshare_split(total, w, n, s) != COSTSHARE_OK) {
                fprintf(stderr, "bench_split: split failed\n");
                return 1;
            }
            sink += s[r % (long)n];
        }
        t1 = now_ns();
        if ((t1 - t0) / (double)reps / (double)n < best_split) {
            best_split = (t1 - t0) / (double)reps / (double)n;
        }
        t0 = now_ns();
        for (r = 0; r < reps; r++) {
            memcpy(copy, w, n * sizeof *w);
            sink += copy[r % (long)n];
        }
        t1 = now_ns();
        if ((t1 - t0) / (double)reps / (double)n < best_copy) {
            best_copy = (t1 - t0) / (double)reps / (double)n;
        }
    }
    printf("%10lu %12.3f %12.3f %8.2f\n", (unsigned long)n, best_split, best_copy,
           best_split / best_copy);
    return sink == 42 ? 2 : 0;
}

int main(int argc, char **argv) {
    size_t sizes[32], nsizes = 0, n_max = 1, i;
    int64_t *w, *s, *copy;
    int rc = 0;

    if (argc > 1 && strcmp(argv[1], "-n") == 0) {
        for (i = 2; i < (size_t)argc && nsizes < 32; i++) {
            long v = atol(argv[i]);
            if (v < 1 || v > 1000000000L) {
                fprintf(stderr, "bench_split: a number of parties must be 1..10^9\n");
                return 1;
            }
            sizes[nsizes++] = (size_t)v;
        }
    } else {
        int max_exp = argc > 1 ? atoi(argv[1]) : 7, e;
        size_t n = 100;
        if (max_exp < 2 || max_exp > 9) {
            fprintf(stderr, "bench_split: max_exponent must be 2..9\n");
            return 1;
        }
        for (e = 2; e <= max_exp; e++, n *= 10) {
            sizes[nsizes++] = n;
        }
    }
    if (nsizes == 0) {
        fprintf(stderr, "bench_split: -n needs at least one number of parties\n");
        return 1;
    }
    for (i = 0; i < nsizes; i++) {
        n_max = sizes[i] > n_max ? sizes[i] : n_max;
    }
    w = malloc(n_max * sizeof *w);
    s = malloc(n_max * sizeof *s);
    copy = malloc(n_max * sizeof *copy);
    if (w == NULL || s == NULL || copy == NULL) {
        fprintf(stderr, "bench_split: out of memory\n");
        return 1;
    }
    for (i = 0; i < n_max; i++) {
        w[i] = 1 + (int64_t)(rng() % 1000000u);
    }
    memset(s, 0, n_max * sizeof *s);
    memset(copy, 0, n_max * sizeof *copy);

    printf("%10s %12s %12s %8s\n", "parties", "split ns/p", "memcpy ns/p", "ratio");
    for (i = 0; i < nsizes && rc == 0; i++) {
        rc = bench_parties(sizes[i], w, s, copy);
    }
    free(w);
    free(s);
    free(copy);
    return rc;
}
