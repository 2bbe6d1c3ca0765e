/* urlkey.c — language-sibling keys and relations of URLs; see urlkey.h. */
#include "pressarc/urlkey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/hash.h"
#include "pressarc/url.h"

#define URL_MAX 8192
#define MAX_SEGS 64    /* path segments looked at; deeper URLs give no keys */
#define MAX_PARAMS 64  /* query parameters kept */

/* ISO 639-1, two old codes (in, iw) and the country codes sites use for a
 * language; sorted for bsearch. */
static const char *const lang2[] = {
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm",
    "bn", "bo", "br", "bs", "ca", "ce", "ch", "cn", "co", "cr", "cs", "cu", "cv", "cy", "cz", "da", "de", "dk",
    "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd",
    "gl", "gn", "gr", "gu", "gv", "ha", "he", "hi", "hk", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie",
    "ig", "ii", "ik", "in", "io", "is", "it", "iu", "iw", "ja", "jp", "jv", "ka", "kg", "ki", "kj", "kk", "kl",
    "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv",
    "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no",
    "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru",
    "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv",
    "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ua", "ug", "uk",
    "ur", "uz", "ve", "vi", "vn", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
};

/* Three-letter codes seen in URLs, and language names (English and native,
 * ASCII spellings). */
static const char *const lang_words[] = {
    "amharic", "arabic", "ary", "arz", "azerbaijani", "bahasa", "bangla", "bengali", "burmese", "ceb", "chinese",
    "ckb", "czech", "danish", "deutsch", "dutch", "english", "espanol", "farsi", "fil", "filipino", "finnish",
    "francais", "french", "german", "greek", "gujarati", "hausa", "haw", "hebrew", "hindi", "hmn", "hungarian",
    "indonesian", "italian", "italiano", "japanese", "kannada", "kazakh", "khmer", "kmr", "korean", "lao", "malay",
    "malayalam", "marathi", "melayu", "mongolian", "nederlands", "nepali", "norwegian", "persian", "polish",
    "polski", "portugues", "portuguese", "punjabi", "romanian", "russian", "sinhala", "spanish", "swahili",
    "swedish", "tagalog", "tamil", "telugu", "thai", "turkce", "turkish", "ukrainian", "urdu", "uzbek",
    "vietnamese", "yoruba", "yue",
};

/* Query parameters that carry the language. */
static const char *const lang_params[] = {"hl", "lang", "language", "lc", "lng", "locale", "setlang", "uselang"};

/* Page extensions dropped from the last segment. */
static const char *const page_exts[] = {".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp"};

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static char lower_c(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int is_alpha(char c)
{
    c = lower_c(c);
    return c >= 'a' && c <= 'z';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Is the lowercased copy of s[0..len) in the sorted table? */
static int in_table(const char *const *table, size_t n, const char *s, size_t len)
{
    char w[24];
    if (len == 0 || len >= sizeof w)
        return 0;
    for (size_t i = 0; i < len; i++)
        w[i] = lower_c(s[i]);
    w[len] = '\0';
    const char *key = w;
    return bsearch(&key, table, n, sizeof *table, cmp_cstr) != NULL;
}

int pa_urlkey_is_lang(const char *s, size_t len)
{
    if (!s || len < 2 || len > 20)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!is_alpha(s[i]) && !is_digit(s[i]) && s[i] != '-' && s[i] != '_')
            return 0;
    /* primary code, then an optional region (2 letters, 3 digits) or script (4 letters) */
    size_t p = 0;
    while (p < len && is_alpha(s[p]))
        p++;
    if (p == len)
        return (len == 2 && in_table(lang2, sizeof lang2 / sizeof *lang2, s, 2)) ||
               in_table(lang_words, sizeof lang_words / sizeof *lang_words, s, len);
    if ((p != 2 && p != 3) || (s[p] != '-' && s[p] != '_'))
        return 0;
    if (!(p == 2 ? in_table(lang2, sizeof lang2 / sizeof *lang2, s, 2)
                 : in_table(lang_words, sizeof lang_words / sizeof *lang_words, s, 3)))
        return 0;
    const char *r = s + p + 1;
    size_t rl = len - p - 1, alpha = 0, digit = 0;
    for (size_t i = 0; i < rl; i++) {
        alpha += is_alpha(r[i]) != 0;
        digit += is_digit(r[i]) != 0;
    }
    return (rl == 2 && alpha == 2) || (rl == 4 && alpha == 4) || (rl == 3 && digit == 3);
}

#define PARTS_INLINE 1024 /* bytes of copies kept in the struct (larger URLs: malloc) */

/* A URL taken apart.  Strings point into buf (lowercased copies), which
 * holds 2 * strlen(url) + 64 bytes; release with parts_free. */
typedef struct {
    char inline_buf[PARTS_INLINE];
    char *buf;
    size_t cap, used;
    const char *host; /* host base: port, "www." and a language label removed */
    const char *site; /* registrable domain */
    const char *seg[MAX_SEGS];
    size_t seg_len[MAX_SEGS];
    size_t nseg;
    const char *query; /* kept parameters, sorted, '&'-joined; "" if none */
    char lang[24];
} parts;

static void parts_free(parts *p)
{
    if (p->buf != p->inline_buf)
        free(p->buf);
    p->buf = NULL;
}

static char *put(parts *p, const char *s, size_t len)
{
    if (p->used + len + 1 > p->cap)
        return NULL;
    char *o = p->buf + p->used;
    for (size_t i = 0; i < len; i++)
        o[i] = lower_c(s[i]);
    o[len] = '\0';
    p->used += len + 1;
    return o;
}

static void set_lang(parts *p, const char *s, size_t len)
{
    if (p->lang[0])
        return;
    size_t l = len < sizeof p->lang - 1 ? len : sizeof p->lang - 1;
    for (size_t i = 0; i < l; i++)
        p->lang[i] = s[i] == '_' ? '-' : lower_c(s[i]);
    p->lang[l] = '\0';
}

typedef struct {
    const char *s;
    size_t len;
} span;

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static int parse(const char *url, parts *p)
{
    p->buf = p->inline_buf;
    p->cap = sizeof p->inline_buf;
    p->used = 0;
    p->host = p->site = p->query = "";
    p->nseg = 0;
    p->lang[0] = '\0';
    if (!url)
        return -1;
    size_t ulen = strlen(url);
    if (ulen > URL_MAX)
        return -1;
    if (2 * ulen + 64 > p->cap) {
        if (!(p->buf = malloc(2 * ulen + 64)))
            return -1;
        p->cap = 2 * ulen + 64;
    }
    const char *s = url;
    if (strncasecmp(s, "http://", 7) == 0)
        s += 7;
    else if (strncasecmp(s, "https://", 8) == 0)
        s += 8;
    else
        return -1;
    size_t alen = strcspn(s, "/?#");
    const char *auth = s, *rest = s + alen;
    const char *at = memrchr(auth, '@', alen);
    if (at) {
        alen -= (size_t)(at + 1 - auth);
        auth = at + 1;
    }
    size_t hlen;
    if (alen && auth[0] == '[') {
        const char *close = memchr(auth, ']', alen);
        if (!close)
            return -1;
        hlen = (size_t)(close + 1 - auth);
    } else {
        const char *colon = memchr(auth, ':', alen);
        hlen = colon ? (size_t)(colon - auth) : alen;
    }
    while (hlen && auth[hlen - 1] == '.')
        hlen--;
    if (!hlen)
        return -1;
    char *host = put(p, auth, hlen);
    if (!host)
        return -1;
    const char *reg = pa_url_host_site(host);
    p->site = reg ? reg : host; /* reg points into host */
    p->host = host;
    if (reg && reg != host) {
        /* a subdomain: its first label may be www or a language */
        size_t l1 = strcspn(host, ".");
        int www = l1 >= 3 && strncmp(host, "www", 3) == 0;
        for (size_t i = 3; www && i < l1; i++)
            www = is_digit(host[i]);
        if (www) {
            p->host = host + l1 + 1;
        } else if (pa_urlkey_is_lang(host, l1)) {
            set_lang(p, host, l1);
            p->host = host + l1 + 1;
        }
    }
    /* path segments (empty ones skipped: "//" and the trailing slash) */
    size_t plen = strcspn(rest, "?#");
    const char *path = rest;
    for (size_t i = 0; i < plen;) {
        while (i < plen && path[i] == '/')
            i++;
        size_t st = i;
        while (i < plen && path[i] != '/')
            i++;
        if (i == st)
            continue;
        if (p->nseg == MAX_SEGS)
            return -1;
        p->seg[p->nseg] = put(p, path + st, i - st);
        if (!p->seg[p->nseg])
            return -1;
        p->seg_len[p->nseg] = i - st;
        p->nseg++;
    }
    /* a language segment: the first one, or the second if it is not the last */
    for (size_t k = 0; k < 2 && k < p->nseg; k++) {
        if (k == 1 && p->nseg < 3)
            break;
        if (pa_urlkey_is_lang(p->seg[k], p->seg_len[k])) {
            set_lang(p, p->seg[k], p->seg_len[k]);
            memmove(&p->seg[k], &p->seg[k + 1], (p->nseg - k - 1) * sizeof p->seg[0]);
            memmove(&p->seg_len[k], &p->seg_len[k + 1], (p->nseg - k - 1) * sizeof p->seg_len[0]);
            p->nseg--;
            break;
        }
    }
    /* the last segment: index pages, extensions, a ".ar" before the extension */
    if (p->nseg) {
        char *last = (char *)p->seg[p->nseg - 1];
        size_t ll = p->seg_len[p->nseg - 1];
        size_t stem = strcspn(last, ".");
        if ((stem == 5 && strncmp(last, "index", 5) == 0) || (stem == 7 && strncmp(last, "default", 7) == 0)) {
            p->nseg--;
        } else {
            for (size_t e = 0; e < sizeof page_exts / sizeof *page_exts; e++) {
                size_t el = strlen(page_exts[e]);
                if (ll > el && strcmp(last + ll - el, page_exts[e]) == 0) {
                    ll -= el;
                    last[ll] = '\0';
                    const char *dot = memrchr(last, '.', ll);
                    if (dot && dot > last && pa_urlkey_is_lang(dot + 1, ll - (size_t)(dot + 1 - last))) {
                        set_lang(p, dot + 1, ll - (size_t)(dot + 1 - last));
                        ll = (size_t)(dot - last);
                        last[ll] = '\0';
                    }
                    break;
                }
            }
            p->seg_len[p->nseg - 1] = ll;
        }
    }
    /* query: language and tracking parameters dropped, the rest sorted */
    if (rest[plen] == '?') {
        const char *q = rest + plen + 1;
        size_t qlen = strcspn(q, "#");
        span kept[MAX_PARAMS];
        size_t nk = 0;
        for (size_t i = 0; i < qlen;) {
            size_t st = i;
            while (i < qlen && q[i] != '&' && q[i] != ';')
                i++;
            const char *prm = q + st;
            size_t pl = i - st;
            i++;
            if (!pl)
                continue;
            const char *eq = memchr(prm, '=', pl);
            size_t nl = eq ? (size_t)(eq - prm) : pl;
            const char *val = eq ? eq + 1 : "";
            size_t vl = eq ? pl - nl - 1 : 0;
            if (in_table(lang_params, sizeof lang_params / sizeof *lang_params, prm, nl) &&
                pa_urlkey_is_lang(val, vl)) {
                set_lang(p, val, vl);
                continue;
            }
            if ((nl > 4 && strncasecmp(prm, "utm_", 4) == 0) || (nl == 6 && strncasecmp(prm, "fbclid", 6) == 0) ||
                (nl == 5 && strncasecmp(prm, "gclid", 5) == 0))
                continue;
            if (nk == MAX_PARAMS)
                return -1;
            char *c = put(p, prm, pl);
            if (!c)
                return -1;
            kept[nk].s = c;
            kept[nk].len = pl;
            nk++;
        }
        qsort(kept, nk, sizeof *kept, cmp_span);
        size_t total = 0;
        for (size_t k = 0; k < nk; k++)
            total += kept[k].len + 1;
        if (nk) {
            if (p->used + total > p->cap)
                return -1;
            char *o = p->buf + p->used;
            p->query = o;
            for (size_t k = 0; k < nk; k++) {
                if (k)
                    *o++ = '&';
                memcpy(o, kept[k].s, kept[k].len);
                o += kept[k].len;
            }
            *o = '\0';
            p->used += total;
        }
    }
    return 0;
}

/* Does a digit run read as a date (year, yyyymm, yyyymmdd, +hhmm[ss])? */
static int date_like(const char *d, size_t n)
{
    if (n < 4 || !((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0')))
        return 0;
    if (n == 4)
        return 1;
    if (n != 6 && n != 8 && n != 12 && n != 14)
        return 0;
    int month = (d[4] - '0') * 10 + (d[5] - '0');
    if (month < 1 || month > 12)
        return 0;
    if (n == 6)
        return 1;
    int day = (d[6] - '0') * 10 + (d[7] - '0');
    return day >= 1 && day <= 31;
}

static int is_sep(char c)
{
    return c == '-' || c == '_' || c == '.';
}

/* The numeric article ids of `n_seg` path segments (at most
 * PA_URLKEY_MAX_IDS): whole segments, and runs at an edge of the last one. */
static size_t find_ids_in(const char *const *seg, const size_t *seg_len, size_t n_seg, span ids[PA_URLKEY_MAX_IDS])
{
    size_t n = 0;
    for (size_t k = 0; k < n_seg && n < PA_URLKEY_MAX_IDS; k++) {
        const char *s = seg[k];
        size_t l = seg_len[k];
        int last = k + 1 == n_seg;
        for (size_t i = 0; i < l && n < PA_URLKEY_MAX_IDS;) {
            if (!is_digit(s[i])) {
                i++;
                continue;
            }
            size_t st = i;
            while (i < l && is_digit(s[i]))
                i++;
            size_t dl = i - st;
            int whole = st == 0 && i == l;
            int edge = last && ((st == 0 && i < l && is_sep(s[i])) || (i == l && st > 0 && is_sep(s[st - 1])));
            if (dl >= PA_URLKEY_MIN_ID && (whole || edge) && !date_like(s + st, dl)) {
                int dup = 0;
                for (size_t j = 0; j < n; j++)
                    dup |= ids[j].len == dl && memcmp(ids[j].s, s + st, dl) == 0;
                if (!dup) {
                    ids[n].s = s + st;
                    ids[n].len = dl;
                    n++;
                }
            }
        }
    }
    return n;
}

static size_t find_ids(const parts *p, span ids[PA_URLKEY_MAX_IDS])
{
    return find_ids_in(p->seg, p->seg_len, p->nseg, ids);
}

/* The ids of the last segment alone. */
static size_t last_ids(const parts *p, span ids[PA_URLKEY_MAX_IDS])
{
    return p->nseg ? find_ids_in(p->seg + p->nseg - 1, p->seg_len + p->nseg - 1, 1, ids) : 0;
}

/* Is a last segment long enough to identify a page by itself? */
static int long_enough(const char *s, size_t l)
{
    if (l >= PA_URLKEY_MIN_SLUG)
        return 1;
    for (size_t i = 0; i < l; i++)
        if (!is_digit(s[i]))
            return 0;
    return l >= PA_URLKEY_MIN_ID;
}

/* Append to a bounded string builder; returns 0 or -1 on overflow. */
typedef struct {
    char *s;
    size_t len, cap;
} sb;

static int sb_put(sb *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        return -1;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return 0;
}

static int sb_str(sb *b, const char *s)
{
    return sb_put(b, s, strlen(s));
}

/* host + "/" + segments [0, upto) joined by "/" */
static int put_dirs(sb *b, const parts *p, size_t upto)
{
    if (sb_str(b, p->host))
        return -1;
    for (size_t k = 0; k < upto; k++)
        if (sb_put(b, "/", 1) || sb_put(b, p->seg[k], p->seg_len[k]))
            return -1;
    return 0;
}

static int put_query(sb *b, const parts *p)
{
    return p->query[0] ? (sb_put(b, "?", 1) || sb_str(b, p->query)) : 0;
}

/* The base: host, path and query with the language marker removed. */
static int base_of(const parts *p, sb *b)
{
    b->len = 0;
    b->s[0] = '\0';
    return put_dirs(b, p, p->nseg) || (p->nseg == 0 && sb_put(b, "/", 1)) || put_query(b, p);
}

static void add_key(pa_urlkeys *out, char kind, const char *body, size_t len)
{
    if (out->n == PA_URLKEY_MAX_KEYS)
        return;
    char *k = out->keys[out->n];
    if (len + 3 > PA_URLKEY_LEN) {
        char hex[65];
        pa_sha256_hex(body, len, hex);
        snprintf(k, PA_URLKEY_LEN, "%c:#%s", kind, hex);
    } else {
        snprintf(k, PA_URLKEY_LEN, "%c:%.*s", kind, (int)len, body);
    }
    for (size_t i = 0; i < out->n; i++)
        if (strcmp(out->keys[i], k) == 0)
            return;
    out->n++;
}

int pa_urlkey_compute(const char *url, pa_urlkeys *out)
{
    out->n = 0;
    out->lang[0] = '\0';
    parts pp, *p = &pp;
    char small[PARTS_INLINE], *tmp = small;
    size_t tcap = sizeof small;
    int rc = -1;
    if (parse(url, p))
        goto done;
    if (p->cap > tcap) {
        if (!(tmp = malloc(p->cap)))
            goto done;
        tcap = p->cap;
    }
    snprintf(out->lang, sizeof out->lang, "%s", p->lang);
    sb b = {tmp, 0, tcap};
    if (base_of(p, &b) == 0)
        add_key(out, 'e', b.s, b.len);
    if (p->nseg) {
        const char *last = p->seg[p->nseg - 1];
        size_t ll = p->seg_len[p->nseg - 1];
        b.len = 0;
        if (ll >= PA_URLKEY_MIN_SLUG && put_dirs(&b, p, p->nseg - 1) == 0 && sb_put(&b, "/", 1) == 0 &&
            sb_put(&b, last, PA_URLKEY_MIN_SLUG) == 0 && put_query(&b, p) == 0)
            add_key(out, 's', b.s, b.len);
        b.len = 0;
        char depth[24];
        snprintf(depth, sizeof depth, "#%zu/", p->nseg);
        if (p->nseg >= 2 && long_enough(last, ll) && sb_str(&b, p->host) == 0 && sb_str(&b, depth) == 0 &&
            sb_put(&b, last, ll) == 0 && put_query(&b, p) == 0)
            add_key(out, 'c', b.s, b.len);
    }
    span ids[PA_URLKEY_MAX_IDS];
    size_t nid = find_ids(p, ids);
    for (size_t i = 0; i < nid; i++) {
        b.len = 0;
        if (sb_str(&b, p->site) == 0 && sb_put(&b, "#", 1) == 0 && sb_put(&b, ids[i].s, ids[i].len) == 0)
            add_key(out, 'i', b.s, b.len);
    }
    rc = out->n ? 0 : -1;
done:
    parts_free(p);
    if (tmp != small)
        free(tmp);
    return rc;
}

static int seg_eq(const parts *a, size_t i, const parts *b, size_t j)
{
    return a->seg_len[i] == b->seg_len[j] && memcmp(a->seg[i], b->seg[j], a->seg_len[i]) == 0;
}

/* Does one of the spans ia[0..na) hold the same bytes as one of ib[0..nb)
 * (an id two URLs share)? */
static int share_span(const span *ia, size_t na, const span *ib, size_t nb)
{
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (ia[i].len == ib[j].len && memcmp(ia[i].s, ib[j].s, ia[i].len) == 0)
                return 1;
    return 0;
}

static pa_urlrel relation(const parts *a, const parts *b)
{
    int same_host = strcmp(a->host, b->host) == 0, same_query = strcmp(a->query, b->query) == 0;
    if (same_host && same_query && a->nseg == b->nseg) {
        size_t n = a->nseg, differ = 0, at = 0;
        for (size_t k = 0; k < n; k++)
            if (!seg_eq(a, k, b, k)) {
                differ++;
                at = k;
            }
        if (differ == 0)
            return PA_URLREL_SAME;
        if (differ == 1 && at == n - 1) {
            /* slugs cut at different lengths */
            size_t la = a->seg_len[at], lb = b->seg_len[at], m = la < lb ? la : lb;
            if (m >= PA_URLKEY_MIN_SLUG && memcmp(a->seg[at], b->seg[at], m) == 0)
                return PA_URLREL_SLUG;
            /* one numeric id with translated slugs ("4711-title" ~ "4711-judul") */
            span ia[PA_URLKEY_MAX_IDS], ib[PA_URLKEY_MAX_IDS];
            size_t na = last_ids(a, ia), nb = last_ids(b, ib);
            if (share_span(ia, na, ib, nb))
                return PA_URLREL_SLUG;
        } else if (differ == 1 && long_enough(a->seg[n - 1], a->seg_len[n - 1])) {
            return PA_URLREL_SLUG; /* a translated category, same last segment */
        }
    }
    if (strcmp(a->site, b->site) == 0) {
        span ia[PA_URLKEY_MAX_IDS], ib[PA_URLKEY_MAX_IDS];
        size_t na = find_ids(a, ia), nb = find_ids(b, ib);
        if (share_span(ia, na, ib, nb))
            return PA_URLREL_ID;
    }
    return PA_URLREL_NONE;
}

pa_urlrel pa_urlkey_relation(const char *a, const char *b)
{
    parts pa, pb;
    pa_urlrel r = PA_URLREL_NONE;
    int ok = parse(a, &pa) == 0;
    if (parse(b, &pb) == 0 && ok)
        r = relation(&pa, &pb);
    parts_free(&pa);
    parts_free(&pb);
    return r;
}

int pa_urlkey_apart(const char *a, const char *b)
{
    parts pa, pb;
    int r = 0;
    int ok = parse(a, &pa) == 0;
    if (parse(b, &pb) == 0 && ok && strcmp(pa.host, pb.host) == 0 && (pa.lang[0] || pb.lang[0]))
        r = relation(&pa, &pb) == PA_URLREL_NONE;
    parts_free(&pa);
    parts_free(&pb);
    return r;
}

int pa_urlkey_site(const char *url, char *out, size_t outsize)
{
    parts p;
    int r = -1;
    if (outsize)
        out[0] = '\0';
    if (parse(url, &p) == 0 && strlen(p.site) < outsize) {
        memcpy(out, p.site, strlen(p.site) + 1);
        r = 0;
    }
    parts_free(&p);
    return r;
}
