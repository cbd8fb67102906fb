-- Amounts as text (costshare/amount.h): exact parsing and formatting in
-- units of 10^-decimals, in the notations 'sv' (the default), 'sv-kr' and
-- 'plain'.

-- The seeds: Linköping's 2018 cost, 268 922 kr at no decimals; 1 052 280,50
-- kr at two; the 2016 cost of a year, 701 520 kr.
SELECT costshare_amount_format(26892200) AS sv,
       costshare_amount_format(105228050, 2, 'sv-kr') AS sv_kr,
       costshare_amount_format(105228050, 2, 'plain') AS plain,
       costshare_amount_format(701520, 0) AS whole,
       costshare_amount_format(701520, 0, 'sv-kr') AS whole_kr;

-- Parsing takes what Swedish spreadsheets write: a space, a no-break space
-- (U+00A0) or a narrow no-break space (U+202F) every three digits, or none;
-- a decimal comma; fewer decimals than asked for; an optional kr; a
-- hyphen-minus or U+2212 MINUS SIGN.
SELECT t AS text, costshare_amount_parse(t) AS amount
FROM unnest(ARRAY['1 052 280,50 kr', '1 052 280,50', '1052280,50', '1052280,5',
                  U&'1\00A0052\00A0280,50\00A0kr', U&'1\202F052\202F280,50', '1052280kr',
                  '-3 325,00', U&'\22123 325', '-0', '007', '0,01']) AS t;
SELECT costshare_amount_parse('1052280.50', 2, 'plain') AS plain,
       costshare_amount_parse('376', 0) AS tkr_as_written,
       costshare_amount_parse('12,5', 1) AS one_decimal,
       costshare_amount_parse('9', 18) AS eighteen_decimals;

-- int8 extremes: every value formats to text that parses back to it.
SELECT a, d, n, costshare_amount_format(a, d, n) AS text,
       costshare_amount_parse(costshare_amount_format(a, d, n), d, n) = a AS round_trip
FROM unnest('{-9223372036854775808,9223372036854775807,0,-1,1}'::bigint[]) AS a,
     unnest('{0,2,18}'::int[]) AS d,
     unnest('{sv,sv-kr,plain}'::text[]) AS n
ORDER BY n, d, a;

-- NULL in, NULL out.
SELECT costshare_amount_parse(NULL) IS NULL AS a, costshare_amount_parse('1', NULL) IS NULL AS b,
       costshare_amount_parse('1', 2, NULL) IS NULL AS c, costshare_amount_format(NULL) IS NULL AS d,
       costshare_amount_format(1, NULL) IS NULL AS e, costshare_amount_format(1, 2, NULL) IS NULL AS f;

-- Every error: text that is not an amount in the notation (never rounded or
-- clamped), a value outside int8, decimals outside 0 to 18, an unknown
-- notation.
SELECT q AS query, sqlerr(q) AS error FROM (VALUES
    ($$SELECT costshare_amount_parse('12,345')$$),
    ($$SELECT costshare_amount_parse('12,')$$),
    ($$SELECT costshare_amount_parse('')$$),
    ($$SELECT costshare_amount_parse(' 12')$$),
    ($$SELECT costshare_amount_parse('12 ')$$),
    ($$SELECT costshare_amount_parse('+12')$$),
    ($$SELECT costshare_amount_parse('10 52 280')$$),
    ($$SELECT costshare_amount_parse(U&'1 052\00A0280')$$),
    ($$SELECT costshare_amount_parse('1052280.50')$$),
    ($$SELECT costshare_amount_parse('1 052 280,50', 2, 'plain')$$),
    ($$SELECT costshare_amount_parse('376 tkr')$$),
    ($$SELECT costshare_amount_parse('12 %')$$),
    ($$SELECT costshare_amount_parse('12 kr', 2, 'plain')$$),
    ($$SELECT costshare_amount_parse('1,5', 0)$$),
    ($$SELECT costshare_amount_parse('9223372036854775808', 0)$$),
    ($$SELECT costshare_amount_parse('-9223372036854775809', 0)$$),
    ($$SELECT costshare_amount_parse('92233720368547758,08')$$),
    ($$SELECT costshare_amount_parse('1', -1)$$),
    ($$SELECT costshare_amount_parse('1', 19)$$),
    ($$SELECT costshare_amount_format(1, -1)$$),
    ($$SELECT costshare_amount_format(1, 19)$$),
    ($$SELECT costshare_amount_parse('1', 2, 'se')$$),
    ($$SELECT costshare_amount_format(1, 2, 'SV')$$)
) AS v(q);

SELECT costshare_amount_format(1, 2, 'en');
