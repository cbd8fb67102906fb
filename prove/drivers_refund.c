/* Drivers for refund.h: every argument over its whole domain; the terms are
 * the current struct with every byte (version and every field) any value. */
#include "costshare/refund.h"

#include "batch_arrays.h"
#include "prove.h"

void drive_costshare_refund_start(void) {
    costshare_date out;
    costshare_refund_start(any_i32(), NULL_OR(&out));
}

void drive_costshare_refund_prorate(void) {
    int64_t out;
    costshare_refund_prorate(any_i64(), any_i32(), any_i32(), any_i32(), any_i32(), any_i32(),
                             any_i32(), NULL_OR(&out));
}

void drive_costshare_refund_terms_init(void) {
    costshare_refund_terms terms;
    costshare_refund_terms_init(NULL_OR(&terms), any_u32());
}

void drive_costshare_refund_termination(void) {
    costshare_refund_terms terms;
    int64_t out;
    ANY_BYTES(terms);
    costshare_refund_termination(NULL_OR(&terms), any_i64(), any_i32(), any_i32(), any_i32(),
                                 NULL_OR(&out));
}

void drive_costshare_refund_vacancy(void) {
    costshare_refund_terms terms;
    int64_t out;
    ANY_BYTES(terms);
    costshare_refund_vacancy(NULL_OR(&terms), any_i64(), any_i32(), any_i32(), any_i32(),
                             any_i32(), NULL_OR(&out));
}

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_refund_start_batch(void) {
    struct batch_arrays a;
    size_t bad;
    batch_arrays_any(&a);
    costshare_refund_start_batch(a.in, a.count, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_refund_start_batch(NULL, any_size(), a.out, NULL_OR(&bad));
    costshare_refund_start_batch(a.in, any_size(), NULL, NULL_OR(&bad));
}

void drive_refund(void) {
    drive_costshare_refund_start();
    drive_costshare_refund_prorate();
    drive_costshare_refund_terms_init();
    drive_costshare_refund_termination();
    drive_costshare_refund_vacancy();
    drive_costshare_refund_start_batch();
}
