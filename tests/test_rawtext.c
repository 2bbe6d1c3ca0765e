/* test_rawtext.c — pa_rawtext_drop (parsers/rawtext.c): the page with its
 * script and style text cut out must parse, under the extractor's libxml2
 * options, into the same tree as the whole page once the script and style
 * text nodes (and the values of the attributes it empties) are removed
 * from the latter; tricky markup (quotes, comments,
 * "</" inside scripts, DOCTYPEs, bogus attributes) included. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/extract_ldbody.h"
#include "pressarc/rawtext.h"

/* Is name one of the attributes whose values pa_rawtext_drop cuts? */
static int unread_attribute(const char *name)
{
    size_t n = strlen(name);
    if (!strcmp(name, "d") || !strcmp(name, "sizes") || !strcmp(name, "points") ||
        (n >= 6 && !strcmp(name + n - 6, "srcset")))
        return 1;
    if (n < 3 || strncmp(name, "on", 2))
        return 0;
    for (size_t k = 2; k < n; k++)
        if (!((name[k] >= 'a' && name[k] <= 'z') || (name[k] >= 'A' && name[k] <= 'Z')))
            return 0;
    return 1;
}

/* Remove the text under every <script>/<style> of n's subtree but a
 * script typed as JSON (the cut keeps those), and the values of the
 * unread attributes. */
static void drop_raw_children(xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        for (xmlAttr *a = c->properties; a; a = a->next)
            if (unread_attribute((const char *)a->name) && a->children) {
                xmlFreeNodeList(a->children);
                a->children = a->last = NULL;
            }
        if (strcmp((const char *)c->name, "script") && strcmp((const char *)c->name, "style")) {
            drop_raw_children(c);
            continue;
        }
        xmlChar *type = xmlGetProp(c, BAD_CAST "type");
        int keep = type && strcasestr((const char *)type, "json");
        xmlFree(type);
        /* a client-rendered page's state stays too */
        if (!keep && !strcmp((const char *)c->name, "script") && c->children && c->children->content)
            keep = pa_ldbody_state_script((const char *)c->children->content,
                                          strlen((const char *)c->children->content));
        while (!keep && c->children) {
            xmlNode *k = c->children;
            xmlUnlinkNode(k);
            xmlFreeNode(k);
        }
    }
}

/* The serialised tree of html[0..len) parsed as the extractor does, its
 * script/style text removed; malloc'd. */
static char *tree_of(const char *html, size_t len)
{
    htmlDocPtr d = htmlReadMemory(html, (int)len, NULL, NULL,
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                                      HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
    if (!d)
        return strdup("");
    drop_raw_children((xmlNode *)d);
    xmlChar *mem = NULL;
    int size = 0;
    htmlDocDumpMemory(d, &mem, &size);
    xmlFreeDoc(d);
    char *out = strndup((const char *)mem, (size_t)size);
    xmlFree(mem);
    return out;
}

/* Cut html (len bytes) and check the trees match; returns the bytes cut. */
static size_t check_same_tree(const char *html, size_t len)
{
    char *buf = malloc(len + 1);
    assert_non_null(buf);
    memcpy(buf, html, len);
    size_t cut_len = pa_rawtext_drop(buf, len);
    assert_true(cut_len <= len);
    char *a = tree_of(html, len), *b = tree_of(buf, cut_len);
    if (strcmp(a, b) != 0)
        print_error("input:\n%.*s\nwhole:\n%s\ncut:\n%s\n", (int)len, html, a, b);
    assert_string_equal(a, b);
    free(a);
    free(b);
    free(buf);
    return len - cut_len;
}

static size_t check_str(const char *html)
{
    return check_same_tree(html, strlen(html));
}

static void cuts_script_and_style(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    const char *page = "<html><head><style>p { color: red }</style><script>var a = 1;</script></head>"
                       "<body><p>Story.</p><script>if (a < 2) document.write('<p>x</p>');</script></body></html>";
    size_t cut = check_str(page);
    if (LIBXML_VERSION >= 20914 && LIBXML_VERSION < 21400)
        assert_int_equal(cut, strlen("p { color: red }") + strlen("var a = 1;") +
                                  strlen("if (a < 2) document.write('<p>x</p>');"));
    /* the values of unread attributes go, the others stay */
    const char *img = "<p><img srcset=\"a.jpg 1x, b.jpg 2x\" src=\"a.jpg\" onclick=\"go()\" alt=\"A\"></p>";
    if (LIBXML_VERSION >= 20914 && LIBXML_VERSION < 21400)
        assert_int_equal(check_str(img), strlen("a.jpg 1x, b.jpg 2x") + strlen("go()"));
    /* JSON-LD stays */
    assert_int_equal(check_str("<html><head><script type=\"application/ld+json\">{\"a\": \"</p>\"}</script></head>"
                               "<body><p>x</p></body></html>"),
                     0);
    /* so does a client-rendered page's state, which may hold the article */
    assert_int_equal(check_str("<html><body><div id=\"app\"></div><script>\n window.__INITIAL_STATE__ = "
                               "{\"article\": {\"body\": \"<p>x</p>\"}};</script></body></html>"),
                     0);
    if (LIBXML_VERSION >= 20914 && LIBXML_VERSION < 21400)
        assert_int_equal(check_str("<html><body><script>window.__CONFIG__ = {\"a\": 1};</script></body></html>"),
                         strlen("window.__CONFIG__ = {\"a\": 1};"));
}

static void tricky_markup_same_tree(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    static const char *const pages[] = {
        "<p>a</p><script>var x=\"<p>hi</p>\";</script><p>b</p>",
        "<!-- <script> --><p>visible</p><script>x</script><p>after</p>",
        "<div title=\"<script>\">text</div><script>y</script><p>z</p>",
        "<div title='a>b'>t</div><style>p{}</style><p>q</p>",
        "<script>a</scripts>b</script><p>c</p><script>d</script>",
        "<script>if(a</b)x()</script><p>after</p>",
        "<script><!-- document.write(\"</scr\"+\"ipt>\") --></script><p>p</p>",
        "<SCRIPT>x</SCRIPT><p>t</p><STYLE>s</Style ><p>u</p>",
        "<script/><p>after</p><script>s</script>",
        "<script src=a.js />text<p>x</p><script>s</script>",
        "<script>unterminated <p>x</p>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html><head><script>a</script></head>"
        "<body><p>x</p></body></html>",
        "<?xml version=\"1.0\"?><html><script>a</script><p>b</p></html>",
        "<p>a < b and c<d</p><script>q</script><p>r</p>",
        "<!--> <script>x</script> --><p>t</p><script>y</script>",
        "<!-- a --!> <script>x</script> --><p>t</p>",
        "<p>1</p><script>\x01 x</script><p>2</p>",
        "<div a=\"x\" b=y c d = 'z'>t</div><style>s</style><p>u</p>",
        "<div \"bogus>x</div><script>s</script><p>t</p>",
        "<script></div>x</script><p>y</p><script>z</script>",
        "<script><p>x</p></script><p>y</p><script>z</script>",
        "<textarea><script>a</script></textarea><title><style>b</style></title><p>c</p>",
        "<p>x</p><script>a</script",
        "<a href=x/>t</a><script>s</script><p>u</p>",
        "<br/><o:p>x</o:p><script>s</script><p>t</p>",
        "<![CDATA[ <script>x</script> ]]><p>y</p><script>z</script>",
        "<noscript><style>x</style><p>n</p></noscript><p>y</p>",
        "<div\n class=\"a\"\n>t</div><script\ntype=\"text/javascript\"\n>s</script><p>u</p>",
        "<script>x</SCRIPT foo=\"bar\">y<p>z</p><script>w</script>",
        "<! -- c --><script>s</script><p>x</p>",
        "<p>a<!x>b</p><script>s</script><p>y</p>",
        "<_a>x</_a><script>s</script><p>y</p>",
        "<script type=\"text/template\"><div class=\"t\">{{x}}</div></script><p>y</p>",
        "<script type=\"application&#47;ld+json\">{}</script><p>y</p>",
        "<div data-x='<!--'>t</div><script>s</script><p>-->y</p>",
        "<p>x</p></ p><script>s</script><p>y</p>",
        "<p title=\"unterminated>x</p><script>s</script><p>y</p>",
        "<style>a</style><style></style><script></script><p>y</p>",
        ("<img srcset=\"a.jpg 1x, b.jpg 2x\" sizes='(max-width: 600px) 100vw' src=a.jpg><p onclick=\"f('>')\">x</p>"
        "<svg><path d=\"M0 0L10 10\"/><polygon points=\"0,0 1,1\"/></svg><script>s</script><p>y</p>"),
        "<a onmouseover=x() data-srcset=\"\" one=\"1\" on=\"2\" on-x=\"3\">l</a><script>s</script><p>y</p>",
    };
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
        check_str(pages[i]);
    /* NUL bytes in text, in a script and in an attribute */
    static const char with_nul[] = "<p>x\0y</p><script>a\0b</script><div a=\"x\0y\">t</div><script>s</script><p>z</p>";
    check_same_tree(with_nul, sizeof with_nul - 1);
}

/* Names longer than libxml2's 100-byte name buffer: the parser splits
 * them (the rest of a tag name, or of an attribute name, is read as
 * another attribute), so the scan must not read them whole. */
static void long_names_same_tree(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    char a100[101], page[1024];
    memset(a100, 'a', 100);
    a100[100] = '\0';
    /* an event handler's name of 101 letters: the value belongs to "x" */
    snprintf(page, sizeof page, "<p on%sx=\"keep\">t</p><script>s</script><p>y</p>", a100 + 2);
    check_str(page);
    /* a name ending in "srcset" split before it: the value goes to "et" */
    snprintf(page, sizeof page, "<img %ssrcset=\"keep\"><script>s</script><p>y</p>", a100 + 4);
    check_str(page);
    /* a tag name of 101 bytes: its rest is an attribute with a quoted value
     * holding '>' and a <script> */
    snprintf(page, sizeof page, "<%sb=\"><script>\" y>t<script>s</script><p>z</p>", a100);
    check_str(page);
}

/* A NUL opening a script's or style's text: libxml2 reads it as markup and
 * ends the document there, while the cut page reads on. */
static void nul_opening_raw_text(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    static const char script[] = "<p>a</p><script>\0abc</script><p>x</p>";
    check_same_tree(script, sizeof script - 1);
    static const char style[] = "<p>a</p><style>\0</style><p>x</p>";
    check_same_tree(style, sizeof style - 1);
}

/* After a DOCTYPE in the middle of a page libxml2 reads a '<' that opens
 * no comment, PI or start tag as text ("</p" then a quoted value the
 * scan would not see). */
static void doctype_then_odd_markup(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    check_str("<p>a</p><!DOCTYPE html></p <p title='> <script>s</script> '>x</p>");
    check_str("<p>a</p><!DOCTYPE html><!DOCTYPE html SYSTEM \"<p title='\"> <script>s</script> '>x</p>");
    check_str("<p>a</p><!DOCTYPE html><p>b</p><script>s</script><p>x</p>");
}

/* A script over libxml2's 10,000,000-byte text node limit halts the
 * parser in the whole page ("huge text node"); the cut must not let the
 * rest be read. */
static void huge_script_same_tree(void **state)
{
    if (!pa_rawtext_active())
        skip(); /* another libxml2: the cut is off, nothing to compare */
    (void)state;
    const char *head = "<html><body><p>a</p><script>", *tail = "</script><p>after</p></body></html>";
    size_t body = 10000001, hl = strlen(head), tl = strlen(tail);
    char *page = malloc(hl + body + tl);
    assert_non_null(page);
    memcpy(page, head, hl);
    memset(page + hl, 'x', body);
    memcpy(page + hl + body, tail, tl);
    check_same_tree(page, hl + body + tl);
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cuts_script_and_style),
        cmocka_unit_test(tricky_markup_same_tree),
        cmocka_unit_test(long_names_same_tree),
        cmocka_unit_test(nul_opening_raw_text),
        cmocka_unit_test(doctype_then_odd_markup),
        cmocka_unit_test(huge_script_same_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
