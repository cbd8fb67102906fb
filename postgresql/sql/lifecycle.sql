-- The agreement lifecycle: the view of the library's transition table and
-- costshare_next_state() (docs/domain.md section 5).

SELECT * FROM costshare_transitions;

-- Names are the library's, lower case, without a prefix. A final state
-- (rejected, ended, expired, replaced) takes only the announcement of the
-- decision that led to it, which leaves it as it is.
SELECT bool_and(state ~ '^[a-z_]+$' AND event ~ '^[a-z_]+$' AND next_state ~ '^[a-z_]+$') AS lower_case,
       count(*) FILTER (WHERE state IN ('rejected', 'ended', 'expired', 'replaced')) AS from_final,
       count(*) FILTER (WHERE state IN ('rejected', 'ended', 'expired', 'replaced')
                        AND (event <> 'announce' OR next_state <> state)) AS leaving_final
FROM costshare_transitions;

-- The seeds' stories, step by step (docs/domain.md sections 5 and 7): Täby's
-- board proposes that the council reject the motion, and it is rejected;
-- Ekerö's deadline is extended, then the agreement adopted; Alingsås repeals
-- its decision to leave before sending it; Linköping's termination, decided
-- on condition, its condition met, the notice sent and received, the
-- agreement ended; the 2016 agreement replaced by the 2018 one.
SELECT costshare_next_state(costshare_next_state('proposed', 'propose_decision'), 'reject') AS taby,
       costshare_next_state(costshare_next_state('proposed', 'extend_deadline'), 'adopt') AS ekero,
       costshare_next_state(costshare_next_state('in_force', 'decide_notice'), 'repeal') AS alingsas,
       costshare_next_state(costshare_next_state(costshare_next_state(costshare_next_state(
           costshare_next_state('in_force', 'decide_termination'), 'condition_met'),
           'send_notice'), 'receive_notice'), 'end') AS linkoping,
       costshare_next_state('in_force', 'replace') AS agreement_2016;

-- Linköping's path, state by state.
WITH RECURSIVE path(step, state, event) AS (
    SELECT 0, 'in_force', NULL::text
    UNION ALL
    SELECT p.step + 1, costshare_next_state(p.state, e.event), e.event
    FROM path p
    JOIN (VALUES (1, 'decide_termination'), (2, 'condition_met'), (3, 'send_notice'),
                 (4, 'receive_notice'), (5, 'end')) AS e(step, event) ON e.step = p.step + 1
)
SELECT step, event, state FROM path ORDER BY step;

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
