/**
 * @file costshare/notice.h
 * @brief Notice periods: when notice takes effect, and the latest day to give it.
 */
#ifndef COSTSHARE_NOTICE_H
#define COSTSHARE_NOTICE_H

#include <stdint.h>

#include "date.h"
#include "error.h"
#include "export.h"

/** Count whole calendar periods after the one in which notice is given. */
#define COSTSHARE_CALENDAR_PERIODS 1u
/** Move the latest notice day by Lag (1930:173) 2 § (costshare_notice_latest()). */
#define COSTSHARE_SE_DEADLINE 2u

COSTSHARE_BEGIN_DECLS

/** @brief The last day in force when notice is given on @p given. */
COSTSHARE_API int costshare_notice_end(costshare_date given, int32_t count, int32_t unit,
                                       uint32_t flags, costshare_date *last_day);

/** @brief The latest day notice can be given so the agreement has ended by @p last_day. */
COSTSHARE_API int costshare_notice_latest(costshare_date last_day, int32_t count,
                                          int32_t unit, uint32_t flags,
                                          costshare_date *latest);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_NOTICE_H */
