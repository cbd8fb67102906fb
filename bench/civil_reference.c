/*
 * The reference for bench_civil: Neri and Schneider's calendar algorithms
 * written down from their paper, "Euclidean affine functions and their
 * application to calendar algorithms" (Software: Practice and Experience
 * 53(4), 2023), section 5 (to_date, the 32-bit version, and to_rata_die),
 * with their shift s = 82 and rata die counted from 1970-01-01. Built as a
 * shared library of its own, with the same contract as
 * costshare_date_to_ymd() and costshare_date_from_ymd() (the range checks,
 * outputs written only on success, NULL for an unwanted part), so that both
 * are called the same way: through the dynamic linker, from another
 * object. Shares no code with lib/.
 */
#include <stddef.h>
#include <stdint.h>

#include "civil_reference.h"

#define S 82u
#define K (719468u + 146097u * S)
#define L (400u * S)

int ref_to_ymd(int32_t n, int32_t *year, int32_t *month, int32_t *day) {
    uint32_t n_u, n_1, c, n_c, n_2, z, n_y, y, n_3, m, d, j;
    uint64_t p_2;
    if (n < -719162 || n > 2932896) {
        return -2;
    }
    n_u = (uint32_t)n + K;
    n_1 = 4u * n_u + 3u;
    c = n_1 / 146097u;
    n_c = n_1 % 146097u / 4u;
    n_2 = 4u * n_c + 3u;
    p_2 = (uint64_t)2939745u * n_2;
    z = (uint32_t)(p_2 / 4294967296u);
    n_y = (uint32_t)(p_2 % 4294967296u) / 2939745u / 4u;
    y = 100u * c + z;
    n_3 = 2141u * n_y + 197913u;
    m = n_3 / 65536u;
    d = n_3 % 65536u / 2141u;
    j = n_y >= 306u;
    if (year != NULL) {
        *year = (int32_t)(y - L + j);
    }
    if (month != NULL) {
        *month = (int32_t)(j ? m - 12u : m);
    }
    if (day != NULL) {
        *day = (int32_t)(d + 1u);
    }
    return 0;
}

int ref_from_ymd(int32_t year, int32_t month, int32_t day, int32_t *out) {
    static const unsigned char length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    uint32_t j, y, m, d, c, y_star, m_star;
    int leap;
    if (out == NULL) {
        return -1;
    }
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
        return -2;
    }
    leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > length[month - 1] + (month == 2 && leap)) {
        return -2;
    }
    j = month <= 2;
    y = (uint32_t)year + L - j;
    m = j ? (uint32_t)month + 12u : (uint32_t)month;
    d = (uint32_t)day - 1u;
    c = y / 100u;
    y_star = 1461u * y / 4u - c + c / 4u;
    m_star = (979u * m - 2919u) / 32u;
    *out = (int32_t)(y_star + m_star + d - K);
    return 0;
}
