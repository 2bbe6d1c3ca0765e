/* store.h — the crawl state in STORE/state.db (SQLite, WAL), plus the store
 * directory layout:
 *   STORE/state.db          this database
 *   STORE/warc/NAME.warc.gz    raw exchanges (see warc.h)
 *   STORE/bundles/<id>.tar  bundle archives (see archive.h)
 *   STORE/lock              advisory lock file of a running crawl/daemon
 *
 * Schema (version 1; migrations are numbered in the `meta` table):
 *   urls(id INTEGER PRIMARY KEY, url TEXT UNIQUE NOT NULL  -- normalised, or the raw line for invalid
 *        , input TEXT          -- the line as given (trimmed)
 *        , line INTEGER        -- line number in the last input that named it
 *        , status TEXT NOT NULL -- queued|fetched|failed|robots|invalid|too_large|not_html|duplicate
 *        , http_status INTEGER, error TEXT  -- human-readable reason for every non-fetched outcome
 *        , attempts INTEGER, bytes INTEGER, final_url TEXT, content_type TEXT
 *        , fetched_at TEXT     -- ISO 8601 UTC of the last attempt's end
 *        , sha256 TEXT         -- hex SHA-256 of the (decoded) payload
 *        , warc_file TEXT, warc_offset INTEGER
 *        , etag TEXT, last_modified TEXT, ip TEXT)
 *   documents(id INTEGER PRIMARY KEY, url_id INTEGER UNIQUE REFERENCES urls(id),
 *        doc_id TEXT UNIQUE, url TEXT, final_url TEXT, lang TEXT, title TEXT,
 *        published TEXT, fetched TEXT, sha256 TEXT, text_sha256 TEXT,
 *        warc_file TEXT, warc_offset INTEGER, meta_json TEXT, text TEXT,
 *        bundle TEXT, signals TEXT)
 *   bundles(id TEXT PRIMARY KEY, merged_into TEXT, created TEXT, updated TEXT)
 *   -- version 2: documents.anchors TEXT (the fingerprint, one anchor a line)
 *   doc_anchors(anchor TEXT, doc_id TEXT, PRIMARY KEY(anchor, doc_id))  -- number anchors, for candidates
 *   -- version 3: doc_links(href TEXT, doc_id TEXT, PRIMARY KEY(href, doc_id))  -- hreflang alternates
 *   -- version 4: documents.source TEXT (daemon source name; NULL for `fetch`: the registrable domain is used)
 *   runs(id INTEGER PRIMARY KEY, command TEXT, started TEXT, ended TEXT,
 *        settings TEXT, summary TEXT)  -- JSON objects; one row per fetch/daemon run
 *   -- version 5 (daemon frontier): urls gains source, kind (article|listing|sitemap|feed; NULL from
 *        `fetch`), depth (listing steps from a start URL), due_at (epoch s when to fetch next; NULL:
 *        never again), revisit_interval (s), last_fetch (epoch s, real with milliseconds), changes / unchanged (revisit
 *        outcomes), hint_date (date given by a sitemap or feed)
 *   url_links(url, hreflang, href)  -- hreflang alternates announced for a URL (sitemap xhtml:link)
 *   sources(name TEXT PRIMARY KEY, added, config, last_cycle, removed)  -- daemon sources
 *   -- version 6: urls gains hint_published (epoch s), hint_from (sitemap|feed), hint_lang: what a
 *        Google News sitemap or a feed entry said of an article (used when the page is silent)
 *   -- version 7: documents.minhash BLOB (MinHash signature of the text, minhash.h; NULL: too short);
 *        its LSH band keys are doc_anchors rows whose anchor starts with "m"
 *   hosts(host TEXT PRIMARY KEY, robots_status INTEGER, robots_fetched TEXT,
 *        crawl_delay REAL, sitemaps TEXT)
 *   meta(key TEXT PRIMARY KEY, value TEXT)   -- schema_version, created, ...
 */
#ifndef PRESSARC_STORE_H
#define PRESSARC_STORE_H

#include <sqlite3.h>
#include <stdint.h>
#include "pressarc/error.h"

#define PA_STORE_SCHEMA_VERSION 7

typedef struct pa_store pa_store;

/* pa_store_open — open (creating if missing) the store directory `dir`, its
 * warc/ and bundles/ subdirectories and state.db (WAL, foreign keys on),
 * migrating the schema to PA_STORE_SCHEMA_VERSION.  With `lock` set, an
 * exclusive advisory lock on STORE/lock is taken and held until close:
 * PA_ERR_STORE "store DIR is in use by another pressarc process" if another
 * process holds it.  A database from a newer pressarc is refused.  Errors
 * name the path. */
pa_code pa_store_open(const char *dir, int lock, pa_store **out, pa_err *err);

/* Every connection opened here has the SQL function pa_site(url): the
 * URL's registrable domain (pa_url_site), used for per-source figures. */

/* pa_store_open_existing — open a store that must exist already (its
 * state.db present), without the lock: for commands that read a store.
 * PA_ERR_NOTFOUND "no store at DIR" otherwise. */
pa_code pa_store_open_existing(const char *dir, pa_store **out, pa_err *err);

/* pa_store_close — close the database and release the lock.  NULL is fine. */
void pa_store_close(pa_store *st);

/* pa_store_db — the SQLite handle (owned by the store). */
sqlite3 *pa_store_db(pa_store *st);

/* pa_store_path — malloc'd "DIR/sub" (sub may be NULL: DIR itself). */
char *pa_store_path(const pa_store *st, const char *sub);

/* pa_store_exec — run SQL without results; PA_ERR_STORE with sqlite's message. */
pa_code pa_store_exec(pa_store *st, const char *sql, pa_err *err);

/* pa_store_begin / pa_store_commit — an immediate write transaction. */
pa_code pa_store_begin(pa_store *st, pa_err *err);
pa_code pa_store_commit(pa_store *st, pa_err *err);

/* pa_store_err — fill err with PA_ERR_STORE, `what` and sqlite's last message. */
pa_code pa_store_err(pa_store *st, const char *what, pa_err *err);

/* pa_store_run_begin — record the start of a run of `command` with its
 * settings (a JSON object text, may be NULL) in `runs`; *run_id receives
 * its id.  Runs outside any transaction (autocommit). */
pa_code pa_store_run_begin(pa_store *st, const char *command, const char *settings_json, int64_t *run_id,
                           pa_err *err);

/* pa_store_run_end — record the end time and summary (JSON text or NULL) of
 * run `run_id`. */
pa_code pa_store_run_end(pa_store *st, int64_t run_id, const char *summary_json, pa_err *err);

#endif
