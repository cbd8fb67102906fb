/**
 * @file costshare/date.h
 * @brief Calendar dates and counting time by Lag (1930:173) 1 §.
 *
 * A date is a day number: days since 1970-01-01 in the proleptic Gregorian
 * calendar. Valid dates are 0001-01-01 (#COSTSHARE_DATE_MIN) to 9999-12-31
 * (#COSTSHARE_DATE_MAX); every function refuses anything else with
 * #COSTSHARE_ERANGE.
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

COSTSHARE_BEGIN_DECLS

/** @brief The date for a year, month and day; refuses impossible dates. */
COSTSHARE_API int costshare_date_from_ymd(int32_t year, int32_t month, int32_t day,
                                          costshare_date *out);

/** @brief Year, month and day of a date. */
COSTSHARE_API int costshare_date_to_ymd(costshare_date date, int32_t *year, int32_t *month,
                                        int32_t *day);

/** @brief Parse exactly `YYYY-MM-DD`. */
COSTSHARE_API int costshare_date_parse(const char *text, size_t length, costshare_date *out);

/** @brief Write `YYYY-MM-DD` and a NUL; needs a capacity of at least 11. */
COSTSHARE_API int costshare_date_format(costshare_date date, char *buffer, size_t capacity);

/** @brief ISO weekday: 1 = Monday ... 7 = Sunday, or a negative error. */
COSTSHARE_API int costshare_date_weekday(costshare_date date);

/** @brief Add @p count units to a date by Lag (1930:173) 1 §. */
COSTSHARE_API int costshare_date_add(costshare_date date, int32_t count, int32_t unit,
                                     costshare_date *out);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_DATE_H */
