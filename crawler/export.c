/* export.c — `pressarc export`: documents (JSONL), translation pairs (JSONL,
 * TSV) and a CDXJ index of the WARC files, streamed from the store in a
 * deterministic order, plus the Markdown datasheet of an export.  Memory is
 * bounded by one bundle (pairs) or one WARC record (cdxj), never the store. */
#include "pressarc/export.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressarc/buf.h"
#include "pressarc/hash.h"
#include "pressarc/url.h"
#include "pressarc/version.h"
#include "pressarc/warc.h"

#define MAX_BUNDLE_DOCS 1000 /* pairs: larger bundles are skipped (and counted) */
#define MAX_WARC_FILES 1000000

pa_code pa_lang_pair_parse(const char *spec, pa_lang_pair *out, pa_err *err)
{
    memset(out, 0, sizeof *out);
    const char *sep = strchr(spec, ':');
    if (!sep)
        sep = strchr(spec, '-');
    size_t a = sep ? (size_t)(sep - spec) : 0, b = sep ? strlen(sep + 1) : 0;
    if (!sep || a == 0 || b == 0 || a >= sizeof out->src || b >= sizeof out->tgt)
        return pa_err_set(err, PA_ERR_USAGE, "--pair '%s': expected SRC-TGT (e.g. en-ar) or SRC:TGT", spec);
    memcpy(out->src, spec, a);
    memcpy(out->tgt, sep + 1, b);
    for (const char *c = spec; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '-' ||
              *c == ':'))
            return pa_err_set(err, PA_ERR_USAGE, "--pair '%s': not a language tag pair", spec);
    return PA_OK;
}

/* 1 if document language `lang` is asked for by tag `want` ("zh" matches
 * "zh" and "zh-Hans"; case-insensitive). */
static int lang_matches(const char *lang, const char *want)
{
    size_t n = strlen(want);
    return lang && strncasecmp(lang, want, n) == 0 && (lang[n] == '\0' || lang[n] == '-');
}

static int in_shard(const pa_export_filter *f, const char *bundle)
{
    return f->shard_n == 0 || pa_fnv1a(bundle) % f->shard_n == f->shard_k - 1;
}

/* A JSON string from bytes that should be UTF-8; invalid sequences (a
 * damaged store) become U+FFFD rather than dropping the field. */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    pa_buf b;
    pa_buf_init(&b, 0);
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t n = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 0;
        size_t k = 1;
        while (n && k < n && (p[k] & 0xC0) == 0x80)
            k++;
        if (n && k == n) {
            pa_buf_append(&b, p, n);
            p += n;
        } else {
            pa_buf_puts(&b, "\xEF\xBF\xBD");
            p++;
        }
    }
    j = json_string(b.data ? b.data : "");
    pa_buf_free(&b);
    return j ? j : json_string("");
}

/* ---- counters for the datasheet (small sorted maps) ---- */

typedef struct {
    char key[80];
    uint64_t n;
} counter;

typedef struct {
    counter *v;
    size_t n, cap;
} counters;

static void count_key(counters *c, const char *key)
{
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int r = strcmp(c->v[mid].key, key);
        if (r == 0) {
            c->v[mid].n++;
            return;
        }
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (c->n >= 4096)
        return; /* bounded: languages and pairs are few */
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 32;
        counter *nv = realloc(c->v, nc * sizeof *nv);
        if (!nv)
            return;
        c->v = nv;
        c->cap = nc;
    }
    memmove(c->v + lo + 1, c->v + lo, (c->n - lo) * sizeof *c->v);
    snprintf(c->v[lo].key, sizeof c->v[lo].key, "%s", key);
    c->v[lo].n = 1;
    c->n++;
}

static char *counters_json(const counters *c)
{
    json_t *o = json_object();
    for (size_t i = 0; i < c->n; i++)
        json_object_set_new(o, c->v[i].key, json_integer((json_int_t)c->v[i].n));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    return s;
}

static void note_published(pa_export_result *res, const char *published)
{
    if (!published || strlen(published) < 10)
        return;
    char d[11];
    memcpy(d, published, 10);
    d[10] = '\0';
    if (!res->first_published[0] || strcmp(d, res->first_published) < 0)
        memcpy(res->first_published, d, 11);
    if (strcmp(d, res->last_published) > 0)
        memcpy(res->last_published, d, 11);
}

/* ---- the document query ---- */

enum { C_ID, C_BUNDLE, C_URL, C_FINAL, C_LANG, C_TITLE, C_PUB, C_FETCHED, C_SOURCE, C_SHA, C_TEXT };

/* Prepare the filtered, ordered document query for `f`. */
static pa_code prepare_docs(pa_store *st, const pa_export_filter *f, sqlite3_stmt **q, pa_err *err)
{
    pa_buf sql;
    pa_buf_init(&sql, 0);
    pa_buf_puts(&sql, "SELECT doc_id, COALESCE(bundle, doc_id), url, final_url, lang, title, published, fetched,"
                      " COALESCE(source, pa_site(url)), sha256, text FROM documents WHERE 1");
    int param = 1;
    if (f->n_langs) {
        pa_buf_puts(&sql, " AND (0");
        for (size_t i = 0; i < f->n_langs; i++, param++)
            pa_buf_printf(&sql, " OR lang = ?%d COLLATE NOCASE OR lang LIKE ?%d || '-%%'", param, param);
        pa_buf_puts(&sql, ")");
    }
    if (f->n_sources) {
        pa_buf_puts(&sql, " AND COALESCE(source, pa_site(url)) IN (");
        for (size_t i = 0; i < f->n_sources; i++, param++)
            pa_buf_printf(&sql, "%s?%d", i ? ", " : "", param);
        pa_buf_puts(&sql, ")");
    }
    if (f->since[0])
        pa_buf_printf(&sql, " AND substr(published, 1, 10) >= ?%d", param++);
    if (f->until[0])
        pa_buf_printf(&sql, " AND substr(published, 1, 10) <= ?%d", param++);
    if (f->min_chars > 0)
        pa_buf_printf(&sql, " AND length(text) >= ?%d", param++);
    if (f->bundle_min_langs > 0)
        pa_buf_printf(&sql, " AND COALESCE(bundle, doc_id) IN (SELECT COALESCE(bundle, doc_id) FROM documents"
                            " GROUP BY 1 HAVING COUNT(DISTINCT lang) >= ?%d)", param++);
    pa_buf_puts(&sql, " ORDER BY COALESCE(bundle, doc_id), lang, doc_id");
    if (!sql.data) {
        pa_buf_free(&sql);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    int rc = sqlite3_prepare_v2(pa_store_db(st), sql.data, -1, q, NULL);
    pa_buf_free(&sql);
    if (rc != SQLITE_OK)
        return pa_store_err(st, "export query", err);
    param = 1;
    for (size_t i = 0; i < f->n_langs; i++)
        sqlite3_bind_text(*q, param++, f->langs[i], -1, SQLITE_STATIC);
    for (size_t i = 0; i < f->n_sources; i++)
        sqlite3_bind_text(*q, param++, f->sources[i], -1, SQLITE_STATIC);
    if (f->since[0])
        sqlite3_bind_text(*q, param++, f->since, -1, SQLITE_STATIC);
    if (f->until[0])
        sqlite3_bind_text(*q, param++, f->until, -1, SQLITE_STATIC);
    if (f->min_chars > 0)
        sqlite3_bind_int64(*q, param++, f->min_chars);
    if (f->bundle_min_langs > 0)
        sqlite3_bind_int(*q, param++, f->bundle_min_langs);
    return PA_OK;
}

static const char *col(sqlite3_stmt *q, int i)
{
    return (const char *)sqlite3_column_text(q, i);
}

static pa_code write_json_line(pa_outfile *out, json_t *o, pa_err *err)
{
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!s)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    pa_code rc = pa_outfile_puts(out, s, err);
    free(s);
    return rc ? rc : pa_outfile_write(out, "\n", 1, err);
}

static pa_code export_docs(pa_store *st, const pa_export_filter *f, pa_outfile *out, pa_export_result *res,
                           counters *langs, pa_err *err)
{
    sqlite3_stmt *q = NULL;
    pa_code rc = prepare_docs(st, f, &q, err);
    char last_bundle[128] = "";
    int sr;
    while (!rc && (sr = sqlite3_step(q)) == SQLITE_ROW) {
        const char *bundle = col(q, C_BUNDLE);
        if (!bundle || !in_shard(f, bundle))
            continue;
        json_t *o = json_object();
        json_object_set_new(o, "id", jstr(col(q, C_ID)));
        json_object_set_new(o, "bundle", jstr(bundle));
        json_object_set_new(o, "url", jstr(col(q, C_URL)));
        json_object_set_new(o, "final_url", jstr(col(q, C_FINAL)));
        json_object_set_new(o, "lang", jstr(col(q, C_LANG)));
        json_object_set_new(o, "title", jstr(col(q, C_TITLE)));
        json_object_set_new(o, "published", jstr(col(q, C_PUB)));
        json_object_set_new(o, "fetched", jstr(col(q, C_FETCHED)));
        json_object_set_new(o, "source", jstr(col(q, C_SOURCE)));
        json_object_set_new(o, "sha256", jstr(col(q, C_SHA)));
        json_object_set_new(o, "text", jstr(col(q, C_TEXT) ? col(q, C_TEXT) : ""));
        rc = write_json_line(out, o, err);
        json_decref(o);
        res->documents++;
        count_key(langs, col(q, C_LANG) ? col(q, C_LANG) : "und");
        note_published(res, col(q, C_PUB));
        if (strcmp(bundle, last_bundle) != 0) {
            res->bundles++;
            snprintf(last_bundle, sizeof last_bundle, "%s", bundle);
        }
    }
    if (!rc && sr != SQLITE_DONE)
        rc = pa_store_err(st, "export query", err);
    sqlite3_finalize(q);
    return rc;
}

/* ---- pairs ---- */

typedef struct {
    char *id, *url, *lang, *title, *published, *text;
    size_t text_len;
} pair_doc;

typedef struct {
    pair_doc *v;
    size_t n, cap;
    char bundle[128];
    int too_big;
} bundle_docs;

static void bundle_clear(bundle_docs *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->v[i].id);
        free(b->v[i].url);
        free(b->v[i].lang);
        free(b->v[i].title);
        free(b->v[i].published);
        free(b->v[i].text);
    }
    b->n = 0;
    b->too_big = 0;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* TSV cell: backslash, tab, newline and carriage return escaped as \\ \t \n \r. */
static pa_code put_tsv_cell(pa_outfile *out, const char *s, pa_err *err)
{
    const char *run = s;
    for (const char *c = s;; c++) {
        const char *esc = *c == '\\' ? "\\\\" : *c == '\t' ? "\\t" : *c == '\n' ? "\\n" : *c == '\r' ? "\\r" : NULL;
        if (!esc && *c)
            continue;
        if (c > run && pa_outfile_write(out, run, (size_t)(c - run), err))
            return PA_ERR_IO;
        if (!*c)
            return PA_OK;
        if (pa_outfile_puts(out, esc, err))
            return PA_ERR_IO;
        run = c + 1;
    }
}

static pa_code emit_pair(pa_export_format fmt, const char *bundle, const pair_doc *s, const pair_doc *t,
                         pa_outfile *out, pa_err *err)
{
    if (fmt == PA_EXPORT_TSV) {
        if (put_tsv_cell(out, s->text, err) || pa_outfile_write(out, "\t", 1, err) || put_tsv_cell(out, t->text, err))
            return PA_ERR_IO;
        return pa_outfile_write(out, "\n", 1, err);
    }
    json_t *o = json_object();
    json_object_set_new(o, "bundle", jstr(bundle));
    json_object_set_new(o, "src_lang", jstr(s->lang));
    json_object_set_new(o, "tgt_lang", jstr(t->lang));
    json_object_set_new(o, "src_url", jstr(s->url));
    json_object_set_new(o, "tgt_url", jstr(t->url));
    json_object_set_new(o, "src_title", jstr(s->title));
    json_object_set_new(o, "tgt_title", jstr(t->title));
    json_object_set_new(o, "src_text", jstr(s->text));
    json_object_set_new(o, "tgt_text", jstr(t->text));
    json_object_set_new(o, "src_id", jstr(s->id));
    json_object_set_new(o, "tgt_id", jstr(t->id));
    pa_code rc = write_json_line(out, o, err);
    json_decref(o);
    return rc;
}

/* The pairs of one bundle: one representative per language (rows arrive
 * sorted by language, then document id), then every language pair once
 * (src < tgt) or the asked directions. */
static pa_code flush_bundle(pa_export_format fmt, const pa_export_filter *f, bundle_docs *b, pa_outfile *out,
                            pa_export_result *res, counters *langs, counters *pairs, pa_err *err)
{
    if (b->too_big) {
        fprintf(stderr, "pressarc export: bundle %s has more than %d documents: skipped for pairs\n", b->bundle,
                MAX_BUNDLE_DOCS);
        res->skipped_bundles++;
        return PA_OK;
    }
    /* representatives: compact b->v so each language appears once */
    size_t m = 0;
    for (size_t i = 0; i < b->n; i++) {
        pair_doc *d = &b->v[i];
        if (!d->lang || strcmp(d->lang, "und") == 0 || !d->text || !d->text[0])
            continue;
        if (m && strcmp(b->v[m - 1].lang, d->lang) == 0) {
            if (d->text_len > b->v[m - 1].text_len) { /* longer text wins; ties keep the smaller id */
                pair_doc t = b->v[m - 1];
                b->v[m - 1] = *d;
                *d = t;
            }
            continue;
        }
        if (m != i) {
            pair_doc t = b->v[m];
            b->v[m] = *d;
            *d = t;
        }
        m++;
    }
    uint64_t before = res->pairs;
    pa_code rc = PA_OK;
    if (f->n_pairs == 0) {
        for (size_t i = 0; i < m && !rc; i++)
            for (size_t j = i + 1; j < m && !rc; j++) {
                rc = emit_pair(fmt, b->bundle, &b->v[i], &b->v[j], out, err);
                char key[80];
                snprintf(key, sizeof key, "%s-%s", b->v[i].lang, b->v[j].lang);
                count_key(pairs, key);
                res->pairs++;
            }
    } else {
        for (size_t k = 0; k < f->n_pairs && !rc; k++)
            for (size_t i = 0; i < m && !rc; i++) {
                if (!lang_matches(b->v[i].lang, f->pairs[k].src))
                    continue;
                for (size_t j = 0; j < m && !rc; j++) {
                    if (j == i || !lang_matches(b->v[j].lang, f->pairs[k].tgt))
                        continue;
                    rc = emit_pair(fmt, b->bundle, &b->v[i], &b->v[j], out, err);
                    char key[80];
                    snprintf(key, sizeof key, "%s-%s", b->v[i].lang, b->v[j].lang);
                    count_key(pairs, key);
                    res->pairs++;
                }
            }
    }
    if (res->pairs > before) {
        res->bundles++;
        for (size_t i = 0; i < m; i++) {
            res->documents++;
            count_key(langs, b->v[i].lang);
            note_published(res, b->v[i].published);
        }
    }
    return rc;
}

static pa_code export_pairs(pa_store *st, pa_export_format fmt, const pa_export_filter *f, pa_outfile *out,
                            pa_export_result *res, counters *langs, counters *pairs, pa_err *err)
{
    sqlite3_stmt *q = NULL;
    pa_code rc = prepare_docs(st, f, &q, err);
    bundle_docs b;
    memset(&b, 0, sizeof b);
    int sr = SQLITE_DONE;
    while (!rc && (sr = sqlite3_step(q)) == SQLITE_ROW) {
        const char *bundle = col(q, C_BUNDLE);
        if (!bundle || !in_shard(f, bundle))
            continue;
        if (b.bundle[0] && strcmp(bundle, b.bundle) != 0) {
            rc = flush_bundle(fmt, f, &b, out, res, langs, pairs, err);
            bundle_clear(&b);
        }
        snprintf(b.bundle, sizeof b.bundle, "%s", bundle);
        if (rc || b.too_big)
            continue;
        if (b.n >= MAX_BUNDLE_DOCS) {
            b.too_big = 1;
            continue;
        }
        if (b.n == b.cap) {
            size_t nc = b.cap ? b.cap * 2 : 16;
            pair_doc *nv = realloc(b.v, nc * sizeof *nv);
            if (!nv) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                break;
            }
            b.v = nv;
            b.cap = nc;
        }
        pair_doc *d = &b.v[b.n++];
        const char *text = col(q, C_TEXT);
        d->id = dup_or_null(col(q, C_ID));
        d->url = dup_or_null(col(q, C_URL));
        d->lang = dup_or_null(col(q, C_LANG));
        d->title = dup_or_null(col(q, C_TITLE));
        d->published = dup_or_null(col(q, C_PUB));
        d->text = dup_or_null(text ? text : "");
        d->text_len = text ? strlen(text) : 0;
    }
    if (!rc && sr != SQLITE_DONE)
        rc = pa_store_err(st, "export query", err);
    if (!rc && b.bundle[0])
        rc = flush_bundle(fmt, f, &b, out, res, langs, pairs, err);
    bundle_clear(&b);
    free(b.v);
    sqlite3_finalize(q);
    return rc;
}

/* ---- CDXJ ---- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The WARC files of the store, sorted by name. */
static pa_code list_warcs(const char *dir, char ***names, size_t *n, pa_err *err)
{
    *names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return pa_err_set(err, PA_ERR_IO, "cannot read %s", dir);
    size_t cap = 0;
    struct dirent *e;
    pa_code rc = PA_OK;
    while ((e = readdir(d)) && *n < MAX_WARC_FILES) {
        size_t l = strlen(e->d_name);
        if (e->d_name[0] == '.' ||
            !((l > 8 && strcmp(e->d_name + l - 8, ".warc.gz") == 0) || (l > 5 && strcmp(e->d_name + l - 5, ".warc") == 0)))
            continue;
        if (*n == cap) {
            size_t nc = cap ? cap * 2 : 64;
            char **nv = realloc(*names, nc * sizeof *nv);
            if (!nv) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                break;
            }
            *names = nv;
            cap = nc;
        }
        if (!((*names)[*n] = strdup(e->d_name))) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        (*n)++;
    }
    closedir(d);
    if (*names)
        qsort(*names, *n, sizeof **names, cmp_names);
    return rc;
}

/* Status code and media type of the HTTP head that starts a response block. */
static void http_head_info(const char *block, size_t len, char status[4], char *mime, size_t mime_size)
{
    status[0] = '\0';
    mime[0] = '\0';
    if (len < 12 || strncmp(block, "HTTP/", 5) != 0)
        return;
    const char *sp = memchr(block, ' ', len < 16 ? len : 16);
    if (sp && (size_t)(sp - block) + 4 <= len && sp[1] >= '1' && sp[1] <= '5') {
        memcpy(status, sp + 1, 3);
        status[3] = '\0';
    }
    const char *end = block + len;
    const char *line = memchr(block, '\n', len);
    while (line && line + 1 < end) {
        line++;
        if (*line == '\r' || *line == '\n')
            break; /* end of head */
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        const char *le = nl ? nl : end;
        if ((size_t)(le - line) > 13 && strncasecmp(line, "content-type:", 13) == 0) {
            const char *v = line + 13;
            while (v < le && (*v == ' ' || *v == '\t'))
                v++;
            size_t k = 0;
            while (v < le && *v != ';' && *v != '\r' && *v != ' ' && k + 1 < mime_size)
                mime[k++] = (char)((*v >= 'A' && *v <= 'Z') ? *v++ - 'A' + 'a' : *v++);
            mime[k] = '\0';
            break;
        }
        line = nl;
    }
}

/* "2026-11-22T21:47:28Z" (or with fractions) -> "20261122214728". */
static int warc_timestamp(const char *date, char out[15])
{
    size_t k = 0;
    for (const char *c = date; c && *c && k < 14; c++) {
        if (*c == '.')
            break;
        if (*c >= '0' && *c <= '9')
            out[k++] = *c;
    }
    out[k] = '\0';
    return k == 14;
}

static pa_code cdxj_collect(pa_store *st, sqlite3 *tmp, pa_export_result *res, pa_err *err)
{
    char *dir = pa_store_path(st, "warc");
    char **names = NULL;
    size_t n = 0;
    pa_code rc = dir ? list_warcs(dir, &names, &n, err) : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    sqlite3_stmt *ins = NULL;
    if (!rc && sqlite3_prepare_v2(tmp, "INSERT INTO cdx(line) VALUES(?1)", -1, &ins, NULL) != SQLITE_OK)
        rc = pa_err_set(err, PA_ERR_STORE, "cdxj sort table: %s", sqlite3_errmsg(tmp));
    for (size_t i = 0; i < n && !rc; i++) {
        size_t pl = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(pl);
        if (!path) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        snprintf(path, pl, "%s/%s", dir, names[i]);
        pa_warc_reader *r = NULL;
        pa_err rerr;
        if (pa_warc_reader_open(path, 0, &r, &rerr)) {
            fprintf(stderr, "pressarc export: %s: skipped\n", rerr.msg);
            res->warc_errors++;
            free(path);
            continue;
        }
        pa_warc_record rec;
        pa_code nr;
        while (!rc && (nr = pa_warc_reader_next(r, &rec, &rerr)) == PA_OK) {
            int indexed = rec.type && rec.target_uri &&
                          (strcmp(rec.type, "response") == 0 || strcmp(rec.type, "revisit") == 0 ||
                           strcmp(rec.type, "resource") == 0);
            char ts[15];
            char *surt = indexed ? pa_url_surt(rec.target_uri) : NULL;
            if (surt && warc_timestamp(rec.date, ts)) {
                char status[4], mime[128];
                http_head_info(rec.block, rec.block_len, status, mime, sizeof mime);
                if (strcmp(rec.type, "revisit") == 0)
                    snprintf(mime, sizeof mime, "warc/revisit");
                else if (strcmp(rec.type, "resource") == 0 && rec.content_type)
                    snprintf(mime, sizeof mime, "%.120s", rec.content_type);
                json_t *o = json_object();
                json_object_set_new(o, "url", jstr(rec.target_uri));
                if (mime[0])
                    json_object_set_new(o, "mime", json_string(mime));
                if (status[0])
                    json_object_set_new(o, "status", json_string(status));
                if (rec.payload_digest)
                    json_object_set_new(o, "digest", jstr(rec.payload_digest));
                char num[32];
                snprintf(num, sizeof num, "%llu", (unsigned long long)rec.length);
                json_object_set_new(o, "length", json_string(num));
                snprintf(num, sizeof num, "%llu", (unsigned long long)rec.offset);
                json_object_set_new(o, "offset", json_string(num));
                json_object_set_new(o, "filename", jstr(names[i]));
                char *js = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
                json_decref(o);
                pa_buf line;
                pa_buf_init(&line, 0);
                pa_buf_printf(&line, "%s %s %s", surt, ts, js ? js : "{}");
                free(js);
                sqlite3_bind_text(ins, 1, line.data ? line.data : "", -1, SQLITE_TRANSIENT);
                if (sqlite3_step(ins) != SQLITE_DONE)
                    rc = pa_err_set(err, PA_ERR_STORE, "cdxj sort table: %s", sqlite3_errmsg(tmp));
                sqlite3_reset(ins);
                pa_buf_free(&line);
                res->records++;
            }
            free(surt);
            pa_warc_record_free(&rec);
        }
        if (!rc && nr != PA_ERR_NOTFOUND) {
            fprintf(stderr, "pressarc export: %s: rest of the file skipped\n", rerr.msg);
            res->warc_errors++;
        }
        pa_warc_reader_close(r);
        free(path);
    }
    sqlite3_finalize(ins);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(dir);
    return rc;
}

/* Index every response/revisit/resource record; lines are sorted through a
 * temporary on-disk SQLite database, so memory does not grow with the
 * archive. */
static pa_code export_cdxj(pa_store *st, pa_outfile *out, pa_export_result *res, pa_err *err)
{
    sqlite3 *tmp = NULL;
    if (sqlite3_open_v2("", &tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        sqlite3_close(tmp);
        return pa_err_set(err, PA_ERR_STORE, "cannot open a temporary database for sorting");
    }
    pa_code rc = PA_OK;
    if (sqlite3_exec(tmp, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE cdx(line TEXT);"
                          " BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        rc = pa_err_set(err, PA_ERR_STORE, "temporary database: %s", sqlite3_errmsg(tmp));
    if (!rc)
        rc = cdxj_collect(st, tmp, res, err);
    sqlite3_stmt *q = NULL;
    if (!rc && sqlite3_prepare_v2(tmp, "SELECT line FROM cdx ORDER BY line", -1, &q, NULL) != SQLITE_OK)
        rc = pa_err_set(err, PA_ERR_STORE, "temporary database: %s", sqlite3_errmsg(tmp));
    while (!rc && sqlite3_step(q) == SQLITE_ROW) {
        rc = pa_outfile_write(out, sqlite3_column_text(q, 0), (size_t)sqlite3_column_bytes(q, 0), err);
        if (!rc)
            rc = pa_outfile_write(out, "\n", 1, err);
    }
    sqlite3_finalize(q);
    sqlite3_close(tmp);
    return rc;
}

pa_code pa_export_run(pa_store *st, pa_export_format fmt, const pa_export_filter *f, pa_outfile *out,
                      pa_export_result *res, pa_err *err)
{
    memset(res, 0, sizeof *res);
    counters langs = {0}, pairs = {0};
    pa_code rc;
    if (fmt == PA_EXPORT_CDXJ)
        rc = export_cdxj(st, out, res, err);
    else if (fmt == PA_EXPORT_DOCS)
        rc = export_docs(st, f, out, res, &langs, err);
    else
        rc = export_pairs(st, fmt, f, out, res, &langs, &pairs, err);
    res->lang_counts_json = counters_json(&langs);
    res->pair_counts_json = counters_json(&pairs);
    free(langs.v);
    free(pairs.v);
    return rc;
}

void pa_export_result_free(pa_export_result *res)
{
    free(res->lang_counts_json);
    free(res->pair_counts_json);
    res->lang_counts_json = res->pair_counts_json = NULL;
}

/* ---- datasheet ---- */

static void md_escape(pa_buf *b, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '|' || *s == '`' || *s == '*' || *s == '_' || *s == '<' || *s == '>')
            pa_buf_putc(b, '\\');
        pa_buf_putc(b, *s == '\n' ? ' ' : *s);
    }
}

static void md_counts(pa_buf *b, const char *json_text, const char *what)
{
    json_t *o = json_text ? json_loads(json_text, 0, NULL) : NULL;
    if (!o || json_object_size(o) == 0) {
        json_decref(o);
        return;
    }
    pa_buf_printf(b, "\n| %s | count |\n|---|---:|\n", what);
    const char *k;
    json_t *v;
    json_object_foreach(o, k, v)
    {
        pa_buf_puts(b, "| ");
        md_escape(b, k);
        pa_buf_printf(b, " | %lld |\n", (long long)json_integer_value(v));
    }
    json_decref(o);
}

pa_code pa_export_datasheet(pa_store *st, const char *path, const char *corpus_path, const char *format_name,
                            const char *command_line, const pa_export_result *res, pa_err *err)
{
    pa_buf b;
    pa_buf_init(&b, 0);
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
    const char *base = strrchr(corpus_path, '/');
    base = base ? base + 1 : corpus_path;
    pa_buf_puts(&b, "# Datasheet: ");
    md_escape(&b, base);
    pa_buf_printf(&b, "\n\nA corpus exported by pressarc %s on %s.\n\n", pa_version(), now);
    pa_buf_puts(&b, "## What this file holds\n\n- Format: `");
    md_escape(&b, format_name);
    pa_buf_puts(&b, "` — ");
    if (strcmp(format_name, "docs") == 0)
        pa_buf_puts(&b, "JSONL, one document per line: id, bundle, url, lang, title, published, fetched, source, "
                        "sha256, text (paragraphs separated by a blank line).\n");
    else if (strcmp(format_name, "pairs") == 0)
        pa_buf_puts(&b, "JSONL, one line per pair of language versions of one release (bundle): bundle, src_lang, "
                        "tgt_lang, src_url, tgt_url, src_title, tgt_title, src_text, tgt_text.\n");
    else if (strcmp(format_name, "tsv") == 0)
        pa_buf_puts(&b, "src_text TAB tgt_text, one pair a line; backslash, tab, newline and carriage return are "
                        "escaped as `\\\\`, `\\t`, `\\n`, `\\r`.\n");
    else
        pa_buf_puts(&b, "CDXJ index of the store's WARC files (SURT key, timestamp, JSON).\n");
    pa_buf_puts(&b, "- Command: `");
    md_escape(&b, command_line);
    pa_buf_puts(&b, "`\n- Store: `");
    char *store_dir = pa_store_path(st, NULL);
    md_escape(&b, store_dir ? store_dir : "?");
    free(store_dir);
    pa_buf_puts(&b, "`\n");
    pa_buf_printf(&b, "\n## Counts\n\n- Documents: %llu\n- Bundles (releases): %llu\n",
                  (unsigned long long)res->documents, (unsigned long long)res->bundles);
    if (strcmp(format_name, "pairs") == 0 || strcmp(format_name, "tsv") == 0)
        pa_buf_printf(&b, "- Translation pairs: %llu\n", (unsigned long long)res->pairs);
    if (strcmp(format_name, "cdxj") == 0)
        pa_buf_printf(&b, "- Index lines: %llu\n", (unsigned long long)res->records);
    if (res->first_published[0])
        pa_buf_printf(&b, "- Publication dates: %s to %s\n", res->first_published, res->last_published);
    md_counts(&b, res->lang_counts_json, "language");
    md_counts(&b, res->pair_counts_json, "language pair");

    pa_buf_puts(&b, "\n## What was crawled, when, how\n\n");
    sqlite3 *db = pa_store_db(st);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db, "SELECT command, started, ended, settings, summary FROM runs ORDER BY id", -1, &q,
                           NULL) == SQLITE_OK) {
        int n = 0;
        while (sqlite3_step(q) == SQLITE_ROW && n < 200) {
            if (!n++)
                pa_buf_puts(&b, "| run | started | ended | settings | outcome |\n|---|---|---|---|---|\n");
            for (int i = 0; i < 5; i++) {
                pa_buf_puts(&b, "| ");
                const char *v = col(q, i);
                if (i >= 3 && v) {
                    pa_buf_putc(&b, '`');
                    pa_buf_puts(&b, v); /* JSON text: shown verbatim */
                    pa_buf_putc(&b, '`');
                } else {
                    md_escape(&b, v ? v : "—");
                }
                pa_buf_putc(&b, ' ');
            }
            pa_buf_puts(&b, "|\n");
        }
        if (!n)
            pa_buf_puts(&b, "No run is recorded in this store (it predates run records).\n");
    }
    sqlite3_finalize(q);
    q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT COALESCE(source, pa_site(url)) AS s, COUNT(*), MIN(fetched), MAX(fetched)"
                           " FROM documents GROUP BY s ORDER BY 2 DESC, 1 LIMIT 100",
                           -1, &q, NULL) == SQLITE_OK) {
        int n = 0;
        while (sqlite3_step(q) == SQLITE_ROW) {
            if (!n++)
                pa_buf_puts(&b, "\n### Sources in the store (up to 100)\n\n| source | documents | first fetched | "
                                "last fetched |\n|---|---:|---|---|\n");
            pa_buf_puts(&b, "| ");
            md_escape(&b, col(q, 0) ? col(q, 0) : "?");
            pa_buf_printf(&b, " | %lld | %s | %s |\n", (long long)sqlite3_column_int64(q, 1),
                          col(q, 2) ? col(q, 2) : "", col(q, 3) ? col(q, 3) : "");
        }
    }
    sqlite3_finalize(q);
    pa_buf_puts(&b,
                "\n## How the texts were made\n\n"
                "Pages were fetched politely (robots.txt, per-host delay) and archived as WARC; the main text was "
                "extracted by pressarc (boilerplate removed: navigation, menus, footers, share bars, comment "
                "sections, 'Post time' lines) and the language versions and copies of one release grouped into a "
                "bundle by hreflang alternates, URL structure and language-independent content fingerprints "
                "(numbers, dates, Latin names). Translations are often machine translations made by the "
                "publishers' CMS: they are comparable rather than human-parallel text. Pairs take one document "
                "per language in each bundle (the longest).\n"
                "\n## Licence and use\n\n"
                "The texts belong to their publishers. This corpus is a research copy: check each publisher's "
                "terms before redistribution, cite the source URLs, and remove documents on a rights holder's "
                "request. pressarc's own code is free software; that does not extend to the texts.\n");
    pa_code rc = pa_outfile_save(path, b.data, b.len, err);
    pa_buf_free(&b);
    return rc;
}
