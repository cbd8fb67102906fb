/* Drivers for post.h: every argument over its whole domain. */
#include "costshare/post.h"

#include "prove.h"

void drive_costshare_post_cost(void) {
    int64_t out;
    costshare_post_cost(any_i64(), any_i64(), any_i32(), any_i32(), NULL_OR(&out));
}

void drive_post(void) {
    drive_costshare_post_cost();
}
