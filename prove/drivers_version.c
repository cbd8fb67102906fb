/* Drivers for version.h: the functions take no arguments. */
#include "costshare/version.h"

#include "prove.h"

void drive_costshare_version(void) {
    costshare_version();
}

void drive_costshare_version_number(void) {
    costshare_version_number();
}

void drive_version(void) {
    drive_costshare_version();
    drive_costshare_version_number();
}
