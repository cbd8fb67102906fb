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
 * cycle ("era") has exactly 146097 days, so the day within an era determines
 * the rest. Valid dates (years 1-9999) all lie at or after 0000-03-01, so every
 * quantity below is non-negative and C's truncating division is floor division.
 */
#ifndef COSTSHARE_CIVIL_H
#define COSTSHARE_CIVIL_H

#include <stdint.h>

#include "costshare/date.h"

/* Days from 0000-03-01 to 1970-01-01. */
#define CS_EPOCH_SHIFT 719468
/* Days in 400 Gregorian years. */
#define CS_ERA_DAYS 146097

static inline int cs_is_leap(int32_t year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static inline int32_t cs_days_in_month(int32_t year, int32_t month) {
    /* Branch-free for the 30/31 pattern: months 1..7 alternate starting with
     * 31, months 8..12 alternate starting with 31 again. */
    if (month == 2) {
        return 28 + cs_is_leap(year);
    }
    return 30 + ((month + (month >> 3)) & 1);
}

static inline int cs_date_valid(costshare_date date) {
    return date >= COSTSHARE_DATE_MIN && date <= COSTSHARE_DATE_MAX;
}

/* Day number of a valid (year, month, day), year 1..9999. */
static inline costshare_date cs_from_ymd(int32_t year, int32_t month, int32_t day) {
    /* January and February belong to the previous computational year. */
    int32_t y = year - (month <= 2);
    int32_t era = y / 400;             /* y >= 0 for valid years */
    int32_t year_of_era = y - era * 400; /* 0..399 */
    int32_t shifted_month = month > 2 ? month - 3 : month + 9; /* March = 0 */
    int32_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1; /* 0..365 */
    int32_t day_of_era =
        year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * CS_ERA_DAYS + day_of_era - CS_EPOCH_SHIFT;
}

/* (year, month, day) of a valid day number. */
static inline void cs_to_ymd(costshare_date date, int32_t *year, int32_t *month,
                             int32_t *day) {
    int32_t z = date + CS_EPOCH_SHIFT; /* days since 0000-03-01, > 0 */
    int32_t era = z / CS_ERA_DAYS;
    int32_t day_of_era = z - era * CS_ERA_DAYS; /* 0..146096 */
    /* Remove the leap days before this day within the era: one per 4 years
     * (1460 days of a 4-year block minus its leap day), less one per century
     * (36524 days), plus one per 400 years (only the era's very last day). */
    int32_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 -
                           day_of_era / (CS_ERA_DAYS - 1)) /
                          365; /* 0..399 */
    int32_t day_of_year =
        day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int32_t shifted_month = (5 * day_of_year + 2) / 153; /* March = 0 */
    int32_t m = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    *day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    *month = m;
    *year = era * 400 + year_of_era + (m <= 2);
}

/* ISO weekday (1 = Monday) of a valid date: 0001-01-01 was a Monday, and
 * counting from it keeps the dividend non-negative. */
static inline int cs_weekday(costshare_date date) {
    return (int)((date - COSTSHARE_DATE_MIN) % 7) + 1;
}

#endif /* COSTSHARE_CIVIL_H */
