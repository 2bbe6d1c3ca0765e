/* extract_ldbody.h — the article text a page states in its JSON-LD
 * (schema.org "articleBody"), turned into pressarc's text form.  Used by
 * the extractor when the page's markup yields much less than the page
 * says its article holds: a body filled in by script, a teaser in the
 * markup over the full text in the metadata. */
#ifndef PRESSARC_EXTRACT_LDBODY_H
#define PRESSARC_EXTRACT_LDBODY_H

#include <stddef.h>

#include "pressarc/buf.h"

#define PA_LDBODY_MAX_BYTES (4u << 20) /* a longer articleBody is not read */

/* pa_ldbody_text — the articleBody string `body` (len bytes, UTF-8 as
 * jansson gives it) as paragraphs separated by "\n\n" appended to out
 * (reset first).  The body may be plain text with newlines, hold HTML
 * entities, or be an HTML fragment: it is read by libxml2's HTML parser
 * (no network, no entity expansion beyond HTML's own), paragraphs end at
 * newlines, <br> and block elements; <script>/<style> are skipped; each
 * paragraph is cleaned as every extracted one is (pa_extract_clean_space:
 * white space collapsed, zero-width characters dropped).  Returns the number of paragraphs (0 when nothing
 * visible, or when len exceeds PA_LDBODY_MAX_BYTES), -1 if memory runs
 * out.  Bounded by len and PA_EXTRACT_MAX_DEPTH. */
long pa_ldbody_text(const char *body, size_t len, pa_buf *out);

#endif
