/* store.c — the store directory and state.db: opening, locking, schema
 * migrations and transactions.  The crawl modules prepare their own
 * statements against the schema documented in include/pressarc/store.h. */
#include "pressarc/store.h"

#include "pressarc/url.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct pa_store {
    char *dir;
    sqlite3 *db;
    int lock_fd;
};

static const char *const migrations[] = {
    /* 1: the initial schema */
    "CREATE TABLE urls("
    " id INTEGER PRIMARY KEY, url TEXT UNIQUE NOT NULL, input TEXT, line INTEGER,"
    " status TEXT NOT NULL DEFAULT 'queued', http_status INTEGER, error TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0, bytes INTEGER, final_url TEXT, content_type TEXT,"
    " fetched_at TEXT, sha256 TEXT, warc_file TEXT, warc_offset INTEGER,"
    " etag TEXT, last_modified TEXT, ip TEXT);"
    "CREATE INDEX urls_status ON urls(status);"
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY, url_id INTEGER UNIQUE REFERENCES urls(id),"
    " doc_id TEXT UNIQUE NOT NULL, url TEXT, final_url TEXT, lang TEXT, title TEXT,"
    " published TEXT, fetched TEXT, sha256 TEXT, text_sha256 TEXT,"
    " warc_file TEXT, warc_offset INTEGER, meta_json TEXT, text TEXT,"
    " bundle TEXT, signals TEXT);"
    "CREATE INDEX documents_bundle ON documents(bundle);"
    "CREATE INDEX documents_text_sha256 ON documents(text_sha256);"
    "CREATE TABLE bundles(id TEXT PRIMARY KEY, merged_into TEXT, created TEXT, updated TEXT);"
    "CREATE TABLE hosts(host TEXT PRIMARY KEY, robots_status INTEGER, robots_fetched TEXT,"
    " crawl_delay REAL, sitemaps TEXT);",
    /* 2: language-independent fingerprints for cross-lingual bundling */
    "ALTER TABLE documents ADD COLUMN anchors TEXT;"
    "CREATE TABLE doc_anchors(anchor TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(anchor, doc_id))"
    " WITHOUT ROWID;"
    "CREATE INDEX doc_anchors_doc ON doc_anchors(doc_id);",
    /* 3: hreflang alternates, for the hreflang bundling signal */
    "CREATE TABLE doc_links(href TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(href, doc_id)) WITHOUT ROWID;"
    "CREATE INDEX doc_links_doc ON doc_links(doc_id);"
    "CREATE INDEX documents_url ON documents(url);"
    "CREATE INDEX documents_final_url ON documents(final_url);",
    /* 4: where a document came from (daemon source name), and every run with its settings */
    "ALTER TABLE documents ADD COLUMN source TEXT;"
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, command TEXT NOT NULL, started TEXT NOT NULL,"
    " ended TEXT, settings TEXT, summary TEXT);"
    "CREATE INDEX documents_export ON documents(COALESCE(bundle, doc_id), lang, doc_id);",
    /* 5: the daemon's frontier: what each URL is, for which source, when it is due again */
    "ALTER TABLE urls ADD COLUMN source TEXT;"
    "ALTER TABLE urls ADD COLUMN kind TEXT;"
    "ALTER TABLE urls ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE urls ADD COLUMN due_at INTEGER;"
    "ALTER TABLE urls ADD COLUMN revisit_interval INTEGER;"
    "ALTER TABLE urls ADD COLUMN last_fetch INTEGER;"
    "ALTER TABLE urls ADD COLUMN changes INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE urls ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE urls ADD COLUMN hint_date TEXT;"
    "CREATE INDEX urls_due ON urls(due_at) WHERE due_at IS NOT NULL;"
    "CREATE INDEX urls_source ON urls(source) WHERE source IS NOT NULL;"
    "CREATE TABLE url_links(url TEXT NOT NULL, hreflang TEXT, href TEXT NOT NULL, PRIMARY KEY(url, href))"
    " WITHOUT ROWID;"
    "CREATE TABLE sources(name TEXT PRIMARY KEY, added TEXT, config TEXT, last_cycle TEXT, removed TEXT);",
    /* 6: what a Google News sitemap or a feed said of an article: its
     * publication time and language (used when the page says nothing) */
    "ALTER TABLE urls ADD COLUMN hint_published INTEGER;"
    "ALTER TABLE urls ADD COLUMN hint_from TEXT;"
    "ALTER TABLE urls ADD COLUMN hint_lang TEXT;",
    /* 7: MinHash signatures for the near-duplicate bundling signal (band keys go in doc_anchors) */
    "ALTER TABLE documents ADD COLUMN minhash BLOB;",
};
#define N_MIGRATIONS (sizeof migrations / sizeof migrations[0])

pa_code pa_store_err(pa_store *st, const char *what, pa_err *err)
{
    return pa_err_set(err, PA_ERR_STORE, "%s/state.db: %s: %s", st->dir, what,
                      st->db ? sqlite3_errmsg(st->db) : "not open");
}

pa_code pa_store_exec(pa_store *st, const char *sql, pa_err *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        pa_err_set(err, PA_ERR_STORE, "%s/state.db: %s", st->dir, msg ? msg : "error");
        sqlite3_free(msg);
        return PA_ERR_STORE;
    }
    return PA_OK;
}

pa_code pa_store_begin(pa_store *st, pa_err *err)
{
    return pa_store_exec(st, "BEGIN IMMEDIATE", err);
}

pa_code pa_store_commit(pa_store *st, pa_err *err)
{
    return pa_store_exec(st, "COMMIT", err);
}

sqlite3 *pa_store_db(pa_store *st)
{
    return st->db;
}

char *pa_store_path(const pa_store *st, const char *sub)
{
    size_t n = strlen(st->dir) + (sub ? strlen(sub) : 0) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s", st->dir, sub ? "/" : "", sub ? sub : "");
    return p;
}

static pa_code make_dir(const char *path, pa_err *err)
{
    if (mkdir(path, 0755) == 0 || errno == EEXIST) {
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
            return PA_OK;
        return pa_err_set(err, PA_ERR_STORE, "store %s: exists and is not a directory", path);
    }
    return pa_err_set(err, PA_ERR_STORE, "store %s: cannot create directory: %s", path, strerror(errno));
}

/* SQL function pa_site(url): the URL's registrable domain (see pa_url_site). */
static void sql_site(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *url = (const char *)sqlite3_value_text(argv[0]);
    char *site = url ? pa_url_site(url) : NULL;
    if (site)
        sqlite3_result_text(ctx, site, -1, free);
    else
        sqlite3_result_null(ctx);
}

static int user_version(pa_store *st)
{
    sqlite3_stmt *q = NULL;
    int v = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q, NULL) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    return v;
}

static pa_code migrate(pa_store *st, pa_err *err)
{
    int v = user_version(st);
    if (v < 0)
        return pa_store_err(st, "reading schema version (is it an SQLite database?)", err);
    if (v > (int)N_MIGRATIONS)
        return pa_err_set(err, PA_ERR_STORE,
                          "%s/state.db: schema version %d is newer than this pressarc (%d)",
                          st->dir, v, (int)N_MIGRATIONS);
    for (int i = v; i < (int)N_MIGRATIONS; i++) {
        if (pa_store_begin(st, err))
            return PA_ERR_STORE;
        char setv[64];
        snprintf(setv, sizeof setv, "PRAGMA user_version=%d", i + 1);
        if (pa_store_exec(st, migrations[i], err) || pa_store_exec(st, setv, err)) {
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return PA_ERR_STORE;
        }
        if (pa_store_commit(st, err))
            return PA_ERR_STORE;
    }
    return PA_OK;
}

/* Temporary tars left by a killed process (".<id>.tar.tmp.<pid>"): only
 * the lock holder writes bundles, so they are garbage once we hold it. */
static void remove_stale_temporaries(pa_store *st)
{
    char *dir = pa_store_path(st, "bundles");
    DIR *d = dir ? opendir(dir) : NULL;
    struct dirent *e;
    size_t seen = 0;
    while (d && (e = readdir(d)) && seen++ < 10000000) {
        if (e->d_name[0] != '.' || !strstr(e->d_name, ".tar.tmp."))
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    free(dir);
}

pa_code pa_store_open(const char *dir, int lock, pa_store **out, pa_err *err)
{
    *out = NULL;
    if (!dir || !*dir)
        return pa_err_set(err, PA_ERR_STORE, "store directory name is empty");
    pa_store *st = calloc(1, sizeof *st);
    if (!st || !(st->dir = strdup(dir))) {
        free(st);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    st->lock_fd = -1;
    size_t dl = strlen(st->dir);
    while (dl > 1 && st->dir[dl - 1] == '/')
        st->dir[--dl] = '\0';

    char *warc = pa_store_path(st, "warc"), *bundles = pa_store_path(st, "bundles");
    char *lockp = pa_store_path(st, "lock"), *dbp = pa_store_path(st, "state.db");
    pa_code rc = PA_OK;
    if (!warc || !bundles || !lockp || !dbp) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    if ((rc = make_dir(st->dir, err)) || (rc = make_dir(warc, err)) || (rc = make_dir(bundles, err)))
        goto done;
    if (lock) {
        st->lock_fd = open(lockp, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (st->lock_fd < 0) {
            rc = pa_err_set(err, PA_ERR_STORE, "store %s: cannot open lock file: %s", lockp, strerror(errno));
            goto done;
        }
        if (flock(st->lock_fd, LOCK_EX | LOCK_NB) != 0) {
            rc = pa_err_set(err, PA_ERR_STORE, "store %s is in use by another pressarc process", st->dir);
            goto done;
        }
    }
    if (lock)
        remove_stale_temporaries(st);
    if (sqlite3_open_v2(dbp, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        rc = pa_store_err(st, "cannot open", err);
        goto done;
    }
    sqlite3_busy_timeout(st->db, 10000);
    sqlite3_create_function(st->db, "pa_site", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_site, NULL, NULL);
    if ((rc = pa_store_exec(st, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                " PRAGMA foreign_keys=ON;", err)))
        goto done;
    rc = migrate(st, err);
done:
    free(warc);
    free(bundles);
    free(lockp);
    free(dbp);
    if (rc) {
        pa_store_close(st);
        return rc;
    }
    *out = st;
    return PA_OK;
}

void pa_store_close(pa_store *st)
{
    if (!st)
        return;
    if (st->db)
        sqlite3_close_v2(st->db);
    if (st->lock_fd >= 0)
        close(st->lock_fd);
    free(st->dir);
    free(st);
}

pa_code pa_store_open_existing(const char *dir, pa_store **out, pa_err *err)
{
    *out = NULL;
    char path[4096];
    struct stat sb;
    snprintf(path, sizeof path, "%s/state.db", dir ? dir : "");
    if (!dir || stat(path, &sb) != 0)
        return pa_err_set(err, PA_ERR_NOTFOUND, "no store at %s (%s missing)", dir ? dir : "(none)", path);
    return pa_store_open(dir, 0, out, err);
}

static void iso_now(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

pa_code pa_store_run_begin(pa_store *st, const char *command, const char *settings_json, int64_t *run_id,
                           pa_err *err)
{
    char now[32];
    iso_now(now);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(st->db, "INSERT INTO runs(command, started, settings) VALUES(?1, ?2, ?3)", -1, &q,
                           NULL) != SQLITE_OK)
        return pa_store_err(st, "record run", err);
    sqlite3_bind_text(q, 1, command, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, settings_json, -1, SQLITE_STATIC);
    int ok = sqlite3_step(q) == SQLITE_DONE;
    sqlite3_finalize(q);
    if (!ok)
        return pa_store_err(st, "record run", err);
    *run_id = sqlite3_last_insert_rowid(st->db);
    return PA_OK;
}

pa_code pa_store_run_end(pa_store *st, int64_t run_id, const char *summary_json, pa_err *err)
{
    char now[32];
    iso_now(now);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(st->db, "UPDATE runs SET ended=?1, summary=?2 WHERE id=?3", -1, &q, NULL) != SQLITE_OK)
        return pa_store_err(st, "record end of run", err);
    sqlite3_bind_text(q, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, summary_json, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 3, run_id);
    int ok = sqlite3_step(q) == SQLITE_DONE;
    sqlite3_finalize(q);
    return ok ? PA_OK : pa_store_err(st, "record end of run", err);
}
