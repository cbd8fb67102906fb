/*
 * The agreement lifecycle: the library's transition table as rows, and one
 * lookup in it.
 *
 * States and events are named as the library names them
 * (costshare_agreement_state_name(): "COSTSHARE_AGREEMENT_IN_FORCE",
 * costshare_agreement_event_name(): "COSTSHARE_EVENT_GIVE_NOTICE"), without
 * the prefix and in lower case: 'in_force', 'give_notice'.
 */
#include "pgcs.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(pgcs_transition_table);
PG_FUNCTION_INFO_V1(pgcs_next_state);

void pgcs_state_name(int32_t state, char *out, size_t capacity) {
    pgcs_sql_name(costshare_agreement_state_name(state), "COSTSHARE_AGREEMENT_", '_', out,
                  capacity);
}

void pgcs_event_name(int32_t event, char *out, size_t capacity) {
    pgcs_sql_name(costshare_agreement_event_name(event), "COSTSHARE_EVENT_", '_', out,
                  capacity);
}

/*
 * costshare_transition_table() RETURNS TABLE(state text, event text,
 *                                            next_state text)
 *
 * Every allowed transition, state by state and event by event in the
 * library's numbering; a pair that is not listed is refused. The view
 * costshare_transitions selects from it.
 */
Datum pgcs_transition_table(PG_FUNCTION_ARGS) {
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    int32_t s, e;

    InitMaterializedSRF(fcinfo, 0);
    for (s = 0; s < COSTSHARE_AGREEMENT_STATE_COUNT; s++) {
        for (e = 0; e < COSTSHARE_EVENT_COUNT; e++) {
            int32_t next;
            int rc = costshare_agreement_transition(s, e, &next);
            char names[3][PGCS_NAME_MAX];
            Datum values[3];
            bool nulls[3] = {false, false, false};

            if (rc == COSTSHARE_ENOTALLOWED) {
                continue;
            }
            pgcs_check(rc);
            pgcs_state_name(s, names[0], PGCS_NAME_MAX);
            pgcs_event_name(e, names[1], PGCS_NAME_MAX);
            pgcs_state_name(next, names[2], PGCS_NAME_MAX);
            values[0] = CStringGetTextDatum(names[0]);
            values[1] = CStringGetTextDatum(names[1]);
            values[2] = CStringGetTextDatum(names[2]);
            tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
        }
    }
    return (Datum)0;
}

/* costshare_next_state(state text, event text) RETURNS text: NULL when the
 * event is not allowed in the state. */
Datum pgcs_next_state(PG_FUNCTION_ARGS) {
    int32_t state = pgcs_lookup(PG_GETARG_TEXT_PP(0), COSTSHARE_AGREEMENT_STATE_COUNT,
                                pgcs_state_name, "state");
    int32_t event =
        pgcs_lookup(PG_GETARG_TEXT_PP(1), COSTSHARE_EVENT_COUNT, pgcs_event_name, "event");
    int32_t next;
    char name[PGCS_NAME_MAX];
    int rc = costshare_agreement_transition(state, event, &next);

    if (rc == COSTSHARE_ENOTALLOWED) {
        PG_RETURN_NULL();
    }
    pgcs_check(rc);
    pgcs_state_name(next, name, sizeof name);
    PG_RETURN_TEXT_P(cstring_to_text(name));
}
