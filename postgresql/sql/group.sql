-- Agreement records and groups (docs/domain.md sections 5 to 7): records as
-- bytea built by costshare_agreement_apply(), the group functions over
-- bytea[]. The seeds: the thirteen Östergötland agreements of 2018, all
-- ending 2024-09-30 on conditions on each other; Mjölby's 2016 agreement,
-- invoiced for 18 months, replaced by the 2018 one. Dates the seeds do not
-- give (each board's decision, the notices) are assumed, as in the library's
-- tests: the last board to decide is Mjölby's, on 2024-06-24, and every
-- notice is sent 2024-06-28 and received 2024-07-01.

-- A new record, and the fields of one in force.
SELECT length(costshare_agreement_init()) > 0 AS has_bytes,
       costshare_agreement_state_on(costshare_agreement_init(), '2024-01-01') AS state;

SELECT * FROM costshare_agreement_fields(
    costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18',
                              notice_count => 2, notice_unit => 'months'));

-- The 2018 agreement of each party: registered in force on 2018-11-18 (the
-- registry stamp it carries), until further notice, two months' notice.
CREATE TABLE agreement_2018 AS
SELECT code, municipality,
       costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18',
                                 notice_count => 2) AS record
FROM key_2018;

-- The day each board decided in June 2024, in the printed order (assumed);
-- Mjölby decides to give notice without a condition, the others to
-- terminate on condition that the others decide the same.
CREATE TABLE decided (code int PRIMARY KEY, day date NOT NULL);
INSERT INTO decided
SELECT code, make_date(2024, 6, d)
FROM unnest('{11,17,12,11,24,17,10,19,18,17,13,19,20}'::int[]) WITH ORDINALITY AS u(d, code);

-- Ödeshög (13) has not decided yet.
UPDATE agreement_2018 a
SET record = costshare_agreement_apply(record,
                 CASE WHEN municipality = 'Mjölby' THEN 'decide_notice' ELSE 'decide_termination' END,
                 d.day, last_day => '2024-09-30', body => 'board')
FROM decided d WHERE d.code = a.code AND a.code <> 13;

CREATE FUNCTION the_group() RETURNS bytea[] LANGUAGE sql STABLE AS
$$ SELECT array_agg(record ORDER BY code) FROM agreement_2018 $$;

-- Pending while one has not decided (day NULL); the parties are in
-- different states.
SELECT * FROM costshare_group_condition(the_group(), '2024-02-26');
SELECT costshare_group_state_on(the_group(), '2024-06-30') AS state,
       (SELECT array_agg(DISTINCT costshare_agreement_state_on(record, '2024-06-30'))
        FROM agreement_2018) AS states;

UPDATE agreement_2018 a
SET record = costshare_agreement_apply(record, 'decide_termination', d.day,
                                       last_day => '2024-09-30', body => 'board')
FROM decided d WHERE d.code = a.code AND a.code = 13;

-- Met on the day the last (Mjölby) decided; decisions before the day the
-- matter began belong to something else.
SELECT * FROM costshare_group_condition(the_group(), '2024-02-26');
SELECT * FROM costshare_group_condition(the_group(), '2024-06-20');

-- Each pending termination is met on that day; the notices follow.
UPDATE agreement_2018
SET record = costshare_agreement_apply(record, 'condition_met',
                 (SELECT day FROM costshare_group_condition(the_group(), '2024-02-26')))
WHERE costshare_agreement_state_on(record, '2024-06-24') = 'termination_pending';
SELECT costshare_group_state_on(the_group(), '2024-06-24') AS state_2024_06_24;
UPDATE agreement_2018
SET record = costshare_agreement_apply(costshare_agreement_apply(record, 'send_notice', '2024-06-28'),
                                       'receive_notice', '2024-07-01');

-- Every party: last day 2024-09-30, refunds from 2024-10-01.
SELECT municipality, f.state, f.termination_decided, f.condition_met, f.notice_sent,
       f.notice_given, f.last_day, f.refund_start
FROM agreement_2018, costshare_agreement_fields(record) f ORDER BY code;

-- Still met: the decisions stand.
SELECT * FROM costshare_group_condition(the_group(), '2024-02-26');

-- The whole group: under notice on its last day, ended the day after.
SELECT day, costshare_group_state_on(the_group(), day) AS state,
       costshare_group_members_on(the_group(), day) AS members,
       (SELECT count(*) FILTER (WHERE m) FROM unnest(costshare_group_members_on(the_group(), day)) m)
           AS member_count
FROM unnest('{2018-11-17,2018-11-18,2024-07-01,2024-09-30,2024-10-01}'::date[]) AS day;

-- Memberships in the invoice year 2024 as the invoice run reads them: a
-- member since before the year (from_day NULL), through 2024-09-30.
SELECT a.municipality, m.from_day, m.to_day
FROM costshare_group_memberships(the_group(), '2024-01-01', '2024-12-31') m
JOIN agreement_2018 a ON a.code = m.index ORDER BY m.index;

-- In 2019 every party is a member through the year (to_day NULL); in 2025
-- the membership lies before the period and keeps its own last day.
SELECT DISTINCT m.from_day, m.to_day
FROM costshare_group_memberships(the_group(), '2019-01-01', '2019-12-31') m;
SELECT DISTINCT m.from_day, m.to_day
FROM costshare_group_memberships(the_group(), '2025-01-01', '2025-12-31') m;
-- Joined in the period: 2018.
SELECT DISTINCT m.from_day, m.to_day
FROM costshare_group_memberships(the_group(), '2018-01-01', '2018-12-31') m;

-- The subscripts are the array's own.
SELECT costshare_group_members_on(g, '2024-09-30') AS members,
       (SELECT array_agg(index) FROM costshare_group_memberships(g, '2024-01-01', '2024-12-31')) AS indexes
FROM (SELECT array_fill(record, ARRAY[2], ARRAY[0]) AS g FROM agreement_2018 WHERE code = 1) s;

-- The condition fails when one party refuses. Ödeshög's council rejects its
-- board's proposal to terminate (2024-06-26): failed that day.
CREATE TABLE before_13 AS
SELECT code, municipality,
       CASE WHEN code = 13 THEN costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', notice_count => 2)
            ELSE costshare_agreement_apply(costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', notice_count => 2),
                     CASE WHEN municipality = 'Mjölby' THEN 'decide_notice' ELSE 'decide_termination' END,
                     d.day, last_day => '2024-09-30', body => 'board')
       END AS record
FROM key_2018 JOIN decided d USING (code);

SELECT * FROM costshare_group_condition(
    (SELECT array_agg(CASE WHEN code = 13
                          THEN costshare_agreement_apply(
                                   costshare_agreement_apply(record, 'propose_decision', '2024-06-12',
                                                             body => 'board', proposed => 'decide_termination'),
                                   'reject', '2024-06-26', body => 'council')
                          ELSE record END ORDER BY code) FROM before_13),
    '2024-02-26');

-- Or Kinda repeals on 2024-06-27 and Linköping on 2024-06-25: the first
-- refusal counts; one before the matter began does not.
SELECT * FROM costshare_group_condition(
    (SELECT array_agg(CASE code WHEN 3 THEN costshare_agreement_apply(record, 'repeal', '2024-06-27')
                                WHEN 4 THEN costshare_agreement_apply(record, 'repeal', '2024-06-25')
                                ELSE record END ORDER BY code) FROM before_13),
    '2024-02-26');
SELECT * FROM costshare_group_condition(
    (SELECT array_agg(CASE code WHEN 4 THEN costshare_agreement_apply(record, 'repeal', '2024-06-25')
                                ELSE record END ORDER BY code) FROM before_13 WHERE code <= 4),
    '2024-06-28');

-- Mjölby's coverage: the 2016 agreement applies from 2016-09-01 (signed
-- 2016-12-06) to 2018-01-31 and is replaced by the 2018 agreement, in force
-- from 2018-11-18; it was invoiced for 18 months, 2016-09-01 to 2017-08-31
-- and 2017-09-01 to 2018-02-28. 2018-02-01 to 2018-11-17 is a gap between
-- the two (index 1: the earlier record) and February 2018 is invoiced outside
-- every term (index 2: the second period).
CREATE TABLE mjolby AS
SELECT ARRAY[
    costshare_agreement_apply(
        costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2016-12-06',
                                  from_day => '2016-09-01', term_end => '2018-01-31'),
        'replace', '2018-11-18', last_day => '2018-01-31'),
    costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18',
                              notice_count => 2)] AS records;

SELECT c.* FROM mjolby,
    costshare_group_coverage(records, '{2016-09-01,2017-09-01}', '{2017-08-31,2018-02-28}') c;
-- 17 months in force, 18 invoiced: the uncovered month is the 18th.
SELECT costshare_add('2016-09-01', 17, 'months') AS eighteenth_month;
-- Without invoices, the gap alone.
SELECT c.* FROM mjolby, costshare_group_coverage(records) c;
-- Both agreements until further notice overlap with no end (last_day NULL);
-- the invoiced periods keep their own subscripts.
SELECT c.* FROM costshare_group_coverage(
    ARRAY[costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2019-03-01', notice_count => 2),
          costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2020-04-01', notice_count => 2)],
    '[0:0]={2019-01-01}', '[0:0]={2019-12-31}') c;
SELECT * FROM costshare_group_memberships((SELECT records FROM mjolby), '2018-01-01', '2018-12-31');

-- A record of version 1 (the 112 bytes of its version, as an older program
-- stores it; this server is little-endian) works alone, never mixed with
-- version 2 in one group.
CREATE TABLE v1 AS
SELECT overlay(substring(record FROM 1 FOR 112) PLACING '\x01000000'::bytea FROM 1 FOR 4) AS record
FROM agreement_2018 WHERE code = 4;
SELECT length(record) AS bytes, (costshare_agreement_fields(record)).version,
       costshare_agreement_state_on(record, '2024-09-30') AS on_2024_09_30,
       (costshare_agreement_fields(record)).condition_met,
       (costshare_agreement_fields(record)).last_day
FROM v1;
SELECT costshare_group_state_on(ARRAY[record, record], '2024-10-01') FROM v1;
SELECT length(costshare_agreement_apply(record, 'end', '2024-10-01')) AS still_112 FROM v1;

-- NULL: the STRICT functions give NULL; costshare_agreement_apply() gives
-- NULL for a NULL record, event or day and reads a NULL optional argument as
-- its default (no date, 0, 'months', false, 'none').
SELECT costshare_agreement_state_on(NULL, '2024-01-01') IS NULL AS a,
       costshare_agreement_state_on(costshare_agreement_init(), NULL) IS NULL AS b,
       (costshare_agreement_fields(NULL)).state IS NULL AS c,
       costshare_group_state_on(NULL, '2024-01-01') IS NULL AS d,
       costshare_group_members_on(the_group(), NULL) IS NULL AS e,
       (costshare_group_condition(the_group(), NULL)).outcome IS NULL AS f,
       (SELECT count(*) FROM costshare_group_memberships(the_group(), NULL, '2024-12-31')) AS g,
       (SELECT count(*) FROM costshare_group_coverage(the_group(), NULL, '{}')) AS h
FROM (SELECT 1) s;
SELECT costshare_agreement_apply(NULL, 'sign', '2024-01-01') IS NULL AS null_record,
       costshare_agreement_apply(costshare_agreement_init(), NULL, '2024-01-01') IS NULL AS null_event,
       costshare_agreement_apply(costshare_agreement_init(), 'propose', NULL) IS NULL AS null_day,
       costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18',
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
         = costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18')
           AS null_defaults;

-- Every error: the library's refusals and what SQL gets wrong first.
-- r: a 2018 agreement in force, two months' notice; empty: a new record;
-- amended: r with one amendment, its counter then set to INT32_MAX (bytes
-- 93 to 96 of the record, little-endian).
CREATE TABLE fixture AS
SELECT r, costshare_agreement_init() AS empty,
       overlay(costshare_agreement_apply(r, 'amend', '2020-01-01', signed_by_both => true)
               PLACING '\xffffff7f'::bytea FROM 93 FOR 4) AS amended
FROM (SELECT costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18',
                                       notice_count => 2) AS r) s;
SELECT (costshare_agreement_fields(amended)).last_event FROM fixture;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    -- records that are not records
    ($$SELECT costshare_agreement_state_on('\x', '2024-01-01')$$),
    ($$SELECT costshare_agreement_state_on('\x0200', '2024-01-01')$$),
    ($$SELECT costshare_agreement_state_on('\x03000000', '2024-01-01')$$),
    ($$SELECT costshare_agreement_state_on('\x00000000', '2024-01-01')$$),
    ($$SELECT costshare_agreement_state_on(r || '\x00'::bytea, '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_agreement_state_on(substring(r FROM 1 FOR 112), '2024-01-01') FROM fixture$$),
    -- a corrupt record: state 99
    ($$SELECT costshare_agreement_state_on(overlay(r PLACING '\x63000000'::bytea FROM 5 FOR 4), '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_agreement_fields(overlay(r PLACING '\x63000000'::bytea FROM 5 FOR 4)) FROM fixture$$),
    ($$SELECT costshare_agreement_state_on(r, 'infinity') FROM fixture$$),
    -- events the library refuses
    ($$SELECT costshare_agreement_apply(empty, 'end', '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'repeal', '2024-06-01') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'give_notice', '2024-06-01', last_day => '2024-07-15') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'give_notice', '2024-06-01', last_day => '2024-05-31') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'amend', '2024-06-30') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'announce', '2024-06-30') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'renew', '2024-06-30') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'sign', '2018-11-17') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(amended, 'amend', '2020-02-01', signed_by_both => true) FROM fixture$$),
    ($$SELECT costshare_agreement_apply(record, 'end', '2024-09-30') FROM agreement_2018 WHERE code = 1$$),
    ($$SELECT costshare_agreement_apply(record, 'withdraw', '2024-07-02') FROM agreement_2018 WHERE code = 1$$),
    ($$SELECT costshare_agreement_apply(record, 'amend', '2024-10-05', signed_by_both => true) FROM agreement_2018 WHERE code = 1$$),
    ($$SELECT costshare_agreement_apply(record, 'end', '2024-06-01') FROM agreement_2018 WHERE code = 1$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', term_end => '2020-12-31', notice_count => 2), 'give_notice', '2019-01-01', last_day => '2021-06-30')$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', from_day => '2018-12-01')$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', notice_count => 1201)$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', term_end => '2018-01-01')$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18', term_end => '2020-12-31'), 'give_notice', '2019-01-01')$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18'), 'give_notice', '2019-01-01')$$),
    ($$SELECT costshare_agreement_apply(costshare_agreement_apply(costshare_agreement_init(), 'enter_force', '2018-11-18'), 'renew', '2019-01-01')$$),
    ($$SELECT costshare_agreement_apply(empty, 'propose_decision', '2024-01-01') FROM fixture$$),
    -- words SQL gets wrong
    ($$SELECT costshare_agreement_apply(empty, 'proposal', '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'PROPOSE', '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'enter_force', '2024-01-01', notice_unit => 'fortnights') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'enter_force', '2024-01-01', renewal_unit => 'Months') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'propose', '2024-01-01', body => 'king') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(r, 'propose_decision', '2024-01-01', body => 'board', proposed => 'leave') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'propose', 'infinity') FROM fixture$$),
    ($$SELECT costshare_agreement_apply(empty, 'propose', '2024-01-01', deadline => '-infinity') FROM fixture$$),
    -- groups
    ($$SELECT costshare_group_state_on('{}', '2024-01-01')$$),
    ($$SELECT costshare_group_state_on(ARRAY[r, NULL], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_state_on(ARRAY[[r], [r]], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_state_on(ARRAY[r, '\x00'::bytea], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_state_on(ARRAY[r, (SELECT record FROM v1)], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_state_on(ARRAY[r, overlay(r PLACING '\x63000000'::bytea FROM 5 FOR 4)], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_state_on(ARRAY[r], 'infinity') FROM fixture$$),
    ($$SELECT costshare_group_members_on('{}', '2024-01-01')$$),
    ($$SELECT costshare_group_members_on(ARRAY[r], '-infinity') FROM fixture$$),
    ($$SELECT costshare_group_condition('{}', '2024-01-01')$$),
    ($$SELECT costshare_group_condition(ARRAY[r, NULL], '2024-01-01') FROM fixture$$),
    ($$SELECT costshare_group_condition(ARRAY[r], 'infinity') FROM fixture$$),
    ($$SELECT * FROM costshare_group_memberships('{}', '2024-01-01', '2024-12-31')$$),
    ($$SELECT * FROM fixture, costshare_group_memberships(ARRAY[r], '2024-12-31', '2024-01-01')$$),
    ($$SELECT * FROM fixture, costshare_group_memberships(ARRAY[r, empty], '2024-01-01', '2024-12-31')$$),
    ($$SELECT * FROM fixture, costshare_group_memberships(ARRAY[r], '2024-01-01', 'infinity')$$),
    ($$SELECT * FROM costshare_group_coverage('{}')$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[empty])$$),
    ($$SELECT * FROM mjolby, costshare_group_coverage(ARRAY[records[2], records[1]])$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{2024-12-31}', '{2024-01-01}')$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{2024-01-01,2025-01-01}', '{2024-12-31}')$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{2024-01-01}', '{NULL}')$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{{2024-01-01}}', '{{2024-12-31}}')$$),
    ($$SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{infinity}', '{2024-12-31}')$$)
) AS v(q);

-- As psql shows them, with the HINT in SQL terms.
SELECT costshare_agreement_apply(costshare_agreement_init(), 'end', '2024-01-01');
SELECT costshare_agreement_state_on('\x0200', '2024-01-01');
SELECT costshare_group_state_on(ARRAY[r, (SELECT record FROM v1)], '2024-01-01') FROM fixture;
SELECT * FROM fixture, costshare_group_coverage(ARRAY[r], '{2024-01-01,2025-01-01}', '{2024-12-31}');
SELECT costshare_agreement_apply(r, 'propose_decision', '2024-01-01', body => 'board', proposed => 'leave') FROM fixture;
