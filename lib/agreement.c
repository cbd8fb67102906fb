/*
 * The agreement lifecycle: one transition table (state x event), small
 * per-event rules for dates and parameters, and the state on a given day.
 *
 * The table alone decides whether an event is allowed in a state and which
 * state follows; the per-event functions only check the event's dates and
 * parameters and fix the dates it implies (last day, refund start ...).
 */
#include "costshare/agreement.h"

#include <stddef.h>
#include <string.h>

#include "costshare/date.h"
#include "costshare/notice.h"
#include "costshare/term.h"
#include "costshare/refund.h"
#include "agreement_record.h"
#include "check.h"
#include "civil.h"

#define NO_DATE COSTSHARE_AGREEMENT_NO_DATE

/*
 * THE transition table: for each state, the events it allows and the state
 * each leads to. Every cell not named is refused with COSTSHARE_ENOTALLOWED,
 * so every state x event pair has an answer. The final states (rejected,
 * ended, expired, replaced) allow nothing: a new arrangement is a new
 * record. Every cell names its state and event (designated initializers),
 * so neither the order of the lines nor a renumbering of the constants can
 * shift one.
 */
struct transition {
    uint8_t allowed; /* 0: refused */
    uint8_t to;
};

#define TO(state)                                                                              \
    { 1, (uint8_t)(state) }

static const struct transition
    transitions[COSTSHARE_AGREEMENT_STATE_COUNT][COSTSHARE_EVENT_COUNT] =
        {
            [COSTSHARE_AGREEMENT_EMPTY] =
                {
                    [COSTSHARE_EVENT_PROPOSE] = TO(COSTSHARE_AGREEMENT_PROPOSED),
                    [COSTSHARE_EVENT_ADOPT] = TO(COSTSHARE_AGREEMENT_ADOPTED),
                    [COSTSHARE_EVENT_ENTER_FORCE] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                },
            [COSTSHARE_AGREEMENT_PROPOSED] =
                {
                    [COSTSHARE_EVENT_EXTEND_DEADLINE] = TO(COSTSHARE_AGREEMENT_PROPOSED),
                    [COSTSHARE_EVENT_ADOPT] = TO(COSTSHARE_AGREEMENT_ADOPTED),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_REJECTED),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] = TO(COSTSHARE_AGREEMENT_PROPOSED),
                },
            /* Final: only the rejection's announcement follows. */
            [COSTSHARE_AGREEMENT_REJECTED] =
                {
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_REJECTED),
                },
            [COSTSHARE_AGREEMENT_ADOPTED] =
                {
                    [COSTSHARE_EVENT_SIGN] = TO(COSTSHARE_AGREEMENT_SIGNED),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_ADOPTED),
                },
            [COSTSHARE_AGREEMENT_SIGNED] =
                {
                    [COSTSHARE_EVENT_ENTER_FORCE] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_SIGNED),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_SIGNED),
                },
            [COSTSHARE_AGREEMENT_IN_FORCE] =
                {
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_RENEW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                    [COSTSHARE_EVENT_REPLACE] = TO(COSTSHARE_AGREEMENT_REPLACED),
                    [COSTSHARE_EVENT_DECIDE_TERMINATION] =
                        TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                    [COSTSHARE_EVENT_DECIDE_NOTICE] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                    [COSTSHARE_EVENT_SEND_NOTICE] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                    [COSTSHARE_EVENT_GIVE_NOTICE] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                },
            [COSTSHARE_AGREEMENT_TERMINATION_PENDING] =
                {
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                    [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                    [COSTSHARE_EVENT_CONDITION_MET] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                    [COSTSHARE_EVENT_CONDITION_FAILED] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_REPEAL] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] =
                        TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                },
            [COSTSHARE_AGREEMENT_NOTICE_DECIDED] =
                {
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                    [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                    [COSTSHARE_EVENT_SEND_NOTICE] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                    [COSTSHARE_EVENT_GIVE_NOTICE] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_REPEAL] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
                },
            [COSTSHARE_AGREEMENT_NOTICE_SENT] =
                {
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                    [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                    [COSTSHARE_EVENT_RECEIVE_NOTICE] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_WITHDRAW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_NOTICE_SENT),
                },
            [COSTSHARE_AGREEMENT_UNDER_NOTICE] =
                {
                    [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_REPLACE] = TO(COSTSHARE_AGREEMENT_REPLACED),
                    [COSTSHARE_EVENT_WITHDRAW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                    [COSTSHARE_EVENT_END] = TO(COSTSHARE_AGREEMENT_ENDED),
                    [COSTSHARE_EVENT_PROPOSE_DECISION] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_REJECT] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                },
            /* Final states: a new arrangement is a new record; the last
             * decision's announcement may still follow. */
            [COSTSHARE_AGREEMENT_ENDED] =
                {
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_ENDED),
                },
            [COSTSHARE_AGREEMENT_EXPIRED] =
                {
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                },
            [COSTSHARE_AGREEMENT_REPLACED] =
                {
                    [COSTSHARE_EVENT_ANNOUNCE] = TO(COSTSHARE_AGREEMENT_REPLACED),
                },
};

/* 1 when some state goes to `to` by `event` (both known). */
static int event_leads_to(int32_t event, int32_t to) {
    int32_t from;
    for (from = 0; from < COSTSHARE_AGREEMENT_STATE_COUNT; from++) {
        if (transitions[from][event].allowed && (int32_t)transitions[from][event].to == to) {
            return 1;
        }
    }
    return 0;
}

/* Each name is its constant's own name, spelled by the preprocessor. */
#define NAMED(constant) [constant] = #constant

static const char *const state_names[COSTSHARE_AGREEMENT_STATE_COUNT] = {
    NAMED(COSTSHARE_AGREEMENT_EMPTY),
    NAMED(COSTSHARE_AGREEMENT_PROPOSED),
    NAMED(COSTSHARE_AGREEMENT_REJECTED),
    NAMED(COSTSHARE_AGREEMENT_ADOPTED),
    NAMED(COSTSHARE_AGREEMENT_SIGNED),
    NAMED(COSTSHARE_AGREEMENT_IN_FORCE),
    NAMED(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
    NAMED(COSTSHARE_AGREEMENT_UNDER_NOTICE),
    NAMED(COSTSHARE_AGREEMENT_ENDED),
    NAMED(COSTSHARE_AGREEMENT_EXPIRED),
    NAMED(COSTSHARE_AGREEMENT_REPLACED),
    NAMED(COSTSHARE_AGREEMENT_NOTICE_DECIDED),
    NAMED(COSTSHARE_AGREEMENT_NOTICE_SENT),
};

static const char *const event_names[COSTSHARE_EVENT_COUNT] = {
    NAMED(COSTSHARE_EVENT_PROPOSE),
    NAMED(COSTSHARE_EVENT_EXTEND_DEADLINE),
    NAMED(COSTSHARE_EVENT_ADOPT),
    NAMED(COSTSHARE_EVENT_REJECT),
    NAMED(COSTSHARE_EVENT_SIGN),
    NAMED(COSTSHARE_EVENT_ENTER_FORCE),
    NAMED(COSTSHARE_EVENT_AMEND),
    NAMED(COSTSHARE_EVENT_RENEW),
    NAMED(COSTSHARE_EVENT_EXPIRE),
    NAMED(COSTSHARE_EVENT_REPLACE),
    NAMED(COSTSHARE_EVENT_DECIDE_TERMINATION),
    NAMED(COSTSHARE_EVENT_CONDITION_MET),
    NAMED(COSTSHARE_EVENT_CONDITION_FAILED),
    NAMED(COSTSHARE_EVENT_GIVE_NOTICE),
    NAMED(COSTSHARE_EVENT_WITHDRAW),
    NAMED(COSTSHARE_EVENT_END),
    NAMED(COSTSHARE_EVENT_PROPOSE_DECISION),
    NAMED(COSTSHARE_EVENT_DECIDE_NOTICE),
    NAMED(COSTSHARE_EVENT_SEND_NOTICE),
    NAMED(COSTSHARE_EVENT_RECEIVE_NOTICE),
    NAMED(COSTSHARE_EVENT_REPEAL),
    NAMED(COSTSHARE_EVENT_ANNOUNCE),
};

static const char *const body_names[COSTSHARE_BODY_COUNT] = {
    NAMED(COSTSHARE_BODY_NONE),  NAMED(COSTSHARE_BODY_OFFICER), NAMED(COSTSHARE_BODY_COMMITTEE),
    NAMED(COSTSHARE_BODY_BOARD), NAMED(COSTSHARE_BODY_COUNCIL),
};

/* The events that are decisions of a municipal body: each becomes the
 * record's latest decision, the one a proposal proposes and an
 * announcement announces. */
static int is_decision(int32_t kind) {
    switch (kind) {
    case COSTSHARE_EVENT_ADOPT:
    case COSTSHARE_EVENT_REJECT:
    case COSTSHARE_EVENT_DECIDE_TERMINATION:
    case COSTSHARE_EVENT_DECIDE_NOTICE:
    case COSTSHARE_EVENT_REPEAL:
    case COSTSHARE_EVENT_WITHDRAW:
        return 1;
    default:
        return 0;
    }
}

/* The events that record what only a version-2 record can hold: the
 * proposals, a notice sent before it is received, the announcement. */
static int needs_version_2(int32_t kind) {
    return kind == COSTSHARE_EVENT_PROPOSE_DECISION || kind == COSTSHARE_EVENT_SEND_NOTICE ||
           kind == COSTSHARE_EVENT_RECEIVE_NOTICE || kind == COSTSHARE_EVENT_ANNOUNCE;
}

static int body_valid(int32_t body) {
    return body >= COSTSHARE_BODY_NONE && body < COSTSHARE_BODY_COUNT;
}

/* ---- validation ---------------------------------------------------------- */

static int is_date_or_none(costshare_date d) {
    return d == NO_DATE || cs_date_valid(d);
}

/* 9999-12-01, the first day of the last month the calendar holds: a last day
 * on or after it has no refund start (10000-01-01 has no day number). */
#define LAST_MONTH_FIRST (COSTSHARE_DATE_MAX - 30)

/* A fixed term that renews itself by the record's renewal period unless
 * notice ends it ("renewed for a period at a time unless notice is given a
 * stated time before the term ends"). Such a term never expires
 * by itself: some renewal term is in force on every day after the first. */
static int renews(const costshare_agreement *r) {
    return r->term_end != NO_DATE && r->renewal_count > 0;
}

/* The record's term as a costshare_term (term.h), so that term ends and
 * notice deadlines come from costshare_term_end()/costshare_term_notice()
 * and are computed in one place. The initial term is the days from the first
 * day in force through the stored term end; renewal k ends on
 * (term_end + 1 + k renewal periods) - 1 day by Lag (1930:173) 1 §. The
 * record is well formed, so the day count is between 1 and the calendar's
 * length. */
static costshare_term term_of(const costshare_agreement *r) {
    costshare_term t = COSTSHARE_TERM_INIT;
    t.start = r->in_force_from;
    /* Both dates are valid in a well-formed record; the test, which always
     * holds, states it for the static analysis (docs/robustness.md). Were
     * one absent, the count 0 would make costshare_term_*() refuse. */
    t.initial_count = cs_date_valid(r->in_force_from) && cs_date_valid(r->term_end)
                          ? r->term_end - r->in_force_from + 1
                          : 0;
    t.initial_unit = COSTSHARE_DAYS;
    t.renewal_count = r->renewal_count;
    t.renewal_unit = r->renewal_unit;
    t.notice_count = r->notice_count;
    t.notice_unit = r->notice_unit;
    t.notice_flags = r->notice_flags;
    return t;
}

/* ---- the state on a day ------------------------------------------------- */

/* The state on `day` (a valid date) derived from a well-formed record's
 * dates alone: in force from its first day through its last day (never
 * after a plain fixed term's end) or, without a last day, through the
 * term's end, with a termination pending, decided, a notice sent or under
 * notice from the days those happened; before that signed, decided,
 * proposed or empty. */
static int32_t state_of(const costshare_agreement *r, costshare_date day) {
    if (r->in_force_from != NO_DATE && day >= r->in_force_from) {
        if (r->last_day != NO_DATE && day > r->last_day) {
            return r->state == COSTSHARE_AGREEMENT_REPLACED  ? COSTSHARE_AGREEMENT_REPLACED
                   : r->state == COSTSHARE_AGREEMENT_EXPIRED ? COSTSHARE_AGREEMENT_EXPIRED
                                                             : COSTSHARE_AGREEMENT_ENDED;
        }
        if (r->term_end != NO_DATE && !renews(r) && day > r->term_end) {
            /* A term that renews itself is in force after its stored end:
             * the renewal term containing the day is. */
            return COSTSHARE_AGREEMENT_EXPIRED;
        }
        if (r->notice_given != NO_DATE && day >= r->notice_given) {
            return COSTSHARE_AGREEMENT_UNDER_NOTICE;
        }
        if (r->notice_sent != NO_DATE && day >= r->notice_sent) {
            return COSTSHARE_AGREEMENT_NOTICE_SENT;
        }
        if (r->termination_decided != NO_DATE && day >= r->termination_decided) {
            /* Pending until its condition is met; a decision without one is
             * met on its own day. */
            return r->condition_met != NO_DATE && day >= r->condition_met
                       ? COSTSHARE_AGREEMENT_NOTICE_DECIDED
                       : COSTSHARE_AGREEMENT_TERMINATION_PENDING;
        }
        return COSTSHARE_AGREEMENT_IN_FORCE;
    }
    if (r->signed_on != NO_DATE && day >= r->signed_on) {
        return COSTSHARE_AGREEMENT_SIGNED;
    }
    if (r->decided != NO_DATE && day >= r->decided) {
        return r->state == COSTSHARE_AGREEMENT_REJECTED ? COSTSHARE_AGREEMENT_REJECTED
                                                        : COSTSHARE_AGREEMENT_ADOPTED;
    }
    if (r->proposed != NO_DATE && day >= r->proposed) {
        return COSTSHARE_AGREEMENT_PROPOSED;
    }
    return COSTSHARE_AGREEMENT_EMPTY;
}

/* ---- the record check ---------------------------------------------------- */

/* The date fields whose presence depends on the state, one bit each. */
enum {
    HAS_PROPOSED = 1 << 0,
    HAS_DEADLINE = 1 << 1,
    HAS_DECIDED = 1 << 2,
    HAS_SIGNED = 1 << 3,
    HAS_IN_FORCE = 1 << 4,
    HAS_TERM_END = 1 << 5,
    HAS_TERMINATION = 1 << 6,
    HAS_WANTED = 1 << 7,
    HAS_NOTICE = 1 << 8,
    HAS_LAST_DAY = 1 << 9,
    HAS_WITHDRAWN = 1 << 10,
    HAS_AMENDED = 1 << 11,
    HAS_MET = 1 << 12,
    HAS_SENT = 1 << 13
};

/* Dates of the time before entry into force, and those an agreement in force
 * may hold whatever else happened. */
#define BEFORE_FORCE (HAS_PROPOSED | HAS_DEADLINE | HAS_DECIDED | HAS_SIGNED)
#define IN_FORCE_DATES                                                                         \
    (BEFORE_FORCE | HAS_IN_FORCE | HAS_TERM_END | HAS_WITHDRAWN | HAS_AMENDED)
#define DECISION_DATES (HAS_TERMINATION | HAS_MET | HAS_WANTED)
#define ENDING_DATES (DECISION_DATES | HAS_SENT | HAS_NOTICE | HAS_LAST_DAY)

/* Which dates each state must hold and which it may hold, from the events
 * that lead to it (the transition table) and the dates each event sets or
 * clears: a date outside `allowed` is one the state cannot have. */
struct state_dates {
    unsigned required, allowed;
};

static const struct state_dates dates_by_state[COSTSHARE_AGREEMENT_STATE_COUNT] = {
    [COSTSHARE_AGREEMENT_EMPTY] = {0, 0},
    [COSTSHARE_AGREEMENT_PROPOSED] = {HAS_PROPOSED, HAS_PROPOSED | HAS_DEADLINE},
    /* Only a proposal can be rejected; a decision may have no proposal. */
    [COSTSHARE_AGREEMENT_REJECTED] = {HAS_PROPOSED | HAS_DECIDED,
                                      HAS_PROPOSED | HAS_DEADLINE | HAS_DECIDED},
    [COSTSHARE_AGREEMENT_ADOPTED] = {HAS_DECIDED, HAS_PROPOSED | HAS_DEADLINE | HAS_DECIDED},
    [COSTSHARE_AGREEMENT_SIGNED] = {HAS_DECIDED | HAS_SIGNED, BEFORE_FORCE | HAS_AMENDED},
    [COSTSHARE_AGREEMENT_IN_FORCE] = {HAS_IN_FORCE, IN_FORCE_DATES},
    [COSTSHARE_AGREEMENT_TERMINATION_PENDING] = {HAS_IN_FORCE | HAS_TERMINATION,
                                                 IN_FORCE_DATES | HAS_TERMINATION | HAS_WANTED},
    [COSTSHARE_AGREEMENT_NOTICE_DECIDED] = {HAS_IN_FORCE | HAS_TERMINATION | HAS_MET,
                                            IN_FORCE_DATES | DECISION_DATES},
    /* A notice may be sent without a decision on record. */
    [COSTSHARE_AGREEMENT_NOTICE_SENT] = {HAS_IN_FORCE | HAS_SENT,
                                         IN_FORCE_DATES | DECISION_DATES | HAS_SENT},
    [COSTSHARE_AGREEMENT_UNDER_NOTICE] = {HAS_IN_FORCE | HAS_SENT | HAS_NOTICE | HAS_LAST_DAY,
                                          IN_FORCE_DATES | ENDING_DATES},
    [COSTSHARE_AGREEMENT_ENDED] = {HAS_IN_FORCE | HAS_SENT | HAS_NOTICE | HAS_LAST_DAY,
                                   IN_FORCE_DATES | ENDING_DATES},
    /* Expiry ends a term in force, with a termination pending or decided, or
     * with a notice sent and not received. */
    [COSTSHARE_AGREEMENT_EXPIRED] = {HAS_IN_FORCE | HAS_TERM_END | HAS_LAST_DAY,
                                     IN_FORCE_DATES | DECISION_DATES | HAS_SENT | HAS_LAST_DAY},
    /* Replacement of an agreement in force or under notice. */
    [COSTSHARE_AGREEMENT_REPLACED] = {HAS_IN_FORCE | HAS_LAST_DAY,
                                      IN_FORCE_DATES | ENDING_DATES},
};

/* The presence bits of a record's dates. */
static unsigned dates_present(const costshare_agreement *r) {
#define PRESENT(date, bit) ((date) != NO_DATE ? (unsigned)(bit) : 0u)
    return PRESENT(r->proposed, HAS_PROPOSED) | PRESENT(r->response_deadline, HAS_DEADLINE) |
           PRESENT(r->decided, HAS_DECIDED) | PRESENT(r->signed_on, HAS_SIGNED) |
           PRESENT(r->in_force_from, HAS_IN_FORCE) | PRESENT(r->term_end, HAS_TERM_END) |
           PRESENT(r->termination_decided, HAS_TERMINATION) |
           PRESENT(r->wanted_last_day, HAS_WANTED) | PRESENT(r->notice_given, HAS_NOTICE) |
           PRESENT(r->last_day, HAS_LAST_DAY) | PRESENT(r->withdrawn_on, HAS_WITHDRAWN) |
           PRESENT(r->last_amended, HAS_AMENDED) | PRESENT(r->condition_met, HAS_MET) |
           PRESENT(r->notice_sent, HAS_SENT);
#undef PRESENT
}

/* Two dates in this order when both are present. */
static int ordered(costshare_date first, costshare_date then) {
    return first == NO_DATE || then == NO_DATE || first <= then;
}

/* Dates that events set in this order: those present never decrease (an
 * event is never dated before the one before it). NO_DATE is below every
 * date, so it starts the comparison. */
static int in_order(const costshare_date *dates, size_t count) {
    costshare_date previous = NO_DATE;
    size_t i;
    for (i = 0; i < count; i++) {
        if (dates[i] != NO_DATE) {
            if (dates[i] < previous) {
                return 0;
            }
            previous = dates[i];
        }
    }
    return 1;
}

/* The dates a record cannot have in its state, or in their combination:
 * the dates its state requires or excludes, dates the events that set them
 * would have refused (out of order, a refund start that is not the one of
 * the last day), a last event that leads to no such state, and a state that
 * the record's own dates contradict on the day of its last event. After
 * this check, the state on the day of any event applied to the record is
 * the state the table gives (costshare_agreement_state_on() agrees with the
 * stored state). */
/* A decision on the proposal after its response deadline: valid, and
 * marked late. */
static int decided_late(const costshare_agreement *r) {
    return r->decided != NO_DATE && r->response_deadline != NO_DATE &&
           r->decided > r->response_deadline;
}

/* The fields of version 2 that follow from the others and from the last
 * event: the late mark, the latest proposal, decision and announcement
 * (each at or before the last event, the last event being the latest of its
 * kind), the appeal's last day of the announcement. */
static int history_consistent(const costshare_agreement *r) {
    const int has_proposal = r->last_proposal != NO_DATE;
    const int has_decision = r->last_decision != NO_DATE;
    const costshare_date decision_chain[] = {r->last_decision, r->announced, r->last_event};
    costshare_date appeal = NO_DATE;
    if (((r->marks & COSTSHARE_MARK_LATE) != 0u) != decided_late(r)) {
        return 0;
    }
    /* A proposal has its date, its body and the decision it proposed; a
     * decision its date and kind. */
    if ((r->proposals > 0) != has_proposal ||
        (r->last_proposal_body != COSTSHARE_BODY_NONE) != has_proposal ||
        (r->last_proposal_kind != COSTSHARE_EVENT_NONE) != has_proposal ||
        (r->last_decision_kind != COSTSHARE_EVENT_NONE) != has_decision ||
        (!has_decision && r->last_decision_body != COSTSHARE_BODY_NONE) ||
        (r->announced != NO_DATE && !has_decision) ||
        !in_order(decision_chain, sizeof decision_chain / sizeof decision_chain[0]) ||
        !ordered(r->last_proposal, r->last_event)) {
        return 0;
    }
    if (r->announced != NO_DATE &&
        costshare_se_appeal_deadline(r->announced, &appeal) != COSTSHARE_OK) {
        return 0;
    }
    if (r->appeal_last_day != appeal) {
        return 0;
    }
    /* The last event is the latest of its kind. */
    if (is_decision(r->last_event_kind) &&
        (r->last_decision != r->last_event || r->last_decision_kind != r->last_event_kind)) {
        return 0;
    }
    return (r->last_event_kind != COSTSHARE_EVENT_PROPOSE_DECISION ||
            r->last_proposal == r->last_event) &&
           (r->last_event_kind != COSTSHARE_EVENT_ANNOUNCE || r->announced == r->last_event);
}

static int dates_consistent(const costshare_agreement *r) {
    const costshare_date proposal_chain[] = {r->proposed, r->decided, r->signed_on,
                                             r->last_amended, r->last_event};
    const costshare_date force_chain[] = {
        r->in_force_from, r->withdrawn_on, r->termination_decided, r->condition_met,
        r->notice_sent,   r->notice_given, r->last_event};
    const struct state_dates *rule = &dates_by_state[r->state];
    const unsigned has = dates_present(r);
    costshare_date refund = NO_DATE;
    if ((has & rule->required) != rule->required || (has & ~rule->allowed) != 0u) {
        return 0;
    }
    /* A deadline belongs to a proposal, a signature to a decision, a wanted
     * last day to a termination decision or a notice, a condition met to a
     * decision, a notice received to one sent; a termination decided
     * without a notice is still pending or decided (or ended by expiry). */
    if (((has & HAS_DEADLINE) && !(has & HAS_PROPOSED)) ||
        ((has & HAS_SIGNED) && !(has & HAS_DECIDED)) ||
        ((has & HAS_WANTED) && !(has & (HAS_TERMINATION | HAS_SENT))) ||
        ((has & HAS_MET) && !(has & HAS_TERMINATION)) ||
        ((has & HAS_NOTICE) && !(has & HAS_SENT)) ||
        ((has & HAS_TERMINATION) && !(has & HAS_NOTICE) &&
         r->state != COSTSHARE_AGREEMENT_TERMINATION_PENDING &&
         r->state != COSTSHARE_AGREEMENT_NOTICE_DECIDED &&
         r->state != COSTSHARE_AGREEMENT_NOTICE_SENT &&
         r->state != COSTSHARE_AGREEMENT_EXPIRED)) {
        return 0;
    }
    if (!in_order(proposal_chain, sizeof proposal_chain / sizeof proposal_chain[0]) ||
        !in_order(force_chain, sizeof force_chain / sizeof force_chain[0])) {
        return 0;
    }
    if (!ordered(r->proposed, r->response_deadline) ||
        !ordered(r->in_force_from, r->term_end) || !ordered(r->in_force_from, r->last_day) ||
        !ordered(r->notice_given, r->last_day) ||
        !ordered(r->termination_decided, r->wanted_last_day) ||
        !ordered(r->notice_sent, r->wanted_last_day) ||
        !ordered(r->notice_given, r->wanted_last_day)) {
        return 0;
    }
    /* The refund start is the one of the last day (none after a last day in
     * December 9999, see fix_last_day); an expiry's last day is the term's
     * end; a notice's last day is its wanted day, when it named one. */
    if (r->last_day >= COSTSHARE_DATE_MIN && r->last_day < LAST_MONTH_FIRST) {
        /* A last day (NO_DATE is below every date) before December 9999. */
        refund = cs_month_last(r->last_day) + 1;
    }
    if (r->refund_start != refund ||
        (r->state == COSTSHARE_AGREEMENT_EXPIRED &&
         (r->last_day != r->term_end || r->renewal_count != 0)) ||
        ((r->state == COSTSHARE_AGREEMENT_UNDER_NOTICE ||
          r->state == COSTSHARE_AGREEMENT_ENDED) &&
         r->wanted_last_day != NO_DATE && r->wanted_last_day != r->last_day)) {
        return 0;
    }
    /* Counters and the dates they go with. */
    if ((r->amendments > 0) != ((has & HAS_AMENDED) != 0u) ||
        (r->renewals > 0 && !(has & HAS_TERM_END))) {
        return 0;
    }
    if (!history_consistent(r)) {
        return 0;
    }
    if (r->state == COSTSHARE_AGREEMENT_EMPTY) {
        return r->last_event == NO_DATE && r->last_event_kind == COSTSHARE_EVENT_NONE;
    }
    /* The last event is one that leads to the state, and the state is the
     * one the dates give on its day. */
    return r->last_event != NO_DATE && r->last_event_kind != COSTSHARE_EVENT_NONE &&
           event_leads_to(r->last_event_kind, r->state) &&
           state_of(r, r->last_event) == r->state;
}

/* A record is well formed when every field holds a value the library could
 * have written; anything else is corrupt (COSTSHARE_EINVAL). */
static int check_record(const costshare_agreement *r) {
    const costshare_date dates[] = {
        r->last_event,      r->proposed,        r->response_deadline, r->decided,
        r->signed_on,       r->in_force_from,   r->term_end,          r->termination_decided,
        r->wanted_last_day, r->notice_given,    r->last_day,          r->refund_start,
        r->withdrawn_on,    r->last_amended,    r->last_proposal,     r->last_decision,
        r->announced,       r->appeal_last_day, r->condition_met,     r->notice_sent,
    };
    size_t i;
    if (r->state < 0 || r->state >= COSTSHARE_AGREEMENT_STATE_COUNT ||
        r->last_event_kind < COSTSHARE_EVENT_NONE ||
        r->last_event_kind >= COSTSHARE_EVENT_COUNT) {
        return COSTSHARE_EINVAL;
    }
    for (i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        if (!is_date_or_none(dates[i])) {
            return COSTSHARE_EINVAL;
        }
    }
    if (r->notice_count < 0 || r->notice_count > COSTSHARE_AGREEMENT_MAX_COUNT ||
        !cs_unit_valid(r->notice_unit) ||
        !cs_notice_flags_ok(r->notice_flags, CS_NOTICE_FLAGS_KNOWN) || r->renewal_count < 0 ||
        r->renewal_count > COSTSHARE_AGREEMENT_MAX_COUNT || !cs_unit_valid(r->renewal_unit) ||
        r->renewals < 0 || r->amendments < 0 || r->proposals < 0 ||
        !body_valid(r->last_proposal_body) || !body_valid(r->last_decision_body) ||
        (r->last_proposal_kind != COSTSHARE_EVENT_NONE &&
         !is_decision(r->last_proposal_kind)) ||
        (r->last_decision_kind != COSTSHARE_EVENT_NONE &&
         !is_decision(r->last_decision_kind)) ||
        (r->marks & ~COSTSHARE_MARK_LATE) != 0u) {
        return COSTSHARE_EINVAL;
    }
    for (i = 0; i < sizeof r->reserved / sizeof r->reserved[0]; i++) {
        if (r->reserved[i] != 0) {
            return COSTSHARE_EINVAL;
        }
    }
    /* A term that renews itself may end with a later renewal term, so only a
     * plain fixed term bounds the last day. */
    if (r->term_end != NO_DATE && !renews(r) && r->last_day != NO_DATE &&
        r->last_day > r->term_end) {
        return COSTSHARE_EINVAL;
    }
    return dates_consistent(r) ? COSTSHARE_OK : COSTSHARE_EINVAL;
}

/* An optional date parameter: none, or a valid date. */
static int check_optional(costshare_date d) {
    return is_date_or_none(d) ? COSTSHARE_OK : COSTSHARE_ERANGE;
}

/* Events that act on an agreement in force must happen while it is: on or
 * before its last day under notice and, for a plain fixed term, on or before
 * the term's end. A term that renews itself is in force after its stored end
 * (the next renewal term is). */
static int check_still_in_force(const costshare_agreement *r, costshare_date date) {
    if ((r->term_end != NO_DATE && !renews(r) && date > r->term_end) ||
        (r->last_day != NO_DATE && date > r->last_day)) {
        return COSTSHARE_ETOOLATE;
    }
    return COSTSHARE_OK;
}

/* ---- fixing dates -------------------------------------------------------- */

/* Fix the last day and the refund start together: refunds run from the first
 * day of the month after the agreement ceased (the 2018 agreement,
 * "Avtalstid"). Whether anything is refunded is a term of the agreement. */
static void fix_last_day(costshare_agreement *r, costshare_date last_day) {
    costshare_date refund = NO_DATE;
    /* A last day in December 9999 would have refunds run from 10000-01-01,
     * which the calendar cannot hold: the record then has no refund start
     * (nothing in the supported range is refunded) rather than the event
     * being refused for a date it does not need. */
    if (last_day < LAST_MONTH_FIRST) {
        (void)costshare_refund_start(last_day, &refund); /* a valid day before December 9999 */
    }
    r->last_day = last_day;
    r->refund_start = refund;
}

/* A notice period that is stated: a count of units, or the end of a
 * calendar period. A count of 0 without calendar periods states none. */
static int period_stated(int32_t count, uint32_t flags) {
    return count > 0 || (flags & COSTSHARE_CALENDAR_PERIODS) != 0u;
}

/* An agreement can be ended early unless it is a plain fixed term that
 * states no notice period: a fixed term without a termination clause runs
 * to its end. */
static int check_clause(const costshare_agreement *r) {
    return r->term_end != NO_DATE && !renews(r) &&
                   !period_stated(r->notice_count, r->notice_flags)
               ? COSTSHARE_ENOCLAUSE
               : COSTSHARE_OK;
}

/* The notice period for notice taking effect now. */
struct period {
    int32_t count, unit;
    uint32_t flags;
};

/* The agreement's own period; for an agreement until further notice that
 * states none, the one the event gives, which the caller judges reasonable
 * (skälig uppsägningstid is a judgement: the library never assumes one). A
 * term that renews itself without a period ends at the end of the term in
 * force. */
static int period_of(const costshare_agreement *r, const costshare_event *e, struct period *p) {
    int rc = check_clause(r);
    p->count = r->notice_count;
    p->unit = r->notice_unit;
    p->flags = r->notice_flags;
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (period_stated(r->notice_count, r->notice_flags) || r->term_end != NO_DATE) {
        return COSTSHARE_OK;
    }
    if (e->notice_count < 0 || e->notice_count > COSTSHARE_AGREEMENT_MAX_COUNT) {
        return COSTSHARE_ERANGE;
    }
    if (!cs_unit_valid(e->notice_unit) ||
        !cs_notice_flags_ok(e->notice_flags, CS_NOTICE_FLAGS_KNOWN)) {
        return COSTSHARE_EINVAL;
    }
    if (!period_stated(e->notice_count, e->notice_flags)) {
        return COSTSHARE_ENOPERIOD;
    }
    p->count = e->notice_count;
    p->unit = e->notice_unit;
    p->flags = e->notice_flags;
    return COSTSHARE_OK;
}

/* Notice taking effect on `given` (the day it reached the other party),
 * wanting `wanted` (or none) as the last day.
 *
 * The notice period counted from `given` by Lag (1930:173) 1 §
 * (costshare_notice_end; count 0 in calendar periods is the end of the
 * current period), or `given` itself for a term that renews itself and
 * names no period, gives the earliest last day `earliest`. A fixed term
 * caps it:
 * - a plain fixed term ends with its term at the latest, so the last day is
 *   min(earliest, term end);
 * - a term that renews itself ends only at a term end: the
 *   first term end E, the current one or a later renewal's, for which notice
 *   given on `given` is in time (costshare_term_notice, which also applies
 *   Lag (1930:173) 2 § when the record has COSTSHARE_SE_DEADLINE).
 * A wanted day must lie between the earliest day the notice allows and that
 * cap. With COSTSHARE_SE_DEADLINE notice is in time for a wanted day W also
 * when given on the weekday to which 2 § moves the last day for giving it
 * (given <= costshare_notice_latest(W, ...)). A wanted day before `given` is
 * refused with `wanted_passed`. */
static int give_notice(costshare_agreement *r, const costshare_event *e, costshare_date given,
                       costshare_date wanted, int wanted_passed) {
    struct period p;
    /* latest is written wherever it is read; its initial value only spares
     * a static analysis from tracking that across the many paths of the
     * notice count (docs/robustness.md). */
    costshare_date earliest = given, cap = r->term_end, latest = given;
    int rc = check_optional(wanted);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_still_in_force(r, given);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = period_of(r, e, &p);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (wanted != NO_DATE && wanted < given) {
        return wanted_passed;
    }
    if (period_stated(p.count, p.flags)) {
        /* The last day in force is not a last day for an action: 2 § does
         * not move it, so SE_DEADLINE is left out here. */
        rc = costshare_notice_end(given, p.count, p.unit, p.flags & CS_NOTICE_COUNTING,
                                  &earliest);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    if (renews(r)) {
        const costshare_term term = term_of(r);
        rc = costshare_term_notice(&term, given, &cap, &latest);
        if (rc == COSTSHARE_OK && cap < given) {
            /* 2 § can make notice given on a Monday count for a term that
             * ended on the Sunday before (a notice period of a few days or
             * none). The agreement has already been renewed by then, and a
             * last day before the notice would be recorded as under notice
             * while it has ended: the notice ends the term in force on the
             * day it is given instead. */
            rc = costshare_term_end(&term, given, &cap);
        }
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    } else if (cap != NO_DATE && earliest > cap) {
        earliest = cap; /* it ends with its fixed term at the latest */
    }
    if (wanted != NO_DATE) {
        if (cap != NO_DATE && wanted > cap) {
            return COSTSHARE_EAFTERTERM;
        }
        if (wanted < earliest) {
            /* Lag (1930:173) 2 §, when the agreement applies it: notice is in
             * time if given by the moved last day for giving it. */
            if ((p.flags & COSTSHARE_SE_DEADLINE) == 0u ||
                costshare_notice_latest(wanted, p.count, p.unit, p.flags, &latest) !=
                    COSTSHARE_OK ||
                given > latest) {
                return COSTSHARE_ENOTICE;
            }
        }
    }
    fix_last_day(r, wanted != NO_DATE ? wanted : renews(r) ? cap : earliest);
    r->notice_given = given;
    r->wanted_last_day = wanted;
    return COSTSHARE_OK;
}

/* The events that change no state (a proposal, a rejection of a proposed
 * decision, an announcement) must come while the state holds: for an
 * agreement in force, while it still is (a final or earlier state holds on
 * every later day). */
static int check_state_stays(const costshare_agreement *r, costshare_date date) {
    switch (r->state) {
    case COSTSHARE_AGREEMENT_IN_FORCE:
    case COSTSHARE_AGREEMENT_TERMINATION_PENDING:
    case COSTSHARE_AGREEMENT_NOTICE_DECIDED:
    case COSTSHARE_AGREEMENT_NOTICE_SENT:
    case COSTSHARE_AGREEMENT_UNDER_NOTICE:
        return check_still_in_force(r, date);
    default:
        return COSTSHARE_OK;
    }
}

/* ---- per-event rules ----------------------------------------------------- */

typedef int (*event_rule)(costshare_agreement *r, const costshare_event *e);

static int on_propose(costshare_agreement *r, const costshare_event *e) {
    int rc = check_optional(e->deadline);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (e->deadline != NO_DATE && e->deadline < e->date) {
        return COSTSHARE_EBACKWARDS;
    }
    r->proposed = e->date;
    r->response_deadline = e->deadline;
    return COSTSHARE_OK;
}

static int on_extend_deadline(costshare_agreement *r, const costshare_event *e) {
    if (e->deadline == NO_DATE) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(e->deadline)) {
        return COSTSHARE_ERANGE;
    }
    if (e->deadline < e->date ||
        (r->response_deadline != NO_DATE && e->deadline <= r->response_deadline)) {
        return COSTSHARE_EBACKWARDS;
    }
    r->response_deadline = e->deadline;
    return COSTSHARE_OK;
}

/* Adoption and rejection of the matter. A decision after the response
 * deadline is valid (a deadline on an answer is a request: Ekerö was asked to
 * answer by 2013-11-15 and granted an extension, but a council decision
 * after it would still count) and is marked late. A rejection in a state in
 * force rejects a proposed decision: the state stays, and the rejection is
 * recorded as the latest decision. */
static int on_decide(costshare_agreement *r, const costshare_event *e) {
    if (e->kind == COSTSHARE_EVENT_REJECT && r->state != COSTSHARE_AGREEMENT_PROPOSED) {
        return check_state_stays(r, e->date);
    }
    r->decided = e->date;
    if (decided_late(r)) {
        r->marks |= COSTSHARE_MARK_LATE;
    }
    return COSTSHARE_OK;
}

static int on_sign(costshare_agreement *r, const costshare_event *e) {
    r->signed_on = e->date;
    return COSTSHARE_OK;
}

static int on_enter_force(costshare_agreement *r, const costshare_event *e) {
    costshare_date from = e->from != NO_DATE ? e->from : e->date;
    if (!cs_date_valid(from) || check_optional(e->term_end) != COSTSHARE_OK ||
        e->notice_count < 0 || e->notice_count > COSTSHARE_AGREEMENT_MAX_COUNT ||
        e->renewal_count < 0 || e->renewal_count > COSTSHARE_AGREEMENT_MAX_COUNT) {
        return COSTSHARE_ERANGE;
    }
    if (!cs_unit_valid(e->notice_unit) || !cs_unit_valid(e->renewal_unit) ||
        !cs_notice_flags_ok(e->notice_flags, CS_NOTICE_FLAGS_KNOWN)) {
        return COSTSHARE_EINVAL;
    }
    if (from > e->date) {
        return COSTSHARE_ENOTYET; /* record the entry into force when it happens */
    }
    if (e->term_end != NO_DATE && e->term_end < from) {
        return COSTSHARE_EBACKWARDS;
    }
    if (e->term_end != NO_DATE && e->renewal_count == 0 && e->term_end < e->date) {
        /* A plain fixed term that ran out before the event: it would be
         * recorded in force while already expired. Record the entry into
         * force on a day within the term (and then the expiry). */
        return COSTSHARE_ETOOLATE;
    }
    r->in_force_from = from;
    r->term_end = e->term_end;
    r->notice_count = e->notice_count;
    r->notice_unit = e->notice_unit;
    r->notice_flags = e->notice_flags;
    r->renewal_count = e->renewal_count;
    r->renewal_unit = e->renewal_unit;
    return COSTSHARE_OK;
}

/* "Endast skriftliga och av båda parter undertecknade avtalsändringar är
 * giltiga" (the 2016 and 2018 agreements): an unsigned amendment is refused,
 * not recorded. */
static int on_amend(costshare_agreement *r, const costshare_event *e) {
    int rc;
    if ((e->flags & COSTSHARE_EVENT_SIGNED_BY_BOTH) == 0u) {
        return COSTSHARE_ECONDITION;
    }
    rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (r->amendments == INT32_MAX) {
        return COSTSHARE_EOVERFLOW;
    }
    r->amendments++;
    r->last_amended = e->date;
    return COSTSHARE_OK;
}

/* An explicit renewal (or a change of the term end). It must come while the
 * agreement is in force: on or before a plain fixed term's end; a term that
 * renews itself is in force on every day, and its current term end on the
 * event's date is the end of the renewal term in force then
 * (costshare_term_end). The new term end is the one given, or the end of the
 * renewal term after the current one: it starts the day after the current
 * term ends and lasts one renewal period counted by Lag (1930:173) 1 §, its
 * last day being the day before the period's end day (2018-02-01 + 1 year
 * - 1 day = 2019-01-31). Either way it must be after the current term end. */
static int on_renew(costshare_agreement *r, const costshare_event *e) {
    costshare_date end = e->term_end, current = r->term_end;
    costshare_term term;
    int rc;
    if (r->term_end == NO_DATE) {
        return COSTSHARE_ENOTERM;
    }
    if (end != NO_DATE && !cs_date_valid(end)) {
        return COSTSHARE_ERANGE;
    }
    if (end == NO_DATE && r->renewal_count == 0) {
        return COSTSHARE_EINVAL; /* no new term end and no renewal period */
    }
    rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    term = term_of(r);
    if (renews(r) && e->date > r->term_end) {
        rc = costshare_term_end(&term, e->date, &current);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    if (end == NO_DATE) {
        /* Here the term renews itself (renewal_count > 0). */
        if (current >= COSTSHARE_DATE_MAX) {
            return COSTSHARE_ERANGE;
        }
        rc = costshare_term_end(&term, current + 1, &end);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    if (end <= current) {
        return COSTSHARE_EBACKWARDS;
    }
    if (r->renewals == INT32_MAX) {
        return COSTSHARE_EOVERFLOW;
    }
    r->term_end = end;
    r->renewals++;
    return COSTSHARE_OK;
}

/* A fixed term has run out. A term that renews itself does not run out: the
 * renewal term in force on any day ends on or after that day, so its expiry
 * is never due (end it by notice instead). */
static int on_expire(costshare_agreement *r, const costshare_event *e) {
    if (r->term_end == NO_DATE) {
        return COSTSHARE_ENOTERM;
    }
    if (renews(r) || e->date <= r->term_end) {
        return COSTSHARE_ENOTYET;
    }
    fix_last_day(r, r->term_end);
    return COSTSHARE_OK;
}

/* A replacement may be recorded after the fact (the 2016 agreement ran to
 * 2018-01-31; the agreement replacing it was signed 2018-11-18), so the last
 * day may precede the event; it may not fall outside the old agreement's life. */
static int on_replace(costshare_agreement *r, const costshare_event *e) {
    costshare_date last = e->last_day;
    if (last == NO_DATE) {
        if (e->date <= COSTSHARE_DATE_MIN) {
            return COSTSHARE_ERANGE;
        }
        last = e->date - 1;
    } else if (!cs_date_valid(last)) {
        return COSTSHARE_ERANGE;
    }
    /* Every event already recorded happened while the old agreement was in
     * force, so its last day is not before the record's last event. */
    if (last < r->in_force_from || last < r->last_event ||
        (r->last_day != NO_DATE && last > r->last_day)) {
        return COSTSHARE_EBACKWARDS;
    }
    if (r->term_end != NO_DATE && !renews(r) && last > r->term_end) {
        return COSTSHARE_EAFTERTERM;
    }
    if (last >= e->date) {
        /* Recorded once it has happened: the new agreement applies on the
         * event's date (so the record's state agrees with state_on then). */
        return COSTSHARE_ENOTYET;
    }
    fix_last_day(r, last);
    return COSTSHARE_OK;
}

/* A decision to leave, conditional (DECIDE_TERMINATION) or not
 * (DECIDE_NOTICE): the wanted last day is checked against the term now,
 * against the notice period when the notice takes effect. */
static int decide_to_leave(costshare_agreement *r, const costshare_event *e) {
    int rc = check_optional(e->last_day);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (e->last_day != NO_DATE && e->last_day < e->date) {
        return COSTSHARE_EBACKWARDS;
    }
    rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_clause(r);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    /* A term that renews itself may end with a later renewal term; whether
     * the notice reaches the wanted day is checked when it takes effect. */
    if (e->last_day != NO_DATE && r->term_end != NO_DATE && !renews(r) &&
        e->last_day > r->term_end) {
        return COSTSHARE_EAFTERTERM;
    }
    r->termination_decided = e->date;
    r->wanted_last_day = e->last_day;
    return COSTSHARE_OK;
}

/* Linköping 2024: "Beslutet gäller under förutsättning att övriga kommuner
 * i länet fattar motsvarande beslut": pending until the condition is met. */
static int on_decide_termination(costshare_agreement *r, const costshare_event *e) {
    return decide_to_leave(r, e);
}

/* Alingsås KF § 94 (2023-05-26): a decision to leave without a condition,
 * which stands from its own day. */
static int on_decide_notice(costshare_agreement *r, const costshare_event *e) {
    int rc = decide_to_leave(r, e);
    if (rc == COSTSHARE_OK) {
        r->condition_met = e->date;
    }
    return rc;
}

/* The condition is met on the day the last of the others decides: the
 * decision stands, and its notice is to be sent. A wanted day that has
 * already passed can no longer be reached. */
static int on_condition_met(costshare_agreement *r, const costshare_event *e) {
    int rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (r->wanted_last_day != NO_DATE && r->wanted_last_day < e->date) {
        return COSTSHARE_ENOTICE;
    }
    r->condition_met = e->date;
    return COSTSHARE_OK;
}

/* The agreement continues, which it can only do while it is in force. */
static int on_condition_failed(costshare_agreement *r, const costshare_event *e) {
    int rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    r->termination_decided = NO_DATE;
    r->wanted_last_day = NO_DATE;
    return COSTSHARE_OK;
}

/* The wanted last day of a notice: the one the event names, else the one
 * the decision named. A wanted day the event names before its date runs
 * backwards; the decision's, passed by now, can no longer be reached. */
static costshare_date wanted_of(const costshare_agreement *r, const costshare_event *e,
                                int *wanted_passed) {
    if (e->last_day != NO_DATE) {
        *wanted_passed = COSTSHARE_EBACKWARDS;
        return e->last_day;
    }
    *wanted_passed = COSTSHARE_ENOTICE;
    return r->wanted_last_day;
}

/* Notice sent and received on the event's date. */
static int on_give_notice(costshare_agreement *r, const costshare_event *e) {
    int passed;
    costshare_date wanted = wanted_of(r, e, &passed);
    int rc = give_notice(r, e, e->date, wanted, passed);
    if (rc == COSTSHARE_OK) {
        r->notice_sent = e->date;
    }
    return rc;
}

/* The notice leaves the municipality (kommundirektören "ges i uppdrag att
 * säga upp avtalet"). Its period has not started: it counts from receipt. */
static int on_send_notice(costshare_agreement *r, const costshare_event *e) {
    int passed;
    costshare_date wanted = wanted_of(r, e, &passed);
    int rc = check_optional(wanted);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_clause(r);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (wanted != NO_DATE && wanted < e->date) {
        return passed;
    }
    if (wanted != NO_DATE && r->term_end != NO_DATE && !renews(r) && wanted > r->term_end) {
        return COSTSHARE_EAFTERTERM;
    }
    r->notice_sent = e->date;
    r->wanted_last_day = wanted;
    return COSTSHARE_OK;
}

/* A notice is a declaration to the other party: it takes effect when it
 * reaches that party, and its period counts from then (the day of the
 * event). Too late for its wanted day is ENOTICE. */
static int on_receive_notice(costshare_agreement *r, const costshare_event *e) {
    return give_notice(r, e, e->date, r->wanted_last_day, COSTSHARE_ENOTICE);
}

/* A decision to leave that has not been sent can be repealed by the
 * municipality alone (Alingsås, KS § 9 2024-01-24 proposing that the council
 * repeal KF § 94 of 2023-05-26). It is then as if never decided; only the
 * date of the repeal is kept. */
static int on_repeal(costshare_agreement *r, const costshare_event *e) {
    int rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    r->termination_decided = NO_DATE;
    r->condition_met = NO_DATE;
    r->wanted_last_day = NO_DATE;
    r->withdrawn_on = e->date;
    return COSTSHARE_OK;
}

/* A notice is withdrawn. A revocation counts when it reaches the other
 * party before or together with the notice (avtalslagen 7 §, applied by
 * analogy): always while the notice is on its way, on the day it arrived;
 * after that only with the other party's consent. The notice is then as if
 * never given; only the date of the withdrawal is kept. */
static int on_withdraw(costshare_agreement *r, const costshare_event *e) {
    int rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (r->notice_given != NO_DATE && e->date > r->notice_given &&
        (e->flags & COSTSHARE_EVENT_CONSENTED) == 0u) {
        return COSTSHARE_ECONSENT;
    }
    r->termination_decided = NO_DATE;
    r->condition_met = NO_DATE;
    r->wanted_last_day = NO_DATE;
    r->notice_sent = NO_DATE;
    r->notice_given = NO_DATE;
    r->last_day = NO_DATE;
    r->refund_start = NO_DATE;
    r->withdrawn_on = e->date;
    return COSTSHARE_OK;
}

/* An officer's report, a committee's or a board's proposal: recorded, no
 * state changes. It names its body and the decision it proposes, which the
 * table must allow now. */
static int on_propose_decision(costshare_agreement *r, const costshare_event *e) {
    int rc;
    if (e->body == COSTSHARE_BODY_NONE || !is_decision(e->proposed_kind)) {
        return COSTSHARE_EINVAL;
    }
    if (!transitions[r->state][e->proposed_kind].allowed) {
        return COSTSHARE_ENOTALLOWED;
    }
    rc = check_state_stays(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (r->proposals == INT32_MAX) {
        return COSTSHARE_EOVERFLOW;
    }
    r->proposals++;
    r->last_proposal = e->date;
    r->last_proposal_body = e->body;
    r->last_proposal_kind = e->proposed_kind;
    return COSTSHARE_OK;
}

/* Kommunallagen (2017:725) 13 kap. 5 §: the latest decision can be appealed
 * for three weeks from the day the approval of its minutes was announced;
 * after that it is final. */
static int on_announce(costshare_agreement *r, const costshare_event *e) {
    costshare_date last;
    int rc;
    if (r->last_decision == NO_DATE || r->announced != NO_DATE) {
        return COSTSHARE_ECONDITION; /* nothing left to announce */
    }
    rc = check_state_stays(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = costshare_se_appeal_deadline(e->date, &last);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    r->announced = e->date;
    r->appeal_last_day = last;
    return COSTSHARE_OK;
}

static int on_end(costshare_agreement *r, const costshare_event *e) {
    return e->date > r->last_day ? COSTSHARE_OK : COSTSHARE_ENOTYET;
}

static const event_rule event_rules[COSTSHARE_EVENT_COUNT] = {
    [COSTSHARE_EVENT_PROPOSE] = on_propose,
    [COSTSHARE_EVENT_EXTEND_DEADLINE] = on_extend_deadline,
    [COSTSHARE_EVENT_ADOPT] = on_decide,
    [COSTSHARE_EVENT_REJECT] = on_decide,
    [COSTSHARE_EVENT_SIGN] = on_sign,
    [COSTSHARE_EVENT_ENTER_FORCE] = on_enter_force,
    [COSTSHARE_EVENT_AMEND] = on_amend,
    [COSTSHARE_EVENT_RENEW] = on_renew,
    [COSTSHARE_EVENT_EXPIRE] = on_expire,
    [COSTSHARE_EVENT_REPLACE] = on_replace,
    [COSTSHARE_EVENT_DECIDE_TERMINATION] = on_decide_termination,
    [COSTSHARE_EVENT_CONDITION_MET] = on_condition_met,
    [COSTSHARE_EVENT_CONDITION_FAILED] = on_condition_failed,
    [COSTSHARE_EVENT_GIVE_NOTICE] = on_give_notice,
    [COSTSHARE_EVENT_WITHDRAW] = on_withdraw,
    [COSTSHARE_EVENT_END] = on_end,
    [COSTSHARE_EVENT_PROPOSE_DECISION] = on_propose_decision,
    [COSTSHARE_EVENT_DECIDE_NOTICE] = on_decide_notice,
    [COSTSHARE_EVENT_SEND_NOTICE] = on_send_notice,
    [COSTSHARE_EVENT_RECEIVE_NOTICE] = on_receive_notice,
    [COSTSHARE_EVENT_REPEAL] = on_repeal,
    [COSTSHARE_EVENT_ANNOUNCE] = on_announce,
};

/* ---- reading and writing a caller's structs ----------------------------- */

/* The size of each version of the record and the event (check.h). */
#define RECORD_V1_SIZE CS_END_OF(costshare_agreement, reserved)
#define RECORD_V2_SIZE CS_END_OF(costshare_agreement, marks)
#define EVENT_V1_SIZE CS_END_OF(costshare_event, reserved)
#define EVENT_V2_SIZE CS_END_OF(costshare_event, proposed_kind)
static const size_t record_sizes[COSTSHARE_AGREEMENT_VERSION + 1] = {
    [1] = RECORD_V1_SIZE, [2] = RECORD_V2_SIZE};
static const size_t event_sizes[COSTSHARE_EVENT_VERSION + 1] = {
    [1] = EVENT_V1_SIZE, [2] = EVENT_V2_SIZE};
/* The current version's size is the whole struct. */
CS_STATIC_ASSERT(record_v2_is_current, sizeof(costshare_agreement) == RECORD_V2_SIZE);
CS_STATIC_ASSERT(event_v2_is_current, sizeof(costshare_event) == EVENT_V2_SIZE);

/* A version-1 record read into a current one: the fields of version 2 say
 * what version 1 knew. A notice was sent on the day it took effect; a
 * decision to leave that is no longer pending (nor expired while pending)
 * stood from its own day; the latest decision is known when it is the last
 * event; the late mark follows from the decision's and the deadline's
 * dates. Nothing else: no proposal, no announcement. */
static void as_version_2(costshare_agreement *r) {
    r->notice_sent = r->notice_given;
    if (r->termination_decided != NO_DATE &&
        r->state != COSTSHARE_AGREEMENT_TERMINATION_PENDING &&
        r->state != COSTSHARE_AGREEMENT_EXPIRED) {
        r->condition_met = r->termination_decided;
    }
    if (is_decision(r->last_event_kind)) {
        r->last_decision = r->last_event;
        r->last_decision_kind = r->last_event_kind;
    }
    if (decided_late(r)) {
        r->marks = COSTSHARE_MARK_LATE;
    }
}

/* A caller's record of any known version, read by that version's size into
 * a current record (the members of later versions take the values that mean
 * "as in the caller's version"), then checked. */
static int load_record(const costshare_agreement *record, costshare_agreement *out) {
    static const costshare_agreement initial = COSTSHARE_AGREEMENT_INIT;
    const uint32_t version = record->version; /* read once, then checked */
    if (!cs_version_ok(version, COSTSHARE_AGREEMENT_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *out = initial;
    memcpy(out, record, record_sizes[version]);
    out->version = version; /* the version checked, however often it is read */
    if (version == 1u) {
        as_version_2(out);
    }
    return check_record(out);
}

/* A caller's event, read the same way. COSTSHARE_EVENT_NONE (-1), the kind
 * of an initialised event, is refused here: an event whose kind was
 * forgotten is not applied as anything. */
static int load_event(const costshare_event *event, costshare_event *out) {
    static const costshare_event initial = COSTSHARE_EVENT_INIT;
    size_t i;
    if (!cs_version_ok(event->version, COSTSHARE_EVENT_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *out = initial;
    memcpy(out, event, event_sizes[event->version]);
    if (out->kind < 0 || out->kind >= COSTSHARE_EVENT_COUNT ||
        (out->flags & ~(COSTSHARE_EVENT_SIGNED_BY_BOTH | COSTSHARE_EVENT_CONSENTED)) != 0u ||
        !body_valid(out->body)) {
        return COSTSHARE_EINVAL;
    }
    for (i = 0; i < sizeof out->reserved / sizeof out->reserved[0]; i++) {
        if (out->reserved[i] != 0) {
            return COSTSHARE_EINVAL;
        }
    }
    return COSTSHARE_OK;
}

/* ---- for group.c (agreement_record.h) ----------------------------------- */

size_t cs_agreement_record_size(uint32_t version) {
    return cs_version_ok(version, COSTSHARE_AGREEMENT_VERSION) ? record_sizes[version] : 0u;
}

int cs_agreement_load(const costshare_agreement *record, costshare_agreement *out) {
    return load_record(record, out);
}

int32_t cs_agreement_state_of(const costshare_agreement *loaded, costshare_date day) {
    return state_of(loaded, day);
}

/* ---- public functions ---------------------------------------------------- */

int costshare_agreement_init(costshare_agreement *record, uint32_t version) {
    static const costshare_agreement initial = COSTSHARE_AGREEMENT_INIT;
    if (record == NULL || !cs_version_ok(version, COSTSHARE_AGREEMENT_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    memcpy(record, &initial, record_sizes[version]);
    record->version = version;
    return COSTSHARE_OK;
}

int costshare_agreement_event_init(costshare_event *event, uint32_t version) {
    static const costshare_event initial = COSTSHARE_EVENT_INIT;
    if (event == NULL || !cs_version_ok(version, COSTSHARE_EVENT_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    memcpy(event, &initial, event_sizes[version]);
    event->version = version;
    return COSTSHARE_OK;
}

int costshare_agreement_transition(int32_t state, int32_t event, int32_t *next_state) {
    const struct transition *cell;
    if (next_state == NULL || state < 0 || state >= COSTSHARE_AGREEMENT_STATE_COUNT ||
        event < 0 || event >= COSTSHARE_EVENT_COUNT) {
        return COSTSHARE_EINVAL;
    }
    cell = &transitions[state][event];
    if (!cell->allowed) {
        return COSTSHARE_ENOTALLOWED;
    }
    *next_state = (int32_t)cell->to;
    return COSTSHARE_OK;
}

int costshare_agreement_apply(const costshare_agreement *record, const costshare_event *event,
                              costshare_agreement *next) {
    /* Work on copies: `next` may alias `record`, and a refusal writes nothing. */
    costshare_agreement work;
    costshare_event e;
    int32_t next_state = 0;
    int rc;
    if (record == NULL || event == NULL || next == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_record(record, &work);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = load_event(event, &e);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (work.version < 2u && needs_version_2(e.kind)) {
        return COSTSHARE_EINVAL; /* a version-1 record has no field for it */
    }
    if (!cs_date_valid(e.date)) {
        return COSTSHARE_ERANGE;
    }
    rc = costshare_agreement_transition(work.state, e.kind, &next_state);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (work.last_event != NO_DATE && e.date < work.last_event) {
        return COSTSHARE_EDATEORDER;
    }
    rc = event_rules[e.kind](&work, &e);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (is_decision(e.kind)) {
        /* The latest decision; the announcement was the one before's. */
        work.last_decision = e.date;
        work.last_decision_kind = e.kind;
        work.last_decision_body = e.body;
        work.announced = NO_DATE;
        work.appeal_last_day = NO_DATE;
    }
    work.state = next_state;
    work.last_event = e.date;
    work.last_event_kind = e.kind;
    memcpy(next, &work, record_sizes[work.version]);
    return COSTSHARE_OK;
}

int costshare_agreement_state_on(const costshare_agreement *record, costshare_date day,
                                 int32_t *state) {
    costshare_agreement copy;
    int rc;
    if (record == NULL || state == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_record(record, &copy);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    *state = state_of(&copy, day);
    return COSTSHARE_OK;
}

int costshare_agreement_marks_on(const costshare_agreement *record, costshare_date day,
                                 uint32_t *marks) {
    costshare_agreement copy;
    int rc;
    if (record == NULL || marks == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_record(record, &copy);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    *marks = copy.marks | (copy.appeal_last_day != NO_DATE && day > copy.appeal_last_day
                               ? COSTSHARE_MARK_FINAL
                               : 0u);
    return COSTSHARE_OK;
}

int32_t costshare_agreement_state_count(void) {
    return COSTSHARE_AGREEMENT_STATE_COUNT;
}

int32_t costshare_agreement_event_count(void) {
    return COSTSHARE_EVENT_COUNT;
}

const char *costshare_agreement_state_name(int32_t state) {
    if (state < 0 || state >= COSTSHARE_AGREEMENT_STATE_COUNT) {
        return "COSTSHARE_UNKNOWN";
    }
    return state_names[state];
}

const char *costshare_agreement_event_name(int32_t event) {
    if (event < 0 || event >= COSTSHARE_EVENT_COUNT) {
        return "COSTSHARE_UNKNOWN";
    }
    return event_names[event];
}

const char *costshare_agreement_body_name(int32_t body) {
    if (!body_valid(body)) {
        return "COSTSHARE_UNKNOWN";
    }
    return body_names[body];
}
