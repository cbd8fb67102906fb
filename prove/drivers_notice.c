/* Drivers for notice.h: every argument over its whole domain. */
#include "costshare/notice.h"

#include "prove.h"

void drive_costshare_notice_end(void) {
    costshare_date out;
    costshare_notice_end(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

void drive_costshare_notice_latest(void) {
    costshare_date out;
    costshare_notice_latest(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

void drive_notice(void) {
    drive_costshare_notice_end();
    drive_costshare_notice_latest();
}
