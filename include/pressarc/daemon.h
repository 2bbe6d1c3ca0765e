/* daemon.h — `pressarc daemon`: crawls the sources of a configuration file
 * on a schedule.  The frontier (what is due when, validators) lives in
 * state.db, so a restart — also after SIGKILL — resumes where the last
 * commit left off. */
#ifndef PRESSARC_DAEMON_H
#define PRESSARC_DAEMON_H

#include "pressarc/fetch.h"

typedef struct {
    const char *config_path;
    const char *store_dir;   /* overrides the configuration's store, may be NULL */
    int once;                /* one full cycle over every source, then exit */
    const char **resolve;    /* "HOST:PORT:ADDR" like curl --resolve (tests, staging) */
    int n_resolve;
} pa_daemon_opts;

/* pa_daemon_run — run until SIGTERM/SIGINT (or the end of the cycle with
 * `once`).  SIGHUP reloads the configuration (sources added, removed,
 * changed; an invalid file is logged and the old one kept).  Returns the
 * exit status: 0 normal end; 1 the store failed while running; 2 the
 * configuration is invalid (file, line and key named); 3 the store cannot
 * be opened or is in use by another pressarc process. */
int pa_daemon_run(const pa_daemon_opts *o);

/* pa_url_looks_like_listing — 1 if a URL's path looks like a listing page
 * (ends in '/', index/page-N/category/tag/archive segments, ?page=), 0 if
 * it looks like an article. */
int pa_url_looks_like_listing(const char *url);

#endif
