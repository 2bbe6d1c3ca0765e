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

static void bad_inputs(void **state)
{
    (void)state;
    pa_doc d;
    pa_err err;
    assert_int_equal(pa_extract("", 0, NULL, &d, &err), PA_ERR_INVALID);
    assert_int_equal(pa_extract("\x89PNG\r\n\x1a\n\0\0\0", 11, NULL, &d, &err), PA_ERR_INVALID);
    assert_non_null(strstr(err.msg, "not HTML"));
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

/* Extract inline HTML; the text is returned (caller frees the doc). */
static const char *text_of(const char *html, pa_doc *d)
{
    pa_err err;
    assert_int_equal(pa_extract(html, strlen(html), NULL, d, &err), PA_OK);
    return d->text;
}

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
    const char *comments = "<html><body><article>" PARA("Article one.") PARA("Article two.") PARA("Article three.")
                           "</article><div class=\"comments\">" PARA("Comment one.") PARA("Comment two.")
                           PARA("Comment three.") PARA("Comment four.") PARA("Comment five.") PARA("Comment six.")
                           "</div></body></html>";
    t = text_of(comments, &d);
    assert_non_null(strstr(t, "Article three."));
    assert_null(strstr(t, "Comment"));
    pa_doc_free(&d);
}

/* An article cut into sibling blocks (page-builder rows and columns):
 * every block is kept, in order; a teaser list beside it is not. */
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
}

/* Page furniture between the paragraphs: ad labels, photo credits,
 * "Written by" credits, related-story labels, zero-width-joiner-only
 * paragraphs; a collapsed "read more" container holding the rest of the
 * story stays. */
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
}

/* Publication dates written for people only: a <time> without datetime, a
 * bare date in a text-only element beside the author's name, and a
 * "published-date" meta tag. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixture_pages),
        cmocka_unit_test(bad_inputs),
        cmocka_unit_test(gbk_without_declaration),
        cmocka_unit_test(metadata_sources),
        cmocka_unit_test(wrapper_tags_holding_the_article),
        cmocka_unit_test(class_word_traps),
        cmocka_unit_test(article_split_into_blocks),
        cmocka_unit_test(furniture_lines),
        cmocka_unit_test(runner_up_blocks),
        cmocka_unit_test(human_dates),
        cmocka_unit_test(intl_comment_blocks),
        cmocka_unit_test(br_separated_article),
        cmocka_unit_test(intl_furniture_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
