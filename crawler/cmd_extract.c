/* cmd_extract.c — `pressarc extract [--format text|json|jsonl] [--url URL]
 * [--charset NAME] [--jobs N] FILE... | -`: main text and metadata of local
 * HTML files (plain or .gz), many files in one process and on every CPU,
 * printed in input order; one failure never stops the others. */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
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
          "  --jobs N        extraction threads (default: one per CPU); output keeps the input order\n"
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
    /* read straight into b's room, 64 KiB a call (no copy through a chunk);
     * at the limit one more byte tells whether the file goes on */
    size_t limit = b->limit ? b->limit : PA_BUF_DEFAULT_LIMIT;
    int n;
    for (;;) {
        size_t want = limit - b->len < 65536 ? limit - b->len : 65536;
        char over;
        if (!want && (n = gzread(g, &over, 1)) > 0) {
            gzclose(g);
            snprintf(why, whylen, "larger than %zu bytes", (size_t)PA_EXTRACT_MAX_INPUT);
            return -1;
        }
        if (!want)
            break;
        if (pa_buf_reserve(b, want)) {
            gzclose(g);
            snprintf(why, whylen, "larger than %zu bytes", (size_t)PA_EXTRACT_MAX_INPUT);
            return -1;
        }
        if ((n = gzread(g, b->data + b->len, (unsigned)want)) <= 0)
            break;
        b->len += (size_t)n;
        b->data[b->len] = '\0';
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

/* One input file's outcome, rendered: what goes to stdout and stderr. */
typedef struct {
    int done;
    int failed;
    char *out;  /* stdout bytes (text or one JSON value and its newline), or NULL */
    char *diag; /* stderr line, or NULL */
} result;

/* The work shared by the extraction threads and the printer: files are
 * claimed in input order and printed in input order; a thread never runs
 * more than PA_XWINDOW files ahead of the printer, so memory is bounded by
 * the threads' buffers and the window's results. */
#define PA_XWINDOW 64
#define PA_XMAX_JOBS 16
typedef struct {
    char **files;
    int n_files;
    int format;
    const char *url, *charset;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int next;    /* next file to claim */
    int printed; /* files printed so far */
    result slots[PA_XWINDOW];
} xwork;

static char *dump_json(json_t *o, int format)
{
    char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | (format == F_JSONL ? JSON_COMPACT : JSON_INDENT(2))) : NULL;
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *line = realloc(s, n + 2);
    if (!line) {
        free(s);
        return NULL;
    }
    line[n] = '\n';
    line[n + 1] = '\0';
    return line;
}

/* Extract one file into *r (reusing the buffer b). */
static void extract_one(const xwork *w, const char *name, pa_buf *b, result *r)
{
    char why[PA_ERR_MSG_MAX + 64] = "";
    pa_buf_reset(b);
    pa_doc d;
    memset(&d, 0, sizeof d);
    int ok = read_input(name, b, why, sizeof why) == 0;
    if (ok) {
        pa_extract_opts o = {.url = w->url, .charset = w->charset};
        pa_err err;
        pa_err_clear(&err);
        /* (b is read again for the next file only: its bytes may be the page's UTF-8, read in place) */
        char none[1] = "";
        if (pa_extract_scratch(b->data ? b->data : none, b->len, &o, &d, &err) != PA_OK) {
            snprintf(why, sizeof why, "%s", err.msg);
            ok = 0;
        }
    }
    if (!ok) {
        r->failed = 1;
        size_t n = strlen(name) + strlen(why) + 32;
        if ((r->diag = malloc(n)))
            snprintf(r->diag, n, "pressarc extract: %s: %s\n", name, why);
        if (w->format != F_TEXT) {
            json_t *o = json_pack("{s:s, s:s}", "file", name, "error", why);
            r->out = dump_json(o, w->format);
            json_decref(o);
        }
        return;
    }
    if (w->format == F_TEXT) {
        size_t n = strlen(d.text);
        if ((r->out = malloc(n + 2))) {
            memcpy(r->out, d.text, n);
            r->out[n] = '\n';
            r->out[n + 1] = '\0';
        }
    } else {
        json_t *o = doc_object(name, &d);
        r->out = dump_json(o, w->format);
        json_decref(o);
    }
    if (!r->out) {
        r->failed = 1;
        r->diag = strdup("pressarc extract: out of memory\n");
    }
    pa_doc_free(&d);
}

static void *extract_worker(void *arg)
{
    xwork *w = arg;
    pa_buf b;
    pa_buf_init(&b, PA_EXTRACT_MAX_INPUT);
    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (w->next < w->n_files && w->next >= w->printed + PA_XWINDOW)
            pthread_cond_wait(&w->cv, &w->mu);
        if (w->next >= w->n_files)
            break;
        int i = w->next++;
        pthread_mutex_unlock(&w->mu);
        result r = {0};
        extract_one(w, w->files[i], &b, &r);
        pthread_mutex_lock(&w->mu);
        r.done = 1;
        w->slots[i % PA_XWINDOW] = r;
        pthread_cond_broadcast(&w->cv);
    }
    pthread_mutex_unlock(&w->mu);
    pa_buf_free(&b);
    return NULL;
}

int pa_cmd_extract(int argc, char **argv)
{
    int format = F_TEXT;
    const char *url = NULL, *charset = NULL;
    int jobs = pa_extract_threads(PA_XMAX_JOBS);
    static const struct option longopts[] = {
        {"format", required_argument, 0, 'f'}, {"url", required_argument, 0, 'u'},
        {"charset", required_argument, 0, 'c'}, {"jobs", required_argument, 0, 'j'},
        {"help", no_argument, 0, 'h'},         {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    char *end;
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
        case 'j': {
            long v = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end != '\0' || v < 1 || v > PA_XMAX_JOBS) {
                fprintf(stderr, "pressarc extract: --jobs must be a number from 1 to %d, not '%s'\n", PA_XMAX_JOBS,
                        optarg);
                return 2;
            }
            jobs = (int)v;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "pressarc extract: no input files (use - for stdin)\n");
        usage(stderr);
        return 2;
    }
    xwork w = {.files = argv + optind, .n_files = argc - optind, .format = format, .url = url, .charset = charset};
    if (jobs > w.n_files)
        jobs = w.n_files;
    json_object_seed(0); /* jansson: seed its hash function before threads use it */
    pthread_mutex_init(&w.mu, NULL);
    pthread_cond_init(&w.cv, NULL);
    pthread_t tids[PA_XMAX_JOBS];
    int started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&tids[started], NULL, extract_worker, &w) != 0)
            break;
    pa_buf b; /* for the work done on this thread when no thread could start */
    pa_buf_init(&b, PA_EXTRACT_MAX_INPUT);
    int failed = 0, first = 1;
    pthread_mutex_lock(&w.mu);
    while (w.printed < w.n_files) {
        result *r = &w.slots[w.printed % PA_XWINDOW];
        if (!started && !r->done) {
            extract_one(&w, w.files[w.next++], &b, r);
            r->done = 1;
        }
        while (!r->done)
            pthread_cond_wait(&w.cv, &w.mu);
        result got = *r;
        memset(r, 0, sizeof *r);
        w.printed++;
        pthread_cond_broadcast(&w.cv);
        pthread_mutex_unlock(&w.mu);
        if (got.diag)
            fputs(got.diag, stderr);
        failed |= got.failed;
        if (got.out) {
            if (format == F_TEXT && !got.failed) {
                if (!first)
                    fputs("\f\n", stdout);
                first = 0;
            }
            fputs(got.out, stdout);
        }
        free(got.out);
        free(got.diag);
        pthread_mutex_lock(&w.mu);
    }
    pthread_mutex_unlock(&w.mu);
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    pa_buf_free(&b);
    pthread_cond_destroy(&w.cv);
    pthread_mutex_destroy(&w.mu);
    fflush(stdout);
    return failed ? 1 : 0;
}
