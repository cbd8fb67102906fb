/*
 * costshare-invoice: its CSV files as tables (invoice_csv.h), over the
 * programs' shared reader (csv.h).
 */
#include "invoice_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failed(struct invoice_table *t, char *msg, size_t msg_size) {
    snprintf(msg, msg_size, "%s", t->reader.error);
    invoice_table_free(t);
    return -1;
}

int invoice_table_read(struct invoice_table *t, const char *path, const char *bundled,
                       size_t bundled_len, char *msg, size_t msg_size) {
    csv_options opts = CSV_OPTIONS_INIT;
    size_t cap = 0;
    int rc;
    memset(t, 0, sizeof *t);
    t->name = path;
    rc = bundled != NULL ? csv_open_memory(&t->reader, path, bundled, bundled_len, &opts)
                         : csv_open(&t->reader, path, &opts);
    if (rc != 0 || (rc = csv_next(&t->reader)) < 0) {
        return failed(t, msg, msg_size);
    }
    if (rc == 0) {
        csv_fail(&t->reader, 0, "no header line");
        return failed(t, msg, msg_size);
    }
    if (csv_set_header(&t->reader) != 0) {
        return failed(t, msg, msg_size);
    }
    t->columns = t->reader.count;
    t->header_line = t->reader.line;
    t->header = malloc(t->columns * sizeof *t->header);
    if (t->header == NULL) {
        csv_fail(&t->reader, 0, "out of memory");
        return failed(t, msg, msg_size);
    }
    memcpy(t->header, t->reader.fields, t->columns * sizeof *t->header);
    while ((rc = csv_next(&t->reader)) > 0) {
        if (t->reader.count != t->columns) {
            csv_fail(&t->reader, t->reader.line, "%lu fields, the header has %lu",
                     (unsigned long)t->reader.count, (unsigned long)t->columns);
            return failed(t, msg, msg_size);
        }
        if (t->rows == cap) {
            size_t ncap = cap == 0 ? 64 : 2 * cap;
            char **cells = realloc(t->cells, ncap * t->columns * sizeof *cells);
            long *lines = cells == NULL ? NULL : realloc(t->lines, ncap * sizeof *lines);
            if (cells != NULL) {
                t->cells = cells;
            }
            if (lines == NULL) {
                csv_fail(&t->reader, t->reader.line, "out of memory");
                return failed(t, msg, msg_size);
            }
            t->lines = lines;
            cap = ncap;
        }
        /* The strings stay in the reader's text; its array is reused. */
        memcpy(t->cells + t->rows * t->columns, t->reader.fields,
               t->columns * sizeof *t->cells);
        t->lines[t->rows] = t->reader.line;
        t->rows++;
    }
    if (rc < 0) {
        return failed(t, msg, msg_size);
    }
    return 0;
}

long invoice_table_column(const struct invoice_table *t, const char *name) {
    return csv_column(&t->reader, name);
}

const char *invoice_table_cell(const struct invoice_table *t, size_t row, size_t column) {
    return t->cells[row * t->columns + column];
}

int invoice_table_number(struct invoice_table *t, size_t row, size_t column, const char *what,
                         int64_t *out, char *msg, size_t msg_size) {
    /* csv_number() names the line of the record last read: the row's. */
    t->reader.line = t->lines[row];
    if (csv_number(&t->reader, invoice_table_cell(t, row, column), 0, what, out) != 0) {
        snprintf(msg, msg_size, "%s", t->reader.error);
        return -1;
    }
    return 0;
}

void invoice_table_free(struct invoice_table *t) {
    csv_close(&t->reader);
    free(t->header);
    free(t->cells);
    free(t->lines);
    t->header = NULL;
    t->cells = NULL;
    t->lines = NULL;
    t->rows = 0;
    t->columns = 0;
}
