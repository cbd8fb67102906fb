/*
 * costshare-invoice: the yearly invoice run (docs/invoice-run.md).
 *
 *   costshare-invoice --year YEAR --cost AMOUNT --parties PARTIES.csv --population POP.csv
 *                     [--key-year previous|same] [--basis months|days]
 *                     [--rule redistribute|fixed-shares] [--invoiced INVOICED.csv]
 *                     [--format text|csv|json]
 *   costshare-invoice                 the bundled Östergötland case for 2024
 *
 * What each party owes for the calendar year YEAR when members join and
 * leave during it, segment by segment, with the residual the funder carries
 * and, given what was invoiced in advance, each party's refund or
 * supplementary charge. The arithmetic is the library's
 * (costshare_invoice_period, costshare_invoice_adjust): exact integers, no
 * floating point. The files are read by invoice_csv.c.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"
#include "invoice_bundled.h"
#include "invoice_csv.h"

#define PROG "costshare-invoice"
#define OPEN COSTSHARE_INVOICE_OPEN

enum { FORMAT_TEXT, FORMAT_CSV, FORMAT_JSON };

struct options {
    int32_t year;
    int64_t cost;
    const char *parties, *population, *invoiced;
    int key_same, by_days, fixed, format, bundled;
    int32_t key_year; /* derived, or the bundled case's 2017 */
};

struct party {
    const char *code, *name;
    long line; /* in the parties file */
    costshare_date from, to;
    int takes_part;
    int64_t weight; /* the key year's population; 0 when not known */
    int has_weight;
    long weight_line; /* in the population file */
    int64_t invoiced;
};

/* One line on stderr, exit status 1. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int
fail(const char *fmt, ...) {
    va_list ap;
    fputs(PROG ": ", stderr);
    va_start(ap, fmt);
    /* ap is initialised on the line above (clang-analyzer 14 loses it). */
    vfprintf(stderr, fmt, ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
    va_end(ap);
    fputc('\n', stderr);
    return 1;
}

static void usage(FILE *out) {
    fprintf(out,
            "Usage: " PROG " --year YEAR --cost AMOUNT --parties PARTIES.csv --population "
            "POP.csv\n"
            "                         [--key-year previous|same] [--basis months|days]\n"
            "                         [--rule redistribute|fixed-shares] [--invoiced "
            "INVOICED.csv]\n"
            "                         [--format text|csv|json]\n"
            "       " PROG "           (the bundled \xC3\x96sterg\xC3\xB6tland case for "
            "2024)\n"
            "\n"
            "What each party owes for the calendar year YEAR of a cost AMOUNT (whole units)\n"
            "shared by population, when parties join and leave during the year: the year is\n"
            "cut where the members change, its cost split over the segments by length and\n"
            "each segment's cost among the parties by population, every split by the\n"
            "largest remainder, so everything adds up exactly. What no party pays is the\n"
            "residual, carried by the funder.\n"
            "\n"
            "  PARTIES.csv     columns code,name,from,to: membership from and to (ISO dates,\n"
            "                  inclusive; empty: no bound). The row order breaks ties.\n"
            "  POP.csv         columns code,year,population, or code,name,2016,2017,...\n"
            "  --key-year      previous (default): the population of YEAR - 1; same: YEAR's\n"
            "  --basis         months (default): segments by whole months (every boundary\n"
            "                  must be a month boundary); days: by days\n"
            "  --rule          redistribute (default): the members present carry a\n"
            "                  segment's cost; fixed-shares: each party keeps its share of\n"
            "                  every party of the year, absent parties' shares are residual\n"
            "  --invoiced      columns code,amount: what each party was invoiced for YEAR;\n"
            "                  adjustment = amount - invoiced (negative: a refund)\n"
            "  --format        text (default), csv or json\n"
            "\n"
            "Exit status: 0 on success, 1 on bad input (one line on stderr naming the file\n"
            "and line).\n");
}

/* A whole number: 1, or 0 when it is not one, -1 when it does not fit in
 * 64 bits. A leading '-' is read, so that a negative value can be named. */
static int parse_int(const char *s, int64_t *out) {
    int neg = 0;
    uint64_t v = 0, limit;
    if (*s == '-') {
        neg = 1;
        s++;
    }
    if (*s == '\0') {
        return 0;
    }
    limit = neg ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    for (; *s != '\0'; s++) {
        unsigned d;
        if (*s < '0' || *s > '9') {
            return 0;
        }
        d = (unsigned)(*s - '0');
        if (v > (limit - d) / 10u) {
            return -1;
        }
        v = v * 10u + d;
    }
    *out = !neg ? (int64_t)v : v > (uint64_t)INT64_MAX ? INT64_MIN : -(int64_t)v;
    return 1;
}

/* A non-negative whole number from a cell (plain or Swedish notation): 1,
 * or 0 after the error. */
static int read_count(struct invoice_table *t, size_t row, size_t column, const char *what,
                      int64_t *out) {
    char msg[CSV_ERROR_SIZE];
    if (invoice_table_number(t, row, column, what, out, msg, sizeof msg) != 0) {
        fail("%s", msg);
        return 0;
    }
    if (*out < 0) {
        fail("%s:%ld: %s \"%s\" is negative", t->name, t->lines[row], what,
             invoice_table_cell(t, row, column));
        return 0;
    }
    return 1;
}

/* A membership day: empty for no bound, else an ISO date. */
static int read_day(const char *file, long line, const char *what, const char *text,
                    costshare_date *out) {
    if (*text == '\0') {
        *out = OPEN;
        return 1;
    }
    if (costshare_date_parse(text, strlen(text), out) != COSTSHARE_OK) {
        fail("%s:%ld: %s \"%s\" is not an ISO date (YYYY-MM-DD)", file, line, what, text);
        return 0;
    }
    return 1;
}

static void format_date(costshare_date d, char *buf) {
    if (costshare_date_format(d, buf, COSTSHARE_DATE_TEXT_SIZE) != COSTSHARE_OK) {
        buf[0] = '?'; /* every date here is valid */
        buf[1] = '\0';
    }
}

static long need_column(const struct invoice_table *t, const char *name) {
    long c = invoice_table_column(t, name);
    if (c < 0) {
        fail("%s:%ld: no column \"%s\" in the header", t->name, t->header_line, name);
    }
    return c;
}

static int load(const char *path, const char *bundled, size_t bundled_len,
                struct invoice_table *t) {
    char msg[CSV_ERROR_SIZE + 64];
    if (invoice_table_read(t, path, bundled, bundled_len, msg, sizeof msg) != 0) {
        fail("%s", msg);
        return 0;
    }
    return 1;
}

/* The parties: code, name, membership. */
static int read_parties(const struct options *o, const struct invoice_table *t,
                        struct party *p) {
    long c_code = need_column(t, "code"), c_name, c_from, c_to;
    costshare_date y_first, y_last;
    size_t i, j;
    if (c_code < 0 || (c_name = need_column(t, "name")) < 0 ||
        (c_from = need_column(t, "from")) < 0 || (c_to = need_column(t, "to")) < 0) {
        return 0;
    }
    if (t->rows == 0) {
        fail("%s: no parties", t->name);
        return 0;
    }
    (void)costshare_date_from_ymd(o->year, 1, 1, &y_first);
    (void)costshare_date_from_ymd(o->year, 12, 31, &y_last);
    for (i = 0; i < t->rows; i++) {
        long line = t->lines[i];
        p[i].code = invoice_table_cell(t, i, (size_t)c_code);
        p[i].name = invoice_table_cell(t, i, (size_t)c_name);
        p[i].line = line;
        p[i].weight = 0;
        p[i].has_weight = 0;
        p[i].weight_line = 0;
        p[i].invoiced = 0;
        if (*p[i].code == '\0') {
            fail("%s:%ld: no code", t->name, line);
            return 0;
        }
        for (j = 0; j < i; j++) {
            if (strcmp(p[j].code, p[i].code) == 0) {
                fail("%s:%ld: code %s is listed twice (first on line %ld)", t->name, line,
                     p[i].code, p[j].line);
                return 0;
            }
        }
        if (!read_day(t->name, line, "from", invoice_table_cell(t, i, (size_t)c_from),
                      &p[i].from) ||
            !read_day(t->name, line, "to", invoice_table_cell(t, i, (size_t)c_to), &p[i].to)) {
            return 0;
        }
        if (p[i].from != OPEN && p[i].to != OPEN && p[i].to < p[i].from) {
            fail("%s:%ld: the membership ends (%s) before it begins (%s)", t->name, line,
                 invoice_table_cell(t, i, (size_t)c_to),
                 invoice_table_cell(t, i, (size_t)c_from));
            return 0;
        }
        p[i].takes_part = (p[i].from == OPEN || p[i].from <= y_last) &&
                          (p[i].to == OPEN || p[i].to >= y_first);
    }
    return 1;
}

/* Whether the header cell is a year column of SCB's wide layout. */
static int year_column(const char *h, int64_t *year) {
    return strlen(h) == 4 && parse_int(h, year) == 1 && *year >= 1;
}

static struct party *find_party(struct party *p, size_t n, const char *code) {
    size_t i;
    for (i = 0; i < n; i++) {
        if (strcmp(p[i].code, code) == 0) {
            return &p[i];
        }
    }
    return NULL;
}

/* The key year's populations: code,year,population or code,name,2016,... */
static int read_population(const struct options *o, struct invoice_table *t, struct party *p,
                           size_t n) {
    long c_code = need_column(t, "code");
    long c_year = invoice_table_column(t, "year"),
         c_pop = invoice_table_column(t, "population");
    size_t i, c;
    int64_t v, year;
    if (c_code < 0) {
        return 0;
    }
    if (c_year < 0 || c_pop < 0) {
        int wide = 0;
        for (c = 0; c < t->columns; c++) {
            wide |= year_column(t->header[c], &year);
        }
        if (!wide) {
            fail("%s:%ld: no columns \"year\" and \"population\", nor year columns "
                 "(2016, 2017, ...) in the header",
                 t->name, t->header_line);
            return 0;
        }
    }
    for (i = 0; i < t->rows; i++) {
        long line = t->lines[i];
        const char *code = invoice_table_cell(t, i, (size_t)c_code);
        struct party *q = find_party(p, n, code);
        if (c_year >= 0 && c_pop >= 0) {
            if (!read_count(t, i, (size_t)c_year, "year", &year) ||
                !read_count(t, i, (size_t)c_pop, "population", &v)) {
                return 0;
            }
            if (q != NULL && year == o->key_year) {
                if (q->has_weight) {
                    fail("%s:%ld: a second population for %s in %" PRId32 " (first on line "
                         "%ld)",
                         t->name, line, code, o->key_year, q->weight_line);
                    return 0;
                }
                q->weight = v;
                q->has_weight = 1;
                q->weight_line = line;
            }
            continue;
        }
        for (c = 0; c < t->columns; c++) {
            const char *cell = invoice_table_cell(t, i, c);
            if (!year_column(t->header[c], &year) || *cell == '\0') {
                continue;
            }
            if (!read_count(t, i, c, "population", &v)) {
                return 0;
            }
            if (q != NULL && year == o->key_year) {
                if (q->has_weight) {
                    fail("%s:%ld: a second population for %s in %" PRId32 " (first on line "
                         "%ld)",
                         t->name, line, code, o->key_year, q->weight_line);
                    return 0;
                }
                q->weight = v;
                q->has_weight = 1;
                q->weight_line = line;
            }
        }
    }
    return 1;
}

static int read_invoiced(struct invoice_table *t, const char *parties_file, struct party *p,
                         size_t n) {
    long c_code = need_column(t, "code"), c_amount;
    size_t i;
    int64_t sum = 0;
    int *seen;
    if (c_code < 0 || (c_amount = need_column(t, "amount")) < 0) {
        return 0;
    }
    seen = calloc(n, sizeof *seen);
    if (seen == NULL) {
        fail("out of memory");
        return 0;
    }
    for (i = 0; i < t->rows; i++) {
        long line = t->lines[i];
        const char *code = invoice_table_cell(t, i, (size_t)c_code);
        struct party *q = find_party(p, n, code);
        int64_t v;
        if (q == NULL) {
            fail("%s:%ld: code %s is not in %s", t->name, line, code, parties_file);
            free(seen);
            return 0;
        }
        if (seen[q - p] != 0) {
            fail("%s:%ld: code %s is listed twice (first on line %d)", t->name, line, code,
                 seen[q - p]);
            free(seen);
            return 0;
        }
        if (!read_count(t, i, (size_t)c_amount, "amount", &v)) {
            free(seen);
            return 0;
        }
        if (sum > INT64_MAX - v) {
            fail("%s:%ld: the amounts add up to more than %" PRId64, t->name, line, INT64_MAX);
            free(seen);
            return 0;
        }
        sum += v;
        q->invoiced = v;
        seen[q - p] = (int)line;
    }
    free(seen);
    return 1;
}

/* v with a space every three digits: 1234567 -> "1 234 567". */
static void group_digits(int64_t v, char *out, size_t size) {
    char digits[32], tmp[48];
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t n = 0, k = 0, i;
    do {
        digits[n++] = (char)('0' + (int)(m % 10u));
        m /= 10u;
    } while (m != 0);
    for (i = 0; i < n; i++) {
        if (i > 0 && i % 3 == 0) {
            tmp[k++] = ' ';
        }
        tmp[k++] = digits[i];
    }
    if (v < 0) {
        tmp[k++] = '-';
    }
    for (i = 0; i < k && i + 1 < size; i++) {
        out[i] = tmp[k - 1 - i];
    }
    out[i] = '\0';
}

/* Display width of UTF-8 text: one column per code point. */
static size_t display_width(const char *s) {
    size_t w = 0;
    for (; *s != '\0'; s++) {
        w += ((unsigned char)*s & 0xC0u) != 0x80u;
    }
    return w;
}

static void print_padded(const char *s, size_t width) {
    size_t w = display_width(s);
    fputs(s, stdout);
    for (; w < width; w++) {
        fputc(' ', stdout);
    }
}

static void print_num(int64_t v, int width) {
    char buf[48];
    group_digits(v, buf, sizeof buf);
    printf(" %*s", width, buf);
}

static const char *rule_name(const struct options *o) {
    return o->fixed ? "fixed-shares" : "redistribute";
}

static const char *basis_name(const struct options *o) {
    return o->by_days ? "days" : "months";
}

struct run {
    size_t n, n_seg;
    struct party *p;
    int64_t *amounts, *matrix, *adjust, residual;
    costshare_invoice_segment *seg;
};

static void print_text(const struct options *o, const struct run *r) {
    size_t i, s, wname = 4, wcode = 4;
    int64_t t_weight = 0, t_amount = 0, t_inv = 0, t_adj = 0, t_days = 0, t_months = 0;
    int all_months = 1;
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE], cost[48];
    group_digits(o->cost, cost, sizeof cost);
    printf("Invoice run %" PRId32
           ": cost %s, rule %s, basis %s, key: the populations of %" PRId32 "\n",
           o->year, cost, rule_name(o), basis_name(o), o->key_year);
    if (o->bundled) {
        printf(
            "The bundled \xC3\x96sterg\xC3\xB6tland case: all thirteen municipalities leave "
            "with last day\n"
            "2024-09-30, invoiced in advance for the whole year. The seeds give neither the\n"
            "2023 populations nor the 2024 cost, so the 2017 populations are the key and\n"
            "763 945 (the 2018 cost) is the year's cost.\n");
    }
    printf("\n%-24s %6s %6s %7s %12s %12s\n", "Segment", "Days", "Months", "Members", "Cost",
           "Residual");
    for (s = 0; s < r->n_seg; s++) {
        const costshare_invoice_segment *g = &r->seg[s];
        char line[32];
        format_date(g->first, a);
        format_date(g->last, b);
        snprintf(line, sizeof line, "%s .. %s", a, b);
        printf("%-24s %6" PRId32, line, g->days);
        if (g->months == COSTSHARE_INVOICE_NO_MONTHS) {
            printf(" %6s", "-");
            all_months = 0;
        } else {
            printf(" %6" PRId32, g->months);
            t_months += g->months;
        }
        printf(" %7" PRId32, g->members);
        print_num(g->cost, 12);
        print_num(g->residual, 12);
        printf("\n");
        t_days += g->days;
    }
    printf("%-24s %6" PRId64, "Total", t_days);
    if (all_months) {
        printf(" %6" PRId64, t_months);
    } else {
        printf(" %6s", "-");
    }
    printf(" %7s", "");
    print_num(o->cost, 12);
    print_num(r->residual, 12);
    printf("\n\n");

    for (i = 0; i < r->n; i++) {
        if (display_width(r->p[i].name) > wname) {
            wname = display_width(r->p[i].name);
        }
        if (display_width(r->p[i].code) > wcode) {
            wcode = display_width(r->p[i].code);
        }
    }
    if (wname < 24) {
        wname = 24;
    }
    print_padded("Code", wcode);
    printf("  ");
    print_padded("Name", wname);
    printf(" %12s %12s", "Population", "Owes");
    if (r->adjust != NULL) {
        printf(" %12s %12s", "Invoiced", "Adjustment");
    }
    printf("\n");
    for (i = 0; i < r->n; i++) {
        const struct party *q = &r->p[i];
        print_padded(q->code, wcode);
        printf("  ");
        print_padded(q->name, wname);
        print_num(q->weight, 12);
        print_num(r->amounts[i], 12);
        t_weight += q->weight;
        t_amount += r->amounts[i];
        if (r->adjust != NULL) {
            print_num(q->invoiced, 12);
            print_num(r->adjust[i], 12);
            t_inv += q->invoiced;
            t_adj += r->adjust[i];
        }
        printf("\n");
    }
    print_padded("", wcode);
    printf("  ");
    print_padded("Total", wname);
    print_num(t_weight, 12);
    print_num(t_amount, 12);
    if (r->adjust != NULL) {
        print_num(t_inv, 12);
        print_num(t_adj, 12);
    }
    printf("\n");
    print_padded("", wcode);
    printf("  ");
    print_padded("Residual (the funder)", wname);
    printf(" %12s", "");
    print_num(r->residual, 12);
    printf("\n");
    print_padded("", wcode);
    printf("  ");
    print_padded("Owed + residual = cost", wname);
    printf(" %12s", "");
    print_num(t_amount + r->residual, 12);
    printf("\n");
    if (r->adjust != NULL) {
        printf("\nAdjustment = owes - invoiced: negative, a refund to the party; positive, a\n"
               "supplementary charge.\n");
    }
}

static void csv_field(const char *s) {
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, stdout);
        return;
    }
    fputc('"', stdout);
    for (; *s != '\0'; s++) {
        if (*s == '"') {
            fputc('"', stdout);
        }
        fputc(*s, stdout);
    }
    fputc('"', stdout);
}

static void print_csv(const struct run *r) {
    size_t i, s;
    int64_t t_weight = 0, t_amount = 0, t_inv = 0, t_adj = 0;
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE];
    printf("code,name,weight,amount");
    if (r->adjust != NULL) {
        printf(",invoiced,adjustment");
    }
    for (s = 0; s < r->n_seg; s++) {
        format_date(r->seg[s].first, a);
        format_date(r->seg[s].last, b);
        printf(",%s..%s", a, b);
    }
    printf("\n");
    for (i = 0; i < r->n; i++) {
        csv_field(r->p[i].code);
        fputc(',', stdout);
        csv_field(r->p[i].name);
        printf(",%" PRId64 ",%" PRId64, r->p[i].weight, r->amounts[i]);
        t_weight += r->p[i].weight;
        t_amount += r->amounts[i];
        if (r->adjust != NULL) {
            printf(",%" PRId64 ",%" PRId64, r->p[i].invoiced, r->adjust[i]);
            t_inv += r->p[i].invoiced;
            t_adj += r->adjust[i];
        }
        for (s = 0; s < r->n_seg; s++) {
            printf(",%" PRId64, r->matrix[s * r->n + i]);
        }
        printf("\n");
    }
    printf(",residual,,%" PRId64, r->residual);
    if (r->adjust != NULL) {
        printf(",,");
    }
    for (s = 0; s < r->n_seg; s++) {
        printf(",%" PRId64, r->seg[s].residual);
    }
    printf("\n,total,%" PRId64 ",%" PRId64, t_weight, t_amount + r->residual);
    if (r->adjust != NULL) {
        printf(",%" PRId64 ",%" PRId64, t_inv, t_adj);
    }
    for (s = 0; s < r->n_seg; s++) {
        printf(",%" PRId64, r->seg[s].cost);
    }
    printf("\n");
}

static void json_string(const char *s) {
    fputc('"', stdout);
    for (; *s != '\0'; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            printf("\\%c", c);
        } else if (c < 0x20) {
            printf("\\u%04x", c);
        } else {
            fputc(c, stdout);
        }
    }
    fputc('"', stdout);
}

static void print_json(const struct options *o, const struct run *r) {
    size_t i, s;
    char a[COSTSHARE_DATE_TEXT_SIZE], b[COSTSHARE_DATE_TEXT_SIZE];
    printf("{\"year\": %" PRId32 ", \"cost\": %" PRId64
           ", \"rule\": \"%s\", \"basis\": \"%s\", "
           "\"key_year\": %" PRId32 ", \"residual\": %" PRId64 ", \"segments\": [",
           o->year, o->cost, rule_name(o), basis_name(o), o->key_year, r->residual);
    for (s = 0; s < r->n_seg; s++) {
        const costshare_invoice_segment *g = &r->seg[s];
        format_date(g->first, a);
        format_date(g->last, b);
        printf("%s{\"from\": \"%s\", \"to\": \"%s\", \"days\": %" PRId32 ", \"months\": ",
               s > 0 ? ", " : "", a, b, g->days);
        if (g->months == COSTSHARE_INVOICE_NO_MONTHS) {
            printf("null");
        } else {
            printf("%" PRId32, g->months);
        }
        printf(", \"cost\": %" PRId64 ", \"members\": %" PRId32 "}", g->cost, g->members);
    }
    printf("], \"parties\": [");
    for (i = 0; i < r->n; i++) {
        const struct party *q = &r->p[i];
        int first = 1;
        printf("%s{\"code\": ", i > 0 ? ", " : "");
        json_string(q->code);
        printf(", \"name\": ");
        json_string(q->name);
        printf(", \"weight\": %" PRId64 ", \"amount\": %" PRId64, q->weight, r->amounts[i]);
        if (r->adjust != NULL) {
            printf(", \"invoiced\": %" PRId64 ", \"adjustment\": %" PRId64, q->invoiced,
                   r->adjust[i]);
        }
        printf(", \"segments\": [");
        for (s = 0; s < r->n_seg; s++) {
            const costshare_invoice_segment *g = &r->seg[s];
            int member = (q->from == OPEN || q->from <= g->first) &&
                         (q->to == OPEN || q->to >= g->first);
            if (!member) {
                continue;
            }
            format_date(g->first, a);
            format_date(g->last, b);
            printf("%s{\"from\": \"%s\", \"to\": \"%s\", \"amount\": %" PRId64 "}",
                   first ? "" : ", ", a, b, r->matrix[s * r->n + i]);
            first = 0;
        }
        printf("]}");
    }
    printf("]}\n");
}

/* Reads the value of option argv[*i]. */
static const char *value(int argc, char **argv, int *i) {
    if (*i + 1 >= argc) {
        fail("option %s needs a value", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

static int parse_options(int argc, char **argv, struct options *o) {
    int i;
    memset(o, 0, sizeof *o);
    o->year = -1;
    o->cost = -1;
    if (argc == 1) {
        o->bundled = 1;
        o->year = 2024;
        o->cost = 763945;
        o->parties = "bundled ostergotland-2024-parties.csv";
        o->population = "bundled ostergotland-population.csv";
        o->invoiced = "bundled ostergotland-2024-invoiced.csv";
        o->key_year = 2017; /* the stand-in for 2023: see the note in the output */
        return 0;
    }
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        int64_t n = 0;
        if (strcmp(a, "--help") == 0) {
            usage(stdout);
            return -1;
        }
        if (strncmp(a, "--", 2) != 0) {
            return fail("unexpected argument '%s' (see --help)", a);
        }
        if (strcmp(a, "--year") != 0 && strcmp(a, "--cost") != 0 &&
            strcmp(a, "--parties") != 0 && strcmp(a, "--population") != 0 &&
            strcmp(a, "--key-year") != 0 && strcmp(a, "--basis") != 0 &&
            strcmp(a, "--rule") != 0 && strcmp(a, "--invoiced") != 0 &&
            strcmp(a, "--format") != 0) {
            return fail("unknown option %s (see --help)", a);
        }
        if ((v = value(argc, argv, &i)) == NULL) {
            return 1;
        }
        if (strcmp(a, "--year") == 0) {
            if (parse_int(v, &n) != 1 || n < 1 || n > 9999) {
                return fail("bad --year '%s': a year from 1 to 9999", v);
            }
            o->year = (int32_t)n;
        } else if (strcmp(a, "--cost") == 0) {
            int rc = parse_int(v, &n);
            if (rc < 0) {
                return fail("bad --cost '%s': does not fit in 64 bits", v);
            }
            if (rc == 0 || n < 0) {
                return fail("bad --cost '%s': a whole amount, not negative", v);
            }
            o->cost = n;
        } else if (strcmp(a, "--parties") == 0) {
            o->parties = v;
        } else if (strcmp(a, "--population") == 0) {
            o->population = v;
        } else if (strcmp(a, "--invoiced") == 0) {
            o->invoiced = v;
        } else if (strcmp(a, "--key-year") == 0) {
            if (strcmp(v, "previous") != 0 && strcmp(v, "same") != 0) {
                return fail("bad --key-year '%s': previous or same", v);
            }
            o->key_same = strcmp(v, "same") == 0;
        } else if (strcmp(a, "--basis") == 0) {
            if (strcmp(v, "months") != 0 && strcmp(v, "days") != 0) {
                return fail("bad --basis '%s': months or days", v);
            }
            o->by_days = strcmp(v, "days") == 0;
        } else if (strcmp(a, "--rule") == 0) {
            if (strcmp(v, "redistribute") != 0 && strcmp(v, "fixed-shares") != 0) {
                return fail("bad --rule '%s': redistribute or fixed-shares", v);
            }
            o->fixed = strcmp(v, "fixed-shares") == 0;
        } else {
            if (strcmp(v, "text") == 0) {
                o->format = FORMAT_TEXT;
            } else if (strcmp(v, "csv") == 0) {
                o->format = FORMAT_CSV;
            } else if (strcmp(v, "json") == 0) {
                o->format = FORMAT_JSON;
            } else {
                return fail("bad --format '%s': text, csv or json", v);
            }
        }
    }
    if (o->year < 0 || o->cost < 0 || o->parties == NULL || o->population == NULL) {
        return fail("--year, --cost, --parties and --population are needed (see --help)");
    }
    if (!o->key_same && o->year == 1) {
        return fail("bad --year '1': the key year before it, 0, does not exist");
    }
    o->key_year = o->key_same ? o->year : o->year - 1;
    return 0;
}

/* --basis months: every membership boundary inside the year must be a month
 * boundary (the day after a last day, and a first day, the first of a month). */
static int check_month_boundaries(const struct options *o, const struct run *r) {
    costshare_date y_first, y_last;
    size_t i;
    (void)costshare_date_from_ymd(o->year, 1, 1, &y_first);
    (void)costshare_date_from_ymd(o->year, 12, 31, &y_last);
    for (i = 0; i < r->n; i++) {
        const struct party *q = &r->p[i];
        int32_t day = 1;
        char text[COSTSHARE_DATE_TEXT_SIZE];
        if (q->from != OPEN && q->from > y_first && q->from <= y_last) {
            (void)costshare_date_to_ymd(q->from, NULL, NULL, &day);
            if (day != 1) {
                format_date(q->from, text);
                return fail("%s:%ld: the membership begins on %s, not on a month's first day "
                            "(--basis days counts days)",
                            o->parties, q->line, text);
            }
        }
        if (q->to != OPEN && q->to >= y_first && q->to < y_last) {
            (void)costshare_date_to_ymd(q->to + 1, NULL, NULL, &day);
            if (day != 1) {
                format_date(q->to, text);
                return fail("%s:%ld: the membership ends on %s, not on a month's last day "
                            "(--basis days counts days)",
                            o->parties, q->line, text);
            }
        }
    }
    return 0;
}

static int run(const struct options *o) {
    struct invoice_table parties, pop, inv;
    struct run r;
    costshare_invoice_plan plan = COSTSHARE_INVOICE_PLAN_INIT;
    int64_t *weights = NULL, sum = 0;
    costshare_date *from = NULL, *to = NULL;
    size_t i;
    int status = 1, rc;

    memset(&r, 0, sizeof r);
    memset(&pop, 0, sizeof pop);
    memset(&inv, 0, sizeof inv);
    if (!load(o->parties, o->bundled ? (const char *)bundled_parties : NULL,
              sizeof bundled_parties, &parties)) {
        return 1;
    }
    r.n = parties.rows;
    r.p = calloc(r.n > 0 ? r.n : 1, sizeof *r.p);
    if (r.p == NULL) {
        fail("out of memory");
        goto done;
    }
    if (!read_parties(o, &parties, r.p)) {
        goto done;
    }
    if (!load(o->population, o->bundled ? (const char *)bundled_population : NULL,
              sizeof bundled_population, &pop) ||
        !read_population(o, &pop, r.p, r.n)) {
        goto done;
    }
    for (i = 0; i < r.n; i++) {
        if (r.p[i].takes_part && !r.p[i].has_weight) {
            fail("%s:%ld: no population for %s (%s) in %" PRId32 " in %s", o->parties,
                 r.p[i].line, r.p[i].code, r.p[i].name, o->key_year, o->population);
            goto done;
        }
        if (r.p[i].weight > INT64_MAX - sum) {
            fail("%s:%ld: the populations add up to more than %" PRId64, o->population,
                 r.p[i].weight_line, INT64_MAX);
            goto done;
        }
        sum += r.p[i].weight;
    }
    if (!o->by_days && check_month_boundaries(o, &r) != 0) {
        goto done;
    }
    if (o->invoiced != NULL) {
        if (!load(o->invoiced, o->bundled ? (const char *)bundled_invoiced : NULL,
                  sizeof bundled_invoiced, &inv) ||
            !read_invoiced(&inv, o->parties, r.p, r.n)) {
            goto done;
        }
    }

    weights = malloc(r.n * sizeof *weights);
    from = malloc(r.n * sizeof *from);
    to = malloc(r.n * sizeof *to);
    r.seg = malloc((2 * r.n + 1) * sizeof *r.seg);
    r.amounts = malloc(r.n * sizeof *r.amounts);
    r.matrix = malloc((2 * r.n + 1) * r.n * sizeof *r.matrix);
    r.adjust = o->invoiced != NULL ? malloc(r.n * sizeof *r.adjust) : NULL;
    if (weights == NULL || from == NULL || to == NULL || r.seg == NULL || r.amounts == NULL ||
        r.matrix == NULL || (o->invoiced != NULL && r.adjust == NULL)) {
        fail("out of memory");
        goto done;
    }
    for (i = 0; i < r.n; i++) {
        weights[i] = r.p[i].weight;
        from[i] = r.p[i].from;
        to[i] = r.p[i].to;
    }
    (void)costshare_date_from_ymd(o->year, 1, 1, &plan.first);
    (void)costshare_date_from_ymd(o->year, 12, 31, &plan.last);
    plan.cost = o->cost;
    plan.rule = o->fixed ? COSTSHARE_INVOICE_FIXED_SHARES : COSTSHARE_INVOICE_REDISTRIBUTE;
    plan.basis = o->by_days ? COSTSHARE_BASIS_DAYS : COSTSHARE_BASIS_MONTHS;
    rc = costshare_invoice_period(&plan, weights, from, to, r.n, r.amounts, r.seg, 2 * r.n + 1,
                                  &r.n_seg, r.matrix, &r.residual);
    if (rc != COSTSHARE_OK) {
        fail("%s: the invoice run was refused: %s", o->parties, costshare_error_message(rc));
        goto done;
    }
    if (r.adjust != NULL) {
        int64_t *invoiced = weights; /* reused: the weights are in r.p */
        costshare_date due;
        for (i = 0; i < r.n; i++) {
            invoiced[i] = r.p[i].invoiced;
        }
        /* The due day (the 2018 agreement: yearly by 10 December) is not
         * printed; amounts and invoiced amounts are at most INT64_MAX and
         * not negative, so no adjustment overflows. */
        rc = costshare_invoice_adjust(r.amounts, invoiced, r.n, o->year, 12, 10, 0, r.adjust,
                                      &due);
        if (rc != COSTSHARE_OK) {
            fail("%s: the adjustment was refused: %s", o->invoiced,
                 costshare_error_message(rc));
            goto done;
        }
    }
    if (o->format == FORMAT_JSON) {
        print_json(o, &r);
    } else if (o->format == FORMAT_CSV) {
        print_csv(&r);
    } else {
        print_text(o, &r);
    }
    status = fflush(stdout) == 0 ? 0 : fail("cannot write the output");

done:
    free(weights);
    free(from);
    free(to);
    free(r.seg);
    free(r.amounts);
    free(r.matrix);
    free(r.adjust);
    free(r.p);
    invoice_table_free(&inv);
    invoice_table_free(&pop);
    invoice_table_free(&parties);
    return status;
}

int main(int argc, char **argv) {
    struct options o;
    int rc = parse_options(argc, argv, &o);
    if (rc != 0) {
        return rc < 0 ? 0 : 1;
    }
    return run(&o);
}
