/* Drivers for invoice.h: every argument over its whole domain. */
#include "costshare/invoice.h"

#include "prove.h"

void drive_costshare_invoice_due(void) {
    costshare_date out;
    costshare_invoice_due(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

void drive_invoice(void) {
    drive_costshare_invoice_due();
}
