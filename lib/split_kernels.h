/*
 * Internal, for the tests: the kernel sets of lib/split.c (portable C,
 * and on x86-64 AVX2 and AVX-512F), and a way to run a split with a given
 * one. The library itself uses the set chosen when it is loaded; nothing
 * here is exported from the shared library.
 */
#ifndef COSTSHARE_SPLIT_KERNELS_H
#define COSTSHARE_SPLIT_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "costshare/split.h"

/* Number of kernel sets built in; 0 is the portable one. */
int cs_split_kernel_count(void);
/* "portable", "avx2", "avx512f"; "" for another number. */
const char *cs_split_kernel_name(int kernel);
/* 1 when this CPU runs kernel set `kernel`. */
int cs_split_kernel_usable(int kernel);
/* The set the library would choose on a CPU with (1) or without (0)
 * AVX-512F and AVX2: "avx512f", "avx2" or "portable" ("portable" always
 * where only the portable set is built). */
const char *cs_split_kernel_for(int avx512f, int avx2);
/* The name of the set the library chose when it was loaded. */
const char *cs_split_kernel_chosen(void);
/* costshare_split_ex() with kernel set `kernel` (EINVAL when it is not
 * built in or this CPU cannot run it); fused 0 keeps to the general route,
 * without the fused pass. */
int cs_split_ex_kernel(int kernel, int fused, int64_t total, const int64_t *weights,
                       size_t count, const costshare_split_options *options, int64_t *shares,
                       int64_t *residual);

#endif /* COSTSHARE_SPLIT_KERNELS_H */
