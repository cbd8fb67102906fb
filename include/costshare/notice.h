/**
 * @file costshare/notice.h
 * @brief Notice periods: when notice takes effect, and the latest day to give it.
 *
 * Three questions every administrator of a shared-cost agreement asks:
 *
 * - Notice is given today: what is the agreement's last day in force?
 *   costshare_notice_end().
 * - The agreement shall have ended by a wanted day: what is the latest day
 *   notice can be given? costshare_notice_latest(), the exact inverse.
 * - A fixed term renews itself unless notice is given in time: which term is
 *   in force, and when must notice be given so that it is not renewed?
 *   costshare_term_end() and costshare_term_notice() (term.h).
 *
 * Time is counted by Lag (1930:173) om beräkning av lagstadgad tid, 1 §: a
 * period of weeks, months or years ends on the day whose weekday name or whose
 * number in the month matches the day counting started from; when the end
 * month has no such day, on its last day. Agreements may instead count whole
 * calendar periods (#COSTSHARE_CALENDAR_PERIODS), and may apply the "Sunday
 * rule" of 1930:173 2 § to the last day for giving notice
 * (#COSTSHARE_SE_DEADLINE). The guide page @ref notice_refund explains each
 * rule with its source and a worked example.
 *
 * Each function lists its return codes. In every function the
 * #COSTSHARE_EINVAL checks come first (a call with an invalid argument and a
 * value out of range returns #COSTSHARE_EINVAL), and a refused call writes
 * nothing.
 */
#ifndef COSTSHARE_NOTICE_H
#define COSTSHARE_NOTICE_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/**
 * Count whole calendar periods after the one in which notice is given.
 *
 * A flag for costshare_notice_end(), costshare_notice_latest() and
 * costshare_term::notice_flags. The calendar periods are ISO weeks (Monday to
 * Sunday), calendar months and calendar years; for #COSTSHARE_DAYS a calendar
 * period is simply a day, so the flag changes nothing for days. "Three calendar
 * years" given on 2023-05-26 ends on 2026-12-31; "two months counted from the
 * next month end" given on 2024-04-13 ends on 2024-06-30.
 */
#define COSTSHARE_CALENDAR_PERIODS 1u

/**
 * With #COSTSHARE_CALENDAR_PERIODS: the calendar period in which notice is
 * given counts as the first of the periods.
 *
 * "Tre kalenderår" (the Alingsås charter) has two readings. Without this
 * flag, three whole calendar years follow the year of notice: notice on
 * 2023-05-26 ends on 2026-12-31. With it, the year of notice is the first of
 * the three: 2025-12-31. In general @p count periods with this flag end
 * where `count - 1` periods end without it (a count of 0 still ends the
 * current period). Which reading applies is the agreement's (the charter's)
 * to say; the library takes neither as the default. Refused with
 * #COSTSHARE_EINVAL without #COSTSHARE_CALENDAR_PERIODS.
 */
#define COSTSHARE_CALENDAR_COUNT_CURRENT 4u
COSTSHARE_BEGIN_DECLS

/**
 * @brief The last day the agreement is in force when notice is given on @p given.
 *
 * With @p flags 0 the period is counted by Lag (1930:173) 1 §: the last day is
 * @p given + @p count units (costshare_date_add()). "Two months' notice" given
 * on 2024-07-31 ends the agreement on 2024-09-30, its last day in force; given
 * on 2024-08-01 it ends on 2024-10-01.
 *
 * With #COSTSHARE_CALENDAR_PERIODS the period is @p count whole calendar
 * periods after the one in which notice is given, and the last day is the last
 * day of the last of them: for weeks the Sunday of the ISO week (Monday to
 * Sunday) @p count weeks after the week of @p given, for months the last day of
 * the month @p count months after the month of @p given, for years 31 December
 * of the year @p count years after. @p count 0 ends the agreement at the end of
 * the current period. For #COSTSHARE_DAYS a calendar period is a day, so the
 * result is the same as without the flag. Examples (Alingsås): three calendar
 * years given on 2023-05-26 ends on 2026-12-31; two months counted from the
 * next month end, given on 2024-04-13, ends on 2024-06-30.
 *
 * With #COSTSHARE_CALENDAR_PERIODS and #COSTSHARE_CALENDAR_COUNT_CURRENT the
 * period of @p given is the first of the @p count: three calendar years given
 * on 2023-05-26 then end on 2025-12-31, two calendar months given on
 * 2024-04-13 on 2024-05-31.
 *
 * The result never decreases when @p given increases, which is what makes
 * costshare_notice_latest() well defined.
 *
 * @param given    Day notice is given, 0001-01-01 to 9999-12-31.
 * @param count    Length of the notice period, 0 or more.
 * @param unit     #COSTSHARE_DAYS, #COSTSHARE_WEEKS, #COSTSHARE_MONTHS or
 *                 #COSTSHARE_YEARS.
 * @param flags    0, #COSTSHARE_CALENDAR_PERIODS, or #COSTSHARE_CALENDAR_PERIODS
 *                 with #COSTSHARE_CALENDAR_COUNT_CURRENT.
 * @param last_day Receives the last day in force. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p last_day is NULL, @p unit is unknown,
 *         @p flags has any other bit (including #COSTSHARE_SE_DEADLINE: a
 *         last day in force is not a last day for an action, so 2 § does not
 *         move it) or #COSTSHARE_CALENDAR_COUNT_CURRENT comes without
 *         #COSTSHARE_CALENDAR_PERIODS;
 *         #COSTSHARE_ERANGE if @p count is negative, @p given is out of range
 *         or the last day would be after 9999-12-31.
 */
COSTSHARE_API int costshare_notice_end(costshare_date given, int32_t count, int32_t unit,
                                       uint32_t flags, costshare_date *last_day);

/**
 * @brief The latest day notice can be given so the agreement has ended by @p last_day.
 *
 * The exact inverse of costshare_notice_end(): the greatest day G such that
 * `costshare_notice_end(G, count, unit, flags)` (without
 * #COSTSHARE_SE_DEADLINE) is on or before @p last_day. Notice given on any day up to G ends the
 * agreement by @p last_day; notice given on G + 1 does not.
 *
 * Month and year arithmetic is not invertible by subtraction, because 1 §
 * clamps to the end of a short month. Linköping wanted 2024-09-30 as the last
 * day with two months' notice: 2024-07-30 and 2024-07-31 both end on
 * 2024-09-30 and 2024-08-01 ends on 2024-10-01, so the answer is 2024-07-31
 * (while 2024-09-30 - 2 months would be 2024-07-30). With the last day
 * 2023-02-28 and one month, every day from 2023-01-28 to 2023-01-31 ends on
 * 2023-02-28, so the answer is 2023-01-31. The computation is constant time.
 *
 * With #COSTSHARE_SE_DEADLINE the last day for giving notice is G, and Lag
 * (1930:173) 2 § applies to it: if G is a Saturday, a Sunday, another public
 * holiday (Lag 1989:253), Midsummer Eve, Christmas Eve or New Year's Eve, the
 * notice may still be given on the next weekday that is none of those, and the
 * function returns that day instead of G (costshare_se_deadline(G)). Notice
 * given on the returned day counts as given in time for @p last_day: the
 * agreement still ends on or before @p last_day. Counting forward from the
 * returned day with costshare_notice_end() can give a later day; that is the
 * point of 2 §, which extends the time for the action, not the notice period.
 * When G is itself a business day the result is G.
 *
 * @param last_day The wanted last day in force, 0001-01-01 to 9999-12-31.
 * @param count    Length of the notice period, 0 or more.
 * @param unit     #COSTSHARE_DAYS, #COSTSHARE_WEEKS, #COSTSHARE_MONTHS or
 *                 #COSTSHARE_YEARS.
 * @param flags    0, or any of #COSTSHARE_CALENDAR_PERIODS,
 *                 #COSTSHARE_CALENDAR_COUNT_CURRENT (with
 *                 #COSTSHARE_CALENDAR_PERIODS) and #COSTSHARE_SE_DEADLINE.
 * @param latest   Receives the latest notice day. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p latest is NULL, @p unit is unknown,
 *         @p flags has an unknown bit or #COSTSHARE_CALENDAR_COUNT_CURRENT
 *         comes without #COSTSHARE_CALENDAR_PERIODS;
 *         #COSTSHARE_ERANGE if @p count is negative, @p last_day is out of
 *         range, no day from 0001-01-01 on ends the agreement by @p last_day,
 *         or (with #COSTSHARE_SE_DEADLINE) the moved day is out of the range
 *         the Swedish calendar supports.
 */
COSTSHARE_API int costshare_notice_latest(costshare_date last_day, int32_t count, int32_t unit,
                                          uint32_t flags, costshare_date *latest);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_NOTICE_H */
