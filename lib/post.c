/*
 * The cost of a post (post.h): exact, rounded once.
 */
#include "costshare/post.h"

#include <stddef.h>

#include "arith.h"
#include "costshare/round.h"

int costshare_post_cost(int64_t monthly, int64_t oncost_bp, int32_t months, int32_t mode,
                        int64_t *out) {
    cs_u128 n;
    if (out == NULL || !cs_round_mode_valid(mode)) {
        return COSTSHARE_EINVAL;
    }
    if (monthly < 0 || oncost_bp < 0 || oncost_bp > COSTSHARE_ONCOST_BP_MAX || months < 0) {
        return COSTSHARE_ERANGE;
    }
    /* monthly < 2^63, 10000 + bp < 2^20, months < 2^31: below 2^114, so the
     * 128-bit product cannot overflow (no branch for it: it could never be
     * taken, nor covered by a test). */
    n = cs_mul_u64((uint64_t)monthly, (uint64_t)(10000 + oncost_bp));
    (void)cs_mul_u128_u64(n, (uint64_t)months, &n);
    return cs_round_quotient(0, n, 10000u, mode, out);
}

/*
 * The cost of a post by period, with yearly salary revisions
 * (costshare_post_cost_ex). Months are counted by their index
 * year * 12 + (month - 1); a revision applies from every month after the
 * base month whose index is revision_month - 1 modulo 12.
 */
#include "check.h"

/* 10000^3: the denominator of fte_bp * (1 + oncost) * (1 + overhead). */
#define POST_SCALE UINT64_C(1000000000000)

int costshare_post_terms_init(costshare_post_terms *terms, uint32_t version) {
    if (terms == NULL || !cs_version_ok(version, COSTSHARE_POST_TERMS_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    /* The defaults of the version asked for, member by member (a struct
     * is written by its caller's version, never by sizeof); version 1 has
     * every member. */
    terms->version = version;
    terms->mode = COSTSHARE_ROUND_HALF_AWAY;
    terms->monthly = 0;
    terms->base_year = 0;
    terms->base_month = 1;
    terms->revision_month = 0;
    terms->revision_bp = 0;
    terms->oncost_bp = 0;
    terms->overhead_bp = 0;
    terms->fte_bp = 10000;
    return COSTSHARE_OK;
}

/* The number of revisions in the months after base up to base + since
 * (since >= 0): the month indices m in (base, base + since] with
 * m = revision_month - 1 modulo 12. Every index is at least 12 (year 1),
 * so base - r0 > 0, and with base - r0 = 12 q + o that is
 * floor((o + since) / 12). */
static int64_t revisions_in(const costshare_post_terms *t, int64_t base, int64_t since) {
    int64_t r0 = (int64_t)t->revision_month - 1;
    return t->revision_month == 0 ? 0 : ((base - r0) % 12 + since) / 12;
}

/* Salary level k (k >= 1) from level k - 1 (prev), or from the index. */
static int next_level(const costshare_post_terms *t, const int64_t *index, size_t index_count,
                      int64_t k, int64_t prev, int64_t *out) {
    if (index != NULL) {
        /* k < index_count: the caller checked that the series has a value
         * for every revision up to the period's last month (the test shows
         * it to the analysis, scripts/prove.sh). */
        size_t i = (uint64_t)k < (uint64_t)index_count ? (size_t)k : 0u;
        return cs_round_quotient(0, cs_mul_u64((uint64_t)t->monthly, (uint64_t)index[i]),
                                 (uint64_t)index[0], t->mode, out);
    }
    /* 10000 + revision_bp >= 0: the salary never turns negative. */
    return cs_round_quotient(
        0, cs_mul_u64((uint64_t)prev, (uint64_t)((int64_t)10000 + t->revision_bp)), 10000u,
        t->mode, out);
}

int costshare_post_cost_ex(const costshare_post_terms *terms, int32_t year, int32_t month,
                           int32_t months, const int64_t *index, size_t index_count,
                           int64_t *out) {
    int64_t base, first, last, since, k, levels, j, level, until;
    cs_u128 acc = {0, 0};
    int rc;
    if (terms == NULL || out == NULL ||
        !cs_version_ok(terms->version, COSTSHARE_POST_TERMS_VERSION) ||
        !cs_round_mode_valid(terms->mode)) {
        return COSTSHARE_EINVAL;
    }
    if (terms->monthly < 0 || !cs_year_valid(terms->base_year) ||
        !cs_month_valid(terms->base_month) || terms->revision_month < 0 ||
        terms->revision_month > 12 || terms->revision_bp < COSTSHARE_REVISION_BP_MIN ||
        terms->revision_bp > COSTSHARE_ONCOST_BP_MAX || terms->oncost_bp < 0 ||
        terms->oncost_bp > COSTSHARE_ONCOST_BP_MAX || terms->overhead_bp < 0 ||
        terms->overhead_bp > COSTSHARE_ONCOST_BP_MAX || terms->fte_bp < 0 ||
        terms->fte_bp > COSTSHARE_FTE_BP_MAX) {
        return COSTSHARE_ERANGE;
    }
    if (!cs_year_valid(year) || !cs_month_valid(month) || months < 0) {
        return COSTSHARE_ERANGE;
    }
    base = (int64_t)terms->base_year * 12 + (terms->base_month - 1);
    first = (int64_t)year * 12 + (month - 1);
    last = first + months - 1;
    if (last > CS_MONTH_INDEX_MAX) {
        return COSTSHARE_ERANGE;
    }
    /* Months from the base month to the period's first, negative before. */
    since = first - base;
    if (index != NULL) {
        /* Level 0 and one for each revision up to the period's last month. */
        int64_t needed =
            months > 0 && since >= 0 ? revisions_in(terms, base, since + months - 1) + 1 : 1;
        size_t i;
        if ((uint64_t)needed > (uint64_t)index_count) {
            return COSTSHARE_ERANGE;
        }
        for (i = 0; i < index_count; i++) {
            if (index[i] < 1) {
                return COSTSHARE_ERANGE;
            }
        }
    }
    if (since < 0) {
        return COSTSHARE_EBACKWARDS;
    }
    if (months == 0) {
        *out = 0;
        return COSTSHARE_OK;
    }

    /* The level in force in the period's first month. */
    level = terms->monthly;
    k = revisions_in(terms, base, since);
    if (index != NULL && k > 0) {
        rc = next_level(terms, index, index_count, k, level, &level);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    } else {
        for (j = 1; j <= k; j++) {
            rc = next_level(terms, NULL, 0, j, level, &level);
            if (rc != COSTSHARE_OK) {
                return rc;
            }
        }
    }
    /* The months at each level: the first level up to the month before the
     * next revision month (until months later), then a year each, the last
     * up to the period's last month. levels is one more than the revisions
     * in the period after its first month. Each product is below 2^80,
     * their sum below 2^94. */
    until = months;
    if (terms->revision_month != 0) {
        until = ((int64_t)terms->revision_month - 1 - first % 12 + 12) % 12;
        if (until == 0) {
            until = 12;
        }
    }
    levels = revisions_in(terms, base, since + months - 1) - k + 1;
    for (j = 0; j < levels; j++) {
        int64_t start = j == 0 ? first : first + until + 12 * (j - 1);
        int64_t end = (j == 0 ? first + until : start + 12) - 1;
        if (end > last) {
            end = last;
        }
        if (j > 0) {
            rc = next_level(terms, index, index_count, k + j, level, &level);
            if (rc != COSTSHARE_OK) {
                return rc;
            }
        }
        acc = cs_add_u128(acc, cs_mul_u64((uint64_t)level, (uint64_t)(end - start + 1)));
    }
    /* The exact cost. acc < 2^80 (120 000 months of at most 2^63), the
     * extent and 1 + on-cost are each below 2^20: the first two products
     * stay below 2^120 (no branch for them: it could never be taken). Only
     * the third can pass 128 bits, and then the cost is far beyond
     * int64_t. */
    (void)cs_mul_u128_u64(acc, (uint64_t)terms->fte_bp, &acc);
    (void)cs_mul_u128_u64(acc, (uint64_t)((int64_t)10000 + terms->oncost_bp), &acc);
    if (cs_mul_u128_u64(acc, (uint64_t)((int64_t)10000 + terms->overhead_bp), &acc)) {
        return COSTSHARE_EOVERFLOW;
    }
    return cs_round_quotient(0, acc, POST_SCALE, terms->mode, out);
}
