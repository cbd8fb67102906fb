/*
 * libFuzzer harness for costshare/amount.h (scripts/fuzz.sh).
 *
 * The input's first five bytes choose the options (decimals, thousands
 * separator, decimal mark, flags; sometimes out of range) and the mode:
 * - text: the rest of the input, in a heap block of exactly its size (no
 *   NUL after it, so AddressSanitizer stops any read past the length), is
 *   parsed. A refusal leaves the output untouched and is the documented code
 *   for bad options; an accepted text gives a value that formats (with the
 *   nearest formatting options) to a text that parses back to the same
 *   value, and parses at one more decimal to ten times the value or to
 *   EOVERFLOW.
 * - value: eight bytes are an int64_t, formatted with the options into a
 *   heap buffer of every capacity around the text's length: ESIZE exactly
 *   below length + 1, nothing written on a refusal, and the text parses back
 *   to the value, with the same options and with the lenient `_ANY` ones.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)
#define SUFFIXES (COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_PERCENT)

static void require(int ok, const char *what) {
    if (!ok) {
        fprintf(stderr, "invariant failed: %s\n", what);
        abort();
    }
}

static int options_valid(const costshare_amount_options *o, int formatting) {
    uint32_t s = o->flags & SUFFIXES;
    if (o->group < 0 || o->group > COSTSHARE_AMOUNT_GROUP_ANY || o->decimal_mark < 0 ||
        o->decimal_mark > COSTSHARE_AMOUNT_MARK_ANY ||
        (o->flags & ~(SUFFIXES | COSTSHARE_AMOUNT_MINUS_SIGN)) != 0u) {
        return COSTSHARE_EINVAL;
    }
    if (formatting && (o->group == COSTSHARE_AMOUNT_GROUP_ANY ||
                       o->decimal_mark == COSTSHARE_AMOUNT_MARK_ANY || (s & (s - 1u)) != 0u)) {
        return COSTSHARE_EINVAL;
    }
    if (o->decimals < 0 || o->decimals > COSTSHARE_AMOUNT_DECIMALS_MAX) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

/* The formatting options nearest to parsing options: a concrete separator
 * and mark for the `_ANY` ones, the lowest suffix flag of several. */
static costshare_amount_options for_format(costshare_amount_options o) {
    uint32_t s = o.flags & SUFFIXES;
    if (o.group == COSTSHARE_AMOUNT_GROUP_ANY) {
        o.group = COSTSHARE_AMOUNT_GROUP_NBSP;
    }
    if (o.decimal_mark == COSTSHARE_AMOUNT_MARK_ANY) {
        o.decimal_mark = COSTSHARE_AMOUNT_MARK_COMMA;
    }
    o.flags = (o.flags & ~SUFFIXES) | (s & (0u - s));
    return o;
}

static int64_t parse_or_fail(const char *text, const costshare_amount_options *o) {
    int64_t v = SENTINEL;
    require(costshare_amount_parse(text, strlen(text), o, &v) == COSTSHARE_OK,
            "a formatted text does not parse back");
    return v;
}

static void check_text(const uint8_t *data, size_t size, const costshare_amount_options *o) {
    char *text = malloc(size > 0 ? size : 1);
    int64_t v = SENTINEL;
    int rc, want = options_valid(o, 0);
    require(text != NULL, "out of memory");
    if (size > 0) {
        memcpy(text, data, size);
    }
    rc = costshare_amount_parse(text, size, o, &v);
    if (want != COSTSHARE_OK) {
        require(rc == want, "bad options: not the documented code");
    }
    if (rc != COSTSHARE_OK) {
        require(rc == COSTSHARE_EINVAL || rc == COSTSHARE_ERANGE || rc == COSTSHARE_EPARSE ||
                    rc == COSTSHARE_EOVERFLOW,
                "parse: an undocumented code");
        require(v == SENTINEL, "parse: a refusal wrote its output");
    } else {
        costshare_amount_options f = for_format(*o), more = *o;
        char out[COSTSHARE_AMOUNT_TEXT_SIZE];
        require(costshare_amount_format(v, &f, out, sizeof out) == COSTSHARE_OK,
                "format refused a parsed value");
        require(parse_or_fail(out, o) == v, "parse(format(parse(text))) differs");
        require(parse_or_fail(out, &f) == v, "parse(format(v)) differs");
        if (o->decimals < COSTSHARE_AMOUNT_DECIMALS_MAX) {
            int64_t w = SENTINEL;
            more.decimals++;
            rc = costshare_amount_parse(text, size, &more, &w);
            if (v > INT64_MAX / 10 || v < INT64_MIN / 10) {
                require(rc == COSTSHARE_EOVERFLOW, "one more decimal: no overflow");
            } else {
                require(rc == COSTSHARE_OK && w == v * 10, "one more decimal: not ten times");
            }
        }
    }
    free(text);
}

static void check_value(int64_t v, const costshare_amount_options *o) {
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    size_t len, cap;
    costshare_amount_options any = *o;
    int want = options_valid(o, 1);
    int rc = costshare_amount_format(v, o, text, sizeof text);
    require(rc == want, "format: not the documented code for the options");
    if (rc != COSTSHARE_OK) {
        return;
    }
    len = strlen(text);
    require(len + 1 <= COSTSHARE_AMOUNT_TEXT_SIZE, "longer than COSTSHARE_AMOUNT_TEXT_SIZE");
    for (cap = len > 2 ? len - 2 : 0; cap <= len + 1; cap++) {
        char *buf = malloc(cap > 0 ? cap : 1);
        require(buf != NULL, "out of memory");
        memset(buf, '#', cap > 0 ? cap : 1);
        rc = costshare_amount_format(v, o, buf, cap);
        if (cap <= len) {
            size_t i;
            require(rc == COSTSHARE_ESIZE, "a short buffer is not ESIZE");
            for (i = 0; i < cap; i++) {
                require(buf[i] == '#', "ESIZE wrote into the buffer");
            }
        } else {
            require(rc == COSTSHARE_OK && memcmp(buf, text, len + 1) == 0,
                    "the exact capacity gives another text");
        }
        free(buf);
    }
    require(parse_or_fail(text, o) == v, "parse(format(v)) != v");
    any.group = COSTSHARE_AMOUNT_GROUP_ANY;
    any.decimal_mark = COSTSHARE_AMOUNT_MARK_ANY;
    any.flags |= SUFFIXES;
    require(parse_or_fail(text, &any) == v, "lenient parse(format(v)) != v");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_input in = {data, size};
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    uint8_t mode = fz_u8(&in), d = fz_u8(&in), g = fz_u8(&in), m = fz_u8(&in), f = fz_u8(&in);
    /* Mostly valid options; now and then anything. */
    o.decimals = (mode & 0x80u) ? (int32_t)(int8_t)d : (int32_t)(d % 19u);
    o.group = (mode & 0x40u) ? (int32_t)(int8_t)g : (int32_t)(g % 5u);
    o.decimal_mark = (mode & 0x20u) ? (int32_t)(int8_t)m : (int32_t)(m % 3u);
    o.flags = (mode & 0x10u) ? (uint32_t)f << 24 | f : (uint32_t)(f & 0x0Fu);
    if (mode & 1u) {
        check_value(fz_i64(&in), &o);
    } else {
        check_text(in.p, in.left, &o);
    }
    return 0;
}
