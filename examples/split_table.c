/*
 * costshare-split: split a cost by population and print the table.
 *
 *   costshare-split                       the 2018 Östergötland key (bundled data)
 *   costshare-split FILE TOTAL            split TOTAL by the populations in FILE
 *   costshare-split --legacy FILE TOTAL   the old "round each share" table and its residual
 *   costshare-split --audit FILE [TOTAL]  compare a published amount column with the exact key
 *
 * See --help. Every amount is an integer; the library does exact integer
 * arithmetic throughout (no floating point anywhere in this program either).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

#define PROG "costshare-split"
#define MAX_FIELDS 32

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

struct table {
    char **names;
    int64_t *pop;
    int64_t *published; /* --audit only */
    size_t count;
};

static void usage(FILE *out) {
    fprintf(out,
            "Usage: " PROG " [--legacy] [FILE TOTAL]\n"
            "       " PROG " --audit FILE [--column NAME] [TOTAL]\n"
            "\n"
            "Split TOTAL (an integer amount, e.g. SEK) among the municipalities in FILE\n"
            "by population with the largest-remainder method: the amounts add up to\n"
            "TOTAL exactly, ties go to the larger population, then the earlier row.\n"
            "Percentages have 2 decimals and add up to exactly 100.00.\n"
            "\n"
            "FILE is CSV: one row per municipality, columns municipality,population\n"
            "(UTF-8 names). Lines starting with '#' and empty lines are skipped. A\n"
            "header line is allowed; with a header the columns are found by name\n"
            "(\"municipality\" and \"population\"), otherwise they are the first two.\n"
            "Fields are plain: no quoting.\n"
            "\n"
            "Without FILE and TOTAL the 2017 populations of Ostergotland county (a\n"
            "copy of examples/data/ostergotland-2017.csv built into the program) are\n"
            "split by the 2018 total of 763 945 SEK.\n"
            "\n"
            "Options:\n"
            "  --legacy       round each amount independently, half away from zero (as\n"
            "                 old tables did) and show the residual: how far the\n"
            "                 amounts miss TOTAL (the 2016 table: +1)\n"
            "  --audit FILE   FILE has a header with municipality, population and a\n"
            "                 published amount column; print, for each row, the exact\n"
            "                 key amount TOTAL * population / sum (to the ore, half away\n"
            "                 from zero) and the deviation of the published amount, and\n"
            "                 the largest deviation. TOTAL defaults to the sum of the\n"
            "                 published column.\n"
            "  --column NAME  the published column for --audit (default: the last column)\n"
            "  --help         this text\n"
            "\n"
            "Exit status: 0 on success, 1 on bad input (one line on stderr naming the\n"
            "file and line).\n");
}

/* One line on stderr: "costshare-split: FILE:LINE: message" (FILE and LINE
 * when known). Returns the exit status 1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int
fail(const char *file, long line, const char *fmt, ...) {
    va_list ap;
    fputs(PROG ": ", stderr);
    if (file != NULL && line > 0) {
        fprintf(stderr, "%s:%ld: ", file, line);
    } else if (file != NULL) {
        fprintf(stderr, "%s: ", file);
    }
    va_start(ap, fmt);
    /* ap is initialised on the line above; clang-analyzer 14 loses that
     * after the branches (false positive). */
    vfprintf(stderr, fmt, ap); /* NOLINT(clang-analyzer-valist.Uninitialized) */
    va_end(ap);
    fputc('\n', stderr);
    return 1;
}

/* Display width of UTF-8 text: one column per code point (every byte that is
 * not a continuation byte 10xxxxxx starts one). */
static size_t display_width(const char *s) {
    size_t w = 0;
    for (; *s != '\0'; s++) {
        if (((unsigned char)*s & 0xC0u) != 0x80u) {
            w++;
        }
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

/* v / 100 with two decimals and grouped digits: -3325 -> "-33.25". */
static void format_cents(int64_t v, char *out, size_t size) {
    char whole[48];
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    group_digits((int64_t)(m / 100u), whole, sizeof whole);
    snprintf(out, size, "%s%s.%02u", v < 0 ? "-" : "", whole, (unsigned)(m % 100u));
}

/* The same with a "+" on a positive value (for deviations). */
static void format_signed_cents(int64_t v, char *out, size_t size) {
    if (v > 0 && size > 1) {
        out[0] = '+';
        format_cents(v, out + 1, size - 1);
    } else {
        format_cents(v, out, size);
    }
}

static int parse_int(const char *s, int64_t *out, int allow_negative) {
    int neg = 0;
    uint64_t v = 0, limit;
    if (*s == '-' && allow_negative) {
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

static char *trim(char *s) {
    char *e;
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) {
        *--e = '\0';
    }
    return s;
}

static size_t split_fields(char *line, char **fields) {
    size_t n = 0;
    char *p = line;
    for (;;) {
        char *comma = strchr(p, ',');
        if (n < MAX_FIELDS) {
            fields[n++] = trim(p);
        }
        if (comma == NULL) {
            break;
        }
        *comma = '\0';
        p = comma + 1;
    }
    return n;
}

static int equals_ci(const char *a, const char *b) {
    for (; *a != '\0' && *b != '\0'; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (x != y) {
            return 0;
        }
    }
    return *a == *b;
}

static char *read_file(const char *path, int *err) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (f == NULL) {
        *err = errno;
        return NULL;
    }
    for (;;) {
        size_t got;
        if (cap - len < 4096) {
            char *nb = realloc(buf, cap + 65536);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                *err = ENOMEM;
                return NULL;
            }
            buf = nb;
            cap += 65536;
        }
        got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0) {
            break;
        }
    }
    if (ferror(f)) {
        *err = errno != 0 ? errno : EIO;
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[len] = '\0';
    return buf;
}

/*
 * Parses the CSV text into t. want_published: find the published column too
 * (by name, or the last column). Returns 0, or 1 after printing the error.
 */
static int parse_csv(const char *label, char *text, int want_published, const char *column,
                     struct table *t) {
    size_t cap = 0, name_col = 0, pop_col = 1, pub_col = 0, need = 2;
    int have_header = 0, seen_first = 0;
    int64_t sum = 0;
    long lineno = 0;
    char *line = text;
    char *fields[MAX_FIELDS];

    memset(t, 0, sizeof *t);
    while (line != NULL && *line != '\0') {
        char *next = strchr(line, '\n');
        size_t nf;
        int64_t v;
        int rc;
        if (next != NULL) {
            *next++ = '\0';
        }
        lineno++;
        if (*trim(line) == '\0' || *trim(line) == '#') {
            line = next;
            continue;
        }
        nf = split_fields(line, fields);
        if (!seen_first) {
            seen_first = 1;
            if (nf >= 2 && parse_int(fields[1], &v, 1) == 0) {
                size_t i;
                int found_name = 0, found_pop = 0, found_pub = 0;
                have_header = 1;
                for (i = 0; i < nf; i++) {
                    if (equals_ci(fields[i], "municipality")) {
                        name_col = i;
                        found_name = 1;
                    } else if (equals_ci(fields[i], "population")) {
                        pop_col = i;
                        found_pop = 1;
                    }
                    if (column != NULL && equals_ci(fields[i], column)) {
                        pub_col = i;
                        found_pub = 1;
                    }
                }
                if (!found_name) {
                    return fail(label, lineno, "no column \"municipality\" in the header");
                }
                if (!found_pop) {
                    return fail(label, lineno, "no column \"population\" in the header");
                }
                if (want_published) {
                    if (column == NULL) {
                        pub_col = nf - 1;
                        found_pub = pub_col != name_col && pub_col != pop_col;
                    }
                    if (!found_pub && column != NULL) {
                        return fail(label, lineno,
                                    "no published amount column \"%s\" in the header", column);
                    }
                    if (!found_pub) {
                        return fail(label, lineno,
                                    "no published amount column: the last column, \"%s\", "
                                    "is not one (add it, or name it with --column NAME)",
                                    fields[pub_col]);
                    }
                }
                need = (name_col > pop_col ? name_col : pop_col) + 1;
                if (want_published && pub_col + 1 > need) {
                    need = pub_col + 1;
                }
                line = next;
                continue;
            }
            if (want_published) {
                return fail(label, lineno, "--audit needs a header line naming the columns");
            }
        }
        if (nf < need) {
            return fail(label, lineno, "missing column (%lu fields expected, %lu found)",
                        (unsigned long)need, (unsigned long)nf);
        }
        if (t->count == cap) {
            size_t ncap = cap == 0 ? 16 : cap * 2;
            char **nn = realloc(t->names, ncap * sizeof *nn);
            int64_t *np = nn == NULL ? NULL : realloc(t->pop, ncap * sizeof *np);
            int64_t *nq = np == NULL ? NULL : realloc(t->published, ncap * sizeof *nq);
            if (nn != NULL) {
                t->names = nn;
            }
            if (np != NULL) {
                t->pop = np;
            }
            if (nq == NULL) {
                return fail(label, lineno, "out of memory");
            }
            t->published = nq;
            cap = ncap;
        }
        rc = parse_int(fields[pop_col], &v, 1);
        if (rc == 0) {
            return fail(label, lineno, "population \"%s\" is not a whole number",
                        fields[pop_col]);
        }
        if (rc < 0) {
            return fail(label, lineno, "population \"%s\" does not fit in 64 bits",
                        fields[pop_col]);
        }
        if (v < 0) {
            return fail(label, lineno, "population \"%s\" is negative", fields[pop_col]);
        }
        if (sum > INT64_MAX - v) {
            return fail(label, lineno, "the populations add up to more than %" PRId64,
                        INT64_MAX);
        }
        sum += v;
        t->pop[t->count] = v;
        t->published[t->count] = 0;
        if (want_published) {
            rc = parse_int(fields[pub_col], &t->published[t->count], 1);
            if (rc <= 0) {
                return fail(label, lineno, "published amount \"%s\" %s", fields[pub_col],
                            rc == 0 ? "is not a whole number" : "does not fit in 64 bits");
            }
        }
        t->names[t->count] = fields[name_col];
        t->count++;
        line = next;
    }
    (void)have_header;
    if (t->count == 0) {
        return fail(label, 0, "no data rows");
    }
    if (sum == 0) {
        return fail(label, 0, "every population is zero");
    }
    return 0;
}

static size_t name_width(const struct table *t, const char *heading, const char *total) {
    size_t w = display_width(heading), i;
    if (display_width(total) > w) {
        w = display_width(total);
    }
    for (i = 0; i < t->count; i++) {
        if (display_width(t->names[i]) > w) {
            w = display_width(t->names[i]);
        }
    }
    return w;
}

static int print_split(const char *label, const struct table *t, int64_t total, int legacy) {
    int64_t *amount = malloc(t->count * sizeof *amount);
    int64_t *pct = malloc(t->count * sizeof *pct);
    int64_t residual = 0, popsum = 0, amountsum = 0, pctsum = 0;
    size_t i, nw = name_width(t, "Municipality", "Total");
    char a[64], b[64], c[64];
    costshare_split_options opts = COSTSHARE_SPLIT_OPTIONS_INIT;
    int rc;

    if (amount == NULL || pct == NULL) {
        free(amount);
        free(pct);
        return fail(label, 0, "out of memory");
    }
    if (legacy) {
        opts.method = COSTSHARE_SPLIT_ROUND_EACH;
    }
    rc = costshare_split_ex(total, t->pop, t->count, &opts, amount, &residual);
    if (rc == COSTSHARE_OK) {
        rc = costshare_split_percentages(t->pop, t->count, 2, pct);
    }
    if (rc != COSTSHARE_OK) {
        free(amount);
        free(pct);
        return fail(label, 0, "%s", costshare_error_message(rc));
    }
    group_digits(total, a, sizeof a);
    printf("%s: %s split by population\n", label, a);
    printf("Method: %s\n\n",
           legacy ? "each amount rounded on its own, half away from zero (legacy)"
                  : "largest remainder (the amounts add up exactly)");
    print_padded("Municipality", nw);
    printf("  %12s  %8s  %14s\n", "Population", "Percent", "Amount");
    for (i = 0; i < t->count; i++) {
        print_padded(t->names[i], nw);
        group_digits(t->pop[i], a, sizeof a);
        format_cents(pct[i], b, sizeof b);
        group_digits(amount[i], c, sizeof c);
        printf("  %12s  %8s  %14s\n", a, b, c);
        popsum += t->pop[i];
        pctsum += pct[i];
        amountsum += amount[i];
    }
    for (i = 0; i < nw + 2 + 12 + 2 + 8 + 2 + 14; i++) {
        putchar('-');
    }
    putchar('\n');
    print_padded("Total", nw);
    group_digits(popsum, a, sizeof a);
    format_cents(pctsum, b, sizeof b);
    group_digits(amountsum, c, sizeof c);
    printf("  %12s  %8s  %14s\n", a, b, c);
    if (legacy) {
        group_digits(total, a, sizeof a);
        printf("\nResidual: %s%" PRId64 " (the amounts add up to %s, the total is %s)\n",
               residual > 0 ? "+" : "", residual, c, a);
    }
    free(amount);
    free(pct);
    return 0;
}

static int print_audit(const char *label, const struct table *t, int64_t total,
                       int have_total) {
    int64_t popsum = 0, pubsum = 0, worst = 0;
    size_t i, worst_i = 0, nw = name_width(t, "Municipality", "Total");
    char a[64], b[64], c[64], d[64];
    for (i = 0; i < t->count; i++) {
        popsum += t->pop[i];
        if ((t->published[i] > 0 && pubsum > INT64_MAX - t->published[i]) ||
            (t->published[i] < 0 && pubsum < INT64_MIN - t->published[i])) {
            return fail(label, 0, "the published amounts add up to more than 64 bits hold");
        }
        pubsum += t->published[i];
    }
    if (!have_total) {
        total = pubsum;
    }
    if (total > INT64_MAX / 100 || total < INT64_MIN / 100) {
        return fail(label, 0, "the total is too large to audit to the ore");
    }
    group_digits(total, a, sizeof a);
    printf("%s: published amounts against the exact population key\n", label);
    printf("Total %s%s; exact amount = total * population / %s, to the ore\n\n", a,
           have_total ? "" : " (the sum of the published column)",
           (group_digits(popsum, b, sizeof b), b));
    print_padded("Municipality", nw);
    printf("  %12s  %12s  %14s  %10s\n", "Population", "Published", "Exact", "Deviation");
    for (i = 0; i < t->count; i++) {
        int64_t exact, dev;
        /* The exact key in öre: total * 100 * pop / popsum, half away from zero. */
        int rc =
            costshare_round_scale(total * 100, t->pop[i], popsum, COSTSHARE_ROUND_HALF_AWAY, &exact);
        if (rc != COSTSHARE_OK || t->published[i] > INT64_MAX / 100 ||
            t->published[i] < INT64_MIN / 100) {
            return fail(label, 0, "amount out of range for an audit to the ore");
        }
        dev = t->published[i] * 100 - exact;
        if ((dev < 0 ? -dev : dev) > (worst < 0 ? -worst : worst)) {
            worst = dev;
            worst_i = i;
        }
        print_padded(t->names[i], nw);
        group_digits(t->pop[i], a, sizeof a);
        group_digits(t->published[i], b, sizeof b);
        format_cents(exact, c, sizeof c);
        format_signed_cents(dev, d, sizeof d);
        printf("  %12s  %12s  %14s  %10s\n", a, b, c, d);
    }
    for (i = 0; i < nw + 2 + 12 + 2 + 12 + 2 + 14 + 2 + 10; i++) {
        putchar('-');
    }
    putchar('\n');
    print_padded("Total", nw);
    group_digits(popsum, a, sizeof a);
    group_digits(pubsum, b, sizeof b);
    group_digits(total, c, sizeof c);
    format_signed_cents((pubsum - total) * 100, d, sizeof d);
    printf("  %12s  %12s  %11s.00  %10s\n", a, b, c, d);
    if (worst == 0) {
        printf("\nEvery published amount equals the exact key to the ore.\n");
    } else {
        int64_t exact;
        (void)costshare_round_scale(total * 100, t->pop[worst_i], popsum, COSTSHARE_ROUND_HALF_AWAY,
                              &exact);
        format_cents(worst < 0 ? -worst : worst, a, sizeof a);
        group_digits(t->published[worst_i], b, sizeof b);
        format_cents(exact, c, sizeof c);
        printf("\nLargest deviation: %s at %s (published %s, exact %s)\n", a, t->names[worst_i],
               b, c);
    }
    return 0;
}

int main(int argc, char **argv) {
    const char *file = NULL, *total_arg = NULL, *audit = NULL, *column = NULL;
    int legacy = 0, i, rc, err = 0;
    int64_t total = bundled_total;
    char *text;
    const char *label;
    struct table t;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--legacy") == 0) {
            legacy = 1;
        } else if (strcmp(argv[i], "--audit") == 0 || strcmp(argv[i], "--column") == 0) {
            if (i + 1 >= argc) {
                return fail(NULL, 0, "%s needs an argument (see --help)", argv[i]);
            }
            if (argv[i][2] == 'a') {
                audit = argv[++i];
            } else {
                column = argv[++i];
            }
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            return fail(NULL, 0, "unknown option %s (see --help)", argv[i]);
        } else if (audit == NULL && file == NULL) {
            file = argv[i];
        } else if (total_arg == NULL) {
            total_arg = argv[i];
        } else {
            return fail(NULL, 0, "too many arguments: %s (see --help)", argv[i]);
        }
    }
    if (audit != NULL && (legacy || file != NULL)) {
        if (file != NULL && total_arg == NULL) {
            total_arg = file; /* --audit FILE TOTAL */
        } else {
            return fail(NULL, 0,
                        "--audit takes a FILE and an optional TOTAL only (see --help)");
        }
    }
    if (column != NULL && audit == NULL) {
        return fail(NULL, 0, "--column only applies to --audit (see --help)");
    }
    if (audit == NULL && file != NULL && total_arg == NULL) {
        return fail(NULL, 0, "missing TOTAL after %s (see --help)", file);
    }
    if (total_arg != NULL) {
        rc = parse_int(total_arg, &total, 1);
        if (rc <= 0) {
            return fail(NULL, 0, "TOTAL \"%s\" %s", total_arg,
                        rc == 0 ? "is not a whole number" : "does not fit in 64 bits");
        }
    }
    label = audit != NULL ? audit : file != NULL ? file : bundled_name;
    if (audit != NULL || file != NULL) {
        text = read_file(label, &err);
        if (text == NULL) {
            return fail(label, 0, "cannot read: %s", strerror(err));
        }
    } else {
        text = malloc(sizeof bundled_csv);
        if (text == NULL) {
            return fail(NULL, 0, "out of memory");
        }
        memcpy(text, bundled_csv, sizeof bundled_csv);
    }
    rc = parse_csv(label, text, audit != NULL, column, &t);
    if (rc == 0) {
        rc = audit != NULL ? print_audit(label, &t, total, total_arg != NULL)
                           : print_split(label, &t, total, legacy);
    }
    free(t.names);
    free(t.pop);
    free(t.published);
    free(text);
    return rc;
}
