/* Drivers for agreement.h: every argument over its whole domain; a record
 * and an event are the current structs with every byte (version and every
 * field) any value. */
#include "costshare/agreement.h"

#include "prove.h"

void drive_costshare_agreement_init(void) {
    costshare_agreement record;
    costshare_agreement_init(NULL_OR(&record), any_u32());
}

void drive_costshare_agreement_event_init(void) {
    costshare_event event;
    costshare_agreement_event_init(NULL_OR(&event), any_u32());
}

void drive_costshare_agreement_apply(void) {
    costshare_agreement record, next;
    costshare_event event;
    ANY_BYTES(record);
    ANY_BYTES(event);
    costshare_agreement_apply(NULL_OR(&record), NULL_OR(&event), NULL_OR(&next));
}

void drive_costshare_agreement_state_on(void) {
    costshare_agreement record;
    int32_t state;
    ANY_BYTES(record);
    costshare_agreement_state_on(NULL_OR(&record), any_i32(), NULL_OR(&state));
}

void drive_costshare_agreement_marks_on(void) {
    costshare_agreement record;
    uint32_t marks;
    ANY_BYTES(record);
    costshare_agreement_marks_on(NULL_OR(&record), any_i32(), NULL_OR(&marks));
}

void drive_costshare_agreement_transition(void) {
    int32_t next;
    costshare_agreement_transition(any_i32(), any_i32(), NULL_OR(&next));
}

void drive_costshare_agreement_state_count(void) {
    costshare_agreement_state_count();
}

void drive_costshare_agreement_event_count(void) {
    costshare_agreement_event_count();
}

void drive_costshare_agreement_state_name(void) {
    costshare_agreement_state_name(any_i32());
}

void drive_costshare_agreement_event_name(void) {
    costshare_agreement_event_name(any_i32());
}

void drive_costshare_agreement_body_name(void) {
    costshare_agreement_body_name(any_i32());
}

void drive_agreement(void) {
    drive_costshare_agreement_init();
    drive_costshare_agreement_event_init();
    drive_costshare_agreement_apply();
    drive_costshare_agreement_state_on();
    drive_costshare_agreement_marks_on();
    drive_costshare_agreement_transition();
    drive_costshare_agreement_state_count();
    drive_costshare_agreement_event_count();
    drive_costshare_agreement_state_name();
    drive_costshare_agreement_event_name();
    drive_costshare_agreement_body_name();
}
