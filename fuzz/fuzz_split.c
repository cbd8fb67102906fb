/*
 * libFuzzer harness for costshare/split.h (scripts/fuzz.sh).
 *
 * The input is a header (total, options, flags, the other functions'
 * arguments) followed by the weights, read in one of four encodings (raw
 * int64, one byte, four bytes, or generated from a seed to reach thousands
 * of parties with many ties). Checks:
 * - costshare_split_ex(): a refusal returns one of the codes documented for
 *   the violated preconditions and leaves every output byte untouched; a
 *   success happens only when no precondition is violated and gives EXACTLY
 *   the documented result, the shares and residual of the exact reference
 *   in tests/split_reference.h (every share floor(q_i) or floor(q_i) + 1
 *   units, q_i the exact quota in units with the fixed part, the +1 units to
 *   the largest fractional parts, ties to the larger weight, then the lower
 *   index; for round-each every q_i rounded half up); the residual is
 *   what the unit leaves unsplit, or for round-each within its documented
 *   bounds; a legacy residual is refused exactly when it does not fit; a
 *   negative total gives the mirror image; costshare_split() equals
 *   split_ex with NULL options.
 * - costshare_split_percentages(): the split of 100 * 10^decimals.
 * - costshare_round_scale(), costshare_post_cost(): the exact quotient rounded by
 *   each mode, or EOVERFLOW exactly when it does not fit.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "costshare.h"
#include "fuzz_input.h"
#include "split_reference.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef ref_i128 i128;
typedef ref_u128 u128;

#define MAXN 6000
#define PATTERN 0xA5

/* Weights sit in the middle of a larger buffer so that an overlapping
 * shares pointer stays inside it. */
static int64_t g_buf[3 * MAXN];
static int64_t g_shares[MAXN];
static int64_t g_before[3 * MAXN];
static int64_t g_second[MAXN];
static int64_t g_expect[MAXN];
static uint64_t g_units[MAXN];
static ref_u128 g_frac[MAXN];
static size_t g_order[MAXN];
static const split_ref_work g_work = {g_units, g_frac, g_order};

static uint64_t uabs(int64_t v) {
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

/* Exact rounding of p / d (d > 0) by mode; returns 0 and *out, or 1 when the
 * rounded value does not fit in int64_t. */
static int round_ref(i128 p, i128 d, int32_t mode, int64_t *out) {
    i128 q = p / d, r = p % d; /* C truncates toward zero */
    i128 ar = r < 0 ? -r : r;
    int neg = p < 0;
    switch (mode) {
    case COSTSHARE_ROUND_HALF_AWAY:
        if (2 * ar >= d) {
            q += neg ? -1 : 1;
        }
        break;
    case COSTSHARE_ROUND_HALF_EVEN:
        if (2 * ar > d || (2 * ar == d && (q % 2) != 0)) {
            q += neg ? -1 : 1;
        }
        break;
    case COSTSHARE_ROUND_FLOOR:
        if (r != 0 && neg) {
            q -= 1;
        }
        break;
    case COSTSHARE_ROUND_CEILING:
        if (r != 0 && !neg) {
            q += 1;
        }
        break;
    default: /* toward zero */
        break;
    }
    if (q > INT64_MAX || q < INT64_MIN) {
        return 1;
    }
    *out = (int64_t)q;
    return 0;
}

static int mode_valid(int32_t m) {
    return m >= 0 && m <= 4;
}

static void fuzz_scale(fz_input *in) {
    int64_t a = fz_i64(in), n = fz_i64(in), d = fz_i64(in), out = 0x5A5A5A5A5A5A5A5A, ref = 0;
    int32_t mode = (int32_t)(fz_u8(in) % 7u) - 1;
    int rc = costshare_round_scale(a, n, d, mode, &out);
    if (!mode_valid(mode)) {
        FZ_CHECK(rc == COSTSHARE_EINVAL && out == 0x5A5A5A5A5A5A5A5A);
    } else if (d == 0) {
        FZ_CHECK(rc == COSTSHARE_ERANGE && out == 0x5A5A5A5A5A5A5A5A);
    } else {
        i128 p = (i128)a * n, dd = d;
        if (dd < 0) {
            p = -p;
            dd = -dd;
        }
        if (round_ref(p, dd, mode, &ref)) {
            FZ_CHECK(rc == COSTSHARE_EOVERFLOW && out == 0x5A5A5A5A5A5A5A5A);
        } else {
            FZ_CHECK(rc == COSTSHARE_OK && out == ref);
        }
    }
    FZ_CHECK(costshare_round_scale(a, n, d, 0, NULL) == COSTSHARE_EINVAL);
}

static void fuzz_post_cost(fz_input *in) {
    int64_t monthly = fz_i64(in), bp, out = 0x5A5A5A5A5A5A5A5A, ref = 0;
    int32_t months = fz_i32(in), mode = (int32_t)(fz_u8(in) % 7u) - 1;
    uint8_t how = fz_u8(in);
    int rc;
    bp = (how & 1u) ? fz_i64(in) : (int64_t)(fz_u32(in) % 1000002u);
    if (how & 2u) {
        monthly &= 0xFFFFFFFF; /* realistic salaries, so that results fit */
    }
    if (how & 4u) {
        months &= 0xFFF;
    }
    rc = costshare_post_cost(monthly, bp, months, mode, &out);
    if (!mode_valid(mode)) {
        FZ_CHECK(rc == COSTSHARE_EINVAL);
    } else if (monthly < 0 || bp < 0 || bp > COSTSHARE_ONCOST_BP_MAX || months < 0) {
        FZ_CHECK(rc == COSTSHARE_ERANGE);
    } else {
        u128 p = (u128)(uint64_t)monthly * (uint64_t)(10000 + bp) * (uint64_t)months;
        if (p / 10000 > (u128)INT64_MAX + 1 || round_ref((i128)p, 10000, mode, &ref)) {
            FZ_CHECK(rc == COSTSHARE_EOVERFLOW);
        } else {
            FZ_CHECK(rc == COSTSHARE_OK && out == ref);
            return;
        }
    }
    FZ_CHECK(out == 0x5A5A5A5A5A5A5A5A);
}

/* Reads the weights into w[0..n); returns n. */
static size_t read_weights(fz_input *in, int64_t *w, uint8_t enc) {
    size_t n = 0, i;
    switch (enc & 3u) {
    case 0:
        while (in->left >= 8 && n < MAXN) {
            w[n++] = fz_i64(in);
        }
        break;
    case 1:
        while (in->left >= 1 && n < MAXN) {
            w[n++] = fz_u8(in);
        }
        break;
    case 2:
        while (in->left >= 4 && n < MAXN) {
            w[n++] = (int64_t)fz_u32(in);
        }
        break;
    default: {
        /* Generated: n parties, weights base + (lcg % spread), with a few
         * raw ones; many ties when spread is small. */
        uint32_t seed = fz_u32(in);
        int64_t base = (enc & 4u) ? fz_i64(in) & INT64_MAX : (int64_t)fz_u8(in);
        uint64_t spread = fz_bytes(in, (enc & 8u) ? 8 : 2) + 1u;
        if (spread == 0) {
            spread = UINT64_MAX;
        }
        n = (size_t)(fz_bytes(in, 2) % MAXN) + 1u;
        for (i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            w[i] = (int64_t)((uint64_t)base + ((uint64_t)seed * 2654435761u) % spread);
            if (w[i] < 0) {
                w[i] = INT64_MAX;
            }
        }
        if (enc & 16u) {
            /* Divide so the sum fits: the large-weight fast paths. */
            uint64_t cap = (uint64_t)INT64_MAX / n;
            for (i = 0; i < n; i++) {
                w[i] = (int64_t)((uint64_t)w[i] % (cap + 1u));
            }
        }
        break;
    }
    }
    if ((enc & 32u) && n > 0) {
        /* Make the weights sum to exactly INT64_MAX when possible. */
        i128 s = 0;
        for (i = 0; i + 1 < n; i++) {
            s += w[i];
        }
        if (s >= 0 && s <= INT64_MAX) {
            w[n - 1] = (int64_t)(INT64_MAX - s);
        }
    }
    return n;
}

static int64_t pick_total(fz_input *in, uint8_t how) {
    static const int64_t special[8] = {INT64_MIN, INT64_MAX,     0,      1,
                                       -1,        INT64_MIN + 1, 763945, -701521};
    if ((how & 3u) == 0) {
        return special[fz_u8(in) & 7u];
    }
    if ((how & 3u) == 1) {
        return (int64_t)(int32_t)fz_u32(in);
    }
    return fz_i64(in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_input in = {data, size};
    costshare_split_options opts = COSTSHARE_SPLIT_OPTIONS_INIT;
    const costshare_split_options *po = &opts;
    uint8_t flags, how, enc, ov;
    int64_t total, *w = g_buf + MAXN, *shares = g_shares, residual = 0x5A5A5A5A5A5A5A5A;
    int64_t *pres;
    int32_t decimals;
    size_t n, i, nbad_ok, span;
    int rc, einval = 0, erange = 0, eoverflow = 0, enoweight = 0, negative;
    uint64_t unit;
    i128 wsum_all = 0, ref_residual;
    int any_negative = 0;

    how = fz_u8(&in);
    flags = fz_u8(&in);
    enc = fz_u8(&in);
    ov = fz_u8(&in);
    total = pick_total(&in, how);
    /* options */
    opts.version = (flags & 1u) ? fz_u32(&in) : COSTSHARE_SPLIT_OPTIONS_VERSION;
    opts.method = (flags & 2u) ? fz_i32(&in) : (int32_t)((how >> 2) & 1u);
    switch ((how >> 3) & 3u) {
    case 0:
        opts.unit = 1;
        break;
    case 1:
        opts.unit = (int64_t)fz_u8(&in) - 2; /* includes 0 and negatives */
        break;
    case 2:
        opts.unit = 100;
        break;
    default:
        opts.unit = fz_i64(&in);
        break;
    }
    if ((how & 32u) && opts.unit >= 1) {
        total -= total % opts.unit; /* a multiple of the unit, usually */
    }
    opts.fixed = 0;
    if (flags & 4u) {
        opts.fixed = fz_i64(&in);
        if ((flags & 8u) && total != 0) {
            /* Plausible: the sign of the total, at most |total|, a multiple. */
            uint64_t m = uabs(opts.fixed) % (uabs(total) + 1u);
            if (opts.unit >= 1) {
                m -= m % (uint64_t)opts.unit;
            }
            opts.fixed = total < 0 ? (int64_t)((uint64_t)0 - m) : (int64_t)m;
        }
    }
    if (flags & 16u) {
        po = NULL;
        opts = (costshare_split_options)COSTSHARE_SPLIT_OPTIONS_INIT;
    }
    pres = (flags & 32u) ? NULL : &residual;
    decimals = (int32_t)(fz_u8(&in) % 21u) - 2;

    /* The other functions take their arguments from the header region. */
    if (flags & 64u) {
        fuzz_scale(&in);
        fuzz_post_cost(&in);
    }

    n = read_weights(&in, w, enc);
    if ((enc & 64u) && n > 1) {
        n = fz_u8(&in) % n; /* sometimes 0 */
    }

    /* Expected refusals. */
    if (po != NULL && (opts.version < 1 || opts.version > COSTSHARE_SPLIT_OPTIONS_VERSION ||
                       (opts.method != 0 && opts.method != 1))) {
        einval = 1;
    }
    if (n == 0) {
        erange = 1;
    }
    if (opts.unit < 1) {
        erange = 1;
        unit = 1;
    } else {
        unit = (uint64_t)opts.unit;
        /* The fixed part is always in whole units; the total only for the
         * legacy method (largest remainder leaves |total| mod unit unsplit). */
        if ((opts.method == COSTSHARE_SPLIT_ROUND_EACH && uabs(total) % unit != 0) ||
            uabs(opts.fixed) % unit != 0) {
            erange = 1;
        }
    }
    if (uabs(opts.fixed) > uabs(total) ||
        (opts.fixed != 0 && (opts.fixed < 0) != (total < 0))) {
        erange = 1;
    }
    for (i = 0; i < n; i++) {
        if (w[i] < 0) {
            any_negative = 1;
        } else {
            wsum_all += w[i];
        }
    }
    if (any_negative) {
        erange = 1;
    } else if (wsum_all > INT64_MAX) {
        eoverflow = 1;
    } else if (wsum_all == 0) {
        enoweight = 1;
    }

    /* Shares: normal, or overlapping the weights (must be refused). */
    if ((ov & 7u) == 7u && n > 0) {
        ptrdiff_t off = (ptrdiff_t)(fz_u8(&in) % (2 * n - 1)) - (ptrdiff_t)(n - 1);
        shares = w + off;
        einval = 1;
    }
    /* Only the region a call could touch is filled and compared, to keep
     * runs fast: n shares plus a margin, and the weights' neighbourhood. */
    span = n + 8 < MAXN ? n + 8 : MAXN;
    memset(g_shares, PATTERN, span * sizeof *g_shares);
    memcpy(g_before, g_buf + MAXN - span, sizeof g_buf[0] * 3 * span);
    residual = 0x5A5A5A5A5A5A5A5A;
    rc = costshare_split_ex(total, w, n, po, shares, pres);

    nbad_ok = (size_t)(einval + erange + eoverflow + enoweight);
    if (rc != COSTSHARE_OK) {
        int allowed = (rc == COSTSHARE_EINVAL && einval) ||
                      (rc == COSTSHARE_ERANGE && erange) ||
                      (rc == COSTSHARE_EOVERFLOW && eoverflow) ||
                      (rc == COSTSHARE_ENOWEIGHT && enoweight);
        /* The one refusal the preconditions do not predict: a round-each
         * residual that does not fit (checked against the reference below). */
        int residual_overflow = rc == COSTSHARE_EOVERFLOW && nbad_ok == 0 && pres != NULL &&
                                opts.method == COSTSHARE_SPLIT_ROUND_EACH;
        FZ_CHECK(allowed || residual_overflow);
        for (i = 0; i < span; i++) {
            uint64_t v;
            memcpy(&v, &g_shares[i], sizeof v);
            FZ_CHECK(v == 0xA5A5A5A5A5A5A5A5u);
        }
        FZ_CHECK(memcmp(g_before, g_buf + MAXN - span, sizeof g_buf[0] * 3 * span) == 0);
        FZ_CHECK(residual == 0x5A5A5A5A5A5A5A5A);
        if (!residual_overflow) {
            goto percentages;
        }
    } else {
        FZ_CHECK(nbad_ok == 0);
    }

    /* Exactly the documented result (tests/split_reference.h). */
    negative = total < 0;
    ref_residual = split_reference(total, w, n, po, &g_work, g_expect);
    if (rc != COSTSHARE_OK) {
        /* The residual overflow refusal: the residual does not fit. */
        FZ_CHECK(ref_residual < INT64_MIN || ref_residual > INT64_MAX);
        goto percentages;
    }
    FZ_CHECK(memcmp(shares, g_expect, n * sizeof *shares) == 0);
    if (pres != NULL) {
        FZ_CHECK((i128)residual == ref_residual);
    }
    if (opts.method == COSTSHARE_SPLIT_LARGEST_REMAINDER) {
        /* What the unit leaves over is not split: the residual. */
        int64_t left = (int64_t)(uabs(total) % unit);
        FZ_CHECK(ref_residual == (negative ? left : -left));
    } else {
        i128 ares = ref_residual < 0 ? -ref_residual : ref_residual;
        FZ_CHECK(ares <= (i128)uabs(total) || total == 0);
        FZ_CHECK(ares < (i128)n * (i128)unit);
    }

    /* Mirror image (both methods) and the plain function. */
    if (total != INT64_MIN && n <= 4096) {
        costshare_split_options mirror = opts; /* fixed has the sign of the total */
        mirror.fixed = -opts.fixed;
        memcpy(g_second, shares, n * sizeof *shares);
        FZ_CHECK(costshare_split_ex(-total, w, n, po != NULL ? &mirror : NULL, g_shares,
                                    NULL) == COSTSHARE_OK);
        for (i = 0; i < n; i++) {
            FZ_CHECK(g_shares[i] == -g_second[i]);
        }
        if (opts.fixed == 0 && opts.unit == 1 && opts.method == 0) {
            FZ_CHECK(costshare_split(total, w, n, g_shares) == COSTSHARE_OK);
            FZ_CHECK(memcmp(g_shares, g_second, n * sizeof *shares) == 0);
        }
    }

percentages:
    /* Percentages: the split of 100 * 10^decimals, or a refusal. */
    if (n <= 4096 && shares == g_shares) {
        int rcp, rcs;
        int64_t ptotal = 100;
        memset(g_shares, PATTERN, span * sizeof *g_shares);
        rcp = costshare_split_percentages(w, n, decimals, g_shares);
        if (decimals < 0 || decimals > 16) {
            FZ_CHECK(rcp == COSTSHARE_ERANGE);
        } else {
            int32_t d;
            for (d = 0; d < decimals; d++) {
                ptotal *= 10;
            }
            rcs = costshare_split(ptotal, w, n, g_second);
            FZ_CHECK(rcp == rcs);
            if (rcp == COSTSHARE_OK) {
                i128 s = 0;
                FZ_CHECK(memcmp(g_shares, g_second, n * sizeof *shares) == 0);
                for (i = 0; i < n; i++) {
                    s += g_shares[i];
                }
                FZ_CHECK(s == ptotal);
            }
        }
        if (rcp != COSTSHARE_OK) {
            for (i = 0; i < span; i++) {
                uint64_t v;
                memcpy(&v, &g_shares[i], sizeof v);
                FZ_CHECK(v == 0xA5A5A5A5A5A5A5A5u);
            }
        }
    }
    /* NULL pointers are refused. */
    FZ_CHECK(costshare_split_ex(total, NULL, n, po, g_shares, pres) == COSTSHARE_EINVAL);
    FZ_CHECK(costshare_split_ex(total, w, n, po, NULL, pres) == COSTSHARE_EINVAL);
    return 0;
}
