/* hash.h — SHA-256 and SHA-1 digests (OpenSSL libcrypto), hex and base32. */
#ifndef PRESSARC_HASH_H
#define PRESSARC_HASH_H

#include <stddef.h>

typedef struct pa_hash pa_hash;

typedef enum { PA_HASH_SHA256, PA_HASH_SHA1 } pa_hash_kind;

/* pa_hash_new — a streaming digest; NULL on allocation failure. */
pa_hash *pa_hash_new(pa_hash_kind kind);
void pa_hash_update(pa_hash *h, const void *data, size_t len);
/* pa_hash_final_raw — write the digest (32 or 20 bytes) to out; returns its length.
 * The hash is finished and must be freed afterwards. */
size_t pa_hash_final_raw(pa_hash *h, unsigned char out[32]);
void pa_hash_free(pa_hash *h);

/* pa_sha256_hex — lowercase hex SHA-256 of data into out (65 bytes with NUL). */
void pa_sha256_hex(const void *data, size_t len, char out[65]);

/* pa_hex_encode — lowercase hex of n bytes into out (2n+1 bytes). */
void pa_hex_encode(const unsigned char *in, size_t n, char *out);

/* pa_base32_encode — RFC 4648 base32 (uppercase, '=' padded) of n bytes into
 * out, which must hold ((n + 4) / 5) * 8 + 1 bytes. */
void pa_base32_encode(const unsigned char *in, size_t n, char *out);

#endif
