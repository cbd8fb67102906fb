/*
 * bench_civil: costshare_date_to_ymd() and costshare_date_from_ymd()
 * against the Neri-Schneider reference of civil_reference.c, called the
 * same way (each from its own shared library), side by side.
 *
 *   bench_civil [rounds]     default 21
 *   bench_civil -c CALLS     each of the four loops (lib_to, ref_to, lib_from,
 *                            ref_from) CALLS times over the table, untimed:
 *                            for counting instructions with callgrind
 *
 * Each round times 4096 pseudo-random dates 0001-01-01 .. 9999-12-31 (fixed
 * seed) through each function in turn, repeated to about 2 ms; lines give
 * ns per call, the best and the median of the interleaved rounds, and the
 * ratio of the best times (which goes first alternates from round to round).
 * Before timing, every date is checked to give the
 * same answer both ways.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "bench_common.h"
#include "civil_reference.h"

#define TABLE 4096
#define ROUNDS_MAX 101

static int32_t dates[TABLE], ys[TABLE], ms[TABLE], ds[TABLE];
static volatile int64_t sink;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int64_t lib_to(void) {
    int64_t acc = 0;
    size_t i;
    for (i = 0; i < TABLE; i++) {
        int32_t y = 0, m = 0, d = 0;
        acc += costshare_date_to_ymd(dates[i], &y, &m, &d) + y + m + d;
    }
    return acc;
}

static int64_t ref_to(void) {
    int64_t acc = 0;
    size_t i;
    for (i = 0; i < TABLE; i++) {
        int32_t y = 0, m = 0, d = 0;
        acc += ref_to_ymd(dates[i], &y, &m, &d) + y + m + d;
    }
    return acc;
}

static int64_t lib_from(void) {
    int64_t acc = 0;
    size_t i;
    for (i = 0; i < TABLE; i++) {
        costshare_date d = 0;
        acc += costshare_date_from_ymd(ys[i], ms[i], ds[i], &d) + d;
    }
    return acc;
}

static int64_t ref_from(void) {
    int64_t acc = 0;
    size_t i;
    for (i = 0; i < TABLE; i++) {
        int32_t d = 0;
        acc += ref_from_ymd(ys[i], ms[i], ds[i], &d) + d;
    }
    return acc;
}

struct pair {
    const char *name;
    int64_t (*lib)(void), (*ref)(void);
};

static const struct pair pairs[] = {
    {"to_ymd", lib_to, ref_to},
    {"from_ymd", lib_from, ref_from},
};

static double per_call(int64_t (*fn)(void), long reps) {
    double t0 = now_ns();
    long r;
    for (r = 0; r < reps; r++) {
        sink += fn();
    }
    return (now_ns() - t0) / (double)reps / TABLE;
}

int main(int argc, char **argv) {
    uint64_t rng = BENCH_RNG_SEED;
    const int count_only = argc > 2 && strcmp(argv[1], "-c") == 0;
    int rounds = count_only ? atoi(argv[2]) : argc > 1 ? atoi(argv[1]) : 21;
    size_t i, p;
    if (rounds < 1 || (rounds > ROUNDS_MAX && !count_only)) {
        fprintf(stderr, "bench_civil: rounds must be 1..%d\n", ROUNDS_MAX);
        return 1;
    }
    for (i = 0; i < TABLE; i++) {
        int32_t y, m, d, y2 = 0, m2 = 0, d2 = 0, back = 0;
        dates[i] = COSTSHARE_DATE_MIN +
                   (int32_t)((bench_rng(&rng) >> 32) %
                             (uint64_t)(COSTSHARE_DATE_MAX - COSTSHARE_DATE_MIN + 1));
        if (costshare_date_to_ymd(dates[i], &y, &m, &d) != COSTSHARE_OK ||
            ref_to_ymd(dates[i], &y2, &m2, &d2) != 0 || y != y2 || m != m2 || d != d2 ||
            ref_from_ymd(y, m, d, &back) != 0 || back != dates[i]) {
            fprintf(stderr, "bench_civil: the reference disagrees on day %d\n", (int)dates[i]);
            return 1;
        }
        ys[i] = y;
        ms[i] = m;
        ds[i] = d;
    }
    if (count_only) {
        int r;
        for (p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
            for (r = 0; r < rounds; r++) {
                sink += pairs[p].lib() + pairs[p].ref();
            }
        }
        return 0;
    }
    printf("%d interleaved rounds of %d calls each; ns per call\n", rounds, TABLE);
    printf("%-10s %12s %10s %16s %10s %8s\n", "function", "libcostshare", "(median)",
           "Neri-Schneider", "(median)", "ratio");
    for (p = 0; p < sizeof pairs / sizeof pairs[0]; p++) {
        double a[ROUNDS_MAX], b[ROUNDS_MAX];
        int r;
        for (r = 0; r < rounds; r++) {
            /* Who goes first alternates, so neither gains from the order. */
            if (r % 2 == 0) {
                a[r] = per_call(pairs[p].lib, 500);
                b[r] = per_call(pairs[p].ref, 500);
            } else {
                b[r] = per_call(pairs[p].ref, 500);
                a[r] = per_call(pairs[p].lib, 500);
            }
        }
        qsort(a, (size_t)rounds, sizeof a[0], cmp_double);
        qsort(b, (size_t)rounds, sizeof b[0], cmp_double);
        printf("%-10s %12.2f %10.2f %16.2f %10.2f %8.2f\n", pairs[p].name, a[0], a[rounds / 2],
               b[0], b[rounds / 2], a[0] / b[0]);
    }
    return 0;
}
