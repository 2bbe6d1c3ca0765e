/* rawtext.c — cut the raw text of <script> and <style> elements out of a
 * page before the HTML parse (see rawtext.h).  The scan reads the page
 * the way libxml2 2.9's HTML parser does in recover mode, construct by
 * construct; wherever the two readings could differ it gives up and
 * leaves the rest of the page untouched, so a page is never parsed into
 * another tree than its own (minus script and style text). */
#include "pressarc/rawtext.h"

#include "pressarc/extract_ldbody.h"

#include <libxml/globals.h>
#include <libxml/xmlversion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RAWTEXT_NAME_MAX 100 /* libxml2 reads names of at most this many bytes at a time */
/* Raw text this long may make a text node past libxml2's XML_MAX_TEXT_LENGTH
 * (10,000,000 bytes), at which the parser stops (without HTML_PARSE_HUGE);
 * a margin for the chunks it appends. */
#define RAWTEXT_TEXT_MAX (10000000 - 65536)

/* White space as libxml2's IS_BLANK_CH: space, tab, LF, CR (one test
 * against a bit mask of the four: the scan's hottest loops read it). */
static int blank(unsigned char c)
{
    static const uint64_t blanks = (1ULL << ' ') | (1ULL << '\t') | (1ULL << '\n') | (1ULL << '\r');
    return c <= ' ' && ((blanks >> c) & 1);
}

/* A byte libxml2 reads inside markup (IS_CHAR_CH): not a control
 * character other than tab, LF, CR. */
static int markup_byte(unsigned char c)
{
    return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
}

/* ASCII letter. */
static int letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A byte of an HTML name after its first (htmlParseHTMLName): letter,
 * digit, ':', '-', '_', '.' — read from a table of the 256 bytes, one load
 * a byte in the scan's hottest loops. */
/* (the 26 letters from c0 on) */
#define NAME_LETTERS(c0) [c0] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char name_bytes[256] = {
    ['-'] = 1, ['.'] = 1, ['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* '0'-'9' */
    [':'] = 1, ['_'] = 1, NAME_LETTERS('A'), NAME_LETTERS('a'),
};
static int name_byte(unsigned char c)
{
    return name_bytes[c];
}

/* The first byte of an attribute name (htmlParseHTMLName): letter, '_',
 * ':', '.'. */
static int name_start(unsigned char c)
{
    return letter(c) || c == '_' || c == ':' || c == '.';
}

/* Position after the blanks from p in b[0..len). */
static size_t skip_blanks(const char *b, size_t len, size_t p)
{
    while (p < len && blank((unsigned char)b[p]))
        p++;
    return p;
}

/* Does b[p..len) open with the ASCII word w, case aside? */
static int opens_nocase(const char *b, size_t len, size_t p, const char *w)
{
    for (size_t k = 0; w[k]; k++) {
        unsigned char c = p + k < len ? (unsigned char)b[p + k] : 0;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)w[k])
            return 0;
    }
    return 1;
}

/* Does b[from..to) hold the ASCII word w (lower case), case aside? */
static int holds_nocase(const char *b, size_t from, size_t to, const char *w)
{
    size_t wl = strlen(w);
    for (size_t p = from; p + wl <= to; p++)
        if (opens_nocase(b, to, p, w))
            return 1;
    return 0;
}

/* The end (past "-->") of the comment opening at b[at] ("<!--"), or 0
 * when its end is in doubt: no "-->", a "--!>" or an abrupt "<!-->" /
 * "<!--->" (libxml2 versions end those differently), a control
 * character, or a code point libxml2 does not take as a character
 * (U+FFFE, U+FFFF, a surrogate) that would end the comment early. */
static size_t comment_end(const char *b, size_t len, size_t at)
{
    size_t s = at + 4;
    if (s >= len || b[s] == '>' || (b[s] == '-' && s + 1 < len && b[s + 1] == '>'))
        return 0;
    for (size_t p = s; p < len; p++) {
        unsigned char c = (unsigned char)b[p];
        if (!markup_byte(c))
            return 0;
        if (c == 0xEF && p + 2 < len && (unsigned char)b[p + 1] == 0xBF && (unsigned char)b[p + 2] >= 0xBE)
            return 0;
        if (c == 0xED && p + 1 < len && (unsigned char)b[p + 1] >= 0xA0)
            return 0;
        if (c != '>')
            continue;
        if (p >= s + 2 && b[p - 1] == '-' && b[p - 2] == '-')
            return p + 1;
        if (p >= s + 3 && b[p - 1] == '!' && b[p - 2] == '-' && b[p - 3] == '-')
            return 0;
    }
    return 0;
}

/* The end (past the closing quote) of the quoted literal at b[p], or 0
 * when unfinished or holding a byte libxml2 stops at (a control
 * character; for a public id, any byte outside its character set). */
static size_t literal_end(const char *b, size_t len, size_t p, int pubid)
{
    char q = b[p];
    for (size_t k = p + 1; k < len; k++) {
        unsigned char c = (unsigned char)b[k];
        if (c == (unsigned char)q)
            return k + 1;
        if (!markup_byte(c) || (pubid && !(letter(c) || (c >= '0' && c <= '9') || strchr(" \r\n-'()+,./:=?;!*#@$_%", c))))
            return 0;
    }
    return 0;
}

/* The end (past '>') of the DOCTYPE declaration at b[at] ("<!DOCTYPE"),
 * or 0 when it is not the plain form: a name, then SYSTEM "…" or
 * PUBLIC "…" ["…"], then '>'. */
static size_t doctype_end(const char *b, size_t len, size_t at)
{
    size_t p = skip_blanks(b, len, at + 9);
    if (p < len && (letter((unsigned char)b[p]) || b[p] == '_' || b[p] == ':'))
        while (p < len && name_byte((unsigned char)b[p]))
            p++;
    p = skip_blanks(b, len, p);
    int system = opens_nocase(b, len, p, "system"), public = opens_nocase(b, len, p, "public");
    if (system || public) {
        p = skip_blanks(b, len, p + 6);
        if (p >= len || (b[p] != '"' && b[p] != '\'') || !(p = literal_end(b, len, p, public)))
            return 0;
        p = skip_blanks(b, len, p);
        if (public && p < len && (b[p] == '"' || b[p] == '\'')) {
            if (!(p = literal_end(b, len, p, 0)))
                return 0;
            p = skip_blanks(b, len, p);
        }
    }
    return p < len && b[p] == '>' ? p + 1 : 0;
}

#define RAWTEXT_TAG_CUTS 8 /* attribute values cut per tag at most */

/* What read_start_tag found. */
typedef struct {
    size_t end;  /* past the tag's '>' ("/>"); 0: the tag's end is in doubt */
    int raw;     /* 1: <script>, 2: <style> (raw text follows unless `empty`) */
    int empty;   /* closed by "/>" */
    int keep;    /* a type attribute naming JSON, or one holding a character reference */
    size_t cut[RAWTEXT_TAG_CUTS][2]; /* the quoted values of unread attributes, [from, to) in order */
    int cuts;
} start_tag;

/* Is the attribute name b[from..to) one whose value no extraction rule
 * reads (see pa_rawtext_drop): an event handler ("onclick": "on" and
 * letters), a picture's "srcset" ("data-srcset", "sizes"), or an SVG
 * shape's "d" or "points"? */
static int unread_attribute(const char *b, size_t from, size_t to)
{
    size_t n = to - from;
    if (n == 1)
        return (b[from] | 0x20) == 'd';
    if (n >= 3 && opens_nocase(b, to, from, "on")) {
        for (size_t k = from + 2; k < to; k++)
            if (!letter((unsigned char)b[k]))
                return 0;
        return 1;
    }
    return (n == 5 && opens_nocase(b, to, from, "sizes")) || (n == 6 && opens_nocase(b, to, from, "points")) ||
           (n >= 6 && opens_nocase(b, to, to - 6, "srcset"));
}

/* Read the start tag at b[at] ('<' and a letter) as htmlParseStartTag
 * does: the name, then attributes (a name, '=' and a value quoted with
 * '"' or '\'' or bare up to a blank or '>'; a bogus attribute skipped up
 * to a blank or the tag's end), up to '>' or "/>"; the quoted values of
 * unread attributes (unread_attribute) are noted for the cut.  Fills *t
 * (not zeroed whole: cut[] is read below cuts only), the caller's: no copy
 * of it on each of a page's tags. */
static void read_start_tag(const char *b, size_t len, size_t at, start_tag *t)
{
    t->end = 0;
    t->raw = t->empty = t->keep = t->cuts = 0;
    size_t p = at + 1, n0 = p;
    while (p < len && name_byte((unsigned char)b[p]))
        p++;
    if (p - n0 > RAWTEXT_NAME_MAX)
        return; /* libxml2 reads the name's rest as an attribute */
    if (p - n0 == 6 && opens_nocase(b, len, n0, "script"))
        t->raw = 1;
    else if (p - n0 == 5 && opens_nocase(b, len, n0, "style"))
        t->raw = 2;
    p = skip_blanks(b, len, p);
    while (p < len) {
        unsigned char c = (unsigned char)b[p];
        if (c == '>') {
            t->end = p + 1;
            return;
        }
        if (c == '/' && p + 1 < len && b[p + 1] == '>') {
            t->end = p + 2;
            t->empty = 1;
            return;
        }
        if (!markup_byte(c))
            return;
        if (name_start(c)) {
            size_t a0 = p;
            while (p < len && name_byte((unsigned char)b[p]))
                p++;
            if (p - a0 > RAWTEXT_NAME_MAX)
                return; /* libxml2 splits it into two attributes, the value going to the second */
            int is_type = p - a0 == 4 && opens_nocase(b, len, a0, "type"), unread = unread_attribute(b, a0, p);
            p = skip_blanks(b, len, p);
            if (p < len && b[p] == '=') {
                p = skip_blanks(b, len, p + 1);
                size_t v0 = p, v1;
                if (p < len && (b[p] == '"' || b[p] == '\'')) {
                    const char *q = memchr(b + p + 1, b[p], len - p - 1);
                    if (!q || memchr(b + p + 1, '\0', (size_t)(q - b) - p - 1))
                        return; /* unfinished, or a NUL libxml2 stops at */
                    v0 = p + 1;
                    v1 = (size_t)(q - b);
                    p = v1 + 1;
                    if (unread && v1 > v0 && t->cuts < RAWTEXT_TAG_CUTS) {
                        t->cut[t->cuts][0] = v0;
                        t->cut[t->cuts][1] = v1;
                        t->cuts++;
                    }
                } else {
                    while (p < len && b[p] && b[p] != '>' && !blank((unsigned char)b[p]))
                        p++;
                    v1 = p;
                }
                if (is_type && (holds_nocase(b, v0, v1, "json") || memchr(b + v0, '&', v1 - v0)))
                    t->keep = 1;
            }
        } else {
            while (p < len && markup_byte((unsigned char)b[p]) && !blank((unsigned char)b[p]) && b[p] != '>' &&
                   !(b[p] == '/' && p + 1 < len && b[p + 1] == '>'))
                p++;
        }
        p = skip_blanks(b, len, p);
    }
}

/* The end of the raw text that starts at b[at] inside a <script>
 * (raw 1) or <style> (raw 2): the first "</script" ("</style"), case
 * aside, that the parser closes the element at (no name byte after it),
 * or the page's end.  Any other byte is text to the parser (a control
 * character or NUL too: libxml2 2.9.14 drops or blanks it and reads on).
 * 0 when in doubt: a closing tag with a longer name ("</scripts>": the
 * parser reads on after it), or text opening with another tag (the parser
 * reads markup there). */
static size_t raw_end(const char *b, size_t len, size_t at, int raw)
{
    const char *name = raw == 1 ? "script" : "style";
    size_t nl = raw == 1 ? 6 : 5;
    /* a NUL at the start: the parser reads it as markup, not script text,
     * and ends the document there */
    if (at < len && b[at] == '\0')
        return 0;
    for (size_t p = at; p < len; p++) {
        const char *lt = memchr(b + p, '<', len - p);
        if (!lt || (p = (size_t)(lt - b)) + 1 >= len)
            return len - at >= RAWTEXT_TEXT_MAX ? 0 : len;
        if (b[p + 1] == '/' && opens_nocase(b, len, p + 2, name)) {
            if (p + 2 + nl < len && name_byte((unsigned char)b[p + 2 + nl]))
                return 0;
            /* a text node past XML_MAX_TEXT_LENGTH halts the parser ("huge
             * text node"): the whole page would end there, the cut one not */
            return p - at >= RAWTEXT_TEXT_MAX ? 0 : p;
        }
        /* at the start the parser takes "</x" as an end tag and "<x" as
         * a start tag that may close the element */
        if (p == at && (b[p + 1] == '/' || letter((unsigned char)b[p + 1]) || b[p + 1] == '_' || b[p + 1] == ':'))
            return 0;
    }
    return len - at >= RAWTEXT_TEXT_MAX ? 0 : len;
}

/* Is the libxml2 this program runs with (not only the one it was built
 * against) one whose HTML tokenizer the scan follows: 2.9.14 or a later
 * 2.9 release?  Later series changed the tokenizer (2.14 rewrote it) and
 * were not checked. */
static int tokenizer_known(void)
{
#if LIBXML_VERSION < 20914 || LIBXML_VERSION >= 21000
    return 0;
#else
    const char *running = xmlParserVersion; /* "20914" */
    long v = running ? strtol(running, NULL, 10) : 0;
    return v >= 20914 && v < 21000;
#endif
}

int pa_rawtext_active(void)
{
    return tokenizer_known();
}

size_t pa_rawtext_drop(char *buf, size_t len)
{
    if (!tokenizer_known())
        return len; /* the scan follows the 2.9.14 tokenizer; other versions may read otherwise */
    size_t p = 0, w = 0, from = 0; /* read position; bytes kept so far; start of the run not yet copied */
    while (p < len) {
        const char *lt = memchr(buf + p, '<', len - p);
        if (!lt)
            break;
        p = (size_t)(lt - buf);
        unsigned char c1 = p + 1 < len ? (unsigned char)buf[p + 1] : 0;
        size_t next = 0;
        if (c1 == '!') {
            if (p + 3 < len && buf[p + 2] == '-' && buf[p + 3] == '-')
                next = comment_end(buf, len, p);
            else if (opens_nocase(buf, len, p + 2, "doctype")) {
                next = doctype_end(buf, len, p);
                /* after a DOCTYPE inside the document libxml2 does not go back
                 * to the top of its content loop: a '<' there opening no
                 * comment, PI or start tag ("</p>", another "<!DOCTYPE") is
                 * read as text */
                unsigned char d1 = next + 1 < len ? (unsigned char)buf[next + 1] : 0;
                if (next && next < len && buf[next] == '<' && !letter(d1) && d1 != '?' &&
                    !(d1 == '!' && next + 3 < len && buf[next + 2] == '-' && buf[next + 3] == '-'))
                    next = 0;
            } else
                next = p + 1; /* "<![CDATA[", "<![if !IE]>": '<' as text */
        } else if (c1 == '?') {
            unsigned char c2 = p + 2 < len ? (unsigned char)buf[p + 2] : 0;
            if (letter(c2) || c2 == '_' || c2 == ':')
                for (size_t k = p + 2; k < len && markup_byte((unsigned char)buf[k]) && !next; k++)
                    if (buf[k] == '>')
                        next = k + 1;
        } else if (c1 == '/') {
            /* an end tag: its name, blanks, '>' (recovery skips to the next '>');
             * without a name only "</" is read */
            size_t k = p + 2;
            if (k < len && name_start((unsigned char)buf[k])) {
                const char *gt = memchr(buf + k, '>', len - k);
                next = gt ? (size_t)(gt - buf) + 1 : 0;
            } else {
                next = p + 2;
            }
        } else if (letter(c1)) {
            start_tag t;
            read_start_tag(buf, len, p, &t);
            next = t.end;
            for (int k = 0; next && k < t.cuts; k++) {
                memmove(buf + w, buf + from, t.cut[k][0] - from);
                w += t.cut[k][0] - from;
                from = t.cut[k][1];
            }
            if (next && t.raw && !t.empty) {
                /* the raw text is read to its end either way; cut unless kept */
                size_t end = raw_end(buf, len, next, t.raw);
                if (!end)
                    break;
                /* a client-rendered page's state or flight data may hold its article (pa_ldbody_state,
                 * pa_ldbody_flight) */
                if (!t.keep && t.raw == 1 &&
                    (pa_ldbody_state_script(buf + next, end - next) || pa_ldbody_flight_script(buf + next, end - next)))
                    t.keep = 1;
                if (!t.keep) {
                    memmove(buf + w, buf + from, next - from);
                    w += next - from;
                    from = end;
                }
                next = end;
            }
        } else {
            next = p + 1; /* '<' as text: "a < b", "<_x>" */
        }
        if (!next)
            break; /* in doubt: the rest stays as it is */
        p = next;
    }
    memmove(buf + w, buf + from, len - from);
    return w + len - from;
}
