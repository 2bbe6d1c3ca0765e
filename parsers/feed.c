/* feed.c — syndication feeds into pa_feed: RSS 2.0, RSS 1.0/RDF (and 0.90),
 * Atom 1.0 (and 0.3); lenient RFC 822 dates; feed autodiscovery in HTML
 * (<link rel="alternate" type="application/rss+xml" ...>).  Untrusted bytes:
 * gzip is decompressed under a cap, libxml2 runs without network, DTD
 * loading or entity substitution, and any entity declaration stops the
 * parse.  Text is taken from text and CDATA nodes only. */
#include "pressarc/feed.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "pressarc/civil.h"
#include "pressarc/decode.h"
#include "pressarc/en_names.h"
#include "pressarc/sitemap.h"
#include "pressarc/url.h"
#include "pressarc/xml_safe.h"

#define PA_FEED_MAX_TEXT 65536      /* bytes of one element's text kept */
#define PA_FEED_MAX_DEPTH 64        /* element depth read for titles */
#define PA_FEED_MAX_HTML_NODES 500000 /* nodes visited by autodiscovery */

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RSS090 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_ATOM03 "http://purl.org/atom/ns#"
#define NS_DC "http://purl.org/dc/elements/1.1/"

/* ---- RFC 822 dates --------------------------------------------------- */

/* Up to `max` digits at *p (at least one); -1 if none. */
static int num(const char **p, int max)
{
    int v = 0, k = 0;
    while (k < max && **p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        (*p)++;
        k++;
    }
    return k ? v : -1;
}

static void skip_sep(const char **p)
{
    while (pa_xml_ws((unsigned char)**p) || **p == ',')
        (*p)++;
}

/* Length of the run of letters at p. */
static size_t alpha_run(const char *p)
{
    size_t n = 0;
    while (isalpha((unsigned char)p[n]))
        n++;
    return n;
}

/* The month (1-12) whose English name w[0..n) opens with 3+ letters, in
 * any case ("Jan", "Sept", "janu", "March"); -1 when none. */
static int month_of(const char *w, size_t n)
{
    if (n < 3)
        return -1;
    for (int i = 0; i < PA_EN_MONTHS; i++)
        if (n <= strlen(pa_en_months[i]) && strncasecmp(w, pa_en_months[i], n) == 0)
            return i + 1;
    return -1;
}

/* Offset in seconds of an alphabetic zone, or INT_MIN if unknown. */
static int alpha_zone(const char *w, size_t n)
{
    static const struct {
        const char *name;
        int hours;
    } zones[] = {{"UT", 0},   {"UTC", 0},  {"GMT", 0},  {"Z", 0},    {"EST", -5}, {"EDT", -4}, {"CST", -6},
                 {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
        if (strlen(zones[i].name) == n && strncasecmp(w, zones[i].name, n) == 0)
            return zones[i].hours * 3600;
    if (n == 1) { /* military: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12 */
        int c = toupper((unsigned char)w[0]);
        if (c >= 'A' && c <= 'I')
            return (c - 'A' + 1) * 3600;
        if (c >= 'K' && c <= 'M')
            return (c - 'K' + 10) * 3600;
        if (c >= 'N' && c <= 'Y')
            return -(c - 'N' + 1) * 3600;
    }
    return INT_MIN;
}

int pa_rfc822_date_parse(const char *s, int64_t *epoch)
{
    if (epoch)
        *epoch = -1;
    if (!s || strlen(s) > 128)
        return -1;
    const char *p = s;
    skip_sep(&p);
    size_t w = alpha_run(p);
    if (w) { /* weekday (not checked) */
        if (month_of(p, w) > 0)
            return -1; /* a month first: not RFC 822 */
        p += w;
        if (*p == '.')
            p++;
        skip_sep(&p);
    }
    int d = num(&p, 2);
    if (d < 1)
        return -1;
    while (pa_xml_ws((unsigned char)*p) || *p == '-')
        p++;
    w = alpha_run(p);
    int mo = month_of(p, w);
    if (mo < 0)
        return -1;
    p += w;
    if (*p == '.')
        p++;
    while (pa_xml_ws((unsigned char)*p) || *p == '-')
        p++;
    const char *ys = p;
    int y = num(&p, 4);
    if (y < 0)
        return -1;
    if (p - ys == 2)
        y += y < 50 ? 2000 : 1900;
    else if (p - ys != 4)
        return -1;
    if (d > pa_civil_days_in_month(y, mo))
        return -1;
    int h = 0, mi = 0, se = 0, off = 0;
    skip_sep(&p);
    if (*p >= '0' && *p <= '9') {
        h = num(&p, 2);
        if (h > 23 || *p++ != ':' || (mi = num(&p, 2)) < 0 || mi > 59)
            return -1;
        if (*p == ':') {
            p++;
            if ((se = num(&p, 2)) < 0 || se > 60)
                return -1;
        }
        skip_sep(&p);
        if (*p == '+' || *p == '-') {
            int sign = *p++ == '-' ? -1 : 1;
            const char *zs = p;
            int zh = num(&p, 2);
            if (zh < 0 || p - zs != 2)
                return -1;
            int zm = 0;
            if (*p == ':')
                p++;
            if (*p >= '0' && *p <= '9' && ((zm = num(&p, 2)) < 0 || zm > 59))
                return -1;
            if (zh > 23)
                return -1;
            off = sign * (zh * 3600 + zm * 60);
        } else if ((w = alpha_run(p)) > 0) {
            off = alpha_zone(p, w);
            if (off == INT_MIN)
                return -1;
            p += w;
        }
        /* a trailing comment such as "(CET)" is ignored */
        skip_sep(&p);
        if (*p == '(') {
            const char *q = strchr(p, ')');
            if (q)
                p = q + 1;
        }
    }
    skip_sep(&p);
    if (*p)
        return -1;
    int64_t t = pa_civil_to_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - off;
    if (epoch)
        *epoch = t;
    return 0;
}

/* ---- tree helpers ---------------------------------------------------- */

/* Element `name` in namespace `ns` (NULL: no namespace only) or, leniently,
 * in no namespace. */
static int is_el(const xmlNode *n, const char *ns, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, name) != 0)
        return 0;
    if (!n->ns || !n->ns->href)
        return 1;
    return ns && strcmp((const char *)n->ns->href, ns) == 0;
}

static int is_el2(const xmlNode *n, const char *ns1, const char *ns2, const char *name)
{
    return is_el(n, ns1, name) || (ns2 && is_el(n, ns2, name));
}

/* Append the text and CDATA of the list `c` (descendants too when deep, to
 * PA_FEED_MAX_DEPTH) to s[*len..]; entity references are skipped, never
 * expanded.  Returns -1 past PA_FEED_MAX_TEXT.  s NULL: count only. */
static int gather(const xmlNode *c, int deep, int depth, char *s, size_t *len)
{
    for (const xmlNode *k = c; k; k = k->next) {
        if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content) {
            size_t l = strlen((const char *)k->content);
            if (*len + l > PA_FEED_MAX_TEXT)
                return -1;
            if (s)
                memcpy(s + *len, k->content, l);
            *len += l;
        } else if (deep && k->type == XML_ELEMENT_NODE && depth < PA_FEED_MAX_DEPTH) {
            if (gather(k->children, deep, depth + 1, s, len) < 0)
                return -1;
        }
    }
    return 0;
}

/* Trimmed text of the list `c`: NULL when empty, too long, or on allocation
 * failure (*oom set). */
static char *list_text(const xmlNode *c, int deep, int *oom)
{
    size_t len = 0;
    if (gather(c, deep, 0, NULL, &len) < 0)
        return NULL;
    char *s = malloc(len + 1);
    if (!s) {
        *oom = 1;
        return NULL;
    }
    size_t o = 0;
    gather(c, deep, 0, s, &o);
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

static char *attr_text(const xmlNode *n, const char *ns, const char *name, int *oom)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, (const xmlChar *)ns);
    return a ? list_text(a->children, 0, oom) : NULL;
}

/* The first child element `name` (see is_el2). */
static const xmlNode *child(const xmlNode *n, const char *ns1, const char *ns2, const char *name)
{
    for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_el2(c, ns1, ns2, name))
            return c;
    return NULL;
}

static char *child_text(const xmlNode *n, const char *ns1, const char *ns2, const char *name, int deep, int *oom)
{
    const xmlNode *c = child(n, ns1, ns2, name);
    return c ? list_text(c->children, deep, oom) : NULL;
}

/* ---- feeds ----------------------------------------------------------- */

static void entry_free(pa_feed_entry *e)
{
    free(e->url);
    free(e->title);
    free(e->date);
    memset(e, 0, sizeof *e);
}

void pa_feed_free(pa_feed *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n_entries; i++)
        entry_free(&f->entries[i]);
    free(f->entries);
    free(f->title);
    memset(f, 0, sizeof *f);
}

/* xml:base in scope at `n`, resolved, as an absolute http(s) URL (malloc'd)
 * or NULL. */
static char *base_of(const xmlNode *n)
{
    xmlChar *b = xmlNodeGetBase(n->doc, n);
    char *r = NULL;
    if (b && pa_xml_http_url((const char *)b))
        r = strdup((const char *)b);
    xmlFree(b);
    return r;
}

/* The href of an Atom entry: the first <link> with rel="alternate" or
 * without rel, made absolute against xml:base when relative. */
static char *atom_link(const xmlNode *entry, const char *ns, int *oom)
{
    for (const xmlNode *c = entry->children; c && !*oom; c = c->next) {
        if (!is_el(c, ns, "link"))
            continue;
        char *rel = attr_text(c, NULL, "rel", oom);
        int ok = !rel || strcasecmp(rel, "alternate") == 0;
        free(rel);
        if (!ok)
            continue;
        char *href = attr_text(c, NULL, "href", oom);
        if (!href)
            continue;
        if (pa_xml_http_url(href))
            return href;
        char *base = base_of(c), *abs = NULL;
        if (base && pa_url_resolve(base, href, &abs, NULL) != PA_OK)
            abs = NULL;
        free(base);
        free(href);
        if (abs)
            return abs;
    }
    return NULL;
}

/* Fill `e` from one item/entry; returns 1 if it has an http(s) URL. */
static int read_item(const xmlNode *it, pa_feed_kind kind, const char *ns, pa_feed_entry *e, int *oom)
{
    memset(e, 0, sizeof *e);
    e->epoch = -1;
    if (kind == PA_FEED_RSS2) {
        e->url = child_text(it, NULL, NULL, "link", 0, oom);
        if (!pa_xml_http_url(e->url)) {
            free(e->url);
            e->url = NULL;
            const xmlNode *g = child(it, NULL, NULL, "guid");
            char *perma = g ? attr_text(g, NULL, "isPermaLink", oom) : NULL;
            if (g && !(perma && strcasecmp(perma, "false") == 0))
                e->url = list_text(g->children, 0, oom);
            free(perma);
        }
        e->title = child_text(it, NULL, NULL, "title", 1, oom);
        e->date = child_text(it, NULL, NULL, "pubDate", 0, oom);
        if (e->date) {
            if (pa_rfc822_date_parse(e->date, &e->epoch) != 0)
                pa_w3c_datetime_parse(e->date, &e->epoch);
        } else if ((e->date = child_text(it, NS_DC, NULL, "date", 0, oom))) {
            pa_w3c_datetime_parse(e->date, &e->epoch);
        }
    } else if (kind == PA_FEED_RSS1) {
        e->url = child_text(it, ns, NULL, "link", 0, oom);
        if (!pa_xml_http_url(e->url)) {
            free(e->url);
            e->url = attr_text(it, NS_RDF, "about", oom);
        }
        e->title = child_text(it, ns, NULL, "title", 1, oom);
        if ((e->date = child_text(it, NS_DC, NULL, "date", 0, oom)))
            pa_w3c_datetime_parse(e->date, &e->epoch);
    } else {
        e->url = atom_link(it, ns, oom);
        e->title = child_text(it, ns, NULL, "title", 1, oom);
        const char *const dates[] = {"published", "issued", "updated", "modified"};
        for (size_t i = 0; i < 4 && !e->date; i++)
            e->date = child_text(it, ns, NULL, dates[i], 0, oom);
        if (e->date)
            pa_w3c_datetime_parse(e->date, &e->epoch);
    }
    if (*oom || !pa_xml_http_url(e->url)) {
        entry_free(e);
        return 0;
    }
    return 1;
}

pa_code pa_feed_parse(const char *data, size_t len, const pa_feed_limits *lim, pa_feed *out, pa_err *err)
{
    if (!out)
        return pa_err_set(err, PA_ERR_INVALID, "pa_feed_parse: no output");
    memset(out, 0, sizeof *out);
    if (!data && len)
        return pa_err_set(err, PA_ERR_INVALID, "pa_feed_parse: no input");
    size_t max_entries = lim && lim->max_entries ? lim->max_entries : PA_FEED_MAX_ENTRIES;
    size_t max_bytes = lim && lim->max_bytes ? lim->max_bytes : PA_FEED_MAX_BYTES;
    int wf;
    char xmlmsg[400];
    xmlDocPtr doc;
    pa_code rc = pa_xml_safe_read(data, len, max_bytes, "feed", &doc, &wf, xmlmsg, sizeof xmlmsg, err);
    if (rc != PA_OK)
        return rc;

    const xmlNode *root = xmlDocGetRootElement(doc);
    const xmlNode *container = NULL; /* the parent of the items */
    const xmlNode *chan = NULL;      /* where the feed title is */
    const char *ns = NULL, *item_name = "item";
    if (is_el(root, NULL, "rss")) {
        out->kind = PA_FEED_RSS2;
        container = chan = child(root, NULL, NULL, "channel");
    } else if (is_el(root, NS_RDF, "RDF")) {
        out->kind = PA_FEED_RSS1;
        ns = NS_RSS1;
        for (const xmlNode *c = root->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && c->ns && c->ns->href &&
                strcmp((const char *)c->ns->href, NS_RSS090) == 0)
                ns = NS_RSS090;
        chan = child(root, ns, NULL, "channel");
        container = root;
    } else if (is_el(root, NS_ATOM, "feed") || is_el(root, NS_ATOM03, "feed")) {
        out->kind = PA_FEED_ATOM;
        ns = root->ns && root->ns->href ? (const char *)root->ns->href : NS_ATOM;
        container = chan = root;
        item_name = "entry";
    } else {
        if (!wf)
            rc = pa_err_set(err, PA_ERR_PARSE, "malformed XML: %s", xmlmsg);
        else
            rc = pa_err_set(err, PA_ERR_PARSE, "not a feed: root element <%.100s>%s%.200s", (const char *)root->name,
                            root->ns && root->ns->href ? " in namespace " : "",
                            root->ns && root->ns->href ? (const char *)root->ns->href : "");
        xmlFreeDoc(doc);
        return rc;
    }
    int oom = 0;
    if (chan)
        out->title = child_text(chan, ns, NULL, "title", 1, &oom);
    size_t cap = 0;
    for (const xmlNode *c = container ? container->children : NULL; c && !oom; c = c->next) {
        if (!is_el(c, ns, item_name))
            continue;
        if (out->n_entries >= max_entries) {
            out->truncated = 1;
            break;
        }
        pa_feed_entry e;
        if (!read_item(c, out->kind, ns, &e, &oom)) {
            if (!oom)
                out->skipped++;
            continue;
        }
        if (out->n_entries == cap) {
            size_t ncap = cap ? cap * 2 : 16;
            if (ncap > max_entries)
                ncap = max_entries;
            pa_feed_entry *ne = realloc(out->entries, ncap * sizeof *ne);
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
        pa_feed_free(out);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory reading the feed");
    }
    if (!wf && out->n_entries == 0) {
        pa_feed_free(out);
        return pa_err_set(err, PA_ERR_PARSE, "malformed XML: %s", xmlmsg);
    }
    return PA_OK;
}

/* ---- autodiscovery --------------------------------------------------- */

void pa_feed_urls_free(char **urls, size_t n)
{
    if (!urls)
        return;
    for (size_t i = 0; i < n; i++)
        free(urls[i]);
    free(urls);
}

/* Does the space-separated token list `list` contain `tok` (any case)? */
static int has_token(const char *list, const char *tok)
{
    size_t tl = strlen(tok);
    const char *p = list;
    while (*p) {
        while (pa_xml_ws((unsigned char)*p))
            p++;
        size_t n = 0;
        while (p[n] && !pa_xml_ws((unsigned char)p[n]))
            n++;
        if (n == tl && strncasecmp(p, tok, n) == 0)
            return 1;
        p += n;
    }
    return 0;
}

/* A feed media type, parameters (";charset=...") ignored. */
static int feed_type(const char *t)
{
    static const char *const types[] = {"application/rss+xml", "application/atom+xml", "application/rdf+xml"};
    size_t n = strcspn(t, ";");
    while (n && pa_xml_ws((unsigned char)t[n - 1]))
        n--;
    for (size_t i = 0; i < 3; i++)
        if (strlen(types[i]) == n && strncasecmp(t, types[i], n) == 0)
            return 1;
    return 0;
}

static int html_name(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && strcasecmp((const char *)n->name, name) == 0;
}

typedef struct {
    char *base; /* effective base URL (malloc'd) or NULL */
    char **urls;
    size_t n;
    int oom;
    size_t budget;
} discover;

static void add_feed(discover *d, const char *href)
{
    char *abs = NULL;
    pa_code rc = d->base ? pa_url_resolve(d->base, href, &abs, NULL) : pa_url_normalize(href, &abs, NULL);
    if (rc != PA_OK || !abs)
        return;
    if (!pa_xml_http_url(abs) || d->n >= PA_FEED_MAX_DISCOVER) {
        free(abs);
        return;
    }
    for (size_t i = 0; i < d->n; i++)
        if (strcmp(d->urls[i], abs) == 0) {
            free(abs);
            return;
        }
    d->urls[d->n++] = abs;
}

/* The node after n in document order under root (an element's children
 * first, then its next sibling or an ancestor's), NULL after the last:
 * the walks' step, iterative, so depth is no concern. */
static xmlNode *next_in_tree(xmlNode *n, xmlNode *root)
{
    if (n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != root && !n->next)
        n = n->parent;
    return !n || n == root ? NULL : n->next;
}

/* Depth-first walk in document order (next_in_tree). */
static void walk(discover *d, xmlNode *root)
{
    xmlNode *n = root;
    while (n && d->budget && !d->oom && d->n < PA_FEED_MAX_DISCOVER) {
        d->budget--;
        if (html_name(n, "link")) {
            int oom = 0;
            char *rel = attr_text(n, NULL, "rel", &oom);
            char *type = attr_text(n, NULL, "type", &oom);
            char *href = attr_text(n, NULL, "href", &oom);
            if (rel && type && href && has_token(rel, "alternate") && feed_type(type))
                add_feed(d, href);
            free(rel);
            free(type);
            free(href);
            d->oom |= oom;
        }
        n = next_in_tree(n, root);
    }
}

/* The first <base href> of the page resolved against base_url (malloc'd),
 * else a copy of base_url, else NULL. */
static char *page_base(xmlNode *root, const char *base_url, int *oom)
{
    xmlNode *n = root;
    size_t budget = PA_FEED_MAX_HTML_NODES;
    while (n && budget--) {
        if (html_name(n, "base")) {
            char *href = attr_text(n, NULL, "href", oom);
            char *abs = NULL;
            if (href) {
                pa_code rc = base_url ? pa_url_resolve(base_url, href, &abs, NULL) : pa_url_normalize(href, &abs, NULL);
                if (rc != PA_OK)
                    abs = NULL;
            }
            free(href);
            if (abs)
                return abs;
            break;
        }
        n = next_in_tree(n, root);
    }
    if (!base_url)
        return NULL;
    char *b = strdup(base_url);
    if (!b)
        *oom = 1;
    return b;
}

pa_code pa_feed_autodiscover(const char *html, size_t len, const char *base_url, char ***urls, size_t *n,
                             pa_err *err)
{
    if (!urls || !n || (!html && len))
        return pa_err_set(err, PA_ERR_INVALID, "pa_feed_autodiscover: missing argument");
    *urls = NULL;
    *n = 0;
    if (len > PA_FEED_MAX_BYTES)
        return pa_err_set(err, PA_ERR_INVALID, "page of %zu bytes exceeds the %zu-byte limit", len,
                          (size_t)PA_FEED_MAX_BYTES);
    if (len == 0)
        return PA_OK;
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, NULL,
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        if (doc)
            xmlFreeDoc(doc);
        return PA_OK; /* nothing that parses as HTML: no feeds */
    }
    discover d = {.budget = PA_FEED_MAX_HTML_NODES};
    d.base = page_base(root, base_url, &d.oom);
    d.urls = d.oom ? NULL : calloc(PA_FEED_MAX_DISCOVER, sizeof *d.urls);
    if (!d.urls)
        d.oom = 1;
    else
        walk(&d, root);
    xmlFreeDoc(doc);
    free(d.base);
    if (d.oom) {
        pa_feed_urls_free(d.urls, d.n);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory in feed autodiscovery");
    }
    if (d.n == 0) {
        free(d.urls);
        return PA_OK;
    }
    *urls = d.urls;
    *n = d.n;
    return PA_OK;
}
