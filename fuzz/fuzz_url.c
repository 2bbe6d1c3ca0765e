/* fuzz_url.c — libFuzzer target: URL normalisation and its helpers. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    char *out = NULL;
    pa_err err;
    if (pa_url_normalize(s, &out, &err) == PA_OK) {
        free(pa_url_host_key(out));
        free(pa_url_path_query(out));
        free(out);
    }
    if (pa_url_resolve("http://a.test/x/y.html", s, &out, &err) == PA_OK)
        free(out);
    free(s);
    return 0;
}
