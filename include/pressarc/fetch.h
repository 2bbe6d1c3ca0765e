/* fetch.h — the one-shot crawl: read a URL list, fetch every URL politely
 * with the libcurl multi interface, record each outcome in the store, write
 * WARC records, extract every HTML page and file it into a bundle. */
#ifndef PRESSARC_FETCH_H
#define PRESSARC_FETCH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "pressarc/error.h"
#include "pressarc/store.h"

#define PA_MAX_RESOLVE 64

typedef struct {
    const char *store_dir;      /* default "./pressarc-store" */
    int concurrency;            /* global transfers at once (16) */
    int per_host;               /* transfers at once per scheme+host+port (2) */
    double delay;               /* min seconds between request starts to one host (1.0) */
    double timeout;             /* total seconds per transfer (60) */
    double connect_timeout;     /* seconds (15) */
    long low_speed_limit;       /* bytes/s below which ... (100) */
    long low_speed_time;        /* ... for this many seconds aborts (30) */
    uint64_t max_bytes;         /* per response body, after decompression too (50 MiB) */
    int retries;                /* extra attempts after the first (3) */
    double backoff_base;        /* first retry delay in seconds (1.0), doubled each time, with jitter */
    double max_crawl_delay;     /* cap on robots.txt Crawl-delay (30) */
    const char *user_agent;     /* default PA_DEFAULT_USER_AGENT */
    int ignore_robots;
    int refetch;                /* fetch again URLs already fetched */
    const char *resolve[PA_MAX_RESOLVE]; /* "HOST:PORT:ADDR" like curl --resolve */
    int n_resolve;
    int progress;               /* 1: updating line on stderr; 0: periodic lines */
    int quiet;                  /* no progress, no summary */
    uint64_t warc_rotate;       /* bytes (1 GiB) */
    int max_redirects;          /* 10 */
} pa_fetch_opts;

typedef struct {
    uint64_t total;      /* URLs taken from the input (valid + invalid, after de-duplication) */
    uint64_t fetched;
    uint64_t failed;
    uint64_t robots;     /* skipped: disallowed by robots.txt */
    uint64_t invalid;    /* input lines that are not http(s) URLs */
    uint64_t too_large;
    uint64_t skipped;    /* already fetched earlier (resume) */
    uint64_t duplicates; /* repeated input URLs */
    uint64_t documents;  /* HTML pages extracted and bundled */
    uint64_t bytes;
    double seconds;
} pa_fetch_summary;

/* Set (e.g. from a SIGINT/SIGTERM handler) to make pa_fetch_run stop
 * starting transfers, let the running ones finish, commit and return. */
#include <signal.h>
extern volatile sig_atomic_t pa_fetch_interrupted;

/* pa_fetch_opts_defaults — fill *o with the defaults listed above. */
void pa_fetch_opts_defaults(pa_fetch_opts *o);

/* pa_fetch_run — crawl the URLs read from `in` (one per line; blank lines and
 * '#' comments skipped; `input_name` names it in messages).  Returns PA_OK
 * when the run completed (some URLs may have failed: see *sum),
 * PA_ERR_IO if the input cannot be read, PA_ERR_STORE if the store cannot be
 * opened or written. */
pa_code pa_fetch_run(const pa_fetch_opts *o, FILE *in, const char *input_name,
                     pa_fetch_summary *sum, pa_err *err);

/* ---- the crawl as a long-lived object (the daemon) ---- */

typedef struct pa_crawl pa_crawl;

/* A URL handed to a crawl, with its place in the daemon's frontier. */
typedef struct {
    int64_t url_id;               /* urls.id */
    const char *url;              /* normalised http(s) URL */
    const char *kind;             /* PA_KIND_* (pipeline.h) or NULL */
    const char *source;           /* source name or NULL */
    int depth;
    long interval, src_interval, recrawl_min, recrawl_max; /* seconds, see pipeline.h */
    const char *etag, *last_modified; /* validators: the request becomes conditional */
    int64_t hint_published;       /* publication time from a sitemap or feed (epoch s), 0 none */
    const char *hint_from;        /* "sitemap" or "feed" (any other value: none) */
    const char *hint_lang;        /* Google News language, or NULL */
} pa_crawl_url;

/* pa_crawl_open — a crawl on the open store `st` (the caller keeps it and
 * its lock), with the options `o` (borrowed): libcurl multi handle, hosts,
 * and the post-fetch pipeline started. */
pa_code pa_crawl_open(const pa_fetch_opts *o, pa_store *st, pa_crawl **out, pa_err *err);

/* pa_crawl_pipeline — the crawl's pipeline (to install hooks before adding URLs). */
struct pa_pipeline *pa_crawl_pipeline(pa_crawl *c);

/* pa_crawl_add — queue one URL on its host (politeness, robots.txt and
 * retries as for `fetch`); its outcome reaches state.db through the
 * pipeline. */
pa_code pa_crawl_add(pa_crawl *c, const pa_crawl_url *u, pa_err *err);

/* pa_crawl_step — one turn of the event loop: start what the limits allow,
 * move transfers on, hand finished ones to the pipeline, then wait for
 * activity at most `max_ms` milliseconds. */
void pa_crawl_step(pa_crawl *c, int max_ms);

/* pa_crawl_pending — URLs queued or in flight; pa_crawl_inflight —
 * transfers running; pa_crawl_failed — 1 once the store/WARC broke. */
uint64_t pa_crawl_pending(const pa_crawl *c);
int pa_crawl_inflight(const pa_crawl *c);
int pa_crawl_failed(pa_crawl *c);

/* pa_crawl_counts — outcome counters so far. */
void pa_crawl_counts(pa_crawl *c, pa_fetch_summary *out);

/* pa_crawl_abort — drop transfers in flight and queued URLs (their rows
 * stay due in state.db, so they are fetched after a restart). */
void pa_crawl_abort(pa_crawl *c);

/* pa_crawl_close — abort what is left, drain and join the pipeline (every
 * finished fetch is committed), free.  Adds the counters to *sum; returns
 * the pipeline's first fatal error. */
pa_code pa_crawl_close(pa_crawl *c, pa_fetch_summary *sum, pa_err *err);

#endif
