/*
 * Internal: the contract every batch entry point shares (the *_batch
 * functions of date.h, calendar_se.h, notice.h and refund.h).
 *
 * A batch applies one single-date function to every element of an array,
 * with the same other arguments. Nothing is written unless every element
 * succeeds, so the elements are checked before the first result is stored.
 * The check is cheap because every batched function succeeds exactly on an
 * interval of dates for fixed other arguments (each one's result never
 * decreases as the date grows, and fails only by leaving the calendar's
 * range): each batch works out its interval [lo, hi] once, from the single
 * function's own range checks, and one read of the array finds the first
 * date outside it. The results are then computed and stored in one pass
 * that cannot fail. The tests compare every batch with its single call on
 * every element, around both ends of the interval.
 *
 * Everything is static inline: nothing here is exported.
 */
#ifndef COSTSHARE_BATCH_H
#define COSTSHARE_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "costshare/date.h"

/* Whether an input array of count elements of size bytes and an output
 * array of the same length can be used: both non-NULL (either may be NULL
 * when count is 0), and either the same array (in place) or not
 * overlapping at all. */
static inline int cs_batch_arrays_ok(const void *in, const void *out, size_t count,
                                     size_t size) {
    uintptr_t pa = (uintptr_t)in, pb = (uintptr_t)out, bytes;
    if (count == 0) {
        return 1;
    }
    if (in == NULL || out == NULL || count > SIZE_MAX / size) {
        return 0;
    }
    if (in == out) {
        return 1;
    }
    bytes = (uintptr_t)(count * size);
    return pa < pb ? pb - pa >= bytes : pa - pb >= bytes;
}

/* Elements checked at a time: the test of a block has no branch, so it
 * vectorises; only a block that holds a bad date is searched. */
#define CS_BATCH_BLOCK 64u

/* The index of the first date of dates[0 .. count) outside [lo, hi], or
 * count when there is none. An empty interval (lo > hi) refuses every
 * date. The bounds may lie beyond the calendar: they are clamped to it,
 * as no date outside it is valid anyway. */
static inline size_t cs_batch_first_outside(const costshare_date *dates, size_t count,
                                            int64_t lo, int64_t hi) {
    uint32_t base, span;
    size_t i = 0;
    lo = lo > COSTSHARE_DATE_MIN ? lo : COSTSHARE_DATE_MIN;
    hi = hi < COSTSHARE_DATE_MAX ? hi : COSTSHARE_DATE_MAX;
    if (lo > hi) {
        return 0;
    }
    /* lo <= d <= hi as one unsigned compare: d - lo wraps for d < lo. */
    base = (uint32_t)(int32_t)lo;
    span = (uint32_t)(hi - lo);
    while (i < count) {
        const size_t end = count - i > CS_BATCH_BLOCK ? i + CS_BATCH_BLOCK : count;
        uint32_t bad = 0;
        size_t j;
        for (j = i; j < end; j++) {
            bad |= (uint32_t)((uint32_t)dates[j] - base > span);
        }
        if (bad != 0) {
            /* The block holds a bad date, so j stops before end; the test
             * j < end states it for a static analysis, which does not
             * relate bad to the dates. */
            for (j = i; j < end && (uint32_t)dates[j] - base <= span; j++) {
            }
            return j;
        }
        i = end;
    }
    return count;
}

/* Whether an element of an array that cs_batch_first_outside() accepted,
 * read into a variable, is a date of the calendar: always, as the check
 * found it in [lo, hi]. The pass that computes the results tests it all the
 * same, so that a static analysis, which does not carry what the check
 * found about the array's content to that pass, sees a valid date: a branch
 * that always goes the same way, cheaper than clamping the date. A macro,
 * so that the analysis narrows the variable itself (it does not narrow an
 * argument by the result of a call). */
#define CS_BATCH_VALID(date) ((date) >= COSTSHARE_DATE_MIN && (date) <= COSTSHARE_DATE_MAX)

/* Reports the first bad element: its index to *bad_index (when wanted). */
static inline int cs_batch_refuse(size_t index, size_t *bad_index, int code) {
    if (bad_index != NULL) {
        *bad_index = index;
    }
    return code;
}

#endif /* COSTSHARE_BATCH_H */
