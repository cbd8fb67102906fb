/*
 * Rounding modes and exact scaling (round.h): the product in 128 bits,
 * rounded once by cs_round_quotient() (arith.h).
 */
#include "costshare/round.h"

#include <stddef.h>

#include "arith.h"

int costshare_round_scale(int64_t amount, int64_t numerator, int64_t denominator, int32_t mode,
                          int64_t *out) {
    int negative;
    if (out == NULL || !cs_round_mode_valid(mode)) {
        return COSTSHARE_EINVAL;
    }
    if (denominator == 0) {
        return COSTSHARE_ERANGE;
    }
    /* A zero product gives remainder 0, so the sign flag cannot matter. */
    negative = ((amount < 0) != (numerator < 0)) != (denominator < 0);
    return cs_round_quotient(negative, cs_mul_u64(cs_abs_u64(amount), cs_abs_u64(numerator)),
                             cs_abs_u64(denominator), mode, out);
}

const char *costshare_round_mode_name(int32_t mode) {
    switch (mode) {
    case COSTSHARE_ROUND_HALF_AWAY:
        return "COSTSHARE_ROUND_HALF_AWAY";
    case COSTSHARE_ROUND_HALF_EVEN:
        return "COSTSHARE_ROUND_HALF_EVEN";
    case COSTSHARE_ROUND_FLOOR:
        return "COSTSHARE_ROUND_FLOOR";
    case COSTSHARE_ROUND_CEILING:
        return "COSTSHARE_ROUND_CEILING";
    case COSTSHARE_ROUND_TOWARD_ZERO:
        return "COSTSHARE_ROUND_TOWARD_ZERO";
    default:
        return "COSTSHARE_UNKNOWN";
    }
}
