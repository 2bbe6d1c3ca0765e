/* linkheader.c — HTTP `Link` header fields (RFC 8288) of a response head:
 * hreflang alternates and rel=canonical.  A small hand parser because the
 * grammar is tiny and libcurl does not parse Link; every loop is bounded by
 * the head's length and the number of results by PA_LINKHEADER_MAX_*. */
#include "pressarc/linkheader.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/url.h"

#define PARAM_MAX 512 /* a parameter value longer than this is cut */

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* Does `rel` (space-separated relation types) contain `type`? */
static int rel_has(const char *rel, const char *type)
{
    size_t n = strlen(type);
    for (const char *p = rel; *p;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *s = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        if ((size_t)(p - s) == n && strncasecmp(s, type, n) == 0)
            return 1;
    }
    return 0;
}

/* Read a parameter value (token or quoted-string) at *pp (< end) into
 * out[PARAM_MAX], advancing *pp past it. */
static void read_value(const char **pp, const char *end, char *out)
{
    const char *p = *pp;
    size_t n = 0;
    if (p < end && *p == '"') {
        for (p++; p < end && *p != '"'; p++) {
            if (*p == '\\' && p + 1 < end)
                p++;
            if (n + 1 < PARAM_MAX)
                out[n++] = *p;
        }
        if (p < end)
            p++; /* closing quote */
    } else {
        for (; p < end && *p != ';' && *p != ',' && !is_ows(*p); p++)
            if (n + 1 < PARAM_MAX)
                out[n++] = *p;
    }
    out[n] = '\0';
    *pp = p;
}

/* Add one alternate unless already present; returns -1 on allocation failure. */
static int add_alternate(pa_link_header *lh, const char *hreflang, char *href)
{
    for (size_t i = 0; i < lh->n_alternates; i++)
        if (!strcmp(lh->alternates[i].hreflang, hreflang) && !strcmp(lh->alternates[i].href, href)) {
            free(href);
            return 0;
        }
    if (lh->n_alternates >= PA_LINKHEADER_MAX_ALTERNATES) {
        free(href);
        return 0;
    }
    pa_alternate *v = realloc(lh->alternates, (lh->n_alternates + 1) * sizeof *v);
    char *h = strdup(hreflang);
    if (!v || !h) {
        if (v)
            lh->alternates = v;
        free(h);
        free(href);
        return -1;
    }
    lh->alternates = v;
    for (char *c = h; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    v[lh->n_alternates].hreflang = h;
    v[lh->n_alternates].href = href;
    lh->n_alternates++;
    return 0;
}

/* Parse the link-values of one field value [p, end). */
static int parse_field(const char *p, const char *end, const char *base, pa_link_header *lh)
{
    char rel[PARAM_MAX], hreflang[PARAM_MAX], name[64];
    while (p < end) {
        while (p < end && (is_ows(*p) || *p == ','))
            p++;
        if (p >= end)
            break;
        if (*p != '<') { /* not a link-value: skip to the next one */
            while (p < end && *p != ',')
                p++;
            continue;
        }
        const char *t = ++p;
        while (p < end && *p != '>')
            p++;
        if (p >= end)
            break; /* unterminated target */
        size_t tlen = (size_t)(p - t);
        p++;
        rel[0] = hreflang[0] = '\0';
        int have_rel = 0, have_hreflang = 0;
        while (p < end && *p != ',') {
            if (*p != ';') {
                p++; /* junk between parameters */
                continue;
            }
            p++;
            while (p < end && is_ows(*p))
                p++;
            size_t nn = 0;
            while (p < end && *p != '=' && *p != ';' && *p != ',' && !is_ows(*p)) {
                if (nn + 1 < sizeof name)
                    name[nn++] = *p;
                p++;
            }
            name[nn] = '\0';
            while (p < end && is_ows(*p))
                p++;
            char value[PARAM_MAX] = "";
            if (p < end && *p == '=') {
                p++;
                while (p < end && is_ows(*p))
                    p++;
                read_value(&p, end, value);
            }
            /* a repeated rel or hreflang: the first one counts (RFC 8288 3.3) */
            if (!strcasecmp(name, "rel") && !have_rel) {
                memcpy(rel, value, sizeof rel);
                have_rel = 1;
            } else if (!strcasecmp(name, "hreflang") && !have_hreflang) {
                memcpy(hreflang, value, sizeof hreflang);
                have_hreflang = 1;
            }
        }
        if (tlen == 0 || tlen > PA_LINKHEADER_MAX_URL || !have_rel)
            continue;
        int alt = have_hreflang && hreflang[0] && rel_has(rel, "alternate");
        int canon = !lh->canonical && rel_has(rel, "canonical");
        if (!alt && !canon)
            continue;
        char *target = strndup(t, tlen);
        if (!target)
            return -1;
        char *abs = NULL;
        pa_err e;
        int ok = pa_url_resolve(base, target, &abs, &e) == PA_OK;
        free(target);
        if (!ok)
            continue;
        if (canon && alt) {
            if (!(lh->canonical = strdup(abs))) {
                free(abs);
                return -1;
            }
        } else if (canon) {
            lh->canonical = abs;
            continue;
        }
        if (add_alternate(lh, hreflang, abs))
            return -1;
    }
    return 0;
}

pa_code pa_link_header_parse(const char *head, size_t len, const char *base, pa_link_header *out, pa_err *err)
{
    memset(out, 0, sizeof *out);
    const char *p = head, *end = head + len;
    int in_link = 0; /* the previous field was Link (for obsolete line folding) */
    int ended = 0;   /* past an empty line: only a new response head counts */
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *le = eol ? eol : end;
        const char *next = eol ? eol + 1 : end;
        if (le > p && le[-1] == '\r')
            le--;
        if (le == p) { /* end of a head; a following one (after 1xx) replaces it */
            in_link = 0;
            ended = 1;
            p = next;
            continue;
        }
        if ((size_t)(le - p) >= 5 && !strncmp(p, "HTTP/", 5)) {
            pa_link_header_free(out); /* a new response head: only the last one counts */
            in_link = ended = 0;
        } else if (ended) {
            /* a body, not header fields */
        } else if (is_ows(*p)) {
            if (in_link && parse_field(p, le, base, out))
                goto nomem;
        } else {
            const char *colon = memchr(p, ':', (size_t)(le - p));
            in_link = 0;
            if (colon) {
                const char *ne = colon;
                while (ne > p && is_ows(ne[-1]))
                    ne--;
                if (ne - p == 4 && !strncasecmp(p, "link", 4)) {
                    in_link = 1;
                    if (parse_field(colon + 1, le, base, out))
                        goto nomem;
                }
            }
        }
        p = next;
    }
    return PA_OK;
nomem:
    pa_link_header_free(out);
    return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
}

void pa_link_header_free(pa_link_header *lh)
{
    for (size_t i = 0; i < lh->n_alternates; i++) {
        free(lh->alternates[i].hreflang);
        free(lh->alternates[i].href);
    }
    free(lh->alternates);
    free(lh->canonical);
    memset(lh, 0, sizeof *lh);
}
