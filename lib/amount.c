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

/* A short piece of text: its bytes (no NUL needed) and their number. */
struct piece {
    char text[4];
    size_t len;
};

/* UTF-8 of the separators, indexed by COSTSHARE_AMOUNT_GROUP_*. */
static const struct piece group_text[] = {
    [COSTSHARE_AMOUNT_GROUP_NONE] = {"", 0},
    [COSTSHARE_AMOUNT_GROUP_SPACE] = {" ", 1},
    [COSTSHARE_AMOUNT_GROUP_NBSP] = {"\xC2\xA0", 2},
    [COSTSHARE_AMOUNT_GROUP_NNBSP] = {"\xE2\x80\xAF", 3},
};
static const struct piece minus_sign = {"\xE2\x88\x92", 3}; /* U+2212 */
static const struct piece hyphen_minus = {"-", 1};
/* The suffixes, longest first (parsing tries tkr before kr). */
static const struct {
    uint32_t flag;
    struct piece text;
} suffixes[] = {{COSTSHARE_AMOUNT_TKR, {"tkr", 3}},
                {COSTSHARE_AMOUNT_KR, {"kr", 2}},
                {COSTSHARE_AMOUNT_PERCENT, {"%", 1}}};
#define SUFFIX_COUNT (sizeof suffixes / sizeof suffixes[0])

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

/* The text being parsed: t[0 .. n - 1], never read at or past n. Every
 * index read is p + offset, compared with n first (so that the analysis,
 * scripts/prove.sh, sees the bound): p <= n, and the text is one object, so
 * the sum (offset at most 6) never wraps. */
struct scan {
    const unsigned char *t;
    size_t n;
    size_t p;
    uint64_t magnitude;
    int overflow;
};

/* Whether the bytes of piece are at p + offset, all before n. */
static int at(const struct scan *s, size_t offset, const struct piece *piece) {
    size_t j;
    for (j = 0; j < piece->len; j++) {
        size_t i = s->p + offset + j;
        if (i >= s->n || s->t[i] != (unsigned char)piece->text[j]) {
            return 0;
        }
    }
    return 1;
}

static int digit_at(const struct scan *s, size_t offset) {
    size_t i = s->p + offset;
    return i < s->n && s->t[i] >= '0' && s->t[i] <= '9';
}

/* The space at p + offset: its COSTSHARE_AMOUNT_GROUP_* kind and length, or
 * length 0. */
static size_t space_at(const struct scan *s, size_t offset, int32_t *kind) {
    int32_t k;
    for (k = COSTSHARE_AMOUNT_GROUP_SPACE; k <= COSTSHARE_AMOUNT_GROUP_NNBSP; k++) {
        if (at(s, offset, &group_text[k])) {
            *kind = k;
            return group_text[k].len;
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
    for (;;) {
        size_t i = s->p;
        if (i >= s->n || s->t[i] < '0' || s->t[i] > '9') {
            return count;
        }
        push_digit(s, (unsigned)(s->t[i] - '0'));
        s->p = i + 1;
        count++;
    }
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
    int32_t kind;
    size_t i, space = space_at(s, 0, &kind);
    for (i = 0; i < SUFFIX_COUNT; i++) {
        if ((flags & suffixes[i].flag) != 0u && at(s, space, &suffixes[i].text)) {
            s->p += space + suffixes[i].text.len;
            return;
        }
    }
}

int costshare_amount_parse(const char *text, size_t length,
                           const costshare_amount_options *options, int64_t *amount) {
    struct scan s;
    int negative = 0, rc;
    int32_t fraction = 0;
    uint64_t v;
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
    if (at(&s, 0, &hyphen_minus)) {
        negative = 1;
        s.p = hyphen_minus.len;
    } else if (at(&s, 0, &minus_sign)) {
        negative = 1;
        s.p = minus_sign.len;
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
    /* The two's complement of the magnitude, negated for a negative
     * amount, without an implementation-defined conversion: -2^63 is
     * -(2^63 - 1) - 1. */
    v = negative ? (uint64_t)0 - s.magnitude : s.magnitude;
    *amount = v <= (uint64_t)INT64_MAX ? (int64_t)v : -(int64_t)(~v) - 1;
    return COSTSHARE_OK;
}

/* Groups of three digits of the integer part: 2^63 has 19 digits. */
#define GROUPS_MAX 7

/*
 * The text is built so that the analysis (scripts/prove.sh) bounds its
 * length: it follows each number of decimals and each number of groups
 * apart (the more decimals, the fewer digits before the mark; with seven
 * groups the leading one is a single digit), and unrolls every loop.
 */
int costshare_amount_format(int64_t amount, const costshare_amount_options *options,
                            char *buffer, size_t capacity) {
    char text[COSTSHARE_AMOUNT_TEXT_SIZE];
    char fraction[COSTSHARE_AMOUNT_DECIMALS_MAX];
    /* Least significant first; all set, so that the analysis sees that
     * every group read is written. */
    unsigned group[GROUPS_MAX] = {0};
    uint64_t m;
    size_t groups = 0, len = 0, g, k, b;
    int32_t decimals;
    unsigned lead;
    const struct piece *sep, *piece;
    int rc;
    if (options == NULL || buffer == NULL) {
        return COSTSHARE_EINVAL;
    }
    rc = check_options(options, 1);
    if (rc != COSTSHARE_OK) {
        return rc;
    }
    decimals = options->decimals;
    /*@ split decimals; */
    sep = &group_text[options->group];
    m = cs_abs_u64(amount);
    /* The decimals' digits, then the integer part's groups (at least one:
     * 0,05 rather than ,05). */
    /*@ loop unroll COSTSHARE_AMOUNT_DECIMALS_MAX; */
    for (k = (size_t)decimals; k-- > 0;) {
        fraction[k] = (char)('0' + (int)(m % 10u));
        m /= 10u;
    }
    /*@ loop unroll GROUPS_MAX; */
    do {
        group[groups++] = (unsigned)(m % 1000u);
        m /= 1000u;
    } while (m != 0u);
    /*@ split groups; */
    if (amount < 0) {
        piece =
            (options->flags & COSTSHARE_AMOUNT_MINUS_SIGN) != 0u ? &minus_sign : &hyphen_minus;
        /*@ loop unroll 3; */
        for (b = 0; b < piece->len; b++) {
            text[len++] = piece->text[b];
        }
    }
    /* The leading group without leading zeros, then each other group after
     * the separator. */
    lead = group[groups - 1];
    if (lead >= 100u) {
        text[len++] = (char)('0' + (int)(lead / 100u));
    }
    if (lead >= 10u) {
        text[len++] = (char)('0' + (int)(lead / 10u % 10u));
    }
    text[len++] = (char)('0' + (int)(lead % 10u));
    /*@ loop unroll GROUPS_MAX; */
    for (g = groups - 1; g-- > 0;) {
        /*@ loop unroll 3; */
        for (b = 0; b < sep->len; b++) {
            text[len++] = sep->text[b];
        }
        text[len++] = (char)('0' + (int)(group[g] / 100u));
        text[len++] = (char)('0' + (int)(group[g] / 10u % 10u));
        text[len++] = (char)('0' + (int)(group[g] % 10u));
    }
    if (decimals > 0) {
        text[len++] = options->decimal_mark == COSTSHARE_AMOUNT_MARK_COMMA ? ',' : '.';
        /*@ loop unroll COSTSHARE_AMOUNT_DECIMALS_MAX; */
        for (k = 0; k < (size_t)decimals; k++) {
            text[len++] = fraction[k];
        }
    }
    if ((options->flags & SUFFIX_FLAGS) != 0u) {
        /* After the separator, or a space without one. */
        piece = sep->len != 0u ? sep : &group_text[COSTSHARE_AMOUNT_GROUP_SPACE];
        /*@ loop unroll 3; */
        for (b = 0; b < piece->len; b++) {
            text[len++] = piece->text[b];
        }
        /* The one suffix flag set: suffixes[] lists tkr, kr, %. */
        piece = (options->flags & COSTSHARE_AMOUNT_KR) != 0u    ? &suffixes[1].text
                : (options->flags & COSTSHARE_AMOUNT_TKR) != 0u ? &suffixes[0].text
                                                                : &suffixes[2].text;
        /*@ loop unroll 3; */
        for (b = 0; b < piece->len; b++) {
            text[len++] = piece->text[b];
        }
    }
    if (capacity <= len) {
        return COSTSHARE_ESIZE;
    }
    memcpy(buffer, text, len);
    buffer[len] = '\0';
    return COSTSHARE_OK;
}
