/* extract_notes.c — line classifiers of the notes a page sets around the
 * story: the note about the writer that closes many articles (the
 * biography sentence "Jane Doe is a reporter who covers…", the job-title
 * line "Senior Editor, Example Magazine", the writer's name alone) and the
 * banner telling the story's age ("This article is more than 3 years
 * old"), the blog engine's like button ("Like Loading..."), a gallery's
 * counter ("1 of 12"), the site's bare domain ("example.com") and the
 * credits of a story's art ("Icons by Jane Doe", "Photo sources: …") and
 * the wire's credit line ("(Reporting by …; Editing by …)"), the
 * writer's contact line ("Jane Doe: 206-555-0100 or jdoe@example.com") and the
 * editor's note on the story's own history ("Editor's note: This article
 * also appeared in the May issue …"), and date lines relative to the day
 * of reading ("6 hours ago"), and the desk's notes closing a story in the
 * languages of the press pages: a Chinese editor or source credit in
 * brackets ("(陈巍 编辑)", "[责任编辑：…]"), a Polish editor's initials with the
 * wire ("eb, pap", "(db, kab)").  Given one emitted paragraph's text (never the tree); extract.c
 * decides, from where such lines stand, what is dropped (see writer_tail
 * there).  Contracts in include/pressarc/extract_lines.h. */
#include "pressarc/extract_lines.h"
#include "pressarc/en_names.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "pressarc/strfind.h"

/* (every strncmp and strncasecmp here, most of them prefix tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"

/* Does t hold the word (ASCII letters; a non-letter, or the text's end, on
 * both sides)? */
static int holds_word(const char *t, const char *word)
{
    size_t n = strlen(word);
    for (const char *f = strstr(t, word); f; f = strstr(f + 1, word))
        if ((f == t || !isalpha((unsigned char)f[-1])) && !isalpha((unsigned char)f[n]))
            return 1;
    return 0;
}

/* The words a writer's job title is made of, capitalised as titles are. */
static const char *const role_words[] = {
    "Writer",  "Editor",     "Reporter",  "Contributor", "Correspondent", "Journalist", "Columnist",
    "Researcher", "Reviewer", "Analyst",  "Founder",     "Co-Founder",    "Co-founder", "Director",
    "Executive", "Producer", "Author",    "Blogger",     "Photographer",  "Critic",     "Editor-in-Chief",
    /* a broadcaster's: "Jane Doe, Anchor/Reporter", "Chief Meteorologist" */
    "Anchor", "Meteorologist", "Photojournalist", "Videographer",
};

/* The small words a title leaves in lower case. */
static const char *const title_small[] = {"at", "in", "the", "of", "and", "for", "on", "to", "&", "|", "-", "–"};

/* The writer's job title alone on a line: "Staff Writer", "Senior Editor,
 * Example Magazine; Senior Writer in the Office of Communications",
 * "Executive Director at Example", "Jane Doe Senior Research Executive":
 * at most 100 bytes and 14 words, every word capitalised but the small
 * ones of titles, one of them a writer's role ("/" or "|" may part the
 * name from it); no digit, no '?', '!' or ':' and no full stop but a
 * closing one. */
static int writer_role(const char *t, size_t len)
{
    if (len < 5 || len > 100 || strpbrk(t, "0123456789?!:\""))
        return 0;
    /* no full stop but a closing one and an initial's ("Andrew E. Budson, MD, Contributor") */
    for (const char *dot = memchr(t, '.', len - 1); dot; dot = memchr(dot + 1, '.', (size_t)(t + len - 1 - (dot + 1))))
        if (!(dot - t >= 2 && isupper((unsigned char)dot[-1]) && dot[-2] == ' ' && dot[1] == ' '))
            return 0;
    int role = 0;
    size_t words = 0;
    for (const char *w = t; *w && words < 15;) {
        while (*w == ' ')
            w++;
        if (!*w)
            break;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - w);
        if (n == 1 && (*w == '/' || *w == '|')) {
            w = e; /* "Jane Doe / Correspondent" */
            continue;
        }
        words++;
        while (n && strchr(",;.", w[n - 1]))
            n--; /* "Editor," */
        if (!pa_phrase_is(w, n, PA_PHRASES(title_small))) {
            if (!isupper((unsigned char)*w))
                return 0;
            role |= pa_phrase_is(w, n, PA_PHRASES(role_words));
            /* two roles in one word: "Anchor/Reporter", "Reporter/Producer" */
            const char *slash = memchr(w, '/', n);
            if (slash && slash > w && slash + 1 < w + n)
                role |= pa_phrase_is(w, (size_t)(slash - w), PA_PHRASES(role_words)) &&
                        pa_phrase_is(slash + 1, n - (size_t)(slash + 1 - w), PA_PHRASES(role_words));
        }
        w = e;
    }
    return role && words <= 14;
}

/* A name or the label of the writer's note alone on a line: one to four
 * capitalised words of letters ("Jane Doe", "Stefan", "J. R. Doe"), or
 * "By", "Written by", "Researched by:", "About the author". */
static int writer_name(const char *t, size_t len)
{
    static const char *const labels[] = {"By", "By:", "Written by", "Written by:", "Researched by:", "Reviewed by:",
                                         "About the author", "About the Author", "About the writer",
                                         "About the Writer", "About the Author:", "About the author:"};
    if (pa_phrase_is(t, strlen(t), PA_PHRASES(labels)))
        return 1;
    if (len > 40)
        return 0;
    size_t words = pa_name_words(t, len, 1); /* letters of other scripts too */
    return words >= 1 && words <= 4;
}

/* The verbs that follow the writer's name in a biography. */
static const char *const bio_verbs[] = {
    "is a ",        "is an ",       "is the ",      "was a ",      "was an ",        "covers ",
    "covered ",     "writes ",      "wrote ",       "has written ", "has covered ",  "has been ",
    "studied ",     "explores ",    "joined ",      "reports ",    "contributed to this ",
    /* a job title without its article: "Jane Doe is senior White House reporter for …" */
    "is senior ",   "is chief ",    "is deputy ",   "is associate ", "is managing ",  "is executive ",
    "is contributing ", "is staff ",
    /* a desk's job title: "Jane Doe is tech editor at Example Science." */
    "is tech ",     "is technology ", "is science ", "is health ", "is news ", "is features ", "is political ",
};

/* Words that make a sentence about a person one about a writer (not
 * "author", "founder", "analyst": "Jane Doe is the author of the novel" is
 * a story's sentence as often). */
static const char *const bio_nouns[] = {
    "writer",    "editor",    "reporter", "journalist", "correspondent", "contributor", "columnist",
    "blogger",   "freelance", "journalism", "covers",    "covered",       "written",     "writes",
    "contributed",
};

/* A contributor's note in the first person, as a business site's writer
 * page sets it under the story: "I'm a staff writer at Example covering
 * small business.", "I write about retail and consumer trends.", "I am a
 * reporter for Example based in Austin." (≤ 300 chars): "I write about"
 * or "I cover" (not "I write about this …"), or "I'm a"/"I am a" with a
 * writer's word (bio_nouns) and where or what ("at", "for", "covering",
 * "about"), or "I'm a"/"I am a" with the writer's call to follow them
 * ("Follow me on LinkedIn", "Check out my website"), its first sentence
 * naming the writer no more ("I", "my", "me"): 2, else 0. */
static int first_person_bio(const char *t, size_t chars)
{
    if (chars > 300)
        return 0;
    char low[320];
    size_t k = pa_lower_copy(t, low, sizeof low);
    /* the note's first sentence speaks of the writer's trade once: a column's "I write about this because
     * my mother …", "I cover the courts, and in 20 years I have never seen …" goes on about the writer */
    const char *stop = strstr(low, ". ");
    size_t first = stop ? (size_t)(stop - low) : k;
    static const char *const again[] = {" i ", " my ", " me ", " me,", " i'm ", " i've ", " i'd ", " i\xe2\x80\x99"};
    for (size_t i = 0; i < sizeof again / sizeof again[0]; i++) {
        const char *at = strstr(low + 1, again[i]);
        if (at && (size_t)(at - low) < first)
            return 0;
    }
    static const char *const trade[] = {"i write about ", "i cover "};
    static const char *const pointing[] = {"i write about this", "i write about it ", "i write about that",
                                           "i write about it,", "i write about it."};
    if (pa_phrase_opens(low, k, PA_PHRASES(trade)))
        return pa_phrase_opens(low, k, PA_PHRASES(pointing)) ? 0 : 2;
    static const char *const am[] = {"i'm a ", "i'm an ", "i am a ", "i am an ", "i\xe2\x80\x99m a ",
                                     "i\xe2\x80\x99m an "};
    if (!pa_phrase_opens(low, k, PA_PHRASES(am)))
        return 0;
    /* the contributor's call to follow them after the note: "I am a partner at a seed-stage venture firm.
     * Follow me on LinkedIn and X. Check out my website." (any trade) */
    static const char *const self_promo[] = {"follow me on ", "check out my website", "connect with me on "};
    if (pa_phrase_in(low, PA_PHRASES(self_promo)))
        return 2;
    int job = 0;
    for (size_t i = 0; !job && i < 7; i++) /* the nouns of the trade, not "covers", "written" */
        job = holds_word(low, bio_nouns[i]);
    return job && (strstr(low, " at ") || strstr(low, " for ") || strstr(low, " covering ") ||
                   strstr(low, " about "))
               ? 2
               : 0;
}

/* A biography of the writer: "Jane Doe is a reporter who covers …", "Jane
 * has written for the blog since 2018.", "Jane Doe, Editor, Example,
 * studied journalism at …": at most 500 characters opening with one to
 * eight capitalised words (a name, maybe with its title between commas;
 * not "The", "This", "It"…) that a biography's verb follows ("is a",
 * "covers", "has written", "studied"…).  2 when a writer's word ("editor",
 * "journalist", "covers"…) is in it, 1 when it only reads as one ("Jane is
 * the founder of …": the name or title line above it tells). */
static int writer_bio(const char *t, size_t chars)
{
    if (chars < 20 || chars > 500)
        return 0;
    if (t[0] == 'I' && (t[1] == ' ' || t[1] == '\'' || !strncmp(t + 1, "\xe2\x80\x99", 3)))
        return first_person_bio(t, chars);
    static const char *const not_names[] = {"The", "This", "That", "These", "Those", "It", "Its", "Our",
                                            "We", "He", "She", "They", "His", "Her", "There", "A", "An",
                                            "What", "Who", "How", "Why", "When", "Where", "Which"};
    const char *w = t;
    size_t words = 0;
    while (*w && words < 9) {
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        if (!isupper((unsigned char)*w))
            break;
        size_t n = (size_t)(e - w);
        while (n && w[n - 1] == ',')
            n--;
        if (!words && pa_phrase_is(w, n, PA_PHRASES(not_names)))
            return 0;
        words++;
        w = *e ? e + 1 : e;
    }
    if (!words || words > 8 || w - t > 70)
        return 0;
    if (!pa_phrase_opens(w, strlen(w), PA_PHRASES(bio_verbs)))
        return 0;
    char low[512];
    pa_lower_copy(t, low, sizeof low);
    for (size_t i = 0; i < sizeof bio_nouns / sizeof bio_nouns[0]; i++)
        if (holds_word(low, bio_nouns[i]))
            return 2;
    return 1;
}

/* Is t[0..n) a news agency's name as a story's source or byline gives it
 * ("Reuters", "The Canadian Press", "wires"), any case; a short name that
 * is also a word ("APP", "UNI") in capitals only? */
static int agency_named(const char *t, size_t n)
{
    unsigned kinds = pa_agency_kind(t, n);
    if (!(kinds & (PA_AGENCY_WIRE | PA_AGENCY_DESK)))
        return 0;
    for (size_t i = 0; (kinds & PA_AGENCY_CAPS) && i < n; i++)
        if (!isupper((unsigned char)t[i]))
            return 0;
    return 1;
}

/* Is t[0..n) a wire's name as a credit or sign-off writes it: one of the
 * wires (agency_named) in capitals ("AFP"), capitalised ("Reuters"),
 * lower-case ("dpa", "wires") or in a script without case ("भाषा"), not in
 * mixed case? */
static int wire_word(const char *t, size_t n)
{
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        upper += isupper((unsigned char)t[i]) != 0;
        lower += islower((unsigned char)t[i]) != 0;
    }
    int cased = upper == n || lower == n || (upper == 1 && isupper((unsigned char)t[0]) && lower == n - 1);
    /* a script without case: "भाषा" (PTI's Hindi service) */
    int uncased = upper == 0 && lower == 0 && n && (unsigned char)t[0] >= 0x80;
    return (cased || uncased) && agency_named(t, n);
}

/* Is low (lower-cased, after "Source: ") the wires the story came from:
 * one agency ("Reuters", "Australian Associated Press"), or agencies and
 * the desk editor's initials after slashes or commas ("Reuters/ic",
 * "AFP/Reuters/gs", "AP, Reuters")?  The first part is an agency; each
 * other one an agency or two to four lower-case letters.  Bounded by the
 * NUL of low (≤ 60 bytes by the caller). */
static int agency_source(const char *low)
{
    size_t n = pa_trim_tail(low, strlen(low), ". ");
    for (size_t part = 0, at = 0; at < n && part < 6; part++) {
        while (at < n && low[at] == ' ')
            at++;
        size_t end = at;
        while (end < n && low[end] != '/' && low[end] != ',')
            end++;
        size_t k = pa_trim_tail(low + at, end - at, " ");
        int initials = part > 0 && k >= 2 && k <= 4;
        for (size_t i = 0; initials && i < k; i++)
            initials = islower((unsigned char)low[at + i]);
        if (!k || (!initials && !agency_named(low + at, k)))
            return 0;
        if (end >= n)
            return 1;
        at = end + 1;
    }
    return 0;
}

/* The desk's signature under a story after a dash: the reporter's name and
 * the desk editor's initials, or the initials alone, then the outlet
 * ("—Jane Doe/KBK, GMA News", "—NB, Example News Online"; in Tagalog "—Ulat ni
 * Jane Doe/KG, …"): after the dash, a name (writer_name) and "/" or nothing,
 * two to five capitals, ", " and one to six capitalised words, among them
 * "News" when no name comes before the initials (an organisation's
 * attribution closing a quote, "—NAACP, Millbrook Branch", is no desk's);
 * t is len bytes, 100 at most (sign_off). */
static int desk_signature(const char *t, size_t len)
{
    size_t dash = pa_opening_dash(t);
    if (!dash || len <= dash)
        return 0;
    const char *r = t + dash, *end = t + len;
    while (r < end && *r == ' ')
        r++;
    if (end - r > 8 && !strncasecmp(r, "ulat ni ", 8))
        r += 8; /* Tagalog "report of" */
    const char *comma = NULL;
    for (const char *c = r; c + 1 < end; c++)
        if (c[0] == ',' && c[1] == ' ') {
            comma = c;
            break;
        }
    if (!comma)
        return 0;
    const char *slash = memchr(r, '/', (size_t)(comma - r));
    const char *ini = r;
    if (slash) {
        char name[100];
        size_t nl = (size_t)(slash - r);
        if (!nl || nl >= sizeof name)
            return 0;
        memcpy(name, r, nl);
        name[nl] = '\0';
        if (!writer_name(name, nl))
            return 0;
        ini = slash + 1;
    }
    size_t caps = 0;
    while (ini + caps < comma && isupper((unsigned char)ini[caps]))
        caps++;
    if (ini + caps != comma || caps < 2 || caps > 5)
        return 0;
    size_t words = 0;
    int news = 0;
    for (const char *w = comma + 2; w < end && words <= 6;) {
        if (!isupper((unsigned char)*w))
            return 0;
        words++;
        news |= end - w >= 4 && !strncmp(w, "News", 4) && (end - w == 4 || w[4] == ' ');
        while (w < end && *w != ' ')
            w++;
        while (w < end && *w == ' ')
            w++;
    }
    return words >= 1 && words <= 6 && end[-1] != '.' && (slash || news);
}

/* The sign-off under a story: the writer's or source's name after a dash
 * ("- DAILY MAIL", "— Jane Doe", "—Copyright 2012 Associated Press"), a
 * wire credit ("With TELEGRAPH", "National Post, with files from Postmedia
 * News", "— With files from The Associated Press"), the editor's initials ("(BMcC)", "/cb") or the writer's handle
 * ("Twitter: @janedoe"), the desk's initials and newsroom ("—LDF, GMA Integrated News"), the translator
 * ("(Translated by Jane Roe)"); at most 60 bytes (100 for "with files from" and desk_signature). */
static int sign_off(const char *t, size_t len)
{
    if (len > 100)
        return 0;
    if (desk_signature(t, len))
        return 1;
    if (!strncasecmp(t, "with ", 5) && len <= 40 && agency_named(t + 5, pa_trim_tail(t + 5, len - 5, ". ")))
        return 1; /* "with Australian Associated Press", "With The Canadian Press" */
    size_t dash = pa_opening_dash(t);
    if (strstr(t, "with files from ") || !strncmp(t + dash + strspn(t + dash, " "), "With files from ", 16))
        return t[len - 1] != '.' || len <= 60; /* "— With files from The Associated Press" too */

    if (len > 60)
        return 0;
    const char *r = t + pa_opening_dashes(t); /* after "-", "--" ("-- BERNAMA"), "—" or "–" */
    if (r > t) {
        while (*r == ' ')
            r++;
        if (!strncmp(r, "Copyright ", 10) || !strncmp(r, "\xc2\xa9", 2))
            return 1;
        if (!strncasecmp(r, "with ", 5) && strlen(r) <= 30 && !strpbrk(r, ".,;?!"))
            return 1; /* "— with AAP", "- With Reuters" */
        if (!strncasecmp(r, "additional reporting by ", 24) && pa_credited_names(r + 24, strlen(r + 24)))
            return 1; /* "— Additional reporting by Jane Roe" */
        static const char *const desk[] = {"staff and wire reports", "staff reports", "wire reports", "wire services",
                                           "news services", "staff and agencies", "agencies"};
        for (size_t i = 0; i < sizeof desk / sizeof desk[0]; i++)
            if (!strcasecmp(r, desk[i]))
                return 1; /* "— Staff and wire reports" */
        return writer_name(r, strlen(r)) && strcmp(r, "By");
    }
    if (!strncasecmp(t, "(edited by ", 11) && t[len - 1] == ')' && pa_credited_names(t + 11, len - 12))
        return 1; /* "(Edited by Jane Doe)" */
    if (!strncasecmp(t, "(translated by ", 15) && t[len - 1] == ')' && pa_credited_names(t + 15, len - 16))
        return 1; /* "(Translated by Jane Roe)" */
    if (t[0] == '/' && len >= 3 && len <= 4 && strspn(t + 1, "abcdefghijklmnopqrstuvwxyz") == len - 1)
        return 1; /* the desk editor's initials after a slash under a Philippine daily's story: "/cb", "/das" */
    if (!strncmp(t, "With ", 5) && len <= 30) {
        size_t caps = 0;
        for (const char *c = t + 5; *c; c++) {
            if (islower((unsigned char)*c))
                return 0;
            caps += isupper((unsigned char)*c) != 0;
        }
        return caps >= 2; /* "With TELEGRAPH", "With AAP" */
    }
    if (t[0] == '(' && t[len - 1] == ')' && len >= 4 && len <= 8) {
        size_t caps = 0;
        for (size_t i = 1; i + 1 < len; i++) {
            if (!isalpha((unsigned char)t[i]))
                return 0;
            caps += isupper((unsigned char)t[i]) != 0;
        }
        return caps >= 2; /* "(BMcC)", "(JD)" */
    }
    /* the wires and the desk, slashed or in brackets: "ABC/wires", "AFP/Reuters", "(Reuters)" */
    {
        const char *q = t;
        size_t parts = 0, bracket = *q == '(';
        q += bracket;
        while (*q && parts < 5) {
            size_t n = strcspn(q, "/)");
            if (!wire_word(q, n))
                break;
            parts++;
            q += n;
            if (*q == '/')
                q++;
            else
                break;
        }
        if (parts && ((bracket && q[0] == ')' && !q[1]) || (!bracket && !*q && parts >= 2)))
            return 1;
    }
    static const char *const handles[] = {"Twitter: @", "Follow me on Twitter: @", "X: @", "Follow on Twitter @"};
    for (size_t i = 0; i < sizeof handles / sizeof handles[0]; i++)
        if (!strncmp(t, handles[i], strlen(handles[i])) && !strchr(t + strlen(handles[i]), ' '))
            return 1;
    return 0;
}

/* Is w[0..n) a word of capitals only ("USA", "TODAY", "IANS"), two letters
 * at least? */
static int caps_word(const char *w, size_t n)
{
    if (n < 2)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)w[i]))
            return 0;
    return 1;
}

/* Is w[0..n) a capitalised word of a name: a capital, then lower-case
 * letters, "-", "'" or "." (or any non-ASCII letter)? */
static int name_word(const char *w, size_t n)
{
    if (!n || !isupper((unsigned char)w[0]))
        return 0;
    int lower = n == 1 || (n == 2 && w[1] == '.');
    for (size_t i = 1; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (islower(ch) || ch >= 0x80)
            lower = 1;
        else if (!(ch == '-' || ch == '\'' || ch == '.' || isupper(ch)))
            return 0;
    }
    return lower; /* "McDonald", "O'Neil"; not "USA" */
}

/* The writer's contact line closing a news story: two to four name words,
 * a colon, then a phone number or an e-mail address ("Jane Doe:
 * 206-555-0100 or jdoe@example.com; on Twitter: @jdoe"); at most 160
 * bytes. */
static int writer_contact(const char *t, size_t len)
{
    if (len > 160)
        return 0;
    const char *colon = memchr(t, ':', len);
    if (!colon || colon - t > 50)
        return 0;
    size_t words = 0;
    for (const char *w = t; w < colon && words < 5;) {
        const char *e = w;
        while (e < colon && *e != ' ')
            e++;
        if (!name_word(w, (size_t)(e - w)))
            return 0;
        words++;
        w = e < colon ? e + 1 : e;
    }
    if (words < 2 || words > 4)
        return 0;
    const char *at = strchr(colon, '@');
    if (at && at[1] && isalnum((unsigned char)at[1]) && at > colon + 2 && isalnum((unsigned char)at[-1]) &&
        strchr(at, '.'))
        return 1; /* "jdoe@example.com" */
    size_t digits = 0;
    for (const char *c = colon + 1; *c && !isalpha((unsigned char)*c); c++)
        digits += isdigit((unsigned char)*c) != 0;
    return digits >= 7; /* "206-555-0100" */
}

/* The desk editor's bare initials under the story: "TSB", "/gsg", "EDV"
 * (three or four letters, all capitals or all lower-case, maybe after a
 * slash).  Asked after byline_alone: an agency's name ("PTI") is a byline. */
static int initials_alone(const char *t, size_t len)
{
    const char *q = t[0] == '/' ? t + 1 : t;
    size_t n = len - (size_t)(q - t), upper = 0, lower = 0;
    if (n < 3 || n > 4 || wire_word(q, n))
        return 0; /* a wire's name: the byline rules see it */
    for (size_t i = 0; i < n; i++) {
        upper += isupper((unsigned char)q[i]) != 0;
        lower += islower((unsigned char)q[i]) != 0;
    }
    return upper == n || lower == n;
}

/* The byline above a story without its "By": a news agency alone ("PTI",
 * "By IANS,", "(UKPA) – 6 hours ago", "The Canadian Press", "By
 * Associated Press"); two writers ("Jane Doe and John
 * Roe", each of two or three name words); a writer and an outlet in
 * capitals ("Jane Doe USA TODAY") or after a comma ("Jane Doe, Example
 * News", "Jane Doe, Star-Herald": an outlet word ends it; "Jane Doe, For
 * the Lantern": the outlet's capitalised words; the credit alone under
 * the name, "Special to the Gazette"); a wire and its town
 * ("UNB, Dhaka"); a writer and
 * the address alone ("Jane Doe | jdoe@example.com"); the desk's own
 * ("From staff reports", "From our Correspondent", "Web Desk", "Star Report",
 * "Express News Service").  At most 60 bytes. */
static int byline_alone(const char *t, size_t len)
{
    if (len > 60)
        return 0;
    const char *r = t;
    if (!strncmp(r, "By ", 3))
        r += 3;
    size_t n = strcspn(r, " ,.");
    /* a wire's name in a script without case is a word of the language too ("भाषा", language): bracketed only */
    int cased = (unsigned char)r[0] < 0x80;
    if (cased && wire_word(r, n) && !r[n + strspn(r + n, " ,.")])
        return 1; /* "PTI", "By IANS," */
    if (cased && wire_word(r, n) && r[n] == ',' && r[n + 1] == ' ') {
        size_t place = pa_name_words(r + n + 2, strlen(r + n + 2), 1);
        if (place >= 1 && place <= 3)
            return 1; /* "UNB, Dhaka", "PTI, New Delhi": the wire and the town it filed from */
    }
    /* an agency by its full name: "The Canadian Press", "By Associated Press" */
    {
        char low[64];
        size_t k = pa_lower_copy(r, low, sizeof low);
        if (cased && !r[k] && agency_named(low, pa_trim_tail(low, k, ". ")))
            return 1;
    }
    if (t[0] == '(') {
        size_t a = strcspn(t + 1, ")");
        if (wire_word(t + 1, a) && strstr(t, " ago"))
            return 1; /* "(UKPA) – 6 hours ago" */
    }
    /* the words: names, "and", capitals, one comma */
    size_t names_before = 0, names_after = 0, caps = 0, words = 0;
    int and_seen = 0, comma_seen = 0, outlet_end = 0;
    static const char *const outlet_words[] = {"News", "Press", "Media", "Wire", "Newsroom", "Service", "Agency",
                                               "Bureau", "Network", "Herald", "Times", "Post", "Journal", "Tribune",
                                               "Gazette", "Star", "Courier", "Chronicle", "Observer", "Examiner",
                                               "Register", "Inquirer", "Standard", "Record", "Telegraph", "Bee"};
    /* the desk's own byline: "From staff reports", "Staff and wire reports" */
    static const char *const desk[] = {"From staff reports", "From Staff Reports", "Staff reports", "Staff Reports",
                                       "Staff report", "Staff Report", "From wire reports", "Wire reports",
                                       "From staff and wire reports", "Staff and wire reports", "From news services",
                                       "From our Correspondent", "From Our Correspondent", "From our correspondent",
                                       "From Our Reporter", "From our Reporter"};
    if (pa_phrase_is(t, len, PA_PHRASES(desk)))
        return 1;
    /* a contributor's byline: "Jane Doe, For the Example Times", "Jane Doe, Special to The Lantern" (the name,
     * then the outlet's one to four capitalised words) */
    static const char *const for_outlet[] = {", For the ", ", For The ", ", Special to the ", ", Special to The ",
                                             ", special to the "};
    for (size_t f = 0; f < sizeof for_outlet / sizeof for_outlet[0]; f++) {
        const char *outlet = NULL;
        /* the credit on its own line under the name: "Special to the Gazette" ("Special to the " opening it) */
        if (f >= 2 && !strncmp(t, for_outlet[f] + 2, strlen(for_outlet[f]) - 2)) {
            outlet = t + strlen(for_outlet[f]) - 2;
        } else {
            const char *at = strstr(t, for_outlet[f]);
            if (!at || !writer_name(t, (size_t)(at - t)))
                continue;
            outlet = at + strlen(for_outlet[f]);
        }
        size_t outlet_words_n = 0;
        for (const char *w = outlet; w < t + len && outlet_words_n <= 4; outlet_words_n++) {
            if (!isupper((unsigned char)*w))
                return 0;
            w += strcspn(w, " ");
            w += *w == ' ';
        }
        return outlet_words_n >= 1 && outlet_words_n <= 4 && !strpbrk(outlet, ".,;:!?");
    }
    /* a station's desk: "KOMO News Staff", "Example 5 Digital Team", "WXYZ Web Staff" (one to four words
     * before it, each capitalised or a number, no sentence mark) */
    static const char *const desk_ends[] = {" News Staff", " News staff", " Digital Team", " Digital Staff",
                                            " Web Staff", " Web Team", " Staff Reports",
                                            /* a daily's desk in Africa and Asia: "Web Desk", "Tribune Report",
                                             * "Express News Service" */
                                            " Desk", " Report", " News Service"};
    for (size_t d = 0; d < sizeof desk_ends / sizeof desk_ends[0]; d++) {
        size_t dl = strlen(desk_ends[d]);
        if (len <= dl || strcmp(t + len - dl, desk_ends[d]) || strpbrk(t, ",;:!?"))
            continue;
        size_t desk_words = 0, capital = 0;
        for (size_t c = 0; c < len - dl; c++)
            if (c == 0 || t[c - 1] == ' ') {
                desk_words++;
                capital += isupper((unsigned char)t[c]) || isdigit((unsigned char)t[c]);
            }
        if (desk_words >= 1 && desk_words <= 4 && capital == desk_words)
            return 1;
    }
    /* "Jane Doe | jdoe@example.com": the name, then the address alone */
    const char *sep = strpbrk(t, "|,");
    if (sep && sep > t) {
        const char *a = sep + 1 + strspn(sep + 1, " ");
        const char *at = strchr(a, '@');
        size_t name_len = (size_t)(sep - t);
        while (name_len && t[name_len - 1] == ' ')
            name_len--;
        size_t names = name_len ? pa_name_words(t, name_len, 0) : 0;
        if (at && at > a && !strchr(a, ' ') && strchr(at, '.') && names >= 2 && names <= 4)
            return 1;
    }
    for (const char *w = t; *w && words < 12;) {
        while (*w == ' ')
            w++;
        if (!*w)
            break;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        size_t wl = (size_t)(e - w);
        int comma = wl > 1 && w[wl - 1] == ',';
        if (comma)
            wl--;
        words++;
        if (wl == 3 && !strncmp(w, "and", 3) && !and_seen && !comma_seen && !caps) {
            and_seen = 1;
        } else if (caps_word(w, wl)) {
            if (!names_before || and_seen || comma_seen)
                return 0;
            caps++;
        } else if (name_word(w, wl) && !caps) {
            if (and_seen || comma_seen)
                names_after++;
            else
                names_before++;
            const char *tail = w; /* "Star-Herald": its last part */
            for (size_t h = 0; h + 1 < wl; h++)
                if (w[h] == '-')
                    tail = w + h + 1;
            outlet_end = comma_seen && pa_phrase_is(tail, wl - (size_t)(tail - w), PA_PHRASES(outlet_words));
        } else {
            return 0;
        }
        if (comma) {
            if (comma_seen || and_seen || caps)
                return 0;
            comma_seen = 1;
        }
        w = e;
    }
    if (names_before < 2 || names_before > 3)
        return 0;
    if (and_seen)
        return names_after >= 2 && names_after <= 3; /* "Jane Doe and John Roe" */
    if (caps)
        return !comma_seen; /* "Jane Doe USA TODAY" */
    return comma_seen && names_after <= 4 && outlet_end; /* "Jane Doe, Example News" */
}

/* The writer's job title in sentence case, as opinion and culture desks
 * set it under the name: "Staff writer", "Guest columnist", "Opinion
 * contributor", "Film critic": two to four words of letters and hyphens,
 * the first capitalised, the others in lower case, the last a writer's
 * role; at most 40 bytes. */
static int sentence_case_role(const char *t, size_t len)
{
    static const char *const roles[] = {"writer", "columnist", "contributor", "editor", "reporter", "correspondent",
                                        "critic", "journalist", "reviewer", "blogger"};
    if (len < 8 || len > 40 || !isupper((unsigned char)t[0]))
        return 0;
    size_t words = 1, last = 0;
    for (size_t i = 1; i < len; i++) {
        if (t[i] == ' ' && i + 1 < len && t[i + 1] != ' ') {
            words++;
            last = i + 1;
        } else if (!(islower((unsigned char)t[i]) || t[i] == '-')) {
            return 0;
        }
    }
    return words >= 2 && words <= 4 && pa_phrase_is(t + last, len - last, PA_PHRASES(roles));
}

/* Does t open with the story's note on who wrote it and what the writer
 * is: "This story was written by Jane Doe, a senior journalism major and
 * student writer in …" (the story named, the writer's name, then ", a"/
 * ", an"/", the" and the trade)? */
static int story_writer_note(const char *t, size_t chars)
{
    if (chars < 30 || chars > 400)
        return 0;
    static const char *const openers[] = {"This story was written by ", "This article was written by ",
                                          "This piece was written by ", "This story was reported and written by ",
                                          "This story was reported by ", "This article was reported by "};
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
        size_t k = strlen(openers[i]);
        if (strncmp(t, openers[i], k))
            continue;
        const char *comma = strchr(t + k, ',');
        if (!comma || comma - (t + k) > 60 || !isupper((unsigned char)t[k]))
            return 0;
        return !strncmp(comma, ", a ", 4) || !strncmp(comma, ", an ", 5) || !strncmp(comma, ", the ", 6);
    }
    return 0;
}

int pa_line_writer_note(const char *t, size_t chars)
{
    size_t len = strlen(t);
    if (story_writer_note(t, chars))
        return PA_WRITER_BIO;
    int bio = writer_bio(t, chars);
    if (bio)
        return bio == 2 ? PA_WRITER_BIO : PA_WRITER_BIO_WEAK;
    if (writer_role(t, len) || sentence_case_role(t, len))
        return PA_WRITER_ROLE;
    if (sign_off(t, len) || writer_contact(t, len))
        return PA_WRITER_SIGN_OFF;
    if (byline_alone(t, len))
        return PA_WRITER_BYLINE;
    if (initials_alone(t, len))
        return PA_WRITER_SIGN_OFF;
    if (writer_name(t, len))
        return PA_WRITER_NAME;
    return 0;
}

/* Does low open with one of the words, then a space? */
static const char *opens_with(const char *low, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(words[i]);
        if (!strncmp(low, words[i], k) && low[k] == ' ')
            return low + k + 1;
    }
    return NULL;
}

int pa_line_age_notice(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars < 20 || chars > 250)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    static const char *const subjects[] = {"this article", "this post", "this story", "this page", "this content",
                                           "this blog post", "this entry"};
    static const char *const spans[] = {"is more than", "is over", "was published more than", "was written more than",
                                        "is older than", "was published over", "was written over"};
    const char *w = opens_with(low, subjects, sizeof subjects / sizeof subjects[0]);
    if (!w || !(w = opens_with(w, spans, sizeof spans / sizeof spans[0])))
        return 0;
    /* the count: digits or a word ("3", "a", "two") */
    const char *e = strchr(w, ' ');
    if (!e || e - w > 6)
        return 0;
    w = e + 1;
    static const char *const units[] = {"year", "years", "month", "months", "week", "weeks", "day", "days"};
    w = opens_with(w, units, sizeof units / sizeof units[0]);
    if (!w)
        return 0;
    return !strncmp(w, "old", 3) || !strncmp(w, "ago", 3);
}

int pa_line_like_widget(const pa_line *line)
{
    if (line->chars > 60)
        return 0;
    const char *low = pa_line_lower_under(line, 256);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->len, ". "); /* low[0..k): without the trailing ". " and "…" */
    if (k >= 3 && !memcmp(low + k - 3, "\xe2\x80\xa6", 3)) /* "…" */
        k -= 3;
    static const char *const exact[] = {"like loading", "loading", "be the first to like this",
                                        "one blogger likes this", "one blogger likes this post",
                                        "like this:", "like this"};
    if (pa_phrase_is(low, k, PA_PHRASES(exact)))
        return 1;
    /* a Korean portal's reaction buttons with their counts: "쏠쏠정보 0", "흥미진진 12", "후속강추" */
    static const char *const reactions[] = {
        "\xec\x8f\xa0\xec\x8f\xa0\xec\xa0\x95\xeb\xb3\xb4", /* 쏠쏠정보 */
        "\xed\x9d\xa5\xeb\xaf\xb8\xec\xa7\x84\xec\xa7\x84", /* 흥미진진 */
        "\xea\xb3\xb5\xea\xb0\x90\xeb\xb0\xb1\xeb\xb0\xb0", /* 공감백배 */
        "\xeb\xb6\x84\xec\x84\x9d\xed\x83\x81\xec\x9b\x94", /* 분석탁월 */
        "\xed\x9b\x84\xec\x86\x8d\xea\xb0\x95\xec\xb6\x94", /* 후속강추 */
    };
    for (size_t i = 0; i < sizeof reactions / sizeof reactions[0]; i++) {
        size_t rl = strlen(reactions[i]);
        if (k >= rl && !memcmp(low, reactions[i], rl)) {
            size_t at = rl + strspn(low + rl, " ");
            if (at + strspn(low + at, "0123456789") == k)
                return 1;
        }
    }
    /* "12 bloggers like this", "3 bloggers like this post" */
    static const char *const counted[] = {" bloggers like this", " bloggers like this post"};
    size_t d = strspn(low, "0123456789");
    for (size_t i = 0; d && d < k && i < sizeof counted / sizeof counted[0]; i++)
        if (strlen(counted[i]) == k - d && !memcmp(low + d, counted[i], k - d))
            return 1;
    return 0;
}

/* Are the words of t (NUL-terminated) a picture's credit: each opening
 * with a capital, a digit, "/", "(" or "@", or a small joining word
 * ("via", "for", "of", "and", "by", "the", "/", "|")?  "3 of 10
 * respondents shared photos online" is a sentence.  Bounded by the NUL. */
static int credit_words(const char *t)
{
    static const char *const joins[] = {"via", "for", "of", "and", "by", "the", "|", "/", "-"};
    while (*t) {
        t += strspn(t, " ");
        size_t n = strcspn(t, " ");
        if (!n)
            break;
        if (!(isupper((unsigned char)*t) || isdigit((unsigned char)*t) || strchr("/(@", *t) ||
              (unsigned char)*t >= 0x80 || pa_phrase_is(t, n, PA_PHRASES(joins))))
            return 0;
        t += n;
    }
    return 1;
}

int pa_line_gallery_counter(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 60)
        return 0;
    const char *c = t;
    /* "24 photos": a gallery's count of its pictures over them */
    size_t count = strspn(c, "0123456789");
    if (count && count <= 3 && (!strcmp(c + count, " photos") || !strcmp(c + count, " images") ||
                                !strcmp(c + count, " pictures")))
        return 1;
    /* "+7": the count of more pictures on a thumbnail */
    if (*c == '+') {
        size_t more = strspn(c + 1, "0123456789");
        return more >= 1 && more <= 3 && c[1 + more] == '\0';
    }
    if (!strncmp(c, "Photo ", 6) || !strncmp(c, "Image ", 6) || !strncmp(c, "Slide ", 6))
        c += 6;
    else if (!strncmp(c, "Card ", 5))
        c += 5; /* an explainer's card stack: "Card 2 of 8" over each card */
    size_t d = strspn(c, "0123456789");
    if (d > 4)
        return 0;
    c += d;
    /* "3 of 25", or a slide's "3 / 25" (spaced: "1/4" is a fraction or a score) */
    if (d && !strncmp(c, " / ", 3))
        c += 3;
    else if (!strncmp(c + (d && *c == ' '), "of ", 3))
        c += (d && *c == ' ') + 3;
    else
        return 0;
    size_t m = strspn(c, "0123456789");
    if (m < 1 || m > 4)
        return 0;
    c += m;
    if (*c == '\0')
        return chars <= 20;
    /* the slide's counter run into its picture's credit: "3 / 25 Getty Images", "3 of 25 Jane Doe/AP" */
    if (*c != ' ' || chars > 60)
        return 0;
    const char *low = pa_line_lower_under(line, 128);
    static const char *const agencies[] = {"getty", "shutterstock", "/ap", "reuters", "afp", "alamy", "images",
                                           "photo", "courtesy", "instagram"};
    return low && pa_phrase_in(low, PA_PHRASES(agencies)) && credit_words(c + 1);
}

/* Is t[0..len) a web domain alone: lower-case letters, digits and
 * hyphens in one to three dotted parts, ending in a known top-level
 * domain ("example.com", "news.example.co.uk", "example.com.ng")? */
static int domain_only(const char *t, size_t len)
{
    size_t dots = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch == '.') {
            if (!i || t[i - 1] == '.' || i + 1 == len)
                return 0;
            dots++;
        } else if (!(islower(ch) || isdigit(ch) || ch == '-')) {
            return 0; /* a capital, a space, a slash: a name or a sentence */
        }
    }
    if (!dots || dots > 3)
        return 0;
    static const char *const tlds[] = {".com", ".org", ".net", ".ca", ".co.uk", ".uk", ".ie", ".in", ".au",
                                       ".nz", ".us", ".info", ".news", ".tv", ".fm", ".ng", ".za", ".ke",
                                       ".gh", ".pk", ".ph", ".my", ".sg", ".jm", ".tt", ".ae", ".bd"};
    for (size_t i = 0; i < sizeof tlds / sizeof tlds[0]; i++) {
        size_t k = strlen(tlds[i]);
        if (len > k + 2 && !memcmp(t + len - k, tlds[i], k))
            return 1;
    }
    return 0;
}

int pa_line_pager(const pa_line *line)
{
    if (line->chars > 80)
        return 0;
    /* a Chinese site's links to the neighbouring posts: "上一篇：…", "下一篇：…", "下一條：…" */
    static const char *const neighbour[] = {
        "\xe4\xb8\x8a\xe4\xb8\x80\xe7\xaf\x87", /* 上一篇 */
        "\xe4\xb8\x8b\xe4\xb8\x80\xe7\xaf\x87", /* 下一篇 */
        "\xe4\xb8\x8a\xe4\xb8\x80\xe6\x9d\xa1", /* 上一条 */
        "\xe4\xb8\x8b\xe4\xb8\x80\xe6\x9d\xa1", /* 下一条 */
        "\xe4\xb8\x8a\xe4\xb8\x80\xe6\xa2\x9d", /* 上一條 */
        "\xe4\xb8\x8b\xe4\xb8\x80\xe6\xa2\x9d", /* 下一條 */
    };
    const char *z = line->text + strspn(line->text, " ");
    for (size_t i = 0; i < sizeof neighbour / sizeof neighbour[0]; i++)
        if (!strncmp(z, neighbour[i], 9) &&
            (!z[9] || z[9] == ':' || z[9] == ' ' || !strncmp(z + 9, "\xef\xbc\x9a", 3))) /* "：" */
            return 1;
    const char *low = pa_line_lower_under(line, 256);
    if (!low)
        return 0;
    /* the link to the story's next page: "Continued on page 2 »", "Next page: The Cleanup", "Continue
     * reading on the next page" */
    static const char *const next_page[] = {"continued on page ", "continue to page ", "continued on next page",
                                            "continued on the next page", "continue on next page",
                                            "continue reading on page ", "continue reading on the next page",
                                            "continue reading on next page", "go to page ", "next page"};
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(next_page)) &&
        (strncmp(low, "next page", 9) || !low[9] || strchr(":\xc2>", low[9]) || !strncmp(low + 9, " \xc2\xbb", 3) ||
         !strncmp(low + 9, " >", 2)))
        return 1; /* "Next page", "Next page: …", "Next page »" ("Next page of the saga was …" is a sentence) */
    int labelled = 0, pager_word = 0, numbers = 0;
    const char *c = low;
    if (!strncmp(c, "pages", 5) || !strncmp(c, "page", 4)) {
        c += c[4] == 's' ? 5 : 4;
        labelled = 1;
        if (*c == ':')
            c++;
        else if (*c != ' ')
            return 0; /* "pager", "pageant" */
    }
    /* the rest: page numbers and the pager's words and arrows, nothing else */
    static const char *const moves[] = {"next", "previous", "prev", "first", "last", "»", "«", "›",
                                        "‹",    ">>",       "<<",   ">",     "<",    "→", "←", "»»"};
    static const char *const joins[] = {"of", "page", "|", "…", "...", "-"};
    for (int guard = 0; guard < 40; guard++) {
        c += strspn(c, " ");
        if (!*c)
            return numbers >= 2 && (labelled || pager_word);
        size_t w = strcspn(c, " ");
        size_t d = strspn(c, "0123456789");
        if (d == w && d <= 3) {
            numbers++;
        } else if (pa_phrase_is(c, w, PA_PHRASES(moves))) {
            pager_word = 1;
        } else if (!pa_phrase_is(c, w, PA_PHRASES(joins))) {
            return 0;
        }
        c += w;
    }
    return 0;
}

/* The length of a print page's reference at c (lower-cased): "a5", "3b",
 * "12", "b12" (a section letter before or after one to three digits;
 * bare digits only when with_page, after the word "page"), 0 if none.
 * Assumes c NUL-terminated. */
static size_t page_ref(const char *c, int with_page)
{
    size_t at = 0;
    int letter = 0;
    if (islower((unsigned char)c[0]) && isdigit((unsigned char)c[1]))
        at = 1, letter = 1;
    size_t d = strspn(c + at, "0123456789");
    if (d < 1 || d > 3)
        return 0;
    at += d;
    if (!letter && islower((unsigned char)c[at]) && !isalpha((unsigned char)c[at + 1]))
        at++, letter = 1;
    if (isalnum((unsigned char)c[at]))
        return 0;
    return letter || with_page ? at : 0;
}

/* Does c (lower-cased) hold only a page reference and an optional closing
 * '.' or ')': "page a5", "page 6", "pg. 12", "a1", "3b"? */
static int page_ref_alone(const char *c)
{
    int with_page = 0;
    if (!strncmp(c, "page ", 5))
        c += 5, with_page = 1;
    else if (!strncmp(c, "pg. ", 4) || !strncmp(c, "pg ", 3))
        c += c[2] == '.' ? 4 : 3, with_page = 1;
    size_t r = page_ref(c, with_page);
    if (!r)
        return 0;
    c += r;
    c += strspn(c, ".)");
    return *c == '\0';
}

/* The length of a jump's slug at t: one to three words in capitals
 * ("BUDGET", "CITY COUNCIL", "O'NEAL"), letters, '\'' and '-' only, two
 * capitals at least; 0 if none.  Stops before the ',' or ' ' that ends it. */
static size_t jump_slug(const char *t)
{
    size_t at = 0, caps = 0;
    for (int words = 0; words < 3; words++) {
        size_t w = 0;
        while (isupper((unsigned char)t[at + w]) || t[at + w] == '\'' || t[at + w] == '-')
            caps += isupper((unsigned char)t[at + w]) != 0, w++;
        if (!w || isalnum((unsigned char)t[at + w]))
            return 0; /* "See BUDGETs", "See Budget" */
        at += w;
        if (t[at] != ' ' || !isupper((unsigned char)t[at + 1]) || !isupper((unsigned char)t[at + 2]))
            break; /* the slug's last word: a page reference or "on"/"Page" follows */
        at++;
    }
    return caps >= 2 ? at : 0;
}

int pa_line_print_jump(const pa_line *line)
{
    const char *t = line->text;
    if (line->chars > 60 || line->len < 6)
        return 0;
    size_t open = *t == '(' ? 1 : 0; /* "(See BUDGET, Page A5)" */
    char c0 = (char)(t[open] | 0x20);
    if (c0 != 's' && c0 != 'p' && c0 != 'c' && c0 != 'f' && !isupper((unsigned char)t[open]))
        return 0; /* the cheap reject: a jump opens "See", "Please see", "Continued", "From" or its slug */
    const char *low = pa_line_lower_under(line, 64);
    if (!low || strlen(low) != line->len)
        return 0; /* (the folding changed the bytes: no offsets to share with the text) */
    size_t at = open;
    /* the jump out: "See BUDGET, Page A5", "Please see FIRE on 3B", "See MILL on A6" */
    if (!strncmp(low + at, "please see ", 11) || !strncmp(low + at, "see ", 4)) {
        at += low[at] == 'p' ? 11 : 4;
        size_t s = jump_slug(t + at);
        if (!s)
            return 0; /* "See page 14 of the report …" */
        at += s;
        if (t[at] == ',')
            at++;
        if (t[at] != ' ')
            return 0;
        at++;
        if (!strncmp(low + at, "on ", 3))
            at += 3;
        return page_ref_alone(low + at);
    }
    /* the jump in: "Continued from A1", "Continued from Page 1", "Continued on Page 6" (to the page the
     * story goes on), "From Page A1", "BUDGET from Page A1", "MILL from 1A" */
    if (!strncmp(low + at, "continued from ", 15) || !strncmp(low + at, "continued on ", 13))
        return page_ref_alone(low + at + (low[at + 10] == 'f' ? 15 : 13)) ? 1 + (low[at + 10] == 'f') : 0;
    if (!strncmp(low + at, "from page ", 10))
        return page_ref_alone(low + at + 5) ? 2 : 0;
    /* the page's label: "A3 | Local", "Page 12 | Community" (the page, then one to three words in capitals and
     * nothing else: "A3 | Local: Council hires a clerk" is a table of contents' entry) */
    size_t r = !strncmp(low + at, "page ", 5) ? page_ref(low + at + 5, 1) + 5 : page_ref(low + at, 0);
    if (r > 5 || (r && strncmp(low + at, "page ", 5))) {
        const char *w = t + at + r;
        if (strncmp(w, " | ", 3))
            return 0;
        w += 3;
        for (int words = 0; words < 3; words++) {
            if (!isupper((unsigned char)*w))
                return 0;
            while (isalpha((unsigned char)*w) || *w == '&' || *w == '\'')
                w++;
            if (!*w)
                return 3; /* (the caller takes it above the story only: "Q3 | Revenue" heads a story's part) */
            if (*w != ' ')
                return 0;
            w++;
            if (*w == '&' && w[1] == ' ')
                w += 2; /* "B1 | Arts & Leisure" */
        }
        return 0;
    }
    size_t s = jump_slug(t + at);
    if (s) {
        at += s;
        if (t[at] == ',' || t[at] == ':')
            at++;
        if (!strncmp(low + at, " from ", 6) || !strncmp(low + at, " continued from ", 16))
            return page_ref_alone(low + at + (low[at + 1] == 'f' ? 6 : 16)) ? 2 : 0;
        return 0;
    }
    return 0;
}

int pa_line_ocr_note(const pa_line *line)
{
    const char *low = line->chars >= 15 ? pa_line_lower_under(line, 256) : NULL;
    if (!low || line->chars > 200)
        return 0;
    size_t k = strlen(low);
    /* a volunteers' correction note: "This article has been corrected by volunteers. Text correction: 12 lines"
     * (by volunteers, and the lines counted: "… corrected by the author after publication" and "Text correction:
     * the previous version misspelled …" are a paper's correction notes, pa_line_history_note's) */
    if (((!strncmp(low, "this article has been corrected by ", 35) ||
          !strncmp(low, "this text has been corrected by ", 32)) &&
         !strncmp(low + (low[5] == 'a' ? 35 : 32), "volunteer", 9)) ||
        (!strncmp(low, "text correction: ", 17) && isdigit((unsigned char)low[17])))
        return 1;
    const char *e = strstr(low, " may contain errors");
    if (!e)
        e = strstr(low, " may contain mistakes");
    if (!e || e - low > 150)
        return 0;
    /* the OCR note alone, a heading over the text: "Text may contain errors", "OCR text may contain errors." (the
     * warning right after "Text": "Textbooks printed before 1990 may contain errors" is a caption's) */
    size_t tail = (size_t)(e - low) + (e[13] == 'e' ? 19 : 21); /* " may contain errors", " … mistakes" */
    if (tail + strspn(low + tail, ".") == k &&
        ((e - low == 4 && !strncmp(low, "text", 4)) || (e - low == 8 && !strncmp(low, "ocr text", 8)) ||
         (e - low == 9 && !strncmp(low, "this text", 9))))
        return 1;
    /* a sentence about the page's machine-read text ("About this text: the text below was produced by optical
     * character recognition and may contain errors."), not a quoted one, nor one going on after the warning
     * ("Its OCR software may contain errors in older scans, but …": the story's) */
    if (low[tail] && low[tail] != '.' && low[tail] != ':')
        return 0;
    return (strstr(low, "optical character recognition") || !strncmp(low, "ocr ", 4) || strstr(low, " ocr ") ||
            strstr(low, "(ocr)") ||
            strstr(low, "automatically generated")) &&
           !pa_line_reports_speech(line);
}

int pa_line_jump_slug(const pa_line *line)
{
    if (line->chars > 30 || line->len < 2 || !isupper((unsigned char)line->text[0]))
        return 0;
    return jump_slug(line->text) == line->len;
}

int pa_line_link_footnotes(const pa_line *line)
{
    const char *t = line->text;
    if (line->chars > 2000)
        return 0;
    if (!strncasecmp(t, "Links:", 6))
        t += 6;
    size_t items = 0;
    for (int guard = 0; guard < 400; guard++) {
        t += strspn(t, " ");
        if (!*t)
            return items > 0;
        /* "[12]" then a web address: one footnote */
        if (*t != '[')
            return 0;
        size_t d = strspn(t + 1, "0123456789");
        if (!d || d > 3 || t[1 + d] != ']')
            return 0;
        t += d + 2;
        t += strspn(t, " ");
        if (strncmp(t, "http://", 7) && strncmp(t, "https://", 8) && strncmp(t, "www.", 4))
            return 0;
        t += strcspn(t, " ");
        items++;
    }
    return 0;
}

int pa_line_bare_domain(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars, len = line->len;
    if (chars < 5 || chars > 50)
        return 0;
    /* "Source: example.com" — the portal's credit to itself or a sister site */
    if (!strncmp(t, "Source: ", 8) || !strncmp(t, "SOURCE: ", 8) || !strncmp(t, "Source : ", 9)) {
        size_t at = t[6] == ':' ? 8 : 9;
        while (at < len && t[at] == ' ')
            at++;
        const char *low = pa_line_lower_under(line, 64); /* "Source: ExampleDaily.com", the name's capitals */
        return low && domain_only(low + at, len - at);
    }
    return chars <= 40 && domain_only(t, len);
}

/* The length of the production role low opens with ("editor", "photo
 * editing by"; see production_credits), followed by a space, a colon or a
 * plural "s"; 0 when none. */
static size_t production_role(const char *low, size_t room)
{
    static const char *const roles[] = {
        "editor", "edited by", "editing by", "fact checker", "fact-checker", "fact checking by",
        "fact-checking by", "fact-checked by", "copy editor", "copy editing by", "copy-edited by", "copyedited by",
        "art direction by", "art director", "creative director", "photo editor", "photo editing by",
        "photography by", "photographs by", "design by", "designed by", "design and development by",
        "development by", "developed by", "produced by", "producer", "production by", "graphics by", "research by",
        "additional research by", "lead photo", "top photo", "lead image", "top image", "illustrations",
        "illustration", "video by", "data by", "data analysis by", "audience by", "engagement by",
        /* the reporter's credit as dailies in Africa and Asia set it over the story: "Reported by: Jane Doe;
         * Edited by: John Roe", "Curated By : Jane Doe", "Story by Jane Doe; Photos by John Roe" */
        "reported by", "report by", "reporter", "reporting by", "curated by", "story by", "photos by"};
    for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++) {
        size_t rl = strlen(roles[r]);
        if (room > rl + 1 && !strncmp(low, roles[r], rl) && (low[rl] == ' ' || low[rl] == ':' || low[rl] == 's'))
            return rl;
    }
    return 0;
}

/* Is t (low: lower-cased, same length) a long read's production credits
 * alone on the line: one or more "Role: Names" or "Role by Names" parts
 * split by ". ", "; " or " | " ("Editor: Jane Roe", "Fact-checker: John
 * Doe", "Art direction by Jane Roe. Photo editing by John Doe.", "Lead
 * photo: Jane Roe for Example"), each role one of the desks that make a
 * feature, the names pa_credited_names (lines that <br>s parted run
 * together: a role with its colon after a capital starts the next part)? */
static int production_credits(const char *t, size_t len, const char *low)
{
    size_t at = 0, parts = 0;
    while (at < len && parts < 12) {
        size_t end = at;
        while (end < len && (strncmp(t + end, ". ", 2) || (end >= 2 && isupper((unsigned char)t[end - 1]) &&
                                                            t[end - 2] == ' ')) && /* an initial: "Jacob Z. Gross" */
               strncmp(t + end, "; ", 2) && strncmp(t + end, " | ", 3))
            end++;
        size_t rl = production_role(low + at, end - at);
        if (!rl)
            return 0;
        size_t names = at + rl;
        if (low[names] == 's')
            names++; /* "Editors:", "Producers:" */
        if (!strncmp(low + names, ": ", 2))
            names += 2;
        else if (rl < 3 || strncmp(low + at + rl - 2, "by", 2) || low[names] != ' ')
            return 0; /* "Role: …" or "… by …" */
        while (names < end && t[names] == ' ')
            names++;
        if (names < end && t[names] == ':') /* "Curated By : Jane Doe" */
            for (names++; names < end && t[names] == ' ';)
                names++;
        /* lines run together where <br>s parted them: "Editor: Jane Roe Fact checker: John Doe" */
        size_t next = end;
        for (size_t k = names; k + 1 < end; k++)
            if (t[k] == ' ' && isupper((unsigned char)t[k + 1])) {
                size_t nl = production_role(low + k + 1, end - k - 1);
                size_t c = k + 1 + nl + (nl && low[k + 1 + nl] == 's');
                if (nl && low[c] == ':') {
                    next = k;
                    break;
                }
            }
        /* (a role's ": " may run into the " | " that ends its part: "Editors: | …" has no names) */
        if (names >= next || !pa_credited_names(t + names, next - names))
            return 0;
        parts++;
        at = next < end ? next + 1 : end + (end < len ? (t[end] == ' ' ? 3 : 2) : 0);
    }
    return parts > 0 && at >= len;
}

int pa_line_art_credit(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 400)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    static const char *const makers[] = {"icons by ", "illustrations by ", "illustration by ", "graphics by ",
                                         "graphic by ", "artwork by ", "animation by ", "infographic by ",
                                         /* the picture over the story or its teaser: "Listing image by …" */
                                         "listing image by ", "lead image by ", "header image by ",
                                         "featured image by ", "feature image by ", "top image by ", "cover image by ",
                                         "hero image by ", "banner image by "};
    size_t ll = strlen(low);
    /* no full stop, or a closing one after names alone ("Illustrations by Jane Doe."; "Illustrations by
     * children from the school lined the hall." is a sentence) */
    const char *stop = strchr(low, '.'), *by = strstr(low, " by ");
    if (chars <= 80 && by && pa_phrase_opens(low, ll, PA_PHRASES(makers)) &&
        (!stop || (stop == low + ll - 1 && pa_credited_names(line->text + (by + 4 - low), ll - (size_t)(by + 4 - low)))))
        return 1;
    /* the picture and chart credited to their sources rather than a maker: "Featured image from Shutterstock,
     * chart from TradingView.com" (no sentence after it) */
    static const char *const sources[] = {"featured image from ", "featured image via ", "feature image from ",
                                          "cover image from ", "cover image via ", "header image from "};
    if (chars <= 100 && pa_phrase_opens(low, ll, PA_PHRASES(sources)) && !strstr(low, ". "))
        return 1;
    if (chars <= 300 && production_credits(line->text, strlen(line->text), low))
        return 1;
    static const char *const lists[] = {"photo sources:", "photo credits:", "image credits:", "image sources:",
                                        "picture credits:", "photography credits:"};
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(lists)))
        return 1;
    /* a picture's stock caption alone on its line: "Representative image", "(File photo)", "Image for
     * representation only." */
    if (chars > 50)
        return 0;
    size_t a = strspn(low, "( "), b = strlen(low);
    while (b > a && strchr(") .", low[b - 1]))
        b--;
    static const char *const stock[] = {"representative image", "representational image", "representative photo",
                                        "representational photo", "representative picture", "image for representation",
                                        "image for representation only", "photo for representation",
                                        "for representation only", "file photo", "file image", "file picture"};
    return pa_phrase_is(low + a, b - a, PA_PHRASES(stock));
}

/* Are the words of t (NUL-terminated, after "Additional reporting by ")
 * the helpers and their places: each capitalized (or non-ASCII), a
 * joining word ("and", "in", "from", "of", "the", "at", "&") or a
 * reporter's role before the name ("Echo reporter Sam Hewitt"), commas and a
 * closing stop allowed ("Jane Doe in Paris and John Roe in Washington");
 * "Additional reporting by the city's auditor found …" is a sentence.
 * Bounded by the NUL. */
static int reporters_named(const char *t)
{
    static const char *const joins[] = {"and", "in", "from", "of", "the", "at", "&", "for", "with"};
    static const char *const roles[] = {"reporter", "reporters", "correspondent", "correspondents", "writer",
                                        "writers", "photographer"};
    size_t words = 0;
    while (*t) {
        t += strspn(t, " ");
        size_t n = strcspn(t, " ");
        while (n && strchr(",.;", t[n - 1]))
            n--;
        if (!n)
            break;
        if (!(isupper((unsigned char)*t) || (unsigned char)*t >= 0x80 ||
              pa_phrase_is(t, n, PA_PHRASES(joins)) || pa_phrase_is(t, n, PA_PHRASES(roles))))
            return 0;
        words++;
        t += strcspn(t, " ");
    }
    return words >= 1;
}

/* Is low[0..n) (lower-cased) one to four news agencies joined by commas,
 * slashes or the word "and" of a European language ("afp y reuters",
 * "afp et reuters", "dpa und afp", "lusa/efe"), each one agency_named?  A
 * sentence ("afp y el gobierno") is not. */
static int agencies_joined(const char *low, size_t n)
{
    static const char *const joins[] = {" y ", " e ", " et ", " und ", " and ", " en ", " i "};
    size_t at = 0;
    for (int part = 0; part < 4; part++) {
        while (at < n && low[at] == ' ')
            at++;
        size_t end = at, skip = 0;
        for (; end < n && !skip; end++) {
            if (low[end] == ',' || low[end] == '/')
                skip = 1;
            for (size_t j = 0; !skip && j < sizeof joins / sizeof joins[0]; j++)
                if (!strncmp(low + end, joins[j], strlen(joins[j])) && end + strlen(joins[j]) <= n)
                    skip = strlen(joins[j]);
            if (skip)
                break;
        }
        size_t k = pa_trim_tail(low + at, end - at, " ");
        if (!k || !agency_named(low + at, k))
            return 0;
        if (end >= n)
            return 1;
        at = end + skip;
    }
    return 0;
}

/* Is low (lower-cased, at most 80 characters) the European desks' note of
 * the wires the story draws on, alone on its line: "Con información de AFP y
 * Reuters.", "(Avec AFP)", "Com informações da Lusa", "Mit Material von dpa",
 * "(con agencias)"? */
static int wire_note_european(const char *low)
{
    static const char *const openers[] = {"con información de ", "con informacion de ", "con información de la ",
                                          "con datos de ", "avec ", "com informações de ", "com informações da ",
                                          "com informações do ", "con ", "mit material von ", "mit material der ",
                                          "met ", "amb informació de ", "amb "};
    static const char *const desks[] = {"agencias", "agences", "agências", "agenzie", "agenturen", "agències"};
    size_t n = strlen(low), open = low[0] == '(';
    n = pa_trim_tail(low, n, ". ");
    if (open && n && low[n - 1] == ')')
        n--;
    for (size_t i = 0; i < sizeof openers / sizeof openers[0]; i++) {
        size_t ol = strlen(openers[i]);
        if (n <= open + ol || strncmp(low + open, openers[i], ol))
            continue;
        const char *rest = low + open + ol;
        size_t rn = n - open - ol;
        if (agencies_joined(rest, rn))
            return 1;
        if (pa_phrase_is(rest, rn, PA_PHRASES(desks)))
            return 1;
    }
    return 0;
}

int pa_line_wire_credit(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars > 300)
        return 0;
    size_t len = line->len;
    /* the Indonesian agency's credit under the story: "Pewarta: Jane Doe" (reporter), with its editor and
     * rights after it on the same lines ("Pewarta: … Editor: … Copyright © …") */
    if (chars <= 160 && len > 9 && !strncasecmp(t, "pewarta: ", 9))
        return 1;
    if (chars <= 60) {
        const char *low = pa_line_lower_under(line, 256);
        if (low && !strncmp(low, "source: ", 8) && agency_source(low + 8))
            return 1;
        if (low && !strncmp(low, "source: ", 8) && wire_word(t + 8, len - 8))
            return 1; /* a wire known by its capitals: "Source: GNA", "Source: WAM" */
        if (low && !strncmp(low, "courtesy: ", 10) && agency_source(low + 10))
            return 1; /* "Courtesy: Reuters" */
        /* a Singapore broadcaster's source line with the desk editor's initials: "Source: CNA/fh", "Source:
         * Reuters/dn(ac)" (one capitalised word, a slash, then two to four lower-case initials and maybe a second
         * pair in brackets; a list's "Source: ministry/annual" or "Source: WHO/Europe" is the story's) */
        if (low && chars <= 40 && !strncmp(low, "source: ", 8) && isupper((unsigned char)t[8])) {
            size_t name = strspn(low + 8, "abcdefghijklmnopqrstuvwxyz");
            const char *slash = t + 8 + name; /* (t and low alike up to here: ASCII letters) */
            /* (the initials only after a slash: a word alone ends at the NUL, nothing past it is read) */
            size_t first = name >= 2 && *slash == '/' ? strspn(slash + 1, "abcdefghijklmnopqrstuvwxyz") : 0;
            const char *second = slash + 1 + first;
            size_t more = first && *second == '(' ? strspn(second + 1, "abcdefghijklmnopqrstuvwxyz") : 0;
            if (first >= 2 && first <= 4 && (!*second || (more >= 2 && more <= 4 && !strcmp(second + 1 + more, ")"))))
                return 1;
        }
        /* the wire's desk initials after its copy: "PTI RS KH", "UNI ABC DE" (the wire in two to four capitals,
         * then one to four groups of two or three capitals, nothing else; "REUTERS POLL" is a label) */
        size_t w = strcspn(t, " ");
        if (chars <= 30 && w <= 4 && w < len && wire_word(t, w) && isupper((unsigned char)t[0]) &&
            isupper((unsigned char)t[1])) {
            size_t at = w, groups = 0;
            int ok = 1;
            while (ok && at < len) {
                at += strspn(t + at, " ");
                size_t g = 0;
                while (at + g < len && isupper((unsigned char)t[at + g]))
                    g++;
                ok = g >= 2 && g <= 3 && (at + g == len || t[at + g] == ' ');
                groups++;
                at += g;
            }
            if (ok && groups >= 1 && groups <= 4)
                return 1;
        }
        /* the desk editor's tag in brackets: "[Editor: ZX]", "(Editor: Jane Doe)" */
        if (low && (!strncmp(low, "[editor: ", 9) || !strncmp(low, "(editor: ", 9)) && strchr("])", low[len - 1]))
            return 1;
    }
    /* the agency's credit with its editor's or photographer's name: "WAM/Jane Roe", "Reuters/John Doe" (the
     * wire's name, a slash, one to four capitalised words, nothing else) */
    const char *slash = chars <= 50 ? memchr(t, '/', len) : NULL;
    if (slash && slash > t && agency_named(t, pa_trim_tail(t, (size_t)(slash - t), " "))) {
        size_t names = pa_name_words(slash + 1, (size_t)(t + len - slash - 1), 1); /* "Agencies / New Delhi" too */
        if (names >= 1 && names <= 4)
            return 1;
    }
    /* the pointer to the wire's graphic set into the story: "(GRAPHIC: U.S. crude inventories
     * https://tmsnrt.rs/3bx9Lp2)", "(GRAPHIC-World FX rates …)", "For a graphic on OPEC+ output cuts, click here" */
    if (chars <= 200) {
        const char *low = pa_line_lower_under(line, 512);
        if (low && (!strncmp(low, "(graphic", 8) || !strncmp(low, "(interactive graphic", 20)) && low[len - 1] == ')')
            return 1;
        static const char *const graphic_calls[] = {"for a graphic on ", "for a graphic showing ", "for graphics on ",
                                                    "click here for a graphic", "for an interactive graphic"};
        if (low && chars <= 150 && pa_phrase_opens(low, len, PA_PHRASES(graphic_calls)) &&
            (strstr(low, "click") || strstr(low, "://")))
            return 1;
    }
    static const char *const wire[] = {"(Reporting by ", "(Additional reporting by ", "(Writing by ",
                                       "(Editing by ",   "(Compiled by ",             "(Reporting and writing by ",
                                       /* the wire's note on what this version of the story changed:
                                        * "(Updates with analyst comment in fourth paragraph.)", "(Updates
                                        * prices throughout, adds …)" */
                                       "(Updates ", "(Adds ", "(Recasts ", "(Corrects ",
                                       "(Rewrites ", "(Changes ", "(With inputs from ", "(with inputs from "};
    /* "With inputs from agencies", "With inputs from PTI", "With additional input from APP": the desks'
     * credit, short and unbracketed (a "With files from Jane Doe" line stays: the daniel references keep it) */
    if (chars <= 80) {
        const char *low = pa_line_lower_under(line, 256);
        size_t at = low ? strspn(low, "-\xe2\x80\x94\x93 ") : 0; /* "— With inputs from …" */
        static const char *const desk[] = {"with inputs from ", "with input from ", "with additional input from ",
                                           "with additional inputs from "};
        if (low && pa_phrase_opens(low + at, strlen(low + at), PA_PHRASES(desk)))
            return 1;
        /* its shorter form, the agency before the word: "With PTI inputs", "With agency inputs" (one to three
         * words between, each a wire's name, a word in capitals or "agency"; no sentence: "With fewer inputs,
         * farmers saved money", a list's "With fertiliser inputs") */
        size_t k = low ? pa_trim_tail(low, strlen(low), ".) ") : 0;
        if (low && chars <= 40 && !strncmp(low + at, "with ", 5) && k >= at + 12 && !memcmp(low + k - 7, " inputs", 7) &&
            !memchr(low, ',', k)) {
            static const char *const desk_words[] = {"agency", "agencies", "wire", "wires", "news"};
            size_t words = 0, from = at + 5, to = k - 7;
            int desk_only = 1;
            while (desk_only && from < to && words < 4) {
                size_t n = strcspn(t + from, " ");
                n = n < to - from ? n : to - from;
                size_t caps = 0;
                while (caps < n && isupper((unsigned char)t[from + caps]))
                    caps++;
                desk_only = (caps >= 2 && caps == n) || agency_named(t + from, n) ||
                            pa_phrase_is(low + from, n, PA_PHRASES(desk_words));
                words++;
                from += n + 1;
            }
            if (desk_only && words >= 1 && words <= 3)
                return 1;
        }
        if (low && wire_note_european(low))
            return 1;
    }
    int closed = len && (t[len - 1] == ')' || (len >= 2 && t[len - 1] == '.' && t[len - 2] == ')'));
    if (pa_phrase_opens(t, len, PA_PHRASES(wire)))
        return closed;
    /* the same credit in a paragraph of its own without the brackets: the
     * reporters, then the editors ("Reporting by Jane Doe in London; Editing by John Roe") */
    static const char *const bare[] = {"Reporting by ", "Additional reporting by ", "Writing by ",
                                       "Reporting and writing by "};
    if (pa_phrase_opens(t, len, PA_PHRASES(bare))) {
        const char *low = pa_line_lower_under(line, 1024);
        /* "Additional reporting by Jane Doe in Paris" alone: the helpers, one short line without a sentence */
        if (chars <= 120 && !strncmp(t, "Additional reporting by ", 24) && !strstr(t, ". ") &&
            reporters_named(t + 24))
            return 1;
        return low && strstr(low, "editing by ") != NULL;
    }
    /* "— With assistance by Jane Roe and John Doe", "—With reporting by Jane Roe" under the story: the
     * reporters who helped, after a dash */
    size_t k = 0;
    while (k < len && k < 8 && (t[k] == '-' || t[k] == ' ' || (unsigned char)t[k] >= 0x80))
        k++; /* "—", "--", "- " */
    static const char *const helped[] = {"With assistance by ", "With assistance from ", "With reporting by ",
                                         "With additional reporting by ", "Compiled by "}; /* "- Compiled by Jane Roe" */
    return k > 0 && chars <= 160 && t[len - 1] != '.' && pa_phrase_opens(t + k, len - k, PA_PHRASES(helped));
}

int pa_line_history_note(const pa_line *line)
{
    size_t chars = line->chars;
    if (chars > 400)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    /* "editor's note:" with a straight or a typographic apostrophe */
    const char *rest = NULL;
    /* the story's place in the print edition under it: "A version of this article appears in print on
     * May 4, 2019, Section A, Page 1 …", "This article appeared in the Business section of the print
     * edition under the headline …", "Appeared in the March 5, 2021, print edition as '…'." */
    static const char *const print_openers[] = {"a version of this ", "this article appeared in ",
                                                "this story appeared in ", "this article appears in ",
                                                "this story appears in ", "appeared in the ",
                                                "this article originally appeared in ",
                                                "this story originally appeared in ", "the print version of this ",
                                                "this essay appears in ", "this essay appeared in ",
                                                "this essay originally appeared in "};
    /* the print edition named ("print edition", "in print on", "print issue"), or, for the article or story
     * itself, the issue or the magazine ("This article appears in the June 2021 issue of Example"); not a
     * story's "A version of this bill failed last year over the issue of …" */
    static const char *const story_itself[] = {"a version of this article ", "a version of this story ",
                                               "this article ", "this story ", "a version of this essay ",
                                               "this essay "};
    static const char *const in_print[] = {"print", "issue", "edition", "magazine"};
    if (pa_phrase_opens(low, strlen(low), PA_PHRASES(print_openers)) &&
        (strstr(low, "print edition") || strstr(low, "in print on ") || strstr(low, "print issue") ||
         strstr(low, "print version") ||
         (pa_phrase_opens(low, strlen(low), PA_PHRASES(story_itself)) && pa_phrase_in(low, PA_PHRASES(in_print)))))
        return 1;
    /* the book the story is taken from, with its publisher: "This is an edited extract from The Binder's Year
     * by Jane Doe, published by Example Books on 4 June.", "Adapted from X by Y, published by Z." */
    static const char *const extract_openers[] = {"this is an edited extract from ", "this is an extract from ",
                                                  "this is an adapted extract from ", "this is an edited excerpt from ",
                                                  "this is an excerpt from ", "this essay is adapted from ",
                                                  "this article is adapted from ", "this story is adapted from ",
                                                  "adapted from ", "excerpted from "};
    const char *publisher = strstr(low, "published by ");
    if (chars <= 300 && publisher && pa_phrase_opens(low, strlen(low), PA_PHRASES(extract_openers))) {
        /* the book's writer named before its publisher ("… by Jane Doe, published by …"): not a story's "Adapted
         * from a 1911 recipe, the cake was published by the church …" */
        const char *by = strstr(low, " by ");
        if (by && by + 1 < publisher)
            return 1;
    }
    /* the note on the story's update, as the wires' "(Updates with …)": "This article was updated on July 28
     * with the latest CDC guidance.", "(This story has been updated to include …)" */
    static const char *const updated_what[] = {"this article ", "this story ", "this post ", "this report ",
                                               "(this article ", "(this story ", "*this story ", "*this article "};
    static const char *const updated[] = {"was updated", "has been updated", "was last updated", "is updated",
                                          /* the correction noted the same way: "This story has been corrected
                                           * to show that …" */
                                          "was corrected", "has been corrected",
                                          /* the British papers' word: "This article was amended on 5 March
                                           * 2026. An earlier version gave …" */
                                          "was amended", "has been amended",
                                          /* a wire's note on a story sent again: "(This story has been
                                           * refiled to fix a typo in paragraph 3)" */
                                          "was refiled", "has been refiled"};
    /* the note says when or what: the verb ends the line or a word of the update follows it ("… updated on
     * July 28", "… updated to include", "… updated with"); a story's "This report was updated annually by the
     * agency" stays */
    static const char *const update_told[] = {"on ", "to ", "with ", "at ", "after ", "since ", "throughout "};
    /* (under the editor's label too: "Editor's note: This story was updated to add …") */
    const char *upd = low;
    if (!strncmp(upd, "editor's note: ", 15))
        upd += 15;
    else if (!strncmp(upd, "editor\xe2\x80\x99s note: ", 17))
        upd += 17;
    else if (!strncmp(upd, "update, ", 8) || !strncmp(upd, "updated, ", 9)) {
        /* (under a dated update label: "Update, Jan. 27, 2020, 4:12 p.m. ET: This story has been updated with
         * …"; the label ends at the first colon a space follows, within 60 bytes: a time's "4:12" goes on) */
        const char *end = strstr(upd, ": ");
        if (end && end - upd <= 60)
            upd = end + 2;
    }
    for (size_t w = 0; chars <= 300 && w < sizeof updated_what / sizeof updated_what[0]; w++) {
        size_t wl = strlen(updated_what[w]);
        if (strncmp(upd, updated_what[w], wl))
            continue;
        const char *verb = upd + wl;
        for (size_t v = 0; v < sizeof updated / sizeof updated[0]; v++) {
            size_t vl = strlen(updated[v]);
            if (strncmp(verb, updated[v], vl))
                continue;
            /* an update note is short; a correction note tells what was wrong (300 chars), and is the
             * article's or story's own ("This report was corrected …" may be an agency's report) */
            int correction = strstr(updated[v], "corrected") != NULL || strstr(updated[v], "amended") != NULL;
            if ((!correction && chars > 200) || (correction && !strcmp(updated_what[w], "this report ")))
                continue;
            const char *after = verb + vl;
            /* (an agent amending it names a law's article: "This article was amended on Tuesday by the
             * legislature to …"; the paper's note names none) */
            if (strstr(updated[v], "amended") && strstr(after, " by "))
                continue;
            if (strchr(".),:;", *after) ||
                (*after == ' ' && pa_phrase_opens(after + 1, strlen(after + 1), PA_PHRASES(update_told))))
                return 1;
        }
    }
    /* the correction note in the words the big papers print under a story: "Correction: An earlier version
     * of this article misstated …", "Correction: Dec. 6, 2026 An earlier version of this story …", "A
     * previous version of this story said …" (≤ 400 chars); the story's "An earlier version of this bill
     * …" names no article or story */
    static const char *const earlier[] = {"an earlier version of this ", "a previous version of this "};
    static const char *const earlier_bare[] = {"an earlier version ", "a previous version "};
    static const char *const this_piece[] = {"article", "story", "report", "post"};
    /* (a "report" or "post" unlabelled is a correction only with its error named: a story's "An earlier version
     * of this report, released in 2022, found …" speaks of a study's editions) */
    static const char *const error_named[] = {"misstat", "misidentif", "misspel", "misquot", "misattribut",
                                              "mischaracteri", "misreport", "incorrect", "wrong", "erroneous",
                                              "in error", "in fact"};
    if (chars <= 400) {
        const char *note = low;
        int labelled = 0;
        if (!strncmp(note, "correction:", 11) || !strncmp(note, "corrections:", 12) ||
            !strncmp(note, "clarification:", 14)) {
            labelled = 1;
            note = strchr(note, ':') + 1;
            /* the note's date may come first: "Correction: Dec. 6, 2026 An earlier …" */
            note += strspn(note, " ");
            for (int words = 0; words < 6 && *note && !pa_phrase_opens(note, strlen(note), PA_PHRASES(earlier)) &&
                                !pa_phrase_opens(note, strlen(note), PA_PHRASES(earlier_bare));
                 words++) {
                note += strcspn(note, " ");
                note += strspn(note, " ");
            }
        }
        size_t nl = strlen(note);
        /* labelled, the note may leave out what it corrects: "Correction: An earlier version misspelled a
         * name." (the error named) */
        if (labelled && pa_phrase_opens(note, nl, PA_PHRASES(earlier_bare)) &&
            pa_phrase_in(note, PA_PHRASES(error_named)))
            return 1;
        for (size_t e = 0; e < sizeof earlier / sizeof earlier[0]; e++) {
            size_t el = strlen(earlier[e]);
            if (nl > el && !strncmp(note, earlier[e], el) &&
                pa_phrase_opens(note + el, nl - el, PA_PHRASES(this_piece)) &&
                (labelled || !strncmp(note + el, "article", 7) || !strncmp(note + el, "story", 5) ||
                 pa_phrase_in(note, PA_PHRASES(error_named))))
                return 1;
        }
    }
    /* the pointer to the syndicated story's first home: "Read the original article on Example" */
    if (chars <= 100 && !strncmp(low, "read the original article on ", 29))
        return 1;
    /* the same note in a partner's words: "This article was first published on Example.", "This story first
     * appeared in Example Weekly." */
    static const char *const first_home[] = {"this article was first published ", "this story was first published ",
                                             "this article first appeared ", "this story first appeared ",
                                             "this article was originally published ",
                                             "this story was originally published ",
                                             /* "This story was originally featured on Example.com", a finance
                                              * magazine's "Note: This item first appeared in Example Personal
                                              * Finance Magazine, …" (with its label: a food story's "This item
                                              * first appeared on the menu in 1987 …" is the dish's) */
                                             "this story was originally featured on ",
                                             "this article was originally featured on ",
                                             "note: this item first appeared ",
                                             /* a BLOX paper's copy from the shared exchange: "This article
                                              * originally ran on example.com." */
                                             "this article originally ran on ", "this story originally ran on "};
    if (chars <= 150 && pa_phrase_opens(low, strlen(low), PA_PHRASES(first_home)))
        return 1;
    /* a licensing network's credit under a wire story: "This article was written by Jane Doe from Reuters and
     * was legally licensed via the Example Content Agency through the Example publisher network." */
    if (chars <= 300 && strstr(low, "was legally licensed ") && strstr(low, " through the ") &&
        strstr(low, " was written by "))
        return 1; /* (it names the writer: a story's "The clinic was legally licensed through the state …" does not) */
    /* the exchange's own wording: "Originally published on example.com, part of the BLOX Digital Content
     * Exchange." */
    if (chars <= 150 && !strncmp(low, "originally published on ", 24) && strstr(low, "content exchange"))
        return 1;
    /* a partner's credit to the wire it carries: "Originally published by Reuters", "Originally published by
     * The Associated Press on Nov. 14, 2025." (a name in capitals, up to 60 bytes, no comma or stop, then at most a
     * date after " on "; a story's "Originally published by a small press in 1962, the novel …" goes on, a book's
     * "Originally published by Knopf in 1958" has its year after " in ") */
    if (chars <= 100 && !strncmp(low, "originally published by ", 24)) {
        const char *name = line->text + 24, *on = strstr(low + 24, " on ");
        size_t nl = on ? (size_t)(on - low - 24) : strlen(low + 24);
        const char *tail = on ? line->text + (on - low) + 4 : NULL, *in = strstr(low + 24, " in ");
        if (nl >= 2 && nl <= 60 && (isupper((unsigned char)name[0]) || isdigit((unsigned char)name[0])) &&
            !memchr(name, ',', nl) && !memchr(name, '.', nl) && !(in && (size_t)(in - low - 24) < nl) &&
            (!tail || (strlen(tail) <= 30 && isupper((unsigned char)tail[0]))))
            return 1;
    }
    /* a chain's or a portal's copy naming the first home and the headline there: "This article originally
     * appeared on Example Herald: Farmers race to protect citrus as hard freeze nears" (the headline makes
     * it long; "appeared in" is the print note's wording, above); the colon sets the headline apart, a
     * story's "This story originally appeared on the front page, but …" has none */
    static const char *const first_home_titled[] = {"this article originally appeared on ",
                                                    "this story originally appeared on "};
    if (chars <= 300 && pa_phrase_opens(low, strlen(low), PA_PHRASES(first_home_titled)) && strchr(low, ':')) {
        /* the first home is a name ("WXYZ 7 Detroit"): up to 60 bytes before the colon, no comma (a history
         * series' reprint, "… on the front page of the Gazette on Aug. 14, 1926, under the headline: …", is
         * the story's) */
        const char *home = strstr(low, "appeared on ") + 12, *colon = strchr(home, ':');
        if (colon && colon > home && colon - home <= 60 && !memchr(home, ',', (size_t)(colon - home)))
            return 1;
    }
    /* the same pointer naming the first home alone: "This article originally appeared on HuffPost." (the
     * name up to 60 bytes, no comma, a full stop last: "… on the front page, but …" is the story's); the
     * name in capitals ("The Conversation", "the Example Herald") or a domain ("example.com."): a history
     * series' "This story originally appeared on the front page." is the story's */
    if (chars <= 100 && pa_phrase_opens(low, strlen(low), PA_PHRASES(first_home_titled))) {
        const char *home = strstr(low, "appeared on ") + 12;
        size_t hl = strlen(home);
        const char *name = line->text + (home - low); /* low is text lower-cased, byte for byte */
        if (!strncmp(home, "the ", 4))
            name += 4;
        int named = isupper((unsigned char)name[0]) || isdigit((unsigned char)name[0]) ||
                    (hl >= 2 && memchr(home, '.', hl - 1));
        if (hl >= 2 && hl <= 60 && home[hl - 1] == '.' && !strchr(home, ',') && !strchr(home, ':') && named)
            return 1;
    }
    if (!strncmp(low, "editor's note:", 14) || !strncmp(low, "editors' note:", 14))
        rest = low + 14;
    else if (!strncmp(low, "editor\xe2\x80\x99s note:", 16))
        rest = low + 16;
    if (!rest || chars > 300)
        return 0;
    static const char *const history[] = {"also appeared in", "originally appeared", "originally published",
                                           "first published",  "first appeared",      "was originally"};
    return pa_phrase_in(rest, PA_PHRASES(history));
}

/* One word of a line: where it starts and its length in bytes. */
typedef struct {
    const char *at;
    size_t len;
} note_word;

/* Split t at spaces into at most `cap` words; returns their count. */
static size_t split_words(const char *t, note_word *w, size_t cap)
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
static int time_count(const note_word *w)
{
    size_t i = 0;
    while (i < w->len && isdigit((unsigned char)w->at[i]))
        i++;
    if (i && i == w->len)
        return 1;
    return (w->len == 1 && tolower((unsigned char)w->at[0]) == 'a') ||
           (w->len == 2 && strncasecmp(w->at, "an", 2) == 0) || (w->len == 3 && strncasecmp(w->at, "one", 3) == 0);
}

/* Is word w a count and a unit run together: "2h", "45m", "3d", "5min",
 * "2hrs", "1wk"? */
static int compact_span(const note_word *w)
{
    size_t i = 0;
    while (i < w->len && isdigit((unsigned char)w->at[i]))
        i++;
    if (!i || i > 3 || i == w->len)
        return 0;
    static const char *const units[] = {"s", "m", "h", "d", "w", "min", "mins", "hr", "hrs", "wk", "wks"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (w->len - i == strlen(units[k]) && strncasecmp(w->at + i, units[k], w->len - i) == 0)
            return 1;
    return 0;
}

int pa_line_relative_date(const pa_line *line)
{
    const char *t = line->text;
    size_t chars = line->chars;
    if (chars < 5 || chars > 60)
        return 0;
    note_word w[10];
    size_t n = split_words(t, w, sizeof w / sizeof w[0]);
    if (n < 2 || n > 9)
        return 0;
    /* "6 hours ago", "1 hr 55 min ago", "2h ago" after at most three words
     * without a digit ("(UKPA) –", "Updated"; not "Founded May 2, 1998; 18
     * years ago"), with at most the post's byline after it ("2h ago By Tom
     * Reed", a live blog's post stamp) */
    size_t ago = n;
    for (size_t i = 1; i < n && ago == n; i++) {
        size_t l = w[i].len;
        if (l && w[i].at[l - 1] == '.')
            l--;
        if (l == 3 && strncasecmp(w[i].at, "ago", 3) == 0)
            ago = i;
    }
    if (ago < n) {
        /* the post's clock stamp after it: "3 min ago Updated 21:10 GMT" (a wire's live post) */
        pa_line rest;
        if (ago + 1 < n && w[ago + 1].len == 7 && !strncasecmp(w[ago + 1].at, "updated", 7)) {
            pa_line_init(&rest, w[ago + 1].at, line->chars - (size_t)(w[ago + 1].at - t));
            if (!pa_line_update_time(&rest))
                return 0;
        } else if (ago + 1 < n) { /* the byline after it: "By" and two to four capitalised words */
            if (n - ago - 2 < 2 || n - ago - 2 > 4 || w[ago + 1].len != 2 || strncasecmp(w[ago + 1].at, "by", 2))
                return 0;
            for (size_t i = ago + 2; i < n; i++)
                if (!isupper((unsigned char)w[i].at[0]))
                    return 0;
        }
        size_t i = ago, groups = 0;
        while (i > 0 && groups < 2) {
            if (i >= 2 && time_unit(w[i - 1].at, w[i - 1].len) && time_count(&w[i - 2]))
                i -= 2; /* "55 min" */
            else if (compact_span(&w[i - 1]))
                i -= 1; /* "2h" */
            else
                break;
            groups++;
        }
        if (!groups || i > 3)
            return 0;
        for (size_t j = 0; j < i; j++)
            for (size_t k = 0; k < w[j].len; k++)
                if (isdigit((unsigned char)w[j].at[k]))
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

/* Is t a Korean reporter's line alone: a name (one word of 30 bytes at
 * most: "김하늘", "sky") and "기자" (reporter), in square brackets or not,
 * then nothing or the reporter's e-mail address, bare or in brackets
 * ("김하늘 기자 (sky@example.kr)", "최민재 기자 mj@example.kr", "[김하늘 기자]")?
 * A sentence naming a reporter goes on after "기자". */
static int ko_reporter_line(const char *t)
{
    static const char reporter[] = "\xea\xb8\xb0\xec\x9e\x90"; /* 기자 */
    enum { NAME_MAX_BYTES = 30 }; /* ten Hangul syllables */
    int bracket = *t == '[';
    const char *name = t + bracket, *at = strstr(name, reporter);
    if (!at || at - name > NAME_MAX_BYTES + 1) /* the name and one space at most before "기자" */
        return 0;
    const char *end = at > name && at[-1] == ' ' ? at - 1 : at;
    if (end == name || end - name > NAME_MAX_BYTES)
        return 0;
    for (const char *c = name; c < end; c++)
        if (*c == ' ' || *c == '=' || *c == ',' || *c == '(')
            return 0;
    const char *r = at + strlen(reporter);
    if (bracket && *r++ != ']')
        return 0;
    while (*r == ' ')
        r++;
    if (!*r)
        return 1;
    int paren = *r == '(';
    r += paren;
    size_t mail = strcspn(r, " )");
    if (!mail || mail > 80 || !memchr(r, '@', mail) || !memchr(r, '.', mail))
        return 0;
    r += mail;
    if (paren && *r++ != ')')
        return 0;
    while (*r == ' ')
        r++;
    return !*r;
}

/* The length of the opening bracket at t ("(", "[", "（", "【"), 0 if none. */
static size_t open_bracket(const char *t)
{
    if (*t == '(' || *t == '[')
        return 1;
    if (!strncmp(t, "\xef\xbc\x88", 3) || !strncmp(t, "\xe3\x80\x90", 3)) /* （ 【 */
        return 3;
    return 0;
}

/* Where "報導" or "报道" (reported) stands in g[0..n), or NULL. */
static const char *reported_at(const char *g, size_t n)
{
    static const char *const reported[] = {"\xe5\xa0\xb1\xe5\xb0\x8e", "\xe6\x8a\xa5\xe9\x81\x93"}; /* 報導 报道 */
    for (size_t at = 0; at + 6 <= n; at++)
        for (size_t i = 0; i < sizeof reported / sizeof reported[0]; i++)
            if (!memcmp(g + at, reported[i], 6))
                return g + at;
    return NULL;
}

int pa_line_desk_credit(const pa_line *line)
{
    if (line->chars > 120)
        return 0;
    const char *t = pa_skip_wide_spaces(line->text);
    if (ko_reporter_line(t))
        return 1;
    /* "記者陳鈞凱／台北報導", "記者：邱雯琪 羅執中 台北報導": a Taiwanese paper's reporters and their city
     * unbracketed, the line closed by "報導" (reported), no sentence */
    size_t tl = strlen(t);
    if (line->chars <= 40 && tl >= 12 &&
        (!strncmp(t, "\xe8\xa8\x98\xe8\x80\x85", 6) || !strncmp(t, "\xe8\xae\xb0\xe8\x80\x85", 6)) && /* 記者 记者 */
        reported_at(t + tl - 6, 6) && !strstr(t, "\xe3\x80\x82") && !strstr(t, "\xef\xbc\x8c")) /* 。 ， */
        return 1;
    /* "【纠错】 【责任编辑：冯涛】": the wire's error-report button before the editor's bracket */
    if (!strncmp(t, "\xe3\x80\x90\xe7\xba\xa0\xe9\x94\x99\xe3\x80\x91", 12) || /* 【纠错】 */
        !strncmp(t, "\xe3\x80\x90\xe7\xb3\xbe\xe9\x8c\xaf\xe3\x80\x91", 12)) { /* 【糾錯】 */
        t = pa_skip_wide_spaces(t + 12);
        if (!*t)
            return 1; /* the button alone */
    }
    /* "责任编辑：王娟" unbracketed: the editor in charge alone */
    if ((!strncmp(t, "\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91", 12) ||  /* 责任编辑 */
         !strncmp(t, "\xe8\xb2\xac\xe4\xbb\xbb\xe7\xb7\xa8\xe8\xbc\xaf", 12)) && /* 責任編輯 */
        line->chars <= 60)
        return 1;
    /* "本文来源：汽车观察　责任编辑：徐峰": the source and the editor in charge on one line; "… 作者：孙伟
     * 责任编辑：魏景芳 … 2012年01月17日": the writer and the editor on the site's credit line */
    int in_charge = line->chars <= 80 && /* (both uses below are for lines of 80 chars at most) */
                    (strstr(t, "\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91") != NULL ||  /* 责任编辑 */
                     strstr(t, "\xe8\xb2\xac\xe4\xbb\xbb\xe7\xb7\xa8\xe8\xbc\xaf") != NULL);   /* 責任編輯 */
    if (in_charge && strstr(t, "\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a")) /* 作者： */
        return 1;
    if (line->chars <= 60 && in_charge) {
        static const char *const source[] = {
            "\xe6\x9d\xa5\xe6\xba\x90",                         /* 来源 */
            "\xe4\xbe\x86\xe6\xba\x90",                         /* 來源 */
            "\xe6\x9c\xac\xe6\x96\x87\xe6\x9d\xa5\xe6\xba\x90",       /* 本文来源 */
            "\xe6\x96\x87\xe7\xab\xa0\xe6\x9d\xa5\xe6\xba\x90",       /* 文章来源 */
        };
        for (size_t i = 0; i < sizeof source / sizeof source[0]; i++)
            if (!strncmp(t, source[i], strlen(source[i])))
                return 1;
    }
    size_t ob = open_bracket(t);
    /* "原标题：…", "（原标题：…）": the headline the story first ran under */
    if (line->chars <= 120 && (!strncmp(t + ob, "\xe5\x8e\x9f\xe6\xa0\x87\xe9\xa2\x98", 9) || /* 原标题 */
                               !strncmp(t + ob, "\xe5\x8e\x9f\xe6\xa8\x99\xe9\xa1\x8c", 9)))  /* 原標題 */
        return 1;
    if (!ob)
        return 0;
    /* the first bracketed group: up to its closing bracket, ≤ 60 bytes */
    const char *g = t + ob;
    size_t n = 0;
    while (g[n] && n < 60 && g[n] != ')' && g[n] != ']' && strncmp(g + n, "\xef\xbc\x89", 3) &&
           strncmp(g + n, "\xe3\x80\x91", 3))
        n++;
    if (!g[n] || n >= 60)
        return 0;
    static const char *const desk[] = {
        "\xe7\xbc\x96\xe8\xbe\x91", /* 编辑 */
        "\xe7\xb7\xa8\xe8\xbc\xaf", /* 編輯 */
        "\xe8\xb4\xa3\xe7\xbc\x96", /* 责编 */
        "\xe8\xb2\xac\xe7\xb7\xa8", /* 責編 */
        "\xe7\xbc\x96\xe8\xaf\x91", /* 编译 */
        "\xe7\xb7\xa8\xe8\xad\xaf", /* 編譯 */
        "\xe6\x92\xb0\xe7\xa8\xbf", /* 撰稿 */
        "\xe6\x9d\xa5\xe6\xba\x90", /* 来源 */
        "\xe4\xbe\x86\xe6\xba\x90", /* 來源 */
        "\xe7\xa8\xbf\xe6\xba\x90", /* 稿源 */
        "\xe4\xbd\x9c\xe8\x80\x85", /* 作者 */
    };
    for (size_t i = 0; i < sizeof desk / sizeof desk[0]; i++) {
        const char *at = strstr(g, desk[i]);
        if (at && at < g + n)
            return 1;
    }
    /* "【南方時報記者 林志偉】", "（本报记者 张三）": the reporter's bracket as the whole line (a
     * paragraph that opens with it goes on after the bracket) */
    const char *after = pa_skip_wide_spaces(g + n + (g[n] == ')' || g[n] == ']' ? 1 : 3));
    const char *reporter = strstr(g, "\xe8\xae\xb0\xe8\x80\x85"); /* 记者 */
    if (!reporter || reporter >= g + n)
        reporter = strstr(g, "\xe8\xa8\x98\xe8\x80\x85"); /* 記者 */
    if (!reporter || reporter >= g + n) /* "【鐘武達、陳世宗／綜合報導】": the reporters' "report" */
        reporter = reported_at(g, n);
    return !*after && reporter && reporter < g + n;
}

/* Is w[0..n) letters only (ASCII), and all lower-case when `lower`? */
static int letters_only(const char *w, size_t n, int lower)
{
    for (size_t i = 0; i < n; i++)
        if (!isalpha((unsigned char)w[i]) || (lower && !islower((unsigned char)w[i])))
            return 0;
    return n > 0;
}

/* The desk's marks under a wire story, one word without spaces: the
 * French agency's editors' initials joined by "/" and "-" ("ach/bp",
 * "bur-ach/jz", "sst/dw": lower-case groups of two to five letters, one
 * "/" at least; a government press office's "MV/SJ": capital groups of
 * two or three), or the German agency's story number ("dpa:210823-99-
 * 940651/4": a word of letters, a colon, then digits, "-" and "/" with
 * eight digits at least); at most 30 bytes.  Words paired by a slash
 * ("and/or", "his/her") are none. */
static int wire_desk_marks(const char *t, size_t len)
{
    if (len < 5 || len > 30 || memchr(t, ' ', len))
        return 0;
    size_t letters = 0;
    while (letters < len && islower((unsigned char)t[letters]))
        letters++;
    if (letters >= 2 && letters <= 8 && letters < len && t[letters] == ':') {
        size_t digits = 0;
        for (size_t i = letters + 1; i < len; i++) {
            if (isdigit((unsigned char)t[i]))
                digits++;
            else if (t[i] != '-' && t[i] != '/')
                return 0;
        }
        return digits >= 8;
    }
    /* words paired by a slash are no initials: "and/or", "his/her", "he/she" */
    static const char *const paired[] = {"and", "or", "he", "she", "his", "her", "him", "hers", "they", "them"};
    /* a government press office's initials in capitals ("MV/SJ", "GK/DS/AK"): groups of two or three */
    int upper = isupper((unsigned char)t[0]) != 0;
    size_t group = 0, slashes = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && (upper ? isupper((unsigned char)t[i]) : islower((unsigned char)t[i]))) {
            group++;
            continue;
        }
        if (group < 2 || group > (upper ? 3u : 5u) || (i < len && t[i] != '/' && (upper || t[i] != '-')) ||
            pa_phrase_is(t + i - group, group, PA_PHRASES(paired)))
            return 0;
        slashes += i < len && t[i] == '/';
        group = 0;
    }
    return slashes >= 1;
}

int pa_line_initials_signoff(const pa_line *line)
{
    const char *t = line->text;
    size_t len = line->len;
    if (len > 40 || len < 2)
        return 0;
    if (wire_desk_marks(t, len))
        return 1;
    int bracketed = t[0] == '(' || t[0] == '[';
    if (bracketed && t[len - 1] != ')' && t[len - 1] != ']')
        return 0;
    note_word w[6];
    size_t nw = 0, longest = 0;
    int lower = 0, wire = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && strchr("()[], /", t[i]))
            i++;
        size_t start = i;
        while (i < len && !strchr("()[], /", t[i]))
            i++;
        if (i == start)
            break;
        size_t next = i;
        while (next < len && t[next] == ' ')
            next++;
        if (nw == 5 || (next < len && next > i && !strchr("()[],/", t[next])))
            return 0; /* words joined by a space alone: a phrase, not a list of initials */
        w[nw].at = t + start;
        w[nw].len = i - start;
        if (!letters_only(w[nw].at, w[nw].len, 0))
            return 0;
        if (w[nw].len > longest)
            longest = w[nw].len;
        lower |= letters_only(w[nw].at, w[nw].len, 1);
        if (w[nw].len < 8) /* (pa_agency_kind reads any case) */
            wire |= (pa_agency_kind(w[nw].at, w[nw].len) & PA_AGENCY_WIRE) != 0;
        nw++;
    }
    if (!nw)
        return 0;
    /* "(jpo)", "(db, kab)", "[MG, Newsweek]": initials in brackets, one
     * paper's name among several allowed; not "(Laughter)" */
    if (bracketed)
        return longest <= 4 || (nw >= 2 && w[0].len <= 4 && longest <= 12);
    /* "eb, pap", "PAP, marga": an editor's initials and the wire */
    return nw >= 2 && longest <= 6 && lower && wire;
}

/* Is low (lower case) the day and month after a post's hour, and nothing
 * else: "14 march", "3 december 2026"? */
static int day_month_tail(const char *low)
{
    size_t day = strspn(low, "0123456789");
    if (day < 1 || day > 2 || low[day] != ' ')
        return 0;
    low += day + 1;
    size_t word = strspn(low, "abcdefghijklmnopqrstuvwxyz");
    int month = 0;
    for (size_t k = 0; k < PA_EN_MONTHS && !month; k++)
        month = word == strlen(pa_en_months[k]) && !strncmp(low, pa_en_months[k], word);
    if (!month)
        return 0;
    low += word;
    if (*low == ' ' && strspn(low + 1, "0123456789") == 4)
        low += 5;
    return *low == '\0';
}

/* (see extract_lines.h) */
int pa_dotted_clock_minutes(const char *t)
{
    size_t hour = strspn(t, "0123456789");
    if (hour < 1 || hour > 2 || t[hour] != '.' || strspn(t + hour + 1, "0123456789") != 2)
        return -1;
    int hh = hour == 2 ? (t[0] - '0') * 10 + (t[1] - '0') : t[0] - '0';
    int mm = (t[hour + 1] - '0') * 10 + (t[hour + 2] - '0');
    const char *c = t + hour + 3;
    if (hour == 2 && !*c)
        return hh <= 23 && mm <= 59 ? hh * 60 + mm : -1;
    c += strspn(c, " ");
    static const char *const marks[] = {"am", "pm", "a.m.", "p.m.", "gmt", "bst"};
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        size_t ml = strlen(marks[k]);
        if (!strncasecmp(c, marks[k], ml) && (c[ml] == '\0' || (c[ml] == '.' && c[ml + 1] == '\0'))) {
            if (marks[k][0] == 'p' && hh < 12)
                hh += 12;
            else if (marks[k][0] == 'a' && hh == 12)
                hh = 0;
            return hh * 60 + mm;
        }
    }
    return -1;
}

int pa_line_update_time(const pa_line *line)
{
    if (line->chars > 60)
        return 0;
    const char *low = pa_line_lower_under(line, 128);
    if (!low)
        return 0;
    const char *c = low;
    if (!strncmp(c, "last ", 5))
        c += 5;
    /* "Updated: 5.12", "Originally Published -- 10:15 AM PT" (a gossip site's first stamp under the story) */
    size_t label = !strncmp(c, "updated", 7) ? 7 : !strncmp(c, "originally published", 20) ? 20 : 0;
    /* a station's stamp over the update it heads: "UPDATE 11:40 a.m.", "Update (4:15 p.m.)" (its clock with a
     * colon or the half of the day: a software story's "Update 5.12" or "UPDATE 1.30" heads a version) */
    int bare = !label && !strncmp(c, "update", 6) && (c[6] == ' ' || c[6] == ':');
    if (bare)
        label = 6;
    /* a broadcaster's live post: "Posted at 14:32", "Published at 14:32 14 March" */
    if (!label)
        label = !strncmp(c, "posted at ", 10) ? 7 : !strncmp(c, "published at ", 13) ? 10 : 0;
    int labelled = label != 0;
    if (labelled) {
        c += label;
        c += strspn(c, ": -(");
        if (!strncmp(c, "at ", 3))
            c += 3;
    } else if (c != low) {
        return 0;
    }
    /* the clock: "5.12", "17:05"; without the label, a live blog post's
     * stamp: "10:42 GMT", "9:15am" (a colon, nothing after the zone); a
     * British live page's "2.32pm", "14.32 BST", "14.32" (a dot: the half of
     * the day or a British zone after it, or a 24-hour clock in range) */
    if (!labelled && !strchr(c, ':') && pa_dotted_clock_minutes(c) < 0)
        return 0;
    size_t hour = strspn(c, "0123456789");
    if (hour < 1 || hour > 2 || (c[hour] != ':' && c[hour] != '.') || strspn(c + hour + 1, "0123456789") != 2)
        return 0;
    int dotted = c[hour] == '.';
    c += hour + 3;
    c += strspn(c, " ");
    static const char *const halves[] = {"a.m.", "p.m.", "am", "pm"};
    int half = 0;
    for (size_t k = 0; k < sizeof halves / sizeof halves[0] && !half; k++)
        if (!strncmp(c, halves[k], strlen(halves[k]))) {
            c += strlen(halves[k]);
            half = 1;
        }
    if (bare && dotted && !half)
        return 0;
    c += strspn(c, " (");
    /* a live blog post's header: the stamp, then its writer's name ("9:41 AM Jane Doe", "11:58 PM ET Jane
     * Doe", "14:30 Jane Doe": two to five capitalised words, the zone's among them; the stamp before it is
     * ASCII, so the name sits at the same offset in the text) */
    size_t at = (size_t)(c - low);
    if (!labelled && at < line->len && line->text[line->len - 1] != '.') {
        size_t name = pa_name_words(line->text + at, line->len - at, 1);
        if (name >= 2 && name <= 5)
            return 1;
    }
    size_t zone = strspn(c, "abcdefghijklmnopqrstuvwxyz");
    if (zone > 5)
        return 0;
    c += zone;
    c += strspn(c, ").");
    return *c == '\0' || (labelled && day_month_tail(c));
}

int pa_line_reporting_note(const pa_line *line)
{
    if (line->chars > 400)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    /* the reporting corps' note under a wire story: "Jane Doe is a corps member for The Associated Press/Report
     * for America Statehouse News Initiative. Report for America is a nonprofit national service program …"; the
     * writer is named as one: a story's "Report for America, a national service program, sends … corps members"
     * stays) */
    if (strstr(low, "report for america") &&
        (strstr(low, " is a corps member") || strstr(low, "report for america corps member")))
        return 1;
    if (line->chars > 250)
        return 0;
    size_t k = strlen(low);
    /* one sentence: a story's paragraph that goes on after it is no note */
    const char *stop = strstr(low, ". ");
    if (stop && stop < low + k - 2)
        return 0;
    /* the piece's funding or partners: "This story was co-published with The Gazette.", "This article was
     * produced with support from the Example Fund.", "Reporting was supported by the Example Fellowship." */
    static const char *const piece[] = {"this article ", "this story ", "this essay ", "this piece ",
                                        "this investigation ", "this series ", "reporting for this story ",
                                        "reporting for this article ", "reporting for this series ",
                                        "reporting for this investigation ", "reporting was ", "research for this ",
                                        "this coverage ", "this reporting "};
    static const char *const backed[] = {"supported by ",       "produced with support",  "produced with the support",
                                         "in partnership with ", "co-published with ",     "copublished with ",
                                         "published with support", "made possible by ",      "funded by ",
                                         "produced in collaboration with "};
    /* (the helpers' credit, "Jane Doe contributed to this report.", stays: the references keep it; so does a
     * line reporting speech: "Reporting was made possible by a grant the paper received after the floods,
     * editor Sam Ortiz said.") */
    return pa_phrase_opens(low, k, PA_PHRASES(piece)) && pa_phrase_in(low, PA_PHRASES(backed)) &&
           !pa_line_reports_speech(line);
}


/* Does the sentence at low (lower-cased; t the same bytes as printed) name the newsletter issue or the
 * newsletter by its name as its subject ("Today's briefing …", "This issue …", "The Evening Update …": "The",
 * one to four capitalised words, the last a newsletter's noun)?  The length of that subject, 0 if none. */
static size_t edition_subject(const char *t, const char *low, size_t len)
{
    static const char *const issue[] = {
        "today's newsletter ", "today's briefing ", "today's edition ", "today's issue ", "today's digest ",
        "this newsletter ", "this issue ", "this edition ", "this briefing ", "this digest ", "this week's newsletter ",
        "this week's issue ", "this week's edition ",
        "today\xe2\x80\x99s newsletter ", "today\xe2\x80\x99s briefing ", "today\xe2\x80\x99s edition ",
        "today\xe2\x80\x99s issue "};
    for (size_t i = 0; i < sizeof issue / sizeof issue[0]; i++)
        if (len > strlen(issue[i]) && !strncmp(low, issue[i], strlen(issue[i])))
            return strlen(issue[i]);
    /* the newsletter by its name, in the present and with a word before its noun ("The Evening Update is …"):
     * "The newsletter is written by two retired captains and goes out to 4,000 riders" tells of some
     * newsletter, "The Lakeside Dispatch was edited by Carl Moen from 1931 …" of a paper's past */
    if (len < 8 || strncmp(low, "the ", 4))
        return 0;
    static const char *const nouns[] = {"newsletter", "briefing", "bulletin", "update", "digest", "dispatch",
                                        "roundup", "newsletters"};
    size_t at = 4;
    for (int words = 0; words < 4 && at < len && isupper((unsigned char)t[at]); words++) {
        size_t w = at;
        while (w < len && t[w] != ' ')
            w++;
        if (words > 0 && pa_phrase_is(low + at, w - at, PA_PHRASES(nouns)))
            return w + 1 < len && !strncmp(low + w + 1, "is ", 3) ? w + 1 : 0;
        at = w + 1;
    }
    return 0;
}

int pa_line_edition_credit(const pa_line *line)
{
    if (line->chars > 250 || line->chars < 20)
        return 0;
    const char *low = pa_line_lower_under(line, 1024);
    if (!low)
        return 0;
    size_t len = strlen(low);
    if (len != line->len)
        return 0; /* (the folding changed the bytes: no offsets to share with the text) */
    size_t subject = edition_subject(line->text, low, len);
    if (!subject)
        return 0;
    /* the first sentence: its subject, then "is"/"was" and who made it: "was edited by Jane Doe", "is written
     * and edited by …", "is compiled by the newsroom", "is published monthly by the Health Department" */
    const char *end = strstr(low, ". ");
    size_t first = end ? (size_t)(end - low) : len;
    if (strncmp(low + subject, "is ", 3) && strncmp(low + subject, "was ", 4))
        return 0;
    /* a year in it tells a paper's history, no issue's credit: "The Lakeside Dispatch is published by Harbor
     * Media, which bought it in 1998." */
    for (size_t i = subject; i + 4 <= first; i++)
        if ((low[i] == '1' || low[i] == '2') && isdigit((unsigned char)low[i + 1]) &&
            isdigit((unsigned char)low[i + 2]) && isdigit((unsigned char)low[i + 3]) &&
            (i + 4 == first || !isdigit((unsigned char)low[i + 4])) && (i == 0 || !isdigit((unsigned char)low[i - 1])))
            return 0;
    static const char *const made[] = {"edited by ", "written by ", "compiled by ", "produced by ", "curated by ",
                                       "written and edited by ", "put together by ", "published by ",
                                       "published monthly by ", "published weekly by ", "published daily by "};
    int credited = 0;
    for (size_t k = 0; k < sizeof made / sizeof made[0] && !credited; k++) {
        const char *at = strstr(low + subject, made[k]);
        credited = at && (size_t)(at - low) < first;
    }
    if (!credited)
        return 0;
    /* at most three sentences in all: the credit with a second credit or the sign-up pointer after it ("Did
     * someone forward this to you? Sign up here.") */
    size_t stops = 0;
    for (size_t i = 0; i + 1 < len; i++)
        stops += (low[i] == '.' || low[i] == '?' || low[i] == '!') && low[i + 1] == ' ';
    return stops <= 2;
}
