/**
 * @file costshare/error.h
 * @brief Return codes shared by every function of libcostshare.
 *
 * Every function that can fail returns an `int`: #COSTSHARE_OK (zero) on
 * success or one of the negative codes below. The code is the whole answer:
 * the library keeps no thread-local or global error state. A call that
 * returns an error has written nothing to any of its outputs.
 *
 * The numeric values are part of the stable ABI and never change meaning.
 */
#ifndef COSTSHARE_ERROR_H
#define COSTSHARE_ERROR_H

#include "export.h"

/** Success. */
#define COSTSHARE_OK 0
/** Invalid argument: a NULL pointer, an unknown constant (unit, flag, mode,
 *  method, event, state), or an options/record struct with an unknown version. */
#define COSTSHARE_EINVAL (-1)
/** A number is outside its documented range (a date outside 0001-01-01 to
 *  9999-12-31, given or computed, an impossible calendar date, a count out
 *  of bounds). Dates in the wrong order are #COSTSHARE_EBACKWARDS, not this. */
#define COSTSHARE_ERANGE (-2)
/** The exact result does not fit the output type (or an input sum such as the
 *  sum of the weights does not fit in int64_t). */
#define COSTSHARE_EOVERFLOW (-3)
/** A split has no positive weight to share by (all weights zero). */
#define COSTSHARE_ENOWEIGHT (-4)
/** A caller's buffer is too small for the output. */
#define COSTSHARE_ESIZE (-5)
/** Text does not have the required format (for example a date that is not
 *  exactly `YYYY-MM-DD`). */
#define COSTSHARE_EPARSE (-6)
/** The event is not allowed in the agreement's current state. */
#define COSTSHARE_ENOTALLOWED (-20)
/** The event's date is earlier than the date of the record's last event. */
#define COSTSHARE_EDATEORDER (-21)
/** The event requires a condition that does not hold. */
#define COSTSHARE_ECONDITION (-22)
/** Dates in the wrong order: a date is before the date it must follow (a
 *  period or range whose last day is before its first, a day before a
 *  term's start, a term that ends before it starts, a wanted last day before
 *  the day notice is given). */
#define COSTSHARE_EBACKWARDS (-23)
/** The response deadline has passed. Not returned by any function of this
 *  version: a decision taken after a response deadline is valid and is
 *  recorded with #COSTSHARE_MARK_LATE (agreement.h). The number stays
 *  reserved for this meaning. */
#define COSTSHARE_EDEADLINE (-24)
/** The notice period does not allow the wanted last day (notice given too late). */
#define COSTSHARE_ENOTICE (-25)
/** The day the event depends on has not come yet (an end dated on or before
 *  the last day, an expiry on or before the term end, entry into force in
 *  the future). */
#define COSTSHARE_ENOTYET (-26)
/** Too late: no term is in force any more. A term that is not renewed has
 *  run out, or the notice has taken effect, so what was asked (the term in
 *  force, an event that would change the agreement) no longer exists. */
#define COSTSHARE_ETOOLATE (-27)
/** The agreement has no fixed term (it runs until further notice). */
#define COSTSHARE_ENOTERM (-28)
/** The date is after the end of the agreement's fixed term (a wanted last
 *  day or a replaced agreement's last day the term does not reach). */
#define COSTSHARE_EAFTERTERM (-29)
/** The agreement has no termination clause: a fixed term that names no
 *  notice period cannot be ended before its term ends. */
#define COSTSHARE_ENOCLAUSE (-30)
/** The agreement states no notice period and runs until further notice: the
 *  event must give the period (what is reasonable is a judgement the caller
 *  makes, never a default). */
#define COSTSHARE_ENOPERIOD (-31)
/** A notice that has reached the other party can be withdrawn only with that
 *  party's consent: a unilateral revocation counts only if it reaches the
 *  other party before or together with the notice (avtalslagen 7 §, applied
 *  by analogy). */
#define COSTSHARE_ECONSENT (-32)

COSTSHARE_BEGIN_DECLS

/**
 * @brief A short English description of a return code.
 * @param code Any integer; #COSTSHARE_OK and every negative code above have
 *        their own text, anything else gives "unknown error code".
 * @return A static string; never NULL.
 */
COSTSHARE_API const char *costshare_error_message(int code);

/**
 * @brief The symbolic name of a return code, such as "COSTSHARE_EINVAL".
 *
 * For callers through FFI that cannot read the macros.
 * @param code Any integer.
 * @return A static string; never NULL ("COSTSHARE_UNKNOWN" for an unknown code).
 */
COSTSHARE_API const char *costshare_error_name(int code);

COSTSHARE_END_DECLS

#endif /* COSTSHARE_ERROR_H */
