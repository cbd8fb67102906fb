/*
 * Amounts as text (amount.h): one pass over the text, digits accumulated in
 * an unsigned 64-bit magnitude with an overflow flag, so a malformed text is
 * always EPARSE whatever its length, and EOVERFLOW is only ever the answer
 * for a well-formed one.
 */
#include "costshare/amount.h"

#include <stddef.h>
#include <string.h>

#include "arith.h"
#include "check.h"

#define SUFFIX_FLAGS (COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_PERCENT)
#define KNOWN_FLAGS (SUFFIX_FLAGS | COSTSHARE_AMOUNT_MINUS_SIGN)
/* The magnitude of INT64_MIN, the largest one a negative amount can have. */
#define MAGNITUDE_MAX ((uint64_t)INT64_MAX + 1u)

/* UTF-8 of the separators, indexed by COSTSHARE_AMOUNT_GROUP_*. */
static const char *const group_text[] = {
    [COSTSHARE_AMOUNT_GROUP_NONE] = "",
    [COSTSHARE_AMOUNT_GROUP_SPACE] = " ",
    [COSTSHARE_AMOUNT_GROUP_NBSP] = "\xC2\xA0",
    [COSTSHARE_AMOUNT_GROUP_NNBSP] = "\xE2\x80\xAF",
};
static const char minus_sign[] = "\xE2\x88\x92"; /* U+2212 */

static int check_options(const costshare_amount_options *o, int formatting) {
    int32_t group_max = formatting ? COSTSHARE_AMOUNT_GROUP_NNBSP : COSTSHARE_AMOUNT_GROUP_ANY;
    int32_t mark_max = formatting ? COSTSHARE_AMOUNT_MARK_COMMA : COSTSHARE_AMOUNT_MARK_ANY;
    uint32_t suffix = o->flags & SUFFIX_FLAGS;
    if (!cs_version_ok(o->version, COSTSHARE_AMOUNT_OPTIONS_VERSION) || o->group < 0 ||
        o->group > group_max || o->decimal_mark < 0 || o->decimal_mark > mark_max ||
        (o->flags & ~KNOWN_FLAGS) != 0u) {
        return COSTSHARE_EINVAL;
    }
    /* More than one suffix bit: suffix & (suffix - 1) keeps all but the lowest. */
    if (formatting && (suffix & (suffix - 1u)) != 0u) {
        return COSTSHARE_EINVAL;
    }
    if (o->decimals < 0 || o->decimals > COSTSHARE_AMOUNT_DECIMALS_MAX) {
        return COSTSHARE_ERANGE;
    }
    return COSTSHARE_OK;
}

int costshare_amount_options_init(costshare_amount_options *options, uint32_t version) {
    static const costshare_amount_options defaults = COSTSHARE_AMOUNT_OPTIONS_INIT;
    if (options == NULL || !cs_version_ok(version, COSTSHARE_AMOUNT_OPTIONS_VERSION)) {
        return COSTSHARE_EINVAL;
    }
    *options = defaults;
    options->version = version;
    return COSTSHARE_OK;
}

/* The text being parsed: t[0 .. n - 1], never read at or past n. */
struct scan {
    const unsigned char *t;
    size_t n;
    size_t p;
    uint64_t magnitude;
    int overflow;
};

static int at(const struct scan *s, size_t offset, const char *bytes, size_t count) {
    return s->n - s->p >= offset + count && memcmp(s->t + s->p + offset, bytes, count) == 0;
}

static int digit_at(const struct scan *s, size_t offset) {
    return s->n - s->p > offset && s->t[s->p + offset] >= '0' && s->t[s->p + offset] <= '9';
}

/* The space at p + offset: its COSTSHARE_AMOUNT_GROUP_* kind and length, or
 * length 0. */
static size_t space_at(const struct scan *s, size_t offset, int32_t *kind) {
    int32_t k;
    for (k = COSTSHARE_AMOUNT_GROUP_SPACE; k <= COSTSHARE_AMOUNT_GROUP_NNBSP; k++) {
        size_t len = strlen(group_text[k]);
        if (at(s, offset, group_text[k], len)) {
            *kind = k;
            return len;
        }
    }
    return 0;
}

/* magnitude = magnitude * 10 + d, or the overflow flag once it exceeds
 * MAGNITUDE_MAX (the value is not needed after that). */
static void push_digit(struct scan *s, unsigned d) {
    if (s->overflow || s->magnitude > (MAGNITUDE_MAX - d) / 10u) {
        s->overflow = 1;
    } else {
        s->magnitude = s->magnitude * 10u + d;
    }
}

/* Consumes a run of digits; returns how many. */
static size_t digits(struct scan *s) {
    size_t count = 0;
    while (digit_at(s, 0)) {
        push_digit(s, (unsigned)(s->t[s->p] - '0'));
        s->p++;
        count++;
    }
    return count;
}

/* The integer part with its thousands separators; 0 or EPARSE. */
static int integer_part(struct scan *s, int32_t group) {
    int32_t seen = COSTSHARE_AMOUNT_GROUP_NONE;
    size_t run = digits(s);
    if (run == 0) {
        return COSTSHARE_EPARSE;
    }
    if (group == COSTSHARE_AMOUNT_GROUP_NONE) {
        return COSTSHARE_OK;
    }
    for (;;) {
        int32_t kind = COSTSHARE_AMOUNT_GROUP_NONE;
        size_t len = space_at(s, 0, &kind);
        /* A space not followed by a digit may be the one before a suffix. */
        if (len == 0 || !digit_at(s, len)) {
            return COSTSHARE_OK;
        }
        if (run > 3 || (group != COSTSHARE_AMOUNT_GROUP_ANY && kind != group) ||
            (seen != COSTSHARE_AMOUNT_GROUP_NONE && kind != seen)) {
            return COSTSHARE_EPARSE;
        }
        seen = kind;
        s->p += len;
        run = digits(s);
        if (run != 3) {
            return COSTSHARE_EPARSE;
        }
    }
}

static int is_mark(unsigned char c, int32_t mark) {
    switch (mark) {
    case COSTSHARE_AMOUNT_MARK_POINT:
        return c == '.';
    case COSTSHARE_AMOUNT_MARK_COMMA:
        return c == ',';
    default:
        return c == '.' || c == ',';
    }
}

/* An optional suffix allowed by flags, with or without one space before it. */
static void parse_suffix(struct scan *s, uint32_t flags) {
    static const struct {
        uint32_t flag;
        const char *text;
    } suffixes[] = {{COSTSHARE_AMOUNT_TKR, "tkr"},
                    {COSTSHARE_AMOUNT_KR, "kr"},
                    {COSTSHARE_AMOUNT_PERCENT, "%"}};
    int32_t kind;
    size_t i, space = space_at(s, 0, &kind);
    for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t len = strlen(suffixes[i].text);
        if ((flags & suffixes[i].flag) != 0u && at(s, space, suffixes[i].text, len)) {
            s->p += space + len;
            return;
        }
    }
}

int costshare_amount_parse(const char *text, size_t length,
                           const costshare_amount_options *options, int64_t *amount) {
    struct scan s;
    int negative = 0, rc;
    int32_t fraction = 0;
    if (text == NULL || options == NULL || amount == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_options(options, 0);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    s.t = (const unsigned char *)text;
    s.n = length;
    s.p = 0;
    s.magnitude = 0;
    s.overflow = 0;
    if (at(&s, 0, "-", 1) || at(&s, 0, minus_sign, 3)) {
        negative = 1;
        s.p += s.t[0] == '-' ? 1u : 3u;
    }
    rc = integer_part(&s, options->group);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    if (s.p < s.n && is_mark(s.t[s.p], options->decimal_mark)) {
        size_t count;
        s.p++;
        count = digits(&s);
        if (count == 0 || count > (size_t)options->decimals) {
            return COSTSHARE_EPARSE;
        }
        fraction = (int32_t)count;
    }
    parse_suffix(&s, options->flags);
    if (s.p != s.n) {
        return COSTSHARE_EPARSE;
    }
    for (; fraction < options->decimals; fraction++) {
        push_digit(&s, 0);
    }
    if (s.overflow || (!negative && s.magnitude == MAGNITUDE_MAX)) {
        return COSTSHARE_EOVERFLOW;
    }
    /* -(magnitude - 1) - 1 reaches INT64_MIN without overflowing. */
    *amount =
        negative && s.magnitude > 0 ? -(int64_t)(s.magnitude - 1u) - 1 : (int64_t)s.magnitude;
    return COSTSHARE_OK;
}

/* Appends the bytes of a NUL-terminated string (without its NUL). */
static size_t put(char *out, size_t len, const char *bytes) {
    for (; *bytes != '\0'; bytes++) {
        out[len++] = *bytes;
    }
    return len;
}

int costshare_amount_format(int64_t amount, const costshare_amount_options *options,
                            char *buffer, size_t capacity) {
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    char digit[20]; /* the magnitude's digits, least significant first */
    uint64_t m;
    size_t count = 0, len = 0, i;
    int32_t decimals;
    const char *sep;
    int rc;
    if (options == NULL || buffer == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_options(options, 1);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    decimals = options->decimals;
    sep = group_text[options->group];
    m = cs_abs_u64(amount);
    do {
        digit[count++] = (char)('0' + (int)(m % 10u));
        m /= 10u;
    } while (m != 0u);
    /* At least one digit before the mark: 0,05 rather than ,05. */
    while (count <= (size_t)decimals) {
        digit[count++] = '0';
    }
    if (amount < 0) {
        len = put(text, len,
                  (options->flags & COSTSHARE_AMOUNT_MINUS_SIGN) != 0u ? minus_sign : "-");
    }
    for (i = count; i-- > 0;) {
        text[len++] = digit[i];
        if (i > (size_t)decimals && (i - (size_t)decimals) % 3u == 0u) {
            len = put(text, len, sep);
        } else if (i == (size_t)decimals && decimals > 0) {
            text[len++] = options->decimal_mark == COSTSHARE_AMOUNT_MARK_COMMA ? ',' : '.';
        }
    }
    if ((options->flags & SUFFIX_FLAGS) != 0u) {
        len = put(text, len, *sep != '\0' ? sep : " ");
        len = put(text, len,
                  (options->flags & COSTSHARE_AMOUNT_KR) != 0u    ? "kr"
                  : (options->flags & COSTSHARE_AMOUNT_TKR) != 0u ? "tkr"
                                                                  : "%");
    }
    if (capacity <= len) {
        return COSTSHARE_ESIZE;
    }
    memcpy(buffer, text, len);
    buffer[len] = '\0';
    return COSTSHARE_OK;
}
