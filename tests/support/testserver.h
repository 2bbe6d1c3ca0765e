/* testserver.h — an in-process HTTP/1.1 server on 127.0.0.1 (libmicrohttpd)
 * for integration tests: scripted routes (pages, statuses, redirects,
 * flaky 429/503 with Retry-After, endless bodies, stalls, resets, gzip
 * bombs, slow answers) and per-Host accounting (requests, maximum requests
 * in flight at once, smallest gap between request starts). */
#ifndef PA_TESTSERVER_H
#define PA_TESTSERVER_H

#include <stddef.h>

typedef enum {
    TS_PAGE,     /* status (default 200) + body */
    TS_REDIRECT, /* status (default 302) + Location */
    TS_FLAKY,    /* first fail_times requests answer `status` (+Retry-After), then 200 + body */
    TS_ENDLESS,  /* 200, chunked, never ends */
    TS_STALL,    /* headers, then nothing until the client gives up */
    TS_RESET,    /* promises a long body, sends a little, drops the connection */
    TS_GZIP_BOMB /* a small gzip body that inflates to 64 MiB of zeros */
} ts_kind;

typedef struct {
    const char *path;         /* exact path, or a prefix when it ends with '*' */
    ts_kind kind;
    int status;
    const char *body;         /* NULL: a generated article page */
    const char *content_type; /* NULL: text/html; charset=utf-8 */
    const char *location;     /* TS_REDIRECT */
    const char *retry_after;  /* TS_FLAKY: Retry-After value, or NULL */
    int fail_times;           /* TS_FLAKY */
    int delay_ms;             /* sleep before answering */
    const char *host;         /* only for this Host name (without port), or NULL for any */
} ts_route;

typedef struct pa_ts pa_ts;

typedef struct {
    int requests;
    int max_inflight;
    double min_gap; /* seconds between two request starts; 1e9 if fewer than 2 */
    int short_gaps; /* gaps under 20 ms between two request starts */
    double span;    /* seconds from the first request start to the last */
    double first;   /* CLOCK_MONOTONIC seconds of the first request start (0 if none) */
    double last;    /* CLOCK_MONOTONIC seconds of the last request start (0 if none) */
} ts_host_stats;

/* ts_start — serve `routes` (copied) on an ephemeral loopback port.  Paths
 * matching no route get a generated 200 article page, except /robots.txt,
 * which is 404 unless routed.  NULL on failure. */
pa_ts *ts_start(const ts_route *routes, size_t n);

/* ts_port — the port the server listens on. */
int ts_port(const pa_ts *ts);

/* ts_stats — accounting for Host name `host` (without port). */
void ts_stats(pa_ts *ts, const char *host, ts_host_stats *out);

/* ts_hits — requests seen for `path` on any host. */
int ts_hits(pa_ts *ts, const char *path);

/* ts_stop — stop (stalled connections are released) and free. */
void ts_stop(pa_ts *ts);

#endif
