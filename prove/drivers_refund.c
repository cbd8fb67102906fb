/* Drivers for refund.h: every argument over its whole domain; the terms are
 * the current struct with every byte (version and every field) any value. */
#include "costshare/refund.h"

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

void drive_refund(void) {
    drive_costshare_refund_start();
    drive_costshare_refund_prorate();
    drive_costshare_refund_terms_init();
    drive_costshare_refund_termination();
    drive_costshare_refund_vacancy();
}
