/* test_httpdate.c — HTTP-date formats and Retry-After values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include "pressarc/httpdate.h"

static void http_dates(void **state)
{
    (void)state;
    time_t t = 0;
    assert_int_equal(pa_http_date_parse("Sun, 06 Nov 1994 08:49:37 GMT", &t), 0);
    assert_int_equal((long)t, 784111777L);
    assert_int_equal(pa_http_date_parse("Sunday, 06-Nov-94 08:49:37 GMT", &t), 0);
    assert_int_equal((long)t, 784111777L);
    assert_int_equal(pa_http_date_parse("Sun Nov  6 08:49:37 1994", &t), 0);
    assert_int_equal((long)t, 784111777L);
    assert_int_equal(pa_http_date_parse("Sun, 31 Feb 1994 08:49:37 GMT", &t), -1);
    assert_int_equal(pa_http_date_parse("yesterday", &t), -1);
    assert_int_equal(pa_http_date_parse("", &t), -1);
    char buf[64];
    pa_http_date_format(784111777, buf, sizeof buf);
    assert_string_equal(buf, "Sun, 06 Nov 1994 08:49:37 GMT");
    pa_iso8601_format(784111777, buf, sizeof buf);
    assert_string_equal(buf, "1994-11-06T08:49:37Z");
}

static void retry_after(void **state)
{
    (void)state;
    time_t now = 784111777;
    assert_int_equal(pa_retry_after_parse("120", now), 120);
    assert_int_equal(pa_retry_after_parse(" 5 ", now), 5);
    assert_int_equal(pa_retry_after_parse("0", now), 0);
    assert_int_equal(pa_retry_after_parse("Sun, 06 Nov 1994 08:50:37 GMT", now), 60);
    assert_int_equal(pa_retry_after_parse("Sun, 06 Nov 1994 08:40:00 GMT", now), 0);
    assert_int_equal(pa_retry_after_parse("-5", now), -1);
    assert_int_equal(pa_retry_after_parse("12abc", now), -1);
    assert_int_equal(pa_retry_after_parse("soon", now), -1);
    assert_int_equal(pa_retry_after_parse("99999999999999999999", now), 86400);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(http_dates), cmocka_unit_test(retry_after)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
