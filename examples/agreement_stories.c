/* costshare-stories: replays the agreement stories of the seed records
 * through costshare_agreement_apply() and prints each timeline.
 *
 * Every event is applied to the caller-owned record; each printed line shows
 * the date, the event (and the body that proposed or decided), the new state
 * and the dates the event fixed. The dates are the records' own: a meeting
 * day, a document's date. A receipt or registry stamp is not a meeting day;
 * where a seed gives no date for an event (a council's decision, a notice's
 * sending and receipt) the date is assumed and the line says "(assumed)".
 * Lines marked "refused" are demonstrations: the event is tried, refused
 * with its reason, and the record stays as it was. Lines marked "what if"
 * show what the library does with an event the seeds do not record (a run of
 * them applies to a copy of the record); the record stays as it was. The
 * thirteen Östergötland agreements are replayed as one group, and Mjölby's
 * two agreements through the coverage check. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

#define NONE NULL

/* What a step is: an event of the record, a demonstration refused, or a
 * what-if applied to a copy. */
enum { RECORD, REFUSED, WHAT_IF };

struct step {
    const char *date;      /* the event's date, YYYY-MM-DD */
    int assumed;           /* 1 when the seed does not give this date */
    int32_t kind;          /* COSTSHARE_EVENT_* */
    int32_t body;          /* COSTSHARE_BODY_* that proposed or decided */
    int32_t proposed_kind; /* PROPOSE_DECISION: the decision proposed */
    const char *deadline;  /* PROPOSE / EXTEND_DEADLINE; "motion" for a motion's year */
    const char *from;      /* ENTER_FORCE */
    const char *term_end;  /* ENTER_FORCE / RENEW */
    const char *last_day;  /* notice, decisions to leave, REPLACE */
    int32_t notice_count;
    int32_t notice_unit;
    uint32_t notice_flags;
    uint32_t flags;
    int what;   /* RECORD, REFUSED or WHAT_IF */
    int expect; /* COSTSHARE_OK, or the refusal a demonstration expects */
    const char *note;
};

struct story {
    const char *id;
    const char *title;
    const struct step *steps;
    size_t count;
    const char *probes[6]; /* days to ask costshare_agreement_state_on() about */
    int (*extra)(const costshare_agreement *record); /* more output, or NULL */
};

#define M COSTSHARE_MONTHS
#define Y COSTSHARE_YEARS
#define CAL COSTSHARE_CALENDAR_PERIODS
#define BOTH COSTSHARE_EVENT_SIGNED_BY_BOTH
#define OK COSTSHARE_OK
#define NOBODY COSTSHARE_BODY_NONE
#define OFFICER COSTSHARE_BODY_OFFICER
#define COMMITTEE COSTSHARE_BODY_COMMITTEE
#define BOARD COSTSHARE_BODY_BOARD
#define COUNCIL COSTSHARE_BODY_COUNCIL
#define NOKIND COSTSHARE_EVENT_NONE
#define ASSUMED 1
#define GIVEN 0

/* A step with no dates, periods or flags but its own. */
#define EVENT(date, assumed, kind, body, proposed, what, expect, note)                         \
    {                                                                                          \
        date, assumed, kind, body, proposed, NONE, NONE, NONE, NONE, 0, M, 0, 0, what, expect, \
            note                                                                               \
    }

static const struct step mjolby2016[] = {
    EVENT("2015-09-29", GIVEN, COSTSHARE_EVENT_PROPOSE, NOBODY, NOKIND, RECORD, OK,
          "Länsstyrelsen's letter: co-finance a coordinator post"),
    EVENT("2015-11-30", ASSUMED, COSTSHARE_EVENT_ADOPT, BOARD, NOKIND, RECORD, OK,
          "KS § 246: Mjölby co-finances the post; 2015-11-30 is the County Administrative\n"
          "            Board's receipt stamp on the extract, the meeting was on or before it"),
    EVENT("2016-12-06", GIVEN, COSTSHARE_EVENT_SIGN, NOBODY, NOKIND, RECORD, OK,
          "the agreement of 2016-12-06"),
    {"2016-12-06", GIVEN, COSTSHARE_EVENT_ENTER_FORCE, NOBODY, NOKIND, NONE, "2016-09-01",
     "2018-01-31", NONE, 0, M, 0, 0, RECORD, OK,
     "\"Tjänsten ska löpa under perioden 160901-180131\": retroactive, no termination clause"},
    EVENT("2017-03-01", GIVEN, COSTSHARE_EVENT_GIVE_NOTICE, NOBODY, NOKIND, REFUSED,
          COSTSHARE_ENOCLAUSE,
          "a fixed term without a termination clause cannot be ended early"),
    EVENT("2017-04-18", GIVEN, COSTSHARE_EVENT_AMEND, NOBODY, NOKIND, REFUSED,
          COSTSHARE_ECONDITION, "an amendment not signed by both parties does not count"),
    {"2018-11-18", GIVEN, COSTSHARE_EVENT_RENEW, NOBODY, NOKIND, NONE, NONE, "2019-01-31", NONE,
     0, M, 0, 0, REFUSED, COSTSHARE_ETOOLATE,
     "the fixed term ran out on 2018-01-31: too late to renew it"},
    {"2018-11-18", ASSUMED, COSTSHARE_EVENT_REPLACE, NOBODY, NOKIND, NONE, NONE, NONE,
     "2018-01-31", 0, M, 0, 0, RECORD, OK,
     "replaced by the 2018 agreement, recorded on the date it carries (a registry stamp)"},
};

static const struct step mjolby2018[] = {
    EVENT("2017-04-18", GIVEN, COSTSHARE_EVENT_ADOPT, NOBODY, NOKIND, RECORD, OK,
          "Integrationsrådet (the parties' joint council): keep the post until further notice"),
    EVENT("2018-11-18", ASSUMED, COSTSHARE_EVENT_SIGN, NOBODY, NOKIND, RECORD, OK,
          "2018-11-18 is the registry stamp (a Sunday); signed on or before it"),
    {"2018-11-18", ASSUMED, COSTSHARE_EVENT_ENTER_FORCE, NOBODY, NOKIND, NONE, NONE, NONE, NONE,
     2, M, 0, 0, RECORD, OK, "until further notice, two months' notice"},
    EVENT("2019-01-31", GIVEN, COSTSHARE_EVENT_RENEW, NOBODY, NOKIND, REFUSED,
          COSTSHARE_ENOTERM, "nothing to renew: no fixed term"),
    EVENT("2024-06-04", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, OFFICER,
          COSTSHARE_EVENT_DECIDE_NOTICE, RECORD, OK,
          "skrivelse OSN/2018:236: Mjölby withdraws from the agreement (frånträder)"),
    EVENT("2024-06-05", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, OFFICER,
          COSTSHARE_EVENT_DECIDE_NOTICE, RECORD, OK,
          "tjänsteskrivelse to Omsorgs- och socialnämnden, the same proposal"),
    EVENT("2024-06-10", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, COMMITTEE,
          COSTSHARE_EVENT_DECIDE_NOTICE, RECORD, OK,
          "AU § 88: the committee proposes that the board decide it"),
    {"2024-06-24", ASSUMED, COSTSHARE_EVENT_DECIDE_NOTICE, BOARD, NOKIND, NONE, NONE, NONE,
     "2024-09-30", 0, M, 0, 0, RECORD, OK,
     "the board decides to leave; the last day as the other municipalities'"},
    EVENT("2024-06-28", ASSUMED, COSTSHARE_EVENT_SEND_NOTICE, NOBODY, NOKIND, RECORD, OK,
          "the notice is sent to Länsstyrelsen"),
    EVENT("2024-07-01", ASSUMED, COSTSHARE_EVENT_RECEIVE_NOTICE, NOBODY, NOKIND, RECORD, OK,
          "and reaches it: the two months count from here"),
    EVENT("2024-10-01", GIVEN, COSTSHARE_EVENT_END, NOBODY, NOKIND, RECORD, OK,
          "the agreement has ended"),
};

static const struct step linkoping[] = {
    {"2018-11-18", ASSUMED, COSTSHARE_EVENT_ENTER_FORCE, NOBODY, NOKIND, NONE, NONE, NONE, NONE,
     2, M, 0, 0, RECORD, OK, "the 2018 agreement (cited as of 2018-11-18), two months' notice"},
    EVENT(
        "2024-05-22", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, OFFICER,
        COSTSHARE_EVENT_DECIDE_TERMINATION, RECORD, OK,
        "tjänsteskrivelse KS 2024-501: terminate from 30/9 2024 if the others decide the same"),
    {"2024-06-11", ASSUMED, COSTSHARE_EVENT_DECIDE_TERMINATION, BOARD, NOKIND, NONE, NONE, NONE,
     "2024-09-30", 0, M, 0, 0, RECORD, OK, "kommunstyrelsen decides as proposed"},
    EVENT("2024-06-17", ASSUMED, COSTSHARE_EVENT_ANNOUNCE, NOBODY, NOKIND, RECORD, OK,
          "the approved minutes announced: three weeks to appeal (kommunallagen 13:5)"),
    EVENT("2024-06-24", ASSUMED, COSTSHARE_EVENT_CONDITION_MET, NOBODY, NOKIND, RECORD, OK,
          "the last of the others decided (see the story ostergotland)"),
    EVENT("2024-06-28", ASSUMED, COSTSHARE_EVENT_SEND_NOTICE, NOBODY, NOKIND, RECORD, OK,
          "kommundirektören gives notice on the board's behalf"),
    EVENT("2024-08-01", GIVEN, COSTSHARE_EVENT_RECEIVE_NOTICE, NOBODY, NOKIND, REFUSED,
          COSTSHARE_ENOTICE,
          "received on 08-01 the notice would run to 10-01: too late for 09-30"),
    EVENT("2024-07-31", ASSUMED, COSTSHARE_EVENT_RECEIVE_NOTICE, NOBODY, NOKIND, RECORD, OK,
          "received on the latest day that still ends on 09-30"),
    EVENT("2024-08-15", GIVEN, COSTSHARE_EVENT_WITHDRAW, BOARD, NOKIND, REFUSED,
          COSTSHARE_ECONSENT,
          "after receipt the notice can be withdrawn only with the Board's consent\n"
          "            (avtalslagen 7 §, by analogy)"),
    EVENT("2024-10-01", GIVEN, COSTSHARE_EVENT_END, NOBODY, NOKIND, RECORD, OK,
          "the agreement has ended"),
};

static const struct step alingsas[] = {
    {"2023-05-26", GIVEN, COSTSHARE_EVENT_ENTER_FORCE, NOBODY, NOKIND, NONE, NONE, NONE, NONE,
     3, Y, CAL, 0, RECORD, OK,
     "membership registered; förbundsordning § 15: three calendar years' notice"},
    EVENT(
        "2023-05-26", GIVEN, COSTSHARE_EVENT_DECIDE_NOTICE, COUNCIL, NOKIND, RECORD, OK,
        "KF § 94: Alingsås decides to request withdrawal from Samordningsförbundet\n"
        "            Insjöriket; the notice is not sent (assumed: the seed says the decision\n"
        "            was repealed before it took effect)"),
    EVENT("2023-11-14", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, BOARD, COSTSHARE_EVENT_REPEAL,
          RECORD, OK, "SN § 56: the social board proposes that the council repeal it"),
    EVENT("2024-01-24", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, BOARD, COSTSHARE_EVENT_REPEAL,
          RECORD, OK, "KS § 9: the executive board proposes that the council repeal KF § 94"),
    EVENT("2024-02-28", ASSUMED, COSTSHARE_EVENT_REPEAL, COUNCIL, NOKIND, RECORD, OK,
          "the council repeals its decision: a member still"),
    EVENT("2024-03-01", GIVEN, COSTSHARE_EVENT_WITHDRAW, NOBODY, NOKIND, REFUSED,
          COSTSHARE_ENOTALLOWED, "nothing was sent, so there is no notice to withdraw"),
};

static const struct step ekero[] = {
    {"2013-06-05", GIVEN, COSTSHARE_EVENT_PROPOSE, NOBODY, NOKIND, "2013-11-15", NONE, NONE,
     NONE, 0, M, 0, 0, RECORD, OK, "KSL's recommendation: answer by 2013-11-15"},
    {"2013-11-05", ASSUMED, COSTSHARE_EVENT_EXTEND_DEADLINE, NOBODY, NOKIND, "2013-12-19", NONE,
     NONE, NONE, 0, M, 0, 0, RECORD, OK,
     "extension granted to 2013-12-19 (the seed says only that it was granted)"},
    EVENT("2013-11-05", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, OFFICER, COSTSHARE_EVENT_ADOPT,
          RECORD, OK, "tjänsteutlåtande kommunkansliet: adopt the agreement"),
    EVENT("2013-11-26", ASSUMED, COSTSHARE_EVENT_PROPOSE_DECISION, BOARD, COSTSHARE_EVENT_ADOPT,
          RECORD, OK, "kommunstyrelsen proposes that the council adopt it"),
    EVENT("2013-12-20", GIVEN, COSTSHARE_EVENT_ADOPT, COUNCIL, NOKIND, WHAT_IF, OK,
          "a council decision after the deadline is valid: recorded with the late mark"),
};

static const struct step taby[] = {
    {"2016-02-15", GIVEN, COSTSHARE_EVENT_PROPOSE, NOBODY, NOKIND, "motion", NONE, NONE, NONE,
     0, M, 0, 0, RECORD, OK,
     "motion: create an integration council; to be decided within a year\n"
     "            (kommunallagen 5 kap. 35 §)"},
    EVENT("2016-09-05", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, OFFICER,
          COSTSHARE_EVENT_REJECT, RECORD, OK, "tjänsteutlåtande: reject the motion"),
    EVENT("2016-10-17", GIVEN, COSTSHARE_EVENT_PROPOSE_DECISION, BOARD, COSTSHARE_EVENT_REJECT,
          RECORD, OK, "kommunstyrelsen proposes that the council reject it"),
    EVENT("2016-11-21", ASSUMED, COSTSHARE_EVENT_REJECT, COUNCIL, NOKIND, WHAT_IF, OK,
          "if the council follows the board"),
    EVENT("2016-11-25", ASSUMED, COSTSHARE_EVENT_ANNOUNCE, NOBODY, NOKIND, WHAT_IF, OK,
          "and the approved minutes are announced"),
};

static int ostergotland(const costshare_agreement *record);
static int coverage(const costshare_agreement *record);
static int alingsas_readings(const costshare_agreement *record);
static int linkoping_final(const costshare_agreement *record);

#define STORY(id, title, steps, extra, ...)                                                    \
    { id, title, steps, sizeof steps / sizeof steps[0], {__VA_ARGS__}, extra }
#define GROUP(id, title, extra)                                                                \
    { id, title, NULL, 0, {NULL}, extra }

static const struct story stories[] = {
    STORY("mjolby2016", "Mjölby 2016 agreement: fixed term, replaced in 2018", mjolby2016, NULL,
          "2016-08-31", "2016-09-01", "2018-01-31", "2018-02-01"),
    STORY("mjolby2018", "Mjölby 2018 agreement: until further notice, left in 2024", mjolby2018,
          NULL, "2018-11-17", "2018-11-18", "2024-06-24", "2024-06-28", "2024-09-30",
          "2024-10-01"),
    STORY("linkoping", "Linköping 2024: termination on condition", linkoping, linkoping_final,
          "2024-05-22", "2024-06-11", "2024-06-24", "2024-07-30", "2024-07-31", "2024-10-01"),
    STORY("alingsas", "Alingsås 2023-24: decision to leave, repealed", alingsas,
          alingsas_readings, "2024-02-28", "2026-12-31", "2027-01-01"),
    STORY("ekero", "Ekerö 2013: response deadline extended", ekero, NULL, "2013-06-04",
          "2013-06-05", "2013-12-19", "2014-01-01"),
    STORY("taby", "Täby 2016: motion proposed for rejection", taby, NULL, "2016-02-14",
          "2016-02-15", "2016-10-17", "2017-02-16"),
    GROUP("ostergotland", "Östergötland 2024: thirteen agreements as one group", ostergotland),
    GROUP("coverage", "Mjölby 2016 and 2018 agreements: the coverage check", coverage),
};

#define STORY_COUNT (sizeof stories / sizeof stories[0])

static void usage(FILE *out) {
    size_t i;
    fprintf(out, "Usage: costshare-stories [--story NAME] [--list] [--help]\n"
                 "\n"
                 "Replays the agreement stories of the seed records (Swedish municipal\n"
                 "decisions) through the libcostshare lifecycle and prints each timeline:\n"
                 "date, event, the body that proposed or decided, the new state and the\n"
                 "dates the event fixed (term, last day, refund start, appeal). Dates the\n"
                 "records do not give are marked '(assumed)'. Lines marked 'refused' are\n"
                 "demonstrations: the event is refused with its reason and the record is\n"
                 "left unchanged; lines marked 'what if' apply an event the records do not\n"
                 "hold to a copy. After each story, the state on a few days is derived from\n"
                 "the record. The Östergötland agreements are replayed as one group, and\n"
                 "Mjölby's two agreements through the coverage check.\n"
                 "\n"
                 "Options:\n"
                 "  --story NAME  replay only the story NAME (default: all)\n"
                 "  --list        list the story names and exit\n"
                 "  --help        show this help and exit\n"
                 "\n"
                 "Stories:\n");
    for (i = 0; i < STORY_COUNT; i++) {
        fprintf(out, "  %-13s %s\n", stories[i].id, stories[i].title);
    }
    fprintf(out, "\nExit status: 0 when every story replays as recorded, 1 otherwise.\n");
}

/* Room for the longest display name, "decide_termination" or
 * "termination_pending", and then some. */
#define NAME_SIZE 48

/* A display name: the constant's name without its prefix, in lower case
 * ("COSTSHARE_AGREEMENT_IN_FORCE" -> "in_force"). */
static const char *display_name(const char *name, const char *prefix, char *buf) {
    size_t n = strlen(prefix), i;
    if (strncmp(name, prefix, n) == 0) {
        name += n;
    }
    for (i = 0; name[i] != '\0' && i + 1 < NAME_SIZE; i++) {
        buf[i] = (char)tolower((unsigned char)name[i]);
    }
    buf[i] = '\0';
    return buf;
}

static const char *state_text(int32_t state, char *buf) {
    if (state == COSTSHARE_GROUP_MIXED) {
        return "mixed";
    }
    return display_name(costshare_agreement_state_name(state), "COSTSHARE_AGREEMENT_", buf);
}

static const char *event_text(int32_t kind, char *buf) {
    return display_name(costshare_agreement_event_name(kind), "COSTSHARE_EVENT_", buf);
}

static const char *body_text(int32_t body, char *buf) {
    return display_name(costshare_agreement_body_name(body), "COSTSHARE_BODY_", buf);
}

/* Parse a date from the tables above; they are fixed, so failure is a bug. */
static costshare_date parse(const char *text) {
    costshare_date d = COSTSHARE_AGREEMENT_NO_DATE;
    if (text != NULL && costshare_date_parse(text, strlen(text), &d) != COSTSHARE_OK) {
        fprintf(stderr, "costshare-stories: bad date in story table: %s\n", text);
        exit(1);
    }
    return d;
}

static const char *fmt(costshare_date d, char *buf) {
    if (d == COSTSHARE_AGREEMENT_NO_DATE) {
        return "-";
    }
    if (costshare_date_format(d, buf, COSTSHARE_DATE_TEXT_SIZE) != COSTSHARE_OK) {
        return "?";
    }
    return buf;
}

/* What the event fixed, compared with the record before it. */
static void print_fixed(const costshare_agreement *before, const costshare_agreement *after) {
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE], name[NAME_SIZE];
    if (after->response_deadline != before->response_deadline &&
        after->response_deadline != COSTSHARE_AGREEMENT_NO_DATE) {
        printf(";  respond by %s", fmt(after->response_deadline, a));
    }
    if (after->in_force_from != before->in_force_from) {
        if (after->term_end != COSTSHARE_AGREEMENT_NO_DATE) {
            printf(";  in force %s to %s", fmt(after->in_force_from, a),
                   fmt(after->term_end, b));
        } else {
            printf(";  in force from %s until further notice", fmt(after->in_force_from, a));
        }
    }
    if (after->proposals != before->proposals) {
        printf(";  proposes %s (proposal %d)", event_text(after->last_proposal_kind, name),
               (int)after->proposals);
    }
    if (after->termination_decided != before->termination_decided &&
        after->termination_decided != COSTSHARE_AGREEMENT_NO_DATE &&
        after->wanted_last_day != COSTSHARE_AGREEMENT_NO_DATE) {
        printf(";  wanted last day %s", fmt(after->wanted_last_day, a));
    }
    if (after->notice_sent != before->notice_sent &&
        after->notice_sent != COSTSHARE_AGREEMENT_NO_DATE &&
        after->notice_given == COSTSHARE_AGREEMENT_NO_DATE) {
        printf(";  sent, the period counts from receipt");
    }
    if (after->last_day != before->last_day) {
        if (after->last_day != COSTSHARE_AGREEMENT_NO_DATE) {
            printf(";  last day %s, refund start %s", fmt(after->last_day, a),
                   fmt(after->refund_start, b));
        } else {
            printf(";  last day %s withdrawn", fmt(before->last_day, a));
        }
    }
    if (after->appeal_last_day != before->appeal_last_day &&
        after->appeal_last_day != COSTSHARE_AGREEMENT_NO_DATE) {
        printf(";  appeal by %s", fmt(after->appeal_last_day, a));
    }
    if ((after->marks & COSTSHARE_MARK_LATE) != 0u &&
        (before->marks & COSTSHARE_MARK_LATE) == 0u) {
        printf(";  late (after %s)", fmt(after->response_deadline, a));
    }
    if (after->amendments != before->amendments) {
        printf(";  amendments %d", (int)after->amendments);
    }
}

/* The event of a step. A motion's deadline is the day by which the council
 * should decide (kommunallagen 5 kap. 35 §). */
static costshare_event event_of(const struct step *st) {
    costshare_event e = COSTSHARE_EVENT_INIT;
    e.kind = st->kind;
    e.date = parse(st->date);
    e.body = st->body;
    e.proposed_kind = st->proposed_kind;
    if (st->deadline != NULL && strcmp(st->deadline, "motion") == 0) {
        if (costshare_se_motion_deadline(e.date, &e.deadline) != COSTSHARE_OK) {
            fprintf(stderr, "costshare-stories: no motion deadline for %s\n", st->date);
            exit(1);
        }
    } else {
        e.deadline = parse(st->deadline);
    }
    e.from = parse(st->from);
    e.term_end = parse(st->term_end);
    e.last_day = parse(st->last_day);
    e.notice_count = st->notice_count;
    e.notice_unit = st->notice_unit;
    e.notice_flags = st->notice_flags;
    e.flags = st->flags;
    return e;
}

static int replay(const struct story *s) {
    costshare_agreement rec = COSTSHARE_AGREEMENT_INIT, scratch = COSTSHARE_AGREEMENT_INIT;
    char a[COSTSHARE_DATE_TEXT_SIZE], event_buf[NAME_SIZE], state_buf[NAME_SIZE],
        body_buf[NAME_SIZE];
    int previous = RECORD;
    size_t i;
    printf("== %s (%s)\n", s->title, s->id);
    for (i = 0; i < s->count; i++) {
        const struct step *st = &s->steps[i];
        const costshare_event e = event_of(st);
        costshare_agreement *target = &rec, next;
        const char *by = "";
        int rc;
        if (st->what == WHAT_IF) {
            if (previous != WHAT_IF) {
                scratch = rec; /* a run of what-ifs starts from the record */
            }
            target = &scratch;
        }
        previous = st->what;
        rc = costshare_agreement_apply(target, &e, &next);
        if (rc != st->expect) {
            fprintf(stderr, "costshare-stories: %s: %s on %s gave %s, expected %s\n", s->id,
                    event_text(st->kind, event_buf), st->date, costshare_error_name(rc),
                    costshare_error_name(st->expect));
            return 1;
        }
        if (st->body != COSTSHARE_BODY_NONE) {
            by = body_text(st->body, body_buf);
        }
        printf("%s%s  %-18s %-9s", st->date, st->assumed ? "*" : " ",
               event_text(st->kind, event_buf), by);
        if (rc != COSTSHARE_OK) {
            printf(" refused: %s (%s)\n", costshare_error_name(rc),
                   costshare_error_message(rc));
        } else {
            printf(" %s %s", st->what == WHAT_IF ? "what if ->" : "->",
                   state_text(next.state, state_buf));
            print_fixed(target, &next);
            printf("\n");
            *target = next;
        }
        printf("            %s%s\n", st->note, st->assumed ? " (assumed)" : "");
    }
    for (i = 0; i < sizeof s->probes / sizeof s->probes[0] && s->probes[i] != NULL; i++) {
        int32_t state;
        costshare_date day = parse(s->probes[i]);
        if (costshare_agreement_state_on(&rec, day, &state) != COSTSHARE_OK) {
            fprintf(stderr, "costshare-stories: %s: state on %s refused\n", s->id,
                    s->probes[i]);
            return 1;
        }
        printf("  state on %s: %s\n", fmt(day, a), state_text(state, state_buf));
    }
    if (s->extra != NULL && s->extra(&rec) != 0) {
        return 1;
    }
    if (s->count > 0) {
        printf("  final record state: %s\n", state_text(rec.state, state_buf));
        if (scratch.state != COSTSHARE_AGREEMENT_EMPTY &&
            memcmp(&scratch, &rec, sizeof rec) != 0) {
            printf("  what if: %s", state_text(scratch.state, state_buf));
            if ((scratch.marks & COSTSHARE_MARK_LATE) != 0u) {
                printf(", late");
            }
            if (scratch.appeal_last_day != COSTSHARE_AGREEMENT_NO_DATE) {
                printf(", final from %s", fmt(scratch.appeal_last_day + 1, a));
            }
            printf("\n");
        }
    }
    printf("\n");
    return 0;
}

/* ---- the extras ---------------------------------------------------------- */

static int fail(const char *story, const char *what, int rc) {
    fprintf(stderr, "costshare-stories: %s: %s: %s\n", story, what, costshare_error_name(rc));
    return 1;
}

/* Linköping: when the decision became final. */
static int linkoping_final(const costshare_agreement *record) {
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE];
    uint32_t marks = 0;
    int rc = costshare_agreement_marks_on(record, record->appeal_last_day + 1, &marks);
    if (rc != COSTSHARE_OK) {
        return fail("linkoping", "marks", rc);
    }
    printf("  the board's decision: appealable through %s, %s from %s\n",
           fmt(record->appeal_last_day, a),
           (marks & COSTSHARE_MARK_FINAL) != 0u ? "final (laga kraft)" : "not final",
           fmt(record->appeal_last_day + 1, b));
    return 0;
}

/* Alingsås: the two readings of "tre kalenderår", had the notice reached the
 * association on the day of the decision. */
static int alingsas_readings(const costshare_agreement *record) {
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE];
    const costshare_date decided = parse("2023-05-26");
    costshare_date after = 0, counting = 0;
    int rc = costshare_notice_end(decided, record->notice_count, record->notice_unit,
                                  COSTSHARE_CALENDAR_PERIODS, &after);
    if (rc == COSTSHARE_OK) {
        rc = costshare_notice_end(decided, record->notice_count, record->notice_unit,
                                  COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT,
                                  &counting);
    }
    if (rc != COSTSHARE_OK) {
        return fail("alingsas", "notice_end", rc);
    }
    printf("  had the notice reached the association on 2023-05-26, \"tre kalenderår\"\n"
           "  would end on %s (three whole calendar years after the year of notice,\n"
           "  COSTSHARE_CALENDAR_PERIODS) or on %s (the year of notice counted as the\n"
           "  first, with COSTSHARE_CALENDAR_COUNT_CURRENT); the charter decides\n",
           fmt(after, a), fmt(counting, b));
    return 0;
}

/* The thirteen municipalities in the order of the seed's table, with the day
 * each board decided (all assumed but Mjölby's committee proposal of
 * 2024-06-10 and Linköping's report of 2024-05-22, which came before). */
static const struct {
    const char *name;
    const char *decided;
} municipalities[] = {
    {"Boxholm", "2024-06-11"},      {"Finspång", "2024-06-17"},    {"Kinda", "2024-06-12"},
    {"Linköping", "2024-06-11"},    {"Mjölby", "2024-06-24"},      {"Motala", "2024-06-17"},
    {"Norrköping", "2024-06-10"},   {"Söderköping", "2024-06-19"}, {"Vadstena", "2024-06-18"},
    {"Valdemarsvik", "2024-06-17"}, {"Ydre", "2024-06-13"},        {"Åtvidaberg", "2024-06-19"},
    {"Ödeshög", "2024-06-20"},
};
#define MUNICIPALITIES (sizeof municipalities / sizeof municipalities[0])
#define MJOLBY 4

static int apply_or_fail(costshare_agreement *r, int32_t kind, const char *date, int32_t body,
                         const char *last_day, const char *who) {
    costshare_event e = COSTSHARE_EVENT_INIT;
    int rc;
    e.kind = kind;
    e.date = parse(date);
    e.body = body;
    e.last_day = parse(last_day);
    e.notice_count = 2;
    e.notice_unit = COSTSHARE_MONTHS;
    rc = costshare_agreement_apply(r, &e, r);
    return rc == COSTSHARE_OK ? 0 : fail("ostergotland", who, rc);
}

/* A name left-aligned in `width` columns, counting characters, not the bytes
 * of their UTF-8 encoding. */
static void print_padded(const char *name, int width) {
    const unsigned char *p;
    int columns = 0;
    for (p = (const unsigned char *)name; *p != '\0'; p++) {
        columns += (*p & 0xC0u) != 0x80u; /* not a continuation byte */
    }
    printf("%s%*s", name, width > columns ? width - columns : 0, "");
}

static void print_group_state(const costshare_agreement *group, const char *day) {
    char buf[NAME_SIZE];
    int32_t state = 0;
    size_t members = 0;
    if (costshare_group_state_on(group, MUNICIPALITIES, parse(day), &state) == COSTSHARE_OK &&
        costshare_group_members_on(group, MUNICIPALITIES, parse(day), NULL, &members) ==
            COSTSHARE_OK) {
        printf("  group on %s: %s, %u members\n", day, state_text(state, buf),
               (unsigned)members);
    }
}

static int ostergotland(const costshare_agreement *unused) {
    costshare_agreement group[MUNICIPALITIES], what_if[MUNICIPALITIES];
    costshare_date from[MUNICIPALITIES], to[MUNICIPALITIES], met = 0, failed = 0;
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE], c[COSTSHARE_DATE_TEXT_SIZE],
        name[NAME_SIZE];
    const costshare_date since = parse("2024-02-26");
    int32_t outcome = 0;
    size_t i;
    int rc;
    (void)unused;
    printf("2024-02-26   the municipalities agree the post is no longer needed\n"
           "            (Ledningsgruppen för strategiska frågor); each decides for its own\n"
           "            agreement, valid only if the others decide the same\n");
    for (i = 0; i < MUNICIPALITIES; i++) {
        group[i] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
        if (apply_or_fail(&group[i], COSTSHARE_EVENT_ENTER_FORCE, "2018-11-18",
                          COSTSHARE_BODY_NONE, NULL, municipalities[i].name) != 0 ||
            apply_or_fail(&group[i],
                          i == MJOLBY ? COSTSHARE_EVENT_DECIDE_NOTICE
                                      : COSTSHARE_EVENT_DECIDE_TERMINATION,
                          municipalities[i].decided, COSTSHARE_BODY_BOARD, "2024-09-30",
                          municipalities[i].name) != 0) {
            return 1;
        }
    }
    rc = costshare_group_condition(group, MUNICIPALITIES, since, &outcome, &met);
    if (rc != COSTSHARE_OK) {
        return fail("ostergotland", "condition", rc);
    }
    printf("  condition: %s on %s, the day the last board decided (Mjölby, without a\n"
           "  condition of its own)\n",
           display_name(costshare_group_outcome_name(outcome), "COSTSHARE_GROUP_", name),
           fmt(met, a));
    /* What if Ödeshög's council had rejected the proposal to terminate. */
    memcpy(what_if, group, sizeof group);
    what_if[12] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
    if (apply_or_fail(&what_if[12], COSTSHARE_EVENT_ENTER_FORCE, "2018-11-18",
                      COSTSHARE_BODY_NONE, NULL, "Ödeshög") != 0 ||
        apply_or_fail(&what_if[12], COSTSHARE_EVENT_REJECT, "2024-06-20",
                      COSTSHARE_BODY_COUNCIL, NULL, "Ödeshög") != 0) {
        return 1;
    }
    rc = costshare_group_condition(what_if, MUNICIPALITIES, since, &outcome, &failed);
    if (rc != COSTSHARE_OK) {
        return fail("ostergotland", "condition", rc);
    }
    printf("  what if Ödeshög's council had rejected it on 2024-06-20: %s on %s\n",
           display_name(costshare_group_outcome_name(outcome), "COSTSHARE_GROUP_", name),
           fmt(failed, a));
    printf("  %-13s %-10s  %-10s  %-10s  %-10s  %s\n", "municipality", "decided", "met",
           "received*", "last day", "refund start");
    for (i = 0; i < MUNICIPALITIES; i++) {
        char met_text[COSTSHARE_DATE_TEXT_SIZE];
        if (group[i].state == COSTSHARE_AGREEMENT_TERMINATION_PENDING) {
            costshare_event e = COSTSHARE_EVENT_INIT;
            e.kind = COSTSHARE_EVENT_CONDITION_MET;
            e.date = met;
            rc = costshare_agreement_apply(&group[i], &e, &group[i]);
            if (rc != COSTSHARE_OK) {
                return fail("ostergotland", municipalities[i].name, rc);
            }
        }
        if (apply_or_fail(&group[i], COSTSHARE_EVENT_SEND_NOTICE, "2024-06-28",
                          COSTSHARE_BODY_NONE, NULL, municipalities[i].name) != 0 ||
            apply_or_fail(&group[i], COSTSHARE_EVENT_RECEIVE_NOTICE, "2024-07-01",
                          COSTSHARE_BODY_NONE, NULL, municipalities[i].name) != 0) {
            return 1;
        }
        printf("  ");
        print_padded(municipalities[i].name, 14);
        printf("%s* %s  ", fmt(group[i].termination_decided, a),
               fmt(group[i].condition_met, met_text));
        printf("%s  %s  ", fmt(group[i].notice_given, b), fmt(group[i].last_day, c));
        printf("%s\n", fmt(group[i].refund_start, b));
    }
    printf("  (* assumed: the seeds give no council's or board's meeting day for 2024,\n"
           "  and no day a notice was sent or received)\n");
    print_group_state(group, "2024-06-15");
    print_group_state(group, "2024-09-30");
    print_group_state(group, "2024-10-01");
    rc = costshare_group_memberships(group, MUNICIPALITIES, parse("2024-01-01"),
                                     parse("2024-12-31"), from, to);
    if (rc != COSTSHARE_OK) {
        return fail("ostergotland", "memberships", rc);
    }
    printf("  memberships in 2024, as the invoice run takes them: ");
    for (i = 0; i < MUNICIPALITIES; i++) {
        if (from[i] != from[0] || to[i] != to[0]) {
            break;
        }
    }
    if (i == MUNICIPALITIES) {
        printf("all thirteen from %s to %s\n",
               from[0] == COSTSHARE_AGREEMENT_NO_DATE ? "before the year" : fmt(from[0], a),
               to[0] == COSTSHARE_AGREEMENT_NO_DATE ? "after it" : fmt(to[0], b));
    } else {
        printf("different\n");
    }
    printf("  the group ends on %s\n", fmt(group[0].last_day, a));
    return 0;
}

/* Mjölby's 2016 and 2018 agreements and the 2016 agreement's invoices. */
static int months_in(costshare_date first, costshare_date last) {
    int32_t y1, m1, d1, y2, m2, d2;
    if (costshare_date_to_ymd(first, &y1, &m1, &d1) != COSTSHARE_OK ||
        costshare_date_to_ymd(last, &y2, &m2, &d2) != COSTSHARE_OK) {
        return -1;
    }
    return (int)((y2 * 12 + m2) - (y1 * 12 + m1) + 1); /* whole months from a 1st to an end */
}

static int coverage(const costshare_agreement *unused) {
    costshare_agreement records[2] = {COSTSHARE_AGREEMENT_INIT, COSTSHARE_AGREEMENT_INIT};
    costshare_event e = COSTSHARE_EVENT_INIT;
    const costshare_date inv_first[2] = {parse("2016-09-01"), parse("2017-09-01")};
    const costshare_date inv_last[2] = {parse("2017-08-31"), parse("2018-02-28")};
    costshare_group_finding found[8];
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE], name[NAME_SIZE];
    size_t n = 0, i;
    int rc;
    (void)unused;
    e.kind = COSTSHARE_EVENT_ENTER_FORCE;
    e.date = parse("2016-12-06");
    e.from = parse("2016-09-01");
    e.term_end = parse("2018-01-31");
    rc = costshare_agreement_apply(&records[0], &e, &records[0]);
    e = (costshare_event)COSTSHARE_EVENT_INIT;
    e.kind = COSTSHARE_EVENT_REPLACE;
    e.date = parse("2018-11-18");
    e.last_day = parse("2018-01-31");
    if (rc == COSTSHARE_OK) {
        rc = costshare_agreement_apply(&records[0], &e, &records[0]);
    }
    e = (costshare_event)COSTSHARE_EVENT_INIT;
    e.kind = COSTSHARE_EVENT_ENTER_FORCE;
    e.date = parse("2018-11-18");
    e.notice_count = 2;
    if (rc == COSTSHARE_OK) {
        rc = costshare_agreement_apply(&records[1], &e, &records[1]);
    }
    if (rc == COSTSHARE_OK) {
        rc = costshare_group_coverage(records, 2, inv_first, inv_last, 2, found,
                                      sizeof found / sizeof found[0], &n);
    }
    if (rc != COSTSHARE_OK) {
        return fail("coverage", "coverage", rc);
    }
    printf("2016-12-06   the 2016 agreement: in force %s to %s, %d months\n",
           fmt(records[0].in_force_from, a), fmt(records[0].last_day, b),
           months_in(records[0].in_force_from, records[0].last_day));
    printf("2016-12-10   invoiced: the first year, %s to %s, %d months (due 2016-12-10)\n",
           fmt(inv_first[0], a), fmt(inv_last[0], b), months_in(inv_first[0], inv_last[0]));
    printf("2017-05-31   invoiced: the remaining six months, %s to %s (due 2017-05-31)\n",
           fmt(inv_first[1], a), fmt(inv_last[1], b));
    printf("            together %d months invoiced (\"Belopp/1,5år\")\n",
           months_in(inv_first[0], inv_last[0]) + months_in(inv_first[1], inv_last[1]));
    printf("2018-11-18*  the 2018 agreement: in force from %s until further notice\n"
           "            (assumed: the registry stamp is the only date the seed gives)\n",
           fmt(records[1].in_force_from, a));
    for (i = 0; i < n; i++) {
        printf(
            "  %s: %s to %s",
            display_name(costshare_group_finding_name(found[i].kind), "COSTSHARE_GROUP_", name),
            fmt(found[i].first, a),
            found[i].last == COSTSHARE_AGREEMENT_NO_DATE ? "open" : fmt(found[i].last, b));
        if (found[i].kind == COSTSHARE_GROUP_UNCOVERED) {
            printf(" (invoiced period %d: outside every term)\n", (int)found[i].index + 1);
        } else {
            printf(" (between agreement %d and %d: nothing in force)\n",
                   (int)found[i].index + 1, (int)found[i].index + 2);
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    const char *only = NULL;
    size_t i;
    int found = 0, i_arg;
    for (i_arg = 1; i_arg < argc; i_arg++) {
        if (strcmp(argv[i_arg], "--help") == 0 || strcmp(argv[i_arg], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i_arg], "--list") == 0) {
            for (i = 0; i < STORY_COUNT; i++) {
                printf("%s\n", stories[i].id);
            }
            return 0;
        } else if (strcmp(argv[i_arg], "--story") == 0 && i_arg + 1 < argc) {
            only = argv[++i_arg];
        } else if (strcmp(argv[i_arg], "--story") == 0) {
            fprintf(stderr, "costshare-stories: --story needs a name (see --list)\n");
            return 1;
        } else {
            fprintf(stderr, "costshare-stories: unknown argument '%s' (see --help)\n",
                    argv[i_arg]);
            return 1;
        }
    }
    for (i = 0; i < STORY_COUNT; i++) {
        if (only == NULL || strcmp(only, stories[i].id) == 0) {
            found = 1;
            if (replay(&stories[i]) != 0) {
                return 1;
            }
        }
    }
    if (!found) {
        fprintf(stderr, "costshare-stories: no story named '%s' (see --list)\n", only);
        return 1;
    }
    return 0;
}
