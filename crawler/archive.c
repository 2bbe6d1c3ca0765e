/* archive.c — bundle tars (libarchive, pax, UTF-8 names): manifest.json and
 * per-document text and metadata, rewritten atomically (temporary file,
 * fsync, rename, directory fsync), and bounded reading of members. */
#include "pressarc/archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PA_ARCHIVE_MAX_MEMBER ((size_t)64 << 20) /* bytes read from one member */
#define PA_ARCHIVE_MAX_MEMBERS 100000             /* members scanned when reading */

static int valid_id(const char *s)
{
    size_t n = 0;
    if (!s)
        return 0;
    for (; s[n]; n++) {
        char c = s[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return 0;
        if (n >= 64)
            return 0;
    }
    return n > 0;
}

/* Language directory: [A-Za-z0-9-]{1,35}, else "und". */
static void lang_dir(const char *lang, char out[36])
{
    size_t n = 0;
    int ok = lang && *lang;
    for (; ok && lang[n]; n++) {
        char c = lang[n];
        if (n >= 35 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            ok = 0;
    }
    snprintf(out, 36, "%s", ok ? lang : "und");
}

static json_t *str_or_null(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;
    return v ? v : json_null();
}

int pa_archive_fail_at_member;
static _Thread_local int members_written; /* per thread: the bundler writes tars on two threads */

static pa_code add_member(struct archive *a, const char *name, const char *data, size_t len, time_t mtime,
                          const char *tarpath, pa_err *err)
{
    if (pa_archive_fail_at_member > 0 && ++members_written >= pa_archive_fail_at_member)
        return pa_err_set(err, PA_ERR_IO, "%s: injected failure at %s", tarpath, name);
    struct archive_entry *e = archive_entry_new();
    if (!e)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    archive_entry_set_pathname_utf8(e, name);
    archive_entry_set_size(e, (la_int64_t)len);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, mtime, 0);
    archive_entry_set_uname(e, "pressarc");
    archive_entry_set_gname(e, "pressarc");
    pa_code rc = PA_OK;
    if (archive_write_header(a, e) != ARCHIVE_OK ||
        (len && archive_write_data(a, data, len) != (la_ssize_t)len))
        rc = pa_err_set(err, PA_ERR_IO, "%s: writing %s: %s", tarpath, name, archive_error_string(a));
    archive_entry_free(e);
    return rc;
}

static json_t *doc_json(const pa_archive_doc *d, const char *text_path, const char *meta_path)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(d->doc_id));
    json_object_set_new(o, "url", str_or_null(d->url));
    json_object_set_new(o, "final_url", str_or_null(d->final_url));
    json_object_set_new(o, "lang", str_or_null(d->lang));
    json_object_set_new(o, "title", str_or_null(d->title));
    json_object_set_new(o, "published", str_or_null(d->published));
    json_object_set_new(o, "fetched", str_or_null(d->fetched));
    json_object_set_new(o, "sha256", str_or_null(d->sha256));
    json_object_set_new(o, "text_sha256", str_or_null(d->text_sha256));
    json_object_set_new(o, "warc_file", str_or_null(d->warc_file));
    json_object_set_new(o, "warc_offset", d->warc_file ? json_integer((json_int_t)d->warc_offset) : json_null());
    json_object_set_new(o, "text_path", json_string(text_path));
    json_object_set_new(o, "meta_path", json_string(meta_path));
    json_t *sig = d->signals ? json_loads(d->signals, 0, NULL) : NULL;
    json_object_set_new(o, "signals", sig ? sig : json_array());
    return o;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static pa_code fsync_dir(const char *dir, pa_err *err)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return pa_err_set(err, PA_ERR_IO, "%s: %s", dir, strerror(errno));
    int r = fsync(fd);
    close(fd);
    if (r != 0)
        return pa_err_set(err, PA_ERR_IO, "%s: fsync: %s", dir, strerror(errno));
    return PA_OK;
}

/* Write the tar of a bundle into a temporary file in bundles_dir.  With
 * `durable`, fsync it, rename it over <id>.tar and fsync the directory;
 * without, leave it for a batch commit and hand its path to *tmp_out. */
static pa_code write_tar(const char *bundles_dir, const char *bundle_id, const char *release_date,
                         const pa_archive_doc *docs, size_t n_docs, int durable, char **tmp_out, pa_err *err)
{
    if (!valid_id(bundle_id))
        return pa_err_set(err, PA_ERR_INVALID, "bundle id '%.80s' is not [A-Za-z0-9_-]{1,64}", bundle_id ? bundle_id : "");
    for (size_t i = 0; i < n_docs; i++)
        if (!valid_id(docs[i].doc_id))
            return pa_err_set(err, PA_ERR_INVALID, "document id '%.80s' is not [A-Za-z0-9_-]{1,64}",
                              docs[i].doc_id ? docs[i].doc_id : "");
    size_t plen = strlen(bundles_dir) + 160;
    char *final_path = malloc(plen), *tmp_path = malloc(plen);
    if (!final_path || !tmp_path) {
        free(final_path);
        free(tmp_path);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    snprintf(final_path, plen, "%s/%s.tar", bundles_dir, bundle_id);
    snprintf(tmp_path, plen, "%s/.%s.tar.tmp.%ld", bundles_dir, bundle_id, (long)getpid());

    /* Manifest first (so `tar -xO manifest.json` finds it at once). */
    json_t *man = json_object(), *langs = json_array(), *jdocs = json_array();
    const char **lang_list = calloc(n_docs ? n_docs : 1, sizeof *lang_list);
    char (*ldirs)[36] = calloc(n_docs ? n_docs : 1, sizeof *ldirs);
    pa_code rc = PA_OK;
    int fd = -1;
    struct archive *a = NULL;
    char *manifest = NULL;
    if (!man || !langs || !jdocs || !lang_list || !ldirs) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        goto done;
    }
    size_t n_langs = 0;
    time_t mtime = 0; /* the latest fetch time: deterministic for the same documents */
    for (size_t i = 0; i < n_docs; i++) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        const char *end = docs[i].fetched ? strptime(docs[i].fetched, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
        time_t t = end ? timegm(&tm) : 0;
        if (t > mtime)
            mtime = t;
    }
    for (size_t i = 0; i < n_docs; i++) {
        lang_dir(docs[i].lang, ldirs[i]);
        char tp[128], mp[128];
        snprintf(tp, sizeof tp, "%s/%s.txt", ldirs[i], docs[i].doc_id);
        snprintf(mp, sizeof mp, "%s/%s.json", ldirs[i], docs[i].doc_id);
        json_array_append_new(jdocs, doc_json(&docs[i], tp, mp));
        int seen = 0;
        for (size_t k = 0; k < n_langs; k++)
            seen |= strcmp(lang_list[k], ldirs[i]) == 0;
        if (!seen)
            lang_list[n_langs++] = ldirs[i];
    }
    qsort(lang_list, n_langs, sizeof *lang_list, cmp_str);
    for (size_t k = 0; k < n_langs; k++)
        json_array_append_new(langs, json_string(lang_list[k]));
    json_object_set_new(man, "bundle", json_string(bundle_id));
    json_object_set_new(man, "release_date", str_or_null(release_date));
    json_object_set_new(man, "languages", langs);
    langs = NULL;
    json_object_set_new(man, "documents", jdocs);
    jdocs = NULL;
    manifest = json_dumps(man, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (!manifest) {
        rc = pa_err_set(err, PA_ERR_NOMEM, "manifest of %s: cannot serialise (invalid UTF-8?)", bundle_id);
        goto done;
    }

    members_written = 0;
    fd = open(tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: cannot create: %s", tmp_path, strerror(errno));
        goto done;
    }
    a = archive_write_new();
    if (!a || archive_write_set_format_pax_restricted(a) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK || archive_write_open_fd(a, fd) != ARCHIVE_OK) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: %s", tmp_path, a ? archive_error_string(a) : "out of memory");
        goto done;
    }
    if ((rc = add_member(a, "manifest.json", manifest, strlen(manifest), mtime, tmp_path, err)))
        goto done;
    for (size_t i = 0; i < n_docs && !rc; i++) {
        const pa_archive_doc *d = &docs[i];
        char tp[128], mp[128];
        snprintf(tp, sizeof tp, "%s/%s.txt", ldirs[i], d->doc_id);
        snprintf(mp, sizeof mp, "%s/%s.json", ldirs[i], d->doc_id);
        const char *text = d->text ? d->text : "";
        rc = add_member(a, tp, text, strlen(text), mtime, tmp_path, err);
        if (rc)
            break;
        json_t *m = d->meta_json ? json_loads(d->meta_json, 0, NULL) : NULL;
        if (!json_is_object(m)) {
            json_decref(m);
            m = json_object();
        }
        json_t *base = doc_json(d, tp, mp);
        json_object_update(m, base);
        json_decref(base);
        char *ms = json_dumps(m, JSON_INDENT(2) | JSON_SORT_KEYS);
        json_decref(m);
        if (!ms) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "metadata of %s: cannot serialise", d->doc_id);
            break;
        }
        rc = add_member(a, mp, ms, strlen(ms), mtime, tmp_path, err);
        free(ms);
    }
    if (rc)
        goto done;
    if (archive_write_close(a) != ARCHIVE_OK) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: %s", tmp_path, archive_error_string(a));
        goto done;
    }
    archive_write_free(a);
    a = NULL;
    if (durable && fsync(fd) != 0) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: fsync: %s", tmp_path, strerror(errno));
        goto done;
    }
    if (close(fd) != 0) {
        fd = -1;
        rc = pa_err_set(err, PA_ERR_IO, "%s: close: %s", tmp_path, strerror(errno));
        goto done;
    }
    fd = -1;
    if (!durable) {
        *tmp_out = tmp_path;
        tmp_path = NULL;
        goto done;
    }
    if (rename(tmp_path, final_path) != 0) {
        rc = pa_err_set(err, PA_ERR_IO, "%s: rename: %s", final_path, strerror(errno));
        goto done;
    }
    rc = fsync_dir(bundles_dir, err);
done:
    if (a)
        archive_write_free(a);
    if (fd >= 0)
        close(fd);
    if (rc && tmp_path)
        unlink(tmp_path);
    free(manifest);
    json_decref(man);
    json_decref(langs);
    json_decref(jdocs);
    free(lang_list);
    free(ldirs);
    free(final_path);
    free(tmp_path);
    return rc;
}

pa_code pa_archive_write_bundle(const char *bundles_dir, const char *bundle_id, const char *release_date,
                                const pa_archive_doc *docs, size_t n_docs, pa_err *err)
{
    return write_tar(bundles_dir, bundle_id, release_date, docs, n_docs, 1, NULL, err);
}

/* ---- batches: many tars made durable with one filesystem sync ---- */

struct pa_archive_batch {
    char *dir;
    char **tmp;   /* temporary file per bundle (NULL: remove the bundle) */
    char **final; /* <id>.tar path */
    size_t n, cap;
};

pa_archive_batch *pa_archive_batch_new(const char *bundles_dir)
{
    pa_archive_batch *b = calloc(1, sizeof *b);
    if (b && !(b->dir = strdup(bundles_dir))) {
        free(b);
        b = NULL;
    }
    return b;
}

static pa_code batch_push(pa_archive_batch *b, char *tmp, const char *bundle_id, pa_err *err)
{
    if (b->n == b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 32;
        char **nt = realloc(b->tmp, nc * sizeof *nt);
        if (nt)
            b->tmp = nt;
        char **nf = nt ? realloc(b->final, nc * sizeof *nf) : NULL;
        if (!nt || !nf) {
            free(tmp);
            return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
        }
        b->final = nf;
        b->cap = nc;
    }
    size_t plen = strlen(b->dir) + strlen(bundle_id) + 8;
    char *fin = malloc(plen);
    if (!fin) {
        if (tmp)
            unlink(tmp);
        free(tmp);
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    }
    snprintf(fin, plen, "%s/%s.tar", b->dir, bundle_id);
    b->tmp[b->n] = tmp;
    b->final[b->n] = fin;
    b->n++;
    return PA_OK;
}

pa_code pa_archive_batch_add(pa_archive_batch *b, const char *bundle_id, const char *release_date,
                             const pa_archive_doc *docs, size_t n_docs, pa_err *err)
{
    char *tmp = NULL;
    pa_code rc = write_tar(b->dir, bundle_id, release_date, docs, n_docs, 0, &tmp, err);
    return rc ? rc : batch_push(b, tmp, bundle_id, err);
}

pa_code pa_archive_batch_remove(pa_archive_batch *b, const char *bundle_id, pa_err *err)
{
    if (!valid_id(bundle_id))
        return pa_err_set(err, PA_ERR_INVALID, "bundle id '%.80s' is not [A-Za-z0-9_-]{1,64}", bundle_id ? bundle_id : "");
    return batch_push(b, NULL, bundle_id, err);
}

pa_code pa_archive_batch_commit(pa_archive_batch *b, pa_err *err)
{
    pa_code rc = PA_OK;
    if (!b->n)
        return PA_OK;
    int dfd = open(b->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        return pa_err_set(err, PA_ERR_IO, "%s: %s", b->dir, strerror(errno));
    /* One sync makes every temporary tar durable before any rename. */
    if (syncfs(dfd) != 0)
        rc = pa_err_set(err, PA_ERR_IO, "%s: syncfs: %s", b->dir, strerror(errno));
    for (size_t i = 0; i < b->n && !rc; i++) {
        if (b->tmp[i] ? rename(b->tmp[i], b->final[i]) != 0 : (unlink(b->final[i]) != 0 && errno != ENOENT))
            rc = pa_err_set(err, PA_ERR_IO, "%s: %s", b->final[i], strerror(errno));
        else if (b->tmp[i]) {
            free(b->tmp[i]);
            b->tmp[i] = NULL;
        }
    }
    if (!rc && fsync(dfd) != 0)
        rc = pa_err_set(err, PA_ERR_IO, "%s: fsync: %s", b->dir, strerror(errno));
    close(dfd);
    /* what was not renamed is dropped by free */
    for (size_t i = 0; i < b->n; i++) {
        if (b->tmp[i]) {
            unlink(b->tmp[i]);
            free(b->tmp[i]);
        }
        free(b->final[i]);
    }
    b->n = 0;
    return rc;
}

void pa_archive_batch_free(pa_archive_batch *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->n; i++) {
        if (b->tmp[i]) {
            unlink(b->tmp[i]);
            free(b->tmp[i]);
        }
        free(b->final[i]);
    }
    free(b->tmp);
    free(b->final);
    free(b->dir);
    free(b);
}

pa_code pa_archive_read_member(const char *path, const char *name, size_t max_bytes, char **out, size_t *out_len,
                               pa_err *err)
{
    *out = NULL;
    *out_len = 0;
    if (!max_bytes)
        max_bytes = PA_ARCHIVE_MAX_MEMBER;
    struct archive *a = archive_read_new();
    if (!a)
        return pa_err_set(err, PA_ERR_NOMEM, "out of memory");
    archive_read_support_format_tar(a);
    pa_code rc = PA_OK;
    if (archive_read_open_filename(a, path, 1 << 16) != ARCHIVE_OK) {
        rc = pa_err_set(err, PA_ERR_CORRUPT, "%s: %s", path, archive_error_string(a));
        archive_read_free(a);
        return rc;
    }
    struct archive_entry *e;
    rc = pa_err_set(err, PA_ERR_NOTFOUND, "%s: no member %s", path, name);
    for (size_t i = 0; i < PA_ARCHIVE_MAX_MEMBERS; i++) {
        int r = archive_read_next_header(a, &e);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK) {
            rc = pa_err_set(err, PA_ERR_CORRUPT, "%s: %s", path, archive_error_string(a));
            break;
        }
        const char *n = archive_entry_pathname_utf8(e);
        if (!n)
            n = archive_entry_pathname(e);
        if (!n || strcmp(n, name) != 0)
            continue;
        la_int64_t size = archive_entry_size(e);
        if (size < 0 || (uint64_t)size > max_bytes) {
            rc = pa_err_set(err, PA_ERR_LIMIT, "%s: member %s larger than %zu bytes", path, name, max_bytes);
            break;
        }
        char *buf = malloc((size_t)size + 1);
        if (!buf) {
            rc = pa_err_set(err, PA_ERR_NOMEM, "out of memory");
            break;
        }
        la_ssize_t got = archive_read_data(a, buf, (size_t)size);
        if (got != size) {
            free(buf);
            rc = pa_err_set(err, PA_ERR_CORRUPT, "%s: member %s is truncated", path, name);
            break;
        }
        buf[size] = '\0';
        *out = buf;
        *out_len = (size_t)size;
        rc = PA_OK;
        pa_err_clear(err);
        break;
    }
    archive_read_free(a);
    return rc;
}

pa_code pa_archive_remove_bundle(const char *bundles_dir, const char *bundle_id, pa_err *err)
{
    if (!valid_id(bundle_id))
        return pa_err_set(err, PA_ERR_INVALID, "bundle id '%.80s' is not [A-Za-z0-9_-]{1,64}", bundle_id ? bundle_id : "");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.tar", bundles_dir, bundle_id);
    if (unlink(path) != 0 && errno != ENOENT)
        return pa_err_set(err, PA_ERR_IO, "%s: %s", path, strerror(errno));
    return fsync_dir(bundles_dir, err);
}
