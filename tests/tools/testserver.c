/* testserver.c — `pa_testserver --root DIR [--port N] [--port-file F] [--log F]`:
 * serves a directory of files on 127.0.0.1 for the README demo and the
 * command-line tests (libmicrohttpd).  Paths with ".." or control bytes are
 * refused; "/" and ".../" serve index.html.  Stops on SIGINT/SIGTERM; SIGHUP
 * is ignored.
 *
 * Validators: every 200 file response carries
 *   ETag: "<hex size>-<hex mtime in ns>"  and  Last-Modified: <HTTP-date>.
 * If-None-Match matching the ETag (exact, inside a comma list, or "*") gives
 * 304; otherwise If-Modified-Since >= the file mtime (seconds) gives 304.
 *
 * --log F appends one line per request (O_APPEND, flushed per line):
 *   METHOD PATH STATUS inm=<If-None-Match|-> ims=<If-Modified-Since|-> ua=<User-Agent|->
 * with spaces (and control bytes) inside values replaced by '_'.
 *
 * FILE.headers, when it exists, adds its "Name: value" lines to FILE's 200
 * responses (e.g. HTTP Link headers). */
#include <errno.h>
#include <fcntl.h>
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pressarc/httpdate.h"

static volatile sig_atomic_t stop;
static const char *root = ".";
static FILE *log_file;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static const char *content_type(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot)
        return "application/octet-stream";
    if (!strcmp(dot, ".html") || !strcmp(dot, ".htm"))
        return "text/html; charset=utf-8";
    if (!strcmp(dot, ".txt"))
        return "text/plain; charset=utf-8";
    if (!strcmp(dot, ".xml"))
        return "application/xml";
    if (!strcmp(dot, ".json"))
        return "application/json";
    if (!strcmp(dot, ".gz"))
        return "application/gzip";
    if (!strcmp(dot, ".rss"))
        return "application/rss+xml";
    if (!strcmp(dot, ".atom"))
        return "application/atom+xml";
    return "application/octet-stream";
}

/* log_value — copy a header value for the log: "-" when absent, spaces and
 * control bytes become '_' (so a log line splits on spaces), bounded. */
static void log_value(const char *v, char *out, size_t size)
{
    if (!v || !*v) {
        snprintf(out, size, "-");
        return;
    }
    size_t n = 0;
    for (; v[n] && n + 1 < size; n++)
        out[n] = ((unsigned char)v[n] <= 0x20 || v[n] == 0x7f) ? '_' : v[n];
    out[n] = '\0';
}

static void log_request(struct MHD_Connection *c, const char *method, const char *url, unsigned status)
{
    if (!log_file)
        return;
    char path[1100], inm[512], ims[128], ua[512];
    log_value(url, path, sizeof path);
    log_value(MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH), inm, sizeof inm);
    log_value(MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_MODIFIED_SINCE), ims, sizeof ims);
    log_value(MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_USER_AGENT), ua, sizeof ua);
    pthread_mutex_lock(&log_lock);
    fprintf(log_file, "%s %s %u inm=%s ims=%s ua=%s\n", method, path, status, inm, ims, ua);
    fflush(log_file);
    pthread_mutex_unlock(&log_lock);
}

/* etag_matches — does an If-None-Match value name `etag`?  "*" matches any;
 * otherwise each comma-separated entry (optional W/ prefix, surrounding
 * blanks trimmed) is compared exactly. */
static int etag_matches(const char *inm, const char *etag)
{
    size_t elen = strlen(etag);
    const char *p = inm;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *e = end;
        while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        size_t len = (size_t)(e - p);
        if (len == 1 && *p == '*')
            return 1;
        const char *q = p;
        if (len >= 2 && q[0] == 'W' && q[1] == '/') {
            q += 2;
            len -= 2;
        }
        if (len == elen && !memcmp(q, etag, elen))
            return 1;
        p = end;
    }
    return 0;
}

static enum MHD_Result answer(struct MHD_Connection *c, unsigned status, const char *text)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "Content-Type", "text/plain");
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result serve(struct MHD_Connection *c, const char *url, const char *method, unsigned *status);

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                               const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)cls;
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)con_cls;
    unsigned status = 0;
    enum MHD_Result ret = serve(c, url, method, &status);
    log_request(c, method, url, status);
    return ret;
}

/* Extra response headers for FILE from FILE.headers, if present: one
 * "Name: value" per line (at most 8 KB read; other lines ignored). */
static void add_sidecar_headers(struct MHD_Response *r, const char *path)
{
    char hp[2100], buf[8193];
    snprintf(hp, sizeof hp, "%s.headers", path);
    FILE *f = fopen(hp, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *save = NULL; /* requests are served on several threads: strtok_r */
    for (char *line = strtok_r(buf, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
        char *colon = strchr(line, ':');
        if (!colon || colon == line)
            continue;
        *colon = '\0';
        const char *v = colon + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        MHD_add_response_header(r, line, v);
    }
}

static enum MHD_Result serve(struct MHD_Connection *c, const char *url, const char *method, unsigned *status)
{
    *status = 405;
    if (strcmp(method, "GET") && strcmp(method, "HEAD"))
        return answer(c, 405, "method not allowed\n");
    *status = 400;
    if (url[0] != '/' || strstr(url, "..") || strlen(url) > 1024)
        return answer(c, 400, "bad path\n");
    for (const char *p = url; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == '\\')
            return answer(c, 400, "bad path\n");
    char path[2048];
    snprintf(path, sizeof path, "%s%s%s", root, url, url[strlen(url) - 1] == '/' ? "index.html" : "");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        if (fd >= 0)
            close(fd);
        *status = 404;
        return answer(c, 404, "not found\n");
    }
    char etag[64], lastmod[64];
    unsigned long long mtime_ns =
        (unsigned long long)sb.st_mtim.tv_sec * 1000000000ull + (unsigned long long)sb.st_mtim.tv_nsec;
    snprintf(etag, sizeof etag, "\"%llx-%llx\"", (unsigned long long)sb.st_size, mtime_ns);
    pa_http_date_format(sb.st_mtim.tv_sec, lastmod, sizeof lastmod);
    const char *inm = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
    const char *ims = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_MODIFIED_SINCE);
    int not_modified = 0;
    time_t since;
    if (inm)
        not_modified = etag_matches(inm, etag);
    else if (ims && pa_http_date_parse(ims, &since) == 0 && sb.st_mtim.tv_sec <= since)
        not_modified = 1;
    if (not_modified) {
        close(fd);
        struct MHD_Response *r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
        if (!r)
            return MHD_NO;
        MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
        MHD_add_response_header(r, MHD_HTTP_HEADER_LAST_MODIFIED, lastmod);
        *status = 304;
        enum MHD_Result ret = MHD_queue_response(c, 304, r);
        MHD_destroy_response(r);
        return ret;
    }
    struct MHD_Response *r = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
    if (!r) {
        close(fd);
        *status = 500;
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", content_type(path));
    MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
    MHD_add_response_header(r, MHD_HTTP_HEADER_LAST_MODIFIED, lastmod);
    add_sidecar_headers(r, path);
    *status = 200;
    enum MHD_Result ret = MHD_queue_response(c, 200, r);
    MHD_destroy_response(r);
    return ret;
}

int main(int argc, char **argv)
{
    int port = 0;
    const char *port_file = NULL;
    const char *log_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--root") && i + 1 < argc)
            root = argv[++i];
        else if (!strcmp(argv[i], "--port") && i + 1 < argc)
            port = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--port-file") && i + 1 < argc)
            port_file = argv[++i];
        else if (!strcmp(argv[i], "--log") && i + 1 < argc)
            log_path = argv[++i];
        else {
            fprintf(stderr, "usage: pa_testserver --root DIR [--port N] [--port-file FILE] [--log FILE]\n");
            return 2;
        }
    }
    struct stat sb;
    if (stat(root, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "pa_testserver: %s is not a directory\n", root);
        return 2;
    }
    if (log_path) {
        int lfd = open(log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (lfd < 0 || !(log_file = fdopen(lfd, "a"))) {
            fprintf(stderr, "pa_testserver: cannot open %s: %s\n", log_path, strerror(errno));
            if (lfd >= 0)
                close(lfd);
            return 2;
        }
    }
    signal(SIGHUP, SIG_IGN);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct MHD_Daemon *d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION, (uint16_t)port,
                                            NULL, NULL, handler, NULL, MHD_OPTION_SOCK_ADDR, &addr,
                                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "pa_testserver: cannot listen on 127.0.0.1:%d\n", port);
        if (log_file)
            fclose(log_file);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    if (port_file) {
        char tmp[1024];
        snprintf(tmp, sizeof tmp, "%s.tmp", port_file);
        FILE *f = fopen(tmp, "w");
        if (!f || fprintf(f, "%u\n", info ? info->port : 0) < 0 || fclose(f) != 0 || rename(tmp, port_file) != 0) {
            fprintf(stderr, "pa_testserver: cannot write %s: %s\n", port_file, strerror(errno));
            MHD_stop_daemon(d);
            if (log_file)
                fclose(log_file);
            return 1;
        }
    } else {
        printf("%u\n", info ? info->port : 0);
        fflush(stdout);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    while (!stop)
        pause();
    MHD_stop_daemon(d);
    if (log_file)
        fclose(log_file);
    return 0;
}
