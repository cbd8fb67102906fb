/*
 * sheet.h: a table written for spreadsheets, shared by the example programs:
 * as CSV that Swedish Excel opens correctly (semicolons, UTF-8 with a byte
 * order mark, decimal comma, CRLF) or as RFC 4180 CSV (commas, decimal
 * point, CRLF), and as an Excel workbook through libxlsxwriter, with numbers
 * stored as numbers and formulas with their results.
 *
 * A sheet is columns (a title, text or number, the number's decimals and
 * its display format in the workbook) and rows of cells, the first
 * `data_rows` of them data and the rest summary rows (totals), which only
 * the workbook gets. A number is an int64_t in units of 10^-decimals (121
 * at two decimals is 1.21), so nothing is rounded on the way: the CSV has
 * the exact digits and the workbook the nearest double, which is exact for
 * every value up to 2^53 (larger ones are refused for the workbook).
 *
 * Without libxlsxwriter (see examples/CMakeLists.txt) sheet_write_xlsx()
 * fails with a message saying so; sheet_xlsx_available() tells beforehand.
 */
#ifndef COSTSHARE_EXAMPLES_SHEET_H
#define COSTSHARE_EXAMPLES_SHEET_H

#include <stddef.h>
#include <stdint.h>

#include "output.h"

#define SHEET_TEXT 0
#define SHEET_NUMBER 1

/* CSV dialects. */
#define SHEET_CSV_EXCEL 0   /* Swedish Excel: ';', UTF-8 BOM, decimal comma */
#define SHEET_CSV_RFC4180 1 /* RFC 4180: ',', no BOM, decimal point */

/* Number formats that Swedish Excel and LibreOffice show as 9 251, 1,21 and
 * 24 634,25 (sv-SE, locale id 41D, whatever the viewer's own locale). */
#define SHEET_FORMAT_INTEGER "[$-41D]#,##0"
#define SHEET_FORMAT_DECIMAL2 "[$-41D]#,##0.00"
#define SHEET_FORMAT_PERCENT "[$-41D]0.00"

typedef struct sheet_column {
    const char *title;
    int kind;               /* SHEET_TEXT or SHEET_NUMBER */
    int decimals;           /* SHEET_NUMBER: the values are in units of 10^-decimals */
    const char *num_format; /* SHEET_NUMBER: the workbook's number format */
    double width;           /* column width in the workbook, 0 for the default */
} sheet_column;

typedef struct sheet_cell {
    const char *text;    /* SHEET_TEXT: the text (NULL: an empty cell) */
    int64_t value;       /* SHEET_NUMBER: the value */
    const char *formula; /* optional, workbook only: "SUM(D2:D14)", with value as its result */
    int decimals;        /* SHEET_NUMBER: the value's decimals, if more than the column's */
    int empty;           /* 1: nothing in this cell */
} sheet_cell;

typedef struct sheet {
    const char *name; /* the worksheet's name */
    const sheet_column *columns;
    size_t ncols;
    const sheet_cell *cells; /* nrows * ncols, row by row */
    size_t nrows;
    size_t data_rows; /* the first data_rows rows are data, the rest summary rows */
} sheet;

/* The header and the data rows as CSV of a dialect. */
void sheet_write_csv(out_buffer *o, const sheet *s, int dialect);

/* The whole sheet (header, data and summary rows) as an .xlsx workbook at
 * path: 0, or -1 with a message in err (and no file left behind). */
int sheet_write_xlsx(const sheet *s, const char *path, char *err, size_t errsize);

/* 1 if this program was built with libxlsxwriter. */
int sheet_xlsx_available(void);

/* The A1 name of a cell, 0-based: (0, 3) -> "D1". buf holds 24 bytes. */
void sheet_cell_name(size_t row, size_t col, char *buf);

#endif /* COSTSHARE_EXAMPLES_SHEET_H */
