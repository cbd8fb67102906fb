/* Drivers for calendar_se.h: every argument over its whole domain. */
#include "costshare/calendar_se.h"

#include "batch_arrays.h"
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

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_se_is_business_day_batch(void) {
    struct batch_arrays a;
    size_t bad;
    batch_arrays_any(&a);
    costshare_se_is_business_day_batch(a.in, a.count, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_se_is_business_day_batch(NULL, any_size(), a.out, NULL_OR(&bad));
    costshare_se_is_business_day_batch(a.in, any_size(), NULL, NULL_OR(&bad));
}

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_se_deadline_batch(void) {
    struct batch_arrays a;
    size_t bad;
    batch_arrays_any(&a);
    costshare_se_deadline_batch(a.in, a.count, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_se_deadline_batch(NULL, any_size(), a.out, NULL_OR(&bad));
    costshare_se_deadline_batch(a.in, any_size(), NULL, NULL_OR(&bad));
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
    drive_costshare_se_is_business_day_batch();
    drive_costshare_se_deadline_batch();
}
