/* extract.h — main-content extraction from one HTML page (pure: bytes in,
 * struct out).  Decodes the page to UTF-8, parses it with libxml2's HTML
 * parser (no network, no entity expansion), strips boilerplate and returns
 * the article text with paragraph breaks plus metadata. */
#ifndef PRESSARC_EXTRACT_H
#define PRESSARC_EXTRACT_H

#include <stddef.h>
#include <time.h>
#include "pressarc/error.h"

#define PA_EXTRACT_MAX_INPUT ((size_t)64 << 20) /* larger pages are refused */

typedef struct {
    char *hreflang;  /* as written, lowercased ("x-default", "ar", "pt-br") */
    char *href;      /* absolute URL */
} pa_alternate;

typedef struct {
    char *url;          /* the page URL given in opts (or NULL) */
    char *title;        /* headline without " | Site" suffix, or NULL */
    char *text;         /* main text: paragraphs separated by "\n\n"; never NULL on success */
    char *lang;         /* BCP 47 tag ("en", "ar", "zh-Hans"...), or NULL if unknown */
    char *published;    /* "YYYY-MM-DD" (or with "Thh:mm:ssZ" when known), or NULL */
    char *author;       /* or NULL */
    char *sitename;     /* or NULL */
    char *canonical;    /* absolute URL from <link rel=canonical>/og:url, or NULL */
    char *charset;      /* the charset the bytes were decoded from ("UTF-8", "GBK"...) */
    char *date_source;  /* where `published` came from ("json-ld", "meta", "time", "text", "url";
                           * the last change: "meta-modified", "text-updated"), or NULL */
    pa_alternate *alternates; /* hreflang alternates, in document order */
    size_t n_alternates;
    size_t n_paragraphs; /* paragraphs in `text` */
} pa_doc;

typedef struct {
    const char *url;           /* page URL, for resolving links and URL dates; may be NULL */
    const char *content_type;  /* HTTP Content-Type header (charset is used), may be NULL */
    const char *charset;       /* forced charset (overrides everything), may be NULL */
    const char *content_language; /* HTTP Content-Language, may be NULL */
    time_t fetch_time;         /* dates after this are rejected; 0 means now */
} pa_extract_opts;

/* pa_extract — extract `len` bytes of HTML.  `opts` may be NULL.  On success
 * fills *doc (caller frees with pa_doc_free) and returns PA_OK.  Returns
 * PA_ERR_INVALID if the input is not HTML (binary, empty) and PA_ERR_LIMIT
 * if larger than PA_EXTRACT_MAX_INPUT; *doc is then zeroed. */
pa_code pa_extract(const char *html, size_t len, const pa_extract_opts *opts,
                   pa_doc *doc, pa_err *err);

/* pa_extract_scratch — pa_extract of bytes the caller gives up: html[0..len)
 * writable with a NUL at html[len] (a pa_buf's data).  A page in UTF-8 is
 * read in place rather than copied; html's bytes are undefined afterwards. */
pa_code pa_extract_scratch(char *html, size_t len, const pa_extract_opts *opts, pa_doc *doc, pa_err *err);

/* pa_extract_threads — call on the main thread before starting threads that
 * run pa_extract: it does libxml2's global set-up there (done lazily by the
 * first parse, it races when several threads parse at once) and returns how
 * many extraction threads suit this machine: one per online CPU, at least 1
 * and at most `max`. */
int pa_extract_threads(int max);

/* pa_doc_free — release everything in *doc and zero it. */
void pa_doc_free(pa_doc *doc);

#endif
