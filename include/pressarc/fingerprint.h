/* fingerprint.h — a language-independent fingerprint of a text (pure): what
 * survives machine translation.  Numbers normalised across digit systems,
 * decimal and thousands separators and "thousand" words (41,9 = 41.9,
 * 615.000 = 615,000 = 615 ألف, ١٤ = 14, ১৯৯০ = 1990), and Latin-script names,
 * brands and acronyms (BYD, Changan): capitalised words not glued to other
 * Latin letters, the first word of a sentence left out unless an acronym.  Two translations of one release share
 * most anchors; two releases on one topic share few. */
#ifndef PRESSARC_FINGERPRINT_H
#define PRESSARC_FINGERPRINT_H

#include <stddef.h>
#include "pressarc/error.h"

#define PA_FP_MAX_ANCHORS 400 /* anchors kept per text (the first ones) */
#define PA_FP_ANCHOR_MAX 40   /* bytes of one anchor */

typedef struct {
    char (*anchors)[PA_FP_ANCHOR_MAX]; /* sorted; duplicates kept (a multiset) */
    size_t n;
    size_t numbers; /* how many anchors are numbers ("n:…"); names are "w:…" */
} pa_fingerprint;

/* pa_fingerprint_text — the anchors of `len` bytes of UTF-8 text.  Only the
 * first PA_FP_MAX_ANCHORS are kept.  Caller frees with pa_fingerprint_free. */
pa_code pa_fingerprint_text(const char *utf8, size_t len, pa_fingerprint *out, pa_err *err);

/* pa_fingerprint_number — normalise one number as written ("615.000",
 * "41,9", "2.5", "300,000") into out ("615000", "41.9"); `scale_thousand`
 * multiplies by 1000 (the number was followed by a word for "thousand").
 * Returns 0, or -1 if it is not a number. */
int pa_fingerprint_number(const char *s, size_t len, int scale_thousand, char *out, size_t outsize);

/* pa_fingerprint_similarity — how much of the two texts' anchors agree:
 * the multiset Jaccard index of the number anchors, raised a little by
 * shared names; 0 when either side has fewer than `min_numbers` numbers. */
double pa_fingerprint_similarity(const pa_fingerprint *a, const pa_fingerprint *b, size_t min_numbers);

/* pa_fingerprint_numbers_shared — how many number anchors the two texts
 * share (multiset intersection) and how many they hold together (multiset
 * union), names left out. */
void pa_fingerprint_numbers_shared(const pa_fingerprint *a, const pa_fingerprint *b, size_t *shared, size_t *all);

/* pa_fingerprint_names_shared — distinct Latin-script names ("w:" anchors)
 * the two texts share, and how many distinct names each holds. */
void pa_fingerprint_names_shared(const pa_fingerprint *a, const pa_fingerprint *b, size_t *shared, size_t *na,
                                 size_t *nb);

void pa_fingerprint_free(pa_fingerprint *fp);

#endif
