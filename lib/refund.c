/*
 * Refunds: pro-rating an invoiced amount exactly, the refund after
 * termination and for a vacancy under an agreement's terms, invoice due days.
 *
 * Money is integer minor units; a pro-rated amount is amount * part / whole
 * computed with a 128-bit product and rounded once (lib/arith.h), the same
 * semantics as costshare_scale().
 */
#include "costshare/refund.h"

#include <stddef.h>

#include "arith.h"
#include "civil.h"
#include "costshare/calendar_se.h"
#include "costshare/date.h"

static int date_valid(costshare_date date) {
    return date >= COSTSHARE_DATE_MIN && date <= COSTSHARE_DATE_MAX;
}

static int unit_valid(int32_t unit) {
    return unit >= COSTSHARE_DAYS && unit <= COSTSHARE_YEARS;
}

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
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return day == cs_days_in_month(year, month);
}

/* Month index year * 12 + month - 1 of a valid date. */
static int64_t months_since_year_zero(costshare_date date) {
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return (int64_t)year * 12 + month - 1;
}

/* The last day of the month of a valid date. */
static costshare_date month_last(costshare_date date) {
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return cs_from_ymd(year, month, cs_days_in_month(year, month));
}

/* A valid invoiced period for the basis: ordered, and whole months by months. */
static int period_check(costshare_date first, costshare_date last, int32_t basis) {
    if (!date_valid(first) || !date_valid(last) || last < first) {
        return COSTSHARE_ERANGE;
    }
    if (basis == COSTSHARE_BASIS_MONTHS && (!is_month_first(first) || !is_month_last(last))) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

/*
 * costshare_prorate() for validated arguments (period checked, from <= to,
 * months aligned when by months). The part is [from, to] within the period.
 */
static int64_t prorate_checked(int64_t amount, costshare_date period_first,
                               costshare_date period_last, costshare_date from,
                               costshare_date to, int32_t basis, int32_t mode) {
    costshare_date low = from > period_first ? from : period_first;
    costshare_date high = to < period_last ? to : period_last;
    uint64_t part, whole;
    int64_t result = 0;
    if (low > high) {
        return 0;
    }
    if (basis == COSTSHARE_BASIS_MONTHS) {
        /* Whole calendar months, each weighing the same whatever its length. */
        part = (uint64_t)(months_since_year_zero(high) - months_since_year_zero(low) + 1);
        whole = (uint64_t)(months_since_year_zero(period_last) -
                           months_since_year_zero(period_first) + 1);
    } else {
        part = (uint64_t)((int64_t)high - low + 1);
        whole = (uint64_t)((int64_t)period_last - period_first + 1);
    }
    /* 0 < part <= whole, so |amount| * part / whole <= |amount| (rounding
     * cannot pass |amount| either: the quotient is an integer when part ==
     * whole) and the result always fits: cs_round_quotient cannot fail. */
    (void)cs_round_quotient(amount < 0, cs_mul_u64(cs_abs_u64(amount), part), whole, mode,
                            &result);
    return result;
}

int costshare_refund_start(costshare_date last_day, costshare_date *first_day) {
    if (first_day == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!date_valid(last_day) || months_since_year_zero(last_day) == (int64_t)9999 * 12 + 11) {
        return COSTSHARE_ERANGE; /* December 9999 has no next month */
    }
    /* "från och med första dagen i månaden, efter att avtalet upphörde att
     * gälla": the day after the last day of the month of the last day. */
    *first_day = month_last(last_day) + 1;
    return COSTSHARE_OK;
}

int costshare_prorate(int64_t amount, costshare_date period_first, costshare_date period_last,
                      costshare_date from, costshare_date to, int32_t basis, int32_t mode,
                      int64_t *out) {
    int rc;
    if (out == NULL || !basis_valid(basis) || !cs_round_mode_valid(mode)) {
        return COSTSHARE_EINVAL;
    }
    rc = period_check(period_first, period_last, basis);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!date_valid(from) || !date_valid(to) || to < from) {
        return COSTSHARE_ERANGE;
    }
    if (basis == COSTSHARE_BASIS_MONTHS && (!is_month_first(from) || !is_month_last(to))) {
        return COSTSHARE_ERANGE;
    }
    *out = prorate_checked(amount, period_first, period_last, from, to, basis, mode);
    return COSTSHARE_OK;
}

int costshare_refund_terms_init(costshare_refund_terms *terms, uint32_t version) {
    const costshare_refund_terms init = COSTSHARE_REFUND_TERMS_INIT;
    if (terms == NULL || version != COSTSHARE_REFUND_TERMS_VERSION) {
        return COSTSHARE_EINVAL;
    }
    *terms = init;
    return COSTSHARE_OK;
}

static int terms_check(const costshare_refund_terms *terms) {
    if (terms->version != COSTSHARE_REFUND_TERMS_VERSION ||
        terms->termination < COSTSHARE_REFUND_NONE ||
        terms->termination > COSTSHARE_REFUND_NEXT_DAY ||
        !basis_valid(terms->termination_basis) || terms->vacancy < COSTSHARE_VACANCY_NONE ||
        terms->vacancy > COSTSHARE_VACANCY_LONGER_THAN ||
        !unit_valid(terms->vacancy_min_unit) || !basis_valid(terms->vacancy_basis) ||
        !cs_round_mode_valid(terms->mode)) {
        return COSTSHARE_EINVAL;
    }
    if (terms->vacancy_min_count < 0) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

int costshare_termination_refund(const costshare_refund_terms *terms, int64_t invoiced,
                                 costshare_date period_first, costshare_date period_last,
                                 costshare_date last_day, int64_t *refund) {
    int64_t result = 0;
    int rc;
    if (terms == NULL || refund == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = terms_check(terms);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = period_check(period_first, period_last, terms->termination_basis);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!date_valid(last_day)) {
        return COSTSHARE_ERANGE;
    }
    if (terms->termination != COSTSHARE_REFUND_NONE) {
        costshare_date from =
            terms->termination == COSTSHARE_REFUND_NEXT_MONTH ? month_last(last_day) : last_day;
        /* `from` is still the last day not refunded; nothing is refunded
         * when it is the period's last day or later. */
        if (from < period_last) {
            from += 1;
            if (terms->termination_basis == COSTSHARE_BASIS_MONTHS && !is_month_first(from)) {
                return COSTSHARE_ERANGE;
            }
            result = prorate_checked(invoiced, period_first, period_last, from, period_last,
                                     terms->termination_basis, terms->mode);
        }
    }
    *refund = result;
    return COSTSHARE_OK;
}

int costshare_vacancy_refund(const costshare_refund_terms *terms, int64_t invoiced,
                             costshare_date period_first, costshare_date period_last,
                             costshare_date vacancy_first, costshare_date vacancy_last,
                             int64_t *refund) {
    costshare_date threshold;
    int64_t result = 0;
    int rc, refunded;
    if (terms == NULL || refund == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = terms_check(terms);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = period_check(period_first, period_last, terms->vacancy_basis);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!date_valid(vacancy_first) || !date_valid(vacancy_last) ||
        vacancy_last < vacancy_first) {
        return COSTSHARE_ERANGE;
    }
    if (terms->vacancy_basis == COSTSHARE_BASIS_MONTHS &&
        (!is_month_first(vacancy_first) || !is_month_last(vacancy_last))) {
        return COSTSHARE_ERANGE;
    }
    refunded = terms->vacancy == COSTSHARE_VACANCY_ANY;
    if (terms->vacancy == COSTSHARE_VACANCY_LONGER_THAN) {
        /* Lag (1930:173) 1 §: counted from the first vacant day, the minimum
         * runs out on vacancy_first + count units; the vacancy is longer than
         * the minimum when it still lasts on that day. A threshold after
         * 9999-12-31 cannot be reached. */
        refunded = costshare_date_add(vacancy_first, terms->vacancy_min_count,
                                      terms->vacancy_min_unit, &threshold) == COSTSHARE_OK &&
                   vacancy_last >= threshold;
    }
    if (refunded) {
        result = prorate_checked(invoiced, period_first, period_last, vacancy_first,
                                 vacancy_last, terms->vacancy_basis, terms->mode);
    }
    *refund = result;
    return COSTSHARE_OK;
}

int costshare_invoice_due(int32_t year, int32_t month, int32_t day, uint32_t flags,
                          costshare_date *out) {
    costshare_date due;
    int32_t days_in_month;
    if (out == NULL || (flags & ~COSTSHARE_SE_DEADLINE) != 0) {
        return COSTSHARE_EINVAL;
    }
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
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
