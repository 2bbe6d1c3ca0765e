/* extract_lines.c — the extractor's per-line text classifiers: given one
 * emitted paragraph's text (never the tree), tell page furniture — comment
 * headings and notices, reader tools, credits, bylines, rights and reprint
 * notices, pitches, the site's own notices and disclaimers, post metadata,
 * addresses, labels — from the story's own text.  Owns the phrase lists in
 * the press pages' languages, the small lower-casing helpers and the
 * phrase matchers (pa_phrase_in/opens/is, shared with extract_notes.c,
 * extract_meta.c and extract.c) they match with.  Contracts in
 * include/pressarc/extract_lines.h; extract.c decides what a hit drops. */
#include "pressarc/extract_lines.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "pressarc/date.h"
#include "pressarc/en_names.h"
#include "pressarc/list_cache.h"
#include "pressarc/strfind.h"

/* line_form_len — the length of s when s is one of line's strings (its
 * text, or a lower-cased form pa_line_init made whole), known since
 * pa_line_init; else strlen(s) (a suffix, a copy, a helper's argument). */
static inline size_t line_form_len(const pa_line *line, const char *s)
{
    if (s == line->text || (s == line->lower && line->has_lower))
        return line->len;
    if (s == line->folded && line->has_folded)
        return line->folded_len;
    return strlen(s);
}

/* the phrase searches here run on every emitted line: pa_strstr_len, not
 * the C library's generic strstr (same results, see strfind.h), given the
 * length of the `line` in scope when the haystack is one of its strings
 * (most searches: a line is searched for many phrases, measured once).
 * Every function here that calls strstr has its pa_line *line in scope;
 * the few helpers without one call pa_strstr. */
#undef strstr
#define strstr(haystack, needle)                                                                                  \
    __builtin_choose_expr(!__builtin_types_compatible_p(__typeof__(needle), __typeof__(&(needle)[0])),           \
                          line_strstr_lit(line, (haystack), (needle), sizeof(needle) - 1),                         \
                          line_strstr(line, (haystack), (needle)))
/* (and every strncmp and strncasecmp, most of them prefix tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"

/* The hash of the byte pair (a, b) in a pa_line's pair filter: the pairs
 * of two ASCII letters all differ. */
static inline unsigned pair_hash(unsigned char a, unsigned char b)
{
    return ((unsigned)a * 131u + b) & (PA_LINE_PAIR_BITS - 1);
}

/* The pair filter of s when s is one of line's lower-cased forms (made
 * whole), made on its first use: bit pair_hash(s[i], s[i + 1]) is set for
 * each pair of s.  NULL for any other string.  Writes only line's filter
 * fields (the pa_line is the caller's, never a const object). */
static __attribute__((noinline)) const unsigned long long *line_pairs_made(const pa_line *line, const char *s)
{
    unsigned bit;
    unsigned long long *pairs;
    size_t n;
    if (s == line->lower && line->has_lower) {
        bit = 1u;
        pairs = ((pa_line *)(uintptr_t)line)->lower_pairs;
        n = line->len;
    } else if (s == line->folded && line->has_folded && line->forms_same) {
        bit = 1u; /* (the same bytes as lower: its filter) */
        pairs = ((pa_line *)(uintptr_t)line)->lower_pairs;
        n = line->len;
    } else if (s == line->folded && line->has_folded) {
        bit = 2u;
        pairs = ((pa_line *)(uintptr_t)line)->folded_pairs;
        n = line->folded_len;
    } else {
        return NULL;
    }
    if (!(line->pairs_made & bit)) {
        memset(pairs, 0, PA_LINE_PAIR_BITS / 8);
        for (size_t i = 0; i + 1 < n; i++) {
            unsigned h = pair_hash((unsigned char)s[i], (unsigned char)s[i + 1]);
            pairs[h / 64] |= 1ull << (h % 64);
        }
        ((pa_line *)(uintptr_t)line)->pairs_made |= bit;
    }
    return pairs;
}

/* line_pairs_made, its common case inline: the lower form's filter (or the
 * folded form's when it has the same bytes) once made. */
static inline const unsigned long long *line_pairs(const pa_line *line, const char *s)
{
    if ((line->pairs_made & 1u) && line->has_lower &&
        (s == line->lower || (s == line->folded && line->has_folded && line->forms_same)))
        return line->lower_pairs;
    return line_pairs_made(line, s);
}

/* Does the filter hold every byte pair of needle (so that needle may be
 * in the form)?  A needle under two bytes has no pair: 1. */
static inline int pairs_hold(const unsigned long long *pairs, const char *needle)
{
    unsigned char a = (unsigned char)needle[0];
    if (!a)
        return 1;
    for (const unsigned char *b = (const unsigned char *)needle + 1; *b; a = *b++) { /* (each byte read once) */
        unsigned h = pair_hash(a, *b);
        if (!(pairs[h / 64] & (1ull << (h % 64))))
            return 0;
    }
    return 1;
}

/* strstr(haystack, needle) for the phrase searches here: a needle with a
 * byte pair that a whole form of line lacks is not there; else
 * pa_strstr_len with the form's known length. */
static inline char *line_strstr(const pa_line *line, const char *haystack, const char *needle)
{
    const unsigned long long *pairs = line_pairs(line, haystack);
    if (pairs && !pairs_hold(pairs, needle))
        return NULL;
    return pa_strstr_len(haystack, line_form_len(line, haystack), needle);
}

/* line_strstr for a literal needle of nl bytes (sizeof - 1): when the
 * haystack is the form whose filter line_pairs reads without a call, the
 * bits of the needle's last and first byte pairs (constants here) are
 * tested inline, before the call (most needles fail one of them).
 * needle must not change (a literal, the strstr macro's array case). */
static inline __attribute__((always_inline)) char *line_strstr_lit(const pa_line *line, const char *haystack,
                                                                   const char *needle, size_t nl)
{
    if (nl >= 3 && !needle[nl] && needle[nl - 1] && /* (constants for a literal; a char array may hold less) */
        (line->pairs_made & 1u) && line->has_lower &&
        (haystack == line->lower || (haystack == line->folded && line->has_folded && line->forms_same))) {
        unsigned a = pair_hash((unsigned char)needle[nl - 2], (unsigned char)needle[nl - 1]);
        unsigned b = pair_hash((unsigned char)needle[0], (unsigned char)needle[1]);
        if (!(line->lower_pairs[a / 64] & (1ull << (a % 64))) || !(line->lower_pairs[b / 64] & (1ull << (b % 64))))
            return NULL;
    }
    return line_strstr(line, haystack, needle);
}

/* c lower-cased if an ASCII capital: tolower() of the C locale, inline
 * (pa_line_init lower-cases every paragraph twice). */
static inline unsigned char ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* The eight bytes x, all ASCII, with their capitals lower-cased: a byte's
 * high bit set by adding 0x80 - 'A' tells it is 'A' or over, by adding
 * 0x80 - 'Z' - 1 that it is over 'Z' (no sum carries into the next byte). */
static inline uint64_t ascii_lower8(uint64_t x)
{
    const uint64_t high = 0x8080808080808080ull;
    uint64_t from_a = x + 0x3f3f3f3f3f3f3f3full, past_z = x + 0x2525252525252525ull;
    return x | (((from_a & ~past_z) & high) >> 2);
}

/* Are the eight bytes at t all ASCII?  Then, lower-cased, they go to low
 * (eight bytes of room) and 1 is returned. */
static inline int ascii8_lowered(const char *t, char *low)
{
    uint64_t x;
    memcpy(&x, t, sizeof x);
    if (x & 0x8080808080808080ull)
        return 0;
    x = ascii_lower8(x);
    memcpy(low, &x, sizeof x);
    return 1;
}

/* t (len bytes, len < cap) lower-cased into low (cap bytes): ASCII, and the
 * capitals of Polish, Cyrillic and Greek, which keep their UTF-8 lengths;
 * eight ASCII bytes at a time where they come so. */
static void lower_utf8_into(const char *t, size_t len, char *low, size_t cap)
{
    size_t k = 0;
    for (; k < len; k++) {
        if (k + 8 <= len && ascii8_lowered(t + k, low + k)) {
            k += 7;
            continue;
        }
        unsigned char a = (unsigned char)t[k], b = (unsigned char)t[k + 1];
        low[k] = (char)ascii_lower(a);
        if (a < 0x80 || !b || k + 2 >= cap)
            continue;
        if (a == 0xD0 && b >= 0x90 && b <= 0x9F) { /* А-П */
            low[k] = (char)0xD0;
            low[++k] = (char)(b + 0x20);
        } else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) { /* Р-Я */
            low[k] = (char)0xD1;
            low[++k] = (char)(b - 0x20);
        } else if (a == 0xD0 && b == 0x81) { /* Ё */
            low[k] = (char)0xD1;
            low[++k] = (char)0x91;
        } else if (a == 0xCE && b >= 0x91 && b <= 0x9F) { /* Α-Ο */
            low[++k] = (char)(b + 0x20);
        } else if (a == 0xCE && b >= 0xA0 && b <= 0xA9) { /* Π-Ω */
            low[k] = (char)0xCF;
            low[++k] = (char)(b - 0x20);
        } else if ((a == 0xC4 && (b == 0x84 || b == 0x86 || b == 0x98)) ||
                   (a == 0xC5 && (b == 0x81 || b == 0x83 || b == 0x9A || b == 0xB9 || b == 0xBB))) {
            low[++k] = (char)(b + 1); /* Ą Ć Ę Ł Ń Ś Ź Ż */
        } else if (a == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97) { /* À-Þ but ×: "À lire aussi", "Über" */
            low[++k] = (char)(b + 0x20);
        } else if (a >= 0xC0) {
            low[++k] = (char)b; /* other two-byte letters as they are */
        }
    }
    low[k] = '\0';
}

/* t (tlen bytes) lower-cased into low (cap bytes) with the typographic
 * apostrophe (U+2019) made ASCII, its length in *len; 0 when t does not
 * fit.  Eight ASCII bytes at a time where they come so and fit. */
static int lower_plain(const char *t, size_t tlen, char *low, size_t cap, size_t *len)
{
    size_t k = 0;
    for (size_t i = 0; i < tlen; i++) {
        if (i + 8 <= tlen && k + 8 < cap && ascii8_lowered(t + i, low + k)) {
            k += 8;
            i += 7;
            continue;
        }
        if (k + 1 >= cap)
            return 0;
        if ((unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99) {
            low[k++] = '\'';
            i += 2;
            continue;
        }
        low[k++] = (char)ascii_lower((unsigned char)t[i]);
    }
    low[k] = '\0';
    *len = k;
    return 1;
}

/* Contract in extract_lines.h: the text, its lengths and its two
 * lower-cased forms, made for lines of PA_LINE_LOWER_CHARS or fewer. */
void pa_line_init(pa_line *line, const char *text, size_t chars)
{
    line->text = text;
    line->len = strlen(text);
    line->chars = chars;
    line->has_lower = line->has_folded = 0;
    line->folded_len = 0;
    line->lower[0] = line->folded[0] = '\0';
    line->pairs_made = 0;
    line->speech_made = line->speech_found = 0;
    line->forms_same = 0;
    if (chars > PA_LINE_LOWER_CHARS)
        return;
    line->has_lower = line->len < sizeof line->lower;
    if (line->has_lower)
        lower_utf8_into(text, line->len, line->lower, sizeof line->lower);
    line->has_folded = lower_plain(text, line->len, line->folded, sizeof line->folded, &line->folded_len);
    line->forms_same = line->has_lower && line->has_folded && line->folded_len == line->len &&
                       !memcmp(line->lower, line->folded, line->len);
}

/* Is low[0..k) exactly s? */
static int equals(const char *low, size_t k, const char *s)
{
    return strlen(s) == k && !memcmp(low, s, k);
}

/* Does low[0..k) start with s? */
static int starts(const char *low, size_t k, const char *s)
{
    size_t n = strlen(s);
    return n <= k && !memcmp(low, s, n);
}

/* Does one of the phrases occur in low[0..len)? */
static int phrase_in_len(const char *low, size_t len, const char *const *phrases, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (pa_strstr_len(low, len, phrases[i]))
            return 1;
    return 0;
}

int pa_phrase_in(const char *low, const char *const *phrases, size_t n)
{
    return phrase_in_len(low, strlen(low), phrases, n); /* (measured once for all the phrases) */
}

/* A phrase list by its phrases' first bytes: order[first[b] .. first[b + 1])
 * are the phrases opening with byte class b (an ASCII lower-case letter
 * 'a' + b, or 26: any other byte). */
#define PHRASE_INDEX_MIN 8    /* shorter lists are scanned whole */
#define PHRASE_INDEX_MAX 4095 /* phrases of an indexed list */
#define PHRASE_INDEX_CACHE 192 /* lists indexed per thread */
#define PHRASE_INDEX_SLOTS 512 /* the cache's hash slots by list address */
#define PHRASE_INDEX_POOL 16384 /* phrase numbers held by a thread's indexes in all */
typedef struct {
    unsigned short first[28];
    const unsigned short *order; /* n numbers in the thread's pool */
} phrase_index;

/* The byte class of c in a phrase_index. */
static inline unsigned phrase_class(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : 26u;
}

/* The index of phrases[0..n) for this thread, made on its first use; NULL
 * when the list is short, long or holds an empty phrase, or the thread's
 * cache is full (the caller then scans the list whole).  Keyed by the
 * list's address: phrases must be a static array, as PA_PHRASES passes. */
static const phrase_index *phrase_index_of(const char *const *phrases, size_t n)
{
    static _Thread_local phrase_index cache[PHRASE_INDEX_CACHE];
    static _Thread_local pa_list_key keys[PHRASE_INDEX_CACHE];
    static _Thread_local size_t cached;
    static _Thread_local unsigned char slot[PHRASE_INDEX_SLOTS]; /* 1 + a cache entry, 0: empty */
    static _Thread_local unsigned short pool[PHRASE_INDEX_POOL]; /* the indexes' order[]s */
    static _Thread_local size_t pooled;
    if (n < PHRASE_INDEX_MIN || n > PHRASE_INDEX_MAX)
        return NULL;
    size_t h, found = pa_list_cache_find(slot, PHRASE_INDEX_SLOTS, keys, phrases, n, &h);
    if (found)
        return &cache[found - 1];
    if (cached == PHRASE_INDEX_CACHE || h == PHRASE_INDEX_SLOTS || n > PHRASE_INDEX_POOL - pooled)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!phrases[i][0])
            return NULL;
    phrase_index *x = &cache[cached];
    unsigned short *order = pool + pooled;
    size_t at = 0;
    for (unsigned b = 0; b < 27; b++) {
        x->first[b] = (unsigned short)at;
        for (size_t i = 0; i < n; i++)
            if (phrase_class((unsigned char)phrases[i][0]) == b)
                order[at++] = (unsigned short)i;
    }
    x->first[27] = (unsigned short)at;
    x->order = order;
    pooled += n;
    keys[cached] = (pa_list_key){phrases, n};
    cached++;
    slot[h] = (unsigned char)cached;
    return x;
}

/* Does low[0..k) (k > 0) start with one of the phrases x indexes (whole:
 * is it exactly one)?  Reads only the phrases opening with low's first
 * byte's class (none is empty in an indexed list).  Inlined, so that each
 * caller's constant `whole` leaves one test. */
static inline __attribute__((always_inline)) int indexed_phrase_match(const phrase_index *x, const char *low, size_t k,
                                                                      const char *const *phrases, int whole)
{
    unsigned b = phrase_class((unsigned char)low[0]);
    for (size_t j = x->first[b]; j < x->first[b + 1]; j++) {
        const char *p = phrases[x->order[j]];
        if (p[0] == low[0] && (whole ? equals(low, k, p) : starts(low, k, p)))
            return 1;
    }
    return 0;
}

int pa_phrase_opens(const char *low, size_t k, const char *const *phrases, size_t n)
{
    const phrase_index *x = k ? phrase_index_of(phrases, n) : NULL;
    if (x)
        return indexed_phrase_match(x, low, k, phrases, 0);
    /* (the first byte rules out most phrases before their strlen) */
    for (size_t i = 0; i < n; i++)
        if ((!phrases[i][0] || (k && phrases[i][0] == low[0])) && starts(low, k, phrases[i]))
            return 1;
    return 0;
}

int pa_phrase_is(const char *low, size_t k, const char *const *phrases, size_t n)
{
    const phrase_index *x = k ? phrase_index_of(phrases, n) : NULL;
    if (x)
        return indexed_phrase_match(x, low, k, phrases, 1);
    /* (the first byte rules out most phrases before their strlen) */
    for (size_t i = 0; i < n; i++)
        if ((k ? phrases[i][0] == low[0] : !phrases[i][0]) && equals(low, k, phrases[i]))
            return 1;
    return 0;
}

int pa_phrase_is_any_case(const char *w, size_t k, const char *const *phrases, size_t n)
{
    char low[32];
    if (k >= sizeof low) { /* (longer than a word: the list walked, compared in any case) */
        for (size_t i = 0; i < n; i++)
            if (strlen(phrases[i]) == k && !strncasecmp(w, phrases[i], k))
                return 1;
        return 0;
    }
    for (size_t i = 0; i < k; i++)
        low[i] = (char)ascii_lower((unsigned char)w[i]);
    low[k] = '\0';
    return pa_phrase_is(low, k, phrases, n);
}

/* How common the byte pair (a, b) is in the press pages' text, a guess by
 * English letter frequency: a space or a frequent letter weighs most, any
 * other byte (a digit, a sign, a UTF-8 byte) nothing. */
static unsigned pair_weight(unsigned char a, unsigned char b)
{
    /* (26 for 'e' down to 1 for 'z', by "etaoinshrdlcumwfgypbvkjxqz") */
    static const unsigned char letter[26] = {24, 7, 15, 17, 26, 11, 10, 19, 22, 4, 5, 16, 13,
                                             21, 23, 8, 2, 18, 20, 25, 14, 6, 12, 3, 9, 1};
    unsigned w = 0;
    unsigned char c[2] = {a, b};
    for (int k = 0; k < 2; k++)
        w += c[k] == ' ' ? 30u : c[k] >= 'a' && c[k] <= 'z' ? letter[c[k] - 'a'] : 0u;
    return w;
}

#define RARE_PAIRS_CACHE 256  /* lists a thread holds the rare pairs of */
#define RARE_PAIRS_SLOTS 512  /* the cache's hash slots by list address */
#define RARE_PAIRS_POOL 8192  /* pair hashes held by a thread's lists in all */
/* The rarest byte pair (pair_weight) of each of phrases[0..n), as its
 * pair_hash (PA_LINE_PAIR_BITS or over: a phrase under two bytes, no pair),
 * for this thread, made on its first use; NULL when the thread's cache is
 * full.  Keyed by the list's address: phrases must be a static array of
 * literals, as PA_PHRASES passes. */
static const unsigned short *phrase_rare_pairs(const char *const *phrases, size_t n)
{
    static _Thread_local pa_list_key keys[RARE_PAIRS_CACHE];
    static _Thread_local const unsigned short *rare[RARE_PAIRS_CACHE];
    static _Thread_local size_t cached;
    static _Thread_local unsigned char slot[RARE_PAIRS_SLOTS]; /* 1 + a cache entry, 0: empty */
    static _Thread_local unsigned short pool[RARE_PAIRS_POOL];
    static _Thread_local size_t pooled;
    size_t at, found = pa_list_cache_find(slot, RARE_PAIRS_SLOTS, keys, phrases, n, &at);
    if (found)
        return rare[found - 1];
    if (cached == RARE_PAIRS_CACHE || at == RARE_PAIRS_SLOTS || n > RARE_PAIRS_POOL - pooled)
        return NULL;
    unsigned short *r = pool + pooled;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *p = (const unsigned char *)phrases[i];
        unsigned best = PA_LINE_PAIR_BITS, best_w = ~0u;
        for (size_t k = 0; p[k] && p[k + 1]; k++) {
            unsigned w = pair_weight(p[k], p[k + 1]);
            if (w < best_w) {
                best_w = w;
                best = pair_hash(p[k], p[k + 1]);
            }
        }
        r[i] = (unsigned short)best;
    }
    pooled += n;
    rare[cached] = r;
    keys[cached] = (pa_list_key){phrases, n};
    cached++;
    slot[at] = (unsigned char)cached;
    return r;
}

/* pa_phrase_in for a search in the classifiers here, where line is in
 * scope: when low is one of line's whole forms, a phrase with a byte pair
 * the form lacks is not searched for (line_pairs). */
static int line_phrase_in(const pa_line *line, const char *low, const char *const *phrases, size_t n)
{
    const unsigned long long *pairs = n > 1 ? line_pairs(line, low) : NULL;
    if (!pairs)
        return pa_phrase_in(low, phrases, n);
    size_t len = line_form_len(line, low);
    const unsigned short *rare = phrase_rare_pairs(phrases, n);
    for (size_t i = 0; i < n; i++) {
        if (rare) { /* (the phrase's rarest pair first: one bit test rules out most phrases) */
            unsigned h = rare[i];
            if (h < PA_LINE_PAIR_BITS && !(pairs[h / 64] & (1ull << (h % 64))))
                continue;
        }
        if (pairs_hold(pairs, phrases[i]) && pa_strstr_len(low, len, phrases[i]))
            return 1;
    }
    return 0;
}
/* (every pa_phrase_in below with a pa_line *line in scope; the helpers without one call (pa_phrase_in)) */
#define pa_phrase_in(low, ...) line_phrase_in(line, (low), __VA_ARGS__)

/* Is low[0..k) the heading WordPress and its kin put over the comments,
 * naming the post: "10 thoughts on “Title”", "One Response to "Title"",
 * "3 comments on ‘Title’" — a count (digits or "one"), the counted word, "on"
 * or "to", then an opening quote mark? */
static int titled_comment_heading(const char *low, size_t k)
{
    size_t p = 0;
    while (p < k && p < 6 && isdigit((unsigned char)low[p]))
        p++;
    if (!p && starts(low, k, "one"))
        p = 3;
    if (!p || p >= k || low[p] != ' ')
        return 0;
    p++;
    static const char *const counted[] = {"thoughts on ", "thought on ", "responses to ", "response to ",
                                          "replies to ", "reply to ", "comments on ", "comment on ",
                                          "comments to ", "comment to "};
    for (size_t i = 0; i < sizeof counted / sizeof counted[0]; i++) {
        size_t cl = strlen(counted[i]);
        if (!starts(low + p, k - p, counted[i]))
            continue;
        const char *q = low + p + cl;
        size_t left = k - p - cl;
        return (left >= 1 && (*q == '"' || *q == '\'')) || (left >= 3 && (!memcmp(q, "\xe2\x80\x9c", 3) ||
                                                                        !memcmp(q, "\xe2\x80\x98", 3) ||
                                                                        !memcmp(q, "\xc2\xab", 2)));
    }
    return 0;
}

/* Comment-section headings in several languages ("Leave a Comment"...). */
int pa_line_comment_heading(const pa_line *line)
{
    if (line->chars <= 200 && line->has_lower && titled_comment_heading(line->lower, line->len))
        return 2;
    if (line->chars > 40 || !line->has_lower)
        return 0;
    static const char *const heads[] = {
        "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment", "comments", "reader comments",
        "write a comment", "join the discussion", "discussion about this post", "start a conversation",
        "join the conversation", "post comment", "show comments", "view comments", "tinggalkan komentar",
        "tinggalkan balasan", "tinggalkan balasan anda", "اترك تعليقا", "اترك تعليقاً", "أضف تعليقا", "التعليقات", "একটি মন্তব্য করুন",
        "মন্তব্য করুন", "ಪ್ರತಿಕ್ರಿಯಿಸಿ", "ಕಾಮೆಂಟ್ ಬಿಡಿ", "ಒಂದು ಕಾಮೆಂಟ್ ಬಿಡಿ", "laisser un commentaire",
        "laisser une réponse", "deja un comentario", "deja una respuesta", "deixe um comentário",
        "deixe uma resposta", "kommentar hinterlassen", "schreibe einen kommentar", "lascia un commento",
        "оставить комментарий", "оставьте комментарий", "комментарии", "добавить комментарий",
        "комментарии к статье", "napisz komentarz", "skomentuj", "dodaj komentarz",
        "komentarze", "发表评论", "留下评论", "评论", "コメントを残す", "コメント", "댓글 남기기", "yorum yap",
        "bir yorum bırakın", "để lại bình luận", "σχολιάστε", "σχόλια", "एक टिप्पणी छोड़ें", "टिप्पणी करें",
        "trackback", "trackbacks", /* the blog engine's pings under the post, over its comments */
    };
    const char *low = line->lower;
    size_t k = line->len;
    while (k && (*low == '|' || *low == ' ')) {
        low++; /* "| 13 Comment(s)" after a link */
        k--;
    }
    while (k && (low[k - 1] == ':' || low[k - 1] == '.' || low[k - 1] == ' '))
        k--;
    /* the count in brackets after the heading: "Comments (10)", "Reader Discussion (4)" */
    int counted_after = 0;
    if (k >= 4 && low[k - 1] == ')' && isdigit((unsigned char)low[k - 2])) {
        size_t q = k - 2;
        while (q && isdigit((unsigned char)low[q - 1]))
            q--;
        if (q >= 2 && low[q - 1] == '(' && low[q - 2] == ' ') {
            k = q - 2;
            counted_after = 1;
        }
    }
    static const char *const counted_heads[] = {"discussion", "reader discussion", "reader comments", "readers' comments",
                                                "responses", "replies"};
    if (pa_phrase_is(low, k, PA_PHRASES(heads)) || (counted_after && pa_phrase_is(low, k, PA_PHRASES(counted_heads))))
        return 1;
    /* an obituary's guest book: the readers' condolences under it */
    static const char *const guest_book[] = {
        "guest book", "guestbook", "sign the guest book", "sign guest book", "sign the guestbook", "tribute wall",
        "condolences", "share a condolence", "leave a condolence", "offer condolences", "send condolences",
        "memories & condolences", "condolences & memories", "memories and condolences", "condolences and memories",
    };
    if (pa_phrase_is(low, k, PA_PHRASES(guest_book)))
        return 3;
    /* "12 comments", "1 Comment", "13 Comment(s)", "3 Responses", "5 Replies" */
    size_t p = 0;
    while (p < k && isdigit((unsigned char)low[p]))
        p++;
    if (p && p < k && low[p] == ' ') {
        p++;
        static const char *const counted[] = {"comment", "response", "repl", "thought", "komentar", "تعليق"};
        if (pa_phrase_opens(low + p, k - p, PA_PHRASES(counted)))
            return 1;
    }
    return 0;
}

/* The reading time a page shows above a story: "5 min read", "12-minute
 * read", "Reading time: 8 minutes", "Estimated reading time:", the word count "2,140 words" (a short line;
 * low[0..k) lower-cased), with at most a date run into it ("7 min readDec 30"). */
static int reading_time_line(const char *low, size_t k, size_t chars)
{
    /* the story's meta row closed by the reading time: "Jane Doe | March 24, 2026 | 4 min read" (the
     * last field after a bar or a middle dot is read) */
    for (size_t i = chars <= 100 ? k : 0; i > 1; i--) {
        if (low[i - 1] != '|' && strncmp(low + i - 2, "\xc2\xb7", 2))
            continue;
        size_t at = i + strspn(low + i, " ");
        if (at < k && k - at <= 40 && reading_time_line(low + at, k - at, k - at))
            return 1;
        break;
    }
    if (chars > 40)
        return 0;
    if (starts(low, k, "reading time") || starts(low, k, "estimated reading time") || starts(low, k, "read time") ||
        starts(low, k, "estimated read time"))
        return 1;
    /* the story's length in the same row: "2,140 words" */
    size_t digits = strspn(low, "0123456789,");
    if (digits >= 1 && digits <= 6 && isdigit((unsigned char)low[0]) && k == digits + 6 &&
        !strncmp(low + digits, " words", 6))
        return 1;
    size_t p = 0;
    while (p < k && isdigit((unsigned char)low[p]))
        p++;
    if (p == 0 || p > 3)
        return 0;
    if (p < k && (low[p] == ' ' || low[p] == '-'))
        p++;
    /* (the listening time of the audio player over the story too: "4 min listen", or "5 min" alone) */
    static const char *const units[] = {"min read", "mins read", "min. read", "minute read", "minutes read",
                                        "min listen", "mins listen", "minute listen", "minutes listen"};
    static const char *const alone[] = {"min", "mins"};
    if (pa_phrase_is(low + p, k - p, PA_PHRASES(alone)))
        return 1;
    return pa_phrase_opens(low + p, k - p, PA_PHRASES(units));
}

/* Is low[0..k) (lower-cased) a product's buy button: a price (a currency
 * sign, digits, ".", ","), then " at " or " from " and one to three words
 * of the shop's name, maybe closed by "shop now" or "buy now"? */
static int price_call(const char *low, size_t k)
{
    size_t sign = low[0] == '$' ? 1 : !strncmp(low, "\xc2\xa3", 2) ? 2 : !strncmp(low, "\xe2\x82\xac", 3) ? 3 : 0;
    if (!sign || sign >= k || !isdigit((unsigned char)low[sign]))
        return 0;
    size_t at = sign + strspn(low + sign, "0123456789.,");
    if (at + 4 < k && !strncmp(low + at, " at ", 4))
        at += 4;
    else if (at + 6 < k && !strncmp(low + at, " from ", 6))
        at += 6;
    else
        return 0;
    size_t end = k;
    static const char *const calls[] = {" shop now", " buy now"};
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++) {
        size_t cl = strlen(calls[i]);
        if (end - at > cl && !strncmp(low + end - cl, calls[i], cl))
            end -= cl;
    }
    int words = 1;
    for (size_t i = at; i < end; i++) {
        if (low[i] == ' ')
            words++;
        else if (strchr(".!?,;:", low[i]) && i + 1 < end)
            return 0; /* a sentence: "$5 at the door, organizers said" */
    }
    return words <= 3;
}

/* Is low[0..k) (lower-cased) a how-to's quick-facts row over its steps:
 * "Difficulty: Easy Time: 5 minutes What you need: …", "Difficulty Moderate
 * Steps 12 Time Required 15 minutes" — the difficulty field first, then a
 * time or steps field, no sentence? */
static int howto_facts_line(const char *low, size_t k)
{
    static const char *const difficulty[] = {"difficulty: ", "difficulty level: ", "difficulty ", "skill level: "};
    static const char *const levels[] = {"easy", "very easy", "moderate", "medium", "hard", "difficult",
                                         "beginner", "intermediate", "advanced", "expert"};
    static const char *const fields[] = {" time:", " time required", " duration:", " steps ", " steps:",
                                         " total time", " time needed"};
    size_t at = 0;
    for (size_t i = 0; !at && i < sizeof difficulty / sizeof difficulty[0]; i++)
        if (starts(low, k, difficulty[i]))
            at = strlen(difficulty[i]);
    /* the field's value is a level ("Easy", "Moderate"), not a sentence's word ("Difficulty aside, …") */
    return at && pa_phrase_opens(low + at, k - at, PA_PHRASES(levels)) && (pa_phrase_in)(low, PA_PHRASES(fields)) &&
           !pa_strstr(low, ". ") && !strchr(low, '?');
}

/* Is t[0..k) (lower-cased) the score a star widget prints after its
 * stars: a number ("9.1", "4.5/5"), then at most two words of letters
 * ("superb", "very good"), 24 bytes at most? */
static int score_tail(const char *t, size_t k)
{
    if (k > 24)
        return 0;
    size_t i = 0, words = 0;
    while (i < k && (isdigit((unsigned char)t[i]) || t[i] == '.' || t[i] == '/'))
        i++;
    while (i < k) {
        if (t[i] != ' ' || ++words > 2)
            return 0;
        i++;
        size_t w = i;
        while (i < k && isalpha((unsigned char)t[i]))
            i++;
        if (i == w)
            return 0;
    }
    return 1;
}

/* Is low[0..k) (lower-cased) a star rating alone: an optional rating label
 * ("Rating:", "Our verdict:"; not a review's field "Food:"), then at least three stars (★ ☆, U+2605
 * U+2606) with '½' and spaces only, maybe the widget's score after them ("★★★★ 9.1 Superb": score_tail)? */
static int star_rating_line(const char *low, size_t k)
{
    /* the widget's own label only: a review's field ("Food: ★★★★") is its text */
    static const char *const labels[] = {"rating:", "our rating:", "score:", "our score:", "verdict:",
                                         "our verdict:", "overall:", "overall rating:"};
    const char *colon = memchr(low, ':', k);
    if (colon && !pa_phrase_opens(low, k, PA_PHRASES(labels)))
        return 0;
    size_t i = colon ? (size_t)(colon - low) + 1 : 0, stars = 0;
    while (i < k) {
        if (low[i] == ' ') {
            i++;
        } else if (k - i >= 3 && !memcmp(low + i, "\xe2\x98", 2) && (low[i + 2] == '\x85' || low[i + 2] == '\x86')) {
            i += 3;
            stars++;
        } else if (k - i >= 2 && !memcmp(low + i, "\xc2\xbd", 2)) {
            i += 2; /* ½ */
        } else if (stars >= 3 && isdigit((unsigned char)low[i])) {
            return score_tail(low + i, k - i); /* "★★★★ 9.1 Superb": the score after the stars */
        } else {
            return 0;
        }
    }
    return stars >= 3;
}

/* Is t[0..len) only one to three emoji pictographs (U+2600..U+27BF,
 * U+1F300..U+1FAFF, with variation selectors and spaces): the icon of a
 * callout box or a bullet, no text of its own? */
static int emoji_only_line(const char *t, size_t len)
{
    size_t i = 0, icons = 0;
    while (i < len && icons <= 3) {
        const unsigned char *u = (const unsigned char *)t + i;
        if (*u == ' ') {
            i++;
        } else if (len - i >= 4 && u[0] == 0xF0 && u[1] == 0x9F && u[2] >= 0x8C && u[2] <= 0xAB) {
            i += 4; /* U+1F300..U+1FAFF */
            icons++;
        } else if (len - i >= 3 && u[0] == 0xE2 && (u[1] == 0x98 || u[1] == 0x99 || u[1] == 0x9A || u[1] == 0x9B ||
                                                    u[1] == 0x9C || u[1] == 0x9D || u[1] == 0x9E)) {
            i += 3; /* U+2600..U+27BF */
            icons++;
        } else if (len - i >= 3 && u[0] == 0xEF && u[1] == 0xB8 && u[2] == 0x8F) {
            i += 3; /* the variation selector U+FE0F after an icon */
        } else {
            return 0;
        }
    }
    return icons >= 1 && icons <= 3 && i >= len;
}

/* Is t a Japanese wire's credit alone in full-width brackets: "（共同通信）",
 * "［北斗通信］", "【時事通信】", "（共同）", "（時事）" — the agency's name ending
 * in 通信 (news agency), or 共同/時事 alone, 30 bytes at most between the
 * brackets? */
static int ja_wire_credit(const char *t)
{
    static const char *const pairs[][2] = {
        {"\xef\xbc\x88", "\xef\xbc\x89"}, /* （ ） */
        {"\xef\xbc\xbb", "\xef\xbc\xbd"}, /* ［ ］ */
        {"\xe3\x80\x90", "\xe3\x80\x91"}, /* 【 】 */
    };
    static const char agency[] = "\xe9\x80\x9a\xe4\xbf\xa1";                   /* 通信 */
    static const char *const alone[] = {"\xe5\x85\xb1\xe5\x90\x8c", "\xe6\x99\x82\xe4\xba\x8b"}; /* 共同 時事 */
    size_t tl = strlen(t);
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        if (tl < 9 || tl > 36 || strncmp(t, pairs[i][0], 3) || strcmp(t + tl - 3, pairs[i][1]))
            continue;
        const char *in = t + 3;
        size_t n = tl - 6;
        if (n >= 6 && !memcmp(in + n - 6, agency, 6))
            return 1;
        for (size_t k = 0; k < sizeof alone / sizeof alone[0]; k++)
            if (n == 6 && !memcmp(in, alone[k], 6))
                return 1;
    }
    return 0;
}

/* How a picture's credit line opens, lower-cased ("Photograph: Jane Doe/Wire",
 * "(AP Photo/Jane Doe)", "Pix: Supplied", a Sri Lankan daily's "(Pix by Jane
 * Perera)"): pa_line_furniture's and pa_line_picture_credit's. */
static const char *const picture_credit_prefix[] = {
    "credit:", "photo:", "image:", "picture:", "photograph:", "photo credit", "image credit", "getty images",
    "(getty", "(ap photo", "image copyright", "photo courtesy:", "photo courtesy of ", "photos courtesy:",
    "photos courtesy of ", "pix:", "(pix by ", "(pics by ", "(pic by ",
    /* a listicle's picture taken from a network or a free archive: "via Instagram: @jane", "Flickr/Jane Doe" */
    "via instagram:", "via twitter:", "via reddit:", "via facebook:", "via tiktok:", "via youtube:", "flickr/",
};

/* See extract_lines.h. */
int pa_line_picture_credit(const pa_line *line)
{
    const char *low = line->chars <= 80 ? pa_line_lower_under(line, 128) : NULL;
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->len, ":. ");
    return pa_phrase_opens(low, k, PA_PHRASES(picture_credit_prefix));
}

/* Short lines that are page furniture, not article text: ad slot labels,
 * photo credits, "Written by" / "Edited by" credits, the labels of
 * related-story lists and a section break set as text ("* * *", an end mark "■"). */
/* Is low[0..k) (a line lower-cased, its closing full stop cut) a station's pointer to the video beside the
 * story: "Watch the full report in the video player above", "Watch Jane Doe's story above", "Watch the
 * newscast below" (the caller skips a "LIVE: " label before it) — "watch " opening it, "above" or "below" closing it, and the video, the player, the report,
 * the story or the newscast named (not "Watch for ice on the bridges above the river")?  Bounded by k. */
static int video_pointer(const char *low, size_t k)
{
    if (k < 12 || strncmp(low, "watch ", 6) ||
        !(!memcmp(low + k - 6, " above", 6) || !memcmp(low + k - 6, " below", 6)))
        return 0;
    static const char *const shown[] = {"video", "player", "report", "story", "newscast"};
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        if (pa_strstr_len(low, k, shown[i]))
            return 1;
    return 0;
}

int pa_line_furniture(const pa_line *line)
{
    /* ⁂, and a magazine's end mark or section ornament alone on its line: ■ ◆ ♦ ❖ ∎ */
    static const char *const asterism[] = {"\xe2\x81\x82", "\xe2\x96\xa0", "\xe2\x97\x86", "\xe2\x99\xa6", "\xe2\x9d\x96",
                                           "\xe2\x88\x8e"};
    size_t chars = line->chars;
    /* a plural pointers' label with its headlines run into one line, as a 2000s story cell sets them under it
     * with <br>s ("Related stories: Police seek witnesses to Route 4 crash Obituaries: Margaret L. Dunn, 91 …"):
     * any length up to 400 characters (a sentence never opens on the label and its colon: "Related stories
     * have surfaced …" is one, and so is a sentence after the label, closing on its period: "Related stories:
     * three other counties have raised rates this year …": a run of headlines closes on a headline's last word) */
    static const char *const list_labels[] = {"related stories:", "related articles:", "related links:",
                                              "related coverage:", "related headlines:"};
    if (chars > 80 && chars <= 400 && (line->text[0] | 0x20) == 'r' && line->text[line->len - 1] != '.') {
        const char *whole = pa_line_lower_under(line, 1024);
        if (whole && pa_phrase_opens(whole, line->len, PA_PHRASES(list_labels)))
            return 1;
    }
    if (chars > 100)
        return 0;
    static const char *const exact[] = {
        "advertisement", "sponsored", "story continues below advertisement", "article continues below",
        "advertisment", "advertisment - continue reading below", /* the label as small sites misspell it */
        "hide ad", "advertisement hide ad", /* a UK regional chain's slot label with its close button */
        "wikimedia commons", /* a picture's credit alone ("Wikimedia Commons has media related to …" is a link's) */
        "key highlights", /* the label of the summary box over a story, empty or filled by script */
        "read also", "promoted", "advertisement continue reading below", "advert", "adverts", "sponsored ad",
        "ad content", "continue reading the story", "continue reading below advertisement",
        "the story continues after the ad", "advertisement \xe2\x80\xa2 continue reading below",
        "continue reading below", "related", "related articles", "related stories", "related posts",
        "related content", "related news", "related coverage", "related links", "related topics",
        "read more", "read next", "more stories", "you may also like", "you might also like",
        "recommended", "recommended for you", "most popular", "most read", "must read", "story tools", "getty",
        "photo gallery", "read comments",
        "getty images", "ap photo", "reuters", "image", "photo", "video", "skip advertisement",
        "reuters graphics", /* a wire graphic's credit alone */
        "-30-", "###", "enditem", "==kyodo", /* the end marks of a wire story */
        /* the same labels in the languages of the press pages */
        "zobacz także", "zobacz też", "czytaj także", "czytaj też", "przeczytaj także", "przeczytaj też",
        "przeczytaj więcej", "czytaj więcej", "polecamy", "reklama", "podziel się", "ostatnie wiadomości",
        "читайте также", "смотрите также", "см. также", "по теме", "ссылки по теме", "статьи по теме",
        "новости по теме", "материалы по теме", "больше по теме", "другие новости", "новости партнеров",
        "реклама", "загрузка", "загрузка...", "загружается, подождите", "загружается", "相关新闻", "相关阅读", "延伸阅读",
        "相关文章", "相关链接", "推荐阅读", "热门专题", "关键词", "广告", "διαβάστε επίσης", "διαβάστε ακόμα",
        "δείτε επίσης", "σχετικά άρθρα", "σχετικές ειδήσεις", "διαφήμιση", "σύνδεσμοι διαφημιζομένων",
        /* the Greek labels set in capitals, which drop their accents and lower-case a final Σ to σ
         * ("ΔΙΑΦΗΜΙΣΗ", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ") */
        "διαφημιση", "διαβαστε επισησ", "διαβαστε ακομα", "δειτε επισησ", "σχετικα αρθρα", "σχετικεσ ειδησεισ",
        "επικοινωνία", "προβολή", "читай также", "также в разделе", "показать результат", "artykuł premium",
        "zdjęcie", "redakcja poleca", "a a a", "topics", "more on this story", "share this with", "фото",
        /* and in Spanish, French, Portuguese, Italian, German, Dutch and Catalan: the pointers to other
         * stories, the ad labels, the lists of other stories */
        "lee también", "lea también", "leer más", "noticias relacionadas", "te puede interesar", "le puede interesar",
        "publicidad", "lo más leído", "lire aussi", "à lire aussi", "a lire aussi", "à lire également",
        "articles similaires", "sur le même sujet", "publicité", "les plus lus", "leia também", "leia mais",
        "veja também", "notícias relacionadas", "publicidade", "mais lidas", "leggi anche", "articoli correlati",
        "pubblicità", "i più letti", "potrebbe interessarti", "ti potrebbe interessare", "mehr zum thema",
        "zum thema", "lesen sie auch", "das könnte sie auch interessieren", "auch interessant", "anzeige", "werbung",
        "meistgelesen", "lees ook", "advertentie", "gerelateerde artikelen", "llegeix també", "publicitat",
        "newsletter abonnieren", "suscríbete a nuestra newsletter", "inscrivez-vous à notre newsletter",
        "notícies relacionades", "el més llegit",
        /* the same labels of the Indic-language portals, alone: read-also ("ये भी पढ़ें", "আরও পড়ুন", "ಇದನ್ನೂ ಓದಿ",
         * "இதையும் படிக்க"), the web stories strip ("वेब स्टोरीज़", "Web Stories") */
        "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "हेही वाचा", "यो पनि पढ्नुहोस्", "আরও পড়ুন", "আরো পড়ুন",
        "লগতে পঢ়ক", "ಇದನ್ನೂ ಓದಿ", "இதையும் படிக்க", "இதையும் படிங்க", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి",
        "ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കൂ", "આ પણ વાંચો", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "web stories", "वेब स्टोरीज़", "वेब स्टोरीज",
        "ওয়েব স্টোরি", "ವೆಬ್ ಸ್ಟೋರೀಸ್", "வெப் ஸ்டோரீஸ்", "వెబ్ స్టోరీస్", "വെബ് സ്റ്റോറീസ്", "વેબ સ્ટોરીઝ", "ਵੈੱਬ ਸਟੋਰੀਜ਼",
        /* the Turkish, Swahili, Hausa and Somali portals' labels alone: ad label, related stories (with the
         * dotted capital İ, which the lower-cased copy keeps: "İlgili Haberler", "İLGİLİ HABERLER"), read-also,
         * tags */
        "reklam", "ilgili haber", "ilgili haberler", "\xc4\xb0lgili haber", "\xc4\xb0lgili haberler",
        "\xc4\xb0lg\xc4\xb0l\xc4\xb0 haber", "\xc4\xb0lg\xc4\xb0l\xc4\xb0 haberler", "etiketler", "tangazo", "soma pia",
        "soma zaidi", "habari zinazohusiana", "karanta kuma", "labarai masu alaka", "talla", "xayeysiis",
        "akhriso sidoo kale", "warar la xiriira",
        /* their tags' labels alone ("Temas", "Mots-clés", "Schlagworte") */
        "etiquetas", "temas", "mots-clés", "mots clés", "tópicos", "argomenti", "schlagworte", "themen",
        "onderwerpen", "temes",
        "also read", "also watch", "watch video", "read full article", "read full story", "invalid email",
        "invalid email address", "please enter a valid email address", "we have more newsletters",
        "see our privacy notice", "source: supplied", "picture: supplied", "pa media", "pa wire", "aap image",
        "watch the video above", "watch the full video above", "watch above", "video above", "click to play video",
        "tap to unmute", "loading video", "advertisement - story continues below", "article continues below this ad",
        "continue reading the article below", "advertisement - continue reading below", "top stories",
        "editor's picks", "editors' picks", "editor\xe2\x80\x99s picks", "e-paper", "read the e-paper", "e-edition",
        /* a subscription sports site's box of links to its longer pieces between paragraphs */
        "go deeper",
        /* the label of a sports page's highlights video over or in the story */
        "watch the highlights", "watch highlights", "watch the highlights above", "highlights video",
        "порекомендовать другу", "ваше мнение", "zamknij", "oceń tekst", "zobacz więcej",
        /* the story's tags and sections, their label alone ("Tags"), the share label */
        "tagi", "słowa kluczowe", "теги", "метки", "рубрики", "темы", "ετικέτες", "标签", "分享到", "分享工具",
        /* the labels of the site's boxes around the story: sponsored links, hot and latest stories, the
         * comment call ("let me say a few words") */
        "赞助商链接", "我来说两句", "24小时热门文章", "栏目最新文章", "热门文章", "最新文章", "视觉焦点",
        "последние новости раздела", "разделы новостей", "последние новости",
        /* a reader poll's label: "Poll", "Your opinion" */
        "ankieta", "sonda", "waszym zdaniem", "опрос", "δημοσκόπηση", "poll",
        /* a live blog's labels: the pinned post's flag, the list of jumps to its key posts */
        "pinned", "pinned post", "key events", "key updates", "live reporting", "all times stated are uk",
        "get in touch",
        /* the label over a science-news page's story under its release fields */
        "full story",
        /* the opinion desk's box pointing to the other side's column; its kickers over a column or an editorial */
        "opposing view", "opposing views", "another view", "counterpoint", "our view", "our opinion", "my view",
        "your view", "your turn", "my turn", "guest view", "guest opinion", "guest column", "guest commentary",
        "guest essay", "op-ed", "editorial",
        /* the Southeast Asian press's labels alone: the picture's ("ภาพ", "Ảnh", "Foto", "Gambar", "Larawan"),
         * read-also and related, the ad slot's (Thai, Vietnamese, Indonesian/Malay, Tagalog) */
        "ภาพ", "ภาพประกอบ", "อ่านข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "โฆษณา", "ảnh", "Ảnh", "ảnh minh họa",
        "Ảnh minh họa",
        "xem thêm", "tin liên quan", "quảng cáo", "foto", "gambar", "baca juga", "berita terkait", "iklan",
        "larawan", "basahin din", "kaugnay na balita",
        /* the right-to-left press's labels alone: "Read also", the ad label, "More articles", the tags'
         * label (Arabic, Persian, Hebrew, Urdu); the agency's mark standing alone under the story
         * ("(وكالات)" agencies, "(و.م.ع)" MAP, "(وات)" TAP, "(أ ف ب)" AFP; IRNA's and ISNA's "/ایرنا/") */
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إعلان", "بیشتر بخوانید", "تبلیغات", "קראו גם", "כתבות נוספות",
        "פרסומת", "یہ بھی پڑھیں", "اشتہار", "الوسوم", "برچسب‌ها", "תגיות", "ٹیگز",
        "(وكالات)", "(و.م.ع)", "(وات)", "(أ ف ب)", "(رويترز)", "(د ب أ)", "(قنا)", "(وام)", "(واس)", "(كونا)",
        "(بترا)", "(سانا)", "/ایرنا/", "/ایسنا/", /* ("الكلمات المفتاحية", keywords, alone too: in prefix below) */
        /* their "read more" labels, a file picture's credit ("archive picture"), the Iranian agencies' end
         * mark ("end of message/") */
        "اقرأ المزيد", "קראו עוד", "مزید پڑھیں", "فائل فوٹو", "صورة أرشيفية", "أرشيفية", "צילום ארכיון",
        "انتهای پیام/", "انتهای پیام",
        /* Japanese and Korean labels: related stories (関連記事, 관련기사), a release's end mark (以上), a
         * government page's 報道発表資料 kicker, the feedback prompt, a portal's recommend widget */
        "\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b",                                 /* 関連記事 */
        "\xef\xbc\xbb\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b\xef\xbc\xbd",     /* ［関連記事］ */
        "\xe3\x80\x90\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b\xe3\x80\x91",     /* 【関連記事】 */
        "\xe9\x96\xa2\xe9\x80\xa3\xe3\x83\x8b\xe3\x83\xa5\xe3\x83\xbc\xe3\x82\xb9",     /* 関連ニュース */
        "\xea\xb4\x80\xeb\xa0\xa8\xea\xb8\xb0\xec\x82\xac",                                 /* 관련기사 */
        "\xea\xb4\x80\xeb\xa0\xa8 \xea\xb8\xb0\xec\x82\xac",                                /* 관련 기사 */
        "\xea\xb4\x80\xeb\xa0\xa8 \xeb\x89\xb4\xec\x8a\xa4",                                /* 관련 뉴스 */
        "\xe4\xbb\xa5\xe4\xb8\x8a",                                                         /* 以上 */
        "\xe5\xa0\xb1\xe9\x81\x93\xe7\x99\xba\xe8\xa1\xa8\xe8\xb3\x87\xe6\x96\x99",     /* 報道発表資料 */
        "\xe3\x81\x93\xe3\x81\xae\xe3\x83\x9a\xe3\x83\xbc\xe3\x82\xb8\xe3\x81\xae\xe6\x83\x85\xe5\xa0\xb1"
        "\xe3\x81\xaf\xe5\xbd\xb9\xe3\x81\xab\xe7\xab\x8b\xe3\x81\xa1\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f"
        "\xe3\x81\x8b\xef\xbc\x9f",                                                         /* このページの情報は役に立ちましたか？ */
        "\xec\x9d\xb4 \xea\xb8\xb0\xec\x82\xac\xeb\xa5\xbc \xec\xb6\x94\xec\xb2\x9c\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4", /* 이 기사를 추천합니다 */
    };
    static const char *const prefix[] = {
        "image source:",
        /* the agency or paper a Polish, Russian or Greek story is taken from: "Źródło: PAP" */
        "źródło:", "источник:", "πηγή:", "πηγή :", "πηγές:", "πηγη:", "πηγη :", "πηγεσ:", /* (ΠΗΓΗ: in capitals) */
        /* and a Ukrainian or Czech one's: "Джерело: Укрінформ", "Zdroj: ČTK", "Foto: ČTK" */
        "джерело:", "zdroj:", "foto:",
        "written by", "edited by", "reviewed by", "fact checked by", "fact-checked by", "medically reviewed by",
        "related:", "read more:", "see also:",
        "technorati tags:", /* a 2000s blog post's tag row */
        /* a HuffPost-like page's pointer entry between paragraphs: "RELATED... Teachers Walk Out" */
        "related...", "related\xe2\x80\xa6", "article by:",
        "dzięki uprzejmości", "image source, ", "media caption",
        /* (the broadcaster's hidden label before its caption, "Image caption, …": not "Image captions on the
         * new signs …", a story's word) */
        "image caption,", "image caption:", "фото:", "источник фото",
        "адреса матеріалу:", "адрес материала:", "fot. ", "fot: ", "[fot: ", "zobacz więcej:",
        /* a link to another story set into this one: "Also read: …", "MORE: …", "WATCH: …" */
        "related article:", "related articles:", "related story:", "related stories:", "also read:", "also read |",
        "read also:", "also see:", "recommended:", "suggested:", "don't miss:", "must read:", "more:", "watch:",
        "video:", "photos:", "previous coverage:", "earlier coverage:", "more coverage:", "more news:",
        "read:", "read |", "watch |", "see it:", "listen:", "also watch |", "also watch:", "also see |",
        "see also |", "read more |", "read more on:", "text ad:",
        /* the same pointers as dailies in Africa and Asia set them: "Also Read>> …", "ALSO READ — …" */
        "also read>>", "also read >>", "read also>>", "read also >>", "also read \xe2\x80\x94", "also read \xe2\x80\x93",
        "also read - ",
        /* the pointers with a space before the colon, other marks and other words: "Also Read : …", "Also
         * Read » …", ">> Also Read: …", "Read More Here: …", "In Pics: …" */
        "also read :", "read also :", "read more :", "related :", "also read-", "also read \xc2\xbb",
        "read also |", ">> also read", ">> read also", "also check:", "read more here:", "read here:",
        "check out:", "in pics:", "in photos:", "trending:",
        /* a broadcaster's note on the player over or under the story: "Video above: Jane Doe reports" */
        "video above:", "video below:", "above video:", "watch above:", "watch below:",
        /* the story's tags and sections with their label: "Tagi: auto", "Рубрики: Общество", "标签：…" */
        "tagi:", "słowa kluczowe:", "теги:", "метки:", "рубрики:", "рубрика:", "темы:", "ετικέτες:", "标签：", "热词：",
        "artykuł pochodzi z kategorii", "категория:", "раздел:",
        /* "more of it elsewhere": "Więcej w \"Gazecie Wyborczej\"", "Czytaj w Money.pl", "Читайте в разделе …" */
        "więcej w \"", "więcej w \xe2\x80\x9e", "więcej na:", "więcej wiadomości", "więcej reportaży", "czytaj w ",
        "zobacz najciekawsze", "читайте в разделе",
        /* a pointer to another story in the languages of the European dailies: "Lee también: …", "Lire aussi |
         * …", "Leia também: …", "Leggi anche: …", "Mehr zum Thema: …", "Lees ook: …"; a picture's credit
         * ("Bild: dpa", "Photo : AFP", "Crédit photo : …", "Fotografía: EFE") */
        "lee también:", "lea también:", "le puede interesar:", "te puede interesar:", "lire aussi :", "lire aussi:",
        "lire aussi |", "à lire aussi :", "à lire aussi:", "a lire aussi :", "leia também:", "leia mais:",
        "veja também:", "leggi anche:", "leggi anche |", "mehr zum thema:", "lesen sie auch:", "lees ook:",
        "llegeix també:", "bild:", "photo :", "crédit photo", "crédits photo", "fotografía:",
        /* the Turkish, Swahili, Hausa and Somali pointers: "İlgili Haber: …" (or its card's label and headline,
         * "İlgili Haber Süper Lig'de …"), "Soma pia: …", "Karanta kuma: …", "Akhriso sidoo kale: …" */
        "ilgili haber:", "\xc4\xb0lgili haber:", "\xc4\xb0lg\xc4\xb0l\xc4\xb0 haber:", "soma pia:",
        "soma pia |", "karanta kuma:", "akhriso sidoo kale:",
        /* a portal's pointer to its section under the story: "Veja mais notícias da região no g1 Campinas" */
        "veja mais notícias", "leia mais notícias", "confira mais notícias",
        /* a picture's credit in brackets: "(Foto Ansa)", "(Foto: dpa)" */
        "(foto ", "(foto: ", "(bild: ", "(photo : ",
        /* the right-to-left press's pointers, tags and source lines: "اقرأ أيضا: …", "بیشتر بخوانید: …",
         * "קראו גם: …", "یہ بھی پڑھیں: …", "الكلمات المفتاحية …", "برچسب‌ها: …", "المصدر: …", "منبع: …" */
        "اقرأ أيضا:", "اقرأ أيضاً:", "اقرأ ايضا:", "بیشتر بخوانید:", "קראו גם:", "یہ بھی پڑھیں:", "الكلمات المفتاحية",
        "الكلمات المتعلقة:", "الوسوم:", "برچسب‌ها:", "תגיות:", "ٹیگز:", "المصدر:", "منبع:",
        /* their picture credits and bylines: "تصوير: …", "عکس: …", "צילום: …", "بقلم: …", "מאת: …" */
        "تصوير:", "تصوير :", "عکس:", "عکس از:", "تصویر:", "צילום:", "فوٹو:", "بقلم:", "كتب:",
        "نویسنده:", "מאת:", "تحریر:", "קראו עוד:",
        /* Japanese and Korean: a picture's caption label (写真説明：), the story's tags with their label
         * (この記事のタグ), a government page's PDF-reader note and feedback heading, a player's error line
         * (동영상 재생 중 오류가 …), the agency's tip line (제보는 카카오톡 …) */
        "\xe5\x86\x99\xe7\x9c\x9f\xe8\xaa\xac\xe6\x98\x8e\xef\xbc\x9a",                         /* 写真説明： */
        "\xe3\x81\x93\xe3\x81\xae\xe8\xa8\x98\xe4\xba\x8b\xe3\x81\xae\xe3\x82\xbf\xe3\x82\xb0", /* この記事のタグ */
        "pdf\xe5\xbd\xa2\xe5\xbc\x8f\xe3\x81\xae\xe3\x83\x95\xe3\x82\xa1\xe3\x82\xa4\xe3\x83\xab"
        "\xe3\x82\x92\xe3\x81\x94\xe8\xa6\xa7",                                                 /* pdf形式のファイルをご覧 */
        "\xe3\x82\x88\xe3\x82\x8a\xe8\x89\xaf\xe3\x81\x84\xe3\x82\xa6\xe3\x82\xa7\xe3\x83\x96"
        "\xe3\x82\xb5\xe3\x82\xa4\xe3\x83\x88\xe3\x81\xab\xe3\x81\x99\xe3\x82\x8b",               /* より良いウェブサイトにする */
        "\xeb\x8f\x99\xec\x98\x81\xec\x83\x81 \xec\x9e\xac\xec\x83\x9d \xec\xa4\x91 \xec\x98\xa4"
        "\xeb\xa5\x98\xea\xb0\x80",                                                               /* 동영상 재생 중 오류가 */
        "\xec\xa0\x9c\xeb\xb3\xb4\xeb\x8a\x94 \xec\xb9\xb4\xec\xb9\xb4\xec\x98\xa4\xed\x86\xa1", /* 제보는 카카오톡 */
    };
    /* the same pointer on the Indic-language portals: "ये भी पढ़ें: …", "আরও পড়ুন: …", "ಇದನ್ನೂ ಓದಿ: …" (scripts
     * without case, three bytes a letter: read on the text, past the lower-cased copy's bound; the pointer and
     * its headline in 80 visible characters, as the English ones (the extractor's count leaves out the spaces,
     * not the vowel signs: a story's paragraph opening with the words runs past it) */
    static const char *const indic_pointer[] = {
        "ये भी पढ़ें:", "यह भी पढ़ें:", "इसे भी पढ़ें:", "हेही वाचा:", "यो पनि पढ्नुहोस्:", "আরও পড়ুন:", "আরো পড়ুন:",
        "লগতে পঢ়ক:", "ಇದನ್ನೂ ಓದಿ:", "இதையும் படிக்க:", "இதையும் படிங்க:", "ఇవి కూడా చదవండి:", "ఇది కూడా చదవండి:",
        "ഇതും വായിക്കുക:", "ഇതുകൂടി വായിക്കൂ:", "આ પણ વાંચો:", "ਇਹ ਵੀ ਪੜ੍ਹੋ:"};
    if (chars <= 80 && pa_phrase_opens(line->text, line->len, PA_PHRASES(indic_pointer)))
        return 1;
    const char *low = pa_line_lower_under(line, 128);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->len, ":. "); /* low[0..k): the line without its trailing ':', '.' and spaces */
    /* nor the ideographic spaces (U+3000) that indent a Chinese paragraph: "　　分享到:" (text: the line past
     * them too, so that low[i] is text[i]; the rules that read a letter's case read it there) */
    const char *text = line->text;
    for (int guard = 0; guard < 16 && k >= 3 && !memcmp(low, "\xe3\x80\x80", 3); guard++) {
        low += 3;
        text += 3;
        k -= 3;
    }
    size_t text_len = line->len - (size_t)(text - line->text);
    /* (a live label before it: "LIVE: Watch Example 5 News coverage in the player below.") */
    size_t live = k > 6 && low[0] == 'l' && !strncmp(low, "live: ", 6) ? 6 : 0;
    if (chars <= 80 && low[live] == 'w' && video_pointer(low + live, k - live))
        return 1;
    if (pa_phrase_is(low, k, PA_PHRASES(exact)) || (chars <= 80 && pa_phrase_opens(low, k, PA_PHRASES(prefix))) ||
        (chars <= 80 && pa_phrase_opens(low, k, PA_PHRASES(picture_credit_prefix))) || ja_wire_credit(text))
        return 1;
    /* the Turkish related-story card's label glued to its headline, "İlgili Haber Süper Lig'de …": its capital H
     * read on the text (a sentence's "İlgili haber sitesi hakkında soruşturma başlatıldı." is the story's) */
    if (chars <= 80 && starts(text, text_len, "\xc4\xb0lgili Haber "))
        return 1;
    /* a list site's picture attribution: "Flickr: jdoe / Creative Commons", "Flickr: jdoe" (the account
     * alone, or with a slash or the licence; a review's subhead "Flickr: best for photographers" is the story's) */
    if (chars <= 80 && starts(low, k, "flickr: ") &&
        (!memchr(low + 8, ' ', k - 8) || memchr(low, '/', k) || strstr(low, "creative commons") || strstr(low, "cc by") ||
         strstr(low, "cc-by")))
        return 1;
    /* a pointer box's label alone over its linked headlines, with its colon: "READ:" (a roundup's subhead "Read"
     * beside "Watch" and "Listen" is the story's) */
    if (equals(low, k, "read") && line->text[line->len - 1] == ':')
        return 1;
    /* the same credits without brackets, then only the names credited: "Courtesy: The Example", "Pix by Jane
     * Perera" (a story's "Courtesy: the word the judge used was not meant kindly." goes on in lower case) */
    size_t credit_label = chars > 80 || (low[0] != 'c' && low[0] != 'p') ? 0 :
                          starts(low, k, "courtesy: ") ? 10 : starts(low, k, "courtesy:") ? 9 :
                          starts(low, k, "pix by ") ? 7 : 0;
    if (credit_label && pa_credited_names(text + credit_label, text_len - credit_label))
        return 1;
    /* the switch to the story's other language edition: "Read in Bangla", "Read this article in Sinhala" (a
     * capitalised language last, no sentence; a subhead "Read in Full", "Read in Parliament" names no language) */
    static const char *const other_edition[] = {"read in ", "read this article in ", "read this story in ",
                                                "read the story in "};
    static const char *const edition_language[] = {
        "bangla", "bengali", "hindi", "urdu", "sinhala", "tamil", "telugu", "marathi", "gujarati", "punjabi",
        "malayalam", "kannada", "odia", "assamese", "nepali", "english", "arabic", "chinese", "malay", "bahasa",
        "indonesian", "thai", "vietnamese", "burmese", "khmer", "tagalog", "filipino", "swahili", "hausa", "yoruba",
        "igbo", "amharic", "somali", "pashto", "dari", "persian", "french", "spanish", "portuguese"};
    if (chars <= 40 && pa_phrase_opens(low, k, PA_PHRASES(other_edition)) && !memchr(low, ',', k) &&
        !memchr(line->text, '.', line->len)) {
        size_t last = k;
        while (last > 0 && low[last - 1] != ' ')
            last--;
        if (isupper((unsigned char)text[last]) && pa_phrase_is(low + last, k - last, PA_PHRASES(edition_language)))
            return 1;
    }
    /* a paper's credit under its picture: "Star file photo", "AFP file photo" (a name of one or two words and
     * the label, capitalised; not "The file photo" of a story's sentence, which runs longer) */
    if (chars <= 30 && k > 11 && !memcmp(low + k - 11, " file photo", 11) && isupper((unsigned char)text[0]) &&
        strncmp(low, "the ", 4) && !memchr(low, ',', k)) {
        size_t spaces = 0;
        for (size_t i = 0; i < k; i++)
            spaces += low[i] == ' ';
        if (spaces <= 3)
            return 1;
    }
    /* a section break set as text: "* * *", "***", "⁂" (three asterisks at least, spaces between) */
    size_t stars = 0, at = 0;
    for (; at < line->len && (line->text[at] == '*' || line->text[at] == ' '); at++)
        stars += line->text[at] == '*';
    if ((at == line->len && stars >= 3 && stars <= 12) || pa_phrase_is(line->text, line->len, PA_PHRASES(asterism)))
        return 1;
    /* a Persian agency's signature alone under the story: its name between slashes ("/ایرنا/"), one to
     * three words of Arabic-script letters (U+0600-U+06FF, U+0750-U+077F, two bytes each; the zero-width
     * non-joiner U+200C of "/پارس‌نیوز/"), no digit nor other script ("/Москва/", "/é/" are no agency's) */
    if (line->len >= 4 && line->len <= 60 && line->text[0] == '/' && line->text[line->len - 1] == '/') {
        size_t spaces = 0, i = 1;
        for (; i + 1 < line->len; i++) {
            const unsigned char *c = (const unsigned char *)line->text + i;
            if (*c == ' ') {
                if (++spaces > 2)
                    break;
            } else if (((*c >= 0xd8 && *c <= 0xdb) || *c == 0xdd) && i + 2 < line->len && (c[1] & 0xc0) == 0x80) {
                i += 1; /* an Arabic-script letter */
            } else if (i + 3 < line->len && !memcmp(c, "\xe2\x80\x8c", 3)) {
                i += 2; /* the zero-width non-joiner */
            } else {
                break;
            }
        }
        if (i + 1 == line->len && line->text[1] != ' ')
            return 1;
    }
    /* the Arabic byline without its colon, "بقلم سلمى الحوسني" ("by the pen of …"): no sentence, which a
     * story's "بقلم رصاص واحد رسم لوحاته الأولى." ("with one pencil he drew …") is */
    if (chars <= 60 && starts(low, k, "\xd8\xa8\xd9\x82\xd9\x84\xd9\x85 ") && k == text_len &&
        !strchr(".!?", low[k - 1]) && !(k >= 2 && !memcmp(low + k - 2, "\xd8\x9f", 2)))
        return 1;
    /* an Arabic news agency's name alone in brackets: "(وكالة الأنباء الأردنية)" ("agency …") */
    if (chars <= 60 && line->len > 2 && line->text[line->len - 1] == ')' &&
        !strncmp(line->text, "(\xd9\x88\xd9\x83\xd8\xa7\xd9\x84\xd8\xa9 ", 12) && !memchr(line->text + 1, '(', line->len - 1))
        return 1;
    /* the source label before the address of the story it is taken from, maybe an agency after it
     * ("Źródło: https://example.pl/…/artykul.html, PAP"): no sentence after the address */
    static const char *const source_labels[] = {"źródło: ", "источник: ", "джерело: ", "zdroj: ", "πηγή: ", "πηγη: ", "source: "};
    for (size_t g = 0; g < sizeof source_labels / sizeof source_labels[0] && line->has_lower && chars <= 300; g++) {
        size_t gl = strlen(source_labels[g]);
        const char *rest = line->lower + gl;
        if (!strncmp(line->lower, source_labels[g], gl) &&
            (!strncmp(rest, "http://", 7) || !strncmp(rest, "https://", 8) || !strncmp(rest, "www.", 4)) &&
            !strstr(rest, ". "))
            return 1;
    }
    /* a pointer's label glued to the linked headline after it, no space or colon between ("Читайте
     * такжеСуд арестовал …", "Czytaj takżeNowy most …": the label and the link are elements of their own):
     * the label, then a capital (its bytes differ from the lower-cased copy's) */
    static const char *const glued_labels[] = {
        "read also", "also read", "czytaj także", "czytaj też", "przeczytaj także", "zobacz także", "zobacz też",
        "читайте также", "читайте також", "смотрите также", "čtěte také", "διαβάστε επίσης"};
    for (size_t g = 0; g < sizeof glued_labels / sizeof glued_labels[0]; g++) {
        size_t gl = strlen(glued_labels[g]);
        if (k > gl + 1 && !memcmp(low, glued_labels[g], gl) && !isspace((unsigned char)line->text[gl]) &&
            memcmp(line->text + gl, low + gl, 2) != 0)
            return 1;
    }
    /* labels over a pointer's headline or a counter, no sentence after them (not "Opposing view: Critics say
     * the tax freeze helps homeowners more than shops.", "Rate this item carefully before buying, experts said."):
     * the opinion desk's box to the other side's column and its kickers ("Our View | Parks", "Editorial: …"),
     * dailies' pointers, a CMS's counters (Joomla K2, WordPress) */
    static const char *const headline_prefix[] = {
        "opposing view:", "our view |", "our view:", "editorial:", "editorial |", "my turn:", "your turn:",
        "guest view:", "suggested reading:", "recommended stories:", "recommended story:", "editor's pick:",
        "editors' pick:", "editor\xe2\x80\x99s pick:", "editors\xe2\x80\x99 pick:", "watch video:", "also watch:",
        "rate this item", "post views:",
        "icymi:", "in case you missed it:", /* (a column's "In case you missed it: the mayor resigned." stays) */
    };
    if (chars <= 80 && line->len && line->text[line->len - 1] != '.' &&
        pa_phrase_opens(low, k, PA_PHRASES(headline_prefix)))
        return 1;
    /* another story's headline after "»": "» You Might Like: …" (a headline ends no sentence; a list of the
     * story's own points set with "»" does) */
    if (chars <= 80 && starts(low, k, "\xc2\xbb ") && k == line->len && !strchr(".!?", low[k - 1]))
        return 1;
    /* the story's tags in plain text after their label ("Topics: Banking, Stocks", "Read more about:
     * heat wave, weather"), a list of words, no sentence */
    static const char *const tag_labels[] = {"tags:", "tagged:", "tagged with:", "topics:", "related topics:", "topics :", "tags :",
                                             "more on:", "read more about:", "filed under:", "filed in:",
                                             "categories:", "tagged under:", "this article tagged under:",
                                             /* a trade site's product keywords under its news */
                                             "hot tags:", "hot tag:", "hot products:", "related tags:",
                                             "product tags:", "related products:",
                                             /* and in the languages of the European dailies */
                                             "etiquetas:", "temas:", "mots-clés :", "mots-clés:", "tópicos:",
                                             "argomenti:", "schlagworte:", "themen:", "onderwerpen:", "temes:"};
    if (pa_phrase_opens(low, k, PA_PHRASES(tag_labels)) && !strstr(low, ". ") && !strchr(low, '?'))
        return 1;
    /* the same tags run on after their label without a colon ("Topics Covid-19 Curfew", the label and
     * each tag an element of their own): the label, then one to six words that all open with a capital
     * or a digit, 60 characters at most, no sentence ("Topics include …" is one), and no function word
     * (a title-case subheading of the story: "Topics On The Agenda", "Tagged As Risky") */
    static const char *const bare_tag_labels[] = {"topics ", "tags ", "tagged ", "temas ", "temes ", "etiquetas ",
                                                  "themen ", "schlagworte ", "argomenti ", "tópicos ", "mots-clés ",
                                                  "onderwerpen "};
    static const char *const function_words[] = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of",
                                                 "on", "or", "the", "to", "with"};
    if (chars <= 60 && k == line->len && pa_phrase_opens(low, k, PA_PHRASES(bare_tag_labels)) &&
        !strpbrk(low, ".?!")) {
        const char *t = line->text + strcspn(line->text, " ");
        size_t words = 0, capital = 0;
        for (int guard = 0; guard < 8 && *t == ' ' && t < line->text + line->len; guard++) {
            t++;
            words++;
            size_t wl = strcspn(t, " "); /* low is line->text lower-cased, same offsets (k == line->len) */
            capital += (isupper((unsigned char)*t) || isdigit((unsigned char)*t)) &&
                       !pa_phrase_is(low + (t - line->text), wl, PA_PHRASES(function_words));
            t += wl;
        }
        if (words >= 1 && words <= 6 && capital == words && t >= line->text + line->len)
            return 1;
    }
    /* the radio program that aired the story: "Heard on Morning Edition", "As heard on All Things
     * Considered" (a label of at most six words, no sentence) */
    if (chars <= 60 && (starts(low, k, "heard on ") || starts(low, k, "as heard on ")) && k == line->len &&
        !strpbrk(low, ".,;?!")) {
        /* the program's name in capitals ("Heard on the campaign trail" is a subheading of the story) */
        size_t words = 1, program = strlen("heard on ") + (low[0] == 'a' ? 3 : 0);
        int named = isupper((unsigned char)line->text[program]) || isdigit((unsigned char)line->text[program]);
        for (size_t c = 0; c < k; c++)
            words += low[c] == ' ';
        if (words <= 6 && named)
            return 1;
    }
    /* a broadcaster's promo of its stream: "Watch CBS News", "Watch Live", "Watch NBC News NOW" (at most
     * five words, each capitalised, the last "Live", "News" or "Now") */
    if (chars <= 30 && starts(low, k, "watch ") && k == line->len && !strpbrk(low, ".,;:?!")) {
        size_t words = 0, capital = 0;
        for (size_t c = 0; c < k; c++)
            if (c == 0 || low[c - 1] == ' ') {
                words++;
                capital += isupper((unsigned char)line->text[c]) || isdigit((unsigned char)line->text[c]);
            }
        const char *last = strrchr(low, ' ');
        if (words >= 2 && words <= 5 && capital == words && last &&
            (!strcmp(last, " live") || !strcmp(last, " news") || !strcmp(last, " now")))
            return 1;
    }
    /* the push prompt's head: "Be the first to know" */
    static const char *const first_to_know[] = {"be the first to know", "be the first to know!"};
    if (pa_phrase_is(low, k, PA_PHRASES(first_to_know)))
        return 1;
    /* the pointer to the page's pictures: "Scroll down to see more photos", "Scroll down for video" ("Watch the
     * trailer below" introduces the story's own video: it stays) */
    static const char *const pictures[] = {"photo", "picture", "pic", "video", "image", "gallery", "slideshow",
                                           "footage", "clip"};
    if (chars <= 60 && (starts(low, k, "scroll down for ") || starts(low, k, "scroll down to see ")) &&
        pa_phrase_in(low, PA_PHRASES(pictures)))
        return 1;
    /* a rule of underscores between the story and its notes ("___", the wires' separator) */
    if (k >= 2 && strspn(low, "_ ") == line->len)
        return 1;
    /* a picture's credit "Courtesy of Jane Doe", not a sentence "Courtesy of a grant, the school …";
     * a Russian source line "По материалам: Example", not "По материалам дела, …" */
    if (starts(low, k, "courtesy of ") && chars <= 60 && !strchr(low, ','))
        return 1;
    if (starts(low, k, "по материалам") && chars <= 80 && !strchr(low, ','))
        return 1;
    /* the desk and its sources: "Newsroom ΔΟΛ, με πληροφορίες από ΑΠΕ/Reuters" ("with information from") */
    if (strstr(low, "με πληροφορίες από") && chars <= 80 && line->len && line->text[line->len - 1] != '.')
        return 1;
    /* the writer's label with a name alone ("Autor: Jan Kowalski", "Автор: …", "Γράφει: …", "作者：…");
     * with a day it is the date line the story keeps */
    static const char *const writer[] = {"autor:", "автор:", "γράφει:", "作者："};
    if (chars <= 50 && !strpbrk(low, "0123456789") && pa_phrase_opens(low, k, PA_PHRASES(writer)))
        return 1;
    /* the print edition's page of the story: "ΣΕΛΙΔΕΣ 6-9", "Page 3", "Strona 12" (the word, then
     * numbers and '-' alone) */
    static const char *const pages[] = {"σελιδα ", "σελιδεσ ", "σελίδα ", "σελίδες ", "page ", "pages ", "strona ",
                                        "strony ", "стр. ", "страница "};
    for (size_t i = 0; chars <= 20 && i < sizeof pages / sizeof pages[0]; i++) {
        size_t pl = strlen(pages[i]);
        if (starts(low, k, pages[i]) && k > pl && isdigit((unsigned char)low[pl]) &&
            strspn(low + pl, "0123456789-") == k - pl)
            return 1;
    }
    /* a Chinese page's reader tools: the text-size switch ("字号：T | T"), "copy link", the
     * story's hot keywords, the mobile-site pitch */
    static const char *const zh_tools[] = {"字号", "复制链接", "热门关键词", "用手机随时随地看新闻",
                                           "下一页", "下一頁" /* the pager: "[1] [2] 下一页" */};
    if (chars <= 60 && pa_phrase_in(low, PA_PHRASES(zh_tools)))
        return 1;
    /* a CMS's hit counter: "Read 1234 times" (Joomla K2) */
    size_t hits = starts(low, k, "read ") ? strspn(low + 5, "0123456789,") : 0;
    if (chars <= 30 && hits && 5 + hits + 6 == k && !strncmp(low + 5 + hits, " times", 6))
        return 1;
    /* a how-to's quick-facts row ("Difficulty: Easy Time: 5 minutes"), a callout's icon alone ("💡") */
    if (howto_facts_line(low, k))
        return 1;
    if (chars <= 3 && emoji_only_line(line->text, line->len))
        return 1;
    /* a review's star rating alone: "Rating: ★★★★☆", "★★★½" (its label, then stars, '½' and spaces only) */
    if (chars <= 30 && star_rating_line(low, k))
        return 1;
    /* a GitHub gist embed's footer: "view raw lumen.toml hosted with ❤ by GitHub" */
    if (strstr(low, "hosted with \xe2\x9d\xa4 by github"))
        return 1;
    return reading_time_line(low, k, chars);
}

/* Is t, a line opening with the word "copyright", a sentence or a title
 * about copyright ("Copyright infringement is a serious matter", "Copyright
 * Complexity in a Fragmented World") rather than a notice ("Copyright
 * Guardian News & Media Ltd", "Copyright 2012 The Associated Press")?  A
 * notice names a holder and maybe a year; the sentence has a verb or a
 * function word of prose, and no year, "©", "(c)", "rights", label colon
 * nor ban on copies. */
static int copyright_prose(const pa_line *line)
{
    const char *folded = pa_line_folded_under(line, 255);
    if (!folded)
        return 0;
    if (folded[9] == ':' || strstr(folded, "\xc2\xa9") || strstr(folded, "(c)") || strstr(folded, "rights") ||
        strstr(folded, "reserved") || strstr(folded, "reproduc") || strstr(folded, "permission"))
        return 0; /* "Copyright: …", "… may not be reproduced without permission" */
    for (const char *q = folded; *q; q++)
        if ((q[0] == '1' || q[0] == '2') && isdigit((unsigned char)q[1]) && isdigit((unsigned char)q[2]) &&
            isdigit((unsigned char)q[3]))
            return 0; /* a year */
    static const char *const prose[] = {
        " is ", " are ", " was ", " were ", " has ", " have ", " had ", " a ", " an ", " in ", " to ",
        " will ", " would ", " can ", " could ", " says ", " said ", " that ", " with ",
    };
    char low[257]; /* the line and a space, so that a last word counts too */
    memcpy(low, folded, line->folded_len);
    low[line->folded_len] = ' ';
    low[line->folded_len + 1] = '\0';
    return pa_phrase_in(low, PA_PHRASES(prose));
}

/* Does t open with a rights sign and a year: "© 2026", "©2026", "Copyright © 2026", "Copyright (c) 2026"?
 * ("(c)" alone is a list's third item: "(c) 2027 and each later year, the office must …") */
static int rights_sign_year(const char *t)
{
    int word = !strncasecmp(t, "copyright ", 10);
    if (word)
        t += 10;
    if (!strncmp(t, "\xc2\xa9", 2))
        t += 2;
    else if (word && !strncasecmp(t, "(c)", 3))
        t += 3;
    else
        return 0;
    if (*t == ' ')
        t++;
    return (!strncmp(t, "19", 2) || !strncmp(t, "20", 2)) && isdigit((unsigned char)t[2]) &&
           isdigit((unsigned char)t[3]) && !isdigit((unsigned char)t[4]);
}

/* The republisher's footer (see the header). */
int pa_line_republish_footer(const pa_line *line)
{
    const char *low = pa_line_folded_under(line, 1024);
    return low && strstr(low, "republished from") && strstr(low, "creative commons");
}

/* A rights notice: "© 2012 Example Ltd", "Copyright 2012 …" (a short
 * line), "… All rights reserved. Distributed by …", the site's licence
 * ("Where not otherwise specified, this work is licensed under a Creative
 * Commons License …") and its terms of reuse ("Unless otherwise noted, you
 * can republish our articles for free …"), at most 400.  The licence line
 * names the site's own work; a story's sentence about a photo's licence
 * does not.  A print version's footer opening with the page's address
 * ("URL: http://…", at most 1000) goes too. */
int pa_line_rights(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    /* a print version's footer naming the page's address, its rights and the edition's other stories:
     * "URL: http://www.example.com/news/story.asp?id=5521 © Copyright 2026 …" (no story's sentence opens
     * with a field of a bare address) */
    if (chars <= 1000 && (!strncasecmp(t, "url: http", 9) || !strncasecmp(t, "story url: http", 15) ||
                          !strncasecmp(t, "article url: http", 17)))
        return 1;
    /* the same footer in the words of a magazine's print view: "This article available online at:
     * http://…", "Find this article at: http://…" (the label, then the address alone) */
    static const char *const print_labels[] = {"this article available online at:", "this article is available online at:",
                                                "find this article at:"};
    for (size_t g = 0; g < sizeof print_labels / sizeof print_labels[0] && chars <= 300; g++) {
        size_t gl = strlen(print_labels[g]);
        if (strncasecmp(t, print_labels[g], gl))
            continue; /* (before reading past the label: a shorter line ends before it) */
        const char *rest = t + gl;
        rest += strspn(rest, " \t\r\n");
        if (!strncasecmp(rest, "http", 4) && !strpbrk(rest, " \t\r\n"))
            return 1;
    }
    if (chars > 400)
        return 0;
    if (chars <= 100 && (!strncmp(t, "\xc2\xa9", 2) || (!strncasecmp(t, "copyright", 9) && !copyright_prose(line)) ||
                         !strncasecmp(t, "(c) ", 4)))
        return 1;
    if (chars <= 300 && (!line->has_lower || strstr(line->lower, "all rights reserved")) &&
        strcasestr(t, "all rights reserved")) /* (the lower form holds it where the text does, case aside) */
        return 1;
    /* a footer's rights line that runs on into the page's other notes: "Copyright © 2026 Example Weekly.
     * Story URL: https://… To subscribe, call …" (≤ 300; the sign and a year open it, as no sentence of a
     * story does) */
    if (chars <= 300 && rights_sign_year(t))
        return 1;
    /* "all rights reserved" in Greek ("… Τα πνευματικά δικαιώματα ανήκουν στο …"), Russian, Polish */
    const char *ulow = chars <= 300 ? pa_line_lower_under(line, 1024) : NULL;
    static const char *const reserved[] = {
        "\xcf\x80\xce\xbd\xce\xb5\xcf\x85\xce\xbc\xce\xb1\xcf\x84\xce\xb9\xce\xba\xce\xac \xce\xb4\xce\xb9\xce\xba"
        "\xce\xb1\xce\xb9\xcf\x8e\xce\xbc\xce\xb1\xcf\x84\xce\xb1 \xce\xb1\xce\xbd\xce\xae\xce\xba\xce\xbf\xcf\x85\xce\xbd",
        /* πνευματικά δικαιώματα ανήκουν: the rights belong to …, not a story's "copyright" */
        "\xd0\xb2\xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x89"
        "\xd0\xb5\xd0\xbd\xd1\x8b",                 /* все права защищены */
        "wszelkie prawa zastrze\xc5\xbcone", /* wszelkie prawa zastrzeżone */
        /* and in Spanish, French, Portuguese, Italian, German, Dutch and Catalan ("Riproduzione riservata ©
         * Copyright ANSA", "Tous droits réservés") */
        "todos los derechos reservados", "tous droits réservés", "todos os direitos reservados",
        "riproduzione riservata", "alle rechte vorbehalten", "alle rechten voorbehouden", "tots els drets reservats",
    };
    if (ulow && pa_phrase_in(ulow, PA_PHRASES(reserved)))
        return 1;
    const char *low = pa_line_folded_under(line, 1024);
    if (!low)
        return 0;
    static const char *const own[] = {
        "this work", "this article", "this post", "this site", "this website", "our content", "our articles",
        "otherwise specified", "otherwise noted", "otherwise stated",
    };
    if (strstr(low, "licensed under a creative commons") && pa_phrase_in(low, PA_PHRASES(own)))
        return 1;
    /* the republisher's footer: "This article is republished from Example under a Creative Commons
     * license. Read the original article." */
    if (pa_line_republish_footer(line) ||
        (strstr(low, "read the original article") && (strstr(low, "published") || strstr(low, "appeared"))))
        return 1;
    /* the republisher's note on a story lent to it: "This story was produced by Example Health News and is
     * republished here with permission." */
    if (line->chars <= 300 &&
        (strstr(low, "republished here with permission") || strstr(low, "republished with permission") ||
         strstr(low, "reprinted here with permission") || strstr(low, "reprinted with permission")) &&
        (!strncmp(low, "this story ", 11) || !strncmp(low, "this article ", 13)))
        return 1;
    /* "you can republish our articles for free", "feel free to reprint our stories", "This article can be
     * republished for free" (the passive naming the site's own story, not a court's "the photo may be
     * republished only with credit") */
    static const char *const reuse[] = {"republish our", "reprint our", "republish this", "reprint this"};
    static const char *const passive[] = {"can be republished", "may be republished"};
    static const char *const ours[] = {"this article", "this story", "this content", "our articles", "our stories",
                                       "our content", "this post"};
    static const char *const terms[] = {"for free", "free of charge", "you just have to", "credit", "creative commons"};
    return (pa_phrase_in(low, PA_PHRASES(reuse)) ||
            (pa_phrase_in(low, PA_PHRASES(passive)) && pa_phrase_in(low, PA_PHRASES(ours)))) &&
           pa_phrase_in(low, PA_PHRASES(terms));
}

/* Is every word of low[0..k) (a lower-cased line of spaces and words) a
 * word of the share, print and send buttons ("share this post email", "share
 * on facebook twitter", "αποστολή εκτύπωση μέγεθος κειμένου"), with one
 * button's verb among them at least? */
static int share_buttons_run(const char *low, size_t k)
{
    static const char *const words[] = {
        "this", "post", "article", "story", "page", "on", "via", "facebook", "twitter", "linkedin", "whatsapp",
        "pinterest", "reddit", "telegram", "google+", "x", "|", "text", "size", "font", "a", "a+", "a-",
        "comments", "comment", /* the comment count's button in the row: "WhatsApp Facebook Twitter Email Comments" */
        "livejournal", "liveinternet", "liveinternet.ru", "вконтакте", "одноклассники", "я.ру", "мой", "мир",
        "μέγεθος", "κειμένου", "γραμματοσειράς", "размер", "шрифта", "rozmiar", "tekstu", "czcionki",
    };
    /* the buttons' verbs */
    static const char *const verbs[] = {
        "share", "email", "e-mail", "print", "tweet", "send", "αποστολή", "εκτύπωση", "κοινοποίηση",
        "печать", "распечатать", "отправить", "поделиться", "drukuj", "wyślij", "udostępnij",
    };
    int share = 0, n = 0;
    const char *end = low + k;
    for (const char *w = low; w < end && n < 12;) {
        while (w < end && *w == ' ')
            w++;
        if (w == end)
            break;
        size_t wl = 0;
        while (w + wl < end && w[wl] != ' ')
            wl++;
        int verb = pa_phrase_is(w, wl, PA_PHRASES(verbs));
        int known = !verb && pa_phrase_is(w, wl, PA_PHRASES(words));
        if (!known && !verb)
            return 0;
        share += verb;
        n++;
        w += wl;
    }
    return share && n >= 2 && n < 12;
}

/* Is low[0..k) the share buttons' labels run together without spaces, the
 * text of a row of icon links ("facebooktwitterlinkedinemail"): three
 * labels at least and nothing else? */
static int glued_buttons(const char *low, size_t k)
{
    static const char *const labels[] = {"facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
                                         "telegram", "email", "e-mail", "mail", "print", "share", "tweet",
                                         "sms", "messenger", "flipboard", "comments", "comment"};
    const size_t n_labels = sizeof labels / sizeof labels[0];
    size_t at = 0, found = 0;
    while (at < k && found < 16) {
        size_t i = 0;
        while (i < n_labels && strncmp(low + at, labels[i], strlen(labels[i])))
            i++;
        if (i == n_labels)
            return 0;
        at += strlen(labels[i]);
        found++;
    }
    return at == k && found >= 3;
}

/* Does the line (len bytes) end with a click-to-tweet box's button,
 * "Tweet this" or "Click to Tweet" (any case but "Tweet" capitalised as a
 * button's label is, not a sentence's "don't tweet this."; trailing spaces
 * and punctuation aside)? */
static int ends_with_tweet_button(const char *t, size_t len)
{
    while (len && strchr(" .:!>", t[len - 1]))
        len--;
    return (len > 10 && !strncasecmp(t + len - 10, "tweet this", 10) && t[len - 10] == 'T' && t[len - 11] == ' ') ||
           (len > 14 && !strncasecmp(t + len - 14, "click to tweet", 14) && t[len - 5] == 'T' && t[len - 15] == ' ');
}

/* A Chinese portal's share bar as one line: "分享到：微信朋友圈微博", "分享：
 * Facebook LINE" — the label, then only the platforms' names (spaces,
 * colons and bars between them); low is the line lower-cased. */
static int zh_share_bar(const char *low)
{
    static const char *const labels[] = {
        "\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0", /* 分享到 */
        "\xe5\x88\x86\xe4\xba\xab\xe8\x87\xb3", /* 分享至 */
        "\xe5\x88\x86\xe4\xba\xab", /* 分享 */
        "\xe4\xb8\x80\xe9\x94\xae\xe5\x88\x86\xe4\xba\xab", /* 一键分享 */
    };
    static const char *const platforms[] = {
        "\xe5\xbe\xae\xe4\xbf\xa1\xe6\x9c\x8b\xe5\x8f\x8b\xe5\x9c\x88", /* 微信朋友圈 */
        "\xe6\x9c\x8b\xe5\x8f\x8b\xe5\x9c\x88", /* 朋友圈 */
        "\xe6\x96\xb0\xe6\xb5\xaa\xe5\xbe\xae\xe5\x8d\x9a", /* 新浪微博 */
        "\xe8\x85\xbe\xe8\xae\xaf\xe5\xbe\xae\xe5\x8d\x9a", /* 腾讯微博 */
        "\xe5\xbe\xae\xe5\x8d\x9a", /* 微博 */
        "\xe5\xbe\xae\xe4\xbf\xa1", /* 微信 */
        "qq\xe7\xa9\xba\xe9\x97\xb4", /* qq空间 */
        "qq\xe5\xa5\xbd\xe5\x8f\x8b", /* qq好友 */
        "\xe8\xb1\x86\xe7\x93\xa3", /* 豆瓣 */
        "\xe4\xba\xba\xe4\xba\xba\xe7\xbd\x91", /* 人人网 */
        "\xe5\xa4\x8d\xe5\x88\xb6\xe9\x93\xbe\xe6\x8e\xa5", /* 复制链接 */
        "\xe6\x8a\x96\xe9\x9f\xb3", /* 抖音 */
        "\xe8\x87\x89\xe6\x9b\xb8", "\xe8\xa4\x87\xe8\xa3\xbd\xe9\x80\xa3\xe7\xb5\x90", /* 臉書 複製連結 */
        "qq", "facebook", "twitter", "line", "whatsapp", "telegram", "email", "weibo", "wechat",
    };
    const char *c = low + strspn(low, " ");
    size_t lab = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && !lab; i++)
        if (!strncmp(c, labels[i], strlen(labels[i])))
            lab = strlen(labels[i]);
    if (!lab)
        return 0;
    c += lab;
    int named = 0;
    for (int guard = 0; guard < 24; guard++) {
        c += strspn(c, " :|/");
        if (!strncmp(c, "\xef\xbc\x9a", 3) || !strncmp(c, "\xe4\xb8\xa8", 3)) { /* ： 丨 */
            c += 3;
            continue;
        }
        if (!*c)
            return named;
        size_t hit = 0;
        for (size_t i = 0; i < sizeof platforms / sizeof platforms[0] && !hit; i++)
            if (!strncmp(c, platforms[i], strlen(platforms[i])))
                hit = strlen(platforms[i]);
        if (!hit)
            return 0;
        c += hit;
        named++;
    }
    return 0;
}

/* A share button's label alone on its line ("Share", "Tweet", "分享"), a
 * run of the buttons' labels ("Share this post Email"), or the labels run
 * together ("FacebookTwitterLinkedinEMail"), or a click-to-tweet box (the
 * sentence, then its "Tweet this" button). */
int pa_line_share(const pa_line *line)
{
    size_t chars = line->chars;
    /* a click-to-tweet box: the sentence to post and its button ("Example buys Acme for $4 billion Tweet
     * this"; a few bytes read from the end) */
    if (chars > 20 && chars <= 300 && ends_with_tweet_button(line->text, line->len))
        return 1;
    if (chars > 60)
        return 0;
    static const char *const words[] = {
        "share", "share this", "share this:", "share on", "tweet", "facebook", "twitter", "linkedin",
        "whatsapp", "email", "print", "pinterest", "reddit", "telegram", "copy link", "follow us",
        "e-mail", /* the older spelling on a 2000s-2012 story's tools ("E-mail", "Print", "Reprints") */
        /* Twitter's new name on the same buttons: "X", "X (Twitter)", "Share on X" */
        "x", "x (twitter)", "x (formerly twitter)", "share on x", "post on x", "share on facebook",
        "bagikan", "شارك", "partager", "compartir", "teilen", "поделиться", "udostępnij", "分享", "分享到",
    };
    const char *low = pa_line_lower_under(line, 256);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->len, ": "); /* low[0..k): the line without its trailing ':' and spaces */
    if (chars <= 30 && pa_phrase_is(low, k, PA_PHRASES(words)))
        return 1;
    /* the share bar's call under a tabloid's story: "Share or comment on this article: Share" */
    static const char *const share_calls[] = {"share or comment on this article", "share or comment on this story"};
    if (pa_phrase_opens(low, k, PA_PHRASES(share_calls)))
        return 1;
    /* "Click to share on Twitter (Opens in new window)", "Click to email a link to a friend (Opens in new
     * window)", "Click to print (Opens in new window)" (a share bar's button; its words open with "click to") */
    if ((strstr(low, "share") || !strncmp(low, "click to ", 9)) &&
        (strstr(low, "(opens in new window)") || strstr(low, "(opens in a new window)")))
        return 1;
    return share_buttons_run(low, k) || (!memchr(low, ' ', k) && glued_buttons(low, k)) || zh_share_bar(low);
}

/* ---- page text that is not the article's: comment-form notices, reader
 * tools, picture credits, contact lines, sign-up pitches ---- */

/* A notice of the reader-comment form or list ("The comments below have not
 * been moderated.", "By adding a comment you accept our terms", "Add Your
 * Opinion", "Reader's comments »"): where it stands after the story, the
 * comments follow.  Phrases that could open a sentence of a story about
 * comments count only on a short line. */
int pa_line_comment_notice(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 400)
        return 0;
    static const char *const phrases[] = {
        "comments below have not been moderated", "comments are subject to moderation",
        "comments do not represent the views",
        "comments are moderated before", "opinions are moderated before",
        "are those of our users and do not", "are those of our readers and do not",
        "here's what other readers have said", "be the first to write a comment",
        "be the first to post a comment", "by adding a comment", "by posting a comment",
        "commenting using a facebook account", "'post to facebook' box",
        "we do not publish your email", "comments on this article are listed below", "zapraszamy do dyskusji",
        "zapraszamy też do dyskusji",
        "what you should know about comments",
        /* the comment box's standing note of a chain ("Conversations are opinions of our readers and are
         * subject to the Code of Conduct.", "Postmedia is committed to maintaining a lively but civil forum
         * for discussion"; not "subject to the code of conduct" alone: councillors are too) */
        "are opinions of our readers", "lively but civil forum",
    };
    /* "Comments are the opinions of readers, not of Example News.": whose they are not said (a story's
     * "Comments are the opinions of readers, the paper's editor wrote …" reports the note) */
    static const char *const disowned[] = {"comments are the opinions of", "comments are opinions of",
                                           /* "Disclaimer: Comments reflect users' views, not Example's." */
                                           "comments reflect users' views", "comments reflect the views of their",
                                           "comments reflect the views of the commenter",
                                           "comments reflect the views of readers", "comments reflect the views of users",
                                           "comments reflect users\xe2\x80\x99 views"};
    /* (whose views are the readers' or the users': "Comments reflect the views of the residents who spoke, not of
     * the council, the clerk noted" is a story's) */
    static const char *const not_ours[] = {", not ", " not of ", " not those of ", " not necessarily ",
                                           " do not ", " does not "};
    static const char *const short_phrases[] = {
        "reader comments", "reader's comments", "readers' comments", "join the discussion", "add your opinion",
        "submit your opinion", "comment policy", "comments policy", "be the first to comment", "have your say",
    };
    const char *low = pa_line_folded_under(line, 512);
    if (!low)
        return 0;
    /* (a list's numbered item: "5. You can have your say" heads a listicle's last item, no comment box) */
    size_t number = strspn(low, "0123456789");
    int list_item = number >= 1 && number <= 2 && (low[number] == '.' || low[number] == ')') && low[number + 1] == ' ';
    return pa_phrase_in(low, PA_PHRASES(phrases)) ||
           (pa_phrase_in(low, PA_PHRASES(disowned)) && pa_phrase_in(low, PA_PHRASES(not_ours))) ||
           (chars <= 80 && !list_item && pa_phrase_in(low, PA_PHRASES(short_phrases)));
}

/* Is low[0..k) (lower-cased) a row of podcast apps: an optional call
 * ("listen on", "subscribe on", "follow on", "listen:", "subscribe:",
 * "listen and subscribe:", "available on"), then one or more app names
 * ("apple podcasts", "spotify", "rss", …) parted by "|", ",", "/", "·",
 * "or" and "and", nothing else; two names at least without the call? */
static int podcast_apps_row(const char *low, size_t k)
{
    static const char *const calls[] = {"listen and subscribe on ", "listen and subscribe: ", "listen and subscribe ",
                                        "listen on ", "listen: ", "subscribe on ", "subscribe: ", "follow on ",
                                        "follow us on ", "available on ", "also on ", "find us on "};
    static const char *const apps[] = {"apple podcasts", "spotify", "google podcasts", "pocket casts", "overcast",
                                       "stitcher", "iheartradio", "youtube music", "youtube", "amazon music",
                                       "castbox", "podcast addict", "castro", "tunein", "pandora", "rss",
                                       "audible", "deezer", "player fm", "android"};
    size_t at = 0;
    for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++)
        if (k > strlen(calls[c]) && !strncmp(low, calls[c], strlen(calls[c]))) {
            at = strlen(calls[c]);
            break;
        }
    int called = at > 0, worded = 0;
    size_t names = 0;
    for (int guard = 0; at < k && guard < 16; guard++) {
        size_t matched = 0;
        for (size_t a = 0; a < sizeof apps / sizeof apps[0] && !matched; a++) {
            size_t al = strlen(apps[a]);
            if (al <= k - at && !strncmp(low + at, apps[a], al) && (at + al == k || !isalnum((unsigned char)low[at + al])))
                matched = al;
        }
        if (!matched)
            return 0;
        names++;
        at += matched;
        /* the separator: spaces, "|", ",", "/", "·" (U+00B7), "or", "and" */
        for (int sep = 0; sep < 6 && at < k; sep++) {
            size_t before = at;
            at += strspn(low + at, " |,/");
            if (k - at >= 2 && (unsigned char)low[at] == 0xC2 && (unsigned char)low[at + 1] == 0xB7)
                at += 2;
            if (k - at >= 3 && !strncmp(low + at, "or ", 3)) {
                at += 3;
                worded = 1;
            }
            if (k - at >= 4 && !strncmp(low + at, "and ", 4)) {
                at += 4;
                worded = 1;
            }
            if (at == before)
                break;
        }
    }
    /* (one app's name alone is a story's list item: "Spotify"; names joined by "and"/"or" without the call, a
     * story's subhead: "Spotify and YouTube" over the paragraph on their prices) */
    return (called || (names >= 2 && !worded)) && at >= k;
}

/* Is the line, of max_chars characters at most and its folded form under
 * max_bytes, one of the phrases alone once its trailing punctuation (and a
 * text-size switch's "+ -") is cut: a player control's or a tool's word
 * standing alone? */
static int folded_alone_among(const pa_line *line, size_t max_chars, size_t max_bytes, const char *const *phrases,
                              size_t n_phrases)
{
    return pa_line_folded_alone_among(line, max_chars, max_bytes, ":.!>+- ", phrases, n_phrases);
}

int pa_line_player_control(const pa_line *line)
{
    static const char *const controls[] = {
        "video ad feedback", "ad feedback", "skip ad", "skip ads", "replay", "unmute", "tap to unmute",
        "click to unmute", "autoplay", "autoplay: on", "autoplay: off", "closed captions", "play video",
    };
    return folded_alone_among(line, 60, 200, PA_PHRASES(controls));
}

/* A Chinese page's reader tool as a line: the QR code's call to open the
 * page on a phone ("扫一扫在手机打开当前页", "掃一掃在手機上閱讀"; ≤ 30
 * chars) or the font-size switch ("字号：大 中 小", "【字號 T|T】",
 * "字體大小：大 中 小": the label, then only sizes, marks and brackets). */
static int zh_reader_tool(const char *t, size_t chars)
{
    if (chars > 30)
        return 0;
    t = pa_skip_wide_spaces(t);
    if ((!strncmp(t, "\xe6\x89\xab\xe4\xb8\x80\xe6\x89\xab", 9) ||   /* 扫一扫 */
         !strncmp(t, "\xe6\x8e\x83\xe4\xb8\x80\xe6\x8e\x83", 9)) &&  /* 掃一掃 */
        (pa_strstr(t, "\xe6\x89\x8b\xe6\x9c\xba") || pa_strstr(t, "\xe6\x89\x8b\xe6\xa9\x9f"))) /* 手机 手機 */
        return 1;
    if (!strncmp(t, "\xe3\x80\x90", 3))
        t += 3;
    static const char *const labels[] = {
        "\xe5\xad\x97\xe4\xbd\x93\xe5\xa4\xa7\xe5\xb0\x8f", /* 字体大小 */
        "\xe5\xad\x97\xe9\xab\x94\xe5\xa4\xa7\xe5\xb0\x8f", /* 字體大小 */
        "\xe5\xad\x97\xe5\x8f\xb7", /* 字号 */
        "\xe5\xad\x97\xe8\x99\x9f", /* 字號 */
        "\xe5\xad\x97\xe4\xbd\x93", /* 字体 */
        "\xe5\xad\x97\xe9\xab\x94", /* 字體 */
    };
    static const char *const sizes[] = {
        "\xe5\xa4\xa7", /* 大 */
        "\xe4\xb8\xad", /* 中 */
        "\xe5\xb0\x8f", /* 小 */
        "\xe9\xbb\x98\xe8\xae\xa4", /* 默认 */
        "\xe9\xbb\x98\xe8\xaa\x8d", /* 默認 */
        "\xe3\x80\x91", /* 】 */
        "\xef\xbc\x9a", /* ： */
        "\xe3\x80\x90", /* 【 */
        "\xe3\x80\x80", /*  */
    };
    size_t lab = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && !lab; i++)
        if (!strncmp(t, labels[i], strlen(labels[i])))
            lab = strlen(labels[i]);
    if (!lab)
        return 0;
    t += lab;
    int sized = 0;
    for (int guard = 0; guard < 24; guard++) {
        size_t marks = strspn(t, " :|tT+-");
        sized |= memchr(t, 'T', marks) != NULL;
        t += marks;
        if (!*t)
            return sized;
        size_t hit = 0;
        for (size_t i = 0; i < sizeof sizes / sizeof sizes[0] && !hit; i++)
            if (!strncmp(t, sizes[i], strlen(sizes[i]))) {
                hit = strlen(sizes[i]);
                sized |= i < 3; /* 大 中 小 */
            }
        if (!hit)
            return 0;
        t += hit;
    }
    return 0;
}

/* The label of a reader tool or a block around the story, alone on its line:
 * "Text size + -", "Font:", "Share this article", "Rate this article",
 * "Send this story to a friend", "Related items", "Story highlights",
 * "Sponsored links", "Show caption", "Enlarge image" after a credit. */
/* Is low[0..k) a separator and a player's length only: "· 4:12", "• 1:02:30", "| 12:03"?  Takes the
 * lower-cased line and its byte length; the separator is "|", "·" (U+00B7) or "•" (U+2022). */
static int player_length(const char *low, size_t k)
{
    size_t at = 0;
    if (starts(low, k, "|"))
        at = 1;
    else if (starts(low, k, "\xc2\xb7"))
        at = 2;
    else if (starts(low, k, "\xe2\x80\xa2"))
        at = 3;
    else
        return 0;
    while (at < k && low[at] == ' ')
        at++;
    size_t groups = 0;
    while (at < k && groups < 3) {
        size_t d = 0;
        while (at < k && isdigit((unsigned char)low[at]) && d < 3)
            at++, d++;
        if (!d)
            return 0;
        groups++;
        if (at < k && low[at] == ':' && at + 1 < k)
            at++;
        else
            break;
    }
    while (at < k && low[at] == ' ')
        at++;
    return groups >= 2 && at == k;
}

/* A 2004-2011 story's tools that are one word each, the bookmark sites' buttons and the send, print and
 * recommend links ("Digg", "Permalink", "Print"): a tool in a row of them or as a link alone, but the
 * story's own word when it stands alone in its prose ("Email." answering a question, a list of the sites
 * students use, a review's heading "Recommend"); see pa_line_tool_word. */
static const char *const tool_words[] = {"print", "e-mail", "email", "reprints", "recommend", "digg", "del.icio.us",
                                         "permalink", "newsvine", "technorati", "stumbleupon", "furl", "mixx",
                                         "myspace"};

/* Is the line one of tool_words alone (its trailing punctuation aside)?  The caller keeps such a line that is
 * no link after the story's prose.  Reads the line's folded form (≤ 20 chars). */
int pa_line_tool_word(const pa_line *line)
{
    return folded_alone_among(line, 20, 20, PA_PHRASES(tool_words));
}

/* A row of tools' words alone, "Bookmark & Share Email Print" (see extract_lines.h); no word over 15 bytes. */
int pa_line_tool_row(const pa_line *line)
{
    static const char *const row_words[] = {"bookmark", "share", "tweet", "like", "save", "comment", "comments"};
    const char *low = line->chars <= 60 ? pa_line_lower_under(line, 128) : NULL;
    if (!low)
        return 0;
    size_t words = 0;
    for (const char *c = low; *c;) {
        c += strspn(c, " &|/\xc2\xb7");
        size_t w = strcspn(c, " &|/\xc2\xb7");
        if (!w)
            break;
        char word[16];
        if (w >= sizeof word)
            return 0;
        memcpy(word, c, w);
        word[w] = '\0';
        if (!pa_phrase_is(word, w, PA_PHRASES(tool_words)) && !pa_phrase_is(word, w, PA_PHRASES(row_words)))
            return 0;
        words++;
        c += w;
    }
    return words >= 2;
}

/* Is t (its folded form low) a weather-alert banner as station templates set it over or into the story:
 * "WEATHER ALERT: Wind Chill Warning in effect until 11 AM Thursday for Pembroke County. Details", "SEVERE
 * WEATHER ALERT - Tornado Watch until 10 PM CDT" — the label in capitals opening the line, a colon, dash or
 * bar after it, then a warning, watch or advisory by its capitalised name and "until" or "in effect", and no
 * sentence of a story after it (a story's sentence names the alert in its own words, "A wind chill warning is
 * in effect …", or goes on: "WEATHER ALERT: Flood Watch until 8 PM. That was the message that woke …", "…
 * until 10 PM CDT, the banner on every station read …")?  The caller bounds the line (≤ 200 chars) and
 * keeps a line reporting speech. */
static int weather_alert_banner(const char *t, const char *low)
{
    size_t at = !strncmp(t, "WEATHER ALERT", 13) ? 13 : !strncmp(t, "SEVERE WEATHER ALERT", 20) ? 20 : 0;
    if (!at || !(t[at] == ':' || !strncmp(t + at, " -", 2) || !strncmp(t + at, " |", 2) ||
                 pa_long_dash(t + at + (t[at] == ' '))))
        return 0;
    const char *rest = low + at;
    if (!(pa_strstr(rest, " until ") || pa_strstr(rest, " in effect")))
        return 0;
    /* the weather service's product by its name, capitalised ("Wind Chill Warning"; a story's "a winter storm
     * warning is in effect …" is its own sentence) */
    const char *print = t + at;
    if (!(pa_strstr(print, " Warning") || pa_strstr(print, " Watch") || pa_strstr(print, " Advisory") ||
          pa_strstr(print, " WARNING") || pa_strstr(print, " WATCH") || pa_strstr(print, " ADVISORY")))
        return 0;
    /* nothing of a story's sentence after it: no clause after a comma in lower case ("…, the banner on every
     * station read"), no sentence after a full stop but the banner's link ("… County. Details") */
    for (const char *c = strchr(print, ','); c; c = strchr(c + 1, ','))
        if (c[1] == ' ' && c[2] >= 'a' && c[2] <= 'z')
            return 0;
    const char *stop = pa_strstr(print, ". ");
    return !(stop && strlen(stop) > 24);
}

/* Is low[0..k) a row of a podcast host's links under its player: "Play Now | Play in Popup | Download(615)",
 * "Play in new window | Download | Embed" — two to eight cells parted by "|", each a player's tool with its count
 * or length in brackets after it at most, one of them a "play" link?  A story's line with a bar holds words of
 * its own in a cell ("Play ball | Download the schedule"). */
static int player_links_row(const char *low, size_t k)
{
    static const char *const tools[] = {"play", "play now", "play in popup", "play in new window", "play episode",
                                        "download", "download file", "download episode", "download mp3", "embed",
                                        "share", "subscribe", "rss", "pop out", "popout"};
    size_t cells = 0;
    int play = 0;
    for (size_t at = 0; at < k && cells <= 8;) {
        const char *bar = memchr(low + at, '|', k - at);
        size_t end = bar ? (size_t)(bar - low) : k, a = at, e = end;
        while (a < e && low[a] == ' ')
            a++;
        while (e > a && low[e - 1] == ' ')
            e--;
        const char *paren = a < e ? memchr(low + a, '(', e - a) : NULL; /* "Download(615)", "(Duration: 41:07)" */
        if (paren && low[e - 1] != ')')
            return 0;
        size_t w = paren ? (size_t)(paren - low) : e;
        while (w > a && low[w - 1] == ' ')
            w--;
        if (!pa_phrase_is(low + a, w - a, PA_PHRASES(tools)))
            return 0;
        play |= low[a] == 'p' && low[a + 1] == 'l';
        cells++;
        at = end + 1;
    }
    return cells >= 2 && cells <= 8 && play;
}

int pa_line_tool(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 150)
        return 0;
    if (zh_reader_tool(t, chars))
        return 1;
    static const char *const exact[] = {
        "text size", "change text size", "font size", "font", "share", "share this", "share this on",
        "share this article", "share this post", "share this story", "share this page", "share this with others",
        "send this story to a friend", "send this article to a friend", "email this story", "email this article",
        "print this story", "print this article", "rate this", "rate this article", "rate this story",
        "current rating", "current article ratings", "article ratings", "be the first to vote", "thanks, your rating has been counted", "location refreshed",
        "show caption", "hide caption", "link copied to clipboard", "ads by google", "sponsored links",
        /* a video's or an episode's transcript switch ("Read the full transcript" on its <summary>) */
        "show transcript", "hide transcript", "view transcript", "read transcript", "read the transcript",
        "read the full transcript", "view full transcript", "see full transcript", "expand transcript",
        "advertisement", "report this ad", "advertising", "scroll for more", "scroll to continue",
        "next story", "previous story", "related items", "related subjects", "related reads",
        "related publications", "related articles that may interest you", "featured articles", "top news",
        "most shared", "story highlights", "recommended reading", "trending", "trending now",
        "trending articles", "trending stories", "popular stories", "most viewed", "like this",
        "about the author", "about the authors", "about the author(s)", "last article", "next article",
        "previous article", "tags",
        /* the ad break inside a story */
        "continue reading the main story", "story continues below", "article continues below advertisement",
        /* (the Capitol press's past tense: "Story Continued Below") */
        "story continued below", "article continued below",
        "article continues after advertisement", "story continues after advertisement",
        "advertisement - continue reading below", "advertisement - scroll to continue",
        "scroll to continue with content", "content continues below", "ad", "ads", "sponsored content",
        "paid content", "partner content", "paid post", "disclaimer",
        /* story tools and feedback prompts */
        "email story", "print story", "email this", "print this", "send to friend", "click to rate",
        "be the first to rate", "rate this post", "story first published", "bookmark/search this post with",
        "write your comment", "was this page helpful?", "was this article helpful?", "was this helpful?",
        /* a help centre's vote under its article, its buttons run into the line ("Did you find it helpful?
         * Yes No") */
        "did you find it helpful?", "did you find this helpful?", "did you find this article helpful?",
        "did you find it helpful? yes no", "was this article helpful? yes no", "was this helpful? yes no",
        "did this answer your question?",
        "thanks for your feedback", "free reprints", "order reprints",
        "comments are closed", "commenting is closed", "comments have been closed",
        "this article is closed for comments", /* an Indian daily's closed thread */
        "read more news on", "more like this", /* a business daily's pointer label, a teaser list's */
        /* the badges and switches a template sets over the text: "BREAKING NEWS", "Free to read", the audio
         * player's "Audio version", the translation widget's "Translate" */
        "breaking news", "free to read", "audio version", "translate", "please share",
        /* a trade site's inquiry form's heading ("Send your message to us:" is the seeds' CMS's) */
        "leave your message", "leave a message", "leave us a message", "send your message to us",
        "send us your message", "send us a message", "send your inquiry", "send inquiry", "inquiry now",
        "get a free quote", "request a free quote",
        /* the audio player, the comment switch, the sign-up and app calls, teaser-list labels */
        "listen to this article", "listen to this story", "listen to the story", "listen to article",
        "join the conversation", "view comments", "show comments", "hide comments",
        "loading", "subscribe now", "download our app", "download the app", "get our free app", "get the app",
        /* the note a paywall's script shows while it asks whether the reader may read on */
        "checking your subscription", "checking your subscription status", "checking your access",
        "verifying your subscription", "verifying your access", "checking access",
        "thank you for signing up", "thanks for signing up", "support quality journalism", "newsletter",
        "recommended stories", "sponsored stories", "promoted stories", "around the web", "from our partners",
        "don't miss", "you might be interested in", "you may be interested in", "you may also be interested in",
        "you might also be interested in", "more to explore",
        /* the story's tool bar and the player's labels of the big news sites */
        "supported by", "send any friend a story", "give this article", "gift article", "gift this article", "save",
        "share full article", "open in app", "read in app", "up next", "now playing", "more videos",
        "top stories", "see also", "click to expand", "show more", "show less", "skip to main content",
        "skip to content", "enlarge this image", "toggle caption", "paid program", "presented by",
        "something is loading", "opinions expressed by contributors are their own", "staff and wire reports",
        "from staff and wire reports", "from wire reports", "wire reports", "view gallery", "open gallery", "next gallery",
        "next slideshow",
        "fullscreen", "full screen", "expand", "view this post on instagram", "embed", "link copied", "copied",
        "reprints", "reuse this content", "read full article", "continue reading", "keep reading",
        "show full article", "view full article", "today's paper", "subscribe", "read more about",
        "explore more on these topics", "promoted content", "recommended by", "sort by", "share your thoughts",
        "terms of use", "privacy policy",
        "recommended posts", "scroll down for video", "scroll down for videos", "(story continues below)",
        "article content", /* the label a chain's template repeats over each part of the story */
        "short url", "short link", /* the box with the story's short address */
        /* the citation box under a story: its label and its style names */
        "cite this article", "cite this page", "cite this story", "how to cite this article", "mla", "apa",
        /* a chain's story tools: the saved-story note, the error form, the app box's heading, the label over
         * a list of other stories' links */
        "story saved", "report an error", "take us with you", "more news",
        /* the labels and perks of a metered or subscriber-only story, the account calls, the print
         * replica's link, the tools under the story */
        "subscriber exclusive", "subscriber only", "subscribers only", "premium content", "subscriber content",
        "exclusive subscriber content", "unlimited digital access", "create your free account",
        "create a free account", "create an account", "log in or create an account", "sign in or create an account",
        "e-edition", "read the e-edition", "get the e-edition", "daily e-edition", "today's e-edition",
        "read today's e-edition", "reprints & permissions", "reprints and permissions", "submit a correction",
        "report a correction", "report a typo", "trending videos",
        "kindly share this story", "kindly share this article", "kindly share this post", "send us your feedback",
        /* the report-a-problem widget under a story: its call and its thanks */
        "report it to us", "thank you for your report",
        /* a portal's health-tools box under its health stories */
        "check out below health tools", "calculate your body mass index ( bmi )", "calculate your body mass index (bmi)",
        "calculate the age through age calculator",
        "read the full story here", "read the full article here", "read the full story", "read the full article",
        "print edition",
        /* a station's call for the reader's story, as the heading of its form under the story */
        "share your story",
        /* the label of an episode's sponsor box ("Sponsor" over "This episode is brought to you by …") */
        "sponsor", "sponsored by",
        /* (a video player's controls: pa_line_player_control) */
        /* an episode page's tools */
        "share this episode", "more episodes", "all episodes", "download episode", "play episode",
        /* the page's jump back up, and the app call as a link's words */
        "back to top", "go to top", "return to top", "scroll to top", "get our free mobile app",
        "download our free app", "get our app", "download our free mobile app",
        /* a blog theme's post pager, the sign-up form's field, the republishing box's button, the membership
         * calls and the labels of lists of other stories, as labels alone on a line */
        "previous post", "next post", "older post", "newer post", "enter your email address", "enter your email",
        "republish this story", "republish this article", "support independent journalism", "become a member today",
        "latest news", "latest stories", "popular posts", "the story continues below",
        "get breaking news alerts", "sign up for breaking news alerts",
        /* the heading of a regional paper's box calling for the readers' views or stories, a comment box's */
        "we want to hear from you", "join our commenting forum",
        /* a live page's badge by its headline */
        "live", "live updates",
        /* a broadcaster's player stand-in, a tabloid's pointer pair run into one line, the comment form's note */
        "this video can not be played", "this video cannot be played", "read more related articles",
        "your email address will not be published",
        /* a wire's newsletter link alone ("Sign up here."), its picture's licensing link with the screen
         * reader's note ("Purchase Licensing Rights, opens new tab") */
        "sign up here", "purchase licensing rights", "acquire licensing rights",
        "purchase licensing rights, opens new tab", "acquire licensing rights, opens new tab",
        /* a 2004-2011 story's tools, alone or in a row ("E-mail this story | Printer-friendly version | Digg
         * this | del.icio.us"): the send and print links, the bookmark sites' buttons, the feed button */
        "e-mail this story", "e-mail this article", "e-mail this", "email to a friend", "e-mail to a friend",
        "printer-friendly version", "printer friendly version", "printer-friendly", "printer friendly",
        "digg this", "digg it", "save to del.icio.us", "add to my yahoo!", "add to my yahoo",
        "post a comment", "add to google", "bookmark and share", "share and enjoy",
        "seed newsvine", "stumble it", "reddit", "buzz up", "buzz up!", "yahoo! buzz", "google bookmarks", "facebook",
        /* the paged story's switch and the rail's tab over its list */
        "single page view", "single page", "view as single page", "view single page", "most e-mailed",
        "most emailed", "most e-mailed stories", "most emailed stories", "most commented",
        /* the rest of those tools as single links: send, print, discuss, the picture's buttons, the bookmark
         * widgets, the story-tools box's heading */
        "e-mail this story to a friend", "email this story to a friend", "e-mail this article to a friend",
        "email this article to a friend", "send to a friend", "printer-friendly format", "printer friendly format",
        "printable version", "comment on this story",
        "comment on this article", "discuss this story", "discuss this article", "recommend this story",
        "recommend this article", "save this article", "save this story", "click to enlarge", "enlarge photo",
        "buy this photo", "purchase this photo", "photo reprints", "view photo gallery", "sphere: related content",
        "sphere it", "add to del.icio.us", "add to technorati favorites", "search for more stories like this",
        "article tools", "story tools", "trackback url", "advertise with us", "read the rest of this entry",
        "email this entry", "e-mail this entry", "top of page", "close window",
        "tell a friend", "send this page to a friend", "order a reprint of this article", "reprint rights",
        "back to home page",
    };
    /* the counted links a row of tools holds besides them, their count in brackets after them: "Comments (3) |
     * TrackBack (0)", "Post a comment | Read comments (12)", "Comments (12) | Recommend (4) | Print" */
    static const char *const counted_tools[] = {"comments", "trackback", "trackbacks", "read comments",
                                                "view comments", "recommend", "reader comments"};
    static const char *const suffix[] = {" enlarge image", " view full size", " enlarge photo", " watch video"};
    const char *low = pa_line_folded_under(line, 200);
    if (!low)
        return 0;
    /* low[0..k): the line without its trailing punctuation, the "+ -" of a
     * text-size switch and "»" */
    size_t k = pa_trim_tail(low, line->folded_len, ":.!>+- ");
    while (k >= 2 && (unsigned char)low[k - 2] == 0xC2 && (unsigned char)low[k - 1] == 0xBB) { /* » */
        k -= 2;
        while (k && low[k - 1] == ' ')
            k--;
    }
    if (k >= 3 && !memcmp(low + k - 3, "\xe2\x80\xa6", 3)) /* a closing "…": "Loading…" */
        k = pa_trim_tail(low, k - 3, ". ");
    /* "UP NEXT" in capitals is the wire's sports section over the teams' next games ("Packers: Host the
     * Texans on Sunday."), not a video player's "Up next" */
    if (!strcmp(t, "UP NEXT") || !strcmp(t, "UP NEXT:"))
        return 0;
    if (chars <= 60 && (pa_phrase_is(low, k, PA_PHRASES(exact)) || pa_phrase_is(low, k, PA_PHRASES(tool_words)) ||
                        pa_line_player_control(line)))
        return 1;
    /* the text-size switch: "Font size: A A A", "Font Size A- A A+" (the label, then only its letters and marks) */
    if (chars <= 30 && !strncmp(low, "font size", 9) && strspn(low + 9, ": a+-") == k - 9)
        return 1;
    if (chars <= 30 && !strncmp(low, "text size", 9) && strspn(low + 9, ": a+-") == k - 9 && k > 10)
        return 1; /* "Text size: A A A" (the bare label is in exact) */
    /* the closed comment box's note naming what is closed: "Comments have been closed for this article." */
    static const char *const closed[] = {"comments are closed for this ", "comments have been closed for this ",
                                         "comments are now closed for this ", "commenting is closed for this "};
    if (chars <= 60 && low[0] == 'c' && pa_phrase_opens(low, k, PA_PHRASES(closed)) && !memchr(low, ',', k))
        return 1;
    /* the label set between dashes, as news themes print their ad slot: "- Advertisement -", "-- Story
     * continues below --", "— Advertisement —" (one or two hyphens or a dash on each side) */
    size_t lead = pa_opening_dashes(low); /* (an opening long dash is not trimmed: k >= 3 then) */
    if (!lead)
        lead = low[0] == '[' || low[0] == '('; /* "[Advertisement]", "(Advertisement)" */
    /* a rule of hyphens before the label: "---------- SHARE YOUR STORY" (at most 20) */
    while (low[0] == '-' && lead >= 2 && lead < 20 && lead < k && low[lead] == '-')
        lead++;
    size_t label_end = k;
    if (label_end > 3 && pa_long_dash(low + label_end - 3))
        label_end = pa_trim_tail(low, label_end - 3, " ");
    if (label_end > 1 && (low[label_end - 1] == ']' || low[label_end - 1] == ')'))
        label_end--;
    size_t label_at = lead < k && low[lead] == ' ' ? lead + 1 : lead; /* "- Advertisement -", "-Advertisement-" */
    if (chars <= 60 && lead && label_end > label_at && pa_phrase_is(low + label_at, label_end - label_at, PA_PHRASES(exact)))
        return 1;
    /* the row of podcast apps under an episode's player: "Listen on Apple Podcasts", "Subscribe: Apple
     * Podcasts | Spotify | RSS", "Apple Podcasts | Spotify | YouTube" (an optional call, then app names only) */
    if (chars <= 150 && podcast_apps_row(low, k))
        return 1;
    /* an uploader's hashtags under a video's description: "#weather #snow #lakeeffect" (three or more, nothing
     * else on the line; a story's two campaign tags set apart, "#FixOurSchool #NotSafe", are its text) */
    if (chars <= 150 && low[0] == '#') {
        size_t tags = 0, at = 0;
        while (at < line->folded_len && low[at] == '#' && isalnum((unsigned char)low[at + 1])) {
            tags++;
            at += 1 + strcspn(low + at + 1, " ");
            at += strspn(low + at, " ");
        }
        if (tags >= 3 && at >= line->folded_len)
            return 1;
    }
    if (chars <= 200 && t[0] <= 'W' && t[0] >= 'S' && weather_alert_banner(t, low) &&
        !pa_line_reports_speech(line))
        return 1;
    /* the call to get the site's app with its address: "Download the Example 5 weather app:
     * https://www.example.com/app" */
    if (chars <= 150 && (starts(low, k, "download the ") || starts(low, k, "download our ")) && strstr(low, " app") &&
        (strstr(low, " app: http") || strstr(low, " app: www.") || strstr(low, " app here")))
        return 1;
    /* the podcast plugin's links under its player (WordPress PowerPress): "Podcast: Play in new window |
     * Download (Duration: 41:07 — 72.2MB) | Embed", "Podcast (show-name): Play in new window | Download" */
    if (starts(low, k, "podcast") && (low[7] == ':' || low[7] == ' ') && strstr(low, "play in new window"))
        return 1;
    /* the hosts' own row of those links: "Play Now | Play in Popup | Download(615)" (Libsyn) */
    if (chars <= 120 && (low[0] == 'p' || low[0] == 'd') && memchr(low, '|', k) && player_links_row(low, k))
        return 1;
    /* the audio player with the story's length: "Listen · 3:54", "Listen to this article · 5 min" */
    if (chars <= 60 && starts(low, k, "listen")) {
        size_t at = 6;
        static const char *const what[] = {" to this article", " to this story", " to the story", " to article"};
        for (size_t w = 0; w < sizeof what / sizeof what[0]; w++)
            if (starts(low + at, k - at, what[w])) {
                at += strlen(what[w]);
                break;
            }
        size_t digits = 0;
        while (at < k && (strchr(" :|-()/", low[at]) || isdigit((unsigned char)low[at]) ||
                          (unsigned char)low[at] >= 0x80)) /* "·", "00:00 / 03:41" */
            digits += isdigit((unsigned char)low[at++]) != 0;
        /* the player's speed after its times: "Listen to this article 00:00 / 03:41 1x", "… 1.5x" */
        size_t speed = at;
        if (speed < k && low[speed] == '.')
            for (speed++; speed < k && isdigit((unsigned char)low[speed]);)
                speed++;
        if (digits && speed + 1 == k && low[speed] == 'x' && isdigit((unsigned char)low[speed - 1]))
            return 1;
        if (digits && (at == k || (k - at <= 7 && (starts(low + at, k - at, "min") || starts(low + at, k - at, "sec")))))
            return 1;
    }
    /* the same player's length left alone when its button is gone: "· 4:12", "| 12:03" (a
     * separator first; a bare "4:12" may be a verse or a score) */
    if (chars <= 12 && (low[0] == '|' || (unsigned char)low[0] == 0xc2 || (unsigned char)low[0] == 0xe2) &&
        player_length(low, k))
        return 1;
    /* a row of tools, each of them one of the labels above: "Order Reprints | Today's Paper | Subscribe" */
    if (chars <= 80 && strstr(low, " | ")) {
        size_t at = 0, parts = 0;
        int all = 1;
        while (all && at < k && parts < 8) {
            const char *bar = strstr(low + at, " | ");
            size_t end = bar && (size_t)(bar - low) < k ? (size_t)(bar - low) : k;
            /* (a count in brackets closing the part: "Comments (3)") */
            size_t word_end = end;
            if (word_end > at + 3 && low[word_end - 1] == ')') {
                size_t q = word_end - 1;
                while (q > at && isdigit((unsigned char)low[q - 1]))
                    q--;
                if (q < word_end - 1 && q >= at + 2 && low[q - 1] == '(' && low[q - 2] == ' ')
                    word_end = q - 2;
            }
            all = end > at && (pa_phrase_is(low + at, end - at, PA_PHRASES(exact)) ||
                               pa_phrase_is(low + at, end - at, PA_PHRASES(tool_words)) ||
                               (word_end > at && pa_phrase_is(low + at, word_end - at, PA_PHRASES(counted_tools))));
            parts++;
            at = end + 3;
        }
        if (all && parts >= 2)
            return 1;
    }
    /* the readers' recommendation counter of a 2000s story's tools: "Recommended by 5 readers", with its
     * button run in ("Recommended by 1 reader Recommend") */
    if (chars <= 50 && starts(low, k, "recommended by ") && isdigit((unsigned char)low[15])) {
        size_t at = 15 + strspn(low + 15, "0123456789,");
        static const char *const readers[] = {" readers", " reader", " readers recommend", " reader recommend"};
        if (pa_phrase_is(low + at, k - at, PA_PHRASES(readers)))
            return 1;
    }
    /* the comment link with its count: "Comments (12)" */
    if (chars <= 20 && starts(low, k, "comments (")) {
        size_t at = 10;
        while (at < k && isdigit((unsigned char)low[at]))
            at++;
        if (at > 10 && at + 1 == k && low[at] == ')')
            return 1;
    }
    /* a gallery's counter in its label: "Slideshow (3 Images)"; an embedded post's leftovers: "A post
     * shared by Jane Doe (@janedoe)" (with its "(@handle)": "A post shared by several readers
     * suggested …" is the story's sentence), "pic.twitter.com/abc123", "— Jane Doe (@janedoe) October 26, 2021" */
    if (chars <= 30 && starts(low, k, "slideshow (") && (strstr(low, "image") || strstr(low, "photo")))
        return 1;
    /* an embedded document's contributor line: "Contributed to DocumentCloud by Jane Doe of Example News •
     * View document or read text" */
    if (starts(low, k, "contributed to documentcloud by "))
        return 1;
    if ((chars <= 100 && starts(low, k, "a post shared by ") && strstr(low, "(@")) ||
        (chars <= 40 && starts(low, k, "pic.twitter.com/")))
        return 1;
    if (chars <= 100 && (starts(low, k, "\xe2\x80\x94 ") || starts(low, k, "- ")) && strstr(low, " (@") &&
        strchr(low, ')'))
        return 1;
    /* the switch to the page's translations: "Read this release in: Urdu , Hindi , Marathi", "Also
     * available in: Français" */
    static const char *const translations[] = {"read this release in:", "read this article in:", "read this page in:",
                                               "read this in:", "read in:", "available languages:",
                                               "also available in:", "this page is also available in:"};
    if (pa_phrase_opens(low, k, PA_PHRASES(translations)))
        return 1;
    /* a government page's link to its history after the day of its last update: "5 March 2021 — See all
     * updates", "+ show all updates" */
    if (chars <= 60 && k >= 15 &&
        (!memcmp(low + k - 15, "see all updates", 15) || (k >= 16 && !memcmp(low + k - 16, "show all updates", 16))))
        return 1;
    /* the ad break's hint in its other words: "Article continues below this ad", "Story continues" */
    static const char *const continues[] = {"article continues", "story continues", "content continues"};
    if (chars <= 60 && pa_phrase_opens(low, k, PA_PHRASES(continues)))
        return 1;
    /* the ad label and its hint in one line, any separator between them:
     * "Advertisement · Scroll to continue", "Advertisement | Story continues below" */
    if (chars <= 60 && starts(low, k, "advertisement")) {
        size_t at = 13;
        while (at < k && (strchr(" |-/", low[at]) || (unsigned char)low[at] >= 0x80)) /* "·", "–", "—" */
            at++;
        if (at > 13 && at < k && pa_phrase_is(low + at, k - at, PA_PHRASES(exact)))
            return 1;
    }
    /* the ad slot's number: "Advertisement 2"; the slot's note while it loads: "This advertisement has not
     * loaded yet, but your article continues below."; the share bar's label: "Share this article in your
     * social network" */
    if (chars <= 20 && starts(low, k, "advertisement ")) {
        size_t at = 14;
        while (at < k && isdigit((unsigned char)low[at]))
            at++;
        if (at > 14 && at == k)
            return 1;
    }
    if (chars <= 120 && (strstr(low, "advertisement has not loaded") || strstr(low, "your article continues below")))
        return 1;
    static const char *const share_this[] = {"share this article ", "share this story ", "share this post "};
    if (chars <= 50 && pa_phrase_opens(low, k, PA_PHRASES(share_this)) && strstr(low, "social"))
        return 1;
    /* the rating widget with its help text: "Rate this article: (Hover over the stars …)" */
    if (starts(low, k, "rate this article:") || starts(low, k, "rate this story:"))
        return 1;
    /* a teaser's link to its story at the end of its headline: "Generosity is key to a happy marriage Read
     * more..." (the capital tells it from a sentence's "to read more."; after a sentence it may end a lead) */
    const char *more = strstr(t, "Read more");
    if (more && more - t >= 2 && more[-1] == ' ' && !strchr(".!?\"", more[-2]) && chars <= 150 &&
        !strstr(more + 9, "Read more") &&
        more[9 + strspn(more + 9, ".:>\xc2\xbb\xe2\x80\xa6 ")] == '\0')
        return 1;
    /* what a page shows where its script or player did not run: "Please enable JavaScript to view the
     * comments powered by Disqus.", "Your browser does not support the video tag." */
    static const char *const noscript[] = {
        "please enable javascript", "enable javascript to view", "javascript is disabled", "javascript is required",
        "javascript must be enabled", "your browser does not support", "powered by disqus",
    };
    if (chars <= 200 && pa_phrase_in(low, PA_PHRASES(noscript)))
        return 1;
    /* a Chinese page's story tools: "转发|收藏|评论", "【推荐】【打印】【关闭】", "人参与条评论转发" (two
     * tool words at least, no sentence's comma or full stop) */
    static const char *const zh_tools[] = {
        "\xe8\xbd\xac\xe5\x8f\x91", /* 转发 forward */
        "\xe6\x94\xb6\xe8\x97\x8f", /* 收藏 bookmark */
        "\xe8\xaf\x84\xe8\xae\xba", /* 评论 comment */
        "\xe6\x89\x93\xe5\x8d\xb0", /* 打印 print */
        "\xe5\x85\xb3\xe9\x97\xad", /* 关闭 close */
        "\xe6\x8e\xa8\xe8\x8d\x90", /* 推荐 recommend */
        "\xe5\x88\x86\xe4\xba\xab", /* 分享 share */
    };
    if (chars <= 60 && !strstr(t, "\xe3\x80\x82") && !strstr(t, "\xef\xbc\x8c")) { /* 。 ， */
        int tools = 0;
        for (size_t i = 0; i < sizeof zh_tools / sizeof zh_tools[0]; i++)
            tools += strstr(t, zh_tools[i]) != NULL;
        if (tools >= 2)
            return 1;
    }
    /* "Please use one of the following formats to cite this article in your essay, paper or report:" */
    if (strstr(low, "to cite this article") || strstr(low, "to cite this page"))
        return 1;
    for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++)
        if (k >= strlen(suffix[i]) && !memcmp(low + k - strlen(suffix[i]), suffix[i], strlen(suffix[i])))
            return 1;
    return 0;
}

/* The one list of news and picture agencies, lower-cased, with their
 * kinds (see extract_lines.h). */
#define AG_W PA_AGENCY_WIRE
#define AG_P PA_AGENCY_PICTURE
#define AG_C PA_AGENCY_CREDIT
#define AG_D PA_AGENCY_DESK
#define AG_K PA_AGENCY_CAPS
/* (an entry: the name, its length, its kinds) */
#define AG(name, kinds) {name, sizeof name - 1, kinds}
static const struct {
    const char *name;
    unsigned char len; /* strlen(name) */
    unsigned kinds;
} agencies[] = {
    /* the wires */
    AG("ap", AG_W), AG("afp", AG_W), AG("reuters", AG_W), AG("thomson reuters", AG_W), AG("associated press", AG_W),
    AG("the associated press", AG_W), AG("agence france-presse", AG_W), AG("agence france presse", AG_W),
    AG("upi", AG_W), AG("united press international", AG_W), AG("bloomberg", AG_W), AG("bloomberg news", AG_W),
    AG("pa", AG_W), AG("pa media", AG_W), AG("pa wire", AG_W), AG("press association", AG_W),
    AG("the press association", AG_W), AG("pa news agency", AG_W), AG("canadian press", AG_W),
    AG("the canadian press", AG_W), AG("aap", AG_W), AG("australian associated press", AG_W), AG("dpa", AG_W),
    AG("deutsche presse-agentur", AG_W), AG("xinhua", AG_W), AG("kyodo", AG_W), AG("kyodo news", AG_W),
    AG("efe", AG_W), AG("ansa", AG_W), AG("pti", AG_W), AG("ians", AG_W), AG("ani", AG_W), AG("yonhap", AG_W),
    AG("bernama", AG_W), AG("tass", AG_W), AG("anadolu", AG_W), AG("ips", AG_W),
    /* the Hindi services of PTI and UNI, as their credits print them: "(भाषा)", "(वार्ता)" */
    AG("भाषा", AG_W), AG("वार्ता", AG_W), AG("यूनीवार्ता", AG_W),
    /* the European national wires */
    AG("lusa", AG_W), AG("agência lusa", AG_W), AG("agencia efe", AG_W), AG("europa press", AG_W), AG("belga", AG_W),
    AG("keystone-ats", AG_W), AG("kathpress", AG_W), AG("adnkronos", AG_W), AG("epd", AG_W | AG_K),
    /* wires whose short names are words too: read in capitals */
    AG("uni", AG_W | AG_K), AG("ukpa", AG_W | AG_K), AG("app", AG_W | AG_K), AG("kuna", AG_W | AG_K),
    AG("wam", AG_W | AG_K), AG("pap", AG_W | AG_K), AG("iar", AG_W | AG_K), AG("kai", AG_W | AG_K),
    AG("ria", AG_W | AG_K), AG("apa", AG_W | AG_K), AG("anp", AG_W | AG_K), AG("abc", AG_W | AG_K),
    /* the national agencies of Africa, the Gulf and South and Southeast Asia, by name and in capitals */
    AG("press trust of india", AG_W), AG("asian news international", AG_W), AG("indo-asian news service", AG_W),
    AG("associated press of pakistan", AG_W), AG("news agency of nigeria", AG_W), AG("ghana news agency", AG_W),
    AG("kenya news agency", AG_W), AG("emirates news agency", AG_W), AG("saudi press agency", AG_W),
    AG("qatar news agency", AG_W), AG("kuwait news agency", AG_W), AG("middle east news agency", AG_W),
    AG("philippine news agency", AG_W), AG("antara", AG_W), AG("bangladesh sangbad sangstha", AG_W),
    AG("nan", AG_W | AG_K), AG("gna", AG_W | AG_K), AG("kna", AG_W | AG_K), AG("spa", AG_W | AG_K),
    AG("qna", AG_W | AG_K), AG("bna", AG_W | AG_K), AG("pna", AG_W | AG_K), AG("bss", AG_W | AG_K),
    AG("unb", AG_W | AG_K), AG("tnn", AG_W | AG_K),
    /* the picture agencies and stock libraries */
    AG("epa", AG_P), AG("epa-efe", AG_P), AG("getty", AG_P), AG("getty images", AG_P), AG("ap photo", AG_P),
    AG("afp photo", AG_P), AG("shutterstock", AG_P), AG("istock", AG_P), AG("istockphoto", AG_P), AG("alamy", AG_P),
    AG("corbis", AG_P), AG("sipa", AG_P), AG("zuma", AG_P), AG("rex", AG_P), AG("thinkstock", AG_P),
    AG("nurphoto", AG_P),
    /* a picture credit's own words */
    AG("staff", AG_C), AG("file", AG_C), AG("file photo", AG_C), AG("pool", AG_C), AG("handout", AG_C),
    AG("supplied", AG_C), AG("flickr", AG_C),
    /* the wires at large */
    AG("wires", AG_D), AG("agencies", AG_D), AG("news agencies", AG_D),
};
#undef AG

/* The agencies by a byte of their names, for this thread (made on its
 * first use): by_first[b] .. by_first[b + 1] in first_order are the
 * agencies whose first byte is b with 0x20 set (case aside), by_last[b] ..
 * by_last[b + 1] in last_order those whose last byte is b; each bucket in
 * the list's order. */
#define N_AGENCIES (sizeof agencies / sizeof agencies[0])
typedef struct {
    int made;
    unsigned short by_first[257], by_last[257];
    unsigned short first_order[N_AGENCIES], last_order[N_AGENCIES];
} agency_index;

/* The agency_index of agencies, made on a thread's first call (a
 * counting sort: each agency counted under its bytes, the buckets laid
 * out, the agencies placed in the list's order). */
static const agency_index *agencies_by_byte(void)
{
    static _Thread_local agency_index x;
    if (x.made)
        return &x;
    size_t n_first[256] = {0}, n_last[256] = {0};
    for (size_t i = 0; i < N_AGENCIES; i++) {
        n_first[(unsigned char)(agencies[i].name[0] | 0x20)]++;
        n_last[(unsigned char)agencies[i].name[agencies[i].len - 1]]++;
    }
    size_t at_first = 0, at_last = 0, put_first[256], put_last[256];
    for (unsigned b = 0; b < 256; b++) {
        x.by_first[b] = (unsigned short)at_first;
        x.by_last[b] = (unsigned short)at_last;
        put_first[b] = at_first;
        put_last[b] = at_last;
        at_first += n_first[b];
        at_last += n_last[b];
    }
    x.by_first[256] = (unsigned short)at_first;
    x.by_last[256] = (unsigned short)at_last;
    for (size_t i = 0; i < N_AGENCIES; i++) {
        x.first_order[put_first[(unsigned char)(agencies[i].name[0] | 0x20)]++] = (unsigned short)i;
        x.last_order[put_last[(unsigned char)agencies[i].name[agencies[i].len - 1]]++] = (unsigned short)i;
    }
    x.made = 1;
    return &x;
}

/* The kinds of the agency named t[0..n) (see extract_lines.h). */
unsigned pa_agency_kind(const char *t, size_t n)
{
    if (n < 2 || n > 30)
        return 0;
    const agency_index *x = agencies_by_byte(); /* (the agencies opening with t's first byte, case aside) */
    unsigned b = (unsigned char)(t[0] | 0x20);
    for (size_t j = x->by_first[b]; j < x->by_first[b + 1]; j++) {
        size_t i = x->first_order[j];
        if (agencies[i].len == n && !strncasecmp(t, agencies[i].name, n))
            return agencies[i].kinds;
    }
    return 0;
}

/* Does low[0..k) end with an agency of the kinds (see extract_lines.h)?
 * The name starts a word: after a byte that is no ASCII letter or digit,
 * and for a name in a script without case (its first byte not ASCII) an
 * ASCII byte (a space, "/", "("): "मातृभाषा" does not end with "भाषा". */
int pa_agency_at_end(const char *low, size_t k, unsigned kinds)
{
    if (!k)
        return 0;
    const agency_index *x = agencies_by_byte(); /* (the agencies ending with low's last byte) */
    unsigned b = (unsigned char)low[k - 1];
    for (size_t j = x->by_last[b]; j < x->by_last[b + 1]; j++) {
        size_t i = x->last_order[j];
        if (!(agencies[i].kinds & kinds) || (agencies[i].kinds & AG_K))
            continue;
        size_t n = agencies[i].len;
        if (k >= n && !strncmp(low + k - n, agencies[i].name, n) &&
            (k == n || (!isalnum((unsigned char)low[k - n - 1]) &&
                        ((unsigned char)agencies[i].name[0] < 0x80 || (unsigned char)low[k - n - 1] < 0x80))))
            return 1;
    }
    return 0;
}

/* Does low (lower-cased) end with the name of a wire or picture agency, or
 * a photographer's "Staff" / "File" ("… via Getty Images", "…/AFP",
 * ", AP")?  The word must start at a word boundary. */
static int ends_with_agency(const char *low, size_t k)
{
    while (k && (low[k - 1] == ' ' || low[k - 1] == '.'))
        k--;
    return pa_agency_at_end(low, k, PA_AGENCY_WIRE | PA_AGENCY_PICTURE | PA_AGENCY_CREDIT);
}

/* The length of t[0..len) without the closing quotes and brackets at
 * its end: " ' ) and the typographic closing quotes ” ’ › (E2 80 9D,
 * E2 80 99, E2 80 BA) and » (C2 BB).  Other marks stay: an ellipsis "…"
 * or a dash "—" (E2 80 A6, E2 80 94) is no closing quote. */
static size_t without_closing_quotes(const char *t, size_t len)
{
    const unsigned char *u = (const unsigned char *)t;
    for (;;) {
        if (len && (t[len - 1] == '"' || t[len - 1] == '\'' || t[len - 1] == ')'))
            len--;
        else if (len >= 3 && u[len - 3] == 0xe2 && u[len - 2] == 0x80 &&
                 (u[len - 1] == 0x9d || u[len - 1] == 0x99 || u[len - 1] == 0xba))
            len -= 3;
        else if (len >= 2 && u[len - 2] == 0xc2 && u[len - 1] == 0xbb)
            len -= 2;
        else
            return len;
    }
}

/* Does t[0..n) end a sentence of min_words words (see extract_lines.h)? */
int pa_ends_sentence(const char *t, size_t n, size_t min_words)
{
    size_t len = without_closing_quotes(t, n);
    if (!len || (t[len - 1] != '.' && t[len - 1] != '!' && t[len - 1] != '?'))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += t[i] == ' ';
    return words >= min_words;
}

/* The label that opens a byline (see extract_lines.h). */
size_t pa_byline_label(const char *t, enum pa_byline_kind *kind)
{
    static const struct {
        const char *label;
        enum pa_byline_kind kind;
    } labels[] = {{"by ", PA_BYLINE_BY},
                  {"by: ", PA_BYLINE_BY},
                  {"by\xc2\xa0", PA_BYLINE_BY}, /* a no-break space after "By" */
                  {"posted by ", PA_BYLINE_SIGNED},
                  {"written by ", PA_BYLINE_SIGNED},
                  {"words by ", PA_BYLINE_SIGNED}, /* a magazine's "Words by Jane Doe" (photos credited apart) */
                  {"reporting by ", PA_BYLINE_SIGNED},
                  {"submitted by ", PA_BYLINE_SIGNED}, /* a trade site's credit to the company a release came from */
                  {"author: ", PA_BYLINE_AUTHOR},
                  {"authors: ", PA_BYLINE_AUTHOR}};
    *kind = PA_BYLINE_NONE;
    int c = (unsigned char)t[0] | 0x20; /* the cheapest test first: the label's first letter */
    if (c != 'b' && c != 'p' && c != 'w' && c != 'r' && c != 'a' && c != 's')
        return 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t n = strlen(labels[i].label);
        if (labels[i].label[0] == c && !strncasecmp(t, labels[i].label, n)) {
            *kind = labels[i].kind;
            return n;
        }
    }
    return 0;
}

/* The words of a name in t[0..n) (see extract_lines.h). */
size_t pa_name_words(const char *t, size_t n, int non_ascii)
{
    size_t words = 0;
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == ' ') {
            start = 1;
            continue;
        }
        if (start) {
            if (!isupper(ch))
                return 0;
            words++;
            start = 0;
        } else if (!isalpha(ch) && ch != '-' && ch != '\'' && ch != '.' && !(non_ascii && ch >= 0x80)) {
            return 0;
        }
    }
    return words;
}

/* Is t[0..n) a name: two to five words, each starting with a capital
 * letter (initials "A." allowed), joined by spaces, "-", "'" or "."? */
static int capital_words(const char *t, size_t n)
{
    size_t words = pa_name_words(t, n, 0);
    return words >= 2 && words <= 5;
}

/* The people of a credit in t[0..n) (see extract_lines.h). */
int pa_credited_names(const char *t, size_t n)
{
    static const char *const joins[] = {"and", "for", "of", "the", "with", "at", "&"};
    while (n && (t[n - 1] == '.' || t[n - 1] == ' '))
        n--;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && t[j] != ' ')
            j++;
        int ok = isupper((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80;
        for (size_t w = 0; !ok && w < sizeof joins / sizeof joins[0]; w++)
            ok = strlen(joins[w]) == j - i && !strncmp(t + i, joins[w], j - i);
        if (!ok || ++words > 12)
            return 0;
        i = j;
        while (i < n && t[i] == ' ')
            i++;
    }
    return words >= 1;
}

/* The openings of a newsroom's call to the story's sources ("Do you have
 * information about …?"): pa_line_contact's tip line, pa_line_block_label's
 * tip-box heading. */
static const char *const asks_sources[] = {"do you know anything", "do you have information",
                                           "do you have any information", "do you know something",
                                           "know something about", "do you work at", "do you work for",
                                           "did you work at", "did you work for"};

/* A photographer's credit alone on its line: "Chris Ratcliffe/Bloomberg",
 * "Kevin Mohatt / The Washington Post via Getty Images", "Benny Snyder,
 * AP": a name (or two joined by "and"), then "/" or ", ", then text ending
 * in an agency's name. */
static int name_agency_line(const char *t, const char *low, size_t k)
{
    if (k > 80 || !ends_with_agency(low, k))
        return 0;
    const char *cut = strchr(t, '/');
    if (!cut) {
        cut = pa_strstr(t, ", ");
        if (!cut || pa_strstr(cut + 2, ", "))
            return 0;
    }
    size_t n = (size_t)(cut - t);
    while (n && t[n - 1] == ' ')
        n--;
    const char *rest = t + (cut - t) + 1;
    /* the names: capitalised words, or two such runs joined by " and " (a wire's byline for two writers,
     * "Jane Doe and John Roe, Associated Press") */
    int names = capital_words(t, n);
    for (size_t i = 1; !names && i + 5 < n; i++)
        if (!memcmp(t + i, " and ", 5)) {
            names = capital_words(t, i) && capital_words(t + i + 5, n - i - 5);
            break;
        }
    /* the agency part: short, no sentence in it */
    return n && k - n <= 50 && t[k - 1] != '.' && names && !strpbrk(rest, "!?;:\"");
}

/* Is t (a wire's credit after "REUTERS/": "Jane Doe/File Photo", "Carlos de la Torre") names only: no word of
 * four letters or more in lower case ("IPSOS data show a tight race" is a sentence)?  Bounded by t's NUL. */
static int names_only(const char *t)
{
    for (const char *w = t; *w; w++)
        if ((w == t || w[-1] == ' ') && islower((unsigned char)w[0])) {
            size_t n = 0;
            while (isalpha((unsigned char)w[n]))
                n++;
            if (n >= 4)
                return 0;
        }
    return 1;
}

/* A caption whose credit closes it: "… in Berlin. (Andreas Rentz/AFP/Getty
 * Images)" — the last "(…)" holds a "/" and ends with an agency's name —,
 * or "… Photo: Jane Doe", "… Picture: Jane Doe", "… Photo / Agency",
 * "… Pic: © Agency" (capitalized marker; a credit of at most 50 bytes with
 * no sentence, digit, "|" or "$" after it: not "Cost per Credit: $472"). */
static int closing_credit(const char *t, const char *low, size_t k)
{
    if (k && low[k - 1] == ')') {
        const char *open = strrchr(low, '(');
        if (open && low + k - open <= 80 && memchr(open, '/', (size_t)(low + k - open)) &&
            ends_with_agency(low, k - 1))
            return 1;
    }
    static const char *const markers[] = {
        " Photo: ", " Photos: ", " Photo / ", " Picture: ", " Pictures: ", " Pic: ", " Photograph: ",
        " Image: ", " Photo credit: ", " Illustration: ", ". Photo by ", ". Photos by ", ". Image by ",
        ". Photo courtesy of ", ". Image courtesy of ",
        /* the wire's own credit in capitals: "… November 12, 2025. REUTERS/Jane Doe/File Photo" */
        ". REUTERS/",
    };
    /* (a marker ending in ":" or "/" is not searched for in a line without that byte) */
    int colon = strchr(t, ':') != NULL, slash = strchr(t, '/') != NULL;
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
        size_t ml = strlen(markers[i]);
        char mark = markers[i][ml - 1] == ' ' ? markers[i][ml - 2] : markers[i][ml - 1];
        if ((mark == ':' && !colon) || (mark == '/' && !slash))
            continue;
        const char *m = NULL;
        for (const char *f = pa_strstr(t, markers[i]); f; f = pa_strstr(f + 1, markers[i]))
            m = f;
        if (!m || m == t)
            continue;
        const char *credit = m + ml;
        size_t left = k - (size_t)(credit - t);
        if (left > 0 && left <= 50 && !pa_strstr(credit, ". ") && !strpbrk(credit, "!?|$0123456789") &&
            (strcmp(markers[i], ". REUTERS/") || names_only(credit)))
            return 1;
    }
    return 0;
}

/* An ad slot's label or its hint that the story goes on under the ad:
 * "Advertisement", "ADVERTISEMENT", "- Advertisement -", "[Ad]", "Story
 * continues below advertisement", "Article continues below this ad",
 * "Advertisement - Continue reading below", "Scroll to continue"; ≤ 60
 * chars. */
int pa_line_ad_break(const pa_line *line)
{
    if (line->chars > 60)
        return 0;
    const char *low = pa_line_folded_under(line, 200);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->folded_len, ":.!>-)] ");
    /* the dashes around the label: "— Advertisement —", "– Ad –" (U+2014, U+2013) */
    while (k >= 3 && !memcmp(low + k - 3, "\xe2\x80", 2) && (low[k - 1] == '\x94' || low[k - 1] == '\x93'))
        k = pa_trim_tail(low, k - 3, " ");
    size_t at = 0;
    while (at < k && at < 8) {
        if (strchr("-([ ", low[at]))
            at++;
        else if (at + 3 <= k && !memcmp(low + at, "\xe2\x80", 2) && (low[at + 2] == '\x94' || low[at + 2] == '\x93'))
            at += 3;
        else
            break;
    }
    static const char *const alone[] = {"ad", "ads", "advert", "advertisement", "advertisment", "advertising"};
    if (pa_phrase_is(low + at, k - at, PA_PHRASES(alone)))
        return 1;
    /* the label with its hint: "Advertisement - Continue reading below", "Advertisement · Scroll to continue" */
    if ((starts(low + at, k - at, "advertisement") || starts(low + at, k - at, "advertisment")) &&
        strstr(low + at, "continue"))
        return 1;
    static const char *const opens[] = {"story continues", "article continues", "content continues",
                                        "continue reading below", "scroll to continue", "the story continues",
                                        "the article continues"};
    return pa_phrase_opens(low + at, k - at, PA_PHRASES(opens));
}

/* A picture's credit as a line of its own, no sentence: the Russian or
 * Ukrainian word and its source ("Фото pzorya.at.ua", "фото - vesti.kz",
 * "Фото службы информации администрации", 60 characters at most), the
 * source named after a slash ("/PAP/EPA", "/Policja", 40 at most; of two
 * sources or more one in capitals; not a path: "/etc/hosts",
 * "/usr/lib/x.so", "/Library/Application Support"; one word closed by a
 * slash too only in capitals, "/PAP/": "/Paris/", "/Москва/" are a place). */
static int own_line_credit(const pa_line *line)
{
    static const char *const photo_words[] = {"\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe ", /* фото */
                                              "\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe - ", "\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe \xe2\x80\x93 ",
                                              "\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe \xe2\x80\x94 "};
    const char *t = line->text, *low = pa_line_lower_under(line, 256);
    size_t k = line->len, chars = line->chars;
    if (!low || !k || strchr(".!?:", t[k - 1]) || strstr(t, ". "))
        return 0;
    if (chars <= 60 && pa_phrase_opens(low, k, PA_PHRASES(photo_words)))
        return 1;
    if (!(chars <= 40 && t[0] == '/' && (isupper((unsigned char)t[1]) || (unsigned char)t[1] >= 0x80) &&
          !strpbrk(t, ".=;(){}<>")))
        return 0;
    /* two sources or more: one of them an agency in capitals ("PAP", "RMF FM"), not a path's folders
     * ("/Library/Application Support") */
    int parts = 0, capitals = 0, lower = 0, upper = 0;
    for (size_t q = 1; q <= k; q++) {
        if (q == k || t[q] == '/') {
            parts += upper || lower;
            capitals |= upper && !lower;
            lower = upper = 0;
        } else if (islower((unsigned char)t[q])) {
            lower = 1;
        } else if (isupper((unsigned char)t[q]) || (unsigned char)t[q] >= 0x80) {
            upper = 1;
        }
    }
    if (parts == 1 && t[k - 1] == '/') {
        /* one word closed by a slash: an agency only in capitals, every code point changed by lower-casing
         * ("/PAP/", "/ТАСС/"; "/Москва/" keeps its small letters, and a script without case its bytes) */
        for (size_t q = 1; q + 1 < k; q++) {
            unsigned char c = (unsigned char)t[q];
            size_t width = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
            if (islower(c) || (c >= 0xc0 && q + width < k && !memcmp(t + q, low + q, width)))
                return 0;
            q += c >= 0xc0 ? width - 1 : 0;
        }
        return 1;
    }
    return parts == 1 || capitals;
}

/* Is t[0..len), which opens with a credit's words ("Photo by ", "Images by "; `by` bytes, ASCII), a story's
 * sentence rather than a credit: the word after them lower-case ("Photo by photo, the team rebuilt …",
 * "Photos by the survey team show …") and the line a sentence of six words or more?  A credit names its
 * maker, capitalised ("Photo by Jane Doe"), or is a short label ("Photo by staff"). */
static int credited_sentence(const char *t, size_t len, size_t by)
{
    /* only after "by": "Image courtesy of the National Archives.", "Photo via the family of …" are credits;
     * nor a maker named by role ("Photos by the author and her daughter, taken in 2019.") */
    static const char *const makers[] = {"the author", "the writer", "courtesy ", "staff", "our "};
    if (by >= len || t[by] < 'a' || t[by] > 'z' || by < 3 || strncasecmp(t + by - 3, "by ", 3))
        return 0;
    for (size_t i = 0; i < sizeof makers / sizeof makers[0]; i++)
        if (!strncmp(t + by, makers[i], strlen(makers[i])))
            return 0;
    return pa_ends_sentence(t, len, 6);
}

/* A picture's caption credit or a credit line: "… (Picture: EPA)",
 * "… (Pic: PA)", "… | Photo by Jane Doe", "Photograph by: Jane Doe, Herald",
 * "… Picture: Jane Doe Source: The Herald", "Plastic surgery - Source: Agency",
 * "… (Photo via Jane's flickr)", "Photo by Jane Doe via Flickr" (at most 80
 * characters), "… Image by Jane on Flickr.", a caption pointing at its picture
 * ("Above: A snapshot of …", "Pictured: …", at most 200 characters),
 * a name and an agency alone ("Chris Ratcliffe/Bloomberg", "Benny Snyder,
 * AP"), a caption closed by its credit ("… (Andreas Rentz/AFP/Getty
 * Images)", "… Photo: Ben Doherty"), the Polish "… (fot. Jan Kowalski)", "…, fot. AFP", "… /© Agencja",
 * the Russian "Фото pzorya.at.ua" and a source after a slash alone ("/PAP/EPA"). */
int pa_line_credit(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 300)
        return 0;
    if (own_line_credit(line))
        return 1;
    const char *low = pa_line_folded_under(line, 512);
    if (!low)
        return 0;
    size_t k = line->folded_len;
    if (!strncmp(low, "photograph by", 13) || !strncmp(low, "photographs by", 14))
        return chars <= 80;
    /* a station's crew credit under the story: "Photojournalist: Jane Doe", "Web Producer: Jane Doe" (the
     * role, its colon, then a name of two to four capitalised words and nothing else) */
    static const char *const crew[] = {"photojournalist: ", "videographer: ", "photographer: ", "producer: ",
                                       "web producer: ", "digital producer: ", "video editor: ", "editor: "};
    for (size_t i = 0; chars <= 60 && i < sizeof crew / sizeof crew[0]; i++) {
        size_t cl = strlen(crew[i]);
        if (!strncmp(low, crew[i], cl) && line->len > cl) {
            size_t words = pa_name_words(t + cl, line->len - cl, 1);
            return words >= 2 && words <= 4;
        }
    }
    /* a photo essay's joint credit: "Photographs and text by Jane Roe", "Words and pictures by Jane Roe" */
    static const char *const joint[] = {"photographs and text by ", "photos and text by ", "text and photographs by ",
                                        "text and photos by ", "words and photos by ", "words and pictures by ",
                                        "words and photographs by ", "story and photos by ", "story and photographs by "};
    for (size_t i = 0; chars <= 80 && i < sizeof joint / sizeof joint[0]; i++) {
        if (strncmp(low, joint[i], strlen(joint[i])))
            continue;
        size_t spaces = 0; /* the words after "by": a name or two, not a sentence */
        for (const char *w = low + strlen(joint[i]); *w; w++)
            spaces += *w == ' ';
        return spaces <= 4;
    }
    /* a caption that points at its picture: "Above: A snapshot of …" */
    static const char *const credited[] = {
        "photo by ", "photos by ", "image by ", "images by ", "photo courtesy ", "image courtesy ", "photo via ",
        "image via ",
    };
    for (size_t i = 0; chars <= 80 && i < sizeof credited / sizeof credited[0]; i++)
        if (!strncmp(low, credited[i], strlen(credited[i])))
            return !credited_sentence(t, line->len, strlen(credited[i]));
    static const char *const pointers[] = {
        "above: ", "pictured: ", "pictured above: ", "main picture: ", "main image: ", "top image: ", "inset: ",
        "photo above: ", "image above: ", "top photo: ", "lead image: ", "header image: ", "featured image: ",
    };
    for (size_t i = 0; chars <= 200 && i < sizeof pointers / sizeof pointers[0]; i++)
        if (!strncmp(low, pointers[i], strlen(pointers[i])))
            return 1;
    /* a caption ending with its picture's credit in brackets after its full stop: "Tents line a sidewalk.
     * (Jane Doe / Example Times)", "… on Monday. (AP Photo/Jane Doe)", "… in 2019. (Getty Images)" — not
     * a poll's "(Example/Ipsos)", nor a name's "(Golden Pothos / Devil's Ivy)" */
    if (k > 4 && low[k - 1] == ')') {
        size_t open = k - 1;
        while (open > 0 && low[open] != '(' && k - open <= 80)
            open--;
        size_t before = open;
        while (before > 0 && low[before - 1] == ' ')
            before--;
        if (low[open] == '(' && before > 0 && low[before - 1] == '.' && k - open <= 80) {
            char group[96];
            memcpy(group, low + open, k - open);
            group[k - open] = '\0';
            /* (and a handout's credit through the wire: "… on Nov. 12. (Example County via AP)") */
            if (strstr(group, "photo/") || strstr(group, "photo)") || strstr(group, "getty") ||
                strstr(group, "images") || strstr(group, " / ") || strstr(group, " via ap)") ||
                strstr(group, " via reuters)") || strstr(group, " via afp)"))
                return 1; /* after the caption's full stop */
        }
    }
    /* a wire picture's caption: "FILE PHOTO: A man walks past … REUTERS/Jane Doe"; the credit under a
     * picture with its label run in: "Credit...Jane Doe for Example" */
    if (!strncmp(low, "file photo: ", 12) || (chars <= 80 && (!strncmp(low, "credit...", 9) ||
                                                             !strncmp(low, "credit\xe2\x80\xa6", 9))))
        return 1;
    /* the source of a syndicated story: "Provided by Example University",
     * "Published by Example [online] - www.example.com - on January 16, 2012" */
    if (!strncmp(low, "provided by ", 12) && chars <= 80 && low[k - 1] != '.' && !strstr(low, ". "))
        return 1;
    if (!strncmp(low, "published by ", 13) && chars <= 200 && low[k - 1] != '.' && strstr(low, " on "))
        return 1;
    /* a citation of the story or of its paper: "… Retrieved on January 12, 2012, from http://…",
     * "More information: Jane Doe, et al. … doi: 10.1093/…" */
    const char *ret = strstr(low, "retrieved ");
    if (ret && (strstr(ret, "from http") || strstr(ret, "from www.")) && strstr(ret, "from ") - ret <= 40)
        return 1;
    /* the MLA form: "… Example News. 12 Jan. 2012. Web. 12 Jan. 2012. <http://…>" */
    if (strstr(low, ". web. ") && strstr(low, "<http"))
        return 1;
    if (!strncmp(low, "more information: ", 18) &&
        (strstr(low, "doi") || strstr(low, "et al") || strstr(low, "journal")))
        return 1;
    if (k && low[k - 1] == ')') {
        static const char *const opens[] = {"(picture: ", "(pictures: ", "(pic: ", "(photo: ", "(photos: ", "(image: ",
                                            "(photo by ", "(photos by ", "(photo via ", "(image via ", "(image by ",
                                            "(photo courtesy ", "(image courtesy ", "(photo credit: ", "(image credit: ",
                                            /* Polish "(fot. Jan Kowalski)", "(© fot. Archiwum)", "(© Agencja)" */
                                            "(fot. ", "(fot.", "(\xc2\xa9 "};
        const char *open = strrchr(low, '(');
        for (size_t i = 0; open && i < sizeof opens / sizeof opens[0]; i++)
            if (!strncmp(open, opens[i], strlen(opens[i])) && low + k - open <= 90)
                return 1;
    }
    /* "… Jeden z milicjantów. Fot. Reuters", "…, fot. AFP", "… 71 złotych /© Bauer" */
    const char *fot = NULL;
    for (const char *f = strstr(low, " fot. "); f; f = strstr(f + 1, " fot. "))
        fot = f;
    if (fot && fot > low && (fot[-1] == '.' || fot[-1] == ',') && low + k - fot <= 60 && !strpbrk(fot + 6, ".!?"))
        return 1;
    const char *copy = strstr(low, "/\xc2\xa9");
    if (copy && low + k - copy <= 40 && !strchr(copy + 3, '/'))
        return 1;
    const char *by = strstr(low, "| photo by ");
    if (by && low + k - by <= 70)
        return 1;
    /* a newspaper's credit in capitals with its desk or paper before it: "STAFF PHOTO BY JANE DOE", "LEDGER
     * PHOTO BY JANE DOE", "COURIER PHOTOS BY JANE DOE" (no small letter; one or two words before; a name of two
     * words or more after, no digit, no quote: a subhead's "FAMILY PHOTO BY THE LAKE", "SUBMIT PHOTOS BY MAY 1",
     * "SCHOOL PHOTOS BY GRADE" and a quote's “BEST PHOTO BY FAR” are the story's) */
    if (chars <= 60 && (by = strstr(low, " photo")) != NULL && by - low <= 25 &&
        (!strncmp(by, " photo by ", 10) || !strncmp(by, " photos by ", 11))) {
        static const char *const not_names[] = {"the ", "a ", "an ", "my ", "our ", "your ", "his ", "her ",
                                                "their ", "its ", "this ", "that ", "these ", "those ",
                                                "appointment ", "request ", "email ", "e-mail ", "mail ", "phone "};
        const char *name = by + 10 + (by[6] == 's');
        size_t words = 0;
        for (const char *w = low; w < by; w++)
            words += *w == ' ';
        const char *u = t;
        while (*u && !islower((unsigned char)*u))
            u++;
        if (words <= 1 && !*u && strchr(name, ' ') && !strpbrk(low, "\"0123456789") &&
            !strstr(low, "\xe2\x80\x9c") && !pa_phrase_opens(name, strlen(name), PA_PHRASES(not_names)))
            return 1;
    }
    const char *pic = strstr(low, "picture: ");
    if (pic && strstr(pic, " source: "))
        return 1;
    const char *src = strstr(low, " - source: ");
    if (src && chars <= 120 && low + k - src <= 50)
        return 1;
    return chars <= 250 && (name_agency_line(t, low, k) || closing_credit(t, low, k));
}

/* Does low hold an e-mail address ("x@y.z")? */
static int holds_email(const char *low)
{
    const char *at = strchr(low, '@');
    return at && at > low && isalnum((unsigned char)at[-1]) && strchr(at, '.');
}

/* How many e-mail addresses ("x@y.z": a letter or digit before the "@", a
 * dot in the word after it) does low hold? */
static int count_emails(const char *low)
{
    int n = 0;
    for (const char *at = strchr(low, '@'); at; at = strchr(at + 1, '@')) {
        size_t wl = strcspn(at, " ,;");
        const char *dot = memchr(at, '.', wl);
        n += at > low && isalnum((unsigned char)at[-1]) && dot && dot + 1 < at + wl;
    }
    return n;
}

/* Is r[0..n) two years parted by a dash or a slash ("2019-2020", "1998 /
 * 1999"), a season or a term and no telephone number? */
static int year_range(const char *r, size_t n)
{
    size_t a = strspn(r, "0123456789");
    if (a != 4 || (r[0] != '1' && r[0] != '2'))
        return 0;
    size_t sep = strspn(r + 4, " -/");
    if (!sep || sep > 3 || !memchr(r + 4, '-', sep) == !memchr(r + 4, '/', sep))
        return 0; /* one dash or one slash between them */
    const char *b = r + 4 + sep;
    return b + 4 == r + n && strspn(b, "0123456789") >= 4 && (b[0] == '1' || b[0] == '2');
}

/* Does low hold a telephone number (seven digits or more among digits,
 * spaces, dashes, dots and brackets, not two years: "2019-2020")? */
static int holds_phone(const char *low)
{
    for (const char *q = low; *q;) {
        if (!isdigit((unsigned char)*q)) {
            q++;
            continue;
        }
        const char *run = q, *last = q;
        size_t digits = 0;
        for (; *q && (isdigit((unsigned char)*q) || strchr(" -.()+/", *q)); q++)
            if (isdigit((unsigned char)*q)) {
                digits++;
                last = q;
            }
        if (digits >= 7 && !year_range(run, (size_t)(last + 1 - run)))
            return 1;
    }
    return 0;
}

/* Does low hold an e-mail address or a telephone number (seven digits or
 * more among digits, spaces, dashes, dots and brackets)? */
static int holds_address_or_phone(const char *low)
{
    return holds_email(low) || holds_phone(low);
}

/* (defined below, with the pitch rules) */
static int reports_speech(const char *low);

/* reports_speech(low) for the classifiers here, where line is in scope:
 * when low is one of line's whole forms, the answer is read once per form
 * and kept in line (the rules ask it of the same line many times).
 * Writes only line's speech fields (the pa_line is the caller's, never a
 * const object). */
static int line_reports_speech(const pa_line *line, const char *low)
{
    unsigned bit = low == line->lower && line->has_lower ? 1u : low == line->folded && line->has_folded ? 2u : 0u;
    if (!bit)
        return reports_speech(low);
    if (!(line->speech_made & bit)) {
        pa_line *w = (pa_line *)(uintptr_t)line;
        w->speech_made |= bit;
        if (reports_speech(low))
            w->speech_found |= bit;
    }
    return (line->speech_found & bit) != 0;
}
/* (every reports_speech below with a pa_line *line in scope) */
#define reports_speech(low) line_reports_speech(line, (low))

/* A contact line after a story: "To contact the reporter on this story:
 * …", "To contact the editor responsible for this story: …", "--Editors:
 * …", a press office's "Contact: Jane Doe, Press office, Tel: …, E-mail:
 * …" (with the number or address itself) and the writer's "Jane Doe can
 * be reached at 555-123-4567 or jdoe@example.com" (with the address: a
 * story's hotline "can be reached at" a number alone). */
int pa_line_contact(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 300)
        return 0;
    static const char *const prefix[] = {
        "to contact the reporter", "to contact the writer", "to contact the editor", "to contact the author",
        "--editors:", "--editor:",
    };
    const char *low = pa_line_folded_under(line, 1024);
    if (!low)
        return 0;
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(prefix)))
        return 1;
    static const char *const reach[] = {
        "contact:", "media contact", "press contact", "for media interviews contact", "for media inquiries",
        "media inquiries:", "press inquiries:", "for further information:", "investor contact", "media relations:",
        "contacts:", "contacts ", "investor relations:", "media:",
        "consumer contact:", /* a recall's line for the buyers, with its number */
    };
    int labelled = pa_phrase_opens(low, strlen(low), PA_PHRASES(reach));
    /* a line of the site's addresses: "CV: jobs@example.gr Advertising: ads@example.gr" */
    if (chars <= 250 && count_emails(low) >= 2)
        return 1;
    /* "Have a tip? Contact us at …", "Got a news tip? Email us at …" */
    labelled = labelled || ((strstr(low, "a tip?") || strstr(low, "news tip")) && chars <= 150);
    if (labelled)
        return holds_address_or_phone(low);
    /* the call to the story's sources: "Do you know anything else about …? We'd love to hear from you.
     * … you can contact Jane Doe securely on Signal at …, or email jdoe@example.com" */
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(asks_sources)) &&
        (holds_email(low) || strstr(low, "signal") || strstr(low, "securely")))
        return 1;
    /* the tip box's text under its question: "We want to hear from you. Email jdoe@example.org or send us a
     * message on Signal at …" — the wish to hear from the reader and the channels */
    if (chars <= 250 && (strstr(low, "hear from you") || strstr(low, "get in touch with us")) &&
        (holds_email(low) || strstr(low, "signal") || strstr(low, "securely")) && !reports_speech(low))
        return 1; /* (not "\"We want to hear from you,\" said Jane Doe, who asked residents to email …") */
    /* "Write to Jane Doe at jdoe@example.com", "Email Jane Doe at …", "Contact us at editors@example.com"
     * ("Contact …" and "Reach …" lines: below) */
    int short_email = (!strncmp(low, "email ", 6) || !strncmp(low, "e-mail ", 7)) && chars <= 100;
    if ((!strncmp(low, "write to ", 9) || strstr(low, "contact us at") || strstr(low, "email us at") ||
         strstr(low, "e-mail us at") || short_email) &&
        strstr(low, " at ") && chars <= 200 && holds_email(low))
        return 1;
    /* the address itself after the verb: "Email tips@example.com, or use our secure messaging service." */
    if (short_email) {
        const char *word = low + (low[1] == '-' ? 7 : 6);
        size_t wl = strcspn(word, " ,;");
        const char *at = memchr(word, '@', wl);
        if (at && at > word && memchr(at, '.', wl - (size_t)(at - word)))
            return 1;
    }
    /* "Reach Jane Doe at jdoe@example.com or 555-0101.": the writer's address or number after the story */
    if (chars <= 200 && !strncmp(low, "reach ", 6) && strstr(low, " at ") && holds_address_or_phone(low))
        return 1;
    /* "Contact Jane Doe at jdoe@example.com or follow her on Twitter @jdoe." */
    if (chars <= 200 && !strncmp(low, "contact ", 8) && strstr(low, " at ") && holds_email(low))
        return 1;
    return chars <= 250 && (strstr(low, "can be reached at") || strstr(low, "can be contacted at")) &&
           holds_email(low);
}

/* Does one of the sentences of low (NUL-terminated) open with one of the
 * n phrases: the line's start, or after ". ", "! " or "? "? */
static int opens_a_sentence(const char *low, const char *const *phrases, size_t n)
{
    const char *end = low + strlen(low); /* (measured once: each sentence's rest runs to it) */
    for (const char *s = low; s; ) {
        if (pa_phrase_opens(s, (size_t)(end - s), phrases, n))
            return 1;
        const char *next = strpbrk(s, ".!?");
        s = next && next[1] == ' ' ? next + 2 : next ? next + 1 : NULL;
    }
    return 0;
}

/* Does a sentence of low (lower-cased, NUL-terminated) open with one of phrases, each ending in "$" ("contribute
 * as little as $"), and end with the amount after it ("Contribute as little as $1.", "… $5 a month!")?  The
 * support box's call ends at its price; a story's "Contribute as little as $50 a month to a Roth IRA and …" goes on.
 * Reads each sentence once per phrase. */
static int gift_call(const char *low, const char *const *phrases, size_t n)
{
    const char *end = low + strlen(low);
    for (const char *s = low; s;) {
        for (size_t k = 0; k < n; k++) {
            size_t pl = strlen(phrases[k]);
            if ((size_t)(end - s) <= pl || strncmp(s, phrases[k], pl))
                continue;
            const char *a = s + pl;
            a += strspn(a, "0123456789,");
            if (a[0] == '.' && a[1] >= '0' && a[1] <= '9')
                a += 1 + strspn(a + 1, "0123456789");
            static const char *const per[] = {" a month", " a year", " a week", " per month", " today"};
            for (size_t q = 0; q < sizeof per / sizeof per[0]; q++)
                if (!strncmp(a, per[q], strlen(per[q]))) {
                    a += strlen(per[q]);
                    break;
                }
            if (!*a || ((*a == '.' || *a == '!') && (!a[1] || a[1] == ' ')))
                return 1;
        }
        const char *next = strpbrk(s, ".!?");
        s = next && next[1] == ' ' ? next + 2 : next ? next + 1 : NULL;
    }
    return 0;
}

/* Is low[0..len) a word that takes no part in a speaker's name or title
 * ("of", "what", "we", "our"…): "…, the best of what we wrote" names no
 * speaker (the site speaks)? */
static int not_speaker_word(const char *low, size_t len)
{
    static const char *const words[] = {"of", "what", "which", "that", "to", "for", "and", "or", "in", "on", "at",
                                        "with", "we", "you", "your", "our", "us", "is", "are", "was", "be",
                                        "if", "as", "all", "here", "there", "this", "these", "more", "not", "by"};
    return pa_phrase_is(low, len, PA_PHRASES(words));
}

/* Is low[0..len) a word of when or how often ("daily", "weekly", "now")?
 * After the verb it says when a thing was added ("Sign up for our breaking
 * news alerts, added daily."), no speaker (", added Jones"). */
static int time_word(const char *low, size_t len)
{
    static const char *const words[] = {"daily", "weekly", "hourly", "monthly", "nightly", "yearly", "annually",
                                        "regularly", "every", "each", "today", "tonight", "now", "soon", "later",
                                        "below", "above", "automatically", "often", "too", "also", "again"};
    return pa_phrase_is(low, len, PA_PHRASES(words));
}

/* Is low[0..len) a verb in the present tense or a helping verb ("include",
 * "means", "could") with a word after it?  After the verb of speech it says
 * the clause is no speaker's name: "Version 2 is out, added features
 * include dark mode." (no first name among them: "will", "may", "mark",
 * "can" are left out, ", added Emre Can."; and the clause's last word is a
 * name's). */
static int finite_verb_word(const char *low, size_t len)
{
    static const char *const words[] = {"include", "includes", "mean", "means", "make", "makes", "let", "lets",
                                        "give", "gives", "offer", "offers", "allow", "allows", "help", "helps",
                                        "bring", "brings", "cost", "costs", "require", "requires", "has", "have",
                                        "had", "were", "could", "should", "would", "must"};
    return low[len] == ' ' && isalpha((unsigned char)low[len + 1]) && pa_phrase_is(low, len, PA_PHRASES(words));
}

/* Does a clause after a comma at low report speech with a verb of speech
 * in the past tense other than "said": the speaker and the verb (",
 * the mayor joked", ", she added", "," the chairman reminded"), or the verb
 * and the speaker (", added Jones"), one to five words for the speaker
 * (letters, "'", "-", none of not_speaker_word, after the verb no time_word
 * nor finite_verb_word: ", added daily", ", added features include sync"
 * name none), the clause ending there
 * (".", ",", ";", "!", "?", the line's end, or " on "/" in "/" at ")?
 * low: just after the comma.  Bounded: 80 bytes. */
static int speech_clause(const char *low)
{
    static const char *const verbs[] = {"added", "wrote", "noted", "explained", "asked", "joked", "reminded",
                                        "recalled", "insisted", "argued", "warned", "stressed", "replied",
                                        "observed", "remarked", "conceded", "admitted", "acknowledged",
                                        "cautioned", "declared", "quipped", "emphasized", "emphasised",
                                        "continued", "countered", "concluded", "told reporters", "pointed out"};
    const char *w = low;
    for (int k = 0; k < 4; k++) /* the quote closing before the speaker: ",\" the mayor joked" */
        w += *w == ' ' || *w == '"' || *w == '\'' ? 1 : !strncmp(w, "\xe2\x80\x9d", 3) ? 3 : 0;
    int verb_first = -1; /* the word index of the verb */
    size_t words = 0;
    for (const char *start = w; words < 7 && w - start < 80; words++) {
        size_t n = 0;
        while (isalpha((unsigned char)w[n]) || w[n] == '\'' || w[n] == '-')
            n++;
        if (!n)
            return 0;
        size_t vn = 0;
        for (size_t k = 0; verb_first < 0 && k < sizeof verbs / sizeof verbs[0] && !vn; k++) {
            if (verbs[k][0] != w[0])
                continue;
            size_t l = strlen(verbs[k]);
            if (!strncmp(w, verbs[k], l) && !isalpha((unsigned char)w[l]))
                vn = l;
        }
        if (vn) {
            verb_first = (int)words;
            n = vn;
        } else if (not_speaker_word(w, n) || (verb_first == 0 && (time_word(w, n) || finite_verb_word(w, n)))) {
            return 0; /* (", added daily": when, not who) */
        }
        w += n;
        int clause_end = !*w || strchr(".,;!?", *w) || !strncmp(w, " on ", 4) || !strncmp(w, " in ", 4) ||
                         !strncmp(w, " at ", 4);
        if (clause_end && verb_first < 0)
            return 0; /* no verb of speech */
        if (clause_end && verb_first > 0)
            return (size_t)verb_first == words && words <= 5; /* the verb last, after one to five words */
        if (clause_end)
            return words >= 1 && words <= 5; /* the verb first, before one to five words */
        if (*w != ' ')
            return 0;
        w++;
    }
    return 0;
}

/* Does low report speech ("…, the senator said", "she told investors",
 * "according to the filing", "…, the mayor joked", "…, added Jones": see
 * speech_clause)?  A site's pitch or standing note speaks to the reader
 * itself; a story's sentence with the same words quotes or reports
 * someone.  Bounded: the clauses after the first 40 commas. */
static int (reports_speech)(const char *low)
{
    static const char *const verbs[] = {" said", " says", " told ", "according to "};
    if ((pa_phrase_in)(low, PA_PHRASES(verbs)))
        return 1;
    const char *c = low;
    for (int commas = 0; commas < 40 && (c = strchr(c, ',')) != NULL; commas++)
        if (speech_clause(++c))
            return 1;
    return 0;
}

/* Does low report a call someone wrote or posted ("…, police wrote in the release", "the agency urged riders
 * in a post")?  A site's own notice states its call without telling who made it. */
static int reports_writing(const char *low)
{
    static const char *const verbs[] = {" wrote", " writes ", " posted ", " urged ", " urges ", " advised ",
                                        " advises "};
    return (pa_phrase_in)(low, PA_PHRASES(verbs));
}

int pa_line_reports_speech(const pa_line *line)
{
    const char *low = pa_line_folded_under(line, 1600);
    return low && reports_speech(low);
}

/* Does the app named after ", download the " belong to another, its owner named with "'s" before " app" ("…,
 * download the county's ReadyExample app", "… the district's app")?  A station names its own app bare ("download
 * the Example 7 app"). */
static int others_app(const char *low)
{
    const char *named = pa_strstr(low, ", download the ");
    if (!named)
        return 0;
    named += 15;
    const char *app = pa_strstr(named, " app");
    if (!app)
        return 0;
    size_t len = (size_t)(app - named);
    return pa_strstr_len(named, len, "'s") || pa_strstr_len(named, len, "\xe2\x80\x99s");
}

/* Does low (a line folded) hold the word "app" or "apps" after a space
 * (not "apple", "apply", "appointment")? */
static int app_word(const char *low)
{
    for (const char *at = pa_strstr(low, " app"); at; at = pa_strstr(at + 4, " app")) {
        const char *e = at + 4 + (at[4] == 's');
        if (!isalpha((unsigned char)*e))
            return 1;
    }
    return 0;
}

/* Does name[0..n) (lower-cased, the app's name after "download the " or "download our ") read as a newsroom's
 * own app: `ours` set ("our"), or "news" or a digit in it ("example 10 news", "wxyz 7")?  Bounded by n. */
static int newsroom_app_name(const char *name, size_t n, int ours)
{
    if (ours || pa_strstr_len(name, n, "news"))
        return 1;
    for (size_t i = 0; i < n; i++)
        if (name[i] >= '0' && name[i] <= '9')
            return 1;
    return 0;
}

/* Is low (the line lower-cased, chars visible characters) the call to
 * download the site's app: "Download the Example News app for …",
 * "Download the Example app on the Google Play Store and Apple App
 * Store.", "Get breaking news alerts: download the free Example News
 * app", "Download The Example News App to get Daily Market Updates.",
 * "Download our app for breaking news alerts.", "Get the latest news on
 * your phone. Download the Example News app here.", "Download and
 * subscribe to the brand new Example Fit app to …" (≤ 300)?  A how-to's
 * "Download the app from the App Store and sign in." and a story's
 * "Download the county's app …, the mayor said" are no call. */
static int app_download_call(const char *low, size_t chars)
{
    size_t k = strlen(low);
    int opens = !strncmp(low, "download the ", 13) || !strncmp(low, "download our ", 13);
    /* the call alone, no sentence: "Download the Example News app for iOS" */
    if (chars <= 100 && opens && low[k - 1] != '.' &&
        (pa_strstr(low, " app ") || pa_strstr(low, " app.") || (k >= 4 && !strcmp(low + k - 4, " app"))))
        return 1;
    /* the app's stores named, or the phones it runs on: "Download the Example 10 News app on your iPhone or
     * Android phone to get alerts when news breaks." (the app the newsroom's own, "our" app or its name with
     * "news" or the channel's number: a storm story's advice "Download the FEMA app on your iPhone …", "the Red
     * Cross's app", is the story's) */
    const char *on = chars <= 150 && opens ? pa_strstr(low, " app on ") : NULL;
    if (on && strncmp(low, "download the app ", 17) &&
        (pa_strstr(low, "google play") || pa_strstr(low, "app store") ||
         (!strncmp(on, " app on your ", 13) && (pa_strstr(on, "iphone") || pa_strstr(on, "android")) &&
          newsroom_app_name(low + 13, on - low > 13 ? (size_t)(on - low) - 13 : 0, low[9] == 'o'))) &&
        !(reports_speech)(low))
        return 1;
    /* "… download the free Example News app", "… by downloading our free app" */
    if (chars <= 150 && (pa_strstr(low, "download the free ") || pa_strstr(low, "download our free ") ||
                         pa_strstr(low, "downloading our free ") || pa_strstr(low, "downloading the free ")) &&
        app_word(low))
        return 1;
    /* a broadcaster's alerts offer: "GET BREAKING NEWS ALERTS IN THE FREE EXAMPLE 5 APP | DOWNLOAD FOR IOS
     * OR ANDROID", "Get news alerts with the free Example app" */
    if (chars <= 150 && !strncmp(low, "get ", 4) && pa_strstr(low, " alerts ") && pa_strstr(low, " the free ") &&
        app_word(low) && !(reports_speech)(low))
        return 1;
    /* a news app's or a publisher's call to open the story in an app: "Opened in Example News. Open in the
     * Example Herald app for the best experience.", "Get the full experience in the app", "For a better
     * experience, read this story in our app" (the experience named; a story's "the app's experience" is no call;
     * the line opens as a call does or a viewer's note, not "The bank rebuilt its app for a better experience …") */
    static const char *const experience[] = {"for the best experience", "for a better experience",
                                             "the full experience in the app", "for the full experience"};
    static const char *const call_opens[] = {"open ", "opened in ", "get ", "download ", "read ", "view ", "continue ",
                                             "switch to ", "for the best experience", "for a better experience",
                                             "for the full experience"};
    if (chars <= 150 && app_word(low) && (pa_phrase_in)(low, PA_PHRASES(experience)) && !(reports_speech)(low) &&
        pa_phrase_opens(low, strlen(low), PA_PHRASES(call_opens)))
        return 1;
    /* the call to download and subscribe, in the promo's own words: "Download and subscribe to the brand new
     * Example Fit app to make your wellness goals a reality. Powered by …", "Download and subscribe to the
     * Example Daily podcast wherever you listen." */
    if (chars <= 300 && !strncmp(low, "download and subscribe to ", 26) && !(reports_speech)(low))
        return 1;
    /* what the app is for: "… app to get Daily Market Updates", "… app for the latest weather alerts" */
    if (chars <= 120 && opens && pa_strstr(low, " app to "))
        return 1;
    /* ("… News App for Latest City News.", as the Indian dailies word it) */
    static const char *const app_news[] = {"alerts", "for the latest", "for latest ", "breaking news", "on your phone"};
    if (chars <= 150 && opens && (pa_strstr(low, " app for ") || pa_strstr(low, " apps for ")) &&
        (pa_phrase_in)(low, PA_PHRASES(app_news)))
        return 1;
    /* the call after its reason in one sentence: "To get the latest headlines and breaking news alerts, download
     * the Example 7 app." (the reason names the news, or the app is "our" own; a consumer story's "To get the
     * rebate, download the utility's app …" names none, a storm story's "To get weather alerts during the storm,
     * download the FEMA app" names another's app, as a road story's "For more news on road closures, download
     * the state DOT's 511 app" names its owner) */
    static const char *const reason_opens[] = {"to get ", "for the latest ", "for breaking news", "to stay up to date",
                                               "to stay informed", "for more "};
    static const char *const news_reasons[] = {"news", "headlines"};
    static const char *const other_reasons[] = {"alerts", "weather", "updates"};
    if (chars <= 150 && pa_phrase_opens(low, k, PA_PHRASES(reason_opens)) &&
        (pa_strstr(low, ", download the ") || pa_strstr(low, ", download our ")) && app_word(low) &&
        ((pa_phrase_in)(low, PA_PHRASES(news_reasons)) ||
         (pa_strstr(low, ", download our ") && (pa_phrase_in)(low, PA_PHRASES(other_reasons)))) &&
        !others_app(low) && !(reports_speech)(low))
        return 1;
    /* the call after its reason: "Get the latest news on your phone. Download the Example News app here." */
    static const char *const download[] = {"download the ", "download our "};
    static const char *const app_call[] = {" app here", " app now", " app today", " app for free"};
    return chars <= 120 && opens_a_sentence(low, PA_PHRASES(download)) && (pa_phrase_in)(low, PA_PHRASES(app_call));
}

/* Is t[0..len) a row of an affiliate list: a name of one or two words
 * (capitalised) opening it and "Visit <the same name>" closing it, no
 * full stop at its end? */
static int affiliate_row(const char *t, size_t len)
{
    if (len < 16 || t[len - 1] == '.' || !isupper((unsigned char)t[0]))
        return 0;
    for (size_t words = 1; words <= 2; words++) {
        size_t n = 0, seen = 0;
        while (n < len && seen < words) {
            n++;
            if (n == len || t[n] == ' ')
                seen++;
        }
        if (seen < words || n + 7 + n > len)
            continue;
        const char *tail = t + len - n;
        if (!memcmp(tail, t, n) && !memcmp(tail - 6, "Visit ", 6))
            return 1;
    }
    return 0;
}

/* Does low (a line folded) end its pitch with where it goes: "…
 * personal finance and more - straight to your e-mail.", "The best of the
 * week's sport, straight to your inbox every Friday." (after a comma or a
 * dash), or open a sentence (or follow a label) with "Start every day with
 * the top …"?  A story's "The feature sends receipts straight to your
 * inbox" tells what something does. */
static int inbox_tail(const char *low)
{
    static const char *const straight[] = {"straight to your e-mail", "straight to your email", "straight to your inbox"};
    for (size_t i = 0; i < sizeof straight / sizeof straight[0]; i++)
        for (const char *at = pa_strstr(low, straight[i]); at; at = pa_strstr(at + 1, straight[i])) {
            const char *b = at;
            while (b > low && b[-1] == ' ')
                b--;
            if (b > low && (b[-1] == ',' || b[-1] == '-' || (unsigned char)b[-1] == 0x94 ||
                            (unsigned char)b[-1] == 0x93))
                return 1; /* after ",", "-", an em or en dash */
        }
    static const char *const every_day[] = {"start every day with the top"};
    const char *colon = pa_strstr(low, ": ");
    return opens_a_sentence(low, PA_PHRASES(every_day)) ||
           (colon && pa_phrase_opens(colon + 2, strlen(colon + 2), PA_PHRASES(every_day)));
}

/* Is low (a line folded, k bytes, chars visible characters) a line of
 * the stock-picking newsletter's pitch set into its syndicated stories:
 * "Should you invest $1,000 in Example Corp. right now?", "Before you buy
 * stock in Example Corp., consider this:", "The Example Stock Advisor
 * analyst team just identified what they believe are the 10 best stocks
 * for investors to buy now…", "Consider when Example made this list on
 * … if you invested $1,000 at the time of our recommendation, you'd have
 * $612,480!*", "Now, it's worth noting Stock Advisor's total average
 * return is 1,012% — a market-crushing outperformance compared to 186%
 * for the S&P 500.", "*Stock Advisor returns as of December 1, 2026",
 * "Invest better with Example. Get stock recommendations, portfolio
 * guidance, and more from our premium services."?  A story's question
 * ("Should you invest in bonds now?") names no sum; its analysts' picks
 * no "analyst team just identified". */
static int investing_pitch(const char *low, size_t k, size_t chars)
{
    if (chars <= 150 && !strncmp(low, "should you invest $", 19) && k > 10 && !strcmp(low + k - 10, "right now?"))
        return 1;
    if (chars <= 150 && !strncmp(low, "before you buy stock in ", 24) && pa_strstr(low, "consider this"))
        return 1;
    if (pa_strstr(low, "analyst team just identified"))
        return 1;
    if (pa_strstr(low, "if you invested $") && pa_strstr(low, "at the time of our recommendation"))
        return 1;
    if (pa_strstr(low, "total average return is") && pa_strstr(low, "outperformance compared to"))
        return 1;
    if (chars <= 80 && low[0] == '*' && pa_strstr(low, " returns as of "))
        return 1;
    /* (the call names the service and stops: "Invest better with Example."; "Invest better with the basics,
     * advisers say: skip premium services …" advises) */
    const char *better = pa_strstr(low, "invest better with ");
    return better && better[19 + strcspn(better + 19, ".,:;")] == '.' && pa_strstr(low, "premium services");
}

/* The stems of a call for the reader's money or sign-up ("support",
 * "subscribe", "donate", "contribute", "member"): pa_line_appeal_opener's
 * and pa_line_pitch's. */
static const char *const appeal_asks[] = {"support", "subscrib", "donat", "contribut", "member"};

/* A pitch inside the story: a newsletter sign-up ("… delivered right to
 * your inbox. Sign up now"), its thank-you note, a call to send a tip
 * through "the form below", a pointer to a web site ("To learn more,
 * visit www.example.org"), a sponsor's disclosure ("This story was
 * developed in partnership with …"), an affiliate-link disclosure, or a
 * podcast's call naming the apps it is on ("Subscribe on Apple Podcasts,
 * Spotify"). */
int pa_line_appeal_opener(const pa_line *line)
{
    if (line->chars > 400)
        return 0;
    const char *low = pa_line_folded_under(line, 1600);
    if (!low)
        return 0;
    static const char *const liked[] = {"if you enjoyed this article", "if you enjoyed this story",
                                        "if you enjoyed reading this", "if you liked this article",
                                        "if you liked this story", "if you value this article",
                                        "if you value this story", "if you appreciated this article",
                                        "if you found this article", "if you found this story"};
    if (pa_phrase_opens(low, line->folded_len, PA_PHRASES(liked)) && pa_phrase_in(low, PA_PHRASES(appeal_asks)))
        return 1;
    /* a business daily's letter to its readers under every story: "(Dear Reader,) Example Standard has always
     * strived hard to provide up-to-date information and commentary on developments …" */
    if ((strstr(low, "has always strived hard to provide") || strstr(low, "has always striven hard to provide")) &&
        strstr(low, " information"))
        return 1; /* ("The ferry authority has always strived hard to provide service to both shores, …": a story's) */
    /* a daily's letter opening with its salutation: "Dear reader, We have been keeping you up-to-date with
     * information on the developments in India and the world that have a bearing on our lives …"; the
     * template's words, or the letter keeping the reader informed and asking for support (an editor's letter
     * that is the story, "Dear readers, after 112 years … thank every member of this community who has
     * supported us", or "Dear readers, we have been keeping you informed about the fire since Sunday night …",
     * stays) */
    return !strncmp(low, "dear reader", 11) &&
           (strstr(low, "keeping you up-to-date") || strstr(low, "keeping you up to date") ||
            strstr(low, "keeping you informed")) &&
           (strstr(low, "have a bearing on") || strstr(low, "has a bearing on") || pa_phrase_in(low, PA_PHRASES(appeal_asks)));
}

/* A line of the subscription or registration wall in the story's place:
 * "Subscribe to continue reading", "Already a subscriber? Log in",
 * "Create a free account to keep reading", "This article is for members
 * only." (≤ 200 chars; a line that reports who said it is the story's). */
int pa_line_wall(const pa_line *line)
{
    size_t chars = line->chars;
    const char *low = chars <= 200 ? pa_line_folded_under(line, 1024) : NULL;
    if (!low)
        return 0;
    /* the subscription wall in the story's place */
    static const char *const wall[] = {
        "already have an account", "to continue reading", "to read the rest of this", "unlock this article",
        "subscribe to read", "subscribers only", "exclusive to subscribers", "already a subscriber",
        "reached your limit of free", "free articles remaining", "free article remaining",
        "to read the full story", "to read the full article", "login to read", "log in to read", "sign in to read",
        "already a member?", "have an account? log in", "have an account? sign in",
        "gift articles to give", "anyone can read what you share",
        "continue reading with a subscription", "continue reading with a digital subscription",
        "does not provide access to this content", "only available to subscribers",
        "already registered? log in", "already registered? sign in", "already have a subscription",
        "free article limit", "register for free to", "register now for free",
        /* a trade site's registration wall: "This article is reserved for registered readers." */
        "article is reserved for registered", "content is reserved for registered", "story is reserved for registered",
        "article is reserved for subscribers", "content is reserved for subscribers",
        /* the same wall in the European dailies: "Article réservé aux abonnés", "Dieser Artikel ist nur für
         * Abonnenten", "Exclusivo para assinantes", "¿Ya eres suscriptor?", "Lesen Sie weiter mit …-Abo" */
        "réservé aux abonnés", "réservée aux abonnés", "nur für abonnenten", "exclusivo para assinantes",
        "exclusivo para suscriptores", "riservato agli abbonati", "alleen voor abonnees", "exclusiu per a subscriptors",
        "déjà abonné", "ya eres suscriptor", "já é assinante", "sei già abbonato", "bereits abonnent",
        "ja ets subscriptor", "lesen sie weiter mit", "para seguir leyendo", "per continuare a leggere",
        "pour lire la suite", "para continuar lendo",
    };
    /* (a story that tells of a wall reports who said or wrote it: ""Subscribe to continue reading" was the
     * message most readers saw, said …", "This article is for subscribers only, the notice used to read; it now
     * says …"; the wall itself names no speaker) */
    if (chars <= 200 && pa_phrase_in(low, PA_PHRASES(wall)) && !reports_speech(low))
        return 1;
    /* the registration wall's call: "Create a free account to keep reading", "Log in to keep reading" — a
     * sentence opening with the call for an account or subscription, then "to keep reading" (not "children
     * need to keep reading", "children must register for an account to keep reading") */
    static const char *const account_calls[] = {"create ", "subscri", "log in", "login", "sign in", "register",
                                                "sign up", "already a", "become a", "start "};
    if (chars <= 150 && strstr(low, "to keep reading") && opens_a_sentence(low, PA_PHRASES(account_calls)))
        return 1;
    /* the meter's note over a story: "Read more at no cost. Log in or create a free account." — a sentence
     * opening with the call for an account, on a short line about reading more of the site (not "Readers must
     * log in or create an account to comment, the paper said.", nor a how-to's step "Log in or create an
     * account on the state portal, then read the eligibility rules.") */
    static const char *const account_pairs[] = {"log in or create ", "sign in or create ", "log in or register",
                                                "sign in or register", "create a free account"};
    static const char *const reading_on[] = {"read more", "continue reading", "keep reading", "read the rest",
                                             "read the full story", "read the full article"};
    if (chars <= 150 && pa_phrase_in(low, PA_PHRASES(reading_on)) &&
        opens_a_sentence(low, PA_PHRASES(account_pairs)) && !reports_speech(low))
        return 1;
    /* "This article is for members only." — the story named as the subject */
    static const char *const this_story[] = {"this story ", "this article ", "this content ", "this post "};
    if (chars <= 120 && pa_phrase_opens(low, strlen(low), PA_PHRASES(this_story)) &&
        (strstr(low, "members only") || strstr(low, "subscribers only") || strstr(low, "members-only")) &&
        !reports_speech(low))
        return 1;
    return 0;
}

/* Does low (a line folded, opening with a call to get something) offer
 * the site's own mail: "in your inbox" or "to your inbox" in the call's
 * clause (no ':' nor a relative "that"/"which" before it) and at most a
 * time after it ("… in your inbox every morning.", 25 bytes to the
 * sentence's end)?  A savings ad's "Get the best of both worlds: an
 * account that … sends a weekly summary to your inbox each Monday." and
 * an agency's "Get the latest scam warnings in your inbox by signing up
 * for the attorney general's consumer alerts." are a story's. */
static int inbox_offer(const char *low)
{
    const char *inbox_at = pa_strstr(low, "in your inbox");
    if (!inbox_at)
        inbox_at = pa_strstr(low, "to your inbox");
    if (!inbox_at || strcspn(inbox_at + 13, ".!?") > 25)
        return 0;
    size_t clause = (size_t)(inbox_at - low);
    return !memchr(low, ':', clause) && !pa_strstr_len(low, clause, " that ") && !pa_strstr_len(low, clause, " which ");
}

/* Does the folded line low (len bytes) close with a promo's "wherever you listen" (its "." or "!" after it,
 * or "… to podcasts.")?  A story's "The podcast, available wherever you listen, drew …" goes on after it. */
static int listen_anywhere_call(const char *low, size_t len)
{
    const char *p = pa_strstr(low, "wherever you listen");
    if (!p)
        return 0;
    size_t at = (size_t)(p - low) + 19, end = pa_trim_tail(low, len, ".! ");
    if (at > end)
        return 0;
    static const char *const tails[] = {"", " to podcasts", " to your podcasts"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
        if (end - at == strlen(tails[i]) && !strncmp(low + at, tails[i], end - at))
            return 1;
    return 0;
}

/* Does the frequency whose number ends at low + end (its digits and dots before) stand where a show is heard:
 * "on" or "to" before it, or with the station's call letters between ("on KVLY 89.5 FM", "tune in to 89.3 FM")?  "the old 1340 AM tower" names
 * the station as a thing.  Reads low back from end at most 24 bytes. */
static int dial_on(const char *low, size_t end)
{
    size_t a = end;
    while (a > 0 && end - a < 8 && (isdigit((unsigned char)low[a - 1]) || low[a - 1] == '.'))
        a--;
    if (a < 4 || low[a - 1] != ' ')
        return 0;
    a--; /* (3 or more: " on" or " to" fits before the space) */
    if (!strncmp(low + a - 3, " on", 3) || !strncmp(low + a - 3, " to", 3))
        return 1;
    size_t w = a; /* the call letters: "kvly", "wnyc-fm" */
    while (w > 0 && a - w < 10 && (isalnum((unsigned char)low[w - 1]) || low[w - 1] == '-'))
        w--;
    return w < a && w >= 4 && low[w - 1] == ' ' && (!strncmp(low + w - 4, " on ", 4) || !strncmp(low + w - 4, " to ", 4));
}

/* Does the folded line low name a station on the dial where its show is heard: a number, then " fm" or " am"
 * ending a word ("on 89.5 FM", "on KVLY 1340 AM", dial_on)?  A time's "10 a.m." is not one.  low is
 * NUL-terminated. */
static int station_dial(const char *low)
{
    for (const char *p = pa_strstr(low, " fm"); p; p = pa_strstr(p + 3, " fm"))
        if (p > low && isdigit((unsigned char)p[-1]) && !isalnum((unsigned char)p[3]) && dial_on(low, (size_t)(p - low)))
            return 1;
    for (const char *p = pa_strstr(low, " am"); p; p = pa_strstr(p + 3, " am"))
        if (p - low >= 3 && isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[-2]) &&
            isdigit((unsigned char)p[-3]) && !isalnum((unsigned char)p[3]) && dial_on(low, (size_t)(p - low)))
            return 1;
    return 0;
}

/* Does the line's text name a sponsor by its name after the first of the markers ("… sponsored by Example", "…
 * comes from the Example Foundation"): a capital or a digit opening the next word, or the one after "the"/"our"?
 * A story's sentence names what backs the show in words of its own ("… supported by a grant from …", "… brought
 * to you by the same company that owns …").  Reads the line's text (case aside for the markers). */
static int names_sponsor_after(const pa_line *line, const char *const *markers, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const char *at = strcasestr(line->text, markers[k]);
        if (!at)
            continue;
        at += strlen(markers[k]);
        if (!strncasecmp(at, "the ", 4) || !strncasecmp(at, "our ", 4))
            at += 4;
        return isupper((unsigned char)*at) || isdigit((unsigned char)*at);
    }
    return 0;
}

/* Does the folded line low (chars visible characters) open with a podcast episode's sponsor read that the
 * story-subject rule of pa_line_pitch does not name: "This episode is supported by Example.", "Support for this
 * episode comes from Example, …" (the episode or the show as the subject; a story's "Support for the measure comes
 * from rural voters." names neither), the sponsor named by its name (names_sponsor_after), no speech reported?
 * low is NUL-terminated: line's folded text, or its rest after a label. */
static int podcast_sponsor_read(const pa_line *line, const char *low)
{
    if (low[0] != 't' && low[0] != 's')
        return 0;
    static const char *const episode[] = {"this episode ", "today's episode ", "this week's episode ", "this podcast ",
                                          "this show "};
    static const char *const by[] = {" is supported by ", " was supported by ", " is sponsored by ",
                                     " is brought to you by "};
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(episode)))
        return pa_phrase_in(low, PA_PHRASES(by)) && names_sponsor_after(line, PA_PHRASES(by)) && !reports_speech(low);
    static const char *const support_for[] = {"support for this episode ", "support for today's episode ",
                                              "support for this podcast ", "support for this show "};
    static const char *const from[] = {" comes from ", " is provided by "};
    return pa_phrase_opens(low, strlen(low), PA_PHRASES(support_for)) && pa_phrase_in(low, PA_PHRASES(from)) &&
           names_sponsor_after(line, PA_PHRASES(from)) && !reports_speech(low);
}

/* Does one of the phrases stand in low where a call opens: at the line's start or a sentence's, after a
 * clause's comma or colon, or after "please " or "and " ("If you enjoy the show, please leave us a rating …",
 * "Subscribe, rate and review …")?  A story's sentence names the call inside its own clause ("Critics say rate
 * and review prompts …", "… asked supporters to become a patron …").  low is NUL-terminated; reads each
 * phrase's first eight places. */
static int calls_at_clause(const char *low, const char *const *phrases, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(phrases[k]), places = 0;
        for (const char *at = pa_strstr(low, phrases[k]); at && places < 8; at = pa_strstr(at + l, phrases[k]), places++) {
            size_t before = (size_t)(at - low);
            if (!before || (before >= 2 && at[-1] == ' ' && strchr(".!?,:;", at[-2])) ||
                (before >= 7 && !strncmp(at - 7, "please ", 7) && (before == 7 || at[-8] == ' ')) ||
                (before >= 4 && !strncmp(at - 4, "and ", 4) && (before == 4 || at[-5] == ' ')))
                return 1;
        }
    }
    return 0;
}

/* Is the folded line low (chars visible characters) a podcast's call on its listener set apart in the notes:
 * to rate and review it ("Please rate and review us on Apple Podcasts.", "Love the show? Leave us a review on
 * iTunes."), to back it on Patreon ("Become a patron for as little as $2 a month.", "Support Example on Patreon and
 * get bonus episodes"), "Support the show" alone, "Buy us a coffee", "share this episode with …", "Leave us a
 * voicemail … on the show"?  line is the line low folds (for its searches).  The review call names where or what ("… on iTunes", "… wherever you listen", "the
 * show"): a story's "Rate and review sites that collect complaints were named in the suit" names neither.  low is
 * NUL-terminated; the caller rules out reported speech. */
static int podcast_listener_call(const pa_line *line, const char *low, size_t chars)
{
    if (chars > 200)
        return 0;
    static const char *const review[] = {"rate and review", "rate, review", "leave us a review", "leave a review",
                                         "leave us a rating", "leave a rating", "write us a review", "write a review",
                                         "leave us a 5-star", "leave a 5-star", "leave us a five-star",
                                         "leave a five-star", "ratings and reviews"};
    static const char *const where[] = {"itunes", "apple podcasts", "spotify", "wherever you listen",
                                        "wherever you get", "podcast app", "the show", "the podcast", "new listeners",
                                        " us on ", " us a "};
    if (pa_phrase_in(low, PA_PHRASES(review)) && pa_phrase_in(low, PA_PHRASES(where)) && calls_at_clause(low, PA_PHRASES(review)))
        return 1;
    static const char *const patreon_calls[] = {"support ", "join ", "please support ", "you can support ",
                                                "consider supporting "};
    static const char *const patron[] = {"become a patron"};
    if (strstr(low, "patreon") && ((strstr(low, "become a patron") && calls_at_clause(low, PA_PHRASES(patron))) ||
                                   (strstr(low, " on patreon") && opens_a_sentence(low, PA_PHRASES(patreon_calls)))))
        return 1;
    size_t len = pa_trim_tail(low, strlen(low), ".! ");
    if ((len == 16 && !strncmp(low, "support the show", 16)) || (len == 19 && !strncmp(low, "support the podcast", 19)))
        return 1;
    /* the coffee call ends its clause ("Buy us a coffee.", "… buy me a coffee at …"): "Buy Me a Coffee is a platform
     * …" names the tipping site */
    const char *coffee = chars <= 120 ? strstr(low, "buy us a coffee") : NULL;
    if (chars <= 120 && !coffee)
        coffee = strstr(low, "buy me a coffee");
    if (coffee && (!coffee[15] || strchr(".!?,:;)(", coffee[15]) || !strncmp(coffee + 15, " at ", 4) ||
                   !strncmp(coffee + 15, " on ", 4) || !strncmp(coffee + 15, " here", 5) ||
                   !strncmp(coffee + 15, " via ", 5) || !strncmp(coffee + 15, " to ", 4)))
        return 1;
    if (strstr(low, "share this episode") && (!strncmp(low, "please ", 7) || !strncmp(low, "share this episode", 18)))
        return 1;
    static const char *const message_us[] = {"leave us a voicemail", "leave us a message", "send us a voice memo",
                                             "send us a voice message"};
    if (!pa_phrase_opens(low, strlen(low), PA_PHRASES(message_us)))
        return 0;
    /* (where the message may be heard, the words ending there: "on the show's hotline" is where to leave it) */
    static const char *const on_show[] = {"on the show", "on the podcast", "on a future episode"};
    for (size_t k = 0; k < sizeof on_show / sizeof on_show[0]; k++) {
        const char *at = strstr(low, on_show[k]);
        if (at && !isalnum((unsigned char)at[strlen(on_show[k])]) && at[strlen(on_show[k])] != '\'')
            return 1;
    }
    return 0;
}

int pa_line_pitch(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 400)
        return 0;
    const char *low = pa_line_folded_under(line, 1024); /* (line->folded: line->folded_len is its strlen) */
    if (!low)
        return 0;
    /* a product's buy button: "$148 at Nordstrom", "$29.99 from Amazon Shop Now", "£35 at John Lewis" — the
     * price, "at"/"from" and the shop's name (one to three words), a "Shop now"/"Buy now" call after it (not
     * a label: the story's picks go on after it) */
    if (chars <= 50 && price_call(low, pa_trim_tail(low, line->folded_len, ". ")))
        return 1;
    /* a consent plugin's stand-in for a blocked embed (Borlabs): "You are currently viewing a placeholder
     * content from X. To access the actual content, click the button below. Please note that doing so will
     * share data with third-party providers." */
    if (low[0] == 'y' && chars <= 300 && !strncmp(low, "you are currently viewing a placeholder content from ", 53))
        return 1;
    if (investing_pitch(low, line->folded_len, chars))
        return 1;
    if (podcast_listener_call(line, low, chars) && !reports_speech(low) && !reports_writing(low))
        return 1;
    /* a station's call to hear its show on the dial: "Listen to The Valley Hour weekdays at noon on KVLY 89.5 FM."
     * ("listen to" or "tune in to" opening the line, a frequency with "FM" or "AM" after it) */
    if (chars <= 150 && (!strncmp(low, "listen to ", 10) || !strncmp(low, "tune in to ", 11)) && station_dial(low))
        return 1;
    /* a newsletter platform's offer under its post: "Get 20% off a group subscription" (a discount on the
     * site's own subscription or membership, an article or "your" after "off": "Get 50% off subscription boxes
     * was the pitch …" is a story's subject) */
    if (chars <= 80 && !strncmp(low, "get ", 4)) {
        const char *off = strstr(low, "% off ");
        static const char *const what_off[] = {"a ", "an ", "your ", "the ", "our ", "any ", "all "};
        if (off && (strstr(low, "subscription") || strstr(low, "membership")) &&
            pa_phrase_opens(off + 6, strlen(off + 6), PA_PHRASES(what_off)))
            return 1;
    }
    /* the business desks' own calls: "Sign up now for the Example Investing Club to follow …", "Get this delivered
     * to your inbox, and more info about our products and services.", "Profit and prosper with the best of
     * expert advice … - straight to your e-mail.", "Don't miss these insights from Example PRO", "… Click to get
     * this free report" */
    static const char *const desk_calls[] = {"get this delivered to your inbox", "don't miss these insights",
                                             "don't miss these stories"};
    /* ("Sign up now for the …" with what the desk sells: a local story's "Sign up now for the summer reading
     * program at any branch library" is the library's call) */
    static const char *const desk_offers[] = {"newsletter", "club", "inbox", "alerts", "briefing", "digest",
                                              "to follow", "membership", "subscription", "premium"};
    int sign_up = !strncmp(low, "sign up now for the ", 20) && pa_phrase_in(low, PA_PHRASES(desk_offers));
    if (chars <= 200 && !reports_speech(low) &&
        (sign_up || pa_phrase_opens(low, line->folded_len, PA_PHRASES(desk_calls)) || inbox_tail(low) ||
         strstr(low, "click to get this free report")))
        return 1;
    /* a national paper's desk line under its stories: "Sign up to the daily Business Today email or follow
     * Example Business on Twitter at @BusinessDesk", "Sign up for our free weekly email newsletter" (its email or
     * newsletter with the desk's social account or "free daily"/"free weekly"; a story's "Sign up for the
     * course by email or follow the signs" names neither); "the" email (not "our") with the desk's handle
     * ("at @"): a marathon story's "Sign up for the free weekly email from the organisers or follow the race on
     * Twitter to hear when they open, a spokeswoman advised." is the story's */
    static const char *const desk_sign_up[] = {"sign up to the ", "sign up for the ", "sign up to our ",
                                               "sign up for our "};
    static const char *const desk_mail[] = {" email", " e-mail", "newsletter"};
    static const char *const desk_more[] = {" on twitter", " on facebook", " at @", "free daily", "free weekly"};
    enum { SIGN_UP_TO_LEN = sizeof "sign up to " - 1, SIGN_UP_FOR_LEN = sizeof "sign up for " - 1 };
    if (chars <= 200 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(desk_sign_up)) &&
        pa_phrase_in(low, PA_PHRASES(desk_mail)) && pa_phrase_in(low, PA_PHRASES(desk_more)) && !reports_speech(low) &&
        (!strncmp(low + SIGN_UP_TO_LEN, "our ", 4) || !strncmp(low + SIGN_UP_FOR_LEN, "our ", 4) || /* "… our " */
         strstr(low, " at @")))
        return 1;
    /* the regional chains' sign-up call: "Stay up to date with all the latest news by signing up to our free
     * newsletter here." (the site's own newsletter or alerts after "by signing up to our"; a story's "by
     * signing up for the scheme" names none of its; nor is a quoted statement, "“Boat owners can get notice of
     * every closure by signing up to our free alerts.”", the site's) */
    static const char *const by_signing[] = {"by signing up to our ", "by signing up for our ", "by subscribing to our "};
    static const char *const ours[] = {"newsletter", "alerts", "briefing"};
    if (chars <= 200 && pa_phrase_in(low, PA_PHRASES(by_signing)) && pa_phrase_in(low, PA_PHRASES(ours)) &&
        !reports_speech(low) && !strchr(low, '"') && !strstr(low, "\xe2\x80\x9c"))
        return 1;
    /* a row of an affiliate list of brokers or exchanges: "Kryptex Get a $20 bonus on your first deposit Visit
     * Kryptex" — the partner's name opening the line and its button "Visit <name>" closing it, no sentence */
    if (chars <= 150 && affiliate_row(line->text, line->len))
        return 1;
    /* the comparison site's note on its partners: "Many or all of the products on this page are from partners who
     * compensate us when you click to or take an action on their website, but this does not influence our
     * evaluations.", "The offers that appear on this site are from companies that compensate us." */
    if (strstr(low, "partners who compensate us") || strstr(low, "companies that compensate us") ||
        strstr(low, "advertisers who compensate us") ||
        (strstr(low, "compensate us when you") && (strstr(low, "click") || strstr(low, "link"))))
        return 1;
    /* the food blog's call under its recipe for the reader's rating and photos: "Did you make this recipe? Leave
     * a star rating below and tag me on Instagram!", "Tried this recipe? Let me know in the comments",
     * "Mention @example or tag #example!" (the handle and the hashtag with the call opening the line) */
    static const char *const tried[] = {"did you make this", "did you try this", "tried this recipe",
                                        "made this recipe", "have you tried this recipe", "if you make this recipe",
                                        "if you try this recipe", "if you made this recipe"};
    static const char *const rate_or_tag[] = {"rating", "rate ", "comment", "tag ", "mention", "let me know",
                                              "let us know", "instagram", "pinterest"};
    /* (the words after the question or the if-clause call on the reader: "Leave a star rating …", "please tag
     * me …"; a story's "Did you make this recipe? That question, posted under millions of food blogs, …" goes on
     * about it) */
    static const char *const reader_calls[] = {"leave ", "rate ", "tag ", "let me know", "let us know", "please ",
                                               "mention ", "share ", "snap ", "give it", "i'd love", "we'd love",
                                               "i would love", "we would love", "don't forget", "be sure",
                                               "post ", "comment ", "make sure", "i love", "we love"};
    const char *reader_call = chars <= 250 ? strpbrk(low, "?,!") : NULL;
    while (reader_call && (*reader_call == '?' || *reader_call == ',' || *reader_call == '!' || *reader_call == ' '))
        reader_call++;
    if (reader_call && pa_phrase_opens(low, line->folded_len, PA_PHRASES(tried)) &&
        pa_phrase_opens(reader_call, strlen(reader_call), PA_PHRASES(reader_calls)) &&
        pa_phrase_in(low, PA_PHRASES(rate_or_tag)) && !reports_speech(low))
        return 1;
    static const char *const tag_calls[] = {"mention @", "tag @", "tag me", "tag us", "tag #"};
    if (chars <= 120 && strchr(low, '@') && strchr(low, '#') &&
        pa_phrase_opens(low, line->folded_len, PA_PHRASES(tag_calls)) && !reports_speech(low))
        return 1;
    /* a disclosure, not a story about affiliate marketing: it says what the
     * links earn or that this post holds them; a news page's piece holds
     * them as the sentence's subject ("This article contains affiliate
     * links"), not as a report's ("… a practice this story found in …") */
    static const char *const disclosure[] = {
        "a commission", "small commission", "amount of commission", "earn a", "disclosure", "may contain",
        "this post", "we may", "i may", "supports",
        "this article contains", "this article includes", "this article has", "this story contains",
        "this story includes", "this story has", "this page contains", "this page includes", "this page has",
        "this review contains", "this review includes", "this review has",
    };
    if (strstr(low, "affiliate link") && pa_phrase_in(low, PA_PHRASES(disclosure)))
        return 1;
    /* "Purchases made through links earn us a small commission", "we may earn a commission when you buy
     * through links on our site": the commission the page's own links earn the site ("we", "us") */
    if (chars <= 300 && strstr(low, "commission") &&
        (strstr(low, "through links") || strstr(low, "through our links") || strstr(low, "links on this") ||
         strstr(low, "links on our")) &&
        (!strncmp(low, "we ", 3) || strstr(low, " we ") || strstr(low, " us ") || strstr(low, " us,")))
        return 1;
    /* "If you buy something from an Example link, Example Media may earn a commission", "we may earn a
     * small affiliate commission", "Example may receive a share of sales from products purchased through
     * this page", "In some cases, we receive a commission from our partners": what the site's links (its
     * affiliate partners) earn it when the reader buys */
    static const char *const earns[] = {"may earn", "may receive", "may get", "may collect", "earns a", "earn an",
                                        "earn a", "receive a", "receives a", "we earn"};
    static const char *const buying[] = {"buy", "purchas", "link", "retail", "shop", "partner"};
    /* the site's own links ("from an Example link, …", "links in this post") or the site as the earner
     * ("we", "our"), not a story's "agents earn a commission when a buyer purchases a home through a
     * listing link" nor "the commission will receive a report linking …" */
    static const char *const site_links[] = {" link,", "links in ", "links on ", "links from ", "affiliate", "we ",
                                             " us ", " us.", " our ", "this page", "this article", "this post",
                                             "this story", "retail offer"};
    /* what they earn: "a commission", "compensation", "a share of sales", "a share from purchases" (HuffPost),
     * "revenue" ("we earn revenue if you click the links and buy the products") */
    static const char *const money[] = {"commission", "compensation", "share of sales", "share of the sale",
                                        "a share from", "revenue", "portion of sales", "portion of the sale"};
    /* (revenue is what the links earn only with them named: "The county may earn revenue from the
     * partnership, and we expect …" stays; so does what a source says: "… from our partners, the broker
     * said") */
    int only_revenue = !strstr(low, "commission") && !strstr(low, "compensation") && !strstr(low, "share") &&
                       !strstr(low, "portion");
    if (chars <= 300 && pa_phrase_in(low, PA_PHRASES(money)) && pa_phrase_in(low, PA_PHRASES(earns)) &&
        pa_phrase_in(low, PA_PHRASES(buying)) && pa_phrase_in(low, PA_PHRASES(site_links)) &&
        (!only_revenue || strstr(low, "link") || strstr(low, "click")) && !reports_speech(low))
        return 1;
    /* the call for the reader's money: "This article was made possible by the support of readers like
     * you. Donate now.", "consider supporting our journalism by subscribing" — the call itself, not a
     * story's sentence about a paper's readers or its funding */
    static const char *const funded[] = {"readers like you", "journalism", "this news free", "our news free",
                                        "these stories free", "nonprofit newsroom", "our reporting", "our work",
                                        /* a magazine or essay site living on its members: "Example is supported
                                         * by readers. For $5 a month you keep …" */
                                        "supported by readers", "supported by its readers", "reader-supported",
                                        /* a public station's: "Example Public Radio is listener-supported." */
                                        "listener-supported", "supported by listeners", "viewer-supported",
                                        /* a show's: "The Valley Hour is made possible by listeners like you.
                                         * Become a member today." */
                                        "listeners like you", "viewers like you"};
    static const char *const asking[] = {"made possible", "please", "now.", "now!", "today.", "consider", "help us",
                                         "by subscribing", "by donating", "by contributing", "become a",
                                         "support us", "we ask you", "a one-off", "a once-off", "a monthly",
                                         "donate today", "donate now", "give today", "with a contribution",
                                         "subscribe to support", "free for everyone"};
    /* the appeal as a question opening the line: "Will you support Example's journalism?" (not a survey's
     * question quoted in the story: "\"Will you support local journalism …?\" was the question …") */
    static const char *const asking_question[] = {"will you support", "will you help"};
    /* the call speaks to the reader ("you") or opens in the imperative ("Support local journalism …"), not a
     * story's "The foundation, a member of a coalition supporting local journalism, said today …" */
    static const char *const to_reader[] = {"support", "donate", "become a", "subscribe", "please", "consider",
                                            "help us", "join "};
    if (chars <= 300 && pa_phrase_in(low, PA_PHRASES(funded)) &&
        pa_phrase_in(low, PA_PHRASES(appeal_asks)) &&
        (pa_phrase_in(low, PA_PHRASES(asking)) || pa_phrase_opens(low, line->folded_len, PA_PHRASES(asking_question))) &&
        (strstr(low, "you") || strstr(low, "become a ") || opens_a_sentence(low, PA_PHRASES(to_reader))) &&
        !reports_speech(low))
        return 1;
    /* the call itself opening the line: "Subscribe now to stay ahead with the most trusted business news
     * source.", "Subscribe today for unlimited access" */
    static const char *const subscribe_calls[] = {"subscribe now ", "subscribe today ", "subscribe now.",
                                                  "subscribe today."};
    if (chars <= 150 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(subscribe_calls)))
        return 1;
    /* … or after its question: "Want more local news? Subscribe today for just $1." (a sentence opening
     * after a question mark, not a quoted "Subscribe now," she said) */
    const char *asked = strstr(low, "? ");
    if (chars <= 150 && asked && pa_phrase_opens(asked + 2, strlen(asked + 2), PA_PHRASES(subscribe_calls)))
        return 1;
    /* (or any call to subscribe after the question for more of the site's news: "Want more news like this?
     * Subscribe to the Example Herald."; not a streaming guide's "Want more sports? Subscribe to ESPN+ for
     * $10.99 a month.") */
    static const char *const more_news[] = {"news", "stories", "like this", "journalism", "coverage",
                                            "reporting"};
    const char *answer = asked ? asked + 2 : NULL; /* (the sentence after the question) */
    if (chars <= 150 && answer && !strncmp(low, "want more ", 10) && !strncmp(answer, "subscribe", 9) &&
        !isalpha((unsigned char)answer[9]) && phrase_in_len(low, (size_t)(asked - low), PA_PHRASES(more_news)))
        return 1;
    /* the push-alert widget's pitch: "Get up-to-the-minute news sent straight to your device." (the call to
     * get it; not a story's "The startup's pitch is simple: local news sent straight to your phone.") */
    static const char *const get_call[] = {"get "};
    if (chars <= 100 && strstr(low, "news sent straight to your") && opens_a_sentence(low, PA_PHRASES(get_call)))
        return 1;
    /* the newsletter's pitch without its name: "We've got you covered. Get the best of Example in your inbox
     * every morning.", "Get our top stories in your inbox." (a sentence opening with "get", the site's best or
     * latest, the reader's inbox and at most when it comes; not "Get ready for more spam in your inbox, experts
     * warn.", nor a story's "Get the best of the festival in your inbox each morning of the fair: the
     * organizers' daily schedule email is free, …") */
    static const char *const gets[] = {"get the best of ", "get the latest ", "get our top ", "get our best ",
                                       "get the top stories", "get top stories"};
    if (chars <= 150 && opens_a_sentence(low, PA_PHRASES(gets)) && !reports_speech(low) && inbox_offer(low))
        return 1;
    /* the reader survey's call: "Tell us what you think. Take our reader survey." (a survey not named the
     * readers' ends its sentence: not a city release's "Take our survey by Jan. 9 at example.gov/parks.") */
    static const char *const surveys[] = {"take our reader survey", "take our survey.", "take our survey!",
                                          "take our short survey.", "take our short survey!",
                                          "take our quick survey.", "take our quick survey!"};
    if (chars <= 120 && opens_a_sentence(low, PA_PHRASES(surveys)) && !reports_speech(low))
        return 1;
    /* the meter's count: "You've read 4 of your 5 free articles this month.", "You have 1 free story left",
     * "This is your 2nd of 5 free articles" — the reader's free stories counted, not a story's "the site
     * gives readers five free articles a month, the company said" */
    if (chars <= 150 && (strstr(low, "free article") || strstr(low, "free stor")) && strstr(low, "you") &&
        (strstr(low, " of your ") || strstr(low, " left") || strstr(low, "limit") ||
         (strstr(low, "your ") && strstr(low, " of "))) &&
        !reports_speech(low))
        return 1;
    /* the price call: "Subscribe for $1"; the thanks before the call: "Thanks for reading! Subscribe to
     * support local journalism." */
    if (chars <= 60 && !strncmp(low, "subscribe for ", 14))
        return 1;
    /* … or the price call after the wall's pitch: "Read more at a reduced price. Subscribe for $1 for the first
     * month." — a sentence opening with the call and its price, not a reported "Subscribe for $5 a month,
     * the publisher said" */
    static const char *const priced_call[] = {"subscribe for $", "subscribe for \xc2\xa3", "subscribe for \xe2\x82\xac",
                                              "subscribe for just ", "subscribe for only "};
    if (chars <= 150 && opens_a_sentence(low, PA_PHRASES(priced_call)) && !reports_speech(low) &&
        strpbrk(low, "0123456789")) /* (its price: "Subscribe for only a few dollars, and readers …" names none) */
        return 1;
    static const char *const thanks_reading[] = {"thanks for reading", "thank you for reading"};
    if (chars <= 150 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(thanks_reading)) &&
        (strstr(low, "subscri") || strstr(low, "support") || strstr(low, "donat")))
        return 1;
    /* the wall's price: "Just £1 for the first month", "Only $1 for your first 3 months." — the price
     * opening a short line */
    static const char *const price_opens[] = {"just ", "only "};
    if (chars <= 60 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(price_opens))) {
        const char *pr = low + 5; /* after "just " or "only " */
        size_t cur = pr[0] == '$' ? 1 : !strncmp(pr, "\xc2\xa3", 2) ? 2 : !strncmp(pr, "\xe2\x82\xac", 3) ? 3 : 0;
        /* the price, then its term at once, and nothing after "a week" / "a month" but its end: not "Just $5 a
         * month buys a child a meal", "Only $1 a week separates the two plans" */
        const char *after = pr + cur + strspn(pr + cur, "0123456789.,");
        static const char *const terms[] = {" a week", " a month", " per week", " per month"};
        int term = 0;
        for (size_t i = 0; !term && i < sizeof terms / sizeof terms[0]; i++) {
            size_t n = strlen(terms[i]);
            term = !strncmp(after, terms[i], n) && (!after[n] || strchr(".!,", after[n]) ||
                                                    !strncmp(after + n, " for ", 5));
        }
        if (cur && after > pr + cur &&
            (term || !strncmp(after, " for the first ", 15) || !strncmp(after, " for your first ", 16)))
            return 1;
    }
    /* the comment box's offer: "Did you know you can comment on this article? Subscribe to Example and add
     * your voice to the conversation." — the access it sells, then the comments */
    static const char *const access[] = {"subscribe", "sign in", "log in", "register", "become a member"};
    static const char *const conversation[] = {"comment on this article", "comment on this story", "add your voice",
                                               "join the conversation", "join the discussion"};
    if (chars <= 200 && pa_phrase_in(low, PA_PHRASES(access)) && pa_phrase_in(low, PA_PHRASES(conversation)))
        return 1;
    /* the donation box's heading and opening: "Support Example's journalism of integrity", "Readers like
     * you are keeping these stories free for everyone…", "Good journalism costs a lot of money." */
    static const char *const appeal_opens[] = {"good journalism costs", "quality journalism costs",
                                               "independent journalism costs", "support local journalism:",
                                               "support local journalism.", "support local journalism -"};
    if (chars <= 200 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(appeal_opens)))
        return 1;
    /* the editor's appeal under the story: "If you enjoyed this article, I'd like to ask for your support." (the
     * reader's liking of this very piece, then what is asked) */
    if (pa_line_appeal_opener(line))
        return 1;
    /* "Readers like you …" with what they keep up or give ("… keeping these stories free"), not a story's
     * "Readers like you have written to us …" */
    static const char *const kept_up[] = {"free", "donat", "subscrib", "support", "member", "contribut"};
    if (chars <= 200 && !strncmp(low, "readers like you ", 17) && pa_phrase_in(low, PA_PHRASES(kept_up)))
        return 1;
    /* the rail's pitch under a story: "Like what you see? How about some more Example goodness, right here?",
     * "Like what you see? Subscribe for more." (the question opening the line, and a call or a second question
     * after it; a quote of it reports speech) */
    static const char *const more_offered[] = {"how about ", "subscribe", "sign up", "follow us", "join ", "support ",
                                               "share ", "read more", "want more", "there's more",
                                               "there\xe2\x80\x99s more", "become a "};
    if (chars <= 150 && !strncmp(low, "like what you see? ", 19) &&
        pa_phrase_opens(low + 19, strlen(low + 19), PA_PHRASES(more_offered)) && !reports_speech(low))
        return 1;
    /* the support box's smallest-gift call: "Our coverage needs you. Contribute as little as $1." (the call opens
     * a sentence with its price; a story's "Residents can contribute as little as $5 to the fund" tells who) */
    static const char *const smallest_gift[] = {"contribute as little as $", "give as little as $",
                                                "donate as little as $", "support us for as little as $"};
    if (chars <= 200 && strchr(low, '$') && gift_call(low, PA_PHRASES(smallest_gift)) && !reports_speech(low))
        return 1;
    /* the heading, not a sentence: "Support Example's journalism of integrity", "Support Our Investigative
     * Reporting" ("Support for local journalism
     * fell …" is the story's) */
    /* (reporting or a newsroom is the site's when its owner or kind is named: "Support Our Investigative
     * Reporting", "Support Example's newsroom", "Support local reporting"; "Support grows for reporting
     * rules" is the story's) */
    static const char *const site_owner[] = {"our ", "local ", "independent ", "nonprofit ", "non-profit ",
                                             "investigative ", "quality ", "us "};
    /* (also "On supporting science journalism", the box's heading over the call) */
    size_t verb = !strncmp(low, "support ", 8) ? 8 : !strncmp(low, "on supporting ", 14) ? 14 : 0;
    if (chars <= 80 && verb && strncmp(low, "support for ", 12)) {
        /* (the owner is read only after the verb: a shorter line has nothing there) */
        const char *owner = low + verb, *owner_end = strchr(owner, ' ');
        int owned = pa_phrase_opens(owner, strlen(owner), PA_PHRASES(site_owner)) ||
                    (owner_end && owner_end - owner > 2 && !strncmp(owner_end - 2, "'s", 2));
        if ((strstr(low, "journalism") || (owned && (strstr(low, " reporting") || strstr(low, " newsroom")))) &&
            !strchr(low, ',') && low[line->folded_len - 1] != '.')
            return 1;
    }
    /* the podcast's call, naming the apps it is on: "Subscribe to the Daily podcast on Apple Podcasts,
     * Google Podcasts, Spotify, Spreaker", "Listen on Apple Podcasts | Spotify" (two apps at least) */
    static const char *const apps[] = {"apple podcasts", "google podcasts", "spotify", "stitcher", "spreaker",
                                       "itunes", "pocket casts", "overcast", "tunein", "amazon music"};
    static const char *const podcast_calls[] = {"subscribe ", "listen ", "follow ", "download ", "find "};
    if (chars <= 200 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(podcast_calls))) {
        int named = 0;
        for (size_t k = 0; k < sizeof apps / sizeof apps[0] && named < 2; k++)
            named += strstr(low, apps[k]) != NULL;
        if (named >= 2)
            return 1;
    }
    if (pa_line_wall(line))
        return 1;

    /* the feedback prompt under a European daily's story, with the follow call it leads into: "Cet article vous
     * a été utile ? Sachez que vous pouvez suivre …", "¿Te ha resultado útil este artículo?" */
    static const char *const helpful[] = {"cet article vous a été utile", "cet article vous a-t-il été utile",
                                          "¿te ha resultado útil", "¿le ha resultado útil", "war dieser artikel hilfreich",
                                          "questo articolo ti è stato utile", "este artigo foi útil",
                                          "was dit artikel nuttig"};
    if (chars <= 300 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(helpful)))
        return 1;
    /* a European newsletter box's pitch: the day's news in the reader's inbox ("Die wichtigsten Nachrichten …
     * jeden Werktag in Ihrem Postfach", "Receba no seu e-mail as principais notícias …"); no quoted speech */
    static const char *const inbox[] = {"in ihrem postfach", "in ihr postfach", "no seu e-mail", "no seu email",
                                        "en tu correo", "en tu bandeja", "dans votre boîte mail",
                                        "dans votre boîte de réception", "nella tua casella", "nella tua email",
                                        "in je mailbox", "al teu correu"};
    static const char *const news_words[] = {"nachrichten", "notícias", "noticias", "actualité", "actualite", "notizie",
                                             "nieuws", "notícies", "newsletter"};
    if (chars <= 200 && pa_phrase_in(low, PA_PHRASES(inbox)) && pa_phrase_in(low, PA_PHRASES(news_words)) &&
        !strstr(low, "\xe2\x80\x9e") && !strstr(low, "\xe2\x80\x9c") && !strstr(low, "\xc2\xab") &&
        !strchr(low, '"'))
        return 1;
    /* the form's legal line: "By continuing, you agree to our Terms and Privacy Policy", "By signing up, you
     * agree to our Terms of Service" — "by …" then "you agree to" and the site's own ("our") terms or privacy
     * policy, not a story's "By tapping accept, you agree to terms that let the app share your data" */
    if (chars <= 250 && !strncmp(low, "by ", 3) && strstr(low, "you agree to") &&
        (strstr(low, "our terms") || strstr(low, "our privacy")))
        return 1;
    /* the same under a sign-up box: "By submitting your email you are agreeing to the terms and conditions and
     * privacy policy.", and its opt-in box: "I would like to be emailed about offers, events and updates from
     * Example. Read our privacy notice" */
    static const char *const form_lines[] = {"by submitting your email", "by submitting your e-mail",
                                             "by submitting your details", "i would like to be emailed about"};
    /* (the form names the site's terms or its privacy notice: a consumer story's "By submitting your details on
     * such comparison sites you often agree to let dozens of brokers call you." names none) */
    if (chars <= 250 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(form_lines)) &&
        (strstr(low, "terms") || strstr(low, "privacy")) && !reports_speech(low))
        return 1;
    /* the saved-story note of a chain's bookmark tool: "You can find this story in My Bookmarks." */
    if (chars <= 150 && strstr(low, "in my bookmarks"))
        return 1;
    /* the premium offer after its reason: "Want to bookmark your favourite articles …? Start your Example
     * Premium subscription today." — the imperative opening a sentence of the line */
    static const char *const start_yours[] = {"start your ", "begin your ", "start a free trial", "start your free trial"};
    if (chars <= 250 && opens_a_sentence(low, PA_PHRASES(start_yours)) &&
        (strstr(low, "subscription") || strstr(low, "free trial") || strstr(low, "membership")))
        return 1;
    /* the donation box's heading: "Example's journalism is free for everyone" (not a story's "its journalism
     * is free of pressure", "… free from political influence") */
    if (chars <= 80 && (strstr(low, "journalism is free for ") || strstr(low, "journalism is free to read") ||
                        (line->folded_len >= 18 && !strcmp(low + line->folded_len - 18, "journalism is free"))))
        return 1;
    if (chars <= 200 && (strstr(low, "is exclusive to") || strstr(low, "exclusively to")) && strstr(low, "subscribers"))
        return 1;
    /* the wall's offer: "Get unlimited access to Example journalism for just $1 a week. Cancel anytime.",
     * "Subscribe today for full digital access" — an imperative to the reader opening the line, then the
     * access it sells (not a review's "Get up to three months for free with a longer subscription");
     * or the offer's "cancel anytime" */
    static const char *const cancel[] = {"cancel anytime", "cancel any time", "cancel at any time"};
    if (chars <= 250 && pa_phrase_in(low, PA_PHRASES(cancel)))
        return 1;
    static const char *const offer_verbs[] = {"get ", "subscribe ", "start ", "try ", "unlock ", "enjoy ", "join ",
                                              "register "};
    static const char *const offered[] = {"unlimited access", "full access", "digital access", "exclusive insights",
                                          "exclusive analysis", "exclusive content", "premium content",
                                          /* "Get the best of Example with our Premium subscription. Unlimited
                                           * articles, …" */
                                          "our premium subscription"};
    /* (the unlimited articles offered with "our": a review's "Try the app free for a month and you get unlimited
     * articles from 300 magazines, …" tells of another's offer; so the unlimited or full access offered with
     * the site's words, "our", its journalism, news, articles or subscription: a story's "Get unlimited access to
     * the pool for $30 a month with a family membership" sells a pool's) */
    static const char *const site_offer[] = {" our ", "journalism", "subscri", "article", "stories", "news",
                                             "reporting", "digital", ".com"};
    int access_offer = strstr(low, "unlimited access") || strstr(low, "full access");
    if (chars <= 200 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(offer_verbs)) &&
        ((pa_phrase_in(low, PA_PHRASES(offered)) && (!access_offer || pa_phrase_in(low, PA_PHRASES(site_offer)))) ||
         (strstr(low, "unlimited articles") && strstr(low, " our "))))
        return 1;
    /* a form's thank-you note, shown once it is sent: "Thanks for signing up!", "✅ Thank you for
     * completing the survey!" (a mark or emoji may open it) */
    if (chars <= 120) {
        const char *note = low;
        for (int k = 0; k < 8 && *note && !isalpha((unsigned char)*note); k++)
            note++;
        static const char *const sent[] = {"signing up", "subscribing", "completing", "registering",
                                           "your feedback", "your submission", "your vote", "voting"};
        const char *rest = !strncmp(note, "thank you for ", 14) ? note + 14
                           : !strncmp(note, "thanks for ", 11)   ? note + 11
                                                                 : NULL;
        if (rest && pa_phrase_opens(rest, strlen(rest), PA_PHRASES(sent)))
            return 1;
    }
    /* a page-feedback form's note under "Was this page helpful?": "Your feedback helps us improve this
     * website. Please do not include personal information." */
    static const char *const no_personal[] = {"do not include personal information", "do not include any personal",
                                              "don't include personal information", "don't include any personal",
                                              "do not enter personal information", "do not enter any personal"};
    /* (the form's instruction: a sentence opening with it, or after "please"; a story's "The files do not include
     * personal information such as …" reports) */
    const char *please = strstr(low, "please ");
    if (chars <= 200 && (opens_a_sentence(low, PA_PHRASES(no_personal)) ||
                         (please && pa_phrase_opens(please + 7, strlen(please + 7), PA_PHRASES(no_personal))) ||
                         (!strncmp(low, "your feedback ", 14) && strstr(low, "improve") &&
                          (strstr(low, "website") || strstr(low, "this page") || strstr(low, "this site")))))
        return 1;
    /* the pointer to a web site for more: "To find out more about the campaign, visit www.example.org",
     * "To browse all of …, visit examplebookshop.com." — "To …" then ", visit " and an address */
    if (chars <= 200 && !strncmp(low, "to ", 3)) {
        const char *v = strstr(low, ", visit ");
        if (v) {
            v += 8;
            size_t n = strcspn(v, " ");
            const char *dot = memchr(v, '.', n);
            if (dot && dot > v && dot + 1 < v + n && isalnum((unsigned char)dot[1]))
                return 1;
        }
    }
    /* the sponsor's disclosure: "This story was developed in partnership with Example by the branded content
     * team.", "This article is sponsored by Example." — the story named as the subject, then its sponsor */
    static const char *const sponsored_what[] = {"this story ", "this article ", "this content ", "this post ",
                                                 "this series ",
                                                 /* a newsletter issue's sponsor: "This issue is brought to you
                                                  * by Example. Example helps …" */
                                                 "this issue ", "today's issue ", "this edition ", "this newsletter ",
                                                 "this episode "};
    static const char *const sponsored_how[] = {"in partnership with", "branded content", "sponsored by",
                                                "paid for by", "paid partnership", "brought to you by"};
    /* (its label may open the line: "Sponsor This episode is sponsored by Example.", "Sponsored: This post …") */
    static const char *const sponsor_labels[] = {"sponsor ", "sponsor: ", "sponsored ", "sponsored: ",
                                                 "advertisement ", "advertisement: "};
    const char *what = low;
    for (size_t i = 0; i < sizeof sponsor_labels / sizeof sponsor_labels[0] && what == low; i++)
        if (!strncmp(low, sponsor_labels[i], strlen(sponsor_labels[i])))
            what = low + strlen(sponsor_labels[i]);
    if (chars <= 300 && pa_phrase_opens(what, strlen(what), PA_PHRASES(sponsored_what)) &&
        pa_phrase_in(low, PA_PHRASES(sponsored_how)))
        return 1;
    /* (a podcast's other openers, "Today's episode is sponsored by Example.", there, with the sponsor's name) */
    if (chars <= 300 && podcast_sponsor_read(line, what))
        return 1;
    /* the funder's note under a wire's story: "The Associated Press Health and Science Department receives
     * support from … The AP is solely responsible for all content." */
    if ((strstr(low, "receives support from") || strstr(low, "receives financial support from")) &&
        strstr(low, "solely responsible for all content") && !reports_speech(low))
        return 1; /* (and "… education coverage receives financial support from …"; not a story's "…, a spokesperson
                   * said") */
    /* its pointer to the rules for that support: "Find AP's standards for working with philanthropies, a list
     * of supporters and funded coverage areas at AP.org." */
    if (chars <= 200 && strstr(low, "standards for working with philanthropies"))
        return 1;
    /* the funder note's last sentence alone: "The Associated Press is solely responsible for all content." (the
     * phrase closes the line after a name in capitals; a story's "Under the law, no platform is solely
     * responsible for all content." or "The board said the contractor is …" names none) */
    /* (the lower form holds the phrase wherever the text does, case aside: its ASCII bytes lower-cased in
     * place; its pair filter rules out most lines without a search) */
    const char *solely = chars <= 100 && (!line->has_lower || strstr(line->lower, " is solely responsible for all content"))
                             ? strcasestr(line->text, " is solely responsible for all content")
                             : NULL;
    if (solely && pa_trim_tail(solely, strlen(solely), ". ") == 38 &&
        pa_credited_names(line->text, (size_t)(solely - line->text)))
        return 1;
    /* a wire's trial offer under its column: "For more insights like these, click here to try Example for free." */
    if (chars <= 150 && strstr(low, "click here to try ") && strstr(low, " for free"))
        return 1;
    /* the call to send the newsroom a story, a question or a tip: "Fill out the form below or email …" */
    if (chars <= 300 && strstr(low, "the form below"))
        return 1;
    /* the browser's push-notification prompt: "Would you like to receive notifications about new posts?",
     * "Get browser notifications for breaking news, live events, and exclusive reporting." */
    if (chars <= 150 && strstr(low, "notifications") &&
        (strstr(low, "would you like to receive") || strstr(low, "browser notifications") ||
         (chars <= 40 && (strstr(low, "turn on notifications") || strstr(low, "allow notifications")))))
        return 1;
    /* a live page's call to reload it: "Refresh this page for the latest updates.", "Refresh for updates" (the
     * imperative opening the line, the page or the updates its object, the updates or the latest named;
     * "Refresh rates on the new screens …", "Refresh the page and the price changes, shoppers said" are the
     * story's) */
    if (chars <= 100 && low[0] == 'r' && !strncmp(low, "refresh ", 8) &&
        (pa_strstr(low, "updat") || pa_strstr(low, "latest")) && !reports_speech(low)) {
        static const char *const reload[] = {"refresh this page", "refresh the page", "refresh your browser",
                                             "refresh for the latest", "refresh for updates", "refresh often"};
        if (pa_phrase_opens(low, line->folded_len, PA_PHRASES(reload)))
            return 1;
    }
    /* "Get the latest news delivered to your inbox.", "Get the latest news in your inbox", "Get our free
     * daily newsletter." */
    if (chars <= 100 && !strncmp(low, "get ", 4) && !strchr(low, ',') &&
        (inbox_offer(low) || strstr(low, "newsletter")))
        return 1;
    /* the call to buy the magazine's print issue: "For more on the case, pick up the latest issue of Example, on
     * newsstands Friday", "Pick up the new issue of Example, on stands now" — the imperative opening the line
     * (or after "For more …,"), then the issue or the newsstand; not a story's "Fans lined up to pick up …" */
    if (chars <= 200) {
        const char *call = low;
        if (!strncmp(low, "for more ", 9)) {
            const char *comma = strchr(low, ',');
            call = comma ? comma + 1 + (comma[1] == ' ') : low;
        }
        /* the imperative and its object ("pick up the …", "grab a copy", "buy your …"): "Buy American rules
         * became an issue of …", "Pick up trucks were on stands …" are the story's */
        static const char *const buy_issue[] = {"pick up the ", "pick up a ", "pick up your ", "pick up our ",
                                                "pick up this ", "grab the ", "grab a ", "grab your ", "grab our ",
                                                "grab this ", "get your copy", "buy the ", "buy a ", "buy your ",
                                                "buy our ", "buy this "};
        /* the issue for sale: new, latest or of a month ("the May issue of Example") */
        static const char *const issue[] = {"newsstand", "on stands", "new issue", "latest issue", "current issue",
                                            "print issue", "january issue", "february issue", "march issue",
                                            "april issue", "may issue", "june issue", "july issue", "august issue",
                                            "september issue", "october issue", "november issue", "december issue"};
        if (pa_phrase_opens(call, strlen(call), PA_PHRASES(buy_issue)) && pa_phrase_in(call, PA_PHRASES(issue)))
            return 1;
    }
    /* the newsletter's pitch by its link: "Want all the latest birth announcements? Click here to get those and
     * more in the Example Babies newsletter." */
    if (chars <= 300 && strstr(low, "newsletter") && strstr(low, "click here"))
        return 1;
    /* the pointer to more behind a link: "For the latest celebrity news, click here." */
    static const char *const click_ends[] = {", click here", ", click here.", " click here.", ", click here!"};
    for (size_t i = 0; chars <= 100 && i < sizeof click_ends / sizeof click_ends[0]; i++) {
        size_t cl = strlen(click_ends[i]), ll = line->folded_len;
        if (ll > cl && !strcmp(low + ll - cl, click_ends[i]))
            return 1;
    }
    /* the promo set into the story, closed by its link: "Milestone Alert! Example tops charts as the fastest
     * growing news website in the world. Click here to know more." */
    if (chars <= 200) {
        size_t ll = pa_trim_tail(low, line->folded_len, ".!> ");
        if (ll > 23 && !strncmp(low + ll - 23, "click here to know more", 23))
            return 1;
    }
    /* the browser's push prompt: "Get push notifications with news, features and more.", "You'll get the
     * latest updates on this topic in your browser notifications." */
    if (chars <= 150 && (strstr(low, "push notifications") || strstr(low, "browser notifications")) &&
        (!strncmp(low, "get ", 4) || strstr(low, "you'll get") || strstr(low, "you\xe2\x80\x99ll get") ||
         strstr(low, "you will get")))
        return 1;
    /* the calls to the site's other channels, in the imperative: its app (app_download_call), "Subscribe to
     * Example on YouTube", "… wherever you get your podcasts." */
    if (app_download_call(low, chars))
        return 1;
    if (chars <= 80 && !strncmp(low, "subscribe to ", 13) && !strchr(low, ','))
        return 1;
    /* the e-paper's offer ending in "Click here to subscribe." */
    if (chars <= 300 && (strstr(low, "click here to subscribe") || strstr(low, "click here to sign up")))
        return 1;
    /* the sign-up box's own lines: "Sign up to our free Brexit email for the latest headlines …", "We use your
     * sign-up to provide content in ways you've consented to …", "Something went wrong, please try again later." */
    if (chars <= 200 && (!strncmp(low, "sign up to our free ", 20) || strstr(low, "we use your sign-up to")))
        return 1;
    if (chars <= 60 && !strncmp(low, "something went wrong", 20) && strstr(low, "try again"))
        return 1;
    /* the desk's pointer to its other pages and its app under the story: "Catch all the Business News, Market
     * News … on Example.", "Download The Example News App to get Daily Market Updates." */
    if (chars <= 250 && (!strncmp(low, "catch all the ", 14) || !strncmp(low, "(catch all the ", 15)) &&
        strstr(low, "news"))
        return 1;
    /* the same desk's line in another chain's words: "Get Latest India News along with Latest News and Top
     * Headlines from India and around the world.", its cricket app's "Catch every big hit, every wicket with
     * Example, a one stop destination for Live Scores, …" */
    if (chars <= 200 && !strncmp(low, "get latest ", 11) && strstr(low, "top headlines") && !reports_speech(low))
        return 1;
    if (chars <= 250 && !strncmp(low, "catch every big hit", 19) && strstr(low, "live scores"))
        return 1;
    /* the same pointer in a market portal's words: "Discover the latest Business News, Sensex, and Nifty updates.
     * Obtain Personal Finance insights, … on Example or download the Example App to stay updated!"; a paper's
     * "Stay updated with the latest news from India and around the world on Example." */
    if (chars <= 300 && !strncmp(low, "discover the latest ", 20) && strstr(low, " news") && strstr(low, " app"))
        return 1;
    /* "Get the latest Nigerian news on our app", "Read the latest Example e-paper" (the site's own app or paper) */
    /* (the app or paper ends the call: a council's "Get the latest traffic news on our app before you drive."
     * goes on) */
    size_t app_pitch_end = chars <= 80 ? pa_trim_tail(low, line->folded_len, ".! ") : 0;
    if (app_pitch_end > 16 && ((!strncmp(low, "get the latest ", 15) && !memcmp(low + app_pitch_end - 8, " our app", 8)) ||
                           (!strncmp(low, "read the latest ", 16) && !memcmp(low + app_pitch_end - 7, "e-paper", 7))) &&
        !reports_speech(low))
        return 1;
    /* "For all the latest India News, download Example Express App.", "Get live Stock Prices from BSE and NSE and
     * latest NAV, … Like us on Facebook and follow us on Twitter.", "Support quality journalism and subscribe to
     * Example Standard.", "(At Example, we are answerable only to our audience. Play an active role in shaping our
     * journalism by becoming a member. …)" */
    if (chars <= 150 && !strncmp(low, "for all the latest ", 19) && strstr(low, " download ") && strstr(low, " app"))
        return 1;
    if (chars <= 400 && !strncmp(low, "get live stock prices", 21))
        return 1;
    if (chars <= 150 && !strncmp(low, "support quality journalism", 26) &&
        (chars <= 30 || strstr(low, "subscri") || strstr(low, "member") || strstr(low, "contribut") ||
         strstr(low, "donat")))
        return 1; /* ("Support quality journalism was the slogan on the banners outside the newsroom …" is a story's) */
    /* a tech section's standing line under each story: "Find latest and upcoming tech gadgets online on Example
     * Gadgets. Get technology news, gadgets reviews & ratings. …" */
    if (chars <= 300 && !strncmp(low, "find latest and upcoming tech gadgets", 37))
        return 1;
    if (chars <= 300 && strstr(low, "journalism by becoming a member"))
        return 1;
    if (chars <= 150 && (!strncmp(low, "stay updated with the latest ", 29) ||
                         !strncmp(low, "stay updated with all the latest ", 33)) && strstr(low, "news") &&
        !reports_speech(low))
        return 1; /* (a health story's advice "Stay updated with the latest guidance from your doctor …" stays) */
    /* the subscription's offer and the paper's appeal set into the story: "Subscribe to EXAMPLE PLUS to get
     * access to The Example Daily & other 70+ titles …", "Support EXAMPLE TIMES' journalism of integrity and
     * credibility. Good journalism costs a lot of money. …" */
    if (chars <= 300 && !strncmp(low, "subscribe to ", 13) && strstr(low, " to get access to "))
        return 1;
    if (chars <= 400 && !strncmp(low, "support ", 8) && strncmp(low, "support for ", 12) &&
        (strstr(low, " journalism of ") || strstr(low, "journalism costs")) && !reports_speech(low))
        return 1; /* ("Support for journalism of this kind has dwindled …" is a story's) */
    /* a broadcaster's or a paper's offer closed by its call: "Watch every Premier League game live on Example
     * TV this season. Upgrade now", "… on our app. Subscribe today" (a sentence, then the call alone) */
    static const char *const closing_calls[] = {". upgrade now", ". subscribe now", ". subscribe today", ". join now",
                                                ". sign up now", ". sign up today", ". start your free trial",
                                                ". start free trial", ". get it now", ". learn more"};
    if (chars <= 200) {
        size_t n = pa_trim_tail(low, line->folded_len, ".!> ");
        for (size_t c = 0; c < sizeof closing_calls / sizeof closing_calls[0]; c++) {
            size_t cl = strlen(closing_calls[c]);
            if (n > cl && !strncmp(low + n - cl, closing_calls[c], cl))
                return 1;
        }
    }
    /* the network's call to register: "For more Example news and newsletters create an account at Example.com" */
    if (chars <= 150 && (strstr(low, "create an account") || strstr(low, "create a free account")) &&
        (strstr(low, "newsletters") || (!strncmp(low, "for more ", 9) && strncmp(low, "for more than ", 14))))
        return 1;
    /* the portal's pointer to its news under each story: "Read the latest financial and business news from
     * Example Finance", "Get the latest sports news from Example" (no sentence of its own) */
    if (chars <= 120 && (!strncmp(low, "read the latest ", 16) || !strncmp(low, "get the latest ", 15)) &&
        strstr(low, " news from ") && low[line->folded_len - 1] != '.' && !strstr(low, ". "))
        return 1;
    /* the syndication notice: "(This story has not been edited by staff and is auto-generated from a
     * syndicated feed.)", "This story has been published from a wire agency feed without modifications …"; the
     * column's disclaimer "Views expressed above are the author's own." */
    if (chars <= 300 && (strstr(low, "from a syndicated feed") || strstr(low, "from a wire agency feed")))
        return 1;
    /* its other wordings: "(This story is auto-generated from a syndicated news feed, Example Staff may not have
     * modified or edited the content body)", "This report is auto-generated from Press Trust of India news
     * service. Example holds no responsibility for its content." */
    if (chars <= 300 && (strstr(low, "from a syndicated news feed") ||
                         (strstr(low, "auto-generated from ") && (strstr(low, " feed") || strstr(low, "news service")))) &&
        (!strncmp(low, "this ", 5) || !strncmp(low, "(this ", 6)))
        return 1; /* (the note speaks of this story: "Each flood alert is auto-generated from the weather service's
                   * feed and sent within a minute." is a story's) */
    /* the translation desk's note under a story first printed in another language: "* This report, originally
     * published in the Bangla edition of Example, has been rewritten in English by Jane Roe." */
    /* (the translator's names end the note: a story's "… was rewritten in English by the court clerk for the
     * appeal." names a clerk) */
    const char *rewritten = chars <= 250 && strstr(low, "rewritten in english by ") ?
                                strstr(line->text, "rewritten in English by ") : NULL; /* (low is folded: read the text) */
    if (rewritten && pa_credited_names(rewritten + 24, line->len - (size_t)(rewritten - line->text) - 24))
        return 1;
    if (chars <= 200 && (strstr(low, "views expressed above are") || strstr(low, "are the author's own") ||
                         strstr(low, "are the author\xe2\x80\x99s own")))
        return 1;
    /* "Sign up for our daily headlines email", "Sign up for breaking news alerts", "Sign up for our Asia
     * business briefing, delivered every weekday morning." (the site's news, its briefing or newsletter named by
     * a call that opens the line; the county's "Sign up for
     * emergency alerts at example.gov" is a story's advice) */
    if (chars <= 100 && (strstr(low, "sign up for our ") || (!strncmp(low, "sign up for ", 12) && strstr(low, "news"))) &&
        (strstr(low, "headlines") || strstr(low, "alerts") || strstr(low, "emails") || strstr(low, "updates") ||
         (!strncmp(low, "sign up for our ", 16) && (strstr(low, "briefing") || strstr(low, "newsletter")))) &&
        !reports_speech(low))
        return 1;
    /* the call after the site's question to the reader: "Missing out on the latest scoops? Sign up for Morning
     * Example for in-depth coverage of farm policy." (the question first, then the call, and the site's
     * coverage, briefing or edition offered; a story's "Want to help? Sign up for the cleanup at the library."
     * offers none) */
    const char *asked_first = chars <= 200 ? strstr(low, "? ") : NULL;
    /* (the site's own offer named: "the weekly cleanup", "the daily shuttle" are a town's) */
    static const char *const sent_daily[] = {"coverage", "briefing", "scoops", "newsletter", "inbox"};
    if (asked_first && asked_first - low <= 80 &&
        (!strncmp(asked_first + 2, "sign up for ", 12) || !strncmp(asked_first + 2, "sign up to ", 11)) &&
        pa_phrase_in(asked_first + 2, PA_PHRASES(sent_daily)) && !reports_speech(low))
        return 1;
    /* the wire's pitch closed by its link: "Get poll alerts and updates on the Top 25 throughout the season.
     * Sign up here." (its own sentence last, after a newsletter or an offer of alerts or updates that opens the
     * line with its call, "Get"/"Receive"/"Stay"; a story's "The county offers email updates on the project. Sign up
     * here." tells what the county offers) */
    size_t pitch_end = chars <= 200 ? pa_trim_tail(low, line->folded_len, ".! ") : 0;
    if (pitch_end > 14 && !memcmp(low + pitch_end - 14, ". sign up here", 14) &&
        (strstr(low, "newsletter") ||
         ((!strncmp(low, "get ", 4) || !strncmp(low, "receive ", 8) || !strncmp(low, "stay ", 5)) &&
          (strstr(low, "alerts") || strstr(low, "updates")))) &&
        !reports_speech(low))
        return 1;
    /* a station's call to its live news: "Watch Example 5 News live for more on this developing story." */
    if (chars <= 100 && !strncmp(low, "watch ", 6) && strstr(low, " news live") && !reports_speech(low))
        return 1;
    if (chars <= 200 && (strstr(low, "wherever you get your podcasts") ||
                         (strstr(low, "podcast") && listen_anywhere_call(low, line->folded_len) &&
                          !reports_speech(low))))
        return 1; /* ("… our daily podcast. Subscribe on Apple Podcasts, Spotify or wherever you listen.") */
    /* the site's event promoted over or inside the story: "Join gaming leaders online at Example Summit this
     * November 9-10. Learn more about what comes next.", "Join us for the world's leading event on …
     * Register here" — an invitation opening the line, the event, and the call to register */
    static const char *const event[] = {"summit", "conference", "event", "webinar", "festival", "expo"};
    static const char *const event_call[] = {"learn more",       "register now",    "register today",
                                             "register here",    "register for free", "get tickets",
                                             "get your tickets", "buy tickets",     "save your spot",
                                             "save your seat",   "reserve your",    "rsvp"};
    if (chars <= 250 && !strncmp(low, "join ", 5) && pa_phrase_in(low, PA_PHRASES(event)) &&
        pa_phrase_in(low, PA_PHRASES(event_call)))
        return 1;
    /* the audio version's notes under a long read: "Audio produced by Jane Doe.", "Narrated by Jane Doe",
     * "To hear more feature stories, get the Audm app for iPhone.", "Listen to more stories on audm" */
    static const char *const audio_credit[] = {"audio produced by ", "audio narration by ", "narrated by ",
                                               "audio version produced by ", "audio editing by ",
                                               "audio recording by ", "narration by ", "read by "};
    for (size_t a = 0; chars <= 120 && a < sizeof audio_credit / sizeof audio_credit[0]; a++) {
        size_t al = strlen(audio_credit[a]);
        if (!strncmp(low, audio_credit[a], al) && line->len > al && pa_credited_names(line->text + al, line->len - al))
            return 1;
    }
    /* the player's own lines: "Hear this story", "Listen to an audio version of this article", "An audio
     * version of this story is available here.", its clock "0:00 / 25:14" */
    static const char *const audio_offer[] = {"hear this story", "hear this article", "listen to an audio version",
                                              "listen to the audio version", "an audio version of this story",
                                              "an audio version of this article"};
    if (chars <= 100 && pa_phrase_opens(low, line->folded_len, PA_PHRASES(audio_offer)))
        return 1;
    if (chars <= 20 && strchr(low, ':') && strspn(low, "0123456789:/ ") == line->folded_len)
        return 1;
    static const char *const audio_app[] = {"to hear more ", "listen to more ", "to listen to more "};
    /* (the app named with the call to get it: "To hear more about the app, residents …", "To hear more
     * appeals, the court …" are the story's) */
    const char *app = strstr(low, " app");
    int get_app = app && !isalpha((unsigned char)app[4]) &&
                  (strstr(low, "get the ") || strstr(low, "download") || strstr(low, "in the "));
    if (chars <= 200 && (pa_phrase_opens(low, line->folded_len, PA_PHRASES(audio_app)) || strstr(low, "download audm")) &&
        (strstr(low, "audm") || strstr(low, "audio") || get_app) && !reports_speech(low))
        return 1;
    /* "Listen to Example, our new weekly podcast about …", "Subscribe to our podcast, Example." */
    if (chars <= 150 && (!strncmp(low, "listen to ", 10) || !strncmp(low, "subscribe to ", 13)) &&
        strstr(low, "podcast"))
        return 1;
    /* the publisher's disclaimer: "The views expressed … do not necessarily reflect the views of …";
     * a story's own sentence about a report's views names no post, article or author */
    static const char *const whose[] = {
        "views expressed", "opinions expressed", "disclaimer", "this article", "this blog", "this post",
        "the author", "are their own",
    };
    if (chars <= 300 && (strstr(low, "not necessarily reflect") || strstr(low, "not necessarily represent")) &&
        pa_phrase_in(low, PA_PHRASES(whose)))
        return 1;
    /* what the reader is asked to sign up for: a newsletter, e-mail alerts,
     * a letter to the editor ("Log in to set up automated email alerts",
     * "Click to login and write a letter to the editor") */
    static const char *const offers[] = {"newsletter", "inbox"};
    static const char *const offers_on_click[] = {"email alert", "e-mail alert", "letter to the editor"};
    if (chars > 300 || !(pa_phrase_in(low, PA_PHRASES(offers)) ||
                         (pa_phrase_in(low, PA_PHRASES(offers_on_click)) &&
                          (strstr(low, "click") || strstr(low, "sign up") || strstr(low, "register")))))
        return 0;
    /* the call to sign up, not a story's "subscribers" or "signed up" */
    static const char *const calls[] = {"sign up", "signup", "subscribe", "zapisz się", "log in to", "login to",
                                        "log in and", "login and", "log in or", "login or"};
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
        for (const char *c = strstr(low, calls[i]); c; c = strstr(c + 1, calls[i]))
            if (!isalpha((unsigned char)c[strlen(calls[i])]))
                return 1;
    return 0;
}

/* Does low hold a keyboard shortcut "ctrl+<key>" ("Ctrl+Enter", "ctrl - enter",
 * "Ctrl + Insert")? */
static int holds_ctrl_key(const char *low, const char *key)
{
    for (const char *c = pa_strstr(low, "ctrl"); c; c = pa_strstr(c + 4, "ctrl")) {
        const char *q = c + 4;
        int joiner = 0;
        while (*q == ' ' || *q == '+' || *q == '-')
            joiner += *q++ != ' ';
        if (joiner == 1 && !strncmp(q, key, strlen(key)))
            return 1;
    }
    return 0;
}

/* Does a call open at low[at] (a folded line): at the line's start, or
 * after a question, an exclamation, a bracket or a non-ASCII mark (an
 * emoji), spaces aside ("Enjoy the post? Pin it", "[Let's hang out",
 * "📌 Pin it")?  Not after a word or a full stop: a story's sentence
 * ending with the same words ("… lets users save a product and pin it for
 * later", "… the same way: let's connect on Facebook"). */
static int call_opens_at(const char *low, size_t at)
{
    while (at && low[at - 1] == ' ')
        at--;
    return at == 0 || strchr("?![(", low[at - 1]) || (unsigned char)low[at - 1] >= 0x80;
}

/* Does low[0..k) (a folded line) end with a blog's call to save the post or
 * follow the blog on a network, its closing marks ("!", ".", "]", ")")
 * aside, the call opening as one does (call_opens_at): "pin it for later"
 * or "pin this for later", or "let's hang out on", "come hang out on",
 * "let's connect on" before a network's name ("Instagram", "Pinterest")?
 * Bounded by k. */
static int social_call_closes(const char *low, size_t k)
{
    k = pa_trim_tail(low, k, "!.]) ");
    static const char *const pins[] = {"pin it for later", "pin this for later", "pin me for later",
                                       "pin this post for later"};
    for (size_t i = 0; i < sizeof pins / sizeof pins[0]; i++) {
        size_t pl = strlen(pins[i]);
        if (k >= pl && !memcmp(low + k - pl, pins[i], pl) && call_opens_at(low, k - pl))
            return 1;
    }
    static const char *const networks[] = {"instagram", "pinterest", "facebook", "tiktok", "youtube"};
    static const char *const hangs[] = {"let's hang out on ", "come hang out on ", "let's connect on ",
                                        "let's be friends on "};
    for (size_t i = 0; i < sizeof networks / sizeof networks[0]; i++) {
        size_t nl = strlen(networks[i]);
        if (k < nl || memcmp(low + k - nl, networks[i], nl))
            continue;
        for (size_t h = 0; h < sizeof hangs / sizeof hangs[0]; h++) {
            size_t hl = strlen(hangs[h]);
            if (k >= nl + hl && !memcmp(low + k - nl - hl, hangs[h], hl) && call_opens_at(low, k - nl - hl))
                return 1;
        }
    }
    return 0;
}

/* A line of the site's reader services around the story, in the languages
 * of the press pages: the typo report ("Нашли опечатку? Выделите ее и
 * нажмите Ctrl+Enter", "Spotted a mistake? Select it and press Ctrl+Enter"),
 * the quote tool ("select a fragment and press Ctrl+Insert"), a call to
 * follow the site on social networks ("Присоединяйтесь к нам на Facebook,
 * Twitter", "Jesteśmy też na Facebooku! Dołącz do nas!", "Follow us on:")
 * and the log-in prompt of the comment or rating form ("Zaloguj się lub
 * zarejestruj, aby dodać komentarz", "Зарегистрируйтесь или войдите, чтобы
 * оставить комментарий").  A story's sentence about Facebook calls no one
 * to join or follow; these calls stand alone on short lines. */
/* Does low (a lower-cased line) give a trade magazine's reader-service
 * number, the reply card's code for a product item or an advertiser:
 * "Circle 141 on reader service card.", "Reader Service No. 212", "For more
 * information, enter RSN 45 at www.example.com/rsn" (the number beside the
 * words; "the reader service card was dropped in 2009" names none)?  low is
 * line's lower-cased text. */
static int reader_service_number(const pa_line *line, const char *low)
{
    const char *r = strstr(low, "reader service");
    if (r) {
        const char *c = strstr(low, "circle ");
        if (c && c < r && isdigit((unsigned char)c[7]))
            return 1;
        const char *a = r + 14;
        a += strspn(a, " ");
        if (!strncmp(a, "no.", 3) || !strncmp(a, "no ", 3))
            a += 3;
        else if (!strncmp(a, "number", 6))
            a += 6;
        else if (*a == '#')
            a++;
        a += strspn(a, " :");
        if (isdigit((unsigned char)*a))
            return 1;
    }
    for (const char *q = low; (q = strstr(q, "rsn ")) != NULL; q += 4)
        if ((q == low || !isalnum((unsigned char)q[-1])) && (isdigit((unsigned char)q[4]) || q[4] == '#'))
            return 1;
    return 0;
}

int pa_line_reader_service(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 250)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    if (holds_ctrl_key(low, "enter") || holds_ctrl_key(low, "insert"))
        return 1;
    if (reader_service_number(line, low))
        return 1;
    /* the paper's channel announced: "Example Standard is now on Telegram. For insightful reports …, subscribe to
     * our Telegram channel", "The Example is now on WhatsApp. Follow our channel for …" */
    static const char *const channels[] = {"whatsapp", "telegram", "google news", "instagram", "threads"};
    /* the call to the reader for the paper's own channel ("Follow our channel", "subscribe to our Telegram
     * channel"): a tech story's "Threads is now on the desktop web for all users, who can follow accounts, join
     * conversations …" or "The Vatican's press office is now on WhatsApp too: its channel …" is no call */
    static const char *const channel_calls[] = {"our channel", "our telegram", "our whatsapp", "our google news",
                                                "our instagram", "our threads", "follow us", "join us"};
    /* (and the line says "our" or "us": rev3's "The county's service is now on WhatsApp, and residents who join
     * its channel …" stays) */
    if (strstr(low, " is now on ") && pa_phrase_in(low, PA_PHRASES(channels)) &&
        pa_phrase_in(low, PA_PHRASES(channel_calls)) && !reports_speech(low) &&
        (strstr(low, " our ") || strstr(low, " us ") || strstr(low, " us.")))
        return 1;
    if (chars > 120)
        return 0;
    /* a blog's call closing its line: "Enjoy the post? Pin it for later!", "[Want more design tips? Let's hang out
     * on Instagram!]" (a story's "Let's hang out on Instagram, she wrote, and …" goes on after it) */
    const char *folded = pa_line_folded_under(line, 1024);
    if (folded && social_call_closes(folded, line->folded_len))
        return 1;
    /* the label of a reader tool: rating, bookmarking, the blog-embed code,
     * the print version, sending to a friend */
    static const char *const tools[] = {
        "оцените статью", "оцените, пожалуйста, статью", "код для блога", "код для размещения в блоге",
        "показать окно с кодом", "версия для печати", "добавить в закладки", "отправить другу", "poleć artykuł",
        "poleć link znajomemu", "wyślij znajomemu", "wersja do druku", "oceń artykuł",
    };
    size_t k = strlen(low);
    for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++) {
        size_t tl = strlen(tools[i]);
        if (!strncmp(low, tools[i], tl) && (k == tl || strchr(":.! ", low[tl])) && chars <= 60)
            return 1;
    }
    if (!strncmp(low, "follow us", 9) && chars <= 40)
        return 1;
    /* "For more news, follow us on X" (the network named, one to three words, and the line ends: "For more
     * details, follow us on the trail from the village to the lake." is a guide's sentence) */
    const char *follow_on = chars <= 60 && !strncmp(low, "for more ", 9) ? strstr(low, ", follow us on ") : NULL;
    if (follow_on) {
        size_t spaces = 0;
        for (const char *c = follow_on + 15; *c; c++)
            spaces += *c == ' ';
        if (spaces <= 2)
            return 1;
    }
    static const char *const networks[] = {
        "facebook", "twitter", "вконтакте", "в контакте", "одноклассник", "instagram", "telegram", "youtube", "whatsapp",
        "социальных сетях", "соцсетях", "serwisach społecznościowych", "google news", "google actualités",
        "google noticias", "google notícias",
    };
    /* the calls: "Follow Example on Google News for all the latest news.", "Get the latest news delivered
     * to your WhatsApp. Join our channel.", "Tell us your story: Send a message to our WhatsApp number …" */
    static const char *const calls[] = {
        "присоединяйтесь", "подписывайтесь", "читайте нас", "читайте новости", "следите за нами", "мы в ",
        "dołącz do nas", "jesteśmy na", "jesteśmy też na", "jesteśmy również na", "śledź nas", "polub nas",
        "join us on", "like us on", "find us on", "follow us on", "visit us on", "polub ", "join our ", "our whatsapp",
        "our telegram", "whatsapp channel", "telegram channel", "on google news",
        /* and in Spanish, French, Portuguese, Italian, German, Dutch and Catalan: "Síguenos en …", "Suivez-nous
         * sur …", "Siga o Example no Instagram", "Seguici anche sul nostro canale WhatsApp", "Folgen Sie uns auf …" */
        "síguenos", "siguenos", "suivez-nous", "siga-nos", "siga o ", "siga a ", "seguici", "folgen sie uns",
        "volg ons", "segueix-nos", "nuestro canal", "notre chaîne", "nosso canal", "nostro canale",
        "unserem whatsapp", "unseren whatsapp",
    };
    if (pa_phrase_in(low, PA_PHRASES(networks)) &&
        (pa_phrase_in(low, PA_PHRASES(calls)) || !strncmp(low, "join ", 5) ||
         (!strncmp(low, "follow ", 7) && !reports_speech(low)) ||
         (low[0] == '(' && low[k - 1] == ')' && strstr(low, "follow "))))
        return 1; /* "(For updates you can share with your friends, follow Example on Facebook, Twitter)" */
    /* the call to the site's channel: "Subscribe to our channels on YouTube, Telegram & WhatsApp", "Keep up with
     * the latest news, subscribe to our YouTube channel" (not a call told of: "Subscribe to our channel, the
     * YouTuber urged fans in the video") */
    static const char *const channel_subscribe[] = {"subscribe to our channel", "subscribe to our youtube"};
    if (pa_phrase_in(low, PA_PHRASES(channel_subscribe)) && pa_phrase_in(low, PA_PHRASES(networks)) &&
        !reports_speech(low) && !reports_writing(low))
        return 1;
    /* the same calls in the words of dailies in Africa and Asia, on a short line: "Like our Facebook page for
     * more news", "Get the latest news on WhatsApp", "For the latest news, join the Example channel on Telegram" */
    /* (the call opens the line, or its label: "PAY ATTENTION: Get the latest news …"; a story's "The ministry
     * said farmers could get the latest news on WhatsApp" and "Like our neighbors, we use Facebook …" stay) */
    static const char *const short_calls[] = {"like our facebook", "like our page", "like our official",
                                              "get the latest news", "for the latest news", "join ", "we're now on ",
                                              "get real-time updates", "get real time updates",
                                              "we are now on ", "we\xe2\x80\x99re now on "};
    const char *labelled = strstr(low, ": ");
    if (chars <= 80 && pa_phrase_in(low, PA_PHRASES(networks)) &&
        (pa_phrase_opens(low, k, PA_PHRASES(short_calls)) ||
         (labelled && labelled - low <= 20 && pa_phrase_opens(labelled + 2, k - (size_t)(labelled + 2 - low),
                                                              PA_PHRASES(short_calls)))))
        return 1;
    /* a desk's call naming itself: "Like Business on Facebook, follow @ExampleBiz on Twitter to stay informed and
     * join in the conversation." (the section liked, an account followed by its handle) */
    if (!strncmp(low, "like ", 5) && strstr(low, " on facebook") && strstr(low, "follow @") && !reports_speech(low))
        return 1; /* ("Like many riders on Facebook, she said she would follow @LakesideFerry …" is a story's) */
    /* the call after its label: "Stay connected: Follow the department on X and Facebook. Subscribe to news
     * releases by email." (a government release's last line) */
    if (labelled && labelled - low <= 20 && !strncmp(labelled + 2, "follow ", 7) &&
        pa_phrase_in(low, PA_PHRASES(networks)) && !reports_speech(low))
        return 1;
    static const char *const login[] = {
        "чтобы оставить комментарий", "чтобы комментировать", "zaloguj się lub zarejestruj",
        "aby dodać komentarz", "aby skomentować", "log in to comment", "log in to leave a comment",
        "sign in to comment", "login to post comments", "log in or register to post comments",
    };
    return pa_phrase_in(low, PA_PHRASES(login));
}

/* Does t, a Chinese line, report someone's speech or quote them: a
 * speaker's verb before a comma ("业内人士指出，", "律师王明表示，": 指出 表示
 * 认为 强调 称 提醒 with "，"), or an opening quotation mark (“, 「)?  A
 * site's disclaimer ("本站声明：…仅供参考…风险自负") speaks for itself and
 * quotes no one; a story's sentence on such terms reports them. */
static int zh_reports_speech(const char *t)
{
    static const char *const marks[] = {
        "\xe6\x8c\x87\xe5\x87\xba\xef\xbc\x8c", /* 指出， */
        "\xe8\xa1\xa8\xe7\xa4\xba\xef\xbc\x8c", /* 表示， */
        "\xe8\xae\xa4\xe4\xb8\xba\xef\xbc\x8c", /* 认为， */
        "\xe5\xbc\xba\xe8\xb0\x83\xef\xbc\x8c", /* 强调， */
        "\xe7\xa7\xb0\xef\xbc\x8c",                 /* 称， */
        "\xe6\x8f\x90\xe9\x86\x92\xef\xbc\x8c", /* 提醒， */
        "\xe2\x80\x9c",                                 /* “ */
        "\xe3\x80\x8c",                                 /* 「 */
    };
    return (pa_phrase_in)(t, PA_PHRASES(marks));
}

/* Does the Korean or Japanese line low close on its ban ("… 재배포 금지",
 * "… 금지.", "…금지>", "… DB 금지]", "…無断転載を禁じます。", "…禁止します。"):
 * after the last 금지 or 禁, only a polite verb ending (합니다, 됩니다, じます,
 * 止します, 止) and closing marks?  A story's sentence about reprinting goes
 * on ("…무단전재와 재배포를 금지하고, … 부과한다.", "…無断転載を禁止し、…"). */
static int ko_ja_ban_closes(const char *low)
{
    const char *last = NULL;
    for (const char *c = low; (c = pa_strstr(c, "\xea\xb8\x88\xec\xa7\x80")) != NULL; c += 6) /* 금지 */
        last = c + 6;
    for (const char *c = low; (c = pa_strstr(c, "\xe7\xa6\x81")) != NULL; c += 3) /* 禁 */
        if (!last || c + 3 > last)
            last = c + 3;
    if (!last)
        return 0;
    static const char *const endings[] = {
        "\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4",             /* 합니다 */
        "\xeb\x90\xa9\xeb\x8b\x88\xeb\x8b\xa4",             /* 됩니다 */
        "\xe3\x81\x98\xe3\x81\xbe\xe3\x81\x99",             /* じます */
        "\xe6\xad\xa2\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99", /* 止します */
        "\xe6\xad\xa2",                                     /* 止 */
    };
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++)
        if (!strncmp(last, endings[i], strlen(endings[i]))) {
            last += strlen(endings[i]);
            break;
        }
    static const char *const marks[] = {".", " ", ">", "]", ")", "\xe3\x80\x82", "\xef\xbc\x9e", "\xe3\x80\x91",
                                        "\xef\xbc\x89", "\xef\xbc\xbd"}; /* 。 ＞ 】 ） ］ */
    for (int guard = 0; *last && guard < 8; guard++) {
        size_t k = 0;
        while (k < sizeof marks / sizeof marks[0] && strncmp(last, marks[k], strlen(marks[k])))
            k++;
        if (k == sizeof marks / sizeof marks[0])
            return 0;
        last += strlen(marks[k]);
    }
    return !*last;
}

/* A notice that the site's texts may not be reproduced without its written
 * consent ("Żadna część … nie może być powielana … bez pisemnej zgody …",
 * "… не подлежат последующему воспроизведению … кроме как с письменного
 * разрешения …", "… may not be reproduced without the prior written
 * permission of …") or only with a link to the site ("Использование
 * материалов … разрешается при условии ссылки …"): the publisher's rights
 * line, at any length up to a long paragraph.  Both the ban and the consent
 * it waits for must be there.  Also a broadcaster's notice that its
 * transcript is a draft ("… transcripts may vary", "rush transcript"), and
 * the Chinese, Korean, Japanese and Indonesian or Malay rights lines that
 * extract_lines.h lists. */
int pa_line_reprint_notice(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 800)
        return 0;
    const char *low = pa_line_lower_under(line, 2048);
    if (!low)
        return 0;
    /* a broadcaster's transcript notice: "Accuracy and availability of … transcripts may vary. Transcript
     * text may be revised …", "This is a rush transcript. … may not be in its final form." */
    static const char *const draft[] = {"may vary", "may be revised", "may not be in its final form",
                                        "rush transcript"};
    if (chars <= 400 && strstr(low, "transcript") && pa_phrase_in(low, PA_PHRASES(draft)))
        return 1;
    /* a podcast's note on its machine transcript: "This transcript was machine generated and may not exactly
     * reflect the audio.", "Transcript generated by machine and edited for clarity.", "Transcripts are generated
     * using … speech recognition software … and may contain errors." — the transcript the subject opening the
     * line, a machine its maker (a story's "Transcripts show the senator …" or "Transcript requests come in every
     * week" names none) */
    static const char *const transcript_subject[] = {"this transcript ", "transcripts ", "transcript ",
                                                     "note: this transcript ", "the transcript of this episode ",
                                                     "this episode's transcript ", "this is an automated transcript",
                                                     "this is an automatically generated transcript"};
    static const char *const by_machine[] = {"machine generated", "machine-generated", "generated by machine",
                                             "generated automatically", "automatically generated", "auto-generated",
                                             "speech recognition", "speech-to-text", "may contain errors",
                                             "automated transcript", "transcribed by ai", "generated by ai"};
    if (chars <= 300 && (low[0] == 't' || low[0] == 'n') &&
        pa_phrase_opens(low, strlen(low), PA_PHRASES(transcript_subject)) && pa_phrase_in(low, PA_PHRASES(by_machine)) &&
        !reports_speech(low))
        return 1; /* (not a story's "Transcripts may contain errors, the judge warned, …": the notice speaks itself) */
    /* the Chinese portal's reprint line: "本文为X原创，转载请联系授权。", "未经书面授权禁止转载", "不得轉載" */
    static const char *const zh_ban[] = {
        "\xe8\xbd\xac\xe8\xbd\xbd\xe8\xaf\xb7", /* 转载请 */
        "\xe7\xa6\x81\xe6\xad\xa2\xe8\xbd\xac\xe8\xbd\xbd", /* 禁止转载 */
        "\xe4\xb8\x8d\xe5\xbe\x97\xe8\xbd\xac\xe8\xbd\xbd", /* 不得转载 */
        "\xe8\xb0\xa2\xe7\xbb\x9d\xe8\xbd\xac\xe8\xbd\xbd", /* 谢绝转载 */
        "\xe4\xb8\xa5\xe7\xa6\x81\xe8\xbd\xac\xe8\xbd\xbd", /* 严禁转载 */
        "\xe8\xbd\x89\xe8\xbc\x89\xe8\xab\x8b", /* 轉載請 */
        "\xe7\xa6\x81\xe6\xad\xa2\xe8\xbd\x89\xe8\xbc\x89", /* 禁止轉載 */
        "\xe4\xb8\x8d\xe5\xbe\x97\xe8\xbd\x89\xe8\xbc\x89", /* 不得轉載 */
        "\xe8\xac\x9d\xe7\xb5\x95\xe8\xbd\x89\xe8\xbc\x89", /* 謝絕轉載 */
    };
    if (chars <= 150 && pa_phrase_in(line->text, PA_PHRASES(zh_ban)))
        return 1;
    /* the Korean and Japanese rights lines: "무단전재 및 재배포 금지", "<저작권자(c) X, 무단 전재-재배포, AI 학습
     * 및 활용 금지>", a portal's picture credit "[X 제공. 재판매 및 DB 금지]", "記事・写真の無断転載を禁じます":
     * copying without leave, and its ban (금지, 禁) */
    static const char *const ko_ja_copying[] = {
        "\xeb\xac\xb4\xeb\x8b\xa8\xec\xa0\x84\xec\x9e\xac",     /* 무단전재 */
        "\xeb\xac\xb4\xeb\x8b\xa8 \xec\xa0\x84\xec\x9e\xac",    /* 무단 전재 */
        "\xeb\xac\xb4\xeb\x8b\xa8\xeb\xb3\xb5\xec\xa0\x9c",     /* 무단복제 */
        "\xec\x9e\xac\xed\x8c\x90\xeb\xa7\xa4 \xeb\xb0\x8f db", /* 재판매 및 db */
        "\xe7\x84\xa1\xe6\x96\xad\xe8\xbb\xa2\xe8\xbc\x89",     /* 無断転載 */
        "\xe7\x84\xa1\xe6\x96\xad\xe3\x81\xa7\xe8\xbb\xa2\xe8\xbc\x89", /* 無断で転載 */
        "\xe7\x84\xa1\xe6\x96\xad\xe8\xa4\x87\xe8\xa3\xbd",     /* 無断複製 */
    };
    static const char *const ko_ja_banned[] = {"\xea\xb8\x88\xec\xa7\x80", "\xe7\xa6\x81"}; /* 금지 禁 */
    if (chars <= 150 && pa_phrase_in(low, PA_PHRASES(ko_ja_copying)) && pa_phrase_in(low, PA_PHRASES(ko_ja_banned)) &&
        ko_ja_ban_closes(low))
        return 1;
    /* the reprinting site's disclaimer: "外汇网转载上述内容，不表明证实其描述" (reprinted, no
     * endorsement), "仅供投资者参考 … 风险自担" (for reference only, at the reader's risk); ≤ 200 chars */
    static const char *const reprinted[] = {"\xe8\xbd\xac\xe8\xbd\xbd", "\xe8\xbd\x89\xe8\xbc\x89"}; /* 转载 轉載 */
    static const char *const disowned[] = {
        "\xe4\xb8\x8d\xe8\xa1\xa8\xe6\x98\x8e", /* 不表明 */
        "\xe4\xb8\x8d\xe4\xbb\xa3\xe8\xa1\xa8", /* 不代表 */
        "\xe4\xb8\x8d\xe8\xa1\xa8\xe7\xa4\xba", /* 不表示 */
    };
    static const char *const risk[] = {
        "\xe9\xa3\x8e\xe9\x99\xa9\xe8\x87\xaa\xe8\xb4\x9f", /* 风险自负 */
        "\xe9\xa3\x8e\xe9\x99\xa9\xe8\x87\xaa\xe6\x8b\x85", /* 风险自担 */
        "\xe9\xa2\xa8\xe9\x9a\xaa\xe8\x87\xaa\xe8\xb2\xa0", /* 風險自負 */
        "\xe9\xa2\xa8\xe9\x9a\xaa\xe8\x87\xaa\xe6\x93\x94", /* 風險自擔 */
    };
    static const char *const reference[] = {"\xe4\xbb\x85\xe4\xbe\x9b", "\xe5\x83\x85\xe4\xbe\x9b"}; /* 仅供 僅供 */
    if (chars <= 200 &&
        ((pa_phrase_in(line->text, PA_PHRASES(reprinted)) && pa_phrase_in(line->text, PA_PHRASES(disowned))) ||
         (pa_phrase_in(line->text, PA_PHRASES(risk)) && pa_phrase_in(line->text, PA_PHRASES(reference)))) &&
        !zh_reports_speech(line->text))
        return 1;
    static const char *const copying[] = {
        "powiel", "rozpowszechnian", "kopiowan", "воспроизвед", "распростран", "перепечат", "копирован",
        "reproduc", "redistribut", "republish",
    };
    static const char *const consent[] = {
        "bez pisemnej zgody", "bez zgody wydawcy", "письменного разрешения", "письменного согласия",
        "written permission", "written consent",
        "izin tertulis", "kebenaran bertulis", /* Indonesian, Malay: "tanpa izin tertulis dari …" */
    };
    if (pa_phrase_in(low, PA_PHRASES(copying)) &&
        pa_phrase_in(low, PA_PHRASES(consent)))
        return 1;
    /* taking, copying, quoting or crawling (Indonesian, Malay, the AI crawlers' word) without written leave is
     * the notice only with its ban ("Dilarang keras mengambil konten, melakukan crawling … tanpa izin tertulis");
     * without it, a story's sentence ("tersangka menyalin data … tanpa izin tertulis dari bank", "the startup's
     * crawling of the archive without written permission") */
    static const char *const taking[] = {"crawling", "mengambil konten", "menyalin", "mengutip", "menerbitkan semula"};
    static const char *const banned[] = {"dilarang", "tidak dibenarkan", "tidak diperkenankan", "prohibited",
                                         "forbidden", "not permitted"};
    if (pa_phrase_in(low, PA_PHRASES(taking)) && pa_phrase_in(low, PA_PHRASES(consent)) &&
        pa_phrase_in(low, PA_PHRASES(banned)))
        return 1;
    /* the ban alone, in the notice's own words: "Not to be reproduced without permission of …",
     * "This material may not be published, broadcast, rewritten or redistributed." */
    static const char *const ban[] = {
        "not to be reproduced", "may not be reproduced", "may not be republished", "may not be published, broadcast",
    };
    if (chars <= 300 && pa_phrase_in(low, PA_PHRASES(ban)))
        return 1;
    /* the plea to bloggers: "Пожалуйста, … не перепечатывайте в блогах статьи целиком …, не забывайте ставить
     * ссылки на полный текст на нашем сайте" (the ban on reprinting, then the link asked for to "our" site; not
     * a quote in the story: "«… не перепечатывайте мои снимки без ссылки на автора …», — сказал фотограф") */
    if (chars <= 300 && strstr(low, "не перепечатывайте") && strstr(low, "ссылк") && strstr(low, "наш") &&
        !strstr(low, "\xc2\xab") && !strstr(low, "\xe2\x80\x9c") && !strstr(low, "\xe2\x80\x9e")) /* « “ „ */
        return 1;
    /* reuse allowed with a link: "… разрешается при условии ссылки …", "ссылка на … обязательна" */
    return chars <= 300 && strstr(low, "материал") &&
           (strstr(low, "при условии ссылки") || strstr(low, "при условии гиперссылки") ||
            (strstr(low, "ссылка") && strstr(low, "обязательна")));
}

/* Does low hold an hour of the clock, "21:04" or "9:30" (one or two
 * digits, a colon, two digits, no digit after)? */
static int holds_clock_time(const char *low)
{
    for (const char *c = strchr(low, ':'); c; c = strchr(c + 1, ':')) {
        if (c == low || !isdigit((unsigned char)c[-1]) || !isdigit((unsigned char)c[1]) ||
            !isdigit((unsigned char)c[2]) || isdigit((unsigned char)c[3]))
            continue;
        if (c - low < 3 || !isdigit((unsigned char)c[-3]))
            return 1;
    }
    return 0;
}

/* Does d open with a German day, "12.03." or "1.3." (one or two digits, a
 * dot, one or two digits, a dot)?  Reads 6 bytes at most, stopping at
 * the NUL. */
static int german_day(const char *d)
{
    size_t at = 0;
    for (int part = 0; part < 2; part++) {
        size_t digits = 0;
        while (digits < 2 && isdigit((unsigned char)d[at]))
            at++, digits++;
        if (!digits || d[at] != '.')
            return 0;
        at++;
    }
    return 1;
}

/* Is low (a lower-cased line) a European daily's line of date fields: a
 * publication or update label with its day ("Veröffentlicht am 20.02.2026
 * | 16:30 Uhr", "Publicado el 3 de marzo de 2026", "Atualizado em
 * 12/03/2026", "Stand: 12.03.2026 11:40 Uhr") opening the line or a field
 * of it after "|", "·" or a dash ("Von Jane Doe | Veröffentlicht am …"), a
 * digit within the label's next three bytes; no sentence in the line (no
 * ". ", no closing full stop, question or exclamation mark), so that
 * "El informe, publicado el 3 de marzo, concluye …." stays? */
static int european_date_fields(const char *low)
{
    static const char *const labels[] = {
        "veröffentlicht am ", "aktualisiert am ", "zuletzt aktualisiert am ", "stand: ", "publicado el ",
        "actualizado el ", "actualizado: ", "actualizado a las ", "publié le ", "mis à jour le ", "modifié le ",
        "publicado em ", "atualizado em ", "publicado a ", "atualizado a ", "pubblicato il ", "aggiornato il ",
        "aggiornato alle ", "gepubliceerd: ", "gepubliceerd op ", "aangepast: ", "bijgewerkt: ", "publicat el ",
        "actualitzat el ", "actualitzat: ",
    };
    static const char *const separators[] = {"| ", "\xc2\xb7 ", "- ", "\xe2\x80\x93 ", "\xe2\x80\x94 "};
    /* the small words of the date fields: all other lower-case words (a month's name, three at most) are
     * few, where a sentence has many ("publicado el 3 de marzo, el informe concluye que …") */
    static const char *const field_words[] = {
        "de", "del", "el", "a", "las", "la", "le", "à", "am", "um", "uhr", "il", "alle", "ore", "em", "às", "op", "om",
        "les", "mis", "jour", "modifié", "publié", "publicado", "actualizado", "atualizado", "aggiornato", "pubblicato",
        "veröffentlicht", "aktualisiert", "zuletzt", "stand:", "gepubliceerd:", "gepubliceerd", "aangepast:",
        "bijgewerkt:", "publicat", "actualitzat", "actualitzat:", "actualizado:", "lesedauer:", "minuten", "min",
        "min.", "lectura:", "leitura:", "tiempo", "temps", "lecture", "i", "y", "und", "et", "e", "en",
        "|", "·", "-", "\xe2\x80\x93", "\xe2\x80\x94", "cet", "cest", "h", "hs", "hrs",
    };
    size_t n = strlen(low);
    if (n < 12 || pa_strstr(low, ". ") || strchr(".!?", low[n - 1]))
        return 0;
    size_t other = 0;
    for (const char *w = low; *w && other <= 3;) {
        w += strspn(w, " ");
        size_t wl = strcspn(w, " ");
        if (!wl)
            break;
        size_t core = wl;
        while (core && strchr(",;:()", w[core - 1]))
            core--; /* "marzo,", "(modifica" */
        int known = !core || isdigit((unsigned char)w[0]) || pa_phrase_is(w, core, PA_PHRASES(field_words)) ||
                    pa_phrase_is(w, wl, PA_PHRASES(field_words));
        other += !known;
        w += wl;
    }
    if (other > 3)
        return 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t ll = strlen(labels[i]);
        const char *at = low;
        for (int guard = 0; guard < 8 && (at = pa_strstr(at, labels[i])) != NULL; guard++, at += ll) {
            int opens = at == low;
            for (size_t j = 0; j < sizeof separators / sizeof separators[0] && !opens; j++) {
                size_t sl = strlen(separators[j]);
                opens = (size_t)(at - low) >= sl && !memcmp(at - sl, separators[j], sl);
            }
            const char *d = at + ll;
            int dated = isdigit((unsigned char)d[0]) || (d[0] && isdigit((unsigned char)d[1])) ||
                        (d[0] && d[1] && isdigit((unsigned char)d[2]));
            /* ("Stand:" only over a German day, "12.03.2026": an English spec's "Stand: 12 inches" or
             * "Stand: 12.5 inches tall" is none) */
            if (opens && dated && (strcmp(labels[i], "stand: ") || german_day(d)))
                return 1;
        }
    }
    return 0;
}

/* See extract_lines.h. */
int pa_line_number_counter(const pa_line *line)
{
    const char *low = line->chars <= 30 ? pa_line_lower_under(line, 120) : NULL;
    if (!low || line->len < 6 || low[line->len - 1] != 's')
        return 0;
    const char *num = !strncmp(low, "share ", 6) ? low + 6 : low;
    size_t nl = strspn(num, "0123456789,");
    return nl && isdigit((unsigned char)num[0]) && num[nl] == ' ' &&
           (!strcmp(num + nl, " reads") || !strcmp(num + nl, " views") || !strcmp(num + nl, " hits"));
}

/* The post's metadata line around a story, in the languages of the press
 * pages: the blog engine's footer ("This entry was posted on … You can
 * follow any responses to this entry through the RSS 2.0 feed", "Ten wpis
 * został dodany … poprzez RSS 2.0"), a publication label with its date
 * ("Опубликовано: 17 января 12 (16:49)", "Dodano: 2011-12-23 (12:09)"),
 * and counters of views and comments ("Просмотров: 856", "PAP |
 * aktualizacja 2012-01-04 (03:00) | 56 opinii").  A story's sentence about
 * views or opinions has words around its number; a counter is a label and
 * a number. */
int pa_line_post_meta(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 500)
        return 0;
    const char *low = pa_line_lower_under(line, 1536);
    if (!low)
        return 0;
    if (strstr(low, "rss 2.0") || !strncmp(low, "this entry was posted", 21) ||
        !strncmp(low, "trackback url for this entry", 28))
        return 1;
    /* Blogger's reactions widget: "Reactions: funny (2) interesting (9) cool (1)" (the label, then a count in
     * brackets closing the line; ≤ 120 chars; a story's "Reactions: Gov. Jane Doe (R), Sen. John Roe (D-District
     * 4)" closes on a party's bracket) */
    if (chars <= 120 && !strncmp(low, "reactions:", 10)) {
        size_t rl = strlen(low), digits = 0;
        while (digits + 2 < rl && isdigit((unsigned char)low[rl - 2 - digits]))
            digits++;
        if (low[rl - 1] == ')' && digits && low[rl - 2 - digits] == '(' && low[rl - 3 - digits] == ' ')
            return 1;
    }
    if (chars <= 160 && european_date_fields(low))
        return 1;
    if (chars > 100 || !strpbrk(low, "0123456789"))
        return 0;
    /* the writer's card on an investing or blogging platform: "Jane Doe 1,385 Followers Long/Short Equity, Value"
     * — a count of followers in a line that is no sentence (not "The account has 1,385 followers."), the
     * widget's word capitalised (a story's subheading "1,200 followers in a week" is prose) */
    const char *fol = strstr(low, " followers");
    size_t ll0 = strlen(low);
    if (fol && fol > low && isdigit((unsigned char)fol[-1]) && !strstr(low, ". ") && !strchr(".!?", low[ll0 - 1]) &&
        (strstr(line->text, " Followers") || strstr(line->text, " FOLLOWERS")))
        return 1;
    static const char *const labels[] = {
        "опубликовано:", "добавлено:", "обновлено:", "дата публикации:", "просмотров:", "прочитано:",
        "комментариев:", "dodano:", "dodane:", "publikacja:", "aktualizacja:", "data publikacji:",
        "wyświetleń:", "odsłon:",
    };
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(labels)))
        return 1;
    /* a Swahili daily's update line with its hour or day: "Imesasishwa 12:15", "Imesasishwa: Jumatatu, 7 Desemba"
     * ("updated"); not a sentence opening with the verb, "Imesasishwa sheria ya ardhi ya mwaka 2016 …" ("the
     * land law of 2016 has been updated") */
    if (!strncmp(low, "imesasishwa", 11) && (low[11] == ' ' || low[11] == ':')) {
        const char *rest = low + 11 + strspn(low + 11, ": ");
        if (isdigit((unsigned char)rest[0]) || !strncmp(rest, "juma", 4) || !strncmp(rest, "alhamisi", 8) ||
            !strncmp(rest, "ijumaa", 6))
            return 1;
    }
    /* "last updated" or "added" with its day or hour anywhere in a short line: "Jan Kowalski 04-01-2012,
     * ostatnia aktualizacja 04-01-2012 08:02", "RMF FM, wp.pl | dodane 2012-01-04 (10:54)", "Τελευταία ενημέρωση: 13:45", "Последнее обновление: 12:10" */
    static const char *const updated[] = {"ostatnia aktualizacja", "τελευταία ενημέρωση", "последнее обновление",
                                          "| dodane ", "| dodano",
                                          /* a South Asian daily's "Fri Nov 12, 2025 08:00 PM Last update on: …" */
                                          "last update on:", "last updated on:"};
    if (pa_phrase_in(low, PA_PHRASES(updated)))
        return 1;
    /* a portal's post line with its hour: "Posted on Tuesday, November 12 @ 21:04:33 EST by admin", "Posted by
     * admin on Monday, March 04 @ 10:22:15 EST (1234 reads)" (the year left out, so no date line); not a
     * sentence ("Posted by the club at 10:30 on Saturday, the notice asked ….") */
    size_t ll = strlen(low);
    if ((!strncmp(low, "posted on ", 10) || !strncmp(low, "posted by ", 10)) && !strchr(".!?", low[ll - 1]) &&
        holds_clock_time(low))
        return 1;
    /* an English counter, its number right after the label: "Hits: 266", "Views: 1,024" */
    static const char *const counters[] = {"hits:", "views:", "page views:"};
    for (size_t i = 0; i < sizeof counters / sizeof counters[0]; i++) {
        size_t cl = strlen(counters[i]);
        if (!strncmp(low, counters[i], cl) && isdigit((unsigned char)low[cl + strspn(low + cl, " ")]))
            return 1;
    }
    /* an English counter after its number, alone or after the share button it stands by: "1234 reads",
     * "14,312 views", "Share 412 views" (≤ 30 chars, no other word: "The clip drew 412 views." is a sentence) */
    if (pa_line_number_counter(line))
        return 1;
    /* "… | 56 opinii", "… | 3 komentarze": a counter ending a line of fields */
    static const char *const counts[] = {" opinii", " opinie", " komentarzy", " komentarze", " комментари"};
    const char *bar = strrchr(low, '|');
    if (!bar)
        return 0;
    const char *q = bar + 1;
    while (*q == ' ')
        q++;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q))
        q++;
    return pa_phrase_opens(q, strlen(q), PA_PHRASES(counts));
}

/* Is t[0..len) the byline of a story filed from a bureau, as Nigerian and
 * other West African dailies print it over the story: "From Jane Doe,
 * Abuja", "From Our Correspondent, Kano" ("From", a name of two to four
 * capitalised words, a comma, a place of one to three capitalised words;
 * no full stop, so "From Lagos to London" and sentences stay)? */
static int from_byline(const char *t, size_t len)
{
    if (len < 12 || strncmp(t, "From ", 5))
        return 0;
    const char *comma = memchr(t, ',', len);
    if (!comma || comma + 2 >= t + len || comma[1] != ' ' || memchr(comma + 1, ',', (size_t)(t + len - comma - 1)))
        return 0;
    size_t who = pa_name_words(t + 5, (size_t)(comma - t - 5), 1);
    size_t where = pa_name_words(comma + 2, (size_t)(t + len - comma - 2), 1);
    return who >= 2 && who <= 4 && where >= 1 && where <= 3 && t[len - 1] != '.';
}

int pa_line_play_marker(const pa_line *line)
{
    if (line->chars > 16)
        return 0;
    const char *low = pa_line_lower_under(line, 32);
    if (!low)
        return 0;
    /* "q1" to "q4" */
    if (low[0] == 'q' && low[1] >= '1' && low[1] <= '4' && !low[2])
        return 1;
    /* "lap 44", "lap 44/58", "set 3", "over 42", "over 42.3": the unit, then the count */
    static const char *const units[] = {"lap ", "set ", "over "};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t ul = strlen(units[k]);
        if (strncmp(low, units[k], ul))
            continue;
        const char *c = low + ul;
        size_t d = strspn(c, "0123456789");
        if (d < 1 || d > 3)
            return 0;
        c += d;
        if ((*c == '/' || *c == '.') && isdigit((unsigned char)c[1]))
            c += 1 + strspn(c + 1, "0123456789");
        return *c == '\0';
    }
    /* "55 overs", "68.2 overs" */
    size_t d = strspn(low, "0123456789");
    if (d < 1 || d > 3)
        return 0;
    const char *c = low + d;
    if (*c == '.' && isdigit((unsigned char)c[1]))
        c += 2; /* the ball of the over */
    return !strcmp(c, " overs") || !strcmp(c, " over");
}

/* The writers' names in t[0..len): a name of two to four capitalised
 * words, or two joined by " and " ("Jane Doe and John Roe")? */
static int names_of_writers(const char *t, size_t len)
{
    const char *and = pa_strstr(t, " and ");
    if (and && (size_t)(and - t) < len) {
        size_t a = (size_t)(and - t);
        size_t one = pa_name_words(t, a, 1), two = pa_name_words(and + 5, len - a - 5, 1);
        return one >= 2 && one <= 4 && two >= 2 && two <= 4;
    }
    size_t words = pa_name_words(t, len, 1);
    return words >= 2 && words <= 4;
}

int pa_line_post_signature(const pa_line *line)
{
    const char *t = line->text;
    size_t len = line->len;
    if (line->chars > 80 || len < 8 || strchr(".!?:;", t[len - 1]))
        return 0;
    /* "From Example's Jane Doe": the outlet (one to three capitalised words) and its writer */
    if (!strncmp(t, "From ", 5) && isupper((unsigned char)t[5])) {
        for (const char *s = t + 5; s < t + len && s < t + 40; s++) {
            size_t mark = !strncmp(s, "'s ", 3) ? 3 : !strncmp(s, "\xe2\x80\x99s ", 5) ? 5 : 0;
            if (!mark)
                continue;
            size_t outlet = pa_name_words(t + 5, (size_t)(s - t - 5), 1);
            size_t at = (size_t)(s - t) + mark;
            return outlet >= 1 && outlet <= 3 && names_of_writers(t + at, len - at);
        }
        return 0;
    }
    if (line->chars > 60)
        return 0;
    /* "Reporting from Newark", "Reporting from Victoria, Texas" */
    if (!strncmp(t, "Reporting from ", 15))
        return isupper((unsigned char)t[15]) && !pa_strstr(t + 15, " and ");
    /* "Jane Doe, political reporter": the name, then one to three words in lower case, the last a role */
    const char *comma = memchr(t, ',', len);
    if (!comma || comma[1] != ' ' || !islower((unsigned char)comma[2]))
        return 0;
    size_t name = pa_name_words(t, (size_t)(comma - t), 1);
    if (name < 2 || name > 4)
        return 0;
    static const char *const roles[] = {"reporter", "correspondent", "editor", "producer", "presenter",
                                        "journalist", "writer"};
    const char *last = t + len;
    while (last > comma && last[-1] != ' ')
        last--;
    size_t words = 1;
    for (const char *s = comma + 2; s < last; s++) {
        if (*s == ' ')
            words++;
        else if (!islower((unsigned char)*s) && *s != '-')
            return 0;
    }
    return words <= 3 && pa_phrase_is(last, (size_t)(t + len - last), PA_PHRASES(roles));
}

/* Is t[0..len) the byline of a European daily: "Von Jane Doe", "Por
 * Jane Doe", "Par Jane Doe", "di Jane Doe" — the word
 * for "by", then a name of two to five words, each capitalised or a
 * particle of a name ("de", "van", "von", "del", "da" …), two capitalised
 * at least; then nothing, or after " | " or ", " the writer's place, desk
 * or date fields ("Von Jane Doe | Veröffentlicht am 20.02.2026 | 16:30
 * Uhr"), no sentence (no ". ", no closing full stop)?  "Por último, …",
 * "Von Montag an gilt …" are sentences: lower-case words; "Par For The
 * Course", an English heading, has English function words. */
static int european_byline(const char *t, size_t len)
{
    static const char *const by[] = {"Von ", "VON ", "Por ", "POR ", "Par ", "PAR ", "di ", "Di "};
    /* an English title-case heading that opens with the same word ("Par For The Course"): no name holds these */
    static const char *const english[] = {"for", "the", "and", "of", "to", "in", "on", "at", "with", "a", "an",
                                          "is", "are", "from", "by", "returns", "says", "signs"};
    static const char *const particles[] = {"de", "van", "von", "der", "den", "del", "della", "da", "das", "dos",
                                            "du", "la", "le", "y", "i", "e", "zu", "ten", "ter"};
    if (len < 8 || len > 400 || strchr(".!?", t[len - 1]) || memmem(t, len, ". ", 2))
        return 0;
    size_t skip = 0;
    for (size_t i = 0; i < sizeof by / sizeof by[0] && !skip; i++)
        if (!strncmp(t, by[i], strlen(by[i])))
            skip = strlen(by[i]);
    if (!skip)
        return 0;
    const char *end = t + len, *bar = memmem(t, len, " | ", 3), *comma = memchr(t, ',', len);
    if (bar && bar < end)
        end = bar;
    if (comma && comma < end)
        end = comma;
    size_t words = 0, capital = 0;
    for (const char *w = t + skip; w < end && words < 8;) {
        while (w < end && *w == ' ')
            w++;
        if (w >= end)
            break;
        const char *e = w;
        while (e < end && *e != ' ')
            e++;
        words++;
        for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
            if ((size_t)(e - w) == strlen(english[i]) && !strncasecmp(w, english[i], (size_t)(e - w)))
                return 0;
        if (isupper((unsigned char)*w) || ((unsigned char)*w >= 0xC3 && (unsigned char)*w <= 0xC5 && e - w > 2))
            capital++;
        else if (!pa_phrase_is(w, (size_t)(e - w), PA_PHRASES(particles)))
            return 0;
        w = e;
    }
    return words >= 2 && words <= 5 && capital >= 2;
}

/* Does u open with a Greek capital letter (Α-Ω, or one with its accent:
 * Ά Έ Ή Ί Ό Ύ Ώ)? */
static int greek_capital(const unsigned char *u)
{
    return u[0] == 0xCE && ((u[1] >= 0x91 && u[1] <= 0xA9) || u[1] == 0x86 || (u[1] >= 0x88 && u[1] <= 0x8F));
}

/* Is t[0..len) a Greek byline in the genitive: "Του Νίκου Παππά", "Της
 * Ελένης Μαρκοπούλου", "Των Γ. Πέτρου και Α. Ζήση" (the article, then two
 * to four words that open with a capital, "και" between two names; no
 * closing stop)? */
static int greek_genitive_byline(const char *t, size_t len)
{
    static const char *const articles[] = {"\xce\xa4\xce\xbf\xcf\x85 ", "\xce\xa4\xce\xb7\xcf\x82 ", "\xce\xa4\xcf\x89\xce\xbd "}; /* Του Της Των */
    size_t at = 7; /* (each article and its space: seven bytes) */
    if (len <= at || !pa_phrase_opens(t, len, PA_PHRASES(articles)) || strchr(".!?:,", t[len - 1]))
        return 0;
    size_t words = 0;
    for (int guard = 0; guard < 8 && at < len; guard++) {
        size_t e = at;
        while (e < len && t[e] != ' ')
            e++;
        if (e - at == 6 && !memcmp(t + at, "\xce\xba\xce\xb1\xce\xb9", 6)) { /* και */
            if (!words)
                return 0;
        } else if (greek_capital((const unsigned char *)t + at) || isupper((unsigned char)t[at])) {
            words++;
        } else {
            return 0;
        }
        at = e < len ? e + 1 : e;
    }
    return at >= len && words >= 2 && words <= 4;
}

/* (see extract_lines.h: european_byline on a line of 160 characters at most) */
int pa_line_european_byline(const pa_line *line)
{
    return line->chars <= 160 && european_byline(line->text, line->len);
}

/* Is t[0..len) a broadcaster's byline without "By", the writer's name then
 * the desk: "Jane Doe BBC News, Kent", "Jane Doe ITV News" (capitalised
 * words only, "News" closing the part before a comma after the desk's
 * name in capitals, two to five letters: a title-case subhead "Other Top
 * Sports News" is none; four or five words there, no joining or question
 * word among the writer's: "Life After BBC News" is none; after the comma
 * a place of one to three capitalised words; no sentence mark)? */
static int desk_byline(const char *t, size_t len)
{
    if (len < 12 || memchr(t, '.', len) || memchr(t, '?', len) || memchr(t, '!', len) || memchr(t, ':', len))
        return 0;
    const char *comma = memchr(t, ',', len);
    size_t head = comma ? (size_t)(comma - t) : len;
    if (head < 9 || strncmp(t + head - 5, " News", 5))
        return 0;
    size_t words = pa_name_words(t, head, 1);
    int spaces = 0;
    for (size_t i = 0; i < head; i++)
        spaces += t[i] == ' ';
    if (words != (size_t)spaces + 1 || words < 4 || words > 5)
        return 0;
    size_t desk_end = head - 5, desk = desk_end;
    while (desk && t[desk - 1] != ' ')
        desk--;
    if (desk_end - desk < 2 || desk_end - desk > 5)
        return 0;
    for (size_t i = desk; i < desk_end; i++)
        if (!isupper((unsigned char)t[i]))
            return 0;
    /* the writer's name holds no joining or question word: a bold subhead "Life After BBC News", "Why I Left ITV
     * News", "The Future Of BBC News" names none */
    static const char *const joining[] = {"the", "of", "on", "in", "at", "for", "from", "to", "after", "before", "with",
                                          "and", "why", "how", "what", "when", "who", "inside", "my", "our", "i"};
    for (size_t at = 0; at < desk;) {
        size_t wl = strcspn(t + at, " ");
        if (at + wl > desk)
            break;
        if (pa_phrase_is_any_case(t + at, wl, PA_PHRASES(joining)))
            return 0;
        at += wl + 1;
    }
    if (!comma)
        return 1;
    if (comma + 2 >= t + len || comma[1] != ' ' || memchr(comma + 1, ',', (size_t)(t + len - comma - 1)))
        return 0;
    size_t place = pa_name_words(comma + 2, (size_t)(t + len - comma - 2), 1);
    int place_spaces = 0;
    for (const char *c = comma + 2; c < t + len; c++)
        place_spaces += *c == ' ';
    return place >= 1 && place <= 3 && place == (size_t)place_spaces + 1;
}

/* (see extract_lines.h: desk_byline on a line of 80 characters at most) */
int pa_line_desk_byline(const pa_line *line)
{
    return line->chars <= 80 && desk_byline(line->text, line->len);
}

/* A byline alone on its line: "By Jane Doe", "By JANE DOE Los Angeles
 * Times", "By Jane Doe, Example News / For the Health blog", "ByJane Doe"
 * ("By" run into the linked name: two to four capitalised words, 40
 * characters at most); "Posted by Jane Doe" under a live blog's post (a
 * name of two to four words and nothing else).  The two or
 * more words after "By" are names (capitalised) but for at most two small lower-case
 * words ("at", "and", "for"); a sentence ("By Monday evening, the river
 * had risen.") has more of them or ends with a full stop; "By The Numbers"
 * is a stat box's subhead.  Also a European
 * daily's byline (european_byline: "Von Jane Doe", 160 characters) and a
 * Greek genitive one (greek_genitive_byline: "Του Νίκου Παππά", 40). */
int pa_line_byline(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars <= 60 && from_byline(t, line->len))
        return 1;
    if (chars <= 160 && european_byline(t, line->len))
        return 1;
    if (chars <= 40 && greek_genitive_byline(t, line->len))
        return 1;
    /* a contributor network's byline: "Jane Doe, Contributor", run on into the writer's line "I write about
     * real estate and personal finance." (a name of two to four words first; ≤ 160 chars) */
    const char *contributor = chars <= 160 ? memmem(t, line->len < 60 ? line->len : 60, ", Contributor", 13) : NULL;
    if (contributor) {
        size_t nw = pa_name_words(t, (size_t)(contributor - t), 1);
        const char *rest = contributor + 13;
        if (nw >= 2 && nw <= 4 && (!*rest || !strncmp(rest, " I write about ", 15) || !strncmp(rest, " I cover ", 9)))
            return 1;
    }
    if (pa_line_desk_byline(line))
        return 1;
    /* a live blog's post signed under it: "Posted by Jane Doe", "Reporting by Jane Doe"; a byline under its
     * label: "Written by Jane Doe" (a name of two to four words, nothing else; "Author: Jane Doe" is the
     * labelled byline below) */
    enum pa_byline_kind kind;
    size_t label = pa_byline_label(t, &kind);
    size_t signed_by = kind == PA_BYLINE_SIGNED ? label : 0;
    if (chars <= 50 && signed_by && line->len > signed_by && t[line->len - 1] != '.') {
        size_t words = pa_name_words(t + signed_by, line->len - signed_by, 1);
        if (words >= 2 && words <= 4)
            return 1;
    }
    /* "ByJane Doe": "By" in an element of its own, run into the linked name */
    int glued = chars <= 40 && t[0] == 'B' && t[1] == 'y' && isupper((unsigned char)t[2]) &&
                islower((unsigned char)t[3]);
    /* "By Jane Doe", or with a colon as local TV stations print it: "by: Chief Meteorologist Tom Smith",
     * "Author: Jane Doe", "Author: Example 5 News" (the desk's name may open with the channel's number) */
    int labelled = kind == PA_BYLINE_AUTHOR;
    int by = kind == PA_BYLINE_BY;
    size_t skip = by || labelled ? label : 3;
    /* a dash after the "By": "By — Jane Doe, Associated Press" */
    if (by && label == 3 && (!strncmp(t + 3, "\xe2\x80\x94 ", 4) || !strncmp(t + 3, "\xe2\x80\x93 ", 4) ||
                                                   !strncmp(t + 3, "- ", 2)))
        skip = t[3] == '-' ? 5 : 7;
    /* the byline before a bar, the date after it: "BY JANE DOE Senior staff reporter jdoe@example.com |
     * Friday, September 30, 2021" (the part before the bar is read) */
    const char *bar = !glued && chars > 80 && chars <= 160 ? strstr(t, " | ") : NULL;
    if (!glued && ((chars > 80 && !bar) || !(by || labelled) ||
                   !(isupper((unsigned char)t[skip]) || (labelled && isdigit((unsigned char)t[skip])))))
        return 0;
    size_t n = bar ? (size_t)(bar - t) : line->len;
    if (n > 120 || (n && (t[n - 1] == '.' || t[n - 1] == '?' || t[n - 1] == '!' || t[n - 1] == ':')))
        return 0;
    /* a timeline's subhead names a month and a year or day, not a person: "By March 2020", "By June 15" (a
     * writer named for a month, "By April Smith", has a capitalised name after it) */
    int month_first = 0; /* a capitalised month's name and a space open the name */
    for (size_t i = 0; by && n > skip && i < PA_EN_MONTHS && !month_first; i++) {
        size_t ml = strlen(pa_en_months_cap[i]);
        month_first = n - skip > ml && !strncmp(t + skip, pa_en_months_cap[i], ml) && t[skip + ml] == ' ';
    }
    if (month_first && isdigit((unsigned char)t[skip + strcspn(t + skip, " ") + 1]))
        return 0;
    /* nor a stat box's subhead in title case or capitals: "By The Numbers", "BY THE NUMBERS" */
    if (by && n == skip + 11 && !strncasecmp(t + skip, "the numbers", 11))
        return 0;
    int lower = 0, words = 0;
    for (const char *w = t + (glued ? 2 : skip); w < t + n && words < 20;) {
        while (w < t + n && *w == ' ')
            w++;
        if (w >= t + n)
            break;
        const char *e = w;
        while (e < t + n && *e != ' ')
            e++;
        words++;
        if (islower((unsigned char)*w) && !memchr(w, '@', (size_t)(e - w)))
            lower++; /* the writer's address is no lower-case word of a sentence */
        w = e;
    }
    if (glued)
        return words >= 2 && words <= 4 && !lower; /* a name of two to four capitalised words */
    return words >= 2 && words <= 14 && lower <= 2; /* "By Car", "By Train": a travel guide's headings */
}

/* Where the line t (n bytes) ends before a reading time closing it ("…
 * 2025 4 min read", "… 2025 · 12 mins read", "… | 3 minute read"), the
 * spaces and a bullet, bar or dot before it left out too; 0 when none. */
static size_t reading_time_tail(const char *t, size_t n)
{
    static const char *const units[] = {" min read", " mins read", " min. read", " minute read", " minutes read"};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t ul = strlen(units[i]);
        if (n <= ul || strncasecmp(t + n - ul, units[i], ul))
            continue;
        size_t k = n - ul, digits = 0;
        while (k && isdigit((unsigned char)t[k - 1]) && digits < 3)
            k--, digits++;
        if (!digits || !k)
            return 0;
        /* the separator before it: spaces, "|", "·" (c2 b7), "•" (e2 80 a2) */
        for (int more = 1; more && k;) {
            more = 0;
            if (t[k - 1] == ' ' || t[k - 1] == '|')
                k--, more = 1;
            else if (k >= 2 && (unsigned char)t[k - 2] == 0xc2 && (unsigned char)t[k - 1] == 0xb7)
                k -= 2, more = 1;
            else if (k >= 3 && !memcmp(t + k - 3, "\xe2\x80\xa2", 3))
                k -= 3, more = 1;
        }
        return k;
    }
    return 0;
}

/* Does t (n bytes) hold a clock time as a blog engine prints it, two
 * digits, a colon, two digits ("09:03", "17:45"), no "am"/"pm" after it
 * (a schedule's "2:00 PM")?  Reads t once. */
static int clock_24h(const char *t, size_t n)
{
    for (size_t i = 2; i + 2 < n; i++) {
        if (t[i] != ':' || !isdigit((unsigned char)t[i - 1]) || !isdigit((unsigned char)t[i - 2]) ||
            !isdigit((unsigned char)t[i + 1]) || !isdigit((unsigned char)t[i + 2]))
            continue;
        const char *after = t + i + 3;
        after += *after == ' ';
        if (strncasecmp(after, "am", 2) && strncasecmp(after, "pm", 2) && strncasecmp(after, "a.m", 3) &&
            strncasecmp(after, "p.m", 3))
            return 1;
    }
    return 0;
}

/* A dateline with the writer's or agency's name: "Leader-Post Staff January
 * 12, 2012 4:10 AM", "Derek Abma, Postmedia News Jan 10, 2012", "CHICAGO | Mon
 * Jan 9, 2012 5:13pm EST", "Tuesday, January 17th, 2012 | Posted by Jane Doe".
 * At most 90 characters holding a date that parses, its month an English
 * name ("Jan", "January": a numeric date line may be a label's) or a weekday
 * with its comma and a 24-hour clock ("Thu, 11/18/2010 - 09:03 — Jane Doe";
 * not a schedule's "Mon, 11/16/2026 — RFP Issued"), or any date with the
 * word "by" or "By" ("03/01/2017 by Jane Doe, Candidate Representative",
 * "03/15/2010 — By Staff Writer"; in eight words at most, a two-digit year
 * too: "03.15.10 — By Staff Writer");
 * every word but "and",
 * "by", "in", "at", "on", "of", "the", "to" ("Special to …"), "for" ("Department for …"), "updated", "posted" and "published" capitalised (a sentence has
 * lower-case words; a handle or an address may stand among them); no closing full stop, and no "--" or ":" that leads into
 * the text ("LAS VEGAS, Jan. 11, 2012 /PRNewswire/ --"); a reading time closing it ("· 4 min read") is
 * left out. */
/* Does t hold two labelled date fields of a story's metadata bar, "Published:", "Posted:", "Updated:" or
 * "Modified:" (capitalised or in capitals) twice at least ("Author: Jane Doe, Reporter Published: 4:45 PM CST
 * November 15, 2016 Updated: 5:37 PM CST November 15, 2016")?  Each label opens t or follows a space.  Reads t
 * once per label (bounded by the caller's 160 characters). */
static int two_date_fields(const char *t)
{
    static const char *const labels[] = {"Published:", "PUBLISHED:", "Posted:", "POSTED:", "Updated:", "UPDATED:",
                                         "Modified:", "MODIFIED:"};
    int fields = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && fields < 2; i++) {
        size_t ll = strlen(labels[i]);
        for (const char *at = t; (at = pa_strstr(at, labels[i])) != NULL && fields < 2; at += ll)
            fields += at == t || at[-1] == ' ';
    }
    return fields >= 2;
}

int pa_line_byline_date(const pa_line *line, const char *dlang, time_t not_after)
{
    const char *t = line->text;
    size_t chars = line->chars;
    size_t n = line->len;
    /* (a station's metadata bar runs the writer and two labelled days into one line of up to 160 characters) */
    if ((chars > 90 && (chars > 160 || !memchr(t, ':', n) || !two_date_fields(t))) || n < 8 || n > 400)
        return 0;
    /* the reading time after the date: "Jane Doe · May 3, 2019 · 4 min read" (the line without it, its
     * bullet too, in a copy) */
    char cut[401];
    size_t rt = reading_time_tail(t, n);
    if (rt) {
        memcpy(cut, t, rt);
        cut[rt] = '\0';
        t = cut;
        n = rt;
    }
    if (n < 8 || strchr(".!?:-", t[n - 1]) || pa_long_dash(t + n - 3))
        return 0; /* "--", "—" or "–" at the end */
    static const char *const small[] = {"and", "by",      "in",     "at",       "on",
                                        "of",  "the",     "updated", "posted", "published", "to",
                                        "for", /* an issuer after the date: "19 January 2011 – Department for Transport" */
                                        /* a desk or a role for the name: "Editorial staff · July 12, 2018", "Senior
                                         * staff writer | May 3, 2019" */
                                        "staff", "writer", "reporter", "editor", "report"};
    int words = 0, month = 0, by = 0, weekday = 0;
    for (const char *w = t; *w && words < 30;) {
        while (*w == ' ')
            w++;
        if (!*w)
            break;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        words++;
        if (memchr(w, '@', (size_t)(e - w))) {
            w = e; /* the writer's handle or address: "@janedoe", "jdoe@example.com" */
            continue;
        }
        const char *c = w;
        while (c < e && !isalnum((unsigned char)*c) && !((unsigned char)*c & 0x80))
            c++; /* "(Banjul)", "|" */
        if ((c + 3 <= e && (unsigned char)c[0] == 0xe2 && (unsigned char)c[1] == 0x80) ||
            (c + 2 == e && (unsigned char)c[0] == 0xc2 && (unsigned char)c[1] == 0xb7))
            c = e; /* a dash, bullet or quote mark alone, a middle dot alone ("Jane Doe · May 3, 2019") */
        if (c < e && ((unsigned char)*c & 0x80))
            return 0; /* capitals told apart in Latin script only */
        size_t wl = 0;
        while (c + wl < e && isalpha((unsigned char)c[wl]))
            wl++;
        if (!month)
            month = pa_en_month_word(c, wl) != 0;
        /* a weekday names a date as a month does ("Thu, 11/18/2010 - 09:03 — Jane Doe"), and a capitalised
         * "By" is the byline's ("03.15.10 — By Staff Writer") */
        if (!weekday)
            weekday = c + wl < e && c[wl] == ',' && pa_en_weekday_word(c, wl);
        by |= c + 2 == e && !strncmp(c, "By", 2);
        if (c < e && islower((unsigned char)*c)) {
            int ok = 0;
            for (size_t i = 0; i < sizeof small / sizeof small[0] && !ok; i++)
                ok = (size_t)(e - c) == strlen(small[i]) && !strncmp(c, small[i], (size_t)(e - c));
            if (!ok)
                return 0;
            by |= e - c == 2 && !strncmp(c, "by", 2);
        }
        w = e;
    }
    pa_date d;
    /* (the weekday with the engine's clock, "- 09:03": a key date of a notice's schedule, "Mon, 11/16/2026 —
     * RFP Issued", has a weekday and no such time) */
    if (words < 3 || !(month || by || (weekday && clock_24h(t, n))))
        return 0;
    if (pa_date_parse_text(t, n, dlang, &d) == 0)
        return pa_date_valid(&d, not_after);
    /* the byline's "By" stands for a date element's name: a two-digit year as a blog theme's date format
     * prints it ("03.15.10 — By Staff Writer", a short line) */
    return by && words <= 8 && pa_date_named_line_kind(t, n, dlang, &d) == 1 && pa_date_valid(&d, not_after);
}

/* Is t a row of web addresses joined by "and", "or", "&" or "|", two
 * addresses at least ("https://example.com/hub/nhl and
 * https://twitter.com/Example_NHL")?  Bounded by t's length. */
static int joined_urls(const char *t)
{
    size_t urls = 0;
    while (*t) {
        size_t wl = strcspn(t, " ");
        if (wl >= 10 && (!strncasecmp(t, "http://", 7) || !strncasecmp(t, "https://", 8) || !strncasecmp(t, "www.", 4)))
            urls++;
        else if (!((wl == 3 && !strncasecmp(t, "and", 3)) || (wl == 2 && !strncasecmp(t, "or", 2)) ||
                   (wl == 1 && (*t == '&' || *t == '|'))))
            return 0;
        t += wl;
        while (*t == ' ')
            t++;
    }
    return urls >= 2;
}

/* A line that is one e-mail address or web address, or a row of web
 * addresses (joined_urls), with at most a short label ("jdoe@example.com",
 * "Short URL: http://example.com/?p=1", the wire's "AP NHL:
 * https://apnews.com/hub/nhl and https://twitter.com/AP_NHL"): the
 * writer's address, the story's own link or the wire's pages, not its text. */
int pa_line_address(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 200)
        return 0;
    const char *colon = strstr(t, ": ");
    if (colon && colon - t <= 20)
        t = colon + 2;
    if (joined_urls(t))
        return 1;
    for (const char *q = t; *q; q++)
        if (*q == ' ' || (unsigned char)*q >= 0x80)
            return 0; /* words, or a line of unspaced CJK text holding an "@" */
    if (!strncasecmp(t, "http://", 7) || !strncasecmp(t, "https://", 8) || !strncasecmp(t, "www.", 4))
        return 1;
    const char *at = strchr(t, '@');
    return at && at > t && strchr(at, '.') && strchr(at, '.')[1];
}

/* A label of a block around the story: "Filed under: …" (a post's
 * categories), "Image via …", "Follow Jane Doe on Twitter @jdoe", a
 * widget's "Powered by JustWatch", or a
 * short heading that opens a teaser list ("Related Stories from Around the
 * Web", "More From Example News", "More on Example Right Now"). */
/* Is rest (the folded line after "Next episode:") an episode's title alone: no digit, no comma, no day nor word
 * of airing ("sunday", "tonight", "airs", "next week"), no more than 70 bytes?  A recap's line saying when the
 * next one airs, or what happened last time in a sentence of clauses, is the writer's.  rest is NUL-terminated. */
static int episode_pointer(const char *rest)
{
    size_t len = strlen(rest);
    if (len > 70 || strpbrk(rest, "0123456789,"))
        return 0;
    static const char *const airing[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "tonight", "tomorrow", "next week", " airs", " aired", " premieres", " returns"};
    return !(pa_phrase_in)(rest, PA_PHRASES(airing));
}

int pa_line_block_label(const pa_line *line, int heading)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 120)
        return 0;
    const char *low = pa_line_folded_under(line, 512);
    if (!low)
        return 0;
    /* (the filing label with its colon, or a short row of sections with no full stop: "Filed under the heading
     * of \"temporary structures,\" a few projects have slipped through …" is the story's sentence) */
    if ((!strncmp(low, "filed under", 11) && (low[11] == ':' || (low[11] == ' ' && low[12] == ':') ||
                                              (chars <= 80 && !strchr(low, '.')))) ||
        !strncmp(low, "image via ", 10) || !strncmp(low, "reported by ", 12) ||
        (!strncmp(low, "click here ", 11) && chars <= 100) || !strncmp(low, "latest posts by ", 16))
        return 1;
    /* the post's categories: "Posted in Politics", "Posted in: News, World" */
    if (!strncmp(low, "posted in", 9) && (low[9] == ' ' || low[9] == ':') && chars <= 60 &&
        !strpbrk(low, ".0123456789"))
        return 1;
    /* a podcast host's filing line under an episode: "Category: general -- posted at: 10:15am EDT" (the
     * category, then when it was posted: a digit of its time or day right after; an awards story's "Category:
     * Best new restaurant — posted on Friday, the winners …" goes on in words) */
    if (chars <= 100 && !strncmp(low, "category:", 9)) {
        const char *posted = strstr(low, "posted at");
        if (!posted)
            posted = strstr(low, "posted on");
        if (posted) {
            posted += 9;
            posted += strspn(posted, ": ");
            if (isdigit((unsigned char)*posted))
                return 1;
        }
    }
    /* the pointer to the show's next or last episode: "Next episode: the great screw cap debate." — its title
     * alone, no time nor day of airing: a TV recap's "Next episode: the finale airs Sunday at 9 p.m." is the
     * recap's own line (episode_pointer) */
    if (chars <= 100 && (!strncmp(low, "next episode:", 13) || !strncmp(low, "previous episode:", 17) ||
                         !strncmp(low, "coming up next episode:", 23) || !strncmp(low, "last episode:", 13)) &&
        episode_pointer(strchr(low, ':') + 1))
        return 1;
    /* "Filed in: News", "Filed in Water. Permalink." (the post's category with its permanent link) */
    if (!strncmp(low, "filed in:", 9))
        return 1;
    if (!strncmp(low, "filed in ", 9) && chars <= 60 && !strpbrk(low, "0123456789")) {
        size_t k = line->folded_len;
        while (k && (low[k - 1] == '.' || low[k - 1] == ' '))
            k--;
        if (k >= 9 && !strncmp(low + k - 9, "permalink", 9))
            return 1;
    }
    /* the same row with its tags and comment count after bars: "Posted in News | Tagged council, transport |
     * 6 Comments »", "Posted in News | Leave a comment" */
    if (!strncmp(low, "posted in ", 10) && strstr(low, " | ") &&
        (strstr(low, "| tagged ") || strstr(low, " comment") || strstr(low, "| no comments")))
        return 1;
    /* a picture's or a wire story's agency alone on its line; a credit's own word ("Staff", "Pool", "File")
     * alone is a credit's remains, but as a heading the story's ("Staff" over a school's teachers, "Pool"
     * in a house's rooms); a wire's name in a script without case is a word of its language too ("भाषा",
     * language; "वार्ता", talks): only its bracketed credit "(भाषा)" is one */
    size_t k = line->folded_len;
    unsigned agency = (unsigned char)low[0] < 0x80 ? pa_agency_kind(low, k) : 0;
    if (agency && !(agency & PA_AGENCY_CAPS) &&
        (agency & (PA_AGENCY_WIRE | PA_AGENCY_PICTURE | (heading ? 0u : (unsigned)PA_AGENCY_CREDIT))))
        return 1;
    /* "Example-Post Staff", "ExampleNews.ca Staff": capitalised words, then "Staff" */
    if (chars <= 40 && k > 6 && !strcmp(low + k - 6, " staff") && isupper((unsigned char)t[0])) {
        int names = 1;
        for (size_t i = 1; i + 6 < k && names; i++)
            if (t[i - 1] == ' ' && !isupper((unsigned char)t[i]))
                names = 0;
        if (names)
            return 1;
    }
    /* the pointer to the story's first home: "Read more at Example.com", "Read more on Example News", "For more on
     * this story, visit example.com." (a name in capitals or a domain, up to 40 bytes, no comma or sentence
     * after it; "Read more at home, the librarian urged." is a story's) */
    size_t at_home = !strncmp(low, "read more at ", 13) || !strncmp(low, "read more on ", 13) ? 13
                     : !strncmp(low, "for more on this story, visit ", 30)                 ? 30
                                                                                            : 0;
    const char *home_dot = at_home ? strchr(low + at_home, '.') : NULL;
    if (at_home && line->folded_len - at_home <= 40 && !strchr(low + at_home, ',') &&
        !strstr(low + at_home, ". ") &&
        (isupper((unsigned char)t[at_home]) || (home_dot && isalnum((unsigned char)home_dot[1]))))
        return 1;
    /* (and a wire writer's "Follow Jane Doe on X: https://x.com/janedoe", on Bluesky or Threads by address; x.com
     * as a host of its own: "Follow the steps at netflix.com/help" is a story's advice) */
    if (!strncmp(low, "follow ", 7) && !reports_speech(low) &&
        (strstr(low, "twitter") || strstr(low, "facebook") || strstr(low, "instagram") || strchr(low, '@') ||
         strstr(low, "/x.com/") || strstr(low, " x.com/") || strstr(low, ".x.com/") || strstr(low, "bsky.app/") ||
         strstr(low, "threads.net/")))
        return 1;
    /* the tip box's heading: "Do You Have Information About Nursing Homes? Contact Us." */
    if (heading && pa_phrase_opens(low, line->folded_len, PA_PHRASES(asks_sources)) && strchr(low, '?'))
        return 1;
    if (chars > 45 || strpbrk(low, ".?!"))
        return 0;
    /* a widget's credit: "Powered by JustWatch", "Powered by Example Travel" (a name of one to three words);
     * a heading is the story's ("Powered by Wind") */
    if (!heading && !strncmp(low, "powered by ", 11)) {
        int words = 0;
        for (const char *w = low + 10; *w && words < 4; w++)
            words += w[0] == ' ' && w[1] && w[1] != ' ';
        if (words >= 1 && words <= 3)
            return 1;
    }
    if (!strncmp(low, "related ", 8))
        return 1; /* "Related items", "Related stories from around the web" */
    return heading && (!strncmp(low, "more from ", 10) || !strncmp(low, "more on ", 8));
}

/* A breadcrumb trail above the story: "Home » News » Health News »
 * Headline", "You are here: Home › World" (two steps at least, or one
 * after "You are here"), "首页 > 新闻中心 > …", "国际> 正文".  Not a block's
 * label: what follows it is the page's own. */
int pa_line_breadcrumb(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 120)
        return 0;
    const char *low = pa_line_lower_under(line, 512);
    if (!low)
        return 0;
    if (!strncmp(low, "home ", 5) || !strncmp(low, "you are here", 12)) {
        int steps = 0;
        for (const char *q = strstr(low, " \xc2\xbb "); q && steps < 2; q = strstr(q + 1, " \xc2\xbb "))
            steps++; /* » */
        for (const char *q = strstr(low, " \xe2\x80\xba "); q && steps < 2; q = strstr(q + 1, " \xe2\x80\xba "))
            steps++; /* › */
        for (const char *q = strstr(low, " > "); q && steps < 2; q = strstr(q + 1, " > "))
            steps++;
        if (steps >= 2 || (steps == 1 && low[0] == 'y'))
            return 1;
    }
    /* a Chinese trail: "首页 > 新闻中心 > 行业新闻 > …" (home within its first
     * words, two steps), "国际> 正文" (a section, then "the main text") */
    const char *home = strstr(low, "\xe9\xa6\x96\xe9\xa1\xb5");         /* 首页 */
    if (!home)
        home = strstr(low, "\xe9\xa6\x96\xe9\xa0\x81");                 /* 首頁 */
    if (home && home - low <= 12) {
        int steps = 0;
        for (const char *q = strchr(home, '>'); q && steps < 2; q = strchr(q + 1, '>'))
            steps++;
        if (steps >= 2)
            return 1;
    }
    size_t k = line->len;
    while (k && low[k - 1] == ' ')
        k--;
    if (chars <= 30 && k >= 8 && !memcmp(low + k - 6, "\xe6\xad\xa3\xe6\x96\x87", 6)) { /* 正文 */
        size_t g = k - 6;
        while (g && low[g - 1] == ' ')
            g--;
        if (g && low[g - 1] == '>')
            return 1;
    }
    return 0;
}

/* "Word:" or "Two words:" at the start of a line (a label before links). */
int pa_line_label(const pa_line *line)
{
    const char *t = line->text;
    const char *colon = strchr(t, ':');
    if (!colon || colon == t || colon - t > 40)
        return 0;
    int spaces = 0;
    for (const char *q = t; q < colon; q++)
        spaces += *q == ' ';
    return spaces <= 2;
}

/* Is q a CMS shortcode left unrendered, alone on its line: "[" and a tag in
 * lower case ("adthrive-in-post-video-player", "caption", "gallery"), then
 * an attribute whose value is quoted (`video-id="x"`, curly quotes too),
 * the line closing with "]" ("[/caption]" after a caption's words too)?
 * A bracketed note of the story ("[Read: …]", "[This story has been
 * updated]") has no attribute.  Bounded by q's length. */
static int unrendered_shortcode(const char *q, size_t n)
{
    if (n < 8 || q[0] != '[' || q[n - 1] != ']' || !islower((unsigned char)q[1]))
        return 0;
    size_t i = 1;
    while (i < n && (islower((unsigned char)q[i]) || isdigit((unsigned char)q[i]) || q[i] == '-' || q[i] == '_'))
        i++;
    if (i < 3 || i >= n || q[i] != ' ')
        return 0;
    i++;
    while (i < n && (islower((unsigned char)q[i]) || q[i] == '-' || q[i] == '_'))
        i++;
    if (i + 2 >= n || q[i] != '=')
        return 0;
    i++;
    return q[i] == '"' || q[i] == '\'' || !strncmp(q + i, "\xe2\x80\x9c", 3) || !strncmp(q + i, "\xe2\x80\x9d", 3);
}

/* The rest of a script the HTML parser cut short: a "</script>" inside one
 * of its strings (document.write('<script …>…</script>')) ends the element
 * early, and the script's tail shows as text.  That tail opens by closing
 * the string and the call (`'); } if (…`, `\n');}var …`): no sentence
 * opens so; with a statement's ';' and a brace after it.  Any length.
 * Also a CMS shortcode alone on its line (unrendered_shortcode). */
int pa_line_script_leak(const pa_line *line)
{
    const char *q = line->text;
    /* a shortcode the site's CMS did not render: "[adthrive-in-post-video-player video-id=”hra2qewb” …]" */
    if (unrendered_shortcode(q, line->len))
        return 1;
    while (*q == ' ' || (q[0] == '\\' && (q[1] == 'n' || q[1] == 'r' || q[1] == 't')))
        q += *q == ' ' ? 1 : 2;
    /* a template's text with its placeholder unfilled: "Show full articles without \"Continue Reading\"
     * button for {0} hours." */
    if (line->chars <= 200) {
        const char *brace = strchr(q, '{');
        if (brace && isdigit((unsigned char)brace[1]) && brace[2] == '}')
            return 1;
    }
    /* the embed code a player offers to copy, shown as text: "<iframe src=\"https://…/player/embed/…\" …>" (a
     * player's address; a how-to's sample of a video site's code, ".../embed/abc123", is its text) */
    if (!strncmp(q, "<iframe ", 8) && strstr(q, "src=") && strstr(q, "/player/"))
        return 1;
    if (*q != '\'' && *q != '"')
        return 0;
    q++;
    while (*q == ' ')
        q++;
    if (*q != ')')
        return 0;
    return strchr(q, ';') && strpbrk(q, "{}");
}

/* A Chinese reaction widget's button and count: "给力(0票)", "标题党（12票）"
 * — a word of at most eight characters, then the count of votes in
 * brackets closing the line; ≤ 16 chars. */
static int zh_vote_button(const char *t, size_t chars)
{
    if (chars > 16)
        return 0;
    const char *open = strchr(t, '(');
    size_t ob = 1;
    const char *wide = pa_strstr(t, "\xef\xbc\x88"); /* （ */
    if (!open || (wide && wide < open)) {
        open = wide;
        ob = 3;
    }
    if (!open || open == t)
        return 0;
    const char *q = open + ob;
    size_t digits = strspn(q, "0123456789");
    if (!digits || strncmp(q + digits, "\xe7\xa5\xa8", 3)) /* 票 */
        return 0;
    q += digits + 3;
    return !strcmp(q, ")") || !strcmp(q, "\xef\xbc\x89"); /* ） */
}

/* A rating widget's score line: the average and its vote count, nothing
 * else ("3 (1 votes)", "4.5/5 (12 votes)", "Rating: 4.2 (37 votes)", a recipe
 * card's "4.6 from 212 votes",
 * "Current article ratings:" is its label, see pa_line_tool).  ≤ 40 chars. */
int pa_line_vote_count(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 40)
        return 0;
    if (zh_vote_button(t, chars))
        return 1;
    const char *q = t;
    if (!strncasecmp(q, "rating:", 7))
        for (q += 7; *q == ' '; q++)
            ;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q) || *q == '.' || *q == ',' || *q == '/' || *q == ' ')
        q++;
    /* a recipe card's "4.6 from 212 votes", "5 from 3 votes" */
    if (!strncmp(q, "from ", 5) && isdigit((unsigned char)q[5])) {
        q += 5;
        while (isdigit((unsigned char)*q) || *q == ',')
            q++;
        return !strcmp(q, " votes") || !strcmp(q, " vote") || !strcmp(q, " reviews") || !strcmp(q, " review") ||
               !strcmp(q, " ratings") || !strcmp(q, " rating");
    }
    if (*q++ != '(')
        return 0;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q) || *q == ',')
        q++;
    if (*q++ != ' ' || strncasecmp(q, "vote", 4))
        return 0;
    q += 4;
    if (*q == 's')
        q++;
    return q[0] == ')' && q[1] == '\0';
}

/* Copy t into out (≤ cap bytes, NUL-terminated) without its spaces: ASCII
 * spaces, no-break spaces and ideographic spaces ("文　　号：", "有 效 性：",
 * "索&nbsp;引&nbsp;号" read as "文号：", "有效性：", "索引号"). */
static void zh_compact(const char *t, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; t[i] && o + 1 < cap; ) {
        if (t[i] == ' ')
            i++;
        else if (t[i] == '\xc2' && t[i + 1] == '\xa0')
            i += 2;
        else if (t[i] == '\xe3' && t[i + 1] == '\x80' && t[i + 2] == '\x80')
            i += 3;
        else
            out[o++] = t[i++];
    }
    out[o] = '\0';
}

/* Does s hold label followed by a colon ("：" or ":"), at its start when
 * `at_start`? */
static int zh_label_colon(const char *s, const char *label, int at_start)
{
    size_t n = strlen(label);
    if (at_start) /* (the search below at s's start: only its first hit could be there) */
        return !strncmp(s, label, n) && (s[n] == ':' || !strncmp(s + n, "\xef\xbc\x9a", 3));
    for (const char *at = pa_strstr(s, label); at; at = pa_strstr(at + 1, label)) {
        if (at[n] == ':' || !strncmp(at + n, "\xef\xbc\x9a", 3))
            return 1;
    }
    return 0;
}

/* A row of a Chinese government notice's record table as a line: it opens
 * with a record label and a colon ("索引号：…", "文　　号：…") and holds one
 * of the record's own labels ("发布机构：", "发文日期：", "主题分类：",
 * "有 效 性：" …); ≤ 100 chars. */
static int zh_record_fields(const char *t, size_t chars)
{
    if (chars > 100)
        return 0;
    /* the record's own labels first (OWN_LABELS of them), then those a row may also open with */
    static const char *const labels[] = {
        "\xe7\xb4\xa2\xe5\xbc\x95\xe5\x8f\xb7", /* 索引号 */
        "\xe7\x99\xbc\xe5\xb8\x83\xe6\xa9\x9f\xe6\xa7\x8b", /* 發布機構 */
        "\xe5\x8f\x91\xe5\xb8\x83\xe6\x9c\xba\xe6\x9e\x84", /* 发布机构 */
        "\xe5\x8f\x91\xe6\x96\x87\xe6\x9c\xba\xe5\x85\xb3", /* 发文机关 */
        "\xe7\x99\xbc\xe6\x96\x87\xe6\xa9\x9f\xe9\x97\x9c", /* 發文機關 */
        "\xe5\x8f\x91\xe6\x96\x87\xe6\x97\xa5\xe6\x9c\x9f", /* 发文日期 */
        "\xe7\x99\xbc\xe6\x96\x87\xe6\x97\xa5\xe6\x9c\x9f", /* 發文日期 */
        "\xe6\x88\x90\xe6\x96\x87\xe6\x97\xa5\xe6\x9c\x9f", /* 成文日期 */
        "\xe4\xb8\xbb\xe9\xa2\x98\xe5\x88\x86\xe7\xb1\xbb", /* 主题分类 */
        "\xe4\xb8\xbb\xe9\xa1\x8c\xe5\x88\x86\xe9\xa1\x9e", /* 主題分類 */
        "\xe6\x9c\x89\xe6\x95\x88\xe6\x80\xa7", /* 有效性 */
        "\xe7\x99\xbc\xe6\x96\x87\xe5\xad\x97\xe8\x99\x9f", /* 發文字號 */
        "\xe5\x8f\x91\xe6\x96\x87\xe5\xad\x97\xe5\x8f\xb7", /* 发文字号 */
        "\xe5\x85\xac\xe5\xbc\x80\xe6\x96\xb9\xe5\xbc\x8f", /* 公开方式 */
        "\xe5\x85\xac\xe9\x96\x8b\xe6\x96\xb9\xe5\xbc\x8f", /* 公開方式 */
        "\xe4\xbf\xa1\xe6\x81\xaf\xe5\x88\x86\xe7\xb1\xbb", /* 信息分类 */
        "\xe9\xab\x94\xe8\xa3\x81\xe5\x88\x86\xe9\xa1\x9e", /* 體裁分類 */
        "\xe4\xbd\x93\xe8\xa3\x81\xe5\x88\x86\xe7\xb1\xbb", /* 体裁分类 */
        "\xe4\xb8\xbb\xe9\xa2\x98\xe8\xaf\x8d", /* 主题词 */
        "\xe4\xb8\xbb\xe9\xa1\x8c\xe8\xa9\x9e", /* 主題詞 */
        "\xe5\x90\x8d\xe7\xa7\xb0", /* 名称 */
        "\xe5\x90\x8d\xe7\xa8\xb1", /* 名稱 */
        "\xe6\x96\x87\xe5\x8f\xb7", /* 文号 */
        "\xe6\x96\x87\xe8\x99\x9f", /* 文號 */
        "\xe5\x8f\x91\xe5\xb8\x83\xe6\x97\xa5\xe6\x9c\x9f", /* 发布日期 */
        "\xe7\x99\xbc\xe5\xb8\x83\xe6\x97\xa5\xe6\x9c\x9f", /* 發布日期 */
        "\xe7\xb4\xa2\xe5\x8f\x96\xe5\x8f\xb7", /* 索取号 */
    };
    enum { OWN_LABELS = 20 };
    char c[512];
    zh_compact(t, c, sizeof c);
    int opens = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0] && !opens; i++)
        opens = zh_label_colon(c, labels[i], 1);
    if (!opens)
        return 0;
    for (size_t i = 0; i < OWN_LABELS; i++)
        if (zh_label_colon(c, labels[i], 0))
            return 1;
    return 0;
}

/* A line of the story's filing fields: a category label and a dated label
 * together ("Main Category: Pediatrics Also Included In: Nutrition Article
 * Date: 12 Jan 2012", "Category: Local | Posted: 5/1/2012"): the CMS's
 * fields above or below the story, no sentence of it.  ≤ 300 chars. */
int pa_line_field_meta(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 300)
        return 0;
    if (zh_record_fields(line->text, chars))
        return 1;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    if (!strstr(low, "category:") && !strstr(low, "categories:"))
        return 0;
    static const char *const dated[] = {"date:", "posted:", "published:", "updated:"};
    for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++) {
        const char *at = strstr(low, dated[i]);
        if (!at)
            continue;
        at += strlen(dated[i]);
        for (int k = 0; k < 16 && at[k]; k++) /* "12 Jan 2012", "Jan. 12, 2012" */
            if (isdigit((unsigned char)at[k]))
                return 1;
    }
    return 0;
}

/* A dateline alone on its line above the story: the city in capitals, maybe
 * its state or country after a comma and a wire's name in brackets, then
 * the colon or dash that led into the first sentence ("LAHORE:", "CALGARY -",
 * "WASHINGTON (AP) —", "NEW DELHI, India --").  ≤ 40 chars, one to four
 * words before any comma, each of capitals ("D.C.", "ST. JOHN'S"); a
 * speaker's label ("JANE DOE, HOST:") has a comma and a colon, so a comma is
 * allowed before a dash only.  extract.c reads it only at the top, over a
 * paragraph of the story. */
int pa_line_dateline_alone(const pa_line *line)
{
    const char *t = line->text;
    size_t n = line->len;
    if (line->chars > 40 || n < 3)
        return 0;
    size_t end = n;
    while (end && t[end - 1] == ' ')
        end--;
    int colon = 0;
    if (end && t[end - 1] == ':') {
        colon = 1;
        end--;
    } else if (end >= 3 && pa_long_dash(t + end - 3)) {
        end -= 3; /* "—", "–" */
    } else if (end && t[end - 1] == '-') {
        while (end && t[end - 1] == '-')
            end--; /* "-", "--" */
    } else {
        return 0;
    }
    while (end && t[end - 1] == ' ')
        end--;
    if (end && t[end - 1] == ')') { /* the wire's name: "(AP)", "(Reuters)" */
        size_t open = end - 1;
        while (open && t[open] != '(')
            open--;
        if (t[open] != '(' || end - open > 14 || !isupper((unsigned char)t[open + 1]))
            return 0;
        for (size_t i = open + 1; i + 1 < end; i++)
            if (!isalpha((unsigned char)t[i]))
                return 0;
        end = open;
        while (end && t[end - 1] == ' ')
            end--;
    }
    if (!end || !isupper((unsigned char)t[0]))
        return 0;
    int words = 0, comma = 0, letters = 0;
    for (size_t i = 0; i < end; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c == ',') {
            if (comma++ || colon || i + 2 >= end || t[i + 1] != ' ' || !isupper((unsigned char)t[i + 2]))
                return 0;
            /* the state or country after it, one or two words of letters and dots:
             * "WASHINGTON, D.C.", "NEW DELHI, India" (not "LAS VEGAS, Jan. 11, 2012 /PRNewswire/") */
            int spaces = 0;
            for (size_t j = i + 2; j < end; j++) {
                unsigned char d = (unsigned char)t[j];
                if (d == ' ' && ++spaces > 1)
                    return 0;
                if (d != ' ' && d != '.' && !isalpha(d))
                    return 0;
            }
            break;
        }
        if (c == ' ') {
            continue;
        }
        if (i == 0 || t[i - 1] == ' ')
            words++;
        if (isupper(c))
            letters++;
        else if (c != '.' && c != '\'' && c != '-')
            return 0; /* a lower-case letter, digit or other sign: no city in capitals */
    }
    return words >= 1 && words <= 4 && letters >= 3;
}

/* A field label of the page's CMS with its value left empty, alone on its
 * line: "Created", "Last modified", "Categories", "Custom byline text:",
 * "From:" over a release's issuing office whose links were dropped (≤ 30 chars, the label and maybe a colon, nothing else). */
int pa_line_empty_field(const pa_line *line)
{
    if (line->chars > 30)
        return 0;
    const char *low = pa_line_folded_under(line, 64);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->folded_len, ": ");
    static const char *const fields[] = {
        "created",  "last modified", "modified",   "last updated", "published", "posted on",
        "date modified", /* a government template's footer ("Date modified:" over its ISO date) */
        "categories", "category",    "custom byline text", "byline", "from", /* a release's issuer ("From:") */
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (equals(low, k, fields[i]))
            return 1;
    return 0;
}

/* The site's disclaimer about its own content: the site named as "this
 * site", "this website", "our site", "our website" or "our readers" with
 * the advice or archive it disclaims ("No content on this site … should
 * ever be used as a substitute for direct medical advice …", "As a service
 * to our readers, … provides access to our library of archived content"),
 * or the pointer to its editorial policy ("Our Standards: The Example
 * Trust Principles.", "… see our editorial process.", at most 120 chars).  A story's sentence about a
 * website names no advice it is no substitute for; the caller asks it
 * only of the text's last lines. */
int pa_line_site_disclaimer(const pa_line *line)
{
    if (line->chars > 400 || line->chars < 30)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    /* the pointer to the site's editorial policy: "Our Standards: The Example Trust Principles.",
     * "Read our editorial standards", "Learn more about our ethics policy" */
    static const char *const policy[] = {"our standards:", "editorial standards", "trust principles",
                                         "ethics policy", "editorial policy", "corrections policy",
                                         "our editorial process"};
    if (line->chars <= 120 && pa_phrase_in(low, PA_PHRASES(policy)))
        return 1;
    static const char *const site[] = {"this site", "this website", "our site", "our website", "our readers"};
    static const char *const disclaimed[] = {
        "substitute for", "medical advice", "professional advice", "legal advice", "financial advice",
        "archived content", "informational purposes", "date of last review",
    };
    /* the investment desk's disclaimer under a market story: "Disclaimer: The views and recommendations made
     * above are those of individual analysts …, and not of Example." */
    static const char *const whose_views[] = {"views", "recommendations", "opinions"};
    static const char *const not_ours[] = {"those of", "do not reflect", "does not reflect", "not necessarily",
                                           "are their own", "not that of"}; /* "… expressed by experts … are their own" */
    if (!strncmp(low, "disclaimer:", 11) && pa_phrase_in(low, PA_PHRASES(whose_views)) &&
        pa_phrase_in(low, PA_PHRASES(not_ours)))
        return 1;
    return pa_phrase_in(low, PA_PHRASES(site)) &&
           pa_phrase_in(low, PA_PHRASES(disclaimed));
}

/* Does the line (t, and low: its lower form, k bytes, at the same
 * offsets) name a broadcaster's outlet by its name: " website", " app" or
 * " iplayer" after a capitalised word, no possessive ("the Example Sport
 * website", "the Example App"; not "the city's website", "the app"), or
 * the site's own ("our live blog", "our website", "our app")? */
static int named_outlet(const char *t, const char *low, size_t k)
{
    static const char *const ours[] = {"our live blog", "our liveblog", "our website", "our app"};
    if ((pa_phrase_in)(low, PA_PHRASES(ours)))
        return 1;
    static const char *const outlets[] = {" website", " app", " iplayer"};
    for (size_t o = 0; o < sizeof outlets / sizeof outlets[0]; o++)
        for (const char *at = pa_strstr(low, outlets[o]); at && (size_t)(at - low) < k;
             at = pa_strstr(at + 1, outlets[o])) {
            size_t end = (size_t)(at - low), b = end;
            while (b && t[b - 1] != ' ')
                b--;
            if (b < end && isupper((unsigned char)t[b]) && !(end - b >= 2 && t[end - 1] == 's' && t[end - 2] == '\''))
                return 1;
        }
    return 0;
}

/* Does low end with "preferred source on google" (a closing '.' or '!'
 * aside): the call "Add Example as a preferred source on Google", not a
 * how-to's "Set a preferred source on Google by tapping the star …"? */
static int source_call_ends(const char *low)
{
    static const char phrase[] = "preferred source on google";
    const char *at = pa_strstr(low, phrase);
    if (!at)
        return 0;
    at += sizeof phrase - 1;
    return at[strspn(at, " .!")] == '\0';
}

/* The site's own notice in the page around the story, anywhere: its call
 * for tips ("Got a confidential news tip? We want to hear from you.",
 * "Have a story tip? Email …", "If you have a story suggestion email
 * news@example.com": the reader's tip asked for and the way to send it,
 * an address after "If you have", at most 300 chars; the rule list in extract_lines.h),
 * a quote box's delay notice ("Data
 * is a real-time snapshot *Data is delayed at least 15 minutes", at most
 * 300), the pointer to the print edition ("Extended story in this
 * Friday's Example News", at most 100; the story's place in print is
 * pa_line_history_note's), the pointer to its section
 * ("Visit our health section for the latest news"), and the note a wire
 * of press releases leaves under the release ("For the original version
 * on Example Wire visit: …"), the desk's call for the reader's news
 * ("Have a score to report? Email …", "Know of an event we should
 * include? Email …": a question naming what the reader sends, then an
 * address or a number; "To list a nonprofit event, … call …"), a
 * broadcaster's pointer to its live coverage ("Follow live commentary on
 * the Example Sport website and app"), an AMP page's stand-in for an
 * embed ("… not available on this page. Open the full site …"), a TV
 * channel's "Track Latest News Live on …", the desk's "For feedback, …
 * contact us.", the LDR funding note and an AI summary's label.  A
 * story's sentence tells of someone else's tip, not the reader's. */
int pa_line_site_notice(const pa_line *line)
{
    if (line->chars > 300)
        return 0;
    const char *low = pa_line_lower_under(line, 512);
    if (!low)
        return 0;
    /* a government page's note on its languages and formats: "This page is available in other languages. For
     * language assistance …, call …", "To request this document in an alternate format, contact …" */
    static const char *const formats[] = {"this page is available in other languages",
                                          "this information is available in other languages",
                                          "this page is available in alternate formats",
                                          "this information is available in alternate formats",
                                          "to request this document in an alternate format",
                                          "to request this information in an alternate format",
                                          "to request this document in another format",
                                          "if you need this information in another format",
                                          "if you need this document in another format",
                                          "for language assistance or accommodations"};
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(formats)))
        return 1;
    /* an old site's page footer: "City Hall, 100 Main Street · Hours: … This page was last modified on
     * January 27, 2026." (FrontPage's stamp; a story says what changed, not that "this page" was) */
    static const char *const stamps[] = {"this page was last modified", "this page was last updated",
                                         "this page last modified", "this page last updated"};
    if (pa_phrase_in(low, PA_PHRASES(stamps)))
        return 1;
    static const char *const asks[] = {"got a tip?", "have a tip?", "news tip?", "story tip?", "a story tip", "a story?",
                                       "a news tip", "confidential tip", "a story suggestion", "a photo or video",
                                       "photos or video", "a story for ", "a story to share?"};
    /* "Do you have a story you would like to share with the Example Post? Email newsdesk@…" (the paper named
     * by its address, "us" or "we": "Do you have a story you would like to see in print? Entries for the prize
     * can be submitted online …" is a story's call for a competition's entries) */
    static const char *const story_asks[] = {"a story you ", "a story that you "};
    static const char *const to_paper[] = {" us ", " us.", " us,", " we ", "newsdesk", "news desk"};
    static const char *const call[] = {"want to hear", "email", "e-mail", "send", "submit", "contact", "let us know",
                                       "get in touch", "reach us", "tell us"};
    /* it opens the line, or follows the site's call to follow it ("Follow us on Facebook, … If you have
     * a story suggestion email …") */
    static const char *const openers[] = {"got ", "have ", "do you have "};
    static const char *const openers_with_address[] = {"if you have ", "follow us "};
    size_t k = line->len;
    int opens = pa_phrase_opens(low, k, PA_PHRASES(openers)) ||
                (pa_phrase_opens(low, k, PA_PHRASES(openers_with_address)) && strchr(low, '@'));
    if (opens && pa_phrase_in(low, PA_PHRASES(call)) &&
        (pa_phrase_in(low, PA_PHRASES(asks)) ||
         (pa_phrase_in(low, PA_PHRASES(story_asks)) && (strchr(low, '@') || pa_phrase_in(low, PA_PHRASES(to_paper))))))
        return 1;
    /* the desk's call for the reader's news, a question then the way to send it: "Have a score to report?
     * Email sports@example.com or call 555-0199.", "Got an event for our calendar? Send it to …", a station's
     * "Got pictures of the snow? Send them to us at photos@example.com …" (the pictures asked without an
     * article) */
    static const char *const reader_asked[] = {"have a ", "have an ", "got a ", "got an ", "do you have a ",
                                               "do you have an ", "know of a ", "know of an ", "got pictures ",
                                               "got photos ", "got video ", "have pictures ", "have photos ",
                                               "have video "};
    const char *question = strchr(low, '?');
    static const char *const reader_news[] = {"score", "result", "event", "news", "photo", "story", "tip", "idea",
                                              "announcement", "milestone", "to report", "to share", "pictures",
                                              "video"};
    /* (not a story's appeal for witnesses, the asker another: "Got video of the crash? Police ask witnesses to
     * email detectives at …", "… Send them to tips@example.com, police said") */
    static const char *const asker[] = {"police", "sheriff", "detective", "investigator", "authorities", "officials",
                                        "crime stoppers"};
    if (pa_phrase_opens(low, k, PA_PHRASES(reader_asked)) && question && question - low <= 60 &&
        (strchr(question, '@') || strstr(question, "call ") || strstr(question, "email ")) &&
        pa_phrase_in(question, PA_PHRASES(call)) && !pa_phrase_in(question, PA_PHRASES(asker)) &&
        !reports_speech(low)) {
        char asked[64];
        size_t n = (size_t)(question - low);
        memcpy(asked, low, n);
        asked[n] = '\0';
        if (pa_phrase_in(asked, PA_PHRASES(reader_news)))
            return 1;
    }
    /* the calendar's call without a question: "To list a nonprofit event, drop it off at the office or call
     * 555-0100 by Monday noon." (what the reader sends named before the first comma) */
    static const char *const to_list[] = {"to list a", "to list your", "to submit a", "to submit your", "to add a",
                                          "to add your"};
    if (pa_phrase_opens(low, k, PA_PHRASES(to_list)) &&
        (strchr(low, '@') || strstr(low, "call ") || strstr(low, "email ") || strstr(low, "drop it off"))) {
        char asked[64];
        size_t n = strcspn(low, ",");
        /* (the call in the imperative after the comma: "To add a new event, organizers must call the permit
         * office …" is a story's rule) */
        static const char *const imperatives[] = {"call ", "email ", "e-mail ", "send ", "submit ", "drop ", "visit ",
                                                  "go to ", "contact ", "fill ", "write ", "mail ", "click ",
                                                  "please ", "use ", "complete ", "bring "};
        size_t rest = n + strspn(low + n, ", ");
        int imperative = rest < k && pa_phrase_opens(low + rest, k - rest, PA_PHRASES(imperatives));
        n = n < sizeof asked - 1 ? n : sizeof asked - 1;
        memcpy(asked, low, n);
        asked[n] = '\0';
        if (imperative && pa_phrase_in(asked, PA_PHRASES(reader_news)))
            return 1;
    }
    /* the tabloid's call for the reader's story: "We pay for your stories! Do you have a story for the
     * Example news desk?", "Do you have a story to share?" (its address on the next line) */
    if (!strncmp(low, "we pay for your stor", 20) ||
        (line->chars <= 100 && !strncmp(low, "do you have a story ", 20) && low[k - 1] == '?'))
        return 1;
    /* the same call with its way in on the line: "Do you have a story? WhatsApp us on +254 …", "Got a story?
     * Email us at tips@example.com" */
    static const char *const story_asked[] = {"do you have a story? ", "have a story? ", "got a story? "};
    static const char *const story_sent[] = {"whatsapp us", "email us", "e-mail us", "call us", "text us", "contact us",
                                             "write to us", "send it to"};
    if (line->chars <= 120 && pa_phrase_opens(low, k, PA_PHRASES(story_asked)) &&
        pa_phrase_in(low, PA_PHRASES(story_sent)) && !reports_speech(low))
        return 1; /* (not a call told of: "Got a story? Text us, the radio host told listeners.") */
    /* the call for the readers' views under a story: "Are you going to the festival? Let us know in the
     * comments below.", "Tell us what you think in the comments" (no quotation mark nor speech reported: a
     * story's "\"Let us know in the comments,\" the vlogger told fans" tells of someone's call) */
    static const char *const in_comments[] = {"let us know in the comments", "tell us in the comments",
                                              "let us know what you think in the comments",
                                              "tell us what you think in the comments",
                                              "share your thoughts in the comments",
                                              "have your say in the comments"};
    if (line->chars <= 200 && pa_phrase_in(low, PA_PHRASES(in_comments)) && !strchr(low, '"') &&
        !strstr(low, "\xe2\x80\x9c") && !reports_speech(low))
        return 1;
    /* the comment box's call ("Join thought-provoking conversations, follow other … readers and see their
     * replies"), the letters page's call under an opinion piece ("Do you have an opinion on the issues raised in
     * this article? If you would like to submit a response … to be considered for publication in our letters
     * section, …"), the search engine's source call ("Add Example as a preferred source on Google") */
    static const char *const reader_calls[] = {"join thought-provoking conversations",
                                               "do you have an opinion on the issues raised in this article",
                                               "to play this video you need to enable javascript"};
    static const char *const source_calls[] = {"add ", "make ", "set ", "choose "};
    /* (the letters call asks for the reader's letter: "… submit a response … to be considered for publication in
     * our letters section, please click here"; a reader's editor's "one in five of the 4,000 letters were
     * considered for publication in our letters pages" counts them) */
    static const char *const letter_asks[] = {"submit", "send", "email", "e-mail", "click", "write to"};
    if (pa_phrase_opens(low, k, PA_PHRASES(reader_calls)) ||
        (strstr(low, "considered for publication in our letters") && pa_phrase_in(low, PA_PHRASES(letter_asks)) &&
         !reports_speech(low)) ||
        (line->chars <= 120 && source_call_ends(low) && pa_phrase_opens(low, k, PA_PHRASES(source_calls))))
        return 1;
    /* the consumer desk's call for the reader's problem: "Do you have an issue with a company that you haven't
     * been able to resolve? If so, Example 7 On Your Side wants to help you!", "Got a problem with a
     * contractor? Our Action Team is here to help." (the reader asked, then the desk offering its help; no one's
     * words reported) */
    static const char *const desk_asked[] = {"do you have ", "have you ", "are you having ", "got a ", "got an ",
                                             "having trouble ", "do you work ", "do you know "};
    /* (or the newsroom's call for the readers' accounts under an investigation: "Do you have a family member in
     * a nursing home? Tell us about their care.") */
    static const char *const desk_helps[] = {"wants to help you", "want to help you", "is here to help",
                                             "are here to help", "wants to hear from you",
                                             "want to hear from you", "tell us about", "tell us your",
                                             /* the desk answering the readers' questions: "Do you have a question
                                              * about Example County you'd like us to answer? Submit it below." (the
                                              * desk's own form; not a debate story's "Submit your question to the
                                              * League of Women Voters at …") */
                                             "submit it below", "submit your question below",
                                             "submit your question here", "ask it below",
                                             "we want to hear", "we'd like to hear", "we would like to hear",
                                             "share your experience"};
    if (line->chars <= 220 && question && question - low <= 140 &&
        pa_phrase_opens(low, k, PA_PHRASES(desk_asked)) && pa_phrase_in(question, PA_PHRASES(desk_helps)) &&
        !reports_speech(low))
        return 1;
    /* the station's call for the viewers' pictures: "Send us your photos and videos at example.com/upload.",
     * "Share your weather photos with us." (the call opening the line, the pictures, and the station itself or
     * its address; not a story's "Submit your photos to the contest by Friday, when judging begins.", nor
     * "Submit your photos to the county fair's contest at examplefair.com", the address of another receiver
     * named) */
    static const char *const pictures_asked[] = {"send us your ", "share your ", "submit your ", "upload your "};
    static const char *const pictures[] = {"photo", "video", "pictures"};
    static const char *const other_receiver[] = {" to the ", " with the "};
    /* (nor the police's call for evidence a story quotes: "Send us your photos or video of the suspect vehicle at
     * tips@examplepd.gov.") */
    static const char *const evidence[] = {"suspect", "crime", "police", "investigat", "evidence", "witness", ".gov"};
    int evidence_asked = pa_phrase_in(low, PA_PHRASES(evidence));
    if (line->chars <= 150 && pa_phrase_opens(low, k, PA_PHRASES(pictures_asked)) &&
        pa_phrase_in(low, PA_PHRASES(pictures)) &&
        (!strncmp(low, "send us ", 8) || strstr(low, " with us") || strstr(low, " to us") ||
         ((strchr(low, '@') || strstr(low, ".com")) && !pa_phrase_in(low, PA_PHRASES(other_receiver)))) &&
        !reports_speech(low) && !evidence_asked)
        return 1;
    /* the paper's call for the readers' feedback with its address, closing the story: "Send us your feedback to
     * editor@example.com." (the call opening a short line, an address in it; a story's "Send your feedback to the
     * ministry by Friday, the notice said" names no address and reports a speech) */
    if (line->chars <= 100 && (!strncmp(low, "send us your feedback", 21) || !strncmp(low, "send your feedback to ", 22)) &&
        holds_email(low) && !reports_speech(low))
        return 1;
    /* the same desk's call without a question: "If you have a consumer problem you would like us to look into,
     * contact our team." ("if you have", the desk itself asked to act, then the way to reach it; not a quoted
     * "… you would like us to fix, call the city, the mayor said", nor an agency's call a story reports: "If you
     * have a concern you would like us to look into, contact the detectives' unit, police wrote in the
     * release.") */
    static const char *const desk_to_act[] = {"you would like us to ", "you'd like us to ", "you want us to "};
    if (line->chars <= 220 && !strncmp(low, "if you have ", 12) && pa_phrase_in(low, PA_PHRASES(desk_to_act)) &&
        pa_phrase_in(low, PA_PHRASES(call)) && !reports_speech(low) && !reports_writing(low))
        return 1;
    /* the series' call for the readers' cases closing its standing note: "Bill of the Month is a crowdsourced
     * investigation … Do you have an interesting medical bill you want to share with us? Tell us about it!" (the
     * reader asked, then "Tell us about it" ending the line) */
    static const char *const tell_us[] = {"tell us about it!", "tell us about it.", "share it with us!",
                                          "share it with us.", "tell us your story!", "tell us your story."};
    static const char *const case_asked[] = {"do you have ", "have you "};
    /* (the ending first: the question and the speech are searched for only under a matching one) */
    for (size_t t = 0; line->chars <= 400 && t < sizeof tell_us / sizeof tell_us[0]; t++) {
        size_t tl = strlen(tell_us[t]);
        if (line->len < tl + 1 || strcmp(low + line->len - tl, tell_us[t]))
            continue;
        const char *asking = NULL;
        for (size_t r = 0; !asking && r < sizeof case_asked / sizeof case_asked[0]; r++)
            asking = strstr(low, case_asked[r]);
        if (asking && memchr(asking, '?', (size_t)(low + line->len - tl - asking)) && !reports_speech(low))
            return 1;
    }
    /* the pointer to the print edition under a short web story: "Extended story in this Friday's
     * Example News", "Read the full story in Thursday's paper" */
    static const char *const story_in[] = {"extended story in ", "full story in ", "complete story in "};
    static const char *const print[] = {"'s ", "\xe2\x80\x99s ", "edition", "paper", "issue"};
    if (line->chars <= 100 && pa_phrase_in(low, PA_PHRASES(story_in)) &&
        pa_phrase_in(low, PA_PHRASES(print)) && strncmp(low, "the ", 4))
        return 1;
    /* the press regulator's note under a UK paper's story: "This website and associated newspapers adhere to
     * the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint …" */
    static const char *const regulator[] = {"independent press standards organisation", "editors' code of practice",
                                            "editors\xe2\x80\x99 code of practice", "regulated by ipso",
                                            "contact ipso"};
    static const char *const abides[] = {"adhere", "abide", "regulated by", "complaint", "committed to"};
    if (pa_phrase_in(low, PA_PHRASES(regulator)) && pa_phrase_in(low, PA_PHRASES(abides)) &&
        (strstr(low, "this website") || strstr(low, "this site") || strstr(low, "our ") || strstr(low, "we ")))
        return 1;
    /* the pointer to the site's section: "Visit our health section for the latest news on this subject." */
    if (line->chars <= 150 && !strncmp(low, "visit our ", 10) && strstr(low, " section"))
        return 1;
    /* the station's pointer to itself: "For the latest news, weather, sports, and streaming video, head to
     * Example News."; its call for corrections: "See a spelling or grammatical error in our story? Please click
     * here to report it.", "To report a typo, email …", "Report a correction or typo" */
    if (line->chars <= 150 && !strncmp(low, "for the latest ", 15) &&
        (strstr(low, " head to ") || strstr(low, " visit ") || strstr(low, " go to ")))
        return 1;
    /* the broadcaster's pointer to its own live coverage: "Follow live text commentary of every ball on the
     * Example Sport website and app.", "Watch the final live on Example Two and the Example Sport website
     * from 18:00 GMT.", a paper's "FOLLOW ALL THE LATEST TRANSFER NEWS ON OUR LIVE BLOG" (a call to the
     * reader, no one's words reported) */
    static const char *const live_calls[] = {"follow ", "watch ", "listen ", "catch ", "get "};
    static const char *const outlets[] = {" website", " app ", " app.", " app,", " iplayer", " live stream",
                                          " live blog", " liveblog"};
    static const char *const coverage[] = {" live", "commentary", "coverage", "updates", "highlights", "reaction"};
    if (line->chars <= 150 && pa_phrase_opens(low, k, PA_PHRASES(live_calls)) &&
        pa_phrase_in(low, PA_PHRASES(outlets)) && pa_phrase_in(low, PA_PHRASES(coverage)) && !reports_speech(low) &&
        named_outlet(line->text, low, k))
        return 1;
    /* a TV channel's pointer to its live news under each story: "Track Latest News Live on Example 24 and get
     * news updates from India and around the world" */
    if (line->chars <= 150 && !strncmp(low, "track ", 6) && strstr(low, "latest news") && strstr(low, " news updates") &&
        !reports_speech(low))
        return 1;
    /* the desk's pointer to its site: "For more news like this visit The Example Times.", "For more news, visit
     * example.com", a station's "For more local news, visit Example.com/news." or ", head to …" (the call
     * right after the comma, to the site's address or "our" page; not "For more local news coverage, the station
     * will go to …", nor a media story's "For more local news, visit the Courier's new website, which …") */
    if (line->chars <= 100 && (!strncmp(low, "for more news like this", 23) || !strncmp(low, "for more news, visit ", 21)) &&
        strstr(low, "visit ") && !reports_speech(low))
        return 1;
    static const char *const site_pointed[] = {".com", ".org", ".net", ".tv", "www.", " our "};
    const char *pointer_comma = strchr(low, ',');
    if (line->chars <= 100 && !strncmp(low, "for more local news", 19) && pointer_comma &&
        (!strncmp(pointer_comma, ", visit ", 8) || !strncmp(pointer_comma, ", head to ", 10) ||
         !strncmp(pointer_comma, ", go to ", 8)) &&
        pa_phrase_in(pointer_comma, PA_PHRASES(site_pointed)) && !reports_speech(low))
        return 1;
    /* the desk's address for letters: "We welcome your comments at letters@example.in." */
    if (line->chars <= 100 && !strncmp(low, "we welcome your comments at ", 28) && strchr(low, '@'))
        return 1;
    /* the desk's address for the reader: "For feedback, complaints, or inquiries, contact us." */
    if (line->chars <= 100 && !strncmp(low, "for feedback", 12) && strstr(low, "contact us"))
        return 1;
    /* the funder's note under a syndicated local-government story: "LDR is local body journalism co-funded by
     * RNZ and NZ On Air.", "Local Democracy Reporting is … funded by …" */
    if (line->chars <= 250 && (!strncmp(low, "ldr is ", 7) || !strncmp(low, "local democracy reporting is ", 29)) &&
        strstr(low, "funded by"))
        return 1;
    /* the label of a summary a machine wrote: "Quick Read: Summary is AI generated, newsroom reviewed.", "AI-generated
     * summary" opening or closing the line (a story's "The AI-generated summary wrongly said …", a tech story's
     * "Google will show an AI-generated summary above some search results." stay) */
    size_t ai_end = pa_trim_tail(low, strlen(low), ".:!) ");
    if (line->chars <= 100 &&
        (strstr(low, "summary is ai generated") || strstr(low, "summary is ai-generated") ||
         !strncmp(low, "ai-generated summary", 20) ||
         (ai_end >= 20 && !strncmp(low + ai_end - 20, "ai-generated summary", 20))) &&
        !reports_speech(low))
        return 1;
    static const char *const fixes[] = {"report a typo", "spelling or grammatical error", "report a correction",
                                        "report an error", "report a mistake"};
    if (line->chars <= 150 && pa_phrase_in(low, PA_PHRASES(fixes)) &&
        (strstr(low, "click") || strstr(low, "email") || strstr(low, "e-mail") || line->chars <= 40))
        return 1;
    /* the place of an embed the reader's own consent settings hide ("your …", not a story's "users' privacy
     * settings"), and of a missing audio version: "This
     * content is not available due to your privacy preferences.", "Audio for this article is not available." */
    if (strstr(low, "not available") &&
        (strstr(low, "your privacy preferences") || strstr(low, "your privacy settings") ||
         strstr(low, "your cookie settings") || strstr(low, "audio for this article")))
        return 1;
    /* an AMP or app page's stand-in for an embed it cannot show, sending the reader to the full page: "Live
     * timing is not available on this page. Open the full site for live timing.", "This content is not
     * available in AMP. View the full version." */
    static const char *const full_page[] = {"full site", "full version", "full article", "full page", "desktop site",
                                            "desktop version", "full website"};
    /* (the call opens a sentence: "The full version of the audit is not available to the public; reporters were
     * told to see the summary" is a story's) */
    static const char *const full_page_calls[] = {"open ", "view ", "visit ", "go to ", "see "};
    if (line->chars <= 200 && (strstr(low, "not available") || strstr(low, "not supported")) &&
        pa_phrase_in(low, PA_PHRASES(full_page)) && opens_a_sentence(low, PA_PHRASES(full_page_calls)))
        return 1;
    /* the pointer to the wire's page on the topic: "Follow AP's coverage of the pandemic at
     * https://apnews.com/hub/coronavirus-pandemic", "Find more coverage at …" */
    static const char *const pointers[] = {"follow ", "find ", "more ", "see ", "read more "};
    if (pa_phrase_opens(low, line->len, PA_PHRASES(pointers)) && strstr(low, "coverage") &&
        (strstr(low, "://") || strstr(low, "www.")))
        return 1;
    /* a live blog's status note and its pointer to the coverage that goes on elsewhere: "This live blog has
     * now ended.", "This blog is now closed.", "Our live coverage has ended", "Our coverage continues here: …"
     * (the note opens the line; a reporter's closing post words it otherwise) */
    static const char *const live_status[] = {"this live blog ", "this liveblog ", "this blog ", "this live page ",
                                              "this live coverage ", "our live coverage ", "the live blog ",
                                              "live coverage has "};
    static const char *const live_ended[] = {" ended", " closed", " no longer ", " finished", " concluded"};
    static const char *const continues[] = {"our coverage continues", "our live coverage continues",
                                            "coverage continues here", "our coverage of this story continues",
                                            "go here for the latest", "you can find our latest coverage",
                                            "read our latest coverage", "follow our latest coverage"};
    /* (a line reporting speech is the story's: "Live coverage has ended for the night, but crews will keep
     * working, officials said.", "Go here for the latest, officials told residents in a text alert …") */
    if (line->chars <= 160 && ((pa_phrase_opens(low, k, PA_PHRASES(live_status)) &&
                                pa_phrase_in(low, PA_PHRASES(live_ended))) ||
                               pa_phrase_opens(low, k, PA_PHRASES(continues))) &&
        !reports_speech(low))
        return 1;
    /* its call for the reader's pictures with the way to send them: "Send us your pictures and stories: email
     * news@example.com or WhatsApp 0770 000 0000" */
    static const char *const sends[] = {"send us your ", "share your "};
    static const char *const sent[] = {"picture", "photo", "video", "stories", "story"};
    if (line->chars <= 200 && pa_phrase_opens(low, k, PA_PHRASES(sends)) && pa_phrase_in(low, PA_PHRASES(sent)) &&
        (strchr(low, '@') || strstr(low, "whatsapp")) && !evidence_asked)
        return 1;
    /* a medical site's picture caption, opened by its pin button: "Share on Pinterest Experts say …" */
    if (!strncmp(low, "share on pinterest", 18))
        return 1;
    /* the syndicate's line under a column: "Distributed by Tribune Content Agency, LLC." */
    static const char *const syndicates[] = {"content agency", "syndicate", "features", "llc", "inc."};
    /* the line ends with the syndicate's name: "… Agency, LLC.", "… Features Syndicate"; a story's "Distributed
     * by Acme Inc., the vaccine reached …" goes on */
    static const char *const syndicate_ends[] = {"agency", "syndicate", "syndication", "features", "llc", "inc"};
    if (line->chars <= 80 && !strncmp(low, "distributed by ", 15) && pa_phrase_in(low, PA_PHRASES(syndicates))) {
        size_t end = strlen(low);
        while (end && (low[end - 1] == '.' || low[end - 1] == ' '))
            end--;
        for (size_t i = 0; i < sizeof syndicate_ends / sizeof syndicate_ends[0]; i++) {
            size_t sl = strlen(syndicate_ends[i]);
            if (end > sl && !strncmp(low + end - sl, syndicate_ends[i], sl) && low[end - sl - 1] == ' ')
                return 1;
        }
    }
    /* the network's note under a story one of its papers ran first: "Originally published as …"; a wire's under
     * a release it carries: "Article originally published on www.example.com as <headline>" */
    if (!strncmp(low, "originally published as ", 24) ||
        (line->chars <= 300 && !strncmp(low, "article originally published on ", 32) && strstr(low + 32, " as ")))
        return 1;
    /* the wire's pointer to its own site under a story a partner runs: "More stories like this are available
     * on example.com", "For more articles like this, please visit us at example.com", "Visit Example at
     * www.example.com" (the name it visits is in the address) */
    static const char *const more_like_this[] = {"more stories like this are available", "more articles like this are available",
                                                 "for more articles like this", "for more stories like this"};
    if (line->chars <= 150 && pa_phrase_opens(low, k, PA_PHRASES(more_like_this)))
        return 1;
    if (line->chars <= 80 && !strncmp(low, "visit ", 6)) {
        const char *name = low + 6, *at = strstr(name, " at www.");
        size_t nl = at ? (size_t)(at - name) : 0;
        if (nl >= 3 && nl <= 20 && !memchr(name, ' ', nl) && !strchr(at + 8, ' ')) {
            const char *domain = at + 8;
            size_t dl = strcspn(domain, "./");
            if (dl == nl && !strncmp(domain, name, nl))
                return 1;
        }
    }
    /* the distributor's note under a press release it carries: "For the original version on PRWeb visit: …" */
    if (!strncmp(low, "for the original version on ", 28))
        return 1;
    /* the feed's footer a blog's post carries where it is republished: "The post Example headline appeared
     * first on Example Blog." */
    if (!strncmp(low, "the post ", 9) && strstr(low, " appeared first on "))
        return 1;
    /* the portal's note over a release it carries: "The Example News Department was not involved in the
     * creation of this content." */
    if (line->chars <= 200 && strstr(low, "not involved in the creation of this content"))
        return 1;
    /* the sponsor's note under a paid piece: "This content was produced by Example Valves. The editorial staff
     * of Example Engineering had no role in its preparation." (the piece named, then who made it and the
     * newsroom's part in it: none) */
    static const char *const paid_piece[] = {"this content was ", "this content is ", "this article was ",
                                             "this article is ", "this post was ", "this post is "};
    static const char *const no_part[] = {"had no role", "has no role", "were not involved", "was not involved",
                                          "did not participate", "had no part"};
    if (line->chars <= 300 && pa_phrase_opens(low, k, PA_PHRASES(paid_piece)) && strstr(low, " by ") &&
        strstr(low, "editorial") && pa_phrase_in(low, PA_PHRASES(no_part)))
        return 1;
    /* the site's pointer to its front page or to the writer's other stories: "Visit Example's homepage for
     * more stories.", "Click for more Example articles by Jane Doe." */
    if (line->chars <= 100 && ((!strncmp(low, "visit ", 6) && strstr(low, "homepage for more")) ||
                               (!strncmp(low, "click for more ", 15) &&
                                (strstr(low, " articles by ") || strstr(low, " stories by ")))))
        return 1;
    /* the mailing platform's line over a newsletter the site archives as a post: "View this email in your
     * browser", "Is this email not displaying correctly? View it in your browser." */
    if (line->chars <= 100 && strstr(low, "this email") && strstr(low, "in your browser"))
        return 1;
    /* a newsletter platform's poll and referral program under the issue: "How did you like today's
     * newsletter?", "Login or Subscribe to participate in polls.", "Share and earn rewards! You currently have
     * 0 referrals …", "Or copy and paste this link to others: https://…" */
    static const char *const issue_words[] = {"newsletter", "issue", "edition", "email", "briefing"};
    if (line->chars <= 80 &&
        (!strncmp(low, "how did you like ", 17) || !strncmp(low, "how would you rate ", 19) ||
         !strncmp(low, "did you enjoy this ", 19) || !strncmp(low, "did you enjoy today", 19)) &&
        pa_phrase_in(low, PA_PHRASES(issue_words)))
        return 1;
    if (line->chars <= 80 && strstr(low, "to participate in polls"))
        return 1;
    if (line->chars <= 300 && (strstr(low, "share and earn rewards") || (strstr(low, "earn rewards") && strstr(low, "referr")) ||
                               (strstr(low, "you currently have ") && strstr(low, " referral")) ||
                               strstr(low, "copy and paste this link to others")))
        return 1;
    return strstr(low, "data is delayed") != NULL || strstr(low, "quotes delayed") != NULL ||
           (strstr(low, "delayed at least") && strstr(low, "minutes"));
}

/* The label over a science wire's notes under the story ("Story
 * Source:", "Journal Reference:", "Journal information: Nature"): the
 * institution's release it ran, the paper and how to cite the page
 * follow it, none of them the story; at most 100 chars; or the label
 * with its citation run in ("Journal reference: Doe J. et al., Nature,
 * 2019."), at most 400. */
int pa_line_source_notes_label(const pa_line *line)
{
    if (line->chars > 400)
        return 0;
    const char *low = pa_line_folded_under(line, 1024);
    if (!low)
        return 0;
    static const char *const cited[] = {"journal reference: ", "journal references: "};
    if (pa_phrase_opens(low, line->folded_len, PA_PHRASES(cited)))
        return 1;
    if (line->chars > 100)
        return 0;
    size_t k = pa_trim_tail(low, line->folded_len, ": ");
    static const char *const labels[] = {"story source", "story sources", "journal reference", "journal references",
                                         "journal information"};
    if (pa_phrase_is(low, k, PA_PHRASES(labels)))
        return 1;
    return !strncmp(low, "journal information: ", 21);
}

/* The issuing office's sign-off in capitals (see extract_lines.h). */
int pa_line_office_signoff(const pa_line *line)
{
    const char *t = line->text;
    size_t len = line->len;
    if (line->chars > 60 || len < 8 || !isupper((unsigned char)t[0]))
        return 0;
    size_t spaces = 0;
    for (size_t i = 0; i < len; i++) {
        if (islower((unsigned char)t[i]))
            return 0;
        spaces += t[i] == ' ';
    }
    if (!spaces)
        return 0;
    static const char *const offices[] = {"MINISTRY", "OFFICE", "DEPARTMENT", "SECRETARIAT", "BUREAU", "AGENCY"};
    for (size_t k = 0; k < sizeof offices / sizeof offices[0]; k++) {
        size_t n = strlen(offices[k]);
        for (const char *at = strstr(t, offices[k]); at; at = strstr(at + 1, offices[k]))
            if ((at == t || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' ' || at[n] == ','))
                return 1;
    }
    return 0;
}

/* The label over a release's notes to editors (see extract_lines.h). */
int pa_line_editor_notes_label(const pa_line *line)
{
    if (line->chars > 100 || (line->text[0] != 'N' && line->text[0] != 'n'))
        return 0;
    const char *low = pa_line_folded_under(line, 256);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->folded_len, ": ");
    static const char *const labels[] = {"notes to editors", "note to editors", "notes for editors", "note for editors",
                                         "notes to the editor", "note to the editor", "notes to editor",
                                         "notes to the editors", "note to the editors"};
    if (pa_phrase_is(low, k, PA_PHRASES(labels)))
        return 1;
    static const char *const opening[] = {"notes to editors: ", "note to editors: ", "notes for editors: ",
                                          "note for editors: ", "notes to the editor: ", "note to the editor: "};
    return pa_phrase_opens(low, k, PA_PHRASES(opening));
}

/* A podcast host's label over the episode's people (see extract_lines.h). */
int pa_line_show_people_label(const pa_line *line)
{
    static const char *const labels[] = {"creators & guests", "creators and guests", "creators + guests"};
    /* (the length and the first byte reject nearly every line before the folded form is read) */
    return line->chars <= 24 && (line->text[0] == 'C' || line->text[0] == 'c') &&
           pa_line_folded_alone_among(line, 24, 64, ": ", PA_PHRASES(labels));
}

/* A government release's "Backgrounder" label (see extract_lines.h). */
int pa_line_backgrounder_label(const pa_line *line)
{
    if (line->chars < 12 || line->chars > 14 || (line->text[0] != 'B' && line->text[0] != 'b'))
        return 0;
    const char *low = pa_line_folded_under(line, 32);
    if (!low)
        return 0;
    static const char *const labels[] = {"backgrounder", "backgrounders"};
    return pa_phrase_is(low, pa_trim_tail(low, line->folded_len, ": "), PA_PHRASES(labels));
}

/* Does low (a line folded, k bytes) open with the label of an investing
 * page's disclosure or disclaimer ("Analyst's Disclosure:", "Additional
 * disclosure:", "Example's Disclosure:", "Disclaimer:", "DISCLAIMER:",
 * "Disclosure & Policies:"; at most four words before the colon, in the
 * first 48 bytes) and name what such notes are about: a position held,
 * past performance, advice or a recommendation, the writer's own
 * opinions, informational purposes, the site's editorial policies? */
static int labelled_disclosure(const char *low, size_t k)
{
    const char *colon = memchr(low, ':', k < 48 ? k : 48);
    if (!colon)
        return 0;
    size_t at = (size_t)(colon - low);
    char label[48];
    memcpy(label, low, at);
    label[at] = '\0';
    if (!pa_strstr(label, "disclosure") && !pa_strstr(label, "disclaimer"))
        return 0; /* "Disclosure:", "Analyst's Disclosure:", "Disclosure & Policies:" */
    size_t words = 1;
    for (size_t i = 0; i < at; i++) {
        if (low[i] == ' ')
            words++;
        else if (low[i] == '.')
            return 0; /* a sentence before the label */
    }
    if (words > 4)
        return 0;
    /* (a position in a stock: "long position", "derivative position in"; a story's "Disclosure: The senator's
     * husband holds a position on the board …" is a post) */
    static const char *const about[] = {"long position", "short position", "position in", "positions in",
                                        "past performance", "investment advice", "financial advice",
                                        "not a recommendation", "no recommendation", "my own opinions",
                                        "informational purposes", "educational purposes", "do your own research",
                                        "editorial policies", "editorial policy"};
    return (pa_phrase_in)(colon, PA_PHRASES(about));
}

/* Does a sentence of low (NUL-terminated) open with a police log as its
 * subject and a verb saying what the log is ("This log reflects …", "The
 * blotter is …", "The daily log does not …")?  Not a log truck, a log
 * cabin or a log jam ("The log truck overturned …"), nor what a log shows
 * ("The log shows …", a story reading one). */
static int log_states_itself(const char *low)
{
    static const char *const logs[] = {"this log ", "the log ", "this blotter ", "the blotter ", "this activity log ",
                                       "the activity log ", "this police log ", "the police log ", "this daily log ",
                                       "the daily log "};
    static const char *const verbs[] = {"is ", "reflects ", "represents ", "contains ", "includes ", "does ",
                                        "may ", "should ", "consists ", "only ", "lists only "};
    for (const char *s = low; s;) {
        for (size_t i = 0; i < sizeof logs / sizeof logs[0]; i++) {
            size_t n = strlen(logs[i]);
            if (!strncmp(s, logs[i], n) && pa_phrase_opens(s + n, strlen(s + n), PA_PHRASES(verbs)))
                return 1;
        }
        const char *next = strpbrk(s, ".!?");
        s = next && next[1] == ' ' ? next + 2 : next ? next + 1 : NULL;
    }
    return 0;
}

/* The standing note a site sets on every story of one kind, not the
 * story: the opinion desk's disclaimer ("The views expressed in this
 * commentary are solely those of the author.", "Guest columns are the
 * opinion of the writer and do not necessarily reflect the views of the
 * newspaper"), its note on whose voice an editorial is ("Editorials are
 * the institutional opinion of …") and its call for letters ("Have an
 * opinion on this article? … Submit a letter to the editor", "Send a
 * letter of up to 250 words to letters@…", "Letters have been edited for
 * length and clarity. Write to us at …"; "Editorials represent the views
 * of the … board"), the markets desk's "This
 * article is … not investment advice", the betting box's "18+ Gamble
 * responsibly", the crime desk's "Criminal charges are merely
 * accusations, and a defendant is presumed innocent until proven
 * guilty", the health desk's "The information in this story is accurate
 * as of press time", a text-alert pitch's "Msg & data rates may apply",
 * an obituary platform's "To send flowers … please visit our floral store";
 * at most 300 chars.  A story's own sentence about views, advice,
 * gambling or a trial names none of the note's own words (the story's
 * author, "this article", "press time", the letters page). */
int pa_line_standing_note(const pa_line *line)
{
    if (line->chars > 300)
        return 0;
    const char *low = pa_line_folded_under(line, 1024);
    if (!low || reports_speech(low))
        return 0; /* "…, a spokesman said": the story reports someone's words */
    size_t k = line->folded_len;
    /* the opinion desk: whose views the piece gives */
    static const char *const views[] = {"views expressed", "opinions expressed", "views and opinions",
                                        "comments expressed", /* the readers' ("… do not reflect the opinions of …") */
                                        "the opinion of the writer", "the opinion of the author",
                                        "the opinions of the writer", "the opinions of the author"};
    static const char *const owner[] = {"solely those of", "those of the author", "the author's own",
                                        "the writer's own", "those of the writer", "of the writer", "of the author",
                                        "are her own", "are his own", "are their own", "are my own"};
    /* "… do not necessarily reflect …" names whose views they are not: the page's ("in this column",
     * "herein"), not a minister's */
    static const char *const disowned[] = {"not necessarily", "do not reflect", "does not reflect"};
    static const char *const page_words[] = {"this article", "this commentary", "this column", "this piece",
                                             "this post", "this page", "this story", "this op-ed", "herein",
                                             "expressed above", "expressed here", "the newspaper", "the publication"};
    if (pa_phrase_in(low, PA_PHRASES(views)) &&
        (pa_phrase_in(low, PA_PHRASES(owner)) ||
         (pa_phrase_in(low, PA_PHRASES(disowned)) && pa_phrase_in(low, PA_PHRASES(page_words)))))
        return 1;
    static const char *const whose_voice[] = {"the institutional opinion", "the institutional voice",
                                              "the opinion of the editorial board", "the views of the editorial board",
                                              "opinion pieces in the"};
    if (pa_phrase_in(low, PA_PHRASES(whose_voice)))
        return 1;
    /* "Editorials represent the views of the Example's editorial board, which operates separately from the
     * newsroom." */
    static const char *const editorials_are[] = {"editorials represent ", "editorials reflect ",
                                                 "editorials are written by ", "editorials are the "};
    /* (whose views they are: not "Editorials reflect a shift in tone since the paper's sale, media scholars say,
     * and the board has changed too") */
    if (pa_phrase_opens(low, k, PA_PHRASES(editorials_are)) &&
        (strstr(low, "editorial board") || strstr(low, " views of ") || strstr(low, " opinion of ")))
        return 1;
    /* the call for letters, and its heading or byline alone */
    static const char *const letters[] = {"letter to the editor", "letters to the editor", "a letter of up to",
                                          "submit a letter", "letters should be", "letters of up to",
                                          "welcomes letters", "letters have been edited", "letters are edited",
                                          "letters may be edited", "an op-ed", "your own op-ed", "a guest column"};
    static const char *const letter_calls[] = {"submit", "send", "write", "email", "e-mail", "share", "we want",
                                               "no more than", "include your", "be sent to", "keep them under"};
    /* the call speaks to the reader: in the imperative, to "you", or with the desk's address; not a story's
     * "In a letter to the editor, she urged readers to write …" */
    static const char *const letter_openers[] = {"submit", "send", "write", "email", "e-mail", "share", "we want",
                                                 "letters should be", "letters must", "include your"};
    if (pa_phrase_in(low, PA_PHRASES(letters)) && pa_phrase_in(low, PA_PHRASES(letter_calls)) &&
        (opens_a_sentence(low, PA_PHRASES(letter_openers)) || strstr(low, "you") || strchr(low, '@')))
        return 1;
    static const char *const alone[] = {"letters to the editor", "letter to the editor", "the editorial board",
                                        "submit a letter"};
    if (pa_phrase_is(low, k, PA_PHRASES(alone)))
        return 1;
    /* the advice column's call for questions under every column: "Have a question for our tax expert? Email
     * money@example.com …", "Send your questions to Margo at …", "Dr. Roe regrets he cannot answer individual
     * letters but will answer those of general interest in his column."; the column's words with an address or
     * the column itself, not a story's "Residents with questions can email the clerk" */
    static const char *const asks[] = {"a question for our", "your questions to", "your question to",
                                       "individual letters", "individual questions", "answer every letter",
                                       "answer every question", "those of general interest", "questions of general interest"};
    static const char *const columns[] = {"column", "expert", "letters", "individually", "general interest"};
    if (pa_phrase_in(low, PA_PHRASES(asks)) && (strchr(low, '@') || strstr(low, "column")) &&
        pa_phrase_in(low, PA_PHRASES(columns)))
        return 1;
    /* the markets desk: what the page is not */
    static const char *const not_advice[] = {"not investment advice", "not financial advice",
                                             "not constitute investment advice", "not constitute financial advice",
                                             "not intended as investment advice", "not intended as financial advice",
                                             "not be considered investment advice", "not a recommendation to buy",
                                             "not contain investment advice", "not contain financial advice",
                                             "your capital is at risk"};
    static const char *const page_itself[] = {"this article", "this content", "this post", "this page",
                                              "this story", "this information", "the information", "nothing in",
                                              "capital is at risk"};
    if (pa_phrase_in(low, PA_PHRASES(not_advice)) && pa_phrase_in(low, PA_PHRASES(page_itself)))
        return 1;
    /* the trading site's risk notes under every story: "Risk Disclosure: Trading in financial instruments …
     * involves high risks including the risk of losing some, or all, of your investment amount …" (the
     * warning quoted in a story, "\"You run the risk of losing your investment,\" …", names no high risks), "Example
     * would like to remind you that the data contained in this website is not necessarily real-time nor
     * accurate." */
    if (!strncmp(low, "risk disclosure:", 16) || !strncmp(low, "risk warning:", 13) ||
        (strstr(low, "not necessarily real-time") && strstr(low, "this website")) ||
        (strstr(low, "risk of losing") && strstr(low, "your invest") && strstr(low, "involves high risk")))
        return 1;
    /* the investing desk's disclosure of the writer's and the site's holdings under a story: "Jane Doe has
     * no position in any of the stocks mentioned. Example Fool has a disclosure policy.", "On the date of
     * publication, Jane Doe did not have (either directly or indirectly) any positions in the securities
     * mentioned in this article." (the stake's words and the stocks "mentioned" or this article, or the
     * policy itself) */
    static const char *const holdings[] = {"no position in", "no positions in", "any positions in",
                                           "owns shares of", "has a position in", "has positions in",
                                           "a beneficial long position", "holds no position"};
    /* what the disclosure names: the stocks of this article, not a story's "companies mentioned in the
     * lawsuit" */
    static const char *const named_here[] = {"stocks mentioned", "securities mentioned", "shares mentioned",
                                             "companies mentioned in this", "this article", "recommends"};
    if (strstr(low, "has a disclosure policy") ||
        (pa_phrase_in(low, PA_PHRASES(holdings)) && pa_phrase_in(low, PA_PHRASES(named_here)) &&
         (strstr(low, "stock") || strstr(low, "securities") || strstr(low, "shares") || strstr(low, "companies"))))
        return 1;
    /* the disclosure section under an investing analysis, each line opening with its label: "Analyst's
     * Disclosure: I/we have a beneficial long position in …", "Additional disclosure: The analysis above is for
     * informational purposes only …", "Example's Disclosure: Past performance is no guarantee of future
     * results.", "Disclaimer: Nothing in this article constitutes investment advice." — a label of at most
     * four words holding "disclosure"/"disclaimer" and the words of a holding, of past returns or of advice
     * (a story's "Disclosure: the fund lost money" names none of them) */
    if (labelled_disclosure(low, k))
        return 1;
    /* the investing desk's note on a story of an unlisted stock or a contest's entry: "Editor's Note: This
     * article discusses one or more securities that do not trade on a major U.S. exchange.", "Editor's Note:
     * This article was submitted as part of Example's Best Value Idea investment competition …" */
    if (!strncmp(low, "editor's note: this article ", 28) &&
        (strstr(low, "do not trade on a major") || strstr(low, "submitted as part of")))
        return 1;
    /* the note on a story a machine wrote: "This article was generated with the help of automated tools and
     * reviewed by an editor.", "This article was generated with the support of AI and reviewed by an editor." */
    static const char *const machine_made[] = {"this article was generated ", "this article was produced with ",
                                               "this article was created with ", "this story was generated ",
                                               "this content was generated "};
    if (pa_phrase_opens(low, k, PA_PHRASES(machine_made)) &&
        (strstr(low, "automated") || strstr(low, " ai ") || strstr(low, "artificial intelligence")))
        return 1;
    /* … or a reporter's story a machine rewrote for the page: "This story was reported by a journalist and has
     * been converted to this platform with the assistance of AI. Our editorial team verifies …" (the story
     * itself named, then the machine's help) */
    static const char *const this_piece[] = {"this story was ", "this article was ", "this story has been ",
                                             "this article has been "};
    static const char *const ai_helped[] = {"with the assistance of ai", "with the help of ai",
                                            "with the assistance of artificial intelligence",
                                            "with the help of artificial intelligence"};
    if (pa_phrase_opens(low, k, PA_PHRASES(this_piece)) && pa_phrase_in(low, PA_PHRASES(ai_helped)))
        return 1;
    /* the quote box's vendor: "Market data provided by Example Data Services.", "Stock quotes by Example" */
    if (strstr(low, "market data provided by") || strstr(low, "market data powered by") ||
        strstr(low, "market data by ") ||
        (k <= 80 && !strncmp(low, "stock quotes by ", 16) && !strchr(".!?", low[k - 1]))) /* (no sentence) */
        return 1;
    /* the comparison and reference sites' notes on their own work: "Example requires writers to use primary
     * sources to support their work.", "Example's editorial team writes on behalf of YOU – the reader.", "We are
     * an independent, advertising-supported comparison service.", the label "Advertiser Disclosure" alone */
    static const char *const own_work[] = {"requires writers to use primary sources", "editorial team writes on behalf of",
                                           "advertising-supported comparison service"};
    static const char *const disclosure_labels[] = {"advertiser disclosure", "advertising disclosure",
                                                    "editorial disclosure", "affiliate disclosure"};
    if (pa_phrase_in(low, PA_PHRASES(own_work)) || pa_phrase_is(low, k, PA_PHRASES(disclosure_labels)))
        return 1;
    /* the wire's and the crypto desk's standing notes on how they work: "Our Standards: The Example Trust
     * Principles.", "Editorial Process for Example is centered on delivering thoroughly researched, accurate,
     * and unbiased content. …" */
    if ((!strncmp(low, "our standards:", 14) && strstr(low, "principles")) ||
        (!strncmp(low, "editorial process for ", 22) && strstr(low, "content") &&
         (strstr(low, "unbiased") || strstr(low, "accurate")))) /* (the desk's boast, not a rule's process) */
        return 1;
    /* the investing pages' risk lines: "Past performance is no guarantee of future results.", "Investing
     * involves risk, including loss of principal.", "Trading cryptocurrencies carries a high level of risk and
     * may not be suitable for all investors.", "The comments, opinions, and analyses expressed on Example are
     * for informational purposes only." (a short line opening so, or the risk and suitability named together;
     * a story's "Past performance is no guarantee, the fund's manager warned, and …" runs on) */
    static const char *const risk_lines[] = {"past performance is no guarantee", "past performance does not guarantee",
                                             "investing involves risk"};
    /* (the note names the future results or the principal: a column's "Past performance is no guarantee, of
     * course, but the numbers are striking." is its own) */
    static const char *const at_stake[] = {"future result", "future return", "future performance", "of principal",
                                           "lose money", "loss of capital", "lose some or all"};
    if ((k <= 90 && pa_phrase_opens(low, k, PA_PHRASES(risk_lines)) && pa_phrase_in(low, PA_PHRASES(at_stake))) ||
        (strstr(low, "may not be suitable for all investors") &&
         (strstr(low, "high level of risk") || strstr(low, "high degree of risk") || strstr(low, "high risk"))) ||
        (strstr(low, " expressed on ") && strstr(low, "informational purposes only")))
        return 1;
    /* the betting box */
    static const char *const gambling[] = {"gamble responsibly", "gambleaware", "1-800-gambler",
                                           "when the fun stops", "gambling problem?", "bet responsibly"};
    /* (not a story's long sentence reporting the call, "… adverts at every ground urging supporters to gamble
     * responsibly, which sits awkwardly with …": over 160 characters, the words after "to ", and none of the
     * box's other marks, its age limit, its helpline, its other phrases: the long note "Please remember to
     * gamble responsibly … call the National Gambling Helpline … BeGambleAware.org" goes) */
    static const char *const box_marks[] = {"18+",           "21+",           "helpline",           "gambleaware",
                                            "1-800-gambler", "t&c",           "when the fun stops", "gambling problem?",
                                            "bet responsibly"};
    if (pa_phrase_in(low, PA_PHRASES(gambling)) &&
        !(line->chars > 160 && strstr(low, " to gamble responsibly") && !pa_phrase_in(low, PA_PHRASES(box_marks))))
        return 1;
    /* the crime desk: charges are accusations */
    static const char *const accused[] = {"merely accusations", "merely an accusation", "merely allegations",
                                          "only accusations", "merely an allegation", "an arrest does not",
                                          "arrests are not", "does not mean a person"};
    /* the note's own subject opening it ("All suspects are presumed innocent …"), not a story's "The judge
     * reminded jurors that all defendants are presumed innocent" */
    static const char *const accused_subjects[] = {"all suspects", "all defendants", "all persons"};
    if (strstr(low, "presumed innocent") &&
        (pa_phrase_in(low, PA_PHRASES(accused)) || opens_a_sentence(low, PA_PHRASES(accused_subjects))))
        return 1;
    /* the health desk: the facts as of the day it ran */
    static const char *const as_of[] = {"accurate as of press time", "accurate at the time of publication",
                                        "accurate at time of publication", "correct at the time of publication",
                                        "may have changed since publication"};
    if (pa_phrase_in(low, PA_PHRASES(as_of)))
        return 1;
    /* the police log's note on itself: "This log reflects initial reports and is subject to change.", "The
     * blotter is not a complete list of calls for service." (the log opening a sentence as its subject, and its
     * provisional or partial state; a story's "The log shows officers were called twice" names neither) */
    static const char *const provisional[] = {"subject to change", "not a complete", "not all-inclusive",
                                              "not an all-inclusive", "initial reports", "preliminary information"};
    if (pa_phrase_in(low, PA_PHRASES(provisional)) && log_states_itself(low))
        return 1;
    /* the site's machine-translation disclaimer: "This website uses Google Translate to translate its pages.
     * Council is not responsible for the accuracy of the translation." (a translation and the accuracy the
     * site disowns) */
    static const char *const disowned_accuracy[] = {"not responsible for the accuracy", "not guarantee the accuracy",
                                                    "cannot guarantee the accuracy", "can't guarantee the accuracy",
                                                    "not liable for the accuracy", "no responsibility for the accuracy"};
    if (strstr(low, "translat") && pa_phrase_in(low, PA_PHRASES(disowned_accuracy)))
        return 1;
    /* the health desk: what the page is not ("This article is for informational purposes only and is not a
     * substitute for professional medical advice …"), and how it sources its pages ("Example uses only
     * high-quality sources, including peer-reviewed studies, to support the facts within our articles."); the
     * page itself is the subject, not a story's "the app is not a substitute for a doctor, experts warn" */
    static const char *const not_medical[] = {"informational purposes only", "educational purposes only",
                                              "not a substitute for professional", "not constitute medical advice",
                                              "not intended as medical advice", "not medical advice",
                                              "not intended to be a substitute", "not a substitute for medical"};
    /* (the page opening a sentence as its subject, maybe under a label: "Disclaimer: This article is …"; a
     * story's "Regulators noted that the information on the site was labeled for educational purposes only"
     * reports it) */
    static const char *const page_subjects[] = {"this article", "this content", "this post", "this page",
                                                "this story", "this information", "the information in this",
                                                "the information on this", "the information provided",
                                                "the content on this", "the content of this", "nothing in",
                                                "this column"};
    const char *labelled = memchr(low, ':', k < 30 ? k : 30);
    if (pa_phrase_in(low, PA_PHRASES(not_medical)) &&
        (opens_a_sentence(low, PA_PHRASES(page_subjects)) ||
         (labelled && opens_a_sentence(labelled + 1 + (labelled[1] == ' '), PA_PHRASES(page_subjects)))))
        return 1;
    static const char *const our_pages[] = {"within our articles", "in our articles", "within our content",
                                            "in our content"};
    if (strstr(low, "sources") && pa_phrase_in(low, PA_PHRASES(our_pages)) &&
        (strstr(low, "support the facts") || strstr(low, "peer-reviewed") || strstr(low, "high-quality")))
        return 1;
    /* the obituary platform's flower shop: "To send flowers to the family or plant a tree in memory of Jane
     * Doe, please visit our floral store." */
    static const char *const shop[] = {"floral store", "flower store", "tribute store", "sympathy store",
                                       "visit our store", "please visit our", "visit the tribute"};
    if ((strstr(low, "send flowers") || strstr(low, "plant a tree") || strstr(low, "plant trees")) &&
        pa_phrase_in(low, PA_PHRASES(shop)))
        return 1;
    /* the paper's call for readers' announcements under one: "Share your wedding, engagement, anniversary or
     * birth news with Example readers.", "Submit an announcement" over it; the kinds of announcement it takes
     * (two at least here; a closing "To submit a birth announcement, email …" goes as the calendar's call
     * for events does, pa_line_site_notice),
     * the call to the reader opening a sentence and the news or announcements it asks for (not a story's
     * "Bring your birth certificate and wedding license") */
    static const char *const kinds[] = {"wedding", "engagement", "anniversar", "birth", "obituar", "graduation",
                                        "milestone", "birthday"};
    static const char *const submit_calls[] = {"share your", "submit your", "send your", "send us your", "submit "};
    size_t named = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        named += strstr(low, kinds[i]) != NULL;
    if (named >= 2 && opens_a_sentence(low, PA_PHRASES(submit_calls)) &&
        (strstr(low, "announcement") || strstr(low, " news")))
        return 1;
    static const char *const submit_labels[] = {"submit an announcement", "submit announcements",
                                                "submit your announcement", "submit an obituary",
                                                "place an announcement"};
    if (pa_phrase_is(low, k, PA_PHRASES(submit_labels)))
        return 1;
    /* the text-alert pitch */
    return strstr(low, "data rates may apply") != NULL;
}

int pa_line_cookie_notice(const pa_line *line)
{
    if (line->chars < 40 || line->chars > 700)
        return 0;
    const char *low = pa_line_folded_under(line, 1600);
    if (!low)
        return 0;
    /* the site's use of cookies, in the words the notices use */
    static const char *const uses[] = {"we use cookies", "uses cookies", "use cookies and", "use of cookies",
                                       "storing of cookies", "cookies to ", "cookie policy", "cookies policy",
                                       "cookie settings", "cookie preferences"};
    /* and the reader's part: consent, a choice, the policy */
    static const char *const consent[] = {"consent", "you agree", "you accept", "accept all", "accept cookies",
                                          "by continuing", "continue to use", "continuing to use", "by using",
                                          "by clicking", "privacy policy", "manage settings", "manage your"};
    if (pa_phrase_in(low, PA_PHRASES(uses)) && pa_phrase_in(low, PA_PHRASES(consent)))
        return 1;
    /* the same notice in Spanish, French, Portuguese, Italian, German, Dutch and Catalan (the GDPR's
     * consent walls): the site's use of cookies, then the reader's consent, choice or the policy */
    static const char *const uses_eu[] = {"utilizamos cookies", "usamos cookies", "utilisons des cookies",
                                          "utilise des cookies", "utilizziamo cookie", "utilizziamo i cookie",
                                          "verwenden cookies", "nutzen cookies", "setzen cookies", "gebruiken cookies",
                                          "fem servir galetes", "utilitzem galetes", "cookies y tecnolog",
                                          "cookies ou technologies", "cookie o tecnologie", "cookies und "};
    static const char *const consent_eu[] = {"consentimiento", "consentement", "consentimento", "consenso",
                                             "einwilligung", "zustimm", "toestemming", "accept", "acept", "akzept",
                                             "accett", "concorda", "akkoord", "confidentialit", "privacidad",
                                             "privacidade", "datenschutz", "privacybeleid", "preferencias",
                                             "préférences", "preferències", "paramétrer", "einstellungen",
                                             "impostazioni"};
    return pa_phrase_in(low, PA_PHRASES(uses_eu)) && pa_phrase_in(low, PA_PHRASES(consent_eu));
}

/* Is t[0..len) one web address and nothing more: "http://…" or
 * "https://…" (or "www.…") with no space in it? */
static int lone_url(const char *t, size_t len)
{
    while (len && t[0] == ' ') {
        t++;
        len--;
    }
    while (len && (t[len - 1] == ' ' || t[len - 1] == '.'))
        len--;
    if (!(starts(t, len, "http://") || starts(t, len, "https://") || starts(t, len, "www.")) || len < 10)
        return 0;
    return memchr(t, ' ', len) == NULL;
}

/* Is low[0..k) an end mark of a release alone: "###", "# # #", "####"
 * (three '#' at least, spaces between), "-30-", "- 30 -", "-ends-",
 * "- ENDS -", "ENDS", "-end-" (the word between dashes, en or em dashes
 * too; "end" and "30" only between them)? */
static int end_mark(const char *low, size_t k)
{
    size_t hashes = 0, i = 0;
    for (; i < k && (low[i] == '#' || low[i] == ' '); i++)
        hashes += low[i] == '#';
    if (i == k && hashes >= 3)
        return 1;
    size_t a = 0, b = k, dash_l = 0, dash_r = 0;
    for (int guard = 0; guard < 8 && a < b; guard++) {
        if (low[a] == ' ')
            a++;
        else if (low[a] == '-')
            a++, dash_l = 1;
        else if (b - a >= 3 && pa_long_dash(low + a))
            a += 3, dash_l = 1;
        else
            break;
    }
    for (int guard = 0; guard < 8 && b > a; guard++) {
        if (low[b - 1] == ' ')
            b--;
        else if (low[b - 1] == '-')
            b--, dash_r = 1;
        else if (b - a >= 3 && pa_long_dash(low + b - 3))
            b -= 3, dash_r = 1;
        else
            break;
    }
    size_t n = b - a;
    if (n == 4 && !memcmp(low + a, "ends", 4))
        return 1;
    return dash_l && dash_r && ((n == 3 && !memcmp(low + a, "end", 3)) || (n == 2 && !memcmp(low + a, "30", 2)));
}

/* Does low (len bytes, lower-case) end with a company's legal form (see extract_lines.h)? */
int pa_ends_legal_form(const char *low, size_t len)
{
    static const char *const forms[] = {"inc", "corp", "corporation", "llc", "ltd", "plc", "ag", "se", "n.v",
                                        "s.a", "limited", "co", "lp", "l.p", "gmbh"};
    while (len && (low[len - 1] == '.' || low[len - 1] == ' '))
        len--;
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        size_t fl = strlen(forms[i]);
        if (len > fl + 1 && !memcmp(low + len - fl, forms[i], fl) &&
            (low[len - fl - 1] == ' ' || low[len - fl - 1] == ','))
            return 1;
    }
    return 0;
}

/* Is low[0..len) a police or court release's file number alone: a label
 * ("Case number", "Case No.", "Incident #", "Occurrence:", "Report
 * number", "Docket No.") then one identifier of letters, digits and
 * dashes with three digits or more ("26-018344", "CCSO-2026-07712")? */
static int file_number_line(const char *low, size_t len)
{
    static const char *const labels[] = {"case", "incident", "occurrence", "report", "file", "docket", "dr", "cad"};
    static const char *const nouns[] = {" number", " no.", " no", " #", "#", ""};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t at = strlen(labels[i]);
        if (len <= at || strncmp(low, labels[i], at))
            continue;
        for (size_t j = 0; j < sizeof nouns / sizeof nouns[0]; j++) {
            size_t nl = strlen(nouns[j]), p = at + nl;
            if (p >= len || strncmp(low + at, nouns[j], nl))
                continue;
            /* the bare label ("Case", "Occurrence") takes its colon; the noun ("Case number") may go without */
            int colon = low[p] == ':';
            if (!nl && !colon)
                continue;
            p += colon;
            while (p < len && (low[p] == ' ' || low[p] == '#'))
                p++;
            size_t id = p, digits = 0;
            for (; p < len && (isalnum((unsigned char)low[p]) || low[p] == '-' || low[p] == '/'); p++)
                digits += isdigit((unsigned char)low[p]) != 0;
            if (p == len && p > id && digits >= 3 && (p - id) <= 30)
                return 1;
        }
    }
    return 0;
}

/* A release's end mark alone (see extract_lines.h). */
int pa_line_release_end_mark(const pa_line *line)
{
    unsigned char c = (unsigned char)line->text[0];
    if (line->chars > 20 || !(c == '#' || c == '-' || c == 0xE2 || c == 'E' || c == 'e' || c == ' '))
        return 0;
    const char *low = pa_line_lower_under(line, 128);
    return low && end_mark(low, line->len);
}

int pa_line_release_end(const pa_line *line)
{
    return line->chars <= 20 && line->text[0] == '#' && end_mark(line->text, line->len);
}

int pa_line_release_furniture(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 400)
        return 0;
    const char *t = line->text;
    size_t len = line->len;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    if (chars <= 20 && end_mark(low, len))
        return 1;
    /* a regulatory news service's note under an announcement: "This information is provided by RNS, the company
     * news service from the London Stock Exchange" (its "END" above it is then the text's last line: a trailer) */
    if (chars <= 200 && starts(low, len, "this information is provided by ") && strstr(low, "news service"))
        return 1;
    /* "FOR IMMEDIATE RELEASE", "For Immediate Release: March 3, 2020" over the release */
    if (chars <= 60 && starts(low, len, "for immediate release"))
        return 1;
    /* the kind of the document alone on its line, as an office's template labels it: "Press Release",
     * "News release", "Media Statement", "Joint media release" */
    static const char *const kinds[] = {"press release", "news release", "media release", "joint media release",
                                        "joint news release", "joint press release", "media statement",
                                        "press statement"};
    if (chars <= 30 && pa_phrase_is(low, pa_trim_tail(low, len, ": "), PA_PHRASES(kinds)))
        return 1;
    /* the wire's distribution line: "SOURCE Example Corp", "SOURCE: Example Corp" (the word in capitals,
     * then a name: a capital or a digit, no sentence's end) */
    if (chars <= 100 && (starts(t, len, "SOURCE ") || starts(t, len, "SOURCE: "))) {
        size_t p = t[6] == ':' ? 8 : 7;
        if (p < len && (isupper((unsigned char)t[p]) || isdigit((unsigned char)t[p])) && t[len - 1] != '?' &&
            t[len - 1] != '!' && !memchr(t, '"', len))
            return 1;
    }
    /* the release's issuer under its text, as a portal or a company's newsroom sets it: "Source: Example
     * Holdings, Inc.", "Source: Example Corp press release" (a company's name: the line ends with its legal
     * form) and the distributor's label over the issuer's name ("News provided by") */
    if (chars <= 80 && (starts(low, len, "source: ") || starts(low, len, "source : ")) &&
        !memchr(t, '"', len) && (pa_ends_legal_form(low, len) || strstr(low, " press release") ||
                                 strstr(low, " news release")))
        return 1;
    if (chars <= 20 && (!strcmp(low, "news provided by") || !strcmp(low, "news provided by:")))
        return 1;
    /* a trade portal's credit to the issuer over or under the release it carries: "Press release from: Example
     * Moulding Corp." (the label with its colon, then a name: a capital or a digit, no sentence's mark but a
     * closing "."); a roundup item's "Source and more information: www.example.com" (the label, then an
     * address alone) */
    if (chars <= 90 && starts(low, len, "press release from: ") &&
        (isupper((unsigned char)t[20]) || isdigit((unsigned char)t[20])) && !memchr(t, '"', len) &&
        !memchr(t, '?', len) && !memchr(t, '!', len) && !strstr(low + 20, ". "))
        return 1;
    static const char *const source_more[] = {"source and more information: ", "source and further information: ",
                                              "source & more information: ", "source and more info: ",
                                              "source & more info: ", "source: "};
    for (size_t i = 0; chars <= 120 && i < sizeof source_more / sizeof source_more[0]; i++) {
        size_t n = strlen(source_more[i]);
        if (starts(low, len, source_more[i]) && lone_url(t + n, len - n))
            return 1;
    }
    if (chars <= 60 && file_number_line(low, len))
        return 1;
    /* the listed company's note on who approved the announcement (stock exchange rules): "Authorised for
     * release by the Board of Example Ltd.", "This announcement has been authorised for release by the
     * Board", "This release was approved for lodgement by the Company Secretary" */
    if (chars <= 160) {
        static const char *const approved[] = {"authorised for release by", "authorized for release by",
                                               "authorised for lodgement by", "authorized for lodgement by",
                                               "approved for release by"};
        /* the document named first, then the approval: "This announcement has been authorised for release by …" */
        static const char *const this_document[] = {"this announcement has been ", "this announcement was ",
                                                    "this announcement is authorised", "this release has been ",
                                                    "this release was ", "this document has been ",
                                                    "this document was "};
        static const char *const verbs[] = {"for release by", "for lodgement by", "for lodgment by",
                                            "release to the asx", "lodgement with the asx"};
        if (pa_phrase_opens(low, len, PA_PHRASES(approved)) ||
            (pa_phrase_opens(low, len, PA_PHRASES(this_document)) && pa_phrase_in(low, PA_PHRASES(verbs))))
            return 1;
    }
    /* the wire's pointers to the release's own page and its pictures: "View original content: https://…",
     * "View source version on businesswire.com: https://…", "To view the original version on PR
     * Newswire, visit: …", "Photo - https://…", "Logo - https://…" */
    static const char *const pointer[] = {"view original content", "view source version on ",
                                          "to view the original version on ", "view the original version on ",
                                          "to view the source version of this press release"};
    /* the pointer opens the line, or follows the wire's logo's text ("Example View original content …") */
    const char *at = NULL;
    for (size_t i = 0; !at && i < sizeof pointer / sizeof pointer[0]; i++)
        at = strstr(low, pointer[i]);
    if (at && at - low <= 24 && (strstr(at, "http") || strstr(at, "www.") || low[len - 1] == ':'))
        return 1;
    /* … and the pointer whose address is the link itself: "View the original press release on ACCESSWIRE" */
    if (chars <= 80 && starts(low, len, "view the original press release on "))
        return 1;
    /* the distributor's notes under a release it carries: "The issuer is solely responsible for the content of
     * this announcement.", a portal's "This content was issued through a press release distribution service and
     * was not written or edited by our journalists", "Legal Disclaimer:" over its disclaimer, an investor site's
     * "Press releases are archived here for historical purposes. Information in them may have been superseded" */
    /* its other languages: "This release is also available in: Español | Français", "This press release is
     * also available in Spanish" */
    static const char *const versions[] = {"this release is also available in", "this press release is also available in",
                                           "this release is available in:", /* a government press office's page */
                                           "this news release is also available in", "this announcement is also available in"};
    if (chars <= 160 && pa_phrase_opens(low, len, PA_PHRASES(versions)))
        return 1;
    /* a Canadian or British issuer's legend on where the release may go: "NOT FOR DISTRIBUTION TO UNITED STATES
     * NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES", "Not for release, publication or
     * distribution in or into …" */
    static const char *const legends[] = {"not for distribution to united states", "not for distribution to u.s.",
                                          "not for release, publication or distribution"};
    if (chars <= 200 && pa_phrase_opens(low, len, PA_PHRASES(legends)))
        return 1;
    /* a government press office's record under the release: "(Release ID: 2082260)", "Visitor Counter : 640" */
    static const char *const record[] = {"(release id:", "release id:", "visitor counter :", "visitor counter:"};
    if (chars <= 40 && pa_phrase_opens(low, len, PA_PHRASES(record)) && isdigit((unsigned char)low[len - 1 - (low[len - 1] == ')')]))
        return 1;
    static const char *const disclaimer_label[] = {"legal disclaimer:", "legal disclaimer"};
    if (chars <= 20 && pa_phrase_is(low, len, PA_PHRASES(disclaimer_label)))
        return 1;
    if (starts(low, len, "the issuer is solely responsible for the content of this"))
        return 1;
    /* the distributor's own boxes under the release: "Distribution channels: Business & Economy, …" (the wire's
     * categories it went out on), "You just read:" over the headline again, and its disclaimer of the content
     * ("… provides this news content "as is" without warranty of any kind. We do not accept any responsibility
     * …") */
    if (chars <= 200 && starts(low, len, "distribution channels:"))
        return 1;
    if (chars <= 16 && (!strcmp(low, "you just read:") || !strcmp(low, "you just read")))
        return 1;
    static const char *const content_words[] = {"this news content", "this content", "this press release",
                                                "this news release", "this article"};
    if (chars <= 500 && strstr(low, "without warranty of any kind") && pa_phrase_in(low, PA_PHRASES(content_words)))
        return 1;
    /* (an agency's or a portal's note on the releases it posts: "… posts press releases and other notices of recalls
     * … as a service to consumers … does not endorse either the product or the company") */
    static const char *const portal_notes[] = {"is not responsible for the content of this",
                                               "issued through a press release distribution service",
                                               "archived here for historical purposes",
                                               "archived for historical purposes"};
    static const char *const own_staff[] = {"journalists", "editorial staff", "newsroom", "editors"};
    /* (the agency's note names the releases it posts in general, and tells no one's words: "The senator does not
     * endorse the press release, her spokesman said" is a story's) */
    if (strstr(low, "press release") &&
        (pa_phrase_in(low, PA_PHRASES(portal_notes)) ||
         (strstr(low, "does not endorse") && strstr(low, "press releases") && !reports_speech(low)) ||
         (strstr(low, "not written or edited by") && pa_phrase_in(low, PA_PHRASES(own_staff)))))
        return 1;
    static const char *const media[] = {"photo - ", "photo: ", "photos - ", "logo - ", "logo: ", "video - ",
                                        "video: ", "multimedia - ", "infographic - ", "image - ", "image: ",
                                        "multimedia gallery available: "};
    for (size_t i = 0; i < sizeof media / sizeof media[0]; i++) {
        size_t n = strlen(media[i]);
        if (starts(low, len, media[i]) && lone_url(t + n, len - n))
            return 1;
    }
    return 0;
}

int pa_line_contact_label(const pa_line *line)
{
    if (line->chars > 48)
        return 0;
    const char *low = pa_line_lower_under(line, 128);
    if (!low)
        return 0;
    size_t k = line->len;
    int colon = 0;
    while (k && (low[k - 1] == ':' || low[k - 1] == ' '))
        colon |= low[--k] == ':';
    static const char *const labels[] = {
        "media contact", "media contacts", "press contact", "press contacts", "investor contact",
        "investor contacts", "media inquiries", "press inquiries", "media enquiries", "press enquiries",
        "media relations", "investor relations contact", "for further information", "for more information, contact",
        "for more information contact", "for media inquiries", "for media inquiries, contact", "editorial contact",
        "editorial contacts", "company contact", "media contact information", "contact information",
        "contacts", /* a wire's heading over the block */
        "for further information, please contact", "for more information, please contact", "please contact",
        "for more information please contact", "for further information please contact",
        "enquiries", "for enquiries", "for media enquiries", /* a UK release's heading over its contacts */
        "company information", "company info", "company details", /* a trade portal's box of the issuer's address */
        "consumer contact", /* a recall's field over the firm's number for buyers */
    };
    /* with its colon only: not the menu's link "Contact", not a heading "Investors" */
    static const char *const bare[] = {"contact", "investors", "investor relations", "media", "press"};
    return pa_phrase_is(low, k, PA_PHRASES(labels)) || (colon && pa_phrase_is(low, k, PA_PHRASES(bare)));
}

/* Does low (a line of 400 characters at most) hold the words of a
 * conference call's access details: "dial-in", "passcode", "conference
 * id", "access code", "replay code"…?  A call notice's numbers are what
 * it announces ("U.S. toll-free: 1-888-555-0163 / Conference ID: 7741902"),
 * no press office's card. */
static int dial_in_words(const pa_line *line, const char *low)
{
    static const char *const words[] = {"dial-in", "dial in", "passcode", "pass code", "conference id",
                                        "conference code", "access code", "participant code", "replay code",
                                        "replay pin", "participant pin", "conference call:"};
    return pa_phrase_in(low, PA_PHRASES(words));
}

int pa_line_contact_card(const pa_line *line)
{
    if (line->chars > 400)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    return low && holds_address_or_phone(low) && !dial_in_words(line, low);
}

int pa_line_contact_detail(const pa_line *line)
{
    if (line->chars > 200)
        return 0;
    const char *low = pa_line_lower_under(line, 640);
    if (!low)
        return 0;
    /* the card's lines run together and closed by the web address, no sentence in them: "Example Moulding
     * Corp. 41 Grafton Street Worcester, MA 01604, USA www.example.com" */
    const char *last = memrchr(line->text, ' ', line->len);
    if (last && lone_url(last + 1, line->len - (size_t)(last + 1 - line->text))) {
        int sentence = 0;
        for (const char *c = line->text; c + 2 < last && !sentence; c++)
            sentence = *c == '.' && c[1] == ' ' && islower((unsigned char)c[2]);
        if (!sentence)
            return 1;
    }
    /* the whole card on one line (its <br>s: "Jane Doe Public Relations Manager Example University
     * 905-525-9140, ext. 27988 jdoe@example.edu") or the contact's lines run together ("Tom Delaney District 3
     * Public Information Officer (555) 410-2288 tom.delaney@dot.state.gov"): an address and a number, no
     * sentence's end; a card of name, title and office with its number alone ("Jane Doe Press Secretary
     * Office of the Minister of Environment and Waters 613-555-0148") when no sentence is in it either */
    if (line->chars > 80)
        return (holds_email(low) ? holds_phone(low) || !strstr(low, ". ") : holds_phone(low) && !strstr(low, ". ")) &&
               !strchr(".?!", low[line->len - 1]);
    if (holds_address_or_phone(low) || lone_url(line->text, line->len))
        return 1;
    size_t len = line->len, words = 1;
    if (line->chars > 60 || !len || strchr(".?!:;\"", line->text[len - 1]) || !strncmp(low, "about ", 6))
        return 0;
    for (size_t i = 0; i < len; i++)
        words += low[i] == ' ';
    return words <= 8;
}

/* Is t[0..n) a ticker symbol: 1 to 8 capitals, digits and the marks of
 * index and pair symbols ("AAPL", "BRK.B", "CL=F", "EUR/USD", "^GSPC"),
 * a capital first (after a "^")? */
static int ticker_token(const char *t, size_t n)
{
    size_t i = n && t[0] == '^' ? 1 : 0;
    if (n - i < 1 || n > 8 || !isupper((unsigned char)t[i]))
        return 0;
    for (; i < n; i++)
        if (!isupper((unsigned char)t[i]) && !isdigit((unsigned char)t[i]) && !strchr("./=-", t[i]))
            return 0;
    return 1;
}

/* Is t[0..n) a quote's number: digits with the marks of prices and
 * changes ("$1,024.50", "+4.8%", "(-0.61%)", "47,318.22+1.09%"), a digit
 * in it?  *change is set when it holds a change: a "%", or a "+" or "-"
 * opening it (in brackets too); a price alone ("$99.99", "$10-$20") is
 * none: a shop list's price stays. */
static int quote_number(const char *t, size_t n, int *change)
{
    int digit = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (isdigit(c))
            digit = 1;
        else if (c == '%' || ((c == '+' || c == '-') && (i == 0 || t[i - 1] == '(')))
            *change = 1;
        else if (!strchr("$.,()+-", c))
            return 0;
    }
    return digit;
}

/* A stock quote widget's text (see extract_lines.h): tokens split at
 * spaces, at most one ticker_token first, then quote_number()s holding a
 * change (or a price after the ticker: "HRBL $61.24"). */
int pa_line_quote_data(const pa_line *line, int in_rows)
{
    if (line->chars > 40 || !line->len)
        return 0;
    const char *low = pa_line_folded_under(line, 128);
    static const char *const labels[] = {"today's change", "current price", "day range", "day's range",
                                         "52 week range", "52-week range", "previous close", "prev. close"};
    if (low && pa_phrase_is(low, line->folded_len, PA_PHRASES(labels)))
        return 1;
    if (in_rows & 1)
        return 0;
    /* the rating badge over an analysis: "Rating: Buy", "Quant Rating: Strong Sell" (a story's list of an
     * analyst's calls keeps its "Rating: Buy" item: in_rows; so does a paragraph of the story's own picks,
     * "Rating: Buy" under a company's name once the story has begun: in_rows 2) */
    if (in_rows & 2)
        low = NULL;
    static const char *const calls[] = {"buy", "hold", "sell", "strong buy", "strong sell", "outperform",
                                        "underperform", "neutral", "overweight", "underweight"};
    const char *rating = low ? strstr(low, "rating: ") : NULL;
    if (rating && rating - low <= 16 && !memchr(low, '.', (size_t)(rating - low)) &&
        pa_phrase_is(rating + 8, strlen(rating + 8), PA_PHRASES(calls)))
        return 1;
    const char *t = line->text, *end = t + line->len;
    int change = 0, numbers = 0, ticker = 0;
    for (size_t tok = 0; t < end && tok < 8; tok++) {
        const char *sp = memchr(t, ' ', (size_t)(end - t));
        size_t n = sp ? (size_t)(sp - t) : (size_t)(end - t);
        if (quote_number(t, n, &change))
            numbers++;
        else if (tok > 0 || !(ticker = ticker_token(t, n)))
            return 0;
        t += n;
        while (t < end && *t == ' ')
            t++;
    }
    return t == end && numbers > 0 && (change || ticker);
}

/* A TV report's closed captions (see extract_lines.h): a ">>" and 40
 * capital letters or more, at most one letter in ten lower case. */
int pa_line_closed_captions(const pa_line *line)
{
    if (line->chars < 40 || !strstr(line->text, ">>"))
        return 0;
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < line->len; i++) {
        unsigned char c = (unsigned char)line->text[i];
        upper += isupper(c) != 0;
        lower += islower(c) != 0;
    }
    return upper >= 40 && lower * 10 <= upper + lower;
}
