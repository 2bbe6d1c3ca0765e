/* cmd_daemon.c — `pressarc daemon --config FILE [--once] [--store DIR]`:
 * option parsing around pa_daemon_run(). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "pressarc/cli.h"
#include "pressarc/daemon.h"

static void usage(FILE *f)
{
    fputs("usage: pressarc daemon --config FILE [--once] [--store DIR] [--resolve HOST:PORT:ADDR]\n"
          "\n"
          "Crawl the sources of FILE (see config/pressarc.conf) on their schedule: listing pages,\n"
          "sitemaps and feeds every source interval, articles revisited adaptively with\n"
          "conditional requests.  SIGTERM/SIGINT stop after in-flight transfers (grace),\n"
          "SIGHUP reloads FILE.  The store is locked: one daemon per store.\n"
          "\n"
          "  --config FILE         configuration (required)\n"
          "  --once                one full cycle over every source, then exit (cron)\n"
          "  --store DIR           store directory (overrides the configuration's `store`)\n"
          "  --resolve H:P:ADDR    resolve host H port P to ADDR (repeatable, as curl)\n"
          "\n"
          "Exit status: 0 stopped normally or cycle done; 1 the store failed while running;\n"
          "2 usage or invalid configuration (file, line and key named); 3 store unusable or in use.\n",
          f);
}

int pa_cmd_daemon(int argc, char **argv)
{
    pa_daemon_opts o;
    memset(&o, 0, sizeof o);
    const char *resolve[PA_MAX_RESOLVE];
    enum { O_CONFIG = 256, O_ONCE, O_STORE, O_RESOLVE, O_HELP };
    static const struct option longopts[] = {
        {"config", required_argument, 0, O_CONFIG}, {"once", no_argument, 0, O_ONCE},
        {"store", required_argument, 0, O_STORE},   {"resolve", required_argument, 0, O_RESOLVE},
        {"help", no_argument, 0, O_HELP},           {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case O_CONFIG: o.config_path = optarg; break;
        case O_ONCE: o.once = 1; break;
        case O_STORE: o.store_dir = optarg; break;
        case O_RESOLVE:
            if (o.n_resolve >= PA_MAX_RESOLVE) {
                fprintf(stderr, "pressarc daemon: too many --resolve options (at most %d)\n", PA_MAX_RESOLVE);
                return 2;
            }
            resolve[o.n_resolve++] = optarg;
            break;
        case O_HELP: usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "pressarc daemon: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    if (!o.config_path) {
        fputs("pressarc daemon: --config FILE is required\n", stderr);
        usage(stderr);
        return 2;
    }
    o.resolve = resolve;
    return pa_daemon_run(&o);
}
