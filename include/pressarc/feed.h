/* feed.h — syndication feeds (RSS 2.0, RSS 1.0/RDF, Atom 1.0) parsed into
 * lists of article URLs with titles and dates, RFC 822 dates, and feed
 * autodiscovery in HTML pages.  Pure parsing of untrusted bytes with libxml2:
 * no network, no DTD loading, entities never expanded. */
#ifndef PRESSARC_FEED_H
#define PRESSARC_FEED_H

#include <stddef.h>
#include <stdint.h>
#include "pressarc/error.h"

#define PA_FEED_MAX_ENTRIES 10000
#define PA_FEED_MAX_BYTES ((size_t)50 << 20) /* decompressed, 50 MiB */
#define PA_FEED_MAX_DISCOVER 16              /* feed URLs kept by autodiscovery */

typedef enum { PA_FEED_RSS2 = 1, PA_FEED_RSS1, PA_FEED_ATOM } pa_feed_kind;

typedef struct {
    char *url;     /* trimmed; absolute http(s) */
    char *title;   /* trimmed text, NULL when absent */
    char *date;    /* raw trimmed date string, NULL when absent */
    int64_t epoch; /* UTC epoch seconds of `date`, -1 when absent or invalid */
} pa_feed_entry;

typedef struct {
    pa_feed_kind kind;
    char *title; /* channel/feed title, NULL when absent */
    pa_feed_entry *entries; /* document order */
    size_t n_entries;
    size_t skipped; /* items without an http(s) URL */
    int truncated;  /* 1: max_entries was reached, the rest ignored */
} pa_feed;

/* Zero fields take the defaults above. */
typedef struct {
    size_t max_entries;
    size_t max_bytes;
} pa_feed_limits;

/* pa_feed_parse — parse an RSS 2.0 (rss/channel/item), RSS 1.0 (rdf:RDF/item)
 * or Atom (feed/entry) document from `len` untrusted bytes (gzip when they
 * start with 1f 8b, decompressed first, at most max_bytes).  `lim` may be
 * NULL.  Item URL: RSS 2.0 <link>, else <guid> unless isPermaLink="false";
 * RSS 1.0 <link>, else rdf:about; Atom <link rel="alternate"> or without rel,
 * resolved against xml:base when relative.  Date: RSS 2.0 <pubDate> (RFC
 * 822), else dc:date (W3C); RSS 1.0 dc:date; Atom <published>, else
 * <updated>.  Elements are matched by namespace URI or without namespace.
 * Entities declared in a DOCTYPE are neither registered nor expanded.
 * Errors (*out is then empty): PA_ERR_LIMIT, PA_ERR_PARSE (corrupt gzip,
 * malformed XML yielding no entries — libxml2's message and line — or a root
 * element that is not a feed, named in the message), PA_ERR_NOMEM. */
pa_code pa_feed_parse(const char *data, size_t len, const pa_feed_limits *lim, pa_feed *out, pa_err *err);

/* pa_feed_free — release everything `f` owns (NULL-safe); leaves it empty. */
void pa_feed_free(pa_feed *f);

/* pa_rfc822_date_parse — lenient RFC 822/1123 date as RSS uses it: optional
 * weekday, 1- or 2-digit day, English month name (3 letters or full), 2- or
 * 4-digit year (2-digit: 00-49 -> 20xx, 50-99 -> 19xx), hh:mm[:ss], zone
 * +hhmm/-hhmm/+hh:mm, UT/UTC/GMT/Z, US zones (EST..PDT), military letters,
 * or none (UTC).  Returns 0 and sets *epoch (UTC seconds), or -1 (*epoch =
 * -1 when not NULL). */
int pa_rfc822_date_parse(const char *s, int64_t *epoch);

/* pa_feed_autodiscover — find <link rel="alternate" type="application/rss+xml"
 * | "application/atom+xml" | "application/rdf+xml" href="..."> in an HTML
 * page (`rel` is a space-separated token list, matched case-insensitively),
 * resolve each href against `base_url` (absolute http(s)) and keep the
 * normalised http(s) results, de-duplicated, in document order, at most
 * PA_FEED_MAX_DISCOVER.  On PA_OK *urls is a malloc'd array of *n malloc'd
 * strings (NULL when *n is 0); free with pa_feed_urls_free.  Errors:
 * PA_ERR_INVALID (NULL arguments, input larger than PA_FEED_MAX_BYTES),
 * PA_ERR_NOMEM. */
pa_code pa_feed_autodiscover(const char *html, size_t len, const char *base_url, char ***urls, size_t *n,
                             pa_err *err);

/* pa_feed_urls_free — free an array returned by pa_feed_autodiscover. */
void pa_feed_urls_free(char **urls, size_t n);

#endif
