/*
 * Inputs of the analysis drivers (scripts/prove.sh, Frama-C EVA): each
 * helper returns what the analyser treats as any value of its type, the
 * whole domain, and NULL_OR gives NULL or a valid object. Never compiled
 * into the library.
 */
#ifndef COSTSHARE_PROVE_H
#define COSTSHARE_PROVE_H

#include <stddef.h>
#include <stdint.h>

#include "__fc_builtin.h"

static inline int32_t any_i32(void) {
    return (int32_t)Frama_C_int_interval(INT32_MIN, INT32_MAX);
}

static inline uint32_t any_u32(void) {
    return (uint32_t)Frama_C_unsigned_int_interval(0u, UINT32_MAX);
}

static inline int64_t any_i64(void) {
    return (int64_t)Frama_C_long_long_interval(INT64_MIN, INT64_MAX);
}

static inline size_t any_size(void) {
    return Frama_C_size_t_interval(0u, SIZE_MAX);
}

/* Every byte of an object any value (a struct: every field and the padding). */
#define ANY_BYTES(obj) Frama_C_make_unknown((char *)&(obj), sizeof(obj))

/* NULL or the given object. */
#define NULL_OR(ptr) ((__typeof__(ptr))Frama_C_nondet_ptr(NULL, (void *)(ptr)))

#endif /* COSTSHARE_PROVE_H */
