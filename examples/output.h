/*
 * output.h: the example programs' standard output, kept in memory until the
 * program has succeeded, so that an error found late prints nothing on
 * stdout (only its one line on stderr). Also the escaping of JSON strings and
 * CSV fields, and the display width of UTF-8 text for aligned tables.
 *
 *     out_buffer out = OUT_BUFFER_INIT;
 *     out_printf(&out, "%s: %d\n", name, n);
 *     ... on an error: out_free(&out); return fail(...);
 *     return out_flush(&out, stdout) == 0 ? 0 : 1;
 *
 * Running out of memory is remembered and reported by out_flush().
 */
#ifndef COSTSHARE_EXAMPLES_OUTPUT_H
#define COSTSHARE_EXAMPLES_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

typedef struct out_buffer {
    char *data;
    size_t len;
    size_t cap;
    int failed; /* 1 after an allocation failed: the output is incomplete */
} out_buffer;

#define OUT_BUFFER_INIT                                                                        \
    { NULL, 0, 0, 0 }

void out_write(out_buffer *o, const char *bytes, size_t n);
void out_puts(out_buffer *o, const char *s);
void out_printf(out_buffer *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* s padded with spaces to width columns (display width, see below); right:
 * the spaces go first. */
void out_pad(out_buffer *o, const char *s, size_t width, int right);
/* n copies of c. */
void out_repeat(out_buffer *o, char c, size_t n);

/* s as a JSON string with its quotes (UTF-8 kept, `"`, `\` and control
 * characters escaped). */
void out_json_string(out_buffer *o, const char *s);

/* s as one CSV field for separator sep: quoted (quotes doubled) when it
 * holds the separator, a quote, a line break, or starts or ends with a
 * space; else as it is. */
void out_csv_field(out_buffer *o, const char *s, int sep);

/* Writes everything to f and frees the buffer: 0, or -1 if memory ran out
 * earlier or f could not be written (nothing is written then in the first
 * case). */
int out_flush(out_buffer *o, FILE *f);
void out_free(out_buffer *o);

/* Display width of UTF-8 text: one column per code point. */
size_t out_display_width(const char *s);

#endif /* COSTSHARE_EXAMPLES_OUTPUT_H */
