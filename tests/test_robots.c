/* test_robots.c — robots.txt per RFC 9309: groups, longest match, `*` and
 * `$`, percent-encoding, Crawl-delay, Sitemap, hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressarc/robots.h"

#define UA "pressarc/0.1 (+https://example.org/bot)"

static pa_robots *parse(const char *txt)
{
    pa_robots *r = pa_robots_parse(txt, strlen(txt), UA);
    assert_non_null(r);
    return r;
}

/* RFC 9309 section 2.2.2 and 5.2 examples. */
static void rfc_examples(void **state)
{
    (void)state;
    pa_robots *r = parse("User-agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\n"
                         "User-agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n");
    assert_false(pa_robots_allowed(r, "/example/page.html"));
    assert_false(pa_robots_allowed(r, "/pics/x.gif"));
    assert_true(pa_robots_allowed(r, "/pics/x.gif?size=1")); /* $ anchors the end */
    assert_true(pa_robots_allowed(r, "/publications/"));
    assert_true(pa_robots_allowed(r, "/"));
    pa_robots_free(r);
    /* the same file seen by foobot */
    r = pa_robots_parse("User-agent: *\nDisallow: /example/\n\nUser-agent: foobot\nDisallow:/\n"
                        "Allow:/example/page.html\n",
                        80, "FooBot/2.1");
    assert_non_null(r);
    assert_true(pa_robots_allowed(r, "/example/page.html"));
    assert_false(pa_robots_allowed(r, "/other"));
    pa_robots_free(r);
    /* longest match; Allow wins a tie */
    r = parse("User-agent: *\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n"
              "Allow: /tie\nDisallow: /tie\n");
    assert_true(pa_robots_allowed(r, "/example/page/ok.html"));
    assert_false(pa_robots_allowed(r, "/example/page/disallowed.gif"));
    assert_true(pa_robots_allowed(r, "/tie/x"));
    pa_robots_free(r);
}

static void wildcards(void **state)
{
    (void)state;
    pa_robots *r = parse("User-agent: *\nDisallow: /*.php$\nDisallow: /private*/secret\nAllow: /$\nDisallow: /\n"
                         "Allow: /news/\nAllow: /*?lang=*&page=\n");
    assert_true(pa_robots_allowed(r, "/"));
    assert_false(pa_robots_allowed(r, "/index.html"));
    assert_true(pa_robots_allowed(r, "/news/a.html"));
    assert_false(pa_robots_allowed(r, "/news/a.php"));
    assert_true(pa_robots_allowed(r, "/news/a.php?x=1"));
    assert_false(pa_robots_allowed(r, "/private-area/x/secret"));
    assert_true(pa_robots_allowed(r, "/list?lang=ar&page=2"));
    pa_robots_free(r);
}

static void groups(void **state)
{
    (void)state;
    /* consecutive user-agent lines share a group; our groups merge */
    pa_robots *r = parse("User-agent: otherbot\nUser-agent: PressArc\nDisallow: /a\n\n"
                         "User-agent: *\nDisallow: /b\n\nUser-agent: pressarc\nDisallow: /c\n");
    assert_false(pa_robots_allowed(r, "/a"));
    assert_true(pa_robots_allowed(r, "/b")); /* the * group does not apply to us */
    assert_false(pa_robots_allowed(r, "/c"));
    pa_robots_free(r);
    /* rules before any user-agent line are ignored; comments; CRLF; BOM */
    r = parse("\xEF\xBB\xBF" "Disallow: /x\r\nUser-agent: * # everyone\r\nDisallow: /y # no\r\n");
    assert_true(pa_robots_allowed(r, "/x"));
    assert_false(pa_robots_allowed(r, "/y"));
    pa_robots_free(r);
    /* CR-only line ends; empty Disallow allows everything */
    r = parse("User-agent: *\rDisallow:\r");
    assert_true(pa_robots_allowed(r, "/anything"));
    pa_robots_free(r);
}

static void encoding(void **state)
{
    (void)state;
    pa_robots *r = parse("User-agent: *\nDisallow: /a%2fb\nDisallow: /%7Euser/\nDisallow: /caf%C3%A9\n"
                         "Disallow: /日本\n");
    assert_false(pa_robots_allowed(r, "/a%2Fb"));
    assert_false(pa_robots_allowed(r, "/~user/page"));
    assert_false(pa_robots_allowed(r, "/%7euser/page"));
    assert_false(pa_robots_allowed(r, "/caf%c3%a9"));
    assert_false(pa_robots_allowed(r, "/%E6%97%A5%E6%9C%AC/x"));
    assert_true(pa_robots_allowed(r, "/robots.txt"));
    pa_robots_free(r);
}

static void delay_sitemaps_policies(void **state)
{
    (void)state;
    pa_robots *r = parse("Sitemap: https://a.test/s1.xml\nUser-agent: *\nCrawl-delay: 2.5\n"
                         "User-agent: pressarc\nCrawl-delay: junk\nDisallow: /z\nSitemap: https://a.test/s2.xml\n");
    assert_true(pa_robots_crawl_delay(r) < 0); /* our group has only junk */
    assert_int_equal(pa_robots_sitemap_count(r), 2);
    assert_string_equal(pa_robots_sitemap(r, 0), "https://a.test/s1.xml");
    assert_string_equal(pa_robots_sitemap(r, 1), "https://a.test/s2.xml");
    assert_null(pa_robots_sitemap(r, 2));
    pa_robots_free(r);
    r = parse("User-agent: *\nCrawl-delay: 2.5\n");
    assert_true(pa_robots_crawl_delay(r) > 2.49 && pa_robots_crawl_delay(r) < 2.51);
    pa_robots_free(r);
    r = pa_robots_allow_all();
    assert_true(pa_robots_allowed(r, "/x"));
    pa_robots_free(r);
    r = pa_robots_disallow_all();
    assert_false(pa_robots_allowed(r, "/x"));
    assert_true(pa_robots_allowed(r, "/robots.txt"));
    pa_robots_free(r);
}

static void hostile_input(void **state)
{
    (void)state;
    size_t n = 2 << 20;
    char *junk = malloc(n);
    srand(7);
    for (size_t i = 0; i < n; i++)
        junk[i] = (char)(rand() & 0xff);
    pa_robots *r = pa_robots_parse(junk, n, UA);
    assert_non_null(r);
    pa_robots_allowed(r, "/a/b");
    pa_robots_free(r);
    /* many wildcard rules against a long path: bounded time */
    size_t k = 0;
    k += (size_t)sprintf(junk + k, "User-agent: *\n");
    while (k < 400000)
        k += (size_t)sprintf(junk + k, "Disallow: /*a*a*a*a*a*a*a*a*b\n");
    r = pa_robots_parse(junk, k, UA);
    char path[4096];
    memset(path, 'a', sizeof path - 1);
    path[0] = '/';
    path[sizeof path - 1] = '\0';
    clock_t t0 = clock();
    assert_true(pa_robots_allowed(r, path));
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 5.0);
    pa_robots_free(r);
    free(junk);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rfc_examples), cmocka_unit_test(wildcards),
        cmocka_unit_test(groups),       cmocka_unit_test(encoding),
        cmocka_unit_test(delay_sitemaps_policies), cmocka_unit_test(hostile_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
