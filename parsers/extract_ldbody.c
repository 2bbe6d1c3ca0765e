/* extract_ldbody.c — the JSON-LD articleBody of a page as paragraphs (see
 * extract_ldbody.h).  The string is untrusted page data: it is parsed by
 * libxml2 as HTML (never fetched from, never with external entities) and
 * walked with a depth bound. */
#include "pressarc/extract_ldbody.h"

#include <jansson.h>
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

#define PA_STATE_MAX_DEPTH 64
#define PA_STATE_MAX_VALUES 200000

int pa_ldbody_state_script(const char *s, size_t n)
{
    static const char *const openers[] = {"window.__INITIAL_STATE__", "window.__PRELOADED_STATE__", "window.Fusion"};
    size_t p = 0;
    while (p < n && p < 64 && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
        p++;
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
        size_t ol = strlen(openers[i]);
        if (n - p >= ol && !memcmp(s + p, openers[i], ol))
            return 1;
    }
    return 0;
}

/* The longest body candidate found so far, as HTML. */
typedef struct {
    pa_buf best;
    size_t values; /* values visited (bounded) */
    int failed;
} state_search;

/* Is `type` a content block of prose (1), a subheading (2), or neither (0)? */
static int state_block_kind(const char *type)
{
    static const char *const prose[] = {"text", "paragraph", "p"};
    static const char *const heads[] = {"header", "heading", "subheading", "h2", "h3"};
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        if (!strcasecmp(type, prose[i]))
            return 1;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (!strcasecmp(type, heads[i]))
            return 2;
    return 0;
}

/* The string a content block holds ("content", else "text"), or NULL with its kind 0. */
static const char *state_block_text(json_t *e, int *kind)
{
    *kind = 0;
    json_t *ty = json_object_get(e, "type");
    if (!json_is_string(ty) || !(*kind = state_block_kind(json_string_value(ty))))
        return NULL;
    json_t *c = json_object_get(e, "content");
    if (!json_is_string(c))
        c = json_object_get(e, "text");
    return json_is_string(c) ? json_string_value(c) : NULL;
}

/* Keep cand (len bytes of HTML) when it is longer than the best so far
 * and no longer than PA_LDBODY_MAX_BYTES (a longer string is not read, as
 * pa_ldbody_text reads no longer articleBody: no failure). */
static void state_offer(state_search *ss, const char *cand, size_t len)
{
    if (len <= ss->best.len || len > PA_LDBODY_MAX_BYTES || ss->failed)
        return;
    pa_buf_reset(&ss->best);
    ss->failed |= pa_buf_append(&ss->best, cand, len) != PA_OK;
}

/* An array of content blocks as one HTML string, offered when it holds two prose blocks or more. */
static void state_blocks(state_search *ss, json_t *arr)
{
    size_t i, prose = 0;
    json_t *e;
    json_array_foreach(arr, i, e)
    {
        int kind;
        if (json_is_object(e) && state_block_text(e, &kind) && kind == 1)
            prose++;
    }
    if (prose < 2)
        return;
    pa_buf html;
    pa_buf_init(&html, PA_LDBODY_MAX_BYTES);
    int failed = 0;
    json_array_foreach(arr, i, e)
    {
        int kind;
        const char *t = json_is_object(e) ? state_block_text(e, &kind) : NULL;
        if (t && !failed)
            failed = pa_buf_puts(&html, "<p>") != PA_OK || pa_buf_puts(&html, t) != PA_OK ||
                     pa_buf_puts(&html, "</p>") != PA_OK;
    }
    if (!failed && html.len)
        state_offer(ss, html.data, html.len);
    pa_buf_free(&html);
}

/* Is key one a page's state names its article's HTML body by? */
static int state_body_key(const char *key)
{
    static const char *const keys[] = {"body", "bodyHtml", "body_html", "articleBody", "content", "html"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(key, keys[i]))
            return 1;
    return 0;
}

/* Depth-first search of v for body candidates, bounded in depth and values. */
static void state_walk(state_search *ss, json_t *v, int depth)
{
    if (!v || depth > PA_STATE_MAX_DEPTH || ss->values++ > PA_STATE_MAX_VALUES || ss->failed)
        return;
    if (json_is_array(v)) {
        state_blocks(ss, v);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) state_walk(ss, e, depth + 1);
    } else if (json_is_object(v)) {
        const char *key;
        json_t *e;
        json_object_foreach(v, key, e)
        {
            if (json_is_string(e) && state_body_key(key) && strstr(json_string_value(e), "<p"))
                state_offer(ss, json_string_value(e), json_string_length(e));
            else
                state_walk(ss, e, depth + 1);
        }
    }
}

long pa_ldbody_state(const char *s, size_t n, pa_buf *out)
{
    pa_buf_reset(out);
    if (!s || !n || n > PA_LDBODY_STATE_MAX_BYTES)
        return 0;
    /* Arc's Fusion script assigns several objects; the story is globalContent's */
    static const char fusion[] = "Fusion.globalContent";
    const char *from = s;
    for (const char *f = s; (f = memchr(f, 'F', n - (size_t)(f - s))) != NULL; f++)
        if ((size_t)(s + n - f) > sizeof fusion - 1 && !memcmp(f, fusion, sizeof fusion - 1) &&
            (f[sizeof fusion - 1] == '=' || f[sizeof fusion - 1] == ' ')) {
            from = f + sizeof fusion - 1;
            break;
        }
    const char *open = memchr(from, '{', n - (size_t)(from - s));
    if (!open)
        return 0;
    json_t *j = json_loadb(open, n - (size_t)(open - s), JSON_DISABLE_EOF_CHECK, NULL);
    if (!j)
        return 0;
    state_search ss = {{0}, 0, 0};
    pa_buf_init(&ss.best, PA_LDBODY_MAX_BYTES);
    state_walk(&ss, j, 0);
    json_decref(j);
    long paras = 0;
    if (ss.failed)
        paras = -1;
    else if (ss.best.len)
        paras = pa_ldbody_text(ss.best.data, ss.best.len, out);
    pa_buf_free(&ss.best);
    return paras;
}
