/* url.h — URL normalisation and inspection on top of libcurl's URL API
 * (pure parsing: no network).  Only http and https are accepted. */
#ifndef PRESSARC_URL_H
#define PRESSARC_URL_H

#include "pressarc/error.h"

#define PA_URL_MAX 8192 /* longest URL accepted, in bytes */

/* pa_url_normalize — parse `in` (leading/trailing whitespace ignored) and
 * return a malloc'd normalised form in *out: scheme and host lowercased,
 * default port dropped, fragment dropped, dot segments resolved, empty path
 * becomes "/", percent-encoding of unreserved characters left to libcurl.
 * Returns PA_ERR_INVALID with a message saying why (not a URL, scheme not
 * http/https, no host, too long, ...).  *out is NULL on error. */
pa_code pa_url_normalize(const char *in, char **out, pa_err *err);

/* pa_url_resolve — resolve `ref` against absolute `base` and normalise the
 * result as pa_url_normalize does (http/https only). */
pa_code pa_url_resolve(const char *base, const char *ref, char **out, pa_err *err);

/* pa_url_host_key — malloc'd "scheme://host:port" of a normalised URL, the
 * politeness key (port always explicit).  NULL on error. */
char *pa_url_host_key(const char *url);

/* pa_url_path_query — malloc'd path plus "?query" if any (for robots.txt
 * matching), always starting with "/".  NULL on error. */
char *pa_url_path_query(const char *url);

/* pa_url_is_http — 1 if `url` parses and its scheme is http or https. */
int pa_url_is_http(const char *url);

/* pa_url_site — malloc'd registrable domain of the URL's host (public
 * suffix list via libpsl: "news.example.co.uk" -> "example.co.uk"), the
 * host itself when it has none (IP addresses, "localhost"), NULL if the URL
 * does not parse. */
char *pa_url_site(const char *url);

/* pa_url_host_site — the registrable domain of the lower-cased host name
 * (public suffix list via libpsl; a pointer into host), or NULL for an IP
 * literal ("[2001:db8::1]", "192.0.2.1") or a host that has none
 * ("localhost"). */
const char *pa_url_host_site(const char *host);

/* pa_url_surt — malloc'd SURT form of an http(s) URL as CDX indexes use it:
 * scheme dropped, host lowercased with a leading "www."/"wwwN." removed and
 * its labels reversed and comma-joined (IP addresses kept as they are), a
 * non-default port as ":PORT", then ")" and the lowercased path and query
 * with query arguments sorted: "https://www.Example.com/A?b=2&a=1" ->
 * "com,example)/a?a=1&b=2".  NULL if the URL does not parse. */
char *pa_url_surt(const char *url);

#endif
