/* strfind.c — pa_strstr (see include/pressarc/strfind.h). */
#include "pressarc/strfind.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* Is the needle (whose first two bytes are at p already) at p?  Reads p
 * only up to its first byte that differs, so never past the haystack's
 * NUL (needle[k] is not NUL while it is compared). */
static int needle_at(const char *p, const char *needle)
{
    size_t k = 2;
    while (needle[k] && p[k] == needle[k])
        k++;
    return !needle[k];
}

/* The needle in a haystack of len bytes shorter than a block, one byte
 * at a time (c0, c1: the needle's first two bytes, both not NUL). */
static char *short_scan(const char *haystack, size_t len, const char *needle, unsigned char c0, unsigned char c1)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)haystack[i] == c0 && (unsigned char)haystack[i + 1] == c1 && needle_at(haystack + i, needle))
            return (char *)(uintptr_t)(haystack + i);
    return NULL;
}

/* The needle at a candidate position of the 16-byte block at haystack +
 * at: cand holds the positions where the needle's first byte is followed
 * by its second in the block (a block's last position always: its second
 * byte is in the next block or the NUL), each checked byte by byte. */
static char *block_candidates(const char *haystack, size_t at, unsigned cand, const char *needle, unsigned char c1)
{
    for (; cand; cand &= cand - 1) {
        const char *p = haystack + at + __builtin_ctz(cand);
        if ((unsigned char)p[1] == c1 && needle_at(p, needle))
            return (char *)(uintptr_t)p;
    }
    return NULL;
}

/* The positions in the 16-byte block at p where c0 (first) is followed
 * by c1 (second), its last position always (block_candidates). */
static unsigned pair_mask16(const char *p, __m128i first, __m128i second)
{
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned at0 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, first));
    unsigned at1 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, second));
    return at0 & ((at1 >> 1) | 0x8000u);
}

/* Contract in strfind.h (pa_strstr_len).  Each whole 16-byte block gives
 * its candidates; the bytes left after them are read as the end of one
 * more block ending at the NUL, its positions tried already left out; a
 * haystack shorter than a block is scanned one byte at a time.  No byte
 * past the NUL is read. */
static char *strstr_sse2(const char *haystack, size_t len, const char *needle)
{
    const unsigned char c0 = (unsigned char)needle[0];
    if (!c0)
        return (char *)(uintptr_t)haystack;
    const unsigned char c1 = (unsigned char)needle[1];
    if (!c1)
        return memchr(haystack, c0, len);
    if (len < 16)
        return short_scan(haystack, len, needle, c0, c1);
    const __m128i first = _mm_set1_epi8((char)c0), second = _mm_set1_epi8((char)c1);
    size_t i = 0;
    for (; i + 16 <= len; i += 16) {
        char *hit = block_candidates(haystack, i, pair_mask16(haystack + i, first, second), needle, c1);
        if (hit)
            return hit;
    }
    if (i >= len)
        return NULL;
    size_t at = len - 16; /* i - at in 1..15: the block's positions before i are tried */
    return block_candidates(haystack, at, pair_mask16(haystack + at, first, second) & (~0u << (i - at)), needle, c1);
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>

/* strstr_sse2 with 32-byte blocks, for CPUs with AVX2: a haystack
 * shorter than a block (or the 16-byte blocks after a multiple of 32
 * when fewer than 32 bytes are left) goes to strstr_sse2. */
__attribute__((target("avx2"))) static char *strstr_avx2(const char *haystack, size_t len, const char *needle)
{
    const unsigned char c0 = (unsigned char)needle[0];
    if (!c0)
        return (char *)(uintptr_t)haystack;
    const unsigned char c1 = (unsigned char)needle[1];
    if (!c1)
        return memchr(haystack, c0, len);
    if (len < 32)
        return strstr_sse2(haystack, len, needle);
    const __m256i first = _mm256_set1_epi8((char)c0), second = _mm256_set1_epi8((char)c1);
    size_t i = 0;
    for (;; i += 32) {
        /* the whole blocks, then one more ending at the NUL (its positions before i tried already) */
        size_t at = i + 32 <= len ? i : len - 32;
        __m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(haystack + at));
        uint32_t at0 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, first));
        uint32_t at1 = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, second));
        uint32_t cand = at0 & ((at1 >> 1) | 0x80000000u);
        if (at < i)
            cand &= ~0u << (i - at);
        for (; cand; cand &= cand - 1) {
            const char *p = haystack + at + __builtin_ctz(cand);
            if ((unsigned char)p[1] == c1 && needle_at(p, needle))
                return (char *)(uintptr_t)p;
        }
        if (at + 32 >= len)
            return NULL;
    }
}
#endif

/* Contract in strfind.h: the AVX2 scan where the CPU has it. */
char *pa_strstr_len(const char *haystack, size_t len, const char *needle)
{
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("avx2"))
        return strstr_avx2(haystack, len, needle);
#endif
    return strstr_sse2(haystack, len, needle);
}
#else
char *pa_strstr_len(const char *haystack, size_t len, const char *needle)
{
    (void)len;
    return strstr(haystack, needle);
}
#endif

/* Contract in strfind.h. */
char *pa_strstr(const char *haystack, const char *needle)
{
    return pa_strstr_len(haystack, strlen(haystack), needle);
}
