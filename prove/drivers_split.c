/* Drivers for split.h: every argument over its whole domain. The weights
 * are an array of SPLIT_MAX_PARTIES values of any content, of which any
 * count (0 to SPLIT_MAX_PARTIES) is passed; the options are the current
 * struct with every byte (version and every field) any value, so every
 * method, unit, fixed part (the mixed key) and sign of the total (the
 * mirror for credits) is analysed; the output arrays are left
 * uninitialised, as a caller may pass them.
 *
 * SPLIT_MAX_PARTIES, 16 384, reaches every branch of the selection in
 * lib/split.c: the first histogram in each of its sizes (64, 128 and 256
 * buckets: below 64, below 128, from 128 parties) and every kind of key
 * (weights of any size: KIND_FIXED and KIND_PLAIN; a fixed part:
 * KIND_MIXED); the radix selection's refining
 * passes (more than SEL_BUCKETS, 256, parties in one bucket), down to the
 * weight and then the index (the tie rule: 257 parties with one key and
 * weight), and the candidates ranked by the partial heapsort; the fused
 * route (from FUSED_MIN, 64, parties) with its band histogram, band map and
 * fix-up, blocks of more than one party in the map (beyond MAP_WORDS * 32
 * parties: 12 288 on x86_64, 6 144 on x86_32), and its early prediction of
 * a miss with the second attempt on a spike band (from FUSED_EARLY_MIN,
 * 16 384, parties); the legacy method with its dry run of the residual; the
 * rounding unit. The analysis reaches every statement of these paths;
 * not reached, at any length it can take: the weight check's chunks of 2^30
 * parties and the refusal of a count whose bytes exceed the address space.
 *
 * The nested split takes NESTED_MAX_GROUPS groups and SPLIT_MAX_PARTIES
 * parties, each array of any content (group indices of any value); both
 * splits in it (hamilton.h: the groups' with a buffer of 32, the parties'
 * with one of 256) reach their refining passes and the index level with
 * that many. */
#include "costshare/split.h"

#include "prove.h"

#define SPLIT_MAX_PARTIES 16384
#define NESTED_MAX_GROUPS 16384

void drive_costshare_split_options_init(void) {
    costshare_split_options options;
    costshare_split_options_init(NULL_OR(&options), any_u32());
}

void drive_costshare_split(void) {
    int64_t weights[SPLIT_MAX_PARTIES], shares[SPLIT_MAX_PARTIES];
    ANY_BYTES(weights);
    costshare_split(any_i64(), NULL_OR(&weights[0]),
                    Frama_C_size_t_interval(0, SPLIT_MAX_PARTIES), NULL_OR(&shares[0]));
}

void drive_costshare_split_ex(void) {
    int64_t weights[SPLIT_MAX_PARTIES], shares[SPLIT_MAX_PARTIES], residual;
    costshare_split_options options;
    ANY_BYTES(weights);
    ANY_BYTES(options);
    costshare_split_ex(any_i64(), NULL_OR(&weights[0]),
                       Frama_C_size_t_interval(0, SPLIT_MAX_PARTIES), NULL_OR(&options),
                       NULL_OR(&shares[0]), NULL_OR(&residual));
}

void drive_costshare_split_percentages(void) {
    int64_t weights[SPLIT_MAX_PARTIES], percents[SPLIT_MAX_PARTIES];
    ANY_BYTES(weights);
    costshare_split_percentages(NULL_OR(&weights[0]),
                                Frama_C_size_t_interval(0, SPLIT_MAX_PARTIES), any_i32(),
                                NULL_OR(&percents[0]));
}

void drive_costshare_split_nested(void) {
    int64_t group_weights[NESTED_MAX_GROUPS], group_shares[NESTED_MAX_GROUPS];
    int64_t party_weights[SPLIT_MAX_PARTIES], party_shares[SPLIT_MAX_PARTIES];
    uint32_t party_groups[SPLIT_MAX_PARTIES];
    ANY_BYTES(group_weights);
    ANY_BYTES(party_weights);
    ANY_BYTES(party_groups);
    costshare_split_nested(any_i64(), NULL_OR(&group_weights[0]),
                           Frama_C_size_t_interval(0, NESTED_MAX_GROUPS),
                           NULL_OR(&party_groups[0]), NULL_OR(&party_weights[0]),
                           Frama_C_size_t_interval(0, SPLIT_MAX_PARTIES),
                           NULL_OR(&group_shares[0]), NULL_OR(&party_shares[0]));
}

void drive_costshare_split_method_name(void) {
    costshare_split_method_name(any_i32());
}

void drive_split(void) {
    drive_costshare_split_options_init();
    drive_costshare_split();
    drive_costshare_split_ex();
    drive_costshare_split_percentages();
    drive_costshare_split_method_name();
    drive_costshare_split_nested();
}
