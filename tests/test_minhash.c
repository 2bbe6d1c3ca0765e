/* test_minhash.c — MinHash signatures over word shingles: normalisation
 * (case, spacing, punctuation, compatibility forms), unspaced scripts,
 * similarity of near-duplicates vs different texts, band keys, encoding,
 * determinism. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/minhash.h"

static const char *release =
    "The aluminium smelter in Guangyuan produced 615,000 tonnes of primary aluminium in 2024, "
    "41.9 percent more than a year earlier, the company said on Thursday. The new potline, which "
    "started in March, runs at full capacity, and a second phase of the project is planned for "
    "next year. The plant employs 3,200 people and sources most of its power from hydroelectric "
    "stations on the Jialing river, which keeps its carbon footprint among the lowest in the industry.";

/* Signature of a C string; asserts that it is long enough. */
static pa_minhash sig(const char *text)
{
    pa_minhash m;
    assert_int_equal(pa_minhash_text(text, strlen(text), &m), 0);
    return m;
}

static void normalisation(void **state)
{
    (void)state;
    pa_minhash a = sig(release);
    /* case, spacing and punctuation do not matter */
    char *upper = strdup(release);
    for (char *p = upper; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
        if (*p == ',')
            *p = ' ';
    }
    pa_minhash b = sig(upper);
    assert_true(pa_minhash_similarity(&a, &b) == 1.0);
    free(upper);
    /* fullwidth letters and accents: compatibility forms fold together */
    pa_minhash w1 = sig("Ｔｈｅ ＳＭＥＬＴＥＲ produced more metal than ever before in its long history of work here");
    pa_minhash w2 = sig("the smelter PRODUCED more metal than ever before in its long history of work here");
    assert_true(pa_minhash_similarity(&w1, &w2) == 1.0);
    pa_minhash e1 = sig("Électricité de France a publié ses résultats annuels hier soir à Paris devant la presse");
    pa_minhash e2 = sig("ÉLECTRICITÉ DE FRANCE a publié ses résultats annuels hier soir à Paris devant la presse");
    assert_true(pa_minhash_similarity(&e1, &e2) == 1.0);
    /* deterministic: the same text, the same signature */
    pa_minhash again = sig(release);
    assert_memory_equal(a.v, again.v, sizeof a.v);
}

static void near_and_far(void **state)
{
    (void)state;
    pa_minhash a = sig(release);
    /* a syndicated copy: a dateline and a closing line added, one word changed */
    char copy[2048];
    snprintf(copy, sizeof copy, "GUANGYUAN (Reuters) - %s Reporting by the metals desk.", release);
    char *w = strstr(copy, "Thursday");
    memcpy(w, "Friday  ", 8);
    pa_minhash b = sig(copy);
    double near = pa_minhash_similarity(&a, &b);
    assert_true(near >= 0.7);
    /* another release on the same topic */
    pa_minhash c = sig("Shares of the aluminium producer rose after it announced a new rolling mill in Sichuan "
                       "province, where output of flat products is expected to double by 2026 according to the "
                       "chairman, who spoke at the annual shareholder meeting in Chengdu on Monday afternoon.");
    assert_true(pa_minhash_similarity(&a, &c) < 0.2);
    /* near-duplicates share a band key; the far text (almost surely) none */
    uint64_t ka[PA_MINHASH_BANDS], kb[PA_MINHASH_BANDS], kc[PA_MINHASH_BANDS];
    pa_minhash_band_keys(&a, ka);
    pa_minhash_band_keys(&b, kb);
    pa_minhash_band_keys(&c, kc);
    int ab = 0, ac = 0;
    for (int i = 0; i < PA_MINHASH_BANDS; i++) {
        ab += ka[i] == kb[i];
        ac += ka[i] == kc[i];
        assert_true(ka[i] < ((uint64_t)1 << 48));
    }
    assert_true(ab >= 1);
    assert_int_equal(ac, 0);
    /* equal values in different bands give different keys */
    pa_minhash flat;
    for (int i = 0; i < PA_MINHASH_K; i++)
        flat.v[i] = 7;
    uint64_t kf[PA_MINHASH_BANDS];
    pa_minhash_band_keys(&flat, kf);
    assert_true(kf[0] != kf[1]);
}

static void scripts_and_short(void **state)
{
    (void)state;
    /* Chinese: characters are tokens, so one changed sentence leaves most shingles */
    const char *zh1 = "广元市铝产业发展迅速，今年全市电解铝产量达到六十一万吨，同比增长百分之四十一点九。"
                      "新建生产线已于三月投产，二期项目计划明年启动。";
    const char *zh2 = "广元市铝产业发展迅速，今年全市电解铝产量达到六十一万吨，同比增长百分之四十一点九。"
                      "新建生产线已于三月投产，二期项目计划后年启动。";
    pa_minhash a = sig(zh1), b = sig(zh2);
    assert_true(pa_minhash_similarity(&a, &b) >= 0.7);
    /* too short to judge */
    pa_minhash m;
    assert_int_equal(pa_minhash_text("Page not found", 14, &m), -1);
    assert_int_equal(pa_minhash_text("", 0, &m), -1);
    /* invalid UTF-8 is a separator, not a crash */
    const char bad[] = "one two three \xff\xfe four five six seven eight nine ten eleven twelve thirteen";
    assert_int_equal(pa_minhash_text(bad, sizeof bad - 1, &m), 0);
}

static void encoding(void **state)
{
    (void)state;
    pa_minhash a = sig(release), b;
    unsigned char buf[PA_MINHASH_BYTES];
    pa_minhash_encode(&a, buf);
    assert_int_equal(pa_minhash_decode(buf, sizeof buf, &b), 0);
    assert_memory_equal(a.v, b.v, sizeof a.v);
    assert_int_equal(pa_minhash_decode(buf, sizeof buf - 1, &b), -1);
    assert_int_equal(pa_minhash_decode(NULL, 0, &b), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(normalisation),
        cmocka_unit_test(near_and_far),
        cmocka_unit_test(scripts_and_short),
        cmocka_unit_test(encoding),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
