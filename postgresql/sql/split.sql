-- costshare_split() and costshare_percentages(): the seed cases of docs/domain.md
-- section 1, the tie rule, the mirror image of a credit, int8 extremes,
-- NULLs, empty arrays and every error.

-- 763 945 by the 2017 populations (largest remainder, whole kronor): the
-- thirteen shares docs/domain.md lists.
WITH split AS (
    SELECT costshare_split(763945, array_agg(population ORDER BY code)) AS shares FROM key_2018
)
SELECT k.municipality, s.share
FROM split, unnest(split.shares) WITH ORDINALITY AS s(share, code)
JOIN key_2018 k USING (code)
ORDER BY code;

SELECT costshare_split(763945, array_agg(population ORDER BY code))
       = '{9251,36605,16764,268922,45837,73879,226899,24634,12589,13436,6333,19732,9064}'
       AS as_domain_md
FROM key_2018;

-- 701 520 and 1 052 280 by the 2016 populations: the printed columns except
-- Motala (printed 67 493, exact split 67 492) and Mjölby (printed 62 607,
-- exact split 62 606); 350 760 gives exactly the printed half-year column.
WITH split AS (
    SELECT costshare_split(701520, array_agg(population ORDER BY code)) AS year,
           costshare_split(350760, array_agg(population ORDER BY code)) AS half_year,
           costshare_split(1052280, array_agg(population ORDER BY code)) AS one_and_half_year
    FROM key_2016
)
SELECT k.municipality, 'year' AS column, k.year AS printed, split.year[k.code] AS split
FROM key_2016 k, split WHERE split.year[k.code] <> k.year
UNION ALL
SELECT k.municipality, 'half_year', k.half_year, split.half_year[k.code]
FROM key_2016 k, split WHERE split.half_year[k.code] <> k.half_year
UNION ALL
SELECT k.municipality, 'one_and_half_year', k.one_and_half_year, split.one_and_half_year[k.code]
FROM key_2016 k, split WHERE split.one_and_half_year[k.code] <> k.one_and_half_year
ORDER BY 2, 1;

-- The shares always sum to the total; the printed columns did not.
SELECT t.total, (SELECT sum(s) FROM unnest(costshare_split(t.total, w.weights)) s) AS sum_of_shares
FROM (VALUES (350760), (701520), (1052280)) AS t(total),
     (SELECT array_agg(population ORDER BY code) AS weights FROM key_2016) AS w
ORDER BY 1;
SELECT sum(year) AS printed_year, sum(one_and_half_year) AS printed_one_and_half_year FROM key_2016;

-- The legacy method reproduces the 2016 table: each share rounded half up on
-- its own, the year column summing to 701 521 and the 1.5-year column to
-- 1 052 281.
SELECT costshare_split(701520, array_agg(population ORDER BY code), 1, 0, 'round-each')
       = array_agg(year ORDER BY code) AS year_as_printed,
       costshare_split(1052280, array_agg(population ORDER BY code), 1, 0, 'round-each')
       = array_agg(one_and_half_year ORDER BY code) AS one_and_half_year_as_printed,
       (SELECT sum(s) FROM unnest(costshare_split(701520, array_agg(population ORDER BY code),
                                                  1, 0, 'round-each')) s) AS year_sum
FROM key_2016;

-- The five-argument form with the defaults is the two-argument form.
SELECT costshare_split(763945, array_agg(population ORDER BY code), 1, 0, 'largest-remainder')
       = costshare_split(763945, array_agg(population ORDER BY code)) AS same
FROM key_2018;

-- A rounding unit: 1 050 öre by {1, 1, 1} in whole kronor; the 50 öre below
-- one unit are not split.
SELECT costshare_split(1050, '{1,1,1}', 100, 0, 'largest-remainder');
-- A mixed key: 200 of 1 000 shared equally, the rest 1:3.
SELECT costshare_split(1000, '{1,3}', 1, 200, 'largest-remainder');

-- Ties: equal remainders go to the larger weight, then to the earlier element.
SELECT costshare_split(100, '{1,1,1}') AS earlier_first,
       costshare_split(2, '{1,3}') AS larger_weight_first,
       costshare_split(5, '{1,2,2,1}') AS both;

-- A weight of zero gets zero; a credit is the mirror image of the debit.
SELECT costshare_split(10, '{0,1,0}');
SELECT costshare_split(-763945, array_agg(population ORDER BY code))
       = (SELECT array_agg(-s ORDER BY i)
          FROM unnest(costshare_split(763945, array_agg(population ORDER BY code)))
               WITH ORDINALITY AS u(s, i)) AS mirror_image
FROM key_2018;

-- The result keeps the lower bound of the weights, so shares[i] is the share
-- of weights[i].
SELECT costshare_split(10, '[0:1]={1,4}');

-- int8 extremes: exact 128-bit products, INT64_MIN included.
SELECT costshare_split(9223372036854775807, '{1,1}');
SELECT costshare_split(-9223372036854775808, '{1,1}');
SELECT costshare_split(9223372036854775807, '{4611686018427387903,4611686018427387904}');
SELECT costshare_split(-9223372036854775808, '{9223372036854775807}');
SELECT costshare_split(0, '{1,2,3}');

-- A NULL argument gives NULL (STRICT).
SELECT costshare_split(NULL, '{1,2}') IS NULL AS null_total,
       costshare_split(1, NULL) IS NULL AS null_weights,
       costshare_split(1, '{1}', NULL, 0, 'round-each') IS NULL AS null_unit,
       costshare_split(1, '{1}', 1, 0, NULL) IS NULL AS null_method,
       costshare_percentages(NULL, 2) IS NULL AS null_percent_weights,
       costshare_percentages('{1}', NULL) IS NULL AS null_decimals;

-- Every error: SQLSTATE 22003 for the range and overflow codes, 22023 for
-- the others, the library's message, the code's name as DETAIL.
SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_split(100, '{}')$$),
    ($$SELECT costshare_split(100, '{1,NULL}')$$),
    ($$SELECT costshare_split(100, '{NULL}')$$),
    ($$SELECT costshare_split(100, '{{1,2},{3,4}}')$$),
    ($$SELECT costshare_split(100, '{0,0}')$$),
    ($$SELECT costshare_split(100, '{1,-1}')$$),
    ($$SELECT costshare_split(100, '{9223372036854775807,1}')$$),
    ($$SELECT costshare_split(100, '{}', 1, 0, 'largest-remainder')$$),
    ($$SELECT costshare_split(100, '{1,NULL}', 1, 0, 'largest-remainder')$$),
    ($$SELECT costshare_split(100, '{1,1}', 1, 0, 'hamilton')$$),
    ($$SELECT costshare_split(100, '{1,1}', 1, 0, 'Largest-Remainder')$$),
    ($$SELECT costshare_split(100, '{1,1}', 0, 0, 'largest-remainder')$$),
    ($$SELECT costshare_split(100, '{1,1}', 1, -10, 'largest-remainder')$$),
    ($$SELECT costshare_split(100, '{1,1}', 1, 200, 'largest-remainder')$$),
    ($$SELECT costshare_split(150, '{1,1}', 100, 0, 'round-each')$$),
    ($$SELECT costshare_split(100, '{0,0}', 1, 50, 'largest-remainder')$$),
    ($$SELECT costshare_split(100, '{9223372036854775807,1}', 1, 0, 'round-each')$$)
) AS v(q);

-- The hint lists the accepted methods.
SELECT costshare_split(100, '{1,1}', 1, 0, 'hamilton');

-- costshare_percentages(): 2 decimals by the 2017 populations give the
-- printed column, except Söderköping 3.23 (printed 3.22), and sum to exactly
-- 100.00 % (the printed column sums to 99.99).
WITH p AS (
    SELECT costshare_percentages(array_agg(population ORDER BY code), 2) AS percents FROM key_2018
)
SELECT k.municipality, k.percent AS printed, p.percents[k.code] AS hundredths
FROM key_2018 k, p
WHERE p.percents[k.code] <> k.percent * 100
ORDER BY k.code;
SELECT (SELECT sum(s) FROM unnest(costshare_percentages(array_agg(population ORDER BY code), 2)) s)
       AS sum_hundredths,
       sum(percent) AS printed_sum
FROM key_2018;

SELECT costshare_percentages('{1,1,1}', 0) AS whole,
       costshare_percentages('{1,1,1}', 2) AS hundredths,
       costshare_percentages('{1,1}', 16) AS sixteen_decimals,
       costshare_percentages('{0,5}', 1) AS zero_weight;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_percentages('{}', 2)$$),
    ($$SELECT costshare_percentages('{1,NULL}', 2)$$),
    ($$SELECT costshare_percentages('{1,1}', 17)$$),
    ($$SELECT costshare_percentages('{1,1}', -1)$$),
    ($$SELECT costshare_percentages('{0,0}', 2)$$),
    ($$SELECT costshare_percentages('{-1,2}', 2)$$),
    ($$SELECT costshare_percentages('{9223372036854775807,1}', 2)$$)
) AS v(q);
