/* output.c: buffered standard output of the example programs (output.h). */
#include "output.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void out_write(out_buffer *o, const char *bytes, size_t n) {
    if (o->failed || n == 0) {
        return;
    }
    if (o->cap - o->len < n) {
        size_t cap = o->cap == 0 ? 4096 : o->cap;
        char *grown;
        while (cap - o->len < n) {
            if (cap > ((size_t)-1) / 2) {
                o->failed = 1;
                return;
            }
            cap *= 2;
        }
        grown = realloc(o->data, cap);
        if (grown == NULL) {
            o->failed = 1;
            return;
        }
        o->data = grown;
        o->cap = cap;
    }
    memcpy(o->data + o->len, bytes, n);
    o->len += n;
}

void out_puts(out_buffer *o, const char *s) {
    out_write(o, s, strlen(s));
}

void out_printf(out_buffer *o, const char *fmt, ...) {
    char small[256];
    va_list ap;
    int n;
    va_start(ap, fmt);
    /* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized): a false positive of clang 14 */
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        o->failed = 1;
    } else if ((size_t)n < sizeof small) {
        out_write(o, small, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (big == NULL) {
            o->failed = 1;
            return;
        }
        va_start(ap, fmt);
        /* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized): as above */
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        out_write(o, big, (size_t)n);
        free(big);
    }
}

void out_repeat(out_buffer *o, char c, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        out_write(o, &c, 1);
    }
}

size_t out_display_width(const char *s) {
    size_t w = 0;
    for (; *s != '\0'; s++) {
        if (((unsigned char)*s & 0xC0u) != 0x80u) {
            w++;
        }
    }
    return w;
}

void out_pad(out_buffer *o, const char *s, size_t width, int right) {
    size_t w = out_display_width(s);
    if (right && w < width) {
        out_repeat(o, ' ', width - w);
    }
    out_puts(o, s);
    if (!right && w < width) {
        out_repeat(o, ' ', width - w);
    }
}

void out_json_string(out_buffer *o, const char *s) {
    out_write(o, "\"", 1);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            out_write(o, esc, 2);
        } else if (c == '\n') {
            out_puts(o, "\\n");
        } else if (c == '\r') {
            out_puts(o, "\\r");
        } else if (c == '\t') {
            out_puts(o, "\\t");
        } else if (c < 0x20u || c == 0x7Fu) {
            out_printf(o, "\\u%04x", (unsigned)c);
        } else {
            out_write(o, s, 1);
        }
    }
    out_write(o, "\"", 1);
}

void out_csv_field(out_buffer *o, const char *s, int sep) {
    size_t n = strlen(s);
    int quote = n > 0 && (s[0] == ' ' || s[n - 1] == ' ');
    const char *p;
    for (p = s; *p != '\0' && !quote; p++) {
        quote = *p == sep || *p == '"' || *p == '\n' || *p == '\r';
    }
    if (!quote) {
        out_write(o, s, n);
        return;
    }
    out_write(o, "\"", 1);
    for (p = s; *p != '\0'; p++) {
        out_write(o, p, 1);
        if (*p == '"') {
            out_write(o, "\"", 1);
        }
    }
    out_write(o, "\"", 1);
}

int out_flush(out_buffer *o, FILE *f) {
    int rc = 0;
    if (o->failed || (o->len > 0 && fwrite(o->data, 1, o->len, f) != o->len)) {
        rc = -1;
    }
    if (fflush(f) != 0) {
        rc = -1;
    }
    out_free(o);
    return rc;
}

void out_free(out_buffer *o) {
    free(o->data);
    o->data = NULL;
    o->len = o->cap = 0;
    o->failed = 0;
}
