/*
 * Internal: the proleptic Gregorian calendar in closed form.
 *
 * Day numbers <-> (year, month, day) in constant time, shared by date.c and
 * calendar_se.c. Everything is static inline: nothing here is exported.
 * Callers validate ranges first; these helpers assume valid input.
 *
 * The method counts years from 1 March, so the leap day is the last day of
 * its "computational year" and every month length except February's is fixed
 * by a linear formula (the month lengths from March are 31 30 31 30 31 31 30
 * 31 30 31 31 [28|29], which (153 * m + 2) / 5 reproduces exactly). A 400-year
 * cycle has exactly 146097 days and repeats the calendar, so a day number
 * splits into cycles, centuries, four-year blocks and days. Valid dates (years 1-9999) all lie
 * after 0000-03-01, so every quantity is non-negative: the arithmetic is done unsigned, where
 * division by a constant compiles to a multiply and a shift without sign fix-ups.
 */
#ifndef COSTSHARE_CIVIL_H
#define COSTSHARE_CIVIL_H

#include <stdint.h>

#include "costshare/date.h"

/* Days from 0000-03-01 to 1970-01-01. */
#define CS_EPOCH_SHIFT 719468u
/* Days in 400 Gregorian years. */
#define CS_ERA_DAYS 146097u
/* Month lengths minus 28, two bits per month at bit 2 * month (February 0). */
#define CS_MONTH_EXTRA 0x3bbeeccu
/* The 31-day months among month indices 0 (March) to 10 (January), one bit
 * each at bit month_index: 31 30 31 30 31 31 30 31 30 31 31. */
#define CS_LONG_MONTHS_FROM_MARCH 0x6b5u

/* Gregorian leap year, year >= 1: divisible by 4 and not by 100, or by 400.
 * For a multiple of 100 (= 4 * 25), divisibility by 400 (= 16 * 25) is
 * divisibility by 16, which needs no division. */
static inline int cs_is_leap(int32_t year) {
    uint32_t y = (uint32_t)year;
    return (y & 3u) == 0 && (y % 100u != 0 || (y & 15u) == 0);
}

static inline int32_t cs_days_in_month(int32_t year, int32_t month) {
    return 28 + (int32_t)((CS_MONTH_EXTRA >> (2 * month)) & 3u) +
           (month == 2 && cs_is_leap(year));
}

static inline int cs_date_valid(costshare_date date) {
    return date >= COSTSHARE_DATE_MIN && date <= COSTSHARE_DATE_MAX;
}

/* A date in the computational calendar that starts the year on 1 March:
 * year (0 = the year from 0000-03-01), month_index (0 = March .. 11 =
 * February of the next civil year) and day (1..31). */
struct cs_mdate {
    uint32_t year;
    uint32_t month_index;
    uint32_t day;
};

/* Days from 1 March to the first of month_index (0..11): the month lengths
 * from March, 31 30 31 30 31 31 30 31 30 31 31, follow this line exactly. */
static inline uint32_t cs_days_before_month(uint32_t month_index) {
    return (153u * month_index + 2u) / 5u;
}

/* Day number of a computational date (year 0..9999). */
static inline costshare_date cs_join(uint32_t year, uint32_t month_index, uint32_t day) {
    /* 365 days a year plus the leap days of the years before: every 4th,
     * less every 100th, plus every 400th (each computational year ends with
     * its leap day, so the leap days before year y are those of years < y).
     * year / 4 - year / 100 is written as 24 * (year / 100) + year % 100 / 4,
     * a sum of non-negative terms (year / 4 = 25 * (year / 100) + year % 100 / 4). */
    uint32_t days = year * 365u + 24u * (year / 100u) + year % 100u / 4u + year / 400u +
                    cs_days_before_month(month_index) + day - 1u;
    return (costshare_date)((int32_t)days - (int32_t)CS_EPOCH_SHIFT);
}

/* Computational date of a valid day number.
 *
 * Counting in quarter days makes the uneven lengths regular: 400 years are
 * 146097 days, four centuries of 36524 days plus the 400-year leap day at the
 * very end, so (4 z + 3) / 146097 is the century and the remainder / 4 the day
 * within it. Likewise a century is four-year blocks of 1461 days each ending
 * with a leap day (the last block one day short, except in the fourth
 * century), so (4 d + 3) / 1461 is the year within the century. The quarter
 * day "+ 3" places each extra day at the end of its period. */
static inline struct cs_mdate cs_split(costshare_date date) {
    struct cs_mdate r;
    uint32_t z = (uint32_t)(date + (int32_t)CS_EPOCH_SHIFT); /* days since 0000-03-01 */
    uint32_t q = 4u * z + 3u;                                /* < 2^26: no overflow */
    uint32_t century = q / CS_ERA_DAYS;
    uint32_t day_of_century = q % CS_ERA_DAYS / 4u;
    uint32_t q2 = 4u * day_of_century + 3u;
    uint32_t year_of_century = q2 / 1461u;
    uint32_t day_of_year = q2 % 1461u / 4u; /* 0 = 1 March */
    /* Inverse of cs_days_before_month(): with 5 * day_of_year + 2 =
     * 153 * month_index + rest, the day of the month is rest / 5 + 1, which
     * equals day_of_year - cs_days_before_month(month_index) + 1 (5 divides
     * 153 * month_index + rest - 2) and is visibly 1..31. */
    uint32_t month_index = (5u * day_of_year + 2u) / 153u;
    r.year = century * 100u + year_of_century;
    r.month_index = month_index;
    r.day = (5u * day_of_year + 2u) % 153u / 5u + 1u;
    return r;
}

/* Day number of a valid (year, month, day), year 1..9999. */
static inline costshare_date cs_from_ymd(int32_t year, int32_t month, int32_t day) {
    /* January and February belong to the previous computational year. */
    if (month <= 2) {
        return cs_join((uint32_t)year - 1u, (uint32_t)month + 9u, (uint32_t)day);
    }
    return cs_join((uint32_t)year, (uint32_t)month - 3u, (uint32_t)day);
}

/* (year, month, day) of a valid day number. */
static inline void cs_to_ymd(costshare_date date, int32_t *year, int32_t *month, int32_t *day) {
    struct cs_mdate r = cs_split(date);
    *day = (int32_t)r.day;
    if (r.month_index >= 10u) { /* January, February of the next civil year */
        *month = (int32_t)r.month_index - 9;
        *year = (int32_t)r.year + 1;
    } else {
        *month = (int32_t)r.month_index + 3;
        *year = (int32_t)r.year;
    }
}

/* One of COSTSHARE_DAYS, WEEKS, MONTHS, YEARS. */
static inline int cs_unit_valid(int32_t unit) {
    return unit >= COSTSHARE_DAYS && unit <= COSTSHARE_YEARS;
}

/* A valid date moved by a plain day count: COSTSHARE_OK, or COSTSHARE_ERANGE
 * (and *out untouched) when the result leaves 0001-01-01 to 9999-12-31. */
static inline int cs_add_days(costshare_date date, int64_t days, costshare_date *out) {
    int64_t result = (int64_t)date + days;
    if (result < COSTSHARE_DATE_MIN || result > COSTSHARE_DATE_MAX) {
        return COSTSHARE_ERANGE;
    }
    *out = (costshare_date)result;
    return COSTSHARE_OK;
}

/* Month index year * 12 + (month - 1) of a valid date. */
static inline int64_t cs_month_index(costshare_date date) {
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return (int64_t)year * 12 + (month - 1);
}

/* The last day of the month of a valid date. */
static inline costshare_date cs_month_last(costshare_date date) {
    int32_t year, month, day;
    cs_to_ymd(date, &year, &month, &day);
    return date + (cs_days_in_month(year, month) - day);
}

/* ISO weekday (1 = Monday) of a valid date: 0001-01-01 was a Monday, and
 * counting from it keeps the dividend non-negative. */
static inline int cs_weekday(costshare_date date) {
    return (int)((uint32_t)(date - COSTSHARE_DATE_MIN) % 7u) + 1;
}

#endif /* COSTSHARE_CIVIL_H */
