/* extract_asides.h — per-line classifiers (pure, internal to
 * parsers/extract*.c) for lines that speak about the story instead of
 * telling it: the writer's biography and the notice of the story's age.
 * Same contract as extract_lines.h: `t` is a NUL-terminated,
 * whitespace-collapsed UTF-8 line (one emitted paragraph), `chars` its
 * count of visible characters; each returns 1 when the line is of its
 * kind, else 0; none allocates, keeps state or writes through `t`. */
#ifndef PRESSARC_EXTRACT_ASIDES_H
#define PRESSARC_EXTRACT_ASIDES_H

#include <stddef.h>

/* pa_line_writer_bio — a line about the page's writer: one of the first
 * eight words is the given name of a writer in `author` (the page's
 * author metadata: "Jane Doe", "Jane Doe and John Roe", "By Jane Doe";
 * NULL or empty: never), and after it, past at most four capitalised
 * words (the rest of the name, a title: "Jane Doe, Editor, Reviews,"),
 * comes a biography's verb ("is a", "has written", "covers", "studied",
 * "specializes" ...): "Jane Doe is a reporter who covers …", "With 30
 * years in journalism, Jane specializes in …"; 40 to 600 chars. */
int pa_line_writer_bio(const char *t, size_t chars, const char *author);

/* pa_line_age_notice — the notice of an old story's age: "This article
 * is more than 3 months old", "This post is over 3 years old. …"
 * (article, post, story, page, piece or entry; more than, over, older
 * than; a number or number word and days to years); ≤ 200 chars. */
int pa_line_age_notice(const char *t, size_t chars);

/* pa_line_by_alone — "By" or "By:" alone on a line, a byline whose name
 * the page set in an element of its own (the next line). */
int pa_line_by_alone(const char *t);

/* pa_line_name_alone — a writer's name alone, as it follows a lone "By":
 * two to eight words, each capitalised or a joiner ("and", "&", "|",
 * "-", "of", "the", "de", "van"), no full stop at the end; ≤ 80 chars
 * ("Jane Doe", "Sergio Martínez-Beltrán | The Texas Newsroom"). */
int pa_line_name_alone(const char *t, size_t chars);

/* pa_line_relative_date — a date line in words relative to the day of
 * reading: a count of units ago after at most three short words ("6
 * hours ago", "(UKPA) – 6 hours ago", "Updated 2 days ago"), or
 * "yesterday"/"today" with a label and an hour ("Updated yesterday at
 * 5:45 PM"); ≤ 60 chars. */
int pa_line_relative_date(const char *t, size_t chars);

#endif
