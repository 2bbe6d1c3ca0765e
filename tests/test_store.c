/* test_store.c — state.db: creation of the layout, schema version, the
 * exclusive lock, refusal of a newer schema and of a non-database file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pressarc/bundle.h"
#include "pressarc/store.h"

static char *tmpdir(void)
{
    char tmpl[] = "/tmp/pa-store-XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

static void rm_rf(const char *d)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
}

static int is_dir(const char *base, const char *sub)
{
    char p[512];
    struct stat sb;
    snprintf(p, sizeof p, "%s/%s", base, sub);
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static void creates_layout_and_schema(void **state)
{
    (void)state;
    char *d = tmpdir();
    char store[600];
    snprintf(store, sizeof store, "%s/s", d);
    pa_store *st = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(store, 1, &st, &err), PA_OK);
    assert_true(is_dir(store, "warc"));
    assert_true(is_dir(store, "bundles"));
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "PRAGMA user_version", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), PA_STORE_SCHEMA_VERSION);
    sqlite3_finalize(q);
    assert_int_equal(pa_store_exec(st, "INSERT INTO urls(url, status) VALUES('http://a/', 'queued')", &err), PA_OK);
    pa_store_close(st);
    /* Reopening keeps the data and does not migrate again. */
    assert_int_equal(pa_store_open(store, 1, &st, &err), PA_OK);
    assert_int_equal(sqlite3_prepare_v2(pa_store_db(st), "SELECT count(*) FROM urls", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(q, 0), 1);
    sqlite3_finalize(q);
    pa_store_close(st);
    rm_rf(d);
    free(d);
}

static void lock_is_exclusive(void **state)
{
    (void)state;
    char *d = tmpdir();
    pa_store *a = NULL, *b = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(d, 1, &a, &err), PA_OK);
    /* flock is per open file description: a second open in the same process conflicts too. */
    assert_int_equal(pa_store_open(d, 1, &b, &err), PA_ERR_STORE);
    assert_null(b);
    assert_non_null(strstr(err.msg, "in use"));
    /* Readers that do not lock are fine. */
    assert_int_equal(pa_store_open(d, 0, &b, &err), PA_OK);
    pa_store_close(b);
    pa_store_close(a);
    assert_int_equal(pa_store_open(d, 1, &a, &err), PA_OK);
    pa_store_close(a);
    rm_rf(d);
    free(d);
}

static void refuses_newer_schema_and_garbage(void **state)
{
    (void)state;
    char *d = tmpdir();
    pa_store *st = NULL;
    pa_err err;
    assert_int_equal(pa_store_open(d, 0, &st, &err), PA_OK);
    assert_int_equal(pa_store_exec(st, "PRAGMA user_version=99", &err), PA_OK);
    pa_store_close(st);
    assert_int_equal(pa_store_open(d, 0, &st, &err), PA_ERR_STORE);
    assert_non_null(strstr(err.msg, "newer"));

    char *g = tmpdir();
    char p[600];
    snprintf(p, sizeof p, "%s/state.db", g);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    for (int i = 0; i < 200; i++)
        fputs("this is not an sqlite database at all\n", f);
    fclose(f);
    assert_int_equal(pa_store_open(g, 0, &st, &err), PA_ERR_STORE);
    assert_non_null(strstr(err.msg, g));

    /* A store path that is a regular file. */
    assert_int_equal(pa_store_open(p, 0, &st, &err), PA_ERR_STORE);
    rm_rf(d);
    rm_rf(g);
    free(d);
    free(g);
}

static void fingerprint_ignores_case_and_spacing(void **state)
{
    (void)state;
    char a[65], b[65], c[65];
    pa_text_fingerprint("Guangyuan  Aluminium\n\nPress  release", a);
    pa_text_fingerprint("guangyuan aluminium press RELEASE ", b);
    pa_text_fingerprint("guangyuan aluminium press releases", c);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
    /* Compatibility forms: fullwidth digits equal ASCII ones. */
    pa_text_fingerprint("２０２５", a);
    pa_text_fingerprint("2025", b);
    assert_string_equal(a, b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(creates_layout_and_schema),
        cmocka_unit_test(lock_is_exclusive),
        cmocka_unit_test(refuses_newer_schema_and_garbage),
        cmocka_unit_test(fingerprint_ignores_case_and_spacing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
