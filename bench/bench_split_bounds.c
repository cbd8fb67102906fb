/*
 * bench_split_bounds: how fast could costshare_split() be with its three
 * passes? Times the bare loops of each pass on 10^6 parties (the inputs of
 * bench_split), stripped of everything but their arithmetic, against a
 * memcpy of the same bytes (docs/performance.md, "The 4x goal").
 *
 *   bench_split_bounds [parties]   (default 1000000; best of 200 runs)
 *
 *   validate   the weights' OR and sum (pass 0: nothing may be written
 *              before every weight is known good, and W is needed first)
 *   multiply   one 64x64->128 multiply and a sum per party (pass 1 without
 *              its histogram)
 *   histogram  the same with the 1024-bucket histogram (pass 1 as it is)
 *   write      multiply, floor, compare with the threshold, store (the last
 *              pass without the candidate list)
 *   split      costshare_split() itself
 *
 * Needs a compiler with unsigned __int128 (GCC, Clang on 64-bit targets).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "costshare.h"
#include "bench_common.h"

#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 u128;

static uint64_t rng_state = BENCH_RNG_SEED;
static uint64_t rng(void) {
    return bench_rng(&rng_state);
}

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

static NOINLINE uint64_t validate(const int64_t *w, size_t n) {
    uint64_t bits = 0, lo = 0, hi = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        uint64_t x = (uint64_t)w[i];
        bits |= x;
        lo += x & 0xFFFFFFFFu;
        hi += x >> 32;
    }
    return bits + lo + hi;
}

static NOINLINE uint64_t multiply(const int64_t *w, size_t n, uint64_t f) {
    uint64_t s = 0, x = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        u128 p = (u128)f * (uint64_t)w[i];
        x ^= (uint64_t)p;
        s += (uint64_t)(p >> 64);
    }
    return s + x;
}

static NOINLINE uint64_t histogram(const int64_t *w, size_t n, uint64_t f, size_t *h) {
    uint64_t s = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        u128 p = (u128)f * (uint64_t)w[i];
        h[(uint64_t)p >> 54]++;
        s += (uint64_t)(p >> 64);
    }
    return s;
}

static NOINLINE void write_pass(const int64_t *w, int64_t *out, size_t n, uint64_t f,
                                uint64_t q0, uint64_t khi) {
    size_t i;
    for (i = 0; i < n; i++) {
        uint64_t x = (uint64_t)w[i];
        u128 p = (u128)f * x;
        out[i] = (int64_t)(q0 * x + (uint64_t)(p >> 64) + ((uint64_t)p > khi ? 1u : 0u));
    }
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000u, i;
    const uint64_t f = 0x9E3779B97F4A7C15u;
    static size_t hist[1024];
    volatile uint64_t sink = 0;
    int64_t *w, *out;
    double copy_ns = 0;
    int k;
    static const char *const names[] = {"memcpy",    "validate", "multiply",
                                        "histogram", "write",    "split"};
    if (n < 1 || n > 100000000u) {
        fprintf(stderr, "bench_split_bounds: parties must be 1..10^8\n");
        return 1;
    }
    w = malloc(n * sizeof *w);
    out = malloc(n * sizeof *out);
    if (w == NULL || out == NULL) {
        fprintf(stderr, "bench_split_bounds: out of memory\n");
        return 1;
    }
    for (i = 0; i < n; i++) {
        w[i] = 1 + (int64_t)(rng() % 1000000u);
    }
    memset(out, 0, n * sizeof *out);
    printf("%lu parties, best of 200 runs\n%-10s %10s %12s\n", (unsigned long)n, "loop",
           "ns/party", "x memcpy");
    for (k = 0; k < 6; k++) {
        double best = 1e300;
        int r;
        for (r = 0; r < 200; r++) {
            double t = now_ns();
            switch (k) {
            case 0:
                memcpy(out, w, n * sizeof *w);
                break;
            case 1:
                sink += validate(w, n);
                break;
            case 2:
                sink += multiply(w, n, f);
                break;
            case 3:
                sink += histogram(w, n, f, hist);
                break;
            case 4:
                write_pass(w, out, n, f, 246u, (uint64_t)1 << 63);
                break;
            default:
                if (costshare_split(INT64_C(123456789012345), w, n, out) != COSTSHARE_OK) {
                    fprintf(stderr, "bench_split_bounds: split failed\n");
                    return 1;
                }
                break;
            }
            sink += (uint64_t)out[(size_t)r % n];
            t = now_ns() - t;
            if (t < best) {
                best = t;
            }
        }
        if (k == 0) {
            copy_ns = best;
        }
        printf("%-10s %10.3f %12.2f\n", names[k], best / (double)n, best / copy_ns);
    }
    free(w);
    free(out);
    return sink == 42 ? 2 : 0;
}
#else
int main(void) {
    fprintf(stderr, "bench_split_bounds: needs unsigned __int128\n");
    return 0;
}
#endif
