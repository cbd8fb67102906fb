/* Drivers for amount.h: every argument over its whole domain. The options
 * are the current struct with every byte (version and every field) any
 * value. The parsed text is AMOUNT_TEXT_MAX bytes of any content, of which
 * any length (0 to AMOUNT_TEXT_MAX) is passed: with or without a NUL
 * anywhere, since the text need not be NUL-terminated and no byte at or past
 * the length is read. AMOUNT_TEXT_MAX reaches every branch: an overflowing
 * magnitude (20 digits), a minus sign, groups, a mark, decimals and a
 * suffix after a space. The format buffer has AMOUNT_BUFFER_MAX bytes, of
 * which any capacity (0 to AMOUNT_BUFFER_MAX) is passed. */
#include "costshare/amount.h"

#include "prove.h"

#define AMOUNT_TEXT_MAX 24
#define AMOUNT_BUFFER_MAX (COSTSHARE_AMOUNT_TEXT_SIZE + 1)

void drive_costshare_amount_options_init(void) {
    costshare_amount_options options;
    costshare_amount_options_init(NULL_OR(&options), any_u32());
}

void drive_costshare_amount_parse(void) {
    char text[AMOUNT_TEXT_MAX];
    costshare_amount_options options;
    int64_t amount;
    ANY_BYTES(text);
    ANY_BYTES(options);
    costshare_amount_parse(NULL_OR(&text[0]), Frama_C_size_t_interval(0, AMOUNT_TEXT_MAX),
                           NULL_OR(&options), NULL_OR(&amount));
}

void drive_costshare_amount_format(void) {
    char buffer[AMOUNT_BUFFER_MAX];
    costshare_amount_options options;
    ANY_BYTES(options);
    costshare_amount_format(any_i64(), NULL_OR(&options), NULL_OR(&buffer[0]),
                            Frama_C_size_t_interval(0, AMOUNT_BUFFER_MAX));
}

void drive_amount(void) {
    drive_costshare_amount_options_init();
    drive_costshare_amount_parse();
    drive_costshare_amount_format();
}
