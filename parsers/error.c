/* error.c — the pa_err type: setting, clearing and naming error codes. */
#include "pressarc/error.h"

#include <stdarg.h>
#include <stdio.h>

pa_code pa_err_set(pa_err *err, pa_code code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void pa_err_clear(pa_err *err)
{
    if (err) {
        err->code = PA_OK;
        err->msg[0] = '\0';
    }
}

const char *pa_code_name(pa_code code)
{
    switch (code) {
    case PA_OK: return "ok";
    case PA_ERR_NOMEM: return "nomem";
    case PA_ERR_IO: return "io";
    case PA_ERR_PARSE: return "parse";
    case PA_ERR_INVALID: return "invalid";
    case PA_ERR_LIMIT: return "limit";
    case PA_ERR_STORE: return "store";
    case PA_ERR_NET: return "net";
    case PA_ERR_USAGE: return "usage";
    case PA_ERR_CORRUPT: return "corrupt";
    case PA_ERR_NOTFOUND: return "notfound";
    }
    return "unknown";
}
