/*
 * A group of agreements over a caller-owned array of records: the condition
 * "valid only if the others decide the same", the group's state and members
 * on a day, memberships in an invoice period, and the coverage of one
 * party's successive agreements.
 *
 * Every function checks the whole array first (each record as
 * costshare_agreement_apply() checks it, read at the stride of the records'
 * version), then its other arguments, and writes its outputs last.
 */
#include "costshare/group.h"

#include <stddef.h>

#include "agreement_record.h"
#include "civil.h"

#define NO_DATE COSTSHARE_AGREEMENT_NO_DATE

/* The array's checks shared by every function: records given, at least one,
 * all of one known version, each well formed. *stride receives the size of
 * that version, the distance between two records. */
static int check_records(const costshare_agreement *records, size_t count, size_t *stride) {
    size_t i;
    if (records == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0) {
        return COSTSHARE_ERANGE;
    }
    *stride = cs_agreement_record_size(records->version);
    if (*stride == 0) {
        return COSTSHARE_EINVAL;
    }
    for (i = 0; i < count; i++) {
        costshare_agreement r;
        const costshare_agreement *at =
            (const costshare_agreement *)(const void *)((const unsigned char *)records +
                                                        i * *stride);
        if (at->version != records->version || cs_agreement_load(at, &r) != COSTSHARE_OK) {
            return COSTSHARE_EINVAL;
        }
    }
    return COSTSHARE_OK;
}

/* Record i of an array check_records() accepted, read into a current one. */
static costshare_agreement record_at(const costshare_agreement *records, size_t stride,
                                     size_t i) {
    costshare_agreement r = COSTSHARE_AGREEMENT_INIT;
    (void)cs_agreement_load(
        (const costshare_agreement *)(const void *)((const unsigned char *)records +
                                                    i * stride),
        &r);
    return r;
}

/* The earlier of two days, either of which may be none. */
static costshare_date earliest(costshare_date a, costshare_date b) {
    return a == NO_DATE || (b != NO_DATE && b < a) ? b : a;
}

/* ---- the condition ------------------------------------------------------- */

/* The day a party decided to leave, from `since` on: its decision, or the
 * notice it sent without a decision on record; none if it has not. */
static costshare_date decided_on(const costshare_agreement *r, costshare_date since) {
    if (r->termination_decided != NO_DATE) {
        return r->termination_decided >= since ? r->termination_decided : NO_DATE;
    }
    return r->notice_sent != NO_DATE && r->notice_sent >= since ? r->notice_sent : NO_DATE;
}

/* The day a party that has not decided refused, from `since` on: a
 * withdrawal or repeal on record, or a latest decision that rejects,
 * repeals or withdraws; the earliest of those, none if neither. */
static costshare_date refused_on(const costshare_agreement *r, costshare_date since) {
    costshare_date refused = NO_DATE;
    if (r->withdrawn_on != NO_DATE && r->withdrawn_on >= since) {
        refused = r->withdrawn_on;
    }
    if ((r->last_decision_kind == COSTSHARE_EVENT_REJECT ||
         r->last_decision_kind == COSTSHARE_EVENT_REPEAL ||
         r->last_decision_kind == COSTSHARE_EVENT_WITHDRAW) &&
        r->last_decision >= since) {
        refused = earliest(refused, r->last_decision);
    }
    return refused;
}

int costshare_group_condition(const costshare_agreement *records, size_t count,
                              costshare_date since, int32_t *outcome, costshare_date *day) {
    costshare_date last_decided = NO_DATE, first_refused = NO_DATE;
    size_t stride, i, decided = 0;
    int rc;
    if (outcome == NULL || day == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_records(records, count, &stride);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(since)) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        const costshare_date d = decided_on(&r, since);
        if (d != NO_DATE) {
            decided++;
            last_decided = d > last_decided ? d : last_decided;
        } else {
            first_refused = earliest(first_refused, refused_on(&r, since));
        }
    }
    if (first_refused != NO_DATE) {
        *outcome = COSTSHARE_GROUP_FAILED;
        *day = first_refused;
    } else if (decided == count) {
        *outcome = COSTSHARE_GROUP_MET;
        *day = last_decided;
    } else {
        *outcome = COSTSHARE_GROUP_PENDING;
        *day = NO_DATE;
    }
    return COSTSHARE_OK;
}

/* ---- the state and the members on a day ---------------------------------- */

int costshare_group_state_on(const costshare_agreement *records, size_t count,
                             costshare_date day, int32_t *state) {
    size_t stride, i;
    int32_t common = COSTSHARE_GROUP_MIXED;
    int rc;
    if (state == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_records(records, count, &stride);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        const int32_t s = cs_agreement_state_of(&r, day);
        if (i == 0) {
            common = s;
        } else if (s != common) {
            common = COSTSHARE_GROUP_MIXED;
            break;
        }
    }
    *state = common;
    return COSTSHARE_OK;
}

/* A member: the agreement is in force on the day. */
static int in_force(int32_t state) {
    switch (state) {
    case COSTSHARE_AGREEMENT_IN_FORCE:
    case COSTSHARE_AGREEMENT_TERMINATION_PENDING:
    case COSTSHARE_AGREEMENT_NOTICE_DECIDED:
    case COSTSHARE_AGREEMENT_NOTICE_SENT:
    case COSTSHARE_AGREEMENT_UNDER_NOTICE:
        return 1;
    default:
        return 0;
    }
}

int costshare_group_members_on(const costshare_agreement *records, size_t count,
                               costshare_date day, int32_t *is_member, size_t *members) {
    size_t stride, i, n = 0;
    int rc;
    if (members == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_records(records, count, &stride);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        const int member = in_force(cs_agreement_state_of(&r, day));
        if (is_member != NULL) {
            is_member[i] = member;
        }
        n += (size_t)member;
    }
    *members = n;
    return COSTSHARE_OK;
}

/* ---- memberships and coverage -------------------------------------------- */

/* A record's membership: its first day in force, and its last day in force
 * (the last day fixed by notice, expiry or replacement, else a plain fixed
 * term's end) or none. ENOTYET for a record that has not entered into
 * force. */
static int membership_of(const costshare_agreement *r, costshare_date *from,
                         costshare_date *to) {
    if (r->in_force_from == NO_DATE) {
        return COSTSHARE_ENOTYET;
    }
    *from = r->in_force_from;
    *to = r->last_day;
    if (*to == NO_DATE && r->term_end != NO_DATE && r->renewal_count == 0) {
        *to = r->term_end;
    }
    return COSTSHARE_OK;
}

int costshare_group_memberships(const costshare_agreement *records, size_t count,
                                costshare_date first, costshare_date last, costshare_date *from,
                                costshare_date *to) {
    size_t stride, i;
    int rc;
    if (from == NULL || to == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_records(records, count, &stride);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(first) || !cs_date_valid(last)) {
        return COSTSHARE_ERANGE;
    }
    if (last < first) {
        return COSTSHARE_EBACKWARDS;
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        costshare_date f, t;
        if (membership_of(&r, &f, &t) != COSTSHARE_OK) {
            return COSTSHARE_ENOTYET;
        }
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        costshare_date f = NO_DATE, t = NO_DATE;
        (void)membership_of(&r, &f, &t); /* in force: checked above */
        from[i] = f <= first ? NO_DATE : f;
        to[i] = t == NO_DATE || t >= last ? NO_DATE : t;
    }
    return COSTSHARE_OK;
}

/* The findings are counted in one pass and written in a second, so that a
 * buffer too small is found before anything is written. The second pass
 * finds exactly the findings the first counted, no more than `capacity`;
 * the test of the count against it, which always holds, states that for
 * the static analysis (docs/robustness.md). */
struct findings {
    costshare_group_finding *out; /* NULL while counting */
    size_t count, capacity;
};

static void add(struct findings *f, int32_t kind, size_t index, costshare_date first,
                costshare_date last) {
    if (f->out != NULL && f->count < f->capacity) {
        f->out[f->count].kind = kind;
        f->out[f->count].index = (int32_t)index;
        f->out[f->count].first = first;
        f->out[f->count].last = last;
    }
    f->count++;
}

/* The term of record i: its membership (the records are in force, checked
 * before). */
static void term_at(const costshare_agreement *records, size_t stride, size_t i,
                    costshare_date *from, costshare_date *to) {
    const costshare_agreement r = record_at(records, stride, i);
    *from = NO_DATE;
    *to = NO_DATE;
    (void)membership_of(&r, from, to);
}

/* The gaps and overlaps of consecutive terms, then each invoiced period's
 * days outside every term. A term without an end runs on; the terms are in
 * order of their first days. */
static void find(const costshare_agreement *records, size_t stride, size_t count,
                 const costshare_date *invoiced_first, const costshare_date *invoiced_last,
                 size_t periods, struct findings *f) {
    size_t i, p;
    for (i = 0; i + 1 < count; i++) {
        costshare_date from, end, next, next_end;
        term_at(records, stride, i, &from, &end);
        term_at(records, stride, i + 1, &next, &next_end);
        if (end != NO_DATE && (int64_t)end + 1 < next) { /* a day between them */
            add(f, COSTSHARE_GROUP_GAP, i, end + 1, next - 1);
        } else if (end == NO_DATE || end >= next) {
            /* Both cover the days from the later start to the earlier end
             * (none when neither has an end). */
            costshare_date last = end == NO_DATE        ? next_end
                                  : next_end == NO_DATE ? end
                                  : end < next_end      ? end
                                                        : next_end;
            add(f, COSTSHARE_GROUP_OVERLAP, i, next, last);
        }
    }
    for (p = 0; p < periods; p++) {
        /* `cursor` is the first invoiced day not yet known to be covered:
         * every run of days before the next term's start is uncovered. */
        const costshare_date last = invoiced_last[p];
        int64_t cursor = invoiced_first[p]; /* up to the day after `last` */
        for (i = 0; i < count && cursor <= last; i++) {
            costshare_date from, to;
            term_at(records, stride, i, &from, &to);
            if (from > cursor) {
                add(f, COSTSHARE_GROUP_UNCOVERED, p, (costshare_date)cursor,
                    from - 1 < last ? from - 1 : last);
            }
            if (to == NO_DATE || to >= last) {
                cursor = (int64_t)last + 1; /* covered through the end, or past it */
            } else if (to >= cursor) {
                cursor = to + 1;
            }
        }
        if (cursor <= last) {
            add(f, COSTSHARE_GROUP_UNCOVERED, p, (costshare_date)cursor, last);
        }
    }
}

int costshare_group_coverage(const costshare_agreement *records, size_t count,
                             const costshare_date *invoiced_first,
                             const costshare_date *invoiced_last, size_t periods,
                             costshare_group_finding *findings, size_t capacity,
                             size_t *finding_count) {
    struct findings f;
    costshare_date previous = NO_DATE;
    size_t stride, i;
    int rc;
    if (finding_count == NULL ||
        (periods > 0 && (invoiced_first == NULL || invoiced_last == NULL)) ||
        (findings == NULL && capacity > 0)) {
        return COSTSHARE_EINVAL;
    }
    rc = check_records(records, count, &stride);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    for (i = 0; i < periods; i++) {
        if (!cs_date_valid(invoiced_first[i]) || !cs_date_valid(invoiced_last[i])) {
            return COSTSHARE_ERANGE;
        }
    }
    for (i = 0; i < periods; i++) {
        if (invoiced_last[i] < invoiced_first[i]) {
            return COSTSHARE_EBACKWARDS;
        }
    }
    for (i = 0; i < count; i++) {
        const costshare_agreement r = record_at(records, stride, i);
        costshare_date from = NO_DATE, to = NO_DATE;
        if (membership_of(&r, &from, &to) != COSTSHARE_OK) {
            return COSTSHARE_ENOTYET;
        }
        if (from < previous) {
            return COSTSHARE_EBACKWARDS; /* not in the order they followed */
        }
        previous = from;
    }
    f.out = NULL;
    f.count = 0;
    f.capacity = capacity;
    find(records, stride, count, invoiced_first, invoiced_last, periods, &f);
    if (findings != NULL) {
        if (f.count > capacity) {
            return COSTSHARE_ESIZE;
        }
        f.out = findings;
        f.count = 0;
        find(records, stride, count, invoiced_first, invoiced_last, periods, &f);
    }
    *finding_count = f.count;
    return COSTSHARE_OK;
}

static const char *const outcome_names[] = {
    "COSTSHARE_GROUP_PENDING",
    "COSTSHARE_GROUP_MET",
    "COSTSHARE_GROUP_FAILED",
};

static const char *const finding_names[] = {
    "COSTSHARE_GROUP_GAP",
    "COSTSHARE_GROUP_OVERLAP",
    "COSTSHARE_GROUP_UNCOVERED",
};

const char *costshare_group_outcome_name(int32_t outcome) {
    if (outcome < COSTSHARE_GROUP_PENDING || outcome > COSTSHARE_GROUP_FAILED) {
        return "COSTSHARE_UNKNOWN";
    }
    return outcome_names[outcome];
}

const char *costshare_group_finding_name(int32_t kind) {
    if (kind < COSTSHARE_GROUP_GAP || kind > COSTSHARE_GROUP_UNCOVERED) {
        return "COSTSHARE_UNKNOWN";
    }
    return finding_names[kind - COSTSHARE_GROUP_GAP];
}
