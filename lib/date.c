/*
 * Calendar dates (proleptic Gregorian day numbers) and counting time by
 * Lag (1930:173) om beräkning av lagstadgad tid, 1 §.
 */
#include "costshare/date.h"

#include "batch.h"
#include "check.h"
#include "civil.h"

/* Computational month indexes (year * 12 + month_index, civil.h) of the
 * calendar's first and last months: January of year 1, December 9999. */
#define INDEX_MIN ((int64_t)(CS_YEAR_MIN - 1) * 12 + 10)
#define INDEX_MAX ((int64_t)CS_YEAR_MAX * 12 + 9)

static int ymd_valid(int32_t year, int32_t month, int32_t day) {
    return cs_year_valid(year) && cs_month_valid(month) && day >= 1 &&
           day <= cs_days_in_month(year, month);
}

int costshare_date_from_ymd(int32_t year, int32_t month, int32_t day, costshare_date *out) {
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!ymd_valid(year, month, day)) {
        return COSTSHARE_ERANGE;
    }
    *out = cs_from_ymd(year, month, day);
    return COSTSHARE_OK;
}

int costshare_date_to_ymd(costshare_date date, int32_t *year, int32_t *month, int32_t *day) {
    int32_t y, m, d;
    if (!cs_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    cs_to_ymd(date, &y, &m, &d);
    /* Each output is optional (documented in date.h). */
    if (year != NULL) {
        *year = y;
    }
    if (month != NULL) {
        *month = m;
    }
    if (day != NULL) {
        *day = d;
    }
    return COSTSHARE_OK;
}

/* Value of an ASCII digit, or -1. Compared as bytes, so no locale and no
 * other character set's digits are accepted. */
static int32_t digit(char c) {
    return (c >= '0' && c <= '9') ? (int32_t)(c - '0') : -1;
}

int costshare_date_parse(const char *text, size_t length, costshare_date *out) {
    /* Positions of the digits in "YYYY-MM-DD". */
    static const unsigned char digit_pos[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    int32_t v[8];
    size_t i;
    if (text == NULL || out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (length != 10 || text[4] != '-' || text[7] != '-') {
        return COSTSHARE_EPARSE;
    }
    for (i = 0; i < 8; i++) {
        v[i] = digit(text[digit_pos[i]]);
        if (v[i] < 0) {
            return COSTSHARE_EPARSE;
        }
    }
    return costshare_date_from_ymd(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3],
                                   v[4] * 10 + v[5], v[6] * 10 + v[7], out);
}

int costshare_date_format(costshare_date date, char *buffer, size_t capacity) {
    int32_t y, m, d;
    if (buffer == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    if (capacity < COSTSHARE_DATE_TEXT_SIZE) {
        return COSTSHARE_ESIZE;
    }
    cs_to_ymd(date, &y, &m, &d);
    buffer[0] = (char)('0' + y / 1000);
    buffer[1] = (char)('0' + y / 100 % 10);
    buffer[2] = (char)('0' + y / 10 % 10);
    buffer[3] = (char)('0' + y % 10);
    buffer[4] = '-';
    buffer[5] = (char)('0' + m / 10);
    buffer[6] = (char)('0' + m % 10);
    buffer[7] = '-';
    buffer[8] = (char)('0' + d / 10);
    buffer[9] = (char)('0' + d % 10);
    buffer[10] = '\0';
    return COSTSHARE_OK;
}

int costshare_date_weekday(costshare_date date, int32_t *weekday) {
    if (weekday == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    *weekday = cs_weekday(date);
    return COSTSHARE_OK;
}

/* Add a number of months by Lag (1930:173) 1 §: the end day has the start
 * day's number in the end month, or is the end month's last day if that month
 * has no such number. Months are counted in the computational calendar
 * (civil.h), where only the last month of a year, February, varies in length.
 * The count is checked in int64_t first, so no int32_t count can overflow. */
static int add_months(costshare_date date, int64_t months, costshare_date *out) {
    struct cs_mdate start = cs_split(date);
    /* months since March of year 0 */
    int64_t index = (int64_t)start.year * 12 + start.month_index + months;
    uint32_t valid_index, year, month_index, last_day;
    /* January of year 1 is month 10; December 9999 is month 9999 * 12 + 9. */
    if (index < INDEX_MIN || index > INDEX_MAX) {
        return COSTSHARE_ERANGE;
    }
    valid_index = (uint32_t)index;
    year = valid_index / 12u;
    month_index = valid_index % 12u;
    if (month_index == 11u) { /* February of civil year year + 1 */
        last_day = 28u + (uint32_t)cs_is_leap((int32_t)year + 1);
    } else {
        last_day = 30u + ((CS_LONG_MONTHS_FROM_MARCH >> month_index) & 1u);
    }
    *out = cs_join(year, month_index, start.day <= last_day ? start.day : last_day);
    return COSTSHARE_OK;
}

int costshare_date_add(costshare_date date, int32_t count, int32_t unit, costshare_date *out) {
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_unit_valid(unit)) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    switch (unit) {
    case COSTSHARE_DAYS:
        return cs_add_days(date, count, out);
    case COSTSHARE_WEEKS:
        /* 1 §: a week ends on the day with the start day's weekday name. */
        return cs_add_days(date, (int64_t)count * 7, out);
    case COSTSHARE_MONTHS:
        return add_months(date, count, out);
    default: /* COSTSHARE_YEARS: twelve months, so 29 Feb clamps to 28 Feb (1 §). */
        return add_months(date, (int64_t)count * 12, out);
    }
}

int costshare_date_is_leap_year(int32_t year, int32_t *is_leap_year) {
    if (is_leap_year == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_year_valid(year)) {
        return COSTSHARE_ERANGE;
    }
    *is_leap_year = cs_is_leap(year);
    return COSTSHARE_OK;
}

int costshare_date_days_in_month(int32_t year, int32_t month, int32_t *days) {
    if (days == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_year_valid(year) || !cs_month_valid(month)) {
        return COSTSHARE_ERANGE;
    }
    *days = cs_days_in_month(year, month);
    return COSTSHARE_OK;
}

/* Days from 1 January of year y to its (month, day), 0..365. */
static int32_t day_in_year(int32_t year, int32_t month, int32_t day) {
    int32_t before =
        month >= 3 ? 59 + cs_is_leap(year) + (int32_t)cs_days_before_month((uint32_t)month - 3u)
                   : (month - 1) * 31;
    return before + day - 1;
}

/* The shared shape of month_first/month_last/year_first/year_last. */
enum period_end { MONTH_FIRST, MONTH_LAST, YEAR_FIRST, YEAR_LAST };

static int period_end(costshare_date date, enum period_end which, costshare_date *out) {
    int32_t y, m, d;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    cs_to_ymd(date, &y, &m, &d);
    switch (which) {
    case MONTH_FIRST:
        *out = date - (d - 1);
        break;
    case MONTH_LAST:
        *out = date + (cs_days_in_month(y, m) - d);
        break;
    case YEAR_FIRST:
        *out = date - day_in_year(y, m, d);
        break;
    default: /* YEAR_LAST */
        *out = date - day_in_year(y, m, d) + 364 + cs_is_leap(y);
        break;
    }
    return COSTSHARE_OK;
}

int costshare_date_month_first(costshare_date date, costshare_date *out) {
    return period_end(date, MONTH_FIRST, out);
}

int costshare_date_month_last(costshare_date date, costshare_date *out) {
    return period_end(date, MONTH_LAST, out);
}

int costshare_date_year_first(costshare_date date, costshare_date *out) {
    return period_end(date, YEAR_FIRST, out);
}

int costshare_date_year_last(costshare_date date, costshare_date *out) {
    return period_end(date, YEAR_LAST, out);
}

int costshare_date_days_between(costshare_date from, costshare_date to, int32_t *days) {
    if (days == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_date_valid(from) || !cs_date_valid(to)) {
        return COSTSHARE_ERANGE;
    }
    *days = to - from; /* |to - from| <= 3652058: no overflow */
    return COSTSHARE_OK;
}

/* Day number of the first day of computational month index (year * 12 +
 * month_index, INDEX_MIN .. INDEX_MAX + 1). */
static costshare_date first_of_index(int64_t index) {
    return cs_join((uint32_t)(index / 12), (uint32_t)(index % 12), 1u);
}

/* The dates [*lo, *hi] that costshare_date_add() accepts with this count and
 * (valid) unit: those whose result stays in the calendar. Days and weeks
 * move every date by the same number of days; months move the month index
 * (which never decreases as the date grows) by the same number of months. */
static void add_bounds(int32_t count, int32_t unit, int64_t *lo, int64_t *hi) {
    int64_t n, first, last;
    if (unit == COSTSHARE_DAYS || unit == COSTSHARE_WEEKS) {
        n = (int64_t)count * (unit == COSTSHARE_WEEKS ? 7 : 1);
        *lo = COSTSHARE_DATE_MIN - n;
        *hi = COSTSHARE_DATE_MAX - n;
        return;
    }
    n = (int64_t)count * (unit == COSTSHARE_YEARS ? 12 : 1);
    first = INDEX_MIN - n > INDEX_MIN ? INDEX_MIN - n : INDEX_MIN;
    last = INDEX_MAX - n < INDEX_MAX ? INDEX_MAX - n : INDEX_MAX;
    if (first > last) {
        *lo = 1;
        *hi = 0;
        return;
    }
    *lo = first_of_index(first);
    *hi = (int64_t)first_of_index(last + 1) - 1;
}

int costshare_date_add_batch(const costshare_date *dates, size_t count, int32_t amount,
                             int32_t unit, costshare_date *out, size_t *bad_index) {
    int64_t lo, hi, step;
    size_t i, bad;
    if (!cs_batch_arrays_ok(dates, out, count, sizeof *dates) || !cs_unit_valid(unit)) {
        return COSTSHARE_EINVAL;
    }
    add_bounds(amount, unit, &lo, &hi);
    bad = cs_batch_first_outside(dates, count, lo, hi);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    /* Every result is in range now: nothing below can fail. */
    if (unit == COSTSHARE_DAYS || unit == COSTSHARE_WEEKS) {
        step = (int64_t)amount * (unit == COSTSHARE_WEEKS ? 7 : 1);
        for (i = 0; i < count; i++) {
            out[i] = (costshare_date)(dates[i] + step);
        }
        return COSTSHARE_OK;
    }
    step = (int64_t)amount * (unit == COSTSHARE_YEARS ? 12 : 1);
    for (i = 0; i < count; i++) {
        const costshare_date d = dates[i];
        if (CS_BATCH_VALID(d)) {
            (void)add_months(d, step, &out[i]);
        }
    }
    return COSTSHARE_OK;
}
