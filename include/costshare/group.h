/**
 * @file costshare/group.h
 * @brief A group of agreements: one funder and N bilateral agreements, or
 *        one party's successive agreements, over a caller-owned array of
 *        records.
 *
 * The thirteen municipalities of Östergötland each have their own agreement
 * with the County Administrative Board; together they finance one post.
 * Linköping's termination of 2024 is "valid only on condition that the other
 * municipalities decide the same": a condition on the whole group. And one
 * party's agreements follow each other (the 2016 agreement, then the 2018
 * agreement), so the days between them and the invoiced periods outside
 * them matter. These functions answer from the records alone:
 *
 * - costshare_group_condition(): met on the day the last party decides,
 *   failed when one rejects or repeals, else pending;
 * - costshare_group_state_on(): the state every party has on a day;
 * - costshare_group_members_on(): which parties are members (their agreement
 *   in force) on a day;
 * - costshare_group_memberships(): each party's membership [from, to] in an
 *   invoice period, in the form the yearly invoice run takes (inclusive
 *   days, #COSTSHARE_AGREEMENT_NO_DATE for an open end);
 * - costshare_group_coverage(): the gaps and overlaps between successive
 *   agreements and the invoiced days outside every term.
 *
 * The records are an array the caller owns, laid out as the caller's
 * program declares it: every record of one array has the same struct
 * version, and the records follow each other at that version's size (an
 * array of version-1 records from a program built against a version-1
 * header is read as such). Every record is checked as
 * costshare_agreement_apply() checks it. Nothing is written but the outputs,
 * and only on success.
 */
#ifndef COSTSHARE_GROUP_H
#define COSTSHARE_GROUP_H

#include <stddef.h>
#include <stdint.h>

#include "agreement.h"
#include "date.h"
#include "error.h"
#include "export.h"

/** @name Outcome of a condition on the group
 *  Values costshare_group_condition() gives; costshare_group_outcome_name()
 *  names them.
 *  @{ */
/** Not every party has decided, and none has rejected or repealed. */
#define COSTSHARE_GROUP_PENDING 0
/** Every party has decided: the condition is met on the day the last of
 *  them decided. */
#define COSTSHARE_GROUP_MET 1
/** A party rejected the proposal or repealed (or withdrew) its decision: the
 *  condition failed on the first day one did. */
#define COSTSHARE_GROUP_FAILED 2
/** @} */

/** The state costshare_group_state_on() gives when the parties are not all
 *  in the same state. */
#define COSTSHARE_GROUP_MIXED (-1)

/** @name Kinds of coverage finding
 *  costshare_group_finding::kind; costshare_group_finding_name() names them.
 *  @{ */
/** Days between two successive agreements that neither covers. */
#define COSTSHARE_GROUP_GAP 1
/** Days two successive agreements both cover. */
#define COSTSHARE_GROUP_OVERLAP 2
/** Invoiced days outside every agreement's term. */
#define COSTSHARE_GROUP_UNCOVERED 3
/** @} */

/**
 * @brief One finding of costshare_group_coverage().
 *
 * Written by costshare_group_coverage(); fixed-width members only.
 */
typedef struct costshare_group_finding {
    /** #COSTSHARE_GROUP_GAP, #COSTSHARE_GROUP_OVERLAP or
     *  #COSTSHARE_GROUP_UNCOVERED. */
    int32_t kind;
    /** For a gap or an overlap the index of the earlier of the two records
     *  (the other is the next one); for uncovered days the index of the
     *  invoiced period. */
    int32_t index;
    /** First day of the finding. */
    costshare_date first;
    /** Last day of the finding, or #COSTSHARE_AGREEMENT_NO_DATE when it has
     *  none (an overlap of two agreements that both run until further
     *  notice). */
    costshare_date last;
} costshare_group_finding;

COSTSHARE_BEGIN_DECLS

/**
 * @brief Whether a condition on the whole group is met, failed or pending.
 *
 * "Beslutet gäller under förutsättning att övriga kommuner i länet fattar
 * motsvarande beslut" (Linköping, 2024): the condition is met on the day the
 * last party decides the same, and fails when one of them rejects or
 * repeals. For each record, from @p since on (the day the group's matter
 * began; earlier decisions belong to something else):
 *
 * - a party has decided when its record holds a decision to leave
 *   (costshare_agreement::termination_decided, conditional or not) or a
 *   notice sent on or after @p since; its day is the decision's (else the
 *   sending's);
 * - a party that has not decided has refused when its latest decision is a
 *   rejection, a repeal or a withdrawal, or its record holds a withdrawal or
 *   repeal (costshare_agreement::withdrawn_on), on or after @p since; its
 *   day is the earliest of those;
 * - otherwise it has neither decided nor refused.
 *
 * #COSTSHARE_GROUP_FAILED when a party has refused, on the earliest such day;
 * else #COSTSHARE_GROUP_MET when every party has decided, on the latest
 * decision's day; else #COSTSHARE_GROUP_PENDING (day
 * #COSTSHARE_AGREEMENT_NO_DATE). Apply #COSTSHARE_EVENT_CONDITION_MET (or
 * #COSTSHARE_EVENT_CONDITION_FAILED) dated that day to each record whose
 * termination is pending. Version-1 records keep only their last event, so a
 * rejection that other events followed is not seen in them.
 *
 * @param records An array of @p count records (see the file's description).
 *                Must not be NULL.
 * @param count   Number of records, at least 1.
 * @param since   The first day that counts, a valid date.
 * @param outcome Receives #COSTSHARE_GROUP_PENDING, #COSTSHARE_GROUP_MET or
 *                #COSTSHARE_GROUP_FAILED. Must not be NULL.
 * @param day     Receives the day it was met or failed, or
 *                #COSTSHARE_AGREEMENT_NO_DATE while pending. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, a record is corrupt or of an
 *         unknown version, or the records are not all of one version;
 *         #COSTSHARE_ERANGE if @p count is 0 or @p since is not a valid date.
 */
COSTSHARE_API int costshare_group_condition(const costshare_agreement *records, size_t count,
                                            costshare_date since, int32_t *outcome,
                                            costshare_date *day);

/**
 * @brief The state of the whole group on a day.
 *
 * The state every record has on @p day (costshare_agreement_state_on()), or
 * #COSTSHARE_GROUP_MIXED when they differ. The thirteen Östergötland
 * agreements, all ending 2024-09-30: #COSTSHARE_AGREEMENT_UNDER_NOTICE on
 * 2024-09-30, #COSTSHARE_AGREEMENT_ENDED on 2024-10-01.
 *
 * @param records An array of @p count records. Must not be NULL.
 * @param count   Number of records, at least 1.
 * @param day     The day asked about, a valid date.
 * @param state   Receives a COSTSHARE_AGREEMENT_* state or
 *                #COSTSHARE_GROUP_MIXED. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, a record is corrupt or of an
 *         unknown version, or the records are not all of one version;
 *         #COSTSHARE_ERANGE if @p count is 0 or @p day is not a valid date.
 */
COSTSHARE_API int costshare_group_state_on(const costshare_agreement *records, size_t count,
                                           costshare_date day, int32_t *state);

/**
 * @brief Which parties are members on a day.
 *
 * A party is a member on @p day when its agreement is in force then: its
 * state on that day is #COSTSHARE_AGREEMENT_IN_FORCE,
 * #COSTSHARE_AGREEMENT_TERMINATION_PENDING,
 * #COSTSHARE_AGREEMENT_NOTICE_DECIDED, #COSTSHARE_AGREEMENT_NOTICE_SENT or
 * #COSTSHARE_AGREEMENT_UNDER_NOTICE (a party under notice is a member
 * through its last day).
 *
 * @param records   An array of @p count records. Must not be NULL.
 * @param count     Number of records, at least 1.
 * @param day       The day asked about, a valid date.
 * @param is_member Receives @p count values, 1 for a member and 0 for
 *                  another; may be NULL when only the number is wanted.
 * @param members   Receives the number of members. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p records or @p members is NULL, a record is
 *         corrupt or of an unknown version, or the records are not all of
 *         one version;
 *         #COSTSHARE_ERANGE if @p count is 0 or @p day is not a valid date.
 */
COSTSHARE_API int costshare_group_members_on(const costshare_agreement *records, size_t count,
                                             costshare_date day, int32_t *is_member,
                                             size_t *members);

/**
 * @brief Each party's membership in an invoice period, as the yearly
 *        invoice run takes it.
 *
 * A party is a member from its agreement's first day in force through its
 * last day in force: the last day fixed by notice, expiry or replacement,
 * else the end of a plain fixed term, else none (until further notice, or a
 * term that renews itself). For the period [@p first, @p last] that is
 * written as the invoice run reads a membership: `from[i]` is the first day,
 * or #COSTSHARE_AGREEMENT_NO_DATE when the party was a member since before
 * the period (its first day on or before @p first); `to[i]` is the last day,
 * or #COSTSHARE_AGREEMENT_NO_DATE when it is still a member at the period's
 * end (no last day, or one on or after @p last). A membership that lies
 * outside the period is written with its own days. The thirteen
 * Östergötland agreements in 2024 (in force since 2018, last day
 * 2024-09-30): every `from` open, every `to` 2024-09-30.
 *
 * @param records An array of @p count records. Must not be NULL.
 * @param count   Number of records, at least 1.
 * @param first   First day of the period, a valid date.
 * @param last    Last day of the period, on or after @p first.
 * @param from    Receives @p count first days. Must not be NULL.
 * @param to      Receives @p count last days. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, a record is corrupt or of an
 *         unknown version, or the records are not all of one version;
 *         #COSTSHARE_ERANGE if @p count is 0 or a day is not a valid date;
 *         #COSTSHARE_EBACKWARDS if @p last is before @p first;
 *         #COSTSHARE_ENOTYET if a record has not entered into force (it has
 *         no membership).
 */
COSTSHARE_API int costshare_group_memberships(const costshare_agreement *records, size_t count,
                                              costshare_date first, costshare_date last,
                                              costshare_date *from, costshare_date *to);

/**
 * @brief The coverage of one party's successive agreements: gaps, overlaps
 *        and invoiced days outside every term.
 *
 * The records are the party's agreements in the order they followed each
 * other; each covers the days of its membership (as for
 * costshare_group_memberships(): from its first day in force through its
 * last day in force, with no end until a last day is fixed). For each pair
 * of consecutive records the days between them that neither covers are a
 * #COSTSHARE_GROUP_GAP and the days both cover a #COSTSHARE_GROUP_OVERLAP;
 * for each invoiced period [`invoiced_first[p]`, `invoiced_last[p]`] the days
 * no record covers are #COSTSHARE_GROUP_UNCOVERED, one finding per run of
 * such days. The findings come in that order: the pairs in record order,
 * then the invoiced periods in their order, each in date order.
 *
 * Mjölby: the 2016 agreement runs 2016-09-01 to 2018-01-31 (17 months) and
 * was invoiced for 18 (2016-09-01 to 2017-08-31 and 2017-09-01 to
 * 2018-02-28): 2018-02-01 to 2018-02-28 is invoiced outside every term; the
 * 2018 agreement in force from 2018-11-18 leaves 2018-02-01 to 2018-11-17 a
 * gap.
 *
 * To learn the number of findings first, pass @p findings NULL and
 * @p capacity 0: only @p finding_count is written. There are at most
 * `count - 1 + periods * (count + 1)`.
 *
 * @param records        An array of @p count records, in the order they
 *                       followed each other. Must not be NULL.
 * @param count          Number of records, at least 1.
 * @param invoiced_first @p periods first days of invoiced periods; may be
 *                       NULL when @p periods is 0.
 * @param invoiced_last  @p periods last days; may be NULL when @p periods
 *                       is 0.
 * @param periods        Number of invoiced periods, 0 or more.
 * @param findings       Output, room for @p capacity findings; NULL only
 *                       with @p capacity 0.
 * @param capacity       Number of findings @p findings can hold.
 * @param finding_count  Receives the number of findings. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p records or @p finding_count is NULL, the
 *         invoiced days are NULL with @p periods above 0, @p findings is
 *         NULL with a non-zero @p capacity, a record is corrupt or of an
 *         unknown version, or the records are not all of one version;
 *         #COSTSHARE_ERANGE if @p count is 0 or an invoiced day is not a
 *         valid date;
 *         #COSTSHARE_EBACKWARDS if an invoiced period ends before it begins
 *         or a record enters into force before the one before it;
 *         #COSTSHARE_ENOTYET if a record has not entered into force;
 *         #COSTSHARE_ESIZE if the findings do not fit in @p capacity (with
 *         @p findings given).
 *         The records are checked in their order: the first one that has
 *         not entered into force, or enters into force before the one
 *         before it, decides between #COSTSHARE_ENOTYET and
 *         #COSTSHARE_EBACKWARDS.
 *         On any error nothing is written.
 */
COSTSHARE_API int costshare_group_coverage(const costshare_agreement *records, size_t count,
                                           const costshare_date *invoiced_first,
                                           const costshare_date *invoiced_last, size_t periods,
                                           costshare_group_finding *findings, size_t capacity,
                                           size_t *finding_count);

/**
 * @brief The name of an outcome constant, such as "COSTSHARE_GROUP_MET".
 * @param outcome Any integer.
 * @return A static string; "COSTSHARE_UNKNOWN" for an unknown outcome; never
 *         NULL.
 */
COSTSHARE_API const char *costshare_group_outcome_name(int32_t outcome);

/**
 * @brief The name of a finding kind, such as "COSTSHARE_GROUP_GAP".
 * @param kind Any integer.
 * @return A static string; "COSTSHARE_UNKNOWN" for an unknown kind; never
 *         NULL.
 */
COSTSHARE_API const char *costshare_group_finding_name(int32_t kind);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_GROUP_H */
