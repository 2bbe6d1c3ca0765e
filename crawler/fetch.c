/* fetch.c — the one-shot crawl scheduler on libcurl's multi interface:
 * reads the URL list into the store, keeps a queue per host
 * (scheme+host+port), enforces global and per-host concurrency and the
 * per-host delay (raised by robots.txt Crawl-delay), fetches and obeys
 * robots.txt, retries with backoff and Retry-After, follows redirects
 * itself (so every hop is archived and checked), caps sizes and times, and
 * hands every finished exchange to the pipeline thread. */
#include "pressarc/fetch.h"

#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "pressarc/buf.h"
#include "pressarc/hash.h"
#include "pressarc/httpdate.h"
#include "pressarc/pipeline.h"
#include "pressarc/robots.h"
#include "pressarc/store.h"
#include "pressarc/url.h"
#include "pressarc/version.h"

#define PA_MAX_LINE 65536            /* longest input line read */
#define PA_MAX_INPUT_URLS 50000000UL /* URLs per run */
#define PA_ROBOTS_MAX_ATTEMPTS_CAP 10
#define PA_MAX_BACKOFF 300.0         /* seconds */
#define PA_MAX_RETRY_AFTER 600       /* seconds we are willing to wait */
#define PA_HEAD_MAX (256 * 1024)     /* response header bytes */

void pa_fetch_opts_defaults(pa_fetch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->store_dir = "./pressarc-store";
    o->concurrency = 16;
    o->per_host = 2;
    o->delay = 1.0;
    o->timeout = 60.0;
    o->connect_timeout = 15.0;
    o->low_speed_limit = 100;
    o->low_speed_time = 30;
    o->max_bytes = 50ULL << 20;
    o->retries = 3;
    o->backoff_base = 1.0;
    o->max_crawl_delay = 30.0;
    o->user_agent = PA_DEFAULT_USER_AGENT;
    o->warc_rotate = 1ULL << 30;
    o->max_redirects = 10;
}

/* ---- data structures ---- */

typedef struct item {
    struct item *next;
    int64_t url_id;
    char *url;    /* normalised input URL */
    char *cur;    /* URL of the current hop (owned; equals url at first) */
    int hops;
    int attempts; /* attempts of the current hop */
    int total_attempts;
    /* daemon URLs (kind NULL for `fetch`) */
    const char *kind;
    char *source;
    int depth;
    long interval, src_interval, recrawl_min, recrawl_max;
    char *etag, *last_modified; /* validators for a conditional request */
    int64_t hint_published;     /* what a sitemap or feed said (pa_crawl_url) */
    const char *hint_from;      /* static */
    char hint_lang[PA_HINT_LANG_MAX];
} item;

enum { ROBOTS_UNKNOWN, ROBOTS_FETCHING, ROBOTS_READY, ROBOTS_WAIT };

typedef struct host {
    char *key;
    item *head, *tail;
    size_t queued;
    int inflight;
    double next_start; /* monotonic seconds */
    double delay;
    int robots_state;
    pa_robots *robots;
    int robots_attempts;
    char robots_why[256];
    double robots_at;  /* monotonic time robots.txt was settled (refreshed daily) */
} host;

typedef struct xfer {
    struct xfer *prev, *next; /* the crawl's transfers in flight */
    CURL *easy;
    item *it;       /* NULL for a robots.txt transfer */
    size_t host;
    pa_buf head, body, req;
    int too_large;
    int is_robots;
    char errbuf[CURL_ERROR_SIZE];
    struct curl_slist *hdrs;
} xfer;

typedef struct {
    const pa_fetch_opts *o;
    pa_store *st;
    pa_pipeline *pipe;
    CURLM *multi;
    struct curl_slist *resolve;
    host *hosts;
    size_t n_hosts, cap_hosts;
    size_t *htab; /* open addressing: index+1, 0 = empty */
    size_t htab_cap;
    size_t rr;    /* round-robin start */
    int inflight;
    uint64_t remaining; /* items not yet finalised */
    double start;
    double last_progress;
    pa_fetch_summary sum; /* input-side counts (total, skipped, duplicates) */
    char *product;        /* robots.txt product token from the user agent */
    int64_t run_id;         /* runs.id of this run, 0 if not recorded */
    xfer *xfers;            /* in flight */
    int own_store;          /* pa_fetch_run opened the store */
} crawl;

static double now_mono(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double jitter(void)
{
    unsigned int r = 0;
    if (getrandom(&r, sizeof r, 0) != sizeof r)
        r = (unsigned int)rand();
    return 0.5 + (double)(r % 10000) / 10000.0; /* 0.5 .. 1.5 */
}

static char *xstrdup(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void item_free(item *it)
{
    if (!it)
        return;
    free(it->url);
    free(it->cur);
    free(it->source);
    free(it->etag);
    free(it->last_modified);
    free(it);
}

/* ---- hosts ---- */

static int htab_grow(crawl *c)
{
    size_t ncap = c->htab_cap ? c->htab_cap * 2 : 64;
    size_t *nt = calloc(ncap, sizeof *nt);
    if (!nt)
        return -1;
    for (size_t i = 0; i < c->n_hosts; i++) {
        size_t k = pa_fnv1a(c->hosts[i].key) & (ncap - 1);
        while (nt[k])
            k = (k + 1) & (ncap - 1);
        nt[k] = i + 1;
    }
    free(c->htab);
    c->htab = nt;
    c->htab_cap = ncap;
    return 0;
}

/* Index of the host with `key`, created if new; (size_t)-1 on OOM. */
static size_t host_get(crawl *c, const char *key)
{
    if (c->htab_cap) {
        size_t k = pa_fnv1a(key) & (c->htab_cap - 1);
        while (c->htab[k]) {
            if (strcmp(c->hosts[c->htab[k] - 1].key, key) == 0)
                return c->htab[k] - 1;
            k = (k + 1) & (c->htab_cap - 1);
        }
    }
    if ((c->n_hosts + 1) * 2 > c->htab_cap && htab_grow(c))
        return (size_t)-1;
    if (c->n_hosts == c->cap_hosts) {
        size_t ncap = c->cap_hosts ? c->cap_hosts * 2 : 16;
        host *nh = realloc(c->hosts, ncap * sizeof *nh);
        if (!nh)
            return (size_t)-1;
        c->hosts = nh;
        c->cap_hosts = ncap;
    }
    host *h = &c->hosts[c->n_hosts];
    memset(h, 0, sizeof *h);
    if (!(h->key = strdup(key)))
        return (size_t)-1;
    h->delay = c->o->delay;
    h->robots_state = c->o->ignore_robots ? ROBOTS_READY : ROBOTS_UNKNOWN;
    size_t k = pa_fnv1a(key) & (c->htab_cap - 1);
    while (c->htab[k])
        k = (k + 1) & (c->htab_cap - 1);
    c->htab[k] = c->n_hosts + 1;
    return c->n_hosts++;
}

static void host_push(host *h, item *it, int front)
{
    if (front) {
        it->next = h->head;
        h->head = it;
        if (!h->tail)
            h->tail = it;
    } else {
        it->next = NULL;
        if (h->tail)
            h->tail->next = it;
        else
            h->head = it;
        h->tail = it;
    }
    h->queued++;
}

static item *host_pop(host *h)
{
    item *it = h->head;
    if (it) {
        h->head = it->next;
        if (!h->head)
            h->tail = NULL;
        h->queued--;
        it->next = NULL;
    }
    return it;
}

/* ---- outcomes ---- */

static pa_job *job_new(void);

/* The item's facts a final job carries (outcome fields are the caller's). */
static void job_final(pa_job *j, const item *it)
{
    j->url_id = it->url_id;
    j->final = 1;
    j->attempts = it->total_attempts;
    if (!j->input_url)
        j->input_url = xstrdup(it->url);
    if (!j->final_url)
        j->final_url = xstrdup(it->cur);
    j->kind = it->kind;
    j->source = xstrdup(it->source);
    j->depth = it->depth;
    j->interval = it->interval;
    j->src_interval = it->src_interval;
    j->recrawl_min = it->recrawl_min;
    j->recrawl_max = it->recrawl_max;
    j->conditional = it->etag || it->last_modified;
    j->hint_published = it->hint_published;
    j->hint_from = it->hint_from;
    memcpy(j->hint_lang, it->hint_lang, sizeof j->hint_lang);
}

static pa_job *job_new(void)
{
    return calloc(1, sizeof(pa_job));
}

/* Record a final outcome without an exchange (robots, invalid, failures
 * before any response) and free the item. */
static void finish_item(crawl *c, item *it, const char *status, long http, const char *why)
{
    pa_job *j = job_new();
    if (j) {
        job_final(j, it);
        j->status = status;
        j->http_status = http;
        j->error = xstrdup(why);
        j->target_uri = xstrdup(it->cur);
        j->fetched = time(NULL);
        pa_pipeline_push(c->pipe, j);
    }
    c->remaining--;
    item_free(it);
}

/* ---- transfers ---- */

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    xfer *x = ud;
    size_t len = size * n;
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0)
        pa_buf_reset(&x->head); /* a new response (after 1xx) */
    /* Transfer-Encoding is undone by libcurl; the archived head must not
     * claim a chunked body it does not have. */
    if (len >= 18 && strncasecmp(p, "transfer-encoding:", 18) == 0)
        return len;
    if (pa_buf_append(&x->head, p, len))
        return 0;
    return len;
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    xfer *x = ud;
    size_t len = size * n;
    if (pa_buf_append(&x->body, p, len)) {
        x->too_large = 1;
        return 0; /* aborts the transfer with CURLE_WRITE_ERROR */
    }
    return len;
}

static int on_debug(CURL *h, curl_infotype type, char *data, size_t size, void *ud)
{
    (void)h;
    xfer *x = ud;
    if (type == CURLINFO_HEADER_OUT) {
        pa_buf_reset(&x->req); /* keep the last request sent */
        pa_buf_append(&x->req, data, size);
    }
    return 0;
}

static void xfer_free(xfer *x)
{
    if (!x)
        return;
    if (x->easy)
        curl_easy_cleanup(x->easy);
    curl_slist_free_all(x->hdrs);
    pa_buf_free(&x->head);
    pa_buf_free(&x->body);
    pa_buf_free(&x->req);
    free(x);
}

static xfer *xfer_start(crawl *c, size_t hi, item *it, const char *url, int robots)
{
    const pa_fetch_opts *o = c->o;
    xfer *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->it = it;
    x->host = hi;
    x->is_robots = robots;
    pa_buf_init(&x->head, PA_HEAD_MAX);
    pa_buf_init(&x->body, robots ? PA_ROBOTS_MAX_BYTES : (size_t)o->max_bytes);
    pa_buf_init(&x->req, 64 * 1024);
    CURL *e = x->easy = curl_easy_init();
    if (!e) {
        xfer_free(x);
        return NULL;
    }
    x->hdrs = curl_slist_append(NULL, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    x->hdrs = curl_slist_append(x->hdrs, "Accept-Encoding: gzip, deflate, br");
    if (it && it->hops == 0 && (it->etag || it->last_modified)) {
        char hv[1100];
        if (it->etag && strlen(it->etag) < 1000 && !strpbrk(it->etag, "\r\n")) {
            snprintf(hv, sizeof hv, "If-None-Match: %s", it->etag);
            x->hdrs = curl_slist_append(x->hdrs, hv);
        }
        if (it->last_modified && strlen(it->last_modified) < 100 && !strpbrk(it->last_modified, "\r\n")) {
            snprintf(hv, sizeof hv, "If-Modified-Since: %s", it->last_modified);
            x->hdrs = curl_slist_append(x->hdrs, hv);
        }
    }
    curl_easy_setopt(e, CURLOPT_URL, url);
    curl_easy_setopt(e, CURLOPT_PRIVATE, x);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->hdrs);
    curl_easy_setopt(e, CURLOPT_HTTP_CONTENT_DECODING, 0L);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
    curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, on_debug);
    curl_easy_setopt(e, CURLOPT_DEBUGDATA, x);
    curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)(o->timeout * 1000));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)(o->connect_timeout * 1000));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, o->low_speed_limit);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o->low_speed_time);
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)(robots ? PA_ROBOTS_MAX_BYTES : o->max_bytes));
    if (robots) { /* RFC 9309 2.3.1.2: follow at least five redirects */
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    }
    if (c->resolve)
        curl_easy_setopt(e, CURLOPT_RESOLVE, c->resolve);
    if (curl_multi_add_handle(c->multi, e) != CURLM_OK) {
        xfer_free(x);
        return NULL;
    }
    c->inflight++;
    c->hosts[hi].inflight++;
    x->next = c->xfers;
    if (c->xfers)
        c->xfers->prev = x;
    c->xfers = x;
    return x;
}

/* Build a job carrying the exchange of a finished transfer (ownership of
 * the buffers moves into the job). */
static pa_job *exchange_job(xfer *x, const char *target)
{
    pa_job *j = job_new();
    if (!j)
        return NULL;
    long code = 0;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
    j->http_status = code;
    j->target_uri = xstrdup(target);
    j->fetched = time(NULL);
    char *ip = NULL;
    if (curl_easy_getinfo(x->easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
        snprintf(j->ip, sizeof j->ip, "%s", ip);
    struct curl_header *h;
    if (curl_easy_header(x->easy, "Content-Type", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
        j->content_type = xstrdup(h->value);
    if (curl_easy_header(x->easy, "Content-Encoding", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
        j->content_encoding = xstrdup(h->value);
    if (curl_easy_header(x->easy, "Content-Language", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
        j->content_language = xstrdup(h->value);
    if (curl_easy_header(x->easy, "ETag", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
        j->etag = xstrdup(h->value);
    if (curl_easy_header(x->easy, "Last-Modified", 0, CURLH_HEADER, -1, &h) == CURLHE_OK)
        j->last_modified = xstrdup(h->value);
    j->bytes = x->body.len;
    if (code > 0 && x->req.len && x->head.len) {
        j->request_len = x->req.len;
        j->request = pa_buf_steal(&x->req);
        j->head_len = x->head.len;
        if (pa_buf_append(&x->head, x->body.data ? x->body.data : "", x->body.len) == PA_OK) {
            j->response_len = x->head.len;
            j->response = pa_buf_steal(&x->head);
        } else {
            free(j->request);
            j->request = NULL;
            j->request_len = 0;
            j->head_len = 0;
        }
    }
    return j;
}

static int retryable_curl(CURLcode rc)
{
    switch (rc) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return 1;
    default:
        return 0;
    }
}

static double backoff(const crawl *c, int attempt)
{
    double d = c->o->backoff_base * pow(2.0, attempt > 1 ? attempt - 1 : 0) * jitter();
    return d > PA_MAX_BACKOFF ? PA_MAX_BACKOFF : d;
}

/* The reason text for a transfer that ended with a curl error. */
static void curl_reason(const xfer *x, CURLcode rc, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%s", curl_easy_strerror(rc), x->errbuf[0] ? ": " : "", x->errbuf);
}

/* Hand the robots.txt facts of a host (status, Crawl-delay, sitemaps) to
 * the pipeline for the hosts table. */
static void record_host(crawl *c, const host *h, long code)
{
    pa_job *j = job_new();
    if (!j)
        return;
    j->host_key = xstrdup(h->key);
    j->robots_status = code;
    j->crawl_delay = pa_robots_crawl_delay(h->robots);
    j->fetched = time(NULL);
    size_t n = pa_robots_sitemap_count(h->robots);
    if (n) {
        json_t *arr = json_array();
        for (size_t i = 0; arr && i < n && i < 1000; i++) {
            json_t *u = json_string(pa_robots_sitemap(h->robots, i));
            if (u) /* NULL for invalid UTF-8: such a line is not a URL anyway */
                json_array_append_new(arr, u);
        }
        j->sitemaps = arr ? json_dumps(arr, JSON_COMPACT) : NULL;
        json_decref(arr);
    }
    pa_pipeline_push(c->pipe, j);
}

static void robots_done(crawl *c, xfer *x, CURLcode rc)
{
    host *h = &c->hosts[x->host];
    long code = 0;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
    char target[PA_URL_MAX];
    snprintf(target, sizeof target, "%s/robots.txt", h->key);
    if (rc == CURLE_OK || x->too_large) {
        pa_job *j = exchange_job(x, target); /* archive robots.txt too */
        if (j)
            pa_pipeline_push(c->pipe, j);
    }
    pa_robots_free(h->robots);
    h->robots = NULL;
    if ((rc == CURLE_OK || x->too_large) && code >= 200 && code < 300) {
        /* A robots.txt cut at the size cap is parsed as far as it goes. */
        h->robots = pa_robots_parse(x->body.data ? x->body.data : "", x->body.len, c->product);
    } else if ((rc == CURLE_OK && code >= 400 && code < 500) ||
               (rc == CURLE_OK && code >= 300 && code < 400)) {
        /* 4xx ("unavailable") and a redirect chain too long: allow all. */
        h->robots = pa_robots_allow_all();
    } else {
        /* 5xx or unreachable: disallow for now, retry later. */
        h->robots_attempts++;
        if (rc != CURLE_OK)
            curl_reason(x, rc, h->robots_why, sizeof h->robots_why);
        else
            snprintf(h->robots_why, sizeof h->robots_why, "HTTP %ld", code);
        int max_attempts = c->o->retries + 1;
        if (max_attempts > PA_ROBOTS_MAX_ATTEMPTS_CAP)
            max_attempts = PA_ROBOTS_MAX_ATTEMPTS_CAP;
        if (h->robots_attempts < max_attempts) {
            h->robots_state = ROBOTS_WAIT;
            h->next_start = now_mono() + backoff(c, h->robots_attempts);
            return;
        }
        char why[400];
        snprintf(why, sizeof why,
                 "robots.txt unavailable after %d attempts (%s): disallowed until it recovers (RFC 9309)",
                 h->robots_attempts, h->robots_why);
        item *it;
        while ((it = host_pop(h)))
            finish_item(c, it, PA_ST_FAILED, 0, why);
        h->robots = pa_robots_disallow_all();
    }
    if (!h->robots)
        h->robots = pa_robots_allow_all();
    h->robots_state = ROBOTS_READY;
    h->robots_at = now_mono();
    record_host(c, h, rc == CURLE_OK ? code : 0);
    double cd = pa_robots_crawl_delay(h->robots);
    if (cd > 0) {
        if (cd > c->o->max_crawl_delay)
            cd = c->o->max_crawl_delay;
        if (cd > h->delay) {
            /* the robots.txt request itself started the old delay */
            h->next_start += cd - h->delay;
            h->delay = cd;
        }
    }
}

/* Put an item back on its host for another attempt after `wait` seconds;
 * the whole host waits (a 429/503 or an unreachable server concerns every
 * URL of it). */
static void requeue(crawl *c, item *it, size_t hi, double wait)
{
    host *h = &c->hosts[hi];
    double t = now_mono() + wait;
    if (t > h->next_start)
        h->next_start = t;
    host_push(h, it, 1);
}

static void page_done(crawl *c, xfer *x, CURLcode rc)
{
    item *it = x->it;
    long code = 0;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
    char why[1024];

    if (x->too_large) {
        char msg[160];
        snprintf(msg, sizeof msg, "response body exceeds --max-bytes %llu (cut after %zu bytes)",
                 (unsigned long long)c->o->max_bytes, x->body.len);
        pa_job *j = job_new();
        if (j) {
            job_final(j, it);
            j->status = PA_ST_TOO_LARGE;
            j->http_status = code;
            j->error = xstrdup(msg);
            j->target_uri = xstrdup(it->cur);
            j->bytes = x->body.len;
            j->fetched = time(NULL);
            pa_pipeline_push(c->pipe, j);
        }
        c->remaining--;
        item_free(it);
        return;
    }
    if (rc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(why, sizeof why, "Content-Length exceeds --max-bytes %llu",
                 (unsigned long long)c->o->max_bytes);
        finish_item(c, it, PA_ST_TOO_LARGE, code, why);
        return;
    }
    if (rc != CURLE_OK) {
        curl_reason(x, rc, why, sizeof why);
        if (retryable_curl(rc) && it->attempts <= c->o->retries) {
            requeue(c, it, x->host, backoff(c, it->attempts));
            return;
        }
        char full[1200];
        snprintf(full, sizeof full, "%s (after %d attempts)", why, it->attempts);
        finish_item(c, it, PA_ST_FAILED, code, full);
        return;
    }

    if (code >= 300 && code < 400 && code != 304) {
        char *loc = NULL;
        curl_easy_getinfo(x->easy, CURLINFO_REDIRECT_URL, &loc);
        if (loc) {
            pa_job *j = exchange_job(x, it->cur); /* archive the hop */
            if (j)
                pa_pipeline_push(c->pipe, j);
            char *next = NULL;
            pa_err e;
            pa_err_clear(&e);
            if (pa_url_normalize(loc, &next, &e) != PA_OK) {
                snprintf(why, sizeof why, "redirect to an unusable URL (%.300s): %.400s", loc, e.msg);
                finish_item(c, it, PA_ST_FAILED, code, why);
                return;
            }
            if (it->hops >= c->o->max_redirects) {
                snprintf(why, sizeof why, "too many redirects (more than %d), last Location: %.300s",
                         c->o->max_redirects, next);
                free(next);
                finish_item(c, it, PA_ST_FAILED, code, why);
                return;
            }
            it->hops++;
            it->attempts = 0;
            free(it->cur);
            it->cur = next;
            char *key = pa_url_host_key(next);
            size_t hi = key ? host_get(c, key) : (size_t)-1;
            free(key);
            if (hi == (size_t)-1) {
                finish_item(c, it, PA_ST_FAILED, code, "out of memory");
                return;
            }
            host_push(&c->hosts[hi], it, 0);
            return;
        }
    }

    if ((code == 429 || code == 500 || code == 502 || code == 503 || code == 504) &&
        it->attempts <= c->o->retries) {
        double wait = backoff(c, it->attempts);
        struct curl_header *h;
        if (curl_easy_header(x->easy, "Retry-After", 0, CURLH_HEADER, -1, &h) == CURLHE_OK) {
            long ra = pa_retry_after_parse(h->value, time(NULL));
            if (ra > PA_MAX_RETRY_AFTER) {
                snprintf(why, sizeof why, "HTTP %ld with Retry-After %ld s, longer than the %d s we wait",
                         code, ra, PA_MAX_RETRY_AFTER);
                pa_job *j = exchange_job(x, it->cur);
                if (j) {
                    job_final(j, it);
                    j->status = PA_ST_FAILED;
                    j->error = xstrdup(why);
                    pa_pipeline_push(c->pipe, j);
                }
                c->remaining--;
                item_free(it);
                return;
            }
            if (ra >= 0)
                wait = (double)ra;
        }
        pa_job *j = exchange_job(x, it->cur); /* archive the refusal */
        if (j)
            pa_pipeline_push(c->pipe, j);
        requeue(c, it, x->host, wait);
        return;
    }

    /* Final: 2xx, or an error status we will not retry (any more). */
    pa_job *j = exchange_job(x, it->cur);
    if (!j) {
        finish_item(c, it, PA_ST_FAILED, code, "out of memory");
        return;
    }
    job_final(j, it);
    if ((code >= 200 && code < 300) || (code == 304 && j->conditional)) {
        j->status = PA_ST_FETCHED;
    } else {
        j->status = PA_ST_FAILED;
        snprintf(why, sizeof why, "HTTP %ld%s", code,
                 it->attempts > 1 ? " (after retries)" : "");
        j->error = xstrdup(why);
    }
    pa_pipeline_push(c->pipe, j);
    c->remaining--;
    item_free(it);
}

static void collect_done(crawl *c)
{
    CURLMsg *m;
    int left;
    while ((m = curl_multi_info_read(c->multi, &left))) {
        if (m->msg != CURLMSG_DONE)
            continue;
        xfer *x = NULL;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&x);
        CURLcode rc = m->data.result;
        curl_multi_remove_handle(c->multi, m->easy_handle);
        if (x->prev)
            x->prev->next = x->next;
        else
            c->xfers = x->next;
        if (x->next)
            x->next->prev = x->prev;
        c->inflight--;
        c->hosts[x->host].inflight--;
        if (x->is_robots)
            robots_done(c, x, rc);
        else
            page_done(c, x, rc);
        xfer_free(x);
    }
}

volatile sig_atomic_t pa_fetch_interrupted;

/* Start whatever the limits allow; returns seconds until the next host
 * becomes startable (for the poll timeout). */
static double start_transfers(crawl *c)
{
    const pa_fetch_opts *o = c->o;
    double now = now_mono(), wait = 1.0;
    size_t n = pa_fetch_interrupted ? 0 : c->n_hosts;
    for (size_t k = 0; k < n && c->inflight < o->concurrency; k++) {
        size_t hi = (c->rr + k) % n;
        host *h = &c->hosts[hi];
        while (h->queued && c->inflight < o->concurrency && h->inflight < o->per_host) {
            if (h->robots_state == ROBOTS_FETCHING)
                break;
            if (h->robots_state == ROBOTS_READY && !o->ignore_robots && now - h->robots_at > 86400)
                h->robots_state = ROBOTS_UNKNOWN; /* a long-running daemon reads robots.txt again daily */
            if (now < h->next_start) {
                if (h->next_start - now < wait)
                    wait = h->next_start - now;
                break;
            }
            if (h->robots_state == ROBOTS_UNKNOWN || h->robots_state == ROBOTS_WAIT) {
                char url[PA_URL_MAX];
                snprintf(url, sizeof url, "%s/robots.txt", h->key);
                if (!xfer_start(c, hi, NULL, url, 1))
                    break;
                h->robots_state = ROBOTS_FETCHING;
                h->next_start = now + h->delay;
                break;
            }
            item *it = host_pop(h);
            if (!o->ignore_robots && h->robots) {
                char *pq = pa_url_path_query(it->cur);
                int ok = pq ? pa_robots_allowed(h->robots, pq) : 1;
                free(pq);
                if (!ok) {
                    finish_item(c, it, PA_ST_ROBOTS, 0, "disallowed by robots.txt");
                    continue;
                }
            }
            it->attempts++;
            it->total_attempts++;
            if (!xfer_start(c, hi, it, it->cur, 0)) {
                finish_item(c, it, PA_ST_FAILED, 0, "cannot start transfer (out of memory)");
                continue;
            }
            h->next_start = now + h->delay;
        }
    }
    if (n)
        c->rr = (c->rr + 1) % n;
    return wait < 0 ? 0 : wait;
}

/* ---- progress ---- */

static void progress(crawl *c, int final)
{
    const pa_fetch_opts *o = c->o;
    if (o->quiet)
        return;
    if (final) {
        if (o->progress)
            fputs("\r\033[K", stderr);
        return;
    }
    double now = now_mono();
    double every = o->progress ? 0.5 : 10.0;
    if (now - c->last_progress < every)
        return;
    c->last_progress = now;
    pa_fetch_summary s;
    pa_pipeline_counts(c->pipe, &s);
    uint64_t done = s.fetched + s.failed + s.robots + c->sum.invalid + s.too_large;
    uint64_t todo = c->sum.total - c->sum.skipped;
    double el = now - c->start;
    double rate = el > 0 ? (double)s.fetched / el : 0;
    double eta = rate > 0 && todo > done ? (double)(todo - done) / ((double)done / el) : 0;
    if (o->progress)
        fprintf(stderr, "\r\033[K%llu/%llu done, %.1f pages/s, %llu failed, ETA %02d:%02d:%02d",
                (unsigned long long)done, (unsigned long long)todo, rate,
                (unsigned long long)(s.failed + s.too_large), (int)(eta / 3600), (int)fmod(eta / 60, 60),
                (int)fmod(eta, 60));
    else
        fprintf(stderr, "progress: %llu/%llu done, %.1f pages/s, %llu failed, %d in flight\n",
                (unsigned long long)done, (unsigned long long)todo, rate,
                (unsigned long long)(s.failed + s.too_large), c->inflight);
}

/* ---- input ---- */

static char *product_token(const char *ua)
{
    size_t n = strcspn(ua, "/ ;(");
    char *p = strndup(ua, n ? n : strlen(ua));
    return p;
}

/* Read the URL list and register every line in the store; queue the URLs
 * to fetch.  Invalid lines and duplicates are recorded, never dropped. */
static pa_code read_input(crawl *c, FILE *in, const char *name, pa_err *err)
{
    sqlite3 *db = pa_store_db(c->st);
    sqlite3_stmt *ins = NULL, *sel = NULL, *inv = NULL, *requeue_q = NULL;
    pa_code rc = PA_OK;
    char *line = malloc(PA_MAX_LINE + 2);
    if (!line)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    if (sqlite3_prepare_v2(db, "INSERT INTO urls(url, input, line, status) VALUES(?1, ?2, ?3, 'queued')"
                               " ON CONFLICT(url) DO UPDATE SET line=excluded.line", -1, &ins, NULL) ||
        sqlite3_prepare_v2(db, "SELECT id, status FROM urls WHERE url=?", -1, &sel, NULL) ||
        sqlite3_prepare_v2(db, "INSERT INTO urls(url, input, line, status, error) VALUES(?1, ?1, ?2, 'invalid', ?3)"
                               " ON CONFLICT(url) DO UPDATE SET line=excluded.line, error=excluded.error,"
                               " status='invalid'", -1, &inv, NULL) ||
        sqlite3_prepare_v2(db, "UPDATE urls SET status='queued' WHERE id=?", -1, &requeue_q, NULL)) {
        rc = pa_store_err(c->st, "prepare input statements", err);
        goto done;
    }
    /* Ids seen in this run, to count repeated lines as duplicates. */
    size_t seen_cap = 1024, seen_n = 0;
    int64_t *seen = calloc(seen_cap, sizeof *seen);
    if (!seen) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    if ((rc = pa_store_begin(c->st, err)))
        goto done_seen;
    long lineno = 0;
    uint64_t batch = 0;
    while (fgets(line, PA_MAX_LINE + 2, in)) {
        lineno++;
        size_t len = strlen(line);
        int overlong = 0;
        if (len == PA_MAX_LINE + 1 && line[len - 1] != '\n') {
            overlong = 1; /* skip the rest of the line */
            int ch;
            while ((ch = fgetc(in)) != EOF && ch != '\n')
                ;
        }
        char *s = line;
        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\f' || *s == '\v')
            s++;
        len = strlen(s);
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
            s[--len] = '\0';
        if (!*s || *s == '#')
            continue;
        if (c->sum.total >= PA_MAX_INPUT_URLS) {
            rc = pa_err_set(err, PA_ERR_LIMIT, "%s: more than %lu URLs in one run", name, PA_MAX_INPUT_URLS);
            break;
        }
        char *norm = NULL;
        pa_err ue;
        pa_err_clear(&ue);
        if (overlong || pa_url_normalize(s, &norm, &ue) != PA_OK) {
            char why[PA_ERR_MSG_MAX + 64];
            snprintf(why, sizeof why, "%s line %ld: %s", name, lineno,
                     overlong ? "line too long" : ue.msg);
            if (!c->o->quiet)
                fprintf(stderr, "pressarc: %s\n", why);
            char raw[2048];
            snprintf(raw, sizeof raw, "%s", s);
            sqlite3_reset(inv);
            sqlite3_bind_text(inv, 1, raw, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(inv, 2, lineno);
            sqlite3_bind_text(inv, 3, why, -1, SQLITE_TRANSIENT);
            if (sqlite3_step(inv) != SQLITE_DONE) {
                rc = pa_store_err(c->st, "record invalid line", err);
                break;
            }
            c->sum.total++;
            c->sum.invalid++;
            continue;
        }
        sqlite3_reset(ins);
        sqlite3_bind_text(ins, 1, norm, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, s, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(ins, 3, lineno);
        sqlite3_reset(sel);
        sqlite3_bind_text(sel, 1, norm, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(ins) != SQLITE_DONE || sqlite3_step(sel) != SQLITE_ROW) {
            free(norm);
            rc = pa_store_err(c->st, "register URL", err);
            break;
        }
        int64_t id = sqlite3_column_int64(sel, 0);
        const char *st = (const char *)sqlite3_column_text(sel, 1);
        int fetched_before = st && strcmp(st, PA_ST_FETCHED) == 0;
        /* Duplicate within this run? (ids are dense: a bitmap by id) */
        if ((size_t)id >= seen_cap * 64) {
            size_t ncap = seen_cap;
            while ((size_t)id >= ncap * 64)
                ncap *= 2;
            int64_t *ns = realloc(seen, ncap * sizeof *ns);
            if (!ns) {
                free(norm);
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                break;
            }
            memset(ns + seen_cap, 0, (ncap - seen_cap) * sizeof *ns);
            seen = ns;
            seen_cap = ncap;
        }
        uint64_t bit = 1ULL << (id % 64);
        if ((uint64_t)seen[id / 64] & bit) {
            c->sum.duplicates++;
            free(norm);
            continue;
        }
        seen[id / 64] = (int64_t)((uint64_t)seen[id / 64] | bit);
        seen_n++;
        c->sum.total++;
        if (fetched_before && !c->o->refetch) {
            c->sum.skipped++;
            free(norm);
            continue;
        }
        if (!fetched_before) {
            sqlite3_reset(requeue_q);
            sqlite3_bind_int64(requeue_q, 1, id);
            sqlite3_step(requeue_q);
        }
        item *it = calloc(1, sizeof *it);
        char *key = pa_url_host_key(norm);
        size_t hi = key ? host_get(c, key) : (size_t)-1;
        free(key);
        if (!it || hi == (size_t)-1 || !(it->cur = strdup(norm))) {
            free(it);
            free(norm);
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        it->url_id = id;
        it->url = norm;
        host_push(&c->hosts[hi], it, 0);
        c->remaining++;
        if (++batch % 10000 == 0 && (pa_store_commit(c->st, err) || pa_store_begin(c->st, err))) {
            rc = PA_ERR_STORE;
            break;
        }
    }
    if (!rc && ferror(in))
        rc = pa_err_set(err, PA_ERR_IO, "%s: read error: %s", name, strerror(errno));
    if (rc)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    else
        rc = pa_store_commit(c->st, err);
    (void)seen_n;
done_seen:
    free(seen);
done:
    sqlite3_finalize(ins);
    sqlite3_finalize(sel);
    sqlite3_finalize(inv);
    sqlite3_finalize(requeue_q);
    free(line);
    return rc;
}

/* ---- the run ---- */

/* The run and its settings go to the `runs` table (the export datasheet
 * reports them).  Failing to record them does not stop the crawl. */
static void record_run_start(crawl *c, const char *input_name)
{
    const pa_fetch_opts *o = c->o;
    json_t *s = json_pack("{s:s, s:i, s:i, s:f, s:f, s:I, s:i, s:s, s:b, s:b, s:f}",
                          "input", input_name ? input_name : "-", "concurrency", o->concurrency,
                          "per_host", o->per_host, "delay", o->delay, "timeout", o->timeout,
                          "max_bytes", (json_int_t)o->max_bytes, "retries", o->retries,
                          "user_agent", o->user_agent ? o->user_agent : PA_DEFAULT_USER_AGENT,
                          "ignore_robots", o->ignore_robots, "refetch", o->refetch,
                          "max_crawl_delay", o->max_crawl_delay);
    char *txt = s ? json_dumps(s, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    pa_err e;
    if (pa_store_run_begin(c->st, "fetch", txt, &c->run_id, &e))
        c->run_id = 0;
    free(txt);
    json_decref(s);
}

static void record_run_end(crawl *c, const pa_fetch_summary *sum)
{
    if (!c->st || c->run_id <= 0)
        return;
    json_t *s = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}", "urls", (json_int_t)sum->total,
                          "fetched", (json_int_t)sum->fetched, "failed", (json_int_t)sum->failed,
                          "robots", (json_int_t)sum->robots, "invalid", (json_int_t)sum->invalid,
                          "too_large", (json_int_t)sum->too_large, "documents", (json_int_t)sum->documents,
                          "bytes", (json_int_t)sum->bytes);
    char *txt = s ? json_dumps(s, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    pa_err e;
    pa_store_run_end(c->st, c->run_id, txt, &e);
    free(txt);
    json_decref(s);
}

pa_code pa_fetch_run(const pa_fetch_opts *o, FILE *in, const char *input_name, pa_fetch_summary *sum,
                     pa_err *err)
{
    crawl c;
    memset(&c, 0, sizeof c);
    c.o = o;
    memset(sum, 0, sizeof *sum);
    c.start = now_mono();
    c.last_progress = c.start;
    pa_code rc = PA_OK;

    if (o->concurrency < 1 || o->per_host < 1 || o->delay < 0 || o->timeout <= 0 || o->max_bytes == 0)
        return pa_err_set(err, PA_ERR_USAGE, "invalid limits (concurrency, per-host, delay, timeout, max-bytes)");
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return pa_err_set(err, PA_ERR_NET, "libcurl initialisation failed");
    if (!(c.product = product_token(o->user_agent ? o->user_agent : PA_DEFAULT_USER_AGENT))) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto out;
    }
    for (int i = 0; i < o->n_resolve; i++) {
        struct curl_slist *n = curl_slist_append(c.resolve, o->resolve[i]);
        if (!n) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            goto out;
        }
        c.resolve = n;
    }
    if ((rc = pa_store_open(o->store_dir, 1, &c.st, err)))
        goto out;
    record_run_start(&c, input_name);
    if ((rc = read_input(&c, in, input_name, err)))
        goto out;
    if ((rc = pa_pipeline_start(c.st, o, &c.pipe, err)))
        goto out;
    if (!(c.multi = curl_multi_init())) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto finish;
    }
    curl_multi_setopt(c.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o->concurrency);

    while (c.remaining > 0 || c.inflight > 0) {
        if (pa_pipeline_failed(c.pipe) || (pa_fetch_interrupted && c.inflight == 0))
            break; /* the store broke, or ^C: stop; queued URLs stay 'queued' */
        start_transfers(&c);
        int running = 0;
        curl_multi_perform(c.multi, &running);
        collect_done(&c);
        /* Refill the slots just freed before sleeping in poll. */
        double wait = start_transfers(&c);
        progress(&c, 0);
        if (c.remaining == 0 && c.inflight == 0)
            break;
        int ms = (int)(wait * 1000);
        if (ms > 200)
            ms = 200;
        if (ms < 1)
            ms = 1;
        curl_multi_poll(c.multi, NULL, 0, ms, NULL);
    }

finish:;
    pa_err perr;
    pa_err_clear(&perr);
    pa_code prc = pa_pipeline_finish(c.pipe, sum, &perr);
    c.pipe = NULL;
    if (!rc && prc) {
        rc = prc;
        if (err)
            *err = perr;
    }
out:
    if (c.pipe)
        pa_pipeline_finish(c.pipe, sum, NULL);
    if (c.multi)
        curl_multi_cleanup(c.multi);
    for (size_t i = 0; i < c.n_hosts; i++) {
        item *it;
        while ((it = host_pop(&c.hosts[i])))
            item_free(it);
        pa_robots_free(c.hosts[i].robots);
        free(c.hosts[i].key);
    }
    free(c.hosts);
    free(c.htab);
    curl_slist_free_all(c.resolve);
    free(c.product);
    sum->total = c.sum.total;
    sum->skipped = c.sum.skipped;
    sum->duplicates = c.sum.duplicates;
    sum->invalid += c.sum.invalid;
    sum->seconds = now_mono() - c.start;
    record_run_end(&c, sum);
    pa_store_close(c.st);
    progress(&c, 1);
    curl_global_cleanup();
    return rc;
}

/* ---- the crawl as a long-lived object (the daemon) ---- */

struct pa_crawl {
    crawl c;
};

pa_code pa_crawl_open(const pa_fetch_opts *o, pa_store *st, pa_crawl **out, pa_err *err)
{
    *out = NULL;
    if (o->concurrency < 1 || o->per_host < 1 || o->delay < 0 || o->timeout <= 0 || o->max_bytes == 0)
        return pa_err_set(err, PA_ERR_USAGE, "invalid limits (concurrency, per-host, delay, timeout, max-bytes)");
    pa_crawl *k = calloc(1, sizeof *k);
    if (!k)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    crawl *c = &k->c;
    c->o = o;
    c->st = st;
    c->start = now_mono();
    c->last_progress = c->start;
    pa_code rc = PA_OK;
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        free(k);
        return pa_err_set(err, PA_ERR_NET, "libcurl initialisation failed");
    }
    if (!(c->product = product_token(o->user_agent ? o->user_agent : PA_DEFAULT_USER_AGENT)))
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    for (int i = 0; !rc && i < o->n_resolve; i++) {
        struct curl_slist *n = curl_slist_append(c->resolve, o->resolve[i]);
        if (!n)
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        else
            c->resolve = n;
    }
    if (!rc && !(c->multi = curl_multi_init()))
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    if (!rc) {
        curl_multi_setopt(c->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o->concurrency);
        rc = pa_pipeline_start(st, o, &c->pipe, err);
    }
    if (rc) {
        pa_fetch_summary sum;
        memset(&sum, 0, sizeof sum);
        pa_crawl_close(k, &sum, NULL);
        return rc;
    }
    *out = k;
    return PA_OK;
}

pa_pipeline *pa_crawl_pipeline(pa_crawl *k)
{
    return k->c.pipe;
}

pa_code pa_crawl_add(pa_crawl *k, const pa_crawl_url *u, pa_err *err)
{
    crawl *c = &k->c;
    item *it = calloc(1, sizeof *it);
    char *key = pa_url_host_key(u->url);
    size_t hi = key ? host_get(c, key) : (size_t)-1;
    free(key);
    if (!it || hi == (size_t)-1 || !(it->url = strdup(u->url)) || !(it->cur = strdup(u->url)) ||
        (u->source && !(it->source = strdup(u->source))) || (u->etag && !(it->etag = strdup(u->etag))) ||
        (u->last_modified && !(it->last_modified = strdup(u->last_modified)))) {
        item_free(it);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    it->url_id = u->url_id;
    it->kind = u->kind;
    it->depth = u->depth;
    it->interval = u->interval;
    it->src_interval = u->src_interval;
    it->recrawl_min = u->recrawl_min;
    it->recrawl_max = u->recrawl_max;
    if (u->hint_published > 0 && u->hint_from) {
        it->hint_from = !strcmp(u->hint_from, "sitemap") ? "sitemap" : !strcmp(u->hint_from, "feed") ? "feed" : NULL;
        it->hint_published = it->hint_from ? u->hint_published : 0;
    }
    if (u->hint_lang && strlen(u->hint_lang) < sizeof it->hint_lang)
        strcpy(it->hint_lang, u->hint_lang);
    host_push(&c->hosts[hi], it, 0);
    c->remaining++;
    return PA_OK;
}

void pa_crawl_step(pa_crawl *k, int max_ms)
{
    crawl *c = &k->c;
    if (pa_pipeline_failed(c->pipe))
        return;
    start_transfers(c);
    int running = 0;
    curl_multi_perform(c->multi, &running);
    collect_done(c);
    double wait = start_transfers(c);
    int ms = (int)(wait * 1000);
    if (ms > max_ms)
        ms = max_ms;
    if (ms < 1)
        ms = 1;
    curl_multi_poll(c->multi, NULL, 0, ms, NULL);
}

uint64_t pa_crawl_pending(const pa_crawl *k)
{
    return k->c.remaining;
}

int pa_crawl_inflight(const pa_crawl *k)
{
    return k->c.inflight;
}

int pa_crawl_failed(pa_crawl *k)
{
    return k->c.pipe ? pa_pipeline_failed(k->c.pipe) : 1;
}

void pa_crawl_counts(pa_crawl *k, pa_fetch_summary *out)
{
    pa_pipeline_counts(k->c.pipe, out);
}

void pa_crawl_abort(pa_crawl *k)
{
    crawl *c = &k->c;
    while (c->xfers) {
        xfer *x = c->xfers;
        c->xfers = x->next;
        curl_multi_remove_handle(c->multi, x->easy);
        c->inflight--;
        c->hosts[x->host].inflight--;
        if (x->it) {
            item_free(x->it);
            c->remaining--;
        }
        xfer_free(x);
    }
    for (size_t i = 0; i < c->n_hosts; i++) {
        item *it;
        while ((it = host_pop(&c->hosts[i]))) {
            item_free(it);
            c->remaining--;
        }
    }
}

pa_code pa_crawl_close(pa_crawl *k, pa_fetch_summary *sum, pa_err *err)
{
    if (!k)
        return PA_OK;
    crawl *c = &k->c;
    pa_crawl_abort(k);
    pa_code rc = PA_OK;
    if (c->pipe) {
        pa_err perr;
        pa_err_clear(&perr);
        rc = pa_pipeline_finish(c->pipe, sum, &perr);
        if (rc && err)
            *err = perr;
    }
    if (c->multi)
        curl_multi_cleanup(c->multi);
    for (size_t i = 0; i < c->n_hosts; i++) {
        pa_robots_free(c->hosts[i].robots);
        free(c->hosts[i].key);
    }
    free(c->hosts);
    free(c->htab);
    curl_slist_free_all(c->resolve);
    free(c->product);
    curl_global_cleanup();
    free(k);
    return rc;
}
