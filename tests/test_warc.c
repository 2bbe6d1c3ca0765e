/* test_warc.c — WARC writing and reading back, digests, rotation, the
 * sequence across reopenings, and cutting a torn last record. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pressarc/hash.h"
#include "pressarc/warc.h"
#include "testutil.h"

static const char REQ[] = "GET /a HTTP/1.1\r\nHost: a.test\r\n\r\n";
static const char RESP[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>hello</html>";

static int list_warcs(const char *dir, char names[][128], int max)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while (d && (e = readdir(d)) && n < max)
        if (strstr(e->d_name, ".warc.gz"))
            snprintf(names[n++], 128, "%s", e->d_name);
    if (d)
        closedir(d);
    /* sort */
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (strcmp(names[i], names[j]) > 0) {
                char t[128];
                memcpy(t, names[i], 128);
                memcpy(names[i], names[j], 128);
                memcpy(names[j], t, 128);
            }
    return n;
}

static int count_records(const char *path, int *responses)
{
    pa_warc_reader *r = NULL;
    pa_err err;
    assert_int_equal(pa_warc_reader_open(path, 0, &r, &err), PA_OK);
    pa_warc_record rec;
    int n = 0;
    if (responses)
        *responses = 0;
    while (pa_warc_reader_next(r, &rec, &err) == PA_OK) {
        n++;
        if (responses && !strcmp(rec.type, "response"))
            (*responses)++;
        pa_warc_record_free(&rec);
    }
    assert_int_equal(err.code, PA_ERR_NOTFOUND);
    pa_warc_reader_close(r);
    return n;
}

static void write_and_read(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("warc");
    pa_warc_writer *w = NULL;
    pa_err err;
    assert_int_equal(pa_warc_open(dir, 0, "pressarc/test", "operator: test\r\n", &w, &err), PA_OK);
    pa_warc_loc loc;
    char sha[65];
    size_t head = strstr(RESP, "\r\n\r\n") - RESP + 4;
    assert_int_equal(pa_warc_write_exchange(w, "http://a.test/a", 1700000000, "127.0.0.1", REQ, strlen(REQ), RESP,
                                            strlen(RESP), head, &loc, sha, &err),
                     PA_OK);
    char want[65];
    pa_sha256_hex("<html>hello</html>", 18, want);
    assert_string_equal(sha, want);
    pa_warc_loc rloc;
    assert_int_equal(pa_warc_write_revisit(w, "http://a.test/a", 1700000100, "HTTP/1.1 304 Not Modified\r\n\r\n", 30,
                                           "http://a.test/a", "2023-11-14T22:13:20Z", "sha1:AAAA", 1, &rloc, &err),
                     PA_OK);
    /* control characters never reach a header */
    assert_int_equal(pa_warc_write_exchange(w, "http://a.test/\r\nX: y", 0, NULL, REQ, 3, RESP, 3, 0, &loc, sha, &err),
                     PA_ERR_INVALID);
    assert_int_equal(pa_warc_sync(w, &err), PA_OK);
    pa_warc_close(w);

    char names[8][128];
    assert_int_equal(list_warcs(dir, names, 8), 1);
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[0]);
    pa_warc_record rec;
    assert_int_equal(pa_warc_read_at(path, loc.offset, 0, &rec, &err), PA_OK);
    assert_string_equal(rec.type, "response");
    assert_string_equal(rec.target_uri, "http://a.test/a");
    assert_string_equal(rec.date, "2023-11-14T22:13:20Z");
    assert_non_null(rec.concurrent_to);
    assert_non_null(strstr(rec.record_id, "<urn:uuid:"));
    assert_int_equal(rec.block_len, strlen(RESP));
    assert_memory_equal(rec.block, RESP, strlen(RESP));
    /* sha1 of "<html>hello</html>" in base32 */
    unsigned char md[32];
    pa_hash *h = pa_hash_new(PA_HASH_SHA1);
    pa_hash_update(h, "<html>hello</html>", 18);
    pa_hash_final_raw(h, md);
    pa_hash_free(h);
    char b32[40] = "sha1:";
    pa_base32_encode(md, 20, b32 + 5);
    assert_string_equal(rec.payload_digest, b32);
    pa_warc_record_free(&rec);
    assert_int_equal(pa_warc_read_at(path, rloc.offset, 0, &rec, &err), PA_OK);
    assert_string_equal(rec.type, "revisit");
    pa_warc_record_free(&rec);
    int responses;
    assert_int_equal(count_records(path, &responses), 4); /* warcinfo, response, request, revisit */
    assert_int_equal(responses, 1);
    /* standard tools read it */
    char cmd[700];
    snprintf(cmd, sizeof cmd, "gzip -t '%s' && zcat '%s' | grep -c '^WARC/1.1' | grep -qx 4", path, path);
    assert_int_equal(system(cmd), 0);
    tu_rm_rf(dir);
    free(dir);
}

static void rotation_and_sequence(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("warcrot");
    pa_warc_writer *w = NULL;
    pa_err err;
    char big[300000];
    memset(big, 'z', sizeof big);
    memcpy(big, "HTTP/1.1 200 OK\r\n\r\n", 19);
    /* incompressible-ish payload so files grow */
    srand(1);
    for (size_t i = 19; i < sizeof big; i++)
        big[i] = (char)('a' + rand() % 26);
    assert_int_equal(pa_warc_open(dir, 1 << 20, NULL, NULL, &w, &err), PA_OK);
    pa_warc_loc loc;
    char sha[65];
    for (int i = 0; i < 10; i++)
        assert_int_equal(pa_warc_write_exchange(w, "http://a.test/big", 1700000000, NULL, REQ, strlen(REQ), big,
                                                sizeof big, 19, &loc, sha, &err),
                         PA_OK);
    pa_warc_close(w);
    char names[16][128];
    int n = list_warcs(dir, names, 16);
    assert_true(n >= 2);
    /* reopening continues the sequence in a new file */
    assert_int_equal(pa_warc_open(dir, 1 << 20, NULL, NULL, &w, &err), PA_OK);
    pa_warc_close(w);
    char names2[16][128];
    assert_int_equal(list_warcs(dir, names2, 16), n + 1);
    long last = strtol(strrchr(names2[n], '-') + 1, NULL, 10);
    assert_int_equal(last, n + 1);
    tu_rm_rf(dir);
    free(dir);
}

static void torn_tail_is_cut(void **state)
{
    (void)state;
    pa_err err;
    size_t head = strstr(RESP, "\r\n\r\n") - RESP + 4;
    /* cut points: inside the last member at several places */
    for (int cut = 1; cut <= 4; cut++) {
        char *dir = tu_tmpdir("warctorn");
        pa_warc_writer *w = NULL;
        assert_int_equal(pa_warc_open(dir, 0, NULL, NULL, &w, &err), PA_OK);
        pa_warc_loc loc;
        char sha[65];
        for (int i = 0; i < 3; i++)
            assert_int_equal(pa_warc_write_exchange(w, "http://a.test/a", 1700000000, NULL, REQ, strlen(REQ), RESP,
                                                    strlen(RESP), head, &loc, sha, &err),
                             PA_OK);
        pa_warc_close(w);
        char names[4][128];
        assert_int_equal(list_warcs(dir, names, 4), 1);
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[0]);
        struct stat sb;
        assert_int_equal(stat(path, &sb), 0);
        /* the last member is the request of exchange 3; cut it short */
        off_t last_start = (off_t)(loc.offset + loc.length);
        off_t len = sb.st_size;
        off_t at = last_start + (len - last_start) * cut / 5;
        assert_int_equal(truncate(path, at), 0);
        /* a reader sees the damage, with its offset */
        pa_warc_reader *r = NULL;
        assert_int_equal(pa_warc_reader_open(path, 0, &r, &err), PA_OK);
        pa_warc_record rec;
        pa_code rc;
        while ((rc = pa_warc_reader_next(r, &rec, &err)) == PA_OK)
            pa_warc_record_free(&rec);
        assert_int_equal(rc, PA_ERR_CORRUPT);
        pa_warc_reader_close(r);
        /* reopening the store cuts exactly to the last complete record */
        fprintf(stderr, "(expected message follows) ");
        assert_int_equal(pa_warc_open(dir, 0, NULL, NULL, &w, &err), PA_OK);
        pa_warc_close(w);
        assert_int_equal(stat(path, &sb), 0);
        assert_int_equal(sb.st_size, last_start);
        assert_int_equal(count_records(path, NULL), 1 + 3 * 2 - 1);
        tu_rm_rf(dir);
        free(dir);
    }
}

/* A run killed before its first flush leaves an empty newest file: the
 * next open removes it and goes on after its number; a newest file whose
 * bytes hold no complete record is set aside as .damaged. */
static void incomplete_newest_file(void **state)
{
    (void)state;
    pa_err err;
    char *dir = tu_tmpdir("warcempty");
    char path[512];
    snprintf(path, sizeof path, "%s/pressarc-20250101000000-00007.warc.gz", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fclose(f);
    fprintf(stderr, "(expected message follows) ");
    pa_warc_writer *w = NULL;
    assert_int_equal(pa_warc_open(dir, 0, NULL, NULL, &w, &err), PA_OK);
    pa_warc_close(w);
    struct stat sb;
    assert_int_not_equal(stat(path, &sb), 0); /* removed */
    char names[4][128];
    assert_int_equal(list_warcs(dir, names, 4), 1);
    assert_non_null(strstr(names[0], "-00008.warc.gz")); /* the sequence went on */
    snprintf(path, sizeof path, "%s/%s", dir, names[0]);
    assert_int_equal(count_records(path, NULL), 1); /* its warcinfo */

    /* torn inside the first member: set aside, not deleted */
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(truncate(path, sb.st_size / 2), 0);
    fprintf(stderr, "(expected message follows) ");
    assert_int_equal(pa_warc_open(dir, 0, NULL, NULL, &w, &err), PA_OK);
    pa_warc_close(w);
    char aside[600];
    snprintf(aside, sizeof aside, "%s.damaged", path);
    assert_int_equal(stat(aside, &sb), 0);
    assert_int_not_equal(stat(path, &sb), 0);
    int n = list_warcs(dir, names, 4);
    assert_int_equal(n, 2); /* NAME.warc.gz.damaged and the new file */
    assert_non_null(strstr(names[1], "-00009.warc.gz"));
    assert_null(strstr(names[1], ".damaged"));
    tu_rm_rf(dir);
    free(dir);
}

static void garbage_file(void **state)
{
    (void)state;
    char *dir = tu_tmpdir("warcbad");
    char path[512];
    snprintf(path, sizeof path, "%s/x.warc.gz", dir);
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 1000; i++)
        fputs("garbage garbage", f);
    fclose(f);
    pa_warc_reader *r = NULL;
    pa_err err;
    assert_int_equal(pa_warc_reader_open(path, 0, &r, &err), PA_OK);
    pa_warc_record rec;
    assert_int_equal(pa_warc_reader_next(r, &rec, &err), PA_ERR_CORRUPT);
    assert_non_null(strstr(err.msg, "offset 0"));
    pa_warc_reader_close(r);
    tu_rm_rf(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(write_and_read),
        cmocka_unit_test(rotation_and_sequence),
        cmocka_unit_test(torn_tail_is_cut),
        cmocka_unit_test(incomplete_newest_file),
        cmocka_unit_test(garbage_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
