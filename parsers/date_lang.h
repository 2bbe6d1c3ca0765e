/* date_lang.h — private to the date parser: the per-language tables. */
#ifndef PRESSARC_DATE_LANG_H
#define PRESSARC_DATE_LANG_H

#include <stddef.h>

typedef struct {
    const char *lang;
    const char *months; /* 12 fields separated by '|', alternatives by ','; NULL in the
                         * "en" row: en_names.h's months, whole and abbreviated, and "sept" */
} pa_month_row;

/* The row whose language is "fa-solar" holds Solar Hijri months: they are
 * numbered PA_SOLAR_MONTH_BASE + 1..12 in the month table. */
#define PA_SOLAR_MONTH_BASE 12
/* The row "am-eth" holds Ethiopian calendar months: numbered
 * PA_ETHIOPIAN_MONTH_BASE + 1..12. */
#define PA_ETHIOPIAN_MONTH_BASE 24

typedef struct {
    const char *text; /* lower case */
    int kind;         /* 1 publication, 2 update */
} pa_label;

extern const pa_month_row pa_month_rows[];
extern const size_t pa_month_rows_n;
extern const pa_label pa_date_labels[];
extern const size_t pa_date_labels_n;
extern const char *const pa_date_fillers[];
extern const size_t pa_date_fillers_n;

#endif
