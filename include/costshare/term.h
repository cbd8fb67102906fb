/**
 * @file costshare/term.h
 * @brief Fixed terms that renew themselves unless notice is given in time.
 *
 * "The agreement runs from 2016-09-01 for 17 months and is then renewed by
 * one year at a time unless it is terminated at the latest three months
 * before the term ends." costshare_term holds such terms; costshare_term_end()
 * gives the term in force on a day and costshare_term_notice() the term end
 * that notice given on a day reaches, with the last day to give it. The
 * notice period is counted as costshare_notice_end() counts it (notice.h),
 * with the flags #COSTSHARE_CALENDAR_PERIODS (notice.h) and
 * #COSTSHARE_SE_DEADLINE (calendar_se.h).
 */
#ifndef COSTSHARE_TERM_H
#define COSTSHARE_TERM_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/** The version of costshare_term this header describes. */
#define COSTSHARE_TERM_VERSION 1
/**
 * Initializer for a costshare_term: the header's version, every other member
 * zero. Zero is not a valid costshare_term::initial_count, so the caller fills
 * in the terms before use.
 */
#define COSTSHARE_TERM_INIT                                                                    \
    { COSTSHARE_TERM_VERSION, 0, 0, 0, 0, 0, 0, 0, 0 }

/**
 * @brief A fixed term that renews itself unless notice is given in time.
 *
 * "The agreement runs from 2016-09-01 for 17 months and is then renewed by one
 * year at a time unless it is terminated at the latest three months before the
 * term ends": start 2016-09-01, initial 17 #COSTSHARE_MONTHS, renewal 1
 * #COSTSHARE_YEARS, notice 3 #COSTSHARE_MONTHS.
 *
 * **How a term is counted.** A term of N units whose first day is S is
 * counted from S by Lag (1930:173) 1 §: "den dag för slutdag ansedd som
 * genom sitt namn i veckan eller sitt tal i månaden motsvarar den, från
 * vilken tidräkningen börjas. Finnes ej motsvarande dag i slutmånaden, varde
 * den månadens sista dag ansedd för slutdag." For months and years the end
 * month is S's month plus N months (12 N for years):
 *
 * - when the end month has a day with S's number, that day begins the next
 *   term, so this term's last day is the day before it: from 2016-09-01,
 *   17 months, the corresponding day is 2018-02-01 and the last day
 *   2018-01-31, as the 2016 agreement says ("gäller till och med 180131");
 * - when the end month has no such day, 1 § second sentence makes the end
 *   month's last day the end day, and the term runs through it: from
 *   2024-01-31, 1 month, February has no 31st, so the term ends on
 *   2024-02-29 and the next begins on 2024-03-01; from 2024-03-31, 1 month,
 *   on 2024-04-30; from 2024-02-29, 1 year, on 2025-02-28.
 *
 * For weeks the last day is the day before S's weekday N weeks on
 * (S + 7 N - 1), for days S + N - 1.
 *
 * Why this convention: it is the law's count that costshare_notice_end()
 * applies, seen from the period's first day instead of the day before it.
 * Notice given on D with N months runs from D + 1 through D + N months by
 * 1 §; a term whose first day is S = D + 1 ends on that same day,
 * costshare_notice_end(S - 1, N, unit, 0), whenever S is not the first of a
 * month (from 2024-01-31: counted from 2024-01-30, 2024-02-29). When S is the
 * first of a month, the day before it is the previous month's last day,
 * and 1 § matches its number, not its being a month end (2024-04-30 +
 * 1 month = 2024-05-30); counting from S itself, as 1 § says ("från vilken
 * tidräkningen börjas"), gives exactly N whole calendar months instead (from
 * 2024-05-01, 1 month: 2024-05-31), which is what a term "from 1 May" means
 * and what the 2016 agreement states. Counting the term as S + N units minus
 * one day whatever the end month would instead end the term from 2024-01-31
 * on 2024-02-28 and leave 2024-02-29, the 1 § end day, to the next term.
 *
 * Renewal k (k = 1, 2, ...) starts on the day after the initial term, S1, and
 * ends where a term of k renewal units from S1 ends: every term end is
 * counted from the same day S1, so terms never drift (a renewal by one month
 * from 2018-02-01 ends on 2018-02-28, 2018-03-31, 2018-04-30, ...).
 *
 * Create one with #COSTSHARE_TERM_INIT or costshare_term_init(), then fill in
 * every member. Members are only ever appended, under a new version; the
 * library reads exactly the members of the struct's own version.
 */
typedef struct costshare_term {
    /** Struct version: 1 to #COSTSHARE_TERM_VERSION (the version the caller
     *  was compiled against). */
    uint32_t version;
    /** First day of the initial term, 0001-01-01 to 9999-12-31. */
    costshare_date start;
    /** Length of the initial term, at least 1 (in costshare_term::initial_unit). */
    int32_t initial_count;
    /** Unit of costshare_term::initial_count: #COSTSHARE_DAYS, #COSTSHARE_WEEKS,
     *  #COSTSHARE_MONTHS or #COSTSHARE_YEARS. */
    int32_t initial_unit;
    /** Length of each automatic renewal, at least 0; 0 means the term is
     *  never renewed (a plain fixed term that simply expires). */
    int32_t renewal_count;
    /** Unit of costshare_term::renewal_count (a unit constant, as above). */
    int32_t renewal_unit;
    /** Notice period before a term end, at least 0 (0: notice on the last
     *  day of the term itself is in time). */
    int32_t notice_count;
    /** Unit of costshare_term::notice_count (a unit constant, as above). */
    int32_t notice_unit;
    /** 0, or any of #COSTSHARE_CALENDAR_PERIODS and
     *  #COSTSHARE_CALENDAR_COUNT_CURRENT (how the notice period is counted;
     *  the second only with the first) and #COSTSHARE_SE_DEADLINE (whether
     *  the last day for notice moves by Lag (1930:173) 2 §). */
    uint32_t notice_flags;
} costshare_term;

COSTSHARE_BEGIN_DECLS

/**
 * @brief Initialize a costshare_term to #COSTSHARE_TERM_INIT.
 *
 * Only the members of version @p version are written.
 *
 * @param term    The struct to initialize. Must not be NULL.
 * @param version 1 to #COSTSHARE_TERM_VERSION: the version the caller was
 *                compiled against.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p term is NULL or @p version is
 *         0 or later than #COSTSHARE_TERM_VERSION (the struct is then
 *         untouched).
 */
COSTSHARE_API int costshare_term_init(costshare_term *term, uint32_t version);

/**
 * @brief The last day of the term in force on @p day.
 *
 * The initial term's last day when @p day is within it, else the last day of
 * the renewal term containing @p day (see costshare_term for how terms are
 * counted). Constant time however many renewals have passed.
 *
 * Example: start 2016-09-01, 17 months, renewed by 1 year: on 2017-06-01 the
 * term ends 2018-01-31; on 2018-02-01 and on 2019-01-31 it ends 2019-01-31;
 * on 2019-02-01 it ends 2020-01-31.
 *
 * @param term     The terms. Must not be NULL; every member is validated.
 * @param day      Any day from costshare_term::start to 9999-12-31.
 * @param term_end Receives the last day of the term in force. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, the version is 0 or later
 *         than #COSTSHARE_TERM_VERSION, a unit is unknown or
 *         costshare_term::notice_flags has an unknown bit
 *         (or #COSTSHARE_CALENDAR_COUNT_CURRENT without
 *         #COSTSHARE_CALENDAR_PERIODS);
 *         #COSTSHARE_ERANGE if a count is out of range (initial less than 1,
 *         renewal or notice negative; the notice members are validated
 *         though not used here), costshare_term::start or @p day is outside
 *         0001-01-01 to 9999-12-31, or the last day of the term in force
 *         would be after 9999-12-31;
 *         #COSTSHARE_EBACKWARDS if @p day is before costshare_term::start;
 *         #COSTSHARE_ETOOLATE if @p day is after the initial term and the
 *         term is not renewed (no term is in force).
 *         The #COSTSHARE_EINVAL checks come first; a refused call writes
 *         nothing.
 */
COSTSHARE_API int costshare_term_end(const costshare_term *term, costshare_date day,
                                     costshare_date *term_end);

/**
 * @brief The term end at which notice given on @p day ends the agreement,
 *        and the last day to give notice for it.
 *
 * Notice given on a day G is in time for a term ending on E when the notice
 * period counted from G has run by E: `costshare_notice_end(G, notice_count,
 * notice_unit, notice_flags without #COSTSHARE_SE_DEADLINE) <= E` (for "at the
 * latest three months before the term ends", the term ending 2018-01-31 needs
 * notice by 2017-10-31). The function returns the first term end E for which
 * notice given on @p day is in time (the agreement's last day in force), and
 * the latest day notice could have been given for E
 * (costshare_notice_latest(E, notice_count, notice_unit, notice_flags)), which
 * is on or after @p day. With #COSTSHARE_SE_DEADLINE in notice_flags, notice
 * is in time also on the weekday to which Lag (1930:173) 2 § moves a last
 * day that falls on a Saturday, Sunday, holiday or an eve. Notice given before
 * the start counts for the initial term. Constant time.
 *
 * Example: start 2016-09-01, 17 months, renewed by 1 year, notice 3 months:
 * notice on 2017-10-31 ends the agreement on 2018-01-31 (latest 2017-10-31);
 * notice on 2017-11-01 ends it on 2019-01-31 (latest 2018-10-31).
 *
 * @param term     The terms. Must not be NULL; every member is validated.
 * @param day      The day notice is given, 0001-01-01 to 9999-12-31.
 * @param term_end Receives the last day in force. Must not be NULL.
 * @param latest   Receives the latest notice day for @p term_end. Must not be
 *                 NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, the version is 0 or later
 *         than #COSTSHARE_TERM_VERSION, a unit is unknown or
 *         costshare_term::notice_flags has an unknown bit
 *         (or #COSTSHARE_CALENDAR_COUNT_CURRENT without
 *         #COSTSHARE_CALENDAR_PERIODS);
 *         #COSTSHARE_ERANGE if a count is out of range (initial less than 1,
 *         renewal or notice negative), costshare_term::start or @p day is
 *         outside 0001-01-01 to 9999-12-31 (a @p day before the start is
 *         not an error: such notice counts for the initial term), the notice
 *         period counted from @p day would end after 9999-12-31, the term
 *         end found would be after 9999-12-31, or, with
 *         #COSTSHARE_SE_DEADLINE, 2 § needs a day outside the Swedish
 *         calendar's 1990-01-01 to 9999-12-31 (@p day before 1990-01-03,
 *         the first day with a business day before it, or a latest notice
 *         day that 2 § would move past 9999-12-31);
 *         #COSTSHARE_ETOOLATE if the term is not renewed and notice given on
 *         @p day would not take effect by the end of the initial term (no
 *         term is in force then for it to end: the agreement simply
 *         expires).
 *         The #COSTSHARE_EINVAL checks come first; a refused call writes
 *         nothing.
 */
COSTSHARE_API int costshare_term_notice(const costshare_term *term, costshare_date day,
                                        costshare_date *term_end, costshare_date *latest);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_TERM_H */
