-- costshare_refund_start() and costshare_prorate() (docs/domain.md section 4).

SET DateStyle = ISO;

-- Refunds run from the first day of the month after the last day.
SELECT costshare_refund_start('2024-09-30') AS last_day_09_30,
       costshare_refund_start('2024-09-15') AS last_day_09_15,
       costshare_refund_start('2024-12-31') AS last_day_12_31,
       costshare_refund_start('9999-11-30') AS last_month_there_is;

-- 64 000 invoiced for 2024, refunded from 2024-10-01: 16 000 by months
-- (3 of 12), 16 087 by days (92 of 366, half away from zero).
SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01') AS by_months,
       costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'days') AS by_days,
       costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'days', 'floor') AS floor,
       costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'days', 'ceiling') AS ceiling;

-- The whole 2018 charge, 92 of 366 days: 192 030.
SELECT costshare_prorate(763945, '2024-01-01', '2024-12-31', '2024-10-01', 'days') AS whole_charge;

-- From before the period: all of it; from after it: nothing; from its first
-- day: all; from its last day by days: one day's worth. A credit is the
-- mirror image.
SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2023-06-16') AS from_before,
       costshare_prorate(64000, '2024-01-01', '2024-12-31', '2025-01-01') AS from_after,
       costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-01-01') AS from_first,
       costshare_prorate(36600, '2024-01-01', '2024-12-31', '2024-12-31', 'days') AS last_day,
       costshare_prorate(-64000, '2024-01-01', '2024-12-31', '2024-10-01', 'days') AS credit;

-- int8 extremes: exact.
SELECT costshare_prorate(9223372036854775807, '2024-01-01', '2024-12-31', '2024-07-01') AS half_of_max,
       costshare_prorate(-9223372036854775808, '2024-01-01', '2024-12-31', '2024-01-01') AS all_of_min;

SELECT costshare_refund_start(NULL) IS NULL AS null_last_day,
       costshare_prorate(NULL, '2024-01-01', '2024-12-31', '2024-10-01') IS NULL AS null_amount,
       costshare_prorate(1, '2024-01-01', '2024-12-31', NULL) IS NULL AS null_from,
       costshare_prorate(1, '2024-01-01', '2024-12-31', '2024-10-01', NULL) IS NULL AS null_basis;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_refund_start('9999-12-01')$$),
    ($$SELECT costshare_refund_start('-infinity')$$),
    ($$SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-15')$$),
    ($$SELECT costshare_prorate(64000, '2024-01-15', '2024-12-31', '2024-10-01')$$),
    ($$SELECT costshare_prorate(64000, '2024-12-31', '2024-01-01', '2024-10-01')$$),  -- backwards
    ($$SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'weeks')$$),
    ($$SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'days', 'up')$$),
    ($$SELECT costshare_prorate(64000, '2024-01-01', 'infinity', '2024-10-01')$$)
) AS v(q);

SELECT costshare_prorate(64000, '2024-01-01', '2024-12-31', '2024-10-01', 'weeks');
