/*
 * The costshare PostgreSQL extension: what its source files share.
 *
 * Every SQL function is a thin wrapper: it converts its arguments, calls one
 * library function and converts the answer back. The arithmetic and the rules
 * are the library's, never re-implemented here. Every error it raises names
 * a library code (pgcs_raise()).
 */
#ifndef PGCS_H
#define PGCS_H

#include "postgres.h"

#include "utils/array.h"
#include "utils/date.h"

#include "costshare.h"

/* The helpers below are not entry points: kept out of the shared object's
 * dynamic symbol table, which lists only what the server looks up. */
#if defined(__GNUC__)
#define PGCS_INTERNAL __attribute__((visibility("hidden")))
#else
#define PGCS_INTERNAL
#endif

/* Raise the error for a library code: SQLSTATE 22003 for COSTSHARE_ERANGE and
 * COSTSHARE_EOVERFLOW, 22023 for every other code; the message is
 * costshare_error_message(), the DETAIL costshare_error_name(). @p hint (may
 * be NULL) says what was wrong in SQL terms. */
extern PGCS_INTERNAL void pgcs_raise(int code, const char *hint) pg_attribute_noreturn();

/* pgcs_raise() unless @p rc is COSTSHARE_OK. */
static inline void pgcs_check(int rc) {
    if (rc != COSTSHARE_OK) {
        pgcs_raise(rc, NULL);
    }
}

/* A PostgreSQL date as a library date; infinity and dates outside
 * 0001-01-01 to 9999-12-31 raise COSTSHARE_ERANGE. */
extern PGCS_INTERNAL costshare_date pgcs_date_in(DateADT date);
/* A library date (always in range) as a PostgreSQL date. */
extern PGCS_INTERNAL DateADT pgcs_date_out(costshare_date date);

/* The longest SQL name of a constant, with its NUL. */
#define PGCS_NAME_MAX 64

/* Writes the SQL name of the constant numbered @p value into @p out. */
typedef void (*pgcs_namer)(int32_t value, char *out, size_t capacity);

/* The number 0 to @p count - 1 whose SQL name (by @p name_of) is @p arg;
 * raises COSTSHARE_EINVAL with a hint "WHAT must be one of: ..." otherwise. */
extern PGCS_INTERNAL int32_t pgcs_lookup(const text *arg, int32_t count, pgcs_namer name_of,
                                         const char *what);

/* The SQL names of agreement states ('in_force') and events ('give_notice'). */
extern PGCS_INTERNAL void pgcs_state_name(int32_t state, char *out, size_t capacity);
extern PGCS_INTERNAL void pgcs_event_name(int32_t event, char *out, size_t capacity);

/* The constant a text argument names, raising COSTSHARE_EINVAL with a hint
 * listing the accepted words when it names none. */
extern PGCS_INTERNAL int32_t pgcs_unit(const text *word);   /* days, weeks, months, years */
extern PGCS_INTERNAL int32_t pgcs_basis(const text *word);  /* days, months */
extern PGCS_INTERNAL int32_t pgcs_mode(const text *word);   /* half-away, half-even, ... */
extern PGCS_INTERNAL int32_t pgcs_method(const text *word); /* largest-remainder, round-each */
/* The SQL word of a unit constant (COSTSHARE_DAYS ...), or NULL for none. */
extern PGCS_INTERNAL const char *pgcs_unit_word(int32_t unit);

/*
 * The SQL name of a library constant: its macro name (as the library's name
 * functions give it, "COSTSHARE_AGREEMENT_IN_FORCE") without @p prefix, in
 * lower case, with '_' replaced by @p separator: "in_force". A name without
 * the prefix (an older library's lower-case name) is only lower-cased.
 * @p out has room for @p capacity bytes; a longer name is an internal error.
 */
extern PGCS_INTERNAL void pgcs_sql_name(const char *macro_name, const char *prefix,
                                        char separator, char *out, size_t capacity);

/* The number of elements of a one-dimensional int8 array without NULLs, and
 * its data. Raises COSTSHARE_EINVAL for a NULL element or more than one
 * dimension and COSTSHARE_ERANGE for an empty array; @p what names the
 * argument in the hint ("weights"). */
extern PGCS_INTERNAL size_t pgcs_int8_array(ArrayType *array, const char *what,
                                            const int64 **data);

/* A new one-dimensional int8 array of @p count elements with the lower bound
 * of @p like (so result[i] belongs to input[i]); its data is left for the
 * caller to fill (ARR_DATA_PTR). */
extern PGCS_INTERNAL ArrayType *pgcs_int8_array_like(const ArrayType *like, size_t count);

#endif /* PGCS_H */
