/*
 * Notice periods: costshare_notice_end() and its exact inverse
 * costshare_notice_latest().
 *
 * Time is counted by Lag (1930:173) om beräkning av lagstadgad tid: 1 § for
 * the length of a period (costshare_date_add() implements it), 2 § (the
 * "Sunday rule", costshare_se_deadline()) for the last day of an action when
 * the caller asks for it. Every function validates everything first and
 * writes its outputs last.
 */
#include "costshare/notice.h"

#include <stddef.h>

#include "batch.h"
#include "check.h"
#include "civil.h"
#include "costshare/calendar_se.h"
#include "costshare/date.h"

/* Last day of the month with the given index (CS_MONTH_INDEX_MIN..MAX). */
static costshare_date month_last_of_index(int64_t index) {
    int32_t year = (int32_t)(index / 12), month = (int32_t)(index % 12) + 1;
    return cs_from_ymd(year, month, cs_days_in_month(year, month));
}

/* Month index of a valid date; *day receives its day of the month. */
static int64_t month_index_of(costshare_date date, int32_t *day) {
    int32_t year, month;
    cs_to_ymd(date, &year, &month, day);
    return (int64_t)year * 12 + (month - 1);
}

/*
 * The last day in force for validated arguments (count >= 0, unit known,
 * flags a subset of COSTSHARE_CALENDAR_PERIODS). ERANGE when a date leaves
 * 0001-01-01 .. 9999-12-31.
 */
static int end_of_notice(costshare_date given, int32_t count, int32_t unit, uint32_t flags,
                         costshare_date *out) {
    int32_t day;
    int64_t index;
    if ((flags & COSTSHARE_CALENDAR_PERIODS) == 0 || unit == COSTSHARE_DAYS) {
        /* Lag (1930:173) 1 §: the end day corresponds by weekday (weeks) or by
         * number in the month (months, years) to the day notice is given, or
         * is the end month's last day when it has no such number. A calendar
         * "period" of days is a day, so days are the same either way. */
        return costshare_date_add(given, count, unit, out);
    }
    if (unit == COSTSHARE_WEEKS) {
        /* The ISO week runs Monday (1) to Sunday (7): the current week ends
         * on the Sunday on or after `given`; `count` whole weeks follow. */
        return cs_add_days(given, (int64_t)(7 - cs_weekday(given)) + (int64_t)count * 7, out);
    }
    /* Months (a year is twelve): the last day of the month `count` months
     * (or 12 * `count`) after the month of `given`, or for years 31 December. */
    index = month_index_of(given, &day);
    if (unit == COSTSHARE_YEARS) {
        index = index - index % 12 + 11 + (int64_t)count * 12;
    } else {
        index += count;
    }
    /* index >= CS_MONTH_INDEX_MIN holds already (a valid date, count >= 0);
     * the test states it for the static analysis (docs/robustness.md). */
    if (index < CS_MONTH_INDEX_MIN || index > CS_MONTH_INDEX_MAX) {
        return COSTSHARE_ERANGE;
    }
    *out = month_last_of_index(index);
    return COSTSHARE_OK;
}

/* "The period of notice counts as the first": n periods then end where
 * n - 1 whole periods after it end (0 stays 0, the end of the current one). */
static int32_t periods_after_current(int32_t count, uint32_t flags) {
    return (flags & COSTSHARE_CALENDAR_COUNT_CURRENT) != 0u && count > 0 ? count - 1 : count;
}

int costshare_notice_end(costshare_date given, int32_t count, int32_t unit, uint32_t flags,
                         costshare_date *last_day) {
    costshare_date result;
    int rc;
    if (last_day == NULL || !cs_unit_valid(unit) ||
        !cs_notice_flags_ok(flags, CS_NOTICE_COUNTING)) {
        return COSTSHARE_EINVAL;
    }
    if (count < 0 || !cs_date_valid(given)) {
        return COSTSHARE_ERANGE;
    }
    rc = end_of_notice(given, periods_after_current(count, flags), unit,
                       flags & COSTSHARE_CALENDAR_PERIODS, &result);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    *last_day = result;
    return COSTSHARE_OK;
}

/*
 * Greatest G with end_of_notice(G) <= last_day, for validated arguments.
 * end_of_notice() never decreases as G grows, so "the greatest G" is the
 * right end of the set of days whose notice ends in time.
 */
static int latest_notice(costshare_date last_day, int32_t count, int32_t unit, uint32_t flags,
                         costshare_date *out) {
    costshare_date candidate;
    int rc, steps;

    if (unit == COSTSHARE_DAYS ||
        (unit == COSTSHARE_WEEKS && (flags & COSTSHARE_CALENDAR_PERIODS) == 0)) {
        /* Plain day and week counts are exact subtraction: end(G) = G + n. */
        return costshare_date_add(last_day, -count, unit, out);
    }

    if ((flags & COSTSHARE_CALENDAR_PERIODS) != 0) {
        /* end(G) is the last day of the period n periods after G's period.
         * It is <= last_day exactly when that period is the one ending on
         * last_day or an earlier one: let P be the last period that ends on
         * or before last_day (last_day's own period when last_day is its last
         * day, else the one before). Then G is the last day of the period n
         * periods before P: every day of that period ends on P's last day,
         * and the next day belongs to the following period and ends one
         * period later, after last_day. */
        int32_t day;
        int64_t index;
        if (unit == COSTSHARE_WEEKS) {
            /* P ends on the Sunday on or before last_day. */
            return cs_add_days(last_day,
                               -(int64_t)(cs_weekday(last_day) % 7) - (int64_t)count * 7, out);
        }
        index = month_index_of(last_day, &day);
        if (unit == COSTSHARE_YEARS) {
            /* P is last_day's year if last_day is 31 December, else the year
             * before; index becomes December of the year n years earlier. */
            index = index - index % 12 + 11 - (index % 12 == 11 && day == 31 ? 0 : 12) -
                    (int64_t)count * 12;
        } else {
            index -= (day == cs_days_in_month((int32_t)(index / 12), (int32_t)(index % 12) + 1)
                          ? 0
                          : 1) +
                     (int64_t)count;
        }
        if (index < CS_MONTH_INDEX_MIN) {
            return COSTSHARE_ERANGE;
        }
        *out = month_last_of_index(index);
        return COSTSHARE_OK;
    }

    /*
     * Months and years by 1 §. Write last_day = (y, m, d) and let
     * C = last_day - n units = (y', m', min(d, len(m'))).
     *
     * end(C) <= last_day: end(C) is in month m with day min(min(d, len(m')),
     * len(m)) <= d.
     *
     * Every G with end(G) <= last_day is at most C + 3, and only days of
     * C's month can follow C: a day G in a later month than m' ends in a
     * later month than m. A day (y', m', e) with e > min(d, len(m')) ends on
     * day min(e, len(m)) of month m. If d < len(m) that is > d whenever
     * e > d, and e <= len(m') < d is impossible when C was clamped, so no G
     * after C qualifies. If d = len(m) (last_day is a month end), every e up
     * to len(m') qualifies; since C's day is min(d, len(m')) >= 28 (d >= 28
     * as a month length) and len(m') <= 31, at most 31 - 28 = 3 days follow.
     *
     * So at most three forward checks find the answer exactly; a fourth
     * would always fail. A day whose end is out of range ends after
     * last_day, so it stops the search too.
     */
    rc = costshare_date_add(last_day, -count, unit, &candidate);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    for (steps = 0; steps < 3 && candidate < COSTSHARE_DATE_MAX; steps++) {
        costshare_date end;
        costshare_date next = candidate + 1;
        if (end_of_notice(next, count, unit, flags, &end) != COSTSHARE_OK || end > last_day) {
            break;
        }
        candidate = next;
    }
    *out = candidate;
    return COSTSHARE_OK;
}

int costshare_notice_latest(costshare_date last_day, int32_t count, int32_t unit,
                            uint32_t flags, costshare_date *latest) {
    costshare_date result;
    int rc;
    if (latest == NULL || !cs_unit_valid(unit) ||
        !cs_notice_flags_ok(flags, CS_NOTICE_FLAGS_KNOWN)) {
        return COSTSHARE_EINVAL;
    }
    if (count < 0 || !cs_date_valid(last_day)) {
        return COSTSHARE_ERANGE;
    }
    rc = latest_notice(last_day, periods_after_current(count, flags), unit,
                       flags & COSTSHARE_CALENDAR_PERIODS, &result);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if ((flags & COSTSHARE_SE_DEADLINE) != 0) {
        /* Lag (1930:173) 2 §: the last day for giving notice is `result`; if
         * it is a Saturday, Sunday, public holiday (Lag 1989:253), Midsummer
         * Eve, Christmas Eve or New Year's Eve, notice may be given on the
         * next weekday and still counts as given in time. */
        rc = costshare_se_deadline(result, &result);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    *latest = result;
    return COSTSHARE_OK;
}

/* The greatest day whose costshare_se_deadline() is in range: the
 * calendar's last business day (9999-12-31 is New Year's Eve). */
static costshare_date last_deadline_day(void) {
    costshare_date day = COSTSHARE_DATE_MAX, moved;
    while (costshare_se_deadline(day, &moved) != COSTSHARE_OK) {
        day--;
    }
    return day;
}

int costshare_notice_end_batch(const costshare_date *given, size_t count, int32_t length,
                               int32_t unit, uint32_t flags, costshare_date *last_day,
                               size_t *bad_index) {
    const uint32_t periods = flags & COSTSHARE_CALENDAR_PERIODS;
    /* Written by latest_notice() when it succeeds; defined before, as a
     * static analysis may merge its success with its failure. */
    costshare_date last_given = COSTSHARE_DATE_MIN;
    int32_t n;
    size_t i, bad;
    if (!cs_batch_arrays_ok(given, last_day, count, sizeof *given) || !cs_unit_valid(unit) ||
        !cs_notice_flags_ok(flags, CS_NOTICE_COUNTING)) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0) {
        return COSTSHARE_OK;
    }
    if (length < 0) {
        return cs_batch_refuse(0, bad_index, COSTSHARE_ERANGE);
    }
    n = periods_after_current(length, flags);
    /* The end never decreases as the day notice is given grows, so the days
     * whose end is in range are those up to the latest notice day for
     * 9999-12-31; none when there is no such day. */
    if (latest_notice(COSTSHARE_DATE_MAX, n, unit, periods, &last_given) != COSTSHARE_OK) {
        return cs_batch_refuse(0, bad_index, COSTSHARE_ERANGE);
    }
    bad = cs_batch_first_outside(given, count, COSTSHARE_DATE_MIN, last_given);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    for (i = 0; i < count; i++) {
        const costshare_date d = given[i];
        if (CS_BATCH_VALID(d)) {
            (void)end_of_notice(d, n, unit, periods, &last_day[i]);
        }
    }
    return COSTSHARE_OK;
}

int costshare_notice_latest_batch(const costshare_date *last_day, size_t count, int32_t length,
                                  int32_t unit, uint32_t flags, costshare_date *latest,
                                  size_t *bad_index) {
    const uint32_t periods = flags & COSTSHARE_CALENDAR_PERIODS;
    /* lo is written by end_of_notice() when it succeeds; defined before, as
     * a static analysis may merge its success with its failure. */
    costshare_date first, lo = COSTSHARE_DATE_MIN, end;
    int64_t hi = COSTSHARE_DATE_MAX;
    int32_t n;
    size_t i, bad;
    if (!cs_batch_arrays_ok(last_day, latest, count, sizeof *last_day) ||
        !cs_unit_valid(unit) || !cs_notice_flags_ok(flags, CS_NOTICE_FLAGS_KNOWN)) {
        return COSTSHARE_EINVAL;
    }
    if (count == 0) {
        return COSTSHARE_OK;
    }
    if (length < 0) {
        return cs_batch_refuse(0, bad_index, COSTSHARE_ERANGE);
    }
    n = periods_after_current(length, flags);
    /*
     * latest(L) is the greatest G with end(G) <= L, and end never decreases,
     * so latest(L) >= G exactly when end(G) <= L. Hence a latest notice day
     * exists (>= 0001-01-01) exactly from L = end(0001-01-01) on; with the
     * 2 § deadline it must also lie in the Swedish calendar's range
     * [1990-01-01, B] (B its last business day): latest(L) >= 1990-01-01
     * from L = end(1990-01-01) on, and latest(L) <= B while L < end(B + 1)
     * (for every L when end(B + 1) is out of range).
     */
    first = (flags & COSTSHARE_SE_DEADLINE) != 0 ? COSTSHARE_SE_DATE_MIN : COSTSHARE_DATE_MIN;
    if (end_of_notice(first, n, unit, periods, &lo) != COSTSHARE_OK) {
        return cs_batch_refuse(0, bad_index, COSTSHARE_ERANGE);
    }
    if ((flags & COSTSHARE_SE_DEADLINE) != 0 &&
        end_of_notice(last_deadline_day() + 1, n, unit, periods, &end) == COSTSHARE_OK) {
        hi = (int64_t)end - 1;
    }
    bad = cs_batch_first_outside(last_day, count, lo, hi);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    for (i = 0; i < count; i++) {
        const costshare_date d = last_day[i];
        costshare_date g = d; /* always written: every last day is in range */
        if (CS_BATCH_VALID(d)) {
            (void)latest_notice(d, n, unit, periods, &g);
            if ((flags & COSTSHARE_SE_DEADLINE) != 0) {
                (void)costshare_se_deadline(g, &g);
            }
            latest[i] = g;
        }
    }
    return COSTSHARE_OK;
}
