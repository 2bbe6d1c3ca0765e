/* test_feed.c — feeds: RSS 2.0 with RFC 822 dates, RSS 1.0/RDF, Atom with
 * published/updated and xml:base, limits, hostile input (entity bomb,
 * external entity, garbage), and feed autodiscovery in HTML. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "pressarc/feed.h"

static pa_code parse(const char *xml, const pa_feed_limits *lim, pa_feed *f, pa_err *err)
{
    return pa_feed_parse(xml, strlen(xml), lim, f, err);
}

static void rfc822_dates(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int64_t t;
    } ok[] = {
        {"Tue, 10 Jun 2003 04:00:00 GMT", 1055217600},
        {"Tue, 10 Jun 2003 04:00:00 +0200", 1055210400},
        {"Tue, 10 Jun 2003 04:00:00 +02:00", 1055210400},
        {"10 Jun 2003 04:00:00 UT", 1055217600},
        {"  Tuesday, 10 June 2003 04:00 Z  ", 1055217600},
        {"Fri, 05 Mar 1999 12:00 -0500", 920653200},
        {"Fri, 5 Mar 99 12:00:00 EST", 920653200},
        {"Fri, 5 Mar 99 09:00:00 PST", 920653200},
        {"Fri, 5 Mar 99 13:00:00 EDT", 920653200},
        {"Fri, 5 Mar 99 17:00:00 Z", 920653200},
        {"Fri, 5 Mar 99 12:00:00 R", 920653200}, /* military R = -5 */
        {"Mon, 06 May 24 07:08:09", 1714979289}, /* 2-digit year, no zone */
        {"Mon, 06 May 2024 07:08:09 GMT (UTC)", 1714979289},
        {"06-May-2024 07:08:09 +0000", 1714979289},
        {"Tue, 02 Apr 2024 09:15:00 -0700", 1712074500},
        {"Mon, 01 Jan 2024", 1704067200},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int64_t t = 0;
        if (pa_rfc822_date_parse(ok[i].s, &t) != 0)
            fail_msg("rejected \"%s\"", ok[i].s);
        if (t != ok[i].t)
            fail_msg("\"%s\" -> %lld, want %lld", ok[i].s, (long long)t, (long long)ok[i].t);
    }
    static const char *const bad[] = {"",
                                      "not a date",
                                      "Tue, 31 Jun 2003 04:00:00 GMT",
                                      "Tue, 10 Foo 2003 04:00:00 GMT",
                                      "Tue, 10 Jun 2003 24:00:00 GMT",
                                      "Tue, 10 Jun 2003 04:00:00 XYZ",
                                      "Tue, 10 Jun 2003 04:00:00 +2",
                                      "Jun 10 2003 04:00:00 GMT",
                                      "2003-06-10T04:00:00Z",
                                      "Tue, 10 Jun 203 04:00:00 GMT",
                                      "Tue, 10 Jun 2003 04:00:00 GMT trailing"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t t = 0;
        if (pa_rfc822_date_parse(bad[i], &t) != -1)
            fail_msg("accepted \"%s\"", bad[i]);
        assert_int_equal(t, -1);
    }
    int64_t t = 0;
    assert_int_equal(pa_rfc822_date_parse(NULL, &t), -1);
    assert_int_equal(t, -1);
}

static void rss2(void **state)
{
    (void)state;
    const char *xml =
        "<?xml version=\"1.0\"?>\n"
        "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "<channel>\n"
        " <title> Example Press Room </title>\n"
        " <link>https://press.example.com/</link>\n"
        " <atom:link href=\"https://press.example.com/feed\" rel=\"self\"/>\n"
        " <item><title>Star City</title><link> http://liftoff.example/news/2003/06/03.html </link>\n"
        "  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><guid>http://liftoff.example/2003/06/03.html#item573</guid></item>\n"
        " <item><title><![CDATA[Space <b>Exploration</b>]]></title>\n"
        "  <guid>https://liftoff.example/2003/06/perma</guid><pubDate>Tue, 10 Jun 2003 04:00:00 +0200</pubDate></item>\n"
        " <item><title>No URL</title><guid isPermaLink=\"false\">https://liftoff.example/id/1</guid></item>\n"
        " <item><atom:link href=\"https://wrong.example/\"/><link>https://right.example/a</link>\n"
        "  <dc:date>2024-05-06T07:08:09Z</dc:date></item>\n"
        " <item><link>/relative.html</link><guid isPermaLink=\"false\">tag:x,2024:1</guid></item>\n"
        " <item><link>https://right.example/b</link><pubDate>sometime soon</pubDate></item>\n"
        " <item><link>https://right.example/c</link><pubDate>2024-01-01T00:00:00Z</pubDate></item>\n"
        "</channel></rss>\n";
    pa_feed f;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &f, &err), PA_OK);
    assert_int_equal(f.kind, PA_FEED_RSS2);
    assert_string_equal(f.title, "Example Press Room");
    assert_int_equal(f.n_entries, 5);
    assert_int_equal(f.skipped, 2);
    assert_int_equal(f.truncated, 0);
    pa_feed_entry *e = f.entries;
    assert_string_equal(e[0].url, "http://liftoff.example/news/2003/06/03.html");
    assert_string_equal(e[0].title, "Star City");
    assert_string_equal(e[0].date, "Tue, 10 Jun 2003 04:00:00 GMT");
    assert_int_equal(e[0].epoch, 1055217600);
    assert_string_equal(e[1].url, "https://liftoff.example/2003/06/perma");
    assert_string_equal(e[1].title, "Space <b>Exploration</b>");
    assert_string_equal(e[1].date, "Tue, 10 Jun 2003 04:00:00 +0200");
    assert_int_equal(e[1].epoch, 1055210400);
    assert_string_equal(e[2].url, "https://right.example/a");
    assert_null(e[2].title);
    assert_string_equal(e[2].date, "2024-05-06T07:08:09Z");
    assert_int_equal(e[2].epoch, 1714979289);
    assert_string_equal(e[3].url, "https://right.example/b");
    assert_string_equal(e[3].date, "sometime soon");
    assert_int_equal(e[3].epoch, -1);
    assert_string_equal(e[4].url, "https://right.example/c");
    assert_int_equal(e[4].epoch, 1704067200); /* W3C date in pubDate: tolerated */
    pa_feed_free(&f);
    assert_null(f.entries);
    assert_null(f.title);
    pa_feed_free(&f);
    pa_feed_free(NULL);
}

static void rdf(void **state)
{
    (void)state;
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                      "         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                      " <channel rdf:about=\"http://www.xml.example/xml/news.rss\"><title>XML.example</title>"
                      "<link>http://xml.example/</link></channel>\n"
                      " <item rdf:about=\"http://xml.example/pub/2000/08/09/xslt/xslt.html\">\n"
                      "  <title>Processing Inclusions with XSLT</title>\n"
                      "  <link>http://xml.example/pub/2000/08/09/xslt/xslt.html?from=rss</link>\n"
                      "  <dc:date>2004-12-23T18:00:15-05:00</dc:date>\n"
                      " </item>\n"
                      " <item rdf:about=\"https://xml.example/about-only\"><title>About only</title></item>\n"
                      " <item><title>nothing</title></item>\n"
                      "</rdf:RDF>";
    pa_feed f;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &f, &err), PA_OK);
    assert_int_equal(f.kind, PA_FEED_RSS1);
    assert_string_equal(f.title, "XML.example");
    assert_int_equal(f.n_entries, 2);
    assert_int_equal(f.skipped, 1);
    assert_string_equal(f.entries[0].url, "http://xml.example/pub/2000/08/09/xslt/xslt.html?from=rss");
    assert_string_equal(f.entries[0].title, "Processing Inclusions with XSLT");
    assert_string_equal(f.entries[0].date, "2004-12-23T18:00:15-05:00");
    assert_int_equal(f.entries[0].epoch, 1103842815);
    assert_string_equal(f.entries[1].url, "https://xml.example/about-only");
    assert_null(f.entries[1].date);
    assert_int_equal(f.entries[1].epoch, -1);
    pa_feed_free(&f);
}

static void atom(void **state)
{
    (void)state;
    const char *xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\" xml:base=\"https://atom.example/blog/\">\n"
        " <a:title type=\"text\">Atom Press</a:title>\n"
        " <a:entry>\n"
        "  <a:title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Big <b>news</b></div></a:title>\n"
        "  <a:link rel=\"enclosure\" href=\"https://atom.example/file.pdf\"/>\n"
        "  <a:link rel=\"alternate\" type=\"text/html\" href=\"2024/post1.html\"/>\n"
        "  <a:updated>2024-05-06T07:08:09Z</a:updated>\n"
        "  <a:published>2024-04-02T09:15:00-07:00</a:published>\n"
        " </a:entry>\n"
        " <a:entry><a:title>Second</a:title><a:link href=\"http://elsewhere.example/x\"/>"
        "<a:updated>2024-01-01</a:updated></a:entry>\n"
        " <a:entry><a:title>Self only</a:title><a:link rel=\"self\" href=\"https://atom.example/s\"/>"
        "<a:link rel=\"edit\" href=\"https://atom.example/e\"/></a:entry>\n"
        " <a:entry xml:base=\"https://other.example/dir/\"><a:link href=\"../up.html\"/></a:entry>\n"
        "</a:feed>";
    pa_feed f;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &f, &err), PA_OK);
    assert_int_equal(f.kind, PA_FEED_ATOM);
    assert_string_equal(f.title, "Atom Press");
    assert_int_equal(f.n_entries, 3);
    assert_int_equal(f.skipped, 1);
    assert_string_equal(f.entries[0].url, "https://atom.example/blog/2024/post1.html");
    assert_string_equal(f.entries[0].title, "Big news");
    assert_string_equal(f.entries[0].date, "2024-04-02T09:15:00-07:00");
    assert_int_equal(f.entries[0].epoch, 1712074500);
    assert_string_equal(f.entries[1].url, "http://elsewhere.example/x");
    assert_string_equal(f.entries[1].date, "2024-01-01");
    assert_int_equal(f.entries[1].epoch, 1704067200);
    assert_string_equal(f.entries[2].url, "https://other.example/up.html");
    assert_null(f.entries[2].title);
    assert_int_equal(f.entries[2].epoch, -1);
    pa_feed_free(&f);

    /* relative href and no xml:base: skipped */
    assert_int_equal(parse("<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='/x'/></entry></feed>", NULL,
                           &f, &err),
                     PA_OK);
    assert_int_equal(f.n_entries, 0);
    assert_int_equal(f.skipped, 1);
    assert_null(f.title);
    pa_feed_free(&f);
}

static void limits_and_gzip(void **state)
{
    (void)state;
    char xml[8192];
    size_t o = (size_t)snprintf(xml, sizeof xml, "<rss><channel><title>L</title>");
    for (int i = 0; i < 50; i++)
        o += (size_t)snprintf(xml + o, sizeof xml - o, "<item><link>https://l.example/%d</link></item>", i);
    snprintf(xml + o, sizeof xml - o, "</channel></rss>");
    pa_feed f;
    pa_err err;
    pa_feed_limits lim = {.max_entries = 7};
    assert_int_equal(parse(xml, &lim, &f, &err), PA_OK);
    assert_int_equal(f.n_entries, 7);
    assert_int_equal(f.truncated, 1);
    assert_string_equal(f.entries[6].url, "https://l.example/6");
    pa_feed_free(&f);
    assert_int_equal(parse(xml, NULL, &f, &err), PA_OK);
    assert_int_equal(f.n_entries, 50);
    assert_int_equal(f.truncated, 0);
    pa_feed_free(&f);

    /* gzip */
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    unsigned char gz[8192];
    z.next_in = (unsigned char *)xml;
    z.avail_in = (uInt)strlen(xml);
    z.next_out = gz;
    z.avail_out = sizeof gz;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t gl = sizeof gz - z.avail_out;
    deflateEnd(&z);
    assert_int_equal(pa_feed_parse((const char *)gz, gl, NULL, &f, &err), PA_OK);
    assert_int_equal(f.n_entries, 50);
    assert_string_equal(f.entries[49].url, "https://l.example/49");
    pa_feed_free(&f);
    lim.max_bytes = 100;
    assert_int_equal(pa_feed_parse((const char *)gz, gl, &lim, &f, &err), PA_ERR_LIMIT);
    assert_int_equal(parse(xml, &lim, &f, &err), PA_ERR_LIMIT);
    assert_int_equal(f.n_entries, 0);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void hostile(void **state)
{
    (void)state;
    const char *bomb =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE rss [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
        " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
        " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
        " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
        " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
        "]>\n"
        "<rss><channel><title>&lol9;</title><item><link>http://b.example/</link><title>&lol9;</title></item>"
        "</channel></rss>\n";
    pa_feed f;
    pa_err err;
    double t0 = now_s();
    assert_int_equal(parse(bomb, NULL, &f, &err), PA_ERR_PARSE);
    assert_true(now_s() - t0 < 2.0);
    assert_non_null(strstr(err.msg, "entities"));
    assert_int_equal(f.n_entries, 0);
    assert_null(f.title);

    const char *xxe = "<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                      "<feed xmlns='http://www.w3.org/2005/Atom'><title>&x;</title>"
                      "<entry><link href='http://x.example/'/></entry></feed>";
    assert_int_equal(parse(xxe, NULL, &f, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "entities"));

    assert_int_equal(parse("<html><body>no feed</body></html>", NULL, &f, &err), PA_ERR_PARSE);
    assert_string_equal(err.msg, "not a feed: root element <html>");
    assert_int_equal(parse("<feed xmlns='http://example.com/x'/>", NULL, &f, &err), PA_ERR_PARSE);
    assert_string_equal(err.msg, "not a feed: root element <feed> in namespace http://example.com/x");
    assert_int_equal(parse("\x01\x02 garbage", NULL, &f, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "line 1"));
    assert_int_equal(pa_feed_parse("", 0, NULL, &f, &err), PA_ERR_PARSE);
    /* truncated: what was complete is kept */
    assert_int_equal(parse("<rss><channel><item><link>https://t.example/1</link></item><item><link>https://t.ex",
                           NULL, &f, &err),
                     PA_OK);
    assert_true(f.n_entries >= 1);
    assert_string_equal(f.entries[0].url, "https://t.example/1");
    pa_feed_free(&f);
}

static void autodiscover(void **state)
{
    (void)state;
    const char *html =
        "<!DOCTYPE html><html><head><title>Press</title>\n"
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/feed.xml\">\n"
        "<link rel=\"Alternate\" type=\"Application/Atom+XML; charset=utf-8\" href=\"atom.xml?x=1&amp;y=2\">\n"
        "<link rel=\"alternate\" type=\"text/html\" hreflang=\"de\" href=\"/de/\">\n"
        "<link rel=\"stylesheet\" type=\"application/rss+xml\" href=\"/not-alternate.xml\">\n"
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"ftp://files.example/feed\">\n"
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">\n"
        "<link rel=\"feed alternate\" type=\"application/rss+xml\" href=\"https://www.example.com/feed.xml\">\n"
        "<link rel=\"alternate\" type=\"application/rss+xml\">\n"
        "</head><body><p>text\n"
        "<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"//other.example/rdf\">\n"
        "</body></html>";
    char **urls = NULL;
    size_t n = 99;
    pa_err err;
    assert_int_equal(pa_feed_autodiscover(html, strlen(html), "https://www.example.com/news/index.html", &urls, &n,
                                          &err),
                     PA_OK);
    assert_int_equal(n, 3);
    assert_string_equal(urls[0], "https://www.example.com/feed.xml");
    assert_string_equal(urls[1], "https://www.example.com/news/atom.xml?x=1&y=2");
    assert_string_equal(urls[2], "https://other.example/rdf");
    pa_feed_urls_free(urls, n);

    /* <base href> wins over the page URL */
    const char *based = "<html><head><base href=\"https://cdn.example/sub/\">"
                        "<link rel=alternate type=application/atom+xml href=\"f.atom\"></head></html>";
    assert_int_equal(pa_feed_autodiscover(based, strlen(based), "https://www.example.com/", &urls, &n, &err), PA_OK);
    assert_int_equal(n, 1);
    assert_string_equal(urls[0], "https://cdn.example/sub/f.atom");
    pa_feed_urls_free(urls, n);

    /* at most 16 */
    char many[8192];
    size_t o = (size_t)snprintf(many, sizeof many, "<html><head>");
    for (int i = 0; i < 30; i++)
        o += (size_t)snprintf(many + o, sizeof many - o,
                              "<link rel=alternate type=application/rss+xml href=\"/f%d.xml\">", i);
    snprintf(many + o, sizeof many - o, "</head></html>");
    assert_int_equal(pa_feed_autodiscover(many, strlen(many), "http://m.example/", &urls, &n, &err), PA_OK);
    assert_int_equal(n, 16);
    assert_string_equal(urls[15], "http://m.example/f15.xml");
    pa_feed_urls_free(urls, n);

    /* none */
    assert_int_equal(pa_feed_autodiscover("<p>nothing</p>", 14, "http://m.example/", &urls, &n, &err), PA_OK);
    assert_int_equal(n, 0);
    assert_null(urls);
    assert_int_equal(pa_feed_autodiscover("", 0, "http://m.example/", &urls, &n, &err), PA_OK);
    assert_int_equal(n, 0);
    assert_int_equal(pa_feed_autodiscover(html, strlen(html), "http://m.example/", NULL, &n, &err), PA_ERR_INVALID);
    /* relative hrefs without a base URL are dropped, absolute ones kept */
    assert_int_equal(pa_feed_autodiscover(html, strlen(html), NULL, &urls, &n, &err), PA_OK);
    assert_int_equal(n, 1);
    assert_string_equal(urls[0], "https://www.example.com/feed.xml");
    pa_feed_urls_free(urls, n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rfc822_dates),    cmocka_unit_test(rss2),    cmocka_unit_test(rdf),
        cmocka_unit_test(atom),            cmocka_unit_test(limits_and_gzip), cmocka_unit_test(hostile),
        cmocka_unit_test(autodiscover),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
