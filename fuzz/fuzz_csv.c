/*
 * libFuzzer harness for the example programs' CSV reader (examples/csv.h;
 * scripts/fuzz.sh builds it with the library and the reader's source).
 *
 * The input's first byte chooses the reader's options (separator, encoding,
 * comments); the rest is the file. Checks:
 * - csv_open_memory() and csv_next() never read or write out of bounds and
 *   always end: a refusal is one line "label:LINE: ..." or "label: ...";
 * - every record has at least one field, every field is valid UTF-8 without
 *   a NUL byte (whatever the input's encoding), and the records' lines
 *   never go backwards;
 * - csv_number() on every field either refuses with one line or gives a
 *   value that the library formats back to text it parses to the same value;
 * - writing the records again as CSV, every field quoted, and reading that
 *   back (UTF-8, the same separator) gives exactly the same records.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "../examples/csv.c"
#include "../examples/output.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void require(int ok, const char *what) {
    if (!ok) {
        fprintf(stderr, "invariant failed: %s\n", what);
        abort();
    }
}

static void check_message(const csv_reader *r) {
    require(strncmp(r->error, "fuzz", 4) == 0, "a message that does not start with the label");
    require(strchr(r->error, '\n') == NULL, "a message of more than one line");
}

static int valid_utf8(const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n > 0) {
        size_t len = utf8_sequence(p, n);
        if (len == 0) {
            return 0;
        }
        p += len;
        n -= len;
    }
    return 1;
}

static void check_number(csv_reader *r, const char *field) {
    int64_t v = 0;
    if (csv_number(r, field, 2, "value", &v) == 0) {
        costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
        char text[COSTSHARE_AMOUNT_TEXT_SIZE];
        int64_t back = 0;
        o.decimals = 2;
        require(costshare_amount_format(v, &o, text, sizeof text) == COSTSHARE_OK,
                "format refused a parsed number");
        require(costshare_amount_parse(text, strlen(text), &o, &back) == COSTSHARE_OK &&
                    back == v,
                "a parsed number does not round trip");
    } else {
        check_message(r);
    }
}

/* The records of a reader, kept for the comparison. */
struct records {
    out_buffer csv;  /* written again: every field quoted */
    out_buffer flat; /* every field, NUL-separated, a 0x01 after each record */
    size_t count;
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const int separators[4] = {0, ';', ',', '\t'};
    csv_options opts = CSV_OPTIONS_INIT;
    csv_reader r;
    struct records first = {OUT_BUFFER_INIT, OUT_BUFFER_INIT, 0};
    out_buffer again = OUT_BUFFER_INIT;
    long last_line = 0;
    int rc;
    if (size == 0) {
        return 0;
    }
    opts.separator = separators[data[0] & 3u];
    opts.encoding = (data[0] >> 2) % 3;
    opts.comments = (data[0] >> 4) & 1;
    if (csv_open_memory(&r, "fuzz", (const char *)data + 1, size - 1, &opts) != 0) {
        check_message(&r);
        csv_close(&r);
        return 0;
    }
    require(r.separator == ';' || r.separator == ',' || r.separator == '\t', "a bad separator");
    while ((rc = csv_next(&r)) > 0) {
        size_t f;
        require(r.count >= 1 && r.count <= CSV_FIELDS_MAX, "a record without fields");
        require(r.line >= last_line && r.line >= 1, "lines going backwards");
        last_line = r.line;
        for (f = 0; f < r.count; f++) {
            require(valid_utf8(r.fields[f]), "a field that is not UTF-8");
            if (f > 0) {
                char sep = (char)r.separator;
                out_write(&first.csv, &sep, 1);
            }
            out_puts(&first.csv, "\"");
            {
                const char *p;
                for (p = r.fields[f]; *p != '\0'; p++) {
                    out_write(&first.csv, p, 1);
                    if (*p == '"') {
                        out_write(&first.csv, "\"", 1);
                    }
                }
            }
            out_puts(&first.csv, "\"");
            out_write(&first.flat, r.fields[f], strlen(r.fields[f]) + 1);
            if (f < 4) {
                check_number(&r, r.fields[f]);
            }
        }
        out_puts(&first.csv, "\r\n");
        out_write(&first.flat, "\x01", 1);
        first.count++;
    }
    if (rc < 0) {
        check_message(&r);
    }
    csv_close(&r);
    require(!first.csv.failed && !first.flat.failed, "out of memory");
    if (rc == 0) {
        csv_options plain = CSV_OPTIONS_INIT;
        plain.separator = r.separator;
        plain.encoding = CSV_ENCODING_UTF8;
        plain.comments = opts.comments;
        /* Quoting may push a line past CSV_LINE_MAX; nothing else may fail. */
        rc = csv_open_memory(&r, "fuzz", first.csv.data != NULL ? first.csv.data : "",
                             first.csv.len, &plain);
        if (rc == 0) {
            while ((rc = csv_next(&r)) > 0) {
                size_t f;
                for (f = 0; f < r.count; f++) {
                    out_write(&again, r.fields[f], strlen(r.fields[f]) + 1);
                }
                out_write(&again, "\x01", 1);
            }
        }
        if (rc != 0) {
            require(strstr(r.error, "line longer than") != NULL ||
                        strstr(r.error, "larger than") != NULL,
                    "the records written again do not read back");
        } else {
            require(again.len == first.flat.len &&
                        (again.len == 0 || memcmp(again.data, first.flat.data, again.len) == 0),
                    "the records written again read back differently");
        }
        csv_close(&r);
    }
    out_free(&first.csv);
    out_free(&first.flat);
    out_free(&again);
    return 0;
}
