/* cmd_bundles.c — `pressarc bundles --store DIR [--json]`: every bundle with
 * its documents (url, lang, title), from state.db; and `pressarc rebundle`,
 * which regroups the stored documents. */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "pressarc/bundle.h"
#include "pressarc/cli.h"
#include "pressarc/store.h"

int pa_cmd_bundles(int argc, char **argv)
{
    const char *dir = "./pressarc-store";
    int as_json = 0;
    static const struct option longopts[] = {
        {"store", required_argument, 0, 's'}, {"json", no_argument, 0, 'j'}, {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case 's': dir = optarg; break;
        case 'j': as_json = 1; break;
        case 'h': puts("usage: pressarc bundles [--store DIR] [--json]"); return 0;
        default: fputs("usage: pressarc bundles [--store DIR] [--json]\n", stderr); return 2;
        }
    }
    pa_store *st = NULL;
    pa_err err;
    pa_err_clear(&err);
    if (pa_store_open_existing(dir, &st, &err)) {
        fprintf(stderr, "pressarc bundles: %s\n", err.msg);
        return 3;
    }
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(pa_store_db(st),
                           "SELECT bundle, doc_id, url, lang, title, published FROM documents"
                           " WHERE bundle IS NOT NULL ORDER BY bundle, doc_id", -1, &q, NULL)) {
        fprintf(stderr, "pressarc bundles: %s\n", sqlite3_errmsg(pa_store_db(st)));
        pa_store_close(st);
        return 3;
    }
    json_t *cur = NULL;
    char cur_id[128] = "";
    for (int more = 1; more;) {
        int row = sqlite3_step(q) == SQLITE_ROW;
        const char *bid = row ? (const char *)sqlite3_column_text(q, 0) : NULL;
        if (cur && (!row || strcmp(bid, cur_id) != 0)) {
            if (as_json) {
                char *s = json_dumps(cur, JSON_COMPACT | JSON_PRESERVE_ORDER);
                if (s)
                    puts(s);
                free(s);
            }
            json_decref(cur);
            cur = NULL;
        }
        if (!row) {
            more = 0;
            continue;
        }
        if (!cur) {
            snprintf(cur_id, sizeof cur_id, "%s", bid);
            cur = json_object();
            json_object_set_new(cur, "bundle", json_string(bid));
            json_object_set_new(cur, "documents", json_array());
            if (!as_json)
                printf("%s\n", bid);
        }
        json_t *d = json_object();
        static const char *const keys[] = {"bundle", "id", "url", "lang", "title", "published"};
        for (int i = 1; i < 6; i++) {
            const char *t = (const char *)sqlite3_column_text(q, i);
            json_object_set_new(d, keys[i], t ? json_string(t) : json_null());
        }
        json_array_append_new(json_object_get(cur, "documents"), d);
        if (!as_json) {
            const char *lang = (const char *)sqlite3_column_text(q, 3);
            printf("  %-6s %s\n", lang ? lang : "und", sqlite3_column_text(q, 2));
        }
    }
    sqlite3_finalize(q);
    pa_store_close(st);
    return 0;
}

/* `pressarc rebundle [--store DIR]`: regroup every stored document (after the
 * grouping improves) without fetching again; tars are rewritten, those of
 * bundles that no longer exist removed. */
int pa_cmd_rebundle(int argc, char **argv)
{
    const char *dir = "./pressarc-store";
    static const struct option longopts[] = {
        {"store", required_argument, 0, 's'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case 's': dir = optarg; break;
        case 'h': puts("usage: pressarc rebundle [--store DIR]"); return 0;
        default: fputs("usage: pressarc rebundle [--store DIR]\n", stderr); return 2;
        }
    }
    pa_store *st = NULL;
    pa_err err;
    pa_err_clear(&err);
    if (pa_store_open_existing(dir, &st, &err)) {
        fprintf(stderr, "pressarc rebundle: %s\n", err.msg);
        return 3;
    }
    pa_store_close(st);
    if (pa_store_open(dir, 1, &st, &err)) { /* exclusive: no crawl may run meanwhile */
        fprintf(stderr, "pressarc rebundle: %s\n", err.msg);
        return 3;
    }
    sqlite3 *db = pa_store_db(st);
    pa_bundler *b = NULL;
    sqlite3_stmt *q = NULL;
    char **ids = NULL;
    size_t n = 0, cap = 0;
    int rc = 3;
    if (pa_bundler_new(st, &b, &err) || pa_store_begin(st, &err))
        goto out;
    /* the old bundles: their tars are rewritten or removed at the flush */
    if (sqlite3_prepare_v2(db, "SELECT DISTINCT bundle FROM documents WHERE bundle IS NOT NULL", -1, &q, NULL)) {
        pa_store_err(st, "list bundles", &err);
        goto rollback;
    }
    while (sqlite3_step(q) == SQLITE_ROW)
        if (pa_bundler_mark_dirty(b, (const char *)sqlite3_column_text(q, 0), &err))
            break;
    sqlite3_finalize(q);
    q = NULL;
    if (err.code || pa_store_exec(st, "UPDATE documents SET bundle=NULL, signals=NULL; DELETE FROM bundles;"
                                      " DELETE FROM doc_anchors;", &err))
        goto rollback;
    if (sqlite3_prepare_v2(db, "SELECT doc_id FROM documents ORDER BY doc_id", -1, &q, NULL)) {
        pa_store_err(st, "list documents", &err);
        goto rollback;
    }
    while (sqlite3_step(q) == SQLITE_ROW) {
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 1024;
            char **ni = realloc(ids, nc * sizeof *ni);
            if (!ni) {
                pa_err_set(&err, PA_ERR_NOMEM, "out of memory");
                goto rollback;
            }
            ids = ni;
            cap = nc;
        }
        if (!(ids[n] = strdup((const char *)sqlite3_column_text(q, 0)))) {
            pa_err_set(&err, PA_ERR_NOMEM, "out of memory");
            goto rollback;
        }
        n++;
    }
    sqlite3_finalize(q);
    q = NULL;
    for (size_t i = 0; i < n; i++)
        if (pa_bundler_assign(b, ids[i], &err))
            goto rollback;
    if (pa_bundler_flush(b, &err) || pa_store_commit(st, &err))
        goto rollback;
    long bundles = 0;
    if (sqlite3_prepare_v2(db, "SELECT count(DISTINCT bundle) FROM documents", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        bundles = (long)sqlite3_column_int64(q, 0);
    printf("pressarc rebundle: %zu documents in %ld bundles\n", n, bundles);
    rc = 0;
    goto out;
rollback:
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    fprintf(stderr, "pressarc rebundle: %s (nothing changed)\n", err.msg);
out:
    sqlite3_finalize(q);
    for (size_t i = 0; i < n; i++)
        free(ids[i]);
    free(ids);
    pa_bundler_free(b);
    pa_store_close(st);
    return rc;
}
