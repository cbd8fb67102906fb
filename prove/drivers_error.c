/* Drivers for error.h: every argument over its whole domain. */
#include "costshare/error.h"

#include "prove.h"

void drive_costshare_error_message(void) {
    costshare_error_message((int)any_i32());
}

void drive_costshare_error_name(void) {
    costshare_error_name((int)any_i32());
}

void drive_error(void) {
    drive_costshare_error_message();
    drive_costshare_error_name();
}
