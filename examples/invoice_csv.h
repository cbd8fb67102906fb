/*
 * costshare-invoice: reading its CSV files (parties, populations, invoiced
 * amounts). Everything the program knows about the file format is here, so
 * that another reader can take its place without touching the rest.
 *
 * The format: UTF-8 (a byte order mark is skipped), LF or CRLF line ends, a
 * header line naming the columns, then one row per line with exactly as many
 * fields as the header, separated by commas; a field may be quoted with
 * double quotes ("Region, county"), a doubled quote standing for one.
 * Spaces around a field are dropped; empty lines are skipped. A NUL byte,
 * an unclosed quote, a row with another number of fields or a header that
 * names a column twice is an error naming the file and line.
 */
#ifndef COSTSHARE_INVOICE_CSV_H
#define COSTSHARE_INVOICE_CSV_H

#include <stddef.h>

struct csv_table {
    const char *name; /* the file name, for messages */
    char *text;       /* a copy of the text; header and cells point into it */
    size_t columns;
    char **header;
    long header_line;
    size_t rows;
    char **cells; /* rows * columns, row by row */
    long *lines;  /* the line of each row in the file */
};

/* Reads and parses the file at path. Returns 0, or -1 with a message
 * ("FILE:LINE: what" or "FILE: what") in msg. */
int csv_read_file(const char *path, struct csv_table *t, char *msg, size_t msg_size);

/* Parses len bytes of text (which need not be NUL-terminated), naming it
 * name in messages. Returns 0 or -1 as csv_read_file(). */
int csv_read_text(const char *name, const char *text, size_t len, struct csv_table *t,
                  char *msg, size_t msg_size);

/* The index of the column whose header is name (ASCII case ignored), or -1. */
long csv_column(const struct csv_table *t, const char *name);

/* The cell of a row and column (a row below t->rows, a column below
 * t->columns); never NULL. */
const char *csv_cell(const struct csv_table *t, size_t row, size_t column);

/* Frees what csv_read_file() or csv_read_text() allocated. */
void csv_free(struct csv_table *t);

#endif /* COSTSHARE_INVOICE_CSV_H */
