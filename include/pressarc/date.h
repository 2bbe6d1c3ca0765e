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
    int order;                 /* a numeric date whose day and month could trade places ("09/11/2012": both
                                * 12 or less and unequal): how it was read, PA_DATE_MDY or PA_DATE_DMY; else 0 */
} pa_date;

/* The order of an all-numeric date's first two fields (pa_date.order and the
 * pa_date_order_* answers; 0 is "not known"). */
#define PA_DATE_MDY 1 /* month first: "09/11/2012" is 11 September (the US, the Philippines) */
#define PA_DATE_DMY 2 /* day first: "09/11/2012" is 9 November (most of the world) */

/* pa_date_valid — 1 if the date exists in the Gregorian calendar, lies in
 * 1990..(year of not_after) and is not after `not_after` (0 = no upper
 * bound check besides year < 2100). */
int pa_date_valid(const pa_date *d, time_t not_after);

/* pa_date_valid_declared — pa_date_valid for a date that the page's
 * structured metadata declares as its publication date, whose year may lie
 * before 1990, down to 1700: a digitised archive's article or issue page
 * (a 1921 newspaper's story) is dated by its issue.  Policy: the 1990 floor
 * of pa_date_valid keeps free text's years ("founded in 1923", a history
 * page's "March 3, 1921") from passing for the page's date; a field that
 * names the publication date — JSON-LD datePublished of an Article-like
 * node, the meta keys citation_publication_date / citation_date /
 * dc.date.issued / dcterms.issued / DC.date and the other keys before
 * "sailthru.date" in extract_meta.c's list — says which day it is, so an
 * older year there is taken.  A clock's or database's zero day (1970-01-01,
 * 1900-01-01, 1899-12-30/31, 1753-01-01) is an unset field, never a date.
 * Text lines, <time> elements, URLs and loose keys ("date") keep 1990. */
int pa_date_valid_declared(const pa_date *d, time_t not_after);

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
 * label followed by a date and little else, or a print folio's or an
 * e-edition stamp's closing part ("Page 12 | Paper | Tuesday 26 July 2016",
 * "Paper - 08/11/2016": short names before a spaced bar or dash, numbers
 * only after a dash), 0 otherwise.  When 1 and `out` is not NULL, the date
 * is parsed into *out. */
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

/* pa_date_compact_line — 1 if utf8[0..len) is a compact numeric date with a
 * two-digit year alone, spaces around it aside ("09/11/12", "11.09.12"):
 * the line pa_date_line_kind reads as a date line only for standing alone
 * (a version "3.10.12" or a season's record "10-3-12" looks the same); else 0. */
int pa_date_compact_line(const char *utf8, size_t len);

/* pa_date_from_url — a date written in a URL path (/2025/11/14/, /20251114/,
 * /2025-11-14-slug).  Returns 0 on success, -1 otherwise. */
int pa_date_from_url(const char *url, pa_date *out);

/* ---- the day/month order of a page's numeric dates ----
 *
 * pa_date_parse_text reads "09/11/2012" by its lang_hint alone (above); a
 * page's order is then settled by the extractor (extract.c, page_date_order)
 * from the whole page, by these signals in order of trust, the first that
 * answers deciding (the page's numbers and names are read in the text a
 * reader sees: not in a script, a style sheet, an HTML comment or a tag):
 *   1. the page's own numeric dates: another d/m/yyyy date on it with a part
 *      over 12 on a date line of its own (a comment's day, an update line;
 *      not one quoted in a sentence), all of them one way
 *      (pa_date_order_of_numbers; dates both ways settle nothing);
 *   2. a declared English region other than the US (html lang, og:locale,
 *      Content-Language: "en-GB", "en_AU", "en-IN"): day first), which no CMS
 *      writes by default;
 *   3. the country domain of the page's absolute address, canonical or og:url
 *      (pa_date_order_of_host: .uk .au .in .nz .ie .za .de ... day first;
 *      .us .gov .mil .edu .ph month first), above the next two since
 *      WordPress and most CMSs declare "en-US"/"en_US" wherever they run;
 *   4. the same day written with an English month name on the page ("July 8,
 *      2014" in a story dated "08.07.2014"), naming one reading and not the
 *      other (pa_date_order_same_day); below 2 and 3, since a day the story
 *      names may be another one ("due by May 4, 2019" in a notice of
 *      04/05/2019);
 *   5. a declared US English ("en-US", "en_US", "en-PH": month first),
 *      unless the page's own furniture writes its month-name dates the other
 *      way (6 counted in short runs alone, pa_date_order_of_name_lines: a
 *      WordPress site's default "en-US" over an Indian sidebar's "13 May
 *      2019"; a UK wire story's "on 23 May" in the copy does not count);
 *   6. how the page writes its other dates with English month names
 *      (pa_date_order_of_names: "21 September", "6 May 2010" against
 *      "September 21, 2012", "Jun 3-5"; one way more than twice as often);
 *   7. else the reading stands: the language hint's (bare "en" month first,
 *      none or another language day first), with a US time zone after the
 *      clock on the date's own line meaning month first when no language is
 *      declared ("5:32 PM EST"; an Australian "EST" is overruled by 3).
 * Signals 2, 3, 5 and 6 speak for English pages only: a page declared (or
 * whose text is found) in another language, or with no language and a text
 * not in Latin script, keeps its reading unless 1 or 4 answers.  When signals
 * disagree the more trusted one decides; within one signal, votes both ways
 * (1), both readings named (4) or no clear majority (6) answer nothing.  A
 * currency or a spelling is no signal: it tells what a story is about, not
 * how the site writes dates. */

/* pa_date_order_of_tag — the order a language tag or locale declares:
 * PA_DATE_MDY for English of the US or the Philippines ("en-US", "en_us",
 * "en-PH"), PA_DATE_DMY for English of another two-letter region ("en-GB",
 * "en_AU", "en-IN"), 0 for a bare "en", another language, NULL or junk. */
int pa_date_order_of_tag(const char *tag);

/* pa_date_order_of_host — the order the country domain of url's host
 * declares (see above; "https://www.example.co.uk/x" is PA_DATE_DMY); 0 for
 * .com and other generic or unknown domains, and for NULL. */
int pa_date_order_of_host(const char *url);

/* pa_date_order_of_numbers — the order that the numeric dates in
 * s[0..len) (text or HTML: its text runs outside tags, scripts, styles and
 * comments) show: "d/m/yyyy", "d.m.yyyy", "d-m-yyyy" (the same separator
 * twice, a year 1990-2099) whose first part is over 12 vote day first, whose
 * second is, month first, when their run (200 bytes or less) is a date line
 * (pa_date_line_kind: "Comment 25.09.2012 08:15", "Page last updated
 * 02/18/2011"); PA_DATE_MDY or PA_DATE_DMY when the votes all go one way, 0
 * when there are none or both. */
int pa_date_order_of_numbers(const char *s, size_t len);

/* pa_date_order_same_day — the order of `read`, a date that reads both ways
 * (read->order set; else 0), that s[0..len) (text or HTML; NULL answers 0)
 * settles by writing one of its two readings, and not the other (in the text
 * a reader sees, as pa_date_order_of_numbers reads it), with an
 * English month name and the same year ("July 8, 2014" or "8 July 2014" in a
 * story dated "08.07.2014"); 0 when it writes neither or both. */
int pa_date_order_same_day(const char *s, size_t len, const pa_date *read);

/* pa_date_order_of_names — the order s[0..len) (text or HTML; NULL answers
 * 0; its text runs as pa_date_order_of_numbers) writes its dates with
 * English month names in (a capitalised name, with
 * or without a year): "6 May 2010", "21st Sept" vote day first, "May 6,
 * 2010", "Sept. 21", "Jun 3-5" month first; the side with more than twice
 * the other's votes, or 0. */
int pa_date_order_of_names(const char *s, size_t len);

/* pa_date_order_of_name_lines — pa_date_order_of_names counting only the
 * dates in short text runs (48 bytes or less: a sidebar's "13 May 2019", an
 * events list's "Jun 3-5"), the site's own furniture, not a sentence of
 * copy (a wire story's "on 23 May"). */
int pa_date_order_of_name_lines(const char *s, size_t len);

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
