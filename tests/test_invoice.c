/* Tests for invoice due days (include/costshare/invoice.h).
 *
 * Expected values come from the agreements' invoicing clauses ("senast den
 * 10 december", "senast sista maj") and Lag (1930:173) 2 §; weekdays from
 * the fact that 2024-01-01 was a Monday. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"
#include "test_support.h"

#define SENTINEL_DATE ((costshare_date)0x5A5A5A5A)

/* ISO weekday (1 = Monday), independent of the library. */
static int weekday(costshare_date date) {
    int64_t diff = (int64_t)date - ymd(2024, 1, 1);
    return (int)(((diff % 7) + 7) % 7) + 1;
}

static costshare_date due(int32_t y, int32_t m, int32_t d, uint32_t flags) {
    costshare_date out = SENTINEL_DATE;
    assert_int_equal(costshare_invoice_due(y, m, d, flags, &out), COSTSHARE_OK);
    return out;
}

static void invoice_due_days_of_the_agreements(void **state) {
    const uint32_t se = COSTSHARE_SE_DEADLINE;
    costshare_date out = SENTINEL_DATE;
    (void)state;
    /* "senast den 10 december 2016 och ... senast sista maj 2017". */
    assert_int_equal(due(2016, 12, 10, 0), ymd(2016, 12, 10));
    assert_int_equal(due(2017, 5, 31, 0), ymd(2017, 5, 31));
    /* 2024-12-10 is a Tuesday: 2 § changes nothing. */
    assert_int_equal(weekday(ymd(2024, 12, 10)), 2);
    assert_int_equal(due(2024, 12, 10, se), ymd(2024, 12, 10));
    /* 2016-12-10 and 2022-12-10 are Saturdays, 2023-12-10 a Sunday. */
    assert_int_equal(weekday(ymd(2016, 12, 10)), 6);
    assert_int_equal(due(2016, 12, 10, se), ymd(2016, 12, 12));
    assert_int_equal(weekday(ymd(2022, 12, 10)), 6);
    assert_int_equal(due(2022, 12, 10, se), ymd(2022, 12, 12));
    assert_int_equal(weekday(ymd(2023, 12, 10)), 7);
    assert_int_equal(due(2023, 12, 10, se), ymd(2023, 12, 11));
    /* "sista maj" 2025 is a Saturday: Monday 2 June. */
    assert_int_equal(due(2025, 5, 31, se), ymd(2025, 6, 2));
    /* Day 31 clamped to the month's last day. */
    assert_int_equal(due(2023, 2, 31, 0), ymd(2023, 2, 28));
    assert_int_equal(due(2024, 2, 31, 0), ymd(2024, 2, 29));
    assert_int_equal(due(2024, 4, 31, 0), ymd(2024, 4, 30));
    assert_int_equal(due(9999, 12, 31, 0), COSTSHARE_DATE_MAX);
    assert_int_equal(due(1, 1, 1, 0), COSTSHARE_DATE_MIN);
    /* Errors. */
    assert_int_equal(costshare_invoice_due(2024, 12, 10, 0, NULL), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 10, COSTSHARE_CALENDAR_PERIODS, &out),
                     COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 10, 8u, &out), COSTSHARE_EINVAL);
    assert_int_equal(costshare_invoice_due(2024, 12, 0, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 12, 32, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 0, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(2024, 13, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(0, 12, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(10000, 12, 10, 0, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(INT32_MIN, INT32_MIN, INT32_MIN, 0, &out),
                     COSTSHARE_ERANGE);
    /* 2 § before the Swedish calendar starts (1990), and past its end. */
    assert_int_equal(costshare_invoice_due(1989, 12, 10, se, &out), COSTSHARE_ERANGE);
    assert_int_equal(costshare_invoice_due(9999, 12, 31, se, &out), COSTSHARE_ERANGE);
    assert_int_equal(out, SENTINEL_DATE);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invoice_due_days_of_the_agreements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
