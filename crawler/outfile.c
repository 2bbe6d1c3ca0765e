/* outfile.c — atomic, optionally compressed (gzip via zlib, zstd via
 * libzstd) output files for `pressarc export`.  Writes are buffered here
 * and compressed in 64 KiB steps, so memory stays flat whatever the size. */
#include "pressarc/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

enum { OUT_PLAIN, OUT_GZIP, OUT_ZSTD };
#define OUT_CHUNK (64 * 1024)

struct pa_outfile {
    int kind;
    int fd;            /* destination (1 for stdout) */
    char *path;        /* final name, NULL for stdout */
    char *tmp;         /* temporary name */
    z_stream z;
    ZSTD_CCtx *zc;
    unsigned char in[OUT_CHUNK];
    size_t in_len;
    unsigned char outbuf[OUT_CHUNK];
    unsigned long long bytes;
};

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

static pa_code write_all(pa_outfile *o, const void *p, size_t n, pa_err *err)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(o->fd, c, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return pa_err_set(err, PA_ERR_IO, "write %s: %s", o->path ? o->path : "standard output",
                              strerror(errno));
        c += w;
        n -= (size_t)w;
    }
    return PA_OK;
}

/* Compress (or copy) the pending input; `finish` ends the stream. */
static pa_code drain(pa_outfile *o, int finish, pa_err *err)
{
    if (o->kind == OUT_PLAIN) {
        pa_code rc = write_all(o, o->in, o->in_len, err);
        o->in_len = 0;
        return rc;
    }
    if (o->kind == OUT_GZIP) {
        o->z.next_in = o->in;
        o->z.avail_in = (uInt)o->in_len;
        int zr;
        do {
            o->z.next_out = o->outbuf;
            o->z.avail_out = sizeof o->outbuf;
            zr = deflate(&o->z, finish ? Z_FINISH : Z_NO_FLUSH);
            if (zr == Z_STREAM_ERROR)
                return pa_err_set(err, PA_ERR_IO, "%s: gzip compression failed", o->path);
            size_t have = sizeof o->outbuf - o->z.avail_out;
            if (have && write_all(o, o->outbuf, have, err))
                return PA_ERR_IO;
        } while (o->z.avail_out == 0 || (finish && zr != Z_STREAM_END));
        o->in_len = 0;
        return PA_OK;
    }
    ZSTD_inBuffer in = {o->in, o->in_len, 0};
    for (;;) {
        ZSTD_outBuffer out = {o->outbuf, sizeof o->outbuf, 0};
        size_t left = ZSTD_compressStream2(o->zc, &out, &in, finish ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(left))
            return pa_err_set(err, PA_ERR_IO, "%s: zstd compression failed: %s", o->path, ZSTD_getErrorName(left));
        if (out.pos && write_all(o, o->outbuf, out.pos, err))
            return PA_ERR_IO;
        if (finish ? left == 0 : in.pos == in.size)
            break;
    }
    o->in_len = 0;
    return PA_OK;
}

pa_code pa_outfile_open(const char *path, pa_outfile **out, pa_err *err)
{
    *out = NULL;
    pa_outfile *o = calloc(1, sizeof *o);
    if (!o)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    o->fd = 1;
    if (!path || strcmp(path, "-") == 0) {
        *out = o;
        return PA_OK;
    }
    size_t n = strlen(path) + 32;
    o->path = strdup(path);
    o->tmp = malloc(n);
    if (!o->path || !o->tmp) {
        pa_outfile_abort(o);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
    if (ends_with(path, ".gz")) {
        o->kind = OUT_GZIP;
        if (deflateInit2(&o->z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            free(o->path);
            free(o->tmp);
            free(o);
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory (zlib)");
        }
    } else if (ends_with(path, ".zst")) {
        o->kind = OUT_ZSTD;
        if (!(o->zc = ZSTD_createCCtx())) {
            pa_outfile_abort(o);
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory (zstd)");
        }
        ZSTD_CCtx_setParameter(o->zc, ZSTD_c_compressionLevel, 3);
        ZSTD_CCtx_setParameter(o->zc, ZSTD_c_checksumFlag, 1);
    }
    o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (o->fd < 0) {
        pa_err_set(err, PA_ERR_IO, "cannot create %s: %s", o->tmp, strerror(errno));
        o->fd = -1;
        pa_outfile_abort(o);
        return PA_ERR_IO;
    }
    *out = o;
    return PA_OK;
}

pa_code pa_outfile_write(pa_outfile *o, const void *p, size_t n, pa_err *err)
{
    const unsigned char *c = p;
    o->bytes += n;
    while (n) {
        size_t room = sizeof o->in - o->in_len, k = n < room ? n : room;
        memcpy(o->in + o->in_len, c, k);
        o->in_len += k;
        c += k;
        n -= k;
        if (o->in_len == sizeof o->in && drain(o, 0, err))
            return PA_ERR_IO;
    }
    return PA_OK;
}

pa_code pa_outfile_puts(pa_outfile *o, const char *s, pa_err *err)
{
    return pa_outfile_write(o, s, strlen(s), err);
}

unsigned long long pa_outfile_bytes(const pa_outfile *o)
{
    return o->bytes;
}

static void release(pa_outfile *o)
{
    if (o->kind == OUT_GZIP)
        deflateEnd(&o->z);
    ZSTD_freeCCtx(o->zc);
    free(o->path);
    free(o->tmp);
    free(o);
}

pa_code pa_outfile_commit(pa_outfile *o, pa_err *err)
{
    pa_code rc = drain(o, 1, err);
    if (!o->path) {
        release(o);
        return rc;
    }
    if (!rc && fsync(o->fd) != 0)
        rc = pa_err_set(err, PA_ERR_IO, "fsync %s: %s", o->tmp, strerror(errno));
    if (close(o->fd) != 0 && !rc)
        rc = pa_err_set(err, PA_ERR_IO, "close %s: %s", o->tmp, strerror(errno));
    o->fd = -1;
    if (!rc && rename(o->tmp, o->path) != 0)
        rc = pa_err_set(err, PA_ERR_IO, "rename %s to %s: %s", o->tmp, o->path, strerror(errno));
    if (rc) {
        unlink(o->tmp);
    } else {
        char *d = strdup(o->path);
        int dfd = d ? open(dirname(d), O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
        free(d);
    }
    release(o);
    return rc;
}

void pa_outfile_abort(pa_outfile *o)
{
    if (!o)
        return;
    if (o->path && o->fd >= 0) {
        close(o->fd);
        unlink(o->tmp);
    }
    release(o);
}

pa_code pa_outfile_save(const char *path, const void *data, size_t len, pa_err *err)
{
    if (!data)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    pa_outfile *o = NULL;
    pa_code rc = pa_outfile_open(path, &o, err);
    if (rc)
        return rc;
    if ((rc = pa_outfile_write(o, data, len, err))) {
        pa_outfile_abort(o);
        return rc;
    }
    return pa_outfile_commit(o, err);
}
