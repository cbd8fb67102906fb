/**
 * @file costshare/post.h
 * @brief The cost of a post: monthly salary plus on-costs over a number of
 *        months, exact.
 *
 * The shared cost in the Östergötland agreements is the cost of one post:
 * the 2016 coordinator at 39 500 SEK a month plus 48 % on-cost (social fees
 * and similar) cost 701 520 SEK a year. Rounding modes are those of round.h.
 */
#ifndef COSTSHARE_POST_H
#define COSTSHARE_POST_H

#include <stdint.h>

#include "error.h"
#include "export.h"

/** Largest on-cost for costshare_post_cost(), in basis points (10 000 %). */
#define COSTSHARE_ONCOST_BP_MAX 1000000

COSTSHARE_BEGIN_DECLS

/**
 * @brief The cost of a post: monthly salary plus an on-cost percentage, over
 *        a number of months.
 *
 * Exactly `monthly * (10000 + oncost_bp) * months / 10000`, rounded once by
 * @p mode. The 2016 coordinator: 39 500 SEK a month plus 48 % on-cost
 * (social fees and similar): 701 520 for 12 months, 350 760 for 6, and
 * 1 052 280 for 18.
 * @code
 * int64_t year;
 * costshare_post_cost(39500, 4800, 12, COSTSHARE_ROUND_HALF_AWAY, &year); // 701520
 * @endcode
 * @param monthly Monthly salary in minor units, >= 0.
 * @param oncost_bp On-cost in basis points of the salary (4800 = 48 %),
 *        0 to #COSTSHARE_ONCOST_BP_MAX.
 * @param months Number of months, >= 0.
 * @param mode One of the COSTSHARE_ROUND_* constants, applied when the exact
 *        cost is not a whole number of minor units.
 * @param out Output, the cost in the unit of @p monthly.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p mode is unknown;
 *         #COSTSHARE_ERANGE if @p monthly, @p oncost_bp or @p months is out of
 *         range;
 *         #COSTSHARE_EOVERFLOW if the cost does not fit in int64_t.
 *         On any error @p out is untouched.
 */
COSTSHARE_API int costshare_post_cost(int64_t monthly, int64_t oncost_bp, int32_t months,
                                      int32_t mode, int64_t *out);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_POST_H */
