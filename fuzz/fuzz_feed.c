/* fuzz_feed.c — libFuzzer target: any bytes through the feed parser, the
 * RFC 822 date parser and HTML feed autodiscovery. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa_feed f;
    pa_err err;
    pa_feed_limits lim = {.max_entries = 1000, .max_bytes = 1 << 20};
    if (pa_feed_parse((const char *)data, size, &lim, &f, &err) == PA_OK)
        pa_feed_free(&f);
    char **urls = NULL;
    size_t n = 0;
    if (pa_feed_autodiscover((const char *)data, size, "http://fuzz.test/news/", &urls, &n, &err) == PA_OK)
        pa_feed_urls_free(urls, n);
    if (size <= 256) {
        char s[257];
        memcpy(s, data, size);
        s[size] = '\0';
        int64_t t;
        pa_rfc822_date_parse(s, &t);
    }
    return 0;
}
