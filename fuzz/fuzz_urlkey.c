/* fuzz_urlkey.c — libFuzzer target: language-sibling URL keys and relations.
 * The input is two URLs separated by a newline; every related pair must
 * share a key, and the relation must be symmetric. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/urlkey.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    char *b = strchr(s, '\n');
    if (b)
        *b++ = '\0';
    else
        b = s;
    pa_urlkeys ka, kb;
    int ra = pa_urlkey_compute(s, &ka), rb = pa_urlkey_compute(b, &kb);
    pa_urlrel r = pa_urlkey_relation(s, b);
    if (r != pa_urlkey_relation(b, s))
        abort();
    if (r != PA_URLREL_NONE) {
        int shared = 0;
        for (size_t i = 0; ra == 0 && rb == 0 && i < ka.n; i++)
            for (size_t j = 0; j < kb.n; j++)
                shared |= strcmp(ka.keys[i], kb.keys[j]) == 0;
        if (!shared)
            abort();
    }
    (void)pa_urlkey_apart(s, b);
    (void)pa_urlkey_is_lang(s, strlen(s));
    free(s);
    return 0;
}
