/* en_names.h — the English month and weekday names, one table for every
 * parser that reads them (visible date lines, bylines, feeds, HTTP dates):
 * lower case, capitalised, and the three-letter abbreviations ("jan",
 * "Mon") that are each name's first three letters. */
#ifndef PRESSARC_EN_NAMES_H
#define PRESSARC_EN_NAMES_H

#include <stddef.h>

#define PA_EN_MONTHS 12
#define PA_EN_WEEKDAYS 7

/* "january" … "december" (index 0 is January) */
extern const char *const pa_en_months[PA_EN_MONTHS];
/* "January" … "December" */
extern const char *const pa_en_months_cap[PA_EN_MONTHS];
/* "monday" … "sunday" (index 0 is Monday) */
extern const char *const pa_en_weekdays[PA_EN_WEEKDAYS];
/* "Monday" … "Sunday" */
extern const char *const pa_en_weekdays_cap[PA_EN_WEEKDAYS];

/* pa_en_month_abbr — the month (1-12) whose three-letter abbreviation
 * ("jan" … "dec", any case) opens w; 0 when none.  Reads at most three
 * bytes of w and stops at its NUL. */
int pa_en_month_abbr(const char *w);

/* pa_en_month_word — the month (1-12) that w[0..n) names, in any case,
 * whole ("January", "MAY") or as its three-letter abbreviation ("Jan") or
 * "sept"; 0 when none.  Reads at most n bytes of w. */
int pa_en_month_word(const char *w, size_t n);

/* pa_en_weekday_word — the weekday (1-7, Monday first) that w[0..n) names,
 * in any case, whole ("Thursday") or as its three-letter abbreviation
 * ("thu"); 0 when none.  Reads at most n bytes of w. */
int pa_en_weekday_word(const char *w, size_t n);

/* pa_en_name_case — is s[0..n) written as a name rather than a phrase in
 * sentence case ("The Pell City Courier", "Page 12", "The Westmark
 * Advertiser (Westmark)", not "Last inspection", "Bridge repairs approved"):
 * no word of four ASCII letters or more (after a space, a '(' or the start)
 * opens in a lower-case letter.  Words opening in a byte that is not ASCII
 * (a script without case) pass.  1 when so, 0 otherwise; reads n bytes. */
int pa_en_name_case(const char *s, size_t n);

#endif
