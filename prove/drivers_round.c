/* Drivers for round.h: every argument over its whole domain. */
#include "costshare/round.h"

#include "prove.h"

void drive_costshare_round_scale(void) {
    int64_t out;
    costshare_round_scale(any_i64(), any_i64(), any_i64(), any_i32(), NULL_OR(&out));
}

void drive_costshare_round_mode_name(void) {
    costshare_round_mode_name(any_i32());
}

void drive_round(void) {
    drive_costshare_round_scale();
    drive_costshare_round_mode_name();
}
