/*
 * libFuzzer harness for the invoice run (scripts/fuzz.sh): costshare/invoice.h
 * (costshare_invoice_segments, costshare_invoice_period,
 * costshare_invoice_adjust), costshare_split_nested (split.h) and
 * costshare_post_cost_ex (post.h).
 *
 * The first byte picks the function; the rest are its arguments, read with
 * fuzz_input.h. Checks, against references written here from the headers:
 * - every refusal returns the code of the first violated precondition in the
 *   documented order and leaves every output untouched;
 * - costshare_split_nested(): the groups get costshare_split() of the total,
 *   each group's parties costshare_split() of its part among them alone;
 * - costshare_invoice_segments(): the segments of a day-by-day scan of the
 *   members (a new segment on every day whose members differ from the day
 *   before), with their days, months and member counts;
 * - costshare_invoice_period(): those segments; their costs are
 *   costshare_split() of the cost by length; each segment's row is
 *   costshare_split() of its cost among the parties that carry it (the
 *   absent parties' shares, or all of it without carrying weight, being its
 *   residual); the amounts are the rows' sums; everything adds up;
 * - costshare_invoice_adjust(): amount - invoiced exactly, EOVERFLOW exactly
 *   when it does not fit, the due day of costshare_invoice_due();
 * - costshare_post_cost_ex(): a month-by-month 128-bit reference, with a
 *   revision rate or an index series.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef __int128 i128;

#define SENT64 ((int64_t)0x5A5A5A5A5A5A5A5A)
#define OPEN COSTSHARE_INVOICE_OPEN
#define MAXP 48
#define MAXG 8
#define MAXSEG (2 * MAXP + 1)
#define MAXDAYS 800

static int valid(costshare_date d) {
    return d >= COSTSHARE_DATE_MIN && d <= COSTSHARE_DATE_MAX;
}

/* d + k without overflow (clamped to int32_t: arbitrary dates stay arbitrary). */
static costshare_date shift(costshare_date d, int64_t k) {
    int64_t r = (int64_t)d + k;
    return r > INT32_MAX ? INT32_MAX : r < INT32_MIN ? INT32_MIN : (costshare_date)r;
}

static int day_ok(costshare_date d) {
    return d == OPEN || valid(d);
}

static int is_member(costshare_date from, costshare_date to, costshare_date d) {
    return (from == OPEN || from <= d) && (to == OPEN || to >= d);
}

static int month_first(costshare_date d) {
    int32_t day = 0;
    return costshare_date_to_ymd(d, NULL, NULL, &day) == COSTSHARE_OK && day == 1;
}

static int month_last(costshare_date d) {
    costshare_date last = 0;
    return costshare_date_month_last(d, &last) == COSTSHARE_OK && last == d;
}

static int64_t month_index(costshare_date d) {
    int32_t y = 0, m = 0;
    (void)costshare_date_to_ymd(d, &y, &m, NULL);
    return (int64_t)y * 12 + m - 1;
}

static int64_t pick_weight(fz_input *in) {
    uint8_t how = fz_u8(in);
    switch (how & 3u) {
    case 0:
        return how >> 2 & 7u; /* small: many ties and zeros */
    case 1:
        return (int64_t)(fz_u32(in) % 1000000u); /* populations */
    case 2:
        return fz_i64(in); /* anything, negative included */
    default:
        return (int64_t)(fz_bytes(in, 8) >> 2); /* large: sums that overflow */
    }
}

static int64_t pick_amount(fz_input *in) {
    uint8_t how = fz_u8(in);
    return (how & 1u) ? fz_i64(in) : (int64_t)(fz_u32(in) % 2000000u) - 1000000;
}

/* ---- costshare_split_nested ---------------------------------------- */

static void check_nested(fz_input *in) {
    static int64_t gw[MAXG], pw[MAXP], gs[MAXG + MAXP], ps[MAXP], members[MAXP], part[MAXP];
    static int64_t ref_g[MAXG];
    static uint32_t grp[MAXP];
    uint8_t how = fz_u8(in);
    size_t ng = fz_u8(in) % (MAXG + 1), np = fz_u8(in) % (MAXP + 1), i, g, k;
    int64_t total = pick_amount(in);
    int expect = COSTSHARE_OK, rc;
    i128 gsum = 0, psum = 0;
    for (g = 0; g < ng; g++) {
        gw[g] = pick_weight(in);
    }
    for (i = 0; i < np; i++) {
        uint8_t b = fz_u8(in);
        grp[i] =
            (b & 0x80u) && ng > 0 ? (uint32_t)(b % (ng + 1)) : (uint32_t)(ng > 0 ? b % ng : 0);
        pw[i] = pick_weight(in);
    }
    /* The documented order of the checks. */
    if (ng == 0 || np == 0) {
        expect = COSTSHARE_ERANGE;
    }
    for (i = 0; i < np && expect == COSTSHARE_OK; i++) {
        if (grp[i] >= ng || pw[i] < 0) {
            expect = COSTSHARE_ERANGE;
        }
    }
    for (g = 0; g < ng && expect == COSTSHARE_OK; g++) {
        if (gw[g] < 0) {
            expect = COSTSHARE_ERANGE;
        }
    }
    if (expect == COSTSHARE_OK) {
        for (g = 0; g < ng; g++) {
            gsum += gw[g];
        }
        for (i = 0; i < np; i++) {
            psum += pw[i];
        }
        if (gsum > INT64_MAX || psum > INT64_MAX) {
            expect = COSTSHARE_EOVERFLOW;
        } else if (gsum == 0) {
            expect = COSTSHARE_ENOWEIGHT;
        }
        for (g = 0; g < ng && expect == COSTSHARE_OK; g++) {
            int weighted = gw[g] == 0;
            for (i = 0; i < np; i++) {
                weighted |= grp[i] == g && pw[i] > 0;
            }
            if (!weighted) {
                expect = COSTSHARE_ENOWEIGHT;
            }
        }
    }
    for (i = 0; i < MAXG + MAXP; i++) {
        gs[i] = SENT64;
    }
    for (i = 0; i < MAXP; i++) {
        ps[i] = SENT64;
    }
    if ((how & 1u) && ng > 0 && np > 0) {
        /* Party shares overlapping the group shares: always EINVAL. */
        FZ_CHECK(costshare_split_nested(total, gw, ng, grp, pw, np, gs, gs + ng - 1) ==
                 COSTSHARE_EINVAL);
        for (i = 0; i < MAXG + MAXP; i++) {
            FZ_CHECK(gs[i] == SENT64);
        }
    }
    rc = costshare_split_nested(total, gw, ng, grp, pw, np, gs, ps);
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        for (i = 0; i < MAXG + MAXP; i++) {
            FZ_CHECK(gs[i] == SENT64);
        }
        for (i = 0; i < MAXP; i++) {
            FZ_CHECK(ps[i] == SENT64);
        }
        return;
    }
    FZ_CHECK(costshare_split(total, gw, ng, ref_g) == COSTSHARE_OK);
    FZ_CHECK(memcmp(gs, ref_g, ng * sizeof *gs) == 0);
    for (g = 0; g < ng; g++) {
        i128 sum = 0;
        for (i = 0, k = 0; i < np; i++) {
            if (grp[i] == g) {
                members[k++] = pw[i];
                sum += ps[i];
            }
        }
        FZ_CHECK(sum == gs[g]);
        if (k == 0) {
            continue;
        }
        if (costshare_split(gs[g], members, k, part) == COSTSHARE_OK) {
            for (i = 0, k = 0; i < np; i++) {
                if (grp[i] == g) {
                    FZ_CHECK(ps[i] == part[k++]);
                }
            }
        } else {
            /* Members all of weight 0: a group of weight 0 and share 0. */
            FZ_CHECK(gw[g] == 0 && gs[g] == 0);
            for (i = 0; i < np; i++) {
                FZ_CHECK(grp[i] != g || ps[i] == 0);
            }
        }
    }
}

/* ---- plans: a period and memberships ------------------------------- */

struct plan {
    costshare_date first, last;
    size_t n;
    costshare_date from[MAXP], to[MAXP];
    int64_t w[MAXP];
};

static costshare_date pick_member_day(fz_input *in, const struct plan *p, int is_to) {
    uint8_t how = fz_u8(in);
    costshare_date d;
    switch (how & 7u) {
    case 0:
    case 1:
        return OPEN;
    case 2:
        return fz_date(in); /* anything, invalid included */
    default:
        d = shift(p->first, (int64_t)(fz_bytes(in, 2) % (MAXDAYS + 120u)) - 60);
        if ((how & 8u) && valid(d)) {
            costshare_date b = d;
            (void)(is_to ? costshare_date_month_last(d, &b)
                         : costshare_date_month_first(d, &b));
            d = b;
        }
        return d;
    }
}

static void pick_plan(fz_input *in, struct plan *p, int with_weights) {
    uint8_t how = fz_u8(in);
    size_t i;
    p->first = (how & 1u) ? fz_date(in) : 10957 + (costshare_date)(fz_u32(in) % 14600u);
    p->last = shift(p->first, (int64_t)(fz_bytes(in, 2) % MAXDAYS) - ((how & 2u) ? 3 : 0));
    if ((how & 4u) && valid(p->first) && valid(p->last)) {
        (void)costshare_date_month_first(p->first, &p->first);
        (void)costshare_date_month_last(p->last, &p->last);
    }
    p->n = fz_u8(in) % (MAXP + 1);
    for (i = 0; i < p->n; i++) {
        p->from[i] = pick_member_day(in, p, 0);
        p->to[i] = pick_member_day(in, p, 1);
        if ((how & 8u) && p->from[i] != OPEN && p->to[i] != OPEN && p->to[i] < p->from[i] &&
            (fz_u8(in) & 7u) != 0) {
            costshare_date t = p->from[i];
            p->from[i] = p->to[i];
            p->to[i] = t; /* mostly in order */
        }
        p->w[i] = with_weights ? pick_weight(in) : 0;
    }
}

/* The reference segments: a day-by-day scan. Returns their number. */
static size_t scan_segments(const struct plan *p, costshare_invoice_segment *seg) {
    size_t n = 0, i;
    costshare_date d;
    for (d = p->first; d <= p->last; d++) {
        int32_t members = 0;
        int changed = d == p->first;
        for (i = 0; i < p->n; i++) {
            int in = is_member(p->from[i], p->to[i], d);
            members += in;
            changed |= in != is_member(p->from[i], p->to[i], d - 1);
        }
        if (changed) {
            memset(&seg[n], 0, sizeof seg[n]);
            seg[n].first = d;
            seg[n].members = members;
            n++;
        }
        seg[n - 1].last = d;
    }
    for (i = 0; i < n; i++) {
        seg[i].days = seg[i].last - seg[i].first + 1;
        seg[i].months =
            month_first(seg[i].first) && month_last(seg[i].last)
                ? (int32_t)(month_index(seg[i].last) - month_index(seg[i].first) + 1)
                : COSTSHARE_INVOICE_NO_MONTHS;
    }
    return n;
}

/* The range and order checks shared by segments and period. */
static int plan_dates_code(const struct plan *p) {
    size_t i;
    if (p->n == 0 || !valid(p->first) || !valid(p->last)) {
        return COSTSHARE_ERANGE;
    }
    for (i = 0; i < p->n; i++) {
        if (!day_ok(p->from[i]) || !day_ok(p->to[i])) {
            return COSTSHARE_ERANGE;
        }
    }
    for (i = 0; i < p->n; i++) {
        if (p->from[i] != OPEN && p->to[i] != OPEN && p->to[i] < p->from[i]) {
            return COSTSHARE_EBACKWARDS;
        }
    }
    return p->last < p->first ? COSTSHARE_EBACKWARDS : COSTSHARE_OK;
}

static void check_segments(fz_input *in) {
    static struct plan p;
    static costshare_invoice_segment seg[MAXSEG + 1], ref[MAXSEG + 1];
    size_t capacity, n = 4242, n_ref = 0, s;
    int expect, rc;
    pick_plan(in, &p, 0);
    capacity = fz_u8(in) % (MAXSEG + 2);
    memset(seg, 0x5A, sizeof seg);
    expect = plan_dates_code(&p);
    if (expect == COSTSHARE_OK) {
        n_ref = scan_segments(&p, ref);
        FZ_CHECK(n_ref >= 1 && n_ref <= 2 * p.n + 1);
    }
    rc = costshare_invoice_segments(p.first, p.last, p.from, p.to, p.n,
                                    capacity == 0 ? NULL : seg, capacity, &n);
    if (expect == COSTSHARE_OK && capacity != 0 && capacity < n_ref) {
        expect = COSTSHARE_ESIZE;
    }
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        FZ_CHECK(n == 4242 && seg[0].days == 0x5A5A5A5A);
        return;
    }
    FZ_CHECK(n == n_ref);
    for (s = 0; s < n && capacity != 0; s++) {
        FZ_CHECK(memcmp(&seg[s], &ref[s], sizeof seg[s]) == 0);
    }
    FZ_CHECK(capacity == 0 || seg[n].days == 0x5A5A5A5A || n == capacity);
}

static void check_period(fz_input *in) {
    static struct plan p;
    static costshare_invoice_segment seg[MAXSEG], ref[MAXSEG];
    static int64_t amounts[MAXP], matrix[MAXSEG * MAXP], lens[MAXSEG], costs[MAXSEG];
    static int64_t carriers[MAXP], share[MAXP];
    costshare_invoice_plan plan;
    uint8_t how;
    size_t capacity, n = 4242, n_ref = 0, s, i, k;
    int64_t residual = SENT64;
    int expect, rc, want_matrix;
    i128 wsum = 0, total = 0, res_total = 0;
    pick_plan(in, &p, 1);
    how = fz_u8(in);
    (void)costshare_invoice_plan_init(&plan, COSTSHARE_INVOICE_PLAN_VERSION);
    plan.first = p.first;
    plan.last = p.last;
    plan.cost = pick_amount(in);
    plan.rule = (how & 1u) ? (int32_t)(fz_u8(in) % 3u) : (int32_t)(how >> 1 & 1u);
    plan.basis = (how & 4u) ? (int32_t)(fz_u8(in) % 3u) : (int32_t)(how >> 3 & 1u);
    if (how & 16u) {
        plan.version = fz_u8(in) % 3u;
    }
    want_matrix = (how & 32u) != 0;
    capacity = (how & 64u) ? fz_u8(in) % (MAXSEG + 1) : MAXSEG;
    memset(seg, 0x5A, sizeof seg);
    for (i = 0; i < MAXP; i++) {
        amounts[i] = SENT64;
    }
    for (i = 0; i < MAXSEG * MAXP; i++) {
        matrix[i] = SENT64;
    }
    /* The documented order of the checks. */
    if (plan.version < 1 || plan.version > COSTSHARE_INVOICE_PLAN_VERSION || plan.rule < 0 ||
        plan.rule > 1 || plan.basis < 0 || plan.basis > 1) {
        expect = COSTSHARE_EINVAL;
    } else if (p.n == 0 || !valid(p.first) || !valid(p.last)) {
        expect = COSTSHARE_ERANGE;
    } else {
        expect = COSTSHARE_OK;
        for (i = 0; i < p.n; i++) {
            if (p.w[i] < 0) {
                expect = COSTSHARE_ERANGE;
            }
            wsum += p.w[i];
        }
        if (expect == COSTSHARE_OK) {
            expect = plan_dates_code(&p);
        }
        if (expect == COSTSHARE_OK && wsum > INT64_MAX) {
            expect = COSTSHARE_EOVERFLOW;
        }
        if (expect == COSTSHARE_OK) {
            n_ref = scan_segments(&p, ref);
            for (s = 0; s < n_ref; s++) {
                if (plan.basis == COSTSHARE_BASIS_MONTHS &&
                    ref[s].months == COSTSHARE_INVOICE_NO_MONTHS) {
                    expect = COSTSHARE_ERANGE;
                }
            }
            if (expect == COSTSHARE_OK && capacity < n_ref) {
                expect = COSTSHARE_ESIZE;
            }
        }
    }
    rc = costshare_invoice_period(&plan, p.w, p.from, p.to, p.n, amounts, seg, capacity, &n,
                                  want_matrix ? matrix : NULL, &residual);
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        FZ_CHECK(n == 4242 && residual == SENT64 && seg[0].cost == SENT64);
        for (i = 0; i < MAXP; i++) {
            FZ_CHECK(amounts[i] == SENT64);
        }
        for (i = 0; i < MAXSEG * MAXP; i++) {
            FZ_CHECK(matrix[i] == SENT64);
        }
        return;
    }
    FZ_CHECK(n == n_ref);
    for (s = 0; s < n; s++) {
        FZ_CHECK(seg[s].first == ref[s].first && seg[s].last == ref[s].last &&
                 seg[s].days == ref[s].days && seg[s].months == ref[s].months &&
                 seg[s].members == ref[s].members && seg[s].reserved == 0);
        lens[s] = plan.basis == COSTSHARE_BASIS_MONTHS ? seg[s].months : seg[s].days;
    }
    FZ_CHECK(costshare_split(plan.cost, lens, n, costs) == COSTSHARE_OK);
    for (s = 0; s < n; s++) {
        i128 row = 0;
        int carried;
        FZ_CHECK(seg[s].cost == costs[s]);
        for (i = 0, k = 0; i < p.n; i++) {
            int present = is_member(p.from[i], p.to[i], seg[s].first);
            int part = (p.from[i] == OPEN || p.from[i] <= p.last) &&
                       (p.to[i] == OPEN || p.to[i] >= p.first);
            if (plan.rule == COSTSHARE_INVOICE_FIXED_SHARES ? part : present) {
                carriers[k++] = p.w[i];
            }
        }
        carried = k > 0 && costshare_split(seg[s].cost, carriers, k, share) == COSTSHARE_OK;
        for (i = 0, k = 0; i < p.n; i++) {
            int present = is_member(p.from[i], p.to[i], seg[s].first);
            int part = (p.from[i] == OPEN || p.from[i] <= p.last) &&
                       (p.to[i] == OPEN || p.to[i] >= p.first);
            int64_t want = 0;
            if (plan.rule == COSTSHARE_INVOICE_FIXED_SHARES ? part : present) {
                want = carried && present ? share[k] : 0;
                k++;
            }
            if (want_matrix) {
                FZ_CHECK(matrix[s * p.n + i] == want);
            }
            row += want;
        }
        if (!carried) {
            FZ_CHECK(seg[s].residual == seg[s].cost);
        }
        FZ_CHECK(row + seg[s].residual == seg[s].cost);
        res_total += seg[s].residual;
    }
    for (i = 0; i < p.n; i++) {
        if (want_matrix) {
            i128 col = 0;
            for (s = 0; s < n; s++) {
                col += matrix[s * p.n + i];
            }
            FZ_CHECK(col == amounts[i]);
        }
        total += amounts[i];
    }
    FZ_CHECK(res_total == residual);
    FZ_CHECK(total + residual == plan.cost);
}

/* ---- costshare_invoice_adjust ------------------------------------- */

static void check_adjust(fz_input *in) {
    static int64_t amounts[MAXP], invoiced[MAXP], adj[MAXP];
    size_t n = fz_u8(in) % (MAXP + 1), i;
    int32_t y = (int32_t)(fz_bytes(in, 2) % 10002u), m = (int32_t)(fz_u8(in) % 14u),
            d = (int32_t)(fz_u8(in) % 33u);
    uint32_t flags = fz_u8(in) % 5u;
    costshare_date due = 4242, want_due = 0;
    int expect, rc;
    for (i = 0; i < n; i++) {
        amounts[i] = pick_amount(in);
        invoiced[i] = pick_amount(in);
        adj[i] = SENT64;
    }
    if ((flags & ~(uint32_t)COSTSHARE_SE_DEADLINE) != 0) {
        expect = COSTSHARE_EINVAL;
    } else if (n == 0) {
        expect = COSTSHARE_ERANGE;
    } else {
        expect = costshare_invoice_due(y, m, d, flags, &want_due);
        for (i = 0; i < n && expect == COSTSHARE_OK; i++) {
            i128 diff = (i128)amounts[i] - invoiced[i];
            if (diff > INT64_MAX || diff < INT64_MIN) {
                expect = COSTSHARE_EOVERFLOW;
            }
        }
    }
    rc = costshare_invoice_adjust(amounts, invoiced, n, y, m, d, flags, adj, &due);
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        FZ_CHECK(due == 4242);
        for (i = 0; i < n; i++) {
            FZ_CHECK(adj[i] == SENT64);
        }
        return;
    }
    FZ_CHECK(due == want_due);
    for (i = 0; i < n; i++) {
        FZ_CHECK((i128)adj[i] == (i128)amounts[i] - invoiced[i]);
    }
}

/* ---- costshare_post_cost_ex --------------------------------------- */

/* p / d (d > 0) rounded by mode; 1 when it does not fit in int64_t. */
static int round_ref(i128 p, i128 d, int32_t mode, int64_t *out) {
    i128 q = p / d, r = p % d;
    switch (mode) {
    case COSTSHARE_ROUND_HALF_AWAY:
        q += 2 * r >= d;
        break;
    case COSTSHARE_ROUND_HALF_EVEN:
        q += 2 * r > d || (2 * r == d && q % 2 != 0);
        break;
    case COSTSHARE_ROUND_CEILING:
        q += r != 0;
        break;
    default: /* floor and toward zero: p >= 0 */
        break;
    }
    if (q > INT64_MAX) {
        return 1;
    }
    *out = (int64_t)q;
    return 0;
}

static int32_t pick_i32(fz_input *in, int32_t lo, uint32_t span) {
    uint8_t b = fz_u8(in);
    return (b & 0x80u) ? fz_i32(in) : lo + (int32_t)(fz_u32(in) % span);
}

static void check_post(fz_input *in) {
    static int64_t index[40];
    costshare_post_terms t = COSTSHARE_POST_TERMS_INIT;
    uint8_t how = fz_u8(in);
    size_t index_count = 0, i;
    int64_t out = SENT64, base, first, x, level = 0, ref = 0; /* ref 0: months 0 */
    int32_t year, month, months;
    int expect = COSTSHARE_OK, rc, use_index = (how & 1u) != 0;
    i128 sum = 0;
    t.version = (how & 2u) ? fz_u8(in) % 3u : COSTSHARE_POST_TERMS_VERSION;
    t.mode = pick_i32(in, 0, 5);
    t.monthly = (how & 4u) ? fz_i64(in) : (int64_t)(fz_u32(in) % 200000u);
    t.base_year = pick_i32(in, 1990, 60);
    t.base_month = pick_i32(in, 1, 12);
    t.revision_month = pick_i32(in, 0, 13);
    t.revision_bp = pick_i32(in, -10000, 20001);
    t.oncost_bp = pick_i32(in, 0, 10001);
    t.overhead_bp = pick_i32(in, 0, 3001);
    t.fte_bp = pick_i32(in, 0, 20001);
    first = (int64_t)t.base_year * 12 + t.base_month - 1 + (int64_t)(fz_u8(in) % 200u) - 2;
    year = (int32_t)(first / 12);
    month = (int32_t)(first % 12) + 1;
    if (how & 8u) {
        year = fz_i32(in);
        month = fz_i32(in);
    }
    months = (how & 16u) ? fz_i32(in) : (int32_t)(fz_u8(in) % 40u);
    if (use_index) {
        index_count = fz_u8(in) % 41u;
        for (i = 0; i < index_count; i++) {
            index[i] = (int64_t)(fz_u32(in) % 5000u);
        }
    }
    /* The documented order of the checks. */
    if (t.version < 1 || t.version > COSTSHARE_POST_TERMS_VERSION || t.mode < 0 || t.mode > 4) {
        expect = COSTSHARE_EINVAL;
    } else if (t.monthly < 0 || t.base_year < 1 || t.base_year > 9999 || t.base_month < 1 ||
               t.base_month > 12 || t.revision_month < 0 || t.revision_month > 12 ||
               t.revision_bp < COSTSHARE_REVISION_BP_MIN ||
               t.revision_bp > COSTSHARE_ONCOST_BP_MAX || t.oncost_bp < 0 ||
               t.oncost_bp > COSTSHARE_ONCOST_BP_MAX || t.overhead_bp < 0 ||
               t.overhead_bp > COSTSHARE_ONCOST_BP_MAX || t.fte_bp < 0 ||
               t.fte_bp > COSTSHARE_FTE_BP_MAX || year < 1 || year > 9999 || month < 1 ||
               month > 12 || months < 0 ||
               (int64_t)year * 12 + month - 1 + months - 1 > (int64_t)9999 * 12 + 11) {
        expect = COSTSHARE_ERANGE;
    }
    base = (int64_t)t.base_year * 12 + t.base_month - 1;
    first = (int64_t)year * 12 + month - 1;
    if (expect == COSTSHARE_OK && use_index) {
        int64_t need = 1;
        if (months > 0 && first >= base && t.revision_month != 0) {
            for (x = base + 1; x <= first + months - 1; x++) {
                need += x % 12 == t.revision_month - 1;
            }
        }
        if ((int64_t)index_count < need) {
            expect = COSTSHARE_ERANGE;
        }
        for (i = 0; i < index_count; i++) {
            if (index[i] < 1) {
                expect = COSTSHARE_ERANGE;
            }
        }
    }
    if (expect == COSTSHARE_OK && first < base) {
        expect = COSTSHARE_EBACKWARDS;
    }
    if (expect == COSTSHARE_OK && months > 0) {
        /* Month by month from the base: k revisions so far; by a rate the
         * levels compound (each rounded), by the index each is taken from
         * the base (and only those in force in the period are computed). */
        int64_t k = 0, rate_level = t.monthly;
        for (x = base; x <= first + months - 1 && expect == COSTSHARE_OK; x++) {
            if (x > base && t.revision_month != 0 && x % 12 == t.revision_month - 1) {
                k++;
                if (!use_index && round_ref((i128)rate_level * (10000 + t.revision_bp), 10000,
                                            t.mode, &rate_level)) {
                    expect = COSTSHARE_EOVERFLOW;
                }
            }
            if (x < first || expect != COSTSHARE_OK) {
                continue;
            }
            level = rate_level;
            if (use_index && k > 0 &&
                round_ref((i128)t.monthly * index[k], index[0], t.mode, &level)) {
                expect = COSTSHARE_EOVERFLOW;
            }
            sum += level;
        }
        if (expect == COSTSHARE_OK) {
            /* sum < 2^80, the extent and 1 + on-cost < 2^20 each: p < 2^120.
             * The overhead factor could pass 2^127: beyond the limit the
             * cost is beyond int64_t anyway. */
            i128 p = sum * t.fte_bp * (10000 + t.oncost_bp);
            i128 limit = ((i128)INT64_MAX + 1) * (i128)1000000000000;
            if (p > limit / (10000 + t.overhead_bp) + 1 ||
                round_ref(p * (10000 + t.overhead_bp), (i128)1000000000000, t.mode, &ref)) {
                expect = COSTSHARE_EOVERFLOW;
            }
        }
    }
    rc = costshare_post_cost_ex(&t, year, month, months, use_index ? index : NULL, index_count,
                                &out);
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        FZ_CHECK(out == SENT64);
        return;
    }
    FZ_CHECK(out == ref);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_input in = {data, size};
    switch (fz_u8(&in) % 5u) {
    case 0:
        check_nested(&in);
        break;
    case 1:
        check_segments(&in);
        break;
    case 2:
        check_period(&in);
        break;
    case 3:
        check_adjust(&in);
        break;
    default:
        check_post(&in);
        break;
    }
    return 0;
}
