/*
 * libFuzzer harness for costshare/notice.h and costshare/refund.h
 * (scripts/fuzz.sh). The input is read as dates, counts, units, flags and
 * amounts; the documented invariants are checked and any violation aborts:
 * the inverse is exact (end(G) <= L < end(G + 1)), 2 § only moves forward to
 * a business day, term ends and notice days are consistent, pro-rating never
 * exceeds the amount, and a refused call writes nothing.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "costshare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENTINEL ((costshare_date)0x5A5A5A5A)

static uint32_t read_u32(const uint8_t *data, size_t size, size_t at) {
    uint32_t v = 0;
    size_t i;
    for (i = 0; i < 4; i++) {
        v = (v << 8) | (at + i < size ? data[at + i] : 0u);
    }
    return v;
}

static void check(int ok) {
    if (!ok) {
        abort();
    }
}

/* Mostly valid dates (so the interesting paths run), sometimes anything. */
static costshare_date pick_date(uint32_t v, int raw) {
    if (raw) {
        return (costshare_date)v;
    }
    return COSTSHARE_DATE_MIN +
           (costshare_date)(v % (uint32_t)(COSTSHARE_DATE_MAX - COSTSHARE_DATE_MIN + 1));
}

/* Mostly small counts, sometimes anything. */
static int32_t pick_count(uint32_t v, int raw) {
    return raw ? (int32_t)v : (int32_t)(v % 40u);
}

static void check_notice(costshare_date last, int32_t count, int32_t unit, uint32_t flags) {
    costshare_date g = SENTINEL, moved = SENTINEL, end = SENTINEL, next_end = SENTINEL;
    uint32_t counting = flags & ~COSTSHARE_SE_DEADLINE;
    int rc = costshare_notice_latest(last, count, unit, counting, &g);
    if (rc != COSTSHARE_OK) {
        check(g == SENTINEL);
        return;
    }
    check(costshare_notice_end(g, count, unit, counting, &end) == COSTSHARE_OK);
    check(end <= last);
    if (g < COSTSHARE_DATE_MAX) {
        rc = costshare_notice_end(g + 1, count, unit, counting, &next_end);
        check(rc == COSTSHARE_ERANGE || (rc == COSTSHARE_OK && next_end > last));
    }
    rc = costshare_notice_latest(last, count, unit, counting | COSTSHARE_SE_DEADLINE, &moved);
    if (rc == COSTSHARE_OK) {
        costshare_date d;
        check(moved >= g && moved - g <= 7);
        check(costshare_se_is_business_day(moved) == 1);
        for (d = g; d < moved; d++) {
            check(costshare_se_is_business_day(d) == 0);
        }
    } else {
        check(moved == SENTINEL);
    }
}

static void check_term(const uint8_t *data, size_t size, int raw) {
    costshare_term t = COSTSHARE_TERM_INIT;
    costshare_date day, end = SENTINEL, latest = SENTINEL, e2 = SENTINEL;
    int rc;
    t.start = pick_date(read_u32(data, size, 20), raw);
    t.initial_count = pick_count(read_u32(data, size, 24), raw);
    t.initial_unit = (int32_t)(read_u32(data, size, 28) & 3u);
    t.renewal_count = pick_count(read_u32(data, size, 32), raw);
    t.renewal_unit = (int32_t)((read_u32(data, size, 28) >> 2) & 3u);
    t.notice_count = pick_count(read_u32(data, size, 36), raw);
    t.notice_unit = (int32_t)((read_u32(data, size, 28) >> 4) & 3u);
    t.notice_flags = (read_u32(data, size, 28) >> 6) & 3u;
    day = pick_date(read_u32(data, size, 40), raw);

    rc = costshare_term_end(&t, day, &end);
    if (rc == COSTSHARE_OK) {
        check(end >= day);
        /* The term ending on `end` is in force on its own last day. */
        check(costshare_term_end(&t, end, &e2) == COSTSHARE_OK && e2 == end);
    } else {
        check(end == SENTINEL);
    }
    end = SENTINEL;
    rc = costshare_term_notice(&t, day, &end, &latest);
    if (rc == COSTSHARE_OK) {
        check(latest >= day);
        if ((t.notice_flags & COSTSHARE_SE_DEADLINE) == 0) {
            /* (With 2 §, a last notice day on a weekend may move past a
             * term end that falls on the same weekend.) */
            costshare_date ends = SENTINEL;
            check(end >= latest);
            check(costshare_notice_end(day, t.notice_count, t.notice_unit, t.notice_flags,
                                       &ends) == COSTSHARE_OK);
            check(ends <= end);
        }
    } else {
        check(end == SENTINEL && latest == SENTINEL);
    }
}

static void check_refund(const uint8_t *data, size_t size, int raw) {
    costshare_date pf = pick_date(read_u32(data, size, 44), raw);
    /* Offsets wrap in unsigned arithmetic: no overflow for raw dates. */
    costshare_date pl = (costshare_date)((uint32_t)pf + read_u32(data, size, 48) % 800u);
    costshare_date from = pick_date(read_u32(data, size, 52), raw);
    costshare_date to = (costshare_date)((uint32_t)from + read_u32(data, size, 56) % 800u);
    int64_t amount =
        (int64_t)(((uint64_t)read_u32(data, size, 60) << 32) | read_u32(data, size, 64));
    int32_t basis = (int32_t)(read_u32(data, size, 68) & 3u);
    int32_t mode = (int32_t)((read_u32(data, size, 68) >> 2) & 7u);
    int64_t out = 0x5A5A5A5A5A5A5A5ALL;
    int rc = costshare_prorate(amount, pf, pl, from, to, basis, mode, &out);
    if (rc == COSTSHARE_OK) {
        check(amount >= 0 ? (out >= 0 && out <= amount) : (out <= 0 && out >= amount));
    } else {
        check(out == 0x5A5A5A5A5A5A5A5ALL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int raw = size > 0 && (data[0] & 1u) != 0;
    costshare_date last = pick_date(read_u32(data, size, 4), raw);
    int32_t count = pick_count(read_u32(data, size, 8), raw);
    int32_t unit = (int32_t)(read_u32(data, size, 12) & 7u); /* 4..7 invalid */
    uint32_t flags = read_u32(data, size, 16) & 7u;          /* bit 2 invalid */
    costshare_date out = SENTINEL;
    int rc;

    rc = costshare_notice_end(last, count, unit, flags, &out);
    if (rc != COSTSHARE_OK) {
        check(out == SENTINEL);
    } else {
        check(out >= last && (flags & COSTSHARE_SE_DEADLINE) == 0);
    }
    if (unit <= COSTSHARE_YEARS && (flags & 4u) == 0 && count >= 0 && last >= 7305) {
        check_notice(last, count, unit, flags);
    }
    check_term(data, size, raw);
    check_refund(data, size, raw);
    out = SENTINEL;
    rc = costshare_invoice_due(
        (int32_t)(read_u32(data, size, 72) % 10002u), (int32_t)(read_u32(data, size, 76) % 14u),
        (int32_t)(read_u32(data, size, 80) % 33u), read_u32(data, size, 84) & 3u, &out);
    check(rc == COSTSHARE_OK ? out >= COSTSHARE_DATE_MIN && out <= COSTSHARE_DATE_MAX
                             : out == SENTINEL);
    return 0;
}
