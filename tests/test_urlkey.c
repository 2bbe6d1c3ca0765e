/* test_urlkey.c — language-sibling URL keys and relations (parsers/urlkey.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/urlkey.h"

static const char *rel_name(pa_urlrel r)
{
    return r == PA_URLREL_SAME ? "SAME" : r == PA_URLREL_SLUG ? "SLUG" : r == PA_URLREL_ID ? "ID" : "NONE";
}

static void rel_is(const char *a, const char *b, pa_urlrel want)
{
    pa_urlrel r = pa_urlkey_relation(a, b), back = pa_urlkey_relation(b, a);
    if (r != want || back != want)
        fprintf(stderr, "%s ~ %s: %s / %s, want %s\n", a, b, rel_name(r), rel_name(back), rel_name(want));
    assert_int_equal(r, want);
    assert_int_equal(back, want);
}

static int has_key(const pa_urlkeys *k, const char *key)
{
    for (size_t i = 0; i < k->n; i++)
        if (strcmp(k->keys[i], key) == 0)
            return 1;
    return 0;
}

static void keys_are(const char *url, const char *lang, const char *base_key)
{
    pa_urlkeys k;
    assert_int_equal(pa_urlkey_compute(url, &k), 0);
    if (strcmp(k.lang, lang) != 0 || !has_key(&k, base_key)) {
        fprintf(stderr, "%s: lang '%s' (want '%s'), keys:\n", url, k.lang, lang);
        for (size_t i = 0; i < k.n; i++)
            fprintf(stderr, "  %s\n", k.keys[i]);
    }
    assert_string_equal(k.lang, lang);
    assert_true(has_key(&k, base_key));
}

static void language_markers(void **state)
{
    (void)state;
    keys_are("https://kn.site.com/news/x", "kn", "e:site.com/news/x");
    keys_are("https://ar.site.com/news/x", "ar", "e:site.com/news/x");
    keys_are("https://www.site.com/news/x/", "", "e:site.com/news/x");
    keys_are("https://www2.site.com/news/x", "", "e:site.com/news/x");
    keys_are("http://site.com/news/x", "", "e:site.com/news/x");
    keys_are("http://site.com/ar/news/x.html", "ar", "e:site.com/news/x");
    keys_are("http://site.com/arabic/news/x", "arabic", "e:site.com/news/x");
    keys_are("http://site.com/en-us/news/x", "en-us", "e:site.com/news/x");
    keys_are("http://site.com/EN_US/News/X", "en-us", "e:site.com/news/x");
    keys_are("http://site.com/zh-hans/news/x", "zh-hans", "e:site.com/news/x");
    keys_are("http://site.com/es-419/news/x", "es-419", "e:site.com/news/x");
    keys_are("http://site.com/news/ar/x", "ar", "e:site.com/news/x");
    keys_are("http://site.com/news/x?lang=ar", "ar", "e:site.com/news/x");
    keys_are("http://site.com/news/x?hl=ar", "ar", "e:site.com/news/x");
    keys_are("http://site.com/news.php?id=77&lang=id", "id", "e:site.com/news?id=77");
    keys_are("http://site.com/news.php?lang=kn&id=77", "kn", "e:site.com/news?id=77");
    keys_are("http://site.com/news.php?b=2&a=1", "", "e:site.com/news?a=1&b=2");
    keys_are("http://site.com/news/x?utm_source=feed&fbclid=abc", "", "e:site.com/news/x");
    keys_are("http://site.com/news/x.ar.html", "ar", "e:site.com/news/x");
    keys_are("http://site.com/ar/news/index.html", "ar", "e:site.com/news");
    keys_are("http://site.com/ar/", "ar", "e:site.com/");
    keys_are("http://site.com/", "", "e:site.com/");
    keys_are("http://user:pw@Site.COM:8080/news/x#top", "", "e:site.com/news/x");
    keys_are("http://site.com.:8080/news/x", "", "e:site.com/news/x");
    keys_are("https://ar.site.co.uk/news/x", "ar", "e:site.co.uk/news/x");
    keys_are("http://127.0.0.1:8080/ar/news/x", "ar", "e:127.0.0.1/news/x");
    keys_are("http://[::1]:8080/ar/news/x", "ar", "e:[::1]/news/x");
    /* not languages: kept */
    keys_are("https://news.site.com/x", "", "e:news.site.com/x");
    keys_are("https://ar.com/news/x", "", "e:ar.com/news/x");                /* a domain, not a subdomain */
    keys_are("http://site.com/news/x?lang=klingon", "", "e:site.com/news/x?lang=klingon");
    keys_are("http://site.com/news/products/ar/x", "", "e:site.com/news/products/ar/x"); /* third segment */
    keys_are("http://site.com/news/ar", "", "e:site.com/news/ar");           /* last segment, not first */
}

static void is_lang(void **state)
{
    (void)state;
    const char *yes[] = {"ar", "AR", "en", "id", "kn", "bn", "zh", "jp", "cn", "kr", "en-us", "pt_BR", "zh-hans",
                         "zh-Hant", "es-419", "sr-latn", "fil", "arabic", "Bahasa", "deutsch", "indonesian"};
    const char *no[] = {"a", "xx", "news", "en-", "en-usa", "e1", "en-u1", "ar-12", "blog", "www", "", "en--us",
                        "abc-de", "us", "p", "2025", "aluminium"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        if (!pa_urlkey_is_lang(yes[i], strlen(yes[i])))
            fprintf(stderr, "not a language: %s\n", yes[i]);
        assert_true(pa_urlkey_is_lang(yes[i], strlen(yes[i])));
    }
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        if (pa_urlkey_is_lang(no[i], strlen(no[i])))
            fprintf(stderr, "a language: %s\n", no[i]);
        assert_false(pa_urlkey_is_lang(no[i], strlen(no[i])));
    }
    assert_false(pa_urlkey_is_lang(NULL, 0));
}

static void same_after_marker(void **state)
{
    (void)state;
    rel_is("https://kn.site.com/news/x", "https://ar.site.com/news/x", PA_URLREL_SAME);
    rel_is("https://www.site.com/news/x", "https://kn.site.com/news/x", PA_URLREL_SAME);
    rel_is("https://site.com/news/x", "https://id.site.com/news/x/", PA_URLREL_SAME);
    rel_is("http://site.com/ar/news/x", "https://site.com/news/x/", PA_URLREL_SAME);
    rel_is("http://site.com/ar/news/x", "http://site.com/arabic/news/x", PA_URLREL_SAME);
    rel_is("http://site.com/en-us/news/x", "http://site.com/zh_CN/news/x.html", PA_URLREL_SAME);
    rel_is("http://site.com/news/x?lang=ar", "http://site.com/news/x?lang=en", PA_URLREL_SAME);
    rel_is("http://site.com/news/x?hl=ar", "http://site.com/news/x", PA_URLREL_SAME);
    rel_is("http://site.com/news.php?id=77&lang=ar", "http://site.com/news.php?lang=en&id=77", PA_URLREL_SAME);
    rel_is("http://site.com/news/x.ar.html", "http://site.com/news/x.en.html", PA_URLREL_SAME);
    rel_is("http://site.com/ar/", "http://site.com/", PA_URLREL_SAME);
    rel_is("http://site.com:8080/ar/news/x", "http://site.com:9090/id/news/x", PA_URLREL_SAME);
    /* percent-encoded slugs, any hex case */
    rel_is("http://site.com/ar/news/%D8%A7%D9%84%D8%A3", "http://site.com/id/news/%d8%a7%d9%84%d8%a3", PA_URLREL_SAME);
}

static void different_pages(void **state)
{
    (void)state;
    rel_is("https://kn.site.com/news/x", "https://ar.other.com/news/x", PA_URLREL_NONE);
    rel_is("https://site.com/news/x", "https://site.com/news/y", PA_URLREL_NONE);
    rel_is("https://news.site.com/x", "https://blog.site.com/x", PA_URLREL_NONE);
    rel_is("http://site.com/news.php?id=77&lang=ar", "http://site.com/news.php?id=78&lang=en", PA_URLREL_NONE);
    rel_is("http://site.com/news/x?lang=ar", "http://site.com/news/x?page=2", PA_URLREL_NONE);
    rel_is("http://site.com/news/guangyuan", "http://site.com/news/guangyuan-builds", PA_URLREL_NONE); /* 9 < 12 */
    rel_is("http://site.com/news/guangyuan-builds-a", "http://site.com/news/guangyuan-builds-b", PA_URLREL_NONE);
    rel_is("http://site.com/a/news/guangyuan-builds-green", "http://site.com/b/news/guangyuan-builds-green-al",
           PA_URLREL_NONE); /* a cut slug and a changed category at once */
    rel_is("http://site.com/en/business/x", "http://site.com/ar/economy/x", PA_URLREL_NONE); /* "x" too short */
    rel_is("http://site.com/en/a/b/aluminium-prices-rise", "http://site.com/ar/c/d/aluminium-prices-rise",
           PA_URLREL_NONE); /* two changed segments */
    rel_is("http://site.com/en/news/aluminium-prices-rise", "http://site.com/ar/aluminium-prices-rise",
           PA_URLREL_NONE); /* different depth */
    rel_is("http://site.com/2025/news-a", "http://site.com/2025/news-b", PA_URLREL_NONE);
    rel_is("http://site.com/news/20251114-a", "http://site.com/news/20251114-b", PA_URLREL_NONE);
    rel_is("http://site.com/news/202511-a", "http://site.com/en/news/202511-b", PA_URLREL_NONE);
    rel_is("http://site.com/news/123-a", "http://site.com/ar/news/123-b", PA_URLREL_NONE);   /* 3 digits */
    rel_is("http://site.com/news/output-5000-tonnes", "http://site.com/news/price-5000-yuan", PA_URLREL_NONE);
    rel_is("http://site.com/news/123456", "http://other.com/news/123456", PA_URLREL_NONE);
    rel_is("http://site.com/news/x", "ftp://site.com/news/x", PA_URLREL_NONE);
    rel_is("http://site.com/news/x", NULL, PA_URLREL_NONE);
}

static void slugs_and_categories(void **state)
{
    (void)state;
    rel_is("https://site.com/en/news/guangyuan-builds-green-aluminium-capital",
           "https://site.com/ar/news/guangyuan-builds-green", PA_URLREL_SLUG);
    rel_is("https://site.com/en/news/guangyuan-builds-green-aluminium-capital/",
           "https://id.site.com/news/guangyuan-builds-green-aluminium.html", PA_URLREL_SLUG);
    rel_is("http://site.com/news/guangyuan-bui", "http://site.com/news/guangyuan-builds", PA_URLREL_SLUG); /* 12 */
    rel_is("http://site.com/en/business/aluminium-prices-rise-2025",
           "http://site.com/ar/economy/aluminium-prices-rise-2025", PA_URLREL_SLUG);
    rel_is("http://site.com/en/news/aluminium-prices-rise", "http://ar.site.com/akhbar/aluminium-prices-rise/",
           PA_URLREL_SLUG);
    rel_is("http://site.com/en/business/4711", "http://site.com/ar/economy/4711", PA_URLREL_SLUG);
    /* one id, translated slugs, same directory */
    rel_is("http://site.com/en/news/4711-aluminium-prices", "http://site.com/id/news/4711-harga-aluminium",
           PA_URLREL_SLUG);
    rel_is("http://site.com/en/news/prices-4711.html", "http://ar.site.com/news/%D8%A7-4711.html", PA_URLREL_SLUG);
    rel_is("http://site.com/en/news/4711-aluminium-prices", "http://site.com/id/berita/4711-harga-aluminium",
           PA_URLREL_ID); /* and another directory: only the id */
}

static void article_ids(void **state)
{
    (void)state;
    rel_is("https://site.com/en/news/123456-guangyuan-builds", "https://ar.site.com/akhbar/123456-%D9%82",
           PA_URLREL_ID);
    rel_is("https://site.com/en/news/guangyuan-builds-123456.html", "https://www.site.com/id/berita/berita_123456",
           PA_URLREL_ID);
    rel_is("https://site.com/news/123456/guangyuan-builds", "https://kn.site.com/news/123456/ಗುವಾಂಗ್ಯುವಾನ್",
           PA_URLREL_ID);
    rel_is("https://site.com/news/2025-11/t20251114_998877.html", "https://site.com/ar/2025-11/t20251115_998877.html",
           PA_URLREL_ID);
    rel_is("https://news.site.com/p/4711", "https://site.com/en/article/4711-x", PA_URLREL_ID);
    rel_is("https://site.com/news/a-4711-b", "https://site.com/news/c-4711-d", PA_URLREL_NONE); /* mid-slug */
}

/* Every related pair shares a key; relations are symmetric. */
static void keys_cover_relations(void **state)
{
    (void)state;
    const char *urls[] = {
        "https://kn.site.com/news/x",
        "https://ar.site.com/news/x",
        "https://www.site.com/news/x/",
        "http://site.com/ar/news/x.html",
        "http://site.com/news/x?lang=id",
        "https://site.com/en/news/guangyuan-builds-green-aluminium-capital",
        "https://site.com/ar/news/guangyuan-builds-green",
        "https://id.site.com/news/guangyuan-builds-green-aluminium.html",
        "https://site.com/news/guangyuan-builds-blue",
        "http://site.com/en/business/aluminium-prices-rise-2025",
        "http://site.com/ar/economy/aluminium-prices-rise-2025",
        "http://site.com/economy/aluminium-prices-rise-2025?page=2",
        "http://site.com/en/business/4711",
        "http://site.com/ar/economy/4711",
        "https://site.com/en/news/123456-guangyuan-builds",
        "https://ar.site.com/akhbar/123456-%D9%82",
        "https://site.com/news/2025-11/t20251114_998877.html",
        "https://site.com/ar/2025-11/t20251115_998877.html",
        "https://news.site.com/p/4711",
        "http://site.com/en/news/4711-aluminium-prices",
        "http://site.com/id/news/4711-harga-aluminium",
        "http://site.com/id/berita/4711-harga-aluminium",
        "https://site.com/",
        "https://ar.site.com/",
        "https://other.com/news/x",
        "http://site.com/news.php?id=77&lang=ar",
        "http://site.com/news.php?lang=en&id=77",
        "http://site.com/news.php?id=78",
    };
    size_t n = sizeof urls / sizeof *urls, related = 0;
    pa_urlkeys *k = calloc(n, sizeof *k);
    assert_non_null(k);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(pa_urlkey_compute(urls[i], &k[i]), 0);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            pa_urlrel r = pa_urlkey_relation(urls[i], urls[j]);
            assert_int_equal(r, pa_urlkey_relation(urls[j], urls[i]));
            if (r == PA_URLREL_NONE)
                continue;
            related++;
            int shared = 0;
            for (size_t a = 0; a < k[i].n; a++)
                shared |= has_key(&k[j], k[i].keys[a]);
            if (!shared)
                fprintf(stderr, "%s ~ %s share no key\n", urls[i], urls[j]);
            assert_true(shared);
        }
    assert_true(related >= 20);
    free(k);
}

static void apart(void **state)
{
    (void)state;
    /* the site marks languages and the two are not siblings */
    assert_int_equal(pa_urlkey_apart("https://site.com/en/news/a-release", "https://site.com/ar/news/b-release"), 1);
    assert_int_equal(pa_urlkey_apart("https://www.site.com/news/a", "https://ar.site.com/news/b"), 1);
    assert_int_equal(pa_urlkey_apart("https://site.com/news.php?id=1&lang=en", "https://site.com/news.php?id=2&lang=ar"),
                     1);
    /* siblings, no marker, other sites, garbage */
    assert_int_equal(pa_urlkey_apart("https://site.com/en/news/a", "https://site.com/ar/news/a"), 0);
    assert_int_equal(pa_urlkey_apart("https://site.com/en/news/4711-a", "https://site.com/ar/news/4711-b"), 0);
    assert_int_equal(pa_urlkey_apart("https://site.com/p/1.html", "https://site.com/p/2.html"), 0);
    assert_int_equal(pa_urlkey_apart("https://site.com/en/news/a", "https://other.com/ar/news/b"), 0);
    assert_int_equal(pa_urlkey_apart("https://site.com/en/news/a", NULL), 0);
    assert_int_equal(pa_urlkey_apart("ftp://site.com/en/a", "ftp://site.com/ar/b"), 0);
}

static void bad_and_long_input(void **state)
{
    (void)state;
    pa_urlkeys k;
    assert_int_equal(pa_urlkey_compute(NULL, &k), -1);
    assert_int_equal(k.n, 0);
    assert_int_equal(pa_urlkey_compute("ftp://site.com/x", &k), -1);
    assert_int_equal(pa_urlkey_compute("http://", &k), -1);
    assert_int_equal(pa_urlkey_compute("http:///x", &k), -1);
    assert_int_equal(pa_urlkey_compute("http://[::1/x", &k), -1);
    assert_int_equal(pa_urlkey_compute("site.com/x", &k), -1);
    /* a long path: keys are hashed, still equal for siblings */
    char a[1200], b[1200];
    char seg[1000];
    memset(seg, 'q', sizeof seg - 1);
    seg[sizeof seg - 1] = '\0';
    snprintf(a, sizeof a, "http://site.com/ar/%s", seg);
    snprintf(b, sizeof b, "http://site.com/en/%s", seg);
    pa_urlkeys ka, kb;
    assert_int_equal(pa_urlkey_compute(a, &ka), 0);
    assert_int_equal(pa_urlkey_compute(b, &kb), 0);
    assert_string_equal(ka.keys[0], kb.keys[0]);
    assert_true(strncmp(ka.keys[0], "e:#", 3) == 0 && strlen(ka.keys[0]) == 67);
    for (size_t i = 0; i < ka.n; i++)
        assert_true(strlen(ka.keys[i]) < PA_URLKEY_LEN);
    rel_is(a, b, PA_URLREL_SAME);
    /* too long, too deep */
    size_t big = 9000;
    char *huge = malloc(big + 32);
    assert_non_null(huge);
    snprintf(huge, big + 32, "http://site.com/");
    memset(huge + 16, 'x', big);
    huge[16 + big] = '\0';
    assert_int_equal(pa_urlkey_compute(huge, &k), -1);
    assert_int_equal(pa_urlkey_relation(huge, huge), PA_URLREL_NONE);
    char *p = huge;
    p += sprintf(p, "http://site.com");
    for (int i = 0; i < 100; i++)
        p += sprintf(p, "/s");
    assert_int_equal(pa_urlkey_compute(huge, &k), -1);
    free(huge);
    /* many parameters, odd bytes: no crash, bounded */
    char q[4000];
    p = q + sprintf(q, "http://site.com/x?");
    for (int i = 0; i < 100; i++)
        p += sprintf(p, "p%d=%d&", i, i);
    assert_int_equal(pa_urlkey_compute(q, &k), -1);
    assert_int_equal(pa_urlkey_compute("http://site.com/\xff\xfe/%%%/;;?&&=&=x&lang=", &k), 0);
    assert_int_equal(pa_urlkey_compute("http://site.com?lang=ar", &k), 0);
    assert_string_equal(k.lang, "ar");
    assert_string_equal(k.keys[0], "e:site.com/");
}

/* The site of a URL: its registrable domain, else its host. */
static void site(void **state)
{
    (void)state;
    char out[256];
    assert_int_equal(pa_urlkey_site("https://kn.Site.co.uk:8443/news/x", out, sizeof out), 0);
    assert_string_equal(out, "site.co.uk");
    assert_int_equal(pa_urlkey_site("http://www.s13.com/p/n1", out, sizeof out), 0);
    assert_string_equal(out, "s13.com");
    assert_int_equal(pa_urlkey_site("http://127.0.0.1:8080/x", out, sizeof out), 0);
    assert_string_equal(out, "127.0.0.1");
    assert_int_equal(pa_urlkey_site("ftp://site.com/x", out, sizeof out), -1);
    assert_string_equal(out, "");
    assert_int_equal(pa_urlkey_site("https://site.com/x", out, 4), -1);
    assert_int_equal(pa_urlkey_site(NULL, out, sizeof out), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(language_markers),   cmocka_unit_test(is_lang),
        cmocka_unit_test(same_after_marker),  cmocka_unit_test(different_pages),
        cmocka_unit_test(slugs_and_categories), cmocka_unit_test(article_ids),
        cmocka_unit_test(keys_cover_relations), cmocka_unit_test(apart),
        cmocka_unit_test(bad_and_long_input), cmocka_unit_test(site),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
