/*
 * csv.h: reading CSV files the way Swedish Excel and LibreOffice write them,
 * shared by the programs in examples/ (compile csv.c into the program).
 *
 * What it reads:
 * - separator `;`, `,` or tab, detected from the first line that is not
 *   empty or a comment (the most frequent of the three outside quotes; a
 *   tie goes to `;`, then tab, then `,`), or given; an Excel `sep=;` first
 *   line sets it too;
 * - CRLF, LF or CR line ends, also mixed;
 * - UTF-8 with or without a byte order mark, or Windows-1252: detected (a
 *   file that is not valid UTF-8 and has no multi-byte UTF-8 sequence at
 *   all is Windows-1252), or given; everything is returned as UTF-8;
 * - quoted fields with doubled quotes, also across lines; spaces around a
 *   field (outside its quotes) are dropped;
 * - numbers through costshare_amount_parse(): a space, U+00A0 or U+202F
 *   every three digits, a decimal comma or point, a trailing `kr`, `tkr` or
 *   `%`, the minus sign U+2212 (csv_number()). Fields stay text otherwise,
 *   so codes such as `0580` keep their leading zeros.
 *
 * What it refuses, each as one message "FILE:LINE: what is wrong" in
 * reader.error: a NUL byte, UTF-16 text, an invalid UTF-8 sequence, a byte
 * Windows-1252 does not define, a line longer than CSV_LINE_MAX bytes, more
 * than CSV_FIELDS_MAX fields, an unclosed quote, text after a closing quote,
 * a file larger than CSV_FILE_MAX, and (csv_set_header()) a column name that
 * appears twice.
 *
 * Use:
 *
 *     csv_options opts = CSV_OPTIONS_INIT;
 *     csv_reader r;
 *     int rc;
 *     if (csv_open(&r, path, &opts) != 0) {
 *         fprintf(stderr, "prog: %s\n", r.error);   // "path: cannot read: ..."
 *         csv_close(&r);
 *         return 1;
 *     }
 *     while ((rc = csv_next(&r)) > 0) {
 *         // r.fields[0 .. r.count - 1], from line r.line; the strings stay
 *         // valid until csv_close(), the array until the next csv_next().
 *     }
 *     if (rc < 0) { ... r.error ... }
 *     csv_close(&r);
 *
 * Empty lines, lines whose fields are all empty (`;;;`) and, with
 * opts.comments, lines starting with `#` are skipped. Every function that
 * fails returns -1 with the message in r.error; the reader may then only be
 * closed. csv_close() is safe after any csv_open(), failed or not.
 */
#ifndef COSTSHARE_EXAMPLES_CSV_H
#define COSTSHARE_EXAMPLES_CSV_H

#include <stddef.h>
#include <stdint.h>

/* Encodings: csv_options.encoding and csv_reader.encoding. */
#define CSV_ENCODING_AUTO 0
#define CSV_ENCODING_UTF8 1
#define CSV_ENCODING_CP1252 2 /* Windows-1252 */

/* Limits, each a one-line error when exceeded. */
#define CSV_LINE_MAX 65536                 /* bytes in one line */
#define CSV_FIELDS_MAX 1024                /* fields in one record */
#define CSV_FILE_MAX (64L * 1024L * 1024L) /* bytes in one file */

#define CSV_ERROR_SIZE 512

typedef struct csv_options {
    int separator; /* 0: detect; or ';', ',' or '\t' */
    int encoding;  /* CSV_ENCODING_AUTO (detect), _UTF8 or _CP1252 */
    int comments;  /* 1: skip lines that start with '#' (the default) */
} csv_options;

#define CSV_OPTIONS_INIT                                                                       \
    { 0, CSV_ENCODING_AUTO, 1 }

typedef struct csv_reader {
    /* For the caller to read: */
    const char *label;     /* the file name, as given; the start of every message */
    int separator;         /* the separator in use: ';', ',' or '\t' */
    int encoding;          /* CSV_ENCODING_UTF8 or CSV_ENCODING_CP1252: what the file is */
    int bom;               /* 1 if the file starts with a UTF-8 byte order mark */
    const char *line_ends; /* "CRLF", "LF", "CR", "mixed" or "none" */
    long line;             /* the line the last record starts on (1 is the first) */
    char **fields;         /* the last record's fields, UTF-8, NUL-terminated */
    size_t count;          /* ... and how many */
    char error[CSV_ERROR_SIZE];
    /* Private: */
    char *text;     /* the whole file as UTF-8, fields cut out of it in place */
    size_t len;     /* bytes in text */
    size_t pos;     /* where the next record starts */
    long next_line; /* the line at pos */
    size_t capacity;
    char **header;
    size_t header_count;
    int comments;
} csv_reader;

/* Reads the file at path (see the top of this file). 0, or -1 with
 * r->error set ("path: cannot read: No such file or directory", or a
 * located message for the refusals listed above). */
int csv_open(csv_reader *r, const char *path, const csv_options *opts);

/* The same for size bytes at data (copied), named label in messages. */
int csv_open_memory(csv_reader *r, const char *label, const char *data, size_t size,
                    const csv_options *opts);

/* The next record into r->fields and r->count, r->line its first line.
 * 1: a record; 0: the end of the file; -1: an error (r->error). */
int csv_next(csv_reader *r);

/* Takes the last record as the header, for csv_column(). -1 if a column
 * name (compared without regard to ASCII case) appears twice; empty names
 * may repeat. */
int csv_set_header(csv_reader *r);

/* The index of the header column named name (ASCII case ignored), or -1. */
int csv_column(const csv_reader *r, const char *name);

/* A number in a field: text in units of 10^-decimals, parsed as described
 * above (a space, U+00A0 or U+202F every three digits, `,` or `.`, `kr`,
 * `tkr` or `%`, `-` or U+2212). 0 and *out, or -1 with a message at r->line
 * naming what ("population \"21 5 77\" is not a number", "... has more than
 * 2 decimals", "... is not a whole number", "... does not fit in 64 bits"). */
int csv_number(csv_reader *r, const char *text, int32_t decimals, const char *what,
               int64_t *out);

/* Formats "label:line: message" (line 0: "label: message") into r->error
 * and returns -1. */
int csv_fail(csv_reader *r, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Frees everything the reader holds; r->error stays readable. */
void csv_close(csv_reader *r);

/* Command-line values: "auto", ";", ",", "tab" (or a tab) -> 0, ';', ',',
 * '\t'; "auto", "utf-8", "windows-1252" (also "utf8", "cp1252") ->
 * CSV_ENCODING_*. -1 for anything else. */
int csv_separator_arg(const char *text);
int csv_encoding_arg(const char *text);

/* "UTF-8" or "Windows-1252". */
const char *csv_encoding_name(int encoding);

#endif /* COSTSHARE_EXAMPLES_CSV_H */
