/* lang.h — language identification of extracted text (pure): Unicode
 * script first (Kannada, Bengali, Thai, Greek, Hangul, Kana, Han …
 * identify their language outright), then libexttextcat n-gram models for
 * scripts shared by many languages (Latin, Arabic, Cyrillic, Devanagari). */
#ifndef PRESSARC_LANG_H
#define PRESSARC_LANG_H

#include <stddef.h>

/* pa_lang_detect — the BCP 47 tag of the text's language ("en", "ar",
 * "zh-Hans"...) copied into out (≥ 16 bytes), or "" when it cannot be
 * told (too short, unknown).  Reads at most the first 8 KiB.  Thread-safe. */
char *pa_lang_detect(const char *utf8, size_t len, char *out, size_t outsize);

/* pa_lang_script_of — the dominant script family of the text, as a short
 * name ("Latn", "Arab", "Cyrl", "Knda", "Beng", "Hani", ...), or "" */
const char *pa_lang_script_of(const char *utf8, size_t len);

/* PA_LANG_MAX_RANGES — the most script ranges lang.c counts (its table's size, checked there). */
#define PA_LANG_MAX_RANGES 48

/* pa_lang_scan — a text's letters counted by script range once
 * (pa_lang_scan_text), for both pa_lang_scan_script and
 * pa_lang_scan_detect: a caller that asks for the script and then for the
 * language of the same text counts it once.  The text must outlive it. */
typedef struct {
    const char *utf8;
    size_t len;
    int dominant; /* the dominant range, -1: none */
    int kana;     /* the kana letters counted */
    unsigned counts[PA_LANG_MAX_RANGES];
} pa_lang_scan;

/* pa_lang_scan_text — count utf8[0..len) (its first 8 KiB) into *scan. */
void pa_lang_scan_text(const char *utf8, size_t len, pa_lang_scan *scan);

/* pa_lang_scan_script — pa_lang_script_of of the scanned text. */
const char *pa_lang_scan_script(const pa_lang_scan *scan);

/* pa_lang_scan_detect — pa_lang_detect of the scanned text. */
char *pa_lang_scan_detect(const pa_lang_scan *scan, char *out, size_t outsize);

/* pa_lang_compatible — 1 if a declared tag (e.g. <html lang="ar">) is
 * plausible for text in `script` (e.g. "en" is not for Kannada text). */
int pa_lang_compatible(const char *tag, const char *script);

/* pa_lang_tag_valid — 1 if `tag` has the shape of a BCP 47 language tag
 * (a primary subtag of 2-3 letters, then subtags of 1-8 letters or digits
 * after '-' or '_', at most 35 bytes in all), as a sitemap's news:language
 * must: "en", "zh-cn", "pt_BR".  Anything else (spaces, markup) is 0. */
int pa_lang_tag_valid(const char *tag);

/* pa_lang_tag_normalise — rewrite a declared tag in place to the form
 * pressarc stores: '_' becomes '-', the primary subtag lower case, a
 * two-letter region upper case ("EN_us" -> "en-US"); it stops at the first
 * character that is not a letter, digit, '-' or '_' and keeps at most 35
 * bytes. */
void pa_lang_tag_normalise(char *tag);

#endif
