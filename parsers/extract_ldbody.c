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

/* Does the script text s[0..n), after 64 blanks at most, open with one of
 * openers[0..k) (pa_ldbody_state_script, pa_ldbody_flight_script)?  Reads
 * 64 bytes and the longest opener's at most, none past n. */
static int script_opens(const char *s, size_t n, const char *const *openers, size_t k)
{
    size_t p = 0;
    while (p < n && p < 64 && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r'))
        p++;
    for (size_t i = 0; i < k; i++) {
        size_t ol = strlen(openers[i]);
        if (n - p >= ol && !memcmp(s + p, openers[i], ol))
            return 1;
    }
    return 0;
}

int pa_ldbody_state_script(const char *s, size_t n)
{
    static const char *const openers[] = {"window.__INITIAL_STATE__", "window.__PRELOADED_STATE__", "window.Fusion"};
    return script_opens(s, n, openers, sizeof openers / sizeof openers[0]);
}

int pa_ldbody_flight_script(const char *s, size_t n)
{
    static const char *const push[] = {"self.__next_f.push("};
    return script_opens(s, n, push, 1);
}

/* The longest body candidate found so far, as HTML, and the longest of
 * those offered from within the page's own story object (one whose title
 * is the page's). */
typedef struct {
    pa_buf best;
    pa_buf own;        /* best candidate under an object titled as the page */
    const char *title; /* the page's title, or NULL */
    size_t values;     /* values visited (bounded) */
    size_t write_budget; /* rich-text nodes the search may still write (rt_write) */
    int failed;
} state_search;

/* What a node of a rich-text tree is: a paragraph (RT_PARA), a subheading
 * (RT_HEAD), a list item (RT_ITEM), a container of blocks (RT_BOX: a list,
 * a document, an editor's root), an inline run (RT_INLINE: a text leaf, a
 * span, a link), or something of no prose (RT_SKIP: an image, an embed, an
 * ad, a related-story block). */
enum { RT_SKIP, RT_PARA, RT_HEAD, RT_ITEM, RT_BOX, RT_INLINE };

/* The kind of a rich-text node e (an object) as the editors write them:
 * Arc/Next blocks ({"type":"text","content":"…"}), Sanity portable text
 * ({"_type":"block","style":"h2","listItem":…,"children":[spans]}),
 * Contentful rich text ({"nodeType":"paragraph","content":[…]}), Strapi,
 * Slate and Lexical ({"type":"paragraph","children":[{"text":…}]}).
 * in_block: e sits inside a block (a "text" node there is an inline leaf). */
static int rt_kind(json_t *e, int in_block)
{
    json_t *ty = json_object_get(e, "_type");
    if (!json_is_string(ty))
        ty = json_object_get(e, "nodeType");
    if (!json_is_string(ty))
        ty = json_object_get(e, "type");
    if (!json_is_string(ty)) /* a Slate leaf: {"text": "…", "bold": true} */
        return json_is_string(json_object_get(e, "text")) ? RT_INLINE : RT_SKIP;
    const char *t = json_string_value(ty);
    if (!strcasecmp(t, "block")) { /* portable text: its style and list say what it is */
        json_t *style = json_object_get(e, "style");
        const char *sv = json_is_string(style) ? json_string_value(style) : "";
        if (json_is_string(json_object_get(e, "listItem")))
            return RT_ITEM;
        return (sv[0] == 'h' && sv[1] >= '1' && sv[1] <= '6' && !sv[2]) ? RT_HEAD : RT_PARA;
    }
    static const struct {
        const char *name;
        int kind;
    } kinds[] = {{"paragraph", RT_PARA},      {"p", RT_PARA},          {"quote", RT_PARA},
                 {"blockquote", RT_PARA},     {"header", RT_HEAD},     {"heading", RT_HEAD},
                 {"subheading", RT_HEAD},     {"h2", RT_HEAD},         {"h3", RT_HEAD},
                 {"h4", RT_HEAD},             {"heading-1", RT_HEAD},  {"heading-2", RT_HEAD},
                 {"heading-3", RT_HEAD},      {"heading-4", RT_HEAD},  {"heading-5", RT_HEAD},
                 {"heading-6", RT_HEAD},      {"list-item", RT_ITEM},  {"listitem", RT_ITEM},
                 {"li", RT_ITEM},             {"list", RT_BOX},        {"ul", RT_BOX},
                 {"ol", RT_BOX},              {"unordered-list", RT_BOX}, {"ordered-list", RT_BOX},
                 {"document", RT_BOX},        {"root", RT_BOX},        {"span", RT_INLINE},
                 {"link", RT_INLINE},         {"hyperlink", RT_INLINE}, {"entry-hyperlink", RT_INLINE},
                 {"autolink", RT_INLINE},     {"strong", RT_INLINE},   {"em", RT_INLINE}};
    if (!strcasecmp(t, "text"))
        return in_block ? RT_INLINE : RT_PARA;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcasecmp(t, kinds[i].name))
            return kinds[i].kind;
    return RT_SKIP;
}

/* Append s to html with '<', '>' and '&' written as entities (a leaf's
 * text is text, not markup); 0, or -1 when the buffer refuses. */
static int rt_escaped(pa_buf *html, const char *s)
{
    for (; *s; s++) {
        const char *ent = *s == '<' ? "&lt;" : *s == '>' ? "&gt;" : *s == '&' ? "&amp;" : NULL;
        if ((ent ? pa_buf_puts(html, ent) : pa_buf_putc(html, *s)) != PA_OK)
            return -1;
    }
    return 0;
}

/* Write the rich-text node e (depth levels down) into html as HTML: a
 * block as <p>/<h2>/<li> around its text, a container's and an inline's
 * children in order, nothing of a skipped node.  A block's "content"
 * string is the editor's HTML, written as it is; "text" and "value"
 * strings are escaped.  *prose counts the paragraphs and items written
 * with text.  *budget counts down the nodes the search may still write
 * (each node is written again for every block array around it: a deep
 * tree of empty blocks would cost its size times its depth).  Returns -1
 * when the buffer refuses, 1 when the budget runs out (the text cut
 * short: no candidate), else 0. */
static int rt_write(pa_buf *html, json_t *e, int in_block, int depth, size_t *prose, size_t *budget)
{
    if (!json_is_object(e) || depth > PA_STATE_MAX_DEPTH)
        return 0;
    if (!*budget)
        return 1;
    (*budget)--;
    int kind = rt_kind(e, in_block);
    if (kind == RT_SKIP)
        return 0;
    static const char *const open[] = {"", "<p>", "<h2>", "<li>", "", ""};
    static const char *const close[] = {"", "</p>", "</h2>", "</li>", "", ""};
    size_t at = html->len;
    if (pa_buf_puts(html, open[kind]) != PA_OK)
        return -1;
    size_t inner = html->len;
    json_t *c = json_object_get(e, "content");
    json_t *t = json_object_get(e, "text");
    json_t *v = json_object_get(e, "value");
    int in = in_block || kind == RT_PARA || kind == RT_HEAD || kind == RT_ITEM;
    if (json_is_string(c) && kind != RT_INLINE) {
        if (pa_buf_puts(html, json_string_value(c)) != PA_OK)
            return -1;
    } else if (json_is_string(t) || json_is_string(v)) {
        if (rt_escaped(html, json_string_value(json_is_string(t) ? t : v)))
            return -1;
    }
    json_t *kids = json_object_get(e, "children");
    if (!json_is_array(kids))
        kids = json_is_array(c) ? c : NULL;
    size_t i;
    json_t *k;
    json_array_foreach(kids, i, k)
    {
        int rc = rt_write(html, k, in, depth + 1, prose, budget);
        if (rc)
            return rc;
    }
    if (html->len == inner && kind != RT_BOX && kind != RT_INLINE) {
        html->len = at; /* an empty block: nothing */
        html->data[at] = '\0';
        return 0;
    }
    if (kind == RT_PARA || kind == RT_ITEM)
        (*prose)++;
    return pa_buf_puts(html, close[kind]) != PA_OK ? -1 : 0;
}

/* Keep cand (len bytes of HTML) when it is longer than the best so far
 * (and than the best of the page's own story object when own is set) and
 * no longer than PA_LDBODY_MAX_BYTES (a longer string is not read, as
 * pa_ldbody_text reads no longer articleBody: no failure). */
static void state_offer(state_search *ss, const char *cand, size_t len, int own)
{
    if (len > PA_LDBODY_MAX_BYTES || ss->failed)
        return;
    for (int k = 0; k < 1 + own; k++) {
        pa_buf *b = k ? &ss->own : &ss->best;
        if (len <= b->len)
            continue;
        pa_buf_reset(b);
        ss->failed |= pa_buf_append(b, cand, len) != PA_OK;
    }
}

/* An array of rich-text blocks as one HTML string, offered when it holds
 * two paragraphs or items with text or more (a cheap count of block-typed
 * objects first: most arrays of a state are not text). */
static void state_blocks(state_search *ss, json_t *arr, int own)
{
    size_t i, blocks = 0;
    json_t *e;
    if (!ss->write_budget)
        return;
    json_array_foreach(arr, i, e)
    {
        int kind = json_is_object(e) ? rt_kind(e, 0) : RT_SKIP;
        blocks += kind != RT_SKIP && kind != RT_INLINE;
    }
    if (blocks < 2)
        return;
    pa_buf html;
    pa_buf_init(&html, PA_LDBODY_MAX_BYTES);
    size_t prose = 0;
    int failed = 0;
    json_array_foreach(arr, i, e)
    {
        if (!failed)
            failed = rt_write(&html, e, 0, 0, &prose, &ss->write_budget) != 0;
    }
    if (!failed && prose >= 2 && html.len)
        state_offer(ss, html.data, html.len, own);
    pa_buf_free(&html);
}

/* Is key one a page's state names its article's HTML body by ("rendered":
 * the WordPress REST API's post, "content":{"rendered":"<p>…"}, whose
 * "excerpt" is rendered too, shorter)? */
static int state_body_key(const char *key)
{
    static const char *const keys[] = {"body", "bodyHtml", "body_html", "articleBody", "content", "html", "rendered"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcmp(key, keys[i]))
            return 1;
    return 0;
}

/* Does the object v carry a title ("title", "headline" or "name") and is
 * it the page's (1), another (0), or none (-1)?  Spaces around and case
 * aside. */
static int state_titled(const state_search *ss, json_t *v)
{
    static const char *const keys[] = {"title", "headline", "name"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        json_t *t = json_object_get(v, keys[i]);
        if (!json_is_string(t))
            continue;
        if (!ss->title)
            return 0;
        const char *a = json_string_value(t);
        a += strspn(a, " \t\r\n");
        size_t al = strlen(a), tl = strlen(ss->title);
        while (al && strchr(" \t\r\n", a[al - 1]))
            al--;
        return al == tl && !strncasecmp(a, ss->title, tl);
    }
    return -1;
}

/* Depth-first search of v for body candidates, bounded in depth and
 * values; own: v lies in the page's own story object (the nearest titled
 * object around it bears the page's title). */
static void state_walk(state_search *ss, json_t *v, int depth, int own)
{
    if (!v || depth > PA_STATE_MAX_DEPTH || ss->values++ > PA_STATE_MAX_VALUES || ss->failed)
        return;
    if (json_is_array(v)) {
        state_blocks(ss, v, own);
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) state_walk(ss, e, depth + 1, own);
    } else if (json_is_object(v)) {
        int titled = state_titled(ss, v);
        if (titled >= 0)
            own = titled;
        const char *key;
        json_t *e;
        json_object_foreach(v, key, e)
        {
            if (json_is_string(e) && state_body_key(key) && strstr(json_string_value(e), "<p"))
                state_offer(ss, json_string_value(e), json_string_length(e), own);
            else
                state_walk(ss, e, depth + 1, own);
        }
    }
}

/* Start a search for the page titled title (NULL: unknown). */
static void state_begin(state_search *ss, const char *title)
{
    memset(ss, 0, sizeof *ss);
    pa_buf_init(&ss->best, PA_LDBODY_MAX_BYTES);
    pa_buf_init(&ss->own, PA_LDBODY_MAX_BYTES);
    ss->title = title && *title ? title : NULL;
    ss->write_budget = PA_STATE_MAX_VALUES;
}

/* The search's body written into out (the page's own story's when one was
 * found, else the longest), its buffers freed: paragraphs as
 * pa_ldbody_text counts them, 0 for none, -1 if memory ran out. */
static long state_end(state_search *ss, pa_buf *out)
{
    long paras = 0;
    pa_buf *b = ss->own.len ? &ss->own : &ss->best;
    if (ss->failed)
        paras = -1;
    else if (b->len)
        paras = pa_ldbody_text(b->data, b->len, out);
    pa_buf_free(&ss->best);
    pa_buf_free(&ss->own);
    return paras;
}

/* Does the string s hold a paragraph tag, "<p>" or "<p " with attributes
 * ("<pre>", "<path" are none)?  A text of HTML, not code or SVG. */
static int holds_p_tag(const char *s)
{
    for (const char *p = s; (p = strstr(p, "<p")) != NULL; p += 2)
        if (p[2] == '>' || p[2] == ' ')
            return 1;
    return 0;
}

/* The whole parsed state j searched: a root array's strings holding a
 * paragraph tag (holds_p_tag) are candidates too (Nuxt's payload is a flat array, its objects' values
 * indices into it: the body a string at the root). */
static void state_search_root(state_search *ss, json_t *j)
{
    if (json_is_array(j)) {
        size_t i;
        json_t *e;
        json_array_foreach(j, i, e)
        {
            if (json_is_string(e) && holds_p_tag(json_string_value(e)))
                state_offer(ss, json_string_value(e), json_string_length(e), 0);
        }
    }
    state_walk(ss, j, 0, 0);
}

long pa_ldbody_state(const char *s, size_t n, const char *title, pa_buf *out)
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
    /* the JSON's first bracket: an object, or the flat array of a Nuxt payload */
    const char *open = from;
    while (open < s + n && *open != '{' && *open != '[')
        open++;
    if (open == s + n)
        return 0;
    json_t *j = json_loadb(open, n - (size_t)(open - s), JSON_DISABLE_EOF_CHECK, NULL);
    if (!j)
        return 0;
    state_search ss;
    state_begin(&ss, title);
    state_search_root(&ss, j);
    json_decref(j);
    return state_end(&ss, out);
}

/* Append the text of one flight chunk, the push call's argument at p
 * (s[0..n) from p on: "[1,\"…\"]" parsed by jansson, trailing script
 * ignored), to payload; chunks of other kinds ([0], [2,…]) add nothing.
 * Returns -1 when the buffer refuses, else 0. */
static int flight_chunk(const char *p, size_t n, pa_buf *payload)
{
    json_t *a = json_loadb(p, n, JSON_DISABLE_EOF_CHECK, NULL);
    if (!a)
        return 0;
    json_t *k = json_array_get(a, 0), *t = json_array_get(a, 1);
    int rc = 0;
    if (json_is_integer(k) && json_integer_value(k) == 1 && json_is_string(t))
        rc = pa_buf_append(payload, json_string_value(t), json_string_length(t)) != PA_OK ? -1 : 0;
    json_decref(a);
    return rc;
}

/* Search the RSC rows of payload (p[0..n): "ID:JSON\n" rows, "ID:T<hex
 * length>,<text>" text rows, "ID:I[…]"/"ID:HL[…]" module rows passed
 * over): each JSON row's props walked as a state is, a text row holding
 * "<p" offered as a body.  Bounded by n and the search's value count. */
static void flight_rows(state_search *ss, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && !ss->failed) {
        size_t id = i;
        while (i < n && ((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f')))
            i++;
        if (i == id || i >= n || p[i] != ':') { /* no row here: the next line */
            const char *nl = memchr(p + i, '\n', n - i);
            i = nl ? (size_t)(nl - p) + 1 : n;
            continue;
        }
        i++;
        if (i < n && p[i] == 'T') { /* a text row: its length in bytes, hexadecimal, then the text */
            size_t len = 0, j = i + 1;
            while (j < n && j - i < 10 && ((p[j] >= '0' && p[j] <= '9') || (p[j] >= 'a' && p[j] <= 'f')))
                len = len * 16 + (size_t)(p[j] <= '9' ? p[j] - '0' : p[j] - 'a' + 10), j++;
            if (j < n && p[j] == ',') {
                j++;
                if (len > n - j)
                    len = n - j;
                char *text = strndup(p + j, len);
                if (!text) {
                    ss->failed = 1;
                    return;
                }
                if (holds_p_tag(text)) /* (its length as read: a NUL would end it) */
                    state_offer(ss, text, strlen(text), 0);
                free(text);
                i = j + len;
                continue;
            }
        }
        const char *nl = memchr(p + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - p) : n;
        if (i < end && (p[i] == '[' || p[i] == '{')) {
            json_t *row = json_loadb(p + i, end - i, 0, NULL);
            if (row) {
                state_walk(ss, row, 0, 0);
                json_decref(row);
            }
        }
        i = end + 1;
    }
}

long pa_ldbody_flight(const char *s, size_t n, const char *title, pa_buf *out)
{
    pa_buf_reset(out);
    if (!s || !n || n > PA_LDBODY_STATE_MAX_BYTES)
        return 0;
    static const char push[] = "__next_f.push(";
    pa_buf payload;
    pa_buf_init(&payload, PA_LDBODY_STATE_MAX_BYTES);
    int failed = 0;
    for (const char *f = s; !failed && (f = memchr(f, '_', n - (size_t)(f - s))) != NULL; f++)
        if ((size_t)(s + n - f) > sizeof push - 1 && !memcmp(f, push, sizeof push - 1))
            failed = flight_chunk(f + sizeof push - 1, n - (size_t)(f + sizeof push - 1 - s), &payload) != 0;
    long paras = failed ? -1 : 0;
    if (!failed && payload.len) {
        state_search ss;
        state_begin(&ss, title);
        flight_rows(&ss, payload.data, payload.len);
        paras = state_end(&ss, out);
    }
    pa_buf_free(&payload);
    return paras;
}
