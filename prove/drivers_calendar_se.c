/* Drivers for calendar_se.h: every argument over its whole domain. */
#include "costshare/calendar_se.h"

#include "prove.h"

void drive_costshare_se_holiday(void) {
    int32_t v;
    costshare_se_holiday(any_i32(), NULL_OR(&v));
}

void drive_costshare_se_day_kind(void) {
    int32_t v;
    costshare_se_day_kind(any_i32(), NULL_OR(&v));
}

void drive_costshare_se_is_business_day(void) {
    int32_t v;
    costshare_se_is_business_day(any_i32(), NULL_OR(&v));
}

void drive_costshare_se_deadline(void) {
    costshare_date out;
    costshare_se_deadline(any_i32(), NULL_OR(&out));
}

void drive_costshare_se_appeal_deadline(void) {
    costshare_date out;
    costshare_se_appeal_deadline(any_i32(), NULL_OR(&out));
}

void drive_costshare_se_motion_deadline(void) {
    costshare_date out;
    costshare_se_motion_deadline(any_i32(), NULL_OR(&out));
}

void drive_costshare_se_easter(void) {
    costshare_date out;
    costshare_se_easter(any_i32(), NULL_OR(&out));
}

void drive_costshare_se_holiday_date(void) {
    costshare_date out;
    costshare_se_holiday_date(any_i32(), any_i32(), NULL_OR(&out));
}

void drive_costshare_se_holiday_name(void) {
    costshare_se_holiday_name(any_i32(), any_i32());
}

void drive_calendar_se(void) {
    drive_costshare_se_holiday();
    drive_costshare_se_day_kind();
    drive_costshare_se_is_business_day();
    drive_costshare_se_deadline();
    drive_costshare_se_appeal_deadline();
    drive_costshare_se_motion_deadline();
    drive_costshare_se_easter();
    drive_costshare_se_holiday_date();
    drive_costshare_se_holiday_name();
}
