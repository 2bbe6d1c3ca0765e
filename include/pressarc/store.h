/* store.h — the crawl state in STORE/state.db (SQLite, WAL), plus the store
 * directory layout:
 *   STORE/state.db          this database
 *   STORE/warc/*.warc.gz    raw exchanges (see warc.h)
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
 *   hosts(host TEXT PRIMARY KEY, robots_status INTEGER, robots_fetched TEXT,
 *        crawl_delay REAL, sitemaps TEXT)
 *   meta(key TEXT PRIMARY KEY, value TEXT)   -- schema_version, created, ...
 */
#ifndef PRESSARC_STORE_H
#define PRESSARC_STORE_H
#endif
