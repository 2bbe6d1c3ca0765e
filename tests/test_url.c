/* test_url.c — URL normalisation, resolution, host keys, robots paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/url.h"

static void norm_is(const char *in, const char *want)
{
    char *out = NULL;
    pa_err err;
    pa_code rc = pa_url_normalize(in, &out, &err);
    if (rc)
        fprintf(stderr, "%s: %s\n", in, err.msg);
    assert_int_equal(rc, PA_OK);
    assert_string_equal(out, want);
    free(out);
}

static void rejects(const char *in)
{
    char *out = NULL;
    pa_err err;
    pa_err_clear(&err);
    assert_int_equal(pa_url_normalize(in, &out, &err), PA_ERR_INVALID);
    assert_null(out);
    assert_true(strlen(err.msg) > 0);
}

static void normalisation(void **state)
{
    (void)state;
    norm_is("HTTP://Example.COM/a/b", "http://example.com/a/b");
    norm_is("http://example.com:80/x", "http://example.com/x");
    norm_is("https://example.com:443/x", "https://example.com/x");
    norm_is("http://example.com:8080/x", "http://example.com:8080/x");
    norm_is("http://example.com/a#frag", "http://example.com/a");
    norm_is("http://example.com/a/./b/../c", "http://example.com/a/c");
    norm_is("http://example.com", "http://example.com/");
    norm_is("  http://example.com/q?x=1&y=2 \r\n", "http://example.com/q?x=1&y=2");
    norm_is("http://user:pw@example.com/", "http://example.com/");
}

static void rejections(void **state)
{
    (void)state;
    rejects("ftp://example.com/file");
    rejects("mailto:someone@example.com");
    rejects("javascript:alert(1)");
    rejects("/relative/path");
    rejects("example.com/no-scheme");
    rejects("http://");
    rejects("http://:80/x");
    rejects("http://exa mple.com/");
    rejects("http://example.com/a b");
    rejects("http://example.com/\x01");
    rejects("");
    char *big = malloc(PA_URL_MAX + 100);
    strcpy(big, "http://example.com/");
    memset(big + 19, 'a', PA_URL_MAX);
    big[PA_URL_MAX + 19] = '\0';
    rejects(big);
    free(big);
}

static void resolution_and_parts(void **state)
{
    (void)state;
    char *out = NULL;
    pa_err err;
    assert_int_equal(pa_url_resolve("http://a.test/news/x.html", "../ar/y.html", &out, &err), PA_OK);
    assert_string_equal(out, "http://a.test/ar/y.html");
    free(out);
    assert_int_equal(pa_url_resolve("http://a.test/news/x.html", "//B.test/z#f", &out, &err), PA_OK);
    assert_string_equal(out, "http://b.test/z");
    free(out);
    assert_int_equal(pa_url_resolve("http://a.test/", "mailto:x@y", &out, &err), PA_ERR_INVALID);
    char *k = pa_url_host_key("http://a.test/x");
    assert_string_equal(k, "http://a.test:80");
    free(k);
    k = pa_url_host_key("https://A.test/x");
    assert_string_equal(k, "https://a.test:443");
    free(k);
    k = pa_url_host_key("http://a.test:8080/");
    assert_string_equal(k, "http://a.test:8080");
    free(k);
    assert_null(pa_url_host_key("ftp://a.test/"));
    char *p = pa_url_path_query("http://a.test/p/q?x=1");
    assert_string_equal(p, "/p/q?x=1");
    free(p);
    p = pa_url_path_query("http://a.test");
    assert_string_equal(p, "/");
    free(p);
    assert_true(pa_url_is_http("https://a.test/"));
    assert_false(pa_url_is_http("file:///etc/passwd"));
}

static void surt_is(const char *url, const char *want)
{
    char *got = pa_url_surt(url);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void site_is(const char *url, const char *want)
{
    char *got = pa_url_site(url);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

/* SURT keys as CDX indexes (pywb) write them, and registrable domains. */
static void surt_and_site(void **state)
{
    (void)state;
    surt_is("https://www.Example.com/A/b.html?z=1&a=2", "com,example)/a/b.html?a=2&z=1");
    surt_is("http://example.com", "com,example)/");
    surt_is("http://www2.news.example.co.uk:8080/x", "uk,co,example,news:8080)/x");
    surt_is("http://ar.site.com:80/news/x?", "com,site,ar)/news/x");
    surt_is("http://127.0.0.1:8080/p", "127.0.0.1:8080)/p");
    surt_is("http://www/x", "www)/x"); /* a bare "www" host is not a prefix */
    assert_null(pa_url_surt("ftp://example.com/x"));
    assert_null(pa_url_surt("not a url"));
    site_is("https://kn.news.example.co.uk/a", "example.co.uk");
    site_is("http://ar.aluminium-news.com/x", "aluminium-news.com");
    site_is("http://127.0.0.1:9/x", "127.0.0.1");
    assert_null(pa_url_site("::"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(normalisation),
        cmocka_unit_test(rejections),
        cmocka_unit_test(resolution_and_parts),
        cmocka_unit_test(surt_and_site),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
