/* test_sitemap.c — XML sitemaps: urlset with Google News and hreflang
 * alternates, sitemap indexes, gzip, W3C datetimes, skipped and truncated
 * entries, namespaces by URI, and hostile input (entity bomb, external
 * entity, garbage, truncation, size limits). */
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

#include "pressarc/sitemap.h"

#define SM_NS "http://www.sitemaps.org/schemas/sitemap/0.9"
#define NEWS_NS "http://www.google.com/schemas/sitemap-news/0.9"
#define XHTML_NS "http://www.w3.org/1999/xhtml"

static pa_code parse(const char *xml, const pa_sitemap_limits *lim, pa_sitemap *s, pa_err *err)
{
    return pa_sitemap_parse(xml, strlen(xml), lim, s, err);
}

static void w3c_datetimes(void **state)
{
    (void)state;
    int64_t t = 0;
    assert_int_equal(pa_w3c_datetime_parse("1997", &t), 0);
    assert_int_equal(t, 852076800);
    assert_int_equal(pa_w3c_datetime_parse("2024-03", &t), 0);
    assert_int_equal(t, 1709251200);
    assert_int_equal(pa_w3c_datetime_parse(" 2024-02-29\n", &t), 0);
    assert_int_equal(t, 1709164800);
    assert_int_equal(pa_w3c_datetime_parse("1997-07-16T19:20+01:00", &t), 0);
    assert_int_equal(t, 869077200);
    assert_int_equal(pa_w3c_datetime_parse("1997-07-16T19:20:30+01:00", &t), 0);
    assert_int_equal(t, 869077230);
    assert_int_equal(pa_w3c_datetime_parse("1997-07-16T19:20:30.45+01:00", &t), 0);
    assert_int_equal(t, 869077230);
    assert_int_equal(pa_w3c_datetime_parse("2025-11-14T08:30:00+08:00", &t), 0);
    assert_int_equal(t, 1763080200);
    assert_int_equal(pa_w3c_datetime_parse("2004-12-23T18:00:15-05:00", &t), 0);
    assert_int_equal(t, 1103842815);
    assert_int_equal(pa_w3c_datetime_parse("2024-05-06T07:08:09Z", &t), 0);
    assert_int_equal(t, 1714979289);
    /* lenient: no zone = UTC, ±hhmm */
    assert_int_equal(pa_w3c_datetime_parse("2024-05-06T07:08:09", &t), 0);
    assert_int_equal(t, 1714979289);
    assert_int_equal(pa_w3c_datetime_parse("2024-04-02T09:15:00-0700", &t), 0);
    assert_int_equal(t, 1712074500);
    /* invalid: *epoch is -1 */
    const char *bad[] = {"",          "yesterday",           "2023-02-29",          "2024-13-01",
                         "2024-1-5",  "2024-01-01T25:00Z",   "2024-01-01T10:00+2",  "2024-01-01T10:00:00Zjunk",
                         "24-01-01",  "2024-01-01T10:00:00.Z", "2024-00-10",        "2024-04-31"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        t = 0;
        if (pa_w3c_datetime_parse(bad[i], &t) != -1)
            fail_msg("accepted \"%s\"", bad[i]);
        assert_int_equal(t, -1);
    }
    assert_int_equal(pa_w3c_datetime_parse(NULL, &t), -1);
    assert_int_equal(t, -1);
}

static void urlset_news_hreflang(void **state)
{
    (void)state;
    /* odd prefixes on purpose: namespaces match by URI */
    const char *xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"" SM_NS "\" xmlns:nw=\"" NEWS_NS "\" xmlns:h=\"" XHTML_NS "\"\n"
        "        xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"\n"
        "        xmlns:other=\"http://example.com/not-news\">\n"
        " <url>\n"
        "  <loc>\n   https://press.example.com/en/2024/03/launch.html  \n</loc>\n"
        "  <lastmod>2024-03-05T10:20:30+02:00</lastmod>\n"
        "  <image:image><image:loc>https://press.example.com/img/1.jpg</image:loc></image:image>\n"
        "  <nw:news>\n"
        "   <nw:publication><nw:name>Example Press</nw:name><nw:language>en</nw:language></nw:publication>\n"
        "   <nw:publication_date>2025-11-14T08:30:00+08:00</nw:publication_date>\n"
        "   <nw:title>Launch &amp; more &lt;b&gt;</nw:title>\n"
        "  </nw:news>\n"
        "  <h:link rel=\"alternate\" hreflang=\"de\" href=\"https://press.example.com/de/2024/03/start.html\"/>\n"
        "  <h:link rel=\"ALTERNATE\" hreflang=\"x-default\" href=\" https://press.example.com/2024/03/launch \"/>\n"
        "  <h:link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/relative.html\"/>\n"
        "  <h:link rel=\"canonical\" hreflang=\"es\" href=\"https://press.example.com/es/\"/>\n"
        "  <other:link rel=\"alternate\" hreflang=\"it\" href=\"https://press.example.com/it/\"/>\n"
        " </url>\n"
        " <url><loc><![CDATA[http://press.example.com/a?x=1&y=2]]></loc>\n"
        "  <other:news><other:title>not news</other:title></other:news>\n"
        " </url>\n"
        "</urlset>\n";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.is_index, 0);
    assert_int_equal(s.n_entries, 2);
    assert_int_equal(s.skipped, 0);
    assert_int_equal(s.truncated, 0);
    pa_sitemap_entry *e = &s.entries[0];
    assert_string_equal(e->loc, "https://press.example.com/en/2024/03/launch.html");
    assert_string_equal(e->lastmod, "2024-03-05T10:20:30+02:00");
    assert_int_equal(e->lastmod_epoch, 1709626830);
    assert_string_equal(e->news_date, "2025-11-14T08:30:00+08:00");
    assert_int_equal(e->news_epoch, 1763080200);
    assert_string_equal(e->news_lang, "en");
    assert_string_equal(e->news_title, "Launch & more <b>");
    assert_int_equal(e->n_alts, 2);
    assert_string_equal(e->alts[0].hreflang, "de");
    assert_string_equal(e->alts[0].href, "https://press.example.com/de/2024/03/start.html");
    assert_string_equal(e->alts[1].hreflang, "x-default");
    assert_string_equal(e->alts[1].href, "https://press.example.com/2024/03/launch");
    e = &s.entries[1];
    assert_string_equal(e->loc, "http://press.example.com/a?x=1&y=2");
    assert_null(e->lastmod);
    assert_int_equal(e->lastmod_epoch, -1);
    assert_null(e->news_date);
    assert_int_equal(e->news_epoch, -1);
    assert_null(e->news_lang);
    assert_null(e->news_title);
    assert_int_equal(e->n_alts, 0);
    assert_null(e->alts);
    pa_sitemap_free(&s);
    assert_int_equal(s.n_entries, 0);
    assert_null(s.entries);
    pa_sitemap_free(&s); /* idempotent */
    pa_sitemap_free(NULL);
}

static void no_namespace_and_max_alts(void **state)
{
    (void)state;
    /* no namespaces at all: accepted leniently */
    const char *xml = "<urlset><url><loc>https://a.example/1</loc><lastmod>2024-01-01</lastmod>"
                      "<news><publication><language>fr</language></publication>"
                      "<publication_date>2024-01-15T12:00:00Z</publication_date><title>T</title></news>"
                      "<link rel='alternate' hreflang='a' href='http://a.example/a'/>"
                      "<link rel='alternate' hreflang='b' href='http://a.example/b'/>"
                      "<link rel='alternate' hreflang='c' href='http://a.example/c'/>"
                      "<link rel='alternate' hreflang='d' href='http://a.example/d'/>"
                      "<link rel='alternate' href='http://a.example/e'/>"
                      "</url></urlset>";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 1);
    assert_int_equal(s.entries[0].lastmod_epoch, 1704067200);
    assert_string_equal(s.entries[0].news_lang, "fr");
    assert_int_equal(s.entries[0].news_epoch, 1705320000);
    assert_string_equal(s.entries[0].news_title, "T");
    assert_int_equal(s.entries[0].n_alts, 5);
    assert_string_equal(s.entries[0].alts[4].hreflang, "");
    assert_string_equal(s.entries[0].alts[4].href, "http://a.example/e");
    pa_sitemap_free(&s);

    pa_sitemap_limits lim = {.max_alts = 3};
    assert_int_equal(parse(xml, &lim, &s, &err), PA_OK);
    assert_int_equal(s.entries[0].n_alts, 3);
    assert_string_equal(s.entries[0].alts[2].href, "http://a.example/c");
    pa_sitemap_free(&s);

    /* many alternates: the array grows past its first allocation */
    char big[16384];
    size_t o = (size_t)snprintf(big, sizeof big, "<urlset xmlns='" SM_NS "' xmlns:x='" XHTML_NS "'><url><loc>https://m/</loc>");
    for (int i = 0; i < 70; i++)
        o += (size_t)snprintf(big + o, sizeof big - o, "<x:link rel='alternate' hreflang='l%d' href='https://m/%d'/>", i, i);
    snprintf(big + o, sizeof big - o, "</url></urlset>");
    assert_int_equal(parse(big, NULL, &s, &err), PA_OK);
    assert_int_equal(s.entries[0].n_alts, 64);
    assert_string_equal(s.entries[0].alts[63].hreflang, "l63");
    assert_string_equal(s.entries[0].alts[63].href, "https://m/63");
    pa_sitemap_free(&s);
    lim.max_alts = 20;
    assert_int_equal(parse(big, &lim, &s, &err), PA_OK);
    assert_int_equal(s.entries[0].n_alts, 20);
    assert_string_equal(s.entries[0].alts[19].href, "https://m/19");
    pa_sitemap_free(&s);
}

static void sitemap_index(void **state)
{
    (void)state;
    const char *xml = "<?xml version='1.0'?>\n"
                      "<sm:sitemapindex xmlns:sm='" SM_NS "'>\n"
                      " <sm:sitemap><sm:loc>https://www.example.com/sitemap1.xml.gz</sm:loc>"
                      "<sm:lastmod>2004-10-01T18:23:17+00:00</sm:lastmod></sm:sitemap>\n"
                      " <sm:sitemap><sm:loc>https://www.example.com/sitemap2.xml.gz</sm:loc>"
                      "<sm:lastmod>2005-01-01</sm:lastmod></sm:sitemap>\n"
                      " <sm:sitemap><sm:loc>sitemap3.xml</sm:loc></sm:sitemap>\n"
                      " <sm:url><sm:loc>https://www.example.com/not-in-an-index</sm:loc></sm:url>\n"
                      "</sm:sitemapindex>";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.is_index, 1);
    assert_int_equal(s.n_entries, 2);
    assert_int_equal(s.skipped, 1);
    assert_string_equal(s.entries[0].loc, "https://www.example.com/sitemap1.xml.gz");
    assert_string_equal(s.entries[0].lastmod, "2004-10-01T18:23:17+00:00");
    assert_int_equal(s.entries[0].lastmod_epoch, 1096654997);
    assert_string_equal(s.entries[1].loc, "https://www.example.com/sitemap2.xml.gz");
    assert_int_equal(s.entries[1].lastmod_epoch, 1104537600);
    pa_sitemap_free(&s);
}

/* gzip (windowBits 31) of `in` */
static unsigned char *gzip_bytes(const char *in, size_t len, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)len) + 64;
    unsigned char *out = malloc(cap);
    assert_non_null(out);
    z.next_in = (unsigned char *)(uintptr_t)in;
    z.avail_in = (uInt)len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *outlen = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static void gzip_sitemap(void **state)
{
    (void)state;
    const char *xml = "<urlset xmlns='" SM_NS "'><url><loc>https://gz.example/a</loc>"
                      "<lastmod>2023-12-31T23:00:00Z</lastmod></url><url><loc>https://gz.example/b</loc></url></urlset>";
    size_t gl;
    unsigned char *gz = gzip_bytes(xml, strlen(xml), &gl);
    assert_int_equal(gz[0], 0x1f);
    assert_int_equal(gz[1], 0x8b);
    pa_sitemap s;
    pa_err err;
    assert_int_equal(pa_sitemap_parse((const char *)gz, gl, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 2);
    assert_string_equal(s.entries[0].loc, "https://gz.example/a");
    assert_int_equal(s.entries[0].lastmod_epoch, 1704063600);
    assert_string_equal(s.entries[1].loc, "https://gz.example/b");
    pa_sitemap_free(&s);

    /* decompressed size above max_bytes */
    pa_sitemap_limits lim = {.max_bytes = 64};
    assert_int_equal(pa_sitemap_parse((const char *)gz, gl, &lim, &s, &err), PA_ERR_LIMIT);
    assert_int_equal(err.code, PA_ERR_LIMIT);
    assert_int_equal(s.n_entries, 0);
    assert_null(s.entries);
    /* corrupt gzip */
    gz[gl / 2] ^= 0x55;
    gz[gl / 2 + 1] ^= 0x55;
    assert_int_equal(pa_sitemap_parse((const char *)gz, gl, NULL, &s, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "gzip"));
    free(gz);

    /* a 100 MB gzip bomb stops at the 50 MiB default */
    size_t bomb_len = (size_t)100 << 20;
    char *zeros = calloc(1, bomb_len);
    assert_non_null(zeros);
    memcpy(zeros, "<urlset>", 8);
    gz = gzip_bytes(zeros, bomb_len, &gl);
    free(zeros);
    assert_int_equal(pa_sitemap_parse((const char *)gz, gl, NULL, &s, &err), PA_ERR_LIMIT);
    free(gz);

    /* plain input above max_bytes */
    assert_int_equal(parse(xml, &lim, &s, &err), PA_ERR_LIMIT);
    assert_non_null(strstr(err.msg, "64-byte limit"));
}

static void lastmod_missing_invalid(void **state)
{
    (void)state;
    const char *xml = "<urlset xmlns='" SM_NS "'>"
                      "<url><loc>https://d.example/1</loc></url>"
                      "<url><loc>https://d.example/2</loc><lastmod>yesterday</lastmod></url>"
                      "<url><loc>https://d.example/3</loc><lastmod>2023-02-29</lastmod></url>"
                      "<url><loc>https://d.example/4</loc><lastmod>  2024-01-16T08:00:00-01:00 </lastmod></url>"
                      "<url><loc>https://d.example/5</loc><lastmod></lastmod></url>"
                      "</urlset>";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 5);
    assert_null(s.entries[0].lastmod);
    assert_int_equal(s.entries[0].lastmod_epoch, -1);
    assert_string_equal(s.entries[1].lastmod, "yesterday");
    assert_int_equal(s.entries[1].lastmod_epoch, -1);
    assert_string_equal(s.entries[2].lastmod, "2023-02-29");
    assert_int_equal(s.entries[2].lastmod_epoch, -1);
    assert_string_equal(s.entries[3].lastmod, "2024-01-16T08:00:00-01:00");
    assert_int_equal(s.entries[3].lastmod_epoch, 1705395600);
    assert_null(s.entries[4].lastmod);
    assert_int_equal(s.entries[4].lastmod_epoch, -1);
    pa_sitemap_free(&s);
}

static void non_http_skipped(void **state)
{
    (void)state;
    const char *xml = "<urlset xmlns='" SM_NS "'>"
                      "<url><loc>ftp://f.example/file</loc></url>"
                      "<url><loc>/relative/path.html</loc></url>"
                      "<url><loc>mailto:press@example.com</loc></url>"
                      "<url><loc>javascript:alert(1)</loc></url>"
                      "<url><loc>   </loc></url>"
                      "<url><lastmod>2024-01-01</lastmod></url>"
                      "<url><loc>HTTPS://Upper.Example/Kept</loc></url>"
                      "<url><loc>httpx://no.example/</loc></url>"
                      "<url><loc>Http://mixed.example/</loc></url>"
                      "</urlset>";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 2);
    assert_int_equal(s.skipped, 7);
    assert_string_equal(s.entries[0].loc, "HTTPS://Upper.Example/Kept"); /* nothing resolved or normalised */
    assert_string_equal(s.entries[1].loc, "Http://mixed.example/");
    pa_sitemap_free(&s);
}

static void max_entries_truncation(void **state)
{
    (void)state;
    char xml[4096];
    size_t o = (size_t)snprintf(xml, sizeof xml, "<urlset xmlns='" SM_NS "'>");
    for (int i = 0; i < 40; i++)
        o += (size_t)snprintf(xml + o, sizeof xml - o, "<url><loc>https://t.example/%d</loc></url>", i);
    snprintf(xml + o, sizeof xml - o, "</urlset>");
    pa_sitemap s;
    pa_err err;
    pa_sitemap_limits lim = {.max_entries = 17};
    assert_int_equal(parse(xml, &lim, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 17);
    assert_int_equal(s.truncated, 1);
    assert_string_equal(s.entries[16].loc, "https://t.example/16");
    pa_sitemap_free(&s);
    /* exactly at the limit: not truncated */
    lim.max_entries = 40;
    assert_int_equal(parse(xml, &lim, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 40);
    assert_int_equal(s.truncated, 0);
    assert_string_equal(s.entries[39].loc, "https://t.example/39");
    pa_sitemap_free(&s);
    /* defaults */
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 40);
    assert_int_equal(s.truncated, 0);
    pa_sitemap_free(&s);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void entity_bomb(void **state)
{
    (void)state;
    const char *xml =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE urlset [\n"
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
        "<urlset xmlns=\"" SM_NS "\"><url><loc>http://bomb.example/&lol9;</loc><lastmod>&lol9;</lastmod></url>"
        "<url><loc>&lol9;</loc></url></urlset>\n";
    pa_sitemap s;
    pa_err err;
    double t0 = now_s();
    pa_code rc = parse(xml, NULL, &s, &err);
    double dt = now_s() - t0;
    assert_true(dt < 2.0);
    assert_int_equal(rc, PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "entities"));
    assert_int_equal(s.n_entries, 0);
    assert_null(s.entries);
    /* quadratic blowup variant (one big entity referenced many times) */
    char *q = malloc(400000);
    assert_non_null(q);
    size_t o = (size_t)sprintf(q, "<!DOCTYPE urlset [<!ENTITY a \"");
    memset(q + o, 'a', 50000);
    o += 50000;
    o += (size_t)sprintf(q + o, "\">]><urlset><url><loc>http://q.example/");
    for (int i = 0; i < 20000; i++)
        o += (size_t)sprintf(q + o, "&a;");
    sprintf(q + o, "</loc></url></urlset>");
    t0 = now_s();
    rc = parse(q, NULL, &s, &err);
    assert_true(now_s() - t0 < 2.0);
    assert_int_equal(rc, PA_ERR_PARSE);
    free(q);
}

static void external_entity(void **state)
{
    (void)state;
    const char *xml = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE urlset [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                      "<urlset xmlns=\"" SM_NS "\"><url><loc>http://x.example/&xxe;</loc></url></urlset>\n";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "entities"));
    assert_null(strstr(err.msg, "root:"));
    assert_int_equal(s.n_entries, 0);

    /* an external DTD (never loaded) and a parameter entity */
    const char *xml2 = "<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE urlset SYSTEM \"file:///etc/passwd\">\n"
                       "<urlset xmlns=\"" SM_NS "\"><url><loc>http://x.example/&xxe;</loc></url></urlset>\n";
    assert_int_equal(parse(xml2, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 1);
    assert_string_equal(s.entries[0].loc, "http://x.example/");
    pa_sitemap_free(&s);
    const char *xml3 = "<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE urlset [ <!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p; ]>\n"
                       "<urlset xmlns=\"" SM_NS "\"><url><loc>http://x.example/</loc></url></urlset>\n";
    assert_int_equal(parse(xml3, NULL, &s, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "entities"));
    /* an entity reference in an attribute, undeclared, is not expanded either */
    const char *xml4 = "<!DOCTYPE urlset SYSTEM \"file:///etc/passwd\">\n"
                       "<urlset xmlns=\"" SM_NS "\" xmlns:x=\"" XHTML_NS "\"><url><loc>http://x.example/</loc>"
                       "<x:link rel=\"alternate\" hreflang=\"en\" href=\"http://x.example/&xxe;\"/></url></urlset>";
    assert_int_equal(parse(xml4, NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 1);
    assert_int_equal(s.entries[0].n_alts, 1);
    assert_string_equal(s.entries[0].alts[0].href, "http://x.example/");
    pa_sitemap_free(&s);
}

static void not_a_sitemap(void **state)
{
    (void)state;
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse("<html><body><p>hi</p></body></html>", NULL, &s, &err), PA_ERR_PARSE);
    assert_string_equal(err.msg, "not a sitemap: root element <html>");
    assert_int_equal(parse("<rss version='2.0'><channel/></rss>", NULL, &s, &err), PA_ERR_PARSE);
    assert_string_equal(err.msg, "not a sitemap: root element <rss>");
    /* right local name, wrong namespace */
    assert_int_equal(parse("<urlset xmlns='http://example.com/other'><url><loc>http://a/</loc></url></urlset>", NULL,
                           &s, &err),
                     PA_ERR_PARSE);
    assert_string_equal(err.msg, "not a sitemap: root element <urlset> in namespace http://example.com/other");
    assert_int_equal(s.n_entries, 0);
    /* an empty urlset is fine */
    assert_int_equal(parse("<urlset xmlns='" SM_NS "'/>", NULL, &s, &err), PA_OK);
    assert_int_equal(s.n_entries, 0);
    assert_int_equal(s.is_index, 0);
    pa_sitemap_free(&s);
}

static void garbage(void **state)
{
    (void)state;
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse("this is not xml at all", NULL, &s, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "line 1"));
    assert_int_equal(pa_sitemap_parse("", 0, NULL, &s, &err), PA_ERR_PARSE);
    assert_string_equal(err.msg, "empty sitemap");
    assert_int_equal(pa_sitemap_parse(NULL, 0, NULL, &s, NULL), PA_ERR_PARSE);
    unsigned char bin[512];
    for (size_t i = 0; i < sizeof bin; i++)
        bin[i] = (unsigned char)((i * 7919u + 13u) & 0xff);
    bin[0] = 0x00;
    assert_int_equal(pa_sitemap_parse((const char *)bin, sizeof bin, NULL, &s, &err), PA_ERR_PARSE);
    assert_int_equal(s.n_entries, 0);
    /* a lone gzip magic */
    assert_int_equal(pa_sitemap_parse("\x1f\x8b", 2, NULL, &s, &err), PA_ERR_PARSE);
    /* malformed, nothing usable: libxml2's message and line */
    assert_int_equal(parse("<urlset xmlns='" SM_NS "'>\n<url>\n<loc>mailto:x</loc></nope></urlset>", NULL, &s, &err),
                     PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "malformed XML: "));
    assert_non_null(strstr(err.msg, "line 3"));
}

static void truncated_xml(void **state)
{
    (void)state;
    const char *xml = "<?xml version='1.0'?>\n<urlset xmlns='" SM_NS "'>\n"
                      "<url><loc>https://cut.example/1</loc><lastmod>2024-01-01</lastmod></url>\n"
                      "<url><loc>https://cut.example/2</loc></url>\n"
                      "<url><loc>https://cut.exa";
    pa_sitemap s;
    pa_err err;
    assert_int_equal(parse(xml, NULL, &s, &err), PA_OK);
    assert_true(s.n_entries >= 2);
    assert_string_equal(s.entries[0].loc, "https://cut.example/1");
    assert_int_equal(s.entries[0].lastmod_epoch, 1704067200);
    assert_string_equal(s.entries[1].loc, "https://cut.example/2");
    pa_sitemap_free(&s);
    /* cut inside the first entry: nothing usable */
    assert_int_equal(parse("<urlset xmlns='" SM_NS "'><url><lo", NULL, &s, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "malformed XML: "));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(w3c_datetimes),      cmocka_unit_test(urlset_news_hreflang),
        cmocka_unit_test(no_namespace_and_max_alts), cmocka_unit_test(sitemap_index),
        cmocka_unit_test(gzip_sitemap),       cmocka_unit_test(lastmod_missing_invalid),
        cmocka_unit_test(non_http_skipped),   cmocka_unit_test(max_entries_truncation),
        cmocka_unit_test(entity_bomb),        cmocka_unit_test(external_entity),
        cmocka_unit_test(not_a_sitemap),      cmocka_unit_test(garbage),
        cmocka_unit_test(truncated_xml),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
