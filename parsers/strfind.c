/* strfind.c — pa_strstr (see include/pressarc/strfind.h). */
#include "pressarc/strfind.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* Contract in strfind.h.  Each aligned 16-byte block of the haystack
 * gives the positions of the needle's first byte followed by its second
 * (the last position of a block is always tried: its second byte is in
 * the next block) before the string's NUL; each is checked byte by byte.
 * Aligned loads never cross a page, so reading past the NUL is safe; it
 * is outside the string, hence no AddressSanitizer checks here. */
__attribute__((no_sanitize_address)) static char *strstr_sse2(const char *haystack, const char *needle)
{
    const unsigned char c0 = (unsigned char)needle[0];
    if (!c0)
        return (char *)(uintptr_t)haystack;
    const unsigned char c1 = (unsigned char)needle[1];
    if (!c1)
        return strchr(haystack, c0);
    const __m128i first = _mm_set1_epi8((char)c0), second = _mm_set1_epi8((char)c1), zero = _mm_setzero_si128();
    size_t off = (uintptr_t)haystack & 15;
    const char *block = haystack - off;
    unsigned valid = 0xFFFFu << off; /* positions of the first block inside the string */
    for (;;) {
        __m128i b = _mm_load_si128((const __m128i *)(const void *)block);
        unsigned nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, zero)) & valid;
        unsigned at0 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, first));
        unsigned at1 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, second));
        unsigned cand = at0 & ((at1 >> 1) | 0x8000u) & valid;
        if (nul)
            cand &= (nul & (0u - nul)) - 1; /* before the first NUL */
        while (cand) {
            const char *p = block + __builtin_ctz(cand);
            size_t k = 1;
            while (needle[k] && p[k] == needle[k]) /* a NUL in p ends it: needle[k] is not NUL */
                k++;
            if (!needle[k])
                return (char *)(uintptr_t)p;
            cand &= cand - 1;
        }
        if (nul)
            return NULL;
        block += 16;
        valid = 0xFFFFu;
    }
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>

/* strstr_sse2 with 32-byte blocks, for CPUs with AVX2. */
__attribute__((no_sanitize_address, target("avx2"))) static char *strstr_avx2(const char *haystack,
                                                                               const char *needle)
{
    const unsigned char c0 = (unsigned char)needle[0];
    if (!c0)
        return (char *)(uintptr_t)haystack;
    const unsigned char c1 = (unsigned char)needle[1];
    if (!c1)
        return strchr(haystack, c0);
    const __m256i first = _mm256_set1_epi8((char)c0), second = _mm256_set1_epi8((char)c1),
                  zero = _mm256_setzero_si256();
    size_t off = (uintptr_t)haystack & 31;
    const char *block = haystack - off;
    uint32_t valid = UINT32_MAX << off; /* positions of the first block inside the string */
    for (;;) {
        __m256i b = _mm256_load_si256((const __m256i *)(const void *)block);
        uint32_t nul = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, zero)) & valid;
        uint32_t at0 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, first));
        uint32_t at1 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, second));
        uint32_t cand = at0 & ((at1 >> 1) | 0x80000000u) & valid;
        if (nul)
            cand &= (nul & (0u - nul)) - 1; /* before the first NUL */
        while (cand) {
            const char *p = block + __builtin_ctz(cand);
            size_t k = 1;
            while (needle[k] && p[k] == needle[k]) /* a NUL in p ends it: needle[k] is not NUL */
                k++;
            if (!needle[k])
                return (char *)(uintptr_t)p;
            cand &= cand - 1;
        }
        if (nul)
            return NULL;
        block += 32;
        valid = UINT32_MAX;
    }
}
#endif

/* Contract in strfind.h: the AVX2 scan where the CPU has it. */
char *pa_strstr(const char *haystack, const char *needle)
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("avx2"))
        return strstr_avx2(haystack, needle);
#endif
    return strstr_sse2(haystack, needle);
}
#else
char *pa_strstr(const char *haystack, const char *needle)
{
    return strstr(haystack, needle);
}
#endif
