#include "costshare/error.h"

#include <stddef.h>

struct error_entry {
    int code;
    const char *name;
    const char *text;
};

/* One row per code; the table is the only place codes get their words. */
static const struct error_entry errors[] = {
    {COSTSHARE_OK, "COSTSHARE_OK", "success"},
    {COSTSHARE_EINVAL, "COSTSHARE_EINVAL",
     "invalid argument (NULL pointer, unknown constant or struct version)"},
    {COSTSHARE_ERANGE, "COSTSHARE_ERANGE", "value out of range"},
    {COSTSHARE_EOVERFLOW, "COSTSHARE_EOVERFLOW",
     "arithmetic overflow: the exact result does not fit"},
    {COSTSHARE_ENOWEIGHT, "COSTSHARE_ENOWEIGHT", "no positive weight to split by"},
    {COSTSHARE_ESIZE, "COSTSHARE_ESIZE", "buffer too small"},
    {COSTSHARE_EPARSE, "COSTSHARE_EPARSE", "malformed text"},
    {COSTSHARE_ENOTALLOWED, "COSTSHARE_ENOTALLOWED",
     "event not allowed in the agreement's current state"},
    {COSTSHARE_EDATEORDER, "COSTSHARE_EDATEORDER",
     "event dated before the record's last event"},
    {COSTSHARE_ECONDITION, "COSTSHARE_ECONDITION", "the condition for this event is not met"},
    {COSTSHARE_EBACKWARDS, "COSTSHARE_EBACKWARDS",
     "dates in the wrong order (a date before the one it must follow)"},
    {COSTSHARE_EDEADLINE, "COSTSHARE_EDEADLINE", "the response deadline has passed"},
    {COSTSHARE_ENOTICE, "COSTSHARE_ENOTICE",
     "the notice period does not allow the wanted last day"},
    {COSTSHARE_ENOTYET, "COSTSHARE_ENOTYET", "the day the event depends on has not come"},
    {COSTSHARE_ETOOLATE, "COSTSHARE_ETOOLATE",
     "too late: no term is in force any more (the term or the notice has run out)"},
    {COSTSHARE_ENOTERM, "COSTSHARE_ENOTERM",
     "the agreement has no fixed term (it runs until further notice)"},
    {COSTSHARE_EAFTERTERM, "COSTSHARE_EAFTERTERM",
     "the date is after the end of the agreement's fixed term"},
    {COSTSHARE_ENOCLAUSE, "COSTSHARE_ENOCLAUSE",
     "no termination clause: a fixed term without a notice period cannot be ended early"},
    {COSTSHARE_ENOPERIOD, "COSTSHARE_ENOPERIOD",
     "the agreement states no notice period: give one (a reasonable period is a judgement)"},
    {COSTSHARE_ECONSENT, "COSTSHARE_ECONSENT",
     "a notice that has reached the other party can be withdrawn only with its consent"},
};

static const struct error_entry *find(int code) {
    size_t i;
    for (i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        if (errors[i].code == code) {
            return &errors[i];
        }
    }
    return NULL;
}

const char *costshare_error_message(int code) {
    const struct error_entry *e = find(code);
    return e != NULL ? e->text : "unknown error code";
}

const char *costshare_error_name(int code) {
    const struct error_entry *e = find(code);
    return e != NULL ? e->name : "COSTSHARE_UNKNOWN";
}
