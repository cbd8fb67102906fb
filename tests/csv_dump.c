/*
 * csv_dump: prints what the example programs' CSV reader (examples/csv.h)
 * makes of a file, for the tests: the separator, encoding, byte order mark
 * and line ends it found, then every record as "LINE: [field] [field] ...".
 *
 *   csv_dump [--separator S] [--encoding E] [--no-comments] [--header]
 *            [--number COLUMN DECIMALS] FILE
 *
 * --header takes the first record as the header (duplicated names are an
 * error); --number parses field COLUMN (0-based) of every other record with
 * csv_number() and prints the value. Errors: the reader's one line on
 * stderr, exit status 1, nothing on stdout.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "output.h"

int main(int argc, char **argv) {
    csv_options opts = CSV_OPTIONS_INIT;
    csv_reader r;
    out_buffer out = OUT_BUFFER_INIT;
    const char *path = NULL;
    int i, rc, header = 0, column = -1, decimals = 0, first = 1;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--separator") == 0 && i + 1 < argc) {
            opts.separator = csv_separator_arg(argv[++i]);
        } else if (strcmp(argv[i], "--encoding") == 0 && i + 1 < argc) {
            opts.encoding = csv_encoding_arg(argv[++i]);
        } else if (strcmp(argv[i], "--no-comments") == 0) {
            opts.comments = 0;
        } else if (strcmp(argv[i], "--header") == 0) {
            header = 1;
        } else if (strcmp(argv[i], "--number") == 0 && i + 2 < argc) {
            column = atoi(argv[++i]);
            decimals = atoi(argv[++i]);
        } else if (path == NULL) {
            path = argv[i];
        } else {
            fprintf(stderr, "csv_dump: bad arguments\n");
            return 1;
        }
    }
    if (path == NULL || opts.separator < 0 || opts.encoding < 0) {
        fprintf(stderr, "csv_dump: bad arguments\n");
        return 1;
    }
    if (csv_open(&r, path, &opts) != 0) {
        fprintf(stderr, "csv_dump: %s\n", r.error);
        csv_close(&r);
        return 1;
    }
    out_printf(&out, "separator: %s\nencoding: %s\nbom: %s\nline ends: %s\n",
               r.separator == '\t'  ? "tab"
               : r.separator == ';' ? "semicolon"
                                    : "comma",
               csv_encoding_name(r.encoding), r.bom ? "yes" : "no", r.line_ends);
    while ((rc = csv_next(&r)) > 0) {
        size_t f;
        if (first && header && csv_set_header(&r) != 0) {
            rc = -1;
            break;
        }
        out_printf(&out, "%ld:", r.line);
        for (f = 0; f < r.count; f++) {
            out_printf(&out, " [%s]", r.fields[f]);
        }
        if (!first && column >= 0 && (size_t)column < r.count) {
            int64_t v;
            if (csv_number(&r, r.fields[column], decimals, "number", &v) != 0) {
                rc = -1;
                break;
            }
            out_printf(&out, " = %" PRId64, v);
        }
        out_puts(&out, "\n");
        first = 0;
    }
    if (rc < 0) {
        fprintf(stderr, "csv_dump: %s\n", r.error);
        out_free(&out);
        csv_close(&r);
        return 1;
    }
    csv_close(&r);
    return out_flush(&out, stdout) == 0 ? 0 : 1;
}
