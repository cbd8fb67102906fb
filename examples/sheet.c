/* sheet.c: a table as CSV or as an Excel workbook (sheet.h). */
#include "sheet.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "costshare.h"

#ifdef COSTSHARE_WITH_XLSX
#include <xlsxwriter.h>
#endif

void sheet_cell_name(size_t row, size_t col, char *buf) {
    char letters[16];
    size_t n = 0, i;
    col++;
    while (col > 0 && n < sizeof letters) {
        letters[n++] = (char)('A' + (int)((col - 1) % 26u));
        col = (col - 1) / 26u;
    }
    for (i = 0; i < n; i++) {
        buf[i] = letters[n - 1 - i];
    }
    snprintf(buf + n, 24 - n, "%lu", (unsigned long)row + 1);
}

void sheet_write_csv(out_buffer *o, const sheet *s, int dialect) {
    costshare_amount_options num = COSTSHARE_AMOUNT_OPTIONS_INIT;
    int sep = dialect == SHEET_CSV_EXCEL ? ';' : ',';
    size_t r, c;
    num.decimal_mark =
        dialect == SHEET_CSV_EXCEL ? COSTSHARE_AMOUNT_MARK_COMMA : COSTSHARE_AMOUNT_MARK_POINT;
    if (dialect == SHEET_CSV_EXCEL) {
        out_puts(o, "\xEF\xBB\xBF");
    }
    for (c = 0; c < s->ncols; c++) {
        if (c > 0) {
            out_printf(o, "%c", sep);
        }
        out_csv_field(o, s->columns[c].title, sep);
    }
    out_puts(o, "\r\n");
    for (r = 0; r < s->data_rows; r++) {
        for (c = 0; c < s->ncols; c++) {
            const sheet_cell *cell = &s->cells[r * s->ncols + c];
            if (c > 0) {
                out_printf(o, "%c", sep);
            }
            if (cell->empty) {
                continue;
            }
            if (s->columns[c].kind == SHEET_TEXT) {
                out_csv_field(o, cell->text != NULL ? cell->text : "", sep);
            } else {
                char text[COSTSHARE_AMOUNT_TEXT_SIZE];
                num.decimals = cell->decimals > s->columns[c].decimals ? cell->decimals
                                                                       : s->columns[c].decimals;
                if (costshare_amount_format(cell->value, &num, text, sizeof text) ==
                    COSTSHARE_OK) {
                    out_puts(o, text);
                }
            }
        }
        out_puts(o, "\r\n");
    }
}

#ifdef COSTSHARE_WITH_XLSX

int sheet_xlsx_available(void) {
    return 1;
}

/* The longest text an Excel cell holds, in characters. */
#define SHEET_TEXT_MAX 32767

/* 2^53: every integer up to it is a double exactly. */
#define EXACT_MAX ((int64_t)1 << 53)

int sheet_write_xlsx(const sheet *s, const char *path, char *err, size_t errsize) {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    lxw_format *bold, *formats[64];
    lxw_error rc = LXW_NO_ERROR;
    FILE *probe;
    size_t r, c;
    if (s->ncols > sizeof formats / sizeof formats[0]) {
        snprintf(err, errsize, "%s: too many columns for a workbook", path);
        return -1;
    }
    for (r = 0; r < s->nrows; r++) {
        for (c = 0; c < s->ncols; c++) {
            const sheet_cell *cell = &s->cells[r * s->ncols + c];
            if (s->columns[c].kind == SHEET_TEXT && cell->text != NULL &&
                out_display_width(cell->text) > SHEET_TEXT_MAX) {
                snprintf(err, errsize,
                         "%s: the text in row %lu of column \"%s\" is longer than "
                         "a workbook cell holds (%d characters)",
                         path, (unsigned long)r + 2, s->columns[c].title, SHEET_TEXT_MAX);
                return -1;
            }
            if (s->columns[c].kind == SHEET_NUMBER && !cell->empty &&
                (cell->value > EXACT_MAX || cell->value < -EXACT_MAX)) {
                snprintf(err, errsize,
                         "%s: the value in row %lu of column \"%s\" is too large to be stored "
                         "exactly in a workbook (more than 2^53)",
                         path, (unsigned long)r + 2, s->columns[c].title);
                return -1;
            }
        }
    }
    /* libxlsxwriter reports a file it cannot create on stderr itself; find
     * out first, so that the one line is ours. */
    probe = fopen(path, "wb");
    if (probe == NULL) {
        snprintf(err, errsize, "%s: cannot write the workbook: %s", path, strerror(errno));
        return -1;
    }
    fclose(probe);
    wb = workbook_new(path);
    if (wb == NULL) {
        snprintf(err, errsize, "%s: cannot create the workbook", path);
        return -1;
    }
    ws = workbook_add_worksheet(wb, s->name);
    bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (c = 0; c < s->ncols; c++) {
        formats[c] = NULL;
        if (s->columns[c].kind == SHEET_NUMBER && s->columns[c].num_format != NULL) {
            formats[c] = workbook_add_format(wb);
            format_set_num_format(formats[c], s->columns[c].num_format);
        }
        if (s->columns[c].width > 0) {
            worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, s->columns[c].width, NULL);
        }
        if (rc == LXW_NO_ERROR) {
            rc = worksheet_write_string(ws, 0, (lxw_col_t)c, s->columns[c].title, bold);
        }
    }
    for (r = 0; r < s->nrows && rc == LXW_NO_ERROR; r++) {
        lxw_row_t row = (lxw_row_t)(r + 1);
        for (c = 0; c < s->ncols && rc == LXW_NO_ERROR; c++) {
            const sheet_cell *cell = &s->cells[r * s->ncols + c];
            lxw_format *f = r >= s->data_rows && c == 0 ? bold : formats[c];
            if (cell->empty) {
                continue;
            }
            if (s->columns[c].kind == SHEET_TEXT) {
                rc = worksheet_write_string(ws, row, (lxw_col_t)c,
                                            cell->text != NULL ? cell->text : "", f);
            } else {
                double scale = 1.0, v;
                int d, decimals = cell->decimals > s->columns[c].decimals
                                      ? cell->decimals
                                      : s->columns[c].decimals;
                for (d = 0; d < decimals; d++) {
                    scale *= 10.0;
                }
                /* Both exact (|value| <= 2^53, scale a power of ten below
                 * 2^53): the quotient is the double nearest the value. */
                v = (double)cell->value / scale;
                if (cell->formula != NULL) {
                    rc =
                        worksheet_write_formula_num(ws, row, (lxw_col_t)c, cell->formula, f, v);
                } else {
                    rc = worksheet_write_number(ws, row, (lxw_col_t)c, v, f);
                }
            }
        }
    }
    if (rc != LXW_NO_ERROR) {
        snprintf(err, errsize, "%s: %s", path, lxw_strerror(rc));
        (void)workbook_close(wb);
        (void)remove(path);
        return -1;
    }
    rc = workbook_close(wb);
    if (rc != LXW_NO_ERROR) {
        snprintf(err, errsize, "%s: cannot write the workbook: %s", path, lxw_strerror(rc));
        (void)remove(path);
        return -1;
    }
    return 0;
}

#else

int sheet_xlsx_available(void) {
    return 0;
}

int sheet_write_xlsx(const sheet *s, const char *path, char *err, size_t errsize) {
    (void)s;
    snprintf(err, errsize,
             "%s: this program was built without libxlsxwriter, so it cannot "
             "write workbooks (--xlsx)",
             path);
    return -1;
}

#endif
