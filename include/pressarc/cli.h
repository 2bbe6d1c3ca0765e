/* cli.h — the subcommands of the pressarc executable.  Each takes the
 * arguments after the command name (argv[0] is the command name) and
 * returns the process exit status. */
#ifndef PRESSARC_CLI_H
#define PRESSARC_CLI_H

int pa_cmd_fetch(int argc, char **argv);    /* crawler/cmd_fetch.c */
int pa_cmd_status(int argc, char **argv);   /* crawler/cmd_status.c */
int pa_cmd_extract(int argc, char **argv);  /* crawler/cmd_extract.c */
int pa_cmd_bundles(int argc, char **argv);  /* crawler/cmd_bundles.c */
int pa_cmd_rebundle(int argc, char **argv); /* crawler/cmd_bundles.c */
int pa_cmd_export(int argc, char **argv);   /* crawler/cmd_export.c */
int pa_cmd_stats(int argc, char **argv);    /* crawler/cmd_export.c */
int pa_cmd_daemon(int argc, char **argv);   /* crawler/cmd_daemon.c */

#endif
