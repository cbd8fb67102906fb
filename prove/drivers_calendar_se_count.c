/* Drivers for calendar_se.h's business-day counting: every argument over
 * its whole domain. */
#include "costshare/calendar_se.h"

#include "prove.h"

void drive_costshare_se_add_business_days(void) {
    costshare_date out;
    costshare_se_add_business_days(any_i32(), any_i32(), NULL_OR(&out));
}

void drive_costshare_se_business_days_between(void) {
    int32_t v;
    costshare_se_business_days_between(any_i32(), any_i32(), NULL_OR(&v));
}

void drive_calendar_se_count(void) {
    drive_costshare_se_add_business_days();
    drive_costshare_se_business_days_between();
}
