/* strfind_cmp.h — opt-in: a file that includes this header, after its
 * other headers, has every strncmp and strncasecmp it calls (most of the
 * classifiers' calls are prefix tests a first byte decides) made
 * pa_strncmp and pa_strncasecmp of strfind.h: the same results, a
 * different first byte answered inline without the library's call.
 * Include it last: the macros would rename the C library's own
 * declarations of the two in a <string.h> or <strings.h> read after it
 * (strfind.h reads both first, so a later include of them is empty). */
#ifndef PRESSARC_STRFIND_CMP_H
#define PRESSARC_STRFIND_CMP_H

#include "pressarc/strfind.h"

#define strncmp(a, b, n) pa_strncmp((a), (b), (n))
#define strncasecmp(a, b, n) pa_strncasecmp((a), (b), (n))

#endif
