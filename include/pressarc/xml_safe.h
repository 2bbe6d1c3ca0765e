/* xml_safe.h — what the sitemap and feed parsers share: the one libxml2
 * read of untrusted XML (no network, no DTD loading, and any entity
 * declaration stops the parse, so neither an entity bomb nor an external
 * entity is ever expanded or read) and the tests of the text they take. */
#ifndef PRESSARC_XML_SAFE_H
#define PRESSARC_XML_SAFE_H

#include <libxml/tree.h>
#include <stddef.h>
#include <strings.h>

#include "pressarc/error.h"

/* pa_xml_ws — is c (a byte as unsigned char) ASCII white space: XML's
 * space, tab, CR and LF, and \f, \v (isspace of the "C" locale, whatever
 * the locale): what the sitemap and feed readers trim off a text or a
 * date. */
static inline int pa_xml_ws(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* pa_xml_http_url — does s (NULL: no) open with "http://" or "https://",
 * any case: a <loc>'s or a feed link's URL the parsers keep. */
static inline int pa_xml_http_url(const char *s)
{
    return s && (strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0);
}

/* pa_xml_safe_read — parse data[0..len), gzip-compressed (its magic bytes
 * first: decompressed to max_bytes at most) or not (then len <= max_bytes),
 * into *docp (the caller frees it with xmlFreeDoc); *wf := well-formed.
 * max_bytes is cut to INT_MAX; `what` ("feed", "sitemap") names the input
 * in the error messages.  libxml2's last error, with its line, or
 * "malformed XML", goes into xmlmsg (msgsize bytes, NUL-terminated; ""
 * when an entity stopped the parse or none began) for the caller to
 * report if the tree yields nothing.  On an error *docp is NULL: the
 * decoder's code, PA_ERR_LIMIT (too long), PA_ERR_PARSE (empty, an entity
 * declared, no root element), PA_ERR_NOMEM (no parser).  data may be NULL
 * when len is 0. */
pa_code pa_xml_safe_read(const char *data, size_t len, size_t max_bytes, const char *what, xmlDocPtr *docp, int *wf,
                         char *xmlmsg, size_t msgsize, pa_err *err);

#endif
