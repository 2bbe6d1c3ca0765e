/* bundle.c — exact-duplicate grouping of documents into bundles, and
 * rewriting the bundle tars (archive.c) from state.db when they change. */
#include "pressarc/bundle.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "pressarc/archive.h"
#include "pressarc/hash.h"

#define PA_BUNDLE_MAX_DOCS 10000 /* documents written into one tar */

struct pa_bundler {
    pa_store *st;
    char *dir;
    char **dirty;
    size_t n_dirty, cap_dirty;
};

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

pa_code pa_bundler_assign(pa_bundler *b, const char *doc_id, pa_err *err)
{
    sqlite3 *db = pa_store_db(b->st);
    sqlite3_stmt *q = NULL;
    pa_code rc = PA_OK;
    char *old = NULL, *fp = NULL;
    if (sqlite3_prepare_v2(db, "SELECT bundle, text_sha256 FROM documents WHERE doc_id=?", -1, &q, NULL))
        return pa_store_err(b->st, "select document", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_ROW) {
        sqlite3_finalize(q);
        return pa_err_set(err, PA_ERR_NOTFOUND, "document %s not in the store", doc_id);
    }
    old = column_dup(q, 0);
    fp = column_dup(q, 1);
    sqlite3_finalize(q);
    if (!fp) {
        rc = pa_err_set(err, PA_ERR_INVALID, "document %s has no text fingerprint", doc_id);
        goto done;
    }
    /* Exact duplicates share the fingerprint, hence the bundle id. */
    char bid[24];
    snprintf(bid, sizeof bid, "b%.16s", fp);
    if (sqlite3_prepare_v2(db, "UPDATE documents SET bundle=?, signals=? WHERE doc_id=?", -1, &q, NULL)) {
        rc = pa_store_err(b->st, "update document bundle", err);
        goto done;
    }
    sqlite3_bind_text(q, 1, bid, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, "[\"exact-text\"]", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, doc_id, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = pa_store_err(b->st, "update document bundle", err);
    sqlite3_finalize(q);
    if (rc)
        goto done;
    if (sqlite3_prepare_v2(db, "INSERT INTO bundles(id, created, updated) VALUES(?, datetime('now'), datetime('now'))"
                               " ON CONFLICT(id) DO UPDATE SET updated=excluded.updated", -1, &q, NULL)) {
        rc = pa_store_err(b->st, "insert bundle", err);
        goto done;
    }
    sqlite3_bind_text(q, 1, bid, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE)
        rc = pa_store_err(b->st, "insert bundle", err);
    sqlite3_finalize(q);
    if (rc)
        goto done;
    if ((rc = pa_bundler_mark_dirty(b, bid, err)))
        goto done;
    if (old && strcmp(old, bid) != 0)
        rc = pa_bundler_mark_dirty(b, old, err);
done:
    free(old);
    free(fp);
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
