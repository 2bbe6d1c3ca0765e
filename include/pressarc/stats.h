/* stats.h — figures of a store for `pressarc stats`: documents per language,
 * source and month, bundle sizes, translation pairs per language pair,
 * extraction failures by reason; as text, JSON, or a self-contained HTML
 * page with SVG charts. */
#ifndef PRESSARC_STATS_H
#define PRESSARC_STATS_H

#include <jansson.h>
#include <stdio.h>
#include "pressarc/error.h"
#include "pressarc/store.h"

/* pa_stats_collect — the figures as one JSON object (caller json_decref's):
 *   urls {outcome: n}, documents n, bundles n,
 *   languages {lang: n}, sources {source: n}, months {"YYYY-MM"|"unknown": n},
 *   months_by_language {"YYYY-MM": {lang: n}},
 *   bundle_sizes {"1": n, "2": n, ...} (documents per bundle),
 *   bundle_languages {"1": n, ...} (distinct languages per bundle),
 *   pairs {"ar-en": n} (bundles holding both languages; tags in order),
 *   extraction_failures {reason: n}, fetch_failures {reason: n} (top 50).
 * Every SQL query is aggregate: memory does not grow with the store. */
pa_code pa_stats_collect(pa_store *st, json_t **out, pa_err *err);

/* pa_stats_print — the figures as aligned plain text. */
void pa_stats_print(const json_t *s, FILE *f);

/* pa_stats_html — write the figures as one HTML page (inline CSS, inline
 * SVG charts: documents per month by language, bundle sizes, languages,
 * pairs; no script, no external resource) to `path`, atomically.  The page
 * is also well-formed XML (polyglot HTML5), so XML tools can check it. */
pa_code pa_stats_html(const json_t *s, const char *store_dir, const char *path, pa_err *err);

#endif
