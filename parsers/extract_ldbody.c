/* extract_ldbody.c — the JSON-LD articleBody of a page as paragraphs (see
 * extract_ldbody.h).  The string is untrusted page data: it is parsed by
 * libxml2 as HTML (never fetched from, never with external entities) and
 * walked with a depth bound. */
#include "pressarc/extract_ldbody.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/extract_meta.h"

#define PA_LDBODY_MAX_DEPTH 256

/* Where the text being written stands. */
typedef struct {
    pa_buf *out;
    pa_buf cur;         /* the paragraph being gathered, as the body has it */
    long paras;         /* paragraphs written so far */
    int failed;         /* memory ran out */
} ld_writer;

/* Close the current paragraph: its white space collapsed as every
 * extracted paragraph's is (pa_extract_clean_space), written after a
 * blank line when something shows (nothing when it is empty). */
static void ld_break(ld_writer *w)
{
    if (!w->cur.len || w->failed)
        return;
    char *t = pa_extract_clean_space(w->cur.data);
    pa_buf_reset(&w->cur);
    if (!t) {
        w->failed = 1;
        return;
    }
    if (*t) {
        if (w->paras > 0)
            w->failed |= pa_buf_append(w->out, "\n\n", 2) != PA_OK;
        w->failed |= pa_buf_puts(w->out, t) != PA_OK;
        w->paras++;
    }
    free(t);
}

/* Append a text node's text, closing the paragraph at each line break. */
static void ld_text(ld_writer *w, const unsigned char *t)
{
    for (size_t i = 0; t[i] && !w->failed; i++) {
        if (t[i] == '\n' || t[i] == '\r')
            ld_break(w);
        else
            w->failed |= pa_buf_putc(&w->cur, (char)t[i]) != PA_OK;
    }
}

/* Elements whose text is no part of the article's prose. */
static int ld_skipped(const char *name)
{
    static const char *const names[] = {"script", "style", "noscript", "template", "figcaption", "iframe"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* Elements that begin and end a paragraph. */
static int ld_block(const char *name)
{
    static const char *const names[] = {"p",  "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "ul", "ol",  "dl", "dt", "dd", "tr", "table", "blockquote",
                                        "pre", "hr", "section", "article", "header", "footer", "figure"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* Write the text under n, depth levels down (bounded). */
static void ld_walk(ld_writer *w, const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && !w->failed; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                ld_text(w, c->content);
        } else if (c->type == XML_ELEMENT_NODE && depth < PA_LDBODY_MAX_DEPTH && !ld_skipped((const char *)c->name)) {
            int block = ld_block((const char *)c->name);
            if (block)
                ld_break(w);
            ld_walk(w, c, depth + 1);
            if (block)
                ld_break(w);
        }
    }
}

long pa_ldbody_text(const char *body, size_t len, pa_buf *out)
{
    pa_buf_reset(out);
    if (!body || !len || len > PA_LDBODY_MAX_BYTES)
        return 0;
    htmlDocPtr d = htmlReadMemory(body, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                      HTML_PARSE_COMPACT);
    if (!d)
        return 0;
    ld_writer w = {out, {0}, 0, 0};
    pa_buf_init(&w.cur, 0);
    ld_walk(&w, (const xmlNode *)d, 0);
    ld_break(&w);
    pa_buf_free(&w.cur);
    xmlFreeDoc(d);
    if (w.failed) {
        pa_buf_reset(out);
        return -1;
    }
    return w.paras;
}
