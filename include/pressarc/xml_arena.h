/* xml_arena.h — one extraction's libxml2 allocations carved from a
 * growing arena and released at once, not malloc'd and freed node by
 * node (a page's tree is ~100 000 small blocks). */
#ifndef PRESSARC_XML_ARENA_H
#define PRESSARC_XML_ARENA_H

#include <libxml/tree.h>
#include <stddef.h>

/* pa_xml_arena_begin — from now until pa_xml_arena_end on this thread,
 * what libxml2 allocates is cut from an arena (at most
 * PA_XML_ARENA_MAX_BYTES; past that from malloc again); freeing a block
 * of the arena frees nothing.  Other threads and libxml2's blocks from
 * before are served by malloc as ever.  Installs the allocator hooks
 * (xmlMemSetup) on the first call; a call while an arena is open on this
 * thread is counted and changes nothing.  Everything libxml2 gave out in
 * the arena must be gone (documents freed, strings dropped) before the
 * end: its memory goes. */
void pa_xml_arena_begin(void);

/* pa_xml_arena_end — closes the arena pa_xml_arena_begin opened on this
 * thread (the outermost call's end): libxml2's last error of this thread
 * is reset (it may hold the arena's strings) and the arena's memory
 * released. */
void pa_xml_arena_end(void);

/* pa_xml_arena_free_doc — xmlFreeDoc(doc) for a document parsed in this
 * thread's open arena, but nothing when every block the arena was asked
 * for came from it (none from malloc past its bound): the tree goes with
 * the arena at its end, not node by node. */
void pa_xml_arena_free_doc(xmlDocPtr doc);

/* pa_xml_arena_drop_node — unlinks n from its tree and frees it
 * (xmlFreeNode), but frees nothing when every block the open arena was
 * asked for came from it: n's subtree goes with the arena at its end (the
 * walk over its nodes, attributes and strings freeing nothing was the
 * cost).  n must belong to a document parsed in this thread's open arena
 * and no longer be looked up (its ID attributes stay registered). */
void pa_xml_arena_drop_node(xmlNodePtr n);

#define PA_XML_ARENA_MAX_BYTES ((size_t)512 << 20)

#endif
