#!/usr/bin/env python3
"""Generate bench/stress/digital pages from stories.txt (English news and features of 2017-2020 digital-native
and mid-size publishers as a crawler got them; invented sites and templates, original text).

Usage: python3 bench/stress/digital/gen/gen.py bench/stress/digital   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|author|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H subhead, LI list item, WHY a smart-brevity lead-in
'Label|text' (expected 'Label: text').
Furniture codes (never in the expected text): DEK the deck, PQ a pull quote repeating the text, RM an inline
related-story card, NL a newsletter sign-up, REC a 'Recommended' rail ('title;;title'), IMG 'caption|credit',
CORR a correction or update note, BIO the author's bio tail, GO a 'Go deeper:' link.
The second story of a template is its harder variant (see each template's docstring)."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, ymd, d_long  # noqa: E402

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20171207)
E = html.escape
BODY = ('P', 'H', 'LI', 'WHY')


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, author, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, author=author, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories


def get(st, code):
    return [v for c, v in st['items'] if c == code]


def expected(st):
    out = []
    for c, v in st['items']:
        if c in ('P', 'H', 'LI'):
            out.append(v)
        elif c == 'WHY':
            lab, _, t = v.partition('|')
            out.append('%s: %s' % (lab, t))
    return '\n\n'.join(out) + '\n'


def d_ap(w, t='9:00am', tz='EDT'):   # Jun 19, 2018, 9:00am EDT
    y, m, d = ymd(w)
    return '%s %d, %d, %s %s' % (MONTHS[m - 1][:3], d, y, t, tz)


def next_day(w):
    y, m, d = ymd(w)
    return '%d-%02d-%02d' % (y, m, d + 1 if d < 28 else d)


def slug(s):
    return genlib.slug(s, 70)


def render(st, r):
    """The story's items as HTML, each code through r[code] (a function of the value; missing codes are
    left out); a run of LI goes to r['UL'] as a list."""
    out, items, i = [], st['items'], 0
    while i < len(items):
        c, v = items[i]
        if c == 'LI':
            li = []
            while i < len(items) and items[i][0] == 'LI':
                li.append(items[i][1]); i += 1
            out.append(r['UL'](li))
            continue
        if c in r:
            out.append(r[c](v))
        i += 1
    return '\n'.join(out)


def base_r(p='<p>%s</p>', h='<h2>%s</h2>'):
    def why(v):
        lab, _, t = v.partition('|')
        return '<p><strong>%s:</strong> %s</p>' % (E(lab), E(t))
    return dict(P=lambda v: p % E(v), H=lambda v: h % E(v), WHY=why,
                UL=lambda li: '<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in li))


def head(st, site, dom, jsonld=True, meta=True, extra=''):
    title, w = st['title'], st['when']
    desc = (get(st, 'DEK') or [get(st, 'P')[0]])[0]
    out = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s - %s</title>' % (E(title), E(site)),
           '<meta name="description" content="%s">' % E(desc),
           '<link rel="canonical" href="https://www.%s/%s/%s">' % (dom, w[:4], slug(title))]
    if meta:
        out += ['<meta property="og:title" content="%s">' % E(title), '<meta property="og:type" content="article">',
                '<meta property="og:site_name" content="%s">' % E(site),
                '<meta property="article:published_time" content="%sT%02d:%02d:00Z">' % (w, random.randint(9, 22), random.randint(0, 59)),
                '<meta name="twitter:card" content="summary_large_image">']
    if jsonld:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
              'datePublished': '%sT%02d:00:00-04:00' % (w, random.randint(6, 18)),
              'dateModified': '%sT08:15:00-04:00' % next_day(w),
              'author': {'@type': 'Person', 'name': st['author']},
              'publisher': {'@type': 'Organization', 'name': site, 'logo': {'@type': 'ImageObject', 'url': 'https://www.%s/logo.png' % dom}},
              'mainEntityOfPage': 'https://www.%s/%s/%s' % (dom, w[:4], slug(title))}
        out.append('<script type="application/ld+json">%s</script>' % json.dumps(ld))
    out.append('<link rel="stylesheet" href="/static/css/main.%x.css">' % random.getrandbits(32))
    out.append('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>')
    out.append(extra)
    out.append('</head>\n')
    return '\n'.join(out)


def nav(site, items, cls='site-nav'):
    return '<header class="%s"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav><a href="/search" class="search">Search</a><a href="/account" class="login">Sign in</a></header>\n' % (
        cls, E(site), ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))


def share(cls='share-bar'):
    return ('<div class="%s"><a href="https://www.facebook.com/sharer/sharer.php" aria-label="Share on Facebook">Facebook</a>'
            '<a href="https://twitter.com/intent/tweet" aria-label="Share on Twitter">Twitter</a><a href="mailto:?" aria-label="Email">Email</a></div>') % cls


def gdpr(site):
    return ('<div id="consent-wall" class="gdpr-modal" role="dialog"><div class="gdpr-inner"><h2>We value your privacy</h2>'
            '<p>We and our partners store and/or access information on a device, such as cookies, and process personal data, such as '
            'unique identifiers and standard information sent by a device for personalised ads and content, ad and content measurement, '
            'and audience insights, as well as to develop and improve products.</p><p>With your permission we and our partners may use '
            'precise geolocation data and identification through device scanning. You may click to consent to %s\'s and our partners\' '
            'processing as described above. Alternatively you may access more detailed information and change your preferences before '
            'consenting or to refuse consenting.</p><div class="gdpr-buttons"><button class="accept">I ACCEPT</button>'
            '<button class="options">MORE OPTIONS</button></div></div></div>\n') % E(site)


def footer(site, year, extra=''):
    return ('<footer class="site-footer">%s<ul><li><a href="/about">About</a></li><li><a href="/masthead">Masthead</a></li>'
            '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/cookies">Cookie Settings</a></li>'
            '<li><a href="/ethics">Ethics Statement</a></li></ul><p>&copy; %d %s. All rights reserved.</p></footer>\n') % (extra, year, E(site))


def ad(slot):
    return '<div class="ad-slot" id="div-gpt-ad-%s"><span class="ad-label">Advertisement</span></div>' % slot


OTHER = ['The cheapest cities to rent a one-bedroom right now', 'What a four-day week did to one company', 'The app that wants to replace your landlord',
         'How a podcast became a Broadway show', 'The surprising economics of food trucks', 'Why every streaming service costs more this year',
         'Inside the race to build a better battery', 'A guide to the new tax forms', 'The town that banned leaf blowers',
         'What your credit score actually measures', 'The rise of the ghost kitchen', 'How weather apps decide it will rain']


def rail(n, head='Recommended', cls='rail'):
    return '<aside class="%s"><h3>%s</h3><ul>%s</ul></aside>' % (cls, head, ''.join(
        '<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in random.sample(OTHER, n)))


def page(st, site, dom, hd, body_cls, parts):
    return hd + '<body class="%s">\n' % body_cls + ''.join(parts) + '</body></html>\n'


# ---------------------------------------------------------------- templates

def t_axis(st, n):
    """Axios-like: bold 'Why it matters:' lead-ins as paragraphs, a newsletter promo box between them,
    'Go deeper:' link, 'Updated' stamp with topic, read time; harder: the lead-ins are <ul> items."""
    hard = n % 2 == 0
    r = base_r()
    if hard:
        r['WHY'] = lambda v: '<ul><li><strong>%s:</strong> %s</li></ul>' % (E(v.partition('|')[0]), E(v.partition('|')[2]))
    r['NL'] = lambda v: ('<div class="newsletter-inline"><p class="promo">%s</p><form action="/newsletters/subscribe"><input type="email" '
                         'placeholder="Enter your email"><button>Subscribe</button></form></div>') % E(v)
    r['GO'] = lambda v: '<p><strong>Go deeper:</strong> <a href="/%s">%s</a></p>' % (slug(v), E(v))
    y, m, d = ymd(st['when'])
    return page(st, 'Axis', 'axisbrief.com', head(st, 'Axis', 'axisbrief.com'), 'story-page', [
        nav('Axis', ['Politics', 'Economy', 'Technology', 'Health', 'World', 'Local', 'Newsletters']),
        '<main><article class="story"><div class="story-meta"><span class="topic">Economy &amp; Business</span></div>',
        '<h1>%s</h1>' % E(st['title']),
        '<div class="byline"><span>%s</span><time datetime="%s">Updated %s %d, %d - %s</time><span class="read-time">%d min read</span></div>' % (
            E(st['author']), st['when'], MONTHS[m - 1][:3], d + 1, y, 'Economy &amp; Business', random.randint(1, 3)),
        '<figure class="lead-image"><img src="/img/%d.jpg" alt=""><figcaption>Illustration: Axis Visuals</figcaption></figure>' % n,
        '<div class="gtm-story-text">%s</div>' % render(st, r), share('story-share'),
        '</article>', rail(4, 'More stories'), '</main>\n',
        '<div class="newsletter-footer"><h3>Axis Am</h3><p>Catch up on the day\'s biggest business stories. Sign up for free.</p></div>',
        footer('Axis', ymd(st['when'])[0])])


def t_cards(st, n):
    """Vox-like card stack: a card menu listing every card title, cards numbered 'Card 1 of N' with a title and
    body and a 'Share this card' row and a pager, 'Updated by X' line; harder: the card menu (every title
    again) sits between the first and the second card."""
    hard = n % 2 == 0
    cards, cur = [], None
    for c, v in st['items']:
        if c == 'H':
            cur = [v, []]; cards.append(cur)
        elif c == 'P':
            cur[1].append(v)
    k = len(cards)
    menu = '<nav class="c-card-nav"><h3>Contents</h3><ol>%s</ol></nav>' % ''.join(
        '<li><a href="#card-%d">%s</a></li>' % (i + 1, E(t)) for i, (t, _) in enumerate(cards))
    secs = []
    for i, (t, ps) in enumerate(cards):
        num = '<div class="c-card__number">Card %d of %d</div>' % (i + 1, k)
        ttl = '<h2 class="c-card__title">%s</h2>' % E(t)
        secs.append('<section class="c-card" id="card-%d">%s%s<div class="c-card__body">%s</div>'
                    '<div class="c-card__share"><a href="#">Share this card</a></div>'
                    '<div class="c-card__pager"><a href="#card-%d">Previous</a> <a href="#card-%d">Next</a></div></section>' % (
                        i + 1, num, ttl, ''.join('<p>%s</p>' % E(p) for p in ps), max(i, 1), min(i + 2, k)))
    return page(st, 'Vantage', 'vantagenow.com', head(st, 'Vantage', 'vantagenow.com'), 'c-card-stack-page', [
        nav('Vantage', ['Explainers', 'Politics', 'Policy', 'Culture', 'Science', 'Podcasts', 'Video'], 'c-global-header'),
        '<main class="l-main"><div class="c-entry-hero"><h1 class="c-page-title">%s</h1><p class="c-entry-summary">%s</p>' % (
            E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="c-byline">Updated by <a href="/authors/%s">%s</a> <time>%s</time></div>%s</div>' % (
            slug(st['author']), E(st['author']), d_ap(st['when']), share('c-social-buttons')),
        menu if not hard else '', '<div class="c-card-stack">%s</div>' % ('\n'.join(secs[:1]) + (menu if hard else '') + '\n'.join(secs[1:])),
        '<div class="c-related-stacks"><h3>More card stacks</h3>%s</div>' % rail(3, 'Explainers'), '</main>',
        footer('Vantage', ymd(st['when'])[0], '<p>Vantage is part of Meridian Digital Media.</p>')])


def chorus_r(st, pq_cls='c-pullquote'):
    r = base_r()
    r['PQ'] = lambda v: '<div class="c-float-right"><aside class="%s"><p>%s</p></aside></div>' % (pq_cls, E(v))
    r['NL'] = lambda v: ('<div class="c-newsletter_signup_box"><p class="c-newsletter_signup_box--title">%s</p>'
                         '<form><input type="email" placeholder="Email (required)"><button>Subscribe</button></form>'
                         '<p class="c-newsletter_signup_box--disclaimer">By submitting your email, you agree to our Terms and Privacy Notice. '
                         'You can opt out at any time.</p></div>') % E(v)
    r['RM'] = lambda v: '<div class="c-read-more"><p><strong>READ MORE:</strong> <a href="/%s">%s</a></p></div>' % (slug(v), E(v))
    return r


def filed(tags):
    return '<div class="c-entry-group-labels"><span class="c-entry-group-labels__label">Filed under:</span><ul>%s</ul></div>' % ''.join(
        '<li><a href="/%s">%s</a></li>' % (slug(t), E(t)) for t in tags)


def t_vantage(st, n):
    """Vox-like Chorus article: c-entry-content with a pull quote, an inline newsletter box, a READ MORE card,
    'Filed under:' labels over the story, 'Updated' byline; harder: a GDPR consent wall before everything and
    the pull quote's text also the paragraph after it."""
    hard = n % 2 == 0
    upd = d_ap(next_day(st['when']), '10:12am')
    return page(st, 'Vantage', 'vantagenow.com', head(st, 'Vantage', 'vantagenow.com'), 'c-entry-page', [
        gdpr('Vantage') if hard else '',
        nav('Vantage', ['Explainers', 'Politics', 'Policy', 'Culture', 'Science', 'Podcasts', 'Video'], 'c-global-header'),
        '<main class="l-main"><article class="l-article">', filed(['Policy', 'Housing', 'The Weeds']) if not hard else '',
        '<h1 class="c-page-title">%s</h1><h2 class="c-entry-summary p-dek">%s</h2>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="c-byline"><span class="c-byline__author-name">By <a href="/authors/%s">%s</a></span> <span class="c-byline__item">'
        '<time class="c-byline__item" datetime="%s">Updated %s</time></span></div>' % (slug(st['author']), E(st['author']), st['when'], upd),
        share('c-social-buttons'),
        '<figure class="e-image"><img src="/uploads/%d.jpg" alt=""><figcaption>A street in the city. <cite>Photo: Vantage staff</cite></figcaption></figure>' % n,
        '<div class="c-entry-content">%s</div>' % render(st, chorus_r(st)),
        filed(['Policy', 'Health', 'Drug prices']) if hard else '',
        '<div class="c-entry-stat"><a href="#comments">%d comments</a></div>' % random.randint(20, 400),
        '</article>', rail(4, 'Most Read', 'c-rankings'), '</main>',
        footer('Vantage', ymd(st['when'])[0], '<p>Vantage is part of Meridian Digital Media.</p>')])


def t_static(st, n):
    """Verge-like Chorus duet: the affiliate disclosure under the byline, a 'Related' list card between
    paragraphs, pull quotes, a sticky video player titled for another story, 'Filed under:' tags, comment
    count; harder: the disclosure is an italic paragraph at the top of c-entry-content and the sticky
    player sits in the middle of the story."""
    hard = n % 2 == 0
    r = chorus_r(st)
    r['RM'] = lambda v: '<aside class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul><li><a href="/%s">%s</a></li></ul></aside>' % (slug(v), E(v))
    disc = 'If you buy something from a Static Signal link, Meridian Digital Media may earn a commission. See our ethics statement.'
    sticky = ('<div class="c-video-embed--sticky" data-volume="0"><div class="c-video-embed__title"><span>Now playing</span>'
              '<h4>The best wireless earbuds under $100</h4></div><div class="jw-player" id="jw-%d"></div></div>') % n
    body = render(st, r)
    if hard:
        parts = body.split('\n')
        body = '<p><em>%s</em></p>\n' % E(disc) + '\n'.join(parts[:3] + [sticky] + parts[3:])
    return page(st, 'Static Signal', 'staticsignal.com', head(st, 'Static Signal', 'staticsignal.com'), 'c-duet', [
        nav('Static Signal', ['Tech', 'Reviews', 'Science', 'Entertainment', 'Cars', 'Video', 'Podcasts'], 'c-global-header'),
        '<main><article class="l-col__main">%s' % filed(['Tech', 'Reviews', 'Smart Home']),
        '<h1 class="c-page-title">%s</h1><p class="c-entry-summary">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="c-byline">By %s <time datetime="%s">%s</time></div>' % (E(st['author']), st['when'], d_ap(st['when'], '11:30am', 'EST')),
        '' if hard else '<p class="c-byline__disclosure">%s</p>' % E(disc), share('c-social-buttons'),
        '<div class="c-entry-content">%s</div>' % body, '' if hard else sticky,
        '<div class="c-entry-box--compact__comments"><a href="#comments"><span>%d</span> Comments</a></div>' % random.randint(10, 300),
        '</article>', rail(5, 'Most Popular', 'c-most-popular'), '</main>', footer('Static Signal', ymd(st['when'])[0])])


def t_noise(st, n):
    """Vice-like: every paragraph in its own textblock div, figures with a 'Photo by' credit, a pull quote
    block, a sign-up box, 'Follow X on Twitter.' in italics closing the body, tags; harder: the figure's
    caption and credit are a plain paragraph after the image."""
    hard = n % 2 == 0
    r = base_r('<div class="abc__textblock"><p>%s</p></div>', '<div class="abc__textblock"><h2>%s</h2></div>')
    r['PQ'] = lambda v: '<div class="abc__pullquote"><p>%s</p></div>' % E(v)

    def img(v):
        cap, _, cr = v.partition('|')
        if hard:
            return '<div class="abc__image"><img src="/images/%d.jpg" alt=""></div><div class="abc__textblock"><p>%s %s</p></div>' % (n, E(cap), E(cr))
        return '<figure class="abc__image"><img src="/images/%d.jpg" alt=""><figcaption><span class="caption">%s</span> <span class="credit">%s</span></figcaption></figure>' % (n, E(cap), E(cr))
    r['IMG'] = img
    r['NL'] = lambda v: ('<div class="newsletter-signup"><h3>ORIGINAL REPORTING ON EVERYTHING THAT MATTERS IN YOUR INBOX.</h3><p>%s</p>'
                         '<form><input type="email"><button>Subscribe</button></form><p class="fine">By signing up, you agree to the Terms of Use '
                         'and Privacy Policy &amp; to receive electronic communications from NOISE Media Group.</p></div>') % E(v)
    r['BIO'] = lambda v: '<div class="abc__textblock"><p><em>%s</em></p></div>' % E(v).replace('Twitter', '<a href="https://twitter.com/">Twitter</a>')
    return page(st, 'NOISE', 'noisemag.tv', head(st, 'NOISE', 'noisemag.tv'), 'article-page', [
        nav('NOISE', ['News', 'Tech', 'Music', 'Food', 'Identity', 'Video', 'Newsletters'], 'header'),
        '<main><article class="article"><div class="article__header"><a class="article__section" href="/tech">Tech</a>',
        '<h1 class="article__title">%s</h1><p class="article__dek">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="article__byline">By %s</div><div class="article__date"><time datetime="%s">%s</time></div></div>' % (
            E(st['author']), st['when'], d_long(st['when'])),
        share('article__share'), '<div class="article__body-components">%s</div>' % render(st, r),
        '<div class="article__tags"><span>TAGGED:</span> <a href="/tag/internet">internet</a>, <a href="/tag/youth">youth</a>, <a href="/tag/culture">culture</a></div>',
        '</article>', rail(4, 'More from NOISE'), '</main>', footer('NOISE Media Group', ymd(st['when'])[0])])


def t_feedline(st, n):
    """BuzzFeed-News-like: 'Last updated on … Posted on …' over the story, subbuzz text divs, READ MORE cards
    with an image, a correction/update note, the reporter's bio and contact line, a tip box, reaction bar and
    comment count; harder: the update note is the first subbuzz of the body."""
    hard = n % 2 == 0
    r = base_r('<div class="js-subbuzz subbuzz-text"><p>%s</p></div>')
    r['RM'] = lambda v: ('<div class="js-subbuzz subbuzz-related"><h3 class="subbuzz-related__title">READ MORE</h3><a href="/article/%s">'
                         '<img src="/img/rel.jpg" alt=""><span>%s</span></a></div>') % (slug(v), E(v))

    def corr(v):
        lab, _, t = v.partition(': ')
        return '<div class="js-subbuzz subbuzz-correction"><p><b>%s</b></p><p>%s</p></div>' % (E(lab), E(t.strip()))
    r['BIO'] = lambda v: ''
    w = st['when']
    corrs = get(st, 'CORR')
    rr = dict(r); rr.pop('CORR', None)
    body = render(st, rr)
    if hard:
        lab, _, t = corrs[0].partition(': ')
        body = '<div class="js-subbuzz subbuzz-update"><p><b>%s:</b> %s</p></div>\n' % (E(lab), E(t.strip())) + body
    else:
        body += '\n' + '\n'.join(corr(c) for c in corrs)
    bio = get(st, 'BIO')[0]
    return page(st, 'FeedLine News', 'feedlinenews.com', head(st, 'FeedLine News', 'feedlinenews.com'), 'news-article', [
        nav('FeedLine News', ['Politics', 'Tech', 'World', 'Investigations', 'Newsletters'], 'news-header'),
        '<main><article><div class="news-article-header"><h1>%s</h1><p class="news-article-header__dek">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="news-byline"><a href="/author/%s">%s</a><span>FeedLine News Reporter</span></div>' % (slug(st['author']), E(st['author'])),
        '<p class="news-article-header__timestamps">Last updated on %s, at 4:12 p.m. ET</p><p class="news-article-header__timestamps">Posted on %s, at 11:01 a.m. ET</p></div>' % (
            d_long(w), d_long(w)),
        share('news-share'), '<div class="js-article-body subbuzzes">%s</div>' % body,
        '<div class="news-article-bio"><p>%s</p><p><strong>Contact %s</strong> at %s@feedlinenews.com.</p><p>Got a confidential tip? <a href="/tips">Submit it here</a>.</p></div>' % (
            E(bio), E(st['author']), slug(st['author']).replace('-', '.')),
        '<div class="reactions-bar"><button>LOL %d</button><button>OMG %d</button><button>Win %d</button><button>Fail %d</button></div>' % tuple(
            random.randint(1, 90) for _ in range(4)),
        '<div class="comments-link"><a href="#comments">Show %d comments</a></div>' % random.randint(5, 200),
        '</article>', rail(4, 'More News', 'news-more'), '</main>', footer('FeedLine News', ymd(w)[0])])


def t_quarto(st, n):
    """Quartz-like: figures with a '(Reuters/Name)' credit, the Daily Brief line as an italic paragraph inside
    the body, a 'Why it matters:' lead-in paragraph, obsessions tags; no JSON-LD; harder: the picture credit is
    alone in a <p class="credit"> under the image inside the text."""
    hard = n % 2 == 0
    r = base_r()

    def img(v):
        cap, _, cr = v.partition('|')
        return '<figure><img src="/i/%d.jpg" alt=""><figcaption><span>%s</span> <span class="credit">%s</span></figcaption></figure>' % (n, E(cap), E(cr))
    r['IMG'] = img
    r['NL'] = lambda v: '<p><em>%s</em></p>' % E(v).replace('Sign up for the Daily Brief', '<a href="/newsletters">Sign up for the Daily Brief</a>')
    body = render(st, r)
    if hard:
        body = body.replace('<p>The banknote', '<figure><img src="/i/notes.jpg" alt=""></figure><p class="credit">(Getty Images/Dan Kitwood)</p>\n<p>The banknote', 1)
    return page(st, 'Quarto', 'quarto.co', head(st, 'Quarto', 'quarto.co', jsonld=False), 'article', [
        nav('Quarto', ['Latest', 'Obsessions', 'Emails', 'Featured', 'Africa', 'India', 'Work'], 'qz-header'),
        '<main><article><header><h1>%s</h1><p class="deck">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="byline"><a href="/author/%s">%s</a><span>Reporter</span><time datetime="%s">%s</time></div></header>' % (
            slug(st['author']), E(st['author']), st['when'], d_long(st['when'])),
        '<div id="article-content" class="article-content">%s</div>' % body,
        '<div class="obsession"><span>This was published as part of our obsession:</span> <a href="/on/global-supply">Global Supply</a></div>',
        share('share-tools'), '</article>', rail(3, 'Popular'), '</main>', footer('Quarto Media', ymd(st['when'])[0])])


def t_draft(st, n):
    """Politico-like: story-text paragraphs, 'Story Continued Below' ad slots, the sign-up promo as a paragraph
    of the text, a Related box, the correction in italics at the end; harder: no meta or JSON-LD date, only the
    timestamp in the byline, and the sign-up promo is a bold-and-link paragraph."""
    hard = n % 2 == 0
    r = base_r('<p class="story-text__paragraph">%s</p>')
    if hard:
        r['NL'] = lambda v: '<p><strong>%s</strong></p>' % E(v).replace('Sign up', '<a href="/newsletters">Sign up</a>')
    else:
        r['NL'] = lambda v: '<p class="story-text__paragraph"><em>%s</em></p>' % E(v)
    r['RM'] = lambda v: '<div class="story-related"><h3>Related</h3><ul><li><a href="/%s">%s</a></li></ul></div>' % (slug(v), E(v))
    r['CORR'] = lambda v: '<p class="story-text__paragraph story-correction"><em>%s</em></p>' % E(v)
    body = render(st, r).split('\n')
    body.insert(2, '<p class="story-continued">Story Continued Below</p>' + ad('mid-%d' % n))
    y, m, d = ymd(st['when'])
    return page(st, 'Capitol Draft', 'capitoldraft.com', head(st, 'Capitol Draft', 'capitoldraft.com', jsonld=not hard, meta=not hard), 'story', [
        nav('Capitol Draft', ['Congress', 'White House', 'Elections', 'Agriculture', 'Pro', 'Newsletters'], 'site-header'),
        '<main><article class="story-main"><p class="story-meta__section">Congress</p><h1>%s</h1><p class="dek">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<p class="story-meta__authors">By <a href="/staff/%s">%s</a></p><p class="story-meta__timestamp"><time datetime="%s">%02d/%02d/%d %d:%02d %s EDT</time></p>' % (
            slug(st['author']), E(st['author']), st['when'], m, d, y, random.randint(1, 11), random.randint(0, 59), random.choice(['AM', 'PM'])),
        share('story-share'), '<div class="story-text">%s</div>' % '\n'.join(body),
        '</article>', rail(4, 'Most Read'), '</main>', footer('Capitol Draft LLC', y)])


def t_slant(st, n):
    """Slate-like: slate-paragraph markup, a pull quote as a <blockquote> in the text, a newsletter sign-up
    paragraph, a membership box, a comment-count link over the text; harder: a subhead, no pull quote."""
    hard = n % 2 == 0
    r = base_r('<p class="slate-paragraph">%s</p>', '<h2 class="slate-subhead">%s</h2>')
    r['PQ'] = lambda v: '<blockquote class="slate-pullquote"><p>%s</p></blockquote>' % E(v)
    r['NL'] = lambda v: '<div class="newsletter-signup"><p>%s</p><input type="email"><button>Sign Up</button></div>' % E(v)
    return page(st, 'Slant', 'slantmag.com', head(st, 'Slant', 'slantmag.com'), 'article', [
        nav('Slant', ['News & Politics', 'Culture', 'Technology', 'Business', 'Human Interest', 'Podcasts'], 'site-header'),
        '<main><article><header class="article__header"><h1 class="article__hed">%s</h1><h2 class="article__dek">%s</h2>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="article__byline">By <a href="/author/%s">%s</a></div><time class="article__dateline">%s 5:45 AM</time></header>' % (
            slug(st['author']), E(st['author']), d_long(st['when'])),
        share('social-share'),
        '<a class="comments-link" href="#comments">%d Comments</a>' % random.randint(30, 900),
        '<div class="article__content">%s</div>' % render(st, r),
        '<div class="membership-promo"><p>Slant is published with the help of readers like you.</p><p><a href="/plus">Join Slant Plus</a> to support our work.</p></div>',
        '</article>', rail(4, 'Recommended'), '</main>', footer('The Slant Group LLC', ymd(st['when'])[0])])


def t_parlour(st, n):
    """Salon-like: '(Getty Images/X)' credits, the newsletter line as a bold-italic paragraph, a 'Read more from
    Parlour' list closing the story, the author bio; harder: no JSON-LD and the bio follows the text inside
    the body div."""
    hard = n % 2 == 0
    r = base_r()

    def img(v):
        cap, _, cr = v.partition('|')
        return '<figure class="image"><img src="/i/%d.jpg" alt="%s"><figcaption>%s %s</figcaption></figure>' % (n, E(cap), E(cap), E(cr))
    r['IMG'] = img
    r['NL'] = lambda v: '<p><em><strong>%s</strong></em></p>' % E(v)
    more = '<p><strong>Read more from Parlour:</strong></p><ul>%s</ul>' % ''.join(
        '<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in random.sample(OTHER, 3))
    bio = '<div class="author-bio"><p>%s is a staff writer at Parlour. Follow %s on Twitter.</p></div>' % (
        E(st['author']), 'them')
    return page(st, 'Parlour', 'parlour.com', head(st, 'Parlour', 'parlour.com', jsonld=not hard), 'article', [
        nav('Parlour', ['News & Politics', 'Culture', 'Food', 'Science & Health', 'Life'], 'header'),
        '<main><article><h1 class="title">%s</h1><h2 class="subtitle">%s</h2>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="writer-container"><a href="/writer/%s">%s</a><span class="publication-date">Published %s %d:%02d%s</span></div>' % (
            slug(st['author']), E(st['author']), d_long(st['when']), random.randint(1, 11), random.randint(0, 59), 'PM'),
        share('social-share'),
        '<div class="article-body">%s\n%s%s</div>' % (render(st, r), more, bio if hard else ''),
        '' if hard else bio, '</article>', rail(4, 'Trending'), '</main>', footer('Parlour Media Group', ymd(st['when'])[0])])


def t_brisk(st, n):
    """Bustle-like shopping feature: the affiliate disclosure as an italic first paragraph of the body,
    product cards after each subhead ('Shop now' with prices), image credits 'Shutterstock'; harder: no
    products, the disclosure is the last paragraph and a 'Sign up' interstitial with a form sits mid-text."""
    hard = n % 2 == 0
    disc = ("We only include products that have been independently selected by Brisk's editorial team. "
            "However, we may receive a portion of sales if you purchase a product through a link in this article.")
    r = base_r()
    names = iter(['Coastline Mineral Lotion SPF 50', 'Dune Zinc Stick SPF 40', 'Sea Mist Spray SPF 30', 'Reef Sport Spray SPF 50'])

    def h(v):
        s = '<h2>%s</h2>' % E(v)
        for _ in range(2):
            nm = next(names)
            s += ('<div class="product-card"><img src="/p/%s.jpg" alt=""><h4 class="product-card__name">%s</h4>'
                  '<span class="product-card__price">$%d</span><a class="product-card__cta" href="https://www.amazon.com/dp/B0%d">Shop now</a></div>') % (
                slug(nm), E(nm), random.randint(8, 30), random.randint(10000000, 99999999))
        return s
    if not hard:
        r['H'] = h
    body = render(st, r).split('\n')
    if hard:
        body.insert(2, '<div class="inline-signup"><h3>Sign up for Brisk Daily</h3><p>The best of Brisk, delivered to your inbox.</p><form><input type="email"><button>Submit</button></form></div>')
        body.append('<p><em>%s</em></p>' % E(disc))
    else:
        body.insert(0, '<p><em>%s</em></p>' % E(disc))
    return page(st, 'Brisk', 'brisk.com', head(st, 'Brisk', 'brisk.com'), 'article-page', [
        nav('Brisk', ['Life', 'Beauty', 'Style', 'Wellness', 'Entertainment', 'Shopping'], 'header'),
        '<main><article><h1>%s</h1><p class="dek">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="byline">By %s <time datetime="%s">%s</time></div>' % (E(st['author']), st['when'], d_long(st['when'])),
        '<figure class="hero"><img src="/h/%d.jpg" alt=""><figcaption>Shutterstock</figcaption></figure>' % n,
        share('share'), '<div class="article-body">%s</div>' % '\n'.join(body),
        '<div class="author-bio"><p>%s is a lifestyle writer at Brisk covering wellness and shopping.</p></div>' % E(st['author']),
        '</article>', rail(4, 'Recommended'), '</main>', footer('Brisk Media', ymd(st['when'])[0])])


def t_atelier(st, n):
    """Refinery29-like: the commission disclosure in a box over the text, each paragraph in a section-text
    div, a pull quote, 'Like what you see? …' rail and 'Read These Stories Next:' list at the end; harder: a
    GDPR wall at the end of the page and the 'Read These Stories Next:' list inside the text div."""
    hard = n % 2 == 0
    r = base_r('<div class="section-text"><p>%s</p></div>')
    r['PQ'] = lambda v: '<div class="section-quote"><blockquote class="pull">%s</blockquote></div>' % E(v)
    nxt = '<div class="section-text"><p><strong>Read These Stories Next:</strong></p><ul>%s</ul></div>' % ''.join(
        '<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in random.sample(OTHER, 3))
    return page(st, 'Atelier41', 'atelier41.com', head(st, 'Atelier41', 'atelier41.com'), 'article', [
        nav('Atelier41', ['Fashion', 'Beauty', 'Wellness', 'Money Diaries', 'Work & Money', 'Shopping'], 'header'),
        '<main><article><div class="story-header"><h1 class="title">%s</h1><h2 class="subtitle">%s</h2>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="byline">Written by <a href="/author/%s">%s</a></div><div class="story-date"><span>Last Updated %s</span></div></div>' % (
            slug(st['author']), E(st['author']), d_long(next_day(st['when']))),
        '<div class="disclosure-box"><p>At Atelier41, we independently select all the products we feature. If you buy something from one of our links, we may earn a commission.</p></div>',
        '<div class="story-body">%s%s</div>' % (render(st, r), nxt if hard else ''),
        '<div class="like-what-you-see"><p>Like what you see? How about some more Atelier41 goodness, right here?</p>%s</div>' % rail(3, 'More'),
        '' if hard else nxt, '</article></main>', footer('Atelier41 Inc', ymd(st['when'])[0]), gdpr('Atelier41') if hard else ''])


def t_pitch(st, n):
    """Mic-like: 'Getty Images' credit under the lead image, a 'Most Read' rail between paragraphs, a reaction
    bar, 'Filed under'; harder: a sticky video titled for another story after the second paragraph."""
    hard = n % 2 == 0
    body = render(st, base_r()).split('\n')
    body.insert(2, rail(3, 'Most Read', 'inline-rail'))
    if hard:
        body.insert(2, '<div class="sticky-player"><p class="sticky-player__label">Up next</p><p class="sticky-player__title">Watch: How to fold a fitted sheet in 30 seconds</p><video src="/v/%d.mp4"></video></div>' % n)
    return page(st, 'Pitch', 'pitchnews.com', head(st, 'Pitch', 'pitchnews.com', jsonld=hard), 'post', [
        nav('Pitch', ['News', 'Culture', 'Identity', 'Money', 'Tech', 'Video'], 'header'),
        '<main><article><h1>%s</h1><p class="dek">%s</p>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="byline">By %s · <time datetime="%s">Updated: %s</time></div>' % (E(st['author']), next_day(st['when']), d_long(next_day(st['when']))),
        '<figure><img src="/m/%d.jpg" alt=""><figcaption>Getty Images</figcaption></figure>' % n,
        '<div class="post-content">%s</div>' % '\n'.join(body),
        '<div class="reactions"><span>How do you feel about this story?</span><button>Love %d</button><button>Sad %d</button><button>Angry %d</button></div>' % tuple(
            random.randint(1, 60) for _ in range(3)),
        '<div class="filed-under">Filed under: <a href="/politics">Politics</a> <a href="/voting">Voting</a></div>',
        '</article></main>', footer('Pitch Media', ymd(st['when'])[0])])


def t_hub(st, n):
    """HuffPost-like: each paragraph in its own content-list-component div, a READ MORE line as a bold label and
    link paragraph, a 'Sign up for the Morning Email' interstitial, a membership box; harder: the related line
    is a bare <p> without the component wrapper."""
    hard = n % 2 == 0
    r = base_r('<div class="content-list-component yr-content-list-text text"><p>%s</p></div>')
    if hard:
        r['RM'] = lambda v: '<p><strong>READ MORE:</strong> <a href="/%s">%s</a></p>' % (slug(v), E(v))
    else:
        r['RM'] = lambda v: '<div class="content-list-component yr-content-list-text text"><p><strong>READ MORE:</strong> <a href="/%s">%s</a></p></div>' % (slug(v), E(v))
    body = render(st, r).split('\n')
    body.insert(3, '<div class="content-list-component newsletter-interstitial"><p>Sign up for the Morning Email</p><p>Wake up to the day\'s most important news.</p><form><input type="email"><button>Subscribe</button></form></div>')
    return page(st, 'The Daily Hub', 'dailyhub.com', head(st, 'The Daily Hub', 'dailyhub.com'), 'entry', [
        nav('The Daily Hub', ['News', 'Politics', 'Entertainment', 'Life', 'Voices', 'Shopping'], 'masthead'),
        '<main><article class="entry"><h1 class="headline">%s</h1><div class="dek">%s</div>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="author-card">By %s</div><div class="timestamp"><span>%s %s</span> <span>Updated %s</span></div>' % (
            E(st['author']), d_num2(st['when']), '06:00 AM ET', d_num2(next_day(st['when']))),
        share('share-bar'), '<section class="entry__content-list">%s</section>' % '\n'.join(body),
        '<div class="support-box"><h3>Support The Daily Hub</h3><p>Our 2020 coverage needs you. Contribute as little as $1.</p></div>',
        '</article>', rail(4, 'Trending'), '</main>', footer('The Daily Hub', ymd(st['when'])[0])])


def d_num2(w):
    y, m, d = ymd(w)
    return '%02d/%02d/%d' % (m, d, y)


def t_ledger(st, n):
    """Business-Insider-like: 'Recommended' rails with one or two links between paragraphs, a sticky video
    player over the story titled for another story, a GDPR consent wall, '3 min read'; harder: the rail label
    is a <p> and the links a run of paragraphs."""
    hard = n % 2 == 0
    r = base_r()
    if hard:
        r['REC'] = lambda v: '<div class="inline-rec">%s</div>' % ('<p class="inline-rec__label">Recommended</p>' + ''.join(
            '<p><a href="/%s">%s</a></p>' % (slug(x), E(x)) for x in v.split(';;')))
    else:
        r['REC'] = lambda v: '<aside class="inline-rec"><h4>Recommended</h4><ul>%s</ul></aside>' % ''.join(
            '<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in v.split(';;'))
    return page(st, 'Ledger Insider', 'ledgerinsider.com', head(st, 'Ledger Insider', 'ledgerinsider.com'), 'post', [
        gdpr('Ledger Insider'), nav('Ledger Insider', ['Tech', 'Finance', 'Strategy', 'Retail', 'Transportation', 'Video'], 'header'),
        '<main><article><h1 class="post-headline">%s</h1><ul class="summary-list"><li>%s</li></ul>' % (E(st['title']), E(get(st, 'DEK')[0])),
        '<div class="byline-wrapper"><span class="byline-author">%s</span> <span class="byline-timestamp">%s</span><span class="read-time">%d min read</span></div>' % (
            E(st['author']), d_long(st['when']), random.randint(2, 5)),
        '<div class="sticky-video"><div class="sticky-video__title">Airports are spending billions to make security lines faster</div><div class="player"></div></div>',
        '<div class="content-lock-content">%s</div>' % render(st, r),
        share('share-bar'), '</article>', rail(4, 'Read next'), '</main>', footer('Ledger Insider Inc', ymd(st['when'])[0])])


TPL = dict(axis=t_axis, cards=t_cards, vantage=t_vantage, static=t_static, noise=t_noise, feedline=t_feedline, quarto=t_quarto,
           draft=t_draft, slant=t_slant, parlour=t_parlour, brisk=t_brisk, atelier=t_atelier, pitch=t_pitch, hub=t_hub, ledger=t_ledger)


def main():
    stories = parse(os.path.join(HERE, 'stories.txt'))
    genlib.write_pages(OUT, ((TPL[st['tpl']](st, n), expected(st),
                              {'published': st['when'], 'lang': 'en', 'title': st['title']})
                             for n, st in enumerate(stories, 1)))


main()
