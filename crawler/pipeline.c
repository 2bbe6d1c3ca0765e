/* pipeline.c — the post-fetch thread: WARC records, payload decoding and
 * hashing, URL outcomes in state.db, extraction and bundling.  Work is
 * committed in batches; before each commit the WARC data is flushed and
 * the changed bundle tars are rewritten, so state.db never points at
 * anything that is not on disk. */
#include "pressarc/pipeline.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/bundle.h"
#include "pressarc/decode.h"
#include "pressarc/extract.h"
#include "pressarc/hash.h"
#include "pressarc/httpdate.h"
#include "pressarc/version.h"
#include "pressarc/warc.h"

#define PA_PIPE_QUEUE_BYTES ((size_t)24 << 20) /* bytes waiting before push() blocks */
#define PA_PIPE_BATCH_JOBS 256                  /* jobs per transaction at most */
#define PA_PIPE_BATCH_SECONDS 1.0               /* seconds per transaction at most */

struct pa_pipeline {
    pa_store *st;
    const pa_fetch_opts *o;
    pa_warc_writer *warc;
    pa_bundler *bundler;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_space;
    pa_job *head, *tail;
    size_t queued_bytes;
    int closing;
    pa_fetch_summary counts; /* under mu */
    pa_err fatal;            /* first fatal error (thread-local until join) */
    int in_batch;
    int batch_jobs;
    struct timespec batch_start;
    sqlite3_stmt *upd_url, *upsert_doc, *upsert_host;
    int failed; /* under mu */
};

void pa_job_free(pa_job *j)
{
    if (!j)
        return;
    free(j->error);
    free(j->input_url);
    free(j->target_uri);
    free(j->final_url);
    free(j->request);
    free(j->response);
    free(j->content_type);
    free(j->content_encoding);
    free(j->content_language);
    free(j->etag);
    free(j->last_modified);
    free(j->host_key);
    free(j->sitemaps);
    free(j);
}

static size_t job_bytes(const pa_job *j)
{
    return sizeof *j + j->request_len + j->response_len;
}

static double elapsed_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static int is_html(const char *ctype, const char *body, size_t len)
{
    if (ctype && *ctype) {
        return strncasecmp(ctype, "text/html", 9) == 0 ||
               strncasecmp(ctype, "application/xhtml+xml", 21) == 0;
    }
    /* No Content-Type: sniff the start of the body. */
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i + 5 <= n; i++)
        if (body[i] == '<' && (strncasecmp(body + i, "<html", 5) == 0 || strncasecmp(body + i, "<!doc", 5) == 0))
            return 1;
    return 0;
}

static pa_code batch_begin(pa_pipeline *p, pa_err *err)
{
    if (p->in_batch)
        return PA_OK;
    if (pa_store_begin(p->st, err))
        return PA_ERR_STORE;
    p->in_batch = 1;
    p->batch_jobs = 0;
    clock_gettime(CLOCK_MONOTONIC, &p->batch_start);
    return PA_OK;
}

/* Order matters: WARC bytes and bundle tars reach the disk before the
 * transaction that refers to them commits. */
static pa_code batch_commit(pa_pipeline *p, pa_err *err)
{
    if (!p->in_batch)
        return PA_OK;
    pa_code rc = pa_warc_sync(p->warc, err);
    if (!rc)
        rc = pa_bundler_flush(p->bundler, err);
    if (!rc)
        rc = pa_store_commit(p->st, err);
    if (rc)
        sqlite3_exec(pa_store_db(p->st), "ROLLBACK", NULL, NULL, NULL);
    p->in_batch = 0;
    return rc;
}

static void bind_text_or_null(sqlite3_stmt *q, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(q, i);
}

static char *meta_json(const pa_doc *d, const pa_job *j)
{
    json_t *m = json_object();
    json_t *alts = json_array();
    if (!m || !alts) {
        json_decref(m);
        json_decref(alts);
        return NULL;
    }
    for (size_t i = 0; i < d->n_alternates; i++) {
        json_t *a = json_pack("{s:s?, s:s?}", "hreflang", d->alternates[i].hreflang, "href",
                              d->alternates[i].href);
        if (a)
            json_array_append_new(alts, a);
    }
    json_object_set_new(m, "author", d->author ? json_string(d->author) : json_null());
    json_object_set_new(m, "sitename", d->sitename ? json_string(d->sitename) : json_null());
    json_object_set_new(m, "canonical", d->canonical ? json_string(d->canonical) : json_null());
    json_object_set_new(m, "alternates", alts);
    json_object_set_new(m, "charset", d->charset ? json_string(d->charset) : json_null());
    json_object_set_new(m, "date_source", d->date_source ? json_string(d->date_source) : json_null());
    json_object_set_new(m, "content_type", j->content_type ? json_string(j->content_type) : json_null());
    json_object_set_new(m, "paragraphs", json_integer((json_int_t)d->n_paragraphs));
    char *s = json_dumps(m, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(m);
    return s;
}

/* Extract an HTML payload and store/bundle it.  Extraction problems are
 * the page's, not the run's: they return a message in *why, not an error. */
static pa_code file_document(pa_pipeline *p, const pa_job *j, const char *body, size_t len,
                             const char *sha256, const pa_warc_loc *loc, const char *fetched_iso,
                             char **why, pa_err *err)
{
    pa_doc d;
    pa_err xerr;
    pa_err_clear(&xerr);
    pa_extract_opts eo = {
        .url = j->final_url ? j->final_url : j->target_uri,
        .content_type = j->content_type,
        .content_language = j->content_language,
        .fetch_time = j->fetched,
    };
    if (pa_extract(body, len, &eo, &d, &xerr) != PA_OK) {
        size_t n = strlen(xerr.msg) + 16;
        if ((*why = malloc(n)))
            snprintf(*why, n, "extract: %s", xerr.msg);
        return PA_OK;
    }
    const char *doc_url = j->input_url ? j->input_url : j->target_uri;
    char doc_id[24], url_hash[65], text_fp[65];
    pa_sha256_hex(doc_url ? doc_url : "", doc_url ? strlen(doc_url) : 0, url_hash);
    snprintf(doc_id, sizeof doc_id, "d%.16s", url_hash);
    pa_text_fingerprint(d.text, text_fp);
    char *meta = meta_json(&d, j);
    sqlite3_stmt *q = p->upsert_doc;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    sqlite3_bind_int64(q, 1, j->url_id);
    sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_TRANSIENT);
    bind_text_or_null(q, 3, doc_url);
    bind_text_or_null(q, 4, j->final_url);
    bind_text_or_null(q, 5, d.lang);
    bind_text_or_null(q, 6, d.title);
    bind_text_or_null(q, 7, d.published);
    bind_text_or_null(q, 8, fetched_iso);
    bind_text_or_null(q, 9, sha256);
    sqlite3_bind_text(q, 10, text_fp, -1, SQLITE_TRANSIENT);
    bind_text_or_null(q, 11, loc->file[0] ? loc->file : NULL);
    sqlite3_bind_int64(q, 12, (sqlite3_int64)loc->offset);
    bind_text_or_null(q, 13, meta);
    sqlite3_bind_text(q, 14, d.text, -1, SQLITE_TRANSIENT);
    pa_code rc = PA_OK;
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = pa_store_err(p->st, "store document", err);
    free(meta);
    pa_doc_free(&d);
    if (!rc)
        rc = pa_bundler_assign(p->bundler, doc_id, err);
    if (!rc) {
        pthread_mutex_lock(&p->mu);
        p->counts.documents++;
        pthread_mutex_unlock(&p->mu);
    }
    return rc;
}

static void count_outcome(pa_pipeline *p, const char *status, uint64_t bytes)
{
    pthread_mutex_lock(&p->mu);
    if (strcmp(status, PA_ST_FETCHED) == 0)
        p->counts.fetched++;
    else if (strcmp(status, PA_ST_ROBOTS) == 0)
        p->counts.robots++;
    else if (strcmp(status, PA_ST_INVALID) == 0)
        p->counts.invalid++;
    else if (strcmp(status, PA_ST_TOO_LARGE) == 0)
        p->counts.too_large++;
    else
        p->counts.failed++;
    p->counts.bytes += bytes;
    pthread_mutex_unlock(&p->mu);
}

static pa_code process(pa_pipeline *p, pa_job *j, pa_err *err)
{
    pa_warc_loc loc;
    memset(&loc, 0, sizeof loc);
    char sha256[65] = "";
    const char *status = j->status ? j->status : PA_ST_FAILED;
    char *why = NULL; /* replaces j->error when set */
    pa_code rc = PA_OK;

    if (j->request && j->response) {
        rc = pa_warc_write_exchange(p->warc, j->target_uri, j->fetched, j->ip[0] ? j->ip : NULL,
                                    j->request, j->request_len, j->response, j->response_len,
                                    j->head_len, &loc, sha256, err);
        if (rc)
            return rc; /* the archive cannot be written: fatal for the run */
    }
    if (j->host_key) {
        if ((rc = batch_begin(p, err)))
            return rc;
        sqlite3_stmt *h = p->upsert_host;
        sqlite3_reset(h);
        sqlite3_bind_text(h, 1, j->host_key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(h, 2, j->robots_status);
        char when[32];
        pa_iso8601_format(j->fetched, when, sizeof when);
        sqlite3_bind_text(h, 3, when, -1, SQLITE_TRANSIENT);
        if (j->crawl_delay >= 0)
            sqlite3_bind_double(h, 4, j->crawl_delay);
        else
            sqlite3_bind_null(h, 4);
        bind_text_or_null(h, 5, j->sitemaps);
        if (sqlite3_step(h) != SQLITE_DONE)
            return pa_store_err(p->st, "record host", err);
        p->batch_jobs++;
    }
    if (!j->final || j->url_id <= 0)
        return PA_OK;
    if ((rc = batch_begin(p, err)))
        return rc;

    char fetched_iso[32];
    pa_iso8601_format(j->fetched, fetched_iso, sizeof fetched_iso);
    char *decoded = NULL;
    size_t dlen = 0;
    if (strcmp(status, PA_ST_FETCHED) == 0 && j->response) {
        pa_err derr;
        pa_err_clear(&derr);
        pa_code dc = pa_content_decode(j->content_encoding, j->response + j->head_len,
                                       j->response_len - j->head_len, (size_t)p->o->max_bytes,
                                       &decoded, &dlen, &derr);
        if (dc == PA_ERR_LIMIT) {
            status = PA_ST_TOO_LARGE;
            why = malloc(160);
            if (why)
                snprintf(why, 160, "decoded body exceeds --max-bytes %llu (Content-Encoding: %s)",
                         (unsigned long long)p->o->max_bytes, j->content_encoding ? j->content_encoding : "none");
        } else if (dc) {
            status = PA_ST_FAILED;
            size_t n = strlen(derr.msg) + 32;
            if ((why = malloc(n)))
                snprintf(why, n, "content decoding: %s", derr.msg);
        } else if (is_html(j->content_type, decoded, dlen)) {
            rc = file_document(p, j, decoded, dlen, sha256, &loc, fetched_iso, &why, err);
        }
    }

    sqlite3_stmt *q = p->upd_url;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    sqlite3_bind_text(q, 1, status, -1, SQLITE_STATIC);
    if (j->http_status > 0)
        sqlite3_bind_int64(q, 2, j->http_status);
    else
        sqlite3_bind_null(q, 2);
    bind_text_or_null(q, 3, why ? why : j->error);
    sqlite3_bind_int(q, 4, j->attempts);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)(decoded ? dlen : j->bytes));
    bind_text_or_null(q, 6, j->final_url);
    bind_text_or_null(q, 7, j->content_type);
    bind_text_or_null(q, 8, fetched_iso);
    bind_text_or_null(q, 9, sha256[0] ? sha256 : NULL);
    bind_text_or_null(q, 10, loc.file[0] ? loc.file : NULL);
    if (loc.file[0])
        sqlite3_bind_int64(q, 11, (sqlite3_int64)loc.offset);
    else
        sqlite3_bind_null(q, 11);
    bind_text_or_null(q, 12, j->etag);
    bind_text_or_null(q, 13, j->last_modified);
    bind_text_or_null(q, 14, j->ip[0] ? j->ip : NULL);
    sqlite3_bind_int64(q, 15, j->url_id);
    if (!rc && sqlite3_step(q) != SQLITE_DONE)
        rc = pa_store_err(p->st, "record URL outcome", err);
    free(decoded);
    free(why);
    if (!rc)
        count_outcome(p, status, j->bytes);
    p->batch_jobs++;
    return rc;
}

static void *thread_main(void *arg)
{
    pa_pipeline *p = arg;
    pa_err err;
    pa_err_clear(&err);
    int failed = 0;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->head && !p->closing) {
            if (p->in_batch) /* idle: make what we have durable now */
                break;
            pthread_cond_wait(&p->cv_work, &p->mu);
        }
        pa_job *j = p->head;
        if (j) {
            p->head = j->next;
            if (!p->head)
                p->tail = NULL;
            p->queued_bytes -= job_bytes(j);
            pthread_cond_broadcast(&p->cv_space);
        }
        int closing = p->closing;
        pthread_mutex_unlock(&p->mu);

        if (!j) {
            if (!failed && batch_commit(p, &err))
                failed = 1;
            if (closing)
                break;
            continue;
        }
        if (!failed && process(p, j, &err)) {
            failed = 1;
            pthread_mutex_lock(&p->mu);
            p->failed = 1;
            pthread_mutex_unlock(&p->mu);
        }
        if (failed) {
            pthread_mutex_lock(&p->mu);
            if (j->final)
                p->counts.failed++;
            pthread_mutex_unlock(&p->mu);
        }
        pa_job_free(j);
        if (!failed && p->in_batch &&
            (p->batch_jobs >= PA_PIPE_BATCH_JOBS || elapsed_since(&p->batch_start) >= PA_PIPE_BATCH_SECONDS) &&
            batch_commit(p, &err))
            failed = 1;
    }
    if (!failed && batch_commit(p, &err))
        failed = 1;
    if (failed)
        p->fatal = err;
    return NULL;
}

pa_code pa_pipeline_start(pa_store *st, const pa_fetch_opts *o, pa_pipeline **out, pa_err *err)
{
    *out = NULL;
    pa_pipeline *p = calloc(1, sizeof *p);
    if (!p)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    p->st = st;
    p->o = o;
    pa_code rc;
    char *wdir = pa_store_path(st, "warc");
    char info[512];
    snprintf(info, sizeof info, "operator: pressarc fetch\r\nuser-agent: %s\r\nrobots: %s\r\n",
             o->user_agent ? o->user_agent : PA_DEFAULT_USER_AGENT, o->ignore_robots ? "ignore" : "obey");
    rc = wdir ? pa_warc_open(wdir, o->warc_rotate, "pressarc/" PA_VERSION, info, &p->warc, err)
              : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    free(wdir);
    if (rc)
        goto fail;
    if ((rc = pa_bundler_new(st, &p->bundler, err)))
        goto fail;
    sqlite3 *db = pa_store_db(st);
    if (sqlite3_prepare_v2(db,
                           "UPDATE urls SET status=?1, http_status=?2, error=?3, attempts=?4, bytes=?5,"
                           " final_url=?6, content_type=?7, fetched_at=?8, sha256=?9, warc_file=?10,"
                           " warc_offset=?11, etag=?12, last_modified=?13, ip=?14 WHERE id=?15",
                           -1, &p->upd_url, NULL) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO documents(url_id, doc_id, url, final_url, lang, title, published,"
                           " fetched, sha256, text_sha256, warc_file, warc_offset, meta_json, text)"
                           " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"
                           " ON CONFLICT(url_id) DO UPDATE SET doc_id=excluded.doc_id, url=excluded.url,"
                           " final_url=excluded.final_url, lang=excluded.lang, title=excluded.title,"
                           " published=excluded.published, fetched=excluded.fetched, sha256=excluded.sha256,"
                           " text_sha256=excluded.text_sha256, warc_file=excluded.warc_file,"
                           " warc_offset=excluded.warc_offset, meta_json=excluded.meta_json, text=excluded.text",
                           -1, &p->upsert_doc, NULL) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO hosts(host, robots_status, robots_fetched, crawl_delay, sitemaps)"
                           " VALUES(?1,?2,?3,?4,?5) ON CONFLICT(host) DO UPDATE SET"
                           " robots_status=excluded.robots_status, robots_fetched=excluded.robots_fetched,"
                           " crawl_delay=excluded.crawl_delay, sitemaps=excluded.sitemaps",
                           -1, &p->upsert_host, NULL)) {
        rc = pa_store_err(st, "prepare statements", err);
        goto fail;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv_work, NULL);
    pthread_cond_init(&p->cv_space, NULL);
    if (pthread_create(&p->thread, NULL, thread_main, p) != 0) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "cannot start the pipeline thread");
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->cv_work);
        pthread_cond_destroy(&p->cv_space);
        goto fail;
    }
    *out = p;
    return PA_OK;
fail:
    sqlite3_finalize(p->upd_url);
    sqlite3_finalize(p->upsert_doc);
    sqlite3_finalize(p->upsert_host);
    pa_bundler_free(p->bundler);
    pa_warc_close(p->warc);
    free(p);
    return rc;
}

void pa_pipeline_push(pa_pipeline *p, pa_job *j)
{
    j->next = NULL;
    pthread_mutex_lock(&p->mu);
    while (p->queued_bytes > PA_PIPE_QUEUE_BYTES && p->head)
        pthread_cond_wait(&p->cv_space, &p->mu);
    if (p->tail)
        p->tail->next = j;
    else
        p->head = j;
    p->tail = j;
    p->queued_bytes += job_bytes(j);
    pthread_cond_signal(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
}

int pa_pipeline_failed(pa_pipeline *p)
{
    pthread_mutex_lock(&p->mu);
    int f = p->failed;
    pthread_mutex_unlock(&p->mu);
    return f;
}

void pa_pipeline_counts(pa_pipeline *p, pa_fetch_summary *out)
{
    pthread_mutex_lock(&p->mu);
    *out = p->counts;
    pthread_mutex_unlock(&p->mu);
}

pa_code pa_pipeline_finish(pa_pipeline *p, pa_fetch_summary *sum, pa_err *err)
{
    pthread_mutex_lock(&p->mu);
    p->closing = 1;
    pthread_cond_signal(&p->cv_work);
    pthread_mutex_unlock(&p->mu);
    pthread_join(p->thread, NULL);
    pa_code rc = p->fatal.code;
    if (rc && err)
        *err = p->fatal;
    if (sum) {
        sum->fetched += p->counts.fetched;
        sum->failed += p->counts.failed;
        sum->robots += p->counts.robots;
        sum->invalid += p->counts.invalid;
        sum->too_large += p->counts.too_large;
        sum->documents += p->counts.documents;
        sum->bytes += p->counts.bytes;
    }
    sqlite3_finalize(p->upd_url);
    sqlite3_finalize(p->upsert_doc);
    sqlite3_finalize(p->upsert_host);
    pa_bundler_free(p->bundler);
    pa_warc_close(p->warc);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv_work);
    pthread_cond_destroy(&p->cv_space);
    free(p);
    return rc;
}
