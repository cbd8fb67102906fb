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
    RP = COSTSHARE_AGREEMENT_REPLACED,
    ND = COSTSHARE_AGREEMENT_NOTICE_DECIDED,
    SN = COSTSHARE_AGREEMENT_NOTICE_SENT
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
    {P, COSTSHARE_EVENT_REJECT, RJ},          /* Täby, if the council follows the board */
    {P, COSTSHARE_EVENT_PROPOSE_DECISION, P}, /* Täby's board, Ekerö's board */
    {RJ, COSTSHARE_EVENT_ANNOUNCE, RJ},       /* the rejection becomes final */
    {A, COSTSHARE_EVENT_SIGN, S},
    {A, COSTSHARE_EVENT_ANNOUNCE, A},
    {S, COSTSHARE_EVENT_ENTER_FORCE, F},
    {S, COSTSHARE_EVENT_AMEND, S},
    {S, COSTSHARE_EVENT_ANNOUNCE, S},
    {F, COSTSHARE_EVENT_AMEND, F},
    {F, COSTSHARE_EVENT_RENEW, F},
    {F, COSTSHARE_EVENT_EXPIRE, X},
    {F, COSTSHARE_EVENT_REPLACE, RP},           /* 2016 -> 2018 */
    {F, COSTSHARE_EVENT_DECIDE_TERMINATION, T}, /* Linköping */
    {F, COSTSHARE_EVENT_DECIDE_NOTICE, ND},     /* Alingsås KF § 94, Mjölby */
    {F, COSTSHARE_EVENT_SEND_NOTICE, SN},       /* a notice without a decision on record */
    {F, COSTSHARE_EVENT_GIVE_NOTICE, N},
    {F, COSTSHARE_EVENT_PROPOSE_DECISION, F}, /* Linköping's officer, Mjölby's AU */
    {F, COSTSHARE_EVENT_REJECT, F},           /* a proposed termination rejected */
    {F, COSTSHARE_EVENT_ANNOUNCE, F},
    {T, COSTSHARE_EVENT_AMEND, T},
    {T, COSTSHARE_EVENT_EXPIRE, X},
    {T, COSTSHARE_EVENT_CONDITION_MET, ND},
    {T, COSTSHARE_EVENT_CONDITION_FAILED, F},
    {T, COSTSHARE_EVENT_REPEAL, F},
    {T, COSTSHARE_EVENT_PROPOSE_DECISION, T},
    {T, COSTSHARE_EVENT_REJECT, T},
    {T, COSTSHARE_EVENT_ANNOUNCE, T},
    {ND, COSTSHARE_EVENT_AMEND, ND},
    {ND, COSTSHARE_EVENT_EXPIRE, X},
    {ND, COSTSHARE_EVENT_SEND_NOTICE, SN},
    {ND, COSTSHARE_EVENT_GIVE_NOTICE, N},
    {ND, COSTSHARE_EVENT_REPEAL, F}, /* Alingsås */
    {ND, COSTSHARE_EVENT_PROPOSE_DECISION, ND},
    {ND, COSTSHARE_EVENT_REJECT, ND},
    {ND, COSTSHARE_EVENT_ANNOUNCE, ND},
    {SN, COSTSHARE_EVENT_AMEND, SN},
    {SN, COSTSHARE_EVENT_EXPIRE, X},
    {SN, COSTSHARE_EVENT_RECEIVE_NOTICE, N},
    {SN, COSTSHARE_EVENT_WITHDRAW, F}, /* the revocation arrives first */
    {SN, COSTSHARE_EVENT_PROPOSE_DECISION, SN},
    {SN, COSTSHARE_EVENT_REJECT, SN},
    {SN, COSTSHARE_EVENT_ANNOUNCE, SN},
    {N, COSTSHARE_EVENT_AMEND, N},
    {N, COSTSHARE_EVENT_REPLACE, RP},
    {N, COSTSHARE_EVENT_WITHDRAW, F}, /* with consent after the day of receipt */
    {N, COSTSHARE_EVENT_END, EN},
    {N, COSTSHARE_EVENT_PROPOSE_DECISION, N},
    {N, COSTSHARE_EVENT_REJECT, N},
    {N, COSTSHARE_EVENT_ANNOUNCE, N},
    {EN, COSTSHARE_EVENT_ANNOUNCE, EN},
    {X, COSTSHARE_EVENT_ANNOUNCE, X},
    {RP, COSTSHARE_EVENT_ANNOUNCE, RP},
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
    case ND:
    case SN:
        e = ev(COSTSHARE_EVENT_DECIDE_NOTICE, D(2021, 1, 15));
        ok(&r, &e);
        if (state == SN) {
            e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2021, 2, 1));
            ok(&r, &e);
        }
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
        e.flags = COSTSHARE_EVENT_CONSENTED; /* after the day of receipt */
        break;
    case COSTSHARE_EVENT_END:
        e.date = D(2021, 6, 1);
        break;
    case COSTSHARE_EVENT_PROPOSE_DECISION:
        e.body = COSTSHARE_BODY_BOARD;
        e.proposed_kind = r->state == P                     ? COSTSHARE_EVENT_ADOPT
                          : r->state == F                   ? COSTSHARE_EVENT_DECIDE_NOTICE
                          : r->state == T || r->state == ND ? COSTSHARE_EVENT_REPEAL
                                                            : COSTSHARE_EVENT_WITHDRAW;
        e.date = D(2020, 1, 20);
        e.flags = COSTSHARE_EVENT_CONSENTED;
        break;
    case COSTSHARE_EVENT_DECIDE_NOTICE:
        e.date = D(2021, 1, 15);
        break;
    case COSTSHARE_EVENT_REPEAL:
        e.date = D(2021, 3, 1);
        break;
    case COSTSHARE_EVENT_ANNOUNCE:
        e.date = D(2020, 2, 3);
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

/* Täby 2016: a motion (2016-02-15); the officers' report of 2016-09-05
 * and the board (kommunstyrelsen, 2016-10-17) propose that the council
 * reject it. The proposals are recorded and change nothing; the council
 * decides. The motion should be decided within a year (kommunallagen
 * 5 kap. 35 §): by 2017-02-15. */
static void taby_motion_proposed_for_rejection_then_rejected(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, proposed;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2016, 2, 15));
    costshare_date by = NO_DATE;
    (void)state;
    assert_int_equal(costshare_se_motion_deadline(D(2016, 2, 15), &by), COSTSHARE_OK);
    e.deadline = by;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(r.response_deadline, D(2017, 2, 15));
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2016, 9, 5));
    e.body = COSTSHARE_BODY_OFFICER;
    e.proposed_kind = COSTSHARE_EVENT_REJECT;
    ok(&r, &e);
    e.date = D(2016, 10, 17);
    e.body = COSTSHARE_BODY_BOARD;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_PROPOSED); /* a proposal decides nothing */
    assert_int_equal(r.proposals, 2);
    assert_int_equal(r.last_proposal, D(2016, 10, 17));
    assert_int_equal(r.last_proposal_body, COSTSHARE_BODY_BOARD);
    assert_int_equal(r.last_proposal_kind, COSTSHARE_EVENT_REJECT);
    assert_int_equal(r.last_event_kind, COSTSHARE_EVENT_PROPOSE_DECISION);
    assert_int_equal(r.decided, NO_DATE);
    assert_int_equal(r.last_decision, NO_DATE);
    assert_int_equal(state_on(&r, D(2016, 10, 17)), COSTSHARE_AGREEMENT_PROPOSED);
    proposed = r;
    /* The council's decision (date assumed). */
    e = ev(COSTSHARE_EVENT_REJECT, D(2016, 11, 14));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_REJECTED);
    assert_int_equal(r.decided, D(2016, 11, 14));
    assert_int_equal(r.last_decision, D(2016, 11, 14));
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_REJECT);
    assert_int_equal(r.last_decision_body, COSTSHARE_BODY_COUNCIL);
    assert_int_equal(r.marks, 0u); /* within the year */
    assert_int_equal(state_on(&r, D(2016, 2, 14)), COSTSHARE_AGREEMENT_EMPTY);
    assert_int_equal(state_on(&r, D(2016, 11, 13)), COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(state_on(&r, D(2016, 11, 14)), COSTSHARE_AGREEMENT_REJECTED);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2016, 11, 20));
    refused(&r, &e, COSTSHARE_ENOTALLOWED);
    /* After the year the decision is still valid, and marked late. */
    e = ev(COSTSHARE_EVENT_REJECT, D(2017, 3, 1));
    ok(&proposed, &e);
    assert_int_equal(proposed.marks, COSTSHARE_MARK_LATE);
}

/* Ekerö 2013: respond by 2013-11-15, extended to 2013-12-19; the board
 * proposes adoption. A decision after a deadline is still valid (a deadline
 * on an answer is a request): recorded with the late mark, never refused. */
static void ekero_late_decision_is_recorded_with_the_late_mark(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, before, late;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE, D(2013, 6, 5));
    uint32_t marks = 99u;
    (void)state;
    e.deadline = D(2013, 11, 15);
    ok(&r, &e);
    before = r;
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 10));
    ok(&before, &e); /* after the first deadline: late, valid */
    assert_int_equal(before.state, COSTSHARE_AGREEMENT_ADOPTED);
    assert_int_equal(before.marks, COSTSHARE_MARK_LATE);
    assert_int_equal(costshare_agreement_marks_on(&before, D(2013, 12, 10), &marks),
                     COSTSHARE_OK);
    assert_int_equal(marks, COSTSHARE_MARK_LATE);
    e = ev(COSTSHARE_EVENT_EXTEND_DEADLINE, D(2013, 11, 5));
    e.deadline = D(2013, 12, 19);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_PROPOSED);
    assert_int_equal(r.response_deadline, D(2013, 12, 19));
    assert_int_equal(r.proposed, D(2013, 6, 5));
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2013, 11, 26));
    e.body = COSTSHARE_BODY_BOARD;
    e.proposed_kind = COSTSHARE_EVENT_ADOPT;
    ok(&r, &e);
    late = r;
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 20));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&late, &e);
    assert_int_equal(late.state, COSTSHARE_AGREEMENT_ADOPTED);
    assert_int_equal(late.marks, COSTSHARE_MARK_LATE);
    e = ev(COSTSHARE_EVENT_ADOPT, D(2013, 12, 19)); /* the deadline itself is in time */
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ADOPTED);
    assert_int_equal(r.marks, 0u);
}

/* Mjölby: proposal 2015-09-29, decision dated by the Board's receipt stamp
 * 2015-11-30 (the meeting was earlier), agreement signed 2016-12-06 for
 * 2016-09-01..2018-01-31, replaced by the 2018 agreement. */
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
    /* No notice period and a fixed term: no termination clause, so the term
     * cannot be ended early, by a decision, a notice or its sending. */
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2017, 3, 1));
    e.notice_count = 1; /* a period the caller would judge reasonable changes nothing */
    refused(&r, &e, COSTSHARE_ENOCLAUSE);
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2017, 3, 1));
    refused(&r, &e, COSTSHARE_ENOCLAUSE);
    e.kind = COSTSHARE_EVENT_DECIDE_NOTICE;
    refused(&r, &e, COSTSHARE_ENOCLAUSE);
    e.kind = COSTSHARE_EVENT_SEND_NOTICE;
    refused(&r, &e, COSTSHARE_ENOCLAUSE);
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

/* The 2018 agreement registered in force: until further notice, two
 * months' notice. */
static costshare_agreement linkoping_in_force_for_receipt(void) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2018, 11, 18));
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    return r;
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
    assert_int_equal(r.notice_sent, D(2024, 7, 31)); /* sent and received that day */
}

/* Mjölby 2024: the officer's reports (2024-06-04, 2024-06-05) and the
 * committee (AU § 88, 2024-06-10) propose that the board decide to leave;
 * the board decides, the notice is sent and received (dates assumed) and
 * counts from receipt. */
static void mjolby_2024_proposals_then_decision_sent_and_received(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2018, 11, 18));
    (void)state;
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2024, 6, 4));
    e.body = COSTSHARE_BODY_OFFICER;
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_NOTICE;
    ok(&r, &e);
    e.date = D(2024, 6, 5);
    ok(&r, &e);
    e.date = D(2024, 6, 10);
    e.body = COSTSHARE_BODY_COMMITTEE;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.proposals, 3);
    assert_int_equal(r.last_proposal, D(2024, 6, 10));
    assert_int_equal(r.last_proposal_body, COSTSHARE_BODY_COMMITTEE);
    assert_int_equal(state_on(&r, D(2024, 6, 10)), COSTSHARE_AGREEMENT_IN_FORCE);
    e = ev(COSTSHARE_EVENT_DECIDE_NOTICE, D(2024, 6, 24));
    e.body = COSTSHARE_BODY_BOARD;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(r.termination_decided, D(2024, 6, 24));
    assert_int_equal(r.condition_met, D(2024, 6, 24));
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_DECIDE_NOTICE);
    assert_int_equal(r.last_decision_body, COSTSHARE_BODY_BOARD);
    assert_int_equal(r.last_day, NO_DATE);
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 6, 28));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_SENT);
    assert_int_equal(r.notice_sent, D(2024, 6, 28));
    assert_int_equal(r.wanted_last_day, D(2024, 9, 30));
    assert_int_equal(r.last_day, NO_DATE); /* the period has not started */
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 7, 2));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(r.notice_given, D(2024, 7, 2));
    assert_int_equal(r.last_day, D(2024, 9, 30));
    assert_int_equal(state_on(&r, D(2024, 6, 23)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2024, 6, 24)), COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(state_on(&r, D(2024, 6, 28)), COSTSHARE_AGREEMENT_NOTICE_SENT);
    assert_int_equal(state_on(&r, D(2024, 7, 1)), COSTSHARE_AGREEMENT_NOTICE_SENT);
    assert_int_equal(state_on(&r, D(2024, 7, 2)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(2024, 10, 1)), COSTSHARE_AGREEMENT_ENDED);
}

/* The notice period counts from receipt, not from sending: two months'
 * notice sent 2024-07-31 and received 2024-08-01 ends on 2024-10-01. */
static void the_notice_period_counts_from_receipt(void **state) {
    costshare_agreement r = linkoping_in_force_for_receipt();
    costshare_event e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 7, 31));
    (void)state;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_SENT);
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 8, 1));
    ok(&r, &e);
    assert_int_equal(r.notice_sent, D(2024, 7, 31));
    assert_int_equal(r.notice_given, D(2024, 8, 1));
    assert_int_equal(r.last_day, D(2024, 10, 1));
    assert_int_equal(r.refund_start, D(2024, 11, 1));
    /* A notice sent naming 2024-09-30 and arriving 2024-08-01 comes too
     * late for it. */
    r = linkoping_in_force_for_receipt();
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 7, 31));
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 8, 1));
    refused(&r, &e, COSTSHARE_ENOTICE);
    e.date = D(2024, 7, 31);
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 9, 30));
    /* A wanted day before the sending runs backwards; a receipt before the
     * sending is dated before the last event. */
    r = linkoping_in_force_for_receipt();
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 7, 31));
    e.last_day = D(2024, 7, 30);
    refused(&r, &e, COSTSHARE_EBACKWARDS);
    e.last_day = COSTSHARE_DATE_MAX + 1;
    refused(&r, &e, COSTSHARE_ERANGE);
    e.last_day = NO_DATE;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 7, 30));
    refused(&r, &e, COSTSHARE_EDATEORDER);
}

static costshare_agreement linkoping_in_force(void) {
    return linkoping_in_force_for_receipt();
}

/* Linköping 2024: the officer's report of 2024-05-22 proposes that the
 * board terminate from 30/9 2024 if the others decide the same; the board
 * decides (date assumed), the condition is met on the day the last of the
 * others decides (assumed), the notice is sent and received. */
static void linkoping_conditional_termination_ends_on_2024_09_30(void **state) {
    costshare_agreement r = linkoping_in_force(), pending, sent;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2024, 5, 22));
    (void)state;
    e.body = COSTSHARE_BODY_OFFICER;
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.termination_decided, NO_DATE); /* a report decides nothing */
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 6, 11));
    e.body = COSTSHARE_BODY_BOARD;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(r.termination_decided, D(2024, 6, 11));
    assert_int_equal(r.condition_met, NO_DATE);
    assert_int_equal(r.last_day, NO_DATE);
    pending = r;
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 10, 2)); /* after the wanted day itself */
    refused(&pending, &e, COSTSHARE_ENOTICE);
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 6, 24));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(r.condition_met, D(2024, 6, 24));
    assert_int_equal(r.last_day, NO_DATE); /* no notice yet */
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 6, 28));
    ok(&r, &e);
    sent = r;
    /* Received on 2024-08-01 the notice would run to 2024-10-01. */
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 8, 1));
    refused(&sent, &e, COSTSHARE_ENOTICE);
    /* 2024-07-31 is the latest receipt that still ends on 09-30. */
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 7, 31));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(r.notice_sent, D(2024, 6, 28));
    assert_int_equal(r.notice_given, D(2024, 7, 31));
    assert_int_equal(r.last_day, D(2024, 9, 30));
    assert_int_equal(r.refund_start, D(2024, 10, 1));
    assert_int_equal(state_on(&r, D(2024, 5, 22)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2024, 6, 10)), COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(state_on(&r, D(2024, 6, 11)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&r, D(2024, 6, 23)), COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&r, D(2024, 6, 24)), COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(state_on(&r, D(2024, 6, 28)), COSTSHARE_AGREEMENT_NOTICE_SENT);
    assert_int_equal(state_on(&r, D(2024, 7, 30)), COSTSHARE_AGREEMENT_NOTICE_SENT);
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

static void condition_failing_or_repealed_leaves_the_agreement_in_force(void **state) {
    costshare_agreement r = linkoping_in_force(), failed, repealed;
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
    repealed = r;
    /* Nothing was sent: the decision is repealed, not a notice withdrawn. */
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2024, 6, 30));
    refused(&repealed, &e, COSTSHARE_ENOTALLOWED);
    e = ev(COSTSHARE_EVENT_REPEAL, D(2024, 6, 30));
    ok(&repealed, &e);
    assert_int_equal(repealed.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(repealed.withdrawn_on, D(2024, 6, 30));
    assert_int_equal(repealed.last_decision_kind, COSTSHARE_EVENT_REPEAL);
    /* Without a wanted day, notice gives the earliest last day. */
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 7, 1));
    ok(&repealed, &e);
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 7, 20));
    ok(&repealed, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 30));
    ok(&repealed, &e);
    assert_int_equal(repealed.last_day, D(2024, 9, 30));
    assert_int_equal(repealed.termination_decided, D(2024, 7, 1));
    assert_int_equal(state_on(&repealed, D(2024, 7, 19)),
                     COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(state_on(&repealed, D(2024, 7, 20)), COSTSHARE_AGREEMENT_NOTICE_DECIDED);
}

/* Alingsås: KF § 94 2023-05-26 decides to leave (the notice not sent:
 * assumed, the seed says the decision was repealed before it took effect);
 * the social board (SN § 56, 2023-11-14) and the executive board (KS § 9,
 * 2024-01-24) propose that the council repeal it; the council repeals it
 * (date assumed): a member still. */
static void alingsas_decision_to_leave_repealed_stays_member(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2023, 1, 1));
    (void)state;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_YEARS;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_DECIDE_NOTICE, D(2023, 5, 26));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(r.last_day, NO_DATE);
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2023, 11, 14));
    e.body = COSTSHARE_BODY_BOARD;
    e.proposed_kind = COSTSHARE_EVENT_REPEAL;
    ok(&r, &e);
    e.date = D(2024, 1, 24);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_NOTICE_DECIDED);
    assert_int_equal(r.proposals, 2);
    e = ev(COSTSHARE_EVENT_REPEAL, D(2024, 2, 26));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.withdrawn_on, D(2024, 2, 26));
    assert_int_equal(r.termination_decided, NO_DATE);
    assert_int_equal(r.condition_met, NO_DATE);
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_REPEAL);
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    /* A repealed decision is gone: nothing is left to repeal or send. */
    e = ev(COSTSHARE_EVENT_REPEAL, D(2024, 3, 1));
    refused(&r, &e, COSTSHARE_ENOTALLOWED);
}

/* Had the notice reached the association on 2023-05-26: "tre kalenderår"
 * read as whole calendar years after the year of notice ends on 2026-12-31,
 * read with the year of notice as the first on 2025-12-31; the charter
 * decides. A unilateral withdrawal on 2024-01-24 would then come after
 * receipt: only with the other party's consent (avtalslagen 7 §, by
 * analogy). On the day of receipt the revocation comes together with the
 * notice and counts. */
static void alingsas_notice_received_can_be_withdrawn_only_with_consent(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, both, same_day;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2023, 1, 1));
    (void)state;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_YEARS;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    ok(&r, &e);
    both = r;
    both.notice_flags |= COSTSHARE_CALENDAR_COUNT_CURRENT;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2023, 5, 26));
    ok(&r, &e);
    ok(&both, &e);
    assert_int_equal(r.last_day, D(2026, 12, 31));
    assert_int_equal(r.refund_start, D(2027, 1, 1));
    assert_int_equal(both.last_day, D(2025, 12, 31));
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_ENDED);
    same_day = r;
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2023, 5, 26));
    ok(&same_day, &e); /* together with the notice */
    assert_int_equal(same_day.state, COSTSHARE_AGREEMENT_IN_FORCE);
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2024, 1, 24));
    refused(&r, &e, COSTSHARE_ECONSENT);
    e.flags = COSTSHARE_EVENT_CONSENTED;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.withdrawn_on, D(2024, 1, 24));
    assert_int_equal(r.last_day, NO_DATE);
    assert_int_equal(r.notice_given, NO_DATE);
    assert_int_equal(r.notice_sent, NO_DATE);
    assert_int_equal(r.refund_start, NO_DATE);
    assert_int_equal(state_on(&r, D(2027, 1, 1)), COSTSHARE_AGREEMENT_IN_FORCE);
    /* Sent and not yet received: a revocation reaches the other party first. */
    r = same_day; /* in force again, since 2023-05-26 */
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2023, 5, 26));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2023, 5, 29));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.notice_sent, NO_DATE);
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
    e.flags = COSTSHARE_EVENT_CONSENTED;
    assert_int_equal(r.last_day, D(2021, 5, 1));
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.date = D(2021, 5, 1); /* the last day itself: not yet taken effect */
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
}

/* ---- proposals, decisions and their announcement ------------------------ */

/* A proposal names its body and the decision it proposes, which the table
 * must allow in the state; it changes no state and needs the agreement in
 * force (when it is). */
static void proposals_are_recorded_and_checked(void **state) {
    costshare_agreement r = record_in(F), full;
    costshare_event e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2021, 1, 10));
    (void)state;
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    refused(&r, &e, COSTSHARE_EINVAL); /* no body */
    e.body = COSTSHARE_BODY_OFFICER;
    e.proposed_kind = COSTSHARE_EVENT_SIGN; /* not a decision */
    refused(&r, &e, COSTSHARE_EINVAL);
    e.proposed_kind = COSTSHARE_EVENT_NONE;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.proposed_kind = COSTSHARE_EVENT_COUNT;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.proposed_kind = COSTSHARE_EVENT_REPEAL; /* nothing to repeal in force */
    refused(&r, &e, COSTSHARE_ENOTALLOWED);
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    e.date = D(2023, 1, 1); /* the plain term ended 2022-12-31 */
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.date = D(2021, 1, 10);
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.proposals, 1);
    assert_int_equal(r.last_proposal_kind, COSTSHARE_EVENT_DECIDE_TERMINATION);
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_ADOPT); /* unchanged */
    full = r;
    full.proposals = INT32_MAX;
    refused(&full, &e, COSTSHARE_EOVERFLOW);
    /* The proposed decision, then its rejection: a decision, no state
     * change. */
    e = ev(COSTSHARE_EVENT_REJECT, D(2021, 1, 20));
    e.body = COSTSHARE_BODY_COUNCIL;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.decided, D(2020, 2, 1)); /* the adoption's date stays */
    assert_int_equal(r.last_decision, D(2021, 1, 20));
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_REJECT);
    assert_int_equal(r.last_decision_body, COSTSHARE_BODY_COUNCIL);
    assert_int_equal(r.marks, 0u);
    e.date = D(2023, 1, 2);
    refused(&r, &e, COSTSHARE_ETOOLATE);
    /* A version-1 record has no field for a proposal. */
    r = record_in(F);
    r.version = 1;
    e = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2021, 1, 10));
    e.body = COSTSHARE_BODY_OFFICER;
    e.proposed_kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
    refused(&r, &e, COSTSHARE_EINVAL);
}

/* Kommunallagen 13 kap. 5 §: the approval of the minutes announced on
 * Tuesday 2024-06-18 leaves the decision open to appeal through 2024-07-09;
 * it is final from 2024-07-10. A later decision needs its own announcement. */
static void announced_decisions_become_final_after_the_appeal_period(void **state) {
    costshare_agreement r = linkoping_in_force(), once;
    costshare_event e = ev(COSTSHARE_EVENT_ANNOUNCE, D(2024, 6, 1));
    uint32_t marks = 77u;
    (void)state;
    refused(&r, &e, COSTSHARE_ECONDITION); /* registered in force: no decision yet */
    e = ev(COSTSHARE_EVENT_DECIDE_TERMINATION, D(2024, 6, 11));
    e.body = COSTSHARE_BODY_BOARD;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    assert_int_equal(costshare_agreement_marks_on(&r, D(2030, 1, 1), &marks), COSTSHARE_OK);
    assert_int_equal(marks, 0u); /* not announced: never final */
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(2024, 6, 18));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_TERMINATION_PENDING);
    assert_int_equal(r.announced, D(2024, 6, 18));
    assert_int_equal(r.appeal_last_day, D(2024, 7, 9));
    assert_int_equal(r.last_event_kind, COSTSHARE_EVENT_ANNOUNCE);
    assert_int_equal(costshare_agreement_marks_on(&r, D(2024, 7, 9), &marks), COSTSHARE_OK);
    assert_int_equal(marks, 0u);
    assert_int_equal(costshare_agreement_marks_on(&r, D(2024, 7, 10), &marks), COSTSHARE_OK);
    assert_int_equal(marks, COSTSHARE_MARK_FINAL);
    e.date = D(2024, 6, 19);
    refused(&r, &e, COSTSHARE_ECONDITION); /* announced already */
    once = r;
    /* The condition met is a fact, not a decision: the announcement stays. */
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2024, 6, 24));
    ok(&r, &e);
    assert_int_equal(r.appeal_last_day, D(2024, 7, 9));
    /* A new decision (here a repeal) replaces the announced one. */
    e = ev(COSTSHARE_EVENT_REPEAL, D(2024, 7, 1));
    ok(&once, &e);
    assert_int_equal(once.announced, NO_DATE);
    assert_int_equal(once.appeal_last_day, NO_DATE);
    assert_int_equal(costshare_agreement_marks_on(&once, D(2030, 1, 1), &marks), COSTSHARE_OK);
    assert_int_equal(marks, 0u);
    /* 2024-12-03 + three weeks is Christmas Eve: moved to 2024-12-27. */
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(2024, 12, 3));
    ok(&once, &e);
    assert_int_equal(once.appeal_last_day, D(2024, 12, 27));
    /* A final state still takes the announcement of its decision. */
    r = record_in(RJ);
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(2020, 2, 5));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_REJECTED);
    assert_int_equal(r.appeal_last_day, D(2020, 2, 26));
    /* After the plain term ended it is too late to announce for a state in
     * force; before 1990 there is no Swedish calendar to count in. */
    r = record_in(F);
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(2023, 1, 1));
    refused(&r, &e, COSTSHARE_ETOOLATE);
    r = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    e = ev(COSTSHARE_EVENT_ADOPT, D(1989, 11, 1));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(1989, 11, 8));
    refused(&r, &e, COSTSHARE_ERANGE);
    e = ev(COSTSHARE_EVENT_ANNOUNCE, D(9999, 12, 20)); /* three weeks past the calendar */
    refused(&r, &e, COSTSHARE_ERANGE);
    /* marks_on refuses what state_on refuses, and writes nothing. */
    marks = 77u;
    assert_int_equal(costshare_agreement_marks_on(NULL, D(2024, 1, 1), &marks),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_marks_on(&r, D(2024, 1, 1), NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_agreement_marks_on(&r, NO_DATE, &marks), COSTSHARE_ERANGE);
    r.version = 0;
    assert_int_equal(costshare_agreement_marks_on(&r, D(2024, 1, 1), &marks), COSTSHARE_EINVAL);
    assert_int_equal(marks, 77u);
}

/* The decision's wanted last day, when the notice follows a decision: the
 * notice carries it; a wanted day the decision named that has passed by the
 * time the notice is given or sent can no longer be reached (ENOTICE); one
 * the event names itself before its date runs backwards (EBACKWARDS). */
static void a_notice_after_a_decision_carries_its_wanted_day(void **state) {
    costshare_agreement r = linkoping_in_force(), decided;
    costshare_event e = ev(COSTSHARE_EVENT_DECIDE_NOTICE, D(2024, 6, 1));
    (void)state;
    e.last_day = D(2024, 9, 30);
    ok(&r, &e);
    decided = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 7, 15));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 9, 30));
    assert_int_equal(r.wanted_last_day, D(2024, 9, 30));
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2024, 10, 1));
    refused(&decided, &e, COSTSHARE_ENOTICE);
    e.kind = COSTSHARE_EVENT_SEND_NOTICE;
    refused(&decided, &e, COSTSHARE_ENOTICE);
    e.last_day = D(2024, 9, 30);
    refused(&decided, &e, COSTSHARE_EBACKWARDS);
    e.kind = COSTSHARE_EVENT_GIVE_NOTICE;
    refused(&decided, &e, COSTSHARE_EBACKWARDS);
    /* The notice may name another day than the decision. */
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 7, 15));
    e.last_day = D(2024, 10, 31);
    r = decided;
    ok(&r, &e);
    assert_int_equal(r.wanted_last_day, D(2024, 10, 31));
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 7, 16));
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2024, 10, 31));
    /* A plain fixed term caps the wanted day of a decision and a sending. */
    r = record_in(F);
    e = ev(COSTSHARE_EVENT_DECIDE_NOTICE, D(2021, 1, 15));
    e.last_day = D(2023, 1, 31);
    refused(&r, &e, COSTSHARE_EAFTERTERM);
    e.kind = COSTSHARE_EVENT_SEND_NOTICE;
    refused(&r, &e, COSTSHARE_EAFTERTERM);
    e.date = D(2023, 1, 1);
    refused(&r, &e, COSTSHARE_ETOOLATE);
    e.last_day = COSTSHARE_DATE_MIN - 1;
    refused(&r, &e, COSTSHARE_ERANGE);
}

/* Withdrawals: while the notice is on its way, and on the day it arrives,
 * the revocation counts; after that only with consent. After the last day
 * it is too late, consent or not. */
static void withdrawing_a_notice_follows_avtalslagen_7(void **state) {
    costshare_agreement r = linkoping_in_force(), received;
    costshare_event e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2024, 6, 28));
    (void)state;
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2024, 7, 1));
    ok(&r, &e);
    received = r;
    e = ev(COSTSHARE_EVENT_WITHDRAW, D(2024, 7, 1));
    ok(&r, &e); /* together with the notice */
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.last_decision_kind, COSTSHARE_EVENT_WITHDRAW);
    r = received;
    e.date = D(2024, 7, 2);
    refused(&r, &e, COSTSHARE_ECONSENT);
    e.flags = COSTSHARE_EVENT_CONSENTED;
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_IN_FORCE);
    assert_int_equal(r.notice_sent, NO_DATE);
    assert_int_equal(r.notice_given, NO_DATE);
    assert_int_equal(state_on(&r, D(2024, 6, 30)), COSTSHARE_AGREEMENT_IN_FORCE);
    r = received;
    e.date = D(2024, 9, 2); /* the last day was 2024-09-01 */
    refused(&r, &e, COSTSHARE_ETOOLATE);
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

/* No stated notice period, until further notice: a reasonable period
 * (skälig uppsägningstid) is a judgement, so the notice must bring the
 * period the caller judges reasonable; the library never ends the
 * agreement on the day of notice by default. */
static void notice_without_a_stated_period_needs_the_callers_period(void **state) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT, w, sent;
    costshare_event e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 9, 1));
    (void)state;
    ok(&r, &e);
    w = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2017, 3, 15));
    refused(&r, &e, COSTSHARE_ENOPERIOD);
    e.last_day = D(2017, 6, 30); /* a wanted day is no period either */
    refused(&r, &e, COSTSHARE_ENOPERIOD);
    e.last_day = NO_DATE;
    e.notice_count = 3;
    e.notice_unit = COSTSHARE_MONTHS;
    ok(&r, &e);
    assert_int_equal(r.last_day, D(2017, 6, 15));
    assert_int_equal(r.refund_start, D(2017, 7, 1));
    assert_int_equal(r.notice_count, 0); /* the agreement still states none */
    e.last_day = D(2017, 6, 30);
    ok(&w, &e);
    assert_int_equal(w.last_day, D(2017, 6, 30));
    /* The caller's period in calendar periods: the end of next month. */
    w = record_in(E);
    e = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2016, 9, 1));
    ok(&w, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2017, 3, 15));
    e.notice_count = 1;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    sent = w;
    ok(&w, &e);
    assert_int_equal(w.last_day, D(2017, 4, 30));
    /* The caller's period is checked as a period. */
    e.notice_count = -1;
    refused(&sent, &e, COSTSHARE_ERANGE);
    e.notice_count = COSTSHARE_AGREEMENT_MAX_COUNT + 1;
    refused(&sent, &e, COSTSHARE_ERANGE);
    e.notice_count = 1;
    e.notice_unit = 9;
    refused(&sent, &e, COSTSHARE_EINVAL);
    e.notice_unit = COSTSHARE_MONTHS;
    e.notice_flags = COSTSHARE_CALENDAR_COUNT_CURRENT; /* without calendar periods */
    refused(&sent, &e, COSTSHARE_EINVAL);
    e.notice_count = 0;
    e.notice_flags = COSTSHARE_SE_DEADLINE; /* no period, only the Sunday rule */
    refused(&sent, &e, COSTSHARE_ENOPERIOD);
    /* The same when the notice takes effect on receipt. */
    e = ev(COSTSHARE_EVENT_SEND_NOTICE, D(2017, 3, 10));
    ok(&sent, &e);
    e = ev(COSTSHARE_EVENT_RECEIVE_NOTICE, D(2017, 3, 15));
    refused(&sent, &e, COSTSHARE_ENOPERIOD);
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_WEEKS;
    ok(&sent, &e);
    assert_int_equal(sent.last_day, D(2017, 3, 29));
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
    e = ev(COSTSHARE_EVENT_REPEAL, D(2023, 1, 1));
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
    e = ev(COSTSHARE_EVENT_CONDITION_MET, D(2020, 11, 20));
    ok(&r, &e);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(2020, 12, 1));
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
    e.flags = COSTSHARE_EVENT_CONSENTED;
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
    e.notice_count = 1; /* a termination clause: one month's notice */
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
    ok(&r, &e); /* no notice period: the caller gives one with the notice */
    open = r;
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 12, 15));
    e.notice_count = 0;
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS; /* the end of the current day */
    e.notice_unit = COSTSHARE_DAYS;
    ok(&r, &e);
    assert_int_equal(r.last_day, D(9999, 12, 15));
    assert_int_equal(r.refund_start, NO_DATE);
    assert_int_equal(state_on(&r, D(9999, 12, 15)), COSTSHARE_AGREEMENT_UNDER_NOTICE);
    assert_int_equal(state_on(&r, D(9999, 12, 16)), COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_END, D(9999, 12, 16));
    ok(&r, &e);
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_ENDED);
    e = ev(COSTSHARE_EVENT_GIVE_NOTICE, D(9999, 11, 30)); /* November: refunds 12-01 */
    e.notice_flags = COSTSHARE_CALENDAR_PERIODS;
    e.notice_unit = COSTSHARE_DAYS;
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
    ok(&r, &e); /* late, and valid */
    assert_int_equal(r.state, COSTSHARE_AGREEMENT_REJECTED);
    assert_int_equal(r.marks, COSTSHARE_MARK_LATE);
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
    e.notice_flags = 8u;
    refused(&r, &e, COSTSHARE_EINVAL);
    e = good;
    e.notice_flags = COSTSHARE_CALENDAR_COUNT_CURRENT; /* without calendar periods */
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
    /* calendar periods, SE deadline, the current period counted */
    e.notice_flags = next_random(seed) % 8u;
    e.renewal_count = (int32_t)(next_random(seed) % 3u);
    e.renewal_unit = (int32_t)(next_random(seed) % 4u);
    e.flags = next_random(seed) % 4u; /* signed by both, consented */
    e.body = (int32_t)(next_random(seed) % COSTSHARE_BODY_COUNT);
    e.proposed_kind = (int32_t)(next_random(seed) % (COSTSHARE_EVENT_COUNT + 1)) - 1;
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
        COSTSHARE_ENOTICE,     COSTSHARE_ENOTYET,    COSTSHARE_ETOOLATE,   COSTSHARE_ENOTERM,
        COSTSHARE_EAFTERTERM,  COSTSHARE_ENOCLAUSE,  COSTSHARE_ENOPERIOD,  COSTSHARE_ECONSENT};
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
    print_message("random sequences: %u successes\n", (unsigned)successes);
    assert_true(successes > 2000); /* the generator reaches deep states */
    for (run = 1; run < COSTSHARE_AGREEMENT_STATE_COUNT; run++) {
        assert_true(reached[run]);
    }
}

/* The record's 20 date fields, for changing one at a time. */
#define DATE_FIELDS 20
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
    fields[14] = &r->last_proposal;
    fields[15] = &r->last_decision;
    fields[16] = &r->announced;
    fields[17] = &r->appeal_last_day;
    fields[18] = &r->condition_met;
    fields[19] = &r->notice_sent;
}

/* Change one field of a record to an arbitrary value: a date to none or a
 * day near `today` (often one of the record's own dates, so that orders and
 * equalities are tried), the state, the last event's kind, a period, a
 * counter. */
static void mutate(uint32_t *seed, costshare_agreement *r, costshare_date today) {
    costshare_date *dates[DATE_FIELDS];
    const size_t count = DATE_FIELDS, field = next_random(seed) % 34u;
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
    case 7:
        r->amendments = (int32_t)(next_random(seed) % 2u);
        break;
    case 8:
        r->proposals = (int32_t)(next_random(seed) % 3u);
        break;
    case 9:
        r->marks = next_random(seed) % 4u;
        break;
    case 10:
        r->last_proposal_body = (int32_t)(next_random(seed) % COSTSHARE_BODY_COUNT);
        break;
    case 11:
        r->last_proposal_kind = (int32_t)(next_random(seed) % (COSTSHARE_EVENT_COUNT + 1)) - 1;
        break;
    case 12:
        r->last_decision_kind = (int32_t)(next_random(seed) % (COSTSHARE_EVENT_COUNT + 1)) - 1;
        break;
    default:
        r->notice_flags = next_random(seed) % 8u;
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
    print_message("arbitrary records: %u of %u accepted, %u events applied\n",
                  (unsigned)accepted, (unsigned)tried, (unsigned)applied);
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
    e.flags = 4u;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.flags = 0u;
    e.body = COSTSHARE_BODY_COUNT;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.body = -1;
    refused(&r, &e, COSTSHARE_EINVAL);
    e.body = COSTSHARE_BODY_NONE;
    for (i = 0; i < 4; i++) {
        e.reserved[i] = i == 3 ? INT32_MIN : 1;
        refused(&r, &e, COSTSHARE_EINVAL);
        e.reserved[i] = 0;
    }
    ok(&r, &e);
}

/* A caller's struct is written by the size of its version and not a byte
 * more (the bytes after it belong to the caller). */
/* The sizes of the versions, from the headers' member lists: version 1
 * ends with `reserved`, version 2 appends the rest. */
#define RECORD_V1_SIZE (offsetof(costshare_agreement, reserved) + 4 * sizeof(int32_t))
#define EVENT_V1_SIZE (offsetof(costshare_event, reserved) + 4 * sizeof(int32_t))

/* A version-1 caller's struct is version 1's bytes; here a version-2 struct
 * stands for it, and every byte after version 1's (the fields of version 2
 * and the bytes after the struct) is the caller's and must stay as it was. */
struct v1_record {
    costshare_agreement record;
    unsigned char after[32];
};

static int untouched_after_v1(const struct v1_record *r) {
    const unsigned char *bytes = (const unsigned char *)r;
    size_t i;
    for (i = RECORD_V1_SIZE; i < sizeof *r; i++) {
        if (bytes[i] != 0xEE) {
            return 0;
        }
    }
    return 1;
}

/* A caller's struct is written by the size of its version and not a byte
 * more (the bytes after it belong to the caller). */
static void structs_are_written_by_the_size_of_their_version(void **state) {
    struct v1_record r;
    struct {
        costshare_event event;
        unsigned char after[32];
    } e;
    const unsigned char *event_bytes = (const unsigned char *)&e;
    size_t i;
    int32_t s = -1;
    (void)state;
    assert_int_equal(RECORD_V1_SIZE, (3 + 14 + 7 + 4) * 4);
    assert_int_equal(EVENT_V1_SIZE, (2 + 5 + 6 + 4) * 4);
    assert_true(sizeof(costshare_agreement) > RECORD_V1_SIZE);
    memset(&r, 0xEE, sizeof r);
    memset(&e, 0xEE, sizeof e);
    assert_int_equal(costshare_agreement_init(&r.record, 1), COSTSHARE_OK);
    assert_int_equal(costshare_agreement_event_init(&e.event, 1), COSTSHARE_OK);
    assert_true(untouched_after_v1(&r));
    for (i = EVENT_V1_SIZE; i < sizeof e; i++) {
        assert_int_equal(event_bytes[i], 0xEE);
    }
    assert_int_equal(r.record.version, 1);
    assert_int_equal(e.event.version, 1);
    /* The event's bytes after version 1 (here an unknown body) are not read. */
    e.event.kind = COSTSHARE_EVENT_PROPOSE;
    e.event.date = D(2024, 3, 1);
    e.event.deadline = D(2024, 4, 1);
    assert_int_equal(costshare_agreement_apply(&r.record, &e.event, &r.record), COSTSHARE_OK);
    assert_true(untouched_after_v1(&r));
    assert_int_equal(r.record.state, COSTSHARE_AGREEMENT_PROPOSED);
    /* A late decision on a version-1 record: valid, the mark follows from
     * its dates (version 1 has no field for it). */
    e.event.kind = COSTSHARE_EVENT_ADOPT;
    e.event.date = D(2024, 4, 2);
    assert_int_equal(costshare_agreement_apply(&r.record, &e.event, &r.record), COSTSHARE_OK);
    assert_true(untouched_after_v1(&r));
    {
        uint32_t marks = 0u;
        assert_int_equal(costshare_agreement_marks_on(&r.record, D(2024, 4, 2), &marks),
                         COSTSHARE_OK);
        assert_int_equal(marks, COSTSHARE_MARK_LATE);
    }
    /* What a version-1 record cannot hold is refused, and nothing written. */
    e.event.kind = COSTSHARE_EVENT_ANNOUNCE;
    e.event.date = D(2024, 4, 3);
    assert_int_equal(costshare_agreement_apply(&r.record, &e.event, &r.record),
                     COSTSHARE_EINVAL);
    assert_true(untouched_after_v1(&r));
    assert_int_equal(costshare_agreement_state_on(&r.record, D(2024, 4, 3), &s), COSTSHARE_OK);
    assert_int_equal(s, COSTSHARE_AGREEMENT_ADOPTED);
}

/* Every event that does not need version 2 does on a version-1 record what
 * it does on a version-2 one: the same answer, the same version-1 fields,
 * never a byte written past version 1's end, and the stored state is the
 * state on the event's date. The events version 1 cannot hold are refused
 * with COSTSHARE_EINVAL. */
static void version_1_records_work_as_version_2_and_stay_in_their_size(void **state) {
    uint32_t seed = 0x1234u;
    int run, step;
    size_t same = 0;
    (void)state;
    for (run = 0; run < 200; run++) {
        struct v1_record old;
        costshare_agreement cur = COSTSHARE_AGREEMENT_INIT;
        costshare_date today = D(2020, 1, 1);
        memset(&old, 0xEE, sizeof old);
        assert_int_equal(costshare_agreement_init(&old.record, 1), COSTSHARE_OK);
        for (step = 0; step < 40; step++) {
            costshare_event e;
            costshare_agreement before = old.record;
            int rc_old, rc_cur;
            int32_t s_on = -1;
            today += (costshare_date)(next_random(&seed) % 60u);
            e = random_event(&seed, cur.state, today);
            rc_old = costshare_agreement_apply(&old.record, &e, &old.record);
            assert_true(untouched_after_v1(&old));
            if (e.kind >= 0 && e.kind < COSTSHARE_EVENT_COUNT &&
                (e.kind == COSTSHARE_EVENT_PROPOSE_DECISION ||
                 e.kind == COSTSHARE_EVENT_SEND_NOTICE ||
                 e.kind == COSTSHARE_EVENT_RECEIVE_NOTICE ||
                 e.kind == COSTSHARE_EVENT_ANNOUNCE)) {
                assert_int_equal(rc_old, COSTSHARE_EINVAL);
                assert_memory_equal(&old.record, &before, RECORD_V1_SIZE);
                continue; /* the version-2 record takes it; the two part here */
            }
            rc_cur = costshare_agreement_apply(&cur, &e, &cur);
            CHECK_EQ(rc_old, rc_cur);
            if (rc_old != COSTSHARE_OK) {
                assert_memory_equal(&old.record, &before, RECORD_V1_SIZE);
                continue;
            }
            same++;
            /* The same version-1 fields, past the version number. */
            assert_memory_equal((const unsigned char *)&old.record + sizeof(uint32_t),
                                (const unsigned char *)&cur + sizeof(uint32_t),
                                RECORD_V1_SIZE - sizeof(uint32_t));
            assert_int_equal(costshare_agreement_state_on(&old.record, e.date, &s_on),
                             COSTSHARE_OK);
            CHECK_EQ(s_on, old.record.state);
        }
    }
    print_message("version 1 and 2 agree on %u events\n", (unsigned)same);
    assert_true(same > 1000);
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
    enum {
        LAST,
        PROP,
        DEAD,
        DEC,
        SIGN,
        FROM,
        TEND,
        TERM,
        WANT,
        NOTI,
        LDAY,
        REFD,
        WDRN,
        AMND,
        MET = 18,
        SENT = 19
    };
    static const int32_t forbidden[COSTSHARE_AGREEMENT_STATE_COUNT][DATE_FIELDS + 1] = {
        [E] = {LAST, PROP, DEAD, DEC, SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN,
               AMND, MET, SENT, -1},
        [P] = {DEC, SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, MET, SENT, -1},
        [RJ] = {SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, MET, SENT, -1},
        [A] = {SIGN, FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, AMND, MET, SENT, -1},
        [S] = {FROM, TEND, TERM, WANT, NOTI, LDAY, REFD, WDRN, MET, SENT, -1},
        [F] = {TERM, WANT, NOTI, LDAY, REFD, MET, SENT, -1},
        [T] = {NOTI, LDAY, REFD, MET, SENT, -1},
        [ND] = {NOTI, LDAY, REFD, SENT, -1},
        [SN] = {NOTI, LDAY, REFD, -1},
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

/* The fields of version 2 contradicting the others or the last event are
 * a corrupt record too. */
static void version_2_fields_that_contradict_are_refused(void **state) {
    costshare_event e = ev(COSTSHARE_EVENT_AMEND, D(2030, 1, 1));
    costshare_agreement good, r;
    costshare_event p;
    (void)state;
    e.flags = COSTSHARE_EVENT_SIGNED_BY_BOTH;
    good = record_in(F);
    p = ev(COSTSHARE_EVENT_PROPOSE_DECISION, D(2021, 1, 10));
    p.body = COSTSHARE_BODY_COMMITTEE;
    p.proposed_kind = COSTSHARE_EVENT_DECIDE_NOTICE;
    ok(&good, &p);
    p = ev(COSTSHARE_EVENT_ANNOUNCE, D(2021, 1, 11)); /* the adoption's announcement */
    ok(&good, &p);
    e.date = D(2021, 2, 1);
#define CORRUPT(change)                                                                        \
    do {                                                                                       \
        r = good;                                                                              \
        change;                                                                                \
        refused(&r, &e, COSTSHARE_EINVAL);                                                     \
    } while (0)
    r = good;
    ok(&r, &e);                              /* the fixture itself is fine */
    CORRUPT(r.marks = COSTSHARE_MARK_LATE);  /* the adoption was in time */
    CORRUPT(r.marks = COSTSHARE_MARK_FINAL); /* never stored */
    CORRUPT(r.proposals = 0);
    CORRUPT(r.proposals = -1);
    CORRUPT(r.last_proposal = NO_DATE);
    CORRUPT(r.last_proposal = D(2021, 1, 12)); /* after the last event */
    CORRUPT(r.last_proposal_body = COSTSHARE_BODY_NONE);
    CORRUPT(r.last_proposal_body = COSTSHARE_BODY_COUNT);
    CORRUPT(r.last_proposal_kind = COSTSHARE_EVENT_SIGN);
    CORRUPT(r.last_proposal_kind = COSTSHARE_EVENT_NONE);
    CORRUPT(r.last_decision_kind = COSTSHARE_EVENT_NONE);
    CORRUPT(r.last_decision_kind = COSTSHARE_EVENT_END);
    CORRUPT(r.last_decision_body = -1);
    CORRUPT(r.last_decision = NO_DATE);
    CORRUPT(r.last_decision = D(2021, 1, 12)); /* after its announcement */
    CORRUPT(r.announced = NO_DATE);            /* the last event was the announcement */
    CORRUPT(r.appeal_last_day = D(2021, 2, 2));
    CORRUPT(r.appeal_last_day = NO_DATE);
    CORRUPT(r.announced = COSTSHARE_DATE_MAX; r.last_event = COSTSHARE_DATE_MAX);
    CORRUPT(r.last_event_kind = COSTSHARE_EVENT_PROPOSE_DECISION); /* dated 01-10, not 01-11 */
    CORRUPT(r.last_event_kind = COSTSHARE_EVENT_ADOPT); /* the adoption was 2020-02-01 */
    /* No decision, but its body or announcement. */
    good = record_in(E);
    p = ev(COSTSHARE_EVENT_ENTER_FORCE, D(2020, 1, 1));
    ok(&good, &p);
    CORRUPT(r.last_decision_body = COSTSHARE_BODY_BOARD);
    CORRUPT(r.announced = D(2020, 1, 1); r.appeal_last_day = D(2020, 1, 22));
    /* The condition met without a decision; a notice received and not sent. */
    good = record_in(ND);
    CORRUPT(r.termination_decided = NO_DATE; r.state = F;
            r.last_event_kind = COSTSHARE_EVENT_AMEND; r.amendments = 1;
            r.last_amended = r.last_event; r.last_decision_kind = COSTSHARE_EVENT_NONE;
            r.last_decision = NO_DATE; r.wanted_last_day = NO_DATE);
    CORRUPT(r.condition_met = D(2021, 1, 14)); /* before its decision */
    good = record_in(N);
    CORRUPT(r.notice_sent = NO_DATE);
    CORRUPT(r.notice_sent = D(2021, 2, 2)); /* after the receipt */
    /* A version-1 record cannot be in a state it has no field for. */
    good = record_in(SN);
    CORRUPT(r.version = 1);
#undef CORRUPT
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
    assert_int_equal(costshare_agreement_state_count(), 13);
    assert_int_equal(costshare_agreement_event_count(), 22);
    assert_int_equal(COSTSHARE_AGREEMENT_STATE_COUNT, 13);
    assert_int_equal(COSTSHARE_EVENT_COUNT, 22);
    assert_int_equal(COSTSHARE_BODY_COUNT, 5);
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
                                         "COSTSHARE_AGREEMENT_REPLACED",
                                         "COSTSHARE_AGREEMENT_NOTICE_DECIDED",
                                         "COSTSHARE_AGREEMENT_NOTICE_SENT"};
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
                                         "COSTSHARE_EVENT_END",
                                         "COSTSHARE_EVENT_PROPOSE_DECISION",
                                         "COSTSHARE_EVENT_DECIDE_NOTICE",
                                         "COSTSHARE_EVENT_SEND_NOTICE",
                                         "COSTSHARE_EVENT_RECEIVE_NOTICE",
                                         "COSTSHARE_EVENT_REPEAL",
                                         "COSTSHARE_EVENT_ANNOUNCE"};
    static const char *const bodies[] = {"COSTSHARE_BODY_NONE", "COSTSHARE_BODY_OFFICER",
                                         "COSTSHARE_BODY_COMMITTEE", "COSTSHARE_BODY_BOARD",
                                         "COSTSHARE_BODY_COUNCIL"};
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
    assert_int_equal(sizeof bodies / sizeof bodies[0], COSTSHARE_BODY_COUNT);
    for (i = 0; i < COSTSHARE_BODY_COUNT; i++) {
        assert_string_equal(costshare_agreement_body_name(i), bodies[i]);
    }
    assert_string_equal(costshare_agreement_body_name(-1), "COSTSHARE_UNKNOWN");
    assert_string_equal(costshare_agreement_body_name(COSTSHARE_BODY_COUNT),
                        "COSTSHARE_UNKNOWN");
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
        cmocka_unit_test(taby_motion_proposed_for_rejection_then_rejected),
        cmocka_unit_test(ekero_late_decision_is_recorded_with_the_late_mark),
        cmocka_unit_test(mjolby_2016_fixed_term_replaced_by_2018_agreement),
        cmocka_unit_test(mjolby_2018_until_further_notice_two_months),
        cmocka_unit_test(mjolby_2024_proposals_then_decision_sent_and_received),
        cmocka_unit_test(the_notice_period_counts_from_receipt),
        cmocka_unit_test(linkoping_conditional_termination_ends_on_2024_09_30),
        cmocka_unit_test(condition_failing_or_repealed_leaves_the_agreement_in_force),
        cmocka_unit_test(alingsas_decision_to_leave_repealed_stays_member),
        cmocka_unit_test(alingsas_notice_received_can_be_withdrawn_only_with_consent),
        cmocka_unit_test(alingsas_plain_three_years_would_end_on_2026_05_26),
        cmocka_unit_test(proposals_are_recorded_and_checked),
        cmocka_unit_test(announced_decisions_become_final_after_the_appeal_period),
        cmocka_unit_test(a_notice_after_a_decision_carries_its_wanted_day),
        cmocka_unit_test(withdrawing_a_notice_follows_avtalslagen_7),
        cmocka_unit_test(withdrawal_after_the_last_day_is_too_late),
        cmocka_unit_test(renewal_by_period_starts_the_day_after_the_term),
        cmocka_unit_test(renewal_of_month_end_term_keeps_month_end),
        cmocka_unit_test(renewal_needs_a_period_or_a_new_end),
        cmocka_unit_test(renewal_past_year_9999_is_out_of_range),
        cmocka_unit_test(expiry_only_after_the_term_end),
        cmocka_unit_test(replacement_last_day_must_fall_within_the_old_agreement),
        cmocka_unit_test(notice_wanted_day_rules),
        cmocka_unit_test(notice_without_a_stated_period_needs_the_callers_period),
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
        cmocka_unit_test(version_1_records_work_as_version_2_and_stay_in_their_size),
        cmocka_unit_test(corrupt_records_are_refused),
        cmocka_unit_test(a_date_the_state_cannot_have_is_refused),
        cmocka_unit_test(every_date_a_state_cannot_have_is_refused),
        cmocka_unit_test(dates_in_an_impossible_combination_are_refused),
        cmocka_unit_test(version_2_fields_that_contradict_are_refused),
        cmocka_unit_test(init_functions_match_the_initializers),
        cmocka_unit_test(counts_match_the_macros),
        cmocka_unit_test(names_are_the_constants_names),
        cmocka_unit_test(reasons_have_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
