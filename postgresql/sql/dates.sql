-- costshare_add(day, count, unit): Lag (1930:173) 1 §.

SET DateStyle = ISO;

-- The end day has the start day's number, or is the end month's last day
-- when the end month has no such day (docs/domain.md section 2).
SELECT costshare_add('2024-07-31', 2, 'months') AS "2024-07-31 + 2 months",
       costshare_add('2024-02-29', 1, 'years') AS "2024-02-29 + 1 year",
       costshare_add('2024-03-31', -1, 'months') AS "2024-03-31 - 1 month",
       costshare_add('2024-07-30', 2, 'months') AS "2024-07-30 + 2 months",
       costshare_add('2024-08-01', 2, 'months') AS "2024-08-01 + 2 months";

-- Days and weeks are exact; a week keeps the weekday.
SELECT costshare_add('2024-06-17', 1, 'weeks') AS week,
       costshare_add('2024-12-31', 1, 'days') AS day,
       costshare_add('2024-03-01', -1, 'days') AS back_a_day,
       costshare_add('2024-01-15', 0, 'months') AS zero;

-- For one addition of months, 1 § and date + interval agree: both clamp to
-- the end month's last day. (Only the inverse, costshare_notice_latest(),
-- needs more than subtraction.)
SELECT d, costshare_add(d, 1, 'months') AS costshare, (d + interval '1 month')::date AS interval
FROM (VALUES (date '2024-01-31'), (date '2023-01-29'), (date '2024-12-15')) AS v(d);

-- The whole range 0001-01-01 to 9999-12-31.
SELECT costshare_add('0001-01-01', 119987, 'months') AS last_month,
       costshare_add('9999-12-31', -3652058, 'days') AS first_day;

SELECT costshare_add(NULL, 1, 'days') IS NULL AS null_day,
       costshare_add('2024-01-01', NULL, 'days') IS NULL AS null_count,
       costshare_add('2024-01-01', 1, NULL) IS NULL AS null_unit;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_add('2024-01-01', 1, 'fortnights')$$),
    ($$SELECT costshare_add('2024-01-01', 1, 'Months')$$),
    ($$SELECT costshare_add('2024-01-01', 1, 'month')$$),
    ($$SELECT costshare_add('9999-12-31', 1, 'days')$$),
    ($$SELECT costshare_add('0001-01-01', -1, 'years')$$),
    ($$SELECT costshare_add('2024-01-01', 2147483647, 'days')$$),
    ($$SELECT costshare_add('2024-01-01', -2147483648, 'months')$$),
    ($$SELECT costshare_add('infinity', 1, 'days')$$),
    ($$SELECT costshare_add('-infinity', 1, 'days')$$),
    ($$SELECT costshare_add('0044-03-15 BC', 1, 'days')$$),
    ($$SELECT costshare_add('10000-01-01', -1, 'days')$$),
    ($$SELECT costshare_add('5874897-12-31', 1, 'days')$$)
) AS v(q);

SELECT costshare_add('2024-01-01', 1, 'fortnights');
SELECT costshare_add('infinity', 1, 'days');
