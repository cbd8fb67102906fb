/*
 * Amounts as text: costshare_amount_parse() and costshare_amount_format() in
 * a named notation.
 *
 * The notations are the extension's contract (docs/postgresql.md): each is
 * one setting of struct costshare_amount_options for parsing and one for
 * formatting.
 */
#include "pgcs.h"

#include "fmgr.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(pgcs_amount_parse);
PG_FUNCTION_INFO_V1(pgcs_amount_format);

static const struct {
    const char *word;
    int32_t parse_group, parse_mark;
    uint32_t parse_flags;
    int32_t format_group, format_mark;
    uint32_t format_flags;
} notations[] = {
    /* Swedish: `1 052 280,50`; parsing takes any of the three spaces (or
     * none) and an optional `kr`. */
    {"sv", COSTSHARE_AMOUNT_GROUP_ANY, COSTSHARE_AMOUNT_MARK_COMMA, COSTSHARE_AMOUNT_KR,
     COSTSHARE_AMOUNT_GROUP_SPACE, COSTSHARE_AMOUNT_MARK_COMMA, 0u},
    /* The same with the unit: `1 052 280,50 kr`. */
    {"sv-kr", COSTSHARE_AMOUNT_GROUP_ANY, COSTSHARE_AMOUNT_MARK_COMMA, COSTSHARE_AMOUNT_KR,
     COSTSHARE_AMOUNT_GROUP_SPACE, COSTSHARE_AMOUNT_MARK_COMMA, COSTSHARE_AMOUNT_KR},
    /* For programs: `1052280.50`. */
    {"plain", COSTSHARE_AMOUNT_GROUP_NONE, COSTSHARE_AMOUNT_MARK_POINT, 0u,
     COSTSHARE_AMOUNT_GROUP_NONE, COSTSHARE_AMOUNT_MARK_POINT, 0u},
};

static void notation_name(int32_t i, char *out, size_t capacity) {
    strlcpy(out, notations[i].word, capacity);
}

static int32_t notation(const text *word) {
    return pgcs_lookup(word, lengthof(notations), notation_name, "notation");
}

/* costshare_amount_parse(amount text, decimals int, notation text)
 * RETURNS bigint */
Datum pgcs_amount_parse(PG_FUNCTION_ARGS) {
    const text *amount = PG_GETARG_TEXT_PP(0);
    int32_t n = notation(PG_GETARG_TEXT_PP(2));
    costshare_amount_options options = COSTSHARE_AMOUNT_OPTIONS_INIT;
    int64_t value;

    options.decimals = PG_GETARG_INT32(1);
    options.group = notations[n].parse_group;
    options.decimal_mark = notations[n].parse_mark;
    options.flags = notations[n].parse_flags;
    pgcs_check(costshare_amount_parse(VARDATA_ANY(amount), VARSIZE_ANY_EXHDR(amount), &options,
                                      &value));
    PG_RETURN_INT64(value);
}

/* costshare_amount_format(amount bigint, decimals int, notation text)
 * RETURNS text */
Datum pgcs_amount_format(PG_FUNCTION_ARGS) {
    int32_t n = notation(PG_GETARG_TEXT_PP(2));
    costshare_amount_options options = COSTSHARE_AMOUNT_OPTIONS_INIT;
    char buffer[COSTSHARE_AMOUNT_TEXT_SIZE];

    options.decimals = PG_GETARG_INT32(1);
    options.group = notations[n].format_group;
    options.decimal_mark = notations[n].format_mark;
    options.flags = notations[n].format_flags;
    pgcs_check(costshare_amount_format(PG_GETARG_INT64(0), &options, buffer, sizeof buffer));
    PG_RETURN_TEXT_P(cstring_to_text(buffer));
}
