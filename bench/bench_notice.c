/*
 * bench_notice: nanoseconds per call of the notice and refund functions.
 *
 *   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
 *   cmake --build build/bench && build/bench/bench/bench_notice [iterations]
 *
 * Inputs come from a table of pseudo-random dates 1990-2099 (fixed seed) and
 * small counts, so no call can be hoisted out of the loop, and every result is
 * folded into a volatile sink. Each line is the best of five rounds.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"

#define TABLE 4096 /* a power of two */
#define ROUNDS 5

static volatile int64_t sink;

static uint64_t rng = BENCH_RNG_SEED;
static uint32_t rnd(void) {
    return (uint32_t)(bench_rng(&rng) >> 32);
}

static costshare_date dates[TABLE]; /* 1990-01-01 .. 2099-12-31 */
static int32_t counts[TABLE];       /* 0 .. 24 */
static int64_t amounts[TABLE];

#define RUN_DATE_FN(fn_name, call)                                                             \
    static int64_t fn_name(long n) {                                                           \
        int64_t acc = 0;                                                                       \
        long i;                                                                                \
        for (i = 0; i < n; i++) {                                                              \
            costshare_date out = 0;                                                            \
            size_t k = (size_t)i & (TABLE - 1);                                                \
            acc += call + out;                                                                 \
        }                                                                                      \
        return acc;                                                                            \
    }

RUN_DATE_FN(run_end_months,
            costshare_notice_end(dates[k], counts[k], COSTSHARE_MONTHS, 0, &out))
RUN_DATE_FN(run_end_calendar_years, costshare_notice_end(dates[k], counts[k], COSTSHARE_YEARS,
                                                         COSTSHARE_CALENDAR_PERIODS, &out))
RUN_DATE_FN(run_latest_months,
            costshare_notice_latest(dates[k], counts[k], COSTSHARE_MONTHS, 0, &out))
RUN_DATE_FN(run_latest_calendar_months,
            costshare_notice_latest(dates[k], counts[k], COSTSHARE_MONTHS,
                                    COSTSHARE_CALENDAR_PERIODS, &out))
RUN_DATE_FN(run_latest_months_se,
            costshare_notice_latest(dates[k], counts[k] % 12, COSTSHARE_MONTHS,
                                    COSTSHARE_SE_DEADLINE, &out))
RUN_DATE_FN(run_refund_start, costshare_refund_start(dates[k], &out))

static int64_t run_term_end(long n) {
    costshare_term t = COSTSHARE_TERM_INIT;
    int64_t acc = 0;
    long i;
    costshare_date_from_ymd(1980, 9, 1, &t.start);
    t.initial_count = 17;
    t.initial_unit = COSTSHARE_MONTHS;
    t.renewal_count = 1;
    t.renewal_unit = COSTSHARE_YEARS;
    t.notice_count = 3;
    t.notice_unit = COSTSHARE_MONTHS;
    for (i = 0; i < n; i++) {
        costshare_date out = 0;
        acc += costshare_term_end(&t, dates[(size_t)i & (TABLE - 1)], &out) + out;
    }
    return acc;
}

static int64_t run_term_notice_se(long n) {
    costshare_term t = COSTSHARE_TERM_INIT;
    int64_t acc = 0;
    long i;
    costshare_date_from_ymd(1980, 9, 1, &t.start);
    t.initial_count = 17;
    t.initial_unit = COSTSHARE_MONTHS;
    t.renewal_count = 1;
    t.renewal_unit = COSTSHARE_YEARS;
    t.notice_count = 3;
    t.notice_unit = COSTSHARE_MONTHS;
    t.notice_flags = COSTSHARE_SE_DEADLINE;
    for (i = 0; i < n; i++) {
        costshare_date end = 0, latest = 0;
        acc += costshare_term_notice(&t, dates[(size_t)i & (TABLE - 1)], &end, &latest) + end +
               latest;
    }
    return acc;
}

static int64_t run_prorate_days(long n) {
    costshare_date first, last;
    int64_t acc = 0;
    long i;
    costshare_date_from_ymd(2024, 1, 1, &first);
    costshare_date_from_ymd(2024, 12, 31, &last);
    for (i = 0; i < n; i++) {
        size_t k = (size_t)i & (TABLE - 1);
        int64_t out = 0;
        acc += costshare_refund_prorate(amounts[k], first, last,
                                        first + (costshare_date)(k % 366u), last,
                                        COSTSHARE_BASIS_DAYS, COSTSHARE_ROUND_HALF_AWAY, &out) +
               out;
    }
    return acc;
}

struct bench {
    const char *name;
    int64_t (*run)(long n);
};

static const struct bench benches[] = {
    {"costshare_notice_end (months, 1930:173 1 §)", run_end_months},
    {"costshare_notice_end (calendar years)", run_end_calendar_years},
    {"costshare_notice_latest (months, exact inverse)", run_latest_months},
    {"costshare_notice_latest (calendar months)", run_latest_calendar_months},
    {"costshare_notice_latest (months, 2 § deadline)", run_latest_months_se},
    {"costshare_term_end (17 months, renewed yearly)", run_term_end},
    {"costshare_term_notice (3 months, 2 §)", run_term_notice_se},
    {"costshare_refund_start", run_refund_start},
    {"costshare_refund_prorate (days, 2024)", run_prorate_days},
};

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 5000000L;
    long i;
    size_t b;
    int round;
    costshare_date first, last;
    if (n <= 0) {
        fprintf(stderr, "bench_notice: iterations must be positive\n");
        return 1;
    }
    costshare_date_from_ymd(1990, 1, 1, &first);
    costshare_date_from_ymd(2099, 12, 31, &last);
    for (i = 0; i < TABLE; i++) {
        dates[i] = first + (costshare_date)(rnd() % (uint32_t)(last - first + 1));
        counts[i] = (int32_t)(rnd() % 25u);
        amounts[i] = (int64_t)(rnd() % 100000000u);
    }
    printf("best of %d rounds; %ld calls per round\n", ROUNDS, n);
    for (b = 0; b < sizeof benches / sizeof benches[0]; b++) {
        double best = 0;
        for (round = 0; round < ROUNDS; round++) {
            double t = now_ns();
            sink = benches[b].run(n);
            t = now_ns() - t;
            if (round == 0 || t < best) {
                best = t;
            }
        }
        printf("%-50s %8.2f ns/call\n", benches[b].name, best / (double)n);
    }
    return 0;
}
