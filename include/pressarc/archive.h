/* archive.h — bundle tar archives: STORE/bundles/<bundle-id>.tar (pax format,
 * UTF-8 names, written with libarchive) holding manifest.json, and per
 * document <lang>/<doc>.txt (text) and <lang>/<doc>.json (metadata).
 * Every write is atomic: temporary file, fsync, rename, directory fsync. */
#ifndef PRESSARC_ARCHIVE_H
#define PRESSARC_ARCHIVE_H

#include <stddef.h>
#include <stdint.h>
#include "pressarc/error.h"

typedef struct {
    const char *doc_id;      /* stable document id, e.g. "d000123"; names the files */
    const char *url;         /* requested URL */
    const char *final_url;   /* after redirects */
    const char *lang;        /* BCP 47 or NULL ("und" directory) */
    const char *title;       /* may be NULL */
    const char *published;   /* ISO date or NULL */
    const char *fetched;     /* ISO 8601 UTC fetch time */
    const char *sha256;      /* hex SHA-256 of the raw response payload */
    const char *text_sha256; /* hex SHA-256 of the extracted text */
    const char *warc_file;   /* WARC file name, or NULL */
    uint64_t warc_offset;
    const char *signals;     /* JSON array text of the grouping signals, e.g. ["exact"], or NULL */
    const char *meta_json;   /* extra metadata JSON object text (author, canonical, alternates...), or NULL */
    const char *text;        /* extracted text (UTF-8) */
} pa_archive_doc;

/* pa_archive_write_bundle — (re)write `bundles_dir`/`bundle_id`.tar atomically
 * with a manifest.json:
 *   {"bundle":id, "release_date":…|null, "languages":[…sorted…],
 *    "documents":[{"id","url","final_url","lang","title","published",
 *                  "fetched","sha256","text_sha256","warc_file","warc_offset",
 *                  "text_path","meta_path","signals"}…]}
 * and the text/metadata members.  `bundle_id` must match [A-Za-z0-9_-]{1,64}
 * (PA_ERR_INVALID otherwise); doc ids likewise; lang is sanitised to
 * [A-Za-z0-9-] (else "und").  Documents are written in the order given. */
pa_code pa_archive_write_bundle(const char *bundles_dir, const char *bundle_id,
                                const char *release_date,
                                const pa_archive_doc *docs, size_t n_docs, pa_err *err);

/* pa_archive_read_member — read member `name` of tar `path` into a malloc'd
 * NUL-terminated buffer (*out, *out_len).  At most `max_bytes` (0 = 64 MiB).
 * PA_ERR_NOTFOUND if absent, PA_ERR_CORRUPT if the tar is unreadable. */
pa_code pa_archive_read_member(const char *path, const char *name, size_t max_bytes,
                               char **out, size_t *out_len, pa_err *err);

/* pa_archive_remove_bundle — delete a bundle tar (after a merge), fsyncing
 * the directory.  Missing file is not an error. */
pa_code pa_archive_remove_bundle(const char *bundles_dir, const char *bundle_id, pa_err *err);

/* A batch: tars written to temporary files now, made durable together by
 * pa_archive_batch_commit (one syncfs, then the renames and unlinks, then
 * one directory fsync) — the same atomicity as pa_archive_write_bundle for
 * each tar, at the cost of one sync per batch instead of two per tar.
 * Until the commit, readers see the old tars. */
typedef struct pa_archive_batch pa_archive_batch;

pa_archive_batch *pa_archive_batch_new(const char *bundles_dir);

/* pa_archive_batch_add — write the tar of a bundle into a temporary file
 * (same arguments and checks as pa_archive_write_bundle). */
pa_code pa_archive_batch_add(pa_archive_batch *b, const char *bundle_id, const char *release_date,
                             const pa_archive_doc *docs, size_t n_docs, pa_err *err);

/* pa_archive_batch_remove — schedule the removal of a bundle's tar. */
pa_code pa_archive_batch_remove(pa_archive_batch *b, const char *bundle_id, pa_err *err);

/* pa_archive_batch_commit — make everything added durable and visible; the
 * batch is empty afterwards (also after an error, when temporary files are
 * removed and the old tars stay). */
pa_code pa_archive_batch_commit(pa_archive_batch *b, pa_err *err);

/* pa_archive_batch_free — drop uncommitted temporary files and free. */
void pa_archive_batch_free(pa_archive_batch *b);

/* Fault injection for tests: when > 0, pa_archive_write_bundle fails with
 * PA_ERR_IO when it is about to write member number N (1 = manifest). */
extern int pa_archive_fail_at_member;

#endif
