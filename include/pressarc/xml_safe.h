/* xml_safe.h — the one libxml2 read of untrusted XML the sitemap and feed
 * parsers share: no network, no DTD loading, and any entity declaration
 * stops the parse (so neither an entity bomb nor an external entity is
 * ever expanded or read). */
#ifndef PRESSARC_XML_SAFE_H
#define PRESSARC_XML_SAFE_H

#include <libxml/tree.h>
#include <stddef.h>

#include "pressarc/error.h"

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
