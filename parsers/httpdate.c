/* httpdate.c — HTTP-date parsing and formatting, Retry-After values. */
#include "pressarc/httpdate.h"
#include "pressarc/en_names.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PA_RETRY_AFTER_MAX 86400L

/* The month (0-11) whose abbreviation ("Jan", any case) opens m; -1 when none. */
static int month_index(const char *m)
{
    return pa_en_month_abbr(m) - 1;
}

static int valid_tm(const struct tm *tm)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return tm->tm_mon >= 0 && tm->tm_mon < 12 && tm->tm_mday >= 1 && tm->tm_mday <= mdays[tm->tm_mon] &&
           tm->tm_hour >= 0 && tm->tm_hour < 24 && tm->tm_min >= 0 && tm->tm_min < 60 && tm->tm_sec >= 0 &&
           tm->tm_sec <= 60 && tm->tm_year >= 70 && tm->tm_year < 1100;
}

int pa_http_date_parse(const char *s, time_t *out)
{
    if (!s)
        return -1;
    while (*s == ' ' || *s == '\t')
        s++;
    if (strlen(s) > 64)
        return -1;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    char wk[16], mon[8];
    int d, y, h, mi, se;
    /* IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT */
    if (sscanf(s, "%15[A-Za-z], %d %7[A-Za-z] %d %d:%d:%d GMT", wk, &d, mon, &y, &h, &mi, &se) == 7) {
        /* y has 4 digits */
    } else if (sscanf(s, "%15[A-Za-z], %d-%7[A-Za-z]-%d %d:%d:%d GMT", wk, &d, mon, &y, &h, &mi, &se) == 7) {
        /* RFC 850: Sunday, 06-Nov-94 08:49:37 GMT — two-digit year */
        if (y < 100)
            y += y < 70 ? 2000 : 1900;
    } else if (sscanf(s, "%15[A-Za-z] %7[A-Za-z] %d %d:%d:%d %d", wk, mon, &d, &h, &mi, &se, &y) == 7) {
        /* asctime: Sun Nov  6 08:49:37 1994 */
    } else {
        return -1;
    }
    int m = month_index(mon);
    if (m < 0 || strlen(mon) != 3)
        return -1;
    tm.tm_year = y - 1900;
    tm.tm_mon = m;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = se;
    if (!valid_tm(&tm))
        return -1;
    time_t t = timegm(&tm);
    if (t == (time_t)-1)
        return -1;
    *out = t;
    return 0;
}

long pa_retry_after_parse(const char *value, time_t now)
{
    if (!value)
        return -1;
    while (*value == ' ' || *value == '\t')
        value++;
    if (isdigit((unsigned char)*value)) {
        const char *p = value;
        long v = 0;
        while (isdigit((unsigned char)*p)) {
            if (v < PA_RETRY_AFTER_MAX * 10)
                v = v * 10 + (*p - '0');
            p++;
        }
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            p++;
        if (*p)
            return -1;
        return v > PA_RETRY_AFTER_MAX ? PA_RETRY_AFTER_MAX : v;
    }
    time_t t;
    if (pa_http_date_parse(value, &t) != 0)
        return -1;
    if (t <= now)
        return 0;
    double d = difftime(t, now);
    return d > PA_RETRY_AFTER_MAX ? PA_RETRY_AFTER_MAX : (long)d;
}

void pa_http_date_format(time_t t, char *buf, size_t size)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

void pa_iso8601_format(time_t t, char *buf, size_t size)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
