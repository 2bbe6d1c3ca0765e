/* cmd_export.c — `pressarc export` (documents, pairs, TSV, CDXJ with a
 * datasheet) and `pressarc stats` (text, JSON, HTML): option parsing and
 * exit statuses around export.c and stats.c. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/cli.h"
#include "pressarc/export.h"
#include "pressarc/stats.h"

static void export_usage(FILE *f)
{
    fputs("usage: pressarc export --store DIR --format docs|pairs|tsv|cdxj [filters] [-o FILE]\n"
          "\n"
          "  --store DIR            store directory (default ./pressarc-store)\n"
          "  --format F             docs: JSONL, one document a line (id, bundle, url, lang, title,\n"
          "                           published, fetched, source, sha256, text)\n"
          "                         pairs: JSONL, one pair of language versions of a bundle a line\n"
          "                           (bundle, src_lang, tgt_lang, src_url, tgt_url, src_title,\n"
          "                           tgt_title, src_text, tgt_text)\n"
          "                         tsv: the pairs as src_text<TAB>tgt_text (\\\\ \\t \\n \\r escaped)\n"
          "                         cdxj: CDXJ index of the WARC files (for pywb / ReplayWeb.page)\n"
          "  -o, --output FILE      write FILE (atomically; gzip if it ends in .gz, zstd if .zst)\n"
          "                         and the datasheet FILE.README.md; default standard output\n"
          "filters (not for cdxj):\n"
          "  --lang TAG             keep these languages (repeatable; 'zh' also keeps 'zh-Hans')\n"
          "  --pair SRC-TGT         pairs/tsv: keep this direction (repeatable; SRC:TGT if a tag has '-')\n"
          "  --since YYYY-MM-DD     publication date on or after (undated documents are dropped)\n"
          "  --until YYYY-MM-DD     publication date on or before\n"
          "  --source NAME          daemon source name, or registrable domain (example.com) (repeatable)\n"
          "  --min-chars N          text of at least N characters\n"
          "  --bundle-min-langs N   only bundles with at least N languages\n"
          "  --shard K/N            keep shard K of N (1..N), split by bundle: translations stay together\n"
          "\n"
          "Exit status: 0 done; 1 done but damaged WARC records were skipped (cdxj);\n"
          "2 usage; 3 store unreadable or output not writable.\n",
          f);
}

static int parse_date_opt(const char *opt, const char *v, char out[11])
{
    int y, m, d;
    char tail;
    if (strlen(v) != 10 || sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31) {
        fprintf(stderr, "pressarc export: %s '%s': expected YYYY-MM-DD\n", opt, v);
        return -1;
    }
    memcpy(out, v, 11);
    return 0;
}

static int parse_long_opt(const char *opt, const char *v, long min, long max, long *out)
{
    char *end = NULL;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max) {
        fprintf(stderr, "pressarc export: %s '%s': expected a whole number in [%ld, %ld]\n", opt, v, min, max);
        return -1;
    }
    *out = n;
    return 0;
}

static int add_list(const char *opt, const char **list, size_t *n, const char *v)
{
    if (*n >= PA_EXPORT_MAX_LIST) {
        fprintf(stderr, "pressarc export: too many %s options (at most %d)\n", opt, PA_EXPORT_MAX_LIST);
        return -1;
    }
    list[(*n)++] = v;
    return 0;
}

int pa_cmd_export(int argc, char **argv)
{
    const char *dir = "./pressarc-store", *format = NULL, *output = NULL;
    pa_export_filter f;
    memset(&f, 0, sizeof f);
    enum { O_STORE = 256, O_FORMAT, O_LANG, O_PAIR, O_SINCE, O_UNTIL, O_SOURCE, O_MINCHARS, O_MINLANGS, O_SHARD,
           O_HELP };
    static const struct option longopts[] = {
        {"store", required_argument, 0, O_STORE},      {"format", required_argument, 0, O_FORMAT},
        {"output", required_argument, 0, 'o'},         {"lang", required_argument, 0, O_LANG},
        {"pair", required_argument, 0, O_PAIR},        {"since", required_argument, 0, O_SINCE},
        {"until", required_argument, 0, O_UNTIL},      {"source", required_argument, 0, O_SOURCE},
        {"min-chars", required_argument, 0, O_MINCHARS}, {"bundle-min-langs", required_argument, 0, O_MINLANGS},
        {"shard", required_argument, 0, O_SHARD},      {"help", no_argument, 0, O_HELP},
        {0, 0, 0, 0},
    };
    optind = 1;
    int ch;
    long n;
    pa_err err;
    pa_err_clear(&err);
    while ((ch = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
        switch (ch) {
        case O_STORE: dir = optarg; break;
        case O_FORMAT: format = optarg; break;
        case 'o': output = optarg; break;
        case O_LANG:
            if (add_list("--lang", f.langs, &f.n_langs, optarg))
                return 2;
            break;
        case O_SOURCE:
            if (add_list("--source", f.sources, &f.n_sources, optarg))
                return 2;
            break;
        case O_PAIR:
            if (f.n_pairs >= PA_EXPORT_MAX_LIST) {
                fprintf(stderr, "pressarc export: too many --pair options\n");
                return 2;
            }
            if (pa_lang_pair_parse(optarg, &f.pairs[f.n_pairs++], &err)) {
                fprintf(stderr, "pressarc export: %s\n", err.msg);
                return 2;
            }
            break;
        case O_SINCE:
            if (parse_date_opt("--since", optarg, f.since))
                return 2;
            break;
        case O_UNTIL:
            if (parse_date_opt("--until", optarg, f.until))
                return 2;
            break;
        case O_MINCHARS:
            if (parse_long_opt("--min-chars", optarg, 0, 1000000000L, &n))
                return 2;
            f.min_chars = n;
            break;
        case O_MINLANGS:
            if (parse_long_opt("--bundle-min-langs", optarg, 0, 10000, &n))
                return 2;
            f.bundle_min_langs = (int)n;
            break;
        case O_SHARD: {
            unsigned k = 0, total = 0;
            char tail;
            if (sscanf(optarg, "%u/%u%c", &k, &total, &tail) != 2 || total < 1 || total > 100000 || k < 1 || k > total) {
                fprintf(stderr, "pressarc export: --shard '%s': expected K/N with 1 <= K <= N (e.g. 1/4)\n", optarg);
                return 2;
            }
            f.shard_k = k;
            f.shard_n = total;
            break;
        }
        case O_HELP: export_usage(stdout); return 0;
        default: export_usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "pressarc export: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    pa_export_format fmt;
    if (!format) {
        fputs("pressarc export: --format docs|pairs|tsv|cdxj is required\n", stderr);
        return 2;
    } else if (strcmp(format, "docs") == 0) {
        fmt = PA_EXPORT_DOCS;
    } else if (strcmp(format, "pairs") == 0) {
        fmt = PA_EXPORT_PAIRS;
    } else if (strcmp(format, "tsv") == 0) {
        fmt = PA_EXPORT_TSV;
    } else if (strcmp(format, "cdxj") == 0) {
        fmt = PA_EXPORT_CDXJ;
    } else {
        fprintf(stderr, "pressarc export: --format '%s': expected docs, pairs, tsv or cdxj\n", format);
        return 2;
    }
    if (f.n_pairs && fmt != PA_EXPORT_PAIRS && fmt != PA_EXPORT_TSV) {
        fputs("pressarc export: --pair applies to --format pairs and tsv only\n", stderr);
        return 2;
    }
    if (f.since[0] && f.until[0] && strcmp(f.since, f.until) > 0) {
        fprintf(stderr, "pressarc export: --since %s is after --until %s\n", f.since, f.until);
        return 2;
    }
    pa_store *st = NULL;
    if (pa_store_open_existing(dir, &st, &err)) {
        fprintf(stderr, "pressarc export: %s\n", err.msg);
        return 3;
    }
    pa_outfile *out = NULL;
    if (pa_outfile_open(output, &out, &err)) {
        fprintf(stderr, "pressarc export: %s\n", err.msg);
        pa_store_close(st);
        return 3;
    }
    pa_export_result res;
    int status = 0;
    if (pa_export_run(st, fmt, &f, out, &res, &err)) {
        fprintf(stderr, "pressarc export: %s\n", err.msg);
        pa_outfile_abort(out);
        status = err.code == PA_ERR_IO || err.code == PA_ERR_STORE || err.code == PA_ERR_NOMEM ? 3 : 1;
    } else if (pa_outfile_commit(out, &err)) {
        fprintf(stderr, "pressarc export: %s\n", err.msg);
        status = 3;
    } else {
        if (res.warc_errors)
            status = 1;
        if (output && strcmp(output, "-") != 0) {
            size_t cl = 16;
            for (int i = 0; i < argc; i++)
                cl += strlen(argv[i]) + 3;
            char *cmdline = malloc(cl), *sheet = malloc(strlen(output) + 16);
            if (cmdline && sheet) {
                strcpy(cmdline, "pressarc");
                for (int i = 0; i < argc; i++) {
                    strcat(cmdline, " ");
                    strcat(cmdline, argv[i]);
                }
                snprintf(sheet, strlen(output) + 16, "%s.README.md", output);
                if (pa_export_datasheet(st, sheet, output, format, cmdline, &res, &err)) {
                    fprintf(stderr, "pressarc export: datasheet: %s\n", err.msg);
                    status = 3;
                }
            }
            free(cmdline);
            free(sheet);
        }
        if (fmt == PA_EXPORT_CDXJ)
            fprintf(stderr, "pressarc export: %llu index lines%s\n", (unsigned long long)res.records,
                    res.warc_errors ? " (damaged WARC data skipped)" : "");
        else
            fprintf(stderr, "pressarc export: %llu documents, %llu pairs, %llu bundles\n",
                    (unsigned long long)res.documents, (unsigned long long)res.pairs,
                    (unsigned long long)res.bundles);
    }
    pa_export_result_free(&res);
    pa_store_close(st);
    return status;
}

int pa_cmd_stats(int argc, char **argv)
{
    const char *dir = "./pressarc-store", *html = NULL;
    int as_json = 0;
    enum { O_STORE = 256, O_JSON, O_HTML, O_HELP };
    static const struct option longopts[] = {
        {"store", required_argument, 0, O_STORE}, {"json", no_argument, 0, O_JSON},
        {"html", required_argument, 0, O_HTML},   {"help", no_argument, 0, O_HELP},
        {0, 0, 0, 0},
    };
    static const char *const usage = "usage: pressarc stats [--store DIR] [--json] [--html FILE]\n";
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (ch) {
        case O_STORE: dir = optarg; break;
        case O_JSON: as_json = 1; break;
        case O_HTML: html = optarg; break;
        case O_HELP: fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "pressarc stats: unexpected argument '%s'\n%s", argv[optind], usage);
        return 2;
    }
    pa_store *st = NULL;
    pa_err err;
    pa_err_clear(&err);
    if (pa_store_open_existing(dir, &st, &err)) {
        fprintf(stderr, "pressarc stats: %s\n", err.msg);
        return 3;
    }
    json_t *s = NULL;
    int status = 0;
    if (pa_stats_collect(st, &s, &err)) {
        fprintf(stderr, "pressarc stats: %s\n", err.msg);
        status = 3;
    } else if (html) {
        if (pa_stats_html(s, dir, html, &err)) {
            fprintf(stderr, "pressarc stats: %s\n", err.msg);
            status = 3;
        }
    }
    if (!status && (as_json || !html)) {
        if (as_json) {
            char *txt = json_dumps(s, JSON_COMPACT | JSON_PRESERVE_ORDER);
            if (txt)
                puts(txt);
            free(txt);
        } else {
            pa_stats_print(s, stdout);
        }
    }
    json_decref(s);
    pa_store_close(st);
    return status;
}
