/**
 * @file costshare/invoice.h
 * @brief Invoicing: due days, and the yearly invoice run of a shared cost
 *        among parties that join and leave.
 *
 * Agreements state when a party is invoiced: "yearly, at the latest
 * 10 December" (the 2018 agreement), "the remaining six months at the latest
 * the last day of May" (the 2016 agreement). costshare_invoice_due() turns
 * such a rule into a date, optionally moved by Lag (1930:173) 2 §
 * (#COSTSHARE_SE_DEADLINE, calendar_se.h).
 *
 * The invoice run (the guide page @ref invoice_run works through the
 * Östergötland cases):
 *
 * - costshare_invoice_segments() cuts a period where the set of members
 *   changes;
 * - costshare_invoice_period() splits the period's cost over those segments
 *   by their length and each segment's cost among the parties by weight,
 *   under one of two rules, and states the residual the funder carries;
 * - costshare_invoice_adjust() compares what each party owes with what it
 *   was invoiced in advance: a refund or a supplementary charge, and its
 *   due day.
 *
 * Parties are given as flat arrays, one entry per party: a weight (its
 * population in the key year), the first and the last day of its membership
 * (inclusive), #COSTSHARE_INVOICE_OPEN for a membership without a first day
 * (a member since before the period) or without a last day (still a
 * member). The party order is the order used for ties. Every amount is an
 * integer in the caller's minor unit; every split is the largest remainder,
 * so every level adds up exactly. Nothing is allocated; outputs go to the
 * caller's buffers and are written only on success.
 */
#ifndef COSTSHARE_INVOICE_H
#define COSTSHARE_INVOICE_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"
#include "refund.h"

/** A membership day that is not there: as a first day, a member since before
 *  the period; as a last day, still a member. Never a valid date. */
#define COSTSHARE_INVOICE_OPEN (-2147483647 - 1)

/** costshare_invoice_segment::months of a segment that does not begin on a
 *  month's first day and end on a month's last day. */
#define COSTSHARE_INVOICE_NO_MONTHS (-1)

/** @name Invoice rules
 *  Values of costshare_invoice_plan::rule: who carries a segment's cost.
 *  @{ */
/** The members present carry the whole cost of a segment: a segment's cost
 *  is split among the parties that are members throughout it, so the others
 *  carry a leaver's part. The default. */
#define COSTSHARE_INVOICE_REDISTRIBUTE 0
/** Every party keeps its share of the whole plan: a segment's cost is split
 *  among all parties that are members at some time in the period, and a
 *  party pays only its shares of the segments it is a member in. The shares
 *  of absent parties are charged to no one: they are the residual. */
#define COSTSHARE_INVOICE_FIXED_SHARES 1
/** @} */

/** The current version of struct costshare_invoice_plan. */
#define COSTSHARE_INVOICE_PLAN_VERSION 1

/**
 * @brief An invoice period, its cost and how the cost is shared
 *        (costshare_invoice_period()).
 *
 * Initialise with #COSTSHARE_INVOICE_PLAN_INIT or
 * costshare_invoice_plan_init(), then set the period and the cost.
 */
typedef struct costshare_invoice_plan {
    /** #COSTSHARE_INVOICE_PLAN_VERSION (1 to the library's version). */
    uint32_t version;
    /** First day of the invoice period (a valid date; the initialiser's
     *  #COSTSHARE_INVOICE_OPEN must be replaced). */
    costshare_date first;
    /** Last day of the invoice period, on or after
     *  costshare_invoice_plan::first. */
    costshare_date last;
    /** #COSTSHARE_INVOICE_REDISTRIBUTE (default) or
     *  #COSTSHARE_INVOICE_FIXED_SHARES. */
    int32_t rule;
    /** How the period's cost is split over the segments: by their length in
     *  whole months, #COSTSHARE_BASIS_MONTHS (the default; the period and
     *  every segment must then begin on a month's first day and end on a
     *  month's last day), or in days, #COSTSHARE_BASIS_DAYS (refund.h). */
    int32_t basis;
    /** The period's cost in minor units, any int64_t value (a negative one,
     *  a credit, is shared as the mirror image of the positive one). */
    int64_t cost;
} costshare_invoice_plan;

/**
 * Initialiser for a struct costshare_invoice_plan: no period yet (both days
 * #COSTSHARE_INVOICE_OPEN), #COSTSHARE_INVOICE_REDISTRIBUTE,
 * #COSTSHARE_BASIS_MONTHS, cost 0.
 */
#define COSTSHARE_INVOICE_PLAN_INIT                                                            \
    {                                                                                          \
        COSTSHARE_INVOICE_PLAN_VERSION, COSTSHARE_INVOICE_OPEN, COSTSHARE_INVOICE_OPEN,        \
            COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_MONTHS, 0                          \
    }

/**
 * @brief One segment of an invoice period: days in which the set of members
 *        does not change.
 *
 * Written by costshare_invoice_segments() (the days and members; the cost and
 * the residual 0) and costshare_invoice_period() (everything).
 */
typedef struct costshare_invoice_segment {
    /** First day of the segment. */
    costshare_date first;
    /** Last day of the segment. */
    costshare_date last;
    /** Number of days, `last - first + 1`. */
    int32_t days;
    /** Number of whole calendar months when the segment begins on a month's
     *  first day and ends on a month's last day, else
     *  #COSTSHARE_INVOICE_NO_MONTHS. */
    int32_t months;
    /** Number of parties that are members throughout the segment; a count
     *  above INT32_MAX is stored as INT32_MAX. */
    int32_t members;
    /** Always 0. */
    int32_t reserved;
    /** The segment's part of the period's cost. */
    int64_t cost;
    /** The part of costshare_invoice_segment::cost that no party pays: all of it in a segment
     * without members (or whose members all have weight 0), the absent parties' shares under
     * #COSTSHARE_INVOICE_FIXED_SHARES. */
    int64_t residual;
} costshare_invoice_segment;

COSTSHARE_BEGIN_DECLS

/**
 * @brief An invoice due day such as "at the latest 10 December".
 *
 * The day @p day of month @p month in @p year; a @p day larger than the
 * month's length means the month's last day, so "the last day of May" is
 * day 31 and "the last day of February" is day 31 (or 29) too. The 2016
 * agreement: "fakturerar summan för första året senast den 10 december 2016
 * och de resterande sex månaderna senast sista maj 2017" gives 2016-12-10 and
 * 2017-05-31; the 2018 agreement: "årligen senast den 10 december" gives
 * 10 December each year.
 *
 * With #COSTSHARE_SE_DEADLINE the day is moved by Lag (1930:173) 2 § to the
 * next weekday when it falls on a Saturday, Sunday, public holiday, Midsummer
 * Eve, Christmas Eve or New Year's Eve: 2016-12-10 was a Saturday, so the
 * invoice was still in time on Monday 2016-12-12. The law governs statutory
 * time limits; apply it only when the agreement does.
 *
 * @param year  Year, 1 to 9999.
 * @param month Month, 1 to 12.
 * @param day   Day, 1 to 31; more than the month's length means its last day.
 * @param flags 0 or #COSTSHARE_SE_DEADLINE.
 * @param out   Receives the due day. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p flags has any other bit
 *         (#COSTSHARE_CALENDAR_PERIODS included);
 *         #COSTSHARE_ERANGE if the year, month or day is out of range, or
 *         with #COSTSHARE_SE_DEADLINE the day is before 1990-01-01 (the
 *         Swedish calendar's first day) or moves past 9999-12-31.
 */
COSTSHARE_API int costshare_invoice_due(int32_t year, int32_t month, int32_t day,
                                        uint32_t flags, costshare_date *out);

/**
 * @brief Fill @p plan with the defaults of struct version @p version
 *        (#COSTSHARE_INVOICE_PLAN_INIT).
 * @param plan The struct to fill; written only on success.
 * @param version 1 to #COSTSHARE_INVOICE_PLAN_VERSION.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p plan is NULL or @p version is unknown.
 */
COSTSHARE_API int costshare_invoice_plan_init(costshare_invoice_plan *plan, uint32_t version);

/**
 * @brief The segments of an invoice period: the longest runs of days in which
 *        the set of members does not change.
 *
 * The period [@p first, @p last] is cut before each first day of a
 * membership that falls inside it (after @p first) and after each last day
 * (before @p last). A party is a member on day @e d when `from[i] <= d <=
 * to[i]` (#COSTSHARE_INVOICE_OPEN: no bound on that side). The segments come
 * in date order, cover the period without gap or overlap, and two adjacent
 * segments always have different members. A membership that lies entirely
 * outside the period cuts nothing.
 *
 * The 2024 Östergötland case: all thirteen municipalities are members until
 * 2024-09-30, so 2024 has two segments, 2024-01-01 to 2024-09-30 (274 days,
 * 9 months, 13 members) and 2024-10-01 to 2024-12-31 (92 days, 3 months, no
 * members).
 *
 * To learn the number of segments first, pass @p segments NULL and
 * @p capacity 0: only @p segment_count is written. There are at most
 * `2 * count + 1`. Time is proportional to @p count times the number of
 * segments; no memory is allocated.
 *
 * @param first First day of the period, a valid date.
 * @param last Last day of the period, on or after @p first.
 * @param from @p count first days of membership (valid dates or
 *        #COSTSHARE_INVOICE_OPEN).
 * @param to @p count last days of membership (valid dates, on or after the
 *        first day, or #COSTSHARE_INVOICE_OPEN).
 * @param count Number of parties, at least 1.
 * @param segments Output, room for @p capacity segments (their
 *        costshare_invoice_segment::cost and costshare_invoice_segment::residual
 *        are set to 0); NULL only with @p capacity 0.
 * @param capacity Number of segments @p segments can hold.
 * @param segment_count Receives the number of segments. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p from, @p to or @p segment_count is NULL,
 *         or @p segments is NULL with a non-zero @p capacity;
 *         #COSTSHARE_ERANGE if @p count is 0, or a day is neither a valid
 *         date nor (for a membership) #COSTSHARE_INVOICE_OPEN;
 *         #COSTSHARE_EBACKWARDS if @p last is before @p first or a
 *         membership ends before it begins;
 *         #COSTSHARE_ESIZE if the segments do not fit in @p capacity
 *         (with @p segments given).
 *         The checks run in this order; on any error nothing is written.
 */
COSTSHARE_API int costshare_invoice_segments(costshare_date first, costshare_date last,
                                             const costshare_date *from,
                                             const costshare_date *to, size_t count,
                                             costshare_invoice_segment *segments,
                                             size_t capacity, size_t *segment_count);

/**
 * @brief What each party owes for one invoice period, segment by segment,
 *        and the residual the funder carries.
 *
 * 1. The period is cut into the segments of costshare_invoice_segments().
 * 2. `plan->cost` is split over the segments by their length (whole months
 *    or days, costshare_invoice_plan::basis) with the largest remainder,
 *    ties to the longer segment, then the earlier.
 * 3. Each segment's cost is split by `weights` with the largest remainder,
 *    ties to the larger weight, then the party listed first: under
 *    #COSTSHARE_INVOICE_REDISTRIBUTE among the parties that are members
 *    throughout the segment; under #COSTSHARE_INVOICE_FIXED_SHARES among
 *    all parties that are members at some time in the period, each party
 *    paying only its shares of the segments it is a member in.
 *
 * What no party pays (a segment without members or whose members all have
 * weight 0; the absent parties' shares under fixed shares) is the
 * residual, per segment and in all. At every level the parts add up
 * exactly: a segment's party amounts plus its residual are its cost, the
 * segments' costs are the period's cost, and the parties' amounts plus the
 * residual are `plan->cost`. A party whose membership lies entirely outside
 * the period owes 0 and takes no part. With nobody joining or leaving in the
 * period, there is one segment, both rules agree, and each party owes
 * exactly its costshare_split() share of `plan->cost`.
 *
 * The 2024 Östergötland case (the 2017 populations as the key and 763 945 as
 * the year's cost, DOMAIN's worked case; all thirteen members until
 * 2024-09-30): the segments cost 572 959 (9 months) and 190 986 (3 months,
 * no members: the residual); Linköping owes 201 692 and Ydre 4 750.
 * @code
 * int64_t pop[13] = {5453, 21577, 9882, 158520, 27019, 43549, 133749,
 *                    14521, 7421, 7920, 3733, 11631, 5343};
 * costshare_date from[13], to[13], sep30;
 * costshare_invoice_plan plan = COSTSHARE_INVOICE_PLAN_INIT;
 * costshare_invoice_segment seg[3];
 * int64_t owed[13], residual;
 * size_t n_seg, i;
 * costshare_date_from_ymd(2024, 1, 1, &plan.first);
 * costshare_date_from_ymd(2024, 12, 31, &plan.last);
 * costshare_date_from_ymd(2024, 9, 30, &sep30);
 * plan.cost = 763945;
 * for (i = 0; i < 13; i++) {
 *     from[i] = COSTSHARE_INVOICE_OPEN;
 *     to[i] = sep30;
 * }
 * int rc = costshare_invoice_period(&plan, pop, from, to, 13, owed, seg, 3, &n_seg,
 *                                   NULL, &residual);
 * // n_seg 2, seg[0].cost 572959, seg[1].cost 190986, residual 190986,
 * // owed[3] (Linköping) 201692, owed[10] (Ydre) 4750
 * @endcode
 *
 * Time is proportional to @p count times the number of segments; no memory
 * is allocated and the stack use is fixed (about 2 KiB).
 *
 * @param plan The period, its cost, the rule and the basis. Must not be NULL.
 * @param weights @p count weights (populations), each >= 0, their sum at
 *        most INT64_MAX.
 * @param from @p count first days of membership, as for
 *        costshare_invoice_segments().
 * @param to @p count last days of membership, as for
 *        costshare_invoice_segments().
 * @param count Number of parties, at least 1.
 * @param amounts Output, @p count amounts: what each party owes for the
 *        period.
 * @param segments Output, room for @p capacity segments (see
 *        costshare_invoice_segments() for how many there are).
 * @param capacity Number of segments @p segments can hold.
 * @param segment_count Receives the number of segments. Must not be NULL.
 * @param segment_amounts Output, or NULL when not wanted: room for
 *        `capacity * count` amounts; party @e i's share of segment @e s is
 *        written at `segment_amounts[s * count + i]` (0 for a segment the
 *        party is not a member in).
 * @param residual Receives the period's residual, or NULL when not wanted.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL (but the optional
 *         segment_amounts and residual), the plan's version, rule or basis
 *         is unknown, an output overlaps an input or another output, or an
 *         array would exceed the address space;
 *         #COSTSHARE_ERANGE if @p count is 0, a day of the plan is not a
 *         valid date, a membership day is neither a valid date nor
 *         #COSTSHARE_INVOICE_OPEN, or a weight is negative;
 *         #COSTSHARE_EBACKWARDS if the period's last day is before its first
 *         or a membership ends before it begins;
 *         #COSTSHARE_EOVERFLOW if the weights add up to more than INT64_MAX;
 *         #COSTSHARE_ERANGE also, by #COSTSHARE_BASIS_MONTHS, if the period or
 *         a segment does not begin on a month's first day and end on a
 *         month's last day;
 *         #COSTSHARE_ESIZE if the segments do not fit in @p capacity.
 *         The checks run in this order; on any error nothing is written.
 */
COSTSHARE_API int
costshare_invoice_period(const costshare_invoice_plan *plan, const int64_t *weights,
                         const costshare_date *from, const costshare_date *to, size_t count,
                         int64_t *amounts, costshare_invoice_segment *segments, size_t capacity,
                         size_t *segment_count, int64_t *segment_amounts, int64_t *residual);

/**
 * @brief Each party's adjustment against what it was invoiced in advance,
 *        and the adjustments' due day.
 *
 * `adjustments[i] = amounts[i] - invoiced[i]`: negative, a refund to the
 * party; positive, a supplementary charge. The due day is
 * costshare_invoice_due(@p due_year, @p due_month, @p due_day, @p flags): the
 * agreement's invoice-due rule, with Lag (1930:173) 2 § when
 * #COSTSHARE_SE_DEADLINE is set.
 *
 * The 2024 Östergötland case: invoiced in advance each party's share of the
 * whole year (Linköping 268 922, Ydre 6 333), owing its share of the nine
 * months (201 692 and 4 750), Linköping gets back 67 230 and Ydre 1 583;
 * the thirteen refunds add up to the 190 986 of October to December.
 *
 * @param amounts @p count amounts owed (from costshare_invoice_period()).
 * @param invoiced @p count amounts invoiced for the same period.
 * @param count Number of parties, at least 1.
 * @param due_year Year of the due day, 1 to 9999.
 * @param due_month Month of the due day, 1 to 12.
 * @param due_day Day of the due day, 1 to 31 (beyond the month's length: its
 *        last day).
 * @param flags 0 or #COSTSHARE_SE_DEADLINE.
 * @param adjustments Output, @p count adjustments.
 * @param due Receives the due day. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, @p flags has another bit,
 *         or @p adjustments overlaps an input (or is too large an array);
 *         #COSTSHARE_ERANGE if @p count is 0, or the due day is out of range
 *         as for costshare_invoice_due();
 *         #COSTSHARE_EOVERFLOW if an adjustment does not fit in int64_t.
 *         The checks run in this order; on any error nothing is written.
 */
COSTSHARE_API int costshare_invoice_adjust(const int64_t *amounts, const int64_t *invoiced,
                                           size_t count, int32_t due_year, int32_t due_month,
                                           int32_t due_day, uint32_t flags,
                                           int64_t *adjustments, costshare_date *due);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_INVOICE_H */
