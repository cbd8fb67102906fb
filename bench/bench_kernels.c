/*
 * bench_kernels: costshare_split() with each kernel set this CPU runs
 * (portable C, AVX2, AVX-512F; lib/split_kernels.h), against a memcpy of
 * the same bytes (n * 8 read, n * 8 written), in interleaved rounds.
 *
 *   bench_kernels [-r ROUNDS] N...   default N = 1000000, 15 rounds
 *
 * Two sets of weights, timed in the same rounds: populations 1..10^6
 * (distinct, as bench_split) and 1..50 (many ties), with bench_split's
 * total. Each line gives ns per party, best and median of the rounds, the
 * ratio of the best time to memcpy's best, and for the tied weights the
 * ratio to the distinct ones with the same kernels. Linked with the static
 * library: the kernels are chosen here, not by the loader.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "bench_common.h"
#include "split_kernels.h"

#define ROUNDS_MAX 101
#define SETS 2 /* distinct, tied */

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    const int64_t total = INT64_C(123456789012345);
    static double t[1 + 3 * SETS][ROUNDS_MAX]; /* memcpy, then kernel x set */
    size_t sizes[32], nsizes = 0, n_max = 0, si, i;
    int rounds = 15, a, k, set;
    uint64_t rng = BENCH_RNG_SEED;
    int64_t *w[SETS], *s, *copy;
    volatile int64_t sink = 0;
    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "-r") == 0 && a + 1 < argc) {
            rounds = atoi(argv[++a]);
        } else if (nsizes < 32 && atol(argv[a]) > 0) {
            sizes[nsizes++] = (size_t)atol(argv[a]);
        } else {
            fprintf(stderr, "usage: bench_kernels [-r ROUNDS] N...\n");
            return 1;
        }
    }
    if (rounds < 1 || rounds > ROUNDS_MAX) {
        fprintf(stderr, "bench_kernels: rounds must be 1..%d\n", ROUNDS_MAX);
        return 1;
    }
    if (nsizes == 0) {
        sizes[nsizes++] = 1000000;
    }
    for (si = 0; si < nsizes; si++) {
        n_max = sizes[si] > n_max ? sizes[si] : n_max;
    }
    w[0] = malloc(n_max * sizeof *w[0]);
    w[1] = malloc(n_max * sizeof *w[1]);
    s = malloc(n_max * sizeof *s);
    copy = malloc(n_max * sizeof *copy);
    if (w[0] == NULL || w[1] == NULL || s == NULL || copy == NULL) {
        fprintf(stderr, "bench_kernels: out of memory\n");
        return 1;
    }
    for (i = 0; i < n_max; i++) {
        w[0][i] = 1 + (int64_t)(bench_rng(&rng) % 1000000u);
    }
    for (i = 0; i < n_max; i++) {
        w[1][i] = 1 + (int64_t)(bench_rng(&rng) % 50u);
    }
    memset(s, 0, n_max * sizeof *s);
    memset(copy, 0, n_max * sizeof *copy);
    printf("# %d interleaved rounds; the library chose %s on this CPU\n", rounds,
           cs_split_kernel_chosen());
    printf("%10s %-9s %-9s %10s %10s %8s %8s\n", "parties", "kernels", "weights", "best ns/p",
           "median", "x memcpy", "x dist.");
    for (si = 0; si < nsizes; si++) {
        const size_t n = sizes[si];
        const long reps = (long)(2e7 / (double)n) + 1;
        int r;
        for (r = 0; r < rounds; r++) {
            long rep;
            double t0 = now_ns();
            for (rep = 0; rep < reps; rep++) {
                memcpy(copy, w[0], n * sizeof *copy);
                sink += copy[(size_t)rep % n];
            }
            t[0][r] = (now_ns() - t0) / (double)reps / (double)n;
            for (k = 0; k < cs_split_kernel_count() && k < 3; k++) {
                if (!cs_split_kernel_usable(k)) {
                    continue;
                }
                for (set = 0; set < SETS; set++) {
                    t0 = now_ns();
                    for (rep = 0; rep < reps; rep++) {
                        if (cs_split_ex_kernel(k, 1, total, w[set], n, NULL, s, NULL) !=
                            COSTSHARE_OK) {
                            fprintf(stderr, "bench_kernels: split failed\n");
                            return 1;
                        }
                        sink += s[(size_t)rep % n];
                    }
                    t[1 + SETS * k + set][r] = (now_ns() - t0) / (double)reps / (double)n;
                }
            }
        }
        qsort(t[0], (size_t)rounds, sizeof t[0][0], cmp_double);
        printf("%10lu %-9s %-9s %10.3f %10.3f %8.2f\n", (unsigned long)n, "memcpy", "-",
               t[0][0], t[0][rounds / 2], 1.0);
        for (k = 0; k < cs_split_kernel_count() && k < 3; k++) {
            if (!cs_split_kernel_usable(k)) {
                continue;
            }
            for (set = 0; set < SETS; set++) {
                double *v = t[1 + SETS * k + set];
                qsort(v, (size_t)rounds, sizeof v[0], cmp_double);
                printf("%10lu %-9s %-9s %10.3f %10.3f %8.2f", (unsigned long)n,
                       cs_split_kernel_name(k), set == 0 ? "distinct" : "1..50", v[0],
                       v[rounds / 2], v[0] / t[0][0]);
                if (set == 1) {
                    printf(" %8.2f", v[0] / t[1 + SETS * k][0]);
                }
                printf("\n");
            }
        }
    }
    free(w[0]);
    free(w[1]);
    free(s);
    free(copy);
    return sink == 42 ? 2 : 0;
}
