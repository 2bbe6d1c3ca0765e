/* decode.h — HTTP content decoding (gzip, x-gzip, deflate (zlib or raw), br)
 * with a hard output cap, so a decompression bomb cannot exhaust memory. */
#ifndef PRESSARC_DECODE_H
#define PRESSARC_DECODE_H

#include <stddef.h>
#include "pressarc/error.h"

/* pa_content_decode — decode `in` according to the Content-Encoding value
 * `encoding` (may be NULL/"identity": plain copy; a comma list is decoded
 * right to left).  Output is malloc'd into *out (NUL-terminated; *out_len
 * excludes the NUL).  PA_ERR_LIMIT if the decoded size would exceed
 * `max_out` (nothing returned), PA_ERR_PARSE for corrupt data,
 * PA_ERR_INVALID for an unknown encoding. */
pa_code pa_content_decode(const char *encoding, const char *in, size_t len, size_t max_out,
                          char **out, size_t *out_len, pa_err *err);

#endif
