/* libFuzzer harness for a group of agreements (scripts/fuzz.sh).
 *
 * The input builds up to eight records by events applied to fresh ones
 * (each record also as a version-1 record in an array at version 1's
 * stride, as long as the events are ones version 1 can hold), then asks the
 * group functions with arbitrary days and invoiced periods. Checks: nothing
 * crashes; a refusal writes nothing; the condition, the state, the members
 * and the memberships are what the records' own fields and
 * costshare_agreement_state_on() give; the coverage is what a day-by-day
 * walk over the terms gives; a version-1 array answers as the version-2
 * one. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NO_DATE COSTSHARE_AGREEMENT_NO_DATE
#define MAX_RECORDS 8
#define RECORD_V1_SIZE (offsetof(costshare_agreement, reserved) + 4 * sizeof(int32_t))
#define CHECK(cond)                                                                            \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

static uint32_t take(const uint8_t **p, size_t *left, size_t n) {
    uint32_t v = 0;
    size_t i;
    for (i = 0; i<n && * left> 0; i++) {
        v |= (uint32_t)(**p) << (8 * i);
        (*p)++;
        (*left)--;
    }
    return v;
}

/* An optional day near `base`: none, or -256..255 days from it. */
static costshare_date near(const uint8_t **p, size_t *left, costshare_date base) {
    uint32_t b = take(p, left, 2);
    return (b & 1u) == 0 ? NO_DATE : base + (costshare_date)((b >> 1) & 511u) - 256;
}

static int needs_version_2(int32_t kind) {
    return kind == COSTSHARE_EVENT_PROPOSE_DECISION || kind == COSTSHARE_EVENT_SEND_NOTICE ||
           kind == COSTSHARE_EVENT_RECEIVE_NOTICE || kind == COSTSHARE_EVENT_ANNOUNCE;
}

static costshare_agreement *v1_at(int32_t *words, size_t i) {
    return (costshare_agreement *)(void *)((unsigned char *)words + i * RECORD_V1_SIZE);
}

/* The membership of a record in force: first and last day (none). */
static void term(const costshare_agreement *r, costshare_date *from, costshare_date *to) {
    *from = r->in_force_from;
    *to = r->last_day;
    if (*to == NO_DATE && r->term_end != NO_DATE && r->renewal_count == 0) {
        *to = r->term_end;
    }
}

static int covers(const costshare_agreement *r, costshare_date d) {
    costshare_date from, to;
    term(r, &from, &to);
    return d >= from && (to == NO_DATE || d <= to);
}

/* The day-by-day reference of the coverage for records in force, in order,
 * whose days lie within [lo, hi]; findings whose runs reach `hi` on both
 * sides have no end. Returns the number of findings, written to `want`. */
static size_t reference(const costshare_agreement *r, size_t n, const costshare_date *inv_first,
                        const costshare_date *inv_last, size_t periods, costshare_date lo,
                        costshare_date hi, costshare_group_finding *want) {
    size_t w = 0, i, p;
    for (i = 0; i + 1 < n; i++) {
        costshare_date d, first = NO_DATE;
        int32_t kind = 0;
        for (d = lo; d <= hi + 1; d++) {
            const int a = d <= hi && covers(&r[i], d), b = d <= hi && covers(&r[i + 1], d);
            const int gap =
                d <= hi && !a && !b && d > r[i].in_force_from && d < r[i + 1].in_force_from;
            const int32_t k = gap ? COSTSHARE_GROUP_GAP : a && b ? COSTSHARE_GROUP_OVERLAP : 0;
            if (k != kind) {
                if (kind != 0) {
                    want[w].kind = kind;
                    want[w].index = (int32_t)i;
                    want[w].first = first;
                    /* An overlap still running at `hi`: both run on. */
                    want[w].last = d > hi ? NO_DATE : d - 1;
                    w++;
                }
                kind = k;
                first = d;
            }
        }
    }
    for (p = 0; p < periods; p++) {
        costshare_date d, first = NO_DATE;
        for (d = inv_first[p]; d <= inv_last[p] + 1; d++) {
            int covered = 0;
            for (i = 0; i < n && d <= inv_last[p]; i++) {
                covered |= covers(&r[i], d);
            }
            if (d <= inv_last[p] && !covered && first == NO_DATE) {
                first = d;
            } else if ((d > inv_last[p] || covered) && first != NO_DATE) {
                want[w].kind = COSTSHARE_GROUP_UNCOVERED;
                want[w].index = (int32_t)p;
                want[w].first = first;
                want[w].last = d - 1;
                w++;
                first = NO_DATE;
            }
        }
    }
    return w;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int32_t words[(MAX_RECORDS * RECORD_V1_SIZE) / 4 + 1];
    costshare_agreement rec[MAX_RECORDS];
    const uint8_t *p = data;
    size_t left = size, n, i, members = 77, count = 0;
    const costshare_date base = 19000; /* 2022-01-08 */
    costshare_date day, since, inv_first[2], inv_last[2], from[MAX_RECORDS], to[MAX_RECORDS];
    costshare_group_finding found[64], want[64];
    int32_t outcome = 55, state = 55, is_member[MAX_RECORDS];
    costshare_date when = 55;
    int v1_in_step = 1, rc, all_in_force = 1, ordered = 1, steps;

    n = 1 + take(&p, &left, 1) % MAX_RECORDS;
    for (i = 0; i < n; i++) {
        rec[i] = (costshare_agreement)COSTSHARE_AGREEMENT_INIT;
        CHECK(costshare_agreement_init(v1_at(words, i), 1) == COSTSHARE_OK);
    }
    /* Events: a record, a kind and its parameters near a day that moves on. */
    day = base;
    for (steps = 0; steps < 64 && left >= 3; steps++) {
        costshare_event e = COSTSHARE_EVENT_INIT;
        size_t which = take(&p, &left, 1) % n;
        int rc_v2, rc_v1;
        e.kind = (int32_t)(take(&p, &left, 1) % COSTSHARE_EVENT_COUNT);
        day += (costshare_date)(take(&p, &left, 1) % 40u);
        e.date = day;
        e.deadline = near(&p, &left, day);
        e.from = near(&p, &left, day);
        e.term_end = near(&p, &left, day);
        e.last_day = near(&p, &left, day);
        e.notice_count = (int32_t)(take(&p, &left, 1) % 4u);
        e.notice_unit = (int32_t)(take(&p, &left, 1) % 4u);
        e.renewal_count = (int32_t)(take(&p, &left, 1) % 2u);
        e.renewal_unit = COSTSHARE_YEARS;
        e.flags = take(&p, &left, 1) % 4u;
        e.body = (int32_t)(take(&p, &left, 1) % COSTSHARE_BODY_COUNT);
        e.proposed_kind = (int32_t)(take(&p, &left, 1) % COSTSHARE_EVENT_COUNT);
        rc_v2 = costshare_agreement_apply(&rec[which], &e, &rec[which]);
        if (v1_in_step) {
            rc_v1 = costshare_agreement_apply(v1_at(words, which), &e, v1_at(words, which));
            if (needs_version_2(e.kind)) {
                CHECK(rc_v1 == COSTSHARE_EINVAL);
                v1_in_step = rc_v2 != COSTSHARE_OK;
            } else {
                CHECK(rc_v1 == rc_v2);
            }
        }
    }
    since = base + (costshare_date)(take(&p, &left, 2) % 2000u) - 1000;
    day = base + (costshare_date)(take(&p, &left, 2) % 3000u) - 500;

    /* The condition, from the records' fields. */
    rc = costshare_group_condition(rec, n, since, &outcome, &when);
    CHECK(rc == COSTSHARE_OK);
    {
        costshare_date last_decided = NO_DATE, first_refused = NO_DATE;
        size_t decided = 0;
        for (i = 0; i < n; i++) {
            const costshare_agreement *r = &rec[i];
            costshare_date d = NO_DATE, refused = NO_DATE;
            if (r->termination_decided != NO_DATE) {
                d = r->termination_decided >= since ? r->termination_decided : NO_DATE;
            } else if (r->notice_sent != NO_DATE && r->notice_sent >= since) {
                d = r->notice_sent;
            }
            if (d != NO_DATE) {
                decided++;
                last_decided = d > last_decided ? d : last_decided;
                continue;
            }
            if (r->withdrawn_on != NO_DATE && r->withdrawn_on >= since) {
                refused = r->withdrawn_on;
            }
            if ((r->last_decision_kind == COSTSHARE_EVENT_REJECT ||
                 r->last_decision_kind == COSTSHARE_EVENT_REPEAL ||
                 r->last_decision_kind == COSTSHARE_EVENT_WITHDRAW) &&
                r->last_decision >= since &&
                (refused == NO_DATE || r->last_decision < refused)) {
                refused = r->last_decision;
            }
            if (refused != NO_DATE && (first_refused == NO_DATE || refused < first_refused)) {
                first_refused = refused;
            }
        }
        if (first_refused != NO_DATE) {
            CHECK(outcome == COSTSHARE_GROUP_FAILED && when == first_refused);
        } else if (decided == n) {
            CHECK(outcome == COSTSHARE_GROUP_MET && when == last_decided);
        } else {
            CHECK(outcome == COSTSHARE_GROUP_PENDING && when == NO_DATE);
        }
    }

    /* The state and the members: each record's state on the day. */
    CHECK(costshare_group_state_on(rec, n, day, &state) == COSTSHARE_OK);
    CHECK(costshare_group_members_on(rec, n, day, is_member, &members) == COSTSHARE_OK);
    {
        int32_t common = -2;
        size_t m = 0;
        for (i = 0; i < n; i++) {
            int32_t s = -1;
            CHECK(costshare_agreement_state_on(&rec[i], day, &s) == COSTSHARE_OK);
            common = i == 0 ? s : common == s ? s : COSTSHARE_GROUP_MIXED;
            CHECK(is_member[i] == (s == COSTSHARE_AGREEMENT_IN_FORCE ||
                                   s == COSTSHARE_AGREEMENT_TERMINATION_PENDING ||
                                   s == COSTSHARE_AGREEMENT_NOTICE_DECIDED ||
                                   s == COSTSHARE_AGREEMENT_NOTICE_SENT ||
                                   s == COSTSHARE_AGREEMENT_UNDER_NOTICE));
            m += (size_t)is_member[i];
        }
        CHECK(state == common && members == m);
    }

    /* Memberships and coverage need every record in force. */
    for (i = 0; i < n; i++) {
        all_in_force &= rec[i].in_force_from != NO_DATE;
    }
    /* The records are checked in their order: the first that is not in
     * force or enters into force before the one before it decides whether
     * the coverage's refusal is ENOTYET or EBACKWARDS. */
    for (i = 0; i < n && rec[i].in_force_from != NO_DATE; i++) {
        if (i > 0 && rec[i].in_force_from < rec[i - 1].in_force_from) {
            ordered = 0;
            break;
        }
    }
    for (i = 0; i < 2; i++) {
        inv_first[i] = base + (costshare_date)(take(&p, &left, 2) % 3000u) - 500;
        inv_last[i] = inv_first[i] + (costshare_date)(take(&p, &left, 1) % 300u) - 10;
    }
    from[0] = to[0] = 66;
    rc = costshare_group_memberships(rec, n, inv_first[0], inv_last[0], from, to);
    if (inv_last[0] < inv_first[0]) {
        CHECK(rc == COSTSHARE_EBACKWARDS && from[0] == 66 && to[0] == 66);
    } else if (!all_in_force) {
        CHECK(rc == COSTSHARE_ENOTYET && from[0] == 66 && to[0] == 66);
    } else {
        CHECK(rc == COSTSHARE_OK);
        for (i = 0; i < n; i++) {
            costshare_date f, t;
            term(&rec[i], &f, &t);
            CHECK(from[i] == (f <= inv_first[0] ? NO_DATE : f));
            CHECK(to[i] == (t == NO_DATE || t >= inv_last[0] ? NO_DATE : t));
        }
    }
    found[0].kind = 99;
    rc = costshare_group_coverage(rec, n, inv_first, inv_last, 2, found,
                                  sizeof found / sizeof found[0], &count);
    if (inv_last[0] < inv_first[0] || inv_last[1] < inv_first[1]) {
        CHECK(rc == COSTSHARE_EBACKWARDS && found[0].kind == 99);
    } else if (!ordered) {
        CHECK(rc == COSTSHARE_EBACKWARDS && found[0].kind == 99);
    } else if (!all_in_force) {
        CHECK(rc == COSTSHARE_ENOTYET && found[0].kind == 99);
    } else {
        /* Every day of the records and periods lies within this window
         * (events move at most 64 * 40 days on, notice adds at most three
         * years): a run that reaches its end runs on. */
        size_t w = reference(rec, n, inv_first, inv_last, 2, base - 1000, base + 5000, want);
        CHECK(rc == COSTSHARE_OK && count == w);
        for (i = 0; i < w; i++) {
            CHECK(found[i].kind == want[i].kind && found[i].index == want[i].index &&
                  found[i].first == want[i].first && found[i].last == want[i].last);
        }
    }

    /* The version-1 array answers as the version-2 one (the condition may
     * differ: version 1 keeps a rejection only while it is the last event). */
    if (v1_in_step) {
        const costshare_agreement *old = (const costshare_agreement *)(const void *)words;
        int32_t o2 = 0, s2 = 0, m2[MAX_RECORDS];
        costshare_date w2 = 0;
        size_t k2 = 0;
        int32_t common = -2;
        CHECK(costshare_group_condition(old, n, since, &o2, &w2) == COSTSHARE_OK);
        CHECK(costshare_group_state_on(old, n, day, &s2) == COSTSHARE_OK);
        CHECK(costshare_group_members_on(old, n, day, m2, &k2) == COSTSHARE_OK &&
              k2 == members && memcmp(m2, is_member, n * sizeof m2[0]) == 0);
        /* Each version-1 record's state is the version-2 one's, except that
         * version 1 has no date for a condition met: between the decision and
         * the notice it may answer TERMINATION_PENDING for NOTICE_DECIDED or
         * the other way round (costshare_agreement_state_on); the group's
         * state is made of the version-1 states. */
        for (i = 0; i < n; i++) {
            int32_t s1 = -1, sv2 = -1;
            CHECK(costshare_agreement_state_on(v1_at(words, i), day, &s1) == COSTSHARE_OK);
            CHECK(costshare_agreement_state_on(&rec[i], day, &sv2) == COSTSHARE_OK);
            CHECK(s1 == sv2 ||
                  ((s1 == COSTSHARE_AGREEMENT_TERMINATION_PENDING ||
                    s1 == COSTSHARE_AGREEMENT_NOTICE_DECIDED) &&
                   (sv2 == COSTSHARE_AGREEMENT_TERMINATION_PENDING ||
                    sv2 == COSTSHARE_AGREEMENT_NOTICE_DECIDED) &&
                   rec[i].termination_decided != NO_DATE && day >= rec[i].termination_decided &&
                   (rec[i].notice_given == NO_DATE || day < rec[i].notice_given)));
            common = i == 0 ? s1 : common == s1 ? s1 : COSTSHARE_GROUP_MIXED;
        }
        CHECK(s2 == common);
    }
    return 0;
}
