/* stats.c — `pressarc stats`: aggregate figures of a store (SQL GROUP BY
 * queries only), printed as text or JSON, or drawn as a self-contained HTML
 * report with inline SVG charts. */
#include "pressarc/stats.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pressarc/buf.h"
#include "pressarc/outfile.h"
#include "pressarc/version.h"

/* Run `sql` (two columns: key, count) into object `key` of `s`; with
 * three columns (k1, k2, n), into nested objects k1 -> {k2: n}. */
static pa_code group_into(pa_store *st, json_t *s, const char *key, const char *sql, pa_err *err)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(pa_store_db(st), sql, -1, &q, NULL) != SQLITE_OK)
        return pa_store_err(st, key, err);
    json_t *o = json_object();
    int cols = sqlite3_column_count(q), r;
    while ((r = sqlite3_step(q)) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(q, 0);
        if (!k)
            k = "unknown";
        if (cols == 3) {
            const char *k2 = (const char *)sqlite3_column_text(q, 1);
            json_t *inner = json_object_get(o, k);
            if (!inner) {
                inner = json_object();
                json_object_set_new(o, k, inner);
            }
            json_object_set_new(inner, k2 ? k2 : "und", json_integer(sqlite3_column_int64(q, 2)));
        } else {
            json_object_set_new(o, k, json_integer(sqlite3_column_int64(q, 1)));
        }
    }
    sqlite3_finalize(q);
    json_object_set_new(s, key, o);
    if (r != SQLITE_DONE)
        return pa_store_err(st, key, err);
    return PA_OK;
}

static long long scalar(pa_store *st, const char *sql)
{
    sqlite3_stmt *q = NULL;
    long long v = -1;
    if (sqlite3_prepare_v2(pa_store_db(st), sql, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return v;
}

pa_code pa_stats_collect(pa_store *st, json_t **out, pa_err *err)
{
    json_t *s = json_object();
    *out = NULL;
    json_object_set_new(s, "documents", json_integer(scalar(st, "SELECT COUNT(*) FROM documents")));
    json_object_set_new(s, "bundles",
                        json_integer(scalar(st, "SELECT COUNT(DISTINCT bundle) FROM documents WHERE bundle IS NOT NULL")));
    static const struct {
        const char *key, *sql;
    } groups[] = {
        {"urls", "SELECT status, COUNT(*) FROM urls GROUP BY 1 ORDER BY 1"},
        {"languages", "SELECT COALESCE(lang, 'und'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"},
        {"sources", "SELECT COALESCE(source, pa_site(url)), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"},
        {"months", "SELECT CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(published, 1, 7)"
                   " ELSE 'unknown' END AS m, COUNT(*) FROM documents GROUP BY m ORDER BY m"},
        {"months_by_language",
         "SELECT substr(published, 1, 7) AS m, COALESCE(lang, 'und') AS l, COUNT(*) FROM documents"
         " WHERE published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY m, l ORDER BY m, l"},
        {"bundle_sizes", "SELECT n, COUNT(*) FROM (SELECT COUNT(*) AS n FROM documents WHERE bundle IS NOT NULL"
                         " GROUP BY bundle) GROUP BY n ORDER BY n"},
        {"bundle_languages", "SELECT n, COUNT(*) FROM (SELECT COUNT(DISTINCT COALESCE(lang, 'und')) AS n FROM documents"
                             " WHERE bundle IS NOT NULL GROUP BY bundle) GROUP BY n ORDER BY n"},
        {"pairs", "WITH bl AS (SELECT DISTINCT bundle, lang FROM documents WHERE bundle IS NOT NULL"
                  " AND lang IS NOT NULL AND lang <> 'und')"
                  " SELECT a.lang || '-' || b.lang, COUNT(*) FROM bl a JOIN bl b ON a.bundle = b.bundle"
                  " AND a.lang < b.lang GROUP BY 1 ORDER BY 2 DESC, 1"},
        {"extraction_failures",
         "SELECT CASE WHEN u.error IS NOT NULL THEN u.error"
         " ELSE 'not HTML: ' || COALESCE(u.content_type, 'no Content-Type') END AS r, COUNT(*)"
         " FROM urls u LEFT JOIN documents d ON d.url_id = u.id WHERE u.status = 'fetched' AND d.id IS NULL"
         " GROUP BY r ORDER BY 2 DESC, 1 LIMIT 50"},
        {"fetch_failures", "SELECT status || ': ' || COALESCE(error, 'HTTP ' || http_status, 'no reason'), COUNT(*)"
                           " FROM urls WHERE status NOT IN ('fetched', 'queued') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"},
    };
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
        if (group_into(st, s, groups[i].key, groups[i].sql, err)) {
            json_decref(s);
            return PA_ERR_STORE;
        }
    long long empty = scalar(st, "SELECT COUNT(*) FROM documents WHERE text IS NULL OR text = ''");
    if (empty > 0)
        json_object_set_new(json_object_get(s, "extraction_failures"), "empty text", json_integer(empty));
    *out = s;
    return PA_OK;
}

static void print_group(const json_t *s, const char *key, const char *title, FILE *f)
{
    json_t *o = json_object_get(s, key);
    if (!o || json_object_size(o) == 0)
        return;
    fprintf(f, "%s:\n", title);
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)o, k, v)
    {
        fprintf(f, "  %-40s %lld\n", k, (long long)json_integer_value(v));
    }
}

void pa_stats_print(const json_t *s, FILE *f)
{
    fprintf(f, "documents %lld\nbundles   %lld\n", (long long)json_integer_value(json_object_get(s, "documents")),
            (long long)json_integer_value(json_object_get(s, "bundles")));
    print_group(s, "urls", "URLs by outcome", f);
    print_group(s, "languages", "documents per language", f);
    print_group(s, "sources", "documents per source", f);
    print_group(s, "months", "documents per month (publication)", f);
    print_group(s, "bundle_sizes", "bundles by number of documents", f);
    print_group(s, "bundle_languages", "bundles by number of languages", f);
    print_group(s, "pairs", "translation pairs per language pair", f);
    print_group(s, "extraction_failures", "extraction failures by reason", f);
    print_group(s, "fetch_failures", "fetch failures by reason", f);
}

/* ---- HTML ---- */

static void h(pa_buf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': pa_buf_puts(b, "&amp;"); break;
        case '<': pa_buf_puts(b, "&lt;"); break;
        case '>': pa_buf_puts(b, "&gt;"); break;
        case '"': pa_buf_puts(b, "&quot;"); break;
        default: pa_buf_putc(b, *s);
        }
    }
}

/* A qualitative palette; languages past its end cycle through it. */
static const char *const palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                                      "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c"};
#define N_PALETTE (sizeof palette / sizeof palette[0])

/* A "nice" axis maximum (1, 2, 5 × 10^k) at or above v. */
static long long nice_max(long long v)
{
    long long m = 1;
    while (m * 10 <= v && m < 1000000000000LL)
        m *= 10;
    if (v <= m)
        return m;
    if (v <= 2 * m)
        return 2 * m;
    if (v <= 5 * m)
        return 5 * m;
    return 10 * m;
}

static void axis(pa_buf *b, int x0, int y0, int w, int hgt, long long max)
{
    long long lead = max;
    while (lead >= 10)
        lead /= 10;
    int div = lead == 2 ? 4 : 5; /* round ticks for 1, 2, 5 x 10^k maxima */
    if (max < div)
        div = (int)max;
    for (int t = 0; t <= div; t++) {
        int y = y0 + hgt - hgt * t / div;
        pa_buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/>", x0, y, x0 + w, y);
        pa_buf_printf(b, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%lld</text>", x0 - 6, y + 4,
                      max * t / div);
    }
}

/* Stacked bars: documents per month, one colour per language. */
static void chart_months(pa_buf *b, const json_t *s)
{
    json_t *mbl = json_object_get(s, "months_by_language"), *langs = json_object_get(s, "languages");
    size_t nm = json_object_size(mbl);
    if (nm == 0) {
        pa_buf_puts(b, "<p class=\"none\">No document has a publication date.</p>");
        return;
    }
    /* language order: by document count (the "languages" object is sorted so) */
    const char *lang_names[64];
    size_t nl = 0;
    const char *k;
    json_t *v;
    json_object_foreach(langs, k, v)
    {
        if (nl < 64)
            lang_names[nl++] = k;
    }
    long long max = 1;
    json_object_foreach(mbl, k, v)
    {
        long long tot = 0;
        const char *k2;
        json_t *v2;
        json_object_foreach(v, k2, v2) tot += json_integer_value(v2);
        if (tot > max)
            max = tot;
    }
    max = nice_max(max);
    int x0 = 56, y0 = 16, hgt = 240, bw = nm > 60 ? 8 : nm > 24 ? 14 : 28, gap = bw / 3 + 2;
    int w = (int)nm * (bw + gap) + gap, W = x0 + w + 150, H = y0 + hgt + 70;
    pa_buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-months\" width=\"%d\" height=\"%d\""
                     " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Documents per month by language\">",
                  W, H, W, H);
    axis(b, x0, y0, w, hgt, max);
    size_t i = 0;
    json_object_foreach(mbl, k, v)
    {
        int x = x0 + gap + (int)i * (bw + gap);
        double y = y0 + hgt;
        for (size_t li = 0; li < nl; li++) {
            long long n = json_integer_value(json_object_get(v, lang_names[li]));
            if (n <= 0)
                continue;
            double bh = (double)hgt * (double)n / (double)max;
            y -= bh;
            pa_buf_printf(b, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>", x, y, bw, bh,
                          palette[li % N_PALETTE]);
            h(b, k);
            pa_buf_puts(b, " ");
            h(b, lang_names[li]);
            pa_buf_printf(b, ": %lld</title></rect>", n);
        }
        if (nm <= 24 || i % ((nm + 23) / 24) == 0) {
            pa_buf_printf(b, "<text x=\"%d\" y=\"%d\" class=\"tick\" transform=\"rotate(-45 %d %d)\" text-anchor=\"end\">",
                          x + bw / 2, y0 + hgt + 14, x + bw / 2, y0 + hgt + 14);
            h(b, k);
            pa_buf_puts(b, "</text>");
        }
        i++;
    }
    for (size_t li = 0; li < nl && li < 20; li++) {
        int ly = y0 + 4 + (int)li * 18;
        pa_buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x0 + w + 16, ly,
                      palette[li % N_PALETTE]);
        pa_buf_printf(b, "<text x=\"%d\" y=\"%d\" class=\"legend\">", x0 + w + 34, ly + 11);
        h(b, lang_names[li]);
        pa_buf_puts(b, "</text>");
    }
    pa_buf_puts(b, "</svg>");
}

/* Plain vertical bars from a {label: n} object (bundle sizes, 10+ folded). */
static void chart_bars(pa_buf *b, const json_t *o, const char *id, const char *label, const char *xlabel, int fold)
{
    const char *labels[32];
    long long vals[32];
    size_t n = 0;
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)o, k, v)
    {
        long long size = atoll(k), c = json_integer_value(v);
        if (fold && size >= 10) {
            if (n == 0 || strcmp(labels[n - 1], "10+") != 0) {
                if (n == 32)
                    break;
                labels[n] = "10+";
                vals[n++] = 0;
            }
            vals[n - 1] += c;
        } else if (n < 32) {
            labels[n] = k;
            vals[n++] = c;
        }
    }
    if (n == 0) {
        pa_buf_puts(b, "<p class=\"none\">Nothing yet.</p>");
        return;
    }
    long long max = 1;
    for (size_t i = 0; i < n; i++)
        if (vals[i] > max)
            max = vals[i];
    max = nice_max(max);
    int x0 = 56, y0 = 16, hgt = 200, bw = 36, gap = 12, w = (int)n * (bw + gap) + gap, W = x0 + w + 20,
        H = y0 + hgt + 50;
    pa_buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" width=\"%d\" height=\"%d\""
                     " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                  id, W, H, W, H, label);
    axis(b, x0, y0, w, hgt, max);
    for (size_t i = 0; i < n; i++) {
        int x = x0 + gap + (int)i * (bw + gap);
        double bh = (double)hgt * (double)vals[i] / (double)max;
        pa_buf_printf(b, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>", x,
                      y0 + hgt - bh, bw, bh, palette[0]);
        h(b, labels[i]);
        pa_buf_printf(b, ": %lld</title></rect>", vals[i]);
        pa_buf_printf(b, "<text x=\"%d\" y=\"%.1f\" class=\"val\" text-anchor=\"middle\">%lld</text>", x + bw / 2,
                      y0 + hgt - bh - 4, vals[i]);
        pa_buf_printf(b, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">", x + bw / 2, y0 + hgt + 16);
        h(b, labels[i]);
        pa_buf_puts(b, "</text>");
    }
    pa_buf_printf(b, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">", x0 + w / 2, y0 + hgt + 40);
    h(b, xlabel);
    pa_buf_puts(b, "</text></svg>");
}

static void table(pa_buf *b, const json_t *s, const char *key, const char *title, const char *col1)
{
    json_t *o = json_object_get(s, key);
    pa_buf_puts(b, "<section><h2>");
    h(b, title);
    pa_buf_puts(b, "</h2>");
    if (!o || json_object_size(o) == 0) {
        pa_buf_puts(b, "<p class=\"none\">None.</p></section>");
        return;
    }
    pa_buf_puts(b, "<table><thead><tr><th>");
    h(b, col1);
    pa_buf_puts(b, "</th><th class=\"n\">count</th></tr></thead><tbody>");
    const char *k;
    json_t *v;
    size_t shown = 0, total = json_object_size(o);
    json_object_foreach(o, k, v)
    {
        if (shown++ == 30 && total > 31)
            break; /* the JSON output has them all */
        pa_buf_puts(b, "<tr><td>");
        h(b, k);
        pa_buf_printf(b, "</td><td class=\"n\">%lld</td></tr>", (long long)json_integer_value(v));
    }
    pa_buf_puts(b, "</tbody></table>");
    if (total > 31)
        pa_buf_printf(b, "<p class=\"sub\">… and %zu more (see <code>pressarc stats --json</code>).</p>", total - 30);
    pa_buf_puts(b, "</section>");
}

pa_code pa_stats_html(const json_t *s, const char *store_dir, const char *path, pa_err *err)
{
    pa_buf b;
    pa_buf_init(&b, 0);
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%d %H:%M UTC", &tm);
    pa_buf_puts(&b, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                    "<title>pressarc statistics: ");
    h(&b, store_dir);
    pa_buf_puts(&b,
                "</title><style>"
                "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;"
                "padding:0 1em;color:#222}"
                "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.15em;margin:1.6em 0 .5em}"
                ".sub{color:#666;margin-top:0}"
                ".cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;"
                "padding:.6em 1em;min-width:8em}.card b{display:block;font-size:1.6em}"
                "svg{max-width:100%;height:auto;background:#fafafa;border:1px solid #eee;border-radius:6px}"
                ".grid{stroke:#ddd;stroke-width:1}.tick{font-size:11px;fill:#555}.legend{font-size:12px;fill:#333}"
                ".val{font-size:11px;fill:#333}"
                "table{border-collapse:collapse;min-width:20em}td,th{padding:.25em .8em;border-bottom:1px solid #eee;"
                "text-align:left}.n{text-align:right;font-variant-numeric:tabular-nums}"
                ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1em}"
                ".none{color:#888}"
                "</style></head><body>\n");
    pa_buf_puts(&b, "<h1>pressarc statistics</h1><p class=\"sub\">Store <code>");
    h(&b, store_dir);
    pa_buf_printf(&b, "</code> — generated %s by pressarc %s</p>\n", now, pa_version());
    json_t *urls = json_object_get(s, "urls");
    pa_buf_printf(&b,
                  "<div class=\"cards\"><div class=\"card\"><b>%lld</b>documents</div>"
                  "<div class=\"card\"><b>%lld</b>bundles</div><div class=\"card\"><b>%zu</b>languages</div>"
                  "<div class=\"card\"><b>%lld</b>URLs fetched</div></div>\n",
                  (long long)json_integer_value(json_object_get(s, "documents")),
                  (long long)json_integer_value(json_object_get(s, "bundles")),
                  json_object_size(json_object_get(s, "languages")),
                  (long long)json_integer_value(json_object_get(urls, "fetched")));
    pa_buf_puts(&b, "<section><h2>Documents per month by language (publication date)</h2>");
    chart_months(&b, s);
    long long unknown = json_integer_value(json_object_get(json_object_get(s, "months"), "unknown"));
    if (unknown > 0)
        pa_buf_printf(&b, "<p class=\"sub\">%lld documents without a publication date are not shown.</p>", unknown);
    pa_buf_puts(&b, "</section>\n<div class=\"cols\"><section><h2>Bundle sizes</h2>");
    chart_bars(&b, json_object_get(s, "bundle_sizes"), "chart-bundle-sizes", "Bundles by number of documents",
               "documents per bundle", 1);
    pa_buf_puts(&b, "</section><section><h2>Languages per bundle</h2>");
    chart_bars(&b, json_object_get(s, "bundle_languages"), "chart-bundle-languages", "Bundles by number of languages",
               "languages per bundle", 1);
    pa_buf_puts(&b, "</section></div>\n<div class=\"cols\">");
    table(&b, s, "languages", "Documents per language", "language");
    table(&b, s, "pairs", "Translation pairs per language pair", "pair");
    table(&b, s, "sources", "Documents per source", "source");
    table(&b, s, "urls", "URLs by outcome", "outcome");
    table(&b, s, "extraction_failures", "Extraction failures by reason", "reason");
    table(&b, s, "fetch_failures", "Fetch failures by reason", "reason");
    pa_buf_puts(&b, "</div>\n<p class=\"sub\">The texts belong to their publishers.</p>\n</body></html>\n");
    pa_code rc = pa_outfile_save(path, b.data, b.len, err);
    pa_buf_free(&b);
    return rc;
}
