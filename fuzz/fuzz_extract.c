/* fuzz_extract.c — libFuzzer target: any bytes through the extractor. */
#include <stddef.h>
#include <stdint.h>
#include "pressarc/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.url = "http://fuzz.test/news/2025/11/14/x.html", .fetch_time = 1795000000};
    if (pa_extract((const char *)data, size, &o, &d, &err) == PA_OK)
        pa_doc_free(&d);
    return 0;
}
