/*
 * costshare-invoice: the CSV reader (invoice_csv.h has the format).
 */
#include "invoice_csv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static int
csv_error(char *msg, size_t msg_size, const char *name, long line, const char *fmt, ...) {
    va_list ap;
    int n = line > 0 ? snprintf(msg, msg_size, "%s:%ld: ", name, line)
                     : snprintf(msg, msg_size, "%s: ", name);
    if (n >= 0 && (size_t)n < msg_size) {
        va_start(ap, fmt);
        /* ap is initialised on the line above (clang-analyzer 14 loses it). */
        /* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
        vsnprintf(msg + n, msg_size - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int is_space(char c) {
    return c == ' ' || c == '\t';
}

/* Splits the line (NUL-terminated, in place) into fields; *count receives
 * their number. Returns 0, or -1 for an unclosed or misplaced quote.
 * fields may be NULL to count only: then nothing is written. */
static int split_line(char *line, char **fields, size_t *count) {
    char *p = line;
    size_t n = 0;
    for (;;) {
        char *start, *out;
        while (is_space(*p)) {
            p++;
        }
        start = out = p;
        if (*p == '"') {
            p++;
            for (;;) {
                if (*p == '\0') {
                    return -1; /* unclosed */
                }
                if (*p == '"' && p[1] == '"') {
                    if (fields != NULL) {
                        *out = '"';
                    }
                    out++;
                    p += 2;
                } else if (*p == '"') {
                    p++;
                    break;
                } else {
                    if (fields != NULL) {
                        *out = *p;
                    }
                    out++;
                    p++;
                }
            }
            while (is_space(*p)) {
                p++;
            }
            if (*p != ',' && *p != '\0') {
                return -1; /* text after the closing quote */
            }
        } else {
            while (*p != ',' && *p != '\0') {
                if (*p == '"') {
                    return -1; /* a quote inside a plain field */
                }
                out++; /* a plain field is not unescaped: out == p */
                p++;
            }
            while (out > start && is_space(out[-1])) {
                out--;
            }
        }
        {
            int last = *p == '\0';
            if (fields != NULL) {
                *out = '\0';
                fields[n] = start;
            }
            n++;
            if (last) {
                break;
            }
            p++; /* the comma (out <= p, so it was not overwritten) */
        }
    }
    *count = n;
    return 0;
}

static int equals_ci(const char *a, const char *b) {
    for (; *a != '\0' && *b != '\0'; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y) {
            return 0;
        }
    }
    return *a == *b;
}

static int blank(const char *s) {
    while (is_space(*s) || *s == '\r') {
        s++;
    }
    return *s == '\0';
}

int csv_read_text(const char *name, const char *text, size_t len, struct csv_table *t,
                  char *msg, size_t msg_size) {
    size_t i, lines = 1, row = 0, cap;
    char *p, *line;
    long lineno = 0;
    memset(t, 0, sizeof *t);
    t->name = name;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3; /* a UTF-8 byte order mark */
        len -= 3;
    }
    for (i = 0; i < len; i++) {
        if (text[i] == '\0') {
            return csv_error(msg, msg_size, name, (long)lines, "a NUL byte");
        }
        lines += text[i] == '\n';
    }
    t->text = malloc(len + 1);
    t->lines = malloc(lines * sizeof *t->lines);
    if (t->text == NULL || t->lines == NULL) {
        csv_free(t);
        return csv_error(msg, msg_size, name, 0, "out of memory");
    }
    memcpy(t->text, text, len);
    t->text[len] = '\0';
    for (p = t->text; p != NULL;) {
        char *next = strchr(p, '\n');
        size_t n;
        if (next != NULL) {
            *next++ = '\0';
        }
        lineno++;
        line = p;
        p = next;
        if (*line != '\0' && line[strlen(line) - 1] == '\r') {
            line[strlen(line) - 1] = '\0';
        }
        if (blank(line)) {
            continue;
        }
        if (t->header == NULL) {
            if (split_line(line, NULL, &n) != 0) {
                csv_free(t);
                return csv_error(msg, msg_size, name, lineno, "a quote out of place");
            }
            t->columns = n;
            t->header = malloc(n * sizeof *t->header);
            /* At most one row per line after the header. */
            cap = lines * n;
            t->cells = malloc((cap > 0 ? cap : 1) * sizeof *t->cells);
            if (t->header == NULL || t->cells == NULL) {
                csv_free(t);
                return csv_error(msg, msg_size, name, 0, "out of memory");
            }
            (void)split_line(line, t->header, &n);
            t->header_line = lineno;
            for (i = 0; i < n; i++) {
                size_t j;
                for (j = 0; j < i; j++) {
                    if (equals_ci(t->header[i], t->header[j])) {
                        int rc =
                            csv_error(msg, msg_size, name, lineno,
                                      "the header names column \"%s\" twice", t->header[i]);
                        csv_free(t);
                        return rc;
                    }
                }
            }
            continue;
        }
        if (split_line(line, NULL, &n) != 0) {
            csv_free(t);
            return csv_error(msg, msg_size, name, lineno, "a quote out of place");
        }
        if (n != t->columns) {
            int rc = csv_error(msg, msg_size, name, lineno, "%lu fields, the header has %lu",
                               (unsigned long)n, (unsigned long)t->columns);
            csv_free(t);
            return rc;
        }
        (void)split_line(line, t->cells + row * t->columns, &n);
        t->lines[row] = lineno;
        row++;
    }
    if (t->header == NULL) {
        csv_free(t);
        return csv_error(msg, msg_size, name, 0, "no header line");
    }
    t->rows = row;
    return 0;
}

int csv_read_file(const char *path, struct csv_table *t, char *msg, size_t msg_size) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc;
    memset(t, 0, sizeof *t);
    if (f == NULL) {
        return csv_error(msg, msg_size, path, 0, "cannot read: %s", strerror(errno));
    }
    for (;;) {
        size_t got;
        if (cap - len < 4096) {
            char *nb = realloc(buf, cap + 65536);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return csv_error(msg, msg_size, path, 0, "out of memory");
            }
            buf = nb;
            cap += 65536;
        }
        got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f)) {
        free(buf);
        fclose(f);
        return csv_error(msg, msg_size, path, 0, "cannot read");
    }
    fclose(f);
    rc = csv_read_text(path, buf, len, t, msg, msg_size);
    free(buf);
    return rc;
}

long csv_column(const struct csv_table *t, const char *name) {
    size_t i;
    for (i = 0; i < t->columns; i++) {
        if (equals_ci(t->header[i], name)) {
            return (long)i;
        }
    }
    return -1;
}

const char *csv_cell(const struct csv_table *t, size_t row, size_t column) {
    return t->cells[row * t->columns + column];
}

void csv_free(struct csv_table *t) {
    free(t->text);
    free(t->header);
    free(t->cells);
    free(t->lines);
    t->text = NULL;
    t->header = NULL;
    t->cells = NULL;
    t->lines = NULL;
    t->rows = 0;
    t->columns = 0;
}
