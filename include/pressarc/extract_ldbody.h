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

#define PA_LDBODY_STATE_MAX_BYTES (8u << 20) /* a longer client-state script is not read */

/* pa_ldbody_state_script — does the script text s[0..n) (blanks first
 * allowed) open with the assignment of a client-rendered page's state that
 * may hold its article: "window.__INITIAL_STATE__", "window.__PRELOADED_STATE__",
 * "window.Fusion" (Arc's Fusion.globalContent)?  Reads at most 64 bytes. */
int pa_ldbody_state_script(const char *s, size_t n);

/* pa_ldbody_state — the article body a client-rendered page keeps in its
 * state script (s[0..n), a __NEXT_DATA__ or __NUXT_DATA__ JSON or one of
 * the assignments pa_ldbody_state_script names) written as pa_ldbody_text
 * writes an articleBody (out reset first).  The JSON (Fusion.globalContent's
 * object, else from the first '{' or '[' on) is parsed by jansson, trailing
 * script text ignored; the body is the longest of (a) an HTML string
 * holding "<p" under a key "body", "bodyHtml", "body_html", "articleBody",
 * "content", "html" or "rendered" (WordPress's REST post), or holding a
 * "<p>"/"<p …>" tag at the root of a flat array (Nuxt's payload), and
 * (b) an array of rich-text blocks holding two paragraphs or items or more:
 * Arc/Next content blocks ({"type":"text","content":"…"}), Sanity portable
 * text, Contentful rich text, Strapi/Slate/Lexical trees (paragraphs,
 * headings, quotes, list items; text leaves and links inline; images,
 * embeds and other typed nodes left out).  When title (the page's, may be
 * NULL) names an object of the state ("title", "headline" or "name"), the
 * longest candidate within that object and not within a differently titled
 * one inside it wins over longer ones elsewhere (related and next stories).
 * Walk bounded to depth 64 and 200,000 values; n over
 * PA_LDBODY_STATE_MAX_BYTES reads nothing.  Returns the number of
 * paragraphs (0: no body found), -1 if memory runs out. */
long pa_ldbody_state(const char *s, size_t n, const char *title, pa_buf *out);

/* pa_ldbody_flight_script — does the script text s[0..n) (blanks first
 * allowed) open with "self.__next_f.push(", a Next.js app-router page's
 * flight chunk?  Reads at most 84 bytes. */
int pa_ldbody_flight_script(const char *s, size_t n);

/* pa_ldbody_flight — the article body a Next.js app-router page keeps in
 * its flight data: s[0..n) holds the page's "self.__next_f.push([1,\"…\"])"
 * scripts (as written, one after another); each chunk's string is decoded
 * by jansson and the chunks joined into the RSC payload, whose JSON rows
 * are searched as pa_ldbody_state searches a state (title as there) and
 * whose text rows ("ID:T<hex length>,<text>") holding a paragraph tag
 * ("<p>" or "<p …>") are candidates.
 * Written to out as pa_ldbody_state writes; the same bounds, and n over
 * PA_LDBODY_STATE_MAX_BYTES reads nothing.  Returns the number of
 * paragraphs (0: none), -1 if memory runs out. */
long pa_ldbody_flight(const char *s, size_t n, const char *title, pa_buf *out);

#endif
