/* links.h — the links of an HTML page (listing pages of the daemon):
 * <a href> and <area href> resolved against the page URL (or its <base
 * href>), normalised, http/https only, de-duplicated, in document order. */
#ifndef PRESSARC_LINKS_H
#define PRESSARC_LINKS_H

#include <stddef.h>
#include "pressarc/error.h"

#define PA_LINKS_MAX 5000 /* links kept per page */

/* pa_html_links — parse `html` (libxml2, no network, no entities) and
 * return at most `max` (0: PA_LINKS_MAX) absolute URLs in *urls (free with
 * pa_html_links_free).  `rel=nofollow` links are skipped.  PA_ERR_PARSE if
 * the bytes are not HTML at all. */
pa_code pa_html_links(const char *html, size_t len, const char *base_url, size_t max, char ***urls, size_t *n,
                      pa_err *err);

void pa_html_links_free(char **urls, size_t n);

#endif
