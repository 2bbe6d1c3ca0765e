/* robots.h — robots.txt parsing and matching per RFC 9309 (pure). */
#ifndef PRESSARC_ROBOTS_H
#define PRESSARC_ROBOTS_H

#include <stddef.h>
#include "pressarc/error.h"

#define PA_ROBOTS_MAX_BYTES (500 * 1024) /* RFC 9309: parse at least 500 KiB; we stop there */

typedef struct pa_robots pa_robots;

/* pa_robots_parse — parse robots.txt bytes (any bytes: never fails on
 * content, only on memory).  Only the first PA_ROBOTS_MAX_BYTES are read.
 * Rules are kept for the group(s) matching `user_agent` (product token
 * compared case-insensitively, e.g. "pressarc" for "pressarc/0.1 (+url)"),
 * falling back to the "*" group(s).  Caller frees with pa_robots_free. */
pa_robots *pa_robots_parse(const char *data, size_t len, const char *user_agent);

/* pa_robots_allow_all / pa_robots_disallow_all — the policies for a 4xx
 * robots.txt (allow all) and a 5xx/unreachable one (disallow all). */
pa_robots *pa_robots_allow_all(void);
pa_robots *pa_robots_disallow_all(void);

/* pa_robots_allowed — 1 if `path` (path + query, starting with "/",
 * percent-encoded as on the wire) may be fetched: longest matching rule wins,
 * Allow wins a tie, `*` matches any sequence and a trailing `$` anchors the
 * end; "/robots.txt" is always allowed. */
int pa_robots_allowed(const pa_robots *r, const char *path);

/* pa_robots_crawl_delay — the Crawl-delay of the matched group in seconds,
 * or a negative value if none was given. */
double pa_robots_crawl_delay(const pa_robots *r);

/* pa_robots_sitemap_count / pa_robots_sitemap — the Sitemap: URLs (all
 * groups; they are global), in file order. */
size_t pa_robots_sitemap_count(const pa_robots *r);
const char *pa_robots_sitemap(const pa_robots *r, size_t i);

void pa_robots_free(pa_robots *r);

#endif
