/* minhash.h — same-language near-duplicate detection (pure): MinHash
 * signatures over word shingles and their LSH band keys.
 *
 * A text is cut into tokens — runs of letters, marks and digits, after
 * compatibility decomposition and case folding (utf8proc), so that case,
 * spacing, punctuation and compatibility forms do not matter; in scripts
 * written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) every
 * character is a token.  Its shingles are the runs of PA_MINHASH_SHINGLE
 * consecutive tokens, each hashed to 64 bits.  The signature keeps, for each
 * of PA_MINHASH_K hash functions, the smallest hash of any shingle: two
 * signatures agree at one position with probability equal to the Jaccard
 * index of the two shingle sets.  The first PA_MINHASH_BANDS *
 * PA_MINHASH_ROWS values are split into PA_MINHASH_BANDS bands of
 * PA_MINHASH_ROWS values; two texts whose signatures agree on a whole band
 * share that band's key, so indexing the keys finds the pairs with a high
 * Jaccard index without comparing all pairs (a pair with Jaccard J shares a
 * key with probability 1 - (1 - J^ROWS)^BANDS: 0.66 at 0.5, 0.86 at 0.6,
 * 0.97 at 0.7, 0.998 at 0.8; 0.06 at 0.2).
 * Everything is deterministic: fixed seeds, no randomness. */
#ifndef PRESSARC_MINHASH_H
#define PRESSARC_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define PA_MINHASH_K 64           /* values in a signature */
#define PA_MINHASH_ROWS 3         /* values in one band */
#define PA_MINHASH_BANDS 8        /* bands (keys indexed per text) */
#define PA_MINHASH_SHINGLE 4      /* tokens in a shingle */
#define PA_MINHASH_MIN_SHINGLES 8 /* fewer distinct shingles: no signature */
#define PA_MINHASH_BYTES (PA_MINHASH_K * 4) /* the stored (encoded) form */

typedef struct {
    uint32_t v[PA_MINHASH_K]; /* per hash function, the smallest shingle hash (high 32 bits) */
    size_t shingles;          /* shingles seen (with repeats) */
} pa_minhash;

/* pa_minhash_text — the signature of `len` bytes of UTF-8 text (invalid
 * bytes are separators).  Returns 0, or -1 when the text has fewer than
 * PA_MINHASH_MIN_SHINGLES shingles (too short to call anything a
 * near-duplicate of it); `out` is filled either way. */
int pa_minhash_text(const char *utf8, size_t len, pa_minhash *out);

/* pa_minhash_similarity — the estimated Jaccard index of the two texts'
 * shingle sets: the fraction of positions where the signatures agree. */
double pa_minhash_similarity(const pa_minhash *a, const pa_minhash *b);

/* pa_minhash_band_keys — the LSH key of each band: 48 bits of a hash of the
 * band's values, with the band's number mixed in (equal keys of different
 * bands are different keys). */
void pa_minhash_band_keys(const pa_minhash *m, uint64_t keys[PA_MINHASH_BANDS]);

/* pa_minhash_encode — the signature as PA_MINHASH_BYTES bytes (each value
 * big-endian), for storage; pa_minhash_decode reads it back and returns 0,
 * or -1 when `len` is not PA_MINHASH_BYTES. */
void pa_minhash_encode(const pa_minhash *m, unsigned char out[PA_MINHASH_BYTES]);
int pa_minhash_decode(const void *data, size_t len, pa_minhash *out);

#endif
