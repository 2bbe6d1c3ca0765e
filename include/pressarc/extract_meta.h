/* extract_meta.h — the extractor's page metadata (internal to
 * parsers/extract*.c): the `pa_meta` record the tree walk in extract.c
 * fills from <meta>, <link>, <title>, <h1>, <time> and JSON-LD, the
 * setters it fills it with, the headline chosen from it, and the site's
 * own names read from it (pa_site_names: og:site_name, <title>, the host)
 * with the tests of a line where the site speaks of itself.  Values are
 * strings as the page gives them (whitespace collapsed); no tree types
 * appear here.  Not thread-shared: one record per extraction. */
#ifndef PRESSARC_EXTRACT_META_H
#define PRESSARC_EXTRACT_META_H

#include <stddef.h>

#include "pressarc/buf.h"
#include "pressarc/date.h"
#include "pressarc/extract.h"

#define PA_TITLE_MORE_H1 3 /* h1s after the first kept as headline candidates */
#define PA_DATE_KEY_GENERIC 21 /* date_rank from which a meta key names a date of unstated kind ("dc.date") */
#define PA_DATE_KEY_LOOSE 23   /* date_rank from which a key is too loose to carry a pre-1990 year ("sailthru.date") */

/* What the page says about itself.  Every string is malloc'd or NULL; the
 * first value found for a field wins unless said otherwise. */
typedef struct {
    char *title_og, *title_tag, *title_h1, *title_ld, *title_meta;
    char *h1_more[PA_TITLE_MORE_H1]; /* the h1s after the first */
    unsigned h1_logo; /* bit 0: title_h1, bit 1 + i: h1_more[i] is the site's logo (a front-page link alone) */
    int h1_one_link; /* title_h1 holds one link alone (to any page: a blog's home under a paper's site) */
    char *date_ld, *date_ld_article, *date_meta, *date_meta_mod, *date_time_text;
    char *date_time_pub, *date_time_art, *date_time, *date_time_mod; /* <time>: pubdate, in an article, any, a change */
    char *author, *sitename, *canonical, *og_url;
    char *title_h2; /* the first <h2> whose class names a title ("title", "entry-title", "headline") */
    char *description; /* the page's summary: og:description, twitter:description or the meta description */
    char *body_ld; /* the longest JSON-LD articleBody of an article object, as written (not collapsed) */
    int ld_locked; /* a JSON-LD article object says it is not free to read (isAccessibleForFree false) */
    char *state_script; /* the first client-state script (__NEXT_DATA__, __NUXT_DATA__, window.__INITIAL_STATE__, Fusion), as written */
    pa_buf flight; /* a Next.js app-router page's "self.__next_f.push(…)" scripts, as written, one after another */
    char *html_lang, *meta_lang;
    char *locale_og; /* og:locale ("en_GB"): the region that orders numeric dates (date.h) */
    int og_audio; /* the page names its audio file (og:audio, og:audio:url, og:audio:secure_url): an episode's page */
    pa_date date_hinted; /* first date line in an element named for it (class="post-date") */
    int have_date_hinted;
    pa_date date_head; /* first publication-date line in the story's <header> that holds the <h1> */
    int have_date_head;
    char byline_name[64]; /* the name in the first "By Jane Doe" of an element named for a byline ("" if none) */
    int author_org; /* author came from a JSON-LD author object typed "Organization": a company, no person */
    int discussion; /* the page says it is a discussion (a thread's posts are its story): its JSON-LD types it
                       DiscussionForumPosting or QAPage at the top, or a forum engine's generator, microdata
                       DiscussionForumPosting, Question or Answer (not an FAQ's, not an article's comment) or a
                       reply-with-quote link say so and og:type is not "article"; and the page does not type
                       itself an article (JSON-LD or microdata NewsArticle, Article, BlogPosting at the top).  While the meta is
                       collected, PA_DISC_* bits; pa_meta_discussion() resolves them to 0 or 1. */
    pa_alternate *alts;
    size_t n_alts;
} pa_meta;

#define PA_DISC_TYPED 1   /* JSON-LD DiscussionForumPosting or QAPage at the top */
#define PA_DISC_HINT 2    /* a forum generator, thread or Q&A microdata, a reply-with-quote link */
#define PA_DISC_ARTICLE 4 /* og:type "article" (a Q&A page's too: a hint's veto only) */
#define PA_DISC_ARTICLE_TYPED 8 /* JSON-LD or microdata NewsArticle, Article, BlogPosting at the top (every veto) */

/* Resolves m->discussion's PA_DISC_* bits to 1 (a discussion page) or 0. */
void pa_meta_discussion(pa_meta *m);

/* pa_extract_clean_space — a malloc'd copy of s with runs of whitespace
 * (ASCII, NBSP, a doubly-encoded NBSP) collapsed to one space and trimmed,
 * zero-width spaces, word joiners and BOMs dropped; NULL if s is NULL or
 * memory runs out. */
char *pa_extract_clean_space(const char *s);

/* pa_meta_set_str — *dst = pa_extract_clean_space(src) when *dst is still
 * NULL and src is non-empty; an all-space result leaves *dst NULL. */
void pa_meta_set_str(char **dst, const char *src);

/* pa_meta_free — free every string and alternate of m (not m itself). */
void pa_meta_free(pa_meta *m);

/* pa_meta_key — one <meta> key (property, name or itemprop; case-blind)
 * and its content into m: publication dates by the key's rank (a lower
 * *date_rank wins and is stored back; start it at a large number),
 * modification date, titles, site name, author (not a URL), og:url,
 * language, og:locale. */
void pa_meta_key(pa_meta *m, const char *key, const char *content, int *date_rank);

/* pa_meta_jsonld — the text of one ld+json <script> (n bytes, may be
 * wrapped in CDATA or a comment) into m: the first datePublished (an
 * Article/Posting/Report/Release's also as date_ld_article), headline and
 * author name, searched depth-first; JSON that does not parse still gives
 * its first "datePublished" string. */
void pa_meta_jsonld(pa_meta *m, const char *s, size_t n);

/* pa_meta_add_alternate — a language version (<link rel=alternate
 * hreflang>): href resolved against base (or normalised when base is
 * NULL), hreflang lower-cased; duplicates, bad URLs and entries past
 * 200 are skipped. */
void pa_meta_add_alternate(pa_meta *m, const char *hreflang, const char *href, const char *base);

/* pa_meta_date_lang — the language that orders a date's numeric fields:
 * m's html_lang, or NULL when the title's script does not fit it. */
const char *pa_meta_date_lang(const pa_meta *m);

/* pa_meta_title_generic — is t (NULL: none) a title naming no article:
 * a template's placeholder or a section's name ("Untitled Page", "News",
 * "Home", "Press Release"), any case? */
int pa_meta_title_generic(const char *t);

/* pa_meta_choose_title — the article's headline from og:title, the
 * JSON-LD headline, <title>, other title metas and the h1s, without the
 * site's name; malloc'd, or NULL.  Decodes entities and trims the title
 * fields of m in place. */
char *pa_meta_choose_title(pa_meta *m);

#define PA_SITE_NAMES 5       /* forms of the site's name kept */
#define PA_SITE_NAME_BYTES 48 /* bytes of one folded form */

/* The site's own name in the forms a page gives it, folded (ASCII letters
 * and digits lower-cased, anything else left out, a domain's suffix and a
 * leading "The" cut: "InPharm.com" -> "inpharm", "The Example Times" ->
 * "exampletimes"); forms shorter than 4 bytes, and names given in
 * PA_SITE_NAME_BYTES bytes or more, are not kept. */
typedef struct {
    char name[PA_SITE_NAMES][PA_SITE_NAME_BYTES];
    size_t n;
} pa_site_names;

/* pa_meta_site_names — the site's names from m: og:site_name, the short
 * part of <title> beside a separator ("Headline | Example"), a domain
 * before a colon opening it ("Example.com: Headline"), and the label before
 * the public suffix of the host ("news.example.co.uk" -> "example") of the
 * canonical address, og:url and url (may be NULL); at most PA_SITE_NAMES. */
void pa_meta_site_names(const pa_meta *m, const char *url, pa_site_names *out);

/* pa_meta_site_blurb — is t (chars visible characters, at most 600) the
 * site speaking of itself: its name as the subject (optionally with
 * "LLC", "Inc.", a parenthesised short form or an apposition between
 * commas; its initials before it, the name in brackets: "EX (Example
 * News) is a national newsroom …") of an identity or mission predicate ("Example.com is a leading
 * portal for …", "Example aggregates and indexes content from …",
 * "Example, LLC is a Registered Investment Adviser", "Example, part of
 * Example Group, has been serving …"), its possessive name over its
 * mission ("Example's mission is to be …", at most 400), its name and slogan ("Example - All
 * the Time", at most 60 characters), or its thanks ("Thanks for reading
 * Example! Subscribe …", at most 200)?  A line under 12 characters is
 * not; the name is sought among t's first five words. */
int pa_meta_site_blurb(const pa_site_names *s, const char *t, size_t chars);

/* pa_meta_site_name_line — is t (chars visible characters, at most 60)
 * the site's name alone ("Example News", "EXAMPLE", "Example.com"), or
 * with the writer's place after a comma ("Example News, Kathmandu")? */
int pa_meta_site_name_line(const pa_site_names *s, const char *t, size_t chars);

#endif
