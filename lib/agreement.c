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
    transitions[COSTSHARE_AGREEMENT_STATE_COUNT][COSTSHARE_EVENT_COUNT] = {
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
            },
        [COSTSHARE_AGREEMENT_ADOPTED] =
            {
                [COSTSHARE_EVENT_SIGN] = TO(COSTSHARE_AGREEMENT_SIGNED),
            },
        [COSTSHARE_AGREEMENT_SIGNED] =
            {
                [COSTSHARE_EVENT_ENTER_FORCE] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_SIGNED),
            },
        [COSTSHARE_AGREEMENT_IN_FORCE] =
            {
                [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                [COSTSHARE_EVENT_RENEW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                [COSTSHARE_EVENT_REPLACE] = TO(COSTSHARE_AGREEMENT_REPLACED),
                [COSTSHARE_EVENT_DECIDE_TERMINATION] =
                    TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                [COSTSHARE_EVENT_GIVE_NOTICE] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
            },
        [COSTSHARE_AGREEMENT_TERMINATION_PENDING] =
            {
                [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_TERMINATION_PENDING),
                [COSTSHARE_EVENT_EXPIRE] = TO(COSTSHARE_AGREEMENT_EXPIRED),
                [COSTSHARE_EVENT_CONDITION_MET] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                [COSTSHARE_EVENT_CONDITION_FAILED] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                [COSTSHARE_EVENT_WITHDRAW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
            },
        [COSTSHARE_AGREEMENT_UNDER_NOTICE] =
            {
                [COSTSHARE_EVENT_AMEND] = TO(COSTSHARE_AGREEMENT_UNDER_NOTICE),
                [COSTSHARE_EVENT_REPLACE] = TO(COSTSHARE_AGREEMENT_REPLACED),
                [COSTSHARE_EVENT_WITHDRAW] = TO(COSTSHARE_AGREEMENT_IN_FORCE),
                [COSTSHARE_EVENT_END] = TO(COSTSHARE_AGREEMENT_ENDED),
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
};

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
    t.initial_count = r->term_end - r->in_force_from + 1;
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
 * term's end; before that signed, decided, proposed or empty. */
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
        if (r->termination_decided != NO_DATE && day >= r->termination_decided) {
            return COSTSHARE_AGREEMENT_TERMINATION_PENDING;
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
    HAS_AMENDED = 1 << 11
};

/* Dates of the time before entry into force, and those an agreement in force
 * may hold whatever else happened. */
#define BEFORE_FORCE (HAS_PROPOSED | HAS_DEADLINE | HAS_DECIDED | HAS_SIGNED)
#define IN_FORCE_DATES                                                                         \
    (BEFORE_FORCE | HAS_IN_FORCE | HAS_TERM_END | HAS_WITHDRAWN | HAS_AMENDED)
#define ENDING_DATES (HAS_TERMINATION | HAS_WANTED | HAS_NOTICE | HAS_LAST_DAY)

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
    [COSTSHARE_AGREEMENT_UNDER_NOTICE] = {HAS_IN_FORCE | HAS_NOTICE | HAS_LAST_DAY,
                                          IN_FORCE_DATES | ENDING_DATES},
    [COSTSHARE_AGREEMENT_ENDED] = {HAS_IN_FORCE | HAS_NOTICE | HAS_LAST_DAY,
                                   IN_FORCE_DATES | ENDING_DATES},
    /* Expiry ends a term in force, or one with a termination pending. */
    [COSTSHARE_AGREEMENT_EXPIRED] = {HAS_IN_FORCE | HAS_TERM_END | HAS_LAST_DAY,
                                     IN_FORCE_DATES | HAS_TERMINATION | HAS_WANTED |
                                         HAS_LAST_DAY},
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
           PRESENT(r->last_amended, HAS_AMENDED);
#undef PRESENT
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
static int dates_consistent(const costshare_agreement *r) {
    const costshare_date proposal_chain[] = {r->proposed, r->decided, r->signed_on,
                                             r->last_amended, r->last_event};
    const costshare_date force_chain[] = {r->in_force_from, r->withdrawn_on,
                                          r->termination_decided, r->notice_given,
                                          r->last_event};
    const costshare_date pairs[][2] = {
        {r->proposed, r->response_deadline},
        {r->in_force_from, r->term_end},
        {r->in_force_from, r->last_day},
        {r->notice_given, r->last_day},
        {r->termination_decided, r->wanted_last_day},
        {r->notice_given, r->wanted_last_day},
    };
    const struct state_dates *rule = &dates_by_state[r->state];
    const unsigned has = dates_present(r);
    costshare_date refund = NO_DATE;
    size_t i;
    if ((has & rule->required) != rule->required || (has & ~rule->allowed) != 0u) {
        return 0;
    }
    /* A deadline belongs to a proposal, a signature to a decision, a wanted
     * last day to a termination decision or a notice; a termination decided
     * without a notice is still pending (or ended by expiry). */
    if (((has & HAS_DEADLINE) && !(has & HAS_PROPOSED)) ||
        ((has & HAS_SIGNED) && !(has & HAS_DECIDED)) ||
        ((has & HAS_WANTED) && !(has & (HAS_TERMINATION | HAS_NOTICE))) ||
        ((has & HAS_TERMINATION) && !(has & HAS_NOTICE) &&
         r->state != COSTSHARE_AGREEMENT_TERMINATION_PENDING &&
         r->state != COSTSHARE_AGREEMENT_EXPIRED)) {
        return 0;
    }
    if (!in_order(proposal_chain, sizeof proposal_chain / sizeof proposal_chain[0]) ||
        !in_order(force_chain, sizeof force_chain / sizeof force_chain[0])) {
        return 0;
    }
    for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        if (!in_order(pairs[i], 2)) {
            return 0;
        }
    }
    /* The refund start is the one of the last day (none after a last day in
     * December 9999, see fix_last_day); an expiry's last day is the term's
     * end; a notice's last day is its wanted day, when it named one. */
    if (r->last_day != NO_DATE && r->last_day < LAST_MONTH_FIRST) {
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
        r->last_event,      r->proposed,      r->response_deadline, r->decided,
        r->signed_on,       r->in_force_from, r->term_end,          r->termination_decided,
        r->wanted_last_day, r->notice_given,  r->last_day,          r->refund_start,
        r->withdrawn_on,    r->last_amended,
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
        !cs_unit_valid(r->notice_unit) || (r->notice_flags & ~CS_NOTICE_FLAGS_KNOWN) != 0u ||
        r->renewal_count < 0 || r->renewal_count > COSTSHARE_AGREEMENT_MAX_COUNT ||
        !cs_unit_valid(r->renewal_unit) || r->renewals < 0 || r->amendments < 0) {
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

/* Notice given on `given`, wanting `wanted` (or none) as the last day.
 *
 * The notice period counted from `given` by Lag (1930:173) 1 §
 * (costshare_notice_end; count 0 in calendar periods is the end of the
 * current period), or `given` itself when the agreement names no notice
 * period, gives the earliest last day `earliest`. A fixed term caps it:
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
static int give_notice(costshare_agreement *r, costshare_date given, costshare_date wanted,
                       int wanted_passed) {
    const int has_period =
        r->notice_count > 0 || (r->notice_flags & COSTSHARE_CALENDAR_PERIODS) != 0u;
    costshare_date earliest = given, cap = r->term_end, latest;
    int rc = check_optional(wanted);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = check_still_in_force(r, given);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (wanted != NO_DATE && wanted < given) {
        return wanted_passed;
    }
    if (has_period) {
        /* The last day in force is not a last day for an action: 2 § does
         * not move it, so SE_DEADLINE is left out here. */
        rc = costshare_notice_end(given, r->notice_count, r->notice_unit,
                                  r->notice_flags & COSTSHARE_CALENDAR_PERIODS, &earliest);
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
            if ((r->notice_flags & COSTSHARE_SE_DEADLINE) == 0u ||
                costshare_notice_latest(wanted, r->notice_count, r->notice_unit,
                                        r->notice_flags, &latest) != COSTSHARE_OK ||
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

/* Adoption and rejection: a decision after the response deadline comes too
 * late unless the deadline was extended first (Ekerö 2013). */
static int on_decide(costshare_agreement *r, const costshare_event *e) {
    if (r->response_deadline != NO_DATE && e->date > r->response_deadline) {
        return COSTSHARE_EDEADLINE;
    }
    r->decided = e->date;
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
        (e->notice_flags & ~CS_NOTICE_FLAGS_KNOWN) != 0u) {
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

static int on_decide_termination(costshare_agreement *r, const costshare_event *e) {
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
    /* A term that renews itself may end with a later renewal term; whether
     * the notice reaches the wanted day is checked when the condition is met. */
    if (e->last_day != NO_DATE && r->term_end != NO_DATE && !renews(r) &&
        e->last_day > r->term_end) {
        return COSTSHARE_EAFTERTERM;
    }
    r->termination_decided = e->date;
    r->wanted_last_day = e->last_day;
    return COSTSHARE_OK;
}

/* Linköping 2024-05-22: "Beslutet gäller under förutsättning att övriga
 * kommuner i länet fattar motsvarande beslut". Once the condition is met the
 * notice is given, with the last day the decision wanted. */
static int on_condition_met(costshare_agreement *r, const costshare_event *e) {
    /* The decision's wanted day has passed: notice comes too late for it. */
    return give_notice(r, e->date, r->wanted_last_day, COSTSHARE_ENOTICE);
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

static int on_give_notice(costshare_agreement *r, const costshare_event *e) {
    return give_notice(r, e->date, e->last_day, COSTSHARE_EBACKWARDS);
}

/* A notice or a decision to leave can be repealed until it takes effect
 * (Alingsås repealed its 2023-05-26 decision on 2024-01-24). It is then as if
 * never given; only the date of the withdrawal is kept. */
static int on_withdraw(costshare_agreement *r, const costshare_event *e) {
    int rc = check_still_in_force(r, e->date);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    r->termination_decided = NO_DATE;
    r->wanted_last_day = NO_DATE;
    r->notice_given = NO_DATE;
    r->last_day = NO_DATE;
    r->refund_start = NO_DATE;
    r->withdrawn_on = e->date;
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
};

/* ---- reading and writing a caller's structs ----------------------------- */

/* The size of each version of the record and the event (check.h). */
#define RECORD_V1_SIZE CS_END_OF(costshare_agreement, reserved)
#define EVENT_V1_SIZE CS_END_OF(costshare_event, reserved)
static const size_t record_sizes[COSTSHARE_AGREEMENT_VERSION + 1] = {[1] = RECORD_V1_SIZE};
static const size_t event_sizes[COSTSHARE_EVENT_VERSION + 1] = {[1] = EVENT_V1_SIZE};
/* The current version's size is the whole struct. */
CS_STATIC_ASSERT(record_v1_is_current, sizeof(costshare_agreement) == RECORD_V1_SIZE);
CS_STATIC_ASSERT(event_v1_is_current, sizeof(costshare_event) == EVENT_V1_SIZE);

/* A caller's record of any known version, read by that version's size into
 * a current record (the members of later versions keep their initial
 * values, which mean "as in the caller's version"), then checked. */
static int load_record(const costshare_agreement *record, costshare_agreement *out) {
    static const costshare_agreement initial = COSTSHARE_AGREEMENT_INIT;
    if (!cs_version_ok(record->version, COSTSHARE_AGREEMENT_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *out = initial;
    memcpy(out, record, record_sizes[record->version]);
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
        (out->flags & ~COSTSHARE_EVENT_SIGNED_BY_BOTH) != 0u) {
        return COSTSHARE_EINVAL;
    }
    for (i = 0; i < sizeof out->reserved / sizeof out->reserved[0]; i++) {
        if (out->reserved[i] != 0) {
            return COSTSHARE_EINVAL;
        }
    }
    return COSTSHARE_OK;
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
