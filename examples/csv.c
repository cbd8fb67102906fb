/*
 * csv.c: the CSV reader of the example programs (csv.h).
 *
 * The file is read whole, checked byte by byte (NUL, line length, encoding),
 * converted to UTF-8 if it is Windows-1252, and then cut into records in
 * place: unquoting only ever shortens a field, so every field is rewritten
 * inside the text it came from and stays valid until csv_close().
 */
#include "csv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

/* Windows-1252 0x80..0x9F as Unicode; 0 marks the five bytes it leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). 0xA0..0xFF are U+00A0..U+00FF. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int csv_fail(csv_reader *r, long line, const char *fmt, ...) {
    va_list ap;
    char *p;
    int n;
    if (line > 0) {
        n = snprintf(r->error, sizeof r->error, "%s:%ld: ", r->label, line);
    } else {
        n = snprintf(r->error, sizeof r->error, "%s: ", r->label);
    }
    if (n < 0 || (size_t)n >= sizeof r->error) {
        return -1;
    }
    va_start(ap, fmt);
    /* ap is initialised on the line above; clang-analyzer 14 loses that
     * after the branches (false positive). */
    /* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
    vsnprintf(r->error + n, sizeof r->error - (size_t)n, fmt, ap);
    va_end(ap);
    /* One line, whatever a quoted field holds: control characters (a line
     * break inside quotes) become spaces. */
    for (p = r->error; *p != '\0'; p++) {
        if ((unsigned char)*p < 0x20u || *p == 0x7F) {
            *p = ' ';
        }
    }
    return -1;
}

/* The line (1 + the line ends before it) and the column (1-based, in bytes)
 * of byte offset `at` of raw text s. */
static long line_of(const unsigned char *s, size_t at, size_t *column) {
    long line = 1;
    size_t i, start = 0;
    for (i = 0; i < at; i++) {
        if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n')) {
            line++;
            start = i + 1;
        }
    }
    *column = at - start + 1;
    return line;
}

/* Length of the valid UTF-8 sequence at s[0..n-1] (1 to 4), or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
    size_t len, i;
    unsigned long cp;
    if (s[0] < 0x80u) {
        return 1;
    }
    if (s[0] >= 0xC2u && s[0] <= 0xDFu) {
        len = 2;
        cp = s[0] & 0x1Fu;
    } else if (s[0] >= 0xE0u && s[0] <= 0xEFu) {
        len = 3;
        cp = s[0] & 0x0Fu;
    } else if (s[0] >= 0xF0u && s[0] <= 0xF4u) {
        len = 4;
        cp = s[0] & 0x07u;
    } else {
        return 0;
    }
    if (n < len) {
        return 0;
    }
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0u) != 0x80u) {
            return 0;
        }
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    /* Overlong forms, UTF-16 surrogates and code points past U+10FFFF. */
    if ((len == 3 && cp < 0x800u) || (len == 4 && (cp < 0x10000u || cp > 0x10FFFFu)) ||
        (cp >= 0xD800u && cp <= 0xDFFFu)) {
        return 0;
    }
    return len;
}

/* Checks the raw bytes: UTF-16, NUL, line length; notes the line ends. */
static int check_bytes(csv_reader *r, const unsigned char *s, size_t n) {
    size_t i, line_len = 0;
    long line = 1;
    int crlf = 0, lf = 0, cr = 0;
    if (n >= 2 && ((s[0] == 0xFFu && s[1] == 0xFEu) || (s[0] == 0xFEu && s[1] == 0xFFu))) {
        return csv_fail(r, 1, "UTF-16 text is not read; save the file as \"CSV UTF-8\"");
    }
    for (i = 0; i < n; i++) {
        if (s[i] == '\0') {
            return csv_fail(r, line, "NUL byte at byte %lu of the line (not a text file)",
                            (unsigned long)(line_len + 1));
        }
        if (s[i] == '\r' || s[i] == '\n') {
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') {
                crlf = 1;
                i++;
            } else if (s[i] == '\r') {
                cr = 1;
            } else {
                lf = 1;
            }
            line++;
            line_len = 0;
        } else if (++line_len > CSV_LINE_MAX) {
            return csv_fail(r, line, "line longer than %d bytes", CSV_LINE_MAX);
        }
    }
    r->line_ends = crlf + lf + cr > 1 ? "mixed"
                   : crlf             ? "CRLF"
                   : lf               ? "LF"
                   : cr               ? "CR"
                                      : "none";
    return 0;
}

static size_t put_utf8(char *out, unsigned long cp) {
    if (cp < 0x80u) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800u) {
        out[0] = (char)(0xC0u | cp >> 6);
        out[1] = (char)(0x80u | (cp & 0x3Fu));
        return 2;
    }
    out[0] = (char)(0xE0u | cp >> 12);
    out[1] = (char)(0x80u | (cp >> 6 & 0x3Fu));
    out[2] = (char)(0x80u | (cp & 0x3Fu));
    return 3;
}

/* Decides the encoding and leaves r->text as UTF-8 (s is NUL-terminated at
 * n, so the line counting may look one byte ahead). */
static int decode(csv_reader *r, const unsigned char *s, size_t n, int asked) {
    size_t i, first_bad, column;
    int multibyte = 0, encoding = asked;
    long line;
    if (n >= 3 && s[0] == 0xEFu && s[1] == 0xBBu && s[2] == 0xBFu) {
        if (asked == CSV_ENCODING_CP1252) {
            return csv_fail(r, 1,
                            "the file starts with a UTF-8 byte order mark, but "
                            "Windows-1252 was asked for");
        }
        r->bom = 1;
        encoding = CSV_ENCODING_UTF8;
        s += 3;
        n -= 3;
    }
    first_bad = n; /* none yet */
    for (i = 0; i < n;) {
        size_t len = utf8_sequence(s + i, n - i);
        if (len == 0) {
            if (first_bad == n) {
                first_bad = i;
            }
            i++;
        } else {
            multibyte |= len > 1;
            i += len;
        }
    }
    /* Windows-1252 text has high bytes that are no UTF-8, and (in real
     * files) never a pair that happens to be one. */
    if (encoding == CSV_ENCODING_AUTO) {
        encoding = first_bad == n || multibyte ? CSV_ENCODING_UTF8 : CSV_ENCODING_CP1252;
    }
    r->encoding = encoding;
    if (encoding == CSV_ENCODING_UTF8) {
        if (first_bad < n) {
            line = line_of(s, first_bad, &column);
            return csv_fail(
                r, line, "invalid UTF-8 byte sequence (byte 0x%02X at byte %lu of the line)%s",
                s[first_bad], (unsigned long)column,
                asked == CSV_ENCODING_AUTO && !r->bom
                    ? "; the file mixes UTF-8 with another encoding"
                    : "");
        }
        memcpy(r->text, s, n);
        r->len = n;
    } else {
        size_t out = 0;
        for (i = 0; i < n; i++) {
            unsigned long cp = s[i];
            if (cp >= 0x80u && cp < 0xA0u && cp1252_high[cp - 0x80u] == 0) {
                line = line_of(s, i, &column);
                return csv_fail(r, line, "byte 0x%02X at byte %lu of the line is %s", s[i],
                                (unsigned long)column,
                                asked == CSV_ENCODING_AUTO
                                    ? "neither UTF-8 nor Windows-1252 (invalid byte sequence)"
                                    : "not a character in Windows-1252");
            }
            if (cp >= 0x80u && cp < 0xA0u) {
                cp = cp1252_high[cp - 0x80u];
            }
            out += put_utf8(r->text + out, cp);
        }
        r->len = out;
    }
    r->text[r->len] = '\0';
    return 0;
}

static int is_line_end(char c) {
    return c == '\n' || c == '\r';
}

/* Consumes the line end at r->pos, which was `c` (the byte itself may
 * have been overwritten by the NUL ending the field before it). */
static void skip_line_end(csv_reader *r, char c) {
    if (c == '\r' || c == '\n') {
        r->pos++;
        if (c == '\r' && r->text[r->pos] == '\n') {
            r->pos++;
        }
        r->next_line++;
    }
}

static void skip_to_next_line(csv_reader *r) {
    while (r->pos < r->len && !is_line_end(r->text[r->pos])) {
        r->pos++;
    }
    skip_line_end(r, r->text[r->pos]);
}

static int is_blank(const csv_reader *r, char c) {
    return c == ' ' || (c == '\t' && r->separator != '\t');
}

/* The first content line decides the separator: the most frequent of ';',
 * '\t' and ',' outside quotes (a tie to the earlier of them). An Excel
 * "sep=X" first line names it and is skipped. */
static void detect_separator(csv_reader *r, int given) {
    static const char candidates[3] = {';', '\t', ','};
    size_t p = 0, counts[3] = {0, 0, 0}, i, best = 0;
    int quoted = 0;
    const char *t = r->text;
    if (r->len >= 5 && memcmp(t, "sep=", 4) == 0 &&
        (t[4] == ';' || t[4] == ',' || t[4] == '\t') && (r->len == 5 || is_line_end(t[5]))) {
        r->separator = given != 0 ? given : t[4];
        skip_to_next_line(r);
        return;
    }
    if (given != 0) {
        r->separator = given;
        return;
    }
    /* Skip empty lines and comments (a '#' line may hold any character). */
    for (;;) {
        while (t[p] == ' ' || t[p] == '\t') {
            p++;
        }
        if (is_line_end(t[p]) || (r->comments && t[p] == '#')) {
            while (t[p] != '\0' && !is_line_end(t[p])) {
                p++;
            }
            while (is_line_end(t[p])) {
                p++;
            }
            continue;
        }
        break;
    }
    for (; t[p] != '\0' && (quoted || !is_line_end(t[p])); p++) {
        if (t[p] == '"') {
            quoted = !quoted;
        }
        for (i = 0; i < 3 && !quoted; i++) {
            counts[i] += t[p] == candidates[i];
        }
    }
    for (i = 1; i < 3; i++) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    r->separator = counts[best] > 0 ? candidates[best] : ',';
}

static int setup(csv_reader *r, const char *label, const csv_options *opts) {
    csv_options defaults = CSV_OPTIONS_INIT;
    memset(r, 0, sizeof *r);
    r->label = label;
    r->line_ends = "none";
    r->encoding = CSV_ENCODING_UTF8;
    r->separator = ',';
    if (opts == NULL) {
        opts = &defaults;
    }
    r->comments = opts->comments;
    if (opts->encoding < CSV_ENCODING_AUTO || opts->encoding > CSV_ENCODING_CP1252 ||
        (opts->separator != 0 && opts->separator != ';' && opts->separator != ',' &&
         opts->separator != '\t')) {
        return csv_fail(r, 0, "bad reader options");
    }
    return 0;
}

/* Takes over raw (size bytes, with one more for a NUL). */
static int start(csv_reader *r, unsigned char *raw, size_t size, const csv_options *opts) {
    int rc;
    raw[size] = '\0';
    rc = check_bytes(r, raw, size);
    /* Windows-1252 needs at most three bytes of UTF-8 for each byte. */
    if (rc == 0) {
        r->text = malloc(size * 3 + 1);
        if (r->text == NULL) {
            rc = csv_fail(r, 0, "out of memory");
        }
    }
    if (rc == 0) {
        rc = decode(r, raw, size, opts != NULL ? opts->encoding : CSV_ENCODING_AUTO);
    }
    free(raw);
    if (rc != 0) {
        return rc;
    }
    r->next_line = 1;
    detect_separator(r, opts != NULL ? opts->separator : 0);
    return 0;
}

int csv_open_memory(csv_reader *r, const char *label, const char *data, size_t size,
                    const csv_options *opts) {
    unsigned char *raw;
    if (setup(r, label, opts) != 0) {
        return -1;
    }
    if (size > (size_t)CSV_FILE_MAX) {
        return csv_fail(r, 0, "larger than %ld bytes", CSV_FILE_MAX);
    }
    raw = malloc(size + 1);
    if (raw == NULL) {
        return csv_fail(r, 0, "out of memory");
    }
    if (size > 0) {
        memcpy(raw, data, size);
    }
    return start(r, raw, size, opts);
}

int csv_open(csv_reader *r, const char *path, const csv_options *opts) {
    FILE *f;
    unsigned char *raw = NULL;
    size_t len = 0, cap = 0;
    if (setup(r, path, opts) != 0) {
        return -1;
    }
    f = fopen(path, "rb");
    if (f == NULL) {
        return csv_fail(r, 0, "cannot read: %s", strerror(errno));
    }
    for (;;) {
        size_t got;
        if (cap - len < 4096) {
            unsigned char *grown;
            if (cap > (size_t)CSV_FILE_MAX) {
                free(raw);
                fclose(f);
                return csv_fail(r, 0, "larger than %ld bytes", CSV_FILE_MAX);
            }
            grown = realloc(raw, cap + 65536);
            if (grown == NULL) {
                free(raw);
                fclose(f);
                return csv_fail(r, 0, "out of memory");
            }
            raw = grown;
            cap += 65536;
        }
        got = fread(raw + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f)) {
        int err = errno != 0 ? errno : EIO;
        free(raw);
        fclose(f);
        return csv_fail(r, 0, "cannot read: %s", strerror(err));
    }
    fclose(f);
    if (len > (size_t)CSV_FILE_MAX) {
        free(raw);
        return csv_fail(r, 0, "larger than %ld bytes", CSV_FILE_MAX);
    }
    return start(r, raw, len, opts);
}

static int add_field(csv_reader *r, char *field) {
    if (r->count == r->capacity) {
        size_t cap = r->capacity == 0 ? 16 : r->capacity * 2;
        char **grown;
        if (r->capacity >= CSV_FIELDS_MAX) {
            return csv_fail(r, r->line, "more than %d fields", CSV_FIELDS_MAX);
        }
        grown = realloc(r->fields, cap * sizeof *grown);
        if (grown == NULL) {
            return csv_fail(r, r->line, "out of memory");
        }
        r->fields = grown;
        r->capacity = cap;
    }
    r->fields[r->count++] = field;
    return 0;
}

/* One field from r->pos, rewritten from *w on; leaves r->pos at the
 * separator, the line end or the end of the text, and that byte in *stop
 * (the field's NUL may overwrite it). *quoted tells whether it had quotes. */
static int read_field(csv_reader *r, char **w, int *quoted, char *stop) {
    char *t = r->text, *start = *w, *out = *w;
    size_t p = r->pos;
    while (is_blank(r, t[p])) {
        p++;
    }
    *quoted = t[p] == '"';
    if (*quoted) {
        long opened = r->next_line;
        p++;
        for (;;) {
            if (t[p] == '\0') {
                return csv_fail(r, opened,
                                "a quoted field is not closed (the quote opens on "
                                "this line)");
            }
            if (t[p] == '"') {
                if (t[p + 1] != '"') {
                    p++;
                    break;
                }
                p++;
            } else if (t[p] == '\r' || t[p] == '\n') {
                /* A line break inside quotes is part of the field. */
                if (t[p] == '\r' && t[p + 1] == '\n') {
                    *out++ = t[p++];
                }
                r->next_line++;
            }
            *out++ = t[p++];
        }
        while (is_blank(r, t[p])) {
            p++;
        }
        if (t[p] != '\0' && t[p] != r->separator && !is_line_end(t[p])) {
            return csv_fail(r, r->next_line, "text after the closing quote of field %lu",
                            (unsigned long)r->count + 1);
        }
    } else {
        char *end;
        while (t[p] != '\0' && t[p] != r->separator && !is_line_end(t[p])) {
            *out++ = t[p++];
        }
        end = out;
        while (end > start && is_blank(r, end[-1])) {
            end--;
        }
        out = end;
    }
    /* The NUL takes the place of the separator or the line end, or of
     * bytes already read: out never passes p. */
    *stop = t[p];
    *out++ = '\0';
    *w = out;
    r->pos = p;
    return 0;
}

int csv_next(csv_reader *r) {
    for (;;) {
        char *w;
        int any = 0;
        r->count = 0;
        if (r->text == NULL || r->pos >= r->len) {
            return 0;
        }
        r->line = r->next_line;
        if (r->comments) {
            size_t p = r->pos;
            while (r->text[p] == ' ' || r->text[p] == '\t') {
                p++;
            }
            if (r->text[p] == '#') {
                skip_to_next_line(r);
                continue;
            }
        }
        w = r->text + r->pos;
        for (;;) {
            int quoted;
            char stop = '\0', *field = w;
            if (read_field(r, &w, &quoted, &stop) != 0 || add_field(r, field) != 0) {
                return -1;
            }
            any |= quoted || *field != '\0';
            if (stop != r->separator) {
                skip_line_end(r, stop);
                break;
            }
            r->pos++;
        }
        if (any) {
            return 1;
        }
    }
}

static int equals_ascii_ci(const char *a, const char *b) {
    for (; *a != '\0' && *b != '\0'; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y) {
            return 0;
        }
    }
    return *a == *b;
}

int csv_set_header(csv_reader *r) {
    size_t i, j;
    char **copy;
    for (i = 0; i < r->count; i++) {
        for (j = i + 1; j < r->count && r->fields[i][0] != '\0'; j++) {
            if (equals_ascii_ci(r->fields[i], r->fields[j])) {
                return csv_fail(r, r->line, "duplicated column \"%s\" (columns %lu and %lu)",
                                r->fields[j], (unsigned long)i + 1, (unsigned long)j + 1);
            }
        }
    }
    copy = malloc((r->count > 0 ? r->count : 1) * sizeof *copy);
    if (copy == NULL) {
        return csv_fail(r, r->line, "out of memory");
    }
    if (r->count > 0) {
        memcpy(copy, r->fields, r->count * sizeof *copy);
    }
    free(r->header);
    r->header = copy;
    r->header_count = r->count;
    return 0;
}

int csv_column(const csv_reader *r, const char *name) {
    size_t i;
    for (i = 0; i < r->header_count; i++) {
        if (equals_ascii_ci(r->header[i], name)) {
            return (int)i;
        }
    }
    return -1;
}

int csv_number(csv_reader *r, const char *text, int32_t decimals, const char *what,
               int64_t *out) {
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    int64_t v;
    int rc;
    o.decimals = decimals;
    o.group = COSTSHARE_AMOUNT_GROUP_ANY;
    o.decimal_mark = COSTSHARE_AMOUNT_MARK_ANY;
    o.flags = COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR | COSTSHARE_AMOUNT_PERCENT;
    rc = costshare_amount_parse(text, strlen(text), &o, &v);
    if (rc == COSTSHARE_OK) {
        *out = v;
        return 0;
    }
    if (*text == '\0') {
        return csv_fail(r, r->line, "%s is empty", what);
    }
    if (rc == COSTSHARE_EOVERFLOW) {
        return csv_fail(r, r->line, "%s \"%s\" does not fit in 64 bits", what, text);
    }
    /* Would it be a number with more decimals? Then say so. */
    o.decimals = COSTSHARE_AMOUNT_DECIMALS_MAX;
    rc = costshare_amount_parse(text, strlen(text), &o, &v);
    if (rc == COSTSHARE_OK || rc == COSTSHARE_EOVERFLOW) {
        if (decimals == 0) {
            return csv_fail(r, r->line, "%s \"%s\" is not a whole number", what, text);
        }
        return csv_fail(r, r->line, "%s \"%s\" has more than %d decimals", what, text,
                        (int)decimals);
    }
    return csv_fail(r, r->line, "%s \"%s\" is not a number", what, text);
}

void csv_close(csv_reader *r) {
    free(r->text);
    free(r->fields);
    free(r->header);
    r->text = NULL;
    r->fields = NULL;
    r->header = NULL;
    r->count = r->capacity = r->header_count = 0;
    r->len = r->pos = 0;
}

int csv_separator_arg(const char *text) {
    if (strcmp(text, "auto") == 0) {
        return 0;
    }
    if (strcmp(text, ";") == 0 || strcmp(text, ",") == 0) {
        return text[0];
    }
    if (strcmp(text, "tab") == 0 || strcmp(text, "\t") == 0) {
        return '\t';
    }
    return -1;
}

int csv_encoding_arg(const char *text) {
    if (strcmp(text, "auto") == 0) {
        return CSV_ENCODING_AUTO;
    }
    if (strcmp(text, "utf-8") == 0 || strcmp(text, "utf8") == 0 || strcmp(text, "UTF-8") == 0) {
        return CSV_ENCODING_UTF8;
    }
    if (strcmp(text, "windows-1252") == 0 || strcmp(text, "cp1252") == 0 ||
        strcmp(text, "Windows-1252") == 0) {
        return CSV_ENCODING_CP1252;
    }
    return -1;
}

const char *csv_encoding_name(int encoding) {
    return encoding == CSV_ENCODING_CP1252 ? "Windows-1252" : "UTF-8";
}
