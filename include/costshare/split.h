/**
 * @file costshare/split.h
 * @brief Splitting a cost by population, exact scaling and rounding modes.
 *
 * All amounts are integers in the caller's minor unit (kronor, öre, ...);
 * no floating point is used anywhere. Intermediate products are exact
 * (128-bit).
 */
#ifndef COSTSHARE_SPLIT_H
#define COSTSHARE_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"

/** @name Rounding modes
 *  For costshare_scale() and every function that takes a `mode`.
 *  @{ */
/** Round to nearest; a tie goes away from zero (2.5 -> 3, -2.5 -> -3). The default. */
#define COSTSHARE_ROUND_HALF_AWAY 0
/** Round to nearest; a tie goes to the even neighbour (2.5 -> 2, 3.5 -> 4). */
#define COSTSHARE_ROUND_HALF_EVEN 1
/** Round toward negative infinity. */
#define COSTSHARE_ROUND_FLOOR 2
/** Round toward positive infinity. */
#define COSTSHARE_ROUND_CEILING 3
/** Round toward zero (truncate). */
#define COSTSHARE_ROUND_TOWARD_ZERO 4
/** @} */

COSTSHARE_BEGIN_DECLS

/**
 * @brief Split @p total by @p weights with the largest-remainder (Hamilton) method.
 *
 * (Placeholder declaration; the split module documents the full contract.)
 */
COSTSHARE_API int costshare_split(int64_t total, const int64_t *weights, size_t count,
                                  int64_t *shares);

/**
 * @brief Exact `amount * numerator / denominator`, rounded by @p mode.
 */
COSTSHARE_API int costshare_scale(int64_t amount, int64_t numerator, int64_t denominator,
                                  int32_t mode, int64_t *out);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_SPLIT_H */
