-- The published cost keys of the Östergötland integration coordinator, as
-- printed (docs/domain.md, examples/data/ostergotland-2016.csv and -2018.csv). Row order is
-- the printed order; the later tests split by them.

CREATE TABLE key_2016 (
    code int PRIMARY KEY,        -- printed row, 1 to 13
    municipality text NOT NULL,
    population bigint NOT NULL,  -- the population the 2016 table printed
    half_year bigint NOT NULL,   -- SEK as printed
    year bigint NOT NULL,
    one_and_half_year bigint NOT NULL
);
INSERT INTO key_2016 VALUES
    (1, 'Boxholm', 5356, 4196, 8392, 12588),
    (2, 'Finspång', 21296, 16683, 33366, 50049),
    (3, 'Kinda', 9840, 7709, 15417, 23126),
    (4, 'Linköping', 153563, 120300, 240601, 360901),
    (5, 'Mjölby', 26639, 20869, 41738, 62607),
    (6, 'Motala', 43077, 33746, 67493, 101239),
    (7, 'Norrköping', 137985, 108097, 216193, 324290),
    (8, 'Söderköping', 14333, 11228, 22457, 33685),
    (9, 'Vadstena', 7385, 5785, 11571, 17356),
    (10, 'Valdemarsvik', 7749, 6071, 12141, 18212),
    (11, 'Ydre', 3665, 2871, 5742, 8613),
    (12, 'Åtvidaberg', 11584, 9075, 18150, 27225),
    (13, 'Ödeshög', 5272, 4130, 8260, 12390);

CREATE TABLE key_2018 (
    code int PRIMARY KEY,
    municipality text NOT NULL,
    population bigint NOT NULL,  -- the 2017 population the 2018 table printed
    percent numeric NOT NULL,    -- as printed, 2 decimals
    cost_2018 bigint NOT NULL    -- SEK as printed
);
INSERT INTO key_2018 VALUES
    (1, 'Boxholm', 5453, 1.21, 9244),
    (2, 'Finspång', 21577, 4.79, 36597),
    (3, 'Kinda', 9882, 2.19, 16732),
    (4, 'Linköping', 158520, 35.20, 268938),
    (5, 'Mjölby', 27019, 6.00, 45841),
    (6, 'Motala', 43549, 9.67, 73881),
    (7, 'Norrköping', 133749, 29.70, 226916),
    (8, 'Söderköping', 14521, 3.22, 24601),
    (9, 'Vadstena', 7421, 1.65, 12606),
    (10, 'Valdemarsvik', 7920, 1.76, 13446),
    (11, 'Ydre', 3733, 0.83, 6341),
    (12, 'Åtvidaberg', 11631, 2.58, 19711),
    (13, 'Ödeshög', 5343, 1.19, 9091);

-- The stated totals: population 447 744 (2016) and 450 318 (2017).
SELECT (SELECT sum(population) FROM key_2016) AS population_2016,
       (SELECT sum(population) FROM key_2018) AS population_2017;
