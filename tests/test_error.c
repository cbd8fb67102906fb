#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

static const int all_codes[] = {
    COSTSHARE_OK,         COSTSHARE_EINVAL,     COSTSHARE_ERANGE,     COSTSHARE_EOVERFLOW,
    COSTSHARE_ENOWEIGHT,  COSTSHARE_ESIZE,      COSTSHARE_EPARSE,     COSTSHARE_ENOTALLOWED,
    COSTSHARE_EDATEORDER, COSTSHARE_ECONDITION, COSTSHARE_EBACKWARDS, COSTSHARE_EDEADLINE,
    COSTSHARE_ENOTICE,    COSTSHARE_ENOTYET,    COSTSHARE_ETOOLATE,   COSTSHARE_ENOTERM,
    COSTSHARE_EAFTERTERM, COSTSHARE_ENOCLAUSE,  COSTSHARE_ENOPERIOD,  COSTSHARE_ECONSENT,
};

static void every_code_has_its_own_text_and_name(void **state) {
    size_t i, j, n = sizeof all_codes / sizeof all_codes[0];
    (void)state;
    for (i = 0; i < n; i++) {
        const char *text = costshare_error_message(all_codes[i]);
        const char *name = costshare_error_name(all_codes[i]);
        assert_non_null(text);
        assert_non_null(name);
        assert_string_not_equal(text, "unknown error code");
        assert_true(strncmp(name, "COSTSHARE_", 10) == 0);
        for (j = 0; j < i; j++) {
            assert_string_not_equal(text, costshare_error_message(all_codes[j]));
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
    assert_string_equal(costshare_error_message(COSTSHARE_OK), "success");
    assert_string_equal(costshare_error_name(-30), "COSTSHARE_ENOCLAUSE");
    assert_string_equal(costshare_error_name(-31), "COSTSHARE_ENOPERIOD");
    assert_string_equal(costshare_error_name(-32), "COSTSHARE_ECONSENT");
}

static void unknown_codes_never_give_null(void **state) {
    static const int unknown[] = {1, 42, -7, -19, -33, -1000, INT32_MIN, INT32_MAX};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        assert_string_equal(costshare_error_message(unknown[i]), "unknown error code");
        assert_string_equal(costshare_error_name(unknown[i]), "COSTSHARE_UNKNOWN");
    }
}

/* Reads a source file (relative to COSTSHARE_SOURCE_DIR, set by ctest) into
 * buf, NUL-terminated. */
static void read_source(const char *rel, char *buf, size_t cap) {
    const char *dir = getenv("COSTSHARE_SOURCE_DIR");
    char path[4096];
    FILE *f;
    size_t n;
    assert_non_null(dir);
    assert_true((size_t)snprintf(path, sizeof path, "%s/%s", dir, rel) < sizeof path);
    f = fopen(path, "rb");
    assert_non_null(f);
    n = fread(buf, 1, cap - 1, f);
    assert_true(n < cap - 1); /* the whole file fit */
    buf[n] = '\0';
    fclose(f);
}

static void errors_page_lists_every_code_of_the_header(void **state) {
    /* Every code error.h defines has its row in docs/errors.md: value, name
     * and exactly the text costshare_error_message() gives, so the page cannot
     * fall behind the header or the table in lib/error.c. */
    static char header[32768], page[65536];
    const char *p;
    int codes = 0;
    (void)state;
    read_source("include/costshare/error.h", header, sizeof header);
    read_source("docs/errors.md", page, sizeof page);
    for (p = strstr(header, "\n#define COSTSHARE_"); p != NULL;
         p = strstr(p + 1, "\n#define COSTSHARE_")) {
        char name[64], row[256];
        int value;
        if (sscanf(p, " #define %63s (%d)", name, &value) != 2 &&
            sscanf(p, " #define %63s %d", name, &value) != 2) {
            continue; /* the include guard */
        }
        assert_string_equal(costshare_error_name(value), name);
        snprintf(row, sizeof row, "\n| %d | #%s | %s |\n", value, name,
                 costshare_error_message(value));
        if (strstr(page, row) == NULL) {
            fail_msg("docs/errors.md has no row%s", row);
        }
        codes++;
    }
    assert_int_equal(codes, (int)(sizeof all_codes / sizeof all_codes[0]));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_code_has_its_own_text_and_name),
        cmocka_unit_test(codes_are_zero_or_negative),
        cmocka_unit_test(names_match_the_macros),
        cmocka_unit_test(unknown_codes_never_give_null),
        cmocka_unit_test(errors_page_lists_every_code_of_the_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
