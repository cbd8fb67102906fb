/*
 * Invoicing (invoice.h): due days.
 */
#include "costshare/invoice.h"

#include <stddef.h>

#include "check.h"
#include "civil.h"
#include "costshare/calendar_se.h"

int costshare_invoice_due(int32_t year, int32_t month, int32_t day, uint32_t flags,
                          costshare_date *out) {
    costshare_date due;
    int32_t days_in_month;
    if (out == NULL || (flags & ~COSTSHARE_SE_DEADLINE) != 0) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_year_valid(year) || !cs_month_valid(month) || day < 1 || day > 31) {
        return COSTSHARE_ERANGE;
    }
    /* "senast sista maj": a day past the month's end means its last day. */
    days_in_month = cs_days_in_month(year, month);
    due = cs_from_ymd(year, month, day < days_in_month ? day : days_in_month);
    if ((flags & COSTSHARE_SE_DEADLINE) != 0) {
        /* Lag (1930:173) 2 §: a last day on a Saturday, Sunday, holiday or
         * an eve moves to the next weekday. */
        int rc = costshare_se_deadline(due, &due);
        if (rc != COSTSHARE_OK) {
            return rc;
        }
    }
    *out = due;
    return COSTSHARE_OK;
}
