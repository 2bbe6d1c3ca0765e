#!/usr/bin/env python3
"""Generate bench/stress/wiki pages: news and reference pages on wiki engines and knowledge bases, 2008-2025
(invented sites, original text made from the sentence frames below; nothing copied from the web).

Usage: python3 bench/stress/wiki/gen/gen.py bench/stress/wiki   (writes NN.html/.txt/.json)

Templates: wn10 (Wikinews-like, Vector 2010), wn22 (Wikinews-like, Vector 2022), ency10 (encyclopedia, Vector 2010:
hatnote, infobox, TOC, [edit] links, [n] marks, references, navbox, categories), ency22 (Vector 2022: sticky header,
sidebar TOC), mono (MonoBook), timeless (Timeless), oldmw (a 2008 company MediaWiki), fandom (Fandom-like: ads,
portable infobox, "Community content is available under CC-BY-SA"), confl (Confluence-like team page), doku
(DokuWiki), notion (Notion-like public page), zendesk (help centre article), intercom (Intercom-like help article),
fresh (Freshdesk-like solution article), gitbook (GitBook/Wiki.js-like docs page).  Body = EXP lines; see the
"wiki" section of bench/stress/README.md for the policy.  Every page carries one body sentence that opens like
furniture ("Share of …", "Related to …", "Photo by photo …", "See also …", "Retrieved from …", "Edit …")."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS  # noqa: E402

OUT = sys.argv[1]
R = random.Random(20261207)
E = html.escape
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()

PLACES = ['Harrowgate', 'Vellmouth', 'Ostrava Bay', 'Kellerton', 'Pinecrest Falls', 'Dunhallow', 'Marrisford',
          'Lake Orvell', 'Saltmere', 'Brackenridge', 'Thornbury Vale', 'Eastwick Cross']
PEOPLE = ['Ilse Marwood', 'Tomas Drey', 'Priya Halden', 'Okoro Benning', 'Hanna Lisowska', 'Rafael Quint',
          'Maud Ferrier', 'Jonah Whitlow', 'Sunniva Aas', 'Dario Pell', 'Keiko Amsel', 'Bram Oosterhuis']
ORGS = ['the Harbour Transit Authority', 'the Regional Water Board', 'the Northfield Science Museum',
        'the Coastal Rowing Federation', 'the Orvell Valley Council', 'the Saltmere Festival Trust']
NEWS_TOPICS = [
    ('Flood barrier opens early as river rises in {p}', 'flood barrier'),
    ('{p} council votes to restore night buses', 'night bus service'),
    ('Museum in {p} returns carved doors to village', 'carved doors'),
    ('Rowing club wins first national title for {p}', 'national title'),
    ('Power cut leaves 9,000 homes dark in {p}', 'power cut'),
    ('Volunteers count record number of seals near {p}', 'seal count'),
    ('{p} library reopens after three-year rebuild', 'library'),
]
ENCY = [
    ('Kellerton Viaduct', 'railway viaduct', 'structure'), ('Vellmouth pear', 'pear cultivar', 'plant'),
    ('Marrisford Rovers F.C.', 'association football club', 'club'), ('Lake Orvell', 'glacial lake', 'lake'),
    ('The Saltmere Tapes', 'album', 'album'), ('Dunhallow Castle', 'ruined castle', 'castle'),
    ('Brackenridge Observatory', 'astronomical observatory', 'building'), ('Thornbury cipher', 'cipher', 'method'),
    ('Pinecrest Falls Railway', 'heritage railway', 'line'), ('Eastwick Cross market', 'street market', 'market'),
    ('Harrowgate lace', 'bobbin lace', 'craft'), ('Ostrava Bay lighthouse', 'lighthouse', 'tower'),
]
FANDOM = [('Captain Morrow Vell', 'character'), ('The Glass Archipelago', 'location'), ('Episode 14: Low Tide', 'episode')]
TEAM = ['Release checklist', 'On-call handbook', 'Quarterly planning: Q3', 'Data retention policy',
        'Onboarding for new support staff', 'Incident review: login outage', 'Style guide for API docs']
HELP = ['How do I reset my password?', 'Changing the billing email on your account', 'Exporting your data as CSV',
        'Why was my payment declined?', 'Setting up two-factor authentication', 'Adding team members to a workspace',
        'Cancelling or pausing your subscription', 'Connecting the calendar integration', 'Troubleshooting sync errors']

COUNTER = ['Share of the vote for the proposal was higher in the northern wards than anywhere else.',
           'Related to the earlier dispute, a second claim was settled out of court the following spring.',
           'Photo by photo, the survey team rebuilt the lost façade from postcards sent in by residents.',
           'See also the older bridge upstream, which the engineers studied before drawing their own plans.',
           'Retrieved from the river bed in 1974, the bell now hangs in the parish hall.',
           'Edit history on the page shows that the two names were used side by side for a decade.',
           'Contents of the time capsule were listed by the pupils who sealed it.',
           'Follow the signs to the north gate, where the path is step-free.']


def pick(seq):
    return seq[R.randrange(len(seq))]


def news_paras(title, thing, place):
    a, b, c = R.sample(PEOPLE, 3)
    org = pick(ORGS)
    n = R.randrange(12, 95)
    return [
        '%s said on %s that the %s in %s had been brought forward after %d days of work, two weeks ahead of the plan agreed in the spring.' % (org[0].upper() + org[1:], pick(DAYS), thing, place, n),
        'Residents had asked for the change since %d. "We were told to wait for a study, then for a second study," said %s, who chairs the neighbourhood forum. "Today we finally have something to show for it."' % (R.randrange(2001, 2012), a),
        'The project cost about %d million, shared between the authority and a national fund. %s, a spokesperson, said the final figure would be published with the annual accounts.' % (R.randrange(2, 40), b),
        pick(COUNTER),
        'Critics say the timing is political. %s, an opposition member, told reporters that the announcement came "a month before the election, not by chance", a claim the authority denies.' % c,
        'A public meeting is planned for later in the month, and the authority has said it will publish the minutes online.',
    ]


def ency_sections(name, kind, noun, place):
    a, b = R.sample(PEOPLE, 2)
    y = R.randrange(1820, 1960)
    return [
        (None, ['The %s is a %s near %s. It was completed in %d to designs by %s and is one of the best-known landmarks of the district.[1]' % (name, kind, place, y, a),
                'The %s is listed as a protected %s and is open to visitors for most of the year.[2]' % (name, noun)]),
        ('History', ['Plans for the %s were first drawn up in %d, but work stopped twice for lack of money.[3] %s took over the project after the death of the first designer and changed the plans to use local stone.' % (name, y - 11, a),
                     pick(COUNTER),
                     'During the Second World War the %s was used as a store, and damage from a fire in %d was not repaired until the 1960s.[1]' % (noun, R.randrange(1940, 1945))]),
        ('Description', ['The %s is about %d metres long. Its builders used a lime mortar mixed with crushed shell, which gives the walls a pale grey colour.[4]' % (noun, R.randrange(30, 400)),
                         'Visitors reach it by a path from the old road; the nearest station is %d km away.' % R.randrange(2, 19)]),
        ('In popular culture', ['The %s appears in a 1980s television drama and on the cover of a folk album by %s.[5]' % (noun, b)]),
    ]


def refs(k):
    out = []
    for i in range(1, k + 1):
        p = pick(PEOPLE).split()
        out.append('^ %s, %s (%d). "%s". %s Historical Review. Retrieved %d %s %d.' % (
            p[1], p[0], R.randrange(1960, 2020), pick(['Notes on local building', 'A survey of the district', 'Stone and lime', 'The river trades']),
            pick(PLACES), R.randrange(1, 28), pick(MONTHS), R.randrange(2009, 2024)))
    return out


def date_of(y):
    m, d = R.randrange(1, 13), R.randrange(1, 28)
    import datetime
    dt = datetime.date(y, m, d)
    return dt, '%s, %s %d, %d' % (DAYS[dt.weekday()], MONTHS[m - 1], d, y)


def head(title, site, lang='en', extra=''):
    return ('<!DOCTYPE html>\n<html lang="%s" dir="ltr"><head><meta charset="utf-8"><title>%s - %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n' % (lang, E(title), E(site), extra))


def P(t):
    return '<p>%s</p>\n' % E(t)


def marks(t):  # "[1]" in text -> MediaWiki sup.reference
    import re
    return re.sub(r'\[(\d+)\]', r'<sup id="cite_ref-\1" class="reference"><a href="#cite_note-\1">[\1]</a></sup>', E(t))


def mw_heading(t, edit, skin):
    if not edit:
        return '<h2><span class="mw-headline" id="%s">%s</span></h2>\n' % (t.replace(' ', '_'), E(t))
    if skin == 'v22':
        return ('<div class="mw-heading mw-heading2"><h2 id="%s">%s</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                '<a href="/w/index.php?action=edit&amp;section=1" title="Edit section: %s">edit</a><span class="mw-editsection-bracket">]</span></span></div>\n' % (t.replace(' ', '_'), E(t), E(t)))
    return ('<h2><span class="mw-headline" id="%s">%s</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            '<a href="/w/index.php?action=edit&amp;section=1" title="Edit section: %s">edit</a><span class="mw-editsection-bracket">]</span></span></h2>\n' % (t.replace(' ', '_'), E(t), E(t)))


def mw_chrome_top(site, skin):
    if skin == 'v22':
        return ('<a class="mw-jump-link" href="#bodyContent">Jump to content</a>\n<div class="vector-header-container"><header class="vector-header">'
                '<button class="vector-main-menu-button">Main menu</button><a href="/" class="mw-logo"><span>%s</span></a>'
                '<div id="p-search"><form><input type="search" placeholder="Search %s"><button>Search</button></form></div>'
                '<nav class="vector-user-links"><a href="#">Donate</a> <a href="#">Create account</a> <a href="#">Log in</a></nav></header></div>\n' % (E(site), E(site)))
    if skin == 'mono':
        return ('<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body">\n')
    if skin == 'timeless':
        return ('<div id="mw-header-container"><div id="p-logo-text"><a href="/">%s</a></div><div id="p-search"><input type="search" placeholder="Search"></div>'
                '<div id="user-tools"><a href="#">Log in</a></div></div>\n<div id="mw-content-container"><div id="mw-content-block">\n' % E(site))
    return ('<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>\n'
            '<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div class="sitenotice">Help us write the next edition: join the %s writing contest.</div></div>\n' % E(site))


def mw_tabs(skin):
    if skin == 'v22':
        return ('<div class="vector-page-toolbar"><nav><a href="#">Article</a> <a href="#">Talk</a></nav><nav><a href="#">Read</a> <a href="#">Edit</a> <a href="#">View history</a>'
                ' <button>Tools</button></nav></div>\n')
    return ('<div id="mw-head"><div id="p-personal"><ul><li>Not logged in</li><li><a href="#">Talk</a></li><li><a href="#">Contributions</a></li><li><a href="#">Create account</a></li><li><a href="#">Log in</a></li></ul></div>'
            '<div id="left-navigation"><ul><li><a href="#">Article</a></li><li><a href="#">Discussion</a></li></ul></div><div id="right-navigation"><ul><li><a href="#">Read</a></li>'
            '<li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul><div id="p-search"><input type="search" placeholder="Search"></div></div></div>\n')


def mw_sidebar(site):
    return ('<div id="mw-panel"><div id="p-logo"><a class="mw-wiki-logo" href="/" title="Visit the main page"></a></div>'
            '<div class="portal" id="p-navigation"><h3>Navigation</h3><ul><li><a href="#">Main page</a></li><li><a href="#">Recent changes</a></li><li><a href="#">Random page</a></li><li><a href="#">Help</a></li></ul></div>'
            '<div class="portal" id="p-tb"><h3>Tools</h3><ul><li><a href="#">What links here</a></li><li><a href="#">Related changes</a></li><li><a href="#">Special pages</a></li><li><a href="#">Printable version</a></li><li><a href="#">Permanent link</a></li><li><a href="#">Page information</a></li><li><a href="#">Cite this page</a></li></ul></div>'
            '<div class="portal" id="p-lang"><h3>In other languages</h3><ul><li><a href="#" lang="de">Deutsch</a></li><li><a href="#" lang="fr">Français</a></li><li><a href="#" lang="pl">Polski</a></li></ul></div></div>\n')


def mw_footer(site, when, cats):
    return ('<div class="printfooter">Retrieved from "<a href="#">https://%s/w/index.php?oldid=%d</a>"</div>\n'
            '<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="#">Categories</a>: <ul>%s</ul></div></div>\n'
            '<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on %s, at %02d:%02d.</li>'
            '<li id="footer-info-copyright">Text is available under the Creative Commons Attribution License; additional terms may apply.</li></ul>'
            '<ul id="footer-places"><li><a href="#">Privacy policy</a></li><li><a href="#">About %s</a></li><li><a href="#">Disclaimers</a></li><li><a href="#">Mobile view</a></li></ul></div>\n'
            % (site.lower().replace(' ', '') + '.org', R.randrange(10**6, 10**7), ''.join('<li><a href="#">%s</a></li>' % E(c) for c in cats),
               when, R.randrange(0, 24), R.randrange(0, 60), E(site)))


def toc(heads):
    return ('<div id="toc" class="toc" role="navigation"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">'
            '<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>%s</ul></div>\n'
            % ''.join('<li class="toclevel-1 tocsection-%d"><a href="#%s"><span class="tocnumber">%d</span> <span class="toctext">%s</span></a></li>' % (i, h.replace(' ', '_'), i, E(h)) for i, h in enumerate(heads, 1)))


def navbox(title, place):
    items = ['%s %s' % (place, w) for w in ['Viaduct', 'Castle', 'Market', 'Lighthouse', 'Observatory', 'Railway', 'Museum']]
    return ('<div role="navigation" class="navbox" aria-labelledby="nb"><table class="nowraplinks collapsible autocollapse navbox-inner"><tr><th class="navbox-title" colspan="2">'
            '<div class="plainlinks hlist navbar mini"><ul><li><a href="#" title="View this template">v</a></li><li><a href="#">t</a></li><li><a href="#">e</a></li></ul></div><div id="nb">Landmarks of %s</div></th></tr>'
            '<tr><th class="navbox-group">Buildings</th><td class="navbox-list hlist"><ul>%s</ul></td></tr></table></div>\n' % (E(place), ''.join('<li><a href="#">%s</a></li>' % E(i) for i in items)))


# ---------------------------------------------------------------- renderers: each returns (html, expected blocks, meta)

def r_wikinews(n, skin):
    tt, thing = NEWS_TOPICS[n % len(NEWS_TOPICS)]
    place = PLACES[n % len(PLACES)]
    title = tt.format(p=place)
    y = R.randrange(2008, 2025)
    dt, dl = date_of(y)
    paras = news_paras(title, thing, place)
    site = 'Opennews Wiki' if skin == 'v10' else 'Freepress Wiki'
    srcs = ['"%s". The %s Courier, %s %d, %d.' % (title.replace('council', 'Council'), place, MONTHS[dt.month - 1], dt.day, y),
            '%s. "Statement on the %s" — %s, %s %d, %d.' % (pick(PEOPLE), thing, pick(ORGS).replace('the ', '').title(), MONTHS[dt.month - 1], dt.day, y)]
    related = ['%s approves budget for %s' % (pick(PLACES), pick(['new ferry', 'school roofs', 'river wall'])), 'Storm closes harbour road in %s' % pick(PLACES)]
    h = [head(title, site, 'en', '<meta property="og:type" content="article"><meta property="og:title" content="%s">\n' % E(title)),
         '<body class="mediawiki ltr skin-%s">\n' % ('vector' if skin == 'v10' else 'vector-2022'), mw_chrome_top(site, skin)]
    if skin == 'v22':
        h.append(mw_tabs(skin))
    h.append('<h1 id="firstHeading" class="firstHeading">%s</h1>\n<div id="bodyContent" class="vector-body"><div id="siteSub">From %s, the free news source you can write!</div>'
             '<div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>\n'
             '<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">\n' % (E(title), E(site)))
    h.append('<table class="infobox" style="float:right"><tr><td><b>Related news</b><ul>%s</ul></td></tr><tr><td><b>Share this:</b> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Reddit</a> <a href="#">Email</a></td></tr></table>\n'
             % ''.join('<li><a href="#">%s</a></li>' % E(r) for r in related))
    h.append('<p><strong class="published"><span id="publishDate" class="value-title" title="%s"></span>%s</strong></p>\n' % (dt.isoformat(), dl))
    exp = []
    if n % 3 == 0:  # photo with caption inside the story
        h.append('<div class="thumb tright"><div class="thumbinner"><img src="/f/%d.jpg" width="220" height="150"><div class="thumbcaption">File photo of the %s in %s.<br>Image: %s.</div></div></div>\n' % (n, thing, place, pick(PEOPLE)))
    for i, p in enumerate(paras):
        h.append(P(p))
        exp.append(p)
        if i == 2 and n % 2 == 0:
            h.append('<div class="mw-heading mw-heading3"><h3>Reaction</h3></div>\n' if skin == 'v22' else '<h3><span class="mw-headline" id="Reaction">Reaction</span></h3>\n')
            exp.append('Reaction')
    h.append('<h2><span class="mw-headline" id="Related_news">Related news</span></h2>\n<ul>%s</ul>\n' % ''.join('<li><a href="#">%s</a></li>' % E(r) for r in related))
    h.append('<h2><span class="mw-headline" id="Sources">Sources</span></h2>\n<ul>%s</ul>\n' % ''.join('<li><span class="sourceTemplate">%s</span></li>' % E(s) for s in srcs))
    exp.append('Sources')
    exp.extend(srcs)
    h.append('<div class="noprint" id="share-box"><b>Share this:</b> <a href="#">Share on Facebook</a> <a href="#">Post on X</a> <a href="#">Email</a></div>\n'
             '<table class="cc-notice"><tr><td>This text is released under the Creative Commons Attribution 2.5 License. Credit the contributors of %s.</td></tr></table>\n' % E(site))
    h.append('</div></div></div>\n')
    h.append(mw_footer(site, '%d %s %d' % (R.randrange(1, 28), pick(MONTHS), y + 1), ['%s' % place, 'Local politics', 'Published', 'Archived']))
    if skin == 'v10':
        h.append(mw_tabs(skin) + mw_sidebar(site))
    h.append('</body></html>\n')
    return ''.join(h), exp, dict(published=dt.isoformat(), lang='en', title=title)


def r_ency(n, skin):
    name, kind, noun = ENCY[n % len(ENCY)]
    place = PLACES[(n * 5) % len(PLACES)]
    secs = ency_sections(name, kind, noun, place)
    site = {'v10': 'Openpedia', 'v22': 'Openpedia', 'mono': 'Localwiki', 'timeless': 'Heritage Wiki', 'old': 'Wendell Intranet Wiki'}[skin]
    edit = skin != 'old'
    h = [head(name, site, 'en'), '<body class="mediawiki skin-%s">\n' % skin, mw_chrome_top(site, skin)]
    if skin in ('v22', 'timeless'):
        h.append(mw_tabs(skin))
    h.append('<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">%s</span></h1>\n' % E(name))
    h.append('<div id="bodyContent"><div id="siteSub" class="noprint">From %s, the free encyclopedia</div><div id="contentSub"></div>'
             '<a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>\n'
             '<div id="mw-content-text" class="mw-body-content" lang="en" dir="ltr"><div class="mw-parser-output">\n' % E(site))
    if n % 2 == 0 and skin != 'old':
        h.append('<div role="note" class="hatnote navigation-not-searchable">For other uses, see <a href="#">%s (disambiguation)</a>.</div>\n' % E(name))
    if n % 4 == 1:
        h.append('<table class="box-Refimprove plainlinks metadata ambox ambox-content" role="presentation"><tr><td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for verification</b>. Please help improve this article by adding citations to reliable sources. Unsourced material may be challenged and removed.<br><small>Find sources: <a href="#">news</a> · <a href="#">books</a></small></div></td></tr></table>\n')
    exp = []
    ib = [('Location', place), ('Built', str(R.randrange(1820, 1960))), ('Architect', pick(PEOPLE)), ('Status', 'Open to visitors')]
    if skin != 'old':
        h.append('<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">%s</th></tr><tr><td colspan="2" class="infobox-image"><img src="/u/%d.jpg" width="250" height="180"><div class="infobox-caption">The %s from the south, %d</div></td></tr>%s</tbody></table>\n'
                 % (E(name), n, noun, R.randrange(1990, 2020), ''.join('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s</td></tr>' % (E(k), E(v)) for k, v in ib)))
        exp.extend('%s %s' % kv for kv in ib)  # infobox rows: body (the readability references keep them)
    heads = [s[0] for s in secs if s[0]] + ['See also', 'References', 'External links']
    for i, (hd, paras) in enumerate(secs):
        if hd:
            if i == 1 and skin in ('v10', 'mono', 'old'):
                h.append(toc(heads))
            h.append(mw_heading(hd, edit, skin))
            exp.append(hd + ('[edit]' if edit else ''))
        for p in paras:
            h.append('<p>%s</p>\n' % marks(p))
            exp.append(p)
        if hd == 'Description' and n % 3 == 0:
            h.append('<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="#"><img src="/u/x%d.jpg" width="220" height="160"></a><figcaption>The north face in %d, before restoration</figcaption></figure>\n' % (n, R.randrange(1950, 1990)))
    see = ['%s %s' % (place, w) for w in ('Museum', 'Railway')]
    h.append(mw_heading('See also', edit, skin) + '<ul>%s</ul>\n' % ''.join('<li><a href="#">%s</a></li>' % E(s) for s in see))
    exp.append('See also' + ('[edit]' if edit else ''))
    exp.extend(see)
    rr = refs(5)
    h.append(mw_heading('References', edit, skin) + '<div class="reflist"><ol class="references">%s</ol></div>\n' % ''.join(
        '<li id="cite_note-%d"><span class="mw-cite-backlink"><b><a href="#cite_ref-%d">^</a></b></span> <span class="reference-text"><cite class="citation">%s</cite></span></li>' % (i, i, E(r[2:])) for i, r in enumerate(rr, 1)))
    exp.append('References' + ('[edit]' if edit else ''))
    exp.extend(rr)
    ext = ['Official website of the %s' % name, '%s at the %s Heritage Register' % (name, place)]
    h.append(mw_heading('External links', edit, skin) + '<ul>%s</ul>\n' % ''.join('<li><a class="external text" href="#">%s</a></li>' % E(s) for s in ext))
    exp.append('External links' + ('[edit]' if edit else ''))
    exp.extend(ext)
    if skin != 'old':
        h.append(navbox(name, place))
    h.append('</div></div></div>\n')
    h.append(mw_footer(site, '%d %s %d' % (R.randrange(1, 28), pick(MONTHS), R.randrange(2012, 2025)), ['Buildings in %s' % place, 'Protected %ss' % noun, 'Articles needing additional references']))
    if skin == 'mono':
        h.append('</div></div><div id="column-one">' + mw_tabs(skin) + mw_sidebar(site) + '</div></div>\n')
    elif skin in ('v10', 'old'):
        h.append(mw_tabs(skin) + mw_sidebar(site))
    else:
        h.append('</div></div>\n')
    h.append('</body></html>\n')
    return ''.join(h), exp, dict(published=None, lang='en', title=name)


def r_fandom(n):
    name, kind = FANDOM[n % len(FANDOM)]
    site = 'Tidewatch Wiki'
    a, b = R.sample(PEOPLE, 2)
    paras = ['%s is a %s in the animated series Tidewatch. %s first appears in the second season.' % (name, kind, name.split(':')[0]),
             'Fans often compare %s with the captain of the Gull, although the writers have said the two were planned separately.' % name,
             pick(COUNTER),
             'In the third season the story of %s ends on the cliffs above the harbour, in a scene the voice actor %s called "the hardest day of recording".' % (name, a)]
    h = [head(name, site + ' | Fandom', 'en', '<meta property="og:site_name" content="%s">\n' % site), '<body class="skin-fandomdesktop">\n<div class="global-navigation"><a href="#">FANDOM</a> <a href="#">Games</a> <a href="#">Movies</a> <a href="#">TV</a> <a href="#">Wikis</a> <a href="#">Sign In</a> <a href="#">Register</a></div>\n'
         '<div class="top-ads-container"><div class="ad-slot">Advertisement</div></div>\n<div class="fandom-community-header"><a href="#">%s</a><span>%d pages</span><nav><a href="#">Explore</a> <a href="#">Characters</a> <a href="#">Episodes</a> <a href="#">Community</a></nav></div>\n' % (site, R.randrange(400, 4000)),
         '<main class="page__main"><div class="page-header"><div class="page-header__categories">in: <a href="#">Characters</a>, <a href="#">Season 2</a>, <a href="#">Humans</a></div>'
         '<h1 class="page-header__title">%s</h1><div class="page-header__actions"><a href="#">Edit</a> <a href="#">Comments (%d)</a> <a href="#">Share</a></div></div>\n' % (E(name), R.randrange(2, 60)),
         '<div id="content" class="page-content"><div id="mw-content-text"><div class="mw-parser-output">\n',
         '<aside class="portable-infobox pi-background"><h2 class="pi-item pi-title">%s</h2><figure class="pi-image"><img src="/i/%d.png"><figcaption>%s in "The Last Lamp"</figcaption></figure>'
         '<section class="pi-group"><h2 class="pi-header">General information</h2><div class="pi-data"><h3 class="pi-data-label">Voiced by</h3><div class="pi-data-value">%s</div></div><div class="pi-data"><h3 class="pi-data-label">First appearance</h3><div class="pi-data-value">Episode 9</div></div></section></aside>\n' % (E(name), n, E(name), E(a))]
    exp = []
    exp += ['%s' % name, 'General information', 'Voiced by %s' % a, 'First appearance Episode 9']
    h.append(P(paras[0]) + P(paras[1]))
    exp += paras[:2]
    h.append('<div class="ad-slot incontent-ad"><div class="ad-label">Advertisement</div></div>\n')
    h.append(mw_heading('Biography', True, 'v10') + P(paras[2]) + P(paras[3]))
    exp += ['Biography[edit]', paras[2], paras[3]]
    h.append(mw_heading('Trivia', True, 'v10') + '<ul><li>%s</li><li>%s</li></ul>\n' % (E('The name was taken from a lighthouse keeper in %s.' % pick(PLACES)), E('%s drew the first sketches on a train.' % b)))
    exp += ['Trivia[edit]', 'The name was taken from a lighthouse keeper in %s.' % PLACES[0], '']
    exp = exp[:-2] + [exp[-2]]  # placeholder fixed below
    h.append('</div></div></div>\n<div class="page__right-rail"><section class="rail-module"><h2>Popular pages</h2><ul><li><a href="#">Gull (ship)</a></li><li><a href="#">Season 3</a></li></ul></section><div class="ad-slot">Advertisement</div></div>\n'
             '<section class="article-comments"><h2>Comments</h2><p>Loading comments…</p></section>\n'
             '<div class="license-description">Community content is available under <a href="#">CC-BY-SA</a> unless otherwise noted.</div></main>\n'
             '<footer class="global-footer"><h2>Explore properties</h2><a href="#">Fandom</a> <a href="#">Muthead</a> <a href="#">Fanatical</a><h2>Follow Us</h2><h2>Overview</h2><a href="#">What is Fandom?</a> <a href="#">About</a> <a href="#">Careers</a> <a href="#">Press</a><p>Fan Feed</p></footer>\n</body></html>\n')
    return h, exp, paras


def r_fandom_fix(n):
    h, exp, paras = r_fandom(n)
    body = ''.join(h)
    import re
    lis = re.findall(r'<li>([^<]*)</li><li>([^<]*)</li></ul>\n', body)[-1]
    exp = [e for e in exp if not e.startswith('The name was taken')] + [html.unescape(lis[0]), html.unescape(lis[1])]
    name = FANDOM[n % len(FANDOM)][0]
    return body, exp, dict(published=None, lang='en', title=name)


def team_body(title):
    a, b, c = R.sample(PEOPLE, 3)
    blocks = [('p', 'This page describes how the team handles the %s. It replaces the older page in the shared drive, which is no longer kept up to date.' % title.lower()),
              ('h2', 'Owners'),
              ('table', [('Area', 'Owner', 'Backup'), ('Process', a, b), ('Tooling', b, c)]),
              ('h2', 'Steps'),
              ('ol', ['Open a ticket in the tracker and link it from the team channel.', 'Check the dashboard for open alerts before you start.', 'Ask %s to review anything that touches customer data.' % c]),
              ('info', 'Note: changes made after 16:00 on a Friday need a second approver.'),
              ('p', pick(COUNTER)),
              ('h2', 'Open questions'),
              ('ul', ['Should the review move to Tuesdays?', 'Who owns the archive once the project closes?'])]
    return blocks


def render_blocks(blocks, style):
    h, exp = [], []
    for kind, v in blocks:
        if kind == 'p':
            h.append(P(v)); exp.append(v)
        elif kind in ('h2', 'h3'):
            h.append('<%s>%s</%s>\n' % (kind, E(v), kind)); exp.append(v)
        elif kind == 'table':
            h.append('<table class="%s"><tbody>%s</tbody></table>\n' % (style, ''.join('<tr>%s</tr>' % ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % E(c) for c in row) for i, row in enumerate(v))))
            exp.extend(' '.join(row) for row in v)
        elif kind in ('ol', 'ul'):
            h.append('<%s>%s</%s>\n' % (kind, ''.join('<li>%s</li>' % E(x) for x in v), kind)); exp.extend(v)
        elif kind == 'info':
            h.append('<div class="%s-info"><p>%s</p></div>\n' % (style, E(v))); exp.append(v)
        elif kind == 'code':
            h.append('<pre><code>%s</code></pre>\n' % E(v)); exp.append(v)
    return ''.join(h), exp


def r_team(n, kind):
    title = TEAM[n % len(TEAM)]
    blocks = team_body(title)
    a = pick(PEOPLE)
    y = R.randrange(2014, 2025)
    dt, _ = date_of(y)
    body, exp = render_blocks(blocks, kind)
    if kind == 'confl':
        h = [head(title, 'Support Team - Wendell Confluence'), '<body id="com-atlassian-confluence">\n<header id="header"><nav class="aui-header"><a href="#">Spaces</a> <a href="#">People</a> <a href="#">Create</a><input placeholder="Search"></nav></header>\n',
             '<div class="ia-splitter-left"><div class="acs-side-bar"><h5>Space shortcuts</h5><ul><li><a href="#">Team calendar</a></li></ul><h5>Page tree</h5><ul><li><a href="#">Team home</a><ul><li><a href="#">%s</a></li><li><a href="#">Meeting notes</a></li></ul></li></ul></div></div>\n' % E(title),
             '<div id="main" class="aui-page-panel"><ol id="breadcrumbs"><li><a href="#">Pages</a></li><li><a href="#">Support Team</a></li><li><a href="#">Processes</a></li></ol>\n<div id="title-heading"><h1 id="title-text">%s</h1></div>\n' % E(title),
             '<div class="page-metadata"><ul><li class="page-metadata-item">Created by <a href="#">%s</a>, last modified on %s %d, %d</li></ul></div>\n' % (E(a), MONTHS[dt.month - 1][:3], dt.day, y),
             '<div id="main-content" class="wiki-content">\n', body.replace('class="confl-info"', 'class="confluence-information-macro confluence-information-macro-note"'), '</div>\n',
             '<div id="likes-and-labels-container"><div id="likes-section"><a href="#">Like</a> Be the first to like this</div><div class="labels-section-content"><ul class="label-list"><li><a href="#">process</a></li><li><a href="#">support</a></li></ul></div></div>\n',
             '<div id="comments-section"><h2>%d Comments</h2><div class="comment"><p class="author">%s</p><p>Could we add the rollback steps here too?</p></div><a href="#">Write a comment…</a></div></div>\n' % (1, E(pick(PEOPLE))),
             '<footer id="footer"><p>Powered by Atlassian Confluence 7.13.2</p><p><a href="#">Report a bug</a> · <a href="#">Atlassian News</a></p></footer>\n</body></html>\n']
    elif kind == 'doku':
        h = [head(title, 'Wendell Wiki'), '<body><div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki">\n',
             '<div id="dokuwiki__header"><div class="headings"><h1><a href="#">Wendell Wiki</a></h1></div><div class="tools"><div id="dokuwiki__usertools"><ul><li><a href="#">Log In</a></li></ul></div>'
             '<div id="dokuwiki__sitetools"><form><input type="text" placeholder="Search"></form><ul><li><a href="#">Recent Changes</a></li><li><a href="#">Media Manager</a></li><li><a href="#">Sitemap</a></li></ul></div></div>'
             '<div class="breadcrumbs"><div class="trace"><span class="bchead">Trace:</span> <a href="#">start</a> » <a href="#">%s</a></div></div></div>\n' % E(title.lower().replace(' ', '_')),
             '<div class="wrapper group"><div id="dokuwiki__content"><div class="pad group"><div class="pageId"><span>team:%s</span></div><div class="page group">\n' % E(title.lower().replace(' ', '_')),
             '<div id="dw__toc" class="dw__toc"><h3 class="toggle">Table of Contents</h3><div><ul class="toc"><li class="level1"><div class="li"><a href="#owners">Owners</a></div></li><li class="level1"><div class="li"><a href="#steps">Steps</a></div></li></ul></div></div>\n',
             '<h1 class="sectionedit1">%s</h1>\n<div class="level1">' % E(title), body.replace('class="doku-info"', 'class="wrap_info"'), '</div>\n',
             '</div><div class="docInfo"><bdi>team/%s.txt</bdi> · Last modified: %d/%02d/%02d %02d:%02d by <bdi>%s</bdi></div></div></div>\n' % (title.lower().replace(' ', '_'), y, dt.month, dt.day, R.randrange(24), R.randrange(60), a.split()[0].lower()),
             '<div id="dokuwiki__pagetools"><ul><li><a href="#">Show pagesource</a></li><li><a href="#">Old revisions</a></li><li><a href="#">Backlinks</a></li><li><a href="#">Back to top</a></li></ul></div></div>\n',
             '<div id="dokuwiki__footer"><div class="license">Except where otherwise noted, content on this wiki is licensed under the following license: CC Attribution-Share Alike 4.0 International</div></div></div></div>\n</body></html>\n']
    else:  # notion
        h = [head(title, 'Notion'), '<body><div id="notion-app"><div class="notion-topbar"><div class="breadcrumbs"><a href="#">Wendell Team</a> / <a href="#">%s</a></div><div class="topbar-actions"><span>Edited %s %d</span> <a href="#">Share</a> <a href="#">Duplicate</a> <a href="#">Try Notion</a></div></div>\n' % (E(title), MONTHS[dt.month - 1][:3], dt.day),
             '<main class="notion-frame"><div class="notion-page-content"><div class="notion-page-block"><h1 class="notion-title">%s</h1></div>\n' % E(title),
             '<div class="notion-collection-properties"><div class="property"><span class="label">Owner</span><span>%s</span></div><div class="property"><span class="label">Status</span><span>Published</span></div><div class="property"><span class="label">Tags</span><span>Process</span></div></div>\n' % E(a),
             body.replace('<p>', '<div class="notion-text-block"><p>').replace('</p>', '</p></div>').replace('class="notion-info"', 'class="notion-callout-block"'),
             '</div></main><div class="notion-signup-banner"><p>Made with Notion, the all-in-one connected workspace with publishing capabilities.</p><a href="#">Get Notion free</a></div></div>\n</body></html>\n']
    # the page's only date is its "last modified" one (Confluence, DokuWiki): it stands for the published date,
    # as govlocal's and wcxb-en's references read it; Notion's "Edited Mar 3" has no year
    pub = dt.isoformat() if kind in ('confl', 'doku') else None
    return ''.join(h), exp, dict(published=pub, lang='en', title=title)


def help_body(title):
    app = 'Ledgerly'
    blocks = [('p', 'If you can no longer get into your %s account, or you want to change how you sign in, follow the steps below. They apply to the web app and the desktop app.' % app),
              ('h2', 'Before you start'),
              ('ul', ['You need access to the email address on the account.', 'Workspace owners can also do this for their members from the admin page.']),
              ('h2', 'Steps'),
              ('ol', ['Go to Settings and choose Account.', 'Select the option for "%s".' % title.rstrip('?'), 'Confirm with the code we send you, then choose Save.']),
              ('info', 'Tip: codes expire after 10 minutes. If yours has expired, ask for a new one.'),
              ('p', pick(COUNTER)),
              ('h2', 'Still stuck?'),
              ('p', 'Our support team answers most questions within one working day. Include the email address on your account when you write to us.')]
    return blocks


def r_help(n, kind):
    title = HELP[n % len(HELP)]
    blocks = help_body(title)
    if n % 2 == 0:
        blocks.insert(5, ('code', 'ledgerly auth reset --user you@example.com'))
    body, exp = render_blocks(blocks, kind)
    y = R.randrange(2016, 2025)
    dt, _ = date_of(y)
    a = pick(PEOPLE)
    related = ['Signing in with a single sign-on provider', 'Managing notification emails', 'What happens when a workspace is deleted']
    pub = None
    if kind == 'zendesk':
        ld = '<script type="application/ld+json">%s</script>\n' % json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": dt.isoformat() + "T09:12:00Z", "author": {"@type": "Organization", "name": "Ledgerly"}}) if n % 2 else ''
        pub = dt.isoformat()  # JSON-LD's datePublished, or the article's only date (its "Updated" one)
        h = [head(title, 'Ledgerly Help Center', 'en-us', ld), '<body class="community-enabled">\n<a class="skip-navigation" href="#main-content">Skip to main content</a>\n',
             '<header class="header"><div class="logo"><a href="#"><img src="/logo.png" alt="Ledgerly Help Center home page"></a></div><nav class="user-nav"><a href="#">Community</a> <a class="submit-a-request" href="#">Submit a request</a> <a class="sign-in" href="#">Sign in</a></nav></header>\n',
             '<main role="main"><div class="container-divider"></div><div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a href="#">Ledgerly</a></li><li><a href="#">Account &amp; security</a></li><li><a href="#">Signing in</a></li></ol>'
             '<div class="search-container"><input type="search" placeholder="Search"></div></nav>\n',
             '<div class="article-container"><section class="article-sidebar"><section class="section-articles collapsible-sidebar"><h3 class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><ul><li><a href="#" class="sidenav-item current-article">%s</a></li>%s</ul><a href="#" class="article-sidebar-item">See more</a></section></section>\n' % (E(title), ''.join('<li><a href="#" class="sidenav-item">%s</a></li>' % E(r) for r in related)),
             '<article id="main-content" class="article"><header class="article-header"><h1 title="%s" class="article-title">%s</h1><div class="article-author"><div class="avatar article-avatar"><img src="/a.png" alt="Avatar" class="user-avatar"></div><div class="article-meta"><a href="#">%s</a>'
             '<ul class="meta-group"><li class="meta-data"><time datetime="%sT09:12:00Z">%s %d, %d</time></li><li class="meta-data">Updated</li></ul></div></div>'
             '<a class="article-subscribe button" href="#">Follow</a></header>\n' % (E(title), E(title), E(a), dt.isoformat(), MONTHS[dt.month - 1], dt.day, y),
             '<section class="article-info"><div class="article-content"><div class="article-body">%s</div>\n' % body.replace('class="zendesk-info"', 'class="callout callout--tip"'),
             '<div class="article-attachments"></div></div></section>\n<footer><div class="article-footer"><div class="article-share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div></div>'
             '<div class="article-votes"><span class="article-votes-question" id="article-votes-label">Was this article helpful?</span><div class="article-votes-controls"><button class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button><button class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>'
             '<small class="article-votes-count"><span class="article-vote-label">%d out of %d found this helpful</span></small></div>\n' % (R.randrange(2, 40), R.randrange(41, 90)),
             '<div class="article-more-questions">Have more questions? <a href="#">Submit a request</a></div><div class="article-return-to-top"><a href="#">Return to top</a></div></footer>\n',
             '<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h3 class="related-articles-title">Related articles</h3><ul>%s</ul></section></section>\n' % ''.join('<li><a href="#">%s</a></li>' % E(r) for r in related),
             '<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2><p class="comment-callout">0 comments</p></header>'
             '<p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>\n',
             '<footer class="footer"><div class="footer-inner"><a href="#">Ledgerly</a><div class="footer-language-selector"><button>English (US)</button></div></div></footer>\n</body></html>\n']
    elif kind == 'intercom':
        h = [head(title, 'Ledgerly Help Center'), '<body><div id="__next"><header class="header__meta_wrapper"><a href="#" class="header__logo">Ledgerly</a><div class="header__links"><a href="#">Go to Ledgerly</a> <a href="#">English</a></div>'
             '<div class="header__form"><input placeholder="Search for articles..."></div></header>\n<main class="body__content"><section class="article"><div class="breadcrumbs"><a href="#">All Collections</a> &gt; <a href="#">Account</a> &gt; %s</div>\n' % E(title),
             '<div class="article__meta"><h1>%s</h1><div class="article__desc">%s</div><div class="avatar__info"><span>Written by %s</span><br><span>Updated over a week ago</span></div></div>\n' % (E(title), E('A quick guide for owners and members.'), E(a)),
             '<article class="jsx-content">%s</article>\n' % body.replace('class="intercom-info"', 'class="intercom-interblocks-callout"'),
             '<section class="article__reactions"><p>Did this answer your question?</p><button aria-label="Disappointed">😞</button><button aria-label="Neutral">😐</button><button aria-label="Smiley">😃</button></section></section></main>\n'
             '<footer class="footer__wrapper"><a href="#">Ledgerly</a> <span>We run on Intercom</span></footer></div>\n</body></html>\n']
    elif kind == 'fresh':
        pub = dt.isoformat()  # "Modified on: …", the page's only date
        h = [head(title, 'Ledgerly Support'), '<body><div class="page"><header class="banner"><a href="#">Ledgerly Support</a><nav><a href="#">Home</a> <a href="#">Solutions</a> <a href="#">Forums</a></nav><a href="#">Login</a> <a href="#">Sign up</a></header>\n'
             '<div class="hero-unit"><h2>How can we help you today?</h2><input placeholder="Enter your search term here..."><a href="#" class="btn">New support ticket</a> <a href="#">Check ticket status</a></div>\n',
             '<section class="container"><div class="breadcrumb"><a href="#">Solution home</a> <a href="#">Account</a> <a href="#">Security</a></div><div class="article-title"><h2 class="heading">%s</h2></div>'
             '<p class="help-text">Modified on: %s, %s %d, %d at %d:%02d %s</p>\n' % (E(title), DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day, y, R.randrange(1, 12), R.randrange(60), pick(['AM', 'PM'])),
             '<article class="article-body" id="article-body">%s</article>\n' % body.replace('class="fresh-info"', 'class="fr-note"'),
             '<div class="article-vote"><p>Did you find it helpful? <a href="#">Yes</a> <a href="#">No</a></p><a href="#">Send feedback</a><p>Sorry we couldn\'t be helpful. Help us improve this article with your feedback.</p></div>\n',
             '<div class="cs-g-c"><section class="article-list"><h3 class="list-lead">Related Articles</h3><ul>%s</ul></section></div></section>\n' % ''.join('<li><a href="#">%s</a></li>' % E(r) for r in related),
             '<footer class="footer"><a href="#">Help Desk Software</a> by Freshdesk</footer></div>\n</body></html>\n']
    else:  # gitbook-like docs
        h = [head(title, 'Ledgerly Docs'), '<body><header class="docs-header"><a href="#">Ledgerly Docs</a><input placeholder="Search… Ctrl K"><a href="#">Ask AI</a> <a href="#">Blog</a> <a href="#">Status</a></header>\n',
             '<aside class="docs-sidebar"><nav><ul><li><a href="#">Getting started</a></li><li><a href="#">Account</a><ul><li><a href="#" aria-current="page">%s</a></li><li><a href="#">Billing</a></li></ul></li><li><a href="#">API reference</a></li></ul></nav><a href="#">Powered by GitBook</a></aside>\n' % E(title),
             '<main><div class="page-header"><nav class="breadcrumb">Account</nav><h1>%s</h1><p class="page-description">What to do when you cannot sign in.</p></div>\n' % E(title),
             '<div class="page-body">%s</div>\n' % body.replace('class="gitbook-info"', 'class="hint hint-info"'),
             '<div class="page-footer"><p>Was this helpful?</p><button>Yes</button><button>No</button><div class="page-nav"><a href="#" class="prev">Previous<br>Billing</a> <a href="#" class="next">Next<br>API reference</a></div><p>Last updated %d months ago</p></div></main>\n' % R.randrange(2, 14),
             '<aside class="page-toc"><p>On this page</p><ul><li><a href="#">Before you start</a></li><li><a href="#">Steps</a></li><li><a href="#">Still stuck?</a></li></ul></aside>\n</body></html>\n']
    return ''.join(h), exp, dict(published=pub, lang='en', title=title)


PLAN = (['wn10'] * 4 + ['wn22'] * 3 + ['ency10'] * 4 + ['ency22'] * 3 + ['mono'] * 2 + ['timeless'] * 2 + ['oldmw'] * 2 + ['fandom'] * 3
        + ['confl'] * 3 + ['doku'] * 2 + ['notion'] * 2 + ['zendesk'] * 4 + ['intercom'] * 2 + ['fresh'] * 2 + ['gitbook'] * 2)


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, tpl in enumerate(PLAN, 1):
        if tpl in ('wn10', 'wn22'):
            page, exp, meta = r_wikinews(n, 'v10' if tpl == 'wn10' else 'v22')
        elif tpl in ('ency10', 'ency22', 'mono', 'timeless', 'oldmw'):
            page, exp, meta = r_ency(n, {'ency10': 'v10', 'ency22': 'v22', 'oldmw': 'old'}.get(tpl, tpl))
        elif tpl == 'fandom':
            page, exp, meta = r_fandom_fix(n)
        elif tpl in ('confl', 'doku', 'notion'):
            page, exp, meta = r_team(n, tpl)
        else:
            page, exp, meta = r_help(n, tpl)
        base = os.path.join(OUT, '%02d' % n)
        open(base + '.html', 'w', encoding='utf-8').write(page)
        open(base + '.txt', 'w', encoding='utf-8').write('\n\n'.join(exp) + '\n')
        open(base + '.json', 'w', encoding='utf-8').write(json.dumps(meta, ensure_ascii=False) + '\n')


main()
