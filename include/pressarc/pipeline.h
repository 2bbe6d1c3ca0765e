/* pipeline.h — what happens to a finished transfer, on its own thread so the
 * network loop never waits for disk or CPU: write the WARC records, decode
 * and hash the payload, record the URL's outcome in state.db, extract HTML
 * pages and file them into bundles.  The network thread hands over jobs;
 * this thread is the only writer of state.db during a crawl. */
#ifndef PRESSARC_PIPELINE_H
#define PRESSARC_PIPELINE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "pressarc/error.h"
#include "pressarc/fetch.h"
#include "pressarc/store.h"

#define PA_HINT_LANG_MAX 36 /* a BCP 47 tag from a sitemap, with its NUL */

/* Outcome names stored in urls.status. */
#define PA_ST_QUEUED "queued"
#define PA_ST_FETCHED "fetched"
#define PA_ST_FAILED "failed"
#define PA_ST_ROBOTS "robots"
#define PA_ST_INVALID "invalid"
#define PA_ST_TOO_LARGE "too_large"

typedef struct pa_job {
    struct pa_job *next;
    int64_t url_id;          /* urls.id, or 0 for exchanges not tied to a URL (robots.txt) */
    int final;               /* 1: this job sets the URL's outcome */
    const char *status;      /* static PA_ST_* (final jobs) */
    char *error;             /* reason for a non-fetched outcome, or NULL */
    long http_status;
    int attempts;
    char *input_url;         /* the URL as queued (normalised input), final jobs */
    char *target_uri;        /* URL of this request (WARC-Target-URI) */
    char *final_url;         /* final URL after redirects (final jobs) */
    char *request;           /* raw request head as sent, or NULL (no exchange) */
    size_t request_len;
    char *response;          /* raw response head + raw (still encoded) body */
    size_t response_len;
    size_t head_len;         /* body starts here */
    uint64_t bytes;          /* bytes received (also for cut transfers) */
    char *content_type, *content_encoding, *content_language, *etag, *last_modified;
    char ip[64];
    time_t fetched;
    /* robots.txt facts of a host (host_key set): stored in the hosts table */
    char *host_key;
    long robots_status;      /* HTTP status of robots.txt, 0 if unreachable */
    double crawl_delay;      /* < 0: none */
    char *sitemaps;          /* JSON array text of Sitemap: URLs */
    struct pa_analysis *analysis; /* the pipeline's own: decoding and extraction results */
    /* daemon jobs: the URL's place in the frontier (kind NULL for `fetch`) */
    const char *kind;        /* static PA_KIND_* */
    char *source;            /* source name */
    int depth;               /* listing steps from a start URL */
    long interval;           /* revisit interval before this fetch, s (0: first fetch) */
    long src_interval;       /* the source's interval (listing, sitemap, feed) */
    long recrawl_min, recrawl_max;
    int conditional;         /* the request carried If-None-Match / If-Modified-Since */
    /* what the sitemap or feed that named the URL said of it (daemon) */
    int64_t hint_published;  /* publication time, UTC epoch s; 0 none */
    const char *hint_from;   /* static "sitemap" or "feed" when hint_published is set */
    char hint_lang[PA_HINT_LANG_MAX]; /* Google News language, "" none */
} pa_job;

/* URL kinds of the daemon's frontier (urls.kind). */
#define PA_KIND_ARTICLE "article"
#define PA_KIND_LISTING "listing"
#define PA_KIND_SITEMAP "sitemap"
#define PA_KIND_FEED "feed"

/* A URL found in a listing page, sitemap or feed. */
typedef struct {
    char *url;
    const char *kind;   /* static PA_KIND_* */
    int depth;
    int64_t lastmod;    /* sitemap lastmod, -1 if none */
    char *hint_date;    /* ISO 8601 date from a sitemap/feed, or NULL */
    int64_t hint_published; /* publication time a Google News sitemap or a feed entry gave (UTC epoch s), 0 none */
    const char *hint_from;  /* static "sitemap" or "feed" when hint_published is set */
    char hint_lang[PA_HINT_LANG_MAX]; /* news:language of a Google News sitemap, "" none */
    char **alt_hreflang, **alt_href; /* sitemap xhtml:link alternates */
    size_t n_alts;
} pa_found_url;

/* Daemon hooks, all optional (`fetch` sets none).  `accept` runs on the
 * extraction thread for every URL found in a listing page, sitemap or feed
 * of `source`: 1 keeps it (it may rewrite f->kind, e.g. listing vs
 * article).  `keep_lang` (extraction thread) says whether a document in
 * `lang` is kept for `source`.  `committed` runs on the writer thread after
 * each commit with the urls.id whose outcome that commit recorded. */
typedef struct {
    void *ud;
    int (*accept)(void *ud, const char *source, pa_found_url *f);
    int (*keep_lang)(void *ud, const char *source, const char *lang);
    void (*committed)(void *ud, const int64_t *ids, size_t n);
} pa_pipeline_hooks;

typedef struct pa_pipeline pa_pipeline;

/* pa_pipeline_start — start the pipeline thread on an open store.  The WARC
 * writer is opened on STORE/warc (a torn record from a crash is cut here).
 * `o` is borrowed for the pipeline's lifetime. */
pa_code pa_pipeline_start(pa_store *st, const pa_fetch_opts *o, pa_pipeline **out, pa_err *err);

/* pa_pipeline_set_hooks — install daemon hooks (before the first push). */
void pa_pipeline_set_hooks(pa_pipeline *p, const pa_pipeline_hooks *h);

/* pa_pipeline_push — hand a job over (ownership passes).  Blocks while more
 * than the queue's byte bound is waiting, which slows the network loop down
 * instead of growing memory. */
void pa_pipeline_push(pa_pipeline *p, pa_job *job);

/* pa_pipeline_counts — a snapshot of the outcome counters so far. */
void pa_pipeline_counts(pa_pipeline *p, pa_fetch_summary *out);

/* pa_pipeline_failed — 1 once the pipeline met a fatal error (the store or
 * the WARC files cannot be written): the crawl should stop scheduling. */
int pa_pipeline_failed(pa_pipeline *p);

/* pa_pipeline_finish — process every queued job, commit, join the thread,
 * close the WARC writer and free the pipeline.  Adds the counters to *sum.
 * Returns the first fatal store/WARC error met (the thread stops taking
 * new work after one; jobs are then recorded as failed when possible). */
pa_code pa_pipeline_finish(pa_pipeline *p, pa_fetch_summary *sum, pa_err *err);

/* pa_job_free — free a job and everything it owns. NULL is fine. */
void pa_job_free(pa_job *job);

#endif
