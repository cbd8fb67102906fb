/*
 * The yearly invoice run: costshare_invoice_period() per party and per
 * segment.
 *
 * Memberships are date[] arrays in which NULL is an open end
 * (#COSTSHARE_INVOICE_OPEN), as costshare_group_memberships() gives them.
 */
#include "pgcs.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(pgcs_invoice);
PG_FUNCTION_INFO_V1(pgcs_invoice_segments);

/* The SQL words of the rules: the extension's contract (the library has no
 * name function for them). */
static const struct {
    const char *word;
    int32_t value;
} rules[] = {{"redistribute", COSTSHARE_INVOICE_REDISTRIBUTE},
             {"fixed-shares", COSTSHARE_INVOICE_FIXED_SHARES}};

static void rule_name(int32_t i, char *out, size_t capacity) {
    strlcpy(out, rules[i].word, capacity);
}

/* A date[] of memberships: @p count days, NULL elements open. */
static costshare_date *membership_days(ArrayType *array, const char *what, size_t count) {
    Datum *elems;
    bool *nulls;
    int n, i;
    costshare_date *days;

    if (ARR_NDIM(array) > 1) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s must be a one-dimensional array, not %d-dimensional", what,
                            ARR_NDIM(array)));
    }
    deconstruct_array(array, DATEOID, sizeof(DateADT), true, TYPALIGN_INT, &elems, &nulls, &n);
    if ((size_t)n != count) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s has %d days for %zu weights: one per party", what, n, count));
    }
    days = palloc(sizeof(costshare_date) * count);
    for (i = 0; i < n; i++) {
        days[i] = nulls[i] ? COSTSHARE_INVOICE_OPEN : pgcs_date_in(DatumGetDateADT(elems[i]));
    }
    return days;
}

typedef struct pgcs_run {
    size_t count, segment_count;
    int lower;
    int64_t *amounts;
    costshare_invoice_segment *segments;
} pgcs_run;

/* Arguments (first date, last date, cost bigint, weights bigint[],
 * from_days date[], to_days date[], rule text, basis text). */
static void run(FunctionCallInfo fcinfo, pgcs_run *out) {
    costshare_invoice_plan plan = COSTSHARE_INVOICE_PLAN_INIT;
    ArrayType *weights_arg = PG_GETARG_ARRAYTYPE_P(3);
    const int64 *weights;
    costshare_date *from, *to;
    size_t capacity;

    plan.first = pgcs_date_in(PG_GETARG_DATEADT(0));
    plan.last = pgcs_date_in(PG_GETARG_DATEADT(1));
    plan.cost = PG_GETARG_INT64(2);
    out->count = pgcs_int8_array(weights_arg, "weights", &weights);
    out->lower = ARR_LBOUND(weights_arg)[0];
    from = membership_days(PG_GETARG_ARRAYTYPE_P(4), "from_days", out->count);
    to = membership_days(PG_GETARG_ARRAYTYPE_P(5), "to_days", out->count);
    plan.rule =
        rules[pgcs_lookup(PG_GETARG_TEXT_PP(6), lengthof(rules), rule_name, "rule")].value;
    plan.basis = pgcs_basis(PG_GETARG_TEXT_PP(7));
    pgcs_check(costshare_invoice_segments(plan.first, plan.last, from, to, out->count, NULL, 0,
                                          &capacity));
    out->amounts = palloc(sizeof(int64_t) * out->count);
    out->segments = palloc(sizeof(costshare_invoice_segment) * (capacity > 0 ? capacity : 1));
    pgcs_check(costshare_invoice_period(&plan, (const int64_t *)weights, from, to, out->count,
                                        out->amounts, out->segments, capacity,
                                        &out->segment_count, NULL, NULL));
}

/* costshare_invoice(...) RETURNS TABLE(index int, amount bigint): what each
 * party owes for the period, by the weights' subscripts. */
Datum pgcs_invoice(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    pgcs_run r;
    size_t i;

    run(fcinfo, &r);
    InitMaterializedSRF(fcinfo, 0);
    for (i = 0; i < r.count; i++) {
        Datum values[2];
        bool nulls[2] = {false, false};

        values[0] = Int32GetDatum(r.lower + (int)i);
        values[1] = Int64GetDatum(r.amounts[i]);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return (Datum)0;
}

/* costshare_invoice_segments(...) RETURNS TABLE(first_day date, last_day
 * date, days int, months int, members int, cost bigint, residual bigint):
 * months NULL for a segment that is not whole calendar months. */
Datum pgcs_invoice_segments(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    pgcs_run r;
    size_t i;

    run(fcinfo, &r);
    InitMaterializedSRF(fcinfo, 0);
    for (i = 0; i < r.segment_count; i++) {
        const costshare_invoice_segment *s = &r.segments[i];
        Datum values[7];
        bool nulls[7] = {false, false, false, false, false, false, false};

        values[0] = DateADTGetDatum(pgcs_date_out(s->first));
        values[1] = DateADTGetDatum(pgcs_date_out(s->last));
        values[2] = Int32GetDatum(s->days);
        nulls[3] = s->months == COSTSHARE_INVOICE_NO_MONTHS;
        values[3] = nulls[3] ? (Datum)0 : Int32GetDatum(s->months);
        values[4] = Int32GetDatum(s->members);
        values[5] = Int64GetDatum(s->cost);
        values[6] = Int64GetDatum(s->residual);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return (Datum)0;
}
