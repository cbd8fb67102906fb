/*
 * Invoicing (invoice.h): the due days of the agreements' invoicing clauses
 * ("senast den 10 december", "senast sista maj") with Lag (1930:173) 2 §,
 * weekdays from the fact that 2024-01-01 was a Monday; and the invoice run: every value of
 * DOMAIN.md section 6 (the 2024 Östergötland case with the 2017 populations as the key and 763
 * 945 as the year's cost: nine months 572 959, October to December 190 986, Linköping owes 201
 * 692 and gets back 67 230, Ydre owes 4 750 and gets back 1 583), a leaver, a joiner and a
 * mid-month leaver under both rules and both bases, every error path with the outputs
 * untouched, and properties over generated plans: exact sums at every level; nobody joining or
 * leaving gives each party its costshare_split() share under both rules; under redistribute
 * what a leaver no longer pays is exactly what the others pay more; reordering the parties
 * reorders the amounts; a credit is the mirror image; the segments are where the members
 * change, day by day.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL_DATE ((costshare_date)0x5A5A5A5A)

/* ISO weekday (1 = Monday), independent of the library. */
static int weekday(costshare_date date) {
    int64_t diff = (int64_t)date - ymd(2024, 1, 1);
    return (int)(((diff % 7) + 7) % 7) + 1;
}

static costshare_date due(int32_t y, int32_t m, int32_t d, uint32_t flags) {
    costshare_date out = SENTINEL_DATE;
    assert_int_equal(costshare_invoice_due(y, m, d, flags, &out), COSTSHARE_OK);
    return out;
}

static void invoice_due_days_of_the_agreements(void **state) {
    const uint32_t se = COSTSHARE_SE_DEADLINE;
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* "senast den 10 december 2016 och ... senast sista maj 2017". */
    assert_int_equal(due(2016, 12, 10, 0), ymd(2016, 12, 10));
    assert_int_equal(due(2017, 5, 31, 0), ymd(2017, 5, 31));
    /* 2024-12-10 is a Tuesday: 2 § changes nothing. */
    assert_int_equal(weekday(ymd(2024, 12, 10)), 2);
    assert_int_equal(due(2024, 12, 10, se), ymd(2024, 12, 10));
    /* 2016-12-10 and 2022-12-10 are Saturdays, 2023-12-10 a Sunday. */
    assert_int_equal(weekday(ymd(2016, 12, 10)), 6);
    assert_int_equal(due(2016, 12, 10, se), ymd(2016, 12, 12));
    assert_int_equal(weekday(ymd(2022, 12, 10)), 6);
    assert_int_equal(due(2022, 12, 10, se), ymd(2022, 12, 12));
    assert_int_equal(weekday(ymd(2023, 12, 10)), 7);
    assert_int_equal(due(2023, 12, 10, se), ymd(2023, 12, 11));
    /* "sista maj" 2025 is a Saturday: Monday 2 June. */
    assert_int_equal(due(2025, 5, 31, se), ymd(2025, 6, 2));
    /* Day 31 clamped to the month's last day. */
    assert_int_equal(due(2023, 2, 31, 0), ymd(2023, 2, 28));
    assert_int_equal(due(2024, 2, 31, 0), ymd(2024, 2, 29));
    assert_int_equal(due(2024, 4, 31, 0), ymd(2024, 4, 30));
    assert_int_equal(due(9999, 12, 31, 0), COSTSHARE_DATE_MAX);
    assert_int_equal(due(1, 1, 1, 0), COSTSHARE_DATE_MIN);
    /* Errors. */
    assert_int_equal(costshare_invoice_due(2024, 12, 10, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 10, COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 10, 8u, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 0, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 12, 32, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 0, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 13, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(0, 12, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(10000, 12, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(INT32_MIN, INT32_MIN, INT32_MIN, 0, &out),
                     COSTSHARE_ERANGE);
    /* 2 § before the Swedish calendar starts (1990), and past its end. */
    assert_int_equal(costshare_invoice_due(1989, 12, 10, se, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(9999, 12, 31, se, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
}

#define N13 13
#define OPEN COSTSHARE_INVOICE_OPEN
#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)
#define MAXN 40
#define MAXS (2 * MAXN + 1)

enum {
    BOXHOLM,
    FINSPANG,
    KINDA,
    LINKOPING,
    MJOLBY,
    MOTALA,
    NORRKOPING,
    SODERKOPING,
    VADSTENA,
    VALDEMARSVIK,
    YDRE,
    ATVIDABERG,
    ODESHOG
};

static const int64_t pop2017[N13] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                                     14521, 7421,  7920, 3733,   11631, 5343};
/* DOMAIN.md section 1: 763 945 by the 2017 populations, what each party was
 * invoiced in advance for the year. */
static const int64_t key2018[N13] = {9251,  36605, 16764, 268922, 45837, 73879, 226899,
                                     24634, 12589, 13436, 6333,   19732, 9064};

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rng(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

static void fill64(int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        v[i] = SENTINEL;
    }
}

static int untouched64(const int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        if (v[i] != SENTINEL) {
            return 0;
        }
    }
    return 1;
}

static void plan_2024(costshare_invoice_plan *plan, int32_t rule, int32_t basis) {
    assert_int_equal(costshare_invoice_plan_init(plan, COSTSHARE_INVOICE_PLAN_VERSION),
                     COSTSHARE_OK);
    plan->first = ymd(2024, 1, 1);
    plan->last = ymd(2024, 12, 31);
    plan->rule = rule;
    plan->basis = basis;
    plan->cost = 763945;
}

static void all_members(costshare_date *from, costshare_date *to, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        from[i] = OPEN;
        to[i] = OPEN;
    }
}

static void plan_init_and_initialiser_agree(void **state) {
    const costshare_invoice_plan want = COSTSHARE_INVOICE_PLAN_INIT;
    costshare_invoice_plan plan;
    (void)state;
    memset(&plan, 0xA5, sizeof plan);
    assert_int_equal(costshare_invoice_plan_init(&plan, COSTSHARE_INVOICE_PLAN_VERSION),
                     COSTSHARE_OK);
    assert_int_equal(plan.version, COSTSHARE_INVOICE_PLAN_VERSION);
    assert_int_equal(plan.first, want.first);
    assert_int_equal(plan.last, OPEN);
    assert_int_equal(plan.rule, COSTSHARE_INVOICE_REDISTRIBUTE);
    assert_int_equal(plan.basis, COSTSHARE_BASIS_MONTHS);
    assert_int_equal(plan.cost, 0);
    memset(&plan, 0xA5, sizeof plan);
    assert_int_equal(costshare_invoice_plan_init(&plan, 0), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_plan_init(&plan, COSTSHARE_INVOICE_PLAN_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(plan.version, 0xA5A5A5A5u);
    assert_int_equal(costshare_invoice_plan_init(NULL, 1), COSTSHARE_EINVAL);
}

/* DOMAIN.md section 6: all thirteen leave with last day 2024-09-30. */
static void ostergotland_2024_segments(void **state) {
    costshare_date from[N13], to[N13];
    costshare_invoice_segment seg[4];
    size_t n = 99, i;
    (void)state;
    for (i = 0; i < N13; i++) {
        from[i] = OPEN;
        to[i] = ymd(2024, 9, 30);
    }
    /* The count alone first. */
    assert_int_equal(costshare_invoice_segments(ymd(2024, 1, 1), ymd(2024, 12, 31), from, to,
                                                N13, NULL, 0, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    n = 99;
    assert_int_equal(costshare_invoice_segments(ymd(2024, 1, 1), ymd(2024, 12, 31), from, to,
                                                N13, seg, 4, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(seg[0].first, ymd(2024, 1, 1));
    assert_int_equal(seg[0].last, ymd(2024, 9, 30));
    assert_int_equal(seg[0].days, 274);
    assert_int_equal(seg[0].months, 9);
    assert_int_equal(seg[0].members, 13);
    assert_int_equal(seg[1].first, ymd(2024, 10, 1));
    assert_int_equal(seg[1].last, ymd(2024, 12, 31));
    assert_int_equal(seg[1].days, 92);
    assert_int_equal(seg[1].months, 3);
    assert_int_equal(seg[1].members, 0);
    for (i = 0; i < 2; i++) {
        assert_int_equal(seg[i].reserved, 0);
        assert_int_equal(seg[i].cost, 0);
        assert_int_equal(seg[i].residual, 0);
    }
}

/* DOMAIN.md section 6: owed for the nine months, the residual of October to
 * December, and the refunds against the advance invoice. The other parties'
 * amounts are the largest-remainder split of 572 959 by the 2017
 * populations (computed with exact fractions). */
static void ostergotland_2024_invoice_and_refunds(void **state) {
    static const int64_t owed[N13] = {6938,  27453, 12573, 201692, 34377, 55409, 170175,
                                      18476, 9442,  10077, 4750,   14799, 6798};
    costshare_invoice_plan plan;
    costshare_date from[N13], to[N13], due_day;
    costshare_invoice_segment seg[3];
    int64_t amounts[N13], matrix[3 * N13], adj[N13], residual = 0, refunds = 0;
    size_t n = 0, i;
    int32_t rule;
    (void)state;
    for (i = 0; i < N13; i++) {
        from[i] = OPEN;
        to[i] = ymd(2024, 9, 30);
    }
    for (rule = COSTSHARE_INVOICE_REDISTRIBUTE; rule <= COSTSHARE_INVOICE_FIXED_SHARES;
         rule++) {
        plan_2024(&plan, rule, COSTSHARE_BASIS_MONTHS);
        assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, amounts, seg,
                                                  3, &n, matrix, &residual),
                         COSTSHARE_OK);
        assert_int_equal(n, 2);
        /* 763 945 * 9/12 = 572 958.75 and * 3/12 = 190 986.25. */
        assert_int_equal(seg[0].cost, 572959);
        assert_int_equal(seg[1].cost, 190986);
        assert_int_equal(seg[0].residual, 0);
        assert_int_equal(seg[1].residual, 190986);
        assert_int_equal(residual, 190986);
        assert_memory_equal(amounts, owed, sizeof owed);
        assert_int_equal(amounts[LINKOPING], 201692);
        assert_int_equal(amounts[YDRE], 4750);
        assert_memory_equal(matrix, owed, sizeof owed);
        for (i = 0; i < N13; i++) {
            assert_int_equal(matrix[N13 + i], 0);
        }
    }
    assert_int_equal(
        costshare_invoice_adjust(amounts, key2018, N13, 2024, 12, 10, 0, adj, &due_day),
        COSTSHARE_OK);
    assert_int_equal(adj[LINKOPING], -67230);
    assert_int_equal(adj[YDRE], -1583);
    for (i = 0; i < N13; i++) {
        assert_true(adj[i] < 0);
        refunds += adj[i];
    }
    assert_int_equal(refunds, -190986); /* exactly the cost of October to December */
    assert_int_equal(due_day, ymd(2024, 12, 10));
}

/* Mjölby leaves with last day 2024-06-30, the others stay. The year splits
 * 6/6 months: 381 972.5 each, the unit to the earlier segment on the tie. */
static void a_leaver_under_both_rules(void **state) {
    costshare_invoice_plan plan;
    costshare_date from[N13], to[N13];
    costshare_invoice_segment seg[3];
    int64_t redis[N13], fixed[N13], whole[N13], residual = -1, more = 0;
    size_t n, i;
    (void)state;
    all_members(from, to, N13);
    to[MJOLBY] = ymd(2024, 6, 30);
    plan_2024(&plan, COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_MONTHS);
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, redis, seg, 3, &n,
                                              NULL, &residual),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(seg[0].cost, 381973);
    assert_int_equal(seg[1].cost, 381972);
    assert_int_equal(seg[0].members, 13);
    assert_int_equal(seg[1].members, 12);
    assert_int_equal(residual, 0);
    /* 381 973 * 27 019 / 450 318 = 22 918.2 */
    assert_int_equal(redis[MJOLBY], 22918);
    assert_int_equal(redis[LINKOPING], 277505);

    /* What Mjölby no longer pays, the others pay more (against the year
     * with everyone a member: the 2018 key). */
    for (i = 0; i < N13; i++) {
        if (i != MJOLBY) {
            more += redis[i] - key2018[i];
        }
    }
    assert_int_equal(more, key2018[MJOLBY] - redis[MJOLBY]);

    plan.rule = COSTSHARE_INVOICE_FIXED_SHARES;
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, fixed, seg, 3, &n,
                                              NULL, &residual),
                     COSTSHARE_OK);
    /* Mjölby pays the same for the half year it is a member; its share of
     * the second half, 381 972 * 27 019 / 450 318 = 22 918.3, is not
     * charged to anyone. */
    assert_int_equal(fixed[MJOLBY], 22918);
    assert_int_equal(seg[1].residual, 22918);
    assert_int_equal(residual, 22918);
    assert_int_equal(fixed[LINKOPING], 268922);
    /* The others pay their shares of both halves: each within one unit of
     * its share of the whole year. */
    assert_int_equal(costshare_split(763945, pop2017, N13, whole), COSTSHARE_OK);
    for (i = 0; i < N13; i++) {
        if (i != MJOLBY) {
            assert_true(llabs((long long)(fixed[i] - whole[i])) <= 1);
        }
    }
}

/* Kinda joins on 2024-04-01: January to March (3 months, 12 members, 190 986)
 * and April to December (9 months, 13 members, 572 959); Kinda pays its
 * share of the nine months, as in the leaving case. */
static void a_joiner(void **state) {
    costshare_invoice_plan plan;
    costshare_date from[N13], to[N13];
    costshare_invoice_segment seg[3];
    int64_t amounts[N13], residual = -1, sum = 0;
    size_t n, i;
    (void)state;
    all_members(from, to, N13);
    from[KINDA] = ymd(2024, 4, 1);
    plan_2024(&plan, COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_MONTHS);
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, amounts, seg, 3,
                                              &n, NULL, &residual),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(seg[0].months, 3);
    assert_int_equal(seg[0].members, 12);
    assert_int_equal(seg[0].cost, 190986);
    assert_int_equal(seg[1].cost, 572959);
    assert_int_equal(amounts[KINDA], 12573);
    assert_int_equal(residual, 0);
    for (i = 0; i < N13; i++) {
        sum += amounts[i];
    }
    assert_int_equal(sum, 763945);
    plan.rule = COSTSHARE_INVOICE_FIXED_SHARES;
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, amounts, seg, 3,
                                              &n, NULL, &residual),
                     COSTSHARE_OK);
    /* Kinda's share of January to March, 190 986 * 9 882 / 450 318 = 4 191.1. */
    assert_int_equal(residual, 4191);
    assert_int_equal(amounts[KINDA], 12573);
}

/* Vadstena's last day is 2024-06-15: not a month boundary. By months the plan
 * is refused; by days 2024 (366 days) splits 167/199: 348 575.97 and
 * 415 369.03, the unit to the larger fraction. */
static void a_mid_month_leaver_by_days(void **state) {
    costshare_invoice_plan plan;
    costshare_date from[N13], to[N13];
    costshare_invoice_segment seg[3];
    int64_t amounts[N13], residual = -1;
    size_t n = 77;
    (void)state;
    all_members(from, to, N13);
    to[VADSTENA] = ymd(2024, 6, 15);
    plan_2024(&plan, COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_MONTHS);
    fill64(amounts, N13);
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, amounts, seg, 3,
                                              &n, NULL, &residual),
                     COSTSHARE_ERANGE);
    assert_true(untouched64(amounts, N13));
    assert_int_equal(n, 77);
    plan.basis = COSTSHARE_BASIS_DAYS;
    assert_int_equal(costshare_invoice_period(&plan, pop2017, from, to, N13, amounts, seg, 3,
                                              &n, NULL, &residual),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(seg[0].days, 167);
    assert_int_equal(seg[0].months, COSTSHARE_INVOICE_NO_MONTHS);
    assert_int_equal(seg[1].days, 199);
    assert_int_equal(seg[0].cost, 348576);
    assert_int_equal(seg[1].cost, 415369);
    /* 348 576 * 7 421 / 450 318 = 5 744.4 */
    assert_int_equal(amounts[VADSTENA], 5744);
    assert_int_equal(residual, 0);
}

/* Parties outside the period owe 0 and take no part (not even under fixed
 * shares); a segment whose members weigh nothing is all residual. */
static void outside_the_period_and_weightless_members(void **state) {
    const int64_t w[3] = {1, 3, 0};
    costshare_invoice_plan plan;
    costshare_date from[3], to[3];
    costshare_invoice_segment seg[7];
    int64_t amounts[3], residual = -1;
    size_t n;
    (void)state;
    plan_2024(&plan, COSTSHARE_INVOICE_FIXED_SHARES, COSTSHARE_BASIS_MONTHS);
    plan.cost = 1200;
    from[0] = OPEN;
    to[0] = ymd(2023, 12, 31); /* left before the year */
    from[1] = ymd(2025, 1, 1); /* joins after it */
    to[1] = OPEN;
    from[2] = ymd(2024, 7, 1); /* member from July, weight 0 */
    to[2] = OPEN;
    assert_int_equal(
        costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, &n, NULL, &residual),
        COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(amounts[0], 0);
    assert_int_equal(amounts[1], 0);
    assert_int_equal(amounts[2], 0);
    assert_int_equal(seg[0].members, 0);
    assert_int_equal(seg[1].members, 1);
    assert_int_equal(seg[0].residual, 600);
    assert_int_equal(seg[1].residual, 600);
    assert_int_equal(residual, 1200);
    /* The same under redistribute. */
    plan.rule = COSTSHARE_INVOICE_REDISTRIBUTE;
    assert_int_equal(
        costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, &n, NULL, NULL),
        COSTSHARE_OK);
    assert_int_equal(seg[1].residual, 600);
}

/* Segments: memberships that begin and end inside the period, on its first
 * and last days, one day long, and the same boundary twice. */
static void segments_cut_where_members_change(void **state) {
    costshare_date from[5], to[5];
    costshare_invoice_segment seg[11];
    size_t n;
    (void)state;
    from[0] = ymd(2024, 3, 1); /* joins: cut before 03-01 */
    to[0] = OPEN;
    from[1] = OPEN;
    to[1] = ymd(2024, 2, 29);   /* leaves the day before: the same cut */
    from[2] = ymd(2024, 1, 1);  /* on the first day: no cut */
    to[2] = ymd(2024, 12, 31);  /* on the last day: no cut */
    from[3] = ymd(2024, 8, 15); /* one day */
    to[3] = ymd(2024, 8, 15);
    from[4] = ymd(2020, 1, 1);
    to[4] = ymd(2030, 1, 1);
    assert_int_equal(costshare_invoice_segments(ymd(2024, 1, 1), ymd(2024, 12, 31), from, to, 5,
                                                seg, 11, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 4);
    assert_int_equal(seg[0].last, ymd(2024, 2, 29));
    assert_int_equal(seg[0].months, 2);
    assert_int_equal(seg[0].members, 3);
    assert_int_equal(seg[1].first, ymd(2024, 3, 1));
    assert_int_equal(seg[1].last, ymd(2024, 8, 14));
    assert_int_equal(seg[1].months, COSTSHARE_INVOICE_NO_MONTHS);
    assert_int_equal(seg[1].members, 3);
    assert_int_equal(seg[2].first, ymd(2024, 8, 15));
    assert_int_equal(seg[2].last, ymd(2024, 8, 15));
    assert_int_equal(seg[2].days, 1);
    assert_int_equal(seg[2].members, 4);
    assert_int_equal(seg[3].first, ymd(2024, 8, 16));
    assert_int_equal(seg[3].last, ymd(2024, 12, 31));
    assert_int_equal(seg[3].members, 3);
    /* A one-day period; the last day of the calendar. */
    assert_int_equal(
        costshare_invoice_segments(ymd(2024, 8, 15), ymd(2024, 8, 15), from, to, 5, seg, 1, &n),
        COSTSHARE_OK);
    assert_int_equal(n, 1);
    assert_int_equal(seg[0].members, 4);
    assert_int_equal(seg[0].months, COSTSHARE_INVOICE_NO_MONTHS);
    from[0] = ymd(9999, 12, 31);
    assert_int_equal(costshare_invoice_segments(ymd(9999, 12, 1), COSTSHARE_DATE_MAX, from, to,
                                                1, seg, 2, &n),
                     COSTSHARE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(seg[1].days, 1);
    assert_int_equal(seg[1].members, 1);
}

static void segments_refusals_leave_outputs(void **state) {
    costshare_date from[2], to[2];
    costshare_invoice_segment seg[5];
    const costshare_date a = ymd(2024, 1, 1), b = ymd(2024, 12, 31);
    size_t n;
    (void)state;
    all_members(from, to, 2);
    to[0] = ymd(2024, 6, 30);
    from[1] = ymd(2024, 3, 1);
#define REFUSED(call, code)                                                                    \
    do {                                                                                       \
        memset(seg, 0x5A, sizeof seg);                                                         \
        n = 4242;                                                                              \
        assert_int_equal((call), (code));                                                      \
        assert_int_equal(n, 4242);                                                             \
        assert_int_equal(seg[0].days, 0x5A5A5A5A);                                             \
    } while (0)
    REFUSED(costshare_invoice_segments(a, b, NULL, to, 2, seg, 5, &n), COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_segments(a, b, from, NULL, 2, seg, 5, &n), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_segments(a, b, from, to, 2, seg, 5, NULL),
                     COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_segments(a, b, from, to, 2, NULL, 5, &n), COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_segments(a, b, from, to, 0, seg, 5, &n), COSTSHARE_ERANGE);
    REFUSED(costshare_invoice_segments(OPEN, b, from, to, 2, seg, 5, &n), COSTSHARE_ERANGE);
    REFUSED(costshare_invoice_segments(a, COSTSHARE_DATE_MAX + 1, from, to, 2, seg, 5, &n),
            COSTSHARE_ERANGE);
    /* ERANGE before EBACKWARDS: a backwards period with a bad membership day. */
    from[1] = COSTSHARE_DATE_MIN - 1;
    REFUSED(costshare_invoice_segments(b, a, from, to, 2, seg, 5, &n), COSTSHARE_ERANGE);
    from[1] = ymd(2024, 3, 1);
    to[1] = COSTSHARE_DATE_MAX + 1;
    REFUSED(costshare_invoice_segments(a, b, from, to, 2, seg, 5, &n), COSTSHARE_ERANGE);
    to[1] = OPEN;
    REFUSED(costshare_invoice_segments(b, a, from, to, 2, seg, 5, &n), COSTSHARE_EBACKWARDS);
    to[1] = ymd(2024, 2, 29); /* ends before it begins */
    REFUSED(costshare_invoice_segments(a, b, from, to, 2, seg, 5, &n), COSTSHARE_EBACKWARDS);
    to[1] = OPEN;
    /* Three segments: two do not fit. */
    REFUSED(costshare_invoice_segments(a, b, from, to, 2, seg, 2, &n), COSTSHARE_ESIZE);
    assert_int_equal(costshare_invoice_segments(a, b, from, to, 2, seg, 3, &n), COSTSHARE_OK);
    assert_int_equal(n, 3);
#undef REFUSED
}

static void period_refusals_leave_outputs(void **state) {
    costshare_invoice_plan plan, bad;
    costshare_date from[3], to[3];
    int64_t w[3] = {1, 2, 3};
    costshare_invoice_segment seg[7];
    int64_t amounts[3], matrix[21], residual;
    size_t n;
    (void)state;
    all_members(from, to, 3);
    to[0] = ymd(2024, 6, 30);
    plan_2024(&plan, COSTSHARE_INVOICE_REDISTRIBUTE, COSTSHARE_BASIS_MONTHS);
#define REFUSED(call, code)                                                                    \
    do {                                                                                       \
        fill64(amounts, 3);                                                                    \
        fill64(matrix, 21);                                                                    \
        memset(seg, 0x5A, sizeof seg);                                                         \
        n = 4242;                                                                              \
        residual = SENTINEL;                                                                   \
        assert_int_equal((call), (code));                                                      \
        assert_true(untouched64(amounts, 3) && untouched64(matrix, 21));                       \
        assert_int_equal(n, 4242);                                                             \
        assert_int_equal(residual, SENTINEL);                                                  \
        assert_int_equal(seg[0].cost, SENTINEL);                                               \
    } while (0)
#define CALL(p, wt, f, t, cnt, cap)                                                            \
    costshare_invoice_period((p), (wt), (f), (t), (cnt), amounts, seg, (cap), &n, matrix,      \
                             &residual)
    REFUSED(CALL(NULL, w, from, to, 3, 7), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, NULL, from, to, 3, 7), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, NULL, to, 3, 7), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, from, NULL, 3, 7), COSTSHARE_EINVAL);
    REFUSED(
        costshare_invoice_period(&plan, w, from, to, 3, NULL, seg, 7, &n, matrix, &residual),
        COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, NULL, 7, &n, matrix,
                                     &residual),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, NULL, matrix,
                                     &residual),
            COSTSHARE_EINVAL);
    bad = plan;
    bad.version = 0;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EINVAL);
    bad.version = COSTSHARE_INVOICE_PLAN_VERSION + 1;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EINVAL);
    bad = plan;
    bad.rule = 2;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EINVAL);
    bad.rule = -1;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EINVAL);
    bad = plan;
    bad.basis = 2;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, from, to, SIZE_MAX / 4, 7), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, from, to, 3, SIZE_MAX / 8), COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, from, to, SIZE_MAX / 8, 7), COSTSHARE_EINVAL); /* 7 * count * 8 */
    /* Outputs overlapping inputs or each other. */
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, w, seg, 7, &n, matrix, &residual),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, &n, amounts + 1,
                                     &residual),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, &n, matrix,
                                     matrix + 20),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7, &n, matrix,
                                     &plan.cost),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, seg, 7,
                                     (size_t *)(void *)&seg[6].cost, matrix, &residual),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_period(&plan, w, from, to, 3, amounts, (void *)to, 1, &n, matrix,
                                     &residual),
            COSTSHARE_EINVAL);
    REFUSED(CALL(&plan, w, from, to, 0, 7), COSTSHARE_ERANGE);
    bad = plan;
    bad.first = OPEN;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_ERANGE);
    bad = plan;
    bad.last = COSTSHARE_DATE_MAX + 1;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_ERANGE);
    w[1] = -2;
    REFUSED(CALL(&plan, w, from, to, 3, 7), COSTSHARE_ERANGE);
    /* ERANGE (a negative weight) before EBACKWARDS. */
    bad = plan;
    bad.first = plan.last;
    bad.last = plan.first;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_ERANGE);
    w[1] = 2;
    from[2] = COSTSHARE_DATE_MIN - 2;
    REFUSED(CALL(&plan, w, from, to, 3, 7), COSTSHARE_ERANGE);
    from[2] = OPEN;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EBACKWARDS);
    from[0] = ymd(2024, 7, 1); /* after its last day, 06-30 */
    REFUSED(CALL(&plan, w, from, to, 3, 7), COSTSHARE_EBACKWARDS);
    from[0] = OPEN;
    /* EBACKWARDS before EOVERFLOW. */
    w[1] = INT64_MAX;
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_EBACKWARDS);
    REFUSED(CALL(&plan, w, from, to, 3, 7), COSTSHARE_EOVERFLOW);
    w[1] = 2;
    /* Months: a period or a segment that is not whole months. */
    bad = plan;
    bad.last = ymd(2024, 12, 30);
    REFUSED(CALL(&bad, w, from, to, 3, 7), COSTSHARE_ERANGE);
    bad.basis = COSTSHARE_BASIS_DAYS;
    assert_int_equal(CALL(&bad, w, from, to, 3, 7), COSTSHARE_OK);
    to[0] = ymd(2024, 6, 29);
    REFUSED(CALL(&plan, w, from, to, 3, 7), COSTSHARE_ERANGE);
    to[0] = ymd(2024, 6, 30);
    /* Two segments: one does not fit. */
    REFUSED(CALL(&plan, w, from, to, 3, 1), COSTSHARE_ESIZE);
    assert_int_equal(CALL(&plan, w, from, to, 3, 2), COSTSHARE_OK);
    assert_int_equal(n, 2);
#undef CALL
#undef REFUSED
}

/* int64 extremes of the cost: INT64_MIN and INT64_MAX split exactly. */
static void extreme_costs(void **state) {
    const int64_t w[2] = {1, 1};
    costshare_invoice_plan plan;
    costshare_date from[2], to[2];
    costshare_invoice_segment seg[3];
    int64_t amounts[2], residual;
    size_t n;
    (void)state;
    all_members(from, to, 2);
    to[1] = ymd(2024, 6, 30);
    plan_2024(&plan, COSTSHARE_INVOICE_FIXED_SHARES, COSTSHARE_BASIS_MONTHS);
    plan.cost = INT64_MIN;
    assert_int_equal(
        costshare_invoice_period(&plan, w, from, to, 2, amounts, seg, 3, &n, NULL, &residual),
        COSTSHARE_OK);
    assert_int_equal(seg[0].cost, INT64_MIN / 2);
    assert_int_equal(amounts[0], INT64_MIN / 2);
    assert_int_equal(amounts[1], INT64_MIN / 4);
    assert_int_equal(residual, INT64_MIN / 4);
    plan.cost = INT64_MAX;
    assert_int_equal(
        costshare_invoice_period(&plan, w, from, to, 2, amounts, seg, 3, &n, NULL, &residual),
        COSTSHARE_OK);
    assert_int_equal(amounts[0] + amounts[1] + residual, INT64_MAX);
}

/* A generated plan: up to MAXN parties with memberships around a period of
 * whole months or of any days, weights of populations or tiny ones. */
struct gen {
    costshare_invoice_plan plan;
    size_t n;
    int64_t w[MAXN];
    costshare_date from[MAXN], to[MAXN];
};

static costshare_date month_first_of(costshare_date d) {
    costshare_date out = d;
    assert_int_equal(costshare_date_month_first(d, &out), COSTSHARE_OK);
    return out;
}

static costshare_date month_last_of(costshare_date d) {
    costshare_date out = d;
    assert_int_equal(costshare_date_month_last(d, &out), COSTSHARE_OK);
    return out;
}

static void generate(struct gen *g, int by_months) {
    const costshare_date base = ymd(2000, 1, 1);
    costshare_date first = base + (costshare_date)(rng() % 14600u);
    costshare_date last = first + (costshare_date)(rng() % 800u);
    size_t i;
    if (by_months) {
        first = month_first_of(first);
        last = month_last_of(last);
    }
    assert_int_equal(costshare_invoice_plan_init(&g->plan, 1), COSTSHARE_OK);
    g->plan.first = first;
    g->plan.last = last;
    g->plan.basis = by_months ? COSTSHARE_BASIS_MONTHS : COSTSHARE_BASIS_DAYS;
    g->plan.rule = (int32_t)(rng() % 2);
    g->plan.cost = (int64_t)(rng() % 4000000000u) - 1000000000;
    g->n = 1 + (size_t)(rng() % MAXN);
    for (i = 0; i < g->n; i++) {
        costshare_date a =
            first - 100 + (costshare_date)(rng() % (uint64_t)(last - first + 200));
        costshare_date b = a + (costshare_date)(rng() % 500u);
        if (by_months) {
            a = month_first_of(a);
            b = month_last_of(b);
        }
        g->from[i] = rng() % 4 == 0 ? OPEN : a;
        g->to[i] = rng() % 4 == 0 ? OPEN : b;
        g->w[i] = rng() % 8 == 0 ? (int64_t)(rng() % 3) : 1 + (int64_t)(rng() % 200000u);
    }
}

/* Exact sums at every level; the segments are where the members change;
 * each segment's party shares are costshare_split() of its cost among the
 * parties that carry it. */
static void generated_plans_add_up_at_every_level(void **state) {
    static struct gen g;
    static costshare_invoice_segment seg[MAXS];
    static int64_t amounts[MAXN], matrix[MAXS * MAXN], carriers[MAXN], share[MAXN];
    static int64_t seg_share[MAXS];
    int round;
    (void)state;
    for (round = 0; round < 400; round++) {
        int64_t residual = 0, seg_sum = 0, amount_sum = 0, res_sum = 0, len[MAXS];
        size_t n = 0, s, i, k;
        generate(&g, round % 2);
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, amounts, seg,
                                                  MAXS, &n, matrix, &residual),
                         COSTSHARE_OK);
        assert_true(n >= 1 && n <= 2 * g.n + 1);
        assert_int_equal(seg[0].first, g.plan.first);
        assert_int_equal(seg[n - 1].last, g.plan.last);
        for (s = 0; s < n; s++) {
            int64_t row_sum = 0;
            int32_t members = 0;
            costshare_date d;
            len[s] = g.plan.basis == COSTSHARE_BASIS_MONTHS ? seg[s].months : seg[s].days;
            if (s > 0) {
                assert_int_equal(seg[s].first, seg[s - 1].last + 1);
            }
            /* The members are the same on every day of the segment and
             * differ on the day before it. */
            for (d = seg[s].first; d <= seg[s].last; d++) {
                int32_t m = 0, changed = 0;
                for (i = 0; i < g.n; i++) {
                    int in = (g.from[i] == OPEN || g.from[i] <= d) &&
                             (g.to[i] == OPEN || g.to[i] >= d);
                    int in0 = (g.from[i] == OPEN || g.from[i] <= seg[s].first) &&
                              (g.to[i] == OPEN || g.to[i] >= seg[s].first);
                    int before = (g.from[i] == OPEN || g.from[i] <= seg[s].first - 1) &&
                                 (g.to[i] == OPEN || g.to[i] >= seg[s].first - 1);
                    m += in;
                    assert_int_equal(in, in0);
                    changed |= in0 != before;
                }
                if (d == seg[s].first && s > 0) {
                    assert_true(changed);
                }
                members = m;
            }
            assert_int_equal(seg[s].members, members);
            for (i = 0; i < g.n; i++) {
                row_sum += matrix[s * g.n + i];
            }
            assert_int_equal(row_sum + seg[s].residual, seg[s].cost);
            seg_sum += seg[s].cost;
            res_sum += seg[s].residual;
            /* The row is costshare_split() among the carriers. */
            for (i = 0, k = 0; i < g.n; i++) {
                int present = (g.from[i] == OPEN || g.from[i] <= seg[s].first) &&
                              (g.to[i] == OPEN || g.to[i] >= seg[s].first);
                int part = (g.from[i] == OPEN || g.from[i] <= g.plan.last) &&
                           (g.to[i] == OPEN || g.to[i] >= g.plan.first);
                if (g.plan.rule == COSTSHARE_INVOICE_FIXED_SHARES ? part : present) {
                    carriers[k++] = g.w[i];
                }
            }
            if (k > 0 && costshare_split(seg[s].cost, carriers, k, share) == COSTSHARE_OK) {
                for (i = 0, k = 0; i < g.n; i++) {
                    int present = (g.from[i] == OPEN || g.from[i] <= seg[s].first) &&
                                  (g.to[i] == OPEN || g.to[i] >= seg[s].first);
                    int part = (g.from[i] == OPEN || g.from[i] <= g.plan.last) &&
                               (g.to[i] == OPEN || g.to[i] >= g.plan.first);
                    if (g.plan.rule == COSTSHARE_INVOICE_FIXED_SHARES ? part : present) {
                        assert_int_equal(matrix[s * g.n + i], present ? share[k] : 0);
                        k++;
                    } else {
                        assert_int_equal(matrix[s * g.n + i], 0);
                    }
                }
            } else {
                assert_int_equal(seg[s].residual, seg[s].cost); /* no weight to carry it */
            }
        }
        assert_int_equal(seg_sum, g.plan.cost);
        assert_int_equal(res_sum, residual);
        for (i = 0; i < g.n; i++) {
            int64_t col = 0;
            for (s = 0; s < n; s++) {
                col += matrix[s * g.n + i];
            }
            assert_int_equal(col, amounts[i]);
            amount_sum += amounts[i];
        }
        assert_int_equal(amount_sum + residual, g.plan.cost);
        /* The segment costs are costshare_split() of the cost by length. */
        assert_int_equal(costshare_split(g.plan.cost, len, n, seg_share), COSTSHARE_OK);
        for (s = 0; s < n; s++) {
            assert_int_equal(seg[s].cost, seg_share[s]);
        }
    }
}

/* Nobody joins or leaves in the period: one segment, both rules agree and
 * every party owes its costshare_split() share. */
static void without_changes_each_party_pays_its_split_share(void **state) {
    static struct gen g;
    costshare_invoice_segment seg[MAXS];
    int64_t redis[MAXN], fixed[MAXN], share[MAXN], residual;
    int round;
    (void)state;
    for (round = 0; round < 200; round++) {
        size_t n, i;
        generate(&g, round % 2);
        for (i = 0; i < g.n; i++) {
            if (rng() % 3 == 0) {
                g.from[i] = g.plan.first - (costshare_date)(rng() % 100u);
            } else {
                g.from[i] = OPEN;
            }
            g.to[i] = rng() % 2 ? OPEN : g.plan.last + (costshare_date)(rng() % 100u);
            g.w[i] += 1;
        }
        g.plan.rule = COSTSHARE_INVOICE_REDISTRIBUTE;
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, redis, seg,
                                                  MAXS, &n, NULL, &residual),
                         COSTSHARE_OK);
        assert_int_equal(n, 1);
        assert_int_equal(residual, 0);
        g.plan.rule = COSTSHARE_INVOICE_FIXED_SHARES;
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, fixed, seg,
                                                  MAXS, &n, NULL, &residual),
                         COSTSHARE_OK);
        assert_int_equal(residual, 0);
        assert_int_equal(costshare_split(g.plan.cost, g.w, g.n, share), COSTSHARE_OK);
        assert_memory_equal(redis, share, g.n * sizeof *share);
        assert_memory_equal(fixed, share, g.n * sizeof *share);
    }
}

/* Redistribute: one party leaves before the period's last day. What it no
 * longer pays, against the plan in which it stays, the others pay more, to
 * the unit; and under fixed shares the others pay what they paid with it
 * and the funder carries its absent part. */
static void what_a_leaver_no_longer_pays_the_others_pay(void **state) {
    static struct gen g;
    costshare_invoice_segment seg[MAXS];
    int64_t stay[MAXN], leave[MAXN], fixed[MAXN], res_stay, res_leave, res_fixed;
    int round;
    (void)state;
    for (round = 0; round < 200; round++) {
        size_t n, i, l;
        int64_t no_longer, more = 0;
        generate(&g, round % 2);
        if (g.plan.last - g.plan.first < 62 || g.n < 2) {
            continue;
        }
        for (i = 0; i < g.n; i++) {
            g.w[i] += 1;
        }
        g.plan.rule = COSTSHARE_INVOICE_REDISTRIBUTE;
        l = (size_t)(rng() % g.n);
        /* Everybody else a member throughout; the leaver too in "stay". */
        for (i = 0; i < g.n; i++) {
            g.from[i] = OPEN;
            g.to[i] = OPEN;
        }
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, stay, seg,
                                                  MAXS, &n, NULL, &res_stay),
                         COSTSHARE_OK);
        g.to[l] =
            g.plan.first + (costshare_date)(rng() % (uint64_t)(g.plan.last - g.plan.first));
        if (g.plan.basis == COSTSHARE_BASIS_MONTHS) {
            g.to[l] = month_last_of(g.to[l]);
            if (g.to[l] == g.plan.last) {
                continue;
            }
        }
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, leave, seg,
                                                  MAXS, &n, NULL, &res_leave),
                         COSTSHARE_OK);
        assert_int_equal(n, 2);
        assert_int_equal(res_stay, 0);
        assert_int_equal(res_leave, 0);
        no_longer = stay[l] - leave[l];
        for (i = 0; i < g.n; i++) {
            if (i != l) {
                more += leave[i] - stay[i];
            }
        }
        assert_int_equal(more, no_longer);
        /* Under fixed shares the leaver pays the same (in the first
         * segment everybody is a member, so both rules agree there), and
         * what it no longer pays is not charged to anyone: the residual. */
        g.plan.rule = COSTSHARE_INVOICE_FIXED_SHARES;
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, fixed, seg,
                                                  MAXS, &n, NULL, &res_fixed),
                         COSTSHARE_OK);
        assert_int_equal(fixed[l], leave[l]);
        assert_int_equal(res_fixed, seg[1].residual);
        more = 0;
        for (i = 0; i < g.n; i++) {
            more += fixed[i];
        }
        assert_int_equal(more + res_fixed, g.plan.cost);
    }
}

/* Reordering the parties reorders the amounts (weights all different, so no
 * tie decides); a credit is the mirror image. */
static void reordering_and_credits(void **state) {
    static struct gen g, h;
    costshare_invoice_segment seg[MAXS];
    int64_t a[MAXN], b[MAXN], ra, rb;
    size_t perm[MAXN];
    int round;
    (void)state;
    for (round = 0; round < 200; round++) {
        size_t n, i;
        generate(&g, round % 2);
        for (i = 0; i < g.n; i++) {
            g.w[i] = 1000 * (int64_t)i + 1 + (int64_t)(rng() % 1000u); /* all different */
            perm[i] = i;
        }
        for (i = g.n; i > 1; i--) {
            size_t j = (size_t)(rng() % i), t = perm[i - 1];
            perm[i - 1] = perm[j];
            perm[j] = t;
        }
        h = g;
        for (i = 0; i < g.n; i++) {
            h.w[i] = g.w[perm[i]];
            h.from[i] = g.from[perm[i]];
            h.to[i] = g.to[perm[i]];
        }
        assert_int_equal(costshare_invoice_period(&g.plan, g.w, g.from, g.to, g.n, a, seg, MAXS,
                                                  &n, NULL, &ra),
                         COSTSHARE_OK);
        assert_int_equal(costshare_invoice_period(&h.plan, h.w, h.from, h.to, h.n, b, seg, MAXS,
                                                  &n, NULL, &rb),
                         COSTSHARE_OK);
        assert_int_equal(ra, rb);
        for (i = 0; i < g.n; i++) {
            assert_int_equal(b[i], a[perm[i]]);
        }
        h.plan.cost = -h.plan.cost;
        assert_int_equal(costshare_invoice_period(&h.plan, h.w, h.from, h.to, h.n, a, seg, MAXS,
                                                  &n, NULL, &ra),
                         COSTSHARE_OK);
        assert_int_equal(ra, -rb);
        for (i = 0; i < g.n; i++) {
            assert_int_equal(a[i], -b[i]);
        }
    }
}

/* The adjustment's due day: 2024-12-10 is a Tuesday; 2016-12-10 was a
 * Saturday, moved by Lag (1930:173) 2 § to Monday 2016-12-12; "the last day
 * of May" is day 31. */
static void adjust_due_days_and_refusals(void **state) {
    const int64_t owed[3] = {10, 20, INT64_MAX};
    const int64_t invoiced[3] = {15, 5, -1};
    const int64_t fine[3] = {15, 5, 0};
    int64_t adj[3], both[6];
    costshare_date due_day;
    (void)state;
    assert_int_equal(costshare_invoice_adjust(owed, fine, 3, 2016, 12, 10,
                                              COSTSHARE_SE_DEADLINE, adj, &due_day),
                     COSTSHARE_OK);
    assert_int_equal(due_day, ymd(2016, 12, 12));
    assert_int_equal(adj[0], -5);
    assert_int_equal(adj[1], 15);
    assert_int_equal(adj[2], INT64_MAX);
    assert_int_equal(costshare_invoice_adjust(owed, fine, 3, 2017, 5, 31, 0, adj, &due_day),
                     COSTSHARE_OK);
    assert_int_equal(due_day, ymd(2017, 5, 31));
#define REFUSED(call, code)                                                                    \
    do {                                                                                       \
        fill64(adj, 3);                                                                        \
        due_day = 4242;                                                                        \
        assert_int_equal((call), (code));                                                      \
        assert_true(untouched64(adj, 3));                                                      \
        assert_int_equal(due_day, 4242);                                                       \
    } while (0)
    REFUSED(costshare_invoice_adjust(NULL, fine, 3, 2024, 12, 10, 0, adj, &due_day),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, NULL, 3, 2024, 12, 10, 0, adj, &due_day),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 2024, 12, 10, 0, NULL, &due_day),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 2024, 12, 10, 0, adj, NULL),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 2024, 12, 10, COSTSHARE_CALENDAR_PERIODS,
                                     adj, &due_day),
            COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, fine, SIZE_MAX / 4, 2024, 12, 10, 0, adj, &due_day),
            COSTSHARE_EINVAL);
    memcpy(both, owed, sizeof owed);
    memcpy(both + 3, fine, sizeof fine);
    assert_int_equal(
        costshare_invoice_adjust(both, fine, 3, 2024, 12, 10, 0, both + 2, &due_day),
        COSTSHARE_EINVAL);
    assert_int_equal(
        costshare_invoice_adjust(owed, both + 3, 3, 2024, 12, 10, 0, both + 1, &due_day),
        COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_adjust(owed, fine, 3, 2024, 12, 10, 0, both,
                                              (costshare_date *)(void *)(both + 2)),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_adjust(both, fine, 3, 2024, 12, 10, 0, adj,
                                              (costshare_date *)(void *)(both + 1)),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_adjust(owed, both + 3, 3, 2024, 12, 10, 0, adj,
                                              (costshare_date *)(void *)(both + 4)),
                     COSTSHARE_EINVAL);
    REFUSED(costshare_invoice_adjust(owed, fine, 0, 2024, 12, 10, 0, adj, &due_day),
            COSTSHARE_ERANGE);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 2024, 13, 10, 0, adj, &due_day),
            COSTSHARE_ERANGE);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 10000, 12, 10, 0, adj, &due_day),
            COSTSHARE_ERANGE);
    REFUSED(costshare_invoice_adjust(owed, fine, 3, 2024, 12, 0, 0, adj, &due_day),
            COSTSHARE_ERANGE);
    /* 2 § needs the Swedish calendar (from 1990); ERANGE before EOVERFLOW. */
    REFUSED(costshare_invoice_adjust(owed, invoiced, 3, 1989, 12, 10, COSTSHARE_SE_DEADLINE,
                                     adj, &due_day),
            COSTSHARE_ERANGE);
    /* INT64_MAX - (-1) does not fit. */
    REFUSED(costshare_invoice_adjust(owed, invoiced, 3, 2024, 12, 10, 0, adj, &due_day),
            COSTSHARE_EOVERFLOW);
#undef REFUSED
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invoice_due_days_of_the_agreements),
        cmocka_unit_test(plan_init_and_initialiser_agree),
        cmocka_unit_test(ostergotland_2024_segments),
        cmocka_unit_test(ostergotland_2024_invoice_and_refunds),
        cmocka_unit_test(a_leaver_under_both_rules),
        cmocka_unit_test(a_joiner),
        cmocka_unit_test(a_mid_month_leaver_by_days),
        cmocka_unit_test(outside_the_period_and_weightless_members),
        cmocka_unit_test(segments_cut_where_members_change),
        cmocka_unit_test(segments_refusals_leave_outputs),
        cmocka_unit_test(period_refusals_leave_outputs),
        cmocka_unit_test(extreme_costs),
        cmocka_unit_test(generated_plans_add_up_at_every_level),
        cmocka_unit_test(without_changes_each_party_pays_its_split_share),
        cmocka_unit_test(what_a_leaver_no_longer_pays_the_others_pay),
        cmocka_unit_test(reordering_and_credits),
        cmocka_unit_test(adjust_due_days_and_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
