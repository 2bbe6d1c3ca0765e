/* daemon.c — the scheduled crawler: sources from the configuration become
 * seed URLs in the frontier (urls.due_at); a feeder hands due URLs to the
 * crawl; the pipeline records outcomes, discovered URLs and the next due
 * time.  Signals: SIGTERM/SIGINT stop (grace for transfers in flight),
 * SIGHUP reloads the configuration. */
#include "pressarc/daemon.h"

#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "pressarc/config.h"
#include "pressarc/log.h"
#include "pressarc/pipeline.h"
#include "pressarc/url.h"

#define FEED_EVERY 1.0        /* seconds between frontier queries */
#define FEED_BATCH 2000       /* URLs taken per query */
#define MAX_PENDING 20000     /* URLs held in memory by the crawl */
#define STATS_EVERY 30.0      /* seconds between progress lines */

static volatile sig_atomic_t got_stop, got_hup;

static void on_stop(int sig)
{
    (void)sig;
    got_stop = 1;
}

static void on_hup(int sig)
{
    (void)sig;
    got_hup = 1;
}

/* ---- a set of url ids (open addressing) ---- */

typedef struct {
    int64_t *v; /* 0 = empty, -1 = deleted */
    size_t cap, n, used;
} id_set;

static size_t id_slot(const id_set *s, int64_t id)
{
    return (size_t)(((uint64_t)id * 11400714819323198485ULL) >> 7) & (s->cap - 1);
}

static int id_has(const id_set *s, int64_t id)
{
    if (!s->cap)
        return 0;
    for (size_t i = id_slot(s, id), k = 0; k < s->cap; i = (i + 1) & (s->cap - 1), k++) {
        if (s->v[i] == id)
            return 1;
        if (s->v[i] == 0)
            return 0;
    }
    return 0;
}

static int id_add(id_set *s, int64_t id)
{
    if ((s->used + 1) * 2 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 1024;
        while (s->n * 4 > nc)
            nc *= 2;
        int64_t *nv = calloc(nc, sizeof *nv);
        if (!nv)
            return -1;
        id_set ns = {nv, nc, 0, 0};
        for (size_t i = 0; i < s->cap; i++)
            if (s->v[i] > 0) {
                size_t j = id_slot(&ns, s->v[i]);
                while (ns.v[j])
                    j = (j + 1) & (nc - 1);
                ns.v[j] = s->v[i];
                ns.n++;
                ns.used++;
            }
        free(s->v);
        *s = ns;
    }
    size_t i = id_slot(s, id);
    while (s->v[i] > 0 && s->v[i] != id)
        i = (i + 1) & (s->cap - 1);
    if (s->v[i] == id)
        return 0;
    if (s->v[i] == 0)
        s->used++;
    s->v[i] = id;
    s->n++;
    return 1;
}

static void id_del(id_set *s, int64_t id)
{
    if (!s->cap)
        return;
    for (size_t i = id_slot(s, id), k = 0; k < s->cap; i = (i + 1) & (s->cap - 1), k++) {
        if (s->v[i] == id) {
            s->v[i] = -1;
            s->n--;
            return;
        }
        if (s->v[i] == 0)
            return;
    }
}

/* ---- the daemon ---- */

typedef struct {
    const pa_daemon_opts *o;
    pthread_rwlock_t cfg_lock; /* the hooks read cfg on pipeline threads */
    pa_config *cfg;
    pa_config *boot_cfg;       /* the configuration at start: the crawl's options point into it */
    char **sites;              /* registrable domains of each source's seeds (index = source) */
    pa_store *st;              /* locked, used by the pipeline's writer */
    pa_store *rd;              /* the main thread's own connection */
    pa_crawl *crawl;
    pa_fetch_opts fo;
    id_set held;               /* ids handed to the crawl and not committed yet */
    pthread_mutex_t done_mu;
    int64_t *done;             /* committed ids, from the writer thread */
    size_t n_done, cap_done;
    double run_start;          /* epoch seconds, ms precision (urls.last_fetch) */
    uint64_t added;
} daemon_t;

int pa_url_looks_like_listing(const char *url)
{
    char *pq = pa_url_path_query(url);
    if (!pq)
        return 0;
    int listing = 0;
    char *q = strchr(pq, '?');
    if (q && (strstr(q, "page=") || strstr(q, "paged=") || strstr(q, "p=")))
        listing = 1;
    if (q)
        *q = '\0';
    size_t n = strlen(pq);
    if (n == 0 || pq[n - 1] == '/')
        listing = 1;
    const char *last = strrchr(pq, '/');
    last = last ? last + 1 : pq;
    static const char *const words[] = {"index", "page", "list", "category", "categories", "tag", "tags",
                                        "archive", "archives", "news", "press", "search", "default"};
    char stem[128];
    snprintf(stem, sizeof stem, "%s", last);
    char *dot = strchr(stem, '.');
    if (dot)
        *dot = '\0';
    size_t sl = strlen(stem);
    while (sl && stem[sl - 1] >= '0' && stem[sl - 1] <= '9')
        stem[--sl] = '\0'; /* page2 -> page */
    while (sl && (stem[sl - 1] == '-' || stem[sl - 1] == '_'))
        stem[--sl] = '\0';
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcasecmp(stem, words[i]))
            listing = 1;
    for (const char *seg = strstr(pq, "/page/"); seg; seg = NULL)
        listing = 1;
    for (const char *seg = strstr(pq, "/category/"); seg; seg = NULL)
        listing = 1;
    for (const char *seg = strstr(pq, "/tag/"); seg; seg = NULL)
        listing = 1;
    free(pq);
    return listing;
}

static const pa_source_config *find_source(const pa_config *c, const char *name, size_t *index)
{
    for (size_t i = 0; name && i < c->n_sources; i++)
        if (!strcmp(c->sources[i].name, name)) {
            if (index)
                *index = i;
            return &c->sources[i];
        }
    return NULL;
}

/* Registrable domains of a source's seeds, space-separated (" a b "). */
static char *source_sites(const pa_source_config *s)
{
    size_t cap = 4, n = 1;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    strcpy(out, " ");
    char **lists[] = {s->start_urls, s->sitemaps, s->feeds};
    size_t counts[] = {s->n_start_urls, s->n_sitemaps, s->n_feeds};
    for (int l = 0; l < 3; l++)
        for (size_t i = 0; i < counts[l]; i++) {
            char *site = pa_url_site(lists[l][i]);
            if (!site)
                continue;
            char pat[300];
            snprintf(pat, sizeof pat, " %s ", site);
            if (!strstr(out, pat)) {
                size_t need = n + strlen(site) + 2;
                if (need > cap) {
                    cap = need * 2;
                    char *no = realloc(out, cap);
                    if (!no) {
                        free(site);
                        return out;
                    }
                    out = no;
                }
                strcat(out, site);
                strcat(out, " ");
                n = strlen(out) + 1;
            }
            free(site);
        }
    return out;
}

/* Pipeline hook (extraction thread): keep a discovered URL? */
static int hook_accept(void *ud, const char *source, pa_found_url *f)
{
    daemon_t *d = ud;
    int keep = 0;
    pthread_rwlock_rdlock(&d->cfg_lock);
    size_t si = 0;
    const pa_source_config *s = find_source(d->cfg, source, &si);
    if (s) {
        char *site = pa_url_site(f->url);
        char pat[300];
        snprintf(pat, sizeof pat, " %s ", site ? site : "");
        int same_site = site && d->sites[si] && strstr(d->sites[si], pat);
        free(site);
        if (same_site && (strcmp(f->kind, PA_KIND_ARTICLE) != 0 || pa_source_wants(s, f->url))) {
            keep = 1;
            if (!strcmp(f->kind, PA_KIND_ARTICLE) && f->depth > 0 && f->lastmod < 0 && !f->hint_date &&
                pa_url_looks_like_listing(f->url)) {
                /* a link from a listing page to another listing page */
                f->kind = PA_KIND_LISTING;
                keep = f->depth <= s->depth;
            }
        }
    }
    pthread_rwlock_unlock(&d->cfg_lock);
    return keep;
}

static int hook_keep_lang(void *ud, const char *source, const char *lang)
{
    daemon_t *d = ud;
    pthread_rwlock_rdlock(&d->cfg_lock);
    const pa_source_config *s = find_source(d->cfg, source, NULL);
    int keep = !s || pa_source_keeps_lang(s, lang);
    pthread_rwlock_unlock(&d->cfg_lock);
    return keep;
}

static void hook_committed(void *ud, const int64_t *ids, size_t n)
{
    daemon_t *d = ud;
    pthread_mutex_lock(&d->done_mu);
    if (d->n_done + n > d->cap_done) {
        size_t nc = (d->n_done + n) * 2;
        int64_t *nv = realloc(d->done, nc * sizeof *nv);
        if (nv) {
            d->done = nv;
            d->cap_done = nc;
        }
    }
    if (d->n_done + n <= d->cap_done) {
        memcpy(d->done + d->n_done, ids, n * sizeof *ids);
        d->n_done += n;
    }
    pthread_mutex_unlock(&d->done_mu);
}

static void drain_committed(daemon_t *d)
{
    pthread_mutex_lock(&d->done_mu);
    for (size_t i = 0; i < d->n_done; i++)
        id_del(&d->held, d->done[i]);
    d->n_done = 0;
    pthread_mutex_unlock(&d->done_mu);
}

static void sd_notify_msg(const char *msg)
{
    const char *path = getenv("NOTIFY_SOCKET");
    if (!path || (path[0] != '/' && path[0] != '@') || strlen(path) >= sizeof(((struct sockaddr_un *)0)->sun_path))
        return;
    /* the sd_notify protocol: one datagram to $NOTIFY_SOCKET (no libsystemd needed) */
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, path, strlen(path));
    if (sa.sun_path[0] == '@')
        sa.sun_path[0] = '\0';
    socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(path));
    (void)sendto(fd, msg, strlen(msg), MSG_NOSIGNAL, (struct sockaddr *)&sa, len);
    close(fd);
}

/* Register the sources' seeds in the frontier through connection `db`:
 * new seeds are due now; with `once` every seed is due now. */
static pa_code register_sources(daemon_t *d, sqlite3 *db, pa_err *err)
{
    sqlite3_stmt *ins = NULL, *src = NULL, *gone = NULL;
    pa_code rc = PA_OK;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO urls(url, input, status, source, kind, depth, due_at)"
                           " VALUES(?1, ?1, 'queued', ?2, ?3, 0, ?4) ON CONFLICT(url) DO UPDATE SET"
                           " source=excluded.source, kind=excluded.kind, depth=0,"
                           " due_at=CASE WHEN ?5 OR urls.due_at IS NULL THEN excluded.due_at ELSE urls.due_at END",
                           -1, &ins, NULL) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO sources(name, added, config, removed) VALUES(?1, ?2, ?3, NULL)"
                           " ON CONFLICT(name) DO UPDATE SET config=excluded.config, removed=NULL",
                           -1, &src, NULL) ||
        sqlite3_prepare_v2(db, "UPDATE sources SET removed=?1 WHERE removed IS NULL", -1, &gone, NULL)) {
        rc = pa_err_set(err, PA_ERR_STORE, "state.db: %s", sqlite3_errmsg(db));
        goto out;
    }
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        rc = pa_err_set(err, PA_ERR_STORE, "state.db: %s", sqlite3_errmsg(db));
        goto out;
    }
    time_t now = time(NULL);
    char iso[32];
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sqlite3_bind_text(gone, 1, iso, -1, SQLITE_STATIC);
    sqlite3_step(gone);
    for (size_t i = 0; i < d->cfg->n_sources && !rc; i++) {
        const pa_source_config *s = &d->cfg->sources[i];
        json_t *cj = json_pack("{s:i, s:i, s:i, s:i, s:i}", "start_urls", (int)s->n_start_urls, "sitemaps",
                               (int)s->n_sitemaps, "feeds", (int)s->n_feeds, "depth", s->depth, "interval",
                               (int)s->interval);
        char *ctext = cj ? json_dumps(cj, JSON_COMPACT) : NULL;
        json_decref(cj);
        sqlite3_reset(src);
        sqlite3_bind_text(src, 1, s->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(src, 2, iso, -1, SQLITE_STATIC);
        sqlite3_bind_text(src, 3, ctext ? ctext : "{}", -1, SQLITE_TRANSIENT);
        free(ctext);
        if (sqlite3_step(src) != SQLITE_DONE)
            rc = pa_err_set(err, PA_ERR_STORE, "state.db: %s", sqlite3_errmsg(db));
        struct {
            char **v;
            size_t n;
            const char *kind;
        } lists[] = {{s->start_urls, s->n_start_urls, PA_KIND_LISTING},
                     {s->sitemaps, s->n_sitemaps, PA_KIND_SITEMAP},
                     {s->feeds, s->n_feeds, PA_KIND_FEED}};
        for (int l = 0; l < 3 && !rc; l++)
            for (size_t k = 0; k < lists[l].n && !rc; k++) {
                for (int extra = 0; extra < 2 && !rc; extra++) {
                    char *url = NULL;
                    const char *kind = lists[l].kind;
                    if (extra == 0) {
                        url = strdup(lists[l].v[k]);
                    } else if (s->discover_sitemaps) { /* /sitemap.xml of the seed's host */
                        char *hk = pa_url_host_key(lists[l].v[k]);
                        if (hk && (url = malloc(strlen(hk) + 16)))
                            sprintf(url, "%s/sitemap.xml", hk);
                        free(hk);
                        kind = PA_KIND_SITEMAP;
                    }
                    if (!url)
                        continue;
                    sqlite3_reset(ins);
                    sqlite3_bind_text(ins, 1, url, -1, SQLITE_TRANSIENT);
                    sqlite3_bind_text(ins, 2, s->name, -1, SQLITE_STATIC);
                    sqlite3_bind_text(ins, 3, kind, -1, SQLITE_STATIC);
                    sqlite3_bind_int64(ins, 4, (sqlite3_int64)now);
                    sqlite3_bind_int(ins, 5, d->o->once && extra == 0);
                    if (sqlite3_step(ins) != SQLITE_DONE)
                        rc = pa_err_set(err, PA_ERR_STORE, "state.db: register %s: %s", url, sqlite3_errmsg(db));
                    free(url);
                }
            }
    }
    if (sqlite3_exec(db, rc ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL) != SQLITE_OK && !rc)
        rc = pa_err_set(err, PA_ERR_STORE, "state.db: %s", sqlite3_errmsg(db));
out:
    sqlite3_finalize(ins);
    sqlite3_finalize(src);
    sqlite3_finalize(gone);
    return rc;
}

/* The Sitemap: lines of the robots.txt of the sources' hosts become
 * sitemap seeds (discover_sitemaps). */
static void robots_sitemaps(daemon_t *d)
{
    sqlite3 *db = pa_store_db(d->rd);
    sqlite3_stmt *q = NULL, *ins = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT DISTINCT h.sitemaps, u.source FROM hosts h JOIN urls u"
                           " ON u.kind IN ('listing', 'sitemap', 'feed') AND u.depth = 0 AND u.source IS NOT NULL"
                           " AND substr(u.url, 1, length(h.host) + 1) = h.host || '/'"
                           " WHERE h.sitemaps IS NOT NULL AND h.sitemaps <> '[]'",
                           -1, &q, NULL) ||
        sqlite3_prepare_v2(db,
                           "INSERT INTO urls(url, input, status, source, kind, depth, due_at)"
                           " VALUES(?1, ?1, 'queued', ?2, 'sitemap', 0, ?3) ON CONFLICT(url) DO NOTHING",
                           -1, &ins, NULL)) {
        sqlite3_finalize(q);
        return;
    }
    int began = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const char *list = (const char *)sqlite3_column_text(q, 0), *source = (const char *)sqlite3_column_text(q, 1);
        pthread_rwlock_rdlock(&d->cfg_lock);
        const pa_source_config *s = find_source(d->cfg, source, NULL);
        int want = s && s->discover_sitemaps;
        pthread_rwlock_unlock(&d->cfg_lock);
        json_t *arr = want ? json_loads(list, 0, NULL) : NULL;
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v)
        {
            char *norm = NULL;
            pa_err e;
            if (i >= 50 || !json_is_string(v) || pa_url_normalize(json_string_value(v), &norm, &e))
                continue;
            if (!began && sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK)
                began = 1;
            sqlite3_reset(ins);
            sqlite3_bind_text(ins, 1, norm, -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(ins, 2, source, -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(ins, 3, (sqlite3_int64)time(NULL));
            if (sqlite3_step(ins) == SQLITE_DONE && sqlite3_changes(db) > 0)
                pa_log(PA_LOG_INFO, source, "sitemap from robots.txt: %s", norm);
            free(norm);
        }
        json_decref(arr);
    }
    if (began)
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    sqlite3_finalize(q);
    sqlite3_finalize(ins);
}

/* Hand due URLs to the crawl; returns how many were added. */
static size_t feed(daemon_t *d)
{
    if (pa_crawl_pending(d->crawl) >= MAX_PENDING)
        return 0;
    sqlite3 *db = pa_store_db(d->rd);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, url, source, kind, depth, etag, last_modified, revisit_interval, status,"
                           " hint_published, hint_from, hint_lang FROM urls WHERE due_at IS NOT NULL AND source IS NOT NULL"
                           " AND (due_at <= ?1 OR (?2 > 0 AND kind IN ('listing', 'sitemap', 'feed')))"
                           " AND (?2 = 0 OR last_fetch IS NULL OR last_fetch < ?2)"
                           " ORDER BY due_at, id LIMIT ?3",
                           -1, &q, NULL) != SQLITE_OK) {
        pa_log(PA_LOG_ERROR, NULL, "frontier query: %s", sqlite3_errmsg(db));
        return 0;
    }
    sqlite3_bind_int64(q, 1, (sqlite3_int64)time(NULL));
    sqlite3_bind_double(q, 2, d->o->once ? d->run_start : 0);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)(d->held.n + FEED_BATCH));
    size_t added = 0;
    pthread_rwlock_rdlock(&d->cfg_lock);
    while (sqlite3_step(q) == SQLITE_ROW && pa_crawl_pending(d->crawl) < MAX_PENDING) {
        int64_t id = sqlite3_column_int64(q, 0);
        if (id_has(&d->held, id))
            continue;
        const char *source = (const char *)sqlite3_column_text(q, 2);
        const pa_source_config *s = find_source(d->cfg, source, NULL);
        if (!s)
            continue; /* a source removed from the configuration */
        const char *kind_text = (const char *)sqlite3_column_text(q, 3);
        const char *kind = !kind_text                            ? PA_KIND_ARTICLE
                           : !strcmp(kind_text, PA_KIND_LISTING) ? PA_KIND_LISTING
                           : !strcmp(kind_text, PA_KIND_SITEMAP) ? PA_KIND_SITEMAP
                           : !strcmp(kind_text, PA_KIND_FEED)    ? PA_KIND_FEED
                                                                 : PA_KIND_ARTICLE;
        const char *status = (const char *)sqlite3_column_text(q, 8);
        int fetched = status && !strcmp(status, "fetched");
        pa_crawl_url u = {
            .url_id = id,
            .url = (const char *)sqlite3_column_text(q, 1),
            .kind = kind,
            .source = source,
            .depth = sqlite3_column_int(q, 4),
            .etag = fetched ? (const char *)sqlite3_column_text(q, 5) : NULL,
            .last_modified = fetched ? (const char *)sqlite3_column_text(q, 6) : NULL,
            .interval = fetched ? (long)sqlite3_column_int64(q, 7) : 0,
            .src_interval = s->interval,
            .recrawl_min = d->cfg->recrawl_min,
            .recrawl_max = d->cfg->recrawl_max,
            .hint_published = sqlite3_column_int64(q, 9),
            .hint_from = (const char *)sqlite3_column_text(q, 10),
            .hint_lang = (const char *)sqlite3_column_text(q, 11),
        };
        pa_err e;
        if (!u.url || pa_crawl_add(d->crawl, &u, &e)) {
            pa_log(PA_LOG_ERROR, source, "cannot queue %s", u.url ? u.url : "?");
            continue;
        }
        id_add(&d->held, id);
        pa_log(PA_LOG_DEBUG, source, "queued %s %s%s", kind, u.url, u.etag || u.last_modified ? " (conditional)" : "");
        added++;
    }
    pthread_rwlock_unlock(&d->cfg_lock);
    sqlite3_finalize(q);
    d->added += added;
    return added;
}

static void free_sites(char **sites, size_t n)
{
    for (size_t i = 0; sites && i < n; i++)
        free(sites[i]);
    free(sites);
}

static char **make_sites(const pa_config *c)
{
    char **sites = calloc(c->n_sources ? c->n_sources : 1, sizeof *sites);
    for (size_t i = 0; sites && i < c->n_sources; i++)
        sites[i] = source_sites(&c->sources[i]);
    return sites;
}

static void reload(daemon_t *d)
{
    pa_config *nc = NULL;
    pa_err e;
    pa_err_clear(&e);
    if (pa_config_load(d->o->config_path, &nc, &e)) {
        pa_log(PA_LOG_ERROR, NULL, "SIGHUP: configuration not reloaded, the running one stays: %s", e.msg);
        return;
    }
    char **sites = make_sites(nc);
    if (!sites) {
        pa_config_free(nc);
        pa_log(PA_LOG_ERROR, NULL, "SIGHUP: out of memory");
        return;
    }
    pthread_rwlock_wrlock(&d->cfg_lock);
    pa_config *old = d->cfg;
    char **old_sites = d->sites;
    size_t old_n = old->n_sources;
    d->cfg = nc;
    d->sites = sites;
    pthread_rwlock_unlock(&d->cfg_lock);
    pa_log_set_level(nc->log_level);
    for (size_t i = 0; i < nc->n_sources; i++)
        if (!find_source(old, nc->sources[i].name, NULL))
            pa_log(PA_LOG_INFO, nc->sources[i].name, "source added");
    for (size_t i = 0; i < old->n_sources; i++)
        if (!find_source(nc, old->sources[i].name, NULL))
            pa_log(PA_LOG_INFO, old->sources[i].name, "source removed (its documents stay archived)");
    pthread_rwlock_rdlock(&d->cfg_lock);
    if (register_sources(d, pa_store_db(d->rd), &e))
        pa_log(PA_LOG_ERROR, NULL, "SIGHUP: %s", e.msg);
    pthread_rwlock_unlock(&d->cfg_lock);
    pa_log(PA_LOG_INFO, NULL, "configuration reloaded from %s: %zu sources (global limits apply after a restart)",
           d->o->config_path, nc->n_sources);
    free_sites(old_sites, old_n);
    if (old != d->boot_cfg)
        pa_config_free(old);
}

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int pa_daemon_run(const pa_daemon_opts *o)
{
    daemon_t d;
    memset(&d, 0, sizeof d);
    d.o = o;
    pa_err err;
    pa_err_clear(&err);
    if (pa_config_load(o->config_path, &d.cfg, &err)) {
        fprintf(stderr, "pressarc daemon: %s\n", err.msg);
        return 2;
    }
    pa_log_set_level(d.cfg->log_level);
    d.boot_cfg = d.cfg;
    const char *store = o->store_dir ? o->store_dir : d.cfg->store ? d.cfg->store : "./pressarc-store";
    if (pa_store_open(store, 1, &d.st, &err)) {
        fprintf(stderr, "pressarc daemon: %s\n", err.msg);
        pa_config_free(d.cfg);
        return 3;
    }
    if (pa_store_open_existing(store, &d.rd, &err)) {
        fprintf(stderr, "pressarc daemon: %s\n", err.msg);
        pa_store_close(d.st);
        pa_config_free(d.cfg);
        return 3;
    }
    pthread_rwlock_init(&d.cfg_lock, NULL);
    pthread_mutex_init(&d.done_mu, NULL);
    d.sites = make_sites(d.cfg);
    struct timespec ts0;
    clock_gettime(CLOCK_REALTIME, &ts0);
    d.run_start = (double)ts0.tv_sec + (double)(ts0.tv_nsec / 1000000) / 1000.0;
    pa_fetch_opts_defaults(&d.fo);
    d.fo.store_dir = store;
    d.fo.concurrency = d.cfg->concurrency;
    d.fo.per_host = d.cfg->per_host;
    d.fo.delay = d.cfg->delay;
    d.fo.timeout = d.cfg->timeout;
    d.fo.connect_timeout = d.cfg->connect_timeout;
    d.fo.max_bytes = d.cfg->max_bytes;
    d.fo.retries = d.cfg->retries;
    d.fo.max_crawl_delay = d.cfg->max_crawl_delay;
    d.fo.user_agent = d.cfg->user_agent;
    d.fo.warc_rotate = d.cfg->warc_rotate;
    d.fo.quiet = 1;
    for (int i = 0; i < o->n_resolve && i < PA_MAX_RESOLVE; i++)
        d.fo.resolve[d.fo.n_resolve++] = o->resolve[i];
    int status = 0;
    int64_t run_id = 0;
    char settings[512];
    snprintf(settings, sizeof settings,
             "{\"config\":\"%.200s\",\"once\":%s,\"concurrency\":%d,\"per_host\":%d,\"delay\":%g,\"sources\":%zu}",
             o->config_path, o->once ? "true" : "false", d.fo.concurrency, d.fo.per_host, d.fo.delay,
             d.cfg->n_sources);
    for (char *c = settings; *c; c++)
        if (*c == '\\')
            *c = '/';
    pa_store_run_begin(d.st, o->once ? "daemon --once" : "daemon", settings, &run_id, &err);
    if (register_sources(&d, pa_store_db(d.st), &err)) {
        fprintf(stderr, "pressarc daemon: %s\n", err.msg);
        status = 3;
        goto out;
    }
    if (pa_crawl_open(&d.fo, d.st, &d.crawl, &err)) {
        fprintf(stderr, "pressarc daemon: %s\n", err.msg);
        status = 3;
        goto out;
    }
    pa_pipeline_hooks hooks = {.ud = &d, .accept = hook_accept, .keep_lang = hook_keep_lang,
                               .committed = hook_committed};
    pa_pipeline_set_hooks(pa_crawl_pipeline(d.crawl), &hooks);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_hup;
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    got_stop = got_hup = 0;
    pa_fetch_interrupted = 0;

    pa_log(PA_LOG_INFO, NULL, "pressarc daemon started: store %s, %zu sources%s", store, d.cfg->n_sources,
           o->once ? ", one cycle" : "");
    sd_notify_msg("READY=1\nSTATUS=crawling");
    double last_feed = 0, last_stats = mono(), last_robots = 0;
    int quiet_rounds = 0;
    while (!got_stop) {
        if (got_hup) {
            got_hup = 0;
            sd_notify_msg("RELOADING=1");
            reload(&d);
            sd_notify_msg("READY=1");
            last_feed = 0;
        }
        drain_committed(&d);
        double now = mono();
        size_t fed = 0;
        if (now - last_feed >= FEED_EVERY || pa_crawl_pending(d.crawl) == 0) {
            if (now - last_robots >= 10.0) {
                robots_sitemaps(&d);
                last_robots = now;
            }
            fed = feed(&d);
            last_feed = now;
        }
        if (pa_crawl_failed(d.crawl)) {
            pa_log(PA_LOG_ERROR, NULL, "the store cannot be written: stopping");
            status = 1;
            break;
        }
        if (o->once) {
            /* done when nothing is queued, everything handed over is committed and nothing new is due */
            if (pa_crawl_pending(d.crawl) == 0 && d.held.n == 0 && fed == 0) {
                if (++quiet_rounds >= 2)
                    break;
                pa_crawl_step(d.crawl, 100);
                continue;
            }
            quiet_rounds = 0;
        }
        pa_crawl_step(d.crawl, 200);
        if (mono() - last_stats >= STATS_EVERY) {
            pa_fetch_summary s;
            pa_crawl_counts(d.crawl, &s);
            pa_log(PA_LOG_INFO, NULL, "%llu fetched, %llu failed, %llu documents, %llu queued",
                   (unsigned long long)s.fetched, (unsigned long long)s.failed, (unsigned long long)s.documents,
                   (unsigned long long)pa_crawl_pending(d.crawl));
            last_stats = mono();
        }
    }
    if (got_stop) {
        sd_notify_msg("STOPPING=1");
        pa_log(PA_LOG_INFO, NULL, "stopping: %d transfers in flight get up to %.0f s", pa_crawl_inflight(d.crawl),
               d.cfg->grace);
        pa_fetch_interrupted = 1; /* start nothing new */
        double until = mono() + d.cfg->grace;
        while (pa_crawl_inflight(d.crawl) > 0 && mono() < until)
            pa_crawl_step(d.crawl, 100);
    }
out:;
    pa_fetch_summary sum;
    memset(&sum, 0, sizeof sum);
    if (d.crawl && pa_crawl_close(d.crawl, &sum, &err)) {
        pa_log(PA_LOG_ERROR, NULL, "%s", err.msg);
        status = 1;
    }
    pa_fetch_interrupted = 0;
    if (run_id > 0) {
        char summary[256];
        snprintf(summary, sizeof summary, "{\"fetched\":%llu,\"failed\":%llu,\"documents\":%llu,\"queued\":%llu}",
                 (unsigned long long)sum.fetched, (unsigned long long)sum.failed, (unsigned long long)sum.documents,
                 (unsigned long long)d.added);
        pa_store_run_end(d.st, run_id, summary, &err);
    }
    if (!status)
        pa_log(PA_LOG_INFO, NULL, "stopped: %llu fetched, %llu failed, %llu documents", (unsigned long long)sum.fetched,
               (unsigned long long)sum.failed, (unsigned long long)sum.documents);
    free_sites(d.sites, d.cfg->n_sources);
    if (d.cfg != d.boot_cfg)
        pa_config_free(d.cfg);
    pa_config_free(d.boot_cfg);
    free(d.held.v);
    free(d.done);
    pthread_rwlock_destroy(&d.cfg_lock);
    pthread_mutex_destroy(&d.done_mu);
    pa_store_close(d.rd);
    pa_store_close(d.st);
    return status;
}
