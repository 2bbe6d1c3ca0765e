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
#include <unistd.h>

#include "pressarc/bundle.h"
#include "pressarc/decode.h"
#include "pressarc/extract.h"
#include "pressarc/hash.h"
#include "pressarc/feed.h"
#include "pressarc/linkheader.h"
#include "pressarc/httpdate.h"
#include "pressarc/lang.h"
#include "pressarc/links.h"
#include "pressarc/minhash.h"
#include "pressarc/sitemap.h"
#include "pressarc/url.h"
#include "pressarc/version.h"
#include "pressarc/warc.h"

#define PA_PIPE_QUEUE_BYTES ((size_t)4 << 20) /* bytes waiting in each queue before push() blocks */
#define PA_PIPE_BATCH_JOBS 256                  /* jobs per transaction at most */
#define PA_PIPE_BATCH_SECONDS 1.0               /* seconds per transaction at most */
#define PA_PIPE_MAX_EXTRACTORS 8                /* extraction threads at most (one per CPU) */
#define PA_PIPE_BUNDLER_CACHE ((size_t)8 << 20) /* the bundler's caches while crawling */
#define PA_PIPE_CACHE_KB "8192"                 /* SQLite page cache while crawling */

/* A bounded hand-over queue between two threads. */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv_work, cv_space;
    pa_job *head, *tail;
    size_t bytes;
    int closing;
} job_queue;

/* What the extraction stage found out about a final job. */
struct pa_analysis {
    const char *status; /* replaces the job's status */
    char *why;          /* replaces the job's error */
    size_t decoded_len;
    int decoded;
    int has_doc;
    pa_doc doc;
    char text_fp[65];
    char *meta;
    int has_packed;
    pa_warc_packed packed; /* the exchange's WARC records, compressed */
    int has_fp;
    pa_fingerprint fp; /* language-independent fingerprint of the text */
    int has_mh;
    pa_minhash mh; /* MinHash signature of the text (has_mh), computed with fp */
    int not_modified;      /* a 304 answer to a conditional request */
    pa_found_url *found;   /* URLs found in a listing page, sitemap or feed */
    size_t n_found;
};

struct pa_pipeline {
    pa_store *st;
    const pa_fetch_opts *o;
    pa_warc_writer *warc;
    pa_bundler *bundler;
    pa_warc_packer *packer; /* used when no extraction thread runs */
    pthread_t thread;
    struct extractor {
        pa_pipeline *p;
        pa_warc_packer *packer; /* this thread's own */
        pthread_t tid;
    } extractors[PA_PIPE_MAX_EXTRACTORS];
    int extractor_started; /* extraction threads running */
    int extractors_live;   /* not finished yet (under mu); the last one closes `out` */
    job_queue in, out; /* network → extractors → writer */
    pthread_mutex_t mu;
    pa_fetch_summary counts; /* under mu */
    pa_err fatal;            /* first fatal error (thread-local until join) */
    int in_batch;
    int batch_jobs;
    struct timespec batch_start;
    sqlite3_stmt *upd_url, *upsert_doc, *upsert_host;
    sqlite3_stmt *sel_prev, *upd_revisit, *upd_frontier, *ins_found, *ins_link;
    int failed; /* under mu */
    pa_pipeline_hooks hooks;
    int64_t *batch_ids; /* urls.id whose outcome the open batch records */
    size_t n_batch_ids, cap_batch_ids;
};

static void found_free_one(pa_found_url *f)
{
    free(f->url);
    free(f->hint_date);
    for (size_t k = 0; k < f->n_alts; k++) {
        free(f->alt_hreflang[k]);
        free(f->alt_href[k]);
    }
    free(f->alt_hreflang);
    free(f->alt_href);
}

static void found_free(pa_found_url *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        found_free_one(&f[i]);
    free(f);
}

static void analysis_free(struct pa_analysis *a)
{
    if (!a)
        return;
    free(a->why);
    free(a->meta);
    pa_warc_packed_free(&a->packed);
    pa_fingerprint_free(&a->fp);
    found_free(a->found, a->n_found);
    if (a->has_doc)
        pa_doc_free(&a->doc);
    free(a);
}

void pa_job_free(pa_job *j)
{
    if (!j)
        return;
    analysis_free(j->analysis);
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
    free(j->source);
    free(j);
}

/* Memory a queued job holds (what the queue bounds count). */
static size_t job_bytes(const pa_job *j)
{
    size_t n = sizeof *j + (j->request ? j->request_len : 0) + (j->response ? j->response_len : 0);
    const struct pa_analysis *a = j->analysis;
    if (a) {
        n += sizeof *a + a->packed.len + (a->has_fp ? PA_FP_MAX_ANCHORS * PA_FP_ANCHOR_MAX : 0);
        if (a->has_doc && a->doc.text)
            n += strlen(a->doc.text) * 2; /* the text and the rest of the document */
    }
    return n;
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
    else if (p->hooks.committed && p->n_batch_ids)
        p->hooks.committed(p->hooks.ud, p->batch_ids, p->n_batch_ids);
    p->n_batch_ids = 0;
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

/* Store an extracted document and give it its bundle. */
static pa_code store_document(pa_pipeline *p, const pa_job *j, struct pa_analysis *an, const char *sha256,
                              const pa_warc_loc *loc, const char *fetched_iso, pa_err *err)
{
    const pa_doc *d = &an->doc;
    const char *doc_url = j->input_url ? j->input_url : j->target_uri;
    char doc_id[24], url_hash[65];
    pa_sha256_hex(doc_url ? doc_url : "", doc_url ? strlen(doc_url) : 0, url_hash);
    snprintf(doc_id, sizeof doc_id, "d%.16s", url_hash);
    sqlite3_stmt *q = p->upsert_doc;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    sqlite3_bind_int64(q, 1, j->url_id);
    sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_TRANSIENT);
    bind_text_or_null(q, 3, doc_url);
    bind_text_or_null(q, 4, j->final_url);
    bind_text_or_null(q, 5, d->lang);
    bind_text_or_null(q, 6, d->title);
    bind_text_or_null(q, 7, d->published);
    bind_text_or_null(q, 8, fetched_iso);
    bind_text_or_null(q, 9, sha256);
    sqlite3_bind_text(q, 10, an->text_fp, -1, SQLITE_TRANSIENT);
    bind_text_or_null(q, 11, loc->file[0] ? loc->file : NULL);
    sqlite3_bind_int64(q, 12, (sqlite3_int64)loc->offset);
    bind_text_or_null(q, 13, an->meta);
    sqlite3_bind_text(q, 14, d->text, -1, SQLITE_STATIC);
    pa_code rc = PA_OK;
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = pa_store_err(p->st, "store document", err);
    if (!rc)
        rc = an->has_fp ? pa_bundler_assign_pre(p->bundler, doc_id, &an->fp, an->has_mh ? &an->mh : NULL, err)
                        : pa_bundler_assign(p->bundler, doc_id, err);
    if (!rc) {
        pthread_mutex_lock(&p->mu);
        p->counts.documents++;
        pthread_mutex_unlock(&p->mu);
    }
    return rc;
}

/* Append a found URL (taking `url`); the daemon's accept hook may refuse
 * it or change its kind. */
static void found_add(pa_pipeline *p, const pa_job *j, struct pa_analysis *an, size_t *cap, char *url,
                      const char *kind, int depth, int64_t lastmod, const char *hint)
{
    pa_found_url f = {.url = url, .kind = kind, .depth = depth, .lastmod = lastmod};
    if (!url || an->n_found >= PA_SITEMAP_MAX_ENTRIES ||
        (p->hooks.accept && !p->hooks.accept(p->hooks.ud, j->source, &f))) {
        free(url);
        return;
    }
    if (an->n_found == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        pa_found_url *nv = realloc(an->found, nc * sizeof *nv);
        if (!nv) {
            free(url);
            return;
        }
        an->found = nv;
        *cap = nc;
    }
    f.hint_date = hint ? strdup(hint) : NULL;
    an->found[an->n_found++] = f;
}

/* Takes back the last URL found_add kept. */
static void found_drop_last(struct pa_analysis *an)
{
    if (!an->n_found)
        return;
    an->n_found--;
    found_free_one(&an->found[an->n_found]);
}

/* Discovery: the URLs a listing page, sitemap or feed names.  Problems
 * become the job's reason; the run goes on. */
static void discover(pa_pipeline *p, pa_job *j, struct pa_analysis *an, const char *body, size_t len)
{
    size_t cap = 0;
    pa_err e;
    pa_err_clear(&e);
    const char *base = j->final_url ? j->final_url : j->target_uri;
    if (!strcmp(j->kind, PA_KIND_SITEMAP)) {
        pa_sitemap sm;
        pa_sitemap_limits lim = {.max_bytes = (size_t)p->o->max_bytes};
        if (pa_sitemap_parse(body, len, &lim, &sm, &e)) {
            an->status = PA_ST_FAILED;
            size_t n = strlen(e.msg) + 16;
            if ((an->why = malloc(n)))
                snprintf(an->why, n, "sitemap: %s", e.msg);
            return;
        }
        for (size_t i = 0; i < sm.n_entries; i++) {
            pa_sitemap_entry *en = &sm.entries[i];
            char *u = NULL;
            if (pa_url_normalize(en->loc, &u, &e))
                continue;
            size_t before = an->n_found;
            found_add(p, j, an, &cap, u, sm.is_index ? PA_KIND_SITEMAP : PA_KIND_ARTICLE, j->depth,
                      en->lastmod_epoch, en->news_date ? en->news_date : en->lastmod);
            if (an->n_found > before && !sm.is_index) {
                pa_found_url *f = &an->found[before];
                if (en->news_epoch > 0) {
                    f->hint_published = en->news_epoch;
                    f->hint_from = "sitemap";
                }
                if (en->news_lang && pa_lang_tag_valid(en->news_lang) &&
                    strlen(en->news_lang) < sizeof f->hint_lang)
                    strcpy(f->hint_lang, en->news_lang);
                if (f->hint_lang[0] && p->hooks.keep_lang && !p->hooks.keep_lang(p->hooks.ud, j->source, f->hint_lang)) {
                    found_drop_last(an); /* the sitemap says: a language the source does not keep */
                }
            }
            if (an->n_found > before && en->n_alts) {
                pa_found_url *f = &an->found[before];
                f->alt_hreflang = calloc(en->n_alts, sizeof *f->alt_hreflang);
                f->alt_href = calloc(en->n_alts, sizeof *f->alt_href);
                for (size_t k = 0; f->alt_hreflang && f->alt_href && k < en->n_alts; k++) {
                    char *h = NULL;
                    if (pa_url_normalize(en->alts[k].href, &h, &e))
                        continue;
                    f->alt_href[f->n_alts] = h;
                    f->alt_hreflang[f->n_alts++] = strdup(en->alts[k].hreflang ? en->alts[k].hreflang : "");
                }
            }
            /* the alternates are articles too: a translation named only by
             * the sitemap must be fetched to join its bundle (the frontier
             * ignores a URL it already holds) */
            for (size_t k = 0; !sm.is_index && k < en->n_alts; k++) {
                char *h = NULL;
                if (pa_url_normalize(en->alts[k].href, &h, &e) == PA_OK)
                    found_add(p, j, an, &cap, h, PA_KIND_ARTICLE, j->depth, en->lastmod_epoch, NULL);
            }
        }
        pa_sitemap_free(&sm);
    } else if (!strcmp(j->kind, PA_KIND_FEED)) {
        pa_feed fd;
        pa_feed_limits lim = {.max_bytes = (size_t)p->o->max_bytes};
        if (pa_feed_parse(body, len, &lim, &fd, &e)) {
            an->status = PA_ST_FAILED;
            size_t n = strlen(e.msg) + 16;
            if ((an->why = malloc(n)))
                snprintf(an->why, n, "feed: %s", e.msg);
            return;
        }
        for (size_t i = 0; i < fd.n_entries; i++) {
            char *u = NULL;
            if (pa_url_resolve(base, fd.entries[i].url, &u, &e) == PA_OK) {
                size_t before = an->n_found;
                found_add(p, j, an, &cap, u, PA_KIND_ARTICLE, j->depth, -1, fd.entries[i].date);
                if (an->n_found > before && fd.entries[i].epoch > 0) {
                    an->found[before].hint_published = fd.entries[i].epoch;
                    an->found[before].hint_from = "feed";
                }
            }
        }
        pa_feed_free(&fd);
    } else if (!strcmp(j->kind, PA_KIND_LISTING)) {
        char **links = NULL;
        size_t n = 0;
        if (pa_html_links(body, len, base, 0, &links, &n, &e) == PA_OK) {
            for (size_t i = 0; i < n; i++) {
                found_add(p, j, an, &cap, links[i], PA_KIND_ARTICLE, j->depth + 1, -1, NULL);
                links[i] = NULL;
            }
            pa_html_links_free(links, n);
        }
        char **feeds = NULL;
        if (pa_feed_autodiscover(body, len, base, &feeds, &n, &e) == PA_OK) {
            for (size_t i = 0; i < n; i++) {
                found_add(p, j, an, &cap, feeds[i], PA_KIND_FEED, j->depth, -1, NULL);
                feeds[i] = NULL;
            }
            pa_feed_urls_free(feeds, n);
        }
    }
}

/* Add the hreflang alternates and canonical URL of the response's HTTP
 * Link header fields to `doc` (those the HTML already names are kept once;
 * the HTML's canonical wins).  Allocation failures leave `doc` as it was. */
static void merge_link_header(pa_doc *doc, const pa_job *j)
{
    pa_link_header lh;
    pa_err e;
    if (!j->response || !j->head_len ||
        pa_link_header_parse(j->response, j->head_len, j->final_url ? j->final_url : j->target_uri, &lh, &e))
        return;
    if (!doc->canonical && lh.canonical) {
        doc->canonical = lh.canonical;
        lh.canonical = NULL;
    }
    if (lh.n_alternates) {
        pa_alternate *v = realloc(doc->alternates, (doc->n_alternates + lh.n_alternates) * sizeof *v);
        if (v) {
            doc->alternates = v;
            for (size_t i = 0; i < lh.n_alternates; i++) {
                int dup = 0;
                for (size_t k = 0; k < doc->n_alternates && !dup; k++)
                    dup = !strcmp(v[k].href, lh.alternates[i].href) &&
                          !strcmp(v[k].hreflang ? v[k].hreflang : "", lh.alternates[i].hreflang);
                if (dup)
                    continue;
                v[doc->n_alternates++] = lh.alternates[i];
                lh.alternates[i].href = lh.alternates[i].hreflang = NULL;
            }
        }
    }
    pa_link_header_free(&lh);
}

#define PA_HINT_OLDEST ((int64_t)631152000) /* 1990-01-01: no earlier press release on the web */

/* What the sitemap or feed that named the page said fills what the page
 * did not: its publication date (a Google News sitemap's
 * news:publication_date, a feed entry's date; UTC day) replaces a missing
 * date, one only read from the URL or one of the last change, unless it is impossible (before
 * 1990, or more than a day after the fetch); the Google News language
 * fills a missing language.  date_source says "sitemap" or "feed". */
static void apply_hints(pa_doc *d, const pa_job *j)
{
    /* weak: read from the URL, or the page's last change, not its publication */
    int weak = !d->published || (d->date_source && (!strcmp(d->date_source, "url") ||
                                                    !strcmp(d->date_source, "meta-modified") ||
                                                    !strcmp(d->date_source, "text-updated")));
    if (weak && j->hint_from && j->hint_published >= PA_HINT_OLDEST &&
        j->hint_published <= (int64_t)j->fetched + 86400) {
        time_t t = (time_t)j->hint_published;
        struct tm tm;
        char day[16];
        if (gmtime_r(&t, &tm) && strftime(day, sizeof day, "%Y-%m-%d", &tm) == 10) {
            char *pub = strdup(day), *src = strdup(j->hint_from);
            if (pub && src) {
                free(d->published);
                free(d->date_source);
                d->published = pub;
                d->date_source = src;
            } else {
                free(pub);
                free(src);
            }
        }
    }
    if (!d->lang && j->hint_lang[0] && pa_lang_tag_valid(j->hint_lang)) {
        char tag[PA_HINT_LANG_MAX];
        snprintf(tag, sizeof tag, "%s", j->hint_lang);
        pa_lang_tag_normalise(tag); /* as a page's own declared tag */
        d->lang = strdup(tag);
    }
}

/* The extraction stage (pure CPU, no store access): decode the payload of a
 * fetched page, extract it, fingerprint the text.  Problems of the page
 * become its outcome and reason, never an error of the run. */
static void analyse(pa_pipeline *p, pa_warc_packer *packer, pa_job *j)
{
    struct pa_analysis *an = calloc(1, sizeof *an);
    if (!an)
        return; /* the writer then does the work itself */
    j->analysis = an;
    an->status = j->status;
    if (j->request && j->response && packer) {
        pa_err perr;
        an->has_packed = pa_warc_pack_exchange(packer, NULL, j->target_uri, j->fetched, j->ip[0] ? j->ip : NULL,
                                               j->request, j->request_len, j->response, j->response_len,
                                               j->head_len, &an->packed, &perr) == PA_OK;
    }
    if (!j->final || j->url_id <= 0 || !j->response || !j->status || strcmp(j->status, PA_ST_FETCHED) != 0)
        return;
    if (j->http_status == 304) {
        an->not_modified = 1; /* the archived copy stands */
        return;
    }
    char *decoded = NULL;
    size_t dlen = 0;
    pa_err derr;
    pa_err_clear(&derr);
    pa_code dc = pa_content_decode(j->content_encoding, j->response + j->head_len, j->response_len - j->head_len,
                                   (size_t)p->o->max_bytes, &decoded, &dlen, &derr);
    if (dc == PA_ERR_LIMIT) {
        an->status = PA_ST_TOO_LARGE;
        if ((an->why = malloc(160)))
            snprintf(an->why, 160, "decoded body exceeds --max-bytes %llu (Content-Encoding: %s)",
                     (unsigned long long)p->o->max_bytes, j->content_encoding ? j->content_encoding : "none");
        return;
    }
    if (dc) {
        an->status = PA_ST_FAILED;
        size_t n = strlen(derr.msg) + 32;
        if ((an->why = malloc(n)))
            snprintf(an->why, n, "content decoding: %s", derr.msg);
        return;
    }
    an->decoded = 1;
    an->decoded_len = dlen;
    if (j->kind && strcmp(j->kind, PA_KIND_ARTICLE) != 0) {
        discover(p, j, an, decoded, dlen); /* listing pages, sitemaps, feeds are not documents */
    } else if (is_html(j->content_type, decoded, dlen)) {
        pa_err xerr;
        pa_err_clear(&xerr);
        pa_extract_opts eo = {
            .url = j->final_url ? j->final_url : j->target_uri,
            .content_type = j->content_type,
            .content_language = j->content_language,
            .fetch_time = j->fetched,
        };
        pa_code xc = pa_extract(decoded, dlen, &eo, &an->doc, &xerr);
        if (xc == PA_OK)
            apply_hints(&an->doc, j);
        if (xc == PA_OK && j->source && p->hooks.keep_lang &&
            !p->hooks.keep_lang(p->hooks.ud, j->source, an->doc.lang)) {
            size_t n = 96 + strlen(j->source);
            if ((an->why = malloc(n)))
                snprintf(an->why, n, "language %s not kept by source %s", an->doc.lang ? an->doc.lang : "und",
                         j->source);
            pa_doc_free(&an->doc);
        } else if (xerr.code == PA_OK) {
            an->has_doc = 1;
            merge_link_header(&an->doc, j);
            pa_text_fingerprint(an->doc.text, an->text_fp);
            an->meta = meta_json(&an->doc, j);
            pa_err ferr;
            an->has_fp = pa_fingerprint_text(an->doc.text, strlen(an->doc.text), &an->fp, &ferr) == PA_OK;
            /* the near-duplicate signature too, here on the extraction
             * threads rather than on the single writer */
            an->has_mh = an->has_fp && pa_minhash_text(an->doc.text, strlen(an->doc.text), &an->mh) == 0;
            /* daemon: the page's hreflang translations join the frontier */
            size_t cap = 0;
            for (size_t k = 0; j->source && p->hooks.accept && k < an->doc.n_alternates; k++) {
                char *h = NULL;
                pa_err ae;
                if (an->doc.alternates[k].href &&
                    pa_url_normalize(an->doc.alternates[k].href, &h, &ae) == PA_OK)
                    found_add(p, j, an, &cap, h, PA_KIND_ARTICLE, j->depth, -1, NULL);
            }
        } else {
            size_t n = strlen(xerr.msg) + 16;
            if ((an->why = malloc(n)))
                snprintf(an->why, n, "extract: %s", xerr.msg);
        }
    }
    free(decoded);
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

/* A URL found by discovery joins the frontier (due now if new; a known
 * article whose sitemap lastmod is newer than its last fetch is due now). */
static pa_code store_found(pa_pipeline *p, const pa_job *j, const pa_found_url *f, pa_err *err)
{
    sqlite3_stmt *q = p->ins_found;
    sqlite3_reset(q);
    sqlite3_bind_text(q, 1, f->url, -1, SQLITE_STATIC);
    bind_text_or_null(q, 2, j->source);
    sqlite3_bind_text(q, 3, f->kind, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 4, f->depth);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)time(NULL));
    bind_text_or_null(q, 6, f->hint_date);
    sqlite3_bind_int64(q, 7, f->lastmod);
    if (f->hint_published > 0 && f->hint_from) {
        sqlite3_bind_int64(q, 8, (sqlite3_int64)f->hint_published);
        sqlite3_bind_text(q, 9, f->hint_from, -1, SQLITE_STATIC);
    } else {
        sqlite3_bind_null(q, 8);
        sqlite3_bind_null(q, 9);
    }
    bind_text_or_null(q, 10, f->hint_lang[0] ? f->hint_lang : NULL);
    if (sqlite3_step(q) != SQLITE_DONE)
        return pa_store_err(p->st, "record a discovered URL", err);
    for (size_t k = 0; k < f->n_alts; k++) {
        sqlite3_stmt *l = p->ins_link;
        sqlite3_reset(l);
        sqlite3_bind_text(l, 1, f->url, -1, SQLITE_STATIC);
        bind_text_or_null(l, 2, f->alt_hreflang[k]);
        sqlite3_bind_text(l, 3, f->alt_href[k], -1, SQLITE_STATIC);
        if (sqlite3_step(l) != SQLITE_DONE)
            return pa_store_err(p->st, "record an hreflang alternate", err);
    }
    return PA_OK;
}

/* When a daemon URL is due again: listing pages, sitemaps and feeds every
 * source interval; articles adaptively — the first revisit after
 * recrawl_min, then twice as late when unchanged, half as late when
 * changed, within [recrawl_min, recrawl_max]. */
static pa_code update_frontier(pa_pipeline *p, const pa_job *j, const char *status, int revisit, pa_err *err)
{
    long iv;
    int fetched = !strcmp(status, PA_ST_FETCHED);
    int changed = fetched && !revisit && j->interval > 0, unchanged = fetched && revisit;
    if (strcmp(j->kind, PA_KIND_ARTICLE) != 0) {
        iv = j->src_interval > 0 ? j->src_interval : 3600;
    } else if (j->interval <= 0 || !fetched) {
        iv = j->interval > 0 ? j->interval : j->recrawl_min;
    } else if (unchanged) {
        iv = j->interval * 2;
    } else {
        iv = j->interval / 2;
    }
    if (!strcmp(j->kind, PA_KIND_ARTICLE)) {
        if (iv < j->recrawl_min)
            iv = j->recrawl_min;
        if (iv > j->recrawl_max)
            iv = j->recrawl_max;
    }
    /* last_fetch keeps milliseconds: a --once run that starts in the same
     * second as the previous one ended must still tell their visits apart */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    time_t now = ts.tv_sec;
    sqlite3_stmt *q = p->upd_frontier;
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, (sqlite3_int64)now + iv);
    sqlite3_bind_int64(q, 2, iv);
    sqlite3_bind_double(q, 3, (double)ts.tv_sec + (double)(ts.tv_nsec / 1000000) / 1000.0);
    sqlite3_bind_int(q, 4, changed);
    sqlite3_bind_int(q, 5, unchanged);
    sqlite3_bind_int64(q, 6, j->url_id);
    if (sqlite3_step(q) != SQLITE_DONE)
        return pa_store_err(p->st, "schedule the next visit", err);
    return PA_OK;
}

static pa_code process(pa_pipeline *p, pa_job *j, pa_err *err)
{
    pa_warc_loc loc;
    memset(&loc, 0, sizeof loc);
    char sha256[65] = "";
    const char *status = j->status ? j->status : PA_ST_FAILED;
    const char *why = NULL; /* replaces j->error when set */
    pa_code rc = PA_OK;

    struct pa_analysis *an = j->analysis;
    int revisit = 0; /* 1: 304 Not Modified, 2: same payload as the archived copy */
    if (j->final && j->url_id > 0 && an && (an->not_modified || an->has_packed) && j->response &&
        (an->not_modified || (j->http_status >= 200 && j->http_status < 300))) {
        char prev_sha[65] = "", prev_when[32] = "";
        sqlite3_reset(p->sel_prev);
        sqlite3_bind_int64(p->sel_prev, 1, j->url_id);
        if (sqlite3_step(p->sel_prev) == SQLITE_ROW) {
            const char *ps = (const char *)sqlite3_column_text(p->sel_prev, 0);
            const char *pw = (const char *)sqlite3_column_text(p->sel_prev, 1);
            snprintf(prev_sha, sizeof prev_sha, "%s", ps ? ps : "");
            snprintf(prev_when, sizeof prev_when, "%s", pw ? pw : "");
        }
        sqlite3_reset(p->sel_prev);
        if (prev_sha[0] && (an->not_modified || !strcmp(prev_sha, an->packed.sha256_hex))) {
            revisit = an->not_modified ? 1 : 2;
            /* the archived payload's digest, as sha256 in base32 */
            unsigned char raw[32];
            char digest[80] = "sha256:";
            for (int i = 0; i < 32; i++) {
                unsigned v = 0;
                sscanf(prev_sha + 2 * i, "%2x", &v);
                raw[i] = (unsigned char)v;
            }
            pa_base32_encode(raw, 32, digest + 7);
            size_t hl = j->head_len && j->head_len <= j->response_len ? j->head_len : j->response_len;
            rc = pa_warc_write_revisit(p->warc, j->target_uri, j->fetched, j->response, hl, j->target_uri,
                                       prev_when[0] ? prev_when : NULL, digest, revisit == 1, &loc, err);
            if (rc)
                return rc;
            an->has_packed = 0;
        }
    }
    if (revisit) {
        /* written above */
    } else if (an && an->has_packed) {
        rc = pa_warc_write_packed(p->warc, &an->packed, &loc, err);
        memcpy(sha256, an->packed.sha256_hex, sizeof sha256);
        if (rc)
            return rc; /* the archive cannot be written: fatal for the run */
    } else if (j->request && j->response) {
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
    if (an) {
        if (an->status)
            status = an->status;
        why = an->why;
        if (an->has_doc && !revisit)
            rc = store_document(p, j, an, sha256, &loc, fetched_iso, err);
        for (size_t i = 0; !rc && i < an->n_found; i++)
            rc = store_found(p, j, &an->found[i], err);
    }
    if (!rc && j->kind)
        rc = update_frontier(p, j, status, revisit, err);
    if (!rc && p->hooks.committed) {
        if (p->n_batch_ids == p->cap_batch_ids) {
            size_t nc = p->cap_batch_ids ? p->cap_batch_ids * 2 : 256;
            int64_t *ni = realloc(p->batch_ids, nc * sizeof *ni);
            if (!ni)
                return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            p->batch_ids = ni;
            p->cap_batch_ids = nc;
        }
        p->batch_ids[p->n_batch_ids++] = j->url_id;
    }
    if (revisit) {
        /* the archived copy stands: only the visit is recorded */
        sqlite3_stmt *q = p->upd_revisit;
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, status, -1, SQLITE_STATIC);
        sqlite3_bind_int64(q, 2, j->http_status);
        sqlite3_bind_int(q, 3, j->attempts);
        bind_text_or_null(q, 4, fetched_iso);
        bind_text_or_null(q, 5, j->etag);
        bind_text_or_null(q, 6, j->last_modified);
        sqlite3_bind_int64(q, 7, j->url_id);
        if (!rc && sqlite3_step(q) != SQLITE_DONE)
            rc = pa_store_err(p->st, "record revisit", err);
        if (!rc)
            count_outcome(p, status, j->bytes);
        p->batch_jobs++;
        return rc;
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
    sqlite3_bind_int64(q, 5, (sqlite3_int64)(an && an->decoded ? an->decoded_len : j->bytes));
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
    if (!rc)
        count_outcome(p, status, j->bytes);
    p->batch_jobs++;
    return rc;
}

/* ---- queues ---- */

static void queue_init(job_queue *q)
{
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->cv_work, NULL);
    pthread_cond_init(&q->cv_space, NULL);
    q->head = q->tail = NULL;
    q->bytes = 0;
    q->closing = 0;
}

static void queue_destroy(job_queue *q)
{
    pa_job *j = q->head;
    while (j) {
        pa_job *n = j->next;
        pa_job_free(j);
        j = n;
    }
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->cv_work);
    pthread_cond_destroy(&q->cv_space);
}

/* Append; waits while more than the byte bound is queued. */
static void queue_push(job_queue *q, pa_job *j)
{
    j->next = NULL;
    pthread_mutex_lock(&q->mu);
    while (q->bytes > PA_PIPE_QUEUE_BYTES && q->head)
        pthread_cond_wait(&q->cv_space, &q->mu);
    if (q->tail)
        q->tail->next = j;
    else
        q->head = j;
    q->tail = j;
    q->bytes += job_bytes(j);
    pthread_cond_signal(&q->cv_work);
    pthread_mutex_unlock(&q->mu);
}

/* Take the next job.  With `idle_ok`, returns NULL at once when the queue
 * is empty (so the caller can do idle work); otherwise waits.  NULL with
 * *closed set when the queue is closed and empty. */
static pa_job *queue_pop(job_queue *q, int idle_ok, int *closed)
{
    pthread_mutex_lock(&q->mu);
    while (!q->head && !q->closing && !idle_ok)
        pthread_cond_wait(&q->cv_work, &q->mu);
    pa_job *j = q->head;
    if (j) {
        q->head = j->next;
        if (!q->head)
            q->tail = NULL;
        q->bytes -= job_bytes(j);
        pthread_cond_broadcast(&q->cv_space);
    }
    *closed = !j && q->closing;
    pthread_mutex_unlock(&q->mu);
    return j;
}

static void queue_close(job_queue *q)
{
    pthread_mutex_lock(&q->mu);
    q->closing = 1;
    pthread_cond_broadcast(&q->cv_work);
    pthread_mutex_unlock(&q->mu);
}

/* ---- threads ---- */

/* Stage 1: decoding and extraction, in parallel with the writer and with
 * each other (one thread per CPU: jobs are independent, and the writer
 * does not depend on their order). */
static void *extractor_main(void *arg)
{
    struct extractor *x = arg;
    pa_pipeline *p = x->p;
    pthread_setname_np(pthread_self(), "pa-extract");
    for (;;) {
        int closed = 0;
        pa_job *j = queue_pop(&p->in, 0, &closed);
        if (!j) {
            if (closed)
                break;
            continue;
        }
        analyse(p, x->packer, j);
        if (j->analysis && j->analysis->has_packed) {
            /* packed into WARC records and analysed: the raw bytes are done
             * with, but for the response head of daemon jobs (a revisit
             * record may replace the packed records) */
            free(j->request);
            j->request = NULL;
            if (j->kind && j->response && j->head_len < j->response_len) {
                char *h = realloc(j->response, j->head_len + 1);
                if (h) {
                    h[j->head_len] = '\0';
                    j->response = h;
                    j->response_len = j->head_len;
                }
            } else if (!j->kind) {
                free(j->response);
                j->response = NULL;
            }
        }
        queue_push(&p->out, j);
    }
    pthread_mutex_lock(&p->mu);
    int last = --p->extractors_live == 0;
    pthread_mutex_unlock(&p->mu);
    if (last)
        queue_close(&p->out);
    return NULL;
}

/* Stage 2: WARC, state.db, bundles — the only writer. */
static void *thread_main(void *arg)
{
    pa_pipeline *p = arg;
    pthread_setname_np(pthread_self(), "pa-writer");
    pa_err err;
    pa_err_clear(&err);
    int failed = 0;
    for (;;) {
        int closed = 0;
        pa_job *j = queue_pop(&p->out, p->in_batch, &closed);
        if (!j) {
            /* idle: make what we have durable now */
            if (!failed && batch_commit(p, &err))
                failed = 1;
            if (closed)
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

/* Statements, bundler, packer and WARC writer (what start sets up before
 * the threads). */
static void release_parts(pa_pipeline *p)
{
    sqlite3_finalize(p->upd_url);
    sqlite3_finalize(p->upsert_doc);
    sqlite3_finalize(p->upsert_host);
    sqlite3_finalize(p->sel_prev);
    sqlite3_finalize(p->upd_revisit);
    sqlite3_finalize(p->upd_frontier);
    sqlite3_finalize(p->ins_found);
    sqlite3_finalize(p->ins_link);
    free(p->batch_ids);
    pa_bundler_free(p->bundler);
    pa_warc_packer_free(p->packer);
    for (int i = 0; i < PA_PIPE_MAX_EXTRACTORS; i++)
        pa_warc_packer_free(p->extractors[i].packer);
    pa_warc_close(p->warc);
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
    pa_bundler_limit_caches(p->bundler, PA_PIPE_BUNDLER_CACHE);
    p->packer = pa_warc_packer_new(); /* NULL: records are packed by the writer */
    sqlite3 *db = pa_store_db(st);
    /* A crawl writes far more than it reads back: most pages in the cache
     * would be fresh document rows never read again, so a crawl keeps a
     * smaller page cache than rebundle's (peak RSS target 64 MB). */
    sqlite3_exec(db, "PRAGMA cache_size=-" PA_PIPE_CACHE_KB, NULL, NULL, NULL);
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
                           -1, &p->upsert_host, NULL) ||
        sqlite3_prepare_v2(db, "SELECT sha256, fetched_at FROM urls WHERE id=?1 AND status='fetched'", -1,
                           &p->sel_prev, NULL) ||
        sqlite3_prepare_v2(db,
                           "UPDATE urls SET status=?1, http_status=?2, error=NULL, attempts=?3, fetched_at=?4,"
                           " etag=COALESCE(?5, etag), last_modified=COALESCE(?6, last_modified) WHERE id=?7",
                           -1, &p->upd_revisit, NULL) ||
        sqlite3_prepare_v2(db,
                           "UPDATE urls SET due_at=?1, revisit_interval=?2, last_fetch=?3, changes=changes+?4,"
                           " unchanged=unchanged+?5 WHERE id=?6",
                           -1, &p->upd_frontier, NULL) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO urls(url, input, status, source, kind, depth, due_at, hint_date,"
                           " hint_published, hint_from, hint_lang)"
                           " VALUES(?1, ?1, 'queued', ?2, ?3, ?4, ?5, ?6, ?8, ?9, ?10) ON CONFLICT(url) DO UPDATE SET"
                           " source=COALESCE(urls.source, excluded.source), kind=COALESCE(urls.kind, excluded.kind),"
                           " depth=MIN(urls.depth, excluded.depth),"
                           " hint_date=COALESCE(excluded.hint_date, urls.hint_date),"
                           " hint_published=COALESCE(excluded.hint_published, urls.hint_published),"
                           " hint_from=CASE WHEN excluded.hint_published IS NOT NULL THEN excluded.hint_from"
                           " ELSE urls.hint_from END,"
                           " hint_lang=COALESCE(excluded.hint_lang, urls.hint_lang),"
                           " due_at=CASE WHEN urls.due_at IS NULL AND urls.status <> 'fetched' THEN excluded.due_at"
                           " WHEN ?7 > 0 AND urls.last_fetch IS NOT NULL AND ?7 > urls.last_fetch"
                           " THEN MIN(COALESCE(urls.due_at, excluded.due_at), excluded.due_at) ELSE urls.due_at END",
                           -1, &p->ins_found, NULL) ||
        sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO url_links(url, hreflang, href) VALUES(?1, ?2, ?3)", -1,
                           &p->ins_link, NULL)) {
        rc = pa_store_err(st, "prepare statements", err);
        goto fail;
    }
    pthread_mutex_init(&p->mu, NULL);
    queue_init(&p->in);
    queue_init(&p->out);
    if (pthread_create(&p->thread, NULL, thread_main, p) != 0) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "cannot start the pipeline thread");
        pthread_mutex_destroy(&p->mu);
        queue_destroy(&p->in);
        queue_destroy(&p->out);
        goto fail;
    }
    /* Extraction threads: one per CPU, each with its own WARC packer.  With
     * none (out of threads or memory), pa_pipeline_push analyses the jobs
     * on the caller's thread. */
    int want = pa_extract_threads(PA_PIPE_MAX_EXTRACTORS);
    pthread_mutex_lock(&p->mu);
    for (int i = 0; i < want; i++) {
        struct extractor *x = &p->extractors[i];
        x->p = p;
        x->packer = pa_warc_packer_new();
        if (!x->packer || pthread_create(&x->tid, NULL, extractor_main, x) != 0)
            break;
        p->extractor_started++;
        p->extractors_live++;
    }
    pthread_mutex_unlock(&p->mu);
    *out = p;
    return PA_OK;
fail:
    release_parts(p);
    free(p);
    return rc;
}

void pa_pipeline_set_hooks(pa_pipeline *p, const pa_pipeline_hooks *h)
{
    p->hooks = *h;
}

void pa_pipeline_push(pa_pipeline *p, pa_job *j)
{
    if (p->extractor_started) {
        queue_push(&p->in, j);
    } else {
        analyse(p, p->packer, j);
        queue_push(&p->out, j);
    }
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
    if (p->extractor_started) {
        queue_close(&p->in);
        for (int i = 0; i < p->extractor_started; i++)
            pthread_join(p->extractors[i].tid, NULL);
    } else {
        queue_close(&p->out);
    }
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
    release_parts(p);
    pthread_mutex_destroy(&p->mu);
    queue_destroy(&p->in);
    queue_destroy(&p->out);
    free(p);
    return rc;
}
