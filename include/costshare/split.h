/**
 * @file costshare/split.h
 * @brief Splitting a cost by population, and percentages that add up to 100.
 *
 * All amounts are integers in the caller's minor unit (kronor, öre, ...);
 * no floating point is used anywhere. Intermediate products are exact
 * (128-bit), so no input in range is ever rounded before the final step.
 *
 * The exact share of party @e i of a total @e T split by weights @e w is the
 * rational quota `T * w_i / W`, `W = w_0 + ... + w_(n-1)`. The functions here
 * turn quotas into integers in documented, reproducible ways:
 *
 * - costshare_split(): largest remainder (Hamilton). The shares always add
 *   up to @e T exactly and each differs from its quota by less than one unit.
 * - costshare_split_ex(): the same with options: a rounding unit (whole
 *   multiples of, say, 100 öre), a mixed key (a fixed part shared equally,
 *   the rest by weight), and the legacy method "round each share half away
 *   from zero" that published tables used, together with the residual it
 *   leaves (the 2016 Östergötland table: +1).
 * - costshare_split_percentages(): percentages that add up to exactly 100.
 *
 * No function allocates memory. A split uses less than 4 KiB of stack
 * whatever the number of parties, and runs in time linear in the number of
 * parties; see docs/splits.md.
 */
#ifndef COSTSHARE_SPLIT_H
#define COSTSHARE_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "export.h"

/** @name Split methods
 *  Values of costshare_split_options::method.
 *  @{ */
/**
 * Largest remainder (Hamilton): every party first gets its quota rounded
 * toward zero; the units left over go one each to the parties with the
 * largest remainders. Ties: larger weight first, then lower index. The
 * shares add up to the total exactly. The default.
 */
#define COSTSHARE_SPLIT_LARGEST_REMAINDER 0
/**
 * Legacy: round each quota independently to the nearest unit, a tie away
 * from zero (half up for a positive total, the mirror image for a negative
 * one). The shares need not add up to the total; the difference is reported
 * as the residual. Use it only to reproduce an old table.
 */
#define COSTSHARE_SPLIT_ROUND_EACH 1
/** @} */

/** The current version of struct costshare_split_options. */
#define COSTSHARE_SPLIT_OPTIONS_VERSION 1

/**
 * @brief Options for costshare_split_ex().
 *
 * Initialise with #COSTSHARE_SPLIT_OPTIONS_INIT or
 * costshare_split_options_init() before setting members, so that a program
 * built against this header keeps working when members are added.
 */
typedef struct costshare_split_options {
    /** The version of this struct the caller was built with: 1 to
     *  #COSTSHARE_SPLIT_OPTIONS_VERSION (set by #COSTSHARE_SPLIT_OPTIONS_INIT
     *  and costshare_split_options_init()); 0 or a later version is refused
     *  with #COSTSHARE_EINVAL. */
    uint32_t version;
    /** #COSTSHARE_SPLIT_LARGEST_REMAINDER (default) or
     *  #COSTSHARE_SPLIT_ROUND_EACH. */
    int32_t method;
    /** Rounding unit in minor units, at least 1 (default 1): every share is
     *  a whole multiple of it. 100 splits an amount in öre into whole
     *  kronor. The largest-remainder method splits the largest whole
     *  multiple of the unit in the total and leaves the rest (less than one
     *  unit) undistributed, stated as the residual: 1 050 öre by {1, 1, 1}
     *  in whole kronor gives {400, 300, 300} and residual -50. The legacy
     *  method needs a total that is a whole multiple of the unit, and #fixed
     *  must always be one; otherwise the split is refused with
     *  #COSTSHARE_ERANGE. */
    int64_t unit;
    /** Mixed key: the part of the total that is shared equally among all
     *  parties (including parties of weight zero); the rest is shared by
     *  weight. 0 (default) means a pure weight key. Must be 0 or have the
     *  sign of the total, with `|fixed| <= |total|`. */
    int64_t fixed;
} costshare_split_options;

/**
 * Initialiser for a struct costshare_split_options with the defaults:
 * largest remainder, unit 1, no fixed part.
 * @code
 * costshare_split_options opts = COSTSHARE_SPLIT_OPTIONS_INIT;
 * opts.unit = 100;
 * @endcode
 */
#define COSTSHARE_SPLIT_OPTIONS_INIT                                                           \
    { COSTSHARE_SPLIT_OPTIONS_VERSION, COSTSHARE_SPLIT_LARGEST_REMAINDER, 1, 0 }

/** Smallest number of decimals for costshare_split_percentages(). */
#define COSTSHARE_PERCENT_DECIMALS_MIN 0
/** Largest number of decimals for costshare_split_percentages(): 100 * 10^16 =
 *  10^18 still fits in int64_t, 100 * 10^17 does not. */
#define COSTSHARE_PERCENT_DECIMALS_MAX 16

COSTSHARE_BEGIN_DECLS

/**
 * @brief Fill @p options with the defaults of struct version @p version.
 *
 * The function form of #COSTSHARE_SPLIT_OPTIONS_INIT, for callers through
 * FFI. Only the members that struct version @p version has are written, and
 * `options->version` is set to @p version, so a caller built against an
 * older header keeps working.
 * @param options The struct to fill; written only on success.
 * @param version 1 to #COSTSHARE_SPLIT_OPTIONS_VERSION: the version of the
 *        struct the caller has (normally #COSTSHARE_SPLIT_OPTIONS_VERSION).
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p options is NULL or @p version is 0 or later
 *         than #COSTSHARE_SPLIT_OPTIONS_VERSION.
 */
COSTSHARE_API int costshare_split_options_init(costshare_split_options *options,
                                               uint32_t version);

/**
 * @brief Split @p total by @p weights with the largest-remainder (Hamilton) method.
 *
 * Party @e i first gets `floor(|T| * w_i / W)`; the `k` units that are left
 * (always fewer than the number of parties with a non-zero remainder) go one
 * each to the parties with the largest remainders `|T| * w_i mod W`. Among
 * equal remainders the larger weight wins, then the lower index. The shares
 * add up to @p total exactly, and each share differs from its exact quota
 * `total * w_i / W` by less than one unit.
 *
 * A negative total (a credit) is split as the exact mirror image of the
 * positive one: `shares(-T) = -shares(T)`, INT64_MIN included. A party of
 * weight zero gets zero. Multiplying every weight by the same positive
 * constant does not change the result.
 *
 * Same as costshare_split_ex() with default options.
 *
 * The 2017 populations of Östergötland split 763 945 SEK as Boxholm 9 251,
 * Finspång 36 605, ..., Ödeshög 9 064 (docs/splits.md):
 * @code
 * int64_t pop[13] = {5453, 21577, 9882, 158520, 27019, 43549, 133749,
 *                    14521, 7421, 7920, 3733, 11631, 5343};
 * int64_t sek[13];
 * int rc = costshare_split(763945, pop, 13, sek);
 * @endcode
 *
 * Time is linear in @p count (no sort); stack use is fixed. The @p shares
 * buffer doubles as scratch space once every check has passed.
 *
 * @param total The amount to split, any int64_t value.
 * @param weights @p count weights (populations), each >= 0, not all zero;
 *        their sum must fit in int64_t. Must not overlap @p shares.
 * @param count Number of parties, at least 1.
 * @param shares Output, @p count shares in the unit of @p total.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p weights or @p shares is NULL, or the two
 *         arrays overlap (or `count * 8` bytes exceed the address space);
 *         #COSTSHARE_ERANGE if @p count is 0 or a weight is negative;
 *         #COSTSHARE_EOVERFLOW if the sum of the weights exceeds INT64_MAX;
 *         #COSTSHARE_ENOWEIGHT if every weight is zero.
 *         The checks run in this order; on any error @p shares is untouched.
 */
COSTSHARE_API int costshare_split(int64_t total, const int64_t *weights, size_t count,
                                  int64_t *shares);

/**
 * @brief Split @p total by @p weights with options: method, rounding unit,
 *        mixed key; report the residual.
 *
 * All arithmetic is done in whole units of `options->unit`: with `u` the
 * unit, `t = |total| / u` and `f = |fixed| / u`, party @e i's exact quota in
 * units is
 *
 *     q_i = f / n + (t - f) * w_i / W        (n = count)
 *
 * - #COSTSHARE_SPLIT_LARGEST_REMAINDER: Hamilton on the quotas q_i, fixed
 *   part and weighted part together (not each part rounded separately):
 *   `floor(q_i)` each, then one unit each to the largest fractional parts of
 *   q_i, ties to the larger weight, then the lower index. Every share
 *   differs from its quota by less than one unit (also with a fixed part)
 *   and the shares add up to `t * u`: to @p total when it is a whole
 *   multiple of the unit (residual 0); otherwise the part of |total| below
 *   one unit, `|total| mod u`, is not split and the residual states it
 *   (`-(|total| mod u)` for a debit, `+(|total| mod u)` for a credit).
 * - #COSTSHARE_SPLIT_ROUND_EACH: each q_i rounded to the nearest unit, a tie
 *   away from zero. The residual is what the rounding added:
 *   `sum(shares) - total`; its magnitude is at most `|total|` (no share
 *   exceeds twice its quota) and below `count * unit`.
 *
 * Each share is then `share_in_units * u`, negated for a negative total (a
 * credit is the mirror image of a debit, for both methods).
 *
 * @param total The amount to split (for #COSTSHARE_SPLIT_ROUND_EACH a whole
 *        multiple of the unit).
 * @param weights @p count weights, each >= 0, not all zero, sum <= INT64_MAX.
 *        Must not overlap @p shares.
 * @param count Number of parties, at least 1.
 * @param options Options, or NULL for the defaults (then the call is
 *        costshare_split()). Only the members of `options->version` are
 *        read.
 * @param shares Output, @p count shares in the minor unit of @p total.
 * @param residual Output, `sum(shares) - total` in minor units, or NULL if not
 *        wanted. Must not point into @p shares.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p weights or @p shares is NULL, the arrays
 *         overlap, @p residual points into @p shares, `options->version` is 0 or
 *         later than #COSTSHARE_SPLIT_OPTIONS_VERSION, or `options->method`
 *         is not a method above;
 *         #COSTSHARE_ERANGE if @p count is 0, `options->unit` < 1,
 *         `options->fixed` (or, for #COSTSHARE_SPLIT_ROUND_EACH, @p total)
 *         is not a whole multiple of the unit,
 *         `options->fixed` has the wrong sign or exceeds @p total in
 *         magnitude, or a weight is negative;
 *         #COSTSHARE_EOVERFLOW if the sum of the weights exceeds INT64_MAX, or
 *         the residual is wanted and does not fit in int64_t (possible only
 *         for a total of INT64_MIN with #COSTSHARE_SPLIT_ROUND_EACH, when
 *         every share rounds to zero and the residual would be 2^63);
 *         #COSTSHARE_ENOWEIGHT if every weight is zero (also with a fixed part).
 *         On any error nothing is written.
 */
COSTSHARE_API int costshare_split_ex(int64_t total, const int64_t *weights, size_t count,
                                     const costshare_split_options *options, int64_t *shares,
                                     int64_t *residual);

/**
 * @brief Percentages of each weight that add up to exactly 100.
 *
 * The largest-remainder split of `100 * 10^decimals` by @p weights, so each
 * percentage is within one unit in the last decimal of the exact one and the
 * sum is exactly 100. With @p decimals = 2 the 2017 populations of
 * Östergötland give Linköping 3520 (35.20 %) and Söderköping 323 (3.23 %;
 * the 2018 table printed 3.22 and summed to 99.99).
 *
 * @param weights @p count weights, as for costshare_split(). Must not overlap
 *        @p percents.
 * @param count Number of parties, at least 1.
 * @param decimals Number of decimals, #COSTSHARE_PERCENT_DECIMALS_MIN to
 *        #COSTSHARE_PERCENT_DECIMALS_MAX.
 * @param percents Output, @p count percentages in units of 10^-decimals
 *        percent (with 2 decimals, 1234 means 12.34 %).
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL or the arrays overlap;
 *         #COSTSHARE_ERANGE if @p count is 0, @p decimals is out of range or
 *         a weight is negative;
 *         #COSTSHARE_EOVERFLOW if the sum of the weights exceeds INT64_MAX;
 *         #COSTSHARE_ENOWEIGHT if every weight is zero.
 *         On any error nothing is written.
 */
COSTSHARE_API int costshare_split_percentages(const int64_t *weights, size_t count,
                                              int32_t decimals, int64_t *percents);

/**
 * @brief The name of a split method, such as "COSTSHARE_SPLIT_ROUND_EACH".
 * @param method Any integer.
 * @return A static string; never NULL ("COSTSHARE_UNKNOWN" for a value
 *         that is not a method).
 */
COSTSHARE_API const char *costshare_split_method_name(int32_t method);

/**
 * @brief Split @p total among groups by their weights, then each group's part
 *        among its parties by theirs: a split of a split, in one call.
 *
 * First `group_shares = costshare_split(total, group_weights)`; then, for
 * each group @e g, the parties @e i with `party_groups[i] == g` share
 * `group_shares[g]` by `party_weights[i]`, exactly as costshare_split() of
 * that part among those parties alone (in their order in the arrays): the
 * largest remainder at every level, ties to the larger weight, then the
 * group or party listed first. So the parties of each group add up exactly
 * to its part, and all parties to @p total. A negative total is the mirror
 * image of the positive one; a group of weight zero gets zero and so does
 * each of its parties.
 *
 * A samordningsförbund under FINSAM is financed 50 % by the state
 * (Försäkringskassan and Arbetsförmedlingen), 25 % by the region and 25 % by
 * the member municipalities, the municipal quarter by population. With
 * group weights {50, 25, 25}, the state's two agencies weighted equally and
 * five municipalities weighted by (illustrative) populations 70 000,
 * 40 000, 38 000, 44 000 and 42 000, 1 000 000 SEK gives the groups 500 000,
 * 250 000 and 250 000, the agencies 250 000 each, the region 250 000 and the
 * municipalities 74 786, 42 735, 40 598, 47 009 and 44 872:
 * @code
 * int64_t groups[3] = {50, 25, 25};
 * uint32_t group_of[8] = {0, 0, 1, 2, 2, 2, 2, 2};
 * int64_t weights[8] = {1, 1, 1, 70000, 40000, 38000, 44000, 42000};
 * int64_t group_sek[3], sek[8];
 * int rc = costshare_split_nested(1000000, groups, 3, group_of, weights, 8, group_sek, sek);
 * @endcode
 *
 * No memory is allocated and the stack use is fixed (about 2 KiB). Time is
 * proportional to @p party_count times @p group_count (each group's parties
 * are found by a pass over the arrays): nested keys have a few groups.
 *
 * @param total The amount to split, any int64_t value.
 * @param group_weights @p group_count weights of the groups, each >= 0, not
 *        all zero, their sum at most INT64_MAX.
 * @param group_count Number of groups, at least 1.
 * @param party_groups @p party_count group indices, each below
 *        @p group_count: party @e i belongs to group `party_groups[i]`.
 * @param party_weights @p party_count weights of the parties within their
 *        groups, each >= 0, their sum at most INT64_MAX; every group of
 *        non-zero weight needs a party of non-zero weight.
 * @param party_count Number of parties, at least 1.
 * @param group_shares Output, @p group_count parts of @p total, one per group.
 * @param party_shares Output, @p party_count shares, one per party.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if a pointer is NULL, an output overlaps an input
 *         or the other output, or a count exceeds any array's size;
 *         #COSTSHARE_ERANGE if a count is 0, a group index is not below the
 *         number of groups, or a weight is negative;
 *         #COSTSHARE_EOVERFLOW if the group weights or the party weights add
 *         up to more than INT64_MAX;
 *         #COSTSHARE_ENOWEIGHT if every group weight is zero, or a group of
 *         non-zero weight has no party of non-zero weight.
 *         The checks run in this order; on any error nothing is written.
 */
COSTSHARE_API int costshare_split_nested(int64_t total, const int64_t *group_weights,
                                         size_t group_count, const uint32_t *party_groups,
                                         const int64_t *party_weights, size_t party_count,
                                         int64_t *group_shares, int64_t *party_shares);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_SPLIT_H */
