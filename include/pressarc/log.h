/* log.h — one line per event on stderr: "LEVEL [source] message".  When
 * stderr is connected to the journal (JOURNAL_STREAM set by systemd), each
 * line starts with its syslog priority ("<6>") so journald files it at the
 * right level. */
#ifndef PRESSARC_LOG_H
#define PRESSARC_LOG_H

#include "pressarc/config.h"

/* pa_log_set_level — lines above `level` are dropped (default info). */
void pa_log_set_level(pa_log_level level);

/* pa_log — write one line (message truncated at 2 KiB, control bytes
 * replaced); `source` may be NULL.  Thread-safe. */
void pa_log(pa_log_level level, const char *source, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
