-- The window function costshare_share(total, weight) OVER (...): each row's
-- share of the largest-remainder split of its partition's total, over
-- several partitions at once.

-- Two agreements in one table: the 2018 cost by the 2017 populations and the
-- 2016 year's cost by the 2016 populations.
CREATE TABLE cost_row (agreement text, code int, municipality text, cost bigint, population bigint);
INSERT INTO cost_row
    SELECT '2018', code, municipality, 763945, population FROM key_2018
    UNION ALL
    SELECT '2016', code, municipality, 701520, population FROM key_2016;

-- Every share as docs/domain.md gives it: for 2018 the thirteen shares of section
-- 1; for 2016 the printed year column (shown beside it), except Motala 67 492.
SELECT r.agreement, r.municipality,
       costshare_share(r.cost, r.population) OVER (PARTITION BY r.agreement ORDER BY r.code) AS share,
       k.year AS printed_2016
FROM cost_row r LEFT JOIN key_2016 k ON r.agreement = '2016' AND k.code = r.code
ORDER BY r.agreement DESC, r.code;

-- Each partition sums to its total, and each row's share is the element of
-- the array split of its partition.
SELECT agreement, sum(share) AS total, bool_and(share = by_array) AS as_array_split
FROM (
    SELECT agreement,
           costshare_share(cost, population) OVER w AS share,
           (costshare_split(cost, array_agg(population) OVER (PARTITION BY agreement ORDER BY code
                                                               ROWS BETWEEN UNBOUNDED PRECEDING
                                                               AND UNBOUNDED FOLLOWING)))
               [row_number() OVER w] AS by_array
    FROM cost_row
    WINDOW w AS (PARTITION BY agreement ORDER BY code)
) s
GROUP BY agreement ORDER BY agreement;

-- The frame plays no part: the share is of the whole partition.
SELECT bool_and(a = b) AS frame_ignored
FROM (
    SELECT costshare_share(cost, population) OVER (PARTITION BY agreement ORDER BY code) AS a,
           costshare_share(cost, population) OVER (PARTITION BY agreement ORDER BY code
                                                   ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS b
    FROM cost_row
) s;

-- Ties: equal remainders go to the larger weight, then to the earlier row in
-- the window's order (so the order decides which of three equal parties gets
-- the extra unit).
CREATE TABLE tie (g text, code int, total bigint, weight bigint);
INSERT INTO tie VALUES
    ('equal', 1, 100, 1), ('equal', 2, 100, 1), ('equal', 3, 100, 1),
    ('weights', 1, 2, 1), ('weights', 2, 2, 3),
    ('zero', 1, 10, 0), ('zero', 2, 10, 5), ('zero', 3, 10, 0),
    ('credit', 1, -100, 1), ('credit', 2, -100, 1), ('credit', 3, -100, 1),
    ('single', 1, 9223372036854775807, 7),
    ('extremes', 1, -9223372036854775808, 1), ('extremes', 2, -9223372036854775808, 1);
SELECT g, code, weight,
       costshare_share(total, weight) OVER (PARTITION BY g ORDER BY code) AS ascending,
       costshare_share(total, weight) OVER (PARTITION BY g ORDER BY code DESC) AS descending
FROM tie ORDER BY g, code;

-- Without PARTITION BY the whole result is one partition.
SELECT code, costshare_share(100, weight) OVER (ORDER BY code) AS share
FROM tie WHERE g = 'equal' ORDER BY code;

-- Partitions of every size in one query: 1 000 rows in 7 partitions of
-- uneven sizes, every partition summing exactly to its total.
SELECT g, count(*) AS rows, sum(share) AS sum_of_shares, min(total) AS total
FROM (
    SELECT i % 7 AS g, 1000 * (i % 7) + 1 AS total,
           costshare_share(1000 * (i % 7) + 1, i) OVER (PARTITION BY i % 7 ORDER BY i) AS share
    FROM generate_series(1, 1000) AS i
) s
GROUP BY g ORDER BY g;

-- Errors: a total that differs within a partition, a NULL total or weight
-- (the window function is not STRICT: a NULL is an error, never skipped),
-- and the library's own refusals.
SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_share(t, 1) OVER () FROM (VALUES (1), (2)) v(t)$$),
    ($$SELECT costshare_share(t, w) OVER () FROM (VALUES (1, 1), (1, NULL)) v(t, w)$$),
    ($$SELECT costshare_share(t, w) OVER () FROM (VALUES (NULL, 1), (1, 1)) v(t, w)$$),
    ($$SELECT costshare_share(NULL, 1) OVER ()$$),
    ($$SELECT costshare_share(100, w) OVER () FROM (VALUES (0), (0)) v(w)$$),
    ($$SELECT costshare_share(100, w) OVER () FROM (VALUES (-1), (2)) v(w)$$),
    ($$SELECT costshare_share(100, w) OVER () FROM (VALUES (9223372036854775807), (1)) v(w)$$)
) AS v(q);

-- The hint names the rows.
SELECT costshare_share(t, 1) OVER (ORDER BY t) FROM (VALUES (5), (5), (6)) v(t);

-- A partition in error stops the query even when the other partitions are fine.
SELECT g, costshare_share(t, w) OVER (PARTITION BY g)
FROM (VALUES ('a', 10, 1), ('b', 10, 0), ('b', 10, 0)) v(g, t, w);
