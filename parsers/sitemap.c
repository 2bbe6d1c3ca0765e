/* sitemap.c — XML sitemaps and sitemap indexes (sitemaps.org 0.9, Google News
 * 0.9, xhtml:link hreflang alternates) into pa_sitemap, and W3C datetimes.
 * Untrusted bytes: gzip is decompressed under a cap, libxml2 runs without
 * network, DTD loading or entity substitution, and any entity declaration
 * stops the parse (so neither an entity bomb nor an external entity is ever
 * expanded or read).  Text is taken from text and CDATA nodes only. */
#include "pressarc/sitemap.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "pressarc/civil.h"
#include "pressarc/decode.h"
#include "pressarc/xml_safe.h"

#define PA_SITEMAP_MAX_TEXT 65536 /* bytes of one element's text kept */

#define NS_NEWS "http://www.google.com/schemas/sitemap-news/0.9"
#define NS_XHTML "http://www.w3.org/1999/xhtml"

/* Namespaces a sitemap element may be in (the official one, its https
 * misspelling, Google's pre-2006 one). */
static const char *const sitemap_ns[] = {
    "http://www.sitemaps.org/schemas/sitemap/0.9",
    "https://www.sitemaps.org/schemas/sitemap/0.9",
    "http://www.google.com/schemas/sitemap/0.84",
    "http://www.google.com/schemas/sitemap/0.9",
    NULL,
};

/* ---- W3C datetime ---------------------------------------------------- */

/* Read exactly n digits at *p; -1 if they are not there. */
static int digits(const char **p, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    *p += n;
    return v;
}

int pa_w3c_datetime_parse(const char *s, int64_t *epoch)
{
    if (epoch)
        *epoch = -1;
    if (!s)
        return -1;
    const char *p = s;
    while (pa_xml_ws((unsigned char)*p))
        p++;
    int y = digits(&p, 4), mo = 1, d = 1, h = 0, mi = 0, se = 0, off = 0;
    if (y < 0)
        return -1;
    if (*p == '-') {
        p++;
        if ((mo = digits(&p, 2)) < 1 || mo > 12)
            return -1;
        if (*p == '-') {
            p++;
            if ((d = digits(&p, 2)) < 1 || d > pa_civil_days_in_month(y, mo))
                return -1;
            /* lenient: a space for the T, a missing zone taken as UTC */
            if ((*p == 'T' || *p == 't' || *p == ' ') && p[1] >= '0' && p[1] <= '9') {
                p++;
                if ((h = digits(&p, 2)) < 0 || h > 23 || *p++ != ':' || (mi = digits(&p, 2)) < 0 || mi > 59)
                    return -1;
                if (*p == ':') {
                    p++;
                    if ((se = digits(&p, 2)) < 0 || se > 60)
                        return -1;
                    if (*p == '.' || *p == ',') {
                        p++;
                        if (*p < '0' || *p > '9')
                            return -1;
                        while (*p >= '0' && *p <= '9')
                            p++;
                    }
                }
                if (*p == 'Z' || *p == 'z') {
                    p++;
                } else if (*p == '+' || *p == '-') {
                    int sign = *p++ == '-' ? -1 : 1;
                    int zh = digits(&p, 2), zm = 0;
                    if (zh < 0 || zh > 23)
                        return -1;
                    if (*p == ':')
                        p++;
                    if (*p >= '0' && *p <= '9' && ((zm = digits(&p, 2)) < 0 || zm > 59))
                        return -1;
                    off = sign * (zh * 3600 + zm * 60);
                }
            }
        }
    }
    while (pa_xml_ws((unsigned char)*p))
        p++;
    if (*p)
        return -1;
    int64_t t = pa_civil_to_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - off;
    if (epoch)
        *epoch = t;
    return 0;
}

/* ---- tree helpers ---------------------------------------------------- */

static int in_sitemap_ns(const xmlNode *n)
{
    if (!n->ns || !n->ns->href)
        return 1;
    for (int i = 0; sitemap_ns[i]; i++)
        if (strcmp((const char *)n->ns->href, sitemap_ns[i]) == 0)
            return 1;
    return 0;
}

/* Element `name` in namespace `ns` or in no namespace (ns NULL: the sitemap
 * namespaces). */
static int is_el(const xmlNode *n, const char *ns, const char *name)
{
    if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, name) != 0)
        return 0;
    if (!ns)
        return in_sitemap_ns(n);
    return !n->ns || !n->ns->href || strcmp((const char *)n->ns->href, ns) == 0;
}

/* Trimmed concatenation of the text and CDATA nodes in the list `c` (entity
 * references are skipped, never expanded).  NULL when empty after trimming,
 * longer than PA_SITEMAP_MAX_TEXT, or on allocation failure (*oom set). */
static char *list_text(const xmlNode *c, int *oom)
{
    size_t len = 0;
    for (const xmlNode *k = c; k; k = k->next)
        if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content) {
            len += strlen((const char *)k->content);
            if (len > PA_SITEMAP_MAX_TEXT)
                return NULL;
        }
    char *s = malloc(len + 1);
    if (!s) {
        *oom = 1;
        return NULL;
    }
    size_t o = 0;
    for (const xmlNode *k = c; k; k = k->next)
        if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content) {
            size_t l = strlen((const char *)k->content);
            memcpy(s + o, k->content, l);
            o += l;
        }
    s[o] = '\0';
    size_t b = 0;
    while (b < o && pa_xml_ws((unsigned char)s[b]))
        b++;
    while (o > b && pa_xml_ws((unsigned char)s[o - 1]))
        o--;
    if (o == b) {
        free(s);
        return NULL;
    }
    memmove(s, s + b, o - b);
    s[o - b] = '\0';
    return s;
}

static char *el_text(const xmlNode *n, int *oom)
{
    return list_text(n->children, oom);
}

/* Value of the un-namespaced attribute `name` (text nodes only), trimmed. */
static char *attr_text(const xmlNode *n, const char *name, int *oom)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, NULL);
    return a ? list_text(a->children, oom) : NULL;
}

/* ---- sitemap --------------------------------------------------------- */

static void entry_free(pa_sitemap_entry *e)
{
    free(e->loc);
    free(e->lastmod);
    free(e->news_date);
    free(e->news_lang);
    free(e->news_title);
    for (size_t i = 0; i < e->n_alts; i++) {
        free(e->alts[i].hreflang);
        free(e->alts[i].href);
    }
    free(e->alts);
    memset(e, 0, sizeof *e);
}

void pa_sitemap_free(pa_sitemap *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_entries; i++)
        entry_free(&s->entries[i]);
    free(s->entries);
    memset(s, 0, sizeof *s);
}

/* Replace *dst with the text of `n` if *dst is still empty (first wins). */
static void take_first(char **dst, const xmlNode *n, int *oom)
{
    if (!*dst)
        *dst = el_text(n, oom);
}

static void read_news(const xmlNode *news, pa_sitemap_entry *e, int *oom)
{
    for (const xmlNode *c = news->children; c; c = c->next) {
        if (is_el(c, NS_NEWS, "publication_date")) {
            take_first(&e->news_date, c, oom);
        } else if (is_el(c, NS_NEWS, "title")) {
            take_first(&e->news_title, c, oom);
        } else if (is_el(c, NS_NEWS, "publication")) {
            for (const xmlNode *p = c->children; p; p = p->next)
                if (is_el(p, NS_NEWS, "language"))
                    take_first(&e->news_lang, p, oom);
        }
    }
}

static void read_alt(const xmlNode *link, pa_sitemap_entry *e, size_t max_alts, int *oom)
{
    if (e->n_alts >= max_alts)
        return;
    char *rel = attr_text(link, "rel", oom);
    int alternate = rel && strcasecmp(rel, "alternate") == 0;
    free(rel);
    if (!alternate)
        return;
    char *href = attr_text(link, "href", oom);
    if (!pa_xml_http_url(href)) {
        free(href);
        return;
    }
    char *lang = attr_text(link, "hreflang", oom);
    if (!lang && !*oom)
        lang = strdup("");
    /* capacity: min(8, max_alts), then doubling (capped at max_alts), so a
     * full array always holds a power of two >= 8 unless n_alts == max_alts */
    if (!e->alts && !*oom)
        e->alts = calloc(max_alts < 8 ? max_alts : 8, sizeof *e->alts);
    else if (e->n_alts >= 8 && (e->n_alts & (e->n_alts - 1)) == 0) {
        size_t cap = e->n_alts * 2 > max_alts ? max_alts : e->n_alts * 2;
        pa_sitemap_alt *na = realloc(e->alts, cap * sizeof *na);
        if (na)
            e->alts = na;
        else
            *oom = 1;
    }
    if (!lang || !e->alts || *oom) {
        *oom = 1;
        free(href);
        free(lang);
        return;
    }
    e->alts[e->n_alts].hreflang = lang;
    e->alts[e->n_alts].href = href;
    e->n_alts++;
}

/* Read one <url> or <sitemap> into `e`; returns 1 if it has an http(s) loc. */
static int read_entry(const xmlNode *item, int is_index, size_t max_alts, pa_sitemap_entry *e, int *oom)
{
    memset(e, 0, sizeof *e);
    e->lastmod_epoch = e->news_epoch = -1;
    for (const xmlNode *c = item->children; c && !*oom; c = c->next) {
        if (is_el(c, NULL, "loc"))
            take_first(&e->loc, c, oom);
        else if (is_el(c, NULL, "lastmod"))
            take_first(&e->lastmod, c, oom);
        else if (!is_index && is_el(c, NS_NEWS, "news"))
            read_news(c, e, oom);
        else if (!is_index && is_el(c, NS_XHTML, "link"))
            read_alt(c, e, max_alts, oom);
    }
    if (*oom || !pa_xml_http_url(e->loc)) {
        entry_free(e);
        return 0;
    }
    pa_w3c_datetime_parse(e->lastmod, &e->lastmod_epoch);
    pa_w3c_datetime_parse(e->news_date, &e->news_epoch);
    return 1;
}

pa_code pa_sitemap_parse(const char *data, size_t len, const pa_sitemap_limits *lim, pa_sitemap *out,
                         pa_err *err)
{
    if (!out)
        return pa_err_set(err, PA_ERR_INVALID, "pa_sitemap_parse: no output");
    memset(out, 0, sizeof *out);
    if (!data && len)
        return pa_err_set(err, PA_ERR_INVALID, "pa_sitemap_parse: no input");
    size_t max_entries = lim && lim->max_entries ? lim->max_entries : PA_SITEMAP_MAX_ENTRIES;
    size_t max_bytes = lim && lim->max_bytes ? lim->max_bytes : PA_SITEMAP_MAX_BYTES;
    size_t max_alts = lim && lim->max_alts ? lim->max_alts : PA_SITEMAP_MAX_ALTS;
    int wf;
    char xmlmsg[400];
    xmlDocPtr doc;
    pa_code rc = pa_xml_safe_read(data, len, max_bytes, "sitemap", &doc, &wf, xmlmsg, sizeof xmlmsg, err);
    if (rc != PA_OK)
        return rc;

    xmlNode *root = xmlDocGetRootElement(doc);
    int is_index = is_el(root, NULL, "sitemapindex");
    if (!is_index && !is_el(root, NULL, "urlset")) {
        if (!wf)
            rc = pa_err_set(err, PA_ERR_PARSE, "malformed XML: %s", xmlmsg);
        else
            rc = pa_err_set(err, PA_ERR_PARSE, "not a sitemap: root element <%.100s>%s%.200s", (const char *)root->name,
                            root->ns && root->ns->href ? " in namespace " : "",
                            root->ns && root->ns->href ? (const char *)root->ns->href : "");
        xmlFreeDoc(doc);
        return rc;
    }
    out->is_index = is_index;
    const char *item_name = is_index ? "sitemap" : "url";
    size_t cap = 0;
    int oom = 0;
    for (const xmlNode *c = root->children; c && !oom; c = c->next) {
        if (!is_el(c, NULL, item_name))
            continue;
        if (out->n_entries >= max_entries) {
            out->truncated = 1;
            break;
        }
        pa_sitemap_entry e;
        if (!read_entry(c, is_index, max_alts, &e, &oom)) {
            if (!oom)
                out->skipped++;
            continue;
        }
        if (out->n_entries == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            if (ncap > max_entries)
                ncap = max_entries;
            pa_sitemap_entry *ne = realloc(out->entries, ncap * sizeof *ne);
            if (!ne) {
                entry_free(&e);
                oom = 1;
                break;
            }
            out->entries = ne;
            cap = ncap;
        }
        out->entries[out->n_entries++] = e;
    }
    xmlFreeDoc(doc);
    if (oom) {
        pa_sitemap_free(out);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory reading the sitemap");
    }
    if (!wf && out->n_entries == 0) {
        pa_sitemap_free(out);
        return pa_err_set(err, PA_ERR_PARSE, "malformed XML: %s", xmlmsg);
    }
    return PA_OK;
}
