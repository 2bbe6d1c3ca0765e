/* decode.c — HTTP content decoding (gzip, deflate, br) into a buffer that
 * never grows past the caller's cap: a decompression bomb is refused as
 * soon as it crosses the cap. */
#include "pressarc/decode.h"

#include <brotli/decode.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "pressarc/buf.h"

#define PA_DECODE_MAX_LAYERS 4 /* "gzip, gzip, gzip, gzip" at most */
#define CHUNK 65536

/* zlib: mode 16+MAX_WBITS gzip (members concatenated), MAX_WBITS zlib,
 * -MAX_WBITS raw deflate. */
static pa_code inflate_all(const char *in, size_t len, int wbits, pa_buf *out, pa_err *err)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, wbits) != Z_OK)
        return pa_err_set(err, PA_ERR_NOMEM, "zlib initialisation failed");
    unsigned char chunk[CHUNK];
    size_t pos = 0;
    pa_code rc = PA_OK;
    int ret = Z_OK;
    while (pos < len || ret != Z_STREAM_END) {
        size_t take = len - pos > (1u << 30) ? (1u << 30) : len - pos;
        z.next_in = (unsigned char *)(uintptr_t)(in + pos);
        z.avail_in = (uInt)take;
        z.next_out = chunk;
        z.avail_out = CHUNK;
        ret = inflate(&z, Z_NO_FLUSH);
        pos += take - z.avail_in;
        if (ret != Z_OK && ret != Z_STREAM_END && !(ret == Z_BUF_ERROR && z.avail_out == 0)) {
            rc = pa_err_set(err, PA_ERR_PARSE, "corrupt compressed data (%s)", z.msg ? z.msg : "zlib error");
            break;
        }
        size_t got = CHUNK - z.avail_out;
        if (got && pa_buf_append(out, chunk, got)) {
            rc = pa_err_set(err, PA_ERR_LIMIT, "decoded size exceeds %zu bytes", out->limit);
            break;
        }
        if (ret == Z_STREAM_END) {
            /* Another gzip member may follow (RFC 1952 allows several). */
            if (wbits > MAX_WBITS && pos < len && (unsigned char)in[pos] == 0x1f) {
                inflateReset(&z);
                ret = Z_OK;
                continue;
            }
            break;
        }
        if (got == 0 && z.avail_in == 0 && pos >= len) {
            rc = pa_err_set(err, PA_ERR_PARSE, "truncated compressed data");
            break;
        }
    }
    inflateEnd(&z);
    return rc;
}

static pa_code brotli_all(const char *in, size_t len, pa_buf *out, pa_err *err)
{
    BrotliDecoderState *s = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!s)
        return pa_err_set(err, PA_ERR_NOMEM, "brotli initialisation failed");
    const uint8_t *next_in = (const uint8_t *)in;
    size_t avail_in = len;
    uint8_t chunk[CHUNK];
    pa_code rc = PA_OK;
    for (;;) {
        uint8_t *next_out = chunk;
        size_t avail_out = CHUNK;
        BrotliDecoderResult r = BrotliDecoderDecompressStream(s, &avail_in, &next_in, &avail_out, &next_out, NULL);
        size_t got = CHUNK - avail_out;
        if (got && pa_buf_append(out, chunk, got)) {
            rc = pa_err_set(err, PA_ERR_LIMIT, "decoded size exceeds %zu bytes", out->limit);
            break;
        }
        if (r == BROTLI_DECODER_RESULT_SUCCESS)
            break;
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
            continue;
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            rc = pa_err_set(err, PA_ERR_PARSE, "truncated brotli data");
            break;
        }
        rc = pa_err_set(err, PA_ERR_PARSE, "corrupt brotli data (%s)",
                        BrotliDecoderErrorString(BrotliDecoderGetErrorCode(s)));
        break;
    }
    BrotliDecoderDestroyInstance(s);
    return rc;
}

static pa_code decode_one(const char *name, size_t nlen, const char *in, size_t len, size_t max_out,
                          pa_buf *out, pa_err *err)
{
    pa_buf_init(out, max_out ? max_out : 1);
    if ((nlen == 4 && strncasecmp(name, "gzip", 4) == 0) || (nlen == 6 && strncasecmp(name, "x-gzip", 6) == 0))
        return inflate_all(in, len, 16 + MAX_WBITS, out, err);
    if (nlen == 7 && strncasecmp(name, "deflate", 7) == 0) {
        /* "deflate" is meant zlib-wrapped, but servers send raw deflate too. */
        pa_code rc = inflate_all(in, len, MAX_WBITS, out, err);
        if (rc == PA_ERR_PARSE) {
            pa_buf_reset(out);
            rc = inflate_all(in, len, -MAX_WBITS, out, err);
        }
        return rc;
    }
    if (nlen == 2 && strncasecmp(name, "br", 2) == 0)
        return brotli_all(in, len, out, err);
    if (nlen == 8 && strncasecmp(name, "identity", 8) == 0) {
        if (pa_buf_append(out, in, len))
            return pa_err_set(err, PA_ERR_LIMIT, "size exceeds %zu bytes", max_out);
        return PA_OK;
    }
    return pa_err_set(err, PA_ERR_INVALID, "unknown Content-Encoding '%.*s'", (int)(nlen > 40 ? 40 : nlen), name);
}

pa_code pa_content_decode(const char *encoding, const char *in, size_t len, size_t max_out, char **out,
                          size_t *out_len, pa_err *err)
{
    *out = NULL;
    *out_len = 0;
    /* Split the list; decode right to left (the last applied comes first). */
    const char *names[PA_DECODE_MAX_LAYERS];
    size_t lens[PA_DECODE_MAX_LAYERS];
    int n = 0;
    const char *p = encoding ? encoding : "";
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *s = p;
        while (*p && *p != ',' && *p != ' ' && *p != '\t')
            p++;
        if (p > s) {
            if (n == PA_DECODE_MAX_LAYERS)
                return pa_err_set(err, PA_ERR_LIMIT, "more than %d content encodings", PA_DECODE_MAX_LAYERS);
            names[n] = s;
            lens[n++] = (size_t)(p - s);
        }
    }
    pa_buf cur;
    pa_buf_init(&cur, max_out ? max_out : 1);
    if (n == 0) {
        if (pa_buf_append(&cur, in, len)) {
            pa_buf_free(&cur);
            return pa_err_set(err, PA_ERR_LIMIT, "size exceeds %zu bytes", max_out);
        }
    } else {
        const char *src = in;
        size_t slen = len;
        for (int k = n - 1; k >= 0; k--) {
            pa_buf next;
            pa_code rc = decode_one(names[k], lens[k], src, slen, max_out, &next, err);
            pa_buf_free(&cur);
            if (rc) {
                pa_buf_free(&next);
                return rc;
            }
            cur = next;
            src = cur.data ? cur.data : "";
            slen = cur.len;
        }
    }
    *out_len = cur.len;
    *out = pa_buf_steal(&cur);
    return *out ? PA_OK : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
}
