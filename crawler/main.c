/* main.c — the pressarc executable: dispatches to the subcommands. */
#include <stdio.h>
#include <string.h>

#include "pressarc/cli.h"
#include "pressarc/version.h"

static void usage(FILE *f)
{
    fputs("usage: pressarc COMMAND [options]\n"
          "\n"
          "commands:\n"
          "  fetch URLFILE     fetch a URL list into the store (WARC, state.db, bundles)\n"
          "  extract FILE...   extract main text and metadata from HTML files\n"
          "  status            outcome counts of a store (--json, --urls)\n"
          "  bundles           list the bundles of a store (--json)\n"
          "  rebundle          regroup the stored documents into bundles again\n"
          "  daemon            crawl the sources of a configuration file on a schedule\n"
          "  export            write corpora: documents, translation pairs, TSV, CDXJ index\n"
          "  stats             figures of a store (--json, --html FILE)\n"
          "  version           print the version\n"
          "\n"
          "`pressarc COMMAND --help` describes each command.\n",
          f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "fetch") == 0)
        return pa_cmd_fetch(argc - 1, argv + 1);
    if (strcmp(cmd, "extract") == 0)
        return pa_cmd_extract(argc - 1, argv + 1);
    if (strcmp(cmd, "status") == 0)
        return pa_cmd_status(argc - 1, argv + 1);
    if (strcmp(cmd, "bundles") == 0)
        return pa_cmd_bundles(argc - 1, argv + 1);
    if (strcmp(cmd, "rebundle") == 0)
        return pa_cmd_rebundle(argc - 1, argv + 1);
    if (strcmp(cmd, "daemon") == 0)
        return pa_cmd_daemon(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return pa_cmd_export(argc - 1, argv + 1);
    if (strcmp(cmd, "stats") == 0)
        return pa_cmd_stats(argc - 1, argv + 1);
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("pressarc %s\n", pa_version());
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "pressarc: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}
