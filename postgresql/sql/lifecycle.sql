-- The agreement lifecycle: the view of the library's transition table and
-- costshare_next_state() (docs/domain.md section 5).

SELECT * FROM costshare_transitions;

-- Names are the library's, lower case, without a prefix; final states allow
-- nothing.
SELECT bool_and(state ~ '^[a-z_]+$' AND event ~ '^[a-z_]+$' AND next_state ~ '^[a-z_]+$') AS lower_case,
       count(*) FILTER (WHERE state IN ('rejected', 'ended', 'expired', 'replaced')) AS from_final
FROM costshare_transitions;

-- The seeds' stories, step by step: Täby's motion rejected; Ekerö's deadline
-- extended, then adopted; Alingsås withdrawing its decision to leave;
-- Linköping's conditional termination, its condition met, the agreement ended.
SELECT costshare_next_state('proposed', 'reject') AS taby,
       costshare_next_state(costshare_next_state('proposed', 'extend_deadline'), 'adopt') AS ekero,
       costshare_next_state(costshare_next_state('in_force', 'give_notice'), 'withdraw') AS alingsas,
       costshare_next_state(costshare_next_state(costshare_next_state(
           'in_force', 'decide_termination'), 'condition_met'), 'end') AS linkoping,
       costshare_next_state('in_force', 'replace') AS agreement_2016;

-- NULL when the event is not allowed in the state.
SELECT costshare_next_state('ended', 'give_notice') IS NULL AS ended_give_notice,
       costshare_next_state('empty', 'end') IS NULL AS empty_end,
       costshare_next_state('under_notice', 'give_notice') IS NULL AS notice_twice;

-- The function and the view agree on every state and event pair.
WITH states AS (SELECT DISTINCT state AS s FROM costshare_transitions
                UNION SELECT next_state FROM costshare_transitions),
     events AS (SELECT DISTINCT event AS e FROM costshare_transitions)
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE costshare_next_state(s, e) IS NOT NULL) AS allowed,
       bool_and(costshare_next_state(s, e) IS NOT DISTINCT FROM
                (SELECT next_state FROM costshare_transitions t WHERE t.state = s AND t.event = e))
           AS agree
FROM states, events;

SELECT costshare_next_state(NULL, 'end') IS NULL AS null_state,
       costshare_next_state('in_force', NULL) IS NULL AS null_event;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_next_state('IN_FORCE', 'give_notice')$$),
    ($$SELECT costshare_next_state('COSTSHARE_AGREEMENT_IN_FORCE', 'give_notice')$$),
    ($$SELECT costshare_next_state('in force', 'give_notice')$$),
    ($$SELECT costshare_next_state('in_force', 'notice')$$),
    ($$SELECT costshare_next_state('in_force', '')$$)
) AS v(q);

SELECT costshare_next_state('in_force', 'notice');
