/* extract_meta.c — what a page says about itself, for the extractor:
 * the pa_meta record's setters (whitespace cleaning, <meta> keys by rank,
 * JSON-LD headline/date/author, hreflang alternates), the language dates
 * are read in, and the headline chosen from og:title, JSON-LD, <title> and
 * the h1s (site-name parts cut, entities decoded), and the site's own
 * names (pa_site_names) with the tests of a line where the site names
 * itself (its blurb, its name alone).  Works on strings only:
 * the tree walk that finds them stays in extract.c.  Contracts in
 * include/pressarc/extract_meta.h. */
#include "pressarc/extract_meta.h"

#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "pressarc/en_names.h"
#include "pressarc/extract_ldbody.h"
#include "pressarc/extract_lines.h"
#include "pressarc/lang.h"
#include "pressarc/url.h"

#include "pressarc/strfind.h"

/* (every strncmp and strncasecmp here, most of them tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"
/* (and every strcasecmp: pa_strcasecmp) */
#define strcasecmp(a, b) pa_strcasecmp((a), (b))

#define PA_EXTRACT_MAX_ALTERNATES 200
#define PA_JSONLD_MAX_DEPTH 16

/* A typographic mark (U+2013 … U+2026: dashes, curly quotes, ellipsis)
 * whose UTF-8 bytes E2 80 xx the publisher's CMS read as windows-1251
 * ("вЂњ", "вЂ™") or windows-1252 ("â€œ", "â€™") and encoded as UTF-8
 * again, in the n bytes at s: the mark's UTF-8 bytes go to out (3) and
 * the length of the garbled form is returned; 0 when s holds no such
 * form.  "вЂ" and "â€" open no word of Russian, Serbian, French or
 * Portuguese. */
static size_t garbled_mark(const unsigned char *s, size_t n, unsigned char out[3])
{
    static const struct {
        unsigned char tail[3];
        size_t len;
        unsigned char mark; /* the third byte of E2 80 xx */
    } cp1251[] = {
        {{0xE2, 0x84, 0xA2}, 3, 0x99}, /* ™ -> ’ */
        {{0xD1, 0x9A}, 2, 0x9C},       /* њ -> “ */
        {{0xD1, 0x9C}, 2, 0x9D},       /* ќ -> ” */
        {{0xE2, 0x80, 0x9C}, 3, 0x93}, /* “ -> – */
        {{0xE2, 0x80, 0x9D}, 3, 0x94}, /* ” -> — */
        {{0xC2, 0xA6}, 2, 0xA6},       /* ¦ -> … */
    }, cp1252[] = {
        {{0xE2, 0x84, 0xA2}, 3, 0x99}, /* ™ -> ’ */
        {{0xC5, 0x93}, 2, 0x9C},       /* œ -> “ */
        {{0xC2, 0x9D}, 2, 0x9D},       /* U+009D -> ” */
        {{0xCB, 0x9C}, 2, 0x98},       /* ˜ -> ‘ */
        {{0xE2, 0x80, 0x9C}, 3, 0x93}, /* “ -> – */
        {{0xE2, 0x80, 0x9D}, 3, 0x94}, /* ” -> — */
        {{0xC2, 0xA6}, 2, 0xA6},       /* ¦ -> … */
    };
    static const unsigned char head1251[] = {0xD0, 0xB2, 0xD0, 0x82}, head1252[] = {0xC3, 0xA2, 0xE2, 0x82, 0xAC};
    for (int table = 0; table < 2; table++) {
        const unsigned char *head = table ? head1252 : head1251;
        size_t hl = table ? sizeof head1252 : sizeof head1251;
        if (n < hl + 2 || memcmp(s, head, hl) != 0)
            continue;
        size_t count = table ? sizeof cp1252 / sizeof cp1252[0] : sizeof cp1251 / sizeof cp1251[0];
        for (size_t i = 0; i < count; i++) {
            const unsigned char *tail = table ? cp1252[i].tail : cp1251[i].tail;
            size_t tl = table ? cp1252[i].len : cp1251[i].len;
            if (n >= hl + tl && memcmp(s + hl, tail, tl) == 0) {
                out[0] = 0xE2;
                out[1] = 0x80;
                out[2] = table ? cp1252[i].mark : cp1251[i].mark;
                return hl + tl;
            }
        }
    }
    return 0;
}

/* Collapse whitespace (incl. NBSP) and trim; result malloc'd. */
char *pa_extract_clean_space(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *o = malloc(n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c > ' ' && c < 0x80) { /* a printable ASCII byte: as it is (no test below takes it) */
            if (sp && k)
                o[k++] = ' ';
            sp = 0;
            /* eight bytes from it printable ASCII or spaces, no two spaces side by side: as they are (a space
             * closing them noted in sp) */
            uint64_t x;
            if (i + 8 <= n && (memcpy(&x, s + i, 8), !(x & UINT64_C(0x8080808080808080))) &&
                ((x + UINT64_C(0x6060606060606060)) & UINT64_C(0x8080808080808080)) == UINT64_C(0x8080808080808080)) {
                const uint64_t low7 = UINT64_C(0x7F7F7F7F7F7F7F7F);
                uint64_t y = x ^ UINT64_C(0x2020202020202020), spaces = ~(((y & low7) + low7) | y | low7);
                if (!(spaces & (spaces << 8))) {
                    memcpy(o + k, s + i, 8); /* (k <= i: o has the room) */
                    sp = s[i + 7] == ' ';
                    k += sp ? 7 : 8;
                    i += 7;
                    continue;
                }
            }
            o[k++] = (char)c;
            continue;
        }
        int ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            ws = 1;
            i++;
        }
        /* "Â" + NBSP: a no-break space encoded twice (UTF-8 read as
         * Latin-1 by the publisher's CMS), shown as "Â " on the page */
        if (c == 0xC3 && i + 3 < n && (unsigned char)s[i + 1] == 0x82 && (unsigned char)s[i + 2] == 0xC2 &&
            (unsigned char)s[i + 3] == 0xA0) {
            ws = 1;
            i += 3;
        }
        /* a dash, quote or ellipsis encoded twice ("вЂњ", "â€™"): the mark */
        unsigned char mark[3];
        size_t garbled = (c == 0xD0 || c == 0xC3) ? garbled_mark((const unsigned char *)s + i, n - i, mark) : 0;
        if (garbled) {
            if (sp && k)
                o[k++] = ' ';
            sp = 0;
            memcpy(o + k, mark, 3);
            k += 3;
            i += garbled - 1;
            continue;
        }
        /* zero-width space, word joiner, BOM: dropped (the joiner and
         * non-joiner stay: Persian and Indic words need them) */
        if (i + 2 < n && ((c == 0xE2 && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x8B) ||
                          (c == 0xE2 && (unsigned char)s[i + 1] == 0x81 && (unsigned char)s[i + 2] == 0xA0) ||
                          (c == 0xEF && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF))) {
            i += 2;
            continue;
        }
        if (ws) {
            sp = 1;
            continue;
        }
        if (sp && k)
            o[k++] = ' ';
        sp = 0;
        o[k++] = (char)c;
    }
    o[k] = '\0';
    return o;
}

/* The first non-empty value of a field, cleaned (see extract_meta.h). */
void pa_meta_set_str(char **dst, const char *src)
{
    if (*dst || !src || !*src)
        return;
    *dst = pa_extract_clean_space(src);
    if (*dst && !**dst) {
        free(*dst);
        *dst = NULL;
    }
}

/* ---- metadata ---- */

/* Everything m holds freed; m itself is the caller's. */
void pa_meta_free(pa_meta *m)
{
    free(m->title_og); free(m->title_tag); free(m->title_h1); free(m->title_ld); free(m->title_meta);
    for (size_t i = 0; i < PA_TITLE_MORE_H1; i++)
        free(m->h1_more[i]);
    free(m->date_ld); free(m->date_ld_article); free(m->date_meta); free(m->date_meta_mod); free(m->date_time);
    free(m->date_time_text); free(m->date_time_pub); free(m->date_time_art); free(m->date_time_mod);
    free(m->author); free(m->sitename); free(m->canonical); free(m->og_url); free(m->body_ld); free(m->state_script); pa_buf_free(&m->flight); free(m->description); free(m->title_h2);
    free(m->html_lang); free(m->meta_lang); free(m->locale_og);
    for (size_t i = 0; i < m->n_alts; i++) {
        free(m->alts[i].hreflang);
        free(m->alts[i].href);
    }
    free(m->alts);
}

/* Publication-date meta keys, most trusted first; from "dc.date" on they
 * name a date of unstated kind (often the last change). */
static const char *const date_meta_keys[] = {
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "published_date", "published_time",
    "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_online_date", "citation_date",
    "prism.publicationdate", "parsely-pub-date", "article.published", "dcterms.created", "dc.date.created",
    "dc.date", "dcterms.date", "sailthru.date", "date",
};
/* PA_DATE_KEY_GENERIC (extract_meta.h) is the index of "dc.date", PA_DATE_KEY_LOOSE that of "sailthru.date". */

/* Modification-date meta keys: a date of last resort. */
static const char *const date_mod_keys[] = {
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "updated",
};

/* The index of key in keys[0..n) (case-blind), or -1. */
static int key_index(const char *key, const char *const *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(key, keys[i]) == 0)
            return (int)i;
    return -1;
}

/* The rank of a publication-date meta key (0 most trusted), or -1. */
static int date_key_rank(const char *key)
{
    return key_index(key, date_meta_keys, sizeof date_meta_keys / sizeof date_meta_keys[0]);
}

/* Is s (NUL-terminated) no name but a script's empty value that a template
 * printed as text ("name": "undefined" under a post with no writer; "null",
 * "NaN", "[object Object]"; ASCII case-blind)? */
static int script_placeholder(const char *s)
{
    static const char *const empty[] = {"undefined", "null", "nan", "[object object]"};
    size_t n = strlen(s);
    if (n < 3 || n > 15)
        return 0;
    for (size_t i = 0; i < sizeof empty / sizeof empty[0]; i++)
        if (!strcasecmp(s, empty[i]))
            return 1;
    return 0;
}

/* Depth-first search of a JSON-LD value for the first article-ish fields.
 * `top`: v is the page's own item (the block's value, an element of a
 * top-level array or of "@graph"), not an item named inside another (an
 * article's "comment", a Q&A's "mainEntity"). */
static void jsonld_walk(json_t *v, pa_meta *m, int depth, int top)
{
    if (!v || depth > PA_JSONLD_MAX_DEPTH)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) jsonld_walk(e, m, depth + 1, top);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *ty = json_object_get(v, "@type");
    const char *t = json_is_string(ty) ? json_string_value(ty)
                  : json_is_array(ty) && json_is_string(json_array_get(ty, 0)) ? json_string_value(json_array_get(ty, 0))
                  : "";
    int article = strstr(t, "Article") || strstr(t, "Posting") || strstr(t, "Report") || strstr(t, "Release");
    if (top && (!strcmp(t, "DiscussionForumPosting") || !strcmp(t, "QAPage")))
        m->discussion |= PA_DISC_TYPED; /* a thread or a Q&A page (not a news article's comments typed so) */
    else if (top && (strstr(t, "Article") || !strcmp(t, "BlogPosting")))
        m->discussion |= PA_DISC_ARTICLE_TYPED;
    json_t *dp = json_object_get(v, "datePublished");
    if (json_is_string(dp)) {
        /* the article's own date beats a date of the site or of a review inside */
        if (article)
            pa_meta_set_str(&m->date_ld_article, json_string_value(dp));
        pa_meta_set_str(&m->date_ld, json_string_value(dp));
    } else if (!strcmp(t, "Question")) {
        /* a Q&A page's question (its "mainEntity") is dated by "dateCreated", schema.org's and the search
         * engines' key for it: the thread's date, the day it was asked (not an answer's, met later) */
        json_t *dc = json_object_get(v, "dateCreated");
        if (json_is_string(dc))
            pa_meta_set_str(&m->date_ld, json_string_value(dc));
    }
    json_t *ab = json_object_get(v, "articleBody");
    if (article && json_is_string(ab)) {
        const char *body = json_string_value(ab);
        size_t bl = strlen(body); /* up to a NUL the JSON may hold */
        if (bl <= PA_LDBODY_MAX_BYTES && bl > (m->body_ld ? strlen(m->body_ld) : 0)) {
            char *copy = strdup(body);
            if (copy) {
                free(m->body_ld);
                m->body_ld = copy;
            }
        }
    }
    /* the publisher's paywall markup: {"isAccessibleForFree": false} or "False" */
    json_t *free_to_read = json_object_get(v, "isAccessibleForFree");
    if (article && (json_is_false(free_to_read) ||
                    (json_is_string(free_to_read) && !strcasecmp(json_string_value(free_to_read), "false"))))
        m->ld_locked = 1;
    json_t *hl = json_object_get(v, "headline");
    if (json_is_string(hl))
        pa_meta_set_str(&m->title_ld, json_string_value(hl));
    json_t *au = json_object_get(v, "author");
    if (json_is_array(au))
        au = json_array_get(au, 0);
    int org = 0; /* {"@type": "Organization", "name": "Example Corp"}: a company signs the page */
    if (json_is_object(au)) {
        json_t *type = json_object_get(au, "@type");
        org = json_is_string(type) && !strcmp(json_string_value(type), "Organization");
        au = json_object_get(au, "name");
    }
    if (json_is_string(au) && !strstr(json_string_value(au), "://") && !script_placeholder(json_string_value(au)) &&
        !m->author) {
        pa_meta_set_str(&m->author, json_string_value(au));
        m->author_org = org && m->author;
    }
    const char *key;
    json_t *e;
    json_object_foreach(v, key, e)
    {
        if (json_is_object(e) || json_is_array(e))
            jsonld_walk(e, m, depth + 1, top && !strcmp(key, "@graph"));
    }
}

/* The JSON of a JSON-LD block, from the first '{' or '[' to the last '}'
 * or ']': some CMSs wrap it in a CDATA section or an HTML comment. */
static int jsonld_slice(const char *s, size_t n, size_t *off, size_t *len)
{
    size_t a = 0, b = n;
    while (a < n && s[a] != '{' && s[a] != '[')
        a++;
    while (b > a && s[b - 1] != '}' && s[b - 1] != ']')
        b--;
    if (b <= a)
        return 0;
    *off = a;
    *len = b - a;
    return 1;
}

/* JSON-LD that does not parse (a trailing comma, a raw newline in a
 * string): the first "datePublished": "…" string value still counts. */
static void jsonld_raw_date(const char *s, size_t n, pa_meta *m)
{
    static const char key[] = "\"datePublished\"";
    const size_t kl = sizeof key - 1;
    for (size_t i = 0; i + kl < n; i++) {
        if (s[i] != '"' || memcmp(s + i, key, kl) != 0)
            continue;
        size_t p = i + kl;
        while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
            p++;
        if (p >= n || s[p] != ':')
            continue;
        p++;
        while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
            p++;
        if (p >= n || s[p] != '"')
            continue;
        p++;
        char v[80];
        size_t k = 0;
        while (p < n && s[p] != '"' && k < sizeof v - 1)
            v[k++] = s[p++];
        v[k] = '\0';
        if (p < n && s[p] == '"' && k) {
            pa_meta_set_str(&m->date_ld, v);
            return;
        }
    }
}

/* The JSON-LD slice parsed and walked; when it does not parse, the raw date. */
void pa_meta_jsonld(pa_meta *m, const char *s, size_t n)
{
    size_t off, len;
    if (n && jsonld_slice(s, n, &off, &len)) {
        json_t *j = json_loadb(s + off, len, JSON_DECODE_ANY, NULL);
        if (j)
            jsonld_walk(j, m, 0, 1);
        else
            jsonld_raw_date(s + off, len, m);
        json_decref(j);
    }
}

/* One hreflang alternate, resolved and deduplicated (see extract_meta.h). */
void pa_meta_add_alternate(pa_meta *m, const char *hreflang, const char *href, const char *base)
{
    if (m->n_alts >= PA_EXTRACT_MAX_ALTERNATES || !hreflang || !href || !*hreflang)
        return;
    char *abs = NULL;
    pa_err e;
    if ((base ? pa_url_resolve(base, href, &abs, &e) : pa_url_normalize(href, &abs, &e)) != PA_OK)
        return;
    for (size_t i = 0; i < m->n_alts; i++)
        if (strcmp(m->alts[i].href, abs) == 0 && strcasecmp(m->alts[i].hreflang, hreflang) == 0) {
            free(abs);
            return;
        }
    pa_alternate *na = realloc(m->alts, (m->n_alts + 1) * sizeof *na);
    if (!na) {
        free(abs);
        return;
    }
    m->alts = na;
    char *hl = pa_extract_clean_space(hreflang);
    for (char *p = hl; p && *p; p++)
        *p = (char)tolower((unsigned char)*p);
    m->alts[m->n_alts].hreflang = hl;
    m->alts[m->n_alts].href = abs;
    if (hl)
        m->n_alts++;
    else
        free(abs);
}

/* The language that orders a date's fields (3/4/2025): the declared one,
 * unless the title's script does not fit it (a Russian site left at the
 * template's lang="en"). */
const char *pa_meta_date_lang(const pa_meta *m)
{
    const char *t = m->title_tag ? m->title_tag : m->title_og;
    if (m->html_lang && t && !pa_lang_compatible(m->html_lang, pa_lang_script_of(t, strlen(t))))
        return NULL;
    return m->html_lang;
}

void pa_meta_discussion(pa_meta *m)
{
    int d = m->discussion;
    m->discussion = !(d & PA_DISC_ARTICLE_TYPED) && ((d & PA_DISC_TYPED) || ((d & PA_DISC_HINT) && !(d & PA_DISC_ARTICLE)));
}

/* One <meta> key and its content. */
/* Does a generator's name open with a forum engine's ("phpBB", "vBulletin
 * 3.8.4", "Discourse 3.1.2", "XenForo", "SMF", "Invision Community",
 * "MyBB", "bbPress", "NodeBB", "Flarum")? */
static int forum_generator(const char *content)
{
    static const char *const engines[] = {"phpbb", "vbulletin", "discourse", "xenforo", "smf", "simple machines",
                                          "invision", "mybb", "bbpress", "nodebb", "flarum", "vanilla"};
    for (size_t i = 0; i < sizeof engines / sizeof engines[0]; i++) {
        size_t l = strlen(engines[i]);
        if (!strncasecmp(content, engines[i], l) && !isalpha((unsigned char)content[l]))
            return 1;
    }
    return 0;
}

void pa_meta_key(pa_meta *m, const char *key, const char *content, int *date_rank)
{
    if (key[0] == 'g' && !strcasecmp(key, "generator") && forum_generator(content))
        m->discussion |= PA_DISC_HINT;
    else if (key[0] == 'o' && !strcasecmp(key, "og:type") && !strcasecmp(content, "article"))
        m->discussion |= PA_DISC_ARTICLE; /* a news site's page on a forum engine's CMS (Invision's, XenForo's articles) */
    int r = date_key_rank(key);
    pa_date pd;
    if (r >= 0 && r < *date_rank && pa_date_parse_iso(content, &pd) == 0) {
        free(m->date_meta);
        m->date_meta = NULL;
        pa_meta_set_str(&m->date_meta, content);
        if (m->date_meta)
            *date_rank = r;
    } else if (r < 0 && key_index(key, date_mod_keys, sizeof date_mod_keys / sizeof date_mod_keys[0]) >= 0) {
        pa_meta_set_str(&m->date_meta_mod, content);
    } else if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title")) {
        pa_meta_set_str(&m->title_og, content);
    } else if (!strcasecmp(key, "dc.title") || !strcasecmp(key, "dc:title") || !strcasecmp(key, "dcterms.title") ||
               !strcasecmp(key, "parsely-title") || !strcasecmp(key, "sailthru.title") || !strcasecmp(key, "title")) {
        pa_meta_set_str(&m->title_meta, content);
    } else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name")) {
        pa_meta_set_str(&m->sitename, content);
    } else if (!strcasecmp(key, "author") || !strcasecmp(key, "dc.creator") || !strcasecmp(key, "parsely-author") ||
               !strcasecmp(key, "sailthru.author") || !strcasecmp(key, "article:author")) {
        if (!strstr(content, "://") && !script_placeholder(content)) /* a profile's address is no name */
            pa_meta_set_str(&m->author, content);
    } else if (!strcasecmp(key, "og:description") || !strcasecmp(key, "twitter:description") ||
               !strcasecmp(key, "description")) {
        pa_meta_set_str(&m->description, content);
    } else if (!strcasecmp(key, "og:url")) {
        pa_meta_set_str(&m->og_url, content);
    } else if (!strcasecmp(key, "dc.language") || !strcasecmp(key, "language")) {
        pa_meta_set_str(&m->meta_lang, content);
    } else if (!strcasecmp(key, "og:locale")) {
        pa_meta_set_str(&m->locale_og, content);
    } else if (!strncasecmp(key, "og:audio", 8) && (!key[8] || !strcasecmp(key + 8, ":url") ||
                                                     !strcasecmp(key + 8, ":secure_url"))) {
        m->og_audio = content[0] != '\0';
    }
}

/* ---- title ---- */

/* Does s end with suffix (ASCII case-blind)? */
static int ends_with_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* What separates a headline from the site's name in a title. */
static const char *const title_seps[] = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " _ ", "｜", "_",
                                         " --", "--", "\xE2\x80\x94\xE2\x80\x94", "\xE2\x80\x95\xE2\x80\x95"};
#define PA_TITLE_SEPS (sizeof title_seps / sizeof title_seps[0])
#define PA_TITLE_SPACED_SEPS 9 /* the first ones, spaced: " | " … " • " */

/* Cut from t (a title without another separator) a broadcaster's short
 * name after a spaced colon at its end, "Headline : NPR": three to six
 * capitals or digits, no space, after a headline of 20 bytes at least;
 * not a numeral ("Part : II", "Rocky : III") nor the title's own word
 * ("… : FAQ", "… : USA").  (A French title's spaced colon, "Budget : ce
 * qui change", has words after it.) */
static void cut_colon_brand(char *t)
{
    char *last = NULL;
    for (char *q = strstr(t, " : "); q; q = strstr(q + 1, " : "))
        last = q;
    if (!last || last - t < 20)
        return;
    const char *brand = last + 3;
    size_t n = 0;
    while (brand[n] && (isupper((unsigned char)brand[n]) || isdigit((unsigned char)brand[n])))
        n++;
    size_t caps = n, roman = strspn(brand, "IVX");
    int own_word = caps == 3 && (!strncmp(brand, "FAQ", 3) || !strncmp(brand, "USA", 3));
    while (brand[n] == ' ')
        n++;
    if (!brand[n] && caps >= 3 && caps <= 6 && isupper((unsigned char)brand[0]) && roman < caps && !own_word)
        *last = '\0';
}

/* Cut from t (a title, its last site part already cut) the site's name
 * still closing it after another spaced separator: a wiki's "Name - Tidewatch
 * Wiki" left from "Name - Tidewatch Wiki | Fandom" under og:site_name
 * "Tidewatch Wiki" (ASCII case-blind), a byte of headline at least before
 * it.  sitename may be NULL. */
static void cut_site_suffix(char *t, const char *sitename)
{
    size_t n = strlen(t), sl = sitename ? strlen(sitename) : 0;
    if (!sl || n <= sl + 3 || strcasecmp(t + n - sl, sitename))
        return;
    for (size_t i = 0; i < PA_TITLE_SPACED_SEPS; i++) {
        size_t l = strlen(title_seps[i]);
        if (n > sl + l && !strncmp(t + n - sl - l, title_seps[i], l)) {
            t[n - sl - l] = '\0';
            return;
        }
    }
}

/* Headline from the <title> without " | Site" / " - Site" parts. */
static char *title_from_tag(const char *t, const char *sitename)
{
    if (!t)
        return NULL;
    const char *const *seps = title_seps;
    char *best = strdup(t);
    if (!best)
        return NULL;
    size_t sep = PA_TITLE_SEPS;
    for (size_t i = 0; i < PA_TITLE_SEPS; i++) {
        char *p = strstr(best, seps[i]);
        if (!p)
            continue;
        /* Keep the longest part (the site name is usually the short one). */
        char *last = p;
        for (char *q = strstr(p + 1, seps[i]); q; q = strstr(q + 1, seps[i]))
            last = q;
        const char *after = last + strlen(seps[i]);
        size_t before_len = (size_t)(p - best);
        size_t after_len = strlen(after);
        if (sitename && *sitename && ends_with_ci(best, sitename)) {
            *last = '\0';
        } else if (before_len >= after_len) {
            *last = '\0';
        } else if (strchr(after, ' ') && after_len > before_len * 2) {
            memmove(best, after, after_len + 1);
            break;
        } else {
            *last = '\0';
        }
        sep = i;
        break;
    }
    if (sep == PA_TITLE_SEPS)
        cut_colon_brand(best);
    else
        cut_site_suffix(best, sitename);
    /* "Headline _Section _Site": a short part cut again with the same separator */
    for (int round = 0; sep < PA_TITLE_SEPS && round < 3; round++) {
        char *p = strstr(best, seps[sep]), *last = p;
        for (char *q = p ? strstr(p + 1, seps[sep]) : NULL; q; q = strstr(q + 1, seps[sep]))
            last = q;
        if (!last || strlen(last + strlen(seps[sep])) * 2 >= (size_t)(p - best))
            break;
        *last = '\0';
    }
    char *c = pa_extract_clean_space(best);
    free(best);
    return c;
}

/* HTML entities left in a title (JSON-LD strings are not HTML-decoded,
 * and some CMSs encode twice: "&#038;", "&amp;#39;"), decoded in place. */
static void decode_entities(char *s)
{
    static const struct {
        const char *name;
        const char *text;
    } named[] = {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
                 {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"rsquo", "\xE2\x80\x99"},
                 {"lsquo", "\xE2\x80\x98"}, {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"},
                 {"hellip", "\xE2\x80\xA6"}};
    if (!s || !strchr(s, '&'))
        return;
    for (int pass = 0; pass < 2; pass++) { /* "&amp;#39;" takes two */
        char *o = s;
        int changed = 0;
        for (const char *p = s; *p;) {
            const char *semi = *p == '&' ? memchr(p, ';', strnlen(p, 12)) : NULL;
            char tmp[8];
            const char *rep = NULL;
            size_t rl = 0;
            if (semi && p[1] == '#') {
                char *end = NULL;
                int hex = p[2] == 'x' || p[2] == 'X';
                long cp = strtol(p + (hex ? 3 : 2), &end, hex ? 16 : 10);
                if (end == semi && cp >= 0x20 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    rl = (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)tmp);
                    rep = tmp;
                }
            } else if (semi) {
                for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
                    if ((size_t)(semi - p - 1) == strlen(named[i].name) && !strncmp(p + 1, named[i].name, (size_t)(semi - p - 1))) {
                        rep = named[i].text;
                        rl = strlen(rep);
                    }
            }
            if (rep && rl && rl <= (size_t)(semi - p + 1)) {
                memmove(o, rep, rl);
                o += rl;
                p = semi + 1;
                changed = 1;
            } else {
                *o++ = *p++;
            }
        }
        *o = '\0';
        if (!changed || !strchr(s, '&'))
            break;
    }
}

/* Are a and b both there and equal but for ASCII case? */
static int same_text(const char *a, const char *b)
{
    return a && b && strcasecmp(a, b) == 0;
}

/* The quote mark at s (NUL-terminated): '\'' for ' and U+2018 … U+201B,
 * '"' for " and U+201C … U+201F, 0 for any other character; *len: its
 * bytes (1 or 3). */
static int quote_mark(const unsigned char *s, size_t *len)
{
    *len = 1;
    if (*s == '\'' || *s == '"')
        return *s;
    if (s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x98 && s[2] <= 0x9F) {
        *len = 3;
        return s[2] <= 0x9B ? '\'' : '"';
    }
    return 0;
}

/* Are a and b (NULL: no) the same text but for ASCII case and the form of
 * their quote marks, straight in one and curly in the other, in one mark or
 * more: a title stored as typed ("Let's connect!") under an h1 the theme
 * prints with curly quotes ("Let’s connect!", WordPress's wptexturize)?
 * Bounded by the shorter string. */
static int same_but_quotes(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    int differ = 0;
    while (*p && *q) {
        size_t pl, ql;
        int pm = quote_mark(p, &pl), qm = quote_mark(q, &ql);
        if (pm || qm) {
            if (pm != qm)
                return 0;
            differ |= pl != ql;
            p += pl;
            q += ql;
            continue;
        }
        if (tolower(*p) != tolower(*q))
            return 0;
        p++;
        q++;
    }
    return !*p && !*q && differ;
}

/* Does t open with h (ASCII case-blind) and a separator after it ("h |
 * Site", "h - Section - Site")?  tl, hl: their lengths. */
static int opens_framed(const char *t, size_t tl, const char *h, size_t hl)
{
    if (!hl || tl <= hl || strncasecmp(t, h, hl))
        return 0;
    for (size_t i = 0; i < PA_TITLE_SEPS; i++) {
        size_t sl = strlen(title_seps[i]);
        if (tl >= hl + sl && !strncmp(t + hl, title_seps[i], sl))
            return 1;
    }
    return 0;
}

/* Does t hold h after an issuer's name and a colon, as a newswire-hosted
 * newsroom titles a release ("Example Mining Corp.: Example Mining Closes
 * Placement"): the name (60 bytes at most) ending in a company's legal
 * form (pa_ends_legal_form), then ": " and h (ASCII case-blind)?  tl, hl:
 * their lengths.  (A topic before a colon, "Brexit: May wins vote", is no
 * issuer.) */
static int issuer_framed(const char *t, size_t tl, const char *h, size_t hl)
{
    if (tl < hl + 4 || tl - hl - 2 > 60 || t[tl - hl - 2] != ':' || t[tl - hl - 1] != ' ' ||
        strcasecmp(t + tl - hl, h))
        return 0;
    char low[64];
    size_t n = tl - hl - 2;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)t[i]);
    return pa_ends_legal_form(low, n);
}

/* Is h the headline of t: t is h, or h with a separated part before or
 * after it ("h | Site", "Site - h", "Example Corp.: h"), or h closing a
 * breadcrumb ("Example Health > News > h", DotNetNuke).  (" > " parts a
 * title only before the h1 it confirms: "Why 5 > 3 is not always true"
 * is one title.) */
static int framed(const char *t, const char *h)
{
    const char *const *seps = title_seps;
    size_t tl = strlen(t), hl = strlen(h);
    if (!hl || hl > tl)
        return 0;
    if (tl == hl)
        return strcasecmp(t, h) == 0;
    if (opens_framed(t, tl, h, hl))
        return 1;
    for (size_t i = 0; i < PA_TITLE_SEPS; i++) {
        size_t sl = strlen(seps[i]);
        if (tl >= hl + sl && !strcasecmp(t + tl - hl, h) && !strncmp(t + tl - hl - sl, seps[i], sl))
            return 1;
    }
    if (tl >= hl + 3 && !strcasecmp(t + tl - hl, h) && !strncmp(t + tl - hl - 3, " > ", 3))
        return 1;
    return issuer_framed(t, tl, h, hl);
}

/* Is h written in sentence case: more of its words after the first open
 * with a small letter and run four letters or more ("bridge", "months")
 * than open with a capital ("Route 9 bridge to close for 14 months"; not
 * "The Overstory", "Letters to the Editor", "Bridge Closed", a title in
 * title case)?  Bounded by h's length. */
static int sentence_cased(const char *h)
{
    size_t small = 0, caps = 0;
    const char *w = strchr(h, ' ');
    while (w) {
        w++;
        size_t letters = 0;
        while (isalpha((unsigned char)w[letters]))
            letters++;
        caps += isupper((unsigned char)*w) != 0;
        small += islower((unsigned char)*w) && letters >= 4;
        w = strchr(w, ' ');
    }
    return small > caps;
}

/* Does title t open with h, then " by " and a publisher's or writer's name
 * (one to six words, each opening with a capital or a digit) that ends t or
 * a separator of title_seps follows: "Headline by Lakes Region Weekly -
 * Platform", a publication platform's article page?  h in sentence case
 * only (sentence_cased): after a title in title case the words in capitals
 * may be its own ("Bridge Closed by Flooding Near Millbrook") or its
 * maker's credit, part of the title ("The Overstory by Richard Powers -
 * Bookshop", "Song by Artist - Lyrics").  Bounded by t's length; ASCII
 * case-blind on h. */
static int by_name_framed(const char *t, const char *h)
{
    size_t hl = strlen(h);
    if (hl < 12 || strncasecmp(t, h, hl) || strncmp(t + hl, " by ", 4) || !sentence_cased(h))
        return 0;
    const char *w = t + hl + 4;
    for (int words = 0; words < 6; words++) {
        if (!isupper((unsigned char)*w) && !isdigit((unsigned char)*w))
            return 0;
        w += strcspn(w, " ");
        if (!*w)
            return 1;
        for (size_t i = 0; i < PA_TITLE_SEPS; i++)
            if (title_seps[i][0] == ' ' && !strncmp(w, title_seps[i], strlen(title_seps[i])))
                return 1;
        w++;
    }
    return 0;
}

/* Does h open with the part that closes title t after its last separator
 * (at least four bytes, under half of t), a space and more words after
 * it opening with a capital, none of them the part before that separator?
 * The site's name and its tagline in a logo heading ("The Example Courier
 * The student newspaper of Example"); not a headline that opens with the
 * name ("The Guardian view on bus fares: …" under "… | Editorial | The
 * Guardian").  Bounded by the lengths of t and h. */
static int site_tagline_h1(const char *h, const char *t)
{
    const char *last = NULL;
    size_t lsl = 0;
    for (size_t i = 0; i < PA_TITLE_SEPS; i++) {
        const char *p = strstr(t, title_seps[i]);
        for (const char *q = p; q; q = strstr(q + 1, title_seps[i]))
            p = q;
        if (p && (!last || p > last)) {
            last = p;
            lsl = strlen(title_seps[i]);
        }
    }
    if (!last)
        return 0;
    const char *site = last + lsl;
    size_t sl = strlen(site), tl = strlen(t), hl = strlen(h);
    if (sl < 4 || sl * 2 >= tl || hl <= sl + 1 || strncasecmp(h, site, sl) || h[sl] != ' ' ||
        !isupper((unsigned char)h[sl + 1]))
        return 0;
    size_t before = (size_t)(last - t);
    return before >= 8 && !memmem(h, hl, t, before);
}

/* Is h the template's label over a release rather than its headline: a
 * release's kind alone ("Press release", "News Releases") or after a
 * spaced separator ("European Commission - Press release")? */
static int release_kind_label(const char *h)
{
    static const char *const kinds[] = {"press release", "press releases", "news release", "news releases",
                                        "media release", "media releases"};
    size_t hl = strlen(h);
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        size_t kl = strlen(kinds[i]);
        if (hl < kl || strcasecmp(h + hl - kl, kinds[i]))
            continue;
        if (hl == kl)
            return 1;
        for (size_t s = 0; s < PA_TITLE_SPACED_SEPS; s++) {
            size_t sl = strlen(title_seps[s]);
            if (hl >= kl + sl && !strncmp(h + hl - kl - sl, title_seps[s], sl))
                return 1;
        }
    }
    return 0;
}

static int headline_like(const char *h);

/* Does t open with h (a headline of four words or more, headline_like), a
 * spaced separator of title_seps after it, and a later part of t (between
 * that separator's next uses, or up to t's end) that closes on a dated day
 * of a year 1700-2099 ("Mar 5, 1927", "The Campus Lantern 14 October
 * 1964", "1927-03-05" alone)?  A digitised archive's or an e-edition's title of an issue's
 * article, "Headline - Paper (Place) - Mar 5, 1927": the headline, however
 * short beside the paper's name and the issue's day, opens it; a site's
 * name over its headline is not followed by a day.  Bounded by t's length
 * (parts of 200 bytes at most are read). */
static int dated_issue_title(const char *t, const char *h)
{
    size_t hl = strlen(h), tl = strlen(t);
    if (hl < 12 || tl <= hl + 8 || strncasecmp(t, h, hl) || !headline_like(h))
        return 0;
    for (size_t i = 0; i < PA_TITLE_SPACED_SEPS; i++) {
        const char *sep = title_seps[i];
        size_t sl = strlen(sep);
        if (strncmp(t + hl, sep, sl))
            continue;
        for (const char *part = t + hl + sl; *part;) {
            const char *end = strstr(part, sep);
            size_t n = end ? (size_t)(end - part) : strlen(part);
            while (n && part[n - 1] == ' ')
                n--;
            size_t y = n;
            while (y && isdigit((unsigned char)part[y - 1]))
                y--;
            pa_date d;
            char iso[16] = "";
            if (n >= 8 && n < sizeof iso && isdigit((unsigned char)part[0]))
                memcpy(iso, part, n), iso[n] = '\0'; /* "1927-03-05" alone */
            if (n - y == 4 && (y == 0 || !isalnum((unsigned char)part[y - 1])) && n <= 200 &&
                pa_date_parse_text(part, n, "en", &d) == 0 && d.year == atoi(part + y) && d.year >= 1700 &&
                d.day > 0)
                return 1;
            if (iso[0] && pa_date_parse_iso(iso, &d) == 0 && d.year >= 1700)
                return 1;
            if (!end || !pa_en_name_case(part, n))
                break; /* between the headline and the day, the paper's name and place ("Paper | Bridge repairs
                        * approved by council | March 3, 2015" has the headline there, its h1 the paper's name) */
            part = end + sl;
        }
        return 0;
    }
    return 0;
}

/* An h1 that is a headline rather than the site's name or a breadcrumb
 * ("Computer Science > Artificial Intelligence", the name that closes the
 * <title> "A brief intro to git • Cory Dransfeldt", a template's "Example
 * Agency - Press release" label). */
static int h1_usable(const char *h, const pa_meta *m)
{
    /* a site name that repeats the page's title is no site name */
    const char *site = same_text(m->sitename, m->title_og) || same_text(m->sitename, m->title_tag) ? NULL : m->sitename;
    if (!h || !*h || strlen(h) > 300 || same_text(h, site))
        return 0;
    if (strstr(h, " > ") || strstr(h, " › ") || strstr(h, " / ") || release_kind_label(h))
        return 0;
    /* the short part that opens or closes a title, before or after a separator */
    const char *titles[2] = {m->title_tag, m->title_og};
    for (int k = 0; k < 2; k++)
        if (titles[k] && strlen(h) * 2 < strlen(titles[k]) && framed(titles[k], h) && !dated_issue_title(titles[k], h))
            return 0;
    /* the site's name that closes the <title> opening the h1, run on into the site's tagline ("The Example
     * Courier The student newspaper of Example" under "Bus routes change | The Example Courier"): the logo */
    return !(m->title_tag && site_tagline_h1(h, m->title_tag));
}

/* A heading's permalink mark dropped: "Evolve: Shared Mutable History¶". */
static void trim_anchor(char *h)
{
    static const char *const marks[] = {"\xC2\xB6", "\xC2\xA7", "#", "\xF0\x9F\x94\x97"}; /* ¶ § # 🔗 */
    size_t n = h ? strlen(h) : 0;
    for (size_t i = 0; n && i < sizeof marks / sizeof marks[0]; i++) {
        size_t ml = strlen(marks[i]);
        if (n > ml && !strcmp(h + n - ml, marks[i])) {
            n -= ml;
            while (n && h[n - 1] == ' ')
                n--;
            h[n] = '\0';
            break;
        }
    }
}

/* A Markdown heading mark ("## Headline") or a separator whose site name
 * the template left out (" » Headline") at the start of a title. */
static void trim_title_lead(char *t)
{
    static const char *const marks[] = {"\xC2\xBB ", "| ", "- ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", ": "};
    for (size_t i = 0; t && i < sizeof marks / sizeof marks[0]; i++) {
        size_t ml = strlen(marks[i]);
        if (!strncmp(t, marks[i], ml) && t[ml]) {
            memmove(t, t + ml, strlen(t + ml) + 1);
            break;
        }
    }
    size_t n = 0;
    while (t && n < 6 && t[n] == '#')
        n++;
    if (!n || t[n] != ' ')
        return;
    while (t[n] == ' ')
        n++;
    if (t[n])
        memmove(t, t + n, strlen(t + n) + 1);
}

/* Is h long enough to be a headline: four words or more, or fifteen
 * bytes or more of CJK text? */
static int headline_like(const char *h)
{
    size_t words = 1;
    for (const char *q = h; *q; q++)
        words += *q == ' ';
    int cjk = (unsigned char)h[0] >= 0xE3;
    return words >= 4 || (cjk && strlen(h) >= 15);
}

/* Is t (NULL: no title) a title that names no article: a template's
 * placeholder or a section's name ("Untitled Page", "News", "Home")? */
int pa_meta_title_generic(const char *t)
{
    static const char *const generic[] = {
        "untitled", "untitled page", "untitled document", "untitled 1", "new page 1", "home", "home page", "homepage",
        "news", "news article", "news story", "news details", "news detail", "news item", "article", "articles",
        "article details", "view article", "story", "press release", "press releases", "page", "index", "default",
        "welcome", "document", "latest news", "news & events", "news and events", "blog", "blog post", "post"};
    if (!t)
        return 1;
    size_t n = strlen(t);
    while (n && (t[n - 1] == ' ' || t[n - 1] == '.'))
        n--;
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
        if (strlen(generic[i]) == n && !strncasecmp(t, generic[i], n))
            return 1;
    return 0;
}

/* Does the text before h1[at] end with a word that joins what follows into
 * its sentence ("… council vote in", "… the state of")? */
static int ends_joining_word(const char *h1, size_t at)
{
    static const char *const joins[] = {"in", "of", "at", "for", "to", "from", "on", "with", "and", "or", "near",
                                        "into", "over", "about", "the", "a", "an", "as", "vs"};
    size_t e = at;
    while (e && h1[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b && h1[b - 1] != ' ')
        b--;
    return pa_phrase_is(h1 + b, e - b, PA_PHRASES(joins));
}

/* The declared title (raw, its site part cut) that closes the h1 after a
 * kicker of other words ("<h1><div>Get that tech stack</div><span>Klatch
 * Coffee</span></h1>" under og:title "Klatch Coffee | Shopify App
 * Store"): that title, malloc'd; NULL when the h1 does not end with it, it
 * is the site's name, one word, or the end of the h1's own sentence
 * (og:title "Springfield | Daily Herald" under "Mayor resigns after council
 * vote in Springfield": a section's or place's name, the h1 is the
 * headline). */
static char *headline_after_kicker(const char *h1, const char *raw, const char *sitename)
{
    char *t = title_from_tag(raw, sitename);
    size_t hl = strlen(h1), tl = t ? strlen(t) : 0;
    if (!t || !tl || tl + 2 > hl || h1[hl - tl - 1] != ' ' || strcasecmp(h1 + hl - tl, t) || same_text(t, sitename) ||
        pa_meta_title_generic(t) || !strchr(t, ' ') || ends_joining_word(h1, hl - tl)) {
        free(t);
        return NULL;
    }
    return t;
}

/* Does title t close with the headline h (four words or more) after a
 * spaced slash and a shorter part of its own ("Example School District /
 * New Bell Schedule Begins Monday")?  Not a masthead's name closing its
 * headline ("Storm damages homes across the county / The Example Daily
 * Courier", the name in an <h1> over the story's <h2>): a site's part is
 * shorter than its headline. */
static int closes_after_slash(const char *t, const char *h)
{
    size_t tl = strlen(t), hl = strlen(h);
    return tl > hl + 4 && tl - hl - 3 < hl && !memcmp(t + tl - hl - 3, " / ", 3) && !strcasecmp(t + tl - hl, h) &&
           headline_like(h);
}

/* The article's headline from og:title, JSON-LD headline, <title> and the
 * h1s; malloc'd, or NULL. */
char *pa_meta_choose_title(pa_meta *m)
{
    decode_entities(m->title_og);
    decode_entities(m->title_ld);
    decode_entities(m->title_tag);
    char *declared[] = {m->title_og, m->title_ld, m->title_tag, m->title_meta};
    for (size_t i = 0; i < sizeof declared / sizeof declared[0]; i++)
        trim_title_lead(declared[i]);
    trim_anchor(m->title_h1);
    for (size_t i = 0; i < PA_TITLE_MORE_H1; i++)
        trim_anchor(m->h1_more[i]);
    const char *h1s[1 + PA_TITLE_MORE_H1];
    size_t nh = 0;
    if (!(m->h1_logo & 1u) && h1_usable(m->title_h1, m))
        h1s[nh++] = m->title_h1;
    for (size_t i = 0; i < PA_TITLE_MORE_H1; i++)
        if (!(m->h1_logo & (2u << i)) && h1_usable(m->h1_more[i], m))
            h1s[nh++] = m->h1_more[i];
    /* the JSON-LD headline that the <title> repeats */
    if (m->title_ld && m->title_tag) {
        /* "Headline" in "Headline | Site", or both "Headline | Site" */
        if (same_text(m->title_tag, m->title_ld))
            return title_from_tag(m->title_ld, m->sitename);
        char *t = title_from_tag(m->title_tag, m->sitename);
        int agree = same_text(t, m->title_ld) || framed(m->title_tag, m->title_ld);
        free(t);
        if (agree)
            return pa_extract_clean_space(m->title_ld);
    }
    /* the JSON-LD headline that an h1 shows */
    for (size_t i = 0; m->title_ld && i < nh; i++)
        if (same_text(m->title_ld, h1s[i]))
            return strdup(h1s[i]);
    const char *raw = m->title_og ? m->title_og : m->title_ld ? m->title_ld : m->title_meta ? m->title_meta : m->title_tag;
    for (size_t i = 0; raw && i < nh; i++)
        if (framed(raw, h1s[i]) || by_name_framed(raw, h1s[i]))
            return strdup(h1s[i]);
    /* "Site / Headline": a school district's CMS parts its <title> with a spaced slash, no separator of
     * title_seps ("Cats / Dogs" is one title); an h1 of a few words that closes it after the slash */
    for (size_t i = 0; raw && i < nh; i++)
        if (closes_after_slash(raw, h1s[i]))
            return strdup(h1s[i]);
    /* the declared title (its site part cut) that the h1 prints with curly quotes for its straight ones, or
     * straight for its curly ones: the title as the writer typed it */
    if (nh && raw && strpbrk(h1s[0], "'\"\xE2")) {
        char *t = title_from_tag(raw, m->sitename);
        if (same_but_quotes(t, h1s[0]))
            return t;
        free(t);
    }
    char *kicked = nh && raw ? headline_after_kicker(h1s[0], raw, m->sitename) : NULL;
    if (kicked)
        return kicked;
    /* the visible headline: an h1 of a few words, unless it merely wraps
     * the declared title ("Title:AlignMerge - …", "## Headline") or the
     * declared title holds it and more ("… for Seniors in 2025") */
    const char *in_h1 = nh && raw ? strcasestr(h1s[0], raw) : NULL;
    if (nh && headline_like(h1s[0]) && !(in_h1 && in_h1 != h1s[0]) && !(raw && strcasestr(raw, h1s[0])))
        return strdup(h1s[0]);
    /* an og:title the <title> opens with before a separator ("Notice to Creditors - Estate of H. Dorr |
     * Washita County" over og "Notice to Creditors - Estate of H. Dorr"; "Zdrowe, czyste zęby - nie grozi ci
     * zapalenie płuc - Profilaktyka - …") is the headline as it stands, its own " - " no site separator */
    if (raw && raw == m->title_og && m->title_tag &&
        opens_framed(m->title_tag, strlen(m->title_tag), raw, strlen(raw)))
        return pa_extract_clean_space(raw);
    /* "Blog Name: Post title" (Blogger's <title>) under the blog's logo heading "Blog Name": the part after
     * the logo's name and its colon */
    size_t logo_len = (m->h1_logo & 1u) && m->title_h1 ? strlen(m->title_h1) : 0;
    if (raw && logo_len >= 3 && !strncasecmp(raw, m->title_h1, logo_len) && raw[logo_len] == ':' &&
        raw[logo_len + 1] == ' ' && strchr(raw + logo_len + 2, ' '))
        return pa_extract_clean_space(raw + logo_len + 2);
    if (raw) {
        char *t = title_from_tag(raw, m->sitename);
        /* "Post title: Blog Name" (a newspaper's Movable Type or TypePad blog, the paper's name already cut)
         * under the blog's banner heading "Blog Name", a link alone: the part before the colon that closes
         * on that name, when longer than the name and of four words or more (not a kicker, "Breaking: …") */
        size_t tl = t ? strlen(t) : 0, nl = m->h1_one_link && m->title_h1 ? strlen(m->title_h1) : 0, spaces = 0;
        for (size_t i = 0; nl && i + nl + 2 < tl; i++)
            spaces += t[i] == ' ';
        if (t && nl >= 3 && tl > 2 * nl + 2 && spaces >= 3 && !strcasecmp(t + tl - nl, m->title_h1) &&
            !memcmp(t + tl - nl - 2, ": ", 2)) {
            size_t end = tl - nl - 2;
            while (end && t[end - 1] == ' ')
                end--; /* "Post title : Blog Name" */
            t[end] = '\0';
        }
        return t;
    }
    return nh ? strdup(h1s[0]) : NULL;
}

/* ---- the site's own name ---- */

/* Fold s[0..len) into out (cap bytes, NUL-terminated) after the *olen
 * bytes already there: ASCII letters and digits lower-cased, every other
 * byte left out, and a dot followed by a letter ends the name (the
 * domain's suffix: "InPharm.com", "Example.co.uk").  Returns 1 when the
 * suffix was met, 0 otherwise; stops silently when out is full. */
static int fold_name(const char *s, size_t len, char *out, size_t cap, size_t *olen)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' && i > 0 && i + 1 < len && isalpha((unsigned char)s[i + 1]) &&
            isalnum((unsigned char)s[i - 1])) {
            out[*olen] = '\0';
            return 1;
        }
        if (!isalnum(c) || c >= 0x80)
            continue;
        if (*olen + 1 >= cap)
            break;
        out[(*olen)++] = (char)tolower(c);
    }
    out[*olen] = '\0';
    return 0;
}

/* Add the folded form of s[0..len) to out unless too short, present or
 * out is full. */
static void add_site_name(pa_site_names *out, const char *s, size_t len)
{
    char f[PA_SITE_NAME_BYTES];
    size_t fl = 0;
    if (out->n >= PA_SITE_NAMES || len == 0 || len >= PA_SITE_NAME_BYTES)
        return;
    /* "The Example Times" and "Example Times" are one name */
    if (len > 4 && !strncasecmp(s, "the ", 4)) {
        s += 4;
        len -= 4;
    }
    fold_name(s, len, f, sizeof f, &fl);
    if (fl < 4)
        return;
    for (size_t i = 0; i < out->n; i++)
        if (!strcmp(out->name[i], f))
            return;
    memcpy(out->name[out->n++], f, fl + 1);
}

/* The registrable label of the host of an absolute address added to out:
 * the label before the public suffix ("www.example.com", "news.example.co.uk"
 * -> "example"; a suffix of two labels is a country's, "co.uk", "com.au":
 * a label of at most 3 letters before a two-letter one).  A subdomain
 * ("health.", "news.") names a section, not the site. */
static void add_host_name(pa_site_names *out, const char *url)
{
    const char *h = url ? strstr(url, "://") : NULL;
    if (!h)
        return;
    h += 3;
    size_t hl = strcspn(h, ":/?#");
    if (hl == 0 || hl > 253)
        return;
    size_t dots[64], nd = 0; /* offsets of the dots */
    for (size_t i = 0; i < hl && nd < 64; i++)
        if (h[i] == '.')
            dots[nd++] = i;
    if (nd == 0 || nd >= 64)
        return;
    size_t tld_len = hl - dots[nd - 1] - 1;
    size_t second_len = nd >= 2 ? dots[nd - 1] - dots[nd - 2] - 1 : dots[nd - 1];
    size_t suffix = (tld_len == 2 && second_len <= 3 && nd >= 2) ? 2 : 1; /* labels in the public suffix */
    if (nd < suffix)
        return;
    size_t end = dots[nd - suffix];
    size_t begin = nd > suffix ? dots[nd - suffix - 1] + 1 : 0;
    add_site_name(out, h + begin, end - begin);
}

void pa_meta_site_names(const pa_meta *m, const char *url, pa_site_names *out)
{
    out->n = 0;
    if (m->sitename) {
        /* "Example | News from Somewhere": the part before a separator */
        size_t len = strlen(m->sitename);
        for (size_t i = 0; i < PA_TITLE_SPACED_SEPS; i++) {
            const char *p = strstr(m->sitename, title_seps[i]);
            if (p && (size_t)(p - m->sitename) < len)
                len = (size_t)(p - m->sitename);
        }
        add_site_name(out, m->sitename, len);
    }
    const char *t = m->title_tag;
    if (t) {
        /* the title's last part, else its first, around its spaced
         * separators ("Headline | Example", "Headline | Section - Example",
         * "Example - Headline"): one of at most 30 bytes and under half the
         * title, that does not open the headline ("Doctor - patient | …":
         * the headline's own dash) */
        size_t tl = strlen(t), head = tl, head_sep = 0, tail_at = 0;
        for (size_t i = 0; i < PA_TITLE_SPACED_SEPS; i++) {
            const char *first = strstr(t, title_seps[i]);
            if (!first)
                continue;
            const char *last = first;
            for (const char *q = strstr(first + 1, title_seps[i]); q; q = strstr(q + 1, title_seps[i]))
                last = q;
            if ((size_t)(first - t) < head) {
                head = (size_t)(first - t);
                head_sep = strlen(title_seps[i]);
            }
            if ((size_t)(last - t) + strlen(title_seps[i]) > tail_at)
                tail_at = (size_t)(last - t) + strlen(title_seps[i]);
        }
        const char *headline = m->title_h1 ? m->title_h1 : m->title_og;
        char hf[PA_SITE_NAME_BYTES];
        size_t hfl = 0;
        if (headline)
            fold_name(headline, strlen(headline), hf, sizeof hf, &hfl);
        size_t tail_len = tl - tail_at;
        while (tail_len && t[tail_at + tail_len - 1] == ' ')
            tail_len--;
        const char *part[2] = {t + tail_at, t};
        /* a first part names the site over a headline that starts with a
         * capital ("Example - Drug rejected"), not over the rest of a
         * sentence ("Warning - infectious diseases") */
        int head_site = head < tl && (isupper((unsigned char)t[head + head_sep]) ||
                                      isdigit((unsigned char)t[head + head_sep]));
        size_t part_len[2] = {tail_at ? tail_len : 0, head_site ? head : 0};
        for (int k = 0; k < 2; k++) {
            if (!part_len[k] || part_len[k] > 30 || part_len[k] * 2 >= tl)
                continue;
            char f[PA_SITE_NAME_BYTES];
            size_t fl = 0;
            fold_name(part[k], part_len[k], f, sizeof f, &fl);
            if (hfl > fl && !strncmp(hf, f, fl))
                continue;
            add_site_name(out, part[k], part_len[k]);
            break; /* the last part names the site: the first is the headline's */
        }
        /* "Example.com: Headline" */
        size_t word = strcspn(t, " :");
        if (t[word] == ':' && t[word + 1] == ' ') {
            char f[PA_SITE_NAME_BYTES];
            size_t fl = 0;
            if (word < PA_SITE_NAME_BYTES && fold_name(t, word, f, sizeof f, &fl))
                add_site_name(out, t, word);
        }
    }
    add_host_name(out, m->canonical);
    add_host_name(out, m->og_url);
    add_host_name(out, url);
}

/* Does w (lower-cased rest of a line) open with one of the predicates a
 * site's note about itself uses? */
static int site_predicate(const char *w)
{
    static const char *const preds[] = {
        /* what it is */
        "is a ", "is an ", "is the ", "is one of ", "is your ", "is part of ", "is home to ",
        /* who makes it, what it stands for, since when */
        "is published by ", "is produced by ", "is committed to ", "is dedicated to ", "was founded ",
        "was established ", "was launched ", "has been serving ", "has served ", "has been publishing ",
        /* what it does for the reader */
        "aggregates ", "provides ", "publishes ", "offers ", "brings you ", "delivers ",
        /* its disclaimer */
        "does not provide ", "and its affiliates ",
    };
    return pa_phrase_opens(w, strlen(w), PA_PHRASES(preds));
}

/* site_predicate over the words at t, lower-cased (their first 31 bytes):
 * what follows the site's name in its note about itself. */
static int predicate_at(const char *t)
{
    char low[32];
    pa_lower_copy(t, low, sizeof low);
    return site_predicate(low);
}

/* Is f (a folded form) one of the site's names in s?  The caller folds
 * into PA_SITE_FOLD_BYTES: a fold too long for a kept name (under
 * PA_SITE_NAME_BYTES) stays longer than any, not cut to one's length. */
#define PA_SITE_FOLD_BYTES (PA_SITE_NAME_BYTES + 1)
static int site_named(const pa_site_names *s, const char *f)
{
    for (size_t k = 0; k < s->n; k++)
        if (!strcmp(f, s->name[k]))
            return 1;
    return 0;
}

int pa_meta_site_blurb(const pa_site_names *s, const char *t, size_t chars)
{
    if (!s->n || chars > 600 || chars < 12)
        return 0;
    /* "Thanks for reading Example! Subscribe for free to receive new posts" */
    int thanks = !strncasecmp(t, "thanks for reading ", 19) && chars <= 200;
    if (thanks)
        t += 19;
    char f[PA_SITE_FOLD_BYTES];
    size_t fl = 0;
    /* "KHN (Kaiser Health News) is a national newsroom …": the site's initials, its name in brackets */
    size_t caps = strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (caps >= 2 && caps <= 6 && !strncmp(t + caps, " (", 2)) {
        const char *name = t + caps + 2, *close = strchr(name, ')');
        if (close && close - name < PA_SITE_NAME_BYTES && close[1] == ' ' &&
            !fold_name(name, (size_t)(close - name), f, sizeof f, &fl) && site_named(s, f)) {
            return predicate_at(close + 2);
        }
        fl = 0;
    }
    const char *p = t;
    if (!strncasecmp(p, "the ", 4))
        p += 4; /* the names are kept without "The" */
    for (int w = 0; w < 5 && *p; w++) {
        size_t wl = strcspn(p, " ");
        const char *next = p + wl + (p[wl] == ' ');
        /* "Example's mission is to be …": the name with its possessive, its mission stated */
        size_t ps = wl >= 3 && p[wl - 2] == '\'' && p[wl - 1] == 's'                      ? 2
                    : wl >= 5 && !memcmp(p + wl - 4, "\xe2\x80\x99s", 4) ? 4
                                                                              : 0;
        if (ps && !thanks) {
            char g[PA_SITE_FOLD_BYTES];
            size_t gl = fl;
            memcpy(g, f, fl);
            g[gl] = '\0';
            fold_name(p, wl - ps, g, sizeof g, &gl);
            static const char *const stated[] = {"mission is ", "mission: ", "goal is ", "purpose is "};
            if (site_named(s, g) && chars <= 400 && pa_phrase_opens(next, strlen(next), PA_PHRASES(stated)))
                return 1;
        }
        int cut = fold_name(p, wl, f, sizeof f, &fl);
        int named = site_named(s, f);
        if (named && thanks)
            return 1;
        if (named) {
            /* "Example - All the Time": the name and its slogan (words, no
             * number: "Horoscope 21 - 27 November" is no slogan) */
            if (chars <= 60 && (!strncmp(next, "- ", 2) || !strncmp(next, "\xE2\x80\x93 ", 4) ||
                                !strncmp(next, "\xE2\x80\x94 ", 4)))
                return !strpbrk(t, "0123456789");
            /* ", LLC", "Inc.", "(EX)" between the name and its verb */
            for (int skip = 0; skip < 2 && *next; skip++) {
                size_t nl = strcspn(next, " ");
                if (!(*next == '(' || !strncasecmp(next, "LLC", 3) || !strncasecmp(next, "Inc", 3) ||
                      !strncasecmp(next, "Ltd", 3)) || nl > 12)
                    break;
                next += nl + (next[nl] == ' ');
            }
            /* "Example, part of the Example Media Group, is …": an apposition
             * of at most 60 bytes between commas */
            if (next - t >= 2 && next[-1] == ' ' && next[-2] == ',') {
                const char *close = strstr(next, ", ");
                if (close && close - next <= 60)
                    next = close + 2;
            }
            return predicate_at(next);
        }
        if (cut || fl + 1 >= sizeof f)
            return 0;
        p = next;
    }
    return 0;
}

int pa_meta_site_name_line(const pa_site_names *s, const char *t, size_t chars)
{
    if (!s->n || chars > 60)
        return 0;
    if (!strncasecmp(t, "the ", 4))
        t += 4; /* the names are kept without "The" */
    char f[PA_SITE_FOLD_BYTES];
    size_t fl = 0, len = strlen(t);
    if (len >= 2 * PA_SITE_NAME_BYTES)
        return 0;
    /* a domain is the name alone when nothing follows it ("Example.com",
     * not "Example.org's top picks" nor "Example.com." ending a sentence) */
    if (fold_name(t, len, f, sizeof f, &fl) && (strchr(t, ' ') || t[len - 1] == '.'))
        return 0;
    if (site_named(s, f))
        return 1;
    /* the name and the writer's place in a byline ("Example News, Kathmandu"):
     * one to three capitalised words of letters after the comma */
    const char *comma = strrchr(t, ',');
    if (!comma || comma == t || comma[1] != ' ')
        return 0;
    size_t words = 0;
    for (const char *w = comma + 2; *w && words < 4;) {
        if (!isupper((unsigned char)*w))
            return 0;
        while (*w && *w != ' ') {
            if (!isalpha((unsigned char)*w) && *w != '-' && (unsigned char)*w < 0x80)
                return 0;
            w++;
        }
        w += *w == ' ';
        words++;
    }
    if (words < 1 || words > 3)
        return 0;
    char name[2 * PA_SITE_NAME_BYTES];
    memcpy(name, t, (size_t)(comma - t));
    name[comma - t] = '\0';
    fl = 0;
    fold_name(name, strlen(name), f, sizeof f, &fl);
    return site_named(s, f);
}
