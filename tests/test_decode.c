/* test_decode.c — content decoding with a hard cap: gzip, deflate (zlib and
 * raw), stacked encodings, corrupt data, and a decompression bomb. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "pressarc/decode.h"

/* wbits: 16+15 gzip, 15 zlib, -15 raw */
static unsigned char *squeeze(const void *in, size_t len, int wbits, size_t *outlen)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)len) + 64;
    unsigned char *out = malloc(cap);
    z.next_in = (unsigned char *)(uintptr_t)in;
    z.avail_in = (uInt)len;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *outlen = cap - z.avail_out;
    deflateEnd(&z);
    return out;
}

static void round_trips(void **state)
{
    (void)state;
    const char *text = "<html><body><p>Guangyuan aluminium, 615,000 tonnes.</p></body></html>";
    int modes[] = {16 + 15, 15, -15};
    const char *names[] = {"gzip", "deflate", "deflate"};
    for (int i = 0; i < 3; i++) {
        size_t n;
        unsigned char *c = squeeze(text, strlen(text), modes[i], &n);
        char *out = NULL;
        size_t ol = 0;
        pa_err err;
        assert_int_equal(pa_content_decode(names[i], (char *)c, n, 1 << 20, &out, &ol, &err), PA_OK);
        assert_int_equal(ol, strlen(text));
        assert_string_equal(out, text);
        free(out);
        free(c);
    }
    /* stacked: gzip applied twice, listed "gzip, gzip" (case-insensitive) */
    size_t n1, n2;
    unsigned char *c1 = squeeze(text, strlen(text), 31, &n1);
    unsigned char *c2 = squeeze(c1, n1, 31, &n2);
    char *out = NULL;
    size_t ol;
    pa_err err;
    assert_int_equal(pa_content_decode("GZIP, x-gzip", (char *)c2, n2, 1 << 20, &out, &ol, &err), PA_OK);
    assert_string_equal(out, text);
    free(out);
    free(c1);
    free(c2);
    /* identity and none */
    assert_int_equal(pa_content_decode(NULL, "abc", 3, 10, &out, &ol, &err), PA_OK);
    assert_string_equal(out, "abc");
    free(out);
    assert_int_equal(pa_content_decode("identity", "abc", 3, 10, &out, &ol, &err), PA_OK);
    free(out);
    assert_int_equal(pa_content_decode(NULL, "abcdef", 6, 3, &out, &ol, &err), PA_ERR_LIMIT);
    assert_null(out);
}

static void bad_data(void **state)
{
    (void)state;
    char *out = NULL;
    size_t ol;
    pa_err err;
    assert_int_equal(pa_content_decode("compress", "x", 1, 10, &out, &ol, &err), PA_ERR_INVALID);
    assert_int_equal(pa_content_decode("gzip", "definitely not gzip", 19, 100, &out, &ol, &err), PA_ERR_PARSE);
    assert_int_equal(pa_content_decode("br", "\xff\xff\xff\xff", 4, 100, &out, &ol, &err), PA_ERR_PARSE);
    const char *text = "a fairly long text that compresses, a fairly long text that compresses";
    size_t n;
    unsigned char *c = squeeze(text, strlen(text), 31, &n);
    assert_int_equal(pa_content_decode("gzip", (char *)c, n / 2, 1000, &out, &ol, &err), PA_ERR_PARSE);
    assert_null(out);
    free(c);
}

static void bomb(void **state)
{
    (void)state;
    /* 1 GiB of zeros, gzip'd in memory (about 1 MiB) */
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = 4 << 20;
    unsigned char *out = malloc(cap);
    static unsigned char zeros[1 << 20];
    z.next_out = out;
    z.avail_out = (uInt)cap;
    for (int i = 0; i < 1024; i++) {
        z.next_in = zeros;
        z.avail_in = sizeof zeros;
        deflate(&z, i == 1023 ? Z_FINISH : Z_NO_FLUSH);
    }
    size_t n = cap - z.avail_out;
    deflateEnd(&z);
    char *dec = NULL;
    size_t dl = 0;
    pa_err err;
    clock_t t0 = clock();
    assert_int_equal(pa_content_decode("gzip", (char *)out, n, 1 << 20, &dec, &dl, &err), PA_ERR_LIMIT);
    assert_null(dec);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(round_trips), cmocka_unit_test(bad_data),
                                       cmocka_unit_test(bomb)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
