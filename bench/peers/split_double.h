/* Largest remainder in double precision: the peer of costshare_split() in
 * scripts/bench-peers.sh (see split_double.c). Returns 0, or -1 when the
 * rounded quotas leave an impossible number of units. */
#ifndef SPLIT_DOUBLE_H
#define SPLIT_DOUBLE_H

#include <stddef.h>
#include <stdint.h>

/* Scratch for one party: its remainder in double and its index. */
struct split_double_item {
    double rem;
    size_t idx;
};

int split_double_sort(int64_t total, const int64_t *weights, size_t n, int64_t *shares,
                      struct split_double_item *items);
int split_double_select(int64_t total, const int64_t *weights, size_t n, int64_t *shares,
                        struct split_double_item *items);

#endif
