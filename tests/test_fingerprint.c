/* test_fingerprint.c — language-independent fingerprints: number
 * normalisation across separators, digit systems and "thousand" words, and
 * the similarity that puts the seeds' three translations together and keeps
 * the other two releases apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/fingerprint.h"
#include "testutil.h"

static void number_is(const char *in, int thousand, const char *want)
{
    char out[48];
    assert_int_equal(pa_fingerprint_number(in, strlen(in), thousand, out, sizeof out), 0);
    if (strcmp(out, want) != 0)
        fprintf(stderr, "%s -> %s, want %s\n", in, out, want);
    assert_string_equal(out, want);
}

static void numbers(void **state)
{
    (void)state;
    number_is("41.9", 0, "41.9");
    number_is("41,9", 0, "41.9");
    number_is("615.000", 0, "615000");
    number_is("615,000", 0, "615000");
    number_is("615", 1, "615000");
    number_is("2,5", 1, "2500");
    number_is("1,234,567.50", 0, "1234567.5");
    number_is("33,69", 0, "33.69");
    number_is("0050", 0, "50");
    char out[48];
    assert_int_equal(pa_fingerprint_number("1.2.x", 5, 0, out, sizeof out), -1);
    assert_int_equal(pa_fingerprint_number("", 0, 0, out, sizeof out), -1);
}

static int has(const pa_fingerprint *fp, const char *a)
{
    for (size_t i = 0; i < fp->n; i++)
        if (!strcmp(fp->anchors[i], a))
            return 1;
    return 0;
}

static void scripts_and_words(void **state)
{
    (void)state;
    const char *ar = "تصل إلى ٦١٥ ألف طن، وهو ما يمثل ٥٨٪ مع شركات Changan وBYD في عام ٢٠٢٤";
    const char *bn = "১৯৯০-এর দশকে ২০০টির বেশি";
    pa_fingerprint a, b;
    pa_err err;
    assert_int_equal(pa_fingerprint_text(ar, strlen(ar), &a, &err), PA_OK);
    assert_true(has(&a, "n:615000"));
    assert_true(has(&a, "n:58"));
    assert_true(has(&a, "n:2024"));
    assert_true(has(&a, "w:changan"));
    assert_true(has(&a, "w:byd"));
    assert_int_equal(pa_fingerprint_text(bn, strlen(bn), &b, &err), PA_OK);
    assert_true(has(&b, "n:1990"));
    assert_true(has(&b, "n:200"));
    pa_fingerprint_free(&a);
    pa_fingerprint_free(&b);
    /* Latin names glued to Han characters or fullwidth punctuation are names;
     * glued to Latin letters (ÖBB, Zaragozá) they are pieces of words */
    const char *zh = "比亚迪BYD公司与长安Changan，以及Hongqiao。ÖBB Zaragozá";
    assert_int_equal(pa_fingerprint_text(zh, strlen(zh), &a, &err), PA_OK);
    assert_true(has(&a, "w:byd"));
    assert_true(has(&a, "w:changan"));
    assert_true(has(&a, "w:hongqiao"));
    assert_false(has(&a, "w:bb"));
    assert_false(has(&a, "w:zaragoz"));
    pa_fingerprint_free(&a);
}

/* The seed texts (as the fixture expectations hold them). */
static void seeds_group_as_releases(void **state)
{
    (void)state;
    const char *src = getenv("PA_SOURCE_DIR");
    assert_non_null(src);
    const char *files[] = {
        "kn/news/guangyuan-100-enterprises-100-billion", "ar/news/guangyuan-100-enterprises-100-billion",
        "id/news/guangyuan-100-enterprises-100-billion", "bn/news/huiguo-town-aluminium-cluster",
        "en/news/guangyuan-aluminum-industrial-challenge",
    };
    pa_fingerprint fp[5];
    for (int i = 0; i < 5; i++) {
        char p[1024];
        snprintf(p, sizeof p, "%s/tests/fixtures/site/%s.expected.txt", src, files[i]);
        size_t len = 0;
        char *t = tu_read_file(p, &len);
        assert_non_null(t);
        pa_err err;
        assert_int_equal(pa_fingerprint_text(t, len, &fp[i], &err), PA_OK);
        free(t);
    }
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++) {
            double s = pa_fingerprint_similarity(&fp[i], &fp[j], 5);
            int same = i == j || (i < 3 && j < 3);
            if (same != (s >= 0.5))
                fprintf(stderr, "%s ~ %s: %.2f\n", files[i], files[j], s);
            assert_int_equal(same, s >= 0.5);
        }
    for (int i = 0; i < 5; i++)
        pa_fingerprint_free(&fp[i]);
}

/* Two releases of one site on one topic share some numbers (the year, a
 * capacity): they must stay apart. */
static void same_topic_releases_apart(void **state)
{
    (void)state;
    const char *x = "In the first half of 2025 output rose 11.6%, electrolytic aluminium 155.2% and aluminium "
                    "159.8%; Zhongfu produced 218,000 tonnes; two projects of 250,000 tonnes came from Henan in "
                    "2018; GDP reached 50.501 billion yuan, up 11.1%, the most since 1985.";
    const char *y = "In the first half of 2024 output rose 9.3%, electrolytic aluminium 41.2% and aluminium "
                    "38.7%; Zhongfu produced 196,000 tonnes; two projects of 250,000 tonnes came from Henan in "
                    "2018; GDP reached 46.120 billion yuan, up 8.4%, the most since 1985.";
    pa_fingerprint a, b;
    pa_err err;
    assert_int_equal(pa_fingerprint_text(x, strlen(x), &a, &err), PA_OK);
    assert_int_equal(pa_fingerprint_text(y, strlen(y), &b, &err), PA_OK);
    double s = pa_fingerprint_similarity(&a, &b, 5);
    assert_true(s < 0.5);
    assert_true(pa_fingerprint_similarity(&a, &a, 5) == 1.0);
    /* shared numbers, names left out: 250000 and 2018 and 1985 */
    size_t shared = 0, all = 0;
    pa_fingerprint_numbers_shared(&a, &b, &shared, &all);
    assert_int_equal(shared, 3);
    assert_int_equal(all, a.numbers + b.numbers - 3);
    pa_fingerprint_numbers_shared(&a, &a, &shared, &all);
    assert_int_equal(shared, a.numbers);
    assert_int_equal(all, a.numbers);
    pa_fingerprint_numbers_shared(&a, NULL, &shared, &all);
    assert_int_equal(shared + all, 0);
    pa_fingerprint_free(&a);
    pa_fingerprint_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(numbers), cmocka_unit_test(scripts_and_words),
                                       cmocka_unit_test(seeds_group_as_releases),
                                       cmocka_unit_test(same_topic_releases_apart)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
