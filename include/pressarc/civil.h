/* civil.h — proleptic Gregorian calendar arithmetic shared by every date
 * reader (feeds, sitemaps, visible date lines and their other calendars). */
#ifndef PRESSARC_CIVIL_H
#define PRESSARC_CIVIL_H

#include <stdint.h>

/* Days in month m (1-12) of year y; 0 when m is out of range. */
int pa_civil_days_in_month(int64_t y, int m);

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian, any y; m 1-12, d as
 * given: the caller checks it against pa_civil_days_in_month). */
int64_t pa_civil_to_days(int64_t y, int m, int d);

/* The date `days` days after 1970-01-01 (negative: before) into *y, *m, *d. */
void pa_civil_from_days(int64_t days, int64_t *y, int *m, int *d);

#endif
