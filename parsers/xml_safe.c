/* xml_safe.c — the safe libxml2 read of untrusted XML (see xml_safe.h),
 * one copy for sitemap.c and feed.c. */
#include "pressarc/xml_safe.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "pressarc/decode.h"

/* SAX entity declaration handlers that refuse instead of registering: the
 * parse stops at the first <!ENTITY>, before any reference to it (refuse:
 * the refusal noted in the int ctx's _private points to, when set). */
static void refuse(void *ctx)
{
    xmlParserCtxtPtr c = ctx;
    if (c->_private)
        *(int *)c->_private = 1;
    xmlStopParser(c);
}

static void refuse_entity(void *ctx, const xmlChar *name, int type, const xmlChar *pub, const xmlChar *sys,
                          xmlChar *content)
{
    (void)name, (void)type, (void)pub, (void)sys, (void)content;
    refuse(ctx);
}

static void refuse_unparsed(void *ctx, const xmlChar *name, const xmlChar *pub, const xmlChar *sys,
                            const xmlChar *notation)
{
    (void)name, (void)pub, (void)sys, (void)notation;
    refuse(ctx);
}

/* Parse buf[0..n) (0 < n <= INT_MAX) into *docp, as pa_xml_safe_read
 * says. */
static pa_code read_tree(const char *buf, size_t n, xmlDocPtr *docp, int *wf, char *xmlmsg, size_t msgsize,
                         pa_err *err)
{
    *docp = NULL;
    *wf = 0;
    xmlmsg[0] = '\0';
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory creating the XML parser");
    ctxt->sax->entityDecl = refuse_entity;
    ctxt->sax->unparsedEntityDecl = refuse_unparsed;
    int refused = 0;
    ctxt->_private = &refused;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)n, NULL, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER |
                                          XML_PARSE_COMPACT);
    const xmlError *e = xmlCtxtGetLastError(ctxt);
    if (refused || ctxt->errNo == XML_ERR_USER_STOP) {
        int line = ctxt->input ? ctxt->input->line : 0;
        if (doc)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return pa_err_set(err, PA_ERR_PARSE, "XML declares entities in its DOCTYPE at line %d (refused)", line);
    }
    *wf = ctxt->wellFormed;
    if (e && e->message) {
        size_t ml = strlen(e->message);
        while (ml && pa_xml_ws((unsigned char)e->message[ml - 1]))
            ml--;
        snprintf(xmlmsg, msgsize, "%.*s at line %d", (int)(ml > 300 ? 300 : ml), e->message, e->line);
    } else {
        snprintf(xmlmsg, msgsize, "malformed XML");
    }
    xmlFreeParserCtxt(ctxt);
    if (!doc || !xmlDocGetRootElement(doc)) {
        if (doc)
            xmlFreeDoc(doc);
        return pa_err_set(err, PA_ERR_PARSE, "not XML: %s", xmlmsg);
    }
    *docp = doc;
    return PA_OK;
}

pa_code pa_xml_safe_read(const char *data, size_t len, size_t max_bytes, const char *what, xmlDocPtr *docp, int *wf,
                         char *xmlmsg, size_t msgsize, pa_err *err)
{
    *docp = NULL;
    *wf = 0;
    xmlmsg[0] = '\0';
    if (max_bytes > INT_MAX)
        max_bytes = INT_MAX;
    char *plain = NULL;
    const char *buf = data;
    size_t n = len;
    if (len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
        pa_err derr;
        pa_code rc = pa_content_decode("gzip", data, len, max_bytes, &plain, &n, &derr);
        if (rc != PA_OK)
            return pa_err_set(err, rc, "gzip %s: %s", what, derr.msg);
        buf = plain;
    } else if (len > max_bytes) {
        return pa_err_set(err, PA_ERR_LIMIT, "%s of %zu bytes exceeds the %zu-byte limit", what, len, max_bytes);
    }
    if (n == 0) {
        free(plain);
        return pa_err_set(err, PA_ERR_PARSE, "empty %s", what);
    }
    pa_code rc = read_tree(buf, n, docp, wf, xmlmsg, msgsize, err);
    free(plain);
    return rc;
}
