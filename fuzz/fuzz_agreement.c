/* libFuzzer harness for the agreement lifecycle (scripts/fuzz.sh).
 *
 * The input is read as a record (raw bytes, usually corrupt) followed by a
 * sequence of steps on a fresh record: an event to apply, or a field of the
 * record changed to an arbitrary value (so that events also meet records no
 * sequence of events produces). Checks: nothing crashes; a refusal writes
 * nothing (also when updating in place); a record the library accepts has
 * the state its dates give on the day of its last event; a success follows
 * costshare_agreement_transition(), moves the last event forward, leaves a
 * record the library accepts whose stored state is
 * costshare_agreement_state_on() on the event's date, and is the same in
 * place as into a copy; the transition table answers every state x event,
 * known or not. A version-1 record given the same events answers the same
 * (the events only version 2 can hold are refused with COSTSHARE_EINVAL),
 * keeps the same version-1 fields and is never written past version 1's
 * size. The marks on a day are accepted exactly when the state on that
 * day is: MARK_LATE is the record's, MARK_FINAL holds exactly after the
 * last day for an appeal of an announced decision (a version-1 record has
 * neither); a refusal writes
 * nothing. Every body constant, known or not, has a name. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Take n bytes from the input as an int32 (little endian), 0 when short. */
static int32_t take(const uint8_t **p, size_t *left, size_t n) {
    uint32_t v = 0;
    size_t i;
    for (i = 0; i<n && * left> 0; i++) {
        v |= (uint32_t)(**p) << (8 * i);
        (*p)++;
        (*left)--;
    }
    return (int32_t)v;
}

/* A record the library accepts is consistent: not empty, its state is the
 * state on the day of its last event. */
static void check_accepted(const costshare_agreement *r) {
    int32_t s = -1;
    if (r->state != COSTSHARE_AGREEMENT_EMPTY &&
        (costshare_agreement_state_on(r, r->last_event, &s) != COSTSHARE_OK || s != r->state)) {
        abort();
    }
}

/* An optional date near `today`: none, or an offset of -512..511 days. */
static costshare_date near(const uint8_t **p, size_t *left, costshare_date today) {
    int32_t b = take(p, left, 2);
    if ((b & 1) == 0) {
        return COSTSHARE_AGREEMENT_NO_DATE;
    }
    return today + ((b >> 1) & 1023) - 512;
}

/* The marks of a record on a day agree with its fields, and are given
 * exactly when its state on that day is. */
static void check_marks(const costshare_agreement *r, costshare_date day) {
    uint32_t marks = 0xA5A5A5A5u;
    int32_t s;
    int rs = costshare_agreement_state_on(r, day, &s);
    int rm = costshare_agreement_marks_on(r, day, &marks);
    if (rm != rs) {
        abort();
    }
    if (rm != COSTSHARE_OK) {
        if (marks != 0xA5A5A5A5u) {
            abort();
        }
        return;
    }
    if ((marks & ~(COSTSHARE_MARK_LATE | COSTSHARE_MARK_FINAL)) != 0) {
        abort();
    }
    if (r->version < 2) {
        /* A version-1 record has no marks and no announced decision. */
        if (marks != 0) {
            abort();
        }
        return;
    }
    if ((marks & COSTSHARE_MARK_LATE) != (r->marks & COSTSHARE_MARK_LATE) ||
        (marks & COSTSHARE_MARK_FINAL) !=
            (r->appeal_last_day != COSTSHARE_AGREEMENT_NO_DATE && day > r->appeal_last_day
                 ? COSTSHARE_MARK_FINAL
                 : 0u)) {
        abort();
    }
}

/* The size of version 1 of the record: its members up to `reserved`. */
#define RECORD_V1_SIZE (offsetof(costshare_agreement, reserved) + 4 * sizeof(int32_t))

static int needs_version_2(int32_t kind) {
    return kind == COSTSHARE_EVENT_PROPOSE_DECISION || kind == COSTSHARE_EVENT_SEND_NOTICE ||
           kind == COSTSHARE_EVENT_RECEIVE_NOTICE || kind == COSTSHARE_EVENT_ANNOUNCE;
}

/* Every byte of `r` after version 1's is still 0xEE. */
static int v1_tail_untouched(const costshare_agreement *r) {
    const unsigned char *bytes = (const unsigned char *)r;
    size_t i;
    for (i = RECORD_V1_SIZE; i < sizeof *r; i++) {
        if (bytes[i] != 0xEE) {
            return 0;
        }
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    costshare_agreement rec = COSTSHARE_AGREEMENT_INIT, out, sentinel, old;
    int old_in_step = 1;          /* the version-1 record has had the same events */
    costshare_date today = 18000; /* 2019-04-14 */
    const uint8_t *p = data;
    size_t left = size;
    int32_t s;

    /* 1. Raw bytes as a record: must be refused cleanly or accepted. */
    if (size >= sizeof rec) {
        costshare_agreement raw;
        costshare_event e = COSTSHARE_EVENT_INIT;
        memcpy(&raw, data, sizeof raw);
        e.kind = COSTSHARE_EVENT_PROPOSE; /* the initializer's kind is refused */
        e.date = today;
        memset(&out, 0x7E, sizeof out);
        sentinel = out;
        if (costshare_agreement_apply(&raw, &e, &out) != COSTSHARE_OK) {
            if (memcmp(&out, &sentinel, sizeof out) != 0) {
                abort();
            }
        } else if (costshare_agreement_state_on(&out, e.date, &s) != COSTSHARE_OK ||
                   s != out.state) {
            abort();
        }
        if (costshare_agreement_state_on(&raw, today, &s) == COSTSHARE_OK) {
            check_accepted(&raw);
        }
        check_marks(&raw, today);
        check_marks(&raw, raw.appeal_last_day);
        {
            /* In place: a refusal leaves the record exactly as it was. */
            costshare_agreement inplace = raw;
            if (costshare_agreement_apply(&inplace, &e, &inplace) != COSTSHARE_OK &&
                memcmp(&inplace, &raw, sizeof raw) != 0) {
                abort();
            }
        }
    }

    /* The transition table for arbitrary integers. */
    if (size >= 8) {
        int32_t st = (int32_t)((uint32_t)data[0] | (uint32_t)data[1] << 8 |
                               (uint32_t)data[2] << 16 | (uint32_t)data[3] << 24);
        int32_t ev = (int32_t)((uint32_t)data[4] | (uint32_t)data[5] << 8 |
                               (uint32_t)data[6] << 16 | (uint32_t)data[7] << 24);
        int32_t next = 0x5A5A5A5A;
        int known = st >= 0 && st < COSTSHARE_AGREEMENT_STATE_COUNT && ev >= 0 &&
                    ev < COSTSHARE_EVENT_COUNT;
        int rct = costshare_agreement_transition(st, ev, &next);
        if (!known) {
            if (rct != COSTSHARE_EINVAL || next != 0x5A5A5A5A) {
                abort();
            }
        } else if (rct == COSTSHARE_OK) {
            if (next < 0 || next >= COSTSHARE_AGREEMENT_STATE_COUNT) {
                abort();
            }
        } else if (rct != COSTSHARE_ENOTALLOWED || next != 0x5A5A5A5A) {
            abort();
        }
        if (costshare_agreement_state_name(st) == NULL ||
            costshare_agreement_event_name(ev) == NULL ||
            costshare_agreement_body_name(st) == NULL ||
            ((st < 0 || st >= COSTSHARE_BODY_COUNT) !=
             (strcmp(costshare_agreement_body_name(st), "COSTSHARE_UNKNOWN") == 0))) {
            abort();
        }
    }

    /* 2. A sequence of steps on a fresh record (and a version-1 one). */
    memset(&old, 0xEE, sizeof old);
    if (costshare_agreement_init(&old, 1) != COSTSHARE_OK) {
        abort();
    }
    while (left >= 4) {
        costshare_event e = COSTSHARE_EVENT_INIT;
        int32_t expect = -1;
        int rc, op = take(&p, &left, 1);
        if (op >= 0xE0) {
            /* Change one field (op & 31 picks it) to an arbitrary value; keep
             * the change only if the library accepts the record. */
            costshare_agreement changed = rec;
            costshare_date *dates[] = {
                &changed.last_event,        &changed.proposed,
                &changed.response_deadline, &changed.decided,
                &changed.signed_on,         &changed.in_force_from,
                &changed.term_end,          &changed.termination_decided,
                &changed.wanted_last_day,   &changed.notice_given,
                &changed.last_day,          &changed.refund_start,
                &changed.withdrawn_on,      &changed.last_amended,
                &changed.last_proposal,     &changed.last_decision,
                &changed.announced,         &changed.appeal_last_day,
                &changed.condition_met,     &changed.notice_sent,
            };
            int32_t field = op & 31, value = take(&p, &left, 1);
            if (field < 20) {
                *dates[field] = near(&p, &left, today);
            } else if (field < 22) {
                changed.state = value % COSTSHARE_AGREEMENT_STATE_COUNT;
            } else if (field < 24) {
                changed.last_event_kind = value % (COSTSHARE_EVENT_COUNT + 1) - 1;
            } else if (field < 25) {
                changed.renewal_count = value % 4;
            } else if (field < 26) {
                changed.amendments = value % 3;
            } else if (field < 27) {
                changed.renewals = value % 3;
            } else if (field < 28) {
                changed.proposals = value % 3;
            } else if (field < 29) {
                changed.marks = (uint32_t)value % 4u;
            } else if (field < 30) {
                changed.last_proposal_body = value % (COSTSHARE_BODY_COUNT + 1);
            } else if (field < 31) {
                changed.last_proposal_kind = value % (COSTSHARE_EVENT_COUNT + 1) - 1;
            } else {
                changed.last_decision_kind = value % (COSTSHARE_EVENT_COUNT + 1) - 1;
            }
            if (costshare_agreement_state_on(&changed, today, &s) == COSTSHARE_OK) {
                check_accepted(&changed);
                rec = changed;
                old_in_step = 0; /* the version-1 record has no such change */
            }
            continue;
        }
        e.kind = op % (COSTSHARE_EVENT_COUNT + 1); /* one unknown kind */
        today += take(&p, &left, 1) % 64 - 4;
        e.date = today;
        e.deadline = near(&p, &left, today);
        e.from = near(&p, &left, today);
        e.term_end = near(&p, &left, today);
        e.last_day = near(&p, &left, today);
        e.notice_count = take(&p, &left, 1) % 8 - 1;
        e.notice_unit = take(&p, &left, 1) % 5;
        e.notice_flags = (uint32_t)take(&p, &left, 1) % 9u;
        e.renewal_count = take(&p, &left, 1) % 4;
        e.renewal_unit = take(&p, &left, 1) % 4;
        e.flags = (uint32_t)take(&p, &left, 1) % 5u;              /* 4 is unknown */
        e.body = take(&p, &left, 1) % (COSTSHARE_BODY_COUNT + 1); /* one unknown */
        e.proposed_kind = take(&p, &left, 1) % (COSTSHARE_EVENT_COUNT + 1) - 1;
        memset(&out, 0x7E, sizeof out);
        sentinel = out;
        rc = costshare_agreement_apply(&rec, &e, &out);
        if (old_in_step) {
            /* The version-1 record: the same answer unless the event needs
             * version 2, the same version-1 fields, nothing written after
             * them. */
            costshare_agreement before = old;
            int rc_old = costshare_agreement_apply(&old, &e, &old);
            int v2_only =
                e.kind >= 0 && e.kind < COSTSHARE_EVENT_COUNT && needs_version_2(e.kind);
            if (!v1_tail_untouched(&old) ||
                (v2_only ? rc_old != COSTSHARE_EINVAL : rc_old != rc) ||
                (rc_old != COSTSHARE_OK && memcmp(&old, &before, sizeof old) != 0) ||
                (rc_old == COSTSHARE_OK &&
                 memcmp((const unsigned char *)&old + sizeof(uint32_t),
                        (const unsigned char *)&out + sizeof(uint32_t),
                        RECORD_V1_SIZE - sizeof(uint32_t)) != 0)) {
                abort();
            }
            if (v2_only && rc == COSTSHARE_OK) {
                old_in_step = 0; /* the two part here */
            }
        }
        if (rc != COSTSHARE_OK) {
            if (rc >= 0 || memcmp(&out, &sentinel, sizeof out) != 0) {
                abort();
            }
            continue;
        }
        if (costshare_agreement_transition(rec.state, e.kind, &expect) != COSTSHARE_OK ||
            out.state != expect || out.last_event != e.date ||
            (rec.last_event != COSTSHARE_AGREEMENT_NO_DATE &&
             out.last_event < rec.last_event) ||
            costshare_agreement_state_on(&out, e.date, &s) != COSTSHARE_OK || s != out.state ||
            (out.last_day != COSTSHARE_AGREEMENT_NO_DATE &&
             out.refund_start != COSTSHARE_AGREEMENT_NO_DATE &&
             out.refund_start <= out.last_day)) {
            abort();
        }
        {
            /* The same event applied in place gives the same record. */
            costshare_agreement inplace = rec;
            if (costshare_agreement_apply(&inplace, &e, &inplace) != COSTSHARE_OK ||
                memcmp(&inplace, &out, sizeof out) != 0) {
                abort();
            }
        }
        check_marks(&out, e.date);
        if (out.appeal_last_day != COSTSHARE_AGREEMENT_NO_DATE) {
            check_marks(&out, out.appeal_last_day);
            check_marks(&out, out.appeal_last_day + 1);
        }
        rec = out;
    }
    return 0;
}
