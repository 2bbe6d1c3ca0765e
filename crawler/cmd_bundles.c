/* cmd_bundles.c — `pressarc bundles --store DIR [--json]`: every bundle with
 * its documents (url, lang, title), from state.db; and `pressarc rebundle`,
 * which regroups the stored documents. */
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <sqlite3.h>
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

/* Rebundling spends a third of its time on each document's fingerprint and
 * MinHash signature, which depend on its text alone: a second thread computes
 * them ahead of the bundler, reading the texts in doc_id order through its
 * own read-only connection (WAL: it sees the committed texts, which the
 * rebundle does not change), and hands them over through a bounded queue. */
#define PRE_QUEUE 32 /* documents computed ahead at most (~16 KB each) */

typedef struct {
    char *id;          /* NULL: the producer stopped here (end, or an error) */
    pa_fingerprint fp; /* anchors malloc'd */
    pa_minhash mh;
    int has_mh;
} pre_doc;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t can_put, can_get;
    pre_doc q[PRE_QUEUE];
    size_t head, count;
    int stop; /* the consumer wants no more */
    char *db_path;
} pre_pool;

static void pre_doc_free(pre_doc *d)
{
    free(d->id);
    pa_fingerprint_free(&d->fp);
    memset(d, 0, sizeof *d);
}

/* Put one document (NULL id: the end) into the queue; 0 when the consumer
 * stopped (the document is freed).  Either side, once it waits, waits for
 * half a queue (or the end): two threads of about the same speed would
 * otherwise wake each other at every document. */
static int pre_put(pre_pool *p, pre_doc *d)
{
    pthread_mutex_lock(&p->mu);
    if (p->count == PRE_QUEUE)
        while (p->count > PRE_QUEUE / 2 && !p->stop)
            pthread_cond_wait(&p->can_put, &p->mu);
    int ok = !p->stop;
    if (ok) {
        p->q[(p->head + p->count) % PRE_QUEUE] = *d;
        p->count++;
        if (p->count == PRE_QUEUE / 2 || !d->id)
            pthread_cond_signal(&p->can_get);
    }
    pthread_mutex_unlock(&p->mu);
    if (!ok)
        pre_doc_free(d);
    return ok;
}

/* The producer thread: every document's fingerprint and signature, in doc_id
 * order, then an end marker (also after an error: the consumer computes the
 * rest itself). */
static void *pre_run(void *arg)
{
    pre_pool *p = arg;
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    if (sqlite3_open_v2(p->db_path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT doc_id, text FROM documents ORDER BY doc_id", -1, &q, NULL) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        while (sqlite3_step(q) == SQLITE_ROW) {
            const char *id = (const char *)sqlite3_column_text(q, 0);
            const char *text = (const char *)sqlite3_column_text(q, 1);
            if (!id || !text)
                break; /* the bundler reports it */
            size_t len = (size_t)sqlite3_column_bytes(q, 1);
            pre_doc d;
            memset(&d, 0, sizeof d);
            pa_err err;
            if (!(d.id = strdup(id)) || pa_fingerprint_text(text, len, &d.fp, &err) != PA_OK) {
                pre_doc_free(&d);
                break;
            }
            d.has_mh = pa_minhash_text(text, len, &d.mh) == 0;
            if (!pre_put(p, &d))
                break;
        }
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    pre_doc end;
    memset(&end, 0, sizeof end);
    pre_put(p, &end);
    return NULL;
}

/* The next computed document from the queue into *d; 0 at the end. */
static int pre_get(pre_pool *p, pre_doc *d)
{
    pthread_mutex_lock(&p->mu);
    if (!p->count) /* until half a queue, or the end marker, is there */
        while (p->count < PRE_QUEUE / 2 && !(p->count && !p->q[(p->head + p->count - 1) % PRE_QUEUE].id))
            pthread_cond_wait(&p->can_get, &p->mu);
    *d = p->q[p->head];
    int more = d->id != NULL;
    if (more) { /* the end marker stays for later calls */
        p->head = (p->head + 1) % PRE_QUEUE;
        p->count--;
        if (p->count == PRE_QUEUE / 2)
            pthread_cond_signal(&p->can_put);
    }
    pthread_mutex_unlock(&p->mu);
    return more;
}

/* Bundle ids[0..n) in order, with the fingerprints and signatures computed
 * by a second thread when it starts (else all here). */
static pa_code assign_all(pa_store *st, pa_bundler *b, char **ids, size_t n, pa_err *err)
{
    pre_pool p;
    memset(&p, 0, sizeof p);
    pthread_t th;
    int started = 0;
    if ((p.db_path = pa_store_path(st, "state.db")) && pthread_mutex_init(&p.mu, NULL) == 0) {
        if (pthread_cond_init(&p.can_put, NULL) == 0) {
            if (pthread_cond_init(&p.can_get, NULL) == 0) {
                started = pthread_create(&th, NULL, pre_run, &p) == 0;
                if (!started)
                    pthread_cond_destroy(&p.can_get);
            }
            if (!started)
                pthread_cond_destroy(&p.can_put);
        }
        if (!started)
            pthread_mutex_destroy(&p.mu);
    }
    pa_code rc = PA_OK;
    int more = started;
    for (size_t i = 0; i < n && !rc; i++) {
        pre_doc d;
        memset(&d, 0, sizeof d);
        /* the producer reads the same rows in the same order; anything else
         * (it stopped, another id) and this document is computed here */
        if (more && (more = pre_get(&p, &d)) && strcmp(d.id, ids[i]) == 0) {
            rc = pa_bundler_assign_pre(b, ids[i], &d.fp, d.has_mh ? &d.mh : NULL, err);
        } else {
            rc = pa_bundler_assign(b, ids[i], err);
            more = 0; /* out of step: no more from the producer */
        }
        if (d.id)
            pre_doc_free(&d);
    }
    if (started) {
        pthread_mutex_lock(&p.mu);
        p.stop = 1;
        pthread_cond_broadcast(&p.can_put);
        pthread_mutex_unlock(&p.mu);
        pthread_join(th, NULL);
        for (size_t k = 0; k < p.count; k++)
            pre_doc_free(&p.q[(p.head + k) % PRE_QUEUE]);
        pthread_cond_destroy(&p.can_get);
        pthread_cond_destroy(&p.can_put);
        pthread_mutex_destroy(&p.mu);
    }
    free(p.db_path);
    return rc;
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
    if (assign_all(st, b, ids, n, &err))
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
