/* cmd_extract.c — `pressarc extract [--format text|json|jsonl] [--url URL]
 * [--charset NAME] FILE... | -`: main text and metadata of local HTML files
 * (plain or .gz), many files in one process, one failure never stops the
 * others. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "pressarc/buf.h"
#include "pressarc/cli.h"
#include "pressarc/extract.h"

enum { F_TEXT, F_JSON, F_JSONL };

static void usage(FILE *f)
{
    fputs("usage: pressarc extract [--format text|json|jsonl] [--url URL] [--charset NAME] FILE... | -\n"
          "\n"
          "Extract the main text and metadata of HTML files (gzip-compressed files are\n"
          "read too).  text: paragraphs separated by blank lines (documents separated by\n"
          "a form feed line); json: one pretty object per file; jsonl: one object per line.\n"
          "Objects hold file, url, title, published, lang, author, sitename, canonical,\n"
          "alternates, charset, date_source, paragraphs, text — or file and error.\n"
          "  --url URL       the page URL (resolves links, dates in the URL); with one file\n"
          "  --charset NAME  decode with this charset, whatever the page says\n"
          "Exit status 1 if any file could not be read or is not HTML.\n",
          f);
}

/* Read a whole file (transparently gunzipped), bounded by the extractor's cap. */
static int read_input(const char *name, pa_buf *b, char *why, size_t whylen)
{
    if (strcmp(name, "-") == 0) {
        char chunk[65536];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
            if (pa_buf_append(b, chunk, n)) {
                snprintf(why, whylen, "larger than %zu bytes", (size_t)PA_EXTRACT_MAX_INPUT);
                return -1;
            }
        if (ferror(stdin)) {
            snprintf(why, whylen, "read error: %s", strerror(errno));
            return -1;
        }
        return 0;
    }
    gzFile g = gzopen(name, "rb");
    if (!g) {
        snprintf(why, whylen, "cannot open: %s", strerror(errno ? errno : ENOENT));
        return -1;
    }
    char chunk[65536];
    int n;
    while ((n = gzread(g, chunk, sizeof chunk)) > 0)
        if (pa_buf_append(b, chunk, (size_t)n)) {
            gzclose(g);
            snprintf(why, whylen, "larger than %zu bytes", (size_t)PA_EXTRACT_MAX_INPUT);
            return -1;
        }
    int errnum = 0;
    const char *msg = gzerror(g, &errnum);
    if (n < 0 || errnum < 0) {
        snprintf(why, whylen, "read error: %s", errnum == Z_ERRNO ? strerror(errno) : msg);
        gzclose(g);
        return -1;
    }
    gzclose(g);
    return 0;
}

static json_t *jstr(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;
    return v ? v : json_null();
}

static json_t *doc_object(const char *file, const pa_doc *d)
{
    json_t *o = json_object();
    json_object_set_new(o, "file", json_string(file));
    json_object_set_new(o, "url", jstr(d->url));
    json_object_set_new(o, "title", jstr(d->title));
    json_object_set_new(o, "published", jstr(d->published));
    json_object_set_new(o, "lang", jstr(d->lang));
    json_object_set_new(o, "author", jstr(d->author));
    json_object_set_new(o, "sitename", jstr(d->sitename));
    json_object_set_new(o, "canonical", jstr(d->canonical));
    json_t *alts = json_array();
    for (size_t i = 0; i < d->n_alternates; i++)
        json_array_append_new(alts, json_pack("{s:o, s:o}", "hreflang", jstr(d->alternates[i].hreflang), "href",
                                              jstr(d->alternates[i].href)));
    json_object_set_new(o, "alternates", alts);
    json_object_set_new(o, "charset", jstr(d->charset));
    json_object_set_new(o, "date_source", jstr(d->date_source));
    json_object_set_new(o, "paragraphs", json_integer((json_int_t)d->n_paragraphs));
    json_object_set_new(o, "text", jstr(d->text));
    return o;
}

static void print_json(json_t *o, int format)
{
    char *s = json_dumps(o, JSON_PRESERVE_ORDER | (format == F_JSONL ? JSON_COMPACT : JSON_INDENT(2)));
    if (s) {
        fputs(s, stdout);
        fputc('\n', stdout);
        free(s);
    }
}

int pa_cmd_extract(int argc, char **argv)
{
    int format = F_TEXT;
    const char *url = NULL, *charset = NULL;
    static const struct option longopts[] = {
        {"format", required_argument, 0, 'f'}, {"url", required_argument, 0, 'u'},
        {"charset", required_argument, 0, 'c'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (!strcmp(optarg, "text"))
                format = F_TEXT;
            else if (!strcmp(optarg, "json"))
                format = F_JSON;
            else if (!strcmp(optarg, "jsonl"))
                format = F_JSONL;
            else {
                fprintf(stderr, "pressarc extract: --format must be text, json or jsonl, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'u': url = optarg; break;
        case 'c': charset = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "pressarc extract: no input files (use - for stdin)\n");
        usage(stderr);
        return 2;
    }
    int failed = 0, first = 1;
    pa_buf b;
    pa_buf_init(&b, PA_EXTRACT_MAX_INPUT);
    for (int i = optind; i < argc; i++) {
        const char *name = argv[i];
        char why[PA_ERR_MSG_MAX + 64] = "";
        pa_buf_reset(&b);
        pa_doc d;
        memset(&d, 0, sizeof d);
        int ok = read_input(name, &b, why, sizeof why) == 0;
        if (ok) {
            pa_extract_opts o = {.url = url, .charset = charset};
            pa_err err;
            pa_err_clear(&err);
            if (pa_extract(b.data ? b.data : "", b.len, &o, &d, &err) != PA_OK) {
                snprintf(why, sizeof why, "%s", err.msg);
                ok = 0;
            }
        }
        if (!ok) {
            failed = 1;
            fprintf(stderr, "pressarc extract: %s: %s\n", name, why);
            if (format != F_TEXT) {
                json_t *o = json_pack("{s:s, s:s}", "file", name, "error", why);
                if (o)
                    print_json(o, format);
                json_decref(o);
            }
            continue;
        }
        if (format == F_TEXT) {
            if (!first)
                fputs("\f\n", stdout);
            fputs(d.text, stdout);
            fputc('\n', stdout);
        } else {
            json_t *o = doc_object(name, &d);
            print_json(o, format);
            json_decref(o);
        }
        first = 0;
        pa_doc_free(&d);
    }
    pa_buf_free(&b);
    fflush(stdout);
    return failed ? 1 : 0;
}
