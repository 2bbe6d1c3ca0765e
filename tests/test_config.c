/* test_config.c — the daemon configuration: the shipped example parses to
 * the documented values; every kind of mistake is refused with the file,
 * line and key in the message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pressarc/config.h"

static void shipped_example(void **state)
{
    (void)state;
    const char *src = getenv("PA_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/config/pressarc.conf", src ? src : ".");
    pa_config *c = NULL;
    pa_err err;
    pa_err_clear(&err);
    assert_int_equal(pa_config_load(path, &c, &err), PA_OK);
    assert_string_equal(c->store, "/var/lib/pressarc");
    assert_non_null(strstr(c->user_agent, "https://example.org/pressarc-crawler"));
    assert_int_equal(c->concurrency, 16);
    assert_int_equal(c->per_host, 2);
    assert_true(c->delay == 1.0);
    assert_int_equal(c->max_bytes, 50ULL << 20);
    assert_int_equal(c->warc_rotate, 1ULL << 30);
    assert_int_equal(c->log_level, PA_LOG_INFO);
    assert_int_equal(c->recrawl_min, 86400);
    assert_int_equal(c->recrawl_max, 30 * 86400);
    assert_int_equal(c->n_sources, 2);
    pa_source_config *s = &c->sources[0];
    assert_string_equal(s->name, "aluminium-news");
    assert_int_equal(s->n_start_urls, 3);
    assert_string_equal(s->start_urls[2], "https://id.press.example.com/news/");
    assert_int_equal(s->n_sitemaps, 1);
    assert_int_equal(s->n_feeds, 1);
    assert_int_equal(s->n_follow, 1);
    assert_int_equal(s->n_deny, 2);
    assert_int_equal(s->depth, 2);
    assert_int_equal(s->interval, 3600);
    assert_int_equal(s->discover_sitemaps, 1);
    assert_int_equal(s->n_languages, 0);
    assert_true(pa_source_wants(s, "https://ar.press.example.com/ar/news/x.html"));
    assert_false(pa_source_wants(s, "https://ar.press.example.com/ar/news/x.pdf"));
    assert_false(pa_source_wants(s, "https://press.example.com/products/x.html"));
    assert_false(pa_source_wants(s, "https://press.example.com/news/x.html?replytocom=5"));
    s = &c->sources[1];
    assert_string_equal(s->name, "guangyuan-gov");
    assert_int_equal(s->interval, 6 * 3600);
    assert_int_equal(s->discover_sitemaps, 0);
    assert_int_equal(s->n_languages, 2);
    assert_true(pa_source_keeps_lang(s, "zh-Hans"));
    assert_true(pa_source_keeps_lang(s, "en"));
    assert_false(pa_source_keeps_lang(s, "ar"));
    assert_false(pa_source_keeps_lang(s, NULL));
    assert_true(pa_source_wants(s, "https://anything.example/")); /* no follow pattern: any */
    pa_config_free(c);
}

/* Parse `text`; it must fail with a message containing every given piece. */
static void refused(const char *text, const char *piece1, const char *piece2)
{
    pa_config *c = NULL;
    pa_err err;
    pa_err_clear(&err);
    pa_code rc = pa_config_parse(text, "test.conf", &c, &err);
    if (rc != PA_ERR_PARSE) {
        pa_config_free(c);
        fail_msg("accepted (code %d): %.200s", rc, text);
    }
    assert_null(c);
    if (!strstr(err.msg, piece1) || (piece2 && !strstr(err.msg, piece2)))
        fail_msg("message '%s' lacks '%s' / '%s'", err.msg, piece1, piece2 ? piece2 : "");
}

#define SRC "[source s]\nstart_url = https://example.com/news/\n"

static void mistakes_named(void **state)
{
    (void)state;
    refused("[global]\nconcurrency = 4\nconcurency = 8\n" SRC, "test.conf:3:", "key 'concurency': unknown key");
    refused("[global]\ndelay = fast\n" SRC, "test.conf:2:", "key 'delay'");
    refused("[global]\nconcurrency = 0\n" SRC, "test.conf:2:", "concurrency");
    refused("[global]\nmax_bytes = 12Q\n" SRC, "test.conf:2:", "max_bytes");
    refused("[global]\nlog_level = loud\n" SRC, "test.conf:2:", "log_level");
    refused("[global]\nuser_agent = mybot/1.0\n" SRC, "test.conf:2:", "contact");
    refused(SRC "interval = soon\n", "test.conf:3:", "key 'interval'");
    refused(SRC "interval = 0\n", "test.conf:3:", "interval");
    refused(SRC "follow = ([a-z\n", "test.conf:3:", "bad regular expression");
    refused(SRC "start_url = ftp://example.com/x\n", "test.conf:3:", "key 'start_url'");
    refused(SRC "depth = 100\n", "test.conf:3:", "key 'depth'");
    refused(SRC "languages = en, !!\n", "test.conf:3:", "language tag");
    refused(SRC "discover_sitemaps = maybe\n", "test.conf:3:", "yes or no");
    refused("[sources]\nx = 1\n" SRC, "test.conf:2:", "unknown section [sources]");
    refused(SRC "[source s]\nfeed = https://example.com/feed\n", "test.conf:3:", "defined twice");
    refused(SRC "[source t]\nfeed = https://example.com/feed\n[source s]\ndepth = 2\n", "test.conf:5:", "defined twice");
    refused("[source bad name!]\nfeed = https://example.com/feed\n", "test.conf:2:", "source name");
    refused("[source empty]\ndepth = 2\n", "test.conf:1:", "no start_url, sitemap or feed");
    refused("[global]\nthis is not a setting\n" SRC, "test.conf:2:", NULL);
    refused("[global]\nrecrawl_min = 7d\nrecrawl_max = 1d\n" SRC, "test.conf:", "recrawl_max");
    refused("[global]\nconcurrency = 4\n", "no [source NAME] section", NULL);
    refused("key = 1\n" SRC, "test.conf:1:", "outside any section");
    /* a line longer than the limit is named, not silently cut */
    size_t n = 9000;
    char *long_text = malloc(n + 64);
    assert_non_null(long_text);
    strcpy(long_text, SRC "follow = ");
    size_t l = strlen(long_text);
    memset(long_text + l, 'a', n);
    strcpy(long_text + l + n, "\n");
    refused(long_text, "test.conf:3:", "longer than");
    free(long_text);
}

static void files(void **state)
{
    (void)state;
    pa_config *c = NULL;
    pa_err err;
    assert_int_equal(pa_config_load("/nonexistent/pressarc.conf", &c, &err), PA_ERR_IO);
    assert_non_null(strstr(err.msg, "/nonexistent/pressarc.conf"));
    char path[] = "/tmp/pa-config-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "[global]\n\0\n", 11), 11);
    close(fd);
    assert_int_equal(pa_config_load(path, &c, &err), PA_ERR_PARSE);
    assert_non_null(strstr(err.msg, "NUL"));
    unlink(path);
}

static void durations(void **state)
{
    (void)state;
    assert_int_equal(pa_duration_parse("90"), 90);
    assert_int_equal(pa_duration_parse("90s"), 90);
    assert_int_equal(pa_duration_parse("15m"), 900);
    assert_int_equal(pa_duration_parse("1.5h"), 5400);
    assert_int_equal(pa_duration_parse("7d"), 7 * 86400);
    assert_int_equal(pa_duration_parse("2w"), 14 * 86400);
    assert_int_equal(pa_duration_parse(""), -1);
    assert_int_equal(pa_duration_parse("-5"), -1);
    assert_int_equal(pa_duration_parse("5y"), -1);
    assert_int_equal(pa_duration_parse("99999d"), -1);
    assert_int_equal(pa_duration_parse("nan"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(shipped_example),
        cmocka_unit_test(mistakes_named),
        cmocka_unit_test(files),
        cmocka_unit_test(durations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
