-- The Swedish calendar: Lag (1989:253) public holidays and the business days
-- of Lag (1930:173) 2 §.

SET DateStyle = ISO;

-- The next weekday on or after a last day (docs/domain.md section 2).
SELECT d, costshare_se_deadline(d) AS deadline, costshare_se_is_business_day(d) AS business_day
FROM (VALUES (date '2024-06-21'),   -- Midsummer Eve
             (date '2024-12-24'),   -- Christmas Eve
             (date '2024-12-31'),   -- New Year's Eve
             (date '2004-05-31'),   -- Whit Monday, a holiday until 2004
             (date '2005-05-16'),   -- Whit Monday, no longer a holiday
             (date '2003-06-06'),   -- 6 June, not yet a holiday
             (date '2005-06-06'),   -- the National Day
             (date '2024-06-22'),   -- Midsummer Day, a Saturday
             (date '2024-06-23'),   -- a Sunday
             (date '2024-06-24'))   -- a Monday
     AS v(d)
ORDER BY d;

-- Business days after and before a day: Monday 2024-06-17 to Monday
-- 2024-06-24 is four business days (Midsummer Eve does not count); one
-- business day after Saturday 2024-06-22 is Monday 2024-06-24; 0 is the day
-- itself, business day or not.
SELECT costshare_se_add_business_days('2024-06-17', 4) AS plus_4,
       costshare_se_add_business_days('2024-06-24', -4) AS minus_4,
       costshare_se_add_business_days('2024-06-22', 1) AS after_saturday,
       costshare_se_add_business_days('2024-06-22', 0) AS zero,
       costshare_se_add_business_days('2024-12-23', 1) AS after_christmas;

-- The named days of 2024, 2004 (Whit Monday, no National Day) and 2008 (May
-- Day and Ascension Day on the same day).
SELECT * FROM costshare_se_holidays(2024);
SELECT day, holiday FROM costshare_se_holidays(2004) WHERE holiday IN ('whit_monday', 'national_day', 'whitsunday');
SELECT day, holiday FROM costshare_se_holidays(2008) WHERE day = '2008-05-01';

-- Every year has 16 named days: 13 public holidays on a date of their own
-- (Whit Monday until 2004, the National Day from 2005) and three eves; and
-- none of them is a business day.
SELECT count(DISTINCT y) AS years, min(n) AS fewest, max(n) AS most
FROM (SELECT y, count(*) AS n FROM generate_series(1990, 2100) AS y, costshare_se_holidays(y) GROUP BY y) s;
SELECT count(*) AS business_days_among_named_days
FROM generate_series(1990, 2100) AS y, costshare_se_holidays(y) h
WHERE costshare_se_is_business_day(h.day);

-- Calendar limits: from 1990-01-01 (Lag 1989:253 in force) to 9999-12-31.
SELECT costshare_se_is_business_day('1990-01-02') AS first_business_day,
       costshare_se_deadline('1990-01-01') AS first_deadline,
       (SELECT count(*) FROM costshare_se_holidays(9999)) AS named_days_9999;

SELECT costshare_se_is_business_day(NULL) IS NULL AS null_business_day,
       costshare_se_deadline(NULL) IS NULL AS null_deadline,
       costshare_se_add_business_days(NULL, 1) IS NULL AS null_day,
       costshare_se_add_business_days('2024-01-01', NULL) IS NULL AS null_n,
       (SELECT count(*) FROM costshare_se_holidays(NULL)) AS null_year_rows;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_se_is_business_day('1989-12-29')$$),
    ($$SELECT costshare_se_is_business_day('infinity')$$),
    ($$SELECT costshare_se_deadline('1989-12-31')$$),
    ($$SELECT costshare_se_deadline('9999-12-31')$$),
    ($$SELECT costshare_se_add_business_days('1990-01-02', -1)$$),
    ($$SELECT costshare_se_add_business_days('9999-12-30', 1)$$),
    ($$SELECT costshare_se_add_business_days('2024-01-01', 2147483647)$$),
    ($$SELECT * FROM costshare_se_holidays(1989)$$),
    ($$SELECT * FROM costshare_se_holidays(10000)$$),
    ($$SELECT * FROM costshare_se_holidays(-2147483648)$$)
) AS v(q);
