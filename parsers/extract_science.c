/* extract_science.c — line classifiers of the notes a research, health or
 * science news page sets under its story: the citation of the paper the
 * story reports ("Jane Doe et al. … Nature (2021). DOI: 10.1038/…",
 * "… JAMA. 2021;325(10):950-960."), the labels over the notes block that
 * follows the story ("Original publication", "Primary Source", "How we
 * reviewed this article:", "Disclosures"), the institutions' boilerplate
 * under a news release ("About the National Institutes of Health (NIH):
 * NIH, the nation's medical research agency, …"), the "Disclaimer: …"
 * line, the health desk's "SOURCES: …" paragraph and the magazine's note
 * on where the story first ran ("Originally published on Example
 * Science.", "This article was originally published with the title …").
 * Given one emitted paragraph's text (never the tree); extract.c decides
 * from where a line stands what is dropped.  Contracts in
 * include/pressarc/extract_lines.h. */
#include "pressarc/extract_lines.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "pressarc/strfind.h"

/* (every strncmp and strncasecmp here, most of them prefix tests a first byte decides: pa_strncmp, pa_strncasecmp) */
#include "pressarc/strfind_cmp.h"

/* Where the DOI number ("10.1038/…") of a "doi:10.…", "DOI: 10.…",
 * "doi 10.…" or "doi.org/10.…" in low starts; NULL when low holds none.
 * Reads low once per "doi" it holds. */
static const char *doi_number(const char *low)
{
    for (const char *d = strstr(low, "doi"); d; d = strstr(d + 3, "doi")) {
        const char *c = d + 3;
        if (!strncmp(c, ".org/", 5))
            c += 5;
        else
            c += strspn(c, ": ");
        /* the registrant's code: "10." and four digits or more, then "/" */
        if (strncmp(c, "10.", 3))
            continue;
        size_t code = strspn(c + 3, "0123456789");
        if (code >= 4 && c[3 + code] == '/')
            return c;
    }
    return NULL;
}

/* Does low hold a journal's volume and pages after a year, the form of a
 * medical citation: "2021;325(10):950-960", "2017;357:j1982",
 * "2013; 369:2515", not inside brackets (a story's sentence citing the
 * paper: "A 2013 trial (N Engl J Med. 2013;369:2515-2524) found …")? */
static int journal_volume(const char *low)
{
    const char *counted = low; /* the brackets open before `counted`, read once */
    long open = 0;
    for (const char *s = strchr(low, ';'); s; s = strchr(s + 1, ';')) {
        for (; counted < s; counted++)
            open += *counted == '(' ? 1 : *counted == ')' ? -1 : 0;
        if (open > 0)
            continue;
        if (s - low < 4)
            continue;
        const char *y = s - 4;
        if (!(y[0] == '1' || y[0] == '2') || !isdigit((unsigned char)y[1]) || !isdigit((unsigned char)y[2]) ||
            !isdigit((unsigned char)y[3]) || (y > low && isalnum((unsigned char)y[-1])))
            continue;
        const char *v = s + 1 + (s[1] == ' ');
        size_t vol = strspn(v, "0123456789");
        if (!vol || vol > 5)
            continue;
        v += vol;
        if (*v == '(') {
            size_t issue = strspn(v + 1, "0123456789-");
            if (!issue || v[1 + issue] != ')')
                continue;
            v += issue + 2;
        }
        if (*v == ':' && (isdigit((unsigned char)v[1]) || v[1] == 'e' || v[1] == 'j' || v[1] == ' '))
            return 1;
    }
    return 0;
}

int pa_line_citation(const pa_line *line)
{
    if (line->chars < 12 || line->chars > 600)
        return 0;
    const char *low = pa_line_folded_under(line, 1400);
    if (!low)
        return 0;
    size_t k = line->folded_len;
    const char *doi = doi_number(low);
    if (doi) {
        /* the labelled forms and the DOI alone: "doi:10.1038/…", "Citation: …", "Source Reference: …" */
        static const char *const labels[] = {"doi", "citation", "reference", "source reference", "publication",
                                             "original publication", "paper", "study", "journal"};
        size_t word = strcspn(low, ":");
        if (word < k && pa_phrase_is(low, word, PA_PHRASES(labels)))
            return 1;
        if (!strncmp(low, "doi", 3) || !strncmp(low, "https://doi.org/", 16))
            return 1;
        /* the authors "et al." of a reference; the paper's title in quotes opening it ("\"Breastfeeding and
         * Infant Temperament\"; Jane Doe, …; PLoS ONE, …; DOI: 10.1371/…") */
        if (strstr(low, "et al") || low[0] == '"' || !strncmp(low, "\xe2\x80\x9c", 3))
            return 1;
        /* a line that ends with the DOI: "Nature DOI: 10.1038/s41586-…" (not the story's sentence
         * "… published in Nature (DOI: 10.1038/…)." that closes a bracket) */
        size_t rest = strcspn(doi, " )");
        const char *end = doi + rest;
        while (*end == '.' || *end == ' ')
            end++;
        if (!*end)
            return 1;
    }
    /* a medical reference without its DOI: "Sihvonen R, et al. … N Engl J Med. 2013;369:2515-2524." */
    return journal_volume(low);
}

int pa_line_doi(const pa_line *line)
{
    if (line->chars > 600)
        return 0;
    const char *low = pa_line_folded_under(line, 1400);
    return low && doi_number(low) != NULL;
}

int pa_line_science_notes_label(const pa_line *line)
{
    static const char *const labels[] = {
        "original publication", "original publications", "original paper", "primary source", "primary sources",
        "how we reviewed this article", "disclosures", "disclosure statement", "publication details",
        /* a science wire's record of the release, each label over its value */
        "journal", "method of research", "subject of research", "article title", "article publication date",
        "coi statement",
        /* a journal page's record under its news story ("Article Information": the published-online date,
         * the disclosures) */
        "article information",
    };
    return pa_line_folded_alone_among(line, 40, 128, ": ", PA_PHRASES(labels));
}

static int names_again(const char *name, const char *name_end, const char *body, int fold);

int pa_line_release_about(const pa_line *line)
{
    if (line->chars < 60 || line->chars > 1200)
        return 0;
    const char *t = line->text;
    size_t at = 0;
    if (!strncmp(t, "About ", 6))
        at = 6;
    else if (!strncmp(t, "ABOUT ", 6))
        at = 6;
    else
        return 0;
    if (!strncmp(t + at, "the ", 4) || !strncmp(t + at, "The ", 4) || !strncmp(t + at, "THE ", 4))
        at += 4;
    /* the institution's name opening in a capital (not "About 40 patients:"), a colon after it, within 100
     * bytes of the line's start */
    if (!isupper((unsigned char)t[at]))
        return 0;
    const char *colon = strchr(t + at, ':');
    if (!colon || colon - t > 100)
        return 0;
    for (const char *c = t + at; c < colon; c++)
        if (*c == '.' && c[1] == ' ')
            return 0; /* a sentence before the colon: not a label */
    /* the boilerplate follows: 40 characters or more after the colon */
    if (strlen(colon + 1) < 40)
        return 0;
    /* … and names the institution again within its first 100 bytes: a word of the name ("About Example
     * University: Example University is …"), its short name in brackets ("(NIH): NIH, the nation's …") or
     * its capitals' initials ("Australian Institute of Marine Science: AIMS is …"); not a list's "About
     * Schmidt: Jack Nicholson plays a retired actuary …" */
    return names_again(t + at, colon, colon + 1, !strncmp(t, "ABOUT ", 6)); /* (a name in capitals: any case) */
}

/* Does body name again, within its first 100 bytes, the name in
 * name..name_end: one of its words of 3 bytes or more that opens in a
 * capital (a whole word of body), or the initials of its capitalised words
 * (2 or more) as a word of body?  fold: the word's letters in any case (a
 * label in capitals, "ABOUT EXAMPLE CORP", over "Example Corp is …").
 * Reads at most name_end - name bytes of the name and 100 of body. */
static int names_again(const char *name, const char *name_end, const char *body, int fold)
{
    size_t body_len = strnlen(body, 100);
    char initials[16];
    size_t ni = 0;
    for (const char *w = name; w < name_end;) {
        while (w < name_end && (*w == ' ' || *w == '('))
            w++;
        const char *e = w;
        while (e < name_end && *e != ' ' && *e != '(' && *e != ')')
            e++;
        size_t n = (size_t)(e - w);
        if (n && isupper((unsigned char)w[0])) {
            if (ni + 1 < sizeof initials)
                initials[ni++] = w[0];
            if (n >= 3) {
                for (const char *b = body; b + n <= body + body_len; b++)
                    if (!(fold ? strncasecmp(b, w, n) : strncmp(b, w, n)) &&
                        (!fold || b == body || !isalpha((unsigned char)b[-1])) &&
                        (b + n == body + body_len || !isalpha((unsigned char)b[n])))
                        return 1;
            }
        }
        w = e;
        while (w < name_end && *w == ')')
            w++;
    }
    if (ni >= 2)
        for (const char *b = body; b + ni <= body + body_len; b++)
            if (!strncmp(b, initials, ni) && !isalpha((unsigned char)b[ni]) && (b == body || b[-1] == ' '))
                return 1;
    return 0;
}

int pa_line_about_label_over(const pa_line *line, const char *next)
{
    if (line->chars < 8 || line->chars > 60 || !next)
        return 0;
    const char *t = line->text;
    size_t len = pa_trim_tail(t, line->len, ":. ");
    /* "About", and the same label of a European company's release: "Über Example GmbH", "À propos de …",
     * "Acerca de …", "Sobre …", "Informazioni su …" */
    static const char *const abouts[] = {"About ", "ABOUT ", "Über ", "À propos de ", "A propos de ",
                                         "Acerca de ", "Sobre ", "Informazioni su ", "Chi è "};
    size_t at = 0;
    for (size_t i = 0; i < sizeof abouts / sizeof abouts[0] && !at; i++)
        if (!strncmp(t, abouts[i], strlen(abouts[i])))
            at = strlen(abouts[i]);
    if (!at)
        return 0;
    if (!strncmp(t + at, "the ", 4) || !strncmp(t + at, "The ", 4) || !strncmp(t + at, "THE ", 4))
        at += 4;
    if (at >= len || !isupper((unsigned char)t[at]))
        return 0; /* "About 400 jobs", "About us" */
    /* a name: each word opens in a capital or a digit, or joins the name's words ("About Example Center for
     * Dentistry"; not "About Example's market coverage", a report's section) */
    for (const char *w = t + at; w < t + len;) {
        const char *e = memchr(w, ' ', (size_t)(t + len - w));
        if (!e)
            e = t + len;
        size_t n = (size_t)(e - w);
        static const char *const joins[] = {"of", "and", "for", "the", "de", "&", "in", "at", "on", "y", "-"};
        if (n && !isupper((unsigned char)w[0]) && !isdigit((unsigned char)w[0]) &&
            !((unsigned char)w[0] == 0xC3 && n > 1 && (unsigned char)w[1] >= 0x80 && (unsigned char)w[1] <= 0x9E) &&
            !pa_phrase_is(w, n, PA_PHRASES(joins)))
            return 0;
        w = e + 1;
    }
    /* a label, no sentence: no mark inside it ("Corp." may close it) */
    if (memchr(t, '?', len) || memchr(t, '!', len) || memchr(t, ':', len))
        return 0;
    for (const char *c = t; c + 1 < t + len; c++)
        if (*c == '.' && c[1] == ' ')
            return 0;
    /* the note under it: a sentence of 60 characters or more that names the label's subject again */
    size_t nl = strlen(next);
    if (nl < 60 || !(strchr(".!?\")", next[nl - 1]) || (nl >= 3 && !strcmp(next + nl - 3, "\xe2\x80\x9d"))))
        return 0;
    if (!names_again(t + at, t + len, next, 1))
        return 0;
    /* … and reads as a note on an issuer, its product or a disease: a word of such notes in its first 400
     * bytes ("… is a leading provider of …", "… headquartered in …", "For more information, visit …"), not a
     * story's section on a place or a person ("About Lake Tahoe" over "Lake Tahoe is the largest alpine lake
     * in North America …") */
    static const char *const note_words[] = {
        "founded", "headquarter", "based in", "leading", "provider", "company", "inc.", "inc,", "inc ", "corp",
        "ltd", "llc", "plc", "gmbh", "limited", "www.", ".com", "nasdaq", "nyse", "stock exchange", "visit ",
        "more information", "organization", "organisation", "nonprofit", "non-profit", "not-for-profit", "agency",
        "institute", "university", "foundation", "association", "firm", "group", "manufactur", "developer",
        "operates", "employees", "customers", "clients", "subsidiary", "brand", "mission", "trial", "drug",
        "therapy", "therapies", "treatment", "disease", "disorder", "patients", "product", "solutions", "services",
        "platform", "technology", "network", "offices", "headquarters", "since 1", "since 2", "chain", "retailer",
        "bank", "insurer", "fund", "owns", "owned", "portfolio", "member", "committed to", "dedicated to",
        "speciali", "designs", "develops", "builds", "makes", "produces", "offers", "serves", "serving",
        "investigational", "approved", "inhibitor", "vaccine", "device", "care", "runs ", "authority", "council",
        "ministry", "department", "provid", "operat", "software", "business", "industr", "global", "worldwide",
        "countries", "fleet", "airline", "hospital", "clinic", "school", "college", "publisher", "media", "retail",
        "store", "restaurant",
        /* the same notes in the languages of European releases ("… ist ein Familienunternehmen mit Sitz in
         * Kassel", "… est une entreprise basée à …", "… es una empresa con sede en …") */
        "unternehmen", "mit sitz in", "entreprise", "société", "basée à", "empresa",
        "con sede en", "com sede em", "azienda", "con sede a", "bedrijf", "gevestigd in"};
    char low[401];
    pa_lower_copy(next, low, sizeof low);
    if (pa_phrase_in(low, PA_PHRASES(note_words)))
        return 1;
    /* (words a story's section on a place or a case holds as well as an issuer's note: "Lake Mead supplies water
     * to 25 million people", "The Louvre, the world's most visited museum, …": 2, a note only under a release) */
    static const char *const release_words[] = {"museum", "law firm", "litigation", "supplies", "supplier"};
    return pa_phrase_in(low, PA_PHRASES(release_words)) ? 2 : 0;
}

int pa_line_science_note(const pa_line *line)
{
    if (line->chars > 700)
        return 0;
    const char *low = pa_line_folded_under(line, 1600);
    if (!low)
        return 0;
    /* the attributes a science wire's review note lists, alone on their lines ("fact-checked",
     * "peer-reviewed publication", "proofread") */
    static const char *const attributes[] = {"fact-checked", "peer-reviewed publication", "trusted source",
                                             "proofread", "reputable news agency", "written by researcher(s)",
                                             "written by researcher", "preprint"};
    if (line->chars <= 30 && pa_phrase_is(low, line->folded_len, PA_PHRASES(attributes)))
        return 1;
    if (line->chars < 12)
        return 0;
    /* the host's disclaimer under a release it carries: "Disclaimer: AAAS and EurekAlert! are not
     * responsible for the accuracy of news releases posted …" (a site's disclaimer of advice is kept: wcxb
     * references keep "DISCLAIMER: The information provided on this website does not … constitute
     * professional financial advice") */
    if ((!strncmp(low, "disclaimer:", 11) && strstr(low, "not responsible for the accuracy")) ||
        strstr(low, "not responsible for the accuracy of news releases"))
        return 1;
    /* the release's fields under it: "Funder: U.S. Department of Energy", "Keywords: Batteries, Electric
     * vehicles" (no sentence: no full stop last) */
    if (line->chars <= 200 && (!strncmp(low, "funder: ", 8) || !strncmp(low, "funders: ", 9) ||
                               !strncmp(low, "keywords: ", 10)) &&
        low[line->folded_len - 1] != '.')
        return 1;
    /* the release portal's lines under the story's picture: "Usage Restrictions: Credit must be given.",
     * "License: Original content" (no sentence), each naming an image's terms (not a story's notice or
     * subhead: "Usage restrictions: no garden hoses until Monday", "Licence: what changes for landlords") */
    static const char *const image_terms[] = {"credit", "none", "permission", "attribution", "news release",
                                              "with this release", "with this story", "editorial use"};
    static const char *const licences[] = {"original content", "licensed content", "creative commons", "cc by",
                                           "cc-by", "cc0", "public domain", "all rights reserved"};
    if (line->chars <= 120 && !strncmp(low, "usage restrictions: ", 20) &&
        pa_phrase_in(low + 20, PA_PHRASES(image_terms)))
        return 1;
    if (line->chars <= 60 && (!strncmp(low, "license: ", 9) || !strncmp(low, "licence: ", 9)) &&
        low[line->folded_len - 1] != '.' && pa_phrase_in(low + 9, PA_PHRASES(licences)))
        return 1;
    /* a journal page's declaration under its news story: "Conflict of Interest Disclosures: None reported.",
     * "Competing interests: The authors declare none." (what is declared, received or held; not a story's
     * subhead: "Competing interests: who stands to gain from the sale") */
    static const char *const declared[] = {"none", "declare", "reported", "received", "fees", "grant", "consult",
                                           "employ", "shares", "stock", "funding", "honorari", "no conflict",
                                           "no competing", "nothing to disclose"};
    size_t interests = line->chars > 300                                         ? 0
                       : !strncmp(low, "conflict of interest disclosures: ", 34) ? 34
                       : !strncmp(low, "conflict of interest disclosure: ", 33)  ? 33
                       : !strncmp(low, "competing interests: ", 21)              ? 21
                                                                                 : 0;
    if (interests && pa_phrase_in(low + interests, PA_PHRASES(declared)))
        return 1;
    /* the health desk's sources under the story: "SOURCES: Jane Doe, MD, … The Lancet, Feb. 22, 2021." (the
     * label in capitals) */
    if (!strncmp(line->text, "SOURCES:", 8) || !strncmp(line->text, "SOURCE:", 7))
        return 1;
    /* the magazine's note on where the story first ran: "Originally published on Example Science.",
     * "This article was originally published with the title "X" in Example 324, 3, 18 (March 2021)" */
    if (line->chars <= 80 && !strncmp(low, "originally published on ", 24) && low[line->folded_len - 1] == '.')
        return 1;
    if (line->chars <= 300 && (!strncmp(low, "this article was originally published with the title", 52) ||
                               !strncmp(low, "this story was originally published with the title", 50)))
        return 1;
    /* the science wire's review note over the story: "This article has been reviewed according to Science X's
     * editorial process and policies. Editors have highlighted the following attributes …" (the attributes
     * alone on their lines: above) */
    if (!strncmp(low, "this article has been reviewed according to ", 44) && strstr(low, "editorial process"))
        return 1;
    /* the health site's credits in one line: "Medically reviewed by Jane Doe, MD — Written by John Roe —
     * Updated on Nov. 27, 2026" (a review credit opening it, a second credit after a dash, bar or bullet; no
     * sentence: not "Reviewed by an outside panel, the plan was written by three nurses.") */
    static const char *const review_credit[] = {"medically reviewed by ", "fact checked by ", "fact-checked by ",
                                                "reviewed by ", "clinically reviewed by "};
    static const char *const second_credit[] = {"\xe2\x80\x94 written by ", "\xe2\x80\x94 updated on ",
                                                "\xe2\x80\x94 fact checked by ", "| written by ", "| updated on ",
                                                "\xe2\x80\xa2 written by ", "\xe2\x80\xa2 updated on ",
                                                " - written by ", " - updated on "};
    if (line->chars <= 240 && low[line->folded_len - 1] != '.' &&
        pa_phrase_opens(low, line->folded_len, PA_PHRASES(review_credit)) &&
        pa_phrase_in(low + 12, PA_PHRASES(second_credit)))
        return 1;
    /* the desk's funding note: "Coverage of health equity at Example is supported by a grant from the Doe
     * Foundation. Our financial supporters are not involved in any decisions about our journalism." (a
     * study's "was supported by a grant from X, which was not involved in the design" names no journalism) */
    static const char *const hands_off[] = {"not involved in any decisions about our", "not involved in our editorial",
                                            "no role in our editorial", "no say in our editorial",
                                            "not involved in any editorial decisions"};
    static const char *const desk_words[] = {"journalism", "coverage", "editorial", "reporting"};
    if (line->chars <= 400 && strstr(low, "support") && pa_phrase_in(low, PA_PHRASES(hands_off)) &&
        pa_phrase_in(low, PA_PHRASES(desk_words)))
        return 1;
    /* the nonprofit newsroom's funder disclosure under a story: "Disclosure: Example Hospital and the Example
     * Council have been financial supporters of The Example Ledger, a nonprofit, nonpartisan news organization
     * …" — the label, then the funders said to be (or have been) the newsroom's supporters (a story's
     * "Disclosure: the fund lost money" names none; an explainer's "Disclosure: Candidates would have to name
     * every financial supporter who gives more than $5,000" names the rule's, not the page's) */
    static const char *const funders_are[] = {"is a financial supporter", "are financial supporters",
                                              "been a financial supporter", "been financial supporters",
                                              "was a financial supporter", "were financial supporters",
                                              "among the financial supporters"};
    if (line->chars <= 500 && !strncmp(low, "disclosure:", 11) && pa_phrase_in(low, PA_PHRASES(funders_are)))
        return 1;
    /* the health site's boxes on its own standards: "Why trust us?" opened ("Our team of writers, editors and
     * medical experts follows a strict editorial process. Each article is reviewed by a board-certified
     * clinician …"), "How we vet brands and products" and its note ("… Read more about our vetting process.")
     * — the site speaking of its own process ("our"), not a story on a journal's review */
    static const char *const process[] = {"our editorial process", "a strict editorial process",
                                          "our editorial standards", "our editorial policy", "our vetting process",
                                          "our vetting standards"};
    static const char *const checked[] = {"reviewed by", "fact-checked", "fact checked", "vetting", "recommends",
                                          "medical experts", "medically reviewed"};
    if (line->chars <= 500 && strstr(low, "our ") && pa_phrase_in(low, PA_PHRASES(process)) &&
        pa_phrase_in(low, PA_PHRASES(checked)))
        return 1;
    if (line->chars <= 60 && (!strncmp(low, "how we vet ", 11) || !strncmp(low, "why trust us", 12)))
        return 1;
    return 0;
}

int pa_line_newsroom_note(const pa_line *line)
{
    if (line->chars < 40 || line->chars > 500)
        return 0;
    const char *t = line->text;
    const char *low = pa_line_folded_under(line, 1400);
    if (!low || !isupper((unsigned char)t[0]))
        return 0;
    /* the name: one to eight words, each capitalised or "of"/"and"/"the"/"&" ("KFF Health News") */
    const char *is = strstr(low, " is a ");
    const char *is_an = strstr(low, " is an ");
    if (!is || (is_an && is_an < is))
        is = is_an;
    if (!is || is - low > 80)
        return 0;
    size_t words = 0;
    for (const char *w = t; w < t + (is - low) && words <= 8;) {
        if (!isupper((unsigned char)*w) && !isdigit((unsigned char)*w) && strncmp(w, "of ", 3) &&
            strncmp(w, "and ", 4) && strncmp(w, "the ", 4) && strncmp(w, "& ", 2))
            return 0;
        words++;
        const char *sp = memchr(w, ' ', (size_t)(t + (is - low) - w));
        if (!sp)
            break;
        w = sp + 1;
    }
    if (!words || words > 8)
        return 0;
    /* what it is, within the first sentence: a newsroom or news service, with what it produces or covers */
    const char *stop = strchr(is, '.');
    size_t span = stop ? (size_t)(stop - is) : strlen(is);
    if (span > 240)
        span = 240;
    char first[256];
    memcpy(first, is, span);
    first[span] = '\0';
    static const char *const kinds[] = {"newsroom", "news service", "news organization", "news organisation",
                                        "news site", "news outlet", "news network", "media venture",
                                        "news nonprofit"};
    static const char *const does[] = {"produces", "covering", "covers", "journalism", "reporting", "dedicated to",
                                       "informing"};
    return pa_phrase_in(first, PA_PHRASES(kinds)) && pa_phrase_in(first, PA_PHRASES(does));
}

/* The kinds of an institution of research or care, each a word of its
 * name ("University", "Institute", …): names_institution's and
 * institution_kind_word's. */
static const char *const institution_kinds[] = {"university", "institute", "college", "laboratory", "hospital",
                                                "centre", "center", "academy", "observatory", "clinic",
                                                "foundation", "museum", "polytechnic"};

/* Does low[0..n) (folded) name an institution of research or care: a
 * university, institute, college, school, laboratory, hospital, centre? */
static int names_institution(const char *low, size_t n)
{
    static const char *const more[] = {"school of", "research"};
    char buf[200];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, low, n);
    buf[n] = '\0';
    return pa_phrase_in(buf, PA_PHRASES(institution_kinds)) || pa_phrase_in(buf, PA_PHRASES(more));
}

int pa_line_affiliation_byline(const pa_line *line)
{
    if (line->chars < 10 || line->chars > 160)
        return 0;
    const char *t = line->text;
    const char *low = pa_line_folded_under(line, 400);
    size_t len = line->len;
    if (!low || line->folded_len != len || strpbrk(t, ":!?\"") || t[len - 1] == '.')
        return 0;
    /* each writer: "Name, Institution", the writers parted by "; " or " and " (at most four) */
    size_t at = 0;
    for (int writers = 0; writers < 4 && at < len; writers++) {
        const char *comma = strstr(t + at, ", ");
        if (!comma)
            return 0;
        size_t name_len = (size_t)(comma - (t + at));
        size_t words = pa_name_words(t + at, name_len, 1);
        if (words < 2 || words > 4)
            return 0;
        size_t from = (size_t)(comma - t) + 2;
        const char *semi = strstr(t + from, "; ");
        const char *and = strstr(t + from, " and ");
        const char *end = semi && (!and || semi < and) ? semi : and;
        size_t to = end ? (size_t)(end - t) : len;
        if (!isupper((unsigned char)t[from]) || !names_institution(low + from, to - from))
            return 0;
        if (!end)
            return 1;
        at = to + (end == semi ? 2 : 5);
    }
    return 0;
}

int pa_line_safe_harbor(const pa_line *line)
{
    if (line->chars < 80 || line->chars > 6000)
        return 0;
    const char *low = pa_line_folded_under(line, PA_LINE_LOWER_CAP);
    if (!low) {
        /* a long note (no lower-cased form is made): its phrases as running text writes them */
        static const char *const fls_text[] = {"orward-looking statement", "orward-looking information",
                                               "orward looking statement", "FORWARD-LOOKING STATEMENT"};
        static const char *const caveat_text[] = {"risks and uncertainties", "actual results", "differ materially",
                                                  "no obligation", "undertake", "Securities Litigation Reform Act"};
        return pa_phrase_in(line->text, PA_PHRASES(fls_text)) && pa_phrase_in(line->text, PA_PHRASES(caveat_text));
    }
    /* the issuer's warning on its forecasts: the statements named, and what may make them wrong */
    static const char *const fls[] = {"forward-looking statement", "forward-looking information",
                                      "forward looking statement", "forward looking information"};
    static const char *const caveat[] = {"risks and uncertainties", "actual results", "differ materially",
                                         "no obligation", "undertake", "securities litigation reform act",
                                         "safe harbor"};
    /* (in the issuer's own words: the note names itself or its duty to update; a story on a company's
     * "forward-looking statements" and their "safe harbor" reports them) */
    static const char *const own_note[] = {"this press release", "this news release", "this release",
                                           "this announcement", "this communication", "this document",
                                           "this presentation", "this report", "herein", "no obligation",
                                           "within the meaning of", "undertakes no", "assumes no", "disclaims any"};
    if (pa_phrase_in(low, PA_PHRASES(fls)) && pa_phrase_in(low, PA_PHRASES(caveat)) &&
        pa_phrase_in(low, PA_PHRASES(own_note)))
        return 1;
    /* the note on the measures outside the accounting rules: "To supplement our financial statements presented
     * in accordance with GAAP, we use certain non-GAAP financial measures …" */
    static const char *const measures[] = {"non-gaap financial measure", "non-ifrs financial measure"};
    static const char *const rules[] = {"in accordance with gaap", "reconciliation", "in accordance with ifrs",
                                        "most directly comparable"};
    return pa_phrase_in(low, PA_PHRASES(measures)) && pa_phrase_in(low, PA_PHRASES(rules));
}

int pa_line_safe_harbor_label(const pa_line *line)
{
    if (line->chars > 90)
        return 0;
    const char *low = pa_line_folded_under(line, 256);
    if (!low)
        return 0;
    size_t k = pa_trim_tail(low, line->folded_len, ": ");
    if (!k || strchr(".?!", low[k - 1]))
        return 0;
    static const char *const labels[] = {"forward-looking", "forward looking", "safe harbor", "safe harbour",
                                         "non-gaap", "non-ifrs"};
    /* (and what the note is: an earnings story's subheading "Non-GAAP earnings" names a figure) */
    static const char *const note_words[] = {"statement", "information", "measure", "cautionary", "safe harbo",
                                             "disclaimer", "note"};
    return pa_phrase_in(low, PA_PHRASES(labels)) && pa_phrase_in(low, PA_PHRASES(note_words));
}

/* Is t[0..n) (one word, any case) a word naming a kind of institution of
 * research or care: 1 for "University", "Institute", "Hospital", "Centre"
 * …; 2 for "School" (one only before "of": "School of Public Health", not
 * "Harlow High School"); 0 for any other word ("Researchers", "Clinical",
 * "Colleges": not whole kinds). */
static int institution_kind_word(const char *t, size_t n)
{
    if (n < 6 || n > 11)
        return 0;
    if (n == 6 && !strncasecmp(t, "school", 6))
        return 2;
    return pa_phrase_is_any_case(t, n, PA_PHRASES(institution_kinds));
}

int pa_line_institution_name(const pa_line *line)
{
    if (line->chars < 10 || line->chars > 80 || !isupper((unsigned char)line->text[0]))
        return 0;
    const char *t = line->text;
    size_t len = line->len, names = 0, words = 0;
    int kind_before = 0, named = 0, kinds = 0; /* kind_before: the word before was a kind's (institution_kind_word) */
    for (size_t at = 0; at < len && words <= 8;) {
        size_t w = strcspn(t + at, " ");
        if (at + w > len)
            w = len - at;
        static const char *const joins[] = {"of", "for", "and", "the", "at", "&", "on", "in"};
        static const char *const after_kind[] = {"of", "for", "at", "on", "in"};
        if (pa_phrase_is(t + at, w, PA_PHRASES(joins))) {
            /* the kind before its field or place: "Institute for Field Ornithology", "School of …" */
            named |= kind_before && pa_phrase_is(t + at, w, PA_PHRASES(after_kind)) &&
                     (kind_before == 1 || !strncmp(t + at, "of", w));
            kind_before = 0;
        } else if (pa_name_words(t + at, w, 1) == 1) {
            names++;
            kind_before = institution_kind_word(t + at, w);
            kinds += kind_before != 0;
        } else {
            return 0;
        }
        words++;
        at += w + 1;
    }
    /* or the kind last: "Meridian University", "Wellspring Children's Hospital" (not the kind before another
     * name: "College Football Playoff Rankings", "Hospital Closes Ward") */
    named |= kind_before == 1;
    if (names < 2 || words > 8)
        return 0;
    return named ? 2 : kinds ? 1 : 0;
}
