/*
 * libFuzzer harness for costshare/notice.h (scripts/fuzz.sh).
 *
 * Arbitrary days, counts, units, flags and term structs. Checks:
 * - costshare_notice_end(): a refusal is a documented code for a violated
 *   precondition and writes nothing; the result is on or after the day given,
 *   is costshare_date_add() without flags and the end of a calendar period
 *   (Sunday, month end, 31 December) computed independently here with
 *   #COSTSHARE_CALENDAR_PERIODS; it never decreases as the day given grows.
 * - costshare_notice_latest() is the exact inverse: with G its result,
 *   end(G) <= L and end(G + 1) > L (or G + 1 leaves the calendar); when it
 *   refuses, not even 0001-01-01 ends by L; with #COSTSHARE_SE_DEADLINE the
 *   result is costshare_se_deadline() of the plain G.
 * - costshare_term_end(): the smallest term end (initial term, then renewal k
 *   counted from the first renewal day, found here by binary search over k)
 *   on or after the day, or a refusal exactly when there is none.
 * - costshare_term_notice(): the term end is a term end, notice on the day is
 *   in time for it (latest >= day, latest = notice_latest(term end)) and was
 *   not in time for the term end before it.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENT ((costshare_date)0x5A5A5A5A)
#define DMIN COSTSHARE_DATE_MIN
#define DMAX COSTSHARE_DATE_MAX

static int valid(costshare_date d) {
    return d >= DMIN && d <= DMAX;
}

static int32_t pick_count(fz_input *in) {
    uint8_t how = fz_u8(in);
    switch (how & 3u) {
    case 0:
        return fz_i32(in);
    case 1:
        return (int32_t)(fz_bytes(in, 2) % 5000u) - 1;
    default:
        return (int32_t)(how >> 2) % 40 - 1; /* -1 .. 38 */
    }
}

static int32_t pick_unit(fz_input *in) {
    uint8_t u = fz_u8(in);
    return (u & 0x80u) ? (int32_t)(int8_t)u : (int32_t)(u % 5u); /* 4 is unknown */
}

static uint32_t pick_flags(fz_input *in) {
    uint8_t f = fz_u8(in);
    return (f & 0x80u) ? (uint32_t)f : (uint32_t)(f % 8u);
}

/* Flags the library applies: `allowed` bits only, and the current period
 * counted as the first (4) only with calendar periods (1). */
static int flags_bad(uint32_t flags, uint32_t allowed) {
    return (flags & ~allowed) != 0 || ((flags & 4u) != 0 && (flags & 1u) == 0);
}

/* The count of whole periods after the current one: with 4 the current
 * period is the first of `count`. */
static int32_t after_current(int32_t count, uint32_t flags) {
    return (flags & 4u) != 0 && count > 0 ? count - 1 : count;
}

/* Independent: the last day of the calendar period `count` periods after the
 * one containing `given` (days: given + count). */
static int ref_calendar_end(costshare_date given, int32_t count, int32_t unit,
                            costshare_date *out) {
    int64_t r;
    int32_t y, m, d;
    if (costshare_date_to_ymd(given, &y, &m, &d) != COSTSHARE_OK) {
        return 1;
    }
    switch (unit) {
    case COSTSHARE_DAYS:
        r = (int64_t)given + count;
        break;
    case COSTSHARE_WEEKS: {
        /* 1970-01-04 (day 3) was a Sunday. */
        int64_t sunday = (int64_t)given + ((3 - (int64_t)given) % 7 + 7) % 7;
        r = sunday + 7 * (int64_t)count;
        break;
    }
    case COSTSHARE_MONTHS: {
        int64_t months = (int64_t)y * 12 + (m - 1) + count;
        costshare_date first;
        int32_t dim;
        if (months / 12 > 9999) {
            return 1;
        }
        if (costshare_date_from_ymd((int32_t)(months / 12), (int32_t)(months % 12) + 1, 1,
                                    &first) != COSTSHARE_OK) {
            return 1;
        }
        FZ_CHECK(costshare_date_days_in_month(
                     (int32_t)(months / 12), (int32_t)(months % 12) + 1, &dim) == COSTSHARE_OK);
        r = (int64_t)first + dim - 1;
        break;
    }
    default: {
        costshare_date last;
        if ((int64_t)y + count > 9999 ||
            costshare_date_from_ymd(y + count, 12, 31, &last) != COSTSHARE_OK) {
            return 1;
        }
        r = last;
        break;
    }
    }
    if (r < DMIN || r > DMAX) {
        return 1;
    }
    *out = (costshare_date)r;
    return 0;
}

/* The end for validated arguments through the library, or 0 when refused. */
static int end_ok(costshare_date g, int32_t count, int32_t unit, uint32_t flags,
                  costshare_date *out) {
    return costshare_notice_end(g, count, unit, flags, out) == COSTSHARE_OK;
}

static void check_notice(costshare_date given, int32_t count, int32_t unit, uint32_t flags) {
    costshare_date out = SENT, ref = 0, next = SENT, latest = SENT, e = 0;
    int bad_inval = !(unit >= 0 && unit <= 3) || flags_bad(flags, 5u);
    int bad_range = count < 0 || !valid(given);
    uint32_t base = flags & 5u;
    int rc = costshare_notice_end(given, count, unit, flags, &out);

    if (bad_inval || bad_range) {
        FZ_CHECK((rc == COSTSHARE_EINVAL && bad_inval) ||
                 (rc == COSTSHARE_ERANGE && bad_range));
        FZ_CHECK(out == SENT);
    } else {
        int fail = (flags & 1u)
                       ? ref_calendar_end(given, after_current(count, flags), unit, &ref)
                       : costshare_date_add(given, count, unit, &ref) != COSTSHARE_OK;
        if (fail) {
            FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT);
        } else {
            FZ_CHECK(rc == COSTSHARE_OK && out == ref && out >= given);
            /* Monotone in the day given. */
            if (given < DMAX && end_ok(given + 1, count, unit, flags, &next)) {
                FZ_CHECK(next >= out);
            }
        }
    }

    /* The inverse, with `given` read as the wanted last day. */
    bad_inval = !(unit >= 0 && unit <= 3) || flags_bad(flags, 7u);
    rc = costshare_notice_latest(given, count, unit, flags, &latest);
    if (bad_inval || bad_range) {
        FZ_CHECK((rc == COSTSHARE_EINVAL && bad_inval) ||
                 (rc == COSTSHARE_ERANGE && bad_range));
        FZ_CHECK(latest == SENT);
        return;
    }
    if (rc != COSTSHARE_OK) {
        costshare_date plain = SENT;
        FZ_CHECK(rc == COSTSHARE_ERANGE && latest == SENT);
        if ((flags & COSTSHARE_SE_DEADLINE) == 0) {
            /* No day at all ends by the wanted last day. */
            FZ_CHECK(!end_ok(DMIN, count, unit, base, &e) || e > given);
        } else if (costshare_notice_latest(given, count, unit, base, &plain) == COSTSHARE_OK) {
            /* Only the Swedish calendar's range can refuse the moved day. */
            costshare_date dl;
            FZ_CHECK(costshare_se_deadline(plain, &dl) != COSTSHARE_OK);
        }
        return;
    }
    if (flags & COSTSHARE_SE_DEADLINE) {
        costshare_date plain = SENT, dl = SENT;
        int32_t business = 0;
        FZ_CHECK(costshare_notice_latest(given, count, unit, base, &plain) == COSTSHARE_OK);
        FZ_CHECK(costshare_se_deadline(plain, &dl) == COSTSHARE_OK && dl == latest);
        FZ_CHECK(costshare_se_is_business_day(latest, &business) == COSTSHARE_OK &&
                 business == 1 && latest >= plain);
        latest = plain;
    }
    FZ_CHECK(valid(latest));
    FZ_CHECK(end_ok(latest, count, unit, base, &e) && e <= given);
    if (latest < DMAX && end_ok(latest + 1, count, unit, base, &e)) {
        FZ_CHECK(e > given);
    }
}

/* ---- terms ---- */

/* The last day of a span of count units from start (notice.h, "How a term
 * is counted"): the day before the day that corresponds to start by Lag
 * (1930:173) 1 §; when the end month has no day with start's number, the
 * end month's last day itself. A start + count of 10000-01-01 still has its
 * day before, 9999-12-31. */
static int ref_span_last(costshare_date start, int64_t count, int32_t unit,
                         costshare_date *out) {
    costshare_date after;
    int32_t y, m, d, d_after;
    if (count <= INT32_MAX &&
        costshare_date_add(start, (int32_t)count, unit, &after) == COSTSHARE_OK) {
        if ((unit == COSTSHARE_MONTHS || unit == COSTSHARE_YEARS) &&
            costshare_date_to_ymd(start, NULL, NULL, &d) == COSTSHARE_OK &&
            costshare_date_to_ymd(after, NULL, NULL, &d_after) == COSTSHARE_OK &&
            d_after != d) {
            *out = after; /* no corresponding day: the month's last day ends it */
            return 0;
        }
        if (after - 1 < DMIN) {
            return 1;
        }
        *out = after - 1;
        return 0;
    }
    if (unit == COSTSHARE_DAYS || unit == COSTSHARE_WEEKS) {
        if ((int64_t)start + count * (unit == COSTSHARE_WEEKS ? 7 : 1) == (int64_t)DMAX + 1) {
            *out = DMAX;
            return 0;
        }
        return 1;
    }
    if (costshare_date_to_ymd(start, &y, &m, &d) == COSTSHARE_OK && d == 1 &&
        (int64_t)y * 12 + (m - 1) + count * (unit == COSTSHARE_YEARS ? 12 : 1) ==
            (int64_t)10000 * 12) {
        *out = DMAX;
        return 0;
    }
    return 1;
}

/* Term end k: 0 the initial term, k >= 1 renewal k. 1 when out of range. */
static int ref_term_end_k(const costshare_term *t, int64_t k, costshare_date *out) {
    costshare_date e0;
    if (ref_span_last(t->start, t->initial_count, t->initial_unit, &e0)) {
        return 1;
    }
    if (k == 0) {
        *out = e0;
        return 0;
    }
    if (e0 == DMAX) {
        return 1;
    }
    return ref_span_last(e0 + 1, k * t->renewal_count, t->renewal_unit, out);
}

/* Smallest k in [1, kmax] with "out of range or term end k >= day"; the
 * predicate is monotone because term ends grow with k. */
static int64_t search_k(const costshare_term *t, costshare_date day) {
    int64_t lo = 1, hi = (int64_t)INT32_MAX / t->renewal_count + 1;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        costshare_date e;
        if (ref_term_end_k(t, mid, &e) || e >= day) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

static int term_valid(const costshare_term *t, int *inval, int *range) {
    *inval = t->version < 1u || t->version > COSTSHARE_TERM_VERSION ||
             !(t->initial_unit >= 0 && t->initial_unit <= 3) ||
             !(t->renewal_unit >= 0 && t->renewal_unit <= 3) ||
             !(t->notice_unit >= 0 && t->notice_unit <= 3) || flags_bad(t->notice_flags, 7u);
    *range =
        t->initial_count < 1 || t->renewal_count < 0 || t->notice_count < 0 || !valid(t->start);
    return !*inval && !*range;
}

static void check_terms(fz_input *in) {
    costshare_term t = COSTSHARE_TERM_INIT;
    costshare_date day, end = SENT, end2 = SENT, latest = SENT, ref = 0;
    int inval, range, rc;
    uint8_t how = fz_u8(in);
    t.version = (how & 1u) ? fz_u32(in) : COSTSHARE_TERM_VERSION;
    t.start = fz_date(in);
    t.initial_count = pick_count(in);
    t.initial_unit = pick_unit(in);
    t.renewal_count = pick_count(in);
    t.renewal_unit = pick_unit(in);
    t.notice_count = pick_count(in);
    t.notice_unit = pick_unit(in);
    t.notice_flags = pick_flags(in);
    day = (how & 2u) || !valid(t.start) ? fz_date(in)
                                        : t.start + (int32_t)(fz_bytes(in, 2) % 20000u) - 400;

    rc = costshare_term_end(&t, day, &end);
    if (!term_valid(&t, &inval, &range)) {
        FZ_CHECK((rc == COSTSHARE_EINVAL && inval) || (rc == COSTSHARE_ERANGE && range));
        FZ_CHECK(end == SENT);
        rc = costshare_term_notice(&t, day, &end, &latest);
        FZ_CHECK((rc == COSTSHARE_EINVAL && inval) || (rc == COSTSHARE_ERANGE && range));
        FZ_CHECK(end == SENT && latest == SENT);
        return;
    }
    FZ_CHECK(costshare_term_end(NULL, day, &end2) == COSTSHARE_EINVAL && end2 == SENT);

    /* term_end against the reference. */
    {
        int expect = COSTSHARE_OK;
        costshare_date e0 = 0;
        if (!valid(day)) {
            expect = COSTSHARE_ERANGE;
        } else if (day < t.start) {
            expect = COSTSHARE_EBACKWARDS; /* dates in the wrong order */
        } else if (ref_term_end_k(&t, 0, &e0)) {
            expect = COSTSHARE_ERANGE;
        } else if (day <= e0) {
            ref = e0;
        } else if (t.renewal_count == 0) {
            expect = COSTSHARE_ETOOLATE; /* no term is in force */
        } else if (ref_term_end_k(&t, search_k(&t, day), &ref)) {
            expect = COSTSHARE_ERANGE;
        }
        if (expect != COSTSHARE_OK) {
            FZ_CHECK(rc == expect && end == SENT);
        } else {
            FZ_CHECK(rc == COSTSHARE_OK && end == ref && end >= day);
        }
    }

    /* term_notice: in time for its term end, not for the one before. */
    end = SENT;
    latest = SENT;
    rc = costshare_term_notice(&t, day, &end, &latest);
    if (rc != COSTSHARE_OK) {
        /* Out of range, or too late for the only term a term that is not
         * renewed has. */
        FZ_CHECK(
            (rc == COSTSHARE_ERANGE || (rc == COSTSHARE_ETOOLATE && t.renewal_count == 0)) &&
            end == SENT && latest == SENT);
        if ((t.notice_flags & COSTSHARE_SE_DEADLINE) == 0 && valid(day)) {
            /* No term end at all is in time: not the initial one, and not
             * the last renewal within the calendar. */
            costshare_date e0, g;
            if (!ref_term_end_k(&t, 0, &e0)) {
                FZ_CHECK(costshare_notice_latest(e0, t.notice_count, t.notice_unit,
                                                 t.notice_flags, &g) != COSTSHARE_OK ||
                         g < day);
            }
            if (t.renewal_count > 0) {
                int64_t k = search_k(&t, DMAX);
                costshare_date ek;
                if (ref_term_end_k(&t, k, &ek)) {
                    k--; /* the last renewal still in range */
                }
                if (k >= 1 && !ref_term_end_k(&t, k, &ek)) {
                    FZ_CHECK(costshare_notice_latest(ek, t.notice_count, t.notice_unit,
                                                     t.notice_flags, &g) != COSTSHARE_OK ||
                             g < day);
                }
            }
        }
        return;
    }
    {
        costshare_date g = SENT, e0 = 0, before;
        int64_t k;
        FZ_CHECK(latest >= day);
        if ((t.notice_flags & COSTSHARE_SE_DEADLINE) == 0) {
            /* Without 2 §: the notice period from the day runs out by the end. */
            costshare_date ends = SENT;
            FZ_CHECK(end >= latest);
            FZ_CHECK(costshare_notice_end(day, t.notice_count, t.notice_unit, t.notice_flags,
                                          &ends) == COSTSHARE_OK &&
                     ends <= end);
        }
        FZ_CHECK(costshare_notice_latest(end, t.notice_count, t.notice_unit, t.notice_flags,
                                         &g) == COSTSHARE_OK &&
                 g == latest);
        FZ_CHECK(!ref_term_end_k(&t, 0, &e0));
        if (end == e0) {
            return; /* the first term end: nothing before it */
        }
        FZ_CHECK(end > e0 && t.renewal_count > 0);
        k = search_k(&t, end);
        FZ_CHECK(!ref_term_end_k(&t, k, &before) && before == end); /* a term end */
        FZ_CHECK(!ref_term_end_k(&t, k - 1, &before));
        g = SENT;
        if (costshare_notice_latest(before, t.notice_count, t.notice_unit, t.notice_flags,
                                    &g) == COSTSHARE_OK) {
            FZ_CHECK(g < day); /* too late for the term end before */
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_input in = {data, size};
    uint8_t op = fz_u8(&in);
    if (op & 1u) {
        check_terms(&in);
    } else {
        costshare_date given = fz_date(&in);
        int32_t count = pick_count(&in), unit = pick_unit(&in);
        uint32_t flags = pick_flags(&in);
        check_notice(given, count, unit, flags);
        FZ_CHECK(costshare_notice_end(given, 0, 0, 0, NULL) == COSTSHARE_EINVAL);
        FZ_CHECK(costshare_notice_latest(given, 0, 0, 0, NULL) == COSTSHARE_EINVAL);
    }
    return 0;
}
