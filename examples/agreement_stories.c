/* costshare-stories: replays the agreement stories of the seed records
 * through costshare_agreement_apply() and prints each timeline.
 *
 * Every event is applied to the caller-owned record; each printed line shows
 * the event, the new state and the dates the event fixed. Lines marked
 * "refused" are demonstrations: the event is tried, refused with its reason,
 * and the record stays as it was. Dates the seeds do not give are marked
 * "(assumed)" in the notes. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

#define NONE NULL

struct step {
    const char *date;     /* the event's date, YYYY-MM-DD */
    int32_t kind;         /* COSTSHARE_EVENT_* */
    const char *deadline; /* PROPOSE / EXTEND_DEADLINE */
    const char *from;     /* ENTER_FORCE */
    const char *term_end; /* ENTER_FORCE / RENEW */
    const char *last_day; /* GIVE_NOTICE / DECIDE_TERMINATION / REPLACE */
    int32_t notice_count;
    int32_t notice_unit;
    uint32_t notice_flags;
    uint32_t flags;
    int expect; /* COSTSHARE_OK, or the refusal this demonstration expects */
    const char *note;
};

struct story {
    const char *id;
    const char *title;
    const struct step *steps;
    size_t count;
    const char *probes[4]; /* days to ask costshare_agreement_state_on() about */
};

#define M COSTSHARE_MONTHS
#define Y COSTSHARE_YEARS
#define CAL COSTSHARE_CALENDAR_PERIODS
#define BOTH COSTSHARE_EVENT_SIGNED_BY_BOTH
#define OK COSTSHARE_OK

static const struct step mjolby2016[] = {
    {"2015-09-29", COSTSHARE_EVENT_PROPOSE, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "Länsstyrelsen's letter: co-finance a coordinator post"},
    {"2015-11-30", COSTSHARE_EVENT_ADOPT, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "KS § 246: Mjölby co-finances the post"},
    {"2016-12-06", COSTSHARE_EVENT_SIGN, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "agreement signed"},
    {"2016-12-06", COSTSHARE_EVENT_ENTER_FORCE, NONE, "2016-09-01", "2018-01-31", NONE, 0, M, 0,
     0, OK, "period 160901-180131, applies retroactively; no notice period"},
    {"2017-04-18", COSTSHARE_EVENT_AMEND, NONE, NONE, NONE, NONE, 0, M, 0, 0,
     COSTSHARE_ECONDITION, "an amendment not signed by both parties does not count"},
    {"2018-11-18", COSTSHARE_EVENT_RENEW, NONE, NONE, "2019-01-31", NONE, 0, M, 0, 0,
     COSTSHARE_ETOOLATE, "the fixed term ran out on 2018-01-31: too late to renew it"},
    {"2018-11-18", COSTSHARE_EVENT_REPLACE, NONE, NONE, NONE, "2018-01-31", 0, M, 0, 0, OK,
     "replaced by the 2018 agreement (until further notice)"},
};

static const struct step mjolby2018[] = {
    {"2017-04-18", COSTSHARE_EVENT_ADOPT, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "Integrationsrådet: keep the post until further notice"},
    {"2018-11-18", COSTSHARE_EVENT_SIGN, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "agreement signed"},
    {"2018-11-18", COSTSHARE_EVENT_ENTER_FORCE, NONE, NONE, NONE, NONE, 2, M, 0, 0, OK,
     "until further notice, two months' notice"},
    {"2019-01-31", COSTSHARE_EVENT_RENEW, NONE, NONE, NONE, NONE, 0, M, 0, 0, COSTSHARE_ENOTERM,
     "nothing to renew: no fixed term"},
    {"2024-06-10", COSTSHARE_EVENT_GIVE_NOTICE, NONE, NONE, NONE, "2024-09-30", 0, M, 0, 0, OK,
     "AU § 88: Mjölby withdraws (notice date assumed; last day as Linköping's)"},
    {"2024-10-01", COSTSHARE_EVENT_END, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "the agreement has ended"},
};

static const struct step linkoping[] = {
    {"2018-11-18", COSTSHARE_EVENT_ENTER_FORCE, NONE, NONE, NONE, NONE, 2, M, 0, 0, OK,
     "the 2018 agreement, registered; two months' notice"},
    {"2024-05-22", COSTSHARE_EVENT_DECIDE_TERMINATION, NONE, NONE, NONE, "2024-09-30", 0, M, 0,
     0, OK, "KS 2024-501: terminate from 30/9 2024 if the others decide the same"},
    {"2024-08-01", COSTSHARE_EVENT_CONDITION_MET, NONE, NONE, NONE, NONE, 0, M, 0, 0,
     COSTSHARE_ENOTICE, "notice on 08-01 would run to 10-01: too late for 09-30"},
    {"2024-07-31", COSTSHARE_EVENT_CONDITION_MET, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "the others decided; notice given on the latest day that works (assumed)"},
    {"2024-10-01", COSTSHARE_EVENT_END, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "the agreement has ended"},
};

static const struct step alingsas[] = {
    {"2023-05-26", COSTSHARE_EVENT_ENTER_FORCE, NONE, NONE, NONE, NONE, 3, Y, CAL, 0, OK,
     "membership registered; charter § 15: three calendar years' notice"},
    {"2023-05-26", COSTSHARE_EVENT_GIVE_NOTICE, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "KF § 94: Alingsås decides to leave Samordningsförbundet Insjöriket"},
    {"2024-01-24", COSTSHARE_EVENT_WITHDRAW, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "KS § 9: the decision to leave is repealed"},
};

static const struct step ekero[] = {
    {"2013-06-05", COSTSHARE_EVENT_PROPOSE, "2013-11-15", NONE, NONE, NONE, 0, M, 0, 0, OK,
     "KSL's recommendation: respond by 2013-11-15"},
    {"2013-11-05", COSTSHARE_EVENT_EXTEND_DEADLINE, "2013-12-19", NONE, NONE, NONE, 0, M, 0, 0,
     OK, "extension granted to 2013-12-19; the board proposes adoption"},
    {"2013-12-20", COSTSHARE_EVENT_ADOPT, NONE, NONE, NONE, NONE, 0, M, 0, 0,
     COSTSHARE_EDEADLINE, "an adoption after the extended deadline would come too late"},
};

static const struct step taby[] = {
    {"2016-02-15", COSTSHARE_EVENT_PROPOSE, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "motion: create an integration council"},
    {"2016-10-17", COSTSHARE_EVENT_REJECT, NONE, NONE, NONE, NONE, 0, M, 0, 0, OK,
     "KS proposes that the motion be rejected"},
};

#define STORY(id, title, steps, ...)                                                           \
    {                                                                                          \
        id, title, steps, sizeof steps / sizeof steps[0], {                                    \
            __VA_ARGS__                                                                        \
        }                                                                                      \
    }

static const struct story stories[] = {
    STORY("mjolby2016", "Mjölby 2016 agreement: fixed term, replaced in 2018", mjolby2016,
          "2016-08-31", "2016-09-01", "2018-01-31", "2018-02-01"),
    STORY("mjolby2018", "Mjölby 2018 agreement: until further notice", mjolby2018, "2018-11-17",
          "2018-11-18", "2024-09-30", "2024-10-01"),
    STORY("linkoping", "Linköping 2024: termination on condition", linkoping, "2024-05-21",
          "2024-05-22", "2024-09-30", "2024-10-01"),
    STORY("alingsas", "Alingsås 2023-24: decision to leave, repealed", alingsas, "2023-05-25",
          "2024-01-24", "2026-12-31", "2027-01-01"),
    STORY("ekero", "Ekerö 2013: response deadline extended", ekero, "2013-06-04", "2013-06-05",
          "2013-12-19", "2014-01-01"),
    STORY("taby", "Täby 2016: motion rejected", taby, "2016-02-14", "2016-02-15", "2016-10-17",
          "2017-01-01"),
};

#define STORY_COUNT (sizeof stories / sizeof stories[0])

static void usage(FILE *out) {
    size_t i;
    fprintf(out, "Usage: costshare-stories [--story NAME] [--list] [--help]\n"
                 "\n"
                 "Replays the agreement stories of the seed records (Swedish municipal\n"
                 "decisions) through the libcostshare lifecycle and prints each timeline:\n"
                 "date, event, the new state and the dates the event fixed (term, last day,\n"
                 "refund start). Lines marked 'refused' are demonstrations: the event is\n"
                 "refused with its reason and the record is left unchanged. After each\n"
                 "story, the state on a few days is derived from the record.\n"
                 "\n"
                 "Options:\n"
                 "  --story NAME  replay only the story NAME (default: all)\n"
                 "  --list        list the story names and exit\n"
                 "  --help        show this help and exit\n"
                 "\n"
                 "Stories:\n");
    for (i = 0; i < STORY_COUNT; i++) {
        fprintf(out, "  %-11s %s\n", stories[i].id, stories[i].title);
    }
    fprintf(out, "\nExit status: 0 when every story replays as recorded, 1 otherwise.\n");
}

/* Room for the longest display name, "termination_pending" or
 * "decide_termination", and then some. */
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
    return display_name(costshare_agreement_state_name(state), "COSTSHARE_AGREEMENT_", buf);
}

static const char *event_text(int32_t kind, char *buf) {
    return display_name(costshare_agreement_event_name(kind), "COSTSHARE_EVENT_", buf);
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
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE];
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
    if (after->termination_decided != before->termination_decided &&
        after->termination_decided != COSTSHARE_AGREEMENT_NO_DATE) {
        printf(";  wanted last day %s", fmt(after->wanted_last_day, a));
    }
    if (after->last_day != before->last_day) {
        if (after->last_day != COSTSHARE_AGREEMENT_NO_DATE) {
            printf(";  last day %s, refund start %s", fmt(after->last_day, a),
                   fmt(after->refund_start, b));
        } else {
            printf(";  last day %s withdrawn", fmt(before->last_day, a));
        }
    }
    if (after->amendments != before->amendments) {
        printf(";  amendments %d", (int)after->amendments);
    }
}

static int replay(const struct story *s) {
    costshare_agreement rec = COSTSHARE_AGREEMENT_INIT;
    char a[COSTSHARE_DATE_TEXT_SIZE], event_buf[NAME_SIZE], state_buf[NAME_SIZE];
    size_t i;
    printf("== %s (%s)\n", s->title, s->id);
    for (i = 0; i < s->count; i++) {
        const struct step *st = &s->steps[i];
        costshare_event e = COSTSHARE_EVENT_INIT;
        costshare_agreement next;
        int rc;
        e.kind = st->kind;
        e.date = parse(st->date);
        e.deadline = parse(st->deadline);
        e.from = parse(st->from);
        e.term_end = parse(st->term_end);
        e.last_day = parse(st->last_day);
        e.notice_count = st->notice_count;
        e.notice_unit = st->notice_unit;
        e.notice_flags = st->notice_flags;
        e.flags = st->flags;
        rc = costshare_agreement_apply(&rec, &e, &next);
        if (rc != st->expect) {
            fprintf(stderr, "costshare-stories: %s: %s on %s gave %s, expected %s\n", s->id,
                    event_text(st->kind, event_buf), st->date, costshare_error_name(rc),
                    costshare_error_name(st->expect));
            return 1;
        }
        if (rc != COSTSHARE_OK) {
            printf("%s  %-18s refused: %s (%s)\n", st->date, event_text(st->kind, event_buf),
                   costshare_error_name(rc), costshare_error_message(rc));
        } else {
            printf("%s  %-18s -> %s", st->date, event_text(st->kind, event_buf),
                   state_text(next.state, state_buf));
            print_fixed(&rec, &next);
            printf("\n");
            rec = next;
        }
        printf("            %s\n", st->note);
    }
    for (i = 0; i < sizeof s->probes / sizeof s->probes[0]; i++) {
        int32_t state;
        costshare_date day = parse(s->probes[i]);
        if (costshare_agreement_state_on(&rec, day, &state) != COSTSHARE_OK) {
            fprintf(stderr, "costshare-stories: %s: state on %s refused\n", s->id,
                    s->probes[i]);
            return 1;
        }
        printf("  state on %s: %s\n", fmt(day, a), state_text(state, state_buf));
    }
    printf("  final record state: %s\n\n", state_text(rec.state, state_buf));
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
