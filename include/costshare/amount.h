/**
 * @file costshare/amount.h
 * @brief Amounts as text: parse and format `1 052 280,50 kr` and `1052280.50`
 *        exactly.
 *
 * An amount is an integer in units of 10^-decimals: at two decimals the
 * text `1 052 280,50 kr` is the integer 105228050 (öre) and back. The
 * notation is chosen by a struct costshare_amount_options: the thousands
 * separator (none, space, no-break space U+00A0, narrow no-break space
 * U+202F), the decimal mark (point or comma), a `kr`, `tkr` or `%` suffix
 * and the minus sign (hyphen-minus or U+2212 MINUS SIGN). Swedish notation
 * as Excel and LibreOffice write it and plain notation for programs are two
 * settings of the same options.
 *
 * Both functions are exact and strict: no floating point, no locale, no
 * allocation, no rounding. Text with more decimals than the options ask for
 * is refused (#COSTSHARE_EPARSE), never rounded; a value beyond int64_t is
 * refused (#COSTSHARE_EOVERFLOW), never clamped. Every int64_t value
 * formats to text that parses back to the same value with the same options.
 *
 * @code
 * costshare_amount_options sv = COSTSHARE_AMOUNT_OPTIONS_INIT;
 * char text[COSTSHARE_AMOUNT_TEXT_SIZE];
 * int64_t ore;
 * sv.decimals = 2;
 * sv.group = COSTSHARE_AMOUNT_GROUP_SPACE;
 * sv.decimal_mark = COSTSHARE_AMOUNT_MARK_COMMA;
 * sv.flags = COSTSHARE_AMOUNT_KR;
 * costshare_amount_format(105228050, &sv, text, sizeof text); // "1 052 280,50 kr"
 * costshare_amount_parse(text, strlen(text), &sv, &ore);      // 105228050
 * @endcode
 */
#ifndef COSTSHARE_AMOUNT_H
#define COSTSHARE_AMOUNT_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"

/** @name Thousands separators
 *  Values of costshare_amount_options::group.
 *  @{ */
/** No thousands separator: `1052280`. The default. */
#define COSTSHARE_AMOUNT_GROUP_NONE 0
/** A space (U+0020) every three digits: `1 052 280`. */
#define COSTSHARE_AMOUNT_GROUP_SPACE 1
/** A no-break space (U+00A0, UTF-8 C2 A0) every three digits, as Swedish
 *  Excel and LibreOffice write numbers. */
#define COSTSHARE_AMOUNT_GROUP_NBSP 2
/** A narrow no-break space (U+202F, UTF-8 E2 80 AF) every three digits, the
 *  typographer's thousands separator. */
#define COSTSHARE_AMOUNT_GROUP_NNBSP 3
/** Parsing only: any one of the three spaces above (the same one throughout
 *  a number). costshare_amount_format() refuses it. */
#define COSTSHARE_AMOUNT_GROUP_ANY 4
/** @} */

/** @name Decimal marks
 *  Values of costshare_amount_options::decimal_mark.
 *  @{ */
/** A full stop: `1052280.50`. The default. */
#define COSTSHARE_AMOUNT_MARK_POINT 0
/** A comma, as in Swedish: `1052280,50`. */
#define COSTSHARE_AMOUNT_MARK_COMMA 1
/** Parsing only: a point or a comma (the thousands separators are spaces, so
 *  either mark is unambiguous). costshare_amount_format() refuses it. */
#define COSTSHARE_AMOUNT_MARK_ANY 2
/** @} */

/** @name Notation flags
 *  Bits of costshare_amount_options::flags. A suffix flag makes
 *  costshare_amount_format() write the suffix after a space (the thousands
 *  separator, or U+0020 without one), and lets costshare_amount_parse()
 *  accept it, with or without one space (any of the three) before it. At
 *  most one suffix flag may be set for formatting; any of them for parsing.
 *  @{ */
/** Suffix `kr` (kronor): `1 052 280,50 kr`. */
#define COSTSHARE_AMOUNT_KR 0x1u
/** Suffix `tkr` (thousands of kronor): `376 tkr`. The value is the number as
 *  written (376); the unit is the caller's to know. */
#define COSTSHARE_AMOUNT_TKR 0x2u
/** Suffix `%`: `1,21 %`. The value is the number as written. */
#define COSTSHARE_AMOUNT_PERCENT 0x4u
/** Format a negative amount with U+2212 MINUS SIGN (UTF-8 E2 88 92) instead
 *  of the hyphen-minus `-`. Parsing always accepts both signs. */
#define COSTSHARE_AMOUNT_MINUS_SIGN 0x8u
/** @} */

/** Largest costshare_amount_options::decimals: 10^18 still fits in int64_t. */
#define COSTSHARE_AMOUNT_DECIMALS_MAX 18

/**
 * Capacity, including the terminating NUL, that holds every text
 * costshare_amount_format() writes: a three-byte minus, 19 digits, six
 * three-byte separators, a three-byte space before `tkr` and the suffix
 * (INT64_MIN at no decimals with narrow no-break spaces and `tkr`).
 */
#define COSTSHARE_AMOUNT_TEXT_SIZE 47

/** The current version of struct costshare_amount_options. */
#define COSTSHARE_AMOUNT_OPTIONS_VERSION 1

/**
 * @brief The notation of an amount, for costshare_amount_parse() and
 *        costshare_amount_format().
 *
 * Initialise with #COSTSHARE_AMOUNT_OPTIONS_INIT or
 * costshare_amount_options_init() before setting members, so that a program
 * built against this header keeps working when members are added.
 */
typedef struct costshare_amount_options {
    /** #COSTSHARE_AMOUNT_OPTIONS_VERSION, or an earlier version the caller
     *  was built with; anything else is refused with #COSTSHARE_EINVAL. */
    uint32_t version;
    /** Digits after the decimal mark, #COSTSHARE_AMOUNT_DECIMALS_MAX at most
     *  (default 0: whole units). The amount is an integer in units of
     *  10^-decimals. Formatting always writes exactly this many; parsing
     *  accepts up to this many (fewer are filled with zeros: `12,5` at two
     *  decimals is 1250) and refuses more. */
    int32_t decimals;
    /** A COSTSHARE_AMOUNT_GROUP_* constant (default
     *  #COSTSHARE_AMOUNT_GROUP_NONE). With a separator, parsing accepts a
     *  number either without separators or with one every three digits of
     *  the integer part, counted from the decimal mark (`1 052 280` and
     *  `1052280`, never `10 52 280`). */
    int32_t group;
    /** A COSTSHARE_AMOUNT_MARK_* constant (default
     *  #COSTSHARE_AMOUNT_MARK_POINT). */
    int32_t decimal_mark;
    /** Any COSTSHARE_AMOUNT_KR, _TKR, _PERCENT and _MINUS_SIGN bits
     *  (default 0: no suffix, hyphen-minus). */
    uint32_t flags;
} costshare_amount_options;

/**
 * Initialiser for a struct costshare_amount_options with the defaults:
 * plain notation, whole units (`-1052280`).
 * @code
 * costshare_amount_options opts = COSTSHARE_AMOUNT_OPTIONS_INIT;
 * opts.decimals = 2;
 * @endcode
 */
#define COSTSHARE_AMOUNT_OPTIONS_INIT                                                          \
    {                                                                                          \
        COSTSHARE_AMOUNT_OPTIONS_VERSION, 0, COSTSHARE_AMOUNT_GROUP_NONE,                      \
            COSTSHARE_AMOUNT_MARK_POINT, 0u                                                    \
    }

COSTSHARE_BEGIN_DECLS

/**
 * @brief Fill @p options with the defaults of struct version @p version.
 *
 * The function form of #COSTSHARE_AMOUNT_OPTIONS_INIT, for callers through
 * FFI.
 * @param options The struct to fill; written only on success.
 * @param version A version from 1 to #COSTSHARE_AMOUNT_OPTIONS_VERSION.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p options is NULL or @p version is unknown.
 */
COSTSHARE_API int costshare_amount_options_init(costshare_amount_options *options,
                                                uint32_t version);

/**
 * @brief Parse an amount written in the notation of @p options.
 *
 * The text is, with nothing before or after it:
 *
 * - an optional minus sign: `-` or U+2212 (a plus sign is refused);
 * - one or more ASCII digits, with thousands separators as described at
 *   costshare_amount_options::group;
 * - if costshare_amount_options::decimals is above zero, optionally the
 *   decimal mark and one to `decimals` digits;
 * - if a suffix flag is set, optionally that suffix, directly or after one
 *   space (U+0020, U+00A0 or U+202F).
 *
 * `-0` is 0. Leading zeros are allowed (`007` is 7). No space is skipped
 * around the text. The text need not be NUL-terminated and no byte at or
 * past @p length is read; a NUL byte within @p length is malformed text.
 *
 * @param text    The text; must not be NULL.
 * @param length  Number of bytes of @p text to parse.
 * @param options The notation; must not be NULL.
 * @param amount  Receives the amount in units of 10^-decimals (105228050
 *                for `1 052 280,50 kr` at two decimals). Must not be NULL;
 *                written only on success.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p text, @p options or @p amount is NULL, the
 *         options' version is unknown, or its group, decimal mark or flags
 *         are not one of the constants above;
 *         #COSTSHARE_ERANGE if costshare_amount_options::decimals is below 0
 *         or above #COSTSHARE_AMOUNT_DECIMALS_MAX;
 *         #COSTSHARE_EPARSE if the text is not an amount in this notation,
 *         including more decimals than asked for (`12,345` at two
 *         decimals) and a decimal mark without digits after it;
 *         #COSTSHARE_EOVERFLOW if the text is well formed but the amount is
 *         outside int64_t.
 *         The checks run in this order.
 */
COSTSHARE_API int costshare_amount_parse(const char *text, size_t length,
                                         const costshare_amount_options *options,
                                         int64_t *amount);

/**
 * @brief Write @p amount in the notation of @p options, and a NUL.
 *
 * The text is: for a negative amount the minus sign (`-`, or U+2212 with
 * #COSTSHARE_AMOUNT_MINUS_SIGN); the integer part with the thousands
 * separator every three digits (at least one digit, `0` below one unit);
 * with decimals, the decimal mark and exactly `decimals` digits; then the
 * suffix, if one is asked for, after the thousands separator (U+0020 without
 * one). Zero never has a sign. INT64_MIN is written exactly.
 *
 * @param amount   Any int64_t value, in units of 10^-decimals.
 * @param options  The notation; must not be NULL. Its group and decimal mark
 *                 must not be the parse-only `_ANY` values, and at most one
 *                 suffix flag may be set.
 * @param buffer   Receives the text and a NUL. Must not be NULL.
 * @param capacity Size of @p buffer in bytes; #COSTSHARE_AMOUNT_TEXT_SIZE is
 *                 always enough.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p options or @p buffer is NULL, the options'
 *         version is unknown, its group, decimal mark or flags are not one
 *         of the constants above, group or mark is an `_ANY` value, or more
 *         than one suffix flag is set;
 *         #COSTSHARE_ERANGE if costshare_amount_options::decimals is below 0
 *         or above #COSTSHARE_AMOUNT_DECIMALS_MAX;
 *         #COSTSHARE_ESIZE if the text and its NUL do not fit in
 *         @p capacity bytes.
 *         The checks run in this order; on any error no byte of @p buffer
 *         is written.
 */
COSTSHARE_API int costshare_amount_format(int64_t amount,
                                          const costshare_amount_options *options, char *buffer,
                                          size_t capacity);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_AMOUNT_H */
