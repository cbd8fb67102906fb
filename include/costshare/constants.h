/**
 * @file costshare/constants.h
 * @brief Every public constant by name, and the size of every public struct,
 *        for callers that cannot read C macros.
 *
 * FFI callers (Python's ctypes, LuaJIT's ffi, Node's koffi, ...) see the
 * library's functions but not its `#define`s. These functions give them every
 * numeric `COSTSHARE_*` constant of the public headers (error codes, units,
 * flags, rounding modes, methods, holiday, state and event numbers, struct
 * versions, limits) with exactly the value the headers define, so a binding
 * never has to copy a number by hand:
 *
 * @code
 * int64_t months;
 * if (costshare_constant("COSTSHARE_MONTHS", &months) == COSTSHARE_OK) {
 *     // months == COSTSHARE_MONTHS == 2
 * }
 * @endcode
 *
 * Struct initializer macros (`*_INIT`), the version string and the header
 * guards are not numbers and are not listed. The test suite checks that the
 * table and the headers agree, name for name and value for value.
 */
#ifndef COSTSHARE_CONSTANTS_H
#define COSTSHARE_CONSTANTS_H

#include <stdint.h>

#include "error.h"
#include "export.h"

COSTSHARE_BEGIN_DECLS

/**
 * @brief The value of a public constant given its exact name.
 * @param name  NUL-terminated name as written in the headers, for example
 *              "COSTSHARE_MONTHS" (case-sensitive).
 * @param value Receives the value on success.
 * @return #COSTSHARE_OK; #COSTSHARE_EINVAL if @p name or @p value is NULL or
 *         no public constant has that name (@p value is then untouched).
 */
COSTSHARE_API int costshare_constant(const char *name, int64_t *value);

/**
 * @brief How many constants costshare_constant_at() can enumerate.
 * @return The number of constants (it grows in later versions); the call
 *         cannot fail.
 */
COSTSHARE_API int32_t costshare_constant_count(void);

/**
 * @brief The constant at a position of the table, in ascending name order.
 *
 * Enumerates every constant, for example to build a binding's constant
 * namespace at load time. Positions are not stable across versions: look
 * constants up by name to keep them.
 * @param index 0 to costshare_constant_count() - 1.
 * @param name  Receives a static NUL-terminated name; never freed. May be NULL
 *              when only the value is wanted.
 * @param value Receives the value. May be NULL when only the name is wanted.
 * @return #COSTSHARE_OK; #COSTSHARE_ERANGE if @p index is out of range
 *         (nothing is written).
 */
COSTSHARE_API int costshare_constant_at(int32_t index, const char **name, int64_t *value);

/**
 * @brief The size in bytes of a public struct, as this library lays it out.
 *
 * A binding that mirrors a struct (Python's ctypes, LuaJIT's ffi, a Java or
 * C# declaration) asks for the size of the version it was written for and
 * refuses to run when its own layout has a different size, instead of
 * trusting a hand copy:
 *
 * @code
 * int64_t size;
 * if (costshare_struct_size("costshare_agreement", COSTSHARE_AGREEMENT_VERSION,
 *                           &size) == COSTSHARE_OK) {
 *     // size == sizeof(costshare_agreement)
 * }
 * @endcode
 *
 * The structs are costshare_split_options, costshare_term,
 * costshare_refund_terms, costshare_agreement, costshare_event and
 * costshare_group_finding, each for every version from 1 to the one this
 * library was built with (a later version appends members, so its size is
 * never smaller; a struct without a version member has version 1).
 *
 * @param name    The struct's type name as written in the headers, for
 *                example "costshare_agreement" (case-sensitive).
 * @param version A version of that struct, 1 to its `..._VERSION` constant.
 * @param size    Receives the size in bytes.
 * @return #COSTSHARE_OK;
 *         #COSTSHARE_EINVAL if @p name or @p size is NULL, or no public struct
 *         has that name;
 *         #COSTSHARE_ERANGE if @p version is 0 or later than the library's
 *         version of the struct. On any error @p size is untouched.
 */
COSTSHARE_API int costshare_struct_size(const char *name, uint32_t version, int64_t *size);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_CONSTANTS_H */
