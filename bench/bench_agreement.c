/*
 * bench_agreement: nanoseconds per call of the agreement lifecycle functions.
 *
 *   cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCOSTSHARE_BUILD_BENCH=ON
 *   cmake --build build/bench && build/bench/bench/bench_agreement [iterations]
 *
 * Replays the Linköping story (enter into force, conditional termination,
 * condition met with a two months' notice computed by costshare_notice_end,
 * end) with dates shifted per iteration, then asks for the state on a table of
 * days; a refused event (not allowed in its state) is timed too. Results go to
 * a volatile sink so nothing can be discarded.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"

static volatile int64_t sink;

static costshare_date ymd(int32_t y, int32_t m, int32_t d) {
    costshare_date out = 0;
    if (costshare_date_from_ymd(y, m, d, &out) != COSTSHARE_OK) {
        fprintf(stderr, "bench_agreement: bad date\n");
        exit(1);
    }
    return out;
}

int main(int argc, char **argv) {
    long iterations = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000L;
    costshare_event ev[4];
    costshare_event refused = COSTSHARE_EVENT_INIT;
    costshare_agreement start = COSTSHARE_AGREEMENT_INIT, rec, pending;
    double t0, t1;
    long i;
    int k;
    if (iterations <= 0) {
        fprintf(stderr, "bench_agreement: iterations must be a positive number\n");
        return 1;
    }
    for (k = 0; k < 4; k++) {
        costshare_event init = COSTSHARE_EVENT_INIT;
        ev[k] = init;
    }
    ev[0].kind = COSTSHARE_EVENT_ENTER_FORCE;
    ev[0].date = ymd(2018, 11, 18);
    ev[0].notice_count = 2;
    ev[0].notice_unit = COSTSHARE_MONTHS;
    ev[1].kind = COSTSHARE_EVENT_DECIDE_NOTICE;
    ev[1].date = ymd(2024, 5, 22);
    ev[1].last_day = ymd(2024, 9, 30);
    ev[2].kind = COSTSHARE_EVENT_GIVE_NOTICE;
    ev[2].date = ymd(2024, 7, 31);
    ev[3].kind = COSTSHARE_EVENT_END;
    ev[3].date = ymd(2024, 10, 1);

    /* A whole story: four successful applies per iteration. */
    t0 = now_ns();
    for (i = 0; i < iterations; i++) {
        rec = start;
        for (k = 0; k < 4; k++) {
            if (costshare_agreement_apply(&rec, &ev[k], &rec) != COSTSHARE_OK) {
                fprintf(stderr, "bench_agreement: story refused\n");
                return 1;
            }
        }
        sink += rec.refund_start;
        ev[3].date = ymd(2024, 10, 1) + (costshare_date)(i & 63);
    }
    t1 = now_ns();
    printf("apply (successful event, mean of 4)  %7.1f ns\n",
           (t1 - t0) / (double)iterations / 4.0);

    /* A refusal decided by the table. */
    refused.kind = COSTSHARE_EVENT_SIGN;
    refused.date = ymd(2024, 6, 1);
    pending = start;
    (void)costshare_agreement_apply(&pending, &ev[0], &pending);
    t0 = now_ns();
    for (i = 0; i < iterations; i++) {
        sink += costshare_agreement_apply(&pending, &refused, &rec);
        refused.date += (costshare_date)(i & 1);
    }
    t1 = now_ns();
    printf("apply (refused by the table)         %7.1f ns\n", (t1 - t0) / (double)iterations);

    /* The state on a day. */
    t0 = now_ns();
    for (i = 0; i < iterations; i++) {
        int32_t s = 0;
        sink += costshare_agreement_state_on(&rec, ymd(2018, 1, 1) + (costshare_date)(i & 4095),
                                             &s);
        sink += s;
    }
    t1 = now_ns();
    printf("state_on (includes date_from_ymd)    %7.1f ns\n", (t1 - t0) / (double)iterations);

    t0 = now_ns();
    for (i = 0; i < iterations; i++) {
        int32_t next = 0;
        sink += costshare_agreement_transition((int32_t)(i % COSTSHARE_AGREEMENT_STATE_COUNT),
                                               (int32_t)(i % COSTSHARE_EVENT_COUNT), &next);
        sink += next;
    }
    t1 = now_ns();
    printf("transition (table query)             %7.1f ns\n", (t1 - t0) / (double)iterations);
    return 0;
}
