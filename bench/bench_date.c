/*
 * bench_date: nanoseconds per call of the date and Swedish calendar functions.
 *
 *   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
 *   cmake --build build/bench && build/bench/bench/bench_date [iterations]
 *
 * Inputs come from a table of pseudo-random dates (fixed seed) so no call can
 * be hoisted out of the loop, and every result is folded into a volatile sink
 * so none can be discarded. The library is called through its exported
 * functions, as a user would.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "costshare.h"

#define TABLE 4096 /* a power of two */

static volatile int64_t sink;

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint32_t rnd(void) {
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return (uint32_t)((rng * 0x2545F4914F6CDD1Du) >> 32);
}

static costshare_date dates[TABLE];    /* 0001-01-01 .. 9999-12-31 */
static costshare_date se_dates[TABLE]; /* 1990-01-01 .. 2099-12-31 */
static int32_t ys[TABLE], ms[TABLE], ds[TABLE];
static int32_t counts[TABLE];

static void report(const char *name, double ns, long n) {
    printf("%-40s %8.2f ns/call %10.1f M calls/s\n", name, ns / (double)n,
           (double)n / ns * 1e3);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000000L;
    long i;
    int64_t acc;
    double t;
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

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        costshare_date d;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_date_from_ymd(ys[k], ms[k], ds[k], &d) + d;
    }
    report("costshare_date_from_ymd", now_ns() - t, n);
    sink = acc;

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        int32_t y, m, d;
        acc += costshare_date_to_ymd(dates[(size_t)i & (TABLE - 1)], &y, &m, &d) + y + m + d;
    }
    report("costshare_date_to_ymd", now_ns() - t, n);
    sink = acc;

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_date_add(dates[k], counts[k], COSTSHARE_MONTHS, &d) + d;
    }
    report("costshare_date_add (months, -24..24)", now_ns() - t, n);
    sink = acc;

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        acc += costshare_se_is_business_day(se_dates[(size_t)i & (TABLE - 1)]);
    }
    report("costshare_se_is_business_day", now_ns() - t, n);
    sink = acc;

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        acc += costshare_se_day_kind(se_dates[(size_t)i & (TABLE - 1)]);
    }
    report("costshare_se_day_kind", now_ns() - t, n);
    sink = acc;

    acc = 0;
    t = now_ns();
    for (i = 0; i < n; i++) {
        costshare_date d = 0;
        acc += costshare_se_deadline(se_dates[(size_t)i & (TABLE - 1)], &d) + d;
    }
    report("costshare_se_deadline", now_ns() - t, n);
    sink = acc;

    {
        long m = n / 100 > 0 ? n / 100 : 1;
        acc = 0;
        t = now_ns();
        for (i = 0; i < m; i++) {
            costshare_date d = 0;
            size_t k = (size_t)i & (TABLE - 1);
            acc += costshare_se_add_business_days(se_dates[k], counts[k] * 10, &d) + d;
        }
        report("costshare_se_add_business_days (-240..240)", now_ns() - t, m);
        sink = acc;

        m = n / 10000 > 0 ? n / 10000 : 1;
        acc = 0;
        t = now_ns();
        for (i = 0; i < m; i++) {
            int32_t c = 0;
            acc += costshare_se_business_days_between(COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX,
                                                      &c) + c;
        }
        report("costshare_se_business_days_between (1990..9999)", now_ns() - t, m);
        sink = acc;
    }
    return 0;
}
