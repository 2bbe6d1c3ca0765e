/* cmd_status.c — `pressarc status --store DIR [--json] [--urls]`: outcome
 * counts of a store, or every URL with its outcome and reason. */
#include <fcntl.h>
#include <getopt.h>
#include <sys/file.h>
#include <unistd.h>
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

/* 1 if a fetch or daemon holds the store's lock right now. */
static int store_in_use(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/lock", dir);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    int busy = flock(fd, LOCK_SH | LOCK_NB) != 0;
    close(fd);
    return busy;
}

/* Per-source progress of the daemon's frontier: an array of objects
 * {name, urls, fetched, failed, queued, due_now, documents, last_fetch,
 * next_due, removed}. */
static json_t *source_progress(sqlite3 *db)
{
    json_t *arr = json_array();
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT s.name, COUNT(u.id), SUM(u.status = 'fetched'), SUM(u.status NOT IN"
                           " ('fetched', 'queued')), SUM(u.status = 'queued'),"
                           " SUM(u.due_at <= CAST(strftime('%s', 'now') AS INTEGER)),"
                           " (SELECT COUNT(*) FROM documents d JOIN urls u2 ON u2.id = d.url_id WHERE u2.source = s.name),"
                           " strftime('%Y-%m-%dT%H:%M:%SZ', MAX(u.last_fetch), 'unixepoch'),"
                           " strftime('%Y-%m-%dT%H:%M:%SZ', MIN(u.due_at), 'unixepoch'), s.removed IS NOT NULL"
                           " FROM sources s LEFT JOIN urls u ON u.source = s.name GROUP BY s.name ORDER BY s.name",
                           -1, &q, NULL) != SQLITE_OK)
        return arr; /* a store without sources (schema < 5 is migrated on open, so rare) */
    static const char *const keys[] = {"name",    "urls",      "fetched",    "failed",   "queued",
                                       "due_now", "documents", "last_fetch", "next_due", "removed"};
    while (sqlite3_step(q) == SQLITE_ROW) {
        json_t *o = json_object();
        for (int i = 0; i < 10; i++) {
            if (i == 9)
                json_object_set_new(o, keys[i], json_boolean(sqlite3_column_int(q, i)));
            else if (i == 0 || i == 7 || i == 8)
                json_object_set_new(o, keys[i], sqlite3_column_type(q, i) == SQLITE_NULL
                                                    ? json_null()
                                                    : json_string((const char *)sqlite3_column_text(q, i)));
            else
                json_object_set_new(o, keys[i], json_integer(sqlite3_column_int64(q, i)));
        }
        json_array_append_new(arr, o);
    }
    sqlite3_finalize(q);
    return arr;
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
    json_t *sources = source_progress(db);
    if (as_json) {
        json_object_set_new(o, "running", json_boolean(store_in_use(dir)));
        json_object_set_new(o, "sources", sources);
        sources = NULL;
        char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (s)
            puts(s);
        free(s);
    } else {
        printf("store: %s\n", dir);
        const char *key;
        json_t *v;
        json_object_foreach(o, key, v) printf("%-10s %lld\n", key, (long long)json_integer_value(v));
        printf("running    %s\n", store_in_use(dir) ? "yes (a fetch or daemon holds the store)" : "no");
        size_t i;
        json_t *src;
        if (json_array_size(sources))
            printf("\n%-24s %8s %8s %8s %8s %8s %9s  %-20s\n", "source", "urls", "fetched", "failed", "queued", "due now",
                   "documents", "next due");
        json_array_foreach(sources, i, src)
        {
            printf("%-24s %8lld %8lld %8lld %8lld %8lld %9lld  %-20s%s\n",
                   json_string_value(json_object_get(src, "name")),
                   (long long)json_integer_value(json_object_get(src, "urls")),
                   (long long)json_integer_value(json_object_get(src, "fetched")),
                   (long long)json_integer_value(json_object_get(src, "failed")),
                   (long long)json_integer_value(json_object_get(src, "queued")),
                   (long long)json_integer_value(json_object_get(src, "due_now")),
                   (long long)json_integer_value(json_object_get(src, "documents")),
                   json_string_value(json_object_get(src, "next_due")) ? json_string_value(json_object_get(src, "next_due"))
                                                                       : "-",
                   json_is_true(json_object_get(src, "removed")) ? "  (removed from the configuration)" : "");
        }
    }
    json_decref(sources);
    json_decref(o);
    pa_store_close(st);
    return rc;
}
