/* config.h — the daemon's INI configuration (parsed with inih): global
 * settings in [global], one [source NAME] section per source.  Every error
 * names the file, the line and the key; unknown sections and keys are
 * errors (a typo must not silently change what is crawled).  The shipped,
 * commented example is config/pressarc.conf. */
#ifndef PRESSARC_CONFIG_H
#define PRESSARC_CONFIG_H

#include <regex.h>
#include <stddef.h>
#include <stdint.h>
#include "pressarc/error.h"

#define PA_CONFIG_MAX_BYTES (1 << 20)  /* a configuration file larger than this is refused */
#define PA_CONFIG_MAX_SOURCES 10000
#define PA_CONFIG_MAX_LIST 1000        /* URLs or patterns per key per source */

typedef enum { PA_LOG_ERROR, PA_LOG_WARN, PA_LOG_INFO, PA_LOG_DEBUG } pa_log_level;

typedef struct {
    char *name;
    int line;                  /* line of its [source NAME] header */
    char **start_urls;         /* listing pages (normalised http/https URLs) */
    size_t n_start_urls;
    char **sitemaps;
    size_t n_sitemaps;
    char **feeds;
    size_t n_feeds;
    regex_t *follow;           /* POSIX extended regexes, case-insensitive */
    char **follow_src;
    size_t n_follow;
    regex_t *deny;
    char **deny_src;
    size_t n_deny;
    int depth;                 /* listing pages followed from a start URL (default 1) */
    char **languages;          /* languages to keep; none = all */
    size_t n_languages;
    long interval;             /* seconds between visits of start URLs, sitemaps, feeds */
    int discover_sitemaps;     /* also /sitemap.xml and robots.txt Sitemap: lines */
} pa_source_config;

typedef struct {
    char *path;
    char *store;               /* may be overridden by --store */
    char *user_agent;          /* must carry a contact URL or e-mail address */
    int concurrency, per_host, retries;
    double delay, timeout, connect_timeout, max_crawl_delay;
    uint64_t max_bytes, warc_rotate;
    pa_log_level log_level;
    long recrawl_min, recrawl_max; /* article revisit interval bounds, seconds */
    double grace;              /* seconds in-flight transfers get at SIGTERM */
    pa_source_config *sources;
    size_t n_sources;
} pa_config;

/* pa_config_parse — parse configuration `text` (named `path` in messages)
 * into *out.  PA_ERR_PARSE with "PATH:LINE: key 'K': what is wrong" for the
 * first error met. */
pa_code pa_config_parse(const char *text, const char *path, pa_config **out, pa_err *err);

/* pa_config_load — read the file `path` (at most PA_CONFIG_MAX_BYTES) and
 * parse it.  PA_ERR_IO naming the file if it cannot be read. */
pa_code pa_config_load(const char *path, pa_config **out, pa_err *err);

/* pa_config_free — NULL is fine. */
void pa_config_free(pa_config *c);

/* pa_source_wants — 1 if `url` passes the source's follow patterns (any;
 * none = everything) and none of its deny patterns. */
int pa_source_wants(const pa_source_config *s, const char *url);

/* pa_source_keeps_lang — 1 if documents in `lang` are kept by the source
 * ("all" or no list: any; "zh" keeps "zh-Hans"). */
int pa_source_keeps_lang(const pa_source_config *s, const char *lang);

/* pa_duration_parse — "90", "90s", "15m", "6h", "7d" -> seconds; -1 if invalid. */
long pa_duration_parse(const char *s);

#endif
