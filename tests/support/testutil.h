/* testutil.h — helpers shared by the tests: temporary directories, running
 * a crawl from a URL list held in memory, and reading state.db. */
#ifndef PA_TESTUTIL_H
#define PA_TESTUTIL_H

#include <stddef.h>
#include "pressarc/fetch.h"

/* tu_tmpdir — a new empty directory under /tmp (malloc'd path). */
char *tu_tmpdir(const char *tag);

/* tu_rm_rf — remove a directory tree. */
void tu_rm_rf(const char *dir);

/* tu_opts — defaults for tests: store `store`, quiet, delay 0, short
 * timeouts, backoff 0.05 s, and HOST:port:127.0.0.1 for every host name
 * in `hosts` (NULL-terminated). */
void tu_opts(pa_fetch_opts *o, const char *store, int port, const char *const *hosts);

/* tu_fetch — run pa_fetch_run on `urls` (the text of a URL file). */
int tu_fetch(const pa_fetch_opts *o, const char *urls, pa_fetch_summary *sum);

/* tu_status — urls.status of `url` in the store (malloc'd), or NULL. */
char *tu_status(const char *store, const char *url);

/* tu_column — any text column of urls for `url` (malloc'd), or NULL. */
char *tu_column(const char *store, const char *url, const char *column);

/* tu_count — the integer result of a SQL query on state.db, -1 on error. */
long tu_count(const char *store, const char *sql);

/* tu_read_file — a whole file, malloc'd and NUL-terminated (NULL if it
 * cannot be read); its length in *len when len is not NULL. */
char *tu_read_file(const char *path, size_t *len);

#endif
