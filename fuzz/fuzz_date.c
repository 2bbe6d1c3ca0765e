/* fuzz_date.c — libFuzzer target: every date parser on any bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    pa_date d;
    pa_date_line_kind(s, size, "en", &d);
    pa_date_parse_text(s, size, "fr", &d);
    if (pa_date_parse_iso(s, &d) == 0) {
        char buf[40];
        pa_date_format(&d, buf, sizeof buf);
    }
    pa_date_from_url(s, &d);
    /* the page-order signals, on the bytes as a page (not NUL-bound) and as a tag or an address */
    pa_date read = {.year = 2014, .month = 8, .day = 7, .order = PA_DATE_MDY};
    pa_date_order_of_numbers((const char *)data, size);
    pa_date_order_of_names((const char *)data, size);
    pa_date_order_of_name_lines((const char *)data, size);
    pa_date_compact_line((const char *)data, size);
    pa_date_order_same_day((const char *)data, size, &read);
    pa_date_order_of_tag(s);
    pa_date_order_of_host(s);
    free(s);
    return 0;
}
