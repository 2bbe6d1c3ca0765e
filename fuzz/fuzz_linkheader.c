/* fuzz_linkheader.c — libFuzzer target: HTTP Link header fields of a
 * response head.  Any bytes in; every alternate found must be an absolute
 * http(s) URL with a non-empty lowercase hreflang, within the cap. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/linkheader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa_link_header lh;
    pa_err e;
    if (pa_link_header_parse((const char *)data, size, "https://www.example.com/a/b.html", &lh, &e) != PA_OK)
        return 0;
    if (lh.n_alternates > PA_LINKHEADER_MAX_ALTERNATES)
        abort();
    for (size_t i = 0; i < lh.n_alternates; i++) {
        const char *h = lh.alternates[i].href, *l = lh.alternates[i].hreflang;
        if (strncmp(h, "http://", 7) != 0 && strncmp(h, "https://", 8) != 0)
            abort();
        if (!*l)
            abort();
        for (const char *c = l; *c; c++)
            if (isupper((unsigned char)*c))
                abort();
    }
    pa_link_header_free(&lh);
    return 0;
}
