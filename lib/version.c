#include "costshare/version.h"

const char *costshare_version(void) {
    return COSTSHARE_VERSION_STRING;
}

int32_t costshare_version_number(void) {
    return COSTSHARE_VERSION_NUMBER;
}
