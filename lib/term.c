/*
 * Fixed terms with automatic renewal (term.h): the term in force on a day,
 * and the term end that notice reaches. Terms are counted by Lag (1930:173)
 * 1 § from their first day; notice periods by costshare_notice_end().
 */
#include "costshare/term.h"

#include <stddef.h>
#include <string.h>

#include "check.h"
#include "civil.h"
#include "costshare/calendar_se.h"
#include "costshare/notice.h"

/* Month index of a valid date; *day receives its day of the month. */
static int64_t month_index_of(costshare_date date, int32_t *day) {
    int32_t year, month;
    cs_to_ymd(date, &year, &month, day);
    return (int64_t)year * 12 + (month - 1);
}

/* The size of each version of costshare_term (check.h). */
#define TERM_V1_SIZE CS_END_OF(costshare_term, notice_flags)
static const size_t term_sizes[COSTSHARE_TERM_VERSION + 1] = {[1] = TERM_V1_SIZE};
CS_STATIC_ASSERT(term_v1_is_current, sizeof(costshare_term) == TERM_V1_SIZE);

int costshare_term_init(costshare_term *term, uint32_t version) {
    static const costshare_term init = COSTSHARE_TERM_INIT;
    if (term == NULL || !cs_version_ok(version, COSTSHARE_TERM_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    memcpy(term, &init, term_sizes[version]);
    term->version = version;
    return COSTSHARE_OK;
}

/* A caller's term of any known version, read by that version's size into a
 * current one, then checked: EINVAL or ERANGE for a bad struct, else OK. */
static int load_term(const costshare_term *term, costshare_term *out) {
    static const costshare_term init = COSTSHARE_TERM_INIT;
    if (!cs_version_ok(term->version, COSTSHARE_TERM_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *out = init;
    memcpy(out, term, term_sizes[term->version]);
    if (!cs_unit_valid(out->initial_unit) || !cs_unit_valid(out->renewal_unit) ||
        !cs_unit_valid(out->notice_unit) ||
        !cs_notice_flags_ok(out->notice_flags, CS_NOTICE_FLAGS_KNOWN)) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(out->start) || out->initial_count < 1 || out->renewal_count < 0 ||
        out->notice_count < 0) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

/*
 * The last day of a term of `count` units whose first day is `start`, by
 * Lag (1930:173) 1 § counted from `start` (see costshare_term in term.h):
 *
 * - days and weeks: start + count * (1 or 7) - 1, the day before the day
 *   with the same weekday ("sitt namn i veckan");
 * - months and years: in the end month (the month of `start` plus `count`
 *   months), the day before the day whose number is start's day ("sitt tal
 *   i månaden"); when the end month has no such day, 1 § second sentence
 *   makes its last day the end day, and the term runs through it ("finnes ej
 *   motsvarande dag i slutmånaden, varde den månadens sista dag ansedd för
 *   slutdag"). 2016-09-01 + 17 months: 2018-01-31; 2024-01-31 + 1 month:
 *   February has no 31st, so 2024-02-29; 2024-01-29 + 1 month: 2024-02-28.
 *
 * For a start that is not the first of a month this is exactly
 * costshare_notice_end(start - 1, count, unit, 0); a start on the first of a
 * month gives whole calendar months. A term from the first of a month whose
 * end month is January 10000 ends on 9999-12-31, the day before 10000-01-01;
 * any other end month after December 9999 is ERANGE.
 */
static int span_last(costshare_date start, int64_t count, int32_t unit, costshare_date *out) {
    int32_t day, year, month, days_in_month;
    int64_t index;
    if (unit == COSTSHARE_DAYS || unit == COSTSHARE_WEEKS) {
        /* count <= 12 * INT32_MAX, so the product cannot overflow int64_t. */
        return cs_add_days(start, count * (unit == COSTSHARE_WEEKS ? 7 : 1) - 1, out);
    }
    index = month_index_of(start, &day);
    if (count > CS_MONTH_INDEX_MAX) { /* more months than the whole calendar */
        return COSTSHARE_ERANGE;
    }
    index += count * (unit == COSTSHARE_YEARS ? 12 : 1);
    /* index >= CS_MONTH_INDEX_MIN holds already (a valid start, count >= 1);
     * the test states it for the static analysis (docs/robustness.md). */
    if (index < CS_MONTH_INDEX_MIN || index > CS_MONTH_INDEX_MAX) {
        /* Only a term ending on the last of December 9999 is still in range:
         * a start on the first, ending before 10000-01-01. */
        if (index == CS_MONTH_INDEX_MAX + 1 && day == 1) {
            *out = COSTSHARE_DATE_MAX;
            return COSTSHARE_OK;
        }
        return COSTSHARE_ERANGE;
    }
    year = (int32_t)(index / 12);
    month = (int32_t)(index % 12) + 1;
    days_in_month = cs_days_in_month(year, month);
    /* The day before the corresponding day (never before start, so never
     * before 0001-01-01), or, without one, the end month's last day. */
    *out = day <= days_in_month ? cs_from_ymd(year, month, day) - 1
                                : cs_from_ymd(year, month, days_in_month);
    return COSTSHARE_OK;
}

/*
 * The last day of the term in force on `day` (validated struct, valid day,
 * day >= start). Renewal k >= 1 ends on span_last(S1, k * r) with
 * S1 = end0 + 1: the smallest k >= 1 whose end is on or after `day`.
 */
static int term_end_at(const costshare_term *term, costshare_date day, costshare_date *out) {
    /* end is written wherever it is read; its initial value only spares a
     * static analysis from tracking that across the callers' many paths. */
    costshare_date end0, first_renewal, end = COSTSHARE_DATE_MIN;
    int32_t first_day, day_of_month;
    int64_t step, gap, months;
    int rc = span_last(term->start, term->initial_count, term->initial_unit, &end0);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (day <= end0) {
        *out = end0;
        return COSTSHARE_OK;
    }
    if (term->renewal_count == 0) {
        return COSTSHARE_ETOOLATE; /* expired: no term is in force */
    }
    /* day > end0, so end0 < 9999-12-31 and S1 is a valid day. */
    first_renewal = end0 + 1;
    if (term->renewal_unit == COSTSHARE_DAYS || term->renewal_unit == COSTSHARE_WEEKS) {
        /* Renewal k ends on end0 + k * step, k = ceil(gap / step) with
         * gap = day - end0 >= 1. Writing gap - 1 = q * step + r (0 <= r <
         * step), k = q + 1 and end0 + k * step = day + (step - 1 - r): no
         * product, so no intermediate beyond the day and one step. */
        step = (int64_t)term->renewal_count * (term->renewal_unit == COSTSHARE_WEEKS ? 7 : 1);
        gap = (int64_t)day - end0;
        return cs_add_days(day, step - 1 - (gap - 1) % step, out);
    }
    /*
     * Months (a year is twelve). span_last(S1, m) lies in month
     * index(S1) + m when S1 is not the first of a month, and in the month
     * before when it is. With gap = index(day) - index(S1) >= 0: an m < gap
     * ends in a month before day's, so before `day`; an m >= gap + 1 ends in
     * day's month on its last day (S1 a first) or in a later month, so on or
     * after `day`. The smallest multiple m of step with m >= gap (at least
     * one step) is therefore the first candidate, and m + step >= gap + 1
     * ends on or after `day` when it fails: at most two span_last() calls,
     * constant time. When gap > step, m = gap + (step - 1 - (gap - 1) %
     * step) as above, below gap + step.
     */
    step = (int64_t)term->renewal_count * (term->renewal_unit == COSTSHARE_YEARS ? 12 : 1);
    gap = month_index_of(day, &day_of_month) - month_index_of(first_renewal, &first_day);
    months = gap <= step ? step : gap + (step - 1 - (gap - 1) % step);
    rc = span_last(first_renewal, months, COSTSHARE_MONTHS, &end);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (end < day) {
        return span_last(first_renewal, months + step, COSTSHARE_MONTHS, out);
    }
    *out = end;
    return COSTSHARE_OK;
}

int costshare_term_end(const costshare_term *term, costshare_date day,
                       costshare_date *term_end) {
    costshare_term t;
    costshare_date result;
    int rc;
    if (term == NULL || term_end == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_term(term, &t);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    if (day < t.start) {
        return COSTSHARE_EBACKWARDS;
    }
    rc = term_end_at(&t, day, &result);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    *term_end = result;
    return COSTSHARE_OK;
}

int costshare_term_notice(const costshare_term *term, costshare_date day,
                          costshare_date *term_end, costshare_date *latest) {
    costshare_term t;
    /* ends and end_result are written wherever they are read; their initial
     * values only spare a static analysis from tracking that across the
     * many paths of the notice count (docs/robustness.md). */
    costshare_date effective, before, latest_result;
    costshare_date ends = COSTSHARE_DATE_MIN, end_result = COSTSHARE_DATE_MIN;
    uint32_t counting;
    int rc;
    if (term == NULL || term_end == NULL || latest == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = load_term(term, &t);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (!cs_date_valid(day)) {
        return COSTSHARE_ERANGE;
    }
    counting = t.notice_flags & CS_NOTICE_COUNTING;
    effective = day;
    if ((t.notice_flags & COSTSHARE_SE_DEADLINE) != 0) {
        /* Lag (1930:173) 2 §: notice on `day` is in time for a last notice
         * day G when day <= deadline(G), the first business day on or after
         * G. With B the last business day before `day` that holds exactly
         * when G > B: if G <= B then deadline(G) <= B < day; if G > B, no
         * day of [G, day) is a business day, so deadline(G) >= day. Notice
         * on `day` therefore counts as notice given on B + 1. */
        rc = costshare_se_add_business_days(day, -1, &before);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
        /* B is before `day`; the test, which always holds, states it for
         * the static analysis. */
        effective = before < day ? before + 1 : day;
    }
    /* Notice given on `effective` is in time for a term end E exactly when
     * costshare_notice_end(effective) <= E (the Galois property of the inverse), so
     * the first such E is the end of the term in force on that day. */
    rc = costshare_notice_end(effective, t.notice_count, t.notice_unit, counting, &ends);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    rc = term_end_at(&t, ends < t.start ? t.start : ends, &end_result);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    /* Cannot fail: costshare_notice_end(effective) <= end_result, so the greatest
     * day whose notice ends by end_result exists and is >= effective. */
    latest_result = effective;
    (void)costshare_notice_latest(end_result, t.notice_count, t.notice_unit, counting,
                                  &latest_result);
    if ((t.notice_flags & COSTSHARE_SE_DEADLINE) != 0) {
        rc = costshare_se_deadline(latest_result, &latest_result);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    *term_end = end_result;
    *latest = latest_result;
    return COSTSHARE_OK;
}
