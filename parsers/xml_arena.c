/* xml_arena.c — libxml2's allocations of one extraction from an arena
 * (see include/pressarc/xml_arena.h). */
#include "pressarc/xml_arena.h"

#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Under valgrind the arena's blocks are a memcheck mempool: reads past a
 * block, of a freed one or of the unused part of a chunk are reported as
 * with malloc's (MEMCHECK: the client requests made only there). */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define PA_ARENA_MEMCHECK 1
#endif
#endif
#ifndef PA_ARENA_MEMCHECK
#define VALGRIND_CREATE_MEMPOOL(pool, redzone, zeroed) ((void)0)
#define VALGRIND_DESTROY_MEMPOOL(pool) ((void)0)
#define VALGRIND_MEMPOOL_ALLOC(pool, addr, size) ((void)0)
#define VALGRIND_MEMPOOL_FREE(pool, addr) ((void)0)
#define VALGRIND_MEMPOOL_CHANGE(pool, old, addr, size) ((void)0)
#define VALGRIND_MAKE_MEM_NOACCESS(addr, size) ((void)0)
#define VALGRIND_MAKE_MEM_UNDEFINED(addr, size) ((void)0)
#define RUNNING_ON_VALGRIND 0
#endif

static int under_valgrind; /* RUNNING_ON_VALGRIND, asked once with the hooks */
#define MEMCHECK(request)   \
    do {                    \
        if (under_valgrind) \
            request;        \
    } while (0)

/* Under AddressSanitizer (the fuzz targets) there is no arena: every
 * libxml2 block stays malloc's, which the sanitizer watches. */
#if defined(__SANITIZE_ADDRESS__)
#define PA_ARENA_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PA_ARENA_OFF 1
#endif
#endif

/* a block: BLOCK_HEAD bytes holding its size, then the caller's bytes
 * (16-byte aligned, as malloc's) */
#define BLOCK_HEAD 16
#define FIRST_CHUNK ((size_t)1 << 20)
#define MAX_CHUNK ((size_t)16 << 20)    /* a larger block gets a chunk of its own */
#define MAX_KEPT_CHUNK ((size_t)64 << 20) /* the one chunk kept for the next extraction at most */

/* A piece of the arena: blocks cut one after the other from its data. */
typedef struct chunk {
    struct chunk *prev; /* the chunk before (NULL for the first) */
    size_t size;        /* data's bytes */
    size_t used;        /* data's bytes cut */
    unsigned char *data;
} chunk;

/* This thread's arena: open while depth > 0. */
typedef struct {
    int depth;      /* pa_xml_arena_begin calls not ended */
    chunk *last;    /* the chunk blocks are cut from, NULL before the first */
    chunk *kept;    /* the largest chunk of the last arena, for the next */
    size_t bytes;   /* the chunks' data bytes */
    int spilled;    /* a block asked for while open came from malloc */
} arena;

static _Thread_local arena cur;

/* n rounded up to a multiple of 16 (n at most PA_XML_ARENA_MAX_BYTES). */
static size_t round16(size_t n)
{
    return (n + 15) & ~(size_t)15;
}

/* Does p point into c's data? */
static int in_chunk(const chunk *c, const void *p)
{
    const unsigned char *b = p;
    return b >= c->data && b < c->data + c->size;
}

/* Is p a block of this thread's open arena? */
static int in_arena(const void *p)
{
    for (const chunk *c = cur.last; c; c = c->prev)
        if (in_chunk(c, p))
            return 1;
    return 0;
}

/* A new chunk of at least need data bytes after cur.last (twice the last
 * one's size, the kept one when it is large enough); NULL when the arena
 * would pass PA_XML_ARENA_MAX_BYTES or malloc fails. */
static chunk *add_chunk(size_t need)
{
    size_t size = cur.last ? cur.last->size * 2 : FIRST_CHUNK;
    if (size > MAX_CHUNK)
        size = MAX_CHUNK;
    if (size < need)
        size = need;
    chunk *c = NULL;
    if (cur.kept && cur.kept->size >= need) {
        c = cur.kept;
        cur.kept = NULL;
    } else {
        if (cur.bytes + size > PA_XML_ARENA_MAX_BYTES)
            return NULL;
        c = malloc(sizeof *c);
        unsigned char *data = c ? malloc(size) : NULL;
        if (!data) {
            free(c);
            return NULL;
        }
        c->size = size;
        c->data = data;
    }
    MEMCHECK(VALGRIND_MAKE_MEM_NOACCESS(c->data, c->size));
    c->used = 0;
    c->prev = cur.last;
    cur.last = c;
    cur.bytes += c->size;
    return c;
}

/* xmlMallocFunc: a block of the open arena, else malloc's (spilled: the
 * arena is open but full). */
static void *arena_malloc(size_t n)
{
    if (!cur.depth)
        return malloc(n);
    size_t need = BLOCK_HEAD + round16(n <= PA_XML_ARENA_MAX_BYTES ? n : 0);
    chunk *c = cur.last;
    if (n > PA_XML_ARENA_MAX_BYTES)
        c = NULL;
    else if (!c || c->size - c->used < need)
        c = add_chunk(need);
    if (!c) {
        cur.spilled = 1;
        return malloc(n);
    }
    unsigned char *block = c->data + c->used;
    c->used += need;
    MEMCHECK(VALGRIND_MEMPOOL_ALLOC(&cur, block, BLOCK_HEAD + n));
    memcpy(block, &n, sizeof n);
    return block + BLOCK_HEAD;
}

/* xmlFreeFunc: nothing for a block of the open arena (but the last one
 * cut, whose bytes are cut again), else free. */
static void arena_free(void *p)
{
    if (!p)
        return;
    if (!cur.depth || !in_arena(p)) {
        free(p);
        return;
    }
    chunk *c = cur.last;
    unsigned char *block = (unsigned char *)p - BLOCK_HEAD;
    size_t n;
    memcpy(&n, block, sizeof n);
    MEMCHECK(VALGRIND_MEMPOOL_FREE(&cur, block));
    if (in_chunk(c, block) && (size_t)(block - c->data) + BLOCK_HEAD + round16(n) == c->used)
        c->used = (size_t)(block - c->data);
}

/* xmlReallocFunc: a block of the open arena grows in place when it is the
 * last one cut and its chunk has room, else moves to a new block; other
 * blocks go to realloc. */
static void *arena_realloc(void *p, size_t n)
{
    if (!p)
        return arena_malloc(n);
    if (!cur.depth || !in_arena(p))
        return realloc(p, n);
    unsigned char *block = (unsigned char *)p - BLOCK_HEAD;
    size_t old;
    memcpy(&old, block, sizeof old);
    chunk *c = cur.last;
    if (in_chunk(c, block) && (size_t)(block - c->data) + BLOCK_HEAD + round16(old) == c->used &&
        n <= PA_XML_ARENA_MAX_BYTES) {
        size_t new_end = (size_t)(block - c->data) + BLOCK_HEAD + round16(n);
        if (new_end <= c->size) {
            c->used = new_end;
            MEMCHECK(VALGRIND_MEMPOOL_CHANGE(&cur, block, block, BLOCK_HEAD + n));
            if (n > old) /* (the change keeps the bytes' access as it was) */
                MEMCHECK(VALGRIND_MAKE_MEM_UNDEFINED((unsigned char *)p + old, n - old));
            else
                MEMCHECK(VALGRIND_MAKE_MEM_NOACCESS((unsigned char *)p + n, old - n));
            memcpy(block, &n, sizeof n);
            return p;
        }
    }
    void *q = arena_malloc(n);
    if (q) {
        memcpy(q, p, old < n ? old : n);
        MEMCHECK(VALGRIND_MEMPOOL_FREE(&cur, block));
    }
    return q;
}

/* xmlStrdupFunc: arena_malloc and a copy. */
static char *arena_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = arena_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* Frees a chunk and its data. */
static void free_chunk(chunk *c)
{
    if (c) {
        free(c->data);
        free(c);
    }
}

/* The kept chunk of a thread that ends (pthread key destructor). */
static void free_kept(void *c)
{
    free_chunk(c);
}

static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;
static pthread_key_t kept_key;

/* The hooks, then libxml2's own set-up (its global tables must come from
 * malloc, not from an arena that goes). */
static void install_hooks(void)
{
    under_valgrind = RUNNING_ON_VALGRIND;
    pthread_key_create(&kept_key, free_kept);
    xmlMemSetup(arena_free, arena_malloc, arena_realloc, arena_strdup);
    xmlInitParser();
}

/* Contract in xml_arena.h. */
void pa_xml_arena_begin(void)
{
#ifndef PA_ARENA_OFF
    pthread_once(&hooks_once, install_hooks);
    if (!cur.depth)
        MEMCHECK(VALGRIND_CREATE_MEMPOOL(&cur, 0, 0));
    cur.depth++;
#else
    (void)hooks_once; /* built, never installed: the sanitizer watches malloc's blocks */
    (void)install_hooks;
#endif
}

/* Contract in xml_arena.h. */
void pa_xml_arena_free_doc(xmlDocPtr doc)
{
    if (!cur.depth || cur.spilled)
        xmlFreeDoc(doc);
}

/* Contract in xml_arena.h. */
void pa_xml_arena_drop_node(xmlNodePtr n)
{
    xmlUnlinkNode(n);
    if (!cur.depth || cur.spilled)
        xmlFreeNode(n);
}

/* Contract in xml_arena.h: all chunks freed but the largest (kept for the
 * next arena when not too large). */
void pa_xml_arena_end(void)
{
    if (cur.depth != 1) {
        if (cur.depth > 1)
            cur.depth--;
        return;
    }
    xmlResetLastError();
    cur.depth = 0;
    MEMCHECK(VALGRIND_DESTROY_MEMPOOL(&cur));
    chunk *largest = cur.kept;
    for (chunk *c = cur.last, *prev; c; c = prev) {
        prev = c->prev;
        if (!largest || c->size > largest->size) {
            chunk *t = largest;
            largest = c;
            c = t;
        }
        free_chunk(c);
    }
    if (largest && largest->size > MAX_KEPT_CHUNK) {
        free_chunk(largest);
        largest = NULL;
    }
    cur.kept = largest;
    pthread_setspecific(kept_key, largest);
    cur.last = NULL;
    cur.bytes = 0;
    cur.spilled = 0;
}
