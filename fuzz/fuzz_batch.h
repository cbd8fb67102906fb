/*
 * Shared by the libFuzzer harnesses of the batch functions (*_batch): a
 * batch of up to 16 dates from the input must agree with its single call on
 * every element; a refused batch returns the first refused element's code
 * and index and writes nothing; in place gives the same results. Harness
 * code only, never part of the library.
 */
#ifndef COSTSHARE_FUZZ_BATCH_H
#define COSTSHARE_FUZZ_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "costshare.h"
#include "fuzz_input.h"

#define FZ_BATCH_MAX 16
#define FZ_BATCH_SENT ((int32_t)0x5A5A5A5A)

typedef int (*fz_single_fn)(const void *args, costshare_date in, int32_t *out);
typedef int (*fz_batch_fn)(const void *args, const costshare_date *in, size_t count,
                           int32_t *out, size_t *bad_index);

static inline void fz_check_batch(fz_input *in, fz_single_fn single, fz_batch_fn batch,
                                  const void *args) {
    costshare_date dates[FZ_BATCH_MAX];
    int32_t want[FZ_BATCH_MAX], got[FZ_BATCH_MAX];
    size_t n = fz_u8(in) % (FZ_BATCH_MAX + 1), i, bad = (size_t)-1, first = (size_t)-1;
    int32_t probe = 0;
    /* The single call's EINVAL depends only on the shared arguments. */
    const int args_bad = single(args, 19723, &probe) == COSTSHARE_EINVAL;
    int rc, want_rc = args_bad ? COSTSHARE_EINVAL : COSTSHARE_OK;
    for (i = 0; i < n; i++) {
        dates[i] = fz_date(in);
    }
    for (i = 0; i < n; i++) {
        int r;
        want[i] = FZ_BATCH_SENT;
        r = single(args, dates[i], &want[i]);
        if (r != COSTSHARE_OK && first == (size_t)-1 && !args_bad) {
            first = i;
            want_rc = r;
        }
        got[i] = FZ_BATCH_SENT;
    }
    rc = batch(args, dates, n, got, &bad);
    if (want_rc == COSTSHARE_EINVAL) {
        /* The arguments shared by every element: refused without an index. */
        FZ_CHECK(rc == COSTSHARE_EINVAL && bad == (size_t)-1);
    } else {
        FZ_CHECK(rc == want_rc);
        FZ_CHECK(rc == COSTSHARE_OK ? bad == (size_t)-1 : bad == first);
    }
    for (i = 0; i < n; i++) {
        FZ_CHECK(got[i] == (rc == COSTSHARE_OK ? want[i] : FZ_BATCH_SENT));
    }
    /* In place: the same results replace the dates, or nothing changes. */
    if (n > 0) {
        int32_t inplace[FZ_BATCH_MAX];
        for (i = 0; i < n; i++) {
            inplace[i] = dates[i];
        }
        FZ_CHECK(batch(args, inplace, n, inplace, NULL) == rc);
        for (i = 0; i < n; i++) {
            FZ_CHECK(inplace[i] == (rc == COSTSHARE_OK ? want[i] : dates[i]));
        }
    }
}

#endif /* COSTSHARE_FUZZ_BATCH_H */
