-- costshare_notice_end() and costshare_notice_latest() (docs/domain.md section 3).

SET DateStyle = ISO;

-- Plain notice: two months given on 2024-07-31 end on 2024-09-30; given on
-- 2024-08-01, on 2024-10-01.
SELECT costshare_notice_end('2024-07-31', 2, 'months') AS given_07_31,
       costshare_notice_end('2024-07-30', 2, 'months') AS given_07_30,
       costshare_notice_end('2024-08-01', 2, 'months') AS given_08_01;

-- Whole calendar periods: Alingsås, three calendar years from 2023-05-26,
-- last day 2026-12-31 (plain three years: 2026-05-26); two months counted
-- from the next month end, given 2024-04-13: 2024-06-30.
SELECT costshare_notice_end('2023-05-26', 3, 'years', true) AS three_calendar_years,
       costshare_notice_end('2023-05-26', 3, 'years') AS three_years,
       costshare_notice_end('2024-04-13', 2, 'months', true) AS two_calendar_months,
       costshare_notice_end('2024-04-13', 0, 'months', true) AS end_of_this_month,
       costshare_notice_end('2024-06-19', 1, 'weeks', true) AS one_calendar_week,
       costshare_notice_end('2024-06-19', 3, 'days', true) AS days_are_days;

-- The inverse: Linköping wanted 2024-09-30 as the last day with two months'
-- notice; the latest notice day is 2024-07-31 (2024-09-30 minus two months
-- would be 2024-07-30). For 2023-02-28 and one month: 2023-01-31.
SELECT costshare_notice_latest('2024-09-30', 2, 'months') AS linkoping,
       costshare_notice_latest('2023-02-28', 1, 'months') AS february,
       costshare_notice_latest('2026-12-31', 3, 'years', true) AS three_calendar_years;

-- It is the exact inverse: notice on the latest day ends by the wanted day,
-- notice one day later does not. Every last day of 2024, for 1 to 3 months.
SELECT count(*) AS cases,
       bool_and(costshare_notice_end(l, n, 'months') <= d) AS in_time,
       bool_and(costshare_notice_end(l + 1, n, 'months') > d) AS one_day_late
FROM (SELECT d::date AS d, n, costshare_notice_latest(d::date, n, 'months') AS l
      FROM generate_series(date '2024-01-01', date '2024-12-31', interval '1 day') AS d,
           generate_series(1, 3) AS n) s;

-- The Sunday rule (1930:173 2 §) on the last day for giving notice: two
-- months' notice for 2024-08-31 is due 2024-06-30, a Sunday, so notice on
-- Monday 2024-07-01 still counts. Only when asked.
SELECT costshare_notice_latest('2024-08-31', 2, 'months') AS without,
       costshare_notice_latest('2024-08-31', 2, 'months', false, true) AS sunday_rule,
       costshare_notice_latest('2024-09-30', 2, 'months', false, true) AS already_a_weekday;

SELECT costshare_notice_end(NULL, 2, 'months') IS NULL AS null_given,
       costshare_notice_end('2024-01-01', 2, 'months', NULL) IS NULL AS null_flag,
       costshare_notice_latest('2024-01-01', NULL, 'months') IS NULL AS null_count,
       costshare_notice_latest('2024-01-01', 2, 'months', false, NULL) IS NULL AS null_rule;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_notice_end('2024-07-31', -1, 'months')$$),
    ($$SELECT costshare_notice_end('2024-07-31', 2, 'quarters')$$),
    ($$SELECT costshare_notice_end('9999-12-01', 1, 'months')$$),
    ($$SELECT costshare_notice_end('infinity', 1, 'months')$$),
    ($$SELECT costshare_notice_latest('2024-09-30', -2, 'months')$$),
    ($$SELECT costshare_notice_latest('2024-09-30', 2, 'fortnights')$$),
    ($$SELECT costshare_notice_latest('0001-01-15', 1, 'months')$$),
    ($$SELECT costshare_notice_latest('1990-01-31', 1, 'months', false, true)$$)
) AS v(q);
