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
 * 31 30 31 31 [28|29]). A 400-year cycle has exactly 146097 days and repeats
 * the calendar, so a day number splits into cycles, centuries, four-year
 * blocks and days. Valid dates (years 1-9999) all lie after 0000-03-01, so
 * every quantity is non-negative: the arithmetic is done unsigned.
 *
 * The conversions are the Euclidean affine functions of C. Neri and L.
 * Schneider, "Euclidean affine functions and their application to calendar
 * algorithms", Software: Practice and Experience 53(4), 2023 (preprint
 * 2022): each step is f(n) = (a n + b) / d with a divisor d chosen as a power
 * of two where the paper shows one exact over the whole range, so most
 * divisions are a shift, and the year within a century comes from one
 * 32x32->64 product. With their shift s = 0 (our dates need none: every day
 * number plus CS_EPOCH_SHIFT is non-negative). The tests compare every day
 * 0001-01-01 .. 9999-12-31 with a running reference (tests/test_date.c).
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
 * from March, 31 30 31 30 31 31 30 31 30 31 31, follow the line
 * (153 m + 2) / 5 exactly, and so does (979 m + 18) / 32 (Neri-Schneider's
 * (979 M - 2919) / 32 for M = m + 3), whose division is a shift. */
static inline uint32_t cs_days_before_month(uint32_t month_index) {
    return (979u * month_index + 18u) >> 5;
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

/* Computational date of a valid day number (Neri-Schneider's to_date).
 *
 * Counting in quarter days makes the uneven lengths regular: 400 years are
 * 146097 days, four centuries of 36524 days plus the 400-year leap day at the
 * very end, so (4 z + 3) / 146097 is the century and the remainder / 4 the day
 * within it. Likewise a century is four-year blocks of 1461 days each ending
 * with a leap day (the last block one day short, except in the fourth
 * century), so (4 d + 3) / 1461 is the year within the century: here the high
 * half of 2939745 (4 d + 3), 2939745 / 2^32 being 1 / 1461 closely enough
 * for every d of a century, and the low half / 2939745 / 4 the day of the
 * year. The month and day come from 2141 d + 197913: the month (March = 3)
 * in its high 16 bits, the day within it in the low ones, / 2141. */
struct cs_ns_date {
    uint32_t year;  /* computational year */
    uint32_t month; /* 3 (March) .. 14 (February of the next civil year) */
    uint32_t md;    /* the day of the month is (md & 0xFFFF) / 2141 + 1 */
};

/* The day of the computational year (0 = 1 March .. 365) of a valid date;
 * *year receives the computational year. */
static inline uint32_t cs_day_of_year(costshare_date date, uint32_t *year) {
    const uint32_t z = (uint32_t)(date + (int32_t)CS_EPOCH_SHIFT); /* days since 0000-03-01 */
    const uint32_t q = 4u * z + 3u;                                /* < 2^26: no overflow */
    const uint32_t century = q / CS_ERA_DAYS;
    const uint32_t q2 = ((q % CS_ERA_DAYS) | 3u); /* 4 (day of the century) + 3 */
    const uint64_t p = (uint64_t)2939745u * q2;
    *year = century * 100u + (uint32_t)(p >> 32);
    return (uint32_t)p / 2939745u / 4u;
}

static inline struct cs_ns_date cs_ns_split(costshare_date date) {
    struct cs_ns_date r;
    const uint32_t day_of_year = cs_day_of_year(date, &r.year);
    r.md = 2141u * day_of_year + 197913u;
    r.month = r.md >> 16;
    return r;
}

static inline struct cs_mdate cs_split(costshare_date date) {
    const struct cs_ns_date n = cs_ns_split(date);
    struct cs_mdate r;
    r.year = n.year;
    r.month_index = n.month - 3u;
    r.day = (n.md & 0xFFFFu) / 2141u + 1u;
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
    const struct cs_ns_date n = cs_ns_split(date);
    *day = (int32_t)((n.md & 0xFFFFu) / 2141u + 1u);
    /* January and February (13, 14) belong to the next civil year. Written
     * as a choice rather than as n.month - 12 * (n.month > 12), so that a
     * static analysis sees month in 1..12 on each path; compilers emit the
     * same branch-free code. */
    if (n.month > 12u) {
        *month = (int32_t)(n.month - 12u);
        *year = (int32_t)(n.year + 1u);
    } else {
        *month = (int32_t)n.month;
        *year = (int32_t)n.year;
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
