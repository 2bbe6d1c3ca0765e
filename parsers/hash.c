/* hash.c — SHA-256/SHA-1 via OpenSSL EVP, with hex and base32 encoders. */
#include "pressarc/hash.h"

#include <openssl/evp.h>
#include <stdlib.h>

struct pa_hash {
    EVP_MD_CTX *ctx;
};

pa_hash *pa_hash_new(pa_hash_kind kind)
{
    pa_hash *h = malloc(sizeof *h);
    if (!h)
        return NULL;
    h->ctx = EVP_MD_CTX_new();
    if (!h->ctx || !EVP_DigestInit_ex(h->ctx, kind == PA_HASH_SHA1 ? EVP_sha1() : EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(h->ctx);
        free(h);
        return NULL;
    }
    return h;
}

void pa_hash_update(pa_hash *h, const void *data, size_t len)
{
    if (len)
        EVP_DigestUpdate(h->ctx, data, len);
}

size_t pa_hash_final_raw(pa_hash *h, unsigned char out[32])
{
    unsigned int n = 0;
    EVP_DigestFinal_ex(h->ctx, out, &n);
    return n;
}

void pa_hash_free(pa_hash *h)
{
    if (h) {
        EVP_MD_CTX_free(h->ctx);
        free(h);
    }
}

void pa_hex_encode(const unsigned char *in, size_t n, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hx[in[i] >> 4];
        out[2 * i + 1] = hx[in[i] & 15];
    }
    out[2 * n] = '\0';
}

void pa_sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char md[32];
    unsigned int n = 0;
    EVP_Digest(data, len, md, &n, EVP_sha256(), NULL);
    pa_hex_encode(md, 32, out);
}

void pa_base32_encode(const unsigned char *in, size_t n, char *out)
{
    static const char al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    size_t o = 0;
    for (size_t i = 0; i < n; i += 5) {
        unsigned char b[5] = {0};
        size_t take = n - i < 5 ? n - i : 5;
        for (size_t k = 0; k < take; k++)
            b[k] = in[i + k];
        unsigned long long v = 0;
        for (int k = 0; k < 5; k++)
            v = (v << 8) | b[k];
        static const size_t chars_for[6] = {0, 2, 4, 5, 7, 8};
        size_t nc = chars_for[take];
        for (size_t k = 0; k < 8; k++)
            out[o++] = k < nc ? al[(v >> (35 - 5 * k)) & 31] : '=';
    }
    out[o] = '\0';
}
