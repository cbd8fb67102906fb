-- costshare_scale(amount, numerator, denominator, mode): exact, rounded once.

-- The refund of 92 of 366 days of 64 000 (docs/domain.md section 4), half away
-- from zero by default; and the 2016 cost build-up, 39 500 a month with 48 %
-- on-costs for 12 months: 701 520.
SELECT costshare_scale(64000, 92, 366) AS refund_by_days,
       costshare_scale(39500 * 12, 148, 100) AS cost_2016;

-- Every mode on the halves +-2.5 and +-3.5 and on +-2.4.
SELECT mode,
       costshare_scale(5, 1, 2, mode) AS "2.5",
       costshare_scale(-5, 1, 2, mode) AS "-2.5",
       costshare_scale(7, 1, 2, mode) AS "3.5",
       costshare_scale(-7, 1, 2, mode) AS "-3.5",
       costshare_scale(12, 1, 5, mode) AS "2.4",
       costshare_scale(-12, 1, 5, mode) AS "-2.4"
FROM (VALUES ('half-away'), ('half-even'), ('floor'), ('ceiling'), ('toward-zero')) AS m(mode);

-- Any signs: the result has the sign of the exact quotient.
SELECT costshare_scale(5, -1, 2) AS "5*-1/2", costshare_scale(5, 1, -2) AS "5*1/-2",
       costshare_scale(-5, -1, -2) AS "-5*-1/-2";

-- int8 extremes: the product is exact in 128 bits.
SELECT costshare_scale(9223372036854775807, 9223372036854775807, 9223372036854775807) AS max,
       costshare_scale(-9223372036854775808, 9223372036854775807, 9223372036854775807) AS min,
       costshare_scale(9223372036854775807, 2, 3, 'floor') AS two_thirds_of_max,
       costshare_scale(-9223372036854775808, 1, -2) AS half_of_min;

-- A NULL argument gives NULL.
SELECT costshare_scale(NULL, 1, 2) IS NULL AS null_amount,
       costshare_scale(1, NULL, 2) IS NULL AS null_numerator,
       costshare_scale(1, 1, NULL) IS NULL AS null_denominator,
       costshare_scale(1, 1, 2, NULL) IS NULL AS null_mode;

SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_scale(1, 1, 0)$$),
    ($$SELECT costshare_scale(9223372036854775807, 2, 1)$$),
    ($$SELECT costshare_scale(-9223372036854775808, -1, 1)$$),
    ($$SELECT costshare_scale(1, 1, 2, 'half-up')$$),
    ($$SELECT costshare_scale(1, 1, 2, '')$$)
) AS v(q);

SELECT costshare_scale(1, 1, 2, 'half-up');
