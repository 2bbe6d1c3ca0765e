/* robots.c — robots.txt per RFC 9309: parsing into user-agent groups,
 * selection of the groups for our product token (else "*"), and
 * longest-match Allow/Disallow matching with `*` and `$`.  Also the
 * non-standard Crawl-delay and the global Sitemap: lines. */
#include "pressarc/robots.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PA_ROBOTS_MAX_RULES 10000   /* rules kept per file */
#define PA_ROBOTS_MAX_GROUPS 1000   /* groups per file */
#define PA_ROBOTS_MAX_AGENTS 1000   /* user-agent lines per file */
#define PA_ROBOTS_MAX_SITEMAPS 1000 /* Sitemap: lines kept */
#define PA_ROBOTS_MAX_PATTERN 2048  /* bytes of one normalised pattern */
#define PA_ROBOTS_MAX_PATH 16384    /* bytes of a normalised path matched */

typedef struct {
    char *pattern; /* normalised; may end in '$' */
    size_t len;    /* its length: the rule's weight */
    int allow;
    int group;
} rule;

typedef struct {
    int matches_us;
    int matches_star;
    double crawl_delay; /* < 0: none */
} group;

struct pa_robots {
    rule *rules;
    size_t n_rules;
    double crawl_delay;
    char **sitemaps;
    size_t n_sitemaps;
    int disallow_all;
};

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int unreserved(int c)
{
    return isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

/* Normalise percent-encoding so that equal paths compare equal: %XX of an
 * unreserved character is decoded, other escapes get uppercase hex, bytes
 * outside printable ASCII are escaped.  Writes at most `cap`-1 bytes;
 * returns the length or (size_t)-1 if it does not fit. */
static size_t normalise(const char *in, size_t n, char *out, size_t cap)
{
    static const char hx[] = "0123456789ABCDEF";
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        char tmp[3];
        size_t k = 0;
        if (c == '%' && i + 2 < n && hexval(in[i + 1]) >= 0 && hexval(in[i + 2]) >= 0) {
            int v = hexval(in[i + 1]) * 16 + hexval(in[i + 2]);
            i += 2;
            if (unreserved(v)) {
                tmp[k++] = (char)v;
            } else {
                tmp[k++] = '%';
                tmp[k++] = hx[v >> 4];
                tmp[k++] = hx[v & 15];
            }
        } else if (c <= 0x20 || c >= 0x7f) {
            tmp[k++] = '%';
            tmp[k++] = hx[c >> 4];
            tmp[k++] = hx[c & 15];
        } else {
            tmp[k++] = (char)c;
        }
        if (o + k >= cap)
            return (size_t)-1;
        memcpy(out + o, tmp, k);
        o += k;
    }
    out[o] = '\0';
    return o;
}

/* Does `pat` (with '*' wildcards, optional final '$') match `path`?
 * Iterative wildcard matching with a single backtrack point: O(n*m) worst
 * case, never exponential. */
static int match(const char *pat, size_t plen, const char *path, size_t n)
{
    int anchored = plen && pat[plen - 1] == '$';
    if (anchored)
        plen--;
    size_t p = 0, s = 0, star_p = (size_t)-1, star_s = 0;
    while (s < n) {
        if (p < plen && pat[p] == '*') {
            star_p = p++;
            star_s = s;
        } else if (p < plen && pat[p] == path[s]) {
            p++;
            s++;
        } else if (p == plen && !anchored) {
            return 1; /* prefix match */
        } else if (star_p != (size_t)-1) {
            p = star_p + 1;
            s = ++star_s;
        } else {
            return 0;
        }
    }
    while (p < plen && pat[p] == '*')
        p++;
    return p == plen;
}

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

/* Case-insensitive comparison of the user-agent value's product token
 * (letters, '_' and '-') with ours. */
static int agent_matches(const char *val, size_t n, const char *ours)
{
    size_t k = 0;
    while (k < n && (isalpha((unsigned char)val[k]) || val[k] == '_' || val[k] == '-'))
        k++;
    return k > 0 && strlen(ours) == k && strncasecmp(val, ours, k) == 0;
}

static double parse_delay(const char *v, size_t n)
{
    char buf[32];
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, v, n);
    buf[n] = '\0';
    char *end = NULL;
    double d = strtod(buf, &end);
    if (end == buf || d < 0 || d != d || d > 86400)
        return -1;
    return d;
}

pa_robots *pa_robots_parse(const char *data, size_t len, const char *user_agent)
{
    pa_robots *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->crawl_delay = -1;
    if (len > PA_ROBOTS_MAX_BYTES)
        len = PA_ROBOTS_MAX_BYTES;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    char ours[64] = "";
    if (user_agent) {
        size_t k = 0;
        while (user_agent[k] && k + 1 < sizeof ours &&
               (isalpha((unsigned char)user_agent[k]) || user_agent[k] == '_' || user_agent[k] == '-')) {
            ours[k] = user_agent[k];
            k++;
        }
        ours[k] = '\0';
    }
    group *groups = calloc(PA_ROBOTS_MAX_GROUPS, sizeof *groups);
    rule *rules = NULL;
    size_t n_rules = 0, cap_rules = 0;
    int n_groups = 0, cur = -1, last_was_agent = 0, agents = 0;
    char *norm = malloc(PA_ROBOTS_MAX_PATTERN);
    if (!groups || !norm)
        goto oom;

    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && data[i] != '\n' && data[i] != '\r')
            i++;
        size_t end = i;
        if (i < len && data[i] == '\r')
            i++;
        if (i < len && data[i] == '\n')
            i++;
        const char *line = data + start;
        size_t n = end - start;
        const char *hash = memchr(line, '#', n);
        if (hash)
            n = (size_t)(hash - line);
        const char *colon = memchr(line, ':', n);
        if (!colon)
            continue;
        size_t kl = (size_t)(colon - line);
        while (kl && isspace((unsigned char)line[kl - 1]))
            kl--;
        size_t ks = 0;
        while (ks < kl && isspace((unsigned char)line[ks]))
            ks++;
        const char *key = line + ks;
        kl -= ks;
        const char *val = colon + 1;
        size_t vl = n - (size_t)(val - line);
        while (vl && isspace((unsigned char)*val))
            val++, vl--;
        while (vl && isspace((unsigned char)val[vl - 1]))
            vl--;

        if (kl == 10 && strncasecmp(key, "user-agent", 10) == 0) {
            if (!last_was_agent) {
                if (n_groups >= PA_ROBOTS_MAX_GROUPS)
                    break;
                cur = n_groups++;
                groups[cur].crawl_delay = -1;
            }
            last_was_agent = 1;
            if (++agents > PA_ROBOTS_MAX_AGENTS)
                break;
            if (vl == 1 && val[0] == '*')
                groups[cur].matches_star = 1;
            else if (ours[0] && agent_matches(val, vl, ours))
                groups[cur].matches_us = 1;
            continue;
        }
        if (kl == 7 && strncasecmp(key, "sitemap", 7) == 0) {
            /* Global: does not end a user-agent run. */
            if (vl && r->n_sitemaps < PA_ROBOTS_MAX_SITEMAPS) {
                char **ns = realloc(r->sitemaps, (r->n_sitemaps + 1) * sizeof *ns);
                if (!ns)
                    goto oom;
                r->sitemaps = ns;
                if (!(r->sitemaps[r->n_sitemaps] = dup_n(val, vl < PA_ROBOTS_MAX_PATTERN ? vl : PA_ROBOTS_MAX_PATTERN)))
                    goto oom;
                r->n_sitemaps++;
            }
            continue;
        }
        int is_allow = kl == 5 && strncasecmp(key, "allow", 5) == 0;
        int is_disallow = kl == 8 && strncasecmp(key, "disallow", 8) == 0;
        int is_delay = kl == 11 && strncasecmp(key, "crawl-delay", 11) == 0;
        if (!is_allow && !is_disallow && !is_delay)
            continue; /* unknown keys neither start nor end a group */
        last_was_agent = 0;
        if (cur < 0)
            continue; /* rules before any user-agent line */
        if (is_delay) {
            double d = parse_delay(val, vl);
            if (d >= 0 && groups[cur].crawl_delay < 0)
                groups[cur].crawl_delay = d;
            continue;
        }
        if (vl == 0)
            continue; /* empty rule: matches nothing */
        if (n_rules >= PA_ROBOTS_MAX_RULES)
            continue;
        size_t nl = normalise(val, vl, norm, PA_ROBOTS_MAX_PATTERN);
        if (nl == (size_t)-1)
            continue;
        if (n_rules == cap_rules) {
            size_t nc = cap_rules ? cap_rules * 2 : 32;
            rule *nr = realloc(rules, nc * sizeof *nr);
            if (!nr)
                goto oom;
            rules = nr;
            cap_rules = nc;
        }
        if (!(rules[n_rules].pattern = dup_n(norm, nl)))
            goto oom;
        rules[n_rules].len = nl;
        rules[n_rules].allow = is_allow;
        rules[n_rules].group = cur;
        n_rules++;
    }

    /* Select our groups, else the "*" groups, and keep their rules. */
    int any_us = 0;
    for (int g = 0; g < n_groups; g++)
        any_us |= groups[g].matches_us;
    size_t kept = 0;
    for (size_t k = 0; k < n_rules; k++) {
        const group *g = &groups[rules[k].group];
        if (any_us ? g->matches_us : g->matches_star)
            rules[kept++] = rules[k];
        else
            free(rules[k].pattern);
    }
    for (int g = 0; g < n_groups && r->crawl_delay < 0; g++)
        if (any_us ? groups[g].matches_us : groups[g].matches_star)
            r->crawl_delay = groups[g].crawl_delay;
    r->rules = rules;
    r->n_rules = kept;
    free(groups);
    free(norm);
    return r;
oom:
    for (size_t k = 0; k < n_rules; k++)
        free(rules[k].pattern);
    free(rules);
    free(groups);
    free(norm);
    pa_robots_free(r);
    return NULL;
}

pa_robots *pa_robots_allow_all(void)
{
    pa_robots *r = calloc(1, sizeof *r);
    if (r)
        r->crawl_delay = -1;
    return r;
}

pa_robots *pa_robots_disallow_all(void)
{
    pa_robots *r = pa_robots_allow_all();
    if (r)
        r->disallow_all = 1;
    return r;
}

int pa_robots_allowed(const pa_robots *r, const char *path)
{
    if (!path || !*path)
        path = "/";
    if (strcmp(path, "/robots.txt") == 0)
        return 1;
    if (!r)
        return 1;
    if (r->disallow_all)
        return 0;
    if (!r->n_rules)
        return 1;
    char *norm = malloc(PA_ROBOTS_MAX_PATH);
    if (!norm)
        return 0; /* when in doubt, do not fetch */
    size_t n = normalise(path, strlen(path), norm, PA_ROBOTS_MAX_PATH);
    if (n == (size_t)-1) {
        free(norm);
        return 0;
    }
    size_t best = 0;
    int found = 0, allow = 1;
    for (size_t k = 0; k < r->n_rules; k++) {
        const rule *ru = &r->rules[k];
        if (found && ru->len < best)
            continue;
        if (!match(ru->pattern, ru->len, norm, n))
            continue;
        if (!found || ru->len > best || (ru->len == best && ru->allow)) {
            allow = ru->allow;
            best = ru->len;
            found = 1;
        }
    }
    free(norm);
    return allow;
}

double pa_robots_crawl_delay(const pa_robots *r)
{
    return r ? r->crawl_delay : -1;
}

size_t pa_robots_sitemap_count(const pa_robots *r)
{
    return r ? r->n_sitemaps : 0;
}

const char *pa_robots_sitemap(const pa_robots *r, size_t i)
{
    return r && i < r->n_sitemaps ? r->sitemaps[i] : NULL;
}

void pa_robots_free(pa_robots *r)
{
    if (!r)
        return;
    for (size_t k = 0; k < r->n_rules; k++)
        free(r->rules[k].pattern);
    free(r->rules);
    for (size_t k = 0; k < r->n_sitemaps; k++)
        free(r->sitemaps[k]);
    free(r->sitemaps);
    free(r);
}
