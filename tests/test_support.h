/*
 * Helpers shared by the cmocka tests: a date from its parts, and an equality
 * check cheap enough for loops over millions of values (cmocka's asserts
 * cost a call each). Include after <cmocka.h> and "costshare.h".
 */
#ifndef COSTSHARE_TEST_SUPPORT_H
#define COSTSHARE_TEST_SUPPORT_H

/* A date that must exist (the test fails if it does not). */
static inline costshare_date ymd(int32_t y, int32_t m, int32_t d) {
    costshare_date out = 0;
    assert_int_equal(costshare_date_from_ymd(y, m, d, &out), COSTSHARE_OK);
    return out;
}

#define CHECK_EQ(actual, expected)                                                             \
    do {                                                                                       \
        long long check_a_ = (long long)(actual), check_e_ = (long long)(expected);            \
        if (check_a_ != check_e_) {                                                            \
            fail_msg("%s:%d: %s is %lld, expected %lld", __FILE__, __LINE__, #actual,          \
                     check_a_, check_e_);                                                      \
        }                                                                                      \
    } while (0)

#endif /* COSTSHARE_TEST_SUPPORT_H */
