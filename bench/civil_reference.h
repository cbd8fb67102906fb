/* The Neri-Schneider reference of bench_civil (civil_reference.c). */
#ifndef COSTSHARE_BENCH_CIVIL_REFERENCE_H
#define COSTSHARE_BENCH_CIVIL_REFERENCE_H

#include <stdint.h>

/* As costshare_date_to_ymd(): 0, or -2 for a date outside 0001-01-01 ..
 * 9999-12-31. */
int ref_to_ymd(int32_t n, int32_t *year, int32_t *month, int32_t *day);
/* As costshare_date_from_ymd(): 0, -1 for a NULL output, -2 for an
 * impossible date. */
int ref_from_ymd(int32_t year, int32_t month, int32_t day, int32_t *out);

#endif /* COSTSHARE_BENCH_CIVIL_REFERENCE_H */
