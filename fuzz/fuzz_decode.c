/* fuzz_decode.c — libFuzzer target: content decoding with a small cap.  The
 * first byte picks the encoding. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "pressarc/decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const enc[] = {"gzip", "deflate", "br", "gzip, br", "identity"};
    if (!size)
        return 0;
    char *out = NULL;
    size_t ol = 0;
    pa_err err;
    if (pa_content_decode(enc[data[0] % 5], (const char *)data + 1, size - 1, 1 << 20, &out, &ol, &err) == PA_OK)
        free(out);
    return 0;
}
