/* log.c — the daemon's event log on stderr (see log.h). */
#include "pressarc/log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static pa_log_level threshold = PA_LOG_INFO;
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;

void pa_log_set_level(pa_log_level level)
{
    threshold = level;
}

void pa_log(pa_log_level level, const char *source, const char *fmt, ...)
{
    if (level > threshold)
        return;
    static const char *const names[] = {"error", "warn", "info", "debug"};
    static const int prio[] = {3, 4, 6, 7};
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    for (char *c = msg; *c; c++)
        if ((unsigned char)*c < 0x20)
            *c = ' ';
    int journal = getenv("JOURNAL_STREAM") != NULL;
    char when[32] = "";
    if (!journal) { /* journald stamps lines itself */
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ ", &tm);
    }
    pthread_mutex_lock(&log_mu);
    if (journal)
        fprintf(stderr, "<%d>", prio[level]);
    if (source)
        fprintf(stderr, "%s%s [%s] %s\n", when, names[level], source, msg);
    else
        fprintf(stderr, "%s%s %s\n", when, names[level], msg);
    fflush(stderr);
    pthread_mutex_unlock(&log_mu);
}
