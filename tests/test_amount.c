/* Tests for include/costshare/amount.h. Expected texts come from the issue's
 * and DOMAIN.md's examples (1 052 280,50 kr, 24 634,25, -33,25, 376 tkr,
 * 1,21 %), Unicode's code points for the separators and the minus sign, and
 * a reference formatter written here with snprintf, independently of lib/. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define NBSP "\xC2\xA0"
#define NNBSP "\xE2\x80\xAF"
#define MINUS "\xE2\x88\x92"
#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)

static costshare_amount_options opts(int32_t decimals, int32_t group, int32_t mark,
                                     uint32_t flags) {
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    o.decimals = decimals;
    o.group = group;
    o.decimal_mark = mark;
    o.flags = flags;
    return o;
}

/* Swedish notation at two decimals, as the issue writes it. */
static costshare_amount_options swedish(void) {
    return opts(2, COSTSHARE_AMOUNT_GROUP_SPACE, COSTSHARE_AMOUNT_MARK_COMMA,
                COSTSHARE_AMOUNT_KR);
}

/* What a Swedish spreadsheet export may contain: any space, either mark,
 * any suffix. */
static costshare_amount_options lenient(int32_t decimals) {
    return opts(decimals, COSTSHARE_AMOUNT_GROUP_ANY, COSTSHARE_AMOUNT_MARK_ANY,
                COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_PERCENT);
}

static int parse(const char *text, const costshare_amount_options *o, int64_t *out) {
    *out = SENTINEL;
    return costshare_amount_parse(text, strlen(text), o, out);
}

static int64_t parsed(const char *text, const costshare_amount_options *o) {
    int64_t v = SENTINEL;
    int rc = costshare_amount_parse(text, strlen(text), o, &v);
    if (rc != COSTSHARE_OK) {
        fail_msg("parse(\"%s\") returned %d", text, rc);
    }
    return v;
}

static void check_refused(const char *text, size_t length, const costshare_amount_options *o,
                          int expected) {
    int64_t v = SENTINEL;
    int rc = costshare_amount_parse(text, length, o, &v);
    if (rc != expected || v != SENTINEL) {
        fail_msg("parse(\"%.*s\") returned %d (expected %d), output %s", (int)length, text, rc,
                 expected, v == SENTINEL ? "untouched" : "written");
    }
}

#define REFUSED(text, o, code) check_refused((text), strlen(text), (o), (code))

/* ---- the reference formatter (snprintf, then separators inserted) ---- */

static const char *const ref_sep[] = {"", " ", NBSP, NNBSP};

static void ref_format(int64_t v, const costshare_amount_options *o, char *out, size_t size) {
    char digits[32], whole[96];
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t n, intlen, i, k = 0;
    int pad;
    const char *suffix = "";
    snprintf(digits, sizeof digits, "%" PRIu64, m);
    n = strlen(digits);
    pad = o->decimals + 1 - (int)n;
    if (pad > 0) { /* leading zeros so that one digit stands before the mark */
        memmove(digits + pad, digits, n + 1);
        memset(digits, '0', (size_t)pad);
        n += (size_t)pad;
    }
    intlen = n - (size_t)o->decimals;
    for (i = 0; i < intlen; i++) {
        if (i > 0 && (intlen - i) % 3 == 0) {
            k += (size_t)snprintf(whole + k, sizeof whole - k, "%s", ref_sep[o->group]);
        }
        whole[k++] = digits[i];
    }
    whole[k] = '\0';
    if (o->flags & COSTSHARE_AMOUNT_KR) {
        suffix = "kr";
    } else if (o->flags & COSTSHARE_AMOUNT_TKR) {
        suffix = "tkr";
    } else if (o->flags & COSTSHARE_AMOUNT_PERCENT) {
        suffix = "%";
    }
    int len = snprintf(
        out, size, "%s%s%s%s%s%s",
        v < 0 ? (o->flags & COSTSHARE_AMOUNT_MINUS_SIGN ? MINUS : "-") : "", whole,
        o->decimals > 0 ? (o->decimal_mark == COSTSHARE_AMOUNT_MARK_COMMA ? "," : ".") : "",
        digits + intlen, *suffix ? (o->group ? ref_sep[o->group] : " ") : "", suffix);
    assert_true(len > 0 && (size_t)len < size);
}

/* ---- init ---- */

static void options_init_gives_plain_whole_units(void **state) {
    costshare_amount_options o, want = COSTSHARE_AMOUNT_OPTIONS_INIT;
    (void)state;
    memset(&o, 0x5A, sizeof o);
    assert_int_equal(costshare_amount_options_init(&o, COSTSHARE_AMOUNT_OPTIONS_VERSION),
                     COSTSHARE_OK);
    assert_int_equal(o.version, COSTSHARE_AMOUNT_OPTIONS_VERSION);
    assert_int_equal(o.decimals, 0);
    assert_int_equal(o.group, COSTSHARE_AMOUNT_GROUP_NONE);
    assert_int_equal(o.decimal_mark, COSTSHARE_AMOUNT_MARK_POINT);
    assert_int_equal(o.flags, 0);
    assert_memory_equal(&o, &want, sizeof o);
    memset(&o, 0x5A, sizeof o);
    assert_int_equal(costshare_amount_options_init(&o, 0), COSTSHARE_EINVAL);
    assert_int_equal(costshare_amount_options_init(&o, COSTSHARE_AMOUNT_OPTIONS_VERSION + 1),
                     COSTSHARE_EINVAL);
    assert_int_equal(o.version, 0x5A5A5A5Au); /* untouched */
    assert_int_equal(costshare_amount_options_init(NULL, 1), COSTSHARE_EINVAL);
}

/* ---- the and DOMAIN.md's examples ---- */

static void swedish_kronor_and_ore_both_ways(void **state) {
    costshare_amount_options sv = swedish();
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    (void)state;
    assert_int_equal(parsed("1 052 280,50 kr", &sv), 105228050);
    assert_int_equal(costshare_amount_format(105228050, &sv, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "1 052 280,50 kr");
    /* The suffix is optional when parsing, with or without a space. */
    assert_int_equal(parsed("1 052 280,50", &sv), 105228050);
    assert_int_equal(parsed("1 052 280,50kr", &sv), 105228050);
    assert_int_equal(parsed("1052280,50 kr", &sv), 105228050);
    /* Fewer decimals than asked are filled with zeros. */
    assert_int_equal(parsed("1 052 280,5 kr", &sv), 105228050);
    assert_int_equal(parsed("1 052 280 kr", &sv), 105228000);
    /* Söderköping 2018: exact 24 634,25, deviation -33,25 (DOMAIN.md 1). */
    assert_int_equal(parsed("24 634,25", &sv), 2463425);
    assert_int_equal(parsed("-33,25", &sv), -3325);
    assert_int_equal(parsed(MINUS "33,25", &sv), -3325);
    sv.flags |= COSTSHARE_AMOUNT_MINUS_SIGN;
    assert_int_equal(costshare_amount_format(-3325, &sv, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, MINUS "33,25 kr");
}

static void plain_notation_for_programs(void **state) {
    costshare_amount_options plain =
        opts(2, COSTSHARE_AMOUNT_GROUP_NONE, COSTSHARE_AMOUNT_MARK_POINT, 0);
    costshare_amount_options whole = COSTSHARE_AMOUNT_OPTIONS_INIT;
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    (void)state;
    assert_int_equal(parsed("1052280.50", &plain), 105228050);
    assert_int_equal(costshare_amount_format(105228050, &plain, text, sizeof text),
                     COSTSHARE_OK);
    assert_string_equal(text, "1052280.50");
    assert_int_equal(costshare_amount_format(-5, &plain, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "-0.05");
    assert_int_equal(costshare_amount_format(0, &plain, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "0.00");
    assert_int_equal(parsed("763945", &whole), 763945);
    assert_int_equal(parsed("-0", &whole), 0);
    assert_int_equal(parsed("007", &whole), 7);
    assert_int_equal(costshare_amount_format(0, &whole, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "0");
}

static void every_space_as_thousands_separator(void **state) {
    costshare_amount_options o =
        opts(0, COSTSHARE_AMOUNT_GROUP_NBSP, COSTSHARE_AMOUNT_MARK_COMMA, 0);
    costshare_amount_options any = lenient(2);
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    (void)state;
    /* Boxholm's 2017 population as Excel, LibreOffice and a typographer write it. */
    assert_int_equal(parsed("5" NBSP "453", &o), 5453);
    assert_int_equal(costshare_amount_format(5453, &o, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "5" NBSP "453");
    o.group = COSTSHARE_AMOUNT_GROUP_NNBSP;
    assert_int_equal(parsed("158" NNBSP "520", &o), 158520);
    assert_int_equal(costshare_amount_format(158520, &o, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "158" NNBSP "520");
    /* A separator is also optional: the whole number without any. */
    assert_int_equal(parsed("158520", &o), 158520);
    assert_int_equal(parsed("5 453", &any), 545300);
    assert_int_equal(parsed("5" NBSP "453", &any), 545300);
    assert_int_equal(parsed("5" NNBSP "453", &any), 545300);
    assert_int_equal(parsed("1" NBSP "052" NBSP "280,50" NBSP "kr", &any), 105228050);
    assert_int_equal(parsed("1052280.50", &any), 105228050);
}

static void percent_and_thousands_suffixes(void **state) {
    costshare_amount_options o = opts(2, COSTSHARE_AMOUNT_GROUP_SPACE,
                                      COSTSHARE_AMOUNT_MARK_COMMA, COSTSHARE_AMOUNT_PERCENT);
    costshare_amount_options any = lenient(0);
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    (void)state;
    /* Boxholm's share of the county in 2018: 1,21 %. */
    assert_int_equal(parsed("1,21 %", &o), 121);
    assert_int_equal(parsed("1,21%", &o), 121);
    assert_int_equal(costshare_amount_format(121, &o, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "1,21 %");
    /* Linköping paid 376 kSEK for 2023 (DOMAIN.md, the situation). */
    o = opts(0, COSTSHARE_AMOUNT_GROUP_NONE, COSTSHARE_AMOUNT_MARK_POINT, COSTSHARE_AMOUNT_TKR);
    assert_int_equal(parsed("376 tkr", &o), 376);
    assert_int_equal(costshare_amount_format(376, &o, text, sizeof text), COSTSHARE_OK);
    assert_string_equal(text, "376 tkr");
    assert_int_equal(parsed("376 tkr", &any), 376);
    assert_int_equal(parsed("64tkr", &any), 64);
    assert_int_equal(parsed("24 601 kr", &any), 24601);
    assert_int_equal(parsed("99 %", &any), 99);
    /* The suffix may follow after any one of the three spaces. */
    assert_int_equal(parsed("24 601" NBSP "kr", &any), 24601);
    assert_int_equal(parsed("24 601" NNBSP "kr", &any), 24601);
}

/* ---- strictness ---- */

static void more_decimals_than_asked_is_refused_never_rounded(void **state) {
    costshare_amount_options sv = swedish(), whole = lenient(0);
    (void)state;
    REFUSED("12,345", &sv, COSTSHARE_EPARSE);
    REFUSED("12,001 kr", &sv, COSTSHARE_EPARSE);
    REFUSED("12,500", &sv, COSTSHARE_EPARSE); /* even when the extra digit is a zero */
    REFUSED("5,453", &whole, COSTSHARE_EPARSE);
    REFUSED("5.0", &whole, COSTSHARE_EPARSE);
    REFUSED("0,5", &whole, COSTSHARE_EPARSE);
}

static void malformed_text_is_refused_untouched(void **state) {
    costshare_amount_options sv = swedish();
    costshare_amount_options space =
        opts(0, COSTSHARE_AMOUNT_GROUP_SPACE, COSTSHARE_AMOUNT_MARK_POINT, 0);
    costshare_amount_options any = lenient(2);
    costshare_amount_options plain = COSTSHARE_AMOUNT_OPTIONS_INIT;
    static const char *const bad_sv[] = {
        "",           "-",
        MINUS,        "kr",
        " kr",        ",50",
        "12,",        "12, kr",
        "+5",         " 5",
        "5 ",         "5  kr",
        "5 kr ",      "5 krr",
        "5 k",        "5 %",
        "5 tkr",      "1 23",
        "12 34",      "1234 567",
        "1 2345",     "1 234 56",
        "1 234 5678", "1,234,567",
        "1.5",        "1" NBSP "234",
        "--5",        "-" MINUS "5",
        "5-",         "0x10",
        "1e3",        "١٢",
        "5,5,5",      "5 kr kr",
        "12 345,6 7",
    };
    size_t i;
    (void)state;
    for (i = 0; i < sizeof bad_sv / sizeof bad_sv[0]; i++) {
        REFUSED(bad_sv[i], &sv, COSTSHARE_EPARSE);
    }
    /* Without grouping a space is not a separator. */
    REFUSED("5 453", &plain, COSTSHARE_EPARSE);
    REFUSED("5 453", (&(costshare_amount_options){1, 0, COSTSHARE_AMOUNT_GROUP_NBSP, 0, 0u}),
            COSTSHARE_EPARSE);
    /* No suffix unless asked for. */
    REFUSED("5kr", &plain, COSTSHARE_EPARSE);
    REFUSED("5%", &space, COSTSHARE_EPARSE);
    /* The mark asked for, not the other one. */
    REFUSED("5,50", (&(costshare_amount_options){1, 2, 0, COSTSHARE_AMOUNT_MARK_POINT, 0u}),
            COSTSHARE_EPARSE);
    REFUSED("5.50", (&(costshare_amount_options){1, 2, 0, COSTSHARE_AMOUNT_MARK_COMMA, 0u}),
            COSTSHARE_EPARSE);
    /* Any space, but one kind throughout a number. */
    REFUSED("1 052" NBSP "280", &any, COSTSHARE_EPARSE);
    REFUSED("1" NNBSP "052 280", &any, COSTSHARE_EPARSE);
    REFUSED("1" NNBSP "052" NBSP "280", &any, COSTSHARE_EPARSE);
    /* A NUL inside the length is not a digit. */
    check_refused("5\0"
                  "00",
                  4, &plain, COSTSHARE_EPARSE);
    check_refused("\0", 1, &plain, COSTSHARE_EPARSE);
}

static void no_byte_past_the_length_is_read(void **state) {
    costshare_amount_options any = lenient(2);
    costshare_amount_options plain = COSTSHARE_AMOUNT_OPTIONS_INIT;
    int64_t v;
    char *exact;
    (void)state;
    /* The bytes past the length would complete the text; they must not count. */
    check_refused("5 kr", 3, &any, COSTSHARE_EPARSE);          /* "5 k" */
    check_refused("5 tkr", 4, &any, COSTSHARE_EPARSE);         /* "5 tk" */
    check_refused("5" NBSP "453", 2, &any, COSTSHARE_EPARSE);  /* half a no-break space */
    check_refused("5" NNBSP "453", 3, &any, COSTSHARE_EPARSE); /* two thirds of one */
    check_refused("5 453", 4, &any, COSTSHARE_EPARSE);         /* a group of two */
    check_refused(MINUS "5", 2, &any, COSTSHARE_EPARSE);       /* two thirds of U+2212 */
    check_refused("5,", 2, &any, COSTSHARE_EPARSE);
    check_refused("", 0, &plain, COSTSHARE_EPARSE);
    v = SENTINEL;
    assert_int_equal(costshare_amount_parse("12345", 3, &plain, &v), COSTSHARE_OK);
    assert_int_equal(v, 123);
    assert_int_equal(costshare_amount_parse("5 453 kr", 5, &any, &v), COSTSHARE_OK);
    assert_int_equal(v, 545300);
    assert_int_equal(costshare_amount_parse("5 kr!", 4, &any, &v), COSTSHARE_OK);
    assert_int_equal(v, 500);
    /* A heap copy of exactly the text's bytes, no NUL after it: a sanitizer
     * build stops at any read past the end. */
    exact = malloc(8);
    assert_non_null(exact);
    memcpy(exact, "-1 234,5", 8);
    assert_int_equal(costshare_amount_parse(exact, 8, &any, &v), COSTSHARE_OK);
    assert_int_equal(v, -123450);
    memcpy(exact, "1 234 k", 7);
    check_refused(exact, 7, &any, COSTSHARE_EPARSE);
    free(exact);
}

static void beyond_int64_is_eoverflow_only_when_well_formed(void **state) {
    costshare_amount_options plain = COSTSHARE_AMOUNT_OPTIONS_INIT, sv = swedish();
    costshare_amount_options max = opts(COSTSHARE_AMOUNT_DECIMALS_MAX, 0, 0, 0);
    (void)state;
    assert_int_equal(parsed("9223372036854775807", &plain), INT64_MAX);
    assert_int_equal(parsed("-9223372036854775808", &plain), INT64_MIN);
    assert_int_equal(parsed(MINUS "9223372036854775808", &plain), INT64_MIN);
    REFUSED("9223372036854775808", &plain, COSTSHARE_EOVERFLOW);
    REFUSED("-9223372036854775809", &plain, COSTSHARE_EOVERFLOW);
    REFUSED("99999999999999999999999999999999", &plain, COSTSHARE_EOVERFLOW);
    REFUSED("-99999999999999999999999999999999", &plain, COSTSHARE_EOVERFLOW);
    assert_int_equal(parsed("0000000000000000000000000000000000000001", &plain), 1);
    /* At two decimals the integer part has two digits fewer to spare. */
    assert_int_equal(parsed("92 233 720 368 547 758,07", &sv), INT64_MAX);
    assert_int_equal(parsed("-92 233 720 368 547 758,08 kr", &sv), INT64_MIN);
    REFUSED("92 233 720 368 547 758,08", &sv, COSTSHARE_EOVERFLOW);
    REFUSED("92 233 720 368 547 759", &sv, COSTSHARE_EOVERFLOW); /* overflows by the padding */
    REFUSED("-92 233 720 368 547 758,09", &sv, COSTSHARE_EOVERFLOW);
    assert_int_equal(parsed("9.223372036854775807", &max), INT64_MAX);
    assert_int_equal(parsed("-9.223372036854775808", &max), INT64_MIN);
    assert_int_equal(parsed("0.000000000000000001", &max), 1);
    REFUSED("10", &max, COSTSHARE_EOVERFLOW);
    /* Malformed text is EPARSE however large its digits. */
    REFUSED("99999999999999999999999999x", &plain, COSTSHARE_EPARSE);
    REFUSED("99 999 999 999 999 999 999 99", &sv, COSTSHARE_EPARSE);
    REFUSED("99999999999999999999,123", &sv, COSTSHARE_EPARSE);
}

static void bad_arguments_and_options(void **state) {
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    int64_t v = SENTINEL;
    (void)state;
    assert_int_equal(costshare_amount_parse(NULL, 0, &o, &v), COSTSHARE_EINVAL);
    assert_int_equal(costshare_amount_parse("1", 1, NULL, &v), COSTSHARE_EINVAL);
    assert_int_equal(costshare_amount_parse("1", 1, &o, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_amount_format(1, NULL, text, sizeof text), COSTSHARE_EINVAL);
    assert_int_equal(costshare_amount_format(1, &o, NULL, 10), COSTSHARE_EINVAL);
    assert_int_equal(v, SENTINEL);
    {
        static const struct {
            uint32_t version;
            int32_t decimals, group, mark;
            uint32_t flags;
            int parse_rc, format_rc;
        } cases[] = {
            {0, 0, 0, 0, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {2, 0, 0, 0, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, -1, 0, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, 5, 0, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, COSTSHARE_AMOUNT_GROUP_ANY, 0, 0, COSTSHARE_OK, COSTSHARE_EINVAL},
            {1, 0, 0, -1, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, 0, 3, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, 0, COSTSHARE_AMOUNT_MARK_ANY, 0, COSTSHARE_OK, COSTSHARE_EINVAL},
            {1, 0, 0, 0, 0x10u, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, 0, 0, 0x80000000u, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 0, 0, 0, COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR, COSTSHARE_OK,
             COSTSHARE_EINVAL},
            {1, 0, 0, 0, COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_PERCENT, COSTSHARE_OK,
             COSTSHARE_EINVAL},
            {1, 0, 0, 0,
             COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_PERCENT | COSTSHARE_AMOUNT_MINUS_SIGN,
             COSTSHARE_OK, COSTSHARE_EINVAL},
            {1, -1, 0, 0, 0, COSTSHARE_ERANGE, COSTSHARE_ERANGE},
            {1, COSTSHARE_AMOUNT_DECIMALS_MAX + 1, 0, 0, 0, COSTSHARE_ERANGE, COSTSHARE_ERANGE},
            {1, INT32_MIN, 0, 0, 0, COSTSHARE_ERANGE, COSTSHARE_ERANGE},
            /* EINVAL is checked before ERANGE */
            {0, -1, 0, 0, 0, COSTSHARE_EINVAL, COSTSHARE_EINVAL},
            {1, 99, COSTSHARE_AMOUNT_GROUP_ANY, 0, 0, COSTSHARE_ERANGE, COSTSHARE_EINVAL},
        };
        size_t i;
        for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            char fresh[COSTSHARE_AMOUNT_TEXT_SIZE];
            int rc;
            o.version = cases[i].version;
            o.decimals = cases[i].decimals;
            o.group = cases[i].group;
            o.decimal_mark = cases[i].mark;
            o.flags = cases[i].flags;
            v = SENTINEL;
            rc = costshare_amount_parse("1", 1, &o, &v);
            if (rc != cases[i].parse_rc) {
                fail_msg("case %zu: parse returned %d, expected %d", i, rc, cases[i].parse_rc);
            }
            if (rc == COSTSHARE_OK) {
                assert_int_equal(v, 1);
            } else {
                assert_int_equal(v, SENTINEL);
            }
            memset(text, '#', sizeof text);
            memset(fresh, '#', sizeof fresh);
            rc = costshare_amount_format(1, &o, text, sizeof text);
            if (rc != cases[i].format_rc) {
                fail_msg("case %zu: format returned %d, expected %d", i, rc,
                         cases[i].format_rc);
            }
            assert_memory_equal(text, fresh, sizeof text);
        }
    }
}

static void format_refuses_a_small_buffer_untouched(void **state) {
    costshare_amount_options sv = swedish();
    char buffer[32], fresh[32];
    size_t cap;
    (void)state;
    memset(fresh, '#', sizeof fresh);
    /* "1 052 280,50 kr" is 15 bytes and the NUL. */
    for (cap = 0; cap < 16; cap++) {
        memcpy(buffer, fresh, sizeof buffer);
        assert_int_equal(costshare_amount_format(105228050, &sv, buffer, cap), COSTSHARE_ESIZE);
        assert_memory_equal(buffer, fresh, sizeof buffer);
    }
    memcpy(buffer, fresh, sizeof buffer);
    assert_int_equal(costshare_amount_format(105228050, &sv, buffer, 16), COSTSHARE_OK);
    assert_string_equal(buffer, "1 052 280,50 kr");
    assert_int_equal(buffer[16], '#'); /* nothing past the NUL */
    assert_int_equal(costshare_amount_format(105228050, &sv, buffer, SIZE_MAX), COSTSHARE_OK);
    assert_string_equal(buffer, "1 052 280,50 kr");
}

static void text_size_is_the_longest_text_exactly(void **state) {
    costshare_amount_options worst =
        opts(0, COSTSHARE_AMOUNT_GROUP_NNBSP, COSTSHARE_AMOUNT_MARK_COMMA,
             COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_MINUS_SIGN);
    char text[COSTSHARE_AMOUNT_TEXT_SIZE + 8];
    int32_t d, g;
    (void)state;
    assert_int_equal(costshare_amount_format(INT64_MIN, &worst, text, sizeof text),
                     COSTSHARE_OK);
    assert_string_equal(text, MINUS "9" NNBSP "223" NNBSP "372" NNBSP "036" NNBSP "854" NNBSP
                                    "775" NNBSP "808" NNBSP "tkr");
    assert_int_equal(strlen(text) + 1, COSTSHARE_AMOUNT_TEXT_SIZE);
    assert_int_equal(
        costshare_amount_format(INT64_MIN, &worst, text, COSTSHARE_AMOUNT_TEXT_SIZE - 1),
        COSTSHARE_ESIZE);
    /* Nothing else is longer, at any number of decimals. */
    for (d = 0; d <= COSTSHARE_AMOUNT_DECIMALS_MAX; d++) {
        for (g = COSTSHARE_AMOUNT_GROUP_NONE; g <= COSTSHARE_AMOUNT_GROUP_NNBSP; g++) {
            costshare_amount_options o = worst;
            o.decimals = d;
            o.group = g;
            assert_int_equal(
                costshare_amount_format(INT64_MIN, &o, text, COSTSHARE_AMOUNT_TEXT_SIZE),
                COSTSHARE_OK);
            assert_int_equal(
                costshare_amount_format(INT64_MAX, &o, text, COSTSHARE_AMOUNT_TEXT_SIZE),
                COSTSHARE_OK);
        }
    }
}

/* ---- round trip over every class of int64_t ---- */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t next_random(void) { /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

#define VALUES_MAX 512

/* Extremes, every power of ten and its neighbours (each digit count and
 * each group boundary), both signs, then random values of every length. */
static size_t test_values(int64_t *v) {
    size_t n = 0;
    int64_t p = 1;
    int i;
    v[n++] = 0;
    v[n++] = INT64_MAX;
    v[n++] = INT64_MIN;
    v[n++] = INT64_MAX - 1;
    v[n++] = INT64_MIN + 1;
    for (i = 0; i < 19; i++) {
        v[n++] = p;
        v[n++] = -p;
        v[n++] = p - 1;
        v[n++] = -(p - 1);
        v[n++] = p + 1;
        v[n++] = -(p + 1);
        if (i < 18) {
            p *= 10;
        }
    }
    while (n < VALUES_MAX) {
        uint64_t r = next_random();
        /* every magnitude below 2^63, not only 19-digit ones */
        int64_t magnitude = (int64_t)(r >> (1u + next_random() % 63u));
        v[n++] = (r & 1u) ? -magnitude : magnitude;
    }
    return n;
}

static void every_value_round_trips_in_every_notation(void **state) {
    static int64_t values[VALUES_MAX];
    static const uint32_t flag_sets[] = {0u,
                                         COSTSHARE_AMOUNT_KR,
                                         COSTSHARE_AMOUNT_TKR,
                                         COSTSHARE_AMOUNT_PERCENT,
                                         COSTSHARE_AMOUNT_MINUS_SIGN,
                                         COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_MINUS_SIGN};
    size_t n = test_values(values), i, f, checked = 0;
    int32_t d, g, m;
    (void)state;
    for (d = 0; d <= COSTSHARE_AMOUNT_DECIMALS_MAX; d++) {
        for (g = COSTSHARE_AMOUNT_GROUP_NONE; g <= COSTSHARE_AMOUNT_GROUP_NNBSP; g++) {
            for (m = COSTSHARE_AMOUNT_MARK_POINT; m <= COSTSHARE_AMOUNT_MARK_COMMA; m++) {
                for (f = 0; f < sizeof flag_sets / sizeof flag_sets[0]; f++) {
                    costshare_amount_options o = opts(d, g, m, flag_sets[f]);
                    costshare_amount_options any = lenient(d);
                    for (i = 0; i < n; i++) {
                        char text[COSTSHARE_AMOUNT_TEXT_SIZE], want[96];
                        int64_t back = SENTINEL, back_any = SENTINEL;
                        CHECK_EQ(costshare_amount_format(values[i], &o, text, sizeof text),
                                 COSTSHARE_OK);
                        ref_format(values[i], &o, want, sizeof want);
                        if (strcmp(text, want) != 0) {
                            fail_msg("format(%" PRId64
                                     ", d=%d g=%d m=%d f=%u) = \"%s\", expected \"%s\"",
                                     values[i], d, g, m, flag_sets[f], text, want);
                        }
                        CHECK_EQ(costshare_amount_parse(text, strlen(text), &o, &back),
                                 COSTSHARE_OK);
                        CHECK_EQ(back, values[i]);
                        CHECK_EQ(costshare_amount_parse(text, strlen(text), &any, &back_any),
                                 COSTSHARE_OK);
                        CHECK_EQ(back_any, values[i]);
                        checked++;
                    }
                }
            }
        }
    }
    assert_true(checked > 400000);
}

/* One value one past each int64_t end, written in every notation by the
 * reference, overflows; the ends themselves do not. */
static void one_past_each_end_overflows_in_every_notation(void **state) {
    int32_t d, g;
    (void)state;
    for (d = 0; d <= COSTSHARE_AMOUNT_DECIMALS_MAX; d++) {
        for (g = COSTSHARE_AMOUNT_GROUP_NONE; g <= COSTSHARE_AMOUNT_GROUP_NNBSP; g++) {
            costshare_amount_options o = opts(d, g, COSTSHARE_AMOUNT_MARK_COMMA, 0);
            char text[96], *last;
            int64_t v;
            ref_format(INT64_MAX, &o, text, sizeof text);
            CHECK_EQ(parse(text, &o, &v), COSTSHARE_OK);
            CHECK_EQ(v, INT64_MAX);
            last = text + strlen(text) - 1; /* ...807 -> ...808 */
            *last = (char)(*last + 1);
            CHECK_EQ(parse(text, &o, &v), COSTSHARE_EOVERFLOW);
            CHECK_EQ(v, SENTINEL);
            ref_format(INT64_MIN, &o, text, sizeof text);
            CHECK_EQ(parse(text, &o, &v), COSTSHARE_OK);
            CHECK_EQ(v, INT64_MIN);
            last = text + strlen(text) - 1; /* ...808 -> ...809 */
            *last = (char)(*last + 1);
            CHECK_EQ(parse(text, &o, &v), COSTSHARE_EOVERFLOW);
        }
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(options_init_gives_plain_whole_units),
        cmocka_unit_test(swedish_kronor_and_ore_both_ways),
        cmocka_unit_test(plain_notation_for_programs),
        cmocka_unit_test(every_space_as_thousands_separator),
        cmocka_unit_test(percent_and_thousands_suffixes),
        cmocka_unit_test(more_decimals_than_asked_is_refused_never_rounded),
        cmocka_unit_test(malformed_text_is_refused_untouched),
        cmocka_unit_test(no_byte_past_the_length_is_read),
        cmocka_unit_test(beyond_int64_is_eoverflow_only_when_well_formed),
        cmocka_unit_test(bad_arguments_and_options),
        cmocka_unit_test(format_refuses_a_small_buffer_untouched),
        cmocka_unit_test(text_size_is_the_longest_text_exactly),
        cmocka_unit_test(every_value_round_trips_in_every_notation),
        cmocka_unit_test(one_past_each_end_overflows_in_every_notation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
