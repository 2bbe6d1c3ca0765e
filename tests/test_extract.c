/* test_extract.c — the extractor on fixture pages: every
 * tests/fixtures/{site,extract}/.../NAME.html is extracted and compared with
 * NAME.expected.txt (exactly) and NAME.expected.json (title, published,
 * lang); plus the classes of input that must fail cleanly. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressarc/extract.h"
#include "pressarc/extract_ldbody.h"
#include "pressarc/extract_lines.h"
#include "pressarc/extract_meta.h"
#include "testutil.h"

static int checked;

static void check_page(const char *html_path)
{
    char base[1024], p[1100];
    snprintf(base, sizeof base, "%.*s", (int)(strlen(html_path) - 5), html_path);
    size_t len = 0;
    char *html = tu_read_file(html_path, &len);
    assert_non_null(html);
    snprintf(p, sizeof p, "%s.expected.txt", base);
    char *want = tu_read_file(p, NULL);
    if (!want) {
        free(html);
        return; /* a page without expectations (e.g. the listing) */
    }
    pa_doc d;
    pa_err err;
    /* fetched a year after the seeds were published */
    pa_extract_opts o = {.fetch_time = 1795000000};
    assert_int_equal(pa_extract(html, len, &o, &d, &err), PA_OK);
    size_t wl = strlen(want);
    while (wl && want[wl - 1] == '\n')
        want[--wl] = '\0';
    if (strcmp(d.text, want) != 0)
        fprintf(stderr, "%s: text differs\n--- got ---\n%s\n--- want ---\n%s\n", html_path, d.text, want);
    assert_string_equal(d.text, want);
    snprintf(p, sizeof p, "%s.expected.json", base);
    json_t *meta = json_load_file(p, 0, NULL);
    assert_non_null(meta);
    const char *keys[] = {"title", "published", "lang"};
    const char *got[] = {d.title, d.published, d.lang};
    for (int i = 0; i < 3; i++) {
        json_t *v = json_object_get(meta, keys[i]);
        if (!v)
            continue;
        if (json_is_null(v)) {
            if (got[i])
                fprintf(stderr, "%s: %s: want null, got %s\n", html_path, keys[i], got[i]);
            assert_null(got[i]);
        } else {
            if (!got[i] || strcmp(got[i], json_string_value(v)) != 0)
                fprintf(stderr, "%s: %s: want %s, got %s\n", html_path, keys[i], json_string_value(v),
                        got[i] ? got[i] : "(null)");
            assert_non_null(got[i]);
            assert_string_equal(got[i], json_string_value(v));
        }
    }
    json_decref(meta);
    pa_doc_free(&d);
    free(want);
    free(html);
    checked++;
}

static void walk(const char *dir)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0;
    while ((e = readdir(dh))) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(e->d_name);
    }
    closedir(dh);
    for (size_t i = 0; i < n; i++) {
        char p[1024];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        size_t l = strlen(p);
        if (l > 5 && strcmp(p + l - 5, ".html") == 0)
            check_page(p);
        else if (!strchr(names[i], '.'))
            walk(p);
        free(names[i]);
    }
    free(names);
}

static void fixture_pages(void **state)
{
    (void)state;
    const char *src = getenv("PA_SOURCE_DIR");
    assert_non_null(src);
    char d[1024];
    snprintf(d, sizeof d, "%s/tests/fixtures/site", src);
    walk(d);
    snprintf(d, sizeof d, "%s/tests/fixtures/extract", src);
    walk(d);
    fprintf(stderr, "%d fixture pages checked\n", checked);
    assert_true(checked >= 5);
}

/* pa_phrase_is and pa_phrase_opens read a list of 8 phrases or more by
 * its first bytes (extract_lines.c's phrase_index): the same answers as a
 * scan of the whole list, for letters, other bytes and UTF-8 openers. */
static void phrase_lists_by_first_byte(void **state)
{
    (void)state;
    static const char *const words[] = {"zeta", "alpha", "beta", "12 hours", "gamma", "“quoted”", "delta", "épée",
                                        "alphabet", "#tag"};
    static const char *const with_empty[] = {"one", "two", "three", "four", "five", "six", "seven", ""};
    static const char *const hits[] = {"alpha", "alphabet", "zeta", "12 hours", "“quoted”", "épée", "#tag"};
    for (size_t i = 0; i < sizeof hits / sizeof hits[0]; i++) {
        assert_true(pa_phrase_is(hits[i], strlen(hits[i]), PA_PHRASES(words)));
        assert_true(pa_phrase_opens(hits[i], strlen(hits[i]), PA_PHRASES(words)));
    }
    static const char *const misses[] = {"alph", "omega", "13 hours", "“other”", "epee", "Alpha"};
    for (size_t i = 0; i < sizeof misses / sizeof misses[0]; i++)
        assert_false(pa_phrase_is(misses[i], strlen(misses[i]), PA_PHRASES(words)));
    assert_true(pa_phrase_opens("alphanumeric", 12, PA_PHRASES(words)));
    assert_true(pa_phrase_opens("#tagged", 7, PA_PHRASES(words)));
    assert_false(pa_phrase_opens("omega", 5, PA_PHRASES(words)));
    assert_false(pa_phrase_is("", 0, PA_PHRASES(words)));
    assert_true(pa_phrase_is("", 0, PA_PHRASES(with_empty)));
    assert_true(pa_phrase_opens("anything", 8, PA_PHRASES(with_empty))); /* the empty phrase opens every line */
    assert_true(pa_phrase_is("six", 3, PA_PHRASES(with_empty)));
}

static void bad_inputs(void **state)
{
    (void)state;
    pa_doc d;
    pa_err err;
    assert_int_equal(pa_extract("", 0, NULL, &d, &err), PA_ERR_INVALID);
    assert_int_equal(pa_extract("\x89PNG\r\n\x1a\n\0\0\0", 11, NULL, &d, &err), PA_ERR_INVALID);
    assert_non_null(strstr(err.msg, "not HTML"));
    /* a JPEG (first byte FF, as in a UTF-16 byte-order mark) and bytes after
     * an FF FE mark with no markup are binary; UTF-16LE markup is a page */
    assert_int_equal(pa_extract("\xFF\xD8\xFF\xE0\0\x10JFIF\0<p>", 14, NULL, &d, &err), PA_ERR_INVALID);
    assert_non_null(strstr(err.msg, "binary"));
    assert_int_equal(pa_extract("\xFF\xFE\x1B\0\xE2\x48\0\0<\x91", 10, NULL, &d, &err), PA_ERR_INVALID);
    assert_non_null(strstr(err.msg, "binary"));
    static const char utf16[] = "\xFF\xFE<\0p\0>\0O\0n\0e\0 \0l\0i\0n\0e\0 \0o\0f\0 \0t\0e\0x\0t\0.\0<\0/\0p\0>\0";
    assert_int_equal(pa_extract(utf16, sizeof utf16 - 1, NULL, &d, &err), PA_OK);
    assert_non_null(strstr(d.text, "One line of text."));
    pa_doc_free(&d);
    const char *plain = "just words, no markup at all";
    assert_int_equal(pa_extract(plain, strlen(plain), NULL, &d, &err), PA_ERR_INVALID);
    /* broken HTML still extracts */
    const char *broken = "<html><body><div><p>An unclosed paragraph of the article with enough words to count as "
                         "text, commas, and more words.<p>Second one<div></span></b>";
    assert_int_equal(pa_extract(broken, strlen(broken), NULL, &d, &err), PA_OK);
    assert_non_null(strstr(d.text, "unclosed paragraph"));
    pa_doc_free(&d);
    /* deep nesting is bounded */
    size_t depth = 100000;
    char *deep = malloc(depth * 5 + 64);
    size_t k = 0;
    for (size_t i = 0; i < depth; i++)
        k += (size_t)sprintf(deep + k, "<div>");
    k += (size_t)sprintf(deep + k, "text");
    assert_int_equal(pa_extract(deep, k, NULL, &d, &err), PA_OK);
    pa_doc_free(&d);
    free(deep);
}

/* A GBK page with no charset declaration comes out as UTF-8. */
static void gbk_without_declaration(void **state)
{
    (void)state;
    /* "广元市铝产业发展" ... in GBK */
    const char *gbk = "<html><head><title>\xb9\xe3\xd4\xaa\xca\xd0\xc2\xc1\xb2\xfa\xd2\xb5</title></head><body>"
                      "<article><p>\xb9\xe3\xd4\xaa\xca\xd0\xc2\xc1\xb2\xfa\xd2\xb5\xb7\xa2\xd5\xb9\xd1\xb8\xcb\xd9"
                      "\xa3\xac\xb2\xfa\xd6\xb5\xcd\xbb\xc6\xc6\xce\xe5\xca\xae\xd2\xda\xd4\xaa\xa1\xa3"
                      "\xb9\xe3\xd4\xaa\xca\xd0\xc2\xc1\xb2\xfa\xd2\xb5\xb7\xa2\xd5\xb9\xd1\xb8\xcb\xd9"
                      "\xa3\xac\xb2\xfa\xd6\xb5\xcd\xbb\xc6\xc6\xce\xe5\xca\xae\xd2\xda\xd4\xaa\xa1\xa3</p>"
                      "</article></body></html>";
    pa_doc d;
    pa_err err;
    assert_int_equal(pa_extract(gbk, strlen(gbk), NULL, &d, &err), PA_OK);
    assert_non_null(strstr(d.text, "广元市铝产业发展迅速"));
    assert_string_equal(d.title, "广元市铝产业");
    assert_non_null(d.lang);
    assert_string_equal(d.lang, "zh-Hans");
    pa_doc_free(&d);
}

/* One line (at most 511 bytes) through a classifier: 1 when it fires. */
static int line_hits(int (*classify)(const pa_line *), const char *text)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    pa_line line;
    pa_line_init(&line, buf, strlen(buf));
    return classify(&line) != 0;
}

/* Extract inline HTML; the text is returned (caller frees the doc). */
static const char *text_of(const char *html, pa_doc *d)
{
    pa_err err;
    assert_int_equal(pa_extract(html, strlen(html), NULL, d, &err), PA_OK);
    return d->text;
}

/* a line of text ended by a blank line (<br><br>), as in pages without <p> */
#define LINE "a line of the story, long enough to read as prose, with a comma or two, and a full stop.<br><br>"

#define PARA(x)                                                                                            \
    "<p>" x " This sentence pads the paragraph, with commas, clauses, and enough words to count; a second "   \
          "clause follows it, and then a third one, so that the paragraph reads like prose of an article.</p>"

/* Structure tags that broken or unusual markup turns into the article's
 * container: an unclosed <aside> the parser nests <main> into, a <header>
 * holding a whole post, a role=banner wrapper around <main>. */
static void wrapper_tags_holding_the_article(void **state)
{
    (void)state;
    pa_doc d;
    const char *aside = "<html><body><aside class=\"banner\"><a href=\"/x\">Announcement</a>"
                        "<main><article>" PARA("First paragraph of the post.") PARA("Second paragraph.")
                        PARA("Third paragraph.") "</article></main></body></html>";
    const char *t = text_of(aside, &d);
    assert_non_null(strstr(t, "First paragraph of the post."));
    assert_non_null(strstr(t, "Third paragraph."));
    pa_doc_free(&d);
    /* the page in one <form> (ASP.NET), its text in a <div> with <br>s;
     * the search field's label in it goes */
    const char *form = "<html><body><form id=\"Form1\"><div><input name=\"q\"><label>Search the site</label></div>"
                       "<div class=\"story\">Form one, " LINE "Form two, " LINE "Form three, " LINE "Form four, " LINE
                       "Form five, " LINE "Form six, " LINE "Form seven, " LINE "</div></form></body></html>";
    t = text_of(form, &d);
    assert_non_null(strstr(t, "Form one,"));
    assert_non_null(strstr(t, "Form six,"));
    assert_null(strstr(t, "Search the site"));
    pa_doc_free(&d);
    /* deeper in the page, a story wrapped in a "mail this story" form with
     * hidden fields only is the article; a sign-up form's text is not */
    const char *mailform = "<html><body><div class=\"col\"><form action=\"/mail\"><h1>A story</h1>"
                           "<div class=\"txt\">Mailed one, " LINE "Mailed two, " LINE "Mailed three, " LINE
                           "Mailed four, " LINE "Mailed five, " LINE "Mailed six, " LINE "Mailed seven, " LINE "Mailed eight, " LINE "</div>"
                           "<textarea name=\"t\" style=\"display:none\"></textarea><input type=\"hidden\" name=\"id\">"
                           "</form></div><div class=\"note\"><p>A short note beside it, with a comma.</p></div>"
                           "</body></html>";
    t = text_of(mailform, &d);
    assert_non_null(strstr(t, "Mailed one,"));
    assert_non_null(strstr(t, "Mailed six,"));
    pa_doc_free(&d);
    const char *signup = "<html><body><div class=\"col\"><article>" PARA("Signed one.") PARA("Signed two.")
                         "</article><form action=\"/join\"><input type=\"email\" name=\"e\">"
                         "Consent one, " LINE "Consent two, " LINE "Consent three, " LINE "Consent four, " LINE
                         "Consent five, " LINE "Consent six, " LINE "Consent seven, " LINE "Consent eight, " LINE "</form></div></body></html>";
    t = text_of(signup, &d);
    assert_non_null(strstr(t, "Signed one."));
    assert_null(strstr(t, "Consent one,"));
    pa_doc_free(&d);
    /* the story as text loose beside a heading and a lead <p> (cut by
     * <br>s) outscores a box of short paragraphs */
    const char *loose = "<html><body><div class=\"col\"><div class=\"txt\"><h3>Headline</h3>"
                        "<p class=\"abstract\">The lead of the story, in one paragraph.</p>"
                        "Loose one, " LINE "Loose two, " LINE "Loose three, " LINE "Loose four, " LINE
                        "</div></div><div class=\"box\"><p>Box one, a short line, with a comma.</p>"
                        "<p>Box two, a short line, with a comma.</p><p>Box three, a short line, with a comma.</p>"
                        "</div></body></html>";
    t = text_of(loose, &d);
    assert_non_null(strstr(t, "Loose one,"));
    assert_non_null(strstr(t, "Loose four,"));
    assert_null(strstr(t, "Box two"));
    pa_doc_free(&d);
    const char *header = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></nav>"
                         "<header class=\"blog-landing\"><h1>A post</h1>" PARA("Alpha para.") PARA("Beta para.")
                         PARA("Gamma para.") PARA("Delta para.") "</header>"
                         "<footer><p>Copyright 2025 Example Inc, all rights reserved.</p></footer></body></html>";
    t = text_of(header, &d);
    assert_non_null(strstr(t, "Alpha para."));
    assert_non_null(strstr(t, "Delta para."));
    assert_null(strstr(t, "Copyright"));
    assert_null(strstr(t, "Home"));
    pa_doc_free(&d);
    const char *banner = "<html><body><div role=\"banner\"><div class=\"menu\"><a href=\"/\">Home</a></div>"
                         "<main>" PARA("Inside the banner one.") PARA("Inside the banner two.")
                         PARA("Inside the banner three.") "</main></div></body></html>";
    t = text_of(banner, &d);
    assert_non_null(strstr(t, "Inside the banner one."));
    pa_doc_free(&d);
    /* a plain <aside> of links is still dropped */
    const char *plain = "<html><body><article>" PARA("Body one.") PARA("Body two.") "</article>"
                        "<aside><p>Sidebar text that is not part of the article at all, really not.</p></aside>"
                        "</body></html>";
    t = text_of(plain, &d);
    assert_non_null(strstr(t, "Body one."));
    assert_null(strstr(t, "Sidebar text"));
    pa_doc_free(&d);
}

/* Class words: a share bar the parser nested the page into keeps the page;
 * anchors made from headings ("how-popular-are-…") and code highlighting
 * classes ("language-bash") are not boilerplate words; "populated" is not
 * "popular"; comments stay out however much prose they hold. */
static void class_word_traps(void **state)
{
    (void)state;
    pa_doc d;
    const char *share = "<html><body><div class=\"share\"><a href=\"/fb\">Facebook</a>"
                        "<div class=\"main\"><h1>Run a marathon</h1>" PARA("Share one.") PARA("Share two.")
                        PARA("Share three.") PARA("Share four.") PARA("Share five.") PARA("Share 5b.")
                        PARA("Share 5c.") PARA("Share six.")
                        "</div></body></html>";
    const char *t = text_of(share, &d);
    assert_non_null(strstr(t, "Share one."));
    assert_non_null(strstr(t, "Share six."));
    pa_doc_free(&d);
    const char *slug = "<html><body><article>" PARA("Intro.")
                       "<div id=\"1-heading-how-popular-are-meditation-and-mindfulness\"><h2>How popular?</h2>"
                       PARA("Slug section.") "</div>"
                       "<div class=\"elementor-widget-wrap elementor-element-populated\">" PARA("Populated one.") PARA("P2.")
                       "</div><pre><code class=\"language-bash\">git add --all # stage every file</code></pre>"
                       PARA("Outro.") "</article></body></html>";
    t = text_of(slug, &d);
    assert_non_null(strstr(t, "Slug section."));
    assert_non_null(strstr(t, "Populated one."));
    assert_non_null(strstr(t, "git add --all"));
    pa_doc_free(&d);
    /* a highlighter's class in a code listing; a short section of plain
     * text in a page-builder "widget" wrapper */
    const char *code = "<html><body><article>" PARA("Intro to the listing.")
                       "<pre><code><span class=\"hljs-comment\"># stage every modified file</span>\n"
                       "git add --all</code></pre>" PARA("Between.")
                       "<div class=\"elementor-widget-wrap\"><h2>Short part</h2><p>A short section of the post, "
                       "two sentences of plain text and no links at all. It is shorter than a widget of prose must be.</p></div>"
                       PARA("Outro.") "</article></body></html>";
    t = text_of(code, &d);
    assert_non_null(strstr(t, "# stage every modified file"));
    assert_non_null(strstr(t, "A short section of the post"));
    pa_doc_free(&d);
    const char *comments = "<html><body><article>" PARA("Article one.") PARA("Article two.") PARA("Article three.")
                           "</article><div class=\"comments\">" PARA("Comment one.") PARA("Comment two.")
                           PARA("Comment three.") PARA("Comment four.") PARA("Comment five.") PARA("Comment six.")
                           "</div></body></html>";
    t = text_of(comments, &d);
    assert_non_null(strstr(t, "Article three."));
    assert_null(strstr(t, "Comment"));
    pa_doc_free(&d);
    /* a collapsed accordion panel (role=region, labelled by its heading)
     * is text; a hidden block otherwise is not */
    const char *acc = "<html><body><article>" PARA("Before the steps.")
                      "<h3 id=\"h1\"><button>Week one</button></h3><div id=\"p1\" role=\"region\" "
                      "aria-labelledby=\"h1\" style=\"display:none;\">" PARA("Panel text.") "</div>"
                      "<div style=\"display:none\">" PARA("Hidden text.") "</div>" PARA("After the steps.")
                      "</article></body></html>";
    t = text_of(acc, &d);
    assert_non_null(strstr(t, "Panel text."));
    assert_non_null(strstr(t, "After the steps."));
    assert_null(strstr(t, "Hidden text."));
    pa_doc_free(&d);
}

/* An article cut into sibling blocks (page-builder rows and columns):
 * every block is kept, in order; a teaser list beside it is not. */
/* Offers after the story, each a paragraph of prose in a box whose class
 * says it sells something ("partners-box promo"), are no part of the
 * article when the widening looks at the blocks around it. */
static void promo_box_beside_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"page\"><div class=\"wrapper\"><article><div class=\"article-body\">"
        PARA("Story first.") PARA("Story second.") PARA("Story third.") PARA("Story fourth.")
        "</div></article></div></div>"
        "<div id=\"footer-partners-box\"><div class=\"wrapper\"><section class=\"partners-box promo\"><ul>"
        "<li><div class=\"content\"><p>Offer one: give or treat yourself to our front pages, fine books, back "
        "issues and e-books.</p></div></li>"
        "<li><div class=\"content\"><p>Offer two: English lessons on the Internet, try our courses free of charge "
        "for a whole month.</p></div></li>"
        "<li><div class=\"content\"><p>Offer three: meet single people who suit you with our dating partner, "
        "sign up today for free.</p></div></li>"
        "</ul></section></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story first."));
    assert_non_null(strstr(t, "Story fourth."));
    assert_null(strstr(t, "Offer"));
    pa_doc_free(&d);
}

static void article_split_into_blocks(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"layout\">"
        "<div class=\"row\"><div class=\"col\"><div class=\"block\"><div class=\"html\">"
        "<h2>Part one</h2>" PARA("Block one first.") PARA("Block one second.") PARA("Block one third.")
        "</div></div></div></div>"
        "<div class=\"row\"><div class=\"col\"><div class=\"block\"><div class=\"html\">"
        "<h2>Part two</h2>" PARA("Block two first.") PARA("Block two second.") "</div></div></div></div>"
        "<div class=\"row\"><div class=\"col\"><div class=\"block\"><ul><li>A list item of the article</li>"
        "<li>Another list item, also text</li><li>And a third item in the list</li></ul></div></div></div>"
        "<div class=\"row\"><div class=\"col\"><div class=\"block\"><div class=\"html\">"
        PARA("Block three after the list.") "</div></div></div></div>"
        "</div><div class=\"more\">"
        "<div><h3><a href=\"/a\">Another story with a long linked headline here</a></h3><p>Teaser text.</p></div>"
        "<div><h3><a href=\"/b\">A second story with a long linked headline</a></h3><p>Teaser two.</p></div>"
        "</div></body></html>";
    const char *t = text_of(page, &d);
    const char *a = strstr(t, "Block one first."), *b = strstr(t, "Block two second.");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a < b);
    assert_non_null(strstr(t, "Part two"));
    assert_non_null(strstr(t, "Another list item"));
    assert_non_null(strstr(t, "Block three after the list."));
    assert_null(strstr(t, "Teaser"));
    pa_doc_free(&d);
    /* a list of links after the blocks ("costs in other cities") does not
     * stop the widening; it is not kept */
    char links[4096];
    size_t ll = 0;
    for (int i = 0; i < 40 && ll + 100 < sizeof links; i++)
        ll += (size_t)snprintf(links + ll, sizeof links - ll, "<p><a href=\"/c%d\">Costs of the service in city %d</a></p>",
                               i, i);
    char page2[8192];
    snprintf(page2, sizeof page2,
             "<html><body><div class=\"col\">"
             "<div class=\"block\"><div class=\"html\"><h1>Opening heading</h1>" PARA("Opening block.") "</div></div>"
             "<div class=\"block\"><div class=\"html\">" PARA("Middle one.") PARA("Middle two.") PARA("Middle three.")
             "</div></div>"
             "<div class=\"block\"><div class=\"html\">" PARA("Closing block.") "</div></div>"
             "<div class=\"block\"><div class=\"html\"><h3>Other cities</h3>%s</div></div>"
             "</div></body></html>",
             links);
    t = text_of(page2, &d);
    assert_non_null(strstr(t, "Opening block."));
    assert_non_null(strstr(t, "Middle three."));
    assert_non_null(strstr(t, "Closing block."));
    assert_null(strstr(t, "city 7"));
    pa_doc_free(&d);
    /* step-by-step instructions: prose in <div>s without <p>, one box a step */
#define STEP(n)                                                                                            \
    "<div class=\"step\"><h3>Step " #n "</h3><div class=\"content\"><div>Step " #n                         \
    " text: loosen the bolts, lift the panel, and set it aside; then check the seal for wear, clean it with a " \
    "soft cloth, and fit it back before you go on.</div></div></div>"
    const char *steps = "<html><body><div class=\"page\"><article>" STEP(1) STEP(2) STEP(3) STEP(4) STEP(5)
                        "</article></div></body></html>";
#undef STEP
    t = text_of(steps, &d);
    assert_non_null(strstr(t, "Step 1 text"));
    assert_non_null(strstr(t, "Step 3 text"));
    assert_non_null(strstr(t, "Step 5 text"));
    pa_doc_free(&d);
}

/* A how-to's steps (or a live blog's posts) in parts of the story's
 * class, each short, with inserts between them: a run of four parts or
 * more brings the short parts along, in order; two short parts do not
 * come (a short block of the class beside a story is a notice, not a
 * part). */
static void story_parts_short_run(void **state)
{
    (void)state;
    pa_doc d;
    const char *rel = "<div class=\"rel\"><h3>Other people are reading</h3><ul><li><a href=\"/a\">A story about "
                      "plants here</a></li><li><a href=\"/b\">Another story about moss</a></li><li><a href=\"/c\">A "
                      "third story about glass</a></li></ul></div>";
    for (int steps = 5; steps >= 2; steps -= 3) {
        char page[8192];
        size_t pl = (size_t)snprintf(page, sizeof page,
                                     "<html><body><div class=\"main\"><h1>How to build a terrarium</h1><div "
                                     "class=\"step\"><div class=\"inner\"><div class=\"txt lead\">" PARA("Lead one.")
                                         PARA("Lead two.") "</div></div></div>%s",
                                     rel);
        for (int i = 1; i <= steps && pl + 400 < sizeof page; i++)
            pl += (size_t)snprintf(page + pl, sizeof page - pl,
                                   "<div class=\"step\"><div class=\"inner\"><div class=\"txt\"><span>Step %d</span><p>"
                                   "Short step %d: press the moss down around the plant with a spoon, then water it "
                                   "lightly.</p></div><figure><img src=\"/s%d.jpg\" alt=\"\"></figure></div></div><div "
                                   "class=\"ad\"><script>ad()</script></div>",
                                   i, i, i);
        snprintf(page + pl, sizeof page - pl, "%s</div></body></html>", rel);
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "Lead two."));
        if (steps == 5) {
            assert_non_null(strstr(t, "Short step 1:"));
            assert_non_null(strstr(t, "Short step 5:"));
            assert_true(strstr(t, "Short step 4:") < strstr(t, "Short step 5:"));
        } else {
            assert_null(strstr(t, "Short step 1:"));
        }
        assert_null(strstr(t, "A story about plants"));
        pa_doc_free(&d);
    }
}

/* The story cut into parts that carry one class, an insert between them
 * (a box of short fact lines, a "quick look" list of picks): the parts
 * beside the chosen container come along, the insert does not; a part
 * of the class far away (another story) does not either. */
static void story_parts_in_one_class(void **state)
{
    (void)state;
    pa_doc d;
    char facts[2048];
    size_t fl = (size_t)snprintf(facts, sizeof facts, "%s", "<div class=\"facts\"><ul>");
    for (int i = 1; i <= 20 && fl + 64 < sizeof facts; i++)
        fl += (size_t)snprintf(facts + fl, sizeof facts - fl, "<li>Fact line %d: %d units</li>", i, i * 7);
    snprintf(facts + fl, sizeof facts - fl, "</ul></div>");
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><div class=\"main\"><h1>Council passes the budget</h1><div class=\"story\">"
             "<div class=\"txt\">" PARA("Part one 1.") PARA("Part one 2.") PARA("Part one 3.") PARA("Part one 4.")
                 PARA("Part one 5.") PARA("Part one 6.") PARA("Part one 7.") PARA("Part one 8.")
                     PARA("Part one 9.") PARA("Part one 10.") "</div>%s<div class=\"txt\">" PARA("Closing part.")
                         "</div></div><div class=\"more\"><h3><a href=\"/a\">Another story with a long linked "
                         "headline here</a></h3></div></div></body></html>",
             facts);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Part one 1."));
    assert_non_null(strstr(t, "Closing part."));
    assert_true(strstr(t, "Part one 10.") < strstr(t, "Closing part."));
    pa_doc_free(&d);
    /* the first part marked with one more class word ("txt lead"): the
     * other parts ("txt") are the story's all the same */
    snprintf(page, sizeof page,
             "<html><body><div class=\"main\"><h1>Council passes the budget</h1><div class=\"story\">"
             "<div class=\"txt lead\">" PARA("Part one 1.") PARA("Part one 2.") PARA("Part one 3.") PARA("Part one 4.")
                 PARA("Part one 5.") PARA("Part one 6.") PARA("Part one 7.") PARA("Part one 8.")
                     PARA("Part one 9.") PARA("Part one 10.") "</div>%s<div class=\"txt\">" PARA("Closing part.")
                         "</div></div><div class=\"more\"><h3><a href=\"/a\">Another story with a long linked "
                         "headline here</a></h3></div></div></body></html>",
             facts);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Part one 1."));
    assert_non_null(strstr(t, "Closing part."));
    assert_null(strstr(t, "Fact line 3:"));
    pa_doc_free(&d);
    /* the intro in its own box above a list of picks, the body below */
#define PICK(n, what)                                                                                       \
    "<div class=\"pick\"><img src=\"/p" #n ".jpg\" alt=\"\"><div class=\"pick-text\"><div class=\"pick-award\">" \
    "Best for " what "</div><div class=\"pick-name\">Model " #n " electric toothbrush</div><a href=\"#m" #n  \
    "\">Review</a></div></div>"
    const char *intro =
        "<html><body><div class=\"main\"><div class=\"head\"><h1>The best toothbrushes</h1>"
        "<div class=\"byline\">By Ann Writer</div><div class=\"summary\"><div class=\"story-text\">" PARA(
            "Intro part one.") PARA("Intro part two.") "</div></div><h2>Quick look</h2>" PICK(1, "most people")
            PICK(2, "a tight budget") PICK(3, "travel") PICK(4, "kids") PICK(5, "sensitive gums")
                "<a href=\"#more\">Show all</a></div><div><div class=\"story-text\">" PARA("Body part 1.")
                    PARA("Body part 2.") PARA("Body part 3.") PARA("Body part 4.") PARA("Body part 5.")
                        PARA("Body part 6.") PARA("Body part 7.") "</div></div></div></body></html>";
#undef PICK
    t = text_of(intro, &d);
    assert_non_null(strstr(t, "Intro part one."));
    assert_non_null(strstr(t, "Body part 7."));
    assert_true(strstr(t, "Intro part two.") < strstr(t, "Body part 1."));
    assert_null(strstr(t, "Model 2"));
    pa_doc_free(&d);
    /* the next story (its own <h1>) in a part of the same class: not ours */
    char links[2048];
    size_t ll = 0;
    for (int i = 1; i <= 20 && ll + 80 < sizeof links; i++)
        ll += (size_t)snprintf(links + ll, sizeof links - ll, "<li><a href=\"/s%d\">Another story headline number %d here</a></li>",
                               i, i);
    snprintf(page, sizeof page,
             "<html><body><div class=\"main\"><div class=\"col\"><div class=\"story\"><h1>Council passes the "
             "budget</h1><div class=\"txt\">" PARA("Part one 1.") PARA("Part one 2.") PARA("Part one 3.")
                 PARA("Part one 4.") PARA("Part one 5.") PARA("Part one 6.") PARA("Part one 7.") PARA("Part one 8.")
                     "</div></div></div><div class=\"col2\"><h1>Fire destroys warehouse</h1><div class=\"txt\">"
                         PARA("Next story text.") "</div><ul>%s</ul></div></div></body></html>",
             links);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Part one 8."));
    assert_null(strstr(t, "Next story text."));
    pa_doc_free(&d);
    /* a part in a block beside the container that is taken whole comes
     * once */
    snprintf(page, sizeof page,
             "<html><body><div class=\"main\"><div class=\"story\"><h1>Council passes the budget</h1>"
             "<div class=\"txt\">" PARA("Part one 1.") PARA("Part one 2.") PARA("Part one 3.") PARA("Part one 4.")
                 PARA("Part one 5.") PARA("Part one 6.") PARA("Part one 7.") PARA("Part one 8.")
                     "</div></div>%s<div class=\"story\"><h2>Fire destroys warehouse</h2><div class=\"txt\">"
                         PARA("Later part.") "</div></div></div></body></html>",
             facts);
    t = text_of(page, &d);
    const char *later = strstr(t, "Later part.");
    assert_non_null(later);
    assert_null(strstr(later + 1, "Later part."));
    pa_doc_free(&d);
}

/* Page furniture between the paragraphs: ad labels, photo credits,
 * "Written by" credits, related-story labels, zero-width-joiner-only
 * paragraphs; a collapsed "read more" container holding the rest of the
 * story stays. */
/* A date line in words relative to the day of reading ("(UKPA) – 6 hours
 * ago", "Updated yesterday at 5:45 PM", a live blog post's "2h ago By Tom
 * Reed", "1 hr 55 min ago" and "10:42 GMT" alone) is dropped; a sentence ending in
 * "… 2 years ago." or a dated fact ("Founded May 2, 1998; 18 years ago")
 * stays. */
static void relative_date_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>(UKPA) \xe2\x80\x93 6 hours ago</p>"
                       "<p>Updated yesterday at 5:45 PM</p>" PARA("Lead paragraph.")
                       "<p>These were the fixes that I recommended to them 2 years ago.</p>"
                       "<p>Founded May 2, 1998; 18 years ago</p>" PARA("Second paragraph.")
                       "<div class=\"meta\"><span>2h ago</span><span>By Tom Reed</span></div>" PARA("A post.")
                       "<p>1 hr 55 min ago</p>" PARA("Another post.") "<div class=\"t\"><time>10:42 GMT</time></div>"
                       PARA("A third post at 10:42 GMT.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "Another post."));
    assert_non_null(strstr(t, "recommended to them 2 years ago."));
    assert_non_null(strstr(t, "18 years ago"));
    assert_null(strstr(t, "6 hours ago"));
    assert_null(strstr(t, "yesterday"));
    assert_null(strstr(t, "2h ago")); /* a live blog post's stamp and byline */
    assert_null(strstr(t, "Reed"));
    assert_null(strstr(t, "55 min"));
    assert_null(strstr(t, "\n10:42 GMT")); /* a post's stamp alone; in a sentence it stays */
    assert_non_null(strstr(t, "A third post at 10:42 GMT."));
    pa_doc_free(&d);
}

/* The day and the hour of a <time> in spans of their own are two words:
 * the date line they make is known and dropped ("October 17, 20236:01 PM
 * ET" was neither). */
/* A list of other stories' headlines, each linked with its date after it
 * or a feed stamp or a date cell before it, is no part of the story; one sentence with a
 * linked source and a date, and a citation "Retrieved 2012-08-18.", stay. */
static void dated_link_lists(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<p>The figures come from <a href=\"/r\">the ministry report</a> of 12/01/2012</p>"
                       "<p><a href=\"/a\">\xe3\x83\xbbTourists hurt in a coach crash</a>2011/12/09</p>"
                       "<p><a href=\"/b\">Bird flu is back in the north</a> (01/04/2013)</p>"
                       "<p>Tue, 17 Jan 2012 19:17:58 <a href=\"/c\">Two men poisoned by gas</a></p>"
                       "<table><tr><td>02/18/2020</td><td><a href=\"/f\">Water main flushing to begin</a></td></tr>"
                       "<tr><td>02/12/2020</td><td><a href=\"/g\">Council adopts street repair plan</a></td></tr>"
                       "</table>"
                       "<p><a href=\"/d\">\"Firefox OS\". PC Magazine</a>. Retrieved 2012-08-18.</p>"
                       "<p><a href=\"/e\">\"Mozilla roadmap\". Mozilla</a>. Retrieved 2009-08-02.</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "the ministry report"));
    assert_non_null(strstr(t, "Retrieved 2012-08-18."));
    assert_null(strstr(t, "coach crash"));
    assert_null(strstr(t, "Bird flu"));
    assert_null(strstr(t, "poisoned"));
    assert_null(strstr(t, "Water main flushing"));
    pa_doc_free(&d);
}

/* The desk's notes closing a story in the languages of the press pages: a
 * Chinese editor or source credit in brackets, a Polish editor's initials
 * with the wire, a Greek or Russian rights notice.  A sentence that opens
 * with a bracket, one about copyright, and "(Laughter)" stay. */
/* A page-wide wrapper whose class words give its score (id="content")
 * while its own paragraphs gave it under 2 points (the story lies three
 * levels down) is no candidate: taken as the runner-up it would widen the
 * story to the page's tool list beside it (an arXiv-like abstract page). */
static void class_scored_wrapper_is_no_story(void **state)
{
    (void)state;
    pa_doc d;
    char page[8192];
    char tools[2048] = "", links[1024] = "";
    for (int i = 0; i < 16; i++) {
        char item[128];
        snprintf(item, sizeof item, "<li>Tool number %d for readers (What is tool number %d?)</li>", i, i);
        strncat(tools, item, sizeof tools - strlen(tools) - 1);
    }
    for (int i = 0; i < 20; i++) {
        char item[64];
        snprintf(item, sizeof item, "<a href=\"/l/%d\">Browse link %d</a> ", i, i);
        strncat(links, item, sizeof links - strlen(links) - 1);
    }
    snprintf(page, sizeof page,
             "<html><body><div id=\"content\"><div class=\"m\"><p>Submitted on 18 Dec 2025 by the author</p></div>"
             "<div class=\"a\"><div class=\"b\"><div id=\"content-inner\"><h1>Bridge approved</h1>"
             "<p>The council voted, after a long debate, to fund the bridge, the mayor said, and work, she added, "
             "starts in May.</p>"
             "<p>The council voted, after a long debate, to fund the road, the mayor said, and work, she added, "
             "starts in June.</p></div></div></div>"
             "<div class=\"x\"><div class=\"y\"><ul class=\"tools\">%s</ul></div></div>"
             "<div class=\"browse\">%s</div></div></body></html>",
             tools, links);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "fund the bridge"));
    assert_non_null(strstr(t, "fund the road"));
    assert_null(strstr(t, "Tool number"));
    pa_doc_free(&d);
}

/* A headline box whose class reads as the story's ("text_title": the
 * headline and a date line) beside a short story whose column also holds
 * a list of links: the box is no candidate (its paragraphs gave it under
 * 2 points), the story is found. */
static void headline_box_is_no_story(void **state)
{
    (void)state;
    pa_doc d;
    char page[8192];
    char links[3072] = "";
    for (int i = 0; i < 16; i++) {
        char item[192];
        snprintf(item, sizeof item, "<li><a href=\"/n/%d.html\">Other headline number %d of the list</a></li>", i, i);
        strncat(links, item, sizeof links - strlen(links) - 1);
    }
    snprintf(page, sizeof page,
             "<html><body><div class=\"w1000\"><div class=\"text_title\"><h1>Port volume up by a fifth</h1>"
             "<div class=\"box01\"><div class=\"fl\">2026-12-04 13:59 Source: Example Wire</div></div></div>"
             "<div class=\"text_con\"><div class=\"text_con_left\"><div class=\"box_con\">"
             "<p>The port handled more boxes this year, and the export share rose, officials said on Friday.</p>"
             "<p>Twelve new warehouses abroad opened, and local firms sold through their own sites.</p>"
             "<p>The bureau expects the year to close above its target, it said.</p></div>"
             "<div class=\"box_news\"><h2>More</h2><ul>%s</ul></div></div></div></div></body></html>",
             links);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The port handled more boxes"));
    assert_non_null(strstr(t, "close above its target"));
    pa_doc_free(&d);
}

/* Two paragraphs of a Chinese story (a port's year) for the tests of the Chinese page's lines. */
#define ZH_FIRST_PARA \
    "<p>\xe7\xac\xac\xe4\xb8\x80\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3\xe4\xbb" \
    "\x8a\xe5\xb9\xb4\xe7\x9a\x84\xe9\x9b\x86\xe8\xa3\x85\xe7\xae\xb1\xe5\x90\x9e\xe5\x90\x90\xe9\x87\x8f\xe9\xa6" \
    "\x96\xe6\xac\xa1\xe7\xaa\x81\xe7\xa0\xb4\xe4\xb8\x80\xe5\x8d\x83\xe4\xb8\x87\xe6\xa0\x87\xe5\x87\x86\xe7\xae" \
    "\xb1\xef\xbc\x8c\xe5\xa4\x96\xe8\xb4\xb8\xe8\x88\xaa\xe7\xba\xbf\xe7\xbb\xa7\xe7\xbb\xad\xe5\xa2\x9e\xe5\x8a" \
    "\xa0\xef\xbc\x8c\xe8\x87\xaa\xe5\x8a\xa8\xe5\x8c\x96\xe7\xa0\x81\xe5\xa4\xb4\xe6\x95\x88\xe7\x8e\x87\xe6\x98" \
    "\x8e\xe6\x98\xbe\xe6\x8f\x90\xe5\x8d\x87\xe3\x80\x82</p>"
#define ZH_SECOND_PARA \
    "<p>\xe7\xac\xac\xe4\xba\x8c\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a\xe4\xb8\x9a\xe5\x86\x85\xe4\xba" \
    "\xba\xe5\xa3\xab\xe5\x88\x86\xe6\x9e\x90\xef\xbc\x8c\xe6\x98\x8e\xe5\xb9\xb4\xe5\xa4\x96\xe9\x9c\x80\xe4\xbb" \
    "\x8d\xe5\xad\x98\xe5\x9c\xa8\xe4\xb8\x8d\xe7\xa1\xae\xe5\xae\x9a\xe6\x80\xa7\xef\xbc\x8c\xe6\xb8\xaf\xe5\x8f" \
    "\xa3\xe9\x9c\x80\xe8\xa6\x81\xe5\x9c\xa8\xe8\x88\xaa\xe7\xba\xbf\xe7\xbb\x93\xe6\x9e\x84\xe5\x92\x8c\xe5\x86" \
    "\x85\xe9\x99\x86\xe8\x85\xb9\xe5\x9c\xb0\xe6\x8b\x93\xe5\xb1\x95\xe4\xb8\x8a\xe6\x8c\x81\xe7\xbb\xad\xe5\x8f" \
    "\x91\xe5\x8a\x9b\xe3\x80\x82</p>"

/* The Chinese desk's lines around a story: the headline it first ran
 * under ("原标题：…", "（原标题：…）"), the wire's error button before the
 * editor ("【纠错】 【责任编辑：…】"), "(责编：…)", the source and editor
 * on one line, the portal's reprint line ("转载请联系授权", "不得轉載"),
 * the reporter's bracket alone ("【…記者 …】"); a sentence that names these
 * words, or goes on after the reporter's bracket, stays. */
static void zh_desk_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>"
        "<p>\xef\xbc\x88\xe5\x8e\x9f\xe6\xa0\x87\xe9\xa2\x98\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3\xe5\x90\x9e\xe5\x90"
        "\x90\xe9\x87\x8f\xe9\xa6\x96\xe7\xa0\xb4\xe5\x8d\x83\xe4\xb8\x87\xef\xbc\x89</p>"
        "<p>\xe5\x8e\x9f\xe6\xa0\x87\xe9\xa2\x98\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3\xe5\x90\x9e\xe5\x90\x90\xe9\x87"
        "\x8f\xe9\xa6\x96\xe7\xa0\xb4\xe5\x8d\x83\xe4\xb8\x87\xe2\x80\xa6\xe2\x80\xa6</p>"
        ZH_FIRST_PARA
        "<p>\xe6\x8a\xa5\xe9\x81\x93\xe8\xaf\xb4\xef\xbc\x8c\xe5\x8e\x9f\xe6\xa0\x87\xe9\xa2\x98\xe5\xb9\xb6\xe4\xb8"
        "\x8d\xe9\x87\x8d\xe8\xa6\x81\xef\xbc\x8c\xe8\xbd\xac\xe8\xbd\xbd\xe7\x9a\x84\xe6\x95\xb0\xe9\x87\x8f\xe4\xb9"
        "\x9f\xe5\x9c\xa8\xe5\xa2\x9e\xe5\x8a\xa0\xef\xbc\x8c\xe7\xbc\x96\xe8\xbe\x91\xe9\x83\xa8\xe9\x97\xa8\xe6\xad"
        "\xa3\xe5\x9c\xa8\xe7\xa0\x94\xe7\xa9\xb6\xe6\x96\xb0\xe7\x9a\x84\xe6\x8e\x88\xe6\x9d\x83\xe5\x8a\x9e\xe6\xb3"
        "\x95\xef\xbc\x8c\xe9\xa2\x84\xe8\xae\xa1\xe6\x98\x8e\xe5\xb9\xb4\xe5\xae\x9e\xe6\x96\xbd\xef\xbc\x8c\xe7\x9b"
        "\xb8\xe5\x85\xb3\xe7\xbb\x86\xe5\x88\x99\xe5\xb0\x86\xe5\x8f\xa6\xe8\xa1\x8c\xe5\x85\xac\xe5\xb8\x83\xe3\x80"
        "\x82</p>"
        ZH_SECOND_PARA
        "<p>\xe3\x80\x90\xe7\xba\xa0\xe9\x94\x99\xe3\x80\x91\x20\xe3\x80\x90\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8"
        "\xbe\x91\xef\xbc\x9a\xe5\x86\xaf\xe6\xb6\x9b\xe3\x80\x91</p>"
        "<p>\xe3\x80\x90\xe7\xba\xa0\xe9\x94\x99\xe3\x80\x91</p>"
        "<p>\x28\xe8\xb4\xa3\xe7\xbc\x96\xef\xbc\x9a\xe9\x82\xb9\xe8\x93\x89\xe3\x80\x81\xe5\x90\xb4\xe5\x8f\x8c\x29<"
        "/p>"
        "<p>\xe6\x9c\xac\xe6\x96\x87\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a\xe4\xb8\x9c\xe5\x8d\x97\xe8\xb4\xa2\xe8\xae"
        "\xaf\xe3\x80\x80\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91\xef\xbc\x9a\xe5\xbe\x90\xe5\xb3\xb0\x5f\x4e"
        "\x4e\x36\x36\x38\x30</p>"
        "<p>\xe6\x9c\xac\xe6\x96\x87\xe4\xb8\xba\xe6\x9f\x90\xe6\x9f\x90\xe8\xb4\xa2\xe7\xbb\x8f\xe5\x8e\x9f\xe5\x88"
        "\x9b\xef\xbc\x8c\xe8\xbd\xac\xe8\xbd\xbd\xe8\xaf\xb7\xe8\x81\x94\xe7\xb3\xbb\xe6\x8e\x88\xe6\x9d\x83\xe3\x80"
        "\x82</p>"
        "<p>\xe6\x9c\xaa\xe7\xb6\x93\xe8\xa8\xb1\xe5\x8f\xaf\xef\xbc\x8c\xe4\xb8\x8d\xe5\xbe\x97\xe8\xbd\x89\xe8\xbc"
        "\x89\xe3\x80\x82</p>"
        "<p>\xe3\x80\x90\xe5\x8d\x97\xe6\x96\xb9\xe6\x99\x82\xe5\xa0\xb1\xe8\xa8\x98\xe8\x80\x85\x20\xe6\x9e\x97\xe5"
        "\xbf\x97\xe5\x81\x89\xe3\x80\x91</p>"
        "<p>\xef\xbc\x88\xe8\xae\xb0\xe8\x80\x85\x20\xe5\xbc\xa0\xe4\xb8\x89\xef\xbc\x89\xe4\xbb\x8a\xe5\xa4\xa9\xe4"
        "\xb8\x8a\xe5\x8d\x88\xef\xbc\x8c\xe5\xb8\x82\xe9\x87\x8c\xe5\x8f\xac\xe5\xbc\x80\xe6\x96\xb0\xe9\x97\xbb\xe5"
        "\x8f\x91\xe5\xb8\x83\xe4\xbc\x9a\xef\xbc\x8c\xe4\xbb\x8b\xe7\xbb\x8d\xe4\xba\x86\xe6\xb8\xaf\xe5\x8f\xa3\xe5"
        "\xbb\xba\xe8\xae\xbe\xe7\x9a\x84\xe6\x9c\x80\xe6\x96\xb0\xe8\xbf\x9b\xe5\xb1\x95\xe5\x92\x8c\xe6\x98\x8e\xe5"
        "\xb9\xb4\xe7\x9a\x84\xe5\xb7\xa5\xe4\xbd\x9c\xe5\xae\x89\xe6\x8e\x92\xe3\x80\x82</p>"
        "<p>\x43\x42\x53\x69\xe4\xb8\xad\xe5\x9b\xbd\xc2\xb7\x5a\x4f\x4c\x20\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a\xe5"
        "\xad\x99\xe4\xbc\x9f\x20\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91\xef\xbc\x9a\xe9\xad\x8f\xe6\x99\xaf"
        "\xe8\x8a\xb3\x20\xe3\x80\x90\xe7\xbc\x96\xe8\xaf\x91\xe3\x80\x91\x20\x32\x30\x31\x32\xe5\xb9\xb4\x30\x31\xe6"
        "\x9c\x88\x31\x37\xe6\x97\xa5\x20\x31\x37\x3a\x34\x30</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "\xe7\xac\xac\xe4\xb8\x80\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a"));
    assert_non_null(strstr(t, "\xe7\xac\xac\xe4\xba\x8c\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a"));
    assert_non_null(strstr(t, "\xe6\x8a\xa5\xe9\x81\x93\xe8\xaf\xb4\xef\xbc\x8c\xe5\x8e\x9f\xe6\xa0\x87"));
    assert_null(strstr(t, "\xe5\x8e\x9f\xe6\xa0\x87\xe9\xa2\x98\xef\xbc\x9a\xe6\xb8\xaf\xe5\x8f\xa3"));
    assert_null(strstr(t, "\xe7\xba\xa0\xe9\x94\x99"));
    assert_null(strstr(t, "\xe5\x86\xaf\xe6\xb6\x9b"));
    assert_null(strstr(t, "\xe9\x82\xb9\xe8\x93\x89"));
    assert_null(strstr(t, "\xe5\xbe\x90\xe5\xb3\xb0"));
    assert_null(strstr(t, "\xe8\x81\x94\xe7\xb3\xbb\xe6\x8e\x88\xe6\x9d\x83"));
    assert_null(strstr(t, "\xe4\xb8\x8d\xe5\xbe\x97\xe8\xbd\x89\xe8\xbc\x89"));
    assert_null(strstr(t, "\xe6\x9e\x97\xe5\xbf\x97\xe5\x81\x89"));
    assert_non_null(strstr(t, "\xe4\xbb\x8a\xe5\xa4\xa9\xe4\xb8\x8a\xe5\x8d\x88\xef\xbc\x8c\xe5\xb8\x82\xe9\x87\x8c"));
    assert_null(strstr(t, "\xe9\xad\x8f\xe6\x99\xaf\xe8\x8a\xb3"));
    pa_doc_free(&d);
}

/* A Chinese page's tools as lines: the share bar ("分享到：微信朋友圈微博"),
 * the QR code's call ("扫一扫在手机打开当前页"), the font-size switch
 * ("字體大小：大 中 小", "【字号 大 中 小】") and the links to the
 * neighbouring posts ("上一篇：…", "下一篇：…"), a reaction widget's
 * buttons ("给力(0票)"), the reprinting site's disclaimers ("…转载上述内容，
 * 不表明证实…", "…仅供参考…风险自负"); sentences that open with the same
 * words stay. */
static void zh_page_tools(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>"
        ZH_FIRST_PARA
        "<p>\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0\xe5\xbe\xae\xe4\xbf\xa1\xe6\x9c\x8b\xe5\x8f\x8b\xe5\x9c\x88\xe7\x9a"
        "\x84\xe8\xa7\x86\xe9\xa2\x91\xe8\xb6\x8a\xe6\x9d\xa5\xe8\xb6\x8a\xe5\xa4\x9a\xef\xbc\x8c\xe5\xb9\xb3\xe5\x8f"
        "\xb0\xe8\xa1\xa8\xe7\xa4\xba\xe5\xb0\x86\xe5\x8a\xa0\xe5\xbc\xba\xe5\xae\xa1\xe6\xa0\xb8\xe3\x80\x82</p>"
        "<p>\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87\xe8\xae\xba\xe6\x96\x87\xe5\xb0\x86\xe5\x9c\xa8\xe6\x98\x8e\xe5\xb9"
        "\xb4\xe5\x8f\x91\xe8\xa1\xa8\xef\xbc\x8c\xe5\x9b\xa2\xe9\x98\x9f\xe8\xaf\xb4\xe3\x80\x82</p>"
        ZH_SECOND_PARA
        "<p>\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0\xef\xbc\x9a\xe5\xbe\xae\xe4\xbf\xa1\xe6\x9c\x8b\xe5\x8f\x8b\xe5\x9c"
        "\x88\xe5\xbe\xae\xe5\x8d\x9a</p>"
        "<p>\xe5\x88\x86\xe4\xba\xab\xef\xbc\x9a\x46\x61\x63\x65\x62\x6f\x6f\x6b\x20\x4c\x49\x4e\x45</p>"
        "<p>\xe6\x89\xab\xe4\xb8\x80\xe6\x89\xab\xe5\x9c\xa8\xe6\x89\x8b\xe6\x9c\xba\xe6\x89\x93\xe5\xbc\x80\xe5\xbd"
        "\x93\xe5\x89\x8d\xe9\xa1\xb5</p>"
        "<p>\xe5\xad\x97\xe9\xab\x94\xe5\xa4\xa7\xe5\xb0\x8f\xef\xbc\x9a\xe5\xa4\xa7\x20\xe4\xb8\xad\x20\xe5\xb0\x8f<"
        "/p>"
        "<p>\xe3\x80\x90\xe5\xad\x97\xe5\x8f\xb7\x20\xe5\xa4\xa7\x20\xe4\xb8\xad\x20\xe5\xb0\x8f\xe3\x80\x91</p>"
        "<p>\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87\xef\xbc\x9a\xe5\x85\xac\xe5\x8f\xb8\xe8\x8e\xb7\xe8\xaf\x84\xe5\xb9"
        "\xb4\xe5\xba\xa6\xe4\xbc\x98\xe7\xa7\x80\xe4\xbe\x9b\xe5\xba\x94\xe5\x95\x86</p>"
        "<p>\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87\xef\xbc\x9a\xe6\xb2\xa1\xe6\x9c\x89\xe4\xba\x86</p>"
        "<p>\xe7\xbb\x99\xe5\x8a\x9b\x28\x30\xe7\xa5\xa8\x29</p>"
        "<p>\xe6\xa0\x87\xe9\xa2\x98\xe5\x85\x9a\xef\xbc\x88\x31\x32\xe7\xa5\xa8\xef\xbc\x89</p>"
        "<p>\xe5\xa4\x96\xe6\xb1\x87\xe7\xbd\x91\xe5\xa3\xb0\xe6\x98\x8e\xef\xbc\x9a\xe5\xa4\x96\xe6\xb1\x87\xe7\xbd"
        "\x91\xe8\xbd\xac\xe8\xbd\xbd\xe4\xb8\x8a\xe8\xbf\xb0\xe5\x86\x85\xe5\xae\xb9\xef\xbc\x8c\xe4\xb8\x8d\xe8\xa1"
        "\xa8\xe6\x98\x8e\xe8\xaf\x81\xe5\xae\x9e\xe5\x85\xb6\xe6\x8f\x8f\xe8\xbf\xb0\xef\xbc\x8c\xe4\xbb\x85\xe4\xbe"
        "\x9b\xe6\x8a\x95\xe8\xb5\x84\xe8\x80\x85\xe5\x8f\x82\xe8\x80\x83\xef\xbc\x8c\xe5\xb9\xb6\xe4\xb8\x8d\xe6\x9e"
        "\x84\xe6\x88\x90\xe6\x8a\x95\xe8\xb5\x84\xe5\xbb\xba\xe8\xae\xae\xe3\x80\x82\xe6\x8a\x95\xe8\xb5\x84\xe8\x80"
        "\x85\xe6\x8d\xae\xe6\xad\xa4\xe6\x93\x8d\xe4\xbd\x9c\xef\xbc\x8c\xe9\xa3\x8e\xe9\x99\xa9\xe8\x87\xaa\xe6\x8b"
        "\x85\xe3\x80\x82</p>"
        "<p>\xe6\x9c\xac\xe7\xab\x99\xe6\x89\x80\xe6\x9c\x89\xe6\x96\x87\xe7\xab\xa0\xe3\x80\x81\xe6\x95\xb0\xe6\x8d"
        "\xae\xe4\xbb\x85\xe4\xbe\x9b\xe5\x8f\x82\xe8\x80\x83\xef\xbc\x8c\xe4\xbd\xbf\xe7\x94\xa8\xe5\x89\x8d\xe5\x8a"
        "\xa1\xe8\xaf\xb7\xe4\xbb\x94\xe7\xbb\x86\xe9\x98\x85\xe8\xaf\xbb\xe6\xb3\x95\xe5\xbe\x8b\xe5\xa3\xb0\xe6\x98"
        "\x8e\xef\xbc\x8c\xe9\xa3\x8e\xe9\x99\xa9\xe8\x87\xaa\xe8\xb4\x9f</p>"
        "<p>\xe4\xb8\x93\xe5\xae\xb6\xe6\x8f\x90\xe9\x86\x92\xef\xbc\x8c\xe6\x8a\x95\xe8\xb5\x84\xe6\x9c\x89\xe9\xa3"
        "\x8e\xe9\x99\xa9\xef\xbc\x8c\xe5\x85\xa5\xe5\xb8\x82\xe9\x9c\x80\xe8\xb0\xa8\xe6\x85\x8e\xef\xbc\x8c\xe5\xb8"
        "\x82\xe5\x9c\xba\xe6\xb3\xa2\xe5\x8a\xa8\xe4\xbb\x8d\xe5\x8f\xaf\xe8\x83\xbd\xe5\x8a\xa0\xe5\xa4\xa7\xe3\x80"
        "\x82</p>"
        /* (a story's sentence reporting the same terms stays: "业内人士指出，…仅供参考…风险自负…") */
        "<p>\xe4\xb8\x9a\xe5\x86\x85\xe4\xba\xba\xe5\xa3\xab\xe6\x8c\x87\xe5\x87\xba\xef\xbc\x8c\xe7\xbd\x91"
        "\xe7\xbb\x9c\xe8\x8d\x90\xe8\x82\xa1\xe4\xbf\xa1\xe6\x81\xaf\xe4\xbb\x85\xe4\xbe\x9b\xe5\x8f\x82"
        "\xe8\x80\x83\xef\xbc\x8c\xe6\x8a\x95\xe8\xb5\x84\xe8\x80\x85\xe8\x8b\xa5\xe6\x8d\xae\xe6\xad\xa4"
        "\xe4\xb9\xb0\xe5\x8d\x96\xef\xbc\x8c\xe9\xa3\x8e\xe9\x99\xa9\xe8\x87\xaa\xe8\xb4\x9f\xef\xbc\x8c"
        "\xe9\x9a\xbe\xe4\xbb\xa5\xe9\x80\x9a\xe8\xbf\x87\xe6\xb3\x95\xe5\xbe\x8b\xe9\x80\x94\xe5\xbe\x84"
        "\xe8\xbf\xbd\xe5\x9b\x9e\xe6\x8d\x9f\xe5\xa4\xb1\xe3\x80\x82"
        "</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "\xe7\xac\xac\xe4\xb8\x80\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a"));
    assert_non_null(strstr(t, "\xe4\xb8\x9a\xe5\x86\x85\xe4\xba\xba\xe5\xa3\xab\xe6\x8c\x87\xe5\x87\xba"));
    assert_non_null(strstr(t, "\xe7\xac\xac\xe4\xba\x8c\xe6\xae\xb5\xe6\xad\xa3\xe6\x96\x87\xef\xbc\x9a"));
    assert_non_null(strstr(t, "\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0\xe5\xbe\xae\xe4\xbf\xa1\xe6\x9c\x8b\xe5\x8f"
                              "\x8b\xe5\x9c\x88"));
    assert_non_null(strstr(t, "\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87\xe8\xae\xba\xe6\x96\x87\xe5\xb0\x86\xe5\x9c"
                              "\xa8\xe6\x98\x8e"));
    assert_null(strstr(t, "\xe6\x9c\x8b\xe5\x8f\x8b\xe5\x9c\x88\xe5\xbe\xae\xe5\x8d\x9a"));
    assert_null(strstr(t, "\x4c\x49\x4e\x45"));
    assert_null(strstr(t, "\xe6\x89\xab\xe4\xb8\x80\xe6\x89\xab"));
    assert_null(strstr(t, "\xe5\xad\x97\xe9\xab\x94"));
    assert_null(strstr(t, "\xe5\xad\x97\xe5\x8f\xb7"));
    assert_null(strstr(t, "\xe4\xbc\x98\xe7\xa7\x80\xe4\xbe\x9b\xe5\xba\x94\xe5\x95\x86"));
    assert_null(strstr(t, "\xe6\xb2\xa1\xe6\x9c\x89\xe4\xba\x86"));
    assert_null(strstr(t, "\xe7\xbb\x99\xe5\x8a\x9b"));
    assert_null(strstr(t, "\xe6\xa0\x87\xe9\xa2\x98\xe5\x85\x9a"));
    assert_null(strstr(t, "\xe5\xa4\x96\xe6\xb1\x87\xe7\xbd\x91\xe5\xa3\xb0\xe6\x98\x8e"));
    assert_null(strstr(t, "\xe4\xbd\xbf\xe7\x94\xa8\xe5\x89\x8d")); /* (the disclaimer's "使用前…风险自负") */
    assert_non_null(strstr(t, "\xe6\x8a\x95\xe8\xb5\x84\xe6\x9c\x89\xe9\xa3\x8e\xe9\x99\xa9"));
    pa_doc_free(&d);
}

/* A government notice's record table over its text (索引号, 发布机构,
 * 发文日期, 文号 and 有效性 rows: label and colon cells, the labels spaced
 * out) is no body, and the notice's title, named in the table's 名称 row
 * and then set centred over the text, goes both times. */
static void zh_record_table_and_repeated_title(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>\xe5\x8e\xbf\xe6\x94\xbf\xe5\xba\x9c\xe5\x8f\xac\xe5\xbc\x80\xe5\x85\xa8"
                       "\xe5\x8e\xbf\xe5\x86\xac\xe6\x98\xa5\xe5\xad\xa3\xe6\xa3\xae\xe6\x9e\x97\xe9\x98\xb2\xe7\x81"
                       "\xab\xe5\xb7\xa5\xe4\xbd\x9c\xe9\x83\xa8\xe7\xbd\xb2\xe4\xbc\x9a</title></head><body><div id="
                       "\"main\"><div class=\"zoom\">"
        "<table class=\"xxgk\"><tr><td>\xe7\xb4\xa2&nbsp;\xe5\xbc\x95&nbsp;\xe5\x8f\xb7\xef\xbc\x9a</td><td>\x31\x31"
        "\x34\x34\x33\x30\x35\x34\x2f\x32\x30\x32\x36\x2d\x37\x34\x31\x35\x39</td><td>\xe4\xb8\xbb\xe9\xa2\x98\xe5"
        "\x88\x86\xe7\xb1\xbb\xef\xbc\x9a</td><td>\xe6\x96\x87\xe5\x8c\x96</td></tr><tr><td>\xe5\x8f\x91\xe5\xb8\x83"
        "\xe6\x9c\xba\xe6\x9e\x84\xef\xbc\x9a</td><td>\xe6\x9e\xab\xe6\x9e\x97\xe5\x8e\xbf\xe4\xba\xba\xe6\xb0\x91"
        "\xe6\x94\xbf\xe5\xba\x9c</td><td>\xe5\x8f\x91\xe6\x96\x87\xe6\x97\xa5\xe6\x9c\x9f\xef\xbc\x9a</td><td>\x32"
        "\x30\x32\x36\xe5\xb9\xb4\x31\x32\xe6\x9c\x88\x32\xe6\x97\xa5</td></tr><tr><td>\xe6\x96\x87\xe3\x80\x80\xe3"
        "\x80\x80\xe5\x8f\xb7\xef\xbc\x9a</td><td>\xe6\x9e\xab\xe6\x9e\x97\xe4\xba\xba\xe7\xa4\xbe\xe5\x8f\x91\xe3"
        "\x80\x94\x32\x30\x32\x36\xe3\x80\x95\x39\x31\xe5\x8f\xb7</td><td>\xe6\x9c\x89\x20\xe6\x95\x88\x20\xe6\x80"
        "\xa7\xef\xbc\x9a</td><td>\xe6\x9c\x89\xe6\x95\x88</td></tr><tr><td>\xe5\x90\x8d\xe3\x80\x80\xe3\x80\x80\xe7"
        "\xa7\xb0\xef\xbc\x9a</td><td colspan=\"3\">\xe5\x8e\xbf\xe6\x94\xbf\xe5\xba\x9c\xe5\x8f\xac\xe5\xbc\x80\xe5"
        "\x85\xa8\xe5\x8e\xbf\xe5\x86\xac\xe6\x98\xa5\xe5\xad\xa3\xe6\xa3\xae\xe6\x9e\x97\xe9\x98\xb2\xe7\x81\xab\xe5"
        "\xb7\xa5\xe4\xbd\x9c\xe9\x83\xa8\xe7\xbd\xb2\xe4\xbc\x9a</td></tr></table>"
        "<center><font size=\"5\"><b>\xe5\x8e\xbf\xe6\x94\xbf\xe5\xba\x9c\xe5\x8f\xac\xe5\xbc\x80\xe5\x85\xa8\xe5\x8e"
        "\xbf\xe5\x86\xac\xe6\x98\xa5\xe5\xad\xa3\xe6\xa3\xae\xe6\x9e\x97\xe9\x98\xb2\xe7\x81\xab\xe5\xb7\xa5\xe4\xbd"
        "\x9c\xe9\x83\xa8\xe7\xbd\xb2\xe4\xbc\x9a</b></font></center>"
        "<p>\x31\x32\xe6\x9c\x88\x34\xe6\x97\xa5\xe4\xb8\x8b\xe5\x8d\x88\xef\xbc\x8c\xe5\x8e\xbf\xe6\x94\xbf\xe5\xba"
        "\x9c\xe5\x8f\xac\xe5\xbc\x80\xe5\x85\xa8\xe5\x8e\xbf\xe5\x86\xac\xe6\x98\xa5\xe5\xad\xa3\xe6\xa3\xae\xe6"
        "\x9e\x97\xe9\x98\xb2\xe7\x81\xab\xe5\xb7\xa5\xe4\xbd\x9c\xe9\x83\xa8\xe7\xbd\xb2\xe4\xbc\x9a\xef\xbc\x8c"
        "\xe5\x88\x86\xe6\x9e\x90\xe5\xbd\x93\xe5\x89\x8d\xe6\xa3\xae\xe6\x9e\x97\xe9\x98\xb2\xe7\x81\xab\xe5\xbd"
        "\xa2\xe5\x8a\xbf\xef\xbc\x8c\xe5\xae\x89\xe6\x8e\x92\xe9\x83\xa8\xe7\xbd\xb2\xe4\xb8\x8b\xe9\x98\xb6\xe6"
        "\xae\xb5\xe9\x87\x8d\xe7\x82\xb9\xe5\xb7\xa5\xe4\xbd\x9c\xe3\x80\x82\xe5\x89\xaf\xe5\x8e\xbf\xe9\x95\xbf"
        "\xe5\x87\xba\xe5\xb8\xad\xe4\xbc\x9a\xe8\xae\xae\xe5\xb9\xb6\xe8\xae\xb2\xe8\xaf\x9d\xe3\x80\x82</p><p>\xe4"
        "\xbc\x9a\xe8\xae\xae\xe6\x8c\x87\xe5\x87\xba\xef\xbc\x8c\xe4\xbb\x8a\xe5\xb9\xb4\xe5\x85\xa5\xe5\x86\xac"
        "\xe4\xbb\xa5\xe6\x9d\xa5\xef\xbc\x8c\xe6\x88\x91\xe5\x8e\xbf\xe9\x99\x8d\xe6\xb0\xb4\xe5\x81\x8f\xe5\xb0"
        "\x91\xef\xbc\x8c\xe6\x9e\x97\xe5\x8c\xba\xe5\x8f\xaf\xe7\x87\x83\xe7\x89\xa9\xe8\xbd\xbd\xe9\x87\x8f\xe5"
        "\xa4\xa7\xef\xbc\x8c\xe6\xa3\xae\xe6\x9e\x97\xe7\x81\xab\xe9\x99\xa9\xe7\xad\x89\xe7\xba\xa7\xe6\x8c\x81"
        "\xe7\xbb\xad\xe5\x81\x8f\xe9\xab\x98\xef\xbc\x8c\xe9\x98\xb2\xe7\x81\xab\xe5\xbd\xa2\xe5\x8a\xbf\xe4\xb8"
        "\xa5\xe5\xb3\xbb\xe5\xa4\x8d\xe6\x9d\x82\xe3\x80\x82</p><p>\xe4\xbc\x9a\xe8\xae\xae\xe8\xa6\x81\xe6\xb1\x82"
        "\xef\xbc\x8c\xe5\x90\x84\xe4\xb9\xa1\xe9\x95\x87\xe8\xa6\x81\xe4\xb8\xa5\xe6\xa0\xbc\xe8\x90\xbd\xe5\xae"
        "\x9e\xe5\xb1\x9e\xe5\x9c\xb0\xe7\xae\xa1\xe7\x90\x86\xe8\xb4\xa3\xe4\xbb\xbb\xef\xbc\x8c\xe5\x8a\xa0\xe5"
        "\xbc\xba\xe9\x87\x8e\xe5\xa4\x96\xe7\x81\xab\xe6\xba\x90\xe7\xae\xa1\xe6\x8e\xa7\xef\xbc\x8c\xe9\x87\x8d"
        "\xe7\x82\xb9\xe6\x8a\x93\xe5\xa5\xbd\xe7\xa5\xad\xe7\xa5\x80\xe7\x94\xa8\xe7\x81\xab\xe3\x80\x81\xe5\x86"
        "\x9c\xe4\xba\x8b\xe7\x94\xa8\xe7\x81\xab\xe5\x92\x8c\xe6\x9e\x97\xe5\x8c\xba\xe6\x96\xbd\xe5\xb7\xa5\xe7"
        "\x94\xa8\xe7\x81\xab\xe7\xae\xa1\xe7\x90\x86\xe3\x80\x82</p></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "\x31\x32\xe6\x9c\x88\x34\xe6\x97\xa5\xe4\xb8\x8b\xe5\x8d\x88"));
    assert_non_null(strstr(t, "\xe4\xbc\x9a\xe8\xae\xae\xe8\xa6\x81\xe6\xb1\x82"));
    assert_null(strstr(t, "\xe6\xa3\xae\xe6\x9e\x97\xe9\x98\xb2\xe7\x81\xab\xe5\xb7\xa5\xe4\xbd\x9c\xe9\x83\xa8"
                          "\xe7\xbd\xb2\xe4\xbc\x9a\x0a"));
    assert_null(strstr(t, "\xe6\x9c\x89\xe6\x95\x88"));
    assert_null(strstr(t, "\xe5\x8f\x91\xe5\xb8\x83\xe6\x9c\xba\xe6\x9e\x84"));
    pa_doc_free(&d);
}

static void desk_credit_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
        "<p>(Laughter)</p>"
        "<p>\xe3\x80\x80\xe3\x80\x80(\xe9\x99\x88\xe5\xb7\x8d \xe7\xbc\x96\xe8\xbe\x91)</p>"          /* (陈巍 编辑) */
        "<p>[\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91\xef\xbc\x9arobot] \xe6\xa0\x87\xe7\xad\xbe</p>" /* [责任编辑：robot] 标签 */
        "<p>(\xe6\x9c\xac\xe6\x96\x87\xe6\x9d\xa5\xe6\xba\x90\xef\xbc\x9a" "Example)</p>" /* (本文来源：Example) */
        "<p>(Part two of the series)</p>"
        "<p>eb, pap</p><p>(db, kab)</p><p>[MG, Newsweek]</p>"
        "<p>\xd0\x92\xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x89"
        "\xd0\xb5\xd0\xbd\xd1\x8b \xc2\xa9 2012</p>" /* Все права защищены */
        "<p>\xc2\xa9 Example AE. \xce\xa4\xce\xb1 \xcf\x80\xce\xbd\xce\xb5\xcf\x85\xce\xbc\xce\xb1\xcf\x84\xce\xb9\xce\xba"
        "\xce\xac \xce\xb4\xce\xb9\xce\xba\xce\xb1\xce\xb9\xcf\x8e\xce\xbc\xce\xb1\xcf\x84\xce\xb1 \xce\xb1\xce\xbd\xce\xae"
        "\xce\xba\xce\xbf\xcf\x85\xce\xbd \xcf\x83\xcf\x84\xce\xbf Example AE, with a long enough tail to be more than "
        "a hundred characters long.</p>"
        "<p>The union asks to stop all work on \xcf\x84\xce\xb1 \xcf\x80\xce\xbd\xce\xb5\xcf\x85\xce\xbc\xce\xb1\xcf\x84"
        "\xce\xb9\xce\xba\xce\xac \xce\xb4\xce\xb9\xce\xba\xce\xb1\xce\xb9\xcf\x8e\xce\xbc\xce\xb1\xcf\x84\xce\xb1 until "
        "the term of the government ends.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "(Laughter)"));
    assert_non_null(strstr(t, "(Part two of the series)"));
    assert_non_null(strstr(t, "The union asks"));
    assert_null(strstr(t, "\xe9\x99\x88\xe5\xb7\x8d"));
    assert_null(strstr(t, "robot"));
    assert_null(strstr(t, "(\xe6\x9c\xac\xe6\x96\x87"));
    assert_null(strstr(t, "eb, pap"));
    assert_null(strstr(t, "kab"));
    assert_null(strstr(t, "Newsweek"));
    assert_null(strstr(t, "\xd0\x92\xd1\x81\xd0\xb5"));
    assert_null(strstr(t, "Example AE"));
    pa_doc_free(&d);
}

/* The story's tags and sections with their label, in the languages of the
 * press pages: "Tagi: auto", "Рубрики: Общество", "标签：…", and the pointers
 * to more elsewhere ("Czytaj w Money.pl"); a sentence naming tags stays. */
static void tag_label_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<p>Tagi: auto, zdrowie</p>"
                       "<p>\xd0\xa0\xd1\x83\xd0\xb1\xd1\x80\xd0\xb8\xd0\xba\xd0\xb8: Example</p>" /* Рубрики: */
                       "<p>\xe6\xa0\x87\xe7\xad\xbe\xef\xbc\x9a\xe7\xbe\x8e\xe5\x9b\xbd</p>"      /* 标签：美国 */
                       "<p>The tags on the boxes were all in red ink, the police said.</p>"
                       "<p>\xce\xa3\xce\x95\xce\x9b\xce\x99\xce\x94\xce\x95\xce\xa3 6-9</p>" /* ΣΕΛΙΔΕΣ 6-9 */
                       "<p>Jan Kowalski 04-01-2012, ostatnia aktualizacja 04-01-2012 08:02</p>"
                       "<p>RMF FM, wp.pl | dodane 2012-01-04 (10:54)</p>"
                       "<p>Newsroom Example, \xce\xbc\xce\xb5 \xcf\x80\xce\xbb\xce\xb7\xcf\x81\xce\xbf\xcf\x86\xce\xbf"
                       "\xcf\x81\xce\xaf\xce\xb5\xcf\x82 \xce\xb1\xcf\x80\xcf\x8c Reuters</p>" /* με πληροφορίες από */
                       "<p>Page 3</p><p>Page 3 of the report shows the losses.</p>"
                       "<p>Czytaj w Money.pl</p><p>Wi\xc4\x99" "cej w \"Gazecie Wyborczej\".</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "The tags on the boxes"));
    assert_null(strstr(t, "Tagi"));
    assert_null(strstr(t, "Money.pl"));
    assert_null(strstr(t, "6-9"));
    assert_null(strstr(t, "aktualizacja"));
    assert_null(strstr(t, "dodane"));
    assert_null(strstr(t, "Newsroom"));
    assert_null(strstr(t, "Page 3\n"));
    assert_non_null(strstr(t, "Page 3 of the report"));
    assert_null(strstr(t, "Gazecie"));
    assert_null(strstr(t, "Example"));
    assert_null(strstr(t, "\xe6\xa0\x87\xe7\xad\xbe"));
    pa_doc_free(&d);
}

/* The top of a story: a dateline in an element of its own over the first
 * paragraph ("CALGARY -", "LAHORE:", "WASHINGTON (AP) —") goes, and so do a
 * CMS's field labels left without a value ("Created", "Last modified") and a
 * byline field's label with the name under it; a dateline that opens the
 * first sentence, a press release's dated dateline and a transcript
 * speaker's label stay. */
static void story_top_datelines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Cleaner homes, more bowel problems</h1>"
                       "<span>CALGARY -</span>" PARA("Cleaner societies may be contributing to disease.")
                       PARA("The researcher said more study was needed.") PARA("A third paragraph.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "CALGARY"));
    assert_non_null(strstr(t, "Cleaner societies"));
    pa_doc_free(&d);

    page = "<html><body><article><div>WASHINGTON (AP) \xe2\x80\x94</div>"
           PARA("The Senate voted on Monday.") PARA("Second paragraph.") PARA("Third paragraph.")
           "</article></body></html>";
    t = text_of(page, &d);
    assert_null(strstr(t, "WASHINGTON"));
    pa_doc_free(&d);

    page = "<html><body><article><p>LAHORE: Detergent foam can be used for vector control, doctors said on "
           "Sunday, and the city will try it this year in the canals around the old town.</p>"
           PARA("Second paragraph.") PARA("Third paragraph.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "LAHORE: Detergent"));
    pa_doc_free(&d);

    page = "<html><body><article><p>LAS VEGAS, Jan. 11, 2012 /PRNewswire/ --</p>"
           PARA("Example Corp announced a new product.") PARA("Second paragraph.") PARA("Third paragraph.")
           "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "LAS VEGAS"));
    pa_doc_free(&d);

    page = "<html><body><article><p>JANE DOE, HOST:</p>" PARA("The legislature is holding a session.")
           PARA("Second paragraph.") PARA("Third paragraph.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "JANE DOE, HOST:"));
    pa_doc_free(&d);

    page = "<html><body><article><h1>Ship banned from the islands</h1><div>Created</div><div>Last modified</div>"
           "<div>Categories</div><div>Custom byline text:</div><div>Marisa Duffy</div>"
           PARA("The ship was refused permission to land.") PARA("Second paragraph.") PARA("Third paragraph.")
           "</article></body></html>";
    t = text_of(page, &d);
    assert_null(strstr(t, "Created"));
    assert_null(strstr(t, "Last modified"));
    assert_null(strstr(t, "Categories"));
    assert_null(strstr(t, "byline"));
    assert_null(strstr(t, "Marisa Duffy"));
    assert_non_null(strstr(t, "The ship was refused"));
    pa_doc_free(&d);
}

/* A reader poll under the story: its question, its options with their
 * shares and the count of voters go; the story's list of figures under a
 * label that asks nothing stays. */
static void reader_poll_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<p>Results by party:</p><p>Labour 34%</p><p>Conservatives 30%</p>"
                       PARA("Third paragraph.")
                       "<p>Ankieta</p><p>Do you like the new mayor?</p><p>YES</p><p>54%</p><p>NO</p><p>46%</p>"
                       "<p>Voters: 349</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_non_null(strstr(t, "Labour 34%"));
    assert_non_null(strstr(t, "Conservatives 30%"));
    assert_null(strstr(t, "new mayor"));
    assert_null(strstr(t, "Ankieta"));
    assert_null(strstr(t, "54%"));
    assert_null(strstr(t, "46%"));
    assert_null(strstr(t, "Voters"));
    pa_doc_free(&d);
}

/* A Chinese page's trail ("首页 > 新闻中心 > 行业新闻", "国际> 正文"), the
 * labels of its boxes ("赞助商链接", sponsored links) and its story tools
 * ("转发|收藏|评论") go; a sentence with a ">" in it, or with the tools'
 * words, stays. */
static void chinese_trails(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>"
        "<p>ZOL\xe9\xa6\x96\xe9\xa1\xb5 > \xe6\x96\xb0\xe9\x97\xbb > \xe8\xa1\x8c\xe4\xb8\x9a</p>" /* ZOL首页 > 新闻 > 行业 */
        "<p>\xe5\x9b\xbd\xe9\x99\x85> \xe6\xad\xa3\xe6\x96\x87</p>"                              /* 国际> 正文 */
        PARA("Lead paragraph.") PARA("Second paragraph.") "<p>Sales grew: 2011 > 2010 > 2009.</p>"
        "<p>\xe8\xb5\x9e\xe5\x8a\xa9\xe5\x95\x86\xe9\x93\xbe\xe6\x8e\xa5</p>" /* 赞助商链接 */
        "<p>\xe8\xbd\xac\xe5\x8f\x91|\xe6\x94\xb6\xe8\x97\x8f|\xe8\xaf\x84\xe8\xae\xba</p>" /* 转发|收藏|评论 */
        "<p>\xe3\x80\x80\xe3\x80\x80\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0:</p>"          /* 　　分享到: */
        "<p>[1] [2] \xe4\xb8\x8b\xe4\xb8\x80\xe9\xa1\xb5</p>"                                /* [1] [2] 下一页 */
        "<p>Weibo\xef\xbc\x8c\xe8\xbd\xac\xe5\x8f\x91\xe8\xaf\x84\xe8\xae\xba 10000\xe3\x80\x82</p>" /* a sentence */
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "2011 > 2010"));
    assert_null(strstr(t, "ZOL"));
    assert_null(strstr(t, "\xe6\xad\xa3\xe6\x96\x87"));
    assert_null(strstr(t, "\xe8\xb5\x9e\xe5\x8a\xa9"));
    assert_null(strstr(t, "|"));
    assert_null(strstr(t, "\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0"));
    assert_null(strstr(t, "[2]"));
    assert_non_null(strstr(t, "Weibo"));
    pa_doc_free(&d);
}

static void time_parts_apart(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"dateblock\"><time datetime=\"2023-10-17T18:01:33-04:00\">"
                       "<span class=\"date\">October 17, 2023</span><span class=\"time\">6:01 PM ET</span></time>"
                       "</div>" PARA("Lead paragraph.") PARA("Second paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "2023"));
    pa_doc_free(&d);
}

/* The writer's name and the date in spans of their own with nothing
 * between them (the page's style sets them apart) are two words: the
 * byline-date row they make is known and dropped ("Grace KayOct 22, 2021"
 * was not); a drop cap and a word cut by markup run on. */
static void glued_row_spans_apart(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\"><h1>State jobless rate falls</h1><div class=\"author-row\">"
                       "<span class=\"author-name\"><a href=\"/author/grace-kay\">Grace Kay</a></span>"
                       "<span class=\"pub-date\">Oct 22, 2021</span></div>"
                       "<p><span class=\"dropcap\">T</span>he state's unemployment rate dropped in September, the "
                       "lowest level since the pandemic began, figures released by the <b>Depart</b><i>ment</i> "
                       "of Labor showed.</p>" PARA("Second paragraph.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The state's unemployment rate"));
    assert_non_null(strstr(t, "Department of Labor"));
    assert_null(strstr(t, "2021"));
    assert_null(strstr(t, "Grace"));
    pa_doc_free(&d);
}

/* Notes at a story's end seen on news pages: the tags in plain text under
 * their label ("Topics: Banking, …") and the writer's bio when the page
 * states no author ("Megan Torres is a reporter covering …") are no part
 * of it, nor is an event's box among the paragraphs (short lines over
 * "Register now") or a chart's box (its title and "Source: …" around an
 * embed); a press release's bold "About" heading over its text, set apart
 * by a <br> only, is a line of its own (the section stays). */
static void story_end_notes_seen(void **state)
{
    (void)state;
    pa_doc d;
    const char *tags = "<html><body><article><h1>Bank shares slide</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") "<div class=\"x\">Topics: Banking, Commercial Real Estate, Stocks</div>"
                       "</article></body></html>";
    const char *t = text_of(tags, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Topics"));
    pa_doc_free(&d);
    const char *bio = "<html><body><article><h1>Mask rule stays</h1>" PARA("Lead paragraph.") PARA("Second paragraph.")
                      "<p><em>Megan Torres is a reporter covering education and local government for the Sun. Reach "
                      "her at mtorres@sun.example.</em></p></article></body></html>";
    t = text_of(bio, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Megan"));
    pa_doc_free(&d);
    const char *release = "<html><body><article><h1>Harbor Foods reports results</h1>" PARA("Lead paragraph.")
                          PARA("Second paragraph.") "<p><strong>About Harbor Foods</strong><br />Harbor Foods Inc. "
                          "produces frozen meals and snacks sold in more than 20,000 stores.</p></article></body></html>";
    const char *event = "<html><body><article><h1>Library to host workshop</h1>" PARA("Lead paragraph.")
                        "<div class=\"wp-block-group\"><p><strong>Thursday, Oct. 14</strong></p><p>6:30 p.m. - 8 p.m."
                        "</p><p>Oakdale Public Library</p><p>Free</p><div class=\"wp-block-button\"><a href=\"/reg\">"
                        "Register now</a></div></div>" PARA("Second paragraph.") "</article></body></html>";
    t = text_of(event, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Oakdale Public Library"));
    pa_doc_free(&d);
    const char *chart = "<html><body><article><h1>Hospitalizations fall</h1>" PARA("Lead paragraph.")
                        "<div class=\"box\"><h4>COVID-19 patients in state hospitals</h4><p>Daily count of patients</p>"
                        "<div><iframe src=\"https://charts.example/x\"></iframe></div><p>Source: State Department of "
                        "Health</p></div>" PARA("Second paragraph.") "</article></body></html>";
    t = text_of(chart, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Daily count"));
    assert_null(strstr(t, "Source:"));
    pa_doc_free(&d);
    t = text_of(release, &d);
    assert_non_null(strstr(t, "\n\nAbout Harbor Foods\n\nHarbor Foods Inc. produces"));
    pa_doc_free(&d);
}

/* Lines about the writer or the story's age, not the story: a <p
 * class="author-bio">, "This article is more than 3 months old", a lone
 * "By" and the writer's name in the element after it.  A sentence of the
 * story naming the writer, or someone else's biography inside the story,
 * stays. */
static void writer_asides(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
        "<p>This article is more than 3 months old</p><div class=\"credit\"><span>By</span></div>"
        "<div class=\"credit\"><a href=\"/people/sergio\">Sergio Example-Writer</a> | The Example Newsroom</div>"
        PARA("Lead paragraph.") "<p>Jane told the council that the plan is a good one, and the reporter agreed "
        "with her on every point raised at the meeting.</p>" PARA("Second paragraph.")
        "<p>Mary Roe is a reporter who covers the city council, the schools and the courts for the paper.</p>"
        PARA("Third paragraph.")
        "<p class=\"author-bio\">John Roe covered cars, repairs and insurance for the magazine for ten years, "
        "and now writes about electric bikes.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Jane told the council"));
    assert_non_null(strstr(t, "Mary Roe is a reporter"));
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "months old"));
    assert_null(strstr(t, "By"));
    assert_null(strstr(t, "Example-Writer"));
    assert_null(strstr(t, "covered cars"));
    pa_doc_free(&d);
    /* the second of two stated authors alone on its line under the story (a bio box's name in capitals),
     * and a short bio that is only the verb phrase after the name */
    t = text_of("<html><head><meta name=\"author\" content=\"Jane Doe, John Roe\"></head><body><article>"
                PARA("Lead paragraph.") PARA("Second paragraph.") PARA("Third paragraph.")
                "<div class=\"Page-authorInfo\"><div class=\"Page-authorInfo-name\">JOHN ROE</div><div class=\"Page-"
                "authorInfo-bio\">covers farm markets.</div><a href=\"/follow\">Follow</a></div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "JOHN ROE"));
    assert_null(strstr(t, "farm markets"));
    pa_doc_free(&d);
}

static void furniture_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") "<p>Advertisement</p>"
                       "<p>Credit: Jane Doe/Getty Images</p>" PARA("Second paragraph.")
                       "<p>Written by John Smith</p><p>\xe2\x80\x8d</p><h3>Related Articles</h3>"
                       "<div id=\"read-more\">" PARA("Hidden one.") PARA("Hidden two.") PARA("Hidden three.")
                       PARA("Hidden four.") PARA("Hidden 4b.") PARA("Hidden 4c.") PARA("Hidden five.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "Hidden five."));
    assert_null(strstr(t, "Advertisement"));
    assert_null(strstr(t, "Credit:"));
    assert_null(strstr(t, "Written by"));
    assert_null(strstr(t, "Related Articles"));
    assert_null(strstr(t, "\xe2\x80\x8d"));
    assert_null(strstr(t, "\n\n\n"));
    pa_doc_free(&d);
    /* rights notices after the story; a credit glued to a long lead stays */
    const char *rights = "<html><body><article><p>\xc2\xa9 Provided by Example Wire The lead of the story, glued to the "
                         "credit of its picture, runs on for long enough, with commas and clauses, to be read as "
                         "the paragraph it is.</p>"
                         PARA("Second paragraph.") "<p>\xc2\xa9 2012 Example Newspapers Ltd</p>"
                         "<p>Copyright 2012 The Daily Observer. All rights reserved. Distributed by Example "
                         "Media (example.com).</p></article></body></html>";
    t = text_of(rights, &d);
    assert_non_null(strstr(t, "Provided by Example Wire"));
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Newspapers Ltd"));
    assert_null(strstr(t, "All rights reserved"));
    pa_doc_free(&d);
    /* a table in a <figure> is text, a picture's caption is not */
    const char *fig = "<html><body><article>" PARA("Before the table.") "<figure class=\"wp-block-table\"><table>"
                      "<tr><td>Agile</td><td>High adaptability to changing requirements</td></tr></table></figure>"
                      "<figure><img src=\"a.jpg\"><figcaption>A photo of the team</figcaption></figure>"
                      PARA("After the table.") "</article></body></html>";
    t = text_of(fig, &d);
    assert_non_null(strstr(t, "High adaptability to changing requirements"));
    assert_null(strstr(t, "A photo of the team"));
    pa_doc_free(&d);
}

/* The article cut into many small sections loses, block by block, to a
 * compact box after it; widened, it holds more text and wins.  A longer
 * run of reader comments after the article (no class to tell) does not
 * replace the article (a runner-up must come before the top block). */
static void runner_up_blocks(void **state)
{
    (void)state;
    pa_doc d;
    const char *split =
        "<html><body><main><div class=\"sections\">"
        "<section><div><div>" PARA("Section one, first part.") "</div></div></section>"
        "<section><div><div><h2>Two</h2>" PARA("Section two, first part.") "</div></div></section>"
        "<section><div><div><h2>Three</h2>" PARA("Section three, first part.") "</div></div></section>"
        "<section><div><div><h2>Four</h2>" PARA("Section four, first part.") "</div></div></section>"
        "</div><div class=\"box\"><div class=\"inner\">" PARA("Box first, unrelated text.")
        PARA("Box second, unrelated text.") PARA("Box third, unrelated text.") "</div></div></main></body></html>";
    const char *t = text_of(split, &d);
    assert_non_null(strstr(t, "Section one, first part."));
    assert_non_null(strstr(t, "Section four, first part."));
    pa_doc_free(&d);
    const char *comments =
        "<html><body><div class=\"story\">" PARA("Story lead.") PARA("Story body.") PARA("Story more.")
        PARA("Story end.") "</div><div class=\"opinions\">"
#define READER(x) "<div><div><b>reader" x "</b> (guest), 03.01.12, 23:09:06</div>" PARA("Reader " x " says.") \
                  "<div><a href=\"#r\">answers (0)</a></div></div>"
        READER("1") READER("2") READER("3") READER("4") READER("5") READER("6") READER("7")
#undef READER
        "</div></body></html>";
    t = text_of(comments, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "Story end."));
    pa_doc_free(&d);
    /* A teaser list after the article (linked headlines, bylines, short
     * summaries) scores as a sibling block and, when its summaries have
     * many commas, lifts the common ancestor into a runner-up: neither is
     * taken. */
#define TEASERS(summary)                                                                                     \
    "<html><body><div class=\"page\"><div class=\"story\">" PARA("Story lead.") PARA("Story body.")          \
    PARA("Story more.") PARA("Story end.") "</div><div class=\"box\">" TEASER("1", summary)                    \
    TEASER("2", summary) TEASER("3", summary) TEASER("4", summary) TEASER("5", summary) TEASER("6", summary)  \
    TEASER("7", summary) TEASER("8", summary) "</div></div></body></html>"
#define TEASER(x, summary) "<div><h3><a href=\"/" x "\">Headline " x "</a></h3><span>By Staff Writer and " \
                           "Another Writer, Thursday 12 January 2012, 4:29PM</span><p>Teaser " x summary "</p></div>"
    const char *const teasers[] = {
        TEASERS(": a summary, with commas, of another story."),
        TEASERS(": one, two, three, four, five, six, seven, eight, nine, ten, more."),
    };
#undef TEASER
#undef TEASERS
    for (size_t i = 0; i < sizeof teasers / sizeof teasers[0]; i++) {
        t = text_of(teasers[i], &d);
        assert_non_null(strstr(t, "Story lead."));
        assert_non_null(strstr(t, "Story end."));
        assert_null(strstr(t, "Teaser"));
        assert_null(strstr(t, "Headline"));
        pa_doc_free(&d);
    }
}

/* Reader comments in the article's block without a class to tell them:
 * all after a comment-count heading that follows the article goes; the
 * same line near the top (a count beside the byline) cuts nothing. */
static void unmarked_comments(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\"><p>| 3 Comments</p>" PARA("Story lead.")
                       PARA("Story body.") PARA("Story more.") PARA("Story more 2.")
                       PARA("Story end.") "<div>| 13 Comment(s)</div>" PARA("Reader one wrote.") PARA("Reader two wrote.")
                       "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "Story end."));
    assert_null(strstr(t, "Comment"));
    assert_null(strstr(t, "Reader"));
    pa_doc_free(&d);
}

/* The JSON-LD articleBody as text: plain text split at line breaks,
 * entities and tags of an HTML fragment read, scripts skipped, spaces
 * collapsed; nothing from an empty or oversized body. */
static void ldbody_text_forms(void **state)
{
    (void)state;
    pa_buf b;
    pa_buf_init(&b, 0);
    const char *plain = "First  paragraph\u00a0here.\n\nSecond &amp; last.\r\n";
    assert_int_equal(pa_ldbody_text(plain, strlen(plain), &b), 2);
    assert_string_equal(b.data, "First paragraph here.\n\nSecond & last.");
    const char *frag = "<p>One <b>bold</b> line.</p><script>var x=1;</script><p>Two<br>Three</p>";
    assert_int_equal(pa_ldbody_text(frag, strlen(frag), &b), 3);
    assert_string_equal(b.data, "One bold line.\n\nTwo\n\nThree");
    assert_int_equal(pa_ldbody_text(" \n ", 3, &b), 0);
    assert_int_equal(pa_ldbody_text("x", PA_LDBODY_MAX_BYTES + 1, &b), 0);
    pa_buf_free(&b);
}

/* A page whose markup holds a script shell or a teaser, and whose JSON-LD
 * NewsArticle states the full text, gives the stated text; the same
 * articleBody beside a full story in the markup, or on an object that is
 * no article (a WebPage), changes nothing. */
static void ldbody_replaces_a_shell(void **state)
{
    (void)state;
    pa_doc d;
    char body[1400] = "";
    for (int i = 0; i < 12; i++)
        strcat(body, i ? "\\nSentence of the stated story, long enough to be real prose in it." :
                         "Sentence of the stated story, long enough to be real prose in it.");
    char page[4096];
    snprintf(page, sizeof page,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"%s\"}"
             "</script></head><body><div id=\"app\"><p>Loading the story, please wait.</p></div></body></html>",
             body);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Sentence of the stated story"));
    assert_null(strstr(t, "Loading"));
    assert_int_equal(d.n_paragraphs, 12);
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"articleBody\":\"%s\"}"
             "</script></head><body><div id=\"app\"><p>Loading the story, please wait.</p></div></body></html>",
             body);
    t = text_of(page, &d);
    assert_null(strstr(t, "Sentence of the stated story"));
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"%s\"}"
             "</script></head><body><article>" PARA("Markup story one.") PARA("Markup story two.")
             PARA("Markup story three.") PARA("Markup story four.") "</article></body></html>",
             "Stated text, short of the markup's story but more than five hundred characters long, as a summary "
             "of it would be: this sentence repeats to make it so. Stated text, short of the markup's story but "
             "more than five hundred characters long, as a summary of it would be: this sentence repeats to make "
             "it so. Stated text, short of the markup's story but more than five hundred characters long, as a "
             "summary of it would be: this sentence repeats to make it so.");
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Markup story one."));
    assert_null(strstr(t, "Stated text"));
    pa_doc_free(&d);
}

/* A client-rendered page's state as text: Next.js blocks, Arc's
 * Fusion.globalContent content elements (after other assignments, with
 * entities), an HTML string in window.__INITIAL_STATE__; no body in a
 * state of one block, of no prose, or that does not parse. */
static void ldbody_state_forms(void **state)
{
    (void)state;
    pa_buf b;
    pa_buf_init(&b, 0);
    const char *next = "{\"props\":{\"pageProps\":{\"article\":{\"body\":[{\"type\":\"paragraph\",\"content\":\"One.\"},"
                       "{\"type\":\"ad\"},{\"type\":\"heading\",\"content\":\"Head\"},{\"type\":\"paragraph\","
                       "\"content\":\"Two.\"}],\"related\":[{\"title\":\"Other\"}]}}}}";
    assert_int_equal(pa_ldbody_state(next, strlen(next), &b), 3);
    assert_string_equal(b.data, "One.\n\nHead\n\nTwo.");
    const char *fusion = "window.Fusion=window.Fusion||{};Fusion.arcSite=\"x\";Fusion.globalContent={\"content_elements\":"
                         "[{\"type\":\"text\",\"content\":\"Fish &amp; chips.\"},{\"type\":\"image\",\"caption\":\"Cap\"},"
                         "{\"type\":\"text\",\"content\":\"<b>Second</b> one.\"}]};Fusion.globalContentConfig={\"a\":1};";
    assert_int_equal(pa_ldbody_state(fusion, strlen(fusion), &b), 2);
    assert_string_equal(b.data, "Fish & chips.\n\nSecond one.");
    const char *spa = "window.__INITIAL_STATE__ = {\"user\":{},\"article\":{\"teaser\":\"<p>Short</p>\","
                      "\"body\":\"<p>Para one.</p><p>Para two.</p>\"}};";
    assert_int_equal(pa_ldbody_state(spa, strlen(spa), &b), 2);
    assert_string_equal(b.data, "Para one.\n\nPara two.");
    const char *none[] = {"{\"body\":[{\"type\":\"text\",\"content\":\"Alone.\"}]}", "{\"body\":\"no markup\"}",
                          "window.__INITIAL_STATE__ = {\"body\": \"<p>x</p>\"", "no json here"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        assert_int_equal(pa_ldbody_state(none[i], strlen(none[i]), &b), 0);
    /* a string past PA_LDBODY_MAX_BYTES under another key is passed over, not a failure: the body stays */
    size_t huge = PA_LDBODY_MAX_BYTES + 16;
    char *big = malloc(huge + 200);
    assert_non_null(big);
    int at = snprintf(big, 200, "{\"html\":\"<p>");
    memset(big + at, 'x', huge);
    snprintf(big + at + huge, 200, "</p>\",\"body\":\"<p>Para one.</p><p>Para two.</p>\"}");
    assert_int_equal(pa_ldbody_state(big, strlen(big), &b), 2);
    assert_string_equal(b.data, "Para one.\n\nPara two.");
    free(big);
    assert_int_equal(pa_ldbody_state_script("  window.__PRELOADED_STATE__={}", 31), 1);
    assert_int_equal(pa_ldbody_state_script("window.__CONFIG__={}", 20), 0);
    pa_buf_free(&b);
}

/* A client-rendered shell (nothing of the story in the markup) gives the
 * story its state script keeps, in __NEXT_DATA__ or a plain script; a
 * page whose markup holds the story keeps the markup's. */
static void state_replaces_a_shell(void **state)
{
    (void)state;
    pa_doc d;
    char blocks[2000] = "";
    for (int i = 0; i < 10; i++)
        strcat(blocks, i ? ",{\"type\":\"paragraph\",\"content\":\"Sentence of the hydrated story, long enough to be real prose in it.\"}"
                         : "{\"type\":\"paragraph\",\"content\":\"Sentence of the hydrated story, long enough to be real prose in it.\"}");
    char page[6000];
    snprintf(page, sizeof page,
             "<html><body><div id=\"__next\"><h1>Headline</h1><div class=\"body\"></div></div>"
             "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"article\":{\"body\":[%s]}}}</script>"
             "</body></html>", blocks);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Sentence of the hydrated story"));
    assert_int_equal(d.n_paragraphs, 10);
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><body><div id=\"app\"><noscript>Please enable JavaScript.</noscript></div>"
             "<script>window.__INITIAL_STATE__ = {\"article\":{\"content_elements\":[%s]}};</script></body></html>", blocks);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Sentence of the hydrated story"));
    assert_null(strstr(t, "JavaScript"));
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><body><article>" PARA("Markup story one.") PARA("Markup story two.") PARA("Markup story three.")
             "</article><script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"body\":[%s]}}</script>"
             "</body></html>", blocks);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Markup story one."));
    assert_null(strstr(t, "hydrated"));
    pa_doc_free(&d);
    /* a short story in the markup, the next story of an endless scroll in the state: the markup's */
    snprintf(page, sizeof page,
             "<html><body><article><p>The short story in the markup has two sentences of real news in it, and it is "
             "what the page shows its readers.</p><p>Its second paragraph tells when the council meets again, which "
             "is on Tuesday at the town hall.</p><p>Residents may speak for three minutes each.</p></article><script id=\"__NEXT_DATA__\" type=\"application/json\">"
             "{\"props\":{\"next\":{\"body\":[%s]}}}</script></body></html>", blocks);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "The short story in the markup"));
    assert_null(strstr(t, "hydrated"));
    pa_doc_free(&d);
}

/* A paywalled story (JSON-LD isAccessibleForFree false) whose markup
 * shows its opening paragraphs keeps them, what a reader sees, though its
 * articleBody states the whole text; without the paywall markup, or when
 * the markup shows something else (a shell's notice), the stated text. */
static void paywall_teaser_stays(void **state)
{
    (void)state;
    pa_doc d;
    char body[1600] = "Opening sentence of the locked story, shown to every reader of the page.";
    for (int i = 0; i < 12; i++)
        strcat(body, "\\n\\nLater sentence of the locked story, for subscribers only, long enough.");
    const char *frees[] = {"\"isAccessibleForFree\":false,", "\"isAccessibleForFree\":\"False\",", ""};
    const char *markups[] = {"<p>Opening sentence of the locked story, shown to every reader of the page.</p>",
                             "<p>Subscribe to keep reading our journalism today.</p>"};
    for (size_t f = 0; f < 3; f++)
        for (size_t k = 0; k < 2; k++) {
            char page[4096];
            snprintf(page, sizeof page,
                     "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",%s\"articleBody\":\"%s\"}"
                     "</script></head><body><article>%s</article></body></html>", frees[f], body, markups[k]);
            const char *t = text_of(page, &d);
            int teaser = f < 2 && k == 0;
            if (teaser != (strstr(t, "Later sentence") == NULL))
                fail_msg("free %zu markup %zu: %s", f, k, t);
            pa_doc_free(&d);
        }
}

/* A class word that names both the article and a teaser or comment
 * block ("entry-related", "article-comments") is the teaser's; a good
 * word elsewhere in the class keeps a block ("post comments-open"). */
static void compound_teaser_classes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><main><div class=\"entry-content\">" PARA("Story lead.") PARA("Story end.")
                       "</div><div class=\"entry-related entry-related-style-wide\">" PARA("Other post one.")
                       PARA("Other post two.") "</div><div class=\"article-comments\">" PARA("Reader says.")
                       "</div><div class=\"post comments-open\">" PARA("Story coda.") "</div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "Story end."));
    assert_non_null(strstr(t, "Story coda."));
    assert_null(strstr(t, "Other post"));
    assert_null(strstr(t, "Reader says."));
    pa_doc_free(&d);
}

/* A teaser word in a class word of its own ("moreFeatures") beside a
 * site's good-token prefix ("content_footerArticles") names a teaser list
 * when the block holds no paragraph, only linked headlines with their
 * summaries; the same words on a block of paragraphs (the story) keep it. */
static void teaser_word_of_its_own(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div id=\"list\">" PARA("Story lead.") PARA("Story end.")
        "<div class=\"content_footerArticles moreFeatures\"><div><div><strong><a href=\"/a\">Stick to "
        "your resolutions</a></strong>It is not always easy sticking to them, so here are a few tips.</div></div>"
        "<div><div><strong><a href=\"/b\">Win a hamper</a></strong>Five fantastic hampers to be won with a "
        "mini braai and more.</div></div></div>"
        "<div class=\"story with_related_categories\">" PARA("Story coda.") "</div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "Story coda."));
    assert_null(strstr(t, "resolutions"));
    assert_null(strstr(t, "hamper"));
    pa_doc_free(&d);
}

/* A "</script>" inside a script's string ends the element in libxml2's
 * parser; the script's tail, shown as text, is dropped. */
static void script_tail_as_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\"><script>\n<!--\nif (plugin) {\n"
                       "document.write('<script language=VBScript>');\ndocument.write('</script>');\n}\n"
                       "if (navigator.appName == \"Netscape\") { document.write(''); } else { document.write(''); }\n"
                       "//-->\n</script>" PARA("Story lead.") PARA("Story end.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "Story end."));
    assert_null(strstr(t, "navigator"));
    assert_null(strstr(t, "document.write"));
    pa_doc_free(&d);
}

/* The CMS's filing fields (a category and a dated label on one line) and a
 * rating widget above the story, its label and its score with the vote
 * count, are no text of the story. */
static void rating_widget_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\"><div>Featured Article<br>Main Category: <a href=\"/h\">Health</a>"
                       "<br>Also Included In: <a href=\"/d\">Nutrition / Diet</a>; <a href=\"/p\">Psychology</a><br>"
                       "Article Date: 12 Jan 2012 - 2:00 PST</div><div><b>Current Article Ratings:</b></div>"
                       "<table><tr><td><p>4.5/5 (12 votes)</p></td></tr></table>" PARA("Story lead.")
                       PARA("Story end.") "<p>The motion passed with 3 (1 votes against).</p></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story lead."));
    assert_non_null(strstr(t, "3 (1 votes against)"));
    assert_null(strstr(t, "Ratings"));
    assert_null(strstr(t, "12 votes"));
    assert_null(strstr(t, "Main Category"));
    pa_doc_free(&d);
}

/* A link inside a sentence is words of the sentence, whatever its class
 * says it does ("popup", "modal"), in a <p> or in text written loose in a
 * block; a hidden one is not shown. */
static void link_classes_in_sentences(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\">" PARA("Story lead.")
                       "<p>He <a href=\"#\" class=\"popup\">silently retired into his hermitage</a>, and the "
                       "lawyer, angry, said nothing more to him that day; he went home.<a class=\"hidden\" "
                       "href=\"#\">Skip note</a> It was late.</p>" PARA("Story end.")
                       "<a class=\"popup\" href=\"#\">Open the menu</a></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "He silently retired into his hermitage, and"));
    assert_null(strstr(t, "Skip note"));
    assert_null(strstr(t, "Open the menu"));
    pa_doc_free(&d);
    /* the same in text written loose in a block, lines set out with <br> */
    const char *loose = "<html><body><div class=\"story\"><div class=\"text\">" LINE
                        "<a href=\"#\" class=\"popup\">I</a> am a <a href=\"#\" class=\"popup\">rather elderly</a> "
                        "man, and the nature of my work has brought me into contact with many scriveners.<br><br>"
                        LINE LINE "<a class=\"popup\" href=\"#\">Open the menu</a><br></div></div></body></html>";
    t = text_of(loose, &d);
    assert_non_null(strstr(t, "I am a rather elderly man, and"));
    assert_null(strstr(t, "Open the menu"));
    pa_doc_free(&d);
}

/* Linked headlines in a run (a "latest news" list inside the article's
 * block) go; a single linked subheading stays. */
static void headline_lists(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"story\">" PARA("Story lead.")
                       "<h2><a href=\"#part\">A linked subheading</a></h2>" PARA("Story end.")
                       "<h2>Latest news</h2><ul><li><h4><a href=\"/a\">Fatal crash on the highway</a></h4></li>"
                       "<li><h4><a href=\"/b\">Golfer excited for first tour event ...</a></h4></li>"
                       "<li><h4><a href=\"/c\">Man drowns at the beach</a></h4></li></ul></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "A linked subheading"));
    assert_non_null(strstr(t, "Story end."));
    assert_null(strstr(t, "Fatal crash"));
    pa_doc_free(&d);
    /* a related story's card between the paragraphs: its linked headline
     * over its linked summary, both in one link */
    page = "<html><body><div class=\"story\">" PARA("Card lead.") PARA("Card second.")
           "<div class=\"css-1bd8bfl\"><h4>Related Coverage</h4><ul><li><a href=\"/r\"><h5>School board weighs cuts to arts programs</h5>"
           "<p>Falling enrollment has left the district with a shortfall, and art teachers could go first.</p>"
           "</a></li></ul></div>" PARA("Card third.") PARA("Card fourth.") "</div></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Card lead."));
    assert_non_null(strstr(t, "Card fourth."));
    assert_null(strstr(t, "School board"));
    pa_doc_free(&d);
    /* the story's closing paragraph after a box of links to more on it */
    page = "<html><body><div class=\"story\">" PARA("Box lead.") PARA("Box second.") PARA("Box third.")
           "<div class=\"more-on\"><h4>More on this story</h4><p><a href=\"/a\">How the city got here: a decade of "
           "budget fights</a></p><p><a href=\"/b\">Explainer: what the tax increase means for you</a></p></div>"
           PARA("Box closing.") "</div></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Box closing."));
    assert_null(strstr(t, "Explainer"));
    pa_doc_free(&d);
    /* a post embedded with a social network's embed code between the
     * paragraphs */
    page = "<html><body><div class=\"story\">" PARA("Embed lead.") PARA("Embed second.")
           "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Council just voted 5-2 to pass the budget with the "
           "tax increase. Crowd is not happy, and they let everyone in the room know it.</p>&mdash; Jane Reporter "
           "(@janereporter) <a href=\"https://twitter.com/x/status/1\">March 5, 2019</a></blockquote>"
           PARA("Embed third.") PARA("Embed fourth.") "</div></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Embed fourth."));
    assert_null(strstr(t, "Crowd is not happy"));
    pa_doc_free(&d);
    /* a video between the paragraphs, with its title and a line about it;
     * an ad's frame beside a short story is no video */
    page = "<html><body><div class=\"story\">" PARA("Video lead.") PARA("Video second.")
           "<div class=\"embed\"><h3>Residents pack council meeting over tax plan</h3><video src=\"/v.mp4\"></video>"
           "<p>More than 60 residents spoke at the meeting, most of them against the increase.</p></div>"
           PARA("Video third.") PARA("Video fourth.") "</div></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Video fourth."));
    assert_null(strstr(t, "More than 60 residents"));
    pa_doc_free(&d);
    page = "<html><body><div class=\"story\"><iframe src=\"/ads/slot1.html\"></iframe>"
           "<p>A short story of one paragraph, with commas, beside an advertisement's frame.</p></div></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "A short story of one paragraph"));
    assert_null(strstr(t, "Golfer"));
    assert_null(strstr(t, "Man drowns"));
    pa_doc_free(&d);
    /* a page of headlines only keeps no text, but its language is known */
    const char *only = "<html><body><div><h3><a href=\"/a\">The weather will be sunny and warm for the whole week</a>"
                       "</h3><h3><a href=\"/b\">The council has approved the new budget for the schools</a></h3>"
                       "<h3><a href=\"/c\">Thousands of people came to see the parade in the old town</a></h3>"
                       "</div></body></html>";
    t = text_of(only, &d);
    assert_string_equal(t, "");
    assert_non_null(d.lang);
    assert_string_equal(d.lang, "en");
    pa_doc_free(&d);
}

/* Blocks a reader does not see: inline styles however spaced, the hidden
 * attribute, aria-hidden. */
static void hidden_blocks(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Shown one.")
                       "<div style=\"visibility: hidden;\">" PARA("Unseen one.") "</div>"
                       "<div style=\"color:red; DISPLAY : none !important\">" PARA("Unseen two.") "</div>"
                       "<div hidden>" PARA("Unseen three.") "</div>"
                       "<div aria-hidden=\"true\">" PARA("Unseen four.") "</div>"
                       "<div style=\"max-display:none; visibility:visible\">" PARA("Shown two.") "</div>"
                       PARA("Shown three.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Shown one."));
    assert_non_null(strstr(t, "Shown two."));
    assert_non_null(strstr(t, "Shown three."));
    assert_null(strstr(t, "Unseen"));
    pa_doc_free(&d);
}

/* Publication dates written for people only: a <time> without datetime, a
 * bare date in a text-only element beside the author's name, a
 * "published-date" meta tag, and the writer's line with the day and the
 * reading time ("Jane Doe · Example Journal · October 1, 2026 · 4 min
 * read"). */
static void human_dates(void **state)
{
    (void)state;
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    const char *timetext = "<html><body><article><h1>Self-host it</h1><time class=\"small\">July 2, 2025</time>"
                           PARA("Body of the note.") "</article></body></html>";
    assert_int_equal(pa_extract(timetext, strlen(timetext), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2025-07-02");
    assert_string_equal(d.date_source, "time");
    pa_doc_free(&d);
    const char *leaf = "<html><body><article><div class=\"byline\"><p>Luke Kim</p><small>December 17, 2025</small>"
                       "</div>" PARA("Body of the post.") PARA("More of it.") "</article></body></html>";
    assert_int_equal(pa_extract(leaf, strlen(leaf), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2025-12-17");
    pa_doc_free(&d);
    const char *meta = "<html><head><meta name=\"published-date\" content=\"2021-02-16\"></head><body><article>"
                       PARA("Body of the blog.") "</article></body></html>";
    assert_int_equal(pa_extract(meta, strlen(meta), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2021-02-16");
    assert_string_equal(d.date_source, "meta");
    pa_doc_free(&d);
    /* the writer, the site and the day on one line with the reading time, no label: the line goes, its day
     * dates the page */
    const char *origin = "<html><body><article><h1>Hidden streams beneath the city</h1><p class=\"origin\">Jane Doe "
                         "\xC2\xB7 Example Journal \xC2\xB7 October 1, 2026 \xC2\xB7 4 min read</p>"
                         PARA("Body of the story.") PARA("More of it.") "</article></body></html>";
    assert_int_equal(pa_extract(origin, strlen(origin), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2026-10-01");
    assert_null(strstr(d.text, "min read"));
    pa_doc_free(&d);
    /* a standfirst in title case running on into its day is no writer's line: the page stays undated */
    const char *dek = "<html><body><article><h1>Town marks the flood's anniversary</h1><p>Remembering The Great "
                      "Flood Of March 12, 2025</p>" PARA("Body of the story.") PARA("More of it.")
                      "</article></body></html>";
    assert_int_equal(pa_extract(dek, strlen(dek), &o, &d, &err), PA_OK);
    assert_null(d.published);
    pa_doc_free(&d);
    /* the writer's name and the day in two elements, no separator: the day dates the page */
    const char *two = "<html><body><article><h1>Boy swallows coin</h1><div class=\"meta\"><span>Jonathan Carson</span> "
                      "<span>January 17, 2026</span></div>" PARA("Body of the story.") PARA("More of it.")
                      "</article></body></html>";
    assert_int_equal(pa_extract(two, strlen(two), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2026-01-17");
    pa_doc_free(&d);
    /* a headline with a day in it (the meeting's) over a labelled "Posted:" line: the labelled line dates it */
    const char *meeting = "<html><head><title>Council Meeting Highlights - October 2, 2026 - Town of Example</title>"
                          "</head><body><div class=\"newsItem\"><p><b>Council Meeting Highlights - October 2, "
                          "2026</b></p>" PARA("The council met.") "<p>Posted: October 3, 2026</p>" PARA("More of it.")
                          "</div></body></html>";
    assert_int_equal(pa_extract(meeting, strlen(meeting), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2026-10-03");
    pa_doc_free(&d);
    /* a Turkish table layout's cell named "tarih" (date) holds the day, no label: it dates the page */
    const char *tarih = "<html><body><table><tr><td class=\"haberbaslik\"><b>Karda yollar kapandi</b></td></tr>"
                        "<tr><td class=\"tarih\"><font size=\"1\">29 Kas\xc4\xb1m 2025 Cumartesi 09:15 - Kars</font></td></tr>"
                        "<tr><td>" PARA("Kars'ta gece boyunca kar yagdi.") PARA("Yollar acildi.") "</td></tr></table>"
                        "</body></html>";
    assert_int_equal(pa_extract(tarih, strlen(tarih), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2025-11-29");
    pa_doc_free(&d);
}

/* A CMS shortcode left unrendered, alone on its line, is no text; a
 * bracketed note of the story, or a sentence quoting an attribute, is. */
static void unrendered_shortcodes(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_script_leak, "[adthrive-in-post-video-player video-id=\xe2\x80\x9d" "hra2qewb\xe2\x80\x9d "
                                                "upload-date=\xe2\x80\x9d" "2019-02-27\xe2\x80\x9d player-type=\xe2\x80\x9d"
                                                "default\xe2\x80\x9d]"));
    assert_true(line_hits(pa_line_script_leak, "[gallery ids=\"12,13,14\" columns=\"3\"]"));
    assert_true(line_hits(pa_line_script_leak, "[caption id=\"attachment_9\" align=\"alignnone\"] The mayor at the "
                                                "meeting.[/caption]"));
    assert_false(line_hits(pa_line_script_leak, "[Read: Why the council voted against the plan]"));
    assert_false(line_hits(pa_line_script_leak, "[This story has been updated with the mayor's response.]"));
    assert_false(line_hits(pa_line_script_leak, "[x = \"5\"] is how the manual writes it, the engineer said]"));
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Cleaning a table top</h1>" PARA("The story starts here.")
                            "<p>[video-player video-id=\"hra2qewb\" name=\"Cleaning a table\"]</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "video-id"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* A British paper's furniture around the story: the regional chain's call
 * for stories and views, the Irish paper's premium offer, a live page's
 * dotted stamps, the broadcaster's byline without "By" and a tabloid's
 * "MORE ON" label with its topic links on one line; the story's own
 * sentences that open alike stay. */
static void british_paper_furniture(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_site_notice, "Do you have a story you would like to share with the Wessex Post? "
                                               "Email newsdesk@example.co.uk or message us on Facebook."));
    assert_false(line_hits(pa_line_site_notice, "Do you have a story you would like to tell the court, the judge "
                                                "asked him before he was sentenced."));
    assert_false(line_hits(pa_line_site_notice, "Do you have a story you would like to see in print? Entries for the "
                                                "Wessex Short Story Prize can be submitted online until 31 March."));
    assert_true(line_hits(pa_line_site_notice, "Are you going to the festival? Let us know in the comments below."));
    assert_false(line_hits(pa_line_site_notice, "\"Let us know in the comments,\" the vlogger told her fans."));
    assert_true(line_hits(pa_line_tool, "We want to hear from you"));
    assert_true(line_hits(pa_line_tool, "Join our commenting forum"));
    assert_true(line_hits(pa_line_tool, "LIVE"));
    assert_false(line_hits(pa_line_tool, "Live music returns to the park"));
    assert_true(line_hits(pa_line_tool, "This video can not be played"));
    assert_true(line_hits(pa_line_tool, "Read More Related Articles"));
    assert_true(line_hits(pa_line_tool, "Your email address will not be published."));
    assert_true(line_hits(pa_line_site_notice, "To play this video you need to enable JavaScript in your browser."));
    assert_true(line_hits(pa_line_pitch, "By submitting your email you are agreeing to the terms and conditions and "
                                         "privacy policy."));
    assert_true(line_hits(pa_line_pitch, "I would like to be emailed about offers, events and updates from Example. "
                                         "Read our privacy notice"));
    assert_false(line_hits(pa_line_pitch, "By submitting your details on such comparison sites you often agree to let "
                                          "dozens of brokers call you."));
    assert_true(line_hits(pa_line_furniture, "Image caption, The flood gates were closed on Tuesday evening"));
    assert_false(line_hits(pa_line_furniture, "Image captions on the new signs will be read aloud by an app."));
    assert_true(line_hits(pa_line_furniture, "GO DEEPER"));
    assert_true(line_hits(pa_line_furniture, "Watch the highlights"));
    assert_false(line_hits(pa_line_furniture, "Watch the highlights of his career and the pattern is clear."));
    assert_false(line_hits(pa_line_furniture, "Go deeper into the numbers and the picture changes."));
    assert_true(line_hits(pa_line_site_notice, "Join thought-provoking conversations, follow other Example readers "
                                               "and see their replies"));
    assert_true(line_hits(pa_line_site_notice, "Do you have an opinion on the issues raised in this article? If you "
                                               "would like to submit a response of up to 300 words by email to be "
                                               "considered for publication in our letters section, please click here."));
    assert_true(line_hits(pa_line_site_notice, "If you would like to submit a response of up to 300 words by email to be "
                                               "considered for publication in our letters section, please click here."));
    assert_false(line_hits(pa_line_site_notice, "Last year about one in five of the 4,000 letters the paper received were "
                                                "considered for publication in our letters pages, a share that has barely "
                                                "changed in a decade."));
    assert_true(line_hits(pa_line_site_notice, "Add the Example Courier as a preferred source on Google"));
    assert_false(line_hits(pa_line_site_notice, "Publishers can now be named a preferred source on Google, the "
                                                "company said."));
    assert_false(line_hits(pa_line_site_notice, "Set a preferred source on Google by tapping the star next to Top "
                                                "Stories."));
    assert_true(line_hits(pa_line_pitch, "Stay up to date with all the latest news by signing up to our free "
                                         "newsletter here."));
    assert_false(line_hits(pa_line_pitch, "Residents can cut their bills by signing up for the scheme before March."));
    assert_false(line_hits(pa_line_pitch, "\xe2\x80\x9c" "Boat owners can get notice of every closure of the quay by "
                                          "signing up to our free alerts." "\xe2\x80\x9d"));
    assert_false(line_hits(pa_line_tool, "We want to hear from you about the closures, the council said"));
    assert_true(line_hits(pa_line_pitch, "Get the best of the Example Herald with our Premium subscription. "
                                         "Unlimited articles, podcasts and the digital edition."));
    assert_false(line_hits(pa_line_pitch, "Get the latest forecast before setting off and allow extra time."));
    assert_true(line_hits(pa_line_pitch, "Enjoy unlimited articles and podcasts with our digital pass."));
    assert_false(line_hits(pa_line_pitch, "Try the app free for a month and you get unlimited articles from 300 magazines, "
                                          "though the choice of British titles is thin."));
    assert_true(line_hits(pa_line_update_time, "2.32pm"));
    assert_true(line_hits(pa_line_update_time, "14.32 BST"));
    assert_true(line_hits(pa_line_update_time, "14.32"));
    assert_false(line_hits(pa_line_update_time, "14.75"));
    assert_false(line_hits(pa_line_update_time, "4.32"));
    assert_false(line_hits(pa_line_update_time, "2.32 per cent"));
    assert_true(line_hits(pa_line_byline, "Jane Doe BBC News, Kent"));
    assert_false(line_hits(pa_line_byline, "By March 2020")); /* a timeline's subhead */
    assert_false(line_hits(pa_line_byline, "By June 15"));
    assert_true(line_hits(pa_line_byline, "By April Smith"));
    assert_true(line_hits(pa_line_byline, "By March Jones 2020"));
    assert_false(line_hits(pa_line_byline, "By The Numbers")); /* a stat box's subhead */
    assert_false(line_hits(pa_line_byline, "BY THE NUMBERS"));
    assert_true(line_hits(pa_line_byline, "By The Associated Press"));
    assert_false(line_hits(pa_line_byline, "Jane Doe Example News, Kent"));
    assert_true(line_hits(pa_line_byline, "Jane Doe NBS News"));
    assert_false(line_hits(pa_line_byline, "Channel Four News"));
    assert_false(line_hits(pa_line_byline, "Other Top Sports News"));
    assert_false(line_hits(pa_line_byline, "How The Town Made News"));
    assert_false(line_hits(pa_line_byline, "Life After BBC News"));
    assert_false(line_hits(pa_line_byline, "Why I Left ITV News"));
    assert_false(line_hits(pa_line_byline, "The Big Bang Theory News, Again and Again, Today"));
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Oak felled</h1>" PARA("The story starts here.")
                            "<div><strong>MORE ON</strong> <a href=\"/t/planning\">Planning</a><a href=\"/t/c\">"
                            "Countryside</a></div>" PARA("More on the oak came out later.") PARA("The story ends.")
                            "</article></body></html>", &d);
    assert_null(strstr(t, "MORE ON"));
    assert_non_null(strstr(t, "More on the oak came out later."));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
    /* "Live" over a paragraph in the story is a review's section on the band on stage, no live page's badge */
    t = text_of("<html><body><article><h1>The Gulls, Harbour Rooms</h1>" PARA("In the studio the band worked slowly, "
                "building each song from a single guitar line recorded late at night in a boathouse.")
                "<h2>Live</h2>" PARA("On stage it is a different story: the same songs arrive twice as fast and twice as "
                "loud, and the crowd sang every word back to them.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Live\n"));
    pa_doc_free(&d);
    /* "We want to hear from you" over a council's paragraph on its consultation stays; over the paper's call, goes */
    t = text_of("<html><body><article><h1>Bus lanes plan</h1>" PARA("The council has published plans for new bus lanes "
                "on the ring road, which it says would cut journey times by a quarter.") "<h2>We want to hear from you</h2>"
                PARA("The consultation runs until 31 January. Residents can fill in the survey online or pick up a paper "
                "copy at any library.") "<h2>We want to hear from you</h2>" PARA("Got a story? Contact our newsdesk on "
                "01292 555 025 or email news@example.co.uk") "</article></body></html>", &d);
    const char *hear = strstr(t, "We want to hear from you");
    assert_non_null(hear);
    assert_null(strstr(hear + 1, "We want to hear from you"));
    pa_doc_free(&d);
    /* and among a list's items after the story's prose: the ways to watch */
    t = text_of("<html><body><article><h1>Final on free-to-air</h1>" PARA("The final will be shown on free-to-air "
                "television for the first time in a decade, and viewers can choose how to watch it:")
                "<ul><li>Live</li><li>Highlights at 10pm</li><li>On demand for thirty days</li></ul>" PARA("The "
                "broadcaster said it expected its biggest audience of the year.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Live\n"));
    pa_doc_free(&d);
    /* a shortlist and a table of presenters after the story's prose read as broadcasters' bylines and stay */
    t = text_of("<html><body><article><h1>Awards shortlist revealed</h1>" PARA("The shortlist for this year's regional "
                "journalism awards has been published, with broadcasters taking half of the places.")
                "<ul><li>Jane Roe BBC News, Kent</li><li>Sam Poe ITV News, Meridian</li></ul><table><tr><td>Ann Loe</td>"
                "<td>BBC News</td></tr><tr><td>Joe Bloe</td><td>ITV News</td></tr></table>" PARA("The winners will be "
                "announced at a ceremony in Brighton in March.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Jane Roe BBC News, Kent"));
    assert_non_null(strstr(t, "Joe Bloe ITV News"));
    pa_doc_free(&d);
    /* a running order's times in the story go up through the day and stay; a live page's stamps, newest first,
     * go */
    t = text_of("<html><body><article><h1>Regatta returns</h1>" PARA("The regatta returns to the harbour on Saturday "
                "after a two-year break, and the running order is:") "<h3>10.30</h3>" PARA("Junior sculls, from the "
                "slipway to the harbour mouth.") "<h3>1.15pm</h3>" PARA("The coxed fours, over two miles.") "<h3>16.45</h3>"
                PARA("The cups are presented on the quay.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "10.30\n"));
    assert_non_null(strstr(t, "1.15pm\n"));
    assert_non_null(strstr(t, "16.45\n"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Storm live</h1><h3>14.32</h3>" PARA("The lifeboat has returned to the "
                "harbour after a three-hour search.") "<h3>1.05pm</h3>" PARA("Winds of up to 70mph have been recorded on "
                "the seafront.") "<h3>11.50</h3>" PARA("Ferry crossings have been cancelled for the day.")
                "</article></body></html>", &d);
    assert_null(strstr(t, "14.32"));
    assert_null(strstr(t, "1.05pm"));
    assert_null(strstr(t, "11.50"));
    pa_doc_free(&d);
    /* a live page's badge and its one-line summary under the headline, a link alone in a <p> after them (the
     * summary is the deck: no story paragraph follows it in its parent) */
    t = text_of("<html><body><main><h1>Storm live: winds batter the coast</h1><div class=\"badge\">LIVE</div>"
                "<p class=\"summary\">Latest updates as the storm hits the coast</p><div class=\"byline\">Live team | "
                "Updated 23 April 2026</div><p><a href=\"/source\">Add Example as a preferred source on Google</a></p>"
                "<nav><h2>Key events</h2><ul><li><a href=\"#1\">One</a></li><li><a href=\"#2\">Two</a></li></ul></nav>"
                "<div class=\"feed\"><article><h3>Post title 0</h3>" PARA("Post 0.") "</article><article><h3>Post title 1"
                "</h3>" PARA("Post 1.") "</article><article><h3>Post title 2</h3>" PARA("Post 2.") "</article></div>"
                "<p>Stay up to date with all the latest news by signing up to our free newsletter <a href=\"/n\">here</a>."
                "</p></main></body></html>",
                &d);
    assert_null(strstr(t, "LIVE"));
    assert_null(strstr(t, "Latest updates as the storm"));
    assert_non_null(strstr(t, "Post 2."));
    pa_doc_free(&d);
    /* a link of the story's own alone in a <p> after its first paragraph (a pointer, no call of the site's): the
     * story's body follows that paragraph, which stays */
    t = text_of("<html><body><article><h1>Harbour plan approved</h1><p class=\"lead\">The harbour board has approved "
                "a plan to rebuild the north quay, ending two years of argument over the fleet.</p><p><a href=\"/r.pdf\">"
                "Read the board's full report (PDF)</a></p><div class=\"body\">" PARA("Members voted seven to two in "
                "favour after a meeting that lasted more than four hours.") PARA("The work is expected to start in the "
                "spring and take about eighteen months.") "</div></article></body></html>", &d);
    assert_non_null(strstr(t, "The harbour board has approved"));
    pa_doc_free(&d);
}

/* An accordion of questions after the story's list of products (each
 * question an in-page toggle over its answer: <a href="#">, or a collapse
 * panel's control, <a href="#faq-2">) is the story's FAQ, not a list of
 * teasers: the column widens over it and the lead above the list. */
#define FAQ_PRODUCT(n)                                                                                      \
    "<li class=\"product\"><div class=\"card\"><h3>Plan " n "</h3><div class=\"body\">"                         \
    PARA("Plan " n " covers trips abroad for a week.") PARA("Plan " n " pays for a doctor on the road.")          \
    PARA("Plan " n " costs less than you think.") "</div></div></li>"
#define FAQ_ITEM(n, href)                                                                                   \
    "<li class=\"accordion-item\"><a href=\"" href "\" class=\"accordion-title\">Is question number " n         \
    " a fair one to ask?</a><div class=\"accordion-content\"><p>Yes, answer " n " says it is a fair question, "  \
    "and most carriers answer it the same way for older travellers, whatever the trip and whatever the plan "    \
    "they bought.</p></div></li>"
#define FAQ_PAGE(h1, h2, h3, h4)                                                                            \
    "<html><body><header><nav><a href=\"/\">Home</a></nav></header><div class=\"main-content\">"                 \
    "<section class=\"intro\"><div class=\"grid\"><div class=\"text\">"                                          \
    PARA("Travel insurance gives some peace of mind.") "</div></div></section>"                                  \
    "<section class=\"listing\"><div class=\"grid\"><ul class=\"products\">" FAQ_PRODUCT("A") FAQ_PRODUCT("B")  \
    FAQ_PRODUCT("C") "</ul></div></section><section class=\"faqs\"><div class=\"grid\">"                         \
    "<h2>Questions about travel insurance</h2><ul class=\"accordion\">" FAQ_ITEM("one", h1) FAQ_ITEM("two", h2)  \
    FAQ_ITEM("three", h3) FAQ_ITEM("four", h4) "</ul></div></section></div><footer><p>Copyright 2026 Example</p>" \
    "</footer></body></html>"
static void accordion_faq_after_listing(void **state)
{
    (void)state;
    const char *const pages[] = {FAQ_PAGE("#", "#", "#", "#"), FAQ_PAGE("#faq-1", "#faq-2", "#faq-3", "#faq-4")};
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        pa_doc d;
        const char *t = text_of(pages[i], &d);
        assert_non_null(strstr(t, "peace of mind"));
        assert_non_null(strstr(t, "Plan C costs less"));
        assert_non_null(strstr(t, "Yes, answer four says"));
        pa_doc_free(&d);
    }
    /* a card's headline whose page a script opens (<h3><a href="javascript:void(0)">, or "#") still titles a
     * teaser: the row of cards under the story goes */
    static const char *const hrefs[] = {"javascript:void(0)", "#"};
    for (size_t i = 0; i < sizeof hrefs / sizeof hrefs[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page, "<html><body><article><h1>Council approves budget</h1>%s%s%s<div>"
                 "<article class=\"card\"><h3><a href=\"%s\">Police chief retires after thirty years</a></h3><p>The chief, who led "
                 "the department through two floods, will step down at the end of the month.</p></article>"
                 "<article class=\"card\"><h3><a href=\"%s\">Library hours extended for the summer</a></h3><p>Branches will stay "
                 "open until nine on weekdays through August, the library board decided.</p></article>"
                 "</div></article></body></html>",
                 PARA("The city council voted to approve a budget of 412 million dollars."),
                 PARA("Council members who opposed the plan said it leaned on the reserves."),
                 PARA("The budget adds eleven positions in the parks department."), hrefs[i], hrefs[i]);
        pa_doc d;
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "eleven positions"));
        assert_null(strstr(t, "Police chief"));
        assert_null(strstr(t, "The chief, who led"));
        pa_doc_free(&d);
    }
}
#undef FAQ_PAGE
#undef FAQ_PRODUCT
#undef FAQ_ITEM

/* A city magazine's place cards under the story's lead (each card's
 * <header> holds its one <h2>, the place's name, over a list of facts) keep
 * their names as the cards' subheadings, in a <section> too; the facts go
 * with the header, and a site header above the story keeps its heading
 * out. */
#define PLACE_CARD(n, text)                                                                                 \
    "<div class=\"place-embed\"><div class=\"ck-block\"><header><block-attribute><h2>The " n " Room</h2>"      \
    "</block-attribute><ul class=\"facts\"><li>Wine Bar</li><li><a href=\"https://example.com/\">example.com"  \
    "</a></li></ul></header><div class=\"desc\"><p>" text "</p></div></div></div>"
static void place_card_header_titles(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><body><header class=\"masthead\"><h2>Example City Magazine</h2></header><main><article>"
        "<header class=\"story-header\"><h1>New restaurants to visit this month</h1></header>"
        "<section class=\"story-body\">" PARA("The city has no shortage of great restaurants.")
        PARA("Here are the best new ones to visit right now.")
        PLACE_CARD("Copper", "Wine lovers have a new option in town, with a list curated weekly and a small menu.")
        PLACE_CARD("Lantern", "The team behind a beloved bakery opened this dining room in late October.")
        PLACE_CARD("Harbor", "Seafood comes first here, with oysters, grilled fish and a long raw bar.")
        "</section></article></main></body></html>", &d);
    assert_non_null(strstr(t, "The Copper Room\n\nWine lovers"));
    assert_non_null(strstr(t, "The Harbor Room\n\nSeafood"));
    assert_null(strstr(t, "Wine Bar"));
    assert_null(strstr(t, "Example City Magazine"));
    pa_doc_free(&d);
}
#undef PLACE_CARD

/* A name on its line over "Jane is the founder of …" ending the text is an
 * author box (the note's first word is the name's, the page's stated
 * author: see profile_subject_box_stays for a page stating none); the same under the
 * third heading of a run of sections is a listicle's last pick: kept. */
static void listicle_last_pick_not_bio(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                            "<h1>Why small studios win</h1>" PARA("Small studios win work.")
                            PARA("Clients like them.") PARA("They answer the phone.") PARA("They ship on time.")
                            "<div class=\"box\"><p>Jane Doe</p><p>Jane is the founder of a small design studio in "
                            "Leeds.</p></div></article></body></html>", &d);
    assert_non_null(strstr(t, "They ship on time."));
    assert_null(strstr(t, "founder of a small design studio"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>New restaurants to visit</h1>" PARA("The city has new restaurants.")
                PARA("Here are the best ones.") "<h2>Copper Room</h2>" PARA("Wine lovers have a new option.")
                "<h2>Lantern</h2>" PARA("The team behind a bakery opened this room.") "<h2>Zaranda</h2>"
                "<p>Zaranda is a new Mexican restaurant downtown, with a long bar and a patio.</p>"
                "</article></body></html>", &d);
    assert_non_null(strstr(t, "Zaranda\n\nZaranda is a new Mexican restaurant"));
    pa_doc_free(&d);
    /* the third heading naming the page's writer heads her author box: it goes with the note */
    t = text_of("<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                "<h1>Three ways to cut your grocery bill</h1>" PARA("Food prices have risen for three years.")
                "<h2>Plan your meals</h2>" PARA("Writing down the week's dinners saves money.")
                "<h2>Buy store brands</h2>" PARA("Own brands often cost a third less.")
                "<div><h3>Jane</h3><p>Jane is a mother of three who lives in Leeds and loves finding bargains at the "
                "market.</p></div></article></body></html>", &d);
    assert_non_null(strstr(t, "Own brands often cost a third less."));
    assert_null(strstr(t, "\n\nJane"));
    assert_null(strstr(t, "mother of three"));
    pa_doc_free(&d);
}

/* A labelled line with a month and a year alone ("Last Updated: June
 * 2022", a health agency's page) dates the page to the month's first day
 * when nothing better does, and is no body text; a bare "June 2022" (an
 * archive's heading) or one in a sentence dates nothing. */
static void month_only_date_line(void **state)
{
    (void)state;
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    const char *lines[] = {"Last Updated: June 2022", "Published: June 2022", "June 2022",
                           "Posted in June 2022 by the editors", "By June 2022"};
    const char *want[] = {"2022-06-01", "2022-06-01", NULL, NULL, NULL};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        char page[1024];
        snprintf(page, sizeof page, "<html><body><article><h1>Meditation and safety</h1>%s%s<p>%s</p></article>"
                 "</body></html>", PARA("The story starts here."), PARA("The story ends."), lines[i]);
        assert_int_equal(pa_extract(page, strlen(page), &o, &d, &err), PA_OK);
        if (want[i]) {
            assert_non_null(d.published);
            assert_string_equal(d.published, want[i]);
            assert_null(strstr(d.text, "June 2022"));
        } else {
            assert_null(d.published);
        }
        pa_doc_free(&d);
    }
    /* under "By" a month and a year are a timeline's step, no date line: "By March 2020" over its section */
    const char *timeline = "<html><body><article><h1>How the valley's hospitals filled</h1>"
        PARA("The first cases reached the valley in the last days of February.")
        PARA("Within a week the county had opened its emergency operations center.")
        "<h3>By March 2020</h3>" PARA("The virus had reached every county in the state, and the hospitals had "
                                       "begun to turn away patients who needed beds.")
        "</article></body></html>";
    assert_int_equal(pa_extract(timeline, strlen(timeline), &o, &d, &err), PA_OK);
    assert_null(d.published);
    assert_non_null(strstr(d.text, "By March 2020\n\nThe virus"));
    pa_doc_free(&d);
}

/* Ruby readings (<rt>) and their fallback brackets (<rp>) are dropped from
 * the body and the headline: the base text is read once. */
static void ruby_readings_dropped(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1><ruby>\xe6\xbd\xae\xe8\xa6\x8b<rt>\xe3\x81\x97\xe3\x81\x8a"
                            "\xe3\x81\xbf</rt></ruby> harbour works</h1>"
                            PARA("The town of <ruby>\xe6\xbd\xae\xe8\xa6\x8b<rp>(</rp><rt>shiomi</rt><rp>)</rp></ruby> "
                                 "will rebuild its harbour from April next year.")
                            PARA("Work on the <ruby><rb>quay</rb><rt>kee</rt></ruby> will take three years.")
                            "</article></body></html>", &d);
    assert_non_null(strstr(t, "town of \xe6\xbd\xae\xe8\xa6\x8b will rebuild"));
    assert_null(strstr(t, "shiomi"));
    assert_null(strstr(t, "kee"));
    assert_non_null(strstr(t, "the quay will"));
    assert_non_null(d.title);
    assert_null(strstr(d.title, "\xe3\x81\x97\xe3\x81\x8a"));
    pa_doc_free(&d);
}

/* A short last paragraph ending in a full-width stop ("…説明する。") over
 * a pager and a related-links row is the story's end, not the label of
 * the links under it. */
static void cjk_stop_ends_last_paragraph(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>"
        "\xe7\x94\xba\xe3\x81\xaf\xe6\xbc\x81\xe6\xb8\xaf\xe3\x82\x92\xe5\x86\x8d\xe6\x95\xb4\xe5\x82\x99"
        "\xe3\x81\x99\xe3\x82\x8b\xe3\x80\x82 The town will rebuild its fishing harbour from April, with a budget "
        "of twelve million.<br><br>Parts of the quay were built in the 1970s and could fail in an earthquake, a survey "
        "found two years ago.<br><br>"
        "\xe7\x94\xba\xe3\x81\xaf\xe4\xbb\x8a\xe6\x9c\x88\xe4\xb8\xad\xe3\x81\xab\xe8\xaa\xac\xe6\x98\x8e"
        "\xe4\xbc\x9a\xe3\x82\x92\xe9\x96\x8b\xe3\x81\x8f\xe3\x80\x82<br><br></td></tr>"
        "<tr><td><a href=\"/p1\">Previous page</a> <a href=\"/p2\">Next page</a></td></tr>"
        "<tr><td><a href=\"/a\">Bus routes to close in March</a><br><a href=\"/b\">School wins relay race</a></td></tr>"
        "</table></body></html>",
        &d);
    /* 町は今月中に説明会を開く。 */
    assert_non_null(strstr(t, "\xe8\xaa\xac\xe6\x98\x8e\xe4\xbc\x9a\xe3\x82\x92\xe9\x96\x8b\xe3\x81\x8f"));
    pa_doc_free(&d);
}

/* The desks' lines under Southeast Asian stories (stress-sea): the Indonesian agency's "Pewarta:" credit with
 * its editor and rights, its ban on copying and AI crawling without written leave, and the desk's signature
 * after a dash ("—Jane Doe/KG, Outlet", in Tagalog "—Ulat ni …"); a sentence that names a reporter stays, and so
 * does an organisation's attribution ("—NAACP, Millbrook Branch"). */
static void southeast_asian_desk_lines(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_wire_credit, "Pewarta: Fajar Nugroho Editor: Budi Santoso Copyright \xc2\xa9 ANTARA 2025"));
    assert_false(line_hits(pa_line_wire_credit, "Pewarta foto itu mengatakan kamera miliknya rusak saat meliput banjir."));
    assert_true(line_hits(pa_line_reprint_notice,
                          "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di "
                          "situs web ini tanpa izin tertulis dari Kantor Berita Nusantara."));
    assert_false(line_hits(pa_line_reprint_notice,
                           "Warga mengambil konten video dari media sosial untuk dijadikan bahan laporan ke polisi."));
    /* copying or crawling without written leave told in a story, no ban: text */
    assert_false(line_hits(pa_line_reprint_notice, "Polisi menyebut tersangka menyalin data ribuan nasabah tanpa izin tertulis "
                                                   "dari bank sebelum menjualnya di forum daring."));
    assert_false(line_hits(pa_line_reprint_notice, "The lawsuit says the startup's crawling of the newspaper's archive without "
                                                   "written permission cost the paper millions of dollars in licensing fees."));
    static const char *const signed_lines[] = {"\xe2\x80\x94Jamil Reyes/KBK, Example Integrated News",
                                               "\xe2\x80\x94NB, Example News Online",
                                               "\xe2\x80\x94Ulat ni Jhoanna Dela Cruz/KG, Balitang Pilipinas Online"};
    for (size_t i = 0; i < sizeof signed_lines / sizeof signed_lines[0]; i++)
        assert_int_equal(pa_line_writer_note(signed_lines[i], strlen(signed_lines[i])), PA_WRITER_SIGN_OFF);
    /* the picture's label alone under it, and the read-also label ("ภาพ", "Ảnh", "Xem thêm") */
    assert_true(line_hits(pa_line_furniture, "ภาพ"));
    assert_true(line_hits(pa_line_furniture, "Ảnh"));
    assert_true(line_hits(pa_line_furniture, "Xem thêm"));
    assert_false(line_hits(pa_line_furniture, "ภาพถ่ายดาวเทียมแสดงจุดความร้อนกว่า 900 จุดในอำเภอแม่แจ่ม"));
    const char *said = "\xe2\x80\x94The mayor, who spoke to reporters, said the road would reopen.";
    assert_int_not_equal(pa_line_writer_note(said, strlen(said)), PA_WRITER_SIGN_OFF);
    /* an organisation's attribution closing a quote at the story's end: no desk's initials without "News" */
    const char *quoted = "\xe2\x80\x94NAACP, Millbrook Branch";
    assert_int_not_equal(pa_line_writer_note(quoted, strlen(quoted)), PA_WRITER_SIGN_OFF);
}

/* Korean and Japanese furniture lines: the rights lines (무단전재 … 금지,
 * 無断転載 … 禁) and the reporter's line with or without the e-mail; a
 * sentence that names a reporter or discusses reprinting is text. */
static void korean_japanese_credit_lines(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_reprint_notice, "저작권자 © 해림일보 무단전재 및 재배포 금지"));
    assert_true(line_hits(pa_line_reprint_notice, "<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>"));
    assert_true(line_hits(pa_line_reprint_notice, "해림대교 관련 자료사진 [해림방송 제공. 재판매 및 DB 금지]"));
    assert_true(line_hits(pa_line_reprint_notice, "このホームページに掲載の記事・写真の無断転載を禁じます。"));
    assert_false(line_hits(pa_line_reprint_notice, "법원은 기사를 무단 전재한 업체에 배상을 명령했다."));
    /* a story's sentence about a ban on reprinting goes on past the ban */
    assert_false(line_hits(pa_line_reprint_notice, "개정안에 따르면 웹툰의 무단전재와 재배포를 금지하고, 이를 어긴 운영자에게는 "
                                                   "최대 5년의 징역형을 부과한다."));
    assert_false(line_hits(pa_line_reprint_notice, "改正案は、出版物の無断転載を禁止し、違反したサイト運営者に最大で懲役5年の刑を科す。"));
    assert_true(line_hits(pa_line_reprint_notice, "Copyright © 해림일보. 무단전재 및 재배포 금지."));
    assert_true(line_hits(pa_line_reprint_notice, "北斗放送ニュースのウェブサイトに掲載している記事・画像の無断転載を禁止します。"));
    assert_true(line_hits(pa_line_desk_credit, "김하늘 기자 (sky@hbs.example.kr)"));
    assert_true(line_hits(pa_line_desk_credit, "최민재 기자 mjchoi@haerim.example.kr"));
    assert_true(line_hits(pa_line_desk_credit, "sky 기자(sky@hbs.example.kr)"));
    assert_true(line_hits(pa_line_desk_credit, "[김하늘 기자]"));
    assert_false(line_hits(pa_line_desk_credit, "(서울=한빛통신) 김서연 기자 = 지난달 반도체 수출이 늘었다."));
    assert_false(line_hits(pa_line_desk_credit, "김하늘 기자가 현장을 취재했다."));
    assert_true(line_hits(pa_line_furniture, "（北斗通信）"));
    assert_true(line_hits(pa_line_furniture, "［共同通信］"));
    assert_true(line_hits(pa_line_furniture, "（時事）"));
    assert_false(line_hits(pa_line_furniture, "（通信障害の影響で、一部の列車に遅れが出た）"));
    assert_false(line_hits(pa_line_furniture, "（了）"));
}

/* line_hits for text outside ASCII: the line's characters are counted as
 * the extractor counts its visible characters (extract.c visible_byte): the
 * code points (UTF-8 bytes that start one) but the ASCII white space; a
 * vowel sign is a code point of its own and counts. */
static int line_hits_utf8(int (*classify)(const pa_line *), const char *text)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    size_t chars = 0;
    for (const char *c = buf; *c; c++)
        chars += ((unsigned char)*c & 0xC0) != 0x80 && *c != ' ' && (*c < '\t' || *c > '\r');
    pa_line line;
    pa_line_init(&line, buf, chars);
    return classify(&line) != 0;
}

/* Japanese and Korean furniture labels: related-story labels, a release's
 * "以上", a caption label, the tags' label, a government page's PDF note
 * and feedback prompt, a player's error line, an agency's tip line; a
 * sentence that opens with the same words is text. */
static void japanese_korean_furniture_labels(void **state)
{
    (void)state;
    static const char *const furniture[] = {
        "関連記事", "［関連記事］", "관련기사", "관련 뉴스", "以上", "報道発表資料", "このページの情報は役に立ちましたか？",
        "이 기사를 추천합니다", "写真説明：潮見漁港の岸壁（(C)潮見新聞）", "この記事のタグ地域北斗県",
        "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。",
        "동영상 재생 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.", "제보는 카카오톡 hanbitjebo <앱설치>",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        assert_true(line_hits_utf8(pa_line_furniture, furniture[i]));
    assert_false(line_hits_utf8(pa_line_furniture, "以上の結果から、町は工事の時期を見直した。"));
    assert_false(line_hits_utf8(pa_line_furniture, "관련기사가 쏟아지자 구단은 해명에 나섰다."));
    assert_true(line_hits_utf8(pa_line_like_widget, "쏠쏠정보 0"));
    assert_true(line_hits_utf8(pa_line_like_widget, "후속강추 12"));
    assert_false(line_hits_utf8(pa_line_like_widget, "흥미진진 경기 끝에 해림 마린스가 이겼다."));
}

/* Two Japanese paragraphs after a related-links box inside the story, over
 * the wire's credit, are the story's end: each is a sentence (twenty
 * characters or more ending in "。"), no teaser's preview. */
static void cjk_sentences_after_related_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><meta charset=\"utf-8\"></head><body><div class=\"honbun\">"
        "<p>会議では、資源量の減少が続くサンマについて、科学委員会が過去最低の水準にあるとする報告を提出した。"
        "日本など沿岸国が大幅な削減を求めたのに対し、一部の国は小幅な削減にとどめるよう主張した。</p>"
        "<p>最終的には、全体の漁獲枠を１割減らしたうえで、２年後に資源の回復状況を検証する仕組みを設けることで折り合った。</p>"
        "<div class=\"kanren\"><span>［関連記事］</span><ul><li><a href=\"/a/1\">動物園にレッサーパンダの赤ちゃん</a></li>"
        "<li><a href=\"/a/2\">路線バス２路線、来年３月で廃止へ</a></li></ul></div>"
        "<p>日本政府代表団の団長は記者団に「すべての参加国が削減に同意したことの意味は大きい」と述べた。</p>"
        "<p>一方、国内の漁業関係者からは「１割では資源の回復には足りない」との声も上がっている。</p>"
        "</div><p>［北斗通信］</p></body></html>",
        &d);
    assert_non_null(strstr(t, "\xe5\x9b\xa3\xe9\x95\xb7"));                 /* 団長 */
    assert_non_null(strstr(t, "\xe6\xbc\x81\xe6\xa5\xad\xe9\x96\xa2\xe4\xbf\x82\xe8\x80\x85")); /* 漁業関係者 */
    assert_null(strstr(t, "\xe5\x8c\x97\xe6\x96\x97\xe9\x80\x9a\xe4\xbf\xa1\xef\xbc\xbd"));        /* 北斗通信］ */
    pa_doc_free(&d);
}

/* The date under the headline in the story's own <header> (inside <main> or
 * <article>, beside a category link, in a box named for no date) dates the
 * page, though strip() drops the header; a date in the site's header
 * outside the story does not. */
static void story_header_date(void **state)
{
    (void)state;
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    const char *page = "<html><body><main><header class=\"section-head\"><h1>Features to look for</h1>"
                       "<div class=\"foot\"><a href=\"/product\">Product</a><div class=\"text-xs\">January 5, 2026"
                       "</div></div></header><div class=\"rich\">" PARA("Body of the post.") PARA("More of it.")
                       "</div></main></body></html>";
    assert_int_equal(pa_extract(page, strlen(page), &o, &d, &err), PA_OK);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2026-01-05");
    assert_null(strstr(d.text, "January 5"));
    pa_doc_free(&d);
    const char *site = "<html><body><header class=\"top\"><h1>Example Daily</h1><div class=\"today\">January 5, 2026"
                       "</div></header><main><h2>Features to look for</h2>" PARA("Body of the post.")
                       PARA("More of it.") "</main></body></html>";
    assert_int_equal(pa_extract(site, strlen(site), &o, &d, &err), PA_OK);
    assert_null(d.published);
    pa_doc_free(&d);
}

static void metadata_sources(void **state)
{
    (void)state;
    const char *page =
        "<html lang=\"en\"><head><title>Plant opens - Example Corp Newsroom</title>"
        "<link rel=\"canonical\" href=\"/news/plant-opens\">"
        "<link rel=\"alternate\" hreflang=\"de\" href=\"https://example.com/de/news/plant-opens\">"
        "<meta property=\"og:site_name\" content=\"Example Corp\">"
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":"
        "\"2025-03-04T09:00:00+01:00\",\"author\":{\"name\":\"Jane Roe\"}}]}</script>"
        "<meta property=\"article:published_time\" content=\"2025-03-05\"></head><body>"
        "<article><h1>Plant opens</h1><p>Example Corp opened its new rolling plant today, with a capacity of "
        "300,000 tonnes a year, the company said in a statement.</p></article></body></html>";
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.url = "https://example.com/en/news/plant-opens?x=1"};
    assert_int_equal(pa_extract(page, strlen(page), &o, &d, &err), PA_OK);
    assert_string_equal(d.title, "Plant opens");
    assert_string_equal(d.published, "2025-03-04T09:00:00+01:00");
    assert_string_equal(d.date_source, "json-ld");
    assert_string_equal(d.author, "Jane Roe");
    assert_string_equal(d.sitename, "Example Corp");
    assert_string_equal(d.canonical, "https://example.com/news/plant-opens");
    assert_int_equal(d.n_alternates, 1);
    assert_string_equal(d.alternates[0].hreflang, "de");
    assert_string_equal(d.lang, "en");
    pa_doc_free(&d);
    /* A date after the fetch time is rejected. */
    const char *future = "<html><head><meta property=\"article:published_time\" content=\"2031-01-01\"></head>"
                         "<body><p>Some article text that is long enough, with commas, to be kept.</p></body></html>";
    pa_extract_opts fo = {.fetch_time = 1795000000};
    assert_int_equal(pa_extract(future, strlen(future), &fo, &d, &err), PA_OK);
    assert_null(d.published);
    pa_doc_free(&d);
}

/* An author given as a profile's address is no name: the next source's
 * name is taken. */
static void author_sources(void **state)
{
    (void)state;
    const char *page = "<html><head><meta name=\"author\" content=\"https://example.com/user/jane-roe\">"
                       "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"name\":\"Jane "
                       "Roe\"}}</script></head><body><article>" PARA("Body of the story.") "</article></body></html>";
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    assert_int_equal(pa_extract(page, strlen(page), &o, &d, &err), PA_OK);
    assert_non_null(d.author);
    assert_string_equal(d.author, "Jane Roe");
    pa_doc_free(&d);
}

/* A page whose metadata names no author: the byline over the story
 * ("By Jane Roe", "Posted by Jane Roe", "Written by Jane Roe", "Author:
 * Jane Roe") gives the author field the person it names, without a job
 * title, and leaves the text; a desk ("Our Foreign Staff") names no one. */
static void author_from_byline(void **state)
{
    (void)state;
    static const struct {
        const char *line, *author;
    } cases[] = {
        {"By Jane Roe", "Jane Roe"},           {"Posted by Jane Roe", "Jane Roe"},
        {"Written by Jane Roe", "Jane Roe"},   {"Author: Jane Roe", "Jane Roe"},
        {"by: Chief Meteorologist Tom Smith", "Tom Smith"}, {"By Our Foreign Staff", NULL},
        /* one list of byline labels (pa_byline_label); a no-break space after "By", a direction mark after
         * the name, capitals glued to the agency's name */
        {"Reporting by Jane Roe", "Jane Roe"}, {"By\xc2\xa0Jane Roe\xe2\x80\x8e", "Jane Roe"},
        {"By MARK SHERMANAssociated Press", "MARK SHERMAN"},
        /* the byline with the day run in: a date line that names the writer */
        {"By Jane Roe published March 04, 2021", "Jane Roe"}, {"By Jane Roe on March 1, 2021", "Jane Roe"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><article><h1>Smelter opens</h1><p>%s</p>" PARA("Body of the story.")
                 PARA("More of the story.") "</article></body></html>", cases[i].line);
        pa_doc d;
        const char *t = text_of(page, &d);
        int ok = cases[i].author ? d.author && !strcmp(d.author, cases[i].author) : !d.author;
        if (!ok || strstr(t, cases[i].line))
            fail_msg("\"%s\": author %s, line %s", cases[i].line, d.author ? d.author : "(none)",
                     strstr(t, cases[i].line) ? "kept" : "gone");
        pa_doc_free(&d);
    }
}

/* The one list of agencies: kinds by name in any case, a short name that is
 * also a word read in capitals only, names at the end of a credit; a wire
 * alone above the story ("PAP") is its byline, gone from the text. */
static void agency_list(void **state)
{
    (void)state;
    assert_true(pa_agency_kind("REUTERS", 7) & PA_AGENCY_WIRE);
    assert_true(pa_agency_kind("The Canadian Press", 18) & PA_AGENCY_WIRE);
    assert_true(pa_agency_kind("Getty Images", 12) & PA_AGENCY_PICTURE);
    assert_true(pa_agency_kind("app", 3) & PA_AGENCY_CAPS);
    assert_int_equal(pa_agency_kind("Reuter", 6), 0);
    assert_true(pa_agency_at_end("a man walks past. photo: jane doe/afp", 37, PA_AGENCY_WIRE));
    assert_true(pa_agency_at_end("students at the rally via getty images", 38, PA_AGENCY_PICTURE));
    assert_false(pa_agency_at_end("download our app", 16, PA_AGENCY_WIRE)); /* "APP" in capitals only */
    assert_false(pa_agency_at_end("the mishap", 10, PA_AGENCY_WIRE));        /* "ap" at a word's start only */
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Sejm passes budget</h1><p>PAP</p>" PARA("The story starts here.")
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "PAP"));
    pa_doc_free(&d);
}

/* A deck with no class on a flat page, repeating the page's description
 * between the headline and the byline, leaves the text (a description cut
 * with "..." too); the story's first paragraph given as the description
 * stays, under the byline or with only a date under it. */
static void deck_repeating_description(void **state)
{
    (void)state;
    static const char deck[] = "A state audit found that the agency paid millions for software it never used.";
    static const struct {
        const char *desc, *head, *after;
        int gone;
    } cases[] = {
        {deck, "", "<p>By Robert Haines</p><p>March 17, 2021</p>", 1},
        {"A state audit found that the agency paid millions for software...", "", "<p>March 17, 2021</p><p>By Robert Haines</p>", 1},
        {deck, "<p>By Robert Haines</p>", "", 0},
        {deck, "", "<p>March 17, 2021</p>", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head><meta name=\"description\" content=\"%s\"></head><body><div>"
                 "<h1>Audit: DOT paid $4.7M for unused software</h1>%s<p>%s</p>%s" PARA("The story starts here.")
                 PARA("The story ends.") "</div></body></html>", cases[i].desc, cases[i].head, deck, cases[i].after);
        pa_doc d;
        const char *t = text_of(page, &d);
        if ((strstr(t, "A state audit") == NULL) != cases[i].gone)
            fail_msg("case %zu: deck %s", i, cases[i].gone ? "kept" : "gone");
        pa_doc_free(&d);
    }
    /* a kicker or two kept above the headline ("Premium", the section's name) leave the deck a deck; a
     * sentence above it is the story's */
    static const char *const above[] = {"<p>Premium</p><p>HEALTH</p>", "<p>Note: the audit covers 2019 to 2021.</p>"};
    for (int k = 0; k < 2; k++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head><meta name=\"description\" content=\"%s\"></head><body><div>%s"
                 "<h1>Audit: DOT paid $4.7M for unused software</h1><p>%s</p><p>By Robert Haines</p>"
                 PARA("The story starts here.") PARA("The story ends.") "</div></body></html>", deck, above[k], deck);
        pa_doc d;
        const char *t = text_of(page, &d);
        if ((strstr(t, "A state audit") == NULL) != !k)
            fail_msg("deck under %s: %.80s", above[k], t);
        pa_doc_free(&d);
    }
    /* the deck as a list of points whose first is the description, over the byline: the list goes; the
     * same list under the byline is the story's */
    for (int under = 0; under < 2; under++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head><meta name=\"description\" content=\"Plant pushed back by at "
                 "least 18 months\"></head><body><div><h1>Chipmaker delays new factory</h1>%s<ul><li>Plant pushed "
                 "back by at least 18 months</li><li>AI chip spending kept</li></ul>%s" PARA("The story starts here.") PARA("The story ends.")
                 "</div></body></html>", under ? "<p>By Jane Doe</p>" : "", under ? "" : "<p>By Jane Doe</p>");
        pa_doc d;
        const char *t = text_of(page, &d);
        if ((strstr(t, "Plant pushed") == NULL) == under || (strstr(t, "AI chip") == NULL) == under)
            fail_msg("list deck %s the byline: %.80s", under ? "under" : "over", t);
        pa_doc_free(&d);
    }
    /* the description word for word under a summary's label, below the byline: the deck in a box, both go;
     * under another heading it is the story's first paragraph */
    static const char *const labels[] = {"Synopsis", "Background"};
    for (int k = 0; k < 2; k++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><head><meta name=\"description\" content=\"%s\"></head><body><div>"
                 "<h1>Audit: DOT paid $4.7M for unused software</h1><p>By Robert Haines</p><h2>%s</h2><p>%s</p>"
                 PARA("The story starts here.") PARA("The story ends.") "</div></body></html>", deck, labels[k], deck);
        pa_doc d;
        const char *t = text_of(page, &d);
        if ((strstr(t, "A state audit") == NULL) != !k || (strstr(t, labels[k]) == NULL) != !k)
            fail_msg("deck under %s: %.80s", labels[k], t);
        pa_doc_free(&d);
    }
}

/* A page with no title of its own ("Untitled Page", "Press Release", none)
 * and no og:title or <h1>: the bold line opening the text is its headline
 * (the title field, not text), the line in italics under it its deck (gone);
 * under a title of its own the bold line stays in the text.  With no such
 * line, an <h2> named for a title ("entry-title") is the title field's. */
static void bold_headline_under_generic_title(void **state)
{
    (void)state;
    static const char body[] = "<body><div><p><strong><span>Lakewood receives grant for water mains</span></strong></p>"
                               "<p><em>Work to start in the spring</em></p>" PARA("The story starts here.")
                               PARA("The story ends.") "</div></body></html>";
    static const char *const heads[] = {"<html><head><title>Untitled Page</title></head>",
                                        "<html><head><title>Press Release</title></head>", "<html><head></head>",
                                        "<html><head><title>City news: grants and budgets</title></head>"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "%s%s", heads[i], body);
        pa_doc d;
        const char *t = text_of(page, &d);
        int generic = i < 3;
        int title_ok = !generic || (d.title && !strcmp(d.title, "Lakewood receives grant for water mains"));
        if (!title_ok || (strstr(t, "Lakewood receives") != NULL) == generic ||
            (strstr(t, "Work to start") != NULL) == generic)
            fail_msg("case %zu: title %s, text %.60s", i, d.title ? d.title : "(none)", t);
        pa_doc_free(&d);
    }
    /* the headline in an <h2> named for it beside the story's block: the title field's */
    pa_doc d;
    text_of("<html><head><title>Untitled Page</title></head><body><div id=\"content\"><div class=\"post\"><h2 cla"
        "ss=\"title\">Selectmen send town hall renovation to voters</h2><div class=\"postmeta\">Posted on Mar"
        "ch 23, 2021 by <a href=\"/author/editor\">editor</a></div><div class=\"entry\"><p>The Board of Selec"
        "tmen voted 4-1 on Monday night to put a $3.2 million renovation of the town hall before voters.</p><"
        "p>The plan would replace the building's heating system, add an elevator and bring the second floor i"
        "nto line with the fire code.</p></div><div class=\"postfoot\">Filed under <a href=\"/cat/local\">Loc"
        "al News</a> | <a href=\"#respond\">Leave a comment</a></div></div></div><div id=\"sidebar\"><h3>Rece"
        "nt Posts</h3><ul><li><a href=\"/p/1\">Library extends weekend hours</a></li><li><a href=\"/p/2\">Roa"
        "d work begins Monday</a></li></ul></div></body></html>", &d);
    assert_non_null(d.title);
    assert_string_equal(d.title, "Selectmen send town hall renovation to voters");
    pa_doc_free(&d);
}

/* Drop caps: the letter and a lead-in in capitals make one word ("WHEN
 * the", "ON A WARM", "IN 1998"), a drop cap set as a picture gives its alt letter
 * ("When"), the word set for screen readers beside a drop cap hidden from
 * them stays ("When the"); a fact check's "THE SOURCES" over its list of
 * linked sources is the story's. */
static void drop_caps_and_sources(void **state)
{
    (void)state;
    static const struct {
        const char *para, *want;
    } cases[] = {
        {"<p><span class=\"dropcap\">W</span><strong>HEN</strong> the council met on Tuesday, the budget came first "
         "and it grew by a million dollars since spring.</p>", "WHEN the council met"},
        {"<p><span class=\"dropcap\" aria-hidden=\"true\">W</span><span class=\"visually-hidden\">When</span>"
         "<span aria-hidden=\"true\">hen</span> the council met on Tuesday, the budget came first and it grew by a "
         "million dollars since spring.</p>", "When the council met"},
        /* a two-letter first word: the drop cap, then its second letter opening the lead-in in capitals */
        {"<p><span class=\"dropcap\">O</span><span class=\"lead-in\">N A WARM night</span> in April, the council "
         "met on Tuesday and the budget came first.</p>", "ON A WARM night"},
        /* the lead-in going on with a year: "I" + "N 1998, THE" */
        {"<p><span class=\"dropcap\">I</span><span class=\"lead-in\">N 1998, THE council</span> met on Tuesday and "
         "the budget came first.</p>", "IN 1998, THE council"},
        /* the drop cap as a picture of its letter */
        {"<p><img class=\"dropcap-img\" src=\"/initials/w.png\" alt=\"W\">hen the council met on Tuesday, the "
         "budget came first and it grew by a million dollars since spring.</p>", "When the council met"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><article><h1>Fire station budget grows</h1>%s" PARA("More of the story.")
                 PARA("The story ends.") "</article></body></html>", cases[i].para);
        pa_doc d;
        const char *t = text_of(page, &d);
        if (strncmp(t, cases[i].want, strlen(cases[i].want)) != 0)
            fail_msg("case %zu: %.40s", i, t);
        pa_doc_free(&d);
    }
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>VERIFY: No, the payment is not taxable</h1>"
                            PARA("The story starts here.") "<h3>THE SOURCES</h3><ul><li><a href=\"/a\">Internal Revenue "
                            "Service</a></li><li><a href=\"/b\">The American Rescue Plan Act</a></li></ul>"
                            "<h3>WHAT WE FOUND</h3>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "THE SOURCES"));
    assert_non_null(strstr(t, "Internal Revenue Service"));
    pa_doc_free(&d);
}

/* The story's lines that look like furniture: "and/or" alone (no desk's
 * initials), "Powered by Wind" as a subheading (no widget's credit); the
 * gallery teaser's "Next Gallery" label goes. */
static void story_lines_like_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>A tiny island runs on wind</h1>" PARA("The story starts here.")
                            "<h2>Powered by Wind</h2>" PARA("The turbine makes most of the power.")
                            "<p>A household may connect panels if:</p><ul><li>it installs a meter</li><li>and/or</li>"
                            "<li>it lets the operator limit its output</li></ul>" PARA("The story ends.")
                            "<p>Next Gallery</p></article></body></html>", &d);
    assert_non_null(strstr(t, "Powered by Wind"));
    assert_non_null(strstr(t, "and/or"));
    assert_null(strstr(t, "Next Gallery"));
    pa_doc_free(&d);
}

/* A brief of one paragraph (under 300 characters) above a kept heading
 * naming other stories ("More Local News") over linked headlines, each with
 * its preview: the teasers go, the brief stays; so do the comments under a
 * heading counting them ("Comments (3)") after a brief's sentences. */
static void brief_over_more_news(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><body><div id=\"page\"><div id=\"col1\"><h1>Library to host free tax-help clinic</h1><p>The Westfield "
        "Public Library will host a free tax-help clinic on Saturday from 10 a.m. to 2 p.m. Volunteers will help "
        "residents file their returns.</p></div><div id=\"col2\"><h2>More Local News</h2>"
        "<div><h4><a href=\"/1\">City council approves new parking rules downtown</a></h4><p>The council voted 6-1 on "
        "Monday to extend meter hours to 8 p.m. on weekdays and add new loading zones on Main Street.</p></div>"
        "<div><h4><a href=\"/2\">School district names new superintendent</a></h4><p>The board chose Dr. Angela Ruiz, "
        "who has led a district in Ohio for six years, after a national search that drew 40 applicants.</p></div>"
        "<div><h4><a href=\"/3\">Farmers market to open earlier this year</a></h4><p>Vendors will set up on the town "
        "green starting the first Saturday in May, two weeks earlier than last year, organizers said.</p></div>"
        "</div></div></body></html>", &d);
    assert_non_null(strstr(t, "tax-help clinic on Saturday"));
    assert_null(strstr(t, "More Local News"));
    assert_null(strstr(t, "superintendent"));
    pa_doc_free(&d);
    /* a story's own section under "Other …" with plain subheadings, each over its paragraph (review) */
    t = text_of("<html><body><article><h1>Voters approve school bond</h1><p>Voters approved the school bond on "
                "Tuesday by a wide margin, clearing the way for two new elementary schools and a renovated high school "
                "gym, the county elections office said.</p><h2>Other measures on "
                "the ballot</h2><h3>Parks levy</h3><p>The parks levy passed with 58 percent of the vote, according to "
                "unofficial results posted late Tuesday.</p><h3>Fire district</h3><p>A measure to merge two fire "
                "districts failed narrowly, with 49 percent in favor.</p><h3>Library hours</h3><p>Voters approved "
                "extending library hours on weekends, a measure backed by the council.</p></article></body></html>",
                &d);
    assert_non_null(strstr(t, "The parks levy passed"));
    assert_non_null(strstr(t, "merge two fire districts"));
    assert_non_null(strstr(t, "extending library hours"));
    pa_doc_free(&d);
    /* a brief's own section under "Comments" alone: the public's comments on a plan, not readers' (review) */
    t = text_of("<html><body><article><h1>County seeks input on landfill plan</h1><p>The county will hold two "
                "hearings on the landfill expansion plan this month, officials said on Monday, and residents may "
                "also write to the planning office.</p><h2>Comments</h2><p>The public may submit comments on the plan "
                "until June 1, and the planning board will answer them in its final report.</p></article></body></html>",
                &d);
    assert_non_null(strstr(t, "until June 1"));
    pa_doc_free(&d);
    /* a brief over its comments under a heading with their count, in blocks not named for comments */
    static const char *const heads[] = {"Comments (3)", "Reader Discussion (3)", "3 Comments"};
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><div class=\"wrap\"><div class=\"article\"><h1>Route 9 closed Thursday</h1><p>Route 9 "
                 "will be closed between Elm Street and Park Avenue on Thursday for bridge repairs, the state said. "
                 "Detours will be posted.</p></div><div class=\"reader-discussion\"><h3>%s</h3>%s%s%s</div></div>"
                 "</body></html>", heads[i],
                 PARA("About time they fixed that bridge, it has been falling apart for years now."),
                 PARA("Why do they always do this on a weekday when half the town uses the road?"),
                 PARA("Does anyone know if the bike path under the bridge will stay open?"));
        t = text_of(page, &d);
        if (!strstr(t, "Detours will be posted.") || strstr(t, "About time") || strstr(t, heads[i]))
            fail_msg("\"%s\": %.80s", heads[i], t);
        pa_doc_free(&d);
    }
}

/* The stated writer's note after the story with a desk's job title ("Jane
 * Roe is tech editor at …") goes when the byline with its day named her. */
static void desk_title_bio_after_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Battery charges fast</h1><p>By Jane Roe on March 1, 2021</p>"
        PARA("Body of the story.") PARA("More of the story.") PARA("Last of the story.")
        "<section><p><b>Jane Roe</b> is tech editor at Example Science. She runs the daily technology news "
        "coverage.</p></section></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Last of the story."));
    assert_null(strstr(t, "tech editor"));
    pa_doc_free(&d);
}

/* The line (under 1,900 bytes) as the last paragraph under a two-paragraph
 * story leaves the text: its first 30 bytes are not in it. */
static void expect_line_gone_after_story(const char *line)
{
    char page[2048];
    pa_doc d;
    snprintf(page, sizeof page, "<html><body><article>%s%s<p>%s</p></article></body></html>",
             PARA("The story starts here."), PARA("The story ends."), line);
    const char *t = text_of(page, &d);
    char head[40];
    snprintf(head, sizeof head, "%.30s", line);
    if (strstr(t, head))
        fprintf(stderr, "kept: %s\n", line);
    assert_null(strstr(t, head));
    pa_doc_free(&d);
}

/* The page's date and where it came from (a NULL `published`: no date). */
static void expect_date(const char *html, const char *published, const char *source)
{
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    assert_int_equal(pa_extract(html, strlen(html), &o, &d, &err), PA_OK);
    if (!published) {
        assert_null(d.published);
    } else {
        if (!d.published || strcmp(d.published, published) != 0 || strcmp(d.date_source, source) != 0)
            fprintf(stderr, "want %s (%s), got %s (%s)\n", published, source, d.published ? d.published : "-",
                    d.date_source ? d.date_source : "-");
        assert_non_null(d.published);
        assert_string_equal(d.published, published);
        assert_string_equal(d.date_source, source);
    }
    pa_doc_free(&d);
}

/* Metadata rules: JSON-LD wrapped in CDATA or not valid JSON; meta dates
 * of unstated kind and of the last change; citation dates. */
static void metadata_rules(void **state)
{
    (void)state;
    expect_date("<html><head><meta property=\"article:published_time\" content=\"2015-12-11\">"
                "<script type=\"application/ld+json\">\n<![CDATA[\n{\"@type\":\"NewsArticle\","
                "\"datePublished\":\"2015-10-15T02:19:15Z\"}\n]]>\n</script></head><body><article>"
                PARA("Body of the story.") "</article></body></html>",
                "2015-10-15T02:19:15+00:00", "json-ld");
    expect_date("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                "\"datePublished\" : \"2019-04-02\", }</script></head><body><article>"
                PARA("Body of the story.") "</article></body></html>",
                "2019-04-02", "json-ld");
    /* a time zone does not move the publisher's calendar day */
    expect_date("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                "\"2025-03-01T23:30:00-05:00\"}</script></head><body><article>" PARA("Body of the story.")
                "</article></body></html>",
                "2025-03-01T23:30:00-05:00", "json-ld");
    /* a generic "DC.date" on the day of og:updated_time is the last change:
     * the <time> beats it; a modified time alone is the date of last resort */
    expect_date("<html><head><meta property=\"og:updated_time\" content=\"2024-07-05T14:20:08-04:00\">"
                "<meta name=\"DC.date\" content=\"2024-07-05T14:20:08Z\"></head><body><article>"
                "<time datetime=\"2024-03-01 05:00:00\">March 1, 2024</time>"
                PARA("Body of the story.") "</article></body></html>",
                "2024-03-01T05:00:00+00:00", "time");
    expect_date("<html><head><meta property=\"article:modified_time\" content=\"2025-01-02\">"
                "<meta name=\"citation_publication_date\" content=\"not a date\"></head><body><article>"
                PARA("Body of the story.") "</article></body></html>",
                "2025-01-02", "meta-modified");
    expect_date("<html><head><meta name=\"citation_publication_date\" content=\"2023 Jan 7\"></head><body>"
                "<article>" PARA("Body of the paper.") "</article></body></html>",
                "2023-01-07", "meta");
    /* the <html lang> is read (an attribute no longer hides the element):
     * English puts the month first in 3/4/2025 */
    expect_date("<html lang=\"en\"><body><article><div class=\"author\"><strong><a href=\"/a\">Yucy</a></strong>"
                "<span class=\"time\">3/4/2025</span></div>" PARA("Body of the post.") "</article></body></html>",
                "2025-03-04", "text");
    /* ... but not on a Russian page left at the template's lang="en" */
    expect_date("<html lang=\"en\"><head><title>\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 "
                "\xD0\xB4\xD0\xBD\xD1\x8F</title></head><body><article><p class=\"date\">05/01/2012</p>"
                PARA("Body of the post.") "</article></body></html>",
                "2012-01-05", "text");
    /* a byline in an "entry-header" (stripped as boilerplate), its date in
     * an inline element with an icon: found by its class before stripping */
    expect_date("<html lang=\"en\"><body><article><div class=\"entry-header\"><h1>Desk converters</h1>"
                "<p class=\"post-meta\"><span class=\"author\">Ryan Bald</span> <span class=\"date\"><i "
                "class=\"far fa-clock\"></i> 02 Feb 2026 </span></p></div>" PARA("Body of the post.")
                "</article><div class=\"comments\"><span class=\"date\">November 22, 2021</span></div></body></html>",
                "2026-02-02", "text");
    /* a date line in an inline element with an icon, outside the article */
    expect_date("<html lang=\"en\"><body><article><h1>A title here</h1>" PARA("Body of the post.") "</article>"
                "<div class=\"x\"><span><i class=\"icon\"></i> 02 Feb 2026</span><div><a href=\"/a\">Link</a>"
                "</div></div></body></html>",
                "2026-02-02", "text");
    /* a <time> in the article beats one in the site's menu; a <time> of the
     * last change is not the publication; words of two blocks stay apart */
    expect_date("<html><body><header><div class=\"menu\"><time datetime=\"2025-01-31T12:00:00Z\">01/31/2025</time>"
                "</div></header><article><div class=\"node__meta\"><time datetime=\"2017-03-01T12:00:00Z\">03/01/2017"
                "</time></div>" PARA("Body of the post.") "</article></body></html>",
                "2017-03-01T12:00:00+00:00", "time");
    expect_date("<html><body><article><div class=\"node__meta\"><div class=\"field--name-changed\"><time "
                "datetime=\"2026-02-12T14:36:23-05:00\">February 12, 2026</time></div></div>" PARA("Body of the post.")
                "</article></body></html>",
                "2026-02-12T14:36:23-05:00", "meta-modified");
    expect_date("<html lang=\"en\"><body><div class=\"resource-head\"><div class=\"resource-author-details\"><p>Luke "
                "Kim</p><small>December 17, 2025</small></div></div><article>" PARA("Body of the post.")
                "</article></body></html>",
                "2025-12-17", "text");
    expect_date("<html lang=\"en\"><body><div class=\"byline-head\"><div>Updated <span class=\"author_nowrap\">Feb. "
                "27, 2025</span></div></div><article>" PARA("Body of the post.") "</article></body></html>",
                "2025-02-27", "text-updated");
}

/* Visible date lines inside a short block: a byline paragraph whose
 * date sits in an inline child is tried child by child; a list item or a
 * heading holding a date is a teaser of another page, not tried. */
static void nested_date_lines(void **state)
{
    (void)state;
    expect_date("<html lang=\"en\"><body><article><h1>Free lounge</h1><p class=\"np\"><span><a href=\"/a\">Ian "
                "Vandaelle</a></span> <span>Jan 11, 2012 \xE2\x80\x93 8:35 PM ET</span></p>" PARA("Body of the story.")
                "</article></body></html>",
                "2012-01-11", "text");
    expect_date("<html lang=\"en\"><body><article><h1>Free lounge</h1>" PARA("Body of the story.") "</article>"
                "<div class=\"x\"><ul><li><h3><a href=\"/b\">Another story here</a> <span>29/12/2011 7:29</span></h3>"
                "</li></ul></div></body></html>",
                NULL, NULL);
    /* an element named for the byline: the author's name beside the date */
    expect_date("<html lang=\"en\"><body><article><h1>Free lounge</h1><div class=\"byline\">Jonathan Carson "
                "January 17, 2012</div>" PARA("Body of the story.") "</article></body></html>",
                "2012-01-17", "text");
    /* the day's date in the site's header, before any h1, is not the page's;
     * a Blogger "date-header" is no site header */
    expect_date("<html lang=\"en\"><body><div id=\"header\"><div id=\"date-now\">Tuesday, 17 January 2012</div></div>"
                "<article><h1>Free lounge</h1>" PARA("Body of the story.") "</article></body></html>",
                NULL, NULL);
    expect_date("<html lang=\"en\"><body><div class=\"main-inner\"><h2 class=\"date-header\"><span>06 December 2016"
                "</span></h2><div class=\"post\"><h3>Saving data</h3>" PARA("Body of the post.") "</div></div></body></html>",
                "2016-12-06", "text");
    /* the headline run into its date line ("<b>Headline</b> 20 December
     * 2025"): the date is the page's, the line is not text */
    {
        const char *run = "<html lang=\"en\"><head><title>Advent of Code week two</title></head><body><div "
                          "class=\"post\"><b>Advent of Code week two</b> 20 December 2025" PARA("Body of the post.")
                          PARA("More of it.") "</div></body></html>";
        pa_doc d;
        pa_err err;
        pa_extract_opts o = {.fetch_time = 1795000000};
        assert_int_equal(pa_extract(run, strlen(run), &o, &d, &err), PA_OK);
        assert_non_null(d.published);
        assert_string_equal(d.published, "2025-12-20");
        assert_null(strstr(d.text, "December"));
        pa_doc_free(&d);
    }
    /* no date on the page, none in the address fetched: the canonical URL's */
    expect_date("<html><head><link rel=\"canonical\" href=\"https://example.com/2012/01/10/free-lounge/\"></head>"
                "<body><article><h1>Free lounge</h1>" PARA("Body of the story.") "</article></body></html>",
                "2012-01-10", "url");
}

/* Kicker lines above the headline: one or two short labels (a section,
 * "Premium", a breadcrumb, a time) that stand over the title are the page's
 * furniture; a sentence above it (an intro) stays. */
static void kicker_above_headline(void **state)
{
    (void)state;
    pa_doc d;
    const char *one = "<html><head><title>What fasting really does for your body</title></head><body><article>"
                      "<p>Premium</p><h1>What fasting really does for your body</h1>" PARA("Fasting is old.")
                      PARA("It is new again.") "</article></body></html>";
    const char *t = text_of(one, &d);
    assert_null(strstr(t, "Premium"));
    assert_null(strstr(t, "What fasting really does")); /* the headline goes with its kicker */
    assert_non_null(strstr(t, "Fasting is old."));
    assert_int_equal(d.n_paragraphs, 2);
    pa_doc_free(&d);
    const char *two = "<html><head><title>Clinic opens a ward for children</title></head><body><article>"
                      "<div>Health news</div><div>14:02</div><h1>Clinic opens a ward for children</h1>"
                      PARA("The clinic opened.") PARA("It has ten beds.") "</article></body></html>";
    t = text_of(two, &d);
    assert_null(strstr(t, "Health news"));
    assert_null(strstr(t, "14:02"));
    assert_null(strstr(t, "Clinic opens a ward"));
    assert_non_null(strstr(t, "The clinic opened."));
    assert_int_equal(d.n_paragraphs, 2);
    pa_doc_free(&d);
    const char *intro = "<html><head><title>Clinic opens a ward for children</title></head><body><article>"
                        "<p>Every winter the wards fill up, and this year the town decided to do something.</p>"
                        "<h1>Clinic opens a ward for children</h1>" PARA("The clinic opened.")
                        PARA("It has ten beds.") "</article></body></html>";
    t = text_of(intro, &d);
    assert_non_null(strstr(t, "Every winter the wards fill up"));
    assert_non_null(strstr(t, "Clinic opens a ward")); /* under an intro sentence the headline stays */
    pa_doc_free(&d);
}

/* A date line in a list or table of the story, beside entries that are no
 * date lines, is an entry of its schedule (a notice's key dates, a bid's
 * table) and stays, as does a date under a field label of the story's
 * details ("When:"); a date alone in such a list, a date under a date
 * label ("Updated:"), a byline with its day in a post's meta list ("Jane
 * Doe | March 6, 2026") and the dated line above the story go as date lines. */
static void schedule_dates_kept(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>Posted: March 3, 2026</p>"
                       PARA("The district is requesting proposals from qualified contractors for its bus routes.")
                       "<ul><li>RFP issued: November 20, 2026</li><li>Mandatory pre-proposal conference at the "
                       "district office</li><li>Proposals due: January 13, 2027</li></ul>"
                       "<table><tr><td>Pre-bid meeting</td><td>At Town Hall, optional</td></tr>"
                       "<tr><td>Bid opening</td><td>January 7, 2027, 2:00 p.m.</td></tr></table>"
                       "<ul><li>Tuesday, March 24, 2026</li><li>Visitation at the chapel</li></ul>"
                       "<dl><dt>When:</dt><dd>Saturday, December 12, 2026</dd><dt>Where:</dt><dd>The Grange Hall</dd>"
                       "</dl>" PARA("The board may reject any and all proposals.")
                       "<div>Updated:</div><div>March 4, 2026 10:00</div>"
                       "<ul><li>Posted: March 5, 2026</li><li>Filed in the district's news</li></ul>"
                       "<ul><li>Jane Doe | March 6, 2026</li><li>Filed under Local</li></ul></article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "March 6, 2026"));
    assert_null(strstr(t, "March 4, 2026"));
    assert_null(strstr(t, "March 5, 2026"));
    assert_non_null(strstr(t, "When:\n\nSaturday, December 12, 2026"));
    assert_non_null(strstr(t, "RFP issued: November 20, 2026"));
    assert_non_null(strstr(t, "Bid opening January 7, 2027"));
    assert_null(strstr(t, "Posted: March 3"));
    assert_null(strstr(t, "Tuesday, March 24, 2026"));
    assert_non_null(strstr(t, "Visitation at the chapel"));
    pa_doc_free(&d);
    /* a payment schedule's rows open with their group's numbers, then the day: entries, kept */
    const char *pay = "<html><body><article>"
                      PARA("The ministry will pay the fertiliser subsidy to registered farmers from next week.")
                      "<table><tr><td>Last digit of ID</td><td>Payment date</td></tr>"
                      "<tr><td>0 or 2</td><td>8 December 2025</td></tr><tr><td>4 or 6</td><td>9 December 2025</td></tr>"
                      "<tr><td>8</td><td>10 December 2025</td></tr></table>"
                      PARA("Farmers can check the status of their payment online, the ministry said.")
                      "</article></body></html>";
    t = text_of(pay, &d);
    assert_non_null(strstr(t, "0 or 2 8 December 2025"));
    assert_non_null(strstr(t, "8 10 December 2025"));
    pa_doc_free(&d);
    /* a numbered post's byline row in a table under the story is no entry: read without its number */
    const char *numbered = "<html><body><article>"
                           PARA("The council met again on the issue and members spoke at length about the budget.")
                           PARA("Residents asked questions about the roads and the schools, and the mayor answered.")
                           "<table><tr><td>Opening of the new road</td><td>March 3, 2026</td></tr>"
                           "<tr><td>1 Jane Doe March 5, 2026</td></tr>"
                           "<tr><td>Public meeting on the school plan</td><td>March 9, 2026</td></tr></table>"
                           "</article></body></html>";
    t = text_of(numbered, &d);
    assert_null(strstr(t, "Jane Doe"));
    assert_non_null(strstr(t, "Opening of the new road March 3, 2026"));
    pa_doc_free(&d);
}

/* An obituary page's heading naming its subject, "Jane Doe Obituary" or
 * "Obituary for Jane Doe", is the headline again: it goes under the headline
 * (and its kicker lines) or alone; a story's later heading that names the word
 * stays. */
static void obituary_heading_is_headline(void **state)
{
    (void)state;
    pa_doc d;
    const char *under = "<html><head><title>Harold Eugene Lindqvist | Example Courier</title></head><body><article>"
                        "<h1>Harold Eugene Lindqvist</h1><div>Cedar Falls, Iowa</div>"
                        "<h2>Harold Eugene Lindqvist Obituary</h2>" PARA("Harold Eugene Lindqvist, 88, died Thursday.")
                        PARA("He was born on the family farm.") "</article></body></html>";
    const char *t = text_of(under, &d);
    assert_null(strstr(t, "Obituary"));
    assert_null(strstr(t, "Cedar Falls, Iowa"));
    assert_non_null(strstr(t, "Harold Eugene Lindqvist, 88, died"));
    pa_doc_free(&d);
    const char *alone = "<html><head><meta property=\"og:title\" content=\"Lan Thi Pham\"></head><body><article>"
                        "<h2>Obituary for Lan Thi Pham</h2>" PARA("Lan Thi Pham passed away on January 4.")
                        PARA("She opened a tailoring shop.") "<h3>An obituary of her own</h3>"
                        PARA("She wrote it herself, the family said.") "</article></body></html>";
    t = text_of(alone, &d);
    assert_null(strstr(t, "Obituary for"));
    assert_non_null(strstr(t, "Lan Thi Pham passed away"));
    assert_non_null(strstr(t, "An obituary of her own"));
    pa_doc_free(&d);
    const char *nick = "<html><head><title>Raymond \"Butch\" Albers</title></head><body><article>"
                       "<h1>Raymond \"Butch\" Albers</h1><h2>Obituary for Raymond Albers</h2>"
                       PARA("Raymond Albers, 79, of West Plains, died Tuesday.") PARA("He owned the feed store.")
                       "</article></body></html>";
    t = text_of(nick, &d);
    assert_null(strstr(t, "Obituary for"));
    assert_non_null(strstr(t, "Raymond Albers, 79"));
    pa_doc_free(&d);
}

/* The headline is the title field, not text: a headline line that opens the
 * text goes when it is the chosen title, also when the page states it only as
 * "<title>Headline | Site</title>" (no h1, no og:title). */
static void headline_is_title_not_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Clinic opens a ward for children | Town News</title></head><body>"
                       "<div class=\"story\"><p><b>Clinic opens a ward for children</b></p>"
                       PARA("The clinic opened its new ward on Monday.") PARA("It has ten beds.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_string_equal(d.title, "Clinic opens a ward for children");
    assert_null(strstr(t, "Clinic opens a ward"));
    assert_non_null(strstr(t, "The clinic opened its new ward"));
    pa_doc_free(&d);
}

/* The page's title. */
static void expect_title(const char *head, const char *body, const char *title)
{
    char html[2048];
    snprintf(html, sizeof html, "<html><head>%s</head><body>%s<article>%s</article></body></html>", head, body,
             PARA("Body of the story."));
    pa_doc d;
    pa_err err;
    pa_extract_opts o = {.fetch_time = 1795000000};
    assert_int_equal(pa_extract(html, strlen(html), &o, &d, &err), PA_OK);
    if (!d.title || strcmp(d.title, title) != 0)
        fprintf(stderr, "want title [%s], got [%s]\n", title, d.title ? d.title : "-");
    assert_non_null(d.title);
    assert_string_equal(d.title, title);
    pa_doc_free(&d);
}

/* Title rules: entities in JSON-LD, an og:title the <title> opens with, the site's name or a breadcrumb in an
 * h1, an og:title that holds more than the h1, the JSON-LD headline the
 * <title> repeats, keys in one property value, Dublin Core and Parse.ly
 * titles, a one-word h1 against the <title>, permalink marks. */
static void title_rules(void **state)
{
    (void)state;
    expect_title("<title>Movers &amp; more 2026 | Move.org</title><script type=\"application/ld+json\">"
                 "{\"@type\":\"Article\",\"headline\":\"Movers &#038; more 2026\"}</script>",
                 "", "Movers & more 2026");
    expect_title("<title>A brief intro to git \xE2\x80\xA2 Cory Dransfeldt</title>"
                 "<meta property=\"og:title\" content=\"A brief intro to git \xE2\x80\xA2 Cory Dransfeldt\">",
                 "<h1>Cory Dransfeldt</h1>", "A brief intro to git");
    expect_title("<meta property=\"og:title\" content=\"AlignMerge - Alignment-Preserving Large Language Model "
                 "Merging\">",
                 "<h1>Computer Science > Artificial Intelligence</h1><h1>Title:AlignMerge - Alignment-Preserving "
                 "Large Language Model Merging</h1>",
                 "Alignment-Preserving Large Language Model Merging");
    expect_title("<meta property=\"og:title\" content=\"Best Travel Insurance for Seniors in 2025\">",
                 "<h1>Best Travel Insurance for Seniors</h1>", "Best Travel Insurance for Seniors in 2025");
    expect_title("<meta property=\"og:title\" content=\"The Best Earbuds (of the 500 I Tested)\">"
                 "<script type=\"application/ld+json\">{\"headline\":\"The Best Earbuds\"}</script>",
                 "<h1>The Best Earbuds</h1>", "The Best Earbuds");
    expect_title("<meta property=\"og:title\" content=\"House Renovation Costs in the Bay Area\">",
                 "<h1>House Renovation Costs in the Bay Area: Room-by-Room Breakdown</h1>",
                 "House Renovation Costs in the Bay Area: Room-by-Room Breakdown");
    expect_title("<title>Is it really always the DNS? | APNIC Blog</title><script type=\"application/ld+json\">"
                 "{\"headline\":\"Is it really always the DNS? | APNIC Blog\"}</script>",
                 "", "Is it really always the DNS?");
    expect_title("<title>Top 10 cameras | The best mirrorless cameras \xE2\x80\x94 Myles Photography</title>"
                 "<script type=\"application/ld+json\">{\"headline\":\"Top 10 cameras | The best mirrorless "
                 "cameras\"}</script>",
                 "", "Top 10 cameras | The best mirrorless cameras");
    expect_title("<title>Title Element</title><meta property=\"og:description og:title\" content=\"A title\">", "",
                 "A title");
    expect_title("<title>Title Element</title><meta property=\"x:title dc:title\" content=\"My title\">",
                 "<h1>Test document title</h1>", "My title");
    expect_title("<meta name=\"parsely-title\" content=\"Some Other Title\">", "<h1>Test document title</h1>",
                 "Some Other Title");
    expect_title("<title>Base URL test</title>", "<h1>Lorem</h1>", "Base URL test");
    expect_title("<title>\xE6\xB5\xB7\xE5\xA4\x96\xE7\x95\x99\xE5\xAD\xA6\xE7\x94\x9F\xE7\x9C\x8B\xE4\xB8\xA4\xE4\xBC\x9A"
                 "_\xE6\x95\x99\xE8\x82\xB2_\xE9\x9D\x92\xE5\xB9\xB4\xE7\xBD\x91</title>",
                 "", "\xE6\xB5\xB7\xE5\xA4\x96\xE7\x95\x99\xE5\xAD\xA6\xE7\x94\x9F\xE7\x9C\x8B\xE4\xB8\xA4\xE4\xBC\x9A");
    expect_title("<title>Friday Facts #282 - 0.17 in sight | Factorio</title>", "", "Friday Facts #282 - 0.17 in sight");
    expect_title("<meta property=\"og:title\" content=\"Nintendo's first iPhone game\"><meta property=\"og:site_name\" "
                 "content=\"Nintendo's first iPhone game\">",
                 "<h1>msn back to msn home news</h1><h1>Nintendo's first iPhone game</h1>", "Nintendo's first iPhone game");
    expect_title("", "<h1>Evolve: Shared Mutable History\xC2\xB6</h1>", "Evolve: Shared Mutable History");
    /* a Markdown heading mark left in the declared title */
    expect_title("<meta property=\"og:title\" content=\"## Regolith Binding Agents for Martian Concrete - example.com\">",
                 "", "Regolith Binding Agents for Martian Concrete");
    expect_title("<title>#1 Dad mug review</title>", "", "#1 Dad mug review");
    /* a broadcaster's short name after a spaced colon; a French title's spaced colon stays */
    expect_title("<title>Small bookstores are having a good year : NPR</title>", "",
                 "Small bookstores are having a good year");
    expect_title("<title>Le budget de la ville : ce qui change en 2027</title>", "",
                 "Le budget de la ville : ce qui change en 2027");
    /* a numeral, a title's own closing word or a two-letter word stays */
    expect_title("<title>The second round of the budget talks : II</title>", "",
                 "The second round of the budget talks : II");
    expect_title("<title>What the new tax rules mean for renters : FAQ</title>", "",
                 "What the new tax rules mean for renters : FAQ");
    expect_title("<title>Why the dollar keeps rising against the euro : USA</title>", "",
                 "Why the dollar keeps rising against the euro : USA");
    expect_title("<title>Trade talks resume after the summer break : EU</title>", "",
                 "Trade talks resume after the summer break : EU");
    /* Chinese titles: "--Section--Site", "——Site" without spaces */
    expect_title("<title>\xE4\xB8\x96\xE7\x95\x8C\xE9\xA6\x96\xE4\xB8\xAA\xE6\x88\x8A\xE8\x82\x9D\xE7\x96\xAB"
                 "\xE8\x8B\x97--\xE7\xA7\x91\xE6\x8A\x80--\xE4\xBA\xBA\xE6\xB0\x91\xE7\xBD\x91</title>",
                 "", "\xE4\xB8\x96\xE7\x95\x8C\xE9\xA6\x96\xE4\xB8\xAA\xE6\x88\x8A\xE8\x82\x9D\xE7\x96\xAB"
                 "\xE8\x8B\x97");
    expect_title("<title>\xE5\x8C\x97\xE4\xBA\xAC\xE8\xA5\xBF\xE7\x9B\xB4\xE9\x97\xA8\xE5\x8F\x91\xE7\x94\x9F"
                 "\xE7\x81\xAB\xE7\x81\xBE\xE2\x80\x94\xE2\x80\x94\xE4\xB8\xAD\xE6\x96\xB0\xE7\xBD\x91</title>",
                 "", "\xE5\x8C\x97\xE4\xBA\xAC\xE8\xA5\xBF\xE7\x9B\xB4\xE9\x97\xA8\xE5\x8F\x91\xE7\x94\x9F"
                 "\xE7\x81\xAB\xE7\x81\xBE");
    /* an h1 of links is a menu */
    expect_title("<title>Why the raw juicing trend may not be all it is - Boing Boing</title>",
                 "<h1><a href=\"/f\">Features</a> <a href=\"/r\">Reviews</a> <a href=\"/v\">Video</a> <a "
                 "href=\"/s\">Science</a> <a href=\"/shop\">Shop</a></h1>",
                 "Why the raw juicing trend may not be all it is");
    /* a separator left where the template put no site name; " --Site" */
    expect_title("<meta property=\"og:title\" content=\" &raquo; Depression Care for Workers Improves Health  - Psych "
                 "Central News\">",
                 "<h1>Depression Care for Workers Improves Health</h1>", "Depression Care for Workers Improves Health");
    expect_title("<title>School-Based Clinics Feasible for Chronic Fatigue --Doctors Lounge</title>",
                 "<h1>School-Based Clinics Feasible for Chronic Fatigue</h1>",
                 "School-Based Clinics Feasible for Chronic Fatigue");
    /* the <title> repeats the whole og:title before the site: its " - " is the headline's own */
    expect_title("<title>Notice to Creditors - Estate of Harlan B. Dorr | Washita County, Oklahoma</title>"
                 "<meta property=\"og:title\" content=\"Notice to Creditors - Estate of Harlan B. Dorr\">",
                 "", "Notice to Creditors - Estate of Harlan B. Dorr");
    /* an h1 that is only a link to the front page is the site's logo */
    expect_title("<title>Conversations with a Cryptid - Chapter 1 | Boku no Hero [Archive of Our Own]</title>",
                 "<div id=\"header\"><h1 class=\"heading\"><a href=\"/\"><span>Archive of Our Own</span> "
                 "<sup>beta</sup><img alt=\"Archive of Our Own\" src=\"logo.png\"></a></h1></div>",
                 "Conversations with a Cryptid - Chapter 1");
    expect_title("<title>Doctors ordered out of gender-separated conference | JTA</title>",
                 "<h1><a href=\"https://www.example.org/\">JTA: The Global News Service of the Jewish People</a></h1>",
                 "Doctors ordered out of gender-separated conference");
    /* the declared title closes the h1 after a kicker: the kicker is no part of the headline */
    expect_title("<meta property=\"og:title\" content=\"Klatch Coffee | Shopify App Store\">",
                 "<h1><div class=\"kicker\">Get that tech stack</div> <span>Klatch Coffee</span></h1>", "Klatch Coffee");
    expect_title("<title>Breast care surgeon will start next month - Health - Isle Today</title>",
                 "<h1 class=\"mainHeadline\"><div class=\"sponsorPanel\"><span>Sponsored by</span> <a "
                 "href=\"http://ads.example.com/x\"><img alt=\"Bank\" src=\"b.png\"></a></div> Breast care surgeon "
                 "will start next month</h1>",
                 "Breast care surgeon will start next month");
    /* a place's or section's name as og:title closing the h1's own sentence is no headline: the h1 is */
    expect_title("<meta property=\"og:title\" content=\"Springfield | Daily Herald\">",
                 "<h1>Mayor resigns after council vote in Springfield</h1>",
                 "Mayor resigns after council vote in Springfield");
    expect_title("<meta property=\"og:title\" content=\"New York | Daily Herald\">",
                 "<h1>Record heat grips the state of New York</h1>", "Record heat grips the state of New York");
    expect_title("<meta property=\"og:title\" content=\"Springfield | Daily Herald\">",
                 "<h1>Storm damage spreads Springfield</h1>", "Storm damage spreads Springfield");
    /* a spaced colon before an all-capitals site name; a French colon before words stays */
    expect_title("<title>Small bookstores are having a surprisingly good year : NPA</title>", "",
                 "Small bookstores are having a surprisingly good year");
    expect_title("<title>Climat : les enjeux de la COP pour la France</title>", "",
                 "Climat : les enjeux de la COP pour la France");
    /* ... and under a longer closing part of sections too */
    expect_title("<title>Dike work - what changes for farmers - Regional news - Riverton Ledger - news, sport, "
                 "weather</title><meta property=\"og:title\" content=\"Dike work - what changes for farmers\">",
                 "", "Dike work - what changes for farmers");
}

/* Non-English comment sections (camelCase class words, Polish/Russian
 * names): a long reader comment does not win over the article. */
static void intl_comment_blocks(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div id=\"art\">" PARA("Artykul jeden.") PARA("Artykul dwa.")
                       "</div><div class=\"opOpinie\"><div class=\"opOpinia\"><div class=\"opTresc\">"
                       PARA("Opinia jeden, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o.") "</div></div></div>"
                       "<div class=\"komentarzWiersz\">" PARA("Komentarz dwa, a, b, c, d, e, f, g, h, i, j, k.")
                       "</div><div id=\"kommentarii\">" PARA("Kommentarii tri.") "</div><div class=\"comm\">"
                       PARA("Comm four, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o.") "</div>"
                       "<div class=\"articleCommBody\">" PARA("Comm body five, a, b, c, d, e, f, g, h, i, j, k.")
                       "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Artykul dwa."));
    assert_null(strstr(t, "Opinia jeden"));
    assert_null(strstr(t, "Komentarz dwa"));
    assert_null(strstr(t, "Kommentarii"));
    assert_null(strstr(t, "Comm four"));
    assert_null(strstr(t, "Comm body five"));
    pa_doc_free(&d);
}

/* An article set out with <br><br> and no <p> scores as several
 * paragraphs: it wins over a box holding one long comma-rich paragraph. */
static void br_separated_article(void **state)
{
    (void)state;
    pa_doc d;
#define BRSEG(x)                                                                                           \
    x " Zdanie drugie tego akapitu jest dosc dlugie i ma slowa, ktore go wydluzaja do konca. Trzecie zdanie "  \
      "mowi o tym samym innymi slowami, a czwarte konczy akapit, ktory ma juz ponad dwiescie znakow.<br><br>"
    const char *page = "<html><body><div id=\"a\"><div class=\"txt\"><strong>Lead tekstu, ktory jest wstepem do "
                       "artykulu i ma kilka slow.</strong><br><br>" BRSEG("Akapit jeden.") BRSEG("Akapit dwa.")
                       BRSEG("Akapit trzy.") BRSEG("Akapit cztery.") BRSEG("Akapit piec.") "</div></div>"
                       "<div id=\"b\"><div class=\"box\"><p>Pudelko, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, "
                       "r, s, t, u, w, z, jeden dlugi akapit w ramce obok artykulu.</p></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Akapit piec."));
    assert_true(strncmp(t, "Lead tekstu", 11) == 0); /* the article was chosen, not the box */
    pa_doc_free(&d);
    /* the same with a video box inside the text: loose text between blocks */
    const char *mixed = "<html><body><div id=\"a\"><div class=\"txt\"><strong>Lead tekstu, ktory jest wstepem do "
                        "artykulu i ma kilka slow.</strong><br><br>" BRSEG("Akapit jeden.") BRSEG("Akapit dwa.")
                        BRSEG("Akapit 2b.") "<div class=\"wideo\"><h3>Wideo</h3></div>" BRSEG("Akapit trzy.")
                        BRSEG("Akapit 3b.") BRSEG("Akapit cztery.")
                        "</div></div><div id=\"b\"><div class=\"box\"><p>Pudelko, a, b, c, d, e, f, g, h, i, j, k, "
                        "l, m, n, o, p, r, s, t, u, w, z, jeden dlugi akapit w ramce obok artykulu.</p></div></div>"
                        "</body></html>";
    t = text_of(mixed, &d);
    assert_non_null(strstr(t, "Akapit cztery."));
    assert_true(strncmp(t, "Lead tekstu", 11) == 0);
    pa_doc_free(&d);
#undef BRSEG
}

/* A class word's bonus ("contentTop" holds "content") does not let a small
 * box of short lines, a call to send the site photos, beat a story four
 * times its size that scores by its <br>-parted paragraphs alone; a brief
 * in its own <article> keeps the bonus beside a long box of the site's
 * prose outside it. */
static void small_class_box_beside_story(void **state)
{
    (void)state;
    pa_doc d;
#define BRSEG(x)                                                                                           \
    x " Zdanie drugie tego akapitu jest dosc dlugie i ma slowa, ktore go wydluzaja do konca. Trzecie zdanie "  \
      "mowi o tym samym innymi slowami.<br><br>"
    const char *page = "<html><body><div id=\"col\"><div id=\"art\"><div class=\"tx\"><strong>Mnisi pobili sie podczas sprzatania "
                       "swietego miejsca, w ruch poszly miotly.</strong><br><br>" BRSEG("Akapit jeden.")
                       BRSEG("Akapit dwa.") BRSEG("Akapit trzy.") BRSEG("Akapit cztery.") BRSEG("Akapit piec.")
                       BRSEG("Akapit szesc.") "</div></div></div><div id=\"side\"><div class=\"bx\"><div class=\"contentTop\"><p>Zrobiles unikalne zdjecie,<br>napisales "
                       "ciekawa<br>wiadomosc?</p><p>Wyslij je do nas lub zaloz<br>wlasne konto, na ktorym<br>je "
                       "opublikujesz.</p><p>Najlepsze materialy<br>publikujemy na stronie glownej serwisu.</p>"
                       "</div></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Akapit szesc."));
    assert_true(strncmp(t, "Mnisi pobili", 12) == 0); /* the story was chosen, not the box */
    assert_null(strstr(t, "Wyslij je do nas"));
    pa_doc_free(&d);
#undef BRSEG
    /* a brief in its <article> keeps its bonus beside a long box of the site's prose outside it */
    char about[1600];
    size_t at = 0;
    for (int k = 0; k < 3; k++)
        at += (size_t)snprintf(about + at, sizeof about - at, "<p>%s %s</p>",
                               "The Valley Courier has served the towns of the upper valley since 1911, printing local "
                               "news, sports and notices every week for the families who live and work here.",
                               "The Valley Courier has served the towns of the upper valley since 1911, printing local "
                               "news, sports and notices every week for the families who live and work here.");
    char brief[2800];
    snprintf(brief, sizeof brief, "<html><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
             "</header><main><div class=\"wrap\"><article><h1>Bridge on Route 9 closed for repairs</h1>"
             "<div class=\"article-content\"><p>The Route 9 bridge over Mill Creek will close on Monday for two weeks "
             "of deck repairs, the state transportation department said.</p><p>Drivers should use Route 12 instead. "
             "The detour adds about ten minutes.</p></div></article></div><aside><div class=\"box\"><h3>About us</h3>"
             "%s</div></aside></main><footer>Copyright</footer></body></html>", about);
    t = text_of(brief, &d);
    assert_non_null(strstr(t, "The detour adds about ten minutes."));
    assert_null(strstr(t, "The Valley Courier has served"));
    pa_doc_free(&d);
}

/* In the story's <article>, the head above its body <div> (a section
 * label, the headline, the byline and date line) neither adds article
 * text nor keeps the widening from the body to the <article>: the FAQ
 * section after the body is the story's. */
static void article_head_does_not_stop_widening(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><article class=\"he-article\"><div class=\"he-article__header\"><p class=\"eyebrow\">"
        "Heart health</p><h1>Heartburn or heart attack?</h1><p class=\"he-deck\">How to tell the two apart.</p>"
        "<div class=\"he-meta\">By Jane Roe, MD | Reviewed by Sam Lee, MD | Updated March 3, 2026 | 5 min read</div>"
        "</div><div class=\"he-article__body\">" PARA("The story starts here.") PARA("Second part.")
        PARA("Third part.") PARA("The body ends.") "</div><section class=\"faq\"><h2>Frequently asked questions"
        "</h2><div class=\"faq-item\"><h3>Can heartburn last for hours?</h3><p>Yes. Heartburn can last from a few "
        "minutes to several hours, and it often gets worse when you lie down after a meal.</p></div><div "
        "class=\"faq-item\"><h3>Should I call 911 for chest pain?</h3><p>Call 911 if chest pain comes with "
        "shortness of breath, sweating or pain in the arm, jaw or back.</p></div></section></article></main>"
        "</body></html>";
    const char *t = text_of(page, &d);
    assert_true(strncmp(t, "The story starts here.", 22) == 0);
    assert_non_null(strstr(t, "Can heartburn last for hours?"));
    assert_non_null(strstr(t, "Call 911 if chest pain"));
    assert_null(strstr(t, "Reviewed by"));
    pa_doc_free(&d);
}

/* "Read also" labels and comment headings in Polish, Russian, Chinese and
 * Greek, capitalised or not, are furniture, not text. */
static void intl_furniture_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Tekst pierwszy.") "<p>ZOBACZ TAKŻE:</p>"
                       "<p>Читайте также</p><p>相关新闻</p><p>Διαβάστε επίσης</p><p>Комментарии</p>"
                       PARA("Tekst drugi.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Tekst drugi."));
    assert_null(strstr(t, "ZOBACZ"));
    assert_null(strstr(t, "Читайте"));
    assert_null(strstr(t, "相关新闻"));
    assert_null(strstr(t, "Διαβάστε"));
    assert_null(strstr(t, "Комментарии"));
    pa_doc_free(&d);
}

/* A stream of teasers (list items opening with a linked headline, then a
 * summary), bare or wrapped in a <span>, does not outscore the short
 * article beside it. */
#define TEASER(n)                                                                                          \
    "<li><h3><a href=\"/story-" #n "\">Headline of another story number " #n "</a></h3><p>The summary of "  \
    "story " #n ", with commas, clauses, and words enough to read like prose; it goes on, and on, and on, "   \
    "until the summary is as long as a paragraph of the article.</p></li>"
static void teaser_streams(void **state)
{
    (void)state;
    pa_doc d;
#define ARTICLE "<div class=\"main\"><div class=\"story-body\">" PARA("Short article one.") PARA("Short article two.") "</div></div>"
    const char *pages[] = {
        "<html><body>" ARTICLE "<div class=\"col\"><ul>" TEASER(1) TEASER(2) TEASER(3) TEASER(4) TEASER(5)
            TEASER(6) "</ul></div></body></html>",
        "<html><body>" ARTICLE "<div class=\"col\"><div><span><ul>" TEASER(1) TEASER(2) TEASER(3) TEASER(4)
            TEASER(5) TEASER(6) "</ul></span></div></div></body></html>",
    };
#undef ARTICLE
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        const char *t = text_of(pages[i], &d);
        assert_non_null(strstr(t, "Short article one."));
        assert_null(strstr(t, "The summary of story 3"));
        pa_doc_free(&d);
    }
}

/* The heading that names the post over its comments ("3 thoughts on
 * “Title”", WordPress's) ends the text after a short story too, where the
 * comments carry no class that says so. */
static void titled_comment_heading_ends_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Clinic opens a ward</title></head><body><div class=\"c1\">"
                       "<h1>Clinic opens a ward</h1>" PARA("The clinic opened a ward.") PARA("It has ten beds.")
                       "</div><div class=\"c2\"><h3>3 thoughts on \xe2\x80\x9c" "Clinic opens a ward\xe2\x80\x9d</h3>"
                       "<div><b>reader1</b> says:<br>" PARA("I think the new ward is a waste of our money.") "</div>"
                       "<div><b>reader2</b> says:<br>" PARA("My daughter was treated there last winter.") "</div>"
                       "<div><b>reader3</b> says:<br>" PARA("Ten beds will never be enough for this town.") "</div>"
                       "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "It has ten beds."));
    assert_null(strstr(t, "waste of our money"));
    assert_null(strstr(t, "My daughter"));
    assert_null(strstr(t, "thoughts on"));
    pa_doc_free(&d);
    /* a story quoting such words keeps them */
    const char *story = "<html><body><article>" PARA("The clinic opened a ward.")
                        "<p>One reader sent 3 thoughts on the plan, and the board read them all aloud on Monday.</p>"
                        PARA("It has ten beds.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "It has ten beds."));
    pa_doc_free(&d);
}

/* A wrapper whose class says comments but that shows the page's headline
 * (and holds the <h1> if the page has one) is the article's; a comment
 * titled with the headline, apart from the <h1>, is still a comment. */
static void comment_class_on_article_wrapper(void **state)
{
    (void)state;
    pa_doc d;
    const char *wrapper = "<html><head><title>News - Doctors named the cause of the soldier's death</title></head>"
                          "<body><div class=\"teasers\"><p><a href=\"/a\">Another story</a></p></div>"
                          "<div id=\"comments_page_wrapper\"><div class=\"date\">17.01.2012</div>"
                          "<div class=\"name\">Doctors named the cause of the soldier's death</div>"
                          "<div class=\"text\">" PARA("Wrapped one.") PARA("Wrapped two.") "</div></div></body></html>";
    const char *t = text_of(wrapper, &d);
    assert_non_null(strstr(t, "Wrapped one."));
    pa_doc_free(&d);
    const char *comment = "<html><head><title>A simple jab that could cure obesity</title></head><body>"
                          "<h1>A simple jab that could cure obesity</h1><div class=\"story\">" PARA("Story one.")
                          PARA("Story two.") "</div><div class=\"comment\"><h3>A simple jab that could cure "
                          "obesity</h3>" PARA("Reader says.") "</div></body></html>";
    t = text_of(comment, &d);
    assert_non_null(strstr(t, "Story one."));
    assert_null(strstr(t, "Reader says."));
    pa_doc_free(&d);
}

/* A short article beside the site's long legal notice (two "©", text cut
 * by <br>s) and a poll (a form of radio-button answers in <p>s): the
 * article wins over both. */
static void legal_notice_and_poll(void **state)
{
    (void)state;
    pa_doc d;
    const char *html =
        "<html><body><div class=\"col\"><div class=\"vote\"><form action=\"/vote\"><h4>Do you believe it?</h4>"
        "<p><input type=\"radio\" name=\"s\" value=\"1\">No, he was killed by agents of the state</p>"
        "<p><input type=\"radio\" name=\"s\" value=\"2\">No, he was killed by foreign services</p>"
        "<p><input type=\"radio\" name=\"s\" value=\"3\">No, it was a natural death after all</p>"
        "<p><input type=\"radio\" name=\"s\" value=\"4\">Yes, it was what the police have said</p>"
        "<p><input type=\"radio\" name=\"s\" value=\"5\">No, it is another of his hoaxes, surely</p>"
        "<p><input type=\"radio\" name=\"s\" value=\"6\">The subject does not interest me at all</p>"
        "<p><input type=\"submit\" value=\"Vote\"></p><p>The death of the tycoon gave rise to many rumours, "
        "and experts disagree, in public and in private, about what happened.</p></form></div></div>"
        "<div class=\"main\"><h1>A wagon left the rails</h1><div class=\"story\">" PARA("Derailed one.")
        PARA("Derailed two.") "</div></div><div class=\"bottom\"><div class=\"bot\">Owner of the site: "
        "\xc2\xa9 News Agency, version 5, since 2004, all of it, with the owner's consent.<br>" LINE LINE LINE LINE
        "Quoting is allowed with a link to the page, \xc2\xa9 the agency, and not more than half.<br>" LINE LINE
        "</div></div></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "Derailed one."));
    assert_null(strstr(t, "Owner of the site"));
    assert_null(strstr(t, "natural death"));
    pa_doc_free(&d);
}

/* Paragraphs wrapped in a script link (<a href="javascript:">) are the
 * page's text, not a link list. */
static void script_link_wrapper(void **state)
{
    (void)state;
    pa_doc d;
    const char *html = "<html><body><a href=\"javascript:\"><p>abc</p><p>def</p> ghi</a></body></html>";
    const char *t = text_of(html, &d);
    assert_string_equal(t, "abc\n\ndef\n\nghi");
    pa_doc_free(&d);
}

/* A dialog box (a popup's markup kept in the page) is no article, even
 * with "body" in its class; a "dialogue" is not a dialog. */
static void dialog_boxes(void **state)
{
    (void)state;
    pa_doc d;
    const char *html = "<html><body><div class=\"main\"><div id=\"endText\"><p>The short story itself, with "
                       "one sentence, a comma, and an end.</p></div></div><div class=\"tie-dialog\">"
                       "<div class=\"tie-dialog-body\"><p>Copied, press CTRL+V to send it to friends, forums, "
                       "blogs, or anywhere, and so on, and on.</p></div></div></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "The short story itself"));
    assert_null(strstr(t, "Copied"));
    pa_doc_free(&d);
    const char *interview = "<html><body><div class=\"dialogue\">" PARA("Question and answer.")
                            PARA("Another answer.") "</div></body></html>";
    t = text_of(interview, &d);
    assert_non_null(strstr(t, "Question and answer."));
    pa_doc_free(&d);
}

/* Dashes, curly quotes and ellipses encoded twice by the publisher's CMS
 * (UTF-8 read as windows-1251, "вЂњ", or windows-1252, "â€™") in a UTF-8
 * page that is otherwise right: the marks come back, and the words next to
 * them are words again. */
static void marks_encoded_twice(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><meta charset=\"utf-8\"></head><body><article>" PARA("Lead paragraph.")
                       "<p>The minister said: \xd0\xb2\xd0\x82\xd1\x9aRemoving the implants is a risk, and we "
                       "will not do it\xd0\xb2\xd0\x82\xd1\x9c, adding that nobody\xd0\xb2\xd0\x82\xe2\x84\xa2s "
                       "health would suffer.</p>"
                       "<p>Doctors don\xc3\xa2\xe2\x82\xac\xe2\x84\xa2t agree \xc3\xa2\xe2\x82\xac\xe2\x80\x9d "
                       "not yet \xc3\xa2\xe2\x82\xac\xc2\xa6 and the debate goes on in the royal colleges.</p>"
                       PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "said: \xe2\x80\x9cRemoving the implants"));
    assert_non_null(strstr(t, "do it\xe2\x80\x9d, adding that nobody\xe2\x80\x99s health"));
    assert_non_null(strstr(t, "don\xe2\x80\x99t agree \xe2\x80\x94 not yet \xe2\x80\xa6 and"));
    pa_doc_free(&d);
}

/* Text around the story that is not the story: a no-break space encoded
 * twice ("Â "), reader tools ("Text size + -", "Share this article"),
 * picture credits, wire contact lines, newsletter and affiliate pitches,
 * and the comment form's notices, after which the comments follow. */
static void page_text_not_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>Text size + -</p><div>\xc3\x82\xc2\xa0</div>"
                       PARA("Lead paragraph.") "<p>Share this article</p>"
                       "<p>Nurses at the hospital on Monday (Picture: Example Agency)</p>"
                       "<p>Photograph by: Jane Doe, Example Herald</p>" PARA("Second paragraph.")
                       "<p>Love news? Our daily newsletter brings it to your inbox. Sign up now.</p>"
                       "<p>This post contains affiliate links.</p><p>Already have an account? Log in</p>"
                       "<p>This article contains affiliate links.</p><p><a href=\"#top\">Back to top</a></p>"
                       "<p>Get our free mobile app</p><p>Next Post</p><p>Enter your email address</p>"
                       "<p>Republish this story</p><p>Support independent journalism.</p>"
                       "<p>Click to email a link to a friend (Opens in new window)</p>"
                       "<p>ICYMI: Council approves new park plan</p>"
                       "<p>The story continues below.</p><p>Get breaking news alerts</p>"
                       PARA("Third paragraph.") PARA("Fourth paragraph.") PARA("Fifth paragraph.")
                       "<p>To contact the reporter on this story: Jane Doe at jdoe@example.com</p>"
                       "<p>The comments below have not been moderated.</p>"
                       "<p>Reader one says the council got it wrong, and that the plan, the cost, and the "
                       "timing were all mistakes that anyone could have seen coming from a mile away.</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Fifth paragraph."));
    assert_null(strstr(t, "Text size"));
    assert_null(strstr(t, "\xc3\x82"));
    assert_null(strstr(t, "Share this"));
    assert_null(strstr(t, "Picture:"));
    assert_null(strstr(t, "Photograph by"));
    assert_null(strstr(t, "newsletter"));
    assert_null(strstr(t, "affiliate"));
    assert_null(strstr(t, "Back to top"));
    assert_null(strstr(t, "mobile app"));
    assert_null(strstr(t, "Next Post"));
    assert_null(strstr(t, "Enter your email"));
    assert_null(strstr(t, "Republish"));
    assert_null(strstr(t, "independent journalism"));
    assert_null(strstr(t, "a link to a friend"));
    assert_null(strstr(t, "park plan"));
    assert_null(strstr(t, "continues below"));
    assert_null(strstr(t, "news alerts"));
    assert_null(strstr(t, "Log in"));
    assert_null(strstr(t, "To contact"));
    assert_null(strstr(t, "moderated"));
    assert_null(strstr(t, "Reader one"));
    pa_doc_free(&d);
    /* a story about comment moderation keeps its sentences */
    const char *story = "<html><body><article>" PARA("Lead paragraph.")
                        "<p>Reader comments on the site were hostile, the editor said, and the paper now checks "
                        "every one of them before it appears, which takes three staff members a full day.</p>"
                        "<p>The newsletter now has 50,000 subscribers, most of whom read it in their inbox.</p>"
                        "<p>The retailer cut the commissions it pays for affiliate links last year.</p>"
                        "<p>Fewer than one in five disclosed an affiliate link, a practice this story found in "
                        "dozens of posts.</p>"
                        "<p>In case you missed it: the mayor resigned on Friday afternoon.</p>"
                        PARA("Last paragraph.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "Reader comments on the site"));
    assert_non_null(strstr(t, "The newsletter now has"));
    assert_non_null(strstr(t, "cut the commissions"));
    assert_non_null(strstr(t, "a practice this story found"));
    assert_non_null(strstr(t, "the mayor resigned on Friday"));
    assert_non_null(strstr(t, "Last paragraph."));
    pa_doc_free(&d);
}

/* The site's reader services and reprint notices around a Russian or
 * Polish story: the Ctrl+Enter typo report, a call to follow the site on
 * social networks, the comment form's log-in prompt and the ban on
 * reproduction without written consent; a story's own sentences about
 * Facebook and about copying stay. */
static void reader_services_and_reprint_notices(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.") PARA("Third paragraph.")
        "<p>\xd0\x9d\xd0\xb0\xd1\x88\xd0\xbb\xd0\xb8 \xd0\xbe\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd0\xba\xd1\x83? "
        "Select it and press Ctrl + Enter</p>"
        "<p>Jeste\xc5\x9bmy te\xc5\xbc na Facebooku! Do\xc5\x82\xc4\x85\x63z do nas!</p>"
        "<p>Zaloguj si\xc4\x99 lub zarejestruj, aby doda\xc4\x87 komentarz</p>"
        "<p>Pole\xc4\x87 artyku\xc5\x82:</p><p>Wersja do druku</p>"
        "<p>\xc5\xbb\x61\x64na cz\xc4\x99\xc5\x9b\xc4\x87 utwor\xc3\xb3w nie mo\xc5\xbc\x65 by\xc4\x87 powielana "
        "i rozpowszechniana bez pisemnej zgody wydawcy.</p>"
        PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    assert_null(strstr(t, "Ctrl"));
    assert_null(strstr(t, "Facebooku"));
    assert_null(strstr(t, "Zaloguj"));
    assert_null(strstr(t, "artyku\xc5\x82:"));
    assert_null(strstr(t, "Wersja do druku"));
    assert_null(strstr(t, "powielana"));
    pa_doc_free(&d);
    const char *story = "<html><body><article>" PARA("Lead paragraph.")
                        "<p>The startup hopes users will join Facebook groups and follow its pages.</p>"
                        "<p>The court ruled that the photos were copied without permission from the agency, "
                        "and the paper must pay damages.</p>" PARA("Last paragraph.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "join Facebook groups"));
    assert_non_null(strstr(t, "copied without permission"));
    pa_doc_free(&d);
}

/* The post's metadata lines: the blog engine's RSS 2.0 footer, a
 * publication label with its date, view and comment counters, a portal's
 * "Posted on … @ 21:04:33 EST by admin"; a story's sentence with a number
 * of opinions stays, and so does a long sentence opening "Posted by". */
static void post_meta_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Lead paragraph.")
        "<p>\xd0\x9f\xd1\x80\xd0\xbe\xd1\x81\xd0\xbc\xd0\xbe\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2: 856</p>"
        "<p>PAP | aktualizacja 2012-01-04 (03:00) | 56 opinii</p>"
        PARA("Second paragraph.") PARA("Third paragraph.")
        "<p>Posted by Jane Doe on Jan 17 2012. Filed under Top Stories. You can follow any responses to this "
        "entry through the RSS 2.0. You can leave a response or trackback to this entry</p>"
        "<p>The survey gathered 56 opinii | and 3 more from the town's readers in the spring.</p>"
        "<p>Posted on Tuesday, November 12 @ 21:04:33 EST by admin</p>"
        "<p>Posted by the club at 10:30 on Saturday, the notice asked members to bring their own chairs.</p>"
        PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "@ 21:04:33"));
    assert_non_null(strstr(t, "bring their own chairs"));
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    assert_null(strstr(t, "856"));
    assert_null(strstr(t, "PAP |"));
    assert_null(strstr(t, "RSS 2.0"));
    assert_non_null(strstr(t, "The survey gathered"));
    pa_doc_free(&d);
}

/* The notices a news site puts under its stories: the citation box
 * ("… to cite this article …", "MLA", "APA", "… Retrieved on …, from
 * http://…"), reprint terms and the site's licence, a donation call, the
 * e-mail-alert and letter-to-the-editor log-in calls, a run of share
 * buttons, a rating widget and a hit counter, a syndicated story's source
 * ("Provided by …", "Published by … on …", "More information: … et al.
 * …"), the press office's and the writer's contact lines, a follow call in
 * brackets, the "-30-" end mark, a teaser's "… Read more..." and a ban on
 * reproduction ("Not to be reproduced …").  A story's own sentences on the same
 * subjects stay. */
static void news_tail_notices(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.") PARA("Third paragraph.")
        "<p>Please use one of the following formats to cite this article in your essay, paper or report:</p>"
        "<p>MLA</p><p>APA</p>"
        "<p>Doe, J. (2012). Example headline. Example News. Retrieved on January 12, 2012, from "
        "http://example.com/news/1</p>"
        "<p>Doe, Jane. \"Example headline.\" Example News. 12 Jan. 2012. Web. 12 Jan. 2012. "
        "&lt;http://example.com/news/1&gt;</p><p>3 (1 votes)</p>"
        "<p>FREE REPRINTS</p>"
        "<p>Unless otherwise noted, you can republish our articles for free. You just have to credit us.</p>"
        "<p>Where not otherwise specified, this work is licensed under a Creative Commons License.</p>"
        "<p>This article was made possible by the support of readers like you. Donate now.</p>"
        "<p>Interested in more articles like this? Log in to set up automated email alerts. If you haven't "
        "registered with us yet, click here.</p>"
        "<p>Click to login and write a letter to the editor.</p>"
        "<p>Purchases made through links earn us a small commission.</p>"
        "<p>Share this post Email</p><p>WhatsApp Facebook Twitter Email Comments</p><p>Current Article Ratings:</p>"
        "<p>Rate this article: (Hover over the stars then click to rate)</p><p>Hits: 266 Send to Friend</p>"
        "<p>Provided by Example University</p>"
        "<p>Published by Example [online] - www.example.com - on January 16, 2012</p>"
        "<p>More information: Jane Doe, et al. A study of things. Journal of Things (2011)</p>"
        "<p>Contact: Jane Doe, Press office, Tel: +49 89 2108-1276, E-mail: jdoe@example.org</p>"
        "<p>Jane Doe can be reached at 330-996-3902 or jdoe@example.com.</p>"
        "<p>(For updates, follow Example News on Facebook and Twitter)</p><p>-30-</p>"
        "<p>Generosity is key to a happy marriage Read more...</p>"
        "<p>Copyright: Example News. Not to be reproduced without permission of Example News</p>"
        PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    static const char *const gone[] = {
        "cite this", "MLA", "APA", "Retrieved", "REPRINTS", "republish", "Creative Commons", "Donate",
        "email alerts", "letter to the editor", "commission", "Share this", "Ratings", "Rate this", "Hits:",
        "Provided by", "Published by", "More information", "Press office", "reached at", "For updates", "-30-",
        "Generosity", "reproduced", "Web. 12", "votes",
    };
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
    const char *story =
        "<html><body><article>" PARA("Lead paragraph.")
        "<p>The photo, licensed under a Creative Commons license, shows the river in flood.</p>"
        "<p>The crisis line can be reached at 555-123-4567 around the clock.</p>"
        "<p>Published by Penguin, the memoir sold on its first day more copies than any other.</p>"
        "<p>Her newsletter has 5,000 readers who log in each morning.</p>"
        "<p>The agency earns a commission on each sale, the report said.</p>"
        "<p>Teachers want their pupils to read more. Read more</p><h2>Copyright law in a fragmented world</h2>"
        "<p>Copyright infringement is a serious matter, the judge said.</p>" PARA("Last paragraph.")
        "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "Copyright law in a fragmented world"));
    assert_non_null(strstr(t, "Copyright infringement is"));
    assert_non_null(strstr(t, "licensed under a Creative Commons"));
    assert_non_null(strstr(t, "crisis line"));
    assert_non_null(strstr(t, "Published by Penguin"));
    assert_non_null(strstr(t, "Her newsletter"));
    assert_non_null(strstr(t, "earns a commission"));
    assert_non_null(strstr(t, "pupils to read more"));
    pa_doc_free(&d);
}

/* What a modern news page adds around its story: the audio player's and
 * the comment switch's labels, teaser-list labels, app and sign-up calls,
 * the subscription wall, the notices where a script or player did not
 * run, a share button's "(Opens in new window)", the tip line, the
 * "Write to … at …" and "Contact us at …" lines, "Article By: …", the
 * breadcrumb trail ("Home » News » …"), the calls to the site's app,
 * channel and podcast, the republisher's footer, the post's category
 * line, an image source label, a form's thank-you note ("Thank you for
 * completing the survey!"), the call to send a tip through the form below,
 * a pointer to a web site ("To …, visit www.…"), a sponsor's disclosure and
 * a transcript's draft notice.  A story's sentences about JavaScript,
 * tips and inboxes stay. */
static void news_page_furniture_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><p>Home \xc2\xbb News \xc2\xbb Health News \xc2\xbb Example headline</p>"
        "<p>Listen to this article</p>" PARA("Lead paragraph.") PARA("Second paragraph.")
        "<p>Get the latest news delivered to your inbox.</p><p>Thank you for signing up!</p>"
        "<p>Already a subscriber? Sign in</p><p>You have reached your limit of free articles.</p>"
        "<p>Get unlimited access to Example journalism for just $1 a week.</p><p>Cancel anytime.</p>"
        "<p>Your browser does not support the video tag.</p>" PARA("Third paragraph.")
        "<p>Please enable JavaScript to view the comments powered by Disqus.</p>"
        "<p>Click to share on Twitter (Opens in new window)</p>"
        "<p><strong>Share or comment on this article:</strong> <a>Share</a></p>"
        "<p>Have a tip? Contact us at tips@example.com</p><p>Write to Jane Doe at jane.doe@example.com</p>"
        "<p>Email tips@example.com, or use our secure messaging service.</p>"
        "<p>Email scams cost victims $2bn last year, police said.</p>"
        "<p>View comments</p><p>Recommended Stories</p><p>Download our app</p><p>Article By: Jane Doe</p>"
        "<p>Contact us at editors@example.com.</p><p>Get our free daily newsletter.</p>"
        "<p>Download the Example News app for breaking news</p><p>Subscribe to Example News on YouTube</p>"
        "<p>Listen to the show on Spotify or wherever you get your podcasts.</p>"
        "<p>This article is republished from Example under a Creative Commons license. Read the original "
        "article.</p><p>Posted in Politics</p><p>Image source, Example Agency</p>"
        "<p>Would you like to receive notifications about new posts?</p>"
        "<p>MORE: Senate passes tax bill after all-night session</p><p>Also read: Example headline</p>"
        "<p>Scroll down for video</p><p>\xe2\x9c\x85 Thank you for completing the survey!</p>"
        "<p>Fill out the form below or email your questions or story ideas to tips@example.com.</p>"
        "<p>To find out more about the campaign, visit www.example.org</p>"
        "<p>This story was developed in partnership with Example Catering by the branded content team.</p>"
        "<p>Accuracy and availability of Example transcripts may vary. Transcript text may be revised to correct "
        "errors.</p>"
        PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    assert_non_null(strstr(t, "Email scams cost"));
    static const char *const gone[] = {
        "Listen to", "inbox", "signing up", "subscriber", "free articles", "video tag", "JavaScript",
        "Opens in", "or comment on", "a tip?", "Write to", "secure messaging", "View comments", "Recommended", "our app", "Health News", "Article By",
        "Contact us", "daily newsletter", "News app", "YouTube", "podcasts", "republished", "Posted in",
        "Image source", "notifications", "Senate passes", "Example headline", "Scroll down", "survey",
        "story ideas", "transcripts may vary", "the campaign", "in partnership", "unlimited access", "Cancel",
        "Email Comments",
    };
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
    const char *story =
        "<html><body><article>" PARA("Lead paragraph.")
        "<p>Sites that ask readers to enable JavaScript lose a tenth of their visitors, the study found.</p>"
        "<p>Police said a tip from a neighbour led them to the house on Elm Street.</p>"
        "<p>Scam e-mails delivered to your inbox often copy a bank's letters.</p>"
        "<p>He wrote a letter to the editor and asked readers to log in to the forum.</p>"
        "<p>Our journalism has always been funded by advertising, the publisher wrote, but subscriptions now "
        "support it.</p><p>Views: the council remains split on the issue, with 5 members in favour.</p>"
        "<p>Comments are closed to the public until the inquiry ends, the minister said.</p>"
        "<p>Email is the main way the firm reaches its customers at home.</p>"
        "<p>Get up to three months for free if you opt for a longer subscription.</p>"
        "<p>Posted in the hallway, the sign said the office had closed.</p>"
        "<p>Courtesy of a grant, the school got new laptops for every pupil.</p>"
        "<p>Download the app from the App Store and sign in.</p>"
        "<p>To the surprise of many, visit numbers rose at the park this year.</p>" PARA("Last paragraph.")
        "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "enable JavaScript lose"));
    assert_non_null(strstr(t, "a tip from a neighbour"));
    assert_non_null(strstr(t, "Scam e-mails"));
    assert_non_null(strstr(t, "Email is the main way"));
    assert_non_null(strstr(t, "Posted in the hallway"));
    assert_non_null(strstr(t, "Courtesy of a grant"));
    assert_non_null(strstr(t, "He wrote a letter"));
    assert_non_null(strstr(t, "Our journalism has always"));
    assert_non_null(strstr(t, "Views: the council"));
    assert_non_null(strstr(t, "Comments are closed to the public"));
    assert_non_null(strstr(t, "App Store"));
    assert_non_null(strstr(t, "visit numbers rose"));
    assert_non_null(strstr(t, "three months for free"));
    pa_doc_free(&d);
    /* a newsletter platform's comment heading: the comments follow */
    const char *discussed = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                            PARA("Third paragraph.") PARA("Fourth paragraph.") "<p>Discussion about this post</p>"
                            "<p>No posts</p></article></body></html>";
    t = text_of(discussed, &d);
    assert_non_null(strstr(t, "Fourth paragraph."));
    assert_null(strstr(t, "Discussion about"));
    assert_null(strstr(t, "No posts"));
    pa_doc_free(&d);
}

/* The furniture of Greek, Russian and Polish press pages: a run of the
 * send, print and text-size buttons ("Αποστολή Εκτύπωση Μέγεθος
 * κειμένου"), the label of a teaser list ("Читай также:"), a premium
 * label, the source line ("Źródło: PAP", "Πηγή: ΑΠΕ"), a line of the
 * site's e-mail addresses, the writer's label with a name alone ("Autor:
 * Jan Kowalski"), a courtesy credit and a Chinese text-size switch; a
 * sentence naming its source stays. */
static void foreign_press_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><head><meta charset=\"utf-8\"></head><body><article>"
        "<p>\xce\x91\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xbf\xce\xbb\xce\xae \xce\x95\xce\xba\xcf\x84\xcf\x8d\xcf\x80"
        "\xcf\x89\xcf\x83\xce\xb7 \xce\x9c\xce\xad\xce\xb3\xce\xb5\xce\xb8\xce\xbf\xcf\x82 \xce\xba\xce\xb5\xce\xb9"
        "\xce\xbc\xce\xad\xce\xbd\xce\xbf\xcf\x85</p>" PARA("Lead paragraph.") PARA("Second paragraph.")
        "<p>\xd0\xa7\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5:</p>"
        "<p>Artyku\xc5\x82 premium</p>" PARA("Third paragraph.")
        "<p>\xc5\xb9r\xc3\xb3\x64\xc5\x82o: PAP</p><p>\xce\xa0\xce\xb7\xce\xb3\xce\xae: \xce\x91\xce\xa0\xce\x95</p>"
        "<p>Jobs jobs@example.gr Advertising ads@example.gr</p>"
        "<p>Autor: Jan Kowalski</p><p>Dzi\xc4\x99ki uprzejmo\xc5\x9b" "ci: Example Agency</p>"
        "<p>\xe5\xad\x97\xe5\x8f\xb7\xef\xbc\x9aT | T \xe5\xa4\x8d\xe5\x88\xb6\xe9\x93\xbe\xe6\x8e\xa5</p>"
        "<p>Fot. Example Media</p><p>\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe: Example Photo</p>"
        "<p>\xd0\x9f\xd0\xbe \xd0\xbc\xd0\xb0\xd1\x82\xd0\xb5\xd1\x80\xd0\xb8\xd0\xb0\xd0\xbb\xd0\xb0\xd0\xbc: "
        "Example Daily</p>"
        PARA("Last paragraph.")
        "<p>The ministry's figures, the source of the dispute, were published on Monday.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    assert_non_null(strstr(t, "the source of the dispute"));
    assert_null(strstr(t, "\xce\x95\xce\xba\xcf\x84\xcf\x8d\xcf\x80\xcf\x89\xcf\x83\xce\xb7"));
    assert_null(strstr(t, "\xd0\xa7\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9"));
    assert_null(strstr(t, "premium"));
    assert_null(strstr(t, "PAP"));
    assert_null(strstr(t, "\xce\x91\xce\xa0\xce\x95"));
    assert_null(strstr(t, "@example.gr"));
    assert_null(strstr(t, "Kowalski"));
    assert_null(strstr(t, "Example Agency"));
    assert_null(strstr(t, "\xe5\xad\x97\xe5\x8f\xb7"));
    assert_null(strstr(t, "Example Media"));
    assert_null(strstr(t, "Example Photo"));
    assert_null(strstr(t, "Example Daily"));
    pa_doc_free(&d);
}

/* A page encoded to UTF-8 twice ("Ã³" for "ó", "Å\u0082" for "ł",
 * "â€™" for "’") is put back; a page with many real letters and a
 * stray pair keeps its text as it is. */
static void double_encoded_utf8(void **state)
{
    (void)state;
    pa_doc d;
    /* "Dyrygentka chóru sprawiła sensację, a ów chór śpiewał" with every
     * letter outside ASCII doubled, then "don’t" as "donâ€™t" */
#define DOUBLED_PARA                                                                                       \
    "<p>Dyrygentka ch\xc3\x83\xc2\xb3ru sprawi\xc3\x85\xc2\x82\x61 sensacj\xc3\x84\xc2\x99, a \xc3\x83\xc2\xb3w "   \
    "ch\xc3\x83\xc2\xb3r \xc3\x85\xc2\x9bpiewa\xc3\x85\xc2\x82 i gra\xc3\x85\xc2\x82 w Opolu, don\xc3\xa2\xe2\x82\xac"  \
    "\xe2\x84\xa2t go \xc3\x85\xc2\x82\x61pa\xc3\x84\xc2\x87.</p>"
    /* (the charset layer repairs a page with 32+ such characters) */
    const char *page = "<html><head><meta charset=\"utf-8\"></head><body><article>" DOUBLED_PARA DOUBLED_PARA
                       DOUBLED_PARA "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Dyrygentka ch\xc3\xb3ru sprawi\xc5\x82\x61 sensacj\xc4\x99"));
    assert_non_null(strstr(t, "don\xe2\x80\x99t"));
    pa_doc_free(&d);
    /* real letters outnumber the one doubled pair: left alone */
    const char *real = "<html><head><meta charset=\"utf-8\"></head><body><article><p>Za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87 "
                       "g\xc4\x99\xc5\x9bl\xc4\x85 ja\xc5\xba\xc5\x84 \xc5\x82\xc3\xb3\xc5\xbc\x6b\x6f \xc4\x87ma "
                       "\xc5\xbc\xc3\xb3\xc5\x82w, a tu \xc3\x83\xc2\xb3 zosta\xc5\x82o.</p></article></body></html>";
    t = text_of(real, &d);
    assert_non_null(strstr(t, "\xc3\x83\xc2\xb3 zosta"));
    pa_doc_free(&d);
}

/* Polish picture captions with their credit ("… (fot. Jan Kowalski)",
 * "…, fot. AFP", "… /© Agencja") and the newsletter call ("Zapisz się do
 * newslettera!") go; a sentence that names a photo credit mid-way stays. */
static void polish_captions_and_pitches(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Lead paragraph.")
        "<p>Stra\xc5\xbc\x61\x63y szykuj\xc4\x85 si\xc4\x99 do protestu (fot. Maciej Kowalski)</p>"
        "<p>Testowanie pocisk\xc3\xb3w dalekiego zasi\xc4\x99gu, fot. AFP</p>"
        "<p>Emerytury zostan\xc4\x85 podwy\xc5\xbc\x73zone o 71 z\xc5\x82otych /\xc2\xa9 Bauer</p>"
        PARA("Second paragraph.")
        "<p>Codziennie rano najnowsze informacje na Twoj\xc4\x85 skrzynk\xc4\x99. Zapisz si\xc4\x99 do newslettera!</p>"
        "<p>Zdj\xc4\x99\x63ie (fot. archiwum) pokazuje most, kt\xc3\xb3ry zbudowano w 1910 roku i rozebrano po wojnie.</p>"
        PARA("Last paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Last paragraph."));
    assert_null(strstr(t, "Maciej"));
    assert_null(strstr(t, "AFP"));
    assert_null(strstr(t, "Bauer"));
    assert_null(strstr(t, "newslettera"));
    assert_non_null(strstr(t, "pokazuje most"));
    pa_doc_free(&d);
}

/* A picture's credit set as a line of its own in Russian or Ukrainian
 * ("Фото pzorya.at.ua", "фото - vesti.kz") or as the source after a slash
 * (a Polish broadcaster's "/PAP/EPA") goes; a sentence about a photo, a
 * file path and a Polish "Fotografia" subheading stay. */
static void own_line_photo_credits(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int credit;
    } cases[] = {
        {"\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe pzorya.at.ua", 1},                 /* Фото pzorya.at.ua */
        {"\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe - vesti.kz", 1},                   /* фото - vesti.kz */
        {"\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd1\x81\xd1\x81-\xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd1\x8b "
         "\xd0\xbc\xd1\x8d\xd1\x80\xd0\xb8\xd0\xb8", 1},                                  /* Фото пресс-службы мэрии */
        {"/PAP/EPA", 1}, {"/Policja", 1}, {"/RMF FM", 1},
        /* Фото сделано в понедельник. (a sentence) */
        {"\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe \xd1\x81\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2 "
         "\xd0\xbf\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xba.", 0},
        {"/etc/hosts", 0}, {"/usr/lib/libexample.so", 0}, {"/Library/Application Support/Tessel", 0}, {"/Library/Preferences/", 0}, {"/Jan Nowak/PAP", 1}, {"/PAP/", 1}, {"/\xd0\xa2\xd0\x90\xd0\xa1\xd0\xa1/", 1} /* /ТАСС/ */, {"/Paris/", 0}, {"/\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0/", 0} /* /Москва/ */, {"Fotografia", 0}, {"/ Reuters said the deal was off.", 0},
    };
    char buf[200];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        size_t chars = 0;
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line_init(&line, buf, chars);
        if ((pa_line_credit(&line) != 0) != cases[i].credit)
            fail_msg("credit %d expected for: %s", cases[i].credit, cases[i].text);
    }
}

/* A Taiwanese paper's reporter line, "記者陳大明／台北報導" (reporters, city,
 * "reported"), alone or bracketed whole ("【張文華、林志成／綜合報導】"), goes;
 * a paragraph that opens with it or a sentence about a press conference
 * (記者會) stays. */
static void zh_reporter_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int credit;
    } cases[] = {
        {"\xe8\xa8\x98\xe8\x80\x85\xe9\x99\xb3\xe5\xa4\xa7\xe6\x98\x8e\xef\xbc\x8f\xe5\x8f\xb0\xe5\x8c\x97\xe5\xa0\xb1\xe5\xb0\x8e", 1}, /* 記者陳大明／台北報導 */
        {"\xe8\xa8\x98\xe8\x80\x85\xef\xbc\x9a\xe7\x8e\x8b\xe5\xb0\x8f\xe8\x8f\xaf\x20\xe6\x9d\x8e\xe5\xbf\x97\xe5\xbc\xb7\x20\xe9\xab\x98\xe9\x9b\x84\xe5\xa0\xb1\xe5\xb0\x8e", 1}, /* 記者：王小華 李志強 高雄報導 */
        {"\xe3\x80\x90\xe5\xbc\xb5\xe6\x96\x87\xe8\x8f\xaf\xe3\x80\x81\xe6\x9e\x97\xe5\xbf\x97\xe6\x88\x90\xef\xbc\x8f\xe7\xb6\x9c\xe5\x90\x88\xe5\xa0\xb1\xe5\xb0\x8e\xe3\x80\x91", 1}, /* 【張文華、林志成／綜合報導】 */
        {"\xe8\xae\xb0\xe8\x80\x85\xe5\xbc\xa0\xe6\x98\x8e\xef\xbc\x8f\xe5\x8c\x97\xe4\xba\xac\xe6\x8a\xa5\xe9\x81\x93", 1}, /* 记者张明／北京报道 */
        {"\xe8\xa8\x98\xe8\x80\x85\xe9\x99\xb3\xe5\xa4\xa7\xe6\x98\x8e\xef\xbc\x8f\xe5\x8f\xb0\xe5\x8c\x97\xe5\xa0\xb1\xe5\xb0\x8e\xef\xbc\x8c\xe5\xb8\x82\xe5\xba\x9c\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xae\xa3\xe5\xb8\x83\xe6\x96\xb0\xe7\x9a\x84\xe4\xba\xa4\xe9\x80\x9a\xe6\x94\xbf\xe7\xad\x96\xe3\x80\x82", 0}, /* 記者陳大明／台北報導，市府今天宣布新的交通政策。 */
        {"\xe3\x80\x90\xe7\xb6\x9c\xe5\x90\x88\xe5\xa0\xb1\xe5\xb0\x8e\xe3\x80\x91\xe5\xb8\x82\xe5\xba\x9c\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xae\xa3\xe5\xb8\x83\xe6\x96\xb0\xe7\x9a\x84\xe4\xba\xa4\xe9\x80\x9a\xe6\x94\xbf\xe7\xad\x96\xef\xbc\x8c\xe4\xb8\x8b\xe6\x9c\x88\xe8\xb5\xb7\xe5\xaf\xa6\xe6\x96\xbd\xe3\x80\x82", 0}, /* 【綜合報導】市府今天宣布新的交通政策，下月起實施。 */
        {"\xe8\xa8\x98\xe8\x80\x85\xe6\x9c\x83\xe4\xb8\x8a\xef\xbc\x8c\xe5\xb8\x82\xe9\x95\xb7\xe8\xaa\xaa\xe6\x98\x8e\xe4\xba\x86\xe6\x96\xb0\xe7\x9a\x84\xe4\xba\xa4\xe9\x80\x9a\xe6\x94\xbf\xe7\xad\x96\xe3\x80\x82", 0}, /* 記者會上，市長說明了新的交通政策。 */
    };
    char buf[200];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        size_t chars = 0;
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line_init(&line, buf, chars);
        if ((pa_line_desk_credit(&line) != 0) != cases[i].credit)
            fail_msg("reporter line %d expected for: %s", cases[i].credit, cases[i].text);
    }
}

/* Greek furniture: the byline in the genitive ("Του Νίκου Παππά", "Της
 * Ελένης Μαρκοπούλου") and the labels set in capitals, which drop their
 * accents ("ΔΙΑΦΗΜΙΣΗ", "ΠΗΓΗ: ΑΠΕ-ΜΠΕ"), go; a place in the genitive alone
 * and sentences stay. */
static void greek_bylines_and_capital_labels(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int hit;
    } bylines[] = {
        {"\xce\xa4\xce\xbf\xcf\x85\x20\xce\x9d\xce\xaf\xce\xba\xce\xbf\xcf\x85\x20\xce\xa0\xce\xb1\xcf\x80\xcf\x80\xce\xac", 1}, /* Του Νίκου Παππά */
        {"\xce\xa4\xce\xb7\xcf\x82\x20\xce\x95\xce\xbb\xce\xad\xce\xbd\xce\xb7\xcf\x82\x20\xce\x9c\xce\xb1\xcf\x81\xce\xba\xce\xbf\xcf\x80\xce\xbf\xcf\x8d\xce\xbb\xce\xbf\xcf\x85", 1}, /* Της Ελένης Μαρκοπούλου */
        {"\xce\xa4\xcf\x89\xce\xbd\x20\xce\x93\x2e\x20\xce\xa0\xce\xad\xcf\x84\xcf\x81\xce\xbf\xcf\x85\x20\xce\xba\xce\xb1\xce\xb9\x20\xce\x91\x2e\x20\xce\x96\xce\xae\xcf\x83\xce\xb7", 1}, /* Των Γ. Πέτρου και Α. Ζήση */
        {"\xce\xa4\xce\xb7\xcf\x82\x20\xce\x95\xce\xbb\xce\xbb\xce\xac\xce\xb4\xce\xb1\xcf\x82", 0}, /* Της Ελλάδας */
        {"\xce\xa4\xce\xb7\xcf\x82\x20\xcf\x87\xcf\x81\xce\xbf\xce\xbd\xce\xb9\xce\xac\xcf\x82\x20\xcf\x80\xce\xbf\xcf\x85\x20\xcf\x80\xce\xad\xcf\x81\xce\xb1\xcf\x83\xce\xb5", 0}, /* Της χρονιάς που πέρασε */
        {"\xce\xa4\xce\xbf\xcf\x85\x20\xce\x9d\xce\xaf\xce\xba\xce\xbf\xcf\x85\x20\xce\xa0\xce\xb1\xcf\x80\xcf\x80\xce\xac\x20\xce\xb5\xce\xaf\xcf\x80\xce\xb5\x20\xcf\x8c\xcf\x84\xce\xb9\x20\xce\xb8\xce\xb1\x20\xce\xad\xcf\x81\xce\xb8\xce\xb5\xce\xb9\x2e", 0}, /* Του Νίκου Παππά είπε ότι θα έρθει. */
    }, labels[] = {
        {"\xce\x94\xce\x99\xce\x91\xce\xa6\xce\x97\xce\x9c\xce\x99\xce\xa3\xce\x97", 1}, /* ΔΙΑΦΗΜΙΣΗ */
        {"\xce\x94\xce\xb9\xce\xb1\xcf\x86\xce\xae\xce\xbc\xce\xb9\xcf\x83\xce\xb7", 1}, /* Διαφήμιση */
        {"\xce\xa0\xce\x97\xce\x93\xce\x97\x3a\x20\xce\x91\xce\xa0\xce\x95\x2d\xce\x9c\xce\xa0\xce\x95", 1}, /* ΠΗΓΗ: ΑΠΕ-ΜΠΕ */
        {"\xce\x94\xce\x99\xce\x91\xce\x92\xce\x91\xce\xa3\xce\xa4\xce\x95\x20\xce\x95\xce\xa0\xce\x99\xce\xa3\xce\x97\xce\xa3", 1}, /* ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ */
        {"\xce\x97\x20\xce\xb4\xce\xb9\xce\xb1\xcf\x86\xce\xae\xce\xbc\xce\xb9\xcf\x83\xce\xb7\x20\xcf\x84\xce\xbf\xcf\x85\x20\xcf\x80\xcf\x81\xce\xbf\xcf\x8a\xcf\x8c\xce\xbd\xcf\x84\xce\xbf\xcf\x82\x20\xce\xb1\xcf\x80\xce\xbf\xcf\x83\xcf\x8d\xcf\x81\xce\xb8\xce\xb7\xce\xba\xce\xb5\x20\xce\xbc\xce\xb5\xcf\x84\xce\xac\x20\xcf\x84\xce\xb9\xcf\x82\x20\xce\xba\xce\xb1\xcf\x84\xce\xb1\xce\xb3\xce\xb3\xce\xb5\xce\xbb\xce\xaf\xce\xb5\xcf\x82\x20\xcf\x84\xcf\x89\xce\xbd\x20\xce\xba\xce\xb1\xcf\x84\xce\xb1\xce\xbd\xce\xb1\xce\xbb\xcf\x89\xcf\x84\xcf\x8e\xce\xbd\x2e", 0}, /* Η διαφήμιση του προϊόντος αποσύρθηκε μετά τις καταγγελίες των καταναλωτών. */
    };
    char buf[300];
    pa_line line;
    for (size_t i = 0; i < sizeof bylines / sizeof bylines[0] + sizeof labels / sizeof labels[0]; i++) {
        int is_byline = i < sizeof bylines / sizeof bylines[0];
        const char *text = is_byline ? bylines[i].text : labels[i - sizeof bylines / sizeof bylines[0]].text;
        int hit = is_byline ? bylines[i].hit : labels[i - sizeof bylines / sizeof bylines[0]].hit;
        snprintf(buf, sizeof buf, "%s", text);
        size_t chars = 0;
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line_init(&line, buf, chars);
        int got = is_byline ? pa_line_byline(&line) : pa_line_furniture(&line);
        if ((got != 0) != hit)
            fail_msg("%s %d expected for: %s", is_byline ? "byline" : "label", hit, text);
    }
}

/* The site's name alone as a paragraph (its og:site_name, linked in a
 * heading after a source label: "Источник: <h3>Правда.Ру</h3>") goes; a
 * sentence that names the site stays. */
static void site_name_alone(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html lang=\"ru\"><head><title>\xd0\x91\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82 \xd0\xbf\xd1\x80"
        "\xd0\xb8\xd0\xbd\xd1\x8f\xd1\x82 - \xd0\x92\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba.\xd0\xa0"
        "\xd1\x83</title><meta property=\"og:site_name\" content=\"\xd0\x92\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd"
        "\xd0\xb8\xd0\xba.\xd0\xa0\xd1\x83\"></head><body><div id=\"article\"><h1>\xd0\x91\xd1\x8e\xd0\xb4"
        "\xd0\xb6\xd0\xb5\xd1\x82 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbd\xd1\x8f\xd1\x82</h1><div class=\"autho"
        "r\"><div class=\"date\">25.11.2026 | <span>\xd0\x98\xd1\x81\xd1\x82\xd0\xbe\xd1\x87\xd0\xbd\xd0\xb8"
        "\xd0\xba:</span> <h3><a href=\"/\">\xd0\x92\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba.\xd0\xa0"
        "\xd1\x83</a></h3></div></div><div style=\"clear: both\"></div><div class=\"txt\"><div style=\"fl"
        "oat: left;\"><img src=\"a.jpg\" alt=\"\xd0\x91\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82\"></div><"
        "h2>\xd0\x93\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4\xd1\x81\xd0\xba\xd0\xbe\xd0\xb9 \xd1\x81\xd0\xbe\xd0\xb2"
        "\xd0\xb5\xd1\x82 \xd0\xb2\xd0\xbe \xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xbd\xd0\xb8\xd0\xba \xd1\x83"
        "\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb4\xd0\xb8\xd0\xbb \xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xb9"
        " \xd0\xb1\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82 \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb5 \xd0\xb4"
        "\xd0\xbe\xd0\xbb\xd0\xb3\xd0\xb8\xd1\x85 \xd1\x81\xd0\xbf\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2, \xd0\xba"
        "\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd1\x8b\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb4\xd0\xbe\xd0\xbb"
        "\xd0\xb6\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x81\xd1\x8c \xd0\xb4\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83"
        "\xd0\xbd\xd0\xbe\xd1\x87\xd0\xb8.</h2><p>\xd0\x9c\xd1\x8d\xd1\x80 \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0"
        "\xd0\xb7\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8c \xd0\xba\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd"
        "\xd1\x82\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd1\x8c \xd1\x81\xd0\xbe\xd0\xba\xd1\x80"
        "\xd0\xb0\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x87\xd0\xb0\xd1\x81\xd0\xbe\xd0\xb2 \xd1\x80"
        "\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd1\x8b \xd0\xb1\xd0\xb8\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xbe\xd1\x82"
        "\xd0\xb5\xd0\xba \xd0\xb8 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xb1\xd1\x83\xd1\x81\xd0\xbd\xd1\x8b"
        "\xd1\x85 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd0\xbe\xd0\xb2.</p><p>\xd0\x91"
        "\xd1\x8e\xd0\xb4\xd0\xb6\xd0\xb5\xd1\x82 \xd0\xb2\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb8\xd1\x82"
        " \xd0\xb2 \xd1\x81\xd0\xb8\xd0\xbb\xd1\x83 \xd0\xb2 \xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb5"
        ", \xd1\x82\xd0\xbe\xd0\xb3\xd0\xb4\xd0\xb0 \xd0\xb6\xd0\xb5 \xd0\xbd\xd0\xb0\xd1\x87\xd0\xbd\xd1\x83"
        "\xd1\x82 \xd0\xb4\xd0\xb5\xd0\xb9\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd1\x8c"
        " \xd0\xbd\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xb5 \xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd1\x84\xd1\x8b \xd0\xbd"
        "\xd0\xb0 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xba\xd0\xbe\xd0\xb2\xd0\xba\xd1\x83.</p><p>\xd0\x94\xd0\xb5"
        "\xd0\xbf\xd1\x83\xd1\x82\xd0\xb0\xd1\x82\xd1\x8b \xd0\xbe\xd0\xbf\xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb8"
        "\xd1\x86\xd0\xb8\xd0\xb8 \xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xb8, \xd1\x87\xd1\x82"
        "\xd0\xbe \xd0\xbe\xd0\xb1\xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83\xd1\x8e\xd1\x82 \xd1\x82\xd0\xb0\xd1\x80"
        "\xd0\xb8\xd1\x84\xd1\x8b \xd0\xb2 \xd1\x81\xd1\x83\xd0\xb4\xd0\xb5 \xd0\xb2 \xd1\x81\xd0\xbb\xd0\xb5"
        "\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89\xd0\xb5\xd0\xbc \xd0\xbc\xd0\xb5\xd1\x81\xd1\x8f\xd1\x86\xd0\xb5"
        ".</p></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_int_equal(strncmp(t, "\xd0\x92\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba.\xd0\xa0\xd1\x83\n", 20) != 0, 1); /* Вестник.Ру */
    assert_non_null(strstr(t, "\xd0\xbe\xd0\xbf\xd0\xbf\xd0\xbe")); /* the story's last paragraph: "оппо…" */
    pa_doc_free(&d);
    /* in the story, over a paragraph, the site's name heads a section ("The Economy" on a site so named): it stays */
    const char *section = "<html><head><meta property=\"og:site_name\" content=\"The Economy\"></head><body><article>"
                          "<h1>Rate held at four percent</h1>"
                          PARA("The central bank held its rate at four percent on Thursday, saying price growth had "
                               "slowed less than it expected over the summer months.")
                          PARA("Officials said they would look again at the rate in January, when the figures for the "
                               "autumn are known and the budget is through parliament.")
                          PARA("Two of the nine members of the rate committee voted for a cut of a quarter point, "
                               "citing weaker hiring in the private sector.")
                          PARA("The currency rose slightly against the euro after the decision, and government bond "
                               "yields were little changed.")
                          "<h2>The Economy</h2>"
                          PARA("Output grew by 0.3 percent in the third quarter, helped by exports of machinery and a "
                               "late harvest, the statistics office said on Friday.")
                          "</article></body></html>";
    t = text_of(section, &d);
    assert_non_null(strstr(t, "The Economy\n\nOutput grew"));
    pa_doc_free(&d);
}

/* A Russian site's plea to bloggers under the story ("Пожалуйста, не
 * перепечатывайте … целиком, не забывайте ставить ссылки на … сайте") is a
 * reprint notice; a sentence reporting such a request, with no link asked
 * for, stays. */
static void russian_reprint_plea(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int notice;
    } cases[] = {
        {"\xd0\x9c\xd1\x8b\x20\xd0\xb1\xd0\xbb\xd0\xb0\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x80\xd0\xbd\xd1\x8b\x20\xd0\xb2\xd1\x81\xd0\xb5\xd0\xbc\x2c\x20\xd0\xba\xd1\x82\xd0\xbe\x20\xd1\x86\xd0\xb8\xd1\x82\xd0\xb8\xd1\x80\xd1\x83\xd0\xb5\xd1\x82\x20\xd0\xbd\xd0\xb0\xd1\x88\xd0\xb8\x20\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb5\xd1\x80\xd0\xb8\xd0\xb0\xd0\xbb\xd1\x8b\x2e\x20\xd0\x9f\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83\xd0\xb9\xd1\x81\xd1\x82\xd0\xb0\x2c\x20\xd0\xbd\xd0\xb5\x20\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5\x20\xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c\xd0\xb8\x20\xd1\x86\xd0\xb5\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbc\x2c\x20\xd0\xbd\xd0\xb5\x20\xd0\xb7\xd0\xb0\xd0\xb1\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5\x20\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c\x20\xd1\x81\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb8\x20\xd0\xbd\xd0\xb0\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd\xd1\x8b\xd0\xb9\x20\xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82\x20\xd0\xbd\xd0\xb0\x20\xd0\xbd\xd0\xb0\xd1\x88\xd0\xb5\xd0\xbc\x20\xd1\x81\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5\x2e", 1},
        {"\xd0\xa0\xd0\xb5\xd0\xb4\xd0\xb0\xd0\xba\xd1\x86\xd0\xb8\xd1\x8f\x20\xd0\xbf\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd0\xb8\xd0\xbb\xd0\xb0\x20\xd0\xb1\xd0\xbb\xd0\xbe\xd0\xb3\xd0\xb5\xd1\x80\xd0\xbe\xd0\xb2\x20\xd0\xbd\xd0\xb5\x20\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd1\x8b\xd0\xb2\xd0\xb0\xd1\x82\xd1\x8c\x20\xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x8c\xd0\xb8\x20\xd1\x86\xd0\xb5\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbc\x2e", 0},
        {"\xd0\x9e\xd0\xbd\x20\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb\x3a\x20\xc2\xab\xd0\x9d\xd0\xb5\x20\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5\x20\xd0\xbc\xd0\xbe\xd0\xb8\x20\xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xb0\xc2\xbb\x2c\x20\xd0\xb8\x20\xd1\x83\xd1\x88\xd1\x91\xd0\xbb\x20\xd0\xb1\xd0\xb5\xd0\xb7\x20\xd0\xba\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd0\xb5\xd0\xb2\x2e", 0},
        /* «Я много раз писал в блоге: не перепечатывайте мои снимки без ссылки на автора, …», — сказал фотограф. */
        {"\xc2\xab\xd0\xaf\x20\xd0\xbc\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe\x20\xd1\x80\xd0\xb0\xd0\xb7\x20\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbb\x20\xd0\xb2\x20\xd0\xb1\xd0\xbb\xd0\xbe\xd0\xb3\xd0\xb5\x3a\x20\xd0\xbd\xd0\xb5\x20\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5\x20\xd0\xbc\xd0\xbe\xd0\xb8\x20\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc\xd0\xba\xd0\xb8\x20\xd0\xb1\xd0\xb5\xd0\xb7\x20\xd1\x81\xd1\x81\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb8\x20\xd0\xbd\xd0\xb0\x20\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb0\x2c\x20\xd0\xbd\xd0\xbe\x20\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x8f\x20\xd0\xbd\xd0\xb8\xd0\xba\xd1\x82\xd0\xbe\x20\xd0\xbd\xd0\xb5\x20\xd1\x81\xd0\xbb\xd1\x83\xd1\x88\xd0\xb0\xd0\xb5\xd1\x82\xc2\xbb\x2c\x20\xe2\x80\x94\x20\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb\x20\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe\xd0\xb3\xd1\x80\xd0\xb0\xd1\x84\x2e", 0},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        size_t chars = 0;
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line_init(&line, buf, chars);
        if ((pa_line_reprint_notice(&line) != 0) != cases[i].notice)
            fail_msg("reprint notice %d expected for case %zu", cases[i].notice, i);
    }
}

/* A widget's Russian loading label ("Загружается...", "Загрузка...") is
 * furniture; a sentence that opens with the word stays. */
static void russian_loading_label(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int label;
    } cases[] = {
        {"\xd0\x97\xd0\xb0\xd0\xb3\xd1\x80\xd1\x83\xd0\xb6\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f\x2e\x2e\x2e", 1}, /* Загружается... */
        {"\xd0\x97\xd0\xb0\xd0\xb3\xd1\x80\xd1\x83\xd0\xb7\xd0\xba\xd0\xb0\x2e\x2e\x2e", 1}, /* Загрузка... */
        {"\xd0\x97\xd0\xb0\xd0\xb3\xd1\x80\xd1\x83\xd0\xb6\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f\x20\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x8f\x20\xd0\xb2\xd0\xb5\xd1\x80\xd1\x81\xd0\xb8\xd1\x8f\x20\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbc\xd0\xbc\xd1\x8b\x2c\x20\xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb8\xd0\xbb\xd0\xb8\x20\xd0\xb2\x20\xd0\xba\xd0\xbe\xd0\xbc\xd0\xbf\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb8\x2e", 0}, /* Загружается новая версия программы, сообщили в компании. */
    };
    char buf[200];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        size_t chars = 0;
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line_init(&line, buf, chars);
        if ((pa_line_furniture(&line) != 0) != cases[i].label)
            fail_msg("loading label %d expected for case %zu", cases[i].label, i);
    }
}

/* The article's block named in Polish (id "artykul") counts as the
 * article the way "article" does: it wins over a teaser box whose class
 * says "body". */
static void polish_article_class_words(void **state)
{
    (void)state;
    pa_doc d;
    char links[4096] = "";
    for (int i = 0; i < 25; i++) {
        char li[128];
        snprintf(li, sizeof li, "<li><a href=\"/l%d\">Another headline of the day, number %d</a></li>", i, i);
        strcat(links, li);
    }
#define POLISH_P(x) "<p>" x ", a line of the story long enough to read as prose, with a comma or two; and then "    \
                    "more words follow it, so that the paragraph reads like the prose of a real article.</p>"
    char page[16384];
    snprintf(page, sizeof page,
             "<html><body><div class=\"top\"><ul>%s</ul><div class=\"mod\"><div class=\"node_body\">"
             POLISH_P("Teaser box") "</div></div><ul>%s</ul></div><div class=\"col2\"><div id=\"artykul\">"
             POLISH_P("Article opening") POLISH_P("Article second") "</div></div><ul>%s</ul></body></html>",
             links, links, links);
#undef POLISH_P
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Article opening"));
    assert_null(strstr(t, "Teaser box"));
    pa_doc_free(&d);
}

/* The box about the writer after the story goes; a short byline box with
 * the same class words (name and date) keeps its date. */
static void author_box_after_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"author-info\">By Jane Doe, March 3, 2021</div>"
                       PARA("Lead paragraph.") PARA("Second paragraph.") PARA("Third paragraph.")
                       "<div class=\"author_detail_box\"><p>Jane Doe is a reporter who has covered city hall "
                       "for ten years, and before that wrote about schools, courts and the weather for the "
                       "paper's weekend edition.</p></div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "covered city hall"));
    assert_non_null(d.published);
    assert_int_equal(strncmp(d.published, "2021-03-03", 10), 0);
    pa_doc_free(&d);
    /* a one-sentence bio goes too */
    const char *one = "<html><body><article><div class=\"author-info\">By Jane Doe, March 3, 2021</div>"
                      PARA("Lead paragraph.") PARA("Second paragraph.") PARA("Third paragraph.")
                      "<div class=\"byline-bio\"><p>Jane Doe is Trending Editor for the Daily and lives in Ohio.</p>"
                      "</div></article></body></html>";
    t = text_of(one, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Trending Editor"));
    assert_non_null(d.published);
    pa_doc_free(&d);
}

/* A byline alone on its line goes (also "ByJane Doe", "By" run into the
 * name); a short sentence starting with "By" stays. */
static void byline_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>By JANE DOE Example Times</p>" PARA("Lead paragraph.")
                       "<p>By Monday the river had risen into the town.</p><h3>By Car</h3>" PARA("Second paragraph.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "JANE DOE"));
    assert_non_null(strstr(t, "By Monday the river"));
    assert_non_null(strstr(t, "By Car"));
    pa_doc_free(&d);
    /* "By" in an element of its own, run into the linked name */
    const char *glued = "<html><body><article>" PARA("Lead paragraph.")
                        "<div><span>By</span><a href=\"/a/jane\">Jane Doe</a></div>" PARA("Second paragraph.")
                        "<p>ByteDance Said Nothing</p></article></body></html>";
    t = text_of(glued, &d);
    assert_null(strstr(t, "Jane Doe"));
    assert_non_null(strstr(t, "ByteDance"));
    pa_doc_free(&d);
}

/* A picture gallery inside the story goes with its captions; a page that
 * is one gallery keeps them (the relaxed pass); a slideshow story's own
 * slides in its body ("gallery-slide": counter, picture and credit, a
 * subheading and a paragraph of the story) keep their subheading and
 * paragraph. */
static void gallery_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<div class=\"full-gallery\"><ul><li><h2>1/3 Pubs get protected</h2><p>New rules have been "
                       "announced which protect local pubs and give communities a greater say, with more to come "
                       "next year.</p><p>PA</p></li><li><h2>2/3 Camden set for a makeover</h2></li></ul></div>"
                       PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Pubs get protected"));
    assert_null(strstr(t, "Camden"));
    pa_doc_free(&d);
    const char *only = "<html><body><div class=\"gallery\">" PARA("Caption one.") PARA("Caption two.")
                       "</div></body></html>";
    t = text_of(only, &d);
    assert_non_null(strstr(t, "Caption two."));
    pa_doc_free(&d);
    const char *slides =
        "<html><body><article>" PARA("Lead paragraph.")
        "<div class=\"gallery-slide\"><div class=\"count\">1 of 2</div><figure><img src=\"a.jpg\"><figcaption>Photo: "
        "Getty Images</figcaption></figure><div class=\"slide-body\"><h2>The surprise duet</h2><div><p>Jessa Morrow "
        "walked on stage unannounced to join the opening act for a stripped-back version of her old hit.</p></div>"
        "</div></div><div class=\"gallery-slide\"><div class=\"count\">2 of 2</div><figure><img src=\"b.jpg\">"
        "</figure><div class=\"slide-body\"><h2>The wrong envelope</h2><div><p>A presenter opened the envelope for "
        "the wrong category and read the name anyway.</p></div></div></div>" PARA("Last paragraph.")
        "</article></body></html>";
    t = text_of(slides, &d);
    assert_non_null(strstr(t, "Last paragraph."));
    assert_non_null(strstr(t, "The surprise duet"));
    assert_non_null(strstr(t, "walked on stage unannounced"));
    assert_non_null(strstr(t, "read the name anyway"));
    assert_null(strstr(t, "Getty"));
    pa_doc_free(&d);
}

/* Boxes inserted between the story's paragraphs that are not the story
 * go: an embedded tweet or Instagram post, a teaser card (picture and
 * headline in one link), a sign-up box around an e-mail field, a player
 * box with its episode title, a paywall's plans with their prices, a
 * product box (picture, name, price, shop link).  A picture whose caption is not a link, and
 * a short paragraph in a plain <div>, stay. */
static void boxes_inserted_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Council approves the budget</h1>" PARA("Lead paragraph.")
        "<blockquote class=\"twitter-tweet\"><p lang=\"en\">Big news from city hall today, the budget passed!</p>"
        "&mdash; Mayor (@mayor) <a href=\"https://twitter.com/x/status/1\">May 1, 2024</a></blockquote>"
        PARA("Second paragraph.")
        "<blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com/p/x/\"><a "
        "href=\"https://www.instagram.com/p/x/\">View this post on Instagram</a><p>A post shared by City Hall "
        "(@cityhall)</p></blockquote>"
        "<div class=\"EmbedTweet\"><blockquote><p>Finally, a budget that fixes the roads in our ward.</p><cite>"
        "@resident</cite></blockquote></div>"
        "<div class=\"posttv-video-embed\" data-uuid=\"3749\"><script src=\"/posttv.js\"></script></div>"
        "<div class=\"inline-video-caption\"><span>Crowds gathered outside city hall before the vote on "
        "Tuesday. (Reuters)</span></div>"
        PARA("Third paragraph.")
        "<div class=\"inline-story\"><a href=\"/news/other\"><img src=\"a.jpg\" alt=\"\"><h3>Mayor unveils a plan "
        "to fix potholes this summer</h3></a></div>" PARA("Third and a half paragraph.")
        "<div class=\"story-card\"><a href=\"/news/more\"><img src=\"c.jpg\" alt=\"\"></a><h3><a href=\"/news/more\">"
        "School board delays its vote on the calendar</a></h3><p>New dates in June.</p></div>"
        PARA("Fourth paragraph.")
        "<div class=\"box-cta\"><h3>Get the Morning Briefing</h3><p>The top stories in your inbox every weekday.</p>"
        "<form><input type=\"email\" name=\"addr\"><button>Go</button></form></div>"
        PARA("Fifth paragraph.")
        "<div class=\"podcast-embed\"><iframe src=\"https://player.example.com/ep1\"></iframe><p>The Daily "
        "Briefing: Episode 12</p></div>"
        PARA("Sixth paragraph.")
        "<div class=\"media-embed\"><div class=\"jw-player-container\" id=\"player-123\"></div><h4>Watch: the "
        "debate</h4><p>Members spent three hours on the plan.</p></div>" PARA("Sixth and a half paragraph.")
        "<div class=\"pic\"><a href=\"/big.jpg\"><img src=\"b.jpg\"></a><p>Council members vote on the plan in the "
        "chamber on Tuesday night.</p></div>"
        PARA("Seventh paragraph.") "<div>The vote was seven to two.</div>" PARA("Eighth paragraph.")
        "<div class=\"offer\"><h3>Unlock this story</h3><div><p>Monthly</p><p>$39</p></div><div><p>Annual</p>"
        "<p>$399</p></div><a href=\"/subscribe\">Subscribe</a></div>" PARA("Ninth paragraph.")
        "<div class=\"product\"><img src=\"p.jpg\"><h4>Acme Budget Planner</h4><p>$29.99</p><a href=\"https://shop."
        "example.com/x\">Buy now</a></div>" PARA("Tenth paragraph.")
        "<div class=\"rates\"><table><tr><th>Prepay rate</th><th>Pay on arrival</th></tr><tr><td>$260.93</td>"
        "<td>$269</td></tr></table></div>" PARA("Eleventh paragraph.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_non_null(strstr(t, "Eighth paragraph."));
    assert_null(strstr(t, "Big news from city hall"));
    assert_null(strstr(t, "shared by City Hall"));
    assert_null(strstr(t, "fixes the roads"));
    assert_null(strstr(t, "Crowds gathered"));
    assert_null(strstr(t, "potholes"));
    assert_null(strstr(t, "School board delays"));
    assert_null(strstr(t, "New dates in June"));
    assert_null(strstr(t, "Morning Briefing"));
    assert_null(strstr(t, "Episode 12"));
    assert_null(strstr(t, "three hours"));
    assert_non_null(strstr(t, "Sixth and a half paragraph."));
    assert_non_null(strstr(t, "Council members vote on the plan"));
    assert_non_null(strstr(t, "seven to two"));
    assert_null(strstr(t, "$399"));
    assert_non_null(strstr(t, "Ninth paragraph."));
    assert_null(strstr(t, "Acme Budget Planner"));
    assert_non_null(strstr(t, "Tenth paragraph."));
    assert_non_null(strstr(t, "$260.93"));
    pa_doc_free(&d);
    /* one rule for every player box: a script-built player in a box its
     * class names, with a title and a longer description (over 300
     * characters), goes like a <video> box */
    page = "<html><body><article><h1>Council approves the budget</h1>" PARA("Lead paragraph.")
           PARA("Second paragraph.")
           "<div class=\"video-embed\"><div id=\"player-77\"></div><h4>Watch: the council's three-hour debate on "
           "the budget</h4><p>Members of the council spent three hours on the plan on Tuesday night, hearing from "
           "residents who packed the chamber, from the finance director who presented the numbers line by line, and "
           "from the two members who voted against it and explained why they thought the tax increase went too far "
           "for the families of the town.</p></div>"
           PARA("Third paragraph.") PARA("Fourth paragraph.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Fourth paragraph."));
    assert_null(strstr(t, "finance director"));
    pa_doc_free(&d);
    /* an AMP page's player (<amp-video>) with its title and caption, in a box its class names or not */
    page = "<html amp><body><article><h1>Heat warning issued</h1>" PARA("Lead paragraph.") PARA("Second paragraph.")
           "<div class=\"amp-video-wrap\"><h4>Video: Heatwave forecast explained</h4><amp-video width=\"640\" "
           "height=\"360\" src=\"/v.mp4\"><div fallback>Your browser does not support HTML5 video.</div></amp-video>"
           "<p>A forecaster explains why the hot air is stalling over the state.</p></div>"
           PARA("Third paragraph.") "<div class=\"clip\"><amp-youtube data-videoid=\"x1\" width=\"480\" "
           "height=\"270\"></amp-youtube><p>Lifeguards describe the busiest weekend of the summer.</p></div>"
           PARA("Fourth paragraph.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Fourth paragraph."));
    assert_null(strstr(t, "hot air"));
    assert_null(strstr(t, "Lifeguards"));
    pa_doc_free(&d);
}

/* A short label over a list of topic links at the end of the story goes
 * with the links it names; a last line ending a sentence stays. */
static void label_of_link_list(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       PARA("Third paragraph.") "<div><span>Explore more on these topics</span><ul><li><a "
                       "href=\"/t/books\">Science fiction books</a></li><li><a href=\"/t/best\">Best books of "
                       "the year</a></li><li><a href=\"/t/fiction\">Fiction</a></li></ul></div>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Explore more"));
    pa_doc_free(&d);
}

/* A "more stories" teaser block inside the article's container goes
 * however much prose its teasers hold. */
static void more_stories_block(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<div class=\"footer-list moreFeatures\">" PARA("Teaser one.") PARA("Teaser two.")
                       PARA("Teaser three.") PARA("Teaser four.") PARA("Teaser five.") "</div>"
                       PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Teaser"));
    pa_doc_free(&d);
    /* a list of the most read stories with their teasers, set inside the story ("mostread-inline") */
    page = "<html><body><article>" PARA("Lead paragraph.") PARA("Second paragraph.")
           "<div class=\"mostread-inline\"><ol><li><a href=\"/a\">Rail fares to rise in March</a><p>Campaigners say "
           "passengers are paying more for worse services on every line.</p></li><li><a href=\"/b\">Stores to "
           "close</a><p>About 1,200 jobs are at risk at the chain's shops, the company said.</p></li></ol></div>"
           PARA("Third paragraph.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Campaigners"));
    pa_doc_free(&d);
}

/* A line that is only the writer's e-mail or the story's short link goes;
 * a sentence giving an address stays. */
static void address_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") "<p>jdoe@example.com</p>"
                       "<p>Short URL: http://example.com/?p=41440</p><p>Write to tips@example.com for details.</p>"
                       PARA("Second paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "jdoe@"));
    assert_null(strstr(t, "Short URL"));
    assert_non_null(strstr(t, "Write to tips@example.com"));
    pa_doc_free(&d);
}

/* The control bar of a video.js player inside the story is not text, nor
 * a click-to-play box named for its player in camel case. */
static void video_player_controls(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.")
                       "<div class=\"video-js\"><button class=\"vjs-big-play-button\"><span>Play Video</span></button>"
                       "<div class=\"vjs-control-bar\"><div class=\"vjs-current-time\">Current Time 0:00</div>"
                       "<div class=\"vjs-duration\">Duration Time 0:00</div></div></div>"
                       PARA("Second paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Current Time"));
    assert_null(strstr(t, "Duration"));
    pa_doc_free(&d);
    /* the labels of an ai2html chart and a "bio" box after the story */
    const char *chart = "<html><body><article>" PARA("Lead paragraph.")
                        "<div class=\"ai2html\"><p>$915</p><p>billion</p><p>Interest payments on the debt</p></div>"
                        PARA("Second paragraph.") "<div class=\"post-body-bio\">Jane Doe is a correspondent for "
                        "the paper based in Cairo. She previously covered conflicts in the Middle East and in Afghanistan "
                        "for another paper, and wrote about schools and courts before that for "
                        "paper.</div></article></body></html>";
    t = text_of(chart, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "billion"));
    assert_null(strstr(t, "correspondent"));
    pa_doc_free(&d);
    /* a click-to-play box whose class names the player in camel case ("InlineVideo-container"): its label,
     * duration, clip title and show */
    const char *inline_video =
        "<html><head><title>Council approves the budget</title></head><body><article>"
        "<h1>Council approves the budget</h1>" PARA("Lead paragraph.")
        "<div class=\"InlineVideo-container\"><div class=\"InlineVideo-videoEmbed\"><div class=\"InlineVideo-wrapper\">"
        "<img src=\"/t.jpg\" alt=\"\"><button class=\"InlineVideo-playButton\" aria-label=\"Play Video\"></button></div>"
        "<div class=\"InlineVideo-videoFooter\"><span>VIDEO</span><span>02:37</span></div><div class=\"InlineVideo-title\">"
        "<span>02:37</span><h3>Chief executive on the company's plans</h3></div>"
        "<span class=\"InlineVideo-show\">Morning Show</span></div></div>"
        "<p>The second paragraph of the story goes on for long enough to read as the story that follows the "
        "player: the council voted on Monday to approve the budget, and the mayor said the vote would let the "
        "city hire more teachers, build two schools and repave the roads on the east side of town.</p>" PARA("Third paragraph.") PARA("Fourth paragraph.") PARA("Fifth paragraph.")
        PARA("Sixth paragraph.") "</article></body></html>";
    t = text_of(inline_video, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "VIDEO"));
    assert_null(strstr(t, "Chief executive"));
    assert_null(strstr(t, "Morning Show"));
    pa_doc_free(&d);
}

/* Labels of the blocks around a story: a post's categories, a follow
 * pitch, the heading of a teaser list; a paragraph starting "More from"
 * that is not a heading stays. */
static void block_labels(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.") "<p>Filed under: Health</p>"
                       "<p>Follow Jane Doe on Twitter @jdoe</p><p>More from the minister later</p>"
                       "<p>AFP</p><p>Example-Post Staff</p><p>Highly trained staff</p>"
                       "<p>Continue reading the main story</p><p>Click here to follow us on Twitter</p>"
                       "<p>The views expressed by the authors of this blog are their own and do not necessarily "
                       "reflect the views of Example.</p><p>Its findings do not necessarily reflect the views of "
                       "the department, the report said.</p>"
                       PARA("Second paragraph.") "<h3>More From Example News</h3><p>Related Stories from Around "
                       "the Web</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "More from the minister"));
    assert_null(strstr(t, "Filed under"));
    assert_null(strstr(t, "Follow Jane"));
    assert_null(strstr(t, "More From Example"));
    assert_null(strstr(t, "Related Stories"));
    assert_null(strstr(t, "AFP"));
    assert_null(strstr(t, "main story"));
    assert_null(strstr(t, "Click here"));
    assert_null(strstr(t, "views expressed"));
    assert_non_null(strstr(t, "Its findings"));
    assert_null(strstr(t, "Example-Post Staff"));
    assert_non_null(strstr(t, "Highly trained staff"));
    pa_doc_free(&d);
}

/* A story cut in two around a box (an ad slot or "more on this" panel in
 * each half's wrapper): the widening looks past one small box when the
 * level above it adds the first half.  A lead paragraph in a block before
 * the body, past a list of links that closes the body: taken. */
static void article_cut_by_boxes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"story\">"
        "<div class=\"wrap\"><div class=\"part\">" PARA("First half one.") PARA("First half two.")
        PARA("First half three.") PARA("First half four.") "</div></div>"
        "<div class=\"wrap\"><div class=\"part\">" PARA("Second half one.") PARA("Second half two.")
        PARA("Second half three.") PARA("Second half four.") PARA("Second half five.") PARA("Second half six.")
        PARA("Second half seven.") PARA("Second half eight.") PARA("Second half nine.") PARA("Second half ten.")
        "</div>"
        "<div class=\"box\"><div><a href=\"/m\">Markets: the week in charts</a> and the notes from our desk "
        "on the deals of the week</div><div><a href=\"/g\">Mergers: who bought whom</a> with the tables the editors "
        "chose for the readers</div><div><a href=\"/d\">Deals: the week ahead</a> and the calendar of the "
        "results</div></div></div>"
        "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second half six."));
    assert_non_null(strstr(t, "First half one."));
    assert_non_null(strstr(t, "First half three."));
    pa_doc_free(&d);
    const char *page2 =
        "<html><body><div class=\"news\"><h2>A subtitle over the story</h2>"
        "<div class=\"lead\">The lead of the story, set in bold above the body, says what happened, where, and "
        "when, in two sentences. It sits outside the body.</div>"
        "<div class=\"inner\"><div class=\"body\">" PARA("Body one.") PARA("Body two.") PARA("Body three.")
        "</div><ul class=\"kw\"><li><a href=\"/k1\">Keyword one</a></li><li><a href=\"/k2\">Keyword two</a></li>"
        "<li><a href=\"/k3\">Keyword three</a></li><li><a href=\"/k4\">Another keyword</a></li>"
        "<li><a href=\"/k5\">Fifth keyword</a></li><li><a href=\"/s1\">A linked headline of another story</a></li>"
        "<li><a href=\"/s2\">A second linked headline of another story</a></li>"
        "<li><a href=\"/s3\">A third linked headline of yet another story</a></li></ul></div>"
        "</div><div class=\"other\"><p>Unrelated text of the page footer, with an address, a phone number, "
        "and the opening hours of the office.</p></div></body></html>";
    t = text_of(page2, &d);
    assert_non_null(strstr(t, "Body three."));
    assert_non_null(strstr(t, "The lead of the story"));
    assert_null(strstr(t, "Keyword"));
    assert_null(strstr(t, "opening hours"));
    pa_doc_free(&d);
}

/* A page builder (Elementor) puts each block of the article in a "widget"
 * box: a box holding one subheading is article text; a sidebar widget's
 * list of links is not. */
static void builder_widget_headings(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"content\">"
        "<div class=\"widget-wrap\"><div class=\"widget-container\">" PARA("Intro one.") PARA("Intro two.")
        "</div></div>"
        "<div class=\"widget-wrap\"><div class=\"widget-container\"><h2>Build an emergency fund</h2></div></div>"
        "<div class=\"widget-wrap\"><div class=\"widget-container\">" PARA("Fund one.") PARA("Fund two.")
        "</div></div>"
        "<div class=\"widget-wrap\"><div class=\"widget-container\"><h3><a href=\"/x\">Recent posts</a></h3>"
        "<ul><li><a href=\"/1\">Post one</a></li><li><a href=\"/2\">Post two</a></li></ul></div></div>"
        "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Intro one."));
    assert_non_null(strstr(t, "Build an emergency fund"));
    assert_non_null(strstr(t, "Fund two."));
    assert_null(strstr(t, "Recent posts"));
    pa_doc_free(&d);
}

/* A roundup titles each item with a paragraph that is one link; the item's
 * text after it uses the title's words.  A related-story link between
 * paragraphs does not. */
static void linked_item_titles(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"story\">" PARA("The roundup opens.")
        "<p><a href=\"/a\">Dataminr acquires ThreatConnect</a></p>"
        "<p>Risk detection provider Dataminr is acquiring threat intelligence firm ThreatConnect for $290 million "
        "in cash and equity, to combine its signals platform with the internal data capabilities of the firm it "
        "buys; the deal is the largest of the month, and it closes in the first quarter of next year.</p>"
        "<p><a href=\"/b\">Why the weather turned cold this week</a></p>" PARA("The roundup continues.")
        PARA("The roundup closes.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Dataminr acquires ThreatConnect"));
    assert_non_null(strstr(t, "$290 million"));
    assert_null(strstr(t, "weather"));
    pa_doc_free(&d);
}

/* A list the story holds keeps its linked items: a list under the story's
 * own line ending with a colon, the story's sources under their heading,
 * and a checklist that mixes linked steps with steps of plain text.  A list
 * of other stories under its label line ("You may also like:"), a table of
 * contents ("In this article we look at:") and a list of links alone still
 * go. */
static void story_lists_of_links(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"story\">" PARA("The story opens.")
        "<p>Other apps that you may find helpful:</p>"
        "<ul><li><a href=\"/h\">Headspace</a></li><li><a href=\"/s\">Smiling Mind</a></li>"
        "<li><a href=\"/b\">Stop, Breathe, Think</a></li></ul>" PARA("The story goes on.")
        "<ul><li>Research the venues near the town</li><li><a href=\"/q\">Pop the question to your friends</a></li>"
        "<li>Send the save the date cards</li><li>Book the musicians for the ceremony</li></ul>"
        PARA("The story continues.")
        "<ul><li><a href=\"/x\">Weather turns cold in the north</a></li>"
        "<li><a href=\"/y\">Council votes on the new budget</a></li></ul>" PARA("The story nears its end.")
        "<p>Here's a selection:</p><ul><li><a href=\"/c1\">Branding basics</a></li>"
        "<li><a href=\"/c2\">Fundraising with donors</a></li></ul>" PARA("The story draws to a close.")
        "<p>In this article we look at:</p><ul><li><a href=\"#p1\">The harbour of the old town</a></li>"
        "<li><a href=\"#p2\">The fishing fleet at dawn</a></li></ul>" PARA("The story winds down.")
        "<p>If you liked this post you might also like:</p>"
        "<ul><li><a href=\"/z\">Ten ways to save on heating</a></li>"
        "<li><a href=\"/w\">Why trains run late in autumn</a></li></ul>" PARA("The story closes.")
        "<h2>References &amp; Sources</h2><ul><li><a href=\"/r1\">Copyright and text mining | Law Review</a></li>"
        "<li><a href=\"/r2\">Pay per crawl explained | Tech Journal</a></li>"
        "<li><a href=\"/r3\">Part 3: Generative AI Training | Copyright Office</a></li></ul></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Smiling Mind"));
    assert_non_null(strstr(t, "Stop, Breathe, Think"));
    assert_non_null(strstr(t, "Pop the question"));
    assert_non_null(strstr(t, "Fundraising with donors"));
    assert_non_null(strstr(t, "Pay per crawl explained"));
    assert_non_null(strstr(t, "Part 3: Generative AI Training")); /* no "Label: link" line here */
    assert_null(strstr(t, "Weather turns cold"));
    assert_null(strstr(t, "save on heating"));
    assert_null(strstr(t, "fishing fleet")); /* a table of contents */
    pa_doc_free(&d);
}

/* A list under the story's own intro line keeps its linked items after a
 * list nested in one of its items, as before it. */
static void story_list_with_nested_list(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"story\">" PARA("The story opens.")
        "<p>Other apps that you may find helpful:</p>"
        "<ul><li><a href=\"/a\">Alpha App</a></li><li>Beta, a tool to track things"
        "<ul><li>Beta Pro for teams of people</li><li>Beta Lite for one person</li></ul></li>"
        "<li><a href=\"/g\">Gamma App</a></li><li><a href=\"/d\">Delta App</a></li></ul>"
        PARA("The story goes on.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Alpha App"));
    assert_non_null(strstr(t, "Beta Lite"));
    assert_non_null(strstr(t, "Gamma App"));
    assert_non_null(strstr(t, "Delta App"));
    pa_doc_free(&d);
}

/* A closed accordion panel (hidden until its button opens it) is text of
 * the page, also without aria-controls when the button sits alone in a
 * heading right before the panel; a hidden block no button opens is not.
 * The button's question ("What is a ledger?") titles the panel; a button
 * holding a heading does too. */
static void accordion_panels(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"story\">" PARA("Opening paragraph.") PARA("Second paragraph.")
        "<h2>Questions</h2><button aria-expanded=\"false\" aria-controls=\"faq-0\">What is a ledger?</button>"
        "<div id=\"faq-0\" style=\"height:0;overflow:hidden\" aria-hidden=\"true\"><p>A ledger is a record of "
        "transactions, kept by every node of the network, and each copy agrees with the others.</p></div>"
        "<button aria-expanded=\"false\" aria-controls=\"faq-1\">Who keeps it?</button>"
        "<div class=\"collapse\" style=\"display:none\"><div id=\"faq-1\"><p>Every participant keeps a copy of "
        "it, and none of them can change an entry alone.</p></div></div>"
        "<h3><button aria-expanded=\"false\">Weight</button></h3><div aria-hidden=\"true\" hidden><p>A lighter "
        "shoe feels faster on race day, and a heavier one gives more cushion on a long and slow run.</p></div>"
        "<button aria-expanded=\"false\" aria-controls=\"faq-2\"><div><h3>Costs of a node</h3></div></button>"
        "<div id=\"faq-2\" hidden><p>A node costs little to run, a few dollars a month on a small server, and "
        "it can run at home.</p></div>"
        "<div style=\"display:none\"><p>A hidden block that no button opens, with text nobody reads on the "
        "page at all.</p></div>" PARA("Closing paragraph.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "A ledger is a record"));
    assert_non_null(strstr(t, "Every participant keeps"));
    assert_non_null(strstr(t, "A lighter shoe feels faster"));
    assert_non_null(strstr(t, "What is a ledger?"));
    assert_non_null(strstr(t, "Costs of a node"));
    assert_null(strstr(t, "nobody reads"));
    assert_non_null(strstr(t, "Closing paragraph."));
    pa_doc_free(&d);
}

/* The parse registers an "xml:id" as libxml2's own startElement does (an
 * XHTML page's id): the panel a button's aria-controls names by it opens. */
static void accordion_panel_xml_id(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"story\">" PARA("Opening paragraph.") PARA("Second paragraph.")
        "<h2>Questions</h2><button aria-expanded=\"false\" aria-controls=\"faq-9\">What is a ledger?</button>"
        "<div xml:id=\"faq-9\" style=\"height:0;overflow:hidden\" aria-hidden=\"true\"><p>A ledger is a record "
        "of transactions, kept by every node of the network, and each copy agrees with the others.</p></div>"
        PARA("Closing paragraph.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "A ledger is a record"));
    assert_non_null(strstr(t, "Closing paragraph."));
    pa_doc_free(&d);
}

/* An article in a list item (a CMS's one-item list of articles): its
 * paragraphs are scored, not the item as one line of a list. */
#define SIDE_ITEM "<p>A sidebar line, short, and plain.</p>"
static void article_in_list_item(void **state)
{
    (void)state;
    pa_doc d;
    const char *html = "<html><body><div class=\"wrap\"><ul><li><div class=\"box\"><h1>The headline</h1>"
                       "<div class=\"text\">" PARA("Listed one.") PARA("Listed two.") PARA("Listed three.")
                       "</div></div></li></ul></div><div class=\"side\">" SIDE_ITEM SIDE_ITEM SIDE_ITEM SIDE_ITEM
                       SIDE_ITEM SIDE_ITEM SIDE_ITEM SIDE_ITEM "</div></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "Listed one."));
    assert_null(strstr(t, "A sidebar line"));
    pa_doc_free(&d);
}

/* A line or two in a block whose class word lifts it level with a block
 * holding several times its text: the fuller block is the article. */
static void short_block_with_class_word(void **state)
{
    (void)state;
    pa_doc d;
    const char *html = "<html><body><div class=\"col\"><div class=\"node node_body\"><p>Is it a vaccine against "
                       "jaundice, or not at all?</p></div><div class=\"box\"><p>Weather today, sunny and warm.</p>"
                       "<p>Weather tomorrow, rainy and cold.</p><p>Weather on Sunday, windy and wet.</p>"
                       "<p>Weather on Monday, calm and dry.</p><p>Weather next week, mild and grey.</p>"
                       "<p>Weather next month, who can tell.</p></div></div><div id=\"art\">" PARA("Fuller one.")
                       PARA("Fuller two.") PARA("Fuller three.") "</div></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "Fuller one."));
    assert_non_null(strstr(t, "Fuller three."));
    pa_doc_free(&d);
}

/* A lead paragraph wrapped in its own <div> beside the article body (a
 * bold summary above it) is kept, before the body, like a loose <p> there;
 * a link box beside the body is not. */
static void wrapped_lead_paragraph(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div id=\"page\"><div class=\"main\">"
        "<h1>A headline for the story</h1><h4 class=\"byline\">by Jane Doe, 11 January 2012</h4>"
        "<div class=\"summary\"><p>The lead of the story, set apart in bold above the body, says what "
        "happened, to whom, and where, in one long sentence.</p></div>"
        "<div id=\"articleBody\">" PARA("The first paragraph of the body.") PARA("The second paragraph.")
        PARA("The third paragraph.") PARA("The fourth paragraph.") PARA("The fifth paragraph.") "</div>"
        "<div class=\"tools\"><a href=\"/1\">Email this story to a friend</a> <a href=\"/2\">Print this "
        "story</a> <a href=\"/3\">Clip and save this story</a></div>"
        "<div class=\"more\"><a href=\"/5\">Another story with a long linked headline here</a><br>"
        "<a href=\"/6\">A second story with a long linked headline too</a></div>"
        "</div></div></body></html>";
    const char *t = text_of(page, &d);
    const char *lead = strstr(t, "The lead of the story"), *first = strstr(t, "The first paragraph");
    assert_non_null(lead);
    assert_non_null(first);
    assert_true(lead < first);
    assert_null(strstr(t, "Clip and save"));
    assert_null(strstr(t, "Another story"));
    pa_doc_free(&d);
}

/* The writer's name and the day on a line of their own above the story
 * ("Jane Doe, Example News January 12, 2012 4:10 AM", "Associated Press ·
 * January 12, 2012") are not its text; a
 * press release's dateline leading into the text, and a sentence with a
 * date, are. */
static void byline_date_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>14 December 2011 Last updated at 17:09 GMT</p>"
                       "<p>Jane Doe, Example News January 12, 2012 4:10 AM</p>"
                       "<p>Associated Press &middot; January 12, 2012</p>"
                       "<p>LAS VEGAS, Jan. 11, 2012 /PRNewswire/ --</p>" PARA("The story starts here.")
                       "<p>On January 12, 2012 the council voted on the plan.</p>" PARA("The story goes on.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "Jane Doe"));
    assert_null(strstr(t, "Associated Press"));
    assert_null(strstr(t, "Last updated"));
    assert_non_null(strstr(t, "/PRNewswire/ --"));
    assert_non_null(strstr(t, "the council voted"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    /* a line of capitalised words without an English month name stays */
    page = "<html><body><article><p>Autor: PAP/Rzeczpospolita | 02-01-2012 05:46</p>" PARA("Tekst artykułu.")
           PARA("Dalszy tekst.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Autor: PAP"));
    pa_doc_free(&d);
    /* a numeric date with "by" and the writer's name and role ("03/01/2017 by Jane Doe, Candidate
     * Representative to the Liaison Committee") is the byline; a numeric label line stays */
    page = "<html><body><article><h1>Two employers</h1><div class=\"node-meta\"><span>03/01/2017</span> by Jane Doe, "
           "Candidate Representative to the Liaison Committee</div>" PARA("The story starts here.")
           "<p>Filing Deadline 03/01/2017</p>" PARA("The story goes on.") "</article></body></html>";
    t = text_of(page, &d);
    assert_null(strstr(t, "Jane Doe"));
    assert_non_null(strstr(t, "Filing Deadline 03/01/2017"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
}

/* A story's reading time ("5 min read", "Reading Time: 8 minutes") is page
 * furniture; a sentence about minutes of reading is text. */
static void reading_time_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>5 min read</p><p>Reading Time: 8 minutes</p>"
                       "<p>12-minute read</p><div><button>Listen</button><span>6 min</span></div><p>4 min listen</p>"
                       PARA("The story starts here.")
                       "<p>10 minutes reading</p>" PARA("10 min read by a child a day helps.") PARA("The story goes on.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "5 min read"));
    assert_null(strstr(t, "Reading Time"));
    assert_null(strstr(t, "minute read"));
    assert_null(strstr(t, "6 min"));
    assert_null(strstr(t, "min listen"));
    assert_non_null(strstr(t, "10 min read by a child"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
}

/* Headings at the very end of the text head nothing: the list of stories
 * they named was dropped; a heading with text after it stays. */
static void trailing_headings(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") "<h2>A part of the story</h2>"
                       PARA("The story goes on.") PARA("The story ends.") "<h3>Elsewhere on the web</h3>"
                       "<h4>Science and nature</h4></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "A part of the story"));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Elsewhere on the web"));
    assert_null(strstr(t, "Science and nature"));
    pa_doc_free(&d);
}

/* A sentence of the story that is all one link, between paragraphs of
 * prose, is kept; a short linked headline there is not. */
static void linked_sentences(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       "<p><a href=\"/x\">The minister said the new law will help to improve the food "
                       "hygiene across the country.</a></p>" PARA("The story goes on after the link.")
                       "<p><a href=\"/y\">Another story on another day</a></p>" PARA("The story ends.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The minister said the new law"));
    assert_null(strstr(t, "Another story on another day"));
    pa_doc_free(&d);
}

/* Story tools and feedback prompts on lines of their own ("Print Story",
 * "Click to rate", "Was this page helpful?") are not the story's text. */
static void story_tool_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") "<p>Email Story</p><p>Print Story</p>"
                       PARA("The story goes on.") "<p>Click to rate</p><p>Was this page helpful?</p>"
                       PARA("The story ends.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "Print Story"));
    assert_null(strstr(t, "Email Story"));
    assert_null(strstr(t, "Click to rate"));
    assert_null(strstr(t, "helpful"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}


/* A listicle's items (a short heading over one paragraph each) after an ad
 * slot's "ADVERTISEMENT" label are the story's: the label is no label of
 * a list of teasers (pa_line_ad_break). */
static void ad_label_inside_listicle(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article class=\"post\"><div class=\"entry-content\">" PARA("Intro of the list.")
                       "<h3>4. First pick</h3>" PARA("Item one.") "<h3>3. Second pick</h3>" PARA("Item two.")
                       "<div class=\"adslot\"><p class=\"ad-disclaimer\">ADVERTISEMENT</p><div class=\"gpt\"></div></div>"
                       "<h3>2. Third pick</h3>" PARA("Item three.") "<h3>1. Fourth pick</h3>" PARA("Item four.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Item two."));
    assert_non_null(strstr(t, "2. Third pick"));
    assert_non_null(strstr(t, "Item four."));
    assert_null(strstr(t, "ADVERTISEMENT"));
    pa_doc_free(&d);
    static const struct {
        const char *text;
        int ad;
    } lines[] = {
        {"Advertisement", 1}, {"ADVERTISEMENT", 1}, {"- Advertisement -", 1}, {"\xe2\x80\x94 Advertisement \xe2\x80\x94", 1},
        {"[Ad]", 1}, {"Story continues below advertisement", 1}, {"Article continues below this ad", 1},
        {"Advertisement - Continue reading below", 1}, {"Scroll to continue", 1},
        {"Advertisement feature", 0}, {"Related stories", 0}, {"Adverts and their critics", 0}, {"Adam", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        pa_line line;
        pa_line_init(&line, lines[i].text, strlen(lines[i].text));
        if (pa_line_ad_break(&line) != lines[i].ad)
            fail_msg("line %zu: %s", i, lines[i].text);
    }
}

/* A listicle's item titles "Name: <linked title>" and titles that are one
 * link with a colon inside ("“Until Dawn: Rush of Blood” ($20)"), each over
 * its paragraph, are the story's headings, not "Label: <link>" lines; a
 * "Tags: <link>, <link>" line and a "Related stories: <link>" heading over
 * the story's next paragraph still go. */
static void listicle_item_titles_with_colons(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article class=\"post\"><div class=\"entry-content\">" PARA("Intro of the list.")
                       "<h2>Celia Moreau: <a href=\"/a\">her mother's gown</a></h2>" PARA("Item one.")
                       "<h2>Jonah Pryce: <a href=\"/b\">the fuzzy green suit</a></h2>" PARA("Item two.")
                       "<h3><a href=\"/c\">\xe2\x80\x9cUntil Dawn: Rush of Blood\xe2\x80\x9d ($20)</a></h3>" PARA("Item three.")
                       "<h3>Related stories: <a href=\"/d\">Another story of the site</a></h3>" PARA("Item four.")
                       "<p>Tags: <a href=\"/t/x\">Fashion</a>, <a href=\"/t/y\">Awards</a></p>"
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Celia Moreau: her mother's gown"));
    assert_non_null(strstr(t, "Jonah Pryce: the fuzzy green suit"));
    assert_non_null(strstr(t, "Until Dawn: Rush of Blood"));
    assert_non_null(strstr(t, "Item four."));
    assert_null(strstr(t, "Related stories"));
    assert_null(strstr(t, "Tags:"));
    pa_doc_free(&d);
}

/* A game's or film's review sets its score apart in a "review-score" or "review-box" box
 * (the number, a word, the platform): the box goes, as a verdict box
 * does; the review's text stays, and so do capsule reviews each set whole
 * in a "review-box". */
static void review_score_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"review-score-box\"><div class=\"score-ring\">"
                       "<span class=\"score-value\">9</span></div><div class=\"score-word\">Amazing</div>"
                       "<div class=\"score-meta\">Reviewed on PS5</div></div>" PARA("Review lead.") PARA("Review body.")
                       PARA("Review end.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Review lead."));
    assert_non_null(strstr(t, "Review end."));
    assert_null(strstr(t, "Amazing"));
    assert_null(strstr(t, "Reviewed on"));
    pa_doc_free(&d);
    /* a gadget review's "review-box" closing the text: its score and pros/cons list (bench/stress/era/17) */
    t = text_of("<html><body><article>" PARA("Review lead.") PARA("Review body.") PARA("Review end.")
                "<div class=\"review-box\"><div class=\"score\">Score 71</div><ul class=\"pros-cons\"><li>Pros: Great "
                "hinge, big screen</li><li>Cons: Slow page turns, small store</li></ul></div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Review end."));
    assert_null(strstr(t, "Score 71"));
    assert_null(strstr(t, "Great hinge"));
    pa_doc_free(&d);
    /* capsule reviews each set whole in a "review-box" (title, rating, a sentence or two on the film): the story's */
    t = text_of("<html><body><article><div class=\"entry-content\">" PARA("Weekend films lead.") PARA("Weekend films body.")
                PARA("Weekend films more.") "<div class=\"review-box\"><h3>The Salt Flats</h3><p>Rated PG-13. 104 "
                "minutes.</p><p>A first feature about two sisters driving their father's ashes across Utah, tender and "
                "very funny, with a <a href=\"/p/ana\">career-best turn</a> from Ana Ruiz.</p></div>"
                "<div class=\"review-box\"><h3>Night Shift</h3><p>Rated R. 118 minutes.</p><p>A nurse's last shift "
                "before retiring, tense and humane, shot in one long night.</p></div>"
                "<p>All three open Friday at the Rialto and the Valley 8.</p></div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "A first feature about two sisters"));
    assert_non_null(strstr(t, "shot in one long night."));
    assert_non_null(strstr(t, "Night Shift"));
    pa_doc_free(&d);
}

/* A release schedule's entries titled with their day in brackets ("The
 * Glass Orchard (July 2, 2098)") over their paragraphs are the story's
 * headings, not date lines; a day alone in a heading still goes. */
static void dated_entry_titles(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"article-body\">" PARA("Every film the studio has dated.")
                       "<h2>The Glass Orchard (July 2, 2098)</h2>" PARA("Entry one.")
                       "<h2>The Long Winter (February 12, 2097)</h2>" PARA("Entry two.")
                       "<h2>March 4, 2021</h2>" PARA("Entry three.") "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The Glass Orchard (July 2, 2098)"));
    assert_non_null(strstr(t, "The Long Winter (February 12, 2097)"));
    assert_non_null(strstr(t, "Entry three."));
    assert_null(strstr(t, "March 4, 2021"));
    pa_doc_free(&d);
}

/* A "featured link" card between the story's paragraphs, one link holding
 * the picture, the other story's title and its summary (no heading), goes
 * as a linked-heading card does. */
static void featured_link_card(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"body\"><div class=\"wrap\">" PARA("Story lead.") "</div>"
                       "<div class=\"wrap\">" PARA("Story body.") "</div>"
                       "<div class=\"sc-block-featuredlink\"><a href=\"/other\"><img src=\"/o.jpg\" alt=\"\">"
                       "<span class=\"t\">Another Story Title of the Site in Many Words</span><span class=\"s\">A line of "
                       "summary of the other story, set under its title.</span></a></div>"
                       "<div class=\"wrap\">" PARA("Story more.") "</div><div class=\"wrap\">" PARA("Story end.") "</div>"
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Story body."));
    assert_non_null(strstr(t, "Story end."));
    assert_null(strstr(t, "Another Story Title"));
    assert_null(strstr(t, "A line of summary"));
    pa_doc_free(&d);
}
/* A list of teasers under its label after the story ("Read next": linked
 * headlines, each over a short preview) ends the text; a roundup's linked
 * headings, each over its paragraph, under the story's own heading stay. */
static void teaser_list_after_story(void **state)
{
    (void)state;
    pa_doc d;
#define LONG_PARA(s) PARA(s " The council met on Tuesday and agreed the plan after a long debate in the hall.")
    const char *page = "<html><body><article>" LONG_PARA("The story starts here.") LONG_PARA("The story goes on.")
                       LONG_PARA("The story goes on again.") LONG_PARA("The story ends.") "<h3>Read next</h3>"
                       "<p><a href=\"/a\">Another town votes on its own plan</a></p>"
                       "<p>The neighbours will decide next month.</p>"
                       "<p><a href=\"/b\">Why the bridge closed for a week</a></p>"
                       "<p>Engineers found a crack in the deck.</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "The neighbours will decide"));
    assert_null(strstr(t, "Engineers found a crack"));
    pa_doc_free(&d);
    const char *roundup = "<html><body><article>" LONG_PARA("The story starts here.") LONG_PARA("The story goes on.")
                          LONG_PARA("The story goes on again.") "<h2>The best machines</h2>"
                          "<h3><a href=\"/a\">The first machine</a></h3><p>It sews well and costs little.</p>"
                          "<h3><a href=\"/b\">The second machine</a></h3><p>It is heavy but it lasts.</p>"
                          "</article></body></html>";
    const char *faq = "<html><body><article>" LONG_PARA("The story starts here.") LONG_PARA("The story goes on.")
                      LONG_PARA("The story goes on again.") "<h2>Questions</h2>"
                      "<p><a href=\"#a\">What does the plan cost?</a></p><p>It costs ten million.</p>"
                      "<p><a href=\"#b\">When will it start?</a></p><p>Work starts in May.</p>"
                      "</article></body></html>";
#undef LONG_PARA
    t = text_of(roundup, &d);
    assert_non_null(strstr(t, "It sews well"));
    assert_non_null(strstr(t, "It is heavy but it lasts."));
    pa_doc_free(&d);
    t = text_of(faq, &d); /* an FAQ's linked questions are no headlines */
    assert_non_null(strstr(t, "It costs ten million."));
    assert_non_null(strstr(t, "Work starts in May."));
    pa_doc_free(&d);
}

/* A "more-features" block whose headings are plain, each over its text, is
 * the page's own feature grid and stays; with linked headlines it is a
 * teaser list of other pages and goes. */
static void feature_grid_block(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The new browser starts here.") PARA("It goes on.")
                       "<section class=\"more-features\"><h2>Page Inspector</h2>"
                       "<p>Examine the HTML and CSS of any page and change its layout as you like.</p>"
                       "<h2>Web Console</h2><p>See the messages a page logs and run code against the page.</p>"
                       "</section></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Examine the HTML and CSS"));
    pa_doc_free(&d);
    const char *teasers = "<html><body><article>" PARA("The new browser starts here.") PARA("It goes on.")
                          "<section class=\"more-features\"><h2><a href=\"/a\">Page Inspector</a></h2>"
                          "<p>Examine the HTML and CSS of any page and change its layout as you like.</p>"
                          "<h2><a href=\"/b\">Web Console</a></h2><p>See the messages a page logs and run code "
                          "against the page.</p></section></article></body></html>";
    t = text_of(teasers, &d);
    assert_null(strstr(t, "Examine the HTML and CSS"));
    pa_doc_free(&d);
}

/* A caption or credit box ("caption", "credit", "cutline", "img-cap" in its class or
 * id) after a picture or around one goes; a box so named that holds a
 * heading (a lead) or stands away from any picture stays. */
static void caption_boxes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.")
                       "<div class=\"topImg\"><img src=\"a.jpg\" alt=\"\"></div>"
                       "<p class=\"caption\">Photo credit: Jane Doe | Bella attends the day program.</p>"
                       PARA("Second paragraph.")
                       "<div class=\"wp-caption\"><a href=\"b.jpg\"><img src=\"b.jpg\"></a>"
                       "<span>A woman wears headphones in Berlin.</span></div>"
                       PARA("Third paragraph.")
                       "<div class=\"imagetext\"><img src=\"c.jpg\"><p class=\"photographer_credit\">John Roe/Agency</p>"
                       "<span class=\"photoCaption\">Bottles travel along a belt.</span></div>"
                       PARA("Fourth paragraph.")
                       "<div class=\"stryimg640captioned\"><img src=\"d.jpg\"></div>"
                       "<div class=\"stryimg640caption\"><div>Cantaloupes were blamed for the outbreak.</div></div>"
                       "<div class=\"article-caption\"><h2>The story's lead, after the picture.</h2></div>"
                       "<div class=\"credits\">The organisers thanked the volunteers who ran the day.</div>"
                       PARA("Fifth paragraph.")
                       "<div class=\"detail-img\"><img src=\"e.jpg\"><div class=\"img-cap\">A bus at a station. "
                       "\xe2\x80\x94 File photo</div></div>" PARA("Sixth paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Sixth paragraph."));
    assert_null(strstr(t, "A bus at a station"));
    assert_non_null(strstr(t, "Fifth paragraph."));
    assert_null(strstr(t, "Bella attends"));
    assert_null(strstr(t, "headphones"));
    assert_null(strstr(t, "John Roe/Agency"));
    assert_null(strstr(t, "Bottles travel"));
    assert_null(strstr(t, "Cantaloupes"));
    assert_non_null(strstr(t, "The story's lead"));
    assert_non_null(strstr(t, "thanked the volunteers"));
    pa_doc_free(&d);
}

/* A block right after a picture whose words are the picture's alt text
 * (or start with it and end with a credit) is its caption; a teaser's
 * linked title, a heading and a lead that only repeats the alt text after
 * its dateline stay. */
static void alt_text_captions(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.")
                       "<div class=\"article-img\"><img src=\"a.jpg\" alt=\"POLICE OUTSIDE THE HIGH COURT.\">"
                       "<div class=\"img-sty\">Police outside the High Court</div></div>"
                       PARA("Second paragraph.")
                       "<p><img src=\"b.jpg\" alt=\"A sign in Osaka describes how fresh the lemonade is\"></p>"
                       "<p><em>A sign in Osaka describes how fresh the lemonade is. Photo: Jane Doe</em></p>"
                       PARA("Third paragraph.")
                       "<div><img src=\"c.jpg\" alt=\"Physical activity lowers the risk of heart attack\"></div>"
                       "<p>TORONTO - Physical activity lowers the risk of heart attack, a study finds.</p>"
                       "<div><img src=\"d.jpg\" alt=\"Walnuts are the healthiest nuts\"></div>"
                       "<h2>Walnuts are the healthiest nuts</h2>"
                       "<div><img src=\"f.jpg\" alt=\"Milk does not stop a diet working\"></div>"
                       "<h2 class=\"lead\"><span class=\"summary\">Milk does not stop a diet working</span></h2>"
                       "<div><img src=\"g.jpg\" alt=\"The office will work without a day off\"></div>"
                       "<div class=\"intro\">The office will work without a day off</div>"
                       PARA("Fourth paragraph.")
                       "<ul><li><a href=\"/x\"><img src=\"e.jpg\" alt=\"Pubs get protected\"><b>Pubs get protected</b></a>"
                       "</li></ul>" PARA("Fifth paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Fifth paragraph."));
    assert_null(strstr(t, "Police outside"));
    assert_null(strstr(t, "lemonade"));
    assert_non_null(strstr(t, "TORONTO - Physical activity"));
    assert_non_null(strstr(t, "Walnuts are the healthiest nuts"));
    assert_non_null(strstr(t, "Milk does not stop a diet working"));
    assert_non_null(strstr(t, "The office will work without a day off"));
    pa_doc_free(&d);
}

/* Caption lines closed by their credit or pointing at their picture
 * ("Above: …") and a name-and-agency credit alone go; story sentences with a price after "Credit:", a clause before
 * "staff" and a sentence naming a photo stay. */
static void credit_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Lead paragraph.")
                       "<p>Chris Ratcliffe/Bloomberg</p><p>Benny Snyder, AP</p>"
                       "<p>A woman wears headphones in Berlin, Germany. (Andreas Rentz/AFP/Getty Images)</p>"
                       PARA("Second paragraph.")
                       "<p>Four-month-old Krishna is vaccinated against polio. Photo: Ben Doherty</p>"
                       "<p>Walnuts lower cholesterol. Photo / Thinkstock</p>"
                       "<p><em>Above: A snapshot of the campaign's YouTube video</em></p>"
                       "<p>Cheer up, Sad Panda. (Photo via digiart2001's flickr)</p>"
                       "<p>Photo by Jill A. Brown via Flickr</p>"
                       "<p>Via the University of Exeter. Image by GregtheBusker on Flickr.</p>"
                       "<p>Cost per Credit: In-State | $472 Out-of-State | $472</p>"
                       "<p>Instead, rosters were being rearranged to make better use of existing staff.</p>"
                       "<p>The agency said the Photo: tag was added by an editor, not the reporter, in 2011.</p>"
                       PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Ratcliffe"));
    assert_null(strstr(t, "Benny Snyder"));
    assert_null(strstr(t, "headphones"));
    assert_null(strstr(t, "Krishna"));
    assert_null(strstr(t, "Walnuts"));
    assert_null(strstr(t, "snapshot"));
    assert_null(strstr(t, "Sad Panda"));
    assert_null(strstr(t, "Jill A. Brown"));
    assert_null(strstr(t, "GregtheBusker"));
    assert_non_null(strstr(t, "Cost per Credit"));
    assert_non_null(strstr(t, "existing staff"));
    assert_non_null(strstr(t, "Photo: tag"));
    pa_doc_free(&d);
}

/* A <header> inside the story's <article> with no heading in it holds
 * the lead: its paragraph (or its own text) is kept, while a <header>
 * holding the headline and one heading a chart box (<section>) are not. */
static void story_header_lead(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Brains and sudden insight</h1><div itemprop=\"articleBody\">"
        "<header>Neuroscience tells us that most of the work done by our brains happens on an unconscious "
        "level, but when does that moment occur? New research investigates.</header>"
        PARA("The story starts here.") PARA("The story goes on.")
        "<header><span>Share</span><p>A second lead paragraph held in a header with a share label, long "
        "enough to read as a paragraph of the story's prose.</p></header>"
        PARA("The story continues.")
        "<section><header><p>Annual interest payments on the national debt are expected to triple over the "
        "next decade, the chart says.</p></header></section>"
        PARA("The story ends.") "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Neuroscience tells us"));
    assert_non_null(strstr(t, "A second lead paragraph"));
    assert_null(strstr(t, "Annual interest payments"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* The story's first paragraph in page-builder wrappers of its own
 * (row > grid cell > text block) above the body, with a score box between
 * them, is kept; a picture's caption boxed the same way is not. */
static void lead_in_wrappers_before_body(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"page\"><div class=\"block\"><div class=\"grid\"><div class=\"cell\">"
        "<div class=\"article-text\"><p>The new console is the most powerful game system yet. It plays more "
        "titles in native 4K than its rival, and it costs a hundred dollars more.</p></div></div></div></div>"
        "<div class=\"block\"><div>Our score 87</div><div>Critics 8.3 from ten reviews</div><div>Users 10 from one "
        "review</div><div>Game format: optical, downloadable</div><div>Online features: multiplayer, voice chat, "
        "store</div><div>Drive capacity: one terabyte</div><div>Price: from 499 dollars at launch</div>"
        "<div>Weight: 8.4 pounds</div><div>Ports: HDMI in and out, three USB</div></div>"
        "<div class=\"block storyPhoto\"><div class=\"group\"><p>A worker carries the new console past a row "
        "of shelves in the warehouse of a store in the city on Tuesday.</p></div></div>"
        "<div class=\"block\"><div class=\"article-text\">" PARA("The story starts here.")
        PARA("The story goes on.") PARA("The story ends.") "</div></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The new console is the most powerful"));
    assert_null(strstr(t, "A worker carries"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* The text of a "read more" expander (an FAQ answer cut short until
 * clicked) is the article's; a "read more" box of links is not. */
static void read_more_expander_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><div class=\"post\">" PARA("The story starts here.") PARA("The story goes on.")
        PARA("The story ends.") "<h2>Frequently asked questions</h2><div class=\"faq\"><div class=\"question\">"
        "Is it cheaper to remodel or to build?</div><div class=\"ReadMoreAnswer_answerText\"><div><p>Remodeling "
        "almost always costs less than building from the ground up. You work with an existing foundation and "
        "framing, so you skip the price of new structural work and the long wait for it.</p></div></div></div>"
        "<div class=\"read-more\"><p><a href=\"/other\">Read more: another story on another day, with a long "
        "linked headline to read and more words after it to pass the length of a paragraph</a></p></div>"
        "</div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Remodeling almost always costs less"));
    assert_null(strstr(t, "another story on another day"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* A phrase of a sentence in an inline element whose class has a layout
 * word ("popup" on a footnote link) stays in the sentence; text hidden
 * for screen readers ("visually-hidden") does not come in. */
static void inline_phrase_with_layout_class(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><div class=\"post\">" PARA("The story starts here.")
        "<p>I looked at him steadily and said, <a class=\"popup\" href=\"#n1\">with my hand in my pocket and my "
        "heart in my mouth</a>, that he had to go before the end of the week.</p>"
        "<p>The clerk left the office <span class=\"visually-hidden\">opens in a new window</span> and did not "
        "come back the next day, nor on any day after.</p>" PARA("The story ends.") "</div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "said, with my hand in my pocket and my heart in my mouth, that he"));
    assert_null(strstr(t, "opens in a new window"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* A data table's header row or cells with a "header" class word
 * ("tableEmbed__headerRow", "header_cell") are the table's, not the page's
 * header; a layout table's "header" cell holding the site's name is not. */
static void table_header_row(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><table><tr><td class=\"header\">The Daily Site of all the news there is in town</td>"
        "<td>Menu</td></tr></table><main><div class=\"post\">" PARA("The story starts here.")
        "<table><tr class=\"tableEmbed__headerRow\"><th>Electric model</th><th>Winter range</th></tr>"
        "<tr><td>Sedan</td><td>250 miles</td></tr></table>"
        "<table><tr><td class=\"header_cell\">Draft stage</td><td class=\"header_cell\">Review stage</td>"
        "<td class=\"header_cell\">Final stage</td></tr><tr><td>Yes</td><td>No</td><td>Yes</td></tr></table>"
        PARA("The story ends.") "</div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Electric model"));
    assert_non_null(strstr(t, "Review stage"));
    assert_null(strstr(t, "The Daily Site"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* A lead in a <div> of its own text (no <p>, no link) before the body is
 * kept, also when the body sits a few empty wrappers down; a short line
 * or a linked block there is not. */
static void lead_box_before_body(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"page\"><div class=\"title\">Banks spent a billion on ads</div>"
        "<div class=\"when\">2012-01-04 05:23</div>"
        "<div class=\"summary\">From January to November banks spent 1.2 billion on spots in television, radio, "
        "the press and on billboards, a research firm says.</div>"
        "<div class=\"more\"><a href=\"/a\">Another story on another day, with a long linked headline to read</a></div>"
        "<div><div><div class=\"body\">" PARA("The story starts here.") PARA("The story goes on.")
        PARA("The story ends.") "</div></div></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "From January to November banks spent"));
    assert_null(strstr(t, "Another story on another day"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
}

/* The note about the writer after the story: a biography under the
 * writer's name, title or label, or a run of name, title and sign-off
 * lines ("- DAILY EXAMPLE", "With TELEGRAPH", the writer's contact line
 * "Jane Doe: 206-555-0100 or jdoe@example.com") that ends the page, is
 * dropped with what follows it (and with the headings that end the text
 * under it); the page's stated author's biography alone ending the text
 * too; any other biography alone under
 * the story's last paragraph, and a story's sentence about a person, stay. */
static void writer_note_after_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *titled = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                         PARA("The story ends.") "<p>Independent Technology Writer</p>"
                         "<p>Jane explores the meeting of art and code in her essays.</p>"
                         "<p>Another Post by Jane - January 13, 2020</p></article></body></html>";
    const char *t = text_of(titled, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Technology Writer"));
    assert_null(strstr(t, "Jane explores"));
    assert_null(strstr(t, "Another Post"));
    pa_doc_free(&d);
    const char *labelled = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                           PARA("The story ends.") "<p>By</p>"
                           "<p>Jane Doe is a reporter who covers city hall for the Daily Example.</p>"
                           "</article></body></html>";
    t = text_of(labelled, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "covers city hall"));
    pa_doc_free(&d);
    const char *names = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                        PARA("The story ends.") "<p>Jane Doe</p><p>Staff Writer</p></article></body></html>";
    t = text_of(names, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Staff Writer"));
    pa_doc_free(&d);
    /* the note still ends the text when headings heading nothing follow it */
    const char *headed = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                         PARA("The story ends.") "<p>Jane Doe</p><p>Senior Editor, Example Magazine; Senior "
                         "Writer in the Office of Communications</p><h3>Other voices</h3><h3>Elsewhere</h3>"
                         "</article></body></html>";
    t = text_of(headed, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Senior Editor"));
    assert_null(strstr(t, "Elsewhere"));
    pa_doc_free(&d);
    const char *inline_bio = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                             PARA("The story ends.")
                             "<p>Jane Doe is a reporter who covers city hall for the Daily Example.</p>"
                             "<p>Mark Twain is the author of the novel, which is now a film.</p>"
                             "</article></body></html>";
    t = text_of(inline_bio, &d);
    assert_non_null(strstr(t, "covers city hall"));
    assert_non_null(strstr(t, "author of the novel"));
    pa_doc_free(&d);
    /* alone under the story, the stated author's biography is the note */
    const char *author_bio = "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                             PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                             "<p>Jane Doe is a reporter who covers city hall for the Daily Example.</p>"
                             "</article></body></html>";
    t = text_of(author_bio, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "covers city hall"));
    pa_doc_free(&d);
    const char *first_name_bio = "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                                 PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                                 "<p>Jane is a market analyst based in our Hamburg office.</p>"
                                 "</article></body></html>";
    t = text_of(first_name_bio, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "market analyst"));
    pa_doc_free(&d);
    const char *other_bio = "<html><head><meta name=\"author\" content=\"John Roe\"></head><body><article>"
                            PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                            "<p>Jane Doe is a reporter who covers city hall for the Daily Example.</p>"
                            "</article></body></html>";
    t = text_of(other_bio, &d);
    assert_non_null(strstr(t, "covers city hall"));
    pa_doc_free(&d);
    const char *signed_off = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                             PARA("The story ends.") "<p>- DAILY EXAMPLE</p><p>With TELEGRAPH</p>"
                             "</article></body></html>";
    t = text_of(signed_off, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "DAILY EXAMPLE"));
    assert_null(strstr(t, "TELEGRAPH"));
    pa_doc_free(&d);
    const char *contact = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                          PARA("The story ends.")
                          "<p>Jane Doe: 206-555-0100 or jdoe@example.com; on Twitter: @jdoe.</p>"
                          "</article></body></html>";
    t = text_of(contact, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "206-555-0100"));
    pa_doc_free(&d);
}

/* Above the story, the writer's job title ("National Biotech Reporter",
 * "Guest columnist"), the opinion desk's kicker ("OUR VIEW | Parks", "Your
 * Turn"),
 * a byline without its "By" ("Jane Doe and John Roe", "Mary Major,
 * Example News", "Jane Doe, For the Example Times"), the names under a "By" of its own and the banner of an old story's age, and anywhere a blog's like
 * button, a gallery's counter, a bare domain, an art credit ("Icons by
 * Jane Doe"), a wire's credit ("(Reporting by …)"), an editor's note on
 * the story's history or the label "More on Example" over a dropped link,
 * are not its text. */
static void story_head_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><p>This article is more than 3 years old</p>"
                       "<p>By</p><p>Jane Roe | The Example Newsroom</p>"
                       "<p>National Biotech Reporter</p>" PARA("The story starts here.") PARA("The story goes on.")
                       "<p>Like Loading...</p><p>One blogger likes this post.</p><p>1 of 12</p><p>example.ca</p>"
                       "<p>Icons by Jane Doe</p><p>(Reporting by Jane Doe in Chicago; Editing by John Doe)</p>"
                       "<p>Editor's Note: This article also appeared in the May issue of Example magazine.</p>"
                       "<p>More on Example Cars</p><p><a href=\"/x\">Another story on another day</a></p>"
                       PARA("The story ends.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "More on Example"));
    assert_null(strstr(t, "3 years old"));
    assert_null(strstr(t, "Biotech Reporter"));
    assert_null(strstr(t, "Example Newsroom"));
    pa_doc_free(&d);
    /* the job title in sentence case, as opinion desks set it; a short subheading of the story stays */
    const char *sentence_case = "<html><body><article><p>OUR VIEW | Parks</p><p>Your Turn</p>"
                                "<p>Jane Doe, For the Lantern</p><p>Guest columnist</p>" PARA("The column starts here.")
                                "<h3>Film critics disagree</h3>" PARA("The column goes on.") "</article></body></html>";
    t = text_of(sentence_case, &d);
    assert_non_null(strstr(t, "The column starts here."));
    assert_null(strstr(t, "Guest columnist"));
    assert_null(strstr(t, "OUR VIEW"));
    assert_null(strstr(t, "Your Turn"));
    assert_null(strstr(t, "For the Lantern"));
    assert_non_null(strstr(t, "Film critics disagree"));
    pa_doc_free(&d);
    const char *two = "<html><body><article><h5>Jane Doe and John Roe</h5><p>Mary Major, Example News</p>"
                      PARA("The story starts here.") PARA("The story goes on.") "</article></body></html>";
    t = text_of(two, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "John Roe"));
    assert_null(strstr(t, "Mary Major"));
    assert_null(strstr(t, "Like Loading"));
    assert_null(strstr(t, "blogger likes"));
    assert_null(strstr(t, "1 of 12"));
    assert_null(strstr(t, "example.ca"));
    assert_null(strstr(t, "Icons by"));
    assert_null(strstr(t, "Reporting by"));
    assert_null(strstr(t, "also appeared in"));
    pa_doc_free(&d);
}

/* A print version's list of the story's links under it ("Links: [1]
 * http://… [2] http://…") is no text of the story; a sentence citing a
 * footnote stays. */
static void print_link_footnotes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"print-content\">" PARA("The story starts here.")
                       PARA("The story goes on.") "<p>The report [1] is at http://example.com/report today.</p>"
                       PARA("The story ends.") "</div><div class=\"x\"><p><strong>Links:</strong><br />"
                       "[1] http://example.com/category/tags/parks<br />[2] http://example.com/tags/kids<br /></p>"
                       "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "The report [1]"));
    assert_null(strstr(t, "tags/parks"));
    pa_doc_free(&d);
}

/* A multi-page story's pager lines ("Pages: 1 2 3", "« Prev 1 2 3 Next
 * »", "Page 1 of 3") are no text; a line of numbers without the pager's
 * label or words (a score, a list of years) stays. */
static void pager_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       "<p>1 2 3</p>" PARA("The story ends.") "<p>Pages: <b>1</b> <a href=\"?p=2\">2</a> "
                       "<a href=\"?p=3\">3</a></p><p>&laquo; Prev 1 2 3 Next &raquo;</p><p>Page 1 of 3</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "1 2 3"));
    assert_null(strstr(t, "Pages:"));
    assert_null(strstr(t, "Prev"));
    assert_null(strstr(t, "Page 1 of 3"));
    pa_doc_free(&d);
}

/* Above the story, a name alone over a date line of its own ("Jane Roe" /
 * "13 January 2012") is the byline block without its "By"; a name over
 * the story's first paragraph (a section's or a person's heading) stays. */
static void name_over_date_line(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Polio is one nation closer to being wiped out</h1>"
                       "<h5>Jane Roe</h5><p>13 January 2012</p>" PARA("The story starts here.")
                       PARA("The story goes on.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "Jane Roe"));
    pa_doc_free(&d);
    const char *heading = "<html><body><article><h2>Night Nurse</h2>" PARA("The story starts here.")
                          PARA("The story goes on.") "</article></body></html>";
    t = text_of(heading, &d);
    assert_non_null(strstr(t, "Night Nurse"));
    pa_doc_free(&d);
}

/* The site's name alone on a line matches its whole fold: a line whose
 * fold runs past the longest name kept (47 bytes) is no name, even when
 * its first 47 bytes are one. */
static void site_name_line_whole_fold(void **state)
{
    (void)state;
    pa_meta m;
    memset(&m, 0, sizeof m);
    char name[] = "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefg"; /* 47 letters */
    m.sitename = name;
    pa_site_names s;
    pa_meta_site_names(&m, NULL, &s);
    assert_int_equal(s.n, 1);
    assert_true(pa_meta_site_name_line(&s, name, strlen(name)));
    const char *longer = "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefgh";
    assert_false(pa_meta_site_name_line(&s, longer, strlen(longer)));
    const char *blurb = "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefgxyz is a leading portal";
    assert_false(pa_meta_site_blurb(&s, blurb, strlen(blurb)));
    const char *named = "Abcdefghijabcdefghijabcdefghijabcdefghijabcdefg is a leading portal";
    assert_true(pa_meta_site_blurb(&s, named, strlen(named)));
    /* the site's initials with its name in brackets: "KHN (Kaiser Health News) is a national newsroom" */
    const char *initials = "ABC (Abcdefghijabcdefghijabcdefghijabcdefghijabcdefg) is a national newsroom";
    assert_true(pa_meta_site_blurb(&s, initials, strlen(initials)));
    const char *other = "ABC (Abcdefghijabcdefghijabcdefghijabcdefghij) is a national newsroom";
    assert_false(pa_meta_site_blurb(&s, other, strlen(other)));
}

/* After the story, the site's note about itself — its name as the subject
 * of its mission ("Example.com is a leading portal for …"), its slogan
 * ("Example - All the Time"), the label over it and the writer's name
 * signing the story above it — ends the text; the site's name in the
 * story's own sentences, or such a sentence well inside the story, stays. */
static void site_note_after_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Drug rejected | Example</title></head><body><article>"
                       PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                       "<p><em>Jane Roe</em></p><h5>Mission Statement</h5>"
                       "<h6>Example.com is a leading portal for the industry, with news, jobs and events.</h6>"
                       "<p>Example - All the Time</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "leading portal"));
    assert_null(strstr(t, "Mission Statement"));
    assert_null(strstr(t, "All the Time"));
    assert_null(strstr(t, "Jane Roe"));
    pa_doc_free(&d);
    const char *inside = "<html><head><title>Drug rejected | Example</title></head><body><article>"
                         PARA("The story starts here.")
                         "<p>Example is a leading portal for the industry, the regulator said in its ruling.</p>"
                         PARA("The story goes on.") PARA("The story goes on again.") PARA("The story ends.")
                         "<p>Example asked the company for comment on the ruling last week.</p>"
                         "</article></body></html>";
    t = text_of(inside, &d);
    assert_non_null(strstr(t, "leading portal"));
    assert_non_null(strstr(t, "asked the company"));
    pa_doc_free(&d);
    /* a title's first part over the rest of a sentence is no site's name */
    const char *sentence = "<html><head><title>Warning - infectious diseases</title></head><body><article>"
                           PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                           "<p>Warning - Wash Your Hands</p></article></body></html>";
    t = text_of(sentence, &d);
    assert_non_null(strstr(t, "Wash Your Hands"));
    pa_doc_free(&d);
    const char *disclaimer = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                             PARA("The story ends.") "<h2>Disclaimer:</h2><p>As a service to our readers, "
                             "Example Publishing provides access to our library of archived content.</p>"
                             "<p>No content on this site, regardless of date, should ever be used as a "
                             "substitute for direct medical advice from your doctor.</p></article></body></html>";
    t = text_of(disclaimer, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "archived content"));
    assert_null(strstr(t, "medical advice"));
    pa_doc_free(&d);
    const char *policy = "<html><head><meta property=\"og:site_name\" content=\"The Example Times\"></head>"
                         "<body><article>" PARA("The story starts here.") PARA("The story goes on.")
                         PARA("The story ends.") "<p>The Example Times, part of Example Media, has been serving "
                         "the valley since 1890.</p><p>Our Standards: The Example Trust Principles.</p>"
                         "</article></body></html>";
    t = text_of(policy, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "serving the valley"));
    assert_null(strstr(t, "Trust Principles"));
    pa_doc_free(&d);
    /* the site's name alone above the story and ending it; a domain with
     * words after it is a sentence ("Example.com's picks") */
    const char *named = "<html><head><title>Hospital to open | Columbus - Business Example</title></head>"
                        "<body><article><h4>Business Example</h4>" PARA("The story starts here.")
                        PARA("The story goes on.") PARA("The story ends.") "<p>Business Example</p>"
                        "</article></body></html>";
    t = text_of(named, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Business Example"));
    pa_doc_free(&d);
}

/* A CMS's field label over the field's value ("Episode Description:" in a
 * class="field-label" element) is no text of the story; the wrapper
 * "field-label-hidden" around the body is no label. */
static void cms_field_label(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"field field-label-above\"><div class=\"field-label\">"
                       "Episode Description:&nbsp;</div><div class=\"field-items\"><div class=\"field-item\">"
                       PARA("The story starts here.") PARA("The story goes on.") "</div></div></div>"
                       "<div class=\"field field-label-hidden\">" PARA("The story ends.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Episode Description"));
    pa_doc_free(&d);
    /* a label ending in a colon that ends the text heads nothing */
    const char *last = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       PARA("The story ends.") "<p>More information:</p></article></body></html>";
    t = text_of(last, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "More information"));
    pa_doc_free(&d);
}

/* A line that is the page's stated author alone (<meta name="author">),
 * maybe after a mark ("<3 Jane Roe"), is its byline or signature wherever
 * it stands, and still heads the
 * biography under it, which goes too. */
static void stated_author_line(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><meta name=\"author\" content=\"Jane Roe\"></head><body><article>"
                       PARA("The story starts here.") "<p>Jane Roe</p>" PARA("The story goes on.")
                       PARA("The story ends.") "<p>Jane Roe</p>"
                       "<p>Jane Roe is a reporter who covers city hall for the Daily Example.</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Jane Roe"));
    pa_doc_free(&d);
    const char *signed_post = "<html><head><meta name=\"author\" content=\"Jane Roe\"></head><body><article>"
                              PARA("The post starts here.") PARA("The post goes on.") PARA("The post ends.")
                              "<p>&lt;3 Jane Roe</p></article></body></html>";
    t = text_of(signed_post, &d);
    assert_non_null(strstr(t, "The post ends."));
    assert_null(strstr(t, "Jane Roe"));
    pa_doc_free(&d);
}

/* A modal box (class word "modal": a pop-up the page opens on a click) is
 * never the story, however much prose it holds: the site's note about
 * its reviewers, a login prompt, a form's thank-you. */
static void modal_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       PARA("The story ends.") "<div class=\"auth-modal\"><div class=\"auth-modal__body\"><h3>Our Integrity Network</h3>"
                       PARA("Example.com is committed to delivering content that is objective.")
                       PARA("Network members review content for Example.com as a side project.")
                       "</div></div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Integrity Network"));
    assert_null(strstr(t, "side project"));
    pa_doc_free(&d);
}

/* The site's call for the reader's tips, a quote box's delay notice, the
 * pointers to the print edition and to a section, a press-release wire's
 * note and the day of the last review are no text of the story; a
 * story's sentence about a tip stays. */
static void site_notices(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.")
                       "<p>Got a confidential news tip? We want to hear from you.</p>"
                       "<p>Do you have a story to share? Contact our newsroom.</p>"
                       "<p>Police said they got a tip from a neighbor and sent officers to the house.</p>"
                       "<p>Do you have a story to share, the teacher asked, and contact with the class began.</p>"
                       PARA("The story ends.") "<p>Data is a real-time snapshot *Data is delayed at least 15 "
                       "minutes.</p><p>Extended story in this Friday's Example News</p>"
                       "<p>Visit our health section for the latest news on this subject.</p>"
                       "<p>Last reviewed January 2023</p>"
                       "<p>Follow us on Facebook, on Twitter @ExampleEnts, or on Instagram. If you have a story "
                       "suggestion email ents@example.com.</p>"
                       "<p>For the original version on Example Wire visit: "
                       "www.example.com/releases/1234.htm</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "got a tip from a neighbor"));
    assert_null(strstr(t, "confidential news tip"));
    assert_null(strstr(t, "Contact our newsroom"));
    assert_non_null(strstr(t, "the teacher asked"));
    assert_null(strstr(t, "real-time snapshot"));
    assert_null(strstr(t, "original version"));
    assert_null(strstr(t, "Extended story"));
    assert_null(strstr(t, "health section"));
    assert_null(strstr(t, "Last reviewed"));
    assert_null(strstr(t, "story suggestion"));
    pa_doc_free(&d);
}

/* The standing notes a site sets on every story of one kind go (the
 * opinion desk's disclaimer and call for letters, the markets desk's
 * "not investment advice", the betting box's "gamble responsibly", the
 * crime desk's presumption of innocence, the health desk's "accurate as of
 * press time", a text-alert pitch); a story's sentences about views,
 * advice, gambling and a trial stay. */
static void standing_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<p>The views expressed in this commentary are solely those of the author.</p>"
        "<p>Guest columns are the opinion of the writer and do not necessarily reflect the views of the "
        "newspaper or its editorial board.</p>"
        "<p>The minister said the views expressed at the hearing would shape the final bill.</p>"
        "<p>Editorials are the institutional opinion of the newspaper, written by its editorial board.</p>"
        "<h4>Letters to the Editor</h4><p>Have an opinion on this article? We want to hear from you. Submit a "
        "letter to the editor and it may be published in print.</p>"
        "<p>This article is for informational purposes only and is not investment advice.</p>"
        "<p>Regulators warned that the app gave what amounted to investment advice without a license.</p>"
        "<p>18+ Gamble responsibly. When the fun stops, stop.</p>"
        "<p>The state legalized sports betting in 2019, and gambling revenue has doubled since.</p>"
        "<p>Criminal charges are merely accusations, and a defendant is presumed innocent until proven "
        "guilty.</p>"
        "<p>His lawyer said he is presumed innocent and will fight the charges in court.</p>"
        "<p>The information in this story is accurate as of press time.</p>"
        "<p>An arrest does not mean a person has been convicted of a crime; all suspects are presumed innocent "
        "until proven guilty.</p>"
        "<p>Have a score to report? Email sports@example.com or call 555-0199.</p>"
        "<p>Have a question about your ballot? Call the county clerk at 555-0100.</p>"
        "<p>Read the latest financial and business news from Example Finance</p>"
        "<p>Watch every Premier League game live on Example TV this season. Upgrade now</p>"
        "<p>Before it's here, it's on the Example Terminal. LEARN MORE</p>"
        "<p>For more Example news and newsletters create an account at Example.com</p>"
        "<p>Market data provided by Example Data Services. Quotes may be delayed.</p>"
        "<p>This article was updated on July 28 with the latest CDC guidance.</p>"
        "<p>To send flowers to the family or plant a tree in memory of Robert Miller, please visit our floral "
        "store.</p>"
        "<p>Get traffic alerts: Text TRAFFIC to 55555. Msg &amp; data rates may apply.</p>"
        "<p>Editorials represent the views of the Example's editorial board, which operates separately from the "
        "newsroom.</p>"
        "<p>The Example welcomes letters of up to 200 words. Include your name, address and phone number.</p>"
        "<p>Letters have been edited for length and clarity. Write to us at mailbag@example.com.</p>"
        "<p>Know of an event we should include next week? Email calendar@example.com by Tuesday noon.</p>"
        "<p>Do you have a festive event to add? Send details to whatson@example.com.</p>"
        "<p>To list a nonprofit event, drop it off at the office or call 555-0100 by Monday noon.</p>"
        "<p>To submit an application, residents must call the town hall at 555-0100 before Friday.</p>"
        "<p>To add a new event, organizers must call the permit office at 555-0100 30 days ahead.</p>"
        "<p>Editorials reflect a shift in tone since the paper's sale, media scholars say, and the board has changed "
        "too.</p>"
        "<p>The views expressed are her own.</p>"
        "<p>Want to add your voice? Submit an op-ed to opinion@example.com.</p>"
        "<p>Got an opinion? Submit your own op-ed or letter at example.com/opinion/submit.</p>"
        "<p>Opinion pieces in the Example Network present diverse perspectives on issues that matter.</p>"
        "<p>She plans to submit an op-ed to the Gazette about the closure next week.</p>"
        "<p>Letters to the editor may be sent to letters@example.com. Please keep them under 250 words.</p>"
        "<p>To apply, bring your birth certificate and wedding license to the clerk's office.</p>"
        "<p>To submit a birth announcement, email the family's details to news@example.com.</p>"
        "<h4>Submit an announcement</h4><p>Share your wedding, engagement, anniversary or birth news with "
        "Example readers.</p>" PARA("The story ends.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "bring your birth certificate"));
    assert_non_null(strstr(t, "organizers must call the permit office"));
    assert_non_null(strstr(t, "Editorials reflect a shift in tone"));
    /* the paper's call for announcements is its standing note, as the calendar's call for events */
    assert_null(strstr(t, "To submit a birth announcement"));
    assert_null(strstr(t, "Submit an announcement"));
    assert_null(strstr(t, "anniversary or birth news"));
    assert_non_null(strstr(t, "views expressed at the hearing"));
    assert_non_null(strstr(t, "amounted to investment advice"));
    assert_non_null(strstr(t, "gambling revenue"));
    assert_non_null(strstr(t, "His lawyer said he is presumed innocent"));
    assert_null(strstr(t, "solely those of the author"));
    assert_null(strstr(t, "Guest columns"));
    assert_null(strstr(t, "institutional opinion"));
    assert_null(strstr(t, "Letters to the Editor"));
    assert_null(strstr(t, "Submit a letter"));
    assert_null(strstr(t, "informational purposes"));
    assert_null(strstr(t, "Gamble responsibly"));
    assert_null(strstr(t, "merely accusations"));
    assert_null(strstr(t, "press time"));
    assert_null(strstr(t, "all suspects"));
    assert_null(strstr(t, "score to report"));
    assert_null(strstr(t, "business news from"));
    assert_null(strstr(t, "Upgrade now"));
    assert_null(strstr(t, "Example Terminal"));
    assert_null(strstr(t, "create an account"));
    assert_null(strstr(t, "Market data provided"));
    assert_null(strstr(t, "Editorials represent"));
    assert_null(strstr(t, "welcomes letters"));
    assert_null(strstr(t, "edited for length"));
    assert_null(strstr(t, "Know of an event"));
    assert_null(strstr(t, "festive event"));
    assert_null(strstr(t, "nonprofit event"));
    assert_non_null(strstr(t, "To submit an application"));
    assert_null(strstr(t, "may be sent to"));
    assert_null(strstr(t, "are her own"));
    assert_null(strstr(t, "add your voice"));
    assert_null(strstr(t, "your own op-ed"));
    assert_null(strstr(t, "diverse perspectives"));
    assert_non_null(strstr(t, "She plans to submit an op-ed"));
    assert_null(strstr(t, "latest CDC guidance"));
    assert_null(strstr(t, "floral store"));
    assert_non_null(strstr(t, "question about your ballot"));
    assert_null(strstr(t, "data rates"));
    pa_doc_free(&d);
}

/* A science wire's notes under the story go from their label on: "Story
 * Source:" with the release it ran, "Journal Reference:" with the paper,
 * the page's citation. */
static void science_source_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("Astronomers have detected water vapour in the atmosphere of a planet outside "
                                     "our solar system that lies in the habitable zone of its star.")
        PARA("The planet, K2-18b, is about eight times the mass of Earth and orbits a small red dwarf star 110 "
             "light years away in the constellation Leo, the team reported.")
        PARA("Using data from the Hubble Space Telescope, the team found the signature of water vapour as starlight "
             "passed through the planet's atmosphere on its way to Earth.")
        PARA("The researchers cautioned that the planet is probably not Earth-like and may be a mini-Neptune.")
        "<p><strong>Story Source:</strong></p><p>Materials provided by University College London. Note: Content "
        "may be edited for style and length.</p><p><strong>Journal Reference</strong>:</p><ol><li>Angelos Tsiaras, "
        "et al. Water vapour in the atmosphere of the habitable-zone planet K2-18 b. Nature Astronomy, 2019</li></ol>"
        "<p>University College London. \"Astronomers detect water vapour.\" Example Daily. 11 September 2019.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "mini-Neptune."));
    assert_null(strstr(t, "Story Source"));
    assert_null(strstr(t, "Materials provided"));
    assert_null(strstr(t, "Angelos Tsiaras"));
    assert_null(strstr(t, "11 September 2019"));
    pa_doc_free(&d);
}

/* A column whose byline element names the writer ("By Jane Columnist" in
 * a <p class="byline"> outside the story's container, no author metadata)
 * loses the writer's tagline under the story, as with a stated author; the
 * syndicate's "Distributed by …" line, a local station's "by: Name" byline
 * and a medical site's "Share on Pinterest" caption go. */
static void column_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><div class=\"article\"><h1>The filibuster has outlived its purpose</h1>"
        "<p class=\"byline\">By Jane Columnist</p><div class=\"article-body\">"
        "<p>by: Chief Meteorologist Tom Smith</p>"
        PARA("The Senate filibuster was never part of the Constitution, and it emerged by accident.")
        PARA("For most of its history, it was used sparingly, and now it is used all the time.")
        "<div><a href=\"#\">Share on Pinterest</a> Experts say more research is needed.</div>"
        PARA("The result is a chamber in which almost nothing can pass without 60 votes.")
        PARA("Reforming the rule would not end debate; it would only require senators to defend it.")
        "<p><em>Jane Columnist is a syndicated columnist and the author of a book about Congress.</em></p>"
        "<p>Distributed by Tribune Content Agency, LLC.</p></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "defend it."));
    assert_null(strstr(t, "is a syndicated columnist"));
    assert_null(strstr(t, "Distributed by"));
    assert_null(strstr(t, "Meteorologist"));
    assert_null(strstr(t, "Pinterest"));
    pa_doc_free(&d);
}

/* A guest essay's contributor note, "Ms. Doe is …" (an honorific and the
 * byline's last name), goes above the story and under it; a story's own
 * sentence about someone else stays. */
static void contributor_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *top = "<html><body><article><p><strong>By Jane Activist</strong></p>"
                      "<p>Ms. Activist is an environmental campaigner and the author of a forthcoming book.</p>"
                      PARA("For most of my career as an activist, I opposed nuclear power.")
                      PARA("Ms. Green is a farmer who has opposed the plant for a decade, and she still does.")
                      PARA("We do not have the luxury of ruling out any low-carbon source of power.")
                      "</article></body></html>";
    const char *t = text_of(top, &d);
    assert_null(strstr(t, "Ms. Activist"));
    assert_non_null(strstr(t, "Ms. Green is a farmer"));
    pa_doc_free(&d);
    const char *end = "<html><head><meta name=\"author\" content=\"Jane Activist\"></head><body><article>"
                      PARA("For most of my career as an activist, I opposed nuclear power.")
                      PARA("I was wrong, and the climate crisis has forced me to look again at the evidence.")
                      PARA("We do not have the luxury of ruling out any low-carbon source of power.")
                      PARA("Keeping the plants we already have open should be the first step, and it is cheap.")
                      "<p><em>Ms. Activist is an environmental campaigner and a columnist.</em></p>"
                      "</article></body></html>";
    t = text_of(end, &d);
    assert_non_null(strstr(t, "it is cheap."));
    assert_null(strstr(t, "Ms. Activist"));
    pa_doc_free(&d);
}

/* An obituary's guest book, in the obituary's own container, is the
 * readers' messages: it goes like comments. */
static void obituary_guestbook(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"obit-content\">" PARA("Helen Carter, 92, of Greenville, died on Tuesday.")
                       PARA("She was a retired seamstress and a member of Bethel Baptist Church for sixty years.")
                       PARA("A graveside service will be held at 2 p.m. Friday at Graceland East Memorial Park.")
                       "<div class=\"condolences-section\"><h2>Condolences</h2><div class=\"condolence\"><p>Helen made "
                       "my wedding dress in 1975 and it was the most beautiful dress I have ever seen. My deepest "
                       "sympathy to the family.</p><p>Mary Jenkins, Greenville</p></div></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Memorial Park."));
    assert_null(strstr(t, "wedding dress"));
    assert_null(strstr(t, "Condolences"));
    pa_doc_free(&d);
}

/* A list of other pages' names, each linked with a place after it, under a
 * heading naming other stories ("Continue Browsing", "More Obituaries"), ends
 * the text; the same list under a heading of the story's own ("Where to
 * give") stays. */
static void name_list_ends_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Harold Lindqvist, 88, of Cedar Falls, died Thursday.")
                       PARA("He worked as a machinist for 34 years.") PARA("Services will be held Wednesday.")
                       "<h2>Continue Browsing</h2><ul><li><a href=\"/o/1\">Ruth Ann Kessler</a> Waterloo, IA</li>"
                       "<li><a href=\"/o/2\">Donald Peck</a> Hudson, IA</li><li><a href=\"/o/3\">Mae Li Tran</a> "
                       "Cedar Falls, IA</li></ul></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Services will be held"));
    assert_null(strstr(t, "Continue Browsing"));
    assert_null(strstr(t, "Donald Peck"));
    pa_doc_free(&d);
    const char *own = "<html><body><article>" PARA("The flood closed three schools on Monday.")
                      PARA("Families can donate to the relief groups below.") PARA("The county will reopen roads.")
                      "<h2>Where to give</h2><ul><li><a href=\"/g/1\">Cedar Valley United Way</a> Waterloo, IA</li>"
                      "<li><a href=\"/g/2\">Northeast Iowa Food Bank</a> Waterloo, IA</li></ul></article></body></html>";
    t = text_of(own, &d);
    assert_non_null(strstr(t, "Where to give"));
    assert_non_null(strstr(t, "Northeast Iowa Food Bank"));
    pa_doc_free(&d);
    /* the story's own lists under "More …" / "Other …": resources with their numbers, the other candidates' results */
    const char *lists = "<html><body><article>" PARA("The crisis line took twice as many calls this year as last.")
                        PARA("Counselors urged residents who are struggling to reach out for help early.")
                        PARA("Lopez won the seat with 54 percent of the vote, unofficial results show.")
                        "<h2>More resources</h2><ul><li><a href=\"/r/1\">Crisis Text Line</a>: text HOME to 741741</li>"
                        "<li><a href=\"/r/2\">National Alliance on Mental Illness</a>: 1-800-950-6264</li></ul>"
                        "<h3>Other candidates</h3><ul><li><a href=\"/c/1\">Robert Smith</a> (Republican), 31%</li>"
                        "<li><a href=\"/c/2\">Linh Nguyen</a> (Green), 9%</li></ul></article></body></html>";
    t = text_of(lists, &d);
    assert_non_null(strstr(t, "text HOME to 741741"));
    assert_non_null(strstr(t, "Linh Nguyen (Green), 9%"));
    pa_doc_free(&d);
}

/* Under a brief of two full sentences (150 bytes and more, under 500) the
 * list of linked names under "Recent Obituaries" ends the text too; under a
 * line that is no story (an index's "Browse the latest notices") the list
 * stays. */
static void name_list_after_brief(void **state)
{
    (void)state;
    pa_doc d;
    const char *brief = "<html><body><article><h1>Water main break closes part of Elm Street</h1>"
                        "<p>A water main break closed Elm Street between Third and Fifth avenues on Sunday afternoon, "
                        "city officials said.</p><p>Crews expected to finish the repairs by Monday evening, and "
                        "residents may notice low water pressure until then.</p>"
                        "<h3>Recent Obituaries</h3><ul><li><a href=\"/o/1\">Dorothy Mae Lindgren</a> 88, of Harlan</li>"
                        "<li><a href=\"/o/2\">Walter J. Brzezinski</a> 79, of Dunmore</li><li><a href=\"/o/3\">Carol "
                        "Ann Whitaker</a> 91, of Harlan</li></ul></article></body></html>";
    const char *t = text_of(brief, &d);
    assert_non_null(strstr(t, "low water pressure until then."));
    assert_null(strstr(t, "Recent Obituaries"));
    assert_null(strstr(t, "Brzezinski"));
    pa_doc_free(&d);
    const char *index = "<html><body><article><h1>Obituaries</h1><p>Browse the latest notices</p>"
                        "<h3>Recent Obituaries</h3><ul><li><a href=\"/o/1\">Dorothy Mae Lindgren</a> 88, of Harlan</li>"
                        "<li><a href=\"/o/2\">Walter J. Brzezinski</a> 79, of Dunmore</li><li><a href=\"/o/3\">Carol "
                        "Ann Whitaker</a> 91, of Harlan</li></ul></article></body></html>";
    t = text_of(index, &d);
    assert_non_null(strstr(t, "Brzezinski"));
    pa_doc_free(&d);
    /* a brief's own list of people under "Recent winners …" */
    const char *award = "<html><body><article><h1>Teacher wins state award</h1>"
                        "<p>Maria Lopez, a science teacher at Central High, has won the state's teacher of the year "
                        "award.</p><p>She will receive $5,000 and a trip to the national ceremony in April.</p>"
                        "<h3>Recent winners from the county</h3><ul><li><a href=\"/p/1\">Ruth Ann Kessler</a>, "
                        "Waterloo</li><li><a href=\"/p/2\">Tom Hardy</a>, Cedar Falls</li><li><a href=\"/p/3\">Alan "
                        "Brooks</a>, Evansdale</li></ul></article></body></html>";
    t = text_of(award, &d);
    assert_non_null(strstr(t, "Recent winners from the county"));
    assert_non_null(strstr(t, "Tom Hardy, Cedar Falls"));
    pa_doc_free(&d);
}

/* Under a brief, a station's "More Local News" cards (linked headlines,
 * each with its preview) end the text although a share bar's heading the
 * filter drops ("Share this:") follows them: a dropped plain heading is no
 * story subheading; "In other news" names other stories too. */
static void teaser_cards_after_brief(void **state)
{
    (void)state;
    static const char *const labels[] = {"More Local News", "In other news"};
    for (size_t l = 0; l < sizeof labels / sizeof labels[0]; l++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Fair board names new director</h1>"
                 "<p>The Wenner County Fair board has hired Alan Greaves as the fair's new executive director.</p>"
                 "<p>Greaves previously managed the Birch County Fair for eight years. He replaces Sandy Holm, who "
                 "retired in December.</p><div><h3>%s</h3>"
                 "<h4><a href=\"/n/1\">Fair board picks new dates</a></h4><p>The fair will move to the second week "
                 "of August to avoid conflicts with school start dates.</p>"
                 "<h4><a href=\"/n/2\">Millsboro police add two officers</a></h4><p>The department said the new "
                 "hires will allow it to staff a second patrol car overnight.</p></div>"
                 "<div class=\"sd\"><h3>Share this:</h3><ul><li>Facebook</li><li>Email</li></ul></div>"
                 "</article></body></html>",
                 labels[l]);
        pa_doc d;
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "who retired in December."));
        assert_null(strstr(t, labels[l]));
        assert_null(strstr(t, "second patrol car"));
        pa_doc_free(&d);
    }
}

/* A hidden block right before a "Read more" toggle (a <button>, or a link
 * to "#") is the rest of the text, shown with one click: it is text.  Before
 * a "Read more" link to another page, or small (a menu before "See more"),
 * a hidden block stays hidden. */
static void read_more_toggle_reveals(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"obit\"><div class=\"obit-text\">"
                       PARA("Gene Rutkowski, 88, of Toledo, passed away on January 23.")
                       PARA("He graduated from Central Catholic High School in 1955.") "</div>"
                       "<div class=\"obit-more hidden\" style=\"display:none\" aria-hidden=\"true\">"
                       PARA("He worked for 37 years at the Jeep plant on Stickney Avenue.")
                       PARA("He is survived by his wife of 63 years, Dolores.") "</div>"
                       "<button class=\"toggle\">Read More</button>"
                       "<div style=\"display:none\">" PARA("A teaser of another obituary that is hidden here.")
                       "</div><a href=\"/obituaries/other\">Read more</a>"
                       "<ul hidden><li>Menu</li></ul><button>See more</button></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Jeep plant"));
    assert_non_null(strstr(t, "Dolores"));
    assert_null(strstr(t, "teaser of another obituary"));
    assert_null(strstr(t, "Menu"));
    pa_doc_free(&d);
    /* an excerpt cut short over the hidden whole ("… wanted the council to cut...") is shown once */
    const char *excerpt = "<html><body><article><div class=\"story-text\"><p class=\"excerpt\">The vote came after a "
                          "long evening of public comment in which residents spoke for and against the plan. Many of "
                          "them asked for money for parks, and some wanted the council to cut...</p>"
                          "<div class=\"full-text\" style=\"display:none\"><p>The vote came after a long evening of "
                          "public comment in which residents spoke for and against the plan. Many of them asked for "
                          "money for parks, and some wanted the council to cut the pay raise for the mayor.</p>"
                          "<p>The council will meet again next month to set the tax rate.</p></div>"
                          "<button>Read more</button></div></article></body></html>";
    t = text_of(excerpt, &d);
    assert_non_null(strstr(t, "pay raise for the mayor"));
    assert_null(strstr(t, "council to cut..."));
    assert_null(strstr(strstr(t, "The vote came") + 1, "The vote came"));
    pa_doc_free(&d);
}

/* A story cut short on the page: a "Continue reading" button (alone in
 * its wrapper) or a "Read full story" link to "#" before the hidden rest of
 * the story (display:none, aria-hidden) opens that rest: it is text.  A
 * hidden list of links after a "See more" button stays hidden. */
static void continue_reading_reveals_rest_after(void **state)
{
    (void)state;
    pa_doc d;
    const char *button = "<html><body><div class=\"article-body\">"
                         PARA("Every year about forty new streets are built in the city and each needs a name.")
                         PARA("The committee that names them meets once a month on the third floor of City Hall.")
                         "<div class=\"read-more-wrap\"><button class=\"read-more-btn\">Continue reading</button></div>"
                         "<div class=\"article-rest\" style=\"display:none\">"
                         PARA("Its rules are strict: no name can duplicate or sound like an existing street.")
                         PARA("Developers usually propose names, and most are approved without any debate.")
                         "</div></div></body></html>";
    const char *t = text_of(button, &d);
    assert_non_null(strstr(t, "Its rules are strict"));
    assert_non_null(strstr(t, "approved without any debate"));
    pa_doc_free(&d);
    const char *link = "<html><body><div class=\"links\"><button>See more</button><ul hidden>"
                       "<li><a href=\"/a\">Hidden menu entry</a></li></ul></div><div class=\"article-body\">"
                       PARA("The city council voted on Monday to turn the old tennis courts into a dog park.")
                       "</div><div class=\"story-expander\"><a href=\"#\">Read full story</a></div>"
                       "<div class=\"article-body collapsed\" aria-hidden=\"true\">"
                       PARA("The courts have been closed since 2021 because of cracks in their surface.")
                       PARA("Construction will begin in April, and the park should open by July.") "</div></body></html>";
    t = text_of(link, &d);
    assert_non_null(strstr(t, "cracks in their surface"));
    assert_non_null(strstr(t, "open by July"));
    assert_null(strstr(t, "Hidden menu entry"));
    pa_doc_free(&d);
}

/* A FAQ's question <button aria-expanded="false"> right before its hidden
 * answer (no aria-controls, not in a heading) opens it: the answer is text.
 * A menu button's hidden list of links stays hidden. */
static void faq_button_reveals_answer(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><button class=\"menu-toggle\" aria-expanded=\"false\">Menu</button>"
                       "<div class=\"drawer\" hidden><ul><li><a href=\"/news\">Drawer link one</a></li>"
                       "<li><a href=\"/sport\">Drawer link two</a></li></ul></div><div class=\"entry-content\">"
                       PARA("The shop is closing its marketplace store at the end of the month for good.")
                       PARA("Fees on the marketplace took more than half of the price of a typical card.")
                       "<div class=\"faq-item\"><button class=\"faq-q\" aria-expanded=\"false\">Will prices go up?</button>"
                       "<div class=\"faq-a\" hidden><p>No. Most prices are going down slightly without the fees.</p></div></div>"
                       "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Most prices are going down"));
    assert_null(strstr(t, "Drawer link"));
    pa_doc_free(&d);
}

/* A script-built story page: the body is a skeleton and the story is in a
 * <noscript> fallback; a story's rest a script stamps in from a <template>:
 * both are text.  A <noscript> copy of a story already shown is not
 * repeated, and an "enable JavaScript" notice is no text. */
static void noscript_and_template_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *noscript = "<html><body><noscript><p>Please enable JavaScript to view this site.</p></noscript>"
                           "<div id=\"story-root\" class=\"story-text\"><div class=\"skeleton-line\"></div></div>"
                           "<noscript><div class=\"story-text\">"
                           PARA("This winter could bring the most frequent aurora displays in ten years.")
                           PARA("During periods of high solar activity the sun releases more charged particles.")
                           PARA("Forecasters said strong storms could make the aurora visible further south.")
                           "</div></noscript></body></html>";
    const char *t = text_of(noscript, &d);
    assert_non_null(strstr(t, "most frequent aurora displays"));
    assert_non_null(strstr(t, "visible further south"));
    assert_null(strstr(t, "enable JavaScript"));
    pa_doc_free(&d);
    const char *copy = "<html><body><article><div class=\"story-text\">"
                       PARA("The lighthouse was automated in 1991 and its last keeper locked the door.")
                       PARA("He mostly felt seasick, he says now, in the sitting room of his cottage.")
                       PARA("The heritage trust has been recording the memories of the last keepers.")
                       "</div><noscript><div>"
                       PARA("The lighthouse was automated in 1991 and its last keeper locked the door.")
                       PARA("He mostly felt seasick, he says now, in the sitting room of his cottage.")
                       PARA("The heritage trust has been recording the memories of the last keepers.")
                       "</div></noscript></article></body></html>";
    t = text_of(copy, &d);
    const char *first = strstr(t, "last keeper locked");
    assert_non_null(first);
    assert_null(strstr(first + 1, "last keeper locked"));
    pa_doc_free(&d);
    const char *rest = "<html><body><article><div class=\"story-text\">"
                       PARA("Five new independent bookshops have opened in the county this year alone.")
                       PARA("Rents on small high street units have fallen as the larger chains leave.")
                       "<div id=\"rest-mount\"></div><button class=\"show-rest\">Keep reading</button></div>"
                       "<template id=\"article-rest\">"
                       PARA("People come in and ask what I am reading, said the owner of Second Chapter.")
                       PARA("The margins remain thin, and most of the new owners have other income.")
                       PARA("I am not going to get rich, he said, but I might do this for a long time.")
                       "</template></article></body></html>";
    t = text_of(rest, &d);
    assert_non_null(strstr(t, "Second Chapter"));
    assert_non_null(strstr(t, "for a long time"));
    pa_doc_free(&d);
}

/* A short pull quote (20 to 39 characters, in quote marks or in a block
 * whose class names a pull quote) repeating a sentence of the story beside
 * it goes; a short bare quoted line (a
 * program's output, "Mrs. Laura Badonka-Whitfield, Jr.") that a later paragraph repeats
 * stays. */
static void short_pull_quote(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"story-text\">"
                       PARA("The county will spend four million dollars on new school buses over two years.")
                       "<p>Eleven buses failed inspection in the past year. Two had broken down with children on board. "
                       "The director said the fleet was the oldest in the region.</p>"
                       "<blockquote class=\"pullquote-right\">&ldquo;Two had broken down with children on board.&rdquo;</blockquote>"
                       PARA("The new buses will have seat belts, air conditioning and cameras on board.")
                       "<p>The drivers were relieved. They had asked for new buses for years, and the board had said no.</p>"
                       "<div class=\"pull-quote-wrapper\"><p class=\"pull-quote\">They had asked for new buses for years.</p></div>"
                       "<p>When we run this code, we get the following output:</p><blockquote><p>Mrs. Laura Badonka-Whitfield, Jr.</p></blockquote>"
                       "<p>The address block then reads Mrs. Laura Badonka-Whitfield, Jr. and the street, the suite and the city below.</p>"
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    const char *first = strstr(t, "Two had broken down");
    assert_non_null(first);
    assert_null(strstr(first + 1, "Two had broken down"));
    first = strstr(t, "They had asked for new buses for years"); /* bare, in a block named a pull quote */
    assert_non_null(first);
    assert_null(strstr(first + 1, "They had asked for new buses for years"));
    first = strstr(t, "Mrs. Laura Badonka-Whitfield, Jr.");
    assert_non_null(first);
    assert_non_null(strstr(first + 1, "Mrs. Laura Badonka-Whitfield, Jr."));
    pa_doc_free(&d);
}

/* The years of a life under an obituary's name ("1929 ~ 2026") go as a
 * date line; the same span as a heading in the story ("1939 - 1945") stays. */
static void life_years_line(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Agnes Louise Vrabel</title></head><body><div class=\"obit\">"
                       "<h1>Agnes Louise Vrabel</h1><div>1929 ~ 2026</div>"
                       PARA("Agnes Louise Vrabel, 97, of Hazleton, fell asleep in the Lord on Tuesday.")
                       PARA("She worked for many years as a sewing machine operator.") "<h2>1939 - 1945</h2>"
                       PARA("During the war she sewed uniforms at the mill on Wyoming Street.") "</div></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "1929 ~ 2026"));
    assert_non_null(strstr(t, "1939 - 1945"));
    assert_non_null(strstr(t, "fell asleep"));
    pa_doc_free(&d);
}

/* A guest book under an obituary with no class naming it goes from its
 * heading ("Condolences", "Sign the Guest Book") on; a story's section
 * "Condolences" or "Guest book" over paragraphs, no signed entry, stays. */
static void obituary_guestbook_unmarked(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"body\">" PARA("Lorraine Reyes, 79, died on Sunday at her home.")
                       PARA("She worked for twenty years as office manager at the county extension office.")
                       PARA("A funeral Mass will be celebrated at 10 a.m. Saturday at the Basilica.")
                       "<div class=\"extra\"><h3>Condolences</h3><div class=\"entry\"><p><strong>Yolanda "
                       "Baca</strong>, Las Cruces - July 8, 2026</p><p>Lorraine was the heart of our office for "
                       "twenty years, and we are heartbroken, every one of us, as we hold your family in our "
                       "prayers.</p></div></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "at the Basilica."));
    assert_null(strstr(t, "Condolences"));
    assert_null(strstr(t, "heart of our office"));
    pa_doc_free(&d);
    const char *story = "<html><body><article>" PARA("The former mayor died on Sunday at the age of 88.")
                        PARA("He led the city through the flood of 1993 and the rebuilding after it.")
                        PARA("He was elected four times, the last time without an opponent.")
                        "<h2>Condolences</h2><p>Leaders from across the region sent their sympathy to the family on "
                        "Monday, and the governor ordered flags lowered to half-staff.</p>"
                        PARA("A public memorial will be held at City Hall.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "Condolences"));
    assert_non_null(strstr(t, "flags lowered"));
    assert_non_null(strstr(t, "public memorial"));
    pa_doc_free(&d);
    /* the same sections over a short paragraph: the story goes on after them */
    const char *short_story = "<html><body><article>" PARA("The former mayor died on Sunday at the age of 88.")
                              PARA("He led the city through the flood of 1993 and the rebuilding after it.")
                              PARA("He was elected four times, the last time without an opponent.")
                              "<h2>Condolences</h2><p>\"Our thoughts are with the family,\" the governor said.</p>"
                              "<h3>Guest book</h3><p>Visitors can sign a guest book left open in the lobby since 1921.</p>"
                              PARA("A public memorial will be held at City Hall.") "</article></body></html>";
    t = text_of(short_story, &d);
    assert_non_null(strstr(t, "Our thoughts are with the family"));
    assert_non_null(strstr(t, "sign a guest book left open"));
    assert_non_null(strstr(t, "public memorial"));
    pa_doc_free(&d);
}

/* The wire's sports recap keeps its "UP NEXT" section in capitals (a
 * video player's "Up next" label still goes); a station's pitch for its
 * app's alerts goes. */
static void sports_recap_sections(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       "<div class=\"v\"><p>Up next</p></div>"
                       "<p><strong>UP NEXT</strong></p><p>Packers: Host the Houston Texans next Sunday.</p>"
                       "<p>Buccaneers: Visit the Las Vegas Raiders next Sunday night.</p>"
                       "<p>Download the Example 10 app for the latest weather alerts on your phone.</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "UP NEXT\n\nPackers: Host"));
    assert_null(strstr(t, "Up next"));
    assert_null(strstr(t, "Example 10 app"));
    pa_doc_free(&d);
}

/* A subheading whose id is the CMS's slug of its own text ("what-s-next",
 * or cut short: "no-consent-was-sough") stays, though "next" in an id
 * marks a pager and "consent" a consent banner; a pager whose id says
 * "next", and a heading whose short id only opens its text ("comments"),
 * still go. */
static void heading_own_slug_id(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       "<h2 id=\"what-s-next\">What's next</h2>" PARA("The story ends.")
                       "<h2 id=\"no-consent-was-sough\">'No consent was sought'</h2>" PARA("The story closes.")
                       "<div id=\"next\"><a href=\"/older\">Older post about the smelter</a></div>"
                       "<h3 id=\"comments\">Comments (12)</h3>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "What's next"));
    assert_non_null(strstr(t, "No consent was sought"));
    assert_null(strstr(t, "Comments (12)"));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Older post"));
    pa_doc_free(&d);
}

/* Story sentences that share words with the rules for a site's furniture
 * stay: a commission that receives a report about links, a group
 * supporting local journalism, data held back by users' privacy settings,
 * an invitation to a summit, a reader's story. */
static void story_sentences_stay(void **state)
{
    (void)state;
    pa_doc d;
    static const char *const stay[] = {
        "The commission will receive a report on Friday linking the contamination to the plant's old pipes.",
        ("The foundation, a member of a coalition supporting local journalism, said today it would fund ten "
        "reporters in the state."),
        "The company said the data was not available to researchers because of users' privacy settings.",
        "Do you have a story like hers? Many parents do, the counselor said, and few of them send it anywhere.",
        "A version of this bill failed last year over the issue of funding, and its sponsor tried again.",
        "Agents may earn a commission of 3 percent when a buyer purchases a home through a listing link.",
        /* sentences holding the words of this session's rules (review) */
        "Support for local journalism fell sharply after the plant closed.",
        "Journalism costs money, and the publisher said advertising no longer covers it.",
        "\"We need you to support local journalism,\" the senator said, urging lawmakers to consider the bill.",
        "The views expressed by the minister do not reflect the government's position, a spokesman said.",
        "In a letter to the editor, she urged readers to write to their councillors about the closure.",
        "The judge reminded jurors that all defendants are presumed innocent until proven guilty.",
        "For more than a decade, users could create an account without a phone number, the company said.",
        "The Independent Press Standards Organisation upheld a complaint against two newspapers over the report.",
        "Follow the money, she told the Facebook investors who had gathered in a hotel ballroom in May.",
        "Download the county's app on Google Play or the App Store to report potholes, the mayor said.",
        "Readers like you have written to us about the closure, the editor said on Monday.",
        "The analyst said the note was not financial advice, citing information from the company's filings.",
        "This report was updated annually by the agency until 2015, when its funding ran out.",
        "Distributed by Acme Inc., the vaccine reached 40 states by March.",
        "The rules have changed since publication of the 2019 report on school funding in the state.",
        /* sentences holding the words of the wire, magazine, broadcast and lifestyle rules (review) */
        "The city may receive a share of revenue from the casino, our partner in the project, officials said.",
        "The county may earn revenue from the partnership, and we expect a vote next week, the mayor said.",
        "In some cases, we receive a commission from our partners, the broker said.",
        "To hear more appeals, the court added two judges last year, the clerk said.",
        "To hear more about the app, residents can attend a meeting Tuesday.",
        "Listen to more than 40 residents and you will hear the same complaint about the application.",
        "Buy American rules became an issue of debate in the trade talks last week.",
        "Pick up trucks were on stands at the fair, an issue of concern for the organizers.",
        "Grab bag policies are the latest issue of contention in the state house.",
        "\"You run the risk of losing your investment,\" the regulator warned investors on Tuesday.",
        "Support grows for reporting requirement",
        "Support builds for newsroom union",
        "Sign up for emergency alerts at the county's website, officials urged.",
        "Heard on the campaign trail",
        "Scroll down for the full list of winners.",
        "Next page of the saga was written on Friday.",
        "3 of 10 respondents shared photos online",
        "Additional reporting by the city's auditor found more errors in the accounts.",
        "Illustrations by children from the school lined the hall.",
        "\"We want to hear from you,\" said Jane Doe, who asked residents to email jdoe@example.gov.",
        /* sentences holding the words of the release, notes and science rules (review rv-b) */
        "Anyone with information should please contact police at 555-0100 or tips@example.gov.",
        "About 40 patients were treated at the hospital on Monday, and six remain in critical condition.",
        "All councillors are subject to the Code of Conduct, which bans gifts worth more than $50.",
        "A 2013 trial (N Engl J Med. 2013;369:2515-2524) found the surgery worked no better than a sham.",
        "The findings were published in Nature (DOI: 10.1038/s41586-022-05434-1).",
        "Vanguard owns shares of both companies mentioned in the lawsuit, according to filings.",
        "By tapping accept, you agree to terms that let the app share your data with advertisers.",
        "Under the new plan, you can read 10 free articles of the site's reporting before paying.",
        "He has a simple rule for posts about his children: don't tweet this.",
        "Keywords: the words that matter most in a resume are rarely the ones applicants expect.",
        "The ministry issued a Media Statement on Friday rejecting the claims.",
        "Sources said the talks would resume next week in Geneva.",
        "I write about this because my mother spent her last years in a home like it.",
        "Library cards are free, and children must register for an account to keep reading over summer.",
        "Vanguard owns shares of both companies mentioned in the lawsuit.",
        "The court ruled the photo may be republished only with credit to the photographer who took it.",
        "About Schmidt: Jack Nicholson plays a retired actuary who sets off across Nebraska in a motor home.",
        "From the outset, the ministry said, the plan was flawed.",
        "The senator has no position in any of the companies mentioned in the bill, her office noted.",
        "Please contact the clinic at 555-0100 or clinic@example.org if symptoms persist",
        "Subscribe for the long haul, the coach told his players before the final.",
        "Just $5 a month buys a child a meal, the charity said in its appeal.",
        "Only $1 a week separates the two plans, the regulator found.",
        "Donors say the museum's journalism is free of pressure from its sponsors.",
    };
    size_t dropped = 0;
    for (size_t i = 0; i < sizeof stay / sizeof stay[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><article>%s<p>%s</p>%s</article></body></html>",
                 PARA("The story starts here."), stay[i], PARA("The story ends."));
        const char *t = text_of(page, &d);
        char head[40];
        snprintf(head, sizeof head, "%.30s", stay[i]);
        if (!strstr(t, head)) {
            fprintf(stderr, "dropped: %s\n", stay[i]);
            dropped++;
        }
        pa_doc_free(&d);
    }
    /* a card of short lines with two years ("2019-2020"), no telephone number, stays */
    {
        const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                                "<p>Team record<br>Wins: 50, losses: 32<br>Seasons 2019-2020</p>"
                                PARA("The story ends.") "</article></body></html>", &d);
        if (!strstr(t, "Seasons 2019-2020")) {
            fprintf(stderr, "dropped the card: %s\n", t);
            dropped++;
        }
        pa_doc_free(&d);
    }
    /* a credit's own word as the story's heading stays */
    static const char *const headings[] = {"Staff", "Pool", "File"};
    for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page, "<html><body><article>%s<h3>%s</h3>%s</article></body></html>",
                 PARA("The story starts here."), headings[i], PARA("The story ends."));
        const char *t = text_of(page, &d);
        if (!strstr(t, headings[i])) {
            fprintf(stderr, "dropped heading: %s\n", headings[i]);
            dropped++;
        }
        pa_doc_free(&d);
    }
    assert_int_equal(dropped, 0);
}

/* A donation box's lines under the story go: its heading ("Support …'s
 * journalism …"), its opening ("Readers like you …", "Good journalism
 * costs …") and its calls that ask the reader for a contribution; a story's
 * sentence about a paper's funding stays. */
static void donation_call_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        "Support Example Times' journalism of integrity and credibility",
        "Readers like you are keeping these stories free for everyone...",
        "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society.",
        "For continued free access to the best investigative journalism in the country we ask you to consider "
        "making a modest support to this noble endeavour.",
        "By contributing to Example Times, you are helping to sustain a journalism of relevance and ensuring it "
        "remains free and available to all.",
        "Over 5,000 readers like you have already stepped up and support us with a monthly payment or a once-off "
        "donation.",
        /* a magazine's or an essay site's call in the middle of a long read */
        "This story is part of our independent journalism. Subscribe to support it.",
        "Example is supported by readers. For $5 a month you keep independent essays like this one free for everyone.",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<p>The editor said the paper would ask its readers to support its journalism with a "
                            "monthly contribution, as other papers have done.</p>" PARA("The story ends.")
                            "</article></body></html>", &d);
    assert_non_null(strstr(t, "The editor said the paper"));
    pa_doc_free(&d);
}

/* A box named for donations ("donate-box", "donation-widget") among the
 * story's paragraphs goes whole, its lines whatever they say ("We're a
 * nonprofit newsroom …"); the story around it stays, and so does a guest
 * post's body named "contribution-body". */
static void donation_box_classes(void **state)
{
    (void)state;
    static const char *const classes[] = {"donate-box", "donation-widget", "donations",
                                          "duet--article--contribution-box"};
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><article><div class=\"entry-content\">" PARA("The story starts here.")
                 PARA("The story goes on.") "<div class=\"%s\"><p>We're a nonprofit newsroom that relies on "
                 "readers like you.</p><p>Our journalism is free to read and we never put it behind a "
                 "paywall.</p><a href=\"/give\">Give now</a></div>" PARA("The story ends.")
                 "</div></article></body></html>",
                 classes[i]);
        pa_doc d;
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "The story ends."));
        if (strstr(t, "nonprofit newsroom") || strstr(t, "free to read"))
            fail_msg("the box of class %s stays", classes[i]);
        pa_doc_free(&d);
    }
    /* a guest post's body named "contribution" is the story, no call for money */
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Why our village needs a bus</h1><div class=\"contribution-body\">"
                            PARA("The last bus to the valley stopped running in 2019, and since then the older "
                                 "residents have relied on neighbours for every trip to the doctor.")
                            PARA("A community minibus would cost less than the council spends on taxi vouchers, "
                                 "and volunteers have already offered to drive it.")
                            "</div></article></body></html>",
                            &d);
    assert_non_null(strstr(t, "The last bus to the valley"));
    assert_non_null(strstr(t, "volunteers have already offered"));
    pa_doc_free(&d);
}

/* The calls to the site's other channels under the story go: Google News,
 * a WhatsApp channel or number, the app after its reason or with its
 * stores, the e-paper's offer, the comment box's offer, the short-address
 * box's label, a byline with title and address before a bar and the date,
 * the portal's "Source: example.com"; a story's
 * sentence about WhatsApp stays. */
/* The deck under the headline (a block named dek, standfirst, subtitle,
 * summary, synopsis…) goes, after the <h1> or after the headline's own wrapper; a
 * paragraph so named further down the story stays, and so does a plain
 * first paragraph after the <h1>. */
static void headline_deck_dropped(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><div class=\"story\"><h1>Airport adds flights</h1>"
                            "<p class=\"article-dek\">Traffic is nearly back to where it was.</p>"
                            PARA("The story starts here.") PARA("The story ends.") "</div></main></body></html>", &d);
    assert_null(strstr(t, "nearly back"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    t = text_of("<html><body><main><div class=\"story\"><div class=\"headline-wrap\"><h1>Airport adds flights</h1></div>"
                "<p class=\"article-subheadline\">Traffic is nearly back to where it was.</p>"
                PARA("The story starts here.") "<p class=\"summary\">A summary line inside the story stays here.</p>"
                PARA("The story ends.") "</div></main></body></html>", &d);
    assert_null(strstr(t, "nearly back"));
    assert_non_null(strstr(t, "A summary line inside the story stays here."));
    pa_doc_free(&d);
    /* a portal's synopsis under the headline ("article__synopsis") */
    t = text_of("<html><body><main><div class=\"story\"><h1>Airport adds flights</h1>"
                "<p class=\"article__synopsis\">Traffic is nearly back to where it was.</p>"
                PARA("The story starts here.") PARA("The story ends.") "</div></main></body></html>", &d);
    assert_null(strstr(t, "nearly back"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    t = text_of("<html><body><main><div class=\"story\"><h1>Airport adds flights</h1>"
                "<p>Traffic is nearly back to where it was, officials said on Thursday morning.</p>"
                PARA("The story starts here.") PARA("The story ends.") "</div></main></body></html>", &d);
    assert_non_null(strstr(t, "nearly back"));
    pa_doc_free(&d);
    /* the deck as an <h2> alone in an excerpt box right after the <h1>, the story after it in the same
     * parent; a lead box holding a heading and a paragraph stays */
    t = text_of("<html><body><div class=\"story-box\"><h1>Airport adds flights</h1>"
                "<div class=\"story-excerpt\"><h2>Traffic is nearly back to where it was</h2></div>"
                "<div class=\"story-text\">" PARA("The story starts here.") PARA("The story ends.")
                "</div></div></body></html>", &d);
    assert_null(strstr(t, "nearly back"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
    t = text_of("<html><body><div class=\"story-box\"><h1>Airport adds flights</h1>"
                "<div class=\"story-intro\"><h2>Fares</h2><p>Fares went up by a fifth this year.</p></div>"
                "<div class=\"story-text\">" PARA("The story starts here.") PARA("The story ends.")
                "</div></div></body></html>", &d);
    assert_non_null(strstr(t, "Fares went up"));
    pa_doc_free(&d);
}

/* The deck further from the headline: a standfirst after the byline in
 * the headline's block, a lead/intro/excerpt/teaser line ending that
 * block, a bare <h2> sentence right after the <h1> go; a "lead"
 * paragraph with the story after it in the same block, the story's
 * "lead" first paragraph in the body, a summary-named first paragraph
 * after the byline (or a head block closing on it) with the body after it, and a short <h2> subheading
 * after the <h1> stay. */
static void headline_deck_in_head_block(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><header><div class=\"kicker\">Health</div><h1>Hospital opens wing</h1>"
                            "<div class=\"byline\">By Jane Doe</div><time>March 9, 2021</time>"
                            "<div class=\"article-standfirst\">The wing doubles the space for ambulance patients.</div></header>"
                            "<div class=\"body\">" PARA("The story starts here.") PARA("The story ends.") "</div></article></body></html>", &d);
    assert_null(strstr(t, "doubles the space"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    t = text_of("<html><body><article><div class=\"head\"><h1>Hospital opens wing</h1>"
                "<p class=\"article-lead\">The wing doubles the space for ambulance patients.</p>"
                "<div class=\"meta\">By Jane Doe</div></div>"
                "<div class=\"body\"><p class=\"lead\">The first paragraph of the story is here.</p>" PARA("The story goes on.")
                PARA("The story ends.") "</div></article></body></html>", &d);
    assert_null(strstr(t, "doubles the space"));
    assert_non_null(strstr(t, "The first paragraph of the story is here."));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Hospital opens wing</h1>"
                "<h2>The wing doubles the space for ambulance patients.</h2>"
                PARA("The story starts here.") PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "doubles the space"));
    pa_doc_free(&d);
    /* the summary after the head block that closes on the byline and the date under the headline (stress-sea 31) */
    t = text_of("<html><body><article><div id=\"art-head\"><h1>Hospital opens wing</h1><div class=\"authors\">Jane Doe"
                "</div><div class=\"date\">Published 12:00 PM, March 9, 2021</div></div>"
                "<div class=\"post-single__summary\"><p>The wing doubles the space for ambulance patients.</p></div>"
                "<div class=\"content\">" PARA("The story starts here.") PARA("The story ends.") "</div></article></body></html>", &d);
    assert_null(strstr(t, "doubles the space"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    /* an excerpt alone in its own column, then the byline's column, then the story's */
    t = text_of("<html><body><article><div class=\"row\"><div class=\"col-12\"><h1>Hospital opens wing</h1></div>"
                "<div class=\"col-12\"><span class=\"the-excerpt\"><p>The wing doubles the space for ambulance patients.</p></span></div>"
                "<div class=\"col-12\"><div class=\"meta\">By Jane Doe on March 9, 2021</div></div>"
                "<div class=\"col-12\">" PARA("The story starts here.") PARA("The story ends.")
                "</div></div></article></body></html>", &d);
    assert_null(strstr(t, "doubles the space"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    /* kept: a lead paragraph with the story after it, a short subheading */
    t = text_of("<html><body><article><h1>Hospital opens wing</h1>"
                "<p class=\"lead\">The wing doubles the space for ambulance patients.</p>"
                PARA("The story starts here.") PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "doubles the space"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Hospital opens wing</h1><h2>What changes</h2>"
                PARA("The story starts here.") PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "What changes"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Hospital opens wing</h1><div class=\"author\">By Jane Doe</div>"
                "<p class=\"entry-summary\">The health department said on Tuesday that the new emergency wing, which doubles the space "
                "for ambulance patients, is open.</p>"
                "<div class=\"entry-content\">" PARA("The story starts here.") PARA("The story ends.") "</div></article></body></html>", &d);
    assert_non_null(strstr(t, "doubles the space"));
    pa_doc_free(&d);
    /* the same summary-named first paragraph after a head block closing on the byline and the date: kept */
    t = text_of("<html><body><article><div class=\"article-head\"><h1>Hospital opens wing</h1><div class=\"byline\">By Jane "
                "Doe</div><div class=\"date\">March 9, 2021</div></div>"
                "<p class=\"entry-summary\">The health department said on Tuesday that the new emergency wing, which doubles the space "
                "for ambulance patients, is open.</p>"
                "<div class=\"entry-content\">" PARA("The story starts here.") PARA("The story ends.") "</div></article></body></html>", &d);
    assert_non_null(strstr(t, "doubles the space"));
    pa_doc_free(&d);
}

/* A broadcaster's calls around its story: the stream promo, the push
 * prompt, the alerts offer and the sign-up line go; a story's own
 * sentence about watching the news stays. */
static void broadcaster_call_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        "Watch CBS News",
        "Be the first to know",
        "Get browser notifications for breaking news, live events, and exclusive reporting.",
        "GET BREAKING NEWS ALERTS IN THE FREE EXAMPLE 5 APP | DOWNLOAD FOR IOS OR ANDROID",
        "Sign up for breaking news alerts from Example 5.",
        "This article tagged under: Aluminium Guangyuan",
        "Video above: Jane Doe reports from the plant",
        "Heard on Morning Edition",
        "By \xe2\x80\x94 Jane Doe, Associated Press",
        "Author: Jane Doe",
        "Watch Example 5 News live for more on this developing story.",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<p>Watch the news tonight, the mayor told residents.</p>"
                            "<p>Heard on the street, the rumor spread fast.</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Watch the news tonight"));
    assert_non_null(strstr(t, "Heard on the street"));
    pa_doc_free(&d);
    /* the station's desk as the byline above the story, a reporter's title beside the name */
    t = text_of("<html><body><article><p>Example 5 Digital Team</p><p>Jane Doe, Anchor/Reporter</p>" PARA("The story starts here.")
                PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "Digital Team"));
    assert_null(strstr(t, "Anchor"));
    pa_doc_free(&d);
}

static void channel_call_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        "Follow The Daily Example on Google News for all the latest news.",
        "Get the latest news delivered to your WhatsApp. Join our channel.",
        "Tell us your story: Send a Message to our WhatsApp number: +233 54 011 4400",
        "Get the latest news on your phone. Download the Example News app here.",
        "To get the latest headlines and breaking news alerts, download the Example 7 app.",
        "Did you know you can comment on this article? Subscribe to Example and add your voice to the conversation.",
        "Short URL",
        "Now you can read the Example Daily ePaper anytime, anywhere. The ePaper is the same edition as the printed "
        "copy. Click here to subscribe.",
        "Download the Example Daily app on the Google Play Store and Apple App Store.",
        "Download The Example Times News App for Latest City News.",
        "Opened in Example Frame. Open in the Example Herald app for the best experience.",
        "Get the full experience in the app",
        "Download and subscribe to the brand new Example Fit app to make your 2025 wellness goals a reality. Powered by "
        "best-in-class experts, the Example Fit app is the coach you need, right in your back pocket.",
        "BY JANE DOE-ROE Senior staff reporter doeroej@example.com | Friday, September 30, 2021",
        "Source: exampleonline.com.gh",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<p>Police said the suspects had used a WhatsApp group to plan the robbery.</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Police said the suspects"));
    pa_doc_free(&d);
    t = text_of("<html><body><article>" PARA("The story starts here.")
                "<p>Riders said the new app gave them a better experience than the old one, the mayor said.</p>"
                PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "better experience"));
    pa_doc_free(&d);
    /* a tech story's sentence on an app's redesign is no call: it opens with its subject */
    t = text_of("<html><body><article>" PARA("The story starts here.")
                "<p>The bank rebuilt its app for a better experience on older phones, cutting the download size in "
                "half.</p>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "The bank rebuilt its app"));
    pa_doc_free(&d);
    /* a consumer story's how-to names no news */
    t = text_of("<html><body><article>" PARA("The story starts here.")
                "<p>To get the rebate, download the utility's app and enter your account number.</p>"
                PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "To get the rebate"));
    pa_doc_free(&d);
    /* a storm story's advice names another's app */
    t = text_of("<html><body><article>" PARA("The story starts here.")
                "<p>To get weather alerts during the storm, download the FEMA app or the county's ReadyExample "
                "app.</p>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "To get weather alerts"));
    pa_doc_free(&d);
    t = text_of("<html><body><article>" PARA("The story starts here.")
                "<p>For more news on road closures, download the state DOT's 511 app or call 511 from any "
                "phone.</p>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "For more news on road closures"));
    pa_doc_free(&d);
}

/* The furniture of English-language dailies in Africa and Asia: the bureau byline "From Jane Doe,
 * Abuja" and the stated author's "Jane Doe, Port Harcourt", the meta row closed by the reading time,
 * the misspelt ad label, the portal's credit to its own domain in capitals, a national agency's credit
 * with a name ("WAM/Jane Roe"), the empty "Key highlights" box label, the pointers to other stories
 * ("Also Read>> …", "Editor's Pick: …"), labels between dashes, "Kindly share this story", the wire's
 * sign-off after two hyphens ("-- BERNAMA"), the desk's byline over the story ("Web Desk"), the tools
 * ("Send us your feedback"), tags after "Topics :", the picture's courtesy, short channel calls
 * ("Like our Facebook page …"), the investment desk's disclaimer, the print version's page, the
 * labelled reporter's credits ("Reported by: …; Edited by: …"), the editor in brackets, a CMS's
 * counters ("Read 1234 times", "Post Views: 1,204"), the wire and its town ("UNB, Dhaka"), the pointers
 * with a space before the colon or other marks ("Also Read : …", "» …", ">> Also Read: …"), the
 * syndicated story's first home ("This article was first published on Example."), "We're now on
 * WhatsApp", the additional reporting after a dash, a poll box's question under its "Poll" label, the
 * ad label in brackets or dashes without spaces and in other words ("[Advertisement]", "Advert"); a story's sentence opening with "From", a subheading "From Lagos to London"
 * and a sentence on reading time stay. */
static void regional_daily_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        "From Jane Doe, Abuja",
        "From Our Correspondent, Kano",
        "Jane Doe | March 24, 2026 | 4 min read",
        "Jane Roe \xc2\xb7 12 March 2026 \xc2\xb7 6 min read",
        "Advertisment",
        "Source: ExampleDaily.com",
        "WAM/Jane Roe",
        "Reuters/John Doe",
        "Key highlights",
        "Also Read>> Lagos unveils new fare card system",
        "ALSO READ \xe2\x80\x94 Lagos unveils new fare card system",
        "Suggested Reading: Lagos unveils new fare card system",
        "Editor's Pick: Lagos unveils new fare card system",
        "WATCH VIDEO: Lagos traffic grinds to a halt",
        "-- Story continues below --",
        "\xe2\x80\x94 Advertisement \xe2\x80\x94",
        "Kindly share this story",
        "Send us your feedback",
        "Read the full story here",
        "Topics : transport Jakarta infrastructure",
        "Photo courtesy: Ministry of Health",
        "Like our Facebook page for more news",
        "For the latest news, join the Example channel on Telegram",
        "PAY ATTENTION: Get the latest news from Abeokuta on our WhatsApp channel.",
        "The print version of this story appeared on page 4 of Example Times.",
        "Agencies / New Delhi",
        "Reported by: Jane Doe; Edited by: John Roe",
        "Curated By : Jane Doe",
        "Story by Jane Doe; Photos by John Roe",
        "Reporter: Jane Doe",
        "Read 1234 times",
        "Rate this item 1 2 3 4 5 (0 votes)",
        "Post Views: 1,204",
        "Print Edition",
        "Source: GNA",
        "Also Read : Lagos unveils new fare card system",
        "READ MORE : Lagos unveils new fare card system",
        "Also Read \xc2\xbb Lagos unveils new fare card system",
        "\xc2\xbb Save Even More: Example Cruise Discounts",
        ">> Also Read: Lagos unveils new fare card system",
        "In Pics: Lagos unveils new fare card system",
        "Read Also",
        "Promoted",
        "This article was first published on Example.",
        "This story first appeared in Example Weekly.",
        "We're now on WhatsApp. Click to join.",
        "Advert",
        "-Advertisement-",
        "[Advertisement]",
        "(Advertisement)",
        "Sponsored Ad",
        "Continue Reading Below Advertisement",
        "The story continues after the ad",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    /* the desk's byline over the story */
    static const char *const desks[] = {"Web Desk", "Tribune Report", "Express News Service", "From our Correspondent",
                                        "TNN", "UNB, Dhaka"};
    for (size_t i = 0; i < sizeof desks / sizeof desks[0]; i++) {
        char page[512];
        pa_doc dd;
        snprintf(page, sizeof page, "<html><body><article><p>%s</p>%s%s</article></body></html>", desks[i],
                 PARA("The story starts here."), PARA("The story ends."));
        const char *tt = text_of(page, &dd);
        assert_null(strstr(tt, desks[i]));
        pa_doc_free(&dd);
    }
    pa_doc d;
    const char *t = text_of("<html><body><article><p>From Jane Doe, Abuja</p>" PARA("The story starts here.")
                            "<h2>From Lagos to London</h2>"
                            "<p>From Monday, Abuja will close two roads, the minister said.</p>"
                            "<p>The report, which takes about 4 min to read, is online | free.</p>"
                            "<h2>The Desk Report</h2><p>Kindly share this story with your friends, he said.</p>"
                            "<p>(Advertisements for the scheme ran in three newspapers last week.)</p>"
                            "<p>\xc2\xbb Farmers must register at the ward office.</p>"
                            "<p>The ministry said residents who like our Facebook page are not getting the latest "
                            "news, and urged them to use the official WhatsApp line for alerts about the floods.</p>"
                            "<p>The print version of the budget, the minister said, would be tabled on Tuesday.</p>"
                            "<p>Read 1234 times by now, the letter was shared widely.</p>"
                            "<p>The ministry said farmers could get the latest news on WhatsApp.</p>"
                            "<p>Like our neighbors in Kano, we use Facebook to reach residents.</p>"
                            "<p>Opposing view: Critics say the tax freeze helps homeowners more than shops.</p>"
                            "<p>Editorial: the board said the fare rise was fair.</p>"
                            "<p>Rate this item carefully before buying, experts said.</p>"
                            "<p>Editor's pick: the council's decision to fund the library was right, the board wrote.</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "From Jane Doe"));
    assert_non_null(strstr(t, "From Lagos to London"));
    assert_non_null(strstr(t, "From Monday, Abuja"));
    assert_non_null(strstr(t, "4 min to read"));
    assert_non_null(strstr(t, "The Desk Report"));
    assert_non_null(strstr(t, "Kindly share this story with"));
    assert_non_null(strstr(t, "who like our Facebook page"));
    assert_non_null(strstr(t, "The print version of the budget"));
    assert_non_null(strstr(t, "Read 1234 times by now"));
    assert_non_null(strstr(t, "farmers could get the latest news on WhatsApp"));
    assert_non_null(strstr(t, "Like our neighbors in Kano"));
    assert_non_null(strstr(t, "Critics say the tax freeze"));
    assert_non_null(strstr(t, "the board said the fare rise was fair"));
    assert_non_null(strstr(t, "Rate this item carefully"));
    assert_non_null(strstr(t, "fund the library was right"));
    assert_non_null(strstr(t, "(Advertisements for the scheme"));
    assert_non_null(strstr(t, "Farmers must register"));
    pa_doc_free(&d);
    /* the wire's sign-off after two hyphens and the investment desk's disclaimer under a story of some
     * length */
    t = text_of("<html><body><article>" PARA("The story starts here.") PARA("The story goes on here.")
                PARA("The story goes on and on.") PARA("The story ends.") "<p>-- BERNAMA</p><p>(Edited by Jane Doe)</p>"
                "<p>\xe2\x80\x94 Additional reporting by Jane Roe</p>"
                "<p>Disclaimer: The views and recommendations made above are those of individual analysts or broking "
                "companies, and not of Example. We advise investors to check with certified experts.</p>"
                "</article></body></html>", &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "BERNAMA"));
    assert_null(strstr(t, "Edited by"));
    assert_null(strstr(t, "Additional reporting"));
    pa_doc_free(&d);
    /* the poll box under the story: its label over its question (the buttons leave no lines); a "Poll"
     * heading over the story's own paragraph stays */
    t = text_of("<html><body><article>" PARA("The story starts here.") "<h3>Poll</h3>"
                "<p>The poll was held in March, and turnout was low in every ward of the city.</p>"
                PARA("The story goes on here.") PARA("The story ends.")
                "<div class=\"poll\"><h3>Poll</h3><p>Is the city prepared for the monsoon?</p>"
                "<button>Yes</button><button>No</button></div></article></body></html>", &d);
    assert_non_null(strstr(t, "turnout was low"));
    assert_null(strstr(t, "prepared for the monsoon"));
    assert_null(strstr(t, "individual analysts"));
    pa_doc_free(&d);
    /* the stated author and the town the story was filed from, over the story; the author's name in a
     * sentence further down stays */
    t = text_of("<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                "<p><strong>Jane Doe, Port Harcourt</strong></p><p>Jane Doe in Nairobi</p>" PARA("The story starts here.")
                "<p>Jane Doe, Abuja and Kano took part in the talks, the statement said.</p>"
                PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "Port Harcourt"));
    assert_null(strstr(t, "in Nairobi"));
    assert_non_null(strstr(t, "Jane Doe, Abuja and Kano"));
    pa_doc_free(&d);
}

/* The audio version's notes under a long read and the helpers' credit after a dash go; a story's
 * sentence about an audio producer and a narrator stays. */
static void audio_version_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        "Audio produced by Jane Roe.",
        "Narrated by John Doe",
        "To hear more feature stories, get the Audm app for iPhone.",
        "To hear more audio stories from publications like Example, download Audm for iPhone or Android.",
        "\xe2\x80\x94With reporting by Jane Roe and John Doe",
        "Audio recording by Audm",
        "Read by Jane Roe",
        "0:00 / 25:14",
        "Listen to an audio version of this story",
        "An audio version of this story is available here.",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<p>Audio produced by the studio was narrated by a retired actor, she said.</p>"
                            "<p>With reporting by two interns, the station covered the whole county.</p>"
                            "<p>Read by millions, the column ran for forty years.</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Audio produced by the studio"));
    assert_non_null(strstr(t, "With reporting by two interns"));
    assert_non_null(strstr(t, "Read by millions"));
    pa_doc_free(&d);
}

/* A magazine's boxes inside a long read without telling classes: the donation box's heading and call,
 * the tip box's question heading and its channels, the illustrator's credit with its stop, the
 * feature's production credits, the link to the next page; a story's sentences about a newsroom's
 * donors, a reader's tip and a producer stay. */
static void long_read_box_lines(void **state)
{
    (void)state;
    static const char *const go[] = {
        ("We are a nonprofit newsroom. Your donation helps us hold the powerful accountable. Donate today to "
        "support our work."),
        "We want to hear from you. Email jdoe@example.org or send us a message on Signal at 917-555-0100.",
        "Illustrations by Jane Roe.",
        "Editor: Jane Roe",
        "Copy editor: John Q. Doe",
        "Art direction by Jane Roe. Photo editing by John Doe.",
        "Editors: Jane Roe and John Doe | Producer: Ann Lee",
        "This story originally appeared in the March 2021 issue of Example Magazine.",
        "Continued on page 2 \xc2\xbb",
        "Next page: The Cleanup",
    };
    for (size_t i = 0; i < sizeof go / sizeof go[0]; i++)
        expect_line_gone_after_story(go[i]);
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<h3>Support Our Investigative Reporting</h3>" PARA("The story goes on here.")
                            "<h3>Do You Have Information About Nursing Homes?</h3>" PARA("The story ends.")
                            "<p>The nonprofit newsroom said donors gave $2 million to support its work today.</p>"
                            "<p>Do you have information about the crash? Police asked witnesses to call 555-0100.</p>"
                            "<p>Produced by the cooperative, the beer is sold in six states.</p>"
                            "<p>Editor: Jane Roe<br>Fact checker: John Doe<br>Copy editor: Ann Q. Lee</p>"
                            "</article></body></html>", &d);
    assert_null(strstr(t, "Support Our Investigative"));
    assert_null(strstr(t, "Nursing Homes?"));
    assert_non_null(strstr(t, "donors gave $2 million"));
    assert_non_null(strstr(t, "Police asked witnesses"));
    assert_non_null(strstr(t, "Produced by the cooperative"));
    assert_null(strstr(t, "Fact checker"));
    pa_doc_free(&d);
}

/* The press regulator's note under a UK paper's story goes; a story's
 * sentence about a complaint to the regulator stays. */
static void press_regulator_note(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<p>The paper said it had received a complaint under the Editors' Code of Practice and "
                            "would respond to the regulator.</p>" PARA("The story ends.")
                            "<p>This website and associated newspapers adhere to the Independent Press Standards "
                            "Organisation's Editors' Code of Practice. If you have a complaint about the editorial "
                            "content which relates to inaccuracy or intrusion, then please contact the editor here.</p>"
                            "</article></body></html>", &d);
    assert_non_null(strstr(t, "The paper said it had received"));
    assert_null(strstr(t, "This website and associated"));
    pa_doc_free(&d);
}

/* A summary box over the story that repeats the lead's first words goes
 * (its sentence cut short, or the lead's whole first sentence); a
 * subheading that opens the next paragraph with the same words stays. */
static void summary_repeats_lead(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Lockdown extended</h1>"
                            "<p class=\"intro\">Aucklanders face another week in alert level 4 lockdown.</p>"
                            "<p>Henry Cooke</p>"
                            "<p>Aucklanders face another week in alert level 4 lockdown after Cabinet decided the "
                            "outbreak was not yet contained.</p>" PARA("The story goes on.")
                            "<p><strong>Bars and restaurants</strong></p><p>Bars and restaurants will now be "
                            "allowed to operate normal hours, the minister said on Monday.</p>"
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "lockdown.\n"));
    assert_non_null(strstr(t, "lockdown after Cabinet"));
    assert_non_null(strstr(t, "Bars and restaurants\n"));
    pa_doc_free(&d);
}

/* The desk's credit in its other words ("With additional input from APP")
 * goes; "With files from …" stays (the daniel references keep it). */
static void desk_input_credit(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.") PARA("The story ends.")
                            "<p><em>With additional input from APP</em></p><p>With files from Jane Doe</p>"
                            "</article></body></html>", &d);
    assert_null(strstr(t, "With additional input"));
    assert_non_null(strstr(t, "With files from Jane Doe"));
    pa_doc_free(&d);
}

/* A share bar whose one class word names the story too ("story-share")
 * goes with its text ("Text size"). */
static void story_share_bar(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><div class=\"story-share\"><a href=\"/f\">Facebook</a>"
                            "<a href=\"/t\">Twitter</a><span class=\"text-size\">Text resize</span></div>"
                            PARA("The story starts here.") PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "Facebook"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
}

/* A label in capitals over one linked headline in the story goes with
 * the link; a subheading in capitals over the story's prose stays. */
static void caps_label_over_link(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article>" PARA("The story starts here.")
                            "<div class=\"box\"><div class=\"hd\">ANALYSIS</div><a href=\"/a\">Why the reopening "
                            "is happening faster than expected</a></div>" PARA("The story goes on.")
                            "<p><strong>WHAT HAPPENS NEXT</strong></p>" PARA("The story ends.")
                            "</article></body></html>", &d);
    assert_null(strstr(t, "ANALYSIS"));
    assert_non_null(strstr(t, "WHAT HAPPENS NEXT"));
    pa_doc_free(&d);
}

/* A "Read more:" list of links between two of the story's paragraphs
 * does not end the story: the short paragraph after it, outside the list,
 * is the story's own (a teaser's preview is in its item); the list's
 * links go. */
static void story_goes_on_after_link_list(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><div class=\"body-copy\">"
                            PARA("Oil climbed to the highest level in more than two years after the producers agreed "
                                 "to stick with their plan for modest output increases, despite pressure to pump more.")
                            PARA("Futures in New York rose as much as 2.7% to $77.89 a barrel, the highest level "
                                 "since November 2018, before paring some of the gains later in the session.")
                            PARA("The alliance will raise production by 400,000 barrels a day in November, the same "
                                 "increase as in previous months, according to a statement.")
                            "<p>Read more:</p><ul><li><a href=\"/1\">Producers Confident of Market Needs as Supply "
                            "Stays Gradual</a></li><li><a href=\"/2\">Europe's Gas Crunch Spreads to Oil</a></li></ul>"
                            "<p>Energy prices have surged as economies reopen, with gas and coal shortages in Europe "
                            "and Asia adding to demand for crude.</p><p>With assistance by Grant Smith</p>"
                            "</div></article></body></html>", &d);
    assert_non_null(strstr(t, "Energy prices have surged"));
    assert_null(strstr(t, "Gas Crunch"));
    pa_doc_free(&d);
    /* a closing sentence of a few words after the list stays too */
    /* an editorial's box pointing to the other side's column: its label and its link */
    t = text_of("<html><body><article>" PARA("The harbor entrance has not been dredged since 2011.")
                PARA("The city can wait for federal money or pay for the work itself.")
                "<div class=\"box\"><h4>Opposing view</h4><p><a href=\"/o/1\">Commissioner: Dredging can wait for "
                "federal funds</a></p></div>" PARA("We think the city should pay.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "We think the city should pay."));
    assert_null(strstr(t, "Opposing view"));
    assert_null(strstr(t, "Dredging can wait"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><div class=\"article__body\">" PARA("Shares of the planemaker fell on Wednesday.")
                PARA("The company also took a charge against earnings.") PARA("Regulators want more data.")
                "<p><b>See also:</b></p><ul><li><a href=\"/1\">Rival boosts deliveries as travel rebounds</a></li>"
                "<li><a href=\"/2\">Regulator tightens rules on new jets</a></li></ul><p>Its shares closed down 4.2%.</p>"
                "</div></article></body></html>", &d);
    assert_non_null(strstr(t, "Its shares closed down 4.2%."));
    assert_null(strstr(t, "Rival boosts"));
    pa_doc_free(&d);
}

/* The story's tags run on after their label without a colon ("Topics
 * Covid-19 Curfew") are furniture; a sentence that opens with the word
 * ("Topics include …"), lower-case words after it or a title-case
 * subheading with a function word ("Topics On The Agenda") are not. */
static void bare_tag_label_line(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int furniture;
    } cases[] = {{"Topics Covid-19 Curfew", 1},
                 {"Tags Kenya Nairobi Elections", 1},
                 {"Topics include housing and transport", 0},
                 {"Topics discussed were Covid-19 and curfews.", 0},
                 /* a title-case subheading of the story, not tags */
                 {"Topics On The Agenda", 0},
                 {"Tagged As Risky", 0},
                 /* a long read's section break set as text; a word with stars in it stays */
                 {"* * *", 1},
                 {"***", 1},
                 {"\xe2\x81\x82", 1},
                 {"f*** that", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_furniture(&line) != 0, cases[i].furniture);
    }
}

/* A release's notes after its story: "About Example Corp" alone over the
 * issuer's note (also in capitals, over a product's or a disease's note, a
 * closing "Corp." or colon), the forward-looking statements and the
 * non-GAAP note, under their label or not, with the paragraphs under
 * their label; a heading after them ("Conference Call") ends the notes
 * and stays.  Kept: "About 400 jobs …", a report's section "About
 * Example's market coverage", a label over a paragraph that names
 * something else, a story sentence on forward-looking guidance. */
static void release_notes_after_story(void **state)
{
    (void)state;
    static const struct {
        const char *label, *next;
        int about;
    } labels[] = {
        {"About Example Marine Systems", "Example Marine Systems, Inc. designs and builds hybrid propulsion systems.", 1},
        {"ABOUT EXAMPLE GRID ENERGY", "Example Grid Energy develops, builds and operates renewable energy projects.", 1},
        {"About Orrin Lithium Corp.", "Orrin Lithium is a Canadian exploration company focused on lithium projects.", 1},
        {"About Example Center for Dentistry:", "Example Center for Dentistry is committed to affordable dental care.", 1},
        {"About Myasthenia Gravis", "Myasthenia gravis is a rare, chronic autoimmune disease causing weakness.", 1},
        {"About Hengrun Valve", "Founded in 1998, Qingdao Hengrun Valve Co., Ltd. designs and manufactures valves.", 1},
        {"About 400 jobs", "About 400 jobs will be created at the plant when it opens next year, the company said.", 0},
        {"About us", "We are a family business that has made furniture in this town for three generations.", 0},
        {"About Example's market coverage", "Insights in this article are from Example's 263-page market report.", 0},
        {"About Jane Doe", "The mayor said the city would not appeal the ruling, which surprised many observers.", 0},
        {"About Example Corp", "Example Corp makes software", 0},
        /* a story's section on a place or a person: no word of an issuer's, a product's or a disease's note */
        {"About Lake Tahoe", "Lake Tahoe is the largest alpine lake in North America, straddling two states.", 0},
        {"About Jane Doe", "Jane Doe grew up on a dairy farm outside Fresno and moved to the city at nineteen.", 0},
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        pa_line line;
        pa_line_init(&line, labels[i].label, strlen(labels[i].label));
        if (pa_line_about_label_over(&line, labels[i].next) != labels[i].about)
            fail_msg("label %zu: %s", i, labels[i].label);
    }
    static const struct {
        const char *text;
        int note, label;
    } lines[] = {
        {"This press release contains forward-looking statements within the meaning of the Private Securities "
         "Litigation Reform Act of 1995, which are subject to risks and uncertainties.", 1, 0},
        {"To supplement our financial statements presented in accordance with GAAP, we use certain non-GAAP "
         "financial measures, reconciled in the tables below.", 1, 0},
        {"The company did not give forward-looking guidance for next year, and analysts had expected that it would "
         "not.", 0, 0},
        {"Forward-Looking Statements", 0, 1},
        {"Cautionary Note Regarding Forward-Looking Information:", 0, 1},
        {"Use of Non-GAAP Financial Measures", 0, 1},
        {"Safe Harbor Statement", 0, 1},
        {"The company is forward-looking.", 0, 0},
        /* a story on a company's notes reports them */
        {"The lawsuit claims the company's forward-looking statements about demand were not protected by the safe "
         "harbor provision of the Private Securities Litigation Reform Act because executives knew they were false.",
         0, 0},
        {"Analysts noted that the company's forward-looking statements carried the usual warning that actual "
         "results could differ materially, but said the guidance itself looked conservative.", 0, 0},
        /* an earnings story's subheading names a figure, not the note */
        {"Non-GAAP earnings", 0, 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        pa_line line;
        pa_line_init(&line, lines[i].text, strlen(lines[i].text));
        if (pa_line_safe_harbor(&line) != lines[i].note || pa_line_safe_harbor_label(&line) != lines[i].label)
            fail_msg("line %zu: %s", i, lines[i].text);
    }
    pa_doc d;
    const char *page =
        "<html><head><meta property=\"og:site_name\" content=\"Example Newswire\"></head><body><article>"
        "<h1>Example Marine wins ferry contract</h1>"
        "<p>SEATTLE, Dec. 3, 2026 /Example Wire/ -- Example Marine Systems, Inc. today announced that it has been "
        "awarded a $48 million contract to convert six diesel ferries to battery-hybrid operation.</p>"
        PARA("Second paragraph.") PARA("Third paragraph.") PARA("Fourth paragraph.") PARA("Fifth paragraph.")
        PARA("About 400 jobs will be created at the two shipyards, the company said.")
        "<p><b>About Example Marine Systems</b></p><p>Example Marine Systems, Inc. designs and builds hybrid "
        "propulsion systems for ferries and tugs.</p><p>It employs 600 people in Seattle and Bergen.</p>"
        "<p><b>ABOUT EXAMPLE FERRY AUTHORITY</b></p><p>The Example Ferry Authority runs eleven routes in the "
        "sound.</p>"
        "<h3>Conference Call</h3><p>The company will host a call for analysts today at 8:00 a.m. Eastern Time.</p>"
        "<p><b>Forward-Looking Statements</b></p><p>This press release contains forward-looking statements about "
        "deliveries and revenue. Actual results may differ materially.</p><p>Factors include shipyard capacity and "
        "public funding.</p>"
        "<p>To supplement our financial statements presented in accordance with GAAP, we use non-GAAP financial "
        "measures, which exclude stock-based compensation.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "SEATTLE, Dec. 3, 2026 /Example Wire/ --"));
    assert_non_null(strstr(t, "About 400 jobs will be created"));
    assert_non_null(strstr(t, "Conference Call\n\nThe company will host a call"));
    assert_null(strstr(t, "About Example"));
    assert_null(strstr(t, "ABOUT"));
    assert_null(strstr(t, "designs and builds"));
    assert_null(strstr(t, "600 people"));
    assert_null(strstr(t, "eleven routes"));
    assert_null(strstr(t, "Forward"));
    assert_null(strstr(t, "shipyard capacity"));
    assert_null(strstr(t, "non-GAAP"));
    pa_doc_free(&d);
    /* a company signing its page (JSON-LD author of type Organization): a first paragraph opening with its
     * name is the release's lead, no contributor's note */
    const char *signed_page =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Contract "
        "won\",\"author\":{\"@type\":\"Organization\",\"name\":\"Example Water Technologies\"}}</script></head>"
        "<body><article><h1>Contract won</h1><p><strong>Example Water Technologies has been awarded a contract to "
        "build reed-bed treatment systems for nine villages.</strong></p>" PARA("Second paragraph.")
        PARA("Third paragraph.") "</article></body></html>";
    t = text_of(signed_page, &d);
    assert_non_null(strstr(t, "Example Water Technologies has been awarded"));
    assert_string_equal(d.author, "Example Water Technologies");
    pa_doc_free(&d);
    /* a story quoting the note with no label over it: the paragraphs after it stay */
    const char *quoted =
        "<html><body><article><h1>Shares fall</h1>" PARA("Lead paragraph.") PARA("Second paragraph.")
        PARA("Third paragraph.")
        "<p>The company said its forward-looking statements involve risks and uncertainties that could cause "
        "actual results to differ.</p>" PARA("Analysts were not convinced.") PARA("The shares fell 4 percent.")
        "</article></body></html>";
    t = text_of(quoted, &d);
    assert_non_null(strstr(t, "Analysts were not convinced."));
    assert_non_null(strstr(t, "The shares fell 4 percent."));
    pa_doc_free(&d);
    /* the notes end at a line closing no sentence: a statements table's title and rows after them stay, its
     * last row too, over the contact card */
    const char *tables =
        "<html><body><article><h1>Results</h1>"
        "<p>NEW YORK, Dec. 3, 2026 /Example Wire/ -- Example Networks, Inc. today reported results for the third "
        "quarter ended September 30, 2026, with revenue up 18 percent.</p>"
        PARA("Second paragraph.") PARA("Third paragraph.") PARA("Fourth paragraph.") PARA("Fifth paragraph.")
        "<p><b>About Example Networks</b></p><p>Example Networks designs, installs and operates toll collection systems in North America.</p>"
        "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (unaudited, in thousands)</b></p>"
        "<table><tr><td>Revenue</td><td>88,104</td><td>74,663</td></tr>"
        "<tr><td>Net income</td><td>7,912</td><td>4,207</td></tr></table>"
        "<p>Investor Relations<br>212-555-0185<br>ir@example.com</p></article></body></html>";
    t = text_of(tables, &d);
    assert_non_null(strstr(t, "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"));
    assert_non_null(strstr(t, "Revenue 88,104 74,663"));
    assert_non_null(strstr(t, "Net income 7,912 4,207"));
    assert_null(strstr(t, "toll collection"));
    assert_null(strstr(t, "555-0185"));
    pa_doc_free(&d);
    {
        /* the inline note with its name in capitals: "ABOUT EXAMPLE GROUP: Example Group operates …" */
        const char *caps = "ABOUT EXAMPLE VETERINARY GROUP: Example Veterinary Group operates 37 animal hospitals.";
        pa_line line;
        pa_line_init(&line, caps, strlen(caps));
        assert_true(pa_line_release_about(&line));
    }
    expect_line_gone_after_story("This release is also available in: Español | Français");
    expect_line_gone_after_story("NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE "
                                 "UNITED STATES");
    expect_line_gone_after_story("To view the source version of this press release, please visit "
                                 "https://www.example.com/release/270006/example");
    /* the distributor's notes and labels under the release */
    expect_line_gone_after_story("The issuer is solely responsible for the content of this announcement.");
    expect_line_gone_after_story("View the original press release on ACCESSWIRE");
    expect_line_gone_after_story("Legal Disclaimer:");
    expect_line_gone_after_story("This content was issued through a press release distribution service and was not "
                                 "written or edited by Example journalists.");
    expect_line_gone_after_story("Press releases are archived here for historical purposes. Information in them may "
                                 "have been superseded since the date of release.");
    static const char *const labels_kept[] = {"Media", "Enquiries about the sale went to the council.", "Press"};
    static const char *const labels_gone[] = {"Media:", "Enquiries", "Press:"};
    for (size_t i = 0; i < sizeof labels_gone / sizeof labels_gone[0]; i++) {
        pa_line line;
        pa_line_init(&line, labels_gone[i], strlen(labels_gone[i]));
        assert_true(pa_line_contact_label(&line));
        pa_line_init(&line, labels_kept[i], strlen(labels_kept[i]));
        assert_false(pa_line_contact_label(&line));
    }
    static const char *const story[] = {
        "The press release was not written or edited by the mayor, her spokesman said on Tuesday.",
        "View the original plans at the library on Main Street before the hearing on Monday.",
    };
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++) {
        pa_line line;
        pa_line_init(&line, story[i], strlen(story[i]));
        assert_false(pa_line_release_furniture(&line));
    }
}

/* A science or health page's notes under the story (extract_science.c):
 * the paper's citation with its DOI or volume and pages, the labels over
 * the notes block, an institution's "About X:" boilerplate, the release
 * host's disclaimer, the "SOURCES:" paragraph and the note on where the
 * story first ran go; the story's own sentences naming a paper, its DOI in
 * brackets, a disclaimer of advice or an "About" opener without a label
 * stay. */
static void science_notes_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int citation, label, about, note;
    } cases[] = {
        {"Line K. Bay et al, Heritable variation in coral heat tolerance, Nature Climate Change (2021). DOI: "
         "10.1038/s41558-021-01015-2", 1, 0, 0, 0},
        {"doi:10.1038/scientificamerican0321-18", 1, 0, 0, 0},
        {"Nature DOI: 10.1038/s41586-022-05434-1", 1, 0, 0, 0},
        {"Citation: Bay LK, Quigley KM (2021) Heritable variation. https://doi.org/10.1038/s41558-021-01015-2", 1, 0,
         0, 0},
        {"Sihvonen R, et al. Arthroscopic partial meniscectomy versus sham surgery. N Engl J Med. 2013;369:2515-2524.",
         1, 0, 0, 0},
        {"Wastyk HC, et al. Gut-microbiota-targeted diets. Cell. 2021;184(16):4137-4153.", 1, 0, 0, 0},
        {"The findings were published in Nature (DOI: 10.1038/s41586-022-05434-1) on Thursday.", 0, 0, 0, 0},
        {"The study, published in 2021; 325 patients took part, was small.", 0, 0, 0, 0},
        {"Original publication", 0, 1, 0, 0},
        {"Primary Source", 0, 1, 0, 0},
        {"How we reviewed this article:", 0, 1, 0, 0},
        {"Disclosures", 0, 1, 0, 0},
        {"Method of Research", 0, 1, 0, 0},
        {"Article Publication Date", 0, 1, 0, 0},
        {"Journal", 0, 1, 0, 0},
        {"The journal of a ship's surgeon", 0, 0, 0, 0},
        {"Original publications of the period were lost in the fire.", 0, 0, 0, 0},
        {"About the National Institutes of Health (NIH): NIH, the nation's medical research agency, includes 27 "
         "Institutes and Centers.", 0, 0, 1, 0},
        {"About 40 patients: that is how many the trial enrolled before it was stopped early by its board.", 0, 0, 0,
         0},
        {"About the study. The researchers followed 8,000 people: nurses, teachers and civil servants.", 0, 0, 0, 0},
        {"Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to "
         "EurekAlert!", 0, 0, 0, 1},
        {"Disclaimer: the information provided on this website does not constitute professional advice.", 0, 0, 0, 0},
        {"SOURCES: Vasileiou E, et al., preprint, The Lancet, Feb. 22, 2021.", 0, 0, 0, 1},
        {"AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert!", 0, 0, 0,
         1},
        {"Funder: U.S. Department of Energy", 0, 0, 0, 1},
        {"Keywords: Batteries, Electric vehicles, Materials science", 0, 0, 0, 1},
        {"Keywords: the one word the agency would not use was shutdown.", 0, 0, 0, 0},
        {"Sources: officials said the plan would be ready by March.", 0, 0, 0, 0},
        {"Originally published on Live Science.", 0, 0, 0, 1},
        {"This article was originally published with the title \"Battery Breakthrough\" in Scientific American 324, "
         "3, 18 (March 2021)", 0, 0, 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_line line;
        pa_line_init(&line, cases[i].text, strlen(cases[i].text));
        if (pa_line_citation(&line) != cases[i].citation || pa_line_science_notes_label(&line) != cases[i].label ||
            pa_line_release_about(&line) != cases[i].about || pa_line_science_note(&line) != cases[i].note)
            fail_msg("case %zu: %s", i, cases[i].text);
    }
    pa_doc d;
    const char *page = "<html><body><article><h1>Corals inherit heat tolerance</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<p>The study was funded by the Reef Trust.</p>"
        "<p><strong>About the Australian Institute of Marine Science:</strong> AIMS is Australia's tropical marine "
        "research agency, based in Townsville.</p><p>Contact: Jane Doe, 555-0100</p>"
        "<h3>Reference</h3><p>Bay LK, et al. Heritable variation in coral heat tolerance. Nature Climate Change. "
        "2021;11:20-25. DOI: 10.1038/s41558-021-01015-2</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "funded by the Reef Trust."));
    assert_null(strstr(t, "AIMS"));
    assert_null(strstr(t, "Reference"));
    assert_null(strstr(t, "Heritable"));
    pa_doc_free(&d);
    /* a story's own subheading "Journal" over its prose is no record label: the story goes on */
    page = "<html><body><article><h1>A nurse's war</h1>" PARA("Lead paragraph.") PARA("Second paragraph.")
        PARA("Third paragraph.") "<h2>Journal</h2><p>The diary she kept during the war, now held by the museum, "
        "runs to more than 400 pages of close handwriting.</p>" PARA("The story ends here.") "</article></body></html>";
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Journal\n\nThe diary she kept"));
    assert_non_null(strstr(t, "The story ends here."));
    pa_doc_free(&d);
}

/* A MathML formula in a story is read once: its TeX source in an
 * <annotation> is not text. */
static void mathml_annotation_skipped(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Why lithium metal matters</h1>" PARA("Lead paragraph.")
        "<p>The energy follows <math><semantics><mrow><mi>E</mi><mo>=</mo><mi>Q</mi><mi>V</mi></mrow>"
        "<annotation encoding=\"application/x-tex\">E = Q \\cdot V</annotation></semantics></math>, the product of "
        "charge and voltage, so a cell that holds more charge at the same voltage stores more energy.</p>"
        PARA("Second paragraph.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "follows E=Q"));
    assert_null(strstr(t, "cdot"));
    pa_doc_free(&d);
}

/* A story's section heading that a tool's label also says: "Current
 * rating" over "Current ratings depend on …" stays (the paragraph opens
 * with it); over a rating widget's score it goes. */
static void section_heading_named_like_tool(void **state)
{
    (void)state;
    pa_doc d;
    const char *section = "<html><body><article><h1>Reading a cable datasheet</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<h2>Current rating</h2><p>Current ratings depend on how the cable is installed, "
        "and a cable laid in air can carry more current than the same cable in a buried duct.</p>"
        PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(section, &d);
    assert_non_null(strstr(t, "Current rating\n"));
    pa_doc_free(&d);
    const char *widget = "<html><body><article><h1>Reading a cable datasheet</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<h3>Current rating</h3><p>4.5 out of 5</p>"
        "</article></body></html>";
    t = text_of(widget, &d);
    assert_null(strstr(t, "Current rating"));
    pa_doc_free(&d);
    /* (the site's box says its call twice: "Sign up for our newsletter" over "Sign up for our newsletter to
     * get …" is no section) */
    const char *box = "<html><body><article><h1>Reading a cable datasheet</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<div class=\"box-a\"><h3>Sign up for our newsletter</h3>"
        "<p>Sign up for our newsletter to get the top stories from the Valley Courier delivered to your inbox every "
        "morning.</p></div>" PARA("Fourth paragraph.") "</article></body></html>";
    t = text_of(box, &d);
    assert_null(strstr(t, "Sign up"));
    assert_non_null(strstr(t, "Fourth paragraph."));
    pa_doc_free(&d);
}

/* A reader poll set in a paragraph of the story's cell, with no <form>:
 * the question and its radio-button answers go. */
static void poll_paragraph_without_form(void **state)
{
    (void)state;
    pa_doc d;
    const char *poll = "<html><body><article><h1>County weighs paving road</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<p><b>What do you think?</b> Should the county pave County Road 12?<br>"
        "<input type=\"radio\" name=\"poll\"> Yes<br><input type=\"radio\" name=\"poll\"> No<br>"
        "<input type=\"radio\" name=\"poll\"> Not sure<br><input type=\"submit\" value=\"Vote\"></p>"
        PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(poll, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "What do you think"));
    assert_null(strstr(t, "Not sure"));
    pa_doc_free(&d);
}

/* A how-to's step badge over its heading: "Step 1" alone, then the
 * heading "Step 1: Mix the dry ingredients", says it twice: the badge
 * goes, the heading stays; a short line the heading does not open with
 * stays. */
static void step_badge_over_heading(void **state)
{
    (void)state;
    pa_doc d;
    const char *steps = "<html><body><article><h1>Campfire bread</h1>" PARA("Lead paragraph.")
        "<div class=\"step\"><span class=\"num\">Step 1</span><h3>Step 1: Mix the dry ingredients</h3>"
        PARA("Put the flour in a bowl.") "</div><div class=\"step\"><span class=\"num\">Step 2</span>"
        "<h3>Step 2: Add the water</h3>" PARA("Pour in the water slowly.") "</div>"
        "<p>Serves 4</p><h3>Storing the bread</h3>" PARA("Wrap it in a cloth.") "</article></body></html>";
    const char *t = text_of(steps, &d);
    assert_non_null(strstr(t, "Step 1: Mix the dry ingredients"));
    assert_null(strstr(t, "Step 1\n"));
    assert_null(strstr(t, "Step 2\n"));
    assert_non_null(strstr(t, "Serves 4"));
    pa_doc_free(&d);
}

/* A live blog's posts are sibling <article>s of one class: the last,
 * short post ("Kick-off" / "We are under way. Strand kicks off.", under
 * 60 characters, no link) comes with the others. */
static void live_blog_short_last_post(void **state)
{
    (void)state;
    pa_doc d;
    /* (the posts' bylines between them and an advertisement slot keep the feed from widening whole) */
    const char *blog = "<html><body><main><div class=\"lb-feed\" role=\"feed\"><article class=\"lb-post lb-post--key\" id=\"p0\"><he"
        "ader class=\"lb-post__meta\"><time datetime=\"2026-12-06T17:02:00Z\">17:02</time><span class=\"lb-key\">Ke"
        "y event</span></header><h2 class=\"lb-post__title\">Full time: a draw at Glenmore Park</h2><div class="
        "\"lb-post__body\"><p>Kemble misses the conversion from the touchline and it finishes level. A fair res"
        "ult in a brutal game.</p></div><footer class=\"lb-post__share\"><a href=\"#\">Share</a></footer></articl"
        "e><div class=\"lb-post__author\">Posted by Huw Lloyd</div><article class=\"lb-post lb-post--key\" id=\"p2"
        "\"><header class=\"lb-post__meta\"><time datetime=\"2026-12-06T16:58:00Z\">16:58</time><span class=\"lb-ke"
        "y\">Key event</span></header><h2 class=\"lb-post__title\">TRY! Tamworth level it</h2><div class=\"lb-pos"
        "t__body\"><p>Mensah goes over in the corner after a long phase of pick-and-go. 22-22, conversion to w"
        "in it.</p></div><footer class=\"lb-post__share\"><a href=\"#\">Share</a></footer></article><div class=\"l"
        "b-post__author\">Posted by Ceri Evans</div><article class=\"lb-post\" id=\"p4\"><header class=\"lb-post__m"
        "eta\"><time datetime=\"2026-12-06T16:40:00Z\">16:40</time></header><div class=\"lb-post__body\"><p>Glenmo"
        "re have the put-in on halfway. Twelve minutes to go and the home crowd are on their feet.</p></div><"
        "footer class=\"lb-post__share\"><a href=\"#\">Share</a></footer></article><div class=\"ad-slot\" id=\"ad-85"
        "1\"><span class=\"ad-label\">Advertisement</span><div class=\"ad-inner\"></div></div><article class=\"lb-p"
        "ost lb-post--key\" id=\"p6\"><header class=\"lb-post__meta\"><time datetime=\"2026-12-06T16:05:00Z\">16:05<"
        "/time><span class=\"lb-key\">Key event</span></header><h2 class=\"lb-post__title\">Half-time: Glenmore 1"
        "5-10 Tamworth</h2><div class=\"lb-post__body\"><p>Rewiti&#x27;s try just before the break gives the le"
        "aders a five-point lead.</p></div><footer class=\"lb-post__share\"><a href=\"#\">Share</a></footer></art"
        "icle><div class=\"lb-post__author\">Posted by Huw Lloyd</div><article class=\"lb-post\" id=\"p8\"><header "
        "class=\"lb-post__meta\"><time datetime=\"2026-12-06T15:00:00Z\">15:00</time></header><h2 class=\"lb-post_"
        "_title\">Kick-off</h2><div class=\"lb-post__body\"><p>We are under way. Strand kicks off for Glenmore.<"
        "/p></div><footer class=\"lb-post__share\"><a href=\"#\">Share</a></footer></article><button class=\"lb-mo"
        "re\">Load more updates</button></div></main></body></html>";
    const char *t = text_of(blog, &d);
    assert_non_null(strstr(t, "Mensah goes over"));
    assert_non_null(strstr(t, "We are under way."));
    pa_doc_free(&d);
}

/* A local site's post tools and its readers' posts under the story: the
 * action bar's "Thank" / "Reply" beside "Share", and a heading over posts
 * each signed "Posted by Karen M." go; a heading over the story's own
 * section, one line of it saying who posted, and a "Like" of the story
 * standing by no share button stay. */
static void post_tools_and_signed_posts(void **state)
{
    (void)state;
    pa_doc d;
    const char *feed = "<html><body><article><h1>Library adds Sunday hours</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<div class=\"cta\"><p>Thank</p><p>Reply</p><p>Share</p></div>"
        "<section><h3>Neighbor Posts</h3><div><p>Lost cat near Elm and Broad, orange tabby named Pumpkin.</p>"
        "<span>Posted by Karen M.</span></div><div><p>Does anyone know a good plumber who does weekend calls?</p>"
        "<span>Posted by Tom R.</span></div></section></article></body></html>";
    const char *t = text_of(feed, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Thank"));
    assert_null(strstr(t, "Reply"));
    assert_null(strstr(t, "Neighbor Posts"));
    assert_null(strstr(t, "Pumpkin"));
    pa_doc_free(&d);
    const char *story = "<html><body><article><h1>Volunteers clean up the river</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<p>Like</p><h3>What the volunteers found</h3>" PARA("Tires and carts.")
        "<p>Posted by Jane Doe</p>" PARA("More finds.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "Like"));
    assert_non_null(strstr(t, "What the volunteers found"));
    assert_non_null(strstr(t, "More finds."));
    pa_doc_free(&d);
}

/* An affiliate's box among the story's paragraphs: all its links paid
 * (rel="sponsored"), no heading, picture or paragraph of its own ("Where
 * to buy crypto" / the exchange's offer / [Visit …]): it goes; a pick
 * with its name as a heading and its paid "$14 at Amazon" button stays. */
static void affiliate_box_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *box = "<html><body><article><h1>Token rallies on fee cut</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<div class=\"aff\"><p>Where to buy crypto</p><div><span>Kryptex</span>"
        "<span>Get a $20 bonus on your first deposit</span><a rel=\"sponsored\" href=\"/go/k\">Visit Kryptex</a>"
        "</div><p>Sponsored. Your capital is at risk.</p></div>" PARA("Third paragraph.")
        "</article></body></html>";
    const char *t = text_of(box, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Where to buy"));
    assert_null(strstr(t, "Kryptex"));
    pa_doc_free(&d);
    const char *pick = "<html><body><article><h1>Gifts for cooks</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") "<div class=\"pick\"><h3>Flaky Sea Salt Tin</h3><p>Small and used daily.</p>"
        "<a rel=\"sponsored nofollow\" href=\"/go/salt\">$14 at Amazon</a></div>" PARA("Third paragraph.")
        "</article></body></html>";
    t = text_of(pick, &d);
    assert_non_null(strstr(t, "Flaky Sea Salt Tin"));
    pa_doc_free(&d);
}

/* A release's contact block with no word of contact in it: a short label
 * ("Investor Relations") over a telephone number and an address alone on
 * their lines, after the story: label, number and address go; a label
 * over a line of prose with a number stays. */
static void label_over_bare_contact_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *bare = "<html><body><article><h1>REIT prices notes offering</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<p>Investor Relations</p><p>214-555-0176</p>"
        "<p>ir@example.com</p></article></body></html>";
    const char *t = text_of(bare, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Investor Relations"));
    assert_null(strstr(t, "214-555-0176"));
    pa_doc_free(&d);
    const char *prose = "<html><body><article><h1>Hotline opens for flood victims</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<p>Flood hotline</p>"
        "<p>Residents can call 214-555-0176 around the clock for help.</p></article></body></html>";
    t = text_of(prose, &d);
    assert_non_null(strstr(t, "Flood hotline"));
    assert_non_null(strstr(t, "around the clock"));
    pa_doc_free(&d);
}

/* The contact block under a release: "For more information, please
 * contact:" over a card set on one line by <br>s (its address and number),
 * and a heading "Contact" alone after the story over names and numbers. */
static void release_contact_blocks(void **state)
{
    (void)state;
    pa_doc d;
    const char *one_line = "<html><body><article><h1>Exercise rivals surgery</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<p><strong>For more information, please contact:</strong></p><p>Wade Roe<br>"
        "Public Relations Manager<br>Example University<br>905-525-9140, ext. 27988<br>roe@example.edu</p>"
        "</article></body></html>";
    const char *t = text_of(one_line, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "please contact"));
    assert_null(strstr(t, "Wade Roe"));
    pa_doc_free(&d);
    const char *heading = "<html><body><article><h1>A hot super-Earth</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<h3>Contact</h3><p>Dr. Jose Caballero</p><p>Centre for "
        "Astrobiology</p><p>Phone: +34 91 813 1100</p></article></body></html>";
    t = text_of(heading, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Contact"));
    assert_null(strstr(t, "Caballero"));
    assert_null(strstr(t, "Astrobiology"));
    pa_doc_free(&d);
    /* a story's "If you go" box: short lines with a number, but an event's fields (review) */
    const char *event = "<html><body><article><h1>Arts festival coming to waterfront</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<p><strong>If you go</strong></p><p>Riverfront Arts "
        "Festival<br>Where: Waterfront Park<br>When: June 10-12<br>Tickets: 555-201-3000</p>"
        PARA("The festival needs volunteers.") "</article></body></html>";
    t = text_of(event, &d);
    assert_non_null(strstr(t, "If you go"));
    assert_non_null(strstr(t, "Where: Waterfront Park"));
    assert_non_null(strstr(t, "Tickets: 555-201-3000"));
    pa_doc_free(&d);
    /* a restaurant review's box: its name over the address, number and hours */
    const char *venue = "<html><body><article><h1>Noodle bar review</h1>" PARA("Lead paragraph.")
        PARA("Second paragraph.") PARA("Third paragraph.") "<p><strong>Juniper Noodle Bar</strong><br>"
        "<strong>Address:</strong> 518 Pike St.<br><strong>Phone:</strong> (555) 017-2288<br>"
        "<strong>Hours:</strong> 11 a.m.-9 p.m. daily</p></article></body></html>";
    t = text_of(venue, &d);
    assert_non_null(strstr(t, "Juniper Noodle Bar"));
    assert_non_null(strstr(t, "Phone: (555) 017-2288"));
    pa_doc_free(&d);
}

/* A health newsroom's notes: its republishing box ("This story can be
 * republished for free (details).") and its pointer to its review policy
 * ("… see our editorial process."); a story's sentence about a paper that
 * "can be republished" under no terms stays. */
static void health_site_notes_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int rights, disclaimer;
    } cases[] = {
        {"This story can be republished for free (details).", 1, 0},
        {"Our editorial team reviews articles for accuracy; see our editorial process.", 0, 1},
        {"The findings can be republished by other journals only after review.", 0, 0},
        /* a print footer's rights line running on into the story's address and the subscription call */
        {"Copyright \xc2\xa9 2026 The Example Reporter. Story URL: https://reporter.example/news/2026/12/"
         "grain-elevator-fire-contained/ To subscribe, call 1-800-555-0100 or visit our website.", 1, 0},
        {"\xc2\xa9 2026 Example Media Group, a subsidiary of Example Holdings; reproduction in whole or in part "
         "without written permission is prohibited by the publisher.", 1, 0},
        {"Copyright lawyers said the 2026 ruling, which runs to more than 90 pages, would change how "
         "publishers license photographs taken by freelancers.", 0, 0},
        {"Copyright (c) 2026 Example Weekly. Story URL: https://weekly.example/news/2026/12/fair/ To subscribe, "
         "call 1-800-555-0100 or visit our website.", 1, 0},
        /* a bill's third provision, quoted in a list: "(c)" with no "Copyright" is no rights sign past 100 chars */
        {"(c) 2027 and each later year, the office must publish a report on small claims, including the number "
         "of cases filed, the share settled before a hearing and the median award.", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_line line;
        pa_line_init(&line, cases[i].text, strlen(cases[i].text));
        if (pa_line_rights(&line) != cases[i].rights || pa_line_site_disclaimer(&line) != cases[i].disclaimer)
            fail_msg("case %zu: %s", i, cases[i].text);
    }
}

/* A researcher's byline above a story a site republishes: "Name,
 * Institution" for one writer or more; a story's sentence with a comma, a
 * name with a company or a place is not one. */
static void affiliation_byline_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int byline;
    } cases[] = {
        {"Line Bay, Australian Institute of Marine Science", 1},
        {"Jane Roe, University of Example; John Doe, Example Children's Hospital", 1},
        {"Jane Roe, University of Example and John Doe, Example College", 1},
        {"Jane Roe, Acme Corporation", 0},
        {"Jane Roe, London", 0},
        {"Researchers at the university, the institute said, found more.", 0},
        {"Jane Roe, University of Example.", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_line line;
        pa_line_init(&line, cases[i].text, strlen(cases[i].text));
        if (pa_line_affiliation_byline(&line) != cases[i].byline)
            fail_msg("case %zu: %s", i, cases[i].text);
    }
    pa_doc d;
    const char *page = "<html><body><article><h1>Corals inherit heat tolerance</h1><div class=\"byline\">Line Bay, "
        "Australian Institute of Marine Science</div>" PARA("Lead paragraph.") PARA("Second paragraph.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_null(strstr(t, "Line Bay"));
    pa_doc_free(&d);
}

/* A job-title byline with the writer's initial and degree ("Andrew E.
 * Budson, MD, Contributor") is the writer's role line; a sentence with a
 * full stop inside is not. */
static void role_line_with_initial(void **state)
{
    (void)state;
    const char *role = "Andrew E. Budson, MD, Contributor";
    assert_int_equal(pa_line_writer_note(role, strlen(role)), PA_WRITER_ROLE);
    const char *sentence = "Budson Wrote. Contributor Said";
    assert_int_not_equal(pa_line_writer_note(sentence, strlen(sentence)), PA_WRITER_ROLE);
}

/* A press release's "Notes to editors" label (alone or opening its short
 * line) ends the release; a sentence about notes, an editor's note, is
 * not the label. */
static void editor_notes_label(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int label;
    } cases[] = {{"Notes to editors", 1},
                 {"Note to editors:", 1},
                 {"NOTES TO EDITORS", 1},
                 {"Notes to the Editor", 1},
                 {"Notes for editors: Download multimedia content here.", 1},
                 {"Editor's note: This story has been updated.", 0},
                 {"Notes to editors were sent on Friday, the ministry said.", 0},
                 {"Notes", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_editor_notes_label(&line) != 0, cases[i].label);
    }
}

/* A government page's fields around a release: the issuer's label left
 * without its linked offices ("From:"), the link to the page's history
 * after the day of its last update; a sentence with those words is not. */
static void gov_page_field_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int field, tool;
    } cases[] = {{"From:", 1, 0},
                 {"From", 1, 0},
                 {"From the mayor's office", 0, 0},
                 {"5 March 2021 \xe2\x80\x94 See all updates", 0, 1},
                 {"Last updated 5 March 2021 + show all updates", 0, 1},
                 {"The council said residents would see all updates on its website, which it redesigned in May.", 0, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[160];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_empty_field(&line) != 0, cases[i].field);
        assert_int_equal(pa_line_tool(&line) != 0, cases[i].tool);
    }
}

/* Run one line through pa_line_pitch (kind 0) or pa_line_tool (kind 1). */
static int paywall_line_kind(const char *text, int kind)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", text);
    pa_line line;
    pa_line_init(&line, buf, strlen(buf));
    return kind ? pa_line_tool(&line) : pa_line_pitch(&line);
}

/* The lines of metered and registration walls and of a chain's story
 * tools are furniture; the story's sentences that share their words stay. */
static void paywall_lines(void **state)
{
    (void)state;
    static const char *const pitches[] = {
        "Create a free account to keep reading",
        "Log in to keep reading.",
        "By continuing you agree to our Terms and Privacy Policy.",
        "By signing up, you agree to our Terms of Service and Privacy Policy.",
        "You can find this story in My Bookmarks.",
        "Want to bookmark your favourite articles and stories to read or reference later? Start your Independent "
        "Premium subscription today.",
        "Stuff\xe2\x80\x99s journalism is free for everyone",
        "Quality journalism is essential to a healthy democracy. Support Stuff with a contribution from just $1.",
        "Want more local news? Subscribe today for just $1 and get unlimited access.",
        "Just \xc2\xa3" "1 for the first month",
        "Only $1 for your first 3 months.",
        "Continue reading with a subscription",
        "Your current subscription does not provide access to this content.",
        "Support local journalism: Subscribe to the Courier at wcfcourier.com/subscribe.",
        "You've read 4 of your 5 free articles this month.",
        "You have 1 free story left this month.",
        "You have reached your free article limit.",
        "Subscribe for $1",
        "Read more at a reduced price. Subscribe for $1 for the first month.",
        "Already registered? Log in",
        "Thanks for reading! Subscribe to support local journalism.",
        "Register now for FREE unlimited access to Reuters.com",
        "Read more at no cost. Log in or create a free account.",
        "Want more news like this? Subscribe to the Example Herald.",
        "Get up-to-the-minute news sent straight to your device.",
        "We've got you covered. Get the best of Example in your inbox every morning.",
        "Tell us what you think. Take our reader survey.",
    };
    for (size_t i = 0; i < sizeof pitches / sizeof pitches[0]; i++)
        assert_int_equal(paywall_line_kind(pitches[i], 0), 1);
    static const char *const tools[] = {"Story Saved",       "Report an error",         "Take Us With You",
                                        "MORE NEWS",         "Subscriber Exclusive",    "Read the e-Edition",
                                        "Comments (12)",     "Reprints & permissions",  "Create your free account",
                                        "Premium content",   "Unlimited digital access"};
    for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
        assert_int_equal(paywall_line_kind(tools[i], 1), 1);
    static const char *const story[] = {
        "Librarians urged children to keep reading over the summer break.",
        "By continuing the program, the district said it would keep class sizes small.",
        "She said she would start your day with a run if she were you.",
        "The paper said its journalism is funded by readers and advertisers.",
        "The council said more news about the budget would come next week.",
        "Just $1 million of the grant was spent, the audit found.",
        "Why did the board wait? Subscribe today, the ad said, was the paper's slogan in 1950.",
        "The site lets readers see five free articles a month, the company said.",
        "Thanks for reading the report, the mayor told the council.",
        "Comments (12 in all) poured in from residents.",
        "The ads ran for weeks. Subscribe for $5 a month, the publisher told readers in 1998.",
        "Subscribe for only a few dollars, and readers can keep the paper alive, Smith argues.",
        "Readers must log in or create an account to comment on stories, the paper said.",
        "Log in or create an account on the state portal, then read the eligibility rules before you apply.",
        "Want more parks? Subscribers to the survey said yes.",
        "Readers can get the best of the festival in your inbox, organizers promise, through its own mailing list.",
        ("Get the best of the festival in your inbox each morning of the fair: the organizers' daily schedule email "
        "is free."),
        "Residents were asked to take our survey's questions home, the clerk said.",
        "Want more sports? Subscribe to ESPN+ for $10.99 a month, or bundle it with Hulu.",
        "The startup's pitch is simple: local news sent straight to your phone, free of ads.",
        "Residents can weigh in on the new park. Take our survey by Jan. 9 at examplecity.gov/parks.",
        "Get unlimited access to the pool for $30 a month with a family membership, which also covers the gym.",
        "Join before May 1 to get full access to all three pools for $120 a season.",
        ("Get the best of both worlds: a savings account that pays 4% and sends a weekly summary to your inbox "
         "each Monday."),
        "Get the latest scam warnings in your inbox by signing up for the attorney general's consumer alerts.",
        "Download the free application form from the county clerk's website before the March deadline.",
        "Read the appointment guide for the best experience at the clinic.",
    };
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++) {
        assert_int_equal(paywall_line_kind(story[i], 0), 0);
        assert_int_equal(paywall_line_kind(story[i], 1), 0);
    }
}

/* A government office's release furniture: the document's kind alone on
 * its line, the switch to its translations, the contact's lines run
 * together, the press office's initials in capitals; the story's own
 * sentences with those words are not. */
static void release_office_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int kind, tool, detail, initials;
    } cases[] = {{"Media Statement", 1, 0, -1, 0},
                 {"News release", 1, 0, -1, 0},
                 {"Joint media release:", 1, 0, -1, 0},
                 {"The press release was issued on Friday.", 0, 0, -1, 0},
                 {"Case number: 26-018344", 1, 0, -1, 0},
                 {"Case No. CCSO-2026-07712", 1, 0, -1, 0},
                 {"Incident #2026-44120", 1, 0, -1, 0},
                 {"Occurrence: 2026-DT-031199", 1, 0, -1, 0},
                 {"Case closed: police found the owner of the 1,200 stolen bikes.", 0, 0, -1, 0},
                 {"Occurrence 2026", 0, 0, -1, 0},
                 {"Read this release in: Urdu , Hindi , Marathi , Punjabi , Tamil", 0, 1, -1, 0},
                 {"Also available in: Fran\xc3\xa7" "ais", 0, 1, -1, 0},
                 {"Tom Delaney District 3 Public Information Officer (555) 410-2288 tom.delaney@dot.state.gov", 0, 0, 1,
                  0},
                 {"Officers asked anyone who saw the crash to call (555) 410-2288 or to write to tips@example.gov.", 0, 0,
                  0, 0},
                 {"MV/SJ", 0, 0, -1, 1},
                 {"GK/DS/AK", 0, 0, -1, 1},
                 {"HIV/AIDS", 0, 0, -1, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[160];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_release_furniture(&line) != 0, cases[i].kind);
        assert_int_equal(pa_line_tool(&line) != 0, cases[i].tool);
        if (cases[i].detail >= 0) /* (a short line is a detail under a contact label, whatever it says) */
            assert_int_equal(pa_line_contact_detail(&line) != 0, cases[i].detail);
        assert_int_equal(pa_line_initials_signoff(&line) != 0, cases[i].initials);
    }
}

/* The issuing office's sign-off in capitals under a government release;
 * a line with a lower-case letter, one word, or no office word is not. */
static void office_signoff_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int signoff;
    } cases[] = {{"PRIME MINISTER'S OFFICE", 1},
                 {"MINISTRY OF HEALTH 3 MARCH 2021", 1},
                 {"DEPARTMENT OF HEALTH, DUBLIN", 1},
                 {"Ministry of Health", 0},
                 {"OFFICE", 0},
                 {"PUTRAJAYA 4 MARCH 2021", 0},
                 {"OFFICERS ARRESTED TWO MEN", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_office_signoff(&line) != 0, cases[i].signoff);
    }
}

/* A weekly's hand-built page: the story's paragraphs parted by double
 * <br>s in one table cell, then "Other stories this week:" and the links
 * parted by single <br>s (one paragraph of linked lines) go; a story's own
 * <br>-parted lines with a link among unlinked words stay. */
static void br_link_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><table><tr><td class=\"story\"><font size=\"5\"><b>Commissioners approve new ambulance</b></font>"
        "<br><font size=\"2\">The county commission approved the purchase of a new ambulance at its regular meeting on "
        "Monday, after a long debate about the budget.<br><br>The vehicle will replace a unit with more than 240,000 "
        "miles, and the director said the old one had broken down twice.<br><br>Residents can read the "
        "<a href=\"/bid.pdf\">bid documents</a> at the courthouse.<br>Copies cost 10 cents a page at the clerk's office."
        "<br>The <a href=\"/minutes\">minutes</a> are posted each Friday.<br><br>Delivery is expected in about ten months "
        "because of manufacturing backlogs across the industry.</font><br><br><hr><font size=\"1\">Other stories this week:"
        "<br><a href=\"/s/1.html\">Historic theater gets grant for marquee repair</a><br><a href=\"/s/2.html\">Sewer "
        "project to disrupt traffic on 8th Street</a><br><a href=\"/s/3.html\">Fire district to seek levy renewal</a>"
        "<br><a href=\"/s/4.html\">Ice fishing derby returns to Lake Mertz</a></font></td></tr></table></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Delivery is expected"));
    assert_non_null(strstr(t, "bid documents"));
    assert_null(strstr(t, "Other stories this week"));
    assert_null(strstr(t, "Historic theater"));
    pa_doc_free(&d);
}

/* A page without <p>s, its paragraphs parted by "<br><br>" in one cell: a
 * bold subheading that opens a paragraph and a single <br> after it is a
 * paragraph of its own, as it is at the start of a <p>; a bold label with
 * its colon runs on with its lines. */
static void br_flow_bold_subhead(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><table><tr><td class=\"content\">"
                            "The county board met on Monday and approved the budget for the coming year after a "
                            "long debate about the roads.<br><br><b>Roads come first</b><br>The largest share of "
                            "the new money goes to repaving, with twelve miles of county roads on the list for "
                            "the spring.<br><br>The parks department will get a small raise, and the library "
                            "keeps its hours.<br><br><b>Documents:</b><br>The budget book is at the clerk's "
                            "office.<br><br>The board meets again in two weeks, on a Monday night as usual."
                            "</td></tr></table></body></html>",
                            &d);
    assert_non_null(strstr(t, "Roads come first\n\nThe largest share"));
    assert_non_null(strstr(t, "Documents: The budget book"));
    pa_doc_free(&d);
}

/* A static page's list of other stories: a bold label (a line of its own
 * after "<br><br>") and twelve lines, each a linked headline with its
 * unlinked stamp ("- 3h ago") and the list closed by "<br><br>", goes
 * whole; a story's <br>-parted lines with a
 * link and a relative date in words stay. */
static void br_link_lines_stamped(void **state)
{
    (void)state;
    pa_doc d;
    char page[6000];
    size_t at = (size_t)snprintf(
        page, sizeof page, "%s",
        "<html><body><a href=\"/\"><b>Example Free Press</b></a> | <a href=\"/news.html\">News</a><hr>"
        "<b>Fire company marks 100 years</b><br>By Ed Roe<br>Dec. 2, 2026<br><br>"
        "The volunteer fire company will celebrate its 100th anniversary on Saturday with an open house and a "
        "parade of old engines on Main Street.<br><br>The company was founded in 1926 after a fire destroyed three "
        "stores in the center of town, and its first engine still leads the parade.<br><br>Members voted on the "
        "plan <a href=\"/minutes.html\">at the meeting</a> held two days ago<br>and the chief said 40 people "
        "signed up.<br>The open house runs from 11 a.m. to 3 p.m.<br><br><b>Other stories this week</b><br>");
    for (int k = 1; k <= 12 && at < sizeof page; k++)
        at += (size_t)snprintf(page + at, sizeof page - at,
                               "<a href=\"/news/%d.html\">Regional officials weigh a plan for road number %d</a> - %dh "
                               "ago<br>",
                               k, k, k);
    if (at < sizeof page)
        snprintf(page + at, sizeof page - at, "%s", "<br><a href=\"/\">Home</a></body></html>");
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "first engine still leads"));
    assert_non_null(strstr(t, "at the meeting"));
    assert_null(strstr(t, "Other stories this week"));
    assert_null(strstr(t, "road number"));
    pa_doc_free(&d);
}

/* A contributor's credit on its own line under the byline ("Special to
 * the Gazette") and a comment widget's heading and standing note
 * ("Conversation", "Comments are the opinions of readers, not of …") go;
 * the story's sentences with those words stay. */
static void special_credit_comment_widget(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Historical society restores schoolhouse bell</h1><div class=\"body\">"
        "<p><strong>By Nora Feld</strong></p><p><em>Special to the Gazette</em></p>"
        PARA("The bell that once called children to the school will ring again this spring, after two winters of work.")
        PARA("Special to the Gazette, the column ran for years before the paper closed its weekend edition.")
        PARA("The conversation about the bell began when a farmer's granddaughter donated it to the society.")
        PARA("The society's open house is scheduled for April 18, and admission is free for everyone.")
        "<p>Comments are the opinions of readers, the paper's editor wrote in a note explaining the new moderation "
        "policy.</p>"
        "</div><div class=\"vf\"><h3>Conversation</h3><p>Join the conversation. Comments are the opinions of readers, "
        "not of The Prairie Gazette. Please read our community guidelines before posting.</p></div>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The bell that once"));
    assert_non_null(strstr(t, "Special to the Gazette, the column"));
    assert_non_null(strstr(t, "The conversation about"));
    assert_non_null(strstr(t, "admission is free"));
    assert_non_null(strstr(t, "Comments are the opinions of readers, the paper's editor wrote in a note explaining "
                              "the new moderation policy."));
    assert_null(strstr(t, "Special to the Gazette\n"));
    assert_null(strstr(t, "Conversation"));
    assert_null(strstr(t, "opinions of readers, not of"));
    pa_doc_free(&d);
}

/* The wire's rights notice run into the story's last paragraph (after a
 * <br>, in an <em>) is cut off and the story's sentence before it stays;
 * a sentence about copyright law after a story's sentence stays whole. */
static void glued_rights_notice(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Officials report bird flu in dairy herd</h1>"
        PARA("State agriculture officials said Tuesday they have confirmed the first case this year in a dairy herd.")
        "<p>The band won the case in March. Copyright law, the judge wrote, protects the melody of a song but not "
        "its rhythm.</p>"
        "<p>The band sued the label in federal court last year over the recording. Copyright protection for the "
        "1976 recording expired in 2021, the judge wrote.</p>"
        "<p>State veterinarians said the risk to the public remains low, and pasteurized milk is safe.<br><em>Copyright "
        "2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or "
        "redistributed without permission.</em></p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "pasteurized milk is safe."));
    assert_non_null(strstr(t, "Copyright law, the judge wrote"));
    assert_non_null(strstr(t, "Copyright protection for the 1976 recording expired in 2021, the judge wrote."));
    assert_null(strstr(t, "All rights reserved"));
    assert_null(strstr(t, "Copyright 2026"));
    pa_doc_free(&d);
}

/* A station's app call or a paper's price call set after a <br> under the
 * story's sentence is cut off and the sentence stays; a paragraph that is
 * the call alone still goes. */
static void br_tail_call(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Two arrested after robbery</h1>"
        PARA("Two men were arrested Tuesday night, about an hour after an armed robbery at a convenience store.")
        "<p>Police have not released the men's names. Charges are pending.<br>Download the free Example 4 News app "
        "for breaking news alerts.</p>"
        "<p>Officers found the car on Marsh Road and took both men into custody without incident.<br>Subscribe for $1 "
        "for your first month of local news.</p>"
        "<p>The band sued the label in federal court last year over the recording.<br>Copyright protection for the "
        "1976 recording expired in 2021, the judge wrote.</p>"
        "<p>Get breaking news alerts on your phone.<br>Download the free Example 4 News app today.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Charges are pending."));
    assert_non_null(strstr(t, "Copyright protection for the 1976 recording expired in 2021, the judge wrote."));
    assert_non_null(strstr(t, "without incident."));
    assert_null(strstr(t, "Download the free"));
    assert_null(strstr(t, "Subscribe for"));
    assert_null(strstr(t, "Get breaking news alerts"));
    pa_doc_free(&d);
}

/* The byline run into the story's first paragraph by <br>s ("By Jane
 * Doe<br>Associated Press<br>WASHINGTON (AP) — …") goes and the dateline's
 * paragraph stays; a run-in lead that reads as a byline further down the
 * story ("By Land and Sea<br>…") stays. */
static void br_head_byline(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><head><title>Senate panel advances broadband bill</title></head><body><article>"
        "<h1>Senate panel advances broadband bill</h1>"
        "<p>By DANA WHITFORD<br>Associated Press<br>WASHINGTON (AP) \xe2\x80\x94 A Senate committee on Wednesday "
        "advanced a bill that would send billions to states for broadband projects.</p>"
        PARA("The Commerce Committee approved the measure by a vote of 19-9, with farm-state Republicans joining in.")
        "<p>By Land and Sea<br>The bill would also pay for cables to islands and remote valleys, its sponsor said.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "WASHINGTON (AP)"));
    assert_non_null(strstr(t, "By Land and Sea"));
    assert_null(strstr(t, "DANA WHITFORD"));
    assert_null(strstr(t, "Associated Press WASHINGTON"));
    pa_doc_free(&d);
    /* the run-in lead as the story's first paragraph: no outlet under it, no dateline after it */
    const char *lead =
        "<html><head><title>Aid reaches storm-hit islands</title></head><body><article>"
        "<h1>Aid reaches storm-hit islands</h1>"
        "<p>By Land and Sea<br>The convoy left the harbor at dawn on Tuesday, carrying food and medicine to the "
        "islands cut off by the storm.</p>"
        PARA("Ferries resumed service to the larger islands on Monday, but the smaller ones still have no power.")
        "</article></body></html>";
    t = text_of(lead, &d);
    assert_non_null(strstr(t, "The convoy left the harbor at dawn on Tuesday"));
    assert_non_null(strstr(t, "By Land and Sea"));
    pa_doc_free(&d);
    /* a byline alone over a dateline goes */
    const char *dated =
        "<html><head><title>Senate panel advances broadband bill</title></head><body><article>"
        "<h1>Senate panel advances broadband bill</h1>"
        "<p>By Dana Whitford<br>WASHINGTON (AP) \xe2\x80\x94 A Senate committee on Wednesday "
        "advanced a bill that would send billions to states for broadband projects.</p>"
        PARA("The Commerce Committee approved the measure by a vote of 19-9, with farm-state Republicans joining in.")
        "</article></body></html>";
    t = text_of(dated, &d);
    assert_non_null(strstr(t, "WASHINGTON (AP)"));
    assert_null(strstr(t, "Dana Whitford"));
    pa_doc_free(&d);
}

/* A share bar's button for Twitter under its new name ("X", "Share on X")
 * is a share label; a story's line that opens with the letter is not. */
static void share_label_x(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int share;
    } cases[] = {{"X", 1}, {"X (Twitter)", 1}, {"Share on X", 1}, {"Share on Facebook", 1},
                 {"X-ray results came back normal.", 0}, {"X marks the spot", 0}, {"Xavier", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_share(&line) != 0, cases[i].share);
    }
    /* on a page: a story's list of platforms keeps its "X"; the share bar's "X" by its buttons goes */
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Library leaves social media</h1>"
        PARA("The library said it will stop posting event notices on three platforms next month.")
        "<ul><li>Threads</li><li>X</li><li>Bluesky</li></ul>"
        PARA("The library will keep its e-mail newsletter and its printed calendar, its director said.")
        "<div class=\"sharedaddy\"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li><li>Email</li></ul></div>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Threads\n\nX\n\nBluesky"));
    assert_null(strstr(t, "Facebook"));
    assert_null(strstr(t, "Bluesky\n\nX"));
    const char *last_x = strstr(t, "\n\nX\n\n");
    assert_non_null(last_x);
    assert_null(strstr(last_x + 1, "\n\nX"));
    pa_doc_free(&d);
}

/* The health desk's standing notes: the page's "for informational
 * purposes only … not a substitute for professional medical advice" and
 * its sourcing note go; a story's sentences that name advice or sources
 * without the page as their subject stay. */
static void health_desk_notes(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int note;
    } cases[] = {
        {"This article is for informational purposes only and is not a substitute for professional medical advice, "
         "diagnosis or treatment.", 1},
        {"This article is for informational purposes only and does not constitute medical advice. Consult your "
         "doctor first.", 1},
        {"Wellwise uses only high-quality sources, including peer-reviewed studies, to support the facts within our "
         "articles.", 1},
        {"The app is not a substitute for professional care, and its makers say it is for informational purposes "
         "only.", 0},
        {"The researchers used only high-quality sources, including peer-reviewed studies, for the review.", 0},
        {"Regulators noted that the information on the site was labeled for educational purposes only, a disclaimer "
         "the agency called meaningless.", 0},
        {"Medical disclaimer: The information on this site is for educational purposes only and is not medical "
         "advice.", 1},
        {"Talk to a health professional if night waking happens three or more nights a week for three months.", 0},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_standing_note(&line) != 0) != cases[i].note)
            fail_msg("standing note %d expected for: %s", cases[i].note, cases[i].text);
    }
}

/* The betting box's note goes, short or long; a story's long sentence
 * that reports the call to "gamble responsibly" (the words after "to",
 * no "18+", no helpline, no other phrase of the box) stays. */
static void betting_box_note(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int note;
    } cases[] = {
        {"18+ | Gamble responsibly | BeGambleAware.org", 1},
        {"Please remember to gamble responsibly.", 1},
        {"18+. New customers only. Min deposit 10 pounds. Free bets expire after seven days. T&Cs apply. Please "
         "remember to gamble responsibly and set deposit limits on your account.", 1},
        {"The league's betting partner runs adverts at every ground urging supporters to gamble responsibly, which "
         "sits awkwardly with three clubs in the bottom half now carrying betting firms on their shirts.", 0},
        /* (the box's long note without "18+": its helpline, its other phrases) */
        {"Gambling can be addictive. Please remember to gamble responsibly and only bet what you can afford to lose. "
         "For free help and support call the National Gambling Helpline on 0808 8020 133 or visit BeGambleAware.org.", 1},
        {"Odds correct at the time of publishing and subject to change. New customers only, minimum deposit applies. If "
         "you or someone you know has a gambling problem, call 1-800-GAMBLER. We ask all readers to gamble responsibly.", 1},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_standing_note(&line) != 0) != cases[i].note)
            fail_msg("standing note %d expected for: %s", cases[i].note, cases[i].text);
    }
}

#define ESSAY_PHOTO(n, cap)                                                                                \
    "<div class=\"image\"><img src=\"/p" n ".jpg\" alt=\"\"><div class=\"credit-caption\"><div class=\"caption\"><p>" cap \
    " She has kept the same routine every morning for years, and the town has kept its own around her.</p></div>"  \
    "<span class=\"credit\">Jane Roe for Example Radio</span></div></div>"

/* A photo essay's long captions are its story: with three or more of them
 * holding more text than the prose paragraphs, they stay and their credits
 * go; under a news story's many long paragraphs the same captions go. */
static void photo_essay_captions(void **state)
{
    (void)state;
    pa_doc d;
    const char *photos = ESSAY_PHOTO("1", "Captain Ruth Amadi has run the river ferry for twenty-two years, longer than anyone.")
        ESSAY_PHOTO("2", "Farmers on the west bank have timed their harvests around the ferry for generations.")
        ESSAY_PHOTO("3", "The ferry's log books, kept in a metal cabinet in the pilot house, go back to 1937.");
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article><h1>Photos: The last summer of the ferry</h1>"
             "<p>The ferry makes its crossing in four minutes. A bridge opens in September.</p>%s</article></body></html>",
             photos);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Captain Ruth Amadi"));
    assert_non_null(strstr(t, "The ferry's log books"));
    assert_null(strstr(t, "Jane Roe for Example Radio"));
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><body><article><h1>County approves ferry budget</h1>" PARA("The county approved the ferry budget.")
             PARA("The board voted four to one after a long debate.") PARA("The captain said she was relieved.")
             PARA("A bridge opens in September upstream.") PARA("The ferry will be sold at auction.")
             "%s" PARA("The final crossing is set for noon.") "</article></body></html>",
             photos);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "The final crossing"));
    assert_null(strstr(t, "Captain Ruth Amadi"));
    pa_doc_free(&d);
}

#define GALLERY_FIGURE(cap, credit)                                                                        \
    "<figure class=\"media\"><img src=\"/g.jpg\" alt=\"\"><span class=\"image-copyright\">" credit "</span>" \
    "<figcaption class=\"media-caption\"><span class=\"off-screen\">Image caption</span>"                      \
    "<span class=\"media-caption__text\">" cap "</span>"                                                          \
    "<span class=\"caption__credit\">Photograph by " credit "</span></figcaption></figure>"

/* A gallery page ("In pictures") tells its story in its pictures'
 * captions, short ones too: under an intro of a paragraph they stay, in
 * their <figure>s, and their credits go ("caption__credit" names a
 * credit); a story's paragraphs, as many as its pictures, make the same
 * captions furniture. */
static void gallery_short_captions(void **state)
{
    (void)state;
    pa_doc d;
    const char *figures = GALLERY_FIGURE("Dogs must gather five sheep from the far end of a hill field.", "Rhys Evans")
        GALLERY_FIGURE("Handlers guide their dogs with whistles and calls.", "Rhys Evans")
        GALLERY_FIGURE("Spectators watched from the hillside in the sunshine.", "Rhys Evans")
        GALLERY_FIGURE("Gwyn Pryce, 74, won the open class with his dog Meg.", "Rhys Evans");
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article><h1>In pictures: Sheepdog trials</h1>"
             "<p>Handlers and dogs from across Wales and the borders competed at the sheepdog trials on Saturday "
             "afternoon.</p>%s</article></body></html>",
             figures);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Handlers guide their dogs with whistles and calls."));
    assert_non_null(strstr(t, "Gwyn Pryce, 74, won the open class"));
    assert_null(strstr(t, "Rhys Evans"));
    assert_null(strstr(t, "Image caption")); /* (the screen reader's label, hidden_picture_label) */
    pa_doc_free(&d);
    snprintf(page, sizeof page,
             "<html><body><article><h1>Sheepdog trials draw record entry</h1>"
             PARA("Handlers and dogs from across Wales and the borders competed at the sheepdog trials on Saturday.")
             PARA("The organisers said the entry of ninety dogs was the largest since the trials began in 1921.")
             "%s" PARA("The open class was won by a handler from the valley, who has competed for fifty years.")
             PARA("Next year's trials will be held on the same hill field on the second Saturday of September.")
             "</article></body></html>",
             figures);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Next year's trials"));
    assert_null(strstr(t, "Handlers guide their dogs with whistles"));
    pa_doc_free(&d);
}

#define WEEK_SLIDE(place, text, credit)                                                                    \
    "<li class=\"gallery__item\"><figure class=\"gallery__figure\"><img src=\"/w.jpg\" alt=\"\">"                 \
    "<figcaption class=\"gallery__caption\"><h2 class=\"gallery__title\">" place "</h2>"                          \
    "<div class=\"gallery__text\"><p>" text "</p></div><p class=\"gallery__credit\">Photograph: " credit "</p>"      \
    "</figcaption></figure></li>"

/* "The week in pictures": each slide's title and caption in classes
 * naming the gallery ("gallery__title", "gallery__text") stay on a page
 * that is the gallery, and a slide's credit line ("Photograph: …",
 * pa_line_picture_credit) labels no list of teasers: the next slides'
 * titles over one sentence each are the story, not other stories. */
static void week_in_pictures_slides(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><article class=\"content--gallery\"><h1>The week in pictures</h1>"
        "<ul class=\"gallery__body\">"
        WEEK_SLIDE("Salisbury Plain, England", "Revellers gather among the standing stones to watch the sunrise on the "
                   "summer solstice.", "Ben Fairley/Wire")
        WEEK_SLIDE("Queensland, Australia", "A farmer checks a stack of sorghum bales after a record harvest across the "
                   "Darling Downs.", "Kerry Dunn/Wire")
        WEEK_SLIDE("Lisbon, Portugal", "Previous winners of the city's sardine-grilling contest judge this year's "
                   "entries at the festival.", "Ana Lopes/Wire")
        WEEK_SLIDE("Nairobi, Kenya", "Schoolchildren plant seedlings in Karura forest during a national tree-growing "
                   "day.", "Wanjiru Kamau/Wire")
        "</ul></article></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Salisbury Plain, England"));
    assert_non_null(strstr(t, "Lisbon, Portugal"));
    assert_non_null(strstr(t, "Schoolchildren plant seedlings"));
    assert_null(strstr(t, "Photograph:"));
    pa_doc_free(&d);
    assert_int_equal(line_hits(pa_line_picture_credit, "Photograph: Ben Fairley/Wire"), 1);
    assert_int_equal(line_hits(pa_line_picture_credit, "(AP Photo/Jim Mund)"), 1);
    assert_int_equal(line_hits(pa_line_picture_credit, "Photographs of the flood were shared widely."), 0);
    assert_int_equal(line_hits(pa_line_picture_credit, "Read more: Council approves new cycle lanes"), 0);
    assert_int_equal(line_hits(pa_line_picture_credit, "via Instagram: @sticks_and_paws"), 1);
    assert_int_equal(line_hits(pa_line_picture_credit, "Flickr/Juan Gil"), 1);
    assert_int_equal(line_hits(pa_line_furniture, "Wikimedia Commons"), 1);
    assert_int_equal(line_hits(pa_line_furniture, "Wikimedia Commons has media related to Mozilla."), 0);
    assert_int_equal(line_hits(pa_line_gallery_counter, "24 photos"), 1);
    assert_int_equal(line_hits(pa_line_gallery_counter, "24 photos of the flood"), 0);
}

/* A regional paper's "Gallery: 30 pictures from …": its intro in a box of
 * its own, the pictures in a sibling box with one-line captions
 * (up_to_gallery takes the box holding both), each numbered "3/5" (a
 * counter alone in its element on a gallery page: slide_counter_box) and
 * credited.  Boxes named "caption" with no picture near them (a comment's
 * header: picture_near) make no gallery. */
static void gallery_sibling_captions(void **state)
{
    (void)state;
    pa_doc d;
    static const char *const caps[] = {"Sheep judging in the main ring", "The Hendry family enjoy an ice cream",
                                       "Best in show went to a Highland cow called Morag", "Pipe band on the march",
                                       "Young farmers at the tug of war", "The vintage tractor parade"};
    char items[2][4096];
    for (int pics = 0; pics < 2; pics++) {
        size_t len = 0;
        items[pics][0] = '\0';
        for (int i = 0; i < 6; i++)
            len += (size_t)snprintf(items[pics] + len, sizeof items[pics] - len,
                                    "<div class=\"gallery-image\"><span class=\"image-number\">%d/6</span>%s"
                                    "<p class=\"caption\">%s</p><span class=\"photo-credit\">Picture: Neil Ford</span></div>",
                                    i + 1, pics ? "<img src=\"/s.jpg\" alt=\"\">" : "", caps[i]);
    }
    char page[8192];
    for (int pics = 1; pics >= 0; pics--) {
        snprintf(page, sizeof page,
                 "<html><body><div class=\"gallery-page\"><h1>Gallery: 30 pictures from the Dunmore Show</h1>"
                 "<div class=\"gallery-intro\"><p>Thousands turned out for the 120th Dunmore Show on Saturday, the "
                 "biggest crowd since the show moved to the castle field. Were you there? See if you can spot "
                 "yourself in our pictures.</p></div><div class=\"gallery-images\">%s</div></div>"
                 "</body></html>",
                 items[pics]);
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "Thousands turned out"));
        if (pics) {
            assert_non_null(strstr(t, "Sheep judging in the main ring"));
            assert_non_null(strstr(t, "Pipe band on the march"));
            assert_null(strstr(t, "2/6"));
            assert_null(strstr(t, "Neil Ford"));
        } else {
            assert_null(strstr(t, "Sheep judging in the main ring"));
        }
        pa_doc_free(&d);
    }
    /* (nor do teasers' headlines named "caption" in their links, picture and all: in_link) */
    size_t len = 0;
    char teasers[4096] = "";
    for (int i = 0; i < 6; i++)
        len += (size_t)snprintf(teasers + len, sizeof teasers - len,
                                "<li><a href=\"/n/%d\"><img src=\"/t.jpg\" alt=\"\"><span class=\"caption\">%s</span></a></li>", i,
                                caps[i]);
    snprintf(page, sizeof page,
             "<html><body><div class=\"page\"><div class=\"story\"><h1>Show draws record crowd</h1>"
             "<p>Thousands turned out for the 120th Dunmore Show on Saturday, the biggest crowd since the show moved "
             "to the castle field, organisers said on Sunday evening.</p></div><ul class=\"more\">%s</ul></div>"
             "</body></html>",
             teasers);
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "Sheep judging in the main ring"));
    pa_doc_free(&d);
    /* (counted as a gallery's captions they would make a news story with one captioned picture over them a
     * gallery, and its caption the story's) */
    snprintf(page, sizeof page,
             "<html><body><div class=\"page\"><article class=\"story\"><h1>Show draws record crowd</h1>"
             "<p>Thousands turned out for the 120th Dunmore Show on Saturday, the biggest crowd since the show moved "
             "to the castle field, organisers said on Sunday evening.</p><figure><img src=\"/m.jpg\" alt=\"\">"
             "<figcaption class=\"caption\">Crowds at the gate on Saturday morning</figcaption></figure>"
             "<p>Gate takings topped forty thousand pounds, the treasurer said.</p><p>Next year the show runs over two "
             "days.</p></article><ul class=\"more\">%s</ul></div></body></html>",
             teasers);
    t = text_of(page, &d);
    assert_non_null(strstr(t, "Next year the show runs"));
    assert_null(strstr(t, "Crowds at the gate on Saturday morning"));
    pa_doc_free(&d);
}

#define CREDITED_FIGURE(cap)                                                                               \
    "<figure><img src=\"/g.jpg\" alt=\"\"><figcaption class=\"caption has-credit\">" cap "</figcaption>"           \
    "<span class=\"credit\">Rhys Evans</span></figure>"

/* A caption box whose class says it holds a credit ("caption has-credit")
 * is a caption, not a credit (credit_named, modifier_word_before): on a
 * gallery page it stays, the credit after it goes. */
static void gallery_caption_has_credit(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>In pictures: Sheepdog trials</h1>"
        "<p>Handlers and dogs from across Wales and the borders competed at the sheepdog trials on Saturday "
        "afternoon.</p>"
        CREDITED_FIGURE("Dogs must gather five sheep from the far end of a hill field.")
        CREDITED_FIGURE("Handlers guide their dogs with whistles and calls.")
        CREDITED_FIGURE("Spectators watched from the hillside in the sunshine.")
        CREDITED_FIGURE("Gwyn Pryce, 74, won the open class with his dog Meg.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Handlers guide their dogs with whistles and calls."));
    assert_null(strstr(t, "Rhys Evans"));
    pa_doc_free(&d);
}

#define ROUNDUP_ITEM(head, cap, para)                                                                      \
    "<h2>" head "</h2><figure><img src=\"/r.jpg\" alt=\"\"><figcaption>" cap "</figcaption></figure><p>" para "</p>"
#define ROUNDUP_DIV_ITEM(head, cap, para)                                                                  \
    "<h2>" head "</h2><figure><img src=\"/r.jpg\" alt=\"\"><figcaption>" cap "</figcaption></figure>"          \
    "<div class=\"para\">" para "</div>"
#define TRAVEL_LEG(text, cap)                                                                              \
    "<div class=\"text\">" text "</div><figure><img src=\"/c.jpg\"><figcaption>" cap "</figcaption></figure>"

/* A text story with a captioned picture between each of its paragraphs
 * is no gallery (wcxb-en's and readability's references drop such
 * captions): a product roundup told in one-line paragraphs beside its
 * pictures (no <p> of 100 characters; or in <div>s), and a travel piece whose
 * paragraphs are runs of text in <div>s, not <p>s.  Their captions
 * stay out. */
static void roundup_captions_no_gallery(void **state)
{
    (void)state;
    pa_doc d;
    const char *roundup =
        "<html><body><article><h1>Ten gadgets for your kitchen this winter</h1>"
        "<p>Winter means soups, stews and bread.</p><p>We tested dozens of tools over two months.</p>"
        ROUNDUP_ITEM("1. A cast-iron pot", "The enamelled pot in cherry red", "It holds heat for hours and goes in the oven.")
        ROUNDUP_ITEM("2. A bread knife", "A serrated bread knife on a board",
                     "The serrated edge cuts crust without crushing the crumb.")
        ROUNDUP_ITEM("3. A digital scale", "The slim scale weighs to the gram",
                     "Baking needs weights, not cups, and this one is slim.")
        ROUNDUP_ITEM("4. A stand mixer", "The stand mixer with its dough hook",
                     "It kneads dough for ten minutes without strain.")
        "<p>Prices were checked on the day of publication.</p></article></body></html>";
    const char *t = text_of(roundup, &d);
    assert_non_null(strstr(t, "It kneads dough for ten minutes"));
    assert_null(strstr(t, "The enamelled pot in cherry red"));
    assert_null(strstr(t, "The stand mixer with its dough hook"));
    pa_doc_free(&d);
    /* (the same with its one-line paragraphs in <div>s of their own) */
    const char *div_roundup =
        "<html><body><article><h1>Ten gadgets for your kitchen this winter</h1>"
        "<p>Winter means soups, stews and bread.</p><p>We tested dozens of tools over two months.</p>"
        ROUNDUP_DIV_ITEM("1. A cast-iron pot", "The enamelled pot in cherry red",
                         "It holds heat for hours and goes in the oven.")
        ROUNDUP_DIV_ITEM("2. A bread knife", "A serrated bread knife on a board",
                         "The serrated edge cuts crust without crushing the crumb.")
        ROUNDUP_DIV_ITEM("3. A digital scale", "The slim scale weighs to the gram",
                         "Baking needs weights, not cups, and this one is slim.")
        ROUNDUP_DIV_ITEM("4. A stand mixer", "The stand mixer with its dough hook",
                         "It kneads dough for ten minutes without strain.")
        "<p>Prices were checked on the day of publication.</p></article></body></html>";
    t = text_of(div_roundup, &d);
    assert_non_null(strstr(t, "It kneads dough for ten minutes"));
    assert_null(strstr(t, "The enamelled pot in cherry red"));
    pa_doc_free(&d);
    const char *travel =
        "<html><body><div class=\"article-body\"><h1>A week walking the coast of Cornwall</h1>"
        TRAVEL_LEG("We set out from Padstow on a grey Monday, with boots that had never seen a cliff path and a map "
                   "that was already damp.<br><br>By the second morning the sun was out and the sea had turned a colour "
                   "we had only seen on postcards.", "The cliff path above Trevone bay at dawn")
        TRAVEL_LEG("The third day was the hardest, with steep climbs in and out of coves, and our guide never seemed "
                   "to tire of his stories of wrecks.", "Our guide points out an old smugglers' cave")
        TRAVEL_LEG("We ended the week in St Ives, tired and sunburnt, and already planning the next stretch of the "
                   "path for the spring.", "The harbour at St Ives in the evening light")
        "</div></body></html>";
    t = text_of(travel, &d);
    assert_non_null(strstr(t, "We ended the week in St Ives"));
    assert_null(strstr(t, "The cliff path above Trevone bay"));
    assert_null(strstr(t, "The harbour at St Ives in the evening light"));
    pa_doc_free(&d);
}

/* A one-word alt text repeated beside its picture is a label (a fact
 * check's rating under its meter) and stays; a caption repeating a
 * picture's alt text of words goes. */
static void one_word_alt_label(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Is this photo of a flooded runway real?</h1>"
        "<div class=\"claim\"><span>Claim:</span> <p>A photograph shows the airport underwater after the storms.</p></div>"
        "<div class=\"rating-wrapper\"><img src=\"/r.png\" alt=\"Miscaptioned\"><span>Rating:</span> "
        "<span class=\"rating_title\">Miscaptioned</span></div>"
        PARA("As storms hit the coast, a photograph of an airliner in water circulated with captions.")
        "<img src=\"/p.jpg\" alt=\"An airliner stands in flood water\"><div>An airliner stands in flood water</div>"
        PARA("A reverse image search found the same photograph in an agency's archive from 2019.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Miscaptioned"));
    assert_null(strstr(t, "An airliner stands in flood water"));
    pa_doc_free(&d);
}

/* A fact check's statement card above its headline (who said it, when,
 * and the claim quoted whole) goes with the headline. */
static void statement_card_above_headline(void **state)
{
    (void)state;
    pa_doc d;
    /* (the card, the writer's line and the headline over a short story, all in one <main>) */
    const char *page =
        "<html><head><title>No, the new school vaccine rule does not require COVID shots</title></head><body>"
        "<main class=\"o-main\"><section class=\"m-statement\"><div class=\"m-statement__author\"><img src=\"/people"
        "/instagram-video.jpg\" alt=\"\"><a class=\"m-statement__name\" href=\"/personalities/instagram-video/\">Ins"
        "tagram video</a><div class=\"m-statement__desc\">stated on May 20, 2026 in a video</div></div><div cla"
        "ss=\"m-statement__quote\">&quot;Starting this fall, every child in public school has to get the COVID "
        "vaccine or they can&#x27;t enroll.&quot;</div><div class=\"m-statement__meter\"><img class=\"c-image__o"
        "riginal\" src=\"/meter/false.jpg\" alt=\"False\"></div></section><section class=\"m-statement__footer\"><di"
        "v class=\"m-author\"><a href=\"/staff/by-sunita-carvalho/\">By Sunita Carvalho</a></div><span class=\"m-a"
        "uthor__date\">May 28, 2026</span></section><h1 class=\"c-title\">No, the new school vaccine rule does n"
        "ot require COVID shots</h1><article class=\"m-textblock\"><p>A video viewed more than 900,000 times on"
        " Instagram says the state will require every public school student to receive a COVID-19 vaccine thi"
        "s fall.</p><p>That is not what the new rule says.</p><h2>The rule</h2><p>The state health department"
        " updated its school immunization schedule in April. The update adds a second dose of the meningococc"
        "al vaccine for students entering 12th grade, matching a recommendation federal health officials made"
        " years ago. It does not add COVID-19 vaccines to the list of required shots.</p><p>A health departme"
        "nt spokesperson, Trey Albers, confirmed that by email. &quot;There is no COVID-19 vaccine requiremen"
        "t for school enrollment, and none has been proposed,&quot; he wrote.</p><h2>Where the confusion may "
        "have come from</h2><p>The same week, a state advisory committee discussed COVID-19 vaccines for adul"
        "ts over 65. That meeting&#x27;s agenda was posted on the same web page as the school rule, and some "
        "posts shared screenshots of both.</p><h2>Our ruling</h2><p>An Instagram video said every public scho"
        "ol student must get a COVID-19 vaccine to enroll this fall. The new rule adds a meningococcal booste"
        "r for high school seniors and nothing else. We rate the claim False.</p><h3>Our Sources</h3><ul clas"
        "s=\"sources\"><li>State Department of Health, school immunization requirements 2026-27, April 2026</li"
        "><li>Email interview, Trey Albers, health department spokesperson, May 22, 2026</li></ul></article><"
        "/main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "A video viewed more than"));
    assert_null(strstr(t, "Starting this fall"));
    assert_null(strstr(t, "stated on May 20"));
    pa_doc_free(&d);
}

/* A headline in a pointer's words ("Photos: …") is still the headline:
 * it goes with the section kicker above it ("Photo Essays"). */
static void pointer_worded_headline_takes_kicker(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article class=\"story\"><div class=\"storytitle\"><h3 class=\"slug\">"
                       "<a href=\"/sections/photo-essays/\">Photo Essays</a></h3>"
                       "<h1>Photos: The last summer of the river ferry</h1></div>"
                       PARA("The ferry makes its crossing in four minutes, pulled along a steel cable.")
                       PARA("The final crossing is scheduled for noon on the fourteenth.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_true(!strncmp(t, "The ferry makes its crossing", 28));
    assert_null(strstr(t, "Photos: The last summer"));
    pa_doc_free(&d);
}

/* The advice column's standing lines (its call for readers' questions, its
 * "not a substitute for medical advice" note) and a photo essay's joint
 * credit go; a story's sentences about questions, addresses and advice stay. */
static void advice_column_notes(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int note;
    } cases[] = {
        {"Have a question for our tax expert? Email money@example.com with \"Ask the expert\" in the subject line. "
         "We can't answer every letter individually.", 1},
        {"Dr. Roe regrets he cannot answer individual letters but will answer those of general interest in his "
         "column. Readers may write to him at askthedoctor@example.com.", 1},
        {"This column is for general information and is not a substitute for medical advice.", 1},
        {"Residents with questions about the reassessment can email the assessor at assessor@example.gov.", 0},
        {"She sent her questions to the council in a letter, but no member answered them.", 0},
        {"The nurse said the app is not a substitute for medical advice from a doctor.", 0},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_standing_note(&line) != 0) != cases[i].note)
            fail_msg("standing note %d expected for: %s", cases[i].note, cases[i].text);
    }
    static const struct {
        const char *text;
        int credit;
    } credits[] = {{"Photographs and text by Jane Roe", 1}, {"Words and pictures by Jane Roe", 1},
                   {"Photographs and text by the students were shown at the library all month.", 0}};
    for (size_t i = 0; i < sizeof credits / sizeof credits[0]; i++) {
        snprintf(buf, sizeof buf, "%s", credits[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_credit(&line) != 0) != credits[i].credit)
            fail_msg("credit %d expected for: %s", credits[i].credit, credits[i].text);
    }
}

/* After a wire story that is an <article>, a block of the page's other wire
 * stories ("More from AP": <article> cards under linked headlines, each with
 * its opening paragraphs) is not the story's, though it is prose. */
static void other_wire_stories_after_article(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><div class=\"wire-page\"><article class=\"wire-story main\">"
        "<h1>Study finds smoke days tripled in the valley</h1><p class=\"byline\">The Example Press</p><div>"
        PARA("KAMLOOPS, B.C. - A new study says residents of the valley breathed wildfire smoke on three times as "
             "many days in the past decade as in the one before it.")
        PARA("Researchers counted 412 days with heavy smoke between 2015 and 2024, compared with 131 days between "
             "2005 and 2014.")
        PARA("The lead author says even short exposures to fine particles can worsen asthma and heart conditions.")
        PARA("The study recommends that cities open clean-air shelters earlier in the season.")
        "</div></article><section class=\"more-wire\"><h2>More from The Example Press</h2>"
        "<article class=\"teaser\"><h2><a href=\"/wire/lobster\">Lobstermen fear new rope rules</a></h2>"
        "<p>" "PORTLAND, Maine (AP) - Lobstermen packed a hearing room on Wednesday to warn regulators that new "
             "rules meant to protect whales could cost each of them thousands of dollars a year." "</p>"
        "<p>" "The proposed rules would require fishermen to use weaker rope and fewer buoy lines in waters where "
             "right whales feed." "</p>"
        "<p>\"We haven't seen a right whale in our waters in years, and now we're paying for it,\" said one "
        "fisherman, who has worked out of the harbor for 31 years.</p>"
        "<a href=\"/wire/lobster\">Read more</a></article>"
        "<article class=\"teaser\"><h2><a href=\"/wire/panels\">Museum returns carved panels</a></h2>"
        "<p>" "CHICAGO (AP) - A museum on Friday returned four carved limestone panels after researchers concluded "
             "they had been looted from a site in the 1960s." "</p>"
        "<p>" "The panels, which show a ruler receiving tribute, had been in the museum's collection since 1971." "</p>"
        "<p>The museum's director said staff began looking into the panels' history two years ago, as part of a "
        "wider review of objects acquired during that era.</p>"
        "<a href=\"/wire/panels\">Read more</a></article></section></div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "clean-air shelters"));
    assert_null(strstr(t, "Lobstermen packed"));
    assert_null(strstr(t, "limestone panels"));
    pa_doc_free(&d);
}

/* After a story that is an <article>, its own sections in <article>s under
 * headings linked to themselves (a permalink "#what-changes", an <a id>
 * without an address) are the story's, not other stories' cards; so is its
 * text going on in a block that embeds one related story's card. */
static void story_sections_after_article(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><div class=\"layout\"><article class=\"story\">"
        "<h1>Council weighs new bus routes</h1><p class=\"byline\">By Jane Doe</p>"
        PARA("The city council on Tuesday took up a plan that would redraw nearly every bus route in the eastern "
             "half of the city, the largest change to the network in three decades.")
        PARA("Transit officials say the redesign would bring frequent service within a ten-minute walk of most "
             "homes, while critics warn that older riders could lose stops they have used for years.")
        PARA("The plan was drafted over eighteen months of public meetings, surveys and ride counts, and it now "
             "faces a final vote in the spring after a round of hearings in each district.")
        "</article><article class=\"story-section\"><h2><a href=\"#what-changes\">What changes for riders</a></h2>"
        PARA("Under the proposal, seven crosstown lines would run every twelve minutes during the day, up from "
             "every thirty, and two lines that overlap for most of their length would merge into one.")
        PARA("Riders on the northern loop would need to transfer at the new hub near the hospital, a change that "
             "officials concede will add a few minutes to some trips.")
        "</article><article class=\"story-section\"><h2><a id=\"cost\"></a>What it would cost</h2>"
        PARA("The agency estimates the redesign would cost about four million dollars more a year to operate, "
             "money it hopes to cover with a state grant and savings from retiring older buses.")
        PARA("Council members asked for a clearer account of what happens if the grant does not come through, "
             "and the agency promised a report before the next meeting.")
        "</article></div></main></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "round of hearings"));
    assert_non_null(strstr(t, "seven crosstown lines"));
    assert_non_null(strstr(t, "four million dollars"));
    pa_doc_free(&d);
    /* the story going on in a block after its <article>, with a related story's card in it */
    const char *goes_on =
        "<html><body><main><div class=\"layout\"><article class=\"story\">"
        "<h1>Council weighs new bus routes</h1><p class=\"byline\">By Jane Doe</p>"
        PARA("The city council on Tuesday took up a plan that would redraw nearly every bus route in the eastern "
             "half of the city, the largest change to the network in three decades.")
        PARA("Transit officials say the redesign would bring frequent service within a ten-minute walk of most "
             "homes, while critics warn that older riders could lose stops they have used for years.")
        PARA("The plan was drafted over eighteen months of public meetings, surveys and ride counts, and it now "
             "faces a final vote in the spring after a round of hearings in each district.")
        "</article><div class=\"story-continued\">"
        PARA("Riders on the northern loop would need to transfer at the new hub near the hospital, a change that "
             "officials concede will add a few minutes to some trips.")
        PARA("The agency estimates the redesign would cost about four million dollars more a year to operate, "
             "money it hopes to cover with a state grant and savings from retiring older buses.")
        "<article class=\"related-card\"><h3><a href=\"/news/bus-fares-rise\">Bus fares to rise by a quarter in "
        "July</a></h3></article>"
        PARA("Council members asked for a clearer account of what happens if the grant does not come through, "
             "and the agency promised a report before the next meeting.")
        "</div></div></main></body></html>";
    t = text_of(goes_on, &d);
    assert_non_null(strstr(t, "northern loop"));
    assert_non_null(strstr(t, "clearer account"));
    pa_doc_free(&d);
}

/* The wires' standing lines in a partner's copy go: the funder note and its
 * pointer to the AP's standards, the refile note, the writer's follow line
 * by address, the newsletter link and its pitch, the picture's licensing
 * link; sentences with the same words stay. */
static void wire_standing_lines(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_pitch, "The Associated Press' education coverage receives financial support "
                                              "from multiple private foundations. AP is solely responsible for all "
                                              "content."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "Find AP's standards for working with philanthropies, a list of "
                                              "supporters and funded coverage areas at AP.org."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "Get poll alerts and updates on the Top 25 throughout the season. "
                                              "Sign up here."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "The district receives financial support from the state for its "
                                              "buses, the superintendent said."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "Residents can get updates on the closure by text. Sign up here, "
                                              "the county said, was the fastest way."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "The county offers email updates on the project. Sign up here."), 0);
    assert_int_equal(line_hits(pa_line_pitch, "The Example Daily Briefing newsletter provides all the news you need "
                                              "to start your day. Sign up here."),
                     1);
    assert_int_equal(line_hits(pa_line_tool, "Sign up here."), 1);
    assert_int_equal(line_hits(pa_line_tool, "Purchase Licensing Rights, opens new tab"), 1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "(This story has been refiled to fix a typo in paragraph 3)"),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "The complaint has been refiled in state court, the lawyer said."),
                     0);
    /* the funder note's last sentence alone, a wire column's trial offer, a licensing network's credit */
    assert_int_equal(line_hits(pa_line_pitch, "The Associated Press is solely responsible for all content."), 1);
    /* (a story's sentence with the phrase names no one in capitals before it, or reports speech) */
    assert_int_equal(line_hits(pa_line_pitch, "Under the law, no platform is solely responsible for all content."), 0);
    assert_int_equal(line_hits(pa_line_pitch, "The board said the contractor is solely responsible for all content."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "The school district receives financial support from the state. The "
                                              "district is solely responsible for all content posted on its site, a "
                                              "spokesperson said."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "For more insights like these, click here to try Example Views for "
                                              "free."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This article was written by Jane Doe from Reuters and was legally licensed "
                                       "via the Example Content Agency through the Example publisher network."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "The clinic was legally licensed through the state health department in "
                                       "2019."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "The drug was legally licensed in 2019, but few clinics stocked it."),
                     0);
    /* a handout picture's caption through the wire, a wire graphic's credit alone */
    assert_int_equal(line_hits(pa_line_credit, "In this photo provided by the county, a crew inspects a beam on Nov. "
                                               "12, 2025. (Example County via AP)"),
                     1);
    assert_int_equal(line_hits(pa_line_furniture, "Reuters Graphics"), 1);
    /* the byline of two wire writers, by name and agency; the reporting corps' note under the story */
    assert_int_equal(line_hits(pa_line_credit, "Jane Doe and John Roe, Associated Press"), 1);
    assert_int_equal(line_hits(pa_line_credit, "Smith and the others stayed, Associated Press"), 0);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "Jane Doe is a corps member for The Associated Press/Report for America "
                                       "Statehouse News Initiative. Report for America is a nonprofit national "
                                       "service program that places journalists in local newsrooms to report on "
                                       "undercovered issues."),
                     1);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "The paper joined Report for America in 2021 and hired two reporters, the "
                                       "editor said."),
                     0);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "Report for America, a national service program, sends young reporters to "
                                       "small newsrooms; the Gazette has hosted two corps members since 2021."),
                     0);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "Jane Doe is a Report for America corps member covering rural health."),
                     1);
    pa_line line;
    char buf[200];
    /* the pointer to the story's first home; a story's sentence with the same opening stays */
    static const struct {
        const char *text;
        int label;
    } homes[] = {{"Read more at Reuters.com", 1}, {"Read more on Example News", 1},
                 {"For more on this story, visit example.com.", 1},
                 {"Read more at home, the librarian urged.", 0}, {"Read more on the subject before voting.", 0}};
    for (size_t i = 0; i < sizeof homes / sizeof homes[0]; i++) {
        snprintf(buf, sizeof buf, "%s", homes[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_block_label(&line, 0) != 0) != homes[i].label)
            fail_msg("block label %d expected for: %s", homes[i].label, homes[i].text);
    }
    snprintf(buf, sizeof buf, "%s", "Follow Jane Doe on X: https://x.com/janedoe");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_block_label(&line, 0), 1);
    snprintf(buf, sizeof buf, "%s", "Follow the money, the auditor told the x-ray clinic's board.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_block_label(&line, 0), 0);
    snprintf(buf, sizeof buf, "%s", "Follow the steps at netflix.com/help to cancel before the price rises.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_block_label(&line, 0), 0);
    snprintf(buf, sizeof buf, "%s", "Follow Jane Doe on X at x.com/janedoe");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_block_label(&line, 0), 1);
}

/* A caption printed as a paragraph, closed by the wire's credit in capitals
 * after its full stop, is a credit line; a sentence naming the wire is not.
 * A partner's newsletter pitch naming its briefing or newsletter is a pitch. */
static void wire_caption_credit(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_credit, "A trader works on the floor of the exchange, November 12, 2025. "
                                               "REUTERS/Jane Doe/File Photo"),
                     1);
    assert_int_equal(line_hits(pa_line_credit, "Firefighters work at the scene. REUTERS/John Roe"), 1);
    assert_int_equal(line_hits(pa_line_credit, "Rescuers search the rubble. REUTERS/Carlos de la Torre"), 1);
    assert_int_equal(line_hits(pa_line_credit, "The poll was taken last week. REUTERS/IPSOS data show a tight race."),
                     0);
    assert_int_equal(line_hits(pa_line_credit, "The bank said it would reply to Reuters by Friday. A spokesperson "
                                               "declined to comment further."),
                     0);
    /* the partner's newsletter pitch between the wire's paragraphs; a story's sign-up advice stays */
    assert_int_equal(line_hits(pa_line_pitch, "Sign up for our Asia business briefing, delivered every weekday "
                                              "morning."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "Sign up for our weekly newsletter."), 1);
    assert_int_equal(line_hits(pa_line_pitch, "Members can sign up for our club's briefing at the library, the "
                                              "secretary said."),
                     0);
}

/* A food blog's calls under its recipe ("Did you make this recipe? Leave a
 * star rating …", "Mention @example or tag #example!") are pitches; a
 * story's sentences about ratings, tags or a recipe stay. */
static void recipe_rating_calls(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int pitch;
    } cases[] = {
        {"Did you make this recipe? Leave a star rating in the comments below and tag me on Instagram!", 1},
        {"Tried this recipe? Let me know in the comments how it turned out.", 1},
        {"Mention @butterthyme or tag #butterthyme!", 1},
        {"Did you make this bread before the war, she asked, and nobody could answer.", 0},
        {"The club asked fans to tag @cityfc with #matchday, a spokesman said.", 0},
        {"Tag your friends in the photos, organisers said, because the festival is about community.", 0},
        {"The recipe earned a five-star rating from the judges at the county fair.", 0},
        {"Did you make this recipe? That question, posted under millions of food blogs, has become a marketing "
         "engine, and Instagram tags are its currency.", 0},
        {"If you make this recipe, please leave a comment and a rating below.", 1},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_pitch(&line) != 0) != cases[i].pitch)
            fail_msg("pitch %d expected for: %s", cases[i].pitch, cases[i].text);
    }
}

/* The furniture lines of English-language dailies in India, Pakistan,
 * Africa, Southeast Asia and New Zealand inside the story's text: the
 * audio player with its times and speed, the report widget, the desk's
 * social call, the TV channel's live pointer, the feedback address, the
 * LDR funding note, the AI summary's label, the promo closed by "Click
 * here to know more.", the "- Compiled by" credit, a wire desk's
 * initials ("PTI RS KH"), the portals' auto-generated-feed notes, the
 * "Must Read" label, the market portal's and the papers' calls
 * ("Discover the latest …", "Stay updated with …", "Subscribe to X PLUS
 * to get access to …", "Support X's journalism of …"), "Also watch |",
 * the comment box's "Comments reflect users' views"; the story's
 * sentences on the same things stay. */
static void intl_english_furniture_lines(void **state)
{
    (void)state;
    enum { TOOL, SERVICE, NOTICE, PITCH, CREDIT, FURNITURE, COMMENT };
    static const struct {
        const char *text;
        int kind, hit;
    } cases[] = {
        {"Listen to this article 00:00 / 03:41 1x", TOOL, 1},
        {"Listen to this article 00:00 / 03:41 1.5x", TOOL, 1},
        {"Listen to this article · 5 min", TOOL, 1},
        {"Listen to the 1x speed version, he said", TOOL, 0},
        {"Report it to us.", TOOL, 1},
        {"Thank you for your report!", TOOL, 1},
        {"Like Business on Facebook, follow @ExampleBiz on Twitter to stay informed and join in the conversation.",
         SERVICE, 1},
        {"Like many traders, he follows the market on Facebook and says the page helps him.", SERVICE, 0},
        {"Track Latest News Live on Example 24 and get news updates from India and around the world", NOTICE, 1},
        {"Traders track the latest news on prices closely, and news updates move markets, she said.", NOTICE, 0},
        {"For feedback, complaints, or inquiries, contact us.", NOTICE, 1},
        {"For feedback on the plan, residents can contact the ward office until Friday.", NOTICE, 0},
        {"LDR is local body journalism co-funded by RNZ and NZ On Air.", NOTICE, 1},
        {"Quick Read: Summary is AI generated, newsroom reviewed.", NOTICE, 1},
        {"AI-generated summary", NOTICE, 1},
        {"The AI-generated summary wrongly said a tennis player had retired.", NOTICE, 0},
        {"Google will show an AI-generated summary above some search results.", NOTICE, 0},
        {"Each summary is AI-generated and checked by an editor, Hansen said.", NOTICE, 0},
        {"The summary of the report was written by the committee, not by the ministry.", NOTICE, 0},
        {"Milestone Alert! Example Daily tops charts as the fastest growing news website. Click here to know more.",
         PITCH, 1},
        {"The minister said residents who want to know more can visit the ward office.", PITCH, 0},
        {"- Compiled by Jane Roe", CREDIT, 1},
        {"Compiled by volunteers over two years, the list names 400 sites.", CREDIT, 0},
        {"PTI RS KH", CREDIT, 1},
        {"UNI ABC DE", CREDIT, 1},
        {"REUTERS POLL", CREDIT, 0},
        {"PTI said the minister left", CREDIT, 0},
        {"(This story is auto-generated from a syndicated news feed, Example Staff may not have modified or edited "
         "the content body)", PITCH, 1},
        {"This report is auto-generated from Press Trust of India news service. Example holds no responsibility for "
         "its content.", PITCH, 1},
        {"The ministry said the list is auto-generated from tax records and checked by hand.", PITCH, 0},
        {"Each flood alert is auto-generated from the weather service's feed and sent to subscribers within a minute.",
         PITCH, 0},
        {"Most of the site's pages came from a syndicated news feed rather than its own two reporters.", PITCH, 0},
        {"Also watch | Water crisis in the eastern wards", FURNITURE, 1},
        {"(Catch all the Business News, Breaking News Events and Latest News Updates on The Example Times.)", PITCH, 1},
        {"Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights on Example "
         "or download the Example App to stay updated!", PITCH, 1},
        {"Discover the latest research on soil, the ministry urged farmers at the fair.", PITCH, 0},
        {"Stay updated with the latest news from India and around the world on Example.", PITCH, 1},
        {"Subscribe to EXAMPLE PLUS to get access to The Example Daily & other 70+ titles.", PITCH, 1},
        {"Support EXAMPLE TIMES' journalism of integrity and credibility. Good journalism costs a lot of money.", PITCH, 1},
        {"Support for the bill came from journalists' unions and lawyers, the minister said.", PITCH, 0},
        {"Disclaimer: Comments reflect users' views, not Example's. Please keep discussions respectful.", COMMENT, 1},
        {"Comments reflect the views of their authors, not of Example.", COMMENT, 1},
        {"Comments reflect the views of the residents who spoke, not of the council, the clerk noted in the minutes.",
         COMMENT, 0},
        {"For all the latest India News, download Example Express App.", PITCH, 1},
        {"Get live Stock Prices from BSE and NSE and latest NAV, portfolio of Mutual Funds. Like us on Facebook.", PITCH, 1},
        {"Support quality journalism and subscribe to Example Standard.", PITCH, 1},
        {"Support Quality Journalism.", PITCH, 1},
        {"Support for journalism of this kind has dwindled across the region as ad revenue moved online.", PITCH, 0},
        {"Like many riders on Facebook, she said she would follow @LakesideFerry for delays.", SERVICE, 0},
        {"Support quality journalism was the slogan on the banners outside the newsroom when the staff walked out.",
         PITCH, 0},
        {"Stay updated with the latest guidance from your doctor before you travel with young children.", PITCH, 0},
        {"(At Example, we are answerable only to our audience. Play an active role in shaping our journalism by "
         "becoming a member.)", PITCH, 1},
        {"We welcome your comments at letters@example.in.", NOTICE, 1},
        {"For all the latest arrivals, the station keeps a board; passengers download nothing.", PITCH, 0},
        {"Read more on: Politics | Congress | Water", FURNITURE, 1},
        {"TEXT AD: Call Jane - +2348000000000", FURNITURE, 1},
        {"Check out below Health Tools-", TOOL, 1},
        {"Calculate The Age Through Age Calculator", TOOL, 1},
        {"Example Standard is now on Telegram. For insightful reports and views on business, markets, politics and "
         "other issues, subscribe to our Telegram channel", SERVICE, 1},
        {"The Example is now on WhatsApp. Follow our channel for sharp analysis.", SERVICE, 1},
        {"The ministry is now on WhatsApp too, officials said, and residents can follow its channel.", SERVICE, 0},
        {"The county's emergency service is now on WhatsApp, and residents who join its channel will get warnings.",
         SERVICE, 0},
        {"From Wednesday, Threads is now on the desktop web for all users, who can follow accounts, join "
         "conversations and post from a browser without the phone app.", SERVICE, 0},
        {"The Vatican's press office is now on WhatsApp too: its channel, opened in October, already has two million "
         "followers.", SERVICE, 0},
        {"Find latest and upcoming tech gadgets online on Example Gadgets. Get technology news, gadgets reviews.", PITCH, 1},
        {"Must Read", FURNITURE, 1},
        {"ALSO SEE | Water crisis deepens in eastern wards", FURNITURE, 1},
        {"READ MORE | Water crisis deepens in eastern wards", FURNITURE, 1},
        {"Pix: Supplied", FURNITURE, 1},
        {"Photo Gallery", FURNITURE, 1},
        {"Courtesy: Reuters", CREDIT, 1},
        {"Courtesy: the family of the late chief", CREDIT, 0},
        {"Get real-time updates from Example on WhatsApp", SERVICE, 1},
        {"For more news like this visit The Example Times.", NOTICE, 1},
        {"For more news, visit example.com", NOTICE, 1},
        {"For more local news, visit Example.com/news.", NOTICE, 1},
        {"For more local news coverage, the station will go to a 10 p.m. newscast in January.", NOTICE, 0},
        {"For more local news, visit the Courier's new website, which launched Monday with three reporters.", NOTICE,
         0},
        {"For more news on the vaccine, residents were told to visit clinics, the minister said.", NOTICE, 0},
        {"Must read for every parent: the new school rules", FURNITURE, 0},
    };
    char buf[400];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        int got = cases[i].kind == TOOL      ? pa_line_tool(&line)
                  : cases[i].kind == SERVICE ? pa_line_reader_service(&line)
                  : cases[i].kind == NOTICE  ? pa_line_site_notice(&line)
                  : cases[i].kind == PITCH   ? pa_line_pitch(&line)
                  : cases[i].kind == CREDIT  ? pa_line_wire_credit(&line)
                  : cases[i].kind == COMMENT ? pa_line_comment_notice(&line)
                                             : pa_line_furniture(&line);
        if ((got != 0) != cases[i].hit)
            fail_msg("kind %d: %d expected for: %s", cases[i].kind, cases[i].hit, cases[i].text);
    }
}

/* A video's or an episode's transcript switch ("Read the full
 * transcript" on a <summary>) is a story tool; a sentence pointing to a
 * transcript is not. */
static void transcript_switch_tool(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int tool;
    } cases[] = {
        {"Read the full transcript", 1},
        {"Show transcript", 1},
        {"Read the full transcript of the hearing on the court's website.", 0},
    };
    char buf[128];
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line_init(&line, buf, strlen(buf));
        if ((pa_line_tool(&line) != 0) != cases[i].tool)
            fail_msg("tool %d expected for: %s", cases[i].tool, cases[i].text);
    }
}

/* The line classifiers read an empty line without reading before it (the
 * merged wire-credit rule read t[len - 1] before it knew len > 0). */
static void empty_line_classifiers(void **state)
{
    (void)state;
    static char empty[1] = "";
    pa_line line;
    pa_line_init(&line, empty, 0);
    assert_int_equal(pa_line_wire_credit(&line), 0);
    assert_int_equal(pa_line_history_note(&line), 0);
    assert_int_equal(pa_line_site_notice(&line), 0);
    assert_int_equal(pa_line_standing_note(&line), 0);
    assert_int_equal(pa_line_source_notes_label(&line), 0);
    assert_int_equal(pa_line_editor_notes_label(&line), 0);
    assert_int_equal(pa_line_office_signoff(&line), 0);
    assert_int_equal(pa_line_pitch(&line), 0);
    assert_int_equal(pa_line_tool(&line), 0);
    assert_int_equal(pa_line_share(&line), 0);
    assert_int_equal(pa_line_update_time(&line), 0);
    assert_int_equal(pa_line_play_marker(&line), 0);
    assert_int_equal(pa_line_post_signature(&line), 0);
    assert_int_equal(pa_line_art_credit(&line), 0);
}

/* Every line classifier on short and cut-off lines (a label and nothing
 * after it, a lone mark, an unclosed bracket), each copied to a heap block
 * of its exact size so that a sanitizer build catches a read past its end;
 * none of them is a line of any kind but the few counted. */
/* pa_ends_sentence: a full stop, "!" or "?" ends a sentence with the
 * closing quotes and brackets after it (" ' ) ” ’ » ›); a line ending in
 * an ellipsis or a dash is cut off, even after a full stop, and an
 * opening quote closes nothing. */
static void sentence_endings(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int ends;
    } lines[] = {
        {"The council approved the plan.", 1},
        {"\xe2\x80\x9cWe will rebuild the bridge.\xe2\x80\x9d", 1},         /* “…” */
        {"She called it \xe2\x80\x98" "a good start.\xe2\x80\x99", 1},         /* ‘…’ */
        {"\xc2\xabNous allons le faire.\xc2\xbb", 1},                           /* «…» */
        {"He asked whether it was over?\xe2\x80\x9d)", 1},
        {"The council approved the plan and then\xe2\x80\xa6", 0},            /* … */
        {"The council approved the plan.\xe2\x80\xa6", 0},                     /* ".…" */
        {"The council approved the plan.\xe2\x80\x94", 0},                     /* ".—" */
        {"The council approved the plan.\xe2\x80\x9c", 0},                     /* ".“" */
        {"The council approved the plan", 0},
        {"Approved.", 0},
        {"\xe2\x80\x9d", 0},
        {"\xe2\x80", 0},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i].text);
        char *t = malloc(len + 1); /* exact size: a read past the end shows under ASan */
        assert_non_null(t);
        memcpy(t, lines[i].text, len + 1);
        if (pa_ends_sentence(t, len, 3) != lines[i].ends)
            fail_msg("pa_ends_sentence(\"%s\") should be %d", lines[i].text, lines[i].ends);
        free(t);
    }
}

/* pa_line_byline: a live blog post's "Posted by Jane Doe", a live blog's
 * "Reporting by Jane Doe" and a labelled "Author: Jane Doe" or "Written
 * by Jane Doe" are bylines;
 * a sentence that opens so, or a name of one word, is not. */
static void posted_by_bylines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int byline;
    } lines[] = {
        {"Posted by Jane Doe", 1},
        {"Posted by Mary-Jane O'Neil", 1},
        {"posted by Jane van Doe", 0},
        {"Posted by the club at 10:30 on Saturday", 0},
        {"Posted by Jane", 0},
        {"Posted by Jane Doe.", 0},
        {"Reporting by Jane Doe", 1},
        {"Author: Jane Doe", 1},
        {"Written by Jane Doe", 1},
        {"Words by Jane Doe", 1},
        {"Words by the poet echo in the hall", 0},
        {"Author: unknown", 0},
        {"Author: Example 5 News", 1}, /* a desk: the rules after the name test read it */
        {"Author: Example 11 Staff", 1},
        {"Reporting by the BBC's team in Kyiv", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i].text);
        char *t = malloc(len + 1);
        assert_non_null(t);
        memcpy(t, lines[i].text, len + 1);
        pa_line line;
        pa_line_init(&line, t, len);
        if (pa_line_byline(&line) != lines[i].byline)
            fail_msg("pa_line_byline(\"%s\") should be %d", lines[i].text, lines[i].byline);
        free(t);
    }
}

/* The heading "Summary" over the summary box that opens a live blog goes
 * (under a kicker, headline and standfirst too); the summary stays (also
 * in a box named "summary" under the <h1>: no deck), and so does a
 * "Summary" heading deep in a story. */
static void summary_label_heading(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>Storm live: red warning issued</h1><div class=\"box\"><h2>Summary"
                            "</h2><ul><li>Ferry crossings are suspended until further notice</li><li>About 20,000 "
                            "homes are without power</li></ul></div>" PARA("The story starts here.")
                            PARA("The story goes on.") "<h2>Summary</h2>" PARA("The story ends.")
                            "</main></body></html>", &d);
    assert_non_null(strstr(t, "Ferry crossings are suspended"));
    assert_non_null(strstr(t, "The story ends."));
    const char *first = strstr(t, "Summary");
    assert_non_null(first); /* the heading deep in the story */
    assert_true(first > strstr(t, "The story goes on."));
    pa_doc_free(&d);
    /* under a kicker, the headline and a standfirst (three kept lines, the
     * headline a heading): still above the story */
    t = text_of("<html><body><main><p>Coastal storm</p><h1>Storm live: thousands without power</h1><p>Crews work "
                "through the night as winds ease along the coast</p><h2>Summary</h2><ul><li>More than 40,000 homes "
                "lost power overnight</li><li>Two main roads remain closed</li></ul>" PARA("The story starts here.")
                PARA("The story goes on.") PARA("The story ends.") "</main></body></html>", &d);
    assert_non_null(strstr(t, "More than 40,000 homes"));
    assert_null(strstr(t, "Summary"));
    pa_doc_free(&d);
    /* the box named "summary" right under the <h1>, its points in paragraphs: no deck (headline_deck), the
     * points stay */
    t = text_of("<html><body><main><h1>Storm live: red warning issued</h1><div class=\"summary\"><h2>Summary</h2>"
                "<p>Ferry crossings are suspended until further notice.</p><p>About 20,000 homes are without "
                "power.</p></div>" PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                "</main></body></html>", &d);
    assert_non_null(strstr(t, "Ferry crossings are suspended"));
    assert_non_null(strstr(t, "About 20,000 homes"));
    assert_null(strstr(t, "Summary"));
    pa_doc_free(&d);
}

/* Old table-layout pages: the headline in capitals (or the <title> in title
 * case) still opens the text and goes; a print version's "URL: http://…"
 * footer with its rights and the edition's other stories, a strip of linked
 * headlines after the story and FrontPage's "This page was last modified
 * on …" stamp are furniture; a story's sentences on a page's address or
 * update stay. */
static void legacy_page_furniture(void **state)
{
    (void)state;
    char buf[1200];
    pa_line line;
    snprintf(buf, sizeof buf, "URL: http://www.example.com/news/story.asp?id=5521 \xc2\xa9 Copyright 2026, The "
             "Example Herald. All rights reserved. Other stories from this edition: Letters: readers weigh in on "
             "parking \xc2\xb7 Township sets brush pickup dates \xc2\xb7 Band boosters plan spaghetti dinner \xc2\xb7 "
             "Ice fishing derby draws record crowd \xc2\xb7 Budget hearing set for Thursday \xc2\xb7 Church supper "
             "raises $3,000 for food pantry \xc2\xb7 Court news \xc2\xb7 Calendar of events \xc2\xb7 Obituaries");
    pa_line_init(&line, buf, strlen(buf));
    assert_true(strlen(buf) > 400);
    assert_int_equal(pa_line_rights(&line), 1);
    snprintf(buf, sizeof buf, "The URL the agency gave, http://www.example.gov/lead, no longer works, residents said.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_rights(&line), 0);
    snprintf(buf, sizeof buf, "Back to News Releases | Home City Hall, 100 Main Street \xc2\xb7 Hours: Monday-Friday "
             "8:00 a.m. - 4:30 p.m. This page was last modified on January 27, 2026.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 1);
    snprintf(buf, sizeof buf, "The agency's web page on lead pipes was last updated in 2019, records show.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 0);
    snprintf(buf, sizeof buf, "If you have a consumer problem you would like us to look into, contact our "
             "investigative team.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 1);
    snprintf(buf, sizeof buf, "If you have a pothole you would like us to fix, call the city, the mayor said.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 0);
    snprintf(buf, sizeof buf, "If you have a concern you would like us to look into, contact the detectives' "
             "unit at 555-0100, police wrote in the release.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 0);
    snprintf(buf, sizeof buf, "Send us your photos and videos at example.com/upload.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 1);
    snprintf(buf, sizeof buf, "Share your weather photos with us.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 1);
    snprintf(buf, sizeof buf, "Submit your photos to the contest by Friday, when judging begins.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 0);
    snprintf(buf, sizeof buf, "Submit your photos to the county fair's contest at examplefair.com by Aug. 1.");
    pa_line_init(&line, buf, strlen(buf));
    assert_int_equal(pa_line_site_notice(&line), 0);
    pa_doc d;
    const char *t = text_of("<html><head><title>Example Herald - Dry June Leaves Corn Fields Curling</title></head>"
                            "<body><table><tr><td><center><b>DRY JUNE LEAVES CORN FIELDS CURLING</b></center>"
                            PARA("Corn leaves across the county were rolling into tubes.") PARA("The story goes on.")
                            PARA("The story ends.") "<table><tr><td><a href=\"/n/1\">Calendar of events</a> <a "
                            "href=\"/n/2\">Grange hall gets new roof</a> <a href=\"/n/3\">Landfill fees unchanged for "
                            "next year</a> <a href=\"/n/4\">Library extends weekend hours</a> <a href=\"/n/5\">Youth "
                            "wrestling results</a></td></tr></table></td></tr></table></body></html>", &d);
    assert_non_null(strstr(t, "Corn leaves across"));
    assert_null(strstr(t, "DRY JUNE"));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Grange hall"));
    pa_doc_free(&d);
    /* the deck repeating the description under a headline set in a <font> (a kept line, no heading) and over
     * the byline goes */
    t = text_of("<html><head><title>Example Courier - Mill Road bridge to close for six weeks</title><meta "
                "name=\"description\" content=\"Detour will send trucks through downtown Pellston\"></head><body>"
                "<table><tr><td><font size=\"5\"><b>Mill Road bridge to close for six weeks</b></font><br><font>"
                "<i>Detour will send trucks through downtown Pellston</i></font><br><br><font><b>By Jane Doe, Staff "
                "Writer</b></font><br><br>" PARA("The bridge over the creek will close on March 23.")
                PARA("The story goes on.") PARA("The story ends.") "</td></tr></table></body></html>", &d);
    assert_non_null(strstr(t, "The bridge over the creek"));
    assert_null(strstr(t, "Detour will send"));
    pa_doc_free(&d);
}

/* A live blog's post stamps ("9:41 AM Jane Doe", "3 min ago Updated 21:10
 * GMT"), its status note ("This live blog has now ended."), its pointer to
 * the coverage that goes on elsewhere, its call for the reader's pictures
 * and its labels ("Live Reporting", "Get in touch") are furniture; a
 * reporter's closing post, a sentence naming a time and a schedule's line
 * are not. */
static void live_blog_post_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int furniture;
    } lines[] = {
        {"9:41 AM Kelsey Moran", 1},
        {"11:58 PM ET Tom Reilly", 1},
        {"14:30 Chloe Banner", 1},
        {"9:41 AM", 1},
        {"Updated 9:41 AM Jane Doe", 0}, /* (a labelled stamp stays a stamp alone) */
        {"9:41 AM Jane Doe said the roads were clear.", 0},
        {"Posted at 14:32", 1},
        {"Published at 14:32 14 March", 1},
        {"Published at 14:32 14 March 2026", 1},
        {"Published at 14:32 14 Marches", 0},
        {"Posted at the gate", 0},
        {"3 min ago Updated 21:10 GMT", 1},
        {"25 min ago Updated 5:30 PM EST", 1},
        {"3 min ago Updated the figures", 0},
        {"This live blog has now ended. Thank you for following our coverage.", 1},
        {"This blog is now closed.", 1},
        {"Live coverage has ended. Go here for the latest.", 1},
        {"Go here for the latest updates on the storm.", 1},
        /* (a line reporting speech is the story's) */
        {"Go here for the latest on the storm, officials told residents in a text alert sent at 3 a.m.", 0},
        {"Live coverage has ended for the night, but crews will keep working until dawn, officials said.", 0},
        {"The live blog has finished for today.", 1},
        {"Our coverage continues here: Rail fares to rise by 4.6% in March", 1},
        {"That is where we will leave our live coverage for tonight.", 0},
        {"This blog has been following the storm since Tuesday morning and will continue overnight.", 0},
        {"Send us your pictures and stories: email news@example.com or WhatsApp 0770 000 0000.", 1},
        {"Send us your pictures, the council said, as it asked residents to record the damage.", 0},
        {"Send us your photos or video of the suspect vehicle at tips@examplepd.gov.", 0}, /* the police's call */
        {"Live Reporting", 1},
        {"All times stated are UK", 1},
        {"Get in touch", 1},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i].text);
        char *t = malloc(len + 1); /* exact size: a read past the end shows under ASan */
        assert_non_null(t);
        memcpy(t, lines[i].text, len + 1);
        pa_line line;
        pa_line_init(&line, t, len);
        int got = pa_line_update_time(&line) || pa_line_relative_date(&line) || pa_line_site_notice(&line) ||
                  pa_line_furniture(&line);
        if (got != lines[i].furniture)
            fail_msg("live blog line \"%s\" should be %d", lines[i].text, lines[i].furniture);
        free(t);
    }
}

/* pa_line_post_signature: a live blog post's "From Example's Jane Doe",
 * "Jane Doe, political reporter" and "Reporting from Newark" are its
 * signature; a sentence that opens so, a name with a role in capitals (a
 * writer's card) and a place in lower case are not. */
static void post_signature_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int signature;
    } lines[] = {
        {"From CWN\xe2\x80\x99s Grace Mendel", 1},
        {"From Example's Jane Doe and John Roe", 1},
        {"From Monday's meeting, the council said", 0},
        {"From Example's point of view", 0},
        {"Beth Cassidy, political reporter", 1},
        {"Aled Price, political correspondent", 1},
        {"Jane Doe, who was a reporter", 0},
        {"Jane Doe, a reporter.", 0},
        {"Reporting from Newark", 1},
        {"Reporting from Victoria, Texas", 1},
        {"Reporting from the scene was difficult.", 0},
        {"reporting from inside the court", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i].text);
        char *t = malloc(len + 1); /* exact size: a read past the end shows under ASan */
        assert_non_null(t);
        memcpy(t, lines[i].text, len + 1);
        pa_line line;
        pa_line_init(&line, t, len);
        if (pa_line_post_signature(&line) != lines[i].signature)
            fail_msg("pa_line_post_signature(\"%s\") should be %d", lines[i].text, lines[i].signature);
        free(t);
    }
}

/* pa_line_play_marker: a live commentary's "Lap 44", "Lap 44/58", "Set 3",
 * "Over 42.3", "68.2 overs", "Q4" alone; a sentence, a word and a longer
 * count are not. */
static void play_marker_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int marker;
    } lines[] = {
        {"Lap 44", 1}, {"Lap 44/58", 1}, {"Set 3", 1}, {"Over 42.3", 1}, {"68.2 overs", 1}, {"55 overs", 1},
        {"Q4", 1}, {"Lap of honour", 0}, {"Set 3 went long.", 0}, {"Q5", 0}, {"2026 overs", 0}, {"Overs", 0},
        {"Set", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i].text);
        char *t = malloc(len + 1); /* exact size: a read past the end shows under ASan */
        assert_non_null(t);
        memcpy(t, lines[i].text, len + 1);
        pa_line line;
        pa_line_init(&line, t, len);
        if (pa_line_play_marker(&line) != lines[i].marker)
            fail_msg("pa_line_play_marker(\"%s\") should be %d", lines[i].text, lines[i].marker);
        free(t);
    }
}

/* A tennis commentary's markers: "Final" over the last post's title goes
 * like the "Set 3" markers under it; a story's "Final" over its text (no
 * feed of markers around it) stays. */
static void play_state_markers(void **state)
{
    (void)state;
    pa_doc d;
    const char *feed = "<html><body><article><h1>Coastal Open final live</h1><ol class=\"commentary\">"
                       "<li><span>Final</span><h3>Ortega wins the title</h3>" PARA("Ortega serves it out.") "</li>"
                       "<li><span>Set 3</span><h3>Break for Ortega</h3>" PARA("A forehand winner breaks.") "</li>"
                       "<li><span>Set 2</span><h3>Kral levels</h3>" PARA("Kral takes the second set.") "</li>"
                       "</ol></article></body></html>";
    const char *t = text_of(feed, &d);
    assert_non_null(strstr(t, "Ortega serves it out."));
    assert_null(strstr(t, "Final\n"));
    pa_doc_free(&d);
    const char *story = "<html><body><article><h1>Cup draw made</h1>" PARA("The draw was made on Monday.")
                        "<p>Final</p><h3>The last match</h3>" PARA("The final is on May 3.") "</article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "Final\n"));
    pa_doc_free(&d);
}

/* A long read's parts: the numeral in words over each part's title ("Part
 * One" over "The Canyon", three times) is the story's, no writer's name
 * signing a post. */
static void part_numerals_over_titles(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Down the river</h1>" PARA("The trip began at the ramp.")
        "<div class=\"chapter-head\"><span>Part One</span><h2>The Canyon</h2></div>" PARA("The canyon walls rose.")
        "<div class=\"chapter-head\"><span>Part Two</span><h2>The Open Country</h2></div>" PARA("The land opened.")
        "<div class=\"chapter-head\"><span>Part Three</span><h2>The Take-Out</h2></div>" PARA("The trip ended.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Part One"));
    assert_non_null(strstr(t, "Part Three"));
    assert_non_null(strstr(t, "The Take-Out"));
    pa_doc_free(&d);
}

/* The writer's name alone under each post of a live blog, over the next
 * post's title (three times at least), goes, and so does the same name
 * under the last post; a story's subheadings that read as names, with
 * the story's text under them, stay. */
static void live_post_signature_names(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>Markets live: stocks slide</h1><div class=\"feed\">"
                            "<div class=\"post\"><p class=\"t\">16:35</p><h3>FTSE closes down</h3>"
                            PARA("The index has closed down 63 points, with housebuilders the biggest fallers "
                                 "of the afternoon session.") "<p>Emma Rook</p></div>"
                            "<div class=\"post\"><p class=\"t\">15:10</p><h3>Wall Street opens lower</h3>"
                            PARA("US stocks opened lower as the ten-year yield climbed to its highest level "
                                 "since the spring.") "<p>Emma Rook</p></div>"
                            "<div class=\"post\"><p class=\"t\">12:20</p><h3>Oil edges higher</h3>"
                            PARA("Brent crude rose 0.4% after an industry report showed a large fall in "
                                 "inventories last week.") "<p>Dev Sahni</p></div>"
                            "<div class=\"post\"><p class=\"t\">09:55</p><h3>Housebuilders hit</h3>"
                            PARA("Shares in the two largest builders fell more than three per cent after gilt "
                                 "yields rose again.") "<p>Dev Sahni</p></div></div></main></body></html>",
                            &d);
    assert_non_null(strstr(t, "Housebuilders hit"));
    assert_null(strstr(t, "Emma Rook"));
    assert_null(strstr(t, "Dev Sahni"));
    pa_doc_free(&d);
    /* two names over the next title, the same name under an untitled post and the last one */
    t = text_of("<html><body><main><h1>First Test, day two: live</h1><ol class=\"feed\">"
                "<li class=\"c\"><p>Stumps</p><h3>Ashdown lead by 66</h3>" PARA("Ashdown will resume on twelve "
                "without loss tomorrow, with two sessions of good weather forecast.") "<p>Rhona Kidd</p></li>"
                "<li class=\"c\"><p>68.2 overs</p><h3>Carlow all out</h3>" PARA("Mwale bowls the last man with "
                "a full ball that keeps low, and takes five wickets for the innings.") "<p>Rhona Kidd</p></li>"
                "<li class=\"c\"><p>55 overs</p>" PARA("Carlow are six down. Hussain has reached his fifty with "
                "a pulled four and looks comfortable against the short ball.") "<p>Rhona Kidd</p></li>"
                "<li class=\"c\"><p>Tea</p><h3>Tea: Carlow 170-4</h3>" PARA("A good session for Ashdown, who "
                "took three wickets for 58 runs as the ball started to reverse.") "<p>Rhona Kidd</p></li>"
                "</ol></main></body></html>", &d);
    assert_non_null(strstr(t, "Carlow all out"));
    assert_null(strstr(t, "Rhona Kidd"));
    pa_doc_free(&d);
    t = text_of("<html><body><main><h1>Three bands to see this weekend</h1>" PARA("The city's venues have a busy "
                "weekend ahead, with three very different acts in town.") "<p><b>Okafor Quartet</b></p>"
                PARA("The jazz group plays the Corn Exchange on Friday night with a new set of standards.")
                "<p><b>Velvet Static</b></p>" PARA("The shoegaze band returns to the Lantern on Saturday after a "
                "long break from touring.") "<p><b>Silent Horror</b></p>" PARA("The duo closes the weekend at "
                "the Old Mill with a screening and a live score.") "</main></body></html>", &d);
    assert_non_null(strstr(t, "Okafor Quartet"));
    assert_non_null(strstr(t, "Silent Horror"));
    pa_doc_free(&d);
}

/* The site's name alone under each post of a live blog (the desk under
 * the writer's name), three times, goes; once above the story's text it
 * goes as before, and a heading that names the site stays. */
static void live_post_desk_lines(void **state)
{
    (void)state;
    pa_doc d;
    char page[8192];
    int n = snprintf(page, sizeof page, "%s",
                     "<html><head><meta property=\"og:site_name\" content=\"Northcast News\"></head><body><main>"
                     "<h1>Live: flood warnings</h1><ol class=\"feed\">");
    static const char *const titles[] = {"Army on standby", "Schools closed", "River peak expected", "Rail line shut",
                                         "Rest centres open"};
    for (size_t i = 0; i < sizeof titles / sizeof titles[0] && n > 0 && (size_t)n < sizeof page; i++)
        n += snprintf(page + n, sizeof page - (size_t)n,
                      "<li class=\"p\"><h3>%s</h3><p>Northcast News</p><p>The council said on Tuesday that update "
                      "%zu was the latest news it had for residents of the valley this afternoon.</p><p>Officials "
                      "asked people to keep away from the river banks and to check on their neighbours.</p></li>",
                      titles[i], i + 1);
    assert_true(n > 0 && (size_t)n < sizeof page);
    n += snprintf(page + n, sizeof page - (size_t)n, "%s", "</ol></main></body></html>");
    assert_true(n > 0 && (size_t)n < sizeof page);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Rest centres open"));
    assert_null(strstr(t, "Northcast News"));
    pa_doc_free(&d);
}

/* Beside a live blog's feed of posts, the short boxes without article text
 * (the note that the blog has ended, a "See more updates" link, the pointer
 * to where the coverage goes on) do not keep the widening from the summary
 * box above the feed: its points are the blog's text. */
static void live_feed_summary_box(void **state)
{
    (void)state;
    pa_doc d;
    char page[8192];
    int n = snprintf(page, sizeof page, "%s",
                     "<html><body><main><header><h1>Live: ferry runs aground off the point</h1></header>"
                     "<section class=\"lb-header\"><p>Here's what to know:</p><ul><li>All 212 passengers and 34 "
                     "crew have been taken off the ferry after it ran aground off the point.</li><li>Six people "
                     "were taken to hospital with minor injuries, the coastguard said.</li><li>The ferry company "
                     "has cancelled all sailings on the route until at least Wednesday.</li></ul></section>"
                     "<div class=\"ended\"><p>This live blog has now ended.</p></div><div class=\"feed\">");
    static const char *const posts[] = {
        "The marine accident investigation branch has sent a team to the island to find out why the vessel "
        "left the channel.",
        "Passenger Callum Orr was on the upper deck when the ship struck the rocks and said the crew had kept "
        "everybody calm.",
        "The ferry company has cancelled all sailings between the two ports until at least Wednesday and "
        "offered refunds.",
        "The coastguard says the last passengers were brought ashore by lifeboat shortly before half past nine "
        "this morning.",
    };
    for (size_t i = 0; i < sizeof posts / sizeof posts[0] && n > 0 && (size_t)n < sizeof page; i++)
        n += snprintf(page + n, sizeof page - (size_t)n,
                      "<div class=\"post\"><p class=\"time\">%zu:05</p><h2>Update %zu on the ferry</h2><p>%s</p>"
                      "</div>", 10 - i, i + 1, posts[i]);
    assert_true(n > 0 && (size_t)n < sizeof page);
    n += snprintf(page + n, sizeof page - (size_t)n, "%s",
                  "</div><div class=\"more\"><a href=\"/older\">See more updates</a></div><div class=\"cont\">"
                  "<p>Our coverage continues <a href=\"/next\">on the next page</a></p></div></main></body></html>");
    assert_true(n > 0 && (size_t)n < sizeof page);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "All 212 passengers"));
    assert_non_null(strstr(t, "Here's what to know:"));
    assert_true(strstr(t, "All 212 passengers") < strstr(t, "Update 1 on the ferry"));
    assert_non_null(strstr(t, "half past nine"));
    assert_null(strstr(t, "has now ended"));
    pa_doc_free(&d);
}

/* A science-news page's release fields over its story (<dl>: "Date:",
 * "Source:", "Summary:") and its "FULL STORY" label go; an event's box of
 * other terms ("When:", "Where:") in a story stays, and so does a <dl> of
 * those terms under two paragraphs of the story. */
static void page_field_lists(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>Fungicide makes bees forage less</h1><dl class=\"dl-horizontal\">"
                            "<dt>Date:</dt><dd>March 9, 2021</dd><dt>Source:</dt><dd>University of Northbridge</dd>"
                            "<dt>Summary:</dt><dd>Honey bees exposed to a widely used fungicide made fewer foraging "
                            "trips, according to a new field study.</dd></dl><h2>FULL STORY</h2>"
                            PARA("The story starts here.") PARA("The story goes on.")
                            "<dl><dt>When:</dt><dd>Saturday, 10 a.m.</dd><dt>Where:</dt><dd>Town hall</dd></dl>"
                            "<dl><dt>Date:</dt><dd>June 3, 2021</dd><dt>Source:</dt><dd>The recall notice of the "
                            "Food and Drug Administration</dd></dl>"
                            PARA("The story ends.") "</main></body></html>", &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "recall notice")); /* the page's fields are above the story, not in it */
    assert_null(strstr(t, "University of Northbridge"));
    assert_null(strstr(t, "fewer foraging trips"));
    assert_null(strstr(t, "Summary:"));
    assert_null(strstr(t, "FULL STORY"));
    assert_non_null(strstr(t, "Town hall"));
    pa_doc_free(&d);
}

/* A page without an <h1> whose text opens with an <h2> of four words or
 * more (under a kicker line) that the <title> words otherwise: that heading
 * is its headline and goes with the kicker; a short section heading
 * opening the text ("Background") stays, and so does the first of the
 * story's subheadings (more follow it) that holds few of the title's
 * words. */
static void h2_headline_without_h1(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><title>Rare Arctic owl spotted near Millbrook - Millbrook Journal</title>"
                            "</head><body><main><div class=\"entry-content\"><div class=\"eyebrow\">Outdoors</div>"
                            "<h2><strong>Snowy owl draws crowds at Millbrook reservoir</strong></h2>"
                            PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                            "</div></main></body></html>", &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "Snowy owl draws crowds"));
    assert_null(strstr(t, "Outdoors"));
    pa_doc_free(&d);
    t = text_of("<html><head><title>Council budget</title></head><body><main><h2>Background</h2>"
                PARA("The story starts here.") PARA("The story goes on.") "</main></body></html>", &d);
    assert_non_null(strstr(t, "Background"));
    pa_doc_free(&d);
    /* the first of the story's subheadings, more after it, words of its own (review) */
    t = text_of("<html><head><title>Council approves budget | Example</title></head><body><div class=\"headline\">"
                "Council approves budget</div><article><h2>What we know about the city budget vote</h2>"
                PARA("The story starts here.") PARA("The story goes on.") "<h2>What happens next in the process</h2>"
                PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "What we know about the city budget vote"));
    pa_doc_free(&d);
}

/* A card between the story's paragraphs (another story's headline, a line
 * of summary and [Read more]) goes; a roundup's run of like boxes, each
 * a heading, its text and "Read more", stays. */
static void read_more_cards(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Planning board backs solar farm</h1>" PARA("The story starts here.")
                            "<div class=\"inline-teaser\"><h3>County budget shortfall grows to $3 million</h3><p>Officials "
                            "say sales tax collections fell short.</p><a href=\"/budget\">Read more</a></div>"
                            PARA("The story goes on.") PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "The story goes on."));
    assert_null(strstr(t, "budget shortfall"));
    assert_null(strstr(t, "fell short"));
    pa_doc_free(&d);
    /* the call with its arrow or ellipsis: "Read more&nbsp;»", "Continue reading…" */
    static const char *const calls[] = {"Read more&nbsp;&raquo;", "Continue reading\xe2\x80\xa6", "Full story \xe2\x80\xba"};
    for (size_t k = 0; k < sizeof calls / sizeof calls[0]; k++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Planning board backs solar farm</h1>" PARA("The story starts here.")
                 "<div class=\"inline-teaser\"><h3>County budget shortfall grows to $3 million</h3><p>Officials say "
                 "sales tax collections fell short.</p><a href=\"/budget\">%s</a></div>" PARA("The story goes on.")
                 PARA("The story ends.") "</article></body></html>", calls[k]);
        t = text_of(page, &d);
        assert_non_null(strstr(t, "The story goes on."));
        if (strstr(t, "budget shortfall"))
            fail_msg("the card over \"%s\" stayed", calls[k]);
        pa_doc_free(&d);
    }
    t = text_of("<html><body><article><h1>Ten sewing machines for beginners</h1>" PARA("The story starts here.")
                "<div class=\"item\"><h3>Brother GX37</h3><p>A light machine that threads easily.</p><a href=\"/a\">"
                "Read more</a></div><div class=\"item\"><h3>Janome 2212</h3><p>A sturdy machine for thick cloth.</p>"
                "<a href=\"/b\">Read more</a></div>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "threads easily"));
    assert_non_null(strstr(t, "Janome 2212"));
    pa_doc_free(&d);
}

/* A live blog's post titles in each post's <header> (with the post's
 * time) head the posts' text; the times go. */
static void live_post_titles(void **state)
{
    (void)state;
    pa_doc d;
#define LIVE_POST(h, x)                                                                                    \
    "<li class=\"post-item\"><article class=\"post\"><header class=\"post__header\"><span>Posted at 17:02</span>" \
    "<h3 class=\"post__title\">" h "</h3></header><div class=\"post__body\">" PARA(x) "</div></article></li>"
    const char *t = text_of("<html><body><main><h1>Snow live: A9 closed</h1><ol class=\"feed\">"
                            LIVE_POST("Drivers urged to avoid A9", "The first post.")
                            LIVE_POST("Schools to close early", "The second post.")
                            LIVE_POST("Amber warning extended", "The third post.") "</ol></main></body></html>", &d);
#undef LIVE_POST
    const char *title = strstr(t, "Schools to close early"), *post = strstr(t, "The second post.");
    assert_non_null(title);
    assert_non_null(post);
    assert_true(title < post);
    assert_non_null(strstr(t, "Drivers urged to avoid A9"));
    assert_null(strstr(t, "Posted at"));
    pa_doc_free(&d);
}

/* A live blog whose posts (a time, a title, a short line or two) are too
 * short to count as article text one by one: the feed of titled posts is
 * the blog's text, and so is its intro paragraph above it, past the
 * headline and the list of jumps to the posts. */
static void live_feed_intro(void **state)
{
    (void)state;
    pa_doc d;
#define LIVE_ENTRY(n, h, x)                                                                                  \
    "<div class=\"entry\" id=\"e" n "\"><div class=\"entry-time\">8:10 a.m.</div><h2>" h "</h2><p>" x "</p>" \
    "<p>Officials said more would follow.</p></div>"
    const char *t = text_of(
        "<html><body><main><div class=\"wrap\"><h1>Live updates: Cedar River flooding</h1><div class=\"upd\">Updated "
        "8:55 a.m.</div><div class=\"toc\"><strong>Jump to:</strong><ul><li><a href=\"#e0\">Shelter opens</a></li>"
        "<li><a href=\"#e1\">River to crest</a></li><li><a href=\"#e2\">Roads closed</a></li></ul></div><p>Flooding "
        "along the Cedar River has forced hundreds of people from their homes. Follow our live updates below.</p>"
        "<div class=\"entries\">"
        LIVE_ENTRY("0", "Shelter opens", "The Red Cross opened a shelter at the high school for families.")
        LIVE_ENTRY("1", "River to crest", "The river is expected to crest on Friday at 22 feet, forecasters said.")
        LIVE_ENTRY("2", "Roads closed", "Highway 30 is closed east of town, and streets near the river flooded.")
        "</div></div></main></body></html>", &d);
#undef LIVE_ENTRY
    assert_non_null(strstr(t, "Flooding along the Cedar River"));
    assert_non_null(strstr(t, "Highway 30 is closed"));
    assert_non_null(strstr(t, "The Red Cross opened"));
    pa_doc_free(&d);
}

static void line_classifiers_edge_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "", " ", ".", "|", ":", "?", "[", "[1]", "[1] ", "Links:", "Links: [", "by", "by ", "by:", "by: ", "By: X",
        "BY", "ByJ", "Source:", "Source: ", "Source : ", "SOURCE: a", "Page", "Pages", "Pages:", "page 1", "pager",
        "posted on ", "posted by x", "Posted on 12:30", "Updated", "Updated:", "updated at 1", "10:4", "9:", "2h",
        "2h ago", "ago", "1 hr ago By", "5 min ago by Jane Doe", "a | b", "With inputs from", "\xe2\x80\x94",
        "\xe2\x80", "\xc2", "Download the ", "read the latest ", "Have a ?", "Have a score? Email",
        "Support ", "support journalism", "Readers like you ", "Follow ", "Distributed by ", "This article was updated",
        "Journal information: ", "Advertisement ", "Advertisement 2", "UP NEXT", "Tags:", "\"", "\xe2\x80\x9d",
        "+", "+1234", "3 /", "3 / ", "1 / 4 ", "Originally Published", "originally published -- ",
        /* the edges of the wire, magazine, broadcast and lifestyle rules (review) */
        "Heard on ", "As heard on", "Watch ", "Watch A", "$", "$5", "$5 at", "\xc2\xa3", ("\xe2\x82\xac" "1 from "), "{0",
        "{", "{1}", "Powered by ", "4 from ", "4 from 2", "Visit x at www.", "Audio produced by ", "Read by ", "0:",
        "Source: /", "Source: ,", "Source: AP/", "[Editor: ", "(graphic", "dpa:", "a/b", "-/", "ach/", "Continued on page ",
        "Next page", "next page\xc2", "Editor: ", "Editors:", "Editors: | Jane Doe", "Editor: J", "Lead photo",
        "\xe2\x80\x94 With files from ", "Risk Disclosure:", ">>", ">> A", "By \xe2\x80\x94 ", "By - ", "Author: ",
        "Authors: ", "Author: 5", "Posted by ", "Reporting by ", "3 of 25 ", "3 / 25 Getty", "Additional reporting by ",
        "Support ", "Support x's", "Pick up the", "To hear more ", "Scroll down for ", "(Updates ", "KOMO News Staff",
        " News Staff",
        "Author:", "Written by ", "Posted by J", "Written by J. ",
        "Summary", "Pinned", "Key events", "FULL STORY", "Read more \xc2",
        "Source: Inc.", "Source: inc", "Source: ,inc", "Visit ",
        "Click for more ",
    };
    int hits = 0;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i]);
        char *t = malloc(len + 1);
        assert_non_null(t);
        memcpy(t, lines[i], len + 1);
        pa_line line;
        pa_line_init(&line, t, len);
        hits += pa_line_comment_heading(&line);
        hits += pa_line_comment_notice(&line);
        hits += pa_line_furniture(&line);
        hits += pa_line_rights(&line);
        hits += pa_line_share(&line);
        hits += pa_line_tool(&line);
        hits += pa_line_credit(&line);
        hits += pa_line_contact(&line);
        hits += pa_line_contact_label(&line);
        hits += pa_line_contact_detail(&line);
        hits += pa_line_pitch(&line);
        hits += pa_line_reader_service(&line);
        hits += pa_line_reprint_notice(&line);
        hits += pa_line_post_meta(&line);
        hits += pa_line_byline(&line);
        hits += pa_line_address(&line);
        hits += pa_line_breadcrumb(&line);
        hits += pa_line_label(&line);
        hits += pa_line_script_leak(&line);
        hits += pa_line_vote_count(&line);
        hits += pa_line_field_meta(&line);
        hits += pa_line_dateline_alone(&line);
        hits += pa_line_empty_field(&line);
        hits += pa_line_site_disclaimer(&line);
        hits += pa_line_site_notice(&line);
        hits += pa_line_source_notes_label(&line);
        hits += pa_line_editor_notes_label(&line);
        hits += pa_line_office_signoff(&line);
        hits += pa_line_standing_note(&line);
        hits += pa_line_cookie_notice(&line);
        hits += pa_line_release_furniture(&line);
        hits += pa_line_age_notice(&line);
        hits += pa_line_like_widget(&line);
        hits += pa_line_gallery_counter(&line);
        hits += pa_line_bare_domain(&line);
        hits += pa_line_pager(&line);
        hits += pa_line_link_footnotes(&line);
        hits += pa_line_art_credit(&line);
        hits += pa_line_wire_credit(&line);
        hits += pa_line_desk_credit(&line);
        hits += pa_line_initials_signoff(&line);
        hits += pa_line_history_note(&line);
        hits += pa_line_relative_date(&line);
        hits += pa_line_update_time(&line);
        hits += pa_line_play_marker(&line) + pa_line_post_signature(&line);
        hits += pa_line_closed_captions(&line);
        hits += pa_line_quote_data(&line, 0);
        hits += pa_line_citation(&line) + pa_line_science_notes_label(&line) + pa_line_release_about(&line);
        hits += pa_line_science_note(&line) + pa_line_affiliation_byline(&line);
        hits += pa_line_byline_date(&line, "en", 0);
        hits += pa_line_block_label(&line, 0) + pa_line_block_label(&line, 1);
        hits += (int)pa_line_writer_note(t, len);
        free(t);
    }
    assert_true(hits >= 0);
}

/* A consent banner's notice about cookies, kept in the text when its box
 * says nothing (no role, a tool's id), goes; a story's sentence about
 * cookies stays. */
static void cookie_notices(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div id=\"CmpDialogBodyText\"><p>We and our partners use cookies and similar "
                       "technologies to personalise content and ads. By clicking \"Accept all\" you agree to the "
                       "storing of cookies on your device.</p></div><article>" PARA("The story starts here.")
                       "<p>The bakery uses cookies from a family recipe, and regulars say they agree it is the best "
                       "in town.</p><p>This website uses cookies to improve your experience. By continuing to use "
                       "the site you consent to our cookie policy.</p>" PARA("The story ends.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "family recipe"));
    assert_null(strstr(t, "our partners"));
    assert_null(strstr(t, "improve your experience"));
    pa_doc_free(&d);
}

/* A magazine's story in two parts of one class around an ad slot, the
 * second ending with a list of more stories under its label: the list is
 * dropped from the output and does not keep the second part out; a
 * <time> and the hour in the span after it are words apart (the date
 * line is dropped); a name-and-date line under a standfirst is the
 * byline; the site's mission under its possessive name ("Example's
 * mission is …") is the site's note about itself. */
static void magazine_story_parts(void **state)
{
    (void)state;
    pa_doc d;
    const char *part1 = "<div class=\"body body__container\"><div class=\"body-component\">" PARA("First one.")
        PARA("Second one.") PARA("Third one.") "</div></div>";
    const char *part2 = "<div class=\"body body__container\"><div class=\"body-component\">" PARA("Fourth one.")
        PARA("Fifth one.") PARA("Sixth one.") "<h3>More Great Stories</h3><ul>"
        "<li><a href=\"/1\">Why recycled aluminium is the next big bet, and who pays for it</a></li>"
        "<li><a href=\"/2\">The town that lives on one smelter and fears the day it closes</a></li>"
        "<li><a href=\"/3\">Inside the race to build lighter car bodies from recycled metal</a></li>"
        "<li><a href=\"/4\">How a river became a power station for a whole industry</a></li>"
        "<li><a href=\"/5\">The quiet boom in aluminium foil exports to Southeast Asia</a></li></ul></div></div>";
    char page[8192];
    snprintf(page, sizeof page,
             "<html><body><article><h1>Title of the story here</h1><div class=\"chunks\">%s"
             "<div class=\"ad__slot\"><span>ADVERTISEMENT</span></div>%s</div></article></body></html>",
             part1, part2);
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third one."));
    assert_non_null(strstr(t, "Sixth one."));
    assert_null(strstr(t, "More Great Stories"));
    assert_null(strstr(t, "recycled aluminium"));
    pa_doc_free(&d);
    const char *head = "<html><body><article><div class=\"hero\"><h1>Title of the story here</h1>"
                       "<p class=\"dek\">The standfirst of the story</p>"
                       "<div class=\"byline\"><span>Jane Doe</span> <span>Aug 28, 2019, 10:00am EDT</span></div>"
                       "<div class=\"when\"><time datetime=\"2019-08-28\">Published Wed, Aug 28 2019</time>"
                       "<span>7:02 AM EDT</span></div></div>"
                       "<div class=\"body\">" PARA("First one.") PARA("Second one.") PARA("Third one.")
                       "</div></article></body></html>";
    t = text_of(head, &d);
    assert_non_null(strstr(t, "Third one."));
    assert_null(strstr(t, "Jane Doe"));
    assert_null(strstr(t, "2019"));
    pa_doc_free(&d);
    /* the site's mission stated with its possessive name under the story */
    const char *mission = "<html><head><meta property=\"og:site_name\" content=\"Example Beat\"></head><body>"
                          "<article>" PARA("First one.") PARA("Second one.") PARA("Third one.")
                          "<p>Example Beat's mission is to be a digital town square for technical decision-makers."
                          " Learn more about membership.</p></article></body></html>";
    t = text_of(mission, &d);
    assert_non_null(strstr(t, "Third one."));
    assert_null(strstr(t, "town square"));
    pa_doc_free(&d);
}

/* The furniture of tech and business sites around a story: an affiliate
 * disclosure in the site's words ("… may earn a commission"), the offer of
 * exclusive insights to subscribers, the story's place in print, the
 * credit of the listing image, the writer's contact line, the calls for
 * tips and sources, the membership call, the podcast's call, the
 * subscription wall's lines, the site's event promoted and the wire's
 * version note and helpers; a
 * story's sentences about commissions, print editions, podcasts and
 * contact stay. */
static void tech_site_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<p>If you buy something from an Example link, Example Media may earn a commission.</p>"
        "<p>When you buy something using the retail links in our stories, we may earn a small affiliate "
        "commission.</p>"
        "<p>Subscribe to Example PRO for exclusive insights and analysis.</p>"
        "<p>If you click on links we provide, we may receive compensation.</p>"
        "<p>Example may get a commission from retail offers.</p>"
        "<p>The club is for members only, and the story of its founding is told by members only.</p>"
        "<p>Join the thousands who marched to the conference center, the organizers urged, to register anger.</p>"
        "<p>With assistance from the state, the plant reopened (and updates its staff weekly).</p>"
        "<p>Workers who were injured may receive compensation from the state fund if they buy insurance.</p>"
        "<p>The broker may earn a commission of 2 percent on the deal, the filing shows.</p>"
        "<p>Real estate agents earn a commission of about 5 percent when a buyer purchases a home.</p>"
        "<p>The magazine said its print edition would appear monthly from June.</p>"
        "<p>Listen to the full interview, which the station aired on Monday, below.</p>"
        "<p>Investigators asked residents to contact the police at the station on Main Street.</p>"
        PARA("The story ends.")
        "<p>This article appears in the June 2021 print edition with the headline \xe2\x80\x9c" "Over.\xe2\x80\x9d</p>"
        "<p>Listing image by Jane Doe / Getty</p>"
        "<p>Contact Jane Doe at jane.doe@example.com.</p>"
        "<p>Got a confidential tip? Submit it here.</p>"
        "<p>Example News has reporters across five continents. To help keep this news free, become a member.</p>"
        "<p>Do you know anything else about this? We\xe2\x80\x99" "d love to hear from you. You can contact Jane Doe "
        "securely on Signal at +1 555 555 5555.</p>"
        "<p>Listen to Cyber, our new weekly podcast about hacking.</p>"
        "<p>Subscribe to our cybersecurity podcast, Cyber.</p>"
        "<p>Join gaming leaders online at Example Summit this November 9-10. Learn more about what comes next.</p>"
        "<p>\xe2\x80\x94 With assistance by Jane Roe and John Doe</p>"
        "<p>(Updates with analyst comment in fourth paragraph.)</p>"
        "<p>This story is available exclusively to Example subscribers. Become a member and start reading now.</p>"
        "<p>Login to read the full story</p><p>This article is for members only.</p><p>Already a member? Sign in</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "commission of 2 percent"));
    assert_non_null(strstr(t, "Real estate agents"));
    assert_non_null(strstr(t, "Workers who were injured"));
    assert_non_null(strstr(t, "The club is for members only"));
    assert_non_null(strstr(t, "With assistance from the state"));
    assert_non_null(strstr(t, "Join the thousands"));
    assert_non_null(strstr(t, "its print edition"));
    assert_non_null(strstr(t, "full interview"));
    assert_non_null(strstr(t, "contact the police"));
    static const char *const gone[] = {"Example Media may earn", "affiliate commission", "exclusive insights",
                                       "appears in the June",    "links we provide",     "retail offers",
                                       "Listing image",          "Contact Jane",         "Submit it",
                                       "become a member",        "Signal",               "exclusively to",
                                       "full story",             "article is for members", "Already a",
                                       "weekly podcast",         "cybersecurity podcast", "Jane Roe and John",
                                       "Updates with",           "gaming leaders"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A strip of market quotes beside the story's container (short list
 * items, two or more) is no lead of the story: the widening takes no
 * level for it; a summary list of sentences there still counts. */
static void quote_strip_before_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *strip = "<html><body><div id=\"app\"><div id=\"quote-ticker\"><ul><li>S&amp;P 500 3,881.37 -0.77%</li>"
                        "<li>Dow 30 31,537.35 +0.05%</li><li>Nasdaq 13,465.20 -2.46%</li></ul></div><div id=\"content\">"
                        "<article><div class=\"body\">" PARA("The story starts here.") PARA("The story goes on.")
                        PARA("The story ends.") "</div></article></div></div></body></html>";
    const char *t = text_of(strip, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "Nasdaq"));
    pa_doc_free(&d);
    const char *summary = "<html><body><div id=\"app\"><div id=\"summary\"><ul><li>The largest cryptocurrency slides "
                          "for a third day from its record</li><li>The treasury secretary calls the token extremely "
                          "inefficient</li></ul></div><div id=\"content\"><article><div class=\"body\">"
                          PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                          "</div></article></div></div></body></html>";
    t = text_of(summary, &d);
    assert_non_null(strstr(t, "third day from its record"));
    pa_doc_free(&d);
}

/* The furniture of a wire story as the agencies and their partners run
 * it: the version note, the agency's name alone or as the source, the
 * files-from sign-off, the desk's initials, editor tag, end marks and
 * story number, the graphic pointers, the correction note, the partner's
 * pointers back to the wire's site, its subscription call, a trading
 * site's risk notes, an unfilled template line and a "Most Read from …"
 * label over its links;
 * the story's own sentences about sources, corrections, subscriptions and
 * risks stay. */
static void wire_story_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><p>Most Read from Example Wire</p><ul><li><p><a href=\"/a\">Stocks slide as yields "
        "rise</a></p></li><li><p><a href=\"/b\">Oil jumps on supply worries</a></p></li></ul>"
        "<p><em>(Updates prices throughout, adds analyst comment in fourth paragraph.)</em></p>"
        PARA("The story starts here.")
        "<p>The Canadian Press</p>"
        "<p>Source: the company said the figures would be revised next week, and analysts agreed.</p>"
        "<p>This story has been corrected before, the editor said in a note to staff on Monday.</p>"
        "<p>An earlier version of this bill failed last year, and a previous version of this story's plot was "
        "rejected by the studio.</p>"
        "<p>An earlier version of this report, released in 2022, found that only a third of the districts met the "
        "standard.</p>"
        "<p>An earlier version of the plan was wrong about the cost, the mayor said.</p>"
        "<p>Subscribers now get the paper on Sundays, and the publisher said subscriptions rose.</p>"
        "<p>Investors risk losing money when rates rise, the fund manager said in a note to clients.</p>"
        "<p>Source: Reuters, citing people familiar with the talks, reported the deal first.</p>"
        "<p>For a graphic designer, the new rules mean more paperwork, the association said.</p>"
        "<p>This is a developing story. Check back for updates.</p>"
        "<p>Show full articles without \"Continue Reading\" button for {0} hours.</p>"
        "<p>Risk Disclosure: Trading in financial instruments involves high risks including the risk of losing "
        "some, or all, of your investment amount.</p>"
        PARA("The story ends.")
        "<p>\xe2\x80\x94 With files from The Associated Press</p>"
        "<p>Additional reporting by Jane Doe in Paris</p>"
        "<p>Additional reporting by Echo reporter Sam Hewitt.</p>"
        "<p>with Australian Associated Press</p>"
        "<p>Source: Australian Associated Press</p>"
        "<p>ach-jz/rl</p><p>dpa:210823-99-940651/4</p>"
        "<p>This story has been corrected to show that the vote was 7-2, not 6-3.</p>"
        "<p>Correction: Dec. 6, 2026 An earlier version of this article misstated the distance to the hospital. "
        "It is 70 miles, not 50.</p>"
        "<p>A previous version of this story said the cap was 200,000 permits. It is about 300,000.</p>"
        "<p>Correction: An earlier version misspelled the name of the deputy mayor.</p>"
        "<p>Editor's note: This story was updated to add a comment from the mayor.</p>"
        "<p>More stories like this are available on example.com</p>"
        "<p>Subscribe now to stay ahead with the most trusted business news source.</p>"
        "<p>Visit Example at www.example.com</p>"
        "<p>(GRAPHIC: U.S. crude inventories https://example.com/3bx9Lp2)</p>"
        "<p>For a graphic on output cuts, click here</p>"
        "<p>Source: Reuters/ic</p><p>[Editor: ZX]</p><p>Enditem</p><p>==Kyodo</p>"
        "<p>The Canadian Press</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Source: the company"));
    assert_non_null(strstr(t, "corrected before"));
    assert_non_null(strstr(t, "version of this bill"));
    assert_non_null(strstr(t, "version of this report, released in 2022"));
    assert_non_null(strstr(t, "Subscribers now"));
    assert_non_null(strstr(t, "risk losing money"));
    assert_non_null(strstr(t, "citing people"));
    assert_non_null(strstr(t, "graphic designer"));
    assert_non_null(strstr(t, "developing story")); /* the story's state stays: the local-news test's too */
    assert_non_null(strstr(t, "version of the plan was wrong")); /* no label: the story's */
    static const char *const gone[] = {"misspelled the name", "comment from the mayor", "Most Read",         "Updates prices",   "{0}",
                                       "Risk Disclosure",   "With files from",  "Additional reporting",
                                       "Australian Associated", "ach-jz",   "dpa:",             "7-2, not", "70 miles", "200,000 permits",
                                       "More stories like", "Subscribe now",    "Visit Example",    "Canadian Press",
                                       "GRAPHIC",           "graphic on output", "Reuters/ic",       "Editor: ZX",
                                       "Enditem",           "Kyodo"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* The affiliate disclosures of lifestyle and shopping stories: a
 * commission from the site's partners, a share from purchases, revenue
 * from the links; a magazine's call to buy its print issue; the
 * newsletter's "click here" pitch, a pointer ending in "click here", the
 * push prompt, "Scroll down to see more photos", "SEE IT:" links, the call
 * for the reader's story; a story's sentences about partners'
 * commissions, a studio's revenue and fans buying an issue stay. */
static void lifestyle_disclosures(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<p>Our experts choose the best products and services to help make smart decisions with your money. In "
        "some cases, we receive a commission from our partners, however, our opinions are our own.</p>"
        "<p>Example Post may receive a share from purchases made via links on this page.</p>"
        "<p>On some occasions, we earn revenue if you click the links and buy the products, but we never allow "
        "this to bias our coverage.</p>"
        "<p>The agency said its partners receive a commission of 4 percent on each ticket sold.</p>"
        "<p>The studio said the film earned revenue of $40 million in its first weekend.</p>"
        "<p>Fans lined up to pick up the latest issue of the magazine at newsstands across the city.</p>"
        PARA("The story ends.")
        "<p><em>For more on the case, pick up the latest issue of Example, on newsstands Friday.</em></p>"
        "<p>Want all the latest birth announcements? Click here to get those and more in the Example Babies "
        "newsletter.</p><p>For the latest celebrity news, click here.</p><p>Scroll down to see more photos</p>"
        "<p>Get push notifications with news, features and more.</p><p>SEE IT: Jane Doe sings in Las Vegas</p>"
        "<p>Do you have a story for us? Email tips@example.com.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "its partners receive"));
    assert_non_null(strstr(t, "earned revenue"));
    assert_non_null(strstr(t, "Fans lined up"));
    static const char *const gone[] = {"from our partners", "share from purchases", "earn revenue", "on newsstands Friday",
                                       "Babies", "click here", "Scroll down", "push notifications", "SEE IT",
                                       "story for us"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A roundup's product cards: a card with two shops' price buttons ("$14
 * at Amazon", "$17 at Walmart") is no paywall's plans, and a short
 * sentence about the product ("Small, beautiful and used every single
 * day.") makes it a pick of the story: name, badge and sentence stay, the
 * buttons go; a card with only its name, a label and one shop's button
 * goes whole. */
static void roundup_cards_with_shop_buttons(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<div class=\"product-card\"><img src=\"/a.jpg\"><div class=\"badge\">Best overall</div><h3>Flaky Sea Salt "
        "Tin</h3><p>Small, beautiful and used every single day.</p><div class=\"buttons\"><a href=\"/x\">$14 at "
        "Amazon</a> <a href=\"/y\">$17 at Walmart</a></div></div>"
        "<div class=\"product-card\"><img src=\"/b.jpg\"><h3>Linen Tea Towels</h3><p>Absorbent, washable and "
        "softer with every wash.</p><div class=\"buttons\"><a href=\"/z\">$22 at Etsy</a></div></div>"
        PARA("The story goes on.")
        "<div class=\"promo\"><img src=\"/c.jpg\"><h4>Desk Lamp</h4><p>Limited offer</p><a href=\"/w\">$39 at "
        "Amazon</a></div>" PARA("The story ends.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Flaky Sea Salt Tin"));
    assert_non_null(strstr(t, "used every single day"));
    assert_non_null(strstr(t, "Linen Tea Towels"));
    assert_non_null(strstr(t, "softer with every wash"));
    static const char *const gone[] = {"at Amazon", "at Walmart", "at Etsy", "Desk Lamp", "Limited offer"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A travel guide's pick: a hotel card with its name, a sentence about it
 * and its "Book now" call is an item of the story (the call goes); an
 * event's box of short lines over "Book now" still goes whole, and so does
 * an event's promotion, its name and a line about it over "Buy tickets". */
static void guide_pick_with_book_call(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<div class=\"hotel-card\"><img src=\"/h.jpg\"><div class=\"info\"><h3>Casa dos Azulejos</h3><p>A guesthouse "
        "of eight rooms in a restored tiled townhouse, with breakfast on a terrace.</p><div class=\"cta\"><a "
        "href=\"/b\">Book now</a></div></div></div>" PARA("The story goes on.")
        "<div class=\"event\"><h4>Winter Lights Walk</h4><p>Sat 14 Dec, 6pm</p><p>Riverside Park</p><div><a "
        "href=\"/t\">Book now</a></div></div>" PARA("The story ends.")
        "<div class=\"event-card\"><h3>Holiday Jazz Night</h3><p>An evening of jazz under the lights with three "
        "local bands and a food market.</p><a class=\"btn\" href=\"/t2\">Buy tickets</a></div>"
        PARA("The new budget takes effect on July 1.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Casa dos Azulejos"));
    assert_non_null(strstr(t, "restored tiled townhouse"));
    static const char *const gone[] = {"Book now", "Winter Lights", "Riverside Park", "Holiday Jazz Night",
                                       "An evening of jazz", "Buy tickets"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A shopping story's picks: a product box holding the editor's sentence
 * about the product is an item of the story (its heading and sentence
 * stay), its buy button ("$70 at Saks Shop Now") goes, and so does the
 * "portion of sales" disclosure; a bare product box (a picture, a price,
 * a link) goes whole; "$5 at the door, organizers said" stays. */
static void shopping_picks(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>"
        "<p><em>Example may receive a portion of sales from products purchased from this article.</em></p>"
        PARA("The story starts here.")
        "<div class=\"pick\"><img src=\"/a.jpg\"><h3>2 Diptyque Baies Candle</h3><p>A classic for a reason: the "
        "blackcurrant and rose scent fills a room without being overpowering.</p><a href=\"/x\">$70 at Saks</a> "
        "<span>Shop Now</span></div>" PARA("The story goes on.")
        "<div class=\"card\"><img src=\"/b.jpg\"><p>Desk Lamp</p><p>$39</p><a href=\"/y\">Buy</a></div>"
        "<p>$5 at the door, organizers said.</p>" PARA("The story ends.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Diptyque Baies Candle"));
    assert_non_null(strstr(t, "A classic for a reason"));
    assert_non_null(strstr(t, "$5 at the door"));
    static const char *const gone[] = {"at Saks", "portion of sales", "Desk Lamp"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A list of celebrity pairs: a heading that names two people ("Kim
 * Kardashian and Kourtney Kardashian") after the intro's sentence is the
 * first pick, not a byline without "By" (one above the story still is). */
static void names_heading_after_intro(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Stars who brought their siblings</h1><h3>Jane Roe and John Doe</h3>"
        "<p>Hollywood's biggest names turned out in force for the gala on Monday, and some of them brought their "
        "families along.</p><h2>Kim Kardashian and Kourtney Kardashian</h2>"
        "<p>The sisters posed together on the museum steps before heading inside for the dinner.</p>"
        "<h2>Gigi Hadid and Bella Hadid</h2><p>The models arrived separately but reunited inside for a photo.</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Kim Kardashian and Kourtney Kardashian"));
    assert_non_null(strstr(t, "Gigi Hadid and Bella Hadid"));
    assert_null(strstr(t, "Jane Roe and John Doe"));
    pa_doc_free(&d);
}

/* A recipe card's subheadings whose class says "header"
 * ("wprm-recipe-header") head the ingredients and the steps: they stay,
 * also over the card's unit switch and scale buttons and a group's <h4>
 * ("For the glaze"), over the notes' <div> and over the nutrition line's
 * spans; a module's title over its box of links ("module-header") goes. */
static void recipe_card_headers(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
        "<div class=\"recipe\"><h3 class=\"recipe-header\">Ingredients</h3><ul><li>6 cups sliced apples</li>"
        "<li>1 cup rolled oats</li></ul><h3 class=\"recipe-header\">Instructions</h3><ol><li>Heat the oven to 350 "
        "degrees and butter a baking dish.</li><li>Bake the apples for 45 minutes, until golden.</li></ol></div>"
        "</article><aside><h3 class=\"module-header\">Partner Offers</h3><div><a href=\"/o\">Best rates today</a>"
        "</div></aside></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Ingredients"));
    assert_non_null(strstr(t, "Instructions"));
    assert_non_null(strstr(t, "6 cups sliced apples"));
    assert_null(strstr(t, "Partner Offers"));
    pa_doc_free(&d);
    const char *card =
        "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
        "<div class=\"wprm-recipe\"><div class=\"wprm-recipe-ingredients-container\"><h3 class=\"wprm-recipe-header\">"
        "Components</h3><div class=\"units\"><a href=\"#\">US Customary</a> - <a href=\"#\">Metric</a></div><div "
        "class=\"scale\"><button>1x</button><button>2x</button></div><h4 class=\"group\">For the glaze</h4><ul><li>1 "
        "cup powdered sugar</li><li>3 tablespoons maple syrup</li></ul></div><div class=\"wprm-notes-container\"><h3 "
        "class=\"wprm-recipe-header\">Cook's notes</h3><div class=\"wprm-recipe-notes\"><p>The loaf keeps for four days "
        "at room temperature.</p></div></div><div class=\"wprm-nutrition\"><h3 class=\"wprm-recipe-header\">Per slice"
        "</h3><span>Calories: 312kcal</span> | <span>Protein: 4g</span> | <span>Fat: 11g</span></div></div>"
        PARA("The story ends.") "</article></body></html>";
    t = text_of(card, &d);
    assert_non_null(strstr(t, "The story ends."));
    static const char *const kept[] = {"Components", "powdered sugar", "Cook's notes", "Per slice", "312kcal"};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if (!strstr(t, kept[i]))
            fail_msg("dropped \"%s\" in: %s", kept[i], t);
    pa_doc_free(&d);
}

/* The furniture of a slideshow and a gossip story: a slide's counter run
 * into its picture's credit ("2 / 4 Getty Images"), a thumbnail's count of
 * more pictures ("+7"), the first stamp under the story ("Originally
 * Published -- 10:15 AM PT"), a widget's "Powered by JustWatch", a
 * recipe card's "4.6 from 212 votes"; a
 * fraction or a score ("1/4") and sentences naming a count or opening
 * with "Powered by" stay. */
static void slideshow_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>" PARA("The story starts here.")
        "<div class=\"slide\"><span>2 / 4</span> <span>Getty Images</span></div>"
        "<div class=\"pic\"><span>+7</span></div>" PARA("The story goes on.")
        "<p>1/4</p><p>3 / 4 of the voters said yes, the poll found.</p>" PARA("The story ends.")
        "<p>Originally Published -- 10:15 AM PT</p><p>Powered by JustWatch</p><p>4.6 from 212 votes</p>"
        "<p>Powered by the sun, the plant runs all summer.</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "1/4"));
    assert_non_null(strstr(t, "of the voters"));
    assert_non_null(strstr(t, "Powered by the sun"));
    static const char *const gone[] = {"Getty", "+7", "Originally", "JustWatch", "212 votes"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* The furniture a wire leaves around a press release: its end marks, its
 * "SOURCE …" distribution line, the pointers to the release's page and to
 * its pictures; the dateline stays, and so do a sentence opening with
 * "Source" and a caption naming a photo (the "About …" section and the
 * forward-looking statements go: release_notes_after_story). */
static void release_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>"
        "<p>CHICAGO, Jan. 12, 2012 /Example Wire/ -- Example Corp today announced the launch of its new widget "
        "platform, which lets manufacturers track parts across their supply chain in real time.</p>"
        PARA("The story starts here.")
        "<p>Photo - https://photos.example.com/releases/20120112/CG12345</p>"
        "<p>Photo - the new platform on a tablet in the plant.</p>"
        "<p>Sources close to the company said the price will fall.</p>"
        "<p>About Example Corp</p>"
        "<p>Example Corp makes software for manufacturers and is based in Chicago.</p>"
        "<p>This release contains forward-looking statements that involve risks and uncertainties.</p>"
        "<p># # #</p><p>- ends -</p><p>ENDS</p><p>-30-</p>"
        "<p>SOURCE Example Corp</p>"
        "<p>Logo - https://photos.example.com/releases/20120112/LOGO</p>"
        "<p>View original content: https://www.example.com/news-releases/example-corp-300123456.html</p>"
        "<p>View source version on example.com: https://www.example.com/news/home/20120112005123/en/</p>"
        "<p>To view the original version on Example Wire, visit: http://www.example.com/releases/1.html</p>"
        "<p>Example Wire View original content to download multimedia: https://www.example.com/r/2.html</p>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "CHICAGO, Jan. 12, 2012 /Example Wire/ --"));
    assert_null(strstr(t, "About Example Corp"));
    assert_null(strstr(t, "forward-looking statements"));
    assert_non_null(strstr(t, "Photo - the new platform"));
    assert_non_null(strstr(t, "Sources close to"));
    assert_null(strstr(t, "#"));
    assert_null(strstr(t, "ends -"));
    assert_null(strstr(t, "ENDS"));
    assert_null(strstr(t, "-30-"));
    assert_null(strstr(t, "SOURCE"));
    assert_null(strstr(t, "CG12345"));
    assert_null(strstr(t, "LOGO"));
    assert_null(strstr(t, "View "));
    assert_null(strstr(t, "original version"));
    assert_null(strstr(t, "multimedia"));
    pa_doc_free(&d);
}

/* A release's contact block, its label alone on a line and the names,
 * numbers and addresses under it, is no text of the release, nor is the
 * "Safe Harbor Statement" over its note; a story's "Contact" sentence
 * stays. */
static void release_contact_block(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.")
                       "<p>Contact the city office to ask about the new permits before the spring.</p>"
                       PARA("The story ends.")
                       "<p>Media Contact:</p><p>Jane Roe</p><p>Example Corp</p><p>+1 312-555-0100</p>"
                       "<p>jroe@example.com</p>"
                       "<p>About Example Corp</p>"
                       "<p>Example Corp makes software for manufacturers and is based in Chicago.</p>"
                       "<p>For further information: Jim Poe, Example Corp, 416-555-0101</p>"
                       "<p>Press contacts</p><p>Jim Poe</p><p>Head of communications</p>"
                       "<p>Contacts</p><p>Ann Loe</p><p>Investors:</p><p>Bo Moe</p><p>Example Corp</p>"
                       "<h3>Safe Harbor Statement</h3>"
                       "<p>This release contains forward-looking statements that involve risks.</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Contact the city office"));
    assert_null(strstr(t, "Media Contact"));
    assert_null(strstr(t, "Jane Roe"));
    assert_null(strstr(t, "555-0100"));
    assert_null(strstr(t, "jroe@"));
    assert_null(strstr(t, "Jim Poe"));
    assert_null(strstr(t, "Press contacts"));
    assert_null(strstr(t, "Head of communications"));
    assert_null(strstr(t, "Contacts"));
    assert_null(strstr(t, "Ann Loe"));
    assert_null(strstr(t, "Investors"));
    assert_null(strstr(t, "Bo Moe"));
    assert_null(strstr(t, "Safe Harbor Statement")); /* (the release's notes: release_notes_after_story) */
    pa_doc_free(&d);
}

/* A release's contact card with no contact label over it: short lines
 * that <br>s part, one a number or an address ("Jane Roe" / "Example Corp"
 * / "+1 312-555-0100" / "jroe@example.com"), and the short label right
 * above it ("Investor Relations"); a card with no number (a poem's
 * lines), <br>-parted sentences and a table row of figures stay. */
static void release_contact_card(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The story starts here.")
                       "<p>Roses are red<br>Violets are blue<br>Sugar is sweet</p>"
                       "<p>The mayor spoke first on Monday.<br>The council voted later.<br>Call 312-555-0199 to ask.</p>"
                       "<table><tr><td>Model X</td><td>6.5</td><td>7.5</td><td>8.2 5.4 7.4</td></tr></table>"
                       PARA("The story ends.")
                       "<p>Alicia Moreno<br>Lakeshore Dental Group<br>+1 512-555-0145<br>email us here</p>"
                       "<p><b>Investor Relations</b><br>Mark Feldman<br>(212) 555-0155<br>ir@example.com</p>"
                       "<p>For further information, please contact:</p>"
                       "<p>Kevin Tremblay, President and CEO<br>Phone: (416) 555-0199</p>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Violets are blue"));
    assert_non_null(strstr(t, "The council voted later."));
    assert_non_null(strstr(t, "8.2 5.4 7.4"));
    static const char *const gone[] = {"Alicia", "Lakeshore", "email us", "Investor Relations", "Feldman", "ir@",
                                       "further information", "Tremblay", "416"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* The notes portals and business sites set around a story or a release
 * they carry: the portal's "… was not involved in the creation of this
 * content.", the pointers to the site's front page and the writer's other
 * stories, the investing desk's disclosure of holdings ("… has no
 * position in any of the stocks mentioned", "… has a disclosure policy"),
 * a blog feed's "The post … appeared first on …", a click-to-tweet box
 * ("… Tweet this"), the issuer's "Source: Example Holdings,
 * Inc." and the wire's "News provided by"; a story's sentence naming a
 * source, or what first appeared where, stays. */
static void portal_release_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>"
                       "<p>The Example News Department was not involved in the creation of this content.</p>"
                       PARA("The story starts here.")
                       "<p>Source: the company said it would not comment on the plans, Inc. magazine reported.</p>"
                       "<p>This story originally appeared on the front page, but the editors moved it later.</p>"
                       "<p>The pension fund said it owns shares of the company and would vote against the deal.</p>"
                       PARA("The story ends.")
                       "<p>Source: Example Holdings, Inc.</p><p>Source: Example Corp press release</p>"
                       "<p>News provided by</p>"
                       "<p>Visit Example's homepage for more stories.</p>"
                       "<p>Click for more Example articles by Jane Doe.</p>"
                       "<p>Jane Doe owns shares of Example Corp. Example Fool owns shares of and recommends Example "
                       "Corp. Example Fool has a disclosure policy.</p>"
                       "<p>John Roe has no position in any of the stocks mentioned.</p>"
                       "<p>The post Example headline appeared first on Example Blog.</p>"
                       "<blockquote><p>Example to buy Acme, creating a national cold chain network "
                       "<a href=\"https://twitter.com/intent/tweet\">Tweet this</a></p></blockquote>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "Inc. magazine reported"));
    assert_non_null(strstr(t, "moved it later"));
    assert_non_null(strstr(t, "vote against the deal"));
    static const char *const gone[] = {"not involved", "Example Holdings", "press release", "provided by",
                                       "homepage", "articles by", "disclosure policy", "no position",
                                       "appeared first", "Tweet this"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(t, gone[i]))
            fail_msg("kept \"%s\" in: %s", gone[i], t);
    pa_doc_free(&d);
}

/* A listing's day headings after the story's first sentence stay
 * ("Saturday, May 27, 2023" over that day's events); a date heading above
 * the story is still its date line. */
static void listing_day_headings(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h3>Friday, May 26, 2023</h3>" PARA("Here is the weekend, day by day.")
                       "<h3>Saturday, May 27, 2023</h3><h4>Town pool opening day</h4><p>Noon-6 p.m.</p>"
                       PARA("The diving board is back.") "<h3>Sunday, May 28, 2023</h3>" PARA("The parade starts at ten.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "Friday, May 26, 2023"));
    assert_non_null(strstr(t, "Saturday, May 27, 2023"));
    assert_non_null(strstr(t, "Sunday, May 28, 2023"));
    pa_doc_free(&d);
}

/* A page of readers' notes each signed "— Name" keeps the last one's
 * signature; a story's lone sign-off still goes. */
static void letters_signatures_kept(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("Four months of detours is too long for the bridge.")
                       "<p>\xe2\x80\x94 Sam Whitaker</p>" PARA("I will miss walking across the old bridge.")
                       "<p>\xe2\x80\x94 Doris Pennington</p>" PARA("Go to the bakery on Wednesdays.")
                       "<p>\xe2\x80\x94 Lucy Tran</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Doris Pennington"));
    assert_non_null(strstr(t, "Lucy Tran"));
    pa_doc_free(&d);
    const char *story = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                        PARA("The story ends.") "<p>\xe2\x80\x94 Jane Doe</p></article></body></html>";
    t = text_of(story, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Jane Doe"));
    pa_doc_free(&d);
}

/* A listing's entry titled by a linked heading with a colon, over its
 * date and place, keeps its title ("Pantomime: Jack and the Beanstalk" is
 * no "Label: value" line); a "Category: <link>" line still goes, and so
 * does another story's linked headline over its day ("March 2, 2026"). */
static void listing_entry_title(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article>" PARA("The guide starts here.")
                       "<h4><a href=\"/panto\">Pantomime: Jack and the Beanstalk</a></h4>"
                       "<div class=\"when\">8 December - 1 January<br>Northgate Civic Theatre</div>"
                       PARA("The dame wears a costume made of tinsel.")
                       "<p>Category: <a href=\"/c/news\">News</a></p>" PARA("The guide goes on.")
                       "<h3><a href=\"/news/1\">Budget: What the new plan means for your tax bill</a></h3>"
                       "<p>March 2, 2026</p>" PARA("The guide ends.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "What the new plan means"));
    assert_non_null(strstr(t, "Pantomime: Jack and the Beanstalk"));
    assert_non_null(strstr(t, "Northgate Civic Theatre"));
    assert_null(strstr(t, "Category:"));
    pa_doc_free(&d);
}

/* A column's last paragraph opening with its stated writer's full name
 * as the subject of any verb is the contributor's line ("Jane Doe teaches
 * science at …", "John Roe farms 400 acres …" under "Jane Doe and John
 * Roe", after a dash or an honorific, in any case), and so is one naming
 * the writer by role ("The writer is a …"); a reporting credit ("Jane Doe
 * reported from Seoul."), speech or news of the name ("Jane Doe said …",
 * a release's "Example Developments will open …"), a review's "The writer
 * is at her best …" and a last paragraph naming someone else stay. */
static void writer_named_last_line(void **state)
{
    (void)state;
    pa_doc d;
    static const struct {
        const char *author, *last;
        int kept;
    } cases[] = {
        {"Jane Doe", "Jane Doe teaches science at Cedar Hills Middle School and coaches the chess club.", 0},
        {"Jane Doe", "Jane Doe is professor and chair of history at Whitcombe University.", 0},
        {"Jane Doe and John Roe", "John Roe farms 400 acres near the wash. Jane Doe chairs the water committee.", 0},
        {"Jane Doe", "\xe2\x80\x94 Jane Doe is a landscape architect and serves on the parks board.", 0},
        {"Jane Doe", "Dr. Jane Doe, Ph.D., teaches urban planning at Example State University.", 0},
        {"JANE DOE", "Jane Doe lives in Springfield and chairs the parks advisory board.", 0},
        {"", "The writer is a landscape architect and serves on the parks advisory board.", 0},
        {"Jane Doe", "Jane Doe's column appears every Sunday in the Living section.", 0},
        {"", "The writer is at her best when the river takes over the story, as it does here.", 1},
        {"", "The writers are professors of hydrology at Example State University.", 0},
        {"", "The writers are right that groundwater should be measured at every well in the county.", 1},
        {"Jane Doe", "Jane Doe said the second stage would sell out by the end of the year.", 1},
        {"Harbourline Developments", "Harbourline Developments will open its sales office on Saturday, March 7.", 1},
        {"", "The author is a gifted stylist, and this is her best book yet.", 1},
        {"Jane Doe", "Jane Doe reported from Seoul, and John Roe from Hong Kong.", 1},
        {"Jane Doe", "Mark Twain teaches us that a river never keeps the same bank for long.", 1},
        {"Example News", "Example News reached out to the company for comment on Friday.", 1},
        /* a single letter's signature, its writer the stated author, is the letter's */
        {"Jane Doe", "Jane Doe, Springfield, Ill.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><head><meta name=\"author\" content=\"%s\"></head><body><article>%s%s%s%s<p>%s</p>"
                 "</article></body></html>",
                 cases[i].author, PARA("The column starts here."), PARA("It goes on."), PARA("It goes on again."),
                 PARA("The column ends."), cases[i].last);
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "The column ends."));
        if ((strstr(t, cases[i].last + 12) != NULL) != cases[i].kept)
            fail_msg("%s: %s", cases[i].kept ? "dropped" : "kept", cases[i].last);
        pa_doc_free(&d);
    }
}

/* The contributor's note in the first person ending a business site's
 * story ("I'm a staff writer at Example covering …") goes; an essay's last
 * line in the first person ("I'm a writer now, and …") stays. */
static void first_person_writer_note(void **state)
{
    (void)state;
    pa_doc d;
    const char *story = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                        PARA("It goes on again.") PARA("The story ends.")
                        "<p>I'm a staff writer at Example covering entrepreneurs and small business. Previously, "
                        "I was a freelancer for a newspaper.</p></article></body></html>";
    const char *t = text_of(story, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "staff writer"));
    pa_doc_free(&d);
    const char *essay = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                        PARA("It goes on again.") PARA("The story ends.")
                        "<p>I'm a writer now, and I have made my peace with the years it took.</p>"
                        "</article></body></html>";
    t = text_of(essay, &d);
    assert_non_null(strstr(t, "made my peace"));
    pa_doc_free(&d);
    /* a column's closing sentence in the first person that names the writer's beat, then says "I" again (review) */
    const char *column = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                         PARA("It goes on again.") PARA("The story ends.")
                         "<p>I write about cities, and I have never seen a festival like this one.</p>"
                         "</article></body></html>";
    t = text_of(column, &d);
    assert_non_null(strstr(t, "never seen a festival"));
    pa_doc_free(&d);
    /* a contributor's note of another trade with the call to follow them goes */
    const char *investor = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                           PARA("It goes on again.") PARA("The story ends.")
                           "<p>I am a partner at a seed-stage venture firm and a former startup lawyer. Follow me on "
                           "LinkedIn and X. Check out my website.</p></article></body></html>";
    t = text_of(investor, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "seed-stage"));
    pa_doc_free(&d);
    /* a first-person column's last paragraph on the writer's trade stays */
    static const char *const column_ends[] = {
        "I write about this because my mother spent her last years in a home like it.",
        "I cover the courts for the Gazette, and in 20 years I have never seen a judge cry like that.",
        "I'm a reporter for the Gazette, and I have never seen a council vote like this one.",
    };
    for (size_t i = 0; i < sizeof column_ends / sizeof column_ends[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><article>%s%s%s%s<p>%s</p></article></body></html>", PARA("The story starts here."),
                 PARA("It goes on."), PARA("It goes on again."), PARA("The story ends."), column_ends[i]);
        t = text_of(page, &d);
        if (!strstr(t, column_ends[i] + 10))
            fail_msg("dropped the column's end: %s", column_ends[i]);
        pa_doc_free(&d);
    }
}

/* A story's last short lines in a template's "paywall" block, a link in
 * them and "register" in a sentence: no offer (its heading or its button
 * would say what it sells), so they stay (review). */
static void paywall_block_story_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Council sets budget vote</h1>" PARA("The story starts here.")
        PARA("It goes on.") "<div class=\"paywall\"><p>The council will vote on the budget next month, <a "
        "href=\"/x\">officials said</a>.</p><p>Residents may register to speak at the meeting.</p></div>"
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "vote on the budget next month"));
    assert_non_null(strstr(t, "register to speak"));
    pa_doc_free(&d);
}

/* An advertiser's card in a story, named for the sponsor and its content
 * ("sponsored-content-card": label, linked title, "Presented by …"),
 * goes; a sponsored article's own body ("sponsored-content") stays. */
static void sponsored_content_card(void **state)
{
    (void)state;
    pa_doc d;
    const char *card = "<html><body><article>" PARA("The story starts here.") PARA("It goes on.")
                       "<div class=\"sponsored-content-card\"><span class=\"label\">Sponsored Content</span>"
                       "<a href=\"/sponsored/1\"><h4>Why brand owners are switching films</h4></a>"
                       "<p>Presented by Example Films</p></div>"
                       PARA("It goes on again.") PARA("The story ends.") "</article></body></html>";
    const char *t = text_of(card, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "switching films"));
    assert_null(strstr(t, "Presented by"));
    pa_doc_free(&d);
    const char *own = "<html><body><div class=\"sponsored-content\">" PARA("The sponsored story starts here.")
                      PARA("It goes on.") "</div></body></html>";
    t = text_of(own, &d);
    assert_non_null(strstr(t, "The sponsored story starts here."));
    assert_non_null(strstr(t, "It goes on."));
    pa_doc_free(&d);
}

/* Furniture of the big news sites' story bodies: the tool bar's labels
 * ("Supported by", "Listen · 3:54", the gift-article note, "Credit..."),
 * a wire picture's "FILE PHOTO: …" caption, a caption ending with its
 * credit in brackets ("… in September. (Jane Doe / Pacific Times)"), a teaser box under its label
 * ("Related Coverage" over a linked headline and its summary), a sign-up
 * box whose form is a link ("Sign Me Up"), the syndicated story's "Read
 * the original article on …", a row of tools ("Order Reprints | Today's
 * Paper | Subscribe"), a gallery's "Slideshow (3 Images)", an embedded
 * post's signature ("— Jane Doe (@janedoe) October 26, 2021"), the time of the last
 * update alone ("Updated at 5.12pm EDT"), the label "You may also be
 * interested in:" over links, a video's title ("Video: …"), the ad
 * break's "Article continues below this ad", the ad label and its
 * hint in one line ("Advertisement · Scroll to continue"), the label
 * between dashes ("- Advertisement -"), the wire's
 * credit without brackets ("Reporting by …; Editing by …"), the note on
 * the story's place in the print edition ("A version of this article
 * appears in print on …"), and a
 * newsletter sign-up box among paragraphs that sit two wrappers deep
 * (<div class="column"><div><p>), as a story cut into companion columns
 * has them; the byline with a title in sentence case ("Jane Doe Energy
 * correspondent"), the site's name with the writer's place ("Example
 * News, Kathmandu") and the call for money in a "contributions" box; the
 * writer's bio with a title without its article ("Jane Doe is senior
 * energy reporter for …") under the story; a podcast's call naming its
 * apps ("Subscribe … on Apple Podcasts, Google Podcasts, Spotify"). */
static void news_body_furniture(void **state)
{
    (void)state;
    pa_doc d;
#define COLUMN(x) "<div class=\"c1\"><div class=\"c2\">" PARA(x) "</div></div>"
    const char *page = "<html><body><article><p>Supported by</p><p>Listen \xc2\xb7 3:54</p>"
                       "<p>As a subscriber, you have 10 gift articles to give each month. Anyone can read what you "
                       "share.</p><p>Credit...Jane Doe for Example</p>"
                       "<section><p><em>Updated at 5.12pm EDT</em></p>"
                       COLUMN("The story starts here.")
                       "<div class=\"slot\"><span>Advertisement \xc2\xb7 Scroll to continue</span></div>"
                       COLUMN("The story goes on.")
                       "<div class=\"rec\"><span class=\"title\">- Advertisement -</span><div></div></div>"
                       "<div class=\"v1\"><div class=\"v2\"></div><h3>Video: How the island is disappearing</h3></div>"
                       "<div class=\"a1\"><span>Article continues below this ad</span></div>"
                       "<p>FILE PHOTO: A man walks past a sign in Beijing, China, March 3, 2021. REUTERS/Jane Doe</p>"
                       "<div class=\"i1\"><img src=\"t.jpg\" alt=\"\"><p>Tents line a sidewalk in Westlake in September. "
                       "(Jane Doe / Pacific Times)</p></div>"
                       "<div class=\"r1\"><p>Related Coverage</p><a href=\"/x\"><h3>Camps face new limits</h3></a>"
                       "<p>The new rules passed after a raucous meeting downtown.</p></div>"
                       COLUMN("The story goes further.")
                       "<div class=\"n1\"><h4>Essential Example</h4><p>Get up to speed with our Essential newsletter, "
                       "sent six days a week.</p><a href=\"/nl\">Sign Me Up</a></div>"
                       "<div class=\"x1\"><div class=\"x2\"><p>Sign up for The Morning from Example</p>"
                       "<p>Get what you need to know to start your day, delivered to your inbox.</p>"
                       "<form><input type=\"email\"><button>Sign Up</button></form>"
                       "<p>You may opt-out at any time.</p></div></div>"
                       COLUMN("The story ends.")
                       "<p><b>You may also be interested in:</b></p><ul><li><a href=\"/a\">Another story</a></li>"
                       "<li><a href=\"/b\">A third story</a></li></ul>"
                       "<p>Reporting by Jane Doe in London; Editing by John Roe and Mary Major</p>"
                       "<p>\xe2\x80\x94 <em>With assistance by Richard Miles</em></p>"
                       "<p>Read the original article on Example Insider</p>"
                       "<p>Order Reprints | Today\xe2\x80\x99s Paper | Subscribe</p><p>Slideshow (3 Images)</p>"
                       "<p>Explore more on these topics</p><p>Share your thoughts</p>"
                       "<p>\xe2\x80\x94 Jane Doe (@janedoe) October 26, 2021</p>"
                       "</section><p>A version of this article appears in print on May 4, 2019, Section A, Page 1 "
                       "of the New York edition with the headline: Island Town Sinks.</p></article></body></html>";
#undef COLUMN
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "- Advertisement -"));
    assert_null(strstr(t, "Scroll to continue"));
    assert_null(strstr(t, "start your day"));
    assert_null(strstr(t, "opt-out"));
    assert_null(strstr(t, "Reporting by"));
    assert_null(strstr(t, "With assistance"));
    assert_null(strstr(t, "appears in print"));
    assert_null(strstr(t, "Updated at"));
    assert_null(strstr(t, "island is disappearing"));
    assert_null(strstr(t, "continues below"));
    assert_null(strstr(t, "Supported by"));
    assert_null(strstr(t, "3:54"));
    assert_null(strstr(t, "gift articles"));
    assert_null(strstr(t, "Credit..."));
    assert_null(strstr(t, "FILE PHOTO"));
    assert_null(strstr(t, "Tents line"));
    assert_null(strstr(t, "raucous meeting"));
    assert_null(strstr(t, "six days a week"));
    assert_non_null(strstr(t, "The story goes further."));
    assert_null(strstr(t, "original article"));
    assert_null(strstr(t, "Reprints"));
    assert_null(strstr(t, "Slideshow"));
    assert_null(strstr(t, "Explore more"));
    assert_null(strstr(t, "your thoughts"));
    assert_null(strstr(t, "@janedoe"));
    assert_null(strstr(t, "interested in"));
    pa_doc_free(&d);
    /* the stated author with the site's name or an outlet in capitals */
    const char *bylines = "<html><head><meta name=\"author\" content=\"Jane Doe\">"
                          "<meta property=\"og:site_name\" content=\"The Daily Ledger\"></head><body><article>"
                          "<p>Jane Doe | The Daily Ledger</p>" PARA("The story starts here.") PARA("The story ends.")
                          "</article></body></html>";
    t = text_of(bylines, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "Jane Doe"));
    pa_doc_free(&d);
    const char *outlet = "<html><head><meta name=\"author\" content=\"Jane Doe\"></head><body><article>"
                         "<p>Staff and wire reports</p><p>Jane Doe, CNN</p>" PARA("The story starts here.")
                         PARA("The story ends.") "</article></body></html>";
    t = text_of(outlet, &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "Jane Doe"));
    assert_null(strstr(t, "wire reports"));
    pa_doc_free(&d);
    /* the byline with the writer's title in sentence case over the story
     * (the stated author's name opens it) and the call for the reader's
     * money in a "contributions" box under it */
    const char *asks = "<html><head><meta name=\"author\" content=\"Jane Doe\">"
                       "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
                       "<p class=\"byline\"><a>Jane Doe</a> Energy correspondent</p><p>Example News, Kathmandu</p><p>Listen to the story</p>"
                       PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                       "<p><em>Subscribe to the Daily podcast on Apple Podcasts, Google Podcasts, Spotify</em></p>"
                       PARA("The last word.")
                       "<p>Jane Doe is senior energy reporter for Example News.</p>"
                       "<div class=\"contributions__epic\"><h2>We have a small favour to ask.</h2>"
                       "<p>Millions are turning to us for open, independent, quality news every day.</p>"
                       "<p>Every contribution, however big or small, powers our journalism.</p>"
                       "<a href=\"/give\">Support us</a></div><p>Join the conversation</p></article></body></html>";
    t = text_of(asks, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Energy correspondent"));
    assert_null(strstr(t, "Kathmandu"));
    assert_null(strstr(t, "favour to ask"));
    assert_null(strstr(t, "Every contribution"));
    assert_null(strstr(t, "Listen to the story"));
    assert_null(strstr(t, "senior energy reporter"));
    assert_null(strstr(t, "Daily podcast"));
    assert_null(strstr(t, "Join the conversation"));
    pa_doc_free(&d);
}

/* The furniture of regional papers, tabloids and release wires inside the
 * story: a sign-up box whose e-mail field is a text field with a
 * placeholder, the inbox pitch, the call to support local journalism,
 * release contacts ("Contacts" / "Media:", "Investor Relations:"), the
 * writer's "Reach … at …", a call to join a messaging channel, the
 * tabloid's call for stories, "FOR IMMEDIATE RELEASE", the Indian desks'
 * "(With inputs from …)", "— with AAP" under the story, the print-edition
 * note, "READ MORE ON …" over its links, a wire's "___" rule, its
 * funder's note and pointer to its coverage, a station's pointer to
 * itself, its calls for corrections, pictures and app installs, a
 * consent placeholder; the story's own sentences
 * with the same words stay. */
static void local_news_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><p>FOR IMMEDIATE RELEASE</p>" PARA("The story starts here.")
        "<div class=\"capsule\"><p>Get our Daily News Capsule</p><form><input type=\"text\" placeholder=\"Enter "
        "your email\"><button>Subscribe</button></form></div>" PARA("The story goes on.")
        "<p>Get the latest news in your inbox</p><p>Support local journalism. Subscribe today.</p>"
        "<p>Join The Example Herald's Telegram channel here and get the latest breaking news delivered to you.</p>"
        "<p>Rescuers said they could not reach the family at the farm until Tuesday morning.</p>"
        "<p>READ MORE ON LOTTERY WINS</p><div><a href=\"/a\"><h4>Couple scoop a big prize</h4></a><a href=\"/b\">"
        "<h4>Nurse wins on a scratchcard</h4></a></div>"
        "<p>We pay for your stories! Do you have a story for the Example news desk?</p>"
        "<p>Do you have a story for us?</p>"
        "<p>(With inputs from PTI)</p><p>With inputs from agencies</p>"
        "<p>Contacts Media: Jane Roe press@example.com +1 512-555-0187</p>"
        "<p>Investor Relations: Mark Tan ir@example.com</p>"
        "<p>Reach Jane Doe at jdoe@example.com or 555-555-0101.</p>"
        "<p>This article appeared in the Example Post print edition as: Big win for binman</p>"
        "<p>___</p><p>The Associated Press Health and Science Department receives support from the Example "
        "Institute. The AP is solely responsible for all content.</p>"
        "<p>Follow AP's coverage of the pandemic at https://apnews.example/hub/pandemic</p>"
        "<p>For the latest news, weather, sports, and streaming video, head to Example 7 News.</p>"
        "<p>See a spelling or grammatical error in our story? Please click here to report it.</p>"
        "<p>Do you have a photo or video of a breaking news story? Send it to us here.</p>"
        "<p>This content is not available due to your privacy preferences.</p>"
        "<p>Get breaking news alerts: download the free Example 7 News app</p>"
        "<p>Don't miss a story: sign up for our daily headlines</p><p>PREVIOUS COVERAGE: Police hunt a man</p>"
        "<p>This is a developing story. Check back for updates.</p>"
        PARA("The story ends.") "<p>\xe2\x80\x94 with AAP</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_non_null(strstr(t, "could not reach the family"));
    assert_null(strstr(t, "IMMEDIATE"));
    assert_null(strstr(t, "Capsule"));
    assert_null(strstr(t, "inbox"));
    assert_null(strstr(t, "local journalism"));
    assert_null(strstr(t, "Telegram"));
    assert_null(strstr(t, "READ MORE"));
    assert_null(strstr(t, "pay for your stories"));
    assert_null(strstr(t, "a story for us"));
    assert_null(strstr(t, "inputs"));
    assert_null(strstr(t, "press@"));
    assert_null(strstr(t, "Mark Tan"));
    assert_null(strstr(t, "Reach Jane"));
    assert_null(strstr(t, "print edition"));
    assert_null(strstr(t, "AAP"));
    assert_null(strstr(t, "___"));
    assert_null(strstr(t, "receives support"));
    assert_null(strstr(t, "coverage of the pandemic"));
    assert_null(strstr(t, "streaming video"));
    assert_null(strstr(t, "grammatical"));
    assert_null(strstr(t, "photo or video"));
    assert_null(strstr(t, "privacy preferences"));
    assert_null(strstr(t, "alerts"));
    assert_null(strstr(t, "daily headlines"));
    assert_null(strstr(t, "PREVIOUS"));
    assert_non_null(strstr(t, "developing story"));
    pa_doc_free(&d);
    /* a stock caption, the share row's labels run together, the comments' heading */
    const char *tail = "<html><body><article>" PARA("The story starts here.") "<p>Representative image</p>"
                       "<p>(File photo)</p>" PARA("The story goes on.") PARA("The story goes on and on.")
                       PARA("The story goes on and on and on.") PARA("The story ends.")
                       "<p>FacebookTwitterLinkedinEMail</p><p>Start a Conversation</p><p>Post comment</p>"
                       "<p>What a fine mess the council has made of this, said one reader.</p>"
                       "</article></body></html>";
    t = text_of(tail, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Representative"));
    assert_null(strstr(t, "File photo"));
    assert_null(strstr(t, "Facebook"));
    assert_null(strstr(t, "Conversation"));
    assert_null(strstr(t, "fine mess"));
    pa_doc_free(&d);
    /* the sign-up box's lines, the desk's pointers and notices, link labels */
    const char *box = "<html><body><article>" PARA("The story starts here.")
                      "<p>Sign up to our free Brexit email for the latest headlines on what it means</p>"
                      "<p>We use your sign-up to provide content in ways you've consented to.</p>"
                      "<p>Invalid email</p><p>Something went wrong, please try again later.</p>"
                      "<p>We have more newsletters</p><p>Got a story? Email news@example.co.uk</p>"
                      PARA("The story goes on.") "<p>Also Read</p><p>READ | Delhi rains</p>"
                      "<p>Catch all the Business News and Latest News Updates on Example.</p>"
                      "<p>Download The Example News App to get Daily Market Updates.</p>"
                      "<p>(This story has not been edited by staff and is auto-generated from a syndicated "
                      "feed.)</p><p>Views expressed above are the author's own.</p>"
                      "<p>Picture: AAP Image/Dan Doe</p><p>Source: Supplied</p><p>PA Media</p>"
                      "<p>Watch the full video above.</p><p>Advertisement - story continues below</p>"
                      "<p>Editor's Picks</p><p>Read the e-paper</p>"
                      PARA("The story ends.") "</article></body></html>";
    t = text_of(box, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "Brexit"));
    assert_null(strstr(t, "sign-up"));
    assert_null(strstr(t, "Invalid"));
    assert_null(strstr(t, "went wrong"));
    assert_null(strstr(t, "newsletters"));
    assert_null(strstr(t, "Got a story"));
    assert_null(strstr(t, "Also Read"));
    assert_null(strstr(t, "Delhi"));
    assert_null(strstr(t, "Catch all"));
    assert_null(strstr(t, "App to get"));
    assert_null(strstr(t, "syndicated"));
    assert_null(strstr(t, "author's own"));
    assert_null(strstr(t, "AAP"));
    assert_null(strstr(t, "Supplied"));
    assert_null(strstr(t, "PA Media"));
    assert_null(strstr(t, "video above"));
    assert_null(strstr(t, "continues below"));
    assert_null(strstr(t, "Picks"));
    assert_null(strstr(t, "e-paper"));
    pa_doc_free(&d);
    /* the desk editor's bare initials under the story */
    const char *desk = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       PARA("The story ends.") "<p>TSB</p></article></body></html>";
    t = text_of(desk, &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "TSB"));
    pa_doc_free(&d);
}

/* Bylines of regional papers over the story: a writer "Special to" a
 * paper with the day, the desk's "From staff reports", a name with its
 * address, a name with a paper's name after a comma, a name and a job
 * title parted by a slash, a name with a handle or an address and the
 * day. */
static void regional_bylines(void **state)
{
    (void)state;
    static const char *const tops[] = {"Jane Doe, Special to The Herald | June 5, 2020", "From staff reports",
                                       "Jane Doe | jdoe@example.com", "Jane Doe, Star-Herald",
                                       "Jane Doe / Correspondent",
                                       "Jane Doe @janedoe 2 Mar 2019, 9:32 Updated: 2 Mar 2019, 11:04",
                                       "Jane Doe jdoe@example.com Jul 15, 2020"};
    for (size_t i = 0; i < sizeof tops / sizeof tops[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Council approves the budget</h1><div class=\"meta\">%s</div>"
                 PARA("The story starts here.") PARA("The story goes on.") "</article></body></html>",
                 tops[i]);
        pa_doc d;
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "The story starts here."));
        assert_null(strstr(t, "Jane"));
        assert_null(strstr(t, "staff reports"));
        pa_doc_free(&d);
    }
}

/* Credits and notes under a regional or wire story: the desk after a
 * dash, a byline with its paper, the wires slashed or in brackets, the
 * writer's contact line, the network's note, the
 * comment disclaimer; "contributed to this report" stays. */
static void story_end_credits(void **state)
{
    (void)state;
    static const char *const ends[] = {
        "\xe2\x80\x94 Staff and wire reports", "Jane Roe, The Herald", "ABC/wires", "AFP/Reuters", "(Reuters)",
        "Contact Jane Roe at jroe@example.com or follow her on Twitter @jroe.",
        "Originally published as Man fined for feeding dingoes",
        "Disclaimer: Comments do not represent the views of the Herald."};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        char page[4096];
        snprintf(page, sizeof page,
                 "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                 PARA("The story ends.") "<p>%s</p></article></body></html>", ends[i]);
        pa_doc d;
        const char *t = text_of(page, &d);
        assert_non_null(strstr(t, "The story ends."));
        assert_null(strstr(t, ends[i] + 4));
        pa_doc_free(&d);
    }
    pa_doc d;
    const char *kept = "<html><body><article>" PARA("The story starts here.") PARA("The story goes on.")
                       PARA("The story ends.") "<p>The Associated Press contributed to this report.</p>"
                       "</article></body></html>";
    assert_non_null(strstr(text_of(kept, &d), "contributed to this report"));
    pa_doc_free(&d);
}

/* A short brief in its <article> beside cards with more text than it (the
 * latest stories with summaries, obituaries and classifieds in the rail):
 * the container that holds them all is not the story's. */
static void short_brief_beside_cards(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><head><title>Man hurt in rollover on Highway 26</title></head><body>"
        "<section id=\"main-page-container\" class=\"container\"><div class=\"row\"><div class=\"col-md-8 mai"
        "n-content\"><article class=\"asset story\"><header class=\"asset-header\"><h1 class=\"headline\"><sp"
        "an class=\"tnt-headline\">Man hurt in rollover on Highway 26</span></h1><ul class=\"list-inline asse"
        "t-date\"><li><time>Dec 7, 2020</time></li></ul><div class=\"share-container\"><ul class=\"list-inlin"
        "e\"><li><a>Facebook</a></li><li><a>Twitter</a></li><li><a>Email</a></li><li><a>Print</a></li></ul></"
        "div></header><div class=\"asset-body\"><div class=\"asset-content\"><div itemprop=\"articleBody\"><p"
        ">A 43-year-old Riverton man was taken to a hospital Sunday after his pickup truck rolled over on Hig"
        "hway 26 west of town, the Fremont County Sheriff’s Office said.</p><p>Deputies said the man lost con"
        "trol of the truck on an icy stretch of road near mile marker 112 at about 6:40 a.m. He was wearing a"
        " seat belt.</p><p>His injuries were not believed to be life-threatening. The highway was partially c"
        "losed for about an hour while crews cleared the scene.</p></div></div></div></article><section class"
        "=\"latest-news\"><h3>Latest News</h3><div class=\"card\"><h4><a href=\"/n0\">Council approves new sn"
        "ow plow routes</a></h4><p class=\"tnt-summary\">The Riverton City Council on Tuesday approved change"
        "s to the city’s snow removal plan that will put two more plows on residential streets during storms."
        "</p></div><div class=\"card\"><h4><a href=\"/n1\">School district reports 12 new COVID-19 cases</a><"
        "/h4><p class=\"tnt-summary\">Fremont County School District 25 reported 12 new cases of COVID-19 amo"
        "ng students and staff this week, bringing the total since August to 87.</p></div><div class=\"card\""
        "><h4><a href=\"/n2\">Holiday parade canceled, lights contest goes on</a></h4><p class=\"tnt-summary\""
        ">The Riverton Chamber of Commerce has canceled its annual holiday parade but will hold a home lighti"
        "ng contest instead, with prizes for the best-decorated houses.</p></div></section></div><aside class"
        "=\"col-md-4 sidebar\"><section class=\"obits-widget\"><h3>Obituaries</h3><div class=\"card\"><h4><a "
        "href=\"/o0\">Robert L. Hansen</a></h4><p>Robert Lee Hansen, 84, of Riverton, passed away peacefully "
        "at his home on Thursday, Dec. 3, 2020, surrounded by his family. He was born in Lander to Carl and E"
        "dna Hansen and worked for 35 years at the sugar factory before retiring to his beloved garden and gr"
        "andchildren.</p></div><div class=\"card\"><h4><a href=\"/o1\">Dorothy Mae Carter</a></h4><p>Dorothy "
        "Mae Carter, 91, died Friday at the Riverton Care Center. Dorothy was a longtime member of First Meth"
        "odist Church, where she taught Sunday school for more than 40 years, and she loved quilting, baking "
        "pies for the county fair and playing bridge with her friends every Tuesday.</p></div><div class=\"ca"
        "rd\"><h4><a href=\"/o2\">James “Jim” Whitaker</a></h4><p>James Whitaker, 67, passed away Nov. 30, 20"
        "20, in Casper after a long illness. Jim served in the U.S. Army in Vietnam and later drove a truck f"
        "or the county road department. He is remembered for his quick wit, his love of fishing at Boysen Res"
        "ervoir and his famous chili.</p></div><a href=\"/obituaries\">View all obituaries</a></section><sect"
        "ion class=\"classifieds-widget\"><h3>Classifieds</h3><div class=\"card\"><p>FOR RENT: 2 bedroom, 1 b"
        "ath apartment near the college, all utilities paid, no pets, no smoking, $650 a month plus deposit. "
        "Call 555-0187 after 5 p.m.</p></div></section></aside></div></section>"
        "</body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "rolled over on Highway 26"));
    assert_non_null(strstr(t, "partially closed"));
    assert_null(strstr(t, "Obituaries"));
    assert_null(strstr(t, "passed away"));
    assert_null(strstr(t, "FOR RENT"));
    pa_doc_free(&d);
}

/* A clinic's health article: the box among its paragraphs with a heading,
 * a line and the call to book beside a phone link ("Need care?" / … /
 * [Request an appointment] [Call 800.555.0170]) goes; the story's own
 * sentence about booking stays. */
static void clinic_appointment_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Heart attack or heartburn?</h1>" PARA("Lead paragraph.")
                       "<div class=\"care-card\"><h3>Need care?</h3><p>Our specialists treat more than 100,000 "
                       "patients a year.</p><a class=\"btn\" href=\"/appt\">Request an appointment</a> <a href=\"tel:"
                       "8005550170\">Call 800.555.0170</a></div>" PARA("Second paragraph.")
                       "<p>Patients can <a href=\"/appt\">request an appointment</a> online or by phone, and most "
                       "are seen within a week, the clinic said.</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "most are seen within a week"));
    assert_null(strstr(t, "Need care?"));
    assert_null(strstr(t, "100,000 patients"));
    pa_doc_free(&d);
    /* a story's section with a row of links, the call beside another page's link, not a phone number's */
    const char *row = "<html><body><article><h1>Flu cases climb early</h1>" PARA("Lead paragraph.")
                      "<div class=\"section\"><h2>Getting a test</h2><p>Tests are free at every county clinic, and "
                      "results come back within two days.</p><p><a href=\"/appt\">Book an appointment</a> <a "
                      "href=\"/clinics\">Clinic locations</a></p></div>" PARA("Second paragraph.")
                      "</article></body></html>";
    t = text_of(row, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "results come back within two days"));
    pa_doc_free(&d);
}

/* Trade press pages (manufacturers' news, property and car releases): a
 * seller's box among the paragraphs (a heading, a line of pitch and its
 * call alone, "Calculate now", "Enquire now") and a floating WhatsApp
 * chat box are not the story, nor is a listed company's "Authorised for
 * release by the Board …"; a company's own release (its first sentence
 * names the site, the stated author is the company) drops its "About"
 * section as a wire's page does (release_notes_after_story), its story
 * kept whole; on a news site's page that note is the site's about itself. */
static void trade_press_boxes(void **state)
{
    (void)state;
    pa_doc d;
    const char *box = "<html><body><article><h1>Land prices climb</h1>" PARA("Lead paragraph.")
                      "<div class=\"mortgage-cta\"><h4>How much can you borrow?</h4><p>Use our calculator to estimate "
                      "your borrowing power.</p><a href=\"/calc\">Calculate now</a></div>" PARA("Second paragraph.")
                      "<p>Buyers can <a href=\"/q\">get a quote</a> from three builders, the agent said on Monday, "
                      "before the next stage is released.</p></article>"
                      "<div class=\"joinchat joinchat--right\"><div class=\"joinchat__box\"><p>Hello! Can we help you "
                      "with a quotation for your project today?</p></div></div></body></html>";
    const char *t = text_of(box, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_non_null(strstr(t, "get a quote from three builders"));
    assert_null(strstr(t, "borrow"));
    assert_null(strstr(t, "Calculate"));
    assert_null(strstr(t, "Hello!"));
    pa_doc_free(&d);
    const char *chat = "<html><body><div class=\"elementor-widget-container\">" PARA("Lead paragraph.")
                       PARA("Second paragraph.") "</div><div class=\"joinchat joinchat--right\"><div class=\""
                       "joinchat__button\"><div class=\"joinchat__button__sendtext\">Open chat</div></div><div "
                       "class=\"joinchat__box\"><div class=\"joinchat__message\">Hello! Can we help you with a "
                       "quotation?</div></div></div></body></html>";
    t = text_of(chat, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Open chat"));
    assert_null(strstr(t, "Hello!"));
    pa_doc_free(&d);
    const char *dealer = "<html><body><div class=\"post-body\">" PARA("Lead paragraph.")
                         "<div class=\"cta-block\"><h3>Thinking about trading in?</h3><p>Get an instant offer on your "
                         "current vehicle in two minutes.</p><a class=\"btn\" href=\"/trade\">Value Your Trade</a></div>"
                         PARA("Second paragraph.") "</div></body></html>";
    t = text_of(dealer, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "trading in"));
    assert_null(strstr(t, "instant offer"));
    pa_doc_free(&d);
    const char *listing = "<html><body><article><h1>Land prices climb</h1><div class=\"body\">" PARA("Lead paragraph.")
                          "<div class=\"listing-card\"><div class=\"price\">$879,000</div><div>4 bed \xc2\xb7 2 bath"
                          "</div><div>14 Banksia Crescent, Ripley QLD 4306</div><a href=\"/l/1\">View property</a></div>"
                          PARA("Second paragraph.") "</div></article></body></html>";
    t = text_of(listing, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "879,000"));
    assert_null(strstr(t, "Banksia"));
    pa_doc_free(&d);
    const char *product = "<html><body><article><h1>Why PV cable</h1><div class=\"content\">" PARA("Lead paragraph.")
                          "<div class=\"pro-box\"><h4>PV1-F Solar Cable 4mm2</h4><p>Tinned copper, double insulated, "
                          "TUV certified.</p><a class=\"btn\" href=\"/p/pv\">View Details</a></div>"
                          PARA("Second paragraph.") "</div></article></body></html>";
    t = text_of(product, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "TUV certified"));
    pa_doc_free(&d);
    /* a story's short section linking its page in a paragraph, no button, stays */
    const char *section = "<html><body><article><h1>Budget passes</h1><div class=\"content\">" PARA("Lead paragraph.")
                          "<section><h2>How to apply</h2><p>Applications for the small-business grants open Monday "
                          "and close on April 30.</p><p><a href=\"/grants\">More details</a></p></section>"
                          PARA("Second paragraph.") "</div></article></body></html>";
    t = text_of(section, &d);
    assert_non_null(strstr(t, "How to apply"));
    assert_non_null(strstr(t, "grants open Monday"));
    pa_doc_free(&d);
    expect_line_gone_after_story("Authorised for release by the Board of Northgate Industrial Trust.");
    expect_line_gone_after_story("This announcement has been authorised for release by the Board of Directors.");
    const char *own =
        "<html><head><meta property=\"og:site_name\" content=\"Harbourline Developments\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Stage 2 launched\","
        "\"author\":{\"@type\":\"Organization\",\"name\":\"Harbourline Developments\"}}</script></head><body><article>"
        "<h1>Stage 2 launched</h1><p>Harbourline Developments has released the second stage of Saltwater Point, its "
        "waterfront community in Redcliffe, with 64 townhomes priced from $1.08 million.</p>"
        PARA("Second paragraph.") PARA("Third paragraph.") PARA("Fourth paragraph.") PARA("Fifth paragraph.")
        "<h2>About Harbourline Developments</h2><p>Harbourline Developments is a Queensland property group that has "
        "delivered more than 9,000 homes since 1994.</p></article></body></html>";
    t = text_of(own, &d);
    assert_non_null(strstr(t, "Fifth paragraph."));
    assert_null(strstr(t, "About Harbourline Developments"));
    assert_null(strstr(t, "Queensland property group"));
    pa_doc_free(&d);
    /* a newsroom's story naming itself in its first sentence is no release: its note about itself goes */
    const char *newsroom =
        "<html><head><meta property=\"og:site_name\" content=\"Example Gazette\"><meta name=\"author\" "
        "content=\"Example Gazette\"></head><body><article><h1>County buildings fail</h1><p>An Example Gazette "
        "investigation has found that dozens of county buildings have failed safety inspections since 2020.</p>"
        PARA("Second paragraph.") PARA("Third paragraph.") PARA("Fourth paragraph.")
        "<p>The Example Gazette is an independent, nonprofit newsroom that covers government, schools and the "
        "environment in Cedar County.</p></article></body></html>";
    t = text_of(newsroom, &d);
    assert_non_null(strstr(t, "Fourth paragraph."));
    assert_null(strstr(t, "nonprofit newsroom"));
    pa_doc_free(&d);
}

/* A trade site's SEO keyword link glued to a sentence's end mark with no
 * space ("…in the world.<a>aluminium products</a>", also with the next
 * sentence glued after it, or opening a paragraph glued to its first
 * sentence) is no text of the story; a link a sentence
 * holds, after a space, stays, and so do a title linked in bold after
 * "here…." and a name glued after an abbreviation ("U.S.").  A byline and date line closed by its reading time ("Jane Doe
 * · October 14, 2025 · 4 min read") is no text either. */
static void glued_keyword_links(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Coil line opens</h1>"
                       "<p>The new line started work in November and rolls strip down to 0.15 mm for battery makers."
                       "<a href=\"/products/coil/\">aluminium products</a></p>"
                       "<p>Output will reach 160,000 tonnes a year, the company said in Gongyi on Monday.<a href=\"/p/\">"
                       "<strong>aluminium coil</strong></a>Zhao Lijun said buyers in Asia wanted shorter lead times "
                       "and would get them.</p>"
                       "<p><a href=\"/p/\">aluminium strip</a>Wang Fei said the first coils went to Busan, and more "
                       "will follow in December and January.</p>"
                       "<p>Buyers can see <a href=\"/tour/\">the rolling mill</a> on a visit, and samples are sent "
                       "on request to any customer who asks.</p>"
                       "<p><strong>See the project here.<a href=\"/x/\">How To Clean A</a></strong> table top, a "
                       "guide for every workshop owner.</p>"
                       "<p>The mill's permits were shared with the U.S.<a href=\"/army/\">Army Corps of Engineers</a>"
                       "</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "for battery makers."));
    assert_null(strstr(t, "aluminium products"));
    assert_null(strstr(t, "aluminium coil"));
    assert_non_null(strstr(t, "Zhao Lijun said"));
    assert_null(strstr(t, "aluminium strip"));
    assert_non_null(strstr(t, "Wang Fei said"));
    assert_non_null(strstr(t, "see the rolling mill on a visit"));
    assert_non_null(strstr(t, "How To Clean A"));
    assert_non_null(strstr(t, "Army Corps of Engineers"));
    pa_doc_free(&d);
    const char *read = "<html><body><article><h1>Townhouses sell out</h1><div class=\"x\">Luke Farrow \xc2\xb7 October "
                       "14, 2025 \xc2\xb7 4 min read</div>" PARA("A project of townhouses sold out.")
                       PARA("Second paragraph.") "</article></body></html>";
    t = text_of(read, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Farrow"));
    assert_null(strstr(t, "min read"));
    pa_doc_free(&d);
}

/* A trade CMS's <title> parted by unspaced marks ("Headline-Company
 * News-Example Co., Ltd.") over a story whose headline is a <div>: the
 * headline is the title and leaves the text; a hyphenated headline with
 * no such line stays whole.  The inquiry form's heading under the story
 * ("Leave Your Message", "Send your message to us:") is no text, nor are
 * the product keywords under their label ("Hot Tags: …"). */
static void trade_cms_titles(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Sunrise at CIFF Guangzhou 2025-Company News-Foshan Sunrise Furniture Co., "
                       "Ltd.</title></head><body><div class=\"newsshow\"><div class=\"newstitle\">Sunrise at CIFF "
                       "Guangzhou 2025</div><div class=\"newsinfo\">Source: Sunrise Author: admin Release time: 2025-03-22 09:41:17"
                       "</div><div class=\"newscontent\"><div>From 18 to 21 March, Foshan Sunrise Furniture exhibited "
                       "at the fair in Guangzhou, and our stand showed 46 new designs, including a modular sofa.</div>"
                       "<div><br></div><div>More than 1,100 visitors from 58 countries came to the stand, and we signed "
                       "preliminary orders for 64 containers during the fair.</div>" PARA("From 18 to 21 March we exhibited.")
                       PARA("Second paragraph.") "</div><div class=\"message\"><div class=\"title\">Leave Your Message"
                       "</div><form><textarea name=\"m\"></textarea></form></div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(d.title);
    assert_string_equal(d.title, "Sunrise at CIFF Guangzhou 2025");
    assert_true(!strncmp(t, "From 18 to 21 March, Foshan", 27));
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Leave Your Message"));
    pa_doc_free(&d);
    expect_line_gone_after_story("Hot Tags: aluminium coil price, battery foil, 1070 aluminium foil, cathode foil");
    const char *plain = "<html><head><title>Hong Kong-based maker opens plant</title></head><body><div>"
                        PARA("First paragraph.") PARA("Second paragraph.") "</div></body></html>";
    t = text_of(plain, &d);
    assert_string_equal(d.title, "Hong Kong-based maker opens plant");
    pa_doc_free(&d);
}

/* The boxes a sports page sets inside its story go (a head-to-head
 * record, a form guide, the key events, a player's profile card, the fans'
 * vote, a free-bet offer, a chart embed, a score bug, a stat box, a fantasy
 * card, the player-of-the-match vote), and so does an AMP picture's
 * caption; the story's own line-up paragraph and its results tables stay,
 * a bare <table> whose class names a data box ("standings-table") too, and
 * so does a paragraph of prose under such a box's class word ("key-events"
 * over the season told in sentences). */
static void sports_boxes_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><div class=\"story\">" PARA("Lead paragraph.")
        "<div class=\"HeadToHead_box__9q\"><h4>Head to head</h4><div><span>Rovers wins</span><b>14</b></div></div>"
        "<div class=\"FormGuide_form__3a\"><h4>Form guide</h4><span>W</span><span>D</span><span>L</span></div>"
        PARA("Second paragraph.")
        "<div class=\"player-profile-card\"><h4>Aaron Whitlock</h4><table><tr><td>Goals</td><td>11</td></tr></table></div>"
        "<div class=\"wp-block-group fan-vote\"><p><strong>Have your say:</strong> rate the players in our fan vote.</p></div>"
        "<div class=\"bet-offer\"><h4>Bet 10, get 30 in free bets</h4><p>New customers only. Place a first bet of "
        "10 on any football market at odds of 1/2 or greater and receive 30 in free bets within 48 hours.</p></div>"
        "<div class=\"chart-embed\"><h4>Interactive: points per game</h4><p>Hover over a bar to see the player.</p></div>"
        "<amp-img src=\"a.jpg\" width=\"1200\" height=\"675\" alt=\"\"></amp-img>"
        "<p class=\"amp-caption\">Sam Tuilagi on his way to 78 at the oval.</p>"
        "<div class=\"score-bug\"><span>CRO</span><b>0</b><b>2</b><span>ASH</span></div>"
        "<div class=\"stat-box\"><h4>By the numbers</h4><ul><li><b>11</b> minutes for Whitlock to score</li></ul></div>"
        "<div class=\"fantasy-player-card\"><span>QB</span> <span>Proj. 21.4 pts</span> <span>Opp: BAY</span></div>"
        "<div class=\"sp-c-player-of-the-match\"><h3>Player of the match</h3><ol><li>Jonas Kiely 7.9</li></ol></div>"
        PARA("Third paragraph.") "<p>Teams: Hartfield: Moss; Etherington, Price, Adeyemi, Holt; Brandt, Osei.</p>"
        "<table><tr><th>Team</th><th>F</th></tr><tr><td>Pinecrest</td><td>58</td></tr></table>"
        "<div class=\"key-events\"><h3>How the season unfolded</h3><p>Hartfield lost three of their first four "
        "games, and the board gave the manager until Christmas before the run of eleven wins turned it round.</p></div>"
        "<div class=\"article-table\"><table class=\"standings-table\"><tr><th>Team</th><th>Pts</th></tr>"
        "<tr><td>Hartfield United</td><td>41</td></tr></table></div>"
        PARA("Last paragraph.") "</div></article>"
        "<section class=\"key-events\"><h3>Key events</h3><ul><li>12' Goal: Tiernan (Hartfield)</li>"
        "<li>40' Goal: Ashworth</li></ul></section></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Last paragraph."));
    assert_null(strstr(t, "Rovers wins"));
    assert_null(strstr(t, "Form guide"));
    assert_null(strstr(t, "Whitlock"));
    assert_null(strstr(t, "fan vote"));
    assert_null(strstr(t, "free bets"));
    assert_null(strstr(t, "Hover over"));
    assert_null(strstr(t, "Tuilagi"));
    assert_null(strstr(t, "Goal: Ashworth"));
    assert_null(strstr(t, "CRO"));
    assert_null(strstr(t, "By the numbers"));
    assert_null(strstr(t, "Proj. 21.4"));
    assert_null(strstr(t, "Kiely 7.9"));
    assert_non_null(strstr(t, "Etherington, Price"));
    assert_non_null(strstr(t, "Pinecrest 58"));
    assert_non_null(strstr(t, "the run of eleven wins turned it round"));
    assert_non_null(strstr(t, "Hartfield United 41"));
    pa_doc_free(&d);
}

/* The wire's row of its pages under a sports story ("AP NHL: https://… and
 * https://…"), a broadcaster's pointer to its own live coverage and an AMP
 * page's stand-in for a live-timing embed go; a
 * story's sentence about a website, or someone's words about watching
 * live, stays. */
static void sports_pointer_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int address, notice;
    } cases[] = {
        {"AP NHL: https://apnews.com/hub/nhl and https://twitter.com/AP_NHL", 1, 0},
        {"https://example.com/a | https://example.com/b", 1, 0},
        {"AP NHL: https://apnews.com/hub/nhl and more", 0, 0},
        {"Follow live text commentary of every ball on the Example Sport website and app.", 0, 1},
        {"Watch the final live on Example Two and the Example Sport website from 18:00 GMT on Sunday.", 0, 1},
        {"Watch the game live on the club website, the coach said.", 0, 0},
        {"Get the tickets from the club website before Friday.", 0, 0},
        {"Follow the route on the city's website, where live updates will be posted.", 0, 0},
        {"Get the app update before Friday, the bank warned, or live payments will fail.", 0, 0},
        {"FOLLOW ALL THE LATEST TRANSFER NEWS ON OUR LIVE BLOG", 0, 1},
        {"Live timing is not available on this page. Open the full site for live timing.", 0, 1},
        {"This content is not available in AMP. View the full version.", 0, 1},
        {"The full squad list is not available yet, the club said.", 0, 0},
        {"The full version of the audit is not available to the public; reporters were told to see the summary.", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[160];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_address(&line) != 0, cases[i].address);
        assert_int_equal(pa_line_site_notice(&line) != 0, cases[i].notice);
    }
}

/* A consumer desk's call for the reader's problem at a story's end (the
 * reader asked, then the desk offering its help) and the mailing
 * platform's "View this email in your browser" are site notices; a
 * story's question with someone's offer reported, or a question the story
 * answers, stays. */
static void consumer_desk_call_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int notice;
    } cases[] = {
        {"Do you have an issue with a company that you haven't been able to resolve? If so, Example 7 On Your Side "
         "wants to help you!",
         1},
        {"Got a problem with a contractor? Our Action Team is here to help.", 1},
        {"Having trouble with a refund? The Example 4 Responds team wants to hear from you.", 1},
        {"Do you have an issue with your landlord? The tenants' union wants to help you, Smith said.", 0},
        /* the newsroom's call for readers' accounts under an investigation */
        {"Do you have a family member in a nursing home? Tell us about their care.", 1},
        {"Do you have a question about Example County you'd like us to answer? Submit it below.", 1},
        {"Do you have a question about the levy? The clerk said voters can submit it below the ballot line.", 0},
        {"Do you have a question for the candidates? Submit your question to the League of Women Voters at "
         "lwv.example.org by Oct. 1.", 0},
        {"Do you work in a warehouse? We want to hear about the conditions you face.", 1},
        {"Do you know what a heat pump is? Tell us about it, the installer asked the crowd, Smith said.", 0},
        {"Have you ever wondered why prices rise in winter? Economists point to heating costs.", 0},
        {"Do you have an issue with the new parking rules? Many residents do, and the council will vote on Friday.", 0},
        /* the mailing platform's line over an archived newsletter */
        {"Is this email not displaying correctly?View it in your browser.", 1},
        {"View this email in your browser", 1},
        {"Open the link in your browser to confirm the booking, the email said.", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[240];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_site_notice(&line) != 0, cases[i].notice);
    }
    /* the heading of the desk's form, after a rule of hyphens; a story's sentence stays */
    static const struct {
        const char *text;
        int tool;
    } labels[] = {
        {"---------- SHARE YOUR STORY", 1},
        {"Share your story", 1},
        {"-- Advertisement --", 1},
        {"Share your story with the panel before Friday, the organisers asked.", 0},
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        char buf[120];
        snprintf(buf, sizeof buf, "%s", labels[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_tool(&line) != 0, labels[i].tool);
    }
}

/* The highlights box a news template sets over the story (an element
 * named story-highlights, or a "highlights" class over two to six short
 * points, no link, or a "highlight" class under the label "Highlights",
 * a short note beside the points) goes; the story under it, and a "highlights" box that
 * holds the story's own paragraphs, stay. */
static void story_highlights_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Ten films to stream</h1>"
                            "<story-highlights class=\"spacer-small column\"><ul><li>One of these films is what you "
                            "should watch tonight.</li><li>This week's picks include two new thrillers.</li></ul>"
                            "</story-highlights>"
                            "<div class=\"highlights_cont\"><span class=\"highlight_title\">HIGHLIGHTS</span>"
                            "<h2>Models mimic reasoning without grounding</h2><h2>World models learn by prediction</h2>"
                            "</div>" PARA("The story starts here.") PARA("The story ends.") "</article></body></html>",
                            &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_null(strstr(t, "watch tonight"));
    assert_null(strstr(t, "mimic reasoning"));
    assert_null(strstr(t, "HIGHLIGHTS"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Season review</h1><div class=\"highlights\">" PARA("The story starts here.")
                "<h2>The first half</h2>" PARA("The middle of the story.") "<h2>The second half</h2>"
                PARA("The story ends.") "</div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "The story starts here."));
    assert_non_null(strstr(t, "The first half"));
    assert_non_null(strstr(t, "The story ends."));
    pa_doc_free(&d);
    /* a TV channel's "highlight" box under its label, a short note beside the points (goes); a
     * "highlighted" block over the writer's "Key Takeaways" (stays) */
    t = text_of("<html><body><article><h1>Heatwave alert</h1><div class=\"highlight\"><h2>Highlights</h2>"
                "<p class=\"ai-note\">Quick Read: Summary is AI generated.</p><ul><li>Orange alert for 11 districts</li>"
                "<li>Schools asked to end classes by noon</li></ul></div>" PARA("The story starts here.")
                PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "Orange alert"));
    assert_non_null(strstr(t, "The story starts here."));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Website builders</h1>" PARA("The story starts here.")
                "<div class=\"taco-highlighted-block\"><h4>Key Takeaways</h4><ul><li>Wix is our top-rated builder</li>"
                "<li>Pricing ranges widely</li></ul></div>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Wix is our top-rated builder"));
    pa_doc_free(&d);
}

/* A stats table's header row among the story's first lines ("Player Team
 * AVG HR RBI": names, then capitals) is data, not a byline; an in-story
 * pointer "Related: <headline>" does not turn the subheaded sections after
 * it into a teaser list. */
static void sports_table_header_and_inline_pointer(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><div class=\"news-text\">"
        "<p>We are halfway through the season, and the Otters are running away with it. Here are our picks.</p>"
        "<h2>MVP: Sam Whitford, Riverton</h2>"
        "<p>The catcher leads the league in home runs and runs batted in. Nobody else is close.</p>"
        "<table><thead><tr><th>Player</th><th>Team</th><th>AVG</th><th>HR</th><th>RBI</th></tr></thead>"
        "<tbody><tr><td>Sam Whitford</td><td>Riverton</td><td>.318</td><td>15</td><td>49</td></tr></tbody></table>"
        "<p class=\"inline-related\"><strong>Related:</strong> <a href=\"/news/1\">Otters complete sweep of Larks</a></p>"
        "<h2>Pitcher of the half: Jake Lindgren, Riverton</h2>"
        "<p>Lindgren is 8-2 with a 2.41 ERA and has won his last five starts in a row.</p>"
        "<h2>Rookie of the half: Tomas Ferreira, Oakmont</h2>"
        "<p>The 20-year-old shortstop has hit .280 and stolen 14 bases since May.</p>"
        "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Player Team AVG HR RBI"));
    assert_null(strstr(t, "Otters complete sweep"));
    assert_non_null(strstr(t, "Pitcher of the half"));
    assert_non_null(strstr(t, "stolen 14 bases"));
    pa_doc_free(&d);
}

/* "Up next" over a paragraph of a match report is the story's section on
 * the teams' next games and stays; over a video's short linked title it is
 * the player's label and goes. */
static void up_next_section_heading(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"story\">" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "<h2>Up next</h2><p>Rovers travel to Park Avenue on Tuesday night before welcoming Dovercourt to "
                       "Fenwick Road next Saturday.</p>" PARA("Last paragraph.")
                       "<div class=\"clip\"><h3>Up next</h3><p><a href=\"/v/2\">Highlights: Ashby 2-1 Brackley</a></p></div>"
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Up next\n\nRovers travel"));
    assert_null(strstr(t, "Up next\n\nHighlights"));
    pa_doc_free(&d);
}

/* A review's verdict box among its paragraphs (score badge, "Our verdict",
 * the for/against lists) goes, as a star widget does, and so do the title
 * of a table-of-contents box whose list of links went and a comparison
 * table's "Check price" buttons (its cells stay); a buying guide's
 * pros and cons under a product heading, and a heading a template marks
 * "toc" for its contents list, stay. */
static void review_boxes_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><div class=\"story\">" PARA("Lead paragraph.")
        "<div id=\"ez-toc-container\" class=\"ez-toc-v2_0_69\"><div class=\"ez-toc-title-container\">"
        "<p class=\"ez-toc-title\">Table of Contents</p></div><nav><ul><li><a href=\"#a\">First</a></li>"
        "</ul></nav></div>"
        "<div class=\"verdict-box\"><div class=\"score-badge\"><span>9/10</span><span>Our score</span></div>"
        "<h2>Our verdict</h2><p>Runs all day and then some, and old apps mostly work; the keyboard is fine, the "
        "screen is sharp and the fan never spins up.</p>" /* (prose of 120+ characters: a verdict box still) */
        "<div class=\"pros\"><h3>For</h3><ul><li>Outstanding battery life</li></ul></div>"
        "<div class=\"cons\"><h3>Against</h3><ul><li>Only two ports</li></ul></div></div>"
        PARA("Second paragraph.")
        "<h2 class=\"product-chart-title toc\" id=\"best-overall\">Lenovo Slate 9 - Best overall</h2>"
        "<div class=\"product-pros-cons-list\"><h3>Pros</h3><ul><li>Long battery life in our test</li></ul>"
        "<h3>Cons</h3><ul><li>Glossy screen in harsh light</li></ul></div>"
        "<table><tr><th>Model</th><th>Price</th><th></th></tr><tr><td>Tessel Pro</td><td>$449</td>"
        "<td><a class=\"btn\" href=\"https://go.example/1\" rel=\"sponsored\">Check price</a></td></tr></table>"
        PARA("Last paragraph.") "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Last paragraph."));
    assert_non_null(strstr(t, "Tessel Pro $449"));
    assert_null(strstr(t, "Check price"));
    assert_null(strstr(t, "Table of Contents"));
    assert_null(strstr(t, "9/10"));
    assert_null(strstr(t, "Our verdict"));
    assert_null(strstr(t, "Outstanding battery"));
    assert_non_null(strstr(t, "Best overall"));
    assert_non_null(strstr(t, "Long battery life in our test"));
    assert_non_null(strstr(t, "Glossy screen"));
    pa_doc_free(&d);
}

/* A how-to's quick-facts row over its steps, a callout box's icon alone,
 * a gist embed's "hosted with ❤ by GitHub" footer, a star rating line and a
 * newsletter issue's or a podcast episode's sponsor message (its "Sponsor" label run in) are furniture (or a pitch);
 * a sentence about difficulty and a line with words beside
 * its emoji are not. */
static void howto_facts_and_icon_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int furniture;
    } cases[] = {{"Difficulty: Easy Time: 5 minutes What you need: A phone or computer", 1},
                 {"Difficulty Moderate Steps 12 Time Required 15 minutes", 1},
                 {"Difficulty: the hardest part is the time it takes. Most people need an hour.", 0},
                 {"Difficulty aside, the steps take little time", 0},
                 {"\xf0\x9f\x92\xa1", 1},                /* 💡 */
                 {"\xe2\x9a\xa0\xef\xb8\x8f", 1},        /* ⚠️ */
                 {"\xf0\x9f\x92\xa1 Tip", 0},
                 {"view rawlumen.toml hosted with \xe2\x9d\xa4 by GitHub", 1},
                 {"Rating: \xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x86", 1}, /* ★★★★☆ */
                 {"\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xc2\xbd", 1},                           /* ★★★½ */
                 {"Food: \xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85", 0}, /* a review's field */
                 {"\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85 9.1 Superb", 1}, /* a booking card's score */
                 {"\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85\xe2\x98\x85 9 of the 10 judges agreed", 0},
                 {"This issue is brought to you by Ledgerly. Ledgerly closes your books in hours. Try it free.", 1},
                 {"This issue is the last of the year, brought to you in two parts.", 0},
                 /* a podcast's sponsor read with its label run in */
                 {"Sponsor This episode is sponsored by Calmly. Get 20% off your first year.", 1},
                 {"Sponsor families say this episode of the series was sponsored by nobody.", 0},
                 {"Wow", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        size_t chars = 0; /* code points, as the extractor counts them */
        for (const char *c = buf; *c; c++)
            chars += ((unsigned char)*c & 0xC0) != 0x80;
        pa_line line;
        pa_line_init(&line, buf, chars);
        assert_int_equal(pa_line_furniture(&line) != 0 || pa_line_pitch(&line) != 0, cases[i].furniture);
    }
}

/* A heading after the story's first sentence is a section's title, not
 * a byline ("From X, Y") or a wire's credit ("X/Y"); the same lines above
 * the story still go. */
static void story_subheads_not_bylines(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h4>From Jane Doe, Abuja</h4>" PARA("The story starts here.")
                            PARA("The story goes on.") "<h2>Reuters/Ipsos Poll</h2>" PARA("The poll goes on.")
                            "<h2>From Russia With Love, Again</h2>" PARA("The film goes on.")
                            PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "The story ends."));
    assert_null(strstr(t, "From Jane Doe"));
    assert_non_null(strstr(t, "Reuters/Ipsos Poll"));
    assert_non_null(strstr(t, "From Russia With Love, Again"));
    pa_doc_free(&d);
}

/* A section's <h1> ("News Flash") over the story's own headline in an <h3>
 * (CivicPlus-style city news): both go, the headline being the title's. */
static void section_h1_over_headline(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><title>Elm Street Water Main Work Begins January 12 | City of Example</title>"
                            "</head><body><div class=\"module\"><h1>News Flash</h1><div class=\"detail\">"
                            "<h4>Tools</h4><h3>Elm Street Water Main Work Begins January 12</h3>"
                            PARA("Crews will replace the water main under Elm Street starting in January.")
                            PARA("The work will take until May, weather permitting, and close two blocks at a time.")
                            "</div></div></body></html>", &d);
    assert_non_null(strstr(t, "Crews will replace"));
    assert_null(strstr(t, "News Flash"));
    assert_null(strstr(t, "Elm Street Water Main Work Begins"));
    assert_null(strstr(t, "Tools"));
    assert_string_equal(d.title, "Elm Street Water Main Work Begins January 12");
    pa_doc_free(&d);
}

/* A government release's tail (Canada.ca-style): the card under "Contacts"
 * run into one line of name, title, office and number (no e-mail), and
 * "Stay connected: Follow … on X and Facebook.", the page-feedback form's
 * note ("Your feedback helps us improve this website …"), the page's note
 * on its languages and formats ("This page is available in other
 * languages …"); a story line
 * with a number and a sentence in it, a quoted call to follow and a
 * story's sentence on feedback stay. */
static void government_release_tail(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int detail, service;
    } cases[] = {
        {"Jane Doe Press Secretary Office of the Minister of Environment and Waters 613-555-0148", 1, 0},
        {"Call 613-555-0148 to book a clinic. Interpreters are available in Spanish and Vietnamese at every site", 0,
         0},
        {"Stay connected: Follow the department on X and Facebook. Subscribe to news releases by email.", -1, 1},
        {"Police said: follow the department on Facebook for updates on the closures.", -1, 0},
    };
    static const struct {
        const char *text;
        int pitch;
    } notes[] = {
        {"Your feedback helps us improve this website. Please do not include personal information.", 1},
        {"Do not include any personal details such as your name or phone number.", 1},
        {"Your feedback on the draft plan will help the council improve the bus routes, the mayor said.", 0},
        {"The files do not include personal information such as Social Security numbers, the agency said in a "
         "letter to customers.", 0},
        {"The stolen records do not include personal information, according to the hospital.", 0},
    };
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
        pa_line line;
        pa_line_init(&line, notes[i].text, strlen(notes[i].text));
        assert_int_equal(pa_line_pitch(&line) != 0, notes[i].pitch);
    }
    static const struct {
        const char *text;
        int notice;
    } formats[] = {
        {"This page is available in other languages. For language assistance or accommodations, call 555-0170.", 1},
        {"To request this document in an alternate format, contact the ADA coordinator at 555-0100.", 1},
        {"The county said this page is available in other languages as of Monday.", 0},
    };
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        pa_line line;
        pa_line_init(&line, formats[i].text, strlen(formats[i].text));
        assert_int_equal(pa_line_site_notice(&line) != 0, formats[i].notice);
    }
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_line line;
        pa_line_init(&line, cases[i].text, strlen(cases[i].text));
        if (cases[i].detail >= 0)
            assert_int_equal(pa_line_contact_detail(&line) != 0, cases[i].detail);
        assert_int_equal(pa_line_reader_service(&line) != 0, cases[i].service);
    }
}

/* A Drupal release's department field, a short link between the headline
 * and the story whose first sentence names it: the section's link, not the
 * title of the paragraph under it (as a roundup item's linked title is). */
static void section_link_over_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>County Offers Free Flu Clinics in December</h1><article>"
                            "<div class=\"field\"><a href=\"/public-health\">Public Health</a></div>"
                            "<div class=\"body\"><p>Lindell County Public Health will hold six free vaccination "
                            "clinics in December for residents aged six months and older. No appointment or "
                            "insurance is required, and the clinics will offer both the seasonal flu vaccine and "
                            "the updated vaccine.</p>" PARA("Flu activity in the county has risen since November.")
                            "</div></article></main></body></html>", &d);
    assert_non_null(strstr(t, "Lindell County Public Health will hold"));
    assert_true(strncmp(t, "Public Health", 13) != 0);
    pa_doc_free(&d);
}

/* An investing page's furniture set into the story: the stock-picking
 * newsletter's pitch, the comparison site's partner note, an affiliate
 * list's row, the disclosure section's labelled lines, the note on an
 * unlisted stock or a machine-written story, the writer's follower
 * count; the story's own sentences with the same words stay. */
static void finance_pitch_and_disclosures(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int pitch, note, meta;
    } cases[] = {
        {"Should you invest $1,000 in Example Corp. right now?", 1, 0, 0},
        {"Before you buy stock in Example Corp., consider this:", 1, 0, 0},
        {"The Example Stock Advisor analyst team just identified what they believe are the 10 best stocks for "
         "investors to buy now\xe2\x80\xa6 and Example wasn't one of them.", 1, 0, 0},
        {"Consider when Example made this list on April 15, 2005\xe2\x80\xa6 if you invested $1,000 at the time of "
         "our recommendation, you\xe2\x80\x99" "d have $612,480!*", 1, 0, 0},
        {"Now, it's worth noting Stock Advisor's total average return is 1,012% \xe2\x80\x94 a market-crushing "
         "outperformance compared to 186% for the S&P 500.", 1, 0, 0},
        {"*Stock Advisor returns as of December 1, 2026", 1, 0, 0},
        {"Invest better with Example. Get stock recommendations, portfolio guidance, and more from our premium "
         "services.", 1, 0, 0},
        {"Many or all of the products on this page are from partners who compensate us when you click to or take "
         "an action on their website, but this does not influence our evaluations.", 1, 0, 0},
        {"Kryptex Get a $20 bonus on your first deposit Visit Kryptex", 1, 0, 0},
        {"North Bank 0% commission on stock trades Visit North Bank", 1, 0, 0},
        {"Analyst's Disclosure: I/we have a beneficial long position in the shares of NGBC either through stock "
         "ownership, options, or other derivatives.", 0, 1, 0},
        {"Example's Disclosure: Past performance is no guarantee of future results.", 0, 1, 0},
        {"Additional disclosure: The analysis above is for informational purposes only.", 0, 1, 0},
        {"Disclaimer: Nothing in this article constitutes investment advice.", 0, 1, 0},
        {"Editor's Note: This article discusses one or more securities that do not trade on a major U.S. "
         "exchange.", 0, 1, 0},
        {"This article was generated with the help of automated tools and reviewed by an editor.", 0, 1, 0},
        {"This story was reported by a journalist and has been converted to this platform with the assistance of "
         "AI. Our editorial team verifies all reported and edited content.", 0, 1, 0},
        {"The agency said its reports are now drafted with the help of AI and checked by staff.", 0, 0, 0},
        {"Jane Doe 1,385 Followers Long/Short Equity, Value, Dividend Investing", 0, 0, 1},
        {"Sign up now for the Example Investing Club to follow Jane Doe's every move in the market.", 1, 0, 0},
        {"Get this delivered to your inbox, and more info about our products and services.", 1, 0, 0},
        {"Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and "
         "more - straight to your e-mail.", 1, 0, 0},
        {"Don't miss these insights from Example PRO", 1, 0, 0},
        {"Want the latest recommendations from Example Research? Today, you can download 7 Best Stocks for the Next "
         "30 Days. Click to get this free report", 1, 0, 0},
        {"Stock quotes by Example Data", 0, 1, 0},
        {"Our Standards: The Example Trust Principles.", 0, 1, 0},
        {"Editorial Process for Example is centered on delivering thoroughly researched, accurate, and unbiased "
         "content.", 0, 1, 0},
        {"The offers that appear on this site are from companies that compensate us.", 1, 0, 0},
        {"Advertiser Disclosure", 0, 1, 0},
        {"We are an independent, advertising-supported comparison service.", 0, 1, 0},
        {"Example requires writers to use primary sources to support their work.", 0, 1, 0},
        {"Example's editorial team writes on behalf of YOU - the reader.", 0, 1, 0},
        {"The regulator's advertiser disclosure rules take effect in March.", 0, 0, 0},
        {"Disclosure & Policies: Example is an award-winning media outlet that covers the cryptocurrency industry. "
         "Its journalists abide by a strict set of editorial policies.", 0, 1, 0},
        {"This article does not contain investment advice or recommendations. Every investment and trading move "
         "involves risk.", 0, 1, 0},
        {"Daily Debrief Newsletter: Start every day with the top news stories right now, plus original features.",
         1, 0, 0},
        {"Past performance is no guarantee of future results.", 0, 1, 0},
        {"Investing involves risk, including loss of principal.", 0, 1, 0},
        {"Trading cryptocurrencies carries a high level of risk and may not be suitable for all investors.", 0, 1, 0},
        {"The comments, opinions, and analyses expressed on Example are for informational purposes only.", 0, 1, 0},
        {"Past performance is no guarantee of future returns, the fund's manager warned investors at the meeting in "
         "Boston on Tuesday.", 0, 0, 0},
        {"Leveraged funds may not be suitable for all investors, the regulator wrote in its notice.", 0, 0, 0},
        {"Sign up now for the race, organizers told runners on Monday, because places are limited, the club said.", 0, 0, 0},
        {"Our standards have slipped, the chairman admitted.", 0, 0, 0},
        {"Google's new feature sends flight receipts straight to your inbox and files them automatically.", 0, 0, 0},
        {"The best of the week's sport, straight to your inbox every Friday.", 1, 0, 0},
        {"Sign up now for the summer reading program at any branch library.", 0, 0, 0},
        {"Financial disclosure: The mayor reported a position at her family's firm worth up to $50,000.", 0, 0, 0},
        {"Past performance is no guarantee, of course, but the numbers are striking.", 0, 0, 0},
        {"Investing involves risk, and younger savers can afford to take more of it.", 0, 0, 0},
        /* the story's own */
        {"Should you invest in bonds right now?", 0, 0, 0},
        {"Before you buy a house, consider this: rates may fall.", 0, 0, 0},
        {"If you invested $1,000 in the index a decade ago, you'd have $2,600 today, the fund said.", 0, 0, 0},
        {"Kryptex said it would offer a bonus to new users who visit Kryptex", 0, 0, 0},
        {"Tourism officials urged travelers to Visit Paris", 0, 0, 0},
        {"Disclosure: the fund lost money in 2022 and again this year.", 0, 0, 0},
        {"Full disclosure: I grew up in that town, and my family still owns a farm there.", 0, 0, 0},
        {"The account has 1,385 followers.", 0, 0, 0},
        {"1,200 followers in a week", 0, 0, 0},
        {"Stock quotes by phone were once a big business for the exchange.", 0, 0, 0},
        {"Invest better with the basics, advisers say: skip premium services and buy index funds.", 0, 0, 0},
        {"Editorial process for the new rules is centered on public comment and content review.", 0, 0, 0},
        {"This article was generated by a reporter's notes and the court's filings.", 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(line_hits(pa_line_pitch, cases[i].text), cases[i].pitch);
        assert_int_equal(line_hits(pa_line_standing_note, cases[i].text), cases[i].note);
        assert_int_equal(line_hits(pa_line_post_meta, cases[i].text), cases[i].meta);
    }
}

/* A health story's list of sources under its heading ("3 Sources", with
 * the site's sourcing note between) keeps its "et al." entries with their
 * volume and pages; a scholarly bibliography (a third of its entries with a
 * DOI) and a science wire's citation under the story still go. */
static void health_sources_list(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Magnesium for sleep</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") "<h3>3 Sources</h3><p>Example Health uses only high-quality "
                       "sources, including peer-reviewed studies, to support the facts within our articles.</p><ol>"
                       "<li>Ortega R, et al. Magnesium supplementation and sleep quality in older adults. J Sleep "
                       "Nutr. 2024;12(3):201-209.</li><li>Office of Supplement Information. Magnesium fact sheet. "
                       "Updated 2025.</li><li>Lindholm K, et al. Dietary magnesium and sleep duration. Nutr Today. "
                       "2023;8(2):55-63.</li></ol></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Ortega R, et al."));
    assert_non_null(strstr(t, "Lindholm K, et al."));
    assert_non_null(strstr(t, "Office of Supplement Information"));
    pa_doc_free(&d);
    const char *biblio = "<html><body><article><h1>Exercise and mental health</h1>" PARA("Lead paragraph.")
                         PARA("Second paragraph.") "<h2>References</h2><ol><li>Doe J, Roe R, et al. Yoga and mood. "
                         "Int J Yoga. 2012;5:85-91. doi: 10.4103/0973-6131.98212.</li><li>Poe A. Walking and sleep. "
                         "Clinics. 2005;60:61-70. doi: 10.1590/s1807-59322005000100012.</li><li>Loe B, et al. Mania "
                         "and meditation. Ment Health Relig Cult. 2001;4:209-213.</li></ol></article></body></html>";
    t = text_of(biblio, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Loe B"));
    assert_null(strstr(t, "Poe A"));
    pa_doc_free(&d);
    const char *wire = "<html><body><article><h1>Coral reefs recover</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") "<p>Kapule L, et al. Herbivore protection and coral recovery. Mar "
                       "Ecol Rep. 2026;14(2):101-109.</p></article></body></html>";
    t = text_of(wire, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Kapule"));
    pa_doc_free(&d);
}

/* The health and science pages' own notes go: the science wire's review
 * note and its attributes, the one-line reviewer credits, a desk's funding
 * note, a lent story's republishing note and its newsroom's note about
 * itself at the end; the story's sentences that use the same words stay. */
static void health_science_own_notes(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_science_note,
                                       "This article has been reviewed according to Science X's editorial process "
                                       "and policies. Editors have highlighted the following attributes while "
                                       "ensuring the content's credibility:"),
                     1);
    assert_int_equal(line_hits(pa_line_science_note, "proofread"), 1);
    assert_int_equal(line_hits(pa_line_science_note, "peer-reviewed publication"), 1);
    assert_int_equal(line_hits(pa_line_science_note, "The paper was proofread twice."), 0);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Medically reviewed by Victor Amadi, MD, PhD \xe2\x80\x94 Written by Imogen "
                                       "Saltash \xe2\x80\x94 Updated on Nov. 27, 2026"),
                     1);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Reviewed by an outside panel, the plan was written by three nurses."), 0);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Coverage of health equity at Example is supported by a grant from the Doe "
                                       "Foundation. Our financial supporters are not involved in any decisions "
                                       "about our journalism."),
                     1);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "The study was supported by a grant from the Doe Foundation, which was not "
                                       "involved in the design of the trial."),
                     0);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Disclosure: Example Regional Hospital has been a financial supporter of The "
                                       "Example Ledger, a nonprofit, nonpartisan news organization."),
                     1);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "The hospital said its financial supporters include two foundations."),
                     0);
    /* (the story's own sentence on some supporters, without the "Disclosure:" label) */
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Two local banks have been financial supporters of the festival since it "
                                       "began, the organisers said."),
                     0);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Disclosure: Candidates would have to name every financial supporter who "
                                       "gives more than $5,000, under the bill."),
                     0);
    assert_int_equal(line_hits(pa_line_rights,
                                       "This story was produced by Example Health News and is republished here with "
                                       "permission."),
                     1);
    assert_int_equal(line_hits(pa_line_rights,
                                       "The photos were republished with permission of the family, police said."),
                     0);
    assert_int_equal(line_hits(pa_line_newsroom_note,
                                       "Example Health News is a national newsroom that produces in-depth journalism "
                                       "about health issues."),
                     1);
    assert_int_equal(line_hits(pa_line_newsroom_note,
                                       "The council is a national body that produces guidance for doctors."),
                     0);
    pa_doc d;
    const char *lent = "<html><body><article><h1>Medicaid renewals</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") PARA("Third paragraph.")
                       "<p><em>Example Health News is a national newsroom that produces in-depth journalism about "
                       "health issues.</em></p><p><em>This story was produced by Example Health News and is "
                       "republished here with permission.</em></p></article></body></html>";
    const char *t = text_of(lent, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "national newsroom"));
    assert_null(strstr(t, "republished here"));
    pa_doc_free(&d);
    /* (a media story naming one of its newsrooms, an editor's quote after it: the story's) */
    const char *merger = "<html><body><article><h1>Three newsrooms to share staff</h1>" PARA("Lead paragraph.")
                         PARA("Second paragraph.") PARA("Third paragraph.")
                         "<p>The Mountain Ledger is a nonprofit newsroom covering rural Colorado, founded in 2019 with "
                         "grants from two regional foundations.</p><p>\xe2\x80\x9cWe are not going anywhere,\xe2\x80\x9d "
                         "Ledger editor Sam Ortiz said.</p></article></body></html>";
    t = text_of(merger, &d);
    assert_non_null(strstr(t, "nonprofit newsroom covering rural Colorado"));
    assert_non_null(strstr(t, "Sam Ortiz said."));
    pa_doc_free(&d);
}

/* A business daily's letter to its readers under the story ("Dear
 * Reader," over "Example Standard has always strived hard to provide
 * up-to-date information …", the request, the call and the editor's
 * signature) goes whole; the story above it stays. */
static void dear_reader_appeal_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *box = "<html><body><article><h1>Small-cap funds see outflows</h1>" PARA("Lead paragraph.")
                      PARA("Second paragraph.") PARA("Third paragraph.")
                      "<div class=\"appeal\"><p>Dear Reader,</p><p>Example Standard has always strived hard to "
                      "provide up-to-date information and commentary on developments that are of interest to you.</p>"
                      "<p>We, however, have a request.</p><p>Your support through more subscriptions can help us "
                      "practise the journalism to which we are committed.</p><p>Support quality journalism and "
                      "subscribe to Example Standard.</p><p>Digital Editor</p></div></article></body></html>";
    const char *t = text_of(box, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Dear Reader"));
    assert_null(strstr(t, "strived hard"));
    assert_null(strstr(t, "a request"));
    assert_null(strstr(t, "Digital Editor"));
    pa_doc_free(&d);
    /* the letter opening with its salutation, its lines on the paper's journalism */
    box = "<html><body><article><h1>Small-cap funds see outflows</h1>" PARA("Lead paragraph.") PARA("Second paragraph.")
          PARA("Third paragraph.")
          "<div class=\"appeal\"><p>Dear reader, We have been keeping you up-to-date with information on the "
          "developments in India and the world that have a bearing on our lives.</p><p>To enable wide dissemination of "
          "news that is in public interest, we have increased the number of articles that can be read free.</p>"
          "<p>However, we have a request for those who can afford to subscribe: please do.</p><p>We promise to deliver "
          "quality journalism that stays away from vested interest.</p><p>Support Quality Journalism.</p></div>"
          "</article></body></html>";
    t = text_of(box, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "keeping you up-to-date"));
    assert_null(strstr(t, "wide dissemination"));
    assert_null(strstr(t, "vested interest"));
    pa_doc_free(&d);
    /* (an editor's letter that is the story, and a story's sentence on striving to provide, stay) */
    assert_int_equal(line_hits(pa_line_pitch, "Dear readers, after 112 years of printing every Thursday, the Courier "
                                              "will publish its last paper edition on December 17. We want to thank "
                                              "every member of this community who has supported us."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "Dear readers, our reporters have been keeping you informed about the "
                                              "Ridge fire since Sunday night. Here is what we know this morning."),
                     0);
    assert_int_equal(line_hits(pa_line_pitch, "The ferry authority has always strived hard to provide service to both "
                                              "shores, and the new plan keeps that promise."),
                     0);
}

/* A science magazine's appeal under the story: its heading "On supporting
 * science journalism" and the editor's opener "If you enjoyed this article,
 * I'd like to ask for your support." go; a story's own sentences on
 * support for journalism stay. */
static void science_appeal_lines(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_pitch, "On supporting science journalism"), 1);
    assert_int_equal(line_hits(pa_line_pitch,
                                       "If you enjoyed this article, I\xe2\x80\x99" "d like to ask for your support. "
                                       "Example Science has served as an advocate for science for 180 years."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "On supporting science journalism, the board split."), 0);
    assert_int_equal(line_hits(pa_line_pitch,
                                       "If you enjoyed this article's recipe, try the soup next; it freezes well."),
                     0);
}

/* The editor's appeal box ending the text goes whole: its heading, the
 * opener and the paragraphs and signature under it; story paragraphs
 * after an opener set mid-story stay. */
static void science_appeal_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *box = "<html><body><article><h1>Deep sleep cleans the brain</h1>" PARA("Lead paragraph.")
                      PARA("Second paragraph.") PARA("Third paragraph.")
                      "<div class=\"promo\"><h2>Stand Up for Science</h2><p>If you enjoyed this article, I would "
                      "like to ask for your support. Example Science has served science for 180 years.</p><p>I have "
                      "been a subscriber since I was 12 years old, and it shaped the way I look at the world.</p>"
                      "<p>In return, you get essential news, captivating podcasts and brilliant infographics.</p>"
                      "<p>I hope you will support us in that mission.</p><p>Thank you,</p></div>"
                      "</article></body></html>";
    const char *t = text_of(box, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Stand Up"));
    assert_null(strstr(t, "12 years old"));
    assert_null(strstr(t, "In return"));
    assert_null(strstr(t, "Thank you"));
    pa_doc_free(&d);
    const char *mid = "<html><body><article><h1>Deep sleep cleans the brain</h1>" PARA("Lead paragraph.")
                      PARA("Second paragraph.") "<p>If you enjoyed this article, please support our work with a "
                      "subscription today.</p><p>Researchers then scanned 26 people as they slept in the machine "
                      "overnight.</p><p>Pulses of fluid entered the brain every 20 seconds during deep sleep.</p>"
                      "</article></body></html>";
    t = text_of(mid, &d);
    assert_null(strstr(t, "please support"));
    assert_non_null(strstr(t, "scanned 26 people"));
    assert_non_null(strstr(t, "every 20 seconds"));
    pa_doc_free(&d);
    /* (a food bank's story after a mid-story appeal: its lines speak of donations and members, but they
     * report speech; they stay) */
    const char *gifts = "<html><body><article><h1>Food bank sets a record</h1>" PARA("Lead paragraph.")
                        PARA("Second paragraph.") PARA("Third paragraph.")
                        "<div class=\"note\"><p>If you enjoyed this article, I'd like to ask for your support. Local "
                        "reporting like this depends on readers like you.</p></div>"
                        "<p>Donations of money go further than canned goods, Reyes said, because the food bank buys "
                        "wholesale.</p><p>Members of the Salem Rotary Club have pledged to match gifts through Dec. "
                        "31.</p><p>“We are grateful,” Reyes said.</p><p>The food bank is open weekdays from 9 "
                        "a.m. to 5 p.m. at 2240 Front St.</p></article></body></html>";
    t = text_of(gifts, &d);
    assert_null(strstr(t, "If you enjoyed"));
    assert_non_null(strstr(t, "Donations of money"));
    assert_non_null(strstr(t, "Rotary Club"));
    assert_non_null(strstr(t, "open weekdays"));
    pa_doc_free(&d);
}

/* A republished academic story: the writer's signature "Name, Role,
 * University" right over the footer "This article is republished from …
 * under a Creative Commons license." goes with it. */
static void republished_signature_footer(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Ticks are spreading north</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") PARA("Third paragraph.")
                       "<p><span><a href=\"/p/1\">Adrienne Coltrane</a>, Assistant Professor of Entomology, <em>"
                       "<a href=\"/u\">Lakeshore State University</a></em></span></p><p>This article is republished "
                       "from <a href=\"/c\">The Colloquy</a> under a Creative Commons license. Read the <a href=\"/o\">"
                       "original article</a>.</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Third paragraph."));
    assert_null(strstr(t, "Coltrane"));
    assert_null(strstr(t, "republished"));
    pa_doc_free(&d);
}

/* A series' standing note ending in its call for the readers' cases goes
 * ("… Do you have an interesting medical bill you want to share with us?
 * Tell us about it!"); a quoted sentence with the same words stays. */
static void series_case_call(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_site_notice,
                                       "Bill of the Month is a crowdsourced investigation by Example Health News that "
                                       "dissects and explains medical bills. Do you have an interesting medical bill "
                                       "you want to share with us? Tell us about it!"),
                     1);
    assert_int_equal(line_hits(pa_line_site_notice,
                                       "\"Have you ever been billed twice for one X-ray? Tell us about it!\" the "
                                       "billboard read."),
                     0);
    assert_int_equal(line_hits(pa_line_site_notice,
                                       "The clinic was bought by a hospital system, and the bill doubled."),
                     0);
}

/* A health site's boxes on its own standards go: "Why trust us?" and its
 * note on "our editorial process", "How we vet brands and products" and
 * its note; a story's sentence on a journal's review stays. */
static void health_site_standards_boxes(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Our team of writers, editors and medical experts follows a strict editorial "
                                       "process. Each article is reviewed by a board-certified clinician."),
                     1);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "Example Health only recommends products from brands that meet our standards. "
                                       "Read more about our vetting process."),
                     1);
    assert_int_equal(line_hits(pa_line_science_note, "How we vet brands and products"), 1);
    assert_int_equal(line_hits(pa_line_science_note, "Why trust us?"), 1);
    assert_int_equal(line_hits(pa_line_science_note,
                                       "The journal says a strict editorial process means each paper is reviewed by "
                                       "two outside experts."),
                     0);
}

/* A republished story's note on its first home goes, the finance
 * magazine's "Note: This item first appeared in …" too. */
static void republished_story_notes(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_history_note, "This story was originally featured on Example.com"), 1);
    assert_int_equal(line_hits(pa_line_history_note, "This article originally ran on example.com."), 1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Originally published on example.com, part of the BLOX Digital Content "
                                       "Exchange."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Originally published on a single sheet, the map was later bound into an "
                                       "atlas."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Note: This item first appeared in Example Personal Finance Magazine, a "
                                       "monthly periodical offering trusted advice."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "The item first appeared in a 1994 catalog, the auction house said."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This item first appeared on the menu in 1987 and has been a bestseller since."),
                     0);
    /* a chain's copy: the first home and its headline, longer than 150 */
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This article originally appeared on The Example Valley Herald-Tribune: "
                                       "County supervisors vote to keep the last rural bus route running through "
                                       "2028 after riders pack the chamber"),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "The story originally appeared on a local blog before the paper picked it up."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This article originally appeared on WXYZ 7 Detroit: Crews restore power to "
                                       "40,000 homes"),
                     1);
    /* a history series' reprint says where and when, not a chain's copy */
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This story originally appeared on the front page of the Gazette on Aug. 14, "
                                       "1926, under the headline: 'Thousands throng fairgrounds as prize hog breaks "
                                       "record.' It is reprinted here as part of our centennial series."),
                     0);
    /* a partner's credit to the wire it carries, alone or with the day */
    assert_int_equal(line_hits(pa_line_history_note, "Originally published by Reuters"), 1);
    assert_int_equal(line_hits(pa_line_history_note, "Originally published by The Associated Press on Nov. 14, 2025."), 1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Originally published by a small press in 1962, the novel sold poorly."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Originally published by Penguin in 1962, the novel found readers late."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note, "Originally published by Knopf in 1958"), 0);
}

/* The crypto desk's credit of its picture and chart goes; a sentence
 * opening with the same words stays. */
static void featured_image_source_credit(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_art_credit, "Featured image from Shutterstock, chart from TradingView.com"), 1);
    assert_int_equal(line_hits(pa_line_art_credit, "Cover image via Example Images"), 1);
    assert_int_equal(line_hits(pa_line_art_credit,
                                       "Featured image from the launch event. The company says it was staged."), 0);
}

/* A stock quote widget's numbers and labels go; a shop's price alone, a
 * story's numbers in a sentence and a table's or list's rows stay. */
static void finance_quote_widget_lines(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int in_rows, quote;
    } cases[] = {
        {"+4.8% (+4.8%)", 0, 1},
        {"22.18-3.1%", 0, 1},
        {"DJIA 47,318.22+1.09%", 0, 1},
        {"BTCUSD 79,410 -4.3%", 0, 1},
        {"HRBL $61.24", 0, 1},
        {"67%", 0, 1},
        {"Day Range", 0, 1},
        {"52 Week Range", 1, 1},
        {"Today's Change", 0, 1},
        {"HRBL 61.24 +4.8%", 1, 0},
        {"$99.99", 0, 0},
        {"$10-$20", 0, 0},
        {"Shares rose 4.8%.", 0, 0},
        {"Acme 61.24 +4.8%", 0, 0},
        {"2026", 0, 0},
        {"Range", 0, 0},
        {"Rating: Buy", 0, 1},
        {"Quant Rating: Strong Sell", 0, 1},
        {"Rating: Buy", 1, 0},
        {"Rating: Buy", 2, 0}, /* under a pick's name in the story's text: "Example Corp (EXM)" / "Rating: Buy" */
        {"Rating: Buy the dip, said one trader.", 0, 0},
        {"Credit rating: stable", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i].text);
        pa_line line;
        pa_line_init(&line, buf, strlen(buf));
        assert_int_equal(pa_line_quote_data(&line, cases[i].in_rows) != 0, cases[i].quote);
    }
    /* the badge over the analysis goes; the story's own pick rated in its text stays */
    pa_doc d;
    const char *page = "<html><body><article><h1>Three chip stocks to own</h1><div>Rating: Buy</div>"
        PARA("Lead paragraph.") PARA("Second paragraph.") "<p><strong>Example Corp (EXM)</strong></p>"
        "<p>Rating: Hold</p>" PARA("The analysts expect the chipmaker to double its sales.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_null(strstr(t, "Rating: Buy"));
    assert_non_null(strstr(t, "Rating: Hold"));
    pa_doc_free(&d);
}

/* A lead a Polish, Russian or Czech site sets apart above the body (a
 * named <h2>, a box, text before the body inside the lead's own box) is
 * the story's first paragraph there; an English standfirst above the body
 * is a deck and stays out; a lead the first paragraph retells is not
 * taken twice.  A picture's credit, a byline, a tools bar or the list of
 * related stories between the lead and the body does not hide it; past a
 * list of links only the lead the page's description repeats is taken,
 * and none behind a top block that holds the headline. */
static void foreign_set_apart_leads(void **state)
{
    (void)state;
#define PL_BODY                                                                                                   \
    "<p>Uroczyste otwarcie odbyło się w sobotę przed południem. Na kładce zebrało się kilkaset osób, wielu "   \
    "mieszkańców przyszło z dziećmi, żeby jako pierwsi przejść nad rzeką i obejrzeć miasto z góry.</p>"         \
    "<p>Prace miały się zakończyć jeszcze latem, jednak wykonawca dwukrotnie musiał wstrzymać roboty z powodu " \
    "wysokiego stanu rzeki. Koszt inwestycji wzrósł w tym czasie o niemal cztery miliony złotych.</p>"          \
    "<p>Miasto zapewnia, że dodatkowe wydatki pokryje w większości dotacja unijna, a rozliczenie zostanie "      \
    "przedstawione radnym na styczniowej sesji rady miasta.</p>"
#define PL_LEAD                                                                                                   \
    "Po dwóch latach budowy kładka łącząca Stare Miasto z Ostrowem Tumskim została udostępniona pieszym i "    \
    "rowerzystom. Ruch samochodowy na sąsiednim moście ruszy dopiero w kwietniu."
    static const char *const pages[] = {
        "<html><body><div class=\"art\"><h1>Nowy most otwarty</h1><div class=\"date\">2026-12-05</div>"
        "<h2 class=\"articleLead\">" PL_LEAD "</h2><figure><img src=\"a.jpg\"><figcaption>Most</figcaption></figure>"
        "<div class=\"articleBody\">" PL_BODY "</div></div></body></html>",
        "<html><body><div id=\"print\"><h1>Nowy most otwarty</h1><div class=\"date\">2026-12-05</div>"
        "<div class=\"art-lead\">" PL_LEAD "<div class=\"art-content\">" PL_BODY "</div></div></div></body></html>",
        "<html><body><main><div class=\"header\"><h1>Nowy most otwarty</h1><p class=\"perex\">" PL_LEAD "</p></div>"
        "<div class=\"text\">" PL_BODY "</div></main></body></html>",
        /* in the story's dropped <header> with its headline */
        "<html><body><div class=\"detail\"><header class=\"articleHeader\"><h1>Nowy most otwarty</h1><div "
        "class=\"date\">2026-12-05</div><div class=\"lead\"><p><strong>" PL_LEAD "</strong></p></div></header>"
        "<div class=\"articleBody\">" PL_BODY "</div></div></body></html>",
        /* unnamed, the box of prose right before the body's tab (wnp.pl's "head") */
        "<html><body><div class=\"art\"><h1>Nowy most otwarty</h1><div class=\"tabs\"><a href=\"#k\">Komentarze "
        "(3)</a></div><div class=\"signature\">Autor: Jan Nowak | 29-12-2026 09:22</div><div class=\"head\"> " PL_LEAD
        " </div><div id=\"tab1\"><div class=\"clearfix\"></div><div class=\"txt\">" PL_BODY "</div><div "
        "class=\"fb\"><span>Udostępnij artykuł znajomym</span></div></div></div></body></html>",
        /* unnamed, a picture with its credit between it and the body */
        "<html><body><div class=\"art\"><h1>Nowy most otwarty</h1><div class=\"signature\">Autor: Jan Nowak | "
        "29-12-2026 09:22</div><div class=\"head\"> " PL_LEAD " </div><div id=\"tab1\"><div class=\"photo\"><img "
        "src=\"a.jpg\" alt=\"\"><div class=\"credit\">Fot. Anna Kowalska (Agencja)</div></div><div class=\"txt\">"
        PL_BODY "</div></div></div></body></html>",
        /* unnamed, past the share box and the list of related stories beside the body, the lead the page's
         * description repeats */
        "<html><head><meta name=\"description\" content=\"" PL_LEAD "\"></head><body><div id=\"art\"><h1>Nowy most "
        "otwarty</h1><p class=\"date\">Dodano: 5 grudnia 2026, 09:15</p><strong id=\"articleSummary\">" PL_LEAD
        "</strong><div class=\"col180\"><div class=\"boxNews\"><span class=\"boxTitle\">Przeczytaj więcej</span><ul>"
        "<li><a href=\"/a1\">Remont wiaduktu potrwa do wiosny</a></li><li><a href=\"/a2\">Nowe linie autobusowe od "
        "stycznia</a></li><li><a href=\"/a3\">Radni przyjęli budżet na przyszły rok</a></li></ul></div></div>"
        "<div class=\"intext\">" PL_BODY "</div></div></body></html>"};
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
        pa_doc d;
        const char *t = text_of(pages[i], &d);
        const char *lead = strstr(t, "Po dwóch latach budowy");
        assert_non_null(lead);
        assert_true(lead < strstr(t, "Uroczyste otwarcie"));
        assert_null(strstr(lead + 1, "Po dwóch latach budowy")); /* once */
        pa_doc_free(&d);
    }
    /* an English standfirst above the body: a deck */
    pa_doc d;
    const char *en =
        "<html><body><div class=\"art\"><h1>New bridge opens</h1><div class=\"date\">2026-12-05</div>"
        "<h2 class=\"articleLead\">After two years of "
        "building, the footbridge linking the Old Town with the cathedral island has opened to walkers and "
        "cyclists. Cars must wait until April.</h2><figure><img src=\"a.jpg\"><figcaption>Bridge</figcaption></figure>"
        "<div class=\"articleBody\"><p>The ribbon was cut on Saturday "
        "morning. Several hundred people gathered on the bridge, many with children, to be the first to cross "
        "the river.</p><p>The work was meant to end in summer, but the builder twice had to stop because of high "
        "water. The cost grew by almost four million in that time.</p><p>The city says most of the extra cost "
        "will be covered by a European grant, and the accounts will go to the council in January.</p></div>"
        "</div></body></html>";
    assert_null(strstr(text_of(en, &d), "After two years of building"));
    pa_doc_free(&d);
    /* a summary the first paragraph retells after its dateline */
    const char *ru =
        "<html><body><div class=\"article\"><h1>Пожаров стало меньше</h1><div class=\"date\">2026-12-05</div>"
        "<h2 class=\"article_lead\">Число "
        "пожаров в столице в новогоднюю ночь и первые дни года снизилось вдвое, сообщил журналистам начальник "
        "управления надзорной деятельности.</h2><figure><img src=\"a.jpg\"><figcaption>Пожарные</figcaption></figure>"
        "<div class=\"article_text\"><p>МОСКВА, 4 янв — РИА Вести. Число "
        "пожаров в столице в новогоднюю ночь и первые дни года снизилось вдвое по сравнению с прошлым годом, "
        "сообщил журналистам в среду начальник управления надзорной деятельности.</p><p>По его словам, сейчас "
        "в среднем за сутки происходит тринадцать пожаров, а главной причиной остается неосторожное обращение "
        "с огнем.</p><p>Он напомнил о недавнем случае, когда в квартире на тринадцатом этаже произошел пожар из-за "
        "неисправной проводки.</p></div></div></body></html>";
    assert_null(strstr(text_of(ru, &d), "сообщил журналистам начальник"));
    pa_doc_free(&d);
    /* a box of prose in the sidebar past a list of links, not the page's description: another story's teaser */
    const char *teaser =
        "<html><head><meta name=\"description\" content=\"Portal o zdrowiu w podróży\"></head><body><table><tr>"
        "<td><div class=\"box\"><div class=\"h\"><strong>Aktualności</strong></div><div class=\"info\"><div>"
        "Według ministerstwa zdrowia od stycznia do marca odnotowano ponad trzynaście tysięcy przypadków dengi, "
        "czterokrotnie więcej niż przed rokiem.</div></div></div><div class=\"latest\"><div><a href=\"/1\">Malaria"
        "</a></div><div><a href=\"/2\">Cholera</a></div><div><a href=\"/3\">Żółta febra</a></div><div><a href=\"/4\">"
        "Wścieklizna</a></div><div><a href=\"/5\">Dur brzuszny</a></div><div><a href=\"/6\">Szczepienia dla "
        "podróżnych</a></div><div><a href=\"/7\">Apteczka turysty</a></div></div>"
        "<table class=\"contentpane\"><tr><td>" PL_BODY "</td></tr></table></td></tr></table></body></html>";
    assert_null(strstr(text_of(teaser, &d), "przypadków dengi"));
    pa_doc_free(&d);
    /* the headline in the top block: no lead behind it (a quip box of the page's head over the tabs) */
    const char *headed =
        "<html><body><div id=\"page\"><div class=\"top\"><div class=\"box\"><ul class=\"latest\"><li><a href=\"/1\">"
        "Remont wiaduktu potrwa do wiosny przyszłego roku</a></li><li><a href=\"/2\">Nowe linie autobusowe ruszą od "
        "stycznia</a></li><li><a href=\"/3\">Radni przyjęli budżet miasta na przyszły rok</a></li><li><a href=\"/4\">"
        "Zima zaskoczyła drogowców w całym regionie</a></li></ul><div class=\"quip\"><img alt=\"\" src=\"q.gif\"><span>"
        "Fryzjer </span>Panie redaktorze, kiedy znowu otworzą zakład fryzjerski przy ratuszu? Klienci czekają od "
        "miesięcy, a fryzjer wyjechał na urlop.</div></div></div><div class=\"tabs\"><a href=\"/n\">Najnowsze</a> <a "
        "href=\"/a\">Artykuły</a></div><div class=\"articleItem\"><div class=\"entry-header\"><h1>Nowy most otwarty"
        "</h1></div><div class=\"main-text\">" PL_BODY "</div></div></div></body></html>";
    assert_null(strstr(text_of(headed, &d), "Fryzjer"));
    pa_doc_free(&d);
    /* the caption of the photo box above the body, its credit after it: no lead */
#define PL_TEASER(n)                                                                                              \
    "<div class=\"teaser\"><h4><a href=\"/t" n "\">Inny artykuł " n "</a></h4><p>Krótki opis innego artykułu o " \
    "sprawach kraju, który czytelnicy mogą przeczytać obok tego tekstu, numer " n ".</p></div>"
    const char *captioned =
        "<html><body><div class=\"page\"><div class=\"art-head\"><h1>Nowy most otwarty</h1></div><div "
        "class=\"photo\"><img src=\"a.jpg\" alt=\"\"><div class=\"opis\">Kładka nad rzeką w dniu otwarcia, sobota 5 "
        "grudnia, widok od strony Starego Miasta w kierunku katedry.</div><div class=\"autor\">Fot. Anna Kowalska / "
        "Agencja</div></div><div class=\"cols\"><div class=\"art-body\">" PL_BODY "</div><aside class=\"side\">"
        PL_TEASER("0") PL_TEASER("1") PL_TEASER("2") PL_TEASER("3") PL_TEASER("4") PL_TEASER("5")
        "</aside></div></div></body></html>";
#undef PL_TEASER
    const char *t = text_of(captioned, &d);
    assert_non_null(strstr(t, "Uroczyste otwarcie"));
    assert_null(strstr(t, "w dniu otwarcia"));
    pa_doc_free(&d);
#undef PL_BODY
#undef PL_LEAD
}

/* The header's date and the stated author in one line, in any script
 * ("05/12/2026 08:42 Γιώργος Νικολάου"); a pointer's label glued to the
 * linked headline after it ("Читайте такжеСуд арестовал …"); a Ukrainian
 * or Czech source line ("Джерело: Укрінформ", "Zdroj: ČTK").  A story's
 * sentence opening with such words stays. */
static void foreign_header_and_pointer_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
        "\"Person\",\"name\":\"Γιώργος Νικολάου\"}}</script></head><body><article><h1>Νέο λιμάνι</h1>"
        "<div class=\"info\">05/12/2026 08:42 Γιώργος Νικολάου</div>"
        PARA("The port will be extended from March, the mayor said on Friday.")
        "<p><span>Читайте также</span><a href=\"/a/1\">Суд арестовал бывшего чиновника</a></p>"
        PARA("The work is expected to take two years and cost 38 million euros.")
        "<p>Zobacz także, jak zmieniło się nabrzeże w ciągu ostatniej dekady.</p>"
        PARA("Residents have waited for the project for more than ten years.")
        "<p>Джерело: Укрінформ</p><p>Zdroj: ČTK</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "The port will be extended"));
    assert_non_null(strstr(t, "more than ten years"));
    assert_null(strstr(t, "08:42"));
    assert_null(strstr(t, "Суд арестовал"));
    assert_non_null(strstr(t, "Zobacz także, jak"));
    assert_null(strstr(t, "Укрінформ"));
    assert_null(strstr(t, "ČTK"));
    pa_doc_free(&d);
    /* the name first, its surname in capitals; a source line with the story's address */
    const char *ru =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":"
        "\"Person\",\"name\":\"Ирина Иванова\"}}</script></head><body><article><h1>Новый мост</h1>"
        "<div class=\"info\">Ирина ИВАНОВА — 17.01.2026 15:44</div>"
        PARA("The bridge opened to walkers on Saturday after two years of work.")
        PARA("Cars will follow in April, once the second span is finished.")
        PARA("The city says a European grant covers most of the extra cost.")
        "<p>Źródło: https://www.example.pl/wiadomosci/region/2026/01/17/most-otwarty-dla-pieszych.html, PAP</p>"
        "</article></body></html>";
    t = text_of(ru, &d);
    assert_non_null(strstr(t, "The bridge opened"));
    assert_null(strstr(t, "15:44"));
    assert_null(strstr(t, "example.pl"));
    pa_doc_free(&d);
    /* the name first on a regional portal's page whose top block holds its header (bench/stress/slavic/36:
     * "Ольга СМИРНОВА — 05.12.2026 08:42", the stated author "Ольга Смирнова") */
    const char *src = getenv("PA_SOURCE_DIR");
    assert_non_null(src);
    char path[1024];
    snprintf(path, sizeof path, "%s/bench/stress/slavic/36.html", src);
    size_t len = 0;
    char *html = tu_read_file(path, &len);
    assert_non_null(html);
    pa_err err;
    assert_int_equal(pa_extract(html, len, NULL, &d, &err), PA_OK);
    assert_non_null(strstr(d.text, "Власти Архангельска объявили"));
    assert_null(strstr(d.text, "08:42"));
    pa_doc_free(&d);
    free(html);
}

/* A <title> "Site :: Headline" whose headline is shorter than twice the
 * site's name (the separators' rule keeps the longer part, the site's):
 * the part the text opens with is the headline. */
static void title_part_text_opens_with(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><title>Hessel Township Fire Department :: Department Receives Grant for "
                            "New Boat</title></head><body><table><tr><td class=\"content\"><h2 class=\"newstitle\">"
                            "Department Receives Grant for New Boat</h2>"
                            PARA("The fire department has received a federal grant to replace its rescue boat.")
                            PARA("The new boat will arrive in the spring.") "</td></tr></table></body></html>", &d);
    assert_non_null(strstr(t, "The fire department has received"));
    assert_string_equal(d.title, "Department Receives Grant for New Boat");
    assert_null(strstr(t, "Receives Grant for New Boat"));
    pa_doc_free(&d);
}

/* A university story's last line on its writer ("This story was written
 * by Jane Doe, a senior journalism major …") is the writer's note; the
 * story's own sentence "This story was written by hand, …" is not one. */
static void story_writer_note_last(void **state)
{
    (void)state;
    assert_int_equal(pa_line_writer_note("This story was written by Jane Doe, a senior journalism major and "
                                         "student writer in the Office of Communications.", 112),
                     PA_WRITER_BIO);
    assert_int_equal(pa_line_writer_note("This story was written by hand, a page a day, in the prison library.", 68),
                     0);
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Student satellite sends signals</h1>"
                            PARA("For eleven minutes on Tuesday night, a group of students listened to a faint "
                                 "series of beeps coming from a satellite they had spent four years building.")
                            PARA("The satellite was launched on Sunday aboard a commercial rocket along with 37 other "
                                 "small satellites, and its first pass over campus came two days later.")
                            PARA("The team is already planning a second satellite, which will test a new kind of "
                                 "solar panel developed in a campus lab, and hopes to launch it in two years.")
                            "<p><em>This story was written by Jane Doe, a senior journalism major and student writer "
                            "in the Office of Communications.</em></p></article></body></html>", &d);
    assert_non_null(strstr(t, "new kind of solar panel"));
    assert_null(strstr(t, "This story was written by"));
    pa_doc_free(&d);
}

/* A short release in a grid column beside the page's side column of
 * prose boxes ("sidebar-box" in a class-less "col-md-4"): the side
 * column's prose is the site's and does not widen the story to the row
 * (nor, through it, to the page's alert bar above). */
static void side_column_beside_short_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><title>Shots Fired Call Leads to Arrest</title></head><body>"
        "<div class=\"alert\"><p>Due to the winter storm, the Records Division lobby will be closed on Monday, "
        "December 8. Online reports can still be filed at any time.</p></div><main><div class=\"row\">"
        "<div class=\"col-md-8\"><h2>Shots Fired Call Leads to Arrest</h2><div class=\"news-body\">"
        "<p>On Thursday at about 10:15 p.m., officers responded to the 400 block of Garnet Avenue for a report of "
        "shots fired and arrested a man two blocks away. A handgun was recovered.</p>"
        "<p>No one was injured. The 24-year-old man was booked on charges of unlawful discharge of a firearm.</p>"
        "<p>Anyone with information is asked to contact Detective Ray Osei at 555-0198.</p></div></div>"
        "<div class=\"col-md-4\"><div class=\"sidebar-box\"><h3>About the Department</h3><p>The Brookfield "
        "Police Department is a nationally accredited agency of 142 sworn officers and 48 civilian staff serving "
        "a city of 96,000 residents, committed to community policing and transparency.</p></div>"
        "<div class=\"sidebar-box\"><h3>Crime Prevention Tips</h3><p>Lock your car and take your keys. Do not "
        "leave valuables in sight. Report suspicious activity right away by calling the non-emergency line.</p>"
        "</div></div></div></main></body></html>",
        &d);
    assert_non_null(strstr(t, "Anyone with information is asked"));
    assert_null(strstr(t, "nationally accredited"));
    assert_null(strstr(t, "Lock your car"));
    assert_null(strstr(t, "winter storm"));
    pa_doc_free(&d);
}

/* Other releases' linked titles, each with its date in words in brackets
 * ("Garden certified as pollinator habitat (October 2, 2026)"), under the
 * story: a dated list of links; the story's own unlinked sentence with
 * such a date stays. */
static void dated_links_in_words(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Researchers find new bee species in city parks</h1>"
                            PARA("Biologists have identified a new species of sweat bee living in three city parks.")
                            PARA("The bee nests in bare soil along park paths, which may explain why it went unseen.")
                            "<p>The count ended with a walk (October 2, 2026)</p>"
                            "<p>Related news releases:</p>"
                            "<p><a href=\"/n/1\">University garden certified as pollinator habitat</a> "
                            "(October 2, 2026)</p><p><a href=\"/n/2\">Students count butterflies for citizen "
                            "science project</a> (August 18, 2026)</p></article></body></html>",
                            &d);
    assert_non_null(strstr(t, "went unseen"));
    assert_non_null(strstr(t, "The count ended with a walk"));
    assert_null(strstr(t, "pollinator habitat"));
    assert_null(strstr(t, "count butterflies"));
    pa_doc_free(&d);
}

/* A video page's "Source: <the site>" under its headline goes (a source
 * naming another outlet stays); an episode's chapters stay, the first one
 * "00:00 Intro" with its time linked too, a live blog's stamp alone goes;
 * the podcast plugin's links line, a sponsor box's label, a player's
 * labels ("Video Ad Feedback", "Skip ad") and its embed code shown as text
 * go. */
static void video_and_episode_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><meta property=\"og:site_name\" content=\"Harbor News Network\"></head><body>"
                            "<main><h1>Bridge closed after crack found</h1><div class=\"src\">Source: Harbor News Network</div>"
                            "<p>State inspectors closed two lanes of the bridge after finding a cracked beam during a routine "
                            "check on Monday.</p><p>Source: Harbor Transit Authority</p></main></body></html>",
                            &d);
    assert_non_null(strstr(t, "State inspectors"));
    assert_null(strstr(t, "Source: Harbor News Network"));
    assert_non_null(strstr(t, "Source: Harbor Transit Authority"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Ep. 12: Banks</h1>" PARA("The last bank branch in town closed in October.")
                "<p>Podcast: <a href=\"#\">Play in new window</a> | <a href=\"#\">Download</a> (Duration: 41:07 &mdash; "
                "72.2MB) | <a href=\"#\">Embed</a></p><div class=\"box\"><span>Sponsor</span><p>This episode is brought "
                "to you by Example Credit Union.</p></div><h2>Chapters</h2><ul><li><a href=\"#t=0\">00:00</a> Intro</li>"
                "<li><a href=\"#t=165\">02:45</a> The day the branch closed</li><li><a href=\"#t=680\">11:20</a> Who gets "
                "hurt most</li></ul>" PARA("What comes next for the town.") "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "00:00 Intro\n\n02:45 The day the branch closed"));
    assert_null(strstr(t, "Play in new window"));
    assert_null(strstr(t, "Sponsor"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Ep. 12: Banks</h1>" PARA("The last bank branch in town closed in October.")
                "<h2>Chapters</h2><ul><li>00:00 Intro</li><li>02:45 The day the branch closed</li></ul>"
                "<p>10:45 GMT</p>" PARA("Police say the road will reopen tonight.") "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "00:00 Intro"));
    assert_null(strstr(t, "10:45 GMT"));
    pa_doc_free(&d);
    /* a festival's schedule in a story: its last entry ("7:00 PM Fireworks Show", read as a live post's stamp
     * and writer) stays with the others, its neighbour before it opening with a clock too */
    t = text_of("<html><body><article><h1>Town plans festival</h1>" PARA("The festival returns to the square.")
                "<p>Saturday's schedule:</p><p>9:00 AM Parade Lineup</p><p>11:30 AM Pie Contest</p>"
                "<p>7:00 PM Fireworks Show</p>" PARA("Parking is free all day at the high school.") "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "11:30 AM Pie Contest\n\n7:00 PM Fireworks Show"));
    pa_doc_free(&d);
    /* a video player's labels set in the story's column go */
    static const char *const player_labels[] = {"Video Ad Feedback", "Closed Captions", "Autoplay: on", "Skip ad",
                                                "Unmute"};
    for (size_t i = 0; i < sizeof player_labels / sizeof player_labels[0]; i++)
        expect_line_gone_after_story(player_labels[i]);
    /* an episode page's row of podcast apps and its tools go; one app's name alone (a story's list item)
     * and a sentence naming one stay */
    static const char *const app_rows[] = {"Listen on Apple Podcasts", "Subscribe: Apple Podcasts | Spotify | RSS",
                                           "Apple Podcasts | Spotify | YouTube", "Share this episode"};
    for (size_t i = 0; i < sizeof app_rows / sizeof app_rows[0]; i++)
        expect_line_gone_after_story(app_rows[i]);
    t = text_of("<html><body><article><h1>Streaming prices rise</h1>" PARA("Three services raised prices this year.")
                "<ul><li>Spotify</li><li>Tidal</li></ul><p>Spotify shares rose 5% on the news.</p></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Spotify\n\nTidal"));
    assert_non_null(strstr(t, "Spotify shares rose"));
    pa_doc_free(&d);
    /* two apps joined by "and" with no call over a paragraph: a story's subhead */
    t = text_of("<html><body><article><h1>Streaming prices rise</h1>" PARA("Three services raised prices this year.")
                "<h2>Spotify and YouTube</h2><p>Both services told subscribers this week that monthly plans would rise "
                "by a dollar from April, citing the cost of licensing music.</p></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Spotify and YouTube"));
    pa_doc_free(&d);
    /* a how-to's subheads on a player's settings, each over its paragraph, are its sections */
    t = text_of("<html><body><article><h1>Five video settings worth changing</h1>" PARA("Start with these.")
                "<h3>Autoplay</h3><p>The feature that starts the next clip the moment one ends is on by default, and "
                "switching it off is the quickest way to stop losing an evening.</p><h3>Closed captions</h3><p>Captions "
                "help on a noisy train and, researchers say, improve how much of a clip viewers remember.</p>"
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "Autoplay\n\nThe feature"));
    assert_non_null(strstr(t, "Closed captions\n\nCaptions"));
    pa_doc_free(&d);
    /* a how-to's sample of a video site's embed code is its text */
    t = text_of("<html><body><article><h1>How to add a video to your site</h1>" PARA("Copy the code, which looks like this:")
                "<pre><code>&lt;iframe width=\"560\" height=\"315\" src=\"https://www.example.com/embed/abc123\" "
                "title=\"Club video\" allowfullscreen&gt;&lt;/iframe&gt;</code></pre>" PARA("Paste it into an HTML block.")
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "<iframe width="));
    pa_doc_free(&d);
    /* a player's embed code shown to copy goes */
    t = text_of("<html><body><article><h1>Welders train as substitutes</h1>" PARA("Welders are training as substitutes.")
                "<div class=\"tools\"><code>&lt;iframe src=\"https://www.example.org/player/embed/12/13\" width=\"100%\" "
                "height=\"290\" title=\"embedded audio player\"&gt;</code></div>" PARA("The union hall was full.")
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "The union hall was full."));
    assert_null(strstr(t, "<iframe"));
    pa_doc_free(&d);
    /* a news feed's times with their headlines linked stay links */
    t = text_of("<html><body><article><h1>Ep. 12: Banks</h1>" PARA("The last bank branch in town closed in October.")
                PARA("What comes next for the town.") "<ul><li>09:29 <a href=\"/a\">Excise on spirits to rise</a></li>"
                "<li>09:12 <a href=\"/b\">Ruble firms</a></li></ul></article></body></html>",
                &d);
    assert_null(strstr(t, "Excise"));
    pa_doc_free(&d);
}

/* A wire video's transcript in its hidden tab panel (no aria-labelledby)
 * is text, with the description; another hidden panel is not. */
static void hidden_transcript_panel(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>Chipmaker to build plant</h1><div role=\"tablist\"><button role=\"tab\">"
                            "Description</button><button role=\"tab\">Transcript</button></div><div role=\"tabpanel\" "
                            "class=\"video__description\">" PARA("Chipmaker Example said on Monday it will build a plant.")
                            "</div><div role=\"tabpanel\" class=\"video__transcript\" hidden><p>CEO JANE ROE: We chose this "
                            "site because of the people and the university training the engineers we need.</p><p>REPORTER: "
                            "When will hiring begin, and how many people will the plant employ?</p></div>"
                            "<div class=\"promo\" hidden><p>Sign in to save this video to your list and watch it later on "
                            "any of your devices.</p></div><div class=\"transcript-error\" hidden><p>Transcript "
                            "unavailable. Please try again later.</p></div></main></body></html>",
                            &d);
    assert_non_null(strstr(t, "Chipmaker Example said"));
    assert_non_null(strstr(t, "CEO JANE ROE: We chose"));
    assert_null(strstr(t, "Sign in to save"));
    assert_null(strstr(t, "Transcript unavailable")); /* the player's notice in its hidden box is no transcript */
    pa_doc_free(&d);
}

/* A video's description under its own heading before its transcript
 * (hidden behind a switch) is text with it, its short pointer line too. */
static void description_before_transcript(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><main><article><header class=\"article-header\"><h1>How to fold dumplings</h1><p class=\"deck\">Ch"
        "ef Wen Li demonstrates four dumpling folds.</p></header><div class=\"body-wrap\"><div class=\"content\"><secti"
        "on class=\"show-notes\"><h2>About this video</h2><p>Chef Wen Li of the test kitchen shows you four simple ways"
        " to fold dumplings, from the basic half-moon to the pleated crescent. All you need is round wrappers, a fillin"
        "g and water.</p><p>Find the full pork and cabbage filling recipe on our site.</p></section><section class=\"tr"
        "anscript-section\"><button aria-controls=\"tr\">Show transcript</button><div id=\"tr\" class=\"transcript-body"
        "\" hidden><h2>Transcript</h2><p><span class=\"speaker\">Wen Li:</span> Hi, I am Wen, and today I am going to s"
        "how you four ways to fold dumplings at home.</p><p><span class=\"speaker\">Wen Li:</span> Start with a round w"
        "rapper in your palm and put about a teaspoon of filling in the centre. Not too much.</p><p><span class=\"speak"
        "er\">Wen Li:</span> Dip your finger in water and wet the edge of the wrapper all the way round before you fold"
        " it.</p><p><span class=\"speaker\">Wen Li:</span> The first shape is the half-moon. Just fold it in half and p"
        "ress the edges together firmly.</p><p><span class=\"speaker\">Wen Li:</span> For the second shape, bring the t"
        "wo corners of the half-moon together, overlapping them slightly, and press.</p><p><span class=\"speaker\">Wen "
        "Li:</span> Keep the finished dumplings under a damp towel while you fold the rest, so they do not dry out.</p>"
        "</div></section></div><section class=\"more-episodes\"><h2>Up next</h2><ul><li><a href=\"#\">Episode 0 title h"
        "ere</a><p class=\"ep-desc\">In this episode we talk about topic 0, with tips from listeners and a few stories "
        "of our own.</p></li><li><a href=\"#\">Episode 1 title here</a><p class=\"ep-desc\">In this episode we talk abo"
        "ut topic 1, with tips from listeners and a few stories of our own.</p></li><li><a href=\"#\">Episode 2 title h"
        "ere</a><p class=\"ep-desc\">In this episode we talk about topic 2, with tips from listeners and a few stories "
        "of our own.</p></li><li><a href=\"#\">Episode 3 title here</a><p class=\"ep-desc\">In this episode we talk abo"
        "ut topic 3, with tips from listeners and a few stories of our own.</p></li><li><a href=\"#\">Episode 4 title h"
        "ere</a><p class=\"ep-desc\">In this episode we talk about topic 4, with tips from listeners and a few stories "
        "of our own.</p></li><li><a href=\"#\">Episode 5 title here</a><p class=\"ep-desc\">In this episode we talk abo"
        "ut topic 5, with tips from listeners and a few stories of our own.</p></li></ul></section></div></article></ma"
        "in></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "About this video"));
    assert_non_null(strstr(t, "Find the full pork"));
    assert_non_null(strstr(t, "Wen Li: Keep the finished"));
    assert_null(strstr(t, "Episode 3 title"));
    pa_doc_free(&d);
}

/* An uploader's description set with <br>s: its chapters stay, each a
 * line, and the channel's calls, app link and hashtags under them go. */
static void br_chapters_and_channel_lines(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><main><h1>How lake-effect snow bands form</h1><div class=\"description\">"
                            "Why can one town get two feet of snow while the next town over sees flurries? Our "
                            "meteorologist explains how cold air over warm lake water builds narrow bands.<br><br>"
                            "0:00 Intro<br>0:48 Cold air, warm water<br>3:15 Why the bands are so narrow<br>"
                            "6:02 Wind direction decides who gets buried<br>Subscribe to Storm Team 5: "
                            "<a href=\"https://www.example.com/yt\">https://www.example.com/yt</a><br>"
                            "Download the Storm Team 5 weather app: https://www.example.com/app<br>"
                            "#weather #snow #lakeeffect</div></main></body></html>",
                            &d);
    assert_non_null(strstr(t, "0:00 Intro\n\n0:48 Cold air, warm water"));
    assert_non_null(strstr(t, "6:02 Wind direction decides who gets buried"));
    assert_null(strstr(t, "weather app"));
    assert_null(strstr(t, "#snow"));
    assert_null(strstr(t, "Subscribe to"));
    pa_doc_free(&d);
    /* a story's two campaign tags set apart are its text */
    t = text_of("<html><body><main><h1>Students' campaign goes viral</h1><div class=\"story\">"
                PARA("The campaign began with a post asking classmates to share photos under two hashtags:")
                "<p>#FixOurSchool #NotSafe</p>" PARA("Within a week the tags had been used 40,000 times.")
                "</div></main></body></html>",
                &d);
    assert_non_null(strstr(t, "#FixOurSchool #NotSafe"));
    pa_doc_free(&d);
    /* a TV listing's times, not starting at 0:00, are no chapters: the block stays whole, its last show too */
    t = text_of("<html><body><main><h1>What to watch on Saturday night</h1><div class=\"story\">"
                PARA("Channel 4 has a packed evening lined up, with the new drama between two old favourites.")
                "<p>7:00 Local News at Seven<br>7:30 Wheel of Fortune<br>8:00 The Harbour Detectives, series premiere<br>"
                "11:00 News</p></div></main></body></html>",
                &d);
    assert_non_null(strstr(t, "11:00 News"));
    pa_doc_free(&d);
}

/* The headline again as an audio player's title over the story goes; the
 * same words as a heading of the post's own text stay. */
static void player_title_over_story(void **state)
{
    (void)state;
    pa_doc d;
    /* a public-radio story: kicker, <h1>, the audio module under its <h4> title, the teaser, the transcript */
    const char *t = text_of(
                            "<html><head><title>Welders are training as substitute teachers so teachers can attend a union rally | Northern"
                            " Public Radio</title></head><body><main><section id=\"main-section\"><article class=\"story\"><div class=\"slu"
                            "g-wrap\"><a class=\"slug\" href=\"/education\">Education</a></div><div class=\"storytitle\"><h1>Welders are tr"
                            "aining as substitute teachers so teachers can attend a union rally</h1></div><div id=\"story-meta\" class=\"st"
                            "ory-meta\"><time>December 4, 2026</time> 3:51</div><div id=\"headlineaudio\" class=\"storylocation\"><div clas"
                            "s=\"audio-module\"><h4 class=\"audio-module-title\">Welders are training as substitute teachers so teachers ca"
                            "n attend a union rally</h4><div class=\"audio-module-controls\"><a class=\"audio-module-listen\" href=\"#\"><b"
                            ">Listen</b> <b>&middot; 3:51</b></a></div><div class=\"audio-module-tools\"><a href=\"#\">Transcript</a> <butt"
                            "on>Toggle more options</button><ul><li><a href=\"#\">Download</a></li><li><button>Embed</button><div class=\"e"
                            "mbed-overlay\"><label>Embed <input readonly value=\"&lt;iframe src=&quot;https://www.northernpublicradio.org/p"
                            "layer/embed/1206601080&quot;&gt;\"></label><code>&lt;iframe src=\"https://www.northernpublicradio.org/player/e"
                            "mbed/1206601080\" width=\"100%\" height=\"290\" title=\"embedded audio player\"&gt;</code></div></li></ul></di"
                            "v></div></div><div id=\"storytext\" class=\"storytext\"><p>Members of a welders&#x27; union are getting certif"
                            "ied as substitute teachers so that full-time teachers can travel to the state capitol for a rally on school fu"
                            "nding.</p><aside class=\"ad-wrap\"><div class=\"ad-header\"><span>Sponsor Message</span></div><div class=\"ad-"
                            "config\"></div></aside></div><div class=\"transcript storytext\"><p>ELENA VOSS, HOST: The legislature meets in"
                            " special session next week, and school funding is at the top of the agenda. Teachers want to be at the capitol"
                            " to make their case, but many districts say they cannot find enough substitutes. So a union of welders has off"
                            "ered to help. Reporter Caleb Moss has the story.</p><p>CALEB MOSS, BYLINE: In a training room at the union hal"
                            "l in Grantham, twenty welders in work boots are learning how to take attendance and what to do during a fire d"
                            "rill.</p><p>RAY TILLMAN: I have not been in a classroom in thirty years. I am more nervous about this than any"
                            " job site.</p></div></article></section></main></body></html>",
                            &d);
    assert_non_null(strstr(t, "Members of a welders"));
    assert_null(strstr(t, "Welders are training as substitute teachers so"));
    pa_doc_free(&d);
    t = text_of("<html><head><title>Zero-waste living for beginners : Example Shop</title></head><body>"
                "<article class=\"post\"><h1>Zero-waste living for beginners</h1><div class=\"post-body\">"
                "<h2>Zero-waste living for beginners</h2>" PARA("Welcome to our guide to living with less waste.")
                PARA("Start with the kitchen.") "</div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Welcome to our guide"));
    pa_doc_free(&d);
}

/* A campaign archive's e-mail: each item a text block of one class (a table
 * down to a cell holding a heading and the item's text, its paragraphs
 * parted by <br><br>, no <p>), with a greeting, a button, spacers and a
 * sponsor's table between them: every item is the story, not one block
 * (the cells' <br> prose counts as paragraphs when widening, and the short
 * rows between the blocks do not stop it). */
static void email_text_blocks(void **state)
{
    (void)state;
    pa_doc d;
#define MC_BLOCK(x)                                                                                                  \
    "<table class=\"mcnTextBlock\" width=\"100%\"><tbody class=\"mcnTextBlockOuter\"><tr><td class=\"mcnTextBlockInner\">" \
    "<table class=\"mcnTextContentContainer\"><tbody><tr><td class=\"mcnTextContent\" style=\"color:#202020\">" x       \
    "</td></tr></tbody></table></td></tr></tbody></table>"
#define MC_SPACER "<table width=\"100%\"><tr><td height=\"20\">&nbsp;</td></tr></table>"
    const char *t = text_of(
        "<html><head><title>The Crossing Post</title></head><body><center><table id=\"bodyTable\"><tr><td id=\"bodyCell\">"
        "<table class=\"templateContainer\"><tr><td id=\"templateBody\">"
        MC_BLOCK("Good morning, Crossing. Here is what is happening this week.") MC_SPACER
        MC_BLOCK("<h2>Ferry fares rise in January</h2>The ferry authority approved a fare increase on Thursday, its first "
                 "since 2022, and a round trip for a car and driver will cost more.<br><br>Walk-on fares for seniors will "
                 "not change, the authority said, and the new fares start on the first sailing of the year.") MC_SPACER
        MC_BLOCK("<h2>School closure vote delayed</h2>The school board has pushed its vote on closing Pine Hill to January, "
                 "after more than 300 people signed up to speak at last week's meeting.")
        "<table width=\"100%\"><tr><td style=\"background:#f4f1ea\"><span>Together with</span><br><strong>Crossing "
        "Realty</strong><br>Thinking of selling? Free home valuations this month.</td></tr></table>" MC_SPACER
        MC_BLOCK("<h2>A bear in the bakery</h2>A young black bear got into the back room of the Hilltop Bakery early "
                 "Sunday through an open window and ate most of a tray of cinnamon rolls, then left the way it came.")
        MC_SPACER "</td></tr></table></td></tr></table></center></body></html>",
        &d);
#undef MC_BLOCK
#undef MC_SPACER
    assert_non_null(strstr(t, "Ferry fares rise in January"));
    assert_non_null(strstr(t, "Walk-on fares for seniors"));
    assert_non_null(strstr(t, "School closure vote delayed"));
    assert_non_null(strstr(t, "A young black bear"));
    pa_doc_free(&d);
}

/* A sports story's short paragraphs with the site's boxes among them: a
 * bookmaker's box of paid links after the last short paragraphs (the
 * story's long paragraph five elements up) and a club's partner box
 * ("Official Partner" alone in its element), the match centre's stats
 * embed and its events timeline go; the story's draw list
 * and its short closing line stay. */
static void sports_story_boxes(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><title>Walsh falls in quarter-finals</title></head><body><article><h1>Walsh falls</h1>"
        "<div class=\"story-body\"><p>British No 1 Katie Walsh lost 6-4 3-6 7-5 to world No 3 Alina Morozova in the "
        "quarter-finals of the Brisbane Open on Thursday.</p>"
        "<div class=\"partner-box\"><span>Official Partner</span><img src=\"/p.png\" alt=\"\"><p>Kelso Motors, proud "
        "partner of the tournament since 2021.</p></div>"
        "<p>Walsh served for the match at 5-4 in the third set but was broken.</p>"
        "<h2>Draw: quarter-finals</h2><ul><li>A Morozova (3) bt K Walsh 6-4 3-6 7-5</li><li>J Pereira bt M Lindholm "
        "(6) 7-6 6-2</li><li>S Tanaka (2) bt C Bauer 6-1 6-3</li></ul>"
        "<p>Morozova plays Pereira in the semi-finals.</p>"
        "<div class=\"wager\"><ul><li>Brisbane Open winner</li><li>Tanaka 6/4</li><li>Morozova 2/1</li></ul>"
        "<a rel=\"sponsored nofollow\" href=\"https://bet.example/go\">Bet now</a><p>Odds subject to change. T&amp;Cs "
        "apply.</p></div>"
        "<div class=\"match-centre-embed\"><div><span>Possession</span><span>52%</span><span>48%</span></div><div>"
        "<span>Aces</span><span>7</span><span>3</span></div></div>"
        "<div class=\"match-timeline\"><ol><li><span>Set 1</span><span>Break</span><span>Walsh</span></li><li><span>"
        "Set 3</span><span>Break</span><span>Morozova</span></li></ol></div>"
        "</div></article></body></html>",
        &d);
    assert_non_null(strstr(t, "British No 1 Katie Walsh"));
    assert_non_null(strstr(t, "S Tanaka (2) bt C Bauer"));
    assert_non_null(strstr(t, "Morozova plays Pereira in the semi-finals."));
    assert_null(strstr(t, "Kelso Motors"));
    assert_null(strstr(t, "Official Partner"));
    assert_null(strstr(t, "Tanaka 6/4"));
    assert_null(strstr(t, "Possession"));
    assert_null(strstr(t, "Break"));
    assert_null(strstr(t, "Odds subject to change"));
    pa_doc_free(&d);
    /* a story on a sponsorship deal: its section under the subhead "Official partner" holds no partner's logo */
    t = text_of("<html><body><article><div class=\"article-body\">"
                PARA("The club confirmed on Tuesday night the largest commercial deal in its history.")
                PARA("The chief executive said the money would go to the academy and the women's team.")
                "<section class=\"article-section\"><h3>Official partner</h3><p>Under the deal, Kelso Motors "
                "becomes the club's official partner until 2029.</p></section>"
                "<p>The club will give the details on Friday.</p></div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Official partner\n\nUnder the deal, Kelso Motors"));
    pa_doc_free(&d);
    /* a community story's short lines: its own "How to help" box five lines under the long paragraph stays (only
     * a box of paid links is taken so far from it) */
    t = text_of("<html><body><article><div class=\"article-body\"><p>The town council has approved plans for a new "
                "community garden on the site of the old bus depot, after a two-year campaign.</p>"
                "<p>Work starts in March.</p><p>The garden will have forty plots.</p><p>Each plot costs 20 pounds a "
                "year.</p><p>Schools will get six of them.</p><p>Volunteers are still needed.</p>"
                "<div class=\"box\"><p><strong>How to help</strong></p><p>The group needs volunteers on "
                "Saturdays.</p><p><a href=\"/volunteer\">Sign up</a></p></div>"
                "<p>The council meets again in April.</p></div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "How to help\n\nThe group needs volunteers on Saturdays."));
    pa_doc_free(&d);
    /* a match report's paragraphs in the site's "match-centre-report" container are the story's; the stats
     * embed beside them still goes */
    t = text_of("<html><body><article><div class=\"article-body\">"
                PARA("The manager said afterwards that his side had shown the character he wanted to see.")
                PARA("Brindle had the better of the opening exchanges and deserved their lead at the break.")
                "<div class=\"match-centre-report\"><p>Rovers came from behind to beat <a href=\"/t/brindle\">"
                "Brindle</a> 2-1 at Castle Park on Saturday.</p><p>Kerr cancelled out the opener with a header just "
                "before half-time.</p><p>Doyle won it from the spot after Pike was tripped on 78 minutes.</p></div>"
                "<div class=\"match-centre-stats\"><p>Possession 52%</p><p>Shots 13</p></div>"
                "</div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "Rovers came from behind to beat Brindle 2-1"));
    assert_non_null(strstr(t, "Doyle won it from the spot"));
    assert_null(strstr(t, "Possession"));
    pa_doc_free(&d);
}

/* A newsletter issue's furniture in its text: the "In today's issue:" list
 * of jumps to its items (label and list), a sponsor's box an e-mail sets
 * without a class ("Together with" alone in its element, then the offer),
 * the classified ads, the platform's poll and referral lines; the items,
 * their headings and a sentence that opens with "Together with her …"
 * stay. */
static void newsletter_issue_furniture(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><title>Rates hold, rents don't</title></head><body><article><div class=\"post-body\">"
        "<p><strong>In today's issue:</strong></p><ul><li><a href=\"#rates\">Rates hold steady</a></li>"
        "<li><a href=\"#rents\">Rents keep climbing</a></li><li><a href=\"#deli\">One expensive sandwich</a></li></ul>"
        "<table><tr><td><span>Together with</span><br><strong>Ploutos</strong><br>Open a high-yield savings account "
        "in five minutes.<br><a href=\"https://ads.example.net/c\">Open an account</a></td></tr></table>"
        "<h2 id=\"rates\">Rates hold steady</h2>" PARA("The central bank left its benchmark rate unchanged on Tuesday.")
        /* (a story's table of a bill: its field "Sponsor" is no sponsor's label) */
        "<table><tr><th>Sponsor</th><td>Sen. Alma Reyes (D-Carver)</td></tr><tr><th>Status</th><td>Passed the "
        "transportation committee, 7-2</td></tr></table>"
        /* (a story's list of links under its intro on "this issue" stays) */
        "<p>The council has received three studies on this issue:</p><ul><li><a href=\"/docs/s2019.pdf\">The 2019 "
        "ridership survey by the state transit office</a></li><li><a href=\"/docs/s2022.pdf\">The 2022 cost review "
        "by Harbor Economics</a></li><li><a href=\"/docs/s2025.pdf\">The 2025 east shore commuter study</a></li></ul>"
        /* (nor a calendar item's words running on from its bold opening) */
        "<div class=\"event\"><p><strong>Sponsored by</strong> the Lions Club, the pancake breakfast at the fire hall "
        "starts at 7 a.m. Saturday and raises money for the food bank.</p></div>"
        "<h2 id=\"rents\">Rents keep climbing</h2>" PARA("Asking rents in the largest metros rose in October.")
        /* (a native ad in the text, labelled "Sponsored content" alone in its element) */
        "<div class=\"partner-box\"><span>Sponsored content</span><h4>How one family cut its energy bill</h4><p>A "
        "home energy audit found leaks around the windows, and the fixes paid for themselves.</p></div>"
        "<h2 id=\"deli\">One expensive sandwich</h2>" PARA("A deli in Harrow Point is selling a $95 sandwich.")
        "<p>Together with her brother, the owner opened the deli in 1998 and has run it every day since, the "
        "sandwich being the first new item on its menu in a decade.</p>"
        "<div class=\"classifieds\"><h4>Classifieds</h4><ul><li>Piano lessons for all ages, first lesson free, call "
        "Anne.</li><li>Seeking a reliable dog walker for two friendly labs, weekdays around noon.</li></ul></div>"
        "<table><tr><td><strong>Classifieds</strong><br>For sale: child's bike, 20-inch, barely used, $40.<br>Wanted: "
        "a room for a quiet graduate student from January.</td></tr></table>"
        "<p>That's it for today. See you tomorrow.</p><p>How did you like today's newsletter?</p>"
        "<p>Login or Subscribe to participate in polls.</p><p>Share and earn rewards! You currently have 0 "
        "referrals, only 3 away from receiving the sticker pack.</p></div></article></body></html>",
        &d);
    assert_non_null(strstr(t, "Sen. Alma Reyes"));
    assert_non_null(strstr(t, "the pancake breakfast at the fire hall"));
    assert_non_null(strstr(t, "three studies on this issue:\n\nThe 2019 ridership survey"));
    assert_non_null(strstr(t, "The central bank left"));
    assert_non_null(strstr(t, "Together with her brother"));
    assert_non_null(strstr(t, "See you tomorrow."));
    assert_null(strstr(t, "In today's issue"));
    assert_ptr_equal(strstr(t, "Rates hold steady"), strstr(t, "Rates hold steady\n\nThe central bank"));
    assert_null(strstr(t, "Ploutos"));
    assert_null(strstr(t, "Piano lessons"));
    assert_null(strstr(t, "home energy audit"));
    assert_null(strstr(t, "child's bike"));
    assert_null(strstr(t, "How did you like"));
    assert_null(strstr(t, "participate in polls"));
    assert_null(strstr(t, "earn rewards"));
    pa_doc_free(&d);
    /* a story on the rules for influencers: its section under the subhead "Paid content" and its fact box
     * defining "Sponsored content" hold no advertiser's title (no heading, no link past the label) */
    t = text_of("<html><body><article>" PARA("The rules, which take effect in March, cover three kinds of posts.")
                "<section class=\"rule\"><h3>Paid content</h3><p>Any post a brand paid for must carry the words "
                "\"paid partnership\" at the top, regulators said, and fines start at $5,000 per post.</p></section>"
                "<div class=\"factbox\"><p><strong>Sponsored content</strong></p><p>Articles written or paid for by "
                "an advertiser and set in a news site's own layout must be labeled clearly.</p></div>"
                PARA("The agency will take comments until January.") "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "Any post a brand paid for"));
    assert_non_null(strstr(t, "Articles written or paid for"));
    pa_doc_free(&d);
}

/* A daily briefing's tail and items: the edition's credit line ("Today's
 * briefing was written by … and edited by …", "The Evening Update is
 * compiled by …"), the issue's "Did you enjoy this issue?" poll and the
 * "Read more" link that ends each item of a list go; the items stay, and
 * so does a line crediting someone else in a sentence of the story; a
 * headline's "Read more..." teaser line still goes whole. */
static void briefing_credits_and_item_links(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><title>Morning Briefing</title></head><body><article><div class=\"nl-body\">"
        "<h3>Leaders strike a deal on the transit levy</h3>" PARA("County leaders agreed late Tuesday on a smaller levy.")
        "<h3>Storm warning for the coast</h3>" PARA("The weather service has issued a high-wind warning.")
        "<p>The old charter was written by the town's first mayor in 1888 and has been amended eleven times.</p>"
        /* (a story's lines on some newsletter and on a paper's history) */
        "<p>The newsletter is written by two retired ferry captains and goes out to 4,000 riders each week.</p>"
        "<p>The Lakeside Dispatch was edited by Carl Moen until it closed, and its archive is kept at the library.</p>"
        "<p>The Harbor Dispatch is published by Coast Media, which bought it from the Moen family in 1998.</p>"
        "<h2>In other news</h2><ul><li>The state's unemployment rate held at 3.9 percent in October. "
        "<a href=\"/news/jobs\">Read more</a></li><li>A judge has blocked the sale of the old armory to a developer. "
        "<a href=\"/news/armory\">Read more</a></li></ul>"
        "<p>Generosity is key to a happy marriage&nbsp;<a href=\"/news/generosity.html\">Read more...</a></p>"
        "<p><em>Today's briefing was written by Cal Merriweather and edited by Jody Tan.</em></p>"
        "<p>The Evening Update is compiled by the Metro Ledger's newsroom. Edited by Pat Oyelaran.</p>"
        "<p>Did you enjoy this issue? <a href=\"?r=1\">Yes</a> <a href=\"?r=0\">No</a></p></div></article></body></html>",
        &d);
    assert_non_null(strstr(t, "held at 3.9 percent in October."));
    assert_null(strstr(t, "Read more"));
    assert_non_null(strstr(t, "written by the town's first mayor"));
    assert_non_null(strstr(t, "two retired ferry captains"));
    assert_non_null(strstr(t, "edited by Carl Moen"));
    assert_non_null(strstr(t, "bought it from the Moen family"));
    assert_null(strstr(t, "Cal Merriweather"));
    assert_null(strstr(t, "Pat Oyelaran"));
    assert_null(strstr(t, "Did you enjoy"));
    assert_null(strstr(t, "Generosity is key"));
    pa_doc_free(&d);
}

/* A newsletter post's footnotes as Substack prints them: the number alone
 * in its link, the note's paragraph after it; the numbers stay with their
 * notes ("1" then "The manufacturer …"), a pager's run of linked numbers
 * after the post still goes. */
static void footnote_numbers_with_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><head><title>The ferry budget</title></head><body><article><div class=\"body markup\">"
        PARA("The fourth boat has been in a dry dock since March.") PARA("The commission votes on the budget on November 18.")
        PARA("Public comment is open until the 14th.")
        "<div class=\"footnotes\"><div class=\"footnote\"><a id=\"footnote-1\" href=\"#footnote-anchor-1\" "
        "class=\"footnote-number\">1</a><div class=\"footnote-content\"><p>The manufacturer told me it can machine a "
        "replacement part, but not before summer.</p></div></div><div class=\"footnote\"><a id=\"footnote-2\" "
        "href=\"#footnote-anchor-2\" class=\"footnote-number\">2</a><div class=\"footnote-content\"><p>I have posted the "
        "full spreadsheet, with my notes in the margins.</p></div></div></div></div>"
        "<div><a href=\"?page=1\">1</a></div><div><a href=\"?page=2\">2</a></div><div><a href=\"?page=3\">3</a></div>"
        "</article></body></html>",
        &d);
    assert_non_null(strstr(t, "1\n\nThe manufacturer told me"));
    assert_non_null(strstr(t, "2\n\nI have posted the full spreadsheet"));
    assert_null(strstr(t, "margins.\n\n1"));
    pa_doc_free(&d);
    /* (the comment count in its link over the story's first paragraph is no note's number) */
    t = text_of("<html><head><title>The ferry budget</title></head><body><article><div class=\"body markup\">"
                "<p><a href=\"#comments\">12</a></p>"
                "<p>The fourth boat has been in a dry dock since March, and the commission has not said when it returns.</p>"
                PARA("The commission votes on the budget on November 18.") PARA("Public comment is open until the 14th.")
                "</div></article></body></html>",
                &d);
    assert_non_null(strstr(t, "The fourth boat"));
    assert_null(strstr(t, "12"));
    pa_doc_free(&d);
}

/* A newsletter post's "Leave a comment" button inside the story, with the
 * post's footnotes after it: the button goes, the notes stay (prose
 * follows); a "Leave a comment" link followed by the comments' name and
 * date lines still starts the comments. */
static void comment_button_before_footnotes(void **state)
{
    (void)state;
    pa_doc d;
    const char *post =
        "<html><body><article><div class=\"body markup\">" PARA("Post one.") PARA("Post two.") PARA("Post three.")
        PARA("Post 4.") PARA("Post 5.") PARA("Post 6.") PARA("Post four.") "<p class=\"button-wrapper\"><a class=\"button primary\" href=\"/p/x/comments\">"
        "<span>Leave a comment</span></a></p><div class=\"footnotes\"><div class=\"footnote\"><a href=\"#a-1\">1</a>"
        "<div class=\"footnote-content\"><p>Note one, which tells where the figure of the second paragraph came "
        "from and why it is rounded to the nearest whole number.</p></div></div></div></div></article></body></html>";
    const char *t = text_of(post, &d);
    assert_non_null(strstr(t, "Post four."));
    assert_non_null(strstr(t, "Note one, which tells"));
    assert_null(strstr(t, "Leave a comment"));
    pa_doc_free(&d);
    const char *blog =
        "<html><body><article><div class=\"entry\">" PARA("Post one.") PARA("Post two.") PARA("Post three.")
        PARA("Post four.") "<p><a href=\"#respond\">Leave a comment</a></p><p><a href=\"/u/1\">jdoe</a></p>"
        "<p>March 3, 2026 at 4:12 pm</p><p>Nice.</p></div></article></body></html>";
    t = text_of(blog, &d);
    assert_non_null(strstr(t, "Post four."));
    assert_null(strstr(t, "jdoe"));
    pa_doc_free(&d);
}

/* A long read's end notes: the print note of an essay, the British
 * "amended" correction, the book-extract note with its publisher, and the
 * note on the story's funding or partners go;
 * the helpers' credit and a story's sentence on a project's funding stay. */
static void longform_end_notes(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This essay appears in Issue 58 (Spring 2026) of The Halvard Review. Order a copy."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note, "This article was amended on 5 March 2026. An earlier "
                                                             "version gave the wrong year for the closure of the paper."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note, "This essay appears to have been written in haste."), 0);
    /* a law's article amended by the legislature is the story's */
    assert_int_equal(line_hits(pa_line_history_note,
                                       "This article was amended on Tuesday by the legislature to remove the tax increase."),
                     0);
    assert_int_equal(line_hits(pa_line_history_note, "This is an edited extract from The Binder's Year by "
                                                             "Nora Castellane, published by Harrow & Finch on 4 June."),
                     1);
    assert_int_equal(line_hits(pa_line_history_note,
                                       "Adapted from a 1911 recipe, the cake was published by the church in its cookbook."),
                     0);
    assert_int_equal(line_hits(pa_line_reporting_note, "This story was co-published with The Southwest Plains Gazette."), 1);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "This article was produced with support from the Fenwick Fund for Investigative Reporting."),
                     1);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "Reporting was supported by the Heat Fellowship at Arroyo State University."),
                     1);
    assert_int_equal(line_hits(pa_line_reporting_note,
                               "This coverage is supported by a grant from the Example Community Foundation."),
                     1);
    assert_int_equal(line_hits(pa_line_reporting_note, "This project was funded by the state and opens in May."),
                     0); /* (a story's project, not the piece) */
    assert_int_equal(line_hits(pa_line_reporting_note, "Maya Greenbaum contributed research."), 0);
    assert_int_equal(line_hits(pa_line_reporting_note, "Reporting was made possible by a grant the paper "
                                                               "received after the floods, editor Sam Ortiz said."),
                     0);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "The bridge project was funded by the state and will open next year."),
                     0);
    assert_int_equal(line_hits(pa_line_reporting_note,
                                       "This story was supported by three sources. Each of them asked not to be named."),
                     0);
}

/* A quote's attribution in a <footer> inside its <blockquote> (an essay's
 * epigraph) is the quote's text, not the page's footer. */
static void blockquote_footer_attribution(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>The clerk</h1><blockquote class=\"epigraph\"><p>The ballot is "
                            "stronger than the bullet.</p><footer>— a line often attributed to Abraham Lincoln</footer>"
                            "</blockquote>" PARA("The story starts here.") PARA("The story goes on.") PARA("The story ends.")
                            "</article><footer><p>About us. Contact. Careers.</p></footer></body></html>", &d);
    assert_non_null(strstr(t, "The ballot is stronger"));
    assert_non_null(strstr(t, "attributed to Abraham Lincoln"));
    assert_null(strstr(t, "Careers"));
    pa_doc_free(&d);
}

/* A "read also" label and its linked headline inside the story, then the story's last paragraph and
 * a follow call as a link closing the text (stress-rtl 43-44): the follow call, dropped, is no teaser's
 * headline, so the label heads no teaser list and the last paragraph stays. */
static void follow_call_closing_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *html =
        "<html><head><title>Apple harvest breaks a record in the valley</title></head><body><article><h1>Apple harvest breaks a record in the valley</h1><div class=\"body\">"
        "<p>Orchards in the northern valley picked a record apple crop this year, and the farm department said the total was a quarter larger than last year's, thanks to timely rain and a cold winter.</p>"
        "<p>Growers said the good crop has not brought good prices, because the roads to the markets are poor and the valley has too few cold stores to hold the fruit until the winter months.</p>"
        "<p><strong>Also read</strong></p><p><a href=\"/news/1\">Wheat sowing target set for the province</a></p>"
        "<p>The provincial government said it will build two new cold stores in the valley, which should be finished by the end of next year, and growers will be able to rent space in them.</p>"
        "<p><a href=\"https://t.me/example\">Follow our WhatsApp channel for the latest news</a></p>"
        "</div></article></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "Orchards in the northern valley"));
    assert_non_null(strstr(t, "two new cold stores"));
    assert_null(strstr(t, "Follow our WhatsApp"));
    assert_null(strstr(t, "Wheat sowing target"));
    pa_doc_free(&d);
    /* a list's "More local news" link closing the text under one teaser and its preview is no follow call:
     * the teaser under its label goes */
    html = "<html><head><title>Council approves new bike lanes on Main Street</title></head><body><article><h1>Council approves new bike lanes on Main Street</h1><div class=\"body\">"
           "<p>The city council voted six to one on Tuesday night to paint protected bike lanes along the length of Main Street, ending a debate that has run for almost two years.</p>"
           "<p>Supporters said the lanes will make the street safer for children riding to school, while several shop owners argued that losing parking spaces would cost them customers.</p>"
           "<p>Work on the lanes is expected to begin in April and to take about six weeks, the public works director said, with the street open to traffic throughout.</p>"
           "<h3>Related</h3><p><a href=\"/news/parking-study\">Parking study finds downtown spaces half empty</a></p>"
           "<p>A consultant hired by the city counted cars over three weeks and found most downtown lots were never more than half full.</p>"
           "<p><a href=\"/news\">More local news</a></p>"
           "</div></article></body></html>";
    t = text_of(html, &d);
    assert_non_null(strstr(t, "open to traffic throughout"));
    assert_null(strstr(t, "A consultant hired by the city"));
    pa_doc_free(&d);
}

/* A news ticker above the story's wrapper, its headlines on one line of text between bars and no
 * link (stress-rtl 05-07): no lead that widens the story to the whole page (the headline and the
 * writer's line with it); the story alone is the text. */
static void ticker_strip_above_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *html =
        "<html><head><title>Metro line four opens four new stations</title></head><body>"
        "<div class=\"header\"><a href=\"/\">Nile Gate</a><ul><li><a href=\"/a\">News</a></li><li><a href=\"/b\">Sport</a></li></ul></div>"
        "<div class=\"ticker\"><b>Breaking news</b> Temperatures rise to 34 degrees on the coast | The central bank keeps its rates unchanged | A new park opens in the north of the city</div>"
        "<div class=\"wrapper\"><div class=\"col-right\"><div class=\"article-page\">"
        "<h1>Metro line four opens four new stations</h1>"
        "<div class=\"writer\">Written by: Ahmed Fattah</div>"
        "<div class=\"ArticleDetails\">"
        "<p>The national tunnels authority said on Saturday that the civil works of four new stations on the fourth metro line were finished, ahead of their opening before the end of December.</p>"
        "<p>The head of the authority said the four stations serve about three hundred thousand riders a day and that the signalling works had reached ninety-two percent.</p>"
        "<p>Trains will run every six minutes at peak hours, and the time will fall as the rest of the new trains arrive from the factory next year.</p>"
        "</div></div></div>"
        "<div class=\"col-left\"><h3>Most read</h3><ul><li><a href=\"/1\">One headline here</a></li><li><a href=\"/2\">Another headline here</a></li></ul> A note</div>"
        "</div></body></html>";
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "The national tunnels authority said"));
    assert_non_null(strstr(t, "rest of the new trains"));
    assert_null(strstr(t, "Breaking news"));
    assert_null(strstr(t, "Written by"));
    pa_doc_free(&d);
    {
        /* the same ticker with its headlines between bullets (stress-afrotr's first pages) */
        static const char *const bar = "A new park opens in the north of the city</div>";
        char bullets[4096];
        const char *at = strstr(html, "Temperatures rise");
        const char *end = strstr(html, bar);
        assert_non_null(at);
        assert_non_null(end);
        snprintf(bullets, sizeof bullets, "%.*sTemperatures rise to 34 degrees on the coast \xe2\x80\xa2 The central bank keeps "
                 "its rates unchanged \xe2\x80\xa2 %s", (int)(at - html), html, end);
        t = text_of(bullets, &d);
        assert_non_null(strstr(t, "The national tunnels authority said"));
        assert_null(strstr(t, "Breaking news"));
        assert_null(strstr(t, "Written by"));
        pa_doc_free(&d);
    }
    {
        /* the same ticker with its headlines between bullets in a <marquee> (stress-sea portals) */
        char bulleted[4096];
        const char *bar = "Temperatures rise to 34 degrees on the coast | The central bank keeps its rates unchanged | A "
                          "new park opens";
        const char *at = strstr(html, bar);
        assert_non_null(at);
        snprintf(bulleted, sizeof bulleted, "%.*s<marquee>Temperatures rise to 34 degrees on the coast \xe2\x80\xa2 The "
                 "central bank keeps its rates unchanged \xe2\x80\xa2 A new park opens</marquee>%s",
                 (int)(at - html), html, at + strlen(bar));
        t = text_of(bulleted, &d);
        assert_non_null(strstr(t, "The national tunnels authority said"));
        assert_null(strstr(t, "Breaking news"));
        assert_null(strstr(t, "central bank keeps"));
    }
    pa_doc_free(&d);
    /* under the headline, a line of results between bars is the story's: it does not keep the story from
     * widening to its closing paragraph after the ad slot */
    html = "<html><head><title>Rovers stay top after late winner</title></head><body>"
           "<div class=\"header\"><a href=\"/\">County Sport</a><ul><li><a href=\"/football\">Football</a></li><li><a href=\"/cricket\">Cricket</a></li></ul></div>"
           "<div class=\"wrap\"><h1>Rovers stay top after late winner</h1>"
           "<div class=\"scores\"><p>Saturday's results: Rovers 2-1 Athletic | United 0-0 Town | Wanderers 3-2 City | Albion 1-4 Rangers</p></div>"
           "<div class=\"article-main\"><div class=\"article-text\">"
           "<p>Rovers kept their three-point lead at the top of the table thanks to a header from their captain in the final minute, after Athletic had levelled early in the second half.</p>"
           "<p>United and Town played out a goalless draw in driving rain, while Wanderers came from two goals down to beat City in the game of the day.</p>"
           "<p>Rangers, bottom at Christmas, won a fourth game in a row with a convincing win at Albion and are now five points clear of the relegation places.</p>"
           "</div><div class=\"share\"><a href=\"#\">Share</a></div></div>"
           "<div class=\"ad-slot\"><span>Advertisement</span></div>"
           "<div class=\"article-more\"><p>Next Saturday Rovers travel to Athletic's neighbours Town, who have not lost at home since August and will fancy their chances against the leaders.</p></div></div>"
           "<div class=\"footer\">Copyright 2026 County Sport</div></body></html>";
    t = text_of(html, &d);
    assert_non_null(strstr(t, "Rovers kept their three-point lead"));
    assert_non_null(strstr(t, "Next Saturday Rovers travel"));
    pa_doc_free(&d);
}

/* The labels and marks of the right-to-left press (stress-rtl): "Read also" pointers, ad labels, the
 * tags' label with its tags, "Source:" lines and the agency's mark alone under the story (in brackets,
 * or between slashes as Iranian agencies sign); the story's own sentences with the same words stay. */
static void rtl_label_lines(void **state)
{
    (void)state;
    static const char *const furniture[] = {
        "اقرأ أيضا: ارتفاع الأسعار", "اقرأ أيضاً", "بیشتر بخوانید: کاهش قیمت بلیت",
        "קראו גם: מחירי הדירות בצפון", "כתבות נוספות", "یہ بھی پڑھیں: ڈالر کی قدر میں کمی", "إعلان", "פרסומת",
        "الكلمات المفتاحية بيروت عربي ودولي", "برچسب‌ها: تهران", "תגיות: תל אביב", "المصدر: وكالة أنباء النيل",
        "(وكالات)", "(و.م.ع)", "/ایرنا/", "/پارس‌نیوز/", "(وكالة الأنباء الأردنية)",
        "تصوير: راشد النعيمي", "عکس: مهدی زارعی", "צילום: עידו ברק", "فائل فوٹو", "بقلم: سلمى الحوسني", "بقلم سلمى الحوسني",
        "انتهای پیام/", "קראו עוד",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        if (line_hits(pa_line_furniture, furniture[i]) != 1)
            fail_msg("not furniture: %s", furniture[i]);
    static const char *const story[] = {
        "وقال المصدر إن الوزارة ستعلن التفاصيل الكاملة خلال الأسبوع المقبل.",
        "اقرأ أيضا ما كتبه الوزير.", "المصدر نفسه قال ذلك.",
        "/usr/local/", "/ a b c d /", "(وكالة الأنباء) - قال الوزير (أمس)", "/Москва/", "/\xc3\xa9/", "/Ελλάδα/",
        "بقلم رصاص واحد رسم لوحاته الأولى على ورق الجرائد.", /* "with one pencil he drew …": no byline */
    };
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++)
        assert_int_equal(line_hits(pa_line_furniture, story[i]), 0);
}

/* The labels of the Turkish, Swahili, Hausa and Somali portals (stress-afrotr): the ad label, related
 * stories (the dotted capital İ kept by the lower-cased copy), read-also pointers with their headline; the
 * story's sentences with the same words stay. */
static void afrotr_label_lines(void **state)
{
    (void)state;
    static const char *const furniture[] = {
        "Reklam", "İlgili Haberler", "İLGİLİ HABERLER", "İlgili Haber: Kasım verileri açıklandı",
        "İlgili Haber Süper Lig'de puan durumu ve 16. haftanın programı", "Etiketler", "Tangazo",
        "Soma pia: Serikali yatangaza mpango wa hifadhi ya chakula", "Habari zinazohusiana",
        "Karanta kuma: An kaddamar da shirin ciyar da dalibai a Jigawa", "Talla",
        "Akhriso sidoo kale: Qiimaha kalluunka oo hoos u dhacay",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        if (line_hits(pa_line_furniture, furniture[i]) != 1)
            fail_msg("not furniture: %s", furniture[i]);
    assert_int_equal(line_hits(pa_line_post_meta, "Imesasishwa 12:15"), 1); /* Swahili's "Updated 12:15" */
    assert_int_equal(line_hits(pa_line_post_meta, "Sheria hiyo imesasishwa mwaka 2024 na Bunge."), 0);
    assert_int_equal(line_hits(pa_line_post_meta, "Imesasishwa: Jumatatu, 7 Desemba 2026"), 1);
    assert_int_equal(line_hits(pa_line_post_meta, "Imesasishwa sheria ya ardhi ya mwaka 2016 ili kuwalinda wakulima."), 0);
    static const char *const story[] = {
        "İlgili haberde belirtilen rakamlar bakanlık tarafından doğrulandı.",
        "Reklam sektörü bu yıl yüzde 40 büyüdü.",
        "İlgili haber sitesi hakkında savcılık soruşturma başlattı.",
        "Soma pia kitabu hiki kabla ya mtihani, mwalimu aliwaambia wanafunzi.",
    };
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++)
        assert_int_equal(line_hits(pa_line_furniture, story[i]), 0);
}

/* The furniture of the Indic-language portals and press offices (stress-indic): read-also pointers
 * with their headline, in a script without case and longer in bytes than the lower-cased copy's bound;
 * the web stories label; a government press office's record lines; PTI's Hindi credit "(भाषा)" alone
 * under the story. The story's own sentences stay. */
static void indic_label_lines(void **state)
{
    (void)state;
    static const char *const furniture[] = {
        "ये भी पढ़ें: दिल्ली में प्रदूषण से राहत नहीं, कई इलाकों में AQI 400 के पार",
        "यो पनि पढ्नुहोस्: पोखरा अन्तर्राष्ट्रिय विमानस्थलबाट नयाँ उडान सुरु",
        "আরও পড়ুন: কলকাতায় নতুন বাস রুট", "ಇದನ್ನೂ ಓದಿ:", "இதையும் படிக்க", "वेब स्टोरीज़", "Web Stories",
        /* 79 visible characters as the extractor counts them (99 with its spaces): within the pointer's 80 */
        "ये भी पढ़ें: दिल्ली में प्रदूषण से राहत नहीं, कई इलाकों में AQI 400 के पार, स्कूल दो दिन बंद रहेंगे",
    };
    char buf[512];
    pa_line line;
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        if (!line_hits_utf8(pa_line_furniture, furniture[i]))
            fail_msg("furniture expected: %s", furniture[i]);
    assert_int_equal(line_hits(pa_line_furniture, "उन्होंने कहा कि ये भी पढ़ें और समझें।"), 0);
    /* a story's paragraph opening with the words, past the pointer's 80 characters (95 as the extractor counts
     * them, the spaces left out, the vowel signs counted; the classifier's own bound is 100) */
    snprintf(buf, sizeof buf, "ये भी पढ़ें: मंत्रालय ने सभी स्कूलों को सलाह दी है कि बच्चे रोज़ एक घंटा किताबें पढ़ें और अभिभावक इसमें उनकी मदद करें।");
    pa_line_init(&line, buf, 95);
    assert_int_equal(pa_line_furniture(&line), 0);
    assert_int_equal(line_hits(pa_line_release_furniture, "(Release ID: 2082260)"), 1);
    assert_int_equal(line_hits(pa_line_release_furniture, "Visitor Counter : 640"), 1);
    assert_int_equal(line_hits(pa_line_release_furniture, "This release is available in: English , Urdu , Hindi"), 1);
    assert_int_equal(line_hits(pa_line_release_furniture, "Release ID numbers were introduced in 2019."), 0);
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>मेट्रो</h1>" PARA("नई दिल्ली, 3 दिसंबर (भाषा) मंत्रिमंडल ने "
                            "बुधवार को मेट्रो के पांचवें चरण को मंजूरी दे दी।") PARA("परियोजना की लागत 18,400 करोड़ "
                            "रुपये बताई गई है।") PARA("पहली लाइन 2029 तक शुरू होगी।") "<p>(भाषा)</p></article></body></html>",
                            &d);
    assert_non_null(strstr(t, "मंत्रिमंडल ने"));
    assert_non_null(strstr(t, "2029 तक"));
    assert_null(strstr(t, "\n(भाषा)"));
    pa_doc_free(&d);
    /* the same word unbracketed is the language's own: "भाषा" (language) as a subhead stays */
    t = text_of("<html><body><article><h1>मातृभाषा</h1>" PARA("केंद्र सरकार ने बुधवार को स्कूलों में मातृभाषा में "
                "पढ़ाई के लिए नए दिशानिर्देश जारी किए।") "<h2>भाषा</h2>" PARA("कक्षा पांच तक के बच्चों को उनकी "
                "मातृभाषा में पढ़ाया जाएगा।") "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "\nभाषा\n"));
    pa_doc_free(&d);
    /* a word ending in the wire's letters does not end with the wire: "मातृभाषा" (mother tongue) */
    assert_int_equal(pa_agency_at_end("मातृभाषा", strlen("मातृभाषा"), PA_AGENCY_WIRE), 0);
    assert_int_equal(pa_agency_at_end("फोटो/भाषा", strlen("फोटो/भाषा"), PA_AGENCY_WIRE), 1);
    /* nor is the word alone the wire's byline ("PTI", "By IANS," are): only its bracketed credit is */
    assert_int_not_equal(pa_line_writer_note("भाषा", 4), PA_WRITER_BYLINE);
    assert_int_not_equal(pa_line_writer_note("भाषा, नई दिल्ली", 14), PA_WRITER_BYLINE);
}

/* The summary points a news template sets under the headline as a bare list named for a deck
 * ("<ul class=story_summary>", stress-indic 01-08) go like a deck; a list so named inside the story's
 * text, after its paragraphs, stays. */
static void headline_summary_points(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Metro phase five approved</h1><ul class=\"story_summary\">"
                            "<li>Three new lines of 42 kilometres in all</li><li>The first line is due in 2029</li></ul>"
                            "<div class=\"story_meta\"><span>Dec 3, 2026</span></div><div class=\"story_content\">"
                            PARA("The cabinet approved the fifth phase of the metro on Wednesday, with three lines.")
                            PARA("The first line will open in 2029 and the other two by 2031, officials said.")
                            PARA("Traders in the outer districts welcomed the decision on Wednesday evening.")
                            "<ul class=\"summary\"><li>Cost: 18,400 crore rupees</li><li>Stations: 31</li></ul>"
                            "</div></article></body></html>",
                            &d);
    assert_null(strstr(t, "Three new lines of 42"));
    assert_null(strstr(t, "The first line is due in 2029"));
    assert_non_null(strstr(t, "The cabinet approved"));
    assert_non_null(strstr(t, "Stations: 31"));
    pa_doc_free(&d);
}

/* The stated author's name and the place the story is filed from, after a comma, over the story
 * ("Jane Doe, New Delhi"; stress-indic 01-08 in Indic scripts, where no capitals tell a name) is
 * the byline. */
static void author_place_byline(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><head><meta name=\"author\" content=\"Anurag Tripathi\"></head><body><article>"
                            "<h1>Metro phase five approved</h1><div class=\"meta\"><div class=\"author\">"
                            "<a href=\"/a/1\">Anurag Tripathi</a><span>, New Delhi</span></div></div>"
                            PARA("The cabinet approved the fifth phase of the metro on Wednesday, with three lines.")
                            PARA("The first line will open in 2029 and the other two by 2031, officials said.")
                            "</article></body></html>",
                            &d);
    assert_null(strstr(t, "Tripathi, New Delhi"));
    assert_non_null(strstr(t, "The cabinet approved"));
    pa_doc_free(&d);
    t = text_of("<html><head><meta name=\"author\" content=\"अनुराग त्रिपाठी\"></head><body><article>"
                "<h1>मेट्रो</h1><div class=\"meta\"><div class=\"author\"><a href=\"/a/1\">अनुराग त्रिपाठी</a>"
                "<span>, नई दिल्ली</span></div></div>" PARA("केंद्रीय मंत्रिमंडल ने बुधवार को दिल्ली मेट्रो के पांचवें "
                "चरण को मंजूरी दे दी।") PARA("पहली लाइन 2029 तक शुरू होगी और बाकी दो लाइनें 2031 तक पूरी होंगी।")
                "</article></body></html>",
                &d);
    assert_null(strstr(t, "नई दिल्ली"));
    assert_non_null(strstr(t, "मंत्रिमंडल"));
    pa_doc_free(&d);
    /* the stated author alone over the story, a desk's name in Bengali ("own correspondent") */
    t = text_of("<html><head><meta name=\"author\" content=\"নিজস্ব প্রতিবেদক\"></head><body><article>"
                "<h1>মেট্রোরেল</h1><div class=\"meta\"><div class=\"contributor\">নিজস্ব প্রতিবেদক</div></div>"
                PARA("রাজধানীর মেট্রোরেলে দৈনিক যাত্রীর সংখ্যা সাড়ে চার লাখ ছাড়িয়েছে।")
                PARA("নতুন ছয়টি ট্রেন জাপান থেকে এসে পৌঁছেছে।") "</article></body></html>",
                &d);
    assert_null(strstr(t, "নিজস্ব প্রতিবেদক"));
    assert_non_null(strstr(t, "মেট্রোরেলে"));
    pa_doc_free(&d);
}

/* The site's app-download call inside the story (a short line over the store badges, stress-indic
 * 02, 05, 35) goes; the story's own paragraph linking an app's store page stays. */
static void app_download_box(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Metro phase five approved</h1>"
                            PARA("The cabinet approved the fifth phase of the metro on Wednesday, with three lines.")
                            "<div class=\"app-cta\"><p>ताज़ा खबरों के लिए डाउनलोड करें हमारा ऐप</p>"
                            "<a href=\"https://play.google.com/store/apps/details?id=com.example.news\"><img alt=\"\" "
                            "src=\"/gp.png\"></a><a href=\"https://apps.apple.com/in/app/id1\"><img alt=\"\" "
                            "src=\"/as.png\"></a></div>"
                            PARA("Riders can check the timetable in the <a href=\"https://play.google.com/store/apps/"
                                 "details?id=com.example.metro\">metro's own app</a>, officials said.")
                            PARA("The first line will open in 2029 and the other two by 2031, officials said.")
                            "</article></body></html>",
                            &d);
    assert_null(strstr(t, "डाउनलोड करें"));
    assert_non_null(strstr(t, "metro's own app"));
    assert_non_null(strstr(t, "The first line will open"));
    pa_doc_free(&d);
    /* a review's sentence naming the store, in a block editor's classed group: a story's words, not a badge */
    t = text_of("<html><body><article><h1>A budgeting app that texts you at night</h1>"
                PARA("The new budgeting tool arrived this week after two years of testing with households.")
                "<div class=\"app-download\"><p>Get the Daily app: <a href=\"https://apps.apple.com/us/app/d/id9\">"
                "iPhone</a> | <a href=\"https://play.google.com/store/apps/details?id=d\">Android</a></p></div>"
                "<div class=\"wp-block-group\"><p>It costs $4.99 a month and is available from the "
                "<a href=\"https://apps.apple.com/us/app/budget/id123\">App Store</a>.</p></div>"
                PARA("Early reviewers praised the clean layout but said the sync with credit unions was slow.")
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "It costs $4.99"));
    assert_null(strstr(t, "Get the Daily app")); /* the pitch's text links in a line without a stop still go */
    pa_doc_free(&d);
}

/* The labels, walls, rights lines and wire notes of the European dailies (stress-euro): the same
 * furniture as the English lists name, in Spanish, French, Portuguese, Italian, German, Dutch and
 * Catalan; a capital with an accent lowered ("À lire aussi"); the story's own sentences stay. */
static void european_label_lines(void **state)
{
    (void)state;
    static const char *const furniture[] = {
        "Leia também:", "Mehr zum Thema:", "\xc3\x80 lire aussi", "Lee también: El Gobierno aprueba el plan",
        "Lire aussi | Les prix reculent", "Leggi anche: Sciopero dei treni", "Temes Societat Tarragona",
        "Schlagworte: Politik, Koblenz", "Anzeige", "Das könnte Sie auch interessieren", "Bild: dpa",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        assert_int_equal(line_hits(pa_line_furniture, furniture[i]), 1);
    static const char *const story[] = {
        "Lee también el informe completo, que se publica hoy.", "Temas de vivienda dominan el debate municipal.",
        "Zum Thema Wohnen äußerte sich der Bürgermeister nicht.",
    };
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++)
        assert_int_equal(line_hits(pa_line_furniture, story[i]), 0);
    assert_int_equal(line_hits(pa_line_pitch, "Article réservé aux abonnés"), 1);
    assert_int_equal(line_hits(pa_line_pitch, "Dieser Artikel ist nur für Abonnenten"), 1);
    assert_int_equal(line_hits(pa_line_pitch, "Exclusivo para assinantes"), 1);
    assert_int_equal(line_hits(pa_line_pitch,
                               "Lesen Sie weiter mit unserem Digital-Abo: die ersten vier Wochen für 0,99 Euro."), 1);
    assert_int_equal(line_hits(pa_line_pitch, "Los abonados del gimnasio protestaron por la subida de cuotas."), 0);
    assert_int_equal(line_hits(pa_line_pitch, "Cet article vous a été utile ? Sachez que vous pouvez suivre L’Écho "
                                              "dans l’espace Mon Actu."),
                     1);
    assert_int_equal(line_hits(pa_line_furniture, "Veja mais notícias da região no Portal Campinas."), 1);
    assert_int_equal(line_hits(pa_line_pitch, "L’article a été utile aux enquêteurs, selon la police."), 0);
    /* set inside the story's column (stress-euro 43-46): follow calls, a bracketed credit, a newsletter box */
    assert_int_equal(line_hits(pa_line_reader_service, "Síguenos en nuestro canal de WhatsApp y en Instagram."), 1);
    assert_int_equal(line_hits(pa_line_reader_service, "Seguici anche sul nostro canale WhatsApp e su Instagram."), 1);
    assert_int_equal(line_hits(pa_line_reader_service,
                               "Siga o Portal no Instagram e receba as principais notícias no seu WhatsApp."),
                     1);
    assert_int_equal(line_hits(pa_line_reader_service, "La policía pidió a los vecinos denuncias por WhatsApp."), 0);
    assert_int_equal(line_hits(pa_line_furniture, "(Foto Ansa)"), 1);
    assert_int_equal(line_hits(pa_line_furniture, "Newsletter abonnieren"), 1);
    assert_int_equal(line_hits(pa_line_pitch, "Die wichtigsten Nachrichten aus der Wirtschaft, jeden Werktag um 7 Uhr "
                                              "in Ihrem Postfach."),
                     1);
    assert_int_equal(line_hits(pa_line_pitch, "„Die Nachrichten landen sofort in Ihrem Postfach“, sagte sie."), 0);
    assert_int_equal(line_hits(pa_line_rights, "Riproduzione riservata \xc2\xa9 Copyright ANSA"), 1);
    assert_int_equal(line_hits(pa_line_rights, "Alle Rechte vorbehalten."), 1);
    assert_int_equal(line_hits(pa_line_rights, "La riproduzione del quadro è stata riservata al museo."), 0);
    assert_int_equal(line_hits(pa_line_wire_credit, "Con información de AFP y Reuters."), 1);
    assert_int_equal(line_hits(pa_line_wire_credit, "Con información de Europa Press"), 1);
    assert_int_equal(line_hits(pa_line_wire_credit, "(Avec AFP)"), 1);
    {
        pa_line lusa;
        char buf[] = "Lusa";
        pa_line_init(&lusa, buf, 4);
        assert_int_equal(pa_line_block_label(&lusa, 0), 1); /* the Portuguese wire alone under the story */
    }
    assert_int_equal(line_hits(pa_line_wire_credit, "Con información de los vecinos del barrio."), 0);
    assert_int_equal(line_hits(pa_line_wire_credit, "Avec AFP et le gouvernement, la ville négocie."), 0);
}

/* The GDPR consent walls of the European dailies, read as the cookie notice they are (stress-euro 32: the
 * wall's text had been taken as the story's lead); a story on cookies stays. */
static void european_cookie_walls(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_cookie_notice,
                               "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen "
                               "auf Ihrem Gerät zu speichern. Mit Klick auf „Zustimmen“ willigen Sie ein."),
                     1);
    assert_int_equal(line_hits(pa_line_cookie_notice,
                               "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies "
                               "similaires. Vous pouvez retirer votre consentement à tout moment."),
                     1);
    assert_int_equal(line_hits(pa_line_cookie_notice,
                               "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
                               "navegando, consideramos que acepta su uso."),
                     1);
    assert_int_equal(line_hits(pa_line_cookie_notice,
                               "Die Bäckerei verwendet Cookies und Kuchen aus eigener Herstellung, sagte die "
                               "Inhaberin am Montag."),
                     0);
}

/* The European dailies' byline and date fields (stress-euro 30): "Von Jane Doe | Veröffentlicht am …" is
 * the byline, a line of publication and update fields is the post's metadata; the story's sentences that
 * open with the same words, or name a publication day inside a sentence, stay. */
static void european_byline_and_date_fields(void **state)
{
    (void)state;
    assert_int_equal(line_hits(pa_line_byline, "Von Martina Weber | Veröffentlicht am 20.02.2026 | 16:30 Uhr"), 1);
    assert_int_equal(line_hits(pa_line_byline, "Por Lucía Fernández Ortega"), 1);
    assert_int_equal(line_hits(pa_line_byline, "Par For The Course"), 0);
    assert_int_equal(line_hits(pa_line_byline, "Door Hardware Trends"), 0);
    assert_int_equal(line_hits(pa_line_byline, "di Giulia Ferraris, Torino"), 1);
    assert_int_equal(line_hits(pa_line_byline, "Von Montag an gilt die neue Regel"), 0);
    assert_int_equal(line_hits(pa_line_byline, "Por último, el alcalde habló."), 0);
    assert_int_equal(line_hits(pa_line_post_meta,
                               "Von Martina Weber | Veröffentlicht am 20.02.2026 | 16:30 Uhr | Aktualisiert am "
                               "20.02.2026 | 17:20 Uhr | Lesedauer: 5 Minuten"),
                     1);
    assert_int_equal(line_hits(pa_line_post_meta, "Publicado el 3 de marzo de 2026 a las 10:15"), 1);
    assert_int_equal(line_hits(pa_line_post_meta, "Stand: 12.03.2026 11:40 Uhr"), 1);
    assert_int_equal(line_hits(pa_line_post_meta, "Stand: 12 inches tall"), 0);
    assert_int_equal(line_hits(pa_line_post_meta, "Stand: 12.5 inches tall"), 0);
    assert_int_equal(line_hits(pa_line_post_meta, "Stand: 3.5 kg"), 0);
    assert_int_equal(line_hits(pa_line_post_meta, "Stand: 1.3.2026, 9:05 Uhr"), 1);
    assert_int_equal(line_hits(pa_line_post_meta,
                               "El informe, publicado el 3 de marzo, concluye que la vivienda sube."), 0);
    assert_int_equal(line_hits(pa_line_post_meta, "Publicado el 3 de marzo, el informe concluye que sube"), 0);
    /* after the story's prose an English page's title-case subhead reads as such a byline ("Von Miller Retires",
     * a bolded <p>): it stays; on a page in German the same place holds the writer's byline, which goes */
#define LINEBACKER_STORY \
        "<p>The linebacker told reporters on Tuesday that he would not return for another season, ending a career " \
        "that spanned twelve years and two championships with the club.</p>" \
        "<p>His agent said the decision had been made weeks ago, after a long talk with his family and the team's " \
        "doctors about the knee injury that kept him out for most of last year.</p>" \
        "<p><strong>%s</strong></p>" \
        "<p>The club said it would honour him at the home opener in September, when former teammates are expected " \
        "to attend and the stadium will show a tribute video before kickoff.</p>"
    char html[2048];
    pa_doc d;
    char body[1400];
    snprintf(body, sizeof body, LINEBACKER_STORY, "Von Miller Retires");
    snprintf(html, sizeof html, "<html lang=\"en\"><head><title>Linebacker retires</title></head><body><article>"
             "<h1>Linebacker retires</h1>%s</article></body></html>", body);
    text_of(html, &d);
    assert_non_null(strstr(d.text, "Von Miller Retires"));
    pa_doc_free(&d);
    snprintf(body, sizeof body, LINEBACKER_STORY, "Von Jane Doe");
    snprintf(html, sizeof html, "<html lang=\"de\"><head><title>Linebacker retires</title></head><body><article>"
             "<h1>Linebacker retires</h1>%s</article></body></html>", body);
    text_of(html, &d);
    assert_null(strstr(d.text, "Von Jane Doe"));
    pa_doc_free(&d);
#undef LINEBACKER_STORY
    /* the story's first paragraph, also the page's description, over such a subhead is no deck over a byline */
    static const char *const first =
        "The club confirmed on Monday that its veteran winger will stay for one more season, ending weeks of talks "
        "over a move back to Argentina.";
    snprintf(html, sizeof html, "<html lang=\"en\"><head><title>Winger stays</title><meta name=\"description\" "
             "content=\"%s\"></head><body><article><h1>Winger stays</h1><p>%s</p><h2>Di Maria Stays</h2>%s"
             "</article></body></html>", first, first, body);
    text_of(html, &d);
    assert_non_null(strstr(d.text, "ending weeks of talks"));
    assert_non_null(strstr(d.text, "Di Maria Stays"));
    pa_doc_free(&d);
    /* on an English page, a post's title in title case after the story began is no European byline */
    const char *live = "<html lang=\"en\"><body><article><h1>European leaders gather in Kyiv</h1>"
                       PARA("Lead paragraph.") "<p><strong>Von der Leyen Meets Zelensky</strong></p>"
                       PARA("Second paragraph.") "<p><strong>Di Maria Scores Twice</strong></p>"
                       PARA("Third paragraph.") "</article></body></html>";
    const char *t = text_of(live, &d);
    assert_non_null(strstr(t, "Von der Leyen Meets Zelensky"));
    assert_non_null(strstr(t, "Di Maria Scores Twice"));
    assert_non_null(strstr(t, "Third paragraph."));
    pa_doc_free(&d);
    /* a German page's byline under its story still goes */
    const char *de = "<html lang=\"de\"><body><article><h1>Neue Regeln ab Montag</h1>" PARA("Lead paragraph.")
                     "<p>Von Martina Weber</p>" PARA("Second paragraph.") "</article></body></html>";
    t = text_of(de, &d);
    assert_null(strstr(t, "Martina Weber"));
    pa_doc_free(&d);
    /* above the first paragraph too, on a page that declares English or nothing, the title-case line over an
     * English story stays; over a German story on a page that declares nothing it is the writer's byline */
#define VON_MILLER_PAGE(LANG)                                                                                      \
    "<html" LANG "><head><title>Linebacker retires</title></head><body><article><h1>Linebacker retires</h1>"        \
    "<p><strong>Von Miller Retires</strong></p><p>The linebacker told reporters on Tuesday that he would not "      \
    "return for another season, ending a career that spanned twelve years and two championships.</p><p>His "       \
    "agent said the decision had been made weeks ago, after a long talk with his family and the doctors.</p>"      \
    "</article></body></html>"
    static const char *const english[] = {VON_MILLER_PAGE(""), VON_MILLER_PAGE(" lang=\"en\"")};
#undef VON_MILLER_PAGE
    for (size_t k = 0; k < 2; k++) {
        t = text_of(english[k], &d);
        assert_non_null(strstr(t, "Von Miller Retires"));
        pa_doc_free(&d);
    }
    /* "Por" and "Par" begin no English name: over an English story such a line is the writer's byline */
    const char *por = "<html lang=\"en\"><head><title>Linebacker retires</title></head><body><article>"
                      "<h1>Linebacker retires</h1><p>Por María López</p><p>The linebacker told reporters on Tuesday "
                      "that he would not return for another season, ending a career that spanned twelve years and two "
                      "championships.</p><p>His agent said the decision had been made weeks ago, after a long talk "
                      "with his family and the doctors.</p></article></body></html>";
    t = text_of(por, &d);
    assert_non_null(strstr(t, "would not return"));
    assert_null(strstr(t, "María López"));
    pa_doc_free(&d);
    const char *german = "<html><head><title>Neue Regeln</title></head><body><article><h1>Neue Regeln für Radfahrer</h1>"
        "<p>Von Martina Weber</p><p>Die Stadt will ab dem kommenden Jahr neue Regeln für Radfahrer in der "
        "Innenstadt einführen, wie der Bürgermeister am Dienstag mitteilte.</p><p>Die Pläne sehen vor, dass auf "
        "mehreren Straßen Tempo 20 gilt und zusätzliche Radwege entstehen.</p></article></body></html>";
    t = text_of(german, &d);
    assert_non_null(strstr(t, "Tempo 20"));
    assert_null(strstr(t, "Martina Weber"));
    pa_doc_free(&d);
}

/* A European company release's "About" label over its note on the issuer (stress-euro 36): "Über Example
 * GmbH" over "Die Example GmbH ist ein Familienunternehmen mit Sitz in …" goes, as "About Example Corp"
 * does; a story's section on a place under "Sobre …" stays. */
static void european_release_about_label(void **state)
{
    (void)state;
    pa_line line;
    char label[] = "Über Weidmann Pumpen";
    pa_line_init(&line, label, strlen(label));
    assert_int_equal(pa_line_about_label_over(&line, "Die Weidmann Pumpen GmbH ist ein Familienunternehmen mit Sitz "
                                                     "in Kassel und beschäftigt rund 2.400 Mitarbeitende."),
                     1);
    char fr[] = "À propos de Lacustre Énergie";
    pa_line_init(&line, fr, strlen(fr));
    assert_int_equal(pa_line_about_label_over(&line, "Lacustre Énergie est une entreprise basée à Annecy qui "
                                                     "exploite trois centrales hydroélectriques."),
                     1);
    char place[] = "Sobre Tarragona";
    pa_line_init(&line, place, strlen(place));
    assert_int_equal(pa_line_about_label_over(&line, "Tarragona conserva un anfiteatro romano frente al mar y un "
                                                     "casco antiguo amurallado que atrae visitantes."),
                     0);
}

/* A Catalan story on a page its CMS labels "en-US" (stress-euro 42 so relabelled): the text's language, as
 * for Spanish or Portuguese under a wrong English label. */
static void catalan_under_english_label(void **state)
{
    (void)state;
    const char *html =
        "<html lang=\"en-US\"><head><title>Tarragona recupera el camí de ronda</title></head><body><article>"
        "<h1>Tarragona recupera el camí de ronda</h1>"
        "<p>L’Ajuntament de Tarragona ha acabat les obres de recuperació del camí de ronda entre la platja de la "
        "Savinosa i el límit amb Altafulla, un tram de sis quilòmetres que feia anys que estava tallat en diversos "
        "punts per esllavissades.</p>"
        "<p>Els treballs han inclòs la reconstrucció de murs de pedra seca, la instal·lació de baranes de fusta en "
        "els trams més exposats i la senyalització de tot el recorregut. El pressupost ha estat d’1,4 milions "
        "d’euros.</p>"
        "<p>El consistori recorda que el camí és només per a vianants i que en alguns trams no és recomanable per "
        "a persones amb mobilitat reduïda.</p></article></body></html>";
    pa_doc d;
    text_of(html, &d);
    assert_non_null(d.lang);
    assert_string_equal(d.lang, "ca");
    pa_doc_free(&d);
}

/* An Indonesian story on a page that says lang="id", which the n-gram models read as Malay (stress-sea 37): the
 * two languages share their function words, so the page's statement stands (and a Malay page's "ms" likewise). */
static void indonesian_label_over_malay_guess(void **state)
{
    (void)state;
    const char *html =
        "<html lang=\"id\"><head><title>Pendakian Rinjani Dibuka Lagi</title></head><body><article>"
        "<h1>Pendakian Rinjani Dibuka Lagi</h1>"
        "<p>Jakarta - Jalur pendakian Gunung Rinjani di Nusa Tenggara Barat kembali dibuka setelah ditutup selama tiga bulan selama musim hujan. Pengelola membatasi kuota pendaki sebanyak 500 orang per hari untuk seluruh jalur.</p>"
        "<p>Kepala Balai Taman Nasional Gunung Rinjani mengatakan, pendaki wajib memesan tiket secara daring dan membawa kembali seluruh sampahnya. Petugas akan memeriksa barang bawaan di pos awal dan pos akhir pendakian.</p>"
        "<p>\"Kami ingin Rinjani tetap bersih. Pendaki yang tidak membawa turun sampahnya akan dikenai sanksi larangan mendaki,\" ujarnya.</p>"
        "<p>Tahun lalu, Rinjani dikunjungi lebih dari 90.000 pendaki, sekitar sepertiganya wisatawan mancanegara. Jalur Sembalun dan Senaru masih menjadi jalur favorit karena pemandangan Danau Segara Anak.</p>"
        "</article></body></html>";
    pa_doc d;
    text_of(html, &d);
    assert_non_null(d.lang);
    assert_string_equal(d.lang, "id");
    pa_doc_free(&d);
}

/* A story in another language under a CMS's default lang="en-US": its date line's day-month order is the
 * text's ("09/03/2026" over an Italian release is the 9th of March); an English story keeps the US order. */
static void dates_of_text_under_english_label(void **state)
{
    (void)state;
    static const char *const it =
        "<html lang=\"en-US\"><head><title>Bergamo, al via i lavori</title></head><body><article>"
        "<h1>Bergamo, al via i lavori per la nuova biblioteca</h1><p>Comunicato del 09/03/2026</p>"
        "<p>Sono partiti questa mattina i lavori di costruzione della nuova biblioteca di quartiere di Longuelo, che "
        "sorgerà accanto alla scuola primaria di via Mattioli. L’edificio, su due piani, avrà una superficie di 850 "
        "metri quadrati.</p><p>Il progetto prevede una sala lettura per adulti, uno spazio dedicato ai bambini, "
        "un’aula studio aperta anche la sera e un piccolo auditorium da 80 posti. La struttura sarà costruita in "
        "legno e sarà a consumo energetico quasi zero.</p><p>L’investimento complessivo è di 3,6 milioni di euro, "
        "finanziati in parte con fondi europei.</p></article></body></html>";
    static const char *const en =
        "<html lang=\"en-US\"><head><title>Work starts on the new library</title></head><body><article>"
        "<h1>Work starts on the new library</h1><p>Published 09/03/2026</p>"
        "<p>Construction of the new neighborhood library began this morning next to the elementary school on "
        "Mattioli Street. The two-story building will cover about nine thousand square feet when it opens.</p>"
        "<p>The plans include a reading room for adults, a space for children, a study hall open in the evening "
        "and a small auditorium with eighty seats. The building will be made of wood and use almost no energy.</p>"
        "<p>The project will cost 3.6 million dollars, paid in part with state grants.</p></article></body></html>";
    pa_doc d;
    text_of(it, &d);
    assert_non_null(d.published);
    assert_memory_equal(d.published, "2026-03-09", 10);
    pa_doc_free(&d);
    text_of(en, &d);
    assert_non_null(d.published);
    assert_memory_equal(d.published, "2026-09-03", 10);
    pa_doc_free(&d);
}

/* A code block in a highlighter's wrappers named for its language
 * ("language-shell highlighter-rouge" > "highlight" > pre, Jekyll's Rouge)
 * is the post's text: "language" there is no language switcher. */
static void code_block_language_wrapper(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"post-content\">"
                       PARA("For eight months a small team built the open data portal for the transport authority.")
                       PARA("Fetching the punctuality data for one line takes a single request to the new API:")
                       "<div class=\"language-shell highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\">"
                       "<code><span class=\"nb\">curl</span> data.example/api/punctuality --header csv\n</code></pre></div></div>"
                       PARA("The data is released under an open licence that only requires attribution to the authority.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "punctuality --header csv"));
    assert_non_null(strstr(t, "attribution to the authority."));
    pa_doc_free(&d);
    /* a share box's embed code in a <pre> ("share-embed": no highlighter's wrapper) goes */
    const char *embed = "<html><body><article><div class=\"post-content\">"
                        PARA("The city published the results of its tree census on Tuesday, counting 212,000 street "
                             "trees, 14 percent more than in the last census ten years ago.")
                        PARA("Maples remain the most common species, but the planting programme has added thousands "
                             "of oaks and lindens since 2015.")
                        "<div class=\"share-embed\"><pre>&lt;iframe src=\"https://example.com/embed/tree-census\" "
                        "width=\"600\"&gt;&lt;/iframe&gt;</pre></div>"
                        PARA("The full data set is available on the open data portal.")
                        "</div></article></body></html>";
    t = text_of(embed, &d);
    assert_non_null(strstr(t, "open data portal."));
    assert_null(strstr(t, "iframe"));
    pa_doc_free(&d);
}

/* A blog's webmentions block (likes, reposts and other sites' replies
 * under the post) goes like comments. */
static void webmentions_after_post(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"post-content\">"
                       PARA("The regional transport authority opened its open data portal this morning after eight months.")
                       PARA("It publishes the timetable, live vehicle positions and punctuality data back to 2019.")
                       PARA("Passenger counts per stop follow in the autumn once the privacy review is finished.")
                       "</div><section class=\"webmentions\"><h2>Webmentions</h2><p>8 likes &middot; 3 reposts</p><ol>"
                       "<li class=\"h-cite\"><a href=\"https://m.example/\">Marjorie Quinn</a><div class=\"p-content\">"
                       "Great news, and about time. We have been waiting for this for a couple of years now and had almost "
                       "given up asking.</div></li></ol></section></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "privacy review is finished."));
    assert_null(strstr(t, "Webmentions"));
    assert_null(strstr(t, "about time"));
    pa_doc_free(&d);
}

/* A story a page builder cut into rows of one class: the next row's
 * subheading and one-line closing paragraph are the story's, like its
 * long paragraph. */
static void builder_rows_short_closing(void **state)
{
    (void)state;
    pa_doc d;
#define BUILDER_ROW "<div class=\"row sqs-row\"><div class=\"col span-12\">"
    const char *page = "<html><body><article><div class=\"blog-item-content\"><div class=\"sqs-layout\">" BUILDER_ROW
                       "<div class=\"html-block\"><p>The Serra valley growers finished picking on October 18, the earliest end "
                       "to harvest in the twelve years I have been writing about the region, and yields are down.</p></div>"
                       "<div class=\"html-block\"><p>A frost on April 23 hit the lower vineyards hardest, killing many "
                       "primary buds, and a dry August pushed ripening ahead by two weeks.</p></div></div></div>" BUILDER_ROW
                       "<div class=\"html-block\"><h2>What it means for prices</h2></div><div class=\"html-block\"><p>The "
                       "association's reference price for grapes rose 11 percent this year, and winemakers will hold "
                       "their bottle prices.</p></div><div class=\"html-block\"><p>I will publish tasting notes on the "
                       "new wines in the spring.</p></div></div></div></div></div></article></body></html>";
    /* the next row an author's box of short facts in <div>s (no sentences): not the story's */
    const char *author_row = "<html><body><article><h1>Harvest report</h1><div class=\"blog-item-content\"><div "
                             "class=\"sqs-layout\">" BUILDER_ROW "<div class=\"html-block\"><p>The Serra valley growers "
                             "finished picking on October 18, the earliest end to harvest in the twelve years I have "
                             "been writing about the region, and yields are down.</p></div><div class=\"html-block\"><p>A "
                             "frost on April 23 hit the lower vineyards hardest, killing many primary buds, and a dry "
                             "August pushed ripening ahead by two weeks, so the pickers started early in most "
                             "estates.</p></div><div class=\"html-block\"><p>The association's reference price for grapes "
                             "rose 11 percent this year, and winemakers will hold their bottle prices for the coming "
                             "season at least.</p></div></div></div>" BUILDER_ROW "<div class=\"html-block\"><h3>Marta "
                             "Ribeiro</h3></div><div class=\"html-block\"><p>Marta Ribeiro has written about Portuguese "
                             "wine since 2014, first for a Lisbon daily and now on this blog.</p></div><div "
                             "class=\"html-block\"><div>Porto, Portugal</div><div>Wine writer</div><div>Member since "
                             "2019</div></div></div></div></div></div></article></body></html>";
#undef BUILDER_ROW
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "earliest end"));
    assert_non_null(strstr(t, "What it means for prices"));
    assert_non_null(strstr(t, "tasting notes"));
    pa_doc_free(&d);
    t = text_of(author_row, &d);
    assert_non_null(strstr(t, "bottle prices"));
    assert_null(strstr(t, "Member since"));
    pa_doc_free(&d);
}

/* An Elementor post: each paragraph in a text-editor widget's
 * "elementor-widget-container"; a short closing paragraph's widget is the
 * story's like the long ones ("widget" alone names no page part). */
static void short_text_editor_widget(void **state)
{
    (void)state;
    pa_doc d;
#define TEXT_WIDGET(x)                                                                                   \
    "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">"                     \
    "<div class=\"elementor-widget-container\"><p>" x "</p></div></div>"
    const char *page = "<html><body><div class=\"elementor elementor-location-single\">"
                       "<div class=\"elementor-widget-wrap\">"
                       TEXT_WIDGET("From September 6, all three clinics will open on Saturdays from 8 a.m. to 2 p.m., the "
                                   "change patients have asked for most in our surveys.")
                       TEXT_WIDGET("We are also opening a fourth clinic in the Westgate shopping centre in November, with "
                                   "six treatment rooms and step-free access from the car park.")
                       TEXT_WIDGET("Our fees are not changing, and Saturday appointments cost the same as weekday ones at "
                                   "every clinic.")
                       TEXT_WIDGET("If you have questions, please call your usual clinic.")
                       "</div></div></body></html>";
#undef TEXT_WIDGET
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Westgate shopping centre"));
    assert_non_null(strstr(t, "please call your usual clinic."));
    pa_doc_free(&d);
}

/* A highlighter's line-number gutter (Hugo's Chroma "lntable": a cell of
 * "1 2 3" beside the cell with the code) is no text; a code card's caption
 * (Ghost's "kg-code-card" figure) is a caption; the code stays. */
static void code_gutter_and_card_caption(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"post-content\">"
                       PARA("Binaries for Linux, macOS and Windows are on the releases page, and Homebrew has been updated.")
                       "<div class=\"highlight\"><table class=\"lntable\"><tr><td class=\"lntd\"><pre><code>"
                       "<span class=\"lnt\">1\n</span><span class=\"lnt\">2\n</span><span class=\"lnt\">3\n</span></code></pre></td>"
                       "<td class=\"lntd\"><pre><code>brew upgrade tessel\ntessel version\n# tessel v1.8.0 linux/amd64\n</code></pre>"
                       "</td></tr></table></div>"
                       PARA("Rolling back the certificate did not end the outage, because thousands of retries were queued.")
                       "<figure class=\"kg-card kg-code-card\"><pre><code>retry:\n  attempts: 4\n</code></pre>"
                       "<figcaption>The retry settings in effect on November 12</figcaption></figure>"
                       PARA("Each carrier integration now gets its own connection pool, and retries back off exponentially.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "brew upgrade tessel"));
    assert_non_null(strstr(t, "attempts: 4"));
    assert_null(strstr(t, "1 2 3"));
    assert_null(strstr(t, "settings in effect"));
    pa_doc_free(&d);
    /* a table cell holding one long digit run (an order number, 20 digits) beside a code cell is no gutter: it stays,
     * and reading it overflows nothing (UBSan) */
    const char *order = "<html><body><article><div class=\"post-content\">"
                        PARA("The support team asked for the order number printed on the invoice, shown below with the "
                             "command that looks it up.")
                        "<table><tr><td>98765432109876543210</td><td><pre><code>orders show --id 98765432109876543210"
                        "</code></pre></td></tr></table>"
                        PARA("The command prints the order's status, its items and the carrier's tracking link.")
                        "</div></article></body></html>";
    t = text_of(order, &d);
    assert_non_null(strstr(t, "The command prints"));
    pa_doc_free(&d);
}

/* "Summary" as a section of the story, after its opening paragraph and
 * over a paragraph (a postmortem's), stays; over a box of points above the
 * story it is a label and goes. */
static void summary_section_after_opening(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"gh-content\">"
                       PARA("On November 12 between 14:06 and 16:51 UTC, customers could not print shipping labels for "
                            "most shipments, and this post explains what happened.")
                       "<h2>Summary</h2>"
                       PARA("A routine certificate rotation on one carrier integration replaced a certificate that "
                            "another integration also depended on.")
                       PARA("Our retry logic turned each failure into four requests, which exhausted the shared "
                            "connection pool for all label requests.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Summary\n\nA routine certificate"));
    pa_doc_free(&d);
    const char *boxed = "<html><body><article><h2>Summary</h2><ul><li>Label printing failed for almost three "
                        "hours</li><li>A certificate rotation was the trigger</li></ul>"
                        PARA("On November 12 between 14:06 and 16:51 UTC, customers could not print shipping labels "
                             "for most shipments, and this post explains what happened.")
                        PARA("A routine certificate rotation on one carrier integration replaced a certificate that "
                             "another integration also depended on.")
                        "</article></body></html>";
    t = text_of(boxed, &d);
    assert_null(strstr(t, "Summary"));
    assert_non_null(strstr(t, "certificate rotation was the trigger"));
    pa_doc_free(&d);
}

/* An author box's name heading over its note on the writer ("Jane Doe" /
 * "Jane Doe leads communications at …"), the page's stated author, ends
 * the text with the note. */
static void author_box_name_over_note(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><meta name=\"author\" content=\"Daniel Osterberg\"></head><body><article>"
                       PARA("Norvale Analytics has raised 24 million dollars in a Series B round led by Tidewater "
                            "Ventures, with participation from our existing investors.")
                       PARA("We started Norvale in 2022 because independent retailers were ordering stock the same "
                            "way they did thirty years ago: by gut feel and last year's spreadsheet.")
                       PARA("Most of the new funding will go into product and engineering, and we will double the "
                            "size of our data science team over the next eighteen months.")
                       PARA("Norvale now forecasts demand for more than 2,300 stores in the United States, Canada and "
                            "the United Kingdom, and customers report less overstock.")
                       "<div class=\"box\"><h4>Daniel Osterberg</h4><p>Daniel Osterberg leads communications at "
                       "Norvale Analytics and writes about the company and its customers.</p></div>"
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "report less overstock."));
    assert_null(strstr(t, "Daniel Osterberg"));
    pa_doc_free(&d);
}

/* A profile's closing box on its subject ("Ana Ruiz" / "Ana Ruiz is a
 * retired teacher who …": no writer's trade, the name alone above it) is
 * the story's, with no stated author or another one; only the stated
 * author's is the note. */
static void profile_subject_box_stays(void **state)
{
    (void)state;
    pa_doc d;
#define PROFILE_STORY                                                                                              \
    PARA("When the bell rang for the last time at Westfield Elementary in June, Ana Ruiz had taught more than "     \
         "twelve hundred children to read, most of them in the same room at the end of the east corridor.")        \
    PARA("She started in 1984 with a box of donated books and a chalkboard that squeaked, and she ended with a "   \
         "room full of tablets she still refuses to call an improvement over the books.")                          \
    PARA("Former pupils came back for her farewell party, among them a surgeon, two firefighters and the town's "  \
         "current mayor, who read aloud a story he had written for her class in 1991.")                            \
    PARA("The school board named the reading corner of the new library wing after her at its meeting on "         \
         "Tuesday, a decision approved without a single vote against it.")                                         \
    "<h3>Ana Ruiz</h3><p>Ana Ruiz is a retired teacher who taught at Westfield Elementary for forty years and "    \
    "now volunteers at the town library.</p></article></body></html>"
    const char *page = "<html><body><article>" PROFILE_STORY;
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "without a single vote"));
    assert_non_null(strstr(t, "Ana Ruiz is a retired teacher"));
    pa_doc_free(&d);
    const char *other = "<html><head><meta name=\"author\" content=\"Tom Hale\"></head><body><article>" PROFILE_STORY;
    t = text_of(other, &d);
    assert_non_null(strstr(t, "Ana Ruiz is a retired teacher"));
    pa_doc_free(&d);
    const char *own = "<html><head><meta name=\"author\" content=\"Ana Ruiz\"></head><body><article>" PROFILE_STORY;
    t = text_of(own, &d);
    assert_non_null(strstr(t, "without a single vote"));
    assert_null(strstr(t, "Ana Ruiz is a retired teacher"));
    pa_doc_free(&d);
#undef PROFILE_STORY
}

/* A subhead in a box label's words ("Must Read", "Latest News", "Most
 * Read", "Go deeper", "Watch the highlights") over the story's paragraph,
 * more of the story after it, stays; the label over a teaser and its
 * linked headlines goes. */
static void label_words_subhead_kept(void **state)
{
    (void)state;
    pa_doc d;
#define LIBRARY_STORY_OPENING                                                                                      \
    "<html><body><article>"                                                                                        \
    PARA("The county library on Elm Street reopened on Monday after a two-year renovation that cost 14 million "   \
         "dollars and added a second floor for study rooms.")                                                      \
    PARA("Visitors lined up before the doors opened at nine, and the staff handed out more than three hundred "    \
         "new library cards by noon, the branch manager said.")
    const char *page = LIBRARY_STORY_OPENING "<h2>Must Read</h2>"
        PARA("The librarians have drawn up a list of twenty books every resident should read this year, from a "
             "local history of the river mills to a new novel by a county author.")
        PARA("The list will be posted at the front desk and on the library's website, and copies of every title "
             "are on the new display shelves.") "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Must Read\n"));
    assert_non_null(strstr(t, "new display shelves."));
    pa_doc_free(&d);
    const char *box = LIBRARY_STORY_OPENING
        PARA("The renovation was paid for by a bond that voters approved in 2022 by a margin of nearly two to one.")
        "<h2>Most Read</h2>"
        "<p>The school board will hold a special meeting next week to discuss the district's budget shortfall and "
        "the plan to close two schools.</p>"
        "<p><a href=\"/news/a\">Budget talks stall again</a></p><p><a href=\"/news/b\">Two schools may close</a></p>"
        "</article></body></html>";
    t = text_of(box, &d);
    assert_non_null(strstr(t, "two to one."));
    assert_null(strstr(t, "Most Read"));
    pa_doc_free(&d);
    /* a sports site's labels as the story's subheads: "Go deeper" over a course's next step, "Watch the
     * highlights" over the TV times; the site's "Go deeper" box over its linked headlines still goes */
    const char *sections = LIBRARY_STORY_OPENING "<h3>Go deeper</h3>"
        PARA("After ten logged dives, readers who join the library's diving club can borrow the advanced manuals.")
        "<h3>Watch the highlights</h3>"
        PARA("Highlights of the reopening will be shown on the county's cable channel on Sunday evening at seven.")
        "<div class=\"box\"><h4>Go deeper</h4><ul><li><a href=\"/news/c\">Why the county keeps its libraries "
        "open</a></li></ul></div>" PARA("The branch is open until eight on weekdays.") "</article></body></html>";
    t = text_of(sections, &d);
    assert_non_null(strstr(t, "Go deeper\n\nAfter ten logged dives"));
    assert_non_null(strstr(t, "Watch the highlights\n\nHighlights of the reopening"));
    assert_null(strstr(t, "Go deeper\n\nWhy the county"));
    pa_doc_free(&d);
#undef LIBRARY_STORY_OPENING
}

/* A music site's pointer under each review, the label plain and all the
 * rest one link ("More on <a>Anthony Child</a>"), goes with the label
 * over its links; "More on" over unlinked words, or a sentence with a
 * link, is the story's. */
static void more_on_plain_label_link(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>The best albums of the month</h1>"
                            "<h2><a href=\"/artist/a\">Anthony Child</a> <em>of the Beginning</em></h2>"
                            PARA("The first record under his own name in years drifts between drone and dub, and "
                                 "rewards patient listening.")
                            "<p class=\"links\">More on <a href=\"/artist/anthony-child\">Anthony Child</a></p>"
                            "<h2><a href=\"/artist/g\">Ghold</a> <em>Bludgeoning Simulations</em></h2>"
                            PARA("The band's first album in six years is monstrous and viscous, full of murky "
                                 "samples and synth drones.")
                            "<p>More on the reissues next week</p>"
                            "<p>More on <a href=\"/artist/ghold\">Ghold</a> and their label in the spring.</p>"
                            "<p>More on <a href=\"/artist/ghold\">Ghold</a></p>"
                            PARA("Both records are out now on vinyl and as downloads from the labels' own shops.")
                            "</article></body></html>",
                            &d);
    assert_non_null(strstr(t, "rewards patient listening."));
    assert_null(strstr(t, "More on Anthony Child"));
    assert_null(strstr(t, "More on Ghold\n"));
    assert_non_null(strstr(t, "More on the reissues next week"));
    assert_non_null(strstr(t, "More on Ghold and their label in the spring."));
    assert_non_null(strstr(t, "from the labels' own shops."));
    pa_doc_free(&d);
}

/* A review's deck that repeats the page's description goes over the
 * byline although its star rating stands between them (a furniture line
 * passed over): bench/stress/opinion/23, a Drupal review page ("A first
 * feature about two sisters …" over "★★★★★" and "by Corinne Vale");
 * the description whole goes from 25 characters, and as a heading.  The story's first
 * paragraph stays, and so does a brief's only paragraph with no story under
 * its byline. */
static void deck_over_stars_and_byline(void **state)
{
    (void)state;
    const char *src = getenv("PA_SOURCE_DIR");
    assert_non_null(src);
    char path[1024];
    snprintf(path, sizeof path, "%s/bench/stress/opinion/23.html", src);
    size_t len = 0;
    char *html = tu_read_file(path, &len);
    assert_non_null(html);
    pa_doc d;
    pa_err err;
    assert_int_equal(pa_extract(html, len, NULL, &d, &err), PA_OK);
    assert_null(strstr(d.text, "A first feature about two sisters"));
    assert_non_null(strstr(d.text, "There is a shot about twenty minutes"));
    pa_doc_free(&d);
    free(html);
    /* the description whole as the deck, shorter than a cut one's 40 characters (35): "Our recommendation for the
     * Nov. 3 ballot." over "by Editorial Board" (bench/stress/opinion/14) */
    snprintf(path, sizeof path, "%s/bench/stress/opinion/14.html", src);
    html = tu_read_file(path, &len);
    assert_non_null(html);
    assert_int_equal(pa_extract(html, len, NULL, &d, &err), PA_OK);
    assert_null(strstr(d.text, "Our recommendation for the Nov. 3 ballot."));
    assert_non_null(strstr(d.text, "Measure K would authorize"));
    pa_doc_free(&d);
    free(html);
    /* the deck set as a heading, the description whole (an old paper's <h3> under the <h1>) */
    const char *t = text_of("<html><head><title>Volunteers pull three tons of trash from Gull Creek marsh</title>"
                            "<meta name=\"description\" content=\"Annual cleanup finds tires, shopping carts and a "
                            "rowboat\"></head><body><div id=\"story\"><div class=\"kicker\">Environment</div><h1>"
                            "Volunteers pull three tons of trash from Gull Creek marsh</h1><h3>Annual cleanup finds tires, "
                            "shopping carts and a rowboat</h3><div class=\"byline\">By Michael Tran<br><span>Posted: March "
                            "29, 2026</span></div><div class=\"text\">"
                            "<p>More than 150 volunteers waded into the Gull Creek marsh on Saturday and hauled out "
                            "about three tons of trash.</p><p>The haul included 46 tires, four shopping carts and a "
                            "wooden rowboat that had sunk in the mud years ago.</p><p>Organizers said the cleanup was the "
                            "largest in the event's twelve years and thanked the county for the dumpsters.</p>"
                            "</div></div></body></html>",
                            &d);
    assert_null(strstr(t, "Annual cleanup finds"));
    assert_non_null(strstr(t, "More than 150 volunteers"));
    pa_doc_free(&d);
    /* no story under the byline: a brief of one paragraph that is the description, signed under an ad's
     * label ("Advertisement" passed over as the stars are), is the story itself, kept */
    t = text_of("<html><head><title>Main Street to close for repaving</title><meta name=\"description\" content="
                "\"Main Street will close for repaving from Monday to Friday, the city said.\"></head><body><article>"
                "<h1>Main Street to close for repaving</h1><p>Main Street will close for repaving from Monday to "
                "Friday, the city said.</p><div class=\"ad\">Advertisement</div><p class=\"byline\">By Jane Doe</p>"
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "Main Street will close for repaving"));
    pa_doc_free(&d);
    /* a story's lead paragraph that is the description, over a stat box's subhead in title case (no byline) */
    t = text_of("<html><head><title>Hawks clinch the title</title><meta name=\"description\" content=\"The Hawks "
                "beat the Owls 4-2 on Saturday to clinch the league title.\"></head><body><article><h1>Hawks clinch "
                "the title</h1><p>The Hawks beat the Owls 4-2 on Saturday to clinch the league title.</p><h2>By The "
                "Numbers</h2><ul><li>Goals: Smith 2, Lee, Park</li><li>Shots: 31-22</li></ul><p>The Hawks open the "
                "playoffs at home next Friday against the winner of the Eagles and the Lions.</p>"
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "The Hawks beat the Owls"));
    assert_non_null(strstr(t, "By The Numbers"));
    pa_doc_free(&d);
}

/* The verb of speech first, then the speaker (", added Jones"): a verb in
 * the present tense after it names no speaker (", added features include
 * …", the folded line has no capitals to tell); the speaker-verb order and
 * a first name that is a verb's word ("Will") still report speech. */
static void speech_verb_first_no_finite_verb(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int speech;
    } cases[] = {
        {"Version 2 of the app is out, added features include offline maps.", 0},
        {"The update is free, added benefits mean faster sync.", 0},
        {"The update is free, added Jones.", 1},
        {"The update is free, added Will Smith.", 1},
        {"Sign up for our breaking news alerts, added Emre Can.", 1}, /* "Can": a first name */
        {"The club will refund the tickets, added midfielder Emre Can.", 1},
        {"The update is free, added Jane Helps.", 1}, /* a name last: no verb */
        {"The update is free, she has added.", 1},
        {"The update is free, added the company's spokeswoman.", 1},
    };
    pa_line line;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_line_init(&line, cases[i].text, strlen(cases[i].text));
        if ((pa_line_reports_speech(&line) != 0) != cases[i].speech)
            fail_msg("speech %d expected for: %s", cases[i].speech, cases[i].text);
    }
}

/* A story's sentence that reports speech with another verb than "said"
 * after a comma (", the mayor joked", ", the chairman reminded") is no
 * appeal nor funding note with the same words; the paper's own appeal
 * still goes. */
static void speech_verbs_after_comma(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article>"
        PARA("The county commission approved a grant of 40,000 dollars for the weekly Valley Ledger on Tuesday, "
             "the first public money the paper has taken in its ninety-year history.")
        PARA("The grant will pay for a reporter to cover the commission and the school board for two years, the "
             "paper's editor told commissioners at the meeting.")
        "<p>Support local journalism costs little, the mayor joked.</p>"
        "<p>This coverage is funded by the county's grant and by readers' donations, the chairman reminded.</p>"
        "<p>Sign up for our breaking news alerts, added Jones.</p>"
        PARA("The commission will review the grant in two years and publish the paper's report on how the money "
             "was spent.")
        "<p>Support our journalism of integrity: good journalism costs money, and readers like you make it "
        "possible.</p><p>Sign up for our breaking news alerts, added daily.</p></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "the mayor joked."));
    assert_non_null(strstr(t, "the chairman reminded."));
    assert_non_null(strstr(t, "added Jones."));
    assert_non_null(strstr(t, "how the money was spent."));
    assert_null(strstr(t, "readers like you"));
    assert_null(strstr(t, "added daily")); /* when, not who: the site's alerts */
    pa_doc_free(&d);
}

/* A results story's only "Q4", in bold over its paragraph of prose, is
 * its subhead and stays; a game feed's quarter markers ("Q3", "Q4" over
 * its entries) and a lone marker over a clock's entry still go. */
static void quarter_subhead_over_prose(void **state)
{
    (void)state;
    pa_doc d;
#define FREIGHT_RESULTS_OPENING                                                                                    \
    "<html><body><article>"                                                                                        \
    PARA("Harbor Freight Lines reported its results for the full year on Thursday, beating analysts' forecasts "   \
         "for the third quarter in a row on strong demand for container shipping.")                               \
    PARA("Revenue for the year rose 11 percent to 4.2 billion dollars, and the company raised its dividend by "    \
         "four cents a share, its chief financial officer told analysts.")
    const char *page = FREIGHT_RESULTS_OPENING "<p><strong>Q4</strong></p>"
        PARA("Fourth-quarter revenue rose 14 percent to 1.2 billion dollars, helped by the holiday rush and higher "
             "freight rates on the Pacific routes the company added in the summer.")
        PARA("Net income for the quarter was 96 million dollars, up from 71 million dollars a year earlier.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Q4\n\nFourth-quarter revenue"));
    pa_doc_free(&d);
    const char *feed = FREIGHT_RESULTS_OPENING "<p>Q3</p>"
        PARA("Ortiz pulls up from 25 feet and buries it, a three and his thirtieth point of the night for the "
             "Summit side.")
        "<p>Q4</p>"
        PARA("Harbor City have cut a fourteen-point lead down to two and the crowd has gone very quiet in the "
             "arena.") "</article></body></html>";
    t = text_of(feed, &d);
    assert_non_null(strstr(t, "very quiet in the arena."));
    assert_null(strstr(t, "Q3\n"));
    assert_null(strstr(t, "Q4\n"));
    pa_doc_free(&d);
    const char *clock = FREIGHT_RESULTS_OPENING "<p>Q4</p>"
        PARA("0:48 - Ortiz pulls up from 25 feet and buries it, a three and his fortieth point of the night for "
             "the Summit side.") "</article></body></html>";
    t = text_of(clock, &d);
    assert_non_null(strstr(t, "fortieth point"));
    assert_null(strstr(t, "Q4\n"));
    pa_doc_free(&d);
#undef FREIGHT_RESULTS_OPENING
}

/* The wire's credit in brackets run into the last paragraph of an English
 * story ("… cut off in winter. (ANI)") goes; brackets that name no wire
 * stay, and so does the credit of a page in another language ("(dpa)"). */
static void closing_wire_credit(void **state)
{
    (void)state;
    pa_doc d;
#define WIRE_STORY(LANG, LAST)                                                                                     \
    "<html" LANG "><body><article>"                                                                                 \
    PARA("The state government will install automatic weather stations and snow sensors at 35 locations in two "   \
         "mountain districts to build an avalanche warning network, officials said on Saturday.")                  \
    "<p>" LAST "</p></article></body></html>"
    const char *t = text_of(WIRE_STORY("", "The state will also stock emergency supplies in 25 villages that are "
                                           "routinely cut off in winter. (ANI)"), &d);
    assert_non_null(strstr(t, "cut off in winter."));
    assert_null(strstr(t, "(ANI)"));
    pa_doc_free(&d);
    t = text_of(WIRE_STORY("", "The stations will report every ten minutes to the control room. (See the map)"), &d);
    assert_non_null(strstr(t, "(See the map)"));
    pa_doc_free(&d);
    /* after an hour the brackets name the channel that airs it */
    t = text_of(WIRE_STORY("", "The two-hour special on the warning network airs Sunday at 9 p.m. (ABC)"), &d);
    assert_non_null(strstr(t, "9 p.m. (ABC)"));
    pa_doc_free(&d);
    t = text_of(WIRE_STORY(" lang=\"de\"", "Die Stationen sollen alle zehn Minuten Daten an die Leitstelle "
                                               "melden. (dpa)"), &d);
    assert_non_null(strstr(t, "(dpa)"));
    pa_doc_free(&d);
#undef WIRE_STORY
}

/* A classic blog theme's meta row under the post ("Posted in Council |
 * Tagged council, transport | 6 Comments »") is no text, nor is a
 * hand-made blog's "Filed in Water. Permalink." */
static void posted_in_tagged_row(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><div class=\"post\"><div class=\"entry-content\">"
                       PARA("The bus lane on Harbour Road will be removed next month, six months after it was painted, "
                            "the county's highways committee decided on Monday.")
                       PARA("The lane's markings will be removed and the parking restored by the end of March, at a "
                            "cost of about 18,000 pounds.")
                       "<p class=\"postmetadata\">Posted in <a href=\"/c/\">Council</a> | Tagged <a href=\"/t/1\">council</a>, "
                       "<a href=\"/t/2\">transport</a> | <a href=\"#comments\">6 Comments &#187;</a></p>"
                       "</div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "end of March"));
    assert_null(strstr(t, "Posted in"));
    pa_doc_free(&d);
    const char *filed = "<html><body><div class=\"post\">"
                        PARA("The water board raised the fee for connecting a new home to its network from 4,200 "
                             "dollars to 5,900 dollars at its meeting on Tuesday.")
                        PARA("The affordable housing developers were not told the item was on the agenda.")
                        "<p class=\"filed\">Filed in <a href=\"/topics/water.html\">Water</a>. "
                        "<a href=\"/archive.html#fee\">Permalink</a>.</p></div></body></html>";
    t = text_of(filed, &d);
    assert_non_null(strstr(t, "on the agenda."));
    assert_null(strstr(t, "Permalink"));
    pa_doc_free(&d);
}

/* A post's meta list above the story (author, date, category: Elementor's
 * post-info): its category, left after the author and the date went, goes
 * too. */
static void meta_list_category(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><meta name=\"author\" content=\"Daniel Osterberg\"></head><body><article>"
                       "<h1>Norvale raises 24 million dollars</h1><ul class=\"post-info\"><li>Daniel Osterberg</li>"
                       "<li><time>April 14, 2026</time></li><li>Company News</li></ul>"
                       PARA("Norvale Analytics has raised 24 million dollars in a Series B round led by Tidewater "
                            "Ventures, with participation from our existing investors.")
                       PARA("Most of the new funding will go into product and engineering over the next eighteen months.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Series B round"));
    assert_null(strstr(t, "Company News"));
    pa_doc_free(&d);
}

/* era_news_furniture — the furniture of English news pages of 2016-2021 (stress class era): a UK chain's
 * "Hide Ad", a HuffPost-like "RELATED..." entry, a list site's Flickr attribution, the word count in the
 * meta row, the run-in journal reference, the short "originally appeared on X." pointer; and the story
 * lines in the same words that stay (a numbered list item "5. You can have your say"). */
static void era_news_furniture(void **state)
{
    (void)state;
    static const char *const furniture[] = {"Hide Ad", "Advertisement Hide Ad",
                                            "RELATED... Teachers Are Crowdfunding Their Classrooms.",
                                            "Flickr: user13 / Creative Commons", "Flickr: jdoe", "2,140 words", "850 words"};
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        assert_true(line_hits(pa_line_furniture, furniture[i]));
    static const char *const story[] = {"Hide and seek", "Related work on the culverts is expected after harvest.",
                                        "2,140 words were cut", "Words",
                                        "Flickr: best for photographers"}; /* a review's subhead */
    for (size_t i = 0; i < sizeof story / sizeof story[0]; i++)
        assert_false(line_hits(pa_line_furniture, story[i]));
    assert_true(line_hits(pa_line_source_notes_label,
                          "Journal reference: Esterhazy J. et al., Proceedings of the Royal Society B, 2019."));
    assert_false(line_hits(pa_line_source_notes_label, "The journal referenced the earlier findings in 2019."));
    assert_true(line_hits(pa_line_history_note, "This article originally appeared on HuffPost."));
    assert_false(line_hits(pa_line_history_note, "This story originally appeared on the front page, but moved."));
    assert_false(line_hits(pa_line_history_note, "This story originally appeared on the front page."));
    assert_true(line_hits(pa_line_history_note, "This article originally appeared on the Example Herald."));
    assert_true(line_hits(pa_line_history_note, "This article originally appeared on example.com."));
    assert_true(line_hits(pa_line_comment_notice, "Have your say"));
    assert_false(line_hits(pa_line_comment_notice, "5. You can have your say"));
    assert_true(line_hits(pa_line_pitch, "Sign up to the daily Business Today email or follow Example Business on "
                                         "Twitter at @BusinessDesk"));
    assert_true(line_hits(pa_line_pitch, "Sign up for our free weekly email newsletter"));
    assert_false(line_hits(pa_line_pitch, "Sign up for the free course closes Friday, organisers said."));
    assert_false(line_hits(pa_line_pitch, "Sign up for the course by email or follow the signs at the hall."));
    assert_false(line_hits(pa_line_pitch, "Sign up for the free weekly email from the organisers or follow the race "
                                          "on Twitter to hear when they open, a spokeswoman advised."));
}

/* byline_date_of — pa_line_byline_date on an ASCII or UTF-8 line, any day accepted. */
static int byline_date_of(const char *text)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", text);
    size_t chars = 0;
    for (const char *c = buf; *c; c++)
        chars += ((unsigned char)*c & 0xC0) != 0x80;
    pa_line line;
    pa_line_init(&line, buf, chars);
    return pa_line_byline_date(&line, "en", 0);
}

/* magazine_2010s_meta_lines — the meta lines of 2010-2015 blog and magazine engines: Drupal's "N reads",
 * a Kinja/Posterous view counter, Garland's "Thu, 11/18/2010 - 09:03 — Jane Doe", a "By" byline after a
 * numeric date, the TrackBack heading and URL, a print view's "This article available online at:" footer and
 * a magazine's end mark; the sentences that read like them stay. */
static void magazine_2010s_meta_lines(void **state)
{
    (void)state;
    static const char *const meta[] = {"1234 reads", "812 reads", "14,312 views", "Share 412 views",
                                       "TrackBack URL for this entry: http://example.org/mt/mt-tb.cgi/214",
                                       "Reactions: funny (2) interesting (9) cool (1)"};
    for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++)
        assert_true(line_hits(pa_line_post_meta, meta[i]));
    static const char *const prose[] = {"The clip drew 412 views.", "Readers left 1234 reads",
                                        "Share 412 views of the harbour with friends",
                                        "Reactions: mixed, said the mayor (who voted 4 to 3).",
                                        "Reactions: Gov. Jane Doe (R), Sen. John Roe (D-District 4)"};
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        assert_false(line_hits(pa_line_post_meta, prose[i]));
    assert_true(byline_date_of("Thu, 11/18/2010 - 09:03 \xe2\x80\x94 Jane Doe"));
    assert_true(byline_date_of("03/15/2010 \xe2\x80\x94 By Staff Writer"));
    assert_true(byline_date_of("03.15.10 \xe2\x80\x94 By Staff Writer")); /* a blog theme's "m.d.y" */
    assert_false(byline_date_of("We met on 03.15.10 by the river."));
    assert_false(byline_date_of("11/18/2010 - 09:03 Jane Doe"));           /* a numeric date alone: a label's */
    assert_false(byline_date_of("Thursday 11/18/2010 was the day we met.")); /* a sentence */
    assert_false(byline_date_of("Mon, 11/16/2010 \xe2\x80\x94 RFP Issued")); /* a notice's key date: no clock */
    assert_false(byline_date_of("Tue, 11/30/2010, 2:00 PM \xe2\x80\x94 Site Visit"));
    assert_false(byline_date_of("Tue, 11/30/2010, 10:00 PM \xe2\x80\x94 Site Visit")); /* a schedule's clock: "PM" */
    assert_true(line_hits(pa_line_byline, "Jane Doe, Contributor"));
    assert_true(line_hits(pa_line_byline, "Jane Doe, Contributor I write about real estate and personal finance."));
    assert_false(line_hits(pa_line_byline, "Jane Doe, Contributor of the year, thanked the readers."));
    assert_true(line_hits(pa_line_comment_heading, "TrackBack"));
    assert_true(line_hits(pa_line_comment_heading, "TrackBacks"));
    assert_false(line_hits(pa_line_comment_heading, "TrackBack URL rules"));
    assert_true(line_hits(pa_line_rights, "This article available online at: http://www.example.com/magazine/archive/2011/02/x/8372/"));
    assert_true(line_hits(pa_line_rights, "This article available online at:\nhttp://www.example.com/a/8372/"));
    assert_true(line_hits(pa_line_rights, "Find this article at: http://www.example.com/nation/article/0,8599,1234,00.html"));
    assert_false(line_hits(pa_line_rights, "This article available online at: http://example.com/a is the first of three."));
    static const char *const marks[] = {"\xe2\x96\xa0", "\xe2\x97\x86", "\xe2\x99\xa6"}; /* ■ ◆ ♦ */
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        assert_true(line_hits_utf8(pa_line_furniture, marks[i]));
    assert_false(line_hits_utf8(pa_line_furniture, "\xe2\x97\x86 Harbour dues rise again"));
}

/* figure_list_counter_kept — a counter after its number in a story's list of figures stays ("3,089 hits" among
 * "509 stolen bases" in a baseball career's numbers); the post's own counter in its meta links after the story
 * ("1234 reads" beside "Add new comment", Drupal) goes. */
static void figure_list_counter_kept(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><body><div class='node'><h1>Ichiro heads to Cooperstown</h1><div class='content'>"
        "<p>The outfielder who arrived from Japan at 27 and still reached the milestones of a career begun at 18 was "
        "elected to the Hall of Fame on Tuesday with all but one of the votes cast.</p>"
        "<p>His major league career, by the numbers:</p>"
        "<ul><li>3,089 hits</li><li>509 stolen bases</li><li>10 Gold Gloves</li><li>1,420 runs</li></ul>"
        "<p>He will be inducted in July alongside two pitchers and a catcher, the Hall said.</p></div>"
        "<ul class='links inline'><li><span>1234 reads</span></li><li><a href='/comment/reply/1'>Add new comment</a></li></ul>"
        "</div></body></html>",
        &d);
    assert_non_null(strstr(t, "3,089 hits"));
    assert_non_null(strstr(t, "509 stolen bases"));
    assert_non_null(strstr(t, "He will be inducted in July"));
    assert_null(strstr(t, "1234 reads"));
    pa_doc_free(&d);
}

/* blog_logo_titles — a Blogger page's <title> "Blog Name: Post title" under the blog's logo heading gives the
 * post's title, and the post's <h3> headline leaves the text; a Joomla theme's <h1> holding the site's name
 * and tagline ("The Example Courier The student paper of Example") is no headline: the <title>'s is; an <h1>
 * headline opening with the site's name ("The Example Courier view on bus fares: …") is. */
static void blog_logo_titles(void **state)
{
    (void)state;
    static const char body[] =
        "<p>We finally made it out to the reserve on Saturday, after three cancelled attempts. The weather was grey "
        "but dry, and the car park was nearly empty when we arrived just after seven in the morning.</p>"
        "<p>The boardwalk through the reed beds had been rebuilt since our last visit, and there is now a proper hide "
        "at the far end overlooking the scrape, where we spent nearly two hours watching the birds.</p>";
    char html[2048];
    snprintf(html, sizeof html,
             "<html><head><title>Muddy Boots: Our trip to the Larchmont bird reserve</title></head><body>"
             "<div id='header'><h1 class='title'><a href='http://muddyboots.example.com/'>Muddy Boots</a></h1></div>"
             "<div class='post hentry'><h3 class='post-title entry-title'>Our trip to the Larchmont bird reserve</h3>"
             "<div class='post-body entry-content'>%s</div></div></body></html>",
             body);
    pa_doc d;
    const char *t = text_of(html, &d);
    assert_string_equal(d.title, "Our trip to the Larchmont bird reserve");
    assert_null(strstr(t, "Larchmont bird reserve"));
    pa_doc_free(&d);
    /* one word after the logo's name and its colon is no post's title ("Muddy Boots: Archive") */
    snprintf(html, sizeof html,
             "<html><head><title>Muddy Boots: Archive</title></head><body>"
             "<div id='header'><h1 class='title'><a href='http://muddyboots.example.com/'>Muddy Boots</a></h1></div>"
             "<div class='post hentry'><div class='post-body entry-content'>%s</div></div></body></html>",
             body);
    t = text_of(html, &d);
    assert_string_not_equal(d.title, "Archive");
    pa_doc_free(&d);
    snprintf(html, sizeof html,
             "<html><head><title>Bus routes change for students | The Example Courier</title></head><body>"
             "<div id='header'><h1 id='logo'>The Example Courier <span>The student newspaper of Example</span></h1></div>"
             "<div class='item-page'><h2><a href='/news/214'>Bus routes change for students</a></h2>%s</div></body></html>",
             body);
    t = text_of(html, &d);
    assert_string_equal(d.title, "Bus routes change for students");
    assert_null(strstr(t, "Bus routes change"));
    pa_doc_free(&d);
    /* a headline that opens with the site's name, the <title> an editor's other words for it: the <h1> */
    snprintf(html, sizeof html,
             "<html><head><title>Bus fare cap should stay, ministers told | Editorial | The Example Courier</title>"
             "</head><body><article><h1>The Example Courier view on bus fares: a cap worth keeping</h1>%s"
             "</article></body></html>",
             body);
    t = text_of(html, &d);
    assert_string_equal(d.title, "The Example Courier view on bus fares: a cap worth keeping");
    pa_doc_free(&d);
}

/* magazine_2010s_pointers — a 2010s blog's Zemanta "Related articles" list inside the entry (each item a link and
 * its source in brackets), a news magazine's "See pictures of …" links between and after the paragraphs and the
 * page numbers its pager leaves ("1 2") go; the story's own "See the chart below.", a linked source "See the
 * department's crop report on the harvest." and a count "1 2 4" stay. */
static void magazine_2010s_pointers(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><body><div class='post'><h1>What the drought means for this year's harvest</h1><div class='entry'>"
        "<p>The driest summer in half a century has left corn in much of the Midwest stunted and yellow, and "
        "forecasters now expect the smallest harvest in six years.</p>"
        "<p>See the chart below.</p>"
        "<p>See pictures of <a href='/photos/drought'>the drought across the corn belt</a>.</p>"
        "<p>See <a href='/docs/usda.pdf'>the department's crop report</a> on the harvest.</p>"
        "<p>For farmers, the picture is mixed. Those with crop insurance will be partly protected, and some will "
        "benefit from the higher prices on whatever they manage to harvest this autumn.</p>"
        "<h6 class='zemanta-related-title'>Related articles</h6><ul class='zemanta-article-ul'>"
        "<li class='zemanta-article-ul-li'><a href='http://a.example/1'>Corn prices hit a record as heat lingers</a> (Farmwire)</li>"
        "<li class='zemanta-article-ul-li'><a href='http://b.example/2'>Ranchers sell herds early to save feed</a> (Cropdaily)</li></ul>"
        "<div class='pagi'><span class='current'>1</span> <a href='/p2'>2</a> <a class='next' href='/p2'>Next Page</a></div>"
        "</div></div></body></html>",
        &d);
    assert_non_null(strstr(t, "See the chart below."));
    assert_non_null(strstr(t, "See the department's crop report on the harvest."));
    assert_non_null(strstr(t, "For farmers, the picture is mixed."));
    assert_null(strstr(t, "See pictures"));
    assert_null(strstr(t, "Corn prices hit a record"));
    assert_null(strstr(t, "(Farmwire)"));
    assert_null(strstr(t, "\n\n1 2"));
    pa_doc_free(&d);
}

/* journal_citation_roundup — a science roundup's items each end with a run-in citation ("Journal reference:
 * Nature Geoscience, DOI: …"): the citation goes, the items after it stay (only the bare label starts the
 * notes under a science wire's story). */
static void journal_citation_roundup(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of(
        "<html><body><article><h1>This week in science</h1><p>Our pick of the week's research.</p>"
        "<h2>Bees count to four</h2><p>Honeybees trained to find sugar water behind the fourth of a row of identical "
        "markers kept finding it when the markers were moved, suggesting they count rather than measure.</p>"
        "<p>The team says the result adds to evidence that insects handle small numbers far better than their tiny "
        "brains would suggest.</p><p><em>Journal reference: Proceedings of the Royal Society B, DOI: 10.1098/x1</em></p>"
        "<h2>Basalt that eats carbon</h2><p>Crushed basalt spread on farmland locked away about two tonnes of carbon "
        "dioxide per hectare over four years, a field trial found, while also raising crop yields slightly.</p>"
        "<p>The researchers caution that mining and spreading the rock carries its own emissions.</p>"
        "<p><em>Journal reference: Nature Geoscience, DOI: 10.1038/x2</em></p>"
        "<h2>An old tooth from Siberia</h2><p>A molar found in a Siberian cave belonged to a child who lived some "
        "130,000 years ago and carried genes from two archaic human groups, according to an analysis.</p>"
        "<p><em>Journal reference: Science Advances, DOI: 10.1126/x3</em></p></article></body></html>",
        &d);
    assert_non_null(strstr(t, "A molar found in a Siberian cave"));
    assert_null(strstr(t, "Journal reference"));
    pa_doc_free(&d);
}

/* click_to_play_thumbnail_before_div_story — a player's click-to-play thumbnail (poster, play button, the
 * clip's title) as the last element of its embed box, over a story whose paragraphs are <div>s: the title is
 * the player's, not the story's first line (story_follows looks past the embed box and counts div text). */
static void click_to_play_thumbnail_before_div_story(void **state)
{
    (void)state;
    pa_doc d;
#define DIVPARA(x)                                                                                        \
    "<div class=\"zn-body__paragraph\">" x " The sentence pads it out, with commas, clauses and enough words " \
    "to count as the prose of a story; a second clause follows it, and then a third.</div>"
    const char *html = "<html><body><article><h1>Wildfire forces evacuations</h1><section class=\"zn-body-text\">"
                       "<div class=\"el__embedded\"><div class=\"media__video--thumbnail-wrapper\">"
                       "<img src=\"/a.jpg\" alt=\"\"><button aria-label=\"Play video\"></button>"
                       "<h3 class=\"media__video-headline\">Watch crews fight the fire overnight</h3></div></div>"
                       "<div class=\"zn-body__read-all\">" DIVPARA("Thousands were ordered to leave on Sunday.")
                       DIVPARA("The fire had burned 18,000 acres.") DIVPARA("Winds pushed it across a highway.")
                       DIVPARA("No injuries had been reported.") "</div></section></article></body></html>";
    /* the story's first <div> paragraph beside the thumbnail in its lead-media box is the story's */
    const char *lead_html = "<html><body><article><h1>River bridge to close</h1><section class=\"zn-body-text\">"
                            "<div class=\"lead-media\"><div class=\"media__video--thumbnail-wrapper\">"
                            "<img src=\"/a.jpg\" alt=\"\"><button aria-label=\"Play video\"></button></div>"
                            DIVPARA("The county will close the river bridge for eight weeks from Monday.")
                            "</div><div class=\"zn-body__read-all\">" DIVPARA("Drivers will be sent on a diversion.")
                            DIVPARA("The bearings were found to be failing.") DIVPARA("Businesses fear lost trade.")
                            "</div></section></article></body></html>";
#undef DIVPARA
    const char *t = text_of(html, &d);
    assert_non_null(strstr(t, "Thousands were ordered to leave on Sunday."));
    assert_non_null(strstr(t, "No injuries had been reported."));
    assert_null(strstr(t, "Watch crews fight the fire overnight"));
    pa_doc_free(&d);
    t = text_of(lead_html, &d);
    assert_non_null(strstr(t, "The county will close the river bridge for eight weeks from Monday."));
    assert_non_null(strstr(t, "Businesses fear lost trade."));
    pa_doc_free(&d);
    /* a box ending the story's body (thumbnail and the closing paragraph) is not looked past: the member
     * promo after the article is no story following it */
    t = text_of("<html><body><main><article><h1>Council approves harbour plan</h1><div class=\"article-body\">"
                "<p>Councillors voted nine to four on Tuesday night to approve the harbour redevelopment, clearing the "
                "way for a new ferry terminal, two hundred homes and a public square on the old coal wharf.</p>"
                "<p>Opponents said the plan would price local fishermen out of their moorings, but the harbour board "
                "promised that berth holders would keep their rates fixed for ten years.</p>"
                "<div class=\"media-embed\"><div class=\"thumb\"><img src=\"/t.jpg\" alt=\"\">"
                "<button class=\"play-button\"></button></div><p>The harbour master said he had mixed feelings: the "
                "wharf needed the money, but he would miss the coal boats and the men who unloaded them.</p></div>"
                "</div></article><div class=\"member-promo\"><p>Coast News is free to read because of the support "
                "of our members. Membership costs less than a coffee a week and pays for the reporters who sit "
                "through council meetings so you do not have to. Join today and get our weekly harbour newsletter "
                "too.</p></div></main></body></html>",
                &d);
    assert_non_null(strstr(t, "he would miss the coal boats"));
    pa_doc_free(&d);
}

/* A call-to-action box between a story's paragraphs, its class or id word "cta" ("blog-cta", "cta-block",
 * id "upper-sr-cta": a pitch with its button, form or link, "Let us take all your junk away! Book Online", a heading
 * asking "Ready to …?" over a linked line) goes like a promo box; the story around it stays. */
static void call_to_action_box_in_story(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"entry-content\">"
                       PARA("Tiny houses cost a fraction of a standard home, and owners report spending far less each month.")
                       "<div class=\"blog-cta\"><p>Let us take all your junk away! <a href=\"/book-online/\">Book Online"
                       "</a></p></div>"
                       PARA("Zoning rules are the catch: most counties set a minimum floor area that tiny houses fall under.")
                       "<div class=\"cta-block\"><h4>Ready to plan your move to a smaller home?</h4><p><a href=\"/contact/\">"
                       "Contact our team today to discuss your options.</a></p></div>"
                       "<div id=\"upper-sr-cta\"><div>Get quotes from up to 3 pros!</div><div>Enter a zip below and get "
                       "matched to top-rated pros near you.</div><form><input type=\"number\" placeholder=\"Zip Code\">"
                       "<button type=\"submit\">Find Local Pros</button></form></div>"
                       PARA("Several states now let owners register them as recreational vehicles, which eases the permits.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "spending far less each month."));
    assert_non_null(strstr(t, "tiny houses fall under."));
    assert_non_null(strstr(t, "which eases the permits."));
    assert_null(strstr(t, "junk away"));
    assert_null(strstr(t, "Ready to plan"));
    assert_null(strstr(t, "Contact our team"));
    assert_null(strstr(t, "up to 3 pros"));
    pa_doc_free(&d);
}

/* A blog's call closing its line to save the post on Pinterest or follow the blog on a network ("Enjoy the
 * post? Pin it for later!", "[Want more design tips? Let's hang out on Instagram!]") goes; a sentence that
 * goes on after the words, or names them inside it, stays. */
static void blog_social_calls(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_reader_service, "Enjoy the post? Pin it for later!"));
    assert_true(line_hits(pa_line_reader_service, "PIN THIS FOR LATER"));
    assert_true(line_hits(pa_line_reader_service, "[Want more design inspo and helpful plant tips? Let's hang out on Instagram!]"));
    assert_true(line_hits(pa_line_reader_service, "Love these ideas? Let\xe2\x80\x99s connect on Pinterest."));
    assert_false(line_hits(pa_line_reader_service, "Let's hang out on Instagram, she wrote, and the brand took off."));
    assert_false(line_hits(pa_line_reader_service, "Users can now pin it for later and come back to the thread."));
    assert_false(line_hits(pa_line_reader_service, "The badge is a spin it for later trick."));
    pa_doc d;
    const char *page = "<html><body><article><div class=\"entry-content\">"
                       PARA("A room that works starts with a plan, and a plan starts with measuring every wall twice.")
                       "<p><em>[Want more design tips? </em><a href=\"https://www.instagram.com/example/\"><strong><em>"
                       "Let's hang out on Instagram!</em></strong></a><em>]</em></p>"
                       PARA("Pick a few quality pieces rather than many cheap ones; they last longer and look better.")
                       "<p>Enjoy the post? Pin it for later!</p></div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "measuring every wall twice."));
    assert_non_null(strstr(t, "look better."));
    assert_null(strstr(t, "Instagram"));
    assert_null(strstr(t, "Pin it"));
    pa_doc_free(&d);
}

/* A box whose class names a call to action ("story-cta", "content-cta", "cta-quote") but that holds nothing to
 * act on (no link, button or form) is the story's own text set apart: a hearing's date, what happens next, a
 * quote pulled out; it stays.  The call to action's box with its link, button or form goes
 * (call_to_action_box_in_story). */
static void call_to_action_class_without_action(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><div class=\"entry-content\">"
                       PARA("The county board met on Tuesday night and voted five to two to approve the new budget.")
                       "<div class=\"story-cta\"><p>The board will hold a public hearing on the budget on June 3 at 6 p.m. "
                       "in room 210.</p></div>"
                       PARA("Officials said the plan raises spending on roads and schools while holding the tax rate flat.")
                       "<div class=\"content-cta\"><h3>What happens next</h3><p>The budget goes to the state for review "
                       "before July 1.</p></div>"
                       "<div class=\"cta-quote\"><blockquote><p>We are not going to raise taxes this year, the chair "
                       "said.</p></blockquote></div>"
                       "<div class=\"blog-cta\"><p>Need help with your taxes? <a href=\"/book/\">Book a call</a></p></div>"
                       PARA("The next meeting is set for the first Monday of next month at the county courthouse downtown.")
                       "</div></article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "approve the new budget."));
    assert_non_null(strstr(t, "in room 210."));
    assert_non_null(strstr(t, "What happens next"));
    assert_non_null(strstr(t, "before July 1."));
    assert_non_null(strstr(t, "raise taxes this year"));
    assert_non_null(strstr(t, "courthouse downtown."));
    assert_null(strstr(t, "Book a call"));
    assert_null(strstr(t, "help with your taxes"));
    pa_doc_free(&d);
}

/* A story's sentence that ends with the words of a blog's social call but does not open with them, as a call
 * does (at the line's start, or after a question, an exclamation, a bracket): "… lets users save a product and
 * pin it for later.", "… ended the same way: let's connect on Facebook." stay (blog_social_calls). */
static void social_call_words_ending_a_sentence(void **state)
{
    (void)state;
    assert_false(line_hits(pa_line_reader_service,
                           "Pinterest said the new button lets users save a product and pin it for later."));
    assert_false(line_hits(pa_line_reader_service,
                           "The scammer's messages all ended the same way: let's connect on Facebook."));
    assert_false(line_hits(pa_line_reader_service, "Then he wrote again. Let\xe2\x80\x99s connect on Facebook."));
    assert_true(line_hits(pa_line_reader_service, "Love this recipe? Pin it for later!"));
    assert_true(line_hits(pa_line_reader_service, "(Pin this for later.)"));
    assert_true(line_hits(pa_line_reader_service, "Thanks for reading! Let's be friends on Pinterest."));
}

/* The notes a research-news page sets around its story (bench/stress/unipress): a release portal's image
 * usage and licence lines, a journal page's "Article Information" label and interest declaration, a
 * bibliography's links under its entries and its heading, a short release's "Notes to editors", the issuing
 * institution's name over the story and the stated author with the outlet after a bar. */
static void research_news_notes(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_science_note, "Usage Restrictions: Credit must be given."));
    assert_true(line_hits(pa_line_science_note, "License: Original content"));
    assert_false(line_hits(pa_line_science_note, "License: the city revoked it after the inspection."));
    assert_false(line_hits(pa_line_science_note, "Usage restrictions on the lake were lifted in May."));
    assert_true(line_hits(pa_line_science_note, "Conflict of Interest Disclosures: None reported."));
    assert_false(line_hits(pa_line_science_note, "Conflict over the best advice for patients remains."));
    assert_true(line_hits(pa_line_science_notes_label, "Article Information"));
    assert_true(line_hits(pa_line_institution_name, "Holloway School of Public Health"));
    assert_true(line_hits(pa_line_institution_name, "Institute for Field Ornithology"));
    assert_false(line_hits(pa_line_institution_name, "The University said on Monday it would close."));
    assert_false(line_hits(pa_line_institution_name, "Jane Doe"));
    assert_false(line_hits(pa_line_institution_name, "Harlow State Park Rangers"));
    pa_doc d;
    const char *refs = "<html><body><article><h1>Telescope mirror passes test</h1>" PARA("Lead paragraph.")
                       PARA("Second paragraph.") "<section><h2>References</h2><ol><li><p>Vogt, L. et al. Proc. Opt. "
                       "Instr. 12, 44-59 (2021). doi:10.5555/poi.2021.044</p><p><a href=\"#\">Article</a> <a href=\"#\">"
                       "Google Scholar</a></p></li><li><p>Park, J. Astron. Rev. 8, 101-112 (2020). doi:10.5555/ar.2020.101"
                       "</p><p><a href=\"#\">Article</a> <a href=\"#\">Google Scholar</a></p></li></ol></section>"
                       "</article></body></html>";
    const char *t = text_of(refs, &d);
    assert_non_null(strstr(t, "Second paragraph."));
    assert_null(strstr(t, "Google Scholar"));
    assert_null(strstr(t, "References"));
    pa_doc_free(&d);
    const char *notes = "<html><body><article><h1>Roman road found under car park</h1>"
                        "<p>Archaeologists have found a stretch of Roman road beneath a car park in the town centre, "
                        "during work before a new library is built there.</p><p>The road, about six metres wide, "
                        "probably linked the town to a fort to the north, the team said on Tuesday.</p>"
                        "<p><strong>Notes to editors</strong></p><p>1. Images are available on request.</p>"
                        "<p>2. The excavation was funded by the borough council.</p></article></body></html>";
    t = text_of(notes, &d);
    assert_non_null(strstr(t, "fort to the north"));
    assert_null(strstr(t, "excavation"));
    pa_doc_free(&d);
    const char *inst = "<html><head><meta name=\"author\" content=\"Julia Sandoval\"></head><body><article>"
                       "<h1>Wastewater testing could warn of outbreaks</h1><p>Holloway School of Public Health</p>"
                       "<p>Julia Sandoval | EIT News</p>" PARA("Lead paragraph.") PARA("Second paragraph.")
                       "</article></body></html>";
    t = text_of(inst, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_null(strstr(t, "Holloway"));
    assert_null(strstr(t, "EIT News"));
    pa_doc_free(&d);
}

/* A school district's CMS parts its <title> with a spaced slash ("District / Headline") and sets its widget's
 * name in an <h1> over the article's: the headline is the h1 that closes the title after the slash. */
static void slash_parted_title(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Pinecrest Unified School District / New Bell Schedule for Pinecrest High "
                       "Begins September 1</title></head><body><div class=\"app\"><h1>District News</h1>"
                       "<div class=\"ui-article\"><h1>New Bell Schedule for Pinecrest High Begins September 1</h1>"
                       PARA("Classes will start later.") PARA("Buses will run later too.") "</div></div></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(d.title);
    assert_string_equal(d.title, "New Bell Schedule for Pinecrest High Begins September 1");
    assert_non_null(strstr(t, "Classes will start later."));
    pa_doc_free(&d);
}

/* A government page's "Date modified:" in a definition list under the story ("<dl><dt>Date modified:</dt><dd>
 * <time>2017-10-05</time></dd></dl>", Canada's Web Experience Toolkit): the day of the last change, not the
 * publication's, whether its <time> or the <dd>'s line is read. */
static void definition_list_date_modified(void **state)
{
    (void)state;
    static const char *const lists[] = {
        "<dl class=\"date-modified\"><dt>Date modified:</dt><dd><time>2017-10-05</time></dd></dl>",
        "<dl><dt>Date modified:</dt><dd>2017-10-05</dd></dl>",
    };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        char page[2048];
        snprintf(page, sizeof page,
                 "<html><body><main><div class=\"page-header\"><h1>Yard waste drop-off extended</h1>"
                 "<p class=\"pubdate\">October 4, 2017</p></div><div class=\"content\">%s%s</div>%s</main>"
                 "</body></html>",
                 PARA("The town is extending the drop-off."), PARA("Plastic bags are not accepted."), lists[i]);
        pa_doc d;
        text_of(page, &d);
        assert_non_null(d.published);
        assert_string_equal(d.published, "2017-10-04");
        pa_doc_free(&d);
    }
}

/* The furniture of local governments' news pages: a police log's note on itself, the site's machine-translation
 * disclaimer, an alert bar (role=alert) inside the text, the issuer's boilerplate after a release's "###". */
static void local_government_notes(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_standing_note,
                          "This log reflects initial reports and is subject to change. It is not a complete list of "
                          "calls for service."));
    assert_false(line_hits(pa_line_standing_note, "The log shows officers were called to the address twice this year."));
    assert_true(line_hits(pa_line_standing_note, "This website uses Google Translate to translate its pages. Council is "
                                                 "not responsible for the accuracy of the translation."));
    assert_false(line_hits(pa_line_standing_note,
                           "Translation services are available at the counter for residents who need them."));
    pa_doc d;
    const char *alert = "<html><body><article><h1>Greenway phase two breaks ground</h1>" PARA("The city broke ground.")
                        "<div class=\"inline-alert\" role=\"alert\"><p>City offices will be closed Monday, May 27, "
                        "in observance of Memorial Day.</p></div>" PARA("Parking will be at the park.")
                        "</article></body></html>";
    const char *t = text_of(alert, &d);
    assert_non_null(strstr(t, "Parking will be at the park."));
    assert_null(strstr(t, "City offices will be closed"));
    pa_doc_free(&d);
    const char *release = "<html><body><article><h1>Authority lifts boil water advisory</h1>"
                          PARA("The authority lifted the advisory.") PARA("Testing confirmed the water is safe.")
                          PARA("Customers should flush their plumbing.") "<p>###</p>"
                          "<p>The Glen Ross Water Authority provides drinking water to 36,000 homes and businesses "
                          "in Glen Ross and Upper Milford townships.</p></article></body></html>";
    t = text_of(release, &d);
    assert_non_null(strstr(t, "Customers should flush"));
    assert_null(strstr(t, "###"));
    assert_null(strstr(t, "provides drinking water to 36,000"));
    pa_doc_free(&d);
}

/* pa_line_institution_name's whole name alone (2), not a place named among other capitalised words (1). */
static int institution_alone(const pa_line *line)
{
    return pa_line_institution_name(line) == 2;
}

/* The issuing institution's line over a release goes, but not a title-case line with a kind's word inside
 * another word or before another name ("Researchers Find New Clues", "College Football Playoff Rankings"),
 * nor the story's own list of places above its first sentence of prose: the clinics under "Free clinics:",
 * the employers in a list. */
static void institution_line_not_story_places(void **state)
{
    (void)state;
    assert_true(line_hits(institution_alone, "Wellspring Children's Hospital"));
    assert_true(line_hits(institution_alone, "University of Oxford"));
    assert_false(line_hits(pa_line_institution_name, "Researchers Find New Clues"));
    assert_false(line_hits(pa_line_institution_name, "Clinical Trials Begin In Boston"));
    assert_false(line_hits(institution_alone, "College Football Playoff Rankings"));
    assert_false(line_hits(institution_alone, "Harlow High School"));
    assert_true(line_hits(pa_line_institution_name, "Mercy Hospital East Campus"));
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Where to get a flu shot this weekend</h1><p>Free clinics:</p>"
                            "<p>Harlow Community Health Center</p><p>Northside Family Clinic</p>"
                            "<p>Walk-in clinics at both sites are open from 9 a.m. to 4 p.m. on Saturday and Sunday, "
                            "health officials said.</p></article></body></html>",
                            &d);
    assert_non_null(strstr(t, "Harlow Community Health Center"));
    assert_non_null(strstr(t, "Northside Family Clinic"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>The biggest employers in Harlow</h1><ol><li>Harlow State University</li>"
                "<li>Ridgeline National Laboratory</li></ol><p>Together the two employ more than 14,000 people in "
                "the county, according to figures released by the chamber of commerce on Monday.</p>"
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "Harlow State University"));
    assert_non_null(strstr(t, "Ridgeline National Laboratory"));
    pa_doc_free(&d);
}

/* A bibliography's every entry goes, but a science desk's weekly picks in a list with each paper's DOI keep
 * the desk's words: each paper's title and the note on it over its DOI line, or the note with the DOI in
 * brackets at its end. */
static void doi_list_keeps_desk_notes(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Papers worth reading this week</h1>" PARA("Every Friday our "
                            "science desk picks the studies that caught its eye, with a note on why each one matters.")
                            "<ol><li><p><strong>Bats that steer by starlight</strong></p><p>A team in Tel Aviv "
                            "tracked fruit bats over the desert and found they hold a straight course on clear nights."
                            "</p><p>doi:10.5555/cb.2024.0112</p></li><li><p><strong>Coral that survives the heat"
                            "</strong></p><p>Reefs off the Red Sea coast bleached far less than expected last summer, "
                            "the divers who surveyed them said.</p><p>doi:10.5555/mb.2024.0413</p></li></ol>"
                            "</article></body></html>",
                            &d);
    assert_non_null(strstr(t, "Bats that steer by starlight"));
    assert_non_null(strstr(t, "fruit bats over the desert"));
    assert_non_null(strstr(t, "the divers who surveyed them"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Papers worth reading this week</h1>" PARA("Every Friday our science desk "
                "picks the studies that caught its eye, with a note on why each one matters.") "<ul><li>A team in "
                "Tel Aviv tracked fruit bats over the desert and found they hold a straight course on clear nights "
                "(doi:10.5555/cb.2024.0112).</li><li>Reefs off the Red Sea coast bleached far less than expected last "
                "summer, the divers who surveyed them said (doi:10.5555/mb.2024.0413).</li></ul>"
                "</article></body></html>",
                &d);
    assert_non_null(strstr(t, "fruit bats over the desert"));
    assert_non_null(strstr(t, "the divers who surveyed them"));
    pa_doc_free(&d);
}

/* A release portal's image usage and licence lines go (their values an image's terms), and a journal's
 * declaration of interests (what is declared, received, held), not a story's notice or subhead with the same
 * label. */
static void image_terms_not_story_labels(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_science_note, "Usage Restrictions: Credit must be given."));
    assert_true(line_hits(pa_line_science_note, "Usage Restrictions: None"));
    assert_true(line_hits(pa_line_science_note, "License: Licensed content"));
    assert_true(line_hits(pa_line_science_note, "Licence: Creative Commons BY 4.0"));
    assert_false(line_hits(pa_line_science_note, "Usage restrictions: no garden hoses or car washing until Monday"));
    assert_false(line_hits(pa_line_science_note, "Licence: what changes for landlords in April"));
    assert_false(line_hits(pa_line_science_note, "License: MIT or GPL, and why it matters"));
    /* a journal's declaration of interests goes, a story's subhead with its label stays */
    assert_true(line_hits(pa_line_science_note, "Competing interests: The authors declare no competing interests."));
    assert_true(line_hits(pa_line_science_note, "Conflict of Interest Disclosures: Dr Doe reported receiving "
                                                "personal fees from Example Pharma."));
    assert_false(line_hits(pa_line_science_note, "Competing interests: who stands to gain from the sale"));
}

/* The story's sentences that a local-government page's standing notes would take: a log truck's or a log
 * cabin's sentence with "subject to change" or "not a complete" (a log as subject, no verb of what the log is),
 * and a story's law that must "guarantee the accuracy" of translations (a disclaimer disowns it: "not", "cannot"). */
static void log_and_translation_story_lines(void **state)
{
    (void)state;
    assert_false(line_hits(pa_line_standing_note, "The log truck was carrying about 40 tons of pine, and the cleanup "
                                                  "schedule is subject to change."));
    assert_false(line_hits(pa_line_standing_note, "This log cabin tour is not a complete history of the valley, but it "
                                                  "covers the first settlers."));
    assert_true(line_hits(pa_line_standing_note, "The blotter is not a complete list of calls for service."));
    assert_false(line_hits(pa_line_standing_note, "The new law requires the county to guarantee the accuracy of "
                                                  "translated ballot materials in six languages."));
    assert_true(line_hits(pa_line_standing_note, "The city cannot guarantee the accuracy of any translation provided "
                                                 "by Google Translate."));
}

/* A "###" set alone twice or more divides a text's sections (a Markdown site prints it as written): none is a
 * release's end mark, the text after each goes on. */
static void hash_divider_not_release_end(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><body><article><h1>Notes from the week</h1>" PARA("The council met on Monday.")
                       PARA("The budget passed.") "<p>###</p>" PARA("The second section covers the library.")
                       PARA("Its hours will grow.") "<p>###</p>" PARA("The third section covers the school board.")
                       "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Its hours will grow."));
    assert_non_null(strstr(t, "The third section covers the school board."));
    pa_doc_free(&d);
}

/* A role="alert" element that is no alert bar: a blog's update note in a Bootstrap alert (the line rules judge it
 * as any paragraph; the blogs class keeps "Update, April 23: …"), and a notice page set whole in one. */
static void alert_role_holding_text(void **state)
{
    (void)state;
    pa_doc d;
    const char *update = "<html><body><article><h1>Council reverses vote on parking</h1>"
                         "<div class=\"alert alert-info\" role=\"alert\">Update, April 23: The council reversed its "
                         "vote at a special meeting on Tuesday night, restoring the free parking.</div>"
                         PARA("The council voted last week to end free parking.") PARA("Merchants objected.")
                         "</article></body></html>";
    const char *t = text_of(update, &d);
    assert_non_null(strstr(t, "Update, April 23: The council reversed its vote"));
    assert_non_null(strstr(t, "Merchants objected."));
    pa_doc_free(&d);
    const char *notice = "<html><body><main><h1>Boil water notice for Eastside</h1><div class=\"alert alert-danger\" "
                         "role=\"alert\"><p>Residents of the Eastside neighborhood must boil tap water for one minute "
                         "before drinking it until further notice.</p><p>The notice follows a main break on Elm Street "
                         "that lowered pressure in the system on Sunday night.</p><p>Crews expect to finish repairs "
                         "by Wednesday, and samples will be tested before the notice is lifted.</p></div></main>"
                         "</body></html>";
    t = text_of(notice, &d);
    assert_non_null(strstr(t, "must boil tap water"));
    assert_non_null(strstr(t, "samples will be tested"));
    pa_doc_free(&d);
}

/* "Headline / Site" with the masthead's name in an <h1> over the story's <h2>: the name closes the title after
 * the slash but is no headline (the part before the slash, longer, is). */
static void slash_title_masthead(void **state)
{
    (void)state;
    pa_doc d;
    const char *page = "<html><head><title>Storm damages homes across the county / The Springfield Daily Courier"
                       "</title></head><body><div id=\"masthead\"><h1>The Springfield Daily Courier</h1></div>"
                       "<div class=\"story\"><h2>Storm damages homes across the county</h2>"
                       PARA("High winds tore roofs off homes.") PARA("Crews worked through the night.")
                       "</div></body></html>";
    text_of(page, &d);
    assert_non_null(d.title);
    assert_string_not_equal(d.title, "The Springfield Daily Courier");
    pa_doc_free(&d);
}

/* The furniture of English dailies of South Asia, Africa, Southeast Asia and the Caribbean (bench/stress/gsouth):
 * a pointer box's "READ:" label alone, the closed comment box's note, the readers' comments disclaimer, a
 * daily's "Last update on:" stamp, a chain's "Get Latest … Top Headlines …" and cricket-app lines, the call
 * for feedback with its address; and the story sentences that open with the same words. */
static void global_south_furniture(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_furniture, "READ:"));
    assert_true(line_hits(pa_line_furniture, "Read:"));
    assert_false(line_hits(pa_line_furniture, "Read"));
    assert_false(line_hits(pa_line_furniture, "Read the fine print, the regulator warned buyers."));
    assert_true(line_hits(pa_line_tool, "Comments have been closed for this article."));
    assert_true(line_hits(pa_line_tool, "Comments are closed for this story."));
    assert_false(line_hits(pa_line_tool, "Comments are closed for this week, the moderator said, after abuse."));
    assert_true(line_hits(pa_line_standing_note,
                          "Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof."));
    assert_false(line_hits(pa_line_standing_note,
                           "Comments made by the senator on Tuesday drew sharp reactions from the opposition."));
    assert_true(line_hits(pa_line_post_meta, "Sat Nov 12, 2025 08:00 PM Last update on: Sat Nov 12, 2025 08:05 PM"));
    assert_false(line_hits(pa_line_post_meta, "The register was last updated in 2019, officials said."));
    assert_true(line_hits(pa_line_pitch,
                          "Get Latest India News along with Latest News and Top Headlines from India and around the world."));
    assert_true(line_hits(pa_line_pitch, "Catch every big hit, every wicket with Crick-it, a one stop destination for "
                                         "Live Scores, Match Stats, Quizzes, Polls & much more. Explore now!"));
    assert_false(line_hits(pa_line_pitch, "Get latest figures from the district office before you apply, the "
                                          "collector told farmers."));
    assert_true(line_hits(pa_line_site_notice, "Send us your feedback to editor@islandgleam.com.jm"));
    assert_false(line_hits(pa_line_site_notice, "Send your feedback to the ministry by Friday, the notice said."));
    /* the credits and notes under the text: the agency's inputs, the picture's credit, the translation desk's
     * note, the desk editor's initials */
    assert_true(line_hits(pa_line_wire_credit, "With PTI inputs"));
    assert_true(line_hits(pa_line_wire_credit, "With agency inputs"));
    assert_false(line_hits(pa_line_wire_credit, "With fewer inputs, farmers saved money"));
    assert_false(line_hits(pa_line_wire_credit, "With fertiliser inputs"));
    assert_false(line_hits(pa_line_wire_credit, "With fewer inputs"));
    assert_true(line_hits(pa_line_wire_credit, "With IANS inputs."));
    assert_true(line_hits(pa_line_wire_credit, "With Reuters inputs"));
    assert_true(line_hits(pa_line_furniture, "(Pix by Kushan Wijeratne)"));
    assert_true(line_hits(pa_line_pitch, "* This report, originally published in the Bangla edition of The Daily "
                                         "Mirrorstar, has been rewritten in English by Nourin Ahmed."));
    assert_false(line_hits(pa_line_pitch, "The novel was translated into English by her daughter in 1998."));
    assert_false(line_hits(pa_line_pitch, "This report, originally in Tamil, was rewritten in English by the court "
                                          "clerk for the appeal."));
    assert_int_equal(pa_line_writer_note("/cb", 3), PA_WRITER_SIGN_OFF);
    assert_int_not_equal(pa_line_writer_note("/index.html", 11), PA_WRITER_SIGN_OFF);
    /* a closed thread's note, a follow call led by its reason, a paper's file-photo credit and a credit label */
    assert_true(line_hits(pa_line_tool, "This article is closed for comments."));
    assert_true(line_hits(pa_line_reader_service, "For more news, follow us on X"));
    assert_false(line_hits(pa_line_reader_service, "For more details, follow us on the trail from the village to the lake."));
    assert_false(line_hits(pa_line_reader_service, "For more than a decade, residents said, follow-ups on the "
                                                   "complaints went nowhere."));
    assert_true(line_hits(pa_line_furniture, "Star file photo"));
    assert_true(line_hits(pa_line_furniture, "AFP file photo"));
    assert_false(line_hits(pa_line_furniture, "The file photo"));
    assert_false(line_hits(pa_line_furniture, "Police released a file photo"));
    assert_true(line_hits(pa_line_furniture, "Courtesy: The Hindu"));
    assert_true(line_hits(pa_line_furniture, "Pix by Jane Perera"));
    assert_false(line_hits(pa_line_furniture, "Courtesy: the word the judge used was not meant kindly."));
    assert_false(line_hits(pa_line_furniture, "Courtesy: a lost art"));
    assert_false(line_hits(pa_line_furniture, "Pix by the hundred were posted to the group within hours."));
    /* the edition switch, the broadcaster's source line, the translator's credit, the portal's disclaimer, labels */
    assert_true(line_hits(pa_line_furniture, "Read in Bangla"));
    assert_true(line_hits(pa_line_furniture, "Read this article in Sinhala"));
    assert_false(line_hits(pa_line_furniture, "Read in context, it was mild."));
    assert_false(line_hits(pa_line_furniture, "Read in Full"));
    assert_false(line_hits(pa_line_furniture, "Read in Parliament"));
    assert_true(line_hits(pa_line_wire_credit, "Source: CNA/fh"));
    assert_true(line_hits(pa_line_wire_credit, "Source: Reuters/dn(ac)"));
    assert_false(line_hits(pa_line_wire_credit, "Source: ministry of health/2024 survey"));
    assert_false(line_hits(pa_line_wire_credit, "Source: ministry/annual"));
    assert_false(line_hits(pa_line_wire_credit, "Source: WHO/Europe"));
    assert_int_equal(pa_line_writer_note("(Translated by Jane Roe)", 24), PA_WRITER_SIGN_OFF);
    assert_true(line_hits(pa_line_site_disclaimer,
                          "Disclaimer: The views and investment tips expressed by experts on Example.com are their own "
                          "and not that of the website or its management."));
    assert_true(line_hits(pa_line_tool, "Read More News on"));
    assert_true(line_hits(pa_line_tool, "More Like This"));
    assert_true(line_hits(pa_line_reader_service, "Subscribe to our channels on YouTube, Telegram & WhatsApp"));
    assert_true(line_hits(pa_line_tool, "BREAKING NEWS"));
    assert_true(line_hits(pa_line_tool, "Free to read"));
    assert_true(line_hits(pa_line_tool, "Audio version"));
    assert_true(line_hits(pa_line_tool, "Font size: A A A"));
    assert_false(line_hits(pa_line_tool, "Font size matters for older readers."));
    /* the calls and sign-offs of African and Philippine sites under the text */
    assert_true(line_hits(pa_line_site_notice, "Do you have a story? WhatsApp us on +254 700 000 000"));
    assert_false(line_hits(pa_line_site_notice, "Do you have a story? Tell it to the judge, he said."));
    assert_false(line_hits(pa_line_site_notice, "Got a story? Text us, the radio host told listeners during the flood."));
    assert_false(line_hits(pa_line_site_notice, "Have a story? Call us, the station said in its appeal after the blast."));
    assert_true(line_hits(pa_line_pitch, "Get the latest Nigerian news on our app"));
    assert_true(line_hits(pa_line_pitch, "Read the latest Daily Trust e-paper"));
    assert_false(line_hits(pa_line_pitch, "Get the latest traffic news on our app before you drive."));
    assert_true(line_hits(pa_line_tool, "Please Share"));
    assert_true(line_hits(pa_line_reader_service, "Keep up with the latest news, subscribe to our YouTube channel"));
    assert_false(line_hits(pa_line_reader_service,
                           "Subscribe to our channel, the YouTuber urged fans in the video that went viral."));
    assert_int_equal(pa_line_writer_note("\xe2\x80\x94LDF, GMA Integrated News", 25), PA_WRITER_SIGN_OFF);
    assert_int_not_equal(pa_line_writer_note("\xe2\x80\x94US, Britain and France agreed on the plan.", 44), PA_WRITER_SIGN_OFF);
}

/* A Chinese page indents its paragraphs with ideographic spaces (U+3000), in its English lines too:
 * pa_line_furniture reads past them, and the rules that read a letter's case on the text (the edition
 * switch's language, a credit's names, the file photo's name) read it past them as well, at the byte the
 * lower-cased copy names. */
static void furniture_after_ideographic_indent(void **state)
{
    (void)state;
    assert_true(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80\xe3\x80\x80Read in English"));
    assert_true(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80" "Courtesy: The Hindu"));
    assert_true(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80\xe3\x80\x80Xinhua file photo"));
    assert_false(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80\xe3\x80\x80Read in Full"));
    assert_false(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80" "Courtesy: the word the judge used was not meant kindly."));
    assert_false(line_hits_utf8(pa_line_furniture, "\xe3\x80\x80The file photo"));
}

/* Does classify take text as a line whose bytes end at its NUL on the heap (an ASan build sees a read past
 * it)? */
static int line_hits_heap(int (*classify)(const pa_line *), const char *text)
{
    size_t n = strlen(text);
    char *copy = malloc(n + 1);
    assert_non_null(copy);
    memcpy(copy, text, n + 1);
    pa_line line;
    pa_line_init(&line, copy, n);
    int hit = classify(&line) != 0;
    free(copy);
    return hit;
}

/* The broadcaster's source line with the desk's initials ("Source: CNA/fh") is read only up to the line's
 * NUL: a source of one word without a slash ("Source: Wikipedia") ends there, and nothing after the NUL is
 * read for its initials (under ASan, a read past the heap copy fails the test). */
static void wire_source_initials_bounded(void **state)
{
    (void)state;
    assert_false(line_hits_heap(pa_line_wire_credit, "Source: Wikipedia"));
    assert_false(line_hits_heap(pa_line_wire_credit, "Source: Ministry"));
    assert_true(line_hits_heap(pa_line_wire_credit, "Source: CNA/fh"));
    assert_true(line_hits_heap(pa_line_wire_credit, "Source: Reuters/dn(ac)"));
    assert_false(line_hits_heap(pa_line_wire_credit, "Source: WHO/Europe"));
}

/* A 2008-2015 newsroom's lines around a release: the "Backgrounder" after its end mark, a recall's
 * "Consumer contact:" line with its number, a government template's "Date modified:" label; a sentence
 * with those words is the release's. */
static void newsroom_release_lines(void **state)
{
    (void)state;
    assert_true(line_hits(pa_line_backgrounder_label, "Backgrounder"));
    assert_true(line_hits(pa_line_backgrounder_label, "BACKGROUNDER"));
    assert_true(line_hits(pa_line_backgrounder_label, "Backgrounders:"));
    assert_false(line_hits(pa_line_backgrounder_label, "Backlogs in the repair of older equipment will be cleared."));
    assert_false(line_hits(pa_line_backgrounder_label, "Background"));
    assert_true(line_hits(pa_line_release_end_mark, "- 30 -"));
    assert_true(line_hits(pa_line_release_end_mark, "###"));
    assert_false(line_hits(pa_line_release_end_mark, "- 30 minutes -"));
    assert_true(line_hits(pa_line_contact, "Consumer contact: 1-800-555-0175, 8 a.m. to 6 p.m. Mountain Time"));
    assert_false(line_hits(pa_line_contact, "Consumer contact with the company fell by half, the survey found."));
    assert_true(line_hits(pa_line_empty_field, "Date modified:"));
    assert_false(line_hits(pa_line_empty_field, "Date modified by the court"));
    /* a press notice's date and issuing department under its title */
    assert_true(byline_date_of("19 January 2011 \xe2\x80\x93 Department for Rural Connectivity"));
    assert_false(byline_date_of("19 January 2011 \xe2\x80\x93 the department asked for comments"));
}

/* A release's summary bullets in a "highlights" list over its dateline ("CHARLOTTE, N.C.--(BUSINESS
 * WIRE)--", "PORTLAND, Ore., June 14, 2011 \xe2\x80\x93") are the release's (pressrel keeps them); the
 * same list over a news story's first paragraph goes (story_highlights_box). */
static void release_highlights_over_dateline(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Bank reports results</h1><ul class=\"highlights\">"
                            "<li>Fourth quarter net income of $11.2 million</li><li>Nonperforming assets fall to 1.2 "
                            "percent</li></ul><p>CHARLOTTE, N.C.--(BUSINESS WIRE)--Example Bancorp, Inc. today reported "
                            "net income of $11.2 million for the fourth quarter, up from $7.8 million a year "
                            "earlier.</p>" PARA("The story ends.") "</article></body></html>", &d);
    assert_non_null(strstr(t, "Fourth quarter net income"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Railway reports volumes</h1><ul class=\"highlights\">"
                "<li>Grain carloads up 18 per cent</li><li>Operating ratio improves</li></ul><p>CALGARY, Alberta, "
                "April 27, 2010 \xe2\x80\x93 Example Rail today reported net income of $38.1 million for the first "
                "quarter of 2010, as a late harvest sent record grain to the coast.</p>" PARA("The story ends.")
                "</article></body></html>", &d);
    assert_non_null(strstr(t, "Grain carloads"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>Heat wave</h1><ul class=\"highlights\"><li>Orange alert for 11 "
                "districts</li><li>Schools asked to end classes by noon</li></ul><p>NEW DELHI: The weather office "
                "on Monday issued an orange alert for 11 districts as temperatures climbed past 45 degrees in "
                "2024's hottest week.</p>" PARA("The story ends.") "</article></body></html>", &d);
    assert_null(strstr(t, "Orange alert"));
    pa_doc_free(&d);
}

/* A newsroom's <title> framing the release's <h1>: a DotNetNuke breadcrumb ("Example Health > News >
 * Headline") and a wire-hosted newsroom's "Example Mining Corp.: Headline" give the h1; a topic before a
 * colon ("Floods: …") is no issuer, and the <title> stays; an h1 that is the template's "… - Press release"
 * label gives way to the <title>'s headline. */
static void newsroom_title_frames(void **state)
{
    (void)state;
    static const struct {
        const char *tag, *h1, *want;
    } cases[] = {
        {"Example Health &gt; News &gt; Example Health Opens Cancer Center", "Example Health Opens Cancer Center",
         "Example Health Opens Cancer Center"},
        {"Example Mining Corp.: Example Mining Closes $8.5 Million Private Placement",
         "Example Mining Closes $8.5 Million Private Placement", "Example Mining Closes $8.5 Million Private Placement"},
        {"Floods: Thousands Leave Their Homes in the North", "Thousands Leave Their Homes in the North",
         "Floods: Thousands Leave Their Homes in the North"},
        /* the template's "Agency - Press release" label in the h1 over the headline the <title> closes with */
        {"EUROPA - PRESS RELEASES - Press Release - Commission proposes common rules for crew certificates",
         "European Commission - Press release", "Commission proposes common rules for crew certificates"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html, "<html><head><title>%s</title></head><body><div id=\"content\"><h1>%s</h1>"
                 PARA("The release starts here with a sentence that is long enough to be read as the text.")
                 PARA("The release ends here with another sentence that is long enough to be read.")
                 "</div></body></html>", cases[i].tag, cases[i].h1);
        pa_doc d;
        text_of(html, &d);
        assert_non_null(d.title);
        assert_string_equal(d.title, cases[i].want);
        pa_doc_free(&d);
    }
}

/* A newsroom's header block ("news-header") holding the release's date over its <h1> headline: the date is
 * the page's; the same date box in a site header whose <h1> is the logo (a link, few words) is the day's. */
static void newsroom_header_date(void **state)
{
    (void)state;
    pa_doc d;
    text_of("<html><head><title>Example Mining Corp.: Example Mining Intersects 42 Metres of Gold</title></head><body>"
            "<div class=\"news-header\"><div class=\"release-date\">June 20, 2012 09:30 ET</div>"
            "<h1>Example Mining Intersects 42 Metres of Gold</h1></div><div class=\"news-body\">"
            PARA("VANCOUVER -- Example Mining Corp. is pleased to report results from the first six holes of its drill "
                 "program at its project in central British Columbia.")
            PARA("The release ends here with another sentence that is long enough to be read.")
            "</div><ul><li><a href=\"/a\">Board elects two directors</a> <span class=\"date\">10/09/2012</span></li>"
            "<li><a href=\"/b\">Annual meeting set for May</a> <span class=\"date\">11/03/2011</span></li></ul>"
            "</body></html>", &d);
    assert_non_null(d.published);
    assert_string_equal(d.published, "2012-06-20");
    pa_doc_free(&d);
    text_of("<html><head><title>Example Mining Intersects 42 Metres of Gold</title></head><body>"
            "<div class=\"header\"><div class=\"date\">June 20, 2012</div><h1><a href=\"/\">Example Daily</a></h1></div>"
            "<div class=\"news-body\">"
            PARA("VANCOUVER -- Example Mining Corp. is pleased to report results from the first six holes of its drill "
                 "program at its project in central British Columbia.")
            PARA("The release ends here with another sentence that is long enough to be read.")
            "</div></body></html>", &d);
    assert_true(d.published == NULL || strcmp(d.published, "2012-06-20") != 0);
    pa_doc_free(&d);
}

/* Review of newsroom10's rules (rv2): a <title> comparing with " > " ("Why 5 > 3 …") and no h1 to confirm a
 * breadcrumb is one title, not "3 is not always true …". */
static void title_comparison_sign(void **state)
{
    (void)state;
    static const char *const compared[] = {"Why 5 &gt; 3 is not always true in floating point",
                                           "Quality &gt; quantity: why fewer, better clothes win"};
    static const char *const compared_want[] = {"Why 5 > 3 is not always true in floating point",
                                                "Quality > quantity: why fewer, better clothes win"};
    for (size_t i = 0; i < sizeof compared / sizeof compared[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html, "<html><head><title>%s</title></head><body><article>"
                 PARA("The story starts here with a sentence that is long enough to be read as the text.")
                 PARA("The story ends here with another sentence that is long enough to be read.")
                 "</article></body></html>", compared[i]);
        pa_doc d;
        text_of(html, &d);
        assert_non_null(d.title);
        assert_string_equal(d.title, compared_want[i]);
        pa_doc_free(&d);
    }
}

/* Review of newsroom10's rules (rv2): a news agency's dateline ("ATLANTA, Georgia (CNN) --", "WASHINGTON (AP)
 * --") under a highlights box opens a news story, no release: the box goes (release_highlights_over_dateline
 * keeps a wire's "--(BUSINESS WIRE)--", "/PRNewswire/ --"). */
static void agency_dateline_highlights(void **state)
{
    (void)state;
    static const char *const agencies[] = {"ATLANTA, Georgia (CNN) --", "WASHINGTON (AP) --"};
    for (size_t i = 0; i < sizeof agencies / sizeof agencies[0]; i++) {
        char html[1024];
        snprintf(html, sizeof html, "<html><body><article><h1>Storm hits the coast</h1><ul class=\"highlights\">"
                 "<li>Winds of 90 mph hit the coast on Sunday</li><li>Thousands are without power in three states"
                 "</li></ul><p>%s A powerful storm tore through the southeastern coast on Sunday, knocking out power "
                 "to thousands of homes and closing roads in three states.</p>" PARA("The story ends.")
                 "</article></body></html>", agencies[i]);
        pa_doc d;
        const char *t = text_of(html, &d);
        assert_non_null(strstr(t, "A powerful storm"));
        assert_null(strstr(t, "Winds of 90 mph"));
        pa_doc_free(&d);
    }
}

/* Review of newsroom10's rules (rv2): a site header's day over the site's motto in an <h1> (six words, no
 * link, not in the page's <title>) is the day's, no page date (newsroom_header_date: over the headline). */
static void header_day_over_motto(void **state)
{
    (void)state;
    pa_doc d;
    text_of("<html><head><title>Council approves new budget for the library</title></head><body>"
            "<div class=\"header\"><div class=\"date\">Monday, March 5, 2012</div><h1>The Voice of the Valley Since "
            "1887</h1></div><div class=\"story\"><h2>Council approves new budget for the library</h2>"
            PARA("The council on Tuesday approved a new budget for the library after a long debate about the cost of "
                 "its new wing and the hours it keeps.")
            PARA("The story ends here with another sentence that is long enough to be read as its text.")
            "</div></body></html>", &d);
    assert_true(d.published == NULL || strcmp(d.published, "2012-03-05") != 0);
    pa_doc_free(&d);
}

/* Review of newsroom10's rules (rv2): a story's own "Backgrounder" subhead (no release end mark above) heads its
 * background, which stays; after a release's "- 30 -" the label ends the release. */
static void story_backgrounder_subhead(void **state)
{
    (void)state;
    pa_doc d;
    const char *t = text_of("<html><body><article><h1>Border talks resume after two-year break</h1>"
                            PARA("NEW DELHI: Officials of the two countries met on Monday to resume talks on the "
                                 "disputed border, two years after the last round broke down over patrols.")
                            PARA("The talks will run for three days, the foreign ministry said, and will cover trade "
                                 "along the frontier as well as the patrols.")
                            "<h2>Backgrounder</h2>"
                            PARA("The dispute dates back to 1962, when the two countries fought a brief war over the "
                                 "high passes of the eastern sector.")
                            "</article></body></html>", &d);
    assert_non_null(strstr(t, "The dispute dates back to 1962"));
    pa_doc_free(&d);
    t = text_of("<html><body><article><h1>New radar stations for the south coast</h1>"
                PARA("ST. JOHN'S, Nov. 5, 2013 \xe2\x80\x93 The Government of Canada today announced four coastal "
                     "radar stations on the south coast that will give rescuers a live picture of vessel traffic.")
                "<p>- 30 -</p><h2>Backgrounder</h2>"
                PARA("The four stations will use solid-state radar with a range of 48 nautical miles.")
                "</article></body></html>", &d);
    assert_non_null(strstr(t, "The Government of Canada today announced"));
    assert_null(strstr(t, "solid-state radar"));
    pa_doc_free(&d);
}

/* pa_line_init's two lower-cased forms of lines whose ASCII runs (lower-
 * cased eight bytes at a time) meet Cyrillic, Greek and Polish capitals
 * and typographic apostrophes at every offset: `lower` keeps the bytes'
 * length and lower-cases the capitals; `folded` lower-cases ASCII only and
 * makes U+2019 an "'". */
static void line_forms_across_ascii_runs(void **state)
{
    (void)state;
    static const struct {
        const char *text, *lower, *folded;
    } cases[] = {
        {"BREAKING NEWS: City Council", "breaking news: city council", "breaking news: city council"},
        {"Don\u2019t MISS the Story\u2019s END", "don\u2019t miss the story\u2019s end", "don't miss the story's end"},
        {"ABCDEFG\u041a\u041e\u041c\u041cENTS", "abcdefg\u043a\u043e\u043c\u043cents",
         "abcdefg\u041a\u041e\u041c\u041cents"},
        {"ABCDEFGH\u0141\u00d3D\u0179 \u0391\u0398\u0397\u039d\u0391 READ MORE",
         "abcdefgh\u0142\u00f3d\u017a \u03b1\u03b8\u03b7\u03bd\u03b1 read more",
         "abcdefgh\u0141\u00d3d\u0179 \u0391\u0398\u0397\u039d\u0391 read more"},
        {"@[`{ AZaz 09 ~\x7f", "@[`{ azaz 09 ~\x7f", "@[`{ azaz 09 ~\x7f"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (size_t shift = 0; shift < 9; shift++) {
            char text[160], lower[160], folded[160];
            snprintf(text, sizeof text, "%.*s%s", (int)shift, "Xx-Yy-Zz", cases[c].text);
            snprintf(lower, sizeof lower, "%.*s%s", (int)shift, "xx-yy-zz", cases[c].lower);
            snprintf(folded, sizeof folded, "%.*s%s", (int)shift, "xx-yy-zz", cases[c].folded);
            pa_line line;
            pa_line_init(&line, text, strlen(text));
            assert_true(line.has_lower && line.has_folded);
            assert_string_equal(line.lower, lower);
            assert_int_equal(strlen(line.lower), line.len);
            assert_string_equal(line.folded, folded);
            assert_int_equal(strlen(line.folded), line.folded_len);
        }
}

/* Embedded posts and players (embeds class): Instagram's "A post shared by Name (@handle)" line goes,
 * the story's sentence that opens the same way stays; a player's length left alone when its
 * "Listen" button is dropped ("· 4:12") goes. */
static void embed_post_line_and_player_length(void **state)
{
    (void)state;
    pa_doc d;
    const char *page =
        "<html><body><article><h1>Summer dinners</h1>"
        "<div class=\"listen-bar\"><button>Listen to this story</button> <span>&middot; 4:12</span></div>"
        PARA("Lead paragraph.")
        "<div><p>A post shared by Mira Okon (@mira.cooks)</p></div>" PARA("Second paragraph.")
        "<p>A post shared by several readers suggested adding chilli crisp, and we agree.</p>"
        PARA("Third paragraph.") PARA("Fourth paragraph.")
        "</article></body></html>";
    const char *t = text_of(page, &d);
    assert_non_null(strstr(t, "Lead paragraph."));
    assert_null(strstr(t, "Mira Okon"));
    assert_non_null(strstr(t, "A post shared by several readers suggested"));
    assert_null(strstr(t, "4:12"));
    assert_non_null(strstr(t, "Fourth paragraph."));
    pa_doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixture_pages),
        cmocka_unit_test(news_body_furniture),
        cmocka_unit_test(bad_inputs),
        cmocka_unit_test(phrase_lists_by_first_byte),
        cmocka_unit_test(sentence_endings),
        cmocka_unit_test(posted_by_bylines),
        cmocka_unit_test(summary_label_heading),
        cmocka_unit_test(legacy_page_furniture),
        cmocka_unit_test(live_blog_post_lines),
        cmocka_unit_test(live_feed_summary_box),
        cmocka_unit_test(post_signature_lines),
        cmocka_unit_test(live_post_signature_names),
        cmocka_unit_test(part_numerals_over_titles),
        cmocka_unit_test(play_state_markers),
        cmocka_unit_test(live_post_desk_lines),
        cmocka_unit_test(play_marker_lines),
        cmocka_unit_test(page_field_lists),
        cmocka_unit_test(h2_headline_without_h1),
        cmocka_unit_test(read_more_cards),
        cmocka_unit_test(live_post_titles),
        cmocka_unit_test(live_feed_intro),
        cmocka_unit_test(gbk_without_declaration),
        cmocka_unit_test(metadata_sources),
        cmocka_unit_test(kicker_above_headline),
        cmocka_unit_test(headline_is_title_not_text),
        cmocka_unit_test(wrapper_tags_holding_the_article),
        cmocka_unit_test(class_word_traps),
        cmocka_unit_test(label_over_bare_contact_lines),
        cmocka_unit_test(affiliate_box_in_story),
        cmocka_unit_test(post_tools_and_signed_posts),
        cmocka_unit_test(live_blog_short_last_post),
        cmocka_unit_test(step_badge_over_heading),
        cmocka_unit_test(poll_paragraph_without_form),
        cmocka_unit_test(section_heading_named_like_tool),
        cmocka_unit_test(health_sources_list),
        cmocka_unit_test(health_science_own_notes),
        cmocka_unit_test(science_appeal_lines),
        cmocka_unit_test(science_appeal_box),
        cmocka_unit_test(republished_signature_footer),
        cmocka_unit_test(series_case_call),
        cmocka_unit_test(health_site_standards_boxes),
        cmocka_unit_test(article_split_into_blocks),
        cmocka_unit_test(promo_box_beside_story),
        cmocka_unit_test(story_parts_in_one_class),
        cmocka_unit_test(story_parts_short_run),
        cmocka_unit_test(marks_encoded_twice),
        cmocka_unit_test(wrapped_lead_paragraph),
        cmocka_unit_test(story_header_lead),
        cmocka_unit_test(lead_in_wrappers_before_body),
        cmocka_unit_test(read_more_expander_text),
        cmocka_unit_test(inline_phrase_with_layout_class),
        cmocka_unit_test(table_header_row),
        cmocka_unit_test(lead_box_before_body),
        cmocka_unit_test(byline_date_lines),
        cmocka_unit_test(reading_time_lines),
        cmocka_unit_test(trailing_headings),
        cmocka_unit_test(linked_sentences),
        cmocka_unit_test(story_tool_lines),
        cmocka_unit_test(furniture_lines),
        cmocka_unit_test(writer_asides),
        cmocka_unit_test(time_parts_apart),
        cmocka_unit_test(dated_link_lists),
        cmocka_unit_test(desk_credit_lines),
        cmocka_unit_test(headline_box_is_no_story),
        cmocka_unit_test(class_scored_wrapper_is_no_story),
        cmocka_unit_test(zh_desk_lines),
        cmocka_unit_test(zh_page_tools),
        cmocka_unit_test(zh_record_table_and_repeated_title),
        cmocka_unit_test(tag_label_lines),
        cmocka_unit_test(reader_poll_lines),
        cmocka_unit_test(story_top_datelines),
        cmocka_unit_test(chinese_trails),
        cmocka_unit_test(relative_date_lines),
        cmocka_unit_test(runner_up_blocks),
        cmocka_unit_test(compound_teaser_classes),
        cmocka_unit_test(headline_lists),
        cmocka_unit_test(teaser_word_of_its_own),
        cmocka_unit_test(script_tail_as_text),
        cmocka_unit_test(rating_widget_lines),
        cmocka_unit_test(link_classes_in_sentences),
        cmocka_unit_test(hidden_blocks),
        cmocka_unit_test(unmarked_comments),
        cmocka_unit_test(human_dates),
        cmocka_unit_test(metadata_rules),
        cmocka_unit_test(nested_date_lines),
        cmocka_unit_test(writer_note_after_story),
        cmocka_unit_test(name_over_date_line),
        cmocka_unit_test(site_note_after_story),
        cmocka_unit_test(site_name_line_whole_fold),
        cmocka_unit_test(cms_field_label),
        cmocka_unit_test(stated_author_line),
        cmocka_unit_test(modal_box),
        cmocka_unit_test(site_notices),
        cmocka_unit_test(standing_notes),
        cmocka_unit_test(obituary_heading_is_headline),
        cmocka_unit_test(schedule_dates_kept),
        cmocka_unit_test(obituary_guestbook_unmarked),
        cmocka_unit_test(life_years_line),
        cmocka_unit_test(read_more_toggle_reveals),
        cmocka_unit_test(continue_reading_reveals_rest_after),
        cmocka_unit_test(faq_button_reveals_answer),
        cmocka_unit_test(noscript_and_template_story),
        cmocka_unit_test(short_pull_quote),
        cmocka_unit_test(name_list_ends_text),
        cmocka_unit_test(sports_recap_sections),
        cmocka_unit_test(science_source_notes),
        cmocka_unit_test(column_furniture),
        cmocka_unit_test(contributor_notes),
        cmocka_unit_test(obituary_guestbook),
        cmocka_unit_test(story_sentences_stay),
        cmocka_unit_test(donation_call_lines),
        cmocka_unit_test(donation_box_classes),
        cmocka_unit_test(channel_call_lines),
        cmocka_unit_test(regional_daily_lines),
        cmocka_unit_test(broadcaster_call_lines),
        cmocka_unit_test(headline_deck_dropped), cmocka_unit_test(headline_deck_in_head_block),
        cmocka_unit_test(audio_version_lines),
        cmocka_unit_test(long_read_box_lines),
        cmocka_unit_test(press_regulator_note),
        cmocka_unit_test(summary_repeats_lead),
        cmocka_unit_test(desk_input_credit),
        cmocka_unit_test(story_share_bar),
        cmocka_unit_test(caps_label_over_link),
        cmocka_unit_test(story_goes_on_after_link_list),
        cmocka_unit_test(bare_tag_label_line),
        cmocka_unit_test(empty_line_classifiers),
        cmocka_unit_test(share_label_x),
        cmocka_unit_test(br_link_lines),
        cmocka_unit_test(br_link_lines_stamped),
        cmocka_unit_test(br_flow_bold_subhead),
        cmocka_unit_test(special_credit_comment_widget),
        cmocka_unit_test(glued_rights_notice),
        cmocka_unit_test(br_tail_call),
        cmocka_unit_test(br_head_byline),
        cmocka_unit_test(name_list_after_brief),
        cmocka_unit_test(teaser_cards_after_brief),
        cmocka_unit_test(paywall_lines),
        cmocka_unit_test(line_classifiers_edge_lines),
        cmocka_unit_test(editor_notes_label),
        cmocka_unit_test(gov_page_field_lines),
        cmocka_unit_test(release_office_lines),
        cmocka_unit_test(office_signoff_lines),
        cmocka_unit_test(cookie_notices),
        cmocka_unit_test(heading_own_slug_id),
        cmocka_unit_test(tech_site_furniture),
        cmocka_unit_test(lifestyle_disclosures),
        cmocka_unit_test(slideshow_furniture),
        cmocka_unit_test(recipe_card_headers),
        cmocka_unit_test(names_heading_after_intro),
        cmocka_unit_test(shopping_picks),
        cmocka_unit_test(roundup_cards_with_shop_buttons),
        cmocka_unit_test(health_desk_notes),
        cmocka_unit_test(betting_box_note),
        cmocka_unit_test(sports_story_boxes),
        cmocka_unit_test(advice_column_notes),
        cmocka_unit_test(pointer_worded_headline_takes_kicker),
        cmocka_unit_test(statement_card_above_headline),
        cmocka_unit_test(one_word_alt_label),
        cmocka_unit_test(photo_essay_captions),
        cmocka_unit_test(gallery_short_captions),
        cmocka_unit_test(week_in_pictures_slides),
        cmocka_unit_test(gallery_sibling_captions),
        cmocka_unit_test(roundup_captions_no_gallery),
        cmocka_unit_test(gallery_caption_has_credit),
        cmocka_unit_test(recipe_rating_calls),
        cmocka_unit_test(guide_pick_with_book_call),
        cmocka_unit_test(transcript_switch_tool),
        cmocka_unit_test(intl_english_furniture_lines),
        cmocka_unit_test(dear_reader_appeal_box),
        cmocka_unit_test(wire_story_furniture),
        cmocka_unit_test(quote_strip_before_story),
        cmocka_unit_test(magazine_story_parts),
        cmocka_unit_test(release_furniture),
        cmocka_unit_test(release_contact_card),
        cmocka_unit_test(portal_release_notes),
        cmocka_unit_test(first_person_writer_note),
        cmocka_unit_test(writer_named_last_line),
        cmocka_unit_test(listing_entry_title),
        cmocka_unit_test(letters_signatures_kept),
        cmocka_unit_test(listing_day_headings),
        cmocka_unit_test(sponsored_content_card),
        cmocka_unit_test(release_contact_block),
        cmocka_unit_test(story_head_notes),
        cmocka_unit_test(author_sources),
        cmocka_unit_test(author_from_byline),
        cmocka_unit_test(agency_list),
        cmocka_unit_test(deck_repeating_description),
        cmocka_unit_test(bold_headline_under_generic_title),
        cmocka_unit_test(drop_caps_and_sources),
        cmocka_unit_test(story_lines_like_furniture),
        cmocka_unit_test(brief_over_more_news),
        cmocka_unit_test(title_rules),
        cmocka_unit_test(intl_comment_blocks),
        cmocka_unit_test(br_separated_article),
        cmocka_unit_test(small_class_box_beside_story),
        cmocka_unit_test(article_head_does_not_stop_widening),
        cmocka_unit_test(intl_furniture_lines),
        cmocka_unit_test(teaser_streams),
        cmocka_unit_test(titled_comment_heading_ends_text),
        cmocka_unit_test(comment_class_on_article_wrapper),
        cmocka_unit_test(legal_notice_and_poll),
        cmocka_unit_test(script_link_wrapper),
        cmocka_unit_test(dialog_boxes),
        cmocka_unit_test(page_text_not_story),
        cmocka_unit_test(author_box_after_story),
        cmocka_unit_test(byline_lines),
        cmocka_unit_test(gallery_in_story),
        cmocka_unit_test(boxes_inserted_in_story),
        cmocka_unit_test(label_of_link_list),
        cmocka_unit_test(more_stories_block),
        cmocka_unit_test(address_lines),
        cmocka_unit_test(video_player_controls),
        cmocka_unit_test(block_labels),
        cmocka_unit_test(article_cut_by_boxes),
        cmocka_unit_test(builder_widget_headings),
        cmocka_unit_test(linked_item_titles),
        cmocka_unit_test(story_lists_of_links),
        cmocka_unit_test(story_list_with_nested_list),
        cmocka_unit_test(accordion_panels),
        cmocka_unit_test(accordion_panel_xml_id),
        cmocka_unit_test(article_in_list_item),
        cmocka_unit_test(short_block_with_class_word),
        cmocka_unit_test(reader_services_and_reprint_notices),
        cmocka_unit_test(post_meta_lines),
        cmocka_unit_test(print_link_footnotes),
        cmocka_unit_test(pager_lines),
        cmocka_unit_test(news_tail_notices),
        cmocka_unit_test(news_page_furniture_lines),
        cmocka_unit_test(foreign_press_furniture),
        cmocka_unit_test(double_encoded_utf8),
        cmocka_unit_test(polish_captions_and_pitches),
        cmocka_unit_test(polish_article_class_words),
        cmocka_unit_test(own_line_photo_credits),
        cmocka_unit_test(zh_reporter_lines),
        cmocka_unit_test(greek_bylines_and_capital_labels),
        cmocka_unit_test(site_name_alone),
        cmocka_unit_test(russian_reprint_plea),
        cmocka_unit_test(russian_loading_label),
        cmocka_unit_test(teaser_list_after_story),
        cmocka_unit_test(ad_label_inside_listicle),
        cmocka_unit_test(listicle_item_titles_with_colons),
        cmocka_unit_test(review_score_box),
        cmocka_unit_test(dated_entry_titles),
        cmocka_unit_test(featured_link_card),
        cmocka_unit_test(feature_grid_block),
        cmocka_unit_test(credit_lines),
        cmocka_unit_test(alt_text_captions),
        cmocka_unit_test(caption_boxes),
        cmocka_unit_test(ldbody_text_forms),
        cmocka_unit_test(ldbody_replaces_a_shell),
        cmocka_unit_test(ldbody_state_forms),
        cmocka_unit_test(state_replaces_a_shell),
        cmocka_unit_test(paywall_teaser_stays),
        cmocka_unit_test(local_news_furniture),
        cmocka_unit_test(regional_bylines),
        cmocka_unit_test(story_end_credits),
        cmocka_unit_test(short_brief_beside_cards),
        cmocka_unit_test(glued_row_spans_apart),
        cmocka_unit_test(story_end_notes_seen),
        cmocka_unit_test(science_notes_lines),
        cmocka_unit_test(comment_button_before_footnotes),
        cmocka_unit_test(longform_end_notes),
        cmocka_unit_test(blockquote_footer_attribution),
        cmocka_unit_test(mathml_annotation_skipped),
        cmocka_unit_test(desk_title_bio_after_story),
        cmocka_unit_test(release_contact_blocks),
        cmocka_unit_test(health_site_notes_lines),
        cmocka_unit_test(affiliation_byline_lines),
        cmocka_unit_test(role_line_with_initial),
        cmocka_unit_test(paywall_block_story_lines),
        cmocka_unit_test(title_part_text_opens_with),
        cmocka_unit_test(story_writer_note_last),
        cmocka_unit_test(side_column_beside_short_story),
        cmocka_unit_test(dated_links_in_words),
        cmocka_unit_test(trade_press_boxes),
        cmocka_unit_test(clinic_appointment_box),
        cmocka_unit_test(glued_keyword_links),
        cmocka_unit_test(trade_cms_titles),
        cmocka_unit_test(sports_boxes_in_story),
        cmocka_unit_test(sports_pointer_lines),
        cmocka_unit_test(consumer_desk_call_lines),
        cmocka_unit_test(story_highlights_box),
        cmocka_unit_test(sports_table_header_and_inline_pointer),
        cmocka_unit_test(foreign_set_apart_leads),
        cmocka_unit_test(foreign_header_and_pointer_lines),
        cmocka_unit_test(up_next_section_heading),
        cmocka_unit_test(review_boxes_in_story),
        cmocka_unit_test(howto_facts_and_icon_lines),
        cmocka_unit_test(story_subheads_not_bylines),
        cmocka_unit_test(release_notes_after_story),
        cmocka_unit_test(section_h1_over_headline),
        cmocka_unit_test(government_release_tail),
        cmocka_unit_test(section_link_over_story),
        cmocka_unit_test(finance_pitch_and_disclosures),
        cmocka_unit_test(finance_quote_widget_lines),
        cmocka_unit_test(featured_image_source_credit),
        cmocka_unit_test(republished_story_notes),
        cmocka_unit_test(wire_caption_credit),
        cmocka_unit_test(other_wire_stories_after_article),
        cmocka_unit_test(story_sections_after_article),
        cmocka_unit_test(wire_standing_lines),
        cmocka_unit_test(video_and_episode_lines),
        cmocka_unit_test(hidden_transcript_panel),
        cmocka_unit_test(description_before_transcript),
        cmocka_unit_test(code_block_language_wrapper),
        cmocka_unit_test(webmentions_after_post),
        cmocka_unit_test(builder_rows_short_closing),
        cmocka_unit_test(short_text_editor_widget),
        cmocka_unit_test(code_gutter_and_card_caption),
        cmocka_unit_test(summary_section_after_opening),
        cmocka_unit_test(author_box_name_over_note),
        cmocka_unit_test(profile_subject_box_stays),
        cmocka_unit_test(label_words_subhead_kept),
        cmocka_unit_test(speech_verbs_after_comma),
        cmocka_unit_test(speech_verb_first_no_finite_verb),
        cmocka_unit_test(more_on_plain_label_link),
        cmocka_unit_test(deck_over_stars_and_byline),
        cmocka_unit_test(quarter_subhead_over_prose),
        cmocka_unit_test(closing_wire_credit),
        cmocka_unit_test(posted_in_tagged_row),
        cmocka_unit_test(meta_list_category),
        cmocka_unit_test(br_chapters_and_channel_lines),
        cmocka_unit_test(player_title_over_story),
        cmocka_unit_test(european_label_lines), cmocka_unit_test(rtl_label_lines), cmocka_unit_test(afrotr_label_lines), cmocka_unit_test(ticker_strip_above_story), cmocka_unit_test(follow_call_closing_story),
        cmocka_unit_test(indic_label_lines),
        cmocka_unit_test(headline_summary_points),
        cmocka_unit_test(author_place_byline),
        cmocka_unit_test(app_download_box),
        cmocka_unit_test(european_cookie_walls),
        cmocka_unit_test(european_byline_and_date_fields),
        cmocka_unit_test(european_release_about_label),
        cmocka_unit_test(catalan_under_english_label),
        cmocka_unit_test(indonesian_label_over_malay_guess),
        cmocka_unit_test(southeast_asian_desk_lines),
        cmocka_unit_test(dates_of_text_under_english_label),
        cmocka_unit_test(email_text_blocks),
        cmocka_unit_test(newsletter_issue_furniture),
        cmocka_unit_test(briefing_credits_and_item_links),
        cmocka_unit_test(footnote_numbers_with_notes),
        cmocka_unit_test(story_header_date),
        cmocka_unit_test(unrendered_shortcodes),
        cmocka_unit_test(british_paper_furniture),
        cmocka_unit_test(accordion_faq_after_listing),
        cmocka_unit_test(month_only_date_line),
        cmocka_unit_test(line_forms_across_ascii_runs),
        cmocka_unit_test(place_card_header_titles),
        cmocka_unit_test(listicle_last_pick_not_bio),
        cmocka_unit_test(ruby_readings_dropped),
        cmocka_unit_test(cjk_stop_ends_last_paragraph),
        cmocka_unit_test(korean_japanese_credit_lines),
        cmocka_unit_test(japanese_korean_furniture_labels),
        cmocka_unit_test(cjk_sentences_after_related_box),
        cmocka_unit_test(era_news_furniture),
        cmocka_unit_test(click_to_play_thumbnail_before_div_story),
        cmocka_unit_test(journal_citation_roundup),
        cmocka_unit_test(magazine_2010s_meta_lines),
        cmocka_unit_test(figure_list_counter_kept),
        cmocka_unit_test(blog_logo_titles),
        cmocka_unit_test(magazine_2010s_pointers),
        cmocka_unit_test(global_south_furniture),
        cmocka_unit_test(research_news_notes),
        cmocka_unit_test(institution_line_not_story_places),
        cmocka_unit_test(doi_list_keeps_desk_notes),
        cmocka_unit_test(image_terms_not_story_labels),
        cmocka_unit_test(furniture_after_ideographic_indent),
        cmocka_unit_test(wire_source_initials_bounded),
        cmocka_unit_test(newsroom_release_lines),
        cmocka_unit_test(release_highlights_over_dateline),
        cmocka_unit_test(newsroom_title_frames),
        cmocka_unit_test(newsroom_header_date),
        cmocka_unit_test(title_comparison_sign),
        cmocka_unit_test(agency_dateline_highlights),
        cmocka_unit_test(header_day_over_motto),
        cmocka_unit_test(story_backgrounder_subhead),
        cmocka_unit_test(local_government_notes),
        cmocka_unit_test(definition_list_date_modified),
        cmocka_unit_test(slash_parted_title),
        cmocka_unit_test(log_and_translation_story_lines),
        cmocka_unit_test(hash_divider_not_release_end),
        cmocka_unit_test(alert_role_holding_text),
        cmocka_unit_test(slash_title_masthead),
        cmocka_unit_test(call_to_action_box_in_story),
        cmocka_unit_test(blog_social_calls),
        cmocka_unit_test(call_to_action_class_without_action),
        cmocka_unit_test(social_call_words_ending_a_sentence),
        cmocka_unit_test(embed_post_line_and_player_length),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
