/* error.h — the one error type of pressarc: a code plus a message that names
 * the culprit (file, line, URL, key).  Every fallible function takes a
 * `pa_err *err` (which may be NULL) and returns a pa_code; PA_OK is 0. */
#ifndef PRESSARC_ERROR_H
#define PRESSARC_ERROR_H

#include <stddef.h>

typedef enum {
    PA_OK = 0,
    PA_ERR_NOMEM,    /* allocation failed */
    PA_ERR_IO,       /* read/write/open of a local file failed */
    PA_ERR_PARSE,    /* input bytes are malformed */
    PA_ERR_INVALID,  /* an argument or input value is not acceptable */
    PA_ERR_LIMIT,    /* a configured bound (size, count, depth) was hit */
    PA_ERR_STORE,    /* the SQLite store failed or is corrupt */
    PA_ERR_NET,      /* a transfer failed */
    PA_ERR_USAGE,    /* bad command line */
    PA_ERR_CORRUPT,  /* on-disk data (WARC, tar) is damaged */
    PA_ERR_NOTFOUND, /* the thing asked for does not exist */
} pa_code;

#define PA_ERR_MSG_MAX 512

typedef struct {
    pa_code code;
    char msg[PA_ERR_MSG_MAX];
} pa_err;

/* pa_err_set — record `code` and a printf-formatted message in `err` (if not
 * NULL; the message is truncated to fit).  Returns `code` so callers can write
 * `return pa_err_set(err, PA_ERR_IO, "open %s: %s", path, strerror(errno));` */
pa_code pa_err_set(pa_err *err, pa_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* pa_err_clear — reset `err` (if not NULL) to PA_OK with an empty message. */
void pa_err_clear(pa_err *err);

/* pa_code_name — a static lowercase name for `code` ("io", "parse", ...). */
const char *pa_code_name(pa_code code);

#endif
