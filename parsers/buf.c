/* buf.c — bounded growable byte buffer (see include/pressarc/buf.h). */
#include "pressarc/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pa_buf_init(pa_buf *b, size_t limit)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->limit = limit ? limit : PA_BUF_DEFAULT_LIMIT;
}

static pa_code reserve(pa_buf *b, size_t extra)
{
    size_t limit = b->limit ? b->limit : PA_BUF_DEFAULT_LIMIT;
    if (extra > limit || b->len > limit - extra)
        return PA_ERR_LIMIT;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return PA_OK;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = ncap > ((size_t)-1) / 2 ? need : ncap * 2;
    char *p = realloc(b->data, ncap);
    if (!p)
        return PA_ERR_NOMEM;
    b->data = p;
    b->cap = ncap;
    return PA_OK;
}

pa_code pa_buf_append(pa_buf *b, const void *p, size_t n)
{
    pa_code rc = reserve(b, n);
    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return PA_OK;
}

pa_code pa_buf_reserve(pa_buf *b, size_t n)
{
    pa_code rc = reserve(b, n);
    if (!rc)
        b->data[b->len] = '\0'; /* (a new allocation's too) */
    return rc;
}

pa_code pa_buf_puts(pa_buf *b, const char *s)
{
    return pa_buf_append(b, s, strlen(s));
}

pa_code pa_buf_putc(pa_buf *b, char c)
{
    return pa_buf_append(b, &c, 1);
}

pa_code pa_buf_printf(pa_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return PA_ERR_INVALID;
    if ((size_t)n < sizeof small)
        return pa_buf_append(b, small, (size_t)n);
    pa_code rc = reserve(b, (size_t)n);
    if (rc)
        return rc;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return PA_OK;
}

char *pa_buf_steal(pa_buf *b)
{
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void pa_buf_reset(pa_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void pa_buf_free(pa_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
