/**
 * @file costshare/refund.h
 * @brief Refunds after termination and vacancy, pro-rating, invoice due days.
 *
 * A party to a shared-cost agreement pays in advance for a period (a year,
 * say). When the agreement ends early, or the post it pays for is vacant, the
 * agreement may refund part of that amount. How much depends on its terms:
 *
 * - the 2016 agreement (Östergötland, seed 001): "Om kommunen säger upp
 *   avtalet efter det att Länsstyrelsen fakturerat kommunen och erhållit
 *   medel för medfinansiering, återbetalas inte de erhållna medlen" (if the
 *   municipality terminates after being invoiced and having paid, the money
 *   received is not refunded), and "Om tjänsten skulle bli vakant återbetalas
 *   kostnaden för motsvarande tid" (a vacancy is refunded for the
 *   corresponding time, of any length);
 * - the 2018 agreement: "återbetalas medel från och med första dagen i
 *   månaden, efter att avtalet upphörde att gälla" (money is refunded from the
 *   first day of the month after the agreement ceased to apply), and a vacancy
 *   is refunded "om vakansen är längre än en månad" (if it is longer than one
 *   month).
 *
 * costshare_refund_terms holds such terms; costshare_refund_termination() and
 * costshare_refund_vacancy() apply them; costshare_refund_prorate() is the exact
 * pro-rating underneath. All money is an integer in the caller's minor unit;
 * no floating point is used. The guide page @ref notice_refund has worked
 * examples.
 *
 * **Refunds shared by several parties.** When a charge was split among
 * parties by a key (costshare_split()) and a refund of it is paid back to all
 * of them, compute the refund once on the whole charge, then split the refund
 * with the same weights: the parties' refunds then sum exactly to the refund,
 * and refunding the whole charge gives every party back exactly what it paid.
 * Pro-rating each party's rounded share on its own does not: for the 2018
 * charge of 763 945 SEK split by the 2017 populations, a refund of 92 of 366
 * days is 192 030 on the whole charge, but the thirteen separately pro-rated
 * shares sum to 192 029 (and for 61 days to 2 more than the whole).
 *
 * Each function lists its return codes. In every function the checks come
 * in this order: #COSTSHARE_EINVAL (a NULL pointer, an unknown constant or
 * version), then #COSTSHARE_ERANGE for a number outside its range (every
 * date is checked before the order of any), then #COSTSHARE_EBACKWARDS for
 * dates in the wrong order, then whole months where months are counted. A
 * refused call writes nothing.
 */
#ifndef COSTSHARE_REFUND_H
#define COSTSHARE_REFUND_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/** @name Pro-rating bases
 *  How a period's amount is divided over its parts (costshare_refund_prorate()).
 *  @{ */
/** Each day of the period weighs the same: the part gets
 *  amount * (days in the part) / (days in the period). */
#define COSTSHARE_BASIS_DAYS 0
/** Each calendar month of the period weighs the same, whatever its length:
 *  the part gets amount * (months in the part) / (months in the period).
 *
 *  Months are counted only when a proper part of the period is pro-rated
 *  (the range meets the period without covering all of it). Then the
 *  period and the part of the range within it must consist of whole
 *  calendar months (start on the first day of a month and end on the last
 *  day of a month); anything else is refused with #COSTSHARE_ERANGE rather
 *  than guessed at. A range that misses the period gives 0 and one that
 *  covers it gives the whole amount, exact on any basis, so neither is
 *  checked for whole months; nor is a refund the terms do not grant
 *  (#COSTSHARE_REFUND_NONE, #COSTSHARE_VACANCY_NONE, a vacancy not longer
 *  than the minimum), which is simply 0. */
#define COSTSHARE_BASIS_MONTHS 1
/** @} */

/** @name Refund after termination
 *  costshare_refund_terms::termination.
 *  @{ */
/** Nothing is refunded once the period is invoiced (the 2016 agreement:
 *  "återbetalas inte de erhållna medlen"). Not an error: the refund is 0. */
#define COSTSHARE_REFUND_NONE 0
/** Refunded from the first day of the month after the agreement's last day
 *  (the 2018 agreement: "från och med första dagen i månaden, efter att
 *  avtalet upphörde att gälla"); see costshare_refund_start(). */
#define COSTSHARE_REFUND_NEXT_MONTH 1
/** Refunded from the day after the agreement's last day. */
#define COSTSHARE_REFUND_NEXT_DAY 2
/** @} */

/** @name Refund for a vacancy
 *  costshare_refund_terms::vacancy.
 *  @{ */
/** A vacancy is never refunded. */
#define COSTSHARE_VACANCY_NONE 0
/** A vacancy of any length is refunded for its time (the 2016 agreement:
 *  "Om tjänsten skulle bli vakant återbetalas kostnaden för motsvarande tid"). */
#define COSTSHARE_VACANCY_ANY 1
/** A vacancy is refunded for its whole time only if it is longer than
 *  costshare_refund_terms::vacancy_min_count units of
 *  costshare_refund_terms::vacancy_min_unit (the 2018 agreement: "om vakansen
 *  är längre än en månad", count 1, unit #COSTSHARE_MONTHS), the minimum
 *  counted from the first vacant day as a term is (costshare_refund_vacancy()). */
#define COSTSHARE_VACANCY_LONGER_THAN 2
/** The other reading of "longer than": the minimum is the period counted by
 *  Lag (1930:173) 1 § from the first vacant day with its end day included,
 *  so the vacancy must last past that end day. "Längre än en månad" from
 *  2019-03-15: the end day is 2019-04-15, so a vacancy through 2019-04-15
 *  is one month and one through 2019-04-16 is longer (under
 *  #COSTSHARE_VACANCY_LONGER_THAN a vacancy through 2019-04-15 is already
 *  longer). The agreements do not say which they mean; the library's choice
 *  is #COSTSHARE_VACANCY_LONGER_THAN (a month of vacancy is a month's term,
 *  as a term of one month from 2019-03-15 ends on 2019-04-14). */
#define COSTSHARE_VACANCY_LONGER_THAN_END_DAY 3
/** @} */

/** The version of costshare_refund_terms this header describes. */
#define COSTSHARE_REFUND_TERMS_VERSION 1
/**
 * Initializer for costshare_refund_terms: the header's version and every other
 * member zero, which means nothing is refunded after termination
 * (#COSTSHARE_REFUND_NONE), no vacancy is refunded (#COSTSHARE_VACANCY_NONE),
 * both bases are days and rounding is #COSTSHARE_ROUND_HALF_AWAY.
 */
#define COSTSHARE_REFUND_TERMS_INIT                                                            \
    { COSTSHARE_REFUND_TERMS_VERSION, 0, 0, 0, 0, 0, 0, 0 }

/**
 * @brief The refund terms of an agreement.
 *
 * The 2018 agreement: termination #COSTSHARE_REFUND_NEXT_MONTH with basis
 * #COSTSHARE_BASIS_MONTHS (or days, if the parties so agree: the agreement
 * does not say), vacancy #COSTSHARE_VACANCY_LONGER_THAN 1 #COSTSHARE_MONTHS
 * by #COSTSHARE_BASIS_DAYS. The 2016 agreement: termination
 * #COSTSHARE_REFUND_NONE, vacancy #COSTSHARE_VACANCY_ANY by days.
 *
 * Create one with #COSTSHARE_REFUND_TERMS_INIT or
 * costshare_refund_terms_init(), then set the members. Members are only ever
 * appended, under a new version; the library reads exactly the members of
 * the struct's own version. Every member is
 * validated by every function that takes the struct, whether it is used or
 * not (an unknown constant or version is #COSTSHARE_EINVAL, a negative
 * costshare_refund_terms::vacancy_min_count #COSTSHARE_ERANGE). The dates a
 * function is given, by contrast, are checked for whole months only where
 * that function pro-rates a part of the period by months
 * (#COSTSHARE_BASIS_MONTHS).
 */
typedef struct costshare_refund_terms {
    /** Struct version: 1 to #COSTSHARE_REFUND_TERMS_VERSION (the version the
     *  caller was compiled against). */
    uint32_t version;
    /** What is refunded when the agreement ends within an invoiced period:
     *  #COSTSHARE_REFUND_NONE, #COSTSHARE_REFUND_NEXT_MONTH or
     *  #COSTSHARE_REFUND_NEXT_DAY. */
    int32_t termination;
    /** Basis for a termination refund: #COSTSHARE_BASIS_DAYS or
     *  #COSTSHARE_BASIS_MONTHS. */
    int32_t termination_basis;
    /** Whether a vacancy is refunded: #COSTSHARE_VACANCY_NONE,
     *  #COSTSHARE_VACANCY_ANY, #COSTSHARE_VACANCY_LONGER_THAN or
     *  #COSTSHARE_VACANCY_LONGER_THAN_END_DAY. */
    int32_t vacancy;
    /** Minimum length a vacancy must exceed (#COSTSHARE_VACANCY_LONGER_THAN,
     *  #COSTSHARE_VACANCY_LONGER_THAN_END_DAY), 0 or more; 0 makes every
     *  vacancy of at least one day qualify. */
    int32_t vacancy_min_count;
    /** Unit of costshare_refund_terms::vacancy_min_count: #COSTSHARE_DAYS, #COSTSHARE_WEEKS,
     *  #COSTSHARE_MONTHS or #COSTSHARE_YEARS. */
    int32_t vacancy_min_unit;
    /** Basis for a vacancy refund: #COSTSHARE_BASIS_DAYS or
     *  #COSTSHARE_BASIS_MONTHS. */
    int32_t vacancy_basis;
    /** Rounding of every refund: a COSTSHARE_ROUND_* constant (round.h). */
    int32_t mode;
} costshare_refund_terms;

COSTSHARE_BEGIN_DECLS

/**
 * @brief The first day of the month after the agreement's last day.
 *
 * The 2018 agreement refunds money "från och med första dagen i månaden,
 * efter att avtalet upphörde att gälla": last day 2024-09-30 gives
 * 2024-10-01; last day 2024-09-15 gives 2024-10-01 too.
 *
 * @param last_day  The agreement's last day in force, 0001-01-01 to
 *                  9999-11-30 (a last day in December 9999 has no next month).
 * @param first_day Receives the first day refunded. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p first_day is NULL;
 *         #COSTSHARE_ERANGE if @p last_day is out of range or the result
 *         would be after 9999-12-31.
 */
COSTSHARE_API int costshare_refund_start(costshare_date last_day, costshare_date *first_day);

/**
 * @brief The part of an amount invoiced for a period that falls on a range of days.
 *
 * The part is the days from @p from to @p to that lie within the period
 * [@p period_first, @p period_last]; a range that does not meet the period
 * gives 0 (a refund that starts after the period has nothing to refund) and
 * a range that covers it gives @p amount itself, on either basis.
 * The result is `amount * part / whole`, exact, rounded by @p mode, where part
 * and whole count days (#COSTSHARE_BASIS_DAYS) or calendar months
 * (#COSTSHARE_BASIS_MONTHS). Its magnitude never exceeds |@p amount|; a
 * negative amount (a credit) gives the mirror image of the positive one.
 *
 * Example: 64 000 invoiced for 2024, refunded from 2024-10-01 to 2024-12-31:
 * by months 64 000 * 3 / 12 = 16 000; by days 64 000 * 92 / 366 =
 * 16 087.43..., 16 087 rounded half away from zero.
 *
 * @param amount       The amount invoiced for the whole period, any int64_t.
 * @param period_first First day of the invoiced period.
 * @param period_last  Last day of the invoiced period, on or after
 *                     @p period_first.
 * @param from         First day of the range, on or before @p to.
 * @param to           Last day of the range.
 * @param basis        #COSTSHARE_BASIS_DAYS or #COSTSHARE_BASIS_MONTHS. By
 *                     months, when the range covers a proper part of the
 *                     period, @p period_first and the first day of that part
 *                     (the later of @p from and @p period_first) must be
 *                     first days of months, and @p period_last and the
 *                     part's last day (the earlier of @p to and
 *                     @p period_last) last days: from 2023-06-16 to
 *                     2024-03-31 in the period 2024 is January to March.
 * @param mode         A COSTSHARE_ROUND_* constant.
 * @param out          Receives the pro-rated amount. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p basis or @p mode is
 *         unknown;
 *         #COSTSHARE_ERANGE if a date is outside 0001-01-01 to 9999-12-31,
 *         or, by months, the range covers a proper part of the period and
 *         the period or that part is not whole calendar months (by months
 *         the dates that bound what is counted must be first and last days
 *         of months, see @p basis);
 *         #COSTSHARE_EBACKWARDS if @p period_last is before @p period_first
 *         or @p to is before @p from.
 */
COSTSHARE_API int costshare_refund_prorate(int64_t amount, costshare_date period_first,
                                           costshare_date period_last, costshare_date from,
                                           costshare_date to, int32_t basis, int32_t mode,
                                           int64_t *out);

/**
 * @brief Initialize costshare_refund_terms to #COSTSHARE_REFUND_TERMS_INIT.
 *
 * Only the members of version @p version are written.
 *
 * @param terms   The struct to initialize. Must not be NULL.
 * @param version 1 to #COSTSHARE_REFUND_TERMS_VERSION: the version the
 *                caller was compiled against.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p terms is NULL or @p version
 *         is 0 or later than #COSTSHARE_REFUND_TERMS_VERSION (the struct is
 *         then untouched).
 */
COSTSHARE_API int costshare_refund_terms_init(costshare_refund_terms *terms, uint32_t version);

/**
 * @brief The refund when the agreement ends within an invoiced period.
 *
 * By costshare_refund_terms::termination: #COSTSHARE_REFUND_NONE gives 0;
 * #COSTSHARE_REFUND_NEXT_MONTH pro-rates @p invoiced to the days from
 * costshare_refund_start(@p last_day) to @p period_last;
 * #COSTSHARE_REFUND_NEXT_DAY to the days from @p last_day + 1. Pro-rating is
 * costshare_refund_prorate() with costshare_refund_terms::termination_basis and
 * costshare_refund_terms::mode. A last day on or after the period's last
 * day (or, with next month, in the period's last month) gives 0; a last day
 * before the period refunds all of it (with #COSTSHARE_REFUND_NEXT_DAY by
 * months too: last day 2023-06-15 refunds all of 2024). Months are counted,
 * and so must be whole, only for a refund of a proper part of the period;
 * #COSTSHARE_REFUND_NONE counts nothing and gives 0 for any valid dates.
 *
 * Example: 2018 terms by months, 64 000 invoiced for 2024, last day
 * 2024-09-30: refund 16 000 (by days: 16 087).
 *
 * @param terms        The refund terms. Must not be NULL.
 * @param invoiced     The amount invoiced for the period.
 * @param period_first First day of the invoiced period.
 * @param period_last  Last day of the invoiced period, on or after
 *                     @p period_first.
 * @param last_day     The agreement's last day in force, any valid date.
 * @param refund       Receives the refund. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL or a member of @p terms is
 *         an unknown constant or version (0, or later than
 *         #COSTSHARE_REFUND_TERMS_VERSION);
 *         #COSTSHARE_ERANGE if a date is outside 0001-01-01 to 9999-12-31,
 *         costshare_refund_terms::vacancy_min_count is negative, or the
 *         refund is a proper part of the period pro-rated by months and the
 *         period is not whole calendar months or (with
 *         #COSTSHARE_REFUND_NEXT_DAY) @p last_day within the period is not
 *         a month's last day;
 *         #COSTSHARE_EBACKWARDS if @p period_last is before @p period_first.
 */
COSTSHARE_API int costshare_refund_termination(const costshare_refund_terms *terms,
                                               int64_t invoiced, costshare_date period_first,
                                               costshare_date period_last,
                                               costshare_date last_day, int64_t *refund);

/**
 * @brief The refund for a vacancy within an invoiced period.
 *
 * By costshare_refund_terms::vacancy: #COSTSHARE_VACANCY_NONE gives 0;
 * #COSTSHARE_VACANCY_ANY refunds the vacant days; #COSTSHARE_VACANCY_LONGER_THAN
 * refunds them only when the vacancy is longer than the minimum. The vacancy
 * runs from @p vacancy_first through @p vacancy_last, both vacant. Its length
 * is counted by Lag (1930:173) 1 § from its first day, the same way as a term
 * (costshare_term, term.h): it lasts exactly N units when @p vacancy_last
 * is the last day of a term of N units starting on @p vacancy_first
 * (costshare_term_end()), and is longer when @p vacancy_last is after that
 * day. From 2019-03-15 a month runs through 2019-04-14, so a vacancy through
 * 2019-04-14 is exactly one month (nothing refunded under the 2018 terms) and
 * through 2019-04-15 is longer (refunded). From 2024-01-31 a month runs
 * through 2024-02-29 (February has no 31st, 1 § second sentence), so the
 * vacancy must last into March; from 2024-05-01 it is May. A minimum of 0 is
 * exceeded by any vacancy; a minimum whose term would end after 9999-12-31
 * by none. #COSTSHARE_VACANCY_LONGER_THAN_END_DAY reads the minimum the other
 * way: it runs through the 1 § end day counted from @p vacancy_first
 * (costshare_date_add()), one day more, so from 2019-03-15 a vacancy must
 * last through 2019-04-16. A vacancy that qualifies is
 * refunded for all its time within the period, not only for the time beyond
 * the minimum ("kostnaden för motsvarande tid"), by costshare_refund_prorate() with
 * costshare_refund_terms::vacancy_basis and costshare_refund_terms::mode.
 * A vacancy that is not refunded (#COSTSHARE_VACANCY_NONE, or not longer
 * than the minimum) gives 0 whatever its days; one that is refunded is
 * counted by months only for the part of it within the period, and only
 * when that part is a proper part of the period: by months, a vacancy from
 * 2018-12-15 through 2019-03-31 refunds January to March, 3 of 12 months of
 * the year 2019.
 *
 * @param terms         The refund terms. Must not be NULL.
 * @param invoiced      The amount invoiced for the period.
 * @param period_first  First day of the invoiced period.
 * @param period_last   Last day of the invoiced period, on or after
 *                      @p period_first.
 * @param vacancy_first First vacant day.
 * @param vacancy_last  Last vacant day, on or after @p vacancy_first.
 * @param refund        Receives the refund. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL or a member of @p terms is
 *         an unknown constant or version (0, or later than
 *         #COSTSHARE_REFUND_TERMS_VERSION);
 *         #COSTSHARE_ERANGE if a date is outside 0001-01-01 to 9999-12-31,
 *         costshare_refund_terms::vacancy_min_count is negative, or the
 *         vacancy is refunded, covers a proper part of the period and is
 *         pro-rated by months, and the period or the vacancy's part within
 *         it is not whole calendar months;
 *         #COSTSHARE_EBACKWARDS if @p period_last is before @p period_first
 *         or @p vacancy_last is before @p vacancy_first.
 */
COSTSHARE_API int costshare_refund_vacancy(const costshare_refund_terms *terms,
                                           int64_t invoiced, costshare_date period_first,
                                           costshare_date period_last,
                                           costshare_date vacancy_first,
                                           costshare_date vacancy_last, int64_t *refund);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_REFUND_H */
