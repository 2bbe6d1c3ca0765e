/* linkheader.h — HTTP `Link` response headers (RFC 8288): the hreflang
 * alternates and the canonical URL a server announces outside the HTML
 * (pure: bytes of a response head in, struct out). */
#ifndef PRESSARC_LINKHEADER_H
#define PRESSARC_LINKHEADER_H

#include <stddef.h>
#include "pressarc/error.h"
#include "pressarc/extract.h"

#define PA_LINKHEADER_MAX_ALTERNATES 64 /* more are ignored */
#define PA_LINKHEADER_MAX_URL 4096      /* longer targets are ignored */

typedef struct {
    pa_alternate *alternates; /* rel=alternate with an hreflang, in header order, de-duplicated */
    size_t n_alternates;
    char *canonical; /* the first rel=canonical target, or NULL */
} pa_link_header;

/* pa_link_header_parse — read every `Link:` field of the HTTP response head
 * `head` (`len` bytes: status line and header lines, CRLF or LF; anything
 * after an empty line is ignored) and collect its hreflang alternates and
 * canonical URL, resolved against the absolute `base` (http/https only;
 * other schemes and unparsable targets are skipped).  Link-values may be
 * repeated in one field separated by commas; commas inside <...> or quoted
 * strings do not split; parameter names are case-insensitive; rel may list
 * several relation types.  hreflang values are lowercased.  Always returns
 * PA_OK except on allocation failure (PA_ERR_NOMEM); *out is then empty.
 * The caller frees *out with pa_link_header_free. */
pa_code pa_link_header_parse(const char *head, size_t len, const char *base, pa_link_header *out, pa_err *err);

/* pa_link_header_free — release everything in *lh and zero it. */
void pa_link_header_free(pa_link_header *lh);

#endif
