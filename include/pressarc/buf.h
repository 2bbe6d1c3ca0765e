/* buf.h — a growable byte buffer with a hard capacity bound, used wherever
 * untrusted input is accumulated (HTTP bodies, text output, JSON). */
#ifndef PRESSARC_BUF_H
#define PRESSARC_BUF_H

#include <stddef.h>
#include "pressarc/error.h"

typedef struct {
    char *data;     /* always NUL-terminated when non-NULL; owned */
    size_t len;     /* bytes used, excluding the terminating NUL */
    size_t cap;     /* bytes allocated */
    size_t limit;   /* maximum len; 0 means PA_BUF_DEFAULT_LIMIT */
} pa_buf;

#define PA_BUF_DEFAULT_LIMIT ((size_t)1 << 30)

/* pa_buf_init — an empty buffer that may grow to `limit` bytes (0: default). */
void pa_buf_init(pa_buf *b, size_t limit);

/* pa_buf_append — append n bytes.  Returns PA_ERR_LIMIT (buffer unchanged) if
 * the limit would be exceeded, PA_ERR_NOMEM on allocation failure. */
pa_code pa_buf_append(pa_buf *b, const void *p, size_t n);

/* pa_buf_reserve — room for n more bytes past len (and the NUL after
 * them), len unchanged and the data NUL-terminated: the caller may write b->data[len .. len + n) and
 * then add what it wrote to len (and put the NUL back after it).  Returns
 * PA_ERR_LIMIT (buffer unchanged) if len + n would pass the limit,
 * PA_ERR_NOMEM on allocation failure. */
pa_code pa_buf_reserve(pa_buf *b, size_t n);

/* pa_buf_puts — append a NUL-terminated string. */
pa_code pa_buf_puts(pa_buf *b, const char *s);

/* pa_buf_putc — append one byte. */
pa_code pa_buf_putc(pa_buf *b, char c);

/* pa_buf_printf — append printf-formatted text. */
pa_code pa_buf_printf(pa_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* pa_buf_steal — hand the data to the caller (who must free() it; never NULL
 * on success, "" for an empty buffer) and reset the buffer to empty. */
char *pa_buf_steal(pa_buf *b);

/* pa_buf_reset — drop contents, keep the allocation. */
void pa_buf_reset(pa_buf *b);

/* pa_buf_free — release the storage; the buffer is empty afterwards. */
void pa_buf_free(pa_buf *b);

#endif
