/* fuzz_robots.c — libFuzzer target: robots.txt parsing and matching.  The
 * first line of the input is the path to test, the rest the file. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/robots.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nl = memchr(s, '\n', size);
    size_t plen = nl ? (size_t)(nl - s) : 0;
    char *path = malloc(plen + 2);
    if (!path)
        return 0;
    path[0] = '/';
    memcpy(path + 1, s, plen);
    path[plen + 1] = '\0';
    pa_robots *r = pa_robots_parse(nl ? nl + 1 : s, nl ? size - plen - 1 : size, "pressarc/0.1");
    if (r) {
        pa_robots_allowed(r, path);
        pa_robots_crawl_delay(r);
        for (size_t i = 0; i < pa_robots_sitemap_count(r); i++)
            (void)pa_robots_sitemap(r, i);
        pa_robots_free(r);
    }
    free(path);
    return 0;
}
