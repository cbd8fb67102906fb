/*
 * Shared by the tests of the batch functions (*_batch): one check that a
 * batch agrees with its single call on every element and keeps the batch
 * contract (nothing written on a refusal, the first refused element
 * reported, in place allowed). Include after <cmocka.h>, "costshare.h" and
 * "test_support.h".
 *
 * The dates tried do not come from the library's own idea of where a batch
 * starts refusing: the single call is probed over the whole int32_t range
 * (every ~10 000 days, the calendar's ends and the Swedish calendar's
 * start), and wherever it changes between accepting and refusing, the exact
 * day is found by bisection and the days around it are tried as well.
 */
#ifndef COSTSHARE_TEST_BATCH_SUPPORT_H
#define COSTSHARE_TEST_BATCH_SUPPORT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One batch function and its single call, with the arguments they share. */
struct batch_case {
    int (*single)(const void *args, costshare_date in, int32_t *out);
    int (*batch)(const void *args, const costshare_date *in, size_t count, int32_t *out,
                 size_t *bad_index);
    const void *args;
};

#define BATCH_MAX_PROBES 4096
#define BATCH_SENTINEL ((int32_t)0x5A5A5A5A)
#define BATCH_BAD_SENTINEL ((size_t)0xA5A5A5A5u)

static int batch_ok(const struct batch_case *c, costshare_date d) {
    int32_t out = 0;
    return c->single(c->args, d, &out) == COSTSHARE_OK;
}

static size_t batch_add(costshare_date *v, size_t n, int64_t d) {
    if (d >= INT32_MIN && d <= INT32_MAX && n < BATCH_MAX_PROBES) {
        v[n++] = (costshare_date)d;
    }
    return n;
}

/* The days tried: a coarse grid over the calendar and beyond, each end of
 * the ranges, and every day where the single call starts or stops
 * accepting, with its neighbours. */
static size_t batch_probes(const struct batch_case *c, costshare_date *v) {
    static const int64_t fixed[] = {INT32_MIN,
                                    INT32_MIN + 1,
                                    -1000000,
                                    0,
                                    19895,
                                    INT32_MAX - 1,
                                    INT32_MAX,
                                    COSTSHARE_DATE_MIN,
                                    COSTSHARE_DATE_MAX,
                                    COSTSHARE_SE_DATE_MIN};
    size_t n = 0, i, coarse, grid_end;
    int64_t d;
    int k;
    for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        for (k = -3; k <= 3; k++) {
            n = batch_add(v, n, fixed[i] + k);
        }
    }
    coarse = n;
    for (d = COSTSHARE_DATE_MIN - 5000; d <= COSTSHARE_DATE_MAX + 5000; d += 9973) {
        n = batch_add(v, n, d);
    }
    grid_end = n;
    /* Transitions between neighbouring grid days (the grid is in order). */
    for (i = coarse; i + 1 < grid_end; i++) {
        int64_t lo = v[i], hi = v[i + 1];
        int ok_lo = batch_ok(c, (costshare_date)lo);
        if (ok_lo == batch_ok(c, (costshare_date)hi)) {
            continue;
        }
        while (hi - lo > 1) { /* ok(lo) != ok(hi) throughout */
            int64_t mid = lo + (hi - lo) / 2;
            if (batch_ok(c, (costshare_date)mid) == ok_lo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (k = -3; k <= 3; k++) {
            n = batch_add(v, n, hi + k);
        }
    }
    return n;
}

/* Every element alone, the whole array, the valid elements (also in place),
 * and refusals at the first, a middle and the last position. */
static void batch_check(const struct batch_case *c) {
    costshare_date *probes = calloc(BATCH_MAX_PROBES, sizeof *probes);
    costshare_date *valid = calloc(BATCH_MAX_PROBES, sizeof *valid);
    int32_t *want = calloc(BATCH_MAX_PROBES, sizeof *want);
    int32_t *got = calloc(BATCH_MAX_PROBES, sizeof *got);
    size_t n, nvalid = 0, i, bad, first_bad = SIZE_MAX;
    int first_rc = COSTSHARE_OK, rc;
    assert_non_null(probes);
    assert_non_null(valid);
    assert_non_null(want);
    assert_non_null(got);
    n = batch_probes(c, probes);
    for (i = 0; i < n; i++) {
        int32_t single = BATCH_SENTINEL, one = BATCH_SENTINEL;
        int rc_single = c->single(c->args, probes[i], &single);
        bad = BATCH_BAD_SENTINEL;
        rc = c->batch(c->args, &probes[i], 1, &one, &bad);
        CHECK_EQ(rc, rc_single);
        CHECK_EQ(one, single);
        /* EINVAL comes from the shared arguments: no element is reported. */
        CHECK_EQ(bad, rc == COSTSHARE_OK || rc == COSTSHARE_EINVAL ? BATCH_BAD_SENTINEL : 0);
        if (rc_single == COSTSHARE_OK) {
            want[nvalid] = single;
            valid[nvalid++] = probes[i];
        } else if (first_bad == SIZE_MAX) {
            first_bad = i;
            first_rc = rc_single;
        }
    }
    /* The whole array: refused at its first bad element, nothing written. */
    for (i = 0; i < n; i++) {
        got[i] = BATCH_SENTINEL;
    }
    bad = BATCH_BAD_SENTINEL;
    rc = c->batch(c->args, probes, n, got, &bad);
    CHECK_EQ(rc, first_rc);
    if (rc != COSTSHARE_OK) {
        CHECK_EQ(bad, rc == COSTSHARE_EINVAL ? BATCH_BAD_SENTINEL : first_bad);
        for (i = 0; i < n; i++) {
            CHECK_EQ(got[i], BATCH_SENTINEL);
        }
    }
    /* The valid elements: every result as the single call's. */
    if (nvalid > 0) {
        bad = BATCH_BAD_SENTINEL;
        CHECK_EQ(c->batch(c->args, valid, nvalid, got, &bad), COSTSHARE_OK);
        CHECK_EQ(bad, BATCH_BAD_SENTINEL);
        for (i = 0; i < nvalid; i++) {
            CHECK_EQ(got[i], want[i]);
        }
        memcpy(got, valid, nvalid * sizeof *got);
        CHECK_EQ(c->batch(c->args, (const costshare_date *)got, nvalid, got, NULL),
                 COSTSHARE_OK);
        for (i = 0; i < nvalid; i++) {
            CHECK_EQ(got[i], want[i]);
        }
    }
    /* One bad element among valid ones, at the start, middle and end. */
    if (first_bad != SIZE_MAX && nvalid > 0) {
        size_t at[3];
        int k;
        at[0] = 0;
        at[1] = nvalid / 2;
        at[2] = nvalid - 1;
        for (k = 0; k < 3; k++) {
            const costshare_date keep = valid[at[k]];
            valid[at[k]] = probes[first_bad];
            for (i = 0; i < nvalid; i++) {
                got[i] = BATCH_SENTINEL;
            }
            bad = BATCH_BAD_SENTINEL;
            CHECK_EQ(c->batch(c->args, valid, nvalid, got, &bad), first_rc);
            CHECK_EQ(bad, at[k]);
            for (i = 0; i < nvalid; i++) {
                CHECK_EQ(got[i], BATCH_SENTINEL);
            }
            CHECK_EQ(c->batch(c->args, valid, nvalid, got, NULL), first_rc);
            valid[at[k]] = keep;
        }
    }
    free(probes);
    free(valid);
    free(want);
    free(got);
}

/* The parts of the contract that do not depend on the function: an empty
 * batch needs no arrays, a missing array or a partial overlap is EINVAL
 * without a bad index. `date` is a day the function accepts. */
static void batch_check_arrays(const struct batch_case *c, costshare_date date) {
    costshare_date in[4];
    int32_t out[4];
    size_t bad = BATCH_BAD_SENTINEL;
    int i;
    for (i = 0; i < 4; i++) {
        in[i] = date;
        out[i] = BATCH_SENTINEL;
    }
    CHECK_EQ(c->batch(c->args, NULL, 0, NULL, &bad), COSTSHARE_OK);
    CHECK_EQ(c->batch(c->args, in, 0, NULL, &bad), COSTSHARE_OK);
    CHECK_EQ(c->batch(c->args, NULL, 0, out, &bad), COSTSHARE_OK);
    CHECK_EQ(c->batch(c->args, NULL, 1, out, &bad), COSTSHARE_EINVAL);
    CHECK_EQ(c->batch(c->args, in, 1, NULL, &bad), COSTSHARE_EINVAL);
    /* A partial overlap either way; in place (the same array) is fine. */
    CHECK_EQ(c->batch(c->args, in, 3, (int32_t *)&in[1], &bad), COSTSHARE_EINVAL);
    CHECK_EQ(c->batch(c->args, &in[1], 3, (int32_t *)in, &bad), COSTSHARE_EINVAL);
    CHECK_EQ(bad, BATCH_BAD_SENTINEL);
    /* Too many elements to address at all. */
    CHECK_EQ(c->batch(c->args, in, SIZE_MAX / 2, out, &bad), COSTSHARE_EINVAL);
    CHECK_EQ(bad, BATCH_BAD_SENTINEL);
    for (i = 0; i < 4; i++) {
        CHECK_EQ(in[i], date);
        CHECK_EQ(out[i], BATCH_SENTINEL);
    }
    /* Adjacent arrays do not overlap. */
    CHECK_EQ(c->batch(c->args, in, 2, (int32_t *)&in[2], &bad), COSTSHARE_OK);
    in[2] = date;
    in[3] = date;
    CHECK_EQ(c->batch(c->args, &in[2], 2, (int32_t *)in, &bad), COSTSHARE_OK);
    CHECK_EQ(bad, BATCH_BAD_SENTINEL);
}

#endif /* COSTSHARE_TEST_BATCH_SUPPORT_H */
