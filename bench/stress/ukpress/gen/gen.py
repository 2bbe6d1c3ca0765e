#!/usr/bin/env python3
"""Generate bench/stress/ukpress pages from stories.txt (British and Irish news pages in English:
tabloids, broadsheets, regional chains, a public broadcaster, Irish and Scottish papers, police and
council press pages; invented sites, original text).

Usage: python3 bench/stress/ukpress/gen/gen.py bench/stress/ukpress   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote,
LIVE time|title (a live entry's time and title: the title is body, the time is not).
Furniture codes (never in the expected text): RM one 'READ MORE' pointer, RML several, MOREON a 'MORE ON'
topic box, SIGNUP a newsletter box with its small print, FIG figure (caption|credit), GAL gallery
(caption;;caption), TW embedded post (text|name|handle), STORY 'Got a story?' line, NEWSLINE an inline
sign-up line, SHARE share bar, COMMENTS n a comment counter, BNEWS a broadsheet newsletter box, RNEXT a
'Read next' card, TOPICS a topics list, PAYWALL (the rest is not in the markup), WA WhatsApp box,
SUBMIT 'Submit your story' box, WANT 'We want to hear from you', NWNEWS/NWSUBMIT National-World-like
boxes, NQREAD Newsquest-like 'Read more:' list, NQWANT, NQCOMMENTS, BBCMORE 'More on this story',
IRM Irish 'Read More' card, IPREM premium note, IREAD 'More in …' boxes, ICOMM a comment box's calls,
RT 'Related topics' inside the text, VID a broadcaster's video stand-in (caption); tabP sets the tabloid's furniture
as plain paragraphs, bbc2 its picture's source and caption as paragraphs.
Every page's paragraphs that start like furniture ('Follow …', 'Sign up …', 'Read more …',
'Get the latest …') are story text and stay in the expected text."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

SITES = {
    'tabA': dict(name='Daily Clarion', dom='dailyclarion.co.uk', short='Clarion'),
    'tabB': dict(name='The Daily Blaze', dom='thedailyblaze.co.uk', short='Blaze'),
    'tabC': dict(name='Morning Courier', dom='morningcourier.co.uk', short='Courier'),
    'broad': dict(name='The Ledger', dom='theledger.co.uk', short='Ledger'),
    'broadlive': dict(name='The Ledger', dom='theledger.co.uk', short='Ledger'),
    'reach': dict(name='Tynebridge Echo', dom='tynebridgeecho.co.uk', short='Echo'),
    'natw': dict(name='Wessex Post', dom='wessexpost.co.uk', short='Post'),
    'nq': dict(name='Ayrvale Times', dom='ayrvaletimes.co.uk', short='Times'),
    'bbc': dict(name='NBS News', dom='nbs.co.uk', short='NBS'),
    'irish': dict(name='Leinster Herald', dom='leinsterherald.ie', short='Herald'),
    'police': dict(name='Northshire', dom='northshire.gov.uk', short='Northshire'),
    'tabP': dict(name='Daily Clarion', dom='dailyclarion.co.uk', short='Clarion'),
    'live2': dict(name='South West Live', dom='southwestlive.co.uk', short='SW Live'),
    'bbc2': dict(name='NBS News', dom='nbs.co.uk', short='NBS'),
    'irish2': dict(name='Leinster Herald', dom='leinsterherald.ie', short='Herald'),
}

def plain_furn(site, code, val, k):
    """A tabloid's furniture set as the story's own plain paragraphs (no class, no box): the hardest case."""
    if code == 'RM':
        if k % 2:
            return '<p><strong>READ MORE</strong></p>\n<p><a href="/news/%s">%s</a></p>\n' % (slug(val), E(val))
        return '<p>READ MORE: <a href="/news/%s">%s</a></p>\n' % (slug(val), E(val))
    if code == 'RML':
        return '<p>Read More</p>\n<p>Related Articles</p>\n%s' % ''.join(
            '<p><a href="/news/%s">%s</a></p>\n' % (slug(h), E(h)) for h in val.split(';;'))
    if code == 'SIGNUP':
        return ('<p><strong>Sign up to our free %s newsletter for the biggest stories of the day</strong></p>\n'
                '<p><a href="/newsletters">Sign up</a></p>\n<p>We use your sign-up to provide content in ways you\'ve '
                'consented to and to improve our understanding of you. This may include adverts from us and 3rd '
                'parties based on our understanding. You can unsubscribe at any time.</p>\n'
                '<p><label><input type="checkbox"> I would like to be emailed about offers, events and updates from %s. '
                'Read our privacy notice</label></p>\n' % (E(site['name']), E(site['name'])))
    if code == 'FIG':
        c, cr = val.split('|')
        return '<p><img src="/img/%d.jpg" alt=""></p>\n<p><em>%s</em> (Image: %s)</p>\n' % (k, E(c), E(cr))
    if code == 'TW':
        text, name, handle = val.split('|')
        return ('<blockquote class="instagram-media" data-instgrm-version="14"><a href="https://www.instagram.com/p/x%d/">'
                'View this post on Instagram</a><p>%s</p><p>A post shared by %s (%s)</p></blockquote>\n'
                '<script async src="//www.instagram.com/embed.js"></script>\n' % (k, E(text), E(name), E(handle)))
    if code == 'GAL':
        caps = val.split(';;')
        return '<div class="slideshow">%s</div>\n' % ''.join(
            '<div class="slide"><img src="/s/%d.jpg" alt=""><span>%d/%d</span><p>%s</p></div>' % (i, i + 1, len(caps), E(c))
            for i, c in enumerate(caps))
    if code == 'STORY':
        return ('<p>Do you have a story to share? Email us at <a href="mailto:yourstory@%s">yourstory@%s</a></p>\n'
                '<p>Follow %s on <a href="#">Facebook</a> and <a href="#">X</a> for all the latest news.</p>\n'
                % (site['dom'], site['dom'], site['short']))
    return None

def inline(s):
    return E(s)

def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, by, sec, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, by=by, sec=sec, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories

def nice_date(when):
    y, m, d = when[:10].split('-')
    return '%d %s %s' % (int(d), MONTHS[int(m) - 1], y)

def hhmm(when):
    return when[11:16]

# ---------- generic page chrome ----------
def head(st, site, url, extra_meta=''):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st['title'],
          "datePublished": st['when'] + ':00Z', "dateModified": st['when'] + ':00Z',
          "author": [{"@type": "Person", "name": st['by']}],
          "publisher": {"@type": "Organization", "name": site['name'],
                        "logo": {"@type": "ImageObject", "url": "https://www.%s/logo.png" % site['dom']}},
          "mainEntityOfPage": url, "articleSection": st['sec']}
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
            '<title>%s | %s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="og:image" content="https://i.%s/img/%s.jpg">\n'
            '<meta property="article:published_time" content="%s:00+00:00">\n'
            '<meta name="twitter:card" content="summary_large_image">\n%s'
            '<link rel="stylesheet" href="/static/css/main.%x.css">\n'
            '<script type="application/ld+json">%s</script>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","author":"%s","wordCount":%d,"premium":false});</script>\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '</head>\n') % (E(st['title']), E(site['name']), E(first_para(st)), url, E(st['title']), url,
                            E(site['name']), site['dom'], slug(st['title'])[:30], st['when'], extra_meta,
                            random.getrandbits(32), json.dumps(ld), E(st['sec']), E(st['by']),
                            sum(len(v.split()) for c, v in st['items'] if c in ('P', 'Q')))

def first_para(st):
    for c, v in st['items']:
        if c == 'P':
            return v[:150]
    return ''

NAVS = ['News', 'Politics', 'Sport', 'Football', 'Showbiz', 'TV', 'Money', 'Travel', 'Health', 'Lifestyle',
        'Weather', 'Royals', 'Opinion', 'Puzzles', 'Deals']

SUBS = {'News': 'UK News;World News;Politics;Crime;Courts;Health;Education;Weird News;Cost of Living;Local News',
        'Sport': 'Football;Premier League;Championship;Cricket;Rugby Union;Rugby League;Boxing;F1;Golf;Tennis;Racing',
        'Entertainment': 'Showbiz;TV;Soaps;Reality TV;Music;Film;Celebrity;Royals;Books;Gaming',
        'Money': 'Personal Finance;Pensions;Benefits;Energy Bills;Property;Consumer;Banking;Tax;Jobs',
        'Lifestyle': 'Travel;Food and Drink;Health and Fitness;Fashion;Beauty;Gardening;Motoring;Pets;Family',
        'Your area': 'North East;North West;Yorkshire;Midlands;East Anglia;South West;South East;London;Wales;Scotland',
        'More': 'Puzzles;Horoscopes;Weather;Deals;Voucher Codes;Dating;Funeral Notices;Public Notices;Newsletters;Apps'}

def megamenu(site):
    """A site's full navigation drawer (every section with its sub-sections), as the real templates carry."""
    cols = ''.join('<div class="mega-col"><h4><a href="/%s/">%s</a></h4><ul>%s</ul></div>' % (
        slug(k), k, ''.join('<li><a href="/%s/%s/">%s</a></li>' % (slug(k), slug(x), x) for x in v.split(';')))
        for k, v in SUBS.items())
    conf = json.dumps({"site": site['dom'], "consent": {"vendorListVersion": 187, "purposes": list(range(1, 11)),
                       "legitimateInterests": [2, 7, 8, 9, 10], "gdprApplies": True},
                       "ads": {"prebid": {"timeout": 1200, "bidders": ["appnexus", "rubicon", "ix", "openx", "pubmatic", "criteo", "teads", "ozone"]},
                               "slots": ["top", "mpu1", "mpu2", "inline1", "inline2", "inline3", "sticky", "oop"]},
                       "features": {"liveComments": False, "darkMode": True, "audioPlayer": True, "lazyImages": True},
                       "analytics": {"comscore": "6035%03d" % len(site['dom']), "chartbeat": 6600 + len(site['name'])}})
    return ('<div id="nav-drawer" class="mega-menu" hidden>%s</div>\n<script>window.__SITE_CONFIG__=%s;</script>\n'
            % (cols, conf))

def nav(site, style):
    items = ''.join('<li class="%snav-item"><a href="/%s/">%s</a></li>' % (style, slug(n), n) for n in NAVS)
    return ('<header class="%sheader" role="banner"><div class="%slogo"><a href="/">%s</a></div>'
            '<button class="menu-toggle" aria-label="Open menu">Menu</button>'
            '<nav aria-label="Main"><ul>%s</ul></nav>'
            '<div class="search"><form action="/search"><input name="q" placeholder="Search %s"></form></div>'
            '<a class="login" href="/account">Sign in</a></header>\n') % (style, style, E(site['name']), items, E(site['name'])) + megamenu(site)

def trending(title, heads):
    return ('<section class="trending"><h2>%s</h2><ol>%s</ol></section>\n'
            % (title, ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(h), E(h)) for h in heads)))

TREND = ['Motorway closed for weekend as bridge repairs begin', 'Lottery winner still unclaimed six months on',
         'Best supermarket mince pies ranked by our taste testers', 'Every train strike date confirmed for December',
         'Pub named best in Britain for its Sunday roast', 'Council tax bills set to rise by maximum amount',
         'Man finds 200-year-old coin with metal detector on farm', 'Warning over parcel delivery text scam']

def footer(site):
    links = ['About us', 'Contact us', 'Advertise', 'Terms and conditions', 'Privacy notice', 'Cookie settings',
             'Complaints', 'Corrections', 'Careers', 'Syndication', 'Sitemap', 'RSS feeds']
    return ('<footer class="site-footer"><ul>%s</ul><p>&copy; 2026 %s Ltd. All rights reserved. Registered in England '
            'and Wales No. %d. Registered office: 1 Quayside Place, London.</p>'
            '<p>This website is regulated by the Independent Press Standards Organisation.</p></footer>\n'
            '<script>(function(){var s=document.createElement("script");s.src="/static/js/app.%x.js";'
            's.async=true;document.body.appendChild(s);})();</script>\n'
            '<div id="cookie-banner" class="cmp"><p>We and our partners use cookies and similar technologies to '
            'personalise content and ads, provide social media features and analyse our traffic. You can change '
            'your choices at any time.</p><button>Accept all</button><button>Manage preferences</button></div>\n'
            '</body>\n</html>\n') % (''.join('<li><a href="/%s">%s</a></li>' % (slug(l), l) for l in links),
                                     E(site['name']), random.randint(1000000, 9999999), random.getrandbits(32))

def ad(label='Advertisement'):
    return ('<div class="ad-slot ad-slot--inline" data-ad-unit="/6582/article/inline_%d" aria-hidden="true">'
            '<span class="ad-label">%s</span><div id="div-gpt-%d"></div></div>\n'
            % (random.randint(1, 9), label, random.randint(100000, 999999)))

def taboola(heads):
    cards = ''.join('<a class="tbl-card" href="https://sponsored.example/%s"><img alt="" src="/t/%d.jpg">'
                    '<span class="tbl-title">%s</span><span class="tbl-brand">Sponsored | %s</span></a>'
                    % (slug(h), i, E(h), b) for i, (h, b) in enumerate(heads))
    return '<div id="taboola-below-article" class="trc_related_container"><div class="trc_header">You May Like</div>%s</div>\n' % cards

SPONS = [('Surgeon: if you have a belly, do this before bed', 'HealthDigest'),
         ('The 2026 cars that pensioners are snapping up', 'MotorDeals'),
         ('This new smart watch is taking the UK by storm', 'TechTrends'),
         ('Homeowners born before 1970 could get a surprise', 'EquityWise')]

# ---------- furniture renderers (vary markup) ----------
def read_more(heads, style):
    links = [('<a href="/news/%s">%s</a>' % (slug(h), E(h))) for h in heads]
    if style == 0:
        return '<aside class="read-more-links"><h3>READ MORE:</h3><ul>%s</ul></aside>\n' % ''.join('<li>%s</li>' % l for l in links)
    if style == 1:
        return ''.join('<p><strong>READ MORE:</strong> %s</p>\n' % l for l in links)
    if style == 2:
        return '<div>%s</div>\n' % ''.join('<p><b>READ MORE: </b>%s</p>' % l for l in links)
    if style == 3:
        return ('<div data-component="related-inline" data-track="rm"><span data-role="label">Read More</span>%s</div>\n'
                % ''.join('<div data-role="item">%s</div>' % l for l in links))
    return ''.join('<p class="rm"><span>READ MORE</span> | %s</p>\n' % l for l in links)

def more_on(topics, style):
    links = ''.join('<a href="/all-about/%s">%s</a>' % (slug(t), E(t)) for t in topics)
    if style == 0:
        return '<div class="article-topics-inline"><span class="label">MORE ON</span>%s</div>\n' % links
    return '<div><strong>MORE ON</strong> %s</div>\n' % links

def signup(topic, style, site):
    small = ('We use your sign-up to provide content in ways you\'ve consented to and to improve our understanding '
             'of you. This may include adverts from us and 3rd parties based on our understanding. You can '
             'unsubscribe at any time. <a href="/privacy">More info</a>')
    if style == 0:
        return ('<div class="newsletter-signup" data-newsletter="%s"><p class="ns-title">Get the latest %s news sent straight to your inbox</p>'
                '<form><input type="email" placeholder="Enter your email"><button>Sign up</button></form>'
                '<p class="ns-small">%s</p><p class="ns-thanks">Thank you for subscribing!</p></div>\n') % (topic, topic, small)
    return ('<div><div>Sign up for the %s %s newsletter</div><div><input type="email"><button>SUBSCRIBE</button></div>'
            '<div>Invalid email</div><div><small>%s</small></div></div>\n') % (site['short'], topic, small)

def figure(cap, credit, style):
    if style == 0:
        return ('<figure class="article-image"><img src="/img/%d.jpg" alt="%s" loading="lazy">'
                '<figcaption><span class="caption">%s</span> <span class="credit">(%s)</span></figcaption></figure>\n'
                % (random.randint(1000, 9999), E(cap), E(cap), E(credit)))
    return ('<div class="pic"><img src="/img/%d.jpg" alt=""><p class="pic-caption">%s</p><p class="pic-credit">%s</p></div>\n'
            % (random.randint(1000, 9999), E(cap), E(credit)))

def gallery(caps):
    n = len(caps)
    slides = ''.join('<li class="gallery-slide"><img src="/g/%d.jpg" alt=""><div class="gallery-count">%d/%d</div>'
                     '<p class="gallery-caption">%s</p><p class="gallery-credit">Image: Getty</p></li>'
                     % (i, i + 1, n, E(c)) for i, c in enumerate(caps))
    return ('<div class="gallery" data-gallery-id="%d"><div class="gallery-header"><span>Gallery</span> <span>%d images</span>'
            '<button>Launch gallery</button></div><ul>%s</ul></div>\n' % (random.randint(100, 999), n, slides))

def tweet(text, name, handle):
    return ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">%s</p>&mdash; %s (%s) '
            '<a href="https://x.com/%s/status/%d">%s</a></blockquote>\n'
            '<script async src="https://platform.x.com/widgets.js" charset="utf-8"></script>\n'
            % (E(text), E(name), E(handle), handle[1:], random.getrandbits(60), 'March 3, 2026'))

# ---------- body rendering ----------
def render_items(st, site, furn, ptag='<p>', pclose='</p>'):
    out, txt, lis = [], [], []
    def flush():
        if lis:
            out.append('<ul>%s</ul>\n' % ''.join('<li>%s</li>' % inline(x) for x in lis))
            txt.extend(lis)
            lis.clear()
    paywalled = False
    for code, val in st['items']:
        if paywalled:
            continue
        if code == 'LI':
            lis.append(val)
            continue
        flush()
        if code == 'P':
            out.append('%s%s%s\n' % (ptag, inline(val), pclose))
            txt.append(val)
        elif code == 'H2':
            out.append('<h2>%s</h2>\n' % inline(val))
            txt.append(val)
        elif code == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>\n' % inline(val))
            txt.append(val)
        elif code == 'PAYWALL':
            out.append(furn('PAYWALL', val))
            paywalled = True
        else:
            out.append(furn(code, val))
    flush()
    return ''.join(out), txt

def common_furn(site, code, val, k):
    if code == 'RM':
        return read_more([val], k % 5)
    if code == 'RML':
        return read_more(val.split(';;'), (k + 2) % 5)
    if code == 'FIG':
        c, cr = val.split('|')
        return figure(c, cr, k % 2)
    if code == 'GAL':
        return gallery(val.split(';;'))
    if code == 'TW':
        return tweet(*val.split('|'))
    if code == 'MOREON':
        return more_on(val.split(';;'), k % 2)
    if code == 'SIGNUP':
        return signup(val, k % 2, site)
    return None

def tpl_tabloid(st, site, idx, variant):
    k = [idx]
    def furn(code, val):
        k[0] += 1
        r = plain_furn(site, code, val, k[0]) if variant == 'P' else None
        if r is None:
            r = common_furn(site, code, val, k[0])
        if r is not None:
            return r
        if code == 'STORY':
            return ('<p class="story-cta"><strong>Got a story? Email <a href="mailto:webnews@%s">webnews@%s</a></strong></p>\n'
                    '<p><em>Follow %s on <a href="#">Facebook</a>, <a href="#">X</a> and <a href="#">Instagram</a> for the latest news.</em></p>\n'
                    % (site['dom'], site['dom'], site['short']))
        if code == 'NEWSLINE':
            return ('<p><strong>Get the latest news from The Blaze by signing up to our free newsletter <a href="/newsletters">here</a>.</strong></p>\n'
                    '<p>Got a story? Email us at <a href="mailto:tips@%s">tips@%s</a> or call 0207 946 0%03d.</p>\n'
                    % (site['dom'], site['dom'], idx))
        if code == 'SHARE':
            return '<div class="share-or-comment"><span>Share or comment on this article:</span><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Email</a></div>\n'
        if code == 'COMMENTS':
            return ('<div class="comments-count" data-count="%s"><a href="#comments">Comments <span>%s</span></a> '
                    '<a href="#comments">Join the conversation</a></div>\n' % (val, val))
        return ''
    body, txt = render_items(st, site, furn, *(('<p class="mol-para-with-font">', '</p>') if variant == 'C' else ('<p>', '</p>')))
    url = 'https://www.%s/news/%s-%d' % (site['dom'], slug(st['title']), 30000000 + idx * 7919)
    by = ('<div class="author-byline"><span class="by">By</span> <a rel="author" href="/authors/%s">%s</a>, '
          '<span class="role">%s Reporter</span></div><div class="time-info"><time datetime="%s">%s, %s</time> '
          '| Updated %s</div>' % (slug(st['by']), E(st['by']), E(st['sec']), st['when'], hhmm(st['when']),
                                  nice_date(st['when']), nice_date(st['when'])))
    lead = ('<div class="lead-image"><img src="/img/lead%d.jpg" alt=""><figcaption>%s (Image: %s)</figcaption></div>'
            % (idx, E(st['title'][:60]), site['short']))
    standfirst = '<p class="standfirst">%s</p>' % E(first_para(st)[:90] + '...') if variant == 'A' else ''
    share = '<div class="share-bar"><a>Share</a><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Copy link</a><span class="comment-count">%d comments</span></div>' % (idx * 13 % 300)
    page = (head(st, site, url) + '<body class="article-page">\n' + nav(site, 't-') + ad() +
            '<main id="main"><article class="article" data-article-id="%d">\n<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/%s">%s</a></div>\n'
            '<h1 class="headline">%s</h1>\n%s\n%s\n%s\n%s\n<div class="article-body" itemprop="articleBody">\n%s</div>\n'
            % (idx, slug(st['sec']), E(st['sec']), E(st['title']), standfirst, by, share, lead, body) +
            '<div class="tags"><span>Tags:</span>%s</div>\n' % ''.join('<a href="/all-about/%s">%s</a>' % (slug(t), t) for t in [st['sec'], 'UK News', 'Exclusive']) +
            '<section id="comments"><h3>Comments</h3><p>Comments are subject to our community guidelines, which can be viewed <a href="/guidelines">here</a>.</p><div class="cmt-widget"></div></section>\n'
            '</article>\n<aside class="sidebar">' + trending('Most Read', TREND[:6]) + ad() + '</aside>\n' +
            taboola(SPONS) + '</main>\n' + footer(site))
    return page, txt

def tpl_broad(st, site, idx):
    k = [idx]
    live = st['tpl'] == 'broadlive'
    def furn(code, val):
        k[0] += 1
        r = common_furn(site, code, val, k[0])
        if r is not None:
            return r
        if code == 'BNEWS':
            return ('<aside data-spacefinder-role="inline" data-component="newsletter-signup"><p class="nl-kicker">Sign up to %s</p>'
                    '<p class="nl-desc">Free daily newsletter</p><p>Our essential guide to the day\'s news, what it means and why it matters, '
                    'delivered every weekday morning.</p><form><input type="email"><button>Sign up</button></form>'
                    '<p class="nl-privacy">Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. '
                    'For more information see our Privacy Policy.</p><p>after newsletter promotion</p></aside>\n') % E(val)
        if code == 'RNEXT':
            return '<div class="read-next"><span>Read next</span><a href="/%s">%s</a></div>\n' % (slug(val), E(val))
        if code == 'TOPICS':
            return ''
        if code == 'PAYWALL':
            return ('<div class="paywall" id="paywall"><h3>This article is for subscribers only</h3><p>Subscribe now for unlimited '
                    'access to award-winning journalism. Just £1 for your first month.</p><a class="btn" href="/subscribe">Subscribe</a>'
                    '<p>Already a subscriber? <a href="/login">Log in</a></p></div>\n')
        return ''
    out, txt = [], []
    if live:
        for code, val in st['items']:
            if code == 'LIVE':
                t, title = val.split('|')
                if out:
                    out.append('</div>\n')
                out.append('<div class="block" data-block-time="%s"><p class="block-time"><time>%s</time></p><h2 class="block-title">%s</h2>\n'
                           % (t, t, E(title)))
                txt.append(title)
            elif code == 'P':
                out.append('<p>%s</p>\n' % E(val)); txt.append(val)
            elif code == 'Q':
                out.append('<blockquote><p>%s</p></blockquote>\n' % E(val)); txt.append(val)
            else:
                out.append('</div>\n' + furn(code, val) + '<div>')
        out.append('</div>\n<div class="live-footer"><button>Load more updates</button><p>Updated automatically every 60 seconds</p></div>\n')
        body = ''.join(out)
    else:
        body, txt = render_items(st, site, furn)
    topics = next((v for c, v in st['items'] if c == 'TOPICS'), 'News')
    url = 'https://www.%s/%s/%s/%s' % (site['dom'], slug(st['sec']), st['when'][:10].replace('-', '/'), slug(st['title']))
    page = (head(st, site, url) + '<body>\n' + nav(site, 'ldg-') +
            '<div class="ad-top">' + ad('Advertisement') + '</div>\n<main><article>\n'
            '<div class="kicker"><a href="/%s">%s</a></div><h1>%s</h1>\n'
            '<div class="standfirst"><p>%s</p></div>\n'
            '<address class="byline">%s</address><details class="dateline"><summary>%s %s %s GMT</summary><p>Last modified on %s</p></details>\n'
            '<div class="meta-share"><a>Share</a><a>Gift this article</a><a>Save</a></div>\n'
            '<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">\n%s</div></div>\n'
            % (slug(st['sec']), E(st['sec']), E(st['title']),
               'Analysis of the latest developments and what they mean' if not live else 'Follow the latest updates from Westminster',
               E(st['by']), nice_date(st['when'])[:-5], st['when'][:4], hhmm(st['when']), nice_date(st['when']), body) +
            '<div class="submeta"><h3>Topics</h3><ul>%s</ul><div class="share">Share<a>Reuse this content</a></div></div>\n'
            % ''.join('<li><a href="/%s">%s</a></li>' % (slug(t), E(t)) for t in topics.split(';;')) +
            '<aside class="support-epic"><h2>Before you go</h2><p>We have no shareholders and no billionaire owner. Our journalism is funded by readers like you. '
            'If you can, please support us today from just £2 a month.</p><a>Support us</a></aside>\n'
            '</article>' + trending('Most viewed', TREND[2:8]) + '</main>\n' + footer(site))
    return page, txt

def tpl_regional(st, site, idx, kind):
    k = [idx]
    def furn(code, val):
        k[0] += 1
        r = common_furn(site, code, val, k[0])
        if r is not None:
            return r
        if code == 'WA':
            if k[0] % 2:
                return ('<div class="whatsapp-cta" data-cta="whatsapp"><p><strong>Join our Tynebridge Echo WhatsApp community</strong> for the latest news '
                        'straight to your phone. <a href="https://chat.whatsapp.com/x">Click here to join</a>.</p></div>\n')
            return '<p><strong>Join the Echo WhatsApp community <a href="https://chat.whatsapp.com/x">HERE</a> for the latest news.</strong></p>\n'
        if code == 'SUBMIT':
            return ('<aside class="submit-story"><h3>Submit your story</h3><p>Have you got a story for us? Email '
                    '<a href="mailto:newsdesk@%s">newsdesk@%s</a> or use our online form.</p><a>Submit your story</a></aside>\n' % (site['dom'], site['dom']))
        if code == 'WANT':
            return '<div><h3>We want to hear from you</h3><p>Are you going to the festival? Let us know in the comments below.</p></div>\n'
        if code == 'NWNEWS':
            return ('<div class="newsletter-inline" data-testid="newsletter"><p>Sign up to our daily newsletter</p><p>The i newsletter cut through the noise</p>'
                    '<form><input><button>Sign up</button></form><p class="terms">By subscribing, you agree to our terms and privacy notice.</p></div>\n')
        if code == 'NWSUBMIT':
            return ('<div class="markup"><p><em>Do you have a story you would like to share with the Wessex Post? Email newsdesk@%s '
                    'or message us on Facebook.</em></p></div>\n' % site['dom'])
        if code == 'NQREAD':
            heads = val.split(';;')
            return '<p><strong>Read more:</strong></p><ul class="related-inline">%s</ul>\n' % ''.join(
                '<li><a href="/news/%d.%s/">%s</a></li>' % (24000000 + i, slug(h), E(h)) for i, h in enumerate(heads))
        if code == 'NQWANT':
            return ('<div class="hear-from-you"><h3>We want to hear from you</h3><p>Got a story? Contact our newsdesk on 01292 555 %03d or email news@%s</p></div>\n'
                    % (idx, site['dom']))
        if code == 'NQCOMMENTS':
            return ('<section class="comments"><h3>Comments: Our rules</h3><p>We want our comments to be a lively and valuable part of our community - '
                    'a place where readers can debate and engage with the most important local issues.</p><p>Read the rules here</p>'
                    '<p>Last Updated:</p><p>Report this comment</p></section>\n')
        return ''
    body, txt = render_items(st, site, furn)
    url = 'https://www.%s/news/local-news/%s-%d' % (site['dom'], slug(st['title']), 9000000 + idx)
    extra = '<div class="author-info"><img src="/a.jpg" alt=""><a>%s</a><span>Local Democracy Reporter</span><span>%s</span></div>' % (E(st['by']), nice_date(st['when']))
    if kind == 'natw':
        byl = '<div class="article-byline">By <a>%s</a><br>Published %s, %s BST</div>' % (E(st['by']), nice_date(st['when']), hhmm(st['when']))
        extra = byl
    if kind == 'nq':
        extra = '<div class="mar-article-byline">By %s <span>Reporter</span></div><div class="mar-article-date">%s</div>' % (E(st['by']), nice_date(st['when']))
    page = (head(st, site, url) + '<body>\n' + nav(site, 'rg-') +
            '<main><div class="section-tag">%s</div><h1>%s</h1>\n%s\n'
            '<div class="share-links"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Email</a></div>\n'
            '<figure class="lead"><img src="/lead.jpg" alt=""><figcaption>%s (Image: %s)</figcaption></figure>\n'
            '<div class="article-body" data-body="true">\n%s</div>\n' % (E(st['sec']), E(st['title']), extra,
                                                                       E(st['title'][:50]), site['short'], body) + ad() +
            '<section class="related"><h3>More from %s</h3>%s</section>\n' % (E(site['name']), ''.join('<div class="teaser"><a>%s</a><p>%s</p></div>' % (E(h), E(h[:40])) for h in TREND[:4])) +
            '</main><aside>' + trending('Most Read', TREND[3:8]) + '</aside>\n' + taboola(SPONS[:3]) + footer(site))
    return page, txt

def tpl_bbc(st, site, idx):
    out, txt = [], []
    more = ''
    for code, val in st['items']:
        if code == 'P':
            out.append('<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">%s</p></div></div>\n' % E(val))
            txt.append(val)
        elif code == 'FIG' and st['tpl'] == 'bbc2':
            c, cr = val.split('|')
            out.append('<div data-component="image-block"><p>Image source, %s</p><img src="/i.jpg" alt=""><p>Image caption, %s</p></div>\n'
                       % (E(cr), E(c)))
        elif code == 'VID':
            c = val
            out.append('<div data-component="video-block"><p>This video can not be played</p><p>To play this video you need '
                       'to enable JavaScript in your browser.</p><p>Media caption, %s</p></div>\n' % E(c))
        elif code == 'FIG':
            c, cr = val.split('|')
            out.append('<div data-component="image-block"><figure><span class="copyright">%s</span><img src="/i.jpg" alt="%s"><figcaption class="ssrcss-caption">%s</figcaption></figure></div>\n' % (E(cr), E(c), E(c)))
        elif code == 'BBCMORE':
            more = val
        elif code == 'RT':
            out.append('<div data-component="tag-list"><h2>Related topics</h2><ul>%s</ul></div>\n'
                       % ''.join('<li><a href="/news/topics/%s">%s</a></li>' % (slug(x), E(x)) for x in val.split(';;')))
    links = ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(h), E(h)) for h in more.split(';;'))
    url = 'https://www.%s/news/articles/c%07dno' % (site['dom'], idx * 12345)
    body = ''.join(out)
    page = (head(st, site, url) + '<body>\n<header><a>NBS</a><nav><a>Home</a><a>News</a><a>Sport</a><a>Weather</a><a>iPlayer</a><a>Sounds</a></nav></header>\n' + megamenu(site) +
            '<nav class="news-nav"><a>Home</a><a>UK</a><a>World</a><a>Politics</a><a>Business</a><a>Tech</a><a>Science</a><a>%s</a></nav>\n'
            '<main id="main-content"><article>\n<header data-component="headline-block"><h1 id="main-heading">%s</h1></header>\n'
            '<div data-component="byline-block"><div><time datetime="%s:00.000Z">%s</time></div><div><span>%s</span><span>NBS News, %s</span></div></div>\n'
            '<div data-component="links-block"><a>Share</a><a>Save</a></div>\n%s'
            '<section data-component="topic-list"><h2>Related topics</h2><ul><li><a>%s</a></li><li><a>Transport</a></li></ul></section>\n'
            '<section data-component="links-block"><h2>More on this story</h2><ul>%s</ul></section>\n'
            '</article>\n<section><h2>Top stories</h2><ul>%s</ul></section>\n<section><h2>Features</h2><ul>%s</ul></section>\n'
            '</main>\n' % (E(st['sec']), E(st['title']), st['when'], nice_date(st['when']), E(st['by']), E(st['sec']), body,
                           E(st['sec']), links, ''.join('<li><a>%s</a></li>' % E(h) for h in TREND[:5]),
                           ''.join('<li><a>%s</a><p>%s</p></li>' % (E(h), 'Watch') for h in TREND[5:8])) + footer(site))
    return page, txt

def tpl_irish(st, site, idx):
    k = [idx]
    def furn(code, val):
        k[0] += 1
        if code == 'IRM':
            if k[0] % 2:
                return ('<div class="ReadMore" data-testid="read-more-card"><span class="ReadMore__label">Read More</span>'
                        '<a href="/news/%s"><img src="/rm.jpg" alt=""><span>%s</span></a></div>\n' % (slug(val), E(val)))
            return '<p><strong>Read more</strong></p><p><a href="/news/%s">%s</a></p>\n' % (slug(val), E(val))
        if code == 'IREAD':
            return ''.join('<section class="more-in"><h3>More in %s</h3><ul>%s</ul></section>\n' % (
                E(x), ''.join('<li><a>%s</a></li>' % E(h) for h in TREND[i:i + 3])) for i, x in enumerate(val.split(';;')))
        if code == 'ICOMM':
            return ('<div class="comments-cta"><p>Join our commenting forum</p><p>Join thought-provoking conversations, follow other '
                    'Leinster Herald readers and see their replies</p><button>View comments</button></div>\n')
        if code == 'IPREM':
            return ('<div class="premium-note"><p>Get the best of the Leinster Herald with our Premium subscription. '
                    'Unlimited articles, podcasts and the digital edition, for €1 for the first three months.</p></div>\n')
        return common_furn(site, code, val, k[0]) or ''
    body, txt = render_items(st, site, furn)
    url = 'https://www.%s/irish-news/%s/a%d.html' % (site['dom'], slug(st['title']), 140000000 + idx)
    page = (head(st, site, url) + '<body>\n' + nav(site, 'ih-') +
            '<main><article><div class="section"><a>%s</a></div><h1>%s</h1>\n'
            '<div class="byline"><a>%s</a><div>Today at %s</div></div>\n'
            '<p class="intro">%s</p>\n<div class="body" data-auth="article-body">\n%s</div>\n'
            '<div class="share">Share this article<a>Facebook</a><a>X</a><a>Email</a></div>\n'
            '<section class="latest"><h3>Latest %s</h3>%s</section>\n</article></main>\n'
            % (E(st['sec']), E(st['title']), E(st['by']), hhmm(st['when']), 'Premium', body, E(st['sec']),
               ''.join('<div><a>%s</a></div>' % E(h) for h in TREND[:5])) + footer(site))
    return page, txt

AREAS = ('Denbury;Harlow Vale;Ashby Lane;Northwell;Castleby;Priory Fields;Oakworth;Brampton Moor;Fennick;Saltgate;'
         'Upper Carrow;Lowther Cross;Milbourne;Stanwick;Redhill;Thornaby Green;Westcott;Kings Meadow;Hollin Bank;Elmsley').split(';')

def tpl_police(st, site, idx):
    body, txt = render_items(st, site, lambda c, v: '')
    gov = 'Council' in st['sec']
    org = 'Northshire County Council' if gov else 'Northshire Police'
    url = 'https://www.%s/news/%s' % (site['dom'] if gov else 'northshire.police.uk', slug(st['title']))
    page = (head(st, dict(site, name=org), url) + '<body>\n<a class="skip" href="#content">Skip to main content</a>\n'
            '<header><a href="/">%s</a><nav><ul><li><a>Report</a></li><li><a>Contact us</a></li><li><a>Advice</a></li>'
            '<li><a>News</a></li><li><a>Careers</a></li><li><a>Your area</a></li></ul></nav></header>\n'
            '<div class="breadcrumb"><ol><li><a>Home</a></li><li><a>News</a></li><li>%s</li></ol></div>\n'
            '%s<main id="content"><h1>%s</h1><p class="meta">Posted on %s at %s by %s</p>\n'
            '<div class="content">\n%s</div>\n'
            '<div class="share"><h2>Share this page</h2><a>Facebook</a><a>X</a><a>LinkedIn</a></div>\n'
            '<div class="feedback"><h2>Was this page useful?</h2><button>Yes</button><button>No</button>'
            '<p>Report a problem with this page</p></div>\n'
            '<section class="related"><h2>Latest news</h2><ul>%s</ul></section></main>\n'
            '<aside class="areas"><h2>Your area</h2><ul>%s</ul><h2>Get in touch</h2><ul><li><a>Report a crime</a></li>'
            '<li><a>Report a road traffic collision</a></li><li><a>Tell us about antisocial behaviour</a></li><li><a>Lost and found</a></li>'
            '<li><a>Compliments and complaints</a></li><li><a>Apply for a firearms licence</a></li></ul></aside>\n'
            % (org, E(st['title'][:40]), megamenu(site), E(st['title']), nice_date(st['when']), hhmm(st['when']), E(st['by']), body,
               ''.join('<li><a>%s</a></li>' % E(h) for h in TREND[:6]),
               ''.join('<li><a href="/area/%s">%s neighbourhood team</a></li>' % (slug(a), a) for a in AREAS)) +
            '<footer><p>In an emergency always call 999. For non-emergencies call 101.</p><ul><li>Accessibility</li><li>Privacy</li><li>Cookies</li>'
            '<li>Freedom of information</li></ul><p>&copy; %s</p></footer>\n</body>\n</html>\n' % org)
    return page, txt

def tpl_live2(st, site, idx):
    posts, txt, keys, cur = [], [], [], None
    for code, val in st['items']:
        if code == 'LIVE':
            t, title = val.split('|')
            cur = []
            posts.append((t, title, cur))
            txt.append(title)
            keys.append((t, title))
        elif code == 'P':
            cur.append('<p>%s</p>' % E(val)); txt.append(val)
        elif code == 'Q':
            cur.append('<blockquote><p>%s</p></blockquote>' % E(val)); txt.append(val)
    feed = ''.join('<article class="live-post" id="post-%d"><header><time datetime="%s">%s</time><h3>%s</h3></header>%s'
                   '<footer><button>Share</button><a href="#post-%d">Copy link</a></footer></article>\n'
                   % (i, st['when'], t, E(title), ''.join(c), i) for i, (t, title, c) in enumerate(posts))
    key = '<nav class="key-events"><h2>Key events</h2><ul>%s</ul></nav>\n' % ''.join(
        '<li><a href="#post-%d"><span>%s</span> %s</a></li>' % (i, t, E(title)) for i, (t, title) in enumerate(keys))
    url = 'https://www.%s/news/%s-%d' % (site['dom'], slug(st['title']), 7000000 + idx)
    page = (head(st, site, url) + '<body>\n' + nav(site, 'lv-') +
            '<main><h1>%s</h1><div class="live-badge">LIVE</div><p class="summary">Latest updates as the storm hits</p>\n'
            '<div class="byline">%s | Updated %s</div>\n<p><a href="https://google.com/preferences/source">Add %s as a '
            'preferred source on Google</a></p>\n%s<div class="live-feed">\n%s</div>\n'
            '<p>Stay up to date with all the latest news by signing up to our free newsletter <a href="/newsletters">here</a>.</p>\n'
            '<button>Load more</button></main>\n' % (E(st['title']), E(st['by']), nice_date(st['when']), E(site['name']), key, feed) +
            trending('Most Read', TREND[:6]) + footer(site))
    return page, txt

def render(st, idx):
    site = SITES[st['tpl']]
    t = st['tpl']
    if t.startswith('tab'):
        return tpl_tabloid(st, site, idx, t[-1])
    if t.startswith('broad'):
        return tpl_broad(st, site, idx)
    if t in ('reach', 'natw', 'nq'):
        return tpl_regional(st, site, idx, t)
    if t in ('bbc', 'bbc2'):
        return tpl_bbc(st, site, idx)
    if t == 'live2':
        return tpl_live2(st, site, idx)
    if t in ('irish', 'irish2'):
        return tpl_irish(st, site, idx)
    return tpl_police(st, site, idx)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(OUT, exist_ok=True)
    for i, st in enumerate(parse(os.path.join(here, 'stories.txt')), 1):
        page, txt = render(st, i)
        name = os.path.join(OUT, '%02d' % i)
        open(name + '.html', 'w', encoding='utf-8').write(page)
        open(name + '.txt', 'w', encoding='utf-8').write('\n\n'.join(txt) + '\n')
        json.dump(dict(published=st['when'][:10], lang='en', title=st['title']),
                  open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False)

main()
