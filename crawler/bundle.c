/* bundle.c — grouping documents into bundles (exact text, near-duplicate
 * text, shared numbers, hreflang alternates, language-sibling URLs), and
 * rewriting the bundle tars
 * (archive.c) from state.db when they change.
 *
 * Every signal is a decision about one pair of documents that depends on the
 * two documents only (never on the bundles they are in yet), and the pair is
 * looked at when the second of the two arrives; bundles are the connected
 * components of the accepted pairs, so the grouping does not depend on the
 * order documents arrive in. */
#include "pressarc/bundle.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include <utf8proc.h>

#include "pressarc/archive.h"
#include "pressarc/buf.h"
#include "pressarc/fingerprint.h"
#include "pressarc/hash.h"
#include "pressarc/minhash.h"
#include "pressarc/urlkey.h"

#define PA_BUNDLE_MAX_DOCS 10000    /* documents written into one tar */
#define PA_BUNDLE_CANDIDATES 200     /* documents compared with a new one at most */
#define PA_BUNDLE_COLLECT 1024       /* documents sharing a rare number collected, at most */
#define PA_BUNDLE_RESCUE_DF 32       /* ... one number that rare may make a candidate (with the masks) */
#define PA_BUNDLE_DF_CAP 200         /* document frequency of an anchor counted up to this */
#define PA_BUNDLE_DF_SLOTS (1u << 20) /* frequency cache slots at most (16 MB), emptied when half full */
#define PA_BUNDLE_DF_FIRST (1u << 14) /* frequency cache slots at first (256 KB); doubles when half full */
#define PA_BUNDLE_DOC_SLOTS (1u << 18) /* document cache slots at most (~80 B + ~300 B a document) */
#define PA_BUNDLE_MIN_NUMBERS 5      /* numbers a text needs for content matching */
#define PA_BUNDLE_MIN_SIMILARITY 0.5 /* number-anchor Jaccard that makes one release */
#define PA_BUNDLE_HREFLANG_CONFIRM 0.3 /* ... that confirms a one-way hreflang link */
#define PA_BUNDLE_APART_SIMILARITY 0.7 /* ... that makes one release of pages their site says are not */
#define PA_BUNDLE_WEAK_SHARED 2       /* numbers two translations share at least (weak rule) */
#define PA_BUNDLE_URL_CANDIDATES 64  /* documents sharing a URL key looked at, at most */
#define PA_BUNDLE_URL_PER_KEY 32     /* ... per key */
#define PA_BUNDLE_URL_VETO 0.2       /* number Jaccard below which same-base URLs are refused */
#define PA_BUNDLE_URL_CONFIRM 0.3    /* ... that weaker URL relations need when the numbers can judge */
#define PA_BUNDLE_NEARDUP 0.6         /* estimated shingle Jaccard (MinHash) of near-duplicates */
#define PA_BUNDLE_NEARDUP_VETO 0.5    /* number Jaccard below which near-duplicate texts are refused */
#define PA_BUNDLE_NEARDUP_CANDIDATES 32 /* documents sharing a band key looked at, at most */
#define PA_BUNDLE_NAMES_MIN 2         /* distinct names a text needs for the names rule */
#define PA_BUNDLE_NAMES_MAX 16        /* ... at most (more: the numbers can judge) */
#define PA_BUNDLE_NAMES_DF 32         /* documents of a site holding one name set: more is not specific */
#define PA_BUNDLE_MATCHED (PA_BUNDLE_CANDIDATES + 8 + PA_BUNDLE_NEARDUP_CANDIDATES + PA_BUNDLE_NAMES_DF + \
                           PA_BUNDLE_URL_CANDIDATES) /* bundles matched per document */

#define PA_BUNDLE_STMTS 32 /* prepared statements kept */
#define SIG_JSON_MAX 96 /* bytes of the longest signals list (all six) */
#define PA_BUNDLE_CACHE_KB "65536" /* SQLite page cache of the store's connection */

struct pa_bundler {
    pa_store *st;
    char *dir;
    char **dirty;           /* bundles whose tars must be rewritten, in marking order */
    size_t n_dirty, cap_dirty;
    size_t *slots;          /* open-addressing index over dirty[]: index + 1, 0 = free */
    size_t n_slots;         /* a power of two, at least twice n_dirty (0: none yet) */
    pa_fingerprint other;   /* scratch: a candidate's fingerprint */
    pa_code deferred_rc;    /* a failed write of deferred signals (docs_clear), reported by the flush */
    char no_links[72];      /* the document being assigned when it has no doc_links rows, else "" */
    pa_err deferred_err;
    struct df_slot {
        uint64_t h;         /* 64-bit hash of the anchor; 0 = free */
        int df;             /* documents holding it, counted up to PA_BUNDLE_DF_CAP */
    } *dfm;                 /* cache of doc_anchors frequencies (dfm_cap slots, a power of 2) */
    size_t dfm_n, dfm_cap;
    size_t max_dfm_slots, max_doc_slots; /* cache bounds (powers of 2; pa_bundler_limit_caches) */
    int dfm_checked;        /* dfm_complete was decided (at the first document) */
    int dfm_complete;       /* every anchor in doc_anchors has its count in dfm (it started empty) */
    struct doc_entry {
        char id[24];        /* "" = free */
        char bundle[24];    /* documents.bundle */
        int signals;        /* documents.signals as a mask */
        int sig_dirty;      /* signals changed here, not written to state.db yet (docs_write) */
        uint64_t nmask[4];  /* number_mask of its anchors */
        uint32_t o_url, o_final, o_lang; /* offsets into data */
        char *data;         /* anchors, url, final_url, lang: NUL-terminated, one after the other */
    } *docs;                /* cache of assigned documents' columns (n_doc_slots slots) */
    size_t n_docs, n_doc_slots;
    struct doc_entry miss;  /* a document that does not fit the cache (long ids, no memory) */
    struct {
        const char *sql;
        sqlite3_stmt *q;
    } stmts[PA_BUNDLE_STMTS]; /* prepared once: a document costs dozens of statements */
    size_t n_stmts;
};

/* A prepared statement for `sql` (a string literal), reset and unbound,
 * owned by the bundler; NULL on error. */
static sqlite3_stmt *stmt(pa_bundler *b, const char *sql)
{
    for (size_t i = 0; i < b->n_stmts; i++)
        if (b->stmts[i].sql == sql || strcmp(b->stmts[i].sql, sql) == 0) {
            sqlite3_reset(b->stmts[i].q);
            sqlite3_clear_bindings(b->stmts[i].q);
            return b->stmts[i].q;
        }
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(pa_store_db(b->st), sql, -1, &q, NULL) != SQLITE_OK)
        return NULL;
    if (b->n_stmts < PA_BUNDLE_STMTS) {
        b->stmts[b->n_stmts].sql = sql;
        b->stmts[b->n_stmts].q = q;
        b->n_stmts++;
    }
    return q;
}

/* Done with a statement from stmt(): cached ones are only reset. */
static void stmt_done(pa_bundler *b, sqlite3_stmt *q)
{
    for (size_t i = 0; i < b->n_stmts; i++)
        if (b->stmts[i].q == q) {
            sqlite3_reset(q);
            return;
        }
    sqlite3_finalize(q);
}

pa_code pa_bundler_new(pa_store *st, pa_bundler **out, pa_err *err)
{
    pa_bundler *b = calloc(1, sizeof *b);
    if (!b || !(b->dir = pa_store_path(st, "bundles"))) {
        free(b);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    b->st = st;
    b->max_dfm_slots = PA_BUNDLE_DF_SLOTS;
    b->max_doc_slots = PA_BUNDLE_DOC_SLOTS;
    /* The bundler reads its indexes (doc_anchors, doc_links, documents by
     * doc_id) at random, often inside one long transaction (rebundle): a
     * page cache of PA_BUNDLE_CACHE_KB keeps them off the disk up to some
     * 100 000 documents (SQLite's default is 2 MB). */
    sqlite3_exec(pa_store_db(st), "PRAGMA cache_size=-" PA_BUNDLE_CACHE_KB, NULL, NULL, NULL);
    *out = b;
    return PA_OK;
}

/* The largest power of 2 not above n, and at least `floor`. */
static size_t pow2_floor(size_t n, size_t floor)
{
    size_t p = floor;
    while (p * 2 <= n && p * 2 > p)
        p *= 2;
    return p;
}

void pa_bundler_limit_caches(pa_bundler *b, size_t bytes)
{
    /* a quarter to the frequencies (16 B a slot), the rest to documents
     * (a slot and about 1 KB of columns per cached document: at most half
     * the slots are used) */
    b->max_dfm_slots = pow2_floor(bytes / 4 / sizeof *b->dfm, PA_BUNDLE_DF_FIRST);
    if (b->max_dfm_slots > PA_BUNDLE_DF_SLOTS)
        b->max_dfm_slots = PA_BUNDLE_DF_SLOTS;
    b->max_doc_slots = pow2_floor(bytes * 3 / 4 / (2 * sizeof *b->docs + 1024), 4096);
    if (b->max_doc_slots > PA_BUNDLE_DOC_SLOTS)
        b->max_doc_slots = PA_BUNDLE_DOC_SLOTS;
}

void pa_bundler_free(pa_bundler *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->n_dirty; i++)
        free(b->dirty[i]);
    for (size_t i = 0; i < b->n_stmts; i++)
        sqlite3_finalize(b->stmts[i].q);
    free(b->dirty);
    free(b->slots);
    free(b->dfm);
    for (size_t i = 0; i < b->n_doc_slots; i++)
        free(b->docs[i].data);
    free(b->docs);
    free(b->miss.data);
    pa_fingerprint_free(&b->other);
    free(b->dir);
    free(b);
}

/* Lowercase ASCII and collapse whitespace: the whole normalisation of a
 * pure-ASCII text (NFKC and case folding change nothing else there). */
static int ascii_fingerprint(const char *text, char out[65])
{
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)text[i] >= 0x80)
            return 0;
    char *c = malloc(len + 1);
    if (!c)
        return 0;
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            c[o++] = ' ';
        space = 0;
        c[o++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    pa_sha256_hex(c, o, out);
    free(c);
    return 1;
}

void pa_text_fingerprint(const char *text, char out[65])
{
    if (ascii_fingerprint(text, out))
        return;
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, 0, &norm,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                          UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    const char *src = n >= 0 ? (const char *)norm : text;
    size_t len = n >= 0 ? (size_t)n : strlen(text);
    char *collapsed = malloc(len + 1);
    if (!collapsed) {
        pa_sha256_hex(src, len, out);
        free(norm);
        return;
    }
    size_t o = 0;
    int space = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (space && o > 0)
            collapsed[o++] = ' ';
        space = 0;
        collapsed[o++] = (char)c;
    }
    pa_sha256_hex(collapsed, o, out);
    free(collapsed);
    free(norm);
}

static size_t hash_id(const char *s)
{
    return (size_t)pa_fnv1a(s);
}

/* Rebuild the index over dirty[] with room for at least `n` entries. */
static int dirty_reindex(pa_bundler *b, size_t n)
{
    size_t ns = 256;
    while (ns < 2 * n)
        ns *= 2;
    size_t *slots = ns == b->n_slots ? b->slots : calloc(ns, sizeof *slots);
    if (!slots)
        return -1;
    if (slots == b->slots)
        memset(slots, 0, ns * sizeof *slots);
    for (size_t i = 0; i < b->n_dirty; i++) {
        size_t h = hash_id(b->dirty[i]) & (ns - 1);
        while (slots[h])
            h = (h + 1) & (ns - 1);
        slots[h] = i + 1;
    }
    if (slots != b->slots)
        free(b->slots);
    b->slots = slots;
    b->n_slots = ns;
    return 0;
}

pa_code pa_bundler_mark_dirty(pa_bundler *b, const char *bundle_id, pa_err *err)
{
    if (!bundle_id || !*bundle_id)
        return PA_OK;
    if (2 * (b->n_dirty + 1) > b->n_slots && dirty_reindex(b, 2 * (b->n_dirty + 1)))
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    size_t h = hash_id(bundle_id) & (b->n_slots - 1);
    for (; b->slots[h]; h = (h + 1) & (b->n_slots - 1))
        if (strcmp(b->dirty[b->slots[h] - 1], bundle_id) == 0)
            return PA_OK;
    if (b->n_dirty == b->cap_dirty) {
        size_t ncap = b->cap_dirty ? b->cap_dirty * 2 : 64;
        char **nd = realloc(b->dirty, ncap * sizeof *nd);
        if (!nd)
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        b->dirty = nd;
        b->cap_dirty = ncap;
    }
    if (!(b->dirty[b->n_dirty] = strdup(bundle_id)))
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    b->n_dirty++;
    b->slots[h] = b->n_dirty;
    return PA_OK;
}

static char *column_dup(sqlite3_stmt *q, int col)
{
    const unsigned char *t = sqlite3_column_text(q, col);
    return t ? strdup((const char *)t) : NULL;
}

/* Run a statement with text parameters and no result rows. */
static pa_code exec_text(pa_bundler *b, const char *sql, const char *p1, const char *p2, pa_err *err)
{
    sqlite3_stmt *q = stmt(b, sql);
    if (!q)
        return pa_store_err(b->st, "prepare", err);
    if (p1)
        sqlite3_bind_text(q, 1, p1, -1, SQLITE_STATIC);
    if (p2)
        sqlite3_bind_text(q, 2, p2, -1, SQLITE_STATIC);
    int r = sqlite3_step(q);
    stmt_done(b, q);
    return r == SQLITE_DONE || r == SQLITE_ROW ? PA_OK : pa_store_err(b->st, sql, err);
}

/* A fingerprint back from its stored form (one anchor a line), into `fp`,
 * whose anchors array is reused (allocated on first use). */
static void fp_parse(const char *text, pa_fingerprint *fp)
{
    fp->n = fp->numbers = 0;
    if (!text || (!fp->anchors && !(fp->anchors = calloc(PA_FP_MAX_ANCHORS, sizeof *fp->anchors))))
        return;
    while (*text && fp->n < PA_FP_MAX_ANCHORS) {
        size_t l = strcspn(text, "\n");
        size_t k = l < PA_FP_ANCHOR_MAX - 1 ? l : PA_FP_ANCHOR_MAX - 1;
        memcpy(fp->anchors[fp->n], text, k);
        fp->anchors[fp->n][k] = '\0';
        if (fp->anchors[fp->n][0] == 'n')
            fp->numbers++;
        fp->n++;
        text += l;
        if (*text)
            text++;
    }
}

/* The document cache: the columns the bundler compares (anchors, url,
 * final_url, lang) and keeps up to date (bundle, signals) of documents that
 * have a bundle, so that a candidate costs no read of its (large) row.  It
 * mirrors state.db: every write of those columns by the bundler goes through
 * it, and nothing else writes them while a bundler lives (rebundle clears
 * them before the first document).  Grows to max_doc_slots slots, then
 * is emptied when half full. */
typedef struct doc_entry doc_entry;

/* A 256-bit signature of a text's distinct number anchors: one bit per
 * anchor (the top byte of fnv1a of its line).  Two texts sharing k numbers
 * share >= k bits; texts with ~12 numbers each share >= 2 bits by chance
 * ~8% of the time. */
static void mask_add(uint64_t m[4], const char *a, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)a[i]) * 1099511628211ull;
    unsigned bit = (unsigned)(h >> 56);
    m[bit >> 6] |= 1ull << (bit & 63);
}

/* number_mask of a stored fingerprint (one anchor a line) into m. */
static void number_mask(const char *anchors, uint64_t m[4])
{
    m[0] = m[1] = m[2] = m[3] = 0;
    while (anchors && *anchors) {
        size_t l = strcspn(anchors, "\n");
        if (anchors[0] == 'n')
            mask_add(m, anchors, l);
        anchors += l;
        if (*anchors)
            anchors++;
    }
}

/* Bits two masks share. */
static int mask_common(const uint64_t a[4], const uint64_t b[4])
{
    return __builtin_popcountll(a[0] & b[0]) + __builtin_popcountll(a[1] & b[1]) +
           __builtin_popcountll(a[2] & b[2]) + __builtin_popcountll(a[3] & b[3]);
}

static const char *de_anchors(const doc_entry *e) { return e->data; }
static const char *de_url(const doc_entry *e) { return e->data + e->o_url; }
static const char *de_final(const doc_entry *e) { return e->data + e->o_final; }
static const char *de_lang(const doc_entry *e) { return e->data + e->o_lang; }

static void signals_json(int mask, char sig[]);

/* Write the signals that add_signals left in the cache (sig_dirty) to
 * state.db: a candidate's list grows once per new signal, and rewriting its
 * row (text included) each time cost more than the rest of the match. */
static pa_code docs_write(pa_bundler *b, pa_err *err)
{
    for (size_t i = 0; i < b->n_doc_slots; i++) {
        doc_entry *e = &b->docs[i];
        if (!e->id[0] || !e->sig_dirty)
            continue;
        char sig[SIG_JSON_MAX];
        signals_json(e->signals, sig);
        pa_code rc = exec_text(b, "UPDATE documents SET signals=?1 WHERE doc_id=?2", sig, e->id, err);
        if (rc)
            return rc;
        e->sig_dirty = 0;
    }
    return PA_OK;
}

/* Empty the cache, writing its deferred signals first (a failure is kept
 * for the next flush to report). */
static void docs_clear(pa_bundler *b)
{
    if (!b->deferred_rc)
        b->deferred_rc = docs_write(b, &b->deferred_err);
    for (size_t i = 0; i < b->n_doc_slots; i++) {
        free(b->docs[i].data);
        b->docs[i].data = NULL;
        b->docs[i].id[0] = '\0';
    }
    b->n_docs = 0;
}

/* The slot of `doc_id`: its entry, or the free slot where it would go (NULL
 * before the table exists). */
static doc_entry *doc_slot(pa_bundler *b, const char *doc_id)
{
    if (!b->n_doc_slots)
        return NULL;
    size_t i = hash_id(doc_id) & (b->n_doc_slots - 1);
    while (b->docs[i].id[0] && strcmp(b->docs[i].id, doc_id) != 0)
        i = (i + 1) & (b->n_doc_slots - 1);
    return &b->docs[i];
}

/* Make room for one more entry: grow, or start again when at the largest size. */
static void docs_reserve(pa_bundler *b)
{
    if (2 * (b->n_docs + 1) <= b->n_doc_slots)
        return;
    if (b->n_doc_slots >= b->max_doc_slots) {
        docs_clear(b);
        return;
    }
    size_t ns = b->n_doc_slots ? 2 * b->n_doc_slots : 4096;
    doc_entry *nd = calloc(ns, sizeof *nd);
    if (!nd) {
        if (b->n_doc_slots)
            docs_clear(b);
        return;
    }
    doc_entry *old = b->docs;
    size_t on = b->n_doc_slots;
    b->docs = nd;
    b->n_doc_slots = ns;
    for (size_t i = 0; i < on; i++)
        if (old[i].id[0])
            *doc_slot(b, old[i].id) = old[i];
    free(old);
}

/* Store a document's columns in the cache (NULL columns as ""); returns the
 * entry — b->miss, valid until the next call, when its id is too long for
 * the table — or NULL when out of memory or without a bundle (bundle ids are
 * the bundler's own, "b" + 16 hex digits). */
static doc_entry *doc_put(pa_bundler *b, const char *doc_id, const char *anchors, const char *url, const char *final_url,
                          const char *lang, const char *bundle, int signals)
{
    if (!bundle || strlen(bundle) >= sizeof b->docs[0].bundle)
        return NULL;
    doc_entry *e = NULL;
    if (strlen(doc_id) < sizeof b->docs[0].id) {
        docs_reserve(b);
        e = doc_slot(b, doc_id);
    }
    int in_table = e != NULL;
    if (!e) {
        e = &b->miss;
        e->id[0] = '\0';
    }
    const char *parts[4] = {anchors ? anchors : "", url ? url : "", final_url ? final_url : "", lang ? lang : ""};
    size_t len[4], total = 0;
    for (int i = 0; i < 4; i++)
        total += (len[i] = strlen(parts[i])) + 1;
    char *data = malloc(total);
    if (!data)
        return NULL;
    size_t o = 0;
    uint32_t off[4];
    for (int i = 0; i < 4; i++) {
        off[i] = (uint32_t)o;
        memcpy(data + o, parts[i], len[i] + 1);
        o += len[i] + 1;
    }
    if (in_table && !e->id[0]) {
        snprintf(e->id, sizeof e->id, "%s", doc_id);
        b->n_docs++;
    }
    free(e->data);
    e->data = data;
    e->o_url = off[1];
    e->o_final = off[2];
    e->o_lang = off[3];
    snprintf(e->bundle, sizeof e->bundle, "%s", bundle);
    e->signals = signals;
    e->sig_dirty = 0;
    number_mask(data, e->nmask);
    return e;
}

static int signals_mask(const char *cur)
{
    return (strstr(cur, "\"exact-text\"") ? 1 : 0) | (strstr(cur, "\"numbers\"") ? 2 : 0) |
           (strstr(cur, "\"hreflang\"") ? 4 : 0) | (strstr(cur, "\"url\"") ? 8 : 0) |
           (strstr(cur, "\"near-dup\"") ? 16 : 0) | (strstr(cur, "\"names\"") ? 32 : 0);
}

/* A document's cached columns, read from state.db on a miss; NULL if it has
 * no bundle yet (or cannot be read). */
static doc_entry *doc_get(pa_bundler *b, const char *doc_id)
{
    doc_entry *e = doc_slot(b, doc_id);
    if (e && e->id[0])
        return e;
    sqlite3_stmt *q = stmt(b, "SELECT anchors, url, final_url, lang, bundle, signals FROM documents WHERE doc_id=?1");
    if (!q)
        return NULL;
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    e = NULL;
    if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 4)) {
        const char *sig = (const char *)sqlite3_column_text(q, 5);
        e = doc_put(b, doc_id, (const char *)sqlite3_column_text(q, 0), (const char *)sqlite3_column_text(q, 1),
                    (const char *)sqlite3_column_text(q, 2), (const char *)sqlite3_column_text(q, 3),
                    (const char *)sqlite3_column_text(q, 4), sig ? signals_mask(sig) : -1);
    }
    stmt_done(b, q);
    return e;
}

/* The bundle a (possibly merged) bundle id resolves to. */
static char *resolve_bundle(pa_bundler *b, const char *id)
{
    char *cur = strdup(id);
    sqlite3_stmt *q = NULL;
    if (!cur || !(q = stmt(b, "SELECT merged_into FROM bundles WHERE id=?")))
        return cur;
    for (int hops = 0; hops < 64; hops++) { /* chains are short; a cycle cannot hold us */
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, cur, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(q) != SQLITE_ROW || !sqlite3_column_text(q, 0))
            break;
        char *next = strdup((const char *)sqlite3_column_text(q, 0));
        if (!next)
            break;
        free(cur);
        cur = next;
    }
    stmt_done(b, q);
    return cur;
}

typedef struct {
    char id[24];
    int votes;
    int rare; /* found through a number held by <= PA_BUNDLE_RESCUE_DF documents */
} cand;

/* The frequency cache: doc_anchors counts (capped) of number anchors, so
 * that ranking a document's anchors costs no query once they are known.  It
 * is kept exact — as if counted again — by the bundler's own inserts and
 * deletes; nothing else writes doc_anchors while a bundler lives (rebundle
 * empties the table before the first document). */
static uint64_t hash64(const char *s)
{
    uint64_t h = pa_fnv1a(s);
    return h ? h : 1;
}

/* Doubles the frequency cache (rehashing its slots); 0 when memory is
 * short, and the cache is then left as it was. */
static int df_grow(pa_bundler *b)
{
    size_t cap = b->dfm_cap * 2;
    struct df_slot *t = calloc(cap, sizeof *t);
    if (!t)
        return 0;
    for (size_t j = 0; j < b->dfm_cap; j++) {
        if (!b->dfm[j].h)
            continue;
        size_t i = (size_t)b->dfm[j].h & (cap - 1);
        while (t[i].h)
            i = (i + 1) & (cap - 1);
        t[i] = b->dfm[j];
    }
    free(b->dfm);
    b->dfm = t;
    b->dfm_cap = cap;
    return 1;
}

/* The cache slot of `anchor`, added (uncounted, df -1) when `insert`; NULL
 * when absent and not inserted.  The table starts small and doubles when
 * half full up to PA_BUNDLE_DF_SLOTS, then starts again empty (and is no
 * longer complete): a crawl's memory follows its number of anchors. */
static struct df_slot *df_slot_of(pa_bundler *b, const char *anchor, int insert)
{
    if (!b->dfm) {
        if (!insert || !(b->dfm = calloc(PA_BUNDLE_DF_FIRST, sizeof *b->dfm)))
            return NULL;
        b->dfm_cap = PA_BUNDLE_DF_FIRST;
    }
    if (insert && b->dfm_n >= b->dfm_cap / 2 && (b->dfm_cap >= b->max_dfm_slots || !df_grow(b))) {
        memset(b->dfm, 0, b->dfm_cap * sizeof *b->dfm); /* full: start again */
        b->dfm_n = 0;
        b->dfm_complete = 0;
    }
    uint64_t h = hash64(anchor);
    size_t i = (size_t)h & (b->dfm_cap - 1);
    while (b->dfm[i].h && b->dfm[i].h != h)
        i = (i + 1) & (b->dfm_cap - 1);
    if (!b->dfm[i].h) {
        if (!insert)
            return NULL;
        b->dfm[i].h = h;
        b->dfm[i].df = -1; /* not counted yet */
        b->dfm_n++;
    }
    return &b->dfm[i];
}

/* One more (delta 1) or one less (-1) document holds `anchor`. */
static void df_add(pa_bundler *b, const char *anchor, int delta)
{
    struct df_slot *d = df_slot_of(b, anchor, b->dfm_complete && delta > 0);
    if (d && d->df < 0 && b->dfm_complete)
        d->df = 0; /* new: nobody held it */
    if (d && d->df >= 0 && d->df < PA_BUNDLE_DF_CAP)
        d->df = d->df + delta < 0 ? 0 : d->df + delta;
}

#define CAND_SLOTS (2 * PA_BUNDLE_COLLECT)

/* Documents sharing the rarest number anchors of `fp`, found through the
 * doc_anchors index: up to `max` (<= PA_BUNDLE_COLLECT) collected from the
 * postings of its 8 rarest numbers held by fewer than PA_BUNDLE_DF_CAP
 * documents, kept when they share two of those, or one held by at most
 * PA_BUNDLE_RESCUE_DF documents and their number masks share 3 bits at
 * least (common numbers the postings were not read for — a year, "20" —
 * are shared too; the pair rules decide). */
static size_t find_candidates(pa_bundler *b, const char *doc_id, const pa_fingerprint *fp, cand *out, size_t max)
{
    sqlite3 *db = pa_store_db(b->st);
    sqlite3_stmt *df = NULL, *docs = NULL;
    size_t n = 0;
    (void)db;
    /* document frequencies counted up to PA_BUNDLE_DF_CAP: an anchor found in
     * that many documents is common (a year, "10", "100"), its postings are not
     * read, and counting them all would make each document cost O(N) */
    if (!(df = stmt(b, "SELECT count(*) FROM (SELECT 1 FROM doc_anchors WHERE anchor=?1 LIMIT ?2)")) ||
        !(docs = stmt(b, "SELECT doc_id FROM doc_anchors WHERE anchor=?1 AND doc_id!=?2 LIMIT ?3")))
        return 0;
    /* distinct number anchors with their document frequency */
    struct {
        const char *a;
        long df;
    } rare[PA_FP_MAX_ANCHORS];
    size_t nr = 0;
    for (size_t i = 0; i < fp->n; i++) {
        const char *a = fp->anchors[i];
        if (a[0] != 'n' || (i > 0 && strcmp(a, fp->anchors[i - 1]) == 0))
            continue;
        struct df_slot *cached = df_slot_of(b, a, 1);
        long c;
        if (cached && cached->df >= 0) {
            c = cached->df;
        } else if (cached && b->dfm_complete) {
            c = cached->df = 0;
        } else {
            sqlite3_reset(df);
            sqlite3_bind_text(df, 1, a, -1, SQLITE_STATIC);
            sqlite3_bind_int(df, 2, PA_BUNDLE_DF_CAP);
            c = sqlite3_step(df) == SQLITE_ROW ? (long)sqlite3_column_int64(df, 0) : 0;
            if (cached)
                cached->df = (int)c;
        }
        rare[nr].a = a;
        rare[nr].df = c;
        nr++;
    }
    /* the 8 rarest that are not common (selection: few anchors); candidates
     * found through a small hash table (index + 1; max <= CAND_SLOTS / 2) */
    static_assert(CAND_SLOTS <= 65535, "slot indexes are unsigned short");
    unsigned short slot[CAND_SLOTS];
    memset(slot, 0, sizeof slot);
    if (max > CAND_SLOTS / 2)
        max = CAND_SLOTS / 2;
    size_t pick = nr < 8 ? nr : 8;
    for (size_t k = 0; k < pick; k++) {
        size_t best = k;
        for (size_t i = k + 1; i < nr; i++)
            if (rare[i].df < rare[best].df || (rare[i].df == rare[best].df && strcmp(rare[i].a, rare[best].a) < 0))
                best = i;
        if (best != k) {
            __typeof__(rare[0]) t = rare[k];
            rare[k] = rare[best];
            rare[best] = t;
        }
        if (rare[k].df >= PA_BUNDLE_DF_CAP) { /* the rest are common too */
            pick = k;
            break;
        }
        if (rare[k].df <= 1) /* its own anchors are in already: nobody else holds it */
            continue;
        sqlite3_reset(docs);
        sqlite3_bind_text(docs, 1, rare[k].a, -1, SQLITE_STATIC);
        sqlite3_bind_text(docs, 2, doc_id, -1, SQLITE_STATIC);
        sqlite3_bind_int(docs, 3, PA_BUNDLE_DF_CAP);
        while (sqlite3_step(docs) == SQLITE_ROW) {
            const char *d = (const char *)sqlite3_column_text(docs, 0);
            size_t h = hash_id(d) & (CAND_SLOTS - 1);
            while (slot[h] && strcmp(out[slot[h] - 1].id, d) != 0)
                h = (h + 1) & (CAND_SLOTS - 1);
            if (!slot[h]) {
                if (n == max)
                    continue;
                snprintf(out[n].id, sizeof out[n].id, "%s", d);
                out[n].votes = 0;
                out[n].rare = 0;
                slot[h] = (unsigned short)++n;
            }
            out[slot[h] - 1].votes++;
            out[slot[h] - 1].rare |= rare[k].df <= PA_BUNDLE_RESCUE_DF;
        }
    }
    stmt_done(b, df);
    stmt_done(b, docs);
    /* at least two of the rare anchors in common (one if the text has one),
     * or one and (by the masks) a common number */
    uint64_t mine[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < fp->n; i++)
        if (fp->anchors[i][0] == 'n')
            mask_add(mine, fp->anchors[i], strlen(fp->anchors[i]));
    size_t kept = 0;
    for (size_t j = 0; j < n; j++) {
        int keep = out[j].votes >= (pick >= 2 ? 2 : 1);
        if (!keep && out[j].votes == 1 && out[j].rare) {
            doc_entry *e = doc_get(b, out[j].id);
            keep = e && mask_common(mine, e->nmask) >= 3;
        }
        if (keep)
            out[kept++] = out[j];
    }
    return kept;
}

enum { SIG_TEXT = 1, SIG_NUMBERS = 2, SIG_HREFLANG = 4, SIG_URL = 8, SIG_NEARDUP = 16, SIG_NAMES = 32 };

/* Add signals to a document's list (kept in one canonical order, so the
 * lists do not depend on the order documents arrived in). */
static void signals_json(int mask, char sig[])
{
    static const char *const names[] = {"\"exact-text\"", "\"numbers\"", "\"hreflang\"", "\"url\"",
                                        "\"near-dup\"", "\"names\""};
    strcpy(sig, "[");
    for (int i = 0; i < 6; i++)
        if (mask & (1 << i)) {
            if (sig[1])
                strcat(sig, ",");
            strcat(sig, names[i]);
        }
    strcat(sig, "]");
}

static pa_code add_signals(pa_bundler *b, const char *doc_id, int mask, pa_err *err)
{
    doc_entry *e = doc_get(b, doc_id);
    int had = -1; /* no list yet */
    if (e) {
        had = e->signals;
    } else {
        sqlite3_stmt *q = NULL;
        if (!(q = stmt(b, "SELECT signals FROM documents WHERE doc_id=?")))
            return pa_store_err(b->st, "select signals", err);
        sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
            had = signals_mask((const char *)sqlite3_column_text(q, 0));
        stmt_done(b, q);
    }
    if (had >= 0 && (had | mask) == had)
        return PA_OK; /* nothing new: the row is not rewritten */
    int now = mask | (had > 0 ? had : 0);
    if (e && e != &b->miss) { /* written by docs_write (at the flush at the latest) */
        e->signals = now;
        e->sig_dirty = 1;
        return PA_OK;
    }
    char sig[SIG_JSON_MAX];
    signals_json(now, sig);
    return exec_text(b, "UPDATE documents SET signals=?1 WHERE doc_id=?2", sig, doc_id, err);
}

/* Store the document's hreflang alternates in doc_links: its own <link
 * rel=alternate hreflang> (meta_json "alternates") and those a sitemap
 * announced for its URL or final URL (url_links), itself left out. */
static pa_code store_links(pa_bundler *b, const char *doc_id, const char *url, const char *final_url, const char *meta,
                           pa_err *err)
{
    pa_code rc = exec_text(b, "DELETE FROM doc_links WHERE doc_id=?1", doc_id, NULL, err);
    if (rc)
        return rc;
    json_t *m = meta ? json_loads(meta, 0, NULL) : NULL;
    json_t *alts = json_object_get(m, "alternates");
    size_t i;
    json_t *a;
    json_array_foreach(alts, i, a)
    {
        const char *href = json_string_value(json_object_get(a, "href"));
        if (i >= 200)
            break;
        if (href && (!url || strcmp(href, url) != 0) &&
            (rc = exec_text(b, "INSERT OR IGNORE INTO doc_links(href, doc_id) VALUES(?1, ?2)", href, doc_id, err)))
            break;
    }
    json_decref(m);
    if (rc)
        return rc;
    /* the alternates a sitemap announced for this URL (xhtml:link) count as the page's own */
    sqlite3_stmt *ul = stmt(b, "INSERT OR IGNORE INTO doc_links(href, doc_id) SELECT href, ?1 FROM url_links"
                               " WHERE url IN (?2, ?3) AND href NOT IN (?2, ?3) LIMIT 200");
    if (!ul)
        return pa_store_err(b->st, "prepare url_links", err);
    sqlite3_bind_text(ul, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(ul, 2, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(ul, 3, final_url ? final_url : "", -1, SQLITE_STATIC);
    int ur = sqlite3_step(ul);
    stmt_done(b, ul);
    if (ur != SQLITE_DONE)
        return pa_store_err(b->st, "url_links alternates", err);
    return PA_OK;
}

/* Bundles of the documents linked to `doc_id` by hreflang alternates (both
 * ways; store_links ran), appended to matched[] (malloc'd ids).  Reciprocal
 * links are trusted; one-way links need a content similarity of at least
 * PA_BUNDLE_HREFLANG_CONFIRM. */
static pa_code hreflang_matches(pa_bundler *b, const char *doc_id, const char *url, const char *final_url,
                                const pa_fingerprint *fp, char **matched, size_t *n_matched, size_t max, int *found,
                                pa_err *err)
{
    pa_code rc = PA_OK;
    /* most documents have no alternates and none point to them: two index probes */
    sqlite3_stmt *q = stmt(b, "SELECT EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?1)"
                              " OR EXISTS(SELECT 1 FROM doc_links WHERE href IN (?2, ?3))");
    if (!q)
        return pa_store_err(b->st, "hreflang links", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, final_url ? final_url : "", -1, SQLITE_STATIC);
    int any = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0);
    stmt_done(b, q);
    if (!any)
        return PA_OK;
    /* documents I point to, and documents pointing to me: (doc_id, bundle, anchors, reciprocal) */
    q = stmt(b, "SELECT d.doc_id, d.bundle, d.anchors,"
                " EXISTS(SELECT 1 FROM doc_links l2 WHERE l2.doc_id=d.doc_id AND l2.href IN (?2, ?3))"
                " FROM documents d JOIN doc_links l ON l.doc_id=?1 AND (d.url=l.href OR d.final_url=l.href)"
                " WHERE d.doc_id!=?1 AND d.bundle IS NOT NULL"
                " UNION SELECT d.doc_id, d.bundle, d.anchors, 0 FROM documents d JOIN doc_links l"
                " ON l.doc_id=d.doc_id AND l.href IN (?2, ?3) WHERE d.doc_id!=?1 AND d.bundle IS NOT NULL"
                " LIMIT 200");
    if (!q)
        return pa_store_err(b->st, "hreflang candidates", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, final_url ? final_url : "", -1, SQLITE_STATIC);
    while (sqlite3_step(q) == SQLITE_ROW && *n_matched < max) {
        int reciprocal = sqlite3_column_int(q, 3);
        int ok = reciprocal;
        if (!ok) {
            fp_parse((const char *)sqlite3_column_text(q, 2), &b->other);
            ok = pa_fingerprint_similarity(fp, &b->other, PA_BUNDLE_MIN_NUMBERS) >= PA_BUNDLE_HREFLANG_CONFIRM;
        }
        if (ok && (matched[*n_matched] = column_dup(q, 1))) {
            (*n_matched)++;
            *found = 1;
            if ((rc = add_signals(b, (const char *)sqlite3_column_text(q, 0), SIG_HREFLANG, err)))
                break;
        }
    }
    stmt_done(b, q);
    return rc;
}

/* Are two language tags the same language?  Unknown ("", NULL, "und")
 * counts as the same (nothing may be merged on the URL alone then).  The
 * primary subtags decide ("en" = "en-GB"), except that two different
 * scripts are two languages ("zh-Hans" and "zh-Hant", "sr-Latn" and
 * "sr-Cyrl"). */
static int same_language(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b || strcasecmp(a, "und") == 0 || strcasecmp(b, "und") == 0)
        return 1;
    size_t pa = strcspn(a, "-_"), pb = strcspn(b, "-_");
    if (pa != pb || strncasecmp(a, b, pa) != 0)
        return 0;
    const char *sa = a[pa] ? a + pa + 1 : "", *sb = b[pb] ? b + pb + 1 : "";
    size_t la = strcspn(sa, "-_"), lb = strcspn(sb, "-_");
    if (la == 4 && lb == 4 && strncasecmp(sa, sb, 4) != 0)
        return 0;
    return 1;
}

/* Do the site's own markers say two documents are not language versions of
 * one page?  Their URLs: same host base, a language marker on one of them at
 * least, and no relation (urlkey.h); or their hreflang alternates: both
 * documents list some and neither lists the other.  Two releases of a site
 * can share half their numbers (monthly figures, a second phase); when the
 * site names its language versions and these two are not named alike, the
 * numbers signal needs PA_BUNDLE_APART_SIMILARITY instead of
 * PA_BUNDLE_MIN_SIMILARITY.  (Translations keep nearly all their numbers.) */
static int pages_apart(pa_bundler *b, const char *doc_id, const char *url, const char *final_url, const char *other_id,
                       const char *other_url, const char *other_final)
{
    /* a final URL equal to the URL is one URL (no second parse) */
    const char *mine[2] = {url, final_url && (!url || strcmp(url, final_url) != 0) ? final_url : NULL};
    const char *theirs[2] = {other_url,
                             other_final && (!other_url || strcmp(other_url, other_final) != 0) ? other_final : NULL};
    int related = 0, apart = 0;
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++)
            if (mine[x] && theirs[y]) {
                related |= pa_urlkey_relation(mine[x], theirs[y]) != PA_URLREL_NONE;
                apart |= pa_urlkey_apart(mine[x], theirs[y]);
            }
    if (related)
        return 0;
    if (apart)
        return 1;
    if (strcmp(b->no_links, doc_id) == 0) /* it lists no alternates: the query below is false */
        return 0;
    sqlite3_stmt *q = stmt(b, "SELECT EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?1)"
                              " AND EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?2)"
                              " AND NOT EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?1 AND href IN (?3, ?4))"
                              " AND NOT EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?2 AND href IN (?5, ?6))");
    if (!q)
        return 0;
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, other_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, other_url ? other_url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, other_final ? other_final : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 5, url ? url : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 6, final_url ? final_url : "", -1, SQLITE_STATIC);
    int r = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0);
    stmt_done(b, q);
    return r;
}

/* The numbers signal for one pair of documents, from their fingerprints
 * and languages (pages_apart is checked by the caller).  The Latin-script
 * names (distinct "w:" anchors) of the text holding fewer of them can judge
 * when it holds >= 2: they agree when >= 2/3 of them (and >= 2) are in the
 * other text too (translations keep names, brands and acronyms), and
 * disagree otherwise.  Accepted:
 *  - the similarity (number Jaccard plus a small bonus for shared names)
 *    is >= PA_BUNDLE_APART_SIMILARITY over >= PA_BUNDLE_MIN_NUMBERS numbers
 *    on each side, or >= PA_BUNDLE_MIN_SIMILARITY when the names do not
 *    disagree (a site's follow-up release repeats half the figures of the
 *    first, under other names);
 *  - weak rule, for texts with few numbers: two different (known)
 *    languages, names that agree, >= PA_BUNDLE_WEAK_SHARED shared numbers
 *    and at most twice as many unshared as shared ones (Jaccard >= 1/3):
 *    several independent weak signals agreeing. */
static int numbers_pair_ok(const pa_fingerprint *a, const pa_fingerprint *b, const char *lang_a, const char *lang_b)
{
    size_t ns = 0, nall = 0, wsh = 0, wa = 0, wb = 0;
    pa_fingerprint_names_shared(a, b, &wsh, &wa, &wb);
    size_t wmin = wa < wb ? wa : wb;
    int names_agree = wsh >= 2 && 3 * wsh >= 2 * wmin;
    int names_disagree = wmin >= 2 && !names_agree;
    double sim = pa_fingerprint_similarity(a, b, PA_BUNDLE_MIN_NUMBERS);
    if (sim >= PA_BUNDLE_APART_SIMILARITY || (sim >= PA_BUNDLE_MIN_SIMILARITY && !names_disagree))
        return 1;
    if (!names_agree || !lang_a || !lang_b || same_language(lang_a, lang_b))
        return 0;
    pa_fingerprint_numbers_shared(a, b, &ns, &nall);
    return ns >= PA_BUNDLE_WEAK_SHARED && nall - ns <= 2 * ns;
}

/* The URL signal for one pair of documents in different languages whose
 * URLs are related (urlkey.h), weighed against their numbers.  The numbers
 * can judge a pair when both texts hold >= 2 of them (multiset Jaccard J over
 * the number anchors, names left out):
 *  - same base (the URLs differ only by the language marker): accepted
 *    unless the numbers contradict it — both texts have >= 3 numbers and
 *    share none, or both have >= PA_BUNDLE_MIN_NUMBERS and J is below
 *    PA_BUNDLE_URL_VETO (article ids reused by separate language sites,
 *    mixed-up CMS pages);
 *  - a slug cut short, a translated category or an id with translated slug
 *    words in one directory: the shorter slug may be the prefix of another
 *    release's too, so when the numbers can judge they must agree
 *    (J >= PA_BUNDLE_URL_CONFIRM); when they cannot (0 or 1 number on a
 *    side), the URL decides;
 *  - only a shared numeric id elsewhere on the site: never on the URL alone;
 *    both texts need >= 2 shared numbers and J >= PA_BUNDLE_URL_CONFIRM.
 * The numbers signal alone needs J >= 0.5 over >= 5 numbers on each side. */
static int url_pair_ok(pa_urlrel rel, const pa_fingerprint *a, const pa_fingerprint *b)
{
    size_t shared = 0, all = 0;
    pa_fingerprint_numbers_shared(a, b, &shared, &all);
    double jac = all ? (double)shared / (double)all : 0;
    int judge = a->numbers >= 2 && b->numbers >= 2;
    switch (rel) {
    case PA_URLREL_SAME:
        if (a->numbers >= 3 && b->numbers >= 3 && shared == 0)
            return 0;
        return !(a->numbers >= PA_BUNDLE_MIN_NUMBERS && b->numbers >= PA_BUNDLE_MIN_NUMBERS &&
                 jac < PA_BUNDLE_URL_VETO);
    case PA_URLREL_SLUG:
        return !judge || jac >= PA_BUNDLE_URL_CONFIRM;
    case PA_URLREL_ID:
        return judge && shared >= 2 && jac >= PA_BUNDLE_URL_CONFIRM;
    default:
        return 0;
    }
}

/* The keys of a document's URLs (url and final_url), merged. */
static void doc_url_keys(const char *url, const char *final_url, pa_urlkeys *keys)
{
    pa_urlkey_compute(url, keys);
    if (final_url && (!url || strcmp(url, final_url) != 0)) {
        pa_urlkeys more;
        pa_urlkey_compute(final_url, &more);
        for (size_t i = 0; i < more.n && keys->n < PA_URLKEY_MAX_KEYS; i++) {
            size_t j = 0;
            while (j < keys->n && strcmp(keys->keys[j], more.keys[i]) != 0)
                j++;
            if (j == keys->n)
                memcpy(keys->keys[keys->n++], more.keys[i], PA_URLKEY_LEN);
        }
    }
}

/* Bundles of the documents whose URLs are language siblings of this one's
 * (urlkey.h), found through "u"-prefixed keys in doc_anchors, accepted by
 * url_pair_ok and only across languages; appended to matched[]. */
static pa_code url_matches(pa_bundler *b, const char *doc_id, const char *url, const char *final_url,
                           const char *lang, const pa_fingerprint *fp, char **matched, size_t *n_matched, size_t max,
                           int *found, pa_err *err)
{
    pa_urlkeys *keys = malloc(sizeof *keys);
    char(*cands)[72] = calloc(PA_BUNDLE_URL_CANDIDATES, sizeof *cands); /* doc ids */
    pa_code rc = PA_OK;
    size_t nc = 0;
    sqlite3_stmt *q = NULL;
    if (!keys || !cands) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    doc_url_keys(url, final_url, keys);
    char anchor[PA_URLKEY_LEN + 2];
    /* index this document's keys, then collect the documents sharing them */
    for (size_t i = 0; i < keys->n && !rc; i++) {
        snprintf(anchor, sizeof anchor, "u%s", keys->keys[i]);
        rc = exec_text(b, "INSERT OR IGNORE INTO doc_anchors(anchor, doc_id) VALUES(?1, ?2)", anchor, doc_id, err);
    }
    if (rc || !(q = stmt(b, "SELECT doc_id FROM doc_anchors WHERE anchor=?1 AND doc_id!=?2 LIMIT ?3"))) {
        if (!rc)
            rc = pa_store_err(b->st, "prepare url candidates", err);
        goto done;
    }
    for (size_t i = 0; i < keys->n && nc < PA_BUNDLE_URL_CANDIDATES; i++) {
        snprintf(anchor, sizeof anchor, "u%s", keys->keys[i]);
        sqlite3_reset(q);
        sqlite3_bind_text(q, 1, anchor, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_STATIC);
        sqlite3_bind_int(q, 3, PA_BUNDLE_URL_PER_KEY);
        while (sqlite3_step(q) == SQLITE_ROW && nc < PA_BUNDLE_URL_CANDIDATES) {
            const char *d = (const char *)sqlite3_column_text(q, 0);
            size_t j = 0;
            while (j < nc && strcmp(cands[j], d) != 0)
                j++;
            if (j == nc)
                snprintf(cands[nc++], sizeof cands[0], "%s", d);
        }
    }
    stmt_done(b, q);
    if (!nc || !(lang && *lang))
        goto done;
    for (size_t j = 0; j < nc && *n_matched < max && !rc; j++) {
        doc_entry *e = doc_get(b, cands[j]);
        if (!e || same_language(lang, de_lang(e)))
            continue;
        const char *cu = *de_url(e) ? de_url(e) : NULL, *cf = *de_final(e) ? de_final(e) : NULL;
        const char *mine[2] = {url, final_url && (!url || strcmp(url, final_url)) ? final_url : NULL};
        const char *theirs[2] = {cu, cf && (!cu || strcmp(cu, cf)) ? cf : NULL};
        pa_urlrel rel = PA_URLREL_NONE;
        for (int x = 0; x < 2; x++)
            for (int y = 0; y < 2; y++)
                if (mine[x] && theirs[y]) {
                    pa_urlrel r = pa_urlkey_relation(mine[x], theirs[y]);
                    if (r > rel)
                        rel = r;
                }
        if (rel == PA_URLREL_NONE)
            continue;
        fp_parse(de_anchors(e), &b->other);
        int ok = url_pair_ok(rel, fp, &b->other);
        if (ok && (matched[*n_matched] = strdup(e->bundle))) {
            (*n_matched)++;
            *found = 1;
            rc = add_signals(b, cands[j], SIG_URL, err);
        }
    }
done:
    free(keys);
    free(cands);
    return rc;
}

/* The site a document is on (urlkey.h: the registrable domain of its final
 * URL, else of its URL) into out[256]; 0, or -1 (out "") when neither parses. */
static int doc_site(const char *url, const char *final_url, char out[256])
{
    if (final_url && *final_url && pa_urlkey_site(final_url, out, 256) == 0)
        return 0;
    return url && *url ? pa_urlkey_site(url, out, 256) : (out[0] = '\0', -1);
}

/* The names key of a document for the names rule into out[24]: "s" + 16 hex
 * digits of a 64-bit hash of its site and its distinct Latin-script names
 * (fp's "w:" anchors, sorted).  Returns 1, or 0 (no key) when the text holds
 * PA_BUNDLE_MIN_NUMBERS numbers or more (the numbers judge it), fewer than
 * PA_BUNDLE_NAMES_MIN or more than PA_BUNDLE_NAMES_MAX distinct names, or
 * has no site. */
static int names_key(const pa_fingerprint *fp, const char *site, char out[24])
{
    if (fp->numbers >= PA_BUNDLE_MIN_NUMBERS || !site || !*site)
        return 0;
    uint64_t h = pa_fnv1a(site);
    size_t names = 0;
    for (size_t i = 0; i < fp->n; i++) {
        const char *a = fp->anchors[i];
        if (a[0] != 'w' || (i > 0 && strcmp(a, fp->anchors[i - 1]) == 0))
            continue;
        names++;
        h = pa_fnv1a_on(pa_fnv1a_on(h, "\n"), a);
    }
    if (names < PA_BUNDLE_NAMES_MIN || names > PA_BUNDLE_NAMES_MAX)
        return 0;
    snprintf(out, 24, "s%016llx", (unsigned long long)h);
    return 1;
}

/* The names rule for one pair of documents whose texts hold too few numbers
 * for the numbers signal (fewer than PA_BUNDLE_MIN_NUMBERS each), from their
 * fingerprints, languages and sites (pages_apart is checked by the caller).
 * Accepted when several weak signals all agree: the same site, two
 * different known languages, the same set of PA_BUNDLE_NAMES_MIN to
 * PA_BUNDLE_NAMES_MAX distinct Latin-script names (translations keep names,
 * brands and acronyms), and numbers that do not contradict it — when both
 * texts hold >= 2 numbers, they share one at least and their number Jaccard
 * is >= 1/3. */
static int names_pair_ok(const pa_fingerprint *a, const pa_fingerprint *b, const char *lang_a, const char *lang_b,
                         const char *site_a, const char *site_b)
{
    if (a->numbers >= PA_BUNDLE_MIN_NUMBERS || b->numbers >= PA_BUNDLE_MIN_NUMBERS || !site_a || !site_b ||
        !*site_a || strcmp(site_a, site_b) != 0 || !lang_a || !lang_b || !*lang_a || !*lang_b ||
        strcasecmp(lang_a, "und") == 0 || strcasecmp(lang_b, "und") == 0 || same_language(lang_a, lang_b))
        return 0;
    size_t wsh = 0, wa = 0, wb = 0;
    pa_fingerprint_names_shared(a, b, &wsh, &wa, &wb);
    if (wsh != wa || wsh != wb || wsh < PA_BUNDLE_NAMES_MIN || wsh > PA_BUNDLE_NAMES_MAX)
        return 0;
    if (a->numbers >= 2 && b->numbers >= 2) {
        size_t ns = 0, nall = 0;
        pa_fingerprint_numbers_shared(a, b, &ns, &nall);
        if (ns == 0 || 3 * ns < nall)
            return 0;
    }
    return 1;
}

/* The names signal: bundles of the documents of the same site holding the
 * same names key (names_key; indexed here in doc_anchors) and accepted by
 * names_pair_ok, appended to matched[].  A key held by more than
 * PA_BUNDLE_NAMES_DF documents is not specific (a site whose short notes all
 * name the same company and chief): it is not followed. */
static pa_code names_matches(pa_bundler *b, const char *doc_id, const char *url, const char *final_url,
                             const char *lang, const pa_fingerprint *fp, char **matched, size_t *n_matched,
                             size_t max, int *found, pa_err *err)
{
    char site[256], key[24], other_site[256];
    if (doc_site(url, final_url, site) != 0 || !names_key(fp, site, key))
        return PA_OK;
    pa_code rc = exec_text(b, "INSERT OR IGNORE INTO doc_anchors(anchor, doc_id) VALUES(?1, ?2)", key, doc_id, err);
    if (rc || !lang || !*lang)
        return rc;
    char cands[PA_BUNDLE_NAMES_DF][72];
    size_t nc = 0;
    sqlite3_stmt *q = stmt(b, "SELECT doc_id FROM doc_anchors WHERE anchor=?1 AND doc_id!=?2 LIMIT ?3");
    if (!q)
        return pa_store_err(b->st, "prepare names candidates", err);
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 3, PA_BUNDLE_NAMES_DF);
    while (sqlite3_step(q) == SQLITE_ROW && nc < PA_BUNDLE_NAMES_DF)
        snprintf(cands[nc++], sizeof cands[0], "%s", (const char *)sqlite3_column_text(q, 0));
    stmt_done(b, q);
    if (nc >= PA_BUNDLE_NAMES_DF) /* with this one, more than PA_BUNDLE_NAMES_DF hold it */
        return PA_OK;
    for (size_t j = 0; j < nc && *n_matched < max && !rc; j++) {
        doc_entry *e = doc_get(b, cands[j]);
        if (!e)
            continue;
        const char *cu = *de_url(e) ? de_url(e) : NULL, *cf = *de_final(e) ? de_final(e) : NULL;
        fp_parse(de_anchors(e), &b->other);
        if (doc_site(cu, cf, other_site) != 0 ||
            !names_pair_ok(fp, &b->other, lang, de_lang(e), site, other_site) ||
            pages_apart(b, doc_id, url, final_url, cands[j], cu, cf))
            continue;
        if ((matched[*n_matched] = strdup(e->bundle))) {
            (*n_matched)++;
            *found = 1;
            rc = add_signals(b, cands[j], SIG_NAMES, err);
        }
    }
    return rc;
}

/* The doc_anchors form of a MinHash band key: "m" + 12 hex digits. */
static void band_anchor(uint64_t key, char out[16])
{
    snprintf(out, 16, "m%012llx", (unsigned long long)key);
}

/* Index a document's MinHash band keys in doc_anchors (its old rows are
 * gone already). */
static pa_code neardup_index(pa_bundler *b, const char *doc_id, const pa_minhash *mh, pa_err *err)
{
    uint64_t keys[PA_MINHASH_BANDS];
    pa_minhash_band_keys(mh, keys);
    char anchor[16];
    for (int i = 0; i < PA_MINHASH_BANDS; i++) {
        band_anchor(keys[i], anchor);
        pa_code rc = exec_text(b, "INSERT OR IGNORE INTO doc_anchors(anchor, doc_id) VALUES(?1, ?2)", anchor, doc_id,
                               err);
        if (rc)
            return rc;
    }
    return PA_OK;
}

/* The near-duplicate signal: bundles of the documents whose texts are
 * near-duplicates of this one's (other texts, not exact copies), appended
 * to matched[].  Candidates share one LSH band key of the MinHash signature
 * (minhash.h; at most PA_BUNDLE_NEARDUP_CANDIDATES of them); a pair is
 * accepted when the signatures estimate a shingle Jaccard of at least
 * PA_BUNDLE_NEARDUP, unless the numbers contradict it: both texts hold >= 3
 * numbers and their number Jaccard is below PA_BUNDLE_NEARDUP_VETO (a site's
 * template filled with another month's figures is another release). */
static pa_code neardup_matches(pa_bundler *b, const char *doc_id, const char *text_sha256, const pa_minhash *mh,
                               const pa_fingerprint *fp, char **matched, size_t *n_matched, size_t max, int *found,
                               pa_err *err)
{
    char cands[PA_BUNDLE_NEARDUP_CANDIDATES][72];
    size_t nc = 0;
    uint64_t keys[PA_MINHASH_BANDS];
    pa_minhash_band_keys(mh, keys);
    /* one statement for all bands: ?1..?8 the keys, ?9 the document */
    _Static_assert(PA_MINHASH_BANDS == 8, "the query below names 8 band keys");
    sqlite3_stmt *q = stmt(b, "SELECT DISTINCT doc_id FROM doc_anchors WHERE anchor IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                              " AND doc_id!=?9 ORDER BY doc_id LIMIT ?10");
    if (!q)
        return pa_store_err(b->st, "prepare near-duplicate candidates", err);
    char anchor[PA_MINHASH_BANDS][16];
    for (int i = 0; i < PA_MINHASH_BANDS; i++) {
        band_anchor(keys[i], anchor[i]);
        sqlite3_bind_text(q, i + 1, anchor[i], -1, SQLITE_STATIC);
    }
    sqlite3_bind_text(q, 9, doc_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 10, PA_BUNDLE_NEARDUP_CANDIDATES);
    while (sqlite3_step(q) == SQLITE_ROW && nc < PA_BUNDLE_NEARDUP_CANDIDATES)
        snprintf(cands[nc++], sizeof cands[0], "%s", (const char *)sqlite3_column_text(q, 0));
    stmt_done(b, q);
    pa_code rc = PA_OK;
    for (size_t j = 0; j < nc && *n_matched < max && !rc; j++) {
        if (!(q = stmt(b, "SELECT minhash, text_sha256 FROM documents WHERE doc_id=?1 AND bundle IS NOT NULL")))
            return pa_store_err(b->st, "prepare near-duplicate signature", err);
        sqlite3_bind_text(q, 1, cands[j], -1, SQLITE_STATIC);
        pa_minhash other;
        int ok = 0;
        if (sqlite3_step(q) == SQLITE_ROW) {
            const char *sha = (const char *)sqlite3_column_text(q, 1);
            ok = !(sha && text_sha256 && strcmp(sha, text_sha256) == 0) && /* exact copies: exact-text */
                 pa_minhash_decode(sqlite3_column_blob(q, 0), (size_t)sqlite3_column_bytes(q, 0), &other) == 0 &&
                 pa_minhash_similarity(mh, &other) >= PA_BUNDLE_NEARDUP;
        }
        stmt_done(b, q);
        doc_entry *e = ok ? doc_get(b, cands[j]) : NULL;
        if (!e)
            continue;
        fp_parse(de_anchors(e), &b->other);
        size_t shared = 0, all = 0;
        pa_fingerprint_numbers_shared(fp, &b->other, &shared, &all);
        if (fp->numbers >= 3 && b->other.numbers >= 3 && (double)shared < PA_BUNDLE_NEARDUP_VETO * (double)all)
            continue;
        if ((matched[*n_matched] = strdup(e->bundle))) {
            (*n_matched)++;
            *found = 1;
            rc = add_signals(b, cands[j], SIG_NEARDUP, err);
        }
    }
    return rc;
}

/* Every document of bundle `from` into `to` (the document cache follows). */
static pa_code move_bundle(pa_bundler *b, const char *from, const char *to, pa_err *err)
{
    sqlite3_stmt *q = stmt(b, "UPDATE documents SET bundle=?1 WHERE bundle=?2 RETURNING doc_id");
    if (!q)
        return pa_store_err(b->st, "prepare bundle move", err);
    sqlite3_bind_text(q, 1, to, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, from, -1, SQLITE_STATIC);
    int r;
    while ((r = sqlite3_step(q)) == SQLITE_ROW) {
        doc_entry *e = doc_slot(b, (const char *)sqlite3_column_text(q, 0));
        if (e && e->id[0])
            snprintf(e->bundle, sizeof e->bundle, "%s", to);
    }
    stmt_done(b, q);
    return r == SQLITE_DONE ? PA_OK : pa_store_err(b->st, "move bundle", err);
}

/* The work of pa_bundler_assign*: `given` the fingerprint or NULL (computed
 * here); `given_mh` the MinHash signature when `mh_given` (NULL: the text
 * has none), else computed here.  The text is read only when something is
 * computed here. */
static pa_code assign(pa_bundler *b, const char *doc_id, const pa_fingerprint *given, int mh_given,
                      const pa_minhash *given_mh, pa_err *err);

pa_code pa_bundler_assign(pa_bundler *b, const char *doc_id, pa_err *err)
{
    return assign(b, doc_id, NULL, 0, NULL, err);
}

pa_code pa_bundler_assign_fp(pa_bundler *b, const char *doc_id, const pa_fingerprint *given, pa_err *err)
{
    return assign(b, doc_id, given, 0, NULL, err);
}

pa_code pa_bundler_assign_pre(pa_bundler *b, const char *doc_id, const pa_fingerprint *fp, const pa_minhash *mh,
                              pa_err *err)
{
    return fp ? assign(b, doc_id, fp, 1, mh, err) : assign(b, doc_id, NULL, 0, NULL, err);
}

static pa_code assign(pa_bundler *b, const char *doc_id, const pa_fingerprint *given, int mh_given,
                      const pa_minhash *given_mh, pa_err *err)
{
    sqlite3_stmt *q = NULL;
    pa_code rc = PA_OK;
    char *old = NULL, *fp_hex = NULL, *text = NULL, *target = NULL, *url = NULL, *final_url = NULL, *meta = NULL,
         *lang = NULL, *old_anchors = NULL;
    pa_fingerprint fp;
    memset(&fp, 0, sizeof fp);
    pa_buf stored;
    pa_buf_init(&stored, 0);
    cand *cands = NULL;
    if (!(q = stmt(b, "SELECT bundle, text_sha256, text, url, final_url, meta_json, lang, anchors FROM documents"
                      " WHERE doc_id=?")))
        return pa_store_err(b->st, "select document", err);
    sqlite3_bind_text(q, 1, doc_id, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_ROW) {
        stmt_done(b, q);
        return pa_err_set(err, PA_ERR_NOTFOUND, "document %s not in the store", doc_id);
    }
    old = column_dup(q, 0);
    fp_hex = column_dup(q, 1);
    int has_text = sqlite3_column_type(q, 2) != SQLITE_NULL;
    if (has_text && !(given && mh_given)) /* a long text is copied only when it is needed */
        text = column_dup(q, 2);
    url = column_dup(q, 3);
    final_url = column_dup(q, 4);
    meta = column_dup(q, 5);
    lang = column_dup(q, 6);
    old_anchors = column_dup(q, 7);
    stmt_done(b, q);
    if (!fp_hex || !has_text || (!text && !(given && mh_given))) {
        rc = pa_err_set(err, PA_ERR_INVALID, "document %s has no text or fingerprint", doc_id);
        goto done;
    }
    /* 1. its own id: exact duplicates share the text fingerprint */
    char base[24];
    snprintf(base, sizeof base, "b%.16s", fp_hex);
    if (!(target = strdup(base))) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    /* 2. the language-independent fingerprint, stored and indexed */
    if (given) {
        if (!(fp.anchors = calloc(PA_FP_MAX_ANCHORS, sizeof *fp.anchors))) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            goto done;
        }
        memcpy(fp.anchors, given->anchors, given->n * sizeof *fp.anchors);
        fp.n = given->n;
        fp.numbers = given->numbers;
    } else if ((rc = pa_fingerprint_text(text, strlen(text), &fp, err))) {
        goto done;
    }
    for (size_t i = 0; i < fp.n; i++) {
        pa_buf_puts(&stored, fp.anchors[i]);
        if (i + 1 < fp.n)
            pa_buf_putc(&stored, '\n');
    }
    if (!b->dfm_checked) { /* the frequency cache is complete if it starts with the table */
        sqlite3_stmt *e = stmt(b, "SELECT NOT EXISTS(SELECT 1 FROM doc_anchors)");
        b->dfm_complete = e && sqlite3_step(e) == SQLITE_ROW && sqlite3_column_int(e, 0);
        b->dfm_checked = 1;
        if (e)
            stmt_done(b, e);
    }
    if ((rc = exec_text(b, "DELETE FROM doc_anchors WHERE doc_id=?1", doc_id, NULL, err)))
        goto done;
    if (sqlite3_changes(pa_store_db(b->st)) > 0 && old_anchors) { /* indexed before: uncount its numbers */
        fp_parse(old_anchors, &b->other);
        for (size_t i = 0; i < b->other.n; i++)
            if (b->other.anchors[i][0] == 'n' && (i == 0 || strcmp(b->other.anchors[i], b->other.anchors[i - 1]) != 0))
                df_add(b, b->other.anchors[i], -1);
    }
    for (size_t i = 0; i < fp.n; i++)
        if (fp.anchors[i][0] == 'n' && (i == 0 || strcmp(fp.anchors[i], fp.anchors[i - 1]) != 0)) {
            if ((rc = exec_text(b, "INSERT OR IGNORE INTO doc_anchors(anchor, doc_id) VALUES(?1, ?2)", fp.anchors[i],
                                doc_id, err)))
                goto done;
            if (sqlite3_changes(pa_store_db(b->st)) == 1)
                df_add(b, fp.anchors[i], 1);
        }
    /* its MinHash signature (none for short texts), band keys indexed */
    pa_minhash mh;
    int has_mh;
    if (mh_given) {
        if ((has_mh = given_mh != NULL))
            mh = *given_mh;
    } else {
        has_mh = pa_minhash_text(text, strlen(text), &mh) == 0;
    }
    unsigned char mh_blob[PA_MINHASH_BYTES];
    if (has_mh) {
        pa_minhash_encode(&mh, mh_blob);
        if ((rc = neardup_index(b, doc_id, &mh, err)))
            goto done;
    }
    /* its hreflang alternates, for 3 and 3b */
    if ((rc = store_links(b, doc_id, url, final_url, meta, err)))
        goto done;
    {
        sqlite3_stmt *lq = stmt(b, "SELECT EXISTS(SELECT 1 FROM doc_links WHERE doc_id=?1)");
        int any = !lq; /* unknown: assume some */
        if (lq) {
            sqlite3_bind_text(lq, 1, doc_id, -1, SQLITE_STATIC);
            any = sqlite3_step(lq) != SQLITE_ROW || sqlite3_column_int(lq, 0);
            stmt_done(b, lq);
        }
        snprintf(b->no_links, sizeof b->no_links, "%s", any || strlen(doc_id) >= sizeof b->no_links ? "" : doc_id);
    }
    /* 3. other documents that are the same release: same text, or the same
     * numbers (translations keep them) */
    int by_numbers = 0, by_text = 0, by_hreflang = 0, by_url = 0, by_neardup = 0, by_names = 0;
    char *matched[PA_BUNDLE_MATCHED];
    size_t n_matched = 0;
    if ((q = stmt(b, "SELECT bundle, doc_id FROM documents WHERE text_sha256=?1 AND doc_id!=?2"
                     " AND bundle IS NOT NULL LIMIT 8"))) {
        sqlite3_bind_text(q, 1, fp_hex, -1, SQLITE_STATIC);
        sqlite3_bind_text(q, 2, doc_id, -1, SQLITE_STATIC);
        while (!rc && sqlite3_step(q) == SQLITE_ROW && n_matched < 8) {
            matched[n_matched] = column_dup(q, 0);
            if (matched[n_matched]) {
                n_matched++;
                by_text = 1;
                rc = add_signals(b, (const char *)sqlite3_column_text(q, 1), SIG_TEXT, err);
            }
        }
        stmt_done(b, q);
        if (rc)
            goto merged;
    }
    /* 3a. near-duplicate texts (same language, small edits) */
    if (has_mh && (rc = neardup_matches(b, doc_id, fp_hex, &mh, &fp, matched, &n_matched, 8 + PA_BUNDLE_NEARDUP_CANDIDATES,
                                        &by_neardup, err)))
        goto merged;
    if (fp.numbers >= PA_BUNDLE_WEAK_SHARED && (cands = calloc(PA_BUNDLE_COLLECT, sizeof *cands))) {
        size_t nc = find_candidates(b, doc_id, &fp, cands, PA_BUNDLE_COLLECT);
        for (size_t j = 0; j < nc && n_matched < PA_BUNDLE_CANDIDATES + 8 + PA_BUNDLE_NEARDUP_CANDIDATES; j++) {
            doc_entry *e = doc_get(b, cands[j].id);
            if (!e)
                continue;
            fp_parse(de_anchors(e), &b->other);
            if (!numbers_pair_ok(&fp, &b->other, lang, de_lang(e)) ||
                (pa_fingerprint_similarity(&fp, &b->other, PA_BUNDLE_MIN_NUMBERS) < PA_BUNDLE_APART_SIMILARITY &&
                 pages_apart(b, doc_id, url, final_url, cands[j].id, *de_url(e) ? de_url(e) : NULL,
                             *de_final(e) ? de_final(e) : NULL)))
                continue;
            if ((matched[n_matched] = strdup(e->bundle))) {
                n_matched++;
                by_numbers = 1;
                if ((rc = add_signals(b, cands[j].id, SIG_NUMBERS, err)))
                    break;
            }
        }
        if (rc)
            goto merged;
    }
    /* 3a'. few numbers: the same site, languages and names (weak signals agreeing) */
    if ((rc = names_matches(b, doc_id, url, final_url, lang, &fp, matched, &n_matched,
                            PA_BUNDLE_CANDIDATES + 8 + PA_BUNDLE_NEARDUP_CANDIDATES + PA_BUNDLE_NAMES_DF, &by_names,
                            err)))
        goto merged;
    /* 3b. hreflang alternates: trusted when reciprocal, else only when the
     * content agrees too (sites get them wrong) */
    if ((rc = hreflang_matches(b, doc_id, url, final_url, &fp, matched, &n_matched,
                               PA_BUNDLE_CANDIDATES + 8 + PA_BUNDLE_NEARDUP_CANDIDATES + PA_BUNDLE_NAMES_DF,
                               &by_hreflang, err)))
        goto merged;
    /* 3c. language-sibling URLs, across languages, checked against the numbers */
    if ((rc = url_matches(b, doc_id, url, final_url, lang, &fp, matched, &n_matched, PA_BUNDLE_MATCHED, &by_url, err)))
        goto merged;
    /* 4. the bundle is the smallest id of the component: the same whatever
     * the fetch order; the other bundles merge into it */
    for (size_t i = 0; i < n_matched; i++) {
        char *r = resolve_bundle(b, matched[i]);
        free(matched[i]);
        matched[i] = r;
        if (r && strcmp(r, target) < 0) {
            free(target);
            target = strdup(r);
            if (!target) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                goto merged;
            }
        }
    }
    for (size_t i = 0; i < n_matched && !rc; i++) {
        if (!matched[i] || strcmp(matched[i], target) == 0)
            continue;
        if ((rc = move_bundle(b, matched[i], target, err)) ||
            (rc = exec_text(b, "INSERT INTO bundles(id, merged_into, created, updated) VALUES(?2, ?1, datetime('now'),"
                               " datetime('now')) ON CONFLICT(id) DO UPDATE SET merged_into=?1, updated=datetime('now')",
                            target, matched[i], err)))
            break;
        rc = pa_bundler_mark_dirty(b, matched[i], err);
    }
merged:
    for (size_t i = 0; i < n_matched; i++)
        free(matched[i]);
    if (rc)
        goto done;
    /* the document's own row is written once: fingerprint, bundle, signals */
    char sig[SIG_JSON_MAX];
    signals_json((by_text ? SIG_TEXT : 0) | (by_numbers ? SIG_NUMBERS : 0) | (by_hreflang ? SIG_HREFLANG : 0) |
                     (by_url ? SIG_URL : 0) | (by_neardup ? SIG_NEARDUP : 0) | (by_names ? SIG_NAMES : 0),
                 sig);
    if (!(q = stmt(b, "UPDATE documents SET anchors=?1, bundle=?2, signals=?3, minhash=?5 WHERE doc_id=?4"))) {
        rc = pa_store_err(b->st, "prepare document update", err);
        goto done;
    }
    sqlite3_bind_text(q, 1, stored.data ? stored.data : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, target, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, sig, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, doc_id, -1, SQLITE_STATIC);
    if (has_mh)
        sqlite3_bind_blob(q, 5, mh_blob, sizeof mh_blob, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, 5);
    int ur = sqlite3_step(q);
    stmt_done(b, q);
    if (ur != SQLITE_DONE) {
        rc = pa_store_err(b->st, "update document", err);
        goto done;
    }
    doc_put(b, doc_id, stored.data ? stored.data : "", url, final_url, lang, target, signals_mask(sig));
    if ((rc = exec_text(b, "INSERT INTO bundles(id, created, updated) VALUES(?1, datetime('now'), datetime('now'))"
                           " ON CONFLICT(id) DO UPDATE SET merged_into=NULL, updated=datetime('now')",
                        target, NULL, err)))
        goto done;
    if ((rc = pa_bundler_mark_dirty(b, target, err)))
        goto done;
    if (old && strcmp(old, target) != 0)
        rc = pa_bundler_mark_dirty(b, old, err);
done:
    free(cands);
    pa_fingerprint_free(&fp);
    pa_buf_free(&stored);
    free(old);
    free(fp_hex);
    free(text);
    free(target);
    free(url);
    free(final_url);
    free(meta);
    free(lang);
    free(old_anchors);
    return rc;
}

/* One bundle's documents, read for its tar. */
typedef struct {
    const char *bid; /* b->dirty[i] */
    char *release;   /* the earliest publication date */
    pa_archive_doc *docs;
    size_t n;
} flush_job;

static void job_free(flush_job *j)
{
    for (size_t i = 0; i < j->n; i++) {
        pa_archive_doc *d = &j->docs[i];
        free((char *)d->doc_id); free((char *)d->url); free((char *)d->final_url);
        free((char *)d->lang); free((char *)d->title); free((char *)d->published);
        free((char *)d->fetched); free((char *)d->sha256); free((char *)d->text_sha256);
        free((char *)d->warc_file); free((char *)d->signals); free((char *)d->meta_json);
        free((char *)d->text);
    }
    free(j->docs);
    free(j->release);
    memset(j, 0, sizeof *j);
}

/* Read the documents of bundle `bid` (ordered by doc_id, so the tar is the
 * same whatever the fetch order). */
static pa_code job_read(pa_bundler *b, const char *bid, flush_job *j, pa_err *err)
{
    memset(j, 0, sizeof *j);
    j->bid = bid;
    sqlite3_stmt *q = stmt(b, "SELECT doc_id, url, final_url, lang, title, published, fetched, sha256,"
                              " text_sha256, warc_file, warc_offset, signals, meta_json, text"
                              " FROM documents WHERE bundle=? ORDER BY doc_id LIMIT ?");
    if (!q)
        return pa_store_err(b->st, "select bundle documents", err);
    sqlite3_bind_text(q, 1, bid, -1, SQLITE_STATIC);
    sqlite3_bind_int(q, 2, PA_BUNDLE_MAX_DOCS);
    size_t cap = 0;
    pa_code rc = PA_OK;
    while (sqlite3_step(q) == SQLITE_ROW) {
        if (j->n == cap) {
            size_t ncap = cap ? cap * 2 : 8;
            pa_archive_doc *nd = realloc(j->docs, ncap * sizeof *nd);
            if (!nd) {
                rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
                break;
            }
            j->docs = nd;
            cap = ncap;
        }
        pa_archive_doc *d = &j->docs[j->n++];
        memset(d, 0, sizeof *d);
        d->doc_id = column_dup(q, 0);
        d->url = column_dup(q, 1);
        d->final_url = column_dup(q, 2);
        d->lang = column_dup(q, 3);
        d->title = column_dup(q, 4);
        d->published = column_dup(q, 5);
        d->fetched = column_dup(q, 6);
        d->sha256 = column_dup(q, 7);
        d->text_sha256 = column_dup(q, 8);
        d->warc_file = column_dup(q, 9);
        d->warc_offset = (uint64_t)sqlite3_column_int64(q, 10);
        d->signals = column_dup(q, 11);
        d->meta_json = column_dup(q, 12);
        d->text = column_dup(q, 13);
        if (!d->doc_id || !d->text) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        /* The release date of a bundle: the earliest publication date. */
        if (d->published && (!j->release || strcmp(d->published, j->release) < 0)) {
            free(j->release);
            j->release = strdup(d->published);
        }
    }
    stmt_done(b, q);
    if (rc)
        job_free(j);
    return rc;
}

/* Write a bundle's tar into `batch` (or remove it when it has no documents). */
static pa_code job_write(pa_archive_batch *batch, const flush_job *j, pa_err *err)
{
    return j->n ? pa_archive_batch_add(batch, j->bid, j->release, j->docs, j->n, err)
                : pa_archive_batch_remove(batch, j->bid, err);
}

/* Many bundles (a rebundle, a large batch) are written by two threads, each
 * into its own archive batch, while this one reads the next bundles from
 * state.db: the tars are written in parallel; state.db is read by one thread. */
#define FLUSH_WORKERS 2
#define FLUSH_QUEUE 64
#define FLUSH_PARALLEL_MIN 256 /* dirty bundles for which threads pay off */

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t can_put, can_get;
    flush_job q[FLUSH_QUEUE];
    size_t head, count;
    int closed; /* no more jobs */
    pa_code rc; /* the first failure */
    pa_err err;
    pa_archive_batch *batch[FLUSH_WORKERS];
} flush_pool;

typedef struct {
    flush_pool *p;
    int w;
} flush_worker_arg;

static void *flush_worker(void *arg)
{
    flush_worker_arg *a = arg;
    flush_pool *p = a->p;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (!p->count && !p->closed)
            pthread_cond_wait(&p->can_get, &p->mu);
        if (!p->count) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        flush_job j = p->q[p->head];
        p->head = (p->head + 1) % FLUSH_QUEUE;
        p->count--;
        int failed = p->rc != PA_OK;
        pthread_cond_signal(&p->can_put);
        pthread_mutex_unlock(&p->mu);
        if (!failed) {
            pa_err err;
            pa_err_clear(&err);
            pa_code rc = job_write(p->batch[a->w], &j, &err);
            if (rc) {
                pthread_mutex_lock(&p->mu);
                if (!p->rc) {
                    p->rc = rc;
                    p->err = err;
                }
                pthread_mutex_unlock(&p->mu);
            }
        }
        job_free(&j);
    }
}

/* Write the tars of dirty[0..n) with worker threads.  Returns PA_OK, the
 * first error, or -1 if the threads could not start (nothing written). */
static int flush_parallel(pa_bundler *b, pa_archive_batch *batch[FLUSH_WORKERS], pa_err *err)
{
    flush_pool p;
    memset(&p, 0, sizeof p);
    for (int w = 0; w < FLUSH_WORKERS; w++)
        p.batch[w] = batch[w];
    if (pthread_mutex_init(&p.mu, NULL))
        return -1;
    if (pthread_cond_init(&p.can_put, NULL)) {
        pthread_mutex_destroy(&p.mu);
        return -1;
    }
    if (pthread_cond_init(&p.can_get, NULL)) {
        pthread_cond_destroy(&p.can_put);
        pthread_mutex_destroy(&p.mu);
        return -1;
    }
    pthread_t th[FLUSH_WORKERS];
    flush_worker_arg args[FLUSH_WORKERS];
    int started = 0;
    for (int w = 0; w < FLUSH_WORKERS; w++) {
        args[w].p = &p;
        args[w].w = w;
        if (pthread_create(&th[w], NULL, flush_worker, &args[w]))
            break;
        started++;
    }
    int ret = -1;
    if (started == FLUSH_WORKERS) {
        pa_code rc = PA_OK;
        int stop = 0; /* a worker failed */
        for (size_t i = 0; i < b->n_dirty && !rc && !stop; i++) {
            flush_job j;
            if ((rc = job_read(b, b->dirty[i], &j, err)))
                break;
            pthread_mutex_lock(&p.mu);
            while (p.count == FLUSH_QUEUE)
                pthread_cond_wait(&p.can_put, &p.mu);
            p.q[(p.head + p.count) % FLUSH_QUEUE] = j;
            p.count++;
            stop = p.rc != PA_OK;
            pthread_cond_signal(&p.can_get);
            pthread_mutex_unlock(&p.mu);
        }
        ret = rc; /* a read error is in err already */
    }
    pthread_mutex_lock(&p.mu);
    p.closed = 1;
    if (ret != PA_OK && !p.rc) /* the workers drop what is still queued */
        p.rc = PA_ERR_IO;
    pthread_cond_broadcast(&p.can_get);
    pthread_mutex_unlock(&p.mu);
    for (int w = 0; w < started; w++)
        pthread_join(th[w], NULL);
    if (ret == PA_OK && p.rc != PA_OK) { /* a worker failed */
        ret = p.rc;
        if (err)
            *err = p.err;
    }
    pthread_cond_destroy(&p.can_get);
    pthread_cond_destroy(&p.can_put);
    pthread_mutex_destroy(&p.mu);
    return ret;
}

pa_code pa_bundler_flush(pa_bundler *b, pa_err *err)
{
    pa_code rc = b->deferred_rc;
    if (rc) { /* reported once; the caller rolls back */
        if (err)
            *err = b->deferred_err;
        b->deferred_rc = PA_OK;
        return rc;
    }
    if ((rc = docs_write(b, err)))
        return rc;
    if (!b->n_dirty)
        return PA_OK;
    pa_archive_batch *batch[FLUSH_WORKERS] = {0};
    for (int w = 0; w < FLUSH_WORKERS; w++)
        if (!(batch[w] = pa_archive_batch_new(b->dir))) {
            for (int k = 0; k < w; k++)
                pa_archive_batch_free(batch[k]);
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        }
    int par = b->n_dirty >= FLUSH_PARALLEL_MIN ? flush_parallel(b, batch, err) : -1;
    if (par == -1) { /* few bundles, or no threads: here, in order */
        for (size_t i = 0; i < b->n_dirty && !rc; i++) {
            flush_job j;
            if (!(rc = job_read(b, b->dirty[i], &j, err))) {
                rc = job_write(batch[0], &j, err);
                job_free(&j);
            }
        }
    } else {
        rc = (pa_code)par;
    }
    for (int w = 0; w < FLUSH_WORKERS && !rc; w++)
        rc = pa_archive_batch_commit(batch[w], err);
    for (int w = 0; w < FLUSH_WORKERS; w++)
        pa_archive_batch_free(batch[w]);
    /* After an error the bundles stay dirty (written again at the next flush). */
    size_t done = rc ? 0 : b->n_dirty;
    for (size_t k = 0; k < done; k++)
        free(b->dirty[k]);
    b->n_dirty -= done;
    if (done) { /* reindexed at the next mark */
        free(b->slots);
        b->slots = NULL;
        b->n_slots = 0;
    }
    return rc;
}
