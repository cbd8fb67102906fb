/*
 * libFuzzer harness for costshare/date.h and costshare/calendar_se.h
 * (scripts/fuzz.sh). The input is taken as date text for
 * costshare_date_parse() and, read as integers, as dates, counts and units.
 * Checks the documented invariants; any violation aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "costshare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int32_t read_i32(const uint8_t *data, size_t size, size_t at) {
    uint32_t v = 0;
    size_t i;
    for (i = 0; i < 4; i++) {
        v = (v << 8) | (at + i < size ? data[at + i] : 0u);
    }
    return (int32_t)v;
}

static void check(int ok) {
    if (!ok) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    costshare_date d = 0x5A5A5A5A, e = 0x5A5A5A5A, back = 0;
    char text[COSTSHARE_DATE_TEXT_SIZE];
    int32_t count, unit, n = 0;
    int rc;

    /* parse: only OK, EPARSE or ERANGE; OK round-trips through format */
    rc = costshare_date_parse((const char *)data, size, &d);
    check(rc == COSTSHARE_OK || rc == COSTSHARE_EPARSE || rc == COSTSHARE_ERANGE);
    if (rc == COSTSHARE_OK) {
        check(size == 10);
        check(costshare_date_format(d, text, sizeof text) == COSTSHARE_OK);
        check(memcmp(text, data, 10) == 0);
    } else {
        check(d == 0x5A5A5A5A);
    }

    /* arithmetic on arbitrary integers */
    d = read_i32(data, size, 0);
    count = read_i32(data, size, 4);
    unit = read_i32(data, size, 8) & 7; /* 0..3 valid, 4..7 not */
    rc = costshare_date_add(d, count, unit, &e);
    if (rc == COSTSHARE_OK) {
        int32_t y, m, day;
        check(e >= COSTSHARE_DATE_MIN && e <= COSTSHARE_DATE_MAX);
        check(costshare_date_to_ymd(e, &y, &m, &day) == COSTSHARE_OK);
        check(costshare_date_from_ymd(y, m, day, &back) == COSTSHARE_OK && back == e);
        if (unit == COSTSHARE_WEEKS) {
            check(costshare_date_weekday(e) == costshare_date_weekday(d));
        }
    } else {
        check(e == 0x5A5A5A5A);
    }

    /* Swedish calendar: add/between are inverses, deadline is a business day */
    if (d >= COSTSHARE_SE_DATE_MIN && d <= COSTSHARE_DATE_MAX) {
        costshare_date dl;
        count %= 100000; /* keep each run short */
        rc = costshare_se_add_business_days(d, count, &e);
        if (rc == COSTSHARE_OK) {
            check(costshare_se_business_days_between(d, e, &n) == COSTSHARE_OK && n == count);
        } else {
            check(rc == COSTSHARE_ERANGE);
        }
        if (costshare_se_deadline(d, &dl) == COSTSHARE_OK) {
            check(costshare_se_is_business_day(dl) == 1 && dl >= d && dl - d <= 5);
        } else {
            check(d == COSTSHARE_DATE_MAX);
        }
        check(costshare_se_day_kind(d) >= 0);
        check(costshare_se_holiday(d) >= 0);
    }
    return 0;
}
