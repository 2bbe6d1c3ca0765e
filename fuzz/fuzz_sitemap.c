/* fuzz_sitemap.c — libFuzzer target: any bytes through the sitemap parser
 * (small limits so truncation and alternate caps are reached too). */
#include <stddef.h>
#include <stdint.h>
#include "pressarc/sitemap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa_sitemap s;
    pa_err err;
    pa_sitemap_limits lim = {.max_entries = 1000, .max_bytes = 1 << 20, .max_alts = 8};
    if (pa_sitemap_parse((const char *)data, size, &lim, &s, &err) == PA_OK) {
        for (size_t i = 0; i < s.n_entries; i++) {
            int64_t t;
            pa_w3c_datetime_parse(s.entries[i].lastmod, &t);
        }
        pa_sitemap_free(&s);
    }
    return 0;
}
