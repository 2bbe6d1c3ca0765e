/* date.c — publication dates: machine values (ISO 8601, RFC 822), visible
 * date lines in many languages and digit systems (tables in date_lang.c),
 * and dates written in URLs.  Text is NFKC-case-folded with utf8proc and
 * native digits, CJK numerals and Japanese era years are mapped to ASCII
 * before matching; Solar Hijri, Ethiopian and Thai Buddhist-era dates are
 * converted to Gregorian ones (civil.c's day numbers). */
#include "pressarc/date.h"
#include "pressarc/civil.h"
#include "pressarc/en_names.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "date_lang.h"
#include "pressarc/strfind.h"

/* (every strncmp and strncasecmp here, most of them prefix tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"

#define PA_DATE_MAX_LINE 1024   /* bytes of a line examined */
#define PA_DATE_MAX_TOKENS 256  /* tokens of a line examined */
#define PA_DATE_MIN_YEAR 1990
#define PA_DATE_MIN_YEAR_DECLARED 1700 /* a declared publication date's floor (date.h) */
#define PA_DATE_LABEL_RESIDUE 48 /* letters besides label and date in a labelled date line */
#define PA_DATE_BARE_RESIDUE 12  /* ... in a line with no label (a weekday name) */
#define PA_DATE_NAMED_RESIDUE 24 /* ... in an element named for a date (an author's name) */

/* ---- digits ---- */

static const unsigned digit_zeros[] = {
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10,
};

static int native_digit(unsigned cp)
{
    if (cp > 0x19D9 && cp < 0xFF10)
        return -1; /* (no zero of the list between: CJK and Hangul text, without the scan) */
    for (size_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0]; i++)
        if (cp >= digit_zeros[i] && cp <= digit_zeros[i] + 9)
            return (int)(cp - digit_zeros[i]);
    return -1;
}

size_t pa_digits_to_ascii(const char *in, size_t len, char *out, size_t outsize)
{
    size_t o = 0, i = 0;
    if (!outsize)
        return 0;
    while (i < len) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x80) { /* ASCII: copied as is (the common case) */
            if (o + 1 >= outsize)
                break;
            out[o++] = (char)c;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            n = 1;
            cp = -1;
        }
        int d = cp >= 0x0660 && cp <= 0xFF19 ? native_digit((unsigned)cp) : -1;
        if (d >= 0) {
            if (o + 1 >= outsize)
                break;
            out[o++] = (char)('0' + d);
        } else if (cp == 0x066B || cp == 0x066C) { /* Arabic decimal / thousands separators */
            if (o + 1 >= outsize)
                break;
            out[o++] = cp == 0x066B ? '.' : ',';
        } else {
            if (o + (size_t)n >= outsize)
                break;
            memcpy(out + o, in + i, (size_t)n);
            o += (size_t)n;
        }
        i += (size_t)n;
    }
    out[o] = '\0';
    return o;
}

/* ---- Chinese numerals ---- */

#define PA_DATE_MAX_CJK_RUN 8 /* numeral characters of one year, month or day */

/* Value of a Chinese numeral character: 0-9, 10 (十), 20 (廿), 30 (卅); -1 if none. */
static int cjk_numeral(utf8proc_int32_t cp)
{
    switch (cp) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */
    case 0x25CB: /* ○, written for 〇 */
        return 0;
    case 0x4E00: return 1;
    case 0x4E8C: return 2;
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    case 0x5341: return 10; /* 十 */
    case 0x5EFF: return 20; /* 廿 */
    case 0x5345: return 30; /* 卅 */
    default: return -1;
    }
}

/* 年 月 日 号 號: a numeral run before one of them is a date part. */
static int cjk_date_unit(utf8proc_int32_t cp)
{
    return cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5 || cp == 0x53F7 || cp == 0x865F;
}

/* The ASCII digits of a numeral run: digit by digit for a year
 * (二〇二五 → 2025), by place for a month or day (十一 → 11, 二十三 → 23);
 * 0 when the run is not a number. */
static size_t cjk_run_value(const int *v, size_t n, char *out)
{
    int tens = 0;
    for (size_t i = 0; i < n; i++)
        tens += v[i] >= 10;
    if (!tens) {
        for (size_t i = 0; i < n; i++)
            out[i] = (char)('0' + v[i]);
        return n;
    }
    /* [d]十[d], 廿[d], 卅[d] */
    size_t i = 0;
    int val = 0;
    if (v[0] < 10 && v[0] > 0 && n >= 2 && v[1] == 10) {
        val = v[0] * 10;
        i = 2;
    } else if (v[0] >= 10) {
        val = v[0];
        i = 1;
    } else {
        return 0;
    }
    if (i < n) {
        if (v[i] >= 10 || v[i] == 0 || i + 1 != n)
            return 0;
        val += v[i];
    }
    if (val > 99)
        return 0;
    return (size_t)snprintf(out, 3, "%d", val);
}

/* Chinese numerals before 年/月/日/号 rewritten as ASCII digits, in place
 * (the digits are never longer than the numerals): 二〇二五年十一月十四日 →
 * 2025年11月14日. */
static size_t cjk_numerals_to_ascii(char *s, size_t len)
{
    size_t i = 0, o = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t k = 1;
        if (c >= 0x80) {
            k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
            if (k <= 0) {
                k = 1;
                cp = -1;
            }
        }
        int first = cp >= 0 ? cjk_numeral(cp) : -1;
        if (first < 0) {
            memmove(s + o, s + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
            continue;
        }
        /* collect the run */
        int v[PA_DATE_MAX_CJK_RUN];
        size_t n = 0, j = i;
        while (j < len) {
            utf8proc_int32_t c2;
            utf8proc_ssize_t k2 = utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(len - j), &c2);
            int x = k2 > 0 ? cjk_numeral(c2) : -1;
            if (x < 0)
                break;
            if (n < PA_DATE_MAX_CJK_RUN)
                v[n] = x;
            n++;
            j += (size_t)k2;
        }
        utf8proc_int32_t next = -1;
        if (j < len && utf8proc_iterate((const utf8proc_uint8_t *)s + j, (utf8proc_ssize_t)(len - j), &next) <= 0)
            next = -1;
        char digits[PA_DATE_MAX_CJK_RUN + 1];
        size_t dl = n <= PA_DATE_MAX_CJK_RUN && cjk_date_unit(next) ? cjk_run_value(v, n, digits) : 0;
        if (dl) {
            memcpy(s + o, digits, dl);
            o += dl;
        } else {
            memmove(s + o, s + i, j - i);
            o += j - i;
        }
        i = j;
    }
    s[o] = '\0';
    return o;
}

/* Japanese era years rewritten as Western ones, in place (the year is
 * never longer than the era and its number): 令和8年 → 2026年, 令和元年 →
 * 2019年 (元 is the first year), 平成30年 → 2018年, 昭和64年 → 1989年.  Reads
 * s after NFKC (full-width digits and the era ligatures ㋿ ㍻ ㍼ are plain
 * already) and after cjk_numerals_to_ascii (令和八年 is 令和8年); an era
 * with no year or a year past the era's last is left as it is.  Returns
 * the new length. */
static size_t cjk_era_years_to_ascii(char *s, size_t len)
{
    static const struct {
        const char *name; /* 6 bytes of UTF-8 */
        int first, last;  /* the Western year of the era's first year, the era's last year number */
    } eras[] = {
        {"\xe4\xbb\xa4\xe5\x92\x8c", 2019, 99}, /* 令和 */
        {"\xe5\xb9\xb3\xe6\x88\x90", 1989, 31}, /* 平成 */
        {"\xe6\x98\xad\xe5\x92\x8c", 1926, 64}, /* 昭和 */
    };
    static const char year_mark[] = "\xe5\xb9\xb4", first_year[] = "\xe5\x85\x83"; /* 年 元 */
    size_t i = 0, o = 0;
    while (i < len) {
        size_t e = 0, j = i + 6;
        while (e < sizeof eras / sizeof eras[0] && !(i + 6 <= len && !memcmp(s + i, eras[e].name, 6)))
            e++;
        int n = -1;
        if (e < sizeof eras / sizeof eras[0]) {
            while (j < len && s[j] == ' ')
                j++;
            if (j + 3 <= len && !memcmp(s + j, first_year, 3)) {
                n = 1;
                j += 3;
            } else if (j < len && isdigit((unsigned char)s[j])) {
                n = s[j++] - '0';
                if (j < len && isdigit((unsigned char)s[j]))
                    n = n * 10 + (s[j++] - '0');
            }
            while (j < len && s[j] == ' ')
                j++;
            if (n < 1 || n > eras[e].last || j + 3 > len || memcmp(s + j, year_mark, 3))
                n = -1;
        }
        if (n < 0) {
            s[o++] = s[i++];
            continue;
        }
        o += (size_t)snprintf(s + o, 5, "%04d", eras[e].first + n - 1);
        i = j; /* 年 is copied next */
    }
    s[o] = '\0';
    return o;
}

/* s[0..len) with its ASCII letters lower-cased, other bytes as they are;
 * malloc'd, NULL on failure. */
static char *ascii_lower_copy(const char *s, size_t len)
{
    char *c = malloc(len + 1);
    if (!c)
        return NULL;
    for (size_t i = 0; i < len; i++)
        c[i] = (char)tolower((unsigned char)s[i]);
    c[len] = '\0';
    return c;
}

/* Is s[0..len) ASCII and typographic marks that NFKC and case folding
 * leave as they are, alone and beside ASCII: curly quotes ‘ ’ “ ”, dashes
 * – —, bullet •, prime ′, euro €, and © ® · « » £ (not NBSP, "…" or "™",
 * which NFKC rewrites)?  English lines with curly quotes are most of the
 * non-ASCII ones. */
static int ascii_and_plain_marks(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
        } else if (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
                   (s[i + 2] == 0x98 || s[i + 2] == 0x99 || s[i + 2] == 0x9C || s[i + 2] == 0x9D ||
                    s[i + 2] == 0x93 || s[i + 2] == 0x94 || s[i + 2] == 0xA2 || s[i + 2] == 0xB2)) {
            i += 3;
        } else if (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x82 && s[i + 2] == 0xAC) {
            i += 3;
        } else if (s[i] == 0xC2 && i + 1 < len &&
                   (s[i + 1] == 0xA9 || s[i + 1] == 0xAE || s[i + 1] == 0xB7 || s[i + 1] == 0xAB ||
                    s[i + 1] == 0xBB || s[i + 1] == 0xA3)) {
            i += 2;
        } else {
            return 0;
        }
    }
    return 1;
}

/* ---- NFKC + case folding by table, one character at a time ----
 *
 * utf8proc_map folds a whole line through its decomposition, reordering
 * and composition buffers.  A character Y of the scripts most non-ASCII
 * lines hold (Latin, Greek, Cyrillic, Arabic, Hebrew, general
 * punctuation, CJK ideographs and punctuation, kana, full-width forms)
 * folds the same beside any neighbour when its own folded decomposition
 * opens with a starter (combining class 0) that composes with nothing
 * before it: the composition of a line then never crosses into Y, and no
 * reordering crosses a starter.  The starters that compose with a
 * preceding one (Hangul vowel and trailing jamo, some Indic vowel signs)
 * all lie outside these ranges, so such a line folds to the concatenation
 * of its characters' folds, looked up in a table that utf8proc itself
 * fills, one block of FOLD_BLOCK code points on first use.  Any other
 * character (a combining mark, Hangul, a code point outside the ranges,
 * a fold longer than FOLD_OUT_MAX bytes) sends the line to utf8proc_map. */
#define FOLD_FLAGS (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD)
#define FOLD_BLOCK 128                    /* code points per table block */
#define FOLD_BLOCKS (0x10000 / FOLD_BLOCK) /* the table covers the BMP's ranges below */
#define FOLD_OUT_MAX 11                   /* bytes of one character's fold at most */

/* One code point's fold: its UTF-8 bytes; len 0 when it cannot be folded
 * alone (see above). */
typedef struct {
    unsigned char len;
    char out[FOLD_OUT_MAX];
} fold_entry;

typedef struct {
    fold_entry at[FOLD_BLOCK];
} fold_block;

static fold_block *_Atomic fold_blocks[FOLD_BLOCKS];
static pthread_mutex_t fold_blocks_mu = PTHREAD_MUTEX_INITIALIZER;

/* Is cp (a BMP code point) in the ranges the table serves (above)? */
static int fold_table_covers(utf8proc_int32_t cp)
{
    return (cp >= 0x80 && cp < 0x800) || (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x3000 && cp < 0x3100) ||
           (cp >= 0x4E00 && cp < 0xA000) || (cp >= 0xFF00 && cp < 0xFFF0);
}

/* cp's table entry, from utf8proc: its fold when the table serves cp and
 * its folded decomposition opens with a starter of ASCII or of the served
 * ranges; else len 0. */
static fold_entry fold_entry_of(utf8proc_int32_t cp)
{
    fold_entry e;
    memset(&e, 0, sizeof e);
    if (!fold_table_covers(cp) || !utf8proc_codepoint_valid(cp))
        return e;
    utf8proc_int32_t first[8];
    int boundclass = 0;
    utf8proc_ssize_t d = utf8proc_decompose_char(cp, first, 8, FOLD_FLAGS, &boundclass);
    if (d < 1 || d > 8 || utf8proc_get_property(first[0])->combining_class != 0 ||
        !(first[0] < 0x80 || fold_table_covers(first[0])))
        return e;
    if (d == 1) { /* one starter: nothing to compose (most code points, the ideographs) */
        utf8proc_uint8_t one[4];
        utf8proc_ssize_t r = utf8proc_encode_char(first[0], one);
        if (r >= 1 && r <= 4) {
            memcpy(e.out, one, (size_t)r);
            e.len = (unsigned char)r;
        }
        return e;
    }
    utf8proc_uint8_t in[4], *m = NULL;
    utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
    utf8proc_ssize_t r = n > 0 ? utf8proc_map(in, n, &m, FOLD_FLAGS) : -1;
    if (r >= 1 && r <= FOLD_OUT_MAX) {
        memcpy(e.out, m, (size_t)r);
        e.len = (unsigned char)r;
    }
    free(m);
    return e;
}

/* The table block holding cp (< 0x10000), made on first use; NULL when
 * out of memory. */
static const fold_block *fold_block_of(utf8proc_int32_t cp)
{
    size_t b = (size_t)cp / FOLD_BLOCK;
    fold_block *blk = atomic_load_explicit(&fold_blocks[b], memory_order_acquire);
    if (blk)
        return blk;
    pthread_mutex_lock(&fold_blocks_mu);
    blk = atomic_load_explicit(&fold_blocks[b], memory_order_relaxed);
    if (!blk && (blk = malloc(sizeof *blk)) != NULL) {
        for (size_t k = 0; k < FOLD_BLOCK; k++)
            blk->at[k] = fold_entry_of((utf8proc_int32_t)(b * FOLD_BLOCK + k));
        atomic_store_explicit(&fold_blocks[b], blk, memory_order_release);
    }
    pthread_mutex_unlock(&fold_blocks_mu);
    return blk;
}

/* The fold entry of the character at s[i] (ASCII excluded) and its byte
 * length in *k; NULL when the table does not serve it (an invalid or
 * cut sequence, a 4-byte character, a character of len 0). */
static const fold_entry *fold_entry_at(const unsigned char *s, size_t len, size_t i, size_t *k)
{
    utf8proc_int32_t cp;
    if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
        cp = ((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
        *k = 2;
    } else if (s[i] >= 0xE0 && s[i] <= 0xEF && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        cp = ((s[i] & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        *k = 3;
        if (cp < 0x800)
            return NULL; /* overlong */
    } else {
        return NULL;
    }
    if (!fold_table_covers(cp))
        return NULL;
    const fold_block *blk = fold_block_of(cp);
    const fold_entry *e = blk ? &blk->at[cp % FOLD_BLOCK] : NULL;
    return e && e->len ? e : NULL;
}

/* utf8proc_map(s, len, FOLD_FLAGS) by the table, when it serves every
 * non-ASCII character of s[0..len): the folded UTF-8 (malloc'd, its
 * length in *n); else NULL (and NULL when out of memory).  s[0..ascii) is
 * ASCII (the caller counted it).  One pass into a buffer of the line's
 * length (most folds are no longer than their character: "é", "年", "Ａ"),
 * doubled when a longer one ("ΐ" to three code points, up to FOLD_OUT_MAX
 * bytes) would leave less room than the bytes still to read: cap >= o +
 * (len - i) + 1 before each character, so an ASCII byte always fits. */
static char *fold_by_table(const char *str, size_t len, size_t ascii, size_t *n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t cap = len + 1;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t o = 0;
    for (; o < ascii && o < len; o++)
        out[o] = (char)tolower(s[o]);
    for (size_t i = o, k = 0; i < len; i += k) {
        k = 1;
        if (s[i] < 0x80) {
            out[o++] = (char)tolower(s[i]);
            continue;
        }
        const fold_entry *e = fold_entry_at(s, len, i, &k);
        if (!e) {
            free(out);
            return NULL;
        }
        size_t need = o + e->len + (len - i - k) + 1;
        if (need > cap) {
            size_t grown = cap * 2 > need ? cap * 2 : need;
            char *g = realloc(out, grown);
            if (!g) {
                free(out);
                return NULL;
            }
            out = g;
            cap = grown;
        }
        memcpy(out + o, e->out, e->len);
        o += e->len;
    }
    out[o] = '\0';
    *n = o;
    return out;
}

/* NFKC + case fold + native digits → ASCII; malloc'd, NULL on failure. */
static char *fold(const char *s, size_t len)
{
    if (len > PA_DATE_MAX_LINE)
        len = PA_DATE_MAX_LINE;
    size_t ascii = 0;
    while (ascii < len && (unsigned char)s[ascii] < 0x80)
        ascii++;
    /* ASCII: NFKC leaves it as is and case folding is tolower (the common
     * case, without utf8proc's allocation and tables); the same with the
     * marks of ascii_and_plain_marks, which neither touches */
    if (ascii == len || ascii_and_plain_marks(s + ascii, len - ascii))
        return ascii_lower_copy(s, len);
    size_t table_len = 0;
    utf8proc_uint8_t *f = (utf8proc_uint8_t *)fold_by_table(s, len, ascii, &table_len);
    utf8proc_ssize_t n = (utf8proc_ssize_t)table_len;
    if (!f)
        n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &f, FOLD_FLAGS);
    if (n < 0)
        return ascii_lower_copy(s, len); /* invalid UTF-8: fold the ASCII part only */
    char *out = malloc((size_t)n + 1);
    if (out) {
        size_t ol = pa_digits_to_ascii((const char *)f, (size_t)n, out, (size_t)n + 1);
        /* 年 月 日 号 號 are E5, E6 or E8 sequences: most lines skip the pass */
        if (memchr(out, 0xE5, ol) || memchr(out, 0xE6, ol) || memchr(out, 0xE8, ol)) {
            ol = cjk_numerals_to_ascii(out, ol);
            cjk_era_years_to_ascii(out, ol);
        }
    }
    free(f);
    return out;
}

/* ---- tables, folded once ---- */

typedef struct {
    char *name;
    int month;
    int latin;
} month_entry;

static month_entry *months;
static size_t n_months;

/* The byte values a string holds, one bit each: a label with a byte the
 * line lacks cannot be in it (line_kind skips its search). */
typedef struct {
    uint64_t bits[4];
} byte_set;

/* b := the bytes of s[0..len). */
static void byte_set_of(const char *s, size_t len, byte_set *b)
{
    memset(b, 0, sizeof *b);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        b->bits[c >> 6] |= (uint64_t)1 << (c & 63);
    }
}

/* Is every byte of `part` in b? */
static int byte_set_covers(const byte_set *b, const byte_set *part)
{
    return ((part->bits[0] & ~b->bits[0]) | (part->bits[1] & ~b->bits[1]) | (part->bits[2] & ~b->bits[2]) |
            (part->bits[3] & ~b->bits[3])) == 0;
}

static char **labels;
/* labels[i]'s length and bytes (both NULL when out of memory): line_kind
 * skips a label with a byte the line lacks */
static size_t *label_lens;
static byte_set *label_bytes;
/* The first two bytes of the month names (one bit per byte pair; a
 * one-byte name pairs its byte with NUL): a word whose first two bytes
 * open no name is no month, without the search. */
static unsigned char month_openers[65536 / 8];
/* The same for the filler words (is_filler). */
static unsigned char filler_openers[65536 / 8];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static int cmp_month(const void *a, const void *b)
{
    return strcmp(((const month_entry *)a)->name, ((const month_entry *)b)->name);
}

/* Adds the month name p[0..len) (folded) as month `month` to the table of
 * cap entries (nothing when it is full, len is 0, or out of memory). */
static void add_month(const char *p, size_t len, int month, size_t cap)
{
    if (!len || n_months >= cap)
        return;
    char *f = fold(p, len);
    if (!f)
        return;
    int latin = 1;
    for (char *q = f; *q; q++)
        if ((unsigned char)*q >= 0x80 && !((unsigned char)*q == 0xC3 || (unsigned char)*q == 0xC4 ||
                                           (unsigned char)*q == 0xC5 || ((unsigned char)*q & 0xC0) == 0x80))
            latin = 0;
    months[n_months].name = f;
    months[n_months].month = month;
    months[n_months].latin = latin;
    n_months++;
}

static void build_tables(void)
{
    size_t cap = 1024;
    months = calloc(cap, sizeof *months);
    labels = calloc(pa_date_labels_n, sizeof *labels);
    if (!months || !labels)
        return;
    for (size_t r = 0; r < pa_month_rows_n; r++) {
        const char *p = pa_month_rows[r].months;
        if (!p) { /* (English: en_names.c's, in the order the row's string would give them) */
            for (int m = 1; m <= PA_EN_MONTHS; m++) {
                const char *name = pa_en_months[m - 1];
                size_t len = strlen(name);
                add_month(name, len, m, cap);
                if (len > 3)
                    add_month(name, 3, m, cap);
                if (m == 9)
                    add_month("sept", 4, m, cap);
            }
            continue;
        }
        int base = strcmp(pa_month_rows[r].lang, "fa-solar") == 0  ? PA_SOLAR_MONTH_BASE
                   : strcmp(pa_month_rows[r].lang, "am-eth") == 0 ? PA_ETHIOPIAN_MONTH_BASE
                                                                   : 0;
        int m = 1;
        while (*p && m <= 12) {
            size_t len = strcspn(p, ",|");
            add_month(p, len, base + m, cap);
            p += len;
            if (*p == '|')
                m++;
            if (*p)
                p++;
        }
    }
    qsort(months, n_months, sizeof *months, cmp_month);
    for (size_t i = 0; i < n_months; i++) {
        const unsigned char *nm = (const unsigned char *)months[i].name;
        unsigned pair = (unsigned)nm[0] << 8 | (nm[0] ? nm[1] : 0);
        month_openers[pair / 8] |= (unsigned char)(1u << (pair % 8));
    }
    for (size_t i = 0; i < pa_date_fillers_n; i++) {
        const unsigned char *w = (const unsigned char *)pa_date_fillers[i];
        unsigned pair = (unsigned)w[0] << 8 | (w[0] ? w[1] : 0);
        filler_openers[pair / 8] |= (unsigned char)(1u << (pair % 8));
    }
    for (size_t i = 0; i < pa_date_labels_n; i++)
        labels[i] = fold(pa_date_labels[i].text, strlen(pa_date_labels[i].text));
    label_lens = calloc(pa_date_labels_n, sizeof *label_lens);
    label_bytes = calloc(pa_date_labels_n, sizeof *label_bytes);
    if (!label_lens || !label_bytes) { /* (line_kind then measures and searches every label) */
        free(label_lens);
        free(label_bytes);
        label_lens = NULL;
        label_bytes = NULL;
    }
    for (size_t i = 0; label_lens && i < pa_date_labels_n; i++)
        if (labels[i]) {
            label_lens[i] = strlen(labels[i]);
            byte_set_of(labels[i], label_lens[i], &label_bytes[i]);
        }
}

static void tables(void)
{
    pthread_once(&tables_once, build_tables);
}

/* Month of an exact (folded) name, 0 if none. */
static int month_exact(const char *name, size_t len)
{
    if (len >= 1) {
        const unsigned char *nm = (const unsigned char *)name;
        unsigned pair = (unsigned)nm[0] << 8 | (len >= 2 ? nm[1] : 0);
        if (!(month_openers[pair / 8] & (1u << (pair % 8))))
            return 0;
    }
    size_t lo = 0, hi = n_months;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(months[mid].name, name, len);
        if (c == 0 && months[mid].name[len] != '\0')
            c = 1;
        if (c == 0)
            return months[mid].month;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* A Latin word of 3+ letters that begins month names of one month only. */
static int month_prefix(const char *name, size_t len)
{
    if (len < 3)
        return 0;
    /* a name it opens shares its first two bytes (month_openers): most words open none */
    unsigned pair = (unsigned)(unsigned char)name[0] << 8 | (unsigned char)name[1];
    if (!(month_openers[pair / 8] & (1u << (pair % 8))))
        return 0;
    /* an English weekday's abbreviation is none ("Dec 28 Sat 2013": "sat" opens Hausa's Satumba only) */
    for (size_t i = 0; i < PA_EN_WEEKDAYS; i++)
        if (pa_en_weekdays[i][0] == name[0] && len <= strlen(pa_en_weekdays[i]) &&
            !strncmp(pa_en_weekdays[i], name, len))
            return 0;
    /* lower bound of the names starting with `name` (the table is sorted) */
    size_t lo = 0, hi = n_months;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strncmp(months[mid].name, name, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int found = 0;
    for (size_t i = lo; i < n_months && strncmp(months[i].name, name, len) == 0; i++) {
        if (!months[i].latin)
            continue;
        if (found && found != months[i].month)
            return 0;
        found = months[i].month;
    }
    return found;
}

/* ---- tokens ---- */

enum { T_NUM, T_WORD, T_BREAK };

typedef struct {
    int type;
    long value;  /* T_NUM */
    int digits;  /* T_NUM */
    size_t start, end; /* byte span in the folded text */
} token;

static int is_word_cp(utf8proc_int32_t cp)
{
    if (cp >= 0 && cp < 0x80) /* ASCII: the letters are its only L* characters, it has no M* one */
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME);
}

/* CJK date characters act as separators: 2025年11月14日, 2025년 11월 14일. */
static int cjk_sep(utf8proc_int32_t cp)
{
    return cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5 || cp == 0x53F7 || cp == 0xB144 || cp == 0xC6D4 ||
           cp == 0xC77C;
}

/* utf8proc_iterate() of f[i..len), an ASCII byte read inline (most of a
 * line's bytes): the code point in *cp, its bytes returned (<= 0: invalid). */
static inline utf8proc_ssize_t iterate_cp(const char *f, size_t i, size_t len, utf8proc_int32_t *cp)
{
    if ((unsigned char)f[i] < 0x80) {
        *cp = (unsigned char)f[i];
        return 1;
    }
    return utf8proc_iterate((const utf8proc_uint8_t *)f + i, (utf8proc_ssize_t)(len - i), cp);
}

static size_t tokenize(const char *f, size_t len, token *t, size_t max)
{
    size_t n = 0, i = 0;
    while (i < len && n < max) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = iterate_cp(f, i, len, &cp);
        if (k <= 0) {
            i++;
            continue;
        }
        if (cp >= '0' && cp <= '9') {
            size_t s = i;
            long v = 0;
            int d = 0;
            while (i < len && f[i] >= '0' && f[i] <= '9') {
                if (v < 1000000)
                    v = v * 10 + (f[i] - '0');
                d++;
                i++;
            }
            t[n++] = (token){T_NUM, v, d, s, i};
        } else if (is_word_cp(cp) && !cjk_sep(cp)) {
            size_t s = i;
            while (i < len) {
                k = iterate_cp(f, i, len, &cp);
                if (k <= 0 || !is_word_cp(cp) || cjk_sep(cp) || (cp >= '0' && cp <= '9'))
                    break;
                i += (size_t)k;
            }
            t[n++] = (token){T_WORD, 0, 0, s, i};
        } else {
            if (cp == ':' || cp == '|' || cp == '\n' || cp == ';' || cp == '(' || cp == ')')
                t[n++] = (token){T_BREAK, 0, 0, i, i + (size_t)k};
            i += (size_t)k;
        }
    }
    return n;
}

static int is_filler(const char *w, size_t len)
{
    if (len >= 1) { /* a word whose first two bytes open no filler is none (filler_openers) */
        unsigned pair = (unsigned)(unsigned char)w[0] << 8 | (len >= 2 ? (unsigned char)w[1] : 0);
        if (!(filler_openers[pair / 8] & (1u << (pair % 8))))
            return 0;
    }
    for (size_t i = 0; i < pa_date_fillers_n; i++)
        if (pa_date_fillers[i][0] == w[0] && strncmp(pa_date_fillers[i], w, len) == 0 &&
            pa_date_fillers[i][len] == '\0')
            return 1;
    return 0;
}

/* item.digits of a month written as a dotted abbreviation (items_from) */
#define PA_DOTTED_MONTH 99

/* Are the n word tokens from t[0] parted by one '.' each ("ม.ค", "พ.ศ"): a dotted abbreviation? */
static int dotted_span(const char *f, const token *t, size_t n)
{
    for (size_t k = 0; k + 1 < n; k++)
        if (t[k + 1].type != T_WORD || t[k + 1].start != t[k].end + 1 || f[t[k].end] != '.')
            return 0;
    return n > 1;
}

/* Items: numbers and months, with breaks; built from tokens. */
enum { I_NUM, I_MON, I_BREAK };

typedef struct {
    int type;
    long value;
    int digits;
    size_t start, end;
} item;

static size_t items_from(const char *f, const token *t, size_t nt, item *it, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < nt && n < max; i++) {
        if (t[i].type == T_NUM) {
            it[n++] = (item){I_NUM, t[i].value, t[i].digits, t[i].start, t[i].end};
            continue;
        }
        if (t[i].type == T_BREAK) {
            it[n++] = (item){I_BREAK, 0, 0, t[i].start, t[i].end};
            continue;
        }
        /* Month phrases of up to three words ("tháng mười một", "تشرين الثاني"). */
        int m = 0, dotted = 0;
        size_t used = 0;
        for (size_t w = 3; w >= 1 && !m; w--) {
            if (i + w > nt)
                continue;
            int allwords = 1;
            for (size_t k = 0; k < w; k++)
                allwords &= t[i + k].type == T_WORD;
            if (!allwords)
                continue;
            char phrase[256];
            size_t pl = 0;
            for (size_t k = 0; k < w && pl < sizeof phrase - 1; k++) {
                size_t wl = t[i + k].end - t[i + k].start;
                if (pl + wl + 1 >= sizeof phrase)
                    break;
                if (k)
                    phrase[pl++] = ' ';
                memcpy(phrase + pl, f + t[i + k].start, wl);
                pl += wl;
            }
            phrase[pl] = '\0';
            m = month_exact(phrase, pl);
            dotted = 0;
            if (!m && w > 1 && dotted_span(f, t + i, w))
                dotted = (m = month_exact(f + t[i].start, t[i + w - 1].end - t[i].start)) != 0; /* "ม.ค.", "พ.ย." */
            if (m)
                used = w;
        }
        /* an era's dotted mark between the month and the year ("พ.ศ.", "ค.ศ.") */
        if (!m && i + 1 < nt && t[i + 1].type == T_WORD && dotted_span(f, t + i, 2) &&
            is_filler(f + t[i].start, t[i + 1].end - t[i].start)) {
            i++;
            continue;
        }
        const char *w0 = f + t[i].start;
        size_t wl0 = t[i].end - t[i].start;
        if (!m && wl0 > 2 && (unsigned char)w0[0] == 0xD7 && (unsigned char)w0[1] == 0x91) {
            m = month_exact(w0 + 2, wl0 - 2); /* Hebrew prefix ב: "בנובמבר" */
            used = m ? 1 : 0;
        }
        if (!m && wl0 > 6 && memcmp(w0, "\xe1\x9e\x81\xe1\x9f\x82", 6) == 0) {
            m = month_exact(w0 + 6, wl0 - 6); /* Khmer ខែ ("month") glued to the name: "ខែវិច្ឆិកា" */
            used = m ? 1 : 0;
        }
        if (!m && wl0 == strlen("tháng") && strncmp(w0, "tháng", wl0) == 0 && i + 1 < nt &&
            t[i + 1].type == T_NUM && t[i + 1].value >= 1 && t[i + 1].value <= 12) {
            it[n++] = (item){I_MON, t[i + 1].value, 0, t[i].start, t[i + 1].end};
            i++;
            continue;
        }
        if (!m) {
            m = month_prefix(w0, wl0);
            used = m ? 1 : 0;
        }
        if (m) {
            /* (digits: PA_DOTTED_MONTH marks a Thai dotted abbreviation, whose dates may write the
             * Buddhist-era year in two digits: "14 พ.ย. 68") */
            it[n++] = (item){I_MON, m, dotted ? PA_DOTTED_MONTH : 0, t[i].start, t[i + used - 1].end};
            i += used - 1;
            continue;
        }
        if (is_filler(w0, wl0))
            continue;
        it[n++] = (item){I_BREAK, 0, 0, t[i].start, t[i].end};
    }
    return n;
}

static int ymd_ok(long y, long m, long d)
{
    return y >= 1000 && y < 3000 && m >= 1 && m <= 12 && d >= 1 && d <= pa_civil_days_in_month(y, (int)m);
}

static long fix_year(long y)
{
    return y >= 2400 && y <= 2700 ? y - 543 : y; /* Thai Buddhist era */
}

static int month_first(const char *hint)
{
    /* US-style M/D/Y only for plain or US English. */
    return hint && (strcasecmp(hint, "en") == 0 || strcasecmp(hint, "en-us") == 0);
}

/* Does the folded (lower-case, NUL-terminated) line f hold a clock with a
 * US time zone after it: "11:02:00 pm pst", "5:32 pm est", "3:42pm edt" (a
 * time, its optional seconds and am/pm, then est/edt/cst/cdt/mst/mdt/
 * pst/pdt as a word)?  A page that states no language and stamps its
 * numeric date so writes it month first ("3/6/2007 5:32 PM EST").  Reads f
 * up to its NUL, 400 bytes at most. */
static int us_clock_zone(const char *f)
{
    static const char *const zones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"};
    for (size_t i = 1; f[i] && i < 400; i++) {
        if (f[i] != ':' || !isdigit((unsigned char)f[i - 1]) || !isdigit((unsigned char)f[i + 1]) ||
            !isdigit((unsigned char)f[i + 2]))
            continue;
        const char *c = f + i + 3;
        if (c[0] == ':' && isdigit((unsigned char)c[1]) && isdigit((unsigned char)c[2]))
            c += 3;
        c += strspn(c, " ");
        if (!strncmp(c, "a.m.", 4) || !strncmp(c, "p.m.", 4))
            c += 4;
        else if ((c[0] == 'a' || c[0] == 'p') && c[1] == 'm')
            c += 2;
        c += strspn(c, " ");
        for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++)
            if (!strncmp(c, zones[z], 3) && !isalpha((unsigned char)c[3]))
                return 1;
    }
    return 0;
}

/* pa_date.order of a numeric date whose first two parts are a and b, read
 * month first when `month_read_first`: PA_DATE_MDY or PA_DATE_DMY when
 * both are months (1-12) and unequal, so the other reading is a date too;
 * else 0. */
static int swappable_order(long a, long b, int month_read_first)
{
    if (a < 1 || a > 12 || b < 1 || b > 12 || a == b)
        return 0;
    return month_read_first ? PA_DATE_MDY : PA_DATE_DMY;
}

/* The Gregorian date `days` days after 1970-01-01 into *gy, *gm, *gd
 * (pa_civil_from_days into match_items' longs): the other calendars'
 * conversions end here. */
static void gregorian_of_epoch_day(long days, long *gy, long *gm, long *gd)
{
    int64_t y;
    int m, d;
    pa_civil_from_days(days, &y, &m, &d);
    *gy = (long)y, *gm = m, *gd = d;
}

/* Days from jalali_day_number's day 0 (1 January of the proleptic Gregorian year 0) to 1970-01-01, pa_civil's
 * day 0: pa_civil_to_days(0, 1, 1) is its negative. */
#define PA_JALALI_DAY0_TO_EPOCH 719528L

/* The day number of the Solar Hijri date (jy, jm, jd), its month's day
 * checked by the caller, in the 33-year arithmetic Iranian software uses
 * (days since 1 January of the proleptic Gregorian year 0, day 0). */
static long jalali_day_number(long jy, long jm, long jd)
{
    long jy2 = jy + 1595;
    return -355668 + 365 * jy2 + (jy2 / 33) * 8 + ((jy2 % 33) + 3) / 4 + jd +
           (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
}

/* Convert the Solar Hijri (Jalali) date (jy, jm, jd) to the Gregorian (*gy, *gm, *gd)
 * (jalali_day_number; exact for 1300..1500, the years it is asked for).
 * Returns 0, or -1 when jm/jd is no Jalali date (months 1-6 have 31 days,
 * 7-11 30, Esfand 29, or 30 in a leap year: "30 Esfand 1404" is none). */
static int jalali_to_gregorian(long jy, long jm, long jd, long *gy, long *gm, long *gd)
{
    if (jy < 1300 || jy > 1500 || jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30))
        return -1;
    long days = jalali_day_number(jy, jm, jd);
    if (jm == 12 && jd == 30 && days == jalali_day_number(jy + 1, 1, 1))
        return -1; /* Esfand 30 of a common year: the next year's 1 Farvardin */
    gregorian_of_epoch_day(days - PA_JALALI_DAY0_TO_EPOCH, gy, gm, gd);
    return 0;
}

/* Is y a Solar Hijri year written with numbers alone ("۱۴۰۵/۰۹/۱۶"): 1300
 * to 1420 (to 2041)?  Lunar Hijri years of the same era run from 1421
 * ("1448/06/10 هـ") and are no Gregorian years either. */
static int solar_year(long y)
{
    return y >= 1300 && y <= 1420;
}

/* The Julian day number of 1970-01-01, pa_civil's day 0. */
#define PA_JDN_OF_EPOCH 2440588L

/* Convert the Ethiopian calendar date (ey, em, ed) (months 1-12 of 30 days;
 * the table holds no thirteenth month) to the Gregorian (*gy, *gm, *gd) by
 * the Julian day number: the era's day 1 is JDN 1724221, every fourth year
 * (ey % 4 == 3) has a sixth epagomenal day.  ኅዳር 5 2018 is 14 November 2025.
 * Returns 0, or -1 outside 1900..2200 or for no such day. */
static int ethiopian_to_gregorian(long ey, long em, long ed, long *gy, long *gm, long *gd)
{
    if (ey < 1900 || ey > 2200 || em < 1 || em > 12 || ed < 1 || ed > 30)
        return -1;
    long jdn = 1723856 + 365 * ey + ey / 4 + 30 * em + ed - 31;
    gregorian_of_epoch_day(jdn - PA_JDN_OF_EPOCH, gy, gm, gd);
    return 0;
}

/* Are the bytes f[a..b) spaces only (none at all too)? */
static int spaces_between(const char *f, size_t a, size_t b)
{
    for (; a < b; a++)
        if (f[a] != ' ')
            return 0;
    return 1;
}

/* The index of the year item after a clock that starts at it[j] in the
 * items of folded text f (n of them): "14:35:05 2011", "14:35 2011" (hours
 * of one or two digits, ':' right between the parts, minutes and seconds of
 * two), the year of four digits, spaces alone around the clock (j > 0: the
 * day's item before it; no zone between, "14:35:05 gmt 2011", which `date`
 * writes, for now): the C library's asctime() stamp of
 * mail and list archives puts the clock between the day and the year ("wed
 * aug  3 14:35:05 2011").  0 when no such run starts at j. */
static size_t clock_then_year(const char *f, const item *it, size_t j, size_t n)
{
    if (j + 3 >= n || it[j].type != I_NUM || it[j].digits > 2)
        return 0;
    size_t k = j;
    for (int part = 0; part < 2 && k + 2 < n; part++) {
        const item *colon = &it[k + 1], *next = &it[k + 2];
        if (colon->type != I_BREAK || f[colon->start] != ':' || colon->start != it[k].end || next->type != I_NUM ||
            next->digits != 2 || next->start != colon->end)
            break;
        k += 2;
    }
    if (k == j || ++k >= n || !spaces_between(f, it[j - 1].end, it[j].start) ||
        !spaces_between(f, it[k - 1].end, it[k].start))
        return 0; /* no clock, or words between it and the day or the next item ("aug 3 at 14:35 the 2011 …") */
    return it[k].type == I_NUM && it[k].digits == 4 ? k : 0;
}

/* First date in the items of folded text f.  `short_year`: also read a
 * compact "01/11/11" with a two-digit year as 20yy (or 19yy from 70): for
 * lines an element's name marks as dates. */
static int match_items(const char *f, const item *it, size_t n, const char *hint, int short_year, pa_date *out,
                       size_t *s, size_t *e)
{
    for (size_t i = 0; i + 2 < n; i++) {
        const item *a = &it[i], *b = &it[i + 1], *c = &it[i + 2];
        if (a->type == I_BREAK || b->type == I_BREAK || c->type == I_BREAK)
            continue;
        long y = 0, m = 0, d = 0;
        int ok = 0, order = 0;
        size_t stamp_year = 0; /* the year item of an asctime() stamp, when one */
        if (a->type == I_MON && b->type == I_NUM && b->digits <= 2 && (stamp_year = clock_then_year(f, it, i + 2, n))) {
            m = a->value, d = b->value, y = it[stamp_year].value, ok = 1; /* "aug 3 14:35:05 2011" */
        } else if (a->type == I_NUM && b->type == I_NUM && c->type == I_NUM) {
            if (a->digits == 4 && b->digits <= 2 && c->digits <= 2) {
                y = a->value, m = b->value, d = c->value, ok = 1;
            } else if (a->digits <= 2 && b->digits <= 2 && c->digits == 4) {
                y = c->value;
                if (a->value > 12 || (b->value <= 12 && !month_first(hint) && !(!hint && us_clock_zone(f))))
                    d = a->value, m = b->value;
                else
                    m = a->value, d = b->value;
                ok = 1;
                order = swappable_order(a->value, b->value, m == a->value);
            }
        } else if (a->type == I_MON && b->type == I_NUM && c->type == I_NUM && b->digits <= 2 && c->digits == 4) {
            m = a->value, d = b->value, y = c->value, ok = 1;
        } else if (a->type == I_NUM && b->type == I_MON && c->type == I_NUM && a->digits <= 2 && c->digits == 4) {
            d = a->value, m = b->value, y = c->value, ok = 1;
        } else if (a->type == I_NUM && b->type == I_MON && c->type == I_NUM && a->digits == 4 && c->digits <= 2) {
            y = a->value, m = b->value, d = c->value, ok = 1;
        } else if (a->type == I_NUM && b->type == I_MON && c->type == I_NUM && a->digits <= 2 &&
                   b->digits == PA_DOTTED_MONTH && c->digits == 2 && c->value >= 40 &&
                   !((f[c->end] == '.' || f[c->end] == ',') && isdigit((unsigned char)f[c->end + 1]))) {
            /* "14 พ.ย. 68": B.E. 2568; not the head of a figure after the day and month ("ถึง 14 พ.ย. 45,210
             * ราย", "45.2 ล้านบาท") */
            d = a->value, m = b->value, y = 2500 + c->value, ok = 1;
        }
        /* a compact date only ("01/11/11", "01.11.11"): one same separator
         * between the numbers, not a day, a month and a time ("25.11 13:13") */
        if (!ok && short_year && a->type == I_NUM && b->type == I_NUM && c->type == I_NUM && a->digits <= 2 &&
            b->digits <= 2 && c->digits == 2 && b->start == a->end + 1 && c->start == b->end + 1 &&
            f[a->end] == f[b->end] && (f[a->end] == '/' || f[a->end] == '.' || f[a->end] == '-') &&
            !(f[c->end] >= '0' && f[c->end] <= '9') && !(f[c->end] == f[b->end] && f[c->end + 1] >= '0' &&
                                                         f[c->end + 1] <= '9')) {
            y = c->value < 70 ? 2000 + c->value : 1900 + c->value;
            if (a->value > 12 || (b->value <= 12 && !month_first(hint) && !(!hint && us_clock_zone(f))))
                d = a->value, m = b->value;
            else
                m = a->value, d = b->value;
            ok = 1;
            order = swappable_order(a->value, b->value, m == a->value);
        }
        if (!ok)
            continue;
        /* a Solar Hijri month's name, or a numeric date of a Solar Hijri
         * year, is converted; any other year before 1500 is of a calendar
         * not Gregorian (a lunar Hijri date beside the Gregorian one) or a
         * date of history, as a Gregorian month's name with a year
         * 1300-1420 is ("Chaucer died on 25 October 1400"): no page's day */
        int named_gregorian = (a->type == I_MON || b->type == I_MON) && m <= 12;
        if (m > PA_ETHIOPIAN_MONTH_BASE) {
            if (ethiopian_to_gregorian(y, m - PA_ETHIOPIAN_MONTH_BASE, d, &y, &m, &d) != 0)
                continue;
        } else if (m > PA_SOLAR_MONTH_BASE || (solar_year(y) && !named_gregorian)) {
            if (jalali_to_gregorian(y, m > PA_SOLAR_MONTH_BASE ? m - PA_SOLAR_MONTH_BASE : m, d, &y, &m, &d) != 0)
                continue;
            order = 0; /* (the converted day's parts are no longer the written ones) */
        } else if (y < 1500) {
            continue;
        }
        y = fix_year(y);
        if (!ymd_ok(y, m, d))
            continue;
        memset(out, 0, sizeof *out);
        out->year = (int)y;
        out->month = (int)m;
        out->day = (int)d;
        out->order = order;
        *s = a->start;
        *e = stamp_year ? it[stamp_year].end : c->end;
        return 0;
    }
    return -1;
}

static int find_date(const char *f, size_t len, const char *hint, int short_year, pa_date *out, size_t *s, size_t *e)
{
    token t[PA_DATE_MAX_TOKENS];
    item it[PA_DATE_MAX_TOKENS];
    size_t nt = tokenize(f, len, t, PA_DATE_MAX_TOKENS);
    size_t ni = items_from(f, t, nt, it, PA_DATE_MAX_TOKENS);
    return match_items(f, it, ni, hint, short_year, out, s, e);
}

/* A month and a year alone ("June 2022": a month name, then a four-digit
 * year, the line's only number) in the items it[0..ni) of a folded line:
 * *out gets the month's first day, [*s, *e) the phrase.  For labelled lines
 * only ("Last Updated: June 2022"): a bare month and year may head an
 * archive.  (It reads the items alone: line_kind's may_hold_date has
 * already passed over the lines without a run of four digits.) */
static int find_month_year(const item *it, size_t ni, pa_date *out, size_t *s, size_t *e)
{
    size_t nums = 0;
    for (size_t i = 0; i < ni; i++)
        nums += it[i].type == I_NUM;
    if (nums != 1)
        return -1;
    for (size_t i = 0; i + 1 < ni; i++) {
        const item *m = &it[i], *y = &it[i + 1];
        if (m->type != I_MON || y->type != I_NUM || y->digits != 4)
            continue;
        long year = fix_year(y->value);
        if (!ymd_ok(year, m->value, 1))
            return -1;
        memset(out, 0, sizeof *out);
        out->year = (int)year;
        out->month = (int)m->value;
        out->day = 1;
        *s = m->start;
        *e = y->end;
        return 0;
    }
    return -1;
}

/* Can the text hold a date at all?  A date needs a digit of some script
 * (ASCII, Arabic-Indic, Devanagari, fullwidth…: Unicode Nd) or a CJK
 * numeral (二〇一二年); most paragraphs (English prose with curly quotes,
 * Cyrillic, Greek) are rejected here without folding. */
static int has_any_digit(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        /* eight ASCII bytes without a digit at a time (a byte's high bit set before each subtraction: no
         * borrow from the next byte, 0x80 left where the byte is at least the one subtracted) */
        const uint64_t high = 0x8080808080808080ull, ones = 0x0101010101010101ull;
        uint64_t w;
        while (i + 8 <= len && (memcpy(&w, s + i, 8), !(w & high)) &&
               !(((w | high) - ones * '0') & ~((w | high) - ones * ('9' + 1)) & high))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c >= '0' && c <= '9')
                return 1;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            i++;
            continue;
        }
        if ((cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF))
            return 1;
        utf8proc_category_t cat = utf8proc_category(cp); /* (looked up once) */
        if (cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO)
            return 1;
        i += (size_t)n;
    }
    return 0;
}

int pa_date_parse_text(const char *utf8, size_t len, const char *lang_hint, pa_date *out)
{
    if (!utf8 || !len || !has_any_digit(utf8, len))
        return -1;
    tables();
    char *f = fold(utf8, len);
    if (!f)
        return -1;
    size_t s, e;
    int r = find_date(f, strlen(f), lang_hint, 0, out, &s, &e);
    free(f);
    return r;
}

/* Letters outside [a,b) and [c,d) not in filler words or times. */
static size_t residue(const char *f, size_t len, size_t a, size_t b, size_t c, size_t d)
{
    token t[PA_DATE_MAX_TOKENS];
    size_t nt = tokenize(f, len, t, PA_DATE_MAX_TOKENS), letters = 0;
    for (size_t i = 0; i < nt; i++) {
        if (t[i].type != T_WORD)
            continue;
        if ((t[i].start >= a && t[i].end <= b) || (t[i].start >= c && t[i].end <= d))
            continue;
        if (is_filler(f + t[i].start, t[i].end - t[i].start))
            continue;
        for (size_t k = t[i].start; k < t[i].end; k++)
            if (((unsigned char)f[k] & 0xC0) != 0x80)
                letters++;
    }
    return letters;
}

/* The letters of the newsroom role words ("staff", "writer", "reporter",
 * …) among the word tokens of the folded line f (len bytes) outside the
 * date [ds, de): a byline element's "Jane Doe | Staff Writer Feb. 10, 2009"
 * names the writer's post besides the name, which the residue of a named
 * element's line (an author's name) is not meant to count.  Bounded by the
 * tokenizer's PA_DATE_MAX_TOKENS. */
static size_t role_letters(const char *f, size_t len, size_t ds, size_t de)
{
    static const char *const roles[] = {"staff", "writer", "reporter", "correspondent", "editor", "columnist"};
    token t[PA_DATE_MAX_TOKENS];
    size_t nt = tokenize(f, len, t, PA_DATE_MAX_TOKENS), letters = 0;
    for (size_t i = 0; i < nt; i++) {
        size_t wl = t[i].end - t[i].start;
        if (t[i].type != T_WORD || wl < 5 || (t[i].start >= ds && t[i].end <= de))
            continue;
        for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++)
            if (wl == strlen(roles[r]) && !memcmp(f + t[i].start, roles[r], wl)) {
                letters += wl;
                break;
            }
    }
    return letters;
}

/* Does the folded line f say, before its date label at ls, that a thing
 * other than the page itself "was" dated so: a sentence of prose ("the
 * report was published on …", "the survey's first report was published
 * in a journal …"), not the page's own note ("this article was published
 * on …")?  An auxiliary right before the label, a subject of two words or
 * more before that, not opening "this article/story/post/page". */
static int prose_before_label(const char *f, size_t ls)
{
    static const char *const aux[] = {"was ", "were ", "has been ", "had been ", "have been "};
    for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++) {
        size_t al = strlen(aux[i]);
        if (ls < al + 4 || strncmp(f + ls - al, aux[i], al) || f[ls - al - 1] != ' ')
            continue;
        size_t subject = ls - al - 1, spaces = 0;
        for (size_t k = 0; k < subject; k++)
            spaces += f[k] == ' ';
        static const char *const own[] = {"this article", "this story", "this post", "this page", "this entry",
                                          "this item", "this content", "this release", "this news", "it"};
        for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
            if (!strncmp(f, own[k], strlen(own[k])))
                return 0;
        return spaces >= 1;
    }
    return 0;
}

static int word_char_at(const char *f, size_t len, size_t pos, int before)
{
    if (before) {
        if (pos == 0)
            return 0;
        size_t p = pos - 1;
        while (p > 0 && ((unsigned char)f[p] & 0xC0) == 0x80)
            p--;
        utf8proc_int32_t cp;
        if (utf8proc_iterate((const utf8proc_uint8_t *)f + p, (utf8proc_ssize_t)(len - p), &cp) <= 0)
            return 0;
        return is_word_cp(cp) && cp < 0x2E80; /* CJK and Thai run together: no boundary check */
    }
    if (pos >= len)
        return 0;
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)f + pos, (utf8proc_ssize_t)(len - pos), &cp) <= 0)
        return 0;
    return is_word_cp(cp) && cp < 0x2E80 && !(cp >= 0x0E00 && cp <= 0x0EFF);
}

/* Does the date at f[ds, de) (f: a folded line of fl bytes) close the line
 * as a part of its own after a spaced bar or dash, a weekday at most before
 * it, in a short line of three such parts at most: a print page's folio or
 * an e-edition's stamp ("Page 12 | The Harbour Mercury | Tuesday 26 July
 * 2016", "The Pell City Courier - 08/11/2016"), the issue's day beside the
 * paper's name and page?  After a dash the date is in numbers only (a
 * headline names its meeting's day in words: "Council Meeting Highlights -
 * 22 June 2021"), and each part before it is a name of six words at
 * most, not a sentence ("The council said the plan … | 26 July 2016"). */
static int closing_date_part(const char *f, size_t fl, size_t ds, size_t de)
{
    if (fl > 120 || ds < 3)
        return 0;
    for (size_t k = de; k < fl; k++)
        if (f[k] != ' ' && f[k] != '.')
            return 0;
    size_t sep = ds, parts = 1;
    while (sep > 1 && !((f[sep - 1] == '|' || f[sep - 1] == '-') && f[sep - 2] == ' ' && f[sep] == ' '))
        sep--;
    if (sep <= 1 || residue(f, fl, 0, sep, ds, fl) > PA_DATE_BARE_RESIDUE)
        return 0;
    /* after a dash, numbers only: "Meeting Highlights - 22 June 2021" is a headline naming its day */
    for (size_t k = ds; f[sep - 1] == '-' && k < de; k++)
        if (!isdigit((unsigned char)f[k]) && !strchr("/.- ", f[k]))
            return 0;
    size_t words = 0; /* of the part read: a folio's parts are names, six words at most, not a sentence */
    for (size_t k = 1; k + 1 < fl; k++) {
        int bar = (f[k] == '|' || f[k] == '-') && f[k - 1] == ' ' && f[k + 1] == ' ';
        parts += bar;
        words = bar ? 0 : words + (f[k] != ' ' && f[k - 1] == ' ');
        if (k < sep && words >= 6)
            return 0;
    }
    return parts <= 3;
}

/* Are the parts of the line s[0, n) before its last spaced bar or dash
 * (" | ", " - ", " \u2013 ", " \u2014 ") names, not a phrase in sentence
 * case: no word of four ASCII letters or more starting in a lower-case
 * letter?  A folio's or a stamp's parts are a paper's and a page's names
 * ("Page 12 | The Harbour Mercury", "The Pell City Courier",
 * "Source: Atlantic Press Service"); a table's row, a notice's field or a
 * related story's headline in the body is a phrase ("Last inspection |
 * 2014-06-01", "Price list valid from | 1 January 2020", "Council budget
 * vote | March 3, 2015"), its date not the issue's (pa_en_name_case).
 * 1 when names. */
static int names_before_closing_part(const char *s, size_t n)
{
    size_t end = 0;
    for (size_t k = 1; k + 1 < n; k++)
        if (s[k - 1] == ' ' && (s[k] == '|' || s[k] == '-') && s[k + 1] == ' ')
            end = k;
        else if (k + 3 < n && s[k - 1] == ' ' && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
                 ((unsigned char)s[k + 2] == 0x93 || (unsigned char)s[k + 2] == 0x94) && s[k + 3] == ' ')
            end = k;
    return pa_en_name_case(s, end);
}

/* A date line whose label follows its date: "October 11, 2019 / 3:37 PM /
 * Updated 2 hours ago" — the date is the publication's, the label heads
 * the relative time after it.  1 when a label stands at a word boundary
 * after the date [ds, de) of the folded line f with at most two letters
 * between them ("pm") and the letters besides the date and that label are
 * few (a bare line's residue); else 0. */
static int label_after_date(const char *f, size_t fl, size_t ds, size_t de, int named)
{
    for (size_t i = 0; i < pa_date_labels_n; i++) {
        const char *l = labels ? labels[i] : NULL;
        if (!l)
            continue;
        size_t ll = strlen(l);
        for (const char *h = strstr(f + de, l); h; h = strstr(h + 1, l)) {
            size_t pos = (size_t)(h - f);
            if (word_char_at(f, fl, pos, 1) || word_char_at(f, fl, pos + ll, 0))
                continue;
            /* nothing but a time between the date and the label ("/ 3:37 PM /"): a
             * timeline's "June 2, 2020: Study published" is a sentence */
            if (residue(f, fl, 0, de, pos, fl) <= 2 &&
                residue(f, fl, ds, de, pos, pos + ll) <= (named ? PA_DATE_NAMED_RESIDUE : PA_DATE_BARE_RESIDUE))
                return 1;
            break;
        }
    }
    return 0;
}

/* Can match_items or find_month_year find a date in the folded line f
 * (fl bytes) at all?  Every pattern they read holds a number item of
 * exactly four digits (a NUM token is a maximal run of ASCII digits), but
 * for two: the Thai "14 พ.ย. 68" (a dotted month: a month name holding '.',
 * all of them non-ASCII) and, with `short_year`, "01/11/11" (a run of two
 * digits).  0 when the line has none of these, so that line_kind skips its
 * tokenizing and month look-ups (most lines with a number); else 1. */
static int may_hold_date(const char *f, size_t fl, int short_year)
{
    int non_ascii = 0, dot = 0;
    for (size_t i = 0; i < fl;) {
        unsigned char c = (unsigned char)f[i];
        if (c >= '0' && c <= '9') {
            size_t r = 0;
            while (i + r < fl && f[i + r] >= '0' && f[i + r] <= '9')
                r++;
            if (r == 4 || (short_year && r == 2))
                return 1;
            i += r;
            continue;
        }
        non_ascii |= c >= 0x80;
        dot |= c == '.';
        i++;
    }
    return non_ascii && dot;
}

/* Is the folded line f (fl bytes) a compact numeric date alone, spaces
 * around it aside: "09/11/12", "11.09.12", "1-9-12" (1-2 digits, a
 * separator, 1-2 digits, the same separator, 2 digits)?  Such a line is a
 * date line as an element named for a date is: nothing else reads so. */
static int compact_date_alone(const char *f, size_t fl)
{
    while (fl && f[fl - 1] == ' ')
        fl--;
    while (fl && f[0] == ' ')
        f++, fl--;
    if (fl < 6 || fl > 8)
        return 0;
    size_t i = 0, parts = 0;
    char sep = 0;
    while (i < fl) {
        size_t r = 0;
        while (i + r < fl && isdigit((unsigned char)f[i + r]))
            r++;
        if (r < 1 || r > 2 || (++parts == 3 && (r != 2 || i + r != fl)))
            return 0;
        i += r;
        if (i == fl)
            break;
        if (parts == 3 || (f[i] != '/' && f[i] != '.' && f[i] != '-') || (sep && f[i] != sep))
            return 0;
        sep = f[i++];
    }
    return parts == 3;
}

int pa_date_compact_line(const char *utf8, size_t len)
{
    if (!utf8 || len < 6 || len > 40 || !has_any_digit(utf8, len))
        return 0;
    char *f = fold(utf8, len);
    int r = f && compact_date_alone(f, strlen(f));
    free(f);
    return r;
}

/* pa_date_line_kind, with `named`: the line's element is named for a date
 * or byline, which labels it as well as words would. */
/* The last lines line_kind read (the extractor asks of a paragraph again as
 * a neighbour's context, and of the same text under several rules): each
 * with its text whole, the hint and `named`, and the answer.  Per thread. */
#define LINE_KIND_MEMO 16
#define LINE_KIND_MEMO_HINT 16
typedef struct {
    size_t len; /* 0: empty */
    int named, kind;
    pa_date d; /* when kind */
    char hint[LINE_KIND_MEMO_HINT]; /* "" for NULL */
    int hint_null;
    char text[400];
} line_kind_memo;

static _Thread_local line_kind_memo kind_memo[LINE_KIND_MEMO];
static _Thread_local size_t kind_memo_next;

/* The entry of kind_memo for (utf8, len, lang_hint, named), or NULL. */
static const line_kind_memo *line_kind_recalled(const char *utf8, size_t len, const char *lang_hint, int named)
{
    for (size_t i = 0; i < LINE_KIND_MEMO; i++) {
        const line_kind_memo *e = &kind_memo[i];
        if (e->len == len && e->named == named && e->hint_null == !lang_hint &&
            (!lang_hint || !strcmp(e->hint, lang_hint)) && !memcmp(e->text, utf8, len))
            return e;
    }
    return NULL;
}

static int line_kind_read(const char *utf8, size_t len, const char *lang_hint, int named, pa_date *out);

/* line_kind_read, its answer recalled when the same line was read lately
 * with the same hint (kind_memo; a hint of LINE_KIND_MEMO_HINT bytes or
 * more is not kept): the function is pure, the answer the same. */
static int line_kind(const char *utf8, size_t len, const char *lang_hint, int named, pa_date *out)
{
    if (!utf8 || len == 0 || len > 400 || !has_any_digit(utf8, len))
        return 0;
    const line_kind_memo *seen = line_kind_recalled(utf8, len, lang_hint, named);
    if (seen) {
        if (seen->kind && out)
            *out = seen->d;
        return seen->kind;
    }
    pa_date d;
    int kind = line_kind_read(utf8, len, lang_hint, named, &d);
    size_t hl = lang_hint ? strlen(lang_hint) : 0;
    if (hl < LINE_KIND_MEMO_HINT) {
        line_kind_memo *e = &kind_memo[kind_memo_next];
        kind_memo_next = (kind_memo_next + 1) % LINE_KIND_MEMO;
        e->len = len;
        e->named = named;
        e->kind = kind;
        if (kind)
            e->d = d;
        e->hint_null = !lang_hint;
        memcpy(e->hint, lang_hint ? lang_hint : "", hl + 1);
        memcpy(e->text, utf8, len);
    }
    if (kind && out)
        *out = d;
    return kind;
}

/* The start of a second field's label after the date [ds, de) of the folded
 * line f (len bytes): a post header of "Label: value" fields ("posted: thu
 * jun 8, 2006 10:13 am   post subject: outboard stalls …", phpBB's), where
 * the next field's value is no part of the date line.  The label is one or
 * two words of letters (20 bytes at most) ending in ':' and a space (a time's
 * colon is passed), set off by a gap of two spaces or more (phpBB's "&nbsp;
 * &nbsp;": a line of <br>-parted fields, "Date: … Time: 8:30 a.m.", is one
 * space apart and stays), within 40 bytes after the date; len when there is none.
 * Reads 64 bytes at most. */
static size_t next_field_label(const char *f, size_t len, size_t de)
{
    size_t end = len - de < 64 ? len : de + 64;
    const char *colon = de < len ? memchr(f + de, ':', end - de) : NULL;
    while (colon && (size_t)(colon - f) + 1 < end && colon[1] != ' ') /* a time's "10:13" */
        colon = memchr(colon + 1, ':', end - (size_t)(colon - f) - 1);
    if (!colon || (size_t)(colon - f) + 1 >= len)
        return len;
    size_t c = (size_t)(colon - f), start = c, words = 0;
    while (start > de && words < 3) {
        size_t e = start;
        while (start > de && isalpha((unsigned char)f[start - 1]))
            start--;
        if (start == e)
            return len; /* a digit or a sign before the colon: a time, no label */
        words++;
        if (start > de && f[start - 1] == ' ' && start - 1 > de && isalpha((unsigned char)f[start - 2]) && words < 2)
            start--;
        else
            break;
    }
    if (start < de + 2 || f[start - 1] != ' ' || f[start - 2] != ' ' || c - start > 20 || start - de > 40)
        return len;
    return start;
}

/* line_kind's reading of a line of 1..400 bytes holding a digit. */
static int line_kind_read(const char *utf8, size_t len, const char *lang_hint, int named, pa_date *out)
{
    tables();
    char *f = fold(utf8, len);
    if (!f)
        return 0;
    size_t fl = strlen(f);
    int compact = !named && fl <= 10 && compact_date_alone(f, fl);
    if (!may_hold_date(f, fl, named || compact)) {
        free(f);
        return 0;
    }
    pa_date d;
    size_t ds, de;
    int kind = 0;
    /* a two-digit year only in an element named for a date or on a line of its own; a month and a
     * year alone only under a label, with next to nothing else */
    token t[PA_DATE_MAX_TOKENS]; /* (the line tokenized once for the three searches) */
    item it[PA_DATE_MAX_TOKENS];
    size_t nt = tokenize(f, fl, t, PA_DATE_MAX_TOKENS);
    size_t ni = items_from(f, t, nt, it, PA_DATE_MAX_TOKENS);
    int found = match_items(f, it, ni, lang_hint, 0, &d, &ds, &de) == 0 ||
                ((named || compact) && match_items(f, it, ni, lang_hint, 1, &d, &ds, &de) == 0);
    int month_only = !found && find_month_year(it, ni, &d, &ds, &de) == 0;
    if (found || month_only) {
        /* The longest label found at a word boundary before the date. */
        size_t best_len = 0, ls = 0, le = 0;
        int best_kind = 0, best_by = 0; /* best_by: the label ends in "by" ("By", "Written by") */
        byte_set in_line;
        byte_set_of(f, fl, &in_line);
        for (size_t i = 0; i < pa_date_labels_n; i++) {
            const char *l = labels ? labels[i] : NULL;
            if (!l)
                continue;
            size_t ll = label_lens ? label_lens[i] : strlen(l);
            if (ll <= best_len)
                continue;
            if (label_bytes && !byte_set_covers(&in_line, &label_bytes[i]))
                continue;
            for (const char *h = strstr(f, l); h; h = strstr(h + 1, l)) {
                size_t pos = (size_t)(h - f);
                if (pos + ll > ds)
                    break;
                if (word_char_at(f, fl, pos, 1) || word_char_at(f, fl, pos + ll, 0))
                    continue;
                /* a label naming what is dated ("printed edition of") heads the line, the date right after it
                 * (a weekday between: "Printed edition of Tuesday, March 3, 2015"); "The printed edition of
                 * the magazine went out on March 3, 2015, …" is a sentence */
                if (ll > 3 && !strcmp(l + ll - 3, " of") &&
                    (pos || residue(f, ds, pos, pos + ll, ds, ds) > PA_DATE_BARE_RESIDUE))
                    continue;
                best_len = ll;
                ls = pos;
                le = pos + ll;
                best_kind = pa_date_labels[i].kind;
                best_by = ll >= 2 && !strcmp(l + ll - 2, "by");
                break;
            }
        }
        size_t res = residue(f, fl, ls, le, ds, de);
        if (best_len && !month_only && res > PA_DATE_LABEL_RESIDUE)
            res = residue(f, next_field_label(f, fl, de), ls, le, ds, de); /* the next field's value aside */
        if (month_only) /* (not under "By": "By March 2020" is a timeline's subhead, no date line) */
            kind = best_len && !best_by && res <= 2 && !prose_before_label(f, ls) ? best_kind : 0;
        else if (best_len && res <= PA_DATE_LABEL_RESIDUE && !prose_before_label(f, ls))
            kind = best_kind;
        else if (!best_len && res <= (named ? PA_DATE_NAMED_RESIDUE : PA_DATE_BARE_RESIDUE))
            kind = 1;
        else if (!best_len && named && res <= PA_DATE_NAMED_RESIDUE + 16 &&
                 role_letters(f, fl, ds, de) >= res - PA_DATE_NAMED_RESIDUE)
            kind = 1; /* "Helen Marchetti | Staff Writer Feb. 10, 2009": the name with the writer's post */
        else if (!best_len && !named && !month_only && closing_date_part(f, fl, ds, de) &&
                 names_before_closing_part(utf8, len))
            kind = 1; /* the folio's "Page 12 | Paper | Tuesday 26 July 2016" */
        else if (!best_len)
            kind = label_after_date(f, fl, ds, de, named);
    }
    free(f);
    if (kind && out)
        *out = d;
    return kind;
}

int pa_date_line_kind(const char *utf8, size_t len, const char *lang_hint, pa_date *out)
{
    return line_kind(utf8, len, lang_hint, 0, out);
}

int pa_date_named_line_kind(const char *utf8, size_t len, const char *lang_hint, pa_date *out)
{
    return line_kind(utf8, len, lang_hint, 1, out);
}

int pa_date_label_line(const char *utf8, size_t len)
{
    for (int trimmed = 1; trimmed && len;) {
        trimmed = utf8[len - 1] == ' ' || utf8[len - 1] == ':';
        if (trimmed)
            len--;
        else if (len >= 3 && !memcmp(utf8 + len - 3, "\xef\xbc\x9a", 3)) { /* the full-width colon */
            len -= 3;
            trimmed = 1;
        }
    }
    if (!len || len > 60)
        return 0;
    tables();
    char *f = fold(utf8, len);
    if (!f)
        return 0;
    int is = 0;
    for (size_t i = 0; labels && i < pa_date_labels_n && !is; i++)
        is = labels[i] && !strcmp(f, labels[i]); /* the folded labels, as line_kind reads them */
    free(f);
    return is;
}

/* ---- machine dates ---- */

static int num(const char **p, int min_digits, int max_digits, long *v)
{
    const char *s = *p;
    long x = 0;
    int n = 0;
    while (isdigit((unsigned char)*s) && n < max_digits) {
        x = x * 10 + (*s - '0');
        s++;
        n++;
    }
    if (n < min_digits)
        return 0;
    *p = s;
    *v = x;
    return 1;
}

static int parse_time_zone(const char **pp, pa_date *d)
{
    const char *p = *pp;
    long h, mi, se = 0;
    if (!num(&p, 1, 2, &h) || *p != ':')
        return 0;
    p++;
    if (!num(&p, 2, 2, &mi))
        return 0;
    if (*p == ':') {
        p++;
        if (!num(&p, 2, 2, &se))
            return 0;
        if (*p == '.' || *p == ',') {
            p++;
            while (isdigit((unsigned char)*p))
                p++;
        }
    }
    if (h > 23 || mi > 59 || se > 60)
        return 0;
    d->has_time = 1;
    d->hour = (int)h;
    d->min = (int)mi;
    d->sec = (int)se;
    while (*p == ' ')
        p++;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1;
        p++;
        long th, tm = 0;
        if (!num(&p, 2, 2, &th))
            return 0;
        if (*p == ':')
            p++;
        num(&p, 2, 2, &tm);
        if (th > 14 || tm > 59)
            return 0;
        d->tz_offset_min = sign * (int)(th * 60 + tm);
    } else if (!strncasecmp(p, "gmt", 3) || !strncasecmp(p, "utc", 3)) {
        p += 3;
    } else if (!strncasecmp(p, "ut", 2)) {
        p += 2;
    } else {
        static const struct {
            const char *n;
            int off;
        } zones[] = {{"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420},
                     {"mdt", -360}, {"pst", -480}, {"pdt", -420}};
        for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
            if (!strncasecmp(p, zones[i].n, 3)) {
                d->tz_offset_min = zones[i].off;
                p += 3;
                break;
            }
    }
    *pp = p;
    return 1;
}

int pa_date_parse_iso(const char *s, pa_date *out)
{
    if (!s)
        return -1;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (strlen(s) > 128)
        return -1;
    pa_date d;
    memset(&d, 0, sizeof d);
    const char *p = s;
    long y = 0, m = 0, dd = 0;
    if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
        isdigit((unsigned char)p[3]) && (isdigit((unsigned char)p[4]) || p[4] == '-' || p[4] == '/' || p[4] == '.')) {
        if (isdigit((unsigned char)p[4])) { /* 20251114 */
            if (!num(&p, 4, 4, &y) || !num(&p, 2, 2, &m) || !num(&p, 2, 2, &dd))
                return -1;
        } else {
            num(&p, 4, 4, &y);
            char sep = *p;
            p++;
            if (!num(&p, 1, 2, &m) || *p != sep)
                return -1;
            p++;
            if (!num(&p, 1, 2, &dd))
                return -1;
        }
        if (!ymd_ok(y, m, dd))
            return -1;
        d.year = (int)y, d.month = (int)m, d.day = (int)dd;
        if (*p == 'T' || *p == 't' || (*p == ' ' && isdigit((unsigned char)p[1]))) {
            p++;
            if (!parse_time_zone(&p, &d))
                d.has_time = 0;
        }
        *out = d;
        return 0;
    }
    /* RFC 822/1123: [Wkd,] D Mon YYYY hh:mm[:ss] zone */
    const char *q = p;
    while (isalpha((unsigned char)*q))
        q++;
    if (*q == ',') {
        p = q + 1;
        while (*p == ' ')
            p++;
    }
    if (isdigit((unsigned char)*p)) {
        const char *r = p;
        long day;
        char mon[16];
        int ml = 0;
        if (num(&r, 1, 2, &day) && *r == ' ') {
            r++;
            while (isalpha((unsigned char)*r) && ml < 15)
                mon[ml++] = (char)tolower((unsigned char)*r++);
            mon[ml] = '\0';
            int mi = ml >= 3 ? pa_en_month_abbr(mon) : 0;
            long yy;
            if (mi && *r == ' ' && (r++, num(&r, 4, 4, &yy)) && ymd_ok(yy, mi, day)) {
                d.year = (int)yy, d.month = mi, d.day = (int)day;
                while (*r == ' ')
                    r++;
                if (isdigit((unsigned char)*r) && !parse_time_zone(&r, &d))
                    d.has_time = 0;
                *out = d;
                return 0;
            }
        }
    }
    /* Anything else short: a human date ("November 14, 2025"). */
    if (strlen(s) <= 64 && pa_date_parse_text(s, strlen(s), "en", &d) == 0) {
        *out = d;
        return 0;
    }
    return -1;
}

/* date_valid_from — pa_date_valid with the year floor `min_year`. */
static int date_valid_from(const pa_date *d, int min_year, time_t not_after)
{
    if (!d || !ymd_ok(d->year, d->month, d->day) || d->year < min_year || d->year >= 2100)
        return 0;
    if (not_after) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        tm.tm_year = d->year - 1900;
        tm.tm_mon = d->month - 1;
        tm.tm_mday = d->day;
        if (d->has_time) {
            tm.tm_hour = d->hour;
            tm.tm_min = d->min;
            tm.tm_sec = d->sec;
        }
        time_t t = timegm(&tm);
        if (d->has_time)
            t -= (time_t)d->tz_offset_min * 60;
        if (t > not_after)
            return 0;
    }
    return 1;
}

int pa_date_valid(const pa_date *d, time_t not_after)
{
    return date_valid_from(d, PA_DATE_MIN_YEAR, not_after);
}

int pa_date_valid_declared(const pa_date *d, time_t not_after)
{
    if (!d || d->year >= PA_DATE_MIN_YEAR)
        return pa_date_valid(d, not_after);
    /* a clock's or a database's zero day is a field never set: Unix's 1970-01-01 (1969-12-31 in a time zone
     * west of UTC), 1900-01-01, DOS's 1980-01-01, the Mac's 1904-01-01, the spreadsheets' 1899-12-30/31,
     * SQL Server's 1753-01-01 -- every old year's 1 January is taken for one, as it is for a year alone
     * padded to a day ("1925" of a firm's founding written "1925-01-01") */
    if ((d->month == 1 && d->day == 1) || (d->month == 12 && d->day == 31 && d->year == 1969) ||
        (d->year == 1899 && d->month == 12 && d->day >= 30))
        return 0;
    return date_valid_from(d, PA_DATE_MIN_YEAR_DECLARED, not_after);
}

int pa_date_from_url(const char *url, pa_date *out)
{
    if (!url)
        return -1;
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    if (!p)
        return -1;
    size_t n = strcspn(p, "?#");
    if (n > 2048)
        n = 2048;
    /* digit runs of the path */
    struct {
        size_t s, len;
        long v;
    } runs[64];
    size_t nr = 0;
    for (size_t i = 0; i < n && nr < 64;) {
        if (isdigit((unsigned char)p[i])) {
            size_t s = i;
            long v = 0;
            while (i < n && isdigit((unsigned char)p[i])) {
                if (v < 100000000)
                    v = v * 10 + (p[i] - '0');
                i++;
            }
            runs[nr].s = s;
            runs[nr].len = i - s;
            runs[nr].v = v;
            nr++;
        } else {
            i++;
        }
    }
    for (size_t i = 0; i < nr; i++) {
        long y = 0, m = 0, d = 0;
        int ok = 0;
        if (runs[i].len == 8) {
            y = runs[i].v / 10000, m = runs[i].v / 100 % 100, d = runs[i].v % 100, ok = 1;
        } else if (runs[i].len == 4 && i + 2 < nr && runs[i + 1].len <= 2 && runs[i + 2].len <= 2 &&
                   runs[i + 1].s == runs[i].s + 5 && runs[i + 2].s == runs[i + 1].s + runs[i + 1].len + 1) {
            y = runs[i].v, m = runs[i + 1].v, d = runs[i + 2].v, ok = 1;
        } else if (runs[i].len == 4 && i + 1 < nr && runs[i + 1].len == 4 && runs[i + 1].s == runs[i].s + 5) {
            y = runs[i].v, m = runs[i + 1].v / 100, d = runs[i + 1].v % 100, ok = 1; /* /2025/1114/ */
        }
        if (ok && y >= PA_DATE_MIN_YEAR && y < 2100 && ymd_ok(y, m, d)) {
            memset(out, 0, sizeof *out);
            out->year = (int)y, out->month = (int)m, out->day = (int)d;
            return 0;
        }
    }
    return -1;
}

void pa_date_format(const pa_date *d, char *buf, size_t size)
{
    if (d->has_time) {
        int off = d->tz_offset_min, a = off < 0 ? -off : off;
        snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year, d->month, d->day, d->hour, d->min,
                 d->sec, off < 0 ? '-' : '+', a / 60, a % 60);
    } else {
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
    }
}

/* ---- the day/month order of a page's numeric dates (date.h) ---- */

int pa_date_order_of_tag(const char *tag)
{
    if (!tag || (tag[0] | 0x20) != 'e' || (tag[1] | 0x20) != 'n' || (tag[2] != '-' && tag[2] != '_'))
        return 0;
    const char *r = tag + 3;
    if (!isalpha((unsigned char)r[0]) || !isalpha((unsigned char)r[1]) || (r[2] && r[2] != '-' && r[2] != '_' &&
                                                                           r[2] != '.' && r[2] != '@'))
        return 0; /* a script or a variant ("en-Latn"), no region */
    char c0 = (char)(r[0] | 0x20), c1 = (char)(r[1] | 0x20);
    return (c0 == 'u' && c1 == 's') || (c0 == 'p' && c1 == 'h') ? PA_DATE_MDY : PA_DATE_DMY;
}

int pa_date_order_of_host(const char *url)
{
    /* country domains whose English (or whose language's) numeric dates run day first; sorted */
    static const char dmy_tlds[][3] = {
        "ae", "ar", "at", "au", "bd", "be", "bg", "br", "ch", "cl", "cy", "cz", "de", "dk", "ee", "eg", "es",
        "fi", "fj", "fr", "gh", "gr", "hk", "hr", "id", "ie", "il", "in", "it", "jm", "ke", "lk", "lu", "mt",
        "mx", "my", "ng", "nl", "no", "np", "nz", "pe", "pk", "pl", "pt", "qa", "ro", "rs", "ru", "sa", "sg",
        "si", "sk", "th", "tr", "tt", "tz", "ua", "ug", "uk", "uy", "vn", "za", "zm", "zw",
    };
    if (!url)
        return 0;
    const char *h = strstr(url, "://");
    if (!h && !(url[0] == '/' && url[1] == '/'))
        return 0; /* a relative address ("story.pl?id=5", an og:url written so) names no host */
    h = h ? h + 3 : url + 2;
    size_t hl = strcspn(h, "/?#:");
    if (hl > 253)
        return 0;
    while (hl && h[hl - 1] == '.')
        hl--; /* a fully-qualified name's dot */
    size_t dot = hl;
    while (dot && h[dot - 1] != '.')
        dot--;
    if (!dot)
        return 0; /* one label: no domain */
    const char *tld = h + dot;
    size_t tl = hl - dot;
    char t[4] = "";
    if (tl < 2 || tl > 3)
        return 0;
    for (size_t i = 0; i < tl; i++)
        t[i] = (char)tolower((unsigned char)tld[i]);
    if (!strcmp(t, "us") || !strcmp(t, "ph") || !strcmp(t, "gov") || !strcmp(t, "mil") || !strcmp(t, "edu"))
        return PA_DATE_MDY;
    if (tl != 2)
        return 0;
    size_t lo = 0, hi = sizeof dmy_tlds / sizeof dmy_tlds[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = memcmp(t, dmy_tlds[mid], 2);
        if (!c)
            return PA_DATE_DMY;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* Read 1-2 ASCII digits at s[*i] (i < len) that no digit precedes into *v;
 * 1 and *i past them, or 0. */
static int small_number_at(const char *s, size_t len, size_t *i, long *v)
{
    size_t j = *i;
    if (j >= len || !isdigit((unsigned char)s[j]) || (j && isdigit((unsigned char)s[j - 1])))
        return 0;
    long x = 0;
    size_t k = j;
    while (k < len && k - j < 3 && isdigit((unsigned char)s[k]))
        x = x * 10 + (s[k++] - '0');
    if (k - j > 2)
        return 0;
    *v = x;
    *i = k;
    return 1;
}

/* Is s[i..i+4) (within len) a year 1990-2099 with no digit after it? */
static int page_year_at(const char *s, size_t len, size_t i)
{
    if (i + 4 > len)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (!isdigit((unsigned char)s[i + k]))
            return 0;
    if (i + 4 < len && isdigit((unsigned char)s[i + 4]))
        return 0;
    long y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
    return y >= 1990 && y <= 2099;
}

/* PA_DATE_MDY or PA_DATE_DMY for the side with more than `margin` times
 * the other's votes (margin 0: all of them), else 0. */
static int order_of_votes(size_t mdy, size_t dmy, size_t margin)
{
    if (mdy && (margin ? mdy > margin * dmy : !dmy))
        return PA_DATE_MDY;
    if (dmy && (margin ? dmy > margin * mdy : !mdy))
        return PA_DATE_DMY;
    return 0;
}

/* The text runs of s[0..len) a reader sees, each passed to fn with ctx:
 * the bytes between tags, outside <script>, <style> and <!-- comments -->
 * (a '<' not followed by a letter, '/' or '!', or with no '>' after it, is
 * text: plain text passes as one run).  Reads no byte past len. */
static void visible_runs(const char *s, size_t len, void (*fn)(const char *, size_t, void *), void *ctx)
{
    size_t start = 0, i = 0;
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        size_t k = (size_t)(lt - s);
        unsigned char c = k + 1 < len ? (unsigned char)s[k + 1] : 0;
        if (!(isalpha(c) || c == '/' || c == '!')) {
            i = k + 1;
            continue;
        }
        const char *gt = memchr(s + k, '>', len - k);
        if (!gt)
            break; /* (no '>' after it: none after a later '<' either; the rest is text) */
        if (k > start)
            fn(s + start, k - start, ctx);
        size_t end = (size_t)(gt - s) + 1;
        if (k + 4 <= len && !memcmp(s + k, "<!--", 4)) {
            const char *close = memmem(s + k + 4, len - k - 4, "-->", 3);
            end = close ? (size_t)(close - s) + 3 : len;
        } else {
            /* a script's or a style sheet's raw text, to its end tag */
            static const char *const raw[] = {"script", "style"};
            for (size_t r = 0; r < 2; r++) {
                size_t rl = strlen(raw[r]);
                if (k + 1 + rl >= len || strncasecmp(s + k + 1, raw[r], rl) ||
                    isalnum((unsigned char)s[k + 1 + rl]))
                    continue;
                size_t j = end;
                for (;;) {
                    const char *q = j < len ? memchr(s + j, '<', len - j) : NULL;
                    if (!q) {
                        end = len;
                        break;
                    }
                    j = (size_t)(q - s) + 1;
                    if (j + 1 + rl <= len && s[j] == '/' && !strncasecmp(s + j + 1, raw[r], rl)) {
                        const char *g = memchr(s + j, '>', len - j);
                        end = g ? (size_t)(g - s) + 1 : len;
                        break;
                    }
                }
                break;
            }
        }
        i = start = end;
    }
    if (len > start)
        fn(s + start, len - start, ctx);
}

/* The votes of the numeric dates in one text run (numeric_run_votes). */
typedef struct {
    size_t mdy, dmy;
} order_votes;

/* visible_runs' fn: the run's numeric dates (see pa_date_order_of_numbers)
 * vote into ctx (an order_votes) when the run, 200 bytes or less, is a
 * date line (pa_date_line_kind: a comment's or an update's day), not a
 * sentence quoting a date. */
static void numeric_run_votes(const char *s, size_t len, void *ctx)
{
    order_votes *v = ctx;
    size_t mdy = 0, dmy = 0;
    if (len > 200 || len < 10)
        return;
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)s[i]) || (i && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
                                                    s[i - 1] == '/' || s[i - 1] == '-')))
            continue; /* (not inside a word, a number or a longer dotted or slashed run: "v1.13.2014") */
        size_t j = i;
        long a, b;
        if (!small_number_at(s, len, &j, &a) || j >= len)
            continue;
        char sep = s[j];
        if (sep != '/' && sep != '.' && sep != '-')
            continue;
        j++;
        if (!small_number_at(s, len, &j, &b) || j >= len || s[j] != sep || !page_year_at(s, len, j + 1))
            continue;
        if (j + 5 < len && s[j + 5] == sep && j + 6 < len && isdigit((unsigned char)s[j + 6]))
            continue; /* a fourth part: no date */
        if (a > 12 && a <= 31 && b >= 1 && b <= 12)
            dmy++;
        else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
            mdy++;
        i = j + 4;
    }
    if ((mdy || dmy) && pa_date_line_kind(s, len, NULL, NULL)) {
        v->mdy += mdy;
        v->dmy += dmy;
    }
}

/* The order the votes of fn (an order_votes counter) over the text runs
 * of s[0..len) give, by order_of_votes with `margin`; 0 for NULL. */
static int order_of_runs(const char *s, size_t len, void (*fn)(const char *, size_t, void *), size_t margin)
{
    order_votes v = {0, 0};
    if (!s)
        return 0;
    visible_runs(s, len, fn, &v);
    return order_of_votes(v.mdy, v.dmy, margin);
}

int pa_date_order_of_numbers(const char *s, size_t len)
{
    return order_of_runs(s, len, numeric_run_votes, 0);
}

/* The English month a word ends at s[end) names (a trailing '.' allowed:
 * "Sept."), reading back no further than s; 0 when none.  *start gets the
 * word's first byte. */
static int month_word_before(const char *s, size_t end, size_t *start)
{
    if (end && s[end - 1] == '.')
        end--;
    size_t b = end;
    while (b && end - b < 10 && isalpha((unsigned char)s[b - 1]))
        b--;
    if (b == end || (b && isalpha((unsigned char)s[b - 1])))
        return 0;
    *start = b;
    return pa_en_month_word(s + b, end - b);
}

/* A day (1-31, with an ordinal's letters "st" "nd" "rd" "th" after it)
 * ending at s[end): the day and *start at its first digit, or 0. */
static int day_before(const char *s, size_t end, size_t *start)
{
    if (end >= 2 && isalpha((unsigned char)s[end - 1]) && isalpha((unsigned char)s[end - 2]))
        end -= 2;
    size_t b = end;
    while (b && end - b < 3 && isdigit((unsigned char)s[b - 1]))
        b--;
    if (b == end || end - b > 2 || (b && (isdigit((unsigned char)s[b - 1]) || isalpha((unsigned char)s[b - 1]))))
        return 0;
    int d = s[b] - '0';
    if (end - b == 2)
        d = d * 10 + (s[b + 1] - '0');
    if (d < 1 || d > 31)
        return 0;
    *start = b;
    return d;
}

/* Count the dates written with a capitalised English month name in
 * s[0..len), with or without a year: a day before the name ("6 May", "21st
 * Sept 2012") into *dmy, else a day after it ("May 6", "Sept. 21, 2012",
 * "Jun 3-5") into *mdy; a number after it that is no day (a year, a time
 * "May 5:30", a figure "May 3.5") is none. */
static void named_date_votes(const char *s, size_t len, size_t *mdy, size_t *dmy)
{
    for (size_t i = 0; i < len; i++) {
        if (!isupper((unsigned char)s[i]) || (i && isalpha((unsigned char)s[i - 1])))
            continue;
        size_t e = i + 1;
        while (e < len && e - i < 10 && isalpha((unsigned char)s[e]))
            e++;
        if ((e < len && isalpha((unsigned char)s[e])) || e - i < 3 || !pa_en_month_word(s + i, e - i)) {
            i = e - 1;
            continue;
        }
        size_t b = i, start;
        while (b && s[b - 1] == ' ')
            b--;
        if (b < i && day_before(s, b, &start)) {
            (*dmy)++;
        } else {
            size_t k = e + (e < len && s[e] == '.');
            size_t sp = k;
            while (k < len && s[k] == ' ')
                k++;
            size_t d0 = k;
            while (k < len && k - d0 < 3 && isdigit((unsigned char)s[k]))
                k++;
            long day = k - d0 == 1 ? s[d0] - '0' : k - d0 == 2 ? (s[d0] - '0') * 10 + (s[d0 + 1] - '0') : 0;
            int figure = k < len && (isdigit((unsigned char)s[k]) || s[k] == ':' ||
                                     ((s[k] == '.' || s[k] == ',') && k + 1 < len && isdigit((unsigned char)s[k + 1])));
            *mdy += k > sp && day >= 1 && day <= 31 && d0 > sp && !figure;
        }
        i = e - 1;
    }
}

/* What same_day_run found so far for `read` (pa_date_order_same_day). */
typedef struct {
    const pa_date *read;
    int as_read, swapped;
} same_day_hits;

/* visible_runs' fn: marks in ctx (a same_day_hits) whether the run s[0..len)
 * writes the date read, or its other reading, with an English month name
 * and the same year ("July 8, 2014", "8 July 2014"). */
static void same_day_run(const char *s, size_t len, void *ctx)
{
    same_day_hits *h = ctx;
    const pa_date *read = h->read;
    for (size_t i = 1; i + 4 <= len; i++) {
        if (!isdigit((unsigned char)s[i]) || isdigit((unsigned char)s[i - 1]) || !page_year_at(s, len, i))
            continue;
        int year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
        size_t e = i, b, c;
        while (e && s[e - 1] == ' ')
            e--;
        if (e == i || year != read->year)
            continue; /* a year after a space or ", ", the year read */
        int comma = e && s[e - 1] == ',';
        if (comma) {
            e--;
            while (e && s[e - 1] == ' ')
                e--;
        }
        int mon = 0, day = 0;
        if (!comma && (mon = month_word_before(s, e, &b)) != 0) {
            /* "8 July 2014": a day before the month */
            c = b;
            while (c && s[c - 1] == ' ')
                c--;
            day = c < b ? day_before(s, c, &b) : 0;
        } else if ((day = day_before(s, e, &b)) != 0) {
            /* "July 8, 2014": a month before the day */
            c = b;
            while (c && s[c - 1] == ' ')
                c--;
            mon = c < b ? month_word_before(s, c, &b) : 0;
        }
        if (day && mon) {
            h->as_read |= mon == read->month && day == read->day;
            h->swapped |= mon == read->day && day == read->month;
        }
        i += 3;
    }
}

int pa_date_order_same_day(const char *s, size_t len, const pa_date *read)
{
    same_day_hits h = {read, 0, 0};
    if (!s || !read || !read->order)
        return 0;
    visible_runs(s, len, same_day_run, &h);
    if (h.as_read == h.swapped)
        return 0;
    return h.as_read ? read->order : PA_DATE_MDY + PA_DATE_DMY - read->order;
}

/* visible_runs' fn: named_date_votes of the run into ctx (an order_votes). */
static void named_run_votes(const char *s, size_t len, void *ctx)
{
    order_votes *v = ctx;
    named_date_votes(s, len, &v->mdy, &v->dmy);
}

int pa_date_order_of_names(const char *s, size_t len)
{
    return order_of_runs(s, len, named_run_votes, 2);
}

/* visible_runs' fn: named_run_votes of a short run only (48 bytes or less,
 * white space around it aside: a list's or a sidebar's "13 May 2019", an
 * events list's "Jun 3-5"; not a sentence). */
static void named_line_votes(const char *s, size_t len, void *ctx)
{
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    while (len && isspace((unsigned char)s[0]))
        s++, len--;
    if (len <= 48)
        named_run_votes(s, len, ctx);
}

int pa_date_order_of_name_lines(const char *s, size_t len)
{
    return order_of_runs(s, len, named_line_votes, 2);
}
