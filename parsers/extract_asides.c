/* extract_asides.c — per-line classifiers for the lines that speak about
 * the story instead of telling it: the writer's biography (matched against
 * the page's author metadata) and the notice of an old story's age.
 * Contracts in include/pressarc/extract_asides.h; extract.c decides what a
 * hit drops. */
#include "pressarc/extract_asides.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define ASIDE_MAX_BYTES 2600 /* a 600-character line in UTF-8, with room */
#define ASIDE_MAX_NAMES 4    /* writers read from one author field */
#define ASIDE_NAME_WORDS 8   /* the given name is among the line's first words */
#define ASIDE_TITLE_WORDS 4  /* capitalised words between the name and the verb */

/* One word of a line: where it starts and its length in bytes. */
typedef struct {
    const char *at;
    size_t len;
} aside_word;

/* Split t at spaces into at most `cap` words; returns their count. */
static size_t split_words(const char *t, aside_word *w, size_t cap)
{
    size_t n = 0;
    while (*t && n < cap) {
        while (*t == ' ')
            t++;
        if (!*t)
            break;
        const char *s = t;
        while (*t && *t != ' ')
            t++;
        w[n].at = s;
        w[n].len = (size_t)(t - s);
        n++;
    }
    return n;
}

/* Is the word w, without a trailing comma, exactly the name (len bytes)? */
static int word_is_name(const aside_word *w, const char *name, size_t len)
{
    size_t wl = w->len;
    if (wl && w->at[wl - 1] == ',')
        wl--;
    return wl == len && memcmp(w->at, name, len) == 0;
}

/* Does the word start with a capital (an ASCII capital, or a non-ASCII
 * letter, which names from other scripts start with)? */
static int capitalised(const aside_word *w)
{
    unsigned char c = (unsigned char)w->at[0];
    return isupper(c) || c >= 0xC0;
}

/* Does a biography's verb start at word i of w (n words): "is a", "has
 * written", "covers", "specializes" ...? */
static int bio_verb_at(const aside_word *w, size_t n, size_t i)
{
    static const char *const one[] = {"writes", "covers", "covered", "studied", "specializes", "specialises",
                                       "joined", "oversees", "reports"};
    static const char *const first[] = {"is", "was", "has"};
    static const char *const second[] = {"a", "an", "the", "written", "covered", "worked", "reported", "reviewed"};
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        if (w[i].len == strlen(one[k]) && strncasecmp(w[i].at, one[k], w[i].len) == 0)
            return 1;
    if (i + 1 >= n)
        return 0;
    int verb = 0;
    for (size_t k = 0; k < sizeof first / sizeof first[0] && !verb; k++)
        verb = w[i].len == strlen(first[k]) && strncmp(w[i].at, first[k], w[i].len) == 0;
    if (!verb)
        return 0;
    int has = w[i].at[0] == 'h';
    for (size_t k = 0; k < sizeof second / sizeof second[0]; k++) {
        int article = k < 3;
        if (article == has)
            continue; /* "is a", "has written"; not "is written", "has a" */
        if (w[i + 1].len == strlen(second[k]) && strncmp(w[i + 1].at, second[k], w[i + 1].len) == 0)
            return 1;
    }
    return 0;
}

/* Does the lower-cased line name a trade of writing or reviewing
 * ("reporter", "editor", "journalism", "covers" ...)? */
static int names_writing_trade(const char *low)
{
    static const char *const trades[] = {
        "writer",  "written",   "reporter", "editor",  "journalis", "correspondent", "contributor",
        "columnist", "author", "analyst",  "blogger", "producer",  "critic",        "photographer",
        "reviewer", "covers",  "covering",
    };
    for (size_t k = 0; k < sizeof trades / sizeof trades[0]; k++)
        if (strstr(low, trades[k]))
            return 1;
    return 0;
}

/* Read the given names of up to ASIDE_MAX_NAMES writers from an author
 * field: the parts between ',', ';', '&', '|' and " and ", each without a
 * leading "By"; a part counts when it has two words at least (a person's
 * name, not an agency's) and its first word is capitalised, 3 to 40
 * bytes.  Returns the count; names point into `author`. */
static size_t writer_names(const char *author, aside_word *names)
{
    size_t n = 0;
    const char *p = author;
    for (int parts = 0; *p && n < ASIDE_MAX_NAMES && parts < 16; parts++) {
        const char *end = p;
        while (*end && !strchr(",;&|", *end) && strncmp(end, " and ", 5) != 0)
            end++;
        aside_word w[3];
        char part[200];
        size_t pl = (size_t)(end - p) < sizeof part - 1 ? (size_t)(end - p) : sizeof part - 1;
        memcpy(part, p, pl);
        part[pl] = '\0';
        size_t nw = split_words(part, w, 3);
        size_t first = nw && w[0].len == 2 && strncasecmp(w[0].at, "by", 2) == 0;
        if (nw >= first + 2 && w[first].len >= 3 && w[first].len <= 40 && capitalised(&w[first])) {
            names[n].at = p + (w[first].at - part);
            names[n].len = w[first].len;
            n++;
        }
        if (!*end)
            break;
        p = end + (*end == ' ' ? 5 : 1);
    }
    return n;
}

int pa_line_writer_bio(const char *t, size_t chars, const char *author)
{
    if (!author || !*author || chars < 40 || chars > 600 || strlen(t) >= ASIDE_MAX_BYTES)
        return 0;
    aside_word names[ASIDE_MAX_NAMES];
    size_t n_names = writer_names(author, names);
    if (!n_names)
        return 0;
    aside_word w[ASIDE_NAME_WORDS + ASIDE_TITLE_WORDS + 2];
    size_t n = split_words(t, w, sizeof w / sizeof w[0]);
    int hit = 0;
    for (size_t i = 0; i < n && i < ASIDE_NAME_WORDS && !hit; i++) {
        int named = 0;
        for (size_t k = 0; k < n_names && !named; k++)
            named = word_is_name(&w[i], names[k].at, names[k].len);
        if (!named)
            continue;
        /* past the rest of the name and a title, the verb */
        for (size_t j = i + 1; j < n && j <= i + 1 + ASIDE_TITLE_WORDS && !hit; j++) {
            if (bio_verb_at(w, n, j))
                hit = 1;
            else if (!capitalised(&w[j]))
                break;
        }
    }
    if (!hit)
        return 0;
    char low[ASIDE_MAX_BYTES];
    size_t k = 0;
    for (; t[k] && k + 1 < sizeof low; k++)
        low[k] = (char)tolower((unsigned char)t[k]);
    low[k] = '\0';
    return names_writing_trade(low);
}

int pa_line_age_notice(const char *t, size_t chars)
{
    if (chars > 200)
        return 0;
    static const char *const things[] = {"article", "post", "story", "page", "piece", "entry"};
    static const char *const spans[] = {"more than", "over", "older than"};
    static const char *const units[] = {"day", "week", "month", "year"};
    if (strncasecmp(t, "this ", 5) != 0)
        return 0;
    const char *p = t + 5;
    int thing = 0;
    for (size_t k = 0; k < sizeof things / sizeof things[0] && !thing; k++) {
        size_t l = strlen(things[k]);
        if (strncasecmp(p, things[k], l) == 0 && p[l] == ' ') {
            thing = 1;
            p += l + 1;
        }
    }
    if (!thing || strncmp(p, "is ", 3) != 0)
        return 0;
    p += 3;
    int span = 0;
    for (size_t k = 0; k < sizeof spans / sizeof spans[0] && !span; k++) {
        size_t l = strlen(spans[k]);
        if (strncmp(p, spans[k], l) == 0 && p[l] == ' ') {
            span = 1;
            p += l + 1;
        }
    }
    if (!span)
        return 0;
    /* a number or a number word ("3", "two", "a") */
    size_t nl = 0;
    while (p[nl] && p[nl] != ' ' && nl < 12)
        nl++;
    if (!nl || p[nl] != ' ')
        return 0;
    p += nl + 1;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t l = strlen(units[k]);
        if (strncmp(p, units[k], l) != 0)
            continue;
        const char *q = p + l + (p[l] == 's');
        return strncmp(q, " old", 4) == 0 && !isalpha((unsigned char)q[4]);
    }
    return 0;
}

int pa_line_by_alone(const char *t)
{
    return strcasecmp(t, "by") == 0 || strcasecmp(t, "by:") == 0;
}

int pa_line_name_alone(const char *t, size_t chars)
{
    static const char *const joiners[] = {"and", "&", "|", "-", "of", "the", "de", "van", "von", "da", "del"};
    if (chars < 3 || chars > 80)
        return 0;
    size_t tl = strlen(t);
    if (!tl || t[tl - 1] == '.' || t[tl - 1] == ':' || t[tl - 1] == '?' || t[tl - 1] == '!')
        return 0;
    aside_word w[9];
    size_t n = split_words(t, w, sizeof w / sizeof w[0]);
    if (n < 2 || n > 8)
        return 0;
    size_t capitals = 0;
    for (size_t i = 0; i < n; i++) {
        if (capitalised(&w[i])) {
            capitals++;
            continue;
        }
        int joiner = 0;
        for (size_t k = 0; k < sizeof joiners / sizeof joiners[0] && !joiner; k++)
            joiner = w[i].len == strlen(joiners[k]) && strncmp(w[i].at, joiners[k], w[i].len) == 0;
        if (!joiner)
            return 0;
    }
    return capitals > 0;
}

/* Is word w (len bytes) a unit of time, singular or plural? */
static int time_unit(const char *w, size_t len)
{
    static const char *const units[] = {"second", "minute", "min", "hour", "hr", "day", "week", "month", "year"};
    if (len && w[len - 1] == 's')
        len--;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (len == strlen(units[k]) && strncasecmp(w, units[k], len) == 0)
            return 1;
    return 0;
}

/* Is word w a count: digits, or "a"/"an"/"one"? */
static int time_count(const aside_word *w)
{
    size_t i = 0;
    while (i < w->len && isdigit((unsigned char)w->at[i]))
        i++;
    if (i && i == w->len)
        return 1;
    return (w->len == 1 && tolower((unsigned char)w->at[0]) == 'a') ||
           (w->len == 2 && strncasecmp(w->at, "an", 2) == 0) || (w->len == 3 && strncasecmp(w->at, "one", 3) == 0);
}

int pa_line_relative_date(const char *t, size_t chars)
{
    if (chars < 5 || chars > 60)
        return 0;
    aside_word w[10];
    size_t n = split_words(t, w, sizeof w / sizeof w[0]);
    if (n < 2 || n > 9)
        return 0;
    size_t last = w[n - 1].len;
    if (last && w[n - 1].at[last - 1] == '.')
        last--;
    if (n >= 3 && last == 3 && strncasecmp(w[n - 1].at, "ago", 3) == 0) {
        /* "6 hours ago" after at most three words without a digit
         * ("(UKPA) –", "Updated"; not "Founded May 2, 1998; 18 years ago") */
        if (n > 6 || !time_unit(w[n - 2].at, w[n - 2].len) || !time_count(&w[n - 3]))
            return 0;
        for (size_t i = 0; i + 3 < n; i++)
            for (size_t k = 0; k < w[i].len; k++)
                if (isdigit((unsigned char)w[i].at[k]))
                    return 0;
        return 1;
    }
    /* "Updated yesterday at 5:45 PM": a label, the day, "at", an hour */
    static const char *const labels[] = {"updated", "published", "posted", "modified"};
    int label = 0;
    for (size_t k = 0; k < sizeof labels / sizeof labels[0] && !label; k++)
        label = w[0].len == strlen(labels[k]) && strncasecmp(w[0].at, labels[k], w[0].len) == 0;
    if (!label || n < 4 || n > 5)
        return 0;
    int day = (w[1].len == 9 && strncasecmp(w[1].at, "yesterday", 9) == 0) ||
              (w[1].len == 5 && strncasecmp(w[1].at, "today", 5) == 0);
    if (!day || w[2].len != 2 || strncasecmp(w[2].at, "at", 2) != 0)
        return 0;
    const char *h = w[3].at;
    size_t i = 0;
    while (i < w[3].len && isdigit((unsigned char)h[i]))
        i++;
    return i >= 1 && i <= 2 && i < w[3].len && (h[i] == ':' || h[i] == '.') && isdigit((unsigned char)h[i + 1]);
}
