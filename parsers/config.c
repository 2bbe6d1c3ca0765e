/* config.c — the daemon configuration: INI text parsed by inih into a
 * pa_config, each value checked where it is read so that an error names the
 * file, line and key. */
#include "pressarc/config.h"

#include <errno.h>
#include <ini.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pressarc/url.h"
#include "pressarc/version.h"

#define CONFIG_MAX_LINE 8000

typedef struct {
    pa_config *c;
    pa_source_config *cur; /* NULL in [global] */
    int in_global;
    int lines_seen;        /* to find the line of a handler error */
    char why[400];         /* first error, without the file:line prefix */
    char section[128];
} parse_state;

long pa_duration_parse(const char *s)
{
    if (!s || !*s)
        return -1;
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0 || isnan(v))
        return -1;
    while (*end == ' ')
        end++;
    double mul = 1;
    if (*end == 's')
        end++;
    else if (*end == 'm')
        mul = 60, end++;
    else if (*end == 'h')
        mul = 3600, end++;
    else if (*end == 'd')
        mul = 86400, end++;
    else if (*end == 'w')
        mul = 7 * 86400, end++;
    if (*end || v * mul > 10.0 * 365 * 86400)
        return -1;
    return (long)(v * mul);
}

static int fail(parse_state *p, const char *name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Record the first error (inih then reports its line); returns 0. */
static int fail(parse_state *p, const char *name, const char *fmt, ...)
{
    if (!p->why[0]) {
        char what[300];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(what, sizeof what, fmt, ap);
        va_end(ap);
        snprintf(p->why, sizeof p->why, "key '%s': %s", name, what);
    }
    return 0;
}

static int set_int(parse_state *p, const char *name, const char *v, long min, long max, int *out)
{
    char *end = NULL;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max) {
        char range[300];
        snprintf(range, sizeof range, "'%.100s' is not a whole number in [%ld, %ld]", v, min, max);
        return fail(p, name, "%s", range);
    }
    *out = (int)n;
    return 1;
}

static int set_double(parse_state *p, const char *name, const char *v, double min, double max, double *out)
{
    char *end = NULL;
    errno = 0;
    double n = strtod(v, &end);
    if (errno || end == v || *end || !(n >= min && n <= max)) {
        char range[300];
        snprintf(range, sizeof range, "'%.100s' is not a number in [%g, %g]", v, min, max);
        return fail(p, name, "%s", range);
    }
    *out = n;
    return 1;
}

static int set_bytes(parse_state *p, const char *name, const char *v, uint64_t min, uint64_t max, uint64_t *out)
{
    char *end = NULL;
    errno = 0;
    double n = strtod(v, &end);
    double mul = 1;
    if (end && (*end == 'k' || *end == 'K'))
        mul = 1024, end++;
    else if (end && (*end == 'M'))
        mul = 1024.0 * 1024, end++;
    else if (end && (*end == 'G'))
        mul = 1024.0 * 1024 * 1024, end++;
    if (errno || end == v || *end || !(n * mul >= (double)min && n * mul <= (double)max)) {
        char range[300];
        snprintf(range, sizeof range, "'%.100s' is not a size in [%llu, %llu] bytes (suffixes k, M, G)", v,
                 (unsigned long long)min, (unsigned long long)max);
        return fail(p, name, "%s", range);
    }
    *out = (uint64_t)(n * mul);
    return 1;
}

static int set_duration(parse_state *p, const char *name, const char *v, long min, long *out)
{
    long d = pa_duration_parse(v);
    if (d < min) {
        char what[300];
        snprintf(what, sizeof what, "'%.100s' is not a duration of at least %ld s (e.g. 90, 15m, 6h, 7d)", v, min);
        return fail(p, name, "%s", what);
    }
    *out = d;
    return 1;
}

static int set_bool(parse_state *p, const char *name, const char *v, int *out)
{
    if (!strcasecmp(v, "yes") || !strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "on"))
        *out = 1;
    else if (!strcasecmp(v, "no") || !strcasecmp(v, "false") || !strcmp(v, "0") || !strcasecmp(v, "off"))
        *out = 0;
    else
        return fail(p, name, "'%s' is not yes or no", v);
    return 1;
}

static int set_str(parse_state *p, const char *name, const char *v, char **out)
{
    char *d = strdup(v);
    if (!d)
        return fail(p, name, "%s", "out of memory");
    free(*out);
    *out = d;
    return 1;
}

static int push(parse_state *p, const char *name, char ***list, size_t *n, char *item)
{
    if (*n >= PA_CONFIG_MAX_LIST) {
        free(item);
        return fail(p, name, "more than %s values", "1000");
    }
    char **nl = realloc(*list, (*n + 1) * sizeof *nl);
    if (!nl) {
        free(item);
        return fail(p, name, "%s", "out of memory");
    }
    *list = nl;
    (*list)[(*n)++] = item;
    return 1;
}

/* Values may list several items separated by white space (URLs and
 * language tags contain none); regexes are one per line. */
static int add_urls(parse_state *p, const char *name, const char *v, char ***list, size_t *n)
{
    char *copy = strdup(v);
    if (!copy)
        return fail(p, name, "%s", "out of memory");
    int ok = 1;
    for (char *save = NULL, *t = strtok_r(copy, " \t", &save); t && ok; t = strtok_r(NULL, " \t", &save)) {
        char *norm = NULL;
        pa_err e;
        if (pa_url_normalize(t, &norm, &e)) {
            ok = fail(p, name, "%s", e.msg);
            break;
        }
        ok = push(p, name, list, n, norm);
    }
    free(copy);
    return ok;
}

static int add_regex(parse_state *p, const char *name, const char *v, regex_t **res, char ***srcs, size_t *n)
{
    if (*n >= PA_CONFIG_MAX_LIST)
        return fail(p, name, "more than %s patterns", "1000");
    regex_t re;
    int rc = regcomp(&re, v, REG_EXTENDED | REG_ICASE | REG_NOSUB);
    if (rc) {
        char msg[200], what[320];
        regerror(rc, &re, msg, sizeof msg);
        snprintf(what, sizeof what, "bad regular expression '%.80s': %s", v, msg);
        return fail(p, name, "%s", what);
    }
    regex_t *nr = realloc(*res, (*n + 1) * sizeof *nr);
    char **ns = nr ? realloc(*srcs, (*n + 1) * sizeof *ns) : NULL;
    char *src = ns ? strdup(v) : NULL;
    if (nr)
        *res = nr;
    if (ns)
        *srcs = ns;
    if (!src) {
        regfree(&re);
        return fail(p, name, "%s", "out of memory");
    }
    (*res)[*n] = re;
    (*srcs)[*n] = src;
    (*n)++;
    return 1;
}

static int global_key(parse_state *p, const char *name, const char *v)
{
    pa_config *c = p->c;
    if (!strcmp(name, "store"))
        return *v ? set_str(p, name, v, &c->store) : fail(p, name, "%s", "empty");
    if (!strcmp(name, "user_agent")) {
        if (!strstr(v, "http://") && !strstr(v, "https://") && !strchr(v, '@'))
            return fail(p, name, "'%s' names no contact URL or e-mail address (site owners must be able to reach you)",
                        v);
        return set_str(p, name, v, &c->user_agent);
    }
    if (!strcmp(name, "concurrency"))
        return set_int(p, name, v, 1, 10000, &c->concurrency);
    if (!strcmp(name, "per_host"))
        return set_int(p, name, v, 1, 64, &c->per_host);
    if (!strcmp(name, "retries"))
        return set_int(p, name, v, 0, 20, &c->retries);
    if (!strcmp(name, "delay"))
        return set_double(p, name, v, 0, 3600, &c->delay);
    if (!strcmp(name, "timeout"))
        return set_double(p, name, v, 0.1, 3600, &c->timeout);
    if (!strcmp(name, "connect_timeout"))
        return set_double(p, name, v, 0.1, 600, &c->connect_timeout);
    if (!strcmp(name, "max_crawl_delay"))
        return set_double(p, name, v, 0, 86400, &c->max_crawl_delay);
    if (!strcmp(name, "grace"))
        return set_double(p, name, v, 0, 3600, &c->grace);
    if (!strcmp(name, "max_bytes"))
        return set_bytes(p, name, v, 1024, 1ULL << 32, &c->max_bytes);
    if (!strcmp(name, "warc_rotate"))
        return set_bytes(p, name, v, 1 << 20, 1ULL << 40, &c->warc_rotate);
    if (!strcmp(name, "recrawl_min"))
        return set_duration(p, name, v, 0, &c->recrawl_min);
    if (!strcmp(name, "recrawl_max"))
        return set_duration(p, name, v, 0, &c->recrawl_max);
    if (!strcmp(name, "log_level")) {
        static const char *const levels[] = {"error", "warn", "info", "debug"};
        for (int i = 0; i < 4; i++)
            if (!strcasecmp(v, levels[i])) {
                c->log_level = (pa_log_level)i;
                return 1;
            }
        return fail(p, name, "'%s' is not error, warn, info or debug", v);
    }
    return fail(p, name, "%s", "unknown key in [global]");
}

static int source_key(parse_state *p, const char *name, const char *v)
{
    pa_source_config *s = p->cur;
    if (!strcmp(name, "start_url"))
        return add_urls(p, name, v, &s->start_urls, &s->n_start_urls);
    if (!strcmp(name, "sitemap"))
        return add_urls(p, name, v, &s->sitemaps, &s->n_sitemaps);
    if (!strcmp(name, "feed"))
        return add_urls(p, name, v, &s->feeds, &s->n_feeds);
    if (!strcmp(name, "follow"))
        return add_regex(p, name, v, &s->follow, &s->follow_src, &s->n_follow);
    if (!strcmp(name, "deny"))
        return add_regex(p, name, v, &s->deny, &s->deny_src, &s->n_deny);
    if (!strcmp(name, "depth"))
        return set_int(p, name, v, 0, 20, &s->depth);
    if (!strcmp(name, "interval"))
        return set_duration(p, name, v, 1, &s->interval);
    if (!strcmp(name, "discover_sitemaps"))
        return set_bool(p, name, v, &s->discover_sitemaps);
    if (!strcmp(name, "languages")) {
        if (!strcasecmp(v, "all"))
            return 1;
        char *copy = strdup(v);
        if (!copy)
            return fail(p, name, "%s", "out of memory");
        int ok = 1;
        for (char *save = NULL, *t = strtok_r(copy, " \t,", &save); t && ok; t = strtok_r(NULL, " \t,", &save)) {
            size_t l = strlen(t);
            int good = l >= 2 && l <= 35;
            for (size_t i = 0; i < l && good; i++)
                good = (t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= '0' && t[i] <= '9') ||
                       t[i] == '-';
            ok = good ? push(p, name, &s->languages, &s->n_languages, strdup(t))
                      : fail(p, name, "'%s' is not a language tag (e.g. en, ar, zh-Hans) or 'all'", t);
        }
        free(copy);
        return ok;
    }
    return fail(p, name, "%s", "unknown key in a [source] section");
}

static int on_entry(void *user, const char *section, const char *name, const char *value)
{
    parse_state *p = user;
    if (p->why[0])
        return 1; /* only the first error is reported */
    if (strcmp(section, p->section) != 0) {
        /* a new section: [global] or [source NAME] */
        snprintf(p->section, sizeof p->section, "%s", section);
        p->cur = NULL;
        p->in_global = 0;
        if (!strcmp(section, "global")) {
            p->in_global = 1;
        } else if (!strncmp(section, "source ", 7) && section[7]) {
            const char *nm = section + 7;
            for (const char *c = nm; *c; c++)
                if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '-' ||
                      *c == '_' || *c == '.'))
                    return fail(p, name, "section [%s]: a source name uses letters, digits, '-', '_', '.'", section);
            for (size_t i = 0; i < p->c->n_sources; i++)
                if (!strcmp(p->c->sources[i].name, nm))
                    return fail(p, name, "source '%s' is defined twice", nm);
            if (p->c->n_sources >= PA_CONFIG_MAX_SOURCES)
                return fail(p, name, "%s", "too many sources");
            pa_source_config *ns = realloc(p->c->sources, (p->c->n_sources + 1) * sizeof *ns);
            if (!ns)
                return fail(p, name, "%s", "out of memory");
            p->c->sources = ns;
            p->cur = &ns[p->c->n_sources++];
            memset(p->cur, 0, sizeof *p->cur);
            p->cur->name = strdup(nm);
            p->cur->depth = 1;
            p->cur->interval = 3600;
            p->cur->discover_sitemaps = 1;
            p->cur->line = p->lines_seen;
        } else {
            return fail(p, name, "in unknown section [%s] (expected [global] or [source NAME])", section);
        }
    }
    if (p->in_global)
        return global_key(p, name, value);
    if (p->cur)
        return source_key(p, name, value);
    return fail(p, name, "%s", "outside any section");
}

static void source_free(pa_source_config *s)
{
    for (size_t i = 0; i < s->n_start_urls; i++)
        free(s->start_urls[i]);
    for (size_t i = 0; i < s->n_sitemaps; i++)
        free(s->sitemaps[i]);
    for (size_t i = 0; i < s->n_feeds; i++)
        free(s->feeds[i]);
    for (size_t i = 0; i < s->n_follow; i++) {
        regfree(&s->follow[i]);
        free(s->follow_src[i]);
    }
    for (size_t i = 0; i < s->n_deny; i++) {
        regfree(&s->deny[i]);
        free(s->deny_src[i]);
    }
    for (size_t i = 0; i < s->n_languages; i++)
        free(s->languages[i]);
    free(s->start_urls);
    free(s->sitemaps);
    free(s->feeds);
    free(s->follow);
    free(s->follow_src);
    free(s->deny);
    free(s->deny_src);
    free(s->languages);
    free(s->name);
}

void pa_config_free(pa_config *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_sources; i++)
        source_free(&c->sources[i]);
    free(c->sources);
    free(c->store);
    free(c->user_agent);
    free(c->path);
    free(c);
}

/* The line of a [source ...] header (inih does not pass line numbers). */
static int header_line(const char *text, const char *name)
{
    int line = 1;
    for (const char *l = text; *l; line++) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        const char *b = l;
        while (b < l + n && (*b == ' ' || *b == '\t'))
            b++;
        if (*b == '[' && (size_t)(l + n - b) > strlen(name) + 1 && !strncmp(b + 1, name, strlen(name)) &&
            b[1 + strlen(name)] == ']')
            return line;
        if (!e)
            break;
        l = e + 1;
    }
    return 0;
}

pa_code pa_config_parse(const char *text, const char *path, pa_config **out, pa_err *err)
{
    *out = NULL;
    /* inih's line limit is a runtime setting in Debian's build: lift it, and
     * refuse longer lines ourselves with their number. */
    int line = 1;
    for (const char *l = text; *l; line++) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        if (n > CONFIG_MAX_LINE)
            return pa_err_set(err, PA_ERR_PARSE, "%s:%d: line longer than %d bytes", path, line, CONFIG_MAX_LINE);
        if (!e)
            break;
        l = e + 1;
    }
    /* a section header repeated (inih would merge them silently) */
    line = 1;
    for (const char *l = text; *l; line++) {
        const char *e = strchr(l, '\n');
        size_t n = e ? (size_t)(e - l) : strlen(l);
        size_t skip = 0;
        while (skip < n && (l[skip] == ' ' || l[skip] == '\t'))
            skip++;
        const char *b = l + skip;
        const char *close = skip < n && *b == '[' ? memchr(b, ']', n - skip) : NULL;
        if (close && close - b - 1 < 150) {
            char hdr[160];
            snprintf(hdr, sizeof hdr, "%.*s", (int)(close - b - 1), b + 1);
            int first = header_line(text, hdr);
            if (first && first < line)
                return pa_err_set(err, PA_ERR_PARSE, "%s:%d: section [%s] is defined twice (first on line %d)", path,
                                  line, hdr, first);
        }
        if (!e)
            break;
        l = e + 1;
    }
    ini_max_line = CONFIG_MAX_LINE + 2;
    ini_use_stack = 0;
    pa_config *c = calloc(1, sizeof *c);
    if (!c || !(c->path = strdup(path))) {
        free(c);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    c->concurrency = 16;
    c->per_host = 2;
    c->retries = 3;
    c->delay = 1.0;
    c->timeout = 60;
    c->connect_timeout = 15;
    c->max_crawl_delay = 30;
    c->max_bytes = 50ULL << 20;
    c->warc_rotate = 1ULL << 30;
    c->log_level = PA_LOG_INFO;
    c->recrawl_min = 86400;
    c->recrawl_max = 30 * 86400;
    c->grace = 30;
    parse_state p;
    memset(&p, 0, sizeof p);
    p.c = c;
    int bad = ini_parse_string(text, on_entry, &p);
    if (bad) {
        if (p.why[0])
            pa_err_set(err, PA_ERR_PARSE, "%s:%d: %s", path, bad, p.why);
        else
            pa_err_set(err, PA_ERR_PARSE, "%s:%d: not 'key = value', a [section] or a comment", path, bad);
        pa_config_free(c);
        return PA_ERR_PARSE;
    }
    for (size_t i = 0; i < c->n_sources; i++) {
        pa_source_config *s = &c->sources[i];
        char hdr[160];
        snprintf(hdr, sizeof hdr, "source %s", s->name);
        s->line = header_line(text, hdr);
        if (!s->n_start_urls && !s->n_sitemaps && !s->n_feeds) {
            pa_err_set(err, PA_ERR_PARSE, "%s:%d: source '%s': no start_url, sitemap or feed", path, s->line, s->name);
            pa_config_free(c);
            return PA_ERR_PARSE;
        }
    }
    if (c->recrawl_max < c->recrawl_min) {
        pa_err_set(err, PA_ERR_PARSE, "%s:%d: key 'recrawl_max': shorter than recrawl_min", path,
                   header_line(text, "global"));
        pa_config_free(c);
        return PA_ERR_PARSE;
    }
    if (!c->n_sources) {
        pa_err_set(err, PA_ERR_PARSE, "%s: no [source NAME] section: nothing to crawl", path);
        pa_config_free(c);
        return PA_ERR_PARSE;
    }
    if (!c->user_agent && !(c->user_agent = strdup(PA_DEFAULT_USER_AGENT))) {
        pa_config_free(c);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    *out = c;
    return PA_OK;
}

pa_code pa_config_load(const char *path, pa_config **out, pa_err *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return pa_err_set(err, PA_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    char *buf = malloc(PA_CONFIG_MAX_BYTES + 1);
    if (!buf) {
        fclose(f);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    size_t n = fread(buf, 1, PA_CONFIG_MAX_BYTES + 1, f);
    int rerr = ferror(f);
    fclose(f);
    if (rerr) {
        free(buf);
        return pa_err_set(err, PA_ERR_IO, "%s: read error", path);
    }
    if (n > PA_CONFIG_MAX_BYTES) {
        free(buf);
        return pa_err_set(err, PA_ERR_PARSE, "%s: larger than %d bytes", path, PA_CONFIG_MAX_BYTES);
    }
    if (memchr(buf, '\0', n)) {
        free(buf);
        return pa_err_set(err, PA_ERR_PARSE, "%s: holds NUL bytes: not a text file", path);
    }
    buf[n] = '\0';
    pa_code rc = pa_config_parse(buf, path, out, err);
    free(buf);
    return rc;
}

int pa_source_wants(const pa_source_config *s, const char *url)
{
    for (size_t i = 0; i < s->n_deny; i++)
        if (regexec(&s->deny[i], url, 0, NULL, 0) == 0)
            return 0;
    if (!s->n_follow)
        return 1;
    for (size_t i = 0; i < s->n_follow; i++)
        if (regexec(&s->follow[i], url, 0, NULL, 0) == 0)
            return 1;
    return 0;
}

int pa_source_keeps_lang(const pa_source_config *s, const char *lang)
{
    if (!s->n_languages)
        return 1;
    if (!lang)
        return 0;
    for (size_t i = 0; i < s->n_languages; i++) {
        size_t n = strlen(s->languages[i]);
        if (!strncasecmp(lang, s->languages[i], n) && (lang[n] == '\0' || lang[n] == '-'))
            return 1;
    }
    return 0;
}
