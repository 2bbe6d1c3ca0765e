/* charset.c — encoding detection and conversion to UTF-8 (iconv from glibc,
 * uchardet for undeclared or lying pages). */
#include "pressarc/charset.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "pressarc/buf.h"

#define PA_PRESCAN_BYTES 4096
#define PA_DETECT_BYTES (256 * 1024) /* bytes fed to uchardet */

int pa_utf8_valid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c < 0x80) {
            /* ASCII runs (most of any page's markup) 64 bytes, 16, then a word, at a time; a lone ASCII byte
             * between letters of another script (a space in Cyrillic text) only with one word's test */
            i++;
            uint64_t w;
            if (i + 8 > len || (memcpy(&w, s + i, 8), (w & UINT64_C(0x8080808080808080)) != 0))
                continue;
            i += 8;
#if defined(__SSE2__)
            /* 64 bytes a step: the four loads' high bits OR-ed, one test */
            while (i + 64 <= len) {
                const __m128i *q = (const __m128i *)(const void *)(s + i);
                __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                                           _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
                if (_mm_movemask_epi8(any))
                    break;
                i += 64;
            }
            while (i + 16 <= len && !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i))))
                i += 16;
#endif
            while (i + 8 <= len && (memcpy(&w, s + i, 8), (w & UINT64_C(0x8080808080808080)) == 0))
                i += 8;
            continue;
        }
        /* the two- and three-byte forms (Latin, Greek, Cyrillic, CJK text) read straight: a lead 0xC2-0xDF
         * and one continuation byte (code points 0x80-0x7FF, never a surrogate); a lead 0xE0-0xEF and two,
         * neither an overlong form nor a surrogate */
        if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
                return 0;
            i += 2;
            continue;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= len || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
                return 0;
            unsigned int cp3 = ((unsigned int)(c & 0x0F) << 12) | ((unsigned int)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
            if (cp3 < 0x800 || (cp3 >= 0xD800 && cp3 <= 0xDFFF))
                return 0;
            i += 3;
            continue;
        }
        /* the four-byte form: a lead 0xF0-0xF4 and three continuation bytes, 0x10000-0x10FFFF */
        size_t n = 3;
        unsigned int cp = c & 0x07;
        if (c < 0xF0 || c > 0xF4)
            return 0;
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
        i += n + 1;
    }
    return 1;
}

static void copy_label(const char *s, size_t n, char *out, size_t outsize)
{
    size_t k = 0;
    while (n && (*s == ' ' || *s == '"' || *s == '\'')) {
        s++;
        n--;
    }
    for (size_t i = 0; i < n && k + 1 < outsize; i++) {
        char c = s[i];
        if (!(isalnum((unsigned char)c) || c == '-' || c == '_' || c == ':' || c == '.'))
            break;
        out[k++] = c;
    }
    out[k] = '\0';
}

char *pa_charset_from_content_type(const char *ctype, char *out, size_t outsize)
{
    out[0] = '\0';
    if (!ctype)
        return out;
    const char *p = strcasestr(ctype, "charset=");
    if (p)
        copy_label(p + 8, strlen(p + 8), out, outsize);
    return out;
}

char *pa_charset_prescan(const char *html, size_t len, char *out, size_t outsize)
{
    out[0] = '\0';
    size_t n = len < PA_PRESCAN_BYTES ? len : PA_PRESCAN_BYTES;
    for (size_t i = 0; i + 5 < n; i++) {
        if (html[i] != '<' || strncasecmp(html + i, "<meta", 5) != 0)
            continue;
        const char *end = memchr(html + i, '>', n - i);
        size_t tl = end ? (size_t)(end - (html + i)) : n - i;
        /* Look for charset= inside this tag (covers both forms). */
        for (size_t k = i; k + 8 <= i + tl; k++) {
            if (strncasecmp(html + k, "charset", 7) == 0) {
                size_t j = k + 7;
                while (j < i + tl && (html[j] == ' ' || html[j] == '"' || html[j] == '\''))
                    j++;
                if (j < i + tl && html[j] == '=') {
                    j++;
                    copy_label(html + j, i + tl - j, out, outsize);
                    if (out[0])
                        return out;
                }
            }
        }
    }
    return out;
}

/* Map a label to the iconv name we decode with (browser-style supersets). */
static const char *canonical(const char *label)
{
    static const struct {
        const char *label, *name;
    } map[] = {
        {"utf8", "UTF-8"},          {"utf-8", "UTF-8"},           {"unicode-1-1-utf-8", "UTF-8"},
        {"gb2312", "GB18030"},      {"gbk", "GB18030"},           {"gb18030", "GB18030"},
        {"x-gbk", "GB18030"},       {"cp936", "GB18030"},         {"euc-cn", "GB18030"},
        {"big5", "BIG5-HKSCS"},     {"big5-hkscs", "BIG5-HKSCS"}, {"x-big5", "BIG5-HKSCS"},
        {"shift_jis", "CP932"},     {"shift-jis", "CP932"},       {"sjis", "CP932"},
        {"x-sjis", "CP932"},        {"windows-31j", "CP932"},     {"euc-jp", "EUC-JP"},
        {"euc-kr", "CP949"},        {"ks_c_5601-1987", "CP949"},  {"iso-8859-1", "WINDOWS-1252"},
        {"latin1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
        {"iso-8859-9", "WINDOWS-1254"}, {"tis-620", "CP874"},     {"iso-8859-11", "CP874"},
        {"windows-874", "CP874"},   {"koi8-r", "KOI8-R"},         {"koi8-u", "KOI8-U"},
        {"iso-2022-jp", "ISO-2022-JP"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcasecmp(label, map[i].label) == 0)
            return map[i].name;
    return label;
}

/* iconv from `from`; invalid input bytes become U+FFFD.  -1 if the
 * charset is unknown to iconv. */
static int convert(const char *from, const char *in, size_t len, pa_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return -1;
    char *ip = (char *)(uintptr_t)in;
    size_t il = len;
    char tmp[8192];
    while (il > 0) {
        char *op = tmp;
        size_t ol = sizeof tmp;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        if (pa_buf_append(out, tmp, sizeof tmp - ol)) {
            iconv_close(cd);
            return -2;
        }
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* EILSEQ / EINVAL: replace one byte and go on */
            if (pa_buf_append(out, "\xEF\xBF\xBD", 3)) {
                iconv_close(cd);
                return -2;
            }
            ip++;
            il--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    return 0;
}

/* Copy UTF-8 replacing malformed sequences with U+FFFD. */
static int sanitize_utf8(const char *in, size_t len, pa_buf *out)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && (unsigned char)in[j] < 0x80)
            j++;
        if (j > i && pa_buf_append(out, in + i, j - i))
            return -2;
        i = j;
        if (i >= len)
            break;
        size_t n = 1;
        unsigned char c = (unsigned char)in[i];
        n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n > 1 && i + n <= len && pa_utf8_valid(in + i, n)) {
            if (pa_buf_append(out, in + i, n))
                return -2;
            i += n;
        } else {
            if (pa_buf_append(out, "\xEF\xBF\xBD", 3))
                return -2;
            i++;
        }
    }
    return 0;
}

#define PA_MOJIBAKE_MIN_CHARS 32 /* non-ASCII characters that make a page worth repairing */

/* The byte that a windows-1252 (or Latin-1) reading turned into code point
 * cp, or -1 if no single byte reads as cp. */
static int cp1252_byte(utf8proc_int32_t cp)
{
    static const unsigned short high[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    };
    if (cp >= 0 && cp < 0x100)
        return (int)cp;
    for (int i = 0; i < 32; i++)
        if (high[i] == cp)
            return 0x80 + i;
    return -1;
}

/* The byte that a Latin-9 (ISO-8859-15) reading turned into code point cp,
 * or -1.  Latin-9 is Latin-1 with eight bytes given new letters. */
static int latin9_byte(utf8proc_int32_t cp)
{
    static const unsigned short moved[8][2] = {
        {0xA4, 0x20AC}, {0xA6, 0x0160}, {0xA8, 0x0161}, {0xB4, 0x017D},
        {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178},
    };
    for (int i = 0; i < 8; i++) {
        if (cp == moved[i][1])
            return moved[i][0];
        if (cp == moved[i][0])
            return -1; /* Latin-1's character at this byte is not in Latin-9 */
    }
    return cp >= 0 && cp < 0x100 ? (int)cp : -1;
}

/* How mojibake read a page's bytes: as Latin-9, or as windows-1252 (which
 * here includes Latin-1: its C1 controls map to themselves). */
typedef enum { READ_AS_LATIN9, READ_AS_CP1252 } latin_reading;

/* Mojibake taken back: each character of the UTF-8 text s (len bytes) is
 * replaced by the one byte that `reading` shows as that character; the
 * bytes go to raw (reset first).  Returns 0, or -1 when s is no UTF-8, a
 * character has no such byte (raw then holds a prefix), or memory runs
 * out.  Bounded by len. */
static int latin_bytes(const char *s, size_t len, latin_reading reading, pa_buf *raw)
{
    pa_buf_reset(raw);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (pa_buf_putc(raw, (char)c))
                return -1;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        int byte = n <= 0 ? -1 : reading == READ_AS_LATIN9 ? latin9_byte(cp) : cp1252_byte(cp);
        if (byte < 0 || pa_buf_putc(raw, (char)byte))
            return -1;
        i += (size_t)n;
    }
    return 0;
}

/* Is `name` (canonical) a multi-byte charset whose text undo_double_encoding
 * takes back when the mapped bytes are no UTF-8? */
static int double_encoding_cjk(const char *name)
{
    return !strcmp(name, "GB18030") || !strcmp(name, "BIG5-HKSCS") || !strcmp(name, "CP932") ||
           !strcmp(name, "EUC-JP") || !strcmp(name, "CP949");
}

/* The cheap first look of undo_double_encoding, without copying: 1 when
 * b holds PA_MOJIBAKE_MIN_CHARS non-ASCII characters or more, each maps
 * back to one byte, and (unless `cjk`) the bytes could still be UTF-8;
 * 0 when undo_double_encoding would surely leave b as it is.  The bytes
 * are surely no UTF-8 when one in 0x80-0xBF follows an ASCII byte (a
 * curly quote in English, "don’t"), a lead byte is not followed by one in
 * 0x80-0xBF (an accented letter before a space), or a byte is never used
 * in UTF-8 (0xC0, 0xC1, 0xF5-0xFF): most pages stop within a few
 * characters.  Bounded by b->len. */
static int may_be_double_encoded(const pa_buf *b, int cjk)
{
    const unsigned char *s = (const unsigned char *)b->data;
    size_t nonascii = 0;
    unsigned char prev = 0; /* the previous mapped byte (ASCII at the start) */
    for (size_t i = 0; i < b->len;) {
        if (s[i] < 0x80) {
            if (!cjk && prev >= 0xC0)
                return 0;
            prev = s[i++];
            uint64_t w; /* ASCII runs a word at a time */
            while (i + 8 <= b->len && (memcpy(&w, s + i, 8), (w & UINT64_C(0x8080808080808080)) == 0))
                prev = s[i + 7], i += 8;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(b->len - i), &cp);
        int byte = n > 0 ? cp1252_byte(cp) : -1;
        if (byte < 0)
            return 0;
        if (!cjk && (byte == 0xC0 || byte == 0xC1 || byte >= 0xF5 || ((byte & 0xC0) == 0x80 && prev < 0x80) ||
                     (prev >= 0xC0 && (byte & 0xC0) != 0x80)))
            return 0;
        nonascii++;
        prev = (unsigned char)byte;
        i += (size_t)n;
    }
    return nonascii >= PA_MOJIBAKE_MIN_CHARS;
}

/* A page whose UTF-8 (or GBK, Big5…) bytes were read as windows-1252 and
 * encoded as UTF-8 again ("obowiÄ\u0085zkÃ³w", "ÒâžéÇ³ÓÎÂÖ"): when every
 * non-ASCII character maps back to one byte, and those bytes are valid
 * UTF-8, or text without an invalid sequence in the declared multi-byte
 * charset, the text they hold replaces *b (1 returned, 0 if left as it
 * was).  A real Latin-1 text does not pass: its accented letters next to
 * ASCII are no valid UTF-8. */
static int undo_double_encoding(pa_buf *b, const char *declared)
{
    const char *name = declared && *declared ? canonical(declared) : "";
    int done = 0;
    if (!may_be_double_encoded(b, double_encoding_cjk(name)))
        return 0; /* (decode's reuse test asks the same first) */
    pa_buf raw;
    pa_buf_init(&raw, 0);
    if (latin_bytes(b->data, b->len, READ_AS_CP1252, &raw))
        goto out; /* a character no single byte reads as: not this kind of page */
    if (pa_utf8_valid(raw.data, raw.len)) {
        pa_buf_free(b);
        *b = raw;
        return 1;
    }
    if (double_encoding_cjk(name)) {
        pa_buf conv;
        pa_buf_init(&conv, 0);
        if (convert(name, raw.data, raw.len, &conv) == 0 && conv.len &&
            !memmem(conv.data, conv.len, "\xEF\xBF\xBD", 3)) {
            pa_buf_free(b);
            *b = conv;
            done = 1;
        } else {
            pa_buf_free(&conv);
        }
    }
out:
    pa_buf_free(&raw);
    return done;
}

static void detect(const char *data, size_t len, char *out, size_t outsize)
{
    out[0] = '\0';
    uchardet_t ud = uchardet_new();
    if (!ud)
        return;
    if (uchardet_handle_data(ud, data, len < PA_DETECT_BYTES ? len : PA_DETECT_BYTES) == 0) {
        uchardet_data_end(ud);
        const char *cs = uchardet_get_charset(ud);
        if (cs && *cs)
            copy_label(cs, strlen(cs), out, outsize);
    }
    uchardet_delete(ud);
}

/* Valid UTF-8 holding at least `min_seqs` multi-byte sequences (bounded
 * by len).  A page in a legacy charset almost never reads so: its high
 * bytes break UTF-8's lead/continuation pattern within a few characters. */
static int utf8_with_multibyte(const char *s, size_t len, size_t min_seqs)
{
    if (!pa_utf8_valid(s, len))
        return 0;
    size_t seqs = 0;
    for (size_t i = 0; i < len && seqs < min_seqs; i++)
        if (((unsigned char)s[i] & 0xC0) == 0xC0)
            seqs++;
    return seqs >= min_seqs;
}

/* Strict iconv of the whole input: 0 on success, -1 when a character has
 * no mapping or the input is malformed (out is then reset). */
static int convert_strict(const char *from, const char *to, const char *in, size_t len, pa_buf *out)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == (iconv_t)-1)
        return -1;
    char *ip = (char *)(uintptr_t)in;
    size_t il = len;
    char tmp[8192];
    int r = 0;
    while (il > 0) {
        char *op = tmp;
        size_t ol = sizeof tmp;
        size_t k = iconv(cd, &ip, &il, &op, &ol);
        if (pa_buf_append(out, tmp, sizeof tmp - ol)) {
            r = -1;
            break;
        }
        if (k == (size_t)-1 && errno != E2BIG) {
            r = -1;
            break;
        }
    }
    iconv_close(cd);
    if (r)
        pa_buf_reset(out);
    return r;
}

/* Legacy charsets of non-Latin scripts: text in them never reads as
 * Latin-1 letters, so Latin-1 letters in such a page are mojibake. */
static int non_latin_legacy(const char *name)
{
    static const char *const names[] = {
        "GB18030", "BIG5-HKSCS", "CP932", "EUC-JP", "CP949", "windows-1251", "KOI8-R", "KOI8-U",
        "windows-1253", "ISO-8859-5", "ISO-8859-7", "windows-1256", "windows-1255", "ISO-8859-8", "CP874",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* Mojibake repair: a page in `legacy` (a non-Latin charset) whose bytes
 * were once read as Latin-9, Latin-1 or windows-1252 and saved as UTF-8 —
 * once or twice over — is mapped back to its bytes and decoded as
 * `legacy`.  Fills out and returns 0 only when every step is exact (each
 * character maps back, the final bytes decode without error). */
static int unmojibake(const char *src, size_t slen, const char *legacy, pa_buf *out)
{
    static const latin_reading readings[] = {READ_AS_LATIN9, READ_AS_CP1252};
    if (!non_latin_legacy(legacy))
        return -1;
    pa_buf cur, next;
    pa_buf_init(&cur, 0);
    pa_buf_init(&next, 0);
    if (pa_buf_append(&cur, src, slen)) {
        pa_buf_free(&cur);
        return -1;
    }
    int r = -1;
    for (int round = 0; round < 3; round++) {
        int mapped = 0;
        for (size_t k = 0; k < sizeof readings / sizeof readings[0] && !mapped; k++)
            mapped = latin_bytes(cur.data, cur.len, readings[k], &next) == 0;
        if (!mapped)
            break;
        pa_buf t = cur;
        cur = next;
        next = t;
        pa_buf_reset(&next);
        if (utf8_with_multibyte(cur.data, cur.len, 8))
            continue; /* saved as UTF-8 twice: once more */
        r = convert_strict(legacy, "UTF-8", cur.data, cur.len, out);
        break;
    }
    pa_buf_free(&cur);
    pa_buf_free(&next);
    return r;
}

/* Are the bytes of s (len; the first PA_DETECT_BYTES) words of a non-Latin
 * script rather than Latin-1 text: runs of four or more bytes >= 0xA1, not
 * all one byte (a Thai or Cyrillic word in TIS-620 or windows-1251, a
 * Chinese one in GBK), sixteen of them at least, holding most of the high
 * bytes?  Latin-1 text has its accented letters one or two at a time
 * between ASCII letters; a row of one sign repeated ("¤¤¤¤¤¤") is an
 * ornament, no word. */
static int high_byte_words(const char *s, size_t len)
{
    if (len > PA_DETECT_BYTES)
        len = PA_DETECT_BYTES;
    size_t high = 0, in_runs = 0, runs = 0;
    for (size_t i = 0; i < len;) {
        size_t r = 0;
        int varied = 0;
        while (i + r < len && (unsigned char)s[i + r] >= 0xA1) {
            varied |= s[i + r] != s[i];
            r++;
        }
        high += r;
        if (r >= 4 && varied)
            in_runs += r, runs++;
        i += r ? r : 1;
    }
    return runs >= 16 && in_runs * 5 >= high * 3;
}

/* pa_charset_to_utf8, and with `scratch` (data itself, writable, NUL at
 * data[len]) the reuse of pa_charset_to_utf8_reuse: *reused set when *out
 * points into scratch. */
static pa_code decode(const char *data, size_t len, const char *forced, const char *http_charset, char **out,
                      size_t *out_len, char *used, size_t used_size, char *scratch, int *reused, pa_err *err)
{
    char label[64] = "";
    const char *src = data;
    size_t slen = len;
    /* BOM overrides declarations (as in browsers), after a forced charset. */
    if (forced && *forced) {
        copy_label(forced, strlen(forced), label, sizeof label);
    } else if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        strcpy(label, "UTF-8");
        src += 3;
        slen -= 3;
    } else if (len >= 2 && memcmp(data, "\xFF\xFE", 2) == 0) {
        strcpy(label, "UTF-16LE");
        src += 2;
        slen -= 2;
    } else if (len >= 2 && memcmp(data, "\xFE\xFF", 2) == 0) {
        strcpy(label, "UTF-16BE");
        src += 2;
        slen -= 2;
    } else if (http_charset && *http_charset) {
        copy_label(http_charset, strlen(http_charset), label, sizeof label);
    }
    int declared = label[0] && !(forced && *forced) && strncasecmp(label, "UTF-16", 6) != 0;
    if (!label[0])
        declared = pa_charset_prescan(data, len, label, sizeof label)[0] != '\0';
    char declared_label[64]; /* what the page said, for undo_double_encoding */
    snprintf(declared_label, sizeof declared_label, "%s", label);
    int valid_utf8 = -1;
    if (declared && strcasecmp(canonical(label), "UTF-8") != 0 && utf8_with_multibyte(src, slen, 8)) {
        /* A page declaring a legacy charset (GB2312, windows-1251, a
         * server's ISO-8859-1 default) whose bytes are UTF-8 text: the
         * declaration is stale (a template or header kept after the
         * content moved to UTF-8). */
        pa_buf fixed;
        pa_buf_init(&fixed, 0);
        if (unmojibake(src, slen, canonical(label), &fixed) == 0) {
            snprintf(used, used_size, "%s", canonical(label));
            *out_len = fixed.len;
            *out = pa_buf_steal(&fixed);
            return *out ? PA_OK : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        }
        pa_buf_free(&fixed);
        strcpy(label, "UTF-8");
        valid_utf8 = 1;
    }
    if (valid_utf8 < 0 && declared && strcasecmp(canonical(label), "WINDOWS-1252") == 0 && high_byte_words(src, slen)) {
        /* A page declaring Latin-1 (often a server's default) whose bytes
         * are words of a non-Latin legacy charset (TIS-620 Thai,
         * windows-1251): the declaration lies; what detection names, when
         * it names such a charset, decodes the page. */
        char detected[64];
        detect(src, slen, detected, sizeof detected);
        if (detected[0] && non_latin_legacy(canonical(detected)))
            snprintf(label, sizeof label, "%s", detected);
    }
    if (valid_utf8 < 0 && label[0] && strcasecmp(canonical(label), "UTF-8") == 0 && !(forced && *forced)) {
        /* A page declaring UTF-8 whose bytes are not: it lies; detect. */
        valid_utf8 = pa_utf8_valid(src, slen);
        if (!valid_utf8)
            label[0] = '\0';
    }
    if (!label[0]) {
        if (valid_utf8 < 0)
            valid_utf8 = pa_utf8_valid(src, slen);
        if (valid_utf8)
            strcpy(label, "UTF-8");
        else
            detect(src, slen, label, sizeof label);
        if (!label[0] || strcasecmp(label, "ASCII") == 0)
            strcpy(label, "WINDOWS-1252");
    }
    const char *name = canonical(label);
    if (scratch && valid_utf8 == 1 && !(forced && *forced) && strcasecmp(name, "UTF-8") == 0) {
        /* UTF-8 already, and no text encoded twice over (undo_double_encoding's
         * first test, below, would leave it as it is): the bytes themselves */
        pa_buf view = {scratch + (src - data), slen, slen + 1, 0};
        const char *dname = declared_label[0] ? canonical(declared_label) : "";
        if (!may_be_double_encoded(&view, double_encoding_cjk(dname))) {
            snprintf(used, used_size, "%s", name);
            *out_len = slen;
            *out = view.data;
            *reused = 1;
            return PA_OK;
        }
    }
    pa_buf b;
    pa_buf_init(&b, 0);
    int r;
    if (strcasecmp(name, "UTF-8") == 0)
        r = valid_utf8 == 1 ? (pa_buf_append(&b, src, slen) ? -2 : 0) /* checked already: copy */
                            : sanitize_utf8(src, slen, &b);
    else if ((r = convert(name, src, slen, &b)) == -1) {
        /* Unknown label: fall back to detection, then windows-1252. */
        pa_buf_reset(&b);
        detect(src, slen, label, sizeof label);
        name = label[0] ? canonical(label) : "WINDOWS-1252";
        if ((r = convert(name, src, slen, &b)) == -1) {
            name = "WINDOWS-1252";
            r = convert(name, src, slen, &b);
        }
    }
    if (r < 0) {
        pa_buf_free(&b);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory while decoding (%s)", name);
    }
    /* a text encoded twice over is undone round by round */
    for (int round = 0; round < 3 && !(forced && *forced) && strcasecmp(name, "UTF-8") == 0; round++)
        if (!undo_double_encoding(&b, declared_label))
            break;
    snprintf(used, used_size, "%s", name);
    *out_len = b.len;
    *out = pa_buf_steal(&b);
    return *out ? PA_OK : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
}

pa_code pa_charset_to_utf8(const char *data, size_t len, const char *forced, const char *http_charset, char **out,
                           size_t *out_len, char *used, size_t used_size, pa_err *err)
{
    int reused = 0;
    return decode(data, len, forced, http_charset, out, out_len, used, used_size, NULL, &reused, err);
}

pa_code pa_charset_to_utf8_reuse(char *data, size_t len, const char *forced, const char *http_charset, char **out,
                                 size_t *out_len, char *used, size_t used_size, int *reused, pa_err *err)
{
    *reused = 0;
    return decode(data, len, forced, http_charset, out, out_len, used, used_size, data, reused, err);
}
