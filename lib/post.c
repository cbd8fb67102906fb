/*
 * The cost of a post (post.h): exact, rounded once.
 */
#include "costshare/post.h"

#include <stddef.h>

#include "arith.h"
#include "costshare/round.h"

int costshare_post_cost(int64_t monthly, int64_t oncost_bp, int32_t months, int32_t mode,
                        int64_t *out) {
    cs_u128 n;
    if (out == NULL || !cs_round_mode_valid(mode)) {
        return COSTSHARE_EINVAL;
    }
    if (monthly < 0 || oncost_bp < 0 || oncost_bp > COSTSHARE_ONCOST_BP_MAX || months < 0) {
        return COSTSHARE_ERANGE;
    }
    /* monthly < 2^63, 10000 + bp < 2^20, months < 2^31: below 2^114, so the
     * 128-bit product cannot overflow (no branch for it: it could never be
     * taken, nor covered by a test). */
    n = cs_mul_u64((uint64_t)monthly, (uint64_t)(10000 + oncost_bp));
    (void)cs_mul_u128_u64(n, (uint64_t)months, &n);
    return cs_round_quotient(0, n, 10000u, mode, out);
}
