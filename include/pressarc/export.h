/* export.h — research corpora out of a store: documents as JSONL, aligned
 * translation pairs as JSONL or TSV, a CDXJ index of the WARC files, and the
 * datasheet written next to an exported corpus.  Everything streams from
 * state.db in a deterministic order (same store, same bytes). */
#ifndef PRESSARC_EXPORT_H
#define PRESSARC_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include "pressarc/error.h"
#include "pressarc/outfile.h"
#include "pressarc/store.h"

typedef enum { PA_EXPORT_DOCS, PA_EXPORT_PAIRS, PA_EXPORT_TSV, PA_EXPORT_CDXJ } pa_export_format;

#define PA_EXPORT_MAX_LIST 64

/* A translation direction asked for with --pair SRC-TGT. */
typedef struct {
    char src[36], tgt[36];
} pa_lang_pair;

typedef struct {
    const char *langs[PA_EXPORT_MAX_LIST];  /* --lang (a tag matches itself and its subtags: "zh" ~ "zh-Hans") */
    size_t n_langs;
    const char *sources[PA_EXPORT_MAX_LIST]; /* --source: documents.source or the URL's registrable domain */
    size_t n_sources;
    pa_lang_pair pairs[PA_EXPORT_MAX_LIST];  /* --pair, pairs/tsv only */
    size_t n_pairs;
    char since[11], until[11];   /* "YYYY-MM-DD" or "" (publication date, inclusive) */
    long min_chars;              /* text length in characters, 0 = any */
    int bundle_min_langs;        /* languages in the document's bundle, 0 = any */
    unsigned shard_k, shard_n;   /* keep shard K of N (1 <= K <= N), by bundle; N = 0: everything */
} pa_export_filter;

/* What an export wrote (for the summary line and the datasheet). */
typedef struct {
    uint64_t documents;       /* docs written, or distinct documents used in pairs */
    uint64_t pairs;
    uint64_t bundles;         /* bundles with at least one line written */
    uint64_t records;         /* cdxj lines */
    uint64_t skipped_bundles; /* bundles too large to pair (see pa_export_run) */
    uint64_t warc_errors;     /* damaged WARC records/files skipped by cdxj */
    char first_published[11], last_published[11];
    /* documents per language, as "lang count" pairs in lang order */
    char *lang_counts_json;   /* malloc'd JSON object text, or NULL */
    char *pair_counts_json;   /* malloc'd JSON object text ("en-ar": n), or NULL */
} pa_export_result;

/* pa_lang_pair_parse — parse "SRC-TGT" (or "SRC:TGT" when a tag has its own
 * hyphen, e.g. "zh-Hans:en"); PA_ERR_USAGE naming the text otherwise. */
pa_code pa_lang_pair_parse(const char *spec, pa_lang_pair *out, pa_err *err);

/* pa_export_run — write `fmt` from store `st` to `out`, applying `f` (the
 * filters do not apply to cdxj).  Order: documents by bundle, language,
 * document id; pairs by bundle then language pair; cdxj lines sorted
 * bytewise (SURT key, timestamp).  Within a bundle, each language is
 * represented in pairs by its longest text (ties: the smallest document id);
 * bundles of more than 1000 documents are skipped for pairs and counted.
 * Damaged WARC records are reported on stderr (file, offset) and skipped;
 * the run goes on.  `res` is filled (free with pa_export_result_free). */
pa_code pa_export_run(pa_store *st, pa_export_format fmt, const pa_export_filter *f, pa_outfile *out,
                      pa_export_result *res, pa_err *err);

void pa_export_result_free(pa_export_result *res);

/* pa_export_datasheet — write the Markdown datasheet of an export to
 * `path` (atomically): what was crawled (runs and their settings, sites),
 * when, the command line, the counts in `res`, and the reminder that the
 * texts belong to their publishers. */
pa_code pa_export_datasheet(pa_store *st, const char *path, const char *corpus_path, const char *format_name,
                            const char *command_line, const pa_export_result *res, pa_err *err);

#endif
