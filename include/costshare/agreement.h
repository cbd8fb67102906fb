/**
 * @file costshare/agreement.h
 * @brief The lifecycle of a shared-cost agreement: states, dated events and
 *        one transition table.
 *
 * An agreement moves through states by dated events (proposed, adopted,
 * signed, in force, notice decided, sent and received, ended ...). The
 * library keeps nothing: the caller owns a #costshare_agreement record and
 * asks costshare_agreement_apply() for the record after one more event. The
 * call either writes the next record or refuses with a specific reason and
 * writes nothing. Which event is allowed in which state comes from ONE
 * transition table (state x event -> next state or refusal);
 * costshare_agreement_transition() reads it, so user interfaces and the
 * generated diagram (docs/lifecycle.md) show exactly what the library
 * enforces.
 *
 * The events follow how a municipality acts. An officer's report, a
 * committee's or a board's proposal (#COSTSHARE_EVENT_PROPOSE_DECISION) is
 * recorded but changes no state; the decision of the body with the mandate
 * does. A notice is sent (#COSTSHARE_EVENT_SEND_NOTICE) and takes effect when
 * it reaches the other party (#COSTSHARE_EVENT_RECEIVE_NOTICE): the notice
 * period counts from receipt. A decision to leave may be repealed until the
 * notice is sent (#COSTSHARE_EVENT_REPEAL); a notice that has been received
 * can be withdrawn only with the other party's consent
 * (#COSTSHARE_EVENT_WITHDRAW with #COSTSHARE_EVENT_CONSENTED). A decision
 * after a response deadline is valid and marked late (#COSTSHARE_MARK_LATE);
 * the announcement of the approved minutes (#COSTSHARE_EVENT_ANNOUNCE) fixes
 * the last day for an appeal, after which the decision is final
 * (#COSTSHARE_MARK_FINAL, costshare_agreement_marks_on()).
 *
 * Dates are #costshare_date day numbers (costshare/date.h). A date field that
 * holds no date holds #COSTSHARE_AGREEMENT_NO_DATE. When notice takes effect
 * the agreement's last day is computed with costshare_notice_end() from the
 * notice period stored in the record, and the refund start (the first day of
 * the month after the last day) with costshare_refund_start().
 *
 * The record holds the latest of everything (the latest proposal, the latest
 * decision, the current notice); the full history is the caller's list of the
 * events it applied, in order. Replaying that list from
 * #COSTSHARE_AGREEMENT_INIT gives the record again.
 *
 * Example: Linköping 2024 (seed 000), termination decided on condition that
 * the other municipalities decide the same.
 * @code
 * costshare_agreement rec = COSTSHARE_AGREEMENT_INIT;
 * costshare_event ev = COSTSHARE_EVENT_INIT;
 * ev.kind = COSTSHARE_EVENT_ENTER_FORCE;       // registered, 2 months' notice
 * costshare_date_from_ymd(2018, 11, 18, &ev.date);
 * ev.notice_count = 2;
 * ev.notice_unit = COSTSHARE_MONTHS;
 * costshare_agreement_apply(&rec, &ev, &rec);
 * ev = (costshare_event)COSTSHARE_EVENT_INIT;  // C99 compound literal
 * ev.kind = COSTSHARE_EVENT_DECIDE_TERMINATION;
 * ev.body = COSTSHARE_BODY_BOARD;              // kommunstyrelsen decides
 * costshare_date_from_ymd(2024, 6, 11, &ev.date);
 * costshare_date_from_ymd(2024, 9, 30, &ev.last_day);
 * costshare_agreement_apply(&rec, &ev, &rec); // TERMINATION_PENDING
 * ev = (costshare_event)COSTSHARE_EVENT_INIT;
 * ev.kind = COSTSHARE_EVENT_CONDITION_MET;     // the others decided the same
 * costshare_date_from_ymd(2024, 6, 24, &ev.date);
 * costshare_agreement_apply(&rec, &ev, &rec); // NOTICE_DECIDED
 * ev.kind = COSTSHARE_EVENT_SEND_NOTICE;
 * costshare_date_from_ymd(2024, 6, 28, &ev.date);
 * costshare_agreement_apply(&rec, &ev, &rec); // NOTICE_SENT
 * ev.kind = COSTSHARE_EVENT_RECEIVE_NOTICE;
 * costshare_date_from_ymd(2024, 7, 1, &ev.date);
 * if (costshare_agreement_apply(&rec, &ev, &rec) == COSTSHARE_OK) {
 *     // rec.state == COSTSHARE_AGREEMENT_UNDER_NOTICE,
 *     // rec.last_day is 2024-09-30, rec.refund_start is 2024-10-01
 * }
 * @endcode
 */
#ifndef COSTSHARE_AGREEMENT_H
#define COSTSHARE_AGREEMENT_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/**
 * The "no date" sentinel for every #costshare_date field of the agreement and
 * event structs: INT32_MIN, far outside #COSTSHARE_DATE_MIN to
 * #COSTSHARE_DATE_MAX, so it can never be mistaken for a real day.
 */
#define COSTSHARE_AGREEMENT_NO_DATE (-2147483647 - 1)

/** @name Agreement states
 *  Values of costshare_agreement::state and of the states returned by
 *  costshare_agreement_state_on(). Numbered from 0 without gaps; the count is
 *  #COSTSHARE_AGREEMENT_STATE_COUNT (also costshare_agreement_state_count()).
 *  @{ */
/** Nothing recorded yet (a freshly initialised record). */
#define COSTSHARE_AGREEMENT_EMPTY 0
/** A matter (a request to join, a recommendation, a motion) awaits a
 *  decision, possibly by a response deadline. */
#define COSTSHARE_AGREEMENT_PROPOSED 1
/** The proposal was rejected (Täby's motion, if the council follows the
 *  board). Final: only the announcement of the decision follows. */
#define COSTSHARE_AGREEMENT_REJECTED 2
/** Decided (adopted), not yet signed. */
#define COSTSHARE_AGREEMENT_ADOPTED 3
/** Signed by the parties, not yet in force. */
#define COSTSHARE_AGREEMENT_SIGNED 4
/** In force, for a fixed term or until further notice ("tills vidare"). */
#define COSTSHARE_AGREEMENT_IN_FORCE 5
/** In force; a termination has been decided on a condition (such as the
 *  other parties deciding the same) that is not yet met. */
#define COSTSHARE_AGREEMENT_TERMINATION_PENDING 6
/** In force; notice has taken effect (it reached the other party) and the
 *  last day is fixed. */
#define COSTSHARE_AGREEMENT_UNDER_NOTICE 7
/** Ended after notice (the day after its last day). Final. */
#define COSTSHARE_AGREEMENT_ENDED 8
/** A fixed term ran out without renewal. Final. */
#define COSTSHARE_AGREEMENT_EXPIRED 9
/** Replaced by a new agreement (2016 agreement -> 2018 agreement). Final. */
#define COSTSHARE_AGREEMENT_REPLACED 10
/** In force; the municipality has decided to give notice (without a
 *  condition, or its condition is met) and the notice has not been sent. The
 *  decision can still be repealed (#COSTSHARE_EVENT_REPEAL). */
#define COSTSHARE_AGREEMENT_NOTICE_DECIDED 11
/** In force; the notice has been sent and has not yet reached the other
 *  party. Its period has not started; a revocation that reaches the other
 *  party first withdraws it (#COSTSHARE_EVENT_WITHDRAW). */
#define COSTSHARE_AGREEMENT_NOTICE_SENT 12
/** Number of states. */
#define COSTSHARE_AGREEMENT_STATE_COUNT 13
/** @} */

/** @name Events
 *  Values of costshare_event::kind. Numbered from 0 without gaps; the count is
 *  #COSTSHARE_EVENT_COUNT (also costshare_agreement_event_count()). The
 *  parameters each event reads are listed with it; it ignores the others.
 *  The events marked "a decision" are decisions of a municipal body: each
 *  becomes the record's latest decision (costshare_agreement::last_decision,
 *  with costshare_event::body), which #COSTSHARE_EVENT_ANNOUNCE and
 *  #COSTSHARE_EVENT_PROPOSE_DECISION refer to.
 *  @{ */
/** A matter is raised: a request to join, a recommendation, a motion.
 *  Reads costshare_event::deadline (the response deadline, or none; for a
 *  motion, costshare_se_motion_deadline() gives the day by which the council
 *  should decide). A proposal of a decision by an officer or a committee is
 *  #COSTSHARE_EVENT_PROPOSE_DECISION instead. */
#define COSTSHARE_EVENT_PROPOSE 0
/** The response deadline is extended. Reads costshare_event::deadline (the
 *  new deadline, required): later than the current deadline and not before
 *  the event's date. The extension may be granted after the old deadline has
 *  passed (a deadline already past on the day it is granted is refused). */
#define COSTSHARE_EVENT_EXTEND_DEADLINE 1
/** A decision: the proposal is adopted (the decision to enter the
 *  agreement). Dated after the response deadline it is still valid (a
 *  deadline on an answer is a request): the record gets
 *  #COSTSHARE_MARK_LATE. */
#define COSTSHARE_EVENT_ADOPT 2
/** A decision: a proposal is rejected. In #COSTSHARE_AGREEMENT_PROPOSED the
 *  matter is rejected (late after the response deadline, as for
 *  #COSTSHARE_EVENT_ADOPT) and the agreement is
 *  #COSTSHARE_AGREEMENT_REJECTED; in a state in force the body rejects a
 *  proposed decision (to terminate, to repeal ...) and the state stays. */
#define COSTSHARE_EVENT_REJECT 3
/** The agreement is signed by the parties. */
#define COSTSHARE_EVENT_SIGN 4
/** The agreement enters into force (or an agreement already in force is
 *  registered). Reads costshare_event::from, costshare_event::term_end, the
 *  notice period (costshare_event::notice_count, costshare_event::notice_unit,
 *  costshare_event::notice_flags) and the renewal period
 *  (costshare_event::renewal_count, costshare_event::renewal_unit). A term
 *  end with a renewal period (count above 0) is a fixed term that renews
 *  itself by that period unless notice ends it; a term end without one is a
 *  plain fixed term, which must not have ended before the event's date. A
 *  notice period of 0 without #COSTSHARE_CALENDAR_PERIODS is no stated
 *  period: a plain fixed term then has no termination clause (it cannot be
 *  ended early, #COSTSHARE_ENOCLAUSE), an agreement until further notice
 *  needs the period given when notice takes effect (#COSTSHARE_ENOPERIOD). */
#define COSTSHARE_EVENT_ENTER_FORCE 5
/** An amendment. Counts only when signed by both parties: reads
 *  #COSTSHARE_EVENT_SIGNED_BY_BOTH in costshare_event::flags. */
#define COSTSHARE_EVENT_AMEND 6
/** A fixed term is renewed explicitly, or its end changed. Reads
 *  costshare_event::term_end (the new term end, or none to renew by the
 *  record's renewal period: to the end of the renewal term after the current
 *  one). Dated while the agreement is in force (on or before a plain fixed
 *  term's end); the new end must be after the current term end (for a term
 *  that renews itself, the end of the renewal term in force on the event's
 *  date). Not needed for automatic renewal, which the library derives. */
#define COSTSHARE_EVENT_RENEW 7
/** A plain fixed term has run out (dated after the term end). A term that
 *  renews itself never runs out: refused with #COSTSHARE_ENOTYET. */
#define COSTSHARE_EVENT_EXPIRE 8
/** The agreement is replaced by a new one. Reads costshare_event::last_day
 *  (the old agreement's last day, before the event's date; none for the day
 *  before the event). Recorded once the replacement has taken effect. */
#define COSTSHARE_EVENT_REPLACE 9
/** A decision: the municipality decides to terminate on a condition (such
 *  as the other parties deciding the same). Reads costshare_event::last_day
 *  (the wanted last day, or none for the earliest the notice period allows).
 *  Refused with #COSTSHARE_ENOCLAUSE for a plain fixed term without a notice
 *  period. */
#define COSTSHARE_EVENT_DECIDE_TERMINATION 10
/** The condition of a pending termination is met (the day the last of the
 *  other parties decided, costshare_group_condition()): the decision stands
 *  and the notice is to be sent (#COSTSHARE_AGREEMENT_NOTICE_DECIDED).
 *  Refused with #COSTSHARE_ENOTICE when the decision's wanted last day has
 *  already passed. */
#define COSTSHARE_EVENT_CONDITION_MET 11
/** The condition of a pending termination has failed (another party
 *  rejected or repealed): the agreement continues. Dated while the agreement
 *  is in force. */
#define COSTSHARE_EVENT_CONDITION_FAILED 12
/** Notice is given: sent and received on the event's date (or recorded on
 *  the day it took effect when the two days do not matter). Reads
 *  costshare_event::last_day (the wanted last day, or none: the decision's
 *  wanted day after #COSTSHARE_EVENT_DECIDE_NOTICE, else the earliest the
 *  notice period allows), and the notice period
 *  (costshare_event::notice_count, costshare_event::notice_unit,
 *  costshare_event::notice_flags) when the record states none.
 *
 *  Until further notice: the last day is the notice period counted from the
 *  event's date (costshare_notice_end()). A plain fixed term caps it: notice
 *  that would run past the term's end ends the agreement with its term. A
 *  fixed term that renews itself ends only at a term end: the first term end
 *  E, the current one or a later renewal's, for which the notice is in time
 *  (costshare_term_notice()). Term 2020-01-01 to 2020-12-31 renewed by one
 *  year, three months' notice: notice on 2020-09-01 ends it on 2020-12-31,
 *  notice on 2020-12-01 on 2021-12-31. The last day is never before the
 *  notice: if Lag (1930:173) 2 § makes notice count for a term end that has
 *  already passed (no notice period, term ending on a Sunday, notice on the
 *  Monday), the notice ends the term in force on the day it is given.
 *
 *  A wanted day W must lie from the earliest day the notice period allows to
 *  the cap (the term end, or E). With #COSTSHARE_SE_DEADLINE in the record's
 *  notice flags, notice is in time for W also when given on the weekday to
 *  which Lag (1930:173) 2 § moves the last day for giving it (event date <=
 *  costshare_notice_latest(W, ...)): two months' notice for 2024-08-31 is due
 *  2024-06-30, a Sunday, so notice on Monday 2024-07-01 still counts.
 *
 *  No stated notice period: a plain fixed term cannot be ended early
 *  (#COSTSHARE_ENOCLAUSE); until further notice the event must give the
 *  period (#COSTSHARE_ENOPERIOD otherwise), which the library never assumes;
 *  a term that renews itself ends at the end of the term in force. */
#define COSTSHARE_EVENT_GIVE_NOTICE 13
/** A decision: a notice is withdrawn. Before it reached the other party
 *  (#COSTSHARE_AGREEMENT_NOTICE_SENT) the revocation reaches it first and
 *  withdraws it; on the day it reached the other party the revocation comes
 *  together with it and withdraws it too (avtalslagen 7 §, applied by
 *  analogy); later it withdraws the notice only with the other party's
 *  consent: reads #COSTSHARE_EVENT_CONSENTED in costshare_event::flags and
 *  is refused with #COSTSHARE_ECONSENT without it. A decision not yet sent
 *  is repealed instead (#COSTSHARE_EVENT_REPEAL). */
#define COSTSHARE_EVENT_WITHDRAW 14
/** The agreement has ended after notice (dated after the last day). */
#define COSTSHARE_EVENT_END 15
/** A body proposes a decision to the body with the mandate: an officer's
 *  report (tjänsteskrivelse), a committee's (arbetsutskott) or a board's
 *  (nämnd, kommunstyrelsen) proposal, or the council's. Changes no state: it
 *  is recorded (costshare_agreement::proposals,
 *  costshare_agreement::last_proposal ...). Reads costshare_event::body
 *  (required, not #COSTSHARE_BODY_NONE) and
 *  costshare_event::proposed_kind: the decision proposed, one of the events
 *  marked "a decision" that the table allows in the current state. */
#define COSTSHARE_EVENT_PROPOSE_DECISION 16
/** A decision: the municipality decides, without a condition, to give
 *  notice (Alingsås KF § 94, 2023-05-26: "begära utträde"); the notice is not
 *  sent yet. Reads costshare_event::last_day (the wanted last day, or none).
 *  Refused with #COSTSHARE_ENOCLAUSE for a plain fixed term without a notice
 *  period. */
#define COSTSHARE_EVENT_DECIDE_NOTICE 17
/** The notice is sent to the other party (dated the day it is sent). Reads
 *  costshare_event::last_day (the wanted last day; none: the decision's, or
 *  the earliest the period allows). The notice period has not started:
 *  #COSTSHARE_EVENT_RECEIVE_NOTICE fixes the last day. */
#define COSTSHARE_EVENT_SEND_NOTICE 18
/** The notice reaches the other party (dated the day it arrives): it takes
 *  effect and its period counts from this day. Fixes the last day as
 *  #COSTSHARE_EVENT_GIVE_NOTICE does, with the wanted day the notice named;
 *  refused with #COSTSHARE_ENOTICE when the period from this day does not
 *  reach that day. Reads the notice period as #COSTSHARE_EVENT_GIVE_NOTICE
 *  does when the record states none. */
#define COSTSHARE_EVENT_RECEIVE_NOTICE 19
/** A decision: the municipality repeals its decision to leave before the
 *  notice is sent (Alingsås: the council repeals KF § 94 of 2023-05-26 on
 *  the board's proposal of 2024-01-24). From a conditional or an
 *  unconditional decision back to #COSTSHARE_AGREEMENT_IN_FORCE. */
#define COSTSHARE_EVENT_REPEAL 20
/** The approval of the minutes with the latest decision is announced on the
 *  municipality's notice board (dated the day of the announcement). Fixes
 *  costshare_agreement::appeal_last_day with
 *  costshare_se_appeal_deadline() (kommunallagen 13 kap. 5 §): the decision
 *  is final (vinner laga kraft) from the day after. Refused with
 *  #COSTSHARE_ECONDITION when the record has no decision that is not
 *  announced yet, #COSTSHARE_ERANGE before 1990-01-01. Changes no state. */
#define COSTSHARE_EVENT_ANNOUNCE 21
/** Number of events. */
#define COSTSHARE_EVENT_COUNT 22
/** No event: the kind #COSTSHARE_EVENT_INIT and costshare_agreement_event_init() set,
 *  so that an event whose kind the caller forgot to set is refused by
 *  costshare_agreement_apply() with #COSTSHARE_EINVAL instead of being
 *  applied as a proposal. Also the value of
 *  costshare_agreement::last_event_kind before any event. Not counted in
 *  #COSTSHARE_EVENT_COUNT; costshare_agreement_event_name() gives
 *  "COSTSHARE_UNKNOWN". */
#define COSTSHARE_EVENT_NONE (-1)
/** @} */

/** @name Event flags
 *  Bits of costshare_event::flags.
 *  @{ */
/** The amendment is in writing and signed by both parties. The 2018
 *  agreement: "Endast skriftliga och av båda parter undertecknade
 *  avtalsändringar är giltiga"; without this bit #COSTSHARE_EVENT_AMEND is
 *  refused with #COSTSHARE_ECONDITION. */
#define COSTSHARE_EVENT_SIGNED_BY_BOTH 1u
/** The other party consents to the withdrawal of a notice that has reached
 *  it (#COSTSHARE_EVENT_WITHDRAW after the day of receipt). */
#define COSTSHARE_EVENT_CONSENTED 2u
/** @} */

/** @name Bodies
 *  Who proposed or decided: costshare_event::body,
 *  costshare_agreement::last_proposal_body and
 *  costshare_agreement::last_decision_body. Numbered from 0 without gaps;
 *  costshare_agreement_body_name() gives each constant's name.
 *  @{ */
/** Not stated (or a body outside the municipality, such as a joint council
 *  of the parties). */
#define COSTSHARE_BODY_NONE 0
/** An officer, in a report with a proposed decision (tjänsteskrivelse,
 *  tjänsteutlåtande). */
#define COSTSHARE_BODY_OFFICER 1
/** A committee of a board (arbetsutskott). */
#define COSTSHARE_BODY_COMMITTEE 2
/** A board: a committee of the council (nämnd) or the executive board
 *  (kommunstyrelsen). */
#define COSTSHARE_BODY_BOARD 3
/** The municipal council (kommunfullmäktige). */
#define COSTSHARE_BODY_COUNCIL 4
/** Number of body constants. */
#define COSTSHARE_BODY_COUNT 5
/** @} */

/** @name Marks
 *  Bits of costshare_agreement::marks (those that do not depend on the day)
 *  and of costshare_agreement_marks_on().
 *  @{ */
/** The decision on the proposal (costshare_agreement::decided) came after
 *  its response deadline. It is valid: a deadline on an answer is a request
 *  (Ekerö was asked to answer KSL by 2013-11-15). Stored in the record. */
#define COSTSHARE_MARK_LATE 1u
/** The latest decision can no longer be appealed: the day is after
 *  costshare_agreement::appeal_last_day (kommunallagen 13 kap. 5 §; it has
 *  gained legal force, vunnit laga kraft). Given by
 *  costshare_agreement_marks_on() for the day asked about; never stored. */
#define COSTSHARE_MARK_FINAL 2u
/** @} */

/** The version of #costshare_agreement this header describes: 2 added the
 *  proposals, the latest decision and its announcement, the condition's and
 *  the sending's dates and the marks. */
#define COSTSHARE_AGREEMENT_VERSION 2

/**
 * @brief The record of one agreement, owned by the caller.
 *
 * Fixed-width fields only, no pointers: a record can be stored as bytes or
 * copied between languages. Initialise it with #COSTSHARE_AGREEMENT_INIT or
 * costshare_agreement_init(); change it only through
 * costshare_agreement_apply(). Every date field holds a valid date or
 * #COSTSHARE_AGREEMENT_NO_DATE, and only the dates its state can have
 * (costshare_agreement_apply() lists what makes a record corrupt).
 *
 * Growth policy: fields are only ever appended, each new set of fields under
 * a new version number. A record keeps the version it was initialised with;
 * the library accepts every version from 1 to #COSTSHARE_AGREEMENT_VERSION and
 * reads and writes exactly the bytes of the record's own version (never
 * `sizeof` of a later one), so a record stored by an older program stays
 * valid and a caller's struct is never written past its end. The `reserved`
 * fields must be zero; a later version may give them a meaning where zero
 * means "as in version 1".
 *
 * A version-1 record is read as a version-2 record whose new fields say what
 * version 1 knew: a notice sent on the day it took effect, a decision to
 * leave that is no longer pending as met on its own day, the latest decision
 * only when it is the last event, the late mark from the decision's and the
 * deadline's dates. The events that need a field of version 2 to be recorded
 * (#COSTSHARE_EVENT_PROPOSE_DECISION, #COSTSHARE_EVENT_SEND_NOTICE,
 * #COSTSHARE_EVENT_RECEIVE_NOTICE, #COSTSHARE_EVENT_ANNOUNCE) are refused for
 * a version-1 record with #COSTSHARE_EINVAL; every other event works on it
 * as on version 2, and only its version-1 bytes are ever written.
 */
typedef struct costshare_agreement {
    /** Struct version: 1 to #COSTSHARE_AGREEMENT_VERSION (the version the
     *  record was initialised with). */
    uint32_t version;
    /** Current state, one of the COSTSHARE_AGREEMENT_* state constants. */
    int32_t state;
    /** Kind of the last event applied (a COSTSHARE_EVENT_* constant), or
     *  #COSTSHARE_EVENT_NONE (-1) when none has been applied. */
    int32_t last_event_kind;
    /** Date of the last event applied; later events may not be dated earlier. */
    costshare_date last_event;
    /** Date of the proposal. */
    costshare_date proposed;
    /** Response deadline for the proposal (as extended). A decision dated
     *  after it is recorded with #COSTSHARE_MARK_LATE. */
    costshare_date response_deadline;
    /** Date the proposal was adopted or rejected. */
    costshare_date decided;
    /** Date the agreement was signed. */
    costshare_date signed_on;
    /** First day in force (may be earlier than the signing: the 2016
     *  agreement was signed 2016-12-06 and applies from 2016-09-01). */
    costshare_date in_force_from;
    /** Last day of the fixed term, or #COSTSHARE_AGREEMENT_NO_DATE when the
     *  agreement runs until further notice. For a term that renews itself
     *  (costshare_agreement::renewal_count above 0) the end of the initial
     *  term or of the last explicit renewal; the renewal terms after it follow
     *  from the renewal period (costshare_term_end()) and are not stored. */
    costshare_date term_end;
    /** Date the termination or the notice was decided (conditionally or
     *  not), until it is repealed, fails or the notice is withdrawn. */
    costshare_date termination_decided;
    /** The wanted last day of a termination decision or notice, if one was named. */
    costshare_date wanted_last_day;
    /** Date notice took effect: the day it reached the other party. */
    costshare_date notice_given;
    /** Last day in force, once fixed by notice, replacement or expiry. For a
     *  term that renews itself it may be a later renewal term's end, after
     *  costshare_agreement::term_end. */
    costshare_date last_day;
    /** First day refunds run from: the first day of the month after
     *  costshare_agreement::last_day (whether anything is refunded is a term
     *  of the agreement). #COSTSHARE_AGREEMENT_NO_DATE when the last day is
     *  in December 9999: refunds would run from 10000-01-01, outside the
     *  calendar, so nothing within it is refunded. */
    costshare_date refund_start;
    /** Date the last notice was withdrawn or decision to leave repealed. */
    costshare_date withdrawn_on;
    /** Date of the last amendment that counted. */
    costshare_date last_amended;
    /** Notice period: number of units. 0 without #COSTSHARE_CALENDAR_PERIODS
     *  means the agreement states no notice period: a plain fixed term then
     *  cannot be ended early (#COSTSHARE_ENOCLAUSE), notice on an agreement
     *  until further notice needs a period from the caller
     *  (#COSTSHARE_ENOPERIOD), a term that renews itself ends at the end of
     *  the term in force; 0 with the flag means the end of the current
     *  calendar period. */
    int32_t notice_count;
    /** Notice period unit: #COSTSHARE_DAYS, #COSTSHARE_WEEKS,
     *  #COSTSHARE_MONTHS or #COSTSHARE_YEARS. */
    int32_t notice_unit;
    /** Notice period flags: #COSTSHARE_CALENDAR_PERIODS and
     *  #COSTSHARE_CALENDAR_COUNT_CURRENT (notice.h) and/or
     *  #COSTSHARE_SE_DEADLINE (calendar_se.h). */
    uint32_t notice_flags;
    /** Renewal period of a fixed term: number of units; 0 means none (a
     *  plain fixed term, which expires after its end). Above 0 the term
     *  renews itself by this period at a time until notice ends it. */
    int32_t renewal_count;
    /** Renewal period unit (as costshare_agreement::notice_unit). */
    int32_t renewal_unit;
    /** Number of renewals applied. */
    int32_t renewals;
    /** Number of amendments that counted (signed by both parties). */
    int32_t amendments;
    /** Reserved for later versions; must be zero. */
    int32_t reserved[4];
    /* ---- version 2 ---- */
    /** Number of proposals recorded (#COSTSHARE_EVENT_PROPOSE_DECISION). */
    int32_t proposals;
    /** Date of the latest proposal. */
    costshare_date last_proposal;
    /** Who made the latest proposal: a COSTSHARE_BODY_* constant
     *  (#COSTSHARE_BODY_NONE when there is none). */
    int32_t last_proposal_body;
    /** The decision the latest proposal proposed (a COSTSHARE_EVENT_* kind),
     *  or #COSTSHARE_EVENT_NONE. */
    int32_t last_proposal_kind;
    /** Date of the latest decision (the events marked "a decision"). */
    costshare_date last_decision;
    /** Its kind, or #COSTSHARE_EVENT_NONE. */
    int32_t last_decision_kind;
    /** The body that took it (costshare_event::body of its event). */
    int32_t last_decision_body;
    /** Date the approval of the minutes with the latest decision was
     *  announced (#COSTSHARE_EVENT_ANNOUNCE), or none. */
    costshare_date announced;
    /** Last day for an appeal of the latest decision,
     *  costshare_se_appeal_deadline(announced); it is final (laga kraft) from
     *  the day after. */
    costshare_date appeal_last_day;
    /** Date a pending termination's condition was met (the decision stands
     *  from then). For a decision without a condition its own date. */
    costshare_date condition_met;
    /** Date the notice was sent; it took effect on
     *  costshare_agreement::notice_given. */
    costshare_date notice_sent;
    /** Marks that hold for the record: #COSTSHARE_MARK_LATE. */
    uint32_t marks;
} costshare_agreement;

/**
 * Initializer for a #costshare_agreement of the header's version: state
 * #COSTSHARE_AGREEMENT_EMPTY, every date #COSTSHARE_AGREEMENT_NO_DATE, no
 * notice or renewal period, counters zero, no proposal or decision
 * (#COSTSHARE_BODY_NONE, #COSTSHARE_EVENT_NONE), no marks.
 */
/* clang-format off */
#define COSTSHARE_AGREEMENT_INIT                                                         \
    {COSTSHARE_AGREEMENT_VERSION,                                                        \
     COSTSHARE_AGREEMENT_EMPTY,                                                          \
     COSTSHARE_EVENT_NONE,                                                               \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     0,                                                                                  \
     COSTSHARE_MONTHS,                                                                   \
     0u,                                                                                 \
     0,                                                                                  \
     COSTSHARE_MONTHS,                                                                   \
     0,                                                                                  \
     0,                                                                                  \
     {0, 0, 0, 0},                                                                       \
     0,                                                                                  \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_BODY_NONE,                                                                \
     COSTSHARE_EVENT_NONE,                                                               \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_EVENT_NONE,                                                               \
     COSTSHARE_BODY_NONE,                                                                \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     0u}
/* clang-format on */

/** The version of #costshare_event this header describes: 2 added
 *  costshare_event::body and costshare_event::proposed_kind. */
#define COSTSHARE_EVENT_VERSION 2

/**
 * @brief One dated event to apply to an agreement record.
 *
 * Initialise with #COSTSHARE_EVENT_INIT or costshare_agreement_event_init(), then set
 * costshare_event::kind, costshare_event::date and the parameters the event reads (listed with
 * each COSTSHARE_EVENT_* constant). Parameters an event does not read are ignored. Same growth
 * policy as #costshare_agreement: the `reserved` fields must be zero.
 */
typedef struct costshare_event {
    /** Struct version: 1 to #COSTSHARE_EVENT_VERSION (the version the caller
     *  was compiled against). */
    uint32_t version;
    /** What happened: one of the COSTSHARE_EVENT_* event constants
     *  (#COSTSHARE_EVENT_PROPOSE to #COSTSHARE_EVENT_END; the initial
     *  #COSTSHARE_EVENT_NONE is refused). */
    int32_t kind;
    /** The day it happened (decision, signature, notice ...). Required: a
     *  valid date, not earlier than the record's costshare_agreement::last_event. */
    costshare_date date;
    /** Response deadline (#COSTSHARE_EVENT_PROPOSE, #COSTSHARE_EVENT_EXTEND_DEADLINE). */
    costshare_date deadline;
    /** First day in force (#COSTSHARE_EVENT_ENTER_FORCE); none means the
     *  event's date. May be earlier than costshare_event::date (retroactive), never later. */
    costshare_date from;
    /** Last day of a fixed term (#COSTSHARE_EVENT_ENTER_FORCE: none means
     *  until further notice; #COSTSHARE_EVENT_RENEW: the new term end). */
    costshare_date term_end;
    /** Wanted last day (#COSTSHARE_EVENT_GIVE_NOTICE,
     *  #COSTSHARE_EVENT_DECIDE_TERMINATION, #COSTSHARE_EVENT_DECIDE_NOTICE,
     *  #COSTSHARE_EVENT_SEND_NOTICE) or the replaced agreement's last day
     *  (#COSTSHARE_EVENT_REPLACE). */
    costshare_date last_day;
    /** Notice period count, 0 = none, 0 to 1200: the agreement's
     *  (#COSTSHARE_EVENT_ENTER_FORCE), or the period the caller judges
     *  reasonable when the agreement states none (#COSTSHARE_EVENT_GIVE_NOTICE,
     *  #COSTSHARE_EVENT_RECEIVE_NOTICE on an agreement until further
     *  notice). */
    int32_t notice_count;
    /** Notice period unit (#COSTSHARE_DAYS ... #COSTSHARE_YEARS). */
    int32_t notice_unit;
    /** Notice period flags (#COSTSHARE_CALENDAR_PERIODS,
     *  #COSTSHARE_CALENDAR_COUNT_CURRENT, #COSTSHARE_SE_DEADLINE). */
    uint32_t notice_flags;
    /** Renewal period count (#COSTSHARE_EVENT_ENTER_FORCE), 0 = none, 0 to 1200. */
    int32_t renewal_count;
    /** Renewal period unit (#COSTSHARE_DAYS ... #COSTSHARE_YEARS). */
    int32_t renewal_unit;
    /** Event flags: #COSTSHARE_EVENT_SIGNED_BY_BOTH,
     *  #COSTSHARE_EVENT_CONSENTED; other bits must be zero. */
    uint32_t flags;
    /** Reserved for later versions; must be zero. */
    int32_t reserved[4];
    /* ---- version 2 ---- */
    /** Who proposed or decided: a COSTSHARE_BODY_* constant (required by
     *  #COSTSHARE_EVENT_PROPOSE_DECISION, optional for a decision). */
    int32_t body;
    /** The decision proposed (#COSTSHARE_EVENT_PROPOSE_DECISION): the kind of
     *  an event marked "a decision". */
    int32_t proposed_kind;
} costshare_event;

/**
 * Initializer for a #costshare_event of the header's version: kind
 * #COSTSHARE_EVENT_NONE (set costshare_event::kind before use: an event left
 * at #COSTSHARE_EVENT_NONE is refused with #COSTSHARE_EINVAL), every date
 * #COSTSHARE_AGREEMENT_NO_DATE (set costshare_event::date before use), no
 * periods, no flags, reserved fields zero, no body, no proposed kind.
 */
/* clang-format off */
#define COSTSHARE_EVENT_INIT                                                             \
    {COSTSHARE_EVENT_VERSION,                                                            \
     COSTSHARE_EVENT_NONE,                                                               \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     COSTSHARE_AGREEMENT_NO_DATE,                                                        \
     0,                                                                                  \
     COSTSHARE_MONTHS,                                                                   \
     0u,                                                                                 \
     0,                                                                                  \
     COSTSHARE_MONTHS,                                                                   \
     0u,                                                                                 \
     {0, 0, 0, 0},                                                                       \
     COSTSHARE_BODY_NONE,                                                                \
     COSTSHARE_EVENT_NONE}
/* clang-format on */

/** Largest notice or renewal count accepted (1200 months = 100 years). */
#define COSTSHARE_AGREEMENT_MAX_COUNT 1200

COSTSHARE_BEGIN_DECLS

/**
 * @brief Initialise an agreement record, as #COSTSHARE_AGREEMENT_INIT does.
 *
 * Only the bytes of version @p version are written, with that version's
 * initial values.
 *
 * @param record  The record to initialise. Must not be NULL.
 * @param version 1 to #COSTSHARE_AGREEMENT_VERSION: the version the caller
 *                was compiled against, #COSTSHARE_AGREEMENT_VERSION of its
 *                header.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p record is NULL or @p version is 0 or later
 *         than #COSTSHARE_AGREEMENT_VERSION (the record is then untouched).
 */
COSTSHARE_API int costshare_agreement_init(costshare_agreement *record, uint32_t version);

/**
 * @brief Initialise an event, as #COSTSHARE_EVENT_INIT does: kind
 *        #COSTSHARE_EVENT_NONE, which costshare_agreement_apply() refuses
 *        until the caller sets a real kind.
 *
 * Only the bytes of version @p version are written, with that version's
 * initial values.
 *
 * @param event   The event to initialise. Must not be NULL.
 * @param version 1 to #COSTSHARE_EVENT_VERSION: the version the caller was
 *                compiled against.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p event is NULL or @p version is 0 or later
 *         than #COSTSHARE_EVENT_VERSION (the event is then untouched).
 */
COSTSHARE_API int costshare_agreement_event_init(costshare_event *event, uint32_t version);

/**
 * @brief Apply one event to a record: write the next record, or refuse.
 *
 * Checks, in this order, and refuses at the first that fails:
 * 1. the arguments and the record are well formed (#COSTSHARE_EINVAL,
 *    #COSTSHARE_ERANGE), and a version-1 record can hold what the event
 *    records (#COSTSHARE_EINVAL);
 * 2. the transition table allows the event in the record's state
 *    (#COSTSHARE_ENOTALLOWED, see costshare_agreement_transition());
 * 3. the event is not dated before the record's last event
 *    (#COSTSHARE_EDATEORDER);
 * 4. the event's parameters (#COSTSHARE_ERANGE, #COSTSHARE_EINVAL) and its
 *    own rules (dates that would run backwards, notice periods, conditions,
 *    consent), with the specific reasons listed below.
 *
 * On success the next record is the input with the event's dates fixed, the
 * state from the table, costshare_agreement::last_event set to the event's
 * date and costshare_agreement::last_event_kind to its kind, and the state
 * costshare_agreement_state_on() gives for the event's date is the stored
 * state. A decision also becomes the record's latest decision (and clears
 * the announcement of the one before); a decision on the proposal after its
 * response deadline sets #COSTSHARE_MARK_LATE. @p next may be the same object
 * as @p record (update in place); a refused call leaves it untouched in that
 * case too.
 *
 * A record is corrupt (#COSTSHARE_EINVAL) when a field holds a value no
 * sequence of events could have written: an unknown state, last event kind,
 * body or mark, a last event kind that leads to no such state, negative
 * counters (or a count of amendments without the date of the last one,
 * renewals without a term end, proposals without the latest one's date,
 * body and kind), nonzero reserved fields, a notice or renewal count outside
 * 0 to #COSTSHARE_AGREEMENT_MAX_COUNT or an unknown unit or notice flag, a
 * date field that is neither a valid date nor #COSTSHARE_AGREEMENT_NO_DATE,
 * a date missing that the state requires (such as the first day in force of
 * an agreement under notice) or present that the state cannot have (a
 * signature on an empty record, a notice on an agreement in force without
 * one, a last day before notice, expiry or replacement), dates the events
 * that set them would have refused (a proposal, decision and signature out
 * of order or after the last event, a first day in force, withdrawal,
 * termination decision, condition met, sending and receipt of notice out of
 * order or after the last event, a response deadline before its proposal, a
 * term end before the first day in force, a last day before the first day in
 * force or the notice, a wanted last day before its decision or notice, a
 * last day after a plain fixed term's end, the latest proposal, decision or
 * announcement after the last event, an announcement before its decision),
 * a refund start that is not the first day of the month after the last day
 * (none for a last day in December 9999), an appeal's last day that is not
 * the one of the announcement, a late mark the decision's and the deadline's
 * dates do not give, an expiry whose last day is not the end of a plain fixed
 * term, a notice whose last day is not its wanted last day, a last event that
 * is not the latest decision, proposal or announcement it should be, or a
 * state that the record's own dates contradict on the day of its last event.
 *
 * @param record The current record. Must not be NULL.
 * @param event  The event. Must not be NULL.
 * @param next   Receives the next record, of the same version as @p record
 *               and written by that version's size. Must not be NULL; may
 *               alias @p record.
 * @return #COSTSHARE_OK;
 *   #COSTSHARE_EINVAL: a NULL pointer, a struct version 0 or later than the
 *     header's, an unknown event kind (including #COSTSHARE_EVENT_NONE, the
 *     kind of an event initialised and never set), unknown flag bits, units
 *     or body, a nonzero reserved field of the event, a corrupt record (see
 *     above), an event a version-1 record cannot hold
 *     (#COSTSHARE_EVENT_PROPOSE_DECISION, #COSTSHARE_EVENT_SEND_NOTICE,
 *     #COSTSHARE_EVENT_RECEIVE_NOTICE, #COSTSHARE_EVENT_ANNOUNCE), or a
 *     required event parameter missing or unknown (the new deadline of
 *     #COSTSHARE_EVENT_EXTEND_DEADLINE; a renewal with neither a new term
 *     end nor a renewal period in the record; a proposal without a body or
 *     whose proposed kind is not a decision);
 *   #COSTSHARE_ERANGE: the event's date or a date parameter is not a valid
 *     date, a count is outside 0 to #COSTSHARE_AGREEMENT_MAX_COUNT, a
 *     computed date (a last day, a term end, an appeal's last day) falls
 *     outside 0001-01-01 to 9999-12-31 (a last day in December 9999 is
 *     accepted: its refund start, 10000-01-01, is stored as
 *     #COSTSHARE_AGREEMENT_NO_DATE), or an announcement is dated before
 *     1990-01-01 (#COSTSHARE_SE_DATE_MIN);
 *   #COSTSHARE_EOVERFLOW: the amendment, renewal or proposal counter is at
 *     INT32_MAX;
 *   #COSTSHARE_ENOTALLOWED: the table refuses the event in this state, or a
 *     proposal proposes a decision the table refuses in this state;
 *   #COSTSHARE_EDATEORDER: the event is dated before the record's last event;
 *   #COSTSHARE_EBACKWARDS: a date parameter runs backwards: a response
 *     deadline before the event's date (the proposal, or the day an extension
 *     is granted) or, for an extension, not later than the current deadline
 *     (an extension granted after the old deadline passed is fine), a term end before
 *     the first day in force, a renewed term end not after the current one
 *     (for a term that renews itself, the end of the term in force on the
 *     event's date), a wanted last day before the day notice is given, sent
 *     or decided, a replaced agreement's last day before its first day in
 *     force or the record's last event, or after its last day under notice;
 *   #COSTSHARE_ENOTICE: the wanted last day is earlier than the notice period
 *     allows when notice takes effect on the event's date, also after
 *     Lag (1930:173) 2 § when the record has #COSTSHARE_SE_DEADLINE; the
 *     wanted last day of the decision or of the notice sent has already
 *     passed (#COSTSHARE_EVENT_CONDITION_MET, #COSTSHARE_EVENT_SEND_NOTICE,
 *     #COSTSHARE_EVENT_RECEIVE_NOTICE, #COSTSHARE_EVENT_GIVE_NOTICE after a
 *     decision);
 *   #COSTSHARE_ENOTYET: entry into force from a day after the event's date;
 *     #COSTSHARE_EVENT_END dated on or before the last day;
 *     #COSTSHARE_EVENT_EXPIRE dated on or before the term end, or of a term
 *     that renews itself (it never runs out);
 *     #COSTSHARE_EVENT_REPLACE with a last day on or after the event's date;
 *   #COSTSHARE_ETOOLATE: an event that needs the agreement in force
 *     (amendment, renewal, a decision, proposal, notice or its sending or
 *     receipt, condition met or failed, repeal, withdrawal, announcement)
 *     dated after a plain fixed term's end or after the last day under notice
 *     (what it would change has already taken effect; a term that renews
 *     itself is in force after its stored end); entry into force of a plain
 *     fixed term that ended before the event's date;
 *   #COSTSHARE_ENOTERM: #COSTSHARE_EVENT_RENEW or #COSTSHARE_EVENT_EXPIRE on an
 *     agreement that runs until further notice;
 *   #COSTSHARE_EAFTERTERM: a wanted last day (#COSTSHARE_EVENT_GIVE_NOTICE,
 *     #COSTSHARE_EVENT_DECIDE_TERMINATION, #COSTSHARE_EVENT_DECIDE_NOTICE,
 *     #COSTSHARE_EVENT_SEND_NOTICE) or a replaced agreement's last day after
 *     a plain fixed term's end; a wanted last day of notice on a term that
 *     renews itself after the term end the notice reaches (give notice later
 *     for a later term end);
 *   #COSTSHARE_ECONDITION: an amendment without #COSTSHARE_EVENT_SIGNED_BY_BOTH;
 *     an announcement with no decision that is not announced yet;
 *   #COSTSHARE_ENOCLAUSE: a decision to terminate, a notice or its sending
 *     on a plain fixed term that states no notice period (no termination
 *     clause: it cannot be ended early);
 *   #COSTSHARE_ENOPERIOD: notice takes effect on an agreement until further
 *     notice that states no notice period, and the event gives none either;
 *   #COSTSHARE_ECONSENT: #COSTSHARE_EVENT_WITHDRAW after the day the notice
 *     reached the other party, without #COSTSHARE_EVENT_CONSENTED.
 */
COSTSHARE_API int costshare_agreement_apply(const costshare_agreement *record,
                                            const costshare_event *event,
                                            costshare_agreement *next);

/**
 * @brief The state of an agreement on a given day, derived from the record.
 *
 * The record's dates decide: before anything was recorded, EMPTY; from the
 * proposal, PROPOSED; from the decision, ADOPTED or REJECTED; from the
 * signature, SIGNED; from the first day in force, IN_FORCE (or
 * TERMINATION_PENDING from a termination decided on a condition,
 * NOTICE_DECIDED from the day that condition was met or the notice was
 * decided without one, NOTICE_SENT from the day the notice was sent,
 * UNDER_NOTICE from the day it reached the other party); after the last day,
 * ENDED (REPLACED for a replaced agreement, EXPIRED for an expired one);
 * otherwise after a plain fixed term's end, EXPIRED. Proposals and
 * announcements change no state. So notice with last
 * day 2024-09-30 gives UNDER_NOTICE on 2024-09-30 and ENDED on 2024-10-01.
 * The record only knows the events applied to it: a plain fixed term past its
 * end is EXPIRED even if #COSTSHARE_EVENT_EXPIRE was never applied, while a
 * term that renews itself (costshare_agreement::renewal_count above 0) stays
 * IN_FORCE across its term ends until a last day is fixed.
 *
 * A version-1 record has no date for a condition met
 * (costshare_agreement::condition_met is version 2's): between a
 * termination decided on a condition and the notice taking effect it may
 * give TERMINATION_PENDING where the version-2 record of the same events
 * knows NOTICE_DECIDED, or the other way round. On every other day the two
 * agree.
 *
 * After every successful costshare_agreement_apply(), the state on the
 * event's date is the record's costshare_agreement::state.
 *
 * @param record The record. Must not be NULL and must be well formed.
 * @param day    The day asked about, a valid date.
 * @param state  Receives a COSTSHARE_AGREEMENT_* state. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, the version is unknown or
 *         the record is corrupt (as for costshare_agreement_apply());
 *         #COSTSHARE_ERANGE if @p day is not a valid date.
 */
COSTSHARE_API int costshare_agreement_state_on(const costshare_agreement *record,
                                               costshare_date day, int32_t *state);

/**
 * @brief The marks of an agreement on a given day.
 *
 * #COSTSHARE_MARK_LATE when the record has it (the decision on the proposal
 * came after its response deadline), and #COSTSHARE_MARK_FINAL when the
 * latest decision was announced and @p day is after the last day for an
 * appeal (costshare_agreement::appeal_last_day, kommunallagen 13 kap. 5 §):
 * announced Tuesday 2024-06-18, the decision can be appealed through
 * 2024-07-09 and is final from 2024-07-10.
 *
 * @param record The record. Must not be NULL and must be well formed.
 * @param day    The day asked about, a valid date.
 * @param marks  Receives the COSTSHARE_MARK_* bits. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, the version is unknown or
 *         the record is corrupt (as for costshare_agreement_apply());
 *         #COSTSHARE_ERANGE if @p day is not a valid date.
 */
COSTSHARE_API int costshare_agreement_marks_on(const costshare_agreement *record,
                                               costshare_date day, uint32_t *marks);

/**
 * @brief Read the transition table: what an event does in a state.
 *
 * This is the allowed/refused decision of costshare_agreement_apply() without
 * the date and parameter rules.
 *
 * @param state      A COSTSHARE_AGREEMENT_* state.
 * @param event      A COSTSHARE_EVENT_* event kind.
 * @param next_state Receives the next state when the event is allowed. Must
 *                   not be NULL.
 * @return #COSTSHARE_OK (allowed; @p next_state written);
 *         #COSTSHARE_ENOTALLOWED (refused in this state; nothing written);
 *         #COSTSHARE_EINVAL if @p next_state is NULL or @p state or @p event
 *         is unknown.
 */
COSTSHARE_API int costshare_agreement_transition(int32_t state, int32_t event,
                                                 int32_t *next_state);

/**
 * @brief Number of states, #COSTSHARE_AGREEMENT_STATE_COUNT, for FFI callers.
 * @return #COSTSHARE_AGREEMENT_STATE_COUNT (13); states are numbered from 0.
 */
COSTSHARE_API int32_t costshare_agreement_state_count(void);

/**
 * @brief Number of event kinds, #COSTSHARE_EVENT_COUNT, for FFI callers.
 * @return #COSTSHARE_EVENT_COUNT (22); event kinds are numbered from 0.
 */
COSTSHARE_API int32_t costshare_agreement_event_count(void);

/**
 * @brief The name of a state: the name of its constant, such as
 *        "COSTSHARE_AGREEMENT_IN_FORCE".
 *
 * For callers through FFI that cannot read the macros. A display name such
 * as "in_force" is this name without the prefix "COSTSHARE_AGREEMENT_", in
 * lower case.
 * @param state Any integer.
 * @return A static string; "COSTSHARE_UNKNOWN" for an unknown state; never
 *         NULL.
 */
COSTSHARE_API const char *costshare_agreement_state_name(int32_t state);

/**
 * @brief The name of an event kind: the name of its constant, such as
 *        "COSTSHARE_EVENT_GIVE_NOTICE".
 *
 * A display name such as "give_notice" is this name without the prefix
 * "COSTSHARE_EVENT_", in lower case.
 * @param event Any integer (#COSTSHARE_EVENT_NONE included, which is not an
 *              event kind).
 * @return A static string; "COSTSHARE_UNKNOWN" for an unknown event kind;
 *         never NULL.
 */
COSTSHARE_API const char *costshare_agreement_event_name(int32_t event);

/**
 * @brief The name of a body constant, such as "COSTSHARE_BODY_BOARD".
 *
 * A display name such as "board" is this name without the prefix
 * "COSTSHARE_BODY_", in lower case.
 * @param body Any integer.
 * @return A static string; "COSTSHARE_UNKNOWN" for an unknown body; never
 *         NULL.
 */
COSTSHARE_API const char *costshare_agreement_body_name(int32_t body);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_AGREEMENT_H */
