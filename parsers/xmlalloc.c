/* xmlalloc.c — a per-thread cache of small blocks under libxml2's
 * allocations (see xmlalloc.h).  A small block is malloc'd at the full
 * size of its class and a large one at PA_XML_ALLOC_LARGE_MIN bytes or
 * more, so malloc_usable_size tells the two apart and gives the class
 * (glibc adds 8 bytes of slack to a class size, valgrind's malloc none):
 * the blocks carry no header, and libxml2 holds the pointers malloc
 * gave. */
#include "pressarc/xmlalloc.h"

#include <libxml/xmlmemory.h>
#include <malloc.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define PA_XML_ALLOC_STEP 16    /* bytes between size classes */
#define PA_XML_ALLOC_CLASSES 16 /* classes of 16, 32, ... 256 bytes */
#define PA_XML_ALLOC_SMALL (PA_XML_ALLOC_STEP * PA_XML_ALLOC_CLASSES)
#define PA_XML_ALLOC_SLACK 8                                   /* usable bytes malloc may add to a class size */
#define PA_XML_ALLOC_LARGE_MIN (PA_XML_ALLOC_SMALL + 2 * PA_XML_ALLOC_STEP) /* least bytes of a large block */
#define PA_XML_ALLOC_KEEP 2048  /* blocks kept per class and thread */
#define PA_XML_ALLOC_NONE PA_XML_ALLOC_CLASSES /* the class of a large block */

/* A cached free block: the link reuses the block's own bytes. */
typedef struct free_block {
    struct free_block *next;
} free_block;

/* One thread's cache: a free list and its length per class. */
typedef struct {
    free_block *head[PA_XML_ALLOC_CLASSES];
    unsigned count[PA_XML_ALLOC_CLASSES];
    int registered; /* the thread's exit releases it (cache_key) */
} block_cache;

static _Thread_local block_cache cache;
static pthread_key_t cache_key;
static int cache_key_ok;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

/* Release every block of the cache c to malloc; a later free (another
 * key's destructor at the thread's end) registers the cache again. */
static void cache_release(void *c)
{
    block_cache *bc = c;
    for (size_t k = 0; k < PA_XML_ALLOC_CLASSES; k++) {
        while (bc->head[k]) {
            free_block *b = bc->head[k];
            bc->head[k] = b->next;
            free(b);
        }
        bc->count[k] = 0;
    }
    bc->registered = 0;
}

/* Create the key whose destructor releases a thread's cache. */
static void cache_key_init(void)
{
    cache_key_ok = pthread_key_create(&cache_key, cache_release) == 0;
}

/* The class of a request of size bytes (0 for 1-16 bytes...), or
 * PA_XML_ALLOC_NONE above PA_XML_ALLOC_SMALL. */
static size_t class_of_request(size_t size)
{
    if (size > PA_XML_ALLOC_SMALL)
        return PA_XML_ALLOC_NONE;
    return size ? (size - 1) / PA_XML_ALLOC_STEP : 0;
}

/* The class of block p (from xml_malloc), or PA_XML_ALLOC_NONE. */
static size_t class_of_block(void *p)
{
    size_t usable = malloc_usable_size(p);
    if (usable > PA_XML_ALLOC_SMALL + PA_XML_ALLOC_SLACK)
        return PA_XML_ALLOC_NONE;
    return (usable + PA_XML_ALLOC_STEP - 1 - PA_XML_ALLOC_SLACK) / PA_XML_ALLOC_STEP - 1;
}

/* libxml2's malloc: a cached block of the class, else a new one. */
static void *xml_malloc(size_t size)
{
    size_t cls = class_of_request(size);
    if (cls == PA_XML_ALLOC_NONE)
        return malloc(size < PA_XML_ALLOC_LARGE_MIN ? PA_XML_ALLOC_LARGE_MIN : size);
    if (cache.head[cls]) {
        free_block *b = cache.head[cls];
        cache.head[cls] = b->next;
        cache.count[cls]--;
        return b;
    }
    return malloc((cls + 1) * PA_XML_ALLOC_STEP);
}

/* libxml2's free: a small block into this thread's cache while its class
 * has room (the first time, the thread's end is told to release it),
 * else back to malloc. */
static void xml_free(void *p)
{
    if (!p)
        return;
    size_t cls = class_of_block(p);
    if (cls == PA_XML_ALLOC_NONE || cache.count[cls] >= PA_XML_ALLOC_KEEP) {
        free(p);
        return;
    }
    if (!cache.registered) {
        pthread_once(&cache_once, cache_key_init);
        if (!cache_key_ok || pthread_setspecific(cache_key, &cache) != 0) {
            free(p);
            return;
        }
        cache.registered = 1;
    }
    free_block *b = p;
    b->next = cache.head[cls];
    cache.head[cls] = b;
    cache.count[cls]++;
}

/* libxml2's realloc: in place while the block's class holds size; a
 * large block staying large through realloc; else a copy into a new
 * block. */
static void *xml_realloc(void *p, size_t size)
{
    if (!p)
        return xml_malloc(size);
    size_t cls = class_of_block(p), want = class_of_request(size);
    if (cls == PA_XML_ALLOC_NONE && want == PA_XML_ALLOC_NONE)
        return realloc(p, size < PA_XML_ALLOC_LARGE_MIN ? PA_XML_ALLOC_LARGE_MIN : size);
    size_t have = cls == PA_XML_ALLOC_NONE ? malloc_usable_size(p) : (cls + 1) * PA_XML_ALLOC_STEP;
    if (cls != PA_XML_ALLOC_NONE && size <= have)
        return p;
    void *n = xml_malloc(size);
    if (!n)
        return NULL;
    memcpy(n, p, size < have ? size : have);
    xml_free(p);
    return n;
}

/* libxml2's strdup, through xml_malloc. */
static char *xml_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = xml_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int pa_xml_alloc_install(void)
{
    return xmlMemSetup(xml_free, xml_malloc, xml_realloc, xml_strdup) == 0 ? 0 : -1;
}
