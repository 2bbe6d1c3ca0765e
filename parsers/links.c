/* links.c — link extraction from listing pages: libxml2's HTML parser,
 * then a bounded walk over <a>/<area> elements; URLs resolved and
 * normalised with the URL module. */
#include "pressarc/links.h"

#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/url.h"

#define LINKS_MAX_NODES 2000000 /* elements visited per page */

typedef struct {
    char **v;
    size_t n, cap, max;
    const char *base;
    size_t visited;
} link_list;

static int seen(const link_list *l, const char *u)
{
    for (size_t i = 0; i < l->n; i++) /* pages hold few hundred links: linear is fine */
        if (!strcmp(l->v[i], u))
            return 1;
    return 0;
}

static void add(link_list *l, const char *href)
{
    if (l->n >= l->max)
        return;
    while (*href == ' ' || *href == '\t' || *href == '\n' || *href == '\r')
        href++;
    if (!*href || *href == '#' || !strncasecmp(href, "javascript:", 11) || !strncasecmp(href, "mailto:", 7) ||
        !strncasecmp(href, "tel:", 4) || !strncasecmp(href, "data:", 5))
        return;
    char *abs = NULL;
    pa_err e;
    if (pa_url_resolve(l->base, href, &abs, &e) != PA_OK)
        return;
    if (seen(l, abs)) {
        free(abs);
        return;
    }
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 64;
        char **nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) {
            free(abs);
            return;
        }
        l->v = nv;
        l->cap = nc;
    }
    l->v[l->n++] = abs;
}

static void walk(xmlNode *node, link_list *l)
{
    for (xmlNode *n = node; n && l->visited < LINKS_MAX_NODES && l->n < l->max; n = n->next) {
        l->visited++;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)n->name;
        if (!strcmp(name, "a") || !strcmp(name, "area")) {
            xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
            int nofollow = rel && strcasestr((const char *)rel, "nofollow");
            xmlFree(rel);
            xmlChar *href = nofollow ? NULL : xmlGetProp(n, (const xmlChar *)"href");
            if (href)
                add(l, (const char *)href);
            xmlFree(href);
        }
        if (n->children)
            walk(n->children, l);
    }
}

/* <base href> (first one) if present and usable, else NULL. */
static char *base_href(xmlNode *node, const char *page, int depth)
{
    for (xmlNode *n = node; n && depth < 64; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, "base")) {
            xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
            char *abs = NULL;
            pa_err e;
            if (href && pa_url_resolve(page, (const char *)href, &abs, &e) != PA_OK)
                abs = NULL;
            xmlFree(href);
            if (abs)
                return abs;
        }
        if (n->type == XML_ELEMENT_NODE && (!strcmp((const char *)n->name, "html") || !strcmp((const char *)n->name, "head"))) {
            char *b = base_href(n->children, page, depth + 1);
            if (b)
                return b;
        }
    }
    return NULL;
}

pa_code pa_html_links(const char *html, size_t len, const char *base_url, size_t max, char ***urls, size_t *n,
                      pa_err *err)
{
    *urls = NULL;
    *n = 0;
    if (len > (size_t)INT32_MAX)
        return pa_err_set(err, PA_ERR_LIMIT, "page too large for link extraction");
    htmlDocPtr doc = htmlReadMemory(html, (int)len, base_url, NULL,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
    if (!doc)
        return pa_err_set(err, PA_ERR_PARSE, "%s: not parseable as HTML", base_url);
    xmlNode *root = xmlDocGetRootElement(doc);
    char *base = root ? base_href(root, base_url, 0) : NULL;
    link_list l = {.max = max ? max : PA_LINKS_MAX, .base = base ? base : base_url};
    if (root)
        walk(root, &l);
    free(base);
    xmlFreeDoc(doc);
    *urls = l.v;
    *n = l.n;
    return PA_OK;
}

void pa_html_links_free(char **urls, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(urls[i]);
    free(urls);
}
