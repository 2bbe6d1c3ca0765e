/* test_bundle.c — the bundler on documents written straight into a store:
 * the URL signal (language-sibling URLs, only across languages, checked
 * against the numbers), near-duplicate texts (MinHash, checked against the
 * numbers), the names rule (one site, two languages, the same names, numbers
 * that do not contradict), sitemap alternates (url_links) as hreflang, the
 * same grouping whatever order the documents arrive in, and many tars
 * written by the flush threads (with a failure). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/archive.h"
#include "pressarc/bundle.h"
#include "pressarc/store.h"
#include "testutil.h"

typedef struct {
    const char *id, *url, *lang, *text;
} doc;

/* Sites, each showing one rule; `want` below gives the expected groups. */
static const doc docs[] = {
    /* s1: sibling subdomains (www = default language), few numbers: together */
    {"d101", "https://www.s1.com/news/x", "en", "Aluminium output reached 14 plants in 2025 across the region."},
    {"d102", "https://ar.s1.com/news/x", "ar", "بلغ إنتاج الألمنيوم ١٤ مصنعًا في عام ٢٠٢٥ في المنطقة."},
    {"d103", "https://kn.s1.com/news/x/", "kn", "ಅಲ್ಯೂಮಿನಿಯಂ ಉತ್ಪಾದನೆ 2025 ರಲ್ಲಿ 14 ಘಟಕಗಳನ್ನು ತಲುಪಿತು."},
    /* s2: the same base in the same language: apart */
    {"d201", "https://s2.com/en/news/y", "en", "A first text about prices."},
    {"d202", "https://s2.com/news/y", "en", "A second, different text about costs."},
    /* s3: the same base but the numbers disagree: apart */
    {"d301", "https://s3.com/ar/news/1234", "ar", "الأرقام 11 و12 و13 و14 و15 و16 في التقرير."},
    {"d302", "https://s3.com/en/news/1234", "en", "The figures 21, 22, 23, 24, 25 and 26 in the report."},
    {"d303", "https://s3.com/id/news/5678", "id", "Angka 31, 32 dan 33 dalam laporan."},
    {"d304", "https://s3.com/en/news/5678", "en", "The figures 41, 42 and 43 in the report."},
    /* s4: slugs cut at different lengths, confirmed by shared numbers (Jaccard 1/3) */
    {"d401", "https://s4.com/en/news/guangyuan-builds-green-aluminium-capital", "en",
     "Guangyuan plans 100 enterprises and 150 billion yuan by 2027, 615 thousand tonnes, 41.9 and 33.69 percent."},
    {"d402", "https://s4.com/id/news/guangyuan-builds-green", "id",
     "Guangyuan merencanakan 100 perusahaan, 150 miliar yuan, 615 ribu ton, angka 77, 88 dan 99."},
    {"d403", "https://s4.com/ar/news/guangyuan-builds-green-al", "ar", "قوانغيوان: الأرقام 55 و66 فقط."},
    /* s5: a shared numeric id, confirmed by the numbers; the third shares none */
    {"d501", "https://s5.com/en/news/987654-some-title", "en", "Sales 10, 20 and 30 units, then 40."},
    {"d502", "https://ar.s5.com/akhbar/987654-other-title", "ar", "المبيعات 10 و20 و30 وحدة ثم 50."},
    {"d503", "https://s5.com/bn/x/987654", "bn", "বিক্রি 71, 72, 73 এবং 74 ইউনিট।"},
    /* s6: a document of unknown language is never merged on the URL */
    {"d601", "https://s6.com/en/news/z", NULL, "Numbers 12 and 13."},
    {"d602", "https://s6.com/ar/news/z", "ar", "الأرقام 12 و13."},
    /* s7: sitemap alternates (url_links): a and b reciprocal, c one way and unconfirmed */
    {"d701", "https://s7.com/p/aaa", "en", "Opaque page one 5, 6."},
    {"d702", "https://s7.com/p/bbb", "ar", "صفحة ٧ و٨."},
    {"d703", "https://s7.com/p/ccc", "id", "Halaman 9 dan 10."},
    /* s8: two scripts of one language are two languages */
    {"d801", "https://s8.com/zh-hans/news/q", "zh-Hans", "铝产量 2025 年达到 14 家工厂。"},
    {"d802", "https://s8.com/zh-hant/news/q", "zh-Hant", "鋁產量 2025 年達到 14 家工廠。"},
    /* s9: a slug cut short and no numbers to judge: the URL decides */
    {"d901", "https://s9.com/en/news/aluminium-association-launches-training", "en", "A text with no figures."},
    {"d902", "https://s9.com/id/news/aluminium-association", "id", "Teks tanpa angka."},
    /* s10: only an id shared across directories, no numbers: apart */
    {"d1001", "https://s10.com/en/news/7788-aluminium-prices", "en", "Prices went up."},
    {"d1002", "https://s10.com/id/produk/7788-lembaran", "id", "Lembaran aluminium."},
    /* s11: the same base, two numbers each and none shared: too few to refuse */
    {"d1101", "https://s11.com/en/news/w", "en", "Figures 61 and 62."},
    {"d1102", "https://s11.com/ar/news/w", "ar", "الأرقام ٧١ و٧٢."},
    /* s12: a syndicated copy with a dateline and a changed word is a near-duplicate (few numbers: only
     * the text can tell); the site's template filled with other figures is another release; so is
     * another text of the same site */
    {"d1201", "https://s12.com/p/a1", "en",
     "The provincial aluminium association opened its new training centre on Thursday, offering courses "
     "in casting, extrusion and rolling to workers from the whole region. The centre was built with the "
     "support of local producers and will train 300 people every year, the association said in a statement "
     "published after the opening ceremony in the city hall."},
    {"d1202", "https://copy.example/s12/a1", "en",
     "GUANGYUAN (Metals Daily) - The provincial aluminium association opened its new training centre on "
     "Friday, offering courses in casting, extrusion and rolling to workers from the whole region. The centre "
     "was built with the support of local producers and will train 300 people every year, the association "
     "said in a statement published after the opening ceremony in the city hall."},
    {"d1203", "https://s12.com/p/m10", "en",
     "Monthly report: the region produced 41.9 thousand tonnes of primary aluminium in October, 12.5 percent "
     "more than in September, and exported 17.3 thousand tonnes of rolled products, the association said in "
     "its monthly report on the industry, which covers 28 member companies and their plants. "
     "About the association: founded in 1998, it represents producers, processors and traders of aluminium "
     "in the province, publishes market statistics, organises training and safety programmes for workers, "
     "and speaks for the industry in talks with the provincial government on energy prices, transport and "
     "environmental rules. Contact the press office for interviews, photographs and further information. "
     "Statistics are compiled from the reports of member companies and checked by the secretariat."},
    {"d1204", "https://s12.com/p/m11", "en",
     "Monthly report: the region produced 44.2 thousand tonnes of primary aluminium in November, 5.5 percent "
     "more than in October, and exported 19.8 thousand tonnes of rolled products, the association said in "
     "its monthly report on the industry, which covers 29 member companies and their plants. "
     "About the association: founded in 1998, it represents producers, processors and traders of aluminium "
     "in the province, publishes market statistics, organises training and safety programmes for workers, "
     "and speaks for the industry in talks with the provincial government on energy prices, transport and "
     "environmental rules. Contact the press office for interviews, photographs and further information. "
     "Statistics are compiled from the reports of member companies and checked by the secretariat."},
    {"d1205", "https://s12.com/p/a2", "en",
     "Shares of the largest smelter in the province rose after it announced a new rolling mill, where "
     "output of flat products is expected to double by the end of next year according to the chairman, who "
     "spoke at the annual shareholder meeting in the provincial capital on Monday afternoon."},
    /* s13: opaque URLs of one site, two numbers each: the same names in two languages make one release
     * (names rule: one shared number is too few for the numbers); a third language with the same names
     * but other numbers is another release */
    {"d1301", "https://s13.com/p/n1", "en", "The deal that Zhongfu and Chalco signed with Hydro covers 12 plants and 40 mines."},
    {"d1302", "https://s13.com/p/n2", "ar", "الصفقة التي وقعتها Zhongfu و Chalco مع Hydro تشمل ١٢ مصنعًا و٥٠ منجمًا."},
    {"d1303", "https://s13.com/p/n3", "id", "Pabrik baru Zhongfu, Chalco dan Hydro berjumlah 31 dan 32."},
    /* s14: the same names, no numbers, on another site: apart */
    {"d1401", "https://s14.com/p/x", "fr", "Le contrat de Zhongfu, Chalco et Hydro est signé."},
    /* s15: the same names in one language: apart */
    {"d1501", "https://s15.com/p/a", "en", "The plant of Novelis and Alcoa opened without ceremony."},
    {"d1502", "https://s15.com/p/b", "en", "The mill that Novelis and Alcoa share was closed for repairs."},
    /* s16: one name only is too little: apart */
    {"d1601", "https://s16.com/p/a", "en", "The smelter of Hydro is running again."},
    {"d1602", "https://s16.com/p/b", "ar", "مصهر Hydro يعمل مرة أخرى."},
};
#define N_DOCS (sizeof docs / sizeof docs[0])

/* The expected groups: documents with the same number are one bundle. */
static const int want[N_DOCS] = {
    1, 1, 1,       /* s1 */
    2, 3,          /* s2 */
    4, 5, 6, 7,    /* s3 */
    8, 8, 9,       /* s4 */
    10, 10, 11,    /* s5 */
    12, 13,        /* s6 */
    14, 14, 15,    /* s7 */
    16, 16,        /* s8 */
    17, 17,        /* s9 */
    18, 19,        /* s10 */
    20, 20,        /* s11 */
    21, 21, 22, 23, 24, /* s12 */
    25, 25, 26,    /* s13 */
    27,            /* s14 */
    28, 29,        /* s15 */
    30, 31,        /* s16 */
};

static void exec_ok(pa_store *st, const char *sql)
{
    pa_err err;
    pa_code rc = pa_store_exec(st, sql, &err);
    if (rc)
        fprintf(stderr, "%s\n", err.msg);
    assert_int_equal(rc, PA_OK);
}

static void insert_docs(pa_store *st)
{
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st),
                                        "INSERT INTO documents(doc_id, url, final_url, lang, text, text_sha256, meta_json)"
                                        " VALUES(?1, ?2, ?2, ?3, ?4, ?5, '{\"alternates\":[]}')",
                                        -1, &q, NULL),
                     SQLITE_OK);
    for (size_t i = 0; i < N_DOCS; i++) {
        char fp[65];
        pa_text_fingerprint(docs[i].text, fp);
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, docs[i].id, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, docs[i].url, -1, SQLITE_STATIC);
        if (docs[i].lang)
            sqlite3_bind_text(q, 3, docs[i].lang, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(q, 3);
        sqlite3_bind_text(q, 4, docs[i].text, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 5, fp, -1, SQLITE_TRANSIENT);
        assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    }
    sqlite3_finalize(q);
    exec_ok(st, "INSERT INTO url_links(url, hreflang, href) VALUES"
                " ('https://s7.com/p/aaa', 'ar', 'https://s7.com/p/bbb'),"
                " ('https://s7.com/p/bbb', 'en', 'https://s7.com/p/aaa'),"
                " ('https://s7.com/p/ccc', 'en', 'https://s7.com/p/aaa')");
}

/* Bundle documents in the order `order` and return each document's bundle
 * (malloc'd strings, in docs[] order); `pre`: with the fingerprints and
 * MinHash signatures computed here (pa_bundler_assign_pre, as rebundle's
 * second thread does). */
static char **bundle_in_order_pre(const size_t *order, char ***signals, int pre)
{
    char *dir = tu_tmpdir("bundle");
    char store[600];
    snprintf(store, sizeof store, "%s/s", dir);
    pa_store *st = NULL;
    pa_bundler *b = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(store, 1, &st, &err), PA_OK);
    insert_docs(st);
    assert_int_equal(pa_bundler_new(st, &b, &err), PA_OK);
    assert_int_equal(pa_store_begin(st, &err), PA_OK);
    for (size_t i = 0; i < N_DOCS; i++) {
        pa_code rc;
        if (pre) {
            const char *t = docs[order[i]].text;
            pa_fingerprint fp = {0};
            pa_minhash mh;
            assert_int_equal(pa_fingerprint_text(t, strlen(t), &fp, &err), PA_OK);
            int has_mh = pa_minhash_text(t, strlen(t), &mh) == 0;
            rc = pa_bundler_assign_pre(b, docs[order[i]].id, &fp, has_mh ? &mh : NULL, &err);
            pa_fingerprint_free(&fp);
        } else {
            rc = pa_bundler_assign(b, docs[order[i]].id, &err);
        }
        if (rc)
            fprintf(stderr, "%s\n", err.msg);
        assert_int_equal(rc, PA_OK);
    }
    assert_int_equal(pa_bundler_flush(b, &err), PA_OK);
    assert_int_equal(pa_store_commit(st, &err), PA_OK);
    char **out = calloc(N_DOCS, sizeof *out);
    *signals = calloc(N_DOCS, sizeof **signals);
    assert_true(out && *signals);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "SELECT bundle, signals FROM documents WHERE doc_id=?", -1,
                                        &q, NULL),
                     SQLITE_OK);
    for (size_t i = 0; i < N_DOCS; i++) {
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, docs[i].id, -1, SQLITE_STATIC);
        assert_int_equal(sqlite3_step(q), SQLITE_ROW);
        out[i] = strdup((const char *)sqlite3_column_text(q, 0));
        (*signals)[i] = strdup((const char *)sqlite3_column_text(q, 1));
    }
    sqlite3_finalize(q);
    pa_bundler_free(b);
    pa_store_close(st);
    tu_rm_rf(dir);
    free(dir);
    return out;
}

static char **bundle_in_order(const size_t *order, char ***signals)
{
    return bundle_in_order_pre(order, signals, 0);
}

static void free_strs(char **s)
{
    for (size_t i = 0; i < N_DOCS; i++)
        free(s[i]);
    free(s);
}

static void check_groups(char **bundle)
{
    for (size_t i = 0; i < N_DOCS; i++)
        for (size_t j = i + 1; j < N_DOCS; j++) {
            int together = strcmp(bundle[i], bundle[j]) == 0;
            if (together != (want[i] == want[j]))
                fprintf(stderr, "%s and %s: %s, want %s\n", docs[i].id, docs[j].id, together ? "together" : "apart",
                        want[i] == want[j] ? "together" : "apart");
            assert_int_equal(together, want[i] == want[j]);
        }
}

static size_t find(const char *id)
{
    for (size_t i = 0; i < N_DOCS; i++)
        if (strcmp(docs[i].id, id) == 0)
            return i;
    fail();
    return 0;
}

static void url_signal_groups(void **state)
{
    (void)state;
    size_t order[N_DOCS];
    for (size_t i = 0; i < N_DOCS; i++)
        order[i] = i;
    char **signals = NULL;
    char **bundle = bundle_in_order(order, &signals);
    check_groups(bundle);
    /* the signal is recorded on both sides of a URL match */
    static const char *const url_docs[] = {"d101", "d102", "d103", "d401", "d402", "d501", "d502", "d801", "d802",
                                            "d901", "d902", "d1101", "d1102"};
    for (size_t i = 0; i < sizeof url_docs / sizeof *url_docs; i++) {
        const char *s = signals[find(url_docs[i])];
        if (!strstr(s, "\"url\""))
            fprintf(stderr, "%s: signals %s\n", url_docs[i], s);
        assert_non_null(strstr(s, "\"url\""));
    }
    assert_null(strstr(signals[find("d401")], "\"numbers\"")); /* 1/3 shared: not a numbers match */
    assert_non_null(strstr(signals[find("d701")], "\"hreflang\""));
    assert_non_null(strstr(signals[find("d702")], "\"hreflang\""));
    assert_string_equal(signals[find("d703")], "[]");
    assert_string_equal(signals[find("d201")], "[]");
    assert_string_equal(signals[find("d1201")], "[\"near-dup\"]");
    assert_string_equal(signals[find("d1202")], "[\"near-dup\"]");
    assert_string_equal(signals[find("d1203")], "[]");
    assert_string_equal(signals[find("d1301")], "[\"names\"]");
    assert_string_equal(signals[find("d1302")], "[\"names\"]");
    assert_string_equal(signals[find("d1303")], "[]");
    assert_string_equal(signals[find("d1401")], "[]");
    free_strs(bundle);
    free_strs(signals);
}

/* Fingerprints and signatures computed by the caller: the same bundles and
 * signals as when the bundler computes them. */
static void precomputed_same(void **state)
{
    (void)state;
    size_t order[N_DOCS];
    for (size_t i = 0; i < N_DOCS; i++)
        order[i] = i;
    char **sig0 = NULL, **sig1 = NULL;
    char **plain = bundle_in_order(order, &sig0);
    char **pre = bundle_in_order_pre(order, &sig1, 1);
    check_groups(pre);
    for (size_t i = 0; i < N_DOCS; i++) {
        assert_string_equal(pre[i], plain[i]);
        assert_string_equal(sig1[i], sig0[i]);
    }
    free_strs(plain);
    free_strs(pre);
    free_strs(sig0);
    free_strs(sig1);
}

/* One shared rare number and common ones (held by 200+ documents: their
 * postings are not read) make a candidate through the number masks: two
 * translations sharing 4 of 6 numbers are one release; a text sharing only
 * the rare number is not. */
static void common_numbers_rescue(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("bundle-common");
    char store[600];
    snprintf(store, sizeof store, "%s/s", dir);
    pa_store *st = NULL;
    pa_bundler *b = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(store, 1, &st, &err), PA_OK);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st),
                                        "INSERT INTO documents(doc_id, url, final_url, lang, text, text_sha256, meta_json)"
                                        " VALUES(?1, ?2, ?2, ?3, ?4, ?5, '{}')",
                                        -1, &q, NULL),
                     SQLITE_OK);
    char id[32], url[64], text[256], fp[65];
    for (int i = 0; i < 230; i++) { /* "20", "15" and "1000" become common */
        snprintf(id, sizeof id, "f%04d", i);
        snprintf(url, sizeof url, "https://filler%d.example/p/%d", i % 7, i);
        snprintf(text, sizeof text, "Filler %d: 20, 15 and 1000, then %d and %d.5.", i, 100001 + 7 * i, 500 + i);
        pa_text_fingerprint(text, fp);
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 2, url, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 3, "en", -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 4, text, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 5, fp, -1, SQLITE_TRANSIENT);
        assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    }
    static const char *const rel[][3] = {
        {"x1", "en", "The figures: 20, 15 and 1000 units, 777777 tonnes and 11.5 percent."},
        {"x2", "id", "Angkanya: 20, 15 dan 1000 unit, 777.777 ton dan 22,5 persen."},
        {"x3", "ar", "الأرقام: ٧٧٧٬٧٧٧ طن و٣٣٫٥ و٤٤٫٥ و٥٥٫٥ و٦٦٫٥."},
    };
    for (int i = 0; i < 3; i++) {
        snprintf(url, sizeof url, "https://rel.example/p/%s", rel[i][0]);
        pa_text_fingerprint(rel[i][2], fp);
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, rel[i][0], -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, url, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 3, rel[i][1], -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 4, rel[i][2], -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 5, fp, -1, SQLITE_TRANSIENT);
        assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    }
    sqlite3_finalize(q);
    assert_int_equal(pa_bundler_new(st, &b, &err), PA_OK);
    assert_int_equal(pa_store_begin(st, &err), PA_OK);
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "SELECT doc_id FROM documents ORDER BY doc_id", -1, &q, NULL),
                     SQLITE_OK);
    while (sqlite3_step(q) == SQLITE_ROW) {
        pa_code rc = pa_bundler_assign(b, (const char *)sqlite3_column_text(q, 0), &err);
        if (rc)
            fprintf(stderr, "%s\n", err.msg);
        assert_int_equal(rc, PA_OK);
    }
    sqlite3_finalize(q);
    assert_int_equal(pa_bundler_flush(b, &err), PA_OK);
    assert_int_equal(pa_store_commit(st, &err), PA_OK);
    char bundle[3][32], sig[3][96];
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "SELECT bundle, signals FROM documents WHERE doc_id=?", -1, &q,
                                        NULL),
                     SQLITE_OK);
    for (int i = 0; i < 3; i++) {
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, rel[i][0], -1, SQLITE_STATIC);
        assert_int_equal(sqlite3_step(q), SQLITE_ROW);
        snprintf(bundle[i], sizeof bundle[i], "%s", (const char *)sqlite3_column_text(q, 0));
        snprintf(sig[i], sizeof sig[i], "%s", (const char *)sqlite3_column_text(q, 1));
    }
    sqlite3_finalize(q);
    assert_string_equal(bundle[0], bundle[1]);
    assert_string_equal(sig[0], "[\"numbers\"]"); /* the earlier one's list is written at the flush */
    assert_string_equal(sig[1], "[\"numbers\"]");
    assert_string_not_equal(bundle[0], bundle[2]);
    assert_string_equal(sig[2], "[]");
    pa_bundler_free(b);
    pa_store_close(st);
    tu_rm_rf(dir);
    free(dir);
}

/* Reversed and shuffled arrival: the same bundles, the same ids. */
static void order_independent(void **state)
{
    (void)state;
    size_t order[N_DOCS];
    for (size_t i = 0; i < N_DOCS; i++)
        order[i] = i;
    char **sig0 = NULL;
    char **first = bundle_in_order(order, &sig0);
    unsigned seed = 12345;
    for (int round = 0; round < 4; round++) {
        if (round == 0) {
            for (size_t i = 0; i < N_DOCS; i++)
                order[i] = N_DOCS - 1 - i;
        } else {
            for (size_t i = N_DOCS - 1; i > 0; i--) {
                seed = seed * 1103515245u + 12345u;
                size_t j = (seed >> 8) % (i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        char **sig = NULL;
        char **again = bundle_in_order(order, &sig);
        check_groups(again);
        for (size_t i = 0; i < N_DOCS; i++) {
            assert_string_equal(again[i], first[i]);
            assert_string_equal(sig[i], sig0[i]);
        }
        free_strs(again);
        free_strs(sig);
    }
    free_strs(first);
    free_strs(sig0);
}

/* Many bundles are written by two threads: every tar is there and readable,
 * and a failed write leaves no tar and the bundles dirty for the next flush. */
static void many_bundles_flush(void **state)
{
    (void)state;
    enum { N = 700 };
    char *dir = tu_tmpdir("bundlemany");
    char store[600];
    snprintf(store, sizeof store, "%s/s", dir);
    pa_store *st = NULL;
    pa_bundler *b = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(store, 1, &st, &err), PA_OK);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st),
                                        "INSERT INTO documents(doc_id, url, lang, text, text_sha256, published)"
                                        " VALUES(?1, ?2, 'en', ?3, ?4, '2025-11-14')",
                                        -1, &q, NULL),
                     SQLITE_OK);
    for (int i = 0; i < N; i++) {
        char id[24], url[64], text[160], fp[65];
        snprintf(id, sizeof id, "d%05d", i);
        snprintf(url, sizeof url, "https://many.example/p/%d.html", i);
        snprintf(text, sizeof text, "Release %d: output %d tonnes, %d plants, %d.%d percent.", i, 1000 + 7 * i,
                 20 + i, i % 90, i % 7);
        pa_text_fingerprint(text, fp);
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, id, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 2, url, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 3, text, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(q, 4, fp, -1, SQLITE_TRANSIENT);
        assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    }
    sqlite3_finalize(q);
    assert_int_equal(pa_bundler_new(st, &b, &err), PA_OK);
    assert_int_equal(pa_store_begin(st, &err), PA_OK);
    for (int i = 0; i < N; i++) {
        char id[24];
        snprintf(id, sizeof id, "d%05d", i);
        assert_int_equal(pa_bundler_assign(b, id, &err), PA_OK);
    }
    /* a write fails (the metadata member of some tar): nothing is renamed */
    pa_archive_fail_at_member = 3;
    pa_code rc = pa_bundler_flush(b, &err);
    pa_archive_fail_at_member = 0;
    assert_int_equal(rc, PA_ERR_IO);
    assert_non_null(strstr(err.msg, "injected failure"));
    char cmd[700];
    snprintf(cmd, sizeof cmd, "test -z \"$(ls -A '%s/bundles')\"", store);
    assert_int_equal(system(cmd), 0);
    /* the bundles stayed dirty: the next flush writes them all */
    assert_int_equal(pa_bundler_flush(b, &err), PA_OK);
    assert_int_equal(pa_store_commit(st, &err), PA_OK);
    long bundles = tu_count(store, "SELECT count(DISTINCT bundle) FROM documents");
    assert_true(bundles == N); /* distinct releases: one bundle each */
    sqlite3_stmt *bq = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "SELECT DISTINCT bundle FROM documents", -1, &bq, NULL),
                     SQLITE_OK);
    long tars = 0;
    while (sqlite3_step(bq) == SQLITE_ROW) {
        char path[800];
        snprintf(path, sizeof path, "%s/bundles/%s.tar", store, (const char *)sqlite3_column_text(bq, 0));
        char *m = NULL;
        size_t ml = 0;
        assert_int_equal(pa_archive_read_member(path, "manifest.json", 1 << 20, &m, &ml, &err), PA_OK);
        assert_non_null(strstr(m, "\"release_date\": \"2025-11-14\""));
        free(m);
        tars++;
    }
    sqlite3_finalize(bq);
    assert_int_equal(tars, N);
    snprintf(cmd, sizeof cmd, "test $(ls '%s/bundles' | wc -l) -eq %d", store, N);
    assert_int_equal(system(cmd), 0);
    pa_bundler_free(b);
    pa_store_close(st);
    tu_rm_rf(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(url_signal_groups), cmocka_unit_test(order_independent),
                                       cmocka_unit_test(precomputed_same), cmocka_unit_test(common_numbers_rescue),
                                       cmocka_unit_test(many_bundles_flush)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
