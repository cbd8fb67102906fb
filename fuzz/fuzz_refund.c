/*
 * libFuzzer harness for costshare/refund.h (scripts/fuzz.sh).
 *
 * Arbitrary amounts, dates, bases, modes and refund-terms structs. Checks:
 * - costshare_refund_start(): the first day of the next month, or a refusal
 *   exactly for invalid days and December 9999.
 * - costshare_refund_prorate(): equals an independent 128-bit computation of
 *   amount * part / whole (days, or calendar months) rounded by the mode;
 *   |result| <= |amount|; a credit is the mirror image (floor <-> ceiling);
 *   refusals exactly for the documented preconditions.
 * - costshare_refund_termination() and costshare_refund_vacancy(): the
 *   documented composition of costshare_refund_prorate() (refund from the next
 *   month / next day; a vacancy longer than the minimum by Lag (1930:173)
 *   1 §), zero when nothing is refunded, never more than invoiced.
 * - costshare_invoice_due(): day clamped to the month's end, moved by
 *   costshare_se_deadline() with #COSTSHARE_SE_DEADLINE.
 * Every refusal leaves the output untouched.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef __int128 i128;

#define SENT64 ((int64_t)0x5A5A5A5A5A5A5A5A)
#define SENT ((costshare_date)0x5A5A5A5A)
#define DMIN COSTSHARE_DATE_MIN
#define DMAX COSTSHARE_DATE_MAX

static int valid(costshare_date d) {
    return d >= DMIN && d <= DMAX;
}

/* d + k without overflow (clamped to int32_t; arbitrary dates stay arbitrary). */
static costshare_date shift(costshare_date d, int64_t k) {
    int64_t r = (int64_t)d + k;
    return r > INT32_MAX ? INT32_MAX : r < INT32_MIN ? INT32_MIN : (costshare_date)r;
}

static int ymd(costshare_date d, int32_t *y, int32_t *m, int32_t *day) {
    return costshare_date_to_ymd(d, y, m, day) == COSTSHARE_OK;
}

static int month_first(costshare_date d) {
    int32_t day;
    return ymd(d, NULL, NULL, &day) && day == 1;
}

static int month_last(costshare_date d) {
    int32_t y, m, day, dim;
    return ymd(d, &y, &m, &day) && costshare_date_days_in_month(y, m, &dim) == COSTSHARE_OK &&
           day == dim;
}

static int64_t month_index(costshare_date d) {
    int32_t y, m;
    (void)ymd(d, &y, &m, NULL);
    return (int64_t)y * 12 + m - 1;
}

static int64_t round_ref(i128 p, i128 d, int32_t mode) {
    i128 q = p / d, r = p % d, ar = r < 0 ? -r : r;
    int neg = p < 0;
    switch (mode) {
    case COSTSHARE_ROUND_HALF_AWAY:
        q += 2 * ar >= d ? (neg ? -1 : 1) : 0;
        break;
    case COSTSHARE_ROUND_HALF_EVEN:
        q += (2 * ar > d || (2 * ar == d && q % 2 != 0)) ? (neg ? -1 : 1) : 0;
        break;
    case COSTSHARE_ROUND_FLOOR:
        q -= (r != 0 && neg) ? 1 : 0;
        break;
    case COSTSHARE_ROUND_CEILING:
        q += (r != 0 && !neg) ? 1 : 0;
        break;
    default:
        break;
    }
    return (int64_t)q;
}

/* Returns the expected code of costshare_refund_prorate() and its value. */
static int ref_prorate(int64_t amount, costshare_date pf, costshare_date pl,
                       costshare_date from, costshare_date to, int32_t basis, int32_t mode,
                       int64_t *out, int *inval_only) {
    int inval = !(basis == 0 || basis == 1) || !(mode >= 0 && mode <= 4);
    int range = !valid(pf) || !valid(pl) || !valid(from) || !valid(to);
    int backwards = !range && (pl < pf || to < from);
    costshare_date lo, hi;
    int64_t part, whole;
    *inval_only = inval && !range && !backwards;
    if (inval) {
        return COSTSHARE_EINVAL;
    }
    if (range || backwards) {
        return range ? COSTSHARE_ERANGE : COSTSHARE_EBACKWARDS;
    }
    lo = pf > from ? pf : from;
    hi = pl < to ? pl : to;
    if (hi < lo) {
        *out = 0; /* the range misses the period */
        return COSTSHARE_OK;
    }
    if (lo == pf && hi == pl) {
        *out = amount; /* the range covers the period */
        return COSTSHARE_OK;
    }
    /* Months are counted only for a proper part: then the period and the
     * part of the range inside it must be whole calendar months. */
    if (basis == 1 &&
        !(month_first(pf) && month_last(pl) && month_first(lo) && month_last(hi))) {
        return COSTSHARE_ERANGE;
    }
    if (basis == COSTSHARE_BASIS_DAYS) {
        part = (int64_t)hi - lo + 1;
        whole = (int64_t)pl - pf + 1;
    } else {
        part = month_index(hi) - month_index(lo) + 1;
        whole = month_index(pl) - month_index(pf) + 1;
    }
    *out = round_ref((i128)amount * part, whole, mode);
    return COSTSHARE_OK;
}

static int32_t pick_small(fz_input *in, int32_t lo, int32_t n) {
    uint8_t b = fz_u8(in);
    return (b & 0x80u) ? fz_i32(in) : lo + (int32_t)(b % (uint32_t)n);
}

/* A date that is often a month boundary, so that by-months cases succeed. */
static costshare_date boundary(fz_input *in, int last) {
    costshare_date d = fz_date(in), r = d;
    uint8_t b = fz_u8(in);
    if ((b & 3u) != 0 && valid(d)) {
        if (last) {
            (void)costshare_date_month_last(d, &r);
        } else {
            (void)costshare_date_month_first(d, &r);
        }
    }
    return r;
}

static void check_prorate(fz_input *in) {
    int64_t amount = fz_i64(in), out = SENT64, ref = 0, neg = SENT64;
    costshare_date pf = boundary(in, 0), pl, from, to;
    int32_t basis = pick_small(in, 0, 3), mode = pick_small(in, 0, 6);
    int rc, expect, inval_only = 0;
    uint8_t how = fz_u8(in);
    pl = (how & 1u) ? boundary(in, 1) : shift(pf, (int64_t)(fz_bytes(in, 2) % 3000u));
    from = (how & 2u) ? boundary(in, 0) : shift(pf, (int64_t)(fz_bytes(in, 2) % 3400u) - 200);
    to = (how & 4u) ? boundary(in, 1) : shift(from, (int64_t)(fz_bytes(in, 2) % 1000u) - 2);
    if ((how & 8u) && valid(pl) && valid(to)) {
        (void)costshare_date_month_last(pl, &pl);
        (void)costshare_date_month_last(to, &to);
    }
    rc = costshare_refund_prorate(amount, pf, pl, from, to, basis, mode, &out);
    expect = ref_prorate(amount, pf, pl, from, to, basis, mode, &ref, &inval_only);
    FZ_CHECK(rc == expect);
    if (rc != COSTSHARE_OK) {
        FZ_CHECK(out == SENT64);
        return;
    }
    FZ_CHECK(out == ref);
    FZ_CHECK(out == 0 || (out < 0) == (amount < 0));
    FZ_CHECK((i128)(out < 0 ? -(i128)out : out) <= (amount < 0 ? -(i128)amount : amount));
    if (amount != INT64_MIN) {
        static const int32_t mirror[5] = {0, 1, 3, 2, 4};
        FZ_CHECK(costshare_refund_prorate(-amount, pf, pl, from, to, basis, mirror[mode],
                                          &neg) == COSTSHARE_OK &&
                 neg == -out);
    }
    FZ_CHECK(costshare_refund_prorate(amount, pf, pl, from, to, basis, mode, NULL) ==
             COSTSHARE_EINVAL);
}

static void pick_terms(fz_input *in, costshare_refund_terms *t) {
    uint8_t how = fz_u8(in);
    t->version = (how & 1u) ? fz_u32(in) : COSTSHARE_REFUND_TERMS_VERSION;
    t->termination = pick_small(in, 0, 4);
    t->termination_basis = pick_small(in, 0, 3);
    t->vacancy = pick_small(in, 0, 5);
    t->vacancy_min_count = pick_small(in, -1, 40);
    t->vacancy_min_unit = pick_small(in, 0, 5);
    t->vacancy_basis = pick_small(in, 0, 3);
    t->mode = pick_small(in, 0, 6);
}

static int terms_valid(const costshare_refund_terms *t, int *inval, int *range) {
    *inval = t->version < 1u || t->version > COSTSHARE_REFUND_TERMS_VERSION ||
             t->termination < 0 || t->termination > 2 || t->termination_basis < 0 ||
             t->termination_basis > 1 || t->vacancy < 0 || t->vacancy > 3 ||
             t->vacancy_min_unit < 0 || t->vacancy_min_unit > 3 || t->vacancy_basis < 0 ||
             t->vacancy_basis > 1 || t->mode < 0 || t->mode > 4;
    *range = t->vacancy_min_count < 0;
    return !*inval && !*range;
}

static void check_refunds(fz_input *in) {
    costshare_refund_terms t = COSTSHARE_REFUND_TERMS_INIT;
    int64_t invoiced = fz_i64(in), out = SENT64, p = 0;
    costshare_date pf, pl, a, b;
    int inval, range, rc, prc, dummy, refunded;
    uint8_t how;
    pick_terms(in, &t);
    how = fz_u8(in);
    pf = boundary(in, 0);
    pl = (how & 1u) ? boundary(in, 1) : shift(pf, (int64_t)(fz_bytes(in, 2) % 800u));
    if ((how & 2u) && valid(pl)) {
        (void)costshare_date_month_last(pl, &pl);
    }
    a = (how & 4u) ? boundary(in, (how & 8u) != 0)
                   : shift(pf, (int64_t)(fz_bytes(in, 2) % 900u) - 50);
    b = (how & 16u) ? boundary(in, 1) : shift(a, (int64_t)(fz_bytes(in, 2) % 500u) - 2);
    if ((how & 32u) && valid(b)) {
        (void)costshare_date_month_last(b, &b);
    }

    /* Termination, with `a` as the last day. */
    rc = costshare_refund_termination(&t, invoiced, pf, pl, a, &out);
    if (!terms_valid(&t, &inval, &range)) {
        FZ_CHECK((rc == COSTSHARE_EINVAL && inval) || (rc == COSTSHARE_ERANGE && range));
        FZ_CHECK(out == SENT64);
    } else {
        costshare_date from = SENT;
        int64_t r = 0;
        int bad = !valid(pf) || !valid(pl) || !valid(a);
        if (bad || pl < pf) {
            FZ_CHECK(rc == (bad ? COSTSHARE_ERANGE : COSTSHARE_EBACKWARDS) && out == SENT64);
        } else {
            int expect = COSTSHARE_OK;
            if (t.termination == COSTSHARE_REFUND_NEXT_MONTH) {
                costshare_date ml;
                FZ_CHECK(costshare_date_month_last(a, &ml) == COSTSHARE_OK);
                if (ml < pl) {
                    FZ_CHECK(costshare_refund_start(a, &from) == COSTSHARE_OK &&
                             from == ml + 1);
                }
            } else if (t.termination == COSTSHARE_REFUND_NEXT_DAY && a < pl) {
                from = a + 1;
            }
            if (from != SENT) {
                expect = ref_prorate(invoiced, pf, pl, from, pl, t.termination_basis, t.mode,
                                     &r, &dummy);
            }
            FZ_CHECK(rc == expect);
            if (rc == COSTSHARE_OK) {
                FZ_CHECK(out == r);
            } else {
                FZ_CHECK(out == SENT64);
            }
        }
    }

    /* Vacancy from `a` through `b`. */
    out = SENT64;
    rc = costshare_refund_vacancy(&t, invoiced, pf, pl, a, b, &out);
    if (!terms_valid(&t, &inval, &range)) {
        FZ_CHECK((rc == COSTSHARE_EINVAL && inval) || (rc == COSTSHARE_ERANGE && range));
        FZ_CHECK(out == SENT64);
        return;
    }
    if (!valid(pf) || !valid(pl) || !valid(a) || !valid(b)) {
        FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT64);
        return;
    }
    if (pl < pf || b < a) {
        FZ_CHECK(rc == COSTSHARE_EBACKWARDS && out == SENT64);
        return;
    }
    refunded = t.vacancy == COSTSHARE_VACANCY_ANY;
    if (t.vacancy == COSTSHARE_VACANCY_LONGER_THAN) {
        /* Longer than the minimum: vacant past the end of a term of the
         * minimum's length from the first vacant day (costshare_term_end,
         * fuzzed against its own reference in fuzz_notice). */
        costshare_term term = COSTSHARE_TERM_INIT;
        costshare_date th;
        term.start = a;
        term.initial_count = t.vacancy_min_count;
        term.initial_unit = t.vacancy_min_unit;
        refunded = t.vacancy_min_count == 0 ||
                   (costshare_term_end(&term, a, &th) == COSTSHARE_OK && b > th);
    }
    if (t.vacancy == COSTSHARE_VACANCY_LONGER_THAN_END_DAY) {
        /* The other reading: vacant past the 1 § end day counted from the
         * first vacant day, one day later than the term's last day. */
        costshare_date th;
        refunded = t.vacancy_min_count == 0 ||
                   (costshare_date_add(a, t.vacancy_min_count, t.vacancy_min_unit, &th) ==
                        COSTSHARE_OK &&
                    b > th);
    }
    if (!refunded) {
        FZ_CHECK(rc == COSTSHARE_OK && out == 0);
        return;
    }
    prc = ref_prorate(invoiced, pf, pl, a, b, t.vacancy_basis, t.mode, &p, &dummy);
    if (prc != COSTSHARE_OK) {
        FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT64);
        return;
    }
    FZ_CHECK(rc == COSTSHARE_OK && out == p);
}

static void check_small(fz_input *in) {
    costshare_date d = fz_date(in), out = SENT;
    int32_t y, m, day;
    int rc = costshare_refund_start(d, &out);
    uint32_t flags;
    if (!valid(d) || (ymd(d, &y, &m, NULL) && y == 9999 && m == 12)) {
        FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT);
    } else {
        costshare_date ml;
        FZ_CHECK(rc == COSTSHARE_OK && costshare_date_month_last(d, &ml) == COSTSHARE_OK &&
                 out == ml + 1 && month_first(out));
    }
    FZ_CHECK(costshare_refund_start(d, NULL) == COSTSHARE_EINVAL);

    /* invoice_due */
    y = pick_small(in, 1985, 130);
    if (fz_u8(in) & 1u) {
        y = pick_small(in, -1, 10003);
    }
    m = pick_small(in, -1, 15);
    day = pick_small(in, -1, 34);
    flags = (uint32_t)pick_small(in, 0, 5);
    out = SENT;
    rc = costshare_invoice_due(y, m, day, flags, &out);
    if ((flags & ~2u) != 0) {
        FZ_CHECK(rc == COSTSHARE_EINVAL || (rc == COSTSHARE_ERANGE));
        FZ_CHECK(out == SENT);
    } else if (y < 1 || y > 9999 || m < 1 || m > 12 || day < 1 || day > 31) {
        FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT);
    } else {
        int32_t dim = 0;
        costshare_date due;
        FZ_CHECK(costshare_date_days_in_month(y, m, &dim) == COSTSHARE_OK);
        FZ_CHECK(costshare_date_from_ymd(y, m, day < dim ? day : dim, &due) == COSTSHARE_OK);
        if (flags & 2u) {
            costshare_date dl;
            if (costshare_se_deadline(due, &dl) != COSTSHARE_OK) {
                FZ_CHECK(rc == COSTSHARE_ERANGE && out == SENT);
                return;
            }
            due = dl;
        }
        FZ_CHECK(rc == COSTSHARE_OK && out == due);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_input in = {data, size};
    uint8_t op = fz_u8(&in);
    switch (op % 3u) {
    case 0:
        check_prorate(&in);
        break;
    case 1:
        check_refunds(&in);
        break;
    default:
        check_small(&in);
        break;
    }
    return 0;
}
