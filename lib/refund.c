/*
 * Refunds: pro-rating an invoiced amount exactly, the refund after
 * termination and for a vacancy under an agreement's terms, invoice due days.
 *
 * Money is integer minor units; a pro-rated amount is amount * part / whole
 * computed with a 128-bit product and rounded once (lib/arith.h), the same
 * semantics as costshare_round_scale().
 */
#include "costshare/refund.h"

#include <stddef.h>
#include <string.h>

#include "arith.h"
#include "batch.h"
#include "check.h"
#include "civil.h"
#include "costshare/calendar_se.h"
#include "costshare/date.h"
#include "costshare/term.h"

static int basis_valid(int32_t basis) {
    return basis == COSTSHARE_BASIS_DAYS || basis == COSTSHARE_BASIS_MONTHS;
}

/* 1 when a valid date is the first day of its month. */
static int is_month_first(costshare_date date) {
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return day == 1;
}

/* 1 when a valid date is the last day of its month. */
static int is_month_last(costshare_date date) {
    return date == cs_month_last(date);
}

/* A range of days: ERANGE unless both dates are valid, EBACKWARDS when the
 * last is before the first. */
static int check_range(costshare_date first, costshare_date last) {
    if (!cs_date_valid(first) || !cs_date_valid(last)) {
        return COSTSHARE_ERANGE;
    }
    return first <= last ? COSTSHARE_OK : COSTSHARE_EBACKWARDS;
}

/* Two ranges: every date is checked before the order of either. */
static int check_ranges(costshare_date first1, costshare_date last1, costshare_date first2,
                        costshare_date last2) {
    int rc1 = check_range(first1, last1), rc2 = check_range(first2, last2);
    if (rc1 == COSTSHARE_ERANGE || rc2 == COSTSHARE_ERANGE) {
        return COSTSHARE_ERANGE;
    }
    return rc1 != COSTSHARE_OK ? rc1 : rc2;
}

/*
 * The part of `amount` for the days [from, to] within the period
 * [period_first, period_last], for valid, ordered dates.
 *
 * Month alignment is checked only where months are counted: when a proper
 * part of the period is pro-rated by months (0 < part < whole). A range that
 * misses the period gives 0 and one that covers it gives the whole amount,
 * whatever the basis, so neither needs the period or the range to be whole
 * months (a last day before the invoiced period refunds all of it, even from
 * a mid-month day). ERANGE when months must be counted but the period or the
 * part of the range within it is not whole calendar months.
 */
static int prorate_part(int64_t amount, costshare_date period_first, costshare_date period_last,
                        costshare_date from, costshare_date to, int32_t basis, int32_t mode,
                        int64_t *out) {
    costshare_date low = from > period_first ? from : period_first;
    costshare_date high = to < period_last ? to : period_last;
    uint64_t part, whole;
    if (low > high) {
        *out = 0;
        return COSTSHARE_OK;
    }
    if (low == period_first && high == period_last) {
        *out = amount; /* amount * whole / whole: exact in every mode */
        return COSTSHARE_OK;
    }
    if (basis == COSTSHARE_BASIS_MONTHS) {
        /* Whole calendar months, each weighing the same whatever its length.
         * low is period_first or from, high is period_last or to, so this
         * checks exactly the months counted. */
        if (!is_month_first(period_first) || !is_month_last(period_last) ||
            !is_month_first(low) || !is_month_last(high)) {
            return COSTSHARE_ERANGE;
        }
        part = (uint64_t)(cs_month_index(high) - cs_month_index(low) + 1);
        whole = (uint64_t)(cs_month_index(period_last) - cs_month_index(period_first) + 1);
    } else {
        part = (uint64_t)((int64_t)high - low + 1);
        whole = (uint64_t)((int64_t)period_last - period_first + 1);
    }
    /* 0 < part < whole, so |amount| * part / whole < |amount| (rounding
     * cannot reach past |amount|) and the result always fits:
     * cs_round_quotient cannot fail. */
    (void)cs_round_quotient(amount < 0, cs_mul_u64(cs_abs_u64(amount), part), whole, mode, out);
    return COSTSHARE_OK;
}

int costshare_refund_start(costshare_date last_day, costshare_date *first_day) {
    if (first_day == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(last_day) || cs_month_index(last_day) == (int64_t)9999 * 12 + 11) {
        return COSTSHARE_ERANGE; /* December 9999 has no next month */
    }
    /* "från och med första dagen i månaden, efter att avtalet upphörde att
     * gälla": the day after the last day of the month of the last day. */
    *first_day = cs_month_last(last_day) + 1;
    return COSTSHARE_OK;
}

int costshare_refund_start_batch(const costshare_date *last_days, size_t count,
                                 costshare_date *first_days, size_t *bad_index) {
    size_t i, bad;
    if (!cs_batch_arrays_ok(last_days, first_days, count, sizeof *last_days)) {
        return COSTSHARE_EINVAL;
    }
    /* costshare_refund_start() accepts every date up to 9999-11-30. */
    bad = cs_batch_first_outside(last_days, count, COSTSHARE_DATE_MIN,
                                 (int64_t)cs_from_ymd(9999, 12, 1) - 1);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    for (i = 0; i < count; i++) {
        const costshare_date d = last_days[i];
        if (CS_BATCH_VALID(d)) {
            first_days[i] = cs_month_last(d) + 1;
        }
    }
    return COSTSHARE_OK;
}

int costshare_refund_prorate(int64_t amount, costshare_date period_first,
                             costshare_date period_last, costshare_date from, costshare_date to,
                             int32_t basis, int32_t mode, int64_t *out) {
    int64_t result = 0;
    int rc;
    if (out == NULL || !basis_valid(basis) || !cs_round_mode_valid(mode)) {
        return COSTSHARE_EINVAL;
    }
    rc = check_ranges(period_first, period_last, from, to);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = prorate_part(amount, period_first, period_last, from, to, basis, mode, &result);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    *out = result;
    return COSTSHARE_OK;
}

/* The size of each version of costshare_refund_terms (check.h). */
#define TERMS_V1_SIZE CS_END_OF(costshare_refund_terms, mode)
static const size_t terms_sizes[COSTSHARE_REFUND_TERMS_VERSION + 1] = {[1] = TERMS_V1_SIZE};
CS_STATIC_ASSERT(terms_v1_is_current, sizeof(costshare_refund_terms) == TERMS_V1_SIZE);

int costshare_refund_terms_init(costshare_refund_terms *terms, uint32_t version) {
    static const costshare_refund_terms init = COSTSHARE_REFUND_TERMS_INIT;
    if (terms == NULL || !cs_version_ok(version, COSTSHARE_REFUND_TERMS_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    memcpy(terms, &init, terms_sizes[version]);
    terms->version = version;
    return COSTSHARE_OK;
}

/* A caller's terms of any known version, read by that version's size into
 * current ones, then checked. */
static int load_terms(const costshare_refund_terms *terms, costshare_refund_terms *out) {
    static const costshare_refund_terms init = COSTSHARE_REFUND_TERMS_INIT;
    if (!cs_version_ok(terms->version, COSTSHARE_REFUND_TERMS_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *out = init;
    memcpy(out, terms, terms_sizes[terms->version]);
    if (out->termination < COSTSHARE_REFUND_NONE ||
        out->termination > COSTSHARE_REFUND_NEXT_DAY || !basis_valid(out->termination_basis) ||
        out->vacancy < COSTSHARE_VACANCY_NONE ||
        out->vacancy > COSTSHARE_VACANCY_LONGER_THAN_END_DAY ||
        !cs_unit_valid(out->vacancy_min_unit) || !basis_valid(out->vacancy_basis) ||
        !cs_round_mode_valid(out->mode)) {
        return COSTSHARE_EINVAL;
    }
    if (out->vacancy_min_count < 0) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

int costshare_refund_termination(const costshare_refund_terms *terms, int64_t invoiced,
                                 costshare_date period_first, costshare_date period_last,
                                 costshare_date last_day, int64_t *refund) {
    costshare_refund_terms t;
    int64_t result = 0;
    int rc;
    if (terms == NULL || refund == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_terms(terms, &t);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    /* The dates themselves are always checked; month alignment only where a
     * refund is actually pro-rated by months (prorate_part()). */
    if (!cs_date_valid(last_day)) {
        return COSTSHARE_ERANGE;
    }
    rc = check_range(period_first, period_last);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (t.termination != COSTSHARE_REFUND_NONE) {
        costshare_date from =
            t.termination == COSTSHARE_REFUND_NEXT_MONTH ? cs_month_last(last_day) : last_day;
        /* `from` is still the last day not refunded; nothing is refunded
         * when it is the period's last day or later. */
        if (from < period_last) {
            rc = prorate_part(invoiced, period_first, period_last, from + 1, period_last,
                              t.termination_basis, t.mode, &result);
            if (rc != COSTSHARE_OK) {
                return rc;
            }
        }
    }
    *refund = result;
    return COSTSHARE_OK;
}

/*
 * The last day of a vacancy lasting exactly `count` (>= 1) units from
 * `first`: the last day of a term of that length starting on `first`, by
 * costshare_term_end(), so that "a month" is counted the same way
 * everywhere in the library. ERANGE when that day is after 9999-12-31.
 */
static int minimum_last_day(costshare_date first, int32_t count, int32_t unit,
                            costshare_date *out) {
    costshare_term term = COSTSHARE_TERM_INIT; /* not renewed, no notice */
    term.start = first;
    term.initial_count = count;
    term.initial_unit = unit;
    return costshare_term_end(&term, first, out);
}

int costshare_refund_vacancy(const costshare_refund_terms *terms, int64_t invoiced,
                             costshare_date period_first, costshare_date period_last,
                             costshare_date vacancy_first, costshare_date vacancy_last,
                             int64_t *refund) {
    costshare_date threshold;
    costshare_refund_terms t;
    int64_t result = 0;
    int rc, refunded;
    if (terms == NULL || refund == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_terms(terms, &t);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    /* The dates themselves are always checked; month alignment only where a
     * refund is actually pro-rated by months (prorate_part()). */
    rc = check_ranges(period_first, period_last, vacancy_first, vacancy_last);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    refunded = t.vacancy == COSTSHARE_VACANCY_ANY;
    if (t.vacancy == COSTSHARE_VACANCY_LONGER_THAN_END_DAY) {
        /* The other reading: the minimum runs through the 1 § end day
         * itself, so the vacancy must last past it. */
        refunded = t.vacancy_min_count == 0 ||
                   (costshare_date_add(vacancy_first, t.vacancy_min_count, t.vacancy_min_unit,
                                       &threshold) == COSTSHARE_OK &&
                    vacancy_last > threshold);
    }
    if (t.vacancy == COSTSHARE_VACANCY_LONGER_THAN) {
        /* Lag (1930:173) 1 §, counted from the first vacant day exactly as a
         * term of that length is (costshare_term in notice.h): the vacancy
         * lasts exactly the minimum when it ends on that term's last day,
         * and is longer when it still lasts the day after. Any vacancy
         * exceeds a minimum of 0; none exceeds one whose term would end
         * after 9999-12-31. */
        refunded = t.vacancy_min_count == 0 ||
                   (minimum_last_day(vacancy_first, t.vacancy_min_count, t.vacancy_min_unit,
                                     &threshold) == COSTSHARE_OK &&
                    vacancy_last > threshold);
    }
    if (refunded) {
        rc = prorate_part(invoiced, period_first, period_last, vacancy_first, vacancy_last,
                          t.vacancy_basis, t.mode, &result);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    *refund = result;
    return COSTSHARE_OK;
}
