/* warc.c — WARC/1.1 files: a writer (one gzip member per record, rotation
 * by size, torn-tail recovery on open) and a reader (sequential and by
 * offset).  Every size read from a file is bounded. */
#include "pressarc/warc.h"

#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "pressarc/buf.h"
#include "pressarc/hash.h"

#define PA_WARC_MAX_HEADER (64 * 1024)          /* bytes of a record's WARC header */
#define PA_WARC_DEFAULT_MAX_BLOCK ((size_t)256 << 20)
#define PA_WARC_MAX_FILES 1000000              /* files scanned in a directory */
#define PA_WARC_LEVEL 3                         /* gzip level: fast, within ~10% of level 6 on HTML */
#define IN_CHUNK 65536

struct pa_warc_writer {
    char *dir;
    char name[128];
    FILE *f;
    uint64_t size;
    uint64_t rotate;
    unsigned seq;
    char warcinfo_id[64];
    char *software, *info;
    pa_warc_packer *packer;
};

struct pa_warc_packer {
    z_stream z;
    int ready;
};

pa_warc_packer *pa_warc_packer_new(void)
{
    pa_warc_packer *pk = calloc(1, sizeof *pk);
    if (!pk)
        return NULL;
    if (deflateInit2(&pk->z, PA_WARC_LEVEL, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        free(pk);
        return NULL;
    }
    pk->ready = 1;
    return pk;
}

void pa_warc_packer_free(pa_warc_packer *pk)
{
    if (!pk)
        return;
    if (pk->ready)
        deflateEnd(&pk->z);
    free(pk);
}

void pa_warc_packed_free(pa_warc_packed *pk)
{
    if (!pk)
        return;
    free(pk->data);
    memset(pk, 0, sizeof *pk);
}

/* ---- helpers ---- */

static void make_uuid(char out[64])
{
    unsigned char b[16];
    if (getrandom(b, sizeof b, 0) != (ssize_t)sizeof b) {
        for (size_t i = 0; i < sizeof b; i++)
            b[i] = (unsigned char)rand();
    }
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
    snprintf(out, 64, "<urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x>", b[0], b[1],
             b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

static void warc_date(time_t t, char out[32])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void sha1_b32(const void *a, size_t alen, const void *b, size_t blen, char out[48])
{
    unsigned char md[32];
    pa_hash *h = pa_hash_new(PA_HASH_SHA1);
    if (!h) {
        out[0] = '\0';
        return;
    }
    pa_hash_update(h, a, alen);
    pa_hash_update(h, b, blen);
    pa_hash_final_raw(h, md);
    pa_hash_free(h);
    memcpy(out, "sha1:", 5);
    pa_base32_encode(md, 20, out + 5);
}

/* Reject characters that would break a header line (CR, LF, controls). */
static int header_safe(const char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return 0;
    return 1;
}

/* Compress `parts` as one gzip member appended to `out`. */
static pa_code compress_member(pa_warc_packer *pk, const void *const *parts, const size_t *lens, int nparts,
                               pa_buf *out, pa_err *err)
{
    if (deflateReset(&pk->z) != Z_OK)
        return pa_err_set(err, PA_ERR_INVALID, "deflate reset failed");
    unsigned char chunk[65536];
    for (int i = 0; i < nparts; i++) {
        size_t left = lens[i];
        int last = i == nparts - 1;
        do {
            uInt take = left > (1u << 30) ? (1u << 30) : (uInt)left;
            pk->z.next_in = (unsigned char *)(uintptr_t)((const char *)parts[i] + (lens[i] - left));
            pk->z.avail_in = take;
            int flush = (last && take == left) ? Z_FINISH : Z_NO_FLUSH;
            int ret;
            do {
                pk->z.next_out = chunk;
                pk->z.avail_out = sizeof chunk;
                ret = deflate(&pk->z, flush);
                size_t got = sizeof chunk - pk->z.avail_out;
                if (got && pa_buf_append(out, chunk, got))
                    return pa_err_set(err, PA_ERR_LIMIT, "WARC record too large");
            } while (pk->z.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
            left -= take - pk->z.avail_in;
        } while (left > 0);
    }
    return PA_OK;
}

/* One record (header fields already formatted, block in two pieces) as a
 * gzip member appended to `out`. */
static pa_code pack_record(pa_warc_packer *pk, const char *fields, const void *b1, size_t l1, const void *b2,
                           size_t l2, pa_buf *out, pa_err *err)
{
    char head[PA_WARC_MAX_HEADER];
    int n = snprintf(head, sizeof head, "WARC/1.1\r\n%sContent-Length: %zu\r\n\r\n", fields, l1 + l2);
    if (n < 0 || (size_t)n >= sizeof head)
        return pa_err_set(err, PA_ERR_LIMIT, "WARC header longer than %d bytes", PA_WARC_MAX_HEADER);
    const void *parts[4] = {head, b1 ? b1 : "", b2 ? b2 : "", "\r\n\r\n"};
    size_t lens[4] = {(size_t)n, l1, l2, 4};
    return compress_member(pk, parts, lens, 4, out, err);
}

/* Append bytes to the current file; loc (if not NULL) gets the offset and
 * `first_len` as the length of the first member. */
static pa_code append_bytes(pa_warc_writer *w, const char *data, size_t len, size_t first_len, pa_warc_loc *loc,
                            pa_err *err)
{
    if (len && fwrite(data, 1, len, w->f) != len)
        return pa_err_set(err, PA_ERR_IO, "%s/%s: write failed: %s", w->dir, w->name, strerror(errno));
    if (loc) {
        snprintf(loc->file, sizeof loc->file, "%s", w->name);
        loc->offset = w->size;
        loc->length = first_len;
    }
    w->size += len;
    return PA_OK;
}

/* Write one record to the current file. */
static pa_code write_record(pa_warc_writer *w, const char *fields, const void *b1, size_t l1, const void *b2,
                            size_t l2, pa_warc_loc *loc, pa_err *err)
{
    pa_buf out;
    pa_buf_init(&out, 0);
    pa_code rc = pack_record(w->packer, fields, b1, l1, b2, l2, &out, err);
    if (!rc)
        rc = append_bytes(w, out.data, out.len, out.len, loc, err);
    pa_buf_free(&out);
    return rc;
}

static pa_code write_warcinfo(pa_warc_writer *w, pa_err *err)
{
    char date[32], fields[1024];
    warc_date(time(NULL), date);
    make_uuid(w->warcinfo_id);
    pa_buf body;
    pa_buf_init(&body, 1 << 20);
    pa_buf_printf(&body, "software: %s\r\nformat: WARC File Format 1.1\r\n"
                         "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n",
                  w->software ? w->software : "pressarc");
    if (w->info)
        pa_buf_puts(&body, w->info);
    snprintf(fields, sizeof fields,
             "WARC-Type: warcinfo\r\nWARC-Date: %s\r\nWARC-Filename: %s\r\nWARC-Record-ID: %s\r\n"
             "Content-Type: application/warc-fields\r\n",
             date, w->name, w->warcinfo_id);
    pa_code rc = write_record(w, fields, body.data, body.len, NULL, 0, NULL, err);
    pa_buf_free(&body);
    return rc;
}

static pa_code new_file(pa_warc_writer *w, pa_err *err)
{
    if (w->f) {
        if (fflush(w->f) != 0 || fsync(fileno(w->f)) != 0) {
            pa_err_set(err, PA_ERR_IO, "%s/%s: flush failed: %s", w->dir, w->name, strerror(errno));
            fclose(w->f);
            w->f = NULL;
            return PA_ERR_IO;
        }
        fclose(w->f);
        w->f = NULL;
    }
    char ts[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(ts, sizeof ts, "%Y%m%d%H%M%S", &tm);
    w->seq++;
    snprintf(w->name, sizeof w->name, "pressarc-%s-%05u.warc.gz", ts, w->seq);
    size_t plen = strlen(w->dir) + strlen(w->name) + 2;
    char *path = malloc(plen);
    if (!path)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    snprintf(path, plen, "%s/%s", w->dir, w->name);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 || !(w->f = fdopen(fd, "wb"))) {
        pa_err_set(err, PA_ERR_IO, "%s: cannot create: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        free(path);
        return PA_ERR_IO;
    }
    free(path);
    setvbuf(w->f, NULL, _IOFBF, 1 << 16);
    w->size = 0;
    return write_warcinfo(w, err);
}

/* Sequence number in "pressarc-YYYYMMDDhhmmss-NNNNN.warc.gz", or -1. */
static long name_seq(const char *name)
{
    size_t n = strlen(name);
    if (n < 20 || strncmp(name, "pressarc-", 9) != 0 || strcmp(name + n - 8, ".warc.gz") != 0)
        return -1;
    const char *dash = name + n - 8;
    const char *p = dash;
    while (p > name && p[-1] >= '0' && p[-1] <= '9')
        p--;
    if (p == dash || p[-1] != '-' || dash - p > 9)
        return -1;
    return strtol(p, NULL, 10);
}

/* Cut a torn tail: keep the file up to the end of its last complete record
 * (a file without one is removed). */
static pa_code recover(const char *path, uint64_t *cut, pa_err *err)
{
    *cut = 0;
    pa_warc_reader *r = NULL;
    pa_code rc = pa_warc_reader_open(path, 0, &r, err);
    if (rc)
        return rc;
    uint64_t good = 0;
    pa_warc_record rec;
    pa_err rerr;
    for (;;) {
        rc = pa_warc_reader_next(r, &rec, &rerr);
        if (rc == PA_OK) {
            good = rec.offset + rec.length;
            pa_warc_record_free(&rec);
            continue;
        }
        break;
    }
    pa_warc_reader_close(r);
    if (good == 0) {
        /* Not one complete record (a run killed before its first flush):
         * nothing in state.db points into the file, and an empty WARC file
         * is not a valid one — remove it; one with bytes that are not a
         * record is set aside as NAME.damaged (kept, but no longer a WARC
         * file of the store).  The sequence goes on after its number. */
        struct stat sb;
        if (stat(path, &sb) != 0)
            return pa_err_set(err, PA_ERR_IO, "%s: %s", path, strerror(errno));
        *cut = (uint64_t)sb.st_size;
        if (sb.st_size == 0) {
            if (unlink(path) != 0)
                return pa_err_set(err, PA_ERR_IO, "%s: cannot remove an empty file: %s", path, strerror(errno));
            fprintf(stderr, "pressarc: %s: removed (empty: a run stopped before writing to it)\n", path);
            return PA_OK;
        }
        size_t n = strlen(path) + 16;
        char *aside = malloc(n);
        if (!aside)
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        snprintf(aside, n, "%s.damaged", path);
        int ok = rename(path, aside) == 0;
        if (ok)
            fprintf(stderr, "pressarc: %s: no complete record in %llu bytes: set aside as %s\n", path,
                    (unsigned long long)*cut, aside);
        else
            pa_err_set(err, PA_ERR_IO, "%s: cannot set aside a file without a complete record: %s", path,
                       strerror(errno));
        free(aside);
        return ok ? PA_OK : PA_ERR_IO;
    }
    if (rc == PA_ERR_NOTFOUND)
        return PA_OK;
    struct stat sb;
    if (stat(path, &sb) != 0)
        return pa_err_set(err, PA_ERR_IO, "%s: %s", path, strerror(errno));
    if (truncate(path, (off_t)good) != 0)
        return pa_err_set(err, PA_ERR_IO, "%s: cannot cut torn record: %s", path, strerror(errno));
    *cut = (uint64_t)sb.st_size - good;
    fprintf(stderr, "pressarc: %s: cut %llu bytes of a torn last record (%s)\n", path,
            (unsigned long long)*cut, rerr.msg);
    return PA_OK;
}

pa_code pa_warc_open(const char *dir, uint64_t rotate_bytes, const char *software, const char *info,
                     pa_warc_writer **out, pa_err *err)
{
    *out = NULL;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return pa_err_set(err, PA_ERR_IO, "%s: cannot create: %s", dir, strerror(errno));
    pa_warc_writer *w = calloc(1, sizeof *w);
    if (!w)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    w->rotate = rotate_bytes ? rotate_bytes : PA_WARC_DEFAULT_ROTATE;
    w->dir = strdup(dir);
    w->software = software ? strdup(software) : NULL;
    w->info = info ? strdup(info) : NULL;
    w->packer = pa_warc_packer_new();
    pa_code rc = PA_OK;
    if (!w->dir || !w->packer || (software && !w->software) || (info && !w->info)) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto fail;
    }

    /* Continue the sequence; check the newest file for a torn tail. */
    DIR *d = opendir(dir);
    if (!d) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: %s", dir, strerror(errno));
        goto fail;
    }
    struct dirent *de;
    long best = -1;
    char newest[256] = "";
    size_t seen = 0;
    while ((de = readdir(d)) && seen++ < PA_WARC_MAX_FILES) {
        long s = name_seq(de->d_name);
        if (s > best && strlen(de->d_name) < sizeof newest) {
            best = s;
            snprintf(newest, sizeof newest, "%s", de->d_name);
        }
    }
    closedir(d);
    if (best >= 0) {
        w->seq = (unsigned)best;
        size_t plen = strlen(dir) + strlen(newest) + 2;
        char *path = malloc(plen);
        if (!path) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            goto fail;
        }
        snprintf(path, plen, "%s/%s", dir, newest);
        uint64_t cut = 0;
        rc = recover(path, &cut, err);
        free(path);
        if (rc)
            goto fail;
    }
    if ((rc = new_file(w, err)))
        goto fail;
    *out = w;
    return PA_OK;
fail:
    pa_warc_close(w);
    return rc;
}

pa_code pa_warc_sync(pa_warc_writer *w, pa_err *err)
{
    if (!w || !w->f)
        return PA_OK;
    if (fflush(w->f) != 0 || fdatasync(fileno(w->f)) != 0)
        return pa_err_set(err, PA_ERR_IO, "%s/%s: cannot flush: %s", w->dir, w->name, strerror(errno));
    return PA_OK;
}

static pa_code maybe_rotate(pa_warc_writer *w, pa_err *err)
{
    if (w->size >= w->rotate)
        return new_file(w, err);
    return PA_OK;
}

pa_code pa_warc_pack_exchange(pa_warc_packer *pk, const char *warcinfo_id, const char *target_uri, time_t fetched,
                              const char *ip, const char *request, size_t request_len, const char *response,
                              size_t response_len, size_t payload_offset, pa_warc_packed *out, pa_err *err)
{
    memset(out, 0, sizeof *out);
    if (!header_safe(target_uri) || (ip && !header_safe(ip)) || (warcinfo_id && !header_safe(warcinfo_id)))
        return pa_err_set(err, PA_ERR_INVALID, "WARC-Target-URI or IP holds control characters");
    if (payload_offset > response_len)
        payload_offset = response_len;
    char date[32], req_id[64], resp_id[64], block_digest[48], payload_digest[48], ipf[96] = "", infof[96] = "";
    warc_date(fetched, date);
    make_uuid(req_id);
    make_uuid(resp_id);
    if (ip && *ip)
        snprintf(ipf, sizeof ipf, "WARC-IP-Address: %s\r\n", ip);
    if (warcinfo_id)
        snprintf(infof, sizeof infof, "WARC-Warcinfo-ID: %s\r\n", warcinfo_id);
    const char *payload = response + payload_offset;
    size_t plen = response_len - payload_offset;
    sha1_b32(response, payload_offset, payload, plen, block_digest);
    sha1_b32(payload, plen, "", 0, payload_digest);
    pa_sha256_hex(payload, plen, out->sha256_hex);

    size_t fl = strlen(target_uri) + 1024;
    char *fields = malloc(fl);
    if (!fields)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    pa_buf b;
    pa_buf_init(&b, 0);
    snprintf(fields, fl,
             "WARC-Type: response\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\nWARC-Target-URI: %s\r\n%s%s"
             "WARC-Concurrent-To: %s\r\nWARC-Block-Digest: %s\r\n"
             "WARC-Payload-Digest: %s\r\nContent-Type: application/http; msgtype=response\r\n",
             resp_id, date, target_uri, ipf, infof, req_id, block_digest, payload_digest);
    pa_code rc = pack_record(pk, fields, response, payload_offset, payload, plen, &b, err);
    out->first_len = b.len;
    if (!rc) {
        char req_digest[48];
        sha1_b32(request, request_len, "", 0, req_digest);
        snprintf(fields, fl,
                 "WARC-Type: request\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\nWARC-Target-URI: %s\r\n%s%s"
                 "WARC-Concurrent-To: %s\r\nWARC-Block-Digest: %s\r\n"
                 "Content-Type: application/http; msgtype=request\r\n",
                 req_id, date, target_uri, ipf, infof, resp_id, req_digest);
        rc = pack_record(pk, fields, request, request_len, NULL, 0, &b, err);
    }
    free(fields);
    if (rc) {
        pa_buf_free(&b);
        return rc;
    }
    out->len = b.len;
    out->data = pa_buf_steal(&b);
    return out->data ? PA_OK : pa_err_set(err, PA_ERR_NOMEM, "out of memory");
}

pa_code pa_warc_write_packed(pa_warc_writer *w, const pa_warc_packed *pk, pa_warc_loc *loc, pa_err *err)
{
    pa_code rc = maybe_rotate(w, err);
    if (rc)
        return rc;
    return append_bytes(w, pk->data, pk->len, pk->first_len, loc, err);
}

pa_code pa_warc_write_exchange(pa_warc_writer *w, const char *target_uri, time_t fetched, const char *ip,
                               const char *request, size_t request_len, const char *response, size_t response_len,
                               size_t payload_offset, pa_warc_loc *loc, char sha256_hex[65], pa_err *err)
{
    pa_code rc = maybe_rotate(w, err);
    if (rc)
        return rc;
    pa_warc_packed pk;
    rc = pa_warc_pack_exchange(w->packer, w->warcinfo_id, target_uri, fetched, ip, request, request_len, response,
                               response_len, payload_offset, &pk, err);
    if (!rc) {
        rc = append_bytes(w, pk.data, pk.len, pk.first_len, loc, err);
        if (sha256_hex)
            memcpy(sha256_hex, pk.sha256_hex, 65);
    }
    pa_warc_packed_free(&pk);
    return rc;
}

pa_code pa_warc_write_revisit(pa_warc_writer *w, const char *target_uri, time_t fetched, const char *response_head,
                              size_t head_len, const char *refers_to_uri, const char *refers_to_date,
                              const char *payload_digest, int not_modified, pa_warc_loc *loc, pa_err *err)
{
    if (!header_safe(target_uri) || !header_safe(refers_to_uri) || !header_safe(refers_to_date) ||
        !header_safe(payload_digest))
        return pa_err_set(err, PA_ERR_INVALID, "revisit header value holds control characters");
    pa_code rc = maybe_rotate(w, err);
    if (rc)
        return rc;
    char date[32], id[64];
    warc_date(fetched, date);
    make_uuid(id);
    size_t fl = strlen(target_uri) + (refers_to_uri ? strlen(refers_to_uri) : 0) + 1024;
    char *fields = malloc(fl);
    if (!fields)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    int n = snprintf(fields, fl,
                     "WARC-Type: revisit\r\nWARC-Record-ID: %s\r\nWARC-Date: %s\r\nWARC-Target-URI: %s\r\n"
                     "WARC-Warcinfo-ID: %s\r\nWARC-Profile: http://netpreserve.org/warc/1.1/revisit/%s\r\n"
                     "Content-Type: application/http; msgtype=response\r\n",
                     id, date, target_uri, w->warcinfo_id,
                     not_modified ? "server-not-modified" : "identical-payload-digest");
    if (refers_to_uri)
        n += snprintf(fields + n, fl - (size_t)n, "WARC-Refers-To-Target-URI: %s\r\n", refers_to_uri);
    if (refers_to_date)
        n += snprintf(fields + n, fl - (size_t)n, "WARC-Refers-To-Date: %s\r\n", refers_to_date);
    if (payload_digest)
        snprintf(fields + n, fl - (size_t)n, "WARC-Payload-Digest: %s\r\n", payload_digest);
    rc = write_record(w, fields, response_head, head_len, NULL, 0, loc, err);
    free(fields);
    return rc;
}

void pa_warc_close(pa_warc_writer *w)
{
    if (!w)
        return;
    if (w->f) {
        fflush(w->f);
        fsync(fileno(w->f));
        fclose(w->f);
    }
    pa_warc_packer_free(w->packer);
    free(w->dir);
    free(w->software);
    free(w->info);
    free(w);
}

/* ---- reading ---- */

struct pa_warc_reader {
    FILE *f;
    char *path;
    size_t max_block;
    unsigned char *in;
    size_t in_len, in_pos;
    uint64_t in_file_off; /* file offset of in[0] */
    z_stream z;
    int gz; /* 0: plain .warc */
};

pa_code pa_warc_reader_open(const char *path, size_t max_block, pa_warc_reader **out, pa_err *err)
{
    *out = NULL;
    pa_warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    r->max_block = max_block ? max_block : PA_WARC_DEFAULT_MAX_BLOCK;
    r->path = strdup(path);
    r->in = malloc(IN_CHUNK);
    if (!r->path || !r->in) {
        pa_warc_reader_close(r);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    if (!(r->f = fopen(path, "rb"))) {
        pa_err_set(err, PA_ERR_IO, "%s: %s", path, strerror(errno));
        pa_warc_reader_close(r);
        return PA_ERR_IO;
    }
    size_t n = strlen(path);
    r->gz = !(n > 5 && strcmp(path + n - 5, ".warc") == 0);
    if (inflateInit2(&r->z, 16 + MAX_WBITS) != Z_OK) {
        pa_warc_reader_close(r);
        return pa_err_set(err, PA_ERR_NOMEM, "zlib initialisation failed");
    }
    *out = r;
    return PA_OK;
}

void pa_warc_reader_close(pa_warc_reader *r)
{
    if (!r)
        return;
    if (r->f)
        fclose(r->f);
    inflateEnd(&r->z);
    free(r->in);
    free(r->path);
    free(r);
}

void pa_warc_record_free(pa_warc_record *rec)
{
    free(rec->type);
    free(rec->target_uri);
    free(rec->date);
    free(rec->record_id);
    free(rec->concurrent_to);
    free(rec->payload_digest);
    free(rec->content_type);
    free(rec->block);
    memset(rec, 0, sizeof *rec);
}

static int refill(pa_warc_reader *r)
{
    if (r->in_pos < r->in_len)
        return 1;
    r->in_file_off += r->in_len;
    r->in_len = fread(r->in, 1, IN_CHUNK, r->f);
    r->in_pos = 0;
    return r->in_len > 0;
}

/* Value of header `name` in the header block [h, h+n), malloc'd, or NULL. */
static char *header_value(const char *h, size_t n, const char *name)
{
    size_t nl = strlen(name);
    const char *p = h, *end = h + n;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        if ((size_t)(eol - p) > nl && strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            const char *v = p + nl + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            return strndup(v, (size_t)(ve - v));
        }
        p = eol + 1;
    }
    return NULL;
}

/* Parse one complete record held in data[0..len). */
static pa_code parse_record(pa_warc_reader *r, char *data, size_t len, uint64_t off, pa_warc_record *rec,
                            pa_err *err)
{
    if (len < 9 || strncmp(data, "WARC/1.", 7) != 0)
        return pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: not a WARC record", r->path, (unsigned long long)off);
    char *hend = NULL;
    size_t scan = len < PA_WARC_MAX_HEADER ? len : PA_WARC_MAX_HEADER;
    for (size_t i = 0; i + 3 < scan; i++)
        if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n') {
            hend = data + i;
            break;
        }
    if (!hend)
        return pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: WARC header not terminated", r->path,
                          (unsigned long long)off);
    size_t hlen = (size_t)(hend - data) + 2;
    char *cl = header_value(data, hlen, "Content-Length");
    char *endp = NULL;
    unsigned long long blen = cl ? strtoull(cl, &endp, 10) : 0;
    int bad = !cl || endp == cl || *endp;
    free(cl);
    size_t body_start = hlen + 2;
    if (bad || blen > r->max_block || body_start + blen + 4 > len ||
        memcmp(data + body_start + blen, "\r\n\r\n", 4) != 0)
        return pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: record block shorter than its Content-Length",
                          r->path, (unsigned long long)off);
    rec->type = header_value(data, hlen, "WARC-Type");
    rec->target_uri = header_value(data, hlen, "WARC-Target-URI");
    rec->date = header_value(data, hlen, "WARC-Date");
    rec->record_id = header_value(data, hlen, "WARC-Record-ID");
    rec->concurrent_to = header_value(data, hlen, "WARC-Concurrent-To");
    rec->payload_digest = header_value(data, hlen, "WARC-Payload-Digest");
    rec->content_type = header_value(data, hlen, "Content-Type");
    rec->block = malloc((size_t)blen + 1);
    if (!rec->block) {
        pa_warc_record_free(rec);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    memcpy(rec->block, data + body_start, (size_t)blen);
    rec->block[blen] = '\0';
    rec->block_len = (size_t)blen;
    if (!rec->type || !rec->record_id || !rec->date) {
        pa_warc_record_free(rec);
        return pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: record lacks WARC-Type/Record-ID/Date", r->path,
                          (unsigned long long)off);
    }
    return PA_OK;
}

pa_code pa_warc_reader_next(pa_warc_reader *r, pa_warc_record *rec, pa_err *err)
{
    memset(rec, 0, sizeof *rec);
    if (!refill(r))
        return ferror(r->f) ? pa_err_set(err, PA_ERR_IO, "%s: read error", r->path)
                            : pa_err_set(err, PA_ERR_NOTFOUND, "end of file");
    uint64_t off = r->in_file_off + r->in_pos;
    pa_buf out;
    pa_buf_init(&out, r->max_block + PA_WARC_MAX_HEADER + 8);
    pa_code rc = PA_OK;
    if (!r->gz) {
        /* Plain WARC: read the header, then Content-Length bytes. */
        return pa_err_set(err, PA_ERR_INVALID, "%s: uncompressed WARC files are not supported", r->path);
    }
    inflateReset(&r->z);
    unsigned char chunk[IN_CHUNK];
    for (;;) {
        if (!refill(r)) {
            rc = pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: gzip member truncated (torn record)", r->path,
                            (unsigned long long)off);
            break;
        }
        r->z.next_in = r->in + r->in_pos;
        r->z.avail_in = (uInt)(r->in_len - r->in_pos);
        r->z.next_out = chunk;
        r->z.avail_out = sizeof chunk;
        int ret = inflate(&r->z, Z_NO_FLUSH);
        r->in_pos = r->in_len - r->z.avail_in;
        size_t got = sizeof chunk - r->z.avail_out;
        if (got && pa_buf_append(&out, chunk, got)) {
            rc = pa_err_set(err, PA_ERR_LIMIT, "%s: offset %llu: record larger than %zu bytes", r->path,
                            (unsigned long long)off, r->max_block);
            break;
        }
        if (ret == Z_STREAM_END)
            break;
        if (ret != Z_OK && ret != Z_BUF_ERROR) {
            rc = pa_err_set(err, PA_ERR_CORRUPT, "%s: offset %llu: corrupt gzip data (%s)", r->path,
                            (unsigned long long)off, r->z.msg ? r->z.msg : "zlib error");
            break;
        }
    }
    if (!rc)
        rc = parse_record(r, out.data ? out.data : "", out.len, off, rec, err);
    if (!rc) {
        rec->offset = off;
        rec->length = r->in_file_off + r->in_pos - off;
    }
    pa_buf_free(&out);
    return rc;
}

pa_code pa_warc_read_at(const char *path, uint64_t offset, size_t max_block, pa_warc_record *rec, pa_err *err)
{
    pa_warc_reader *r = NULL;
    pa_code rc = pa_warc_reader_open(path, max_block, &r, err);
    if (rc)
        return rc;
    if (fseeko(r->f, (off_t)offset, SEEK_SET) != 0) {
        pa_warc_reader_close(r);
        return pa_err_set(err, PA_ERR_IO, "%s: cannot seek to %llu", path, (unsigned long long)offset);
    }
    r->in_file_off = offset;
    rc = pa_warc_reader_next(r, rec, err);
    if (rc == PA_ERR_NOTFOUND)
        rc = pa_err_set(err, PA_ERR_NOTFOUND, "%s: no record at offset %llu", path, (unsigned long long)offset);
    pa_warc_reader_close(r);
    return rc;
}
