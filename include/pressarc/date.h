/* date.h — publication-date parsing (pure): ISO 8601 / RFC 3339 values from
 * metadata, and visible date lines in many languages and digit systems
 * (the translated "Post time: Nov-14-2025" footers, "Posted on ...",
 * "发布时间：2025-11-14", "وقت النشر: ١٤ نوفمبر ٢٠٢٥"), and dates in URLs. */
#ifndef PRESSARC_DATE_H
#define PRESSARC_DATE_H

#include <stddef.h>
#include <time.h>

typedef struct {
    int year, month, day;      /* calendar date; month 1..12, day 1..31 */
    int has_time;              /* 1 if hour/min/sec/offset are meaningful */
    int hour, min, sec;
    int tz_offset_min;         /* offset from UTC in minutes (0 when unknown) */
} pa_date;

/* pa_date_valid — 1 if the date exists in the Gregorian calendar, lies in
 * 1990..(year of not_after) and is not after `not_after` (0 = no upper
 * bound check besides year < 2100). */
int pa_date_valid(const pa_date *d, time_t not_after);

/* pa_date_parse_iso — parse a machine date: "2025-11-14", "2025-11-14T08:30:00+08:00",
 * "2025-11-14 08:30", "20251114", RFC 822/1123 dates as used in feeds
 * ("Fri, 14 Nov 2025 08:30:00 +0800").  Returns 0 on success, -1 otherwise. */
int pa_date_parse_iso(const char *s, pa_date *out);

/* pa_date_parse_text — find a date in a line of human text in any supported
 * language and digit system (native digits are mapped to ASCII first):
 * "Nov-14-2025", "14-Nov-2025", "ನವೆಂಬರ್-14-2025", "١٤ نوفمبر ٢٠٢٥",
 * "2025年11月14日", "14.11.2025", "November 14, 2025"...  Numeric day/month
 * order is resolved by values > 12, then by `lang_hint` (BCP 47 or NULL:
 * "en-US"-style month-first only for en/en-US; day-first otherwise).
 * Returns 0 and fills *out on success, -1 if no date is found. */
int pa_date_parse_text(const char *utf8, size_t len, const char *lang_hint, pa_date *out);

/* pa_date_line_kind — classify a short text line: returns 1 if it is a
 * publication-date line ("Post time: ...", "Waktu posting: ...", "Posted on
 * ...", "Published: ...", "发布时间：...", in at least 20 languages), i.e. a
 * label followed by a date and little else, 0 otherwise.  When 1 and `out`
 * is not NULL, the date is parsed into *out. */
int pa_date_line_kind(const char *utf8, size_t len, const char *lang_hint, pa_date *out);

/* pa_date_named_line_kind — pa_date_line_kind for the text of an element
 * whose class or id names it a date or byline (class="dateline"): the name
 * stands for the label, so a date with a few other words around it ("AP
 * Business Writer / January 11, 2012", "Jonathan Carson January 17, 2012")
 * is a publication-date line (1); labelled lines are classified as by
 * pa_date_line_kind ("Updated …" is 2). */
int pa_date_named_line_kind(const char *utf8, size_t len, const char *lang_hint, pa_date *out);

/* pa_date_label_line — is the line a date label alone, a colon after it
 * aside ("Updated:", "Published on", "Posted:"): the label that a date under
 * it completes as a date line?  1 or 0; lines over 60 bytes are not. */
int pa_date_label_line(const char *utf8, size_t len);

/* pa_date_from_url — a date written in a URL path (/2025/11/14/, /20251114/,
 * /2025-11-14-slug).  Returns 0 on success, -1 otherwise. */
int pa_date_from_url(const char *url, pa_date *out);

/* pa_date_format — "YYYY-MM-DD", or "YYYY-MM-DDThh:mm:ss±hh:mm" when has_time;
 * buf of at least 32 bytes. */
void pa_date_format(const pa_date *d, char *buf, size_t size);

/* pa_digits_to_ascii — copy `in` to `out` (size `outsize`, NUL-terminated)
 * replacing native decimal digits (Arabic-Indic, Persian, Devanagari,
 * Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
 * Thai, Lao, Tibetan, Myanmar, Khmer, fullwidth...) by ASCII '0'..'9'.
 * Returns the number of bytes written (excluding NUL). */
size_t pa_digits_to_ascii(const char *in, size_t len, char *out, size_t outsize);

#endif
