/* Drivers for split.h: every argument over its whole domain; the weights
 * are an array of SPLIT_MAX_PARTIES values of any content, of which any
 * count (0 to SPLIT_MAX_PARTIES) is passed; the options are the current
 * struct with every byte (version and every field) any value. */
#include "costshare/split.h"

#include "prove.h"

#define SPLIT_MAX_PARTIES 16

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

void drive_costshare_split_method_name(void) {
    costshare_split_method_name(any_i32());
}

void drive_split(void) {
    drive_costshare_split_options_init();
    drive_costshare_split();
    drive_costshare_split_ex();
    drive_costshare_split_percentages();
    drive_costshare_split_method_name();
}
