/*
 * bench_batch: ns per element of each batch function (*_batch) against a
 * loop of its single call over the same dates with the same arguments.
 *
 *   bench_batch [elements [rounds]]   default 4096 elements (the arrays stay
 *                                     in the L1 cache), 21 rounds
 *
 * Under valgrind --tool=callgrind, `bench_batch 4096 1` counts the
 * instructions of each function (callgrind_annotate --inclusive=yes).
 *
 * Dates are pseudo-random (fixed seed) in 1991-01-01 .. 2099-12-31 (a
 * latest notice day with the 2 § deadline must not fall before 1990). Both
 * sides write every result to an array, and each round runs the single loop
 * and the batch one after the other (interleaved, so a busy machine slows
 * both alike); each line gives the best and the median of the rounds and
 * the ratio of the best times (batch / single: below 1 is faster).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "bench_common.h"

#define ROUNDS_MAX 101

static volatile int64_t sink;
static costshare_date *in;
static int32_t *out;
static size_t n;

static int64_t fold(void) {
    int64_t acc = 0;
    size_t i;
    for (i = 0; i < n; i += 61) {
        acc += out[i];
    }
    return acc;
}

/* ---- one function of each kind: the single loop and the batch ---- */

static int single_add_months(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_date_add(in[i], 2, COSTSHARE_MONTHS, &out[i]);
    }
    return rc;
}
static int batch_add_months(void) {
    return costshare_date_add_batch(in, n, 2, COSTSHARE_MONTHS, out, NULL);
}

static int single_add_days(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_date_add(in[i], 30, COSTSHARE_DAYS, &out[i]);
    }
    return rc;
}
static int batch_add_days(void) {
    return costshare_date_add_batch(in, n, 30, COSTSHARE_DAYS, out, NULL);
}

static int single_business(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_se_is_business_day(in[i], &out[i]);
    }
    return rc;
}
static int batch_business(void) {
    return costshare_se_is_business_day_batch(in, n, out, NULL);
}

static int single_deadline(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_se_deadline(in[i], &out[i]);
    }
    return rc;
}
static int batch_deadline(void) {
    return costshare_se_deadline_batch(in, n, out, NULL);
}

static int single_notice_end(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_notice_end(in[i], 3, COSTSHARE_MONTHS, 0, &out[i]);
    }
    return rc;
}
static int batch_notice_end(void) {
    return costshare_notice_end_batch(in, n, 3, COSTSHARE_MONTHS, 0, out, NULL);
}

static int single_latest(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_notice_latest(in[i], 2, COSTSHARE_MONTHS, 0, &out[i]);
    }
    return rc;
}
static int batch_latest(void) {
    return costshare_notice_latest_batch(in, n, 2, COSTSHARE_MONTHS, 0, out, NULL);
}

static int single_latest_deadline(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |=
            costshare_notice_latest(in[i], 2, COSTSHARE_MONTHS, COSTSHARE_SE_DEADLINE, &out[i]);
    }
    return rc;
}
static int batch_latest_deadline(void) {
    return costshare_notice_latest_batch(in, n, 2, COSTSHARE_MONTHS, COSTSHARE_SE_DEADLINE, out,
                                         NULL);
}

static int single_refund_start(void) {
    size_t i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        rc |= costshare_refund_start(in[i], &out[i]);
    }
    return rc;
}
static int batch_refund_start(void) {
    return costshare_refund_start_batch(in, n, out, NULL);
}

struct pair {
    const char *name;
    int (*single)(void);
    int (*batch)(void);
};

static const struct pair pairs[] = {
    {"costshare_date_add (2 months)", single_add_months, batch_add_months},
    {"costshare_date_add (30 days)", single_add_days, batch_add_days},
    {"costshare_se_is_business_day", single_business, batch_business},
    {"costshare_se_deadline", single_deadline, batch_deadline},
    {"costshare_notice_end (3 months)", single_notice_end, batch_notice_end},
    {"costshare_notice_latest (2 months)", single_latest, batch_latest},
    {"costshare_notice_latest (2 months, 2 § deadline)", single_latest_deadline,
     batch_latest_deadline},
    {"costshare_refund_start", single_refund_start, batch_refund_start},
};

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* ns per element of one round of fn, repeated to last about a millisecond. */
static double time_round(int (*fn)(void), long reps) {
    double t0 = now_ns(), t;
    long r;
    for (r = 0; r < reps; r++) {
        if (fn() != COSTSHARE_OK) {
            fprintf(stderr, "bench_batch: a call failed\n");
            exit(1);
        }
        sink += fold();
    }
    t = now_ns() - t0;
    return t / (double)reps / (double)n;
}

int main(int argc, char **argv) {
    uint64_t rng = BENCH_RNG_SEED;
    costshare_date first, last;
    long reps;
    size_t i, p;
    int rounds = argc > 2 ? atoi(argv[2]) : 21;
    n = argc > 1 ? (size_t)atol(argv[1]) : 4096;
    if (n < 1 || n > 100000000 || rounds < 1 || rounds > ROUNDS_MAX) {
        fprintf(stderr, "bench_batch: elements must be 1..10^8, rounds 1..%d\n", ROUNDS_MAX);
        return 1;
    }
    in = malloc(n * sizeof *in);
    out = malloc(n * sizeof *out);
    if (in == NULL || out == NULL) {
        fprintf(stderr, "bench_batch: out of memory\n");
        return 1;
    }
    costshare_date_from_ymd(1991, 1, 1, &first);
    costshare_date_from_ymd(2099, 12, 31, &last);
    for (i = 0; i < n; i++) {
        in[i] =
            first + (costshare_date)((bench_rng(&rng) >> 32) % (uint64_t)(last - first + 1));
        out[i] = 0;
    }
    reps = rounds == 1 ? 1 : (long)(200000 / n) + 1;
    printf("%zu elements, %d interleaved rounds; ns per element\n", n, rounds);
    printf("%-50s %9s %9s %9s %9s %7s\n", "function", "single", "(median)", "batch", "(median)",
           "ratio");
    for (p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
        double s[ROUNDS_MAX], b[ROUNDS_MAX];
        int r;
        for (r = 0; r < rounds; r++) {
            s[r] = time_round(pairs[p].single, reps);
            b[r] = time_round(pairs[p].batch, reps);
        }
        qsort(s, (size_t)rounds, sizeof s[0], cmp_double);
        qsort(b, (size_t)rounds, sizeof b[0], cmp_double);
        printf("%-50s %9.2f %9.2f %9.2f %9.2f %7.2f\n", pairs[p].name, s[0], s[rounds / 2],
               b[0], b[rounds / 2], b[0] / s[0]);
    }
    free(in);
    free(out);
    return 0;
}
