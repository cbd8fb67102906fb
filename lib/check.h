/*
 * Internal: the argument checks every module shares, written once.
 *
 * Struct versions follow one rule (libgit2's): a caller built against an
 * older header passes an older version, and the library accepts every
 * version from 1 up to the one it was built with. The calendar's year and
 * month limits and the mask of known notice flags live here too, so no
 * module keeps a private copy. Everything is static inline: nothing here is
 * exported.
 */
#ifndef COSTSHARE_CHECK_H
#define COSTSHARE_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "costshare/calendar_se.h"
#include "costshare/date.h"
#include "costshare/notice.h"

/* First and last year of the calendar, 0001-01-01 .. 9999-12-31. */
#define CS_YEAR_MIN 1
#define CS_YEAR_MAX 9999
/* Month index year * 12 + (month - 1) of January of year 1, the first month. */
#define CS_MONTH_INDEX_MIN ((int64_t)CS_YEAR_MIN * 12)
/* Month index year * 12 + (month - 1) of December 9999, the last month. */
#define CS_MONTH_INDEX_MAX ((int64_t)CS_YEAR_MAX * 12 + 11)

/* Every notice flag bit the library knows. */
#define CS_NOTICE_FLAGS_KNOWN                                                                  \
    (COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT | COSTSHARE_SE_DEADLINE)
/* The flags that say how a notice period is counted (costshare_notice_end()
 * takes these and no others). */
#define CS_NOTICE_COUNTING (COSTSHARE_CALENDAR_PERIODS | COSTSHARE_CALENDAR_COUNT_CURRENT)

/* Notice flags the library can apply: known bits only, and the current
 * period counted as the first only when calendar periods are counted. */
static inline int cs_notice_flags_ok(uint32_t flags, uint32_t allowed) {
    return (flags & ~allowed) == 0u && ((flags & COSTSHARE_CALENDAR_COUNT_CURRENT) == 0u ||
                                        (flags & COSTSHARE_CALENDAR_PERIODS) != 0u);
}

/* A struct version the library can read: 1 to the current one. */
static inline int cs_version_ok(uint32_t version, uint32_t current) {
    return version >= 1u && version <= current;
}

/* The size of a struct version that ends with `member`: members are only
 * ever appended, so a version's size is the end of its last member. A
 * caller's struct is read and written by the size of its own version, never
 * by sizeof, so a program built against an older header never has bytes
 * past its struct touched. */
#define CS_END_OF(type, member) (offsetof(type, member) + sizeof(((type *)0)->member))

/* A compile-time check: a negative array size fails the build. */
#define CS_STATIC_ASSERT(name, cond) typedef char cs_static_assert_##name[(cond) ? 1 : -1]

static inline int cs_year_valid(int32_t year) {
    return year >= CS_YEAR_MIN && year <= CS_YEAR_MAX;
}

static inline int cs_month_valid(int32_t month) {
    return month >= 1 && month <= 12;
}

/* Whether na bytes at a and nb bytes at b share a byte (an empty range
 * shares none): an output that overlaps an input, or another output, is
 * refused, since writing it would change what is still to be read. */
static inline int cs_overlap(const void *a, size_t na, const void *b, size_t nb) {
    uintptr_t pa = (uintptr_t)a, pb = (uintptr_t)b;
    if (na == 0 || nb == 0) {
        return 0;
    }
    return pa < pb ? pb - pa < na : pa - pb < nb;
}

#endif /* COSTSHARE_CHECK_H */
