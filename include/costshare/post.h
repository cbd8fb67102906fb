/**
 * @file costshare/post.h
 * @brief The cost of a post: monthly salary plus on-costs over a number of
 *        months, exact; by year, with salary revisions and overhead.
 *
 * The shared cost in the Östergötland agreements is the cost of one post:
 * the 2016 coordinator at 39 500 SEK a month plus 48 % on-cost (social fees
 * and similar) cost 701 520 SEK a year. costshare_post_cost() is that
 * product; costshare_post_cost_ex() gives the cost of any period of months
 * from the terms of the post (costshare_post_terms): the salary revised
 * every year from a given month by a percentage or by an index series,
 * on-cost, overhead and the extent of the post. Rounding modes are those of
 * round.h.
 */
#ifndef COSTSHARE_POST_H
#define COSTSHARE_POST_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"
#include "round.h"

/** Largest on-cost for costshare_post_cost(), in basis points (10 000 %);
 *  also the largest overhead and yearly revision of costshare_post_terms. */
#define COSTSHARE_ONCOST_BP_MAX 1000000

/** Smallest yearly revision of costshare_post_terms, in basis points: -100 %. */
#define COSTSHARE_REVISION_BP_MIN (-10000)

/** Largest extent of a post in basis points of full time: 100 posts. */
#define COSTSHARE_FTE_BP_MAX 1000000

/** The current version of struct costshare_post_terms. */
#define COSTSHARE_POST_TERMS_VERSION 1

/**
 * @brief The terms that make up the cost of a post (costshare_post_cost_ex()).
 *
 * The salary is costshare_post_terms::monthly from the month
 * costshare_post_terms::base_year - costshare_post_terms::base_month on. Each
 * year, from month costshare_post_terms::revision_month, it is revised: by
 * costshare_post_terms::revision_bp, or by an index series given to
 * costshare_post_cost_ex(). A month of salary costs
 * `salary * (fte_bp / 10000) * (1 + oncost_bp / 10000) * (1 + overhead_bp /
 * 10000)`: on-cost (social fees and similar) on the salary, overhead on
 * salary and on-cost together.
 *
 * Initialise with #COSTSHARE_POST_TERMS_INIT or costshare_post_terms_init(),
 * then set the members (at least the salary and the base year).
 */
typedef struct costshare_post_terms {
    /** #COSTSHARE_POST_TERMS_VERSION (1 to the library's version). */
    uint32_t version;
    /** Rounding of each revised salary and of the cost: a COSTSHARE_ROUND_*
     *  constant (default #COSTSHARE_ROUND_HALF_AWAY). */
    int32_t mode;
    /** Monthly salary in minor units, >= 0, from the base month on. */
    int64_t monthly;
    /** Year of the month the salary applies from (the base month), 1 to 9999 (the
     *  initialiser's 0 must be replaced). */
    int32_t base_year;
    /** That month, 1 to 12 (default 1). */
    int32_t base_month;
    /** The month of each year, 1 to 12, from which a revision applies, or 0
     *  for none (the default). A revision in the base month itself is
     *  already in the salary. */
    int32_t revision_month;
    /** The yearly revision in basis points (300 = 3 %), from
     *  #COSTSHARE_REVISION_BP_MIN to #COSTSHARE_ONCOST_BP_MAX; unused with an
     *  index series. */
    int32_t revision_bp;
    /** On-cost in basis points of the salary (4800 = 48 %), 0 to
     *  #COSTSHARE_ONCOST_BP_MAX. */
    int32_t oncost_bp;
    /** Overhead in basis points of salary plus on-cost, 0 to
     *  #COSTSHARE_ONCOST_BP_MAX (default 0). */
    int32_t overhead_bp;
    /** Extent of the post in basis points of full time (10000, the default,
     *  is one full-time post; 5000 half time), 0 to #COSTSHARE_FTE_BP_MAX. */
    int32_t fte_bp;
} costshare_post_terms;

/**
 * Initialiser for a struct costshare_post_terms: salary 0 from January of
 * year 0 (to be set), no revision, no on-cost or overhead, full time,
 * rounding half away from zero.
 */
#define COSTSHARE_POST_TERMS_INIT                                                              \
    { COSTSHARE_POST_TERMS_VERSION, COSTSHARE_ROUND_HALF_AWAY, 0, 0, 1, 0, 0, 0, 0, 10000 }

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

/**
 * @brief Fill @p terms with the defaults of struct version @p version
 *        (#COSTSHARE_POST_TERMS_INIT).
 * @param terms The struct to fill; written only on success.
 * @param version 1 to #COSTSHARE_POST_TERMS_VERSION.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p terms is NULL or @p version is unknown.
 */
COSTSHARE_API int costshare_post_terms_init(costshare_post_terms *terms, uint32_t version);

/**
 * @brief The cost of a post for @p months months from @p year-@p month, with
 *        the salary revisions of its terms.
 *
 * The salary levels: level 0 is `terms->monthly`, from the base month on;
 * level @e k applies from the @e k-th month after the base month that is
 * `terms->revision_month`. Without an index series (@p index NULL) each level
 * is the one before revised by `terms->revision_bp`, rounded to a whole minor
 * unit by `terms->mode` (a salary is paid in whole units):
 * `level_k = round(level_(k-1) * (10000 + revision_bp) / 10000)`. With an
 * index series, `level_k = round(monthly * index[k] / index[0])`: index[0]
 * is the index of the base month's salary, index[k] that of the @e k-th
 * revision.
 *
 * The cost is then exact and rounded once by `terms->mode`: the sum over the
 * months of the period of `level * fte_bp * (10000 + oncost_bp) * (10000 +
 * overhead_bp) / 10000^3`.
 *
 * The 2016 coordinator, 39 500 SEK a month from January 2016 with 48 %
 * on-cost and nothing else, costs 701 520 for 2016 (12 months), exactly
 * costshare_post_cost(39500, 4800, 12, ...): without revisions, overhead
 * and with a full-time post, costshare_post_cost_ex() is costshare_post_cost()
 * for any period. With a 3 % revision from April, 2016 costs
 * (3 * 39 500 + 9 * 40 685) * 1.48 = 717 304.20, so 717 304; 2017 then costs
 * (3 * 40 685 + 9 * 41 906) * 1.48 = 738 829.32 (41 905.55 rounded to
 * 41 906), so 738 829.
 * @code
 * costshare_post_terms post = COSTSHARE_POST_TERMS_INIT;
 * int64_t cost;
 * post.monthly = 39500;
 * post.base_year = 2016;
 * post.oncost_bp = 4800;
 * post.revision_month = 4;
 * post.revision_bp = 300;
 * int rc = costshare_post_cost_ex(&post, 2017, 1, 12, NULL, 0, &cost); // 738829
 * @endcode
 *
 * @param terms The terms of the post. Must not be NULL.
 * @param year Year of the period's first month, 1 to 9999.
 * @param month The period's first month, 1 to 12; not before the base month.
 * @param months Number of months, >= 0; the period must end by December 9999.
 * @param index NULL, or @p index_count index values, each >= 1: index[0] for
 *        the base salary and one more for each revision up to the period's
 *        last month.
 * @param index_count Number of values in @p index (ignored when it is NULL).
 * @param out Receives the cost in the unit of `terms->monthly`.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p terms or @p out is NULL, or the terms'
 *         version or mode is unknown;
 *         #COSTSHARE_ERANGE if a member of the terms is out of its range, the
 *         year or month is, @p months is negative or the period ends after
 *         December 9999, or the index series has a value below 1 or too few
 *         values for the period;
 *         #COSTSHARE_EBACKWARDS if the period begins before the base month;
 *         #COSTSHARE_EOVERFLOW if a salary level in force in the period (or,
 *         revised by `revision_bp`, one before it) or the cost does not fit
 *         in int64_t.
 *         The checks run in this order; on any error @p out is untouched.
 */
COSTSHARE_API int costshare_post_cost_ex(const costshare_post_terms *terms, int32_t year,
                                         int32_t month, int32_t months, const int64_t *index,
                                         size_t index_count, int64_t *out);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_POST_H */
