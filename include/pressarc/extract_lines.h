/* extract_lines.h — the extractor's per-line text classifiers (pure, internal
 * to parsers/extract*.c): each looks at one emitted paragraph's text alone —
 * no tree, no scores — and says whether it is page furniture rather than
 * the story's own text (comment headings and notices, reader tools, credits,
 * bylines, rights and reprint notices, pitches, the site's notices and
 * disclaimers, post metadata, addresses, labels), and the phrase matchers
 * (pa_phrase_in/opens/is) the classifiers share.
 *
 * Common contract: each reads one line through a pa_line (below), made
 * once per line with pa_line_init, and returns 1 when the line is of its
 * kind and 0 otherwise; a line over the classifier's own bound (from 30 to
 * 800 characters, given below) is 0.  None allocates, keeps state or
 * writes through its pa_line; all are thread-safe. */
#ifndef PRESSARC_EXTRACT_LINES_H
#define PRESSARC_EXTRACT_LINES_H

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <time.h>

/* PA_LINE_LOWER_CAP — the room for each lower-cased form of a line: a
 * form of 2,048 bytes or more is not made (no classifier reads one). */
#define PA_LINE_LOWER_CAP 2048

/* PA_LINE_LOWER_CHARS — the longest line, in visible characters, whose
 * lower-cased forms pa_line_init makes: the largest of the classifiers'
 * bounds (pa_line_reprint_notice's). */
#define PA_LINE_LOWER_CHARS 800

/* PA_LINE_PAIR_BITS — the bits of a pa_line's byte-pair filters. */
#define PA_LINE_PAIR_BITS 4096

/* pa_line — one emitted paragraph as the classifiers read it: its text and
 * the two lower-cased forms they match phrases against, made once by
 * pa_line_init instead of once per classifier.
 *
 * `lower` keeps text's bytes and length and lower-cases the ASCII letters
 * and the capitals of Polish, Cyrillic and Greek ("ŁÓDŹ" → "łódź",
 * "Комментарии" → "комментарии").  `folded` lower-cases the ASCII letters
 * only and makes the typographic apostrophe (U+2019) an ASCII "'" ("Don’t
 * miss" → "don't miss"), so it may be shorter than text; the English
 * phrase lists match against it.  Neither form serves both kinds of list
 * alike: a phrase with "'" or a lower-case Polish letter would match lines
 * it did not match before. */
typedef struct pa_line {
    const char *text; /* NUL-terminated, whitespace-collapsed UTF-8 */
    size_t len;       /* strlen(text) */
    size_t chars;     /* text's visible characters (code points) */
    int has_lower;    /* lower holds text lower-cased: len < PA_LINE_LOWER_CAP
                       * and chars <= PA_LINE_LOWER_CHARS */
    int has_folded;   /* folded holds text folded: its folded form is under
                       * PA_LINE_LOWER_CAP bytes and chars <= PA_LINE_LOWER_CHARS */
    size_t folded_len;                /* strlen(folded) when has_folded */
    char lower[PA_LINE_LOWER_CAP];  /* NUL-terminated, len bytes */
    char folded[PA_LINE_LOWER_CAP]; /* NUL-terminated, folded_len bytes */
    /* (extract_lines.c's cache, made on a form's first phrase search: the byte pairs each form holds, hashed
     * into PA_LINE_PAIR_BITS bits, so that a phrase with a pair the form lacks is not searched for) */
    int forms_same;   /* lower and folded hold the same bytes (no U+2019, no capital outside ASCII): the
                       * folded form's searches read lower_pairs */
    unsigned pairs_made;                              /* bit 0: lower_pairs made, bit 1: folded_pairs */
    /* (and whether a whole form reports speech, read on its first test: bit 0 for lower, bit 1 for folded) */
    unsigned speech_made, speech_found;
    unsigned long long lower_pairs[PA_LINE_PAIR_BITS / 64];
    unsigned long long folded_pairs[PA_LINE_PAIR_BITS / 64];
} pa_line;

/* pa_line_init — fill `line` for `text` (NUL-terminated, whitespace-
 * collapsed UTF-8, read until the line is dropped: line->text points into
 * it) and `chars`, its visible characters as the caller counts them.
 * Reads text once or three times; writes only `line`. */
void pa_line_init(pa_line *line, const char *text, size_t chars);

/* pa_line_lower_under — line's lower form when the line is shorter than
 * max bytes, else NULL: each classifier's bound on the bytes it reads
 * lower-cased (a long line in a non-Latin script is not read even when
 * few characters long). */
static inline const char *pa_line_lower_under(const pa_line *line, size_t max)
{
    return line->has_lower && line->len < max ? line->lower : NULL;
}

/* pa_line_folded_under — line's folded form when it is shorter than max
 * bytes, else NULL (the same bound, on the folded form's length). */
static inline const char *pa_line_folded_under(const pa_line *line, size_t max)
{
    return line->has_folded && line->folded_len < max ? line->folded : NULL;
}

/* pa_trim_tail — the length of s[0..n) without the bytes of marks (a
 * NUL-terminated set, e.g. ": ") that end it: a label's trailing colon
 * and spaces, a sentence's closing marks.  s[0..n) holds no NUL byte. */
static inline size_t pa_trim_tail(const char *s, size_t n, const char *marks)
{
    while (n && strchr(marks, s[n - 1]))
        n--;
    return n;
}

/* pa_long_dash — is p[0..3) an em or an en dash ("—" U+2014, "–" U+2013)?
 * Reads p a byte at a time up to the first that differs (a NUL among
 * them): p holds three bytes, or a NUL before them. */
static inline int pa_long_dash(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    return u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94);
}

/* pa_opening_dash — the length of the dash opening the NUL-terminated t:
 * 1 for a hyphen ("-"), 3 for an em or en dash ("—", "–"), 0 when t opens
 * with none (a note's "— Jane Doe is …", a desk's "—NB, Example News").
 * Reads t up to its NUL, three bytes at most. */
static inline size_t pa_opening_dash(const char *t)
{
    return *t == '-' ? 1 : pa_long_dash(t) ? 3 : 0;
}

/* pa_opening_dashes — pa_opening_dash with a second hyphen counted: 2 for
 * "--" (a wire's "-- BERNAMA", a theme's "-- Story continues below --"),
 * 1 for one hyphen, 3 for an em or en dash, 0 for none.  Reads the
 * NUL-terminated t up to its NUL, three bytes at most. */
static inline size_t pa_opening_dashes(const char *t)
{
    size_t dash = pa_opening_dash(t);
    return dash == 1 && t[1] == '-' ? 2 : dash;
}

/* pa_skip_wide_spaces — t past the spaces and ideographic spaces (U+3000)
 * that indent a Chinese or Japanese paragraph ("　　扫一扫…"), 64 of them at
 * most.  Reads the NUL-terminated t up to its first other byte. */
static inline const char *pa_skip_wide_spaces(const char *t)
{
    for (int guard = 0; guard < 64; guard++) {
        if (*t == ' ')
            t++;
        else if (!strncmp(t, "\xe3\x80\x80", 3))
            t += 3;
        else
            break;
    }
    return t;
}

/* pa_lower_copy — t lower-cased (ASCII, tolower) into low, cut to cap - 1
 * bytes (cap >= 1) and NUL-terminated; returns the bytes copied.  For a
 * string that is no pa_line (a label's rest, a paragraph past the line
 * bounds) searched with lower-case phrases. */
static inline size_t pa_lower_copy(const char *t, char *low, size_t cap)
{
    size_t k = 0;
    for (; t[k] && k + 1 < cap; k++)
        low[k] = (char)tolower((unsigned char)t[k]);
    low[k] = '\0';
    return k;
}

/* pa_ends_sentence — does t[0..n) end a sentence: min_words words or
 * more (counted by spaces) ending in a full stop, "!" or "?", with any
 * closing quotes and brackets after it (" ' ) ” ’ » ›)?  A line ending
 * in an ellipsis "…" or a dash "—" is cut off (a teaser's preview, a
 * broken-off quote) and ends none, whatever mark is before it.  Bounded
 * by n. */
int pa_ends_sentence(const char *t, size_t n, size_t min_words);

/* pa_name_words — the number of words of t[0..n) when it reads as a
 * name: words separated by spaces, each starting with an ASCII
 * capital and going on with letters, "-", "'" or "." (initials "J. R."),
 * and with any non-ASCII byte when non_ascii ("Martínez"); 0 when some
 * character breaks that.  Bounded by n. */
size_t pa_name_words(const char *t, size_t n, int non_ascii);

/* The kinds of name in the one list of news and picture agencies
 * (pa_agency_kind): each entry has one or more. */
enum pa_agency_kinds {
    PA_AGENCY_WIRE = 1,    /* a news agency or wire service: "Reuters", "The Canadian Press", "PTI" */
    PA_AGENCY_PICTURE = 2, /* a picture agency or stock library: "Getty Images", "Shutterstock", "EPA" */
    PA_AGENCY_CREDIT = 4,  /* a picture credit's own word: "Staff", "File", "Pool", "Handout", "Supplied" */
    PA_AGENCY_DESK = 8,    /* the wires at large: "wires", "agencies", "news agencies" */
    PA_AGENCY_CAPS = 16    /* a short name that is also a word ("APP", "UNI", "WAM", "ABC"): read in capitals only */
};

/* pa_agency_kind — the kinds (enum pa_agency_kinds) of the agency named
 * exactly t[0..n) in any case ("REUTERS", "Reuters", "reuters"); 0 when
 * the list holds no such name.  The one list of agencies: the credit,
 * byline, sign-off and source readers take it, each the kinds it wants. */
unsigned pa_agency_kind(const char *t, size_t n);

/* pa_agency_at_end — does low[0..k) (lower-cased) end with the name of an
 * agency of one of the kinds (no PA_AGENCY_CAPS name), the name starting
 * at a word boundary ("… via getty images", "…/afp", ", ap")? */
int pa_agency_at_end(const char *low, size_t k, unsigned kinds);

/* The kinds of byline label pa_byline_label reads. */
enum pa_byline_kind {
    PA_BYLINE_NONE = 0,
    PA_BYLINE_BY,     /* "By ", "By: ", "By" + no-break space */
    PA_BYLINE_SIGNED, /* "Posted by ", "Written by ", "Words by ", "Reporting by ", "Submitted by " */
    PA_BYLINE_AUTHOR  /* "Author: ", "Authors: " */
};

/* pa_byline_label — the label that opens a byline at t (NUL-terminated;
 * any case): its length in bytes (the space after it included) and its
 * kind in *kind; 0 and PA_BYLINE_NONE when t opens with none.  The one
 * list of byline labels: the byline line classifier and the author
 * field's reader both take it. */
size_t pa_byline_label(const char *t, enum pa_byline_kind *kind);

/* pa_credited_names — does t[0..n) name the people of a credit: one to
 * twelve words ("Audm", "Jane Roe"), each capitalized (or non-ASCII) or a joining word ("and",
 * "for", "of", "the", "with", "at", "&"), with a closing stop at most
 * ("Jane Roe and John Doe for Example Studios.")?  Bounded by n. */
int pa_credited_names(const char *t, size_t n);

/* Phrase lists, as the classifiers of extract_lines.c and extract_notes.c
 * match them against a lower-cased line (pa_line's `lower`/`folded`, or a
 * word): PA_PHRASES(list) passes a static array and its length.  Each is
 * bounded by its arguments (n phrases, k bytes) and by the NUL of low. */
#define PA_PHRASES(list) (list), (sizeof(list) / sizeof((list)[0]))

/* pa_phrase_in — does the NUL-terminated low hold one of phrases[0..n)? */
int pa_phrase_in(const char *low, const char *const *phrases, size_t n);

/* pa_phrase_opens — does low[0..k) start with one of phrases[0..n)? */
int pa_phrase_opens(const char *low, size_t k, const char *const *phrases, size_t n);

/* pa_phrase_is — is low[0..k) exactly one of phrases[0..n)? */
int pa_phrase_is(const char *low, size_t k, const char *const *phrases, size_t n);

/* pa_phrase_is_any_case — is w[0..k), in any (ASCII) case, exactly one of
 * the lower-case phrases[0..n)?  pa_phrase_is on w lowered (a word of a
 * paragraph no pa_line holds: a label before its colon, a byline's word);
 * reads at most k bytes of w, which need not end there. */
int pa_phrase_is_any_case(const char *w, size_t k, const char *const *phrases, size_t n);

/* pa_line_folded_alone_among — is the line, of max_chars characters at
 * most and its folded form under max_bytes, exactly one of the lower-case
 * phrases[0..n) once the bytes of trim (a NUL-terminated set, e.g. ": ")
 * that end it are cut: a label or a tool's word standing alone?  Inline,
 * so that each caller's constant bounds and trim set stay its own. */
static inline int pa_line_folded_alone_among(const pa_line *line, size_t max_chars, size_t max_bytes, const char *trim,
                                             const char *const *phrases, size_t n)
{
    if (line->chars > max_chars)
        return 0;
    const char *low = pa_line_folded_under(line, max_bytes);
    if (!low)
        return 0;
    return pa_phrase_is(low, pa_trim_tail(low, line->folded_len, trim), phrases, n);
}

/* pa_line_comment_heading — the heading of a reader-comment section in one
 * of the press pages' languages ("Leave a Comment", "Комментарии", "评论"),
 * or a count of comments ("12 comments", "| 13 Comment(s)", "Comments (12)",
 * "Reader Discussion (4)"); ≤ 40 chars:
 * returns 1.  Returns 2 for the heading that names the post over its
 * comments ("10 thoughts on “Title”", "One Response to "Title""; ≤ 200
 * chars), which never stands above the story as a comment count can.
 * Returns 3 for an obituary's guest book heading ("Guest Book", "Tribute
 * Wall", "Condolences", "Share a condolence"; ≤ 40 chars), which a story
 * may have as its own section too. 0 otherwise. */
int pa_line_comment_heading(const pa_line *line);

/* pa_line_comment_notice — a notice of the reader-comment form or list
 * ("The comments below have not been moderated.", "Add Your Opinion"): the
 * comments follow where it stands after the story; ≤ 400 chars. */
int pa_line_comment_notice(const pa_line *line);

/* Is the line a picture's credit ("Photograph: Jane Doe/Wire", "(AP
 * Photo/Jane Doe)", "Picture: Supplied"; 80 characters at most)?  It
 * belongs to the picture above it and labels nothing after it. */
int pa_line_picture_credit(const pa_line *line);

/* pa_line_furniture — a short furniture label: ad slot, photo credit,
 * "Written by", related-story list label, reading time ("5 min read"),
 * a source or writer label with a name alone ("Źródło: PAP", "Autor: …"),
 * a wire story's end mark ("-30-", "Enditem", "==Kyodo"), a Chinese text-size switch, in English,
 * Polish, Russian, Chinese or Greek; ≤ 100 chars. */
int pa_line_furniture(const pa_line *line);

/* pa_line_rights — a rights notice: "© 2012 …", "Copyright …" (≤ 100
 * chars), any line holding "All rights reserved" (≤ 300), the site's own
 * Creative Commons licence, the republisher's footer or the site's terms of
 * reuse ("you can republish our articles for free …"); ≤ 400 chars; a print
 * view's footer with the page's address ("URL: http://…", "This article
 * available online at: http://…"). */
int pa_line_rights(const pa_line *line);

/* pa_line_republish_footer — the republisher's footer: "This article is
 * republished from Example under a Creative Commons license." (folded,
 * under 1,024 bytes; one of pa_line_rights' notices). */
int pa_line_republish_footer(const pa_line *line);

/* pa_line_share — a share button's label alone ("Share", "Tweet",
 * "Поделиться", "分享"; ≤ 30 chars), a run of share, print and send
 * buttons' words ("Share this post Email", "Αποστολή Εκτύπωση Μέγεθος
 * κειμένου") or "… (Opens in new window)"; ≤ 60 chars; or a
 * click-to-tweet box, the sentence to post ending with its button ("…
 * Tweet this", "… Click to Tweet"; ≤ 300 chars); a Chinese share bar, its
 * label and the platforms' names only ("分享到：微信朋友圈微博"). */
int pa_line_share(const pa_line *line);

/* pa_line_tool — the label of a reader tool or of a block around the
 * story ("Text size + -", "Rate this article", "Story highlights",
 * "Listen to this article", "MLA", "SHARE YOUR STORY", also set after a
 * rule of hyphens), the citation box's call ("… to cite
 * this article …"), a no-script notice, a teaser headline ending in "Read
 * more…", or a line ending in "Enlarge image" and the like; ≤ 150 chars;
 * a Chinese page's QR call ("扫一扫在手机打开当前页") or font-size switch
 * ("字體大小：大 中 小"); ≤ 30 chars. */
int pa_line_tool(const pa_line *line);
/* one of a 2000s story's one-word tools alone ("Digg", "Permalink", "Print"); see extract_lines.c */
int pa_line_tool_word(const pa_line *line);

/* pa_line_tool_row — a row of two tools' words or more and nothing else but the bars, slashes, ampersands or
 * middle dots between them: "Bookmark & Share Email Print", "Print | Email | Share" (≤ 60 chars; any word
 * else, "Our review of the Acme X90", is no row).  Reads the lower form once. */
int pa_line_tool_row(const pa_line *line);

/* pa_line_player_control — a video player's control or its ad feedback
 * link alone on its line, when the player's markup sits in the story's
 * column ("Video Ad Feedback", "Skip ad", "Replay", "Unmute", "Autoplay:
 * on", "Closed Captions", "Play video"; ≤ 60 chars): one of pa_line_tool's
 * labels, which a how-to's subhead on that setting also says. */
int pa_line_player_control(const pa_line *line);

/* pa_line_ad_break — an ad slot's label or its hint that the story goes
 * on below ("Advertisement", "- Advertisement -", "[Ad]", "Story continues
 * below advertisement", "Continue reading below"): a break inside the
 * story, no label of a list; ≤ 60 chars. */
int pa_line_ad_break(const pa_line *line);

/* pa_line_credit — a picture's caption credit or a credit line ("…
 * (Picture: EPA)", "… | Photo by Jane Doe", "…, fot. AFP"), a syndicated
 * story's source ("Provided by …", "Published by … on …") or a citation
 * ("… Retrieved on …, from http://…", MLA's "… Web. … <http…>", "More
 * information: … et al. …"); ≤ 300 chars. */
int pa_line_credit(const pa_line *line);

/* pa_line_contact — a contact line after the story ("To contact the
 * reporter on this story: …", "--Editors: …", "Contact: … Tel: …", "Jane
 * Doe can be reached at … jdoe@…", "Write to … at …", "Contact Jane Doe at
 * jdoe@…", "Have a tip? …"), the call to the story's sources ("Do you know
 * anything else about …? … contact Jane Doe securely on Signal …"), or
 * a line of two e-mail addresses or more; ≤ 300 chars. */
int pa_line_contact(const pa_line *line);

/* pa_line_contact_label — the label of a contact block alone on its line:
 * "Media Contact:", "Press contacts", "Contacts", "Investor Contact",
 * "For further information:", "For more information, please contact:",
 * "Enquiries", "Company information" (a trade portal's issuer box),
 * "Contact:", "Investors:", "Media:", "Press:" (those four with their
 * colon); ≤ 48 chars. */
int pa_line_contact_label(const pa_line *line);

/* pa_line_contact_card — the text of a card of short lines (the caller's
 * bound: <br>-parted, none a sentence) that names a way to reach someone:
 * an e-mail address or a telephone number ("Jane Doe" / "Example Corp" /
 * "+1 555-0100" / "jdoe@example.com", a release's contact block with no
 * label over it); ≤ 400 chars. */
int pa_line_contact_card(const pa_line *line);

/* pa_line_contact_detail — a line of the block under a contact label: a
 * telephone number or an e-mail address (≤ 80 chars), the whole card on
 * one line with both an address and a number, or with one of them and no
 * sentence's full stop in it (≤ 200 chars), a web address
 * alone, the card's lines run together and closed by a web address, no
 * sentence in them ("Example Corp. 41 Main Street Worcester, MA 01604, USA
 * www.example.com", ≤ 200 chars), or a name, a job title or a company (≤ 60 chars, eight words at
 * most, no sentence's end, not "About …").  Only under such a label (the
 * caller's bound). */
int pa_line_contact_detail(const pa_line *line);

/* pa_line_pitch — a pitch inside the story: newsletter, e-mail-alert or
 * letter-to-the-editor sign-up, affiliate or commission disclosure ("…
 * may earn a commission"), membership call,
 * subscription wall, donation call, app, channel, podcast ("Listen to
 * Example, our new weekly podcast …"), the site's event ("Join us at Example
 * Summit … Learn more") and push-
 * notification calls, publisher's views disclaimer, a line opening with
 * the call to subscribe ("Subscribe now to …", ≤ 150), the audio
 * version's credit and app call ("Audio produced by Jane Doe.", "To hear
 * more feature stories, get the Audm app"), a page-feedback form's note
 * ("Your feedback helps us improve this website. Please do not include
 * personal information."), a recipe's call for ratings and tagged
 * photos ("Did you make this recipe? Leave a star rating …", "Mention
 * @example or tag #example!"); ≤ 400 chars. */
int pa_line_pitch(const pa_line *line);

/* pa_line_wall — a line of the subscription or registration wall in the
 * story's place ("Subscribe to continue reading", "Already a subscriber?
 * Log in", "Create a free account to keep reading", "This article is for
 * members only."; the European dailies' "Article réservé aux abonnés"),
 * not one reporting who said it; ≤ 200 chars.  pa_line_pitch holds it. */
int pa_line_wall(const pa_line *line);

/* pa_line_appeal_opener — the editor's appeal under a story, opened by the
 * reader's liking of this very piece and asking for support ("If you
 * enjoyed this article, I'd like to ask for your support."; "support",
 * "subscrib", "donat", "contribut", "member"), or a business daily's
 * letter ("… has always strived hard to provide up-to-date information
 * …", "Dear reader, We have been keeping you up-to-date with information
 * … that have a bearing on our lives"; an editor's letter that is the
 * story is none); ≤ 400 chars.  pa_line_pitch
 * drops it; extract.c ends the text there (the box's other lines follow). */
int pa_line_appeal_opener(const pa_line *line);

/* pa_line_reports_speech — the line reports someone's speech (" said",
 * " says", " told ", "according to ", or after a comma a speaker and
 * another verb of speech in the past tense, ", the mayor joked", ", she
 * added", ", added Jones"): a story's sentence, not the site speaking to
 * the reader; lines of 1600 folded bytes at most. */
int pa_line_reports_speech(const pa_line *line);

/* pa_line_reader_service — a line of the site's reader services: typo
 * report ("… Ctrl+Enter"), rating/print/send tools, calls to follow the
 * site on social networks, the comment form's log-in prompt, a trade
 * magazine's reader-service number ("Circle 141 on reader service card.");
 * ≤ 250 chars. */
int pa_line_reader_service(const pa_line *line);

/* pa_line_reprint_notice — a ban on reproducing the site's texts without
 * written consent, or a reuse-with-a-link notice; ≤ 800 chars; a Chinese
 * portal's reprint line ("转载请联系授权", "不得轉載"); ≤ 150 chars; the
 * reprinting site's disclaimer ("…转载上述内容，不表明证实…", "…仅供参考…
 * 风险自负"); ≤ 200 chars; a Korean or Japanese rights line ("무단전재 및
 * 재배포 금지", "[X 제공. 재판매 및 DB 금지]", "無断転載を禁じます"); ≤ 150 chars; a
 * broadcaster's draft-transcript note ("rush transcript"), ≤ 400 chars, and a
 * podcast's machine-transcript note ("This transcript was machine generated
 * …"), ≤ 300 chars. */
int pa_line_reprint_notice(const pa_line *line);

/* pa_line_post_signature — a live blog post's signature line, as the
 * post's header or foot prints it: "From Example's Jane Doe" (the outlet
 * and the writer), "Jane Doe, political reporter" (the name and a role in
 * lower case ending in "reporter", "correspondent", "editor", …),
 * "Reporting from Newark" (where the post was filed); no full stop, 80
 * chars at most (60 for the last two). */
int pa_line_post_signature(const pa_line *line);

/* pa_line_play_marker — a live sports commentary's marker alone on its
 * line, the place in the game a post is about: "Lap 44", "Lap 44/58",
 * "Set 3", "Over 42", "68.2 overs", "55 overs", "Q4"; 16 chars at most. */
int pa_line_play_marker(const pa_line *line);

/* pa_line_post_meta — the post's metadata line: blog-engine footer ("This
 * entry was posted …", "RSS 2.0"), a dated publication label
 * ("Опубликовано: …", "Dodano: …"), a view, hit, vote or comment counter
 * ("Hits: 266", "1234 reads", "Share 412 views", "3 (1 votes)", Blogger's
 * "Reactions: funny (2) cool (1)"); ≤ 500 chars. */
int pa_line_post_meta(const pa_line *line);

/* pa_line_number_counter — the English counter after its number that
 * pa_line_post_meta drops: "1234 reads", "14,312 views", "Share 412 views",
 * "856 hits" alone (≤ 30 chars).  A stat list in a story holds the same
 * words ("3,089 hits" among "509 stolen bases"): the caller tells. */
int pa_line_number_counter(const pa_line *line);

/* pa_line_byline — "By" and two to fourteen name words alone on a line
 * ("By Jane Doe, Example News"; also "by:", "Author:", "Authors:"), not
 * a sentence; ≤ 80 chars; or "Posted by", "Reporting by", "Written by"
 * and a name of two to four words, ≤ 50 chars (a live blog post's
 * signature, a labelled byline); or a broadcaster's byline without "By"
 * (pa_line_desk_byline); or a contributor network's "Jane Doe,
 * Contributor", maybe run on into "I write about …" (≤ 160 chars). */
int pa_line_byline(const pa_line *line);

/* pa_line_european_byline — the part of pa_line_byline that reads a
 * European daily's byline ("Von Jane Doe", "Por …", "Par …", "di …";
 * 160 characters at most): 1 or 0.  An English page's title-case line
 * ("Von Miller Retires", "Di Maria Stays") reads the same, so the caller
 * may weigh the page's language. */
int pa_line_european_byline(const pa_line *line);

/* pa_line_desk_byline — the part of pa_line_byline that reads a
 * broadcaster's byline without "By" ("Jane Doe BBC News, Kent"; 80
 * characters at most): 1 or 0.  A list of nominees or a table row of
 * presenters reads the same, so the caller may weigh where it stands. */
int pa_line_desk_byline(const pa_line *line);

/* pa_line_byline_date — a dateline with the writer's or agency's name
 * ("Derek Abma, Postmedia News Jan 10, 2012"): capitalised words, an
 * English month name (or a weekday with its comma, or "by"/"By": "Thu,
 * 11/18/2010 - 09:03 — Jane Doe", "03.15.10 — By Staff Writer"), and a date pa_date_parse_text finds (with `dlang` as
 * its language hint, may be NULL) that pa_date_valid accepts against
 * `not_after`; ≤ 90 chars, or ≤ 160 when the line holds two labelled date fields ("Author: Jane Doe, Reporter
 * Published: 4:45 PM CST November 15, 2016 Updated: 5:37 PM CST November 15, 2016", a station's metadata bar). */
int pa_line_byline_date(const pa_line *line, const char *dlang, time_t not_after);

/* pa_line_address — one e-mail or web address, with at most a short
 * label before ": " ("Short URL: http://…"); ≤ 200 chars. */
int pa_line_address(const pa_line *line);

/* pa_line_block_label — the label of a block around the story ("Filed
 * under: …", "Posted in …", "Image via …", an agency alone,
 * "Example-Post Staff", "Follow … on Twitter", "Related …", a widget's
 * "Powered by JustWatch"); with
 * `heading` set (the line is a heading) also "More from …", "More on …";
 * ≤ 120 chars. */
int pa_line_block_label(const pa_line *line, int heading);

/* pa_line_breadcrumb — a breadcrumb trail ("Home » News » Headline",
 * "You are here: Home › World"); ≤ 120 chars. */
int pa_line_breadcrumb(const pa_line *line);

/* pa_line_label — "Word:" or "Two words:" (at most two spaces, ≤ 40 bytes
 * before the colon) at the start of the line: a label before links.  The caller
 * bounds the line's length. */
int pa_line_label(const pa_line *line);

/* pa_line_script_leak — the tail of a script the HTML parser ended at a
 * "</script>" inside one of its strings: the line opens by closing a
 * string and a call ("'); } if (…"), then holds a ';' and a brace; or a
 * template's line with its placeholder unfilled ("… button for {0}
 * hours.", ≤ 200 chars); or a player's embed code shown to copy
 * ("<iframe src=\"https://…/player/embed/…\" …>"); or a CMS shortcode left
 * unrendered, alone on the line ("[video-player video-id=\"x\" …]"). */
int pa_line_script_leak(const pa_line *line);

/* pa_line_vote_count — a rating widget's score and vote count alone on a
 * line ("3 (1 votes)", "4.5/5 (12 votes)", "4.6 from 212 votes"); ≤ 40 chars;
 * a Chinese reaction button and its count ("给力(0票)"); ≤ 16 chars. */
int pa_line_vote_count(const pa_line *line);

/* pa_line_field_meta — the story's filing fields on one line: a category
 * label and a dated label ("Main Category: … Article Date: 12 Jan 2012");
 * ≤ 300 chars; or a row of a Chinese government notice's record table
 * ("索 引 号：… 主题分类：…", "文　　号：… 有 效 性：有效"); ≤ 100 chars. */
int pa_line_field_meta(const pa_line *line);

/* pa_line_dateline_alone — a dateline on a line of its own: a city in
 * capitals, maybe its state after a comma (before a dash only) and a wire's
 * name in brackets, then ":" or a dash ("LAHORE:", "CALGARY -",
 * "WASHINGTON (AP) —"); ≤ 40 chars. */
int pa_line_dateline_alone(const pa_line *line);

/* pa_line_empty_field — a CMS field's label with no value, alone on its
 * line ("Created", "Last modified", "Categories", "Custom byline text:");
 * ≤ 30 chars. */
int pa_line_empty_field(const pa_line *line);

/* pa_line_site_disclaimer — the site's disclaimer about its content:
 * "this site", "our website", "our readers" with the advice or archive it
 * disclaims ("… should ever be used as a substitute for direct medical
 * advice …", "… access to our library of archived content"), 30 to 400
 * chars, or the pointer to its editorial policy ("Our Standards: The
 * Example Trust Principles.", ≤ 120 chars).  For the text's last lines
 * only (the caller's bound). */
int pa_line_site_disclaimer(const pa_line *line);

/* pa_line_site_notice — the site's own notice anywhere around the story:
 * its call for the reader's tips ("Got a confidential news tip? We want to
 * hear from you.", "If you have a story suggestion email …": an address
 * after that opener), the pointer to the print edition ("Extended story
 * in this Friday's Example News", ≤ 100; the story's place in print is
 * pa_line_history_note's) or to its section ("Visit our
 * health section for …", ≤ 150), a quote box's
 * delay notice ("Data is delayed at least 15 minutes"), a press-release
 * wire's note ("For the original version on Example Wire visit: …"), the
 * tabloid's call for the reader's story ("We pay for your stories!", "Do
 * you have a story to share?"), a consumer desk's call for the reader's
 * problem ("Do you have an issue with a company …? If so, Example 7 On
 * Your Side wants to help you!", ≤ 220), the mailing platform's "View
 * this email in your browser" (≤ 100), the station's pointer to itself ("For the
 * latest news … head to Example News"), the call for corrections ("See a
 * spelling or grammatical error in our story? Please click here …"), the
 * place of an embed hidden by the reader's privacy settings, the wire's
 * pointer to its coverage page ("Follow AP's coverage … at https://…")
 * and the network's "Originally published as …", the press regulator's
 * note ("This website … adhere to the Independent Press Standards
 * Organisation's Editors' Code of Practice …"), the wire's pointer to its
 * own site under a partner's copy ("More stories like this are available
 * on example.com", "Visit Example at www.example.com"), a government
 * page's note on its languages and formats ("This page is available in
 * other languages. For language assistance …", "To request this document
 * in an alternate format, contact …"); ≤ 300 chars. */
int pa_line_site_notice(const pa_line *line);

/* pa_line_source_notes_label — the label over a science wire's notes
 * under the story: "Story Source:", "Journal Reference:", "Journal
 * information: Nature" (the release, the paper and the citation of the
 * page follow it); ≤ 100 chars; or the label with the citation run in
 * ("Journal reference: Doe J. et al., Nature, 2019."); ≤ 400 chars. */
int pa_line_source_notes_label(const pa_line *line);

/* pa_line_office_signoff — the issuing office's name in capitals that
 * signs a government release off, maybe with its place or the day:
 * "PRIME MINISTER'S OFFICE", "MINISTRY OF HEALTH 3 MARCH 2021" (no
 * lower-case letter, two words or more, one of them MINISTRY, OFFICE,
 * DEPARTMENT, SECRETARIAT, BUREAU or AGENCY); ≤ 60 chars.  The caller
 * asks it only of the text's last lines. */
int pa_line_office_signoff(const pa_line *line);

/* pa_line_editor_notes_label — the label over a press release's notes
 * for the press after its text: "Notes to editors", "Note to editors:",
 * "Notes for editors:", "Notes to the Editor" (alone, or opening a short
 * line: "Notes for editors: Download multimedia content here."); what
 * follows is for journalists, not the release; ≤ 100 chars. */
int pa_line_editor_notes_label(const pa_line *line);

/* pa_line_show_people_label — the label a podcast host (Transistor) sets
 * over an episode's box of its people after the notes: "Creators &
 * Guests", "Creators and Guests" (their names with "Host", "Guest" and
 * their pictures follow, not the episode's notes); ≤ 24 chars. */
int pa_line_show_people_label(const pa_line *line);

/* pa_line_backgrounder_label — a government release's "Backgrounder"
 * label alone ("Backgrounder", "BACKGROUNDER:", "Backgrounders"; 12-14
 * chars): after the release's end mark (pa_line_release_end_mark) its
 * fact sheet follows, not the release; elsewhere it may be a story's own
 * subhead over its background, and the caller tells which. */
int pa_line_backgrounder_label(const pa_line *line);

/* pa_line_release_end_mark — a release's end mark alone on its line:
 * "###", "# # #", "-30-", "- 30 -", "-ends-", "- ENDS -", "ENDS", "-end-"
 * (en or em dashes too; ≤ 20 chars). */
int pa_line_release_end_mark(const pa_line *line);

/* pa_line_standing_note — the note a site sets on every story of one
 * kind: the opinion desk's disclaimer ("The views expressed … are solely
 * those of the author"), its note on an editorial's voice and its call
 * for letters to the editor, the markets desk's "not investment advice",
 * the betting box's "Gamble responsibly", the crime desk's "charges are
 * merely accusations … presumed innocent", the health desk's "accurate as
 * of press time", "Msg & data rates may apply", the trading site's
 * "Risk Disclosure: …" and "… not necessarily real-time nor accurate",
 * the paper's call for announcements ("Share your wedding, engagement or
 * birth news with our readers", "Submit an announcement"), the health
 * desk's "This article is for informational purposes only and is not a
 * substitute for professional medical advice" and its sourcing note
 * ("Example uses only high-quality sources … to support the facts within
 * our articles"); ≤ 300 chars. */
int pa_line_standing_note(const pa_line *line);

/* pa_line_cookie_notice — a consent banner's notice about cookies: the
 * site's use of cookies ("We use cookies", "This website uses cookies",
 * "cookie policy") with the reader's part in it ("By continuing to use
 * this site you agree", "consent", "Accept all", "privacy policy"); 40 to
 * 700 chars. */
int pa_line_cookie_notice(const pa_line *line);

/* pa_line_release_furniture — the furniture a wire leaves around a press
 * release it carries, not the release's text: an end mark alone ("###",
 * "# # #", "-30-", "- ends -", "ENDS"; ≤ 20 chars), the distribution line
 * ("SOURCE Example Corp", "SOURCE: Example Corp": the word in capitals,
 * then a name; ≤ 100), the pointers to the release's page ("View original
 * content: https://…", "View source version on example.com: https://…",
 * "To view the original version on Example Wire, visit: …", also after
 * the wire's logo text, within 24 bytes of the start) and to its
 * pictures ("Photo - https://…", "Logo - https://…": the label, then one
 * address alone), the listed company's note on who released it
 * ("Authorised for release by the Board of Example Ltd.", "This
 * announcement has been authorised for release by the Board"; ≤ 160);
 * the distributor's notes ("The issuer is solely responsible for the
 * content of this announcement.", "Legal Disclaimer:", a portal's note
 * that a press release it carries was "not written or edited by" its
 * journalists, an investor site's "Press releases are archived here for
 * historical purposes"), "View the original press release on X" (its
 * address is the link), "To view the source version of this press
 * release, please visit https://…", its other languages ("This release is
 * also available in: Español") and a distribution legend ("NOT FOR
 * DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES …", "Not for release,
 * publication or distribution in …"; ≤ 200); a police or court release's
 * file number alone ("Case number: 26-018344", "Case No. CCSO-2026-07712",
 * "Incident #2026-44120", "Occurrence: 2026-DT-031199"; ≤ 60);
 * ≤ 400 chars.  The dateline ("CHICAGO, Jan. 12, 2012
 * /Example Wire/ -- …") is the release's own and stays (its "About
 * Example Corp" section and forward-looking statements: see
 * pa_line_about_label_over, pa_line_safe_harbor). */
int pa_line_release_furniture(const pa_line *line);

/* pa_ends_legal_form — does low (len bytes, lower-case) end with a
 * company's legal form as a word of its own ("… holdings, inc.", "… corp",
 * "… llc", "… plc", "… ltd.")? */
int pa_ends_legal_form(const char *low, size_t len);

/* pa_line_release_end — a release's hash end mark alone ("###", "# # #",
 * "####": three '#' at least, spaces between; ≤ 20 chars): under the
 * release's text, what follows is the issuer's boilerplate and its
 * contacts (not "-30-", after which a paper's page may run on). */
int pa_line_release_end(const pa_line *line);

/* pa_line_writer_note — a line of the note about the writer that closes
 * many articles (parsers/extract_notes.c): PA_WRITER_BIO, a biography
 * sentence that names the writer's trade ("Jane Doe is a reporter who
 * covers …", ≤ 500 chars; the story's note "This story was written by
 * Jane Doe, a senior journalism major …", ≤ 400); PA_WRITER_BIO_WEAK, one that only reads as a
 * biography ("Jane explores the …"); PA_WRITER_ROLE, a job title alone
 * ("Senior Editor, Example Magazine", ≤ 100 bytes); PA_WRITER_NAME, a name
 * of one to four capitalised words or the note's label ("By", "About the
 * author"); PA_WRITER_SIGN_OFF, the sign-off under a story ("- DAILY
 * MAIL", "With TELEGRAPH", "National Post, with files from Postmedia
 * News", "(BMcC)", "Twitter: @janedoe", the contact line "Jane Doe:
 * 206-555-0100 or jdoe@example.com"); PA_WRITER_BYLINE, a byline
 * without its "By" ("PTI", "By IANS,", "Jane Doe and John Roe", "Jane Doe
 * USA TODAY", "Jane Doe, Example News"); 0 otherwise.  A name or a title alone is no furniture: the
 * caller decides from the lines around it. */
enum { PA_WRITER_BIO = 1, PA_WRITER_BIO_WEAK, PA_WRITER_ROLE, PA_WRITER_NAME, PA_WRITER_SIGN_OFF,
       PA_WRITER_BYLINE };
/* (It takes the bare text, not a pa_line: extract.c also asks it about the
 * lines around a kept one, and it reads capitals, not a lowered form.) */
int pa_line_writer_note(const char *t, size_t chars);

/* pa_line_age_notice — the banner that tells an old story's age: "This
 * article is more than 3 years old", "This post is over 2 years old. I've
 * probably changed my mind since" (20 to 250 chars; extract_notes.c). */
int pa_line_age_notice(const pa_line *line);

/* pa_line_like_widget — a blog engine's like button and count ("Like
 * Loading...", "One blogger likes this post.", "12 bloggers like this");
 * ≤ 60 chars (extract_notes.c). A Korean portal's reaction
 * button with its count ("쏠쏠정보 0", "후속강추 12") is one too. */
int pa_line_like_widget(const pa_line *line);

/* pa_line_gallery_counter — a picture gallery's counter alone on a line
 * ("1 of 12", "of 2", "Photo 3 of 10", "Card 2 of 8", "3 / 25"; ≤ 20 chars; the count over
 * a gallery, "24 photos"), run into the
 * picture's credit ("3 / 25 Getty Images"; ≤ 60 chars), or a thumbnail's
 * count of more pictures ("+7") (extract_notes.c). */
int pa_line_gallery_counter(const pa_line *line);

/* pa_line_bare_domain — a site's domain alone on a line, in lower case
 * ("example.com", "news.example.co.uk"): the source stamp of a syndicated
 * story; 5 to 40 chars; or after "Source:" ("Source: example.com.gh", the
 * portal's credit), up to 50 chars (extract_notes.c). */
int pa_line_bare_domain(const pa_line *line);

/* pa_line_pager — a multi-page story's pager alone on a line: page
 * numbers under a "Page"/"Pages:" label or beside the pager's words and
 * arrows ("Pages: 1 2 3", "Page 1 of 3", "« Prev 1 2 3 Next »"), nothing
 * else, or the link to the next page ("Continued on page 2 »", "Next page:
 * The Cleanup"), or a Chinese site's link to the neighbouring post ("上一篇：…",
 * "下一篇：…"); ≤ 80 chars (extract_notes.c). */
int pa_line_pager(const pa_line *line);

/* pa_line_print_jump — a print story's jump line alone, kept by an
 * e-edition's text view or a print-to-web import: the jump out ("See
 * BUDGET, Page A5", "Please see FIRE on 3B", "(See MILL on A6)": a slug in
 * capitals, then the page) and the jump in ("Continued from A1", "Continued
 * from Page 1", "Continued on page 14", "From Page A1", "BUDGET from Page
 * A1", "MILL from 1A"); the page is a section letter and one to three
 * digits ("A5", "3B"), or any one to three digits after "Page"; nothing
 * after it but '.' or ')'; ≤ 60 chars ("See page 14 of the report …" and
 * "Continued from a workshop …" are sentences); 1 for a jump out or
 * "Continued on …", 2 for a jump in; 3 for the page's label alone ("A3 |
 * Local", "Page 12 | Community": the page, " | " and one to three words
 * in capitals), which the caller drops above the story's prose only ("Q3 |
 * Revenue" heads a part of an earnings story, "P2 | Mains" a menu's row)
 * (extract_notes.c). */
int pa_line_print_jump(const pa_line *line);

/* pa_line_ocr_note — a digitised newspaper's note on its machine-read
 * text: "Text may contain errors" alone (and "OCR text …", "This text …"),
 * a sentence naming the OCR ("… produced by optical character recognition
 * and may contain errors.", the warning closing it) that reports no
 * speech, or a volunteers' correction note ("This article has been
 * corrected by volunteers.", "Text correction: 12 lines"); 15 to 200 chars
 * (extract_notes.c). */
int pa_line_ocr_note(const pa_line *line);

/* pa_line_jump_slug — the line is a jump's slug alone: one to three words
 * in capitals ("BUDGET", "CITY COUNCIL"), ≤ 30 chars; the head a text view
 * prints over a jump in ("BUDGET" over "Continued from A1") (extract_notes.c). */
int pa_line_jump_slug(const pa_line *line);

/* pa_line_link_footnotes — a print version's list of the story's links,
 * each a number in brackets and a web address, after an optional "Links:"
 * label ("Links: [1] http://example.com/a [2] http://example.com/b"), and
 * nothing else; ≤ 2000 chars (extract_notes.c). */
int pa_line_link_footnotes(const pa_line *line);

/* pa_line_art_credit — the credit of a story's art: its maker ("Icons by
 * Jane Doe", "Illustrations by …", "Graphics by …", "Listing image by …";
 * ≤ 80 chars, a closing stop at most), a long read's production credits
 * ("Editor: Jane Doe", "Art direction by Jane Doe. Photo editing by John
 * Roe.", "Lead photo: …"; ≤ 300 chars), the list of its sources ("Photo sources: …",
 * "Image credits: …"; ≤ 400 chars) or a picture's stock caption alone
 * ("Representative image", "(File photo)"; ≤ 50 chars) (extract_notes.c). */
int pa_line_art_credit(const pa_line *line);

/* pa_line_wire_credit — a news wire's credit line in brackets: "(Reporting
 * by Jane Doe in Chicago; Editing by John Doe)", "(Writing by …)",
 * "(Additional reporting by …)"; ≤ 300 chars; its note on what this
 * version changed ("(Updates with analyst comment in fourth paragraph.)",
 * "(Adds …)"); without the brackets when the editors follow the reporters
 * ("Reporting by Jane Doe; Editing by John Doe"); the helpers after a dash
 * ("— With assistance by Jane Roe", ≤ 160 chars, no full stop) or the
 * compiler ("- Compiled by Jane Roe"); the
 * Indian desks' "(With inputs from …)", unbracketed ≤ 60 chars, and its
 * short form "With PTI inputs" (≤ 40 chars); the
 * helpers alone ("Additional reporting by Jane Doe in Paris", ≤ 120
 * chars, one sentence); the agency as the source ("Source: Reuters",
 * "Source: Australian Associated Press", "Source: Reuters/ic", ≤ 60
 * chars; a broadcaster's "Source: CNA/fh", ≤ 40 chars); a wire's desk initials after its copy ("PTI RS KH", ≤ 30
 * chars); the desk editor's tag ("[Editor: ZX]"); the pointer to the
 * wire's graphic ("(GRAPHIC: … https://…)", "For a graphic on …, click
 * here") (extract_notes.c). */
int pa_line_wire_credit(const pa_line *line);

/* pa_line_desk_credit — a Chinese story's desk credit: a bracketed group
 * first on the line naming its editor, translator, writer or source
 * ("(陈巍 编辑)", "(责任编辑：谢璇)", "[稿源：…] [作者：…]", "(本文来源：中国证券报)",
 * "[來源：Cult of Mac]", "(责编：…)"), "责任编辑：…" alone or after "【纠错】", the
 * source and the editor on one line ("本文来源：…　责任编辑：…"; ≤ 60 chars), or
 * the headline the story first ran under ("原标题：…", "（原标题：…）"), or the
 * reporter's bracket as the whole line ("【南方時報記者 林志偉】"), or a Korean
 * reporter's line alone ("김하늘 기자 (sky@example.kr)", "[김하늘 기자]"); ≤ 120
 * chars (extract_notes.c). */
int pa_line_desk_credit(const pa_line *line);

/* pa_line_initials_signoff — the editor's initials closing a story, with
 * the wire: "(jpo)", "(db, kab)", "[MG, Newsweek]" (bracketed, words of at
 * most four letters, a paper's name after initials allowed), "eb, pap",
 * "PAP, marga" (two words or more of at most six letters, one lower-case,
 * one a wire's name); ≤ 40 bytes, ASCII letters; the French agency's
 * desk marks ("ach/bp", "bur-ach/jz") and the German agency's story
 * number ("dpa:210823-99-940651/4"), ≤ 30 bytes (extract_notes.c). */
int pa_line_initials_signoff(const pa_line *line);


/* pa_line_history_note — an editor's note on the story's own history, not
 * its news: "Editor's Note: This article also appeared in the May/June
 * issue of Example magazine.", "Editor's note: This story was first
 * published on …" (≤ 300 chars; a note that updates, corrects or adds to
 * the story stays); also the story's place in the print edition ("A
 * version of this article appears in print on May 4, 2019, Section A,
 * Page 1 …", "Appeared in the March 5, 2021, print edition as …", "This
 * article appears in the June 2021 issue of Example"; ≤ 400 chars); the
 * note on the story's update or correction ("This article was updated on
 * July 28 with …", ≤ 200 chars; "This story has been corrected to show
 * that …", ≤ 300 chars; "Correction: An earlier version of this article
 * misstated …", "A previous version of this story said …", ≤ 400 chars)
 * (extract_notes.c). */
int pa_line_history_note(const pa_line *line);

/* pa_line_reporting_note — the end note on how the story was reported, one
 * sentence of ≤ 250 chars naming its funding or partners ("This story was
 * co-published with The Gazette.", "This article was produced with support
 * from the Example Fund.", "Reporting was supported by …"), and the
 * reporting corps' note naming the writer as a Report for America corps
 * member (its two sentences, ≤ 400 chars); the helpers'
 * credit ("Jane Doe contributed to this report.") is no such note: the
 * references keep it (extract_notes.c). */
int pa_line_reporting_note(const pa_line *line);

/* pa_line_edition_credit — a newsletter issue's credit line: who wrote,
 * edited or compiled it, the issue or the newsletter by name as the
 * subject of its first sentence ("Today's newsletter was edited by Jane Doe
 * and copy edited by John Roe.", "This issue was edited by …", "The Evening
 * Update is compiled by the newsroom. Edited by …", "The Health Bulletin is
 * published monthly by …"; by its name only in the present, a word before
 * its noun), no year in the first sentence, ≤ 250 chars and three sentences
 * (extract_notes.c). */
int pa_line_edition_credit(const pa_line *line);

/* pa_line_relative_date — a date line in words relative to the day of
 * reading: a count of units ago after at most three short words ("6
 * hours ago", "(UKPA) – 6 hours ago", "Updated 2 days ago", "1 hr 55
 * min ago", "2h ago"; a live blog post's byline after it: "2h ago By Tom
 * Reed", or its clock stamp: "3 min ago Updated 21:10 GMT"), or
 * "yesterday"/"today" with a label and an hour ("Updated yesterday at
 * 5:45 PM"); ≤ 60 chars. */
int pa_line_relative_date(const pa_line *line);

/* pa_line_update_time — the time of the story's last update alone, without
 * a day: "Updated at 5.12pm EDT", "Last updated 14:05", "Updated: 5:12
 * p.m. ET", "Originally Published -- 10:15 AM PT", a station's "UPDATE 11:40 a.m." over the update it
 * heads (the label, a clock time, maybe am/pm and a zone of at most
 * five letters, nothing else); also a clock time with a colon alone, a
 * live blog post's stamp ("10:42 GMT", "9:15am"), with its writer after it
 * ("9:41 AM Jane Doe"), a broadcaster's "Posted at 14:32" and "Published
 * at 14:32 14 March" (a labelled time may have the day and month after
 * it), a British live page's dotted stamp alone ("2.32pm", "14.32 BST",
 * "14.32": pa_dotted_clock_minutes); ≤ 60 chars (extract_notes.c). */
int pa_line_update_time(const pa_line *line);

/* pa_dotted_clock_minutes — the minutes into the day of t when t is a
 * clock with a dot alone, as British live pages stamp their posts: one or
 * two digits, a dot, two digits, then "am", "pm", "a.m.", "p.m.", "GMT" or
 * "BST" (either case, a space before it and a closing dot allowed; "pm"
 * moves the hour on twelve, "am" brings 12 back to 0), or nothing after a
 * 24-hour clock in range with two digits each ("14.32", "09.05"); else -1
 * ("4.32", "14.75", "2.32 per cent"). */
int pa_dotted_clock_minutes(const char *t);

/* pa_line_closed_captions — a TV report's closed captions printed under
 * its video: the words in capitals, each speaker's turn opened by ">>"
 * (">> THE GOVERNOR SAYING TODAY THAT …"); at least 40 letters, nine in
 * ten of them capitals, and a ">>" (extract_lines.c). */
int pa_line_closed_captions(const pa_line *line);

/* pa_line_quote_data — a stock quote widget's text set into a story: the
 * numbers of a quote with at most one ticker before them ("+4.8% (+4.8%)",
 * "22.18-3.1%", "DJIA 47,318.22+1.09%", "HRBL $61.24"; 40 characters at
 * most, a change in them — a "%" or a sign — or a ticker before a price;
 * a shop list's "$99.99" alone stays), one of its field labels alone
 * ("Today's Change", "Day Range", "52 Week Range") or an analysis's
 * rating badge ("Rating: Buy", "Quant Rating: Hold").  in_rows: the line
 * is a row or item of a story's table or list, where such numbers and
 * ratings are data: only the labels count; in_rows 2: the line is in the
 * story's text after its prose began, where a rating is the story's own
 * (extract_lines.c). */
int pa_line_quote_data(const pa_line *line, int in_rows);

/* pa_line_citation — the citation of a paper a science or health story
 * reports, not the story: a line holding a DOI ("10.1038/…" after "doi",
 * "DOI:" or "doi.org/") that opens with it or a label ("Citation:",
 * "Source Reference:", "Journal: …"), names the authors "et al.", opens with the paper's title in quotes or ends
 * with the DOI ("Nature DOI: 10.1038/s41586-022-05434-1"; the story's
 * "… published in Nature (DOI: 10.1038/…)." closes a bracket after it), or
 * a medical reference's year, volume and pages outside brackets ("N Engl
 * J Med. 2013;369:2515-2524."); 12 to 600 chars (extract_science.c). */
int pa_line_citation(const pa_line *line);

/* pa_line_doi — does the line hold a DOI number ("10.1038/…" after "doi",
 * "DOI:" or "doi.org/"): a paper's citation as a wire or a scholarly
 * bibliography prints it, where a consumer-health story's list of sources
 * names its journals without one; ≤ 600 chars (extract_science.c). */
int pa_line_doi(const pa_line *line);

/* pa_line_science_notes_label — the label over a research page's notes
 * after its story: "Original publication", "Primary Source", "How we
 * reviewed this article:", "Disclosures", "Publication details" (the
 * paper, its authors and DOI, the reviewers' policy, the authors'
 * interests follow; a colon may close it), and the first field labels of
 * a science wire's release record under the story (EurekAlert-style:
 * "Journal", "Method of Research", "Subject of Research", "Article Title",
 * "Article Publication Date", "COI Statement", each over its value);
 * ≤ 40 chars (extract_science.c). */
int pa_line_science_notes_label(const pa_line *line);

/* pa_line_institution_name — the name of an institution of research or
 * care alone: two to eight words, each capitalised or a joining word
 * ("of", "for", "and", "the", "at", "&", "on", "in"), one of them a whole
 * word naming the kind (university, institute, college, hospital,
 * laboratory, centre, museum …; "School" only before "of") that ends the
 * name or comes before its field or place ("of", "for", "at", "on",
 * "in"): "Holloway School of Public Health", "Institute for Field
 * Ornithology", "Wellspring Children's Hospital"; not a headline in title
 * case ("Researchers Find New Clues", "College Football Playoff
 * Rankings"); 10 to 80 chars, no sentence.  2 for such a name; 1 when
 * the kind word stands elsewhere among the capitalised words ("Mercy
 * Hospital East Campus": a place, as an item of a list names it); else 0.
 * The caller asks it of the lines above the story's prose (a release's
 * issuing institution: 2) and of their neighbours (a run of places: 1). */
int pa_line_institution_name(const pa_line *line);

/* pa_line_release_about — an institution's boilerplate under a news
 * release: "About" (and "the"), its name opening in a capital, a colon
 * within 100 bytes and no full stop before it, then 40 chars or more ("About
 * the National Institutes of Health (NIH): NIH, the nation's medical
 * research agency, includes …"); 60 to 1,200 chars (extract_science.c). */
int pa_line_release_about(const pa_line *line);

/* pa_line_about_label_over — the label over a release's note about an
 * issuer, a product or a disease, alone on its line: "About" (and "the"),
 * a name opening in a capital, no sentence mark inside (a closing "Corp."
 * or colon may end it; 8 to 60 chars), when next, the paragraph under it
 * (60 bytes or more, closing a sentence), names it again within its first
 * 100 bytes: a word of the name in any case, or its initials ("About
 * Example Corp" / "Founded in 1998, Example Corp is …"); not "About 400
 * jobs", "About us" (extract_science.c).  Returns 1, or 2 when the note
 * reads as an issuer's only by words a story's section may hold too
 * ("museum", "litigation", "supplies"): a note under a release only. */
int pa_line_about_label_over(const pa_line *line, const char *next);

/* pa_line_safe_harbor — a release's legal note on its forecasts or
 * measures: a paragraph naming "forward-looking statements" (or
 * "information") with a caveat ("risks and uncertainties", "actual
 * results", "differ materially", "no obligation", "undertake", "Securities
 * Litigation Reform Act", "safe harbor") in the issuer's words ("this
 * press release", "herein", "no obligation", "within the meaning of": a
 * story reporting a company's statements is none), or explaining its "non-GAAP
 * financial measures" (with "in accordance with GAAP", "reconciliation",
 * "most directly comparable"); 80 to 6,000 chars (a note longer than
 * PA_LINE_LOWER_CHARS: the forward-looking phrases as running text writes
 * them; extract_science.c). */
int pa_line_safe_harbor(const pa_line *line);

/* pa_line_safe_harbor_label — the heading over that note: a label naming
 * "forward-looking" statements or information, a "safe harbor" or
 * "non-GAAP"/"non-IFRS" measures and what the note is ("statement",
 * "information", "measure", "cautionary", "note", "disclaimer": not a
 * story's "Non-GAAP earnings"), no sentence mark ending it ("Forward-
 * Looking Statements", "Cautionary Note Regarding Forward-Looking
 * Information", "Use of Non-GAAP Financial Measures"); ≤ 90 chars
 * (extract_science.c). */
int pa_line_safe_harbor_label(const pa_line *line);

/* pa_line_science_note — a health or science page's own note: the release
 * host's "Disclaimer: … not responsible for the accuracy …" (or "… of
 * news releases" without the label), a release's "Funder: …" and
 * "Keywords: …" fields (≤ 200 chars, no full stop last), the health desk's "SOURCES: …" / "SOURCE: …" (the
 * label in capitals), the magazine's "Originally published on Example
 * Science." (≤ 80 chars, a full stop last) and "This article was
 * originally published with the title …" (≤ 300 chars), a science wire's
 * review note ("This article has been reviewed according to … editorial
 * process …") and its attributes alone ("fact-checked", "proofread",
 * "peer-reviewed publication"; ≤ 30 chars), the health site's credits in
 * one line ("Medically reviewed by … — Written by … — Updated on …": a
 * review credit opening it and a second credit after a dash, bar or
 * bullet, no full stop last; ≤ 240 chars) and a desk's
 * funding note that says its supporters keep out of its journalism ("…
 * is supported by a grant from … Our financial supporters are not
 * involved in any decisions about our journalism."; ≤ 400 chars), the
 * site's boxes on its own standards ("Why trust us?", "How we vet brands
 * and products" (≤ 60 chars) and their notes naming "our editorial
 * process"/"our vetting process" with its reviews or picks; ≤ 500 chars);
 * 12 to 700 chars (extract_science.c). */
int pa_line_science_note(const pa_line *line);

/* pa_line_newsroom_note — a news organisation's note about itself under a
 * story it wrote or lent: a name of one to eight capitalised words (or
 * "of", "and", "the", "&"), "is a"/"is an", and in that first sentence a
 * newsroom or news service and what it does ("KFF Health News is a
 * national newsroom that produces in-depth journalism about health issues
 * …", "Example Chalk is a nonprofit news site covering schools."); 40 to
 * 500 chars.  A story may introduce an outlet so: extract.c takes it only
 * among the last paragraphs of the text, as the site's own blurb
 * (extract_science.c). */
int pa_line_newsroom_note(const pa_line *line);

/* pa_line_affiliation_byline — the byline of a researcher writing for a
 * news site: each writer's name (two to four name words), a comma and an
 * institution of research or care opening in a capital ("Jane Roe,
 * University of Example", "Jane Roe, Example Institute of Marine Science;
 * John Doe, Example Hospital"); at most four writers parted by "; " or
 * " and ", no ':', '!', '?' or quote, no full stop last, 10 to 160 chars.
 * Only above the story (the caller's bound) (extract_science.c). */
int pa_line_affiliation_byline(const pa_line *line);

#endif
