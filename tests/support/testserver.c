/* testserver.c — scripted loopback HTTP server for the integration tests
 * (see testserver.h).  Thread per connection, so a route may block. */
#include "testserver.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#define TS_MAX_HOSTS 64
#define TS_MAX_PATHS 4096

typedef struct {
    char name[128];
    int requests, inflight, max_inflight;
    double first_start, last_start, min_gap;
    int short_gaps; /* gaps under 20 ms between two request starts */
} host_acc;

typedef struct {
    char path[256];
    int hits;
} path_acc;

struct pa_ts {
    struct MHD_Daemon *d;
    ts_route *routes;
    int *route_hits;
    size_t n;
    pthread_mutex_t mu;
    host_acc hosts[TS_MAX_HOSTS];
    size_t n_hosts;
    path_acc paths[TS_MAX_PATHS];
    size_t n_paths;
    volatile int stopping;
    unsigned char *bomb;
    size_t bomb_len;
};

typedef struct {
    pa_ts *ts;
    int host;
    int in_flight; /* counted in its host's inflight */
    size_t sent;
} req_ctx;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int host_index(pa_ts *ts, const char *hosthdr)
{
    char name[128];
    snprintf(name, sizeof name, "%s", hosthdr ? hosthdr : "");
    char *colon = strrchr(name, ':');
    if (colon)
        *colon = '\0';
    for (size_t i = 0; i < ts->n_hosts; i++)
        if (strcmp(ts->hosts[i].name, name) == 0)
            return (int)i;
    if (ts->n_hosts >= TS_MAX_HOSTS)
        return -1;
    host_acc *h = &ts->hosts[ts->n_hosts];
    memset(h, 0, sizeof *h);
    snprintf(h->name, sizeof h->name, "%s", name);
    h->min_gap = 1e9;
    return (int)ts->n_hosts++;
}

static void count_path(pa_ts *ts, const char *path)
{
    for (size_t i = 0; i < ts->n_paths; i++)
        if (strcmp(ts->paths[i].path, path) == 0) {
            ts->paths[i].hits++;
            return;
        }
    if (ts->n_paths < TS_MAX_PATHS) {
        snprintf(ts->paths[ts->n_paths].path, sizeof ts->paths[0].path, "%s", path);
        ts->paths[ts->n_paths++].hits = 1;
    }
}

static int route_match(const ts_route *r, const char *path, const char *hosthdr)
{
    if (r->host) {
        size_t hl = strlen(r->host);
        if (!hosthdr || strncmp(hosthdr, r->host, hl) != 0 || (hosthdr[hl] && hosthdr[hl] != ':'))
            return 0;
    }
    size_t n = strlen(r->path);
    if (n && r->path[n - 1] == '*')
        return strncmp(path, r->path, n - 1) == 0;
    return strcmp(path, r->path) == 0;
}

static ssize_t endless_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    req_ctx *c = cls;
    (void)pos;
    if (c->ts->stopping)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    size_t n = max < 8192 ? max : 8192;
    memset(buf, 'x', n);
    return (ssize_t)n;
}

static ssize_t stall_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    req_ctx *c = cls;
    (void)pos;
    (void)buf;
    (void)max;
    for (int i = 0; i < 20 && !c->ts->stopping; i++)
        usleep(10000);
    if (c->ts->stopping)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    return 0; /* nothing yet; asked again */
}

static ssize_t reset_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
    req_ctx *c = cls;
    (void)pos;
    if (c->sent >= 2000 || c->ts->stopping)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    size_t n = max < 1000 ? max : 1000;
    memset(buf, 'y', n);
    c->sent += n;
    return (ssize_t)n;
}

static void page_body(const char *path, char *buf, size_t size)
{
    snprintf(buf, size,
             "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Release %s | Test Site</title>"
             "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav><article><h1>Release %s</h1>"
             "<p>This is the first paragraph of the press release published at %s, long enough to be read as "
             "prose by the extractor, with numbers like 41.9 and 2025.</p><p>A second paragraph follows, and it "
             "also carries the path %s so that every page has a text of its own.</p></article>"
             "<footer>Copyright Test Site</footer></body></html>",
             path, path, path, path);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                               const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)method;
    (void)version;
    (void)upload;
    (void)upload_size;
    pa_ts *ts = cls;
    if (*con_cls == NULL) {
        req_ctx *c = calloc(1, sizeof *c);
        if (!c)
            return MHD_NO;
        c->ts = ts;
        const char *hosthdr = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Host");
        pthread_mutex_lock(&ts->mu);
        c->host = host_index(ts, hosthdr);
        if (c->host >= 0) {
            host_acc *h = &ts->hosts[c->host];
            double t = now_s();
            if (h->requests > 0 && t - h->last_start < h->min_gap)
                h->min_gap = t - h->last_start;
            if (h->requests > 0 && t - h->last_start < 0.02)
                h->short_gaps++;
            if (h->requests == 0)
                h->first_start = t;
            h->last_start = t;
            h->requests++;
            h->inflight++;
            c->in_flight = 1;
            if (h->inflight > h->max_inflight)
                h->max_inflight = h->inflight;
        }
        count_path(ts, url);
        pthread_mutex_unlock(&ts->mu);
        *con_cls = c;
    }
    req_ctx *c = *con_cls;
    const char *hosthdr = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Host");
    const ts_route *r = NULL;
    int hit = 0;
    pthread_mutex_lock(&ts->mu);
    for (size_t i = 0; i < ts->n; i++)
        if (route_match(&ts->routes[i], url, hosthdr)) {
            r = &ts->routes[i];
            hit = ++ts->route_hits[i];
            break;
        }
    pthread_mutex_unlock(&ts->mu);

    if (r && r->delay_ms)
        usleep((useconds_t)r->delay_ms * 1000);

    struct MHD_Response *resp = NULL;
    int status = 200;
    char gen[2048];
    if (!r) {
        if (strcmp(url, "/robots.txt") == 0) {
            status = 404;
            resp = MHD_create_response_from_buffer(9, (void *)"not found", MHD_RESPMEM_PERSISTENT);
        } else {
            page_body(url, gen, sizeof gen);
            resp = MHD_create_response_from_buffer(strlen(gen), gen, MHD_RESPMEM_MUST_COPY);
            MHD_add_response_header(resp, "Content-Type", "text/html; charset=utf-8");
        }
    } else {
        const char *ctype = r->content_type ? r->content_type : "text/html; charset=utf-8";
        switch (r->kind) {
        case TS_PAGE:
        case TS_FLAKY: {
            int failing = r->kind == TS_FLAKY && hit <= r->fail_times;
            status = failing ? (r->status ? r->status : 503) : (r->kind == TS_PAGE && r->status ? r->status : 200);
            const char *body = r->body;
            if (!body || failing) {
                page_body(url, gen, sizeof gen);
                body = failing ? "try again later" : gen;
            }
            resp = MHD_create_response_from_buffer(strlen(body), (void *)body, MHD_RESPMEM_MUST_COPY);
            MHD_add_response_header(resp, "Content-Type", failing ? "text/plain" : ctype);
            if (failing && r->retry_after)
                MHD_add_response_header(resp, "Retry-After", r->retry_after);
            break;
        }
        case TS_REDIRECT:
            status = r->status ? r->status : 302;
            resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
            MHD_add_response_header(resp, "Location", r->location ? r->location : "/");
            break;
        case TS_ENDLESS:
            resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 8192, endless_reader, c, NULL);
            MHD_add_response_header(resp, "Content-Type", ctype);
            break;
        case TS_STALL:
            resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 1024, stall_reader, c, NULL);
            MHD_add_response_header(resp, "Content-Type", ctype);
            break;
        case TS_RESET:
            resp = MHD_create_response_from_callback(100000, 1024, reset_reader, c, NULL);
            MHD_add_response_header(resp, "Content-Type", ctype);
            break;
        case TS_GZIP_BOMB:
            resp = MHD_create_response_from_buffer(ts->bomb_len, ts->bomb, MHD_RESPMEM_PERSISTENT);
            MHD_add_response_header(resp, "Content-Type", ctype);
            MHD_add_response_header(resp, "Content-Encoding", "gzip");
            break;
        }
    }
    if (!resp)
        return MHD_NO;
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)status, resp);
    MHD_destroy_response(resp);
    /* A request is "in flight" from its arrival until its answer is queued:
     * the client may see the last bytes and start its next request before
     * MHD reports completion, so counting up to completion would overcount. */
    pthread_mutex_lock(&ts->mu);
    if (c->in_flight && c->host >= 0)
        ts->hosts[c->host].inflight--;
    c->in_flight = 0;
    pthread_mutex_unlock(&ts->mu);
    return ret;
}

static void completed(void *cls, struct MHD_Connection *conn, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    (void)toe;
    pa_ts *ts = cls;
    req_ctx *c = *con_cls;
    if (!c)
        return;
    pthread_mutex_lock(&ts->mu);
    if (c->in_flight && c->host >= 0)
        ts->hosts[c->host].inflight--;
    pthread_mutex_unlock(&ts->mu);
    free(c);
    *con_cls = NULL;
}

/* 64 MiB of zeros, gzip-compressed (about 64 KiB). */
static int make_bomb(pa_ts *ts)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t cap = 1 << 20;
    ts->bomb = malloc(cap);
    static unsigned char zeros[1 << 16];
    if (!ts->bomb) {
        deflateEnd(&z);
        return -1;
    }
    z.next_out = ts->bomb;
    z.avail_out = (uInt)cap;
    for (int i = 0; i < 1024; i++) {
        z.next_in = zeros;
        z.avail_in = sizeof zeros;
        deflate(&z, i == 1023 ? Z_FINISH : Z_NO_FLUSH);
    }
    ts->bomb_len = cap - z.avail_out;
    deflateEnd(&z);
    return 0;
}

pa_ts *ts_start(const ts_route *routes, size_t n)
{
    pa_ts *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    ts->routes = calloc(n ? n : 1, sizeof *ts->routes);
    ts->route_hits = calloc(n ? n : 1, sizeof *ts->route_hits);
    if (!ts->routes || !ts->route_hits || make_bomb(ts)) {
        ts_stop(ts);
        return NULL;
    }
    if (n)
        memcpy(ts->routes, routes, n * sizeof *routes);
    ts->n = n;
    pthread_mutex_init(&ts->mu, NULL);
    /* loopback only */
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ts->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, 0, NULL, NULL,
                             handler, ts, MHD_OPTION_SOCK_ADDR, &addr, MHD_OPTION_NOTIFY_COMPLETED, completed, ts,
                             MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_CONNECTION_LIMIT,
                             (unsigned)512, MHD_OPTION_END);
    if (!ts->d) {
        ts_stop(ts);
        return NULL;
    }
    return ts;
}

int ts_port(const pa_ts *ts)
{
    const union MHD_DaemonInfo *i = MHD_get_daemon_info(ts->d, MHD_DAEMON_INFO_BIND_PORT);
    return i ? i->port : -1;
}

void ts_stats(pa_ts *ts, const char *host, ts_host_stats *out)
{
    memset(out, 0, sizeof *out);
    out->min_gap = 1e9;
    pthread_mutex_lock(&ts->mu);
    for (size_t i = 0; i < ts->n_hosts; i++)
        if (strcmp(ts->hosts[i].name, host) == 0) {
            out->requests = ts->hosts[i].requests;
            out->max_inflight = ts->hosts[i].max_inflight;
            out->min_gap = ts->hosts[i].min_gap;
            out->short_gaps = ts->hosts[i].short_gaps;
            out->span = ts->hosts[i].last_start - ts->hosts[i].first_start;
            out->first = ts->hosts[i].first_start;
            out->last = ts->hosts[i].last_start;
        }
    pthread_mutex_unlock(&ts->mu);
}

int ts_hits(pa_ts *ts, const char *path)
{
    int h = 0;
    pthread_mutex_lock(&ts->mu);
    for (size_t i = 0; i < ts->n_paths; i++)
        if (strcmp(ts->paths[i].path, path) == 0)
            h = ts->paths[i].hits;
    pthread_mutex_unlock(&ts->mu);
    return h;
}

void ts_stop(pa_ts *ts)
{
    if (!ts)
        return;
    ts->stopping = 1;
    if (ts->d) {
        MHD_stop_daemon(ts->d);
        pthread_mutex_destroy(&ts->mu);
    }
    free(ts->routes);
    free(ts->route_hits);
    free(ts->bomb);
    free(ts);
}
