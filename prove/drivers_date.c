/* Drivers for date.h: every argument over its whole domain. */
#include "costshare/date.h"

#include "batch_arrays.h"
#include "prove.h"

void drive_costshare_date_from_ymd(void) {
    costshare_date out;
    costshare_date_from_ymd(any_i32(), any_i32(), any_i32(), NULL_OR(&out));
}

void drive_costshare_date_to_ymd(void) {
    int32_t y, m, d;
    costshare_date_to_ymd(any_i32(), NULL_OR(&y), NULL_OR(&m), NULL_OR(&d));
}

void drive_costshare_date_parse(void) {
    /* Any bytes, any length up to the buffer's size (the caller's buffer
     * holds at least length bytes, date.h). */
    char text[16];
    costshare_date out;
    ANY_BYTES(text);
    costshare_date_parse(NULL_OR(&text[0]), Frama_C_size_t_interval(0, sizeof text),
                         NULL_OR(&out));
}

void drive_costshare_date_format(void) {
    char buffer[16];
    size_t capacity = Frama_C_size_t_interval(0, sizeof buffer);
    costshare_date_format(any_i32(), NULL_OR(&buffer[0]), capacity);
}

void drive_costshare_date_weekday(void) {
    int32_t w;
    costshare_date_weekday(any_i32(), NULL_OR(&w));
}

void drive_costshare_date_add(void) {
    costshare_date out;
    costshare_date_add(any_i32(), any_i32(), any_i32(), NULL_OR(&out));
}

void drive_costshare_date_is_leap_year(void) {
    int32_t v;
    costshare_date_is_leap_year(any_i32(), NULL_OR(&v));
}

void drive_costshare_date_days_in_month(void) {
    int32_t v;
    costshare_date_days_in_month(any_i32(), any_i32(), NULL_OR(&v));
}

void drive_costshare_date_month_first(void) {
    costshare_date out;
    costshare_date_month_first(any_i32(), NULL_OR(&out));
}

void drive_costshare_date_month_last(void) {
    costshare_date out;
    costshare_date_month_last(any_i32(), NULL_OR(&out));
}

void drive_costshare_date_year_first(void) {
    costshare_date out;
    costshare_date_year_first(any_i32(), NULL_OR(&out));
}

void drive_costshare_date_year_last(void) {
    costshare_date out;
    costshare_date_year_last(any_i32(), NULL_OR(&out));
}

void drive_costshare_date_days_between(void) {
    int32_t v;
    costshare_date_days_between(any_i32(), any_i32(), NULL_OR(&v));
}

/* Arrays of any content and any count up to BATCH_LEN (65) elements, in
 * place, overlapping or apart (prove/batch_arrays.h); every other argument
 * any value. */
void drive_costshare_date_add_batch(void) {
    struct batch_arrays a;
    size_t bad;
    int32_t amount = any_i32(), unit = any_i32();
    batch_arrays_any(&a);
    costshare_date_add_batch(a.in, a.count, amount, unit, a.out, NULL_OR(&bad));
    /* any count, with an array NULL */
    costshare_date_add_batch(NULL, any_size(), amount, unit, a.out, NULL_OR(&bad));
    costshare_date_add_batch(a.in, any_size(), amount, unit, NULL, NULL_OR(&bad));
}

void drive_date(void) {
    drive_costshare_date_from_ymd();
    drive_costshare_date_to_ymd();
    drive_costshare_date_parse();
    drive_costshare_date_format();
    drive_costshare_date_weekday();
    drive_costshare_date_add();
    drive_costshare_date_is_leap_year();
    drive_costshare_date_days_in_month();
    drive_costshare_date_month_first();
    drive_costshare_date_month_last();
    drive_costshare_date_year_first();
    drive_costshare_date_year_last();
    drive_costshare_date_days_between();
    drive_costshare_date_add_batch();
}
