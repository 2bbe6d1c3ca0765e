/* cmd_status.c — `pressarc status --store DIR [--json] [--urls]`: outcome
 * counts of a store, or every URL with its outcome and reason. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "pressarc/cli.h"
#include "pressarc/store.h"

static void usage(FILE *f)
{
    fputs("usage: pressarc status [--store DIR] [--json] [--urls]\n"
          "  --store DIR  store directory (default ./pressarc-store)\n"
          "  --json       counts as one JSON object\n"
          "  --urls       one JSON object per URL: outcome, HTTP status, reason\n",
          f);
}

/* The store for a reading command, or NULL after a message (exit 3). */
static pa_store *open_existing(const char *dir, const char *cmd)
{
    pa_store *st = NULL;
    pa_err err;
    pa_err_clear(&err);
    if (pa_store_open_existing(dir, &st, &err)) {
        fprintf(stderr, "pressarc %s: %s\n", cmd, err.msg);
        return NULL;
    }
    return st;
}

static json_int_t scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q = NULL;
    json_int_t v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return v;
}

static void set_col(json_t *o, const char *key, sqlite3_stmt *q, int col)
{
    switch (sqlite3_column_type(q, col)) {
    case SQLITE_INTEGER: json_object_set_new(o, key, json_integer(sqlite3_column_int64(q, col))); break;
    case SQLITE_NULL: json_object_set_new(o, key, json_null()); break;
    default: {
        const char *t = (const char *)sqlite3_column_text(q, col);
        json_t *s = json_string(t ? t : "");
        json_object_set_new(o, key, s ? s : json_string("(invalid UTF-8)"));
    }
    }
}

static int print_urls(sqlite3 *db)
{
    static const char *const cols[] = {"url", "status", "http_status", "error", "final_url", "bytes",
                                       "content_type", "fetched_at", "sha256", "warc_file", "warc_offset",
                                       "attempts", "line"};
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT url, status, http_status, error, final_url, bytes, content_type,"
                           " fetched_at, sha256, warc_file, warc_offset, attempts, line FROM urls ORDER BY id",
                           -1, &q, NULL) != SQLITE_OK) {
        fprintf(stderr, "pressarc status: %s\n", sqlite3_errmsg(db));
        return 3;
    }
    while (sqlite3_step(q) == SQLITE_ROW) {
        json_t *o = json_object();
        for (int i = 0; i < (int)(sizeof cols / sizeof cols[0]); i++)
            set_col(o, cols[i], q, i);
        char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (s)
            puts(s);
        free(s);
        json_decref(o);
    }
    sqlite3_finalize(q);
    return 0;
}

int pa_cmd_status(int argc, char **argv)
{
    const char *dir = "./pressarc-store";
    int as_json = 0, urls = 0;
    static const struct option longopts[] = {
        {"store", required_argument, 0, 's'}, {"json", no_argument, 0, 'j'},
        {"urls", no_argument, 0, 'u'},        {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case 's': dir = optarg; break;
        case 'j': as_json = 1; break;
        case 'u': urls = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }
    pa_store *st = open_existing(dir, "status");
    if (!st)
        return 3;
    sqlite3 *db = pa_store_db(st);
    int rc = 0;
    if (urls) {
        rc = print_urls(db);
        pa_store_close(st);
        return rc;
    }
    json_t *o = json_object();
    json_object_set_new(o, "urls", json_integer(scalar(db, "SELECT count(*) FROM urls")));
    static const char *const outcomes[] = {"fetched", "failed", "robots", "invalid", "too_large", "queued"};
    for (size_t i = 0; i < sizeof outcomes / sizeof outcomes[0]; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM urls WHERE status='%s'", outcomes[i]);
        json_object_set_new(o, outcomes[i], json_integer(scalar(db, sql)));
    }
    json_object_set_new(o, "documents", json_integer(scalar(db, "SELECT count(*) FROM documents")));
    json_object_set_new(o, "bundles", json_integer(scalar(db, "SELECT count(DISTINCT bundle) FROM documents"
                                                              " WHERE bundle IS NOT NULL")));
    json_object_set_new(o, "bytes", json_integer(scalar(db, "SELECT coalesce(sum(bytes),0) FROM urls")));
    if (as_json) {
        char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (s)
            puts(s);
        free(s);
    } else {
        printf("store: %s\n", dir);
        const char *key;
        json_t *v;
        json_object_foreach(o, key, v) printf("%-10s %lld\n", key, (long long)json_integer_value(v));
    }
    json_decref(o);
    pa_store_close(st);
    return rc;
}
