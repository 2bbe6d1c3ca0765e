/* testutil.c — helpers shared by the tests (see testutil.h). */
#include "testutil.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *tu_tmpdir(const char *tag)
{
    char tmpl[256];
    snprintf(tmpl, sizeof tmpl, "/tmp/pa-%s-XXXXXX", tag);
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

void tu_rm_rf(const char *dir)
{
    if (!dir || strncmp(dir, "/tmp/pa-", 8) != 0)
        return;
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
}

void tu_opts(pa_fetch_opts *o, const char *store, int port, const char *const *hosts)
{
    static char resolve[PA_MAX_RESOLVE][160];
    pa_fetch_opts_defaults(o);
    o->store_dir = store;
    o->quiet = 1;
    o->delay = 0;
    o->timeout = 10;
    o->connect_timeout = 5;
    o->backoff_base = 0.05;
    o->n_resolve = 0;
    for (int i = 0; hosts && hosts[i] && i < PA_MAX_RESOLVE; i++) {
        snprintf(resolve[i], sizeof resolve[i], "%s:%d:127.0.0.1", hosts[i], port);
        o->resolve[o->n_resolve++] = resolve[i];
    }
}

int tu_fetch(const pa_fetch_opts *o, const char *urls, pa_fetch_summary *sum)
{
    FILE *f = fmemopen((void *)urls, strlen(urls), "r");
    if (!f)
        return -1;
    pa_err err;
    pa_err_clear(&err);
    int rc = pa_fetch_run(o, f, "urls", sum, &err);
    if (rc)
        fprintf(stderr, "pa_fetch_run: %s\n", err.msg);
    fclose(f);
    return rc;
}

static sqlite3 *open_db(const char *store)
{
    char p[512];
    snprintf(p, sizeof p, "%s/state.db", store);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

char *tu_column(const char *store, const char *url, const char *column)
{
    sqlite3 *db = open_db(store);
    if (!db)
        return NULL;
    char sql[256];
    snprintf(sql, sizeof sql, "SELECT %s FROM urls WHERE url=?", column);
    sqlite3_stmt *q = NULL;
    char *res = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, url, -1, SQLITE_STATIC);
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
            res = strdup((const char *)sqlite3_column_text(q, 0));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return res;
}

char *tu_status(const char *store, const char *url)
{
    return tu_column(store, url, "status");
}

long tu_count(const char *store, const char *sql)
{
    sqlite3 *db = open_db(store);
    if (!db)
        return -1;
    sqlite3_stmt *q = NULL;
    long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = (long)sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return v;
}

char *tu_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        if (len)
            *len = (size_t)n;
    }
    return b;
}
