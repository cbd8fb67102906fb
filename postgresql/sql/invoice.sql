-- The yearly invoice run (docs/domain.md section 6): costshare_invoice() and
-- costshare_invoice_segments() over the key of 2018 (the 2017 populations),
-- memberships as date[] with NULL for an open end.

-- 2024: the year's cost 763 945; all thirteen members from before the year
-- until 2024-09-30. Nine months cost 572 959, October to December 190 986,
-- carried by no one (the residual).
CREATE FUNCTION key_weights() RETURNS bigint[] LANGUAGE sql STABLE AS
$$SELECT array_agg(population ORDER BY code) FROM key_2018$$;

SELECT * FROM costshare_invoice_segments('2024-01-01', '2024-12-31', 763945, key_weights(),
                                         array_fill(NULL::date, ARRAY[13]),
                                         array_fill('2024-09-30'::date, ARRAY[13]));

-- Each party's amount: Linköping 201 692, Ydre 4 750; the thirteen add up to
-- the nine months' 572 959.
SELECT k.municipality, i.amount
FROM costshare_invoice('2024-01-01', '2024-12-31', 763945, key_weights(),
                       array_fill(NULL::date, ARRAY[13]),
                       array_fill('2024-09-30'::date, ARRAY[13])) i
JOIN key_2018 k ON k.code = i.index ORDER BY i.index;
SELECT sum(amount) AS nine_months
FROM costshare_invoice('2024-01-01', '2024-12-31', 763945, key_weights(),
                       array_fill(NULL::date, ARRAY[13]),
                       array_fill('2024-09-30'::date, ARRAY[13]));

-- The same memberships as the group functions give them (group.sql's
-- agreements of 2018, ending 2024-09-30).
SELECT i.index, i.amount
FROM (SELECT array_agg(from_day ORDER BY index) AS f, array_agg(to_day ORDER BY index) AS t
      FROM costshare_group_memberships(the_group(), '2024-01-01', '2024-12-31')) m,
     costshare_invoice('2024-01-01', '2024-12-31', 763945, key_weights(), m.f, m.t) i
WHERE i.index IN (4, 11) ORDER BY i.index;

-- A year without anyone leaving: one segment, each party's costshare_split()
-- share, under both rules.
SELECT * FROM costshare_invoice_segments('2019-01-01', '2019-12-31', 763945, key_weights(),
                                         array_fill(NULL::date, ARRAY[13]),
                                         array_fill(NULL::date, ARRAY[13]));
SELECT bool_and(i.amount = s.amount) AS as_split, bool_and(i.amount = f.amount) AS rules_agree
FROM costshare_invoice('2019-01-01', '2019-12-31', 763945, key_weights(),
                       array_fill(NULL::date, ARRAY[13]), array_fill(NULL::date, ARRAY[13])) i
JOIN unnest(costshare_split(763945, key_weights())) WITH ORDINALITY AS s(amount, n) ON s.n = i.index
JOIN costshare_invoice('2019-01-01', '2019-12-31', 763945, key_weights(),
                       array_fill(NULL::date, ARRAY[13]), array_fill(NULL::date, ARRAY[13]),
                       'fixed-shares') f ON f.index = i.index;

-- One of three leaves at the end of June, another joins on 1 April: under
-- 'redistribute' the members present carry each segment, under
-- 'fixed-shares' the absent parties' shares are the residual. The
-- subscripts are the weights' own.
SELECT * FROM costshare_invoice_segments('2024-01-01', '2024-12-31', 1200, '[0:2]={1,1,2}',
                                         '{NULL,NULL,2024-04-01}', '{NULL,2024-06-30,NULL}');
SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 1200, '[0:2]={1,1,2}',
                                '{NULL,NULL,2024-04-01}', '{NULL,2024-06-30,NULL}');
SELECT * FROM costshare_invoice_segments('2024-01-01', '2024-12-31', 1200, '[0:2]={1,1,2}',
                                         '{NULL,NULL,2024-04-01}', '{NULL,2024-06-30,NULL}',
                                         rule => 'fixed-shares');
SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 1200, '[0:2]={1,1,2}',
                                '{NULL,NULL,2024-04-01}', '{NULL,2024-06-30,NULL}',
                                rule => 'fixed-shares');

-- By days: a period that is not whole months, a leaver on 2024-03-15.
SELECT * FROM costshare_invoice_segments('2024-01-10', '2024-03-31', 8100, '{1,1}',
                                         '{NULL,NULL}', '{NULL,2024-03-15}', basis => 'days');
SELECT * FROM costshare_invoice('2024-01-10', '2024-03-31', 8100, '{1,1}',
                                '{NULL,NULL}', '{NULL,2024-03-15}', basis => 'days');

-- Errors: SQLSTATE 22003 for a number or date out of range, 22023 for every
-- other refusal, with the library's code as DETAIL.
SELECT sqlerr(q) FROM (VALUES
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{}', '{}', '{}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,-1}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,NULL}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{{1},{1}}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{{NULL},{NULL}}')$$),
    ($$SELECT * FROM costshare_invoice('2024-12-31', '2024-01-01', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,2024-06-01}', '{NULL,2024-05-31}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,infinity}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', 'infinity', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{9223372036854775807,1}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-10', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{NULL,2024-06-15}')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}', rule => 'fixed')$$),
    ($$SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}', basis => 'weeks')$$),
    ($$SELECT * FROM costshare_invoice_segments('2024-12-31', '2024-01-01', 100, '{1}', '{NULL}', '{NULL}')$$),
    ($$SELECT * FROM costshare_invoice_segments('2024-01-01', '2024-12-31', 100, '{1}', '{}', '{NULL}')$$)
) AS v(q);

-- As psql shows them, with the HINT in SQL terms.
SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL}', '{NULL,NULL}');
SELECT * FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1,1}', '{NULL,NULL}', '{NULL,NULL}', rule => 'fixed');

-- NULL: both functions are STRICT, a NULL argument gives no rows (NULL
-- elements of the date arrays are open ends, not NULL arguments).
SELECT (SELECT count(*) FROM costshare_invoice(NULL, '2024-12-31', 100, '{1}', '{NULL}', '{NULL}')) AS a,
       (SELECT count(*) FROM costshare_invoice('2024-01-01', '2024-12-31', NULL, '{1}', '{NULL}', '{NULL}')) AS b,
       (SELECT count(*) FROM costshare_invoice('2024-01-01', '2024-12-31', 100, NULL, '{NULL}', '{NULL}')) AS c,
       (SELECT count(*) FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1}', NULL, '{NULL}')) AS d,
       (SELECT count(*) FROM costshare_invoice('2024-01-01', '2024-12-31', 100, '{1}', '{NULL}', '{NULL}', NULL)) AS e,
       (SELECT count(*) FROM costshare_invoice_segments('2024-01-01', '2024-12-31', 100, '{1}', '{NULL}', '{NULL}', basis => NULL)) AS f;
