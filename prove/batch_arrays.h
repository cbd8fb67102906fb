/*
 * The arrays of the batch entry points' drivers (`*_batch`, lib/batch.h):
 * an input of any content and any length up to BATCH_LEN, and an output
 * that is NULL, a separate array, the input itself (in place), or any other
 * part of the input's buffer (overlapping it, or just before or after it).
 *
 * BATCH_LEN elements suffice: the loops do the same for every element,
 * and each element is any value, so a longer array adds no new state; it
 * exceeds CS_BATCH_BLOCK (64), so the check of the elements also goes
 * through a second block, with the first bad element in either block.
 * The count is any value up to the arrays' length, as a batch's arrays
 * hold count elements (the header of every batch function: "receives
 * count ..."), and any size_t at all when an array is NULL (refused unless
 * the count is 0).
 */
#ifndef COSTSHARE_PROVE_BATCH_ARRAYS_H
#define COSTSHARE_PROVE_BATCH_ARRAYS_H

#include <stddef.h>
#include <stdint.h>

#include "prove.h"

#define BATCH_LEN 65

struct batch_arrays {
    int32_t buffer[2 * BATCH_LEN]; /* the input, and outputs overlapping it */
    int32_t other[BATCH_LEN];      /* a separate output */
    const int32_t *in;
    int32_t *out;
    size_t count;
};

/* The input: NULL, or BATCH_LEN elements of any value from any element of
 * the buffer's first half. The output: NULL, the separate array, or
 * BATCH_LEN elements from any element of the buffer's first half (the
 * input itself, overlapping it, or apart from it). The count: any value up
 * to BATCH_LEN. A driver also calls its function with any count at all and
 * one array NULL. */
static inline void batch_arrays_any(struct batch_arrays *a) {
    size_t from = Frama_C_size_t_interval(0, BATCH_LEN);
    size_t to = Frama_C_size_t_interval(0, BATCH_LEN);
    ANY_BYTES(a->buffer);
    ANY_BYTES(a->other);
    a->in = NULL_OR(&a->buffer[from]);
    a->out = NULL_OR((int32_t *)Frama_C_nondet_ptr(&a->buffer[to], &a->other[0]));
    a->count = Frama_C_size_t_interval(0, BATCH_LEN);
}

#endif /* COSTSHARE_PROVE_BATCH_ARRAYS_H */
