/* test_archive.c — bundle tars: contents and manifest, UTF-8 names and
 * texts, determinism, hostile ids, atomic replacement, GNU tar. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pressarc/archive.h"
#include "testutil.h"

static pa_archive_doc doc(const char *id, const char *lang, const char *title, const char *text)
{
    pa_archive_doc d = {
        .doc_id = id, .url = "http://a.test/x", .final_url = "http://a.test/x", .lang = lang, .title = title,
        .published = "2025-11-14", .fetched = "2026-11-22T10:00:00Z", .sha256 = "ab", .text_sha256 = "cd",
        .warc_file = "pressarc-1-00001.warc.gz", .warc_offset = 1234, .signals = "[\"exact-text\"]",
        .meta_json = "{\"author\":\"X\"}", .text = text,
    };
    return d;
}

static void round_trip(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("tar");
    pa_archive_doc docs[] = {
        doc("d1", "ar", "قوانغيوان", "في 11 نوفمبر، عقد المكتب الإعلامي\n\nفقرة ثانية"),
        doc("d2", "kn", "ಗುವಾಂಗ್ಯುವಾನ್", "ನವೆಂಬರ್ 11 ರಂದು"),
        doc("d3", "../../etc", NULL, "lang sanitised"),
    };
    pa_err err;
    assert_int_equal(pa_archive_write_bundle(dir, "bTEST_1", "2025-11-14", docs, 3, &err), PA_OK);
    char tar[512];
    snprintf(tar, sizeof tar, "%s/bTEST_1.tar", dir);
    char *m = NULL, *t = NULL;
    size_t ml, tl;
    assert_int_equal(pa_archive_read_member(tar, "manifest.json", 0, &m, &ml, &err), PA_OK);
    json_t *j = json_loads(m, 0, NULL);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "bundle")), "bTEST_1");
    assert_string_equal(json_string_value(json_object_get(j, "release_date")), "2025-11-14");
    json_t *langs = json_object_get(j, "languages");
    assert_int_equal(json_array_size(langs), 3);
    assert_string_equal(json_string_value(json_array_get(langs, 0)), "ar");
    assert_string_equal(json_string_value(json_array_get(langs, 2)), "und");
    json_t *d0 = json_array_get(json_object_get(j, "documents"), 0);
    const char *keys[] = {"url", "final_url", "lang", "title", "published", "fetched", "sha256", "text_path",
                          "warc_file", "warc_offset", "signals"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        assert_non_null(json_object_get(d0, keys[i]));
    assert_string_equal(json_string_value(json_object_get(d0, "text_path")), "ar/d1.txt");
    assert_int_equal(pa_archive_read_member(tar, "ar/d1.txt", 0, &t, &tl, &err), PA_OK);
    assert_string_equal(t, docs[0].text);
    free(t);
    assert_int_equal(pa_archive_read_member(tar, "kn/d2.json", 0, &t, &tl, &err), PA_OK);
    json_t *meta = json_loads(t, 0, NULL);
    assert_string_equal(json_string_value(json_object_get(meta, "author")), "X");
    assert_string_equal(json_string_value(json_object_get(meta, "title")), "ಗುವಾಂಗ್ಯುವಾನ್");
    json_decref(meta);
    free(t);
    assert_int_equal(pa_archive_read_member(tar, "und/d3.txt", 0, &t, &tl, &err), PA_OK);
    free(t);
    assert_int_equal(pa_archive_read_member(tar, "nope.txt", 0, &t, &tl, &err), PA_ERR_NOTFOUND);
    json_decref(j);
    free(m);
    /* GNU tar lists it */
    char cmd[700];
    snprintf(cmd, sizeof cmd, "tar -tf '%s' | grep -c . | grep -qx 7", tar);
    assert_int_equal(system(cmd), 0);
    /* determinism: the same input gives the same bytes */
    size_t n1, n2;
    char *b1 = tu_read_file(tar, &n1);
    assert_int_equal(pa_archive_write_bundle(dir, "bTEST_1", "2025-11-14", docs, 3, &err), PA_OK);
    char *b2 = tu_read_file(tar, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(b1, b2, n1);
    free(b1);
    free(b2);
    assert_int_equal(pa_archive_remove_bundle(dir, "bTEST_1", &err), PA_OK);
    assert_int_not_equal(access(tar, F_OK), 0);
    tu_rm_rf(dir);
    free(dir);
}

static void hostile_ids(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("tarbad");
    pa_archive_doc d = doc("d1", "en", "t", "x");
    pa_err err;
    assert_int_equal(pa_archive_write_bundle(dir, "../escape", NULL, &d, 1, &err), PA_ERR_INVALID);
    assert_int_equal(pa_archive_write_bundle(dir, "", NULL, &d, 1, &err), PA_ERR_INVALID);
    assert_int_equal(pa_archive_write_bundle(dir, "a/b", NULL, &d, 1, &err), PA_ERR_INVALID);
    d.doc_id = "../../x";
    assert_int_equal(pa_archive_write_bundle(dir, "ok", NULL, &d, 1, &err), PA_ERR_INVALID);
    tu_rm_rf(dir);
    free(dir);
}

/* A failed rewrite leaves the previous tar intact and no temporary file. */
static void atomic_replace(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("taratomic");
    pa_archive_doc d = doc("d1", "en", "old title", "old text");
    pa_err err;
    assert_int_equal(pa_archive_write_bundle(dir, "b1", NULL, &d, 1, &err), PA_OK);
    char tar[512];
    snprintf(tar, sizeof tar, "%s/b1.tar", dir);
    size_t n1;
    char *before = tu_read_file(tar, &n1);
    pa_archive_doc newer = doc("d1", "en", "new title", "new text");
    pa_archive_fail_at_member = 3; /* after manifest and text, before the metadata */
    assert_int_equal(pa_archive_write_bundle(dir, "b1", NULL, &newer, 1, &err), PA_ERR_IO);
    pa_archive_fail_at_member = 0;
    size_t n2;
    char *after = tu_read_file(tar, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(before, after, n1);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "ls -A '%s' | grep -c . | grep -qx 1", dir);
    assert_int_equal(system(cmd), 0);
    free(before);
    free(after);
    tu_rm_rf(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(round_trip), cmocka_unit_test(hostile_ids),
                                       cmocka_unit_test(atomic_replace)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
