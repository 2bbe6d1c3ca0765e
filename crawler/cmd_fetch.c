/* cmd_fetch.c — `pressarc fetch [options] URLFILE`: option parsing, exit
 * status and the end-of-run summary around pa_fetch_run(). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pressarc/cli.h"
#include "pressarc/fetch.h"
#include "pressarc/version.h"

static void usage(FILE *f)
{
    fprintf(f,
            "usage: pressarc fetch [options] URLFILE   (URLFILE '-' reads stdin)\n"
            "\n"
            "Fetch every URL (one per line; blank lines and # comments skipped) into the\n"
            "store: WARC records, state.db outcomes, extracted text in bundle tars.\n"
            "\n"
            "  --store DIR           store directory (default ./pressarc-store)\n"
            "  --concurrency N       transfers at once (default 16)\n"
            "  --per-host N          transfers at once per scheme+host+port (default 2)\n"
            "  --delay SECONDS       minimum gap between requests to one host (default 1.0)\n"
            "  --timeout SECONDS     total time per transfer (default 60)\n"
            "  --connect-timeout S   connection time limit (default 15)\n"
            "  --max-bytes N         body size cap, after decompression too (default 52428800)\n"
            "  --retries N           retries after the first attempt (default 3)\n"
            "  --max-crawl-delay S   cap on robots.txt Crawl-delay (default 30)\n"
            "  --user-agent STR      User-Agent (default \"%s\")\n"
            "  --ignore-robots       do not fetch or obey robots.txt\n"
            "  --resolve H:P:ADDR    resolve host H port P to ADDR (repeatable, as curl)\n"
            "  --refetch             fetch again URLs already fetched into this store\n"
            "  --warc-rotate BYTES   start a new WARC file past this size (default 1073741824)\n"
            "  --progress            updating progress line (default when stderr is a TTY)\n"
            "  --quiet               no progress, no summary\n"
            "  --help                this text\n"
            "\n"
            "Exit status: 0 every URL fetched or skipped by robots.txt; 1 some URLs failed,\n"
            "were too large or invalid; 2 usage or unreadable input; 3 store unusable.\n",
            PA_DEFAULT_USER_AGENT);
}

static void on_signal(int sig)
{
    (void)sig;
    pa_fetch_interrupted = 1;
}

static int parse_num(const char *opt, const char *s, double min, double max, double *out)
{
    char *end = NULL;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < min || v > max || v != v) {
        fprintf(stderr, "pressarc fetch: %s: '%s' is not a number in [%g, %g]\n", opt, s, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

int pa_cmd_fetch(int argc, char **argv)
{
    pa_fetch_opts o;
    pa_fetch_opts_defaults(&o);
    o.progress = isatty(2);
    enum { O_STORE = 256, O_CONC, O_PERHOST, O_DELAY, O_TIMEOUT, O_CTIMEOUT, O_MAXBYTES, O_RETRIES,
           O_UA, O_IGNROBOTS, O_RESOLVE, O_PROGRESS, O_QUIET, O_REFETCH, O_ROTATE, O_MAXCD, O_HELP };
    static const struct option longopts[] = {
        {"store", required_argument, 0, O_STORE},
        {"concurrency", required_argument, 0, O_CONC},
        {"per-host", required_argument, 0, O_PERHOST},
        {"delay", required_argument, 0, O_DELAY},
        {"timeout", required_argument, 0, O_TIMEOUT},
        {"connect-timeout", required_argument, 0, O_CTIMEOUT},
        {"max-bytes", required_argument, 0, O_MAXBYTES},
        {"retries", required_argument, 0, O_RETRIES},
        {"user-agent", required_argument, 0, O_UA},
        {"ignore-robots", no_argument, 0, O_IGNROBOTS},
        {"resolve", required_argument, 0, O_RESOLVE},
        {"progress", no_argument, 0, O_PROGRESS},
        {"quiet", no_argument, 0, O_QUIET},
        {"refetch", no_argument, 0, O_REFETCH},
        {"warc-rotate", required_argument, 0, O_ROTATE},
        {"max-crawl-delay", required_argument, 0, O_MAXCD},
        {"help", no_argument, 0, O_HELP},
        {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    double v;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case O_STORE: o.store_dir = optarg; break;
        case O_CONC:
            if (parse_num("--concurrency", optarg, 1, 10000, &v)) return 2;
            o.concurrency = (int)v;
            break;
        case O_PERHOST:
            if (parse_num("--per-host", optarg, 1, 1000, &v)) return 2;
            o.per_host = (int)v;
            break;
        case O_DELAY:
            if (parse_num("--delay", optarg, 0, 86400, &v)) return 2;
            o.delay = v;
            break;
        case O_TIMEOUT:
            if (parse_num("--timeout", optarg, 0.001, 86400, &v)) return 2;
            o.timeout = v;
            break;
        case O_CTIMEOUT:
            if (parse_num("--connect-timeout", optarg, 0.001, 3600, &v)) return 2;
            o.connect_timeout = v;
            break;
        case O_MAXBYTES:
            if (parse_num("--max-bytes", optarg, 1, 4e9, &v)) return 2;
            o.max_bytes = (uint64_t)v;
            break;
        case O_RETRIES:
            if (parse_num("--retries", optarg, 0, 100, &v)) return 2;
            o.retries = (int)v;
            break;
        case O_MAXCD:
            if (parse_num("--max-crawl-delay", optarg, 0, 86400, &v)) return 2;
            o.max_crawl_delay = v;
            break;
        case O_ROTATE:
            if (parse_num("--warc-rotate", optarg, 1 << 20, 1e15, &v)) return 2;
            o.warc_rotate = (uint64_t)v;
            break;
        case O_UA:
            if (!*optarg || strpbrk(optarg, "\r\n")) {
                fprintf(stderr, "pressarc fetch: --user-agent must be one non-empty line\n");
                return 2;
            }
            o.user_agent = optarg;
            break;
        case O_IGNROBOTS: o.ignore_robots = 1; break;
        case O_RESOLVE:
            if (o.n_resolve >= PA_MAX_RESOLVE) {
                fprintf(stderr, "pressarc fetch: at most %d --resolve entries\n", PA_MAX_RESOLVE);
                return 2;
            }
            if (!strchr(optarg, ':') || strchr(optarg, ':') == strrchr(optarg, ':')) {
                fprintf(stderr, "pressarc fetch: --resolve '%s': expected HOST:PORT:ADDRESS\n", optarg);
                return 2;
            }
            o.resolve[o.n_resolve++] = optarg;
            break;
        case O_PROGRESS: o.progress = 1; o.quiet = 0; break;
        case O_QUIET: o.quiet = 1; o.progress = 0; break;
        case O_REFETCH: o.refetch = 1; break;
        case O_HELP: usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc - 1) {
        fprintf(stderr, "pressarc fetch: expected exactly one URLFILE (or '-')\n");
        usage(stderr);
        return 2;
    }
    const char *name = argv[optind];
    FILE *in = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");
    if (!in) {
        fprintf(stderr, "pressarc fetch: cannot read %s: %s\n", name, strerror(errno));
        return 2;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    pa_fetch_summary s;
    pa_err err;
    pa_err_clear(&err);
    pa_code rc = pa_fetch_run(&o, in, strcmp(name, "-") == 0 ? "stdin" : name, &s, &err);
    if (in != stdin)
        fclose(in);
    if (rc) {
        fprintf(stderr, "pressarc fetch: %s\n", err.msg);
        if (rc == PA_ERR_IO)
            return 2;
        if (rc == PA_ERR_USAGE)
            return 2;
        return 3;
    }
    if (!o.quiet)
        fprintf(stderr,
                "pressarc fetch: %llu URLs: %llu fetched, %llu failed, %llu too large, %llu robots, "
                "%llu invalid, %llu already fetched, %llu duplicate lines; %llu documents; "
                "%.1f MB in %.1f s (%.1f pages/s)\n",
                (unsigned long long)s.total, (unsigned long long)s.fetched, (unsigned long long)s.failed,
                (unsigned long long)s.too_large, (unsigned long long)s.robots, (unsigned long long)s.invalid,
                (unsigned long long)s.skipped, (unsigned long long)s.duplicates,
                (unsigned long long)s.documents, (double)s.bytes / 1e6, s.seconds,
                s.seconds > 0 ? (double)s.fetched / s.seconds : 0.0);
    if (pa_fetch_interrupted) {
        fprintf(stderr, "pressarc fetch: interrupted; run again to fetch the URLs still queued\n");
        return 1;
    }
    return (s.failed || s.too_large || s.invalid) ? 1 : 0;
}
