/* Tests for the agreement lifecycle (include/costshare/agreement.h).
 *
 * Expected values come from the lifecycle rules (docs/lifecycle.md) and the
 * seed agreements; the transition expectations are written out below
 * independently of lib/agreement.c. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define NO_DATE COSTSHARE_AGREEMENT_NO_DATE

static costshare_date D(int32_t y, int32_t m, int32_t d) {
    costshare_date out = 0;
    assert_int_equal(costshare_date_from_ymd(y, m, d, &out), COSTSHARE_OK);
    return out;
}

static costshare_event ev(int32_t kind, costshare_date date) {
    costshare_event e = COSTSHARE_EVENT_INIT;
    e.kind = kind;
    e.date = date;
    return e;
}

/* Apply and insist on success. */
static void ok(costshare_agreement *rec, const costshare_event *e) {
    int rc = costshare_agreement_apply(rec, e, rec);
    if (rc != COSTSHARE_OK) {
        fail_msg("event %s refused: %s", costshare_agreement_event_name(e->kind),
                 costshare_error_name(rc));
    }
}

/* Apply, expect refusal `want`, and prove the output untouched (both a
 * separate output and an in-place update). */
static void refused(const costshare_agreement *rec, const costshare_event *e, int want) {
    costshare_agreement out, copy, before;
    memset(&out, 0xA5, sizeof out);
    memset(&before, 0xA5, sizeof before);
    assert_int_equal(costshare_agreement_apply(rec, e, &out), want);
    assert_memory_equal(&out, &before, sizeof out);
    copy = *rec;
    assert_int_equal(costshare_agreement_apply(&copy, e, &copy), want);
    assert_memory_equal(&copy, rec, sizeof copy);
}

static int32_t state_on(const costshare_agreement *rec, costshare_date day) {
    int32_t s = -99;
    assert_int_equal(costshare_agreement_state_on(rec, day, &s), COSTSHARE_OK);
    return s;
}

/* ---- the independent expectation table ---------------------------------- */

enum {
    E = COSTSHARE_AGREEMENT_EMPTY,
    P = COSTSHARE_AGREEMENT_PROPOSED,
    RJ = COSTSHARE_AGREEMENT_REJECTED,
    A = COSTSHARE_AGREEMENT_ADOPTED,
    S = COSTSHARE_AGREEMENT_SIGNED,
    F = COSTSHARE_AGREEMENT_IN_FORCE,
    T = COSTSHARE_AGREEMENT_TERMINATION_PENDING,
    N = COSTSHARE_AGREEMENT_UNDER_NOTICE,
    EN = COSTSHARE_AGREEMENT_ENDED,
    X = COSTSHARE_AGREEMENT_EXPIRED,
    RP = COSTSHARE_AGREEMENT_REPLACED
};

struct allowed {
    int32_t from, event, to;
};

/* Every allowed transition, from the lifecycle rules; all other pairs refuse. */
static const struct allowed allowed_transitions[] = {
    {E, COSTSHARE_EVENT_PROPOSE, P},
    {E, COSTSHARE_EVENT_ADOPT, A},           /* a decision without a recorded proposal */
    {E, COSTSHARE_EVENT_ENTER_FORCE, F},     /* registering an agreement in force */
    {P, COSTSHARE_EVENT_EXTEND_DEADLINE, P}, /* Ekerö */
    {P, COSTSHARE_EVENT_ADOPT, A},
    {P, COSTSHARE_EVENT_REJECT, RJ}, /* Täby */
    {A, COSTSHARE_EVENT_SIGN, S},
    {S, COSTSHARE_EVENT_ENTER_FORCE, F},
    {S, COSTSHARE_EVENT_AMEND, S},
    {F, COSTSHARE_EVENT_AMEND, F},
    {F, COSTSHARE_EVENT_RENEW, F},
    {F, COSTSHARE_EVENT_EXPIRE, X},
    {F, COSTSHARE_EVENT_REPLACE, RP},           /* 2016 -> 2018 */
    {F, COSTSHARE_EVENT_DECIDE_TERMINATION, T}, /* Linköping */
    {F, COSTSHARE_EVENT_GIVE_NOTICE, N},
    {T, COSTSHARE_EVENT_AMEND, T},
    {T, COSTSHARE_EVENT_EXPIRE, X},
    {T, COSTSHARE_EVENT_CONDITION_MET, N},
    {T, COSTSHARE_EVENT_CONDITION_FAILED, F},
    {T, COSTSHARE_EVENT_WITHDRAW, F},
    {N, COSTSHARE_EVENT_AMEND, N},
    {N, COSTSHARE_EVENT_REPLACE, RP},
    {N, COSTSHARE_EVENT_WITHDRAW, F}, /* Alingsås */
    {N, COSTSHARE_EVENT_END, EN},
};

static int expected_next(int32_t state, int32_t event) {
    size_t i;
    for (i = 0; i < sizeof allowed_transitions / sizeof allowed_transitions[0]; i++) {
        if (allowed_transitions[i].from == state && allowed_transitions[i].event == event) {
            return allowed_transitions[i].to;
        }
    }
    return -1;
}

/* A valid record in each state: a plain fixed term 2020-03-01..2022-12-31
 * (not renewed by itself, so it expires after 2022-12-31) with three months'
 * notice where in force. Terms that renew themselves have their own fixtures
 * (renewing_term below). */
static costshare_agreement record_in(int32_t state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e;
    if (state == E) {
        return r;
    }
    e = ev(COSTSHARE_EVENT_PROPOSE, D(2020, 1, 10));
    e.deadline = D(2020, 3, 31);
    ok(&r, &e);
    if (state == P) {
        return r;
    }
    if (state == RJ) {
        e = ev(COSTSHARE_EVENT_REJECT, D(2020, 2, 1));
        ok(&r, &e);
        return r;
    }
    e = ev(COSTSHARE_EVENT_ADOPT, D(2020, 2, 1));
    ok(&r, &e);
    if (state == A) {
        return r;
    }
    e = ev(COSTSHARE_EVENT_SIGN, D(2020, 2, 15));
    ok(&r, &e);
    if (state == S) {
        return r;
    }
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2020, 3, 1));
    e.term_end = D(2022, 12, 31);
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    switch (state) {
    case T:
        e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2021, 1, 15));
        e.last_day = D(2021, 6, 30);
        ok(&r, &e);
        break;
    case N:
    case EN:
        e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2021, 2, 1));
        ok(&r, &e);
        if (state == EN) {
            e = ev(COSTSHARE_EVENT_END, D(2021, 5, 2));
            ok(&r, &e);
        }
        break;
    case X:
        e = ev(COSTSHARE_EVENT_EXPIRE, D(2023, 1, 1));
        ok(&r, &e);
        break;
    case RP:
        e = ev(COSTSHARE_EVENT_REPLACE, D(2021, 6, 1));
        ok(&r, &e);
        break;
    default:
        break;
    }
    assert_int_equal(r.state, state);
    return r;
}

/* An event of each kind whose dates and parameters suit the fixtures above. */
static costshare_event good_event(int32_t kind, const costshare_agreement *r) {
    costshare_event e = ev(kind, D(2021, 2, 1));
    switch (kind) {
    case COSTSHARE_EVENT_PROPOSE:
        e.date = D(2019, 12, 1);
        break;
    case COSTSHARE_EVENT_EXTEND_DEADLINE:
        e.date = D(2020, 2, 1);
        e.deadline = D(2020, 4, 30);
        break;
    case COSTSHARE_EVENT_ADOPT:
    case COSTSHARE_EVENT_REJECT:
        e.date = D(2020, 2, 1);
        break;
    case COSTSHARE_EVENT_SIGN:
        e.date = D(2020, 2, 15);
        break;
    case COSTSHARE_EVENT_ENTER_FORCE:
        e.date = D(2020, 3, 1);
        e.notice_count = 2;
        break;
    case COSTSHARE_EVENT_AMEND:
        e.date = r->last_event != NO_DATE ? r->last_event : D(2020, 1, 1);
        e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
        break;
    case COSTSHARE_EVENT_RENEW:
        e.term_end = D(2023, 12, 31);
        break;
    case COSTSHARE_EVENT_EXPIRE:
        e.date = D(2023, 1, 1);
        break;
    case COSTSHARE_EVENT_REPLACE:
        e.date = D(2021, 4, 1);
        break;
    case COSTSHARE_EVENT_DECIDE_TERMINATION:
        e.date = D(2021, 1, 15);
        break;
    case COSTSHARE_EVENT_WITHDRAW:
        e.date = D(2021, 3, 1);
        break;
    case COSTSHARE_EVENT_END:
        e.date = D(2021, 6, 1);
        break;
    default:
        break;
    }
    if (r->last_event != NO_DATE && e.date < r->last_event) {
        e.date = r->last_event;
    }
    return e;
}

static void every_state_event_pair_has_the_expected_answer(void **state) {
    int32_t s, k;
    (void)state;
    for (s = 0; s < COSTSHARE_AGREEMENT_STATE_COUNT; s++) {
        costshare_agreement rec = record_in(s);
        for (k = 0; k < COSTSHARE_EVENT_COUNT; k++) {
            costshare_event e = good_event(k, &rec);
            int want = expected_next(s, k);
            int32_t next = -77;
            if (want >= 0) {
                costshare_agreement out = rec;
                assert_int_equal(costshare_agreement_transition(s, k, &next), COSTSHARE_OK);
                assert_int_equal(next, want);
                if (costshare_agreement_apply(&rec, &e, &out) != COSTSHARE_OK) {
                    fail_msg("%s x %s refused", costshare_agreement_state_name(s),
                             costshare_agreement_event_name(k));
                }
                assert_int_equal(out.state, want);
                assert_int_equal(out.last_event, e.date);
                assert_int_equal(out.last_event_kind, k);
            } else {
                assert_int_equal(costshare_agreement_transition(s, k, &next),
                                 COSTSHARE_ENOTALLOWED);
                assert_int_equal(next, -77);
                refused(&rec, &e, COSTSHARE_ENOTALLOWED);
            }
        }
    }
}

static void transition_query_rejects_unknown_constants(void **state) {
    int32_t next = 123;
    (void)state;
    assert_int_equal(costshare_agreement_transition(-1, 0, &next), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_transition(COSTSHARE_AGREEMENT_STATE_COUNT, 0, &next),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_transition(0, -1, &next), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_transition(0, COSTSHARE_EVENT_COUNT, &next),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_transition(INT32_MIN, INT32_MAX, &next),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_transition(0, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(next, 123);
}

/* ---- stories from the seeds ---------------------------------------------- */

/* Täby 2016: a motion (2016-02-15) that the board proposes to reject (2016-10-17). */
static void taby_motion_is_rejected(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2016, 2, 15));
    (void)state;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_PROPOSED);
    e = ev(COSTSHARE_EVENT_REJECT, D(2016, 10, 17));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_REJECTED);
    assert_int_equal(r.decided, D(2016, 10, 17));
    assert_int_equal(state_on(&r, D(2016, 2, 14)), COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(state_on(&r, D(2016, 10, 16)), COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(state_on(&r, D(2016, 10, 17)), COSTSHARE_AGREEMENT_REJECTED);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2016, 11, 1));
    refused(&r, &e, COSTSHARE_ENOTALLOWED);
}

/* Ekerö 2013: respond by 2013-11-15, extended to 2013-12-19. */
static void ekero_deadline_extension_lets_a_later_adoption_count(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, before;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2013, 6, 5));
    (void)state;
    e.deadline = D(2013, 11, 15);
    ok(&r, &e);
    before = r;
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 10));
    refused(&before, &e, COSTSHARE_EDEADLINE);
    e = ev(COSTSHARE_EVENT_EXTEND_DEADLINE, D(2013, 11, 5));
    e.deadline = D(2013, 12, 19);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(r.response_deadline, D(2013, 12, 19));
    assert_int_equal(r.proposed, D(2013, 6, 5));
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 20));
    refused(&r, &e, COSTSHARE_EDEADLINE);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 19));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ADOPTED);
}

/* Mjölby: proposal 2015-09-29, decision 2015-11-30, agreement signed
 * 2016-12-06 for 2016-09-01..2018-01-31, replaced by the 2018 agreement. */
static void mjolby_2016_fixed_term_replaced_by_2018_agreement(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2015, 9, 29));
    (void)state;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2015, 11, 30));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_SIGN, D(2016, 12, 6));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 12, 6));
    e.from = D(2016, 9, 1);
    e.term_end = D(2018, 1, 31);
    ok(&r, &e);
    assert_int_equal(r.in_force_from, D(2016, 9, 1));
    assert_int_equal(r.term_end, D(2018, 1, 31));
    assert_int_equal(state_on(&r, D(2015, 11, 29)), COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(state_on(&r, D(2016, 8, 31)), COSTSHARE_AGREEMENT_ADOPTED);
    assert_int_equal(state_on(&r, D(2016, 9, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2018, 1, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2018, 2, 1)), COSTSHARE_AGREEMENT_EXPIRED);
    /* The amendment clause: only written amendments signed by both count. */
    e = ev(COSTSHARE_EVENT_AMEND, D(2017, 4, 18));
    refused(&r, &e, COSTSHARE_ECONDITION);
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    ok(&r, &e);
    assert_int_equal(r.amendments, 1);
    assert_int_equal(r.last_amended, D(2017, 4, 18));
    e = ev(COSTSHARE_EVENT_REPLACE, D(2018, 11, 18));
    e.last_day = D(2018, 1, 31);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_REPLACED);
    assert_int_equal(r.last_day, D(2018, 1, 31));
    assert_int_equal(r.refund_start, D(2018, 2, 1));
    assert_int_equal(state_on(&r, D(2018, 1, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2018, 2, 1)), COSTSHARE_AGREEMENT_REPLACED);
}

/* Mjölby 2018: until further notice, two months' notice, left in 2024. */
static void mjolby_2018_until_further_notice_two_months(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ADOPT, D(2017, 4, 18));
    (void)state;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_SIGN, D(2018, 11, 18));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2018, 11, 18));
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    assert_int_equal(r.term_end, NO_DATE);
    assert_int_equal(state_on(&r, D(9999, 12, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    e = ev(COSTSHARE_EVENT_RENEW, D(2019, 1, 1));
    refused(&r, &e, COSTSHARE_ENOTERM);
    e = ev(COSTSHARE_EVENT_EXPIRE, D(2019, 1, 1));
    refused(&r, &e, COSTSHARE_ENOTERM);
    /* Plain notice, 2024-07-31 + 2 months = 2024-09-30 (Lag 1930:173 1 §). */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 31));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(r.last_day, D(2024, 9, 30));
    assert_int_equal(r.refund_start, D(2024, 10, 1));
    assert_int_equal(r.notice_given, D(2024, 7, 31));
}

static costshare_agreement linkoping_in_force(void) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2018, 11, 18));
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    return r;
}

/* Linköping 2024-05-22: terminate from 30/9 2024 if the others decide the same. */
static void linkoping_conditional_termination_ends_on_2024_09_30(void **state) {
    costshare_agreement r = linkoping_in_force(), pending;
    costshare_event e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 5, 22));
    (void)state;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(r.termination_decided, D(2024, 5, 22));
    assert_int_equal(r.last_day, NO_DATE);
    pending = r;
    /* Notice on 2024-08-01 would end on 2024-10-01: too late for 09-30. */
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 8, 1));
    refused(&pending, &e, COSTSHARE_ENOTICE);
    e.date = D(2024, 10, 2); /* after the wanted day itself */
    refused(&pending, &e, COSTSHARE_ENOTICE);
    /* 2024-07-31 is the latest day that still ends on 09-30. */
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 7, 31));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(r.notice_given, D(2024, 7, 31));
    assert_int_equal(r.last_day, D(2024, 9, 30));
    assert_int_equal(r.refund_start, D(2024, 10, 1));
    assert_int_equal(state_on(&r, D(2024, 5, 21)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2024, 5, 22)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&r, D(2024, 7, 30)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&r, D(2024, 7, 31)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2024, 9, 30)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2024, 10, 1)), COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_END, D(2024, 9, 30));
    refused(&r, &e, COSTSHARE_ENOTYET);
    e = ev(COSTSHARE_EVENT_END, D(2024, 10, 1));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ENDED);
    assert_int_equal(state_on(&r, D(2024, 10, 1)), COSTSHARE_AGREEMENT_ENDED);
    assert_int_equal(state_on(&r, D(2024, 9, 30)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
}

static void condition_failing_or_withdrawn_leaves_the_agreement_in_force(void **state) {
    costshare_agreement r = linkoping_in_force(), failed, withdrawn;
    costshare_event e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 5, 22));
    (void)state;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    failed = r;
    e = ev(COSTSHARE_EVENT_CONDITION_FAILED, D(2024, 6, 30));
    ok(&failed, &e);
    assert_int_equal(failed.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(failed.termination_decided, NO_DATE);
    assert_int_equal(failed.wanted_last_day, NO_DATE);
    assert_int_equal(state_on(&failed, D(2024, 10, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    withdrawn = r;
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2024, 6, 30));
    ok(&withdrawn, &e);
    assert_int_equal(withdrawn.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(withdrawn.withdrawn_on, D(2024, 6, 30));
    /* Without a wanted day, the condition met gives the earliest last day. */
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 7, 1));
    ok(&withdrawn, &e);
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 7, 30));
    ok(&withdrawn, &e);
    assert_int_equal(withdrawn.last_day, D(2024, 9, 30));
}

/* Alingsås: 2023-05-26 decision to leave, three calendar years' notice,
 * repealed 2024-01-24: stays a member. */
static void alingsas_decision_to_leave_withdrawn_stays_member(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2023, 1, 1));
    (void)state;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_YEARS;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 5, 26));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(r.last_day, D(2026, 12, 31));
    assert_int_equal(r.refund_start, D(2027, 1, 1));
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2024, 1, 24));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.withdrawn_on, D(2024, 1, 24));
    assert_int_equal(r.last_day, NO_DATE);
    assert_int_equal(r.notice_given, NO_DATE);
    assert_int_equal(r.refund_start, NO_DATE);
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
}

static void alingsas_plain_three_years_would_end_on_2026_05_26(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2023, 1, 1));
    (void)state;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_YEARS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 5, 26));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2026, 5, 26));
    assert_int_equal(r.refund_start, D(2026, 6, 1));
}

static void withdrawal_after_the_last_day_is_too_late(void **state) {
    costshare_agreement r = record_in(N);
    costshare_event e = ev(COSTSHARE_EVENT_WITHDRAW, D(2021, 5, 2));
    (void)state;
    assert_int_equal(r.last_day, D(2021, 5, 1));
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.date = D(2021, 5, 1); /* the last day itself: not yet taken effect */
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
}

/* ---- terms: renewal, expiry, replacement --------------------------------- */

/* "A term ending on a given day, renewed for a period at a time
 * unless notice is given a stated time before the term ends": in force from
 * `from` to `term_end`, renewed by `renew_count` `renew_unit` at a time,
 * `notice` months' notice. */
static costshare_agreement renewing(costshare_date from, costshare_date term_end,
                                    int32_t renew_count, int32_t renew_unit, int32_t notice) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, from);
    e.term_end = term_end;
    e.renewal_count = renew_count;
    e.renewal_unit = renew_unit;
    e.notice_count = notice;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    return r;
}

static void renewal_by_period_starts_the_day_after_the_term(void **state) {
    costshare_agreement r = renewing(D(2020, 3, 1), D(2022, 12, 31), 1, COSTSHARE_YEARS, 3);
    costshare_event e = ev(COSTSHARE_EVENT_RENEW, D(2022, 10, 1));
    (void)state;
    ok(&r, &e); /* 2023-01-01 + 1 year - 1 day */
    assert_int_equal(r.term_end, D(2023, 12, 31));
    assert_int_equal(r.renewals, 1);
    e = ev(COSTSHARE_EVENT_RENEW, D(2023, 10, 1));
    e.term_end = D(2024, 6, 30);
    ok(&r, &e);
    assert_int_equal(r.term_end, D(2024, 6, 30));
    assert_int_equal(r.renewals, 2);
    e.term_end = D(2024, 6, 30); /* not after the current end */
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.term_end = D(2024, 1, 1);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
}

static void renewal_of_month_end_term_keeps_month_end(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2024, 3, 1));
    (void)state;
    e.term_end = D(2024, 4, 30);
    e.renewal_count = 1;
    e.renewal_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RENEW, D(2024, 4, 1));
    ok(&r, &e); /* 2024-05-01 + 1 month - 1 day */
    assert_int_equal(r.term_end, D(2024, 5, 31));
}

static void renewal_needs_a_period_or_a_new_end(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2024, 3, 1));
    (void)state;
    e.term_end = D(2024, 12, 31);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RENEW, D(2024, 4, 1));
    refused(&r, &e, COSTSHARE_EINVAL);
}

static void renewal_past_year_9999_is_out_of_range(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(9998, 1, 1));
    (void)state;
    e.term_end = D(9999, 6, 30);
    e.renewal_count = 1;
    e.renewal_unit = COSTSHARE_YEARS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RENEW, D(9999, 1, 1));
    refused(&r, &e, COSTSHARE_ERANGE);
    r.term_end = D(9999, 12, 31);
    refused(&r, &e, COSTSHARE_ERANGE);
}

static void expiry_only_after_the_term_end(void **state) {
    costshare_agreement r = record_in(F);
    costshare_event e = ev(COSTSHARE_EVENT_EXPIRE, D(2022, 12, 31));
    (void)state;
    refused(&r, &e, COSTSHARE_ENOTYET);
    e.date = D(2023, 1, 1);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_EXPIRED);
    assert_int_equal(r.last_day, D(2022, 12, 31));
    assert_int_equal(r.refund_start, D(2023, 1, 1));
    assert_int_equal(state_on(&r, D(2022, 12, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2023, 1, 1)), COSTSHARE_AGREEMENT_EXPIRED);
}

static void replacement_last_day_must_fall_within_the_old_agreement(void **state) {
    costshare_agreement r = record_in(F), n = record_in(N);
    costshare_event e = ev(COSTSHARE_EVENT_REPLACE, D(2021, 4, 1));
    (void)state;
    e.last_day = D(2020, 2, 29); /* before in force */
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.last_day = D(2023, 1, 1); /* after the term */
    refused(&r, &e, COSTSHARE_EAFTERTERM);
    e.last_day = D(2021, 5, 2); /* after the notice's last day */
    refused(&n, &e, COSTSHARE_EBACKWARDS);
    e.last_day = D(2021, 5, 1); /* not yet passed on 2021-04-01: record it later */
    refused(&n, &e, COSTSHARE_ENOTYET);
    e.last_day = D(2021, 4, 1); /* the event's own day is not yet over */
    refused(&n, &e, COSTSHARE_ENOTYET);
    e.date = D(2021, 5, 2); /* recorded once the notice's last day has passed */
    e.last_day = D(2021, 5, 1);
    ok(&n, &e);
    e.date = D(2021, 4, 1);
    assert_int_equal(n.state, COSTSHARE_AGREEMENT_REPLACED);
    e.last_day = D(2020, 3, 1);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2020, 3, 1));
    e.last_day = NO_DATE; /* default: the day before the event */
    r = record_in(F);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 3, 31));
    assert_int_equal(r.refund_start, D(2021, 4, 1));
}

static void notice_wanted_day_rules(void **state) {
    costshare_agreement r = record_in(F);
    costshare_event e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2021, 2, 1));
    (void)state;
    e.last_day = D(2021, 1, 31);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.last_day = D(2021, 4, 30); /* 3 months from 02-01 is 05-01 */
    refused(&r, &e, COSTSHARE_ENOTICE);
    e.last_day = 5000000;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.last_day = D(2021, 5, 1);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 5, 1));
    assert_int_equal(r.wanted_last_day, D(2021, 5, 1));
    assert_int_equal(r.refund_start, D(2021, 6, 1));
}

static void notice_without_a_notice_period_takes_effect_when_given(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, w;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 9, 1));
    (void)state;
    ok(&r, &e);
    w = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2017, 3, 15));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2017, 3, 15));
    assert_int_equal(r.refund_start, D(2017, 4, 1));
    e.last_day = D(2017, 6, 30);
    ok(&w, &e);
    assert_int_equal(w.last_day, D(2017, 6, 30));
}

/* "Two months counted from the next month end" style terms with count 0:
 * the end of the current calendar period. */
static void zero_calendar_periods_end_with_the_current_period(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2024, 1, 1));
    (void)state;
    e.notice_count = 0;
    e.notice_unit = COSTSHARE_MONTHS;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 4, 13));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 4, 30));
    assert_int_equal(r.refund_start, D(2024, 5, 1));
}

/* Notice 2024-04-13, two months from the next month end: 2024-06-30. */
static void two_calendar_months_from_next_month_end(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2024, 1, 1));
    (void)state;
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 4, 13));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 6, 30));
    assert_int_equal(r.refund_start, D(2024, 7, 1));
}

static void notice_or_decision_after_the_term_is_too_late(void **state) {
    costshare_agreement r = record_in(F), t = record_in(T);
    costshare_event e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 1, 1));
    (void)state;
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.kind = COSTSHARE_EVENT_CONDITION_MET;
    refused(&t, &e, COSTSHARE_ETOOLATE);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2022, 12, 31)); /* last day of term */
    ok(&r, &e);
    /* Three months would run to 2023-03-31, but the term ends first. */
    assert_int_equal(r.last_day, D(2022, 12, 31));
    assert_int_equal(r.refund_start, D(2023, 1, 1));
    assert_int_equal(state_on(&r, D(2022, 12, 31)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2023, 1, 1)), COSTSHARE_AGREEMENT_ENDED);
}

static void wanted_last_day_after_the_term_is_refused(void **state) {
    costshare_agreement r = record_in(F); /* term ends 2022-12-31, 3 months' notice */
    costshare_event e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2022, 11, 1));
    (void)state;
    e.last_day = D(2023, 1, 1);
    refused(&r, &e, COSTSHARE_EAFTERTERM);
    e.kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    refused(&r, &e, COSTSHARE_EAFTERTERM);
    /* The term end itself is reachable: the term caps the notice period. */
    e.kind = COSTSHARE_EVENT_GIVE_NOTICE;
    e.last_day = D(2022, 12, 31);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2022, 12, 31));
}

static void decide_termination_wanted_day_not_before_decision(void **state) {
    costshare_agreement r = record_in(F);
    costshare_event e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2021, 1, 15));
    (void)state;
    e.last_day = D(2021, 1, 14);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.last_day = -5000000;
    refused(&r, &e, COSTSHARE_ERANGE);
}

static void events_on_an_agreement_past_its_end_are_too_late(void **state) {
    costshare_agreement f = record_in(F), t = record_in(T), n = record_in(N);
    costshare_event e = ev(COSTSHARE_EVENT_AMEND, D(2023, 1, 1)); /* term ended 2022-12-31 */
    (void)state;
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    refused(&f, &e, COSTSHARE_ETOOLATE);
    refused(&t, &e, COSTSHARE_ETOOLATE);
    e.date = D(2021, 5, 2); /* the notice's last day was 2021-05-01 */
    refused(&n, &e, COSTSHARE_ETOOLATE);
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2023, 1, 1));
    refused(&t, &e, COSTSHARE_ETOOLATE);
    e = ev(COSTSHARE_EVENT_AMEND, D(2022, 12, 31));
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    ok(&f, &e); /* the term's last day is still in force */
}

static void replacement_does_not_end_before_recorded_events(void **state) {
    costshare_agreement n = record_in(N); /* notice given 2021-02-01 */
    costshare_event e = ev(COSTSHARE_EVENT_REPLACE, D(2021, 3, 1));
    (void)state;
    e.last_day = D(2021, 1, 31);
    refused(&n, &e, COSTSHARE_EBACKWARDS);
    e.last_day = D(2021, 2, 1);
    ok(&n, &e);
    assert_int_equal(n.last_day, D(2021, 2, 1));
}

/* ---- regressions: renewing terms, SE deadline, in-force checks ----------- */

/* D1. A term renewed unless notice is given a stated time
 * before it ends. Term 2020-01-01..2020-12-31, renewed a year at a time
 * (term ends 2020-12-31, 2021-12-31, 2022-12-31, ...), three months' notice.
 * Notice on G ends it on the first term end E with G + 3 months <= E
 * (Lag 1930:173 1 §). */
static void notice_on_a_renewing_term_ends_at_a_term_end(void **state) {
    const costshare_agreement r0 =
        renewing(D(2020, 1, 1), D(2020, 12, 31), 1, COSTSHARE_YEARS, 3);
    costshare_agreement r = r0;
    costshare_event e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2020, 9, 1));
    (void)state;
    ok(&r, &e); /* 2020-12-01 <= 2020-12-31 */
    assert_int_equal(r.last_day, D(2020, 12, 31));
    assert_int_equal(r.refund_start, D(2021, 1, 1));
    r = r0;
    e.date = D(2020, 9, 30); /* 2020-12-30: still in time */
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2020, 12, 31));
    r = r0;
    e.date = D(2020, 10, 1); /* 2021-01-01: too late for 2020, so 2021 */
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 12, 31));
    r = r0;
    e.date = D(2020, 12, 1);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 12, 31));
    assert_int_equal(r.refund_start, D(2022, 1, 1));
    assert_int_equal(state_on(&r, D(2021, 6, 1)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2021, 12, 31)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2022, 1, 1)), COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_END, D(2022, 1, 1));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ENDED);
    /* Two renewals later, no RENEW applied: 2023-05-10 + 3 months = 08-10. */
    r = r0;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 5, 10));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2023, 12, 31));
    /* Wanted days: from the notice period's end up to the term end E. */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2020, 12, 1));
    e.last_day = D(2020, 12, 31); /* 3 months from 12-01 run to 2021-03-01 */
    refused(&r0, &e, COSTSHARE_ENOTICE);
    e.last_day = D(2022, 12, 31); /* the notice ends it on 2021-12-31 */
    refused(&r0, &e, COSTSHARE_EAFTERTERM);
    e.last_day = D(2021, 12, 31);
    r = r0;
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 12, 31));
    assert_int_equal(r.wanted_last_day, D(2021, 12, 31));
    /* A conditional termination may want a later term's end. */
    r = r0;
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2020, 11, 1));
    e.last_day = D(2021, 12, 31);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2020, 12, 1));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2021, 12, 31));
}

/* D1, monthly renewal counted from the day after the first term (no drift):
 * term 2024-01-01..2024-01-31, renewed a month at a time, so term ends are
 * 2024-02-29, 2024-03-31, 2024-04-30 (2024-02-01 + k months - 1 day). One
 * month's notice given 2024-02-15 runs to 03-15: the term ending 03-31. */
static void notice_on_a_monthly_renewing_term(void **state) {
    costshare_agreement r = renewing(D(2024, 1, 1), D(2024, 1, 31), 1, COSTSHARE_MONTHS, 1);
    costshare_event e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 2, 15));
    (void)state;
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 3, 31));
    assert_int_equal(r.refund_start, D(2024, 4, 1));
}

/* I1. "Renewed unless notice is given": without RENEW or notice a renewing
 * term stays in force across its term ends; a plain one expires. */
static void a_renewing_term_stays_in_force_until_notice_ends_it(void **state) {
    costshare_agreement r = renewing(D(2020, 1, 1), D(2020, 12, 31), 1, COSTSHARE_YEARS, 3);
    costshare_agreement plain = renewing(D(2020, 1, 1), D(2020, 12, 31), 0, COSTSHARE_YEARS, 3);
    costshare_event e = ev(COSTSHARE_EVENT_EXPIRE, D(2021, 1, 1));
    (void)state;
    assert_int_equal(state_on(&r, D(2020, 12, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2021, 1, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2035, 6, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, COSTSHARE_DATE_MAX), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&plain, D(2021, 1, 1)), COSTSHARE_AGREEMENT_EXPIRED);
    refused(&r, &e, COSTSHARE_ENOTYET); /* it never runs out by itself */
    ok(&plain, &e);
    assert_int_equal(plain.state, COSTSHARE_AGREEMENT_EXPIRED);
    e = ev(COSTSHARE_EVENT_AMEND, D(2025, 3, 1));
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_REPLACE, D(2025, 4, 1)); /* no term end caps it */
    e.last_day = D(2025, 3, 31);
    {
        costshare_agreement replaced = r;
        ok(&replaced, &e);
        assert_int_equal(replaced.state, COSTSHARE_AGREEMENT_REPLACED);
        assert_int_equal(state_on(&replaced, D(2025, 4, 1)), COSTSHARE_AGREEMENT_REPLACED);
    }
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2025, 11, 1)); /* 2026-02-01: 2026 term */
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2026, 12, 31));
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2026, 12, 31));
    ok(&r, &e);
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
}

/* D2. The 2018 agreement with two months' notice and the Sunday rule
 * (Lag 1930:173 2 §): for a last day 2024-08-31 notice is due 2024-06-30, a
 * Sunday, so it may still be given on Monday 2024-07-01. */
static void se_deadline_lets_notice_on_the_next_weekday_count(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, plain, no_wish;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2018, 11, 18));
    costshare_date latest = 0;
    (void)state;
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    plain = r;
    ok(&plain, &e);
    e.notice_flags = COSTSHARE_SE_DEADLINE;
    ok(&r, &e);
    assert_int_equal(r.notice_flags, COSTSHARE_SE_DEADLINE);
    assert_int_equal(costshare_notice_latest(D(2024, 8, 31), 2, COSTSHARE_MONTHS,
                                             COSTSHARE_SE_DEADLINE, &latest),
                     COSTSHARE_OK);
    assert_int_equal(latest, D(2024, 7, 1));
    no_wish = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 1));
    e.last_day = D(2024, 8, 31);
    refused(&plain, &e, COSTSHARE_ENOTICE); /* without the rule: 07-01 is late */
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 8, 31));
    assert_int_equal(r.refund_start, D(2024, 9, 1));
    e.date = D(2024, 7, 2); /* a Tuesday: too late even with 2 § */
    refused(&no_wish, &e, COSTSHARE_ENOTICE);
    /* No wanted day: the period itself, 2024-07-01 + 2 months, is not moved. */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 1));
    ok(&no_wish, &e);
    assert_int_equal(no_wish.last_day, D(2024, 9, 1));
}

/* D2 on a renewing term: term ends 2024-08-31, 2025-08-31, ... (renewed a
 * year at a time), two months' notice due 2024-06-30 (a Sunday); with 2 §
 * notice on Monday 2024-07-01 still ends it on 2024-08-31. */
static void se_deadline_on_a_renewing_term(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, plain;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2023, 9, 1));
    (void)state;
    e.term_end = D(2024, 8, 31);
    e.renewal_count = 1;
    e.renewal_unit = COSTSHARE_YEARS;
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    plain = r;
    ok(&plain, &e);
    e.notice_flags = COSTSHARE_SE_DEADLINE;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 1));
    {
        costshare_agreement p2 = plain;
        ok(&p2, &e);
        assert_int_equal(p2.last_day, D(2025, 8, 31));
    }
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 8, 31));
}

/* D2 on a renewing term with no notice period ("notice at the latest on the
 * term's last day") and the Sunday rule: the term ending Sunday 2024-06-30
 * (renewed by a month: 07-31, 08-31, ...) could be given notice on Monday
 * 2024-07-01 by 2 §, but that term has already ended and been renewed; a
 * last day is never before the notice, so it ends the term in force,
 * 2024-07-31. Notice on the Sunday itself ends it on 2024-06-30. */
static void notice_never_ends_a_term_that_ended_before_it(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, sunday;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2024, 1, 1));
    (void)state;
    e.term_end = D(2024, 6, 30);
    e.renewal_count = 1;
    e.renewal_unit = COSTSHARE_MONTHS;
    e.notice_flags = COSTSHARE_SE_DEADLINE;
    ok(&r, &e);
    sunday = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 6, 30));
    ok(&sunday, &e);
    assert_int_equal(sunday.last_day, D(2024, 6, 30));
    e.date = D(2024, 7, 1);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 7, 31));
    assert_int_equal(state_on(&r, D(2024, 7, 1)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
}

/* Lag (1930:173) 2 § moves a last day for notice only within the Swedish
 * calendar (from 1990). Two months' notice to be out by 1989-07-31 is due by
 * 1989-05-31 (a Wednesday, so 2 § would not move it anyway): notice on
 * 1989-05-31 is in time, notice on 1989-06-01 is too late even with the
 * Sunday rule in the record, although 2 § cannot be evaluated for 1989. */
static void sunday_rule_before_1990_leaves_a_late_notice_late(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, in_time;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(1985, 1, 1));
    (void)state;
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    e.notice_flags = COSTSHARE_SE_DEADLINE;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(1989, 5, 31));
    e.last_day = D(1989, 7, 31);
    in_time = r;
    ok(&in_time, &e);
    assert_int_equal(in_time.last_day, D(1989, 7, 31));
    e.date = D(1989, 6, 1);
    refused(&r, &e, COSTSHARE_ENOTICE);
}

/* D3, repro 1: the 2016 agreement (term to 2018-01-31, not renewing itself)
 * cannot be renewed after it expired; a renewal on its last day can. */
static void renewal_after_a_plain_term_expired_is_too_late(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 12, 6));
    (void)state;
    e.from = D(2016, 9, 1);
    e.term_end = D(2018, 1, 31);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RENEW, D(2019, 6, 1));
    e.term_end = D(2019, 1, 31);
    refused(&r, &e, COSTSHARE_ETOOLATE);
    assert_int_equal(state_on(&r, D(2019, 6, 1)), COSTSHARE_AGREEMENT_EXPIRED);
    e.date = D(2018, 2, 1);
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.date = D(2018, 1, 31);
    e.term_end = D(2018, 1, 31); /* not after the current end */
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.term_end = D(2019, 1, 31);
    ok(&r, &e);
    assert_int_equal(r.term_end, D(2019, 1, 31));
    assert_int_equal(state_on(&r, D(2018, 6, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2019, 2, 1)), COSTSHARE_AGREEMENT_EXPIRED);
}

/* D3, repro 2: a failed condition after the term ended comes too late. */
static void condition_failed_after_the_term_is_too_late(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 12, 6));
    (void)state;
    e.from = D(2016, 9, 1);
    e.term_end = D(2018, 1, 31);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2017, 6, 1));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_CONDITION_FAILED, D(2018, 6, 1));
    refused(&r, &e, COSTSHARE_ETOOLATE);
    assert_int_equal(state_on(&r, D(2018, 6, 1)), COSTSHARE_AGREEMENT_EXPIRED);
    e.date = D(2018, 1, 31);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2018, 1, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
}

/* D3 on a renewing term: the current term end on the event's date is the
 * renewal term in force then (2020-12-31 renewed by years: on 2022-06-01 the
 * term ends 2022-12-31); RENEW by period extends to the next, 2023-12-31. */
static void renewal_of_a_renewing_term_starts_from_the_term_in_force(void **state) {
    const costshare_agreement r0 =
        renewing(D(2020, 1, 1), D(2020, 12, 31), 1, COSTSHARE_YEARS, 3);
    costshare_agreement r = r0;
    costshare_event e = ev(COSTSHARE_EVENT_RENEW, D(2022, 6, 1));
    (void)state;
    ok(&r, &e);
    assert_int_equal(r.term_end, D(2023, 12, 31));
    assert_int_equal(r.renewals, 1);
    e.term_end = D(2022, 12, 31); /* the end of the term in force: not after it */
    refused(&r0, &e, COSTSHARE_EBACKWARDS);
    e.term_end = D(2023, 3, 31); /* a change to a new end */
    r = r0;
    ok(&r, &e);
    assert_int_equal(r.term_end, D(2023, 3, 31));
    /* Notice on 2022-12-31 runs to 2023-03-31, the new end; a day later it
     * runs to 2023-04-01, so the next renewal term, counted from the new
     * end (2023-04-01 + 1 year - 1 day = 2024-03-31). */
    {
        costshare_agreement in_time = r;
        e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2022, 12, 31));
        ok(&in_time, &e);
        assert_int_equal(in_time.last_day, D(2023, 3, 31));
    }
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 1, 1));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 3, 31));
    /* A renewing term in force up to 9999: the next term would end after
     * 9999-12-31. */
    r = renewing(D(9998, 1, 1), D(9998, 12, 31), 1, COSTSHARE_YEARS, 3);
    e = ev(COSTSHARE_EVENT_RENEW, D(9999, 6, 1));
    refused(&r, &e, COSTSHARE_ERANGE);
    /* Terms ending 9998-06-30, 9999-06-30, then 10000-06-30: on 9999-08-01
     * even the term in force has no end in the calendar. */
    r = renewing(D(9998, 1, 1), D(9998, 6, 30), 1, COSTSHARE_YEARS, 3);
    e.date = D(9999, 8, 1);
    refused(&r, &e, COSTSHARE_ERANGE);
    e.term_end = D(9999, 12, 31);
    refused(&r, &e, COSTSHARE_ERANGE);
    /* Notice on 9999-06-01 runs to 9999-09-01, past the 9999-06-30 end. */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 6, 1));
    refused(&r, &e, COSTSHARE_ERANGE);
    e.date = D(9999, 3, 31); /* runs to 9999-06-30 exactly */
    ok(&r, &e);
    assert_int_equal(r.last_day, D(9999, 6, 30));
}

/* I9. The response deadline: an extension may be granted after the old
 * deadline passed (the decision could not be taken in time), but a new
 * deadline already past on the day it is granted makes no sense. */
static void deadline_extension_after_the_old_deadline(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2013, 9, 1));
    (void)state;
    e.deadline = D(2013, 11, 15);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_EXTEND_DEADLINE, D(2013, 12, 1));
    e.deadline = D(2013, 11, 30); /* later than 11-15, but before the event */
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.deadline = D(2013, 12, 1); /* the event's own day is fine */
    {
        costshare_agreement same_day = r;
        ok(&same_day, &e);
    }
    e.deadline = D(2013, 12, 19);
    ok(&r, &e);
    assert_int_equal(r.response_deadline, D(2013, 12, 19));
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 19));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ADOPTED);
}

/* I11. An event whose kind was never set is refused, not applied as a
 * proposal. */
static void an_event_without_a_kind_is_refused(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = COSTSHARE_EVENT_INIT, f;
    (void)state;
    assert_int_equal(e.kind, COSTSHARE_EVENT_NONE);
    assert_int_equal(COSTSHARE_EVENT_NONE, -1);
    e.date = D(2020, 1, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    memset(&f, 0, sizeof f);
    assert_int_equal(costshare_agreement_event_init(&f, COSTSHARE_EVENT_VERSION), COSTSHARE_OK);
    assert_int_equal(f.kind, COSTSHARE_EVENT_NONE);
    f.date = D(2020, 1, 1);
    refused(&r, &f, COSTSHARE_EINVAL);
    r = record_in(F);
    refused(&r, &f, COSTSHARE_EINVAL);
    r = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    assert_int_equal(r.last_event_kind, COSTSHARE_EVENT_NONE);
    assert_string_equal(costshare_agreement_event_name(COSTSHARE_EVENT_NONE),
                        "COSTSHARE_UNKNOWN");
}

/* I12. A last day in December 9999: refunds would start 10000-01-01, which
 * the calendar cannot hold, so the record has no refund start; the notice,
 * replacement or expiry itself is recorded. */
static void last_day_in_december_9999_has_no_refund_start(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, open, fixed;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(9999, 1, 1));
    (void)state;
    ok(&r, &e); /* no notice period */
    open = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 12, 15));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(9999, 12, 15));
    assert_int_equal(r.refund_start, NO_DATE);
    assert_int_equal(state_on(&r, D(9999, 12, 15)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(9999, 12, 16)), COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_END, D(9999, 12, 16));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 11, 30)); /* November: refunds 12-01 */
    fixed = open;
    ok(&fixed, &e);
    assert_int_equal(fixed.refund_start, D(9999, 12, 1));
    e = ev(COSTSHARE_EVENT_REPLACE, D(9999, 12, 20));
    ok(&open, &e);
    assert_int_equal(open.last_day, D(9999, 12, 19));
    assert_int_equal(open.refund_start, NO_DATE);
    r = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(9999, 1, 1));
    e.term_end = D(9999, 12, 1);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_EXPIRE, D(9999, 12, 2));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(9999, 12, 1));
    assert_int_equal(r.refund_start, NO_DATE);
    /* Such a record is well formed; without a refund start before December
     * 9999 it is corrupt. */
    r.last_day = D(9999, 11, 30);
    r.term_end = D(9999, 11, 30);
    refused(&r, &e, COSTSHARE_EINVAL);
}

/* ---- date order and parameter rules ------------------------------------- */

static void events_may_not_run_backwards_in_time(void **state) {
    costshare_agreement r = record_in(P);
    costshare_event e = ev(COSTSHARE_EVENT_ADOPT, D(2020, 1, 9));
    (void)state;
    refused(&r, &e, COSTSHARE_EDATEORDER);
    e.date = D(2020, 1, 10); /* same day is fine */
    ok(&r, &e);
}

static void table_refusal_comes_before_date_order(void **state) {
    costshare_agreement r = record_in(P);
    costshare_event e = ev(COSTSHARE_EVENT_SIGN, D(1990, 1, 1));
    (void)state;
    refused(&r, &e, COSTSHARE_ENOTALLOWED);
}

static void proposal_and_deadline_dates(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, p;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2013, 6, 5));
    (void)state;
    e.deadline = D(2013, 6, 4);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.deadline = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.deadline = D(2013, 11, 15);
    p = r;
    ok(&p, &e);
    e = ev(COSTSHARE_EVENT_EXTEND_DEADLINE, D(2013, 11, 5));
    refused(&p, &e, COSTSHARE_EINVAL); /* the new deadline is required */
    e.deadline = D(2013, 11, 15);
    refused(&p, &e, COSTSHARE_EBACKWARDS);
    e.deadline = D(2013, 11, 4);
    refused(&p, &e, COSTSHARE_EBACKWARDS);
    e.deadline = COSTSHARE_DATE_MIN - 1;
    refused(&p, &e, COSTSHARE_ERANGE);
    /* A proposal without a deadline: any decision date; an extension sets one. */
    e = ev(COSTSHARE_EVENT_PROPOSE, D(2016, 2, 15));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_EXTEND_DEADLINE, D(2016, 3, 1));
    e.deadline = D(2016, 3, 1);
    ok(&r, &e);
    assert_int_equal(r.response_deadline, D(2016, 3, 1));
    e = ev(COSTSHARE_EVENT_REJECT, D(2016, 3, 2));
    refused(&r, &e, COSTSHARE_EDEADLINE);
}

static void entry_into_force_dates(void **state) {
    costshare_agreement r = record_in(S);
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2020, 3, 1));
    (void)state;
    e.from = D(2020, 3, 2);
    refused(&r, &e, COSTSHARE_ENOTYET);
    e.from = D(2020, 1, 1); /* retroactive is fine */
    e.term_end = D(2019, 12, 31);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    /* A plain fixed term already over on the event's date would be recorded
     * in force while expired. */
    e.term_end = D(2020, 2, 29);
    refused(&r, &e, COSTSHARE_ETOOLATE);
    {
        /* A term that renews itself is in force after its first end. */
        costshare_agreement renewing = r;
        e.renewal_count = 1;
        e.renewal_unit = COSTSHARE_MONTHS;
        ok(&renewing, &e);
        assert_int_equal(state_on(&renewing, D(2020, 3, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
        e.renewal_count = 0;
    }
    e.date = D(2020, 2, 15);
    e.from = D(2020, 2, 15);
    e.term_end = D(2020, 2, 15); /* a one-day term */
    ok(&r, &e);
    assert_int_equal(r.in_force_from, D(2020, 2, 15));
    assert_int_equal(state_on(&r, D(2020, 2, 15)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2020, 2, 16)), COSTSHARE_AGREEMENT_EXPIRED);
}

static void entry_into_force_parameters_are_checked(void **state) {
    costshare_agreement r = record_in(S);
    costshare_event good = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2020, 3, 1)), e;
    (void)state;
    e = good;
    e.from = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.term_end = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.notice_count = -1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.notice_count = COSTSHARE_AGREEMENT_MAX_COUNT + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.renewal_count = -1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.renewal_count = COSTSHARE_AGREEMENT_MAX_COUNT + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e = good;
    e.notice_unit = 4;
    refused(&r, &e, COSTSHARE_EINVAL);
    e = good;
    e.notice_unit = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    e = good;
    e.renewal_unit = 99;
    refused(&r, &e, COSTSHARE_EINVAL);
    e = good;
    e.notice_flags = 4u;
    refused(&r, &e, COSTSHARE_EINVAL);
    e = good;
    e.notice_count = COSTSHARE_AGREEMENT_MAX_COUNT;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS | COSTSHARE_SE_DEADLINE;
    ok(&r, &e);
    assert_int_equal(r.notice_count, COSTSHARE_AGREEMENT_MAX_COUNT);
}

static void unsigned_amendment_is_refused_and_counters_do_not_overflow(void **state) {
    costshare_agreement r = record_in(F);
    costshare_event e = ev(COSTSHARE_EVENT_AMEND, D(2021, 1, 1));
    (void)state;
    refused(&r, &e, COSTSHARE_ECONDITION);
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    r.amendments = INT32_MAX; /* and the last of them on a day in force */
    r.last_amended = D(2020, 3, 1);
    refused(&r, &e, COSTSHARE_EOVERFLOW);
    r = record_in(F);
    r.renewals = INT32_MAX;
    e = ev(COSTSHARE_EVENT_RENEW, D(2021, 1, 1));
    e.term_end = D(2023, 12, 31);
    refused(&r, &e, COSTSHARE_EOVERFLOW);
}

static void event_date_must_be_a_valid_date(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, NO_DATE);
    (void)state;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.date = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.date = COSTSHARE_DATE_MIN - 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.date = COSTSHARE_DATE_MIN;
    e.kind = COSTSHARE_EVENT_ENTER_FORCE;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_REPLACE, COSTSHARE_DATE_MIN); /* the day before would be year 0 */
    refused(&r, &e, COSTSHARE_ERANGE);
}

/* Dates computed past 9999 are refused, never wrapped. */
static void computed_dates_past_year_9999_are_out_of_range(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, open;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(9999, 1, 1));
    (void)state;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    /* notice_end: 9999-11-01 + 3 months is after 9999-12-31. */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 11, 1));
    refused(&r, &e, COSTSHARE_ERANGE);
    e = ev(COSTSHARE_EVENT_REPLACE, D(9999, 12, 20));
    e.last_day = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    /* An until-further-notice agreement can be replaced on any day in force. */
    open = r;
    e = ev(COSTSHARE_EVENT_REPLACE, D(9999, 6, 1));
    ok(&open, &e);
    assert_int_equal(open.last_day, D(9999, 5, 31));
    assert_int_equal(open.refund_start, D(9999, 6, 1));
    /* A renewal's explicit end must be a valid date. */
    r = record_in(F);
    e = ev(COSTSHARE_EVENT_RENEW, D(2021, 1, 1));
    e.term_end = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
}

/* A small fixed-seed PRNG (xorshift32) for the property test. */
static uint32_t next_random(uint32_t *x) {
    *x ^= *x << 13;
    *x ^= *x >> 17;
    *x ^= *x << 5;
    return *x;
}

/* A random event near `today` for a record in `state`: mostly a kind the
 * table allows there, sometimes dated a little backwards, with random
 * optional dates and periods (plain and self-renewing terms, with and
 * without the calendar-period and Sunday-rule flags). */
static costshare_event random_event(uint32_t *seed, int32_t state, costshare_date today) {
    costshare_event e = COSTSHARE_EVENT_INIT;
    e.kind = (int32_t)(next_random(seed) % COSTSHARE_EVENT_COUNT);
    if (next_random(seed) % 5u != 0u) { /* mostly events the table allows */
        int32_t options[COSTSHARE_EVENT_COUNT], n = 0, k;
        for (k = 0; k < COSTSHARE_EVENT_COUNT; k++) {
            if (expected_next(state, k) >= 0) {
                options[n++] = k;
            }
        }
        if (n > 0) {
            e.kind = options[next_random(seed) % (uint32_t)n];
        }
    }
    e.date = today - (costshare_date)(next_random(seed) % 3u); /* sometimes backwards */
    if (next_random(seed) % 2u) {
        e.deadline = today + (costshare_date)(next_random(seed) % 200u) - 20;
    }
    if (next_random(seed) % 2u) {
        e.from = today - (costshare_date)(next_random(seed) % 400u);
    }
    if (next_random(seed) % 2u) {
        e.term_end = today + (costshare_date)(next_random(seed) % 900u) - 100;
    }
    if (next_random(seed) % 2u) {
        e.last_day = today + (costshare_date)(next_random(seed) % 300u) - 30;
    }
    e.notice_count = (int32_t)(next_random(seed) % 4u);
    e.notice_unit = (int32_t)(next_random(seed) % 4u);
    e.notice_flags = next_random(seed) % 4u; /* calendar periods, SE deadline */
    e.renewal_count = (int32_t)(next_random(seed) % 3u);
    e.renewal_unit = (int32_t)(next_random(seed) % 4u);
    e.flags = next_random(seed) % 2u;
    return e;
}

/* Random event sequences: every answer is OK or a documented code; a refusal
 * writes nothing; a success follows the expectation table, moves the last
 * event forward, keeps the record well formed (state_on works on it) and its
 * fixed dates in order, and the stored state is the state state_on derives
 * for the event's date (plain and self-renewing terms, with and without the
 * calendar-period and Sunday-rule flags). */
static void random_event_sequences_keep_the_invariants(void **state) {
    static const int codes[] = {
        COSTSHARE_OK,          COSTSHARE_EINVAL,     COSTSHARE_ERANGE,     COSTSHARE_EOVERFLOW,
        COSTSHARE_ENOTALLOWED, COSTSHARE_EDATEORDER, COSTSHARE_ECONDITION, COSTSHARE_EBACKWARDS,
        COSTSHARE_EDEADLINE,   COSTSHARE_ENOTICE,    COSTSHARE_ENOTYET,    COSTSHARE_ETOOLATE,
        COSTSHARE_ENOTERM,     COSTSHARE_EAFTERTERM};
    const costshare_date base = D(2020, 1, 1);
    uint32_t seed = 0x2024u;
    int run, step;
    size_t successes = 0;
    int reached[COSTSHARE_AGREEMENT_STATE_COUNT] = {0};
    (void)state;
    for (run = 0; run < 400; run++) {
        costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
        costshare_date today = base;
        for (step = 0; step < 40; step++) {
            costshare_event e;
            costshare_agreement out, sentinel;
            size_t c;
            int rc, known = 0;
            int32_t s_on;
            today += (costshare_date)(next_random(&seed) % 60u);
            e = random_event(&seed, r.state, today);
            memset(&out, 0xC3, sizeof out);
            sentinel = out;
            rc = costshare_agreement_apply(&r, &e, &out);
            for (c = 0; c < sizeof codes / sizeof codes[0]; c++) {
                known |= rc == codes[c];
            }
            assert_true(known);
            if (rc != COSTSHARE_OK) {
                assert_memory_equal(&out, &sentinel, sizeof out);
                continue;
            }
            successes++;
            reached[out.state] = 1;
            assert_int_equal(out.state, expected_next(r.state, e.kind));
            assert_int_equal(out.last_event, e.date);
            assert_true(r.last_event == NO_DATE || out.last_event >= r.last_event);
            assert_int_equal(costshare_agreement_state_on(&out, e.date, &s_on), COSTSHARE_OK);
            if (out.term_end != NO_DATE) {
                assert_true(out.term_end >= out.in_force_from);
            }
            if (out.last_day != NO_DATE) {
                assert_true(out.refund_start > out.last_day);
                assert_true(out.last_day >= out.in_force_from);
            }
            if (out.last_day != NO_DATE && out.term_end != NO_DATE && out.renewal_count == 0) {
                assert_true(out.last_day <= out.term_end); /* a plain term caps it */
            }
            /* The stored state is the state on the event's date, derived
             * from the record's dates alone. */
            assert_int_equal(s_on, out.state);
            if (out.state == COSTSHARE_AGREEMENT_ENDED ||
                out.state == COSTSHARE_AGREEMENT_EXPIRED ||
                out.state == COSTSHARE_AGREEMENT_REPLACED) {
                /* A final record's state is the state on any later day. */
                assert_int_equal(costshare_agreement_state_on(&out, COSTSHARE_DATE_MAX, &s_on),
                                 COSTSHARE_OK);
                assert_int_equal(s_on, out.state);
            }
            if (out.notice_given != NO_DATE) {
                assert_true(out.last_day >= out.notice_given);
            }
            r = out;
        }
    }
    assert_true(successes > 2000); /* the generator reaches deep states */
    for (run = 1; run < COSTSHARE_AGREEMENT_STATE_COUNT; run++) {
        assert_true(reached[run]);
    }
}

/* The record's 14 date fields, for changing one at a time. */
#define DATE_FIELDS 14
static void date_fields(costshare_agreement *r, costshare_date *fields[DATE_FIELDS]) {
    fields[0] = &r->last_event;
    fields[1] = &r->proposed;
    fields[2] = &r->response_deadline;
    fields[3] = &r->decided;
    fields[4] = &r->signed_on;
    fields[5] = &r->in_force_from;
    fields[6] = &r->term_end;
    fields[7] = &r->termination_decided;
    fields[8] = &r->wanted_last_day;
    fields[9] = &r->notice_given;
    fields[10] = &r->last_day;
    fields[11] = &r->refund_start;
    fields[12] = &r->withdrawn_on;
    fields[13] = &r->last_amended;
}

/* Change one field of a record to an arbitrary value: a date to none or a
 * day near `today` (often one of the record's own dates, so that orders and
 * equalities are tried), the state, the last event's kind, a period, a
 * counter. */
static void mutate(uint32_t *seed, costshare_agreement *r, costshare_date today) {
    costshare_date *dates[DATE_FIELDS];
    const size_t count = DATE_FIELDS, field = next_random(seed) % 24u;
    uint32_t how = next_random(seed);
    date_fields(r, dates);
    if (field < count) {
        if (how % 4u == 0u) {
            *dates[field] = NO_DATE;
        } else if (how % 4u == 1u) {
            /* In 64 bits: the other field may hold the no-date sentinel, INT32_MIN. */
            int64_t near = (int64_t)*dates[next_random(seed) % count] + (int64_t)(how % 3u) - 1;
            *dates[field] = near >= COSTSHARE_DATE_MIN && near <= COSTSHARE_DATE_MAX
                                ? (costshare_date)near
                                : today;
        } else {
            *dates[field] = today - (costshare_date)(next_random(seed) % 1500u);
        }
        return;
    }
    switch (field - count) {
    case 0:
    case 1:
        r->state = (int32_t)(next_random(seed) % COSTSHARE_AGREEMENT_STATE_COUNT);
        break;
    case 2:
    case 3:
        r->last_event_kind = (int32_t)(next_random(seed) % (COSTSHARE_EVENT_COUNT + 1)) - 1;
        break;
    case 4:
        r->renewal_count = (int32_t)(next_random(seed) % 3u);
        break;
    case 5:
        r->notice_count = (int32_t)(next_random(seed) % 4u);
        break;
    case 6:
        r->renewals = (int32_t)(next_random(seed) % 2u);
        break;
    default:
        r->amendments = (int32_t)(next_random(seed) % 2u);
        break;
    }
}

/* The defect the record check exists for: a record whose dates contradict
 * its state was accepted, and the next event left a stored state that
 * costshare_agreement_state_on() contradicted. For arbitrary records (each
 * reachable record of a random walk with one to three fields changed to
 * arbitrary values), whatever the library accepts is consistent: its state
 * is the state on the day of its last event, and after every event applied
 * to it the stored state is the state on the event's date. */
static void arbitrary_records_keep_the_stored_state_and_state_on_equal(void **state) {
    uint32_t seed = 0x11u;
    size_t accepted = 0, applied = 0, tried = 0;
    int run, step, k, n;
    (void)state;
    for (run = 0; run < 300; run++) {
        costshare_agreement walk = COSTSHARE_AGREEMENT_INIT;
        costshare_date today = D(2020, 1, 1);
        for (step = 0; step < 30; step++) {
            costshare_event e;
            costshare_agreement next, m;
            int32_t s_on;
            today += (costshare_date)(next_random(&seed) % 60u);
            e = random_event(&seed, walk.state, today);
            if (costshare_agreement_apply(&walk, &e, &next) == COSTSHARE_OK) {
                walk = next;
            }
            m = walk;
            n = 1 + (int)(next_random(&seed) % 3u);
            for (k = 0; k < n; k++) {
                mutate(&seed, &m, today);
            }
            tried++;
            if (costshare_agreement_state_on(&m, today, &s_on) != COSTSHARE_OK) {
                continue;
            }
            accepted++;
            if (m.state != COSTSHARE_AGREEMENT_EMPTY) {
                assert_int_equal(costshare_agreement_state_on(&m, m.last_event, &s_on),
                                 COSTSHARE_OK);
                CHECK_EQ(s_on, m.state);
            }
            for (k = 0; k < 6; k++) {
                e = random_event(&seed, m.state,
                                 today + (costshare_date)(next_random(&seed) % 400u));
                if (costshare_agreement_apply(&m, &e, &next) != COSTSHARE_OK) {
                    continue;
                }
                applied++;
                assert_int_equal(costshare_agreement_state_on(&next, e.date, &s_on),
                                 COSTSHARE_OK);
                if (s_on != next.state) {
                    fail_msg("run %d step %d: %s on a changed record gives %s, but state_on "
                             "says %s",
                             run, step, costshare_agreement_event_name(e.kind),
                             costshare_agreement_state_name(next.state),
                             costshare_agreement_state_name(s_on));
                }
                m = next;
            }
        }
    }
    /* Enough changed records are accepted, and events applied to them, for
     * the property to mean something. */
    assert_true(accepted > tried / 10); /* 1 818 of 9 000 */
    assert_true(applied > 800);         /* 1 095 */
}
/* ---- aliasing ------------------------------------------------------------ */

static void next_may_alias_record(void **state) {
    costshare_agreement r = record_in(P), separate;
    costshare_event e = ev(COSTSHARE_EVENT_ADOPT, D(2020, 2, 1));
    (void)state;
    assert_int_equal(costshare_agreement_apply(&r, &e, &separate), COSTSHARE_OK);
    assert_int_equal(costshare_agreement_apply(&r, &e, &r), COSTSHARE_OK);
    assert_memory_equal(&r, &separate, sizeof r);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2020, 2, 2)); /* not allowed now */
    separate = r;
    assert_int_equal(costshare_agreement_apply(&r, &e, &r), COSTSHARE_ENOTALLOWED);
    assert_memory_equal(&r, &separate, sizeof r);
}

/* ---- state on a day ------------------------------------------------------ */

static void state_on_walks_through_the_life(void **state) {
    costshare_agreement r = record_in(EN);
    (void)state;
    assert_int_equal(state_on(&r, COSTSHARE_DATE_MIN), COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(state_on(&r, D(2020, 1, 9)), COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(state_on(&r, D(2020, 1, 10)), COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(state_on(&r, D(2020, 2, 1)), COSTSHARE_AGREEMENT_ADOPTED);
    assert_int_equal(state_on(&r, D(2020, 2, 15)), COSTSHARE_AGREEMENT_SIGNED);
    assert_int_equal(state_on(&r, D(2020, 2, 29)), COSTSHARE_AGREEMENT_SIGNED);
    assert_int_equal(state_on(&r, D(2020, 3, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2021, 1, 31)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2021, 2, 1)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2021, 5, 1)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2021, 5, 2)), COSTSHARE_AGREEMENT_ENDED);
    assert_int_equal(state_on(&r, COSTSHARE_DATE_MAX), COSTSHARE_AGREEMENT_ENDED);
}

static void state_on_a_record_without_later_events(void **state) {
    costshare_agreement e = record_in(E), s = record_in(S), t = record_in(T);
    (void)state;
    assert_int_equal(state_on(&e, D(2024, 1, 1)), COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(state_on(&s, D(2030, 1, 1)), COSTSHARE_AGREEMENT_SIGNED);
    assert_int_equal(state_on(&t, D(2021, 1, 14)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&t, D(2021, 1, 15)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&t, D(2022, 12, 31)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&t, D(2023, 1, 1)), COSTSHARE_AGREEMENT_EXPIRED);
}

static void state_on_refuses_bad_input_and_writes_nothing(void **state) {
    costshare_agreement r = record_in(F);
    int32_t s = 4242;
    (void)state;
    assert_int_equal(costshare_agreement_state_on(NULL, D(2020, 1, 1), &s), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_state_on(&r, D(2020, 1, 1), NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_state_on(&r, NO_DATE, &s), COSTSHARE_ERANGE);
    assert_int_equal(costshare_agreement_state_on(&r, COSTSHARE_DATE_MAX + 1, &s),
                     COSTSHARE_ERANGE);
    r.version = COSTSHARE_AGREEMENT_VERSION + 1;
    assert_int_equal(costshare_agreement_state_on(&r, D(2020, 1, 1), &s), COSTSHARE_EINVAL);
    assert_int_equal(s, 4242);
}

/* ---- error paths --------------------------------------------------------- */

static void apply_refuses_null_and_unknown_versions(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, out;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2020, 1, 1));
    int i;
    (void)state;
    memset(&out, 0x5A, sizeof out);
    assert_int_equal(costshare_agreement_apply(NULL, &e, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_apply(&r, NULL, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_apply(&r, &e, NULL), COSTSHARE_EINVAL);
    {
        costshare_agreement sentinel;
        memset(&sentinel, 0x5A, sizeof sentinel);
        assert_memory_equal(&out, &sentinel, sizeof out);
    }
    r.version = 0;
    refused(&r, &e, COSTSHARE_EINVAL);
    r.version = COSTSHARE_AGREEMENT_VERSION + 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r.version = COSTSHARE_AGREEMENT_VERSION;
    e.version = COSTSHARE_EVENT_VERSION + 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.version = COSTSHARE_EVENT_VERSION;
    e.kind = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.kind = COSTSHARE_EVENT_COUNT;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.kind = COSTSHARE_EVENT_PROPOSE;
    e.flags = 2u;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.flags = 0u;
    for (i = 0; i < 4; i++) {
        e.reserved[i] = i == 3 ? INT32_MIN : 1;
        refused(&r, &e, COSTSHARE_EINVAL);
        e.reserved[i] = 0;
    }
    ok(&r, &e);
}

/* A caller's struct is written by the size of its version and not a byte
 * more (the bytes after it belong to the caller). */
static void structs_are_written_by_the_size_of_their_version(void **state) {
    struct {
        costshare_agreement record;
        unsigned char after[32];
    } r;
    struct {
        costshare_event event;
        unsigned char after[32];
    } e;
    unsigned char untouched[32];
    (void)state;
    memset(untouched, 0xEE, sizeof untouched);
    memset(&r, 0xEE, sizeof r);
    memset(&e, 0xEE, sizeof e);
    assert_int_equal(costshare_agreement_init(&r.record, 1), COSTSHARE_OK);
    assert_int_equal(costshare_agreement_event_init(&e.event, 1), COSTSHARE_OK);
    assert_memory_equal(r.after, untouched, sizeof r.after);
    assert_memory_equal(e.after, untouched, sizeof e.after);
    assert_int_equal(r.record.version, 1);
    assert_int_equal(e.event.version, 1);
    e.event.kind = COSTSHARE_EVENT_PROPOSE;
    e.event.date = D(2024, 3, 1);
    assert_int_equal(costshare_agreement_apply(&r.record, &e.event, &r.record), COSTSHARE_OK);
    assert_memory_equal(r.after, untouched, sizeof r.after);
    assert_int_equal(r.record.state, COSTSHARE_AGREEMENT_PROPOSED);
}

/* Every kind of corruption of an otherwise valid record is refused. */
static void corrupt_records_are_refused(void **state) {
    const costshare_agreement good = record_in(N);
    costshare_event e = ev(COSTSHARE_EVENT_WITHDRAW, D(2021, 3, 1));
    costshare_agreement r;
    costshare_date *dates[DATE_FIELDS];
    size_t i;
    int32_t s = 1;
    (void)state;
    r = good;
    r.state = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.state = COSTSHARE_AGREEMENT_STATE_COUNT;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.last_event_kind = -2;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.last_event_kind = COSTSHARE_EVENT_COUNT;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.notice_count = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.notice_count = COSTSHARE_AGREEMENT_MAX_COUNT + 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.notice_unit = 7;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.notice_flags = 8u;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.renewal_count = -3;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.renewal_count = COSTSHARE_AGREEMENT_MAX_COUNT + 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.renewal_unit = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.renewals = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = good;
    r.amendments = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    for (i = 0; i < 4; i++) {
        r = good;
        r.reserved[i] = 1;
        refused(&r, &e, COSTSHARE_EINVAL);
    }
    r = good;
    date_fields(&r, dates);
    for (i = 0; i < DATE_FIELDS; i++) {
        r = good;
        *dates[i] = COSTSHARE_DATE_MAX + 1;
        refused(&r, &e, COSTSHARE_EINVAL);
        *dates[i] = NO_DATE + 1;
        refused(&r, &e, COSTSHARE_EINVAL);
    }
    /* Term ending before the first day in force, or without one. */
    r = good;
    r.term_end = D(2020, 2, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(S);
    r.term_end = D(2025, 1, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    /* Dates a state requires. */
    r = record_in(E);
    r.last_event = D(2020, 1, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(E);
    r.last_event_kind = 0;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(P);
    r.proposed = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(RJ);
    r.decided = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(A);
    r.decided = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(S);
    r.signed_on = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.term_end = NO_DATE;
    r.in_force_from = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    {
        /* States in force need their first day in force. */
        static const int32_t in_force_states[] = {T, N, EN, X, RP};
        for (i = 0; i < sizeof in_force_states / sizeof in_force_states[0]; i++) {
            r = record_in(in_force_states[i]);
            r.in_force_from = NO_DATE;
            r.term_end = NO_DATE;
            refused(&r, &e, COSTSHARE_EINVAL);
        }
    }
    r = record_in(X);
    r.term_end = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(X); /* a last day after the fixed term's end */
    r.last_day = D(2023, 1, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(T);
    r.termination_decided = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(N);
    r.notice_given = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(N);
    r.last_day = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(EN);
    r.refund_start = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(X);
    r.last_day = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(RP);
    r.last_day = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    /* state_on refuses the same corruption. */
    r = good;
    r.reserved[2] = -1;
    assert_int_equal(costshare_agreement_state_on(&r, D(2021, 1, 1), &s), COSTSHARE_EINVAL);
    assert_int_equal(s, 1);
}

/* The defect as a new user met it: a date the state cannot have (a
 * signature on an empty record) was accepted, and the next event stored a
 * state that costshare_agreement_state_on() contradicted. */
static void a_date_the_state_cannot_have_is_refused(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2024, 3, 1));
    int32_t s = 42;
    (void)state;
    r.signed_on = D(2024, 2, 20);
    refused(&r, &e, COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_state_on(&r, D(2024, 3, 1), &s), COSTSHARE_EINVAL);
    assert_int_equal(s, 42);
    r.signed_on = NO_DATE;
    ok(&r, &e);
    assert_int_equal(state_on(&r, D(2024, 3, 1)), COSTSHARE_AGREEMENT_PROPOSED);
}

/* For each state, the dates it cannot have, from the lifecycle rules: before entry into force
 * no date of the agreement in force; an agreement in force has no notice or last day until
 * notice is given, and a decision to terminate only while it is pending (or, once notice
 * follows from it, under notice); an expiry ends a term without notice. Each such date set on
 * an otherwise valid record makes it corrupt. */
static void every_date_a_state_cannot_have_is_refused(void **state) {
    enum { LAST, PROP, DEAD, DEC, SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND };
    static const int32_t forbidden[COSTSHARE_AGREEMENT_STATE_COUNT][DATE_FIELDS + 1] = {
        [E] = {LAST, PROP, DEAD, DEC, SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN,
               AMND, -1},
        [P] = {DEC, SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, -1},
        [RJ] = {SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, -1},
        [A] = {SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, -1},
        [S] = {FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, -1},
        [F] = {TERM, WANT, NOTI, LDAY, REFD, -1},
        [T] = {NOTI, LDAY, REFD, -1},
        [N] = {-1},
        [EN] = {-1},
        [X] = {NOTI, -1},
        [RP] = {-1},
    };
    int32_t st;
    size_t i;
    (void)state;
    for (st = 0; st < COSTSHARE_AGREEMENT_STATE_COUNT; st++) {
        const costshare_agreement good = record_in(st);
        const costshare_date day = st == E ? D(2020, 1, 1) : good.last_event;
        for (i = 0; forbidden[st][i] >= 0; i++) {
            costshare_agreement r = good;
            costshare_date *dates[DATE_FIELDS];
            costshare_event e = ev(COSTSHARE_EVENT_AMEND, D(2030, 1, 1));
            int32_t s = 42;
            date_fields(&r, dates);
            assert_int_equal(*dates[forbidden[st][i]], NO_DATE); /* the fixture has none */
            *dates[forbidden[st][i]] = day;
            e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
            if (costshare_agreement_state_on(&r, day, &s) != COSTSHARE_EINVAL || s != 42) {
                fail_msg("%s with date field %d accepted", costshare_agreement_state_name(st),
                         (int)forbidden[st][i]);
            }
            refused(&r, &e, COSTSHARE_EINVAL);
        }
    }
}

/* Dates that are allowed in the state, but not in that combination or order. */
static void dates_in_an_impossible_combination_are_refused(void **state) {
    costshare_event e = ev(COSTSHARE_EVENT_AMEND, D(2030, 1, 1));
    costshare_agreement r;
    (void)state;
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    /* Out of order: a signature after the last event, a decision before the
     * proposal, a first day in force after the last event, a notice before
     * the termination it follows from, a deadline before the proposal. */
    r = record_in(S);
    r.signed_on = D(2020, 2, 16);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(A);
    r.decided = D(2020, 1, 9);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.in_force_from = D(2020, 3, 2);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(T);
    r.notice_given = D(2021, 1, 14);
    r.last_day = D(2021, 4, 14);
    r.refund_start = D(2021, 5, 1);
    r.state = N;
    r.last_event_kind = COSTSHARE_EVENT_CONDITION_MET;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(P);
    r.response_deadline = D(2020, 1, 9);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(N);
    r.last_day = D(2021, 1, 31); /* before the notice */
    r.refund_start = D(2021, 2, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(T);
    r.wanted_last_day = D(2021, 1, 14); /* before the decision */
    refused(&r, &e, COSTSHARE_EINVAL);
    /* Dates that belong to another: a deadline without a proposal, a
     * signature without a decision, a wanted day without a decision or
     * notice, a decided termination without the notice that followed it. */
    r = record_in(E);
    {
        costshare_event adopt = ev(COSTSHARE_EVENT_ADOPT, D(2020, 2, 1));
        ok(&r, &adopt);
    }
    r.response_deadline = D(2020, 3, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.decided = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(X);
    r.wanted_last_day = D(2022, 12, 31);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(RP);
    r.termination_decided = D(2021, 1, 15);
    refused(&r, &e, COSTSHARE_EINVAL);
    /* Values fixed by others: the refund start of the last day, an expiry's
     * last day at the term's end and of a plain term, a notice's wanted day
     * as its last day. */
    r = record_in(N);
    r.refund_start = D(2021, 5, 2);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.refund_start = D(2021, 5, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(X);
    r.last_day = D(2022, 12, 30);
    r.refund_start = D(2023, 1, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(X);
    r.renewal_count = 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(N);
    r.wanted_last_day = D(2021, 4, 30);
    refused(&r, &e, COSTSHARE_EINVAL);
    /* Counters and their dates. */
    r = record_in(F);
    r.amendments = 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.last_amended = D(2020, 3, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.term_end = NO_DATE;
    r.renewals = 1;
    refused(&r, &e, COSTSHARE_EINVAL);
    /* The last event: none on a record that is not empty, a kind that leads
     * to another state, or a day on which the record's dates give another
     * state (a plain term that had ended, a last day that had passed). */
    r = record_in(P);
    r.last_event = NO_DATE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(P);
    r.last_event_kind = COSTSHARE_EVENT_NONE;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(P);
    r.last_event_kind = COSTSHARE_EVENT_SIGN;
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(F);
    r.in_force_from = D(2020, 2, 20);
    r.term_end = D(2020, 2, 29);
    refused(&r, &e, COSTSHARE_EINVAL);
    r = record_in(N);
    {
        costshare_event amend = ev(COSTSHARE_EVENT_AMEND, D(2021, 4, 1));
        amend.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
        ok(&r, &amend);
    }
    r.last_day = D(2021, 3, 31);
    r.refund_start = D(2021, 4, 1);
    refused(&r, &e, COSTSHARE_EINVAL);
}

/* ---- init, counts, names ------------------------------------------------- */

static void init_functions_match_the_initializers(void **state) {
    costshare_agreement a, b = COSTSHARE_AGREEMENT_INIT, keep;
    costshare_event e, f = COSTSHARE_EVENT_INIT, keep_e;
    (void)state;
    memset(&a, 0x33, sizeof a);
    assert_int_equal(costshare_agreement_init(&a, COSTSHARE_AGREEMENT_VERSION), COSTSHARE_OK);
    assert_memory_equal(&a, &b, sizeof a);
    assert_int_equal(a.state, COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(a.term_end, NO_DATE);
    memset(&e, 0x33, sizeof e);
    assert_int_equal(costshare_agreement_event_init(&e, COSTSHARE_EVENT_VERSION), COSTSHARE_OK);
    assert_memory_equal(&e, &f, sizeof e);
    memset(&a, 0x44, sizeof a);
    keep = a;
    assert_int_equal(costshare_agreement_init(&a, COSTSHARE_AGREEMENT_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_init(&a, 0), COSTSHARE_EINVAL);
    assert_memory_equal(&a, &keep, sizeof a);
    assert_int_equal(costshare_agreement_init(NULL, COSTSHARE_AGREEMENT_VERSION),
                     COSTSHARE_EINVAL);
    memset(&e, 0x44, sizeof e);
    keep_e = e;
    assert_int_equal(costshare_agreement_event_init(&e, COSTSHARE_EVENT_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_memory_equal(&e, &keep_e, sizeof e);
    assert_int_equal(costshare_agreement_event_init(NULL, COSTSHARE_EVENT_VERSION),
                     COSTSHARE_EINVAL);
    assert_true(NO_DATE < COSTSHARE_DATE_MIN);
}

static void counts_match_the_macros(void **state) {
    (void)state;
    assert_int_equal(costshare_agreement_state_count(), 11);
    assert_int_equal(costshare_agreement_event_count(), 16);
    assert_int_equal(COSTSHARE_AGREEMENT_STATE_COUNT, 11);
    assert_int_equal(COSTSHARE_EVENT_COUNT, 16);
}

/* The names are the constants' names, written out here by hand. */
static void names_are_the_constants_names(void **state) {
    static const char *const states[] = {"COSTSHARE_AGREEMENT_EMPTY",
                                         "COSTSHARE_AGREEMENT_PROPOSED",
                                         "COSTSHARE_AGREEMENT_REJECTED",
                                         "COSTSHARE_AGREEMENT_ADOPTED",
                                         "COSTSHARE_AGREEMENT_SIGNED",
                                         "COSTSHARE_AGREEMENT_IN_FORCE",
                                         "COSTSHARE_AGREEMENT_TERMINATION_PENDING",
                                         "COSTSHARE_AGREEMENT_UNDER_NOTICE",
                                         "COSTSHARE_AGREEMENT_ENDED",
                                         "COSTSHARE_AGREEMENT_EXPIRED",
                                         "COSTSHARE_AGREEMENT_REPLACED"};
    static const char *const events[] = {"COSTSHARE_EVENT_PROPOSE",
                                         "COSTSHARE_EVENT_EXTEND_DEADLINE",
                                         "COSTSHARE_EVENT_ADOPT",
                                         "COSTSHARE_EVENT_REJECT",
                                         "COSTSHARE_EVENT_SIGN",
                                         "COSTSHARE_EVENT_ENTER_FORCE",
                                         "COSTSHARE_EVENT_AMEND",
                                         "COSTSHARE_EVENT_RENEW",
                                         "COSTSHARE_EVENT_EXPIRE",
                                         "COSTSHARE_EVENT_REPLACE",
                                         "COSTSHARE_EVENT_DECIDE_TERMINATION",
                                         "COSTSHARE_EVENT_CONDITION_MET",
                                         "COSTSHARE_EVENT_CONDITION_FAILED",
                                         "COSTSHARE_EVENT_GIVE_NOTICE",
                                         "COSTSHARE_EVENT_WITHDRAW",
                                         "COSTSHARE_EVENT_END"};
    int32_t i;
    (void)state;
    assert_int_equal(sizeof states / sizeof states[0], COSTSHARE_AGREEMENT_STATE_COUNT);
    assert_int_equal(sizeof events / sizeof events[0], COSTSHARE_EVENT_COUNT);
    for (i = 0; i < COSTSHARE_AGREEMENT_STATE_COUNT; i++) {
        assert_string_equal(costshare_agreement_state_name(i), states[i]);
    }
    for (i = 0; i < COSTSHARE_EVENT_COUNT; i++) {
        assert_string_equal(costshare_agreement_event_name(i), events[i]);
    }
    assert_string_equal(costshare_agreement_state_name(-1), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_state_name(COSTSHARE_AGREEMENT_STATE_COUNT),
                        "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_state_name(INT32_MIN), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_event_name(COSTSHARE_EVENT_NONE),
                        "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_event_name(COSTSHARE_EVENT_COUNT),
                        "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_event_name(INT32_MAX), "COSTSHARE_UNKNOWN");
}

static void reasons_have_names(void **state) {
    (void)state;
    assert_string_equal(costshare_error_name(COSTSHARE_EBACKWARDS), "COSTSHARE_EBACKWARDS");
    assert_string_equal(costshare_error_name(COSTSHARE_EDEADLINE), "COSTSHARE_EDEADLINE");
    assert_string_equal(costshare_error_name(COSTSHARE_ENOTICE), "COSTSHARE_ENOTICE");
    assert_string_equal(costshare_error_name(COSTSHARE_ENOTYET), "COSTSHARE_ENOTYET");
    assert_string_equal(costshare_error_name(COSTSHARE_ETOOLATE), "COSTSHARE_ETOOLATE");
    assert_string_equal(costshare_error_name(COSTSHARE_ENOTERM), "COSTSHARE_ENOTERM");
    assert_string_equal(costshare_error_name(COSTSHARE_EAFTERTERM), "COSTSHARE_EAFTERTERM");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_state_event_pair_has_the_expected_answer),
        cmocka_unit_test(transition_query_rejects_unknown_constants),
        cmocka_unit_test(taby_motion_is_rejected),
        cmocka_unit_test(ekero_deadline_extension_lets_a_later_adoption_count),
        cmocka_unit_test(mjolby_2016_fixed_term_replaced_by_2018_agreement),
        cmocka_unit_test(mjolby_2018_until_further_notice_two_months),
        cmocka_unit_test(linkoping_conditional_termination_ends_on_2024_09_30),
        cmocka_unit_test(condition_failing_or_withdrawn_leaves_the_agreement_in_force),
        cmocka_unit_test(alingsas_decision_to_leave_withdrawn_stays_member),
        cmocka_unit_test(alingsas_plain_three_years_would_end_on_2026_05_26),
        cmocka_unit_test(withdrawal_after_the_last_day_is_too_late),
        cmocka_unit_test(renewal_by_period_starts_the_day_after_the_term),
        cmocka_unit_test(renewal_of_month_end_term_keeps_month_end),
        cmocka_unit_test(renewal_needs_a_period_or_a_new_end),
        cmocka_unit_test(renewal_past_year_9999_is_out_of_range),
        cmocka_unit_test(expiry_only_after_the_term_end),
        cmocka_unit_test(replacement_last_day_must_fall_within_the_old_agreement),
        cmocka_unit_test(notice_wanted_day_rules),
        cmocka_unit_test(notice_without_a_notice_period_takes_effect_when_given),
        cmocka_unit_test(zero_calendar_periods_end_with_the_current_period),
        cmocka_unit_test(two_calendar_months_from_next_month_end),
        cmocka_unit_test(notice_or_decision_after_the_term_is_too_late),
        cmocka_unit_test(wanted_last_day_after_the_term_is_refused),
        cmocka_unit_test(decide_termination_wanted_day_not_before_decision),
        cmocka_unit_test(events_on_an_agreement_past_its_end_are_too_late),
        cmocka_unit_test(replacement_does_not_end_before_recorded_events),
        cmocka_unit_test(notice_on_a_renewing_term_ends_at_a_term_end),
        cmocka_unit_test(notice_on_a_monthly_renewing_term),
        cmocka_unit_test(a_renewing_term_stays_in_force_until_notice_ends_it),
        cmocka_unit_test(se_deadline_lets_notice_on_the_next_weekday_count),
        cmocka_unit_test(se_deadline_on_a_renewing_term),
        cmocka_unit_test(notice_never_ends_a_term_that_ended_before_it),
        cmocka_unit_test(sunday_rule_before_1990_leaves_a_late_notice_late),
        cmocka_unit_test(renewal_after_a_plain_term_expired_is_too_late),
        cmocka_unit_test(condition_failed_after_the_term_is_too_late),
        cmocka_unit_test(renewal_of_a_renewing_term_starts_from_the_term_in_force),
        cmocka_unit_test(deadline_extension_after_the_old_deadline),
        cmocka_unit_test(an_event_without_a_kind_is_refused),
        cmocka_unit_test(last_day_in_december_9999_has_no_refund_start),
        cmocka_unit_test(events_may_not_run_backwards_in_time),
        cmocka_unit_test(table_refusal_comes_before_date_order),
        cmocka_unit_test(proposal_and_deadline_dates),
        cmocka_unit_test(entry_into_force_dates),
        cmocka_unit_test(entry_into_force_parameters_are_checked),
        cmocka_unit_test(unsigned_amendment_is_refused_and_counters_do_not_overflow),
        cmocka_unit_test(event_date_must_be_a_valid_date),
        cmocka_unit_test(computed_dates_past_year_9999_are_out_of_range),
        cmocka_unit_test(random_event_sequences_keep_the_invariants),
        cmocka_unit_test(arbitrary_records_keep_the_stored_state_and_state_on_equal),
        cmocka_unit_test(next_may_alias_record),
        cmocka_unit_test(state_on_walks_through_the_life),
        cmocka_unit_test(state_on_a_record_without_later_events),
        cmocka_unit_test(state_on_refuses_bad_input_and_writes_nothing),
        cmocka_unit_test(apply_refuses_null_and_unknown_versions),
        cmocka_unit_test(structs_are_written_by_the_size_of_their_version),
        cmocka_unit_test(corrupt_records_are_refused),
        cmocka_unit_test(a_date_the_state_cannot_have_is_refused),
        cmocka_unit_test(every_date_a_state_cannot_have_is_refused),
        cmocka_unit_test(dates_in_an_impossible_combination_are_refused),
        cmocka_unit_test(init_functions_match_the_initializers),
        cmocka_unit_test(counts_match_the_macros),
        cmocka_unit_test(names_are_the_constants_names),
        cmocka_unit_test(reasons_have_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
