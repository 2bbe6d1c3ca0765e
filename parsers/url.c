/* url.c — URL normalisation, resolution and inspection on libcurl's URL
 * API (parsing only, no network).  Only http and https URLs pass. */
#include "pressarc/url.h"

#include <curl/curl.h>
#include <libpsl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_http_scheme(const char *s)
{
    return s && (strcmp(s, "http") == 0 || strcmp(s, "https") == 0);
}

/* Lowercase ASCII in place (hosts: libcurl keeps their case). */
static void lower(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

/* Normalise a parsed handle into *out (see url.h). */
static pa_code finish(CURLU *u, const char *shown, char **out, pa_err *err)
{
    char *scheme = NULL, *host = NULL, *full = NULL;
    pa_code rc = PA_OK;
    if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK || !is_http_scheme(scheme)) {
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': scheme is not http or https", shown);
        goto done;
    }
    if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host || !*host) {
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': no host", shown);
        goto done;
    }
    lower(host);
    if (curl_url_set(u, CURLUPART_HOST, host, 0) != CURLUE_OK ||
        curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0) != CURLUE_OK) {
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': bad host", shown);
        goto done;
    }
    /* Userinfo has no place in a crawl URL (and would leak credentials). */
    curl_url_set(u, CURLUPART_USER, NULL, 0);
    curl_url_set(u, CURLUPART_PASSWORD, NULL, 0);
    if (curl_url_get(u, CURLUPART_URL, &full, CURLU_NO_DEFAULT_PORT) != CURLUE_OK || !full) {
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': cannot be normalised", shown);
        goto done;
    }
    if (strlen(full) > PA_URL_MAX) {
        rc = pa_err_set(err, PA_ERR_INVALID, "URL longer than %d bytes", PA_URL_MAX);
        goto done;
    }
    if (!(*out = strdup(full)))
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
done:
    curl_free(scheme);
    curl_free(host);
    curl_free(full);
    return rc;
}

static int has_bad_bytes(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c == 0x7f)
            return 1;
    }
    return 0;
}

/* Trim ASCII whitespace around `in` into a malloc'd copy. */
static char *trimmed(const char *in)
{
    while (*in == ' ' || *in == '\t' || *in == '\r' || *in == '\n' || *in == '\f' || *in == '\v')
        in++;
    size_t n = strlen(in);
    while (n && (in[n - 1] == ' ' || in[n - 1] == '\t' || in[n - 1] == '\r' || in[n - 1] == '\n' ||
                 in[n - 1] == '\f' || in[n - 1] == '\v'))
        n--;
    return strndup(in, n);
}

static pa_code parse_error(CURLUcode uc, const char *shown, pa_err *err)
{
    return pa_err_set(err, PA_ERR_INVALID, "'%.200s' is not a URL: %s", shown, curl_url_strerror(uc));
}

pa_code pa_url_normalize(const char *in, char **out, pa_err *err)
{
    *out = NULL;
    if (!in)
        return pa_err_set(err, PA_ERR_INVALID, "no URL");
    char *s = trimmed(in);
    if (!s)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    pa_code rc;
    size_t n = strlen(s);
    if (n == 0)
        rc = pa_err_set(err, PA_ERR_INVALID, "empty URL");
    else if (n > PA_URL_MAX)
        rc = pa_err_set(err, PA_ERR_INVALID, "URL longer than %d bytes", PA_URL_MAX);
    else if (has_bad_bytes(s, n))
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': contains spaces or control characters", s);
    else if (!strstr(s, "://"))
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s' is not an absolute http(s) URL", s);
    else {
        CURLU *u = curl_url();
        if (!u) {
            free(s);
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        }
        CURLUcode uc = curl_url_set(u, CURLUPART_URL, s, CURLU_NON_SUPPORT_SCHEME);
        rc = uc != CURLUE_OK ? parse_error(uc, s, err) : finish(u, s, out, err);
        curl_url_cleanup(u);
    }
    free(s);
    return rc;
}

pa_code pa_url_resolve(const char *base, const char *ref, char **out, pa_err *err)
{
    *out = NULL;
    if (!base || !ref)
        return pa_err_set(err, PA_ERR_INVALID, "no URL");
    char *r = trimmed(ref);
    if (!r)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    pa_code rc;
    size_t n = strlen(r);
    if (n > PA_URL_MAX || has_bad_bytes(r, n)) {
        rc = pa_err_set(err, PA_ERR_INVALID, "'%.200s': unusable link", r);
        free(r);
        return rc;
    }
    CURLU *u = curl_url();
    if (!u) {
        free(r);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    CURLUcode uc = curl_url_set(u, CURLUPART_URL, base, CURLU_NON_SUPPORT_SCHEME);
    if (uc != CURLUE_OK)
        rc = parse_error(uc, base, err);
    else if ((uc = curl_url_set(u, CURLUPART_URL, r, CURLU_NON_SUPPORT_SCHEME)) != CURLUE_OK)
        rc = parse_error(uc, r, err);
    else
        rc = finish(u, r, out, err);
    curl_url_cleanup(u);
    free(r);
    return rc;
}

char *pa_url_host_key(const char *url)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *host = NULL, *port = NULL, *res = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK && is_http_scheme(scheme) &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
        lower(host);
        size_t n = strlen(scheme) + strlen(host) + strlen(port) + 5;
        if ((res = malloc(n)))
            snprintf(res, n, "%s://%s:%s", scheme, host, port);
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
    return res;
}

char *pa_url_path_query(const char *url)
{
    CURLU *u = curl_url();
    char *path = NULL, *query = NULL, *res = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PATH, &path, 0) == CURLUE_OK) {
        if (curl_url_get(u, CURLUPART_QUERY, &query, 0) != CURLUE_OK)
            query = NULL;
        const char *p = path && *path ? path : "/";
        size_t n = strlen(p) + (query ? strlen(query) + 1 : 0) + 1;
        if ((res = malloc(n)))
            snprintf(res, n, "%s%s%s", p, query ? "?" : "", query ? query : "");
    }
    curl_free(path);
    curl_free(query);
    curl_url_cleanup(u);
    return res;
}

int pa_url_is_http(const char *url)
{
    char *k = pa_url_host_key(url);
    free(k);
    return k != NULL;
}

static int is_ipv4(const char *h);

const char *pa_url_host_site(const char *host)
{
    return host[0] == '[' || is_ipv4(host) ? NULL : psl_registrable_domain(psl_builtin(), host);
}

char *pa_url_site(const char *url)
{
    CURLU *u = curl_url();
    char *host = NULL, *out = NULL;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK && host) {
        lower(host);
        const char *reg = pa_url_host_site(host);
        out = strdup(reg ? reg : host);
    }
    curl_free(host);
    curl_url_cleanup(u);
    return out;
}

static int is_ipv4(const char *h)
{
    int dots = 0;
    for (; *h; h++) {
        if (*h == '.')
            dots++;
        else if (*h < '0' || *h > '9')
            return 0;
    }
    return dots == 3;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append `s` lowercased to the growing buffer at *o (capacity checked by the caller). */
static char *put_lower(char *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        *o++ = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    return o;
}

char *pa_url_surt(const char *url)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL, *query = NULL, *out = NULL;
    char **args = NULL;
    if (!u || curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK || !is_http_scheme(scheme) ||
        curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host)
        goto done;
    curl_url_get(u, CURLUPART_PORT, &port, CURLU_NO_DEFAULT_PORT);
    curl_url_get(u, CURLUPART_PATH, &path, 0);
    curl_url_get(u, CURLUPART_QUERY, &query, 0);
    lower(host);
    size_t hl = strlen(host);
    while (hl && host[hl - 1] == '.')
        host[--hl] = '\0';
    const char *h = host;
    if (strncmp(h, "www", 3) == 0) {
        const char *d = h + 3;
        while (*d >= '0' && *d <= '9')
            d++;
        if (*d == '.' && d[1])
            h = d + 1;
    }
    size_t cap = strlen(h) + (port ? strlen(port) : 0) + (path ? strlen(path) : 0) + (query ? strlen(query) : 0) + 8;
    if (!(out = malloc(cap)))
        goto done;
    char *o = out;
    if (h[0] == '[' || is_ipv4(h)) {
        o = put_lower(o, h, strlen(h));
    } else { /* labels reversed */
        size_t end = strlen(h);
        int first = 1;
        while (end > 0) {
            size_t start = end;
            while (start > 0 && h[start - 1] != '.')
                start--;
            if (!first)
                *o++ = ',';
            first = 0;
            o = put_lower(o, h + start, end - start);
            end = start ? start - 1 : 0;
        }
    }
    if (port) {
        *o++ = ':';
        o = put_lower(o, port, strlen(port));
    }
    *o++ = ')';
    const char *p = path && *path ? path : "/";
    o = put_lower(o, p, strlen(p));
    if (query && *query) {
        size_t n = 1;
        for (const char *c = query; *c; c++)
            n += *c == '&';
        if (!(args = calloc(n, sizeof *args))) {
            free(out);
            out = NULL;
            goto done;
        }
        size_t k = 0;
        for (char *save = NULL, *t = strtok_r(query, "&", &save); t && k < n; t = strtok_r(NULL, "&", &save))
            args[k++] = t;
        qsort(args, k, sizeof *args, cmp_str);
        for (size_t i = 0; i < k; i++) {
            *o++ = i ? '&' : '?';
            o = put_lower(o, args[i], strlen(args[i]));
        }
    }
    *o = '\0';
done:
    free(args);
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_free(path);
    curl_free(query);
    curl_url_cleanup(u);
    return out;
}
