/*
 * Shared by the libFuzzer harnesses in fuzz/: reads integers from the
 * fuzzer's input (little endian, zero once the input is used up) and aborts
 * on a violated invariant. Harness code only, never part of the library.
 */
#ifndef COSTSHARE_FUZZ_INPUT_H
#define COSTSHARE_FUZZ_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    const uint8_t *p;
    size_t left;
} fz_input;

static inline uint64_t fz_bytes(fz_input *in, size_t n) {
    uint64_t v = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        uint64_t b = 0;
        if (in->left > 0) {
            b = *in->p++;
            in->left--;
        }
        v |= b << (8 * i);
    }
    return v;
}

static inline uint8_t fz_u8(fz_input *in) {
    return (uint8_t)fz_bytes(in, 1);
}
static inline uint32_t fz_u32(fz_input *in) {
    return (uint32_t)fz_bytes(in, 4);
}
static inline int32_t fz_i32(fz_input *in) {
    uint32_t v = fz_u32(in);
    return v <= (uint32_t)INT32_MAX ? (int32_t)v : -(int32_t)(~v) - 1;
}
static inline int64_t fz_i64(fz_input *in) {
    uint64_t v = fz_bytes(in, 8);
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

/* A date: usually valid (mostly near the Swedish calendar's years), sometimes
 * anything at all, sometimes an edge of the range. */
static inline int32_t fz_date(fz_input *in) {
    uint8_t how = fz_u8(in);
    switch (how & 7u) {
    case 0:
        return fz_i32(in); /* anything */
    case 1: {              /* an edge of the valid range, +-3 days */
        int32_t d = (int32_t)(fz_u8(in) % 7u) - 3;
        return (how & 8u) ? -719162 + d : 2932896 + d;
    }
    case 2: /* the whole valid range */
        return -719162 + (int32_t)(fz_u32(in) % 3652059u);
    default: /* 1985 .. 2110: the years the agreements live in */
        return 5479 + (int32_t)(fz_u32(in) % 45800u);
    }
}

#define FZ_CHECK(cond)                                                                         \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            fprintf(stderr, "invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);     \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

#endif /* COSTSHARE_FUZZ_INPUT_H */
