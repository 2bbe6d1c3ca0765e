/* test_xml_arena.c — libxml2's allocations inside pa_xml_arena_begin/end
 * (parsers/xml_arena.c): blocks keep their bytes through growth and moves,
 * blocks from before the arena are freed as malloc's, nested calls are
 * counted, after the end malloc serves again, and a parsed document's
 * tree is the same with and without the arena. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/xml_arena.h"

/* Blocks written, grown (in place while last, moved when not), freed and
 * duplicated keep their bytes; a block from before the arena is freed
 * and grown by malloc's functions inside it. */
static void test_arena_blocks(void **state)
{
    (void)state;
    pa_xml_arena_begin(); /* the hooks (on the first call) */
    pa_xml_arena_end();
    char *before = xmlMalloc(32);
    assert_non_null(before);
    memcpy(before, "made before", 12);
    pa_xml_arena_begin();
    char *a = xmlMalloc(5), *b = xmlMalloc(7);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal((uintptr_t)a % 16, 0);
    memcpy(a, "abcd", 5);
    memcpy(b, "efghij", 7);
    b = xmlRealloc(b, 5000); /* the last block: grows in place */
    assert_string_equal(b, "efghij");
    a = xmlRealloc(a, 100); /* not the last: moves */
    assert_string_equal(a, "abcd");
    char *d = xmlMemStrdup("a copy");
    assert_string_equal(d, "a copy");
    xmlFree(d); /* the last block: its bytes are cut again */
    char *e = xmlMalloc(3 << 20); /* larger than the first chunk */
    assert_non_null(e);
    memset(e, 'x', 3 << 20);
    assert_string_equal(b, "efghij");
    before = xmlRealloc(before, 64);
    assert_string_equal(before, "made before");
    xmlFree(before);
    xmlFree(a);
    xmlFree(b);
    xmlFree(e);
    pa_xml_arena_begin(); /* nested: counted */
    pa_xml_arena_end();
    char *f = xmlMalloc(16); /* still in the open arena */
    assert_non_null(f);
    xmlFree(f);
    pa_xml_arena_end();
    char *g = xmlMalloc(16); /* malloc's again */
    assert_non_null(g);
    free(g);
}

/* The text of every node under n, names and attributes included, appended
 * to out (cap bytes). */
static void dump(const xmlNode *n, char *out, size_t cap)
{
    for (; n; n = n->next) {
        size_t at = strlen(out);
        if (n->name && at + strlen((const char *)n->name) + 2 < cap)
            strcat(strcat(out, (const char *)n->name), "|");
        at = strlen(out);
        if (n->content && at + strlen((const char *)n->content) + 2 < cap)
            strcat(strcat(out, (const char *)n->content), "|");
        if (n->type == XML_ELEMENT_NODE)
            for (const xmlAttr *p = n->properties; p; p = p->next) {
                at = strlen(out);
                if (at + strlen((const char *)p->name) + 2 < cap)
                    strcat(strcat(out, (const char *)p->name), "=");
                dump(p->children, out, cap);
            }
        dump(n->children, out, cap);
    }
}

/* A page parsed in the arena gives the same tree as outside it, twice in
 * a row (the second arena reuses the first one's chunk); its document
 * left to the arena's end leaks nothing (under valgrind). */
static void test_arena_same_tree(void **state)
{
    (void)state;
    static const char page[] = "<html><head><title>T</title></head><body><div class=a id=x>one &amp; two"
                               "<p>three<b>four</b></p><!-- c --><script>var s;</script></div></body></html>";
    static char want[4096], got[4096];
    want[0] = '\0';
    htmlDocPtr d = htmlReadMemory(page, (int)strlen(page), NULL, "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    assert_non_null(d);
    dump(d->children, want, sizeof want);
    xmlFreeDoc(d);
    for (int round = 0; round < 2; round++) {
        got[0] = '\0';
        pa_xml_arena_begin();
        d = htmlReadMemory(page, (int)strlen(page), NULL, "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
        assert_non_null(d);
        dump(d->children, got, sizeof got);
        pa_xml_arena_free_doc(d); /* (goes with the arena) */
        pa_xml_arena_end();
        assert_string_equal(got, want);
    }
    assert_true(strstr(want, "one & two") != NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_blocks),
        cmocka_unit_test(test_arena_same_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
