/* Drivers for group.h: every argument over its whole domain. The records
 * are an array of GROUP_MAX_RECORDS current structs with every byte
 * (version and every field of each) any value, of which any count (0 to
 * GROUP_MAX_RECORDS) is passed; read at a version-1 stride they hold the
 * same number of smaller records. Three records reach every branch: two
 * that differ (state_on's mixed state) and a pair after a pair (coverage's
 * gaps and overlaps between consecutive terms). The invoiced periods are
 * arrays of GROUP_MAX_PERIODS days of any value, of which any count is
 * passed; the findings buffer holds the most findings three records and
 * two periods can give (count - 1 + periods * (count + 1) = 10), and any
 * capacity up to it is passed. */
#include "costshare/group.h"

#include "prove.h"

#define GROUP_MAX_RECORDS 3
#define GROUP_MAX_PERIODS 2
#define GROUP_MAX_FINDINGS (GROUP_MAX_RECORDS - 1 + GROUP_MAX_PERIODS * (GROUP_MAX_RECORDS + 1))

static size_t any_count(size_t max) {
    return Frama_C_size_t_interval(0, max);
}

void drive_costshare_group_condition(void) {
    costshare_agreement records[GROUP_MAX_RECORDS];
    int32_t outcome;
    costshare_date day;
    ANY_BYTES(records);
    costshare_group_condition(NULL_OR(&records[0]), any_count(GROUP_MAX_RECORDS), any_i32(),
                              NULL_OR(&outcome), NULL_OR(&day));
}

void drive_costshare_group_state_on(void) {
    costshare_agreement records[GROUP_MAX_RECORDS];
    int32_t state;
    ANY_BYTES(records);
    costshare_group_state_on(NULL_OR(&records[0]), any_count(GROUP_MAX_RECORDS), any_i32(),
                             NULL_OR(&state));
}

void drive_costshare_group_members_on(void) {
    costshare_agreement records[GROUP_MAX_RECORDS];
    int32_t is_member[GROUP_MAX_RECORDS];
    size_t members;
    ANY_BYTES(records);
    costshare_group_members_on(NULL_OR(&records[0]), any_count(GROUP_MAX_RECORDS), any_i32(),
                               NULL_OR(&is_member[0]), NULL_OR(&members));
}

void drive_costshare_group_memberships(void) {
    costshare_agreement records[GROUP_MAX_RECORDS];
    costshare_date from[GROUP_MAX_RECORDS], to[GROUP_MAX_RECORDS];
    ANY_BYTES(records);
    costshare_group_memberships(NULL_OR(&records[0]), any_count(GROUP_MAX_RECORDS), any_i32(),
                                any_i32(), NULL_OR(&from[0]), NULL_OR(&to[0]));
}

void drive_costshare_group_coverage(void) {
    costshare_agreement records[GROUP_MAX_RECORDS];
    costshare_date first[GROUP_MAX_PERIODS], last[GROUP_MAX_PERIODS];
    costshare_group_finding findings[GROUP_MAX_FINDINGS];
    size_t finding_count;
    ANY_BYTES(records);
    ANY_BYTES(first);
    ANY_BYTES(last);
    costshare_group_coverage(NULL_OR(&records[0]), any_count(GROUP_MAX_RECORDS),
                             NULL_OR(&first[0]), NULL_OR(&last[0]),
                             any_count(GROUP_MAX_PERIODS), NULL_OR(&findings[0]),
                             any_count(GROUP_MAX_FINDINGS), NULL_OR(&finding_count));
}

void drive_costshare_group_outcome_name(void) {
    costshare_group_outcome_name(any_i32());
}

void drive_costshare_group_finding_name(void) {
    costshare_group_finding_name(any_i32());
}

void drive_group(void) {
    drive_costshare_group_condition();
    drive_costshare_group_state_on();
    drive_costshare_group_members_on();
    drive_costshare_group_memberships();
    drive_costshare_group_coverage();
    drive_costshare_group_outcome_name();
    drive_costshare_group_finding_name();
}
