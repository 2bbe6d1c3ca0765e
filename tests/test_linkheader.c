/* test_linkheader.c — HTTP Link header fields: hreflang alternates and
 * canonical, quoting, several values per field, repeated fields, folding,
 * 1xx heads, hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/linkheader.h"

static const char *BASE = "https://www.site.com/en/news/x.html";

static pa_link_header parse(const char *head)
{
    pa_link_header lh;
    pa_err e;
    assert_int_equal(pa_link_header_parse(head, strlen(head), BASE, &lh, &e), PA_OK);
    return lh;
}

static void alternates_and_canonical(void **state)
{
    (void)state;
    pa_link_header lh = parse("HTTP/1.1 200 OK\r\n"
                              "Content-Type: text/html\r\n"
                              "Link: <https://ar.site.com/news/x.html>; rel=\"alternate\"; hreflang=\"ar\", "
                              "</id/news/x.html>; rel=alternate; hreflang=ID,\r\n"
                              "link : <https://www.site.com/en/news/x.html>; rel=\"canonical\"\r\n"
                              "LINK: <https://ar.site.com/news/x.html>; rel=alternate; hreflang=ar\r\n"
                              "\r\n"
                              "Link: <https://body.example/ignored>; rel=alternate; hreflang=fr\r\n");
    assert_int_equal(lh.n_alternates, 2); /* the repeat is de-duplicated, the body ignored */
    assert_string_equal(lh.alternates[0].hreflang, "ar");
    assert_string_equal(lh.alternates[0].href, "https://ar.site.com/news/x.html");
    assert_string_equal(lh.alternates[1].hreflang, "id");
    assert_string_equal(lh.alternates[1].href, "https://www.site.com/id/news/x.html");
    assert_non_null(lh.canonical);
    assert_string_equal(lh.canonical, "https://www.site.com/en/news/x.html");
    pa_link_header_free(&lh);
}

static void quoting_and_parameters(void **state)
{
    (void)state;
    /* commas and semicolons inside quotes and inside <...> do not split;
     * parameter names are case-insensitive; the first rel counts; rel may
     * list several types; other relations and missing hreflang are skipped */
    pa_link_header lh = parse("HTTP/2 200\n"
                              "link: <https://x.site.com/a,b;c>; title=\"a, b; c\"; REL=\"prev alternate\"; "
                              "HrefLang=\"pt-BR\"; rel=stylesheet\n"
                              "link: <https://x.site.com/style.css>; rel=stylesheet; hreflang=en\n"
                              "link: <https://x.site.com/nolang>; rel=alternate\n"
                              "link: <https://x.site.com/feed>; rel=alternate; type=\"application/rss+xml\"\n");
    assert_int_equal(lh.n_alternates, 1);
    assert_string_equal(lh.alternates[0].hreflang, "pt-br");
    assert_string_equal(lh.alternates[0].href, "https://x.site.com/a,b;c");
    assert_null(lh.canonical);
    pa_link_header_free(&lh);
}

static void schemes_folding_and_heads(void **state)
{
    (void)state;
    /* only http(s) targets; an obsolete folded continuation line still
     * belongs to the Link field; only the last response head counts */
    pa_link_header lh = parse("HTTP/1.1 103 Early Hints\r\n"
                              "Link: <https://early.site.com/x>; rel=alternate; hreflang=de\r\n"
                              "\r\n"
                              "HTTP/1.1 200 OK\r\n"
                              "Link: <javascript:alert(1)>; rel=alternate; hreflang=xx,\r\n"
                              "\t<ftp://files.site.com/x>; rel=alternate; hreflang=yy,\r\n"
                              " <//cdn.site.com/kn/x>; rel=alternate; hreflang=kn\r\n"
                              "X-Other: <https://no.site.com/>; rel=alternate; hreflang=no\r\n"
                              "\r\n");
    assert_int_equal(lh.n_alternates, 1);
    assert_string_equal(lh.alternates[0].hreflang, "kn");
    assert_string_equal(lh.alternates[0].href, "https://cdn.site.com/kn/x");
    pa_link_header_free(&lh);
}

static void hostile_input(void **state)
{
    (void)state;
    /* unterminated targets and quotes, empty values, NUL-free garbage, and
     * more alternates than the cap */
    pa_link_header lh = parse("HTTP/1.1 200 OK\r\n"
                              "Link: <https://a.site.com/x; rel=alternate; hreflang=ar\r\n"
                              "Link: <https://b.site.com/x>; rel=\"alternate; hreflang=ar\r\n"
                              "Link: <>; rel=alternate; hreflang=ar\r\n"
                              "Link: ;;;,,,<<<>>>;=;=\"\r\n"
                              "Link:\r\n");
    assert_int_equal(lh.n_alternates, 0);
    pa_link_header_free(&lh);

    size_t cap = 200 * 80 + 64;
    char *big = malloc(cap);
    assert_non_null(big);
    size_t n = (size_t)snprintf(big, cap, "HTTP/1.1 200 OK\r\nLink: ");
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(big + n, cap - n, "<https://s.com/%d>; rel=alternate; hreflang=l%d, ", i, i);
    pa_link_header lb;
    pa_err e;
    assert_int_equal(pa_link_header_parse(big, n, BASE, &lb, &e), PA_OK);
    assert_int_equal(lb.n_alternates, PA_LINKHEADER_MAX_ALTERNATES);
    pa_link_header_free(&lb);
    free(big);

    pa_link_header le;
    assert_int_equal(pa_link_header_parse("", 0, BASE, &le, &e), PA_OK);
    assert_int_equal(le.n_alternates, 0);
    pa_link_header_free(&le);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alternates_and_canonical),
        cmocka_unit_test(quoting_and_parameters),
        cmocka_unit_test(schemes_folding_and_heads),
        cmocka_unit_test(hostile_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
