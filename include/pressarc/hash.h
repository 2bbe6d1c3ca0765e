/* hash.h — SHA-256 and SHA-1 digests (OpenSSL libcrypto), hex and base32;
 * FNV-1a for hash tables and shards. */
#ifndef PRESSARC_HASH_H
#define PRESSARC_HASH_H

#include <stddef.h>
#include <stdint.h>

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

/* The 64-bit FNV-1a hash's state before any byte. */
#define PA_FNV1A_START 1469598103934665603ull

/* pa_fnv1a_on — the 64-bit FNV-1a state h carried on over the bytes of the
 * NUL-terminated s (a key made of several strings hashes them in turn). */
static inline uint64_t pa_fnv1a_on(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

/* pa_fnv1a — the 64-bit FNV-1a hash of the NUL-terminated s: a hash
 * table's slot, a shard's number (no digest: not for untrusted keys that
 * must not collide). */
static inline uint64_t pa_fnv1a(const char *s)
{
    return pa_fnv1a_on(PA_FNV1A_START, s);
}

#endif
