/* minhash.c — MinHash signatures over word shingles, their similarity and
 * LSH band keys, for same-language near-duplicates; see minhash.h. */
#include "pressarc/minhash.h"

#include <string.h>
#include <utf8proc.h>

/* splitmix64's finaliser: a bijective 64-bit mix. */
static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

/* The hash functions: h_i(x) = high 32 bits of (x * a_i + b_i) mod 2^64,
 * a_i odd, over already mixed 64-bit shingle hashes x; the coefficients
 * come from fixed seeds (computed per text: 128 mixes, no shared state). */
static void minhash_coefs(uint64_t a[PA_MINHASH_K], uint64_t b[PA_MINHASH_K])
{
    for (int i = 0; i < PA_MINHASH_K; i++) {
        a[i] = mix64(0x243f6a8885a308d3ull + (uint64_t)i * 0x9e3779b97f4a7c15ull) | 1u;
        b[i] = mix64(0x13198a2e03707344ull + (uint64_t)i * 0x9e3779b97f4a7c15ull);
    }
}

/* Scripts written without spaces between words: each character is a token. */
static int unspaced_script(utf8proc_int32_t cp)
{
    return (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF) ||   /* Khmer */
           (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
           (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility ideographs */
           (cp >= 0x20000 && cp <= 0x3134F);   /* CJK extensions B-G */
}

/* Letters, marks and digits make words; everything else separates them. */
static int word_category(int category)
{
    switch (category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

/* The tokenizer's state: the hash of the token being read, and the hashes
 * of the last PA_MINHASH_SHINGLE tokens (a ring). */
typedef struct {
    uint64_t cur;
    int in_token;
    uint64_t ring[PA_MINHASH_SHINGLE];
    size_t tokens;
    pa_minhash *out;
    uint64_t a[PA_MINHASH_K], b[PA_MINHASH_K]; /* minhash_coefs */
} shingler;

#define FNV_OFFSET 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

/* One more code point of the current token (FNV-1a over code points). */
static void token_add(shingler *s, uint32_t cp)
{
    if (!s->in_token) {
        s->cur = FNV_OFFSET;
        s->in_token = 1;
    }
    s->cur = (s->cur ^ cp) * FNV_PRIME;
}

/* The current token is complete: shift it into the ring and, once
 * PA_MINHASH_SHINGLE tokens were seen, fold the shingle that ends with it
 * into the signature. */
static void token_end(shingler *s)
{
    if (!s->in_token)
        return;
    s->in_token = 0;
    s->ring[s->tokens % PA_MINHASH_SHINGLE] = s->cur;
    s->tokens++;
    if (s->tokens < PA_MINHASH_SHINGLE)
        return;
    uint64_t x = 0x452821e638d01377ull;
    for (size_t k = s->tokens - PA_MINHASH_SHINGLE; k < s->tokens; k++)
        x = mix64(x ^ s->ring[k % PA_MINHASH_SHINGLE]);
    pa_minhash *m = s->out;
    for (int i = 0; i < PA_MINHASH_K; i++) {
        uint32_t v = (uint32_t)((x * s->a[i] + s->b[i]) >> 32);
        m->v[i] = v < m->v[i] ? v : m->v[i];
    }
    m->shingles++;
}

int pa_minhash_text(const char *utf8, size_t len, pa_minhash *out)
{
    for (int i = 0; i < PA_MINHASH_K; i++)
        out->v[i] = UINT32_MAX;
    out->shingles = 0;
    shingler s;
    memset(&s, 0, sizeof s);
    s.out = out;
    minhash_coefs(s.a, s.b);
    const unsigned char *p = (const unsigned char *)utf8;
    for (size_t i = 0; i < len;) {
        unsigned char c = p[i];
        if (c < 0x80) { /* ASCII: letters and digits, lowercased */
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                token_add(&s, c);
            else if (c >= 'A' && c <= 'Z')
                token_add(&s, (uint32_t)(c + 32));
            else
                token_end(&s);
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) { /* invalid byte: a separator */
            token_end(&s);
            i++;
            continue;
        }
        i += (size_t)n;
        const utf8proc_property_t *prop = utf8proc_get_property(cp);
        if (!word_category(prop->category)) {
            token_end(&s);
            continue;
        }
        if (unspaced_script(cp)) {
            token_end(&s);
            token_add(&s, (uint32_t)cp);
            token_end(&s);
            continue;
        }
        /* compatibility decomposition and case folding, one code point at a
         * time; most code points have neither (Hangul syllables decompose
         * without a table entry) */
        if (prop->decomp_seqindex == UINT16_MAX && prop->casefold_seqindex == UINT16_MAX &&
            !(cp >= 0xAC00 && cp <= 0xD7A3)) {
            token_add(&s, (uint32_t)cp);
            continue;
        }
        utf8proc_int32_t dec[8];
        int last_boundclass = 0;
        utf8proc_ssize_t nd = utf8proc_decompose_char(
            cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, &last_boundclass);
        if (nd <= 0 || nd > 8) {
            token_add(&s, (uint32_t)cp);
            continue;
        }
        for (utf8proc_ssize_t k = 0; k < nd; k++)
            token_add(&s, (uint32_t)dec[k]);
    }
    token_end(&s);
    return out->shingles >= PA_MINHASH_MIN_SHINGLES ? 0 : -1;
}

double pa_minhash_similarity(const pa_minhash *a, const pa_minhash *b)
{
    int same = 0;
    for (int i = 0; i < PA_MINHASH_K; i++)
        same += a->v[i] == b->v[i];
    return (double)same / PA_MINHASH_K;
}

void pa_minhash_band_keys(const pa_minhash *m, uint64_t keys[PA_MINHASH_BANDS])
{
    for (int band = 0; band < PA_MINHASH_BANDS; band++) {
        uint64_t h = mix64(0xa4093822299f31d0ull + (uint64_t)band);
        for (int r = 0; r < PA_MINHASH_ROWS; r++)
            h = mix64(h ^ m->v[band * PA_MINHASH_ROWS + r]);
        keys[band] = h >> 16;
    }
}

void pa_minhash_encode(const pa_minhash *m, unsigned char out[PA_MINHASH_BYTES])
{
    for (int i = 0; i < PA_MINHASH_K; i++) {
        out[4 * i] = (unsigned char)(m->v[i] >> 24);
        out[4 * i + 1] = (unsigned char)(m->v[i] >> 16);
        out[4 * i + 2] = (unsigned char)(m->v[i] >> 8);
        out[4 * i + 3] = (unsigned char)m->v[i];
    }
}

int pa_minhash_decode(const void *data, size_t len, pa_minhash *out)
{
    if (!data || len != PA_MINHASH_BYTES)
        return -1;
    const unsigned char *d = data;
    for (int i = 0; i < PA_MINHASH_K; i++)
        out->v[i] = (uint32_t)d[4 * i] << 24 | (uint32_t)d[4 * i + 1] << 16 | (uint32_t)d[4 * i + 2] << 8 |
                    (uint32_t)d[4 * i + 3];
    out->shingles = 0;
    return 0;
}
