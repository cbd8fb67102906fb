/* Drivers for constants.h: every argument over its whole domain; a name is
 * any NUL-terminated string of up to 63 bytes (longer than every name the
 * tables hold). */
#include "costshare/constants.h"

#include "prove.h"

void drive_costshare_constant(void) {
    char name[64];
    int64_t value;
    ANY_BYTES(name);
    name[sizeof name - 1] = '\0';
    costshare_constant(NULL_OR(&name[0]), NULL_OR(&value));
}

void drive_costshare_constant_count(void) {
    costshare_constant_count();
}

void drive_costshare_constant_at(void) {
    const char *name;
    int64_t value;
    costshare_constant_at(any_i32(), NULL_OR(&name), NULL_OR(&value));
}

void drive_costshare_struct_size(void) {
    char name[64];
    int64_t size;
    ANY_BYTES(name);
    name[sizeof name - 1] = '\0';
    costshare_struct_size(NULL_OR(&name[0]), any_u32(), NULL_OR(&size));
}

void drive_constants(void) {
    drive_costshare_constant();
    drive_costshare_constant_count();
    drive_costshare_constant_at();
    drive_costshare_struct_size();
}
