/*
 * bench_invoice: microseconds per yearly invoice run (docs/performance.md).
 *
 *   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
 *   cmake --build build/bench && build/bench/bench/bench_invoice [rounds]
 *
 * A plan of 290 parties (about the number of Swedish municipalities) with
 * populations 2 500..1 000 000 (fixed seed) and 20 membership changes in
 * 2024: 10 parties leave and 10 join, each on a month boundary, so the year
 * has up to 21 segments. Timed: costshare_invoice_period() under both rules
 * and both bases, with the per-segment amounts (the whole run a program such
 * as costshare-invoice makes), and costshare_invoice_segments() alone; then
 * costshare_split_nested() of 290 parties in 21 groups and
 * costshare_post_cost_ex() of a year. Each line is the best of many short
 * rounds (RUNS calls each; 400 rounds by default): on a shared machine the
 * shortest round is the one least disturbed by other work.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench_common.h"
#include "costshare.h"

#define PARTIES 290
#define CHANGES 20
#define CAPACITY (2 * PARTIES + 1)
#define RUNS 10

static volatile int64_t sink;

static uint64_t rng = BENCH_RNG_SEED;
static uint32_t rnd(void) {
    return (uint32_t)(bench_rng(&rng) >> 32);
}

static int64_t weights[PARTIES];
static costshare_date from[PARTIES], to[PARTIES];
static costshare_invoice_segment seg[CAPACITY];
static int64_t amounts[PARTIES], matrix[CAPACITY * PARTIES];

static costshare_date day(int32_t y, int32_t m, int32_t d) {
    costshare_date out = 0;
    if (costshare_date_from_ymd(y, m, d, &out) != COSTSHARE_OK) {
        fprintf(stderr, "bench_invoice: bad date\n");
        exit(1);
    }
    return out;
}

/* 10 leavers and 10 joiners, distinct parties. On month boundaries (last
 * days at month ends, first days on the 1st) they fall on the 11 month
 * boundaries inside the year, so the year has 12 segments; on days (the
 * 20 days 2024-01-10 + 17 i) it has 21. */
static void make_plan(int by_days) {
    size_t i;
    rng = BENCH_RNG_SEED;
    for (i = 0; i < PARTIES; i++) {
        weights[i] = 2500 + (int64_t)(rnd() % 997500u);
        from[i] = COSTSHARE_INVOICE_OPEN;
        to[i] = COSTSHARE_INVOICE_OPEN;
    }
    for (i = 0; i < CHANGES; i++) {
        size_t p = (i * 14 + 3) % PARTIES;
        costshare_date boundary = by_days ? day(2024, 1, 10) + (costshare_date)(17 * i)
                                          : day(2024, 2 + (int32_t)(i % 11), 1);
        if (i % 2 == 0) {
            to[p] = boundary - 1; /* leaves: its last day is the day before */
        } else {
            from[p] = boundary; /* joins */
        }
    }
}

struct variant {
    const char *name;
    int32_t rule, basis;
};

int main(int argc, char **argv) {
    static const struct variant variants[] = {
        {"period, redistribute, months", COSTSHARE_INVOICE_REDISTRIBUTE,
         COSTSHARE_BASIS_MONTHS},
        {"period, fixed shares, months", COSTSHARE_INVOICE_FIXED_SHARES,
         COSTSHARE_BASIS_MONTHS},
        {"period, redistribute, days", COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_DAYS},
        {"period, fixed shares, days", COSTSHARE_INVOICE_FIXED_SHARES, COSTSHARE_BASIS_DAYS},
    };
    long rounds = argc > 1 ? strtol(argv[1], NULL, 10) : 400, r, round;
    const long runs = RUNS;
    costshare_invoice_plan plan = COSTSHARE_INVOICE_PLAN_INIT;
    size_t n = 0, v, i;
    if (rounds < 1) {
        fprintf(stderr, "bench_invoice: rounds must be at least 1\n");
        return 1;
    }
    plan.first = day(2024, 1, 1);
    plan.last = day(2024, 12, 31);
    plan.cost = INT64_C(107000000); /* 1.07 MSEK in öre */
    printf("%d parties, %d membership changes in 2024, best of %ld rounds of %ld runs\n",
           PARTIES, CHANGES, rounds, runs);
    printf("%-34s %8s %12s\n", "run", "segments", "us per run");
    for (v = 0; v < sizeof variants / sizeof variants[0]; v++) {
        double best = 1e300;
        plan.rule = variants[v].rule;
        plan.basis = variants[v].basis;
        make_plan(plan.basis == COSTSHARE_BASIS_DAYS);
        for (round = 0; round < rounds; round++) {
            double t0 = now_ns(), t;
            for (r = 0; r < runs; r++) {
                int64_t residual = 0;
                plan.cost += 1; /* a new cost each run: nothing to hoist */
                if (costshare_invoice_period(&plan, weights, from, to, PARTIES, amounts, seg,
                                             CAPACITY, &n, matrix, &residual) != COSTSHARE_OK) {
                    fprintf(stderr, "bench_invoice: the run failed\n");
                    return 1;
                }
                sink += residual + amounts[r % PARTIES];
            }
            t = (now_ns() - t0) / (double)runs / 1000.0;
            best = t < best ? t : best;
        }
        printf("%-34s %8lu %12.1f\n", variants[v].name, (unsigned long)n, best);
    }
    {
        double best = 1e300;
        for (round = 0; round < rounds; round++) {
            double t0 = now_ns(), t;
            for (r = 0; r < runs; r++) {
                plan.last = day(2024, 12, 31) - (costshare_date)(r & 1); /* no hoisting */
                if (costshare_invoice_segments(plan.first, plan.last, from, to, PARTIES, seg,
                                               CAPACITY, &n) != COSTSHARE_OK) {
                    fprintf(stderr, "bench_invoice: segments failed\n");
                    return 1;
                }
                sink += seg[n - 1].days;
            }
            t = (now_ns() - t0) / (double)runs / 1000.0;
            best = t < best ? t : best;
        }
        printf("%-34s %8lu %12.1f\n", "segments only (days)", (unsigned long)n, best);
    }
    {
        static int64_t gw[21], gs[21], ps[PARTIES];
        static uint32_t grp[PARTIES];
        double best = 1e300;
        for (i = 0; i < 21; i++) {
            gw[i] = 1 + (int64_t)(rnd() % 100u);
        }
        for (i = 0; i < PARTIES; i++) {
            grp[i] = (uint32_t)(i % 21);
        }
        for (round = 0; round < rounds; round++) {
            double t0 = now_ns(), t;
            for (r = 0; r < runs; r++) {
                if (costshare_split_nested(INT64_C(107000000) + r, gw, 21, grp, weights,
                                           PARTIES, gs, ps) != COSTSHARE_OK) {
                    fprintf(stderr, "bench_invoice: nested split failed\n");
                    return 1;
                }
                sink += ps[r % PARTIES];
            }
            t = (now_ns() - t0) / (double)runs / 1000.0;
            best = t < best ? t : best;
        }
        printf("%-34s %8s %12.1f\n", "split_nested, 21 groups", "", best);
    }
    {
        costshare_post_terms terms = COSTSHARE_POST_TERMS_INIT;
        double best = 1e300;
        terms.monthly = 39500;
        terms.base_year = 2016;
        terms.oncost_bp = 4800;
        terms.revision_month = 4;
        terms.revision_bp = 300;
        for (round = 0; round < rounds; round++) {
            double t0 = now_ns(), t;
            for (r = 0; r < runs; r++) {
                int64_t cost = 0;
                terms.monthly = 39500 + (r & 7);
                if (costshare_post_cost_ex(&terms, 2024, 1, 12, NULL, 0, &cost) !=
                    COSTSHARE_OK) {
                    fprintf(stderr, "bench_invoice: post cost failed\n");
                    return 1;
                }
                sink += cost;
            }
            t = (now_ns() - t0) / (double)runs / 1000.0;
            best = t < best ? t : best;
        }
        printf("%-34s %8s %12.3f\n", "post_cost_ex, 2024 from 2016", "", best);
    }
    return 0;
}
