#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

static const int all_codes[] = {
    COSTSHARE_OK,     COSTSHARE_EINVAL,      COSTSHARE_ERANGE,     COSTSHARE_EOVERFLOW,
    COSTSHARE_ENOWEIGHT, COSTSHARE_ESIZE,    COSTSHARE_EPARSE,     COSTSHARE_ENOTALLOWED,
    COSTSHARE_EDATEORDER, COSTSHARE_ECONDITION,
    COSTSHARE_EBACKWARDS, COSTSHARE_EDEADLINE, COSTSHARE_ENOTICE, COSTSHARE_ENOTYET,
    COSTSHARE_ETOOLATE, COSTSHARE_ENOTERM, COSTSHARE_EAFTERTERM,
};

static void every_code_has_its_own_text_and_name(void **state) {
    size_t i, j, n = sizeof all_codes / sizeof all_codes[0];
    (void)state;
    for (i = 0; i < n; i++) {
        const char *text = costshare_strerror(all_codes[i]);
        const char *name = costshare_error_name(all_codes[i]);
        assert_non_null(text);
        assert_non_null(name);
        assert_string_not_equal(text, "unknown error code");
        assert_true(strncmp(name, "COSTSHARE_", 10) == 0);
        for (j = 0; j < i; j++) {
            assert_string_not_equal(text, costshare_strerror(all_codes[j]));
            assert_string_not_equal(name, costshare_error_name(all_codes[j]));
        }
    }
}

static void codes_are_zero_or_negative(void **state) {
    size_t i;
    (void)state;
    assert_int_equal(COSTSHARE_OK, 0);
    for (i = 1; i < sizeof all_codes / sizeof all_codes[0]; i++) {
        assert_true(all_codes[i] < 0);
    }
}

static void names_match_the_macros(void **state) {
    (void)state;
    assert_string_equal(costshare_error_name(COSTSHARE_OK), "COSTSHARE_OK");
    assert_string_equal(costshare_error_name(COSTSHARE_EINVAL), "COSTSHARE_EINVAL");
    assert_string_equal(costshare_error_name(-2), "COSTSHARE_ERANGE");
    assert_string_equal(costshare_strerror(COSTSHARE_OK), "success");
}

static void unknown_codes_never_give_null(void **state) {
    static const int unknown[] = {1, 42, -7, -19, -30, -1000, INT32_MIN, INT32_MAX};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        assert_string_equal(costshare_strerror(unknown[i]), "unknown error code");
        assert_string_equal(costshare_error_name(unknown[i]), "COSTSHARE_UNKNOWN");
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_has_its_own_text_and_name),
        cmocka_unit_test(codes_are_zero_or_negative),
        cmocka_unit_test(names_match_the_macros),
        cmocka_unit_test(unknown_codes_never_give_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
