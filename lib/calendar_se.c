/*
 * Swedish public holidays by Lag (1989:253) om allmänna helgdagar, and
 * business days ("vardagar") by Lag (1930:173) om beräkning av lagstadgad
 * tid 2 §.
 */
#include "costshare/calendar_se.h"

#include "civil.h"
#include "costshare/date.h"

#define SE_YEAR_MIN 1990
#define SE_YEAR_MAX 9999
/* SFS 2004:1320 (in force 2005-04-01) made 6 June a public holiday and struck
 * Whit Monday. Whit Monday 2005 (05-16) already fell after 04-01, so the
 * change applies by whole years: Whit Monday to 2004, National Day from 2005. */
#define SE_NATIONAL_DAY_FROM 2005

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
    uint32_t golden = y % 19u;                           /* golden number - 1 */
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

static costshare_date easter_day(int32_t year) {
    return cs_from_ymd(year, 3, 1) + easter_march_day(year) - 1;
}

/* ---- The rules, as data ---------------------------------------------------
 *
 * One row per kind of day: how Lag (1989:253) 2 § (and, for the three eves,
 * Lag 1930:173 2 §) fixes its date, the years it applies, and its names.
 * Rows are indexed by the constant, so COSTSHARE_SE_* is the row number.
 */
enum rule_anchor {
    ANCHOR_NONE,   /* no single date: Sunday, Saturday */
    ANCHOR_FIXED,  /* month, day */
    ANCHOR_EASTER, /* offset days from Easter Day */
    ANCHOR_WINDOW  /* the given weekday in the seven days from month, day */
};

struct day_rule {
    unsigned char anchor;
    signed char month;   /* ANCHOR_FIXED, ANCHOR_WINDOW */
    signed char day;     /* ANCHOR_FIXED, ANCHOR_WINDOW: first day of the window */
    signed char offset;  /* ANCHOR_EASTER: days after Easter Day */
    signed char weekday; /* ANCHOR_WINDOW: ISO weekday */
    short first_year, last_year;
    const char *name_sv, *name_en; /* Swedish in UTF-8, as escapes */
};

#define FIXED(m, d) ANCHOR_FIXED, (m), (d), 0, 0
#define EASTER(o) ANCHOR_EASTER, 0, 0, (o), 0
#define WINDOW(m, d, wd) ANCHOR_WINDOW, (m), (d), 0, (wd)
#define NO_DATE ANCHOR_NONE, 0, 0, 0, 0
#define ALWAYS SE_YEAR_MIN, SE_YEAR_MAX

static const struct day_rule rules[COSTSHARE_SE_SATURDAY + 1] = {
    {NO_DATE, ALWAYS, "", ""},
    {FIXED(1, 1), ALWAYS, "Ny\xc3\xa5" "rsdagen", "New Year's Day"},
    {FIXED(1, 6), ALWAYS, "Trettondedag jul", "Epiphany"},
    {EASTER(-2), ALWAYS, "L\xc3\xa5" "ngfredagen", "Good Friday"},
    {EASTER(0), ALWAYS, "P\xc3\xa5" "skdagen", "Easter Day"},
    {EASTER(1), ALWAYS, "Annandag p\xc3\xa5" "sk", "Easter Monday"},
    {FIXED(5, 1), ALWAYS, "F\xc3\xb6" "rsta maj", "May Day"},
    /* the sixth Thursday after Easter Day */
    {EASTER(39), ALWAYS, "Kristi himmelsf\xc3\xa4" "rdsdag", "Ascension Day"},
    /* the seventh Sunday after Easter Day */
    {EASTER(49), ALWAYS, "Pingstdagen", "Whitsunday"},
    /* SFS 2004:1320 (in force 2005-04-01) struck Whit Monday and added the
     * National Day. Whit Monday 2005 (16 May) already fell after 1 April, so
     * the change applies by whole years. */
    {EASTER(50), SE_YEAR_MIN, SE_NATIONAL_DAY_FROM - 1, "Annandag pingst", "Whit Monday"},
    {FIXED(6, 6), SE_NATIONAL_DAY_FROM, SE_YEAR_MAX, "Nationaldagen", "National Day"},
    {WINDOW(6, 20, 6), ALWAYS, "Midsommardagen", "Midsummer Day"},
    {WINDOW(10, 31, 6), ALWAYS, "Alla helgons dag", "All Saints' Day"},
    {FIXED(12, 25), ALWAYS, "Juldagen", "Christmas Day"},
    {FIXED(12, 26), ALWAYS, "Annandag jul", "Boxing Day"},
    {NO_DATE, ALWAYS, "S\xc3\xb6" "ndag", "Sunday"},
    /* Lag (1930:173) 2 §: not public holidays, but not business days */
    {WINDOW(6, 19, 5), ALWAYS, "Midsommarafton", "Midsummer Eve"},
    {FIXED(12, 24), ALWAYS, "Julafton", "Christmas Eve"},
    {FIXED(12, 31), ALWAYS, "Ny\xc3\xa5" "rsafton", "New Year's Eve"},
    {NO_DATE, ALWAYS, "L\xc3\xb6" "rdag", "Saturday"},
};

#undef FIXED
#undef EASTER
#undef WINDOW
#undef NO_DATE
#undef ALWAYS

/* The date of a row's day in a year (which the row must apply to). */
static costshare_date rule_date(const struct day_rule *rule, int32_t year,
                                costshare_date easter) {
    costshare_date first;
    switch (rule->anchor) {
    case ANCHOR_EASTER:
        return easter + rule->offset;
    case ANCHOR_WINDOW:
        first = cs_from_ymd(year, rule->month, rule->day);
        return first + (rule->weekday + 7 - cs_weekday(first)) % 7;
    default: /* ANCHOR_FIXED */
        return cs_from_ymd(year, rule->month, rule->day);
    }
}

/* Whether a dated row (anchor != ANCHOR_NONE; the caller refuses the others)
 * applies in a year. */
static int rule_applies(const struct day_rule *rule, int32_t year) {
    return year >= rule->first_year && year <= rule->last_year;
}

/* ---- Classifying a date -----------------------------------------------------
 *
 * The hot path (costshare_se_is_business_day() is meant for ~10 ns a call), so
 * the rules are written out here rather than looped over from the table; the
 * tests check both against each other for every year and against an
 * independent reference for every day 1990-9999.
 */

/* Fixed-date days by (month, day). */
static int fixed_day_kind(int32_t year, int32_t month, int32_t day) {
    switch (month * 100 + day) {
    case 101:
        return COSTSHARE_SE_NEW_YEARS_DAY;
    case 106:
        return COSTSHARE_SE_EPIPHANY;
    case 501:
        return COSTSHARE_SE_MAY_DAY;
    case 606:
        return year >= SE_NATIONAL_DAY_FROM ? COSTSHARE_SE_NATIONAL_DAY : COSTSHARE_SE_NONE;
    case 1225:
        return COSTSHARE_SE_CHRISTMAS_DAY;
    case 1226:
        return COSTSHARE_SE_BOXING_DAY;
    default:
        return COSTSHARE_SE_NONE;
    }
}

/* Holidays counted from Easter Day (Lag 1989:253 2 §), by offset in days. */
static int easter_day_kind(int32_t year, int32_t offset) {
    switch (offset) {
    case -2:
        return COSTSHARE_SE_GOOD_FRIDAY;
    case 0:
        return COSTSHARE_SE_EASTER_DAY;
    case 1:
        return COSTSHARE_SE_EASTER_MONDAY;
    case 39: /* the sixth Thursday after Easter Day */
        return COSTSHARE_SE_ASCENSION_DAY;
    case 49: /* the seventh Sunday after Easter Day */
        return COSTSHARE_SE_WHITSUNDAY;
    case 50:
        return year < SE_NATIONAL_DAY_FROM ? COSTSHARE_SE_WHIT_MONDAY : COSTSHARE_SE_NONE;
    default:
        return COSTSHARE_SE_NONE;
    }
}

/* Easter Day is 22 March .. 25 April, so the holidays counted from it lie
 * from Good Friday, 20 March at the earliest, to Whit Monday, 14 June at the
 * latest; outside that window Easter need not be computed. */
static int in_easter_window(int32_t month, int32_t day) {
    return (month == 3 && day >= 20) || month == 4 || month == 5 || (month == 6 && day <= 14);
}

/* Public holiday of a valid date (>= 1990-01-01), or 0. */
static int holiday_of(costshare_date date, int32_t year, int32_t month, int32_t day,
                      int weekday) {
    /* Fixed dates first: they win a tie with a moveable holiday (documented). */
    int kind = fixed_day_kind(year, month, day);
    if (kind != COSTSHARE_SE_NONE) {
        return kind;
    }
    if (in_easter_window(month, day) && (weekday == 1 || weekday >= 4) && weekday != 6) {
        /* Easter's holidays fall on Monday, Thursday, Friday or Sunday. */
        kind = easter_day_kind(year, date - easter_day(year));
        if (kind != COSTSHARE_SE_NONE) {
            return kind;
        }
    }
    if (weekday == 6) {
        /* Midsummer Day: the Saturday 20-26 June; All Saints' Day: the
         * Saturday 31 October - 6 November. */
        if ((month == 6 && day >= 20 && day <= 26) || (month == 10 && day == 31) ||
            (month == 11 && day <= 6)) {
            return month == 6 ? COSTSHARE_SE_MIDSUMMER_DAY : COSTSHARE_SE_ALL_SAINTS_DAY;
        }
    }
    return weekday == 7 ? COSTSHARE_SE_SUNDAY : COSTSHARE_SE_NONE;
}

/* The kind of a valid date under Lag (1930:173) 2 §. */
static int day_kind_of(costshare_date date) {
    int32_t year, month, day;
    int weekday = cs_weekday(date);
    int kind;
    cs_to_ymd(date, &year, &month, &day);
    kind = holiday_of(date, year, month, day, weekday);
    if (kind != COSTSHARE_SE_NONE) {
        return kind;
    }
    /* The three eves 2 § names besides the public holidays. */
    if (month == 12 && day == 24) {
        return COSTSHARE_SE_CHRISTMAS_EVE;
    }
    if (month == 12 && day == 31) {
        return COSTSHARE_SE_NEW_YEARS_EVE;
    }
    if (month == 6 && weekday == 5 && day >= 19 && day <= 25) {
        return COSTSHARE_SE_MIDSUMMER_EVE;
    }
    return weekday == 6 ? COSTSHARE_SE_SATURDAY : COSTSHARE_SE_NONE;
}

static int se_date_valid(costshare_date date) {
    return date >= COSTSHARE_SE_DATE_MIN && date <= COSTSHARE_DATE_MAX;
}

/* Business day test for a valid date, with a fast path for weekends. */
static int is_business(costshare_date date) {
    int32_t year, month, day;
    int weekday = cs_weekday(date);
    if (weekday >= 6) {
        return 0;
    }
    cs_to_ymd(date, &year, &month, &day);
    switch (month) {
    case 1:
        return day != 1 && day != 6;
    case 5:
        if (day == 1) {
            return 0;
        }
        break;
    case 6:
        if (day == 6 && year >= SE_NATIONAL_DAY_FROM) {
            return 0;
        }
        if (weekday == 5 && day >= 19 && day <= 25) { /* Midsummer Eve */
            return 0;
        }
        break;
    case 12:
        return day != 24 && day != 25 && day != 26 && day != 31;
    default:
        break;
    }
    /* Good Friday, Ascension Day (Thu, Fri) and Easter/Whit Monday. */
    if (in_easter_window(month, day) && (weekday == 1 || weekday >= 4)) {
        switch (date - easter_day(year)) {
        case -2: /* Good Friday */
        case 1:  /* Easter Monday */
        case 39: /* Ascension Day */
            return 0;
        case 50: /* Whit Monday, a holiday to 2004 */
            return year >= SE_NATIONAL_DAY_FROM;
        default:
            break;
        }
    }
    return 1;
}

int costshare_se_holiday(costshare_date date) {
    int32_t year, month, day;
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    cs_to_ymd(date, &year, &month, &day);
    return holiday_of(date, year, month, day, cs_weekday(date));
}

int costshare_se_day_kind(costshare_date date) {
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    return day_kind_of(date);
}

int costshare_se_is_business_day(costshare_date date) {
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    return is_business(date);
}

/* ---- Counting business days --------------------------------------------
 *
 * Weekdays (Monday-Friday) are counted in closed form from 0001-01-01, a
 * Monday. The weekdays that are not business days ("holiday weekdays") are at
 * most thirteen a year and are counted year by year, so any count costs at
 * most one short pass over the years 1990-9999 (about 0.25 ms).
 */

/* Weekdays in [COSTSHARE_DATE_MIN, date]; date >= COSTSHARE_DATE_MIN - 1. */
static int64_t weekdays_through(int64_t date) {
    int64_t n = date - COSTSHARE_DATE_MIN + 1; /* days in the range */
    int64_t rest = n % 7;
    return n / 7 * 5 + (rest < 5 ? rest : 5);
}

/* The weekday whose weekdays_through() is k (k >= 1): the k-th weekday. */
static int64_t kth_weekday(int64_t k) {
    return COSTSHARE_DATE_MIN + (k - 1) / 5 * 7 + (k - 1) % 5;
}

/* Count of x in [lo, hi] that fall on a weekday. */
static int32_t weekday_in(costshare_date x, int64_t lo, int64_t hi) {
    return x >= lo && x <= hi && cs_weekday(x) <= 5;
}

/* Holiday weekdays of @p year lying in [lo, hi]. Good Friday, Easter Monday,
 * Ascension Day, Whit Monday and Midsummer Eve are weekdays by definition;
 * the fixed dates count when they fall on Monday-Friday. */
static int32_t holiday_weekdays_in_year(int32_t year, int64_t lo, int64_t hi) {
    costshare_date jan1 = cs_from_ymd(year, 1, 1);
    costshare_date easter = easter_day(year);
    costshare_date may1 = cs_from_ymd(year, 5, 1);
    costshare_date dec24 = cs_from_ymd(year, 12, 24);
    int32_t n = 0;
    n += weekday_in(jan1, lo, hi);             /* New Year's Day */
    n += weekday_in(jan1 + 5, lo, hi);         /* Epiphany */
    n += weekday_in(easter - 2, lo, hi);       /* Good Friday */
    n += weekday_in(easter + 1, lo, hi);       /* Easter Monday */
    n += weekday_in(may1, lo, hi);             /* May Day */
    if (easter + 39 != may1) {                 /* Ascension Day, unless on 1 May */
        n += weekday_in(easter + 39, lo, hi);
    }
    if (year < SE_NATIONAL_DAY_FROM) {
        n += weekday_in(easter + 50, lo, hi); /* Whit Monday */
    } else {
        n += weekday_in(cs_from_ymd(year, 6, 6), lo, hi); /* National Day */
    }
    n += weekday_in(rule_date(&rules[COSTSHARE_SE_MIDSUMMER_EVE], year, easter), lo, hi);
    n += weekday_in(dec24, lo, hi);     /* Christmas Eve */
    n += weekday_in(dec24 + 1, lo, hi); /* Christmas Day */
    n += weekday_in(dec24 + 2, lo, hi); /* Boxing Day */
    n += weekday_in(dec24 + 7, lo, hi); /* New Year's Eve */
    return n;
}

/* Holiday weekdays in [lo, hi], both within the valid Swedish range
 * (0 when lo > hi: each year then counts nothing). */
static int64_t holiday_weekdays(int64_t lo, int64_t hi) {
    int32_t first, last, year, month, day;
    int64_t n = 0;
    cs_to_ymd((costshare_date)lo, &first, &month, &day);
    cs_to_ymd((costshare_date)hi, &last, &month, &day);
    for (year = first; year <= last; year++) {
        n += holiday_weekdays_in_year(year, lo, hi);
    }
    return n;
}

/* Business days in [lo, hi] (lo, hi valid). */
static int64_t business_days_in(int64_t lo, int64_t hi) {
    if (lo > hi) {
        return 0;
    }
    return weekdays_through(hi) - weekdays_through(lo - 1) - holiday_weekdays(lo, hi);
}

int costshare_se_business_days_between(costshare_date from, costshare_date to,
                                       int32_t *count) {
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
    *count = (int32_t)n; /* |n| < 8010 years * 262 weekdays */
    return COSTSHARE_OK;
}

int costshare_se_add_business_days(costshare_date date, int32_t count, costshare_date *out) {
    int64_t current = date;
    int64_t remaining;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (!se_date_valid(date)) {
        return COSTSHARE_ERANGE;
    }
    remaining = count;
    /* Step to the remaining-th weekday, then step again by the number of
     * holiday weekdays passed on the way; each pass shrinks the step about
     * twentyfold, so few passes are needed. Beyond the range the true answer
     * is further still, so leaving the range is final. */
    if (remaining > 0) {
        while (remaining > 0) {
            int64_t target = kth_weekday(weekdays_through(current) + remaining);
            if (target > COSTSHARE_DATE_MAX) {
                return COSTSHARE_ERANGE;
            }
            remaining = holiday_weekdays(current + 1, target);
            current = target;
        }
    } else {
        while (remaining < 0) {
            int64_t k = weekdays_through(current - 1) + remaining + 1;
            int64_t target;
            if (k < 1) {
                return COSTSHARE_ERANGE;
            }
            target = kth_weekday(k);
            if (target < COSTSHARE_SE_DATE_MIN) {
                return COSTSHARE_ERANGE;
            }
            remaining = -holiday_weekdays(target, current - 1);
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
    /* Lag (1930:173) 2 §: the action may be taken on the next weekday. At
     * most five days in a row are not business days (as Christmas Eve on a
     * Thursday to the Sunday after), so this loop is short. */
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
    if (year < 1 || year > SE_YEAR_MAX) {
        return COSTSHARE_ERANGE;
    }
    *out = easter_day(year);
    return COSTSHARE_OK;
}

int costshare_se_holiday_date(int32_t year, int32_t holiday, costshare_date *out) {
    const struct day_rule *rule;
    if (out == NULL) {
        return COSTSHARE_EINVAL;
    }
    if (holiday < COSTSHARE_SE_NEW_YEARS_DAY || holiday > COSTSHARE_SE_SATURDAY ||
        rules[holiday].anchor == ANCHOR_NONE) {
        return COSTSHARE_EINVAL; /* unknown, or no single date (Sunday, Saturday) */
    }
    if (year < SE_YEAR_MIN || year > SE_YEAR_MAX) {
        return COSTSHARE_ERANGE;
    }
    rule = &rules[holiday];
    if (!rule_applies(rule, year)) {
        return COSTSHARE_ERANGE; /* Whit Monday after 2004, National Day before 2005 */
    }
    *out = rule_date(rule, year, rule->anchor == ANCHOR_EASTER ? easter_day(year) : 0);
    return COSTSHARE_OK;
}

const char *costshare_se_holiday_name(int32_t holiday, int32_t language) {
    if (holiday < 0 || holiday > COSTSHARE_SE_SATURDAY ||
        (language != COSTSHARE_LANG_SV && language != COSTSHARE_LANG_EN)) {
        return "";
    }
    return language == COSTSHARE_LANG_SV ? rules[holiday].name_sv : rules[holiday].name_en;
}
