/*
 * costshare-calendar: the Swedish public holidays and business days of a
 * year, or the deadline for an action by the Sunday rule (Lag 1930:173 2 §).
 *
 *   costshare-calendar 2024
 *   costshare-calendar --deadline 2024-06-21
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

static const char *const weekday_names[8] = {"",    "Mon", "Tue", "Wed",
                                             "Thu", "Fri", "Sat", "Sun"};
static const char *const month_names[13] = {"",    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static void usage(FILE *out) {
    fputs("Usage: costshare-calendar YEAR\n"
          "       costshare-calendar --deadline YYYY-MM-DD\n"
          "       costshare-calendar --help\n"
          "\n"
          "YEAR (1990-9999): list the Swedish public holidays of the year by\n"
          "Lag (1989:253) om allmänna helgdagar, in Swedish and English, the other\n"
          "days that are not business days by Lag (1930:173) 2 § (Midsummer Eve,\n"
          "Christmas Eve, New Year's Eve), and the number of business days in each\n"
          "month.\n"
          "\n"
          "--deadline DATE: the last day for an action whose time runs out on DATE\n"
          "(1990-01-01 to 9999-12-30): DATE itself if it is a business day, else the\n"
          "next business day (Lag 1930:173 2 §, the Sunday rule).\n"
          "\n"
          "Exit status: 0 on success, 1 on bad input (with a one-line error).\n",
          out);
}

/* "Mon" .. "Sun" for a valid date. */
static const char *weekday_name(costshare_date date) {
    int32_t weekday = 0;
    costshare_date_weekday(date, &weekday);
    return weekday_names[weekday];
}

static int fail(const char *what, const char *arg, int code) {
    fprintf(stderr, "costshare-calendar: %s '%s': %s\n", what, arg,
            costshare_error_message(code));
    return 1;
}

/* A year: digits only, 1990..9999. */
static int parse_year(const char *text, int32_t *year) {
    size_t i, n = strlen(text);
    int32_t value = 0;
    if (n == 0 || n > 4) {
        return COSTSHARE_EPARSE;
    }
    for (i = 0; i < n; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return COSTSHARE_EPARSE;
        }
        value = value * 10 + (text[i] - '0');
    }
    if (value < 1990 || value > 9999) {
        return COSTSHARE_ERANGE;
    }
    *year = value;
    return COSTSHARE_OK;
}

/* Characters (not bytes) in a UTF-8 string: skip continuation bytes. */
static int utf8_width(const char *s) {
    int n = 0;
    for (; *s != '\0'; s++) {
        n += ((unsigned char)*s & 0xC0) != 0x80;
    }
    return n;
}

static void print_day(costshare_date date, int32_t kind) {
    char text[COSTSHARE_DATE_TEXT_SIZE];
    const char *sv = costshare_se_holiday_name(kind, COSTSHARE_LANG_SV);
    costshare_date_format(date, text, sizeof text);
    /* pad the Swedish name by characters, as printf's width counts bytes */
    printf("  %s %s  %s%*s %s\n", text, weekday_name(date), sv, 24 - utf8_width(sv), "",
           costshare_se_holiday_name(kind, COSTSHARE_LANG_EN));
}

/* Print the named days of a year (first..last constant) in date order. */
static void print_named_days(int32_t year, int32_t first, int32_t last) {
    costshare_date dates[COSTSHARE_SE_SATURDAY + 1];
    int32_t kinds[COSTSHARE_SE_SATURDAY + 1];
    int32_t n = 0, h, i, j;
    for (h = first; h <= last; h++) {
        costshare_date d;
        if (costshare_se_holiday_date(year, h, &d) == COSTSHARE_OK) {
            /* insertion sort by date; the list is at most 14 long */
            for (i = n; i > 0 && dates[i - 1] > d; i--) {
                dates[i] = dates[i - 1];
                kinds[i] = kinds[i - 1];
            }
            dates[i] = d;
            kinds[i] = h;
            n++;
        }
    }
    for (j = 0; j < n; j++) {
        print_day(dates[j], kinds[j]);
    }
}

static int show_year(int32_t year) {
    int32_t month, total_business = 0, total_days = 0;
    printf("Swedish public holidays %d (Lag 1989:253), besides every Sunday:\n", (int)year);
    print_named_days(year, COSTSHARE_SE_NEW_YEARS_DAY, COSTSHARE_SE_BOXING_DAY);
    printf("Not public holidays, but not business days either (Lag 1930:173 2 §):\n");
    print_named_days(year, COSTSHARE_SE_MIDSUMMER_EVE, COSTSHARE_SE_NEW_YEARS_EVE);
    printf("Business days per month:\n");
    for (month = 1; month <= 12; month++) {
        costshare_date first, last;
        int32_t count = 0, days = 0, first_counts = 0;
        costshare_date_days_in_month(year, month, &days);
        costshare_date_from_ymd(year, month, 1, &first);
        costshare_date_from_ymd(year, month, days, &last);
        /* between() counts (first, last]; add first itself */
        costshare_se_business_days_between(first, last, &count);
        costshare_se_is_business_day(first, &first_counts);
        count += first_counts;
        printf("  %s %2d of %2d days\n", month_names[month], (int)count, (int)days);
        total_business += count;
        total_days += days;
    }
    printf("  Year %d of %d days\n", (int)total_business, (int)total_days);
    return 0;
}

static int show_deadline(const char *arg) {
    costshare_date date, deadline;
    char text[COSTSHARE_DATE_TEXT_SIZE];
    int rc = costshare_date_parse(arg, strlen(arg), &date);
    int32_t kind = COSTSHARE_SE_NONE;
    if (rc != COSTSHARE_OK) {
        return fail("bad date (want YYYY-MM-DD)", arg, rc);
    }
    rc = costshare_se_deadline(date, &deadline);
    if (rc != COSTSHARE_OK) {
        return fail("no deadline (dates 1990-01-01 to 9999-12-30) for", arg, rc);
    }
    costshare_se_day_kind(date, &kind); /* date is in range: the deadline exists */
    printf("date:     %s %s", arg, weekday_name(date));
    if (kind == COSTSHARE_SE_NONE) {
        printf("  business day\n");
    } else {
        printf("  %s / %s\n", costshare_se_holiday_name(kind, COSTSHARE_LANG_SV),
               costshare_se_holiday_name(kind, COSTSHARE_LANG_EN));
    }
    costshare_date_format(deadline, text, sizeof text);
    printf("deadline: %s %s\n", text, weekday_name(deadline));
    return 0;
}

int main(int argc, char **argv) {
    int32_t year;
    int rc;
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--deadline") == 0) {
        return show_deadline(argv[2]);
    }
    if (argc == 2 && argv[1][0] != '-') {
        rc = parse_year(argv[1], &year);
        if (rc != COSTSHARE_OK) {
            return fail("bad year (want 1990-9999)", argv[1], rc);
        }
        return show_year(year);
    }
    fprintf(stderr, "costshare-calendar: bad arguments (try --help)\n");
    return 1;
}
