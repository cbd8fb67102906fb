#include "costshare/version.h"

const char *costshare_version(void) { return COSTSHARE_VERSION_STRING; }

int costshare_version_number(void) { return COSTSHARE_VERSION_NUMBER; }
