/* Drivers for post.h: every argument over its whole domain. The terms are
 * the current struct with every byte (version and every field) any value;
 * the index series is POST_INDEX_MAX values of any content, of which any
 * count (0 to POST_INDEX_MAX) is passed. POST_INDEX_MAX reaches every
 * branch: too few values for a period, a value below 1, and a period that
 * starts after revisions with more to come. */
#include "costshare/post.h"

#include "prove.h"

#define POST_INDEX_MAX 4

void drive_costshare_post_cost(void) {
    int64_t out;
    costshare_post_cost(any_i64(), any_i64(), any_i32(), any_i32(), NULL_OR(&out));
}

void drive_costshare_post_terms_init(void) {
    costshare_post_terms terms;
    costshare_post_terms_init(NULL_OR(&terms), any_u32());
}

void drive_costshare_post_cost_ex(void) {
    costshare_post_terms terms;
    int64_t index[POST_INDEX_MAX], out;
    ANY_BYTES(terms);
    ANY_BYTES(index);
    costshare_post_cost_ex(NULL_OR(&terms), any_i32(), any_i32(), any_i32(), NULL_OR(&index[0]),
                           Frama_C_size_t_interval(0, POST_INDEX_MAX), NULL_OR(&out));
}

void drive_post(void) {
    drive_costshare_post_cost();
    drive_costshare_post_terms_init();
    drive_costshare_post_cost_ex();
}
