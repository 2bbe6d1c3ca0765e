/* strfind.h — substring search for the line classifiers' hot path. */
#ifndef PRESSARC_STRFIND_H
#define PRESSARC_STRFIND_H

#include <stddef.h>
#include <string.h>
#include <strings.h>

/* pa_strstr — strstr(haystack, needle): the first occurrence of needle
 * in the NUL-terminated haystack, or NULL (haystack itself for an empty
 * needle).  Same result as the C library's; faster on the short lines
 * and short phrases the classifiers search (the library's generic
 * strstr, the one this machine's CPU gets, sets up a skip table per
 * call).  Takes the haystack's length first, then reads it 16 bytes at
 * a time (32 where the CPU has AVX2) and its last bytes one at a time;
 * nothing past its NUL is read. */
char *pa_strstr(const char *haystack, const char *needle);

/* pa_strstr_len — pa_strstr on a haystack whose length len is known
 * (haystack[len] is its NUL): the same result without measuring it again
 * (a line searched for many phrases). */
char *pa_strstr_len(const char *haystack, size_t len, const char *needle);

/* pa_strncmp — strncmp(a, b, n) with its first bytes compared inline: a
 * different first byte (most of the classifiers' prefix tests) answers
 * without the call, by the sign of the bytes' difference as strncmp's. */
static inline int pa_strncmp(const char *a, const char *b, size_t n)
{
    if (n && a[0] != b[0])
        return (int)(unsigned char)a[0] - (int)(unsigned char)b[0];
    return strncmp(a, b, n);
}

/* pa_strncasecmp — strncasecmp(a, b, n) of the "C" locale the program
 * runs in, its first bytes compared inline (ASCII capitals lowered): a
 * different first letter answers without the call, by the sign of the
 * lowered bytes' difference as strncasecmp's. */
static inline int pa_strncasecmp(const char *a, const char *b, size_t n)
{
    if (!n)
        return 0; /* (strncasecmp reads nothing then: neither do we) */
    int x = (unsigned char)a[0], y = (unsigned char)b[0];
    x += x >= 'A' && x <= 'Z' ? 'a' - 'A' : 0;
    y += y >= 'A' && y <= 'Z' ? 'a' - 'A' : 0;
    if (x != y)
        return x - y;
    return strncasecmp(a, b, n);
}

/* pa_strcasecmp — strcasecmp(a, b) of the "C" locale, its first bytes
 * compared inline (ASCII capitals lowered): a different first letter
 * answers without the call, by the sign of the lowered bytes' difference
 * as strcasecmp's. */
static inline int pa_strcasecmp(const char *a, const char *b)
{
    int x = (unsigned char)a[0], y = (unsigned char)b[0];
    x += x >= 'A' && x <= 'Z' ? 'a' - 'A' : 0;
    y += y >= 'A' && y <= 'Z' ? 'a' - 'A' : 0;
    if (x != y)
        return x - y;
    return strcasecmp(a, b);
}

#endif
