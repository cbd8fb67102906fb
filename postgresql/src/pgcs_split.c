/*
 * Splits, percentages, scaling, and the window function costshare_share().
 */
#include "pgcs.h"

#include "fmgr.h"
#include "utils/memutils.h"
#include "windowapi.h"

PG_FUNCTION_INFO_V1(pgcs_split);
PG_FUNCTION_INFO_V1(pgcs_split_ex);
PG_FUNCTION_INFO_V1(pgcs_percentages);
PG_FUNCTION_INFO_V1(pgcs_scale);
PG_FUNCTION_INFO_V1(pgcs_share);

/* costshare_split(total bigint, weights bigint[]) RETURNS bigint[] */
Datum pgcs_split(PG_FUNCTION_ARGS) {
    int64 total = PG_GETARG_INT64(0);
    ArrayType *weights = PG_GETARG_ARRAYTYPE_P(1);
    const int64 *w;
    size_t count = pgcs_int8_array(weights, "weights", &w);
    ArrayType *result = pgcs_int8_array_like(weights, count);

    pgcs_check(costshare_split(total, w, count, (int64_t *)ARR_DATA_PTR(result)));
    PG_RETURN_ARRAYTYPE_P(result);
}

/* costshare_split(total bigint, weights bigint[], unit bigint, fixed bigint,
 *                 method text) RETURNS bigint[] */
Datum pgcs_split_ex(PG_FUNCTION_ARGS) {
    int64 total = PG_GETARG_INT64(0);
    ArrayType *weights = PG_GETARG_ARRAYTYPE_P(1);
    costshare_split_options options;
    const int64 *w;
    size_t count;
    ArrayType *result;

    pgcs_check(costshare_split_options_init(&options, COSTSHARE_SPLIT_OPTIONS_VERSION));
    options.unit = PG_GETARG_INT64(2);
    options.fixed = PG_GETARG_INT64(3);
    options.method = pgcs_method(PG_GETARG_TEXT_PP(4));
    count = pgcs_int8_array(weights, "weights", &w);
    result = pgcs_int8_array_like(weights, count);
    pgcs_check(
        costshare_split_ex(total, w, count, &options, (int64_t *)ARR_DATA_PTR(result), NULL));
    PG_RETURN_ARRAYTYPE_P(result);
}

/* costshare_percentages(weights bigint[], decimals int) RETURNS bigint[] */
Datum pgcs_percentages(PG_FUNCTION_ARGS) {
    ArrayType *weights = PG_GETARG_ARRAYTYPE_P(0);
    int32 decimals = PG_GETARG_INT32(1);
    const int64 *w;
    size_t count = pgcs_int8_array(weights, "weights", &w);
    ArrayType *result = pgcs_int8_array_like(weights, count);

    pgcs_check(
        costshare_split_percentages(w, count, decimals, (int64_t *)ARR_DATA_PTR(result)));
    PG_RETURN_ARRAYTYPE_P(result);
}

/* costshare_scale(amount bigint, numerator bigint, denominator bigint,
 *                 mode text DEFAULT 'half-away') RETURNS bigint */
Datum pgcs_scale(PG_FUNCTION_ARGS) {
    int64_t out;

    pgcs_check(costshare_round_scale(PG_GETARG_INT64(0), PG_GETARG_INT64(1), PG_GETARG_INT64(2),
                                     pgcs_mode(PG_GETARG_TEXT_PP(3)), &out));
    PG_RETURN_INT64(out);
}

/*
 * costshare_share(total bigint, weight bigint) OVER (...): this row's share of
 * the largest-remainder split of the partition's total by the partition's
 * weights. The split is computed once per partition, on its first row, and
 * kept in the window object's partition-local memory; every row then reads
 * its own share. The partition's rows are the parties in the window's order,
 * so the library's tie rule (larger weight, then lower index) gives ties to
 * the larger weight, then to the earlier row. The frame plays no part.
 */
typedef struct pgcs_share_cache {
    bool computed;
    int64 shares[FLEXIBLE_ARRAY_MEMBER];
} pgcs_share_cache;

static void split_partition(WindowObject window, int64 rows, pgcs_share_cache *cache) {
    int64 *weights = (int64 *)palloc(rows * sizeof(int64));
    int64 total = 0;
    int64 i;

    for (i = 0; i < rows; i++) {
        bool total_null, weight_null, out;
        Datum t = WinGetFuncArgInPartition(window, 0, (int)i, WINDOW_SEEK_HEAD, false,
                                           &total_null, &out);
        Datum w = WinGetFuncArgInPartition(window, 1, (int)i, WINDOW_SEEK_HEAD, false,
                                           &weight_null, &out);

        if (total_null || weight_null) {
            pgcs_raise(COSTSHARE_EINVAL,
                       psprintf("costshare_share: row %lld of the partition has a NULL %s",
                                (long long)i + 1, total_null ? "total" : "weight"));
        }
        if (i == 0) {
            total = DatumGetInt64(t);
        } else if (DatumGetInt64(t) != total) {
            pgcs_raise(COSTSHARE_EINVAL,
                       psprintf("costshare_share: the total must be the same on every row of a "
                                "partition (row 1 has %lld, row %lld has %lld)",
                                (long long)total, (long long)i + 1,
                                (long long)DatumGetInt64(t)));
        }
        weights[i] = DatumGetInt64(w);
    }
    pgcs_check(costshare_split(total, weights, (size_t)rows, (int64_t *)cache->shares));
    pfree(weights);
    cache->computed = true;
}

Datum pgcs_share(PG_FUNCTION_ARGS) {
    WindowObject window = PG_WINDOW_OBJECT();
    int64 rows = WinGetPartitionRowCount(window);
    int64 position = WinGetCurrentPosition(window);
    pgcs_share_cache *cache;

    if (rows > (int64)((MaxAllocSize - offsetof(pgcs_share_cache, shares)) / sizeof(int64))) {
        ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
                        errmsg("costshare_share: a partition of %lld rows is too large",
                               (long long)rows)));
    }
    cache = (pgcs_share_cache *)WinGetPartitionLocalMemory(
        window, offsetof(pgcs_share_cache, shares) + (Size)rows * sizeof(int64));
    if (!cache->computed) {
        split_partition(window, rows, cache);
    }
    /* The rows before this one are no longer needed. */
    WinSetMarkPosition(window, position);
    PG_RETURN_INT64(cache->shares[position]);
}
