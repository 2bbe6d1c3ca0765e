/* bundle.h — grouping documents into bundles and keeping the bundle tars in
 * step with state.db.  Signals (README, "Grouping"): exact text,
 * near-duplicate text (minhash.h: documents.minhash, band keys are
 * doc_anchors rows whose anchor starts with "m"), shared numbers and names
 * (documents.anchors, numbers indexed in doc_anchors), hreflang alternates
 * (doc_links; also a sitemap's url_links) and language-sibling URLs
 * (urlkey.h; their keys are doc_anchors rows whose anchor starts with "u"),
 * and, for texts with few numbers, the same names on the same site (names
 * keys: doc_anchors rows whose anchor starts with "s").
 * Each is a decision about one pair of documents taken from the two
 * documents alone; bundles are the connected components, and a bundle's id is
 * the smallest document-level id in it, so the same documents give the same
 * bundles whatever the fetch order.
 *
 * A bundler caches anchor frequencies and the compared columns of the
 * documents it has seen: while it lives, nothing else may write
 * documents.anchors/bundle/signals or doc_anchors (rebundle clears them
 * before its first document, which is fine). */
#ifndef PRESSARC_BUNDLE_H
#define PRESSARC_BUNDLE_H

#include <stddef.h>
#include "pressarc/error.h"
#include "pressarc/fingerprint.h"
#include "pressarc/minhash.h"
#include "pressarc/store.h"

typedef struct pa_bundler pa_bundler;

/* pa_bundler_new — a bundler writing tars under STORE/bundles. */
pa_code pa_bundler_new(pa_store *st, pa_bundler **out, pa_err *err);

/* pa_text_fingerprint — hex SHA-256 (65 bytes) of `text` after Unicode
 * normalisation (NFKC, case folding) and whitespace collapsing: equal for
 * texts that differ only in case, spacing or compatibility forms. */
void pa_text_fingerprint(const char *text, char out[65]);

/* pa_bundler_assign — choose the bundle of document `doc_id` (already in
 * the documents table with its text_sha256), store it in documents.bundle
 * and documents.signals, and mark the old and new bundles dirty.  Must run
 * inside the caller's transaction. */
pa_code pa_bundler_assign(pa_bundler *b, const char *doc_id, pa_err *err);

/* pa_bundler_assign_fp — the same with the document's fingerprint computed
 * already (e.g. on another thread); `fp` may be NULL. */
pa_code pa_bundler_assign_fp(pa_bundler *b, const char *doc_id, const pa_fingerprint *fp, pa_err *err);

/* pa_bundler_assign_pre — the same with both the fingerprint and the MinHash
 * signature computed already (pa_fingerprint_text and pa_minhash_text of the
 * document's text, e.g. on another thread): `mh` is the signature, or NULL
 * when pa_minhash_text found none; the text is then not read.  `fp` NULL:
 * pa_bundler_assign. */
pa_code pa_bundler_assign_pre(pa_bundler *b, const char *doc_id, const pa_fingerprint *fp, const pa_minhash *mh,
                              pa_err *err);

/* pa_bundler_mark_dirty — a bundle whose tar must be rewritten. */
pa_code pa_bundler_mark_dirty(pa_bundler *b, const char *bundle_id, pa_err *err);

/* pa_bundler_flush — write the signals lists of earlier documents that
 * later ones matched (kept in memory until now), then rewrite the tar of
 * every dirty bundle from state.db
 * (removing tars of bundles left empty); many bundles are written by two
 * threads while this one reads state.db.  Call before committing the
 * transaction that changed them: a crash then leaves the old state, and the
 * next run rewrites the same tars.  After an error the bundles stay dirty. */
pa_code pa_bundler_flush(pa_bundler *b, pa_err *err);

/* pa_bundler_limit_caches — bound the bundler's in-memory caches (the
 * document columns it compares, the number-anchor frequencies) to about
 * `bytes` in all (at least 1 MB is used); by default they may grow to some
 * 70 MB, which rebundling 100 000 documents wants.  A crawl, whose memory
 * must stay flat, sets a smaller budget: the caches then start again when
 * full and the bundler reads state.db instead.  Call before the first
 * document. */
void pa_bundler_limit_caches(pa_bundler *b, size_t bytes);

void pa_bundler_free(pa_bundler *b);

#endif
