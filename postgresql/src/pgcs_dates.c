/*
 * Dates: Lag (1930:173) 1 § arithmetic, the Swedish calendar, notice periods
 * and refunds.
 */
#include "pgcs.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(pgcs_add);
PG_FUNCTION_INFO_V1(pgcs_se_is_business_day);
PG_FUNCTION_INFO_V1(pgcs_se_deadline);
PG_FUNCTION_INFO_V1(pgcs_se_add_business_days);
PG_FUNCTION_INFO_V1(pgcs_se_holidays);
PG_FUNCTION_INFO_V1(pgcs_notice_end);
PG_FUNCTION_INFO_V1(pgcs_notice_latest);
PG_FUNCTION_INFO_V1(pgcs_refund_start);
PG_FUNCTION_INFO_V1(pgcs_prorate);

#define ARG_DATE(n) pgcs_date_in(PG_GETARG_DATEADT(n))
#define RETURN_DATE(d) PG_RETURN_DATEADT(pgcs_date_out(d))

/* costshare_add(day date, count int, unit text) RETURNS date */
Datum pgcs_add(PG_FUNCTION_ARGS) {
    costshare_date out;

    pgcs_check(costshare_date_add(ARG_DATE(0), PG_GETARG_INT32(1),
                                  pgcs_unit(PG_GETARG_TEXT_PP(2)), &out));
    RETURN_DATE(out);
}

/* costshare_se_is_business_day(day date) RETURNS boolean */
Datum pgcs_se_is_business_day(PG_FUNCTION_ARGS) {
    int32_t business_day;

    pgcs_check(costshare_se_is_business_day(ARG_DATE(0), &business_day));
    PG_RETURN_BOOL(business_day != 0);
}

/* costshare_se_deadline(day date) RETURNS date */
Datum pgcs_se_deadline(PG_FUNCTION_ARGS) {
    costshare_date out;

    pgcs_check(costshare_se_deadline(ARG_DATE(0), &out));
    RETURN_DATE(out);
}

/* costshare_se_add_business_days(day date, n int) RETURNS date */
Datum pgcs_se_add_business_days(PG_FUNCTION_ARGS) {
    costshare_date out;

    pgcs_check(costshare_se_add_business_days(ARG_DATE(0), PG_GETARG_INT32(1), &out));
    RETURN_DATE(out);
}

/* One named day of a year, for costshare_se_holidays(). */
typedef struct pgcs_named_day {
    costshare_date date;
    int32_t holiday;
} pgcs_named_day;

static int by_date(const void *a, const void *b) {
    const pgcs_named_day *x = a, *y = b;

    if (x->date != y->date) {
        return x->date < y->date ? -1 : 1;
    }
    return x->holiday < y->holiday ? -1 : x->holiday > y->holiday;
}

/*
 * The SQL name of a kind of day: the name of its COSTSHARE_SE_* constant in
 * the library's table of constants, without the prefix, in lower case
 * ("midsummer_eve"). COSTSHARE_SE_DEADLINE and COSTSHARE_SE_DATE_MIN share
 * the prefix but are a flag and a date, not kinds of day.
 */
static void holiday_sql_name(int32_t holiday, char *out, size_t capacity) {
    int32_t i;
    const char *name;
    int64_t value;

    for (i = 0; costshare_constant_at(i, &name, &value) == COSTSHARE_OK; i++) {
        if (value == holiday && strncmp(name, "COSTSHARE_SE_", 13) == 0 &&
            strcmp(name, "COSTSHARE_SE_DEADLINE") != 0 &&
            strcmp(name, "COSTSHARE_SE_DATE_MIN") != 0) {
            pgcs_sql_name(name, "COSTSHARE_SE_", '_', out, capacity);
            return;
        }
    }
    elog(ERROR, "costshare: no constant names the kind of day %d", (int)holiday);
}

/*
 * costshare_se_holidays(year int) RETURNS TABLE(day date, holiday text,
 *                                               name_sv text, name_en text)
 *
 * Every day of the year that has a name in Lag (1989:253) or in 1930:173 2 §:
 * the public holidays that fall on a fixed or movable date (not the ordinary
 * Sundays) and the three eves, in date order. A holiday that did not exist
 * that year (Whit Monday from 2005, the National Day before 2005) is absent.
 */
Datum pgcs_se_holidays(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    int32 year = PG_GETARG_INT32(0);
    pgcs_named_day days[COSTSHARE_SE_NEW_YEARS_EVE];
    int count = 0;
    int32_t h;
    costshare_date probe;
    int i;

    /* The year itself first, so that a holiday refused below can only be
     * one that did not exist that year. */
    pgcs_check(costshare_se_holiday_date(year, COSTSHARE_SE_NEW_YEARS_DAY, &probe));
    /* Every constant with a date of its own: the named holidays and the
     * eves; an ordinary Sunday (or Saturday) names no single date. */
    for (h = COSTSHARE_SE_NEW_YEARS_DAY; h <= COSTSHARE_SE_NEW_YEARS_EVE; h++) {
        costshare_date d;
        int rc;

        if (h == COSTSHARE_SE_SUNDAY) {
            continue;
        }
        rc = costshare_se_holiday_date(year, h, &d);
        if (rc == COSTSHARE_OK) {
            days[count].date = d;
            days[count].holiday = h;
            count++;
        } else if (rc != COSTSHARE_ERANGE) {
            pgcs_raise(rc, NULL);
        }
    }
    qsort(days, (size_t)count, sizeof days[0], by_date);

    InitMaterializedSRF(fcinfo, 0);
    for (i = 0; i < count; i++) {
        char name[PGCS_NAME_MAX];
        Datum values[4];
        bool nulls[4] = {false, false, false, false};

        holiday_sql_name(days[i].holiday, name, sizeof name);
        values[0] = DateADTGetDatum(pgcs_date_out(days[i].date));
        values[1] = CStringGetTextDatum(name);
        values[2] =
            CStringGetTextDatum(costshare_se_holiday_name(days[i].holiday, COSTSHARE_LANG_SV));
        values[3] =
            CStringGetTextDatum(costshare_se_holiday_name(days[i].holiday, COSTSHARE_LANG_EN));
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return (Datum)0;
}

/* costshare_notice_end(given date, count int, unit text,
 *                      calendar_periods boolean DEFAULT false) RETURNS date */
Datum pgcs_notice_end(PG_FUNCTION_ARGS) {
    uint32_t flags = PG_GETARG_BOOL(3) ? COSTSHARE_CALENDAR_PERIODS : 0u;
    costshare_date out;

    pgcs_check(costshare_notice_end(ARG_DATE(0), PG_GETARG_INT32(1),
                                    pgcs_unit(PG_GETARG_TEXT_PP(2)), flags, &out));
    RETURN_DATE(out);
}

/* costshare_notice_latest(last_day date, count int, unit text,
 *                         calendar_periods boolean DEFAULT false,
 *                         sunday_rule boolean DEFAULT false) RETURNS date */
Datum pgcs_notice_latest(PG_FUNCTION_ARGS) {
    uint32_t flags = (PG_GETARG_BOOL(3) ? COSTSHARE_CALENDAR_PERIODS : 0u) |
                     (PG_GETARG_BOOL(4) ? COSTSHARE_SE_DEADLINE : 0u);
    costshare_date out;

    pgcs_check(costshare_notice_latest(ARG_DATE(0), PG_GETARG_INT32(1),
                                       pgcs_unit(PG_GETARG_TEXT_PP(2)), flags, &out));
    RETURN_DATE(out);
}

/* costshare_refund_start(last_day date) RETURNS date */
Datum pgcs_refund_start(PG_FUNCTION_ARGS) {
    costshare_date out;

    pgcs_check(costshare_refund_start(ARG_DATE(0), &out));
    RETURN_DATE(out);
}

/*
 * costshare_prorate(amount bigint, period_first date, period_last date,
 *                   from_day date, basis text DEFAULT 'months',
 *                   mode text DEFAULT 'half-away') RETURNS bigint
 *
 * The part of @p amount, invoiced for the period, that falls from @p from_day
 * to the period's end: costshare_refund_prorate() over the range from
 * @p from_day to @p period_last. A @p from_day after the period is the
 * one-day range of that day, which misses the period: nothing falls in it.
 */
Datum pgcs_prorate(PG_FUNCTION_ARGS) {
    costshare_date period_first = ARG_DATE(1);
    costshare_date period_last = ARG_DATE(2);
    costshare_date from = ARG_DATE(3);
    costshare_date to = from > period_last ? from : period_last;
    int64_t out;

    pgcs_check(costshare_refund_prorate(PG_GETARG_INT64(0), period_first, period_last, from, to,
                                        pgcs_basis(PG_GETARG_TEXT_PP(4)),
                                        pgcs_mode(PG_GETARG_TEXT_PP(5)), &out));
    PG_RETURN_INT64(out);
}
