/* outfile.h — an output stream for exported corpora: standard output or a
 * file written atomically (temporary name, fsync, rename), compressed with
 * gzip when the name ends in ".gz" and with zstd when it ends in ".zst". */
#ifndef PRESSARC_OUTFILE_H
#define PRESSARC_OUTFILE_H

#include <stddef.h>
#include "pressarc/error.h"

typedef struct pa_outfile pa_outfile;

/* pa_outfile_open — open `path` for writing ("-" or NULL: standard output,
 * uncompressed).  The data goes to "<path>.tmp.<pid>" until
 * pa_outfile_commit renames it over `path`, so a failed or interrupted
 * export never leaves a truncated file under the final name. */
pa_code pa_outfile_open(const char *path, pa_outfile **out, pa_err *err);

/* pa_outfile_write — append `n` bytes (compressing as configured). */
pa_code pa_outfile_write(pa_outfile *o, const void *p, size_t n, pa_err *err);

/* pa_outfile_puts — append a NUL-terminated string. */
pa_code pa_outfile_puts(pa_outfile *o, const char *s, pa_err *err);

/* pa_outfile_commit — finish the compressed stream, flush, fsync, rename
 * into place (and fsync the directory); frees `o`. */
pa_code pa_outfile_commit(pa_outfile *o, pa_err *err);

/* pa_outfile_abort — drop the temporary file; frees `o`.  NULL is fine. */
void pa_outfile_abort(pa_outfile *o);

/* pa_outfile_save — write data[0..len) to `path` as open, write and commit
 * do (atomically; "-" or NULL: standard output), aborting on a failed
 * write.  data NULL (a buffer whose growth failed): PA_ERR_NOMEM, nothing
 * written. */
pa_code pa_outfile_save(const char *path, const void *data, size_t len, pa_err *err);

/* pa_outfile_bytes — uncompressed bytes written so far. */
unsigned long long pa_outfile_bytes(const pa_outfile *o);

#endif
