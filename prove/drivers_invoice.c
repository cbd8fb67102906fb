/* Drivers for invoice.h: every argument over its whole domain. The plan is
 * the current struct with every byte (version and every field) any value.
 * The parties' arrays (weights, first and last days of membership, amounts
 * owed and invoiced) are INVOICE_MAX_PARTIES values of any content, of which
 * any count (0 to INVOICE_MAX_PARTIES) is passed; the segment buffers have
 * room for INVOICE_MAX_SEGMENTS (2 * INVOICE_MAX_PARTIES + 1, the most there
 * can be) segments, of which any capacity (0 to INVOICE_MAX_SEGMENTS) is
 * passed, and the per-segment amounts for all of them.
 *
 * Two parties reach every branch of invoice.c but the refusal of arrays
 * larger than the address space (a joiner, a leaver, memberships outside
 * the period, both rules and both bases, absent parties' shares, a segment
 * without members, ties between parties) and of the largest remainder
 * (hamilton.h) up to its sort of the candidates (five segments). Not
 * reached: its narrowing passes, which run only when more than
 * CS_HAM_BUCKETS (256) members fall into one bucket of the histogram; an
 * analysis of that many parties is far beyond the time bound (three parties
 * already take over 120 s per machine model). */
#include "costshare/invoice.h"

#include "prove.h"

#define INVOICE_MAX_PARTIES 2
#define INVOICE_MAX_SEGMENTS (2 * INVOICE_MAX_PARTIES + 1)

void drive_costshare_invoice_due(void) {
    costshare_date out;
    costshare_invoice_due(any_i32(), any_i32(), any_i32(), any_u32(), NULL_OR(&out));
}

void drive_costshare_invoice_plan_init(void) {
    costshare_invoice_plan plan;
    costshare_invoice_plan_init(NULL_OR(&plan), any_u32());
}

void drive_costshare_invoice_segments(void) {
    costshare_date from[INVOICE_MAX_PARTIES], to[INVOICE_MAX_PARTIES];
    costshare_invoice_segment segments[INVOICE_MAX_SEGMENTS];
    size_t segment_count;
    ANY_BYTES(from);
    ANY_BYTES(to);
    costshare_invoice_segments(
        any_i32(), any_i32(), NULL_OR(&from[0]), NULL_OR(&to[0]),
        Frama_C_size_t_interval(0, INVOICE_MAX_PARTIES), NULL_OR(&segments[0]),
        Frama_C_size_t_interval(0, INVOICE_MAX_SEGMENTS), NULL_OR(&segment_count));
}

void drive_costshare_invoice_period(void) {
    costshare_invoice_plan plan;
    int64_t weights[INVOICE_MAX_PARTIES], amounts[INVOICE_MAX_PARTIES], residual;
    int64_t segment_amounts[INVOICE_MAX_SEGMENTS * INVOICE_MAX_PARTIES];
    costshare_date from[INVOICE_MAX_PARTIES], to[INVOICE_MAX_PARTIES];
    costshare_invoice_segment segments[INVOICE_MAX_SEGMENTS];
    size_t segment_count;
    ANY_BYTES(plan);
    ANY_BYTES(weights);
    ANY_BYTES(from);
    ANY_BYTES(to);
    costshare_invoice_period(
        NULL_OR(&plan), NULL_OR(&weights[0]), NULL_OR(&from[0]), NULL_OR(&to[0]),
        Frama_C_size_t_interval(0, INVOICE_MAX_PARTIES), NULL_OR(&amounts[0]),
        NULL_OR(&segments[0]), Frama_C_size_t_interval(0, INVOICE_MAX_SEGMENTS),
        NULL_OR(&segment_count), NULL_OR(&segment_amounts[0]), NULL_OR(&residual));
}

void drive_costshare_invoice_adjust(void) {
    int64_t amounts[INVOICE_MAX_PARTIES], invoiced[INVOICE_MAX_PARTIES];
    int64_t adjustments[INVOICE_MAX_PARTIES];
    costshare_date due;
    ANY_BYTES(amounts);
    ANY_BYTES(invoiced);
    costshare_invoice_adjust(NULL_OR(&amounts[0]), NULL_OR(&invoiced[0]),
                             Frama_C_size_t_interval(0, INVOICE_MAX_PARTIES), any_i32(),
                             any_i32(), any_i32(), any_u32(), NULL_OR(&adjustments[0]),
                             NULL_OR(&due));
}

void drive_invoice(void) {
    drive_costshare_invoice_due();
    drive_costshare_invoice_plan_init();
    drive_costshare_invoice_segments();
    drive_costshare_invoice_period();
    drive_costshare_invoice_adjust();
}
