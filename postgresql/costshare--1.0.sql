-- costshare 1.0: the libcostshare functions in SQL (docs/postgresql.md).
--
-- Every function is a thin wrapper around one library function. All are
-- IMMUTABLE STRICT PARALLEL SAFE (a NULL argument gives NULL), except two
-- that are not STRICT: the window function costshare_share(), where a NULL
-- total or weight in its partition is an error, and
-- costshare_agreement_apply(), where a NULL optional argument is its default. A refused call raises SQLSTATE 22003
-- (the library's COSTSHARE_ERANGE and COSTSHARE_EOVERFLOW) or 22023 (every
-- other code), with the library's message and the code's name as DETAIL.

\echo Use "CREATE EXTENSION costshare" to load this file. \quit

-- Splits ------------------------------------------------------------------

CREATE FUNCTION costshare_split(total bigint, weights bigint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'pgcs_split'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_split(bigint, bigint[]) IS
'Exact split of total by weights with the largest-remainder method: the shares sum to total; ties go to the larger weight, then the earlier element.';

CREATE FUNCTION costshare_split(total bigint, weights bigint[], unit bigint, fixed bigint, method text)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'pgcs_split_ex'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_split(bigint, bigint[], bigint, bigint, text) IS
'Split of total by weights in whole multiples of unit, with fixed shared equally and the rest by weight; method ''largest-remainder'' or ''round-each'' (the legacy table method).';

CREATE FUNCTION costshare_share(total bigint, weight bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'pgcs_share'
LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION costshare_share(bigint, bigint) IS
'Window function: this row''s share of the largest-remainder split of the partition''s total (the same on every row) by the partition''s weights; ties go to the larger weight, then the earlier row in the window''s order.';

CREATE FUNCTION costshare_percentages(weights bigint[], decimals int)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'pgcs_percentages'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_percentages(bigint[], int) IS
'Percentages of each weight in units of 10^-decimals percent (0 to 16 decimals) that sum to exactly 100 percent.';

CREATE FUNCTION costshare_scale(amount bigint, numerator bigint, denominator bigint, mode text DEFAULT 'half-away')
RETURNS bigint
AS 'MODULE_PATHNAME', 'pgcs_scale'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_scale(bigint, bigint, bigint, text) IS
'Exact amount * numerator / denominator rounded once by mode: ''half-away'' (default), ''half-even'', ''floor'', ''ceiling'' or ''toward-zero''.';

-- Dates and the Swedish calendar -------------------------------------------

CREATE FUNCTION costshare_add(day date, count int, unit text)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_add'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_add(date, int, text) IS
'day plus count units (''days'', ''weeks'', ''months'', ''years'') by Lag (1930:173) 1 §: a month or year ends on the same day number, or on the end month''s last day.';

CREATE FUNCTION costshare_se_is_business_day(day date)
RETURNS boolean
AS 'MODULE_PATHNAME', 'pgcs_se_is_business_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_se_is_business_day(date) IS
'Whether day (from 1990-01-01) is a business day by Lag (1930:173) 2 §: not a Saturday, Sunday, public holiday (Lag 1989:253), Midsummer Eve, Christmas Eve or New Year''s Eve.';

CREATE FUNCTION costshare_se_deadline(day date)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_se_deadline'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_se_deadline(date) IS
'The last day for an action by Lag (1930:173) 2 §: day itself when it is a business day, else the next business day.';

CREATE FUNCTION costshare_se_add_business_days(day date, n int)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_se_add_business_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_se_add_business_days(date, int) IS
'The n-th business day after day (before it for a negative n; day itself for 0).';

CREATE FUNCTION costshare_se_holidays(year int)
RETURNS TABLE(day date, holiday text, name_sv text, name_en text)
AS 'MODULE_PATHNAME', 'pgcs_se_holidays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 17;

COMMENT ON FUNCTION costshare_se_holidays(int) IS
'The named days of a year (1990 to 9999) in date order: the public holidays of Lag (1989:253) (not the ordinary Sundays) and Midsummer Eve, Christmas Eve and New Year''s Eve, with their Swedish and English names.';

-- Notice periods and refunds -------------------------------------------------

CREATE FUNCTION costshare_notice_end(given date, count int, unit text, calendar_periods boolean DEFAULT false)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_notice_end'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_notice_end(date, int, text, boolean) IS
'The last day in force when notice of count units is given on given; with calendar_periods, count whole calendar weeks, months or years after the current one.';

CREATE FUNCTION costshare_notice_latest(last_day date, count int, unit text, calendar_periods boolean DEFAULT false, sunday_rule boolean DEFAULT false)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_notice_latest'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_notice_latest(date, int, text, boolean, boolean) IS
'The latest day notice can be given so that the agreement has ended by last_day (the exact inverse of costshare_notice_end); sunday_rule moves it by Lag (1930:173) 2 §.';

CREATE FUNCTION costshare_refund_start(last_day date)
RETURNS date
AS 'MODULE_PATHNAME', 'pgcs_refund_start'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_refund_start(date) IS
'The first day of the month after the agreement''s last day, from which a refund runs.';

CREATE FUNCTION costshare_prorate(amount bigint, period_first date, period_last date, from_day date, basis text DEFAULT 'months', mode text DEFAULT 'half-away')
RETURNS bigint
AS 'MODULE_PATHNAME', 'pgcs_prorate'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_prorate(bigint, date, date, date, text, text) IS
'The part of amount, invoiced for period_first to period_last, that falls from from_day to the period''s end, by whole calendar ''months'' (default) or ''days'', rounded by mode.';

-- The agreement lifecycle ----------------------------------------------------

CREATE FUNCTION costshare_transition_table(OUT state text, OUT event text, OUT next_state text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pgcs_transition_table'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;

COMMENT ON FUNCTION costshare_transition_table() IS
'Every allowed transition of the library''s lifecycle table (state, event, next state); the rows of the view costshare_transitions.';

CREATE VIEW costshare_transitions AS
    SELECT state, event, next_state FROM costshare_transition_table();

COMMENT ON VIEW costshare_transitions IS
'The agreement lifecycle: each state, an event allowed in it and the state it leads to, from the library''s transition table; a pair not listed is refused.';

GRANT SELECT ON costshare_transitions TO PUBLIC;

CREATE FUNCTION costshare_next_state(state text, event text)
RETURNS text
AS 'MODULE_PATHNAME', 'pgcs_next_state'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_next_state(text, text) IS
'The state an event leads to from a state (names as in costshare_transitions), or NULL when the event is not allowed in that state.';

-- Agreement records ------------------------------------------------------------

-- A record is the library's costshare_agreement struct as bytea (its own
-- version's size, the server's byte order): made by costshare_agreement_init(),
-- changed only by costshare_agreement_apply(), stored as it is.

CREATE FUNCTION costshare_agreement_init()
RETURNS bytea
AS 'MODULE_PATHNAME', 'pgcs_agreement_init'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_agreement_init() IS
'A new agreement record (state empty, nothing recorded) as bytea, for costshare_agreement_apply().';

CREATE FUNCTION costshare_agreement_apply(record bytea, event text, day date,
    deadline date DEFAULT NULL, from_day date DEFAULT NULL, term_end date DEFAULT NULL,
    last_day date DEFAULT NULL, notice_count int DEFAULT 0, notice_unit text DEFAULT 'months',
    calendar_periods boolean DEFAULT false, count_current boolean DEFAULT false,
    sunday_rule boolean DEFAULT false, renewal_count int DEFAULT 0,
    renewal_unit text DEFAULT 'months', signed_by_both boolean DEFAULT false,
    consented boolean DEFAULT false, body text DEFAULT 'none', proposed text DEFAULT NULL)
RETURNS bytea
AS 'MODULE_PATHNAME', 'pgcs_agreement_apply'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION costshare_agreement_apply(bytea, text, date, date, date, date, date, int, text, boolean, boolean, boolean, int, text, boolean, boolean, text, text) IS
'The record after one dated event (names as in costshare_transitions), or an error naming why the library refuses it. Not STRICT: a NULL optional argument is its default (NULL dates are no date); a NULL record, event or day gives NULL.';

CREATE FUNCTION costshare_agreement_state_on(record bytea, day date)
RETURNS text
AS 'MODULE_PATHNAME', 'pgcs_agreement_state_on'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_agreement_state_on(bytea, date) IS
'The state of an agreement record on a day, from its dates (under_notice through the last day, ended from the day after).';

CREATE FUNCTION costshare_agreement_fields(record bytea,
    OUT version int, OUT state text, OUT last_event text, OUT last_event_on date,
    OUT proposed date, OUT response_deadline date, OUT decided date, OUT signed_on date,
    OUT in_force_from date, OUT term_end date, OUT termination_decided date,
    OUT condition_met date, OUT wanted_last_day date, OUT notice_sent date,
    OUT notice_given date, OUT last_day date, OUT refund_start date, OUT withdrawn_on date,
    OUT notice_count int, OUT notice_unit text, OUT renewal_count int)
RETURNS record
AS 'MODULE_PATHNAME', 'pgcs_agreement_fields'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_agreement_fields(bytea) IS
'The fields of an agreement record as one row: version, state, last event, its dates (NULL for none) and its notice period.';

-- Groups of agreements ---------------------------------------------------------

-- A group is a bytea[] of records of one version: the parties of one funder's
-- agreements, or one party's successive agreements in order.

CREATE FUNCTION costshare_group_condition(records bytea[], since date, OUT outcome text, OUT day date)
RETURNS record
AS 'MODULE_PATHNAME', 'pgcs_group_condition'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_group_condition(bytea[], date) IS
'Whether a condition on the whole group, counted from since, is ''met'' (day: the last party''s decision), ''failed'' (day: the first rejection or repeal) or ''pending'' (day NULL).';

CREATE FUNCTION costshare_group_state_on(records bytea[], day date)
RETURNS text
AS 'MODULE_PATHNAME', 'pgcs_group_state_on'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_group_state_on(bytea[], date) IS
'The state every record of the group has on day, or ''mixed'' when they differ.';

CREATE FUNCTION costshare_group_members_on(records bytea[], day date)
RETURNS boolean[]
AS 'MODULE_PATHNAME', 'pgcs_group_members_on'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_group_members_on(bytea[], date) IS
'For each record (same subscripts), whether its party is a member on day: its agreement in force, a party under notice through its last day.';

CREATE FUNCTION costshare_group_memberships(records bytea[], first date, last date)
RETURNS TABLE(index int, from_day date, to_day date)
AS 'MODULE_PATHNAME', 'pgcs_group_memberships'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 13;

COMMENT ON FUNCTION costshare_group_memberships(bytea[], date, date) IS
'Each record''s membership in the period first to last, by subscript: from_day NULL when a member since before the period, to_day NULL when still a member at its end.';

CREATE FUNCTION costshare_group_coverage(records bytea[], invoiced_first date[] DEFAULT '{}', invoiced_last date[] DEFAULT '{}')
RETURNS TABLE(kind text, index int, first_day date, last_day date)
AS 'MODULE_PATHNAME', 'pgcs_group_coverage'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION costshare_group_coverage(bytea[], date[], date[]) IS
'The gaps and overlaps between one party''s successive agreements (index: the earlier record) and the invoiced days outside every term (''uncovered'', index: the period), in that order; last_day NULL for an open end.';

-- Amounts as text --------------------------------------------------------------

CREATE FUNCTION costshare_amount_parse(amount text, decimals int DEFAULT 2, notation text DEFAULT 'sv')
RETURNS bigint
AS 'MODULE_PATHNAME', 'pgcs_amount_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_amount_parse(text, int, text) IS
'The amount written in text, exactly, in units of 10^-decimals (''1 052 280,50 kr'' is 105228050); notation ''sv'' (default, also ''sv-kr'') or ''plain''; more decimals than asked for are an error, never rounded.';

CREATE FUNCTION costshare_amount_format(amount bigint, decimals int DEFAULT 2, notation text DEFAULT 'sv')
RETURNS text
AS 'MODULE_PATHNAME', 'pgcs_amount_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION costshare_amount_format(bigint, int, text) IS
'amount, in units of 10^-decimals, as text: ''sv'' (default) 1 052 280,50, ''sv-kr'' 1 052 280,50 kr, ''plain'' 1052280.50; parses back to the same value.';

-- The yearly invoice run -------------------------------------------------------

-- Memberships are date[] with one element per weight, NULL for an open end
-- (a member since before the period; still a member), as
-- costshare_group_memberships() returns them.

CREATE FUNCTION costshare_invoice(first date, last date, cost bigint, weights bigint[],
                                  from_days date[], to_days date[],
                                  rule text DEFAULT 'redistribute', basis text DEFAULT 'months')
RETURNS TABLE(index int, amount bigint)
AS 'MODULE_PATHNAME', 'pgcs_invoice'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 13;

COMMENT ON FUNCTION costshare_invoice(date, date, bigint, bigint[], date[], date[], text, text) IS
'What each party (index: the subscript of its weight) owes of cost for the period first to last, its membership from_days to to_days (NULL: open end); rule ''redistribute'' (default: the members present carry a segment''s cost) or ''fixed-shares'' (each keeps its share of the whole period, the absent parties'' shares are the residual); the period split over its segments by whole ''months'' (default) or ''days''.';

CREATE FUNCTION costshare_invoice_segments(first date, last date, cost bigint, weights bigint[],
                                           from_days date[], to_days date[],
                                           rule text DEFAULT 'redistribute', basis text DEFAULT 'months')
RETURNS TABLE(first_day date, last_day date, days int, months int, members int, cost bigint, residual bigint)
AS 'MODULE_PATHNAME', 'pgcs_invoice_segments'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;

COMMENT ON FUNCTION costshare_invoice_segments(date, date, bigint, bigint[], date[], date[], text, text) IS
'The segments of the invoice run of costshare_invoice() with the same arguments, in date order: the days in which the set of members does not change, their length (months NULL when not whole calendar months), the members throughout, the segment''s part of cost and the residual no party pays.';
