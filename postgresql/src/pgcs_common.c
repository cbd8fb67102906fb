/*
 * The costshare PostgreSQL extension: the module, error mapping, dates, the
 * words that name constants, and int8 arrays.
 */
#include "pgcs.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datetime.h"

PG_MODULE_MAGIC;

void pgcs_raise(int code, const char *hint) {
    int sqlstate = code == COSTSHARE_ERANGE || code == COSTSHARE_EOVERFLOW
                       ? ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE
                       : ERRCODE_INVALID_PARAMETER_VALUE;

    ereport(ERROR, (errcode(sqlstate), errmsg("%s", costshare_error_message(code)),
                    errdetail("%s", costshare_error_name(code)),
                    hint != NULL ? errhint("%s", hint) : 0));
}

/* PostgreSQL counts days from 2000-01-01, the library from 1970-01-01. */
#define PGCS_EPOCH_SHIFT (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)

costshare_date pgcs_date_in(DateADT date) {
    int64 day;

    if (DATE_NOT_FINITE(date)) {
        pgcs_raise(COSTSHARE_ERANGE, "an infinite date is not a calendar date");
    }
    day = (int64)date + PGCS_EPOCH_SHIFT;
    if (day < COSTSHARE_DATE_MIN || day > COSTSHARE_DATE_MAX) {
        pgcs_raise(COSTSHARE_ERANGE, "dates must lie from 0001-01-01 to 9999-12-31");
    }
    return (costshare_date)day;
}

DateADT pgcs_date_out(costshare_date date) {
    return (DateADT)(date - PGCS_EPOCH_SHIFT);
}

void pgcs_sql_name(const char *macro_name, const char *prefix, char separator, char *out,
                   size_t capacity) {
    size_t n = strlen(prefix);
    size_t i;

    if (strncmp(macro_name, prefix, n) == 0) {
        macro_name += n;
    }
    if (strlen(macro_name) >= capacity) {
        elog(ERROR, "costshare: constant name \"%s\" too long", macro_name);
    }
    for (i = 0; macro_name[i] != '\0'; i++) {
        char c = macro_name[i];
        out[i] = c == '_' ? separator : pg_ascii_tolower((unsigned char)c);
    }
    out[i] = '\0';
}

int32_t pgcs_lookup(const text *arg, int32_t count, pgcs_namer name_of, const char *what) {
    const char *s = VARDATA_ANY(arg);
    size_t len = VARSIZE_ANY_EXHDR(arg);
    char name[PGCS_NAME_MAX];
    StringInfoData hint;
    int32_t i;

    for (i = 0; i < count; i++) {
        name_of(i, name, sizeof name);
        if (strlen(name) == len && memcmp(name, s, len) == 0) {
            return i;
        }
    }
    initStringInfo(&hint);
    appendStringInfo(&hint, "%s must be one of:", what);
    for (i = 0; i < count; i++) {
        name_of(i, name, sizeof name);
        appendStringInfo(&hint, "%s %s", i == 0 ? "" : ",", name);
    }
    pgcs_raise(COSTSHARE_EINVAL, hint.data);
}

/* The library has no name function for units and bases: these SQL words are
 * the contract of the SQL functions (docs/postgresql.md). */
static const struct {
    const char *word;
    int32_t value;
} units[] = {{"days", COSTSHARE_DAYS},
             {"weeks", COSTSHARE_WEEKS},
             {"months", COSTSHARE_MONTHS},
             {"years", COSTSHARE_YEARS}},
  bases[] = {{"days", COSTSHARE_BASIS_DAYS}, {"months", COSTSHARE_BASIS_MONTHS}};

static void unit_name(int32_t i, char *out, size_t capacity) {
    strlcpy(out, units[i].word, capacity);
}

static void basis_name(int32_t i, char *out, size_t capacity) {
    strlcpy(out, bases[i].word, capacity);
}

int32_t pgcs_unit(const text *word) {
    return units[pgcs_lookup(word, lengthof(units), unit_name, "unit")].value;
}

const char *pgcs_unit_word(int32_t unit) {
    size_t i;

    for (i = 0; i < lengthof(units); i++) {
        if (units[i].value == unit) {
            return units[i].word;
        }
    }
    return NULL;
}

int32_t pgcs_basis(const text *word) {
    return bases[pgcs_lookup(word, lengthof(bases), basis_name, "basis")].value;
}

/*
 * Rounding modes and split methods are named by the library
 * (costshare_round_mode_name(): "COSTSHARE_ROUND_HALF_EVEN"); their SQL words
 * are those names without the prefix, in lower case, with hyphens:
 * "half-even". The constants are numbered from 0; the list ends at the first
 * number the library gives no name of the family (its unknown-value name,
 * "COSTSHARE_UNKNOWN" or "COSTSHARE_ROUND_UNKNOWN").
 */
#define PGCS_FAMILY_MAX 64

static void mode_name(int32_t mode, char *out, size_t capacity) {
    pgcs_sql_name(costshare_round_mode_name(mode), "COSTSHARE_ROUND_", '-', out, capacity);
}

static void method_name(int32_t method, char *out, size_t capacity) {
    pgcs_sql_name(costshare_split_method_name(method), "COSTSHARE_SPLIT_", '-', out, capacity);
}

static int32_t count_named(const char *(*name_of)(int32_t), const char *prefix) {
    size_t n = strlen(prefix);
    int32_t count = 0;

    while (count < PGCS_FAMILY_MAX) {
        const char *name = name_of(count);

        if (strncmp(name, prefix, n) != 0 || strcmp(name + n, "UNKNOWN") == 0) {
            break;
        }
        count++;
    }
    return count;
}

int32_t pgcs_mode(const text *word) {
    return pgcs_lookup(word, count_named(costshare_round_mode_name, "COSTSHARE_ROUND_"),
                       mode_name, "mode");
}

int32_t pgcs_method(const text *word) {
    return pgcs_lookup(word, count_named(costshare_split_method_name, "COSTSHARE_SPLIT_"),
                       method_name, "method");
}

size_t pgcs_int8_array(ArrayType *array, const char *what, const int64 **data) {
    int count;

    if (ARR_ELEMTYPE(array) != INT8OID) {
        elog(ERROR, "costshare: %s is not a bigint array", what);
    }
    if (ARR_NDIM(array) > 1) {
        pgcs_raise(COSTSHARE_EINVAL,
                   psprintf("%s must be a one-dimensional array, not %d-dimensional", what,
                            ARR_NDIM(array)));
    }
    count = ArrayGetNItems(ARR_NDIM(array), ARR_DIMS(array));
    if (count == 0) {
        pgcs_raise(COSTSHARE_ERANGE, psprintf("%s must have at least one element", what));
    }
    if (array_contains_nulls(array)) {
        pgcs_raise(COSTSHARE_EINVAL, psprintf("%s must not contain NULL", what));
    }
    *data = (const int64 *)ARR_DATA_PTR(array);
    return (size_t)count;
}

ArrayType *pgcs_int8_array_like(const ArrayType *like, size_t count) {
    Size bytes = ARR_OVERHEAD_NONULLS(1) + count * sizeof(int64);
    ArrayType *result = (ArrayType *)palloc0(bytes);

    SET_VARSIZE(result, bytes);
    result->ndim = 1;
    result->dataoffset = 0;
    result->elemtype = INT8OID;
    ARR_DIMS(result)[0] = (int)count;
    ARR_LBOUND(result)[0] = ARR_LBOUND(like)[0];
    return result;
}
