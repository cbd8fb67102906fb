/**
 * @file costshare/calendar_se.h
 * @brief Swedish public holidays (Lag 1989:253) and business days by the
 *        "Sunday rule" of Lag (1930:173) 2 §.
 *
 * Lag (1989:253) om allmänna helgdagar, in force from 1990-01-01, names the
 * public holidays ("allmänna helgdagar"): every Sunday, New Year's Day,
 * Epiphany, Good Friday, Easter Day, Easter Monday, May Day, Ascension Day,
 * Whitsunday, Midsummer Day, All Saints' Day, Christmas Day and Boxing Day;
 * Whit Monday until 2004, and the National Day from 2005 (SFS 2004:1320, in
 * force 2005-04-01, which moved the holiday from Whit Monday to 6 June).
 *
 * Lag (1930:173) om beräkning av lagstadgad tid 2 § lets an action whose last
 * day falls on a Sunday, another public holiday, a Saturday, Midsummer Eve,
 * Christmas Eve or New Year's Eve be taken on the next weekday ("vardag").
 * This library calls the days that are none of those *business days*.
 * Midsummer Eve, Christmas Eve and New Year's Eve are not public holidays;
 * they have constants of their own (#COSTSHARE_SE_MIDSUMMER_EVE,
 * #COSTSHARE_SE_CHRISTMAS_EVE, #COSTSHARE_SE_NEW_YEARS_EVE), given by
 * costshare_se_day_kind() but never by costshare_se_holiday().
 *
 * Every function refuses dates before 1990-01-01 (#COSTSHARE_SE_DATE_MIN),
 * when Lag (1989:253) came into force, or after 9999-12-31 with
 * #COSTSHARE_ERANGE. All are pure and bounded in time; none allocates.
 *
 * Example: the last day for an action falls on Midsummer Eve 2024.
 * @code
 * costshare_date last, deadline;
 * costshare_date_from_ymd(2024, 6, 21, &last);
 * costshare_se_deadline(last, &deadline); // 2024-06-24, the Monday after
 * @endcode
 */
#ifndef COSTSHARE_CALENDAR_SE_H
#define COSTSHARE_CALENDAR_SE_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/** Day number of 1990-01-01, the first date the Swedish calendar functions
 *  accept (Lag 1989:253 came into force that day). */
#define COSTSHARE_SE_DATE_MIN 7305

/** @name Kinds of day
 * Public holidays by Lag (1989:253) (1 to 15), then the other days that are
 * not business days by Lag (1930:173) 2 § (16 to 19). Zero means none: for
 * costshare_se_holiday() "not a public holiday", for costshare_se_day_kind()
 * "a business day".
 * @{ */
/** No holiday; a business day for costshare_se_day_kind(). */
#define COSTSHARE_SE_NONE 0
/** Nyårsdagen, 1 January. */
#define COSTSHARE_SE_NEW_YEARS_DAY 1
/** Trettondedag jul, 6 January. */
#define COSTSHARE_SE_EPIPHANY 2
/** Långfredagen, the Friday before Easter Day. */
#define COSTSHARE_SE_GOOD_FRIDAY 3
/** Påskdagen, Gregorian Easter Sunday. */
#define COSTSHARE_SE_EASTER_DAY 4
/** Annandag påsk, the day after Easter Day. */
#define COSTSHARE_SE_EASTER_MONDAY 5
/** Första maj, 1 May. */
#define COSTSHARE_SE_MAY_DAY 6
/** Kristi himmelsfärdsdag, the sixth Thursday after Easter Day. */
#define COSTSHARE_SE_ASCENSION_DAY 7
/** Pingstdagen, the seventh Sunday after Easter Day. */
#define COSTSHARE_SE_WHITSUNDAY 8
/** Annandag pingst, the day after Whitsunday; a holiday 1990 to 2004 only. */
#define COSTSHARE_SE_WHIT_MONDAY 9
/** Nationaldagen, 6 June; a holiday from 2005 (SFS 2004:1320). */
#define COSTSHARE_SE_NATIONAL_DAY 10
/** Midsommardagen, the Saturday 20 to 26 June. */
#define COSTSHARE_SE_MIDSUMMER_DAY 11
/** Alla helgons dag, the Saturday 31 October to 6 November. */
#define COSTSHARE_SE_ALL_SAINTS_DAY 12
/** Juldagen, 25 December. */
#define COSTSHARE_SE_CHRISTMAS_DAY 13
/** Annandag jul, 26 December. */
#define COSTSHARE_SE_BOXING_DAY 14
/** Any other Sunday (every Sunday is a public holiday). */
#define COSTSHARE_SE_SUNDAY 15
/** Midsommarafton, the Friday 19 to 25 June; not a public holiday. */
#define COSTSHARE_SE_MIDSUMMER_EVE 16
/** Julafton, 24 December; not a public holiday. */
#define COSTSHARE_SE_CHRISTMAS_EVE 17
/** Nyårsafton, 31 December; not a public holiday. */
#define COSTSHARE_SE_NEW_YEARS_EVE 18
/** Any other Saturday; not a public holiday. */
#define COSTSHARE_SE_SATURDAY 19
/** @} */

/** @name Languages for costshare_se_holiday_name()
 * @{ */
#define COSTSHARE_LANG_SV 0 /**< Swedish, UTF-8 (the names used in Lag 1989:253). */
#define COSTSHARE_LANG_EN 1 /**< English. */
/** @} */

/**
 * Move the latest notice day by Lag (1930:173) 2 § (costshare_notice_latest()).
 *
 * 2 §: when the last day for an action falls on a Sunday, another public
 * holiday, a Saturday, Midsummer Eve, Christmas Eve or New Year's Eve, the
 * action may be taken on the next weekday (vardag). The law governs
 * statutory time limits; an agreement applies it only if it says so, so the
 * library applies it only when this flag is set. Accepted by
 * costshare_notice_latest() (notice.h), costshare_term::notice_flags (term.h) and
 * costshare_invoice_due() (invoice.h); refused with #COSTSHARE_EINVAL by
 * costshare_notice_end(), which computes a last day in force, not a last day
 * for an action.
 */
#define COSTSHARE_SE_DEADLINE 2u

COSTSHARE_BEGIN_DECLS

/**
 * @brief The public holiday on a date, by Lag (1989:253).
 *
 * A named holiday that falls on a Sunday is given as the named holiday
 * (Christmas Day 2022 gives #COSTSHARE_SE_CHRISTMAS_DAY, not
 * #COSTSHARE_SE_SUNDAY). Two named holidays can fall on the same day: May Day
 * and Ascension Day (2008-05-01), and the National Day and Whitsunday (as in
 * 2049-06-06); the fixed-date holiday is given (#COSTSHARE_SE_MAY_DAY,
 * #COSTSHARE_SE_NATIONAL_DAY). costshare_se_holiday_date() gives each holiday's
 * own date.
 *
 * @param date    A date, #COSTSHARE_SE_DATE_MIN (1990-01-01) to
 *                #COSTSHARE_DATE_MAX.
 * @param holiday Receives a holiday constant from #COSTSHARE_SE_NEW_YEARS_DAY
 *                to #COSTSHARE_SE_SUNDAY, or #COSTSHARE_SE_NONE (0) when the
 *                day is not a public holiday (Saturdays and the three eves
 *                included). Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p holiday is NULL (checked first);
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_se_holiday(costshare_date date, int32_t *holiday);

/**
 * @brief Why a date is not a business day by Lag (1930:173) 2 §.
 *
 * Gives the public holiday as costshare_se_holiday() does; failing that,
 * #COSTSHARE_SE_MIDSUMMER_EVE, #COSTSHARE_SE_CHRISTMAS_EVE or
 * #COSTSHARE_SE_NEW_YEARS_EVE; failing that #COSTSHARE_SE_SATURDAY on a
 * Saturday. An eve that falls on a Sunday is #COSTSHARE_SE_SUNDAY (a public
 * holiday outranks an eve); one on a Saturday is the eve.
 *
 * @param date A date, #COSTSHARE_SE_DATE_MIN (1990-01-01) to #COSTSHARE_DATE_MAX.
 * @param kind Receives a constant from #COSTSHARE_SE_NEW_YEARS_DAY to
 *             #COSTSHARE_SE_SATURDAY, or #COSTSHARE_SE_NONE (0) for a business
 *             day. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p kind is NULL (checked first);
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_se_day_kind(costshare_date date, int32_t *kind);

/**
 * @brief Whether a date is a business day ("vardag") by Lag (1930:173) 2 §.
 *
 * A business day is any day that is not a Saturday, a Sunday, another public
 * holiday by Lag (1989:253), Midsummer Eve, Christmas Eve or New Year's Eve:
 * exactly the days for which costshare_se_day_kind() gives
 * #COSTSHARE_SE_NONE.
 *
 * @param date            A date, #COSTSHARE_SE_DATE_MIN (1990-01-01) to
 *                        #COSTSHARE_DATE_MAX.
 * @param is_business_day Receives 1 for a business day, 0 otherwise. Must not
 *                        be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p is_business_day is NULL (checked first);
 *         #COSTSHARE_ERANGE if @p date is out of range.
 */
COSTSHARE_API int costshare_se_is_business_day(costshare_date date, int32_t *is_business_day);

/**
 * @brief The last day for an action by the Sunday rule, Lag (1930:173) 2 §.
 *
 * @p date itself when it is a business day, else the next business day.
 * 2024-06-21 (Midsummer Eve) gives 2024-06-24; 2024-12-24 gives 2024-12-27;
 * 2024-12-31 gives 2025-01-02; 2004-05-31 (Whit Monday, then a holiday) gives
 * 2004-06-01; 2005-06-06 (National Day) gives 2005-06-07.
 *
 * @param date The last day as counted, #COSTSHARE_SE_DATE_MIN to
 *             #COSTSHARE_DATE_MAX.
 * @param out  Receives the deadline. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range or the next business
 *         day would be after 9999-12-31 (9999-12-31 is New Year's Eve).
 */
COSTSHARE_API int costshare_se_deadline(costshare_date date, costshare_date *out);

/**
 * @brief The last day to appeal a municipal decision (laglighetsprövning).
 *
 * Kommunallagen (2017:725) 13 kap. 5 §: an appeal must reach the
 * administrative court within three weeks from the day the municipality's
 * notice board announced that the minutes were approved ("inom tre veckor
 * från den dag då det tillkännagavs på kommunens anslagstavla att protokollet
 * justerats"). The three weeks are counted by Lag (1930:173) 1 §: the end
 * day has the weekday of @p announced, three weeks later. That day is then
 * moved by 2 § to the next business day when it is a Saturday, a Sunday,
 * another public holiday, Midsummer Eve, Christmas Eve or New Year's Eve
 * (costshare_se_deadline()). The decision can no longer be appealed, and
 * gains legal force (vinner laga kraft), on the day after.
 *
 * Announced Tuesday 2024-06-18: last day Tuesday 2024-07-09. Announced
 * 2024-12-03: three weeks end on Christmas Eve, so the last day is
 * 2024-12-27. Announced Saturday 2024-06-01: three weeks end on Midsummer
 * Day, so the last day is Monday 2024-06-24.
 *
 * @param announced The day the approval of the minutes was announced,
 *                  #COSTSHARE_SE_DATE_MIN (1990-01-01) to #COSTSHARE_DATE_MAX.
 * @param last_day  Receives the last day for an appeal. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p last_day is NULL;
 *         #COSTSHARE_ERANGE if @p announced is out of range or the last day
 *         would be after 9999-12-31.
 */
COSTSHARE_API int costshare_se_appeal_deadline(costshare_date announced,
                                               costshare_date *last_day);

/**
 * @brief The day by which a motion should be prepared for the council's
 *        decision.
 *
 * Kommunallagen (2017:725) 5 kap. 35 §: a motion should be prepared so that
 * the council can decide on it within one year from the day it was raised
 * ("inom ett år från det att motionen väcktes"); if the preparation cannot
 * be finished in that time, the council is told so within the same time.
 * The year is counted by Lag (1930:173) 1 §: the day with the same number in
 * the month a year later, or the month's last day when it has no such day
 * (raised 2024-02-29: 2025-02-28). It is not moved by 2 §: the rule tells the
 * council when to decide, at a meeting it has set itself, and is not a time
 * limit for someone else's action (apply costshare_se_deadline() to the
 * result when a practice does). Täby's motion of 2016-02-15: 2017-02-15.
 *
 * @param raised    The day the motion was raised (väcktes),
 *                  #COSTSHARE_SE_DATE_MIN (1990-01-01) to #COSTSHARE_DATE_MAX.
 * @param decide_by Receives the day by which the council should decide.
 *                  Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p decide_by is NULL;
 *         #COSTSHARE_ERANGE if @p raised is out of range or the day would be
 *         after 9999-12-31.
 */
COSTSHARE_API int costshare_se_motion_deadline(costshare_date raised,
                                               costshare_date *decide_by);

/**
 * @brief The date @p count business days after (or, negative, before) @p date.
 *
 * For @p count > 0 the result is the @p count-th business day strictly after
 * @p date; for @p count < 0 the |@p count|-th business day strictly before
 * it; for 0, @p date itself (whether or not it is a business day). @p date
 * need not be a business day: one business day after Saturday 2024-06-22 is
 * Monday 2024-06-24. Consistent with costshare_se_business_days_between():
 * `between(date, result) == count` whenever this call succeeds.
 *
 * Work is bounded: whole weeks are skipped arithmetically and holidays are
 * counted per year, so even a count across the whole range 1990-9999 takes
 * well under a millisecond.
 *
 * @param date  Start date, #COSTSHARE_SE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param count Business days to move; any int32_t.
 * @param out   Receives the result. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p date is out of range or the result would be
 *         before 1990-01-01 or after 9999-12-31.
 */
COSTSHARE_API int costshare_se_add_business_days(costshare_date date, int32_t count,
                                                 costshare_date *out);

/**
 * @brief Signed number of business days from @p from to @p to.
 *
 * Counts the business days after @p from up to and including @p to: for
 * @p to >= @p from the number of business days d with from < d <= to; for
 * @p to < @p from minus the number with to <= d < from. So @p from never
 * counts, @p to does (when it is a business day) if it is later, and
 * `costshare_se_add_business_days(from, n)` lands on a day whose distance by
 * this function is exactly n. Monday 2024-06-17 to Monday 2024-06-24 is 4
 * (Midsummer Eve 21 June does not count); the reverse is -4.
 *
 * @param from  A date, #COSTSHARE_SE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param to    A date, #COSTSHARE_SE_DATE_MIN to #COSTSHARE_DATE_MAX.
 * @param count Receives the signed count. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p count is NULL;
 *         #COSTSHARE_ERANGE if either date is out of range.
 */
COSTSHARE_API int costshare_se_business_days_between(costshare_date from, costshare_date to,
                                                     int32_t *count);

/**
 * @brief Gregorian Easter Day (påskdagen) of a year.
 *
 * Lag (1989:253) 2 § defines Easter Day as the Sunday after the full moon on
 * or after 21 March; the full moon is the ecclesiastical one of the Gregorian
 * computus, computed here in closed form (applied proleptically before 1583).
 *
 * @param year Year, 1 to 9999.
 * @param out  Receives Easter Day. Must not be NULL.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p out is NULL;
 *         #COSTSHARE_ERANGE if @p year is outside 1 to 9999.
 */
COSTSHARE_API int costshare_se_easter(int32_t year, costshare_date *out);

/**
 * @brief The date of a named holiday or eve in a year.
 *
 * @param year    Year, 1990 to 9999.
 * @param holiday One of #COSTSHARE_SE_NEW_YEARS_DAY to
 *                #COSTSHARE_SE_BOXING_DAY or #COSTSHARE_SE_MIDSUMMER_EVE to
 *                #COSTSHARE_SE_NEW_YEARS_EVE.
 * @param out     Receives the date. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p holiday is not one of the
 *         constants above (#COSTSHARE_SE_NONE, #COSTSHARE_SE_SUNDAY and
 *         #COSTSHARE_SE_SATURDAY name no single date);
 *         #COSTSHARE_ERANGE if @p year is outside 1990 to 9999, or the
 *         holiday did not exist that year (#COSTSHARE_SE_WHIT_MONDAY after
 *         2004, #COSTSHARE_SE_NATIONAL_DAY before 2005).
 */
COSTSHARE_API int costshare_se_holiday_date(int32_t year, int32_t holiday, costshare_date *out);

/**
 * @brief The name of a kind-of-day constant in Swedish or English.
 *
 * For example `costshare_se_holiday_name(COSTSHARE_SE_MIDSUMMER_EVE,
 * COSTSHARE_LANG_SV)` is "Midsommarafton" and with #COSTSHARE_LANG_EN
 * "Midsummer Eve". Swedish names are UTF-8.
 *
 * @param holiday  #COSTSHARE_SE_NEW_YEARS_DAY to #COSTSHARE_SE_SATURDAY.
 * @param language #COSTSHARE_LANG_SV or #COSTSHARE_LANG_EN.
 * @return A static string; never NULL. "" for #COSTSHARE_SE_NONE, an unknown
 *         constant or an unknown language.
 */
COSTSHARE_API const char *costshare_se_holiday_name(int32_t holiday, int32_t language);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_CALENDAR_SE_H */
