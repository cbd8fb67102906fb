/* Tests for a group of agreements (include/costshare/group.h).
 *
 * Expected values come from the seed records (the thirteen Östergötland
 * agreements of 2018 ending 2024-09-30; Mjölby's 2016 agreement running
 * 2016-09-01 to 2018-01-31 and invoiced for 18 months), from the rule of the
 * condition (met on the day the last party decides, failed when one rejects
 * or repeals) and, for the coverage, from a day-by-day reference written
 * here; never from the library's own output. Dates the seeds do not give
 * (each council's decision, the notices) are assumed and say so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define NO_DATE COSTSHARE_AGREEMENT_NO_DATE
#define OPEN COSTSHARE_AGREEMENT_NO_DATE
#define PARTIES 13

static costshare_event ev(int32_t kind, costshare_date date) {
    costshare_event e = COSTSHARE_EVENT_INIT;
    e.kind = kind;
    e.date = date;
    return e;
}

static void ok(costshare_agreement *r, const costshare_event *e) {
    int rc = costshare_agreement_apply(r, e, r);
    if (rc != COSTSHARE_OK) {
        fail_msg("event %s refused: %s", costshare_agreement_event_name(e->kind),
                 costshare_error_name(rc));
    }
}

/* The 2018 agreement: registered in force on 2018-11-18 (the registry stamp
 * it carries; its own first day is not in the seed), until further notice,
 * two months' notice. */
static costshare_agreement agreement_2018(void) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2018, 11, 18));
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    return r;
}

/* The day each municipality's board decided, in the seed's order (Boxholm
 * ... Ödeshög): all assumed but Linköping's officer's report being of
 * 2024-05-22 (its board decided later) and Mjölby's committee proposing on
 * 2024-06-10. The last is Mjölby's, 2024-06-24. */
static const int32_t decided_day[PARTIES] = {11, 17, 12, 11, 24, 17, 10,
                                             19, 18, 17, 13, 19, 20};
enum { MJOLBY = 4 };

/* The thirteen agreements with their decisions to terminate from 30/9 2024
 * on condition that the others decide the same (Mjölby's without a
 * condition); the first `decided` of them only. */
static void decide(costshare_agreement group[PARTIES], int decided) {
    int i;
    for (i = 0; i < PARTIES; i++) {
        group[i] = agreement_2018();
    }
    for (i = 0; i < decided; i++) {
        costshare_event e =
            ev(i == MJOLBY ? COSTSHARE_EVENT_DECIDE_NOTICE : COSTSHARE_EVENT_DECIDE_TERMINATION,
               ymd(2024, 6, decided_day[i]));
        e.body = COSTSHARE_BODY_BOARD;
        e.last_day = ymd(2024, 9, 30);
        ok(&group[i], &e);
    }
}

static int32_t outcome_of(const costshare_agreement *group, size_t count, costshare_date since,
                          costshare_date *day) {
    int32_t outcome = -9;
    assert_int_equal(costshare_group_condition(group, count, since, &outcome, day),
                     COSTSHARE_OK);
    return outcome;
}

/* ---- the condition ------------------------------------------------------- */

static void the_condition_is_met_on_the_day_the_last_decides(void **state) {
    costshare_agreement group[PARTIES];
    const costshare_date since = ymd(2024, 2, 26); /* the municipalities agreed */
    costshare_date day = 0;
    int i;
    (void)state;
    decide(group, PARTIES - 1); /* Ödeshög has not decided */
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_PENDING);
    assert_int_equal(day, NO_DATE);
    decide(group, PARTIES);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_MET);
    assert_int_equal(day, ymd(2024, 6, 24)); /* Mjölby, the last */
    /* Each pending termination is then met on that day; the notices follow,
     * all received by 2024-07-31 (assumed 2024-07-01). */
    for (i = 0; i < PARTIES; i++) {
        costshare_event e = ev(COSTSHARE_EVENT_CONDITION_MET, day);
        if (group[i].state == COSTSHARE_AGREEMENT_TERMINATION_PENDING) {
            ok(&group[i], &e);
        }
        assert_int_equal(group[i].state, COSTSHARE_AGREEMENT_NOTICE_DECIDED);
        e = ev(COSTSHARE_EVENT_SEND_NOTICE, ymd(2024, 6, 28));
        ok(&group[i], &e);
        e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, ymd(2024, 7, 1));
        ok(&group[i], &e);
        assert_int_equal(group[i].last_day, ymd(2024, 9, 30));
    }
    /* Still met: the decisions stand. */
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_MET);
    assert_int_equal(day, ymd(2024, 6, 24));
    /* Decisions before the matter began do not count for it. */
    assert_int_equal(outcome_of(group, PARTIES, ymd(2024, 6, 20), &day),
                     COSTSHARE_GROUP_PENDING);
}

static void the_condition_fails_when_one_rejects_or_repeals(void **state) {
    costshare_agreement group[PARTIES], copy[PARTIES];
    const costshare_date since = ymd(2024, 2, 26);
    costshare_date day = 0;
    costshare_event e;
    (void)state;
    decide(group, PARTIES - 1);
    memcpy(copy, group, sizeof group);
    /* Ödeshög's council rejects its board's proposal to terminate. */
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, ymd(2024, 6, 12));
    e.body = COSTSHARE_BODY_BOARD;
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    ok(&group[12], &e);
    e = ev(COSTSHARE_EVENT_REJECT, ymd(2024, 6, 26));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&group[12], &e);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_FAILED);
    assert_int_equal(day, ymd(2024, 6, 26));
    /* Or Linköping repeals its decision (and Kinda, listed before it,
     * repeals later): the first refusal counts. */
    memcpy(group, copy, sizeof group);
    e = ev(COSTSHARE_EVENT_REPEAL, ymd(2024, 6, 27));
    ok(&group[2], &e);
    e = ev(COSTSHARE_EVENT_REPEAL, ymd(2024, 6, 25));
    ok(&group[3], &e);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_FAILED);
    assert_int_equal(day, ymd(2024, 6, 25));
    /* A repeal before the matter began is another matter. */
    assert_int_equal(outcome_of(group, 4, ymd(2024, 6, 28), &day), COSTSHARE_GROUP_PENDING);
    /* The others apply the failure; the group has failed still. */
    e = ev(COSTSHARE_EVENT_CONDITION_FAILED, ymd(2024, 6, 28));
    ok(&group[0], &e);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_FAILED);
    /* A notice withdrawn with consent refuses too. */
    memcpy(group, copy, sizeof group);
    e = ev(COSTSHARE_EVENT_CONDITION_MET, ymd(2024, 6, 20));
    ok(&group[0], &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, ymd(2024, 6, 21));
    ok(&group[0], &e);
    e = ev(COSTSHARE_EVENT_WITHDRAW, ymd(2024, 7, 2));
    e.flags = COSTSHARE_EVENT_CONSENTED;
    ok(&group[0], &e);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_FAILED);
    assert_int_equal(day, ymd(2024, 7, 2));
    /* A notice sent without a decision on record counts as a decision. */
    group[0] = agreement_2018();
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, ymd(2024, 6, 30));
    ok(&group[0], &e);
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, ymd(2024, 6, 20));
    ok(&group[12], &e);
    assert_int_equal(outcome_of(group, PARTIES, since, &day), COSTSHARE_GROUP_MET);
    assert_int_equal(day, ymd(2024, 6, 30));
    assert_int_equal(outcome_of(group, PARTIES, ymd(2024, 7, 1), &day),
                     COSTSHARE_GROUP_PENDING);
}

/* ---- state, members and memberships ------------------------------------ */

static void the_group_ends_on_2024_09_30(void **state) {
    costshare_agreement group[PARTIES];
    costshare_date from[PARTIES], to[PARTIES];
    int32_t is_member[PARTIES], s = -9;
    size_t members = 99;
    int i;
    (void)state;
    decide(group, PARTIES);
    for (i = 0; i < PARTIES; i++) {
        costshare_event e = ev(COSTSHARE_EVENT_CONDITION_MET, ymd(2024, 6, 24));
        if (group[i].state == COSTSHARE_AGREEMENT_TERMINATION_PENDING) {
            ok(&group[i], &e);
        }
        e = ev(COSTSHARE_EVENT_GIVE_NOTICE, ymd(2024, 7, 1));
        ok(&group[i], &e);
    }
    assert_int_equal(costshare_group_state_on(group, PARTIES, ymd(2024, 9, 30), &s),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(costshare_group_state_on(group, PARTIES, ymd(2024, 10, 1), &s),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_AGREEMENT_ENDED);
    assert_int_equal(costshare_group_state_on(group, PARTIES, ymd(2024, 1, 1), &s),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_AGREEMENT_IN_FORCE);
    /* In June the boards decide on different days. */
    assert_int_equal(costshare_group_state_on(group, PARTIES, ymd(2024, 6, 15), &s),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_GROUP_MIXED);
    assert_int_equal(
        costshare_group_members_on(group, PARTIES, ymd(2024, 9, 30), is_member, &members),
        COSTSHARE_OK);
    assert_int_equal(members, PARTIES);
    for (i = 0; i < PARTIES; i++) {
        assert_int_equal(is_member[i], 1);
    }
    assert_int_equal(
        costshare_group_members_on(group, PARTIES, ymd(2024, 10, 1), is_member, &members),
        COSTSHARE_OK);
    assert_int_equal(members, 0);
    for (i = 0; i < PARTIES; i++) {
        assert_int_equal(is_member[i], 0);
    }
    assert_int_equal(
        costshare_group_members_on(group, PARTIES, ymd(2018, 11, 17), NULL, &members),
        COSTSHARE_OK);
    assert_int_equal(members, 0);
    /* The invoice run's 2024: every party a member since before the year,
     * through 2024-09-30. */
    assert_int_equal(costshare_group_memberships(group, PARTIES, ymd(2024, 1, 1),
                                                 ymd(2024, 12, 31), from, to),
                     COSTSHARE_OK);
    for (i = 0; i < PARTIES; i++) {
        assert_int_equal(from[i], OPEN);
        assert_int_equal(to[i], ymd(2024, 9, 30));
    }
    /* 2023: members all year. 2018: from 2018-11-18. */
    assert_int_equal(
        costshare_group_memberships(group, 1, ymd(2023, 1, 1), ymd(2023, 12, 31), from, to),
        COSTSHARE_OK);
    assert_int_equal(from[0], OPEN);
    assert_int_equal(to[0], OPEN);
    assert_int_equal(
        costshare_group_memberships(group, 1, ymd(2018, 1, 1), ymd(2018, 12, 31), from, to),
        COSTSHARE_OK);
    assert_int_equal(from[0], ymd(2018, 11, 18));
    assert_int_equal(to[0], OPEN);
}

/* A plain fixed term is a member through its end, a membership that lies
 * outside the period is written with its own days, a record not in force
 * has none. */
static void memberships_of_fixed_terms_and_joiners(void **state) {
    costshare_agreement r[3];
    costshare_date from[3] = {1, 2, 3}, to[3] = {4, 5, 6};
    costshare_event e;
    (void)state;
    r[0] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2016, 12, 6));
    e.from = ymd(2016, 9, 1);
    e.term_end = ymd(2018, 1, 31);
    ok(&r[0], &e); /* the 2016 agreement */
    r[1] = agreement_2018();
    r[2] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2020, 3, 1));
    e.term_end = ymd(2020, 12, 31);
    e.renewal_count = 1;
    e.renewal_unit = COSTSHARE_YEARS;
    ok(&r[2], &e); /* renews itself: no end */
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2017, 1, 1), ymd(2018, 12, 31), from, to),
        COSTSHARE_OK);
    assert_int_equal(from[0], OPEN);
    assert_int_equal(to[0], ymd(2018, 1, 31));
    assert_int_equal(from[1], ymd(2018, 11, 18));
    assert_int_equal(to[1], OPEN);
    assert_int_equal(from[2], ymd(2020, 3, 1)); /* after the period */
    assert_int_equal(to[2], OPEN);
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 1), ymd(2019, 12, 31), from, to),
        COSTSHARE_OK);
    assert_int_equal(from[0], OPEN);
    assert_int_equal(to[0], ymd(2018, 1, 31)); /* before the period */
    assert_int_equal(to[2], OPEN);
    /* Refusals write nothing. */
    from[0] = to[0] = 7;
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 2), ymd(2019, 1, 1), from, to),
        COSTSHARE_EBACKWARDS);
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 1), COSTSHARE_DATE_MAX + 1, from, to),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_memberships(r, 3, NO_DATE, ymd(2019, 1, 1), from, to),
                     COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 1), ymd(2019, 12, 31), NULL, to),
        COSTSHARE_EINVAL);
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 1), ymd(2019, 12, 31), from, NULL),
        COSTSHARE_EINVAL);
    r[1] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_PROPOSE, ymd(2018, 1, 1));
    ok(&r[1], &e); /* only proposed: no membership */
    assert_int_equal(
        costshare_group_memberships(r, 3, ymd(2019, 1, 1), ymd(2019, 12, 31), from, to),
        COSTSHARE_ENOTYET);
    assert_int_equal(from[0], 7);
    assert_int_equal(to[0], 7);
}

/* ---- the array: versions, strides, refusals ------------------------------ */

/* The size of version 1 of the record (its members up to `reserved`). */
#define RECORD_V1_SIZE (offsetof(costshare_agreement, reserved) + 4 * sizeof(int32_t))

/* An array from a program built against version 1: the records follow each
 * other at version 1's size. The answers are those for version 2. */
static void an_array_of_version_1_records_is_read_at_their_size(void **state) {
    static int32_t words[(3 * RECORD_V1_SIZE + sizeof(costshare_agreement)) / 4];
    unsigned char *bytes = (unsigned char *)words;
    costshare_agreement current[3];
    costshare_date from[3], to[3], day = 0;
    int32_t s = -1, is_member[3] = {9, 9, 9};
    size_t members = 0;
    int i;
    (void)state;
    memset(words, 0xEE, sizeof words);
    for (i = 0; i < 3; i++) {
        costshare_agreement *r =
            (costshare_agreement *)(void *)(bytes + (size_t)i * RECORD_V1_SIZE);
        costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2018, 11, 18));
        e.notice_count = 2;
        e.notice_unit = COSTSHARE_MONTHS;
        assert_int_equal(costshare_agreement_init(r, 1), COSTSHARE_OK);
        assert_int_equal(costshare_agreement_apply(r, &e, r), COSTSHARE_OK);
        current[i] = agreement_2018();
        if (i < 2) {
            e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, ymd(2024, 6, 10 + i));
            e.last_day = ymd(2024, 9, 30);
            assert_int_equal(costshare_agreement_apply(r, &e, r), COSTSHARE_OK);
            ok(&current[i], &e);
        }
    }
    /* The bytes after the third record are the caller's. */
    for (i = 3 * (int)RECORD_V1_SIZE; i < (int)sizeof words; i++) {
        assert_int_equal(bytes[i], 0xEE);
    }
    assert_int_equal(costshare_group_condition((const costshare_agreement *)(const void *)bytes,
                                               3, ymd(2024, 1, 1), &s, &day),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_GROUP_PENDING);
    assert_int_equal(outcome_of(current, 3, ymd(2024, 1, 1), &day), COSTSHARE_GROUP_PENDING);
    assert_int_equal(costshare_group_condition((const costshare_agreement *)(const void *)bytes,
                                               2, ymd(2024, 1, 1), &s, &day),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_GROUP_MET);
    assert_int_equal(day, ymd(2024, 6, 11));
    assert_int_equal(costshare_group_state_on((const costshare_agreement *)(const void *)bytes,
                                              3, ymd(2024, 6, 15), &s),
                     COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_GROUP_MIXED);
    assert_int_equal(
        costshare_group_members_on((const costshare_agreement *)(const void *)bytes, 3,
                                   ymd(2024, 6, 15), is_member, &members),
        COSTSHARE_OK);
    assert_int_equal(members, 3);
    assert_int_equal(
        costshare_group_memberships((const costshare_agreement *)(const void *)bytes, 3,
                                    ymd(2018, 1, 1), ymd(2018, 12, 31), from, to),
        COSTSHARE_OK);
    for (i = 0; i < 3; i++) {
        assert_int_equal(from[i], ymd(2018, 11, 18));
        assert_int_equal(to[i], OPEN);
    }
}

static void refusals_write_nothing(void **state) {
    costshare_agreement group[2];
    costshare_date day = 5, first = ymd(2024, 1, 1);
    int32_t s = 6, is_member[2] = {7, 7};
    size_t members = 8, n = 9;
    costshare_group_finding f[1];
    (void)state;
    group[0] = agreement_2018();
    group[1] = agreement_2018();
    memset(f, 0x5A, sizeof f);
    assert_int_equal(costshare_group_condition(NULL, 1, first, &s, &day), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_condition(group, 1, first, NULL, &day), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_condition(group, 1, first, &s, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_condition(group, 0, first, &s, &day), COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_condition(group, 2, NO_DATE, &s, &day), COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_state_on(group, 2, first, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_state_on(NULL, 2, first, &s), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_state_on(group, 0, first, &s), COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_state_on(group, 2, COSTSHARE_DATE_MAX + 1, &s),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_members_on(group, 2, first, is_member, NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_members_on(group, 0, first, is_member, &members),
                     COSTSHARE_ERANGE);
    assert_int_equal(costshare_group_members_on(group, 2, NO_DATE, is_member, &members),
                     COSTSHARE_ERANGE);
    /* A corrupt record, an unknown version, versions that differ. */
    group[1].state = 99;
    assert_int_equal(costshare_group_condition(group, 2, first, &s, &day), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_state_on(group, 2, first, &s), COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_members_on(group, 2, first, is_member, &members),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(group, 2, NULL, NULL, 0, NULL, 0, &n),
                     COSTSHARE_EINVAL);
    {
        costshare_date from[2] = {3, 3}, to[2] = {4, 4};
        assert_int_equal(
            costshare_group_memberships(group, 2, first, ymd(2024, 12, 31), from, to),
            COSTSHARE_EINVAL);
        assert_int_equal(
            costshare_group_memberships(group, 0, first, ymd(2024, 12, 31), from, to),
            COSTSHARE_ERANGE);
        assert_int_equal(from[0], 3);
        assert_int_equal(to[1], 4);
    }
    group[1] = agreement_2018();
    group[0].version = 0;
    assert_int_equal(costshare_group_condition(group, 2, first, &s, &day), COSTSHARE_EINVAL);
    group[0].version = 1; /* and the second record still version 2 */
    assert_int_equal(costshare_group_condition(group, 1, first, &s, &day), COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_GROUP_PENDING);
    s = 6;
    day = 5;
    {
        /* Version 1 at version 2's stride: the second "record" starts
         * inside the first, so the array is refused. */
        assert_int_equal(costshare_group_condition(group, 2, first, &s, &day),
                         COSTSHARE_EINVAL);
    }
    assert_int_equal(s, 6);
    assert_int_equal(day, 5);
    assert_int_equal(is_member[0], 7);
    assert_int_equal(members, 8);
    assert_int_equal(n, 9);
}

/* ---- coverage ------------------------------------------------------------ */

/* Mjölby: the 2016 agreement, 2016-09-01 to 2018-01-31, replaced by the 2018
 * agreement (in force from 2018-11-18, assumed from its registry stamp);
 * invoiced for the first year and the remaining six months. */
static void mjolby_coverage_finds_the_18th_month_and_the_gap(void **state) {
    costshare_agreement r[2];
    const costshare_date inv_first[2] = {ymd(2016, 9, 1), ymd(2017, 9, 1)};
    const costshare_date inv_last[2] = {ymd(2017, 8, 31), ymd(2018, 2, 28)};
    costshare_group_finding f[4];
    costshare_event e;
    size_t n = 0;
    (void)state;
    r[0] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2016, 12, 6));
    e.from = ymd(2016, 9, 1);
    e.term_end = ymd(2018, 1, 31);
    ok(&r[0], &e);
    e = ev(COSTSHARE_EVENT_REPLACE, ymd(2018, 11, 18));
    e.last_day = ymd(2018, 1, 31);
    ok(&r[0], &e);
    r[1] = agreement_2018();
    assert_int_equal(costshare_group_coverage(r, 2, inv_first, inv_last, 2, NULL, 0, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    memset(f, 0, sizeof f);
    assert_int_equal(costshare_group_coverage(r, 2, inv_first, inv_last, 2, f, 4, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(f[0].kind, COSTSHARE_GROUP_GAP);
    assert_int_equal(f[0].index, 0);
    assert_int_equal(f[0].first, ymd(2018, 2, 1));
    assert_int_equal(f[0].last, ymd(2018, 11, 17));
    assert_int_equal(f[1].kind, COSTSHARE_GROUP_UNCOVERED);
    assert_int_equal(f[1].index, 1); /* the remaining six months */
    assert_int_equal(f[1].first, ymd(2018, 2, 1));
    assert_int_equal(f[1].last, ymd(2018, 2, 28));
    /* 17 months in force, 18 invoiced: the 18th is the uncovered one. */
    assert_int_equal(costshare_date_add(ymd(2016, 9, 1), 17, COSTSHARE_MONTHS, &e.date),
                     COSTSHARE_OK);
    assert_int_equal(e.date, f[1].first);
    /* Without the invoices: the gap alone; a buffer too small refuses. */
    f[0].kind = 77;
    assert_int_equal(costshare_group_coverage(r, 2, inv_first, inv_last, 2, f, 1, &n),
                     COSTSHARE_ESIZE);
    assert_int_equal(f[0].kind, 77);
    assert_int_equal(costshare_group_coverage(r, 2, NULL, NULL, 0, f, 1, &n), COSTSHARE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(f[0].kind, COSTSHARE_GROUP_GAP);
}

/* Overlaps, runs before, between and after terms, open ends. */
static void coverage_of_overlapping_and_open_terms(void **state) {
    costshare_agreement r[3];
    const costshare_date inv_first[1] = {ymd(2019, 1, 1)};
    const costshare_date inv_last[1] = {ymd(2022, 12, 31)};
    costshare_group_finding f[8];
    costshare_event e;
    size_t n = 0;
    (void)state;
    r[0] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2019, 3, 1));
    e.term_end = ymd(2020, 6, 30);
    ok(&r[0], &e);
    r[1] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2020, 4, 1));
    ok(&r[1], &e); /* until further notice */
    r[2] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, ymd(2021, 1, 1));
    ok(&r[2], &e); /* until further notice too */
    assert_int_equal(costshare_group_coverage(r, 3, inv_first, inv_last, 1, f, 8, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 3);
    assert_int_equal(f[0].kind, COSTSHARE_GROUP_OVERLAP);
    assert_int_equal(f[0].first, ymd(2020, 4, 1));
    assert_int_equal(f[0].last, ymd(2020, 6, 30));
    assert_int_equal(f[1].kind, COSTSHARE_GROUP_OVERLAP);
    assert_int_equal(f[1].index, 1);
    assert_int_equal(f[1].first, ymd(2021, 1, 1));
    assert_int_equal(f[1].last, NO_DATE); /* neither ends */
    assert_int_equal(f[2].kind, COSTSHARE_GROUP_UNCOVERED);
    assert_int_equal(f[2].first, ymd(2019, 1, 1));
    assert_int_equal(f[2].last, ymd(2019, 2, 28));
    /* Out of order, not in force, bad periods. */
    assert_int_equal(costshare_group_coverage(r + 1, 1, inv_first, inv_last, 1, f, 8, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(f[0].last, ymd(2020, 3, 31));
    {
        costshare_agreement swapped[2];
        swapped[0] = r[2];
        swapped[1] = r[0];
        assert_int_equal(costshare_group_coverage(swapped, 2, NULL, NULL, 0, f, 8, &n),
                         COSTSHARE_EBACKWARDS);
        swapped[1] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
        assert_int_equal(costshare_group_coverage(swapped, 2, NULL, NULL, 0, f, 8, &n),
                         COSTSHARE_ENOTYET);
    }
    {
        /* Both faults: the first record that has one decides. */
        costshare_agreement both[3];
        both[0] = r[2];
        both[1] = r[0];                                          /* before the one before it */
        both[2] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT; /* not in force */
        assert_int_equal(costshare_group_coverage(both, 3, NULL, NULL, 0, f, 8, &n),
                         COSTSHARE_EBACKWARDS);
        both[1] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
        both[2] = r[0];
        assert_int_equal(costshare_group_coverage(both, 3, NULL, NULL, 0, f, 8, &n),
                         COSTSHARE_ENOTYET);
    }
    {
        const costshare_date back_first[1] = {ymd(2020, 1, 2)};
        const costshare_date back_last[1] = {ymd(2020, 1, 1)};
        const costshare_date bad[1] = {COSTSHARE_DATE_MAX + 1};
        assert_int_equal(costshare_group_coverage(r, 3, back_first, back_last, 1, f, 8, &n),
                         COSTSHARE_EBACKWARDS);
        assert_int_equal(costshare_group_coverage(r, 3, bad, back_last, 1, f, 8, &n),
                         COSTSHARE_ERANGE);
        assert_int_equal(costshare_group_coverage(r, 3, back_first, bad, 1, f, 8, &n),
                         COSTSHARE_ERANGE);
    }
    assert_int_equal(costshare_group_coverage(r, 3, NULL, inv_last, 1, f, 8, &n),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(r, 3, inv_first, NULL, 1, f, 8, &n),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(r, 3, inv_first, inv_last, 1, NULL, 8, &n),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(r, 3, inv_first, inv_last, 1, f, 8, NULL),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(NULL, 3, inv_first, inv_last, 1, f, 8, &n),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_group_coverage(r, 0, inv_first, inv_last, 1, f, 8, &n),
                     COSTSHARE_ERANGE);
}

/* A small fixed-seed PRNG (xorshift32). */
static uint32_t next_random(uint32_t *x) {
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

/* The coverage against a day-by-day reference: for random terms in order
 * (some open, some plain fixed terms, some ended by replacement) and random
 * invoiced periods, each day of a window is covered by 0, 1 or 2 of the
 * terms; the findings are exactly the runs of days the reference finds. */
static void coverage_agrees_with_a_day_by_day_reference(void **state) {
    uint32_t seed = 0xC0FEu;
    const costshare_date base = ymd(2020, 1, 1);
    enum { WINDOW = 400, MAXT = 4 };
    int run;
    size_t kinds[4] = {0, 0, 0, 0};
    (void)state;
    for (run = 0; run < 300; run++) {
        costshare_agreement r[MAXT];
        costshare_date s[MAXT], e[MAXT], inv_first[2], inv_last[2];
        costshare_group_finding f[32], want[32];
        size_t count = 1 + next_random(&seed) % MAXT, i, n = 0, w = 0, p;
        costshare_date start = base + (costshare_date)(next_random(&seed) % 40u);
        for (i = 0; i < count; i++) {
            costshare_event ev_ = ev(COSTSHARE_EVENT_ENTER_FORCE, start);
            uint32_t how = next_random(&seed) % 3u;
            r[i] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
            s[i] = start;
            e[i] = NO_DATE;
            if (how == 1u) {
                ev_.term_end = start + (costshare_date)(next_random(&seed) % 120u);
                e[i] = ev_.term_end;
            }
            ok(&r[i], &ev_);
            if (how == 2u) {
                costshare_event rep = ev(COSTSHARE_EVENT_REPLACE, start + 200);
                rep.last_day = start + (costshare_date)(next_random(&seed) % 150u);
                ok(&r[i], &rep);
                e[i] = rep.last_day;
            }
            start += (costshare_date)(next_random(&seed) % 100u);
        }
        for (p = 0; p < 2; p++) {
            inv_first[p] = base + (costshare_date)(next_random(&seed) % 300u);
            inv_last[p] = inv_first[p] + (costshare_date)(next_random(&seed) % 100u);
        }
        /* The reference: gaps and overlaps of consecutive terms, day by day. */
        for (i = 0; i + 1 < count; i++) {
            costshare_date d, run_first = NO_DATE;
            int kind = 0;
            for (d = base - 1; d <= base + WINDOW + 200; d++) {
                int in_a = d >= s[i] && (e[i] == NO_DATE || d <= e[i]);
                int in_b = d >= s[i + 1] && (e[i + 1] == NO_DATE || d <= e[i + 1]);
                int gap = !in_a && !in_b && d > s[i] && d < s[i + 1];
                int k = gap ? COSTSHARE_GROUP_GAP : in_a && in_b ? COSTSHARE_GROUP_OVERLAP : 0;
                if (k != kind) {
                    if (kind != 0) {
                        want[w].kind = kind;
                        want[w].index = (int32_t)i;
                        want[w].first = run_first;
                        want[w].last = d - 1;
                        w++;
                    }
                    kind = k;
                    run_first = d;
                }
            }
            if (kind != 0) { /* runs past the window: both open */
                want[w].kind = kind;
                want[w].index = (int32_t)i;
                want[w].first = run_first;
                want[w].last = NO_DATE;
                w++;
            }
        }
        for (p = 0; p < 2; p++) {
            costshare_date d, run_first = NO_DATE;
            for (d = inv_first[p]; d <= inv_last[p] + 1; d++) {
                int covered = 0;
                for (i = 0; i < count; i++) {
                    covered |= d >= s[i] && (e[i] == NO_DATE || d <= e[i]);
                }
                if (d <= inv_last[p] && !covered && run_first == NO_DATE) {
                    run_first = d;
                } else if ((d > inv_last[p] || covered) && run_first != NO_DATE) {
                    want[w].kind = COSTSHARE_GROUP_UNCOVERED;
                    want[w].index = (int32_t)p;
                    want[w].first = run_first;
                    want[w].last = d - 1;
                    w++;
                    run_first = NO_DATE;
                }
            }
        }
        assert_int_equal(costshare_group_coverage(r, count, inv_first, inv_last, 2, f,
                                                  sizeof f / sizeof f[0], &n),
                         COSTSHARE_OK);
        CHECK_EQ(n, w);
        for (i = 0; i < n; i++) {
            kinds[f[i].kind]++;
            CHECK_EQ(f[i].kind, want[i].kind);
            CHECK_EQ(f[i].index, want[i].index);
            CHECK_EQ(f[i].first, want[i].first);
            CHECK_EQ(f[i].last, want[i].last);
        }
    }
    print_message("findings: %u gaps, %u overlaps, %u uncovered runs\n", (unsigned)kinds[1],
                  (unsigned)kinds[2], (unsigned)kinds[3]);
    assert_true(kinds[1] > 50 && kinds[2] > 50 && kinds[3] > 50);
}

static void names_are_the_constants_names(void **state) {
    (void)state;
    assert_string_equal(costshare_group_outcome_name(COSTSHARE_GROUP_PENDING),
                        "COSTSHARE_GROUP_PENDING");
    assert_string_equal(costshare_group_outcome_name(COSTSHARE_GROUP_MET),
                        "COSTSHARE_GROUP_MET");
    assert_string_equal(costshare_group_outcome_name(COSTSHARE_GROUP_FAILED),
                        "COSTSHARE_GROUP_FAILED");
    assert_string_equal(costshare_group_outcome_name(3), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_group_outcome_name(-1), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_group_finding_name(COSTSHARE_GROUP_GAP),
                        "COSTSHARE_GROUP_GAP");
    assert_string_equal(costshare_group_finding_name(COSTSHARE_GROUP_OVERLAP),
                        "COSTSHARE_GROUP_OVERLAP");
    assert_string_equal(costshare_group_finding_name(COSTSHARE_GROUP_UNCOVERED),
                        "COSTSHARE_GROUP_UNCOVERED");
    assert_string_equal(costshare_group_finding_name(0), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_group_finding_name(4), "COSTSHARE_UNKNOWN");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_condition_is_met_on_the_day_the_last_decides),
        cmocka_unit_test(the_condition_fails_when_one_rejects_or_repeals),
        cmocka_unit_test(the_group_ends_on_2024_09_30),
        cmocka_unit_test(memberships_of_fixed_terms_and_joiners),
        cmocka_unit_test(an_array_of_version_1_records_is_read_at_their_size),
        cmocka_unit_test(refusals_write_nothing),
        cmocka_unit_test(mjolby_coverage_finds_the_18th_month_and_the_gap),
        cmocka_unit_test(coverage_of_overlapping_and_open_terms),
        cmocka_unit_test(coverage_agrees_with_a_day_by_day_reference),
        cmocka_unit_test(names_are_the_constants_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
