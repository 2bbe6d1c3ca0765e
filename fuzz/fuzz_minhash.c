/* fuzz_minhash.c — libFuzzer target: MinHash signatures of any bytes as
 * text.  A signature must be deterministic, survive its encoding, and be
 * identical to itself (similarity 1); a stored form of any other length is
 * refused. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "pressarc/minhash.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pa_minhash a, b, c;
    int ra = pa_minhash_text((const char *)data, size, &a);
    int rb = pa_minhash_text((const char *)data, size, &b);
    if (ra != rb || memcmp(a.v, b.v, sizeof a.v) != 0 || a.shingles != b.shingles)
        abort(); /* not deterministic */
    if (pa_minhash_similarity(&a, &b) != 1.0)
        abort();
    unsigned char enc[PA_MINHASH_BYTES];
    pa_minhash_encode(&a, enc);
    if (pa_minhash_decode(enc, sizeof enc, &c) != 0 || memcmp(a.v, c.v, sizeof a.v) != 0)
        abort();
    if (size != PA_MINHASH_BYTES && pa_minhash_decode(data, size, &c) != -1)
        abort();
    uint64_t k1[PA_MINHASH_BANDS], k2[PA_MINHASH_BANDS];
    pa_minhash_band_keys(&a, k1);
    pa_minhash_band_keys(&c, k2);
    if (memcmp(k1, k2, sizeof k1) != 0)
        abort();
    return 0;
}
