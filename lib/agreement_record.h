/*
 * Internal: what the group functions (group.c) need of agreement.c: the
 * size of each record version, a caller's record of any version read into a
 * current one and checked, and the state on a day of a record so read. Not
 * exported (the library is built with hidden visibility).
 */
#ifndef COSTSHARE_AGREEMENT_RECORD_H
#define COSTSHARE_AGREEMENT_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "costshare/agreement.h"

/* The size of a record of `version`, or 0 for an unknown version. */
size_t cs_agreement_record_size(uint32_t version);

/* `record` (of any known version) read into the current `out`, as every
 * public function reads it: COSTSHARE_OK, or COSTSHARE_EINVAL for an unknown
 * version or a corrupt record. */
int cs_agreement_load(const costshare_agreement *record, costshare_agreement *out);

/* The state on a valid `day` of a record cs_agreement_load() accepted. */
int32_t cs_agreement_state_of(const costshare_agreement *loaded, costshare_date day);

#endif /* COSTSHARE_AGREEMENT_RECORD_H */
