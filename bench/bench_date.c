/*
 * bench_date: nanoseconds per call of the date and Swedish calendar functions.
 *
 *   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
 *   cmake --build build/bench && build/bench/bench/bench_date [iterations]
 *
 * Inputs come from a table of pseudo-random dates (fixed seed) so no call can
 * be hoisted out of the loop, and every result is folded into a volatile sink
 * so none can be discarded. The library is called through its exported
 * functions, as a user would. Each line is the best of five rounds, to
 * filter out noise from other work on the machine.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"

#define TABLE 4096 /* a power of two */

static volatile int64_t sink;

static uint64_t rng = BENCH_RNG_SEED;
static uint32_t rnd(void) {
    return (uint32_t)(bench_rng(&rng) >> 32);
}

static costshare_date dates[TABLE];    /* 0001-01-01 .. 9999-12-31 */
static costshare_date se_dates[TABLE]; /* 1990-01-01 .. 2099-12-31 */
static int32_t ys[TABLE], ms[TABLE], ds[TABLE];
static int32_t counts[TABLE];

/* Each benchmark runs n calls and returns a value depending on every result. */
static int64_t run_from_ymd(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_date_from_ymd(ys[k], ms[k], ds[k], &d) + d;
    }
    return acc;
}

static int64_t run_to_ymd(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        int32_t y = 0, m = 0, d = 0;
        acc += costshare_date_to_ymd(dates[(size_t)i & (TABLE - 1)], &y, &m, &d) + y + m + d;
    }
    return acc;
}

static int64_t run_add_months(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_date_add(dates[k], counts[k], COSTSHARE_MONTHS, &d) + d;
    }
    return acc;
}

static int64_t run_is_business_day(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        int32_t business = 0;
        acc += costshare_se_is_business_day(se_dates[(size_t)i & (TABLE - 1)], &business) +
               business;
    }
    return acc;
}

static int64_t run_day_kind(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        int32_t kind = 0;
        acc += costshare_se_day_kind(se_dates[(size_t)i & (TABLE - 1)], &kind) + kind;
    }
    return acc;
}

static int64_t run_deadline(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        acc += costshare_se_deadline(se_dates[(size_t)i & (TABLE - 1)], &d) + d;
    }
    return acc;
}

static int64_t run_add_business_days(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_se_add_business_days(se_dates[k], counts[k] * 10, &d) + d;
    }
    return acc;
}

static int64_t run_between_whole_range(long n) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < n; i++) {
        int32_t c = 0;
        acc +=
            costshare_se_business_days_between(COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX, &c) +
            c;
    }
    return acc;
}

struct bench {
    const char *name;
    int64_t (*run)(long n);
    long divisor; /* the slow ones run n / divisor calls */
};

static const struct bench benches[] = {
    {"costshare_date_from_ymd", run_from_ymd, 1},
    {"costshare_date_to_ymd", run_to_ymd, 1},
    {"costshare_date_add (months, -24..24)", run_add_months, 1},
    {"costshare_se_is_business_day", run_is_business_day, 1},
    {"costshare_se_day_kind", run_day_kind, 1},
    {"costshare_se_deadline", run_deadline, 1},
    {"costshare_se_add_business_days (-240..240)", run_add_business_days, 100},
    {"costshare_se_business_days_between (1990..9999)", run_between_whole_range, 100000},
};

#define ROUNDS 5

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10000000L;
    long i;
    size_t b;
    int round;
    costshare_date se_last;
    if (n <= 0) {
        fprintf(stderr, "bench_date: iterations must be positive\n");
        return 1;
    }
    costshare_date_from_ymd(2099, 12, 31, &se_last);
    for (i = 0; i < TABLE; i++) {
        int32_t span = COSTSHARE_DATE_MAX - COSTSHARE_DATE_MIN + 1;
        dates[i] = COSTSHARE_DATE_MIN + (int32_t)(rnd() % (uint32_t)span);
        se_dates[i] = COSTSHARE_SE_DATE_MIN +
                      (int32_t)(rnd() % (uint32_t)(se_last - COSTSHARE_SE_DATE_MIN + 1));
        costshare_date_to_ymd(dates[i], &ys[i], &ms[i], &ds[i]);
        counts[i] = (int32_t)(rnd() % 49) - 24;
    }
    printf("best of %d rounds; %ld calls per round (fewer for the slow ones)\n", ROUNDS, n);
    for (b = 0; b < sizeof benches / sizeof benches[0]; b++) {
        long calls = n / benches[b].divisor > 0 ? n / benches[b].divisor : 1;
        double best = 0;
        for (round = 0; round < ROUNDS; round++) {
            double t = now_ns();
            sink = benches[b].run(calls);
            t = now_ns() - t;
            if (round == 0 || t < best) {
                best = t;
            }
        }
        printf("%-50s %12.2f ns/call %10.1f M calls/s\n", benches[b].name, best / (double)calls,
               (double)calls / best * 1e3);
    }
    return 0;
}
