/*
 * Shared by the benchmark programs: a monotonic clock and the xorshift64*
 * generator that makes their inputs (bench/peers/ generates the same inputs
 * with the same generator and seed). Define _POSIX_C_SOURCE before including.
 */
#ifndef COSTSHARE_BENCH_COMMON_H
#define COSTSHARE_BENCH_COMMON_H

#include <stdint.h>
#include <time.h>

/* The seed every benchmark starts its generator from. */
#define BENCH_RNG_SEED 0x9E3779B97F4A7C15u

/* Nanoseconds on the monotonic clock. */
static inline double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* The next value of the xorshift64* generator with the given state. */
static inline uint64_t bench_rng(uint64_t *state) {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * 0x2545F4914F6CDD1Du;
}

#endif /* COSTSHARE_BENCH_COMMON_H */
