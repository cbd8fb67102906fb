/* Drivers for term.h: every argument over its whole domain; a term is the
 * current struct with every byte (version and every field) any value. */
#include "costshare/term.h"

#include "prove.h"

void drive_costshare_term_init(void) {
    costshare_term term;
    costshare_term_init(NULL_OR(&term), any_u32());
}

void drive_costshare_term_end(void) {
    costshare_term term;
    costshare_date end;
    ANY_BYTES(term);
    costshare_term_end(NULL_OR(&term), any_i32(), NULL_OR(&end));
}

void drive_costshare_term_notice(void) {
    costshare_term term;
    costshare_date end, latest;
    ANY_BYTES(term);
    costshare_term_notice(NULL_OR(&term), any_i32(), NULL_OR(&end), NULL_OR(&latest));
}

void drive_term(void) {
    drive_costshare_term_init();
    drive_costshare_term_end();
    drive_costshare_term_notice();
}
