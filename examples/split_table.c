/*
 * costshare-split: split a cost by population and print the table, or audit
 * a published table against the exact key.
 *
 *   costshare-split                        the 2018 Östergötland key (bundled data)
 *   costshare-split FILE TOTAL             split TOTAL by the populations in FILE
 *   costshare-split --legacy FILE TOTAL    the old "round each share" table and its residual
 *   costshare-split --audit FILE --total T a published amount column against the exact key
 *
 * The table goes out as text, JSON or CSV (--format) and as a workbook
 * (--xlsx). See --help. Every amount is an integer; the library does exact
 * integer arithmetic throughout (no floating point anywhere in this program
 * either, except the doubles a workbook stores). Output is held in memory
 * until everything has succeeded: an error prints one line on stderr and
 * nothing on stdout.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "csv.h"
#include "output.h"
#include "sheet.h"

#define PROG "costshare-split"

/* The bundled default: 2017 populations, from the 2018 agreement (seed 001). */
static const char bundled_name[] = "bundled ostergotland-2017.csv";
static const char bundled_csv[] = "municipality,population\n"
                                  "Boxholm,5453\n"
                                  "Finsp\xC3\xA5ng,21577\n"
                                  "Kinda,9882\n"
                                  "Link\xC3\xB6ping,158520\n"
                                  "Mj\xC3\xB6lby,27019\n"
                                  "Motala,43549\n"
                                  "Norrk\xC3\xB6ping,133749\n"
                                  "S\xC3\xB6"
                                  "derk\xC3\xB6ping,14521\n"
                                  "Vadstena,7421\n"
                                  "Valdemarsvik,7920\n"
                                  "Ydre,3733\n"
                                  "\xC3\x85tvidaberg,11631\n"
                                  "\xC3\x96"
                                  "desh\xC3\xB6g,5343\n";
static const int64_t bundled_total = 763945;

/* Column names, ASCII case ignored: the first of each list that the header
 * has. */
static const char *const name_columns[] = {"municipality", "kommun", NULL};
static const char *const weight_columns[] = {
    "population", "befolkning", "folkm\xC3\xA4ngd", "inv\xC3\xA5nare", "folkmangd",
    "invanare",   NULL};
static const char *const percent_columns[] = {"percent", "procent", "andel", "share", NULL};

/* Percent and share columns are read at this many decimals. */
#define PCT_DECIMALS 6

enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV };

struct args {
    const char *file, *total, *audit, *column, *percent_column, *xlsx;
    int legacy, format, format_given, dialect, dialect_given, swedish;
    csv_options csv;
};

struct row {
    const char *name;
    int64_t weight;
    int64_t published; /* --audit: in hundredths of the column's unit */
    int64_t percent;   /* --audit with a percent column: in 10^-PCT_DECIMALS */
};

struct table {
    const char *label;
    struct row *rows;
    size_t count, cap;
    int64_t weight_sum;
    /* --audit */
    const char *published_name;
    int published_decimals; /* the most decimals written in the column, 0 to 2 */
    int tkr;                /* the column is in thousands of kronor */
    int kr;                 /* some value says "kr" */
    const char *percent_name;
    int percent_decimals; /* the most decimals written, 0 to PCT_DECIMALS */
    int percent_sign;     /* some value has "%" */
};

/* The whole report, computed before anything is printed. */
struct result {
    int64_t *amount, *pct;     /* split: amounts and percentages (2 decimals) */
    int64_t *exact, *dev;      /* audit: in hundredths of the column's unit */
    int64_t *key;              /* audit: the exact percent/share key */
    int *outside;              /* audit: the row is more than half a unit off */
    int64_t total;             /* split: TOTAL; audit: the stated total in öre */
    int64_t residual;          /* split: the residual */
    int64_t column_sum;        /* audit: in öre */
    int64_t column_hundredths; /* audit: in hundredths of the column's unit */
    int64_t total_hundredths;  /* audit: the total to a hundredth of the unit */
    int64_t sum_dev;           /* audit: column sum - total, in hundredths of the unit */
    int64_t exact_sum, pct_sum, key_sum;
    int total_given;    /* audit: --total or TOTAL was given */
    const char *method; /* audit: "largest-remainder", ..., "none" */
    size_t worst;       /* audit: the row of the largest |deviation|, if any */
    int have_worst;
    size_t outside_count, key_differs;
    int share; /* the percent column holds shares of 1 */
};

static void usage(FILE *out) {
    fputs("Usage: " PROG " [OPTIONS] [FILE TOTAL]\n"
          "       " PROG
          " --audit FILE [--total T | T] [--column NAME] [--percent-column NAME]\n"
          "\n"
          "Split TOTAL (a whole amount, e.g. SEK) among the municipalities in FILE\n"
          "by population with the largest-remainder method: the amounts add up to\n"
          "TOTAL exactly, ties go to the larger population, then the earlier row.\n"
          "Percentages have 2 decimals and add up to exactly 100.00.\n"
          "\n"
          "FILE is CSV as Swedish Excel and LibreOffice write it: separator ';', ','\n"
          "or tab (detected), CRLF, LF or CR line ends, UTF-8 with or without a byte\n"
          "order mark or Windows-1252 (detected), quoted fields, numbers such as\n"
          "5 453 (space, no-break space or narrow no-break space every three\n"
          "digits), 24 601 kr, 376 tkr, 1,21 %, -33,25 with a hyphen or U+2212.\n"
          "Lines starting with '#' and empty lines are skipped. With a header line\n"
          "the columns are found by name (municipality or kommun; population,\n"
          "befolkning, folkmangd or invanare), otherwise they are the first two.\n"
          "\n"
          "Without FILE and TOTAL the 2017 populations of Ostergotland county (a\n"
          "copy of examples/data/ostergotland-2017.csv built into the program) are\n"
          "split by the 2018 total of 763 945 SEK.\n"
          "\n"
          "Options:\n"
          "  --legacy             round each amount on its own, half away from zero (as\n"
          "                       old tables did) and show the residual: how far the\n"
          "                       amounts miss TOTAL (the 2016 table: +1)\n"
          "  --audit FILE         compare FILE's published amount column with the exact\n"
          "                       key TOTAL * population / sum: the stated total and the\n"
          "                       column's sum, the method that reproduces the column\n"
          "                       (largest remainder, each share rounded half up, half\n"
          "                       even or down, or none), each row's deviation, and a\n"
          "                       percent or share column's sum and exact key\n"
          "  --total T            the stated total for --audit (default: the column's\n"
          "                       sum), in the column's unit; also the TOTAL of a split\n"
          "  --column NAME        the published column (default: the last other column);\n"
          "                       a name with \"tkr\" or values with \"tkr\" are thousands\n"
          "  --percent-column NAME  the percent or share column (default: percent,\n"
          "                       procent, andel or share)\n"
          "  --format FORMAT      text (default), json or csv\n"
          "  --csv DIALECT        excel (default: ';', UTF-8 with BOM, decimal comma)\n"
          "                       or rfc4180 (',', decimal point); implies --format csv\n"
          "  --locale LOCALE      C (default) or sv: the text table's decimal comma\n"
          "  --xlsx FILE          also write the table as an Excel workbook\n"
          "  --separator SEP      FILE's separator: auto (default), ';', ',' or tab\n"
          "  --encoding ENC       FILE's encoding: auto (default), utf-8 or windows-1252\n"
          "  --help               this text\n"
          "\n"
          "Exit status: 0 on success, 1 on bad input (one line on stderr naming the\n"
          "file and line; nothing on stdout).\n",
          out);
}

/* One line on stderr: "costshare-split: FILE:LINE: message" (FILE and LINE
 * when known). Returns 1, the exit status. */
static int fail(const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail(const char *file, long line, const char *fmt, ...) {
    char message[1024];
    char *p;
    va_list ap;
    va_start(ap, fmt);
    /* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized): a false positive of clang 14 */
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    /* One line, whatever an argument holds. */
    for (p = message; *p != '\0'; p++) {
        if ((unsigned char)*p < 0x20u || *p == 0x7F) {
            *p = ' ';
        }
    }
    if (file != NULL && line > 0) {
        fprintf(stderr, PROG ": %s:%ld: %s\n", file, line, message);
    } else if (file != NULL) {
        fprintf(stderr, PROG ": %s: %s\n", file, message);
    } else {
        fprintf(stderr, PROG ": %s\n", message);
    }
    return 1;
}

static int reader_fail(csv_reader *r) {
    fprintf(stderr, PROG ": %s\n", r->error);
    csv_close(r);
    return 1;
}

/* ---- numbers as text, all through costshare_amount_format() ---- */

/* v at `decimals` decimals: grouped with spaces for the text table (with a
 * decimal comma if swedish), or plain for JSON and messages; `sign` puts a
 * "+" on a positive value. */
static const char *number(char *buf, int64_t v, int decimals, int grouped, int swedish,
                          int sign) {
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    o.decimals = decimals;
    o.group = grouped ? COSTSHARE_AMOUNT_GROUP_SPACE : COSTSHARE_AMOUNT_GROUP_NONE;
    o.decimal_mark = swedish ? COSTSHARE_AMOUNT_MARK_COMMA : COSTSHARE_AMOUNT_MARK_POINT;
    if (sign && v > 0) {
        buf[0] = '+';
        (void)costshare_amount_format(v, &o, buf + 1, COSTSHARE_AMOUNT_TEXT_SIZE);
    } else {
        (void)costshare_amount_format(v, &o, buf, COSTSHARE_AMOUNT_TEXT_SIZE);
    }
    return buf;
}

#define NUMBUF (COSTSHARE_AMOUNT_TEXT_SIZE + 1)

/* v at `decimals` decimals, written with the fewest decimals from
 * min_decimals up that keep it exact: (76394500, 2, 0) -> "763945",
 * (763945, 5, 0) -> "7.63945". */
static const char *in_unit(char *buf, int64_t v, int decimals, int min_decimals, int grouped,
                           int swedish, int sign) {
    int d = min_decimals, k;
    int64_t scale = 1;
    for (k = min_decimals; k < decimals; k++) {
        scale *= 10;
    }
    while (d < decimals && v % scale != 0) {
        d++;
        scale /= 10;
    }
    return number(buf, v / scale, d, grouped, swedish, sign);
}

static int add_i64(int64_t a, int64_t b, int64_t *out) {
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b)) {
        return COSTSHARE_EOVERFLOW;
    }
    *out = a + b;
    return COSTSHARE_OK;
}

static int sub_i64(int64_t a, int64_t b, int64_t *out) {
    if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b)) {
        return COSTSHARE_EOVERFLOW;
    }
    *out = a - b;
    return COSTSHARE_OK;
}

/* Decimals written in a well-formed number: the digits after its mark. */
static int written_decimals(const char *text) {
    const char *mark = strpbrk(text, ",.");
    int n = 0;
    if (mark == NULL) {
        return 0;
    }
    for (mark++; *mark >= '0' && *mark <= '9'; mark++) {
        n++;
    }
    return n;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int contains_ci(const char *s, const char *word) {
    size_t n = strlen(word), i;
    for (; *s != '\0'; s++) {
        for (i = 0; i < n; i++) {
            char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
            if (c != word[i]) {
                break;
            }
        }
        if (i == n) {
            return 1;
        }
    }
    return 0;
}

/* A TOTAL argument at `decimals` decimals, with the spreadsheet forms. */
static int parse_total(const char *text, int decimals, int64_t *out) {
    costshare_amount_options o = COSTSHARE_AMOUNT_OPTIONS_INIT;
    o.decimals = decimals;
    o.group = COSTSHARE_AMOUNT_GROUP_ANY;
    o.decimal_mark = COSTSHARE_AMOUNT_MARK_ANY;
    o.flags = COSTSHARE_AMOUNT_KR | COSTSHARE_AMOUNT_TKR;
    return costshare_amount_parse(text, strlen(text), &o, out);
}

static int first_column(const csv_reader *r, const char *const *names) {
    int i, c;
    for (i = 0; names[i] != NULL; i++) {
        c = csv_column(r, names[i]);
        if (c >= 0) {
            return c;
        }
    }
    return -1;
}

/* ---- reading the table ---- */

static int add_row(struct table *t, csv_reader *r) {
    if (t->count == t->cap) {
        size_t cap = t->cap == 0 ? 16 : t->cap * 2;
        struct row *grown = realloc(t->rows, cap * sizeof *grown);
        if (grown == NULL) {
            return csv_fail(r, r->line, "out of memory");
        }
        t->rows = grown;
        t->cap = cap;
    }
    memset(&t->rows[t->count], 0, sizeof t->rows[0]);
    t->count++;
    return 0;
}

/* Reads the table; 0, or 1 after printing the error (r is closed then). */
static int load(const struct args *a, csv_reader *r, struct table *t) {
    int name_col = 0, weight_col = 1, pub_col = -1, pct_col = -1, need, rc;
    int audit = a->audit != NULL;
    const char *label = audit ? a->audit : a->file != NULL ? a->file : bundled_name;
    int64_t probe;

    memset(t, 0, sizeof *t);
    t->label = label;
    if (audit || a->file != NULL) {
        rc = csv_open(r, label, &a->csv);
    } else {
        rc = csv_open_memory(r, label, bundled_csv, sizeof bundled_csv - 1, &a->csv);
    }
    if (rc != 0) {
        return reader_fail(r);
    }
    rc = csv_next(r);
    if (rc < 0) {
        return reader_fail(r);
    }
    if (rc == 0) {
        csv_close(r);
        return fail(label, 0, "no data rows");
    }
    /* A header unless the second field is a number. */
    if (r->count >= 2 && parse_total(r->fields[1], PCT_DECIMALS, &probe) != COSTSHARE_OK) {
        long line = r->line;
        if (csv_set_header(r) != 0) {
            return reader_fail(r);
        }
        name_col = first_column(r, name_columns);
        weight_col = first_column(r, weight_columns);
        if (name_col < 0 || weight_col < 0) {
            csv_fail(r, line, "no column %s in the header (the separator is '%s')",
                     name_col < 0 ? "\"municipality\" or \"kommun\""
                                  : "\"population\", \"befolkning\", \"folkm\xC3\xA4ngd\" or "
                                    "\"inv\xC3\xA5nare\"",
                     r->separator == '\t'  ? "tab"
                     : r->separator == ';' ? ";"
                                           : ",");
            return reader_fail(r);
        }
        if (audit) {
            if (a->percent_column != NULL) {
                pct_col = csv_column(r, a->percent_column);
                if (pct_col < 0) {
                    csv_fail(r, line, "no percent column \"%s\" in the header",
                             a->percent_column);
                    return reader_fail(r);
                }
            } else {
                pct_col = first_column(r, percent_columns);
            }
            if (a->column != NULL) {
                pub_col = csv_column(r, a->column);
            } else {
                for (pub_col = (int)r->count - 1; pub_col >= 0; pub_col--) {
                    if (pub_col != name_col && pub_col != weight_col && pub_col != pct_col &&
                        r->fields[pub_col][0] != '\0') {
                        break;
                    }
                }
            }
            if (a->column != NULL &&
                (pub_col < 0 || pub_col == name_col || pub_col == weight_col)) {
                csv_fail(r, line, "no published amount column \"%s\" in the header", a->column);
                return reader_fail(r);
            }
            if (pub_col < 0) {
                csv_fail(r, line,
                         "no published amount column: the header has no column besides the "
                         "municipality, population and percent ones (add one, or name it "
                         "with --column NAME)");
                return reader_fail(r);
            }
            t->published_name = r->fields[pub_col];
            t->tkr = contains_ci(t->published_name, "tkr");
            if (pct_col == pub_col) {
                pct_col = -1;
            }
            if (pct_col >= 0) {
                t->percent_name = r->fields[pct_col];
            }
        }
        rc = csv_next(r);
    } else if (audit) {
        csv_fail(r, r->line, "--audit needs a header line naming the columns");
        return reader_fail(r);
    }
    need = (name_col > weight_col ? name_col : weight_col) + 1;
    if (pub_col + 1 > need) {
        need = pub_col + 1;
    }
    if (pct_col + 1 > need) {
        need = pct_col + 1;
    }
    for (; rc > 0; rc = csv_next(r)) {
        struct row *row;
        if (r->count < (size_t)need) {
            csv_fail(r, r->line,
                     "missing column (%d fields expected, %lu found with separator '%s')", need,
                     (unsigned long)r->count,
                     r->separator == '\t'  ? "tab"
                     : r->separator == ';' ? ";"
                                           : ",");
            return reader_fail(r);
        }
        if (add_row(t, r) != 0) {
            return reader_fail(r);
        }
        row = &t->rows[t->count - 1];
        row->name = r->fields[name_col];
        if (csv_number(r, r->fields[weight_col], 0, "population", &row->weight) != 0) {
            return reader_fail(r);
        }
        if (row->weight < 0) {
            csv_fail(r, r->line, "population \"%s\" is negative", r->fields[weight_col]);
            return reader_fail(r);
        }
        if (t->weight_sum > INT64_MAX - row->weight) {
            csv_fail(r, r->line, "the populations add up to more than %" PRId64, INT64_MAX);
            return reader_fail(r);
        }
        t->weight_sum += row->weight;
        if (pub_col >= 0) {
            const char *text = r->fields[pub_col];
            int d;
            if (csv_number(r, text, 2, "published amount", &row->published) != 0) {
                return reader_fail(r);
            }
            if (ends_with(text, "tkr")) {
                t->tkr = 1;
            } else if (ends_with(text, "kr")) {
                t->kr = 1;
            }
            if (t->tkr && t->kr) {
                csv_fail(r, r->line, "published amount \"%s\": the column mixes kr and tkr",
                         text);
                return reader_fail(r);
            }
            d = written_decimals(text);
            if (d > t->published_decimals) {
                t->published_decimals = d;
            }
        }
        if (pct_col >= 0) {
            const char *text = r->fields[pct_col];
            int d;
            if (csv_number(r, text, PCT_DECIMALS, t->percent_name, &row->percent) != 0) {
                return reader_fail(r);
            }
            t->percent_sign |= ends_with(text, "%");
            d = written_decimals(text);
            if (d > t->percent_decimals) {
                t->percent_decimals = d;
            }
        }
    }
    if (rc < 0) {
        return reader_fail(r);
    }
    if (t->count == 0) {
        csv_close(r);
        return fail(label, 0, "no data rows");
    }
    if (t->weight_sum == 0) {
        csv_close(r);
        return fail(label, 0, "every population is zero");
    }
    return 0;
}

/* ---- the split ---- */

static int compute_split(const struct args *a, const struct table *t, int64_t total,
                         struct result *res) {
    costshare_split_options opts = COSTSHARE_SPLIT_OPTIONS_INIT;
    int64_t *w = malloc(t->count * sizeof *w);
    size_t i;
    int rc;
    res->amount = calloc(t->count, sizeof *res->amount);
    res->pct = calloc(t->count, sizeof *res->pct);
    if (w == NULL || res->amount == NULL || res->pct == NULL) {
        free(w);
        return fail(t->label, 0, "out of memory");
    }
    for (i = 0; i < t->count; i++) {
        w[i] = t->rows[i].weight;
    }
    if (a->legacy) {
        opts.method = COSTSHARE_SPLIT_ROUND_EACH;
    }
    res->total = total;
    rc = costshare_split_ex(total, w, t->count, &opts, res->amount, &res->residual);
    if (rc == COSTSHARE_OK) {
        rc = costshare_split_percentages(w, t->count, 2, res->pct);
    }
    free(w);
    if (rc != COSTSHARE_OK) {
        return fail(t->label, 0, "%s", costshare_error_message(rc));
    }
    res->exact_sum = total + res->residual; /* the amounts' sum */
    res->pct_sum = 10000;
    return 0;
}

static size_t name_width(const struct table *t) {
    size_t w = out_display_width("Municipality"), i;
    for (i = 0; i < t->count; i++) {
        size_t n = out_display_width(t->rows[i].name);
        if (n > w) {
            w = n;
        }
    }
    return w;
}

static void text_split(out_buffer *o, const struct args *a, const struct table *t,
                       const struct result *res) {
    char x[NUMBUF], y[NUMBUF], z[NUMBUF];
    size_t i, nw = name_width(t);
    int sv = a->swedish;
    out_printf(o, "%s: %s split by population\n", t->label, number(x, res->total, 0, 1, sv, 0));
    out_printf(o, "Method: %s\n\n",
               a->legacy ? "each amount rounded on its own, half away from zero (legacy)"
                         : "largest remainder (the amounts add up exactly)");
    out_pad(o, "Municipality", nw, 0);
    out_printf(o, "  %12s  %8s  %14s\n", "Population", "Percent", "Amount");
    for (i = 0; i < t->count; i++) {
        out_pad(o, t->rows[i].name, nw, 0);
        out_printf(o, "  %12s  %8s  %14s\n", number(x, t->rows[i].weight, 0, 1, sv, 0),
                   number(y, res->pct[i], 2, 1, sv, 0), number(z, res->amount[i], 0, 1, sv, 0));
    }
    out_repeat(o, '-', nw + 2 + 12 + 2 + 8 + 2 + 14);
    out_puts(o, "\n");
    out_pad(o, "Total", nw, 0);
    out_printf(o, "  %12s  %8s  %14s\n", number(x, t->weight_sum, 0, 1, sv, 0),
               number(y, res->pct_sum, 2, 1, sv, 0), number(z, res->exact_sum, 0, 1, sv, 0));
    if (a->legacy) {
        out_printf(o, "\nResidual: %s (the amounts add up to %s, the total is %s)\n",
                   number(x, res->residual, 0, 0, sv, 1),
                   number(y, res->exact_sum, 0, 1, sv, 0), number(z, res->total, 0, 1, sv, 0));
    }
}

static void json_split(out_buffer *o, const struct table *t, const struct result *res) {
    char x[NUMBUF];
    size_t i;
    out_printf(o, "{\"total\": %" PRId64 ", \"residual\": %" PRId64 ", \"rows\": [", res->total,
               res->residual);
    for (i = 0; i < t->count; i++) {
        out_puts(o, i > 0 ? ", {\"name\": " : "{\"name\": ");
        out_json_string(o, t->rows[i].name);
        out_printf(o,
                   ", \"weight\": %" PRId64 ", \"percent\": \"%s\", \"amount\": %" PRId64 "}",
                   t->rows[i].weight, number(x, res->pct[i], 2, 0, 0, 0), res->amount[i]);
    }
    out_puts(o, "]}\n");
}

/* The cells of a sheet: rows, then the summary rows. */
struct cells {
    sheet_cell *cell;
    size_t ncols, nrows;
    char formulas[8][64];
};

static sheet_cell *cell_at(struct cells *c, size_t row, size_t col) {
    return &c->cell[row * c->ncols + col];
}

static int sheet_split(const struct args *a, const struct table *t, const struct result *res,
                       sheet *s, struct cells *c, sheet_column *cols) {
    size_t i, n = t->count, extra = a->legacy ? 3 : 1;
    char first[24], last[24];
    static const char *const titles[4] = {"municipality", "population", "percent", "amount"};
    for (i = 0; i < 4; i++) {
        cols[i].title = titles[i];
        cols[i].kind = i == 0 ? SHEET_TEXT : SHEET_NUMBER;
        cols[i].decimals = i == 2 ? 2 : 0;
        cols[i].num_format = i == 2 ? SHEET_FORMAT_PERCENT : SHEET_FORMAT_INTEGER;
        cols[i].width = i == 0 ? 16 : 12;
    }
    c->ncols = 4;
    c->nrows = n + extra;
    c->cell = calloc(c->nrows * c->ncols, sizeof *c->cell);
    if (c->cell == NULL) {
        return fail(t->label, 0, "out of memory");
    }
    for (i = 0; i < n; i++) {
        cell_at(c, i, 0)->text = t->rows[i].name;
        cell_at(c, i, 1)->value = t->rows[i].weight;
        cell_at(c, i, 2)->value = res->pct[i];
        cell_at(c, i, 3)->value = res->amount[i];
    }
    /* The total row: a SUM of each number column (the header is row 1). */
    cell_at(c, n, 0)->text = "Total";
    for (i = 1; i < 4; i++) {
        sheet_cell_name(1, i, first);
        sheet_cell_name(n, i, last);
        snprintf(c->formulas[i], sizeof c->formulas[i], "SUM(%s:%s)", first, last);
        cell_at(c, n, i)->formula = c->formulas[i];
    }
    cell_at(c, n, 1)->value = t->weight_sum;
    cell_at(c, n, 2)->value = res->pct_sum;
    cell_at(c, n, 3)->value = res->exact_sum;
    if (a->legacy) {
        /* The rounded amounts miss the total: state it and the residual. */
        cell_at(c, n + 1, 0)->text = "Stated total";
        cell_at(c, n + 1, 3)->value = res->total;
        cell_at(c, n + 2, 0)->text = "Residual";
        sheet_cell_name(n + 1, 3, first);
        sheet_cell_name(n + 2, 3, last);
        snprintf(c->formulas[4], sizeof c->formulas[4], "%s-%s", first, last);
        cell_at(c, n + 2, 3)->formula = c->formulas[4];
        cell_at(c, n + 2, 3)->value = res->residual;
        for (i = 1; i < 3; i++) {
            cell_at(c, n + 1, i)->empty = 1;
            cell_at(c, n + 2, i)->empty = 1;
        }
    }
    s->name = "split";
    s->columns = cols;
    s->ncols = 4;
    s->cells = c->cell;
    s->nrows = c->nrows;
    s->data_rows = n;
    return 0;
}

/* ---- the audit ---- */

/* The audit computes in öre, a hundredth of a krona, whatever the column's
 * unit, so that a total in kronor and a column in tkr meet exactly. */
struct units {
    int64_t per_unit;      /* öre per unit of the column: 100 (kr) or 100 000 (tkr) */
    int64_t per_hundredth; /* öre per hundredth of that unit: 1 or 1 000 */
    int64_t per_step;      /* öre per last written digit of the column */
    int decimals;          /* decimals of the unit that are whole öre: 2 or 5 */
};

static struct units column_units(const struct table *t) {
    struct units u;
    int d;
    u.per_unit = t->tkr ? 100000 : 100;
    u.per_hundredth = u.per_unit / 100;
    u.decimals = t->tkr ? 5 : 2;
    u.per_step = u.per_unit;
    for (d = 0; d < t->published_decimals; d++) {
        u.per_step /= 10;
    }
    return u;
}

static const char *method_text(const char *method) {
    if (strcmp(method, "largest-remainder") == 0) {
        return "largest remainder (the amounts add up to the total)";
    }
    if (strcmp(method, "round-half-up") == 0) {
        return "each share rounded on its own, half up";
    }
    if (strcmp(method, "round-half-even") == 0) {
        return "each share rounded on its own, half to even";
    }
    if (strcmp(method, "floor") == 0) {
        return "each share rounded down";
    }
    return "none of largest remainder, each share rounded half up, half to even or down "
           "reproduces the column";
}

/* Does the published value p (in units of the column's last digit) lie
 * within half a unit of the exact quotient q = total * w / wu? Exactly: with
 * f = floor(q) and c = ceil(q), p == f and 2q <= 2f + 1, or p == c and
 * 2q >= 2c - 1. */
static int within_half_unit(int64_t p, int64_t total, int64_t w, int64_t wu, int *ok) {
    int64_t f, c, twice_ceil = 0, twice_floor = 0, num = w, amount = total;
    int rc = costshare_round_scale(total, w, wu, COSTSHARE_ROUND_FLOOR, &f);
    if (rc == COSTSHARE_OK) {
        rc = costshare_round_scale(total, w, wu, COSTSHARE_ROUND_CEILING, &c);
    }
    if (num <= INT64_MAX / 2) {
        num *= 2;
    } else if (amount <= INT64_MAX / 2 && amount >= INT64_MIN / 2) {
        amount *= 2;
    } else {
        rc = COSTSHARE_EOVERFLOW;
    }
    if (rc == COSTSHARE_OK) {
        rc = costshare_round_scale(amount, num, wu, COSTSHARE_ROUND_CEILING, &twice_ceil);
    }
    if (rc == COSTSHARE_OK) {
        rc = costshare_round_scale(amount, num, wu, COSTSHARE_ROUND_FLOOR, &twice_floor);
    }
    if (rc == COSTSHARE_OK) {
        /* f and c are at most |total|: 2f + 1 and 2c - 1 fit unless total
         * is within a factor two of the int64_t ends, where num was doubled
         * instead of amount and the comparison is made in halves. */
        *ok = (p == f && (f == c || (twice_ceil - f <= f + 1))) ||
              (p == c && twice_floor - c >= c - 1);
    }
    return rc;
}

/* The stated total in öre: "--total T" with an optional kr or tkr; without
 * a suffix in the column's unit. */
static int stated_total(const struct args *a, const struct units *u, int64_t *out) {
    int tkr = ends_with(a->total, "tkr"), kr = !tkr && ends_with(a->total, "kr");
    int rc = parse_total(a->total, tkr ? 5 : kr ? 2 : u->decimals, out);
    if (rc != COSTSHARE_OK) {
        return fail(NULL, 0, "TOTAL \"%s\" %s", a->total,
                    rc == COSTSHARE_EOVERFLOW ? "does not fit in 64 bits"
                                              : "is not an amount to the öre");
    }
    return 0;
}

static int compute_audit(const struct args *a, const struct table *t, struct result *res) {
    static const struct {
        const char *name;
        int32_t mode; /* -1: largest remainder */
    } methods[] = {{"largest-remainder", -1},
                   {"round-half-up", COSTSHARE_ROUND_HALF_AWAY},
                   {"round-half-even", COSTSHARE_ROUND_HALF_EVEN},
                   {"floor", COSTSHARE_ROUND_FLOOR}};
    struct units u = column_units(t);
    size_t n = t->count, i, m;
    int64_t *w = malloc(n * sizeof *w), *shares = malloc(n * sizeof *shares);
    int64_t *pub = malloc(n * sizeof *pub), wu = 0, diff = 0;
    int d, rc = COSTSHARE_OK;

    res->exact = malloc(n * sizeof *res->exact);
    res->dev = malloc(n * sizeof *res->dev);
    res->outside = malloc(n * sizeof *res->outside);
    res->key = malloc(n * sizeof *res->key);
    if (w == NULL || shares == NULL || pub == NULL || res->exact == NULL || res->dev == NULL ||
        res->outside == NULL || res->key == NULL) {
        rc = COSTSHARE_ESIZE;
    }
    /* The published amounts and their sum, in öre. */
    res->column_sum = 0;
    res->column_hundredths = 0;
    for (i = 0; i < n && rc == COSTSHARE_OK; i++) {
        w[i] = t->rows[i].weight;
        if (t->rows[i].published > INT64_MAX / u.per_hundredth ||
            t->rows[i].published < INT64_MIN / u.per_hundredth) {
            rc = COSTSHARE_EOVERFLOW;
            break;
        }
        pub[i] = t->rows[i].published * u.per_hundredth;
        rc = add_i64(res->column_sum, pub[i], &res->column_sum);
        if (rc == COSTSHARE_OK) {
            rc = add_i64(res->column_hundredths, t->rows[i].published, &res->column_hundredths);
        }
    }
    if (rc == COSTSHARE_ESIZE) {
        free(w);
        free(shares);
        free(pub);
        return fail(t->label, 0, "out of memory");
    }
    if (rc != COSTSHARE_OK) {
        free(w);
        free(shares);
        free(pub);
        return fail(t->label, 0, "the published amounts add up to more than 64 bits hold");
    }
    res->total_given = a->total != NULL;
    if (a->total != NULL) {
        if (stated_total(a, &u, &res->total) != 0) {
            free(w);
            free(shares);
            free(pub);
            return 1;
        }
    } else {
        res->total = res->column_sum;
    }
    /* Every product below is exact in 128 bits; these only keep the
     * denominators and the differences in 64. */
    if (t->weight_sum > INT64_MAX / u.per_step ||
        sub_i64(res->column_sum, res->total, &diff) != COSTSHARE_OK) {
        free(w);
        free(shares);
        free(pub);
        return fail(t->label, 0, "the amounts or the populations are too large to audit");
    }
    wu = t->weight_sum * u.per_step;
    rc = costshare_round_scale(diff, 1, u.per_hundredth, COSTSHARE_ROUND_HALF_AWAY,
                               &res->sum_dev);
    if (rc == COSTSHARE_OK) {
        rc = costshare_round_scale(res->total, 1, u.per_hundredth, COSTSHARE_ROUND_HALF_AWAY,
                                   &res->total_hundredths);
    }
    /* Each row: the exact amount to a hundredth of the unit, the deviation,
     * and whether the published amount is a rounding of the exact one. */
    res->have_worst = 0;
    res->outside_count = 0;
    res->exact_sum = 0;
    for (i = 0; i < n && rc == COSTSHARE_OK; i++) {
        int ok = 0;
        rc = costshare_round_scale(res->total, w[i], t->weight_sum * u.per_hundredth,
                                   COSTSHARE_ROUND_HALF_AWAY, &res->exact[i]);
        if (rc == COSTSHARE_OK) {
            rc = sub_i64(t->rows[i].published, res->exact[i], &res->dev[i]);
        }
        if (rc == COSTSHARE_OK) {
            rc = within_half_unit(pub[i] / u.per_step, res->total, w[i], wu, &ok);
        }
        if (rc == COSTSHARE_OK) {
            rc = add_i64(res->exact_sum, res->exact[i], &res->exact_sum);
        }
        if (rc == COSTSHARE_OK) {
            uint64_t mag =
                res->dev[i] < 0 ? (uint64_t)0 - (uint64_t)res->dev[i] : (uint64_t)res->dev[i];
            uint64_t worst = 0;
            if (res->have_worst) {
                int64_t dw = res->dev[res->worst];
                worst = dw < 0 ? (uint64_t)0 - (uint64_t)dw : (uint64_t)dw;
            }
            res->outside[i] = !ok;
            res->outside_count += !ok;
            if (mag > worst) {
                res->worst = i;
                res->have_worst = 1;
            }
        }
    }
    /* The methods, in order: the first that gives every published amount. */
    res->method = "none";
    for (m = 0; m < sizeof methods / sizeof methods[0] && rc == COSTSHARE_OK; m++) {
        int same = 1;
        if (methods[m].mode < 0) {
            costshare_split_options opts = COSTSHARE_SPLIT_OPTIONS_INIT;
            opts.unit = u.per_step;
            rc = costshare_split_ex(res->total, w, n, &opts, shares, NULL);
        }
        for (i = 0; i < n && rc == COSTSHARE_OK; i++) {
            if (methods[m].mode >= 0) {
                int64_t q = 0;
                rc = costshare_round_scale(res->total, w[i], wu, methods[m].mode, &q);
                /* A share that does not fit cannot be a published amount. */
                if (q > INT64_MAX / u.per_step || q < INT64_MIN / u.per_step) {
                    same = 0;
                    q = 0;
                }
                shares[i] = q * u.per_step;
            }
            same &= shares[i] == pub[i];
        }
        if (rc == COSTSHARE_OK && same) {
            res->method = methods[m].name;
            break;
        }
    }
    /* The percent or share column against the exact key at its decimals. */
    if (rc == COSTSHARE_OK && t->percent_name != NULL) {
        int64_t scale = 1, one = 1;
        for (d = t->percent_decimals; d < PCT_DECIMALS; d++) {
            scale *= 10;
        }
        for (d = 0; d < t->percent_decimals; d++) {
            one *= 10;
        }
        res->pct_sum = 0;
        for (i = 0; i < n && rc == COSTSHARE_OK; i++) {
            rc = add_i64(res->pct_sum, t->rows[i].percent / scale, &res->pct_sum);
        }
        /* Shares of 1 sum to about 1, percentages to about 100; a "%" sign
         * says percent. */
        res->share = !t->percent_sign && res->pct_sum < 10 * one;
        if (rc == COSTSHARE_OK && res->share) {
            rc = costshare_split(one, w, n, res->key);
            res->key_sum = one;
        } else if (rc == COSTSHARE_OK) {
            rc = costshare_split_percentages(w, n, t->percent_decimals, res->key);
            res->key_sum = 100 * one;
        }
        res->key_differs = 0;
        for (i = 0; i < n && rc == COSTSHARE_OK; i++) {
            res->key_differs += t->rows[i].percent / scale != res->key[i];
        }
    }
    free(w);
    free(shares);
    free(pub);
    if (rc != COSTSHARE_OK) {
        return fail(t->label, 0, "the amounts or the populations are too large to audit (%s)",
                    costshare_error_message(rc));
    }
    return 0;
}

/* The published value in the column's unit, hundredths -> as written. */
static const char *published(char *buf, int64_t hundredths_value, int pd, int grouped, int sv) {
    return number(buf,
                  hundredths_value / (pd == 0   ? 100
                                      : pd == 1 ? 10
                                                : 1),
                  pd, grouped, sv, 0);
}

/* The total in öre, in the column's unit with the decimals it needs. */
static const char *total_text(char *buf, const struct table *t, int64_t ore, int grouped,
                              int sv) {
    struct units u = column_units(t);
    return in_unit(buf, ore, u.decimals, t->published_decimals, grouped, sv, 0);
}

static void text_audit(out_buffer *o, const struct args *a, const struct table *t,
                       const struct result *res) {
    char x[NUMBUF], y[NUMBUF], z[NUMBUF], v[NUMBUF];
    size_t i, nw = name_width(t), dw = 12;
    int sv = a->swedish, pd = t->published_decimals;
    const char *unit = t->tkr ? " tkr" : "";
    out_printf(o, "%s: the published column \"%s\" against the exact population key\n",
               t->label, t->published_name);
    if (t->tkr) {
        out_puts(o, "Amounts in tkr (thousands of kronor), as in the column\n");
    }
    out_printf(o, "Stated total: %s%s%s\n", total_text(x, t, res->total, 1, sv), unit,
               res->total_given ? "" : " (none given: the column's sum)");
    out_printf(o, "Column sum:   %s%s", published(x, res->column_hundredths, pd, 1, sv), unit);
    if (res->column_sum != res->total) {
        out_printf(o, " (%s against the stated total)",
                   in_unit(y, res->sum_dev, 2, pd, 1, sv, 1));
    }
    out_printf(o, "\nExact amount = total * population / %s, to 0.01%s\n",
               number(x, t->weight_sum, 0, 1, sv, 0), unit);
    out_printf(o, "Method: %s\n\n", method_text(res->method));
    out_pad(o, "Municipality", nw, 0);
    out_printf(o, "  %12s  %12s  %14s  %10s\n", "Population", "Published", "Exact",
               "Deviation");
    for (i = 0; i < t->count; i++) {
        out_pad(o, t->rows[i].name, nw, 0);
        out_printf(o, "  %12s  %12s  %14s  %10s\n", number(x, t->rows[i].weight, 0, 1, sv, 0),
                   published(y, t->rows[i].published, pd, 1, sv),
                   number(z, res->exact[i], 2, 1, sv, 0), number(v, res->dev[i], 2, 1, sv, 1));
    }
    out_repeat(o, '-', nw + 2 + 12 + 2 + 12 + 2 + 14 + 2 + 10);
    out_puts(o, "\n");
    out_pad(o, "Total", nw, 0);
    out_printf(o, "  %12s  %12s  %14s  %10s\n", number(x, t->weight_sum, 0, 1, sv, 0),
               published(y, res->column_hundredths, pd, 1, sv),
               number(z, res->total_hundredths, 2, 1, sv, 0),
               number(v, res->sum_dev, 2, 1, sv, 1));
    if (!res->have_worst) {
        out_printf(o, "\nEvery published amount equals the exact key to 0.01%s.\n", unit);
    } else {
        const struct row *r = &t->rows[res->worst];
        out_printf(o, "\nLargest deviation: %s%s at %s (published %s, exact %s)\n",
                   number(x, res->dev[res->worst], 2, 1, sv, 1), unit, r->name,
                   published(y, r->published, pd, 1, sv),
                   number(z, res->exact[res->worst], 2, 1, sv, 0));
    }
    if (res->outside_count == 0) {
        out_printf(o, "Every published amount is within half a unit (%s%s) of the exact one.\n",
                   number(x, 5, pd + 1, 0, sv, 0), unit);
    } else {
        out_printf(o, "More than half a unit (%s%s) from the exact amount: ",
                   number(x, 5, pd + 1, 0, sv, 0), unit);
        if (res->outside_count == t->count) {
            out_printf(o, "every row (%lu)\n", (unsigned long)t->count);
        } else {
            out_printf(o, "%lu of %lu rows\n", (unsigned long)res->outside_count,
                       (unsigned long)t->count);
            for (i = 0; i < t->count; i++) {
                if (res->outside[i]) {
                    out_puts(o, "  ");
                    out_pad(o, t->rows[i].name, nw, 0);
                    out_pad(o, number(x, res->dev[i], 2, 1, sv, 1), dw, 1);
                    out_puts(o, "\n");
                }
            }
        }
    }
    if (t->percent_name != NULL) {
        int pdec = t->percent_decimals;
        int64_t scale = 1;
        for (i = (size_t)pdec; i < PCT_DECIMALS; i++) {
            scale *= 10;
        }
        out_printf(o, "\n%s column \"%s\": sum %s, the exact key %s (%d decimals)",
                   res->share ? "Share" : "Percent", t->percent_name,
                   number(x, res->pct_sum, pdec, 0, sv, 0),
                   number(y, res->key_sum, pdec, 0, sv, 0), pdec);
        if (res->key_differs == 0) {
            out_puts(o, "; every row as printed\n");
        } else {
            out_printf(o, "; %lu row%s differ%s:\n", (unsigned long)res->key_differs,
                       res->key_differs == 1 ? "" : "s", res->key_differs == 1 ? "s" : "");
            for (i = 0; i < t->count; i++) {
                if (t->rows[i].percent / scale != res->key[i]) {
                    out_puts(o, "  ");
                    out_pad(o, t->rows[i].name, nw, 0);
                    out_printf(o, "  printed %s, exact %s\n",
                               number(x, t->rows[i].percent / scale, pdec, 0, sv, 0),
                               number(y, res->key[i], pdec, 0, sv, 0));
                }
            }
        }
    }
}

static void json_audit(out_buffer *o, const struct table *t, const struct result *res) {
    char x[NUMBUF], y[NUMBUF];
    size_t i;
    int pd = t->published_decimals;
    out_printf(o, "{\"total\": %s, \"column_sum\": %s, \"method\": \"%s\", \"max_deviation\": ",
               total_text(x, t, res->total, 0, 0),
               published(y, res->column_hundredths, pd, 0, 0), res->method);
    if (res->have_worst) {
        out_puts(o, "{\"name\": ");
        out_json_string(o, t->rows[res->worst].name);
        out_printf(o, ", \"value\": \"%s\"}", number(x, res->dev[res->worst], 2, 0, 0, 0));
    } else {
        out_puts(o, "null");
    }
    if (t->percent_name != NULL) {
        out_printf(o, ", \"percent_sum\": \"%s\"",
                   number(x, res->pct_sum, t->percent_decimals, 0, 0, 0));
    } else {
        out_puts(o, ", \"percent_sum\": null");
    }
    out_puts(o, ", \"rows\": [");
    for (i = 0; i < t->count; i++) {
        out_puts(o, i > 0 ? ", {\"name\": " : "{\"name\": ");
        out_json_string(o, t->rows[i].name);
        out_printf(o, ", \"weight\": %" PRId64 ", \"published\": %s", t->rows[i].weight,
                   published(x, t->rows[i].published, pd, 0, 0));
        out_printf(o, ", \"exact\": \"%s\"", number(x, res->exact[i], 2, 0, 0, 0));
        out_printf(o, ", \"deviation\": \"%s\"}", number(x, res->dev[i], 2, 0, 0, 0));
    }
    out_puts(o, "]}\n");
}

static int sheet_audit(const struct table *t, const struct result *res, sheet *s,
                       struct cells *c, sheet_column *cols) {
    struct units u = column_units(t);
    size_t i, n = t->count;
    int pd = t->published_decimals;
    int64_t pscale = pd == 0 ? 100 : pd == 1 ? 10 : 1;
    char first[24], last[24];
    static const char *const titles[5] = {"municipality", "population", "published", "exact",
                                          "deviation"};
    for (i = 0; i < 5; i++) {
        cols[i].title = titles[i];
        cols[i].kind = i == 0 ? SHEET_TEXT : SHEET_NUMBER;
        cols[i].decimals = i == 1 ? 0 : i == 2 ? pd : 2;
        cols[i].num_format =
            i == 1 || (i == 2 && pd == 0) ? SHEET_FORMAT_INTEGER : SHEET_FORMAT_DECIMAL2;
        cols[i].width = i == 0 ? 16 : 12;
    }
    c->ncols = 5;
    c->nrows = n + 2;
    c->cell = calloc(c->nrows * c->ncols, sizeof *c->cell);
    if (c->cell == NULL) {
        return fail(t->label, 0, "out of memory");
    }
    for (i = 0; i < n; i++) {
        cell_at(c, i, 0)->text = t->rows[i].name;
        cell_at(c, i, 1)->value = t->rows[i].weight;
        cell_at(c, i, 2)->value = t->rows[i].published / pscale;
        cell_at(c, i, 3)->value = res->exact[i];
        cell_at(c, i, 4)->value = res->dev[i];
    }
    cell_at(c, n, 0)->text = "Total";
    for (i = 1; i < 5; i++) {
        sheet_cell_name(1, i, first);
        sheet_cell_name(n, i, last);
        snprintf(c->formulas[i], sizeof c->formulas[i], "SUM(%s:%s)", first, last);
        cell_at(c, n, i)->formula = c->formulas[i];
    }
    /* The sums of what the cells hold (the exact column to the hundredth). */
    cell_at(c, n, 1)->value = t->weight_sum;
    cell_at(c, n, 2)->value = res->column_hundredths / pscale;
    cell_at(c, n, 3)->value = res->exact_sum;
    cell_at(c, n, 4)->value = res->column_hundredths - res->exact_sum; /* checked: both fit */
    /* The stated total exactly, in the exact column: to the öre. */
    cell_at(c, n + 1, 0)->text = "Stated total";
    cell_at(c, n + 1, 1)->empty = 1;
    cell_at(c, n + 1, 2)->empty = 1;
    cell_at(c, n + 1, 3)->value = res->total;
    cell_at(c, n + 1, 3)->decimals = u.decimals;
    cell_at(c, n + 1, 4)->empty = 1;
    s->name = "audit";
    s->columns = cols;
    s->ncols = 5;
    s->cells = c->cell;
    s->nrows = c->nrows;
    s->data_rows = n;
    return 0;
}

/* ---- the command line ---- */

/* "--name value" or "--name=value": 1 and *value if argv[*i] is option
 * name, moving *i past its value; -1 if the value is missing; 0 if it is
 * another argument. */
static int option(int argc, char **argv, int *i, const char *name, const char **value) {
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0) {
        return 0;
    }
    if (argv[*i][n] == '=') {
        *value = argv[*i] + n + 1;
        return 1;
    }
    if (argv[*i][n] != '\0') {
        return 0;
    }
    if (*i + 1 >= argc) {
        return -1;
    }
    *value = argv[++*i];
    return 1;
}

/* 0, 1 (exit status after an error was printed) or 2 (--help printed). */
static int parse_args(int argc, char **argv, struct args *a) {
    static const char *const valued[] = {
        "--audit", "--column", "--percent-column", "--total",     "--format",
        "--csv",   "--locale", "--xlsx",           "--separator", "--encoding"};
    csv_options defaults = CSV_OPTIONS_INIT;
    const char *positional[2] = {NULL, NULL};
    int i, npos = 0;
    memset(a, 0, sizeof *a);
    a->csv = defaults;
    for (i = 1; i < argc; i++) {
        const char *v = NULL;
        size_t k;
        int matched = 0;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 2;
        }
        if (strcmp(argv[i], "--legacy") == 0) {
            a->legacy = 1;
            continue;
        }
        for (k = 0; k < sizeof valued / sizeof valued[0] && !matched; k++) {
            int rc = option(argc, argv, &i, valued[k], &v);
            if (rc < 0) {
                return fail(NULL, 0, "%s needs a value (see --help)", valued[k]);
            }
            if (rc == 0) {
                continue;
            }
            matched = 1;
            switch (k) {
            case 0:
                a->audit = v;
                break;
            case 1:
                a->column = v;
                break;
            case 2:
                a->percent_column = v;
                break;
            case 3:
                a->total = v;
                break;
            case 4:
                a->format_given = 1;
                if (strcmp(v, "text") == 0) {
                    a->format = FORMAT_TEXT;
                } else if (strcmp(v, "json") == 0) {
                    a->format = FORMAT_JSON;
                } else if (strcmp(v, "csv") == 0) {
                    a->format = FORMAT_CSV;
                } else {
                    return fail(NULL, 0, "unknown --format \"%s\" (text, json or csv)", v);
                }
                break;
            case 5:
                a->dialect_given = 1;
                if (strcmp(v, "excel") == 0) {
                    a->dialect = SHEET_CSV_EXCEL;
                } else if (strcmp(v, "rfc4180") == 0) {
                    a->dialect = SHEET_CSV_RFC4180;
                } else {
                    return fail(NULL, 0, "unknown --csv \"%s\" (excel or rfc4180)", v);
                }
                break;
            case 6:
                if (strcmp(v, "sv") == 0 || strcmp(v, "sv_SE") == 0) {
                    a->swedish = 1;
                } else if (strcmp(v, "C") == 0 || strcmp(v, "en") == 0) {
                    a->swedish = 0;
                } else {
                    return fail(NULL, 0, "unknown --locale \"%s\" (C or sv)", v);
                }
                break;
            case 7:
                a->xlsx = v;
                break;
            case 8:
                a->csv.separator = csv_separator_arg(v);
                if (a->csv.separator < 0) {
                    return fail(NULL, 0, "unknown --separator \"%s\" (auto, ';', ',' or tab)",
                                v);
                }
                break;
            default:
                a->csv.encoding = csv_encoding_arg(v);
                if (a->csv.encoding < 0) {
                    return fail(NULL, 0,
                                "unknown --encoding \"%s\" (auto, utf-8 or windows-1252)", v);
                }
                break;
            }
        }
        if (matched) {
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] == '-') {
            return fail(NULL, 0, "unknown option %s (see --help)", argv[i]);
        }
        if (npos == 2) {
            return fail(NULL, 0, "too many arguments: %s (see --help)", argv[i]);
        }
        positional[npos++] = argv[i];
    }
    if (a->audit != NULL) {
        if (a->legacy) {
            return fail(NULL, 0, "--legacy does not apply to --audit (see --help)");
        }
        if (npos > 1) {
            return fail(NULL, 0,
                        "--audit takes a FILE and an optional TOTAL only (see --help)");
        }
        if (npos == 1 && a->total != NULL) {
            return fail(NULL, 0, "the total is given twice (TOTAL and --total)");
        }
        if (npos == 1) {
            a->total = positional[0]; /* --audit FILE TOTAL */
        }
    } else {
        if (a->column != NULL || a->percent_column != NULL) {
            return fail(NULL, 0, "%s only applies to --audit (see --help)",
                        a->column != NULL ? "--column" : "--percent-column");
        }
        a->file = positional[0];
        if (npos == 2 && a->total != NULL) {
            return fail(NULL, 0, "the total is given twice (TOTAL and --total)");
        }
        if (npos == 2) {
            a->total = positional[1];
        }
        if (a->file != NULL && a->total == NULL) {
            return fail(NULL, 0, "missing TOTAL after %s (see --help)", a->file);
        }
        if (a->file == NULL && a->total != NULL) {
            return fail(NULL, 0, "a TOTAL needs a FILE (see --help)");
        }
    }
    if (a->dialect_given && !a->format_given) {
        a->format = FORMAT_CSV;
    } else if (a->dialect_given && a->format != FORMAT_CSV) {
        return fail(NULL, 0, "--csv applies to --format csv only");
    }
    if (a->xlsx != NULL && !sheet_xlsx_available()) {
        return fail(NULL, 0,
                    "--xlsx: this program was built without libxlsxwriter, so it cannot "
                    "write workbooks");
    }
    return 0;
}

static void free_result(struct result *res) {
    free(res->amount);
    free(res->pct);
    free(res->exact);
    free(res->dev);
    free(res->key);
    free(res->outside);
}

int main(int argc, char **argv) {
    struct args a;
    struct table t;
    struct result res;
    csv_reader reader;
    out_buffer out = OUT_BUFFER_INIT;
    struct cells cells;
    sheet_column cols[5];
    sheet s = {NULL, NULL, 0, NULL, 0, 0};
    int64_t total = bundled_total;
    int rc = parse_args(argc, argv, &a);

    if (rc != 0) {
        return rc == 2 ? 0 : rc;
    }
    memset(&res, 0, sizeof res);
    memset(&cells, 0, sizeof cells);
    if (a.audit == NULL && a.total != NULL) {
        int prc = parse_total(a.total, 0, &total);
        if (prc != COSTSHARE_OK) {
            return fail(NULL, 0, "TOTAL \"%s\" %s", a.total,
                        prc == COSTSHARE_EOVERFLOW ? "does not fit in 64 bits"
                                                   : "is not a whole number");
        }
    }
    rc = load(&a, &reader, &t);
    if (rc == 0) {
        rc = a.audit != NULL ? compute_audit(&a, &t, &res) : compute_split(&a, &t, total, &res);
    }
    if (rc == 0) {
        if (a.format == FORMAT_JSON) {
            if (a.audit != NULL) {
                json_audit(&out, &t, &res);
            } else {
                json_split(&out, &t, &res);
            }
        }
        if (a.format == FORMAT_CSV || a.xlsx != NULL) {
            rc = a.audit != NULL ? sheet_audit(&t, &res, &s, &cells, cols)
                                 : sheet_split(&a, &t, &res, &s, &cells, cols);
        }
        if (rc == 0 && a.format == FORMAT_CSV) {
            sheet_write_csv(&out, &s, a.dialect);
        } else if (rc == 0 && a.format == FORMAT_TEXT) {
            if (a.audit != NULL) {
                text_audit(&out, &a, &t, &res);
            } else {
                text_split(&out, &a, &t, &res);
            }
        }
    }
    if (rc == 0 && a.xlsx != NULL) {
        char err[512];
        if (sheet_write_xlsx(&s, a.xlsx, err, sizeof err) != 0) {
            rc = fail(NULL, 0, "%s", err);
        }
    }
    if (rc == 0 && out_flush(&out, stdout) != 0) {
        rc = fail(NULL, 0, "cannot write the output (out of memory or a write error)");
    }
    out_free(&out);
    free(cells.cell);
    free_result(&res);
    free(t.rows);
    csv_close(&reader); /* the names point into its text: closed last */
    return rc;
}
