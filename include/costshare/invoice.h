/**
 * @file costshare/invoice.h
 * @brief Invoicing: the due day of an invoice.
 *
 * Agreements state when a party is invoiced: "yearly, at the latest
 * 10 December" (the 2018 agreement), "the remaining six months at the latest
 * the last day of May" (the 2016 agreement). costshare_invoice_due() turns
 * such a rule into a date, optionally moved by Lag (1930:173) 2 §
 * (#COSTSHARE_SE_DEADLINE, calendar_se.h).
 */
#ifndef COSTSHARE_INVOICE_H
#define COSTSHARE_INVOICE_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

COSTSHARE_BEGIN_DECLS

/**
 * @brief An invoice due day such as "at the latest 10 December".
 *
 * The day @p day of month @p month in @p year; a @p day larger than the
 * month's length means the month's last day, so "the last day of May" is
 * day 31 and "the last day of February" is day 31 (or 29) too. The 2016
 * agreement: "fakturerar summan för första året senast den 10 december 2016
 * och de resterande sex månaderna senast sista maj 2017" gives 2016-12-10 and
 * 2017-05-31; the 2018 agreement: "årligen senast den 10 december" gives
 * 10 December each year.
 *
 * With #COSTSHARE_SE_DEADLINE the day is moved by Lag (1930:173) 2 § to the
 * next weekday when it falls on a Saturday, Sunday, public holiday, Midsummer
 * Eve, Christmas Eve or New Year's Eve: 2016-12-10 was a Saturday, so the
 * invoice was still in time on Monday 2016-12-12. The law governs statutory
 * time limits; apply it only when the agreement does.
 *
 * @param year  Year, 1 to 9999.
 * @param month Month, 1 to 12.
 * @param day   Day, 1 to 31; more than the month's length means its last day.
 * @param flags 0 or #COSTSHARE_SE_DEADLINE.
 * @param out   Receives the due day. Must not be NULL.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p out is NULL or @p flags has any other bit
 *         (#COSTSHARE_CALENDAR_PERIODS included);
 *         #COSTSHARE_ERANGE if the year, month or day is out of range, or
 *         with #COSTSHARE_SE_DEADLINE the day is before 1990-01-01 (the
 *         Swedish calendar's first day) or moves past 9999-12-31.
 */
COSTSHARE_API int costshare_invoice_due(int32_t year, int32_t month, int32_t day,
                                        uint32_t flags, costshare_date *out);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_INVOICE_H */
