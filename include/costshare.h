/**
 * @file costshare.h
 * @brief libcostshare: the umbrella header. Include this one.
 *
 * Population-based cost splits with exact integer arithmetic, dates and the
 * Swedish rules for counting time (Lag 1930:173) and public holidays
 * (Lag 1989:253), notice periods, refunds, and the lifecycle of shared-cost
 * agreements. Every function is pure, reentrant and thread-safe; nothing
 * allocates; a refused call writes nothing.
 */
#ifndef COSTSHARE_H
#define COSTSHARE_H

#include "costshare/export.h"
#include "costshare/version.h"
#include "costshare/error.h"
#include "costshare/round.h"
#include "costshare/amount.h"
#include "costshare/split.h"
#include "costshare/post.h"
#include "costshare/date.h"
#include "costshare/calendar_se.h"
#include "costshare/notice.h"
#include "costshare/term.h"
#include "costshare/refund.h"
#include "costshare/invoice.h"
#include "costshare/agreement.h"
#include "costshare/group.h"
#include "costshare/constants.h"

#endif /* COSTSHARE_H */
