/* httpdate.h — HTTP header values with dates: Retry-After, HTTP-date (pure). */
#ifndef PRESSARC_HTTPDATE_H
#define PRESSARC_HTTPDATE_H

#include <time.h>

/* pa_http_date_parse — parse an HTTP-date (IMF-fixdate, RFC 850, asctime).
 * Returns 0 and sets *out (UTC epoch seconds), or -1 if not a date. */
int pa_http_date_parse(const char *s, time_t *out);

/* pa_retry_after_parse — the delay in seconds a Retry-After value asks for,
 * relative to `now`: delta-seconds or an HTTP-date (a date in the past gives
 * 0).  Returns -1 if the value is malformed.  Values are clamped to
 * [0, 86400]. */
long pa_retry_after_parse(const char *value, time_t now);

/* pa_http_date_format — write `t` as IMF-fixdate ("Sun, 06 Nov 1994 08:49:37
 * GMT") into buf (at least 30 bytes). */
void pa_http_date_format(time_t t, char *buf, size_t size);

/* pa_iso8601_format — write `t` as "YYYY-MM-DDThh:mm:ssZ" (at least 21 bytes). */
void pa_iso8601_format(time_t t, char *buf, size_t size);

#endif
