/**
 * @file costshare/round.h
 * @brief Rounding modes and exact scaling: `amount * numerator / denominator`,
 *        rounded once.
 *
 * Every function of the library that rounds takes one of the
 * COSTSHARE_ROUND_* modes below. costshare_round_scale() is the exact
 * operation underneath pro-rating and cost build-up: the product is computed
 * in 128 bits and rounded once, so no input in range is ever rounded twice.
 */
#ifndef COSTSHARE_ROUND_H
#define COSTSHARE_ROUND_H

#include <stdint.h>

#include "error.h"
#include "export.h"

/** @name Rounding modes
 *  For costshare_round_scale() and every function that takes a `mode`.
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
 * @brief Exact `amount * numerator / denominator`, rounded by @p mode.
 *
 * The product is exact (128-bit) and rounded once. Any signs are allowed;
 * the result has the sign of the exact quotient.
 * @code
 * int64_t r;
 * costshare_round_scale(64000, 92, 366, COSTSHARE_ROUND_HALF_AWAY, &r); // 16087
 * @endcode
 * @param amount Any int64_t value.
 * @param numerator Any int64_t value.
 * @param denominator Any int64_t value except 0.
 * @param mode One of the COSTSHARE_ROUND_* constants.
 * @param out Output, the rounded quotient.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p mode is unknown;
 *         #COSTSHARE_ERANGE if @p denominator is 0;
 *         #COSTSHARE_EOVERFLOW if the rounded result does not fit in int64_t.
 *         On any error @p out is untouched.
 */
COSTSHARE_API int costshare_round_scale(int64_t amount, int64_t numerator, int64_t denominator,
                                        int32_t mode, int64_t *out);

/**
 * @brief The name of a rounding mode, such as "COSTSHARE_ROUND_HALF_EVEN".
 * @param mode Any integer.
 * @return A static string; never NULL ("COSTSHARE_UNKNOWN" for a value
 *         that is not a mode).
 */
COSTSHARE_API const char *costshare_round_mode_name(int32_t mode);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_ROUND_H */
