/* bundle.c — exact-duplicate grouping of documents into bundles, and
 * rewriting the bundle tars (archive.c) from state.db when they change. */
#include "pressarc/bundle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <utf8proc.h>

#include "pressarc/archive.h"
#include "pressarc/buf.h"
#include "pressarc/fingerprint.h"
#include "pressarc/hash.h"

#define PA_BUNDLE_MAX_DOCS 10000    /* documents written into one tar */
#define PA_BUNDLE_CANDIDATES 200     /* documents compared with a new one at most */
#define PA_BUNDLE_MIN_NUMBERS 5      /* numbers a text needs for content matching */
#define PA_BUNDLE_MIN_SIMILARITY 0.5 /* number-anchor Jaccard that makes one release */
#define PA_BUNDLE_HREFLANG_CONFIRM 0.3 /* ... that confirms a one-way hreflang link */

#define PA_BUNDLE_STMTS 24 /* prepared statements kept */

struct pa_bundler {
    pa_store *st;
    char *dir;
    char **dirty;
    size_t n_dirty, cap_dirty;
    struct {
        const char *sql;
        sqlite3_stmt *q;
    } stmts[PA_BUNDLE_STMTS]; /* prepared once: a document costs dozens of statements */
    size_t n_stmts;
};

/* A prepared statement for `sql` (a string literal), reset and unbound,
 * owned by the bundler; NULL on error. */
static sqlite3_stmt *stmt(pa_bundler *b, const char *sql)
{
    for (size_t i = 0; i < b->n_stmts; i++)
        if (b->stmts[i].sql == sql || strcmp(b->stmts[i].sql, sql) == 0) {
            sqlite3_reset(b->stmts[i].q);
            sqlite3_clear_bindings(b->stmts[i].q);
            return b->stmts[i].q;
        }
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(pa_store_db(b->st), sql, -1, &q, NULL) != SQLITE_OK)
        return NULL;
    if (b->n_stmts < PA_BUNDLE_STMTS) {
        b->stmts[b->n_stmts].sql = sql;
        b->stmts[b->n_stmts].q = q;
        b->n_stmts++;
    }
    return q;
}

/* Done with a statement from stmt(): cached ones are only reset. */
static void stmt_done(pa_bundler *b, sqlite3_stmt *q)
{
    for (size_t i = 0; i < b->n_stmts; i++)
        if (b->stmts[i].q == q) {
            sqlite3_reset(q);
            return;
        }
    sqlite3_finalize(q);
}

pa_code pa_bundler_new(pa_store *st, pa_bundler **out, pa_err *err)
{
    pa_bundler *b = calloc(1, sizeof *b);
    if (!b || !(b->dir = pa_store_path(st, "bundles"))) {
        free(b);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    b->st = st;
    *out = b;
    return PA_OK;
}

void pa_bundler_free(pa_bundler *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->n_dirty; i++)
        free(b->dirty[i]);
    for (size_t i = 0; i < b->n_stmts; i++)
        sqlite3_finalize(b->stmts[i].q);
    free(b->dirty);
    free(b->dir);
    free(b);
}

/* Lowercase ASCII and collapse whitespace: the whole normalisation of a
 * pure-ASCII text (NFKC and case folding change nothing else there). */
static int ascii_fingerprint(const char *text, char out[65])
{
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)text[i] >= 0x80)
            return 0;
    char *c = malloc(len + 1);
    if (!c)
        return 0;
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            c[o++] = ' ';
        space = 0;
        c[o++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    pa_sha256_hex(c, o, out);
    free(c);
    return 1;
}

void pa_text_fingerprint(const char *text, char out[65])
{
    if (ascii_fingerprint(text, out))
        return;
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, 0, &norm,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                          UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    const char *src = n >= 0 ? (const char *)norm : text;
    size_t len = n >= 0 ? (size_t)n : strlen(text);
    char *collapsed = malloc(len + 1);
    if (!collapsed) {
        pa_sha256_hex(src, len, out);
        free(norm);
        return;
    }
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            collapsed[o++] = ' ';
        space = 0;
        collapsed[o++] = (char)c;
    }
    pa_sha256_hex(collapsed, o, out);
    free(collapsed);
    free(norm);
}

pa_code pa_bundler_mark_dirty(pa_bundler *b, const char *bundle_id, pa_err *err)
{
    if (!bundle_id || !*bundle_id)
        return PA_OK;
    for (size_t i = 0; i < b->n_dirty; i++)
        if (strcmp(b->dirty[i], bundle_id) == 0)
            return PA_OK;
    if (b->n_dirty == b->cap_dirty) {
        size_t ncap = b->cap_dirty ? b->cap_dirty * 2 : 64;
        char **nd = realloc(b->dirty, ncap * sizeof *nd);
        if (!nd)
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        b->dirty = nd;
        b->cap_dirty = ncap;
    }
    if (!(b->dirty[b->n_dirty] = strdup(bundle_id)))
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    b->n_dirty++;
    return PA_OK;
}

static char *column_dup(sqlite3_stmt *q, int col)
{
    const unsigned char *t = sqlite3_column_text(q, col);
    return t ? strdup((const char *)t) : NULL;
}

/* Run a statement with text parameters and no result rows. */
static pa_code exec_text(pa_bundler *b, const char *sql, const char *p1, const char *p2, pa_err *err)
{
    sqlite3_stmt *q = stmt(b, sql);
    if (!q)
        return pa_store_err(b->st, "prepare", err);
    if (p1)
        sqlite3_bind_text(q, 1, p1, -1, SQLITE_STATIC);
    if (p2)
        sqlite3_bind_text(q, 2, p2, -1, SQLITE_STATIC);
    int r = sqlite3_step(q);
    stmt_done(b, q);
    return r == SQLITE_DONE || r == SQLITE_ROW ? PA_OK : pa_store_err(b->st, sql, err);
}

/* A fingerprint back from its stored form (one anchor a line). */
static void fp_parse(const char *text, pa_fingerprint *fp)
{
    memset(fp, 0, sizeof *fp);
    if (!text || !(fp->anchors = calloc(PA_FP_MAX_ANCHORS, sizeof *fp->anchors)))
        return;
    while (*text && fp->n < PA_FP_MAX_ANCHORS) {
        size_t l = strcspn(text, "\n");
        snprintf(fp->anchors[fp->n], PA_FP_ANCHOR_MAX, "%.*s", (int)(l < PA_FP_ANCHOR_MAX - 1 ? l : PA_FP_ANCHOR_MAX - 1),
                 text);
        if (fp->anchors[fp->n][0] == 'n')
            fp->numbers++;
        fp->n++;
        text += l;
        if (*text)
            text++;
    }
}

/* The bundle a (possibly merged) bundle id resolves to. */
static char *resolve_bundle(pa_bundler *b, const char *id)
{
    char *cur = strdup(id);
    sqlite3_stmt *q = NULL;
    if (!cur || !(q = stmt(b, "SELECT merged_into FROM bundles WHERE id=?")))
        return cur;
    for (int hops = 0; hops < 64; hops++) { /* chains are short; a cycle cannot hold us */
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, cur, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(q) != SQLITE_ROW || !sqlite3_column_text(q, 0))
            break;
        char *next = strdup((const char *)sqlite3_column_text(q, 0));
        if (!next)
            break;
        free(cur);
        cur = next;
    }
    stmt_done(b, q);
    return cur;
}

typedef struct {
    char id[24];
    int votes;
} cand;

/* Documents sharing the rarest number anchors of `fp` (at most
 * PA_BUNDLE_CANDIDATES), found through the doc_anchors index. */
static size_t find_candidates(pa_bundler *b, const char *doc_id, const pa_fingerprint *fp, cand *out, size_t max)
{
    sqlite3 *db = pa_store_db(b->st);
    sqlite3_stmt *df = NULL, *docs = NULL;
    size_t n = 0;
    (void)db;
    if (!(df = stmt(b, "SELECT count(*) FROM doc_anchors WHERE anchor=?")) ||
        !(docs = stmt(b, "SELECT doc_id FROM doc_anchors WHERE anchor=? AND doc_id!=? LIMIT 500")))
        return 0;
    /* distinct number anchors with their document frequency */
    struct {
        const char *a;
        long df;
    } rare[PA_FP_MAX_ANCHORS];
    size_t nr = 0;
    for (size_t i = 0; i < fp->n; i++) {
        const char *a = fp->anchors[i];
        if (a[0] != 'n' || (i > 0 && strcmp(a, fp->anchors[i - 1]) == 0))
            continue;
        sqlite3_reset(df);
        sqlite3_bind_text(df, 1, a, -1, SQLITE_STATIC);
        long c = sqlite3_step(df) == SQLITE_ROW ? (long)sqlite3_column_int64(df, 0) : 0;
        rare[nr].a = a;
        rare[nr].df = c;
        nr++;
    }
    /* the 8 rarest (selection: few anchors) */
    size_t pick = nr < 8 ? nr : 8;
    for (size_t k = 0; k < pick; k++) {
        size_t best = k;
        for (size_t i = k + 1; i < nr; i++)
            if (rare[i].df < rare[best].df || (rare[i].df == rare[best].df && strcmp(rare[i].a, rare[best].a) < 0))
                best = i;
        if (best != k) {
            __typeof__(rare[0]) t = rare[k];
            rare[k] = rare[best];
            rare[best] = t;
        }
        sqlite3_reset(docs);
        sqlite3_bind_text(docs, 1, rare[k].a, -1, SQLITE_STATIC);
        sqlite3_bind_text(docs, 2, doc_id, -1, SQLITE_STATIC);
        while (sqlite3_step(docs) == SQLITE_ROW) {
            const char *d = (const char *)sqlite3_column_text(docs, 0);
            size_t j = 0;
            while (j < n && strcmp(out[j].id, d) != 0)
                j++;
            if (j == n) {
                if (n == max)
                    continue;
                snprintf(out[n].id, sizeof out[n].id, "%s", d);
                out[n].votes = 0;
                n++;
            }
            out[j].votes++;
        }
    }
    stmt_done(b, df);
    stmt_done(b, docs);
    /* at least two of the rare anchors in common (one if the text has one) */
    size_t kept = 0;
    for (size_t j = 0; j < n; j++)
        if (out[j].votes >= (pick >= 2 ? 2 : 1))
            out[kept++] = out[j];
    return kept;
}

enum { SIG_TEXT = 1, SIG_NUMBERS = 2, SIG_HREFLANG = 4 };

/* Add signals to a document's list (kept in one canonical order, so the
 * lists do not depend on the order documents arrived in). */
static pa_code add_signals(pa_bundler *b, const char *doc_id, int mask, pa_err *err)
{
    sqlite3_stmt *q = NULL;
    if (!(q = stmt(b, "SELECT signals FROM documents WHERE doc_id=?")))
        return pa_store_err(b->st, "select signals", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0)) {
        const char *cur = (const char *)sqlite3_column_text(q, 0);
        mask |= (strstr(cur, "\"exact-text\"") ? SIG_TEXT : 0) | (strstr(cur, "\"numbers\"") ? SIG_NUMBERS : 0) |
                (strstr(cur, "\"hreflang\"") ? SIG_HREFLANG : 0);
    }
    stmt_done(b, q);
    char sig[64];
    snprintf(sig, sizeof sig, "[%s%s%s%s%s]", mask & SIG_TEXT ? "\"exact-text\"" : "",
             (mask & SIG_TEXT) && (mask & (SIG_NUMBERS | SIG_HREFLANG)) ? "," : "",
             mask & SIG_NUMBERS ? "\"numbers\"" : "", (mask & SIG_NUMBERS) && (mask & SIG_HREFLANG) ? "," : "",
             mask & SIG_HREFLANG ? "\"hreflang\"" : "");
    return exec_text(b, "UPDATE documents SET signals=?1 WHERE doc_id=?2", sig, doc_id, err);
}

/* Bundles of the documents linked to `doc_id` by hreflang alternates (both
 * ways), appended to matched[] (malloc'd ids).  Reciprocal links are
 * trusted; one-way links need a content similarity of at least
 * PA_BUNDLE_HREFLANG_CONFIRM. */
static pa_code hreflang_matches(pa_bundler *b, const char *doc_id, const char *url, const char *final_url,
                                const char *meta, const pa_fingerprint *fp, char **matched, size_t *n_matched,
                                size_t max, int *found, pa_err *err)
{
    sqlite3 *db = pa_store_db(b->st);
    pa_code rc = exec_text(b, "DELETE FROM doc_links WHERE doc_id=?1", doc_id, NULL, err);
    if (rc)
        return rc;
    json_t *m = meta ? json_loads(meta, 0, NULL) : NULL;
    json_t *alts = json_object_get(m, "alternates");
    size_t i;
    json_t *a;
    json_array_foreach(alts, i, a)
    {
        const char *href = json_string_value(json_object_get(a, "href"));
        if (i >= 200)
            break;
        if (href && (!url || strcmp(href, url) != 0) &&
            (rc = exec_text(b, "INSERT OR IGNORE INTO doc_links(href, doc_id) VALUES(?1, ?2)", href, doc_id, err)))
            break;
    }
    json_decref(m);
    if (rc)
        return rc;
    /* documents I point to, and documents pointing to me: (doc_id, bundle, anchors, reciprocal) */
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT d.doc_id, d.bundle, d.anchors,"
                           " EXISTS(SELECT 1 FROM doc_links l2 WHERE l2.doc_id=d.doc_id AND l2.href IN (?2, ?3))"
                           " FROM documents d JOIN doc_links l ON l.doc_id=?1 AND (d.url=l.href OR d.final_url=l.href)"
                           " WHERE d.doc_id!=?1 AND d.bundle IS NOT NULL"
                           " UNION SELECT d.doc_id, d.bundle, d.anchors, 0 FROM documents d JOIN doc_links l"
                           " ON l.doc_id=d.doc_id AND l.href IN (?2, ?3) WHERE d.doc_id!=?1 AND d.bundle IS NOT NULL"
                           " LIMIT 200",
                           -1, &q, NULL))
        return pa_store_err(b->st, "hreflang candidates", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, final_url ? final_url : "", -1, SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW && *n_matched < max) {
        int reciprocal = sqlite3_column_int(q, 3);
        int ok = reciprocal;
        if (!ok) {
            pa_fingerprint other;
            fp_parse((const char *)sqlite3_column_text(q, 2), &other);
            ok = pa_fingerprint_similarity(fp, &other, PA_BUNDLE_MIN_NUMBERS) >= PA_BUNDLE_HREFLANG_CONFIRM;
            pa_fingerprint_free(&other);
        }
        if (ok && (matched[*n_matched] = column_dup(q, 1))) {
            (*n_matched)++;
            *found = 1;
            if ((rc = add_signals(b, (const char *)sqlite3_column_text(q, 0), SIG_HREFLANG, err)))
                break;
        }
    }
    sqlite3_finalize(q);
    return rc;
}

pa_code pa_bundler_assign(pa_bundler *b, const char *doc_id, pa_err *err)
{
    return pa_bundler_assign_fp(b, doc_id, NULL, err);
}

pa_code pa_bundler_assign_fp(pa_bundler *b, const char *doc_id, const pa_fingerprint *given, pa_err *err)
{
    sqlite3 *db = pa_store_db(b->st);
    sqlite3_stmt *q = NULL;
    pa_code rc = PA_OK;
    char *old = NULL, *fp_hex = NULL, *text = NULL, *target = NULL, *url = NULL, *final_url = NULL, *meta = NULL;
    pa_fingerprint fp;
    memset(&fp, 0, sizeof fp);
    pa_buf stored;
    pa_buf_init(&stored, 0);
    cand *cands = NULL;
    if (sqlite3_prepare_v2(db, "SELECT bundle, text_sha256, text, url, final_url, meta_json FROM documents WHERE doc_id=?",
                           -1, &q, NULL))
        return pa_store_err(b->st, "select document", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return pa_err_set(err, PA_ERR_NOTFOUND, "document %s not in the store", doc_id);
    }
    old = column_dup(q, 0);
    fp_hex = column_dup(q, 1);
    text = column_dup(q, 2);
    url = column_dup(q, 3);
    final_url = column_dup(q, 4);
    meta = column_dup(q, 5);
    sqlite3_finalize(q);
    if (!fp_hex || !text) {
        rc = pa_err_set(err, PA_ERR_INVALID, "document %s has no text or fingerprint", doc_id);
        goto done;
    }
    /* 1. its own id: exact duplicates share the text fingerprint */
    char base[24];
    snprintf(base, sizeof base, "b%.16s", fp_hex);
    if (!(target = strdup(base))) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    /* 2. the language-independent fingerprint, stored and indexed */
    if (given) {
        if (!(fp.anchors = calloc(PA_FP_MAX_ANCHORS, sizeof *fp.anchors))) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            goto done;
        }
        memcpy(fp.anchors, given->anchors, given->n * sizeof *fp.anchors);
        fp.n = given->n;
        fp.numbers = given->numbers;
    } else if ((rc = pa_fingerprint_text(text, strlen(text), &fp, err))) {
        goto done;
    }
    for (size_t i = 0; i < fp.n; i++) {
        pa_buf_puts(&stored, fp.anchors[i]);
        if (i + 1 < fp.n)
            pa_buf_putc(&stored, '\n');
    }
    if ((rc = exec_text(b, "UPDATE documents SET anchors=?1 WHERE doc_id=?2", stored.data ? stored.data : "", doc_id, err)) ||
        (rc = exec_text(b, "DELETE FROM doc_anchors WHERE doc_id=?1", doc_id, NULL, err)))
        goto done;
    for (size_t i = 0; i < fp.n; i++)
        if (fp.anchors[i][0] == 'n' && (i == 0 || strcmp(fp.anchors[i], fp.anchors[i - 1]) != 0) &&
            (rc = exec_text(b, "INSERT OR IGNORE INTO doc_anchors(anchor, doc_id) VALUES(?1, ?2)", fp.anchors[i], doc_id,
                            err)))
            goto done;
    /* 3. other documents that are the same release: same text, or the same
     * numbers (translations keep them) */
    int by_numbers = 0, by_text = 0, by_hreflang = 0;
    char *matched[PA_BUNDLE_CANDIDATES + 8];
    size_t n_matched = 0;
    if (sqlite3_prepare_v2(db, "SELECT bundle, doc_id FROM documents WHERE text_sha256=?1 AND doc_id!=?2 AND bundle IS NOT NULL"
                               " LIMIT 8",
                           -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, fp_hex, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_STATIC);
        while (!rc && sqlite3_step(q) == SQLITE_ROW && n_matched < 8) {
            matched[n_matched] = column_dup(q, 0);
            if (matched[n_matched]) {
                n_matched++;
                by_text = 1;
                rc = add_signals(b, (const char *)sqlite3_column_text(q, 1), SIG_TEXT, err);
            }
        }
        sqlite3_finalize(q);
        if (rc)
            goto merged;
    }
    if (fp.numbers >= PA_BUNDLE_MIN_NUMBERS && (cands = calloc(PA_BUNDLE_CANDIDATES, sizeof *cands))) {
        size_t nc = find_candidates(b, doc_id, &fp, cands, PA_BUNDLE_CANDIDATES);
        if (nc && (q = stmt(b, "SELECT anchors, bundle FROM documents WHERE doc_id=?"))) {
            for (size_t j = 0; j < nc && n_matched < PA_BUNDLE_CANDIDATES + 8; j++) {
                sqlite3_reset(q);
                sqlite3_bind_text(q, 1, cands[j].id, -1, SQLITE_STATIC);
                if (sqlite3_step(q) != SQLITE_ROW || !sqlite3_column_text(q, 1))
                    continue;
                pa_fingerprint other;
                fp_parse((const char *)sqlite3_column_text(q, 0), &other);
                double sim = pa_fingerprint_similarity(&fp, &other, PA_BUNDLE_MIN_NUMBERS);
                pa_fingerprint_free(&other);
                if (sim >= PA_BUNDLE_MIN_SIMILARITY && (matched[n_matched] = column_dup(q, 1))) {
                    n_matched++;
                    by_numbers = 1;
                    if ((rc = add_signals(b, cands[j].id, SIG_NUMBERS, err)))
                        break;
                }
            }
            stmt_done(b, q);
            if (rc)
                goto merged;
        }
    }
    /* 3b. hreflang alternates: trusted when reciprocal, else only when the
     * content agrees too (sites get them wrong) */
    if ((rc = hreflang_matches(b, doc_id, url, final_url, meta, &fp, matched, &n_matched,
                               PA_BUNDLE_CANDIDATES + 8, &by_hreflang, err)))
        goto merged;
    /* 4. the bundle is the smallest id of the component: the same whatever
     * the fetch order; the other bundles merge into it */
    for (size_t i = 0; i < n_matched; i++) {
        char *r = resolve_bundle(b, matched[i]);
        free(matched[i]);
        matched[i] = r;
        if (r && strcmp(r, target) < 0) {
            free(target);
            target = strdup(r);
            if (!target) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                goto merged;
            }
        }
    }
    for (size_t i = 0; i < n_matched && !rc; i++) {
        if (!matched[i] || strcmp(matched[i], target) == 0)
            continue;
        if ((rc = exec_text(b, "UPDATE documents SET bundle=?1 WHERE bundle=?2", target, matched[i], err)) ||
            (rc = exec_text(b, "INSERT INTO bundles(id, merged_into, created, updated) VALUES(?2, ?1, datetime('now'),"
                               " datetime('now')) ON CONFLICT(id) DO UPDATE SET merged_into=?1, updated=datetime('now')",
                            target, matched[i], err)))
            break;
        rc = pa_bundler_mark_dirty(b, matched[i], err);
    }
merged:
    for (size_t i = 0; i < n_matched; i++)
        free(matched[i]);
    if (rc)
        goto done;
    if ((rc = exec_text(b, "UPDATE documents SET bundle=?1, signals='[]' WHERE doc_id=?2", target, doc_id, err)) ||
        (rc = add_signals(b, doc_id, (by_text ? SIG_TEXT : 0) | (by_numbers ? SIG_NUMBERS : 0) |
                                         (by_hreflang ? SIG_HREFLANG : 0), err)) ||
        (rc = exec_text(b, "INSERT INTO bundles(id, created, updated) VALUES(?1, datetime('now'), datetime('now'))"
                           " ON CONFLICT(id) DO UPDATE SET merged_into=NULL, updated=datetime('now')",
                        target, NULL, err)))
        goto done;
    if ((rc = pa_bundler_mark_dirty(b, target, err)))
        goto done;
    if (old && strcmp(old, target) != 0)
        rc = pa_bundler_mark_dirty(b, old, err);
done:
    free(cands);
    pa_fingerprint_free(&fp);
    pa_buf_free(&stored);
    free(old);
    free(fp_hex);
    free(text);
    free(target);
    free(url);
    free(final_url);
    free(meta);
    return rc;
}

/* One bundle: read its documents (ordered by doc_id, so the tar is the same
 * whatever the fetch order) and write the tar, or remove it if empty. */
static pa_code flush_one(pa_bundler *b, pa_archive_batch *batch, const char *bid, pa_err *err)
{
    sqlite3 *db = pa_store_db(b->st);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT doc_id, url, final_url, lang, title, published, fetched, sha256,"
                           " text_sha256, warc_file, warc_offset, signals, meta_json, text"
                           " FROM documents WHERE bundle=? ORDER BY doc_id LIMIT ?",
                           -1, &q, NULL))
        return pa_store_err(b->st, "select bundle documents", err);
    sqlite3_bind_text(q, 1, bid, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 2, PA_BUNDLE_MAX_DOCS);
    pa_archive_doc *docs = NULL;
    size_t n = 0, cap = 0;
    pa_code rc = PA_OK;
    char *release = NULL;
    while (sqlite3_step(q) == SQLITE_ROW) {
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            pa_archive_doc *nd = realloc(docs, ncap * sizeof *nd);
            if (!nd) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                break;
            }
            docs = nd;
            cap = ncap;
        }
        pa_archive_doc *d = &docs[n++];
        memset(d, 0, sizeof *d);
        d->doc_id = column_dup(q, 0);
        d->url = column_dup(q, 1);
        d->final_url = column_dup(q, 2);
        d->lang = column_dup(q, 3);
        d->title = column_dup(q, 4);
        d->published = column_dup(q, 5);
        d->fetched = column_dup(q, 6);
        d->sha256 = column_dup(q, 7);
        d->text_sha256 = column_dup(q, 8);
        d->warc_file = column_dup(q, 9);
        d->warc_offset = (uint64_t)sqlite3_column_int64(q, 10);
        d->signals = column_dup(q, 11);
        d->meta_json = column_dup(q, 12);
        d->text = column_dup(q, 13);
        if (!d->doc_id || !d->text) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        /* The release date of a bundle: the earliest publication date. */
        if (d->published && (!release || strcmp(d->published, release) < 0)) {
            free(release);
            release = strdup(d->published);
        }
    }
    sqlite3_finalize(q);
    if (!rc) {
        if (n == 0)
            rc = pa_archive_batch_remove(batch, bid, err);
        else
            rc = pa_archive_batch_add(batch, bid, release, docs, n, err);
    }
    for (size_t i = 0; i < n; i++) {
        pa_archive_doc *d = &docs[i];
        free((char *)d->doc_id); free((char *)d->url); free((char *)d->final_url);
        free((char *)d->lang); free((char *)d->title); free((char *)d->published);
        free((char *)d->fetched); free((char *)d->sha256); free((char *)d->text_sha256);
        free((char *)d->warc_file); free((char *)d->signals); free((char *)d->meta_json);
        free((char *)d->text);
    }
    free(docs);
    free(release);
    return rc;
}

pa_code pa_bundler_flush(pa_bundler *b, pa_err *err)
{
    pa_code rc = PA_OK;
    if (!b->n_dirty)
        return PA_OK;
    pa_archive_batch *batch = pa_archive_batch_new(b->dir);
    if (!batch)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    size_t i = 0;
    for (; i < b->n_dirty; i++) {
        if ((rc = flush_one(b, batch, b->dirty[i], err)))
            break;
    }
    if (!rc)
        rc = pa_archive_batch_commit(batch, err);
    pa_archive_batch_free(batch);
    /* After an error nothing was renamed: keep every bundle dirty. */
    size_t done = rc ? 0 : i;
    for (size_t k = 0; k < done; k++)
        free(b->dirty[k]);
    if (done && b->n_dirty > done)
        memmove(b->dirty, b->dirty + done, (b->n_dirty - done) * sizeof *b->dirty);
    b->n_dirty -= done;
    return rc;
}
