/* xml_safe.h — the one libxml2 read of untrusted XML the sitemap and feed
 * parsers share: no network, no DTD loading, and any entity declaration
 * stops the parse (so neither an entity bomb nor an external entity is
 * ever expanded or read). */
#ifndef PRESSARC_XML_SAFE_H
#define PRESSARC_XML_SAFE_H

#include <libxml/tree.h>
#include <stddef.h>

#include "pressarc/error.h"

/* pa_xml_safe_read — parse buf[0..n) (n <= INT_MAX) into *docp (the
 * caller frees it with xmlFreeDoc); *wf := well-formed.  libxml2's last
 * error, with its line, or "malformed XML", goes into xmlmsg (msgsize
 * bytes, NUL-terminated; "" when an entity stopped the parse or none
 * began) for the caller to report if the tree yields nothing.
 * PA_ERR_PARSE (*docp NULL) when an entity is declared or there is no
 * root element, PA_ERR_NOMEM when the parser cannot be made. */
pa_code pa_xml_safe_read(const char *buf, size_t n, xmlDocPtr *docp, int *wf, char *xmlmsg, size_t msgsize,
                         pa_err *err);

#endif
