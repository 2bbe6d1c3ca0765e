/* warc.h — WARC/1.1 writer and reader.  Each record is one gzip member in a
 * `.warc.gz` file; files rotate at a size limit.  A torn last record (a crash
 * mid-write) is detected and cut off when the writer reopens the directory. */
#ifndef PRESSARC_WARC_H
#define PRESSARC_WARC_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "pressarc/error.h"

#define PA_WARC_DEFAULT_ROTATE ((uint64_t)1 << 30) /* 1 GiB */

typedef struct pa_warc_writer pa_warc_writer;

/* Where a record landed: file name (relative to the WARC dir, e.g.
 * "pressarc-20261122154000-00001.warc.gz") and byte offset of its gzip member. */
typedef struct {
    char file[128];
    uint64_t offset;
    uint64_t length;    /* compressed length of the member */
} pa_warc_loc;

/* pa_warc_open — open a writer on directory `dir` (created if missing).
 * The newest existing pressarc-*.warc.gz is checked record by record and
 * cut after its last complete record (a torn tail from a crash; the cut is
 * reported on stderr); earlier files are trusted.  Writing then starts in a
 * new file whose sequence number follows the newest one, beginning with a
 * `warcinfo` record describing `software` and `info` (free text lines
 * "key: value\r\n", may be NULL).  Files rotate past `rotate_bytes`
 * (0 = PA_WARC_DEFAULT_ROTATE). */
pa_code pa_warc_open(const char *dir, uint64_t rotate_bytes, const char *software,
                     const char *info, pa_warc_writer **out, pa_err *err);

/* pa_warc_write_exchange — append a `request` record (the raw HTTP request
 * bytes) and a `response` record (raw status line + headers + body as
 * received, after transfer decoding but *before* content decoding is fine:
 * pass what you have and set `payload_offset` to where the body starts)
 * concurrent to each other.  `target_uri` is written without angle brackets.
 * `fetched` is the WARC-Date.  The payload digest is computed here
 * (sha1, base32, "sha1:..." as is customary) and the hex SHA-256 of the
 * payload is written to sha256_hex (65 bytes) if not NULL.  Both records are
 * buffered: pa_warc_sync makes them durable (the crawl syncs once per batch).
 * `loc` receives the response record's location. */
pa_code pa_warc_write_exchange(pa_warc_writer *w, const char *target_uri, time_t fetched,
                               const char *ip,
                               const char *request, size_t request_len,
                               const char *response, size_t response_len,
                               size_t payload_offset,
                               pa_warc_loc *loc, char sha256_hex[65], pa_err *err);

/* Packing: the CPU work of an exchange (digests and gzip) done by any
 * thread into memory; the writer then only appends the bytes.  A packer
 * holds one compressor and is used by one thread at a time. */
typedef struct pa_warc_packer pa_warc_packer;

typedef struct {
    char *data;          /* response member then request member */
    size_t len;
    size_t first_len;    /* compressed length of the response member */
    char sha256_hex[65]; /* SHA-256 of the response payload */
} pa_warc_packed;

pa_warc_packer *pa_warc_packer_new(void);
void pa_warc_packer_free(pa_warc_packer *pk);

/* pa_warc_pack_exchange — the two records pa_warc_write_exchange writes, as
 * bytes in *out (free with pa_warc_packed_free).  `warcinfo_id` may be NULL
 * (the WARC-Warcinfo-ID field is then left out: it is optional). */
pa_code pa_warc_pack_exchange(pa_warc_packer *pk, const char *warcinfo_id, const char *target_uri, time_t fetched,
                              const char *ip, const char *request, size_t request_len, const char *response,
                              size_t response_len, size_t payload_offset, pa_warc_packed *out, pa_err *err);

/* pa_warc_write_packed — append packed records (rotating first if the
 * file is full); loc receives the response record's location. */
pa_code pa_warc_write_packed(pa_warc_writer *w, const pa_warc_packed *pk, pa_warc_loc *loc, pa_err *err);

void pa_warc_packed_free(pa_warc_packed *pk);

/* pa_warc_write_revisit — append a `revisit` record (profile
 * server-not-modified or identical-payload-digest) for a 304 / unchanged
 * payload, referring to the original record. */
pa_code pa_warc_write_revisit(pa_warc_writer *w, const char *target_uri, time_t fetched,
                              const char *response_head, size_t head_len,
                              const char *refers_to_uri, const char *refers_to_date,
                              const char *payload_digest, int not_modified,
                              pa_warc_loc *loc, pa_err *err);

/* pa_warc_sync — make every record written so far durable (fflush +
 * fdatasync of the current file).  The fetch pipeline calls it once per
 * batch before committing state.db. */
pa_code pa_warc_sync(pa_warc_writer *w, pa_err *err);

/* pa_warc_close — flush, close, free. NULL is fine. */
void pa_warc_close(pa_warc_writer *w);

/* ---- reading ---- */

typedef struct {
    char *type;            /* WARC-Type value */
    char *target_uri;      /* WARC-Target-URI, or NULL */
    char *date;            /* WARC-Date */
    char *record_id;       /* WARC-Record-ID (with angle brackets, as written) */
    char *concurrent_to;   /* WARC-Concurrent-To, or NULL */
    char *payload_digest;  /* WARC-Payload-Digest, or NULL */
    char *content_type;    /* Content-Type of the block, or NULL */
    char *block;           /* the record block (Content-Length bytes), NUL-terminated */
    size_t block_len;
    uint64_t offset;       /* offset of the gzip member in the file */
    uint64_t length;       /* compressed length of the member */
} pa_warc_record;

typedef struct pa_warc_reader pa_warc_reader;

/* pa_warc_reader_open — open a .warc.gz (or plain .warc) file for reading
 * records in order.  Records larger than `max_block` bytes (0 = 256 MiB)
 * make pa_warc_reader_next fail with PA_ERR_LIMIT. */
pa_code pa_warc_reader_open(const char *path, size_t max_block, pa_warc_reader **out, pa_err *err);

/* pa_warc_reader_next — read the next record into *rec (caller frees with
 * pa_warc_record_free).  Returns PA_ERR_NOTFOUND at a clean end of file and
 * PA_ERR_CORRUPT (message with the offset) for a torn or malformed record. */
pa_code pa_warc_reader_next(pa_warc_reader *r, pa_warc_record *rec, pa_err *err);

void pa_warc_reader_close(pa_warc_reader *r);

/* pa_warc_read_at — read the single record whose gzip member starts at
 * `offset` in `path`. */
pa_code pa_warc_read_at(const char *path, uint64_t offset, size_t max_block,
                        pa_warc_record *rec, pa_err *err);

void pa_warc_record_free(pa_warc_record *rec);

#endif
