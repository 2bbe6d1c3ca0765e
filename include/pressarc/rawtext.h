/* rawtext.h — drop the bodies of <script> and <style> elements (and the
 * values of a few attributes nothing reads) from a page before libxml2
 * parses it.  The extractor reads no script or style
 * text except JSON-LD, yet libxml2 decodes their raw text one character
 * at a time (a quarter to a third of a news page's bytes): cutting those
 * bodies out first gives the same tree minus those text nodes, for a
 * fraction of the parse. */
#ifndef PRESSARC_RAWTEXT_H
#define PRESSARC_RAWTEXT_H

#include <stddef.h>

/* pa_rawtext_drop — remove, in place, the raw text of the <script> and
 * <style> elements of the UTF-8 page buf[0..len) (no NUL needed), so that
 * libxml2's HTML parser (HTML_PARSE_RECOVER; checked against 2.9.14)
 * builds the same tree from the result except that those elements have
 * no text child and that the attributes no extraction rule reads have
 * empty values: event handlers ("onclick"), "srcset" ("data-srcset"),
 * "sizes", SVG's "d" and "points" (when quoted; a rule that comes to read
 * one must take it off the list in rawtext.c).  A script whose type
 * attribute names JSON ("ld+json") keeps its text. So does a client-rendered
 * page's state script (pa_ldbody_state_script: "window.__INITIAL_STATE__",
 * "window.__PRELOADED_STATE__", "window.Fusion") and a Next.js app-router page's
 * flight chunk (pa_ldbody_flight_script: "self.__next_f.push("), which may hold its article.  The scan follows the parser's own reading of the page:
 * tags with their quoted attribute values, comments, the DOCTYPE,
 * processing instructions, '<' read as text, and a raw body that ends at
 * the first "</script" ("</style"), case aside.  At the first construct
 * whose reading is in doubt (an unfinished tag, comment or quote, a
 * comment closed by "--!>" or opened as "<!-->", "</scripts>" inside a
 * script, a tag or attribute name over 100 bytes, a NUL opening a script,
 * a '<' right after a DOCTYPE that opens no tag, comment or PI, script
 * text near libxml2's 10,000,000-byte text node limit) it stops and keeps
 * the rest as it is.  Unless both the libxml2 it was built against and
 * the one it runs with are 2.9.14 or a later 2.9 release (later series
 * changed the HTML tokenizer and were not checked) it changes nothing.  Returns the new length (at most len); one pass. */
size_t pa_rawtext_drop(char *buf, size_t len);

/* pa_rawtext_active — 1 when pa_rawtext_drop cuts anything with the
 * libxml2 built against and loaded (2.9.x >= 2.9.14), else 0 (it then
 * returns every page unchanged). */
int pa_rawtext_active(void);

#endif
