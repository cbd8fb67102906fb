/*
 * bench_peers: the C side of the side-by-side comparison run by
 * scripts/bench-peers.sh (docs/performance.md).
 *
 *   bench_peers DIR [max_exponent [rounds]]     (defaults 6 and 5)
 *
 * Writes the shared inputs into DIR, so that the peers (Node: dinero.js and
 * date-fns; C++: QuantLib) read exactly the same data:
 *
 *   weights.bin   10^max_exponent int64 weights, uniform in 1..10^6
 *                 (populations; the xorshift64* generator and seed of
 *                 bench_split), little-endian
 *   dates.bin     4096 records of five int32: day number (1970-01-01 = 0),
 *                 year, month, day (1990..2099) and a count of months
 *                 (-24..24)
 *   shares_N.bin  costshare_split()'s shares of TOTAL for the first N
 *                 weights, N = 10^2 .. 10^min(6, max_exponent), to check the
 *                 peers' results against
 *   add_months.bin, business.bin  costshare_date_add(day, count, MONTHS)
 *                 and costshare_se_is_business_day(day), int32 per record
 *
 * and times, the best of many short rounds (at least 2 ms each, at least
 * `rounds` of them and 0.5 s in all), ns per party
 * for costshare_split(), the double-precision peers in bench/peers/
 * split_double.c and a memcpy of the same bytes (n * 8 in, n * 8 out), and
 * ns per call for the two date functions. Each result is one line
 *
 *   R <group> <name> <n> <ns per op> [<shares differing from costshare>]
 *
 * for the script to tabulate. TOTAL = 1 234 567 891 (12.3 M SEK in öre): the
 * products TOTAL * w stay below 2^53, so dinero.js's number calculator is
 * exact on them.
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"
#include "peers/split_double.h"

#define TOTAL INT64_C(1234567891)
#define TABLE 4096 /* a power of two */
/* Rounds are short, so that the best of many misses the interruptions of a
 * busy machine: at least MIN_ROUND_NS each, at least `rounds` of them and
 * at least MIN_TOTAL_NS in all. */
#define MIN_ROUND_NS 2e6
#define MIN_TOTAL_NS 5e8

static volatile int64_t sink;

static uint64_t rng_state = BENCH_RNG_SEED;
static uint64_t rng(void) {
    return bench_rng(&rng_state);
}

static void die(const char *what) {
    fprintf(stderr, "bench_peers: %s\n", what);
    exit(1);
}

static void write_file(const char *dir, const char *name, const void *data, size_t bytes) {
    char path[4096];
    FILE *f;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path) {
        die("path too long");
    }
    f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, bytes, f) != bytes || fclose(f) != 0) {
        fprintf(stderr, "bench_peers: cannot write %s\n", path);
        exit(1);
    }
}

/* One timed subject: run(n) once. */
enum subject { COSTSHARE, DOUBLE_SELECT, DOUBLE_SORT, MEMCPY };

struct arrays {
    const int64_t *w;
    int64_t *s, *copy;
    struct split_double_item *items;
};

static void run_once(enum subject what, const struct arrays *a, size_t n) {
    int rc = 0;
    switch (what) {
    case COSTSHARE:
        rc = costshare_split(TOTAL, a->w, n, a->s);
        sink += a->s[n / 2];
        break;
    case DOUBLE_SELECT:
        rc = split_double_select(TOTAL, a->w, n, a->s, a->items);
        sink += a->s[n / 2];
        break;
    case DOUBLE_SORT:
        rc = split_double_sort(TOTAL, a->w, n, a->s, a->items);
        sink += a->s[n / 2];
        break;
    case MEMCPY:
        memcpy(a->copy, a->w, n * sizeof *a->w);
        sink += a->copy[n / 2];
        break;
    }
    if (rc != 0) {
        die("split failed");
    }
}

/* Best of the rounds, ns per party. */
static double time_split(enum subject what, const struct arrays *a, size_t n, int rounds) {
    double t0 = now_ns(), once, best = 1e300, total = 0;
    long reps, r;
    int round;
    run_once(what, a, n); /* warm-up, and an estimate of one call */
    once = now_ns() - t0;
    reps = once >= MIN_ROUND_NS ? 1 : (long)(MIN_ROUND_NS / (once + 1.0)) + 1;
    for (round = 0; round < rounds || total < MIN_TOTAL_NS; round++) {
        double t;
        t0 = now_ns();
        for (r = 0; r < reps; r++) {
            run_once(what, a, n);
        }
        t = now_ns() - t0;
        total += t;
        t = t / (double)reps / (double)n;
        if (t < best) {
            best = t;
        }
    }
    return best;
}

static int32_t rec[TABLE][5];   /* day, y, m, d, count */
static int32_t out_add[TABLE];  /* costshare_date_add results */
static int32_t out_bday[TABLE]; /* costshare_se_is_business_day results */

static int64_t run_add_months(long calls) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < calls; i++) {
        costshare_date d = 0;
        size_t k = (size_t)i & (TABLE - 1);
        acc += costshare_date_add(rec[k][0], rec[k][4], COSTSHARE_MONTHS, &d) + d;
    }
    return acc;
}

static int64_t run_business_day(long calls) {
    int64_t acc = 0;
    long i;
    for (i = 0; i < calls; i++) {
        int32_t business = 0;
        acc +=
            costshare_se_is_business_day(rec[(size_t)i & (TABLE - 1)][0], &business) + business;
    }
    return acc;
}

static double time_calls(int64_t (*run)(long), int rounds) {
    const long calls = 200000L; /* about 2 ms */
    double best = 1e300, total = 0;
    int round;
    for (round = 0; round < rounds || total < MIN_TOTAL_NS; round++) {
        double t = now_ns();
        sink += run(calls);
        t = now_ns() - t;
        total += t;
        t /= (double)calls;
        if (t < best) {
            best = t;
        }
    }
    return best;
}

int main(int argc, char **argv) {
    const char *dir;
    int max_exp, rounds, e;
    size_t n_max = 1, n, i;
    struct arrays a;
    int64_t *w, *ref;
    costshare_date first, last;

    if (argc < 2 || argc > 4) {
        fprintf(stderr, "usage: bench_peers DIR [max_exponent [rounds]]\n");
        return 1;
    }
    dir = argv[1];
    max_exp = argc > 2 ? atoi(argv[2]) : 6;
    rounds = argc > 3 ? atoi(argv[3]) : 5;
    if (max_exp < 2 || max_exp > 8 || rounds < 1 || rounds > 100) {
        die("max_exponent must be 2..8 and rounds 1..100");
    }
    for (e = 0; e < max_exp; e++) {
        n_max *= 10;
    }
    w = malloc(n_max * sizeof *w);
    ref = malloc(n_max * sizeof *ref);
    a.s = malloc(n_max * sizeof *a.s);
    a.copy = malloc(n_max * sizeof *a.copy);
    a.items = malloc(n_max * sizeof *a.items);
    if (w == NULL || ref == NULL || a.s == NULL || a.copy == NULL || a.items == NULL) {
        die("out of memory");
    }
    a.w = w;
    for (i = 0; i < n_max; i++) {
        w[i] = 1 + (int64_t)(rng() % 1000000u);
    }
    memset(a.s, 0, n_max * sizeof *a.s);
    memset(a.copy, 0, n_max * sizeof *a.copy);
    memset(a.items, 0, n_max * sizeof *a.items);
    write_file(dir, "weights.bin", w, n_max * sizeof *w);

    /* Dates 1990-01-01 .. 2099-12-31 and month counts -24..24. */
    if (costshare_date_from_ymd(1990, 1, 1, &first) != COSTSHARE_OK ||
        costshare_date_from_ymd(2099, 12, 31, &last) != COSTSHARE_OK) {
        die("bad date range");
    }
    for (i = 0; i < TABLE; i++) {
        costshare_date d = first + (costshare_date)(rng() % (uint64_t)(last - first + 1));
        rec[i][0] = d;
        if (costshare_date_to_ymd(d, &rec[i][1], &rec[i][2], &rec[i][3]) != COSTSHARE_OK) {
            die("bad date");
        }
        rec[i][4] = (int32_t)(rng() % 49u) - 24;
        if (costshare_date_add(d, rec[i][4], COSTSHARE_MONTHS, &out_add[i]) != COSTSHARE_OK) {
            die("date_add failed");
        }
        if (costshare_se_is_business_day(d, &out_bday[i]) != COSTSHARE_OK) {
            die("is_business_day failed");
        }
    }
    write_file(dir, "dates.bin", rec, sizeof rec);
    write_file(dir, "add_months.bin", out_add, sizeof out_add);
    write_file(dir, "business.bin", out_bday, sizeof out_bday);

    for (n = 100, e = 2; e <= max_exp; e++, n *= 10) {
        size_t diff_select = 0, diff_sort = 0;
        char name[64];
        if (costshare_split(TOTAL, w, n, ref) != COSTSHARE_OK) {
            die("split failed");
        }
        if (e <= 6) {
            snprintf(name, sizeof name, "shares_%lu.bin", (unsigned long)n);
            write_file(dir, name, ref, n * sizeof *ref);
        }
        run_once(DOUBLE_SELECT, &a, n);
        for (i = 0; i < n; i++) {
            diff_select += a.s[i] != ref[i] ? 1u : 0u;
        }
        run_once(DOUBLE_SORT, &a, n);
        for (i = 0; i < n; i++) {
            diff_sort += a.s[i] != ref[i] ? 1u : 0u;
        }
        printf("R split costshare %lu %.4f\n", (unsigned long)n,
               time_split(COSTSHARE, &a, n, rounds));
        printf("R split memcpy %lu %.4f\n", (unsigned long)n,
               time_split(MEMCPY, &a, n, rounds));
        printf("R split double_select %lu %.4f %lu\n", (unsigned long)n,
               time_split(DOUBLE_SELECT, &a, n, rounds), (unsigned long)diff_select);
        printf("R split double_sort %lu %.4f %lu\n", (unsigned long)n,
               time_split(DOUBLE_SORT, &a, n, rounds), (unsigned long)diff_sort);
        fflush(stdout);
    }
    printf("R date costshare_date_add_months 0 %.4f\n", time_calls(run_add_months, rounds));
    printf("R date costshare_se_is_business_day 0 %.4f\n",
           time_calls(run_business_day, rounds));
    free(w);
    free(ref);
    free(a.s);
    free(a.copy);
    free(a.items);
    return 0;
}
