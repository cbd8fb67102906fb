/*
 * Swedish public holidays by Lag (1989:253) om allmänna helgdagar, and
 * business days ("vardagar") by Lag (1930:173) om beräkning av lagstadgad
 * tid 2 §.
 *
 * The law is written once, as data: rules[] has one row per kind of day.
 * Classifying a date, a holiday's date in a year and counting business days
 * all read those rows; nothing else in this file knows a holiday.
 */
#include "costshare/calendar_se.h"

#include "batch.h"
#include "check.h"
#include "civil.h"
#include "costshare/date.h"

/* The first year of the calendar: Lag (1989:253) came into force on
 * 1990-01-01, COSTSHARE_SE_DATE_MIN. */
#define SE_YEAR_MIN 1990

/* The Gregorian computus, after Lichtenberg's closed form of Gauss's Easter
 * rule: Easter Day as a day of March (32 = 1 April). All terms are
 * non-negative for years >= 1, so integer division is floor division. */
static int32_t easter_march_day(int32_t year) {
    /* Unsigned: every term is non-negative (year >= 1), and division by a
     * constant is then a multiply and a shift. */
    uint32_t y = (uint32_t)year;
    uint32_t century = y / 100u;
    uint32_t skipped_leaps = (3u * century + 3u) / 4u; /* century years not leap */
    /* Lunar correction: the Metonic cycle drifts 8 days in 2500 years. */
    uint32_t lunar_shift = 15u + skipped_leaps - (8u * century + 13u) / 25u;
    uint32_t golden = y % 19u;                              /* golden number - 1 */
    uint32_t moon_age = (19u * golden + lunar_shift) % 30u; /* full moon - 21 March */
    /* The two exceptions of the Gregorian tables (epact 24, and 25 with
     * golden number > 11): the full moon moves one day earlier. */
    uint32_t correction = (moon_age + golden / 11u) / 29u;
    uint32_t full_moon = 21u + moon_age - correction; /* paschal full moon, March day */
    /* First Sunday in March: 7 - (y + y/4 + 2 - skipped_leaps) mod 7, with 77
     * (a multiple of 7 above any skipped_leaps) added to stay non-negative. */
    uint32_t first_sunday = 7u - (y + y / 4u + 2u + 77u - skipped_leaps) % 7u;
    /* Easter is the Sunday strictly after the paschal full moon
     * (full_moon >= 20 > first_sunday, so the difference is positive). */
    return (int32_t)(full_moon + 7u - (full_moon - first_sunday) % 7u);
}

/* Easter Day is 22 March to 25 April: days 21 to 55 after 1 March. */
#define EASTER_DOY_FIRST 21
#define EASTER_DOY_LAST 55

static costshare_date easter_day(int32_t year) {
    return cs_from_ymd(year, 3, 1) + easter_march_day(year) - 1;
}

/* ---- The law, as data -----------------------------------------------------
 *
 * One row per kind of day, indexed by its constant: how Lag (1989:253) 2 §
 * (for the three eves, Lag 1930:173 2 §) fixes the day, the years the row
 * applies, whether the day is a public holiday, and its names.
 *
 * Days are placed in the year that starts on 1 March (civil.h), where a
 * month and day have the same position in every year. So a window must not
 * span 1 March or 1 January, and a day counted from Easter Day must fall in
 * March to December (an offset of -21 to 250 days).
 */
enum rule_anchor {
    ANCHOR_NONE,   /* COSTSHARE_SE_NONE: no day */
    ANCHOR_WEEKLY, /* every week, on the weekday */
    ANCHOR_FIXED,  /* month, day */
    ANCHOR_EASTER, /* offset days after Easter Day */
    ANCHOR_WINDOW  /* the weekday in the seven days from month, day */
};

struct day_rule {
    unsigned char anchor;
    unsigned char public_holiday;  /* 1: Lag (1989:253); 0: Lag (1930:173) 2 § only */
    unsigned char month, day;      /* ANCHOR_FIXED; ANCHOR_WINDOW: its first day */
    signed char offset;            /* ANCHOR_EASTER */
    unsigned char weekday;         /* ANCHOR_WEEKLY, ANCHOR_WINDOW: ISO weekday */
    short first_year, last_year;   /* the years the row applies; 0: no limit */
    const char *name_sv, *name_en; /* Swedish in UTF-8, as escapes */
};

/* SFS 2004:1320 (in force 2005-04-01) struck Whit Monday and made 6 June a
 * public holiday. Whit Monday 2005 (16 May) already fell after 1 April, so
 * the change applies by whole years: Whit Monday to 2004, the National Day
 * from 2005. */
#define SE_NATIONAL_DAY_FROM 2005

#define HOLIDAY .public_holiday = 1
#define FIXED(m, d) .anchor = ANCHOR_FIXED, .month = (m), .day = (d)
#define EASTER(o) .anchor = ANCHOR_EASTER, .offset = (o)
#define WINDOW(m, d, wd) .anchor = ANCHOR_WINDOW, .month = (m), .day = (d), .weekday = (wd)
#define WEEKLY(wd) .anchor = ANCHOR_WEEKLY, .weekday = (wd)
#define NAMES(sv, en) .name_sv = (sv), .name_en = (en)

#define RULE_ROWS (COSTSHARE_SE_SATURDAY + 1)

/* The loops over the rows are unrolled, and the helpers that read a row
 * inlined into them: every row's fields are then constants, and each row's
 * test compiles to a compare or two, as fast as the same rules written out
 * by hand. */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 8)
#define EACH_ROW _Pragma("GCC unroll 24")
#else
#define EACH_ROW
#endif
#if defined(__GNUC__) && defined(__OPTIMIZE__)
#define ROW_INLINE static inline __attribute__((always_inline))
#else
#define ROW_INLINE static inline
#endif

static const struct day_rule rules[RULE_ROWS] = {
    [COSTSHARE_SE_NONE] = {NAMES("", "")},
    /* Lag (1989:253): the public holidays */
    [COSTSHARE_SE_NEW_YEARS_DAY] = {HOLIDAY, FIXED(1, 1),
                                    NAMES("Ny\xc3\xa5rsdagen", "New Year's Day")},
    [COSTSHARE_SE_EPIPHANY] = {HOLIDAY, FIXED(1, 6), NAMES("Trettondedag jul", "Epiphany")},
    [COSTSHARE_SE_GOOD_FRIDAY] = {HOLIDAY, EASTER(-2),
                                  NAMES("L\xc3\xa5ngfredagen", "Good Friday")},
    [COSTSHARE_SE_EASTER_DAY] = {HOLIDAY, EASTER(0), NAMES("P\xc3\xa5skdagen", "Easter Day")},
    [COSTSHARE_SE_EASTER_MONDAY] = {HOLIDAY, EASTER(1),
                                    NAMES("Annandag p\xc3\xa5sk", "Easter Monday")},
    [COSTSHARE_SE_MAY_DAY] = {HOLIDAY, FIXED(5, 1), NAMES("F\xc3\xb6rsta maj", "May Day")},
    /* the sixth Thursday after Easter Day */
    [COSTSHARE_SE_ASCENSION_DAY] = {HOLIDAY, EASTER(39),
                                    NAMES("Kristi himmelsf\xc3\xa4rdsdag", "Ascension Day")},
    /* the seventh Sunday after Easter Day */
    [COSTSHARE_SE_WHITSUNDAY] = {HOLIDAY, EASTER(49), NAMES("Pingstdagen", "Whitsunday")},
    [COSTSHARE_SE_WHIT_MONDAY] = {HOLIDAY, EASTER(50), .last_year = SE_NATIONAL_DAY_FROM - 1,
                                  NAMES("Annandag pingst", "Whit Monday")},
    [COSTSHARE_SE_NATIONAL_DAY] = {HOLIDAY, FIXED(6, 6), .first_year = SE_NATIONAL_DAY_FROM,
                                   NAMES("Nationaldagen", "National Day")},
    /* the Saturday 20-26 June */
    [COSTSHARE_SE_MIDSUMMER_DAY] = {HOLIDAY, WINDOW(6, 20, 6),
                                    NAMES("Midsommardagen", "Midsummer Day")},
    /* the Saturday 31 October - 6 November */
    [COSTSHARE_SE_ALL_SAINTS_DAY] = {HOLIDAY, WINDOW(10, 31, 6),
                                     NAMES("Alla helgons dag", "All Saints' Day")},
    [COSTSHARE_SE_CHRISTMAS_DAY] = {HOLIDAY, FIXED(12, 25), NAMES("Juldagen", "Christmas Day")},
    [COSTSHARE_SE_BOXING_DAY] = {HOLIDAY, FIXED(12, 26), NAMES("Annandag jul", "Boxing Day")},
    [COSTSHARE_SE_SUNDAY] = {HOLIDAY, WEEKLY(7), NAMES("S\xc3\xb6ndag", "Sunday")},
    /* Lag (1930:173) 2 §: not public holidays, but not business days either */
    /* the eve of Midsummer Day: the Friday 19-25 June */
    [COSTSHARE_SE_MIDSUMMER_EVE] = {WINDOW(6, 19, 5), NAMES("Midsommarafton", "Midsummer Eve")},
    [COSTSHARE_SE_CHRISTMAS_EVE] = {FIXED(12, 24), NAMES("Julafton", "Christmas Eve")},
    [COSTSHARE_SE_NEW_YEARS_EVE] = {FIXED(12, 31),
                                    NAMES("Ny\xc3\xa5rsafton", "New Year's Eve")},
    [COSTSHARE_SE_SATURDAY] = {WEEKLY(6), NAMES("L\xc3\xb6rdag", "Saturday")},
};

#undef HOLIDAY
#undef FIXED
#undef EASTER
#undef WINDOW
#undef WEEKLY
#undef NAMES

ROW_INLINE int rule_applies(const struct day_rule *rule, int32_t year) {
    return (rule->first_year == 0 || year >= rule->first_year) &&
           (rule->last_year == 0 || year <= rule->last_year);
}

/* ---- Classifying a date ---------------------------------------------------- */

/* What the rows ask of a date. */
struct day_facts {
    int32_t year;    /* civil year */
    int32_t weekday; /* ISO, 1 = Monday */
    uint32_t doy;    /* days after 1 March (civil.h's year), 0 to 365 */
};

ROW_INLINE struct day_facts facts_of(costshare_date date) {
    struct day_facts f;
    uint32_t year;
    f.doy = cs_day_of_year(date, &year);
    f.year = (int32_t)year + (f.doy >= 306u); /* 306 days from 1 March: January */
    f.weekday = cs_weekday(date);
    return f;
}

/* Days after 1 March of a month and day, the same in every year. */
ROW_INLINE uint32_t doy_of(int32_t month, int32_t day) {
    return cs_days_before_month((uint32_t)(month + 9) % 12u) + (uint32_t)day - 1u;
}

/* The weekday a row's day always falls on, or 0 for a fixed date (whose
 * weekday varies). Easter Day is a Sunday, so a day counted from it falls on
 * the weekday its offset gives. */
ROW_INLINE int32_t rule_weekday(const struct day_rule *rule) {
    switch (rule->anchor) {
    case ANCHOR_FIXED:
        return 0;
    case ANCHOR_EASTER:
        return (rule->offset % 7 + 13) % 7 + 1;
    default: /* ANCHOR_WEEKLY, ANCHOR_WINDOW; 0 for ANCHOR_NONE */
        return rule->weekday;
    }
}

/* The weekdays a weekly row closes: bit 1 (Monday) to bit 7 (Sunday). */
ROW_INLINE uint32_t closed_weekdays(void) {
    uint32_t closed = 0u;
    int32_t k;
    EACH_ROW
    for (k = 1; k < RULE_ROWS; k++) {
        if (rules[k].anchor == ANCHOR_WEEKLY) {
            closed |= 1u << rules[k].weekday;
        }
    }
    return closed;
}

/* Whether a weekly row closes every such weekday (1 to 7), given
 * closed_weekdays(): 1 or 0, without a branch, as the weekdays of the dates
 * asked follow no pattern a branch predictor could learn. */
ROW_INLINE uint32_t weekday_closed(uint32_t closed, int32_t weekday) {
    return closed >> weekday & 1u;
}

/* Whether a row's day is the date of @p f. */
ROW_INLINE int rule_matches(const struct day_rule *rule, const struct day_facts *f) {
    int32_t easter_doy;
    switch (rule->anchor) {
    case ANCHOR_WEEKLY:
        return f->weekday == rule->weekday;
    case ANCHOR_FIXED:
        return f->doy == doy_of(rule->month, rule->day) && rule_applies(rule, f->year);
    case ANCHOR_EASTER:
        /* Easter need not be computed on another weekday, or where Easter
         * Day would have to fall outside 22 March to 25 April (with the rows
         * above, at most one row a date computes it). */
        easter_doy = (int32_t)f->doy - rule->offset;
        if (f->weekday != rule_weekday(rule) || easter_doy < EASTER_DOY_FIRST ||
            easter_doy > EASTER_DOY_LAST) {
            return 0;
        }
        return easter_doy == easter_march_day(f->year) - 1 && rule_applies(rule, f->year);
    default: /* ANCHOR_WINDOW; row 0 (ANCHOR_NONE) has weekday 0, so matches nothing */
        return f->weekday == rule->weekday && f->doy - doy_of(rule->month, rule->day) < 7u &&
               rule_applies(rule, f->year);
    }
}

/* When two rows match one date, the day is named by (lowest first): a public
 * holiday before a day that is only not a business day, a fixed date before
 * any other (two public holidays can share a day: May Day and Ascension Day
 * in 2008, the National Day and Whitsunday in 2049), then the lower
 * constant. So a named holiday is never just a Sunday, and an eve on a
 * Sunday is the Sunday. */
ROW_INLINE int rule_rank(const struct day_rule *rule) {
    return (rule->public_holiday ? 0 : 2) + (rule->anchor != ANCHOR_FIXED);
}

/* The kind of a valid date under Lag (1930:173) 2 §. */
static int32_t day_kind(costshare_date date) {
    struct day_facts f = facts_of(date);
    int32_t kind = COSTSHARE_SE_NONE, k;
    EACH_ROW
    for (k = 1; k < RULE_ROWS; k++) {
        if (rule_matches(&rules[k], &f) &&
            (kind == COSTSHARE_SE_NONE || rule_rank(&rules[k]) < rule_rank(&rules[kind]))) {
            kind = k;
        }
    }
    return kind;
}

/* Whether a valid date is a business day: no row matches it. The weekly rows
 * go first, as they need only the weekday. */
static int is_business(costshare_date date) {
    struct day_facts f;
    int32_t k;
    if (weekday_closed(closed_weekdays(), cs_weekday(date))) {
        return 0;
    }
    f = facts_of(date);
    EACH_ROW
    for (k = 1; k < RULE_ROWS; k++) {
        if (rules[k].anchor != ANCHOR_WEEKLY && rule_matches(&rules[k], &f)) {
            return 0;
        }
    }
    return 1;
}

static int se_date_valid(costshare_date date) {
    return date >= COSTSHARE_SE_DATE_MIN && date <= COSTSHARE_DATE_MAX;
}

int costshare_se_holiday(costshare_date date, int32_t *holiday) {
    int32_t kind;
    if (holiday == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    /* a public holiday outranks every other row (rule_rank) */
    kind = day_kind(date);
    *holiday = rules[kind].public_holiday ? kind : COSTSHARE_SE_NONE;
    return COSTSHARE_OK;
}

int costshare_se_day_kind(costshare_date date, int32_t *kind) {
    if (kind == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    *kind = day_kind(date);
    return COSTSHARE_OK;
}

int costshare_se_is_business_day(costshare_date date, int32_t *is_business_day) {
    if (is_business_day == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    *is_business_day = is_business(date);
    return COSTSHARE_OK;
}

/* ---- Counting business days ------------------------------------------------
 *
 * The weekly rows close the same weekdays every week; the days they leave
 * open are counted in closed form from 0001-01-01, a Monday. Of those, the
 * dated rows close a few a year, counted year by year from a bitmap of the
 * year, so any count costs at most one short pass over the years 1990-9999.
 */

/* Weekdays a week that no weekly row closes. */
static int32_t open_per_week(uint32_t closed) {
    int32_t weekday, open = 0;
    for (weekday = 1; weekday <= 7; weekday++) {
        open += !weekday_closed(closed, weekday);
    }
    return open;
}

/* Open days in [COSTSHARE_DATE_MIN, date]; date >= COSTSHARE_DATE_MIN - 1.
 * The loops here run over all weekdays and select without branching. */
static int64_t open_days_through(int64_t date) {
    const uint32_t closed = closed_weekdays();
    int64_t n = date - COSTSHARE_DATE_MIN + 1; /* days in the range */
    int64_t count = n / 7 * open_per_week(closed);
    int32_t weekday, rest = (int32_t)(n % 7); /* weekdays 1 .. rest of a last week */
    for (weekday = 1; weekday < 7; weekday++) {
        count += (uint32_t)(weekday <= rest) & (uint32_t)(!weekday_closed(closed, weekday));
    }
    return count;
}

/* The open day whose open_days_through() is k (k >= 1). */
static int64_t kth_open_day(int64_t k) {
    const uint32_t closed = closed_weekdays();
    int32_t open = open_per_week(closed), weekday, before = 0, found = 0;
    int32_t rest = (int32_t)((k - 1) % open); /* open days before it in its week */
    for (weekday = 1; weekday <= 7; weekday++) {
        int32_t is_open = (int32_t)!weekday_closed(closed, weekday);
        found += weekday * (is_open & (before == rest));
        before += is_open;
    }
    return COSTSHARE_DATE_MIN + (k - 1) / open * 7 + (found - 1);
}

/* A day of a year, as the days after 1 January (0 to 365), and its weekday.
 * Counted within the year rather than as a day number, so that every
 * quantity below is bounded by the calendar alone. */
struct year_day {
    int32_t index;
    int32_t weekday;
};

/* The days a year's dated rows are placed from. */
struct year_start {
    costshare_date jan1;   /* the day number of 1 January */
    struct year_day first; /* 1 January */
    struct year_day mar1;  /* 1 March */
    int32_t easter;        /* Easter Day, days after 1 January */
};

static struct year_start year_start_of(int32_t year) {
    struct year_start y;
    y.jan1 = cs_from_ymd(year, 1, 1);
    y.first.index = 0;
    y.first.weekday = cs_weekday(y.jan1);
    y.mar1.index = 59 + cs_is_leap(year); /* 31 + 28 or 29 days */
    y.mar1.weekday = cs_weekday(y.jan1 + y.mar1.index);
    y.easter = y.mar1.index + easter_march_day(year) - 1;
    return y;
}

/* The weekday @p days days after @p weekday. */
ROW_INLINE int32_t weekday_after(int32_t weekday, uint32_t days) {
    int32_t after = weekday + (int32_t)(days % 7u);
    return after > 7 ? after - 7 : after;
}

/* The day of the year at a position after 1 March (doy_of()); January and
 * February follow the 1 March of the year before. */
ROW_INLINE struct year_day day_at(const struct year_start *y, uint32_t doy) {
    uint32_t jan1 = doy_of(1, 1);
    const struct year_day *from = doy >= jan1 ? &y->first : &y->mar1;
    uint32_t days = doy >= jan1 ? doy - jan1 : doy;
    struct year_day day;
    day.index = from->index + (int32_t)days;
    day.weekday = weekday_after(from->weekday, days);
    return day;
}

/* The day of a dated row in a year the row applies to. */
ROW_INLINE struct year_day rule_day(const struct day_rule *rule, const struct year_start *y) {
    struct year_day day;
    switch (rule->anchor) {
    case ANCHOR_EASTER:
        day.index = y->easter + rule->offset;
        day.weekday = rule_weekday(rule);
        return day;
    case ANCHOR_WINDOW: /* the window's first day on the row's weekday */
        day = day_at(y, doy_of(rule->month, rule->day));
        day.index += rule->weekday - day.weekday + (rule->weekday < day.weekday ? 7 : 0);
        day.weekday = rule->weekday;
        return day;
    default: /* ANCHOR_FIXED */
        return day_at(y, doy_of(rule->month, rule->day));
    }
}

/* The open days a year's dated rows close, as bits by day of the year (bit
 * i is the day i days after 1 January; a day two rows share is one bit),
 * and how many lie before each word of bits. Counting business days asks
 * for the same year again and again; the caller keeps one on its stack. */
struct closed_year {
    int32_t year; /* 0 before the first fill */
    uint64_t bits[6];
    int32_t before[6]; /* bits set in the words before */
};

/* Bits set in a word. */
static int32_t bits_in(uint64_t x) {
    x = x - (x >> 1 & 0x5555555555555555u);
    x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
    return (int32_t)((x * 0x0101010101010101u) >> 56);
}

static void closed_year_fill(struct closed_year *c, int32_t year) {
    const uint32_t closed = closed_weekdays();
    struct year_start y = year_start_of(year);
    int32_t k;
    c->year = year;
    for (k = 0; k < 6; k++) {
        c->bits[k] = 0u;
    }
    EACH_ROW
    for (k = 1; k < RULE_ROWS; k++) {
        const struct day_rule *rule = &rules[k];
        int32_t weekday = rule_weekday(rule);
        uint32_t i;
        struct year_day day;
        /* A row whose day always falls on a closed weekday (Easter Day,
         * Midsummer Day) closes no open day. */
        if (rule->anchor == ANCHOR_WEEKLY ||
            (weekday != 0 && weekday_closed(closed, weekday)) || !rule_applies(rule, year)) {
            continue;
        }
        /* without a branch (see weekday_closed()) */
        day = rule_day(rule, &y);
        i = (uint32_t)day.index;
        c->bits[i >> 6] |= (uint64_t)(~weekday_closed(closed, day.weekday) & 1u) << (i & 63u);
    }
    c->before[0] = 0;
    for (k = 1; k < 6; k++) {
        c->before[k] = c->before[k - 1] + bits_in(c->bits[k - 1]);
    }
}

/* Bits set before bit i (0 to 366) of a filled year. */
static int32_t closed_before(const struct closed_year *c, int32_t i) {
    return c->before[i >> 6] + bits_in(c->bits[i >> 6] & (((uint64_t)1 << (i & 63)) - 1u));
}

/* The civil year of a day (from 0001-01-01 to 10000-01-01) and the days
 * after its 1 January, 0 to 365. */
static int32_t day_in_year(int64_t date, int32_t *year) {
    uint32_t y;
    const uint32_t doy = cs_day_of_year((costshare_date)date, &y); /* after 1 March */
    if (doy >= 306u) { /* January, February: of the next civil year */
        *year = (int32_t)y + 1;
        return (int32_t)(doy - 306u);
    }
    *year = (int32_t)y;
    return (int32_t)doy + 59 + cs_is_leap((int32_t)y);
}

/* Open days in [lo, hi] that a dated row closes; lo <= hi, both valid. The
 * sum is unsigned: at most 8010 years of
 * at most 366 days each, far below 2^32, so it never wraps, and a static
 * analysis, which does not relate the sum to the number of years, needs no
 * bound on it to see that it cannot overflow. */
static int64_t closed_days(struct closed_year *c, int64_t lo, int64_t hi) {
    int32_t first, last, year;
    const int32_t lo_bit = day_in_year(lo, &first), hi_bit = day_in_year(hi, &last);
    uint32_t n = 0u;
    for (year = first; year <= last; year++) {
        if (c->year != year) {
            closed_year_fill(c, year);
        }
        /* [lo, hi] in the year, as the bits [from, to) */
        n += (uint32_t)(closed_before(c, year == last ? hi_bit + 1 : 366) -
                        closed_before(c, year == first ? lo_bit : 0));
    }
    return n;
}

/* Business days in [lo, hi] (lo, hi valid). */
static int64_t business_days_in(int64_t lo, int64_t hi) {
    struct closed_year c = {0}; /* no year filled yet: valid years start at 1990 */
    if (lo > hi) {
        return 0;
    }
    return open_days_through(hi) - open_days_through(lo - 1) - closed_days(&c, lo, hi);
}

int costshare_se_business_days_between(costshare_date from, costshare_date to, int32_t *count) {
    int64_t n;
    if (count == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(from) || !se_date_valid(to)) {
        return COSTSHARE_ERANGE;
    }
    /* from never counts, to does: (from, to] forward, [to, from) backward. */
    if (to >= from) {
        n = business_days_in((int64_t)from + 1, to);
    } else {
        n = -business_days_in(to, (int64_t)from - 1);
    }
    *count = (int32_t)n; /* |n| < 8010 years * 366 days */
    return COSTSHARE_OK;
}

int costshare_se_add_business_days(costshare_date date, int32_t count, costshare_date *out) {
    struct closed_year c = {0}; /* no year filled yet: valid years start at 1990 */
    int64_t current, remaining;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    current = date;
    remaining = count;
    /* Step to the remaining-th open day, then step again by the number of
     * open days the dated rows closed on the way; each pass shrinks the step
     * about twentyfold, so few passes are needed. Beyond the range the true
     * answer is further still, so leaving the range is final. Each pass
     * moves away from @p date, so only one end of the range can be left;
     * both are tested, as a static analysis does not see the direction
     * (it does not relate target to current). */
    if (remaining > 0) {
        while (remaining > 0) {
            int64_t target = kth_open_day(open_days_through(current) + remaining);
            if (target < COSTSHARE_SE_DATE_MIN || target > COSTSHARE_DATE_MAX) {
                return COSTSHARE_ERANGE;
            }
            remaining = closed_days(&c, current + 1, target);
            current = target;
        }
    } else {
        while (remaining < 0) {
            int64_t k = open_days_through(current - 1) + remaining + 1;
            int64_t target;
            if (k < 1) {
                return COSTSHARE_ERANGE;
            }
            target = kth_open_day(k);
            if (target < COSTSHARE_SE_DATE_MIN || target > COSTSHARE_DATE_MAX) {
                return COSTSHARE_ERANGE;
            }
            remaining = -closed_days(&c, target, current - 1);
            current = target;
        }
    }
    *out = (costshare_date)current;
    return COSTSHARE_OK;
}

int costshare_se_deadline(costshare_date date, costshare_date *out) {
    costshare_date d;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    /* Lag (1930:173) 2 §: the action may be taken on the next business day.
     * At most five days in a row are not business days (as Christmas Eve on
     * a Thursday to the Sunday after), so this loop is short. */
    for (d = date; !is_business(d); d++) {
        if (d == COSTSHARE_DATE_MAX) {
            return COSTSHARE_ERANGE;
        }
    }
    *out = d;
    return COSTSHARE_OK;
}

/* Kommunallagen (2017:725) 13 kap. 5 §: three weeks from the announcement,
 * counted by Lag (1930:173) 1 § (the same weekday three weeks later), the
 * last day then moved by 2 §. */
int costshare_se_appeal_deadline(costshare_date announced, costshare_date *last_day) {
    costshare_date end;
    if (last_day == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(announced) || cs_add_days(announced, 21, &end) != COSTSHARE_OK) {
        return COSTSHARE_ERANGE;
    }
    return costshare_se_deadline(end, last_day);
}

/* Kommunallagen (2017:725) 5 kap. 35 §: within one year from the day the
 * motion was raised, counted by Lag (1930:173) 1 § and not moved by 2 §. */
int costshare_se_motion_deadline(costshare_date raised, costshare_date *decide_by) {
    if (decide_by == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(raised)) {
        return COSTSHARE_ERANGE;
    }
    return costshare_date_add(raised, 1, COSTSHARE_YEARS, decide_by);
}

int costshare_se_easter(int32_t year, costshare_date *out) {
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!cs_year_valid(year)) {
        return COSTSHARE_ERANGE;
    }
    *out = easter_day(year);
    return COSTSHARE_OK;
}

int costshare_se_holiday_date(int32_t year, int32_t holiday, costshare_date *out) {
    const struct day_rule *rule;
    struct year_start y;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (holiday < COSTSHARE_SE_NEW_YEARS_DAY || holiday > COSTSHARE_SE_SATURDAY ||
        rules[holiday].anchor == ANCHOR_WEEKLY) {
        return COSTSHARE_EINVAL; /* unknown, or no single date (Sunday, Saturday) */
    }
    if (year < SE_YEAR_MIN || !cs_year_valid(year)) {
        return COSTSHARE_ERANGE;
    }
    rule = &rules[holiday];
    if (!rule_applies(rule, year)) {
        return COSTSHARE_ERANGE; /* the row does not apply that year */
    }
    y = year_start_of(year);
    *out = y.jan1 + rule_day(rule, &y).index;
    return COSTSHARE_OK;
}

const char *costshare_se_holiday_name(int32_t holiday, int32_t language) {
    if (holiday < 0 || holiday > COSTSHARE_SE_SATURDAY ||
        (language != COSTSHARE_LANG_SV && language != COSTSHARE_LANG_EN)) {
        return "";
    }
    return language == COSTSHARE_LANG_SV ? rules[holiday].name_sv : rules[holiday].name_en;
}

int costshare_se_is_business_day_batch(const costshare_date *dates, size_t count,
                                       int32_t *is_business_day, size_t *bad_index) {
    size_t i, bad;
    if (!cs_batch_arrays_ok(dates, is_business_day, count, sizeof *dates)) {
        return COSTSHARE_EINVAL;
    }
    bad = cs_batch_first_outside(dates, count, COSTSHARE_SE_DATE_MIN, COSTSHARE_DATE_MAX);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    for (i = 0; i < count; i++) {
        const costshare_date d = dates[i];
        if (CS_BATCH_VALID(d)) {
            is_business_day[i] = is_business(d);
        }
    }
    return COSTSHARE_OK;
}

int costshare_se_deadline_batch(const costshare_date *dates, size_t count, costshare_date *out,
                                size_t *bad_index) {
    costshare_date last;
    size_t i, bad;
    if (!cs_batch_arrays_ok(dates, out, count, sizeof *dates)) {
        return COSTSHARE_EINVAL;
    }
    /* A deadline exists exactly up to the calendar's last business day. */
    for (last = COSTSHARE_DATE_MAX; !is_business(last); last--) {
    }
    bad = cs_batch_first_outside(dates, count, COSTSHARE_SE_DATE_MIN, last);
    if (bad < count) {
        return cs_batch_refuse(bad, bad_index, COSTSHARE_ERANGE);
    }
    for (i = 0; i < count; i++) {
        costshare_date d = dates[i];
        if (CS_BATCH_VALID(d)) {
            /* d stops at last at the latest, a business day; the test
             * d < last states it for a static analysis. */
            for (; d < last && !is_business(d); d++) {
            }
            out[i] = d;
        }
    }
    return COSTSHARE_OK;
}
