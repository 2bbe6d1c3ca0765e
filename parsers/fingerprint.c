/* fingerprint.c — language-independent text fingerprints (numbers and
 * Latin-script names) and their similarity; see fingerprint.h. */
#include "pressarc/fingerprint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "pressarc/date.h"

#define PA_FP_MAX_INPUT ((size_t)4 << 20) /* bytes of text examined */

/* Words for "thousand" that translations write after a number (615 ألف). */
static const char *const thousand_words[] = {
    "thousand", "ribu", "rb", "ألف", "آلاف", "الف", "ಸಾವಿರ", "হাজার", "हज़ार", "हजार", "ஆயிரம்", "వేల", "พัน",
    "nghìn", "ngàn", "тысяч", "тыс", "tysięcy", "tys", "χιλιάδες", "bin", "mil", "mille", "tausend", "duizend",
    "elfu", "libo",
};

int pa_fingerprint_number(const char *s, size_t len, int scale_thousand, char *out, size_t outsize)
{
    if (!len || len > 30 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[len - 1]))
        return -1;
    /* Groups and separators.  The last separator is the decimal point unless
     * exactly three digits follow it; all earlier ones group thousands. */
    char digits[40];
    size_t nd = 0, last_sep = (size_t)-1;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '.' || s[i] == ',')
            last_sep = i;
        else if (!isdigit((unsigned char)s[i]))
            return -1;
    size_t decimal_at = (size_t)-1; /* index in digits[] where the fraction starts */
    if (last_sep != (size_t)-1 && len - last_sep - 1 != 3)
        decimal_at = 0; /* set below */
    for (size_t i = 0; i < len && nd < sizeof digits - 1; i++) {
        if (isdigit((unsigned char)s[i]))
            digits[nd++] = s[i];
        else if (i == last_sep && decimal_at != (size_t)-1)
            decimal_at = nd;
    }
    digits[nd] = '\0';
    char intpart[40], frac[40] = "";
    size_t il = decimal_at == (size_t)-1 ? nd : decimal_at;
    snprintf(intpart, sizeof intpart, "%.*s", (int)il, digits);
    if (decimal_at != (size_t)-1)
        snprintf(frac, sizeof frac, "%s", digits + il);
    /* no leading zeros, no trailing fractional zeros */
    const char *ip = intpart;
    while (ip[0] == '0' && ip[1])
        ip++;
    size_t fl = strlen(frac);
    while (fl && frac[fl - 1] == '0')
        frac[--fl] = '\0';
    if (scale_thousand) {
        /* 2,5 ribu = 2500; shift the point three places */
        char shifted[48];
        size_t k = 0;
        for (const char *q = ip; *q && k < sizeof shifted - 1; q++)
            shifted[k++] = *q;
        for (size_t i = 0; i < 3 && k < sizeof shifted - 1; i++)
            shifted[k++] = i < fl ? frac[i] : '0';
        shifted[k] = '\0';
        const char *rest = fl > 3 ? frac + 3 : "";
        const char *sp = shifted;
        while (sp[0] == '0' && sp[1])
            sp++;
        snprintf(out, outsize, "%s%s%s", sp, *rest ? "." : "", rest);
        return 0;
    }
    snprintf(out, outsize, "%s%s%s", ip, fl ? "." : "", frac);
    return 0;
}

/* Is the code point a letter or mark of the Latin script (é, ł, ñ, a
 * combining accent)?  An ASCII run glued to one is part of a word we cannot
 * read; glued to anything else (Han, Arabic, fullwidth punctuation) it is a
 * name written inside text of another script ("比亚迪BYD公司"). */
static int latin_letter(utf8proc_int32_t cp)
{
    return (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) || (cp >= 0x0300 && cp <= 0x036F) ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

/* The code point starting at t[i] (of tl bytes), or -1. */
static utf8proc_int32_t cp_at(const char *t, size_t tl, size_t i)
{
    utf8proc_int32_t cp = -1;
    if (i < tl && utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)(tl - i), &cp) <= 0)
        cp = -1;
    return cp;
}

/* The code point ending just before t[i], or -1. */
static utf8proc_int32_t cp_before(const char *t, size_t tl, size_t i)
{
    size_t s = i;
    while (s > 0 && i - s < 4 && ((unsigned char)t[s - 1] & 0xC0) == 0x80)
        s--;
    return s > 0 ? cp_at(t, tl, s - 1) : -1;
}

/* Does a sentence start at t[i]: only spaces, quotes and brackets between
 * it and the start of the text, a line break or a full stop (. ! ? and the
 * fullwidth 。！？)?  A capitalised word there says nothing (The, This, En). */
static int sentence_start(const char *t, size_t tl, size_t i)
{
    while (i > 0) {
        unsigned char c = (unsigned char)t[i - 1];
        if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '[') {
            i--;
            continue;
        }
        if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?')
            return 1;
        if (c < 0x80)
            return 0;
        utf8proc_int32_t cp = cp_before(t, tl, i);
        if (cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) /* 。！？ */
            return 1;
        if (cp == 0x00A0 || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) { /* nbsp, quotes */
            while (i > 0 && ((unsigned char)t[i - 1] & 0xC0) == 0x80)
                i--;
            i--;
            continue;
        }
        return 0;
    }
    return 1;
}

static int cmp_anchor(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static int add_anchor(pa_fingerprint *fp, const char *prefix, const char *v, size_t vl)
{
    if (fp->n >= PA_FP_MAX_ANCHORS)
        return -1;
    snprintf(fp->anchors[fp->n], PA_FP_ANCHOR_MAX, "%s%.*s", prefix, (int)(vl > 36 ? 36 : vl), v);
    fp->n++;
    return 0;
}

/* Does a word for "thousand" follow (after spaces) at s? */
static int thousand_follows(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i == 0)
        return 0;
    for (size_t k = 0; k < sizeof thousand_words / sizeof thousand_words[0]; k++) {
        size_t wl = strlen(thousand_words[k]);
        if (i + wl <= len && strncasecmp(s + i, thousand_words[k], wl) == 0 &&
            (i + wl == len || !isalpha((unsigned char)s[i + wl])))
            return 1;
    }
    return 0;
}

pa_code pa_fingerprint_text(const char *utf8, size_t len, pa_fingerprint *out, pa_err *err)
{
    memset(out, 0, sizeof *out);
    if (len > PA_FP_MAX_INPUT)
        len = PA_FP_MAX_INPUT;
    out->anchors = calloc(PA_FP_MAX_ANCHORS, sizeof *out->anchors);
    char *t = malloc(len + 1);
    if (!out->anchors || !t) {
        free(t);
        pa_fingerprint_free(out);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    size_t tl = pa_digits_to_ascii(utf8, len, t, len + 1);
    /* numbers first */
    for (size_t i = 0; i < tl;) {
        unsigned char c = (unsigned char)t[i];
        if (!isdigit(c) || (i > 0 && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ','))) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < tl && (isdigit((unsigned char)t[i]) ||
                          ((t[i] == '.' || t[i] == ',') && i + 1 < tl && isdigit((unsigned char)t[i + 1]))))
            i++;
        if (i < tl && isalpha((unsigned char)t[i]))
            continue; /* a code such as "6+2" parts or "A320": not a quantity */
        char v[48];
        if (pa_fingerprint_number(t + s, i - s, thousand_follows(t + i, tl - i), v, sizeof v) == 0 &&
            (strlen(v) >= 2 || strchr(v, '.')))
            if (add_anchor(out, "n:", v, strlen(v)) == 0)
                out->numbers++;
    }
    /* Latin-script names: capitalised words and acronyms */
    for (size_t i = 0; i < tl && out->n < PA_FP_MAX_ANCHORS;) {
        unsigned char c = (unsigned char)t[i];
        if (!isalpha(c) || (i > 0 && isalnum((unsigned char)t[i - 1]))) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < tl && (isalnum((unsigned char)t[i]) || t[i] == '-'))
            i++;
        if ((i < tl && (unsigned char)t[i] >= 0x80 && latin_letter(cp_at(t, tl, i))) ||
            (s > 0 && (unsigned char)t[s - 1] >= 0x80 && latin_letter(cp_before(t, tl, s))))
            continue; /* glued to Latin letters (é, ł…): part of a word we cannot read */
        size_t wl = i - s, upper = 0;
        for (size_t k = s; k < i; k++)
            upper += isupper((unsigned char)t[k]) != 0;
        if (!isupper(c) || wl < 2 || (wl < 3 && upper < 2))
            continue;
        if (upper < 2 && sentence_start(t, tl, s))
            continue; /* a capitalised first word; acronyms (BYD) are kept */
        char w[40];
        size_t k = 0;
        for (; k < wl && k < sizeof w - 1; k++)
            w[k] = (char)tolower((unsigned char)t[s + k]);
        w[k] = '\0';
        add_anchor(out, "w:", w, k);
    }
    free(t);
    qsort(out->anchors, out->n, sizeof *out->anchors, cmp_anchor);
    return PA_OK;
}

/* Multiset intersection and union sizes of the anchors with a prefix. */
static void overlap(const pa_fingerprint *a, const pa_fingerprint *b, char prefix, size_t *inter, size_t *uni)
{
    size_t i = 0, j = 0;
    *inter = *uni = 0;
    while (i < a->n || j < b->n) {
        const char *x = i < a->n ? a->anchors[i] : NULL, *y = j < b->n ? b->anchors[j] : NULL;
        if (x && x[0] != prefix) {
            i++;
            continue;
        }
        if (y && y[0] != prefix) {
            j++;
            continue;
        }
        int c = !x ? 1 : !y ? -1 : strcmp(x, y);
        if (c == 0) {
            (*inter)++;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
        (*uni)++;
    }
}

double pa_fingerprint_similarity(const pa_fingerprint *a, const pa_fingerprint *b, size_t min_numbers)
{
    if (!a || !b || a->numbers < min_numbers || b->numbers < min_numbers)
        return 0;
    size_t ni, nu, wi, wu;
    overlap(a, b, 'n', &ni, &nu);
    overlap(a, b, 'w', &wi, &wu);
    double s = nu ? (double)ni / (double)nu : 0;
    s += 0.03 * (double)(wi > 5 ? 5 : wi); /* shared names: a small bonus */
    return s > 1 ? 1 : s;
}

void pa_fingerprint_numbers_shared(const pa_fingerprint *a, const pa_fingerprint *b, size_t *shared, size_t *all)
{
    *shared = *all = 0;
    if (a && b)
        overlap(a, b, 'n', shared, all);
}

void pa_fingerprint_names_shared(const pa_fingerprint *a, const pa_fingerprint *b, size_t *shared, size_t *na,
                                 size_t *nb)
{
    *shared = *na = *nb = 0;
    if (!a || !b)
        return;
    size_t i = 0, j = 0;
    const char *last_a = NULL, *last_b = NULL;
    while (i < a->n || j < b->n) {
        const char *x = i < a->n ? a->anchors[i] : NULL, *y = j < b->n ? b->anchors[j] : NULL;
        if (x && (x[0] != 'w' || (last_a && strcmp(x, last_a) == 0))) { /* not a name, or a repeat */
            i++;
            continue;
        }
        if (y && (y[0] != 'w' || (last_b && strcmp(y, last_b) == 0))) {
            j++;
            continue;
        }
        int c = !x ? 1 : !y ? -1 : strcmp(x, y);
        if (c <= 0) {
            (*na)++;
            last_a = x;
            i++;
        }
        if (c >= 0) {
            (*nb)++;
            last_b = y;
            j++;
        }
        if (c == 0)
            (*shared)++;
    }
}

void pa_fingerprint_free(pa_fingerprint *fp)
{
    if (!fp)
        return;
    free(fp->anchors);
    fp->anchors = NULL;
    fp->n = fp->numbers = 0;
}
