/*
 * bench_python: the C half of bench/bench_python.py, which runs it and times
 * the same work from Python in the same run (docs/performance.md):
 *
 *   - 10^6 date additions of two months, one costshare_date_add() call each
 *     (the loop a C caller writes);
 *   - one costshare_split() of a total among 10^5 parties.
 *
 * The inputs are the ones bench_python.py builds (the same formulas, so both
 * sides do the same work): day i is 7305 + (i * 7919) % 40000 (dates from
 * 1990 to 2099), weight i is 1 + (i * 104729) % 1000003, the total
 * 763945000. It prints one line per measurement, "name nanoseconds checksum",
 * each the best of the given number of rounds (default 5).
 *
 *   bench_python [rounds]
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench_common.h"
#include "costshare.h"

#define DATES 1000000
#define PARTIES 100000
#define TOTAL 763945000

static costshare_date days[DATES];
static costshare_date ends[DATES];
static int64_t weights[PARTIES];
static int64_t shares[PARTIES];

static int64_t add_loop(void) {
    int64_t sum = 0;
    int32_t months = COSTSHARE_MONTHS;
    long i;
    for (i = 0; i < DATES; i++) {
        if (costshare_date_add(days[i], 2, months, &ends[i]) != COSTSHARE_OK) {
            fprintf(stderr, "bench_python: date_add refused day %ld\n", i);
            exit(1);
        }
    }
    for (i = 0; i < DATES; i++) {
        sum += ends[i];
    }
    return sum;
}

static int64_t split_once(void) {
    int64_t sum = 0;
    long i;
    if (costshare_split(TOTAL, weights, PARTIES, shares) != COSTSHARE_OK) {
        fprintf(stderr, "bench_python: split refused\n");
        exit(1);
    }
    for (i = 0; i < PARTIES; i++) {
        sum += shares[i] * (i % 7 + 1);
    }
    return sum;
}

static void measure(const char *name, int64_t (*work)(void), int rounds) {
    double best = 0;
    int64_t check = 0;
    int r;
    for (r = 0; r < rounds; r++) {
        double start = now_ns();
        check = work();
        double took = now_ns() - start;
        if (r == 0 || took < best) {
            best = took;
        }
    }
    printf("%s %.0f %lld\n", name, best, (long long)check);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 5;
    long i;
    if (rounds < 1) {
        fprintf(stderr, "usage: bench_python [rounds]\n");
        return 1;
    }
    for (i = 0; i < DATES; i++) {
        days[i] = (costshare_date)(7305 + (i * 7919) % 40000);
    }
    for (i = 0; i < PARTIES; i++) {
        weights[i] = 1 + (i * 104729) % 1000003;
    }
    printf("library %s\n", costshare_version());
    measure("date_add_loop", add_loop, rounds);
    measure("split", split_once, rounds);
    return 0;
}
