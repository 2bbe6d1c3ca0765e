/* urlkey.h — language-sibling URLs (pure: no network, no state).
 *
 * Multilingual sites publish the language versions of one page under URLs
 * that differ only by a language marker:
 *   sibling subdomains      kn.site.com/news/x ~ ar.site.com/news/x ~ www.site.com/news/x
 *                           (www. and the bare domain are the default language)
 *   path prefixes           site.com/ar/news/x ~ site.com/arabic/news/x ~ site.com/en-us/news/x
 *                           ~ site.com/news/x (a marker in the first or second path segment)
 *   query parameters        ?lang=ar, ?hl=ar, ?language=, ?locale=, ?lng=, ?lc=, ?setlang=
 *   file suffixes           /news/x.ar.html
 * and some CMSs also cut the slug at different lengths per language, move the
 * article to a translated category, or keep only the numeric article id.
 *
 * A URL's "base" is the URL with all of that removed: scheme, port, user info,
 * fragment, the language marker, a trailing slash, a last segment named
 * index.* / default.*, a page extension (.html .htm .php .asp .aspx .jsp
 * .shtml), tracking parameters (utm_*, fbclid, gclid) are dropped; the host,
 * path and query are lowercased (ASCII) and the query parameters sorted.
 *
 * Relations between two URLs, strongest first:
 *   PA_URLREL_SAME  the bases are equal (the URLs differ at most by their
 *                   language marker and the noise above);
 *   PA_URLREL_SLUG  same host base and query, and either
 *                   - the same directory, and last segments (slugs, extension
 *                     dropped) of which one is a prefix of the other sharing
 *                     >= PA_URLKEY_MIN_SLUG bytes (a slug cut short), or that
 *                     hold the same numeric id (below) with translated words
 *                     ("4711-title" ~ "4711-judul"), or
 *                   - the same depth with exactly one directory segment
 *                     changed (a translated category) and an identical last
 *                     segment that is long enough (>= PA_URLKEY_MIN_SLUG bytes,
 *                     or all digits and >= PA_URLKEY_MIN_ID of them);
 *   PA_URLREL_ID    same registrable domain and a shared numeric article id:
 *                   a run of >= PA_URLKEY_MIN_ID digits making up a whole path
 *                   segment, or at the start or end of the last segment
 *                   (bounded by - _ . or the segment edge); runs that read as
 *                   a year (1900-2099), yyyymm or yyyymmdd[hhmm[ss]] are not ids.
 * The relation is symmetric.  It says nothing about the documents' languages
 * or content: the bundler checks those (see bundle.c).
 *
 * Keys: an index for finding candidates without comparing all pairs.  Every
 * pair of URLs with a relation other than NONE shares at least one key of
 * pa_urlkey_compute ("e:" base, "s:" directory + slug prefix, "c:" depth +
 * last segment, "i:" registrable domain + id); sharing a key does not imply
 * a relation ("s:" keys are only a necessary condition), so candidates are
 * checked with pa_urlkey_relation. */
#ifndef PRESSARC_URLKEY_H
#define PRESSARC_URLKEY_H

#include <stddef.h>

#define PA_URLKEY_MAX_KEYS 8  /* keys per URL at most */
#define PA_URLKEY_LEN 200     /* bytes of one key with its NUL; longer keys are hashed */
#define PA_URLKEY_MIN_SLUG 12 /* bytes a slug must share / have */
#define PA_URLKEY_MIN_ID 4    /* digits of a numeric article id */
#define PA_URLKEY_MAX_IDS 3   /* ids taken from one URL */

typedef enum {
    PA_URLREL_NONE = 0,
    PA_URLREL_ID = 1,
    PA_URLREL_SLUG = 2,
    PA_URLREL_SAME = 3,
} pa_urlrel;

typedef struct {
    char keys[PA_URLKEY_MAX_KEYS][PA_URLKEY_LEN]; /* distinct, NUL-terminated */
    size_t n;
    char lang[24]; /* the language marker found ("ar", "en-us", "arabic"), "" if none */
} pa_urlkeys;

/* pa_urlkey_compute — the keys and language marker of `url` (an absolute
 * http(s) URL, ideally normalised by pa_url_normalize).  Returns 0, or -1
 * (out->n == 0) when `url` is NULL, not http(s), has no host or is longer
 * than 8192 bytes. */
int pa_urlkey_compute(const char *url, pa_urlkeys *out);

/* pa_urlkey_relation — the strongest relation between two URLs (NONE when
 * either does not parse).  Symmetric. */
pa_urlrel pa_urlkey_relation(const char *a, const char *b);

/* pa_urlkey_apart — 1 if the URLs say the two pages are not language
 * versions of each other: same host base, at least one of them carries a
 * language marker (the site names its language versions in URLs), and no
 * relation.  0 otherwise, including when either does not parse. */
int pa_urlkey_apart(const char *a, const char *b);

/* pa_urlkey_site — the site of `url` into out: the registrable domain of
 * its host, lowercased ("kn.site.co.uk" -> "site.co.uk"), or the host itself
 * when it has none (an IP address, "localhost").  Returns 0, or -1 (out is
 * "") when the URL does not parse or the site does not fit in `outsize`
 * bytes. */
int pa_urlkey_site(const char *url, char *out, size_t outsize);

/* pa_urlkey_is_lang — 1 if `s` (`len` bytes, any case) reads as a language
 * marker: an ISO 639-1 code, a few 3-letter codes (fil, haw…), a country code
 * sites use for a language (cn, jp, kr, gr, ua, vn, dk, cz, tw, hk), a code
 * with a region or script (en-us, pt_BR, zh-hans, es-419), or an English or
 * native language name (arabic, bahasa, deutsch, espanol…). */
int pa_urlkey_is_lang(const char *s, size_t len);

#endif
