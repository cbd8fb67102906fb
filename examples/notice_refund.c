/*
 * costshare-notice: the latest notice day for a wanted last day, and the
 * refund of the amount invoiced for the year.
 *
 * Without options it reproduces the 2024 termination in the seeds: the 2018
 * agreement (two months' notice; refund from the first day of the month after
 * the last day), the wanted last day 2024-09-30 and Mjölby's 64 000 SEK for
 * 2024. `--invoiced 376000` gives Linköping's refund.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

static const char *const weekday_names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

static void usage(FILE *out) {
    fputs("Usage: costshare-notice [options]\n"
          "\n"
          "Prints the latest day to give notice so that an agreement has ended by a\n"
          "wanted last day, the resulting last day in force, the first day refunded and\n"
          "the refund of the amount invoiced for the year, by months and by days.\n"
          "Defaults reproduce the 2024 termination of the 2018 Östergötland agreement\n"
          "(two months' notice, last day 2024-09-30, 64 000 SEK invoiced for 2024).\n"
          "\n"
          "Options:\n"
          "  --last-day YYYY-MM-DD  wanted last day in force (default 2024-09-30)\n"
          "  --notice N[dwmy]       notice period: N days, weeks, months or years\n"
          "                         (default 2m)\n"
          "  --calendar             count whole calendar periods after the one in which\n"
          "                         notice is given (\"three calendar years\")\n"
          "  --deadline             move the latest notice day by Lag (1930:173) 2 § when\n"
          "                         it falls on a Saturday, Sunday, holiday or eve\n"
          "                         (the Swedish calendar starts on 1990-01-01)\n"
          "  --invoiced N           amount invoiced for the year, integer (default 64000)\n"
          "  --year YYYY            the invoiced year (default: the year of the last day)\n"
          "  --by days|months|both  refund basis (default both)\n"
          "  --terms 2018|2016      refund terms: 2018 refunds from the first day of the\n"
          "                         month after the last day; 2016 refunds nothing after\n"
          "                         invoicing (default 2018)\n"
          "  --help                 show this help and exit\n"
          "\n"
          "Exit status: 0 on success, 1 on bad input (one line on stderr).\n",
          out);
}

static int fail(const char *what, const char *value) {
    if (value != NULL) {
        fprintf(stderr, "costshare-notice: %s: '%s'\n", what, value);
    } else {
        fprintf(stderr, "costshare-notice: %s\n", what);
    }
    return 1;
}

static int parse_int64(const char *text, long long min, long long max, long long *out) {
    char *end = NULL;
    long long v;
    errno = 0;
    v = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < min || v > max) {
        return 0;
    }
    *out = v;
    return 1;
}

static int parse_notice(const char *text, int32_t *count, int32_t *unit) {
    size_t len = strlen(text);
    char digits[16];
    long long v;
    if (len < 2 || len >= sizeof digits) {
        return 0;
    }
    memcpy(digits, text, len - 1);
    digits[len - 1] = '\0';
    if (digits[0] < '0' || digits[0] > '9' || !parse_int64(digits, 0, INT32_MAX, &v)) {
        return 0;
    }
    switch (text[len - 1]) {
    case 'd':
        *unit = COSTSHARE_DAYS;
        break;
    case 'w':
        *unit = COSTSHARE_WEEKS;
        break;
    case 'm':
        *unit = COSTSHARE_MONTHS;
        break;
    case 'y':
        *unit = COSTSHARE_YEARS;
        break;
    default:
        return 0;
    }
    *count = (int32_t)v;
    return 1;
}

static const char *unit_name(int32_t unit, int32_t count) {
    static const char *const singular[] = {"day", "week", "month", "year"};
    static const char *const plural[] = {"days", "weeks", "months", "years"};
    return count == 1 ? singular[unit] : plural[unit];
}

/* "2024-07-31 (Wednesday)" into buf. */
static void describe(costshare_date d, char *buf, size_t size) {
    char text[COSTSHARE_DATE_TEXT_SIZE];
    int32_t wd = 0;
    if (costshare_date_format(d, text, sizeof text) != COSTSHARE_OK ||
        costshare_date_weekday(d, &wd) != COSTSHARE_OK) {
        snprintf(buf, size, "(invalid)");
        return;
    }
    snprintf(buf, size, "%s (%s)", text, weekday_names[wd - 1]);
}

int main(int argc, char **argv) {
    const char *last_text = "2024-09-30";
    int32_t count = 2, unit = COSTSHARE_MONTHS, basis_mask = 3, year = 0;
    uint32_t flags = 0;
    int deadline = 0, terms_2016 = 0, i, rc;
    long long invoiced = 64000, v;
    costshare_date wanted, latest_plain, latest, last_day, refund_first, period_first,
        period_last;
    char a[64], b[64];

    for (i = 1; i < argc; i++) {
        const char *opt = argv[i];
        const char *arg = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(opt, "--help") == 0 || strcmp(opt, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(opt, "--calendar") == 0) {
            flags |= COSTSHARE_CALENDAR_PERIODS;
            continue;
        } else if (strcmp(opt, "--deadline") == 0) {
            deadline = 1;
            continue;
        }
        if (strcmp(opt, "--last-day") != 0 && strcmp(opt, "--notice") != 0 &&
            strcmp(opt, "--invoiced") != 0 && strcmp(opt, "--year") != 0 &&
            strcmp(opt, "--by") != 0 && strcmp(opt, "--terms") != 0) {
            return fail("unknown option (see --help)", opt);
        }
        if (arg == NULL) {
            return fail("option needs a value", opt);
        }
        i++;
        if (strcmp(opt, "--last-day") == 0) {
            last_text = arg;
        } else if (strcmp(opt, "--notice") == 0) {
            if (!parse_notice(arg, &count, &unit)) {
                return fail("bad notice period, want N followed by d, w, m or y", arg);
            }
        } else if (strcmp(opt, "--invoiced") == 0) {
            if (!parse_int64(arg, INT64_MIN, INT64_MAX, &invoiced)) {
                return fail("bad invoiced amount, want an integer", arg);
            }
        } else if (strcmp(opt, "--year") == 0) {
            if (!parse_int64(arg, 1, 9999, &v)) {
                return fail("bad year, want 1 to 9999", arg);
            }
            year = (int32_t)v;
        } else if (strcmp(opt, "--by") == 0) {
            if (strcmp(arg, "days") == 0) {
                basis_mask = 1;
            } else if (strcmp(arg, "months") == 0) {
                basis_mask = 2;
            } else if (strcmp(arg, "both") == 0) {
                basis_mask = 3;
            } else {
                return fail("bad --by, want days, months or both", arg);
            }
        } else {
            if (strcmp(arg, "2018") == 0) {
                terms_2016 = 0;
            } else if (strcmp(arg, "2016") == 0) {
                terms_2016 = 1;
            } else {
                return fail("bad --terms, want 2018 or 2016", arg);
            }
        }
    }

    rc = costshare_date_parse(last_text, strlen(last_text), &wanted);
    if (rc != COSTSHARE_OK) {
        return fail("bad last day, want a valid YYYY-MM-DD", last_text);
    }
    rc = costshare_notice_latest(wanted, count, unit, flags, &latest_plain);
    if (rc != COSTSHARE_OK) {
        return fail("no notice day from 0001-01-01 on ends the agreement by", last_text);
    }
    latest = latest_plain;
    if (deadline) {
        rc = costshare_notice_latest(wanted, count, unit, flags | COSTSHARE_SE_DEADLINE,
                                     &latest);
        if (rc != COSTSHARE_OK) {
            return fail("Lag (1930:173) 2 § needs a latest notice day from 1990-01-01 on",
                        last_text);
        }
    }
    /* The last day in force when notice is given on the (unmoved) latest day:
     * on or before the wanted day, earlier when no notice day ends exactly on
     * it. Notice on a day moved by 2 § counts as given on the unmoved day. */
    rc = costshare_notice_end(latest_plain, count, unit, flags, &last_day);
    if (rc != COSTSHARE_OK) {
        return fail(costshare_error_message(rc), "computing the last day");
    }
    if (year == 0 && costshare_date_to_ymd(last_day, &year, NULL, NULL) != COSTSHARE_OK) {
        return fail("internal error", NULL);
    }
    if (costshare_date_from_ymd(year, 1, 1, &period_first) != COSTSHARE_OK ||
        costshare_date_from_ymd(year, 12, 31, &period_last) != COSTSHARE_OK) {
        return fail("bad year", NULL);
    }

    /* Everything is computed before anything is printed, so bad input gives
     * exactly one line on stderr and nothing on stdout. */
    {
        static const int32_t bases[2] = {COSTSHARE_BASIS_DAYS, COSTSHARE_BASIS_MONTHS};
        int64_t refunds[2] = {0, 0};
        long long parts[2] = {0, 0}, wholes[2] = {0, 12};
        int k;
        if (!terms_2016) {
            rc = costshare_refund_start(last_day, &refund_first);
            if (rc != COSTSHARE_OK) {
                return fail("the last day has no following month to refund from", NULL);
            }
            for (k = 0; k < 2; k++) {
                costshare_refund_terms terms = COSTSHARE_REFUND_TERMS_INIT;
                terms.termination = COSTSHARE_REFUND_NEXT_MONTH;
                terms.termination_basis = bases[k];
                terms.mode = COSTSHARE_ROUND_HALF_AWAY;
                rc = costshare_refund_termination(&terms, (int64_t)invoiced, period_first,
                                                  period_last, last_day, &refunds[k]);
                if (rc != COSTSHARE_OK) {
                    return fail(costshare_error_message(rc), "computing the refund");
                }
            }
            /* The counts shown next to the refunds. */
            wholes[0] = (long long)(period_last - period_first + 1);
            parts[0] = refund_first > period_last ? 0
                       : refund_first < period_first
                           ? wholes[0]
                           : (long long)(period_last - refund_first + 1);
            {
                int32_t m = 0, y = 0;
                (void)costshare_date_to_ymd(refund_first, &y, &m, NULL);
                parts[1] = y > year ? 0 : y < year ? 12 : 13 - m;
            }
        }

        printf("notice period:      %d %s%s\n", (int)count, unit_name(unit, count),
               (flags & COSTSHARE_CALENDAR_PERIODS) != 0 ? " (whole calendar periods)" : "");
        describe(wanted, a, sizeof a);
        printf("wanted last day:    %s\n", a);
        describe(latest, a, sizeof a);
        if (latest != latest_plain) {
            describe(latest_plain, b, sizeof b);
            printf("latest notice day:  %s, moved from %s by Lag (1930:173) 2 §\n", a, b);
        } else {
            printf("latest notice day:  %s\n", a);
        }
        describe(last_day, a, sizeof a);
        printf("last day in force:  %s\n", a);
        if (terms_2016) {
            printf(
                "refund:             none (2016 terms: nothing is refunded after invoicing)\n");
            return 0;
        }
        describe(refund_first, a, sizeof a);
        printf("refund start:       %s\n", a);
        printf("invoiced for %04d:  %lld\n", (int)year, invoiced);
        if ((basis_mask & 2) != 0) {
            printf("refund by months:   %lld (%lld of %lld months)\n", (long long)refunds[1],
                   parts[1], wholes[1]);
        }
        if ((basis_mask & 1) != 0) {
            printf("refund by days:     %lld (%lld of %lld days)\n", (long long)refunds[0],
                   parts[0], wholes[0]);
        }
    }
    return 0;
}
