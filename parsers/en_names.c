/* en_names.c — the English month and weekday names (see en_names.h): the
 * one copy the date, byline, feed and HTTP-date readers share. */
#include "pressarc/en_names.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *const pa_en_months[PA_EN_MONTHS] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
const char *const pa_en_months_cap[PA_EN_MONTHS] = {"January", "February", "March",     "April",   "May",      "June",
                                                    "July",    "August",   "September", "October", "November", "December"};
const char *const pa_en_weekdays[PA_EN_WEEKDAYS] = {"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};
const char *const pa_en_weekdays_cap[PA_EN_WEEKDAYS] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};

int pa_en_month_abbr(const char *w)
{
    for (int i = 0; i < PA_EN_MONTHS; i++)
        if (!strncasecmp(w, pa_en_months[i], 3))
            return i + 1;
    return 0;
}

/* The index + 1 of the name among names[0..count) that w[0..n) is, in any
 * case, whole or cut to its first three letters; 0 when none. */
static int name_word(const char *w, size_t n, const char *const *names, int count)
{
    if (n < 3)
        return 0;
    for (int i = 0; i < count; i++)
        if (!strncasecmp(w, names[i], n) && (n == 3 || n == strlen(names[i])))
            return i + 1;
    return 0;
}

int pa_en_month_word(const char *w, size_t n)
{
    int m = name_word(w, n, pa_en_months, PA_EN_MONTHS);
    if (!m && n == 4 && !strncasecmp(w, "sept", 4))
        m = 9;
    return m;
}

int pa_en_weekday_word(const char *w, size_t n)
{
    return name_word(w, n, pa_en_weekdays, PA_EN_WEEKDAYS);
}

int pa_en_name_case(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (k && s[k - 1] != ' ' && s[k - 1] != '(')
            continue;
        size_t w = k;
        while (w < n && isalpha((unsigned char)s[w]))
            w++;
        if (w - k >= 4 && islower((unsigned char)s[k]))
            return 0;
    }
    return 1;
}
