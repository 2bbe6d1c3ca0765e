/* extract.c — main-content extraction from one HTML page: decode to UTF-8,
 * parse with libxml2's HTML parser (no network, no entities), read the
 * metadata (title, dates, language, canonical, hreflang alternates,
 * author, site name), drop boilerplate subtrees, score the remaining blocks
 * to find the article container, and emit its paragraphs in order with the
 * date lines, comment headings and link-only blocks filtered out (the
 * items of the story's own lists kept: mark_story_lists, list_intro) and
 * the notes after the story cut (teasers, the writer's note, the site's
 * note about itself: teaser_tail, writer_tail, site_tail).  This
 * file owns the tree: the walks that collect metadata, strip boilerplate,
 * score and emit.  What is decided on strings alone lives beside it: the
 * metadata record, its setters, the headline choice and the site's own
 * names in extract_meta.c,
 * the per-line text classifiers the filtering asks (furniture, credits,
 * bylines, notices...) in extract_lines.c (headers in include/pressarc/). */
#include "pressarc/extract.h"

#include <ctype.h>
#include <limits.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xpath.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "pressarc/buf.h"
#include "pressarc/charset.h"
#include "pressarc/date.h"
#include "pressarc/en_names.h"
#include "pressarc/extract_lines.h"
#include "pressarc/extract_ldbody.h"
#include "pressarc/extract_meta.h"
#include "pressarc/lang.h"
#include "pressarc/list_cache.h"
#include "pressarc/rawtext.h"
#include "pressarc/strfind.h"
#include "pressarc/url.h"
#include "pressarc/xml_arena.h"

/* (every strncmp and strncasecmp here, most of them tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"
/* (and every strcasecmp: pa_strcasecmp; the attribute readers test the first letter themselves and call the library's, "(strcasecmp)") */
#define strcasecmp(a, b) pa_strcasecmp((a), (b))

#define PA_EXTRACT_MAX_DEPTH 256      /* element nesting walked */
#define PA_EXTRACT_MAX_NODES 2000000  /* elements scored */
#define PA_EXTRACT_LDBODY_MIN_CHARS 500 /* a JSON-LD articleBody shorter than this never replaces the text */
#define PA_EXTRACT_SHELL_MAX_CHARS 200 /* markup text a state script's body may replace: an empty shell's, at most */
#define PA_EXTRACT_TEASER_MAX_CHARS 1500 /* … or a teaser's whose every paragraph the state's body holds */
#define PA_EXTRACT_LDBODY_BARE_MIN_CHARS 150 /* a stated text replacing no markup text at all: this long at least */
#define PA_EXTRACT_MAX_TEXT ((size_t)16 << 20) /* bytes of output text */
#define PA_EXTRACT_MAX_PARAS 100000
#define PA_JSONLD_MAX_BYTES (1 << 20)
#define PA_EXTRACT_LANG_BYTES 2560 /* text given to language detection */
#define PA_EXTRACT_RETRY_CHARS 250
/* score a small or class-scored top candidate's paragraphs give it at least (a line of 20+ characters: 1) */
#define PA_EXTRACT_MIN_EARNED 2.0
#define PA_EXTRACT_BONUS_PROSE_RATIO 4 /* drop_small_class_bonus: how many times more text outweighs a class word */
#define PA_EXTRACT_HEADLINE_BOX_CHARS 150 /* visible characters of a headline box: a headline and a date line */
#define N_TOKENS(list) (sizeof(list) / sizeof((list)[0]))
#define PA_EXTRACT_ALTS 5          /* runner-up candidates widened */
#define PA_EXTRACT_WIDEN_LEVELS 12 /* ancestors tried when widening */
#define PA_EXTRACT_COMPANIONS 16 /* story parts found beside the chosen container */
#define PA_EXTRACT_COMPANION_LEVELS 3 /* ancestors of the container searched for them */
#define PA_EXTRACT_THREAD_LEVELS 8    /* ancestors of a thread's post text climbed to its post */
#define PA_EXTRACT_COMMENTS_AFTER 800 /* bytes of text before a comment heading ends it */
#define PA_EXTRACT_NOTE_AFTER 500 /* bytes of text before a note after the story (the writer's, the site's) ends it */
/* … and before a release's notes ("About Example Corp", forward-looking statements) when its text opens with a
 * wire's dateline: an advisory or a dividend notice tells its news in two or three short paragraphs */
#define PA_EXTRACT_RELEASE_NOTE_AFTER 150
#define PA_EXTRACT_KICKER_CHARS 80 /* visible characters of a label line above the headline */
#define PA_EXTRACT_READ_MORE_CHARS 200 /* visible characters of a hidden block a "Read more" toggle opens */
#define PA_EXTRACT_REST_PARAS 2 /* paragraphs of a hidden story rest after its "Continue reading" toggle */
#define PA_EXTRACT_WALL_APPEAL_PARAS 6 /* <p>s of a wall's appeal after a teaser, at most */
#define PA_EXTRACT_WALL_APPEAL_CHARS 1200 /* its visible characters, at most */
#define PA_EXTRACT_WALL_LEAD_CHARS 80 /* visible characters of the shown paragraph before a walled story's hidden rest */
#define PA_EXTRACT_FALLBACK_PARAS 3   /* paragraphs of a story in a <noscript> or <template> */
#define PA_EXTRACT_FALLBACK_CHARS 300 /* visible characters of a story in a <noscript> or <template> */
#define PA_EXTRACT_FALLBACK_KEY 60    /* bytes of its first paragraph looked for elsewhere on the page */
#define PA_EXTRACT_FALLBACKS 4        /* <noscript>/<template> stories unwrapped per page at most */
#define PA_EXTRACT_COPY_CHECKS 32     /* first_para_twice page scans per page at most (each reads the whole text) */
#define PA_EXTRACT_OBIT_HEADING_BYTES 256 /* "Obituary for " and a headline under 200 bytes */
#define PA_EXTRACT_BR_LINES 12 /* <br>-parted lines of a head block split into paragraphs */
#define PA_EXTRACT_BR_HEAD 3   /* <br>s noted at a paragraph's start for a byline run into its first lines */
#define PA_EXTRACT_BR_BLOCK_CHARS 400 /* visible characters of such a block */
#define PA_EXTRACT_PULL_WINDOW 12 /* paragraphs before and after a pull quote searched for its sentence */
#define PA_EXTRACT_PULL_MIN 20 /* visible characters (and bytes of its sentence) of a pull quote at least */
 /* text shorter than this gets a relaxed second pass */

/* ---- small helpers ---- */

/* libxml2's HTML parser lower-cases element names: a plain comparison. */
static inline __attribute__((always_inline)) int name_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name && n->name[0] == (xmlChar)name[0] &&
           n->name[1] == (xmlChar)name[1] && (!name[1] || strcmp((const char *)n->name + 1, name + 1) == 0);
}

/* Is n an h1-h6 element? */
static inline int is_heading(const xmlNode *n)
{
    return n->name && n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '6' && !n->name[2];
}

/* Is n an h2-h6 element: a heading under the page's headline (a section's, a card's)? */
static inline int is_subheading(const xmlNode *n)
{
    return is_heading(n) && n->name[1] >= '2';
}

/* Does byte c start a visible character: a UTF-8 lead byte (not a
 * continuation byte) that is not ASCII white space? */
static inline int visible_byte(xmlChar c)
{
    return (c & 0xC0) != 0x80 && c != ' ' && (c < '\t' || c > '\r');
}

/* Visible characters of a text node's content: UTF-8 characters that are
 * not ASCII white space (the unit of every text statistic here). */
/* The 0x80 bits of the bytes of w equal to b, exactly (no byte's sum
 * carries into the next). */
static inline uint64_t bytes_equal(uint64_t w, unsigned char b)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    uint64_t y = w ^ (0x0101010101010101ull * b);
    return ~(((y & low7) + low7) | y | low7);
}

/* The 0x80 bits of the eight bytes of w that start no visible character
 * (!visible_byte): a continuation byte (high bit set, next clear), a space,
 * '\t'..'\r' (ranged on the low seven bits of the bytes whose high bit is
 * clear, each byte's high bit set first so that no subtraction borrows from
 * the next). */
static inline uint64_t invisible_bytes(uint64_t w)
{
    const uint64_t high = 0x8080808080808080ull, low7 = 0x7F7F7F7F7F7F7F7Full, ones = 0x0101010101010101ull;
    uint64_t b7 = (w & low7) | high;
    return (w & ~(w << 1) & high) | bytes_equal(w, ' ') | ((b7 - ones * '\t') & ~(b7 - ones * ('\r' + 1)) & ~w & high);
}

/* How many of the eight bytes of the mask m have their 0x80 bit set. */
static inline size_t bytes_marked(uint64_t m)
{
    return (size_t)((((m >> 7) & 0x0101010101010101ull) * 0x0101010101010101ull) >> 56);
}

/* Visible characters (visible_byte) of the n bytes at t, eight bytes at a
 * time; reads t[0..n) only. */
static inline size_t visible_in(const xmlChar *t, size_t n)
{
    size_t k = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, t + i, 8);
        k += 8 - bytes_marked(invisible_bytes(w));
    }
    for (; i < n; i++)
        k += visible_byte(t[i]);
    return k;
}

static inline size_t visible_chars(const xmlChar *t)
{
    return visible_in(t, strlen((const char *)t));
}

/* Does a text node's content hold a visible character (visible_chars(t)
 * > 0, read up to the first one)? */
static inline int has_visible(const xmlChar *t)
{
    for (; *t; t++)
        if (visible_byte(*t))
            return 1;
    return 0;
}

/* Does the extracted text ours open with the story the page states in
 * full (its first 24 to 60 bytes, up to its first line's end, found in
 * stated)?  A paywalled page's teaser does; an empty shell's boilerplate
 * does not. */
static int opens_stated_body(const char *ours, const char *stated)
{
    if (!ours || !stated)
        return 0;
    size_t n = strcspn(ours, "\n");
    if (n > 60)
        n = 60;
    while (n > 0 && ((unsigned char)ours[n] & 0xC0) == 0x80)
        n--; /* a whole character last */
    if (n < 24)
        return 0;
    char head[64];
    memcpy(head, ours, n);
    head[n] = '\0';
    return strstr(stated, head) != NULL;
}

/* Does stated hold every paragraph of ours ("\n\n"-parted, each found as
 * a whole in stated's text), ours's first among stated's first three
 * paragraphs?  A teaser the page's state continues: its lead paragraphs
 * are the stated story's, and its lead the story's (not an item in the
 * middle of a digest or feed the state holds).  Empty ours: no. */
static int holds_paragraphs(const char *stated, const char *ours)
{
    if (!stated || !ours || !*ours)
        return 0;
    for (const char *p = ours; *p;) {
        const char *e = strstr(p, "\n\n");
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char *para = strndup(p, len);
        if (!para)
            return 0;
        const char *at = strstr(stated, para);
        free(para);
        if (!at)
            return 0;
        if (p == ours) { /* the lead: within the stated story's first three paragraphs */
            int breaks = 0;
            for (const char *b = stated; breaks <= 2 && (b = strstr(b, "\n\n")) != NULL && b < at; b += 2)
                breaks++;
            if (breaks > 2)
                return 0;
        }
        p = e ? e + 2 : p + len;
    }
    return 1;
}

/* Words of t's first len bytes, counted as its spaces plus one (the
 * rough count the lead and sentence tests need). */
static inline size_t space_words(const char *t, size_t len)
{
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        words += t[i] == ' ';
    return words;
}

static const char *attr_ref(const xmlNode *n, const char *name);

/* strcasestr(h, n) of the "C" locale the program runs in (ASCII letters'
 * case aside; the first match, h itself for an empty n), its candidates
 * found by memchr for n's first byte in either case: the C library's own
 * reads the haystack a byte at a time.  Reads h and n up to their NULs. */
static char *ascii_casestr(const char *h, const char *n)
{
    if (!n[0])
        return (char *)(uintptr_t)h;
    unsigned char first = (unsigned char)tolower((unsigned char)n[0]), first_upper = (unsigned char)toupper(first);
    size_t nl = strlen(n), hl = strlen(h);
    if (hl < nl)
        return NULL;
    const char *end = h + hl - nl + 1; /* past the last start n fits after */
    const char *lower = memchr(h, first, (size_t)(end - h));
    const char *upper = first_upper != first ? memchr(h, first_upper, (size_t)(end - h)) : NULL;
    while (lower || upper) {
        const char *at = !upper || (lower && lower < upper) ? lower : upper;
        size_t k = 1;
        while (k < nl && tolower((unsigned char)at[k]) == tolower((unsigned char)n[k]))
            k++;
        if (k == nl)
            return (char *)(uintptr_t)at;
        if (at == lower)
            lower = at + 1 < end ? memchr(at + 1, first, (size_t)(end - at - 1)) : NULL;
        else
            upper = at + 1 < end ? memchr(at + 1, first_upper, (size_t)(end - at - 1)) : NULL;
    }
    return NULL;
}
/* (every strcasestr below) */
#define strcasestr(h, n) ascii_casestr((h), (n))

static int has_block_child(const xmlNode *n);
static int holds_heading(const xmlNode *n, int depth);
static size_t opens_with_clock(const char *t);
static int small_box_text(const xmlNode *n, size_t most, size_t *chars, size_t *paras, size_t *budget, int depth);
static int code_listing_wrapper(const xmlNode *n, int depth);
/* Class words of a highlighter's wrapper around a code listing
 * ("language-shell highlighter-rouge", "highlight-source-python"): a
 * wrapper with a bad token keeps its code only so named. */
static const char *const code_wrapper_tokens[] = {"highlight", "language-", "lang-", "syntax", "prism", "hljs"};
static int text_editor_widget(const xmlNode *n, size_t paras, size_t links);
static int field_label(const xmlNode *n, const char *cls);

/* The href of the link a past its leading white space (NULL: none). */
static const char *link_href(const xmlNode *a)
{
    const char *href = attr_ref(a, "href");
    while (href && (*href == ' ' || *href == '\t' || *href == '\n' || *href == '\r'))
        href++;
    return href;
}

/* Is n a link for the text statistics?  An <a> whose href runs a script
 * ("javascript:…") around paragraphs or other blocks is a wrapper the
 * page's code handles, not a hyperlink: its text counts as the page's own
 * (a short script link, "Print", "Close", stays a link). */
static int is_link(const xmlNode *n)
{
    if (!name_is(n, "a"))
        return 0;
    const char *href = link_href(n);
    if (!href)
        return 1;
    return (href[0] | 0x20) != 'j' || strncasecmp(href, "javascript:", 11) != 0 || !has_block_child(n);
}

/* The value of attribute a without copying it ("" when it is not a
 * single text node). */
static const char *attr_value_ref(const xmlAttr *a)
{
    const xmlNode *c = a->children;
    return c && c->type == XML_TEXT_NODE && !c->next && c->content ? (const char *)c->content : "";
}

/* The value of a plain attribute without copying it (NULL if absent or
 * not a single text node) — for the per-element hot paths. */
static const char *attr_ref(const xmlNode *n, const char *name)
{
    int first = tolower((unsigned char)name[0]);
    for (const xmlAttr *a = n->properties; a; a = a->next)
        /* the first letter rules out most attributes without a call */
        if (a->name && tolower(a->name[0]) == first && (strcasecmp)((const char *)a->name, name) == 0)
            return attr_value_ref(a);
    return NULL;
}

/* The attributes that name an element's role or hide it, and its class
 * and id, as attr_ref reads each (the first of its name, case aside; NULL
 * when absent), in one pass over the element's attributes — for
 * is_boilerplate, which reads them all on every element with attributes. */
typedef struct {
    const char *role, *aria_hidden, *style, *hidden, *cls, *id;
} visibility_attrs;

/* The values of n's attributes names[0..k) (lower case) into *slots[0..k),
 * as attr_ref reads each (the first of its name, case aside; NULL when
 * absent), in one pass over n's attributes. */
static void attrs_of(const xmlNode *n, const char *const *names, const char **const *slots, size_t k)
{
    for (size_t i = 0; i < k; i++)
        *slots[i] = NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name)
            continue;
        const char *name = (const char *)a->name;
        int first = tolower((unsigned char)name[0]); /* the first letter rules out most attributes without a call */
        for (size_t i = 0; i < k; i++)
            if (first == names[i][0] && !*slots[i] && !(strcasecmp)(name, names[i])) {
                *slots[i] = attr_value_ref(a);
                break;
            }
    }
}

static visibility_attrs visibility_attrs_of(const xmlNode *n)
{
    visibility_attrs v;
    static const char *const names[] = {"role", "aria-hidden", "style", "hidden", "class", "id"};
    const char **const slots[] = {&v.role, &v.aria_hidden, &v.style, &v.hidden, &v.cls, &v.id};
    attrs_of(n, names, slots, N_TOKENS(names));
    return v;
}

static char *attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

/* All text under a node, whitespace-collapsed (bounded). */
static void gather_text(const xmlNode *n, pa_buf *b, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content && pa_buf_puts(b, (const char *)c->content))
                return;
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            if (name_is(c, "br") || name_is(c, "p") || name_is(c, "div") || name_is(c, "li"))
                pa_buf_putc(b, ' ');
            gather_text(c, b, depth + 1);
        }
    }
}

static char *node_text(const xmlNode *n)
{
    pa_buf b;
    pa_buf_init(&b, 1 << 20);
    gather_text(n, &b, 0);
    char *t = pa_extract_clean_space(b.data ? b.data : "");
    pa_buf_free(&b);
    return t;
}

/* ---- metadata: the tree walk that fills a pa_meta (extract_meta.c) ---- */

static int term_dated_line(const xmlNode *dd, const char *t, size_t tl, const char *hint, pa_date *d);

static int short_text(const xmlNode *n, char *buf, size_t cap, size_t *len, int *digit, int depth);

/* Class or id words that name a byline or a date: "post-date", "entry-meta",
 * "posted-on", "byline", "author-details", Turkish sites' "tarih" (date). */
static int date_hint_name(const char *v)
{
    static const char *const words[] = {"date", "time", "posted", "publish", "byline", "author", "meta", "tarih"};
    /* the bytes that open a word above, either case */
    static const unsigned char opens_word[256] = {['d'] = 1, ['D'] = 1, ['t'] = 1, ['T'] = 1, ['p'] = 1, ['P'] = 1,
                                                  ['b'] = 1, ['B'] = 1, ['a'] = 1, ['A'] = 1, ['m'] = 1, ['M'] = 1};
    /* one pass: only the letters that start a word are tried */
    for (const char *p = v; p && *p; p++) {
        if (!opens_word[(unsigned char)*p])
            continue;
        int c = (unsigned char)*p | 0x20; /* lower-cases the letter */
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            if (words[i][0] == c && words[i][1] == ((unsigned char)p[1] | 0x20) &&
                !strncasecmp(p, words[i], strlen(words[i])))
                return 1;
    }
    return 0;
}

static int has_token_at(const char *v, const char *const *toks, size_t nt, int camel);

/* Is n within the site's header (a <header> or an element named "header",
 * "masthead", "topbar") outside any <article> or <main>?  Its date is the
 * day's ("Online Edition | Wednesday, 18 January 2012"), not the page's.
 * (a bounded walk up) */
static int in_site_header(const xmlNode *n)
{
    static const char *const toks[] = {"header", "masthead", "topbar", "top-bar"};
    int header = 0, d = 0;
    /* from the parent: Blogger's <h2 class="date-header"> is named for the date */
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && d < 64; p = p->parent, d++) {
        if (name_is(p, "article") || name_is(p, "main"))
            return 0;
        header |= name_is(p, "header") || has_token_at(attr_ref(p, "id"), toks, 4, 1) ||
                  has_token_at(attr_ref(p, "class"), toks, 4, 1);
    }
    return header;
}

/* The writer's name in a byline line ("By Jane Doe", "by: Jane Doe, Staff
 * Writer", "By Jane Doe and John Roe": the first name given; without the
 * "By" when need_by is 0: an element named for the byline) into name
 * (cap bytes): two to four capitalised words before a comma, a bar,
 * " and " or a stamp (" on ", " published ", " updated "); else name stays empty.  For a page whose metadata names no
 * author, the byline states it. */
static void byline_name(const char *t, char *name, size_t cap, int need_by)
{
    name[0] = '\0';
    enum pa_byline_kind kind;
    size_t skip = pa_byline_label(t, &kind); /* the labels pa_line_byline takes */
    if (!skip && need_by)
        return;
    t += skip;
    size_t len = strcspn(t, ",|;(");
    /* a left-to-right or right-to-left mark after the name ("Jane Doe\u200e") ends it */
    for (const char *mark = t; (mark = strstr(mark, "\xe2\x80")) && (size_t)(mark - t) < len; mark += 2)
        if (mark[2] == '\x8e' || mark[2] == '\x8f')
            len = (size_t)(mark - t);
    /* the name ends at " and ", and at the stamp run into the byline ("By Jane Doe published March 4, 2021") */
    static const char *const ends[] = {" and ", " on ", " published ", " updated ", " Published ", " Updated "};
    for (size_t k = 0; k < N_TOKENS(ends); k++) {
        const char *end = strstr(t, ends[k]);
        if (end && (size_t)(end - t) < len)
            len = (size_t)(end - t);
    }
    while (len && t[len - 1] == ' ')
        len--;
    if (len < 3 || len >= cap)
        return;
    int words = 0;
    for (size_t i = 0; i < len; i++)
        if (i == 0 || t[i - 1] == ' ') {
            if (!isupper((unsigned char)t[i]))
                return;
            words++;
        }
    if (words < 2 || words > 4)
        return;
    memcpy(name, t, len);
    name[len] = '\0';
}

/* Does the class value v name a headline: a word "title", "entry-title",
 * "post-title", "headline" (a token of its own, not "subtitle")? */
static int titled_class(const char *v)
{
    static const char *const toks[] = {"title", "entry-title", "post-title", "article-title", "headline",
                                       "story-title", "news-title"};
    if (!v)
        return 0;
    for (const char *p = v; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        for (size_t i = 0; i < sizeof toks / sizeof toks[0]; i++)
            if (n == strlen(toks[i]) && !strncasecmp(p, toks[i], n))
                return 1;
        p += n;
    }
    return 0;
}

static int count_links(const xmlNode *n, int depth);

/* Does a headline's <h1> follow the element c among its next siblings or
 * its parent's (12 elements each at most): six words or more, no link,
 * its text in the page's <title> or og:title (m)?  A date line over the
 * story's headline in a header block ("<div class=news-header><div
 * class=release-date>June 20, 2012</div><h1>Example Mining Intersects 42
 * Metres …</h1>"), not a logo heading's day nor a site header's day over
 * its motto ("<h1>The Voice of the Valley Since 1887</h1>"). */
static int headline_h1_follows(const xmlNode *c, const pa_meta *m)
{
    if (!m->title_tag && !m->title_og)
        return 0;
    for (int up = 0; c && c->type == XML_ELEMENT_NODE && up < 2; up++, c = c->parent) {
        int k = 0;
        for (const xmlNode *s = c->next; s && k < 12; s = s->next) {
            if (s->type != XML_ELEMENT_NODE)
                continue;
            k++;
            if (name_is(s, "h1")) {
                if (count_links(s, 0))
                    return 0;
                char *t = node_text(s);
                size_t words = t ? space_words(t, strlen(t)) : 0;
                int titled = words >= 6 && ((m->title_tag && strcasestr(m->title_tag, t)) ||
                                            (m->title_og && strcasestr(m->title_og, t)));
                free(t);
                return titled;
            }
        }
    }
    return 0;
}

/* A short element named for a date or byline whose text is a publication
 * date line ("Luke Kim December 17, 2025"): noted before boilerplate is
 * stripped, since bylines often sit in an "entry-header".  The first one
 * named "byline" that reads "By Jane Doe" also gives the byline's name
 * (m->byline_name).  cls and id: c's class and id as attr_ref reads them. */
static void note_date_hint(const xmlNode *c, pa_meta *m, const char *cls, const char *id)
{
    char t[256];
    size_t tl = 0;
    int digit = 0;
    if (m->have_date_hinted && m->byline_name[0])
        return;
    int named = date_hint_name(cls);
    int any = 1; /* short_text's digit test passed: a byline holds none */
    if (named && !m->byline_name[0] && strcasestr(cls, "byline") && short_text(c, t, sizeof t, &tl, &any, 0) && tl)
        byline_name(t, m->byline_name, sizeof m->byline_name, 0);
    /* before any h1, in the site's header: the day's date, not the page's (unless the headline's h1
     * follows it there) */
    if (m->have_date_hinted || !(named || date_hint_name(id)) ||
        (!m->title_h1 && in_site_header(c) && !headline_h1_follows(c, m)))
        return;
    tl = 0;
    digit = 0;
    if (!short_text(c, t, sizeof t, &tl, &digit, 0) || !tl ||
        pa_date_named_line_kind(t, tl, pa_meta_date_lang(m), &m->date_hinted) != 1)
        return;
    /* not the date of an "Updated <span class=author_nowrap>Feb. 27, 2025</span>" line */
    tl = 0;
    digit = 0;
    if (c->parent && c->parent->type == XML_ELEMENT_NODE && short_text(c->parent, t, sizeof t, &tl, &digit, 0) &&
        tl && pa_date_line_kind(t, tl, pa_meta_date_lang(m), NULL) == 2)
        return;
    m->have_date_hinted = 1;
}

static int scan_date_lines(xmlNode *n, const char *hint, time_t not_after, int kind, pa_date *out, int depth,
                           size_t *budget, pa_date *upd, int *have_upd);
static int inside_story(const xmlNode *n);
static int holds_h1(const xmlNode *n);

/* A story's own <header> (inside an <article> or <main>, holding an <h1>):
 * its first publication-date line, bare or labelled ("January 5, 2026"
 * under the headline, beside a category link, in a box named for no date),
 * noted in m->date_head before strip() drops the header with the story's
 * head.  Once per page; validity is checked where the date is used.
 * Bounded: scan_date_lines' budget of 500 elements. */
static void note_head_date(xmlNode *c, pa_meta *m)
{
    if (m->have_date_head || !name_is(c, "header") || !inside_story(c) || !holds_h1(c))
        return;
    size_t budget = 500;
    m->have_date_head = scan_date_lines(c, pa_meta_date_lang(m), 0, 1, &m->date_head, 0, &budget, NULL, NULL);
}

/* Is n inside an <article> or <main>?  (a bounded walk up) */
static int in_article(const xmlNode *n)
{
    int d = 0;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE && d < 64; p = p->parent, d++)
        if (name_is(p, "article") || name_is(p, "main"))
            return 1;
    return 0;
}

/* A <time> of the last change: it or its parent is named for one
 * (class="updated", Drupal's "field--name-changed", "date-modified"). */
static int time_of_change(const xmlNode *n)
{
    static const char *const words[] = {"updated", "modified", "changed"};
    for (int k = 0; k < 2 && n && n->type == XML_ELEMENT_NODE; k++, n = n->parent) {
        const char *v = attr_ref(n, "class");
        for (size_t i = 0; v && i < sizeof words / sizeof words[0]; i++)
            if (strcasestr(v, words[i]))
                return 1;
    }
    return 0;
}

/* Links under n, counted up to 3 (a bounded walk). */
static int count_links(const xmlNode *n, int depth)
{
    int links = 0;
    for (const xmlNode *c = n->children; c && links < 3 && depth < 16; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            links += name_is(c, "a") ? 1 : count_links(c, depth + 1);
    return links;
}

/* An h1 holding three links or more is a menu ("Features Reviews Video
 * Science Shop"), not a headline. */
static int menu_heading(const xmlNode *h1)
{
    return count_links(h1, 0) >= 3;
}

/* Does href point at a site's front page: "/", "./", "index.html", or an
 * address with no path after its host ("https://example.org/")? */
static int front_page_href(const char *href)
{
    if (!href)
        return 0;
    href += strspn(href, " \t\n\r");
    if (!strcmp(href, "/") || !strcmp(href, "./") || !strcasecmp(href, "index.html") || !strcasecmp(href, "/index.html"))
        return 1;
    const char *scheme = strstr(href, "://");
    if (!scheme || strchr(href, '/') < scheme)
        return 0;
    const char *path = strchr(scheme + 3, '/');
    return !path || !strcmp(path, "/");
}

/* An h1 that is the site's logo: all it holds is one link to the front
 * page ("<h1 class=heading><a href="/"><span>Archive of Our Own</span>
 * <sup>beta</sup><img alt=…></a></h1>"), no headline of this page. */
static const xmlNode *sole_link(const xmlNode *h1);

static int logo_heading(const xmlNode *h1)
{
    const xmlNode *link = sole_link(h1);
    return link && front_page_href(attr_ref(link, "href"));
}

/* The one link an h1 holds alone (nothing but spaces beside it), or NULL. */
static const xmlNode *sole_link(const xmlNode *h1)
{
    const xmlNode *link = NULL;
    for (const xmlNode *c = h1->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE) {
            for (const xmlChar *t = c->content; t && *t; t++)
                if (!isspace(*t))
                    return 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (link || !name_is(c, "a"))
                return 0;
            link = c;
        }
    }
    return link;
}

/* Is the <script> c one of a Next.js app-router page's flight chunks
 * (pa_ldbody_flight_script of its first text node's first 128 bytes)? */
static int flight_script(const xmlNode *c)
{
    const xmlNode *t = c->children;
    return t && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content &&
           pa_ldbody_flight_script((const char *)t->content, strnlen((const char *)t->content, 128));
}

/* Does the microdata item n, typed `type` (the itemtype after
 * "schema.org/"), say its page is a discussion: a DiscussionForumPosting
 * that is no item's comment (a news site's comments typed so:
 * itemprop="comment"), a Question or an Answer outside an FAQPage (a news
 * article's or a shop's FAQ block)?  Climbs at most 12 ancestors. */
static int microdata_discussion(const xmlNode *n, const char *type)
{
    if (!strncmp(type, "DiscussionForumPosting", 22)) {
        const char *prop = attr_ref(n, "itemprop");
        return !prop || !strcasestr(prop, "comment");
    }
    if (strncmp(type, "Question", 8) && strncmp(type, "Answer", 6))
        return 0;
    int l = 0;
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && l < 12; a = a->parent, l++) {
        const char *it = a->properties ? attr_ref(a, "itemtype") : NULL;
        if (it && strstr(it, "schema.org/FAQPage"))
            return 0;
    }
    return 1;
}

static void collect_meta(xmlNode *n, pa_meta *m, const char *base, int depth, int *date_rank, size_t *budget)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if ((*budget)-- == 0 || depth > PA_EXTRACT_MAX_DEPTH)
            return;
        /* (a page typed an article is no discussion whatever else it says, pa_meta_discussion: no more to read) */
        if (c->properties && !(m->discussion & PA_DISC_ARTICLE_TYPED)) {
            /* microdata of a thread or a Q&A page: itemtype="https://schema.org/DiscussionForumPosting";
             * of an article, the page's own item (no itemprop): itemtype="https://schema.org/NewsArticle" */
            const char *it = attr_ref(c, "itemtype");
            const char *st = it ? strstr(it, "schema.org/") : NULL;
            if (st && microdata_discussion(c, st + 11))
                m->discussion |= PA_DISC_HINT;
            else if (st && (!strncmp(st + 11, "NewsArticle", 11) || !strncmp(st + 11, "Article", 7) ||
                            !strncmp(st + 11, "BlogPosting", 11)) && !attr_ref(c, "itemprop"))
                m->discussion |= PA_DISC_ARTICLE_TYPED;
            /* a forum engine's reply-with-quote link: phpBB's "posting.php?mode=quote", vBulletin's
             * "newreply.php?do=newreply", SMF's "index.php?action=post;quote=" */
            const char *href = c->name[0] == 'a' && !c->name[1] ? attr_ref(c, "href") : NULL;
            const char *q = href ? strchr(href, '?') : NULL;
            if (q && (strstr(q, "mode=quote") || strstr(q, "do=newreply") || strstr(q, "action=post;quote=")))
                m->discussion |= PA_DISC_HINT;
        }
        if (name_is(c, "meta")) {
            char *content = attr(c, "content");
            char *keys[3] = {attr(c, "property"), attr(c, "name"), attr(c, "itemprop")};
            char *he = attr(c, "http-equiv");
            /* a value may name several keys: property="og:title twitter:title" */
            for (int k = 0; k < 3 && content; k++) {
                const char *v = keys[k];
                for (int t = 0; v && *v && t < 8; t++) {
                    v += strspn(v, " \t\n\r\f");
                    size_t kl = strcspn(v, " \t\n\r\f");
                    char key[64];
                    if (kl && kl < sizeof key) {
                        memcpy(key, v, kl);
                        key[kl] = '\0';
                        pa_meta_key(m, key, content, date_rank);
                    }
                    v += kl;
                }
            }
            if (he && content && !strcasecmp(he, "content-language"))
                pa_meta_set_str(&m->meta_lang, content);
            free(content);
            free(he);
            for (int k = 0; k < 3; k++)
                free(keys[k]);
        } else if (name_is(c, "link")) {
            char *rel = attr(c, "rel"), *href = attr(c, "href"), *hl = attr(c, "hreflang");
            if (rel && href) {
                if (strcasestr(rel, "canonical") && !m->canonical) {
                    char *abs = NULL;
                    pa_err e;
                    if ((base ? pa_url_resolve(base, href, &abs, &e) : pa_url_normalize(href, &abs, &e)) == PA_OK)
                        m->canonical = abs;
                } else if (strcasestr(rel, "alternate") && hl) {
                    pa_meta_add_alternate(m, hl, href, base);
                }
            }
            free(rel);
            free(href);
            free(hl);
        } else if (name_is(c, "title")) {
            if (!m->title_tag)
                m->title_tag = node_text(c);
        } else if (name_is(c, "h1") && !menu_heading(c)) {
            char **slot = !m->title_h1 ? &m->title_h1 : NULL;
            for (size_t i = 0; !slot && i < PA_TITLE_MORE_H1; i++)
                if (!m->h1_more[i])
                    slot = &m->h1_more[i];
            if (slot) {
                *slot = node_text(c);
                if (*slot && !**slot) {
                    free(*slot);
                    *slot = NULL;
                }
                if (*slot && slot == &m->title_h1)
                    m->h1_one_link = sole_link(c) != NULL;
                if (*slot && logo_heading(c)) /* kept for the text's rules, no headline for the title */
                    m->h1_logo |= 1u << (slot == &m->title_h1 ? 0 : 1 + (size_t)(slot - m->h1_more));
            }
        } else if (!m->title_h2 && name_is(c, "h2") && titled_class(attr_ref(c, "class"))) {
            m->title_h2 = node_text(c); /* the headline of a blog theme that sets it in an <h2> */
            if (m->title_h2 && !*m->title_h2) {
                free(m->title_h2);
                m->title_h2 = NULL;
            }
        } else if (name_is(c, "script")) {
            char *type = attr(c, "type");
            if (type && strcasestr(type, "ld+json")) {
                pa_buf b;
                pa_buf_init(&b, PA_JSONLD_MAX_BYTES);
                gather_text(c, &b, 0);
                pa_meta_jsonld(m, b.data, b.len);
                pa_buf_free(&b);
            } else if (flight_script(c)) {
                /* an app-router page's flight data, read only if the markup proves a shell */
                if (m->flight.len < PA_LDBODY_STATE_MAX_BYTES) {
                    if (!m->flight.limit)
                        pa_buf_init(&m->flight, PA_LDBODY_STATE_MAX_BYTES);
                    gather_text(c, &m->flight, 0);
                    pa_buf_putc(&m->flight, '\n');
                }
            } else if (!m->state_script) {
                /* a client-rendered page's state, read only if the markup proves an empty shell */
                const char *id = attr_ref(c, "id");
                const xmlNode *t = c->children;
                int next_data = id && (!strcmp(id, "__NEXT_DATA__") || !strcmp(id, "__NUXT_DATA__"));
                if (next_data || (t && (t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content &&
                                  pa_ldbody_state_script((const char *)t->content, strnlen((const char *)t->content, 128)))) {
                    pa_buf b;
                    pa_buf_init(&b, PA_LDBODY_STATE_MAX_BYTES);
                    gather_text(c, &b, 0);
                    if (b.len)
                        m->state_script = pa_buf_steal(&b);
                    pa_buf_free(&b);
                }
            }
            free(type);
            continue;
        } else if (name_is(c, "html")) {
            char *l = attr(c, "lang");
            if (!l)
                l = attr(c, "xml:lang");
            pa_meta_set_str(&m->html_lang, l);
            free(l);
        } else if (name_is(c, "time") || c->properties) {
            const char *ip, *cls, *id;
            static const char *const names[] = {"itemprop", "class", "id"};
            const char **const slots[] = {&ip, &cls, &id};
            attrs_of(c, names, slots, N_TOKENS(names));
            int is_pub = ip && !strcasecmp(ip, "datePublished");
            int is_mod = ip && !strcasecmp(ip, "dateModified");
            if (name_is(c, "time") || is_pub || is_mod) {
                char *dt = attr(c, "datetime");
                if (!dt && (is_pub || is_mod))
                    dt = attr(c, "content");
                const char *pubdate = attr_ref(c, "pubdate");
                if (dt && (is_pub || pubdate))
                    pa_meta_set_str(&m->date_time_pub, dt);
                else if (dt && (is_mod || time_of_change(c)))
                    pa_meta_set_str(&m->date_time_mod, dt);
                else if (dt && !m->date_time_art && in_article(c))
                    pa_meta_set_str(&m->date_time_art, dt);
                else if (dt)
                    pa_meta_set_str(&m->date_time, dt);
                if (!dt && !m->date_time_text && name_is(c, "time")) {
                    /* <time>July 2, 2025</time>: no machine date, a human one (not the day of the last change
                     * that a <dt> labels: "<dt>Date modified:</dt><dd><time>2017-10-05</time></dd>") */
                    char *tt = node_text(c);
                    pa_date td;
                    size_t ttl = tt ? strlen(tt) : 0;
                    if (ttl && ttl < 100 && c->parent && name_is(c->parent, "dd") &&
                        term_dated_line(c->parent, tt, ttl, NULL, &td) == 2)
                        ttl = 0;
                    if (tt && ttl && ttl < 100)
                        pa_meta_set_str(&m->date_time_text, tt);
                    free(tt);
                }
                free(dt);
            }
            if (!is_pub && !name_is(c, "time"))
                note_date_hint(c, m, cls, id);
        }
        note_head_date(c, m);
        if (c->children)
            collect_meta(c->children, m, base, depth + 1, date_rank, budget);
    }
}

/* ---- boilerplate ---- */

static const char *const drop_tags[] = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "input",
    "button", "select", "textarea", "nav", "aside", "footer", "header", "menu", "dialog", "figure", "map",
    "audio", "video", "picture", "img", "label", "option", "head", "title", "link", "meta",
};

/* The class tokens of the data boxes of sports and markets pages: one
 * list for bad_tokens and data_box_tokens.  Sports pages also set inside
 * the story a head-to-head record, a form guide ("W W D L W"), the match's
 * key events ("12' Goal: …"), a player's profile or fantasy card, the
 * fans' rating or vote box, the player-of-the-match vote, a bookmaker's
 * free-bet offer, a TV-style score bug, a stat box ("By the numbers") and
 * a tale of the tape, the match centre's stats embed and its events
 * timeline ("23' Goal Kerr").  A product review sets apart its verdict box
 * (the score badge, a game's or film's "review-score" or "review-box" box
 * with its number, word and platform, "Our verdict", the pros and cons
 * lists), which repeats the review's judgement as a star widget does (a
 * buying guide's pros and cons lists under each product's heading stay:
 * they are its text). */
#define DATA_BOX_TOKENS                                                                                          \
    "scorecard", "scoreboard", "scorestrip", "score-strip", "boxscore", "box-score", "linescore", "line-score",  \
        "standings", "league-table", "leaguetable", "lineups", "line-ups", "match-stats", "matchstats",          \
        "match-facts", "matchfacts", "team-stats", "teamstats", "fixture", "odds", "betting", "quote-box",       \
        "quotebox", "quote-strip", "quotestrip", "game-leaders", "gameleaders", "leaderboard", "head-to-head",   \
        "headtohead", "form-guide", "formguide", "key-events", "keyevents", "player-profile", "playerprofile",   \
        "fan-rating", "fanrating", "fan-rate", "fan-vote", "fanvote", "bet-offer", "betoffer", "free-bet",       \
        "freebet", "chart-embed", "chartembed", "lap-chart", "lapchart", "shot-chart", "shotchart",              \
        "score-bug", "scorebug", "stat-box", "statbox", "tale-of-the-tape", "player-card", "playercard",         \
        "player-of-the-match", "man-of-the-match", "motm", "verdict-box", "verdictbox", "score-badge",         \
        "scorebadge", "rating-box", "ratingbox", "score-box", "scorebox", "review-score", "reviewscore",          \
        "match-centre", "matchcentre", "match-center", "matchcenter", "match-timeline", "matchtimeline",        \
        "review-box", "reviewbox"

static const char *const bad_tokens[] = {
    "nav", "menu", "footer", "header", "sidebar", "side-bar", "share", "sharing", "social", "comment",
    "related", "breadcrumb", "crumbs", "cookie", "consent", "gdpr", "banner", "newsletter", "subscribe",
    "popup", "modal", "widget", "advert", "sponsor", "promo", "pagination", "pager", "prev-next", "prevnext",
    "post-nav", "postnav", "tags", "tagcloud", "author-bio", "login", "signin", "search", "language",
    "lang-switch", "langswitch", "translate", "disqus", "respond", "reply", "masthead", "toolbar", "topbar",
    "copyright", "inquiry", "enquiry", "contact-form", "recommend", "most-read", "mostread", "popular", "trending",
    "read-more", "readmore", "skip", "hidden", "print", "rss", "carousel", "slider", "swiper", "product-list",
    "products", "ad-", "ads", "adsbygoogle", "outbrain", "taboola", "sns", "bshare", "addthis", "sharethis",
    "relate", "next", "prev", "previous", "mobile-nav", "offcanvas", "dropdown", "submenu", "foot", "head-",
    "dialog",
    "cta", /* a call to action's box between the paragraphs ("cta-block": "Ready to …?" and its button) */
    /* the page's table of contents ("ez-toc-container", "toc_container"), its title left when its list
     * goes; not a bare "toc", which some templates set on the story's headings to list them there */
    "toc-container", "toc_container", "ez-toc", "toc-title", "toc_title", "table-of-contents",
    /* teaser lists of more stories (also teaser tokens below) */
    "more-stories", "more_stories", "morestories", "more-news", "more_news", "morenews", "more-articles",
    "more_articles", "morearticles", "more-features", "morefeatures", "more-from", "morefrom", "you-may-like",
    "youmaylike", "you-might-like", "also-read", "read-also", "readalso", "editors-picks", "editorspicks",
    "vjs-", /* the controls of a video.js player */
    "ai2html", /* the labels of a chart drawn with ai2html */
    /* the call for the reader's money under the story ("contributions__epic", "duet--article--contribution-box";
     * not "contribution" alone: a guest post's "contribution-body" holds the story) */
    "donate", "donation", "contributions", "contribution-box",
    "condolence", "guestbook", "guest-book", /* an obituary's guest book: the readers' messages */
    "classified", "job-board", "jobboard", /* a newsletter's or a paper's classified ads and job board */
    "webmention", /* a blog's webmentions (IndieWeb): other sites' likes, reposts and replies */
    "zemanta", /* the Zemanta plugin's "Related articles" list and pixie in a 2010s blog post ("zemanta-article-ul") */
    /* the floating chat boxes of shops and trade sites (WhatsApp, live chat) */
    "joinchat", "livechat", "live-chat", "chat-widget", "chatwidget", "chatbox", "chat-box", "whatsapp",
    DATA_BOX_TOKENS, /* the data boxes of sports and markets pages (data_box_tokens) */
};

/* Bad tokens naming the data boxes of sports and markets pages beside or
 * inside the story: score strips, box scores, scorecards, league tables,
 * line-ups, match stats, fixtures, odds, quote boxes.  Their plain text
 * (a row of scores, "Extras 10 (b 4, lb 3) Total 192 all out") is no
 * prose: such a box goes unless it holds the article's paragraphs
 * (holds_content). */
static const char *const data_box_tokens[] = {DATA_BOX_TOKENS};

static const char *const good_tokens[] = {
    "article", "content", "main", "body", "entry", "post", "story", "text", "news-detail", "detail",
    "blog", "page-content",
    /* the same words in the languages of the press pages: Polish artykuł,
     * treść, tekst; Russian stat'ya (transliterated) */
    "artykul", "tresc", "tekst", "statya", "statia",
};

/* Tokens that mark a block as boilerplate whatever it holds; the other bad
 * tokens (layout words such as "sidebar", "header", "menu") give way when
 * the block holds real prose (a "two-col-sidebar-right" page wrapper). */
static const char *const hard_tokens[] = {
    "comment", "respond", "reply", "disqus", "share", "sharing", "social", "cookie", "consent", "gdpr",
    "related", "relate", "recommend", "breadcrumb", "crumbs", "newsletter", "subscribe", "inquiry", "enquiry",
    "contact-form", "outbrain", "taboola", "adsbygoogle", "most-read", "mostread", "popular", "trending", "read-more",
    "readmore", "bshare", "addthis", "sharethis", "sns", "login", "signin", "author-bio", "copyright",
    "post-nav", "postnav", "prev-next", "prevnext", "dialog", "modal", "vjs-", "donate", "donation", "contributions",
    "contribution-box",
    "condolence", "guestbook", "guest-book", "joinchat", "livechat", "live-chat", "chat-widget", "chatwidget",
    "chatbox", "chat-box", "whatsapp", "webmention", "zemanta",
};

/* Hard tokens whose blocks hold prose of their own (comments, teasers):
 * dropped however much text they hold. */
static const char *const teaser_tokens[] = {
    "comment", "respond", "reply", "disqus", "related", "relate", "recommend", "most-read", "mostread", "popular",
    "trending", "outbrain", "taboola", "author-bio", "ai2html", "more-stories", "more_stories", "morestories",
    "more-news", "more_news", "morenews", "more-articles", "more_articles", "morearticles", "more-features",
    "morefeatures", "more-from", "morefrom", "you-may-like", "youmaylike", "you-might-like", "also-read",
    "read-also", "readalso", "editors-picks", "editorspicks", "condolence", "guestbook", "guest-book", "webmention",
    "zemanta",
};

/* Words that start with a token but mean something else: "subscriber"
 * names who may read a block (a newspaper template's "subscriber-only",
 * "subscriber-preview", "subscriber-premium" parts of the story body), not
 * the call to subscribe. */
static const char *const token_exceptions[] = {
    "populat", "commentary", "shareholder", "headerless", "replyless", "dialogue", "subscriber",
};

/* Comment sections in the languages of the press pages (Polish opinie,
 * komentarze; Russian kommentarii, otzyvy; Chinese pinglun; Greek sxolia):
 * also matched at camelCase humps ("opOpinia", "komentarzWiersz"). */
static const char *const comment_tokens[] = {
    "comment", "comm", "comms", "komentar", "komment", "opinia", "opinie", "otzyv", "pinglun", "sxolia",
};

/* One element's class and id words ("class id"): the original (for
 * camelCase humps) and a lower-cased copy, made once for all the token
 * tests of the element; both cut at 599 bytes. */
#define CLASS_WORDS_STARTS 300 /* word starts in 599 bytes at most: a letter after a non-letter, or a hump */
typedef struct {
    char orig[600];
    char low[600];
    size_t len;
    /* (words_have's cache, made on its first call: where the words start,
     * starts[0] without camelCase humps, starts[1] with them; starts_for is
     * the len they were found for, SIZE_MAX when not found yet.
     * class_words_add resets it; code that writes low or orig otherwise
     * does so before the first words_have) */
    size_t starts_for;
    unsigned short n_starts[2];
    unsigned short starts[2][CLASS_WORDS_STARTS];
} class_words;

/* Append at most max bytes of the string v (NULL: nothing) to w,
 * lower-cased in w->low. */
static void class_words_add(class_words *w, const char *v, size_t max)
{
    w->starts_for = SIZE_MAX;
    size_t n = 0, room = sizeof w->orig - 1 - w->len;
    while (v && n < max && n < room && v[n])
        n++;
    memcpy(w->orig + w->len, v ? v : "", n);
    for (size_t i = 0; i < n; i++)
        w->low[w->len + i] = (char)tolower((unsigned char)v[i]);
    w->len += n;
    w->orig[w->len] = w->low[w->len] = '\0';
}

/* Fill w with the string v (NULL: no words). */
static void class_words_set(class_words *w, const char *v)
{
    w->len = 0;
    class_words_add(w, v, SIZE_MAX);
}

/* The tokens of one list grouped by their first letter, with their
 * lengths: words_have tries at a word start only the tokens that begin
 * with its letter.  Built once per list and thread (token_index_of). */
#define TOKEN_INDEX_MAX 255 /* longer lists are scanned whole */
typedef struct {
    unsigned short first[27];               /* tokens of letter L: order[first[L] .. first[L + 1]) */
    unsigned char order[TOKEN_INDEX_MAX];   /* token numbers, grouped by letter */
    unsigned char len[TOKEN_INDEX_MAX];     /* strlen of each token (tokens are short) */
} token_index;

/* The index of the token list toks[0..nt) for this thread, built on first
 * use; NULL when the list is too long or the thread's cache is full (the
 * caller then scans the list whole).  The cache is keyed by the list's
 * address: toks must be an array of static storage (all the token lists
 * here are), never one on the stack, whose address another list reuses. */
#define TOKEN_INDEX_CACHE 32 /* lists indexed per thread */
#define TOKEN_INDEX_SLOTS 64 /* the cache's hash slots by list address: twice its lists, so probes stay short */
static const token_index *token_index_of(const char *const *toks, size_t nt)
{
    static _Thread_local token_index cache[TOKEN_INDEX_CACHE];
    static _Thread_local pa_list_key keys[TOKEN_INDEX_CACHE];
    static _Thread_local size_t cached;
    static _Thread_local unsigned char slot[TOKEN_INDEX_SLOTS]; /* 1 + a cache entry, 0: empty */
    size_t h, found = pa_list_cache_find(slot, TOKEN_INDEX_SLOTS, keys, toks, nt, &h);
    if (found)
        return &cache[found - 1];
    if (nt > TOKEN_INDEX_MAX || cached == TOKEN_INDEX_CACHE || h == TOKEN_INDEX_SLOTS)
        return NULL;
    for (size_t k = 0; k < nt; k++)
        if (strlen(toks[k]) > UCHAR_MAX)
            return NULL;
    token_index *x = &cache[cached];
    size_t at = 0;
    for (int letter = 0; letter < 26; letter++) {
        x->first[letter] = (unsigned short)at;
        for (size_t k = 0; k < nt; k++)
            if (toks[k][0] == 'a' + letter)
                x->order[at++] = (unsigned char)k;
    }
    x->first[26] = (unsigned short)at; /* a token not opening with a-z never matches a word start */
    for (size_t k = 0; k < nt; k++)
        x->len[k] = (unsigned char)strlen(toks[k]);
    keys[cached] = (pa_list_key){toks, nt};
    cached++;
    slot[h] = (unsigned char)cached;
    return x;
}

/* Does token t (tl bytes) match w's words at byte i, a word start: the
 * token there, ending a word when short (see words_have), and no
 * exception word there? */
static int token_at(const class_words *w, size_t i, const char *t, size_t tl, int camel)
{
    const char *buf = w->low, *v = w->orig;
    if (t[0] != buf[i] || (t[1] && t[1] != buf[i + 1]))
        return 0;
    if (i + tl > w->len || memcmp(buf + i, t, tl) != 0)
        return 0;
    if (tl > 5 || t[tl - 1] == '-' || !isalpha((unsigned char)buf[i + tl]) ||
        (camel && isupper((unsigned char)v[i + tl]))) {
        for (size_t x = 0; x < sizeof token_exceptions / sizeof token_exceptions[0]; x++)
            if (strncmp(buf + i, token_exceptions[x], strlen(token_exceptions[x])) == 0)
                return 0;
        return 1;
    }
    return 0;
}

/* The word starts of w (see words_have), `camel`: with the camelCase
 * humps; their count in *count.  Found on the first call for w's words
 * and kept in w's cache (w is the caller's, never a const object). */
static const unsigned short *word_starts(const class_words *w, int camel, size_t *count)
{
    class_words *cache = (class_words *)(uintptr_t)w;
    if (w->starts_for != w->len) {
        const char *buf = w->low, *v = w->orig;
        size_t plain = 0, humps = 0;
        for (size_t i = 0; i < w->len && i < sizeof w->low - 1; i++) {
            if (!isalpha((unsigned char)buf[i]))
                continue;
            int starts_plain = i == 0 || !isalpha((unsigned char)buf[i - 1]);
            int starts_hump = starts_plain || (isupper((unsigned char)v[i]) && islower((unsigned char)v[i - 1]));
            if (starts_plain && plain < CLASS_WORDS_STARTS)
                cache->starts[0][plain++] = (unsigned short)i;
            if (starts_hump && humps < CLASS_WORDS_STARTS)
                cache->starts[1][humps++] = (unsigned short)i;
        }
        cache->n_starts[0] = (unsigned short)plain;
        cache->n_starts[1] = (unsigned short)humps;
        cache->starts_for = w->len;
    }
    *count = w->n_starts[camel ? 1 : 0];
    return w->starts[camel ? 1 : 0];
}

/* Does one of the words in w contain a token?  `camel`: a token may also
 * start at a lower-to-upper case change. */
static int words_have(const class_words *w, const char *const *toks, size_t nt, int camel)
{
    const char *buf = w->low;
    const token_index *x = token_index_of(toks, nt);
    /* A token must start a word (start of the value or after a non-letter);
     * short tokens must also end one, so "nav" does not hit "canvas". */
    size_t n_starts;
    const unsigned short *starts = word_starts(w, camel, &n_starts);
    for (size_t s = 0; s < n_starts; s++) {
        size_t i = starts[s];
        if (x) {
            unsigned letter = (unsigned char)buf[i] - 'a';
            if (letter >= 26)
                continue; /* no token starts there */
            for (size_t j = x->first[letter]; j < x->first[letter + 1]; j++) {
                const char *t = toks[x->order[j]];
                if (t[1] && t[1] != buf[i + 1])
                    continue; /* (token_at's own first test, without the call) */
                if (token_at(w, i, t, x->len[x->order[j]], camel))
                    return 1;
            }
        } else {
            for (size_t k = 0; k < nt; k++)
                if (token_at(w, i, toks[k], strlen(toks[k]), camel))
                    return 1;
        }
    }
    return 0;
}

/* Is n an element named one of names[0..nn)?  by_letter, the list's
 * token_index_of (NULL: none), narrows the compares to the names that
 * start with n's first letter. */
static int name_among(const xmlNode *n, const char *const *names, size_t nn, const token_index *by_letter)
{
    if (by_letter && n && n->type == XML_ELEMENT_NODE && n->name) {
        unsigned letter = (unsigned)n->name[0] - 'a';
        if (letter >= 26)
            return 0; /* no name of the list starts there */
        for (size_t j = by_letter->first[letter]; j < by_letter->first[letter + 1]; j++)
            if (name_is(n, names[by_letter->order[j]]))
                return 1;
        return 0;
    }
    for (size_t i = 0; i < nn; i++)
        if (name_is(n, names[i]))
            return 1;
    return 0;
}

/* Does w hold one of the tokens (lower-case) anywhere, inside a word too
 * ("wp-caption", "imageCaption", "photocaption")?  Unlike words_have, no
 * word boundary and no exceptions: for tokens no other word holds. */
static int words_contain(const class_words *w, const char *const *toks, size_t nt)
{
    /* (the bytes w holds, once: a token with a byte w lacks is not searched for) */
    uint64_t held[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < w->len; i++)
        held[(unsigned char)w->low[i] >> 6] |= 1ull << ((unsigned char)w->low[i] & 63);
    for (size_t k = 0; k < nt; k++) {
        const unsigned char *b = (const unsigned char *)toks[k];
        while (*b && (held[*b >> 6] >> (*b & 63) & 1))
            b++;
        if (!*b && strstr(w->low, toks[k]))
            return 1;
    }
    return 0;
}

/* Does one of the class/id words of v (NULL: none) contain a token?  See
 * words_have; an element tested against several lists builds its
 * class_words once instead. */
static int has_token_at(const char *v, const char *const *toks, size_t nt, int camel)
{
    if (!v)
        return 0;
    class_words w;
    class_words_set(&w, v);
    return words_have(&w, toks, nt, camel);
}

/* An id or class made from a sentence (an anchor slug): five words or more. */
static int slug_like(const char *v)
{
    int words = 0, in = 0;
    for (size_t i = 0; v[i] && i < 512; i++) {
        int alpha = isalnum((unsigned char)v[i]);
        if (alpha && !in)
            words++;
        in = alpha;
        if (v[i] == ' ')
            return 0; /* several class names, not one slug */
    }
    return words >= 5;
}

/* Append the ASCII letters and digits of the text under n, lower-cased,
 * to buf (*len of cap bytes used); 0 when they do not fit (or the walk is
 * too deep). */
static int gather_alnum(const xmlNode *n, char *buf, size_t *len, size_t cap, int depth)
{
    if (depth > 8)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *t = c->content; *t; t++)
                if (isalnum(*t)) {
                    if (*len + 1 >= cap)
                        return 0;
                    buf[(*len)++] = (char)tolower(*t);
                }
        } else if (c->type == XML_ELEMENT_NODE && !gather_alnum(c, buf, len, cap, depth + 1)) {
            return 0;
        }
    }
    return 1;
}

/* Is id the anchor a CMS made from heading n's own text ("what-s-next"
 * on <h2>What's next</h2>): the same letters and digits, case and
 * punctuation aside?  Such an id says what the heading says, not what the
 * box is ("next" in it is no pager).  A CMS may cut the slug short
 * ("no-consent-was-sough" on <h2>'No consent was sought'</h2>): a slug
 * of two words or more and 12 letters and digits at least that opens the
 * heading's text is its own too.  n may also be an element right inside a
 * heading (MediaWiki's anchor span, id "In_popular_culture"), read on its
 * own text. */
static int heading_own_slug(const xmlNode *n, const char *id)
{
    const xmlNode *up = n->parent; /* (or the anchor inside one: MediaWiki's <span class="mw-headline"
                                    * id="In_popular_culture"> in its <h2>) */
    if ((n->name[0] != 'h' || !is_heading(n)) &&
        (!up || up->type != XML_ELEMENT_NODE || up->name[0] != 'h' || !is_heading(up)))
        return 0;
    char text[128], slug[128];
    size_t tl = 0, sl = 0;
    if (!gather_alnum(n, text, &tl, sizeof text, 0) || tl < 3)
        return 0;
    for (size_t i = 0; id[i]; i++)
        if (isalnum((unsigned char)id[i])) {
            if (sl + 1 >= sizeof slug)
                return 0;
            slug[sl++] = (char)tolower((unsigned char)id[i]);
        }
    int cut = sl >= 12 && sl < tl && strpbrk(id, "-_");
    return (sl == tl || cut) && !memcmp(slug, text, sl);
}

/* Fill w with the "class id" words of n, its class cls and id id (NULL:
 * none, as attr_ref reads them); an id made from a sentence (an anchor
 * slug such as "1-heading-how-popular-are-…") or from a heading's own
 * text (heading_own_slug) does not count.  Returns 0 when n has neither. */
static int class_words_from(class_words *w, const xmlNode *n, const char *cls, const char *id)
{
    if (id && (slug_like(id) || heading_own_slug(n, id)))
        id = NULL;
    w->len = 0;
    class_words_add(w, cls, SIZE_MAX);
    class_words_add(w, " ", 1);
    class_words_add(w, id, SIZE_MAX);
    return cls || id;
}

/* class_words_from with n's class and id as attr_ref reads them. */
static int class_words_of(class_words *w, const xmlNode *n)
{
    return class_words_from(w, n, attr_ref(n, "class"), attr_ref(n, "id"));
}

/* Paragraphs of real text (not links) under n: a layout wrapper, not a widget. */
static void prose_stats(const xmlNode *n, size_t *paras, size_t *chars, size_t *links, int in_link, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t k = visible_chars(c->content);
            *chars += k;
            if (in_link)
                *links += k;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (name_is(c, "p"))
                (*paras)++;
            prose_stats(c, paras, chars, links, in_link || is_link(c), depth + 1);
        }
    }
}

/* Visible characters under n, and those inside h1-h6 elements and inside
 * links (bounded walk), for heading_block(). */
static void heading_stats(const xmlNode *n, size_t *chars, size_t *in_heading, size_t *links, int heading, int in_link,
                          int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t k = visible_chars(c->content);
            *chars += k;
            *in_heading += heading ? k : 0;
            *links += in_link ? k : 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            int h = is_heading(c);
            heading_stats(c, chars, in_heading, links, heading || h, in_link || name_is(c, "a"), depth + 1);
        }
    }
}

/* Does n hold a subheading and nothing else (no links)?  Page builders
 * (Elementor, Divi) put each heading of an article in a "widget" box of
 * its own; a subheading is article text. */
static int heading_block(const xmlNode *n)
{
    size_t chars = 0, in_heading = 0, links = 0;
    heading_stats(n, &chars, &in_heading, &links, 0, 0, 0);
    return chars && chars < 200 && in_heading == chars && !links;
}

/* A test of one element, for holds(). */
typedef int (*element_test)(const xmlNode *n);

/* The first element under n that passes test, at most max_depth levels
 * down and *budget elements; NULL when none. */
static const xmlNode *find_first(const xmlNode *n, element_test test, int max_depth, int depth,
                                 size_t *budget)
{
    if (depth > max_depth)
        return NULL;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (*budget == 0)
            return NULL;
        (*budget)--;
        if (test(c))
            return c;
        const xmlNode *h = find_first(c, test, max_depth, depth + 1, budget);
        if (h)
            return h;
    }
    return NULL;
}

/* Does n's subtree hold an element that passes test?  A bounded walk: at
 * most max_depth levels below `depth`, and *budget elements (shared by the
 * caller's walks: once spent, the answer is no). */
static int holds(const xmlNode *n, element_test test, int max_depth, int depth, size_t *budget)
{
    return find_first(n, test, max_depth, depth, budget) != NULL;
}

static int is_main_tag(const xmlNode *n)
{
    return name_is(n, "main") || name_is(n, "article");
}

/* Does the subtree hold a <main> or <article> element (bounded walk)? */
static int holds_main(const xmlNode *n, int depth, size_t *budget)
{
    return holds(n, is_main_tag, PA_EXTRACT_MAX_DEPTH, depth, budget);
}

/* Page-structure tags that are boilerplate when they hold what their name
 * says, but that broken or unusual markup turns into the article's
 * container: an unclosed <aside> or <button> the parser nests the rest of
 * the page into, a <header> that holds a whole blog post, an ASP.NET page
 * wrapped in one <form>.  They stay when they hold <main>/<article> or
 * several paragraphs of prose. */
static const char *const wrapper_tags[] = {
    "header", "footer", "aside", "form", "button", "label", "dialog", "menu", "nav",
};

/* Does n hold the page's article although its tag, role or class says
 * boilerplate?  A <main>/<article> inside, or prose (`strong`: more of it
 * than any widget holds).  Bounded walks. */
static int holds_content(const xmlNode *n, int strong)
{
    size_t budget = 20000;
    if (holds_main(n, 0, &budget))
        return 1;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    if (strong)
        return paras >= 5 && chars >= 1000 && links * 5 < chars;
    return (paras >= 3 && chars >= 600 && links * 10 < chars * 3) || (paras >= 8 && links * 10 < chars * 6);
}

static int is_table_tag(const xmlNode *n)
{
    return name_is(n, "table") || name_is(n, "pre");
}

static int is_pre_tag(const xmlNode *n)
{
    return name_is(n, "pre");
}

static int is_data_table_tag(const xmlNode *n)
{
    return name_is(n, "table");
}

/* Is n a code table's gutter: a <td> whose text is only the numbers of
 * consecutive lines ("1 2 3", two or more, or one beside a one-line
 * listing), beside a cell holding the code (<pre>)?  Hugo's Chroma,
 * Pygments' "linenos" tables and GitHub's gist tables print a listing so;
 * the numbers are no text of the code. */
static int line_number_gutter(const xmlNode *n)
{
    char buf[600];
    size_t len = 0;
    int digit = 0;
    if (!short_text(n, buf, sizeof buf, &len, &digit, 0) || !len)
        return 0;
    long expect = -1;
    for (const char *q = buf; *q;) {
        if (*q == ' ') {
            q++;
            continue;
        }
        if (*q < '0' || *q > '9')
            return 0;
        char *end;
        long v = strtol(q, &end, 10);
        if (end - q > 6 || (expect >= 0 && v != expect))
            return 0; /* (no listing has a millionth line: a long digit run is no line number, nor overflows) */
        expect = v + 1;
        q = end;
    }
    int cells = 0;
    for (const xmlNode *c = n->parent ? n->parent->children : NULL; c && cells < 8; c = c->next) {
        if (c == n || c->type != XML_ELEMENT_NODE || !name_is(c, "td"))
            continue;
        cells++;
        size_t budget = 500;
        if (holds(c, is_pre_tag, 8, 0, &budget))
            return 1;
    }
    return 0;
}

/* Is n a <figure> holding a code listing (<pre>) and no table: a block
 * editor's code card (Ghost's "kg-code-card")?  Its code is text, its
 * caption a caption. */
static int code_figure(const xmlNode *n)
{
    size_t pre_budget = 2000, table_budget = 2000;
    return n && name_is(n, "figure") && holds(n, is_pre_tag, PA_EXTRACT_MAX_DEPTH, 0, &pre_budget) &&
           !holds(n, is_data_table_tag, PA_EXTRACT_MAX_DEPTH, 0, &table_budget);
}

/* Does the subtree hold a <table> or <pre> (bounded walk)? */
static int holds_table(const xmlNode *n, int depth, size_t *budget)
{
    return holds(n, is_table_tag, PA_EXTRACT_MAX_DEPTH, depth, budget);
}

static int style_says(const char *style, const char *prop, const char *value);

/* Does the subtree hold a field a reader fills in: a visible <textarea>,
 * <select> or <input> other than hidden/submit/button/image (bounded walk;
 * the budget running out counts as a field)? */
static int holds_entry_field(const xmlNode *n, int depth, size_t *budget)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return 1;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if ((*budget)-- == 0)
            return 1;
        const char *style = attr_ref(c, "style");
        if (style && style_says(style, "display", "none"))
            continue;
        if (name_is(c, "textarea") || name_is(c, "select"))
            return 1;
        if (name_is(c, "input")) {
            const char *type = attr_ref(c, "type");
            if (!type || !(strcasecmp(type, "hidden") == 0 || strcasecmp(type, "submit") == 0 ||
                           strcasecmp(type, "button") == 0 || strcasecmp(type, "image") == 0))
                return 1;
            continue;
        }
        if (holds_entry_field(c, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Does an inline style set `prop` to `value` ("display : none",
 * "visibility:hidden")?  Spaces around the colon allowed; bounded by the
 * attribute's length. */
static int style_says(const char *style, const char *prop, const char *value)
{
    size_t pl = strlen(prop), vl = strlen(value);
    for (const char *p = strcasestr(style, prop); p; p = strcasestr(p + pl, prop)) {
        if (p > style && (isalnum((unsigned char)p[-1]) || p[-1] == '-'))
            continue; /* "max-display", "data-visibility" */
        const char *q = p + pl;
        while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
            q++;
        if (*q++ != ':')
            continue;
        while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
            q++;
        if (strncasecmp(q, value, vl) == 0 && !isalnum((unsigned char)q[vl]) && q[vl] != '-')
            return 1;
    }
    return 0;
}

/* Is there one class or id word in `both` (the class and id values,
 * space-separated; bounded: 64 words) that holds one of toks and, as
 * `with_good` asks, holds a good token too (1) or none (0)? */
static int one_word_with(const char *both, const char *const *toks, size_t nt, int with_good)
{
    const char *w = both;
    for (int count = 0; *w && count < 64; count++) {
        while (*w == ' ')
            w++;
        size_t n = strcspn(w, " ");
        class_words one;
        if (n && n < 200) {
            one.len = 0;
            class_words_add(&one, w, n);
            if (words_have(&one, toks, nt, 0) && words_have(&one, good_tokens, N_TOKENS(good_tokens), 0) == with_good)
                return 1;
        }
        w += n;
    }
    return 0;
}

/* One class or id word that names both the article and a teaser or
 * comment block ("entry-related", "article-comments", "post-recommend"):
 * the second word says which part of the article it is. */
static int teaser_word(const char *both)
{
    return one_word_with(both, teaser_tokens, N_TOKENS(teaser_tokens), 1);
}

/* One class or id word that names both the article and its share bar
 * ("story-share", "article-sharing", "post-social"): the second word
 * says which part of the article it is. */
static int share_word(const char *both)
{
    static const char *const share_tokens[] = {"share", "sharing", "social"};
    return one_word_with(both, share_tokens, N_TOKENS(share_tokens), 1);
}

/* One class or id word that names a box selling something and the content
 * it shows: a sponsor's ("sponsored-content-card", "sponsor-post": the box
 * a site sets in a story for an advertiser's piece) or a call to action's
 * ("blog-cta", "content-cta": a pitch with its button between the post's
 * paragraphs)? */
static int pitch_word(const char *both)
{
    static const char *const pitch_tokens[] = {"sponsor", "cta"};
    return one_word_with(both, pitch_tokens, N_TOKENS(pitch_tokens), 1);
}

/* Teaser tokens that name a list of other stories outright; "related" or
 * "comment" also name an option of the article's own block
 * ("with_related_categories", "comments-open"). */
static const char *const more_list_tokens[] = {
    "more-stories", "more_stories", "morestories", "more-news", "more_news", "morenews", "more-articles",
    "more_articles", "morearticles", "more-features", "morefeatures", "more-from", "morefrom", "you-may-like",
    "youmaylike", "you-might-like", "also-read", "read-also", "readalso", "editors-picks", "editorspicks",
};

/* Does one class or id word hold a token naming a list of more stories
 * ("moreFeatures") and no good token? */
static int teaser_alone(const char *both)
{
    return one_word_with(both, more_list_tokens, N_TOKENS(more_list_tokens), 0);
}

static int is_block(const xmlNode *n);
static int has_block_child(const xmlNode *n);

static int is_radio(const xmlNode *n)
{
    const char *type = name_is(n, "input") ? attr_ref(n, "type") : NULL;
    return type && strcasecmp(type, "radio") == 0;
}

/* Does the subtree hold a radio button (bounded walk)? */
static int holds_radio(const xmlNode *n, int depth, size_t *budget)
{
    return holds(n, is_radio, PA_EXTRACT_MAX_DEPTH, depth, budget);
}

/* A poll: a <form> of radio-button answers (one per <p>, which would read
 * as paragraphs) with little other text and no <main>/<article>. */
static int is_poll(const xmlNode *n)
{
    size_t budget = 5000;
    if (!holds_radio(n, 0, &budget))
        return 0;
    budget = 20000;
    if (holds_main(n, 0, &budget))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    return chars - links < 1500;
}

/* Radio buttons under n, counted up to `most` (a walk of *budget
 * elements, 16 levels). */
static size_t count_radios(const xmlNode *n, size_t most, int depth, size_t *budget)
{
    size_t k = 0;
    for (const xmlNode *c = n->children; c && k < most && depth < 16; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || *budget == 0)
            continue;
        (*budget)--;
        k += is_radio(c) ? 1 : count_radios(c, most - k, depth + 1, budget);
    }
    return k;
}

/* Is n a poll's paragraph outside any form: a <p> holding two radio
 * buttons or more (its answers, "Yes" / "No" / "Not sure") in 300 visible
 * characters at most (the question with them)?  A small paper's page sets
 * its reader poll so inside the story's cell. */
static int poll_paragraph(const xmlNode *n)
{
    if (!name_is(n, "p"))
        return 0;
    size_t budget = 200;
    if (count_radios(n, 2, 0, &budget) < 2)
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    return chars <= 300;
}

/* Class words of the box about the writer after a story ("author-box",
 * "about-the-author", "entry-author-description"); a byline holding the
 * writer's name and the date uses the same words, so the box counts only
 * when it holds a sentence or two (see author_box). */
static const char *const author_box_tokens[] = {
    "author-info", "author-box", "authorbox", "author-description", "author-desc", "about-author",
    "about-the-author", "author-about", "author-profile", "author-card", "author-detail", "author__bio",
    "author-blurb", "contributor-bio", "bio-box", "author_info", "author_box", "author_desc", "about_author",
    "author_about", "author_profile", "author_card", "author_detail", "author_bio", "bio",
};

/* Is n the writer's biography box: an author-box class word on a block of
 * at least 120 visible characters (40 when it ends with a full stop: a
 * one-sentence bio; 15 when that sentence is only its verb phrase, the
 * writer's name in the element before it: "covers agriculture
 * markets.") that holds no <main>/<article>?  The
 * short byline boxes with the same words (name, date) stay for the date
 * scan.  `words` are n's class and id words.  Not on the relaxed pass (a
 * profile page that is one "bio" block keeps it then). */
static int author_box(const xmlNode *n, const class_words *words, int relaxed)
{
    if (relaxed || !words_have(words, author_box_tokens, N_TOKENS(author_box_tokens), 0))
        return 0;
    size_t budget = 2000;
    if (holds_main(n, 0, &budget))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    if (chars - links >= 120 && chars < 3000)
        return 1;
    if (chars - links < 15 || chars >= 120)
        return 0;
    /* a one-sentence bio ("Jane Doe is a reporter for the Daily.") ends
     * with a full stop; a byline with the writer's name and the day does not */
    char *t = node_text(n);
    size_t tl = t ? strlen(t) : 0;
    while (tl && isspace((unsigned char)t[tl - 1]))
        tl--;
    int sentence = tl && t[tl - 1] == '.';
    size_t lead = t ? strspn(t, " \t\r\n") : 0;
    if (chars - links < 40) /* shorter: the verb phrase alone, in lower case */
        sentence = sentence && lead < tl && islower((unsigned char)t[lead]);
    free(t);
    return sentence;
}

/* Is t the page's headline: 20+ bytes that the <title>, og:title or first
 * <h1> hold (in any ASCII case when any_case: an old template's headline
 * in capitals, its <title> in title case) and that make up 40% of it at
 * least? */
static int page_headline_in(const char *t, const pa_meta *m, int any_case)
{
    size_t tl = strlen(t);
    if (tl < 20)
        return 0;
    const char *titles[3] = {m->title_tag, m->title_og, m->title_h1};
    for (int i = 0; i < 3; i++) {
        if (!titles[i])
            continue;
        char *c = pa_extract_clean_space(titles[i]);
        int hit = c && strlen(c) * 2 <= tl * 5 && (any_case ? strcasestr(c, t) : strstr(c, t)) != NULL;
        free(c);
        if (hit)
            return 1;
    }
    return 0;
}

/* page_headline_in() in the case the page prints. */
static int is_page_headline(const char *t, const pa_meta *m)
{
    return page_headline_in(t, m, 0);
}

/* Does the subtree show the page's headline in an element of its own (a
 * leaf block or heading outside links)?  *h1 is set when an <h1> is met on
 * the way.  Bounded by *budget elements. */
static int shows_headline(const xmlNode *n, const pa_meta *m, int depth, size_t *budget, int *h1)
{
    for (const xmlNode *c = n->children; c && depth <= 32; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || name_is(c, "a") || name_is(c, "script") || name_is(c, "style"))
            continue;
        if (*budget == 0)
            return 0;
        (*budget)--;
        if (name_is(c, "h1"))
            *h1 = 1;
        if (is_block(c) && !has_block_child(c)) {
            char *t = node_text(c);
            int hit = t && is_page_headline(t, m);
            free(t);
            if (hit)
                return 1;
        } else if (shows_headline(c, m, depth + 1, budget, h1)) {
            return 1;
        }
    }
    return 0;
}

/* Is n the article's wrapper although its class says comments (a
 * "comments_page_wrapper" around story and comments)?  It shows the page's
 * headline, and holds the page's <h1> if there is one (a comment titled
 * with the headline sits apart from the <h1>). */
static int wraps_headline(const xmlNode *n, const pa_meta *m)
{
    size_t budget = 3000;
    int h1 = 0;
    return m && shows_headline(n, m, 0, &budget, &h1) && (!m->title_h1 || h1);
}


/* Is n one slide of a slideshow story: a subheading (h2-h4) of its own
 * and, outside its <figure>/<figcaption>, a <p> of 60 visible characters or more
 * with no link ("The surprise duet" / "Jessa Morrow walked on stage …"),
 * the story told slide by slide?  A caption box has no subheading.
 * Looks at n's children and grandchildren only. */
static int titled_slide(const xmlNode *n)
{
    int heading = 0, prose = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || name_is(c, "figure") || name_is(c, "figcaption"))
            continue;
        for (const xmlNode *g = name_is(c, "div") ? c->children : c; g; g = name_is(c, "div") ? g->next : NULL) {
            if (g->type != XML_ELEMENT_NODE)
                continue;
            heading |= name_is(g, "h2") || name_is(g, "h3") || name_is(g, "h4");
            const xmlNode *p = g;
            if (name_is(p, "div"))
                for (p = g->children; p && p->type != XML_ELEMENT_NODE; p = p->next)
                    ;
            if (p && name_is(p, "p")) {
                size_t paras = 0, chars = 0, links = 0;
                prose_stats(p, &paras, &chars, &links, 0, 0);
                prose |= chars >= 60 && !links;
            }
        }
    }
    return heading && prose;
}

/* The class words of a picture gallery (gallery_box, essay_picture_box). */
static const char *const gallery_tokens[] = {"gallery", "slideshow"};

/* Is n a picture gallery or slideshow inside the page ("full-gallery",
 * "type-gallery", "photo-gallery")?  Its slides' captions and credits are
 * not the story.  Not when it holds a <main>/<article>, and not on the
 * relaxed pass (a page that is one gallery keeps its captions then). */
static int gallery_box(const xmlNode *n, const class_words *words, int relaxed)
{
    if (relaxed || !words_have(words, gallery_tokens, N_TOKENS(gallery_tokens), 0))
        return 0;
    size_t budget = 2000;
    return !holds_main(n, 0, &budget) && !titled_slide(n);
}

/* Class words of the markup a social network's embed code writes into the
 * page (the <blockquote class="twitter-tweet"> its script turns into a
 * card; Instagram, TikTok, Reddit, Bluesky, Threads, Facebook the same),
 * and of the CMS's box around a tweet ("EmbedTweet", "tweet-embed",
 * "embed-twitter"). */
static const char *const social_embed_tokens[] = {
    "twitter-tweet", "twitter-video", "twitter-timeline", "instagram-media", "tiktok-embed", "reddit-embed",
    "bluesky-embed", "text-post-media", "fb-post", "fb-video", "embedtweet", "embed-tweet", "tweet-embed",
    "tweetembed", "embed-twitter", "twitter-embed",
};

/* Is n a link to an app store's page ("https://play.google.com/store/…",
 * "https://apps.apple.com/…") set as a badge: holding an <img>, or not a
 * word of a sentence (no <p> among its three nearest ancestors, or one
 * not ending in ".", "!" or "?": "Get our app: <a>iPhone</a> | <a>Android</a>")?
 * "It is available from the <a>App Store</a>." is a story's sentence. */
static int app_store_link(const xmlNode *n)
{
    const char *href = name_is(n, "a") ? attr_ref(n, "href") : NULL;
    /* (each "://" of the href, once: what follows it names the store) */
    int store = 0;
    for (const char *p = href ? strstr(href, "://") : NULL; p && !store; p = strstr(p + 3, "://"))
        store = !strncmp(p + 3, "play.google.com/store", 21) || !strncmp(p + 3, "apps.apple.com/", 15) ||
                !strncmp(p + 3, "itunes.apple.com/", 17);
    if (!store)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && name_is(c, "img"))
            return 1;
    const xmlNode *up = n->parent;
    for (int k = 0; k < 3 && up && up->type == XML_ELEMENT_NODE; k++, up = up->parent)
        if (name_is(up, "p")) {
            xmlChar *said = xmlNodeGetContent((xmlNode *)(uintptr_t)up);
            size_t len = said ? strlen((const char *)said) : 0;
            while (len && isspace(said[len - 1]))
                len--;
            int sentence = len && strchr(".!?", said[len - 1]);
            xmlFree(said);
            return !sentence;
        }
    return 1;
}

/* Does n hold at most 160 visible characters in one paragraph at most (a
 * line: a byline, a kicker, a call)?  Bounded: 40 elements walked. */
static int short_line_box(const xmlNode *n)
{
    size_t chars = 0, paras = 0, budget = 40;
    return small_box_text(n, 160, &chars, &paras, &budget, 0) && paras <= 1;
}

/* Is n the site's app-download call: a box holding a link to an app
 * store (app_store_link, within 40 elements) and at most 160 visible
 * characters in one paragraph at most ("Download our app" over the store
 * badges, "ताज़ा खबरों के लिए डाउनलोड करें हमारा ऐप")?  The site's pitch,
 * not the story's text. */
static int app_store_box(const xmlNode *n)
{
    size_t budget = 40;
    return holds(n, app_store_link, 4, 0, &budget) && short_line_box(n);
}

/* Is n an embedded social-network post (a tweet, an Instagram post)?
 * Someone else's words quoted as a card, not the story's text: the story
 * says what it shows in its own sentences.  Known by the embed code's
 * class words or its data-instgrm-permalink / data-bluesky-uri attribute;
 * not when it holds a <main>/<article> (a page built inside one). */
static int social_embed(const xmlNode *n, const class_words *words)
{
    if (!words_have(words, social_embed_tokens, N_TOKENS(social_embed_tokens), 0) &&
        !attr_ref(n, "data-instgrm-permalink") && !attr_ref(n, "data-bluesky-uri"))
        return 0;
    size_t budget = 2000;
    return !holds_main(n, 0, &budget);
}

/* Does href hold host/ (a site's name and its slash: "x.com/") as the
 * host itself, at its start or after "/" or "." ("https://x.com/…",
 * "mobile.twitter.com/…"), not as the tail of another name
 * ("status.dropbox.com/", "netflix.com/")? */
static int tweet_host(const char *href, const char *host)
{
    for (const char *p = strstr(href, host); p; p = strstr(p + 1, host))
        if (p == href || p[-1] == '/' || p[-1] == '.')
            return 1;
    return 0;
}

/* Is n a tweet's embed code whose class and script the CMS stripped: a
 * <blockquote> whose last element is the link to the post
 * ("https://twitter.com/…/status/…", x.com the same) right after the
 * "— Name (@handle)" text?  A quote the writer sets from a post ends with
 * no such link.  A TikTok embed's <blockquote> the same, known by its
 * cite="https://www.tiktok.com/@…/video/…" and data-video-id. */
static int bare_tweet(const xmlNode *n)
{
    if (!name_is(n, "blockquote"))
        return 0;
    const char *cite = attr_ref(n, "cite");
    if (cite && strstr(cite, "tiktok.com/") && strstr(cite, "/video/") && attr_ref(n, "data-video-id"))
        return 1;
    const xmlNode *last = NULL;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            last = c;
        else if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
            last = NULL; /* text after the last element: no tweet's ending */
    const char *href = last && name_is(last, "a") ? attr_ref(last, "href") : NULL;
    if (!href || !strstr(href, "/status") || !(tweet_host(href, "twitter.com/") || tweet_host(href, "x.com/")))
        return 0;
    const xmlNode *t = last->prev;
    return t && t->type == XML_TEXT_NODE && t->content && strstr((const char *)t->content, "(@");
}

/* What a bounded walk over a small block finds (see insert_walk). */
typedef struct {
    size_t chars;      /* visible characters of text */
    size_t link_chars; /* of them, inside links */
    int linked_picture; /* an <img>/<picture> inside a link */
    int picture;        /* an <img>/<picture> anywhere */
    int table;          /* a <table> (prices in a table compare them: text) */
    int linked_heading; /* a heading inside a link, or holding one */
    int email_field;    /* an <input> for an e-mail address */
    int prices;         /* text nodes that are a price alone ("$39", "£7.99") */
    int shop_prices;    /* text nodes that are a shop's price button ("$14 at Amazon", "£20 from Boots") */
    int button;         /* a <button>, a submit <input>, or a link saying "Sign up" */
    int newsletter;     /* a text node naming a newsletter */
    size_t budget;      /* elements left to visit */
    int over;           /* more text than `most`, or more elements than the budget: not a small box */
    int texts;          /* text nodes with visible text seen so far */
    int teaser_label;   /* the first of them is a teaser box's label ("Related Coverage", "Read more") */
    int signup_link;    /* a link or button alone in its parent whose text is a sign-up call ("Sign up") */
    int event_link;     /* one whose text is an event's call ("Register now", "Buy tickets") */
    int booking_link;   /* of those, a booking's call ("Book now"), a hotel's too */
    int sales_link;     /* one whose text is a seller's call ("Enquire now", "Get a quote", "Calculate now") */
    int embed;          /* an <iframe>, <svg> or <canvas>: a chart or an interactive drawn in it */
    int source_line;    /* a text opening with a chart's credit: "Source:", "Chart:", "Graphic:"; a map's
                         * attribution link (OpenStreetMap's copyright page, Mapbox's) */
    int boxed;          /* set by the caller: the walk is over a whole box (story_insert): note its label */
    int heading;        /* a heading (h1-h6), linked or not */
    int more_link;      /* a link whose whole text is a teaser's call ("Read more", "Continue reading") */
    int described;      /* a text of 60 characters or more outside links and headings, or a short sentence
                         * (described_sentence): a sentence about it */
    int sponsored_links; /* links marked paid (rel="sponsored"): an affiliate's offer */
    int other_links;     /* links not so marked */
    int long_text;       /* a text of 120 characters or more outside links: a paragraph of its own */
    int poll_call;       /* a link or button whose text is a poll's or quiz's call ("Vote", "See results") */
    int question;        /* a text ending with "?" (a poll's or quiz's question) */
    int statements;      /* texts of 30 to 200 visible characters outside links and headings closed by "." (counted
                          * to 2): the box's own sentences ("Polls close at 8 p.m. …"), no poll's option */
    int plain_statement; /* of those, one not speaking to the reader (no "you"/"your": not a quiz's "Test
                          * your knowledge …" nor a poll's "Thank you for voting …") */
    int percent;         /* a figure with "%" ("Approve 41%", "CDU 30 %"): a poll's results the story reports */
} insert_walk;

static int is_inline_tag(const xmlNode *n);

/* Does text t (NUL-terminated) speak to its reader: the word "you" or
 * "your" in it, in any case ("Test your knowledge …", "Thank you for
 * voting."; not "young", "youth")? */
static int speaks_to_reader(const xmlChar *t)
{
    const char *s = (const char *)t;
    for (const char *p = strcasestr(s, "you"); p; p = strcasestr(p + 3, "you")) {
        const char *after = p + 3;
        if ((after[0] == 'r' || after[0] == 'R'))
            after++;
        if ((p == s || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)after[0]))
            return 1;
    }
    return 0;
}

/* Is t (len bytes) one of the n phrases, case aside? */
static int is_phrase_nocase(const char *t, size_t len, const char *const *phrases, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(phrases[k]) == len && !strncasecmp(t, phrases[k], len))
            return 1;
    return 0;
}

/* Is t (len bytes, trimmed) one of the words a link or button of a
 * sign-up box says ("Sign up", "Sign Me Up", "Subscribe", and a
 * registration wall's "Continue with Google")? */
static int signup_call(const char *t, size_t len)
{
    static const char *const calls[] = {"sign up", "sign me up", "sign up now", "sign up here", "subscribe",
                                        "subscribe now", "subscribe here", "get the newsletter", "join now",
                                        /* a registration wall's account buttons */
                                        "continue with google", "continue with facebook", "continue with apple",
                                        "continue with email", "sign in with google", "sign up with google",
                                        "sign up with email"};
    return is_phrase_nocase(t, len, calls, N_TOKENS(calls));
}

/* Is t (len bytes, trimmed) one of the words the link or button of a
 * reader poll or quiz says ("Vote", "See results", "Start quiz")? */
static int poll_call(const char *t, size_t len)
{
    static const char *const calls[] = {"vote", "vote now", "submit vote", "cast your vote", "see results",
                                        "view results", "show results", "see the results", "start quiz",
                                        "start the quiz", "take the quiz", "take quiz"};
    return is_phrase_nocase(t, len, calls, N_TOKENS(calls));
}

/* Is t (len bytes, trimmed) one of the words the link or button of an
 * event's box says ("Register now", "Buy tickets", "RSVP")? */
static int event_call(const char *t, size_t len)
{
    static const char *const calls[] = {"register", "register now", "register here", "register today",
                                        "buy tickets", "buy tickets now", "get tickets", "get your tickets",
                                        "book now", "book tickets", "rsvp", "rsvp now", "reserve your spot",
                                        "reserve your seat", "save your spot"};
    return is_phrase_nocase(t, len, calls, N_TOKENS(calls));
}

/* Is t (len bytes, trimmed, a trailing ':' allowed) the label that heads
 * a box of teasers for other stories ("Related", "Related Coverage",
 * "Read more", "More on this story")? */
static int teaser_box_label(const char *t, size_t len)
{
    while (len && (t[len - 1] == ':' || t[len - 1] == ' '))
        len--;
    static const char *const labels[] = {"related", "related coverage", "related stories", "related articles",
                                         "related content", "related links", "related story", "read more",
                                         "read next", "more on this story", "recommended", "you may also like",
                                         "see also", "also read", "don't miss", "more coverage"};
    return is_phrase_nocase(t, len, labels, N_TOKENS(labels));
}

/* Is t (len bytes, trimmed) one of the words the link or button of a
 * seller's box says: a lead form's or a listing's call ("Enquire now", "Get
 * a quote", "Book a test drive"), a shop's ("Shop now", "Get prices"), a
 * tool's ("Calculate now", "Start configuring", "Build & Price"), a car
 * dealer's or home builder's ("Shop Inventory", "Value Your Trade",
 * "Register your interest"), a clinic's ("Request an appointment")?  1:
 * a seller's call; 2: words a story's section may link with too ("More
 * details", "Download now",
 * "Calculate"), a seller's call only on a button (seller_button); 0: no. */
static int sales_call(const char *t, size_t len)
{
    static const char *const plain[] = {"view details", "more details", "product details", "contact us now",
                                        "download now", "calculate", "request info", "request information"};
    if (is_phrase_nocase(t, len, plain, N_TOKENS(plain)))
        return 2;
    static const char *const calls[] = {"enquire now", "enquire today", "inquire now", "inquiry now",
                                        "send inquiry", "send enquiry", "get a quote", "get quote",
                                        "get a free quote", "request a quote", "request quote", "get prices",
                                        "get pricing", "request pricing", "check price", "check prices",
                                        "shop now", "buy now", "view listing", "view property",
                                        "book a viewing", "book an inspection", "book a test drive",
                                        "calculate now", "check eligibility", "start configuring",
                                        "configure yours", "build yours", "build & price", "build and price",
                                        "find a dealer", "find a retailer", "contact sales",
                                        /* a dealer's and a home builder's lead boxes */
                                        "shop inventory", "view inventory", "search inventory", "browse inventory",
                                        "value your trade", "value my trade", "get pre-approved", "apply for financing",
                                        "schedule service", "schedule a test drive", "confirm availability",
                                        "get e-price", "get my offer", "get your offer", "register interest",
                                        "register your interest", "view floor plans", "book a tour",
                                        "schedule a tour",
                                        /* a clinic's box: "Need care?" / a line / [Request an appointment] */
                                        "request an appointment", "book an appointment", "make an appointment",
                                        "schedule an appointment"};
    return is_phrase_nocase(t, len, calls, N_TOKENS(calls));
}

/* Is n a button: a <button>, or an element whose class words hold "btn",
 * "button" or "cta" ("btn btn-primary", "elementor-cta__button")?  A
 * seller's box has its call so; a story's section links its page in
 * running text ("<p><a>More details</a></p>"). */
static int seller_button(const xmlNode *n)
{
    static const char *const tokens[] = {"btn", "button", "cta"};
    return name_is(n, "button") || has_token_at(attr_ref(n, "class"), tokens, N_TOKENS(tokens), 0);
}

/* Is t (len bytes, spaces and ":>.»›…" after it, spaces before it aside)
 * the call of a teaser card's link to the other story: "Read more",
 * "Read the story", "Continue reading", "Full story"? */
static int teaser_call(const char *t, size_t len)
{
    static const char *const marks[] = {"\xc2\xbb", "\xe2\x80\xba", "\xe2\x80\xa6", "\xc2\xa0"}; /* » › … nbsp */
    for (int trimmed = 1; trimmed && len;) {
        trimmed = 0;
        if (t[len - 1] && strchr(" :>.", t[len - 1])) {
            len--;
            trimmed = 1;
        }
        for (size_t k = 0; k < N_TOKENS(marks) && !trimmed; k++) {
            size_t ml = strlen(marks[k]);
            if (len >= ml && !memcmp(t + len - ml, marks[k], ml)) {
                len -= ml;
                trimmed = 1;
            }
        }
    }
    while (len && *t == ' ') {
        t++;
        len--;
    }
    static const char *const calls[] = {"read more", "read the story", "read the full story", "continue reading",
                                        "full story", "read story"};
    return is_phrase_nocase(t, len, calls, N_TOKENS(calls));
}

/* The visible text of n trimmed into buf (cap bytes) when n holds only
 * text (no element child) of at most cap - 1 bytes; its length, or 0. */
static size_t alone_text(const xmlNode *n, char *buf, size_t cap)
{
    size_t len = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            return 0;
        if (c->type != XML_TEXT_NODE || !c->content)
            continue;
        size_t cl = strlen((const char *)c->content);
        if (len + cl >= cap)
            return 0;
        memcpy(buf + len, c->content, cl);
        len += cl;
    }
    buf[len] = '\0';
    size_t at = strspn(buf, " \t\r\n");
    while (len > at && strchr(" \t\r\n", buf[len - 1]))
        len--;
    memmove(buf, buf + at, len - at);
    buf[len - at] = '\0';
    return len - at;
}

/* Is the table cell n a shop's button alone: only blank text and one link
 * or <button> whose text is a seller's call ("Check price", "Buy now"), as
 * a comparison table's last column is?  The row's data stays; the button
 * is no text of the table. */
static int shop_button_cell(const xmlNode *n)
{
    const xmlNode *button = NULL;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
            return 0;
        if (c->type == XML_ELEMENT_NODE) {
            if (button || !(is_link(c) || name_is(c, "button")))
                return 0;
            button = c;
        }
    }
    char call[24];
    size_t cl = button ? alone_text(button, call, sizeof call) : 0;
    return cl && sales_call(call, cl);
}

/* Where does the price that opens t (len bytes, trimmed) end: a
 * currency sign ($, £, €, ¥) and a digit first, then digits, "." and ","?
 * 0 when t does not open with a price. */
static size_t price_end(const char *t, size_t len)
{
    size_t sign = *t == '$' ? 1 : !strncmp(t, "\xc2\xa3", 2) || !strncmp(t, "\xc2\xa5", 2) ? 2 : !strncmp(t, "\xe2\x82\xac", 3) ? 3 : 0;
    if (!sign || sign >= len || !isdigit((unsigned char)t[sign]))
        return 0;
    size_t end = sign;
    while (end < len && (isdigit((unsigned char)t[end]) || t[end] == '.' || t[end] == ','))
        end++;
    return end;
}

/* Is text t, trimmed, at most 16 bytes and either a price alone ("$39",
 * "$7", "€1,299.00", "$39/mo") (returns 1) or a shop's price button: the
 * price, then " at " or " from " and the shop ("$14 at Amazon", "£20 from
 * Boots") (returns 2)?  0: neither. */
static int price_alone(const xmlChar *t)
{
    const char *p = (const char *)t;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    size_t len = strlen(p);
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\n' || p[len - 1] == '\t' || p[len - 1] == '\r'))
        len--;
    if (len < 2 || len > 16)
        return 0;
    size_t end = price_end(p, len);
    if (!end)
        return 0;
    if ((len - end > 4 && !strncmp(p + end, " at ", 4)) || (len - end > 6 && !strncmp(p + end, " from ", 6)))
        return 2;
    return 1;
}

/* Is text t (v visible characters, outside links and headings) a short
 * sentence about a product: 24 visible characters or more, six words or more,
 * closed by ".", "!" or "?", with no price in it ("Small, beautiful and
 * used every single day.")?  Not a shop's line ("Free delivery over $50.")
 * nor a label ("Best overall"). */
static int described_sentence(const xmlChar *t, size_t v)
{
    if (v < 24)
        return 0;
    const char *p = (const char *)t;
    size_t len = strlen(p), spaces = 0;
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\n' || p[len - 1] == '\t' || p[len - 1] == '\r'))
        len--;
    if (!len || !strchr(".!?", p[len - 1]))
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (price_end(p + i, len - i))
            return 0;
        spaces += p[i] == ' ' && i && p[i - 1] != ' ';
    }
    return spaces >= 5;
}

/* Does text t, its leading white space skipped, open with one of the
 * openings (compared without regard to ASCII case)? */
static int opens_nocase(const xmlChar *t, const char *const *openings, size_t n)
{
    const char *p = (const char *)t;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    for (size_t i = 0; i < n; i++)
        if (!strncasecmp(p, openings[i], strlen(openings[i])))
            return 1;
    return 0;
}

/* Does text t (leading space skipped) open with a call to sign up:
 * "Sign Up", "Subscribe now", "Sign up for our newsletter"? */
static int opens_signup_call(const xmlChar *t)
{
    static const char *const calls[] = {"sign up", "subscribe"};
    return opens_nocase(t, calls, N_TOKENS(calls));
}

/* Does text t (leading space skipped) open with the credit line of a
 * chart or an infographic: "Source: …", "Sources: …", "Chart: …",
 * "Graphic: …", "Graphic by …"? */
static int opens_chart_credit(const xmlChar *t)
{
    static const char *const credits[] = {"source:", "sources:", "chart:", "graphic:", "graphic by "};
    return opens_nocase(t, credits, N_TOKENS(credits));
}

/* Is n a chart drawn by a charting service in the story's flow: an
 * <iframe> whose src (or lazy data-src) is Datawrapper's, Flourish's or
 * Infogram's, or Flourish's <div class="flourish-embed">? */
static int chart_frame(const xmlNode *n)
{
    if (name_is(n, "iframe")) {
        const char *src = attr_ref(n, "src");
        if (!src || strncmp(src, "http", 4))
            src = attr_ref(n, "data-src");
        return src && (strstr(src, "datawrapper.dwcdn.net") || strstr(src, "flourish.studio") ||
                       strstr(src, "infogram.com"));
    }
    static const char *const flourish[] = {"flourish-embed"};
    const char *cls = name_is(n, "div") ? attr_ref(n, "class") : NULL;
    return cls && strstr(cls, "flourish") && has_token_at(cls, flourish, 1, 0);
}

/* The element sibling after n, scripts and blank text skipped; NULL when
 * text or nothing stands there. */
static const xmlNode *flow_next(const xmlNode *n)
{
    for (const xmlNode *s = n->next; s; s = s->next) {
        if (s->type == XML_TEXT_NODE && s->content && has_visible(s->content))
            return NULL;
        if (s->type == XML_ELEMENT_NODE && !name_is(s, "script"))
            return s;
    }
    return NULL;
}

/* Is <p> n a chart's label written as the story's own paragraph beside
 * the chart frame (chart_frame), as block editors leave them: its title
 * in bold alone right before the frame ("<p><strong>Average rent by
 * neighbourhood, 2023</strong></p>"), or, when `after` (the caller saw
 * the frame just before n: strip() has dropped it by then), its credit
 * line in bold or italics ("<p><em>Source: …</em></p>", "Chart: …")?
 * Both in 200 characters. */
static int chart_flow_label(const xmlNode *n, int after)
{
    if (!name_is(n, "p"))
        return 0;
    const xmlNode *next = after ? NULL : flow_next(n);
    int before = next && chart_frame(next);
    if (!before && !after)
        return 0;
    const xmlNode *only = NULL;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
            return 0; /* text outside the one bold or italic element */
        if (c->type == XML_ELEMENT_NODE) {
            if (only)
                return 0;
            only = c;
        }
    }
    if (!only || !(name_is(only, "strong") || name_is(only, "b") || name_is(only, "em") || name_is(only, "i")))
        return 0;
    xmlChar *t = xmlNodeGetContent((xmlNode *)(uintptr_t)only);
    int label = 0;
    if (t && visible_chars(t) <= 200) {
        if (after && opens_chart_credit(t))
            label = 1;
        else if (before && (name_is(only, "strong") || name_is(only, "b"))) {
            /* a title, not the writer's bold lead-in closed as a sentence ("The chart below shows …
             * since 2019.", "See how your street compares:") */
            size_t e = strlen((const char *)t);
            while (e && isspace(t[e - 1]))
                e--;
            label = e && !strchr(".:!", t[e - 1]);
        }
    }
    xmlFree(t);
    return label;
}

/* Is n a link that places a phone call: a "tel:" address, or words
 * opening with "Call" ("Call 800.555.0170")?  The one link a seller's
 * call stands beside in a clinic's box; "Clinic locations" is another. */
static int phone_link(const xmlNode *n)
{
    if (!is_link(n))
        return 0;
    const char *href = link_href(n);
    if (href && !strncasecmp(href, "tel:", 4))
        return 1;
    char words[24];
    size_t wl = alone_text(n, words, sizeof words);
    return wl >= 5 && !strncasecmp(words, "call ", 5);
}

/* Walk n's subtree (depth 24), filling *w; stops early (w->over) past
 * `most` characters of text or when the element budget is spent. */
static void walk_insert(const xmlNode *n, insert_walk *w, size_t most, int in_link, int in_heading, int depth)
{
    for (const xmlNode *c = n->children; c && !w->over; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t v = visible_chars(c->content);
            if (v && w->texts++ == 0 && w->boxed) {
                char label[40];
                size_t ll = alone_text(n, label, sizeof label);
                w->teaser_label = ll && teaser_box_label(label, ll);
            }
            w->chars += v;
            if (in_link)
                w->link_chars += v;
            if (in_link && in_heading && v)
                w->linked_heading = 1;
            int price = v && v <= 16 ? price_alone(c->content) : 0;
            w->prices += price == 1;
            w->shop_prices += price == 2;
            if ((v >= 60 || described_sentence(c->content, v)) && !in_link && !in_heading)
                w->described = 1;
            w->long_text |= v >= 120 && !in_link;
            if (v && v <= 200 && !w->percent) {
                const char *pc = strchr((const char *)c->content, '%');
                w->percent = pc && pc > (const char *)c->content &&
                             (isdigit((unsigned char)pc[-1]) ||
                              (pc[-1] == ' ' && pc - 1 > (const char *)c->content && isdigit((unsigned char)pc[-2])));
            }
            if (v && v <= 200 && (!w->question || (v >= 30 && (w->statements < 2 || !w->plain_statement)))) {
                size_t e = strlen((const char *)c->content);
                while (e && isspace(c->content[e - 1]))
                    e--;
                if (!w->question)
                    w->question = e && c->content[e - 1] == '?';
                if (v >= 30 && e && c->content[e - 1] == '.' && !in_link && !in_heading) {
                    w->statements += w->statements < 2;
                    w->plain_statement |= !speaks_to_reader(c->content);
                }
            }
            if (v >= 10 && !w->newsletter && strcasestr((const char *)c->content, "newsletter"))
                w->newsletter = 1;
            if (v && v <= 120 && !in_link && opens_chart_credit(c->content))
                w->source_line = 1;
            if (in_link && v <= 30 && opens_signup_call(c->content))
                w->button = 1; /* a link styled as the button: "Sign Up" */
            w->over = w->chars > most;
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || name_is(c, "script") || name_is(c, "style"))
            continue;
        if (w->budget == 0 || depth >= 24) {
            w->over = 1;
            return;
        }
        w->budget--;
        int a_link = is_link(c);
        int link = in_link || a_link, heading = in_heading || is_heading(c);
        if (name_is(c, "img") || name_is(c, "picture")) {
            w->picture = 1;
            w->linked_picture |= in_link;
        }
        if (name_is(c, "table"))
            w->table = 1;
        if (a_link && attr_ref(c, "href")) {
            /* a drawn map's attribution, the licence's link ("Leaflet | © OpenStreetMap contributors",
             * "© Mapbox"): the map's credit line, as "Source: …" is a chart's */
            const char *href = attr_ref(c, "href");
            if (strstr(href, "openstreetmap.org/copyright") || strstr(href, "mapbox.com/about/maps")) {
                /* (the attribution names the data's owner: a story's "The data is free to reuse." linked
                 * there is no map's credit) */
                xmlChar *lt = xmlNodeGetContent((xmlNode *)(uintptr_t)c);
                if (lt && (strcasestr((const char *)lt, "openstreetmap") || strcasestr((const char *)lt, "mapbox")))
                    w->source_line = 1;
                xmlFree(lt);
            }
            static const char *const paid[] = {"sponsored"};
            if (has_token_at(attr_ref(c, "rel"), paid, 1, 0))
                w->sponsored_links++;
            else
                w->other_links++;
        }
        if (name_is(c, "iframe") || name_is(c, "svg") || name_is(c, "canvas"))
            w->embed = 1;
        if (name_is(c, "button"))
            w->button = 1;
        if (is_heading(c))
            w->heading = 1;

        if (w->boxed && (a_link || name_is(c, "button")) && !w->signup_link && c->children && !c->children->next &&
            c->children->type == XML_TEXT_NODE) {
            /* the call alone in its parent: no other text beside it */
            char call[24];
            size_t cl = alone_text(c, call, sizeof call);
            int signup = cl != 0 && signup_call(call, cl), event = cl != 0 && event_call(call, cl);
            int sales = cl != 0 ? sales_call(call, cl) : 0;
            sales = sales == 1 || (sales == 2 && seller_button(c)); /* (a trade site's "View Details" button) */
            int alone = signup || event || sales;
            w->more_link |= a_link && cl != 0 && teaser_call(call, cl);
            w->poll_call |= cl != 0 && poll_call(call, cl);
            for (const xmlNode *s = c->parent->children; s && alone; s = s->next)
                if (s != c && ((s->type == XML_TEXT_NODE && s->content && has_visible(s->content)) ||
                               (s->type == XML_ELEMENT_NODE && is_inline_tag(s) &&
                                !(sales && !signup && !event && phone_link(s)))))
                    alone = 0; /* (a seller's call may stand beside a phone number's link: "[Request an
                                * appointment] [Call 800-555-0100]") */
            w->signup_link = alone && signup;
            w->event_link |= alone && event;
            w->booking_link |= alone && event && cl == 8 && !strncasecmp(call, "book now", 8);
            w->sales_link |= alone && sales;
        }
        if (name_is(c, "input")) {
            /* type="email", or a text field named or labelled for one
             * (name="email", placeholder="Enter your email address"); a
             * submit input is the form's button */
            const char *type = attr_ref(c, "type"), *name = attr_ref(c, "name"), *hint = attr_ref(c, "placeholder");
            if (type && !strcasecmp(type, "submit"))
                w->button = 1;
            if ((type && !strcasecmp(type, "email")) || (name && strcasestr(name, "email")) ||
                (hint && (strcasestr(hint, "email") || strcasestr(hint, "e-mail"))))
                w->email_field = 1;
        }
        walk_insert(c, w, most, link, heading, depth + 1);
    }
}

/* The visible characters walk_insert counts under n into *chars, and
 * nothing else it tallies: text nodes until *chars passes `most` (*over),
 * elements (no script or style) while *budget lasts and 24 levels deep
 * (else *over). */
static void insert_text_chars(const xmlNode *n, size_t most, size_t *chars, size_t *budget, int *over, int depth)
{
    for (const xmlNode *c = n->children; c && !*over; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            *chars += visible_chars(c->content);
            *over = *chars > most;
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || name_is(c, "script") || name_is(c, "style"))
            continue;
        if (*budget == 0 || depth >= 24) {
            *over = 1;
            return;
        }
        (*budget)--;
        insert_text_chars(c, most, chars, budget, over, depth + 1);
    }
}

/* Does n stand among the story's paragraphs: it, its parent or its
 * grandparent has a <p> sibling (or a <div> sibling whose first element
 * is that <p>) with 80 characters of text or more, at
 * most four element siblings away on either side (1), or only five or six
 * away (2: a sports story's short lines, a subhead and a results list may
 * stand between a bookmaker's box and the last long paragraph; story_insert
 * takes only a box of paid links so far away, not a community story's
 * "How to help" box after five short lines)?  0: neither.  A box inserted into
 * the body, not a sidebar or a page rail (whose removal would change
 * which blocks the story's container takes in). */
static int among_paragraphs(const xmlNode *n)
{
    int far = 0;
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < 3; n = n->parent, up++) {
        for (int dir = 0; dir < 2; dir++) {
            int seen = 0;
            for (const xmlNode *s = dir ? n->next : n->prev; s && seen < (far ? 4 : 6); s = dir ? s->next : s->prev) {
                if (s->type != XML_ELEMENT_NODE)
                    continue;
                seen++;
                /* the paragraph, or the first child of a component
                 * wrapper holding it (<div class="body-component"><p>),
                 * two wrappers deep at most (a column <div> around the
                 * text <div>: <div class="companion-column"><div><p>) */
                const xmlNode *para = s;
                for (int wrap = 0; wrap < 2 && para && !name_is(para, "p") && name_is(para, "div"); wrap++)
                    for (para = para->children; para && para->type != XML_ELEMENT_NODE; para = para->next)
                        ;
                if (para && name_is(para, "p")) {
                    size_t chars = 0, budget = 50;
                    int over = 0;
                    insert_text_chars(para, 80, &chars, &budget, &over, 0);
                    if (chars >= 80 && seen <= 4)
                        return 1;
                    if (chars >= 80)
                        far = 1; /* (the other sides and levels still looked at for a nearer one) */
                }
            }
        }
    }
    return far ? 2 : 0;
}

/* Is n one of a run of like boxes: its previous or next element sibling
 * has its tag and class (a roundup's items, each a heading, its text and
 * "Read more", are the article's)? */
static int repeated_box(const xmlNode *n)
{
    const xmlNode *sib[2] = {n->prev, n->next};
    for (int k = 0; k < 2; k++) {
        const xmlNode *s = sib[k];
        while (s && s->type != XML_ELEMENT_NODE)
            s = k ? s->next : s->prev;
        if (!s || !s->name || strcmp((const char *)s->name, (const char *)n->name))
            continue;
        const char *a = attr_ref(s, "class"), *b = attr_ref(n, "class");
        if ((!a && !b) || (a && b && !strcmp(a, b)))
            return 1;
    }
    return 0;
}

/* Is n a box inserted into the story that is not the story (first pass
 * only: a page that is one such box keeps it on the relaxed pass)?
 * - a sign-up box: an e-mail field; or a link or button alone in its
 *   parent that says the call ("Sign up", "Sign Me Up", "Subscribe");
 * - an event's box: a link or button alone in its parent that says its
 *   call ("Register now", "Buy tickets", "RSVP"), in at most 400
 *   characters of text (the day, the hour, the place, the price);
 * - a seller's box: a heading or a price alone, and a link or button
 *   alone in its parent (a phone number's link beside it allowed) that
 *   says a seller's call ("Enquire now", "Get a quote", "View property",
 *   "Request an appointment"), in at most 300 characters, not one of a run
 *   of like boxes (a listing's card: price, rooms, address, the call);
 * - a chart box: an <iframe>, <svg>, <canvas> or picture with a credit
 *   line ("Source: …", "Chart: …", "Graphic by …"), no table, in at most
 *   400 characters of text;
 *   or a button (or a link saying "Sign up") and a line naming a
 *   newsletter; with at most 600 characters of text (the newsletter
 *   pitch, the free gift, around the form);
 * - a teaser card: a link holds a picture and a linked heading names the
 *   other story, in 12 to 300 characters of text, half of them linked at
 *   least (picture + headline + a line of summary: the "related story"
 *   card; or one link holding the picture and all the text, 40 to 300
 *   characters, not one of a run of like boxes: a "featured link" block),
 *   or without the picture a short label (4 to 40 characters:
 *   "Read more", "Related") over the linked heading, in 200 characters at
 *   most, three quarters linked; or a box whose first text is a teaser
 *   label alone ("Related Coverage", "Read more") over a linked heading,
 *   in at most 400 characters; or a heading and a link saying the
 *   teaser's call ("Read more", "Continue reading") in at most 300, not
 *   one of a run of like boxes (repeated_box: a roundup's items);
 * - an offer box: two prices alone or more ("Monthly $39", "Annual $399")
 *   in at most 800 characters of text, the plans of a paywall or a shop
 *   (shops' price buttons, "$14 at Amazon" / "$17 at Walmart", are no
 *   plans: a roundup's product card has them under its name and text);
 *   or a product box: a picture, a price alone (or a shop's price button)
 *   and a link ("Buy") in at most 200 characters, no sentence about the
 *   product (60 characters of text outside links and headings, or a short
 *   sentence, described_sentence: a pick of the story's list); not
 *   when the prices are in a table (a price comparison is the story's).
 * (A player box is player_box's.)  A bounded walk (400 elements) over a <div>, <section> or <aside> among
 * the story's paragraphs (see among_paragraphs). */
static int story_insert(const xmlNode *n, int relaxed)
{
    if (relaxed || !(name_is(n, "div") || name_is(n, "section") || name_is(n, "aside")))
        return 0;
    int among = among_paragraphs(n);
    if (!among)
        return 0;
    insert_walk w = {.budget = 400, .boxed = 1};
    walk_insert(n, &w, 800, 0, 0, 0);
    if (w.over)
        return 0;
    /* (an affiliate's box, below) */
    int paid_links_box =
        w.sponsored_links && !w.other_links && !w.long_text && !w.heading && !w.picture && w.chars <= 400;
    if (among == 2)
        return paid_links_box && !repeated_box(n); /* (the only box taken five or six siblings from the story's
                                                    * long paragraph: a bookmaker's after a results list) */
#ifdef PA_EXTRACT_DEBUG
    if (w.email_field || (w.linked_picture && w.linked_heading))
        fprintf(stderr, "INSERT <%s class=%s> chars=%zu links=%zu email=%d card=%d\n", n->name,
                attr_ref(n, "class") ? attr_ref(n, "class") : "", w.chars, w.link_chars, w.email_field,
                w.linked_picture && w.linked_heading);
#endif
    if ((w.email_field || w.signup_link) && w.chars <= 600)
        return 1;
    /* a reader poll or quiz: its question, its answers and the call under them ("Vote", "See results",
     * "Start quiz"); the story asks no question of its reader with a button */
    int box_sentences = w.plain_statement || w.statements >= 2; /* (a factbox's or a guide's own answers) */
    if (w.poll_call && w.question && !box_sentences && !w.percent && w.chars <= 600)
        return 1;
    /* the same with its buttons drawn by the poll's script: a question in a box its class names a poll or a
     * quiz (or the quiz makers' embed: "playbuzz", "apester", "riddle-embed", "opinary"); not a box that
     * answers in sentences (an election guide's "Where do I vote?" / "Your polling place is …", a factbox
     * over its "See results" link), nor a real poll's figures the story reports ("Approve 41%") */
    if (w.question && !w.long_text && !box_sentences && !w.percent && w.chars <= 600) {
        static const char *const quiz_tokens[] = {"poll", "quiz", "playbuzz", "apester", "riddle-embed", "opinary",
                                                  "polldaddy", "crowdsignal"};
        static const char *const quiz_stems[] = {"poll", "quiz", "playbuzz", "apester", "riddle", "opinary", "crowdsignal"};
        const char *cls = attr_ref(n, "class"), *id = attr_ref(n, "id");
        int named = 0; /* (the raw class and id first: class_words_of costs more) */
        for (size_t q = 0; q < N_TOKENS(quiz_stems) && !named; q++)
            named = (cls && strcasestr(cls, quiz_stems[q])) || (id && strcasestr(id, quiz_stems[q]));
        class_words words;
        if (named && class_words_of(&words, n) && words_have(&words, quiz_tokens, N_TOKENS(quiz_tokens), 0))
            return 1;
    }
    /* an event's box: its day, hour, place and price in short lines over
     * the call ("Register now", "Buy tickets") */
    if (w.event_link && w.chars <= 400 && !(w.heading && w.described && w.booking_link))
        return 1; /* (a guide's pick with its call: the hotel's name and a sentence about it over [Book now] is an
                   * item of the story's list; "Holiday Jazz Night" / a line about it / [Buy tickets] in a news
                   * story is the event's promotion) */
    /* a seller's box: its title, a line of pitch and the call ("How much
     * can you borrow?" / "Use our calculator …" / [Calculate now]); a
     * listing's card: "$879,000" / "4 bed · 2 bath" / its address / [View
     * property] */
    if (w.sales_link && (w.heading || w.prices) && w.chars <= 300 && !repeated_box(n))
        return 1;
    /* a chart or infographic: its title and notes over the drawing (an
     * embed, a picture) and its credit line ("Source: …"); not a table,
     * whose figures the story may give */
    if (w.source_line && (w.embed || w.picture) && !w.table && w.chars <= 400)
        return 1;
    if (w.teaser_label && w.linked_heading && w.chars <= 400)
        return 1;
    /* the card in the story with its call under it: the other story's
     * headline, a line of summary and [Read more] */
    if (w.more_link && w.heading && w.chars <= 300 && !repeated_box(n))
        return 1;
    /* the sign-up box whose button opens the form: "Sign up for The Daily
     * Digest" / "A weekly newsletter…" / [Get this newsletter] */
    if (w.button && w.newsletter && w.chars <= 600)
        return 1;
    /* (a product with the editor's sentence about it is an item of the
     * story's list of picks, not a box beside it) */
    if (!w.table && (w.prices >= 2 || ((w.prices == 1 || (!w.prices && w.shop_prices)) && w.picture && w.link_chars &&
                                       w.chars <= 200 && !w.described)))
        return 1;
    if (w.linked_picture && w.linked_heading && w.chars >= 12 && w.chars <= 300 && w.link_chars * 2 >= w.chars)
        return 1;
    /* the card as one link with no heading: the picture, the other story's title and its line of summary all
     * inside the <a> (a "featured link" block between two paragraphs) */
    if (w.linked_picture && w.chars >= 40 && w.chars <= 300 && w.link_chars == w.chars && !repeated_box(n))
        return 1;
    /* an affiliate's box: all its links paid ones (rel="sponsored": "Where to buy crypto" / an exchange's
     * name, its offer and [Visit Kryptex] / "Sponsored. Your capital is at risk."), no paragraph of its own,
     * no heading and no picture (a roundup's pick: the product's name and picture over its paid "$14 at
     * Amazon" buttons), not one of a run of like boxes */
    if (paid_links_box && !repeated_box(n))
        return 1;
    /* the card without its picture: a short label ("Read more",
     * "Related") over the other story's linked headline */
    size_t unlinked = w.chars - w.link_chars;
    if (w.linked_heading && w.chars <= 200 && unlinked >= 4 && unlinked <= 40 && w.link_chars * 4 >= w.chars * 3)
        return 1;
    return 0;
}

/* Count the headings (h2-h6) under n and those of them that are links or
 * hold one; a bounded walk (depth 16, *budget elements). */
static void heading_links(const xmlNode *n, int in_link, size_t *headings, size_t *linked, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && depth < 16 && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        if (is_subheading(c)) {
            (*headings)++;
            *linked += in_link || count_links(c, 0) > 0;
        } else {
            heading_links(c, in_link || is_link(c), headings, linked, depth + 1, budget);
        }
    }
}

/* Does heading n stand over text of its own: its next element sibling a
 * <p>, list, <dl> or table, or a block holding 20 characters of text
 * outside links; up to two controls before it (a recipe card's unit
 * switch "US Customary - Metric", its "1x 2x 3x" buttons: 12 characters
 * of unlinked text at most) and its groups' lower subheadings ("For the
 * glaze") passed over, and, for a run of inline parts (a recipe's
 * nutrition line, "Calories: 312kcal | Fat: 11g"), the 20 characters
 * summed over up to six siblings before another heading? */
static int heads_text(const xmlNode *n)
{
    size_t controls = 0, unlinked = 0, seen = 0;
    for (const xmlNode *s = n->next; s && seen < 6; s = s->next) {
        if (s->type != XML_ELEMENT_NODE)
            continue;
        seen++;
        if (is_heading(s)) {
            if (s->name[0] == 'h' && s->name[1] > n->name[1])
                continue; /* a group's subheading under it ("For the glaze" under "Ingredients") */
            return 0;
        }
        if (name_is(s, "p") || name_is(s, "ul") || name_is(s, "ol") || name_is(s, "dl") || name_is(s, "table"))
            return 1;
        size_t paras = 0, chars = 0, links = 0;
        prose_stats(s, &paras, &chars, &links, is_link(s), 0);
        if (is_inline_tag(s)) {
            unlinked += chars - links;
            if (unlinked >= 20)
                return 1;
            continue;
        }
        if (chars - links >= 20)
            return 1;
        if (chars - links > 12 || ++controls > 2)
            return 0;
    }
    return 0;
}

/* Is n a part of a table (thead, tr, th; a short td in a row of three
 * cells or more) or a subheading (h2-h4) right over a paragraph or a
 * list whose only boilerplate word is "header"/"head"
 * ("headerRow", "header_cell", "headerSort", "wprm-recipe-header"): the
 * table's header row, data of the table, or a heading of the text, not
 * the page's header?  `words`: n's class and id words. */
static int table_header_part(const xmlNode *n, const class_words *words)
{
    static const char *const head_tokens[] = {"header", "head-"};
    if (name_is(n, "td")) {
        /* a data table's header cell: short, in a row of three cells or
         * more (a layout table's "header" cell holds the page's head) */
        size_t cells = 0;
        for (const xmlNode *c = n->parent ? n->parent->children : NULL; c; c = c->next)
            cells += c->type == XML_ELEMENT_NODE && (name_is(c, "td") || name_is(c, "th"));
        size_t paras = 0, chars = 0, links = 0;
        prose_stats(n, &paras, &chars, &links, 0, 0);
        if (cells < 3 || chars > 40 || has_block_child(n))
            return 0;
    } else if (name_is(n, "h2") || name_is(n, "h3") || name_is(n, "h4")) {
        if (!heads_text(n))
            return 0; /* a subheading over the text's paragraph or list ("wprm-recipe-header"), not a box's title */
    } else if (!(name_is(n, "thead") || name_is(n, "tr") || name_is(n, "th"))) {
        return 0;
    }
    if (!words_have(words, head_tokens, N_TOKENS(head_tokens), 1))
        return 0;
    class_words rest;
    class_words_set(&rest, words->low);
    for (char *h = strstr(rest.low, "head"); h; h = strstr(h + 4, "head"))
        memcpy(h, "xxxx", 4); /* the other words must not be boilerplate */
    return !words_have(&rest, bad_tokens, N_TOKENS(bad_tokens), 0);
}

/* Is n a phrase-level element (a, span, em, strong, b, i, u, font,
 * small, sup, sub, abbr, cite, code, q, mark)? */
static int is_inline_tag(const xmlNode *n)
{
    static const char *const tags[] = {"a",     "span", "em",  "strong", "b",    "i", "u", "font",
                                       "small", "sup",  "sub", "abbr",   "cite", "code", "q", "mark"};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (name_is(n, tags[i]))
            return 1;
    return 0;
}

/* Is n (an inline element) a phrase of a sentence written loose in a
 * block, not in a <p> ("<td>…</a> am a <a class=popup>rather elderly</a>
 * man. The nature of…": old pages, text set out with <br>)?  The text
 * nodes before and after it, up to a line break or a block on each side
 * (six siblings at most), hold 40 visible characters together, and the one
 * after it goes on with a lower-case letter or a comma (the sentence runs
 * through n). */
static int in_loose_sentence(const xmlNode *n)
{
    size_t around = 0;
    int runs_on = 0;
    for (int side = 0; side < 2; side++) {
        int steps = 0;
        for (const xmlNode *c = side ? n->next : n->prev; c && steps < 6; c = side ? c->next : c->prev, steps++) {
            if (c->type == XML_TEXT_NODE && c->content) {
                around += visible_chars(c->content);
                if (steps == 0) {
                    const xmlChar *q = c->content;
                    if (side) {
                        while (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r')
                            q++;
                        runs_on |= (*q >= 'a' && *q <= 'z') || *q == ',';
                    }
                }
            } else if (c->type == XML_ELEMENT_NODE && (name_is(c, "br") || !is_inline_tag(c))) {
                break;
            }
        }
    }
    return around >= 40 && runs_on;
}

/* Is n an inline element (is_inline_tag: a, span, em, b, font, sup…) inside a paragraph
 * (p, li, dd, blockquote) that has text of its own beside it: a phrase of
 * the sentence, whatever layout word its class has ("popup" on a footnote
 * link)?  Not when the word hides it ("hidden", "skip": text for screen
 * readers only). */
static int inline_in_sentence(const xmlNode *n, const class_words *words)
{
    static const char *const hiding_tokens[] = {"hidden", "skip"};
    const xmlNode *par = n->parent;
    if (!is_inline_tag(n) || !par || par->type != XML_ELEMENT_NODE ||
        words_have(words, hiding_tokens, N_TOKENS(hiding_tokens), 0))
        return 0;
    if (name_is(par, "p") || name_is(par, "li") || name_is(par, "dd") || name_is(par, "blockquote")) {
        size_t own = 0;
        for (const xmlNode *c = par->children; c && own < 20; c = c->next)
            if (c != n && c->type == XML_TEXT_NODE && c->content)
                own += visible_chars(c->content);
        return own >= 20;
    }
    return in_loose_sentence(n);
}

/* Is n the text of a "read more" expander ("ReadMoreAnswer", "read-more-
 * content": a long answer or paragraph cut short until clicked) and not
 * a "Read more" link or teaser box: a read-more class word on paragraphs
 * of 150+ visible characters with no link in them. */
static int expander_text(const xmlNode *n, const class_words *words)
{
    static const char *const expander_tokens[] = {"read-more", "readmore"};
    if (!words_have(words, expander_tokens, N_TOKENS(expander_tokens), 0))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    return paras >= 1 && chars >= 150 && !links;
}

/* A block named as "more features" / "more stories" that is a grid of the
 * page's own items: two headings at least and none a link, each over its
 * text (a product page's feature grid).  A teaser list of other pages links
 * its headlines. */
static int plain_heading_grid(const xmlNode *n, const class_words *words)
{
    static const char *const more_tokens[] = {"more-features", "morefeatures"};
    if (!words_have(words, more_tokens, N_TOKENS(more_tokens), 0))
        return 0;
    size_t headings = 0, linked = 0, budget = 5000;
    heading_links(n, 0, &headings, &linked, 0, &budget);
    return headings >= 2 && !linked;
}

/* Is n an accordion's title: a <button> with aria-expanded (not one
 * that opens a popup menu or dialog, aria-haspopup) that holds a heading
 * or reads as a question of 15+ characters ("How long does it take?": an
 * FAQ)?  The heading of the panel it opens is text of the page. */
static int accordion_title(const xmlNode *n)
{
    if (!name_is(n, "button") || !attr_ref(n, "aria-expanded") || attr_ref(n, "aria-haspopup"))
        return 0;
    if (holds_heading(n, 0))
        return 1;
    char *t = node_text(n);
    size_t len = t ? strlen(t) : 0;
    while (len && isspace((unsigned char)t[len - 1]))
        len--;
    int question = len >= 15 && t[len - 1] == '?';
    free(t);
    return question;
}

static size_t link_chars_leading(const xmlNode *n, int in_heading, int *plain, int depth, size_t *budget,
                                 size_t *own_line);

/* Is the <article> n a teaser card inside the story: nested in another
 * <article> (32 levels up), opening with a linked heading (10+ characters
 * of link text in headings before its first plain text)?  Cards of
 * related stories under the story's body; a nested article is related
 * content, and one headed by a link to elsewhere is a pointer to it. */
static int nested_teaser(const xmlNode *n)
{
    int up = 0, nested = 0;
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && up < 32 && !nested; a = a->parent, up++)
        nested = name_is(a, "article");
    if (!nested)
        return 0;
    int plain = 0;
    size_t budget = 200;
    return link_chars_leading(n, 0, &plain, 0, &budget, NULL) >= 10 && plain;
}

/* Are there two paragraphs of prose (<p> of 80 visible characters or
 * more) before n, among its earlier siblings or its parent's or
 * grandparent's: has the story begun above it?  Bounded: 16 siblings on
 * each of three levels. */
static int story_above(const xmlNode *n)
{
    size_t prose = 0;
    for (int up = 0; n && up < 3 && n->type == XML_ELEMENT_NODE; up++, n = n->parent) {
        int k = 0;
        for (const xmlNode *b = n->prev; b && k < 16; b = b->prev) {
            if (b->type != XML_ELEMENT_NODE)
                continue;
            k++;
            if (!name_is(b, "p"))
                continue;
            size_t paras = 0, chars = 0, links = 0;
            prose_stats(b, &paras, &chars, &links, 0, PA_EXTRACT_MAX_DEPTH - 4);
            if (chars - links >= 80 && ++prose >= 2)
                return 1;
        }
    }
    return 0;
}

/* Is n a <dl> of the page's own fields above a story (story_above: not
 * inside it): two to eight
 * terms, each a label with its colon naming a field of the page ("Date:",
 * "Source:", "Summary:", "Published:", "Updated:", "Author:"), one of them
 * its date?  A science-news page shows its release so ("Date: March 9,
 * 2021 / Source: University of X / Summary: …") over the story; an event's
 * box ("When:", "Where:", "Cost:") has other terms. */
static int page_field_list(const xmlNode *n)
{
    static const char *const fields[] = {"date", "source", "summary", "published", "updated", "posted", "author"};
    if (!name_is(n, "dl") || story_above(n))
        return 0;
    size_t terms = 0, children = 0;
    int dated = 0;
    for (const xmlNode *c = n->children; c && children < 32; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        children++;
        if (!name_is(c, "dt"))
            continue;
        if (++terms > 8)
            return 0;
        char *t = node_text(c);
        size_t len = t ? strlen(t) : 0;
        int known = 0;
        if (len >= 2 && t[len - 1] == ':') {
            for (size_t k = 0; k < sizeof fields / sizeof fields[0] && !known; k++)
                known = strlen(fields[k]) == len - 1 && !strncasecmp(t, fields[k], len - 1);
            dated |= known && (!strncasecmp(t, "date", 4) || !strncasecmp(t, "published", 9) ||
                               !strncasecmp(t, "updated", 7) || !strncasecmp(t, "posted", 6));
        }
        free(t);
        if (!known)
            return 0;
    }
    return terms >= 2 && dated;
}

/* Is n the word a drop cap opens, set for screen readers ("<p><span
 * aria-hidden=true>W</span><span class=visually-hidden>When</span><span
 * aria-hidden=true>hen</span> the …"): a <span> opening its <p> (nothing
 * visible before it but elements hidden from readers) holding one word of
 * letters, up to 20 bytes?  The page shows that word as the drop cap and
 * its rest, both hidden from readers: this is the word.  Bounded: 8
 * siblings before, 20 bytes. */
static int drop_cap_word(const xmlNode *n)
{
    if (!name_is(n, "span") || !n->parent || !name_is(n->parent, "p") || !n->children ||
        n->children->type != XML_TEXT_NODE || n->children->next || !n->children->content)
        return 0;
    int k = 0;
    for (const xmlNode *b = n->prev; b; b = b->prev, k++) {
        if (k >= 8)
            return 0;
        if (b->type == XML_TEXT_NODE && b->content && has_visible(b->content))
            return 0;
        if (b->type == XML_ELEMENT_NODE) {
            const char *aria = attr_ref(b, "aria-hidden");
            if (!aria || strcasecmp(aria, "true") != 0)
                return 0;
        }
    }
    const xmlChar *t = n->children->content;
    size_t len = 0;
    while (t[len] && len <= 20)
        if (!isalpha(t[len++]))
            return 0;
    return len >= 1 && len <= 20 && isupper(t[0]);
}

/* Is n one of the AMP components that are not the story's text: the
 * embeds of social posts (their placeholder quotes the post), ads,
 * share buttons, the menu drawer, consent and notification bars,
 * analytics, carousels of other stories?  A tag that starts with "amp-". */
static int amp_furniture(const xmlNode *n)
{
    static const char *const amp_tags[] = {
        "amp-twitter", "amp-instagram", "amp-facebook", "amp-facebook-post", "amp-reddit", "amp-tiktok",
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-social-share", "amp-sidebar", "amp-consent",
        "amp-user-notification", "amp-analytics", "amp-pixel", "amp-carousel", "amp-iframe", "amp-youtube",
        "amp-video", "amp-geo", "amp-recommendations", "amp-next-page",
    };
    const char *name = (const char *)n->name;
    if (!name || strncmp(name, "amp-", 4) != 0)
        return 0;
    for (size_t i = 0; i < sizeof amp_tags / sizeof amp_tags[0]; i++)
        if (!strcasecmp(name, amp_tags[i]))
            return 1;
    return 0;
}

/* Is n a call to act: a <button>, or a link (<a> with an href)? */
static int is_call_element(const xmlNode *n)
{
    return name_is(n, "button") || (name_is(n, "a") && attr_ref(n, "href"));
}

/* Does the subtree hold story prose: a <p> of story length (140 visible
 * characters or more, spaces aside) or two <p>s of 70 or more (an offer's
 * lines are fewer and shorter)?  *mid counts the <p>s of 70 seen.
 * Bounded walk. */
static int holds_story_paragraphs(const xmlNode *n, int depth, size_t *budget, int *mid)
{
    if (depth > 12)
        return 0;
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        if (name_is(c, "p")) {
            size_t paras = 0, chars = 0, links = 0;
            prose_stats(c, &paras, &chars, &links, 0, 0);
            if (chars >= 140 || (chars >= 70 && ++*mid >= 2))
                return 1;
        } else if (holds_story_paragraphs(c, depth + 1, budget, mid)) {
            return 1;
        }
    }
    return 0;
}

/* Does t name what a paywall sells: subscribe, subscription, log in,
 * sign in, register, account (any case)? */
static int offer_words(const char *t)
{
    return strcasestr(t, "subscri") || strcasestr(t, "log in") || strcasestr(t, "sign in") ||
           strcasestr(t, "register") || strcasestr(t, "account");
}

/* Does an element under n that `pick` selects hold a text (node_text)
 * that `says` is true of?  The elements pick passes over are walked into.
 * Bounded: max_depth levels, *budget elements. */
static int picked_text_says(const xmlNode *n, int depth, int max_depth, size_t *budget, element_test pick,
                            int (*says)(const char *))
{
    for (const xmlNode *c = n->children; c && depth < max_depth; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (*budget == 0)
            return 0;
        (*budget)--;
        if (pick(c)) {
            char *t = node_text(c);
            int said = t && says(t);
            free(t);
            if (said)
                return 1;
        } else if (picked_text_says(c, depth + 1, max_depth, budget, pick, says)) {
            return 1;
        }
    }
    return 0;
}

/* Is n a heading (is_heading: libxml2's HTML parser names elements in
 * lower case) or a call (is_call_element)? */
static int heading_or_call(const xmlNode *n)
{
    return is_heading(n) || is_call_element(n);
}

/* Does a call (is_call_element) or a heading (h1-h6) under n say what a
 * paywall sells (offer_words: "Subscribe Now", "Log in", "Create a free
 * account")?  A story's own short lines may say "register" and hold a
 * link; a paywall's offer says it in its heading or on its button.
 * Bounded: 12 levels, *budget elements. */
static int offer_said(const xmlNode *n, size_t *budget)
{
    return picked_text_says(n, 0, 12, budget, heading_or_call, offer_words);
}

/* Does n hold a call (is_call_element; 12 levels, 400 elements looked
 * at)?  If so, its <p>s (when paras is not NULL) and visible characters
 * (prose_stats) are counted into *paras and *chars. */
static int call_box_prose(const xmlNode *n, size_t *paras, size_t *chars)
{
    size_t budget = 400, p = 0, links = 0;
    if (!holds(n, is_call_element, 12, 0, &budget))
        return 0;
    prose_stats(n, paras ? paras : &p, chars, &links, 0, 0);
    return 1;
}

static int hidden_until_opened(const xmlNode *n);

/* Is a shown paragraph of prose (a <p>, not hidden_until_opened, of
 * PA_EXTRACT_WALL_LEAD_CHARS visible characters or more) among the three
 * element siblings after n?  A wall cuts the story: none of it follows the
 * wall's box; the story goes on after its own box (a factbox "How to sign
 * in to the library app", a sidebar on a paper's new subscription). */
static int story_goes_on_after(const xmlNode *n)
{
    int seen = 0;
    for (const xmlNode *sib = n->next; sib && seen < 3; sib = sib->next) {
        if (sib->type != XML_ELEMENT_NODE)
            continue;
        seen++;
        if (!name_is(sib, "p") || hidden_until_opened(sib))
            continue;
        xmlChar *t = xmlNodeGetContent(sib);
        int prose = t && visible_chars(t) >= PA_EXTRACT_WALL_LEAD_CHARS;
        xmlFree(t);
        if (prose)
            return 1;
    }
    return 0;
}

/* Is n the offer a paywall shows over a cut story ("paywall-overlay",
 * "regwall", a trade journal's "premium-content-lock", "locked": a
 * heading, the plan's perks, a Subscribe link or button)?
 * The class word alone does not say so: templates also wrap each story
 * paragraph, the whole story body, or the locked rest of the story in a
 * "paywall" block.  An offer holds a call (a link or a button), says what
 * it sells in its heading or on its call (offer_said: subscribe, log in,
 * sign in, register, account),
 * and is short: under 600 visible characters and no story prose
 * (holds_story_paragraphs: a teaser may share the block).  A "premium" or
 * "lock" block (words that also mark a subscriber's content: a premium
 * story's own "How to open an account" section) is the offer only where
 * the story does not go on after it (story_goes_on_after). */
static int paywall_offer(const xmlNode *n, const class_words *words)
{
    static const char *const paywall_tokens[] = {"paywall", "regwall", "premium", "lock", "locked"};
    static const char *const wall_tokens[] = {"paywall", "regwall"};
    size_t chars = 0;
    if (!words_have(words, paywall_tokens, N_TOKENS(paywall_tokens), 0) || !call_box_prose(n, NULL, &chars))
        return 0;
    size_t budget = 400;
    int mid = 0;
    if (chars >= 600 || holds_story_paragraphs(n, 0, &budget, &mid))
        return 0;
    budget = 400;
    if (!offer_said(n, &budget))
        return 0;
    /* "premium" and "lock" also mark the content a subscriber reads (a premium story's own section): such a
     * block is the offer only where the story stops at it */
    return words_have(words, wall_tokens, N_TOKENS(wall_tokens), 0) || !story_goes_on_after(n);
}

/* Is text t (whitespace-collapsed) a line of the wall in the story's
 * place (pa_line_wall)? */
static int wall_text(const char *t)
{
    pa_line line;
    pa_line_init(&line, t, strlen(t)); /* its bytes stand for its characters here */
    return pa_line_wall(&line);
}

/* Is n a <p> or a heading (h1-h6)? */
static int para_or_heading(const xmlNode *n)
{
    return name_is(n, "p") || is_heading(n);
}

/* Is n a wall's appeal set after a story's teaser in its place: a <div>,
 * <section> or <aside> right after two <p> elements of the story (its
 * previous element siblings), holding a call (a link or a button) that
 * sells an account or a subscription (offer_said), at most
 * PA_EXTRACT_WALL_APPEAL_PARAS <p>s and PA_EXTRACT_WALL_APPEAL_CHARS
 * visible characters, and a line of the wall in a <p> or heading among its
 * children and grandchildren (pa_line_wall: "Already a member? Sign in",
 * "Become a member today to keep reading this story")?  A reader-funded site's "Thank you for reading" box
 * argues in paragraphs of prose before its "Become a member today to keep
 * reading" (paywall_offer reads such prose as a teaser's); the story's own
 * block holds more, or follows no two paragraphs of its own, or has the
 * story go on after it (story_goes_on_after). */
static int wall_appeal(const xmlNode *n)
{
    if (!name_is(n, "div") && !name_is(n, "section") && !name_is(n, "aside"))
        return 0;
    const xmlNode *sib = n->prev;
    for (int paras = 0; paras < 2; paras++, sib = sib->prev) {
        while (sib && sib->type != XML_ELEMENT_NODE)
            sib = sib->prev;
        if (!sib || !name_is(sib, "p"))
            return 0;
    }
    size_t paras = 0, chars = 0, budget = 400;
    if (!call_box_prose(n, &paras, &chars) || paras > PA_EXTRACT_WALL_APPEAL_PARAS ||
        chars > PA_EXTRACT_WALL_APPEAL_CHARS || !offer_said(n, &budget) || story_goes_on_after(n))
        return 0;
    budget = 64;
    return picked_text_says(n, 0, 2, &budget, para_or_heading, wall_text);
}

static int text_reaches(const xmlChar *t, size_t least);

/* Does text t (len bytes) end with a sentence's end mark, nothing after
 * it: ".", "!", "?" after a word in lower case, a number or a bracket (not
 * an abbreviation's: "U.S."), or the Chinese, Devanagari/Bengali and Arabic
 * ones (。 । ؟), maybe closed by a quote ("…global".", "…said.”")? */
static int ends_sentence_mark(const char *t, size_t len)
{
    static const char *const closers[] = {"\"", "'", "\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb"}; /* " ' ” ’ » */
    for (size_t k = 0; k < sizeof closers / sizeof closers[0]; k++) {
        size_t cl = strlen(closers[k]);
        if (len > cl && !memcmp(t + len - cl, closers[k], cl) && strchr(".!?", t[len - cl - 1]))
            return 1;
    }
    static const char *const marks[] = {"\xe3\x80\x82", "\xe0\xa5\xa4", "\xd8\x9f"}; /* 。 । ؟ */
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (len >= 3 && !memcmp(t + len - 3, marks[k], 3))
            return 1;
    /* (the mark closing a word in lower case, a number or a bracket: not an abbreviation's, "the U.S.<a>Army
     * Corps of Engineers</a>") */
    unsigned char before = len >= 2 ? (unsigned char)t[len - 2] : 0;
    return len >= 2 && t[len - 1] && strchr(".!?", t[len - 1]) &&
           (islower(before) || isdigit(before) || before >= 0x80 || before == ')');
}

/* The last visible byte of the text under n (n itself when a text node), '\0' if none (bounded depth). */
static char last_visible_byte(const xmlNode *n, int depth)
{
    if (depth > 16)
        return '\0';
    if (n->type == XML_TEXT_NODE && n->content) {
        size_t k = strlen((const char *)n->content);
        while (k && isspace(n->content[k - 1]))
            k--;
        return k ? (char)n->content[k - 1] : '\0';
    }
    if (n->type != XML_ELEMENT_NODE || name_is(n, "script") || name_is(n, "style"))
        return '\0';
    for (const xmlNode *c = n->last; c; c = c->prev) {
        char b = last_visible_byte(c, depth + 1);
        if (b)
            return b;
    }
    return '\0';
}

/* Is the link n a teaser's call ("Read more", "Continue reading", "Full story") that ends an item or a
 * paragraph of 20+ visible characters before it ending a sentence ('.', '!', '?'), nothing but white space
 * and line breaks after it ("The state's jobless rate held at 3.9 percent. <a>Read more</a>", a digest's
 * items)?  The call points at the full story; it is no word of the item.  (After a headline without a stop,
 * "Generosity is key to a happy marriage <a>Read more...</a>", the line is a teaser and the call says so.) */
static int trailing_more_link(const xmlNode *n)
{
    char call[24];
    size_t cl = alone_text(n, call, sizeof call);
    if (!cl || !teaser_call(call, cl) || !n->parent)
        return 0;
    for (const xmlNode *s = n->next; s; s = s->next)
        if ((s->type == XML_TEXT_NODE && s->content && has_visible(s->content)) ||
            (s->type == XML_ELEMENT_NODE && !name_is(s, "br")))
            return 0;
    char stop = '\0';
    for (const xmlNode *s = n->prev; s && !stop; s = s->prev)
        stop = last_visible_byte(s, 0);
    if (!stop || !strchr(".!?", stop))
        return 0;
    size_t before = 0; /* (counted up to 20: a digest's "Read more" after each of hundreds of items) */
    for (const xmlNode *s = n->parent->children; s && s != n && before < 20; s = s->next) {
        size_t paras = 0, chars = 0, links = 0;
        if (s->type == XML_TEXT_NODE && s->content)
            before += visible_chars(s->content);
        else if (s->type == XML_ELEMENT_NODE) {
            prose_stats(s, &paras, &chars, &links, 0, 0);
            before += chars;
        }
    }
    return before >= 20;
}

/* Is n an SEO keyword link a trade site's CMS glues to the story's
 * sentences: an <a> right after a sentence's end mark with no space
 * between ("…in the world.<a>aluminium coil</a>"), its text a short
 * phrase (2 to 40 visible characters, five words at most, a letter, no
 * sentence mark), and nothing after it in its parent but white space and
 * line breaks, or the next sentence glued to it ("…</a>Wu Yong said": a
 * capital letter, no space); or opening its block glued to the block's
 * first sentence the same way; its parent a block, not an inline element?
 * A link a sentence holds has a space before it. */
static int glued_keyword_link(const xmlNode *n)
{
    if (!name_is(n, "a") || !n->parent || is_inline_tag(n->parent))
        return 0; /* (in a <strong> with the sentence: a pointer's title in bold, "See it here….<a>Title</a>") */
    const xmlNode *p = n->prev;
    while (p && p->type == XML_TEXT_NODE && p->content && !text_reaches(p->content, 1))
        p = p->prev; /* white space before it */
    int after_mark = 0;
    if (p) {
        if (p != n->prev || p->type != XML_TEXT_NODE || !p->content)
            return 0;
        after_mark = ends_sentence_mark((const char *)p->content, strlen((const char *)p->content));
        if (!after_mark)
            return 0;
    }
    int glued_next = 0, at_end = 1;
    for (const xmlNode *s = n->next; s && at_end && !glued_next; s = s->next) {
        if (s->type == XML_TEXT_NODE && s->content) {
            const unsigned char *q = s->content;
            if (s == n->next && q[0] && !isspace(q[0]))
                glued_next = isupper(q[0]); /* the next sentence glued to it: "…</a>Wu Yong said" */
            at_end = !glued_next && !text_reaches(q, 1);
        } else if (s->type == XML_ELEMENT_NODE && !name_is(s, "br")) {
            at_end = 0;
        }
    }
    /* after a sentence, ending the block or glued to the next one; or opening the block, glued to its
     * first sentence ("<p><a>aluminium products</a>Wu Yong said …") */
    if (!((after_mark && (at_end || glued_next)) ||
          (!p && glued_next && (name_is(n->parent, "p") || name_is(n->parent, "div")))))
        return 0; /* (an item's linked name run into its description, "<li><a>Name</a>Desc…", stays) */
    char *t = node_text(n);
    if (!t)
        return 0;
    size_t len = strlen(t), words = 1, letters = 0;
    int plain = len && !strpbrk(t, ".!?:;");
    for (size_t i = 0; i < len; i++) {
        words += t[i] == ' ' && i + 1 < len && t[i + 1] != ' ';
        letters += isalpha((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80;
    }
    size_t chars = visible_chars((const xmlChar *)t);
    free(t);
    return plain && letters && chars >= 2 && chars <= 40 && words <= 5;
}

/* The list items and <h2>-<h4> headings under n, counted to `most` + 1 at
 * the most (depth bounded). */
static size_t highlight_points(const xmlNode *n, size_t most, int depth)
{
    size_t k = 0;
    if (depth > 6)
        return 0;
    for (const xmlNode *c = n->children; c && k <= most; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "li") || name_is(c, "h2") || name_is(c, "h3") || name_is(c, "h4"))
            k++;
        else
            k += highlight_points(c, most - k, depth + 1);
    }
    return k;
}

/* Is n a player's title: an h2-h6 heading holding the page's headline
 * (is_page_headline) inside a block whose class or id names an audio or a
 * video player (n itself or three levels up: "audio-module-title" in
 * public radio's audio module over the story)?  The headline again, not
 * text. */
static int player_title(const xmlNode *n, const pa_meta *m)
{
    if (!m || !is_heading(n) || name_is(n, "h1"))
        return 0;
    static const char *const player_tokens[] = {"audio", "player", "video"};
    int named = 0;
    const xmlNode *a = n;
    for (int up = 0; a && a->type == XML_ELEMENT_NODE && up < 4 && !named; a = a->parent, up++) {
        class_words words;
        named = class_words_of(&words, a) && words_have(&words, player_tokens, N_TOKENS(player_tokens), 0);
    }
    if (!named)
        return 0;
    char *t = node_text(n);
    char *c = t ? pa_extract_clean_space(t) : NULL;
    int hit = c && is_page_headline(c, m);
    free(c);
    free(t);
    return hit;
}

/* Fill w with an element's class cls and id id (NULL: none), each cut at
 * max bytes, a slug-like id too (which class_words_of would leave out). */
static void class_id_words(class_words *w, const char *cls, const char *id, size_t max)
{
    w->len = 0;
    class_words_add(w, cls, max);
    class_words_add(w, " ", 1);
    class_words_add(w, id, max);
}

/* Where in the first max bytes of v (NULL: none) the lower-case ASCII
 * token tok starts, ASCII case aside; max when it is not there. */
static size_t prefix_find_nocase(const char *v, size_t max, const char *tok)
{
    size_t tl = strlen(tok);
    if (!v || !tl)
        return max;
    unsigned char first = (unsigned char)tok[0], first_upper = (unsigned char)toupper(first);
    /* the token lies whole in v's first len bytes (a NUL ends v); its first
     * byte, in either case, is found by memchr over the starts left */
    size_t len = strnlen(v, max);
    if (len < tl)
        return max;
    const char *end = v + len - tl + 1; /* past the last start the token fits after */
    const char *lower = memchr(v, first, (size_t)(end - v));
    const char *upper = first_upper != first ? memchr(v, first_upper, (size_t)(end - v)) : NULL;
    while (lower || upper) {
        const char *at = !upper || (lower && lower < upper) ? lower : upper;
        size_t k = 1;
        while (k < tl && (unsigned char)tolower((unsigned char)at[k]) == (unsigned char)tok[k])
            k++;
        if (k == tl)
            return (size_t)(at - v);
        if (at == lower)
            lower = at + 1 < end ? memchr(at + 1, first, (size_t)(end - at - 1)) : NULL;
        else
            upper = at + 1 < end ? memchr(at + 1, first_upper, (size_t)(end - at - 1)) : NULL;
    }
    return max;
}

/* Does the first max bytes of v (NULL: none) hold the lower-case ASCII
 * token tok, ASCII case aside? */
static int prefix_holds_nocase(const char *v, size_t max, const char *tok)
{
    return prefix_find_nocase(v, max, tok) < max;
}

/* Does the first max bytes (max < 299) of n's class or of its id hold
 * one of toks (lower case, no space, no empty one)?  Case-insensitive;
 * the same answer as words_contain on class_id_words (n's class and id, max), without copying
 * the words (this runs on every element of a page). */
static int attrs_contain(const xmlNode *n, size_t max, const char *const *toks, size_t nt)
{
    if (!n->properties)
        return 0;
    const char *cls = attr_ref(n, "class"), *id = attr_ref(n, "id");
    if (!cls && !id)
        return 0;
    for (size_t k = 0; k < nt; k++)
        if (prefix_holds_nocase(cls, max, toks[k]) || prefix_holds_nocase(id, max, toks[k]))
            return 1;
    return 0;
}

/* Does n's class or id name a transcript ("video-page__transcript",
 * "transcript-body", id "transcript")?  Case-insensitive; a long
 * attribute's first 200 bytes are read. */
static int names_transcript(const xmlNode *n)
{
    static const char *const tokens[] = {"transcript"};
    return attrs_contain(n, 200, tokens, N_TOKENS(tokens));
}

/* Is the hidden block n a video's or an episode's transcript behind its
 * tab or switch: named for a transcript (names_transcript) and holding
 * 120 visible characters or more, under half of them linked?  (A player's
 * "Transcript unavailable. Please try again later." notice is no text.) */
static int hidden_transcript(const xmlNode *n)
{
    if (!names_transcript(n))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    return chars >= 120 && links * 2 < chars;
}

/* The <p> elements under n outside its list items (a box's note beside its
 * points; a point's own <p> inside its <li> is not counted), and in *longest
 * the visible characters of the longest of them (a bounded walk). */
static size_t loose_paragraphs(const xmlNode *n, size_t *longest, int depth)
{
    size_t k = 0;
    for (const xmlNode *c = n->children; c && depth < 8; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || name_is(c, "li"))
            continue;
        if (name_is(c, "p")) {
            size_t chars = 0, paras = 0, budget = 20;
            if (!small_box_text(c, 300, &chars, &paras, &budget, 0))
                chars = 301;
            if (chars > *longest)
                *longest = chars;
            k++;
        } else {
            k += loose_paragraphs(c, longest, depth + 1);
        }
    }
    return k;
}

/* Does the box n open with the label of a highlights box ("Highlights",
 * "Key highlights"): its first element, a heading or a short text
 * element, holding that phrase alone?  (A "Summary" or "Key Takeaways"
 * box is the story's own list: the wcxb and liveblog references keep it.) */
static int highlights_labelled(const xmlNode *n)
{
    static const char *const labels[] = {"highlights", "key highlights", "story highlights"};
    const xmlNode *c = n->children;
    while (c && c->type != XML_ELEMENT_NODE)
        c = c->next;
    char buf[40];
    size_t len = c ? alone_text(c, buf, sizeof buf) : 0;
    while (len && strchr(":.", buf[len - 1]))
        len--;
    return len && is_phrase_nocase(buf, len, labels, N_TOKENS(labels));
}

/* Is n the story's highlights box, the points a news template sets over
 * the story and the story retells ("<story-highlights><ul><li>…</li>…
 * </ul></story-highlights>", "<div class=highlights_cont><span>HIGHLIGHTS
 * </span><h2>…</h2><h2>…</h2></div>", "<div class=highlight><h2>Highlights
 * </h2><ul>…</ul></div>"): an element so named, or with the class or id
 * word "highlights", or "highlight" when the label "Highlights" opens it
 * (highlights_labelled; "taco-highlighted-block" over "Key Takeaways" is
 * no such box), holding two to six points
 * (list items or headings), no link, no paragraph but the points' own and
 * at most one note of 100 characters beside them ("Quick Read: Summary is
 * AI generated …"), 1,200 visible characters at most? */
static int highlights_box(const xmlNode *n)
{
    static const char *const highlights_tokens[] = {"highlights"};
    static const char *const highlight_tokens[] = {"highlight"};
    if (!n->name)
        return 0;
    if (strcmp((const char *)n->name, "story-highlights")) {
        const char *cls = attr_ref(n, "class"), *id = attr_ref(n, "id");
        /* (a word holding "highlights" holds "highlight": without that word, neither; and a value without the
         * letters "highlight" in any case holds no such word, told before its words are built) */
        if (!prefix_holds_nocase(cls, SIZE_MAX, "highlight") && !prefix_holds_nocase(id, SIZE_MAX, "highlight"))
            return 0;
        if (!has_token_at(cls, highlight_tokens, 1, 0) && !has_token_at(id, highlight_tokens, 1, 0))
            return 0;
        if (!has_token_at(cls, highlights_tokens, 1, 0) && !has_token_at(id, highlights_tokens, 1, 0) &&
            !highlights_labelled(n))
            return 0;
    }
    if (count_links(n, 0))
        return 0;
    size_t chars = 0, paras = 0, budget = 80;
    if (!small_box_text(n, 1200, &chars, &paras, &budget, 0) || !chars)
        return 0;
    size_t longest = 0;
    size_t loose = paras ? loose_paragraphs(n, &longest, 0) : 0;
    if (loose > 1 || longest > 100)
        return 0;
    size_t points = highlight_points(n, 6, 0);
    return points >= 2 && points <= 6;
}

/* The first text node under n with visible text, in document order (not in a script or a style); NULL when
 * none within the bounded walk (*budget nodes). */
static const xmlNode *first_visible_text(const xmlNode *n, int depth, size_t *budget)
{
    if (depth > 12)
        return NULL;
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        (*budget)--;
        if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
            return c;
        if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            const xmlNode *t = first_visible_text(c, depth + 1, budget);
            if (t)
                return t;
        }
    }
    return NULL;
}

/* Does the box n hold a title past its label element: an h1-h6 heading or a link outside that element (32
 * levels down at most)?  A native ad sets the advertiser's title under "Sponsored content"; a story's section
 * under its subhead "Paid content", or a fact box defining the term, holds prose only. */
static int titled_past_label(const xmlNode *n, const xmlNode *label, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 32; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || c == label)
            continue;
        if (name_is(c, "a") || is_heading(c) || titled_past_label(c, label, depth + 1))
            return 1;
    }
    return 0;
}

static int holds_picture(const xmlNode *n, int depth, size_t *budget);

/* Is n a sponsor's box or the small ads set in the story or in a newsletter issue: a block (table, cell,
 * div, aside, section) of at most 400 characters that opens with a sponsor's or the ads' label alone in its
 * own element ("Together with", "Presented by", "SPONSORED", "Partner message", "A message from Example
 * Energy", "Thank you to our sponsors", "Classifieds", a news site's "Sponsored content" over a title, a
 * club's "Official Partner" over the partner's logo), as e-mails set one without any class saying so?  (A paragraph that opens with "Together with
 * her husband, …" is no label alone, nor is a table's field name, "<th>Sponsor</th><td>Sen. Jane Doe</td>", nor
 * a label the line reads on from, "<strong>Presented by</strong> the Harbor Players, …".) */
static int sponsor_label_box(const xmlNode *n)
{
    if (!(name_is(n, "table") || name_is(n, "td") || name_is(n, "div") || name_is(n, "aside") ||
          name_is(n, "section")))
        return 0;
    size_t budget = 60;
    const xmlNode *first = first_visible_text(n, 0, &budget);
    if (!first || first->parent == n || !first->parent)
        return 0;
    /* a table's field name is no label: "<tr><th>Sponsor</th><td>Sen. Alma Reyes</td></tr>" in a story's
     * table of a bill, or its name cell with the value in the next cell */
    for (const xmlNode *up = first->parent; up && up != n; up = up->parent) {
        if (name_is(up, "th"))
            return 0;
        if (name_is(up, "td") || name_is(up, "dt")) {
            const xmlNode *next = up->next;
            while (next && next->type != XML_ELEMENT_NODE)
                next = next->next;
            size_t cell_budget = 60;
            if (next && first_visible_text(next, 0, &cell_budget))
                return 0;
        }
    }
    /* the label ends its line: "<p><strong>Presented by</strong> the Harbor Players, "Ferry Tales" runs …</p>"
     * (a calendar's item) reads on from it */
    const xmlNode *after = first->parent->next;
    while (after && (after->type == XML_COMMENT_NODE ||
                     (after->type == XML_TEXT_NODE && !(after->content && has_visible(after->content)))))
        after = after->next;
    if (after && after->type == XML_TEXT_NODE)
        return 0;
    char label[64];
    size_t len = alone_text(first->parent, label, sizeof label);
    if (!len || len > 60)
        return 0;
    for (size_t i = 0; i < len; i++)
        label[i] = (char)tolower((unsigned char)label[i]);
    if (label[len - 1] == ':')
        label[--len] = '\0';
    static const char *const labels[] = {
        "together with", "presented by", "sponsored", "sponsored by", "sponsor", "our sponsor", "from our sponsor",
        "a message from our sponsor", "a word from our sponsor", "partner message", "a message from our partner",
        "brought to you by", "in partnership with", "thank you to our sponsors", "thanks to our sponsors",
        "today's sponsor", "this issue's sponsor", "paid partnership",
        /* the issue's small ads: "Classifieds" / "For sale: …" / "Wanted: …" */
        "classifieds", "classified ads", "classified", "job board", "jobs board",
    };
    /* a chain's native ad in the story: "Sponsored content" over the advertiser's title (a heading or a link)
     * and pitch; not a story's section "<h3>Paid content</h3><p>Any post a brand paid for must …</p>" nor a
     * fact box defining the term */
    static const char *const news_labels[] = {"sponsored content", "paid content", "partner content",
                                              "sponsored post", "promoted content"};
    int news_label = is_phrase_nocase(label, len, news_labels, N_TOKENS(news_labels));
    /* a club's or a sports site's partner box in the story: "Official Partner" over the partner's logo and line;
     * not a story's section on a sponsorship deal under its subhead "Official partner", which holds no logo */
    static const char *const partner_labels[] = {"official partner", "official partners", "official betting partner",
                                                 "principal partner"};
    int partner_label = is_phrase_nocase(label, len, partner_labels, N_TOKENS(partner_labels));
    if (!news_label && !partner_label && !is_phrase_nocase(label, len, labels, N_TOKENS(labels)) &&
        !(len > 15 && !strncmp(label, "a message from ", 15)))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    size_t picture_budget = 200;
    return chars <= 400 && (!news_label || titled_past_label(n, first->parent, 0)) &&
           (!partner_label || holds_picture(n, 0, &picture_budget));
}

/* Does the box n hold a paragraph (<p>) that reads as a sentence of
 * prose, ten words or more ending in ".", "!" or "?" (pa_ends_sentence)?
 * A capsule review set whole in a "review-box" has one ("A first feature
 * about two sisters …, tender and very funny."); a review's score box
 * ("Score 71", "Pros: Great hinge, big screen") has none.  Bounded: depth
 * 8, *budget elements. */
static int box_holds_sentence(const xmlNode *n, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        if (name_is(c, "p")) {
            xmlChar *t = xmlNodeGetContent(c);
            size_t len = t ? strlen((const char *)t) : 0;
            while (len && isspace(t[len - 1]))
                len--;
            int sentence = len && pa_ends_sentence((const char *)t, len, 10);
            xmlFree(t);
            if (sentence)
                return 1;
        } else if (depth < 8 && box_holds_sentence(c, depth + 1, budget)) {
            return 1;
        }
    }
    return 0;
}

/* Runs test on the visible text of node b (node_text; 0 without it) and
 * returns its answer; test may write to the text. */
static int node_text_test(const xmlNode *b, int (*test)(char *t))
{
    char *t = node_text(b);
    if (!t)
        return 0;
    int answer = test(t);
    free(t);
    return answer;
}

/* Does text t open with a note the writer sets on the story ("Update,
 * April 23: …", "UPDATED: …", "Editor's note: …", "Correction: …")? */
static int opens_with_writers_note(char *t)
{
    static const char *const labels[] = {"update", "editor's note", "editor\u2019s note", "editors' note", "correction",
                                         "clarification"};
    while (*t == ' ' || *t == '\n')
        t++;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (!strncasecmp(t, labels[i], strlen(labels[i])))
            return 1;
    return 0;
}

/* Is n, a role="alert" element, an alert bar's notice ("City offices
 * will be closed Monday …"): one block of text, not two paragraphs or
 * more of 200 bytes (a notice page set whole in a Bootstrap alert), and no
 * note of the writer's (a blog's "Update, April 23: …" in a Bootstrap
 * alert, which the line rules judge as any paragraph)? */
static int alert_bar(const xmlNode *n)
{
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    if (paras >= 2 && chars >= 200)
        return 0;
    return !node_text_test(n, opens_with_writers_note);
}

/* Does text t open with a press release's dateline: its first word a place
 * in capitals (three capital letters or more: "PORTLAND,", "ST.") and, in
 * its first 100 bytes, the wire's lead-in: "--(" ("CHARLOTTE, N.C.--(BUSINESS
 * WIRE)--"), "/ --" ("… 2015 /PRNewswire/ --"), "WIRE) --" ("… 2018 (GLOBE
 * NEWSWIRE) --") or a year and a dash after it
 * ("PORTLAND, Ore., June 14, 2011 – ")?  (A news agency's "ATLANTA, Georgia
 * (CNN) --", "WASHINGTON (AP) --" opens a news story.) */
static int opens_with_release_dateline(char *t)
{
    size_t caps = 0, i = 0;
    for (; t[i] && t[i] != ' ' && t[i] != ',' && i < 30; i++) {
        if (isupper((unsigned char)t[i]))
            caps++;
        else if (t[i] != '.' && t[i] != '\'')
            return 0;
    }
    if (caps < 3)
        return 0;
    size_t len = strnlen(t, 100);
    for (size_t j = i; j + 1 < len; j++) {
        if (t[j] == '-' && t[j + 1] == '-' &&
            ((j + 2 < len && t[j + 2] == '(') || t[j - 1] == '/' || (t[j - 1] == ' ' && t[j - 2] == '/') ||
             (j >= 6 && !strncmp(t + j - 6, "WIRE) ", 6))))
            return 1;
        if (j + 6 < len && (!strncmp(t + j, "19", 2) || !strncmp(t + j, "20", 2)) && isdigit((unsigned char)t[j + 2]) &&
            isdigit((unsigned char)t[j + 3]) && !isdigit((unsigned char)t[j + 4]) && (j == 0 || !isdigit((unsigned char)t[j - 1]))) {
            const char *d = t + j + 4 + (t[j + 4] == ')');
            if (d[0] == ' ' && (d[1] == '-' || pa_long_dash(d + 1)))
                return 1;
        }
    }
    return 0;
}

/* Is label ("About Example Bio", "About Redcliff Bancorp, Inc.") a note on
 * the release's issuer as the text told so far (told, NUL-terminated) names
 * it: the label's name (up to a comma) found in told with a company's form
 * or its listing after it ("Example Bio Inc. (NASDAQ: EXB)", "Northmere
 * Utilities Corp.") or in the label itself ("About Halsey Brandt LLP")?
 * Or does the label's name read as an organisation's by itself (bodies,
 * "&")?  The wire's short release names its issuer so; a story's section on
 * a place or a project ("About Lake Mead", "About the Project", "About the
 * Museum") names none. */
static int issuer_told(const char *told, const char *label)
{
    if (strncmp(label, "About ", 6) && strncmp(label, "ABOUT ", 6))
        return 0;
    const char *name = label + 6;
    if (!strncasecmp(name, "the ", 4))
        name += 4;
    size_t n = strcspn(name, ",:");
    while (n && strchr(". ", name[n - 1]))
        n--;
    if (n < 3 || n > 60)
        return 0;
    static const char *const forms[] = {"Inc", "Corp", "Ltd", "LLC", "LLP", "L.P.", "plc", "PLC", "Co.", "Company",
                                        "GmbH", "AG", "S.A.", "N.V.", "REIT", "(NYSE", "(NASDAQ", "(Nasdaq",
                                        "(OTC", "(TSX", "(CSE", "(LSE", "(ASX", "(AIM"};
    const char *last = name + n;
    while (last > name && last[-1] != ' ')
        last--;
    /* (or a name of two words or more that ends in an organisation's word, or joins two names with "&": "Example
     * Children's Museum", "Example Rail Systems", "Quill & Sorensen") */
    static const char *const bodies[] = {"Museum", "Foundation", "Institute", "University", "College", "Hospital",
                                         "Association", "Society", "Council", "Systems", "Group", "Partners",
                                         "Bancorp", "Bancshares", "Bank", "Holdings", "Therapeutics",
                                         "Pharmaceuticals", "Technologies", "Software", "Energy", "Foods",
                                         "Utilities", "Capital", "Industries", "Trust"};
    size_t ll = (size_t)(name + n - last);
    if (last > name && (pa_phrase_opens(last, ll, PA_PHRASES(forms)) || pa_phrase_is(last, ll, PA_PHRASES(bodies)) ||
                        memmem(name, n, " & ", 3)))
        return 1;
    for (const char *at = told; (at = strchr(at, name[0])) != NULL; at++) {
        if (strncmp(at, name, n))
            continue;
        const char *after = at + n;
        while (*after == ',' || *after == ' ')
            after++;
        if (after > at + n && pa_phrase_opens(after, strnlen(after, 16), PA_PHRASES(forms)))
            return 1;
    }
    return 0;
}

/* Is the highlights box n a release's summary bullets, the points the
 * issuer prints over its dateline (pressrel: body): its next element a
 * block opening with a release's dateline (opens_with_release_dateline)? */
static int highlights_over_release(const xmlNode *n)
{
    const xmlNode *next = n->next;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    return next && node_text_test(next, opens_with_release_dateline);
}

/* Is n something a reader acts on: a link (<a href>), a form or one of
 * its fields, or a button (<button>, a "btn" or "button" class word)? */
static int action_element(const xmlNode *n)
{
    static const char *const button_tokens[] = {"btn", "button"};
    return (name_is(n, "a") && attr_ref(n, "href")) || name_is(n, "button") || name_is(n, "form") ||
           name_is(n, "input") || name_is(n, "select") ||
           has_token_at(attr_ref(n, "class"), button_tokens, N_TOKENS(button_tokens), 0);
}

/* Is n a box named a call to action ("cta" in its class or id words:
 * "story-cta", "content-cta", "cta-quote") and no other boilerplate word,
 * that holds nothing to act on (action_element: neither n itself nor an
 * element under it, 8 levels and 200 elements at most)?  A pitch has its
 * link, button or form ("Book Online", a zip code's field and "Find Local
 * Pros"); a box without one is the story's text set apart (a hearing's
 * date, "What happens next", a pulled quote).  `words`: n's class and id
 * words, holding a bad token. */
static int cta_box_without_action(const xmlNode *n, const class_words *words)
{
    static const char *const cta_tokens[] = {"cta"};
    if (!words_have(words, cta_tokens, N_TOKENS(cta_tokens), 0) || action_element(n))
        return 0;
    class_words rest;
    class_words_set(&rest, words->low);
    for (char *c = strstr(rest.low, "cta"); c; c = strstr(c + 3, "cta"))
        if ((c == rest.low || !isalpha((unsigned char)c[-1])) && !isalpha((unsigned char)c[3]))
            memcpy(c, "xxx", 3); /* the other words must not be boilerplate ("newsletter-cta") */
    if (words_have(&rest, bad_tokens, N_TOKENS(bad_tokens), 0))
        return 0;
    size_t budget = 200;
    return !holds(n, action_element, 8, 0, &budget);
}

static int is_boilerplate(xmlNode *n, int relaxed, const pa_meta *m)
{
    if ((highlights_box(n) && !highlights_over_release(n)) || poll_paragraph(n) || bare_tweet(n))
        return 1;
    if (n->name && n->name[0] == 'p' && !n->name[1] && chart_flow_label(n, 0))
        return 1; /* a chart's bold title as a paragraph over its frame (its credit line: strip()) */
    if (n->name && n->name[0] == 'a' && amp_furniture(n))
        return 1;
    if (n->name && n->name[0] == 'a' && (glued_keyword_link(n) || (is_link(n) && trailing_more_link(n))))
        return 1;
    /* a MathML formula's source (its TeX in <annotation encoding="application/x-tex">): the formula
     * itself is read once, from its rendered elements */
    if (n->name && n->name[0] == 'a' && n->name[1] == 'n' &&
        (!strcmp((const char *)n->name, "annotation") || !strcmp((const char *)n->name, "annotation-xml")))
        return 1;
    if (name_is(n, "td") && line_number_gutter(n))
        return 1; /* a highlighter's line numbers beside the code ("1 2 3") */
    if (name_is(n, "figcaption") && code_figure(n->parent))
        return 1; /* a code card's caption ("The retry settings in effect on November 12") */
    if (name_is(n, "figure")) {
        /* a table or code listing in a <figure> (block editors) is text;
         * a picture with its caption is not */
        size_t budget = 5000;
        if (holds_table(n, 0, &budget))
            goto structural;
        return 1;
    }
    if (name_is(n, "footer") && n->parent && name_is(n->parent, "blockquote") && !n->properties)
        return 0; /* a quote's attribution ("<blockquote><p>…</p><footer>— Jane Doe</footer>"), no page footer */
    static _Thread_local const token_index *drop_by_letter; /* (the names of n's first letter only) */
    if (!drop_by_letter)
        drop_by_letter = token_index_of(drop_tags, N_TOKENS(drop_tags));
    if (name_among(n, drop_tags, N_TOKENS(drop_tags), drop_by_letter)) {
        for (size_t k = 0; k < sizeof wrapper_tags / sizeof wrapper_tags[0]; k++)
            if (name_is(n, wrapper_tags[k])) {
                if (name_is(n, "form") && is_poll(n))
                    return 1;
                if (accordion_title(n))
                    return 0;
                if (name_is(n, "nav") ? holds_content(n, 1) : holds_content(n, 0))
                    goto structural;
                if (name_is(n, "form")) {
                    /* the page in one <form> (ASP.NET) with its text in
                     * <div>s and <br>s: more text than any form has;
                     * deeper, an article wrapped in a form ("mail this
                     * story") with no field a reader fills in */
                    size_t paras = 0, chars = 0, links = 0, fields_budget = 20000;
                    prose_stats(n, &paras, &chars, &links, 0, 0);
                    if (chars - links >= 500 &&
                        (name_is(n->parent, "body") || !holds_entry_field(n, 0, &fields_budget)))
                        goto structural;
                }
                return 1;
            }
        return 1;
    }
structural:
    if (story_insert(n, relaxed) || page_field_list(n) || sponsor_label_box(n))
        return 1;
    if (!n->properties)
        return 0;
    visibility_attrs vis = visibility_attrs_of(n);
    if (field_label(n, vis.cls))
        return 1;
    const char *role = vis.role;
    if (role && (!strcasecmp(role, "navigation") || !strcasecmp(role, "banner") || !strcasecmp(role, "contentinfo") ||
                 !strcasecmp(role, "complementary") || !strcasecmp(role, "search") || !strcasecmp(role, "dialog") ||
                 !strcasecmp(role, "alertdialog") || (!strcasecmp(role, "alert") && alert_bar(n)) ||
                 !strcasecmp(role, "menu")) &&
        !holds_content(n, 1))
        return 1;
    const char *aria = vis.aria_hidden, *style = vis.style;
    if ((vis.hidden || (aria && !strcasecmp(aria, "true")) ||
         (style && (style_says(style, "display", "none") || style_says(style, "visibility", "hidden")))) &&
        !(role && (!strcasecmp(role, "region") || !strcasecmp(role, "tabpanel")) && attr_ref(n, "aria-labelledby")) &&
        !hidden_transcript(n))
        return 1; /* hidden; a collapsed panel its heading opens (accordion, tab) is text, and so is a video's
                   * or an episode's transcript behind its tab or switch */
    if (player_title(n, m))
        return 1;
    class_words words;
    if (name_is(n, "p"))
        return class_words_from(&words, n, vis.cls, vis.id) && author_box(n, &words, relaxed); /* <p class="author-bio"> */
    if (name_is(n, "article") && !relaxed && nested_teaser(n))
        return 1;
    if (name_is(n, "body") || name_is(n, "html") || name_is(n, "article") || name_is(n, "main") ||
        name_is(n, "code") || name_is(n, "pre"))
        return 0; /* "language-bash" on a code block is not a language switcher */
    if (!class_words_from(&words, n, vis.cls, vis.id))
        return 0;
    if (author_box(n, &words, relaxed) || gallery_box(n, &words, relaxed) || social_embed(n, &words) ||
        (!name_is(n, "a") && app_store_box(n)))
        return 1;
    int comment = words_have(&words, comment_tokens, N_TOKENS(comment_tokens), 1);
    int bad = words_have(&words, bad_tokens, N_TOKENS(bad_tokens), 0);
    if (bad && !comment && cta_box_without_action(n, &words))
        bad = 0; /* "story-cta" around the story's own paragraph: no link, button or form to act on */
    if (!comment && !bad)
        return paywall_offer(n, &words) || wall_appeal(n);
    if (bad && !comment && table_header_part(n, &words))
        return 0;
    if (bad && !comment && name_is(n, "div") && words_have(&words, code_wrapper_tokens, N_TOKENS(code_wrapper_tokens), 0) &&
        code_listing_wrapper(n, 0))
        return 0; /* "language-shell highlighter-rouge" around a code block (not "share-embed" around an iframe's code) */
    if (bad && !comment && drop_cap_word(n))
        return 0;
    int up = 0;
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && up < 16; a = a->parent, up++)
        if (name_is(a, "pre") || name_is(a, "code"))
            return 0; /* a highlighter's token ("hljs-comment") in a code listing */
    int good = words_have(&words, good_tokens, N_TOKENS(good_tokens), 0);
    if (comment && (!good || !words_have(&words, comment_tokens, N_TOKENS(comment_tokens), 0))) {
        /* a comment holds prose of its own; "articleCommBody" is one too;
         * a wrapper showing the page's headline is the article's (a
         * "comments_page_wrapper" around story and comments); on a
         * discussion page the posts are the story ("ipsComment", a
         * thread's posts named as comments) */
        return !wraps_headline(n, m) && !(m && m->discussion);
    }
    if (!bad)
        return 0;
    if (good)
    {
        if (teaser_word(words.orig))
            return 1; /* "entry-related": the teaser word says what it is */
        if (share_word(words.orig) && !holds_content(n, 1))
            return 1; /* "story-share", "article-social": the story's share bar */
        static const char *const money_tokens[] = {"donate", "donation", "contribution"};
        if (words_have(&words, money_tokens, N_TOKENS(money_tokens), 0) && !holds_content(n, 0))
            return 1; /* "duet--article--contribution-box": the call for the reader's money among the story's parts */
        if (pitch_word(words.orig)) {
            /* "sponsored-content-card": an advertiser's card in the story, its label, linked title and "Presented
             * by Example"; "blog-cta": a pitch and its button (small: a sponsored article's own body,
             * "sponsored-content", holds its prose) */
            size_t paras = 0, chars = 0, links = 0;
            prose_stats(n, &paras, &chars, &links, 0, 0);
            if (chars < 300 && paras <= 2)
                return 1;
        }
        if (!teaser_alone(words.orig))
            return 0;
        /* "content_footerArticles moreFeatures": the teaser word in a
         * word of its own, beside a site's "content_" prefix, names a
         * teaser list when the block is one: no <p> paragraph (an
         * article's text is in paragraphs; a teaser list holds linked
         * headlines with their summaries), short and linked */
        size_t paras = 0, chars = 0, links = 0;
        prose_stats(n, &paras, &chars, &links, 0, 0);
        return paras == 0 && chars < 2000 && links * 8 >= chars;
    }
    if (words_have(&words, teaser_tokens, N_TOKENS(teaser_tokens), 0))
        return !plain_heading_grid(n, &words); /* comments and teasers hold prose of their own */
    if (words_have(&words, hard_tokens, N_TOKENS(hard_tokens), 0))
        return !holds_content(n, 1) && !expander_text(n, &words); /* a share bar the parser nested the page into */
    if (relaxed || holds_content(n, 0) || inline_in_sentence(n, &words))
        return 0;
    if (words_have(&words, data_box_tokens, N_TOKENS(data_box_tokens), 0)) {
        /* a score strip, a quote box: its plain text is data, not prose; a bare <table> so named
         * ("standings-table", "boxscore") is a table the story prints, the box around a widget's table
         * (its heading, its links) goes by its own class; paragraphs of prose, 120 characters each on
         * average and no link, are the story's too ("key-events" over a case's timeline told in sentences,
         * a "player-profile" paragraph) */
        if (name_is(n, "table"))
            return 0;
        /* (a "review-box" holding a sentence of prose in a paragraph is a capsule review, the story's: a
         * weekend's film picks each in one, its title, rating and lines on the film) */
        static const char *const review_box[] = {"review-box", "reviewbox"};
        size_t box_budget = 64;
        if (words_have(&words, review_box, N_TOKENS(review_box), 0) && box_holds_sentence(n, 0, &box_budget))
            return 0;
        static const char *const set_apart[] = {"odds",         "betting",     "bet-offer", "betoffer",
                                                "free-bet",     "freebet",     "verdict-box", "verdictbox", "score-badge",
                                                "rating-box",   "review-score", "reviewscore"};
        size_t paras = 0, chars = 0, links = 0;
        prose_stats(n, &paras, &chars, &links, 0, 0);
        /* a match centre's embed and its events timeline are spans of figures and names ("Possession 52%",
         * "23' Goal Kerr"); the report or the running commentary a site sets in a container so named
         * ("match-centre-report": two paragraphs or more, 40 visible characters each on average, half unlinked) is
         * the story's */
        static const char *const match_page[] = {"match-centre", "matchcentre",    "match-center",
                                                 "matchcenter",  "match-timeline", "matchtimeline"};
        if (paras >= 2 && chars >= 40 * paras && links * 2 < chars &&
            words_have(&words, match_page, N_TOKENS(match_page), 0) &&
            !words_have(&words, set_apart, N_TOKENS(set_apart), 0))
            return 0;
        return !(paras >= 1 && chars >= 120 * paras && !links) ||
               words_have(&words, set_apart, N_TOKENS(set_apart), 0); /* (a bookmaker's offer in sentences goes,
                                                                        * and a review's verdict box repeating its
                                                                        * judgement) */
    }
    /* a layout word ("widget", "sidebar") on a block of plain text, or a
     * page builder's widget box holding one subheading: keep it */
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    static const char *const builder_tokens[] = {"widget"};
    return !(paras >= 1 && ((chars >= 200 && links * 4 < chars) || (chars >= 100 && !links))) &&
           !(words_have(&words, builder_tokens, 1, 0) && (heading_block(n) || text_editor_widget(n, paras, links)));
}

/* Does n hold non-blank text (depth and nodes bounded: *budget)? */
static int holds_any_text(const xmlNode *n, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && *budget; c = c->next, (*budget)--) {
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *q = c->content; *q; q++)
                if (!isspace(*q))
                    return 1;
        } else if (c->type == XML_ELEMENT_NODE && depth < 24 && holds_any_text(c, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Is n a code listing's wrapper: all its text in one <pre>, reached
 * through wrappers of the same kind ("language-shell highlighter-rouge" >
 * "highlight" > pre, as Jekyll's Rouge and other highlighters print a code
 * block)?  Elements beside the <pre> without text (a copy button's icon)
 * are allowed.  Its class words name the code's language or the
 * highlighter, not a language switcher or a page part. */
static int code_listing_wrapper(const xmlNode *n, int depth)
{
    if (depth > 4)
        return 0;
    const xmlNode *with_text = NULL;
    size_t budget = 2000;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *q = c->content; *q; q++)
                if (!isspace(*q))
                    return 0;
        } else if (c->type == XML_ELEMENT_NODE && holds_any_text(c, 0, &budget)) {
            if (with_text)
                return 0;
            with_text = c;
        }
        if (!budget)
            return 0;
    }
    return with_text && (name_is(with_text, "pre") || (name_is(with_text, "div") && code_listing_wrapper(with_text, depth + 1)));
}

/* Class words of a page builder's text widget, the box the writer types
 * the story's paragraphs into ("elementor-widget-text-editor"). */
static const char *const text_widget_tokens[] = {"text-editor"};

/* Is n (paras paragraphs, links characters in links) a page builder's text
 * widget holding paragraphs without links: n or its parent named for a
 * text editor (text_widget_tokens)?  Its short paragraph ("If you have any
 * questions, please call …") is the story's, however short. */
static int text_editor_widget(const xmlNode *n, size_t paras, size_t links)
{
    if (!paras || links)
        return 0;
    class_words words;
    for (int level = 0; n && n->type == XML_ELEMENT_NODE && level < 2; level++, n = n->parent)
        if (class_words_of(&words, n) && words_have(&words, text_widget_tokens, N_TOKENS(text_widget_tokens), 0))
            return 1;
    return 0;
}

/* A <div> that only wraps one to three paragraphs (<div class="summary"><p>…</p></div>):
 * beside the article, it reads as a paragraph of its own.  Blank text between
 * the paragraphs is allowed; any other child (a picture, a list, a link) is not. */
static int wrapped_paragraph(const xmlNode *n)
{
    if (!name_is(n, "div"))
        return 0;
    int paras = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) {
            if (!name_is(c, "p") || ++paras > 3)
                return 0;
        } else if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *q = c->content; *q; q++)
                if (!isspace(*q))
                    return 0;
        }
    }
    return paras > 0;
}

/* Developer trace: build with -DPA_EXTRACT_DEBUG to print the dropped
 * blocks and the best candidates on stderr. */
#ifdef PA_EXTRACT_DEBUG
#include <stdio.h>
typedef struct { size_t chars, link_chars, commas; } tstats_dbg_t;
static void stats_dbg(const xmlNode *n, int in_link, tstats_dbg_t *s, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 256; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t k = visible_chars(c->content);
            s->chars += k;
            s->link_chars += in_link ? k : 0;
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style"))
            stats_dbg(c, in_link || name_is(c, "a"), s, depth + 1);
    }
}
#endif

/* Unhide an accordion panel: its hiding attributes (hidden, aria-hidden,
 * style), and those of a wrapper holding only it, one level up, are
 * removed; not a panel that is <body>, a <nav> or a <dialog>. */
static void unhide_panel(xmlNode *panel)
{
    static const char *const hiding[] = {"hidden", "aria-hidden", "style"};
    for (int up = 0; panel && panel->type == XML_ELEMENT_NODE && up < 2; up++) {
        if (name_is(panel, "body") || name_is(panel, "nav") || name_is(panel, "dialog"))
            break;
        for (size_t h = 0; h < sizeof hiding / sizeof hiding[0]; h++)
            if (attr_ref(panel, hiding[h]))
                xmlUnsetProp(panel, (const xmlChar *)hiding[h]);
        xmlNode *wrap = panel->parent;
        int only = wrap && wrap->type == XML_ELEMENT_NODE;
        for (xmlNode *c = only ? wrap->children : NULL; c && only; c = c->next)
            only = c == panel || c->type != XML_ELEMENT_NODE;
        panel = only ? wrap : NULL;
    }
}

/* Is n a "Read more" toggle that opens text on the page: a <button>, or an
 * <a> with no href or one of "#…" or "javascript:…", whose text is "Read
 * more", "Show more", "See more", "Read full obituary", "Continue reading",
 * "Read full story/article", "Keep reading" (case and a closing mark aside)?  (A link to another page is a teaser's
 * call, not a toggle.) */
static int read_more_toggle(const xmlNode *n)
{
    if (!name_is(n, "button") && !name_is(n, "a"))
        return 0;
    const char *href = name_is(n, "a") ? attr_ref(n, "href") : NULL;
    if (href && href[0] != '#' && strncasecmp(href, "javascript:", 11))
        return 0;
    xmlChar *t = xmlNodeGetContent(n);
    if (!t)
        return 0;
    const char *s = (const char *)t + strspn((const char *)t, " \t\r\n");
    size_t len = strlen(s);
    while (len && strchr(" \t\r\n.:>+", s[len - 1]))
        len--;
    static const char *const calls[] = {"read more", "show more", "see more", "read full obituary",
                                        "continue reading", "read the full obituary", "view more",
                                        "read full story", "read the full story", "keep reading",
                                        "read full article", "read the full article"};
    int is = 0;
    for (size_t k = 0; k < sizeof calls / sizeof calls[0] && !is; k++)
        is = strlen(calls[k]) == len && !strncasecmp(s, calls[k], len);
    xmlFree(t);
    return is;
}

/* Is n hidden until a toggle opens it: the hidden attribute, aria-hidden
 * "true", display:none in its style, or a class word of hiding ("hidden",
 * "d-none", "collapse", "is-hidden")? */
static int hidden_until_opened(const xmlNode *n)
{
    const char *aria = attr_ref(n, "aria-hidden"), *style = attr_ref(n, "style"), *cls = attr_ref(n, "class");
    if (attr_ref(n, "hidden") || (aria && !strcasecmp(aria, "true")) || (style && style_says(style, "display", "none")))
        return 1;
    static const char *const hiding[] = {"hidden", "d-none", "collapse", "is-hidden"};
    for (const char *c = cls; c && *c;) {
        c += strspn(c, " ");
        size_t len = strcspn(c, " ");
        for (size_t k = 0; k < sizeof hiding / sizeof hiding[0]; k++)
            if (len && strlen(hiding[k]) == len && !strncasecmp(c, hiding[k], len))
                return 1;
        c += len;
    }
    return 0;
}

/* Does b's text open with a's, white space runs read as one space and a's
 * closing "...", "…" and spaces aside, 40 bytes of it at least: a an
 * excerpt of b, cut short ("… some wanted the council to cut...")? */
static int excerpt_of(const xmlChar *a, const xmlChar *b)
{
    size_t alen = strlen((const char *)a);
    for (int cuts = 0; alen && cuts < 8; cuts++) {
        if (strchr(" \t\r\n.", a[alen - 1]))
            alen--;
        else if (alen >= 3 && !memcmp(a + alen - 3, "\xe2\x80\xa6", 3))
            alen -= 3;
        else
            break;
    }
    size_t i = strspn((const char *)a, " \t\r\n"), j = strspn((const char *)b, " \t\r\n"), same = 0;
    while (i < alen && b[j]) {
        int sa = strchr(" \t\r\n", a[i]) != NULL, sb = strchr(" \t\r\n", b[j]) != NULL;
        if (sa != sb || (!sa && a[i] != b[j]))
            return 0;
        if (sa) {
            while (i < alen && strchr(" \t\r\n", a[i]))
                i++;
            j += strspn((const char *)b + j, " \t\r\n");
        } else {
            i++, j++;
        }
        same++;
    }
    return i >= alen && same >= 40;
}

/* Does the subtree of n hold prose: PA_EXTRACT_REST_PARAS <p> elements or
 * more and PA_EXTRACT_READ_MORE_CHARS visible characters, under a tenth of
 * them in links?  (Bounded by prose_stats.) */
static int holds_prose_rest(const xmlNode *n)
{
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(n, &paras, &chars, &links, 0, 0);
    return paras >= PA_EXTRACT_REST_PARAS && chars >= PA_EXTRACT_READ_MORE_CHARS && links * 10 < chars;
}

/* The hidden block a toggle opens: the element right before (`after` 0)
 * or after (1) the toggle, or the wrapper it starts or ends alone (up to
 * `levels` levels in all), when hidden until opened (hidden_until_opened)
 * and no <nav> or <dialog>; NULL otherwise. */
static xmlNode *hidden_block_beside(xmlNode *toggle, int after, int levels)
{
    xmlNode *at = toggle;
    for (int up = 0; at && up < levels; up++, at = at->parent) {
        xmlNode *sib = after ? at->next : at->prev;
        while (sib && sib->type != XML_ELEMENT_NODE)
            sib = after ? sib->next : sib->prev;
        if (!sib) {
            if (!at->parent || at->parent->type != XML_ELEMENT_NODE || name_is(at->parent, "body"))
                return NULL;
            continue; /* the toggle starts or ends its wrapper: look beside the wrapper */
        }
        return hidden_until_opened(sib) && !name_is(sib, "nav") && !name_is(sib, "dialog") ? sib : NULL;
    }
    return NULL;
}

/* A "Read more" toggle (read_more_toggle) right after a hidden block (or
 * after the wrapper it sits in alone): the block holds the rest of the text
 * (an obituary's, a story's cut short on the page) and is shown with one
 * click.  A block of PA_EXTRACT_READ_MORE_CHARS visible characters or more
 * loses its hiding attributes and its class (whose words hide it), and an
 * excerpt of it shown before it (excerpt_of) is hidden; a small hidden menu
 * before a "See more" link stays hidden.  With no hidden block before it, a
 * "Continue reading" button (or "Read full story" link) opens the story's
 * rest right after it (or after its wrapper, up to three levels) when that
 * block holds prose (holds_prose_rest): a hidden menu or list of links
 * after a "See more" stays hidden. */
static void reveal_read_more(xmlNode *toggle)
{
    xmlNode *prev = hidden_block_beside(toggle, 0, 2);
    if (prev) {
        xmlChar *t = xmlNodeGetContent(prev);
        size_t chars = t ? visible_chars(t) : 0;
        xmlFree(t);
        if (chars < PA_EXTRACT_READ_MORE_CHARS)
            return;
        xmlUnsetProp(prev, (const xmlChar *)"class");
        unhide_panel(prev);
        /* the excerpt shown before the block, which the block opens with, is hidden in its stead */
        xmlNode *excerpt = prev->prev;
        while (excerpt && excerpt->type != XML_ELEMENT_NODE)
            excerpt = excerpt->prev;
        xmlChar *shown = excerpt ? xmlNodeGetContent(excerpt) : NULL, *whole = shown ? xmlNodeGetContent(prev) : NULL;
        if (shown && whole && excerpt_of(shown, whole))
            xmlSetProp(excerpt, (const xmlChar *)"hidden", (const xmlChar *)"");
        xmlFree(shown);
        xmlFree(whole);
        return;
    }
    xmlNode *next = hidden_block_beside(toggle, 1, 3);
    if (next && holds_prose_rest(next)) {
        xmlUnsetProp(next, (const xmlChar *)"class");
        unhide_panel(next);
    }
}

/* Is n an AMP page's amp-subscriptions section for readers not let in
 * (subscriptions-section="content-not-granted": a teaser repeating the
 * story's lead, or the wall's prompt) beside the section holding the story
 * for readers let in (subscriptions-section="content", among the first 128
 * children of n's parent)?  The publisher sent the whole story in
 * the granted section; the other section repeats its lead or says the
 * wall's words.  With no granted section beside it, the teaser is all the
 * page holds and stays. */
static int amp_section_not_granted(const xmlNode *n)
{
    const char *sec = attr_ref(n, "subscriptions-section");
    if (!sec || strcasecmp(sec, "content-not-granted"))
        return 0;
    int seen = 0;
    for (const xmlNode *sib = n->parent ? n->parent->children : NULL; sib && seen < 128; sib = sib->next, seen++) {
        const char *other = sib->type == XML_ELEMENT_NODE && sib->properties ? attr_ref(sib, "subscriptions-section") : NULL;
        if (other && !strcasecmp(other, "content"))
            return 1;
    }
    return 0;
}

static int is_h1(const xmlNode *n);
static int first_para_key(const xmlNode *n, char *key, size_t cap, int depth);
static int first_para_twice(const xmlNode *scope, const xmlNode *n);
static int heading_links_away(const xmlNode *n, int in_link, int in_heading, int depth, size_t *budget);

/* Is n the rest of a story that a paywall or a registration wall keeps
 * from the reader until a script lets them in ("regwall-content" with
 * display:none, "article-rest" with the hidden attribute): a <div> or
 * <section> hidden by its hidden attribute or display:none in its style
 * (not by a class word: templates hide a mobile or print copy that way),
 * holding prose (PA_EXTRACT_REST_PARAS <p> elements or more, twice
 * PA_EXTRACT_WALL_LEAD_CHARS visible characters, under a tenth of them in
 * links), with a visible paragraph of the story
 * (a <p> of PA_EXTRACT_WALL_LEAD_CHARS visible characters or more, not
 * hidden itself) among its three element siblings before it, whose text
 * the block does not repeat?  Its first paragraph (first_para_key) is not
 * also shown beside it (a print copy under a byline, a mobile copy of the
 * story's paragraphs), and it holds no headline (an <h1>, a heading linked
 * to another page: a preloaded next story, a "More stories" expander of
 * teasers).  The publisher sent the text: it is the article, shown or not. */
static int walled_story_rest(const xmlNode *n)
{
    if (!name_is(n, "div") && !name_is(n, "section"))
        return 0;
    const xmlNode *p_sib[3] = {NULL, NULL, NULL}, *lead = NULL;
    int seen = 0, ps = 0;
    for (const xmlNode *sib = n->prev; sib && seen < 3; sib = sib->prev) {
        if (sib->type != XML_ELEMENT_NODE)
            continue;
        seen++;
        if (name_is(sib, "p"))
            p_sib[ps++] = sib;
    }
    if (!ps) /* (the cheap test first: most blocks follow no paragraph) */
        return 0;
    const char *style = attr_ref(n, "style");
    if (!attr_ref(n, "hidden") && !(style && style_says(style, "display", "none")))
        return 0;
    for (int k = 0; k < ps && !lead; k++) {
        if (hidden_until_opened(p_sib[k]))
            continue;
        xmlChar *t = xmlNodeGetContent(p_sib[k]);
        if (t && visible_chars(t) >= PA_EXTRACT_WALL_LEAD_CHARS)
            lead = p_sib[k];
        xmlFree(t);
    }
    size_t paras = 0, chars = 0, links = 0;
    if (lead)
        prose_stats(n, &paras, &chars, &links, 0, 0);
    if (paras < PA_EXTRACT_REST_PARAS || chars < 2 * PA_EXTRACT_WALL_LEAD_CHARS || links * 10 >= chars)
        return 0;
    size_t budget = 400;
    if (holds(n, is_h1, 12, 0, &budget))
        return 0; /* a headline: a print copy, a preloaded next story */
    budget = 400;
    if (heading_links_away(n, 0, 0, 0, &budget))
        return 0; /* another story's teaser under its linked headline */
    return first_para_twice(n->parent, n) != 1;
}

/* The text of the first <p> under n with PA_EXTRACT_FALLBACK_KEY visible
 * characters or more, cut to that many bytes (at a character start), into
 * key[cap]; 0 when there is none.  Bounded walk. */
static int first_para_key(const xmlNode *n, char *key, size_t cap, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "p")) {
            xmlChar *t = xmlNodeGetContent(c);
            const char *s = t ? (const char *)t + strspn((const char *)t, " \t\r\n") : "";
            size_t len = strlen(s);
            if (len >= PA_EXTRACT_FALLBACK_KEY && cap > PA_EXTRACT_FALLBACK_KEY) {
                len = PA_EXTRACT_FALLBACK_KEY;
                while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
                    len--;
                memcpy(key, s, len);
                key[len] = '\0';
                xmlFree(t);
                return 1;
            }
            xmlFree(t);
        } else if (first_para_key(c, key, cap, depth + 1)) {
            return 1;
        }
    }
    return 0;
}

/* Is id (may be NULL) one of React's streaming ids, the letter a or b,
 * a colon and 1-8 hexadecimal digits ("S:1f")? */
static int react_stream_id(const char *id, char a, char b)
{
    if (!id || (id[0] != a && id[0] != b) || id[1] != ':')
        return 0;
    size_t k = strspn(id + 2, "0123456789abcdef");
    return k >= 1 && k <= 8 && !id[2 + k];
}

/* Is n a server-streamed boundary's content, <div hidden id="S:1f"> (or
 * "P:" of a prerendered page's postponed part: React's streaming renderer
 * sends a Suspense boundary's content late, hidden, for a script to move
 * into the place of its fallback), which a reader sees in place?  An id
 * of "S:" or "P:" and 1-8 hexadecimal digits; the caller has seen the
 * boundary's placeholder before it (react_stream_mark). */
static int streamed_segment(const xmlNode *n)
{
    return name_is(n, "div") && attr_ref(n, "hidden") && react_stream_id(attr_ref(n, "id"), 'S', 'P');
}

/* Is n the placeholder React's streaming renderer leaves where a late
 * segment goes, <template id="B:0"> (a pending boundary) or <template
 * id="P:1"> (a postponed segment)?  Without one a hidden div of that id
 * shape is no stream's (a hidden copy, a menu). */
static int react_stream_mark(const xmlNode *n)
{
    return name_is(n, "template") && react_stream_id(attr_ref(n, "id"), 'B', 'P');
}

/* Does the text of the first paragraph of n (first_para_key) occur twice
 * in scope's text (n within scope; gather_text: scripts and styles left
 * out, a page's kept state or flight data holding the story too): a copy
 * of prose shown elsewhere too (1), or once (0)?  -1 when n has no such
 * paragraph. */
static int first_para_twice(const xmlNode *scope, const xmlNode *n)
{
    char key[PA_EXTRACT_FALLBACK_KEY + 8];
    if (!first_para_key(n, key, sizeof key, 0))
        return -1;
    pa_buf all;
    pa_buf_init(&all, PA_EXTRACT_MAX_TEXT);
    gather_text(scope, &all, 0);
    const char *first = all.data ? strstr(all.data, key) : NULL;
    int twice = first && strstr(first + 1, key) != NULL;
    pa_buf_free(&all);
    return twice;
}

/* The story in a fallback the parser keeps apart: a <noscript> (the text a
 * script-built page shows without scripts) or a <template> (the story's
 * rest a script stamps into the page on a click) holding prose
 * (PA_EXTRACT_FALLBACK_PARAS <p> elements or more, PA_EXTRACT_FALLBACK_CHARS
 * visible characters, under a tenth of them in links) is renamed a <div>,
 * so that it is text, unless its first paragraph is also on the page
 * outside it (a fallback copy of the story shown).  A tracking pixel's or
 * "enable JavaScript" notice's <noscript> holds no such prose.  At most
 * PA_EXTRACT_FALLBACKS fallbacks; bounded walk in document order.  A
 * streamed boundary's hidden content (streamed_segment) is unhidden on the
 * way.  Each copy test reads the page's whole text: PA_EXTRACT_COPY_CHECKS
 * of them per page at most (a page of thousands of segments stays linear;
 * past the bound fallbacks stay wrapped and segments hidden). */
static void unwrap_story_fallbacks(xmlNode *body)
{
    size_t steps = 0;
    int unwrapped = 0, stream = 0, checks = 0; /* checks: first_para_twice scans, PA_EXTRACT_COPY_CHECKS at most */
    for (xmlNode *n = body; n && steps < PA_EXTRACT_MAX_NODES && unwrapped < PA_EXTRACT_FALLBACKS; steps++) {
        stream = stream || react_stream_mark(n);
        if (stream && checks < PA_EXTRACT_COPY_CHECKS && streamed_segment(n) && ++checks &&
            first_para_twice(body, n) != 1)
            xmlUnsetProp(n, (const xmlChar *)"hidden");
        int fallback = n->type == XML_ELEMENT_NODE && (name_is(n, "noscript") || name_is(n, "template"));
        if (fallback) {
            size_t paras = 0, chars = 0, links = 0;
            prose_stats(n, &paras, &chars, &links, 0, 0);
            if (paras >= PA_EXTRACT_FALLBACK_PARAS && chars >= PA_EXTRACT_FALLBACK_CHARS && links * 10 < chars &&
                checks < PA_EXTRACT_COPY_CHECKS && ++checks && first_para_twice(body, n) == 0) {
                xmlNodeSetName(n, (const xmlChar *)"div");
                unwrapped++;
            }
        }
        if (n->children && n->type == XML_ELEMENT_NODE && !fallback) {
            n = n->children;
            continue;
        }
        while (n && !n->next && n != body)
            n = n->parent;
        if (!n || n == body)
            break;
        n = n->next;
    }
}

/* Ruby annotations: the readings (<rt>) and their fallback brackets (<rp>)
 * over or after a base text ("<ruby>潮見<rp>（</rp><rt>しおみ</rt><rp>）</rp></ruby>")
 * are removed, so that the base text is read once, as a reader copying the
 * rendered text gets it ("潮見", not "潮見（しおみ）" or "潮見しおみ"); the
 * headline's readings go with them.  Bounded walk in document order from
 * root (PA_EXTRACT_MAX_NODES steps). */
static void drop_ruby_readings(xmlNode *root)
{
    size_t steps = 0;
    for (xmlNode *n = root; n && steps < PA_EXTRACT_MAX_NODES; steps++) {
        int reading = n->type == XML_ELEMENT_NODE && n != root && (name_is(n, "rt") || name_is(n, "rp"));
        if (n->children && n->type == XML_ELEMENT_NODE && !reading) {
            n = n->children;
            continue;
        }
        xmlNode *done = n;
        while (n && !n->next && n != root)
            n = n->parent;
        if (!n || n == root) {
            n = NULL;
        } else {
            n = n->next;
        }
        if (reading) {
            xmlUnlinkNode(done);
            xmlFreeNode(done);
        }
    }
}

/* The answer a FAQ's question button opens: the element right after the
 * <button> (aria-expanded, no aria-controls), hidden until opened, no
 * <nav> or <dialog>, holding a paragraph of prose (a <p>, 40 visible
 * characters or more, under a tenth of them in links); NULL otherwise.  A
 * menu button's hidden list of links is no answer. */
static xmlNode *answer_panel_after(xmlNode *button)
{
    xmlNode *next = button->next;
    while (next && next->type != XML_ELEMENT_NODE)
        next = next->next;
    if (!next || !hidden_until_opened(next) || name_is(next, "nav") || name_is(next, "dialog"))
        return NULL;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(next, &paras, &chars, &links, 0, 0);
    return paras >= 1 && chars >= 40 && links * 10 < chars ? next : NULL;
}

/* Accordion and "read more" panels: a button with aria-expanded names the
 * block it opens in aria-controls; the closed block is hidden (hidden,
 * aria-hidden, display:none, height 0) but is text of the page, as a
 * reader sees it with one click.  Its hiding attributes, and those of a
 * wrapper holding only it, are removed before the boilerplate pass; a
 * button that opens a dialog or popup menu (aria-haspopup) does not count.
 * Without aria-controls, a <button> with aria-expanded alone in a heading
 * (h2-h6: the accordion pattern, a section's title that opens it) opens
 * the element right after the heading; a FAQ's question <button> opens
 * the answer right after it (answer_panel_after).  The rest of a story a
 * wall hides (walled_story_rest) is unhidden too, and on an AMP page the
 * teaser section for readers not let in is hidden when the granted section
 * beside it holds the story (amp_section_not_granted).  Bounded walk in
 * document order. */
static void reveal_panels(xmlDoc *doc, xmlNode *root)
{
    size_t steps = 0;
    const xmlNode *html = xmlDocGetRootElement(doc);
    /* an AMP page says so on its <html> ("amp" or "⚡"): only there are amp-subscriptions sections looked for */
    int amp = html && html->properties && (attr_ref(html, "amp") || attr_ref(html, "\xe2\x9a\xa1"));
    for (xmlNode *n = root; n && steps < PA_EXTRACT_MAX_NODES; steps++) {
        const char *expanded = n->type == XML_ELEMENT_NODE && n->properties ? attr_ref(n, "aria-expanded") : NULL;
        const char *ctl = expanded ? attr_ref(n, "aria-controls") : NULL;
        if (ctl && !attr_ref(n, "aria-haspopup")) {
            for (int k = 0; *ctl && k < 8; k++) {
                while (*ctl == ' ')
                    ctl++;
                size_t len = strcspn(ctl, " ");
                char id[128];
                if (len && len < sizeof id) {
                    memcpy(id, ctl, len);
                    id[len] = '\0';
                    xmlAttr *a = xmlGetID(doc, (const xmlChar *)id);
                    unhide_panel(a ? a->parent : NULL);
                }
                ctl += len;
            }
        } else if (expanded && !attr_ref(n, "aria-haspopup") && name_is(n, "button") && n->parent &&
                   n->parent->type == XML_ELEMENT_NODE && is_heading(n->parent) && !name_is(n->parent, "h1")) {
            xmlNode *panel = n->parent->next;
            while (panel && panel->type != XML_ELEMENT_NODE)
                panel = panel->next;
            unhide_panel(panel);
        } else if (expanded && !attr_ref(n, "aria-haspopup") && name_is(n, "button") && answer_panel_after(n)) {
            unhide_panel(answer_panel_after(n));
        } else if (n->type == XML_ELEMENT_NODE && read_more_toggle(n)) {
            reveal_read_more(n);
        } else if (amp && n->type == XML_ELEMENT_NODE && n->properties && amp_section_not_granted(n)) {
            xmlSetProp(n, (const xmlChar *)"hidden", (const xmlChar *)"");
        } else if (n->type == XML_ELEMENT_NODE && n->properties && walled_story_rest(n)) {
            unhide_panel(n);
        }
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            continue;
        }
        while (n && !n->next && n != root)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
}

/* Is n inside the story: an <article> or <main> element, or an element
 * marked itemprop="articleBody", within 32 levels up, with no other
 * sectioning element (<section>, <aside>, <nav>) between?  A <header>
 * heads its nearest sectioning element: in a <section> it is the header
 * of an embedded box (a chart, an interactive), not of the story. */
static int inside_story(const xmlNode *n)
{
    int up = 0;
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE && up < 32; a = a->parent, up++) {
        if (name_is(a, "article") || name_is(a, "main"))
            return 1;
        if (name_is(a, "section") || name_is(a, "aside") || name_is(a, "nav"))
            return 0;
        const char *prop = attr_ref(a, "itemprop");
        if (prop && strcasestr(prop, "articleBody"))
            return 1;
    }
    return 0;
}

/* Is the block b (inside a story's <header>) a lead paragraph: 80+
 * visible characters in ten words or more, under a fifth of them in
 * links, not a heading, not the page's headline, not a byline or post
 * metadata line? */
static int lead_paragraph(const xmlNode *b, const pa_meta *m)
{
    if (is_heading(b))
        return 0;
    size_t paras = 0, chars = 0, links = 0;
    prose_stats(b, &paras, &chars, &links, 0, 0);
    if (chars < 80 || links * 5 >= chars)
        return 0;
    char *t = node_text(b);
    if (!t)
        return 0;
    size_t len = strlen(t);
    pa_line line;
    pa_line_init(&line, t, len); /* its bytes stand for its characters here */
    int lead = space_words(t, len) >= 10 && !(m && is_page_headline(t, m)) && !pa_line_byline(&line) &&
               !pa_line_post_meta(&line);
    free(t);
    return lead;
}

/* Does text t (NUL-ended, written to) open with a dateline, a city in
 * capitals (maybe a wire's name in brackets) then a dash or colon, in its
 * first 40 bytes ("LONDON — …", "WASHINGTON (AP) - …";
 * pa_line_dateline_alone on that opening)?  t is cut after the opening. */
static int text_opens_with_dateline(char *t)
{
    size_t len = strlen(t), cut = 0;
    for (size_t i = 1; i < len && i < 40 && !cut; i++) {
        if (t[i] == ':' || (t[i] == '-' && t[i - 1] == ' '))
            cut = i + 1;
        else if (i + 2 < len && t[i - 1] == ' ' && pa_long_dash(t + i))
            cut = i + 3;
    }
    int dateline = 0;
    if (cut) {
        while (cut < len && t[cut] == '-')
            cut++; /* "--" */
        t[cut] = '\0';
        pa_line line;
        pa_line_init(&line, t, cut); /* its bytes stand for its characters */
        dateline = pa_line_dateline_alone(&line);
    }
    return dateline;
}

/* Does the text of block b open with a dateline (text_opens_with_dateline)?
 * The first paragraph of a news story. */
static int opens_with_dateline(const xmlNode *b)
{
    return node_text_test(b, text_opens_with_dateline);
}

/* Does the subtree hold an h1-h6 heading (32 levels down at most)? */
static int holds_heading(const xmlNode *n, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 32; c = c->next)
        if (c->type == XML_ELEMENT_NODE &&
            (name_is(c, "h1") || name_is(c, "h2") || name_is(c, "h3") || name_is(c, "h4") || name_is(c, "h5") ||
             name_is(c, "h6") || holds_heading(c, depth + 1)))
            return 1;
    return 0;
}

static int post_feed(const xmlNode *n);

/* The title of a live blog's post in the post's <header> (BBC's "<article
 * class=post><header><span>17:02</span><h3>Drivers urged to avoid A9</h3>
 * </header>…"): when the header's parent is a post in a feed of posts
 * (post_feed: the post, or the <li> holding it, is a child of the feed)
 * and the header holds one h2-h6 heading among its children, no <h1>, no
 * link, that heading moves out before the header, which is dropped with
 * the post's time: the title heads the post's text.  Bounded: 50
 * children and post_feed's walks. */
static void keep_post_title(xmlNode *header)
{
    xmlNode *post = header->parent;
    if (!post || post->type != XML_ELEMENT_NODE || !post->parent)
        return;
    const xmlNode *feed = post->parent;
    if (name_is(feed, "li") && feed->parent)
        feed = feed->parent;
    if (!post_feed(feed) && !(feed != post->parent && post_feed(post->parent)))
        return; /* (asked once when the post has no <li>: post_feed walks up to 64 posts) */
    xmlNode *title = NULL;
    size_t budget = 50;
    for (xmlNode *c = header->children; c && budget; c = c->next, budget--) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "h1") || count_links(c, 0) > 0)
            return;
        if (is_heading(c)) {
            if (title)
                return; /* two headings: not one post's title */
            title = c;
        }
    }
    if (!title)
        return;
    xmlUnlinkNode(title);
    xmlAddPrevSibling(header, title);
}

/* The one h2-h6 heading under n (descendants, *budget elements walked), no
 * <h1> among them: *out gets it; -1 when there are two or an <h1>. */
static int sole_subheading(xmlNode *n, xmlNode **out, int depth, size_t *budget)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (depth > 8 || (*budget)-- == 0 || name_is(c, "h1"))
            return -1;
        if (is_heading(c)) {
            if (*out)
                return -1;
            *out = c;
        } else if (sole_subheading(c, out, depth + 1, budget) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The title of a section or card of the story in its own <header> (a city
 * magazine's place card: "<header><h2>Chateau Bellecru</h2><ul><li>Wine
 * Bar</li><li>Website</li></ul></header>" over the place's paragraphs): when
 * the story has begun above the header (story_above) and the header holds
 * one h2-h6 heading, no <h1>, the heading not a link, the heading moves
 * out before the header, which is dropped with the card's facts.  Bounded:
 * 60 elements. */
static void keep_section_title(xmlNode *header)
{
    if (!story_above(header))
        return;
    xmlNode *title = NULL;
    size_t budget = 60;
    if (sole_subheading(header, &title, 0, &budget) < 0 || !title || count_links(title, 0) > 0)
        return;
    xmlUnlinkNode(title);
    xmlAddPrevSibling(header, title);
}

/* A <header> inside the story is the story's head: headline, byline, date
 * and often the lead (standfirst) paragraph, which is text of the story
 * although the header is dropped.  Before a <header> inside an <article>,
 * <main> or articleBody is dropped, its lead paragraphs (lead_paragraph:
 * leaf blocks, at most three, outside boilerplate blocks within it) move
 * out to stand before it.  A header that is itself one such paragraph
 * (text with no block inside) becomes a <p>: returns 1 then, and the
 * caller keeps it.  Any <header> below the story's first paragraphs first
 * gives up its section's title (keep_section_title).  Bounded: 200
 * elements walked. */
static int keep_header_lead(xmlNode *header, int relaxed, const pa_meta *m)
{
    if (!name_is(header, "header"))
        return 0;
    keep_section_title(header); /* (in a <section> too: the story has begun above it) */
    if (!inside_story(header))
        return 0;
    keep_post_title(header);
    /* a header with the headline: only a lead that opens with a dateline
     * moves out (the story's first paragraph; a standfirst has none) */
    int headed = holds_heading(header, 0);
    if (!headed && !has_block_child(header)) {
        if (!lead_paragraph(header, m))
            return 0;
        xmlNodeSetName(header, (const xmlChar *)"p");
        return 1;
    }
    xmlNode *stack[32];
    int top = 0, moved = 0;
    size_t budget = 200;
    stack[top++] = header->children;
    while (top > 0 && moved < 3) {
        xmlNode *c = stack[top - 1];
        if (!c) {
            top--;
            continue;
        }
        stack[top - 1] = c->next;
        if (c->type != XML_ELEMENT_NODE || budget-- == 0) {
            if (budget == (size_t)-1)
                break;
            continue;
        }
        if (is_boilerplate(c, relaxed, m))
            continue;
        if (is_block(c) && !has_block_child(c)) {
            if (lead_paragraph(c, m) && (!headed || opens_with_dateline(c))) {
                xmlUnlinkNode(c);
                xmlAddPrevSibling(header, c);
                moved++;
            }
        } else if (top < (int)(sizeof stack / sizeof stack[0])) {
            stack[top++] = c->children;
        }
    }
    return 0;
}

/* Is n a picture: <img>, <picture>, <figure>, <video>, <svg> or an AMP
 * page's <amp-img>? */
static int is_picture(const xmlNode *n)
{
    return name_is(n, "img") || name_is(n, "picture") || name_is(n, "figure") || name_is(n, "video") ||
           name_is(n, "svg") || name_is(n, "amp-img");
}

/* Does the subtree hold a picture (bounded walk: *budget elements)? */
static int holds_picture(const xmlNode *n, int depth, size_t *budget)
{
    return holds(n, is_picture, 31, depth, budget);
}

/* Does text t hold at least `least` visible characters?  Stops there. */
static int text_reaches(const xmlChar *t, size_t least)
{
    size_t k = 0;
    for (; *t && k < least; t++)
        k += visible_byte(*t);
    return k >= least;
}

/* Visible characters and <p> elements under n, the walk stopping once
 * the characters pass `most` or *budget elements are spent (then returns
 * 0: too big to tell).  For the small boxes caption_box() weighs. */
static int small_box_text(const xmlNode *n, size_t most, size_t *chars, size_t *paras, size_t *budget, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 32; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            *chars += visible_chars(c->content);
            if (*chars > most)
                return 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (*budget == 0)
                return 0;
            (*budget)--;
            *paras += name_is(c, "p");
            if (!small_box_text(c, most, chars, paras, budget, depth + 1))
                return 0;
        }
    }
    return 1;
}

/* Is n the label a CMS sets above one of its fields ("Episode
 * Description:", "More information:", "Tags", "Details"): the class
 * "field-label" or "field__label" (Drupal's markup for a field's label),
 * or "article-info-term" (Joomla's <dt> over the article's category,
 * dates, writer and hits) as a word of its own (not "field-label-hidden",
 * the wrapper's), on at most 40 visible characters and no paragraph, and
 * not the writer's label ("Author:", "Custom byline text:", "By") nor a
 * contact label ("Media Contact:")?  The field's value follows in an
 * element of its own. */
static int field_label(const xmlNode *n, const char *cls)
{
    if (!cls)
        return 0;
    int found = 0;
    for (const char *p = cls; *p && !found;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t wl = strcspn(p, " \t\n");
        found = (wl == 11 && !strncasecmp(p, "field-label", 11)) || (wl == 12 && !strncasecmp(p, "field__label", 12)) ||
                (wl == 17 && !strncasecmp(p, "article-info-term", 17));
        p += wl;
    }
    size_t chars = 0, paras = 0, budget = 20;
    if (!found || !small_box_text(n, 40, &chars, &paras, &budget, 0) || paras)
        return 0;
    /* the writer's field ("Custom byline text:", "Author:") stays for the
     * line filter, which drops the name under it with it */
    char *t = node_text(n);
    int writer = !t || strcasestr(t, "byline") || strcasestr(t, "author") || !strncasecmp(t, "by", 2);
    /* so does a contact field's ("Media Contact:"): the filter drops the
     * names, numbers and addresses under it with it */
    if (!writer) {
        pa_line line;
        pa_line_init(&line, t, chars);
        writer = pa_line_contact_label(&line);
    }
    free(t);
    return !writer;
}

/* n's class and id as attr_ref reads each (the first attribute so named,
 * case aside; NULL when absent), in one pass over n's attributes that
 * stops once both are found: attrs_of for two names, written out for the
 * caption gates that run on every element (attrs_of here cost 2.8M more
 * instructions on the 256-page sample; *cls and *id start NULL). */
static void class_and_id(const xmlNode *n, const char **cls, const char **id)
{
    for (const xmlAttr *a = n->properties; a && !(*cls && *id); a = a->next) {
        const char *name = (const char *)a->name;
        if (!name)
            continue;
        if ((name[0] | 0x20) == 'c' && !*cls && !(strcasecmp)(name, "class"))
            *cls = attr_value_ref(a);
        else if ((name[0] | 0x20) == 'i' && !*id && !(strcasecmp)(name, "id"))
            *id = attr_value_ref(a);
    }
}

/* Does the first max bytes of v (NULL: none) hold a word of "c" and one of
 * rests[0..nr) (lower-case ASCII letters), ASCII case aside: as
 * prefix_holds_nocase of each "c" + rest, in one pass over v for their
 * common first byte (the gates caption_named and caption_box run on every
 * element).  (x | 0x20) == c for a lower-case letter c holds for c and its
 * capital only, as tolower(x) == c does. */
static int c_word_in(const char *v, size_t max, const char *const *rests, size_t nr)
{
    if (!v)
        return 0;
    size_t len = strnlen(v, max);
    for (size_t i = 0; i + 1 < len; i++) {
        if ((v[i] | 0x20) != 'c')
            continue;
        for (size_t r = 0; r < nr; r++) {
            const char *rest = rests[r];
            size_t k = 0;
            while (rest[k] && i + 1 + k < len && (v[i + 1 + k] | 0x20) == rest[k])
                k++;
            if (!rest[k])
                return 1;
        }
    }
    return 0;
}

/* Does the first max bytes of v (NULL: none) hold "caption" or "cutline",
 * ASCII case aside (c_word_in)? */
static int caption_word_in(const char *v, size_t max)
{
    static const char *const rests[] = {"aption", "utline"};
    return c_word_in(v, max, rests, N_TOKENS(rests));
}

/* Is n a picture's caption or credit box: "caption", "credit" or "cutline"
 * anywhere in its class or id ("wp-caption", "imageCaption", "img-cap", "photocap",
 * "photo_caption", "captions_credit_article", "photocaption") on a block of
 * at most 500 characters and two paragraphs, with no <main>/<article> nor
 * heading in it, that holds a picture or comes right after one
 * (`after_picture`: no text of 20 characters between), or that names a
 * video's caption ("vid-cap", "video-caption": the player may be a
 * script's, with no element on the page)?  An
 * "article-caption" away from a picture, or holding a heading, is the
 * story's title or lead.  Not on the relaxed pass (a page that is one
 * picture keeps its caption).  Bounded: 300 elements walked. */
static int caption_box(const xmlNode *n, int after_picture, int relaxed)
{
    if (relaxed || !n->properties)
        return 0;
    /* the class and the id, each cut at 262 bytes (a name that starts in
     * its first 256 bytes is whole), and a slug-like id too, which
     * class_words_of would leave out */
    static const char *const caption_tokens[] = {"caption", "credit", "cutline", "img-cap", "imgcap", "image-cap",
                                                 "photo-cap", "photocap", "pic-cap", "vid-cap", "video-cap"};
    /* a video's caption: its player is often built by a script, no element on the page to follow */
    static const char *const video_caption_tokens[] = {"vid-cap", "video-cap", "videocap", "video_cap", "video__cap"};
    /* (each token holds "cap", "credit" or "cutline": without one in the class or the id, none is there,
     * told before the words are built) */
    static const char *const c_rests[] = {"ap", "redit", "utline"};
    const char *cls = NULL, *id = NULL;
    class_and_id(n, &cls, &id);
    if (!c_word_in(cls, 262, c_rests, N_TOKENS(c_rests)) && !c_word_in(id, 262, c_rests, N_TOKENS(c_rests)))
        return 0;
    class_words words;
    class_id_words(&words, cls, id, 262);
    if (!words_contain(&words, caption_tokens, N_TOKENS(caption_tokens)))
        return 0;
    after_picture |= words_contain(&words, video_caption_tokens, N_TOKENS(video_caption_tokens));
    size_t chars = 0, paras = 0, budget = 300;
    if (!small_box_text(n, 500, &chars, &paras, &budget, 0) || paras > 2)
        return 0;
    budget = 300;
    if (holds_main(n, 0, &budget) || holds_heading(n, 0))
        return 0;
    budget = 300;
    return after_picture || holds_picture(n, 0, &budget);
}

/* Is n a video player: a <video> (an AMP page's <amp-video>,
 * <amp-youtube>), or an <iframe> whose address names a video or a player
 * (an ad's frame does not)? */
static int is_video_player(const xmlNode *n)
{
    const char *src = name_is(n, "iframe") ? attr_ref(n, "src") : NULL;
    return name_is(n, "video") || name_is(n, "amp-video") || name_is(n, "amp-youtube") ||
           (src && (strcasestr(src, "video") || strcasestr(src, "player")));
}

/* Does the class or id value v name a media player: "player" in one of
 * its words ("jw-player", "jwplayer", "player-123", "playerContainer"),
 * not a sports page's player — "players", "player-rating",
 * "player-name", "player_card" (the word after "player-" or "player_"
 * names a person's field)?  Bounded by v's length. */
static int names_media_player(const char *v)
{
    static const char *const person_fields[] = {"rating", "name", "card", "stat", "profile", "info", "number",
                                                "position", "photo", "image", "pic", "headshot", "list", "score",
                                                "detail", "bio", "team", "club", "row", "item", "link"};
    if (!v)
        return 0;
    for (const char *p = strcasestr(v, "player"); p; p = strcasestr(p + 6, "player")) {
        const char *after = p + 6;
        if (*after == 's' || *after == 'S')
            continue;
        if (*after != '-' && *after != '_')
            return 1;
        after++;
        int person = 0;
        for (size_t i = 0; i < N_TOKENS(person_fields) && !person; i++)
            person = !strncasecmp(after, person_fields[i], strlen(person_fields[i]));
        if (!person)
            return 1;
    }
    return 0;
}

/* Is n any media player: a <video>, <audio> or <iframe> (or an AMP page's
 * video, audio or frame element), or a script-built player's empty mount
 * point (a class or id naming a player: "jw-player", "player-123";
 * names_media_player)? */
static int is_media_player(const xmlNode *n)
{
    if (name_is(n, "video") || name_is(n, "audio") || name_is(n, "iframe") || is_video_player(n) ||
        name_is(n, "amp-audio") || name_is(n, "amp-iframe"))
        return 1;
    if (!n->properties)
        return 0;
    return names_media_player(attr_ref(n, "class")) || names_media_player(attr_ref(n, "id"));
}

/* Is n a player's play button: a <button>, link or icon whose class or id
 * names it ("play-button", "btn-play", "vjs-big-play-button", "playIcon";
 * not "playlist", "display") or whose aria-label opens with "Play"? */
static int is_play_control(const xmlNode *n)
{
    static const char *const play_tokens[] = {"play"};
    if (!n->properties ||
        !(name_is(n, "button") || name_is(n, "a") || name_is(n, "span") || name_is(n, "div") || name_is(n, "i")))
        return 0;
    const char *label = attr_ref(n, "aria-label");
    if (label && !strncasecmp(label, "play", 4) && !isalpha((unsigned char)label[4]))
        return 1;
    return has_token_at(attr_ref(n, "class"), play_tokens, 1, 1) || has_token_at(attr_ref(n, "id"), play_tokens, 1, 1);
}

/* Visible characters of the text under <p> elements in n, outside
 * links, added to *chars (a walk of at most *budget elements, 32 levels;
 * in_p: n is inside a <p>). */
static void paragraph_chars(const xmlNode *n, int in_p, size_t *chars, size_t *budget, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 32; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && in_p) {
            *chars += visible_chars(c->content);
        } else if (c->type == XML_ELEMENT_NODE && *budget > 0 && !is_link(c)) {
            (*budget)--;
            paragraph_chars(c, in_p || name_is(c, "p"), chars, budget, depth + 1);
        }
    }
}

static int holds_linked_heading(const xmlNode *n);

/* Does the story follow the box n: one of its next three element
 * siblings holds 200 visible characters or more in paragraphs, outside
 * links, or — when div_story (the box's text is a clip's title, short
 * enough that no story paragraph is in it) — 400 in any blocks (a story
 * whose paragraphs are <div>s: "zn-body__paragraph"), and no linked
 * heading (a teaser card's)?  When n is the only element of its parent,
 * its parent's and grandparent's next siblings are looked at (a player's
 * thumbnail wrapped in its embed box; a box ending the story's body has
 * the page after the story there).  Bounded walks of 300 elements each
 * (and of n's earlier siblings). */
static int story_follows(const xmlNode *n, int div_story)
{
    for (int up = 0; n && up < 3; up++, n = n->parent) {
        int seen = 0;
        for (const xmlNode *s = n->next; s && seen < 3; s = s->next) {
            if (s->type != XML_ELEMENT_NODE)
                continue;
            seen++;
            size_t chars = 0, budget = 300;
            paragraph_chars(s, name_is(s, "p"), &chars, &budget, 0);
            int story = chars >= 200;
            if (!story && div_story) { /* (the text in any blocks: counted only when asked) */
                size_t any = 0;
                budget = 300;
                paragraph_chars(s, 1, &any, &budget, 0);
                story = any >= 400;
            }
            if (story && !holds_linked_heading(s))
                return 1;
        }
        if (seen)
            return 0; /* n has siblings after it: the story is not after its parent */
        int before = 0;
        for (const xmlNode *p = n->prev; p && before < 300; p = p->prev, before++)
            if (p->type == XML_ELEMENT_NODE)
                return 0; /* nor after a parent holding more than n (the story's body ending with n) */
        if (before >= 300)
            return 0;
    }
    return 0;
}

/* Class words of a block built around a media player. */
static const char *const player_tokens[] = {"video", "player", "podcast", "audio", "media", "embed"};

/* Is n a player inserted in the story: a box (<div>, <section>, <figure>,
 * <aside>) holding a video player — or any media player when its class
 * says it is built around one ("podcast-embed", "media-embed", also in
 * camel case: "InlineVideo-container", "ArticleVideo") — with its
 * title and a line or two about it, 400 characters and two paragraphs at
 * most, not the page's headline?  Like a picture's caption, the player's
 * text is no part of the story.  Not on the relaxed pass (a page that is
 * one video keeps its text).  Bounded walks of 300 elements. */
static int player_box(const xmlNode *n, int relaxed, const pa_meta *m, int video_on_page)
{
    if (relaxed || !(name_is(n, "div") || name_is(n, "section") || name_is(n, "figure") || name_is(n, "aside")))
        return 0;
    int named = has_token_at(attr_ref(n, "class"), player_tokens, N_TOKENS(player_tokens), 1);
    if (!named && !video_on_page)
        return 0; /* no video player anywhere: the walk below finds none */
    size_t budget = 300;
    int played = holds(n, named ? is_media_player : is_video_player, 31, 0, &budget);
    /* a click-to-play player (its poster and play button until clicked) */
    budget = 300;
    if (!played && (!named || !holds(n, is_play_control, 31, 0, &budget)))
        return 0;
    size_t chars = 0, paras = 0;
    budget = 300;
    if (!small_box_text(n, named ? 700 : 400, &chars, &paras, &budget, 0) || !chars)
        return 0;
    /* a box named for its player may say more of the clip, three or four
     * paragraphs of what it shows, and may have no player until clicked:
     * when the story follows it (a page whose story is the clip's text has
     * none after) */
    /* (a story paragraph of <div>s next to a thumbnail, "<div class=lead-media>" with the story's first
     * "zn-body__paragraph", is over 150 characters: the story after it is counted in <p>s only) */
    if ((!played || chars > 400 || paras > 2) && (paras > 4 || !story_follows(n, chars <= 150)))
        return 0;
    budget = 300;
    return !holds_main(n, 0, &budget) && !wraps_headline(n, m);
}

/* Is n a list: <ul>, <ol> or <dl>? */
static int is_list_tag(const xmlNode *n)
{
    return name_is(n, "ul") || name_is(n, "ol") || name_is(n, "dl");
}

/* Class words of the line set under a story's headline to sum it up:
 * the dek (deck), standfirst, subtitle, summary or synopsis. */
static const char *const deck_tokens[] = {"dek", "deck", "subdeck", "standfirst", "subtitle", "sub-title", "subheadline",
                                          "sub-headline", "summary", "description", "strapline", "synopsis"};

/* Class words a site gives the deck and also, on other sites, the story's
 * first paragraph: the lead, intro, excerpt, teaser ("article-lead",
 * "post-excerpt", "teaser-text").  Such a block is the deck only in the
 * headline's own block, with no paragraph after it there. */
static const char *const headline_lead_tokens[] = {"lead", "intro", "excerpt", "teaser"};

/* Is n the headline, an <h1>, or a headline wrapper (<div>, <header>,
 * <hgroup>) whose last element is the <h1> or such a wrapper (two levels:
 * a grid column around the title block, "<div class=col><div
 * class=title><span>kicker</span><h1>")? */
static int ends_with_headline(const xmlNode *n)
{
    for (int level = 0; level < 2 && n && (name_is(n, "div") || name_is(n, "header") || name_is(n, "hgroup"));
         level++) {
        const xmlNode *last = n->last;
        while (last && last->type != XML_ELEMENT_NODE)
            last = last->prev;
        n = last;
    }
    return n && name_is(n, "h1");
}

/* Is n a small element of a story's head set between the headline and
 * its deck: a picture, or a line of at most 160 visible characters in
 * one paragraph at most (a byline, a date line, a kicker)?  Bounded: 40
 * elements walked. */
static int head_furniture(const xmlNode *n)
{
    if (is_picture(n))
        return 1;
    return !name_is(n, "p") && short_line_box(n);
}

/* Is the line t (chars visible characters) the site's call
 * (pa_line_site_notice, pa_line_pitch)? */
static int site_call_line(const char *t, size_t chars)
{
    pa_line line;
    pa_line_init(&line, t, chars);
    return pa_line_site_notice(&line) || pa_line_pitch(&line);
}

/* Is p (a <p>) one link and nothing else (one element child, an <a>, and
 * no text beside it, spaces aside) whose words are the site's call
 * (pa_line_site_notice, pa_line_pitch: "Add Example as a preferred source
 * on Google"), not a pointer of the story's own ("Read the board's full
 * report (PDF)" under its first paragraph)? */
static int call_link_para(const xmlNode *p)
{
    int links = 0;
    for (const xmlNode *c = p->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && text_reaches(c->content, 1))
            return 0;
        if (c->type == XML_ELEMENT_NODE && (!name_is(c, "a") || ++links > 1))
            return 0;
    }
    if (links != 1)
        return 0;
    char *t = node_text(p);
    if (!t)
        return 0;
    int call = site_call_line(t, visible_chars((const xmlChar *)t));
    free(t);
    return call;
}

/* Are the elements after n, up to 8, free of paragraphs (a <p> with
 * text other than the site's call in one link, see call_link_para, or a
 * box of more than 300 visible characters), or is the first such box a
 * container after a line with text (the byline, the date, that call: the
 * story's body after the head)?  A story's first paragraph has the rest
 * of the story right after it. */
static int no_story_after(const xmlNode *n)
{
    int seen = 0, furniture = 0;
    for (const xmlNode *c = n->next; c && seen < 8; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && text_reaches(c->content, 40))
            return 0;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        seen++;
        size_t chars = 0, paras = 0, budget = 40;
        int small = small_box_text(c, 300, &chars, &paras, &budget, 0);
        if (name_is(c, "p") && chars && !call_link_para(c))
            return 0; /* (a link alone in its <p> is a call or a pointer: "Add Example as a preferred source") */
        if (!small || paras > 1)
            return furniture; /* the story's container, after the byline */
        furniture |= chars > 0;
    }
    return seen < 8;
}

/* Is n the only element among its parent's children? */
static int only_element_child(const xmlNode *n)
{
    const xmlNode *c = n->prev;
    for (int k = 0; c && k < 4 && c->type != XML_ELEMENT_NODE; k++)
        c = c->prev;
    if (c)
        return 0; /* an element before, or a long run of text and comments */
    c = n->next;
    for (int k = 0; c && k < 4 && c->type != XML_ELEMENT_NODE; k++)
        c = c->next;
    return !c;
}

/* Is n the story's head block: a <div> or <header> whose <h1> child is
 * followed by one to three small lines and nothing else (the byline, the
 * date: head_furniture), "<div id=art-head><h1>…</h1><div>By …</div><div>
 * Published …</div></div>"?  Bounded: the children after the <h1>, four
 * elements. */
static int head_block_with_headline(const xmlNode *n)
{
    if (!(name_is(n, "div") || name_is(n, "header")))
        return 0;
    /* the <h1> among the last four element children, by name first (this runs for each block's
     * headline_before); then the small lines after it */
    const xmlNode *h = n->last;
    int after = 0;
    for (; h && after <= 3; h = h->prev) {
        if (h->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(h, "h1"))
            break;
        after++;
    }
    if (!h || after < 1 || after > 3)
        return 0;
    for (const xmlNode *c = h->next; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !head_furniture(c))
            return 0;
    return 1;
}

/* The headline (ends_with_headline, or a head block ending with the byline
 * and date under it: head_block_with_headline) among the four elements before
 * n in its parent, or NULL.  Bounded: four elements and the text between. */
static const xmlNode *headline_before(const xmlNode *n)
{
    const xmlNode *prev = n->prev;
    int between = 0;
    for (;; prev = prev->prev) {
        while (prev && prev->type != XML_ELEMENT_NODE)
            prev = prev->prev;
        if (!prev || ends_with_headline(prev) || head_block_with_headline(prev) || ++between > 3)
            break;
    }
    return prev && between <= 3 ? prev : NULL;
}

/* The elements between the headline prev (headline_before) and box, all
 * head_furniture: how many; -1 at the first that is not. */
static int furniture_before(const xmlNode *box, const xmlNode *prev)
{
    int between = 0;
    for (const xmlNode *c = box->prev; c && c != prev; c = c->prev)
        if (c->type == XML_ELEMENT_NODE) {
            if (!head_furniture(c))
                return -1;
            between++;
        }
    return between;
}

/* Is n the summary points under the headline, a list the template names
 * for a deck ("<ul class=story_summary>", "<ul class=article-synopsis>":
 * deck_tokens): a <ul> or <ol> of two to six items, no link, 600 visible
 * characters at most, set after the <h1> (or its wrapper) in the same
 * parent with at most three small elements between (head_furniture)?
 * Like a highlights box over the story it sums the story up and is no
 * part of its body.  Bounded: a walk of 40 elements. */
static int headline_summary_list(const xmlNode *n)
{
    const char *cls = attr_ref(n, "class");
    if (!(name_is(n, "ul") || name_is(n, "ol")) || !cls || !has_token_at(cls, deck_tokens, N_TOKENS(deck_tokens), 1))
        return 0;
    const xmlNode *prev = headline_before(n);
    if (!prev)
        return 0;
    if (furniture_before(n, prev) < 0)
        return 0;
    size_t items = 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (!name_is(c, "li") || ++items > 6))
            return 0;
    size_t chars = 0, paras = 0, budget = 40;
    return items >= 2 && !count_links(n, 0) && small_box_text(n, 600, &chars, &paras, &budget, 0) && chars;
}

/* Does the NUL-terminated t hold `least` words at least, a word being a run
 * of bytes that are no ASCII white space (isspace)?  Reads t up to the
 * least-th word's first byte. */
static int holds_words(const char *t, int least)
{
    int words = 0, in = 0;
    for (; *t && words < least; t++) {
        int sp = isspace((unsigned char)*t);
        words += !sp && !in;
        in = !sp;
    }
    return words >= least;
}

/* Is n the deck under the headline: a block (<div>, <p>, <span>, <h2>,
 * <h3>) holding at most 300 visible characters in two paragraphs at
 * most, no list, no link and no heading of its own, set after an <h1> (or the headline's
 * wrapper, see ends_with_headline) in the same parent with at most three
 * small elements between (head_furniture: a byline, a date, a picture;
 * the deck may sit alone in a wrapper or two of its own), and either
 *  - named for a deck (deck_tokens), with no paragraph after it in that
 *    parent when it is not right after the headline, or is a bare <p> after
 *    a head block closing on the byline and date (no_story_after: else
 *    it is the story's first paragraph, "<p class=entry-summary>");
 *  - named for a lead (headline_lead_tokens) with no paragraph after it in
 *    that parent, or holding one <h2>-<h4> alone right after the headline;
 *  - an <h2> of six words or more right after the <h1>.
 * Like the headline it sums up the story and is no part of its body.
 * Not on the relaxed pass.  Bounded: a few walks of 40 elements. */
static int headline_deck(const xmlNode *n, int relaxed)
{
    if (!relaxed && headline_summary_list(n))
        return 1;
    if (relaxed || !(name_is(n, "div") || name_is(n, "p") || name_is(n, "span") || name_is(n, "h2") ||
                     name_is(n, "h3")))
        return 0;
    /* the deck alone in its own column or wrapper ("<div class=col-12><span class=excerpt>…</span></div>"):
     * the headline is before that wrapper (two levels at most) */
    const xmlNode *box = n;
    for (int up = 0; up < 2 && box->parent && box->parent->type == XML_ELEMENT_NODE && name_is(box->parent, "div") &&
                     only_element_child(box);
         up++)
        box = box->parent;
    /* the headline among the four elements before (a cheap look first: this runs for each block) */
    const xmlNode *prev = headline_before(box);
    if (!prev)
        return 0;
    const char *cls = attr_ref(n, "class");
    int named = cls && has_token_at(cls, deck_tokens, N_TOKENS(deck_tokens), 1);
    int lead = !named && cls && has_token_at(cls, headline_lead_tokens, N_TOKENS(headline_lead_tokens), 1);
    int bare_h2 = !named && !lead && name_is(n, "h2");
    if (!named && !lead && !bare_h2)
        return 0;
    int between = furniture_before(box, prev); /* elements between the headline and the box */
    if (between < 0)
        return 0;
    if (bare_h2 && (between || box != n))
        return 0;
    size_t chars = 0, paras = 0, budget = 40;
    if (!small_box_text(n, 300, &chars, &paras, &budget, 0) || paras > 2 || !chars || count_links(n, 0))
        return 0;
    /* a box under its own heading is no deck: a live blog's summary box
     * ("Summary" over its points; the label goes, the points stay); but a
     * named box whose one element is an <h2>-<h4> is the deck set as a
     * heading ("<div class=story-excerpt><h2>…</h2></div>"), no first
     * paragraph of the story, whatever follows it */
    const xmlNode *inner = n->children;
    while (inner && inner->type != XML_ELEMENT_NODE)
        inner = inner->next;
    int heading_alone = (named || lead) && !between && inner && only_element_child(inner) &&
                        (name_is(inner, "h2") || name_is(inner, "h3") || name_is(inner, "h4"));
    if (holds_heading(n, 0) && !heading_alone)
        return 0;
    /* a bare <p> so named after a head block that holds the byline and the date (head_block_with_headline)
     * is after them as after a flat byline: with the story after it, the story's first paragraph
     * ("<p class=entry-summary>") */
    int after_head_block = box == n && name_is(n, "p") && !ends_with_headline(prev);
    if ((lead || between || after_head_block) && !heading_alone && !no_story_after(box))
        return 0;
    if (bare_h2) { /* (a small text: small_box_text above allowed 300 visible characters, 40 elements) */
        char *t = node_text(n);
        int sentence = t && holds_words(t, 6);
        free(t);
        if (!sentence)
            return 0;
    }
    budget = 40;
    return !holds(n, is_list_tag, 8, 0, &budget);
}

/* Where strip() is in the page, for the captions: just after a picture
 * (no text of 20 characters or more since), and the words of that
 * picture's alt or title text (normalized by caption_words; empty when it
 * has none). */
typedef struct {
    int after_picture;
    char alt[256];
    int video_on_page; /* page_holds_video: player_box looks for a player only then */
    int photo_essay;   /* photo_essay_page: its long captions are the story */
    int after_chart;   /* the element before was a chart's frame (chart_frame): its credit line may follow */
} picture_walk;

/* Does n's class or id name a picture's caption ("caption", "cutline"), or is
 * n a <figcaption>?  (Credits are not named: a credit is never the story.) */
static int caption_named(const xmlNode *n)
{
    if (name_is(n, "figcaption"))
        return 1;
    if (!n->properties)
        return 0;
    const char *cls = NULL, *id = NULL;
    class_and_id(n, &cls, &id);
    return caption_word_in(cls, 262) || caption_word_in(id, 262);
}

/* Does the word at v[at] follow a modifier saying a box holds it besides
 * ("has-credit", "with_copyright": a caption box that holds its credit,
 * not the credit)?  at is within v's bytes. */
static int modifier_word_before(const char *v, size_t at)
{
    static const char *const mods[] = {"has-", "has_", "with-", "with_"};
    for (size_t i = 0; i < N_TOKENS(mods); i++) {
        size_t ml = strlen(mods[i]);
        if (at >= ml && !strncasecmp(v + at - ml, mods[i], ml))
            return 1;
    }
    return 0;
}

/* Does n's class or id name a picture's credit: "credit", "copyright" or
 * "attribution" in it ("photo-credit", "image-copyright",
 * "CarouselSlide-infoAttribution"), after "caption" when both are there
 * ("caption__credit"; a "credit-caption" box holds a caption and its
 * credit, so does a "caption has-credit" one: modifier_word_before)?  A credit is never the story, even inside a caption box.  The
 * first 262 bytes of each value read. */
static int credit_named(const xmlNode *n)
{
    static const char *const tokens[] = {"credit", "copyright", "attribution"};
    if (!n->properties)
        return 0;
    const char *values[2] = {attr_ref(n, "class"), attr_ref(n, "id")};
    for (size_t v = 0; v < 2; v++) {
        size_t caption_at = prefix_find_nocase(values[v], 262, "caption");
        for (size_t k = 0; values[v] && k < N_TOKENS(tokens); k++) {
            size_t at = prefix_find_nocase(values[v], 262, tokens[k]);
            if (at < 262 && (caption_at == 262 || at > caption_at) && !modifier_word_before(values[v], at))
                return 1;
        }
    }
    return 0;
}

/* The shortest caption a gallery's story is told in: 15 visible
 * characters ("Pipe band on the march" has 18); a counter ("Photo 3 of
 * 18") is shorter, a credit line is named a credit. */
#define PA_GALLERY_CAPTION_MIN 15

/* A caption long enough to tell a story of its own: 150 to 1500 visible
 * characters (a photo essay's paragraph under each picture; a news photo's
 * caption is a sentence or two; white space not counted). */
#define PA_STORY_CAPTION_MIN 150
#define PA_STORY_CAPTION_MAX 1500

/* story_caption's test of n's text, caption_named aside: least..
 * PA_STORY_CAPTION_MAX visible characters (in *chars), no heading but in
 * a <figcaption> (a gallery's slide title: "Lisbon, Portugal").  Bounded:
 * 300 elements walked. */
static int story_caption_text(const xmlNode *n, size_t least, size_t *chars)
{
    size_t paras = 0, budget = 300;
    *chars = 0;
    return small_box_text(n, PA_STORY_CAPTION_MAX, chars, &paras, &budget, 0) && *chars >= least &&
           (name_is(n, "figcaption") || !holds_heading(n, 0));
}

/* Is n a caption (caption_named, not credit_named) of least..
 * PA_STORY_CAPTION_MAX visible characters (story_caption_text)? */
static int story_caption(const xmlNode *n, size_t least)
{
    size_t chars;
    return caption_named(n) && !credit_named(n) && story_caption_text(n, least, &chars);
}

/* Does n, its parent or its grandparent hold a picture (a caption's
 * picture beside it: "<figure><img><figcaption>", "<div><img><p
 * class=caption>"; a comment's header named "caption" has none)?
 * Bounded: 40 elements walked a level. */
static int picture_near(const xmlNode *n)
{
    for (int k = 0; k < 3 && n && n->type == XML_ELEMENT_NODE; k++, n = n->parent) {
        size_t budget = 40;
        if (holds_picture(n, 0, &budget))
            return 1;
    }
    return 0;
}

/* Does n lie in a link, three levels up at most (a teaser's "<a><img><span
 * class=caption>headline</span></a>")? */
static int in_link(const xmlNode *n)
{
    const xmlNode *up = n->parent;
    for (int k = 0; k < 3 && up && up->type == XML_ELEMENT_NODE; k++, up = up->parent)
        if (is_link(up))
            return 1;
    return 0;
}

/* Tallies of photo_essay_walk: the gallery's captions (story_caption of
 * PA_GALLERY_CAPTION_MIN characters or more, outermost ones only; under
 * PA_STORY_CAPTION_MIN, beside a picture (picture_near), holding no link
 * and in none: a teaser's linked headline under its picture is none) and
 * their characters, and the prose paragraphs outside any caption (<p> of
 * 100 visible characters or more) and their characters; and the prose the
 * short captions are weighed against besides: runs of text of 100 visible
 * characters or more outside <p> ("<div class=text>…<br><br>…</div>") and
 * shorter <p>s of PA_GALLERY_CAPTION_MIN characters or more, and <div>s
 * of as much text alone, beside a picture (sibling_holds_picture: a
 * product roundup's one-line paragraphs between its pictures). */
typedef struct {
    size_t captions, caption_chars;           /* PA_GALLERY_CAPTION_MIN characters or more */
    size_t long_captions, long_caption_chars; /* PA_STORY_CAPTION_MIN characters or more */
    size_t prose_paras, prose_chars, budget;
    size_t run_paras, run_chars; /* runs of text outside <p> */
    size_t short_paras; /* <p>s of PA_GALLERY_CAPTION_MIN..99 characters, <div>s of text alone, beside a picture */
    int count_prose; /* 0: prose is skipped uncounted (a first pass that only counts captions) */
} essay_tally;

/* Is n's element sibling before or after it a picture or a box holding
 * one (a roundup's "<figure>…</figure><p>It holds heat for hours.</p>";
 * a gallery's ad label or comment has none)?  Bounded: 40 elements a
 * side. */
static int sibling_holds_picture(const xmlNode *n)
{
    const xmlNode *sides[2] = {xmlPreviousElementSibling((xmlNode *)n), xmlNextElementSibling((xmlNode *)n)};
    for (size_t k = 0; k < 2; k++) {
        size_t budget = 40;
        if (sides[k] && (is_picture(sides[k]) || holds_picture(sides[k], 0, &budget)))
            return 1;
    }
    return 0;
}

/* The fewest bytes, and visible characters, of a run of text outside <p>
 * that photo_essay_walk counts as a paragraph of prose. */
#define PA_ESSAY_TEXT_RUN_MIN 100

static void photo_essay_walk(const xmlNode *n, essay_tally *t, int in_caption, int depth)
{
    for (const xmlNode *c = n->children; c && depth < PA_EXTRACT_MAX_DEPTH && t->budget; c = c->next) {
        if (c->type == XML_TEXT_NODE && t->count_prose && !in_caption && c->content &&
            strnlen((const char *)c->content, PA_ESSAY_TEXT_RUN_MIN) == PA_ESSAY_TEXT_RUN_MIN) {
            size_t chars = visible_chars(c->content);
            if (chars >= PA_ESSAY_TEXT_RUN_MIN && !is_link(n)) {
                t->run_paras++;
                t->run_chars += chars;
            }
        } else if (c->type == XML_TEXT_NODE && t->count_prose && !in_caption && c == n->children && !c->next && name_is(n, "div") &&
                   c->content && strnlen((const char *)c->content, PA_GALLERY_CAPTION_MIN) == PA_GALLERY_CAPTION_MIN &&
                   visible_chars(c->content) >= PA_GALLERY_CAPTION_MIN && sibling_holds_picture(n)) {
            t->short_paras++; /* (a one-line paragraph set as "<div class=para>…</div>" beside a picture) */
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        t->budget--;
        if (name_is(c, "script") || name_is(c, "style"))
            continue;
        /* (story_caption, its class test made once for the walk below too, its text counted once) */
        int named = !in_caption && caption_named(c) && !credit_named(c);
        size_t caption_chars = 0;
        if (named && story_caption_text(c, PA_GALLERY_CAPTION_MIN, &caption_chars)) {
            int long_caption = caption_chars >= PA_STORY_CAPTION_MIN;
            size_t link_budget = 40;
            if (long_caption || (!holds(c, is_link, 8, 0, &link_budget) && !in_link(c) && picture_near(c))) {
                t->captions++;
                t->caption_chars += caption_chars;
            }
            if (long_caption) {
                t->long_captions++;
                t->long_caption_chars += caption_chars;
            }
            continue;
        }
        if (!in_caption && name_is(c, "p")) {
            if (!t->count_prose)
                continue;
            size_t paras = 0, chars = 0, links = 0;
            prose_stats(c, &paras, &chars, &links, 0, 0);
            if (chars >= 100 && links * 2 < chars) {
                t->prose_chars += chars;
                t->prose_paras++;
            } else if (chars >= PA_GALLERY_CAPTION_MIN && links * 2 < chars && sibling_holds_picture(c)) {
                t->short_paras++;
            }
            continue;
        }
        photo_essay_walk(c, t, in_caption || named, depth + 1);
    }
}

/* element_test form of story_caption for a gallery's caption. */
static int gallery_caption(const xmlNode *n)
{
    return story_caption(n, PA_GALLERY_CAPTION_MIN);
}

/* On a photo essay or gallery page (photo_essay_page), is n a box named a
 * gallery or slideshow ("gallery-intro", "gallery__title": on such a page
 * the gallery is the story, gallery_box's premise fails), or a <figure>
 * that holds one of the page's captions (gallery_caption)?  strip() walks
 * into it then (its picture, counters and credits go) instead of
 * dropping it whole.  Bounded: 2000 elements. */
static int essay_picture_box(const xmlNode *n)
{
    if (attrs_contain(n, 262, gallery_tokens, N_TOKENS(gallery_tokens)))
        return 1;
    size_t budget = 2000;
    return name_is(n, "figure") && holds(n, gallery_caption, PA_EXTRACT_MAX_DEPTH, 0, &budget);
}

/* Is n a slide's counter alone in its element: "3/5", "3 / 5" (one text
 * child of 12 bytes at most: digits, a slash, digits, spaces around)?  On
 * a gallery page it numbers the pictures (elsewhere "1/4" may be a
 * fraction or a score). */
static int slide_counter_box(const xmlNode *n)
{
    const xmlNode *t = n->children;
    if (!t || t->next || t->type != XML_TEXT_NODE || !t->content || strlen((const char *)t->content) > 12)
        return 0;
    const char *c = (const char *)t->content;
    c += strspn(c, " \t\n");
    size_t a = strspn(c, "0123456789");
    c += a;
    c += strspn(c, " ");
    if (!a || a > 3 || *c != '/')
        return 0;
    c++;
    c += strspn(c, " ");
    size_t b = strspn(c, "0123456789");
    c += b;
    c += strspn(c, " \t\n");
    return b && b <= 3 && !*c;
}

/* Is n a label hidden for screen readers that names a picture's part
 * before its text ("<span class=off-screen>Image caption</span>",
 * "Image copyright", "Media caption" in a "visually-hidden" or "sr-only"
 * box)?  Read inline it would open the caption's sentence. */
static int hidden_picture_label(const xmlNode *n)
{
    const xmlNode *t = n->children;
    if (!t || t->next || t->type != XML_TEXT_NODE || !t->content || (t->content[0] != 'I' && t->content[0] != 'M'))
        return 0;
    static const char *const labels[] = {"Image caption", "Image copyright", "Media caption", "Image source"};
    int named = 0;
    for (size_t i = 0; i < N_TOKENS(labels) && !named; i++)
        named = !strcmp((const char *)t->content, labels[i]);
    static const char *const hidden[] = {"off-screen", "offscreen", "visually-hidden", "visuallyhidden", "sr-only"};
    return named && attrs_contain(n, 262, hidden, N_TOKENS(hidden));
}

/* On a photo essay or gallery page (photo_essay_page), the block chosen for
 * the story holds its intro alone when the captions sit in a sibling box
 * (short captions score as no prose): the nearest ancestor of top, three
 * levels up at most and below body, that holds one of the gallery's
 * captions (gallery_caption); top when it holds one itself or none is
 * found.  Bounded: 2000 elements a level. */
static xmlNode *up_to_gallery(xmlNode *top, const xmlNode *body)
{
    size_t budget = 2000;
    if (holds(top, gallery_caption, PA_EXTRACT_MAX_DEPTH, 0, &budget))
        return top;
    xmlNode *up = top->parent;
    for (int k = 0; k < 3 && up && up != body && up->type == XML_ELEMENT_NODE; k++, up = up->parent) {
        budget = 2000;
        if (holds(up, gallery_caption, PA_EXTRACT_MAX_DEPTH, 0, &budget))
            return up;
    }
    return top;
}

/* Is the page a photo essay or a gallery: three or more story-length
 * captions (story_caption, PA_STORY_CAPTION_MIN characters or more)
 * holding more text than all prose outside captions (the intro and a
 * closing line at most), or three or more captions of
 * PA_GALLERY_CAPTION_MIN characters or more, twice as many as the prose
 * paragraphs outside them (runs of text outside <p> and short ones beside
 * a picture too), holding more text than that prose (a text
 * story told in one-line paragraphs or in <div>s between its pictures is
 * no gallery)?  Then those
 * captions are the story, not furniture, short ones too ("In pictures",
 * "Gallery: 30 pictures from …"); a news story with a gallery has more
 * prose than captions, or as many paragraphs.  Bounded by the node limit. */
static int photo_essay_page(const xmlNode *body)
{
    /* (the captions first: most pages have fewer than three, and then the
     * prose, which every <p> and text run would be measured for, does not
     * matter) */
    essay_tally t = {.budget = PA_EXTRACT_MAX_NODES, .count_prose = 0};
    photo_essay_walk(body, &t, 0, 0);
    if (t.captions < 3 && t.long_captions < 3)
        return 0;
    t = (essay_tally){.budget = PA_EXTRACT_MAX_NODES, .count_prose = 1};
    photo_essay_walk(body, &t, 0, 0);
    return (t.long_captions >= 3 && t.long_caption_chars > t.prose_chars) ||
           (t.captions >= 3 && t.captions >= 2 * (t.prose_paras + t.run_paras + t.short_paras) &&
            t.caption_chars > t.prose_chars + t.run_chars);
}

/* Does any element under n pass is_video_player?  1 also when the walk
 * is cut (PA_EXTRACT_MAX_NODES elements in *budget, nesting beyond what
 * strip() and player_box look at): the answer only lets player_box skip
 * its own walk when it is surely 0. */
static int page_holds_video(const xmlNode *n, int depth, size_t *budget)
{
    if (depth > PA_EXTRACT_MAX_DEPTH + 40)
        return 1;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (*budget == 0)
            return 1;
        (*budget)--;
        if (is_video_player(c) || page_holds_video(c, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Append the words of t to out (cap bytes, *len used): ASCII letters and
 * digits lower-cased, other UTF-8 characters kept, everything else a
 * single space between words.  Returns 0 when they do not fit. */
static int caption_words(const char *t, char *out, size_t cap, size_t *len)
{
    for (; *t; t++) {
        unsigned char ch = (unsigned char)*t;
        if (isalnum(ch) || ch >= 0x80) {
            if (*len + 2 >= cap)
                return 0;
            out[(*len)++] = (char)(ch < 0x80 ? tolower(ch) : ch);
        } else if (*len && out[*len - 1] != ' ') {
            if (*len + 2 >= cap)
                return 0;
            out[(*len)++] = ' ';
        }
    }
    out[*len] = '\0';
    return 1;
}

/* The words of n's text (caption_words) into out, trailing space cut;
 * 0 when they pass cap bytes or the walk passes 64 elements. */
static int element_words(const xmlNode *n, char *out, size_t cap, size_t *len, int *budget)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            if (!caption_words((const char *)c->content, out, cap, len))
                return 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (--*budget < 0 || !element_words(c, out, cap, len, budget))
                return 0;
        }
    }
    return 1;
}

/* Is n, met right after a picture, that picture's caption: a block (not a
 * heading or link, holding none: a teaser's title repeats its picture's
 * alt text) whose words are the picture's alt text, or start with it
 * (20 bytes or more) and go on for at most 80 bytes (a credit)?  A lead
 * paragraph that the alt text repeats after its dateline stays, and so
 * does a standfirst the CMS copied into the alt text: in a heading, or
 * named as the lead ("lead", "summary", "intro", "standfirst", "deck" on
 * the block or one of its two nearest wrappers). */
static int alt_caption(const xmlNode *n, const picture_walk *pw)
{
    if (!pw->after_picture)
        return 0; /* (the test below, before the alt text is measured) */
    size_t al = strlen(pw->alt);
    /* (a one-word alt text in Latin letters repeated beside its picture is a label, a fact check's rating
     * under its meter: "Miscaptioned"; a caption is words — in scripts written without spaces, any alt) */
    int one_word = al <= 24 && !strchr(pw->alt, ' ');
    for (size_t i = 0; one_word && i < al; i++)
        one_word = isalpha((unsigned char)pw->alt[i]) || pw->alt[i] == '-';
    if (!pw->after_picture || al < 8 || one_word || is_heading(n) || is_link(n))
        return 0;
    char words[352];
    words[0] = '\0'; /* (an element without text leaves it unwritten) */
    size_t len = 0;
    int budget = 64;
    /* the small subtree walked once, then its headings and links */
    if (!element_words(n, words, sizeof words, &len, &budget) || holds_heading(n, 0) || count_links(n, 0))
        return 0;
    static const char *const lead_tokens[] = {"lead", "summary", "intro", "standfirst", "deck"};
    int up = 0;
    for (const xmlNode *a = n; a && a->type == XML_ELEMENT_NODE && up < 8; a = a->parent, up++) {
        class_words cw;
        if (is_link(a) || is_heading(a) ||
            (up < 3 && class_words_of(&cw, a) && words_have(&cw, lead_tokens, N_TOKENS(lead_tokens), 0)))
            return 0;
    }
    while (len && words[len - 1] == ' ')
        words[--len] = '\0';
    const char *w = words[0] == ' ' ? words + 1 : words;
    len -= (size_t)(w - words);
    if (len < al || len > al + 80 || strncmp(w, pw->alt, al) != 0)
        return 0;
    return len == al || (al >= 20 && w[al] == ' ');
}

/* Note a picture met by strip(): after it, and its alt (else title) words. */
static void note_picture(const xmlNode *n, picture_walk *pw)
{
    pw->after_picture = 1;
    pw->alt[0] = '\0';
    const char *alt = attr_ref(n, "alt");
    if (!alt || !*alt)
        alt = attr_ref(n, "title");
    size_t len = 0;
    if (alt && !caption_words(alt, pw->alt, sizeof pw->alt, &len))
        pw->alt[0] = '\0';
    while (len && pw->alt[len - 1] == ' ')
        pw->alt[--len] = '\0';
    if (pw->alt[0] == ' ')
        memmove(pw->alt, pw->alt + 1, len);
}

/* The empty element strip() leaves in place of a dropped block that held
 * an <h1> (a story's header with headline, byline and share bar): no
 * text, no tag any other rule knows; widen() sees where a headline was. */
#define PA_HEADLINE_MARK "pa-headline-mark"

static int is_h1(const xmlNode *n)
{
    return name_is(n, "h1");
}

/* Is n an <h1> or the mark of a dropped one (PA_HEADLINE_MARK)? */
static int is_h1_or_mark(const xmlNode *n)
{
    return name_is(n, "h1") || name_is(n, PA_HEADLINE_MARK);
}

/* The <h1> near the top of the dropped block n (4 levels, 200 elements:
 * a header block, not a page region), or NULL.  Only <header>, <div> and
 * <section> blocks are looked into. */
static const xmlNode *dropped_headline(const xmlNode *n)
{
    if (!(name_is(n, "header") || name_is(n, "div") || name_is(n, "section")))
        return NULL;
    size_t budget = 200;
    return find_first(n, is_h1, 4, 0, &budget);
}

static int foreign_set_lead(const xmlNode *n);

/* Leave the mark of a dropped headline (PA_HEADLINE_MARK) before the
 * block n that strip() drops, when n holds an <h1>; the mark says
 * page="1" when that <h1> shows the page's headline (is_page_headline),
 * and keeps the <h1>'s class.  A non-English story's lead in that block
 * (foreign_set_lead: "<header><h1>…</h1><div class=lead>…</div></header>")
 * moves out after the mark, as the story's first paragraph. */
static void mark_dropped_headline(xmlNode *n, const pa_meta *m)
{
    const xmlNode *h1 = dropped_headline(n);
    if (!h1 && name_is(n, "h1")) {
        /* an <h1> dropped by its own class (a Drupal theme's "page-header"):
         * marked only when it shows the page's headline (a logo's <h1> is
         * no story's) */
        char *t = node_text(n);
        h1 = t && m && is_page_headline(t, m) ? n : NULL;
        free(t);
    }
    if (!h1)
        return;
    xmlNode *mark = xmlNewNode(NULL, (const xmlChar *)PA_HEADLINE_MARK);
    if (!mark)
        return;
    char *t = node_text(h1);
    if (t && m && is_page_headline(t, m))
        xmlNewProp(mark, (const xmlChar *)"page", (const xmlChar *)"1");
    const char *cls = attr_ref(h1, "class");
    if (cls)
        xmlNewProp(mark, (const xmlChar *)"class", (const xmlChar *)cls); /* the template's headline class */
    free(t);
    xmlAddPrevSibling(n, mark);
    size_t budget = 200;
    xmlNode *lead = (xmlNode *)find_first(n, foreign_set_lead, 5, 0, &budget);
    if (lead) {
        xmlUnlinkNode(lead);
        xmlAddPrevSibling(n, lead);
    }
}

/* Is n a drop cap set as a picture: an <img> opening its <p> (nothing
 * visible before it there) whose alt text is one capital letter, with
 * the rest of the word right after it ("<p><img alt="T" src="t.png">he
 * river …")?  Its letter is the word's first. */
static int initial_image(const xmlNode *n)
{
    if (!name_is(n, "img") || !n->parent || !name_is(n->parent, "p"))
        return 0;
    const char *alt = attr_ref(n, "alt");
    if (!alt || !isupper((unsigned char)alt[0]) || alt[1])
        return 0;
    const xmlNode *next = n->next;
    if (!next || next->type != XML_TEXT_NODE || !next->content || !islower(next->content[0]))
        return 0;
    int k = 0;
    for (const xmlNode *b = n->prev; b; b = b->prev)
        if (++k > 8 || b->type != XML_TEXT_NODE || (b->content && has_visible(b->content)))
            return 0;
    return 1;
}

/* Remove boilerplate subtrees; count elements (bounded).  On a photo essay
 * or gallery page (pw->photo_essay) a caption box of PA_GALLERY_CAPTION_MIN
 * visible characters or more stays (the caption box around it and the
 * caption inside it alike), its credit after it goes, its <figure> and
 * the boxes named a gallery are walked into (essay_picture_box), a slide's
 * counter goes (slide_counter_box).  *pw follows the
 * walk in document order: set at a picture or a dropped caption box (which
 * may hold the picture: "captioned"), cleared at a text of 20 characters
 * or more (for caption_box and alt_caption). */
/* Is the line l[0..n) a mail's signature delimiter ("-- ", RFC 3676's,
 * or "--", trailing spaces aside)? */
static int mail_sig_line(const char *l, size_t n)
{
    while (n && (l[n - 1] == ' ' || l[n - 1] == '\r'))
        n--;
    return n == 2 && l[0] == '-' && l[1] == '-';
}

/* Does the line l[0..n) open with '>' after spaces: a quoted line of a mail? */
static int mail_quoted_line(const char *l, size_t n)
{
    size_t k = 0;
    while (k < n && l[k] == ' ')
        k++;
    return k < n && l[k] == '>';
}

/* Trim a mail message written as a <pre> (a list archive's, Pipermail's):
 * when the <pre> holds text alone, its reply attribution ("On Tue, Mar 6,
 * 2018 at 9:12 AM, X wrote:", a line of 200 bytes at most ending in
 * "wrote:" with a quoted line next, blank lines aside) goes with the
 * quoted lines ("> …") under it (a quote of an earlier message, which is
 * body where it was sent), and its signature (a "-- " line and at most 8
 * lines after it, to the end).  Quoted lines under no attribution (a shell
 * session's "> " prompts) and a "-- " line far from the end (SQL) stay.
 * The text node is rewritten only when something goes.  Reads the text
 * once, 64 KB at most. */
static void trim_mail_pre(xmlNode *pre)
{
    xmlNode *t = pre->children;
    if (!t || t->next || t->type != XML_TEXT_NODE || !t->content)
        return;
    const char *s = (const char *)t->content;
    size_t len = strlen(s);
    if (len < 16 || len > 65536 || (!strstr(s, "wrote:") && !strstr(s, "\n--")))
        return;
    char *out = malloc(len + 1);
    if (!out)
        return;
    size_t o = 0, lines_left = 0;
    int quoting = 0, dropped = 0;
    for (const char *l = s; *l;) {
        const char *nl = strchr(l, '\n');
        size_t n = nl ? (size_t)(nl - l) : strlen(l);
        const char *next = nl ? nl + 1 : l + n;
        if (mail_sig_line(l, n)) {
            lines_left = 0;
            for (const char *q = next; *q && lines_left <= 8; q++)
                lines_left += *q == '\n';
            if (lines_left <= 8) {
                dropped = 1;
                break; /* the signature, to the end */
            }
        }
        size_t trail = n;
        while (trail && (l[trail - 1] == ' ' || l[trail - 1] == '\r'))
            trail--;
        if (!quoting && trail >= 6 && n <= 200 && !memcmp(l + trail - 6, "wrote:", 6)) {
            const char *q = next; /* the next line that is not blank */
            while (*q == '\n' || *q == ' ' || *q == '\r')
                q++;
            const char *qe = strchr(q, '\n');
            if (*q && mail_quoted_line(q, qe ? (size_t)(qe - q) : strlen(q)))
                quoting = 1;
        }
        int drop = quoting && (mail_quoted_line(l, n) || (trail >= 6 && !memcmp(l + trail - 6, "wrote:", 6)));
        if (quoting && !drop && trail)
            quoting = 0; /* the quote ends at the first line of new text */
        if (drop) {
            dropped = 1;
        } else {
            memcpy(out + o, l, (size_t)(next - l));
            o += (size_t)(next - l);
        }
        l = next;
    }
    out[o] = '\0';
    if (dropped)
        xmlNodeSetContent(t, (const xmlChar *)out);
    free(out);
}

static void strip(xmlNode *n, int depth, size_t *budget, int relaxed, const pa_meta *m, picture_walk *pw)
{
    xmlNode *c = n->children;
    while (c) {
        xmlNode *next = c->next;
        if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
            pa_xml_arena_drop_node(c);
        } else if (c->type == XML_TEXT_NODE) {
            if (pw->after_picture && c->content && text_reaches(c->content, 20))
                pw->after_picture = 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (c->name[0] == 'p' && name_is(c, "pre"))
                trim_mail_pre(c); /* a list archive's message: its quotes and signature go */
            if (is_picture(c))
                note_picture(c, pw);
            /* a chart's credit line written as a paragraph right after its frame ("Source: …") */
            int chart_credit = pw->after_chart && chart_flow_label(c, 1);
            if (!name_is(c, "script") && !name_is(c, "noscript"))
                pw->after_chart = name_is(c, "iframe") && chart_frame(c); /* (a frame: its credit line follows it) */
            int caption = 0;
            if (depth > PA_EXTRACT_MAX_DEPTH || *budget == 0 ||
                chart_credit ||
                (is_boilerplate(c, relaxed, m) && !keep_header_lead(c, relaxed, m) && !foreign_set_lead(c) &&
                 !(pw->photo_essay && essay_picture_box(c))) ||
                ((caption = caption_box(c, pw->after_picture, relaxed)) && !(pw->photo_essay && story_caption(c, PA_GALLERY_CAPTION_MIN))) ||
                (!relaxed && alt_caption(c, pw)) || (pw->photo_essay && slide_counter_box(c)) ||
                hidden_picture_label(c) ||
                player_box(c, relaxed, m, pw->video_on_page) || (headline_deck(c, relaxed) && !foreign_set_lead(c))) {
                if (caption)
                    pw->after_picture = 1; /* a credit box may follow the caption box */
#ifdef PA_EXTRACT_DEBUG
                {
                    tstats_dbg_t d = {0, 0, 0};
                    stats_dbg(c, 0, &d, 0);
                    if (d.chars > 0) {
                        xmlChar *txt = xmlNodeGetContent(c);
                        fprintf(stderr, "DROP <%s class=%s id=%s> chars=%zu links=%zu\n", c->name,
                                attr_ref(c, "class") ? attr_ref(c, "class") : "", attr_ref(c, "id") ? attr_ref(c, "id") : "",
                                d.chars, d.link_chars);
                        for (xmlChar *q = txt; q && *q; q++)
                            if (*q == '\n' || *q == '\t' || *q == '\r')
                                *q = ' ';
                        fprintf(stderr, "DROPTEXT |%.300s\n", txt ? (const char *)txt : "");
                        xmlFree(txt);
                    }
                }
#endif
                mark_dropped_headline(c, m);
                if (initial_image(c)) {
                    /* the drop cap as a picture: its letter opens the word ("T" + "he river") */
                    xmlNodePtr letter = xmlNewText((const xmlChar *)attr_ref(c, "alt"));
                    if (letter)
                        xmlAddPrevSibling(c, letter);
                }
                pa_xml_arena_drop_node(c);
            } else {
                (*budget)--;
                strip(c, depth + 1, budget, relaxed, m, pw);
                if (caption)
                    pw->after_picture = 1; /* a photo essay's caption kept: its credit box may follow */
            }
        }
        c = next;
    }
}

/* ---- scoring ---- */

typedef struct {
    double score;
    double earned; /* the part of score its paragraphs gave (no base, no class weight) */
    double class_w; /* class_weight() of the block, part of score */
    int scored;
    size_t chars, link_chars; /* of the subtree, filled by cand_fill_stats */
} nscore;

static int is_block(const xmlNode *n)
{
    static const char *const blocks[] = {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "table", "tbody", "thead", "tr", "blockquote", "pre", "address", "hr",
        "center", "details", "summary", "figcaption", "body", "td", "th", "caption",
    };
    static _Thread_local const token_index *by_letter;
    if (!by_letter)
        by_letter = token_index_of(blocks, N_TOKENS(blocks));
    return name_among(n, blocks, N_TOKENS(blocks), by_letter);
}

static int has_block_child(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && is_block(c))
            return 1;
    return 0;
}

/* Does a block hide a list under an inline child (<div><span><ul>…)?
 * Such a block is a container, not a paragraph (a list never reads as
 * one): its items are scored as items.  Looks four inline levels down
 * (`depth` 0 is the block itself), a bounded number of elements. */
static int list_under_inline(const xmlNode *n, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || (*budget)-- == 0)
            continue;
        if (depth > 0 && (name_is(c, "ul") || name_is(c, "ol")))
            return 1;
        if (depth < 4 && !is_block(c) && list_under_inline(c, depth + 1, budget))
            return 1;
    }
    return 0;
}

typedef struct {
    size_t chars, link_chars, commas;
    size_t copyrights; /* "©" signs */
} tstats;

/* Visible characters and commas of one text node (NUL-terminated: a
 * byte after a non-NUL byte may be read, the end needs no length). */
/* text_stats' count of the byte t[i] (in the NUL-terminated t): a visible
 * character started to *ch; a comma, "©" started to s. */
static inline void text_stats_byte(const char *t, size_t i, size_t *ch, tstats *s)
{
    unsigned char u = (unsigned char)t[i];
    if (u < 0x80) {
        if (u != ' ' && (u < '\t' || u > '\r'))
            (*ch)++; /* a letter, digit or sign; not a space */
        if (u == ',')
            s->commas++;
        return;
    }
    if ((u & 0xC0) != 0x80)
        (*ch)++;
    if (u == 0xC2 && (unsigned char)t[i + 1] == 0xA9)
        s->copyrights++;
    if ((u == 0xEF && (unsigned char)t[i + 1] == 0xBC && (unsigned char)t[i + 2] == 0x8C) /* ， */ ||
        (u == 0xD8 && (unsigned char)t[i + 1] == 0x8C) /* ، */ ||
        (u == 0xE3 && (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x81))
        s->commas++;
}

static void text_stats(const char *t, int in_link, tstats *s)
{
    size_t ch = 0, len = strlen(t), i = 0;
    /* eight bytes at a time when none of them leads a sign counted below (0xC2 of "©", 0xEF, 0xD8 and 0xE3
     * of the full-width, Arabic and ideographic commas): the bytes starting a visible character
     * (invisible_bytes) and the commas counted; a word holding such a byte, and the rest, byte by byte
     * (text_stats_byte) */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, t + i, 8);
        if ((w & 0x8080808080808080ull) &&
            (bytes_equal(w, 0xC2) | bytes_equal(w, 0xEF) | bytes_equal(w, 0xD8) | bytes_equal(w, 0xE3))) {
            for (size_t k = i; k < i + 8; k++)
                text_stats_byte(t, k, &ch, s);
            continue;
        }
        ch += 8 - bytes_marked(invisible_bytes(w));
        s->commas += bytes_marked(bytes_equal(w, ','));
    }
    for (; t[i]; i++)
        text_stats_byte(t, i, &ch, s);
    s->chars += ch;
    if (in_link)
        s->link_chars += ch;
}

/* text_stats of text node c, cached in its _private field (unused on text
 * nodes; the extractor never changes a text node's content): the first
 * call scans the text, later ones (stats() walks nested blocks again and
 * again) read the cache.  One 64-bit word: bit 63 marks it, the chars in
 * bits 0-35, the commas in 36-53, the copyright signs in 54-62; counts
 * that do not fit (or a 32-bit pointer) leave it unset. */
static void text_node_stats(const xmlNode *c, int in_link, tstats *s)
{
    const uint64_t mark = (uint64_t)1 << 63;
    uint64_t v = (uint64_t)(uintptr_t)c->_private;
    tstats own = {0, 0, 0, 0};
    if (v & mark) {
        own.chars = (size_t)(v & (((uint64_t)1 << 36) - 1));
        own.commas = (size_t)((v >> 36) & ((1u << 18) - 1));
        own.copyrights = (size_t)((v >> 54) & ((1u << 9) - 1));
    } else {
        text_stats((const char *)c->content, 0, &own);
        if (sizeof(void *) >= sizeof(uint64_t) && (uint64_t)own.chars < ((uint64_t)1 << 36) &&
            own.commas < (1u << 18) && own.copyrights < (1u << 9))
            ((xmlNode *)c)->_private = /* a cache, not a change of the tree */
                (void *)(uintptr_t)(mark | (uint64_t)own.chars | (uint64_t)own.commas << 36 |
                                    (uint64_t)own.copyrights << 54);
    }
    s->chars += own.chars;
    if (in_link)
        s->link_chars += own.chars;
    s->commas += own.commas;
    s->copyrights += own.copyrights;
}

static void stats(const xmlNode *n, int in_link, tstats *s, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            text_node_stats(c, in_link, s);
        } else if (c->type == XML_ELEMENT_NODE) {
            stats(c, in_link || is_link(c), s, depth + 1);
        }
    }
}

static double class_weight(const xmlNode *n)
{
    const char *ip = attr_ref(n, "itemprop");
    double w = 0;
    class_words words;
    if (class_words_of(&words, n)) {
        if (words_have(&words, good_tokens, N_TOKENS(good_tokens), 0))
            w += 25;
        if (words_have(&words, bad_tokens, N_TOKENS(bad_tokens), 0))
            w -= 25;
    }
    if (ip && strcasestr(ip, "articleBody"))
        w += 50;
    return w;
}

typedef struct {
    xmlNode **nodes;
    nscore *sc;
    size_t n, cap;
} cand_set;

static nscore *cand_get(cand_set *cs, xmlNode *n)
{
    if (n->_private)
        return &cs->sc[(size_t)(uintptr_t)n->_private - 1];
    if (cs->n == cs->cap) {
        size_t nc = cs->cap ? cs->cap * 2 : 256;
        xmlNode **nn = realloc(cs->nodes, nc * sizeof *nn);
        if (!nn)
            return NULL;
        cs->nodes = nn;
        nscore *ns = realloc(cs->sc, nc * sizeof *ns);
        if (!ns)
            return NULL;
        cs->sc = ns;
        cs->cap = nc;
    }
    cs->nodes[cs->n] = n;
    double base = 0;
    if (name_is(n, "div") || name_is(n, "article") || name_is(n, "main") || name_is(n, "section"))
        base = 5;
    else if (name_is(n, "pre") || name_is(n, "td") || name_is(n, "blockquote"))
        base = 3;
    else if (name_is(n, "ol") || name_is(n, "ul") || name_is(n, "dl") || name_is(n, "form") || name_is(n, "li"))
        base = -3;
    if (name_is(n, "article"))
        base += 10;
    cs->sc[cs->n].class_w = class_weight(n);
    cs->sc[cs->n].score = base + cs->sc[cs->n].class_w;
    cs->sc[cs->n].earned = 0;
    cs->sc[cs->n].scored = 1;
    cs->sc[cs->n].chars = cs->sc[cs->n].link_chars = 0;
    n->_private = (void *)(uintptr_t)(cs->n + 1);
    cs->n++;
    return &cs->sc[cs->n - 1];
}

/* Have a and b the same tag and the same first class word ("lb-post" in
 * "lb-post lb-post--key" and "lb-post"): two units of one run, a live
 * blog's posts? */
static int first_class_alike(const xmlNode *a, const xmlNode *b)
{
    const char *ca = attr_ref(a, "class"), *cb = attr_ref(b, "class");
    if (!ca || !cb || !a->name || !b->name || strcmp((const char *)a->name, (const char *)b->name))
        return 0;
    ca += strspn(ca, " \t\n");
    cb += strspn(cb, " \t\n");
    size_t la = strcspn(ca, " \t\n"), lb = strcspn(cb, " \t\n");
    return la && la == lb && !strncmp(ca, cb, la);
}

/* qsort_r helper: candidate indexes by raw score, best first. */
static int cmp_cand(const void *a, const void *b, void *arg)
{
    const nscore *sc = arg;
    double x = sc[*(const size_t *)a].score, y = sc[*(const size_t *)b].score;
    return x < y ? 1 : x > y ? -1 : (*(const size_t *)a > *(const size_t *)b) - (*(const size_t *)a < *(const size_t *)b);
}

/* Text mass of a subtree for widening the chosen container: `all` counts
 * every visible character, `good` those of article-like blocks with a link
 * share under a third: paragraphs (p, pre) of 60+ characters outside links,
 * list items of 20+, headings without links; `leaf` those of leaf blocks
 * (div, td...: text cut by <br>) that would be good as a paragraph.  n
 * itself is examined (it may be such a block). */
typedef struct {
    size_t good, all, leaf;
    size_t linky; /* in short link-only blocks */
    size_t boxed; /* prose in <div>s without paragraphs (part of leaf) */
    size_t items;   /* good text of list items (part of good) */
    size_t n_items; /* and the number of those items */
} tmass;

static int teaser_summary(const xmlNode *p);

/* The prose that a table cell holding blocks keeps straight in itself, as
 * an e-mail's cells do (a heading, then the item's text with <br><br>
 * between its paragraphs, no <p>): the characters outside links of each run
 * of its inline children between two blocks or two <br>s in a row that
 * would be a good paragraph (60+ characters outside links, links on under a
 * third).  Bounded: 400 children. */
static size_t cell_prose_runs(const xmlNode *td, int depth)
{
    size_t good = 0, seen = 0;
    tstats run = {0, 0, 0, 0};
    int brs = 0; /* <br>s in a row, whitespace between them */
    for (const xmlNode *c = td->children;; c = c->next) {
        int end = !c || ++seen > 400 || (c->type == XML_ELEMENT_NODE && is_block(c));
        if (!end && c->type == XML_ELEMENT_NODE && name_is(c, "br"))
            end = ++brs >= 2;
        else if (!end && (c->type == XML_ELEMENT_NODE || (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))))
            brs = 0;
        if (end) {
            size_t own = run.chars - run.link_chars;
            if (own >= 60 && run.link_chars * 3 < run.chars)
                good += own;
            run = (tstats){0, 0, 0, 0};
            brs = 0;
            if (!c || seen > 400)
                break;
            continue;
        }
        if (c->type == XML_TEXT_NODE && c->content)
            text_node_stats(c, 0, &run);
        else if (c->type == XML_ELEMENT_NODE)
            stats(c, is_link(c), &run, depth + 1);
    }
    return good;
}

static void mass_of(const xmlNode *n, tmass *m, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    if (n->type == XML_TEXT_NODE && n->content) {
        tstats own = {0, 0, 0, 0};
        text_node_stats(n, 0, &own); /* visible_chars, cached */
        m->all += own.chars;
        return;
    }
    if (n->type != XML_ELEMENT_NODE)
        return;
    int heading = is_heading(n);
    int unit = name_is(n, "p") || name_is(n, "pre") || name_is(n, "li") || name_is(n, "dd") || heading ||
               ((name_is(n, "div") || name_is(n, "section") || name_is(n, "blockquote") || name_is(n, "td")) &&
                !has_block_child(n));
    if (unit) {
        tstats st = {0, 0, 0, 0};
        stats(n, is_link(n), &st, depth);
        size_t own = st.chars - st.link_chars;
        /* a short link-only block is dropped from the output (menus, lists
         * of links): it neither adds to nor spoils a level */
        if (!heading && st.link_chars * 10 >= st.chars * 8 && st.chars < 120)
            m->linky += st.chars;
        m->all += st.chars;
        if (!heading && own >= 20 && (st.copyrights >= 2 || teaser_summary(n)))
            return; /* a teaser's summary, a legal notice: no article text */
        if (st.link_chars * 3 < st.chars &&
            (((name_is(n, "p") || name_is(n, "pre")) && own >= 60) ||
             ((name_is(n, "li") || name_is(n, "dd")) && own >= 20) || (heading && !st.link_chars))) {
            m->good += own;
            if (name_is(n, "li") || name_is(n, "dd")) {
                m->items += own;
                m->n_items++;
            }
        }
        else if (st.link_chars * 3 < st.chars && own >= 60 && !name_is(n, "li") && !name_is(n, "dd") && !heading) {
            m->leaf += own;
            if (!st.link_chars && (st.commas || own >= 100) && !name_is(n, "td"))
                m->boxed += own; /* a <div> of prose without <p> (step-by-step pages) */
        }
        return;
    }
    if (name_is(n, "td"))
        m->good += cell_prose_runs(n, depth);
    for (const xmlNode *c = n->children; c; c = c->next)
        mass_of(c, m, depth + 1);
}

/* Do a and b carry the same non-empty class attribute? */
static int same_class_attr(const xmlNode *a, const xmlNode *b)
{
    const char *ca = attr_ref(a, "class"), *cb = attr_ref(b, "class");
    return ca && cb && *ca && !strcmp(ca, cb);
}

/* Class words of a box that sells something beside the story: a house
 * ad, a sponsor's offer. */
static const char *const pitch_box_tokens[] = {"promo", "sponsor", "advert"};

/* Is n a box that sells something (see pitch_box_tokens), itself or the
 * wrappers it is made of (down a chain of only children, 4 levels):
 * widen() counts its paragraphs as no article text, whatever prose they
 * hold. */
static int pitch_box(const xmlNode *n)
{
    for (int level = 0; n && level < 4; level++) {
        class_words words;
        if (class_words_of(&words, n) && words_have(&words, pitch_box_tokens, N_TOKENS(pitch_box_tokens), 0))
            return 1;
        const xmlNode *only = NULL;
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                if (only)
                    return 0;
                only = c;
            } else if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
                return 0;
        }
        n = only;
    }
    return 0;
}

/* Class words of the page's side column ("sidebar-box", "region-sidebar-second"). */
static const char *const side_column_tokens[] = {"sidebar", "side-bar"};


/* Is n a strip of headlines set as one line of text: three or more parts
 * between " | " bars or " • " bullets, none over 100 characters, 800
 * characters at most in all ("Breaking news A headline | Another headline |
 * A third")?  A news
 * ticker above the story, without links, reads as prose in a <div>.
 * `dated`: and a date in it (a story's meta row under its headline: "Share |
 * Print | 08/01/2012 | By Jane Doe"). */
static int bar_separated_strip(const xmlNode *n, int dated)
{
    char *t = node_text(n);
    if (!t)
        return 0;
    size_t parts = 1, part_chars = 0, chars = 0;
    int ok = 1;
    for (const char *p = t; *p && ok; p++) {
        /* a separator: " | ", or " • " (the bullet tickers set) */
        size_t sep = p[0] != ' ' ? 0 : (p[1] == '|' && p[2] == ' ') ? 2 : !strncmp(p + 1, "\xe2\x80\xa2 ", 4) ? 4 : 0;
        if (sep) {
            parts++;
            part_chars = 0;
            p += sep;
            continue;
        }
        if (((unsigned char)*p & 0xC0) != 0x80) {
            chars++;
            part_chars++;
        }
        ok = part_chars <= 100 && chars <= 800;
    }
    pa_date day;
    ok = ok && parts >= 3 && (!dated || pa_date_parse_text(t, strlen(t), NULL, &day) == 0);
    free(t);
    return ok;
}
/* Is n the page's side column: an <aside> or a block named for a sidebar
 * (side_column_tokens), or a wrapper ("col-md-4") whose children that
 * hold text are all such boxes (two levels down at most, no text of its
 * own)?  widen(): the prose of its boxes ("About the Department", "Crime
 * Prevention Tips") is the site's, not the story's. */
static int side_column(const xmlNode *n, int depth)
{
    if (name_is(n, "aside"))
        return 1;
    class_words words;
    if (class_words_of(&words, n) && words_have(&words, side_column_tokens, N_TOKENS(side_column_tokens), 0))
        return 1;
    if (depth >= 2)
        return 0;
    size_t boxes = 0, seen = 0;
    for (const xmlNode *c = n->children; c && seen < 32; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && has_visible(c->content))
            return 0;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        seen++;
        if (side_column(c, depth + 1)) {
            boxes++;
            continue;
        }
        tmass cm = {0};
        mass_of(c, &cm, 0);
        if (cm.all)
            return 0;
    }
    return boxes > 0 && seen < 32;
}

/* Does n hold an <h1>, or the mark strip() leaves where it dropped a
 * header block holding one (n itself or below; bounded walk)?  For
 * widen(): a story's headline. */
static int holds_h1(const xmlNode *n)
{
    size_t budget = 3000;
    return n->type == XML_ELEMENT_NODE && (is_h1_or_mark(n) || holds(n, is_h1_or_mark, 12, 0, &budget));
}

/* Is n the mark of the dropped header that showed the page's headline? */
static int is_page_mark(const xmlNode *n)
{
    const char *page = name_is(n, PA_HEADLINE_MARK) ? attr_ref(n, "page") : NULL;
    return page != NULL;
}

/* Does n start another story: the mark of a dropped header block that
 * held an <h1> other than the page's headline, or an <article> holding an
 * <h1>?  (A bare <h1> is not enough: some editors make the subheadings of
 * a story <h1>s.) */
static int starts_story(const xmlNode *n)
{
    return (name_is(n, PA_HEADLINE_MARK) && !is_page_mark(n)) || (name_is(n, "article") && holds_h1(n));
}

/* Is n an <h1> (or the mark of a dropped one) of the class cls (NULL or
 * empty: none is)? */
static int headline_of_class(const xmlNode *n, const char *cls)
{
    const char *c = cls && *cls && is_h1_or_mark(n) ? attr_ref(n, "class") : NULL;
    return c && !strcmp(c, cls);
}

/* Bounded walk for holds_next_story: 12 levels, *budget elements. */
static int holds_story_start(const xmlNode *n, const char *cls, int depth, size_t *budget)
{
    if (depth > 12)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (*budget == 0)
            return 0;
        (*budget)--;
        if (starts_story(c) || headline_of_class(c, cls) || holds_story_start(c, cls, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Does n hold (or is it) the start of another story: starts_story, or a
 * headline of the class `cls` of the story's own (the same template's
 * next story in <div>s; NULL: no class)?  Bounded walk. */
static int holds_next_story(const xmlNode *n, const char *cls)
{
    size_t budget = 3000;
    return n->type == XML_ELEMENT_NODE &&
           (starts_story(n) || headline_of_class(n, cls) || holds_story_start(n, cls, 0, &budget));
}

/* The first <h1> (or mark of a dropped one) of n, n itself included;
 * NULL when none.  Bounded walk: 12 levels, 3,000 elements. */
static const xmlNode *first_headline(const xmlNode *n)
{
    size_t budget = 3000;
    return is_h1_or_mark(n) ? n : find_first(n, is_h1_or_mark, 12, 0, &budget);
}

/* The class of the story's headline (first_headline of n); NULL when none
 * or classless. */
static const char *headline_class(const xmlNode *n)
{
    const xmlNode *h = first_headline(n);
    return h ? attr_ref(h, "class") : NULL;
}

/* The first headline of n (n itself included): -1 none, 1 the page's
 * (a mark with page="1", an <h1> that is_page_headline), 0 another
 * story's.  Bounded walk. */
static int first_headline_is_page(const xmlNode *n, const pa_meta *m)
{
    const xmlNode *h = first_headline(n);
    if (!h)
        return -1;
    if (name_is(h, PA_HEADLINE_MARK))
        return is_page_mark(h);
    char *t = node_text(h);
    int page = t && m && is_page_headline(t, m);
    free(t);
    return page;
}

/* Whose story is the block n: first_headline_is_page of n or of its
 * nearest ancestor (4 levels up, not past <main>/<body>) that holds a
 * headline; -1 when none does. */
static int story_is_page(const xmlNode *n, const pa_meta *m)
{
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up <= 4; n = n->parent, up++) {
        if (name_is(n, "body") || name_is(n, "main"))
            break;
        int page = first_headline_is_page(n, m);
        if (page >= 0)
            return page;
    }
    return -1;
}

/* Is n the story's own element: an <article>, or one marked
 * itemprop="articleBody"? */
static int article_bound(const xmlNode *n)
{
    if (name_is(n, "article"))
        return 1;
    const char *prop = n->type == XML_ELEMENT_NODE ? attr_ref(n, "itemprop") : NULL;
    return prop && !strcasecmp(prop, "articleBody");
}

/* Does n hold a linked heading (h2-h6), the head of a teaser card?  A
 * bounded walk (heading_links, 200 elements). */
static int holds_linked_heading(const xmlNode *n)
{
    size_t headings = 0, linked = 0, budget = 200;
    heading_links(n, 0, &headings, &linked, 0, &budget);
    return linked > 0;
}

/* Does href lead to another page: present, not a query on this one ("?post=12"), and no '#' in it (a place on a
 * page: a section's or a live post's permalink "#what-changes", "/live/storm#post-12"; an <a id> has none)? */
static int href_leaves_page(const char *href)
{
    return href && *href && *href != '?' && !strchr(href, '#');
}

/* Is a heading (h2-h6) under n in a link that leads to another page (href_leaves_page), or does it hold one: a
 * card's linked headline?  in_link/in_heading: n lies in such a link/in a heading.  A bounded walk (depth 16,
 * *budget elements). */
static int heading_links_away(const xmlNode *n, int in_link, int in_heading, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && depth < 16 && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        int link = in_link || (name_is(c, "a") && href_leaves_page(link_href(c)));
        int heading = in_heading || is_subheading(c);
        if ((link && heading) || heading_links_away(c, link, heading, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Is n an <article> headed by a heading linked to another page: another story's card or teaser
 * ("<article><h2><a href="/other">Other story</a></h2><p>Its opening …</p>"); not the story's own section or
 * live post under a permalink to itself ("<h2><a href="#what-changes">What changes</a></h2>")? */
static int linked_story_card(const xmlNode *n)
{
    size_t budget = 200;
    return name_is(n, "article") && heading_links_away(n, 0, 0, 0, &budget);
}

/* The characters outside links of n's paragraphs (<p>) that lie in no <article> under n: a story's own text
 * around a card it embeds.  A bounded walk (8 levels, *budget elements). */
static size_t prose_beside_cards(const xmlNode *n, int depth, size_t *budget)
{
    size_t chars = 0;
    for (const xmlNode *c = n->children; c && depth < 8 && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || name_is(c, "article"))
            continue;
        (*budget)--;
        if (name_is(c, "p")) {
            tstats st = {0, 0, 0, 0};
            stats(c, 0, &st, 0);
            chars += st.chars - st.link_chars;
        } else {
            chars += prose_beside_cards(c, depth + 1, budget);
        }
    }
    return chars;
}

/* Is n another story's card (linked_story_card), or a block of such cards: it holds one and under 200 characters
 * of paragraphs beside its cards (prose_beside_cards; the story's own text going on after an ad, with a related
 * story's card in it, is no such block)?  Bounded walks: 6 levels and 400 elements, 8 levels and 400 elements. */
static int holds_story_card(const xmlNode *n)
{
    size_t budget = 400, prose_budget = 400;
    return linked_story_card(n) ||
           (find_first(n, linked_story_card, 6, 0, &budget) != NULL && prose_beside_cards(n, 0, &prose_budget) < 200);
}

/* Bounded walk for jump_list: counts the links of n's subtree into
 * *links and those to a place on the page ("#post-12") into *jumps. */
static void count_jumps(const xmlNode *n, size_t *links, size_t *jumps, int depth, size_t *budget)
{
    if (depth > 12)
        return;
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        if (name_is(c, "a")) {
            const char *href = attr_ref(c, "href");
            (*links)++;
            *jumps += href && href[0] == '#' && href[1];
            continue;
        }
        count_jumps(c, links, jumps, depth + 1, budget);
    }
}

/* Is n a list of jumps to places on the page: two links or more, each to
 * a "#fragment" (a live blog's key events, a table of contents)?  What
 * it shows is the page's own text further down, not text of its own.
 * Bounded walk (300 elements). */
static int jump_list(const xmlNode *n)
{
    size_t links = 0, jumps = 0, budget = 300;
    count_jumps(n, &links, &jumps, 0, &budget);
    return budget && links >= 2 && jumps == links;
}

/* Does n hold a <p> or a heading (n itself excluded; 3 levels, a bounded
 * walk of 200 elements)? */
static int holds_prose_block(const xmlNode *n, int depth, size_t *budget)
{
    if (depth > 3)
        return 0;
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        (*budget)--;
        if (name_is(c, "p") || is_heading(c) || holds_prose_block(c, depth + 1, budget))
            return 1;
    }
    return 0;
}

/* Is n a feed of posts, as a live blog's is: three or more <div>,
 * <article>, <section> or <li> children of one class (two thirds of its
 * elements at least), each holding paragraphs or a heading?  (A story's
 * paragraphs of one class are <p>s: no feed.)  Bounded: 64 children. */
static int post_feed(const xmlNode *n)
{
    const xmlNode *first = NULL;
    size_t elements = 0, posts = 0;
    for (const xmlNode *c = n->children; c && elements < 64; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        elements++;
        if (!(name_is(c, "div") || name_is(c, "article") || name_is(c, "section") || name_is(c, "li")))
            continue;
        if (!first) {
            const char *cls = attr_ref(c, "class");
            if (!cls || !*cls)
                continue;
            first = c;
        } else if (!same_class_attr(c, first))
            continue;
        size_t budget = 200;
        posts += holds_prose_block(c, 0, &budget);
    }
    return posts >= 3 && posts * 3 >= elements * 2;
}

/* Does the page builder's row n hold its text in headings and in
 * paragraphs that end a sentence only (12 levels, *budget nodes)?  The
 * story's next row does ("What it means for prices", its paragraphs, "I
 * will publish tasting notes in the spring."); an author's row ("Porto,
 * Portugal", "Wine writer" in <div>s) or a sign-up form's does not. */
static int sentence_row(const xmlNode *n, int depth, size_t *budget)
{
    if (depth > 12)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (!*budget)
            return 0;
        (*budget)--;
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *q = c->content; *q; q++)
                if (!isspace(*q))
                    return 0;
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || name_is(c, "script") || name_is(c, "style") || is_heading(c))
            continue;
        if (name_is(c, "p")) {
            char *t = node_text(c);
            size_t len = t ? strlen(t) : 0;
            while (len && isspace((unsigned char)t[len - 1]))
                len--;
            int sentence = !len || pa_ends_sentence(t, len, 3);
            free(t);
            if (!sentence)
                return 0;
            continue;
        }
        if (!sentence_row(c, depth + 1, budget))
            return 0;
    }
    return 1;
}

/* The article is often cut into sibling blocks (page-builder rows and
 * columns, one wrapper per section): from the best-scored container, go up
 * to the highest ancestor whose additional text is mostly good paragraphs
 * (80% of it), bounded by `levels`.  One small box that stops a level
 * (an ad slot or a panel between two halves of the story) is looked past
 * when the next level adds the rest of the article; a level that only adds
 * a list of links after the block ends the article, and the levels above
 * may then add text before it only (a lead or subtitle in its own block).
 * Returns the new top; *good_out gets its article text (good mass). */
static xmlNode *widen(xmlNode *top, const xmlNode *stop, int levels, size_t *good_out)
{
    tmass base = {0};
    mass_of(top, &base, 0);
    size_t good = base.good;
    *good_out = good;
    xmlNode *best = top;
    xmlNode *cur = top;
    size_t held_good = 0, held_all = 0; /* what a level that stopped the widening adds */
    int looked_past = 0, ended = 0;
    int headlined = 0; /* the block so far holds the story's <h1> */
    const char *headline_cls = NULL; /* and its class */
    for (int l = 0; l < levels && cur->parent && cur->parent->type == XML_ELEMENT_NODE && cur != stop; l++) {
        xmlNode *par = cur->parent;
        if (!headlined && holds_h1(cur)) {
            headlined = 1;
            headline_cls = headline_class(cur);
        }
        tmass add = {0};
        size_t lists = 0, list_words = 0; /* list_words: their text outside links */
        size_t twins = 0, twin_good = 0, short_all = 0; /* see "the story in rows of one class" below */
        int after = 0, leaving_article = article_bound(cur);
        int feed = !headlined && post_feed(cur); /* the block is a live blog's feed of posts */
        int in_feed = !headlined && post_feed(par); /* the block is one post of such a feed */
        for (const xmlNode *c = par->children; c; c = c->next) {
            if (c == cur) {
                after = 1;
                continue;
            }
            tmass sm = {0};
            mass_of(c, &sm, 0);
            /* after the story's own element, teaser cards (a linked
             * heading over a summary) are the page's other stories */
            if (after && leaving_article && sm.good && c->type == XML_ELEMENT_NODE && holds_linked_heading(c))
                sm.good = sm.boxed = 0;
            /* a list of links after the article ("more in this section")
             * is dropped from the output: it does not spoil a level that
             * adds article text (one before it is the page's menu) */
#ifdef PA_EXTRACT_DEBUG
            if (sm.all)
                fprintf(stderr, "   SIB <%s class=%s id=%s> good=%zu all=%zu linky=%zu %s\n", c->name,
                        attr_ref(c, "class") ? attr_ref(c, "class") : "", attr_ref(c, "id") ? attr_ref(c, "id") : "",
                        sm.good, sm.all, sm.linky, after ? "after" : "before");
#endif
            /* beside a live blog's feed, a short box without article text
             * (its "Load more" bar, the note that the blog has ended, the
             * pointer to where the coverage continues, its pager, a "See
             * more updates" link) is the feed's furniture: it neither adds
             * article text nor spoils a level that adds the blog's summary
             * box */
            if (feed && !sm.good && sm.all < 150 && c->type == XML_ELEMENT_NODE)
                continue;
            if (after && sm.linky && sm.linky * 20 >= sm.all * 19) {
                lists += sm.all;
                list_words += sm.all - sm.linky;
                continue;
            }
            /* above the block, the story's head (its <h1> with the
             * standfirst, byline and date: 400 characters at most) and a
             * list of jumps to the posts below (a live blog's key events)
             * are the story's furniture: they neither add article text
             * nor spoil a level that adds some (a live blog's pinned post
             * between them and the feed; in the story's <article>, a FAQ
             * section after its body <div>) */
            if (!after && !headlined && sm.all <= 400 && c->type == XML_ELEMENT_NODE &&
                (jump_list(c) || ((feed || name_is(par, "article")) && holds_h1(c))))
                continue;
            if ((headlined || name_is(cur, "article")) && sm.all && holds_next_story(c, headline_cls)) {
                /* a story of its own headline beside this one (the next
                 * or the previous one of an endless page) */
                if (after)
                    ended = 1;
                else
                    sm.good = sm.boxed = 0;
            }
            /* the other titled posts of a live blog's feed, short as
             * they are (a time, a title, a line or two), are the blog's
             * text */
            if (in_feed && !ended && sm.good && sm.all <= 1200 && same_class_attr(c, cur) && holds_heading(c, 0))
                sm.good = sm.all;
            if ((after && ended) || (c->type == XML_ELEMENT_NODE && pitch_box(c)))
                sm.good = sm.boxed = 0; /* past the article's end, or an offer: not its text */
            /* the story's next part in a wrapper of the block's own class (a page builder's next row: a
             * subheading, a paragraph, a one-line closing paragraph), mostly article text, no link, its
             * text in headings and sentences (sentence_row: not an author's row of short facts): its short
             * paragraphs are the story's too */
            if (after && !ended && sm.good && sm.good * 10 >= sm.all * 7 && c->type == XML_ELEMENT_NODE &&
                same_class_attr(c, cur)) {
                tstats part = {0, 0, 0, 0};
                stats(c, 0, &part, 0);
                size_t row_budget = 400;
                if (!part.link_chars && sentence_row(c, 0, &row_budget))
                    sm.good = sm.all;
            }
            if (sm.good && c->type == XML_ELEMENT_NODE && side_column(c, 0))
                sm.good = sm.boxed = 0; /* the page's side column beside the story: the site's boxes */
            /* before the block, a few short list items and nothing else (a strip of market quotes, a
             * ticker: two or more items of under 40 characters on average): no lead nor summary of the
             * story */
            if (!after && sm.good && sm.items == sm.good && sm.good < 150 && sm.n_items >= 2 &&
                sm.good < 40 * sm.n_items)
                sm.good = sm.boxed = 0;
            /* nor a ticker's headlines on one line between bars (bar_separated_strip) above the block
             * that holds the story's headline, nor such a line with a date under the headline (the story's
             * meta row); under the headline, a line of results or facts between bars, "Rovers 2-1 Athletic |
             * United 0-0 Town | …", is the story's */
            if (!after && (sm.good || sm.boxed) && c->type == XML_ELEMENT_NODE && bar_separated_strip(c, !headlined))
                sm.good = sm.boxed = 0;
            /* above a block that holds the story's headline, text is the
             * page's, not the story's (a site alert bar, an official-site
             * banner, a service-alerts box over the news item) */
            if (!after && headlined && sm.good && !in_feed)
                sm.good = sm.boxed = 0;
            /* before a video's or an episode's transcript, its description or show notes under their
             * own heading ("About this video": mostly good text, a short line or two such as "Find the
             * recipe on our site." besides, and a paragraph of prose) are the page's text: the
             * transcript is their sequel (not the story's head with its <h1>, nor an audio player's box
             * under its title) */
            size_t story_budget = 200;
            int story_mid = 0;
            if (!after && !headlined && sm.good * 10 >= sm.all * 6 && c->type == XML_ELEMENT_NODE &&
                names_transcript(cur) && holds_heading(c, 0) && !holds_h1(c) &&
                holds_story_paragraphs(c, 0, &story_budget, &story_mid))
                sm.good = sm.all;
            if (c->type == XML_ELEMENT_NODE && same_class_attr(c, cur) && sm.good) {
                twins++;
                twin_good += sm.good;
            } else if (c->type == XML_ELEMENT_NODE && !sm.good && sm.all < 150) {
                short_all += sm.all;
            }
            add.good += sm.good;
            /* a list of links inside the story's next part (a sibling of
             * the same class, after an ad slot: "More Great Stories" under
             * its last paragraphs) is dropped from the output: it does not
             * spoil that part */
            add.all += after && sm.good && same_class_attr(c, cur) ? sm.all - sm.linky : sm.all;
            add.boxed += sm.boxed;
        }
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "WIDEN <%s class=%s> good=%zu boxed=%zu all=%zu\n", par->name,
                attr_ref(par, "class") ? attr_ref(par, "class") : "", add.good, add.boxed, add.all);
#endif
        /* prose in <div>s counts for a level made of them or one that
         * adds twice the article text found so far (not for a paragraph
         * article beside a few such boxes, nor for the runner-up
         * comparison): teasers are <div>s too */
        size_t g = add.good + (add.boxed > add.good || add.good >= 2 * good ? add.boxed : 0);
        /* the story in rows of one class (an e-mail's text blocks, a page builder's rows: two or more of
         * them bring most of what the level adds): the level's short elements without prose, under 150
         * characters each, wherever they sit beside those rows (a greeting, a button, a spacer, a sponsor's
         * line, the issue's credit), neither add to nor spoil the level; the output's filters judge their
         * lines */
        if (twins >= 2 && twin_good * 10 >= g * 8 && add.all > short_all)
            add.all -= short_all;
        good += add.good;
        int adds_article = g * 10 >= add.all * 8 && g > (lists ? 200 : 0);
        if (held_all) {
            /* the level above a small box that stopped the widening (an
             * ad, a "related" box between two halves of a story): taken
             * when it adds 500+ characters of article text and the two
             * levels together are still 70% article text */
            if (!adds_article || par == stop || g < 500 || (held_good + g) * 10 < (held_all + add.all) * 7)
                break;
            held_all = 0;
            best = par;
            *good_out = good;
        } else if (adds_article) {
            best = par; /* the level adds article paragraphs */
            *good_out = good;
        } else if (add.all < 150 && lists >= 150 && !list_words && good >= 300) {
            /* only a list of links after the block ("more in this
             * section"): the article ends there, but its lead or headline
             * may sit in a block before it, so the widening goes on for
             * text before the article only */
            ended = 1;
        } else if (add.all + lists >= 150) {
            if (looked_past || add.all + lists - g >= 400 || g * 10 >= (add.all + lists) * 3 || good - add.good < 500)
                break; /* it adds other things: stop here */
            looked_past = 1; /* a small box: judge it with the next level */
            held_good = g;
            held_all = add.all + lists;
        }
        cur = par;
        if (par == stop)
            break;
    }
    return best;
}

/* Is a a proper ancestor of n?  An ancestor of the top block holds all
 * of its text: widen() has judged what it adds (bounded walk). */
static int is_ancestor(const xmlNode *a, const xmlNode *n)
{
    int depth = 0;
    for (const xmlNode *p = n->parent; p && depth <= PA_EXTRACT_MAX_DEPTH; p = p->parent, depth++)
        if (p == a)
            return 1;
    return 0;
}

/* Does the way up from n to its ancestor a leave an <article> element or
 * one marked itemprop="articleBody" (n itself or an element between them)?  The story's own element bounds it:
 * what lies beyond it beside a short story is the page's other stories. */
static int leaves_article(const xmlNode *a, const xmlNode *n)
{
    int depth = 0;
    for (const xmlNode *p = n; p && p != a && depth <= PA_EXTRACT_MAX_DEPTH; p = p->parent, depth++)
        if (article_bound(p))
            return 1;
    return 0;
}

/* An outer page wrapper ("main", "content" in its class or id) can
 * outscore the short story it holds beside obituary, classified and
 * teaser cards.  When no story element (<article>, articleBody) bounds
 * the chosen block `wide`, a runner-up inside it that scored 80% of
 * `top_score` and widens (widen(), stopped at `wide`) to a block below
 * it that holds the page's first headline and 60% of its article text
 * (`wide_good`) is the story: what `wide` adds beyond it is what widen()
 * judged no article text.  Returns the block to take. */
static xmlNode *narrow_to_story(xmlNode *wide, size_t wide_good, xmlNode *const *alt, const double *alt_adj,
                                size_t n_alt, double top_score, const pa_meta *m)
{
    if (article_bound(wide))
        return wide;
    const xmlNode *headline = first_headline(wide);
    if (!headline)
        return wide;
    for (size_t a = 0; a < n_alt; a++) {
        if (alt_adj[a] < top_score * 0.8 || !is_ancestor(wide, alt[a]) || leaves_article(wide, alt[a]))
            continue;
        size_t g = 0;
        xmlNode *w = widen(alt[a], wide, PA_EXTRACT_WIDEN_LEVELS, &g);
        if (w == wide)
            continue;
        /* the lowest block below `wide` holding both the text and the
         * headline, when it adds little else (a date, a share bar) */
        xmlNode *story = w;
        for (int up = 0; story != wide && up < 4 && !(story == headline || is_ancestor(story, headline)); up++)
            story = story->parent;
        if (story == wide || !(story == headline || is_ancestor(story, headline)) || story_is_page(story, m) == 0)
            continue;
        tmass text = {0}, all = {0};
        mass_of(w, &text, 0);
        mass_of(story, &all, 0);
        if ((all.all - text.all) * 4 > text.all || all.good * 10 < wide_good * 6)
            continue;
        w = story;
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "NARROW <%s class=%s> good=%zu wide_good=%zu\n", w->name,
                attr_ref(w, "class") ? attr_ref(w, "class") : "", g, wide_good);
#endif
        return w;
    }
    return wide;
}

/* Visible and in-link characters of every candidate's subtree, in one
 * walk of the tree (instead of one walk per candidate).  Counts the same
 * characters as stats(). */
static void cand_fill_stats(const xmlNode *n, const cand_set *cs, int in_link, size_t *chars, size_t *links,
                            int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    size_t c_all = 0, c_link = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            tstats own = {0, 0, 0, 0};
            text_node_stats(c, 0, &own); /* visible_chars, cached */
            size_t k = own.chars;
            c_all += k;
            if (in_link)
                c_link += k;
        } else if (c->type == XML_ELEMENT_NODE) {
            cand_fill_stats(c, cs, in_link || is_link(c), &c_all, &c_link, depth + 1);
        }
    }
    if (n->_private) {
        nscore *ns = &cs->sc[(size_t)(uintptr_t)n->_private - 1];
        ns->chars = c_all;
        ns->link_chars = c_link;
    }
    *chars += c_all;
    *links += c_link;
}

/* Do a's and b's class attributes share a whole word ("mod-articletext"
 * in "mod-articletext" and "mod-x mod-articletext")?  Up to 16 words of a. */
static int shares_class_word(const xmlNode *a, const xmlNode *b)
{
    const char *ca = attr_ref(a, "class"), *cb = attr_ref(b, "class");
    if (!ca || !cb)
        return 0;
    for (int k = 0; k < 16; k++) {
        ca += strspn(ca, " \t\n");
        size_t la = strcspn(ca, " \t\n");
        if (!la)
            return 0;
        for (const char *q = cb + strspn(cb, " \t\n"); *q; q += strspn(q, " \t\n")) {
            size_t lq = strcspn(q, " \t\n");
            if (lq == la && !strncmp(ca, q, la))
                return 1;
            q += lq;
        }
        ca += la;
    }
    return 0;
}

/* A candidate's score with link density applied, its class weight left
 * out when `plain`. */
static double cand_adjusted(const nscore *ns, int plain)
{
    double ld = ns->chars ? (double)ns->link_chars / (double)ns->chars : 0;
    return (ns->score - (plain ? ns->class_w : 0)) * (1 - ld);
}

/* Does n lie in an <article> element (n itself or an ancestor, 16 levels
 * up at most) that other does not lie in? */
static int own_article_apart(const xmlNode *n, const xmlNode *other)
{
    int depth = 0;
    for (const xmlNode *a = n; a && a->type == XML_ELEMENT_NODE && depth < 16; a = a->parent, depth++)
        if (name_is(a, "article"))
            return a != other && !is_ancestor(a, other);
    return 0;
}

/* A class word's bonus (class_weight: "content", "article") names where a
 * story may lie, not how much of it a block holds: it does not let a block
 * beat the best block by its paragraphs alone (plain score, no class
 * weight) when that one holds PA_EXTRACT_BONUS_PROSE_RATIO times its text
 * outside links or more, lies around it in no way, shares no class word
 * with it (a story's first paragraph set apart) and lies outside its
 * parent (a lead box beside the story's text) ("contentTop", a
 * 169-character call to send the site photos, +25, beat the 1,062-character
 * story that scored 18.3 by its <br>-parted paragraphs).  Such a block
 * loses its positive class weight.  Run once cand_fill_stats has counted
 * chars; one pass to find the best plain block, one to demote. */
static void drop_small_class_bonus(cand_set *cs)
{
    /* (a short story's block inside an <article> the best block lies outside keeps its bonus: a brief in
     * "article-content" beside a long "About us" box of the site's prose) */
    size_t best = SIZE_MAX;
    double best_plain = 0;
    for (size_t i = 0; i < cs->n; i++) {
        double p = cand_adjusted(&cs->sc[i], 1);
        if (cs->sc[i].earned >= PA_EXTRACT_MIN_EARNED && p > best_plain) {
            best_plain = p;
            best = i;
        }
    }
    if (best == SIZE_MAX)
        return;
    const nscore *b = &cs->sc[best];
    size_t best_text = b->chars - b->link_chars;
    for (size_t i = 0; i < cs->n; i++) {
        nscore *ns = &cs->sc[i];
        if (i == best || ns->class_w <= 0 || (ns->chars - ns->link_chars) * PA_EXTRACT_BONUS_PROSE_RATIO > best_text ||
            cand_adjusted(ns, 1) >= best_plain || is_ancestor(cs->nodes[best], cs->nodes[i]) ||
            is_ancestor(cs->nodes[i], cs->nodes[best]) || shares_class_word(cs->nodes[i], cs->nodes[best]) ||
            (cs->nodes[best]->parent && is_ancestor(cs->nodes[best]->parent, cs->nodes[i])) ||
            own_article_apart(cs->nodes[i], cs->nodes[best]))
            continue;
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "NOBONUS <%s class=%s> score=%.1f\n", cs->nodes[i]->name,
                attr_ref(cs->nodes[i], "class") ? attr_ref(cs->nodes[i], "class") : "", ns->score);
#endif
        ns->score -= ns->class_w;
        ns->class_w = 0;
    }
}

/* A walk over a block's children that cuts them into runs of text: a
 * double <br> closes a run, and so does a block child when blocks_close
 * (its own text then counts in no run).  Bounded: 10,000 children. */
typedef struct {
    const xmlNode *next; /* the child to look at next */
    size_t visited;
    int blocks_close;
    int done; /* the last run was handed out */
} br_runs;

/* Start a walk over blk's children. */
static br_runs br_runs_of(const xmlNode *blk, int blocks_close)
{
    return (br_runs){blk->children, 0, blocks_close, 0};
}

/* The statistics of the next run into *run (zeroed first; the text of
 * links counts in run->link_chars).  Returns 1 with a run (possibly
 * empty: two double breaks in a row), 0 once the children are done. */
static int br_run_next(br_runs *w, tstats *run)
{
    *run = (tstats){0, 0, 0, 0};
    if (w->done)
        return 0;
    int brs = 0;
    for (const xmlNode *c = w->next;; c = c->next) {
        if (c && ++w->visited > 10000)
            c = NULL;
        if (!c) {
            w->done = 1; /* the end closes the last run */
            return 1;
        }
        size_t before = run->chars;
        int close = 0;
        if (c->type == XML_TEXT_NODE && c->content) {
            text_stats((const char *)c->content, 0, run);
        } else if (name_is(c, "br")) {
            close = ++brs >= 2;
        } else if (c->type == XML_ELEMENT_NODE) {
            size_t inline_budget = 200;
            if (w->blocks_close && (is_block(c) || list_under_inline(c, 1, &inline_budget)))
                close = 1; /* a list in a <span> is no loose text */
            else
                stats(c, is_link(c), run, 0);
        }
        if (run->chars > before)
            brs = 0;
        if (close) {
            w->next = c->next;
            return 1;
        }
    }
}

/* Text set out in paragraphs by <br><br> (no <p>) inside one block, as
 * older CMSs of the Polish and Russian press write it: each run of 80+
 * characters outside links between double breaks scores as a paragraph of
 * its own would (1 + up to 3 for length; the commas are counted once
 * already).  Returns what that adds to the block's single-paragraph score.
 * Only the block's children are visited, with stats() under each. */
static double br_para_bonus(const xmlNode *blk, size_t textc)
{
    double sum = 0;
    size_t segs = 0;
    br_runs w = br_runs_of(blk, 0);
    tstats run;
    while (br_run_next(&w, &run)) {
        size_t seg = run.chars - run.link_chars;
        if (seg >= 80) {
            segs++;
            sum += 1 + (double)(seg / 100 > 3 ? 3 : seg / 100);
        }
    }
    if (segs < 2)
        return 0;
    double one = 1 + (double)(textc / 100 > 3 ? 3 : textc / 100);
#ifdef PA_EXTRACT_DEBUG
    fprintf(stderr, "BRPARA <%s class=%s> segs=%zu sum=%.1f one=%.1f\n", blk->name,
            attr_ref(blk, "class") ? attr_ref(blk, "class") : "", segs, sum, one);
#endif
    return sum > one ? sum - one : 0;
}

/* Add a paragraph's score to its container (level 0) and two ancestors. */
static int score_up(xmlNode *anc, cand_set *cs, double sc)
{
    /* a <font> around the paragraphs is their style, not their container */
    for (int k = 0; k < 4 && name_is(anc, "font") && anc->parent && anc->parent->type == XML_ELEMENT_NODE; k++)
        anc = anc->parent;
    for (int level = 0; anc && anc->type == XML_ELEMENT_NODE && level < 3; level++, anc = anc->parent) {
        nscore *ns = cand_get(cs, anc);
        if (!ns)
            return -1;
        double part = level == 0 ? sc : level == 1 ? sc / 2 : sc / (level * 3);
        ns->score += part;
        ns->earned += part;
    }
    return 0;
}

/* Text written straight into a container between its blocks, cut into
 * paragraphs by block children and double <br>s (a wp.pl article: text
 * and <br><br> with a video box inside): each run of 60+ characters
 * outside links scores as a <p> child would.  Children only, with stats()
 * under the inline ones. */
static int score_loose_text(xmlNode *blk, cand_set *cs)
{
    br_runs w = br_runs_of(blk, 1);
    tstats run;
    while (br_run_next(&w, &run)) {
        size_t textc = run.chars - run.link_chars;
        if (textc >= 60 && run.link_chars * 3 < run.chars &&
            score_up(blk, cs, 1 + (double)run.commas + (double)(textc / 100 > 3 ? 3 : textc / 100)))
            return -1;
    }
    return 0;
}

/* Is the link a an in-page toggle or jump: an href empty, of "#" or a
 * fragment ("#faq-2": a collapse panel's control) or running a script
 * ("javascript:…")?  An accordion's question (<a href="#">Is there an age
 * limit?</a> over its answer) leads to no other page: it is no teaser's
 * title link, and the item's text is its own. */
static int toggle_link(const xmlNode *a)
{
    const char *href = link_href(a);
    return href && (!*href || *href == '#' || !strncasecmp(href, "javascript:", 11));
}

/* Is the toggle link a (toggle_link) one that opens a named panel
 * ("#faq-2", "#collapse1": a fragment with a name), not a bare "#", empty
 * or "javascript:" href?  In a heading, only such a link is no title: a
 * card's headline whose page a script opens (<h3><a
 * href="javascript:void(0)">…</a></h3>) is a teaser's title. */
static int named_fragment_link(const xmlNode *a)
{
    const char *href = link_href(a);
    return href && href[0] == '#' && href[1] && href[1] != ' ';
}

/* Characters of link text under n, outside the subtree `skip`, before it
 * in document order (`*seen` turns 1 on reaching skip); bounded walk. */
static size_t link_chars_before(const xmlNode *n, const xmlNode *skip, int *seen, int depth, size_t *budget)
{
    size_t sum = 0;
    for (const xmlNode *c = n->children; c && !*seen; c = c->next) {
        if (c == skip) {
            *seen = 1;
            break;
        }
        if (c->type != XML_ELEMENT_NODE || depth > PA_EXTRACT_MAX_DEPTH || (*budget)-- == 0)
            continue;
        if (name_is(c, "a") && attr_ref(c, "href") && !toggle_link(c)) {
            tstats st = {0, 0, 0, 0};
            stats(c, 1, &st, depth);
            sum += st.chars;
        } else {
            sum += link_chars_before(c, skip, seen, depth + 1, budget);
        }
    }
    return sum;
}

/* Does the link a stand on a line of its own: the only content of its
 * parent, or followed by a block element (a card's title link over its
 * summary: <a><strong>Name</strong></a><div>…</div>)? */
static int link_own_line(const xmlNode *a)
{
    const xmlNode *next = a->next;
    while (next && next->type == XML_TEXT_NODE && (!next->content || !has_visible(next->content)))
        next = next->next;
    if (next)
        return next->type == XML_ELEMENT_NODE && is_block(next);
    const xmlNode *prev = a->prev;
    while (prev && prev->type == XML_TEXT_NODE && (!prev->content || !has_visible(prev->content)))
        prev = prev->prev;
    return !prev && a->parent && is_block(a->parent);
}

/* Characters of link text in headings (h1-h6) under n before its first
 * visible character outside a link (`*plain` turns 1 there); bounded walk.
 * An in-page toggle (toggle_link) is no link, in a heading only one that
 * opens a named panel (named_fragment_link).
 * `in_heading`: n is inside a heading.  `own_line` (NULL: not asked) gets
 * the characters of the links outside headings on a line of their own
 * (link_own_line) before that point. */
static size_t link_chars_leading(const xmlNode *n, int in_heading, int *plain, int depth, size_t *budget,
                                 size_t *own_line)
{
    size_t sum = 0;
    for (const xmlNode *c = n->children; c && !*plain; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            tstats st = {0, 0, 0, 0};
            text_stats((const char *)c->content, 0, &st);
            if (st.chars)
                *plain = 1;
        } else if (c->type == XML_ELEMENT_NODE && depth <= PA_EXTRACT_MAX_DEPTH && (*budget)-- > 0) {
            if (name_is(c, "a") && attr_ref(c, "href") &&
                !(toggle_link(c) && (!in_heading || named_fragment_link(c)))) {
                tstats st = {0, 0, 0, 0};
                stats(c, 1, &st, depth);
                if (in_heading)
                    sum += st.chars;
                else if (own_line && link_own_line(c))
                    *own_line += st.chars;
            } else {
                int heading = is_heading(c);
                sum += link_chars_leading(c, in_heading || heading, plain, depth + 1, budget, own_line);
            }
        }
    }
    return sum;
}

/* Does the element n have two element siblings or more of its tag and
 * class (non-empty) among the two nearest on each side: one of a row of
 * cards? */
static int repeated_card(const xmlNode *n)
{
    const char *cls = attr_ref(n, "class");
    if (!cls || !*cls)
        return 0;
    int same = 0;
    for (int dir = 0; dir < 2; dir++) {
        int looked = 0;
        for (const xmlNode *c = dir ? n->next : n->prev; c && looked < 2; c = dir ? c->next : c->prev) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            looked++;
            const char *cc = attr_ref(c, "class");
            same += xmlStrEqual(c->name, n->name) && cc && !strcmp(cc, cls);
        }
    }
    return same >= 2;
}

/* Does the box (a card, a list item) open as a teaser: a linked heading
 * (10+ characters of link text in headings) before its first plain text,
 * or, in a box of at most 600 characters, a title link of 10+ characters
 * on a line of its own over plain text (an obituary's name over its
 * summary; only a small box: a page column may open with the story's own
 * title link)?  2,000 elements walked at most. */
static int opens_as_teaser(const xmlNode *box)
{
    int plain = 0;
    size_t budget = 2000, own_line = 0;
    if (link_chars_leading(box, 0, &plain, 0, &budget, &own_line) >= 10 && plain)
        return 1;
    size_t chars = 0, paras = 0, box_budget = 200;
    return own_line >= 10 && plain && small_box_text(box, 600, &chars, &paras, &box_budget, 0);
}

/* Is paragraph p the summary of a teaser card outside lists: inside a
 * <div>, <article> or <section> (up to four levels up) that is one of a
 * row of cards (repeated_card) and opens with a linked heading (10+
 * characters of link text in headings before its first plain text), or,
 * in a card of at most 600 characters, with a title link on a line of
 * its own (an obituary's name over its summary)? */
static int card_summary(const xmlNode *p)
{
    const xmlNode *card = p->parent;
    for (int up = 0; card && card->type == XML_ELEMENT_NODE && up < 4; card = card->parent, up++) {
        if (name_is(card, "main") || name_is(card, "body"))
            return 0;
        if ((name_is(card, "div") || name_is(card, "article") || name_is(card, "section")) && repeated_card(card))
            return opens_as_teaser(card);
    }
    return 0;
}

/* Is n a link or button that says "Reply" (and nothing else)? */
/* The printable ASCII bytes (0x21-0x7F) in the text gather_text()
 * collects under n, counted up to 6: pa_extract_clean_space keeps each of
 * them and makes no other, so node_text(n) holds as many.  -1 (unsure)
 * past 4096 bytes of text or 64 levels, where gather_text may cut. */
static int printable_ascii_under(const xmlNode *n, int depth, size_t *seen)
{
    if (depth > 64)
        return -1;
    int count = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const xmlChar *t = c->content; t && *t; t++) {
                if (++*seen > 4096)
                    return -1;
                if (*t > ' ' && *t < 0x80 && ++count > 5)
                    return 6;
            }
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            int k = printable_ascii_under(c, depth + 1, seen);
            if (k < 0)
                return -1;
            if ((count += k) > 5)
                return 6;
        }
    }
    return count;
}

static int reply_control(const xmlNode *n)
{
    if (!(name_is(n, "a") || name_is(n, "button")))
        return 0;
    size_t seen = 0;
    int marks = printable_ascii_under(n, 0, &seen);
    if (marks >= 0 && marks != 5)
        return 0; /* not the five letters of "reply": spares node_text's copies */
    char *t = node_text(n);
    int reply = t && !strcasecmp(t, "reply");
    free(t);
    return reply;
}

/* A memo of teaser_summary's answers and the walks under them
 * (comment_item's per list item or card), for one page's scoring only:
 * extract_pass opens it (teaser_memo_open) once strip() is done, and no
 * code between that and its close (just before the page's tree is freed)
 * adds, moves, changes or frees a node, so a node's answer cannot change
 * and no address can stand for another node meanwhile.  Closed, every
 * question is walked afresh.  A small open-addressed table; an answer
 * whose slots are all taken is simply not kept. */
enum { TEASER_MEMO_SLOTS = 4096, TEASER_MEMO_PROBES = 8 };
enum teaser_memo_kind { MEMO_TEASER = 1, MEMO_COMMENT_ITEM = 2 };
typedef struct {
    const xmlNode *node;
    unsigned gen; /* the opening it was kept in; teaser_memo_gen's only */
    unsigned char kind, answer;
} teaser_memo_slot;
static _Thread_local teaser_memo_slot teaser_memo[TEASER_MEMO_SLOTS];
static _Thread_local unsigned teaser_memo_gen; /* this opening, 0 before the first */
static _Thread_local int teaser_memo_on;

/* Start a memo for one page, forgetting every earlier answer. */
static void teaser_memo_open(void)
{
    if (++teaser_memo_gen == 0) { /* wrapped: stale stamps could match again */
        memset(teaser_memo, 0, sizeof teaser_memo);
        teaser_memo_gen = 1;
    }
    teaser_memo_on = 1;
}

/* End the page's memo (before its tree changes or is freed). */
static void teaser_memo_close(void)
{
    teaser_memo_on = 0;
}

/* The first slot to probe for (n, kind): the node address's high bits, mixed. */
static size_t teaser_memo_hash(const xmlNode *n, int kind)
{
    uintptr_t h = ((uintptr_t)n >> 4) * (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)((h >> 20) ^ (uintptr_t)kind) & (TEASER_MEMO_SLOTS - 1);
}

/* The kept answer for (n, kind): 0 or 1, or -1 when none (or closed). */
static int teaser_memo_get(const xmlNode *n, int kind)
{
    if (!teaser_memo_on)
        return -1;
    size_t at = teaser_memo_hash(n, kind);
    for (int k = 0; k < TEASER_MEMO_PROBES; k++) {
        const teaser_memo_slot *s = &teaser_memo[(at + (size_t)k) & (TEASER_MEMO_SLOTS - 1)];
        if (s->gen != teaser_memo_gen)
            return -1; /* a free slot ends the probe: nothing was kept past it */
        if (s->node == n && s->kind == kind)
            return s->answer;
    }
    return -1;
}

/* Keep answer (0 or 1) for (n, kind) while the memo is open; returns it. */
static int teaser_memo_put(const xmlNode *n, int kind, int answer)
{
    if (!teaser_memo_on)
        return answer;
    size_t at = teaser_memo_hash(n, kind);
    for (int k = 0; k < TEASER_MEMO_PROBES; k++) {
        teaser_memo_slot *s = &teaser_memo[(at + (size_t)k) & (TEASER_MEMO_SLOTS - 1)];
        if (s->gen != teaser_memo_gen) {
            *s = (teaser_memo_slot){n, teaser_memo_gen, (unsigned char)kind, (unsigned char)(answer != 0)};
            break;
        }
    }
    return answer;
}

/* Is paragraph p in a reader's comment: a list item itself or inside one
 * (up to six levels up), or one of a row of cards (repeated_card) that holds a
 * "Reply" link or button (reply_control; 300 elements walked)?  A thread
 * of comments whose classes say nothing ("msg", "thread"). */
static int comment_item(const xmlNode *p)
{
    const xmlNode *item = p; /* a list item may be the unit itself */
    for (int up = 0; item && item->type == XML_ELEMENT_NODE && up < 7; item = item->parent, up++) {
        if (name_is(item, "article") || name_is(item, "main") || name_is(item, "body"))
            return 0;
        if (name_is(item, "li") || ((name_is(item, "div") || name_is(item, "section")) && repeated_card(item))) {
            int kept = teaser_memo_get(item, MEMO_COMMENT_ITEM); /* (every paragraph of a comment asks) */
            if (kept >= 0)
                return kept;
            size_t budget = 300;
            return teaser_memo_put(item, MEMO_COMMENT_ITEM, holds(item, reply_control, 8, 0, &budget));
        }
    }
    return 0;
}

/* Is paragraph p the summary of a teaser: inside a list item (up to six
 * levels up) that opens with a linked headline (10+ characters of link text
 * before p), or the item itself opening with a linked heading (or, in at
 * most 600 characters, a title link on a line of its own: an obituary's
 * name over its summary), or in a card of a row of them (card_summary), or a reader's
 * comment (comment_item)?  Streams of
 * "headline + summary" items (latest news, top stories) then do not
 * outscore a short article beside them. */
static int teaser_summary_walked(const xmlNode *p);
static int teaser_summary(const xmlNode *p)
{
    int kept = teaser_memo_get(p, MEMO_TEASER); /* (score_tree and each widen() step ask again) */
    return kept >= 0 ? kept : teaser_memo_put(p, MEMO_TEASER, teaser_summary_walked(p));
}

/* teaser_summary's answer, walked afresh. */
static int teaser_summary_walked(const xmlNode *p)
{
    if (card_summary(p) || comment_item(p))
        return 1;
    if (name_is(p, "li"))
        return opens_as_teaser(p); /* the item itself */
    const xmlNode *li = p->parent;
    for (int up = 0; li && li->type == XML_ELEMENT_NODE && up < 6; li = li->parent, up++) {
        if (name_is(li, "li"))
            break;
        if (name_is(li, "article") || name_is(li, "main") || name_is(li, "body") || name_is(li, "ul") ||
            name_is(li, "ol"))
            return 0;
    }
    if (!li || !name_is(li, "li"))
        return 0;
    int seen = 0;
    size_t budget = 2000;
    return link_chars_before(li, p, &seen, 0, &budget) >= 10 && seen;
}

/* Near-tie between a short top block and a fuller one: a block of a line
 * or two whose class word ("node_body", "content") lifted it level with a
 * block holding several times its text loses to that block (not one of
 * its ancestors or descendants, which widening weighs).  Returns the
 * block to take; *score_out gets its adjusted score. */
#define PA_SHORT_TOP_CHARS 300
static xmlNode *prefer_fuller(xmlNode *top, double top_adj, xmlNode *const *alt, const double *alt_adj,
                              size_t n_alt, const cand_set *cs, double *score_out)
{
    size_t top_chars = top->_private ? cs->sc[(size_t)(uintptr_t)top->_private - 1].chars : 0;
    if (top_chars >= PA_SHORT_TOP_CHARS)
        return top;
    xmlNode *best = top;
    size_t best_chars = top_chars;
    for (size_t a = 0; a < n_alt; a++) {
        if (alt[a] == top || !alt[a]->_private || alt_adj[a] < top_adj * 0.8 || is_ancestor(alt[a], top) ||
            is_ancestor(top, alt[a]))
            continue;
        size_t chars = cs->sc[(size_t)(uintptr_t)alt[a]->_private - 1].chars;
        if (chars >= 4 * top_chars && chars > best_chars) {
            best = alt[a];
            best_chars = chars;
            *score_out = alt_adj[a];
        }
    }
    return best;
}

/* Is the table cell n a column of short lines: four or more lines parted
 * by its own <br>s (or those of an inline wrapper, a <font>, one level
 * down), under 40 visible characters a line on average (textc: its text
 * outside links)?  A layout's side cell of sections, scores and coming
 * games, not a paragraph.  Bounded: its children and theirs. */
static int short_line_cell(const xmlNode *n, size_t textc)
{
    size_t brs = 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "br"))
            brs++;
        else if (name_is(c, "font") || name_is(c, "span"))
            for (const xmlNode *g = c->children; g; g = g->next)
                brs += g->type == XML_ELEMENT_NODE && name_is(g, "br");
    }
    return brs >= 3 && textc < 40 * (brs + 1);
}

/* Score paragraph-like nodes into their ancestors. */
static void score_tree(xmlNode *n, cand_set *cs, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        size_t inline_budget = 200;
        /* a <td> with blocks in it (a heading, <p>s, a table) is a
         * container: scored as one paragraph, the story's cell would lift
         * its row (and the sidebar cell beside it) over itself */
        int para = name_is(c, "p") || name_is(c, "pre") || (name_is(c, "td") && !has_block_child(c)) ||
                   name_is(c, "blockquote") ||
                   ((name_is(c, "div") || name_is(c, "section") || name_is(c, "li")) && !has_block_child(c) &&
                    !list_under_inline(c, 0, &inline_budget));
        if (para) {
            tstats s = {0, 0, 0, 0};
            stats(c, is_link(c), &s, 0);
            size_t textc = s.chars - s.link_chars;
            /* two "©" in one block: the site's legal notice (owner,
             * licence, rights), however long, is no article text */
            /* (a side cell of short lines is no paragraph: "Riverton 7, Elmwood 3" / "Oakmont 4, Canton 2",
             * its commas would lift the row over the story's cell) */
            if (textc >= 20 && s.copyrights < 2 && !(name_is(c, "td") && short_line_cell(c, textc))) {
                double sc = 1 + (double)s.commas + (double)(textc / 100 > 3 ? 3 : textc / 100);
                if ((name_is(c, "div") || name_is(c, "section") || name_is(c, "p")) && textc >= 200)
                    sc += br_para_bonus(c, textc);
                if (teaser_summary(c))
                    sc *= 0.25;
                if (score_up(c->parent, cs, sc))
                    return;
            }
            if (name_is(c, "div") || name_is(c, "section") || name_is(c, "blockquote") || name_is(c, "td"))
                score_tree(c, cs, depth + 1);
        } else {
            /* (a <font> wrapping a table cell's story is its style: its <br>-parted text scores the cell) */
            if ((name_is(c, "div") || name_is(c, "section") || name_is(c, "td") || name_is(c, "article") ||
                 name_is(c, "font")) &&
                score_loose_text(c, cs))
                return;
            score_tree(c, cs, depth + 1);
        }
    }
}

/* ---- emitting text ---- */

typedef struct {
    char *text;
    size_t chars, link_chars;
    int heading;
    /* set by the filter: dropped, dropped as a block's label, and where the
     * paragraph starts in the output (its length before it) */
    int dropped, label, asks;
    int ad_break; /* dropped as an ad slot's label or its "Story continues below" hint (pa_line_ad_break) */
    int tool_row; /* dropped as a row of share buttons or page tools, 60 chars at most, eight tenths of it linked, no
                   * heading ("Bookmark & Share Email Print": beside_tool_line) */
    int field_label; /* a line of at most 30 characters ending in ':' ("When:"), no date label ("Updated:"), set by
                      * the filter */
    int fact_label;  /* the line opens with an event's or a notice's fact label ("WHERE: …", "Time: …"), set by the
                      * filter (fact_label_opens) */
    int page_day_label; /* a field label of the page's own day ("Last reviewed:", "Posted:"), set by the filter
                         * (page_date_label) */
    int writer; /* pa_line_writer_note() of a kept paragraph */
    int dated;  /* dated_link(): a linked headline with its date */
    int poll;   /* mark_polls(): a line of a reader poll */
    int pull;   /* mark_pull_quotes(): a sentence of the story set again as a pull quote */
    int quote_block; /* gathered in a <blockquote> or a block whose class names a quote (2: a pull quote) */
    int card_item; /* mark_card_lists(): a line of a labelled list of other stories' cards */
    int story_list; /* mark_story_lists(): an item of a list that mixes links and text */
    int doi_list;   /* mark_doi_lists(): an item of a list a third of whose items hold a DOI (a bibliography) */
    int intro;      /* list_intro(): a kept line introducing the list after it */
    const xmlNode *list; /* the <ul>/<ol> the paragraph is an item of (NULL: none) */
    const xmlNode *table; /* the innermost <table> the paragraph is a row or cell of (NULL: none) */
    int blurb;  /* a kept paragraph where the site speaks of itself: pa_meta_site_blurb(), pa_line_site_disclaimer() */
    int site_line; /* a kept paragraph that is the site's name alone: pa_meta_site_name_line(), pa_line_office_signoff() */
    int about_label; /* a kept line "About Example" (≤ 60 chars, no sentence mark): a note's label */
    int appeal;      /* dropped as the editor's appeal opener (pa_line_appeal_opener) */
    int republish_note; /* the republisher's footer ("… republished from X under a Creative Commons license") */
    int affil_sig;   /* a kept line "Jane Doe, Role, University of X" (pa_line_affiliation_byline) */
    int appeal_words; /* a kept line of 40 chars at most, or one asking for support (appeal_worded) */
    int salutation;   /* a kept line "Dear Reader," or "Dear Readers," alone (a letter's opening, appeal_tail) */
    int speech;       /* a kept line reporting speech (pa_line_reports_speech): the story's, no box's */
    int clocked;      /* a kept line opening with a clock and going on with more than a zone (chapter_entry) */
    int kept_clock;   /* a kept line that is a dotted clock alone: its minutes into the day + 1 (running_order_time) */
    int author_line; /* dropped as the page's stated author alone (writer: PA_WRITER_NAME) */
    int named_bio;   /* a PA_WRITER_BIO_WEAK line made PA_WRITER_BIO by the name alone above it ("Jane" / "Jane is …") */
    int sentence; /* a kept line outside lists that is a full_sentence() (set as its text is freed) */
    int closes;   /* a kept line outside lists of three words or more ending a sentence (set with sentence) */
    int signature; /* mark_post_signatures(): a name alone signing a live blog's post */
    int others;   /* a line of 60 characters at most naming other stories (names_other_stories; set as its text is freed) */
    int channel_call; /* a link-only line naming a messaging or social network (names_channel_network): a follow call */
    int bold;     /* a <p> or <div> among the first ones whose text is all in one <b>/<strong> (1) or <em>/<i> (2):
                   * bold_only */
    int short_lines; /* <br>-parted into three lines or more, each short and no sentence (short_lines_block) */
    int link_lines;  /* <br>-parted lines of links, a label above them allowed (link_lines_block) */
    size_t br_tail_chars; /* visible characters of the paragraph's last <br>-parted line (0: no <br>) */
    size_t br_head_ends[PA_EXTRACT_BR_HEAD]; /* visible characters up to each of its first <br>s (cumulative) */
    size_t n_br_head;                        /* how many of them */
    size_t row_cells; /* a table row's cells after its first one (emitter.n_cells): 2 and more, a row of data */
    size_t out_at;
} para;

typedef struct {
    pa_buf cur;
    size_t cur_chars, cur_link;
    int cur_heading;
    int cur_bold; /* the block being gathered is bold_only */
    int pre;
    para *paras;
    size_t n, cap;
    int last_br;
    const xmlNode *list; /* the innermost <ul>/<ol> being emitted */
    const xmlNode *table; /* the innermost <table> being emitted */
    int quoted; /* inside a <blockquote> or a block whose class names a quote (quote_block) */
    /* the lines of the paragraph being gathered that single <br>s started:
     * where each starts in cur and the visible (link) characters before it */
    size_t br_at[PA_EXTRACT_BR_LINES + 1], br_chars[PA_EXTRACT_BR_LINES + 1], br_link[PA_EXTRACT_BR_LINES + 1];
    size_t n_br;    /* lines started so far (PA_EXTRACT_BR_LINES + 1: too many to split; its start noted too) */
    size_t n_cells; /* of those, lines that a table cell started (not a <br>) */
    const pa_meta *meta; /* the page's titles, for the headline in a block of lines */
} emitter;

/* Is t made of zero-width (non-)joiners and spaces only? */
static int only_joiners(const char *t)
{
    for (const unsigned char *p = (const unsigned char *)t; *p;) {
        if (*p == ' ')
            p++;
        else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8C || p[2] == 0x8D))
            p += 3;
        else
            return 0;
    }
    return 1;
}

/* Is the block n set apart as a quote: a <blockquote>, or an element
 * whose class names one ("pullquote", "pull-quote", "quote-box")? */
static int quote_block(const xmlNode *n)
{
    const char *cls = attr_ref(n, "class");
    if (cls && strcasestr(cls, "quote") && strcasestr(cls, "pull"))
        return 2; /* named a pull quote ("pull-quote", "graf--pullquote") */
    return name_is(n, "blockquote") || (cls && strcasestr(cls, "quote"));
}

/* Is the quote block q (quote_block 1), met on a discussion page, a
 * post's quote of an earlier post: named a quote by its class (an
 * engine's box: "quote", "bbCodeBlock--quote", "ipsQuote"), carrying its
 * source (a cite= or data- attribute, a <cite> in its first two levels,
 * "wrote" or "said" in its first 120 bytes: "X wrote:"), or whose
 * first 24 bytes (all of them when shorter, 8 at least) lie in a paragraph
 * emitted before it (a bare quote of the post above)?  A bare <blockquote> quoting a manual, a law or a news story in
 * an answer is none: it is the post's text.  Reads the paragraphs so far
 * and q's text once. */
static int post_quote(const emitter *e, const xmlNode *q)
{
    const char *cls = attr_ref(q, "class");
    if (cls && strcasestr(cls, "quote"))
        return 1;
    for (const xmlAttr *a = q->properties; a; a = a->next)
        if (!strcasecmp((const char *)a->name, "cite") || !strncasecmp((const char *)a->name, "data-", 5))
            return 1;
    for (const xmlNode *c = q->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) {
            if (name_is(c, "cite"))
                return 1;
            for (const xmlNode *g = c->children; g; g = g->next)
                if (g->type == XML_ELEMENT_NODE && name_is(g, "cite"))
                    return 1;
        }
    char *t = node_text(q);
    if (!t)
        return 1; /* (out of memory: as before) */
    size_t tl = strlen(t);
    char head[121];
    size_t hl = tl < 120 ? tl : 120;
    memcpy(head, t, hl);
    head[hl] = '\0';
    int found = strcasestr(head, "wrote") || strcasestr(head, "said:");
    size_t open = tl < 24 ? tl : 24; /* (a short quote whole: "Do the seams twice.") */
    for (size_t i = 0; !found && open >= 8 && i < e->n; i++)
        found = e->paras[i].text && memmem(e->paras[i].text, strlen(e->paras[i].text), t, open) != NULL;
    free(t);
    return found;
}

static int short_text(const xmlNode *n, char *buf, size_t cap, size_t *len, int *digit, int depth);

/* The first element child of n after `after` (NULL: the first), or NULL. */
static const xmlNode *element_after(const xmlNode *n, const xmlNode *after)
{
    for (const xmlNode *c = after ? after->next : n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return c;
    return NULL;
}

/* Is c, met on a discussion page, part of a post's quote of an earlier
 * post that no quote block holds: a box of two elements, the label
 * "Quote:" alone and the quoted post (a reply whose first paragraph says
 * "Quote:" has more)
 * (vBulletin's "Quote:" and a table "Originally Posted by X …"), or the
 * header "X wrote:" (90 bytes at most) of the quote block (quote_block 1)
 * that is or opens its next sibling (phpBB 2's rows: "<tr><td>X wrote:
 * </td></tr><tr><td class=quote>…")?  Reads 16 and 96 bytes of text at
 * most. */
static int post_quote_part(const xmlNode *c)
{
    char buf[96];
    size_t len = 0;
    int any = 1; /* (short_text's digit: any text will do) */
    const xmlNode *first = element_after(c, NULL);
    const xmlNode *quoted = first ? element_after(c, first) : NULL;
    if (quoted && !element_after(c, quoted) && short_text(first, buf, 16, &len, &any, 0)) {
        while (len && (buf[len - 1] == ':' || buf[len - 1] == ' '))
            buf[--len] = '\0';
        if (!strcasecmp(buf, "quote"))
            return 1;
    }
    const xmlNode *s = c->parent ? element_after(c->parent, c) : NULL;
    const xmlNode *sf = s ? element_after(s, NULL) : NULL;
    if (!s || (quote_block(s) != 1 && !(sf && quote_block(sf) == 1)))
        return 0;
    len = 0;
    any = 1;
    return short_text(c, buf, sizeof buf, &len, &any, 0) && len >= 6 && !strcasecmp(buf + len - 6, "wrote:");
}

/* Is the block c, met on a discussion page, a post's furniture: its
 * signature, opened by a rule of 8 underscores or more before a line
 * break ("<div>__________________<br>Running a 1998 hull …</div>",
 * vBulletin's and phpBB 2's; leading <br>s skipped), or the post's title
 * "Re: " and the thread's title (the <title> or the <h1> holding it)?
 * Reads 200 bytes of text at most. */
static int post_furniture(const xmlNode *c, const pa_meta *m)
{
    const xmlNode *t = c->children;
    while (t && ((t->type == XML_TEXT_NODE && t->content && !t->content[strspn((const char *)t->content, " \t\r\n")]) ||
                 (t->type == XML_ELEMENT_NODE && name_is(t, "br"))))
        t = t->next;
    if (t && t->type == XML_TEXT_NODE && t->content) {
        const char *r = (const char *)t->content + strspn((const char *)t->content, " \t\r\n");
        size_t u = strspn(r, "_");
        if (u >= 8 && !r[u + strspn(r + u, " \t\r\n")] && t->next && t->next->type == XML_ELEMENT_NODE &&
            name_is(t->next, "br"))
            return 1;
    }
    if (!is_block(c))
        return 0;
    char buf[200];
    size_t len = 0;
    int any = 1;
    if (!short_text(c, buf, sizeof buf, &len, &any, 0) || len < 8 || strncasecmp(buf, "re: ", 4))
        return 0;
    const char *thread = m->title_h1 ? m->title_h1 : m->title_tag;
    return thread && strstr(thread, buf + 4) != NULL;
}

/* Is the text of the block n all in one <b> or <strong> (1), or all in
 * one <em> or <i> (2), alone or in a wrapper or two ("<p><b>Headline</b></p>",
 * "<p><strong><span style=…>Headline</span></strong></p>", "<p><em>Deck</em></p>"):
 * no text beside it?  0 otherwise.  Bounded: four levels down, their
 * direct children. */
static int bold_only(const xmlNode *n)
{
    int bold = 0;
    for (int level = 0; level < 4; level++) {
        const xmlNode *only = NULL;
        int mixed = 0;
        for (const xmlNode *c = n->children; c && !mixed; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content) {
                for (const xmlChar *q = c->content; *q && !mixed; q++)
                    mixed = !isspace(*q);
            } else if (c->type == XML_ELEMENT_NODE) {
                mixed = only != NULL;
                only = c;
            }
        }
        if (mixed)
            return bold; /* the text: under a <b> or not */
        if (!only)
            return 0;
        n = only;
        if (!bold)
            bold = name_is(n, "b") || name_is(n, "strong") ? 1 : name_is(n, "em") || name_is(n, "i") ? 2 : 0;
    }
    return 0;
}

/* Append the cleaned paragraph t (taken: freed on failure) with its
 * visible and linked characters; an empty one is dropped. */
static void push_para(emitter *e, char *t, size_t chars, size_t link_chars)
{
    if (t && only_joiners(t))
        *t = '\0'; /* a paragraph of zero-width joiners shows nothing */
    if (!t || !*t || e->n >= PA_EXTRACT_MAX_PARAS) {
        free(t);
        return;
    }
    if (e->n == e->cap) {
        size_t nc = e->cap ? e->cap * 2 : 64;
        para *np = realloc(e->paras, nc * sizeof *np);
        if (!np) {
            free(t);
            return;
        }
        e->paras = np;
        e->cap = nc;
    }
    e->paras[e->n].text = t;
    e->paras[e->n].chars = chars;
    e->paras[e->n].link_chars = link_chars;
    e->paras[e->n].heading = e->cur_heading;
    e->paras[e->n].bold = e->cur_bold;
    e->paras[e->n].others = 0;
    e->paras[e->n].channel_call = 0;
    e->paras[e->n].list = e->list;
    e->paras[e->n].table = e->table;
    e->paras[e->n].field_label = 0;
    e->paras[e->n].fact_label = 0;
    e->paras[e->n].page_day_label = 0;
    e->paras[e->n].quote_block = e->quoted;
    e->paras[e->n].sentence = 0;
    e->paras[e->n].short_lines = 0;
    e->paras[e->n].link_lines = 0;
    e->paras[e->n].br_tail_chars = 0;
    e->paras[e->n].n_br_head = 0;
    e->paras[e->n].row_cells = 0;
    e->paras[e->n].signature = 0;
    e->paras[e->n].tool_row = 0;
    e->n++;
}

/* Is the paragraph being gathered a head block of <br>-parted lines that
 * holds the page's headline as a line of its own ("Home > Local News" /
 * "Headline" / "By Jane Doe" / "Staff Writer" in one <font> or <td>, the
 * way table layouts set a story's head)?  At most PA_EXTRACT_BR_LINES
 * lines and PA_EXTRACT_BR_BLOCK_CHARS visible characters. */
static int headline_in_lines(const emitter *e)
{
    if (!e->meta || !e->n_br || e->n_br > PA_EXTRACT_BR_LINES || e->cur_chars > PA_EXTRACT_BR_BLOCK_CHARS ||
        !e->cur.data)
        return 0;
    for (size_t i = 0; i <= e->n_br; i++) {
        size_t from = i ? e->br_at[i - 1] : 0, to = i < e->n_br ? e->br_at[i] : e->cur.len;
        if (to - from < 20)
            continue; /* shorter than any headline is_page_headline takes */
        char *line = strndup(e->cur.data + from, to - from);
        char *t = line ? pa_extract_clean_space(line) : NULL;
        int hit = t && is_page_headline(t, e->meta);
        free(line);
        free(t);
        if (hit)
            return 1;
    }
    return 0;
}

/* Does t (a card of short lines, its lines joined) hold an event's fields
 * ("When:", "Where:", "Tickets:", "Admission:", "Cost:") or a venue's
 * ("Hours:", "Price:", "Prices:", "Reservations:")?  Then it is the
 * story's "If you go" box for its readers ("Riverfront Arts Festival" /
 * "Where: Waterfront Park" / "When: June 10-12" / "Tickets: 555-201-3000"),
 * or a review's box on the restaurant ("Address: …" / "Phone: …" /
 * "Hours: …"), not a contact card, though it gives a number. */
static int event_fields(const char *t)
{
    static const char *const fields[] = {"When: ", "Where: ", "Tickets: ", "Admission: ", "Cost: ",
                                         "Hours: ", "Price: ", "Prices: ", "Reservations: "};
    for (size_t k = 0; k < N_TOKENS(fields); k++)
        if (strstr(t, fields[k]))
            return 1;
    return 0;
}

/* Is the paragraph being gathered three to PA_EXTRACT_BR_LINES lines
 * that single <br>s part (or table cells), each of 1 to 60 visible
 * characters, none a sentence (a line closing with '.', '?' or '!' has
 * five words at most: "Example Corp, Inc."), 400 visible characters in
 * all: the shape of a name-and-number card ("Jane Doe" / "Example Corp" /
 * "+1 555-0100" / "jdoe@example.com"), an address or a list of facts? */
static int short_lines_block(const emitter *e)
{
    if (e->n_br < 2 || e->n_br > PA_EXTRACT_BR_LINES || e->n_cells || e->cur_chars > 400 || !e->cur.data)
        return 0;
    for (size_t i = 0; i <= e->n_br; i++) {
        size_t from = i ? e->br_at[i - 1] : 0, to = i < e->n_br ? e->br_at[i] : e->cur.len;
        size_t c0 = i ? e->br_chars[i - 1] : 0, c1 = i < e->n_br ? e->br_chars[i] : e->cur_chars;
        if (c1 - c0 > 60 || c1 == c0)
            return 0;
        while (to > from && isspace((unsigned char)e->cur.data[to - 1]))
            to--;
        if (to > from && strchr(".?!", e->cur.data[to - 1])) {
            size_t words = 1;
            for (size_t k = from; k < to; k++)
                words += e->cur.data[k] == ' ' && k > from && e->cur.data[k - 1] != ' ';
            if (words > 5)
                return 0;
        }
    }
    return 1;
}

/* The non-space characters of the unlinked time stamp that closes the
 * line of s (len bytes, its text as gathered) after a linked headline:
 * a relative date (pa_line_relative_date: "3h ago", "2 hours ago") with
 * the separator and brackets around it (" - 3h ago", " (2 hours ago)",
 * " · 5 min ago"); 0 when the line ends otherwise.  Reads at most the
 * last 60 bytes. */
static size_t link_line_stamp_chars(const char *s, size_t len)
{
    while (len && (isspace((unsigned char)s[len - 1]) || s[len - 1] == ')'))
        len--;
    char tail[64];
    size_t from = len > 60 ? len - 60 : 0, stamp = len;
    /* every relative date holds "ago", "yesterday" or "today" (any case): a line ending without them has none
     * (no pa_line made per word boundary) */
    int relative_word = 0;
    for (size_t j = from; j + 3 <= len && !relative_word; j++)
        relative_word = !strncasecmp(s + j, "ago", 3) || (j + 5 <= len && !strncasecmp(s + j, "today", 5)) ||
                        (j + 9 <= len && !strncasecmp(s + j, "yesterday", 9));
    if (!relative_word)
        return 0;
    /* the shortest run of whole words at the end that is a relative date */
    for (size_t at = len; at > from && stamp == len; at--) {
        if (at != len && s[at - 1] != ' ')
            continue;
        size_t k = 0;
        for (size_t j = at; j < len && k + 1 < sizeof tail; j++)
            if (!isspace((unsigned char)s[j]) || (k && tail[k - 1] != ' '))
                tail[k++] = isspace((unsigned char)s[j]) ? ' ' : s[j];
        tail[k] = '\0';
        pa_line line;
        pa_line_init(&line, tail, visible_chars((const xmlChar *)tail));
        if (k && pa_line_relative_date(&line))
            stamp = at;
    }
    if (stamp == len)
        return 0;
    /* its separator before it: spaces, '-', '|', '(', an en or em dash, a middle dot */
    for (int guard = 0; guard < 8 && stamp > 0; guard++) {
        unsigned char c = (unsigned char)s[stamp - 1];
        if (isspace(c) || c == '-' || c == '|' || c == '(')
            stamp--;
        else if (stamp >= 3 && pa_long_dash(s + stamp - 3))
            stamp -= 3;
        else if (stamp >= 2 && !memcmp(s + stamp - 2, "\xc2\xb7", 2))
            stamp -= 2;
        else
            break;
    }
    return stamp < len ? visible_in((const xmlChar *)s + stamp, len - stamp) : 0;
}

/* Is the paragraph being gathered three to PA_EXTRACT_BR_LINES + 1 lines
 * that single <br>s part (no table cells), each but the first linked (90%
 * of its visible characters at least, 120 at most), the first linked too
 * or a label of at most 40 visible characters without a link ("Other
 * stories this week:" / <link> / <link> …): a list of links to other
 * pages set as one paragraph?  A story's paragraph with a link or two has
 * unlinked text on its lines. */
static int link_lines_block(const emitter *e)
{
    /* the <br> of a "<br><br>" after the last line starts none: an empty last line is left out */
    size_t lines = e->n_br;
    if (lines && e->br_chars[lines - 1] == e->cur_chars)
        lines--;
    if (lines < 2 || lines > PA_EXTRACT_BR_LINES || e->n_cells || !e->cur.data)
        return 0;
    for (size_t i = 0; i <= lines; i++) {
        size_t c0 = i ? e->br_chars[i - 1] : 0, c1 = i < e->n_br ? e->br_chars[i] : e->cur_chars;
        size_t l0 = i ? e->br_link[i - 1] : 0, l1 = i < e->n_br ? e->br_link[i] : e->cur_link;
        size_t chars = c1 - c0, linked = l1 - l0;
        if (!chars || chars > 120)
            return 0;
        if (linked * 10 < chars * 9 && !(i == 0 && !linked && chars <= 40)) {
            /* a headline with its unlinked stamp after it: "<link> - 3h ago" */
            size_t from = i ? e->br_at[i - 1] : 0, to = i < e->n_br ? e->br_at[i] : e->cur.len;
            size_t stamp = linked ? link_line_stamp_chars(e->cur.data + from, to - from) : 0;
            if (!stamp || stamp >= chars || linked * 10 < (chars - stamp) * 9)
                return 0;
        }
    }
    return 1;
}

/* Is the paragraph being gathered a list of chapters that single <br>s
 * part, as an uploader's description sets them ("0:00 Intro" / "0:48 Cold
 * air, warm water" / …): three or more of its at most PA_EXTRACT_BR_LINES
 * + 1 lines open with a clock and a word (opens_with_clock), the first of
 * them at the recording's start ("0:00", "00:00")?  No table cells.  (A TV
 * listing's "7:00 Local News" / "7:30 …" or a timeline's "9:12 First 911
 * call" / … stays one block.) */
static int chapter_lines(const emitter *e)
{
    if (e->n_br < 2 || e->n_br > PA_EXTRACT_BR_LINES || e->n_cells || !e->cur.data)
        return 0;
    size_t clocks = 0;
    for (size_t i = 0; i <= e->n_br; i++) {
        size_t from = i ? e->br_at[i - 1] : 0;
        while (from < e->cur.len && isspace((unsigned char)e->cur.data[from]))
            from++;
        if (from >= e->cur.len || !opens_with_clock(e->cur.data + from))
            continue;
        const char *c = e->cur.data + from;
        if (!clocks++ && strncmp(c, "0:00 ", 5) && strncmp(c, "00:00 ", 6))
            return 0;
    }
    return clocks >= 3;
}

/* End the paragraph being gathered: its text cleaned and appended, or,
 * when it is a head block holding the headline (headline_in_lines) or a
 * list of chapters (chapter_lines), each of its lines as a paragraph of
 * its own, for the line filter to judge (breadcrumb, byline, date; the
 * channel's calls under the chapters) and the headline cut to find. */
static void flush_para(emitter *e)
{
    if (headline_in_lines(e) || chapter_lines(e)) {
        for (size_t i = 0; i <= e->n_br; i++) {
            size_t from = i ? e->br_at[i - 1] : 0, to = i < e->n_br ? e->br_at[i] : e->cur.len;
            size_t c0 = i ? e->br_chars[i - 1] : 0, c1 = i < e->n_br ? e->br_chars[i] : e->cur_chars;
            size_t l0 = i ? e->br_link[i - 1] : 0, l1 = i < e->n_br ? e->br_link[i] : e->cur_link;
            char *line = strndup(e->cur.data + from, to - from);
            push_para(e, line ? pa_extract_clean_space(line) : NULL, c1 - c0, l1 - l0);
            free(line);
        }
    } else {
        int short_lines = short_lines_block(e), link_lines = link_lines_block(e);
        size_t before = e->n;
        push_para(e, pa_extract_clean_space(e->cur.data ? e->cur.data : ""), e->cur_chars, e->cur_link);
        if (e->n > before) {
            e->paras[before].short_lines = short_lines;
            e->paras[before].link_lines = link_lines;
            if (!e->n_cells && e->n_br >= 1 && e->n_br <= PA_EXTRACT_BR_LINES) {
                para *q = &e->paras[before];
                q->br_tail_chars = e->cur_chars - e->br_chars[e->n_br - 1];
                for (size_t b = 0; b < e->n_br && b < PA_EXTRACT_BR_HEAD; b++)
                    q->br_head_ends[q->n_br_head++] = e->br_chars[b];
            }
            e->paras[before].row_cells = e->n_cells;
        }
    }
    pa_buf_reset(&e->cur);
    e->cur_chars = e->cur_link = 0;
    e->cur_heading = 0;
    e->cur_bold = 0;
    e->n_br = 0;
    e->n_cells = 0;
}

/* A line of the paragraph being gathered starts here (after a single
 * <br>, at a table cell after text): noted for headline_in_lines, up to
 * PA_EXTRACT_BR_LINES lines (one more marks too many). */
static void note_line_start(emitter *e)
{
    if (e->n_br <= PA_EXTRACT_BR_LINES) {
        e->br_at[e->n_br] = e->cur.len;
        e->br_chars[e->n_br] = e->cur_chars;
        e->br_link[e->n_br] = e->cur_link;
        e->n_br++;
    }
}

/* Is the <br> br the end of a bold heading that opens its paragraph
 * ("<p><b>About Example Corp</b><br>Example Corp makes …</p>", a press
 * release's boilerplate heading; "<p><strong>If you go</strong><br>…")?
 * The heading is a line of its own: at most 80 visible characters in the
 * <b>/<strong> right before br, nothing visible before it in the
 * paragraph, no link in it (a linked title stays with its text).  The
 * paragraph is a <p> or <div>, or, in a flow of text parted by "<br><br>"
 * (a page without <p>s), what follows such a pair: there a label with its
 * colon ("<b>Attachments:</b><br>…") runs on with its lines. */
static int bold_head_line(const xmlNode *br)
{
    const xmlNode *b = br->prev;
    while (b && b->type == XML_TEXT_NODE && (!b->content || !has_visible(b->content)))
        b = b->prev;
    if (!b || !(name_is(b, "b") || name_is(b, "strong")))
        return 0;
    int after_pair = 0; /* the bold line opens a paragraph after a "<br><br>" in a flow of text */
    for (const xmlNode *before = b->prev; before && !after_pair; before = before->prev) {
        if (name_is(before, "br")) {
            const xmlNode *pair = before->prev;
            while (pair && pair->type == XML_TEXT_NODE && (!pair->content || !has_visible(pair->content)))
                pair = pair->prev;
            after_pair = pair && name_is(pair, "br");
            if (!after_pair)
                return 0;
        } else if (before->type != XML_TEXT_NODE || (before->content && has_visible(before->content))) {
            return 0;
        }
    }
    if (!after_pair && (!br->parent || !(name_is(br->parent, "p") || name_is(br->parent, "div"))))
        return 0;
    size_t chars = 0, paras = 0, budget = 16, link_budget = 16;
    if (!small_box_text(b, 80, &chars, &paras, &budget, 0) || !chars || holds(b, is_link, 4, 0, &link_budget))
        return 0;
    if (after_pair) {
        /* a label with its colon runs on with its lines ("<b>Attachments:</b><br><link> …") */
        char *t = node_text(b);
        size_t tl = t ? strlen(t) : 0;
        while (tl && isspace((unsigned char)t[tl - 1]))
            tl--;
        int label = !t || (tl && (t[tl - 1] == ':' || (tl >= 3 && !memcmp(t + tl - 3, "\xef\xbc\x9a", 3))));
        free(t);
        return !label;
    }
    return 1;
}

/* The first byte of visible text under n (0 when none within 8 levels
 * and 64 elements). */
static unsigned char first_visible_byte(const xmlNode *n, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && depth < 8; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *t = c->content; *t; t++)
                if (visible_byte(*t))
                    return *t;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (*budget == 0)
                return 0;
            (*budget)--;
            unsigned char b = first_visible_byte(c, depth + 1, budget);
            if (b)
                return b;
        }
    }
    return 0;
}

/* Does the first text under n with visible bytes open with two capital
 * letters ("HEN the council", "HE ISLAND'S"), or with one and a word in
 * capitals or a number after it (the lead-in of a two-letter first word:
 * "N A WARM night" after the drop cap "O", "N 1998, THE" after "I")?
 * Bounded: 8 levels, 16 elements. */
static int opens_with_capitals(const xmlNode *n, int depth, size_t *budget)
{
    for (const xmlNode *c = n->children; c && depth < 8; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            const xmlChar *t = c->content;
            while (*t && !visible_byte(*t))
                t++;
            if (*t)
                return isupper(t[0]) && (isupper(t[1]) || (t[1] == ' ' && (isupper(t[2]) || isdigit(t[2]))));
        } else if (c->type == XML_ELEMENT_NODE) {
            if (*budget == 0)
                return 0;
            (*budget)--;
            if (first_visible_byte(c, depth + 1, budget))
                return opens_with_capitals(c, depth + 1, budget);
        }
    }
    return 0;
}

/* Is out (the paragraph so far) one capital letter alone: a drop cap? */
static int lone_capital(const pa_buf *out)
{
    size_t letters = 0;
    unsigned char cap = 0;
    for (size_t i = 0; i < out->len && letters < 2; i++)
        if (!isspace((unsigned char)out->data[i])) {
            letters++;
            cap = (unsigned char)out->data[i];
        }
    return letters == 1 && isupper(cap);
}

/* Is the inline element c glued to the element before it with no text
 * between, as the spans of a byline row are ("<span>Grace Kay</span><span>
 * Oct 2, 2021</span>", set apart by the page's style only): the output so
 * far (`out`) ends with a letter or digit and c's text opens with a
 * capital or a digit?  Then they are words apart.  (A drop cap, "<span>T
 * </span>he", "<span>W</span><b>HEN</b>" before a lead-in in capitals, and
 * a word cut by markup run on; so do superscripts.) */
static int glued_inline(const xmlNode *c, const pa_buf *out)
{
    const xmlNode *prev = c->prev;
    if (!prev || prev->type != XML_ELEMENT_NODE || !out->len || name_is(c, "sup") || name_is(c, "sub") ||
        name_is(prev, "br"))
        return 0;
    unsigned char last = (unsigned char)out->data[out->len - 1];
    if (!isalnum(last))
        return 0;
    size_t budget = 64;
    unsigned char first = first_visible_byte(c, 0, &budget);
    if (first >= 'A' && first <= 'Z' && out->len <= 16 && lone_capital(out)) {
        /* a drop cap before the lead-in in capitals ("<span>W</span><b>HEN</b> the …"): one word */
        budget = 16;
        if (opens_with_capitals(c, 0, &budget))
            return 0;
    }
    return (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
}

static void emit(emitter *e, xmlNode *n, int in_link, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!c->content)
                continue;
            const char *t = (const char *)c->content;
            size_t len = strlen(t);
            size_t ch = visible_chars(c->content);
            if (ch == 0) {
                pa_buf_putc(&e->cur, ' ');
                continue;
            }
            pa_buf_append(&e->cur, t, len);
            e->cur_chars += ch;
            if (in_link)
                e->cur_link += ch;
            e->last_br = 0;
        } else if (c->type == XML_ELEMENT_NODE) {
            if (name_is(c, "br")) {
                if (e->last_br || bold_head_line(c)) {
                    flush_para(e);
                } else {
                    pa_buf_putc(&e->cur, ' ');
                    note_line_start(e);
                }
                e->last_br = 1;
                continue;
            }
            if (e->meta && e->meta->discussion &&
                ((quote_block(c) == 1 && post_quote(e, c)) || post_quote_part(c) || post_furniture(c, e->meta))) {
                /* a post's quote of an earlier post ("X wrote:" and its text, a <blockquote> or a box named
                 * "quote"): the earlier post is the thread's text already */
                flush_para(e);
                continue;
            }
            int block = is_block(c);
            /* a table's cells and the parts of a <time> (the day and the
             * hour in spans of their own) are words apart */
            int cell = name_is(c, "td") || name_is(c, "th") || name_is(n, "time");
            if (!cell && name_is(c, "time")) {
                /* a <time> and an element beside it (the hour in a span
                 * after it) are words apart; in a sentence ("on <time>May
                 * 5</time>, the …") its text runs on as written */
                const xmlNode *prev = c->prev, *next = c->next;
                if (prev && prev->type == XML_ELEMENT_NODE)
                    pa_buf_puts(&e->cur, " ");
                emit(e, c, in_link, depth + 1);
                if (next && next->type == XML_ELEMENT_NODE)
                    pa_buf_puts(&e->cur, " ");
                continue;
            }
            if (!block && glued_inline(c, &e->cur))
                pa_buf_puts(&e->cur, " ");
            if (cell && shop_button_cell(c))
                continue; /* a comparison table's "Check price" button */
            if (cell) {
                pa_buf_puts(&e->cur, " ");
                if (e->cur_chars) {
                    note_line_start(e); /* a cell after text starts a line of its own */
                    e->n_cells++;
                }
                emit(e, c, in_link, depth + 1);
                pa_buf_puts(&e->cur, " ");
                continue;
            }
            if (block) {
                flush_para(e);
                e->last_br = 0;
                /* (among the first blocks only: a bold headline opens the text) */
                e->cur_bold = e->n < 8 && (name_is(c, "p") || name_is(c, "div")) ? bold_only(c) : 0;
            }
            int heading = c->name && (c->name[0] == 'h' || c->name[0] == 'H') && c->name[1] >= '1' &&
                          c->name[1] <= '6' && !c->name[2];
            if (heading)
                e->cur_heading = 1;
            const xmlNode *outer_list = e->list, *outer_table = e->table;
            int outer_quoted = e->quoted;
            if (name_is(c, "ul") || name_is(c, "ol"))
                e->list = c;
            if (name_is(c, "table"))
                e->table = c;
            if (block && !e->quoted)
                e->quoted = quote_block(c);
            emit(e, c, in_link || is_link(c), depth + 1);
            if (block)
                flush_para(e);
            e->list = outer_list;
            e->table = outer_table;
            e->quoted = outer_quoted;
        }
    }
}

/* A space at the end of buf unless there is one (or nothing); 0 if full. */
static int word_break(char *buf, size_t cap, size_t *len)
{
    if (!*len || buf[*len - 1] == ' ')
        return 1;
    if (*len + 1 >= cap)
        return 0;
    buf[(*len)++] = ' ';
    return 1;
}

/* The text under n copied into buf (at most cap-1 bytes, whitespace
 * collapsed); 0 when it is longer or holds no digit, so the caller can skip
 * it without allocating.  Non-ASCII bytes count as possible digits. */
static int short_text(const xmlNode *n, char *buf, size_t cap, size_t *len, int *digit, int depth)
{
    if (depth > 32)
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            for (const xmlChar *p = c->content; *p; p++) {
                int ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
                if (ws && (*len == 0 || buf[*len - 1] == ' '))
                    continue;
                if (*len + 1 >= cap)
                    return 0;
                buf[(*len)++] = ws ? ' ' : (char)*p;
                if ((*p >= '0' && *p <= '9') || *p >= 0x80)
                    *digit = 1;
            }
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            /* a block or line break separates words: "<p>Luke Kim</p><small>December…" */
            int brk = is_block(c) || name_is(c, "br");
            if ((brk && !word_break(buf, cap, len)) || !short_text(c, buf, cap, len, digit, depth + 1) ||
                (brk && !word_break(buf, cap, len)))
                return 0;
        }
    }
    if (depth == 0) {
        while (*len && buf[*len - 1] == ' ')
            (*len)--;
        buf[*len] = '\0';
        return *digit;
    }
    return 1;
}

static int has_element_child(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return 1;
    return 0;
}

/* A heading, or an element inside a list item: a teaser of another page
 * ("<li><h3>Headline <span class=date>29/12/2011</span></h3></li>"), whose
 * date is not the page's.  (a bounded walk up) */
static int teaser_part(const xmlNode *n)
{
    if (is_heading(n))
        return 1;
    int d = 0;
    for (const xmlNode *p = n; p && p->type == XML_ELEMENT_NODE && d < 64; p = p->parent, d++)
        if (name_is(p, "li") || name_is(p, "dd") || name_is(p, "dt"))
            return 1;
    return 0;
}

/* The kind of the date line t[0..tl) in the <dd> dd read with the label
 * in the <dt> before it ("<dt>Date modified:</dt><dd>2017-10-05</dd>":
 * 2, the last change), *d its date; 1 (a publication's, the kind the
 * callers read t as alone), *d untouched, when no <dt> of at most 40
 * bytes stands before it or the two read as no line of a kind. */
static int term_dated_line(const xmlNode *dd, const char *t, size_t tl, const char *hint, pa_date *d)
{
    const xmlNode *dt = dd->prev;
    for (int guard = 0; dt && dt->type != XML_ELEMENT_NODE && guard < 8; guard++)
        dt = dt->prev;
    char *label = dt && name_is(dt, "dt") ? node_text(dt) : NULL;
    size_t ll = label ? strlen(label) : 0;
    char joined[600];
    int n = ll && ll <= 40 ? snprintf(joined, sizeof joined, "%s %.*s", label, (int)tl, t) : 0;
    free(label);
    pa_date jd;
    int k = n > 0 && (size_t)n < sizeof joined ? pa_date_line_kind(joined, (size_t)n, hint, &jd) : 0;
    if (!k)
        return 1;
    *d = jd;
    return k;
}

/* First labelled publication-date line in a short leaf block, or in an
 * element holding only text (<small>December 17, 2025</small> beside the
 * author's name), anywhere under `n` (the "Post time" footer often sits
 * outside the article).  When `upd` is given, the first valid "updated"
 * line (kind 2) met on the way is noted there (*have_upd set). */
static int scan_date_lines(xmlNode *n, const char *hint, time_t not_after, int kind, pa_date *out, int depth,
                           size_t *budget, pa_date *upd, int *have_upd)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return 0;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || (*budget)-- == 0)
            continue;
        /* a leaf block, an element holding only text, or an inline one
         * (<span class="date"><i class="icon"></i> 02 Feb 2026</span>),
         * whose children are then tried one by one if it is not a date line */
        if (!has_block_child(c)) {
            char t[512];
            size_t tl = 0;
            int digit = 0;
            int is_short = short_text(c, t, sizeof t, &tl, &digit, 0) && tl, k = 0;
            if (is_short) {
                pa_date d;
                k = pa_date_line_kind(t, tl, hint, &d);
                if (k == 1 && name_is(c, "dd"))
                    k = term_dated_line(c, t, tl, hint, &d);
                if (k == kind && pa_date_valid(&d, not_after)) {
                    *out = d;
                    return 1;
                }
                if (k == 2 && upd && !*have_upd && pa_date_valid(&d, not_after)) {
                    *upd = d;
                    *have_upd = 1;
                }
            }
            /* a short block that is not a date line as a whole may hold
             * one in an inline child: <p class="dateline"><span>Ian
             * Vandaelle</span> <span>Jan 11, 2012 – 8:35 PM ET</span></p>;
             * a long block is prose, a date line of another kind ("Updated
             * <span>Feb. 27, 2025</span>") is not taken apart */
            if (!has_element_child(c) || (is_block(c) && (!is_short || k || teaser_part(c))))
                continue;
        }
        if (scan_date_lines(c, hint, not_after, kind, out, depth + 1, budget, upd, have_upd))
            return 1;
    }
    return 0;
}

/* Does tail open with the word "Copyright" and no notice's form: no
 * year, "©" nor "(c)" right after the word, and no "rights reserved" in it
 * ("Copyright protection for the 1976 recording expired in 2021, the judge
 * wrote.": a story's sentence, though it names a year)? */
static int copyright_sentence(const char *tail)
{
    if (strncasecmp(tail, "copyright ", 10))
        return 0;
    return !isdigit((unsigned char)tail[10]) && strncmp(tail + 10, "\xc2\xa9", 2) &&
           strncasecmp(tail + 10, "(c)", 3) && !strcasestr(tail, "rights reserved");
}

/* Cut the wire's rights notice run into the story's last paragraph ("…
 * final report is expected next year. Copyright 2026 The Associated
 * Press. All rights reserved. This material may not be published …", the
 * notice after a single <br> or in an <em> of the same <p>): after a
 * sentence's end and a space, "Copyright " or "©" opens a tail that
 * pa_line_rights reads as a notice naming a year or rights (not a
 * sentence about copyright law: after "Copyright " a year, "©" or "(c)"
 * comes, or the tail reserves the rights), with 40 visible characters of the story
 * before it.  Then p's text ends before the notice (the head's characters
 * counted again); otherwise p is untouched.  Reads at most 4,000 bytes. */
static void cut_glued_rights(para *p)
{
    char *t = p->text;
    if (!t || p->heading || p->chars < 60 || p->chars > 2000)
        return;
    size_t len = strlen(t);
    if (len > 4000)
        return;
    for (size_t k = 2; k + 2 < len; k++) {
        int mark = (t[k] == 'C' && !strncmp(t + k, "Copyright ", 10)) ||
                   ((unsigned char)t[k] == 0xc2 && (unsigned char)t[k + 1] == 0xa9); /* (first byte, then the call) */
        if (!mark || t[k - 1] != ' ')
            continue;
        unsigned char end = (unsigned char)t[k - 2];
        if (!strchr(".!?\"", end) && end != 0x9d && end != 0x99) /* a stop, or a closing quote (” ’) */
            continue;
        const char *tail = t + k;
        if (!strstr(tail, "20") && !strstr(tail, "19") && !strcasestr(tail, "rights"))
            continue;
        if (copyright_sentence(tail))
            continue; /* "Copyright protection for the 1976 recording expired in 2021": a sentence, no notice */
        size_t tail_chars = visible_chars((const xmlChar *)tail);
        if (tail_chars >= p->chars || p->chars - tail_chars < 40)
            return;
        pa_line notice;
        pa_line_init(&notice, tail, tail_chars);
        if (!pa_line_rights(&notice))
            continue;
        t[k - 1] = '\0';
        p->chars -= tail_chars;
        if (p->link_chars > p->chars)
            p->link_chars = p->chars;
        return;
    }
}

/* Cut the byline run into the story's first paragraph by <br>s ("By DANA
 * DOE Associated Press<br>WASHINGTON (AP) — The Senate …", "By Jane
 * Doe<br>Associated Press<br>…"): the paragraph's first <br>-parted lines
 * (PA_EXTRACT_BR_HEAD at most) while each is a byline (pa_line_byline) or
 * a byline's outlet alone (PA_WRITER_BYLINE), when 40 visible characters
 * or more follow them, and when one line only, a dateline opens what
 * follows (a first paragraph's run-in "By Land and Sea<br>The convoy …"
 * stays).  The caller asks above the story's first paragraph
 * of prose only (a run-in "By Land and Sea" lead mid-story stays).  Then
 * p's text starts after them; otherwise p is untouched.  Reads p's text
 * once per line. */
static void cut_br_head_byline(para *p)
{
    char *t = p->text;
    if (!t || p->heading || !p->n_br_head || p->chars > 3000)
        return;
    size_t len = strlen(t), at = 0, seen = 0, cut_at = 0, cut_chars = 0, lines = 0;
    for (size_t b = 0; b < p->n_br_head; b++) {
        size_t start = at, start_chars = seen;
        while (at < len && seen < p->br_head_ends[b])
            seen += visible_byte((xmlChar)t[at++]);
        while (at < len && (t[at] & 0xC0) == 0x80)
            at++; /* the last character's continuation bytes */
        if (seen != p->br_head_ends[b] || at >= len)
            break;
        while (start < at && t[start] == ' ')
            start++;
        char saved = t[at];
        t[at] = '\0';
        pa_line line;
        pa_line_init(&line, t + start, seen - start_chars);
        int byline = pa_line_byline(&line) || pa_line_writer_note(t + start, seen - start_chars) == PA_WRITER_BYLINE;
        t[at] = saved;
        if (!byline)
            break;
        cut_at = at;
        cut_chars = seen;
        lines++;
    }
    if (!cut_at || p->chars - cut_chars < 40)
        return;
    while (t[cut_at] == ' ')
        cut_at++;
    if (lines < 2) { /* one line: a dateline must follow ("By Land and Sea<br>The convoy …" is a run-in lead) */
        char opening[48];
        snprintf(opening, sizeof opening, "%s", t + cut_at);
        if (!text_opens_with_dateline(opening))
            return;
    }
    memmove(t, t + cut_at, len - cut_at + 1);
    p->chars -= cut_chars;
    p->link_chars = p->link_chars > p->chars ? p->chars : p->link_chars;
}

/* Cut the site's call set after a <br> under the story's last sentence
 * ("… Charges are pending.<br>Download the free Example 4 News app for
 * breaking news alerts."): the paragraph's last <br>-parted line is a
 * pitch (pa_line_pitch) or a rights notice, the text before it holds 40
 * visible characters or more, ends a sentence and is no pitch itself.
 * Then p's text ends before that line; otherwise p is untouched (the
 * whole paragraph is judged as before).  Reads p's text once. */
static void cut_br_tail_call(para *p)
{
    char *t = p->text;
    size_t tail_chars = p->br_tail_chars;
    if (!t || p->heading || !tail_chars || tail_chars >= p->chars || p->chars - tail_chars < 40 ||
        p->chars > 3000)
        return;
    /* where the last line starts: back over its visible characters */
    size_t k = strlen(t), seen = 0;
    while (k > 0 && seen < tail_chars) {
        k--;
        seen += visible_byte((xmlChar)t[k]);
    }
    if (seen != tail_chars || k == 0)
        return;
    size_t head_end = k;
    while (head_end > 0 && t[head_end - 1] == ' ')
        head_end--;
    if (head_end == 0 || !strchr(".!?\"", t[head_end - 1]))
        return;
    pa_line tail;
    pa_line_init(&tail, t + k, tail_chars);
    if (!pa_line_pitch(&tail) && !(pa_line_rights(&tail) && !copyright_sentence(t + k)))
        return; /* (a story's "Copyright protection … expired in 2021, the judge wrote." stays) */
    char saved = t[head_end];
    t[head_end] = '\0';
    pa_line head;
    pa_line_init(&head, t, p->chars - tail_chars);
    if (pa_line_pitch(&head)) {
        t[head_end] = saved; /* the whole paragraph is the call: left to the filter */
        return;
    }
    p->chars -= tail_chars;
    if (p->link_chars > p->chars)
        p->link_chars = p->chars;
}

/* Is t a journal citation run in after its label ("Journal reference:
 * Doe J. et al., Nature, 2019."): some text after the label's colon?
 * Reads t up to its first colon and a space after it. */
static int cited_journal(const char *t)
{
    if (strncasecmp(t, "journal reference", 17))
        return 0;
    const char *colon = strchr(t + 17, ':');
    return colon && colon[1 + strspn(colon + 1, " ")] != '\0';
}

/* Is paras[i] the word "Journal" alone (a colon allowed) over a paragraph
 * of prose (60 characters or more, ending a sentence): a story's
 * subheading ("Journal" over "The diary she kept during the war …"), not
 * the science wire's record label over the journal's name? */
static int journal_over_prose(const para *paras, size_t i, size_t n)
{
    const char *t = paras[i].text;
    if (!t || strncasecmp(t, "journal", 7) || (t[7] && strcmp(t + 7, ":")) || i + 1 >= n || !paras[i + 1].text)
        return 0;
    const char *next = paras[i + 1].text;
    size_t nl = strlen(next);
    return paras[i + 1].chars >= 60 && nl && strchr(".!?\"", next[nl - 1]);
}

/* Is the paragraph before or after paras[i] (of n) a share button's
 * label ("Facebook", "Email", "Share this:", pa_line_share)?  A share
 * bar's "X" stands among them. */
static int share_label_beside(const para *paras, size_t i, size_t n)
{
    for (int d = -1; d <= 1; d += 2) {
        if ((d < 0 && i == 0) || (d > 0 && i + 1 >= n))
            continue;
        const para *q = &paras[d < 0 ? i - 1 : i + 1];
        if (!q->text || q->chars > 60)
            continue;
        pa_line l;
        pa_line_init(&l, q->text, q->chars);
        if (pa_line_share(&l))
            return 1;
    }
    return 0;
}

/* Is t (NULL: no) one word of a post's action bar alone: "Thank",
 * "Reply", "Like", "Comment", "Save", "Follow", "Report"? */
static int action_word(const char *t)
{
    static const char *const actions[] = {"thank", "thanks", "reply", "like", "comment", "save", "follow", "report"};
    for (size_t k = 0; t && k < N_TOKENS(actions); k++)
        if (!strcasecmp(t, actions[k]))
            return 1;
    return 0;
}

/* Is paras[i] (of n) one word of a post's action bar (action_word), in a
 * run of such words that holds a share button's label (pa_line_share:
 * "Share")?  Patch's "Thank" / "Reply" / "Share" under a post; a story's
 * one-word line ("Like", a heading "Comment") stands by no share button.
 * Bounded: four lines on each side. */
static int action_bar_word(const para *paras, size_t i, size_t n)
{
    if (!action_word(paras[i].text))
        return 0;
    for (int d = -1; d <= 1; d += 2) {
        size_t j = i;
        for (int step = 0; step < 4; step++) {
            if ((d < 0 && j == 0) || (d > 0 && j + 1 >= n))
                break;
            j = d < 0 ? j - 1 : j + 1;
            const para *q = &paras[j];
            if (!q->text || q->chars > 20)
                break;
            pa_line l;
            pa_line_init(&l, q->text, q->chars);
            if (pa_line_share(&l))
                return 1;
            if (!action_word(q->text))
                break;
        }
    }
    return 0;
}

/* Is t a post's signature: "Posted by" and a name of two to four
 * capitalised words, an initial closing it allowed ("Posted by Karen
 * M."), 50 characters at most? */
static int post_signature(const char *t, size_t chars)
{
    if (chars > 50 || strncasecmp(t, "posted by ", 10))
        return 0;
    size_t words = pa_name_words(t + 10, strlen(t + 10), 1);
    return words >= 2 && words <= 4;
}

/* Is paras[i] a heading over a feed of readers' posts, each signed under
 * it ("Neighbor Posts" / "Lost cat near Elm and Broad …" / "Posted by
 * Karen M." / …): up to the next heading (40 lines at most), two
 * signatures or more (post_signature) and at most three lines for each?
 * Like the comments, the posts are the readers', not the story's. */
static int signed_posts_heading(const para *paras, size_t i, size_t n)
{
    if (!paras[i].heading)
        return 0;
    size_t lines = 0, signatures = 0;
    for (size_t j = i + 1; j < n && j < i + 41 && !paras[j].heading; j++) {
        if (!paras[j].text)
            continue;
        lines++;
        signatures += post_signature(paras[j].text, paras[j].chars);
    }
    return signatures >= 2 && lines <= signatures * 3;
}

/* Is paras[i] a live sports commentary's marker in words, the state of
 * play a post is about ("Final", "Stumps", "Tea", "Lunch", "Half-time",
 * "Full-time"): one of those words alone, not a heading, right over a
 * heading (the post's title), with a marker pa_line_play_marker knows
 * ("Set 3", "68.2 overs", "Lap 44") among the next eight lines, itself over
 * a heading?  A story's "Final" over its text has no such feed around it. */
static int play_state_marker(const para *paras, size_t i, size_t n)
{
    static const char *const states[] = {"final",     "stumps",   "tea",       "lunch",    "half-time",
                                         "halftime",  "full-time", "fulltime", "innings break", "drinks"};
    const para *p = &paras[i];
    if (!p->text || p->heading || p->link_chars || p->chars > 13 || i + 1 >= n || !paras[i + 1].heading)
        return 0;
    if (!is_phrase_nocase(p->text, strlen(p->text), states, N_TOKENS(states)))
        return 0;
    for (size_t j = i + 2; j < n && j <= i + 9; j++) {
        if (!paras[j].text || paras[j].heading || j + 1 >= n || !paras[j + 1].heading)
            continue;
        pa_line line;
        pa_line_init(&line, paras[j].text, paras[j].chars);
        if (pa_line_play_marker(&line))
            return 1;
    }
    return 0;
}

/* Is paras[i] a short label (20 characters at most, no link, no heading)
 * that the heading right after it opens with, then a colon, a full stop,
 * a dash or a space ("Step 1" over "Step 1: Mix the dry ingredients")?
 * A step's number badge says again what its heading says. */
static int label_repeated_by_heading(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (i + 1 >= n || !p->text || !p->chars || p->chars > 20 || p->heading || p->link_chars)
        return 0;
    const para *h = &paras[i + 1];
    size_t len = strlen(p->text);
    if (!h->text || !h->heading || strncmp(h->text, p->text, len))
        return 0;
    char after = h->text[len];
    return after == ':' || after == '.' || after == ' ' || after == '-' || after == ')';
}

/* Is paras[i] (line: its text) a jump's slug alone ("BUDGET", pa_line_jump_slug)
 * with the jump in right after it ("Continued from A1", pa_line_print_jump's
 * 2)?  An e-edition's text view prints the slug as the head of the story's
 * part on the inside page; a word in capitals alone elsewhere is the story's. */
static int jump_head(const para *paras, size_t i, size_t n, const pa_line *line)
{
    if (i + 1 >= n || !pa_line_jump_slug(line))
        return 0;
    const para *q = &paras[i + 1];
    if (!q->text || q->chars > 60)
        return 0;
    pa_line next;
    pa_line_init(&next, q->text, q->chars);
    return pa_line_print_jump(&next) == 2;
}

/* Is p (line: its text) a print story's jump line (pa_line_print_jump), or its page's label alone ("A3 | Local",
 * pa_line_print_jump's 3) above the story's prose (prose_told 0) and outside lists and tables?  Below the prose
 * or in a list the label's shape is the story's: "Q3 | Revenue" over the quarter's figures, "P2 | Mains" among a
 * menu's rows. */
static int print_jump_line(const para *p, const pa_line *line, int prose_told)
{
    int kind = pa_line_print_jump(line);
    return kind && (kind != 3 || (!prose_told && !p->list && !p->table));
}

/* Is paras[i] a correction or update note's label alone ("Correction", "Corrections:", "Clarification",
 * "Update", "Editor's note"; 20 characters at most, any case, a colon after it or none) with the note itself
 * the paragraph after it (pa_line_history_note: "An earlier version of this story misstated …")?  A news
 * site's correction block prints its label over the note; the label is the note's, and goes with it.
 * Reads the next paragraph only for a label. */
static int note_label(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (!p->text || p->chars > 20 || i + 1 >= n || !paras[i + 1].text)
        return 0;
    char low[24];
    size_t k = 0;
    for (const char *t = p->text; *t && k + 1 < sizeof low; t++)
        low[k++] = (char)tolower((unsigned char)*t);
    low[k] = '\0';
    while (k && (low[k - 1] == ':' || low[k - 1] == ' '))
        low[--k] = '\0';
    static const char *const labels[] = {"correction", "corrections", "clarification", "update", "editor's note",
                                         "editor\xe2\x80\x99s note", "editors' note", "editors\xe2\x80\x99 note"};
    if (!pa_phrase_is(low, k, PA_PHRASES(labels)))
        return 0;
    pa_line next;
    pa_line_init(&next, paras[i + 1].text, paras[i + 1].chars);
    return pa_line_history_note(&next);
}

/* Is the paragraph after paras[i] the story's prose: 60 characters or more, no heading, and no pitch
 * (pa_line_pitch: "Our coverage needs you. Contribute as little as $1.")?  For a box's heading: the box's
 * own lines under it are short or a pitch.  Reads the next paragraph only. */
static int story_prose_next(const para *paras, size_t i, size_t n)
{
    if (i + 1 >= n || !paras[i + 1].text || paras[i + 1].heading || paras[i + 1].chars < 60)
        return 0;
    pa_line next;
    pa_line_init(&next, paras[i + 1].text, paras[i + 1].chars);
    return !pa_line_pitch(&next);
}

static int full_sentence(const char *t);

/* Is paras[i] a heading (60 characters at most) that the paragraph
 * after it opens with, that paragraph prose with no link (80 characters
 * or more, a full sentence): "Current rating" over "Current ratings
 * depend on how the cable is installed. …"?  A section's title naming its
 * subject, though a tool's label says the same words ("Current rating"
 * over a rating widget's stars).  Not when that paragraph is the site's
 * own call (pa_line_pitch, pa_line_reader_service): "Sign up for our
 * newsletter" over "Sign up for our newsletter to get …" is its box. */
static int heading_opens_next(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (i + 1 >= n || !p->heading || !p->text || p->chars > 60 || p->link_chars)
        return 0;
    const para *q = &paras[i + 1];
    size_t len = strlen(p->text);
    if (!(q->text && !q->heading && !q->link_chars && q->chars >= 80 && len >= 4 &&
          !strncasecmp(q->text, p->text, len) && full_sentence(q->text)))
        return 0;
    pa_line next_line;
    pa_line_init(&next_line, q->text, q->chars);
    return !pa_line_pitch(&next_line) && !pa_line_reader_service(&next_line);
}

/* How many hash mark lines ("###", pa_line_release_end) stand in
 * paras[0..n) (the first 2,000)?  A release prints its end mark once;
 * marks that recur divide a text's sections (a Markdown site prints a
 * "###" written alone as it stands, as others print "* * *"). */
static size_t hash_mark_lines(const para *paras, size_t n)
{
    size_t marks = 0;
    for (size_t j = 0; j < n && j < 2000; j++) {
        const para *q = &paras[j];
        if (!q->text || q->chars > 20 || q->text[0] != '#')
            continue;
        pa_line mark;
        pa_line_init(&mark, q->text, q->chars);
        marks += pa_line_release_end(&mark);
    }
    return marks;
}

/* A short block of links only. */
static int link_only(const para *p)
{
    return p->link_chars * 10 >= p->chars * 8 && p->chars < 120;
}

/* Does the prose under paras[i] read as English: the next paragraphs'
 * text that is no heading (up to three, 600 bytes, 80 at least; no freed
 * text) in the language pa_lang_detect tells "en"?  "Von Miller Retires"
 * over an English story is a title-case line; "Von Jane Doe" over a German
 * one, on a page that declares no language, its writer's byline. */
static int english_below(const para *paras, size_t i, size_t n)
{
    char sample[640];
    size_t len = 0;
    for (size_t k = i + 1, taken = 0; k < n && taken < 3 && len < 600; k++) {
        const char *t = paras[k].text;
        if (!t || paras[k].heading)
            continue;
        len += (size_t)snprintf(sample + len, sizeof sample - len, "%s%.*s", len ? " " : "", (int)(600 - len), t);
        taken++;
    }
    /* (len stays at 601 at most: each piece is cut to 600 - len bytes, after one space) */
    /* (a character cut at 600 bytes: its first bytes go) */
    size_t last = len; /* just after the last character's first byte */
    while (last && ((unsigned char)sample[last - 1] & 0xC0) == 0x80)
        last--;
    if (last) {
        unsigned char lead = (unsigned char)sample[last - 1];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (last - 1 + need > len)
            len = last - 1;
    }
    if (len < 80)
        return 0;
    char lang[16];
    pa_lang_detect(sample, len, lang, sizeof lang);
    return !strcmp(lang, "en");
}

/* Does t open with a word for "by" that also begins English names
 * ("Von Miller", "Di Maria"): "Von Miller Retires" may be a title-case
 * line over an English story; "Por María López", "Par Jean Dupont" are
 * bylines over any story ("Par For The Course" has English words:
 * european_byline). */
static int opens_with_name_particle(const char *t)
{
    return !strncmp(t, "Von ", 4) || !strncmp(t, "VON ", 4) || !strncmp(t, "Di ", 3);
}

/* Is t a quarter's marker alone: "Q1" to "Q4", either case? */
static int quarter_line(const char *t)
{
    return t && (t[0] == 'Q' || t[0] == 'q') && t[1] >= '1' && t[1] <= '4' && !t[2];
}

/* How many of the n paragraphs are a quarter's marker alone
 * (quarter_line)?  A game's feed sets several. */
static size_t count_quarter_lines(const para *paras, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += quarter_line(paras[i].text);
    return count;
}

/* Is paras[i] the page's only quarter marker ("Q4"; quarters: how many the
 * page holds, count_quarter_lines) over a paragraph of prose opening with
 * a letter (80 characters or more, no link, no heading, a full sentence)?
 * A results story's subhead ("Q4" over "Fourth-quarter revenue rose 14
 * percent …"); a game's feed sets a marker for each quarter, or its
 * entries open with the clock ("0:48 - Ortiz pulls up …"). */
static int lone_quarter_subhead(const para *paras, size_t i, size_t n, size_t quarters)
{
    if (quarters != 1 || i + 1 >= n || !quarter_line(paras[i].text))
        return 0;
    const para *q = &paras[i + 1];
    return q->text && !q->heading && !q->link_chars && q->chars >= 80 && isalpha((unsigned char)q->text[0]) &&
           full_sentence(q->text);
}

/* Is paras[i] a heading that says the words of a box's label ("Must
 * Read", "Photo Gallery", "Read Comments", "Latest News", "Popular
 * Stories", "Most Read", "Recommended", "Go deeper", "Watch the
 * highlights") over a paragraph of the story:
 * the next paragraph prose with no link, no heading nor list item (100
 * characters or more, a full sentence, not the site's own call), and the
 * one after it there and no short block of links?  The story's subhead
 * ("Must Read" over "The librarians have drawn up a list of twenty books
 * …"); the box's label heads linked headlines or teasers, or ends the
 * page. */
static int label_words_subhead(const para *paras, size_t i, size_t n)
{
    static const char *const labels[] = {"must read", "photo gallery", "read comments", "latest news",
                                         "popular stories", "most read", "recommended",
                                         /* (a sports site's box of links, its video's label; a dive school's
                                          * section "Go deeper", a preview's "Watch the highlights" on the TV
                                          * times) */
                                         "go deeper", "watch the highlights", "watch highlights", "highlights video"};
    const para *p = &paras[i];
    if (i + 2 >= n || !p->heading || !p->text || p->link_chars || p->list ||
        !is_phrase_nocase(p->text, strlen(p->text), labels, N_TOKENS(labels)))
        return 0;
    const para *q = &paras[i + 1], *after = &paras[i + 2];
    if (!q->text || q->heading || q->list || q->link_chars || q->chars < 100 || !full_sentence(q->text) ||
        link_only(after))
        return 0;
    pa_line next_line;
    pa_line_init(&next_line, q->text, q->chars);
    return !pa_line_pitch(&next_line) && !pa_line_reader_service(&next_line);
}

/* Is paragraph i a footnote's number alone in its link (one to three digits: a newsletter's
 * "<a class="footnote-number">1</a>" before the note's paragraph, its back-link), the note's prose right
 * after it (30+ visible characters, not in links, no heading nor list item, not digits alone: a pager's
 * "1", "2", "3") and the story's prose told before it (prose_told)?  The number is printed with the note:
 * the note reads "1 The manufacturer told me …".  (Paragraph i - 1's text is freed by then: it is not read.) */
static int footnote_number(const para *paras, size_t i, size_t n, int prose_told)
{
    const para *p = &paras[i];
    if (!prose_told)
        return 0; /* (the notes follow the story: "12" in its link over its first paragraph is the comment count) */
    size_t tl = p->text ? strlen(p->text) : 0;
    if (!tl || tl > 3 || strspn(p->text, "0123456789") != tl || i + 1 >= n || p->heading)
        return 0;
    const para *next = &paras[i + 1];
    if (!next->text || next->heading || next->list || next->chars < 30 || next->link_chars * 2 >= next->chars ||
        strspn(next->text, "0123456789") == strlen(next->text))
        return 0;
    return 1;
}

/* Does prose follow paragraph i closely: one of the next four paragraphs
 * 80 visible characters or more, no heading and no link in it (a
 * newsletter post's footnotes, "1" and its note, after its "Leave a
 * comment" button; not a comment list's name and date lines)? */
static int prose_follows(const para *paras, size_t i, size_t n)
{
    for (size_t k = i + 1; k < n && k <= i + 4; k++)
        if (paras[k].chars >= 80 && !paras[k].link_chars && !paras[k].heading)
            return 1;
    return 0;
}

/* Does a paragraph of prose follow paragraph i within the next forty: 80
 * visible characters or more, no heading, no list's item, links in less
 * than half of it (a transcript's lines, their times linked to seek the
 * player)?  A podcast host's box of the episode's people ("Creators &
 * Guests") before the transcript is no end of the episode's text; after it
 * only short lines (names, roles, the pager, more episodes) follow. */
static int prose_run_after(const para *paras, size_t i, size_t n)
{
    for (size_t k = i + 1; k < n && k <= i + 40; k++)
        if (paras[k].chars >= 80 && !paras[k].heading && !paras[k].list && paras[k].link_chars * 2 < paras[k].chars)
            return 1;
    return 0;
}

/* How many bytes of t (tl bytes long) an event calendar's day or days take
 * at its start, a space after them: "Jun 3-5 ", "Sept. 9 ", "October 14-16
 * ", "Mar 30-Apr 2 " (an English month's name or its abbreviation, then one
 * or two digits, a range to another day allowed); 0 when t opens with none. */
static size_t event_days_bytes(const char *t, size_t tl)
{
    size_t i = 0;
    for (int range = 0; range < 2; range++) {
        if (i + 5 > tl)
            return 0;
        if (!pa_en_month_abbr(t + i) || !isupper((unsigned char)t[i]))
            return 0;
        size_t name_at = i;
        i += 3;
        while (i < tl && i - name_at < 9 && isalpha((unsigned char)t[i]))
            i++; /* "June", "September", "Sept" */
        if (i < tl && t[i] == '.')
            i++;
        if (i >= tl || t[i] != ' ')
            return 0;
        i++;
        for (;;) {
            size_t digits = 0;
            while (i < tl && isdigit((unsigned char)t[i]) && digits < 3) {
                i++;
                digits++;
            }
            if (!digits || digits > 2)
                return 0;
            if (i + 1 < tl && t[i] == '-' && isdigit((unsigned char)t[i + 1])) {
                i++;
                continue; /* "3-5" */
            }
            break;
        }
        if (i < tl && t[i] == ' ')
            return i + 1;
        if (i + 1 >= tl || t[i] != '-' || range)
            return 0;
        i++; /* "Mar 30-Apr 2": the range runs into the next month */
    }
    return 0;
}

/* How many bytes of t (tl bytes long) a numeric date takes at its end or at
 * its start: "…2011/12/09", "… (05/04/2013)", "… (09-05-07, 18:45)", or
 * "02/18/2020 …" or "Tue, 17 Jan 2012 19:17:58 …" (the RFC 822 stamp of a
 * feed item).  A date is 6 to 8 digits with two or more of '/', '-', '.'
 * among them, a time after it allowed (at the start, a date cell before a
 * link: 6 to 8 digits, two separators, then a space); 0 when t has none,
 * else its length, its offset in *at. */
static size_t numeric_date_bytes(const char *t, size_t tl, size_t *at)
{
    /* at the end: back over digits, separators, a time and the brackets */
    size_t k = tl, digits = 0, seps = 0;
    if (tl && (isdigit((unsigned char)t[tl - 1]) || t[tl - 1] == ')')) /* not a sentence's "… Retrieved 2012-08-18." */
        while (k && tl - k < 24 && strchr("0123456789/-.:, ()", t[k - 1])) {
            digits += isdigit((unsigned char)t[k - 1]) != 0;
            seps += t[k - 1] == '/' || t[k - 1] == '-' || t[k - 1] == '.';
            k--;
        }
    if (digits >= 6 && digits <= 12 && seps >= 2 && k < tl) {
        *at = k;
        return tl - k;
    }
    /* at the start, a word apart: "02/18/2020 Water main …" (a list's
     * date cell before its link) */
    size_t f = 0, fdigits = 0, fseps = 0;
    while (f < tl && f < 11 && strchr("0123456789/-.", t[f])) {
        fdigits += isdigit((unsigned char)t[f]) != 0;
        fseps += !isdigit((unsigned char)t[f]);
        f++;
    }
    if (fdigits >= 6 && fdigits <= 8 && fseps == 2 && f < tl && t[f] == ' ' && isdigit((unsigned char)t[0])) {
        *at = 0;
        return f;
    }
    /* at the start: "Ddd, DD Mmm YYYY HH:MM:SS " */
    if (tl > 26 && isalpha((unsigned char)t[0]) && isalpha((unsigned char)t[1]) && isalpha((unsigned char)t[2]) &&
        t[3] == ',' && t[4] == ' ' && isdigit((unsigned char)t[5]) && isdigit((unsigned char)t[6]) && t[7] == ' ' &&
        isalpha((unsigned char)t[8]) && t[11] == ' ' && isdigit((unsigned char)t[12]) &&
        isdigit((unsigned char)t[15]) && t[16] == ' ' && isdigit((unsigned char)t[17]) && t[19] == ':') {
        *at = 0;
        return 26;
    }
    return 0;
}

/* How many bytes a date in words in brackets takes at the end of t (tl
 * bytes long): "… (October 2, 2026)", a date line of its own inside the
 * brackets (pa_date_line_kind, dlang); 0 when none, else its length from
 * the opening bracket, whose offset goes to *at. */
static size_t bracketed_date_bytes(const char *t, size_t tl, const char *dlang, size_t *at)
{
    if (tl < 10 || t[tl - 1] != ')')
        return 0;
    const char *open = NULL;
    for (size_t k = tl - 1; k-- > 0 && tl - k <= 40;)
        if (t[k] == '(') {
            open = t + k;
            break;
        }
    pa_date dd;
    if (!open || pa_date_line_kind(open + 1, (size_t)(t + tl - 1 - (open + 1)), dlang, &dd) != 1)
        return 0;
    *at = (size_t)(open - t);
    return tl - *at;
}

/* Is p a linked headline with its date ("・Tourists hurt in a crash2011/12/09",
 * "Bird flu is back (01/04/2013)", "Tue, 17 Jan 2012 19:17:58 Two men
 * poisoned", "02/18/2020 Water main flushing to begin", "Garden certified
 * as pollinator habitat (October 2, 2026)"), or an events calendar's entry
 * with its days ("Jun 3-5 Example Packaging Fair Hamburg")?  Short (≤ 160 characters),
 * the date outside the link, and the rest of the line linked (70% at
 * least): a link to another story of the site.  dlang: the page's
 * language for dates in words. */
static int dated_link(const para *p, const char *dlang)
{
    if (!p->text || p->chars > 160 || !p->link_chars)
        return 0;
    size_t tl = strlen(p->text);
    size_t at = 0, d = numeric_date_bytes(p->text, tl, &at);
    if (!d)
        d = bracketed_date_bytes(p->text, tl, dlang, &at);
    if (!d && (d = event_days_bytes(p->text, tl)) != 0)
        at = 0; /* "Jun 3-5 <Example Fair> Hamburg": an events calendar's entry */
    if (!d)
        return 0;
    /* the date's characters, counted as chars counts them: no spaces */
    const char *date = p->text + at;
    size_t dc = 0;
    for (size_t i = 0; i < d; i++)
        dc += date[i] != ' ';
    return dc < p->chars && p->link_chars * 10 >= (p->chars - dc) * 7;
}

/* Is paras[i] one of a list of dated links to other stories: a dated link
 * with another one next to it?  Reads the `dated` marks set before the
 * filter (the texts of the paragraphs before it are freed by then). */
static int dated_link_list(const para *paras, size_t i, size_t n)
{
    if (!paras[i].dated)
        return 0;
    return (i > 0 && paras[i - 1].dated) || (i + 1 < n && paras[i + 1].dated);
}

/* Is p a poll's option result: a short line (≤ 60 characters) ending with
 * its share ("54%", "Prices will rise 79%", "Yes (12%)") or its votes
 * ("给力(0票)", "Yes (12 votes)")? */
static int poll_share(const para *p)
{
    if (!p->text || p->chars > 60)
        return 0;
    const char *t = p->text;
    size_t k = strlen(t);
    if (k && t[k - 1] == ')')
        k--;
    if (k >= 3 && !memcmp(t + k - 3, "\xe7\xa5\xa8", 3)) /* 票 */
        k -= 3;
    else if (k >= 6 && !strncasecmp(t + k - 6, " votes", 6))
        k -= 6;
    else if (k && t[k - 1] == '%')
        k--;
    else
        return 0;
    size_t digits = 0;
    while (k && digits < 8 && isdigit((unsigned char)t[k - 1])) {
        k--;
        digits++;
    }
    /* the number opens the line or stands after a space or a bracket */
    return digits && (!k || t[k - 1] == ' ' || t[k - 1] == '(');
}

/* Does paragraph p ask a question ("…?", "…？") in at most 150 characters:
 * the question of a poll?  (A label "Results:" may head the story's own
 * list of figures.) */
static int poll_question(const para *p)
{
    if (!p->text || p->chars > 150)
        return 0;
    size_t k = strlen(p->text);
    while (k && p->text[k - 1] == ' ')
        k--;
    if (!k)
        return 0;
    return p->text[k - 1] == '?' || (k >= 3 && !memcmp(p->text + k - 3, "\xef\xbc\x9f", 3));
}

/* Does paragraph p end with a colon, ASCII or full-width, closing ASCII
 * double quotes and spaces aside ("… helpful:", "They include:")? */
static int ends_with_colon(const para *p)
{
    size_t k = strlen(p->text);
    while (k && (p->text[k - 1] == ' ' || p->text[k - 1] == '"'))
        k--;
    return (k && p->text[k - 1] == ':') || (k >= 3 && !memcmp(p->text + k - 3, "\xef\xbc\x9a", 3));
}

/* Is the <ul>/<ol> `list` the list `outer` or nested in it (NULL either:
 * no)?  Walks at most PA_EXTRACT_MAX_DEPTH parents. */
static int list_within(const xmlNode *list, const xmlNode *outer)
{
    if (!outer)
        return 0;
    for (int depth = 0; list && depth < PA_EXTRACT_MAX_DEPTH; list = list->parent, depth++)
        if (list == outer)
            return 1;
    return 0;
}

/* Mark as `story_list` the items of the lists that mix linked items with
 * items of plain text (a checklist where a few steps link to a guide), so
 * that the link-only filter keeps the linked ones: a list of other stories
 * is all links.  A text item reads as one: 15 to 300 characters and three
 * words or more, no heading, not a date
 * line (a list of the page's facts, "Published" / "17 January 2012" /
 * "Politics | Tourism", is no story list), no linked headline with its
 * date ("09:29 Taxes on alcohol rise": a list of the latest stories).  Two
 * text items at least, a third of the list.  A run of consecutive
 * paragraphs of one <ul>/<ol> is a list; one pass over the paragraphs. */
static void mark_story_lists(para *paras, size_t n, const char *dlang)
{
    for (size_t i = 0; i < n;) {
        paras[i].story_list = 0;
        if (!paras[i].list) {
            i++;
            continue;
        }
        size_t end = i, text_items = 0;
        while (end < n && paras[end].list == paras[i].list) {
            const para *q = &paras[end];
            pa_date d;
            text_items += !link_only(q) && !q->heading && !q->dated && q->chars >= 15 && q->chars <= 300 &&
                          space_words(q->text, strlen(q->text)) >= 3 &&
                          !pa_date_line_kind(q->text, strlen(q->text), dlang, &d);
            end++;
        }
        int mixed = text_items >= 2 && text_items * 3 >= end - i;
        for (size_t k = i; k < end; k++)
            paras[k].story_list = mixed;
        i = end;
    }
}

/* Mark the items of each list of paras[0..n) a third of whose items (two
 * at least) hold a DOI (pa_line_doi): a scholarly paper's bibliography, whose
 * paragraphs go (the entries, with the paper's citations even under a
 * "References" heading, listed_source, and the "Article" / "Google Scholar"
 * links under each) but for the story's own prose among them
 * (doi_list_prose: a desk's notes on the papers it picks), while a health
 * story's short list of sources cites its journals without DOIs.  Reads
 * each item's text once. */
static void mark_doi_lists(para *paras, size_t n)
{
    pa_line line;
    for (size_t i = 0; i < n;) {
        paras[i].doi_list = 0;
        if (!paras[i].list || !paras[i].text) {
            i++;
            continue;
        }
        size_t end = i, with_doi = 0;
        while (end < n && paras[end].list == paras[i].list && paras[end].text) {
            pa_line_init(&line, paras[end].text, paras[end].chars);
            with_doi += (size_t)pa_line_doi(&line);
            end++;
        }
        int bibliography = with_doi >= 2 && with_doi * 3 >= end - i;
        for (size_t k = i; k < end; k++)
            paras[k].doi_list = bibliography;
        i = end;
    }
}

/* Is paras[i] one of a row of page tools: the paragraph after it a share
 * button's line (not a tool word's: a story's list "Digg", "MySpace",
 * "Technorati" stays), or the one before it (its text already
 * written out and freed by extract_pass) a dropped item of 40 characters
 * at most of the same list ("E-mail", "Print" around an unlinked
 * "Reprints" in an article-tools list), or a dropped row of tools (tool_row:
 * "Bookmark & Share Email Print" over a like button's "Recommend"; a
 * related story's link or an address dropped over the story's own
 * "Recommend." or "Email." is none)?  paras holds n entries. */
static int beside_tool_line(const para *paras, size_t i, size_t n)
{
    if (i && paras[i - 1].dropped && paras[i - 1].chars <= 40 && paras[i].list && paras[i - 1].list == paras[i].list)
        return 1;
    if (i && paras[i - 1].tool_row)
        return 1;
    if (i + 1 >= n || !paras[i + 1].text || paras[i + 1].chars > 40)
        return 0;
    pa_line near;
    pa_line_init(&near, paras[i + 1].text, paras[i + 1].chars);
    return pa_line_share(&near);
}

/* Is paragraph p (line its text), an item's paragraph in a list a third of
 * whose paragraphs hold a DOI (doi_list), the story's own words and not
 * the bibliography's: three words or more, seven in ten of those opening
 * with a letter in lower case (an entry is a run of names, initials and
 * the journal's abbreviations: "Vogt, L. et al. Proc. Opt. Instr. 12, 44-59
 * (2021)"), links on under half of it (no "Article" / "Google Scholar"
 * line), no web address, and when it holds a DOI a full sentence ("A team
 * in Tel Aviv tracked fruit bats … (doi:10.5555/cb.2024.0112).")?  A
 * science desk's weekly picks: each paper's title and the desk's note on it
 * over the paper's DOI.  Reads the line once. */
static int doi_list_prose(const para *p, const pa_line *line)
{
    if (p->link_chars * 2 >= p->chars || strstr(line->text, "http") || strstr(line->text, "www."))
        return 0;
    size_t lower = 0, upper = 0;
    for (size_t k = 0; k < line->len; k++) {
        unsigned char c = (unsigned char)line->text[k];
        if (k && line->text[k - 1] != ' ' && line->text[k - 1] != '(')
            continue; /* (the first letter of each word, or after its opening bracket) */
        lower += c >= 'a' && c <= 'z';
        upper += c >= 'A' && c <= 'Z';
    }
    if (lower + upper < 3 || lower * 10 < (lower + upper) * 7)
        return 0;
    return !pa_line_doi(line) || full_sentence(line->text);
}

/* Is p (line its text) the label of the story's sources: a heading
 * "References", "Sources", "Further reading", "Bibliography", "Key
 * References", also with their count before them ("4 Sources") or a colon
 * after?  Or of a podcast episode's links in its notes ("Links mentioned in
 * this episode", "Links from the show"), a heading or a short line of its own
 * (a bold paragraph), or when episode (the page names its audio, og:audio)
 * one naming no episode ("Background reading:", "Links mentioned")?  Takes a
 * kept paragraph; reads its lower form, under 64 bytes, only. */
static int sources_heading(const para *p, const pa_line *line, int episode)
{
    if (p->list || p->chars > 40 || p->link_chars)
        return 0;
    /* the story's sources under their heading ("References & Sources") */
    const char *low = pa_line_lower_under(line, 64);
    static const char *const sources[] = {
        "references", "sources", "references & sources", "references and sources", "sources & references",
        "sources and references", "sources & links", "bibliography", "further reading", "citations",
        "notes and references", "the sources", "our sources", /* a fact check's "THE SOURCES" */
        "key references", "other references", "article sources",
    };
    /* a podcast episode's notes: the links and books the episode mentions, under their label (video 41 keeps
     * its "Books mentioned in this episode:" list) */
    static const char *const mentioned[] = {
        "links mentioned in this episode", "mentioned in this episode", "links from the show", "links from this episode",
        "links from today's episode", "resources mentioned in this episode", "books mentioned in this episode",
        "mentioned on the show",
    };
    /* the labels that name no episode, on an episode's page only (its audio named, og:audio): a news podcast's
     * "Background reading:"; a story's "Background reading" box lists the paper's other stories */
    static const char *const episode_page[] = {"links mentioned", "show links", "episode links", "resources mentioned",
                                               "background reading"};
    size_t len = low ? strlen(low) : 0;
    if (len && low[len - 1] == ':')
        len--;
    int notes = len && (pa_phrase_is(low, len, PA_PHRASES(mentioned)) ||
                        (episode && pa_phrase_is(low, len, PA_PHRASES(episode_page))));
    if (!p->heading)
        return notes;
    size_t count = low ? strspn(low, "0123456789") : 0; /* "4 Sources": the list's length before it */
    if (count && count <= 3 && low[count] == ' ')
        count++;
    else
        count = 0;
    return notes || (len > count && pa_phrase_is(low + count, len - count, PA_PHRASES(sources)));
}

/* Is paragraph i an item of a list under the story's sources heading (a
 * kept heading that sources_heading named a list's intro), the heading right
 * above the list or over at most two short paragraphs before it (the site's
 * note on its sourcing policy)?  Such an item is a source the story cites
 * ("Doe J, et al. … 2024;12(3):201-209."), not a science wire's note on the
 * paper it reports (the caller still drops the items of a list of DOIs,
 * mark_doi_lists: a scholarly bibliography, as wcxb's PMC page 4055 has it).  Reads the flags the filter left on the paragraphs
 * before i (their text is freed). */
static int listed_source(const para *paras, size_t i)
{
    if (!paras[i].list)
        return 0;
    size_t first = i;
    while (first > 0 && paras[first - 1].list == paras[i].list && i - first < 400)
        first--;
    for (size_t k = first, between = 0; k > 0 && between <= 2; k--, between++) {
        const para *q = &paras[k - 1];
        if (q->heading)
            return q->intro;
        if (q->list || q->chars > 400)
            return 0;
    }
    return 0;
}

/* Does the kept line `line` (paragraph p) introduce a list of the story's
 * own: a line of prose, not in a list nor a heading, of three words or
 * more, 12 to 300 characters with links on under half of them, ending with
 * a colon ("Other apps that you may
 * find helpful:", "Here's a selection:")?  A list of other stories has its
 * label ("Related articles:", "You may also be interested in the following
 * articles:", "If you liked this post you might also like:", "Here are a
 * few more ideas:", "Other news you may have missed:", "Top stories:"), and
 * so has a table of contents ("In this article:"): not these.  A heading introduces the story's list of its sources:
 * "References", "Sources", "Further reading", "Bibliography"; and a heading or a short line of its own an episode's
 * links (sources_heading with `episode`, the page naming its audio: "Links mentioned in this episode"); any other
 * heading none. */
static int list_intro(const para *p, const pa_line *line, int episode)
{
    int sources = sources_heading(p, line, episode); /* (no list's item, 40 characters, no link: its first rejects) */
    if (p->heading || sources)
        return sources; /* a heading over the story's sources; a podcast's "Links mentioned in this episode" in bold */
    if (p->list || p->chars < 12 || p->chars > 300 || p->link_chars * 2 >= p->chars ||
        space_words(line->text, line->len) < 3 || !ends_with_colon(p))
        return 0;
    const char *low = pa_line_lower_under(line, 1280);
    if (!low)
        return 0; /* not read: no intro */
    static const char *const others[] = {
        "also",     "related", "recommend", "popular",    "more ",     " more",   "latest", "trending",
        "news",     "stories", "articles",  "posts",      "coverage",  "else",    "missed", "editor",
        "picks",    "top ",    "follow",    "newsletter", "subscribe", "sign up", "podcast", "interested",
        "enjoy",
        /* the page's table of contents: "In this article:", "Topics we will be covering:" */
        "contents", "in this article", "in this guide", "in this post", "on this page", "jump to", "skip to",
        "be covering", "will cover", "we'll cover",
        /* the page's own tools, filing and series: "Get the app:", "Filed under:", "Part of our series:" */
        "download", "the app", "our app", "share", "connect with", "find us", "available on", "sign in",
        "log in", "links", "filed", "tagged", "posted in", "categor", "series",
    };
    /* a newsletter's label of its contents: "In today's issue:", "In this edition:", "Inside today's newsletter:"
     * (a story's "The council has received three studies on this issue:" introduces its list) */
    static const char *const issue[] = {"this issue", "today's issue", "this week's issue", "this edition",
                                        "today's edition", "this newsletter", "today's newsletter", "today's briefing"};
    if ((!strncmp(low, "in ", 3) || !strncmp(low, "inside ", 7)) && pa_phrase_in(low, PA_PHRASES(issue)))
        return 0;
    return !pa_phrase_in(low, PA_PHRASES(others));
}

/* Do the len bytes at t end in a full-width stop of Chinese and Japanese
 * text: "。", "！" or "？"? */
static int ends_full_width_stop(const char *t, size_t len)
{
    if (len < 3)
        return 0;
    const char *e = t + len - 3;
    return !memcmp(e, "\xe3\x80\x82", 3) || !memcmp(e, "\xef\xbc\x81", 3) || !memcmp(e, "\xef\xbc\x9f", 3);
}

/* Does the line end a sentence ('.', '!' or '?' last, or the full-width
 * stops of Chinese and Japanese text: "。", "！", "？")? */
static int ends_in_stop(const para *p)
{
    size_t tl = p->text ? strlen(p->text) : 0;
    if (ends_full_width_stop(p->text, tl))
        return 1;
    return tl && strchr(".!?", p->text[tl - 1]);
}

/* The quote marks and the closing stop around a pull quote's sentence:
 * its text between them in [*from, *to). */
static void pull_quote_core(const char *t, size_t len, size_t *from, size_t *to)
{
    static const char *const marks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\"", "'",
                                        ".", ",", ";", "!", "?", " ", "\xE2\x80\xA6"};
    size_t a = 0, b = len;
    for (int changed = 1; changed && a < b;) {
        changed = 0;
        for (size_t k = 0; k < N_TOKENS(marks); k++) {
            size_t ml = strlen(marks[k]);
            if (k < 6 && b - a >= ml && !memcmp(t + a, marks[k], ml)) {
                a += ml; /* an opening mark: quotes only */
                changed = 1;
            }
            if (b - a >= ml && !memcmp(t + b - ml, marks[k], ml)) {
                b -= ml;
                changed = 1;
            }
        }
    }
    *from = a;
    *to = b;
}

/* Where the attribution after a pull quote's closing mark starts ("“…” —
 * Jane Doe", "“…” - Jane Doe, brewer"): the byte offset of the dash in
 * t[0..len), at most 60 bytes before its end; len when there is none. */
static size_t pull_quote_attribution(const char *t, size_t len)
{
    static const char *const dashes[] = {"\xE2\x80\x9D \xE2\x80\x94", "\xE2\x80\x9D \xE2\x80\x93", "\xE2\x80\x9D -",
                                         "\" \xE2\x80\x94", "\" -", "\xE2\x80\x9D\xE2\x80\x94"};
    size_t from = len > 64 ? len - 64 : 0;
    for (size_t at = from; at < len; at++)
        for (size_t k = 0; k < N_TOKENS(dashes); k++) {
            size_t dl = strlen(dashes[k]);
            if (len - at > dl && !memcmp(t + at, dashes[k], dl))
                return at;
        }
    return len;
}

/* Mark the pull quotes of a long read as `pull`: a line of PA_EXTRACT_PULL_MIN to 400
 * visible characters set apart as a quote (quote_block; a heading there
 * too; under 40 characters only in quote marks: a short bare line is a
 * subhead the next paragraph opens with, or a program's output), neither
 * list item nor link, whose text without its quote marks
 * and closing stop is part of a longer paragraph
 * of the story within PA_EXTRACT_PULL_WINDOW paragraphs before or after
 * it: the sentence a magazine sets large beside the story, said twice (a
 * paragraph said twice whole is left alone); an attribution after its
 * closing mark ("” — Jane Doe") and a short line naming the one quoted
 * right under it in a quote box go with it.  A window keeps the search linear
 * in the text. */
static void mark_pull_quotes(para *paras, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const para *p = &paras[i];
        paras[i].pull = 0;
        if (!p->quote_block || p->list || p->link_chars || p->chars < PA_EXTRACT_PULL_MIN || p->chars > 400 || !p->text)
            continue;
        size_t a, b;
        pull_quote_core(p->text, pull_quote_attribution(p->text, strlen(p->text)), &a, &b);
        if (b - a < PA_EXTRACT_PULL_MIN || (p->chars < 40 && a == 0 && p->quote_block != 2))
            continue; /* under 40: in quote marks only (a bare line is a subhead or a program's output), or in a
                       * block its class names a pull quote */
        if (isalpha((unsigned char)p->text[a]))
            a++; /* "The town is …" set from the story's "… and the town is …": the first letter's case aside */
        size_t lo = i > PA_EXTRACT_PULL_WINDOW ? i - PA_EXTRACT_PULL_WINDOW : 0;
        for (size_t k = lo; k < n && k <= i + PA_EXTRACT_PULL_WINDOW && !paras[i].pull; k++) {
            const para *q = &paras[k];
            if (k == i || q->heading || !q->text || q->chars < p->chars + 20)
                continue;
            paras[i].pull = memmem(q->text, strlen(q->text), p->text + a, b - a) != NULL;
        }
        /* the quoted one's name under it in the same box ("Jane Doe, brewer") */
        const para *cite = i + 1 < n ? &paras[i + 1] : NULL;
        if (paras[i].pull && cite && cite->quote_block && cite->text && !cite->heading && !cite->link_chars &&
            cite->chars <= 80 && !ends_in_stop(cite))
            paras[++i].pull = 1;
    }
}

/* Does t hold a number in words ("One", "Three", "Second"): the
 * numeral of a part or chapter ("Part One", "Chapter Three"), no name? */
static int holds_number_word(const char *t)
{
    static const char *const numbers[] = {"one",   "two",    "three", "four",   "five",    "six",    "seven",
                                          "eight", "nine",   "ten",   "eleven", "twelve",  "first",  "second",
                                          "third", "fourth", "fifth", "sixth",  "seventh", "eighth", "ninth",
                                          "tenth"};
    for (int guard = 0; *t && guard < 16; guard++) {
        while (*t == ' ')
            t++;
        size_t wl = strcspn(t, " ");
        if (is_phrase_nocase(t, wl, numbers, N_TOKENS(numbers)))
            return 1;
        t += wl;
    }
    return 0;
}

/* Is p a name alone on its line: two to four capitalised words, 40
 * characters at most, no heading, list item or table cell, no number in
 * words ("Part One" over a chapter's title is its numeral)? */
static int bare_name_para(const para *p)
{
    size_t len = strlen(p->text);
    size_t words = p->chars <= 40 && !p->heading && !p->list && !p->table ? pa_name_words(p->text, len, 1) : 0;
    return words >= 2 && words <= 4 && !holds_number_word(p->text);
}

/* Is paras[i], a bare name (bare_name_para, the caller's test), the name
 * alone under a live blog's post, over the next post's title: followed by
 * a heading, or by a short line (20 characters at most: the next post's
 * time or marker) and then a heading? */
static int post_signature_name(const para *paras, size_t i, size_t n)
{
    if (i + 1 >= n)
        return 0;
    return paras[i + 1].heading || (i + 2 < n && paras[i + 1].chars <= 20 && paras[i + 2].heading);
}

/* Is t one of the n names in signers? */
static int signer_of(const char *const *signers, size_t n, const char *t)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(signers[k], t))
            return 1;
    return 0;
}

/* Mark as `signature` the names alone that sign a live blog's posts:
 * when three lines at least sign a post over the next post's title
 * (post_signature_name), or two whose names sign a third line, no bare
 * name right after another (a list of
 * names in paragraphs is the story's), those lines and every other bare
 * name of the same text (the writer under a post without a title, or
 * under the last one).  (A subheading in bold that reads as a name has
 * the story's text under it, no heading.)  Bounded: the first 2,000
 * lines, 64 distinct signers. */
static void mark_post_signatures(para *paras, size_t n)
{
    size_t lines = n < 2000 ? n : 2000, names = 0, n_signers = 0;
    const char *signers[64];
    unsigned char bare[2000]; /* bare_name_para of each line, made once; then: a bare name of a signer */
    for (size_t i = 0; i < lines; i++)
        bare[i] = (unsigned char)bare_name_para(&paras[i]);
    for (size_t i = 0; i < lines; i++) {
        if (!bare[i])
            continue;
        if (i + 1 < lines && bare[i + 1])
            return;
        if (!post_signature_name(paras, i, lines))
            continue;
        names++;
        if (!signer_of(signers, n_signers, paras[i].text) && n_signers < sizeof signers / sizeof signers[0])
            signers[n_signers++] = paras[i].text;
    }
    if (names < 2)
        return;
    /* (two posts signed over the next title do when their names sign a third line) */
    size_t signed_lines = 0;
    for (size_t i = 0; i < lines; i++) {
        bare[i] = bare[i] && signer_of(signers, n_signers, paras[i].text);
        signed_lines += bare[i];
    }
    if (names < 3 && signed_lines < 3)
        return;
    for (size_t i = 0; i < lines; i++)
        paras[i].signature = bare[i];
}

/* Mark as `card_item` the lines of a labelled run of other stories' cards
 * inside or under the story: a short label that is no sentence ("Most
 * Popular", "You Might Also Like"), then linked headlines, each with at
 * most one unlinked line after it, two headlines at least and one such
 * line (linked headlines alone are dropped line by line).  The line under
 * a headline is its writer or section (40 characters at most, no
 * sentence): then all in one <ul>/<ol> or under a label pa_line_block_label
 * or pa_line_furniture knows; or, under a linked heading, its summary (up
 * to 300 characters): then all headlines are headings, under such a label.  A list of the story (mark_story_lists) is no
 * such run. */
static void mark_card_lists(para *paras, size_t n)
{
    for (size_t i = 0; i < n; i++)
        paras[i].card_item = 0;
    for (size_t i = 0; i + 3 < n; i++) {
        const para *label = &paras[i];
        if (!label->text || label->chars > 60 || label->list || link_only(label) || ends_in_stop(label))
            continue;
        size_t linked = 0, names = 0, summaries = 0, headed = 0, j = i + 1;
        int prev_linked = 0, one_list = paras[i + 1].list != NULL;
        for (; j < n && j <= i + 40; j++) {
            const para *q = &paras[j];
            if (!q->text || q->story_list)
                break;
            if (link_only(q)) {
                linked++;
                headed += q->heading != 0;
                prev_linked = 1 + (q->heading != 0);
            } else if (prev_linked && !q->heading && !q->link_chars && q->chars <= 40 && !ends_in_stop(q)) {
                names++;
                prev_linked = 0;
            } else if (prev_linked == 2 && !q->heading && !q->link_chars && q->chars <= 300) {
                summaries++;
                prev_linked = 0;
            } else {
                break;
            }
            one_list &= q->list == paras[i + 1].list;
        }
        if (linked < 2 || !(names + summaries) || (summaries && headed < linked))
            continue;
        if (!one_list || summaries) {
            pa_line line;
            pa_line_init(&line, label->text, label->chars);
            if (!pa_line_block_label(&line, label->heading) && !pa_line_furniture(&line))
                continue;
        }
        for (size_t k = i + 1; k < j; k++)
            paras[k].card_item = 1;
        i = j - 1;
    }
}

/* Mark a reader poll's lines as `poll`: its question (the line before), the
 * options with their shares or votes (two at least; an option's name of at
 * most 20 characters may stand alone above its share: "TAK" / "54%"), and
 * the count of voters right after it when short with a number ("Liczba
 * ankietowanych: 349").  A list of figures without a question over it is
 * the story's. */
static void mark_polls(para *paras, size_t n)
{
    static const char *const poll_labels[] = {"poll", "quick poll", "reader poll", "readers' poll", "today's poll",
                                              "poll of the day", "our poll"};
    for (size_t i = 1; i < n; i++) {
        /* the poll box's label over its question, its buttons leaving no lines: "Poll" / "Is the city
         * prepared for the monsoon?" */
        int poll_label = 0;
        for (size_t l = 0; paras[i - 1].heading && paras[i - 1].text && paras[i - 1].chars <= 20 &&
                           l < sizeof poll_labels / sizeof poll_labels[0];
             l++)
            poll_label |= !strcasecmp(paras[i - 1].text, poll_labels[l]);
        if (poll_label && poll_question(&paras[i])) {
            paras[i - 1].poll = paras[i].poll = 1;
            continue;
        }
        if (!poll_question(&paras[i - 1]))
            continue;
        size_t j = i, shares = 0;
        while (j < n && j - i < 40) {
            if (poll_share(&paras[j]))
                shares++;
            else if (!(paras[j].chars <= 20 && j + 1 < n && poll_share(&paras[j + 1])))
                break;
            j++;
        }
        if (shares < 2)
            continue;
        for (size_t k = i - 1; k < j; k++)
            paras[k].poll = 1;
        if (j < n && paras[j].text && paras[j].chars <= 60 && strpbrk(paras[j].text, "0123456789"))
            paras[j].poll = 1;
        i = j;
    }
}

/* Is paras[i] the label of a list of links after it ("Explore more on
 * these topics", "More on this story"): a short line (60 characters at
 * most) that ends no sentence, over two link-only lines at least?  At the
 * end of the text it labels the topic or teaser links that were dropped. */
static int list_label(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->chars > 60 || p->heading || i + 2 >= n || !p->text || !*p->text)
        return 0;
    return !ends_in_stop(p) && link_only(&paras[i + 1]) && link_only(&paras[i + 2]);
}

/* Does t open with an English weekday's name and a comma or a space
 * ("Saturday, May 27, 2023")? */
static int opens_with_weekday(const char *t)
{
    for (size_t i = 0; i < PA_EN_WEEKDAYS; i++) {
        size_t n = strlen(pa_en_weekdays_cap[i]);
        if (!strncmp(t, pa_en_weekdays_cap[i], n) && (t[n] == ',' || t[n] == ' '))
            return 1;
    }
    return 0;
}

/* Is paras[i] a heading that titles an entry with its date in brackets
 * ("The Glass Orchard (July 2, 2028)", "Night Ferry (November 21, 2026)":
 * a release schedule's film, an event) over the entry's paragraph of prose
 * (80+ visible characters, or 30+ ending a sentence; no heading, no list
 * item)?  A title of three characters at least stands before the date: the
 * line is no date line of the page. */
static int dated_entry_title(const para *paras, size_t i, size_t n, const char *dlang)
{
    const para *p = &paras[i];
    if (!p->heading || !p->text || p->chars > 120 || i + 1 >= n)
        return 0;
    size_t at = 0, tl = strlen(p->text);
    if (!bracketed_date_bytes(p->text, tl, dlang, &at))
        return 0;
    size_t title = 0;
    for (size_t k = 0; k < at; k++)
        title += isalnum((unsigned char)p->text[k]) || (unsigned char)p->text[k] >= 0xC0;
    const para *next = &paras[i + 1];
    return title >= 3 && !next->heading && !next->list &&
           (next->chars >= 80 || (next->chars >= 30 && ends_in_stop(next)));
}

/* Is paras[i] the linked title of a listing's entry: a heading that is all
 * one link, over a short line of no link that is no heading nor a
 * sentence nor a date line in dlang (the entry's dates and place:
 * "Pantomime: Jack and the Beanstalk" / "8 December - 1 January Northgate
 * Civic Theatre")?  Its colon makes no "Label: value" line; a linked
 * heading over prose is another story's or a section's, and one over its
 * day ("March 2, 2026") another story's teaser. */
static int entry_title(const para *paras, size_t i, size_t n, const char *dlang)
{
    const para *p = &paras[i];
    if (!p->heading || !link_only(p) || i + 1 >= n)
        return 0;
    const para *next = &paras[i + 1];
    pa_date day;
    return next->text && !next->heading && !next->link_chars && next->chars <= 100 && !ends_in_stop(next) &&
           !pa_date_line_kind(next->text, strlen(next->text), dlang, &day);
}

static int names_other_stories(const char *t);

/* Does the line t name a messaging or social network a site's channel is on, in the scripts of the
 * press pages ("Follow our WhatsApp channel for the latest news", "הצטרפו לערוץ הטלגרם שלנו",
 * "ہمارا واٹس ایپ چینل فالو کریں")?  Linked alone under the story, it is a follow call, not another
 * story's headline ("More local news" under a teaser is one). */
static int names_channel_network(const char *t)
{
    static const char *const latin[] = {"whatsapp", "telegram", "google news", "facebook", "instagram", "youtube",
                                        "twitter", "tiktok"};
    static const char *const other[] = {
        "واتساب", "واتس اب", "تلغرام", "تيليجرام", "تليجرام", "تلجرام", "فيسبوك", "فيس بوك", "يوتيوب", "انستغرام",
        "تلگرام", "واتساپ", "واتس‌اپ", "اینستاگرام", "واٹس ایپ", "واٹس اپ", "ٹیلی گرام", "فیس بک", "یوٹیوب",
        "טלגרם", "וואטסאפ", "ווטסאפ", "פייסבוק", "אינסטגרם", "יוטיוב"};
    for (size_t k = 0; k < sizeof latin / sizeof latin[0]; k++)
        if (strcasestr(t, latin[k]))
            return 1;
    for (size_t k = 0; k < sizeof other / sizeof other[0]; k++)
        if (strstr(t, other[k]))
            return 1;
    return 0;
}

/* Is paras[i] a linked heading (≤ 120 characters) over a paragraph of
 * prose (80+ visible characters, or 30+ ending a sentence; no heading, no
 * list item, less than half of it linked)? */
static int linked_heading_over_prose(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (!p->heading || !p->link_chars || p->chars > 120 || i + 1 >= n)
        return 0;
    const para *next = &paras[i + 1];
    return !next->heading && !next->list && (next->chars >= 80 || (next->chars >= 30 && ends_in_stop(next))) &&
           next->link_chars * 2 < next->chars;
}

/* Is paras[i] the title of a listicle's item, "Name: <linked title>" or a
 * title that is one link with a colon in it ("“Until Dawn: Rush of Blood”
 * ($20)"), over the item's paragraph of prose, with another linked
 * heading over prose among the 60 paragraphs around it (the list's next or
 * last item)?  Its colon makes no "Label: <link>" line ("Tags: …",
 * "Previous: <link>"): the title is one link, or the words before the
 * colon are two or more and no furniture, tool or list label ("Read more",
 * "See also", "Related stories"). */
static int listicle_item_title(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (!p->text || !linked_heading_over_prose(paras, i, n))
        return 0;
    int sibling = 0;
    for (size_t k = i > 60 ? i - 60 : 0; k < n && k <= i + 60 && !sibling; k++)
        sibling = k != i && linked_heading_over_prose(paras, k, n);
    if (!sibling)
        return 0;
    if (p->link_chars >= p->chars)
        return 1; /* the colon is inside the linked title */
    const char *colon = strchr(p->text, ':');
    size_t ll = colon ? (size_t)(colon - p->text) : 0;
    if (!ll || ll >= 80 || !memchr(p->text, ' ', ll))
        return 0;
    char label[80];
    memcpy(label, p->text, ll);
    label[ll] = '\0';
    pa_line line;
    pa_line_init(&line, label, visible_chars((const xmlChar *)label));
    return !pa_line_furniture(&line) && !pa_line_tool(&line) && !pa_line_block_label(&line, 1) &&
           !pa_line_share(&line) && !names_other_stories(label);
}

/* Is paras[i] a heading that names only a list of links under it, inside
 * the story ("Today In: Business", "More on this" over three linked
 * headlines, "More must-read coverage from Example:"): a heading, or a
 * line ending in a colon, of 80 characters at most, not ending a sentence,
 * over two items or more of one list (<ul>/<ol>) that are all link-only
 * and not a list the story holds (story_list), the list ending the text or
 * followed by a line that is not of it?  The links are dropped; their
 * heading heads nothing. */
static int heading_over_links(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->chars > 80 || p->list || !p->text || !*p->text || i + 2 >= n)
        return 0;
    char last = p->text[strlen(p->text) - 1];
    if (last == '.' || last == '!' || last == '?' || (!p->heading && last != ':'))
        return 0; /* a heading, or a label ending in a colon (the caller asks list_intro whether it
                   * introduces the story's own list) */
    const para *first = &paras[i + 1];
    if (!first->list)
        return 0;
    size_t items = 0;
    for (size_t k = i + 1; k < n && k < i + 40 && paras[k].list == first->list; k++) {
        if (!link_only(&paras[k]) || paras[k].story_list)
            return 0;
        items++;
    }
    return items >= 2;
}

/* Does heading hold half the words of title or more (words of three
 * ASCII letters or digits or more, at most 24 of them, compared without
 * case): a headline the title field words a little otherwise ("More
 * details over seized assets" under "More details over seized assets -
 * Latest News")?  NULL title: no. */
static int holds_title_words(const char *title, const char *heading)
{
    size_t words = 0, found = 0;
    for (const char *w = title; w && *w && words < 24;) {
        while (*w && !isalnum((unsigned char)*w))
            w++;
        size_t n = 0;
        while (isalnum((unsigned char)w[n]))
            n++;
        if (n >= 3 && n < 32) {
            char word[32];
            memcpy(word, w, n);
            word[n] = '\0';
            words++;
            found += strcasestr(heading, word) != NULL;
        }
        w += n;
    }
    return words && found * 2 >= words;
}

/* Is the link-only paragraph p the title of the prose paragraph after it
 * (a roundup's "<p><a>Acme acquires Widgets</a></p>" over the item's text)?
 * The next paragraph is long prose (200+ characters, few links) and uses
 * most of the link's words of four letters or more (two at least).  A
 * related-story link names another story: its words seldom recur so. */
static int titles_next(const para *p, const para *next)
{
    if (next->chars < 200 || next->link_chars * 5 >= next->chars)
        return 0;
    int words = 0, found = 0;
    const char *t = p->text;
    for (size_t i = 0; t[i] && i < 400;) {
        while (t[i] && !isalnum((unsigned char)t[i]) && (unsigned char)t[i] < 0x80)
            i++;
        size_t start = i;
        while (t[i] && (isalnum((unsigned char)t[i]) || (unsigned char)t[i] >= 0x80))
            i++;
        size_t len = i - start;
        if (len < 4 || len >= 64)
            continue;
        char w[64];
        memcpy(w, t + start, len);
        w[len] = '\0';
        words++;
        found += strcasestr(next->text, w) != NULL;
    }
    return words >= 2 && found * 3 >= words * 2;
}

/* Does the text t end a sentence of min_words words or more
 * (pa_ends_sentence)? */
static int ends_sentence(const char *t, size_t min_words)
{
    return pa_ends_sentence(t, strlen(t), min_words);
}

/* Does the text t read as a Chinese or Japanese sentence of prose: twenty
 * characters or more (about ten words: the words are not spaced) ending in
 * a full-width stop "。", "！" or "？", closing brackets and quotes after it
 * (」 』 ） ”)? */
static int cjk_full_sentence(const char *t)
{
    size_t len = strlen(t);
    static const char *const closing[] = {"\xe3\x80\x8d", "\xe3\x80\x8f", "\xef\xbc\x89", "\xe2\x80\x9d"};
    for (int guard = 0; guard < 4 && len >= 3; guard++) {
        size_t k = 0;
        while (k < N_TOKENS(closing) && memcmp(t + len - 3, closing[k], 3))
            k++;
        if (k == N_TOKENS(closing))
            break;
        len -= 3;
    }
    if (!ends_full_width_stop(t, len))
        return 0;
    size_t chars = 0;
    for (size_t i = 0; i < len && chars < 20; i++)
        chars += ((unsigned char)t[i] & 0xC0) != 0x80;
    return chars >= 20;
}

/* Does the text t read as a sentence of prose: ten words or more ending
 * in a full stop, "!" or "?" (closing quotes and brackets after it), or a
 * Chinese or Japanese one (cjk_full_sentence)? */
static int full_sentence(const char *t)
{
    return ends_sentence(t, 10) || cjk_full_sentence(t);
}

/* A sentence that is all one link, between two paragraphs of prose ("<p><a
 * href=…>The minister said the law would help.</a></p>" in a story): it reads
 * as the story's own, for its full stop, its ten words or more and the prose
 * on both sides; a list of related headlines has none of the three. */
static int linked_sentence(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->chars < 60 || i == 0 || i + 1 >= n)
        return 0;
    for (int k = -1; k <= 1; k += 2) {
        const para *q = &paras[(size_t)((long)i + k)];
        if (q->chars < 80 || q->link_chars * 4 >= q->chars)
            return 0;
    }
    return full_sentence(p->text);
}

/* Is t a telephone number or an e-mail address alone: only digits and
 * the marks of a number ("214-555-0176", "+1 (555) 010-0199"), or one
 * word holding an '@' ("ir@example.com")?  At most 40 characters. */
static int bare_number_or_address(const char *t)
{
    size_t len = strlen(t);
    if (!len || len > 40)
        return 0;
    if (strspn(t, "0123456789 -.()+/") == len)
        return 1;
    return !strpbrk(t, " \t") && strchr(t, '@') != NULL;
}

/* Is paras[i] the short label of a contact block with no word of contact
 * in it ("Investor Relations", "Jane Doe", "Media") right over a line
 * that is a telephone number or an e-mail address alone
 * (bare_number_or_address, held by pa_line_contact_card): 1 to 40
 * characters, no link, no heading, no table row, no <br>-parted card, no
 * sentence mark or colon at its end?  The caller asks it after the story
 * only: a story's text never sets a bare number on a line of its own
 * under a name. */
static int label_over_contact_line(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (i + 1 >= n || !p->text || !p->chars || p->chars > 40 || p->heading || p->link_chars || p->row_cells >= 2 ||
        p->short_lines || strchr(".?!:;", p->text[strlen(p->text) - 1]))
        return 0;
    const para *next = &paras[i + 1];
    if (!next->text || next->heading || !bare_number_or_address(next->text))
        return 0;
    pa_line line;
    pa_line_init(&line, next->text, next->chars);
    return pa_line_contact_card(&line);
}

/* Is p the page numbers a story's pager leaves when its words went with
 * their links ("1 2", "1 2 3" with the other pages' numbers linked): the
 * numbers 1 to k (2 ≤ k ≤ 12) alone on the line, some of them in a link?
 * A line of numbers without links (a score, "1 2 3" in a story) stays. */
static int linked_page_numbers(const para *p)
{
    if (!p->text || !p->link_chars || p->chars > 40 || p->heading)
        return 0;
    int numbers = 0;
    for (const char *c = p->text; *c;) {
        c += strspn(c, " ");
        size_t d = strspn(c, "0123456789");
        if (!*c)
            break;
        if (!d || d > 2 || (c[d] && c[d] != ' '))
            return 0;
        int value = 0;
        for (size_t k = 0; k < d; k++)
            value = value * 10 + (c[k] - '0');
        if (value != ++numbers)
            return 0;
        c += d;
    }
    return numbers >= 2 && numbers <= 12;
}

/* Is paras[i], a counter after its number ("3,089 hits", "14,312 views",
 * pa_line_number_counter), an item of a story's list of figures: another
 * item of its list, among the six before or after it, a number and a
 * noun in lower case ("509 stolen bases", "1,204 shares") that is no
 * counter, comment count or share button of its own?  A post's meta list
 * ("1234 reads" / "Add new comment") holds none.  Reads at most twelve
 * short items. */
static int figure_list_counter(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    size_t from = i > 6 ? i - 6 : 0, to = i + 7 < n ? i + 7 : n;
    for (size_t j = from; j < to; j++) {
        const para *q = &paras[j];
        if (j == i || q->list != p->list || !q->text || q->chars > 60 || !isdigit((unsigned char)q->text[0]))
            continue;
        size_t d = strspn(q->text, "0123456789,.");
        if (q->text[d] != ' ' || !islower((unsigned char)q->text[d + 1]))
            continue;
        pa_line item;
        pa_line_init(&item, q->text, q->chars);
        if (!pa_line_post_meta(&item) && !pa_line_comment_heading(&item) && !pa_line_share(&item) &&
            !pa_line_like_widget(&item))
            return 1;
    }
    return 0;
}

/* Is p a news magazine's pointer to its other pages, set between or
 * after a story's paragraphs ("See pictures of the Christmas tree
 * harvest.", "See the Top 10 Everything of 2010."): "See " opening a line
 * of at most 100 characters, no heading or list item, ended by a full
 * stop, half of it or more inside a link, and what it shows a gallery, a
 * video or a list ("pictures", "photos", "video", "the Top 10", "more")?
 * A sentence that sends the reader to the story's own chart ("See the
 * chart below.") holds no link; one that links the story's source ("See
 * the council's report on the budget.") names no gallery or list. */
static int see_pointer_line(const para *p)
{
    if (!p->text || p->chars > 100 || p->heading || p->list || !p->link_chars || strncmp(p->text, "See ", 4))
        return 0;
    size_t tl = strlen(p->text);
    if (tl <= 8 || p->text[tl - 1] != '.' || p->link_chars * 2 < p->chars)
        return 0;
    static const char *const shown[] = {"pictures ", "photos ", "photographs ", "images ", "video ", "videos ",
                                        "gallery ", "slideshow ", "footage ", "top ", "best ", "worst ", "more "};
    const char *w = p->text + 4;
    if (!strncasecmp(w, "the ", 4) || !strncasecmp(w, "our ", 4))
        w += 4;
    else if (!strncasecmp(w, "a ", 2))
        w += 2;
    for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++)
        if (!strncasecmp(w, shown[k], strlen(shown[k])))
            return 1;
    return 0;
}

/* Is paras[i] a label in capitals over one linked headline inside the
 * story ("ANALYSIS", "WATCH", "RELATED" over a box's link to another
 * story): one or two words of 3 to 24 characters, every letter a
 * capital, no digit, no link, the next line all link (20+ characters)
 * and what follows it the story again (a kept line that is not all link)
 * or its end?  A label over a list of links is another rule's. */
static int caps_label_over_link(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->link_chars || p->list || p->chars < 3 || p->chars > 24 || !p->text || i + 1 >= n)
        return 0;
    int letters = 0, spaces = 0;
    for (const char *c = p->text; *c; c++) {
        unsigned char ch = (unsigned char)*c;
        if (ch == ' ')
            spaces++;
        else if (isupper(ch))
            letters++;
        else if (islower(ch) || isdigit(ch) || ch >= 0x80 || !strchr(":-&'", ch))
            return 0;
    }
    const para *q = &paras[i + 1];
    if (letters < 3 || spaces > 1 || q->list || q->chars < 20 || !link_only(q))
        return 0;
    return i + 2 >= n || !link_only(&paras[i + 2]);
}

/* Is t (chars visible characters) the source line of a video page's
 * clip naming the site itself: "Source: Example News", "Video source:
 * Example News" (the label, then one of the site's names alone)?  A source
 * naming another outlet or a study ("Source: U.S. Census Bureau") is the
 * story's or another credit's business. */
static int source_names_site(const pa_site_names *site, const char *t, size_t chars)
{
    static const char *const labels[] = {"source:", "video source:", "video credit:", "credit:"};
    if (chars > 80)
        return 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t ll = strlen(labels[i]);
        if (strncasecmp(t, labels[i], ll))
            continue;
        const char *rest = t + ll + strspn(t + ll, " ");
        size_t rl = strlen(rest);
        return rl && rl < chars && pa_meta_site_name_line(site, rest, chars - (size_t)(rest - t));
    }
    return 0;
}

/* Is t (chars visible characters) a trade site's credit to the company a
 * story or a roundup's item came from: "Source: Example Packaging" under
 * the text, the label and a name alone (one to six words, a capital or a
 * digit opening the first, no sentence's mark but a closing "."), the name
 * written in the kept text above it (told, told_len: "Example Packaging has
 * started …")?  A name the text never wrote ("Source: U.S. Census Bureau"
 * under a chart) is left to the other credit rules, and so is a name the text
 * only cites ("according to data from the Commerce Department"). */
static int source_names_subject(const char *t, size_t chars, const char *told, size_t told_len)
{
    int bracket = t[0] == '(';
    t += bracket; /* "(Source: Example Feeds)" */
    if (chars > 80 || chars < 11 || (t[0] != 'S' && t[0] != 's') || !told || strncasecmp(t, "source:", 7))
        return 0;
    const char *name = t + 7 + strspn(t + 7, " ");
    size_t n = strlen(name);
    if (bracket && (!n || name[--n] != ')'))
        return 0;
    while (n && (name[n - 1] == '.' || name[n - 1] == ' '))
        n--;
    if (n < 3 || n > 70 || !(isupper((unsigned char)name[0]) || isdigit((unsigned char)name[0])) ||
        memchr(name, '"', n) || memchr(name, ':', n) || memchr(name, '?', n) || memchr(name, '!', n))
        return 0;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '.' && i + 2 < n && name[i + 1] == ' ' && islower((unsigned char)name[i + 2]))
            return 0; /* a sentence's end inside: "Source: Example. the rest …" */
        words += name[i] == ' ';
    }
    if (words > 6 || told_len < n)
        return 0;
    /* the name in the text above, as a word run of its own */
    for (const char *at = told; (at = memmem(at, told_len - (size_t)(at - told), name, n)) != NULL; at++) {
        unsigned char before = at > told ? (unsigned char)at[-1] : ' ';
        unsigned char after = (size_t)(at - told) + n < told_len ? (unsigned char)at[n] : ' ';
        size_t off = (size_t)(at - told);
        /* not a cited body: "according to data from the Commerce Department" / "Source: Commerce Department",
         * the story's data source under its figures, which stays */
        int cited = (off >= 4 && !strncasecmp(at - 4, "the ", 4)) || (off >= 5 && !strncasecmp(at - 5, "from ", 5)) ||
                    (off >= 13 && !strncasecmp(at - 13, "according to ", 13));
        if (!isalnum(before) && !isalnum(after) && !cited)
            return 1;
        if ((size_t)(at - told) + n >= told_len)
            break;
    }
    return 0;
}

/* Does the sentence t open with the site's name as its subject: its
 * opening run of capitalised words (up to 80 bytes; "The" too) is one of
 * the site's names ("Harbourline Developments has released …"; not "An
 * Example Gazette investigation has found …", nor "… told the Gazette")? */
static int opens_with_site(const pa_site_names *site, const char *t)
{
    size_t run = 0;
    while (run < 80 && t[run] && (isupper((unsigned char)t[run]) || isdigit((unsigned char)t[run]))) {
        size_t word = strcspn(t + run, " ,");
        if (run + word > 80)
            break;
        run += word;
        if (t[run] != ' ' || !(isupper((unsigned char)t[run + 1]) || isdigit((unsigned char)t[run + 1])))
            break;
        run++;
    }
    char name[81];
    memcpy(name, t, run);
    name[run] = '\0';
    return run && pa_meta_site_name_line(site, name, run);
}

/* Is t two years alone, the first before the second, between a dash, an
 * en or em dash or a tilde ("1929 ~ 2026", "1958 - 2026", "1941–2026"):
 * the years of a life under an obituary's or a biography's name? */
static int life_years(const char *t)
{
    static const char *const marks[] = {"-", "~", "\xe2\x80\x93", "\xe2\x80\x94"}; /* - ~ en and em dash */
    const char *s = t + strspn(t, " ");
    if (strspn(s, "0123456789") != 4)
        return 0;
    int from = atoi(s);
    s += 4;
    s += strspn(s, " ");
    size_t m = 0;
    while (m < sizeof marks / sizeof marks[0] && strncmp(s, marks[m], strlen(marks[m])))
        m++;
    if (m == sizeof marks / sizeof marks[0])
        return 0;
    s += strlen(marks[m]);
    s += strspn(s, " ");
    if (strspn(s, "0123456789") != 4)
        return 0;
    int to = atoi(s);
    s += 4;
    return !s[strspn(s, " ")] && from >= 1800 && from < to && to <= 2200;
}

/* Is paras[i], a guest book's heading ("Condolences", "Guest Book"), over
 * no signed entry: none of the three paragraphs after it is a line of at
 * most 120 characters holding a year, no sentence ("Yolanda Baca, Las
 * Cruces - July 8, 2026", an entry's writer and day)?  Then it heads a story's section
 * ("Condolences" / "Leaders across the region sent their sympathy …",
 * "Guest book" / "Visitors can sign a guest book …"), no guest book. */
static int tributes_section(const para *paras, size_t i, size_t n)
{
    for (size_t j = i + 1; j < n && j <= i + 3; j++) {
        const char *t = paras[j].text;
        if (!t || paras[j].chars > 120 || ends_in_stop(&paras[j]))
            continue;
        for (size_t k = 0; t[k] && t[k + 1] && t[k + 2] && t[k + 3]; k++)
            if ((!k || !isdigit((unsigned char)t[k - 1])) && ((t[k] == '1' && t[k + 1] == '9') ||
                                                             (t[k] == '2' && t[k + 1] == '0')) &&
                isdigit((unsigned char)t[k + 2]) && isdigit((unsigned char)t[k + 3]) && !isdigit((unsigned char)t[k + 4]))
                return 0;
    }
    return 1;
}

/* Is t the heading "Comments" alone (a colon may close it), with no
 * count and no call ("Comments (3)", "Leave a comment")?  Over a brief it
 * may head the story's own section ("Comments" / "The public may submit
 * comments until June 1 …"). */
static int bare_comments_heading(const char *t)
{
    return !strcasecmp(t, "Comments") || !strcasecmp(t, "Comments:");
}

/* Is paras[i] the deck repeating the page's description (desc: its
 * og:description or meta description) between the headline and the
 * byline: a line of 40 (a point of a list, or the description whole: 25; a heading only as the
 * description whole) to 400 characters that
 * the description opens (a description cut short with "..." or "…": that
 * cut opens the line) or that opens the description, followed by the
 * byline ("By Jane Doe") with
 * at most two date lines around it (and two furniture lines at most
 * passed over, pa_line_furniture: a review's star rating).  The deck may be a list of points
 * whose first item is the description (a business site's bullets under
 * the headline): the list's other items (five at most) come before the
 * byline then, and go with it.  Many sites give the story's first
 * paragraph as the description: under the byline, or with no byline
 * under it, or over a byline with no sentence of prose in the eight lines
 * under it (a brief signed under its only paragraph), that paragraph
 * stays.  Bounded: five lines after it (two of them furniture), eight
 * after the byline. */
/* Does dlang (the page's declared language, may be NULL) name a language
 * other than English?  Then a European byline ("Von Jane Doe", "Por …")
 * is read as one anywhere; on an English or unlabelled page the same
 * words open a title-case subhead ("Von Miller Retires", "Di Maria
 * Stays") once a line of the story stands before it. */
static int foreign_label(const char *dlang)
{
    return dlang && strncasecmp(dlang, "en", 2) != 0;
}

static int deck_repeats_description(const para *paras, size_t i, size_t n, const char *desc, const char *dlang)
{
    const para *p = &paras[i];
    size_t least = p->list ? 25 : 40; /* (a point is shorter: "Construction pushed back by 18 months") */
    if (!desc || p->chars < 25 || p->chars > 400 || (p->list && i > 0 && paras[i - 1].list == p->list))
        return 0;
    size_t dl = strlen(desc), tl = strlen(p->text);
    while (dl && (desc[dl - 1] == '.' || desc[dl - 1] == ' '))
        dl--; /* "... a budget gap..." */
    if (dl >= 3 && !memcmp(desc + dl - 3, "\xe2\x80\xa6", 3))
        dl -= 3;
    while (tl && (p->text[tl - 1] == '.' || p->text[tl - 1] == ' '))
        tl--;
    size_t common = dl < tl ? dl : tl;
    if (dl == tl)
        least = 25; /* the description whole, not a part: "Our recommendation for the Nov. 3 ballot." */
    if (p->chars < least || common < least || memcmp(desc, p->text, common) != 0 || (p->heading && dl != tl))
        return 0; /* (a heading only as the description whole: "<h3>Annual cleanup finds tires …</h3>") */
    pa_line next;
    pa_date dd;
    size_t items = i + 1;
    while (p->list && items < n && items <= i + 5 && paras[items].list == p->list)
        items++;
    if (p->list && items < n && paras[items].list == p->list)
        return 0;
    size_t passed = 0; /* furniture lines passed over between the deck and the byline (two at most) */
    for (size_t j = items; j < n && j <= items + 2 + passed; j++) {
        const para *q = &paras[j];
        pa_line_init(&next, q->text, q->chars);
        if (passed < 2 && q->chars <= 60 && pa_line_furniture(&next)) {
            passed++;
            continue; /* a review's stars between them ("★★★★☆"): no line of the story */
        }
        if (pa_line_byline(&next) && (foreign_label(dlang) || !pa_line_european_byline(&next))) {
            /* (on an English page the deck is the story's first paragraph over "Di Maria Stays"); the story
             * under the byline, a sentence of prose in its next eight lines: a brief of one paragraph signed
             * under it, "… the city said." / "Advertisement" / "By Jane Doe", is that paragraph alone */
            for (size_t k = j + 1; k < n && k <= j + 8; k++)
                if (full_sentence(paras[k].text))
                    return 1;
            return 0;
        }
        if (q->chars > 200 || !pa_date_line_kind(q->text, next.len, dlang, &dd))
            return 0;
    }
    return 0;
}

/* Is paras[i] the last item of a list above the story whose other items
 * (two or more, within the eight before it) all went, one of them the
 * page's stated author alone: the post's meta list (author, date,
 * category), its category left? */
static int meta_list_rest(const para *paras, size_t i, size_t n)
{
    const xmlNode *list = paras[i].list;
    if (i + 1 < n && paras[i + 1].list == list)
        return 0;
    size_t before = 0;
    int author = 0;
    for (size_t j = i; j-- > 0 && i - j <= 8 && paras[j].list == list;) {
        if (!paras[j].dropped)
            return 0;
        author |= paras[j].author_line;
        before++;
    }
    return before >= 2 && author;
}

/* Is paras[i] the label of the deck set in a box at the top of the story:
 * a heading naming a summary ("Synopsis", "Summary", "Highlights", "In
 * brief"), over a paragraph of 40 to 400 characters with no link whose
 * text is the page's description (desc) word for word, its closing stops
 * aside?  Both go (the caller drops the paragraph after): a deck sums the
 * story up.  A summary box of points of its own (not the description)
 * stays, and so does a first paragraph the description repeats under any
 * other heading. */
static int labelled_deck(const para *paras, size_t i, size_t n, const char *desc)
{
    static const char *const summary_labels[] = {"synopsis", "summary", "in brief", "highlights", "key highlights",
                                                 "story highlights"};
    if (!desc || i + 1 >= n)
        return 0;
    const para *label = &paras[i], *d = &paras[i + 1];
    if (!label->heading || !label->text || label->chars > 20 || !d->text || d->heading || d->list || d->link_chars ||
        d->chars < 40 || d->chars > 400)
        return 0;
    int named = 0;
    for (size_t k = 0; k < N_TOKENS(summary_labels) && !named; k++)
        named = !strcasecmp(label->text, summary_labels[k]);
    if (!named)
        return 0;
    size_t dl = strlen(desc), tl = strlen(d->text);
    while (dl && (desc[dl - 1] == '.' || desc[dl - 1] == ' '))
        dl--;
    while (tl && (d->text[tl - 1] == '.' || d->text[tl - 1] == ' '))
        tl--;
    return dl == tl && !memcmp(desc, d->text, dl);
}

/* Is paras[i] a summary over the story that the story's first paragraph
 * opens with: a line of sentences with no link (30 to 300 characters,
 * ending in a full stop, "!" or "?") whose words, without that last mark,
 * open the next longer paragraph (a short line such as the byline between
 * them), which goes on with the same sentence ("Aucklanders face another
 * week in lockdown." / "Aucklanders face another week in lockdown after
 * …", "… on Friday." / "… on Friday, two days …") or, 60+ characters
 * longer, with more sentences: a CMS's summary box filled with the lead.
 * A caption over the same caption with its credit adds less. */
static int lead_repeated(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->heading || p->link_chars || p->chars < 30 || p->chars > 300 || !p->text)
        return 0;
    size_t len = strlen(p->text);
    char last = len ? p->text[len - 1] : 0;
    if (last != '.' && last != '!' && last != '?')
        return 0;
    len--;
    for (size_t k = i + 1; k < n && k <= i + 2; k++) {
        const para *q = &paras[k];
        if (q->heading || !q->text)
            return 0;
        if (q->chars >= p->chars + 20 && !strncmp(q->text, p->text, len)) {
            const char *go = q->text + len;
            if (go[0] == ',' || go[0] == ';' || (go[0] == ' ' && islower((unsigned char)go[1])))
                return 1; /* the summary's sentence cut short: the lead goes on with it */
            return go[0] == last && go[1] == ' ' && q->chars >= p->chars + 60; /* the lead's first sentence */
        }
        if (q->chars > 60)
            return 0; /* a line of prose between them */
    }
    return 0;
}

/* Drop the wire's credit in brackets that closes the text's last
 * paragraph after its last sentence ("… cut off in winter. (ANI)", "…
 * said. (IANS)", "(Reuters)"): a news agency's name (pa_agency_kind: a
 * wire; a short name that is also a word in capitals only), 2 to 24 bytes,
 * after a sentence's end mark and a space (not after "a.m." or "p.m.": a
 * listing's hour and its channel).  The credit line alone goes as
 * furniture; run into the paragraph, it is no word of the story (of an
 * English story: the caller asks). */
static void cut_closing_wire_credit(pa_buf *out)
{
    size_t len = out->len;
    while (len && isspace((unsigned char)out->data[len - 1]))
        len--;
    if (len < 6 || out->data[len - 1] != ')')
        return;
    size_t open = len - 1;
    while (open > 0 && out->data[open - 1] != '(' && len - open < 26)
        open--;
    if (open < 3 || out->data[open - 1] != '(' || out->data[open - 2] != ' ' ||
        !strchr(".!?\"", out->data[open - 3]))
        return;
    /* (after an hour, "… airs Sunday at 9 p.m. (ABC)", the brackets name the channel: they stay) */
    if (open >= 6 && !strncasecmp(out->data + open - 5, ".m.", 3) && strchr("aApP", out->data[open - 6]))
        return;
    const char *name = out->data + open;
    size_t nl = len - 1 - open;
    unsigned kinds = nl >= 2 ? pa_agency_kind(name, nl) : 0;
    if (!(kinds & PA_AGENCY_WIRE))
        return;
    for (size_t k = 0; (kinds & PA_AGENCY_CAPS) && k < nl; k++)
        if (islower((unsigned char)name[k]))
            return;
    out->len = open - 2;
    out->data[out->len] = '\0';
}

/* Cut the text out at paragraph `from` of paras[0..n) (n or more: no
 * cut): the text ends where that paragraph started, and *kept loses the
 * kept paragraphs written from there on. */
static void cut_text_at(pa_buf *out, const para *paras, size_t n, size_t from, size_t *kept)
{
    if (from >= n || !out->data || paras[from].out_at >= out->len)
        return;
#ifdef PA_EXTRACT_DEBUG
    fprintf(stderr, "CUT at para %zu\n", from);
#endif
    for (size_t i = from; i < n; i++)
        if (!paras[i].dropped && paras[i].out_at < out->len && *kept)
            (*kept)--;
    out->len = paras[from].out_at;
    out->data[out->len] = '\0';
}

/* Is paras[i], a kept line of prose outside lists (100+ characters or a
 * sentence of three words or more: "No one was injured."), the story going on after an in-story list of links: the
 * line before it is the last item of a list of one to six link-only items,
 * and above that list (past at most three dropped lines: its label "Read
 * more:", an ad slot) a kept line of prose outside lists?  A teaser card's
 * preview is in the card's item; a site's pitch after its widget lists
 * follows another list, not the story's paragraph. */
static int list_inside_story(const para *paras, size_t i)
{
    const para *p = &paras[i];
    if (p->dropped || p->list || (p->chars < 100 && !p->closes) || i < 2)
        return 0;
    const xmlNode *list = paras[i - 1].list;
    if (!list || !link_only(&paras[i - 1]))
        return 0;
    size_t j = i - 1, items = 0;
    while (j > 0 && paras[j].list == list && link_only(&paras[j]) && items <= 6) {
        j--;
        items++;
    }
    for (size_t skipped = 0; j > 0 && (paras[j].dropped || paras[j].intro) && skipped < 3; skipped++)
        j--;
    const para *before = &paras[j];
    return items <= 6 && !before->dropped && !before->intro && !before->list && !link_only(before) &&
           (before->chars >= 100 || before->sentence);
}

/* Does the label line t name a list of other stories ("More Local News",
 * "Related Stories", "Latest Headlines", "Other news", "In other news")?  Its headings are
 * then teasers' headlines, not a roundup's items. */
static int names_other_stories(const char *t)
{
    static const char *const opens[] = {"more ", "related ", "latest ", "recent ", "other ", "top stories",
                                        "most read", "most popular", "trending", "you may also", "you might also",
                                        "read next", "also in ", "continue browsing", "browse ", "in other news"};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++)
        if (!strncasecmp(t, opens[k], strlen(opens[k])))
            return 1;
    return 0;
}

/* Where a list of other pages' names that ends the text starts, as an
 * index into paras (n: none): under a kept heading of at most 60 characters
 * naming other stories (names_other_stories: "More Obituaries", "Continue
 * browsing"), two items or more of one list, each a linked name (40% of its
 * characters or more, 8 at least) with at most 30 characters besides (a
 * place, a day: "Ruth Ann Kessler Waterloo, IA") and none of ":;()%?!",
 * after 500 bytes of text (150 under a brief's two full sentences, the
 * label naming pages: "Recent Obituaries").  text, text_len: the text and its length now
 * (an item's text runs from its out_at to the next kept one's).
 * (teaser_tail wants headlines over previews; these items have none.) */
static size_t name_list_tail(const para *paras, size_t n, const char *text, size_t text_len)
{
    size_t items = 0, i = n, end = text_len;
    const xmlNode *list = NULL;
    for (; i > 0; i--) {
        const para *p = &paras[i - 1];
        if (p->dropped)
            continue;
        if (!p->list || (list && p->list != list))
            break;
        list = p->list;
        if (p->link_chars < 8 || p->link_chars * 10 < p->chars * 4 || p->chars - p->link_chars > 30)
            return n;
        /* (the story's own list of resources or results: "Crisis Text Line: text HOME to …", "Robert Smith
         * (Republican), 31%") */
        for (size_t k = p->out_at; text && k < end && k < text_len; k++)
            if (text[k] && strchr(":;()%?!", text[k]))
                return n;
        end = p->out_at;
        items++;
    }
    while (i > 0 && paras[i - 1].dropped)
        i--;
    if (items < 2 || i == 0)
        return n;
    const para *label = &paras[i - 1];
    /* (a brief's two sentences of prose above the label, 150 bytes: its text is the story, not the list) */
    size_t sentences = 0;
    for (size_t k = 0; k + 1 < i && sentences < 2; k++)
        sentences += !paras[k].dropped && paras[k].sentence;
    /* (and under a brief the label names pages, "Recent Obituaries": a brief's "Recent winners from the
     * county" over their linked names is the story's list) */
    static const char *const pages[] = {"obituar", "obits", "stories", "news", "articles", "posts", "headlines",
                                        "notices", "videos", "features", "columns", "reads"};
    char label_text[256] = ""; /* the label's line in the text (60 characters at most: others) */
    if (text && label->out_at < text_len) {
        const char *at = text + label->out_at;
        at += strspn(at, "\n"); /* the blank line before it */
        size_t ll = strcspn(at, "\n");
        ll = ll < sizeof label_text - 1 ? ll : sizeof label_text - 1;
        memcpy(label_text, at, ll);
        label_text[ll] = '\0';
    }
    int pages_named = 0;
    for (size_t k = 0; k < sizeof pages / sizeof pages[0] && !pages_named; k++)
        pages_named = strcasestr(label_text, pages[k]) != NULL;
    int story_above = label->out_at >= 500 || (label->out_at >= 150 && sentences >= 2 && pages_named);
    return label->heading && label->others && story_above ? i - 1 : n;
}

/* Where the teaser list that ends the text starts, as an index into paras
 * (n: none).  After the article, a short label line ("Read next", "Related
 * Posts", "Читают сейчас"; a heading, or a line dropped as a block's label,
 * not an ad slot's "Advertisement": the story goes on under the ad) heads a run of teasers of other stories, to the end of the text: each item
 * opens with a headline — a link-only line, or a short heading — and adds at
 * most two short lines (a preview under 330 characters, a writer or a day;
 * two lines of 100+ characters, or of ten words ending a sentence
 * (full_sentence), after a card in the story are its own: the story goes
 * on under an in-story "Read More" list).
 * The label's next line is a headline (a heading over its own paragraphs
 * heads a section of the article).  A question is no headline: an FAQ's
 * questions, linked to open their answers, are the article's.
 * Two headlines at least, one over kept preview text (besides the text's
 * last line of 150+ characters: the story's closing paragraph after a card
 * or a list of links in it), and 300 characters of
 * article text before the label (150 under a label line the filter
 * dropped: a brief beside its station's "More Videos", or under a label
 * naming other stories, names_other_stories: "More Local News", over
 * linked headings).  Headings pass as headlines only under such a label:
 * under another kept heading, or as plain headings under "Other measures
 * on the ballot", they are the article's
 * own (a roundup's linked product names, each over a paragraph), and a
 * teaser list's headlines are link-only lines.  One
 * backward walk: linear in the paragraphs. */
static size_t teaser_tail(const para *paras, size_t n)
{
    size_t best = n, headlines = 0, headed = 0, kept_prose = 0, previewed = 0;
    size_t headed_plain = 0; /* of the headings among the headlines, those not links (a story's subheadings) */
    size_t item_prose = 0, tail_preview = 0; /* kept lines of 100+ characters or sentences under the next headline */
    int opens_with_headline = 0; /* the first shown or headline line after i */
    int preview_pending = 0;     /* kept prose since the last headline seen */
    for (size_t i = n; i-- > 0;) {
        const para *p = &paras[i];
        int linked = link_only(p);
        /* (a plain heading the filter dropped, a share bar's "Share this:" under the cards, is no headline) */
        /* (nor is the text's last line, linked but dropped by the filter, when it names a network: a follow
         * call closing the story, "Join our Telegram channel", is no teaser's headline; "More local news" under
         * one teaser is the list's) */
        int headline = !p->asks && ((linked && !(p->dropped && i + 1 == n && p->channel_call)) ||
                                    (p->heading && p->chars <= 120 && !p->dropped));
        /* ("Read more" links are no label; nor is an ad slot's "Advertisement": the story goes on under it) */
        int label = !linked && p->chars <= 60 && (p->heading || p->label) && !p->ad_break;
        /* the run of teasers would start after this line: is it their label? */
        /* (only over linked headings: under "Other measures on the ballot" plain subheadings are the story's) */
        int named = label && !p->dropped && p->others && !headed_plain;
        /* (a dropped label with its own link, "Related: <headline>", points to one story from inside this
         * one: the plain subheadings after it are the story's sections, not teasers) */
        int inline_pointer = p->label && p->link_chars && headed_plain;
        if (label && opens_with_headline && headlines >= 2 && previewed >= 1 + tail_preview &&
            (!headed || (p->label && !inline_pointer) || named) &&
            p->out_at >= (p->label || named ? 150u : 300u))
            best = i; /* under a label the filter dropped ("More Videos") or one naming other stories ("More Local
                       * News"), a brief of 150 characters will do */
        if (headline) {
            item_prose = 0;
            headlines++;
            headed += p->heading;
            headed_plain += p->heading && !linked;
            previewed += preview_pending;
            preview_pending = 0;
            opens_with_headline = 1;
            continue;
        }
        if (p->dropped)
            continue;
        int after_headline = 0;
        for (size_t k = 1; k <= 2 && k <= i; k++)
            after_headline |= !paras[i - k].asks && (link_only(&paras[i - k]) ||
                                                     (paras[i - k].heading && paras[i - k].chars <= 120));
        item_prose += p->chars >= 100 || p->sentence;
        if (p->chars >= 330 || item_prose >= 2 || !after_headline)
            break; /* two paragraphs after a card in the story are its own */
        if (list_inside_story(paras, i))
            break; /* the story goes on under an in-story "Read more" list */
        if (!kept_prose && !headlines && p->chars >= 150)
            tail_preview = 1; /* the text's last line: maybe the story's own */
        kept_prose++;
        preview_pending = 1;
        opens_with_headline = 0;
    }
    return best;
}

/* Does the text at t (end: the text's end) open with the name name[0..len)
 * (at least 3 bytes), a space or a comma after it ("Jane Doe is …", "Jane,
 * a reporter, …")? */
static int opens_with_name(const char *t, const char *end, const char *name, size_t len)
{
    return len >= 3 && (size_t)(end - t) > len && !strncmp(t, name, len) && (t[len] == ' ' || t[len] == ',');
}

/* Words of a byline that give the writer's job or desk, not a name. */
static const char *const byline_role_words[] = {
    "reporter", "correspondent", "writer", "editor", "staff", "columnist", "producer", "contributor", "meteorologist",
    "anchor", "political", "senior", "chief", "health", "business", "science", "sports", "digital", "team", "desk",
    "news", "press", "media", "online", "first", "editorial", "associate", "deputy", "managing", "special",
    "freelance", "photographer", "journalist", "intern", "host", "affairs", "wire", "reports", "bureau",
    /* an outlet's or a desk's words ("The Associated Press", "Our Foreign Staff", "Daily Mail Reporter") */
    "the", "our", "by", "associated", "foreign", "daily", "mail", "times", "post", "herald", "tribune", "journal",
    "gazette", "twitter", "follow", "office", "communications", "editors"};

/* Is w[0..n) one of byline_role_words or a weekday's three-letter
 * abbreviation ("Mon", "sun": en_names.h), any case? */
static int byline_role_word(const char *w, size_t n)
{
    return pa_phrase_is_any_case(w, n, PA_PHRASES(byline_role_words)) || (n == 3 && pa_en_weekday_word(w, n));
}

/* The person's name for the author field from a byline's name (not the
 * page's metadata) into out (cap bytes): a time run into it cut ("Henry
 * Cooke16:14"), job words before and after the name cut ("Chief
 * Meteorologist Tom Smith", "Gemma Jones Political Reporter"); "" when
 * what is left is not two to four words, a word of one letter has no full
 * stop ("J J"), or a job word stands inside the name (a desk: "CBC News",
 * "Example Staff Writer").  Bounded: 8 words of the first 63 bytes. */
static void byline_person(const char *in, char *out, size_t cap)
{
    out[0] = '\0';
    char buf[64];
    size_t n = 0;
    if (!strncmp(in, "By", 2) && isupper((unsigned char)in[2])) /* "ByMorgan Winsor" */
        in += 2;
    while (in[n] && n + 1 < sizeof buf && !isdigit((unsigned char)in[n]) && !strchr("@/|", in[n])) {
        /* a word run into the name ("Jane WhitakerBuzzFeed", "Jane DoeSenior"): a capital after a small
         * letter ends it, but for "Mc", "Mac", "De", "Di", "La", "Le" ("McLaughlin", "DeShawn") */
        /* capitals glued to a word ("MARK SHERMANAssociated Press"): the word starts at its capital */
        if (n >= 3 && islower((unsigned char)in[n]) && isupper((unsigned char)in[n - 1]) &&
            isupper((unsigned char)in[n - 2]) && isupper((unsigned char)in[n - 3])) {
            n--;
            break;
        }
        if (n >= 2 && isupper((unsigned char)in[n]) && islower((unsigned char)in[n - 1])) {
            size_t w = n;
            while (w && in[w - 1] != ' ')
                w--;
            size_t pre = n - w;
            if (!((pre == 2 && (!strncmp(in + w, "Mc", 2) || !strncmp(in + w, "De", 2) || !strncmp(in + w, "Di", 2) ||
                                !strncmp(in + w, "La", 2) || !strncmp(in + w, "Le", 2))) ||
                  (pre == 3 && !strncmp(in + w, "Mac", 3))))
                break;
        }
        n++;
    }
    memcpy(buf, in, n);
    buf[n] = '\0';
    const char *word[8];
    size_t wlen[8], words = 0;
    for (char *q = buf; *q && words < 8;) {
        while (*q == ' ')
            q++;
        if (!*q)
            break;
        word[words] = q;
        while (*q && *q != ' ')
            q++;
        wlen[words] = (size_t)(q - word[words]);
        words++;
    }
    size_t first = 0, last = words;
    int role[8] = {0};
    for (size_t w = 0; w < words; w++)
        role[w] = byline_role_word(word[w], wlen[w]);
    while (first < last && role[first])
        first++;
    while (last > first && role[last - 1])
        last--;
    if (last - first < 2 || last - first > 4)
        return;
    size_t len = 0;
    for (size_t w = first; w < last; w++) {
        if (role[w] || (wlen[w] == 1 && isalpha((unsigned char)word[w][0])))
            return;
        len += wlen[w] + (w > first);
    }
    if (len + 1 > cap)
        return;
    len = 0;
    for (size_t w = first; w < last; w++) {
        if (w > first)
            out[len++] = ' ';
        memcpy(out + len, word[w], wlen[w]);
        len += wlen[w];
    }
    out[len] = '\0';
}

/* The page's writer: its stated author (meta, JSON-LD), else the name in
 * an element named for its byline (m->byline_name), else the name of a
 * "By Jane Doe" line above the story (byline_author); NULL when none. */
static const char *page_writer(const pa_meta *m, const char *byline_author)
{
    return m->author ? m->author : m->byline_name[0] ? m->byline_name : byline_author[0] ? byline_author : NULL;
}

/* Is the paragraph t (chars visible characters) a note about a writer's
 * life and work (pa_line_writer_note: a biography, strong or weak)? */
static int writer_bio(const char *t, size_t chars)
{
    int w = pa_line_writer_note(t, chars);
    return w == PA_WRITER_BIO || w == PA_WRITER_BIO_WEAK;
}

/* Does the text at t (end: the text's end) name the writer author (a full
 * name) as its subject: the full name, the first name, or an honorific and
 * the last name as newspapers write a contributor's note ("Ms. Doe is an
 * environmental campaigner …", "Dr. Doe teaches …")? */
static int opens_with_writer(const char *t, const char *end, const char *author)
{
    if (!author)
        return 0;
    size_t author_len = strlen(author);
    size_t first_len = strcspn(author, " "); /* the author's first name */
    if (opens_with_name(t, end, author, author_len) ||
        (first_len < author_len && first_len >= 3 && opens_with_name(t, end, author, first_len)))
        return 1;
    const char *last = strrchr(author, ' ');
    if (!last || !last[1])
        return 0;
    last++;
    static const char *const honorifics[] = {"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Prof. "};
    for (size_t i = 0; i < N_TOKENS(honorifics); i++) {
        size_t hl = strlen(honorifics[i]);
        if (!strncmp(t, honorifics[i], hl))
            return opens_with_name(t + hl, end, last, strlen(last));
    }
    return 0;
}

/* Is word (a name's first word, "Jane") the first word of the writer's
 * name author ("Jane Doe")?  0 without an author. */
static int writer_first_name(const char *word, const char *author)
{
    size_t wl = strlen(word);
    return author && wl >= 3 && !strncmp(author, word, wl) && (author[wl] == ' ' || !author[wl]);
}

/* Does the line at t (to its newline or end) hold a word in lower case
 * ("…, a nurse, lives …"; a letter's signature "Jane Doe, Springfield,
 * Ill." holds none)?  Bounded: 400 bytes. */
static int lower_word_after(const char *t, const char *end)
{
    for (size_t i = 1; t + i < end && t[i] != '\n' && i < 400; i++)
        if (t[i - 1] == ' ' && islower((unsigned char)t[i]))
            return 1;
    return 0;
}

/* Is name[0..len) a person's name: two to four name words
 * (pa_name_words), none a word of a desk or an outlet ("Example News",
 * "The Daily Post": byline_role_words)? */
static int person_name(const char *name, size_t len)
{
    size_t words = pa_name_words(name, len, 1);
    if (words < 2 || words > 4)
        return 0;
    for (size_t at = 0; at < len;) {
        size_t wl = strcspn(name + at, " ");
        wl = wl < len - at ? wl : len - at;
        if (byline_role_word(name + at, wl))
            return 0;
        at += wl + 1;
    }
    return 1;
}

/* The next name of a stated author field at *at ("Jane Doe, John Roe",
 * "Jane Doe and John Roe", "Jane Doe & John Roe"): *start is where it
 * begins, the return its length without trailing spaces; *at moves past it
 * and the separator after it.  Bounded by the field's length. */
static size_t author_field_name(const char **at, const char **start)
{
    const char *name = *at;
    size_t len = strcspn(name, ",&");
    const char *and = strstr(name, " and ");
    if (and && (size_t)(and - name) < len)
        len = (size_t)(and - name);
    while (len && name[len - 1] == ' ')
        len--;
    const char *next = name + len;
    next += strspn(next, " ,&");
    if (!strncmp(next, "and ", 4))
        next += 4;
    *start = name;
    *at = next;
    return len;
}

/* Does the paragraph t (end: the text's end) open with the full name of
 * the writer author, or of one of its writers ("Jane Doe and John Roe",
 * "Jane Doe, John Roe & Ann Poe": up to four persons' names, person_name),
 * as the subject of a verb or an apposition: the name (any case, after
 * an honorific: "Dr. Jane Doe"), then a space and a lower-case word or a
 * comma and a lower-case word after it, not a letter's signature "Jane
 * Doe, Springfield" ("Jane Doe teaches science at …", "Jane Doe
 * farms 400 acres …", "Jane Doe, a nurse, …", "Jane Doe's column appears
 * every Sunday."; not a reporting credit, "Jane Doe reported from
 * Seoul.", nor speech or news, "Jane Doe said …", "… will open …")?  A
 * column's closing contributor's line names its writer so, whatever its
 * verb; the column itself does not speak of its writer by full name. */
static int writer_named_subject(const char *t, const char *end, const char *author)
{
    if (!author)
        return 0;
    static const char *const honorifics[] = {"Dr. ", "Prof. ", "Rev. ", "Mr. ", "Ms. ", "Mrs. "};
    for (size_t i = 0; i < N_TOKENS(honorifics); i++)
        if (!strncmp(t, honorifics[i], strlen(honorifics[i]))) {
            t += strlen(honorifics[i]); /* "Dr. Jane Doe, Ph.D., teaches …" */
            break;
        }
    const char *field = author;
    for (int names = 0; *field && names < 4; names++) {
        const char *name;
        size_t len = author_field_name(&field, &name);
        /* (and no speech or news reported of the name: "Jane Doe said the second stage would sell out …",
         * a release's "Example Developments will open its sales office on Saturday") */
        static const char *const credit_verbs[] = {"reported ", "reports ", "contributed ", "contributes ", "said ",
                                                   "says ", "told ", "added ", "noted ", "announced ", "announces ",
                                                   "will ", "would ", "plans ", "expects "};
        static const char *const column_of[] = {"'s column ", "\xe2\x80\x99s column ", "'s columns ",
                                                "\xe2\x80\x99s columns "};
        /* a person's name: an outlet stated as the author ("Example News") opens its own sentences */
        int named = person_name(name, len) && (size_t)(end - t) > len && !strncasecmp(t, name, len);
        if (named && ((t[len] == ',' && lower_word_after(t + len, end)) ||
                      (t[len] == ' ' && t + len + 1 < end && islower((unsigned char)t[len + 1]))))
            return !pa_phrase_opens(t + len + 1, (size_t)(end - t - len - 1), PA_PHRASES(credit_verbs));
        if (named && pa_phrase_opens(t + len, (size_t)(end - t - len), PA_PHRASES(column_of)))
            return 1; /* "Jane Doe's column appears every Sunday." */
    }
    return 0;
}

/* Does the paragraph t name its writer by role as its subject, as an
 * op-ed's closing line does when it does not repeat the name ("The writer
 * is a landscape architect …", "The writers are professors …", "The
 * writers are both …", "The writer, a former mayor, …")?  After "The
 * writers are" a plural noun or "both"/"the" follows: a letter's "The
 * writers are right that …" answers another piece. */
static int writer_role_subject(const char *t)
{
    /* (not "The author is a …": a book review's closing judgement, "The author is a gifted stylist.") */
    static const char *const openers[] = {"The writer is a ", "The writer is an ", "The writer is the ",
                                          "The writer, a"};
    for (size_t i = 0; i < N_TOKENS(openers); i++)
        if (!strncmp(t, openers[i], strlen(openers[i])))
            return 1;
    static const char *const plural[] = {"The writers are "};
    for (size_t i = 0; i < N_TOKENS(plural); i++) {
        if (strncmp(t, plural[i], strlen(plural[i])))
            continue;
        const char *w = t + strlen(plural[i]);
        size_t wl = strcspn(w, " ,.");
        return (wl == 4 && !strncmp(w, "both", 4)) || (wl == 3 && !strncmp(w, "the", 3)) ||
               (wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's');
    }
    return 0;
}

/* Does t open with a person's name: two or three name words
 * (pa_name_words) before its first word that is not capitalised? */
static int opens_with_person(const char *t)
{
    size_t len = 0, words = 0;
    while (t[len] && t[len] != '\n' && words < 4 && isupper((unsigned char)t[len])) {
        size_t w = strcspn(t + len, " \n");
        len += w;
        words++;
        if (t[len] != ' ')
            break;
        len++;
    }
    while (len && t[len - 1] == ' ')
        len--;
    size_t names = len ? pa_name_words(t, len, 1) : 0;
    return names >= 2 && names <= 3;
}

/* Does the first sentence of the paragraph t (len bytes) say "I" again
 * after its first word (" I ", " I'm", " I've", " I’d")?  A
 * contributor's note in the first person names the writer once in its
 * opening sentence ("I write about retail and consumer trends.",
 * "I'm a staff writer at Example. Previously, I was …"); a column's
 * closing sentence goes on ("I write about cities, and I have never seen
 * a festival like this one."). */
static int first_person_again(const char *t, size_t len)
{
    for (size_t i = 1; i + 2 < len; i++) {
        if (strchr(".?!", t[i - 1]) && t[i] == ' ')
            return 0; /* the first sentence ended */
        if (t[i] == ' ' && t[i + 1] == 'I' &&
            (t[i + 2] == ' ' || t[i + 2] == '\'' || (i + 4 < len && !strncmp(t + i + 2, "\xe2\x80\x99", 3))))
            return 1;
    }
    return 0;
}

/* The kept paragraph nearest above paras[i] (up to 200 looked at), or
 * i when there is none. */
static size_t kept_above(const para *paras, size_t i)
{
    for (size_t j = i, seen = 0; j-- > 0 && seen < 200; seen++)
        if (!paras[j].dropped)
            return j;
    return i;
}

/* Do two kept paragraphs or more before paras[i] (up to 200 looked at)
 * sign off as it does ("— Jane Doe"), each of them and paras[i] under a
 * paragraph that is no writer's line: a page of readers' letters or notes,
 * each signed, whose last signature is the last letter's, not the page's
 * sign-off?  (A wire's run of sign-offs, "-- BERNAMA" / "(Edited by Jane
 * Doe)" / "— Additional reporting by …", has no letter between them.) */
static int signed_before(const para *paras, size_t i)
{
    size_t above = kept_above(paras, i);
    if (above == i || paras[above].writer)
        return 0;
    size_t signatures = 0;
    for (size_t j = above, seen = 0; j-- > 0 && seen < 200 && signatures < 2; seen++) {
        if (paras[j].dropped || paras[j].writer != PA_WRITER_SIGN_OFF)
            continue;
        size_t letter = kept_above(paras, j);
        signatures += letter != j && !paras[letter].writer;
    }
    return signatures >= 2;
}

/* Is the line at `line` (in the output text, up to its newline) a name of
 * two to five words, 40 bytes at most, that the note `note` opens with,
 * followed by a space or a comma ("Jane Doe" / "Jane Doe leads …")? */
static int names_note_opening(const char *line, const char *note)
{
    line += strspn(line, "\n");
    size_t len = strcspn(line, "\n"), words = 1;
    if (len < 5 || len > 40 || strncmp(line, note, len) || (note[len] != ' ' && note[len] != ','))
        return 0;
    for (size_t k = 0; k < len; k++) {
        if (line[k] == ' ')
            words++;
        else if (!isalpha((unsigned char)line[k]) && line[k] != '.' && line[k] != '-' && line[k] != '\'')
            return 0;
    }
    return words >= 2 && words <= 5 && isupper((unsigned char)line[0]);
}

/* Where the note about the writer after the story starts (n: none).  Among
 * the last six kept paragraphs, a biography under the writer's name, title
 * or the note's label starts it: one that names the writer's trade under a
 * name or label ("By" / "Jane Doe is a reporter who covers …", "Jane" /
 * "Jane is the founder of …": see the filter; one that only reads as a
 * biography under a name only when it opens with the stated author's name:
 * "Ana Ruiz" / "Ana Ruiz is a retired teacher …" closes a profile of her),
 * or one that only reads as a biography under a job title ("Technology
 * Writer" / "Jane explores …");
 * the names, titles and labels above it are the note's head, and what
 * follows the note (the writer's other posts, the publisher's blurb) goes
 * with it.  A biography alone under the story's last paragraph stays (it
 * may be the story's own, and some references keep it) unless its subject
 * is the page's stated author (author: the meta author or the byline's
 * name, or NULL; its full name, its first name or an honorific and its
 * last name, "Jane is a market analyst …", "Ms. Doe is …") and only
 * writer's notes follow it; so does a note in the first person as the
 * text's last line ("I'm a staff writer at Example covering …") that says
 * "I" once (first_person_again); so does the text's last paragraph, up to
 * 400 bytes, opening with the stated writer's full name as its subject
 * (writer_named_subject: "Jane Doe teaches science at …", also after a
 * dash or an honorific) or its role ("The writer is a …").  Without a
 * biography, a run of names and job titles that ends the text and holds a
 * title ("Jane Doe" / "Staff Writer") is the note; a sign-off with two
 * like it above is the last letter's signature (signed_before).  Only after
 * PA_EXTRACT_NOTE_AFTER bytes of text: a short page's only lines are its
 * own.  text, text_len: the text and its length now (paragraphs at or past it were cut
 * off with what ended the text, a list of teasers, trailing headings). */
static size_t writer_tail(const para *paras, size_t n, const char *text, size_t text_len, const char *author)
{
    size_t best = n, kept = 0;
    if (!text)
        return n;
    int at_end = 1, end_role = 0; /* the run of names and titles that ends the text */
    int notes_below = 1;          /* every kept paragraph below this one is a writer's note */
    for (size_t i = n; i-- > 0 && kept < 6;) {
        const para *p = &paras[i];
        if (p->dropped || p->out_at >= text_len)
            continue; /* dropped, or cut with the trailer or teasers after it */
        kept++;
        int w = p->writer;
        int below = notes_below;
        notes_below &= w != 0;
        const char *t = text + p->out_at; /* the paragraph in the text (its own copy is freed) */
        t += strspn(t, "\n");
        size_t dash = pa_opening_dash(t);
        /* the contributor's line past a dash opening it ("— Jane Doe is a landscape architect …") */
        const char *note = dash ? t + dash + strspn(t + dash, " ") : t;
        if (p->named_bio && !opens_with_writer(t, text + text_len, author))
            w = PA_WRITER_BIO_WEAK; /* "Ana Ruiz" / "Ana Ruiz is a retired teacher …": a profile's subject, no writer */
        if ((w == PA_WRITER_BIO || w == PA_WRITER_BIO_WEAK) && below && p->out_at >= PA_EXTRACT_NOTE_AFTER &&
            opens_with_writer(t, text + text_len, author))
            best = i; /* "Jane Doe is a reporter who …" ending the text, Jane Doe the page's stated author */
        else if (kept == 1 && p->out_at >= PA_EXTRACT_NOTE_AFTER && strcspn(t, "\n") <= 400 &&
                 (writer_named_subject(note, text + text_len, author) || writer_role_subject(note)))
            best = i; /* the column's last line on its writer: "Jane Doe teaches science at …", "The writer is a …" */
        else if (w == PA_WRITER_BIO && kept == 1 && (!author || !*author) && p->out_at >= PA_EXTRACT_NOTE_AFTER / 2 &&
                 opens_with_person(t))
            best = i; /* the same note last when the page states no author */
        else if (w == PA_WRITER_BIO && kept == 1 && p->out_at >= PA_EXTRACT_NOTE_AFTER / 2 && !strncmp(t, "This ", 5))
            best = i; /* the story's note on its writer last: "This story was written by Jane Doe, a senior …" */
        else if (w == PA_WRITER_BIO && kept == 1 && p->out_at >= PA_EXTRACT_NOTE_AFTER && t[0] == 'I' &&
                 !first_person_again(t, strcspn(t, "\n")))
            best = i; /* the note in the first person ending the text: "I'm a staff writer at Example covering …" */
        if (best == i && i > 0) {
            /* the note's own opening name on a line of its own right above it (an author box's heading:
             * "Jane Doe" over "Jane Doe leads communications at …") goes with it */
            size_t j = i;
            while (j-- > 0 && paras[j].dropped && i - j < 4)
                ;
            if (j < i && !paras[j].dropped && paras[j].out_at < text_len && paras[j].out_at >= PA_EXTRACT_NOTE_AFTER &&
                names_note_opening(text + paras[j].out_at, t))
                best = j;
        }
        if (at_end && (w == PA_WRITER_ROLE || w == PA_WRITER_NAME || w == PA_WRITER_SIGN_OFF || w == PA_WRITER_BYLINE)) {
            end_role |= w == PA_WRITER_ROLE || w == PA_WRITER_SIGN_OFF || w == PA_WRITER_BYLINE;
            if (w == PA_WRITER_SIGN_OFF && signed_before(paras, i))
                at_end = 0; /* the last of the letters' signatures ("— Jane Doe" under each) */
            else if (end_role && p->out_at >= PA_EXTRACT_NOTE_AFTER)
                best = i;
        } else {
            at_end = 0;
        }
        if (w != PA_WRITER_BIO && w != PA_WRITER_BIO_WEAK)
            continue;
        size_t start = i;
        int titled = 0; /* a title line heads it */
        for (size_t j = i, steps = 0; j-- > 0 && steps < 6; steps++) {
            if (paras[j].dropped && !paras[j].author_line)
                continue; /* the author's name, dropped, still heads the note */
            if (paras[j].writer != PA_WRITER_ROLE && paras[j].writer != PA_WRITER_NAME)
                break;
            titled |= paras[j].writer == PA_WRITER_ROLE;
            start = j;
        }
        if (((w == PA_WRITER_BIO && start < i) || titled) && paras[start].out_at >= PA_EXTRACT_NOTE_AFTER)
            best = start;
    }
    return best;
}

/* Does the line ask for the reader's support or thank them: "support",
 * "subscrib", "donat", "contribut", "member", "thank you", "mission",
 * "journalism" (the words of an editor's appeal box: "We promise to
 * deliver quality journalism …")? */
static int appeal_worded(const pa_line *line)
{
    const char *low = pa_line_folded_under(line, 1600);
    static const char *const words[] = {"support", "subscrib", "donat", "contribut", "member", "thank you",
                                        "mission", "journalism"};
    return low && pa_phrase_in(low, PA_PHRASES(words));
}

/* Where the editor's appeal that ends the text starts (n: none): its
 * opener ("If you enjoyed this article, I'd like to ask for your support.",
 * dropped: pa_line_appeal_opener) after PA_EXTRACT_NOTE_AFTER bytes of
 * text, with a short heading or a "Dear Reader," kept right above it, and the kept lines
 * after it (eight at most, no heading, none reporting speech, half of
 * them at least short or asking for support: the box's paragraphs and its
 * signature) go with it.
 * text_len: the text's length (as in site_tail). */
static size_t appeal_tail(const para *paras, size_t n, size_t text_len)
{
    size_t at = n;
    for (size_t i = n; i-- > 0 && n - i <= 40;)
        if (paras[i].appeal) {
            at = i;
            break;
        }
    if (at == n || paras[at].out_at < PA_EXTRACT_NOTE_AFTER)
        return n;
    size_t after = 0, worded = 0;
    for (size_t i = at + 1; i < n; i++) {
        if (paras[i].dropped || paras[i].out_at >= text_len)
            continue;
        if (++after > 8 || paras[i].heading || paras[i].speech)
            return n; /* (a line reporting speech is the story's, going on after a box set in it: "…, Reyes said") */
        worded += paras[i].appeal_words;
    }
    if (worded * 2 < after)
        return n;
    size_t start = at;
    for (size_t j = at; j-- > 0;) {
        if (paras[j].dropped)
            continue;
        if (paras[j].heading && paras[j].chars <= 60 && paras[j].out_at >= PA_EXTRACT_NOTE_AFTER)
            start = j;
        /* the letter's salutation alone above it: "Dear Reader," */
        if (paras[j].salutation && paras[j].out_at >= PA_EXTRACT_NOTE_AFTER)
            start = j;
        break;
    }
    return start;
}

/* Where the academic writer's signature over a republished story's footer
 * starts (n: none): the kept line "Jane Doe, Associate Professor of X,
 * University of Y" (pa_line_affiliation_byline) right before the dropped
 * footer "This article is republished from Example under a Creative Commons
 * license." among the last paragraphs, no kept line after the footer,
 * after PA_EXTRACT_NOTE_AFTER bytes of
 * text; the signature goes with the footer (as the researcher's byline goes
 * above the story).  text_len: the text's length (as in site_tail). */
static size_t republish_signature(const para *paras, size_t n, size_t text_len)
{
    for (size_t i = n; i-- > 0 && n - i <= 12;) {
        if (!paras[i].republish_note)
            continue;
        for (size_t k = i + 1; k < n; k++)
            if (!paras[k].dropped && paras[k].out_at < text_len)
                return n; /* the story goes on after the footer: no footer of the text's end */
        for (size_t j = i; j-- > 0;) {
            if (paras[j].dropped)
                continue;
            if (paras[j].affil_sig && paras[j].out_at >= PA_EXTRACT_NOTE_AFTER && paras[j].out_at < text_len)
                return j;
            return n;
        }
        return n;
    }
    return n;
}

/* Where the site's note about itself that ends the text starts (n:
 * none): among the last three kept paragraphs, a paragraph in which the
 * site names itself as the subject of its mission or identity
 * ("Example.com is a leading portal for …", "Example aggregates and
 * indexes content from …"), with the short label over it ("Mission
 * Statement", "About") and a writer's name alone signing the story above
 * it, or its disclaimer about its content ("No content on this site …
 * should ever be used as a substitute for direct medical advice"); what
 * follows it (its slogan, its other notes) goes with it, unless a line
 * reporting speech follows (the story's quote); so does the site's name
 * alone ending the text.  Only after PA_EXTRACT_NOTE_AFTER
 * bytes of text (text_len: as in writer_tail). */
static size_t site_tail(const para *paras, size_t n, size_t text_len)
{
    size_t best = n, kept = 0;
    int at_end = 1; /* in the run of the site's name lines that ends the text */
    int quoted = 0; /* a kept line after this one reports speech */
    for (size_t i = n; i-- > 0 && kept < 3;) {
        if (paras[i].dropped || paras[i].out_at >= text_len)
            continue;
        kept++;
        at_end &= paras[i].site_line;
        if (at_end && paras[i].out_at >= PA_EXTRACT_NOTE_AFTER)
            best = i; /* the site's name signing off */
        int quoted_after = quoted;
        quoted |= paras[i].speech;
        /* (a note a quote follows is the story's: "The Mountain Ledger is a nonprofit newsroom covering …" over
         * "“We're not going anywhere,” Ledger editor Sam Ortiz said.") */
        if (!paras[i].blurb || quoted_after)
            continue;
        size_t start = i;
        for (size_t j = start, steps = 0; j-- > 0 && steps < 4; steps++) {
            const para *q = &paras[j];
            if (q->dropped)
                continue;
            /* the label: a short heading, or "About Example" in bold over the note ("<p><b>About
             * Example</b><br>Example is …", split in two) */
            int label = start == i && ((q->chars <= 40 && q->heading) ||
                                       q->about_label);
            if (!label && !(q->chars <= 40 && q->writer == PA_WRITER_NAME))
                break;
            start = j;
        }
        if (paras[start].out_at >= PA_EXTRACT_NOTE_AFTER)
            best = start;
    }
    return best;
}

/* Is paras[i] the label of a list of more stories: "More on Example",
 * "Read more on lottery wins", "More about Example",
 * "More from Example", "For more information" (at most 45 bytes, no
 * sentence mark) over a link-only line, or ending the text; or the label
 * with the rest of its line linked ("MORE ON <a>Planning</a>", "More on
 * <a>Anthony Child</a>")?  As a heading, pa_line_block_label
 * drops it wherever it stands. */
static int more_label(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    static const char *const labels[] = {"more on ", "more from ", "more about ", "read more on ", "read more about ",
                                         "read more from ", "most read from ", "most read on ", "most popular from ",
                                         "most popular on "};
    size_t k = 0;
    while (k < N_TOKENS(labels) && strncasecmp(p->text, labels[k], strlen(labels[k])))
        k++;
    /* or the label alone: "For more information" over the release's links */
    static const char *const alone[] = {"for more information", "more information", "for further information",
                                        "further information", "related links", "useful links"};
    size_t tl = strlen(p->text);
    while (tl && (p->text[tl - 1] == ':' || p->text[tl - 1] == ' '))
        tl--;
    int bare = 0;
    for (size_t a = 0; !bare && a < N_TOKENS(alone); a++)
        bare = tl == strlen(alone[a]) && !strncasecmp(p->text, alone[a], tl);
    if (p->chars > 45 || (k == N_TOKENS(labels) && !bare) || strpbrk(p->text, ".?!"))
        return 0;
    /* or the label with its links on the same line: "MORE ON Planning Countryside" (the label in capitals,
     * the rest of the line linked), "More on <a>Anthony Child</a>" (the label plain, all the rest one link's or
     * more: a music site's pointer under each review) */
    size_t ll = k < N_TOKENS(labels) ? strlen(labels[k]) : 0;
    int capitals = ll && isupper((unsigned char)p->text[0]) && isupper((unsigned char)p->text[ll - 2]);
    if (capitals && p->chars > ll && p->link_chars * 10 >= (p->chars - ll) * 8)
        return 1;
    size_t label_chars = 0; /* the label's visible characters, as p->chars counts (no spaces) */
    for (size_t q = 0; q < ll; q++)
        label_chars += labels[k][q] != ' ';
    if (ll && p->link_chars && p->chars > label_chars && p->link_chars + label_chars >= p->chars)
        return 1;
    return i + 1 == n || link_only(&paras[i + 1]);
}

/* Is paras[i] the writer's job title ("Staff Writer", "National Biotech
 * Reporter"), a byline without its "By" ("PTI", "Jane Doe and John Roe",
 * "Jane Doe, Example News"; some pages set it in a heading), or a name
 * with the title on the next line ("Jane Doe" / "Senior Editor")?  Asked of the story's first lines only (the caller's
 * bound): a title there is the byline's. */
static int writer_head(const para *paras, size_t i, size_t n)
{
    int w = pa_line_writer_note(paras[i].text, paras[i].chars);
    if (w == PA_WRITER_ROLE || w == PA_WRITER_BYLINE)
        return 1;
    return w == PA_WRITER_NAME && i + 1 < n && paras[i + 1].text &&
           pa_line_writer_note(paras[i + 1].text, paras[i + 1].chars) == PA_WRITER_ROLE;
}

/* Is t the page's stated author's whole name, alone or then after ", "
 * the place the story is filed from ("Jane Doe, New Delhi", "अनुराग
 * त्रिपाठी, नई दिल्ली"): one to three words, no digit, no other comma nor
 * sentence mark (no "Jane Doe, 84", no "Jane Doe, who …"), 60 bytes at
 * most after the name?  (Asked of the story's first lines only.) */
static int author_place_line(const char *t, const char *author)
{
    size_t tl = strlen(t), al = strlen(author);
    if (al >= 4 && tl == al && !strcasecmp(t, author))
        return 1; /* the name alone, in a script without capitals to tell a name: "নিজস্ব প্রতিবেদক" */
    if (al < 4 || tl <= al + 2 || tl > al + 62 || strncasecmp(t, author, al) || t[al] != ',' || t[al + 1] != ' ')
        return 0;
    const char *place = t + al + 2;
    size_t words = 1;
    for (const char *c = place; *c; c++) {
        if (isdigit((unsigned char)*c) || strchr(".,;:!?|()\"", *c) || !strncmp(c, "\xe0\xa5\xa4", 3)) /* "।" */
            return 0;
        words += *c == ' ';
    }
    return *place != ' ' && words <= 3;
}

/* Is t the page's stated author's name alone ("Jane Doe"), maybe after a
 * mark of at most four bytes without letters ("<3 Jane Doe", "~
 * Jane Doe", "— Jane Doe"): the byline, or the signature closing a post? */
static int author_signature(const char *t, const char *author)
{
    size_t tl = strlen(t), al = strlen(author);
    if (tl < al || tl > al + 4 || strcasecmp(t + tl - al, author))
        return 0;
    for (size_t k = 0; k < tl - al; k++)
        if (isalpha((unsigned char)t[k]))
            return 0;
    return tl == al || t[tl - al - 1] == ' ' || t[tl - al - 1] == '-' || t[tl - al - 1] == '~';
}

/* Is t one of the page's stated authors alone on its line (author_signature),
 * the whole field ("Jane Doe") or one of the names it lists ("Jane Doe,
 * John Roe", "Jane Doe and John Roe": the second author's name over the
 * bio box, "JOHN ROE"), each a person's name (PA_WRITER_NAME)?  At most
 * four names of 80 bytes. */
static int stated_author_line(const char *t, const char *author)
{
    if (author_signature(t, author) && pa_line_writer_note(author, strlen(author)) == PA_WRITER_NAME)
        return 1;
    const char *field = author;
    for (int names = 0; *field && names < 4; names++) {
        const char *name;
        size_t len = author_field_name(&field, &name);
        char one[81];
        if (len && len < sizeof one && len < strlen(author)) {
            memcpy(one, name, len);
            one[len] = '\0';
            if (author_signature(t, one) && pa_line_writer_note(one, len) == PA_WRITER_NAME)
                return 1;
        }
    }
    return 0;
}

/* Is t (len bytes) a date alone, once the separators around it (space,
 * comma, bar, dash, "•", "—") are left out, that parses in dlang and is
 * no later than not_after? */
static int date_between_separators(const char *t, size_t len, const char *dlang, time_t not_after)
{
    for (int guard = 0; guard < 8 && len; guard++) { /* the separators at both ends */
        if (strchr(" ,|-", t[0]))
            t++, len--;
        else if (strchr(" ,|-", t[len - 1]))
            len--;
        else if (len >= 3 && (!memcmp(t, "\xe2\x80\xa2", 3) || !memcmp(t, "\xe2\x80\x94", 3)))
            t += 3, len -= 3;
        else if (len >= 3 && (!memcmp(t + len - 3, "\xe2\x80\xa2", 3) || !memcmp(t + len - 3, "\xe2\x80\x94", 3)))
            len -= 3;
        else
            break;
    }
    pa_date d;
    return len >= 6 && pa_date_line_kind(t, len, dlang, &d) && pa_date_valid(&d, not_after);
}

/* Is the line a date line opened or closed by the page's stated author's
 * name, matched lower-cased ("5. prosince 2026 8:42 Jana Svobodová",
 * "05/12/2026 08:42 Γιώργος Νικολάου", "Ирина ИВАНОВА — 17.01.2026 15:44",
 * "May 3, 2026 | Jane Doe"): the rest a date between separators
 * (date_between_separators), 60 bytes at most?  The header's date and
 * byline in one line, in any script. */
static int dated_author_line(const pa_line *line, const char *author, const char *dlang, time_t not_after)
{
    size_t al = strlen(author), tl = line->len;
    if (al < 4 || tl <= al + 6 || tl > al + 60 || !line->has_lower || al >= PA_LINE_LOWER_CAP)
        return 0;
    size_t chars = 0;
    for (const char *q = author; *q; q++)
        chars += ((unsigned char)*q & 0xC0) != 0x80;
    pa_line name;
    pa_line_init(&name, author, chars);
    if (!name.has_lower || name.len != al)
        return 0;
    const char *low = line->lower;
    if (!memcmp(low + tl - al, name.lower, al) && low[tl - al - 1] == ' ')
        return date_between_separators(line->text, tl - al, dlang, not_after);
    if (!memcmp(low, name.lower, al) && low[al] == ' ')
        return date_between_separators(line->text + al, tl - al, dlang, not_after);
    return 0;
}

/* Does the paragraph after paras[i] name a place of research or care too
 * (pa_line_institution_name 1 or 2, no heading): paras[i] is one of a run
 * of such names, the story's own list (the clinics open this weekend, the
 * member universities), no issuing institution's label?  Reads that
 * paragraph only. */
static int institution_name_next(const para *paras, size_t i, size_t n)
{
    if (i + 1 >= n)
        return 0;
    const para *q = &paras[i + 1];
    if (!q->text || q->heading || q->chars < 10 || q->chars > 80)
        return 0;
    pa_line next;
    pa_line_init(&next, q->text, q->chars);
    return pa_line_institution_name(&next) != 0;
}

/* Is t the page's stated author's name, then the site's name (site) or
 * an outlet in capitals after a comma, a bar or a dash ("Jane Doe, Example
 * News", "Jane Doe | CNN"), the town the story was filed from after a comma
 * or "in" (one to three capitalised words: "Jane Doe, Port Harcourt", "Jane
 * Doe in Nairobi"), or the writer's job title in
 * sentence case ("Jane Doe Energy correspondent", "Jane Doe, Senior
 * reporter"): the byline with the title beside it, the title's words
 * capitalised (a copy of at most 80 bytes) read as a job title alone
 * (PA_WRITER_ROLE).  Asked of the story's first lines only (the caller's
 * bound). */
static int author_with_role(const char *t, const char *author, const pa_site_names *site)
{
    size_t al = strlen(author);
    if (strncasecmp(t, author, al) || (t[al] != ' ' && t[al] != ','))
        return 0;
    const char *rest = t + al;
    int parted = strspn(rest, " ") < strspn(rest, " ,|-"); /* a comma, a bar or a dash after the name */
    rest += strspn(rest, " ,|-");
    size_t rl = strlen(rest);
    if (parted && rl && rl <= 60 && pa_meta_site_name_line(site, rest, rl))
        return 1; /* "Jane Doe, Example News", "Jane Doe | Example News" */
    if (parted && rl >= 2 && rl <= 8 && strspn(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == rl)
        return 1; /* "Jane Doe, CNN": an outlet in capitals */
    size_t outlet_words = rest > t + al + 1 && rest[-1] == ' ' && rest[-2] == '|' && rl <= 40 ? pa_name_words(rest, rl, 1) : 0;
    if (outlet_words >= 1 && outlet_words <= 4)
        return 1; /* "Jane Doe | EIT News": the outlet's name after a bar (one to four capitalised words) */
    size_t place_words = t[al] == ',' && rl <= 30 ? pa_name_words(rest, rl, 1) : 0;
    if (!parted && rl > 3 && rl <= 33 && !strncmp(rest, "in ", 3))
        place_words = pa_name_words(rest + 3, rl - 3, 1); /* "Jane Doe in Nairobi" */
    if (place_words >= 1 && place_words <= 3)
        return 1; /* "Jane Doe, Abeokuta": the town the story was filed from */
    if (rl < 5 || rl > 80)
        return 0;
    char title[81];
    for (size_t k = 0; k < rl; k++)
        title[k] = (char)(k == 0 || rest[k - 1] == ' ' ? toupper((unsigned char)rest[k]) : rest[k]);
    title[rl] = '\0';
    return pa_line_writer_note(title, rl) == PA_WRITER_ROLE;
}

/* Is paras[i] a name alone ("Jane Doe") on the line over a date line of
 * its own ("13 January 2012", at most 60 visible characters)?  The
 * byline block above a story, its "By" left out: asked of the story's
 * first lines only (the caller's bound). */
static int name_over_date(const para *paras, size_t i, size_t n, const char *dlang)
{
    if (i + 1 >= n || !paras[i + 1].text || paras[i + 1].chars > 60 || paras[i].chars > 40 ||
        pa_line_writer_note(paras[i].text, paras[i].chars) != PA_WRITER_NAME)
        return 0;
    pa_date d;
    return pa_date_line_kind(paras[i + 1].text, strlen(paras[i + 1].text), dlang, &d) == 1;
}

/* Is t (tl bytes) the day of the page's last review alone ("Last reviewed
 * January 2023", "Page last reviewed: 12 May 2021"): the label, then a
 * date line of its own or a month and a year (at most 60 bytes in all)?
 * The health sites' "updated" line. */
static int review_date_line(const char *t, size_t tl, const char *dlang)
{
    static const char *const labels[] = {"page last reviewed", "last reviewed", "reviewed on", "last medically reviewed on",
                                         "last medically reviewed", "medically reviewed on"};
    if (tl > 60)
        return 0;
    for (size_t i = 0; i < N_TOKENS(labels); i++) {
        size_t ll = strlen(labels[i]);
        if (tl <= ll + 1 || strncasecmp(t, labels[i], ll))
            continue;
        const char *rest = t + ll;
        while (*rest == ':' || *rest == ' ')
            rest++;
        pa_date d;
        if (*rest && pa_date_line_kind(rest, tl - (size_t)(rest - t), dlang, &d) == 1)
            return 1;
        /* a month and a year: "January 2023", "Jan. 2023" */
        int month = pa_en_month_abbr(rest) != 0;
        size_t word = strcspn(rest, " ");
        const char *year = rest + word + (rest[word] == ' ');
        return month && word <= 10 && strlen(year) == 4 && isdigit((unsigned char)year[0]) &&
               isdigit((unsigned char)year[1]) && isdigit((unsigned char)year[2]) && isdigit((unsigned char)year[3]);
    }
    return 0;
}

/* Is all of p's text after its first colon a link and the label one word
 * ("Category: <News>", a label longer than its linked value): the visible
 * characters up to the colon and the linked ones make up the line?  A
 * label of words is a list item's ("Where to watch: <Netflix>"). */
static int label_over_link(const para *p)
{
    const char *colon = strchr(p->text, ':');
    if (!colon || memchr(p->text, ' ', (size_t)(colon - p->text)))
        return 0;
    size_t label = visible_in((const xmlChar *)p->text, (size_t)(colon - p->text) + 1);
    return label + p->link_chars >= p->chars;
}

/* Is the line t[0..len) (chars visible characters) a quotation whole: it
 * opens with a double quote mark and closes with one (straight or curly),
 * no other double quote mark inside, at most 300 visible characters?  A
 * fact check's statement card shows the claim so above its headline
 * ("\"Our unemployment rate is the lowest in 50 years.\""); a story's
 * paragraph opening with a quote goes on past it ("\"…,\" she said."). */
static int quoted_claim_line(const char *t, size_t len, size_t chars)
{
    static const char *const opens[] = {"\"", "\xe2\x80\x9c"};
    static const char *const closes[] = {"\"", "\xe2\x80\x9d"};
    if (chars > 300 || len < 12)
        return 0;
    size_t o = 0, c = 0;
    for (size_t i = 0; i < 2 && !o; i++)
        o = !strncmp(t, opens[i], strlen(opens[i])) ? strlen(opens[i]) : 0;
    for (size_t i = 0; i < 2 && !c; i++)
        c = len > strlen(closes[i]) && !memcmp(t + len - strlen(closes[i]), closes[i], strlen(closes[i]))
                ? strlen(closes[i])
                : 0;
    if (!o || !c || o + c >= len)
        return 0;
    for (size_t i = o; i < len - c; i++)
        if (t[i] == '"' || (!strncmp(t + i, "\xe2\x80\x9c", 3) || !strncmp(t + i, "\xe2\x80\x9d", 3)))
            return 0;
    return 1;
}

/* Where does the headline h[0..hl) start at the top of the text
 * out[0..len) (NUL-terminated): at 0, or under one or two kicker lines (a
 * section label, a breadcrumb, "Premium", "UK NEWS", a time), each at most
 * PA_EXTRACT_KICKER_CHARS visible characters and not ended as a sentence,
 * or a claim quoted whole (quoted_claim_line: a fact check's statement card)?
 * The headline matches in any ASCII case.  The headline's offset, or SIZE_MAX.  Reads the first three paragraphs. */
static size_t headline_at(const char *out, size_t len, const char *h, size_t hl)
{
    size_t at = 0;
    for (int kickers = 0;; kickers++) {
        /* (in any case: an old template sets the headline in capitals, or its <title> in title case) */
        if (len - at >= hl && strncasecmp(out + at, h, hl) == 0)
            return at;
        if (kickers == 2)
            return SIZE_MAX;
        const char *end = strstr(out + at, "\n\n");
        if (!end)
            return SIZE_MAX;
        size_t chars = visible_in((const xmlChar *)out + at, (size_t)(end - (out + at)));
        if (quoted_claim_line(out + at, (size_t)(end - (out + at)), chars))
            ; /* a fact check's claim card above the headline: the claim quoted whole */
        else if (chars > PA_EXTRACT_KICKER_CHARS || end == out + at || strchr(".!?", end[-1]))
            return SIZE_MAX; /* a sentence above the headline is an intro, not a label */
        at = (size_t)(end - out) + 2;
    }
}

/* Does the day of line t lie after its first word, not open the line: "0 and 2 8 December 2026" (a payment
 * schedule's row, its group's numbers, then the day) and not "8 December 2026 Opening" or "12/03/2026
 * Meeting"?  The line and the line without its first word give one same day.  Two date parses: asked only of
 * a date line in a list or table after the story's prose. */
static int date_after_first_word(const char *t, const char *dlang)
{
    size_t w = strcspn(t, " ");
    if (!t[w] || w > 12)
        return 0;
    pa_date a, b;
    const char *rest = t + w + 1;
    return pa_date_parse_text(t, strlen(t), dlang, &a) == 0 && pa_date_parse_text(rest, strlen(rest), dlang, &b) == 0 &&
           a.year == b.year && a.month == b.month && a.day == b.day;
}

/* Is paragraph p (its line `line`) a byline with its day ("Jane Doe | March 5, 2026")?  A table's row opening
 * with a number is read without it: "8 10 December 2025" (a schedule's group, then the day) and "0 or 2 8
 * December 2025" are none, "1 Jane Doe March 5, 2026" (a numbered post's row) is one.  Asked only of a date
 * line after the story's prose. */
static int row_byline_date(const para *p, const pa_line *line, const char *dlang, time_t not_after)
{
    if (!p->table || !isdigit((unsigned char)p->text[0]))
        return pa_line_byline_date(line, dlang, not_after);
    size_t w = strcspn(p->text, " ");
    const char *rest = p->text + w + strspn(p->text + w, " ");
    if (!*rest || isdigit((unsigned char)*rest))
        return 0; /* the day right after the number: no name between them */
    pa_line rest_line;
    pa_line_init(&rest_line, rest, p->chars > w ? p->chars - w : 0);
    return pa_line_byline_date(&rest_line, dlang, not_after);
}

/* Is paras[i] a row of a table's figures under the table's kept header
 * row: three cells or more, as many as the row above it in the same table,
 * and its first cell no name but a figure ("$0.12 | August 20, 2020 |
 * September 3, 2020" under "Dividend per share | Record date | Payment
 * date")?  Its days are the table's, no byline's ("Jane Doe | March 5,
 * 2026" opens with the name). */
static int table_figures_row(const para *paras, size_t i)
{
    const para *p = &paras[i];
    if (!i || !p->table || p->row_cells < 2 || isalpha((unsigned char)p->text[0]))
        return 0;
    const para *q = &paras[i - 1];
    return q->table == p->table && q->row_cells == p->row_cells && !q->dropped && !q->link_chars;
}

/* Is paras[i], the page's headline again after the story's prose, inside
 * the story: a kept paragraph without links above it and prose or a list's
 * item below it (a poem's title over its lines, a recipe's over its
 * ingredients)?  A wire's "You just read:" box, a print footer, a related
 * card have furniture or links above the headline, or no story under it. */
static int headline_within_story(const para *paras, size_t i, size_t n)
{
    if (!i || i + 1 >= n || paras[i - 1].dropped || paras[i - 1].link_chars || paras[i - 1].heading)
        return 0;
    const para *q = &paras[i + 1];
    return q->text && !q->link_chars && (q->list || full_sentence(q->text));
}

/* Does t open with the label of an event's or a notice's fact, its colon
 * right after it: "WHAT:", "Who:", "Where:", "Time:", "Location:", "Place:",
 * "Venue:" (any case)?  Such lines set out an advisory's or an event's
 * details ("WHERE: Riverside Park, …"). */
static int fact_label_opens(const char *t)
{
    static const char *const labels[] = {"what", "who", "where", "why", "time", "times", "location",
                                         "place", "venue"};
    size_t w = strcspn(t, ": ");
    if (t[w] != ':' || w < 3 || w > 8)
        return 0;
    return pa_phrase_is_any_case(t, w, PA_PHRASES(labels));
}

/* Does t open with a label of one to three words (letters only, 2 to 24
 * bytes in all), a colon and a space after it ("WHEN: …", "Date and time:
 * …")? */
static int opens_with_short_label(const char *t)
{
    size_t k = 0, words = 1;
    for (; k < 25 && t[k] && t[k] != ':'; k++) {
        if (t[k] == ' ')
            words++;
        else if (!isalpha((unsigned char)t[k]))
            return 0;
    }
    return k >= 2 && k < 25 && t[k] == ':' && t[k + 1] == ' ' && words <= 3;
}

/* Does t open with the English name of a weekday or a month, whole or
 * cut short ("Friday", "March", "Sept.", "Wed,")? */
static int opens_with_day_name(const char *t)
{
    size_t w = strcspn(t, " ,.");
    return pa_en_weekday_word(t, w) || pa_en_month_word(t, w);
}

/* Is t[0..len), a label before its colon, the page's note on its own day
 * rather than a notice's fact: its last word a past participle ("Posted",
 * "Last reviewed", "Originally aired", "Updated") or "written", or a date
 * label of the page's (pa_date_label_line) other than the bare "Date",
 * "When", "Time"? */
static int page_date_label(const char *t, size_t len)
{
    if (len < 2)
        return 0;
    size_t w = len;
    while (w && t[w - 1] != ' ')
        w--;
    size_t wl = len - w;
    if ((wl >= 4 && !strncasecmp(t + len - 2, "ed", 2)) || (wl == 7 && !strncasecmp(t + w, "written", 7)))
        return 1;
    static const char *const facts[] = {"date", "dates", "when", "time", "date and time"};
    for (size_t k = 0; k < sizeof facts / sizeof facts[0]; k++)
        if (strlen(facts[k]) == len && !strncasecmp(t, facts[k], len))
            return 0;
    return pa_date_label_line(t, len);
}

/* Is paras[i], a date line after the story's prose, an advisory's or a
 * notice's day among its other facts, under a label of its own: "WHEN:
 * Friday, June 22, 2018, 11:00 a.m." between "WHAT: …" and "WHERE: …",
 * "Date: Wednesday, March 16, 2022" over "Time: 5:30 p.m." (the one before
 * kept, or the one after, opens with a fact's label: fact_label_opens),
 * or the day alone (a weekday's or a month's name first) under a kept
 * field label of its own ("Lead Plaintiff Deadline:" / "July 24, 2023",
 * not in a table's cell)?  To pa_line_byline_date it reads as a byline's
 * day; the label says otherwise. */
static int notice_fact_day(const para *paras, size_t i, size_t n)
{
    const para *p = &paras[i];
    if (p->link_chars || p->heading)
        return 0;
    if (i && !p->table && paras[i - 1].field_label && !paras[i - 1].dropped && !paras[i - 1].link_chars &&
        opens_with_day_name(p->text) && !paras[i - 1].page_day_label)
        return 1;
    if (!opens_with_short_label(p->text) || page_date_label(p->text, strcspn(p->text, ":")))
        return 0;
    return (i && paras[i - 1].fact_label && !paras[i - 1].dropped && !paras[i - 1].link_chars) ||
           (i + 1 < n && paras[i + 1].text && !paras[i + 1].link_chars && fact_label_opens(paras[i + 1].text));
}

/* Is paras[i], a date line after the story's prose, an entry of a schedule
 * in the story: the value under a kept field label ("When:" over "Saturday,
 * December 12, 2026" in an event's details), or (a notice's key dates, a
 * bid's table: "RFP issued: November
 * 20, 2026" over "Proposals due: January 13, 2027, 2 p.m.") an item of a
 * list or a row of a table, no link in it, beside an item or row of the same
 * list or table (the one before or after it) that is no date line and no
 * link either, and the line opens with what happens, not the date (or with
 * a number, then the day: date_after_first_word)?  A list
 * of dates alone (an archive's days) or of linked headlines with their days
 * is no schedule. */
static int schedule_entry(const para *paras, size_t i, size_t n, const char *dlang)
{
    const para *p = &paras[i];
    if (p->link_chars)
        return 0;
    /* a date label opening it ("Updated: …", "Posted March 3"): the post's own date, in its meta list too */
    for (size_t w = 0; w < 30 && p->text[w]; w++)
        if ((p->text[w] == ' ' || p->text[w] == ':') && pa_date_label_line(p->text, w + (p->text[w] == ':')))
            return 0;
    if (i && !p->table && paras[i - 1].field_label && !paras[i - 1].dropped && !paras[i - 1].link_chars)
        return 1; /* the value of a field of the story's details under its kept label ("When:" / "Saturday, …");
                   * not in a table's cell, a funeral home's box of service times ("Visitation:" / "Tuesday, …") */
    if ((!p->list && !p->table) || (isdigit((unsigned char)p->text[0]) && !date_after_first_word(p->text, dlang)))
        return 0;
    /* the entry names what happens that day before the date; a date alone ("Tuesday, March 24, 2026" in a
     * box of service times) is no entry */
    if (opens_with_day_name(p->text))
        return 0;
    for (size_t k = i ? i - 1 : i + 1; k <= i + 1 && k < n; k += 2) {
        const para *q = &paras[k];
        if (q->list != p->list || q->table != p->table || q->link_chars)
            continue;
        /* (the one before was filtered, its text freed: kept, it was no date line) */
        pa_date d;
        if (k < i ? q->dropped : !q->text || (q->chars <= 200 && pa_date_line_kind(q->text, strlen(q->text), dlang, &d)))
            continue;
        return 1;
    }
    return 0;
}

/* The length of the clock of a recording opening t, with the space after
 * it, when a word follows ("00:00 Intro", "1:02:15 Outro", "4:12 What a
 * steno machine is"); 0 when t opens with none. */
static size_t opens_with_clock(const char *t)
{
    size_t at = 0, groups = 0;
    while (groups < 3) {
        size_t d = strspn(t + at, "0123456789");
        if (!d || d > 2 || (groups && d != 2))
            return 0;
        at += d;
        groups++;
        if (t[at] != ':')
            break;
        at++;
    }
    return groups >= 2 && t[at] == ' ' && isalpha((unsigned char)t[at + 1]) ? at + 1 : 0;
}

/* Does t open with a clock and go on with more than a zone ("02:45 The
 * day the branch closed", "11:30 AM Pie Contest"; not "10:45 GMT")? */
static int clock_entry_text(const char *t)
{
    size_t at = opens_with_clock(t);
    return at && (strchr(t + at, ' ') || strlen(t + at) > 5);
}

/* Is paras[i], read as a live blog's time stamp ("00:00 Intro": a clock
 * and a short word, pa_line_update_time), a chapter of an episode's or a
 * video's list of chapters: it opens with a clock, and so does a kept
 * entry beside it, which goes on with more than a zone ("02:45 The day
 * the branch closed")?  A live blog's stamps ("10:45 GMT" over each
 * entry) have no such neighbour. */
static int chapter_entry(const para *paras, size_t i, size_t n)
{
    if (!paras[i].text || !opens_with_clock(paras[i].text))
        return 0;
    for (size_t k = i ? i - 1 : i + 1; k <= i + 1 && k < n; k += 2) {
        const para *q = &paras[k];
        if (k < i) {
            /* (the one before was filtered, its text freed: its flag tells; an
             * entry of the same list, not a chapter list's last over a stamp) */
            if (q->clocked && q->list == paras[i].list)
                return 1;
            continue;
        }
        if (q->text && clock_entry_text(q->text))
            return 1;
    }
    return 0;
}

/* Is paras[i + 1] there with its text and the site's call (site_call_line:
 * "Got a story? Contact our newsdesk … or email …")? */
static int site_call_after(const para *paras, size_t i, size_t n)
{
    const para *q = i + 1 < n ? &paras[i + 1] : NULL;
    return q && q->text && site_call_line(q->text, q->chars);
}

/* Is paras[i], read as a British live page's dotted stamp ("14.32",
 * "2.32pm", pa_line_update_time), a time of a running order in the story
 * ("10.30" over "Junior sculls …", "13.15" over "The coxed fours …"):
 * the next such clock within six paragraphs is later in the day, or,
 * with none after, the one before within six was kept (kept_clock: the
 * paragraphs before are filtered, their text freed; a dropped one between
 * ends the look) and is earlier?  A live page stamps its posts newest
 * first, and its stamps go. */
static int running_order_time(const para *paras, size_t i, size_t n)
{
    int now = paras[i].text ? pa_dotted_clock_minutes(paras[i].text) : -1;
    if (now < 0)
        return 0;
    for (size_t k = i + 1; k < n && k <= i + 6; k++) {
        int then = paras[k].text ? pa_dotted_clock_minutes(paras[k].text) : -1;
        if (then >= 0)
            return then > now;
    }
    for (size_t k = i; k > 0 && k + 6 > i; k--) {
        const para *q = &paras[k - 1];
        if (q->dropped)
            return 0;
        if (q->kept_clock)
            return q->kept_clock - 1 < now;
    }
    return 0;
}

/* Is p a chapter line whose link is its clock alone ("00:00 Intro", the
 * time linked to the player): the clock's colon is no label's (a news
 * feed's "09:29 <linked headline>" links its headline)? */
static int clock_linked(const para *p)
{
    size_t clock = p->text ? opens_with_clock(p->text) : 0;
    return clock && p->link_chars < clock;
}

/* A name with its nickname in quotes (Raymond "Butch" Albers, Margaret
 * “Peggy” O'Halloran) copied into buf (cap bytes) without it and the space
 * before it: the length copied, 0 when there is no quoted word run between
 * spaces or it does not fit. */
static size_t without_nickname(const char *h, size_t hl, char *buf, size_t cap)
{
    static const char *const opens[] = {" \"", " \xe2\x80\x9c"};  /* " and the left double quote */
    static const char *const closes[] = {"\" ", "\xe2\x80\x9d "}; /* " and the right double quote */
    for (size_t q = 0; q < sizeof opens / sizeof opens[0]; q++) {
        const char *o = memmem(h, hl, opens[q], strlen(opens[q]));
        if (!o)
            continue;
        const char *inner = o + strlen(opens[q]);
        const char *c = memmem(inner, hl - (size_t)(inner - h), closes[q], strlen(closes[q]));
        if (!c || c == inner || (size_t)(c - inner) > 40)
            continue;
        const char *rest = c + strlen(closes[q]) - 1; /* from the space after the nickname */
        size_t head = (size_t)(o - h), tail = hl - (size_t)(rest - h);
        if (head + tail >= cap)
            return 0;
        memcpy(buf, h, head);
        memcpy(buf + head, rest, tail);
        buf[head + tail] = '\0';
        return head + tail;
    }
    return 0;
}

/* Where does an obituary page's heading naming its subject start at the top
 * of the text out[0..len): the headline h[0..hl) (the name) with the word
 * "Obituary" around it ("Jane Doe Obituary", "Obituary for Jane Doe", "Obituary
 * of Jane Doe"; the name also without the nickname of Jane "Janie" Doe), as
 * headline_at finds the headline under one or two kicker lines?  Its
 * offset, the heading copied into buf (cap bytes) for its length; SIZE_MAX
 * when none is there. */
static size_t obituary_heading_at(const char *out, size_t len, const char *h, size_t hl, char *buf, size_t cap)
{
    static const char *const before[] = {"", "Obituary for ", "Obituary of ", ""};
    static const char *const after[] = {" Obituary", "", "", " obituary"};
    char plain[PA_EXTRACT_OBIT_HEADING_BYTES]; /* the name without its nickname: the heading's may lack it */
    size_t pl = without_nickname(h, hl, plain, sizeof plain);
    for (int nick = 0; nick < 2; nick++) {
        const char *name = nick ? plain : h;
        size_t nl = nick ? pl : hl;
        for (size_t k = 0; nl && k < sizeof before / sizeof before[0]; k++) {
            size_t bl = strlen(before[k]), al = strlen(after[k]);
            if (bl + nl + al >= cap)
                return SIZE_MAX;
            memcpy(buf, before[k], bl);
            memcpy(buf + bl, name, nl);
            memcpy(buf + bl + nl, after[k], al + 1);
            size_t at = headline_at(out, len, buf, bl + nl + al);
            if (at != SIZE_MAX)
                return at;
        }
    }
    return SIZE_MAX;
}

/* ---- dates ---- */

static int try_iso(const char *s, time_t not_after, pa_date *d)
{
    return s && pa_date_parse_iso(s, d) == 0 && pa_date_valid(d, not_after);
}

/* try_iso_declared — try_iso for a field that names the publication date
 * (JSON-LD datePublished of an article, a publication-date meta key):
 * its year may lie before 1990 (date.h, pa_date_valid_declared). */
static int try_iso_declared(const char *s, time_t not_after, pa_date *d)
{
    return s && pa_date_parse_iso(s, d) == 0 && pa_date_valid_declared(d, not_after);
}

static int same_day(const pa_date *a, const pa_date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day;
}

/* ---- main ---- */

/* Is the document binary data rather than text: a NUL byte in its first
 * 2 KiB or a file format's magic number (PDF, PNG, GIF, JPEG, zip, gzip)?
 * A UTF-16 byte-order mark (FF FE or FE FF) says text, whose ASCII has NUL
 * bytes, only when markup follows it: a "<" code unit in the first 2 KiB
 * (a JPEG also starts with FF, and random bytes with FF or FE one time in
 * 128). */
static int looks_binary(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t lim = n < 2048 ? n : 2048, zeros = 0;
    if (n >= 4 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        int little = u[0] == 0xFF;
        for (size_t i = 2; i + 1 < lim; i += 2)
            if (little ? (u[i] == '<' && u[i + 1] == 0) : (u[i] == 0 && u[i + 1] == '<'))
                return 0;
        return 1;
    }
    for (size_t i = 0; i < lim; i++)
        if (s[i] == 0)
            zeros++;
    if (zeros)
        return 1;
    static const char *const magic[] = {"%PDF", "\x89PNG", "GIF8", "\xFF\xD8\xFF", "PK\x03\x04", "\x1F\x8B"};
    for (size_t i = 0; i < sizeof magic / sizeof magic[0]; i++)
        if (n >= strlen(magic[i]) && memcmp(s, magic[i], strlen(magic[i])) == 0)
            return 1;
    return 0;
}

void pa_doc_free(pa_doc *doc)
{
    if (!doc)
        return;
    free(doc->url); free(doc->title); free(doc->text); free(doc->lang); free(doc->published);
    free(doc->author); free(doc->sitename); free(doc->canonical); free(doc->charset); free(doc->date_source);
    for (size_t i = 0; i < doc->n_alternates; i++) {
        free(doc->alternates[i].hreflang);
        free(doc->alternates[i].href);
    }
    free(doc->alternates);
    memset(doc, 0, sizeof *doc);
}

static pa_code extract_pass(const char *utf8, size_t ulen, const char *used, const pa_extract_opts *opts, int relaxed,
                            pa_doc *doc, pa_err *err);

/* The bytes of text (tlen long) that decide its language: all of it, or
 * its first PA_EXTRACT_LANG_BYTES cut back at a space or line break (a
 * UTF-8 boundary), as a few kilobytes decide it as well as the whole. */
static size_t lang_sample_len(const char *text, size_t tlen)
{
    size_t dlen = tlen;
    if (dlen > PA_EXTRACT_LANG_BYTES) {
        dlen = PA_EXTRACT_LANG_BYTES;
        while (dlen > PA_EXTRACT_LANG_BYTES / 2 && text[dlen] != ' ' && text[dlen] != '\n')
            dlen--;
        while (dlen && ((unsigned char)text[dlen] & 0xC0) == 0x80)
            dlen--;
    }
    return dlen;
}

/* Does the language tag t (not NULL) name English: "en", "en-GB", "en_US"
 * (any case)?  Reads t[1] and t[2] only when the bytes before them match. */
static int english_tag(const char *t)
{
    return (t[0] | 0x20) == 'e' && (t[1] | 0x20) == 'n' && (!t[2] || t[2] == '-' || t[2] == '_');
}

/* Is the page labelled English (dlang "en", "en-US" …) while its story
 * (scan: its text's language sample, tlen bytes of text in all, 400 or
 * more, of Latin script) reads as another language of Latin script, a
 * Spanish story under a CMS's default lang="en-US"?  Then the text's
 * language reads its date lines: "09/03/2026" is the 9th of March there,
 * not September 3rd.  Whenever it asks pa_lang_scan_detect, the answer is
 * left in detected (cap bytes) and *detected_made set, for the page's
 * language to reuse; detected is the text's language when it returns 1. */
static int english_label_over_other_text(const pa_lang_scan *scan, size_t tlen, const char *dlang, char *detected,
                                         size_t cap, int *detected_made)
{
    static const char *const others[] = {"es", "pt", "fr", "de", "it", "nl", "ca", "id", "ms", "pl", "tr", "ro"};
    if (!dlang || !english_tag(dlang) || tlen < 400)
        return 0;
    if (strcmp(pa_lang_scan_script(scan), "Latn") != 0)
        return 0;
    pa_lang_scan_detect(scan, detected, cap);
    *detected_made = 1;
    return pa_phrase_is(detected, strlen(detected), PA_PHRASES(others));
}

/* pa_extract, and with `scratch` (html itself, writable, NUL at html[len])
 * pa_extract_scratch's: valid UTF-8 is read in place, not copied. */
static pa_code extract_input(const char *html, size_t len, char *scratch, const pa_extract_opts *opts, pa_doc *doc,
                             pa_err *err)
{
    memset(doc, 0, sizeof *doc);
    pa_extract_opts none;
    memset(&none, 0, sizeof none);
    if (!opts)
        opts = &none;
    if (!html || len == 0)
        return pa_err_set(err, PA_ERR_INVALID, "empty document");
    if (len > PA_EXTRACT_MAX_INPUT)
        return pa_err_set(err, PA_ERR_LIMIT, "document larger than %zu bytes", (size_t)PA_EXTRACT_MAX_INPUT);
    if (looks_binary(html, len))
        return pa_err_set(err, PA_ERR_INVALID, "not HTML (binary data)");

    char http_cs[64];
    pa_charset_from_content_type(opts->content_type, http_cs, sizeof http_cs);
    char *utf8 = NULL, used[64];
    size_t ulen = 0;
    int reused = 0; /* utf8 points into scratch: nothing to free */
    pa_code rc = scratch ? pa_charset_to_utf8_reuse(scratch, len, opts->charset, http_cs, &utf8, &ulen, used, sizeof used,
                                                    &reused, err)
                         : pa_charset_to_utf8(html, len, opts->charset, http_cs, &utf8, &ulen, used, sizeof used, err);
    if (rc)
        return rc;
    if (!memchr(utf8, '<', ulen < 65536 ? ulen : 65536)) {
        if (!reused)
            free(utf8);
        return pa_err_set(err, PA_ERR_INVALID, "not HTML (no markup in the first 64 KiB)");
    }
    if (ulen > INT32_MAX) {
        if (!reused)
            free(utf8);
        return pa_err_set(err, PA_ERR_LIMIT, "document too large");
    }
    /* libxml2 reads script and style text one character at a time and
     * the extractor uses none of it but JSON-LD's: cut it first (not when
     * NUL bytes at the start may make libxml2 guess another encoding) */
    if (ulen >= 4 && utf8[0] && utf8[1] && utf8[2] && utf8[3]) {
        ulen = pa_rawtext_drop(utf8, ulen);
        utf8[ulen] = '\0';
    }
    /* the passes' trees (~100 000 small blocks on a large page) come from
     * an arena released at once (xml_arena.h) */
    pa_xml_arena_begin();
    rc = extract_pass(utf8, ulen, used, opts, 0, doc, err);
    /* Next to nothing found: class words may have hidden the article (a
     * page-wide wrapper called "…-nav"): once more without them. */
    if (rc == PA_OK && strlen(doc->text) < PA_EXTRACT_RETRY_CHARS) {
        pa_doc relaxed;
        pa_err rerr;
        if (extract_pass(utf8, ulen, used, opts, 1, &relaxed, &rerr) == PA_OK) {
            if (strlen(relaxed.text) >= 2 * strlen(doc->text) + 50) {
                pa_doc_free(doc);
                *doc = relaxed;
            } else {
                pa_doc_free(&relaxed);
            }
        }
    }
    pa_xml_arena_end();
    if (!reused)
        free(utf8);
    return rc;
}

pa_code pa_extract(const char *html, size_t len, const pa_extract_opts *opts, pa_doc *doc, pa_err *err)
{
    return extract_input(html, len, NULL, opts, doc, err);
}

pa_code pa_extract_scratch(char *html, size_t len, const pa_extract_opts *opts, pa_doc *doc, pa_err *err)
{
    return extract_input(html, len, html, opts, doc, err);
}

/* A lead set apart in a <div> of its own text before the article body
 * (<div class="lead">Two sentences of summary.</div>): no block inside,
 * no link, 100+ visible characters in ten words or more, with a comma or
 * a sentence's end.  Beside the body it reads as its first paragraph. */
static int lead_box(const xmlNode *n)
{
    if (!name_is(n, "div") || has_block_child(n))
        return 0;
    tstats st = {0, 0, 0, 0};
    stats(n, 0, &st, 0);
    if (st.chars < 100 || st.link_chars)
        return 0;
    char *t = node_text(n);
    if (!t)
        return 0;
    int lead = space_words(t, strlen(t)) >= 10 && (st.commas || strchr(t, '.'));
    free(t);
    return lead;
}

/* A lead (lead_box, or a wrapped_paragraph) inside wrappers that hold
 * nothing else (page-builder rows, grid cells: <div><div><div><p>): the
 * story's first paragraph set apart above the body by boxes between
 * them.  Returns the innermost wrapper or NULL; six levels down at most. */
static xmlNode *wrapped_lead(xmlNode *n)
{
    static const char *const picture_words[] = {"photo", "caption", "credit", "image", "img", "figure", "media"};
    for (int l = 0; l < 6 && n && name_is(n, "div"); l++) {
        const char *cls = attr_ref(n, "class");
        if (cls && has_token_at(cls, picture_words, sizeof picture_words / sizeof picture_words[0], 1))
            return NULL; /* a picture's box: its caption */
        if (lead_box(n) || wrapped_paragraph(n))
            return n;
        xmlNode *only = NULL;
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                if (only)
                    return NULL;
                only = c;
            } else if (c->type == XML_TEXT_NODE && c->content) {
                for (const xmlChar *q = c->content; *q; q++)
                    if (!isspace(*q))
                        return NULL;
            }
        }
        n = only;
    }
    return NULL;
}

/* The top block's place among the blocks of the story: wrappers that hold
 * the top block and nothing visible beside it (a <div> around a <div>)
 * are climbed, up to `levels`, not to `body`, so that the blocks beside
 * the story (headline, lead) are its siblings. */
static xmlNode *past_empty_wrappers(xmlNode *top, const xmlNode *body, int levels)
{
    for (int l = 0; l < levels && top != body && top->parent && top->parent != body &&
                    top->parent->type == XML_ELEMENT_NODE;
         l++) {
        for (const xmlNode *c = top->parent->children; c; c = c->next) {
            if (c == top)
                continue;
            tstats st = {0, 0, 0, 0};
            if (c->type == XML_TEXT_NODE && c->content)
                text_stats((const char *)c->content, 0, &st);
            else if (c->type == XML_ELEMENT_NODE)
                stats(c, 0, &st, 0);
            if (st.chars)
                return top;
        }
        top = top->parent;
    }
    return top;
}

/* Adds to *chars the visible characters under n that sit in list items
 * (`in_item`: n is inside one); bounded by *budget elements. */
static void list_item_chars(const xmlNode *n, int in_item, size_t *chars, size_t *budget, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (const xmlNode *c = n->children; c && *budget; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && in_item)
            *chars += visible_chars(c->content);
        else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            (*budget)--;
            list_item_chars(c, in_item || name_is(c, "li"), chars, budget, depth + 1);
        }
    }
}

/* Do class attributes a and b name the same kind of story part: equal
 * but for white space, or the one's class words are the first ones of the
 * other ("content" and "content lead": the first part marked as such)? */
static int story_part_class(const char *a, const char *b)
{
    for (int words = 0;; words++) {
        while (*a == ' ' || *a == '\t' || *a == '\n')
            a++;
        while (*b == ' ' || *b == '\t' || *b == '\n')
            b++;
        if (!*a || !*b)
            return words > 0;
        size_t la = strcspn(a, " \t\n"), lb = strcspn(b, " \t\n");
        if (la != lb || strncmp(a, b, la) != 0)
            return 0;
        a += la;
        b += lb;
    }
}

/* The story's other parts: a CMS that cuts the body at every insert
 * (an ad slot, a related-story card, a sign-up box, a picture) gives each
 * part the class of the others, and the widening may stop at an insert.
 * Collects, in document order, the elements under `scope` (outside
 * `skip`, the chosen container) whose class attribute is `cls` (the
 * scored block's own), or its first class words, or begins with it
 * (story_part_class) and whose text is mostly article paragraphs
 * (tmass good min_good+ and 70% of it; with `leaf_ok`, a thread's posts,
 * any text of min_good and 20 characters or more, a post's lines cut by
 * <br> and its quote of an earlier post with a linked header) without linked headlines (a list of
 * teasers: 5% of it in link-only blocks, a quarter in links, half in
 * list items at most); not inside one another.  Bounded by
 * *budget elements and PA_EXTRACT_COMPANIONS results. */
static void find_companions(xmlNode *scope, const char *cls, const xmlNode *skip, xmlNode **out, size_t *n_out,
                            size_t *budget, size_t min_good, int leaf_ok, int depth)
{
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return;
    for (xmlNode *c = scope->children; c && *budget && *n_out < PA_EXTRACT_COMPANIONS; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || c == skip)
            continue;
        (*budget)--;
        const char *k = attr_ref(c, "class");
        if (k && *k && story_part_class(k, cls)) {
            tmass m = {0};
            mass_of(c, &m, 0);
            tstats st = {0, 0, 0, 0};
            stats(c, 0, &st, 0);
            size_t listed = 0, list_budget = 5000;
            list_item_chars(c, 0, &listed, &list_budget, 0);
            int prose = leaf_ok ? st.chars >= 20 && st.chars >= min_good
                                : m.good >= min_good && m.good * 10 >= m.all * 7 && m.linky * 20 <= m.all;
            if (prose && st.link_chars * 4 < st.chars && listed * 2 < m.all)
                out[(*n_out)++] = c;
            continue;
        }
        find_companions(c, cls, skip, out, n_out, budget, min_good, leaf_ok, depth + 1);
    }
}

/* Visible characters of the text between the end of `from` and the start
 * of `to` (from before to in document order) under `scope`: what stands
 * between two parts of a story.  *state walks 0 (before from), 1
 * (counting), 2 (reached to); the count stops past `most`, and is more
 * than `most` when an <h1> stands between (the next story's headline). */
static size_t chars_between(const xmlNode *scope, const xmlNode *from, const xmlNode *to, int *state, size_t most,
                            size_t *budget, int depth)
{
    size_t k = 0;
    if (depth > PA_EXTRACT_MAX_DEPTH)
        return 0;
    for (const xmlNode *c = scope->children; c && *state < 2 && *budget && k <= most; c = c->next) {
        (*budget)--;
        if (c == to) {
            *state = 2;
        } else if (c == from) {
            *state = 1;
        } else if (c->type == XML_TEXT_NODE && c->content) {
            if (*state == 1)
                k += visible_chars(c->content);
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style")) {
            if (*state == 1 && is_h1_or_mark(c))
                return most + 1; /* another story's headline (or its dropped header): not an insert */
            k += chars_between(c, from, to, state, most - k, budget, depth + 1);
        }
    }
    return k;
}

/* Does n hold (or is it) one of the companions? */
static int holds_companion(const xmlNode *n, xmlNode *const *comp, size_t n_comp)
{
    for (size_t i = 0; i < n_comp; i++)
        if (comp[i] == n || is_ancestor(n, comp[i]))
            return 1;
    return 0;
}

/* Keeps of the story's parts comp[0..n) (in document order, under
 * `scope`) those next to the story `top`: what stands between a part and
 * the story (or the part nearer to it) is an insert, 800 characters at
 * most; a farther block of the same class is another story's.  Moves the
 * kept parts to the front and returns their number. */
static size_t adjacent_parts(const xmlNode *scope, const xmlNode *top, xmlNode **comp, size_t n)
{
    if (!n)
        return 0;
    size_t first_after = 0;
    while (first_after < n && xmlXPathCmpNodes(comp[first_after], (xmlNode *)top) == 1)
        first_after++;
    size_t keep_from = first_after, keep_to = first_after;
    const xmlNode *near = top;
    while (keep_from > 0) {
        int state = 0;
        size_t budget_gap = 50000;
        if (chars_between(scope, comp[keep_from - 1], near, &state, 800, &budget_gap, 0) > 800 || state != 2)
            break;
        near = comp[--keep_from];
    }
    near = top;
    while (keep_to < n) {
        int state = 0;
        size_t budget_gap = 50000;
        if (chars_between(scope, near, comp[keep_to], &state, 800, &budget_gap, 0) > 800 || state != 2)
            break;
        near = comp[keep_to++];
    }
    memmove(comp, comp + keep_from, (keep_to - keep_from) * sizeof *comp);
    return keep_to - keep_from;
}

/* The run of posts the scored block belongs to on a discussion page (a
 * forum thread's posts, a Q&A page's question and answers): climbing from
 * `scored` (at most PA_EXTRACT_THREAD_LEVELS ancestors, not to `body`),
 * the first ancestor P whose siblings hold parts of the scored block's
 * class `cls` (find_companions, leaf text counted) and text beside it (the
 * post's author, date or counts): two siblings or more of P's tag holding
 * one each (the other posts, whatever their classes: "windowbg" and
 * "windowbg2"), or one sibling holding two (a Q&A page's answers in a box
 * after the question), or one such post at a level above one met lower
 * (the question beside the box of the answers, one of which was scored).
 * Returns P's parent, the scope in
 * which the other posts' bodies are the story's parts, or NULL.  Reads at
 * most 400 siblings a level and 4000 elements under them. */
static xmlNode *thread_posts_scope(xmlNode *scored, const xmlNode *body, const char *cls)
{
    xmlNode *p = scored;
    size_t with_part = 0; /* posts met so far, at this level and below */
    for (int l = 0; l < PA_EXTRACT_THREAD_LEVELS && p->parent && p->parent != body && p->parent->type == XML_ELEMENT_NODE;
         l++) {
        p = p->parent;
        size_t seen = 0, budget = 4000;
        for (xmlNode *s = p->parent->children; s && seen < 400 && budget; s = s->next) {
            if (s == p || s->type != XML_ELEMENT_NODE)
                continue;
            seen++;
            xmlNode *part[PA_EXTRACT_COMPANIONS];
            size_t n_part = 0;
            find_companions(s, cls, NULL, part, &n_part, &budget, 0, 1, 0);
            if (!n_part)
                continue;
            tstats all = {0, 0, 0, 0};
            stats(s, 0, &all, 0);
            size_t in_parts = 0;
            for (size_t i = 0; i < n_part; i++) {
                tstats st = {0, 0, 0, 0};
                stats(part[i], 0, &st, 0);
                in_parts += st.chars;
            }
            if (all.chars < in_parts + 2)
                continue; /* its part alone, no post's author or date: a how-to's step */
            with_part += !strcmp((const char *)s->name, (const char *)p->name) || with_part;
            if (n_part >= 2 || with_part >= 2)
                return p->parent;
        }
    }
    return NULL;
}

/* The classed block that holds the text of the unclassed scored block n
 * on a discussion page: a table row of phpBB 2 ("<tr><td colspan=2><span
 * class=postbody>…"), whose post text is named only inside it.  Descends
 * through lone element children holding 90% of n's characters or more, at
 * most 4 levels; returns the first with a class, or n. */
static xmlNode *classed_post_text(xmlNode *n)
{
    tstats all = {0, 0, 0, 0};
    stats(n, 0, &all, 0);
    xmlNode *p = n;
    for (int l = 0; l < 4 && all.chars; l++) {
        xmlNode *only = NULL;
        for (xmlNode *c = p->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            tstats st = {0, 0, 0, 0};
            stats(c, 0, &st, 0);
            if (st.chars * 10 >= all.chars * 9) {
                only = c;
                break;
            }
        }
        if (!only)
            return n;
        const char *cls = attr_ref(only, "class");
        if (cls && *cls)
            return only;
        p = only;
    }
    return n;
}

/* Class or id words naming the lead a news site sets apart above the body
 * ("art-lead", "gazeta_article_lead", "articleLead", Czech "perex",
 * Russian "anons"), tested as whole words (has_token_at). */
static const char *const set_lead_tokens[] = {"lead", "lede", "lid", "perex", "intro", "anons", "announce"};

/* Is n named as a lead (set_lead_tokens, in its class or id) and not as a
 * picture's part ("lead-media-caption", "lead-image")? */
static int named_lead(const xmlNode *n)
{
    static const char *const picture_words[] = {"caption", "credit", "photo", "image", "img", "media", "video", "figure"};
    const char *cls = attr_ref(n, "class"), *id = attr_ref(n, "id");
    if (!has_token_at(cls, set_lead_tokens, N_TOKENS(set_lead_tokens), 1) &&
        !has_token_at(id, set_lead_tokens, N_TOKENS(set_lead_tokens), 1))
        return 0;
    return !has_token_at(cls, picture_words, N_TOKENS(picture_words), 1) &&
           !has_token_at(id, picture_words, N_TOKENS(picture_words), 1);
}

/* Does t (a lead's text, `chars` visible characters, `link_chars` of them
 * in links) read as a story's first paragraph in a language other than
 * English: 80 to 1,000 characters, ten words or more, a sentence's end,
 * almost no link, and a language pa_lang_detect tells that is not "en"?
 * Polish, Russian, Czech or Greek papers print that lead as the story's
 * opening paragraph; an English site's standfirst above the body is a
 * deck, which the benchmarks leave out. */
static int foreign_lead_text(const char *t, size_t chars, size_t link_chars)
{
    if (!t || chars < 80 || chars > 1000 || link_chars * 10 > chars)
        return 0;
    size_t len = strlen(t);
    if (space_words(t, len) < 10 || (!strchr(t, '.') && !strchr(t, '!') && !strchr(t, '?')))
        return 0;
    char lang[16];
    pa_lang_detect(t, len, lang, sizeof lang);
    return lang[0] && strcmp(lang, "en") != 0;
}

/* Does the text `after` (the story's first 1,000 bytes or more) retell
 * the lead t, a summary over the first paragraph (RIA's "article_lead"):
 * t's first six words (60 bytes at most) found in its first 1,000 bytes
 * (after a dateline: "МОСКВА, 4 янв — РИА Новости. …")? */
static int lead_retold(const char *t, const char *after)
{
    size_t cut = 0;
    for (int words = 0; t[cut] && cut < 60; cut++)
        if (t[cut] == ' ' && ++words == 6)
            break;
    while (cut && ((unsigned char)t[cut] & 0xC0) == 0x80)
        cut--; /* not inside a UTF-8 character */
    if (cut < 20 || !after)
        return 0;
    size_t al = strnlen(after, 1000);
    for (size_t i = 0; i + cut <= al; i++)
        if (after[i] == t[0] && !memcmp(after + i, t, cut))
            return 1;
    return 0;
}

/* lead_retold of t by the text of the top block. */
static int lead_retold_by(const char *t, const xmlNode *top)
{
    char *body = node_text(top);
    int retold = lead_retold(t, body);
    free(body);
    return retold;
}

/* Is n a box of text alone (no element inside but inline ones and <p>,
 * <br>) in the shape of an unnamed lead: a <div>, <p>, <h2>-<h5>, <cite>,
 * <strong> or <b>? */
static int lead_shaped(const xmlNode *n)
{
    static const char *const names[] = {"div", "p", "h2", "h3", "h4", "h5", "cite", "strong", "b"};
    if (!name_among(n, names, N_TOKENS(names), NULL))
        return 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && is_block(c) && !name_is(c, "p") && !name_is(c, "br"))
            return 0;
    return 1;
}

/* Is n a lead named as such (named_lead) whose text reads as a story's
 * first paragraph not in English (foreign_lead_text) and that the text
 * after it does not retell?  strip() keeps it (a deck or header box
 * otherwise) for set_apart_lead to find. */
static int foreign_set_lead(const xmlNode *n)
{
    if (!named_lead(n))
        return 0;
    tstats st = {0, 0, 0, 0};
    stats(n, 0, &st, 0);
    char *t = node_text(n);
    int ok = foreign_lead_text(t, st.chars, st.link_chars);
    if (ok) {
        /* not a summary the paragraphs after it retell (six elements at most) */
        pa_buf after;
        pa_buf_init(&after, 1 << 16);
        int k = 0;
        for (const xmlNode *x = n->next; x && k < 6 && after.len < 1000; x = x->next) {
            if (x->type != XML_ELEMENT_NODE)
                continue;
            k++;
            char *xt = node_text(x);
            if (xt) {
                pa_buf_append(&after, xt, strlen(xt));
                pa_buf_putc(&after, ' ');
            }
            free(xt);
        }
        ok = !lead_retold(t, after.data);
        pa_buf_free(&after);
    }
    free(t);
    return ok;
}

/* What is n (tstats *st of its text), met walking back from the top block
 * to the lead set apart above it: 0, text of the story or of the page; 1,
 * page furniture that does not hide the lead: a link or a short row of
 * links (60 characters at most: a tools bar, a tab row), or one line of
 * 200 characters at most that is a picture's credit ("Fot. PTWP"), a
 * byline with its date ("Anna NOWAK — 13.01.2012") or a label
 * (pa_line_furniture, pa_line_credit, pa_line_byline, a date line); 2, a
 * longer list of links (teasers of other stories), past which only a lead
 * the page's description repeats is taken (set_apart_lead). */
static int lead_walk_furniture(const xmlNode *n, const tstats *st)
{
    if (is_link(n) || st->link_chars * 2 >= st->chars)
        return is_link(n) || st->chars <= 60 ? 1 : 2;
    if (st->chars > 200)
        return 0;
    char *t = node_text(n);
    if (!t)
        return 0;
    size_t len = strlen(t);
    pa_line line;
    pa_line_init(&line, t, st->chars);
    int furniture = pa_line_furniture(&line) || pa_line_credit(&line) || pa_line_byline(&line) ||
                    pa_date_line_kind(t, len, NULL, NULL) != 0;
    free(t);
    return furniture;
}

/* Is n beside a picture or its credit: the element right before or after
 * n an <img>, <picture>, <figure>, <video> or <svg> (is_picture), or the
 * one after it a line of 200 characters at most that is a picture's
 * credit or a label (pa_line_credit, pa_line_furniture: "Fot. Radek Nowak
 * / PAP")?  Then n
 * is the caption of a photo box ("<div class=photo><img><div
 * class=opis>…</div><div class=autor>Fot. …</div></div>"), no lead set
 * apart. */
static int beside_picture(const xmlNode *n)
{
    for (int side = 0; side < 2; side++) {
        const xmlNode *c = side ? n->next : n->prev;
        while (c && c->type != XML_ELEMENT_NODE)
            c = side ? c->next : c->prev;
        if (!c)
            continue;
        if (is_picture(c))
            return 1;
        if (!side)
            continue; /* (a credit before n closes the photo box above it: "(fot. …)" over the lead) */
        tstats st = {0, 0, 0, 0};
        stats(c, 0, &st, 0);
        if (!st.chars || st.chars > 200)
            continue;
        char *t = node_text(c);
        int credit = 0;
        if (t) {
            pa_line line;
            pa_line_init(&line, t, st.chars);
            credit = pa_line_credit(&line) || pa_line_furniture(&line);
        }
        free(t);
        if (credit)
            return 1;
    }
    return 0;
}

/* The lead a story not in English sets apart above its body, outside the
 * top block: an element named as a lead (named_lead) met walking back in
 * document order from the top block (the nearest first; 80 elements with
 * text and 400 nodes at most, not past the page's <h1>, the headline above
 * it; a top block holding the <h1> has none), whose text reads
 * as the story's first paragraph (foreign_lead_text); or an ancestor of
 * the top block, up to four levels, named as a lead and holding that text
 * itself before the block ("<div class=art-lead>Lead…<div
 * class=art-content>"): then *host is that ancestor.  NULL: none.  An
 * unnamed lead past a list of links (lead_walk_furniture) must open with
 * words of the page's description desc (a teaser box of the sidebar is
 * prose too); one beside a picture or over its credit (beside_picture) is
 * the picture's caption. */
static xmlNode *set_apart_lead(xmlNode *top, const xmlNode *body, const char *desc, xmlNode **host)
{
    *host = NULL;
#ifdef PA_EXTRACT_DEBUG
    fprintf(stderr, "SET-APART TOP <%s class=%s>\n", top->name, attr_ref(top, "class") ? attr_ref(top, "class") : "");
#endif
    xmlNode *a = top->parent;
    for (int l = 0; l < 4 && a && a != body && a->type == XML_ELEMENT_NODE; l++, a = a->parent) {
        if (!named_lead(a))
            continue;
        tstats st = {0, 0, 0, 0};
        pa_buf b;
        pa_buf_init(&b, 1 << 16);
        for (xmlNode *c = a->children; c && !is_ancestor(c, top) && c != top; c = c->next) {
            if (c->type == XML_TEXT_NODE && c->content) {
                text_stats((const char *)c->content, 0, &st);
                pa_buf_append(&b, (const char *)c->content, strlen((const char *)c->content));
            }
        }
        char *t = pa_extract_clean_space(b.data ? b.data : "");
        pa_buf_free(&b);
        int ok = foreign_lead_text(t, st.chars, st.link_chars);
        free(t);
        if (ok) {
            *host = a;
            return a;
        }
    }
    if (holds_h1(top))
        return NULL; /* the headline in the top block: its lead is there too, not behind it */
    xmlNode *n = top;
    int seen_text = 0; /* an element with text met: an unnamed lead must be the first */
    int past_links = 0; /* a list of links met: an unnamed lead must repeat the description (desc) */
    const xmlNode *scope = top; /* an unnamed lead sits within three levels above the top block */
    for (int l = 0; l < 3 && scope->parent && scope->parent != body && scope->parent->type == XML_ELEMENT_NODE; l++)
        scope = scope->parent;
    for (int budget = 80, steps = 400; budget > 0 && steps > 0 && n && n != body; steps--) {
        if (n->prev) {
            n = n->prev;
            while (n->type == XML_ELEMENT_NODE && n->last && !name_is(n, "script") && !name_is(n, "style"))
                n = n->last;
        } else {
            n = n->parent; /* an ancestor of the top block, or of the nodes walked: its children are behind */
            if (!n || n == body || n->type != XML_ELEMENT_NODE)
                return NULL;
            if (name_is(n, "h1"))
                return NULL;
            if (is_ancestor(n, top))
                continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(n, "h1"))
            return NULL;
        if (is_ancestor(n, top))
            continue;
        tstats st = {0, 0, 0, 0};
        stats(n, 0, &st, 0);
        budget -= st.chars > 0; /* (empty wrappers, buttons and white space cost a step only) */
        /* an unnamed box of prose (lead_shaped) right before the body, nothing with text between */
        int unnamed = !seen_text && st.chars >= 20 && !named_lead(n) && lead_shaped(n) && is_ancestor(scope, n) &&
                      !beside_picture(n);
        int furniture = st.chars >= 20 ? lead_walk_furniture(n, &st) : 1;
        if (!furniture)
            seen_text = 1;
        past_links |= furniture == 2;
        if (!unnamed && !named_lead(n))
            continue;
        char *t = node_text(n);
        int ok = foreign_lead_text(t, st.chars, st.link_chars) && !lead_retold_by(t, top) &&
                 (!unnamed || !past_links || (desc && lead_retold(t, desc)));
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "SET-APART LEAD <%s class=%s> chars=%zu ok=%d |%.80s\n", n->name,
                attr_ref(n, "class") ? attr_ref(n, "class") : "", st.chars, ok, t ? t : "");
#endif
        free(t);
        if (ok)
            return n;
    }
    return NULL;
}

/* Emit the text host holds before the child that is or holds top: its
 * text and inline elements, up to the first block element (the lead a
 * box prints before the body it also holds). */
static void emit_text_before(emitter *e, xmlNode *host, const xmlNode *top)
{
    for (xmlNode *c = host->children; c && c != top && !is_ancestor(c, top); c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t ch = visible_chars(c->content);
            pa_buf_append(&e->cur, (const char *)c->content, strlen((const char *)c->content));
            e->cur_chars += ch;
        } else if (c->type == XML_ELEMENT_NODE) {
            break;
        }
    }
}

/* Drop paras[at], the set-apart lead emitted first, when a later
 * paragraph holds its text (the lead taken again in its place among the
 * blocks before the body, after the headline's date line): that copy
 * stays where the page prints it. */
static void drop_lead_repeats(emitter *e, size_t at)
{
    const char *lead = e->paras[at].text;
    for (size_t j = at + 1; j < e->n && lead; j++) {
        if (e->paras[j].text && strstr(e->paras[j].text, lead)) {
            free(e->paras[at].text);
            memmove(&e->paras[at], &e->paras[at + 1], (e->n - at - 1) * sizeof e->paras[0]);
            e->n--;
            return;
        }
    }
}

/* Emit the lead blocks (wrapped_lead: a lead_box or a wrapped_paragraph
 * of prose, maybe in wrappers of its own) that stand before `outer`, the
 * top block's outermost empty wrapper (past_empty_wrappers): a lead set
 * apart above the body a few wrappers up.  Only such blocks: other blocks
 * there are the page's, not the story's; one holding a companion (the
 * story's part, emitted on its own) is skipped. */
static void emit_leads_before(emitter *e, xmlNode *outer, xmlNode *const *comp, size_t n_comp)
{
    for (xmlNode *s = outer->parent ? outer->parent->children : NULL; s && s != outer; s = s->next) {
        if (s->type != XML_ELEMENT_NODE || !wrapped_lead(s) || holds_companion(s, comp, n_comp))
            continue;
        tstats st = {0, 0, 0, 0};
        stats(s, 0, &st, 0);
        if (st.chars <= 80 || st.link_chars * 4 >= st.chars)
            continue;
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "LEAD <%s class=%s id=%s>\n", s->name, attr_ref(s, "class") ? attr_ref(s, "class") : "",
                attr_ref(s, "id") ? attr_ref(s, "id") : "");
#endif
        flush_para(e);
        emit(e, s, 0, 0);
        flush_para(e);
    }
}

/* Does the subtree n hold an element with no element child whose text,
 * space trimmed, is want[0..wl)?  A bounded walk (*budget elements, depth
 * 64). */
static int shows_text_alone(const xmlNode *n, const char *want, size_t wl, size_t *budget, int depth)
{
    for (const xmlNode *c = n->children; c && depth < 64; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || *budget == 0)
            continue;
        (*budget)--;
        if (name_is(c, "script") || name_is(c, "style") || name_is(c, "title"))
            continue;
        if (has_element_child(c)) {
            if (shows_text_alone(c, want, wl, budget, depth + 1))
                return 1;
            continue;
        }
        char *t = node_text(c);
        if (!t)
            continue;
        const char *a = t + strspn(t, " \t\r\n");
        size_t al = strlen(a);
        while (al && isspace((unsigned char)a[al - 1]))
            al--;
        int same = al == wl && !strncmp(a, want, wl);
        free(t);
        if (same)
            return 1;
    }
    return 0;
}

/* The length of the headline part of a <title> parted by unspaced marks
 * ("Headline-Company News-Example Co., Ltd.", "Headline_News_Example"): at
 * an unspaced "-" or "_" (a non-space on both sides, at most eight tried),
 * a part of four words or more and 8 to 200 bytes, not ending a sentence,
 * with three bytes or more after it, that the text opens with as a line
 * of its own or that an element of the page (root) shows alone; 0 when
 * none. */
static size_t shown_title_part(const xmlNode *root, const char *title, const char *text)
{
    size_t tl = strlen(title), tries = 0;
    for (size_t i = 8; i + 3 <= tl && i <= 200 && tries < 8; i++) {
        if ((title[i] != '-' && title[i] != '_') || title[i - 1] == ' ' || title[i + 1] == ' ' || !title[i + 1])
            continue;
        tries++;
        if (strchr(".?!", title[i - 1]))
            continue;
        size_t words = 1;
        for (size_t k = 0; k < i; k++)
            words += title[k] == ' ';
        if (words < 4)
            continue;
        if (text && strcspn(text, "\n") == i && !strncmp(text, title, i))
            return i;
        size_t budget = 20000;
        if (root && shows_text_alone(root, title, i, &budget, 0))
            return i;
    }
    return 0;
}

/* The length of the line the text opens with when it is a part of the
 * <title> parted by a spaced mark ("Example Fire Department :: Department
 * Receives Grant for New Boat", the site's name first and the headline
 * shorter than twice its length): a line of four words or more, 8 to 200
 * bytes, not ending a sentence, set in the title between a start or a
 * space before a mark (no letter, no digit) and an end or a space after
 * one, and shorter than the title; 0 when not. */
static size_t opening_title_part(const char *title, const char *text)
{
    size_t n = text ? strcspn(text, "\n") : 0, tl = strlen(title);
    if (n < 8 || n > 200 || n >= tl || strchr(".?!", text[n - 1]))
        return 0;
    size_t words = 1;
    for (size_t k = 0; k < n; k++)
        words += text[k] == ' ';
    if (words < 4)
        return 0;
    for (size_t from = 0; from + n <= tl; from++) {
        if (title[from] != text[0] || strncmp(title + from, text, n))
            continue;
        size_t to = from + n;
        int mark_before = from >= 3 && title[from - 1] == ' ' && !isalnum((unsigned char)title[from - 2]) &&
                          title[from - 2] != ' ';
        int mark_after = to + 2 < tl && title[to] == ' ' && !isalnum((unsigned char)title[to + 1]) &&
                         title[to + 1] != ' ';
        if ((from == 0 || mark_before) && (to == tl || mark_after) && (mark_before || mark_after))
            return n;
    }
    return 0;
}

/* The parse's startDocument (xmlSAX2StartDocument): the document then
 * shares the parser's dictionary, which holds every element and attribute
 * name the HTML parser reads, so that fast_start_element can name nodes
 * with those strings instead of copies (libxml2 frees a node's strings
 * only when the document's dictionary does not own them). */
static void dict_start_document(void *ctx)
{
    xmlParserCtxtPtr ctxt = ctx;
    xmlSAX2StartDocument(ctx);
    if (ctxt && ctxt->myDoc && !ctxt->myDoc->dict && ctxt->dict) {
        ctxt->myDoc->dict = ctxt->dict;
        xmlDictReference(ctxt->dict);
    }
}

/* Is attribute a of element n an ID for xmlAddID, as xmlSAX2StartElement
 * registers it in an HTML document: "xml:id" on any element (its own
 * branch there), or as xmlIsID reads it, "id", or "name" on an <a>? */
static int html_id_attr(const xmlNode *n, const xmlChar *a)
{
    return (a[0] == 'i' && a[1] == 'd' && !a[2]) ||
           (a[0] == 'n' && !strcmp((const char *)a, "name") && n->name[0] == 'a' && !n->name[1]) ||
           (a[0] == 'x' && !strcmp((const char *)a, "xml:id"));
}

/* The parse's startElement: xmlSAX2StartElement of libxml2 2.9 for an
 * HTML parse, building the same tree with fewer copies — the element's
 * and its attributes' names are the dictionary's strings (see
 * dict_start_document), and the steps that never apply to an HTML parse
 * (namespaces, DTD attribute normalisation, IDREF registration) are left
 * out; IDs are registered as before (reveal_panels looks them up).  A
 * prefixed name ("o:p"), a validating parse, a document without the
 * parser's dictionary or nesting near libxml2's depth limit go to
 * xmlSAX2StartElement itself. */
static void fast_start_element(void *ctx, const xmlChar *fullname, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    if (!ctxt || !fullname || !ctxt->myDoc)
        return;
    xmlDocPtr doc = ctxt->myDoc;
    if (!ctxt->html || ctxt->validate || !doc->dict || doc->dict != ctxt->dict || doc->extSubset ||
        (doc->intSubset && doc->intSubset->attributes) || ctxt->nodeNr >= 200 || strchr((const char *)fullname, ':') ||
        !xmlDictOwns(doc->dict, fullname)) {
        xmlSAX2StartElement(ctx, fullname, atts);
        return;
    }
    xmlNodePtr parent = ctxt->node;
    xmlNodePtr ret = xmlNewDocNodeEatName(doc, NULL, (xmlChar *)fullname, NULL);
    if (!ret)
        return;
    if (!doc->children)
        xmlAddChild((xmlNodePtr)doc, ret);
    else if (!parent)
        parent = doc->children;
    ctxt->nodemem = -1;
    if (ctxt->linenumbers && ctxt->input)
        ret->line = ctxt->input->line < 65535 ? (unsigned short)ctxt->input->line : 65535;
    if (nodePush(ctxt, ret) < 0) {
        xmlUnlinkNode(ret);
        xmlFreeNode(ret);
        return;
    }
    if (parent) {
        if (parent->type == XML_ELEMENT_NODE)
            xmlAddChild(parent, ret);
        else
            xmlAddSibling(parent, ret);
    }
    int ids = (ctxt->loadsubset & XML_SKIP_IDS) == 0 &&
              ((ctxt->replaceEntities == 0 && ctxt->external != 2) || (ctxt->replaceEntities != 0 && ctxt->inSubset == 0));
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const xmlChar *att = atts[i], *value = atts[i + 1];
        if (!value && htmlIsBooleanAttr(att))
            value = att; /* <option selected>: selected="selected" */
        xmlAttrPtr prop = xmlDictOwns(doc->dict, att) ? xmlNewNsPropEatName(ret, NULL, (xmlChar *)att, NULL)
                                                      : xmlNewNsProp(ret, NULL, att, NULL);
        if (!prop)
            continue;
        if (value) {
            prop->children = xmlNewDocText(doc, value);
            prop->last = prop->children;
            if (prop->children)
                prop->children->parent = (xmlNodePtr)prop;
        }
        if (ids && prop->children && prop->children->type == XML_TEXT_NODE && !prop->children->next &&
            html_id_attr(ret, prop->name))
            xmlAddID(&ctxt->vctxt, doc, prop->children->content, prop);
    }
}

/* htmlReadMemory(utf8, ulen, url, encoding, options) with the SAX
 * callbacks above: the same document. */
static htmlDocPtr read_html(const char *utf8, int ulen, const char *url, const char *encoding, int options)
{
    xmlInitParser();
    htmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(utf8, ulen);
    if (!ctxt)
        return NULL;
    if (ctxt->sax) {
        xmlSAXHandler html_sax;
        memset(&html_sax, 0, sizeof html_sax);
        xmlSAX2InitHtmlDefaultSAXHandler(&html_sax);
        memcpy(ctxt->sax, &html_sax, sizeof(xmlSAXHandlerV1));
        ctxt->sax->startDocument = dict_start_document;
        ctxt->sax->startElement = fast_start_element;
    }
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    if (encoding) {
        xmlCharEncodingHandlerPtr hdlr = xmlFindCharEncodingHandler(encoding);
        if (hdlr) {
            xmlSwitchToEncoding(ctxt, hdlr);
            if (ctxt->input->encoding)
                xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
        }
    }
    if (url && ctxt->input && !ctxt->input->filename)
        ctxt->input->filename = (char *)xmlStrdup((const xmlChar *)url);
    htmlParseDocument(ctxt);
    htmlDocPtr d = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    return d;
}

/* Does the writer's line t part its name from its day: a separator
 * (",", "|", a middle dot, a bullet, a spaced hyphen, an en or em dash)
 * before its first digit ("Jane Doe · Example News · December 1, 2026",
 * "Derek Abma, Postmedia News Jan 10, 2012"), or a bare name of two to
 * four words, no "The", "Of" or "On" in it, before the month ("Jonathan
 * Carson January 17, 2012", two elements)?  A standfirst in title case
 * runs on into its day ("Remembering The Great Flood Of March 12, 2025").
 * Reads up to the first digit or 400 bytes. */
static int writer_line_parted(const char *t)
{
    size_t i = 0;
    for (; t[i] && i < 400 && !isdigit((unsigned char)t[i]); i++) {
        if (t[i] == ',' || t[i] == '|' || (t[i] == ' ' && t[i + 1] == '-' && t[i + 2] == ' '))
            return 1;
        const unsigned char *u = (const unsigned char *)t + i; /* (a NUL stops each comparison in time) */
        if ((u[0] == 0xc2 && u[1] == 0xb7) ||
            (u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0xa2 || u[2] == 0x93 || u[2] == 0x94)))
            return 1;
    }
    if (!isdigit((unsigned char)t[i]))
        return 0;
    /* the name: the words before the month, the word before the first digit */
    size_t end = i;
    while (end && t[end - 1] == ' ')
        end--;
    while (end && t[end - 1] != ' ')
        end--;
    while (end && t[end - 1] == ' ')
        end--;
    size_t words = pa_name_words(t, end, 1);
    if (words < 2 || words > 4)
        return 0;
    static const char *const small[] = {"the", "of", "on", "in", "at", "for", "to", "and", "a", "an", "from", "since"};
    for (size_t w = 0; w < end;) {
        size_t wl = strcspn(t + w, " ");
        if (wl > end - w)
            wl = end - w;
        if (is_phrase_nocase(t + w, wl, small, N_TOKENS(small)))
            return 0;
        w += wl;
        while (w < end && t[w] == ' ')
            w++;
    }
    return 1;
}

/* page_date_order — the day/month order of the page's numeric dates by
 * date.h's policy (its signals 1-6, in order of trust: numbers, region, domain, same day, en-US unless the
 * names in short runs say otherwise, names) for `read`, the
 * published date as its line was read: m's declarations
 * (og:locale, a language meta), dlang (the language its date lines are read
 * in: the declared one, or the text's; may be NULL), script (the text's
 * script family, "Latn"; may be NULL), the page's HTML utf8[0..ulen), its
 * addresses addr[0..2] (fetched, canonical, og:url; each may be NULL) and the
 * HTTP Content-Language (may be NULL).  Returns PA_DATE_MDY, PA_DATE_DMY, or
 * 0 when no signal answers (the reading stands).  Meant for a published
 * date that reads both ways (pa_date.order): it scans the whole HTML. */
static int page_date_order(const pa_date *read, const pa_meta *m, const char *dlang, const char *script,
                           const char *utf8, size_t ulen, const char *const addr[3], const char *content_language)
{
    int o = pa_date_order_of_numbers(utf8, ulen);
    if (o)
        return o;
    if (dlang ? !english_tag(dlang) : !(script && !strcmp(script, "Latn")))
        return pa_date_order_same_day(utf8, ulen, read); /* another language's page: its own convention */
    const char *tags[] = {dlang, m->locale_og, m->meta_lang, content_language};
    int us = 0;
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        int t = pa_date_order_of_tag(tags[i]);
        if (t == PA_DATE_DMY)
            return t;
        us |= t == PA_DATE_MDY;
    }
    for (size_t i = 0; i < 3; i++)
        if ((o = pa_date_order_of_host(addr[i])) != 0)
            return o;
    if ((o = pa_date_order_same_day(utf8, ulen, read)) != 0)
        return o; /* (below the region and the domain: a day the story names may be another one, 29 days off) */
    if (us && (o = pa_date_order_of_name_lines(utf8, ulen)) != 0)
        return o; /* (a CMS's default "en-US" over the site's own "13 May 2019" in its lists: the lists) */
    return us ? PA_DATE_MDY : pa_date_order_of_names(utf8, ulen);
}

/* One parse and extraction of decoded UTF-8; `relaxed` drops boilerplate by
 * tag, role and the hard class words only. */
static pa_code extract_pass(const char *utf8, size_t ulen, const char *used, const pa_extract_opts *opts, int relaxed,
                            pa_doc *doc, pa_err *err)
{
    memset(doc, 0, sizeof *doc);
    teaser_memo_close(); /* (a page's memo never outlives its pass) */
    /* The input is valid UTF-8 (pa_charset_to_utf8 checks or makes it so):
     * naming no encoding and ignoring the page's own declaration spares
     * libxml2 a UTF-8 to UTF-8 copy of the whole page through its encoder.
     * NUL bytes at the start could make libxml2 guess UTF-16/UCS-4: there,
     * the encoder is named as before. */
    int plain = ulen >= 4 && utf8[0] && utf8[1] && utf8[2] && utf8[3];
    htmlDocPtr d = read_html(utf8, (int)ulen, opts->url, plain ? NULL : "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | (plain ? HTML_PARSE_IGNORE_ENC : 0));
    if (!d || !xmlDocGetRootElement(d)) {
        if (d)
            pa_xml_arena_free_doc(d);
        return pa_err_set(err, PA_ERR_INVALID, "not HTML (the parser found no document)");
    }
    xmlNode *root = xmlDocGetRootElement(d);
    time_t now = opts->fetch_time ? opts->fetch_time : time(NULL);
    time_t not_after = now + 86400; /* a day of time-zone slack */

    drop_ruby_readings(root);
    pa_meta m;
    memset(&m, 0, sizeof m);
    int date_rank = 1 << 20;
    size_t budget = PA_EXTRACT_MAX_NODES;
    collect_meta(root, &m, opts->url, 0, &date_rank, &budget);
    pa_meta_discussion(&m);
    const char *dlang = pa_meta_date_lang(&m);

    /* Labelled date lines anywhere in the page (a fallback source). */
    xmlNode *body = root;
    for (xmlNode *c = root->children; c; c = c->next)
        if (name_is(c, "body"))
            body = c;

    /* a thread's date is its opening post's: on a discussion page the first date line of the page, read before
     * strip() drops the posts' headers with their buttons (SMF's "« Topic #0 on: November 15, 2015 »") */
    pa_date thread_date;
    size_t thread_budget = PA_EXTRACT_MAX_NODES;
    int have_thread_date =
        m.discussion && scan_date_lines(body, dlang, not_after, 1, &thread_date, 0, &thread_budget, NULL, NULL);
    reveal_panels(d, body);
    unwrap_story_fallbacks(body);
    budget = PA_EXTRACT_MAX_NODES;
    picture_walk pw = {0, "", 0, 0, 0};
    size_t video_budget = PA_EXTRACT_MAX_NODES;
    pw.video_on_page = page_holds_video(body, 0, &video_budget);
    pw.photo_essay = !relaxed && photo_essay_page(body);
#ifdef PA_EXTRACT_DEBUG
    fprintf(stderr, "ESSAY %d\n", pw.photo_essay);
#endif
    strip(body, 0, &budget, relaxed, &m, &pw);

    cand_set cs = {0};
    teaser_memo_open(); /* no node changes from here to the close */
    score_tree(body, &cs, 0);
    {
        size_t all = 0, links = 0;
        /* the walk starts at the candidates' common root */
        xmlNode *root_el = body->parent && body->parent->type == XML_ELEMENT_NODE ? body->parent : body;
        cand_fill_stats(root_el, &cs, 0, &all, &links, 0);
    }
    drop_small_class_bonus(&cs);
    xmlNode *top = NULL;
    double top_score = -1e9;
    /* runners-up: an article cut into blocks scores lower per block than a
     * compact box beside it; widened, it holds more article text */
    xmlNode *alt[PA_EXTRACT_ALTS];
    double alt_adj[PA_EXTRACT_ALTS];
    size_t n_alt = 0;
    /* Link density only lowers a score: visit candidates best-first and stop
     * once the raw score cannot beat the best adjusted one (this keeps the
     * subtree walks few on large pages). */
    size_t *order = malloc((cs.n ? cs.n : 1) * sizeof *order);
    if (order) {
        for (size_t i = 0; i < cs.n; i++)
            order[i] = i;
        qsort_r(order, cs.n, sizeof *order, cmp_cand, cs.sc);
        for (size_t k = 0; k < cs.n; k++) {
            size_t i = order[k];
#ifndef PA_EXTRACT_DEBUG
            if (cs.sc[i].score <= top_score * 0.5 || (cs.sc[i].score <= top_score && n_alt >= PA_EXTRACT_ALTS))
                break;
#else
            if (k > 12) break;
#endif
            /* a block its paragraphs gave under PA_EXTRACT_MIN_EARNED is no story when it is small (a
             * headline box, "article-title" or "text_title", with its date line) or its class words
             * made its score (a page-wide "content" wrapper whose text lies deeper, in blocks that
             * scored apart) */
            if (cs.sc[i].earned < PA_EXTRACT_MIN_EARNED &&
                (cs.sc[i].chars < PA_EXTRACT_HEADLINE_BOX_CHARS || class_weight(cs.nodes[i]) > 0))
                continue;
            tstats st = {cs.sc[i].chars, cs.sc[i].link_chars, 0, 0};
            double ld = st.chars ? (double)st.link_chars / (double)st.chars : 0;
            double adj = cs.sc[i].score * (1 - ld);
#ifdef PA_EXTRACT_DEBUG
            fprintf(stderr, "CAND <%s class=%s id=%s> raw=%.1f adj=%.1f chars=%zu\n", cs.nodes[i]->name,
                    attr_ref(cs.nodes[i], "class") ? attr_ref(cs.nodes[i], "class") : "",
                    attr_ref(cs.nodes[i], "id") ? attr_ref(cs.nodes[i], "id") : "", cs.sc[i].score, adj, st.chars);
#endif
            if (adj > top_score) {
                top_score = adj;
                top = cs.nodes[i];
            }
            if (adj > 0 && n_alt < PA_EXTRACT_ALTS) {
                alt[n_alt] = cs.nodes[i];
                alt_adj[n_alt++] = adj;
            }
        }
        free(order);
    }
    if (top && top != body)
        top = prefer_fuller(top, top_score, alt, alt_adj, n_alt, &cs, &top_score);
    xmlNode *scored = top; /* the best-scored block, before the widening */
    if (!top)
        top = body;
    else if (top != body) {
        size_t top_good = 0;
        xmlNode *wide = widen(top, body, PA_EXTRACT_WIDEN_LEVELS, &top_good);
        for (size_t a = 0; a < n_alt; a++) {
            /* only a block before the top one: comments and related
             * stories come after the article, seldom before it; an
             * ancestor only when the top holds little article text
             * (widen() has judged what an ancestor adds to a real one)
             * and lies in no <article> below it (a short story's own) */
            if (alt[a] == top || alt[a] == body || alt_adj[a] < top_score * 0.5 ||
                xmlXPathCmpNodes(alt[a], top) != 1 ||
                ((top_good >= 500 || leaves_article(alt[a], top)) && is_ancestor(alt[a], top)))
                continue;
            size_t g = 0;
            xmlNode *w = widen(alt[a], body, PA_EXTRACT_WIDEN_LEVELS, &g);
#ifdef PA_EXTRACT_DEBUG
            fprintf(stderr, "ALT <%s class=%s> good=%zu top_good=%zu\n", alt[a]->name,
                    attr_ref(alt[a], "class") ? attr_ref(alt[a], "class") : "", g, top_good);
#endif
            if ((g * 2 >= top_good * 3 && g >= 500) || (g >= 300 && story_is_page(w, &m) == 1 && story_is_page(wide, &m) == 0)) {
                wide = w;
                top_good = g;
            }
        }
        wide = narrow_to_story(wide, top_good, alt, alt_adj, n_alt, top_score, &m);
        top = wide;
    }
    if (pw.photo_essay && top != body)
        top = up_to_gallery(top, body);
#ifdef PA_EXTRACT_DEBUG
    fprintf(stderr, "TOP <%s class=%s id=%s>\n", top->name, attr_ref(top, "class") ? attr_ref(top, "class") : "",
            attr_ref(top, "id") ? attr_ref(top, "id") : "");
#endif

    emitter e;
    memset(&e, 0, sizeof e);
    pa_buf_init(&e.cur, 1 << 20);
    e.meta = &m;
    /* The top candidate plus siblings that score well or read like prose. */
    xmlNode *outer = past_empty_wrappers(top, body, PA_EXTRACT_WIDEN_LEVELS);
    xmlNode *parent = top->parent && top->parent->type == XML_ELEMENT_NODE ? top->parent : NULL;
    /* the story's parts beside the container, in the class of the scored
     * block: those before it come first, those after it last; one in a
     * sibling of the container is taken in the walk of the siblings (with
     * the sibling when that is taken) */
    xmlNode *comp[PA_EXTRACT_COMPANIONS];
    size_t n_comp = 0;
    xmlNode *scored_post = m.discussion && scored && top != body && !attr_ref(scored, "class") ? classed_post_text(scored)
                                                                                              : scored;
    const char *scored_class = scored && top != body ? attr_ref(scored_post, "class") : NULL;
    xmlNode *scope_of_parts = top;
    if (scored_class && *scored_class) {
        for (int l = 0; l < PA_EXTRACT_COMPANION_LEVELS && scope_of_parts->parent && scope_of_parts->parent != body &&
                        scope_of_parts->parent->type == XML_ELEMENT_NODE;
             l++)
            scope_of_parts = scope_of_parts->parent;
        /* only parts next to the story (adjacent_parts); a run of four
         * parts or more (a how-to's steps, a live blog's posts) brings its
         * short parts too, 60 characters of article text; fewer parts need
         * 150 each (a lone notice of the story's class is no part) */
        /* posts of a thread lie deeper than three levels from the post's
         * text (user card, header and footer cells around it) */
        xmlNode *posts = m.discussion ? thread_posts_scope(scored_post, body, scored_class) : NULL;
        if (posts && is_ancestor(posts, scope_of_parts))
            scope_of_parts = posts;
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "THREAD scope <%s class=%s>\n", posts ? (const char *)posts->name : "-",
                posts && attr_ref(posts, "class") ? attr_ref(posts, "class") : "");
#endif
        if (scope_of_parts != top) {
            size_t comp_budget = 20000;
            find_companions(scope_of_parts, scored_class, top, comp, &n_comp, &comp_budget, 60, posts != NULL, 0);
            n_comp = adjacent_parts(scope_of_parts, top, comp, n_comp);
            if (n_comp < 4 && !posts) { /* (a thread's short replies are its posts) */
                n_comp = 0;
                comp_budget = 20000;
                find_companions(scope_of_parts, scored_class, top, comp, &n_comp, &comp_budget, 150, 0, 0);
                n_comp = adjacent_parts(scope_of_parts, top, comp, n_comp);
            }
        }
    }
    /* the lead a story not in English sets apart above its body comes first (set_apart_lead); a later
     * paragraph of the same text is dropped after the walk (drop_lead_repeats) */
    size_t lead_para = SIZE_MAX;
    if (top != body) {
        xmlNode *lead_host = NULL;
        xmlNode *set_lead = set_apart_lead(top, body, m.description, &lead_host);
        if (set_lead) {
            flush_para(&e);
            size_t before = e.n;
            if (lead_host)
                emit_text_before(&e, lead_host, top);
            else
                emit(&e, set_lead, 0, 0);
            flush_para(&e);
            if (e.n > before)
                lead_para = before;
        }
    }
    for (size_t i = 0; i < n_comp; i++) {
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "COMPANION <%s class=%s> %s\n", comp[i]->name, scored_class,
                parent && is_ancestor(parent, comp[i]) ? "sibling" : xmlXPathCmpNodes(comp[i], top) == 1 ? "before" : "after");
#endif
        if (!(parent && is_ancestor(parent, comp[i])) && xmlXPathCmpNodes(comp[i], top) == 1) {
            flush_para(&e);
            emit(&e, comp[i], 0, 0);
            flush_para(&e);
        }
    }
    if (outer != top)
        emit_leads_before(&e, outer, comp, n_comp);
    if (parent && top != body) {
        double threshold = top_score * 0.2 > 10 ? top_score * 0.2 : 10;
        int after = 0;
        /* a story (its headline, or an <article>): then a sibling with a
         * headline of its own is another story */
        int headlined = holds_h1(top) || name_is(top, "article");
        const char *headline_cls = headlined ? headline_class(top) : NULL;
        for (xmlNode *s = parent->children; s; s = s->next) {
            if (s == top) {
                after = 1;
                flush_para(&e);
                emit(&e, s, 0, 0);
                flush_para(&e);
                continue;
            }
            if (s->type != XML_ELEMENT_NODE)
                continue;
            int take = 0;
            for (size_t i = 0; i < n_comp; i++)
                take |= comp[i] == s; /* the story's part */
            if (take) {
            } else if (s->_private && cs.sc[(size_t)(uintptr_t)s->_private - 1].score >= threshold) {
                /* after the article, a block that scores is taken when it
                 * is half article paragraphs at least: a teaser list
                 * (linked headlines, bylines) or comments score too */
                tmass sm = {0};
                if (after)
                    mass_of(s, &sm, 0);
                /* (a short post of a live blog after the top one: its tag and first class word, no link; its
                 * one sentence under 60 characters is no article paragraph: "Kick-off" / "We are under way.") */
                int like_post = after && sm.all >= 20 && first_class_alike(s, top) && !count_links(s, 0);
                /* (after a story that is an <article>, a block holding <article> cards under linked headlines
                 * is the page's other stories, "More from AP" with their opening paragraphs) */
                take = (!after || (sm.good + sm.leaf) * 10 >= sm.all * 5 || like_post) &&
                       !(headlined && holds_next_story(s, headline_cls)) &&
                       !(after && name_is(top, "article") && holds_story_card(s));
            } else if (name_is(s, "p") || (!after && wrapped_lead(s))) {
                /* a loose paragraph; before the article also one in its
                 * own <div> (a lead set apart above the body) */
                tstats st = {0, 0, 0, 0};
                stats(s, 0, &st, 0);
                double ld = st.chars ? (double)st.link_chars / (double)st.chars : 1;
                if (st.chars > 80 && ld < 0.25)
                    take = 1;
            }
#ifdef PA_EXTRACT_DEBUG
            if (take)
                fprintf(stderr, "SIBLING <%s class=%s id=%s>\n", s->name, attr_ref(s, "class") ? attr_ref(s, "class") : "",
                        attr_ref(s, "id") ? attr_ref(s, "id") : "");
#endif
            if (take) {
                flush_para(&e);
                emit(&e, s, 0, 0);
                flush_para(&e);
            } else {
                for (size_t i = 0; i < n_comp; i++)
                    if (is_ancestor(s, comp[i])) { /* the story's part in a block not taken */
                        flush_para(&e);
                        emit(&e, comp[i], 0, 0);
                        flush_para(&e);
                    }
            }
        }
    } else {
        emit(&e, top, 0, 0);
    }
    for (size_t i = 0; i < n_comp; i++)
        if (!(parent && top != body && is_ancestor(parent, comp[i])) && xmlXPathCmpNodes(comp[i], top) == -1) {
            flush_para(&e);
            emit(&e, comp[i], 0, 0);
        }
    flush_para(&e);
    if (lead_para != SIZE_MAX)
        drop_lead_repeats(&e, lead_para);
    pa_buf_free(&e.cur);

    /* Filter paragraphs and assemble the text. */
    pa_buf out;
    pa_buf_init(&out, PA_EXTRACT_MAX_TEXT);
    pa_date line_date, update_date;
    int have_line_date = 0, have_update_date = 0;
    pa_date byline_date; /* the day on the writer's line without a label (pa_line_byline_date) */
    int have_byline_date = 0;
    size_t kept = 0, trail_at = 0, trail_n = 0;
    size_t told = 0; /* of the kept lines, those not headings: under three, a line is above the story
                      * (a kicker, the headline and a standfirst may come before its byline) */
    size_t told_labels = 0; /* of those, the first ones that are labels ("Premium", "HEALTH": at most 30
                             * characters, no closing stop), kickers the headline cut drops later */
    int prose_told = 0; /* a kept line was a full sentence of prose (full_sentence): the story has begun */
    int own_news = 0;   /* the first such line opens with the site's name: a company's own release (site_tail keeps
                         * its "About") */
    int release_lead = 0; /* the first such line opens with a release's dateline (opens_with_release_dateline) */
    int comments = 0, comment_form = 0;
    int source_notes = 0; /* a science wire's notes under the story started: the rest is theirs */
    size_t place_above = 0; /* 1 + the last paragraph above the story's prose that named a place of research or care
                             * (pa_line_institution_name) or introduced a list (ending with ':'); 0: none */
    int release_ended = 0; /* a release's end mark ("- 30 -", "###") among the lines so far */
    char byline_author[64] = ""; /* the name of the byline above the story, when no metadata names the author */
    char name_word[32] = ""; /* the first word of the kept line before, when a name */
    int name_titles_section = 0; /* that line is a heading after two kept headings (a run of sections) */
    size_t kept_headings = 0;    /* the kept headings so far */
    int by_above = 0;        /* the line before was "By" alone, above the story */
    char *top_heading = NULL; /* a heading among the first kept lines of a page without an <h1> */
    int headline_told = 0;    /* the one kept line told so far is the page's headline (page_headline_in, any case) */
    /* the page names its article with no title of its own ("Untitled Page", "News"): a bold line opening the
     * text is its headline, as a heading is */
    int generic_title = !m.title_og && !m.title_ld && !m.title_h1 && pa_meta_title_generic(m.title_tag);
    int later_heading = 0;    /* a kept heading after it: the text's subheadings, the first one opening it */
    const xmlNode *intro_list = NULL; /* the list a kept line of the story introduced */
    int contact_run = 0; /* lines left in the block under a contact label */
    int release_note_run = 0; /* paragraphs left under a release's note label ("About Example Corp", "Forward-Looking
                               * Statements"): four at most */
    pa_buf dropped; /* a language sample for a page whose text is all dropped */
    pa_buf_init(&dropped, 2 * PA_EXTRACT_LANG_BYTES);
    pa_line line; /* the paragraph the classifiers read */
    pa_site_names site; /* the site's own names, for its notes about itself */
    pa_meta_site_names(&m, opts->url, &site);
#ifdef PA_EXTRACT_DEBUG
    for (size_t k = 0; k < site.n; k++)
        fprintf(stderr, "SITE NAME %s\n", site.name[k]);
#endif
    /* the site's name alone on three lines or more: the desk under each post of a live blog ("Example News"
     * under the writer's name), each line of it goes */
    size_t site_name_lines = 0;
    for (size_t i = 0; i < e.n && i < 2000; i++)
        site_name_lines += !e.paras[i].heading && pa_meta_site_name_line(&site, e.paras[i].text, e.paras[i].chars);
    size_t hash_marks = hash_mark_lines(e.paras, e.n); /* one: a release's end mark; more: dividers */
    for (size_t i = 0, prose_above = 0; i < e.n; i++) {
        if (!prose_above) /* a byline opens the story: before its first paragraph of prose only */
            cut_br_head_byline(&e.paras[i]);
        prose_above |= e.paras[i].text && !e.paras[i].heading && e.paras[i].chars >= 60 &&
                       ends_in_stop(&e.paras[i]);
        cut_br_tail_call(&e.paras[i]);
        cut_glued_rights(&e.paras[i]);
        e.paras[i].dated = dated_link(&e.paras[i], dlang);
        e.paras[i].poll = 0;
    }
    mark_polls(e.paras, e.n);
    mark_pull_quotes(e.paras, e.n);
    mark_story_lists(e.paras, e.n, dlang);
    mark_doi_lists(e.paras, e.n);
    mark_card_lists(e.paras, e.n);
    mark_post_signatures(e.paras, e.n); /* the names alone under a live blog's posts go */
    size_t quarters = count_quarter_lines(e.paras, e.n); /* "Q4" alone: a feed's markers, or a subhead */
    const xmlNode *deck_list = NULL; /* the list of points deck_repeats_description() found over the byline */
    size_t deck_para = SIZE_MAX;     /* the paragraph under labelled_deck()'s label */
    for (size_t i = 0; i < e.n; i++) {
        para *p = &e.paras[i];
        pa_line_init(&line, p->text, p->chars); /* lower-cased once for all the classifiers */
        /* a heading after the story's first sentence is a section's title: not a byline or a wire's credit
         * ("From Russia With Love, Again", "Reuters/Ipsos Poll") */
        int story_subhead = p->heading && prose_told;
        /* above the story: a place's name (an issuing institution's) and whether the line before named one
         * too or introduced a list ("Free clinics:") */
        int place_name = told < 3 && !prose_told && !p->heading ? pa_line_institution_name(&line) : 0;
        int names_above = place_above == i;
        if (told < 3 && !prose_told && !p->heading)
            place_above = place_name || (line.len && p->text[line.len - 1] == ':') ? i + 1 : 0;
        p->others = p->chars <= 60 && names_other_stories(p->text);
        p->channel_call = link_only(p) && names_channel_network(p->text);
        /* a list starts: is it under the story's own intro line?  A list
         * nested in that list, and the rest of that list after it, are
         * still under it. */
        int listed = list_within(p->list, intro_list);
        if (p->list && !listed && (i == 0 || e.paras[i - 1].list != p->list)) {
            intro_list = i && e.paras[i - 1].intro && !e.paras[i - 1].dropped ? p->list : NULL;
            listed = intro_list != NULL;
        }
        int story_item = p->story_list || listed;
        size_t tl = line.len;
        pa_date dd;
        int drop = comments || source_notes, heading_kind, author_line = 0;
        int kind = drop ? 0 : p->chars <= 200 ? pa_date_line_kind(p->text, tl, dlang, &dd) : 0;
        int schedule = kind && ((prose_told && (notice_fact_day(e.paras, i, e.n) ||
                                                (!row_byline_date(p, &line, dlang, not_after) &&
                                                 schedule_entry(e.paras, i, e.n, dlang)))) ||
                                table_figures_row(e.paras, i));
        if (schedule)
            kind = 0; /* "RFP issued: November 20, 2026" among a notice's key dates: the story's schedule (not the
                       * post's byline and day in its meta list, "Jane Doe | March 5, 2026"); a dividend's days in
                       * its table, even under a first paragraph that ends in "as follows:" */
        if (kind && prose_told && pa_date_compact_line(p->text, tl))
            kind = 0; /* "10-3-12" alone after the story's first sentence: a season's record, a version, no date line
                       * (above the story, "09/11/12" alone is the post's day) */
        if (kind == 1 && prose_told && dated_entry_title(e.paras, i, e.n, dlang))
            kind = 0; /* "The Glass Orchard (July 2, 2028)" over the film's paragraph: an entry's title and day */
        if (!kind && !drop && !have_byline_date && told < 3 && !(m.title_tag && !strncmp(m.title_tag, p->text, tl)) &&
            pa_line_byline_date(&line, dlang, not_after) && writer_line_parted(p->text)) {
            /* the writer and the day above the story, no label for pa_date_line_kind ("Jane Doe · Example News ·
             * December 1, 2026 · 4 min read"): its day dates the page when no labelled line does (the line goes
             * below, as furniture or as such a line); not the headline the <title> opens with ("Council Meeting
             * Highlights - December 2, 2026", the meeting's day), nor a standfirst running on into its day
             * (writer_line_parted) */
            have_byline_date = pa_date_parse_text(p->text, tl, dlang, &byline_date) == 0 &&
                               pa_date_valid(&byline_date, not_after);
        }
        if (kind) {
            /* "By Jane Doe published March 4, 2021": the byline with the day names the writer too */
            if (!m.author && !byline_author[0] && told < 3 && pa_line_byline(&line))
                byline_name(p->text, byline_author, sizeof byline_author, 1);
            if (kind == 2 && !have_update_date && pa_date_valid(&dd, not_after)) {
                update_date = dd;
                have_update_date = 1;
            }
            if (kind == 1 && !have_line_date && pa_date_valid(&dd, not_after)) {
                line_date = dd;
                have_line_date = 1;
            }
            /* (a day's heading in a listing after the story's first sentence: "Saturday, May 27, 2023"
             * over that day's events) */
            drop = !(kind == 1 && p->heading && prose_told && opens_with_weekday(p->text));
        } else if ((heading_kind = pa_line_comment_heading(&line)) != 0 &&
                   !(heading_kind == 3 && tributes_section(e.paras, i, e.n))) {
            drop = 1;
            /* the reader comments start: after the article, all that
             * follows is theirs (a heading naming the post follows a
             * short story too); not at a button alone in the story
             * ("Leave a comment" linking to the post's comments page, a
             * newsletter post's footnotes under it) */
            int button = link_only(p) && !p->heading && !comment_form && heading_kind == 1 &&
                         prose_follows(e.paras, i, e.n);
            if (!button && (out.len >= PA_EXTRACT_COMMENTS_AFTER ||
                ((comment_form || heading_kind == 2) && out.len >= PA_EXTRACT_RETRY_CHARS) ||
                (p->heading && prose_told && out.len >= 150 && !bare_comments_heading(p->text))))
                comments = 1; /* (a comment heading after a brief's sentences of prose: the comments follow;
                               * not "Comments" alone, a story's section on the public's comments) */
        } else if (prose_told && out.len >= 150 && signed_posts_heading(e.paras, i, e.n)) {
            drop = 1;
            comments = 1; /* the readers' signed posts after the story (150 bytes of it, as a comment heading
                           * after a brief): all that follows is theirs */
        } else if (pa_line_source_notes_label(&line) ||
                   (pa_line_science_notes_label(&line) && !journal_over_prose(e.paras, i, e.n)) ||
                   pa_line_editor_notes_label(&line) || (release_ended && pa_line_backgrounder_label(&line)) ||
                   pa_line_release_about(&line) || pa_line_show_people_label(&line)) {
            drop = 1;
            /* "Story Source:", "Journal Reference:" after the story: the
             * release it ran, the paper and the page's citation follow;
             * "Notes to editors" after a release: its notes for the press;
             * "Creators & Guests" after an episode's notes: its people
             * (not that box before the transcript, prose_run_after; not a citation run in, "Journal reference: Nature, DOI: …":
             * a science roundup's items each end with one) */
            if ((out.len >= PA_EXTRACT_NOTE_AFTER ||
                 (prose_told && p->chars <= 24 &&
                  (pa_line_editor_notes_label(&line) || (release_ended && pa_line_backgrounder_label(&line))))) &&
                !cited_journal(p->text) && !(pa_line_show_people_label(&line) && prose_run_after(e.paras, i, e.n)))
                source_notes = 1; /* (the "Notes to editors" label alone ends a short release too: no story's
                                   * subhead says so; "Backgrounder" after the release's end mark does, the
                                   * fact sheet following it; elsewhere it may head the story's background) */
        } else if (prose_told && out.len >= PA_EXTRACT_NOTE_AFTER && hash_marks == 1 &&
                   pa_line_release_end(&line)) {
            drop = 1;
            source_notes = 1; /* "###" under a release's text: the issuer's boilerplate ("Example Water serves …",
                               * its "About" section) and its contacts follow */
        } else if (pa_line_comment_notice(&line)) {
            drop = 1;
            comment_form = 1; /* a comment heading after it starts the comments on a short story too */
            if (out.len >= PA_EXTRACT_COMMENTS_AFTER)
                comments = 1; /* the comment form and the comments follow */
        } else if (p->heading && prose_told &&
                   ((tl <= 8 && !strcasecmp(p->text, "Up next")) || (tl <= 4 && !strcasecmp(p->text, "Live")) ||
                    (tl <= 25 && !strncasecmp(p->text, "We want to hear from you", 24) && !site_call_after(e.paras, i, e.n)) ||
                    pa_line_player_control(&line)) &&
                   i + 1 < e.n && !e.paras[i + 1].heading && e.paras[i + 1].chars >= 80 && !link_only(&e.paras[i + 1])) {
            /* keep: "Up next" over a paragraph of the story is a recap's section on the teams' next games ("Rovers
             * travel to Park Avenue on Tuesday …"); a player's "Up next" heads a video's short title, a stream's
             * the next story's headline; "Autoplay" or "Closed captions" over a paragraph is a how-to's section on
             * that setting, no player's button; "Live" there a review's section on the band on stage (a live page's
             * badge sits by the headline, before the story); "We want to hear from you" over no call of the site's
             * a council's section on its consultation (the paper's box heads "Got a story? Email …") */
        } else if (prose_told && label_words_subhead(e.paras, i, e.n)) {
            /* keep: "Must Read" over "The librarians have drawn up a list of twenty books …": the story's
             * subhead in a label's words */
        } else if (p->list && prose_told && !p->link_chars && tl == 4 && !strcasecmp(p->text, "Live") &&
                   ((i + 1 < e.n && e.paras[i + 1].list == p->list) || (i && e.paras[i - 1].list == p->list))) {
            /* keep: "Live" among the items of a list after the story's prose, none of them a link: the ways to
             * watch ("Live" / "Highlights at 10pm" / "On demand for thirty days"), no live page's badge */
        } else if (prose_told && heading_opens_next(e.paras, i, e.n)) {
            /* keep: "Current rating" over "Current ratings depend on …": the story's section, not a tool */
        } else if (label_repeated_by_heading(e.paras, i, e.n)) {
            drop = 1; /* "Step 1" over "Step 1: Mix the dry ingredients" */
        } else if (p->chars <= 8 && action_bar_word(e.paras, i, e.n)) {
            drop = 1; /* "Thank" / "Reply" beside the post's "Share" button */
        } else if (tl == 1 && (p->text[0] == 'X' || p->text[0] == 'x') && !share_label_beside(e.paras, i, e.n)) {
            /* keep: a story's "X" (a list of the platforms a library leaves: "Threads" / "X" / "Bluesky");
             * the share bar's button stands by another button or its "Share this:" label */
        } else if (p->list && prose_told && p->chars <= 30 && isdigit((unsigned char)p->text[0]) &&
                   pa_line_number_counter(&line) && figure_list_counter(e.paras, i, e.n)) {
            /* keep: "3,089 hits" among "509 stolen bases" in the story's list of a career's figures (a post's
             * counter, "1234 reads", sits among its meta links) */
        } else if (prose_told && out.len >= 150 && p->chars >= 20 && !p->heading && !p->list && !p->table &&
                   ((m.title_h1 && !strcmp(p->text, m.title_h1)) || (m.title_og && !strcmp(p->text, m.title_og))) &&
                   !headline_within_story(e.paras, i, e.n)) {
            drop = 1; /* the page's headline again under the story: a wire's "You just read:" box over it, a print
                       * footer, the story's own card among its related links */
        } else if (!prose_told && p->heading && m.title_h1 && !strcmp(p->text, m.title_h1) &&
                   pa_line_furniture(&line)) {
            /* keep: the page's <h1> headline over the story, "Photos: The last summer of the ferry" (a
             * pointer's words), for the headline's cut, which takes its kicker lines with it */
        } else if (prose_told && !p->link_chars && pa_line_tool_word(&line) && !pa_line_share(&line) &&
                   !beside_tool_line(e.paras, i, e.n)) {
            /* keep: a 2000s tool's one word that is no link, after the story's prose: the story's own word
             * ("Email." answering its question, "Digg" / "MySpace" in its list of sites, a review's "Recommend"),
             * not one of a row of tools ("E-mail", "Print", "Reprints", "Share" as a list: beside_tool_line) */
        } else if (pa_line_share(&line) || pa_line_furniture(&line) || pa_line_rights(&line) ||
                   pa_line_tool(&line) || pa_line_credit(&line) || pa_line_contact(&line) || pa_line_pitch(&line) ||
                   (!story_subhead && pa_line_byline(&line) &&
                    !(!foreign_label(dlang) && pa_line_european_byline(&line) &&
                      (prose_told || (opens_with_name_particle(p->text) && english_below(e.paras, i, e.n)))) &&
                    /* (a list of nominees or a table row of presenters after the story's prose reads as a
                     * broadcaster's byline: "Jane Roe BBC News, Kent") */
                    !(prose_told && (p->list || p->row_cells) && pa_line_desk_byline(&line))) ||
                   pa_line_address(&line) ||
                   pa_line_block_label(&line, p->heading) ||
                   pa_line_reader_service(&line) || pa_line_reprint_notice(&line) || pa_line_post_meta(&line) ||
                   pa_line_post_signature(&line) || p->signature ||
                   (!p->heading && pa_line_play_marker(&line) && !lone_quarter_subhead(e.paras, i, e.n, quarters)) ||
                   play_state_marker(e.paras, i, e.n) ||
                   pa_line_script_leak(&line) || pa_line_vote_count(&line) || pa_line_field_meta(&line) ||
                   pa_line_breadcrumb(&line) || pa_line_age_notice(&line) ||
                   pa_line_like_widget(&line) || pa_line_gallery_counter(&line) ||
                   pa_line_bare_domain(&line) || pa_line_link_footnotes(&line) || pa_line_pager(&line) ||
                   print_jump_line(p, &line, prose_told) || jump_head(e.paras, i, e.n, &line) || pa_line_ocr_note(&line) ||
                   pa_line_art_credit(&line) ||
                   (!story_subhead && pa_line_wire_credit(&line)) || pa_line_history_note(&line) ||
                   note_label(e.paras, i, e.n) ||
                   pa_line_reporting_note(&line) || pa_line_edition_credit(&line) ||
                   pa_line_desk_credit(&line) ||
                   pa_line_initials_signoff(&line) || pa_line_empty_field(&line) || pa_line_site_notice(&line) ||
                   pa_line_release_furniture(&line) || pa_line_cookie_notice(&line) || pa_line_standing_note(&line) ||
                   pa_line_closed_captions(&line) || (p->doi_list && !doi_list_prose(p, &line)) ||
                   (pa_line_citation(&line) && (p->doi_list || !listed_source(e.paras, i))) ||
                   pa_line_science_note(&line) ||
                   pa_line_quote_data(&line, (p->list || p->table) | (prose_told ? 2 : 0)) ||
                   /* (the support box's heading naming the site: "Support Example News", over the box's pitch
                    * or nothing; a site named like a cause, "Science", heads its story's section "Support
                    * Science" over the story's prose) */
                   (m.sitename && p->chars <= 60 && !strncasecmp(p->text, "support ", 8) &&
                    !strcasecmp(p->text + 8, m.sitename) && !story_prose_next(e.paras, i, e.n)) ||
                   (m.sitename && p->chars <= 40 && !strcasecmp(p->text, m.sitename) &&
                    !(prose_told && i + 1 < e.n && !e.paras[i + 1].heading && e.paras[i + 1].chars >= 60))) {
            /* (the last: the site's name alone, its og:site_name: "Правда.Ру" linked after "Источник:"; in the
             * story over a paragraph it heads a section: "The Economy" on a site so named, "Arsenal" over the
             * team's line-up on the club's) */
            drop = 1;
            if (!m.author && !byline_author[0] && told < 3 && pa_line_byline(&line))
                byline_name(p->text, byline_author, sizeof byline_author, 1);
        } else if (review_date_line(p->text, tl, dlang)) {
            drop = 1; /* "Last reviewed January 2023": the day of the last review, not the story's */
        } else if (pa_line_relative_date(&line) || (pa_line_update_time(&line) && !chapter_entry(e.paras, i, e.n) &&
                                                   !running_order_time(e.paras, i, e.n))) {
            /* (not "00:00 Intro" over "02:45 The day the branch closed": the episode's chapters) */
            /* "6 hours ago": a date line relative to the day of reading */
            drop = 1;
        } else if (told < 3 && !prose_told && life_years(p->text)) {
            drop = 1; /* "1929 ~ 2026" under an obituary's name: the years of a life, a date line */
        } else if (kept < 2 && i + 1 < e.n && e.paras[i + 1].chars >= 60 && pa_line_dateline_alone(&line)) {
            drop = 1; /* "LAHORE:" in an element of its own over the first paragraph */
        } else if (told < 3 && !schedule && pa_line_byline_date(&line, dlang, not_after)) {
            drop = 1; /* the writer and the day above the story */
        } else if (told < 3 && !p->heading && pa_line_affiliation_byline(&line)) {
            drop = 1; /* "Jane Roe, University of Example": a researcher's byline above the story */
        } else if (!prose_told && p->list && !p->heading && p->chars <= 40 && !strpbrk(p->text, ".!?") &&
                   meta_list_rest(e.paras, i, e.n)) {
            drop = 1; /* "Company News" after the author and the date in the post's meta list (Elementor's post-info) */
        } else if (told < 3 && p->heading && (!strcasecmp(p->text, "Summary") || !strcasecmp(p->text, "Summary:")) &&
                   !(prose_told && i + 1 < e.n && !e.paras[i + 1].list && !e.paras[i + 1].heading &&
                     full_sentence(e.paras[i + 1].text))) {
            /* (after the story's first paragraph of prose, over a paragraph: a section of the story, as a
             * postmortem's "Summary" under its opening paragraph) */
            drop = 1; /* the label over the summary box that opens a live blog or a story */
        } else if (see_pointer_line(p) || linked_page_numbers(p)) {
            drop = 1; /* "See pictures of the harvest.": the magazine's link to its gallery, no sentence of the story;
                       * "1 2": the pager's page numbers */
        } else if (caps_label_over_link(e.paras, i, e.n)) {
            drop = 1; /* "ANALYSIS" over another story's linked headline in the story */
        } else if (deck_list && p->list == deck_list) {
            drop = 1; /* the deck's other points */
        } else if (((told == told_labels && told_labels <= 2) || (told == 1 && headline_told)) && m.description &&
                   deck_repeats_description(e.paras, i, e.n, m.description, dlang)) {
            /* (under a kicker or two kept above the headline: "Premium", a section's name; or under the headline
             * itself told as a plain line) */
            drop = 1; /* the deck over the byline: the page's description again (decks sum up; no body) */
            deck_list = p->list;
        } else if (i == deck_para) {
            drop = 1; /* the deck under its label (labelled_deck) */
        } else if (!told && m.description && labelled_deck(e.paras, i, e.n, m.description)) {
            drop = 1; /* "Synopsis" over the page's description: the deck in a box */
            deck_para = i + 1;
        } else if (told < 3 && lead_repeated(e.paras, i, e.n)) {
            drop = 1; /* the summary over the story: its first sentence again */
        } else if (told < 3 && !(p->heading && prose_told) && p->row_cells < 2 && writer_head(e.paras, i, e.n)) {
            /* (a heading after a paragraph of prose is the story's: "Kim Kardashian and Kourtney
             * Kardashian" over the first pick of a list, no byline; a table row of three cells and more
             * is data: a stats table's header "Player Team AVG HR RBI" reads as "Jane Doe USA TODAY") */
            drop = 1; /* the writer's name and title above the story */
        } else if (m.author && p->chars <= 60 && stated_author_line(p->text, m.author)) {
            drop = 1; /* the page's stated author alone on a line: its byline, its signature */
            author_line = 1;
        } else if (told < 3 && p->chars <= 500 && !m.author_org &&
                   opens_with_writer(p->text, p->text + tl, page_writer(&m, byline_author)) &&
                   writer_bio(p->text, p->chars)) {
            drop = 1; /* "Ms. Doe is an environmental campaigner …": the contributor's note above the story (not
                       * when a company signs the page: "Example Corp has been awarded …" opens its release) */
        } else if (m.author && told < 3 && dated_author_line(&line, m.author, dlang, not_after)) {
            drop = 1; /* the header's date and the stated author in one line */
        } else if (m.author && told < 3 && author_place_line(p->text, m.author)) {
            drop = 1; /* "Jane Doe, New Delhi": the stated author and the place the story is filed from */
        } else if (m.author && told < 3 && p->chars <= 140 && author_with_role(p->text, m.author, &site)) {
            drop = 1; /* "Jane Doe Energy correspondent": the byline with the writer's title */
        } else if (told < 3 && pa_meta_site_name_line(&site, p->text, p->chars)) {
            drop = 1; /* the site's name alone above the story: its logo, its section label */
        } else if (place_name == 2 && !names_above && !p->list && !p->table &&
                   !institution_name_next(e.paras, i, e.n)) {
            drop = 1; /* "Holloway School of Public Health" over a release: the issuing institution's label (not
                       * an item of the story's own list of places: "Free clinics:" over the clinics) */
        } else if (told < 3 && source_names_site(&site, p->text, p->chars)) {
            drop = 1; /* "Source: Example News" under a video's headline: the clip's credit, the site itself */
        } else if (prose_told && !p->heading && !(i && e.paras[i - 1].table) &&
                   source_names_subject(p->text, p->chars, out.data, out.len)) {
            drop = 1; /* "Source: Example Packaging" under a trade site's story or a roundup's item: the company the
                       * news came from, named in the text (the release's "SOURCE" line) */
        } else if (site_name_lines >= 3 && !p->heading && pa_meta_site_name_line(&site, p->text, p->chars)) {
            drop = 1; /* the desk under each post of a live blog */
        } else if (told < 3 && name_over_date(e.paras, i, e.n, dlang)) {
            drop = 1; /* "Jane Doe" / "13 January 2012": the byline block without its "By" */
        } else if (p->poll) {
            drop = 1; /* a reader poll: its question, options and shares */
        } else if (p->card_item) {
            drop = 1; /* a card of another story in a labelled list: its headline, its writer */
        } else if (generic_title && top_heading && kept == 1 && p->bold == 2 && p->chars <= 200 && tl &&
                   !strchr(".!?", p->text[tl - 1])) {
            drop = 1; /* the deck in italics under the bold headline of a page with no title of its own */
        } else if (p->pull) {
            drop = 1; /* a pull quote: a sentence of the story set large beside it */
        } else if (!story_item && heading_over_links(e.paras, i, e.n) && !list_intro(p, &line, m.og_audio)) {
            drop = 1; /* "Today In: Business" over linked headlines */
        } else if (dated_link_list(e.paras, i, e.n)) {
            drop = 1; /* a list of other stories' headlines, each with its date */
        } else if (more_label(e.paras, i, e.n)) {
            drop = 1; /* "More on Example" over its dropped list of links */
        } else if (by_above && tl && p->chars <= 60 && !strchr(".?!", p->text[tl - 1])) {
            drop = 1; /* "By" / "Jane Doe | Example News": the names under a "By" of its own */
        } else if (link_only(p) && !story_item && !footnote_number(e.paras, i, e.n, prose_told) &&
                   /* (a short link above all the story's lines is its section's, "Public Health" over "Lindell
                    * County Public Health will hold …", not an item's title) */
                   !(i + 1 < e.n && titles_next(p, p + 1) && !(told == 0 && p->chars <= 30)) &&
                   !linked_sentence(e.paras, i, e.n) &&
                   (!p->heading || (i > 0 && link_only(p - 1) && p[-1].heading) ||
                    (i + 1 < e.n && link_only(p + 1) && (p[1].heading || p[1].chars >= 60)))) {
            /* short link-only block (menus, SEO links, prev/next); a
             * linked heading next to another (a list of headlines) or
             * over a linked summary (a related story's card) */
            drop = 1;
        } else if (p->link_lines && !story_item) {
            drop = 1; /* "Other stories this week:" / <link> / <link> …: links parted by <br>s */
        } else if (i + 1 < e.n && e.paras[i + 1].link_lines && !story_item && !p->link_chars && p->chars <= 45 &&
                   !strpbrk(p->text, ".?!")) {
            drop = 1; /* the label of those links, a line of its own ("<b>Other stories this week</b><br>") */
        } else if (prose_told && p->table && !p->list && !p->heading && !story_item && p->chars >= 120 &&
                   p->chars < 400 && p->link_chars >= p->chars && !ends_in_stop(p)) {
            drop = 1; /* after the story, a table cell of linked headlines on one line and nothing else ("Calendar
                       * of events Grange hall gets new roof …": an old print page's strip of the edition's
                       * stories), longer than link_only's; (a <p> linked whole is the story's pointer to its
                       * video, "Health Minister X explains why …", kept) */
        } else if (!listed && p->chars < 200 && p->link_chars && !entry_title(e.paras, i, e.n, dlang) &&
                   !listicle_item_title(e.paras, i, e.n) &&
                   (p->link_chars * 2 >= p->chars || label_over_link(p)) && pa_line_label(&line) &&
                   !clock_linked(p)) {
            drop = 1; /* "Tags: a, b", "Labels: …", "Previous: <link>", "Category: <News>" */
        }
        /* the block under a contact label ("Media Contact:" / "Jane Doe" /
         * "Example Corp" / "+1 555-0100" / "jdoe@example.com"): its names,
         * numbers and addresses, eight lines at most; a heading or a
         * kept line ends it */
        if (!drop && contact_run > 0 && !p->heading && pa_line_contact_detail(&line))
            drop = 1;
        /* a card of short lines with a number or an address ("Jane Doe" /
         * "Example Corp" / "+1 555-0100" / "jdoe@example.com") and the
         * short label right above it ("Investor Relations", "Media"); not
         * an event's "If you go" box (event_fields), nor a table's last row ("Net income 7,912 4,207") */
        if (!drop && p->short_lines && pa_line_contact_card(&line) && !event_fields(p->text))
            drop = 1;
        if (!drop && i + 1 < e.n && e.paras[i + 1].short_lines && p->chars <= 40 && tl && p->row_cells < 2 &&
            !strchr(".?!", p->text[tl - 1]) && !p->short_lines && !event_fields(e.paras[i + 1].text)) {
            pa_line next;
            pa_line_init(&next, e.paras[i + 1].text, e.paras[i + 1].chars);
            drop = pa_line_contact_card(&next);
        }
        int label_over_number = !drop && label_over_contact_line(e.paras, i, e.n) && prose_told &&
                                out.len >= PA_EXTRACT_NOTE_AFTER;
        /* (a heading "Contact" alone after the story is the label too: the menu's "Contact" is a link) */
        if (label_over_number || pa_line_contact_label(&line) ||
            (p->heading && !p->link_chars && out.len >= PA_EXTRACT_NOTE_AFTER &&
             (!strcasecmp(p->text, "Contact") || !strcasecmp(p->text, "Contact:")))) {
            drop = 1;
            contact_run = 8;
        } else {
            contact_run = drop && contact_run > 0 ? contact_run - 1 : 0;
        }
        /* a release's notes after its story: "About Example Corp" over the note on the issuer (or its product,
         * its disease), the forward-looking statements and the non-GAAP note (under their label or not); the
         * paragraphs under such a label go with it until a heading or another short label (a "Conference Call"
         * section after them stays); on a company's own page too (daniel-en's PR Newswire and SFGate-hosted
         * releases drop their "About" sections) */
        if (!drop && prose_told && out.len >= (release_lead ? PA_EXTRACT_RELEASE_NOTE_AFTER : PA_EXTRACT_NOTE_AFTER)) {
            int note_label = 0;
            if (i + 1 < e.n && e.paras[i + 1].text && pa_line_safe_harbor_label(&line)) {
                pa_line next;
                pa_line_init(&next, e.paras[i + 1].text, e.paras[i + 1].chars);
                /* (the note under it: by its words, or naming what its label names: "This press release includes
                 * forward-looking statements about the offering.") */
                const char *next_low = pa_line_folded_under(&next, PA_LINE_LOWER_CAP);
                note_label = pa_line_safe_harbor(&next) ||
                             (next_low && (strstr(next_low, "forward-looking") || strstr(next_low, "non-gaap")));
            }
            /* (a short release's note before 500 bytes: on its issuer, as its first paragraph names it) */
            int about = i + 1 < e.n && e.paras[i + 1].text ? pa_line_about_label_over(&line, e.paras[i + 1].text) : 0;
            if (about == 2 && !release_lead && !own_news)
                about = 0;
            if (note_label || (about && (out.len >= PA_EXTRACT_NOTE_AFTER || issuer_told(out.data, p->text)))) {
                drop = 1;
                release_note_run = 4; /* (a note runs one to four paragraphs) */
            } else if (pa_line_safe_harbor(&line)) {
                drop = 1; /* (with no label over it, the note alone: a story's paragraphs may follow) */
                release_note_run = release_note_run > 0 ? release_note_run - 1 : 0;
            } else if (release_note_run > 0 && !p->heading && p->row_cells < 2 &&
                       ((tl && strchr(".?!", p->text[tl - 1])) || strstr(p->text, "www.") || strstr(p->text, "http"))) {
                /* (a note's lines close a sentence or give its address; a line that does neither is a label, a
                 * table's title or row: "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS" ends the notes) */
                drop = 1;
                release_note_run--;
            } else {
                release_note_run = 0;
            }
        }
        /* "By" alone on its line above the story, or a CMS's byline field
         * label ("Byline:", "Custom byline text:"): the next line is the names */
        by_above = !by_above && told < 3 &&
                   ((pa_line_writer_note(p->text, p->chars) == PA_WRITER_NAME &&
                     (!strcmp(p->text, "By") || !strcmp(p->text, "By:") || !strcmp(p->text, "Written by") ||
                      !strcmp(p->text, "Written by:"))) ||
                    !strcasecmp(p->text, "Byline:") || !strcasecmp(p->text, "Custom byline text:"));
        drop |= by_above;
        p->dropped = drop;
        release_ended |= pa_line_release_end_mark(&line);
        /* (a picture's credit belongs to the picture above it: under a gallery's "Photograph: …" the next
         * slide's title and caption are no teaser list) */
        p->label = drop && p->chars <= 60 &&
                   (pa_line_furniture(&line) || pa_line_tool(&line) || pa_line_block_label(&line, p->heading)) &&
                   !pa_line_picture_credit(&line);
        p->ad_break = drop && pa_line_ad_break(&line);
        p->tool_row = drop && p->chars <= 60 && !p->heading && p->link_chars * 10 >= p->chars * 8 &&
                      pa_line_tool_row(&line);
        p->asks = tl && p->text[tl - 1] == '?';
        p->field_label = p->chars <= 30 && tl && p->text[tl - 1] == ':' && !pa_date_label_line(p->text, tl);
        p->fact_label = fact_label_opens(p->text);
        p->page_day_label = p->field_label && page_date_label(p->text, tl - 1);
        p->intro = !drop && list_intro(p, &line, m.og_audio);
        p->writer = author_line ? PA_WRITER_NAME : drop ? 0 : pa_line_writer_note(p->text, p->chars);
        p->author_line = author_line;
        p->named_bio = 0;
        p->blurb = !drop && ((!own_news && pa_meta_site_blurb(&site, p->text, p->chars)) ||
                             pa_line_site_disclaimer(&line) || pa_line_newsroom_note(&line));
        /* (the issuing office's name in capitals signs a release off as the site's name does) */
        p->site_line = !drop && (pa_meta_site_name_line(&site, p->text, p->chars) || pa_line_office_signoff(&line));
        p->about_label = !drop && p->chars <= 60 && !strncasecmp(p->text, "About ", 6) && !strpbrk(p->text, ".?!");
        p->appeal = drop && pa_line_appeal_opener(&line);
        p->republish_note = pa_line_republish_footer(&line);
        p->affil_sig = !drop && !p->heading && pa_line_affiliation_byline(&line);
        p->appeal_words = !drop && (p->chars <= 40 || appeal_worded(&line));
        p->salutation = !drop && p->chars <= 20 &&
                        (!strcasecmp(p->text, "dear reader,") || !strcasecmp(p->text, "dear readers,"));
        p->speech = !drop && pa_line_reports_speech(&line);
#ifdef PA_EXTRACT_DEBUG
        if (p->blurb)
            fprintf(stderr, "SITE BLURB %.100s\n", p->text);
#endif
        if (!drop) {
            /* "Jane" / "Jane is the founder of …": named above, a biography */
            size_t fw = strcspn(p->text, " ,");
            /* (not under the third heading of a run of sections or more that does not name the page's
             * writer: a listicle's last pick, "Zaranda" / "Zaranda is a new Mexican restaurant …", is its
             * text) */
            if (p->writer == PA_WRITER_BIO_WEAK && name_word[0] && fw == strlen(name_word) &&
                !strncmp(p->text, name_word, fw) && !name_titles_section) {
                p->writer = PA_WRITER_BIO;
                p->named_bio = 1;
            }
            name_word[0] = '\0';
            name_titles_section = 0;
            if (p->writer == PA_WRITER_NAME && fw < sizeof name_word) {
                memcpy(name_word, p->text, fw);
                name_word[fw] = '\0';
                /* (a heading opening with the page's writer's first name, "Jane" over "Jane is …", heads an
                 * author box) */
                name_titles_section = p->heading && kept_headings >= 2 &&
                                      !writer_first_name(name_word, page_writer(&m, byline_author));
            }
            kept_headings += p->heading != 0;
        }
        p->out_at = out.len;
#ifdef PA_EXTRACT_DEBUG
        fprintf(stderr, "PARA drop=%d chars=%zu links=%zu h=%d list=%u |%.80s\n", drop, p->chars, p->link_chars,
                p->heading, (unsigned)(((uintptr_t)p->list >> 4) & 0xffff), p->text);
#endif
        if (!drop) {
            /* a run of headings at the end heads nothing (the list of
             * more stories it named was dropped), nor does a label line
             * ending in a colon ("More information:", "Share this:") */
            int trailer = (p->chars <= 80 && p->heading) || list_label(e.paras, i, e.n) ||
                          (p->chars <= 40 && tl && p->text[tl - 1] == ':');
            if (!trailer)
                trail_n = 0;
            else if (!trail_n++)
                trail_at = out.len;
            /* a page without an <h1> whose text opens with a heading of
             * four words or more (under one or two kicker lines), not a
             * sentence: its headline in an <h2> (a blog theme's entry
             * title) that the title field words otherwise */
            if (top_heading && p->heading)
                later_heading = 1;
            else if (!m.title_h1 && !top_heading && kept < 3 && (p->heading || (p->bold == 1 && generic_title)) &&
                     !p->list && !p->link_chars &&
                     p->chars <= 150 && tl && !strchr(".!?:", p->text[tl - 1]) && space_words(p->text, tl) >= 4)
                top_heading = strdup(p->text);
            told_labels += told == told_labels && !p->heading && p->chars <= 30 && tl &&
                           !strchr(".!?", p->text[tl - 1]);
            told += !p->heading;
            if (told == 1 && !p->heading) /* (the one line told is the headline in a <font> or <p>: the deck may follow) */
                headline_told = p->chars <= 200 && page_headline_in(p->text, &m, 1);
            /* the story's first sentence names the site ("Example Homes has
             * released …"): the page is the company's own news, and its note
             * about itself at the end is the release's "About" section */
            if (!prose_told && !p->heading && full_sentence(p->text)) {
                own_news = opens_with_site(&site, p->text);
                release_lead = opens_with_release_dateline(p->text);
            }
            prose_told |= !p->heading && full_sentence(p->text);
            if (kept++)
                pa_buf_puts(&out, "\n\n");
            pa_buf_puts(&out, p->text);
        } else if (dropped.len < PA_EXTRACT_LANG_BYTES) {
            pa_buf_puts(&dropped, p->text);
            pa_buf_putc(&dropped, ' ');
        }
        p->sentence = !p->dropped && !p->list && full_sentence(p->text);
        p->closes = !p->dropped && !p->list && ends_sentence(p->text, 3);
        p->clocked = !p->dropped && clock_entry_text(p->text);
        p->kept_clock = p->dropped ? 0 : pa_dotted_clock_minutes(p->text) + 1;
        free(p->text);
        p->text = NULL;
    }
    if (trail_n && trail_n < kept && out.data) {
        out.len = trail_at;
        out.data[out.len] = '\0';
        kept -= trail_n;
    }
    /* a list of teasers under its label ends the text, and so do the
     * site's note about itself and the note about the writer above it */
    cut_text_at(&out, e.paras, e.n, teaser_tail(e.paras, e.n), &kept);
    cut_text_at(&out, e.paras, e.n, name_list_tail(e.paras, e.n, out.data, out.len), &kept);
    cut_text_at(&out, e.paras, e.n, site_tail(e.paras, e.n, out.len), &kept);
    cut_text_at(&out, e.paras, e.n, appeal_tail(e.paras, e.n, out.len), &kept);
    cut_text_at(&out, e.paras, e.n, republish_signature(e.paras, e.n, out.len), &kept);
    /* (a company's own release whose stated author is the company: its note
     * about itself is the release's "About" section, no writer's bio) */
    const char *stated = page_writer(&m, byline_author);
    if (!(own_news && stated && pa_meta_site_name_line(&site, stated, strlen(stated))))
        cut_text_at(&out, e.paras, e.n, writer_tail(e.paras, e.n, out.data, out.len, stated), &kept);
    if (out.data && !foreign_label(dlang))
        cut_closing_wire_credit(&out); /* (a page in Spanish or German keeps its "(EFE)", "(dpa)": stress-euro) */
    free(e.paras);
    /* The headline is the title field, not text: drop it when it opens the
     * text as the h1, the og/JSON-LD/<title> title or the chosen title. */
    doc->title = pa_meta_choose_title(&m);
    if ((top_heading || m.title_h2) && !m.title_og && !m.title_ld && !m.title_h1 && pa_meta_title_generic(doc->title)) {
        free(doc->title); /* "Untitled Page": the headline the text opens with, else the <h2> named for it */
        doc->title = strdup(top_heading ? top_heading : m.title_h2);
    }
    if (!m.title_og && !m.title_ld && !m.title_h1 && m.title_tag) {
        /* "Headline-Company News-Example Co., Ltd.": a trade CMS parts its <title> with an unspaced "-" or
         * "_" the title's separators do not take (a hyphen joins words); the part before such a mark is the
         * headline when the page shows it alone (a <div> the text may open with) */
        size_t cut = shown_title_part(root, m.title_tag, out.data);
        char *headline = cut ? strndup(m.title_tag, cut) : NULL;
        /* (a spaced mark's part the text opens with: "Site :: Headline" whose headline the separators' rule,
         * keeping the longer part, does not choose) */
        size_t opening = !headline && doc->title && out.data && strncmp(out.data, doc->title, strlen(doc->title))
                             ? opening_title_part(m.title_tag, out.data)
                             : 0;
        if (opening)
            headline = strndup(out.data, opening);
        if (headline) {
            free(doc->title);
            doc->title = headline;
        }
    }
    {
        const char *raw = m.title_og ? m.title_og : m.title_ld ? m.title_ld : m.title_h1 ? m.title_h1 : m.title_tag;
        /* (when more headings follow it, only when it holds the title's words: else it is the first of the
         * story's subheadings, "What we know …", under a headline the markup gives no <h1>) */
        int top_is_title = top_heading && (!later_heading || holds_title_words(doc->title, top_heading));
        const char *cands[4] = {m.title_h1, raw, doc->title, top_is_title ? top_heading : NULL};
        /* (then, k from 4, an obituary's heading naming its subject, "Jane Doe Obituary", under its headline
         * or alone) */
        int repeat_cuts = 0;
        for (int k = 0; k < 8 && out.data; k++) {
            const char *h = cands[k % 4];
            size_t hl = h ? strlen(h) : 0;
            size_t at = hl >= 8 && k < 4 ? headline_at(out.data, out.len, h, hl) : SIZE_MAX;
            char obit_heading[PA_EXTRACT_OBIT_HEADING_BYTES];
            if (k >= 4 && hl >= 8 && hl < 200 &&
                (at = obituary_heading_at(out.data, out.len, h, hl, obit_heading, sizeof obit_heading)) != SIZE_MAX)
                hl = strlen(obit_heading);
            if (at == SIZE_MAX)
                continue;
            hl += at;
            /* "Headline 20 December 2025": the headline run into its date line */
            size_t tail = out.data[hl] == ' ' ? strcspn(out.data + hl, "\n") : 0;
            pa_date hd;
            if (tail > 1 && tail < 100 && pa_date_line_kind(out.data + hl + 1, tail - 1, dlang, &hd) == 1 &&
                pa_date_valid(&hd, not_after)) {
                if (!have_line_date) {
                    line_date = hd;
                    have_line_date = 1;
                }
                hl += tail;
            }
            if (out.data[hl] == '\0' || (out.data[hl] == '\n' && out.data[hl + 1] == '\n')) {
                /* the headline goes with the kicker lines above it */
                size_t cut = out.data[hl] ? hl + 2 : hl, gone = 1;
                for (size_t c = 0; c + 1 < at; c++)
                    gone += out.data[c] == '\n' && out.data[c + 1] == '\n';
                memmove(out.data, out.data + cut, out.len - cut + 1);
                out.len -= cut;
                kept = kept > gone ? kept - gone : 0;
                /* (an <h1> naming the page's section, "News Flash" or "Press Releases", over a headline the
                 * other title fields give: that headline, now opening the text, goes too) */
                int section_h1 = k == 0 && doc->title && strcmp(h, doc->title);
                /* (the same headline again at the new top, a copy of its own: a government notice's record
                 * table names the notice, then its centred title follows; cut once more) */
                size_t hl0 = strlen(h);
                int again = k < 4 && repeat_cuts < 1 && out.len >= hl0 && !strncmp(out.data, h, hl0) &&
                            (out.data[hl0] == '\0' || (out.data[hl0] == '\n' && out.data[hl0 + 1] == '\n'));
                if (again) {
                    repeat_cuts++;
                    k--; /* the same candidate once more */
                    continue;
                }
                k = section_h1 ? 0 : k < 4 ? 3 : 8;
            }
        }
    }
    free(top_heading);
    /* The page states its article's text in JSON-LD, or keeps it in a
     * client-rendered page's state script or an app-router page's flight
     * data, and the markup gave less than half of it (a body filled in by
     * script): the stated text is the article.  A paywalled story's teaser
     * stays: what a reader sees. */
    /* (out stays as it is until a stated text replaces it and the loop ends: its characters, counted once) */
    size_t ours = (m.body_ld || m.state_script || m.flight.len) && out.data ? visible_chars((const xmlChar *)out.data) : 0;
    for (int source = 0; source < 3; source++) {
        const char *stated_text = source == 0 ? m.body_ld : source == 1 ? m.state_script : m.flight.data;
        if (!stated_text || !*stated_text)
            continue;
        size_t stated_len = source == 2 ? m.flight.len : strlen(stated_text);
        /* (a state script, up to 8 MiB of JSON on a full page too, is parsed only for a shell, or for a teaser
         * shell's few paragraphs under a state four times their size; a state may hold other stories too,
         * the next one of an endless scroll: its body replaces a shell's next to nothing, a teaser's only
         * when it holds the teaser's every paragraph) */
        int shell = ours <= PA_EXTRACT_SHELL_MAX_CHARS;
        if (source > 0 && !shell && (ours > PA_EXTRACT_TEASER_MAX_CHARS || stated_len / 4 < ours))
            continue;
        pa_buf ld;
        pa_buf_init(&ld, 0);
        long ld_paras = source == 0   ? pa_ldbody_text(stated_text, stated_len, &ld)
                        : source == 1 ? pa_ldbody_state(stated_text, stated_len, doc->title, &ld)
                                      : pa_ldbody_flight(stated_text, stated_len, doc->title, &ld);
        size_t ld_vis = ld_paras > 0 ? visible_chars((const xmlChar *)ld.data) : 0;
        /* (nothing at all in the markup: a shorter stated text is the story, no summary beside a text) */
        size_t ld_min = ours ? PA_EXTRACT_LDBODY_MIN_CHARS : PA_EXTRACT_LDBODY_BARE_MIN_CHARS;
        if (ld_vis >= ld_min && ours * 2 < ld_vis && !(m.ld_locked && opens_stated_body(out.data, ld.data)) &&
            (source == 0 || shell || holds_paragraphs(ld.data, out.data))) {
            pa_buf_free(&out);
            out = ld;
            kept = (size_t)ld_paras;
            break;
        }
        pa_buf_free(&ld);
    }
    doc->n_paragraphs = kept;
    doc->text = pa_buf_steal(&out);

    /* Metadata. */
    doc->url = opts->url ? strdup(opts->url) : NULL;
    doc->charset = strdup(used);
    /* the metadata's author, else the person a byline names (the byline
     * element's, else a byline line's above the story) */
    const char *writer = page_writer(&m, byline_author);
    char person[64] = "";
    if (writer && !m.author)
        byline_person(writer, person, sizeof person);
    doc->author = m.author ? strdup(m.author) : person[0] ? strdup(person) : NULL;
    doc->sitename = m.sitename ? strdup(m.sitename) : NULL;
    if (m.canonical)
        doc->canonical = strdup(m.canonical);
    else if (m.og_url) {
        pa_err ue;
        if (pa_url_normalize(m.og_url, &doc->canonical, &ue) != PA_OK)
            doc->canonical = NULL;
    }
    doc->alternates = m.alts;
    doc->n_alternates = m.n_alts;
    m.alts = NULL;
    m.n_alts = 0;

    pa_date pd;
    const char *src = NULL;
    /* a story in another language under an English label reads its date lines in the text's language (the
     * lines of the story's head are looked at again in it) */
    size_t tlen = strlen(doc->text);
    /* a few KB decide the language as well as the whole text, at a fraction
     * of the work: cut at a space (a UTF-8 boundary); counted once for the
     * date lines' language and the page's, detected at most once */
    size_t dlen = lang_sample_len(doc->text, tlen);
    pa_lang_scan scan;
    pa_lang_scan_text(doc->text, dlen, &scan);
    char text_lang[16] = "";
    int text_lang_made = 0;
    if (english_label_over_other_text(&scan, tlen, dlang, text_lang, sizeof text_lang, &text_lang_made)) {
        dlang = text_lang;
        have_line_date = 0;
    }
    /* a date of unstated kind (a generic meta key, a bare date line) on the
     * day of the stated last change is that change, not the publication */
    const char *date_meta = m.date_meta;
    pa_date gd, md;
    int have_mod = try_iso(m.date_meta_mod, not_after, &md) || try_iso(m.date_time_mod, not_after, &md);
    if (have_mod && date_rank >= PA_DATE_KEY_GENERIC && try_iso(date_meta, not_after, &gd) && same_day(&gd, &md))
        date_meta = NULL;
    /* The labelled date lines of the whole body are scanned only when no
     * better source dates the page; that scan also notes the first
     * "updated" line, the last resort below. */
    size_t line_budget = PA_EXTRACT_MAX_NODES;
    pa_date scan_update;
    int line_scanned = 0, have_scan_update = 0;
    if (try_iso_declared(m.date_ld_article, not_after, &pd) || try_iso(m.date_ld, not_after, &pd))
        src = "json-ld";
    else if (date_rank < PA_DATE_KEY_LOOSE ? try_iso_declared(date_meta, not_after, &pd) : try_iso(date_meta, not_after, &pd))
        src = "meta";
    else if (try_iso(m.date_time_pub, not_after, &pd) || try_iso(m.date_time_art, not_after, &pd) ||
             try_iso(m.date_time, not_after, &pd))
        src = "time";
    else if (m.date_time_text && pa_date_line_kind(m.date_time_text, strlen(m.date_time_text), dlang, &pd) == 1 &&
             pa_date_valid(&pd, not_after))
        src = "time";
    else if (have_thread_date && !(have_mod && same_day(&thread_date, &md))) {
        pd = thread_date;
        src = "text";
    } else if ((have_line_date ||
              (line_scanned = 1, have_line_date = scan_date_lines(body, dlang, not_after, 1, &line_date, 0,
                                                                  &line_budget, &scan_update, &have_scan_update))) &&
             !(have_mod && same_day(&line_date, &md))) {
        pd = line_date;
        src = "text";
    } else if (have_byline_date && !(have_mod && same_day(&byline_date, &md))) {
        pd = byline_date;
        src = "text";
    } else if (m.have_date_hinted && pa_date_valid(&m.date_hinted, not_after) &&
               !(have_mod && same_day(&m.date_hinted, &md))) {
        pd = m.date_hinted;
        src = "text";
    } else if ((opts->url && pa_date_from_url(opts->url, &pd) == 0 && pa_date_valid(&pd, not_after)) ||
               (doc->canonical && pa_date_from_url(doc->canonical, &pd) == 0 && pa_date_valid(&pd, not_after))) {
        src = "url"; /* the address fetched, or the page's canonical one */
    } else if (m.have_date_head && pa_date_valid(&m.date_head, not_after) &&
               !(have_mod && same_day(&m.date_head, &md))) {
        pd = m.date_head; /* the story header's date line, which strip() dropped with the header */
        src = "text";
    } else if (try_iso(date_meta != m.date_meta ? m.date_meta : NULL, not_after, &pd) ||
               try_iso(m.date_meta_mod, not_after, &pd) || try_iso(m.date_time_mod, not_after, &pd)) {
        src = "meta-modified"; /* the last change: better than no date */
    } else {
        /* last resort: an "Updated on …" line is the best date the page gives */
        if (!have_update_date && line_scanned) {
            if (have_scan_update) {
                update_date = scan_update;
                have_update_date = 1;
            }
        } else if (!have_update_date) {
            size_t scan_budget = PA_EXTRACT_MAX_NODES;
            have_update_date = scan_date_lines(body, dlang, not_after, 2, &update_date, 0, &scan_budget, NULL, NULL);
        }
        if (have_update_date) {
            pd = update_date;
            src = "text-updated";
        }
    }
    if (src && pd.order) {
        /* a numeric date that reads both ways: the page's order (date.h's policy) over the reading */
        const char *addr[] = {opts->url, doc->canonical, m.og_url};
        int want = page_date_order(&pd, &m, dlang, pa_lang_scan_script(&scan), utf8, ulen, addr,
                                   opts->content_language);
        pa_date sw = pd;
        sw.month = pd.day, sw.day = pd.month, sw.order = want;
        if (want && want != pd.order && pa_date_valid(&sw, not_after))
            pd = sw;
    }
    if (src) {
        char buf[40];
        pa_date_format(&pd, buf, sizeof buf);
        doc->published = strdup(buf);
        doc->date_source = strdup(src);
    }

    /* Language: declared when consistent with the text, else detected. */
    const char *script = pa_lang_scan_script(&scan);
    char declared[40] = "", detected[16] = "";
    const char *decl = m.html_lang ? m.html_lang : opts->content_language ? opts->content_language : m.meta_lang;
    if (decl) {
        snprintf(declared, sizeof declared, "%s", decl);
        char *comma = strchr(declared, ',');
        if (comma)
            *comma = '\0';
        pa_lang_tag_normalise(declared);
    }
    /* a declared language that fits the script is only overridden on long
     * Latin-script text: elsewhere the detection would not be used */
    int need_detect = !(declared[0] && pa_lang_compatible(declared, script)) ||
                      (tlen >= 400 && strcmp(script, "Latn") == 0);
    if (tlen >= 20 && need_detect && text_lang_made)
        snprintf(detected, sizeof detected, "%s", text_lang); /* (the date lines' detection of the same sample) */
    else if (tlen >= 20 && need_detect)
        pa_lang_scan_detect(&scan, detected, sizeof detected);
    else if (need_detect && dropped.len >= 20) { /* no text kept: the page's other text tells */
        size_t sl = dropped.len < PA_EXTRACT_LANG_BYTES ? dropped.len : PA_EXTRACT_LANG_BYTES;
        while (sl && sl < dropped.len && ((unsigned char)dropped.data[sl] & 0xC0) == 0x80)
            sl--;
        pa_lang_detect(dropped.data, sl, detected, sizeof detected);
    }
    pa_buf_free(&dropped);
    if (declared[0] && pa_lang_compatible(declared, script)) {
        /* A Latin-script page the CMS labelled with the source language
         * (machine translations keep lang="en"): trust a clear detection. */
        static const char *const latin_override[] = {"id", "ms", "es", "pt", "fr", "de", "it", "nl", "pl",
                                                     "tr", "vi", "sv", "da", "cs", "ro", "hu", "en", "tl", "sw", "ca",
                                                     "ha", "so"};
        int override = 0;
        /* Indonesian and Malay share their function words: the models' pick between the two does not
         * outweigh the page's own statement */
        int malay_pair = (!strncasecmp(declared, "id", 2) || !strncasecmp(declared, "ms", 2)) &&
                         (!strcmp(detected, "id") || !strcmp(detected, "ms")) && (!declared[2] || declared[2] == '-');
        if (detected[0] && tlen >= 400 && strcmp(script, "Latn") == 0 && strncasecmp(declared, detected, 2) != 0 &&
            !malay_pair)
            for (size_t i = 0; i < sizeof latin_override / sizeof latin_override[0]; i++)
                override |= strcmp(detected, latin_override[i]) == 0;
        doc->lang = strdup(override ? detected : declared);
    } else if (detected[0]) {
        doc->lang = strdup(detected);
    } else if (declared[0]) {
        doc->lang = strdup(declared);
    }

    free(cs.nodes);
    free(cs.sc);
    pa_meta_free(&m);
    teaser_memo_close();
    pa_xml_arena_free_doc(d);
    if (!doc->text || !doc->charset) {
        pa_doc_free(doc);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    return PA_OK;
}

int pa_extract_threads(int max)
{
    xmlInitParser();
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    return ncpu < 1 || max < 1 ? 1 : ncpu > max ? max : (int)ncpu;
}
