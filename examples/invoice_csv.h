/*
 * costshare-invoice: its CSV files (parties, populations, invoiced amounts)
 * as tables, read with the programs' shared reader (csv.h): separator,
 * encoding and line ends detected, quoted fields, Swedish numbers. Everything
 * the program knows about reading files is here.
 *
 * A table is a header line naming the columns, then one row per record with
 * exactly as many fields as the header (a row with another number of fields,
 * or a header that names a column twice, is an error naming the file and
 * line).
 */
#ifndef COSTSHARE_INVOICE_CSV_H
#define COSTSHARE_INVOICE_CSV_H

#include <stddef.h>
#include <stdint.h>

#include "csv.h"

struct invoice_table {
    csv_reader reader; /* holds the text the header and cells point into */
    const char *name;  /* the file name, for messages */
    size_t columns;
    char **header;
    long header_line;
    size_t rows;
    char **cells; /* rows * columns, row by row */
    long *lines;  /* the line of each row in the file */
};

/* Reads the file at path, or (bundled not NULL) the bundled_len bytes at
 * bundled named path in messages. 0, or -1 with the message ("FILE:LINE:
 * what" or "FILE: what") in msg. */
int invoice_table_read(struct invoice_table *t, const char *path, const char *bundled,
                       size_t bundled_len, char *msg, size_t msg_size);

/* The index of the column whose header is name (ASCII case ignored), or -1. */
long invoice_table_column(const struct invoice_table *t, const char *name);

/* The cell of a row and column (below t->rows and t->columns); never NULL. */
const char *invoice_table_cell(const struct invoice_table *t, size_t row, size_t column);

/* The whole number in a cell, in plain or Swedish notation ("5453", "5 453",
 * "9 251 kr"). 0, or -1 with "FILE:LINE: what \"text\" is not a number" (or
 * "is not a whole number", "does not fit in 64 bits") in msg. */
int invoice_table_number(struct invoice_table *t, size_t row, size_t column, const char *what,
                         int64_t *out, char *msg, size_t msg_size);

/* Frees what invoice_table_read() allocated. */
void invoice_table_free(struct invoice_table *t);

#endif /* COSTSHARE_INVOICE_CSV_H */
