#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

static void run_time_version_matches_header(void **state) {
    (void)state;
    assert_string_equal(costshare_version(), COSTSHARE_VERSION_STRING);
    assert_int_equal(costshare_version_number(), COSTSHARE_VERSION_NUMBER);
}

static void version_number_is_major_minor_patch(void **state) {
    (void)state;
    assert_int_equal(COSTSHARE_VERSION_NUMBER, COSTSHARE_VERSION_MAJOR * 10000 +
                                                   COSTSHARE_VERSION_MINOR * 100 +
                                                   COSTSHARE_VERSION_PATCH);
    assert_string_equal(COSTSHARE_VERSION_STRING, "1.0.0");
    assert_int_equal(costshare_version_number(), 10000);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(run_time_version_matches_header),
        cmocka_unit_test(version_number_is_major_minor_patch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
