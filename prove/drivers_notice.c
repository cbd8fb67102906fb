/* Drivers for notice.h: every argument over its whole domain. */
#include "costshare/notice.h"

#include "batch_arrays.h"
#include "prove.h"

void drive_costshare_notice_end(void) {
    costshare_date out;
    costshare_notice_end(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

void drive_costshare_notice_latest(void) {
    costshare_date out;
    costshare_notice_latest(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_notice_end_batch(void) {
    struct batch_arrays a;
    size_t bad;
    int32_t length = any_i32(), unit = any_i32();
    uint32_t flags = any_u32();
    batch_arrays_any(&a);
    costshare_notice_end_batch(a.in, a.count, length, unit, flags, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_notice_end_batch(NULL, any_size(), length, unit, flags, a.out, NULL_OR(&bad));
    costshare_notice_end_batch(a.in, any_size(), length, unit, flags, NULL, NULL_OR(&bad));
}

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_notice_latest_batch(void) {
    struct batch_arrays a;
    size_t bad;
    int32_t length = any_i32(), unit = any_i32();
    uint32_t flags = any_u32();
    batch_arrays_any(&a);
    costshare_notice_latest_batch(a.in, a.count, length, unit, flags, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_notice_latest_batch(NULL, any_size(), length, unit, flags, a.out, NULL_OR(&bad));
    costshare_notice_latest_batch(a.in, any_size(), length, unit, flags, NULL, NULL_OR(&bad));
}

void drive_notice(void) {
    drive_costshare_notice_end();
    drive_costshare_notice_latest();
    drive_costshare_notice_end_batch();
    drive_costshare_notice_latest_batch();
}
