/*
 * Agreement records and groups of them: a record as bytea, built by applying
 * events, read by the library's state functions and passed to the group
 * functions as bytea[].
 *
 * A record is the library's costshare_agreement struct as bytes, of the size
 * of its own version (costshare_struct_size()), in the server's byte order.
 * It is copied into aligned memory before the library reads it: a bytea's
 * data may lie at any offset.
 */
#include "pgcs.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(pgcs_agreement_init);
PG_FUNCTION_INFO_V1(pgcs_agreement_apply);
PG_FUNCTION_INFO_V1(pgcs_agreement_state_on);
PG_FUNCTION_INFO_V1(pgcs_agreement_fields);
PG_FUNCTION_INFO_V1(pgcs_group_condition);
PG_FUNCTION_INFO_V1(pgcs_group_state_on);
PG_FUNCTION_INFO_V1(pgcs_group_members_on);
PG_FUNCTION_INFO_V1(pgcs_group_memberships);
PG_FUNCTION_INFO_V1(pgcs_group_coverage);

#define ARG_DATE(n) pgcs_date_in(PG_GETARG_DATEADT(n))

/* A library date or NO_DATE as a Datum and a NULL flag. */
static Datum date_or_null(costshare_date date, bool *isnull) {
    *isnull = date == COSTSHARE_AGREEMENT_NO_DATE;
    return *isnull ? (Datum)0 : DateADTGetDatum(pgcs_date_out(date));
}

/* The size of an agreement record of @p data's version; raises
 * COSTSHARE_EINVAL when @p length bytes are not one. */
static size_t record_size(const char *data, size_t length, const char *what) {
    uint32_t version;
    int64_t size;

    if (length < sizeof version) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s is not an agreement record (%zu bytes)", what, length));
    }
    memcpy(&version, data, sizeof version);
    if (costshare_struct_size("costshare_agreement", version, &size) != COSTSHARE_OK) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s is not an agreement record (version %u)", what, version));
    }
    if ((size_t)size != length) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s is not an agreement record (%zu bytes, version %u has %lld)",
                            what, length, version, (long long)size));
    }
    return length;
}

/* A bytea record copied into an aligned struct of the header's version (the
 * bytes past the record's own version are zero); returns its size. */
static size_t agreement_in(const bytea *arg, costshare_agreement *record) {
    size_t length = VARSIZE_ANY_EXHDR(arg);
    size_t size = record_size(VARDATA_ANY(arg), length, "record");

    memset(record, 0, sizeof *record);
    memcpy(record, VARDATA_ANY(arg), size);
    return size;
}

static bytea *agreement_out(const costshare_agreement *record, size_t size) {
    bytea *out = (bytea *)palloc(VARHDRSZ + size);

    SET_VARSIZE(out, VARHDRSZ + size);
    memcpy(VARDATA(out), record, size);
    return out;
}

/*
 * A bytea[] of records laid out as the library reads a group: one array of
 * @p count records of one version, each at that version's size. Raises
 * COSTSHARE_EINVAL for NULL elements, more than one dimension, records that
 * are not records or not of one version, COSTSHARE_ERANGE for an empty array.
 * @p lower receives the array's lower bound.
 */
static const costshare_agreement *group_in(ArrayType *array, size_t *count, int *lower) {
    Datum *elems;
    bool *nulls;
    int n, i;
    size_t size = 0;
    char *buffer;

    if (ARR_NDIM(array) > 1) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("records must be a one-dimensional array, not %d-dimensional",
                            ARR_NDIM(array)));
    }
    if (ArrayGetNItems(ARR_NDIM(array), ARR_DIMS(array)) == 0) {
        pgcs_raise(COSTSHARE_ERANGE, "records must have at least one element");
    }
    if (array_contains_nulls(array)) {
        pgcs_raise(COSTSHARE_EINVAL, "records must not contain NULL");
    }
    deconstruct_array(array, BYTEAOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
    for (i = 0; i < n; i++) {
        const bytea *b = (const bytea *)DatumGetPointer(elems[i]);
        size_t s = record_size(VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b), "a record");

        if (i > 0 && s != size) {
            pgcs_raise(COSTSHARE_EINVAL, "every record of a group must be of one version");
        }
        size = s;
    }
    /* palloc's memory is aligned for any struct. */
    buffer = palloc((size_t)n * size);
    for (i = 0; i < n; i++) {
        memcpy(buffer + (size_t)i * size, VARDATA_ANY((const bytea *)DatumGetPointer(elems[i])),
               size);
    }
    *count = (size_t)n;
    *lower = ARR_LBOUND(array)[0];
    return (const costshare_agreement *)buffer;
}

/* A date[] argument without NULLs (may be empty): its count and its days as
 * library dates. */
static size_t dates_in(ArrayType *array, const char *what, costshare_date **days) {
    Datum *elems;
    bool *nulls;
    int n, i;

    if (ARR_NDIM(array) > 1) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s must be a one-dimensional array, not %d-dimensional", what,
                            ARR_NDIM(array)));
    }
    if (array_contains_nulls(array)) {
        pgcs_raise(COSTSHARE_EINVAL, psprintf("%s must not contain NULL", what));
    }
    deconstruct_array(array, DATEOID, sizeof(DateADT), true, TYPALIGN_INT, &elems, &nulls, &n);
    *days = palloc(sizeof(costshare_date) * (n > 0 ? (size_t)n : 1));
    for (i = 0; i < n; i++) {
        (*days)[i] = pgcs_date_in(DatumGetDateADT(elems[i]));
    }
    return (size_t)n;
}

static void body_name(int32_t body, char *out, size_t capacity) {
    pgcs_sql_name(costshare_agreement_body_name(body), "COSTSHARE_BODY_", '_', out, capacity);
}

static void outcome_name(int32_t outcome, char *out, size_t capacity) {
    pgcs_sql_name(costshare_group_outcome_name(outcome), "COSTSHARE_GROUP_", '_', out,
                  capacity);
}

static void finding_name(int32_t kind, char *out, size_t capacity) {
    pgcs_sql_name(costshare_group_finding_name(kind), "COSTSHARE_GROUP_", '_', out, capacity);
}

static Datum name_datum(pgcs_namer name_of, int32_t value) {
    char name[PGCS_NAME_MAX];

    name_of(value, name, sizeof name);
    return CStringGetTextDatum(name);
}

/* costshare_agreement_init() RETURNS bytea: a record of the current version
 * with nothing recorded. */
Datum pgcs_agreement_init(PG_FUNCTION_ARGS) {
    costshare_agreement record;
    int64_t size;

    pgcs_check(costshare_agreement_init(&record, COSTSHARE_AGREEMENT_VERSION));
    pgcs_check(
        costshare_struct_size("costshare_agreement", COSTSHARE_AGREEMENT_VERSION, &size));
    PG_RETURN_BYTEA_P(agreement_out(&record, (size_t)size));
}

/* Argument numbers of costshare_agreement_apply(). */
enum {
    A_RECORD,
    A_EVENT,
    A_DAY,
    A_DEADLINE,
    A_FROM,
    A_TERM_END,
    A_LAST_DAY,
    A_NOTICE_COUNT,
    A_NOTICE_UNIT,
    A_CALENDAR_PERIODS,
    A_COUNT_CURRENT,
    A_SUNDAY_RULE,
    A_RENEWAL_COUNT,
    A_RENEWAL_UNIT,
    A_SIGNED_BY_BOTH,
    A_CONSENTED,
    A_BODY,
    A_PROPOSED,
    A_COUNT
};

static costshare_date opt_date(FunctionCallInfo fcinfo, int n) {
    return PG_ARGISNULL(n) ? COSTSHARE_AGREEMENT_NO_DATE : ARG_DATE(n);
}

static bool opt_bool(FunctionCallInfo fcinfo, int n) {
    return !PG_ARGISNULL(n) && PG_GETARG_BOOL(n);
}

/*
 * costshare_agreement_apply(record bytea, event text, day date, deadline date,
 *     from_day date, term_end date, last_day date, notice_count int,
 *     notice_unit text, calendar_periods boolean, count_current boolean,
 *     sunday_rule boolean, renewal_count int, renewal_unit text,
 *     signed_by_both boolean, consented boolean, body text, proposed text)
 *     RETURNS bytea
 *
 * Not STRICT: a NULL optional argument is its default (no date, 0, 'months',
 * false, 'none', no proposed decision). A NULL record, event or day gives
 * NULL, as STRICT would.
 */
Datum pgcs_agreement_apply(PG_FUNCTION_ARGS) {
    costshare_agreement record, next;
    costshare_event event = COSTSHARE_EVENT_INIT;
    size_t size;

    if (PG_NARGS() != A_COUNT) {
        elog(ERROR, "costshare: costshare_agreement_apply called with %d arguments",
             PG_NARGS());
    }
    if (PG_ARGISNULL(A_RECORD) || PG_ARGISNULL(A_EVENT) || PG_ARGISNULL(A_DAY)) {
        PG_RETURN_NULL();
    }
    size = agreement_in(PG_GETARG_BYTEA_PP(A_RECORD), &record);
    event.kind = pgcs_lookup(PG_GETARG_TEXT_PP(A_EVENT), COSTSHARE_EVENT_COUNT, pgcs_event_name,
                             "event");
    event.date = ARG_DATE(A_DAY);
    event.deadline = opt_date(fcinfo, A_DEADLINE);
    event.from = opt_date(fcinfo, A_FROM);
    event.term_end = opt_date(fcinfo, A_TERM_END);
    event.last_day = opt_date(fcinfo, A_LAST_DAY);
    if (!PG_ARGISNULL(A_NOTICE_COUNT)) {
        event.notice_count = PG_GETARG_INT32(A_NOTICE_COUNT);
    }
    if (!PG_ARGISNULL(A_NOTICE_UNIT)) {
        event.notice_unit = pgcs_unit(PG_GETARG_TEXT_PP(A_NOTICE_UNIT));
    }
    event.notice_flags =
        (opt_bool(fcinfo, A_CALENDAR_PERIODS) ? COSTSHARE_CALENDAR_PERIODS : 0u) |
        (opt_bool(fcinfo, A_COUNT_CURRENT) ? COSTSHARE_CALENDAR_COUNT_CURRENT : 0u) |
        (opt_bool(fcinfo, A_SUNDAY_RULE) ? COSTSHARE_SE_DEADLINE : 0u);
    if (!PG_ARGISNULL(A_RENEWAL_COUNT)) {
        event.renewal_count = PG_GETARG_INT32(A_RENEWAL_COUNT);
    }
    if (!PG_ARGISNULL(A_RENEWAL_UNIT)) {
        event.renewal_unit = pgcs_unit(PG_GETARG_TEXT_PP(A_RENEWAL_UNIT));
    }
    event.flags = (opt_bool(fcinfo, A_SIGNED_BY_BOTH) ? COSTSHARE_EVENT_SIGNED_BY_BOTH : 0u) |
                  (opt_bool(fcinfo, A_CONSENTED) ? COSTSHARE_EVENT_CONSENTED : 0u);
    if (!PG_ARGISNULL(A_BODY)) {
        event.body =
            pgcs_lookup(PG_GETARG_TEXT_PP(A_BODY), COSTSHARE_BODY_COUNT, body_name, "body");
    }
    if (!PG_ARGISNULL(A_PROPOSED)) {
        event.proposed_kind = pgcs_lookup(PG_GETARG_TEXT_PP(A_PROPOSED), COSTSHARE_EVENT_COUNT,
                                          pgcs_event_name, "proposed");
    }
    pgcs_check(costshare_agreement_apply(&record, &event, &next));
    PG_RETURN_BYTEA_P(agreement_out(&next, size));
}

/* costshare_agreement_state_on(record bytea, day date) RETURNS text */
Datum pgcs_agreement_state_on(PG_FUNCTION_ARGS) {
    costshare_agreement record;
    int32_t state;

    agreement_in(PG_GETARG_BYTEA_PP(0), &record);
    pgcs_check(costshare_agreement_state_on(&record, ARG_DATE(1), &state));
    PG_RETURN_DATUM(name_datum(pgcs_state_name, state));
}

/*
 * costshare_agreement_fields(record bytea) RETURNS record: the record's
 * version, state, last event and dates (NULL for no date), and its notice
 * period. A record the library finds corrupt is refused.
 */
Datum pgcs_agreement_fields(PG_FUNCTION_ARGS) {
    costshare_agreement r;
    TupleDesc desc;
    Datum values[21];
    bool nulls[21];
    int32_t state;
    const char *unit;
    int n = 0;

    agreement_in(PG_GETARG_BYTEA_PP(0), &r);
    /* Any valid day: the call checks the whole record. */
    pgcs_check(costshare_agreement_state_on(&r, 0, &state));
    if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE) {
        elog(ERROR, "costshare: costshare_agreement_fields must return a row");
    }
    desc = BlessTupleDesc(desc);
    memset(nulls, 0, sizeof nulls);
#define PUT_DATE(d) (values[n] = date_or_null((d), &nulls[n]), n++)
    values[n++] = Int32GetDatum((int32)r.version);
    values[n++] = name_datum(pgcs_state_name, r.state);
    if (r.last_event_kind == COSTSHARE_EVENT_NONE) {
        nulls[n] = true;
        values[n++] = (Datum)0;
    } else {
        values[n++] = name_datum(pgcs_event_name, r.last_event_kind);
    }
    PUT_DATE(r.last_event);
    PUT_DATE(r.proposed);
    PUT_DATE(r.response_deadline);
    PUT_DATE(r.decided);
    PUT_DATE(r.signed_on);
    PUT_DATE(r.in_force_from);
    PUT_DATE(r.term_end);
    PUT_DATE(r.termination_decided);
    /* Version 1 has no date of the condition or of the sending. */
    PUT_DATE(r.version >= 2 ? r.condition_met : COSTSHARE_AGREEMENT_NO_DATE);
    PUT_DATE(r.wanted_last_day);
    PUT_DATE(r.version >= 2 ? r.notice_sent : COSTSHARE_AGREEMENT_NO_DATE);
    PUT_DATE(r.notice_given);
    PUT_DATE(r.last_day);
    PUT_DATE(r.refund_start);
    PUT_DATE(r.withdrawn_on);
#undef PUT_DATE
    values[n++] = Int32GetDatum(r.notice_count);
    unit = pgcs_unit_word(r.notice_unit);
    if (unit == NULL) {
        nulls[n] = true;
        values[n++] = (Datum)0;
    } else {
        values[n++] = CStringGetTextDatum(unit);
    }
    values[n++] = Int32GetDatum(r.renewal_count);
    if (n != desc->natts || n > (int)lengthof(values)) {
        elog(ERROR, "costshare: costshare_agreement_fields has %d columns, not %d", desc->natts,
             n);
    }
    PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* costshare_group_condition(records bytea[], since date, OUT outcome text,
 * OUT day date) RETURNS record: day NULL while pending. */
Datum pgcs_group_condition(PG_FUNCTION_ARGS) {
    size_t count;
    int lower;
    const costshare_agreement *records = group_in(PG_GETARG_ARRAYTYPE_P(0), &count, &lower);
    int32_t outcome;
    costshare_date day;
    TupleDesc desc;
    Datum values[2];
    bool nulls[2] = {false, false};

    pgcs_check(costshare_group_condition(records, count, ARG_DATE(1), &outcome, &day));
    if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE) {
        elog(ERROR, "costshare: costshare_group_condition must return a row");
    }
    desc = BlessTupleDesc(desc);
    values[0] = name_datum(outcome_name, outcome);
    values[1] = date_or_null(day, &nulls[1]);
    PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* costshare_group_state_on(records bytea[], day date) RETURNS text: the state
 * every record has on the day, or 'mixed'. */
Datum pgcs_group_state_on(PG_FUNCTION_ARGS) {
    size_t count;
    int lower;
    const costshare_agreement *records = group_in(PG_GETARG_ARRAYTYPE_P(0), &count, &lower);
    int32_t state;

    pgcs_check(costshare_group_state_on(records, count, ARG_DATE(1), &state));
    if (state == COSTSHARE_GROUP_MIXED) {
        /* No name function: the SQL word is the extension's contract. */
        PG_RETURN_TEXT_P(cstring_to_text("mixed"));
    }
    PG_RETURN_DATUM(name_datum(pgcs_state_name, state));
}

/* costshare_group_members_on(records bytea[], day date) RETURNS boolean[]:
 * with the records' lower bound, so member[i] belongs to records[i]. */
Datum pgcs_group_members_on(PG_FUNCTION_ARGS) {
    size_t count, members, i;
    int lower;
    const costshare_agreement *records = group_in(PG_GETARG_ARRAYTYPE_P(0), &count, &lower);
    int32_t *is_member = palloc(sizeof(int32_t) * count);
    Datum *elems = palloc(sizeof(Datum) * count);
    int dims[1], lbs[1];

    pgcs_check(costshare_group_members_on(records, count, ARG_DATE(1), is_member, &members));
    for (i = 0; i < count; i++) {
        elems[i] = BoolGetDatum(is_member[i] != 0);
    }
    dims[0] = (int)count;
    lbs[0] = lower;
    PG_RETURN_ARRAYTYPE_P(
        construct_md_array(elems, NULL, 1, dims, lbs, BOOLOID, 1, true, TYPALIGN_CHAR));
}

/* costshare_group_memberships(records bytea[], first date, last date)
 * RETURNS TABLE(index int, from_day date, to_day date): NULL for an open
 * end; index is the record's subscript. */
Datum pgcs_group_memberships(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    size_t count, i;
    int lower;
    const costshare_agreement *records = group_in(PG_GETARG_ARRAYTYPE_P(0), &count, &lower);
    costshare_date *from = palloc(sizeof(costshare_date) * count);
    costshare_date *to = palloc(sizeof(costshare_date) * count);

    pgcs_check(costshare_group_memberships(records, count, ARG_DATE(1), ARG_DATE(2), from, to));
    InitMaterializedSRF(fcinfo, 0);
    for (i = 0; i < count; i++) {
        Datum values[3];
        bool nulls[3] = {false, false, false};

        values[0] = Int32GetDatum(lower + (int)i);
        values[1] = date_or_null(from[i], &nulls[1]);
        values[2] = date_or_null(to[i], &nulls[2]);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return (Datum)0;
}

/* costshare_group_coverage(records bytea[], invoiced_first date[],
 * invoiced_last date[]) RETURNS TABLE(kind text, index int, first_day date,
 * last_day date): index is the subscript of the earlier record (gap,
 * overlap) or of the invoiced period (uncovered); last_day NULL for none. */
Datum pgcs_group_coverage(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    size_t count, periods, lasts, findings, i;
    int lower;
    const costshare_agreement *records = group_in(PG_GETARG_ARRAYTYPE_P(0), &count, &lower);
    ArrayType *firsts_arg = PG_GETARG_ARRAYTYPE_P(1);
    costshare_date *firsts, *last_days;
    costshare_group_finding *found;
    int period_lower;

    periods = dates_in(firsts_arg, "invoiced_first", &firsts);
    lasts = dates_in(PG_GETARG_ARRAYTYPE_P(2), "invoiced_last", &last_days);
    if (lasts != periods) {
        pgcs_raise(
            COSTSHARE_EINVAL,
            psprintf("invoiced_first has %zu days and invoiced_last %zu: one of each per "
                     "invoiced period",
                     periods, lasts));
    }
    period_lower = periods > 0 ? ARR_LBOUND(firsts_arg)[0] : 1;
    pgcs_check(costshare_group_coverage(records, count, firsts, last_days, periods, NULL, 0,
                                        &findings));
    found = palloc(sizeof(costshare_group_finding) * (findings > 0 ? findings : 1));
    pgcs_check(costshare_group_coverage(records, count, firsts, last_days, periods, found,
                                        findings, &findings));
    InitMaterializedSRF(fcinfo, 0);
    for (i = 0; i < findings; i++) {
        Datum values[4];
        bool nulls[4] = {false, false, false, false};

        values[0] = name_datum(finding_name, found[i].kind);
        values[1] =
            Int32GetDatum((found[i].kind == COSTSHARE_GROUP_UNCOVERED ? period_lower : lower) +
                          found[i].index);
        values[2] = date_or_null(found[i].first, &nulls[2]);
        values[3] = date_or_null(found[i].last, &nulls[3]);
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    return (Datum)0;
}
