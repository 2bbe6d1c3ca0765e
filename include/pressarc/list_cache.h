/* list_cache.h — the slot lookup of the per-thread caches keyed by a
 * static list's address (the extractor's class-token and phrase indexes):
 * one open-addressed table of small slots over a thread's cache entries. */
#ifndef PRESSARC_LIST_CACHE_H
#define PRESSARC_LIST_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* The key of a cache entry: the list's address and its length. */
typedef struct {
    const void *list;
    size_t n;
} pa_list_key;

/* Looks up (list, n) in slot[0..nslots) (each slot 0: empty, else 1 + an
 * index into keys), probing on from the hash of the list's address.
 * Returns that entry's index + 1 when found; 0 when not, with *empty the
 * empty slot where it would go, or nslots when every slot is taken.  The
 * list must have static storage: an address another list reuses would
 * find its entry. */
static inline size_t pa_list_cache_find(const unsigned char *slot, size_t nslots, const pa_list_key *keys,
                                        const void *list, size_t n, size_t *empty)
{
    size_t h = ((uintptr_t)list >> 3) % nslots;
    for (size_t probe = 0; probe < nslots; probe++, h = (h + 1) % nslots) {
        if (!slot[h]) {
            *empty = h;
            return 0;
        }
        const pa_list_key *k = &keys[slot[h] - 1];
        if (k->list == list && k->n == n)
            return slot[h];
    }
    *empty = nslots;
    return 0;
}

#endif
