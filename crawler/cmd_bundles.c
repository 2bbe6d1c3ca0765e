/* cmd_bundles.c — `pressarc bundles --store DIR [--json]`: every bundle with
 * its documents (url, lang, title), from state.db. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

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
