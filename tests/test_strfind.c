/* test_strfind.c — pa_strstr (parsers/strfind.c) gives strstr's answer:
 * every alignment of the haystack, needles at block edges, before and
 * after the NUL, repeated first bytes, one- and two-byte needles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "pressarc/strfind.h"

/* pa_strstr against strstr for haystack hs copied at every offset 0-31
 * of an aligned buffer (bytes after its NUL set to the needle's, to tempt
 * a read past the end). */
static void same_as_strstr(const char *hs, const char *ne)
{
    static _Alignas(16) char buf[4096 + 64];
    size_t hl = strlen(hs);
    assert_true(hl + 64 < sizeof buf);
    for (size_t off = 0; off < 32; off++) {
        memset(buf, ne[0] ? ne[0] : 'x', sizeof buf);
        memcpy(buf + off, hs, hl + 1);
        const char *want = strstr(buf + off, ne), *got = pa_strstr(buf + off, ne);
        assert_ptr_equal(got, want);
        assert_ptr_equal(pa_strstr_len(buf + off, strlen(buf + off), ne), want);
    }
}

static void test_strstr_edges(void **state)
{
    (void)state;
    same_as_strstr("", "a");
    same_as_strstr("", "");
    same_as_strstr("abc", "");
    same_as_strstr("a", "a");
    same_as_strstr("a", "ab");
    same_as_strstr("ab", "ab");
    same_as_strstr("xab", "b");
    same_as_strstr("the quick brown fox", "brown");
    same_as_strstr("the quick brown fox", "brows");
    same_as_strstr("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aab");
    same_as_strstr("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aab");
    same_as_strstr("sign up for our newsletter and get the news", "newsletter");
    same_as_strstr("sign up for our newsletter and get the news", "news");
    same_as_strstr("ends with the phrase", "phrase");
    same_as_strstr("ends with the phras", "phrase");
    same_as_strstr("\xc3\xa9t\xc3\xa9 caf\xc3\xa9", "\xc3\xa9 c");
}

/* Random haystacks over a small alphabet, needles cut from them or
 * random, every alignment. */
static void test_strstr_random(void **state)
{
    (void)state;
    unsigned seed = 12345;
    char hs[300], ne[12];
    for (int round = 0; round < 3000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t hl = (seed >> 8) % 200;
        for (size_t i = 0; i < hl; i++) {
            seed = seed * 1103515245u + 12345u;
            hs[i] = "ab c"[(seed >> 16) % 4];
        }
        hs[hl] = '\0';
        seed = seed * 1103515245u + 12345u;
        size_t nl = 1 + (seed >> 8) % 8;
        if (hl > nl && (seed & 1)) {
            size_t at = (seed >> 4) % (hl - nl);
            memcpy(ne, hs + at, nl);
        } else {
            for (size_t i = 0; i < nl; i++) {
                seed = seed * 1103515245u + 12345u;
                ne[i] = "ab c"[(seed >> 16) % 4];
            }
        }
        ne[nl] = '\0';
        same_as_strstr(hs, ne);
    }
}

/* A needle at every position of haystacks of 1-99 bytes, alone or after
 * an earlier copy cut short (its first bytes only): the first match is
 * found in the whole blocks and in the last block that ends at the NUL
 * and overlaps the blocks before it (its positions tried already not
 * tried again, none left out). */
static void test_strstr_every_position(void **state)
{
    (void)state;
    static const char *const needles[] = {"ab", "abc", "abcdefgh", "aab"};
    char hs[128];
    for (size_t n = 0; n < sizeof needles / sizeof needles[0]; n++) {
        const char *ne = needles[n];
        size_t nl = strlen(ne);
        for (size_t len = 1; len < 100; len++)
            for (size_t at = 0; at + nl <= len; at++)
                for (int decoy = 0; decoy < 2; decoy++) {
                    memset(hs, 'x', len);
                    hs[len] = '\0';
                    memcpy(hs + at, ne, nl);
                    if (decoy && at >= nl)
                        memcpy(hs + at - nl, ne, nl - 1);
                    same_as_strstr(hs, ne);
                }
    }
}

/* A haystack whose NUL is a page's last byte before an unreadable page,
 * or that starts a page after one: the aligned blocks stay in the page
 * (a read across it would fault). */
static void test_strstr_page_edges(void **state)
{
    (void)state;
    long ps = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, (size_t)ps * 3, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(m != MAP_FAILED);
    assert_int_equal(mprotect(m, (size_t)ps, PROT_NONE), 0);
    assert_int_equal(mprotect(m + 2 * ps, (size_t)ps, PROT_NONE), 0);
    char *page = m + ps;
    static const char *const needles[] = {"ab", "b", "xyz", "a", "", "zz", "abcab"};
    for (int len = 0; len < 100; len++)
        for (int at_end = 0; at_end < 2; at_end++) {
            char *s = at_end ? page + ps - 1 - len : page;
            memset(page, 'a', (size_t)ps);
            for (int i = 0; i < len; i++)
                s[i] = "abcxyz"[(i * 7 + len) % 6];
            s[len] = '\0';
            for (size_t k = 0; k < sizeof needles / sizeof needles[0]; k++)
                assert_ptr_equal(pa_strstr(s, needles[k]), strstr(s, needles[k]));
        }
    munmap(m, (size_t)ps * 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_strstr_edges),
        cmocka_unit_test(test_strstr_random),
        cmocka_unit_test(test_strstr_page_edges),
        cmocka_unit_test(test_strstr_every_position),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
