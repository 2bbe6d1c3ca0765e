/* xmlalloc.h — libxml2's memory functions backed by a per-thread cache of
 * small blocks.  A parsed page is some hundred thousand small nodes and
 * strings, all freed at once by xmlFreeDoc and then allocated again for
 * the next page; glibc's malloc sends most of them through its bins
 * (consolidating, sorting), the cache hands them back directly. */
#ifndef PRESSARC_XMLALLOC_H
#define PRESSARC_XMLALLOC_H

/* pa_xml_alloc_install — make libxml2 allocate through the cache
 * (xmlMemSetup); call it before the first parse (first thing in main).
 * Every block is an ordinary malloc block (a small one rounded up to its
 * size class), so memory from before the call, or freed with free(),
 * stays valid.  Blocks of up to 256 bytes that a thread frees go to that
 * thread's cache (2,048 per class at most) for its next allocations and
 * back to malloc when the thread ends; larger ones go straight to malloc.
 * Any thread may free any block.  Returns 0, or -1 when libxml2 refused
 * (it then keeps malloc). */
int pa_xml_alloc_install(void);

#endif
