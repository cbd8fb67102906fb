#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

/* Every numeric COSTSHARE_ macro of the public headers, generated at build
 * time from the headers themselves by scripts/gen-constants.sh. */
struct header_constant {
    const char *name;
    int64_t value;
};
#define CONSTANT(name)                                                                         \
    { #name, (int64_t)(name) }
static const struct header_constant header_constants[] = {
#include "header_constants.h"
};
#define HEADER_COUNT (sizeof header_constants / sizeof header_constants[0])

static void every_header_constant_is_found_with_its_value(void **state) {
    size_t i;
    (void)state;
    for (i = 0; i < HEADER_COUNT; i++) {
        int64_t value = -12345;
        assert_int_equal(costshare_constant(header_constants[i].name, &value), COSTSHARE_OK);
        assert_true(value == header_constants[i].value);
    }
}

static void the_table_has_exactly_the_header_constants(void **state) {
    int32_t count = costshare_constant_count(), i;
    (void)state;
    assert_int_equal(count, (int32_t)HEADER_COUNT);
    for (i = 0; i < count; i++) {
        const char *name = NULL;
        int64_t value = 0;
        assert_int_equal(costshare_constant_at(i, &name, &value), COSTSHARE_OK);
        assert_string_equal(name, header_constants[i].name);
        assert_true(value == header_constants[i].value);
    }
}

static void enumeration_is_in_strictly_ascending_name_order(void **state) {
    int32_t count = costshare_constant_count(), i;
    const char *previous = NULL;
    (void)state;
    for (i = 0; i < count; i++) {
        const char *name = NULL;
        assert_int_equal(costshare_constant_at(i, &name, NULL), COSTSHARE_OK);
        if (previous != NULL) {
            assert_true(strcmp(previous, name) < 0);
        }
        previous = name;
    }
}

static void known_values(void **state) {
    int64_t v = 0;
    (void)state;
    assert_int_equal(costshare_constant("COSTSHARE_MONTHS", &v), COSTSHARE_OK);
    assert_true(v == 2);
    assert_int_equal(costshare_constant("COSTSHARE_EINVAL", &v), COSTSHARE_OK);
    assert_true(v == -1);
    assert_int_equal(costshare_constant("COSTSHARE_DATE_MIN", &v), COSTSHARE_OK);
    assert_true(v == -719162);
    assert_int_equal(costshare_constant("COSTSHARE_SE_DEADLINE", &v), COSTSHARE_OK);
    assert_true(v == 2);
}

static void unknown_names_and_nulls_are_refused_without_writing(void **state) {
    static const char *const unknown[] = {
        "",
        "COSTSHARE_",
        "costshare_months",
        "COSTSHARE_MONTH",
        "COSTSHARE_MONTHSX",
        "COSTSHARE_VERSION_STRING",
        "COSTSHARE_SPLIT_OPTIONS_INIT",
        "AAA",
        "ZZZ",
    };
    size_t i;
    int64_t v = 77;
    (void)state;
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        assert_int_equal(costshare_constant(unknown[i], &v), COSTSHARE_EINVAL);
        assert_true(v == 77);
    }
    assert_int_equal(costshare_constant(NULL, &v), COSTSHARE_EINVAL);
    assert_int_equal(costshare_constant("COSTSHARE_MONTHS", NULL), COSTSHARE_EINVAL);
    assert_true(v == 77);
}

static void positions_out_of_range_are_refused_without_writing(void **state) {
    int32_t count = costshare_constant_count();
    const char *name = "untouched";
    int64_t v = 77;
    (void)state;
    assert_int_equal(costshare_constant_at(-1, &name, &v), COSTSHARE_ERANGE);
    assert_int_equal(costshare_constant_at(count, &name, &v), COSTSHARE_ERANGE);
    assert_int_equal(costshare_constant_at(INT32_MAX, &name, &v), COSTSHARE_ERANGE);
    assert_int_equal(costshare_constant_at(INT32_MIN, &name, &v), COSTSHARE_ERANGE);
    assert_string_equal(name, "untouched");
    assert_true(v == 77);
    /* Either output may be omitted. */
    assert_int_equal(costshare_constant_at(0, NULL, &v), COSTSHARE_OK);
    assert_int_equal(costshare_constant_at(0, &name, NULL), COSTSHARE_OK);
    assert_int_equal(costshare_constant_at(0, NULL, NULL), COSTSHARE_OK);
}

static void struct_sizes_are_the_header_layouts(void **state) {
    static const struct {
        const char *name;
        uint32_t version;
        size_t size;
    } expected[] = {
        {"costshare_agreement", COSTSHARE_AGREEMENT_VERSION, sizeof(costshare_agreement)},
        {"costshare_event", COSTSHARE_EVENT_VERSION, sizeof(costshare_event)},
        {"costshare_refund_terms", COSTSHARE_REFUND_TERMS_VERSION,
         sizeof(costshare_refund_terms)},
        {"costshare_split_options", COSTSHARE_SPLIT_OPTIONS_VERSION,
         sizeof(costshare_split_options)},
        {"costshare_term", COSTSHARE_TERM_VERSION, sizeof(costshare_term)},
        {"costshare_group_finding", 1, sizeof(costshare_group_finding)},
    };
    size_t i;
    uint32_t v;
    (void)state;
    for (i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        int64_t size = -1, previous = 0;
        assert_int_equal(costshare_struct_size(expected[i].name, expected[i].version, &size),
                         COSTSHARE_OK);
        assert_true(size == (int64_t)expected[i].size);
        /* Every older version is known too, and never larger. */
        for (v = 1; v <= expected[i].version; v++) {
            assert_int_equal(costshare_struct_size(expected[i].name, v, &size), COSTSHARE_OK);
            assert_true(size >= previous && size > 0);
            previous = size;
        }
    }
}

/* Version 1 of the record and the event ends with its `reserved` members
 * (3 + 14 + 7 + 4 and 2 + 5 + 6 + 4 four-byte members); version 2 appends
 * 12 and 2 more. */
static void version_1_sizes_stay_what_version_1_had(void **state) {
    int64_t size = -1;
    (void)state;
    assert_int_equal(costshare_struct_size("costshare_agreement", 1, &size), COSTSHARE_OK);
    assert_true(size == 28 * 4);
    assert_int_equal(costshare_struct_size("costshare_agreement", 2, &size), COSTSHARE_OK);
    assert_true(size == 40 * 4);
    assert_int_equal(costshare_struct_size("costshare_event", 1, &size), COSTSHARE_OK);
    assert_true(size == 17 * 4);
    assert_int_equal(costshare_struct_size("costshare_event", 2, &size), COSTSHARE_OK);
    assert_true(size == 19 * 4);
}

static void unknown_structs_and_versions_are_refused_without_writing(void **state) {
    int64_t size = 77;
    (void)state;
    assert_int_equal(costshare_struct_size("costshare_agreement", 0, &size), COSTSHARE_ERANGE);
    assert_int_equal(
        costshare_struct_size("costshare_agreement", COSTSHARE_AGREEMENT_VERSION + 1, &size),
        COSTSHARE_ERANGE);
    assert_int_equal(costshare_struct_size("costshare_date", 1, &size), COSTSHARE_EINVAL);
    assert_int_equal(costshare_struct_size("Costshare_agreement", 1, &size), COSTSHARE_EINVAL);
    assert_int_equal(costshare_struct_size("", 1, &size), COSTSHARE_EINVAL);
    assert_int_equal(costshare_struct_size(NULL, 1, &size), COSTSHARE_EINVAL);
    assert_int_equal(costshare_struct_size("costshare_term", 1, NULL), COSTSHARE_EINVAL);
    assert_true(size == 77);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_header_constant_is_found_with_its_value),
        cmocka_unit_test(the_table_has_exactly_the_header_constants),
        cmocka_unit_test(enumeration_is_in_strictly_ascending_name_order),
        cmocka_unit_test(known_values),
        cmocka_unit_test(unknown_names_and_nulls_are_refused_without_writing),
        cmocka_unit_test(positions_out_of_range_are_refused_without_writing),
        cmocka_unit_test(struct_sizes_are_the_header_layouts),
        cmocka_unit_test(version_1_sizes_stay_what_version_1_had),
        cmocka_unit_test(unknown_structs_and_versions_are_refused_without_writing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
