/* sitemap.h — XML sitemaps (sitemaps.org 0.9): <urlset> with the Google News
 * and xhtml:link hreflang extensions, and <sitemapindex>; gzip-compressed
 * input; W3C datetimes.  Pure parsing of untrusted bytes with libxml2: no
 * network, no DTD loading, entities never expanded. */
#ifndef PRESSARC_SITEMAP_H
#define PRESSARC_SITEMAP_H

#include <stddef.h>
#include <stdint.h>
#include "pressarc/error.h"

#define PA_SITEMAP_MAX_ENTRIES 50000            /* the sitemap protocol limit */
#define PA_SITEMAP_MAX_BYTES ((size_t)50 << 20) /* decompressed, 50 MiB */
#define PA_SITEMAP_MAX_ALTS 64                  /* xhtml:link per entry */

typedef struct {
    char *hreflang; /* as written, trimmed; "" when the attribute is missing */
    char *href;     /* trimmed; http(s) only */
} pa_sitemap_alt;

typedef struct {
    char *loc;             /* trimmed, starts with http:// or https:// (any case) */
    char *lastmod;         /* raw trimmed <lastmod>, NULL when absent */
    int64_t lastmod_epoch; /* UTC epoch seconds, -1 when absent or invalid */
    char *news_date;       /* raw news:publication_date, NULL when absent */
    int64_t news_epoch;    /* UTC epoch seconds, -1 when absent or invalid */
    char *news_lang;       /* news:publication/news:language, NULL when absent */
    char *news_title;      /* news:title, NULL when absent */
    pa_sitemap_alt *alts;  /* xhtml:link rel="alternate" with an http(s) href */
    size_t n_alts;
} pa_sitemap_entry;

typedef struct {
    int is_index;              /* 1: <sitemapindex> (entries are sitemaps; no news/alts) */
    pa_sitemap_entry *entries; /* document order */
    size_t n_entries;
    size_t skipped;            /* <url>/<sitemap> whose loc is missing or not http(s) */
    int truncated;             /* 1: max_entries was reached, the rest ignored */
} pa_sitemap;

/* Zero fields take the defaults above. */
typedef struct {
    size_t max_entries;
    size_t max_bytes;
    size_t max_alts;
} pa_sitemap_limits;

/* pa_sitemap_parse — parse a sitemap or sitemap index from `len` untrusted
 * bytes (gzip when they start with 1f 8b: decompressed first, at most
 * max_bytes).  `lim` may be NULL (defaults).  Element names are matched by
 * namespace URI (sitemaps.org 0.9, Google News 0.9, xhtml) or without any
 * namespace; prefixes do not matter.  Nothing is resolved; entries whose loc
 * is not an absolute http(s) URL are counted in out->skipped.  Reaching
 * max_entries sets out->truncated and stops.  Entities declared in a DOCTYPE
 * are neither registered nor expanded; external DTDs are never loaded.
 * Malformed XML is recovered when that still yields entries.
 * Errors (*out is then empty and needs no free): PA_ERR_LIMIT (input or
 * decompressed size above max_bytes), PA_ERR_PARSE (corrupt gzip, malformed
 * XML with libxml2's message and line, root element neither urlset nor
 * sitemapindex — named in the message), PA_ERR_NOMEM. */
pa_code pa_sitemap_parse(const char *data, size_t len, const pa_sitemap_limits *lim, pa_sitemap *out,
                         pa_err *err);

/* pa_sitemap_free — release everything `s` owns (NULL-safe); leaves it empty. */
void pa_sitemap_free(pa_sitemap *s);

/* pa_w3c_datetime_parse — parse a W3C datetime (YYYY, YYYY-MM, YYYY-MM-DD,
 * YYYY-MM-DDThh:mm[:ss[.s+]](Z|+hh:mm|-hh:mm); surrounding whitespace
 * allowed; a time requires a zone) into UTC epoch seconds (the first instant
 * of a partial date).  Returns 0 and sets *epoch, or -1 (and *epoch = -1 when
 * epoch is not NULL) if `s` is NULL or not such a datetime. */
int pa_w3c_datetime_parse(const char *s, int64_t *epoch);

#endif
