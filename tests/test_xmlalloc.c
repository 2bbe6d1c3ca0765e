/* test_xmlalloc.c — the per-thread block cache under libxml2
 * (parsers/xmlalloc.c): sizes across the class bounds keep their bytes
 * through realloc, blocks mix freely with malloc/free, and pages parse
 * and free alike in several threads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/xmlalloc.h"

/* Fill n bytes of p with a pattern of seed. */
static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 31 + seed);
}

/* Do n bytes of p hold fill's pattern of seed? */
static int holds(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(i * 31 + seed))
            return 0;
    return 1;
}

static void sizes_and_realloc(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 15, 16, 17, 31, 32, 100, 255, 256, 257, 264, 272, 288, 300, 1000, 70000};
    size_t ns = sizeof sizes / sizeof sizes[0];
    for (int round = 0; round < 3; round++) /* later rounds reuse cached blocks */
        for (size_t i = 0; i < ns; i++)
            for (size_t j = 0; j < ns; j++) {
                unsigned char *p = xmlMalloc(sizes[i]);
                assert_non_null(p);
                fill(p, sizes[i], (unsigned)i);
                unsigned char *q = xmlRealloc(p, sizes[j]);
                assert_non_null(q);
                size_t kept = sizes[i] < sizes[j] ? sizes[i] : sizes[j];
                assert_true(holds(q, kept, (unsigned)i));
                fill(q, sizes[j], (unsigned)j);
                if ((i + j) % 2)
                    xmlFree(q);
                else
                    free(q); /* every block is a malloc block */
            }
    /* a malloc block freed through libxml2's free */
    char *m = malloc(40);
    assert_non_null(m);
    xmlFree(m);
    char *d = xmlMemStrdup("a string");
    assert_string_equal(d, "a string");
    xmlFree(d);
}

/* Parse and free a page a few times (a thread's body). */
static void *parse_pages(void *arg)
{
    (void)arg;
    static const char page[] = "<html><head><title>T</title></head><body><div class=\"a\"><p>One <b>two</b> "
                               "three.</p><p>Four five six.</p></div></body></html>";
    for (int i = 0; i < 50; i++) {
        htmlDocPtr d = htmlReadMemory(page, (int)sizeof page - 1, NULL, "UTF-8",
                                      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
        if (!d)
            return (void *)1;
        xmlFreeDoc(d);
    }
    return NULL;
}

static void threads_parse(void **state)
{
    (void)state;
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, parse_pages, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *rc = NULL;
        assert_int_equal(pthread_join(t[i], &rc), 0);
        assert_null(rc);
    }
    assert_null(parse_pages(NULL));
}

int main(void)
{
    assert_int_equal(pa_xml_alloc_install(), 0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sizes_and_realloc),
        cmocka_unit_test(threads_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
