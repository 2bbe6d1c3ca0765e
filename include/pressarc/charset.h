/* charset.h — finding a page's character encoding and decoding it to UTF-8
 * (pure): forced charset, HTTP Content-Type, BOM, <meta charset> /
 * http-equiv prescan, then statistical detection (uchardet) for pages that
 * declare nothing or lie.  Labels are mapped to their supersets the way
 * browsers do (GB2312/GBK → GB18030, ISO-8859-1 → windows-1252, ...). */
#ifndef PRESSARC_CHARSET_H
#define PRESSARC_CHARSET_H

#include <stddef.h>
#include "pressarc/error.h"

/* pa_charset_from_content_type — the charset parameter of a Content-Type
 * value copied into out (size outsize), or "" if none.  Returns out. */
char *pa_charset_from_content_type(const char *ctype, char *out, size_t outsize);

/* pa_charset_prescan — the charset declared by <meta charset> or
 * <meta http-equiv=Content-Type content="…charset=…"> in the first 4 KiB
 * of `html`, copied to out, or "" if none.  Returns out. */
char *pa_charset_prescan(const char *html, size_t len, char *out, size_t outsize);

/* pa_charset_to_utf8 — decode `len` bytes to a malloc'd NUL-terminated
 * UTF-8 string (*out, *out_len).  `forced` and `http_charset` may be NULL.
 * The name of the charset actually used is copied into used (≥ 32 bytes).
 * Undecodable bytes become U+FFFD: the output is always valid UTF-8.
 * PA_ERR_NOMEM only. */
pa_code pa_charset_to_utf8(const char *data, size_t len, const char *forced, const char *http_charset,
                           char **out, size_t *out_len, char *used, size_t used_size, pa_err *err);

/* pa_charset_to_utf8_reuse — pa_charset_to_utf8 of bytes the caller gives
 * up: data[0..len) writable with a NUL at data[len].  When they are the
 * UTF-8 text pa_charset_to_utf8 would copy (valid UTF-8, nothing to
 * decode or undo), *out points into data (past a BOM) and *reused is 1:
 * nothing to free, and data's bytes are the output's, for the caller to
 * change in place.  Else *reused is 0 and *out is malloc'd, as there. */
pa_code pa_charset_to_utf8_reuse(char *data, size_t len, const char *forced, const char *http_charset, char **out,
                                 size_t *out_len, char *used, size_t used_size, int *reused, pa_err *err);

/* pa_utf8_valid — 1 if the bytes are well-formed UTF-8. */
int pa_utf8_valid(const char *s, size_t len);

#endif
