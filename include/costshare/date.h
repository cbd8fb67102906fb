/**
 * @file costshare/date.h
 * @brief Calendar dates and counting time by Lag (1930:173) 1 §.
 *
 * A date is a day number: days since 1970-01-01 in the proleptic Gregorian
 * calendar. Valid dates are 0001-01-01 (#COSTSHARE_DATE_MIN) to 9999-12-31
 * (#COSTSHARE_DATE_MAX); every function refuses anything else with
 * #COSTSHARE_ERANGE.
 *
 * Every function here is pure, constant time (no loops over years or months)
 * and writes its outputs only on success: a call that returns an error has
 * left every output exactly as it was.
 *
 * Example:
 * @code
 * costshare_date d, end;
 * char text[11];
 * if (costshare_date_parse("2024-07-31", 10, &d) == COSTSHARE_OK &&
 *     costshare_date_add(d, 2, COSTSHARE_MONTHS, &end) == COSTSHARE_OK &&
 *     costshare_date_format(end, text, sizeof text) == COSTSHARE_OK) {
 *     puts(text); // 2024-09-30: September has no 31st, so its last day
 * }
 * @endcode
 */
#ifndef COSTSHARE_DATE_H
#define COSTSHARE_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"

/** A calendar date: days since 1970-01-01, proleptic Gregorian. */
typedef int32_t costshare_date;

/** Day number of 0001-01-01, the first valid date. */
#define COSTSHARE_DATE_MIN (-719162)
/** Day number of 9999-12-31, the last valid date. */
#define COSTSHARE_DATE_MAX 2932896

/** @name Units of time
 *  @{ */
#define COSTSHARE_DAYS 0   /**< Days. */
#define COSTSHARE_WEEKS 1  /**< Weeks (seven days). */
#define COSTSHARE_MONTHS 2 /**< Calendar months, counted by Lag (1930:173) 1 §. */
#define COSTSHARE_YEARS 3  /**< Calendar years, counted by Lag (1930:173) 1 §. */
/** @} */

/** Capacity, including the terminating NUL, that costshare_date_format()
 *  needs for `YYYY-MM-DD`. */
#define COSTSHARE_DATE_TEXT_SIZE 11

COSTSHARE_BEGIN_DECLS

/**
 * @brief The date for a year, month and day; refuses impossible dates.
 *
 * @param year  Year, 1 to 9999.
 * @param month Month, 1 (January) to 12 (December).
 * @param day   Day of the month, 1 to the month's length (28 to 31; February
 *              has 29 days in a Gregorian leap year).
 * @param out   Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL (checked first);
 *         #COSTSHARE_ERANGE if the year, month or day is impossible
 *         (2023-02-29, 2024-04-31, month 13, day 0, year 0 or 10000).
 *
 * Example: `costshare_date_from_ymd(1970, 1, 1, &d)` gives `d == 0`.
 */
COSTSHARE_API int costshare_date_from_ymd(int32_t year, int32_t month, int32_t day,
                                          costshare_date *out);

/**
 * @brief Year, month and day of a date.
 *
 * Each output pointer may be NULL when that part is not wanted (for example
 * `costshare_date_to_ymd(d, &year, NULL, NULL)` gives only the year). Nothing
 * is written unless the date is valid.
 *
 * @param date  A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param year  Receives the year, 1 to 9999; may be NULL.
 * @param month Receives the month, 1 to 12; may be NULL.
 * @param day   Receives the day of the month, 1 to 31; may be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_to_ymd(costshare_date date, int32_t *year, int32_t *month,
                                        int32_t *day);

/**
 * @brief Parse exactly `YYYY-MM-DD`.
 *
 * The text must be exactly ten bytes: four ASCII digits, `-`, two ASCII
 * digits, `-`, two ASCII digits. No sign, space, other separator, short form
 * (`2024-1-01`) or trailing byte is accepted; the text need not be
 * NUL-terminated and no byte past @p length is read.
 *
 * @param text   The text; must not be NULL.
 * @param length Number of bytes of @p text to parse (must be 10).
 * @param out    Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p text or @p out is NULL;
 *         #COSTSHARE_EPARSE if the text is not of the form `YYYY-MM-DD`;
 *         #COSTSHARE_ERANGE if it is of that form but names no valid date
 *         (2023-02-30, 2024-13-01, 0000-01-01).
 */
COSTSHARE_API int costshare_date_parse(const char *text, size_t length, costshare_date *out);

/**
 * @brief Write `YYYY-MM-DD` and a NUL; needs a capacity of at least 11.
 *
 * @param date     A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param buffer   Receives the text (ten characters and a NUL). Must not be NULL.
 * @param capacity Size of @p buffer in bytes; at least
 *                 #COSTSHARE_DATE_TEXT_SIZE (11).
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p buffer is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range;
 *         #COSTSHARE_ESIZE if @p capacity is less than 11.
 *         On any error no byte of @p buffer is written.
 */
COSTSHARE_API int costshare_date_format(costshare_date date, char *buffer, size_t capacity);

/**
 * @brief ISO weekday: 1 = Monday ... 7 = Sunday.
 *
 * 1970-01-01 (day 0) is a Thursday: `costshare_date_weekday(0, &w)` gives
 * `w == 4`.
 *
 * @param date    A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param weekday Receives 1 (Monday) to 7 (Sunday). Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p weekday is NULL (checked first);
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_weekday(costshare_date date, int32_t *weekday);

/**
 * @brief Add @p count units to a date by Lag (1930:173) 1 §.
 *
 * Days and weeks are added exactly (a week is seven days, so the weekday is
 * kept). Months and years follow Lag (1930:173) 1 §: the end day is the day
 * with the same number in the end month as the start day; if the end month has
 * no such day, the end day is that month's last day.
 * 2024-07-31 + 2 months = 2024-09-30; 2024-02-29 + 1 year = 2025-02-28;
 * 2024-03-31 - 1 month = 2024-02-29.
 *
 * Because of the clamping, adding months is not invertible: 2024-07-30 and
 * 2024-07-31 both give 2024-09-30 with 2 months.
 *
 * @param date  Start date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param count Number of units; may be negative (counting backwards) or zero.
 * @param unit  #COSTSHARE_DAYS, #COSTSHARE_WEEKS, #COSTSHARE_MONTHS or
 *              #COSTSHARE_YEARS.
 * @param out   Receives the end date. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p unit is unknown;
 *         #COSTSHARE_ERANGE if @p date is out of range or the result would be
 *         before 0001-01-01 or after 9999-12-31 (any int32_t @p count is
 *         handled without overflow).
 */
COSTSHARE_API int costshare_date_add(costshare_date date, int32_t count, int32_t unit,
                                     costshare_date *out);

/**
 * @brief Whether a year is a Gregorian leap year.
 *
 * A leap year is divisible by 4, except centuries not divisible by 400
 * (2000 and 2024 are; 1900 and 2023 are not).
 *
 * @param year         Year, 1 to 9999.
 * @param is_leap_year Receives 1 for a leap year, 0 for a common year. Must
 *                     not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p is_leap_year is NULL (checked first);
 *         #COSTSHARE_ERANGE if @p year is outside 1 to 9999.
 */
COSTSHARE_API int costshare_date_is_leap_year(int32_t year, int32_t *is_leap_year);

/**
 * @brief Number of days in a month.
 *
 * @param year  Year, 1 to 9999.
 * @param month Month, 1 to 12.
 * @param days  Receives 28 to 31 (February has 29 in a leap year). Must not
 *              be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p days is NULL (checked first);
 *         #COSTSHARE_ERANGE if the year or month is out of range.
 */
COSTSHARE_API int costshare_date_days_in_month(int32_t year, int32_t month, int32_t *days);

/**
 * @brief The first day of the month containing @p date.
 *
 * @param date A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param out  Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_month_first(costshare_date date, costshare_date *out);

/**
 * @brief The last day of the month containing @p date.
 *
 * @param date A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param out  Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_month_last(costshare_date date, costshare_date *out);

/**
 * @brief 1 January of the year containing @p date.
 *
 * @param date A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param out  Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_year_first(costshare_date date, costshare_date *out);

/**
 * @brief 31 December of the year containing @p date.
 *
 * @param date A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param out  Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_date_year_last(costshare_date date, costshare_date *out);

/**
 * @brief Number of days from @p from to @p to: `to - from`.
 *
 * Negative when @p to is before @p from; 2024-01-01 to 2024-01-02 is 1.
 *
 * @param from A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param to   A date, #COSTSHARE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param days Receives `to - from`. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p days is NULL;
 *         #COSTSHARE_ERANGE if either date is out of range.
 */
COSTSHARE_API int costshare_date_days_between(costshare_date from, costshare_date to,
                                              int32_t *days);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_DATE_H */
