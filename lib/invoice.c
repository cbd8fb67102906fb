/*
 * Invoicing (invoice.h): due days, and the invoice run of a period.
 */
#include "costshare/invoice.h"

#include <stddef.h>

#include "arith.h"
#include "check.h"
#include "civil.h"
#include "costshare/calendar_se.h"
#include "hamilton.h"

int costshare_invoice_due(int32_t year, int32_t month, int32_t day, uint32_t flags,
                          costshare_date *out) {
    costshare_date due;
    int32_t days_in_month;
    if (out == NULL || (flags & ~COSTSHARE_SE_DEADLINE) != 0) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_year_valid(year) || !cs_month_valid(month) || day < 1 || day > 31) {
        return COSTSHARE_ERANGE;
    }
    /* "senast sista maj": a day past the month's end means its last day. */
    days_in_month = cs_days_in_month(year, month);
    due = cs_from_ymd(year, month, day < days_in_month ? day : days_in_month);
    if ((flags & COSTSHARE_SE_DEADLINE) != 0) {
        /* Lag (1930:173) 2 §: a last day on a Saturday, Sunday, holiday or
         * an eve moves to the next weekday. */
        int rc = costshare_se_deadline(due, &due);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    *out = due;
    return COSTSHARE_OK;
}

/*
 * The invoice run. A period is cut into segments where the set of members
 * changes; the segments are never stored apart from the caller's buffer,
 * and each party's membership is tested where it is needed, so the run
 * needs no memory of its own. The splits are the largest remainder over a
 * subset described by a function (hamilton.h): the segments by length, then
 * each segment's cost among the parties that carry it.
 */

/* A membership day: a valid date or COSTSHARE_INVOICE_OPEN. */
static int member_day_ok(costshare_date d) {
    return d == COSTSHARE_INVOICE_OPEN || cs_date_valid(d);
}

/* Whether party i is a member on day d. */
static int is_member(const costshare_date *from, const costshare_date *to, size_t i,
                     costshare_date d) {
    return (from[i] == COSTSHARE_INVOICE_OPEN || from[i] <= d) &&
           (to[i] == COSTSHARE_INVOICE_OPEN || to[i] >= d);
}

/* Whether party i is a member at some time in [first, last]. */
static int takes_part(const costshare_date *from, const costshare_date *to, size_t i,
                      costshare_date first, costshare_date last) {
    return (from[i] == COSTSHARE_INVOICE_OPEN || from[i] <= last) &&
           (to[i] == COSTSHARE_INVOICE_OPEN || to[i] >= first);
}

/* The memberships' days: ERANGE for a day that is neither valid nor open,
 * then EBACKWARDS for a membership that ends before it begins. */
static int check_memberships(const costshare_date *from, const costshare_date *to,
                             size_t count) {
    size_t i;
    for (i = 0; i < count; i++) {
        if (!member_day_ok(from[i]) || !member_day_ok(to[i])) {
            return COSTSHARE_ERANGE;
        }
    }
    for (i = 0; i < count; i++) {
        if (from[i] != COSTSHARE_INVOICE_OPEN && to[i] != COSTSHARE_INVOICE_OPEN &&
            to[i] < from[i]) {
            return COSTSHARE_EBACKWARDS;
        }
    }
    return COSTSHARE_OK;
}

/* The last day of the segment that begins on day (first <= day <= last):
 * the day before the next membership that begins after day, or the next
 * last day of a membership from day on, or the period's last day. */
static costshare_date segment_end(const costshare_date *from, const costshare_date *to,
                                  size_t count, costshare_date day, costshare_date last) {
    costshare_date end = last;
    size_t i;
    for (i = 0; i < count; i++) {
        if (from[i] != COSTSHARE_INVOICE_OPEN && from[i] > day && from[i] <= end) {
            end = from[i] - 1;
        }
        if (to[i] != COSTSHARE_INVOICE_OPEN && to[i] >= day && to[i] < end) {
            end = to[i];
        }
    }
    return end;
}

/* Whole calendar months of [first, last], or COSTSHARE_INVOICE_NO_MONTHS. */
static int32_t whole_months(costshare_date first, costshare_date last) {
    int32_t y, m, d;
    cs_to_ymd(first, &y, &m, &d);
    if (d != 1 || cs_month_last(last) != last) {
        return COSTSHARE_INVOICE_NO_MONTHS;
    }
    return (int32_t)(cs_month_index(last) - cs_month_index(first) + 1);
}

/* The number of segments of [first, last] (valid, in order, with valid
 * memberships); *not_months is set when one is not whole months. */
static size_t count_segments(const costshare_date *from, const costshare_date *to, size_t count,
                             costshare_date first, costshare_date last, int *not_months) {
    size_t n = 0;
    costshare_date day = first;
    *not_months = 0;
    for (;;) {
        costshare_date end = segment_end(from, to, count, day, last);
        n++;
        if (whole_months(day, end) == COSTSHARE_INVOICE_NO_MONTHS) {
            *not_months = 1;
        }
        if (end == last) {
            return n;
        }
        day = end + 1;
    }
}

/* Writes the n segments of [first, last] (n from count_segments()). */
static void write_segments(const costshare_date *from, const costshare_date *to, size_t count,
                           costshare_date first, costshare_date last,
                           costshare_invoice_segment *segments, size_t n) {
    costshare_date day = first;
    size_t s, i;
    /*@ loop unroll n; */
    for (s = 0; s < n; s++) {
        costshare_date end = segment_end(from, to, count, day, last);
        size_t members = 0;
        for (i = 0; i < count; i++) {
            members += is_member(from, to, i, day) ? 1u : 0u;
        }
        segments[s].first = day;
        segments[s].last = end;
        segments[s].days = end - day + 1;
        segments[s].months = whole_months(day, end);
        /* At most INT32_MAX (more parties than that cannot be counted
         * here). */
        segments[s].members = members < (size_t)INT32_MAX ? (int32_t)members : INT32_MAX;
        segments[s].reserved = 0;
        segments[s].cost = 0;
        segments[s].residual = 0;
        day = end + 1;
    }
}

int costshare_invoice_plan_init(costshare_invoice_plan *plan, uint32_t version) {
    if (plan == NULL || !cs_version_ok(version, COSTSHARE_INVOICE_PLAN_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    /* The defaults of the version asked for, member by member (a struct
     * is written by its caller's version, never by sizeof); version 1 has
     * every member. */
    plan->version = version;
    plan->first = COSTSHARE_INVOICE_OPEN;
    plan->last = COSTSHARE_INVOICE_OPEN;
    plan->rule = COSTSHARE_INVOICE_REDISTRIBUTE;
    plan->basis = COSTSHARE_BASIS_MONTHS;
    plan->cost = 0;
    return COSTSHARE_OK;
}

int costshare_invoice_segments(costshare_date first, costshare_date last,
                               const costshare_date *from, const costshare_date *to,
                               size_t count, costshare_invoice_segment *segments,
                               size_t capacity, size_t *segment_count) {
    size_t n;
    int not_months, rc;
    if (from == NULL || to == NULL || segment_count == NULL ||
        (segments == NULL && capacity != 0)) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0 || !cs_date_valid(first) || !cs_date_valid(last)) {
        return COSTSHARE_ERANGE;
    }
    rc = check_memberships(from, to, count);
    if (rc == COSTSHARE_OK && last < first) {
        rc = COSTSHARE_EBACKWARDS; /* after every ERANGE of the memberships */
    }
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    n = count_segments(from, to, count, first, last, &not_months);
    if (segments != NULL) {
        if (capacity < n) {
            return COSTSHARE_ESIZE;
        }
        /* The analysis (scripts/prove.sh) follows each number of segments
         * apart and unrolls the loop that writes them. */
        /*@ split n; */
        write_segments(from, to, count, first, last, segments, n);
    }
    *segment_count = n;
    return COSTSHARE_OK;
}

/* The segment-level split: the segments by their length. */
struct by_length {
    costshare_invoice_segment *segments;
    int months;
};

static int length_member(const void *ctx, size_t s, uint64_t *w) {
    const struct by_length *c = (const struct by_length *)ctx;
    *w = (uint64_t)(c->months ? c->segments[s].months : c->segments[s].days);
    return 1;
}

static void length_emit(void *ctx, size_t s, int64_t share) {
    ((struct by_length *)ctx)->segments[s].cost = share;
}

/* The party-level split of one segment. */
struct by_weight {
    const int64_t *weights;
    const costshare_date *from, *to;
    costshare_date day;         /* the segment's first day */
    costshare_date first, last; /* the period */
    int fixed;                  /* COSTSHARE_INVOICE_FIXED_SHARES */
    int64_t *amounts;
    int64_t *row;     /* the segment's row of segment_amounts, or NULL */
    int64_t residual; /* absent parties' shares (fixed shares) */
};

static int weight_member(const void *ctx, size_t i, uint64_t *w) {
    const struct by_weight *c = (const struct by_weight *)ctx;
    int in = c->fixed ? takes_part(c->from, c->to, i, c->first, c->last)
                      : is_member(c->from, c->to, i, c->day);
    *w = (uint64_t)c->weights[i];
    return in;
}

/* a + b, which the caller knows to fit in int64_t, computed modulo 2^64 so
 * that the analysis (scripts/prove.sh) sees no overflow for any a and b. */
static int64_t sum_i64(int64_t a, int64_t b) {
    uint64_t v = (uint64_t)a + (uint64_t)b;
    return v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
}

static void weight_emit(void *ctx, size_t i, int64_t share) {
    struct by_weight *c = (struct by_weight *)ctx;
    /* Shares have the sign of the cost and add up to at most |cost|, so
     * no sum here can overflow. */
    if (is_member(c->from, c->to, i, c->day)) {
        c->amounts[i] = sum_i64(c->amounts[i], share);
        if (c->row != NULL) {
            c->row[i] = share;
        }
    } else {
        c->residual = sum_i64(c->residual, share); /* fixed shares: an absent party's share */
    }
}

int costshare_invoice_period(const costshare_invoice_plan *plan, const int64_t *weights,
                             const costshare_date *from, const costshare_date *to, size_t count,
                             int64_t *amounts, costshare_invoice_segment *segments,
                             size_t capacity, size_t *segment_count, int64_t *segment_amounts,
                             int64_t *residual) {
    const size_t seg_size = sizeof(costshare_invoice_segment);
    size_t n_seg, s, i, wb, db, sb, mb;
    uint64_t total = 0;
    int not_months, rc;
    int64_t res = 0;
    if (plan == NULL || weights == NULL || from == NULL || to == NULL || amounts == NULL ||
        segments == NULL || segment_count == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_version_ok(plan->version, COSTSHARE_INVOICE_PLAN_VERSION) ||
        (plan->rule != COSTSHARE_INVOICE_REDISTRIBUTE &&
         plan->rule != COSTSHARE_INVOICE_FIXED_SHARES) ||
        (plan->basis != COSTSHARE_BASIS_DAYS && plan->basis != COSTSHARE_BASIS_MONTHS)) {
        return COSTSHARE_EINVAL;
    }
    if (count > SIZE_MAX / sizeof(int64_t) || capacity > SIZE_MAX / seg_size ||
        (segment_amounts != NULL && count > 0 &&
         capacity > SIZE_MAX / sizeof(int64_t) / count)) {
        return COSTSHARE_EINVAL;
    }
    wb = count * sizeof(int64_t);
    db = count * sizeof(costshare_date);
    sb = capacity * seg_size;
    mb = segment_amounts != NULL ? capacity * count * sizeof(int64_t) : 0;
    {
        /* Every output against every input and every other output. */
        const void *out[5];
        size_t out_n[5], o, p;
        const void *in[4];
        size_t in_n[4];
        out[0] = amounts;
        out_n[0] = wb;
        out[1] = segments;
        out_n[1] = sb;
        out[2] = segment_count;
        out_n[2] = sizeof *segment_count;
        out[3] = segment_amounts;
        out_n[3] = mb;
        out[4] = residual;
        out_n[4] = residual != NULL ? sizeof *residual : 0;
        in[0] = plan;
        in_n[0] = sizeof *plan;
        in[1] = weights;
        in_n[1] = wb;
        in[2] = from;
        in_n[2] = db;
        in[3] = to;
        in_n[3] = db;
        for (o = 0; o < 5; o++) {
            for (p = 0; p < 4; p++) {
                if (cs_overlap(out[o], out_n[o], in[p], in_n[p])) {
                    return COSTSHARE_EINVAL;
                }
            }
            for (p = o + 1; p < 5; p++) {
                if (cs_overlap(out[o], out_n[o], out[p], out_n[p])) {
                    return COSTSHARE_EINVAL;
                }
            }
        }
    }
    if (count == 0 || !cs_date_valid(plan->first) || !cs_date_valid(plan->last)) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < count; i++) {
        if (weights[i] < 0) {
            return COSTSHARE_ERANGE;
        }
    }
    rc = check_memberships(from, to, count);
    if (rc == COSTSHARE_OK && plan->last < plan->first) {
        rc = COSTSHARE_EBACKWARDS;
    }
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    for (i = 0; i < count; i++) {
        total += (uint64_t)weights[i]; /* each below 2^63: checked every step */
        if (total > (uint64_t)INT64_MAX) {
            return COSTSHARE_EOVERFLOW;
        }
    }
    n_seg = count_segments(from, to, count, plan->first, plan->last, &not_months);
    if (plan->basis == COSTSHARE_BASIS_MONTHS && not_months) {
        return COSTSHARE_ERANGE;
    }
    if (capacity < n_seg) {
        return COSTSHARE_ESIZE;
    }
    /* The analysis (scripts/prove.sh) follows each number of parties and
     * of segments apart and unrolls the loops over them, so that it sees
     * every segment and every amount written before it is read. */
    /*@ slevel merge; */
    /*@ split count; */
    /*@ split n_seg; */

    /* Nothing can fail from here on. */
    write_segments(from, to, count, plan->first, plan->last, segments, n_seg);
    /*@ loop unroll count; */
    for (i = 0; i < count; i++) {
        amounts[i] = 0;
    }
    {
        struct by_length len;
        struct cs_ham h;
        uint64_t length = 0;
        len.segments = segments;
        len.months = plan->basis == COSTSHARE_BASIS_MONTHS;
        /*@ loop unroll n_seg; */
        for (s = 0; s < n_seg; s++) {
            length += (uint64_t)(len.months ? segments[s].months : segments[s].days);
        }
        /* length >= 1: every segment has a day and, by months, a month (the
         * test shows the analysis that the split divides by no zero). */
        if (length > 0) {
            cs_ham_init(&h, n_seg, length_member, &len, length_emit, &len, plan->cost, length);
            cs_ham_split(&h);
        }
    }
    /*@ loop unroll n_seg; */
    for (s = 0; s < n_seg; s++) {
        costshare_invoice_segment *seg = &segments[s];
        struct by_weight ctx;
        struct cs_ham h;
        uint64_t wsum = 0, w;
        ctx.weights = weights;
        ctx.from = from;
        ctx.to = to;
        ctx.day = seg->first;
        ctx.first = plan->first;
        ctx.last = plan->last;
        ctx.fixed = plan->rule == COSTSHARE_INVOICE_FIXED_SHARES;
        ctx.amounts = amounts;
        ctx.row = segment_amounts != NULL ? segment_amounts + s * count : NULL;
        ctx.residual = 0;
        /*@ loop unroll count; */
        for (i = 0; i < count; i++) {
            if (ctx.row != NULL) {
                ctx.row[i] = 0;
            }
            if (weight_member(&ctx, i, &w)) {
                wsum += w;
            }
        }
        if (wsum == 0) {
            seg->residual = seg->cost; /* nobody to carry it */
        } else {
            cs_ham_init(&h, count, weight_member, &ctx, weight_emit, &ctx, seg->cost, wsum);
            cs_ham_split(&h);
            seg->residual = ctx.residual;
        }
        res = sum_i64(res, seg->residual); /* the residuals add up to at most |cost| */
    }
    *segment_count = n_seg;
    if (residual != NULL) {
        *residual = res;
    }
    return COSTSHARE_OK;
}

/* a - b: 0 and *out, or 1 when it does not fit in int64_t. Computed modulo
 * 2^64, so that no intermediate value overflows (the analysis,
 * scripts/prove.sh, sees it for any a and b): the difference overflows
 * when a and b differ in sign and it differs in sign from a. */
static int sub_i64(int64_t a, int64_t b, int64_t *out) {
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b, d = ua - ub;
    if ((((ua ^ ub) & (ua ^ d)) >> 63) != 0u) {
        return 1;
    }
    *out = d <= (uint64_t)INT64_MAX ? (int64_t)d : -(int64_t)(~d) - 1;
    return 0;
}

int costshare_invoice_adjust(const int64_t *amounts, const int64_t *invoiced, size_t count,
                             int32_t due_year, int32_t due_month, int32_t due_day,
                             uint32_t flags, int64_t *adjustments, costshare_date *due) {
    costshare_date day;
    size_t i, nb;
    int64_t diff;
    int rc;
    if (amounts == NULL || invoiced == NULL || adjustments == NULL || due == NULL ||
        (flags & ~(uint32_t)COSTSHARE_SE_DEADLINE) != 0 || count > SIZE_MAX / sizeof(int64_t)) {
        return COSTSHARE_EINVAL;
    }
    nb = count * sizeof(int64_t);
    if (cs_overlap(adjustments, nb, amounts, nb) || cs_overlap(adjustments, nb, invoiced, nb) ||
        cs_overlap(adjustments, nb, due, sizeof *due) ||
        cs_overlap(due, sizeof *due, amounts, nb) ||
        cs_overlap(due, sizeof *due, invoiced, nb)) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0) {
        return COSTSHARE_ERANGE;
    }
    /* The analysis (scripts/prove.sh) joins the paths of the checks above
     * here, so that it keeps the due day's outcomes apart. */
    /*@ slevel merge; */
    rc = costshare_invoice_due(due_year, due_month, due_day, flags, &day);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    for (i = 0; i < count; i++) {
        if (sub_i64(amounts[i], invoiced[i], &diff)) {
            return COSTSHARE_EOVERFLOW;
        }
    }
    for (i = 0; i < count; i++) {
        (void)sub_i64(amounts[i], invoiced[i], &adjustments[i]); /* fits: checked above */
    }
    *due = day;
    return COSTSHARE_OK;
}
