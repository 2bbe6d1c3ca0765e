#!/usr/bin/env python3
"""Generate bench/stress/ustv pages from stories.txt (American local news: local TV station sites of
station groups, newspaper chains, nonprofit newsrooms and sites republishing them, college and
alt-weekly papers; obituaries, blotters and police releases carried as stories). Invented sites,
original text.

Usage: python3 bench/stress/ustv/gen/gen.py bench/stress/ustv
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### tpl|YYYY-MM-DD|byline|section' opens a story, then lines 'CODE: value'.
Body codes (in the expected text): P paragraph, H2/H3 subhead, LI list item, Q block quote,
CONTRIB the 'X contributed to this report.' line (kept, as in the majornews/localwire classes).
Furniture codes (not in the expected text): REL 'RELATED:' line (headline), WATCH 'WATCH:' line
(headline), AD ad slot, VID autoplay player with its summary (title|summary), APP download-the-app
line, NL newsletter sign-up, SUP 'Support local journalism' box, POP 'Most Popular' box, SPON
sponsored-content card, FIG figure (caption|credit), DISC funder disclosure or partnership note,
FIRST 'This article first appeared on …' note, CONT reporter contact line, TIP tip request,
APCOPY the AP's copyright closer, SEP the '___' rule line, ORIG a chain's 'This article originally appeared on X:
headline' line, ORIGBY 'This story was originally published by X …', BRACK a bracketed sign-up or app call between
paragraphs, RELLIST a 'RELATED COVERAGE' label over a list of links (headline;;headline), PHOTOS/MORE the
'PHOTOS:'/'MORE:' line of a link, HUB the AP's 'Follow AP's coverage … at URL', FLOR/PUBBY/GUEST an obituary
host's flowers call, 'Published by X on …' line and guest-book call, FURN a furniture line as a bare <p>
(text), NATIVE a native ad labelled 'Sponsored content' in a box without a sponsor class (title|pitch).
Every furniture code has several markups (class soup, data-attributes, bare <p><strong>, <aside>,
bare <div>) chosen at random with a fixed seed."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, byline, section = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, byline=byline, section=section, title='', deck='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None:
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            elif k == 'D': cur['deck'] = v
            else: cur['items'].append((k, v))
    return stories

BODY = ('P', 'H2', 'H3', 'LI', 'Q', 'CONTRIB')

def expected(s):
    return '\n\n'.join(v for k, v in s['items'] if k in BODY) + '\n'

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']

def longdate(d):
    y, m, dd = map(int, d.split('-'))
    return '%s %d, %d' % (MONTHS[m - 1], dd, y)

def apdate(d):
    y, m, dd = map(int, d.split('-'))
    return '%s %d, %d' % (AP_MONTHS[m - 1], dd, y)

# ---------------------------------------------------------------- sites
def station(s, default):
    for k, v in s['items']:
        m = re.search(r'\(([KW][A-Z]{2,3})\)', v)
        if m: return m.group(1)
    return default

HEADLINES = ["Man charged after standoff on West Side", "Holiday light show returns to county fairgrounds",
             "Water main break closes part of Elm Street", "High school band headed to Rose Parade",
             "New bakery opens in former bank building", "Deputies warn of phone scam using officers' names",
             "Library expands Sunday hours", "Two injured in crash on Interstate 80", "City unveils plan for riverfront trail",
             "Restaurant inspections: 3 eateries cited for violations", "Local teen wins national spelling bee spot",
             "Gas prices drop for fourth straight week", "Hospital names new chief executive",
             "Planning board delays vote on warehouse project", "Community rallies for family after house fire",
             "Park district to add pickleball courts", "Schools see jump in chronic absences",
             "Food truck rally raises money for shelter"]

def links(n, prefix='/news/'):
    return ''.join('<li><a href="%s%s/">%s</a></li>' % (prefix, slug(h), E(h)) for h in random.sample(HEADLINES, n))

def jsonld(s, site, url, author_type='Person'):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'],
         "datePublished": s['date'] + 'T%02d:%02d:00-05:00' % (random.randint(5, 21), random.randint(0, 59)),
         "dateModified": s['date'] + 'T22:10:00-05:00', "mainEntityOfPage": url,
         "author": [{"@type": author_type, "name": byname(s)}],
         "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": url.split('/')[0] + '//' + url.split('/')[2] + '/logo.png'}},
         "articleSection": s['section']}
    if s['deck']: d['description'] = s['deck']
    return '<script type="application/ld+json">%s</script>' % json.dumps(d)

def head(s, site, url, extra=''):
    desc = s['deck'] or next(v for k, v in s['items'] if k == 'P')[:150]
    return ('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s | %s</title>\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="og:image" content="%s/images/share-%d.jpg">\n'
            '<meta property="article:published_time" content="%sT%02d:00:00Z">\n<meta name="twitter:card" content="summary_large_image">\n'
            '%s\n%s\n%s\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","contentId":"%d"});</script>\n'
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '<link rel="stylesheet" href="/assets/css/main.%x.css">\n</head>\n') % (
        E(s['title']), E(site), E(desc), url, E(s['title']), E(desc), url, E(site), url.rsplit('/', 3)[0],
        random.randint(1000, 9999), s['date'], random.randint(10, 23), jsonld(s, site, url), extra, config_script(), E(s['section']),
        random.randint(100000, 999999), random.randint(1 << 20, 1 << 28))

def scripts():
    return ('<script>(function(){var s=document.createElement("script");s.src="https://cdn.example-analytics.com/a.js";'
            's.async=true;document.head.appendChild(s);})();</script>\n'
            '<script src="/assets/js/vendor.%x.js" defer></script>\n<script src="/assets/js/app.%x.js" defer></script>\n'
            '<noscript><img src="https://px.example-analytics.com/p.gif?id=%d" alt="" width="1" height="1"></noscript>\n') % (
        random.randint(1 << 20, 1 << 28), random.randint(1 << 20, 1 << 28), random.randint(1000, 9999))

# ---------------------------------------------------------------- furniture
def rel(h):
    a = '<a href="/news/%s/">%s</a>' % (slug(h), E(h))
    return random.choice([
        '<p><strong>RELATED:</strong> %s</p>' % a,
        '<p><strong>RELATED: %s</strong></p>' % a,
        '<div class="inline-related" data-module="related-inline" data-vr-zone="inline"><span class="inline-related__label">RELATED</span> %s</div>' % a,
        '<aside class="related-story-embed"><h4 class="related-story-embed__title">Related</h4><ul><li>%s</li></ul></aside>' % a,
        '<div>RELATED: %s</div>' % a,
        '<p class="rel-link"><b>RELATED |</b> %s</p>' % a,
        '<div class="c-related-card" data-content-type="related" data-ga-event="related_click"><a class="c-related-card__link" href="/news/%s/">'
        '<img src="/img/r/%d.jpg" alt=""><span class="c-related-card__eyebrow">Related</span><span class="c-related-card__headline">%s</span></a></div>' % (
            slug(h), random.randint(1, 999), E(h)),
    ])

def watch(h):
    a = '<a href="/video/%s/">%s</a>' % (slug(h), E(h))
    return random.choice([
        '<p><strong>WATCH:</strong> %s</p>' % a,
        '<p><strong>WATCH: %s</strong></p>' % a,
        '<div class="watch-link" data-type="video-link">WATCH: %s</div>' % a,
        '<h3 class="embed-video-title">WATCH: %s</h3><div class="video-embed" data-autoplay="false"><iframe src="https://player.example-video.com/e/%d" title="%s"></iframe></div>' % (
            E(h), random.randint(10000, 99999), E(h)),
        '<p><b>WATCH |</b> %s</p>' % a,
    ])

def ad():
    n = random.randint(1, 9)
    return random.choice([
        '<div class="ad-container ad-incontent" id="ad-incontent-%d"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-%d" data-ad-size="300x250"></div></div>' % (n, n),
        '<div class="adunit" data-pos="mid%d"><p class="adlabel">ADVERTISEMENT</p></div>' % n,
        '<aside class="ad ad--inline"><div class="ad__slot" data-slot="in-article-%d"></div></aside>' % n,
        '<div class="story-break-ad"><div class="story-break-ad__label">Story continues below advertisement</div><div id="sb-%d"></div></div>' % n,
    ])

def vid(v):
    title, summ = v.split('|')
    n = random.randint(10000, 99999)
    return random.choice([
        '<div class="video-player-wrapper" data-autoplay="true" data-video-id="%d"><div class="jwplayer"><video muted autoplay playsinline poster="/img/v/%d.jpg"></video></div>'
        '<h3 class="video-player__title">%s</h3><p class="video-player__description">%s</p></div>' % (n, n, E(title), E(summ)),
        '<figure class="article-video"><div class="anvplayer" data-anvp=\'{"video":"%d","autoplay":true}\'></div><figcaption><strong>%s</strong> %s</figcaption></figure>' % (n, E(title), E(summ)),
        '<div class="lead-video"><div class="lead-video__player" id="player-%d"></div><div class="lead-video__meta"><span class="lead-video__now">Now Playing</span>'
        '<span class="lead-video__title">%s</span><div class="lead-video__summary">%s</div></div></div>' % (n, E(title), E(summ)),
    ])

def app(call):
    return random.choice([
        '<p><strong>Download the %s News app for the latest news, weather and video on your phone.</strong></p>' % call,
        '<p><em>Get breaking news alerts: download the free %s app on the App Store or Google Play.</em></p>' % call,
        '<div class="app-promo" data-module="app-download"><p>Download the %s app: <a href="https://apps.apple.com/app/%s">iPhone</a> | <a href="https://play.google.com/store/apps/%s">Android</a></p></div>' % (call, call.lower(), call.lower()),
    ])

def nl(site):
    return random.choice([
        '<p><em>Stay up to date with the latest news by <a href="/newsletters/">signing up for our newsletter here</a>.</em></p>',
        '<div class="newsletter-signup" data-newsletter="daily"><h4>Get the %s Daily newsletter in your inbox</h4><p>The top local stories, every morning.</p>'
        '<form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>' % E(site),
        '<aside class="nl-inline"><p><strong>Click here to sign up for our newsletter.</strong></p></aside>',
        '<div class="tnt-newsletter-signup"><span>Sign up for %s\'s free email newsletters</span><a class="btn" href="/newsletters/">Sign up</a></div>' % E(site),
    ])

def sup(site):
    return random.choice([
        '<div class="subscribe-promo"><p>Support local journalism. Subscribe to %s today.</p><a class="btn" href="/subscribe/">Subscribe</a></div>' % E(site),
        '<p class="gnt_ar_b_p"><strong>Support local journalism:</strong> <a href="/subscribe/">Become a subscriber for $1 a month</a>.</p>',
        '<aside class="membership-ask" data-ask="inline"><h4>Support independent journalism</h4><p>%s is free to read because readers like you chip in. <a href="/donate/">Become a member</a>.</p></aside>' % E(site),
    ])

def pop():
    items = random.sample(HEADLINES, 5)
    return random.choice([
        '<div class="most-popular-inline" data-module="mostpop"><h4>Most Popular</h4><ol>%s</ol></div>' % ''.join(
            '<li><a href="/news/%s/">%s</a></li>' % (slug(h), E(h)) for h in items),
        '<aside class="trending-inline"><span class="trending-inline__label">Trending</span>%s</aside>' % ''.join(
            '<a href="/news/%s/">%s</a>' % (slug(h), E(h)) for h in items[:3]),
    ])

SPONS = [("5 signs it's time to replace your roof", "Local experts explain what to look for before winter sets in."),
         ("The retirement mistake most people make in their 50s", "A financial planner breaks down the numbers."),
         ("Why homeowners in the area are switching to solar", "New incentives make panels cheaper than ever.")]

def spon():
    t, b = random.choice(SPONS)
    return random.choice([
        '<div class="sponsored-content-card" data-adtype="native"><span class="sponsored-label">Sponsored content</span><a href="https://ads.example-native.com/c/%d"><h5>%s</h5></a><p>%s</p></div>' % (
            random.randint(1, 999), E(t), E(b)),
        '<aside class="native-ad"><p class="native-ad__label">SPONSORED CONTENT</p><h4><a href="https://ads.example-native.com/x">%s</a></h4><p>%s</p><span class="native-ad__by">By Brightside Partners</span></aside>' % (E(t), E(b)),
    ])

def fig(v):
    cap, credit = v.split('|')
    return ('<figure class="article-image"><img src="/img/%d.jpg" alt="%s" width="1200" height="675"><figcaption>'
            '<span class="caption">%s</span> <span class="credit">(Photo: %s)</span></figcaption></figure>') % (
        random.randint(100, 999), E(cap), E(cap), E(credit))

def disc(v):
    return random.choice(['<p class="disclosure"><em>%s</em></p>' % E(v), '<div class="story-disclosure"><p>%s</p></div>' % E(v),
                          '<p><em>%s</em></p>' % E(v)])

def first(v):
    return random.choice(['<p><em>%s</em></p>' % E(v), '<div class="republish-credit">%s</div>' % E(v),
                          '<p class="syndicated-note"><i>%s</i></p>' % E(v)])

def furniture(k, v, ctx):
    if k == 'REL': return rel(v)
    if k == 'WATCH': return watch(v)
    if k == 'AD': return ad()
    if k == 'VID': return vid(v)
    if k == 'APP': return app(ctx['call'])
    if k == 'NL': return nl(ctx['site'])
    if k == 'SUP': return sup(ctx['site'])
    if k == 'POP': return pop()
    if k == 'SPON': return spon()
    if k == 'FIG': return fig(v)
    if k == 'DISC': return disc(v)
    if k == 'FIRST': return first(v)
    if k == 'APCOPY': return random.choice(['<p>%s</p>' % E(v), '<p class="copyright"><em>%s</em></p>' % E(v)])
    if k == 'SEP': return '<p>%s</p>' % E(v)
    if k == 'ORIG': return random.choice(['<p><em>%s</em></p>' % E(v), '<p class="gnt_ar_b_p"><em>This article originally appeared on <a href="https://www.example-network.com/story/1">%s</a></em></p>' % E(v.split('on ', 1)[1])])
    if k == 'ORIGBY': return '<p class="originally-by"><em>%s</em></p>' % E(v)
    if k == 'BRACK': return '<p><strong>%s</strong></p>' % E(v) if random.random() < .5 else '<p><a href="/newsletters/">%s</a></p>' % E(v)
    if k == 'RELLIST':
        hs = v.split(';;')
        return random.choice(['<p><strong>RELATED COVERAGE:</strong></p><ul>%s</ul>', '<div class="related-coverage" data-module="related-list"><h4>Related Coverage</h4><ul>%s</ul></div>']) % ''.join(
            '<li><a href="/article/news/%s/">%s</a></li>' % (slug(h), E(h)) for h in hs)
    if k == 'PHOTOS': return random.choice(['<p><strong>PHOTOS:</strong> <a href="/gallery/%s/">%s</a></p>', '<div class="gallery-link" data-gallery="inline"><a href="/gallery/%s/">PHOTOS: %s</a></div>']) % (slug(v), E(v))
    if k == 'MORE': return random.choice(['<p><strong>MORE:</strong> <a href="/news/%s/">%s</a></p>', '<p><a href="/news/%s/">MORE: %s</a></p>']) % (slug(v), E(v))
    if k == 'HUB':
        text, addr = v.split(' at https://')
        return '<p>%s at <a href="https://%s">https://%s</a></p>' % (E(text), E(addr), E(addr))
    if k == 'FLOR': return '<div class="obit-flowers"><p>%s</p><a class="btn" href="https://flowers.example-obits.com/">Send Flowers</a></div>' % E(v)
    if k == 'PUBBY': return '<p class="obit-published">%s</p>' % E(v)
    if k == 'GUEST': return '<div class="guestbook-cta"><a href="/guestbook/">%s</a><p>Share a memory or offer condolences.</p></div>' % E(v)
    if k == 'FURN': return '<p>%s</p>' % E(v)
    if k == 'NATIVE':
        t, b = v.split('|')
        return '<div class="partner-box"><span>Sponsored content</span><h4>%s</h4><p>%s</p></div>' % (E(t), E(b))
    if k == 'CONT': return '<p class="author-contact"><em>%s</em></p>' % E(v)
    if k == 'TIP': return random.choice(['<p><em>%s</em></p>' % E(v), '<div class="tip-line"><strong>%s</strong></div>' % E(v)])
    raise ValueError(k)

def body(s, ctx, pcls=''):
    out, lst = [], []
    pc = ' class="%s"' % pcls if pcls else ''
    def flush():
        if lst:
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in lst))
            lst.clear()
    for k, v in s['items']:
        if k == 'LI':
            lst.append(v); continue
        flush()
        if k == 'P': out.append('<p%s>%s</p>' % (pc, E(v)))
        elif k in ('H2', 'H3'): out.append('<%s>%s</%s>' % (k.lower(), E(v), k.lower()))
        elif k == 'Q': out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'CONTRIB': out.append(random.choice(['<p><em>%s</em></p>' % E(v), '<p%s>%s</p>' % (pc, E(v)), '<p><i>%s</i></p>' % E(v)]))
        else: out.append(furniture(k, v, ctx))
    flush()
    return '\n'.join(out)

def byname(s):
    b = re.sub(r'^(by:?|By|Author:|Posted by)\s*', '', s['byline'])
    return re.sub(r'\s+\S+@\S+$', '', b).split(',')[0]

def footer_links():
    cols = [('News', ['Local', 'Crime', 'Politics', 'Education', 'Business', 'Health']),
            ('Weather', ['Forecast', 'Radar', 'Closings', 'Weather Alerts', 'Traffic']),
            ('About Us', ['Contact Us', 'Careers', 'Advertise With Us', 'FCC Public File', 'EEO Report', 'Closed Captioning']),
            ('Legal', ['Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information', 'Cookie Settings', 'Accessibility'])]
    return ''.join('<div class="footer-col"><h5>%s</h5><ul>%s</ul></div>' % (h, ''.join('<li><a href="/%s/">%s</a></li>' % (slug(x), x) for x in xs))
                   for h, xs in cols)

NAV = ['News', 'Weather', 'Traffic', 'Sports', 'Investigations', 'Community', 'Entertainment', 'Video', 'Live', 'Contests']

SUBNAV = {'News': ['Local News', 'Crime', 'Politics', 'Education', 'Health', 'Business', 'National', 'World', 'Consumer', 'Obituaries'],
          'Weather': ['Forecast', 'Interactive Radar', 'Weather Alerts', 'Closings and Delays', 'Weather Blog', 'Send Us Your Photos'],
          'Sports': ['High School Sports', 'College Sports', 'Pro Sports', 'Friday Night Football', 'Scores'],
          'Community': ['Events Calendar', 'Pet of the Week', 'Community Calendar', 'Hometown Heroes', 'Contests and Promotions']}

def nav(extra=()):
    def item(x):
        sub = SUBNAV.get(x)
        if not sub:
            return '<li class="nav-item"><a href="/%s/">%s</a></li>' % (slug(x), x)
        return '<li class="nav-item has-dropdown"><a href="/%s/">%s</a><ul class="dropdown">%s</ul></li>' % (
            slug(x), x, ''.join('<li><a href="/%s/%s/">%s</a></li>' % (slug(x), slug(y), y) for y in sub))
    return ('<button class="menu-toggle" aria-expanded="false">Menu</button><nav class="main-nav" aria-label="Main"><ul>%s</ul></nav>'
            '<div class="header-search"><form action="/search/"><input type="search" name="q" placeholder="Search"><button>Search</button></form></div>') % ''.join(
        item(x) for x in list(NAV) + list(extra))

def config_script():
    keys = ['adUnitPath', 'prebidTimeout', 'lazyLoadOffset', 'videoPlayerId', 'consentFramework', 'analyticsId', 'paywallMeter',
            'newsletterListId', 'pushProvider', 'weatherZone', 'marketId', 'dmaCode', 'recircEndpoint', 'commentsProvider']
    cfg = {k: ('%x' % random.randint(1 << 40, 1 << 48)) for k in keys}
    cfg['adSlots'] = [{'id': 'slot-%d' % i, 'sizes': [[300, 250], [728, 90], [320, 50]], 'targeting': {'pos': 'mid%d' % i, 'kw': ['news', 'local']}} for i in range(8)]
    return '<script>window.__SITE_CONFIG__ = %s;</script>' % json.dumps(cfg)

# ---------------------------------------------------------------- templates
def t_nex(s, n):
    call = station(s, 'WZAU'); site = call; dom = 'https://www.%s.example' % call.lower()
    url = '%s/news/local-news/%s/' % (dom, slug(s['title']))
    ctx = dict(call=call, site=site)
    alert = random.choice(['<div class="weather-alert-bar" data-alert-count="2"><a href="/weather/alerts/"><strong>2 Weather Alerts</strong> Winter Weather Advisory until 6 AM</a></div>',
                           '<div class="alert-banner alert-banner--weather"><span class="alert-banner__label">WEATHER ALERT</span> <span>Dense Fog Advisory in effect for portions of the viewing area</span></div>'])
    closer = random.choice([
        '<p>Copyright 2026 Crestline Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>',
        '<div class="article-copyright"><p>Copyright 2026 Crestline Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></div>'])
    return head(s, site, url) + '''<body class="single single-post">
<div class="site-top">%s<header class="site-header"><a class="site-logo" href="/"><img src="/logo.svg" alt="%s"></a>%s
<div class="header-weather"><span class="temp">38&deg;</span> <a href="/weather/">Sponsored by Hollis Auto Group</a></div><a class="watch-live" href="/live/">Watch Live</a></header></div>
<main id="main"><article class="article">
<div class="article-header"><a class="article-section" href="/news/%s/">%s</a><h1 class="article-title">%s</h1>
<div class="article-meta"><span class="article-author">%s</span><div class="article-dates"><span>Posted: <time datetime="%s">%s / 06:12 PM CST</time></span><span>Updated: %s / 09:40 PM CST</span></div></div>
<div class="share-tools"><button>Share</button><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="mailto:?subject=%s">Email</a></div></div>
<div class="article-content article-body rich-text">
%s
%s
<p>For the latest news, weather, sports, and streaming video, head to %s.</p>
</div>
<div class="article-tags"><span>Tags:</span> <a href="/tag/%s/">%s</a></div>
</article>
<aside class="sidebar"><section class="widget"><h3>Trending Stories</h3><ol>%s</ol></section><section class="widget"><h3>Don\'t Miss</h3><ul>%s</ul></section>
<div class="ad-sidebar"><div id="div-gpt-ad-rail"></div></div></aside>
<section class="more-stories"><h2>More Local News</h2><ul>%s</ul></section></main>
<footer class="site-footer">%s<p class="copyright">&copy; 1998 - 2026 Crestline Media Inc. | All Rights Reserved.</p></footer>
%s</body>\n</html>\n''' % (alert, call, nav(), s['section'], s['section'].title(), E(s['title']), E(s['byline']), s['date'], E(longdate(s['date'])),
                           E(longdate(s['date'])), url, E(s['title']), body(s, ctx), closer, call + '.example', slug(s['section']), s['section'].title(),
                           links(5), links(4), links(8), footer_links(), scripts())

def t_sin(s, n):
    call = station(s, 'WVLY'); site = random.choice(['WVLY', 'KGRN', 'WPRT']); ctx = dict(call=site, site=site)
    dom = 'https://%s.example.com' % site.lower(); url = '%s/news/%s/%s' % (dom, s['section'], slug(s['title']))
    typo = random.choice(['<div class="report-typo"><a href="/report-typo">Report a typo</a></div>',
                          '<button class="ReportTypoButton" data-testid="report-typo">Report a Typo</button>'])
    return head(s, site, url) + '''<body>
<div id="__next"><div class="AlertBar" data-alert="weather"><span>WEATHER ALERT</span> <a href="/weather">Freeze Warning from 11 PM tonight until 9 AM tomorrow</a></div>
<header class="Header-module_header"><a class="Header-module_logo" href="/">%s</a>%s<a class="Header-module_live" href="/live">Watch Live</a></header>
<main class="Main-module_main"><div class="StoryPage-module_layout"><div class="StoryPage-module_main">
<div class="StoryHeader"><span class="StoryHeader-kicker">%s</span><h1 class="StoryHeader-headline">%s</h1>
<div class="StoryHeader-byline"><span>by <a href="/author/%s">%s</a></span><span class="StoryHeader-date">%s</span></div>
<div class="ShareBar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Copy link">Copy link</button></div></div>
<div class="VideoPlayer-module_wrap" data-autoplay="true"><div class="VideoPlayer-module_player"></div><span class="VideoPlayer-module_caption">%s</span></div>
<div class="StoryText-module_storyText" data-testid="story-text">
%s
</div>
%s
<div class="Newsletter-module_box"><p>Stay up to date with the latest news by signing up for the %s newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>
<div class="StoryTags"><a href="/tags/%s">%s</a></div>
</div><div class="StoryPage-module_rail"><div class="AdUnit"></div><section class="MostRead"><h3>Most Read</h3><ol>%s</ol></section></div></div>
<section class="MoreNews"><h2>Latest News</h2><ul>%s</ul></section></main>
<footer class="Footer-module_footer">%s<p>&copy; 2026 Sinclair-like Broadcast Group, Inc.</p></footer></div>
%s</body>\n</html>\n''' % (site, nav(), s['section'].upper(), E(s['title']), slug(s['byline']), E(s['byline']), E(longdate(s['date'])) + ' at 5:%02d PM' % random.randint(0, 59),
                           E(s['title']), body(s, ctx), typo, site, slug(s['section']), s['section'], links(5), links(8), footer_links(), scripts())

def t_gray(s, n):
    call = station(s, 'WJKM'); site = call; ctx = dict(call=call, site=site)
    dom = 'https://www.%s.example' % call.lower(); url = '%s/2026/%s/%s/' % (dom, s['date'][5:7], slug(s['title']))
    paras = body(s, ctx, pcls='') .replace('<p>', '<p class="text-left">')
    closer = '<p class="text-left">Copyright 2026 %s. All rights reserved.</p>' % call
    extra = random.choice(['<p class="text-left"><a href="/newsletters/">Click here to sign up for our newsletter.</a></p>',
                           '<p class="text-left"><a href="/page/report-a-typo/">Click here to report a typo.</a></p>'])
    if random.random() < .5:
        closer = extra + '\n' + closer
    else:
        closer = closer + '\n<div class="article-footer-links">%s</div>' % extra
    return head(s, site, url) + '''<body class="arc-page">
<div id="fusion-app"><div class="b-alert-bar"><a href="/weather/">FIRST ALERT WEATHER DAY: Icy roads possible Thursday morning</a></div>
<header class="nav-header"><div class="nav-logo"><a href="/"><img src="/resizer/logo.png" alt="%s"></a></div>%s</header>
<main><article class="default__ArticleBody article-body-wrapper">
<div class="headline-wrapper"><h1 class="headline">%s</h1>%s</div>
<div class="byline-wrapper"><span class="author">%s</span><div class="published-date-time">Published: %s at 6:%02d PM CST</div><div class="updated-date">Updated: 2 hours ago</div></div>
<div class="lead-art-wrapper"><figure><img src="/resizer/lead.jpg" alt=""><figcaption class="caption">%s (Source: %s)</figcaption></figure></div>
<div class="article-body">
%s
%s
</div></article>
<div class="taboola" id="taboola-below-article"><h3>Sponsored Stories</h3><div class="tbl-feed"><a href="https://ads.example-native.com/1">Doctors stunned by this simple trick</a></div></div>
<aside class="right-rail"><div class="chain"><h2>Latest News</h2><ul>%s</ul></div><div class="chain"><h2>Most Read</h2><ol>%s</ol></div></aside></main>
<footer class="footer">%s<p>A Gray-like Media Group, Inc. Station - &copy; 2002-2026 Gray-like Television, Inc.</p></footer></div>
%s</body>\n</html>\n''' % (call, nav(), E(s['title']), ('<h2 class="subheadline">%s</h2>' % E(s['deck'])) if s['deck'] else '', E(s['byline']),
                           E(apdate(s['date'])), random.randint(0, 59), E(s['title']), call, paras, closer, links(6), links(5), footer_links(), scripts())

def t_scr(s, n):
    site = random.choice(['2 News Oklahoma', 'Denver7', 'WCPO 9']); call = site; ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.com' % slug(site).replace('-', ''); url = '%s/news/local-news/%s' % (dom, slug(s['title']))
    return head(s, site, url) + '''<body class="Page-body">
<div class="Page-header-alert"><a href="/weather">Weather Alerts (1)</a></div>
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">%s</a>%s</div></header>
<main class="Page-main"><div class="Page-breadcrumbs"><a href="/news">News</a> &rsaquo; <a href="/news/local-news">Local News</a></div>
<h1 class="ArticlePage-headline">%s</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorName">%s</div><div class="ArticlePage-datePublished">and last updated %s</div></div>
<div class="ArticlePage-lead"><div class="VideoLead" data-autoplay><div class="VideoLead-player"></div><div class="VideoLead-description"><p>%s</p></div></div></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
%s
<p>Copyright 2026 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
</div></div>
<div class="ArticlePage-actions"><a class="ReportTypo-link" href="/report-a-typo">Report a typo</a></div>
<div class="Enhancement"><div class="NewsletterSignupInline"><p class="NewsletterSignupInline-title">Sign up for the %s Breaking News newsletter and receive up to date information.</p>
<form><input type="email" placeholder="E-mail"><button>Submit</button></form></div></div>
<div class="ArticlePage-aside"><div class="List"><h3 class="List-title">Now Trending</h3><ul>%s</ul></div></div>
<div class="ListMore"><h3>Latest Stories</h3><ul>%s</ul></div></main>
<footer class="Page-footer">%s<p>&copy; 2026 Scripps Media, Inc</p></footer>
%s</body>\n</html>\n''' % (site, nav(), E(s['title']), E(s['byline']), E(longdate(s['date'])) + ', %d:%02d PM' % (random.randint(1, 9), random.randint(0, 59)),
                           E(s['title'] + '. Watch the full report above.'), body(s, ctx), site, links(5), links(7), footer_links(), scripts())

def t_teg(s, n):
    site = random.choice(['THV11', '13newsnow', 'ABC10', 'WBIR']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.com' % site.lower(); url = '%s/article/news/local/%s/%d-%x' % (dom, slug(s['title']), random.randint(10, 99), random.randint(1 << 30, 1 << 31))
    more = '<div class="article__section_type_video-list"><h3>WATCH MORE:</h3><ul>%s</ul></div>' % links(3, '/video/')
    return head(s, site, url) + '''<body>
<div class="page-alerts"><div class="alert alert_type_weather"><a href="/weather/alerts">WEATHER ALERT: 1 Alert in effect</a></div></div>
<header class="site-header"><a class="site-header__logo" href="/">%s</a>%s</header>
<main class="page__main"><article class="article">
<div class="article__headline-wrapper"><h1 class="article__headline">%s</h1><div class="article__summary">%s</div></div>
<div class="article__lead-asset"><div class="video__player" data-autoplay="true"><div class="video__caption"><span>%s</span></div></div></div>
<div class="article__byline"><div class="article__author">%s</div><div class="article__published">Published: %s</div><div class="article__updated">Updated: %s</div></div>
<div class="article__body">
%s
</div>
%s
<div class="article__section_type_text"><p><strong>Download the free %s app</strong> for breaking news alerts and live streams.</p></div>
</article>
<aside class="page__rail"><div class="rail-module"><h3>Trending on %s</h3><ol>%s</ol></div></aside>
<section class="more-stories"><h3>More Stories</h3><ul>%s</ul></section></main>
<footer class="site-footer">%s<p>&copy; 2026 Tegna-like Inc.</p></footer>
%s</body>\n</html>\n''' % (site, nav(), E(s['title']), E(s['deck'] or ('Here is what we know about ' + s['title'].split(',')[0].lower() + '.')), E(s['title']),
                           E(s['byline']), '%d:%02d PM CST %s' % (random.randint(1, 9), random.randint(0, 59), s['date'][5:7] + '/' + s['date'][8:] + '/2026'),
                           '7:%02d PM CST %s' % (random.randint(0, 59), s['date'][5:7] + '/' + s['date'][8:] + '/2026'),
                           body(s, ctx), more, site, site, links(5), links(6), footer_links(), scripts())

def t_hea(s, n):
    site = random.choice(['WMTW News 8', 'WISN 12', 'KCCI 8']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.com' % slug(site).replace('-', ''); url = '%s/article/%s/%d' % (dom, slug(s['title']), random.randint(10**7, 10**8))
    paras = body(s, ctx).replace('<p>', '<p data-node-id="%d" class="body-text">' % random.randint(1, 9))
    return head(s, site, url) + '''<body class="article-page">
<div class="sticky-header"><div class="weather-alert" data-alert-level="advisory"><span>Weather Alert</span><a href="/weather-alerts">Wind Advisory</a></div>
<header class="header"><a class="header-logo" href="/">%s</a>%s</header></div>
<main class="article-container" data-module="article"><div class="article-headline"><h1 class="article-headline--title">%s</h1></div>
<div class="article-meta"><div class="article-meta--byline" data-author="%s"><a href="/author/%s">%s</a></div>
<div class="article-meta--date"><span class="article-meta--date-published">Updated: %s</span></div>
<div class="social-share" data-share="fb,tw,email,print"><button>Share</button><button>Print</button></div></div>
<div class="article-content--body-wrapper-side-floater"><div class="article-content--body-text" data-lazy-ads="true">
%s
</div></div>
<div class="article-content--affiliate-disclaimer"><p>Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorial products purchased through our links to retailer sites.</p></div>
<div class="article-recirc" data-ga-module="recirc"><h2>Top Picks</h2><ul>%s</ul></div></main>
<aside class="rail" data-module="rail"><div class="rail-ad" data-ad="rr1"><span>Advertisement</span></div><h3>Latest News</h3><ul>%s</ul></aside>
<footer class="footer">%s<p>&copy; 2026, Hearst-like Television Inc. on behalf of %s.</p></footer>
%s</body>\n</html>\n''' % (site, nav(), E(s['title']), E(byname(s)), slug(byname(s)), E(byname(s)), E(longdate(s['date'])) + ' %d:%02d PM EST' % (random.randint(1, 9), random.randint(0, 59)),
                           paras, links(6), links(5), footer_links(), site, scripts())

def t_gan(s, n):
    site = random.choice(['Lakeshore Herald', 'Wexford County Record', 'The Valley Tribune']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.com' % slug(site).replace('-', ''); url = '%s/story/news/local/2026/%s/%s/%s/%d007/' % (dom, s['date'][5:7], s['date'][8:], slug(s['title']), random.randint(10**7, 10**8))
    paras = body(s, ctx).replace('<p>', '<p class="gnt_ar_b_p">')
    return head(s, site, url) + '''<body>
<div class="gnt_n"><a class="gnt_n_logo" href="/">%s</a>%s<a class="gnt_n_sub" href="/subscribe/">Subscribe</a><a href="/signin/">Sign In</a></div>
<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">%s</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/%s/">%s</a><div class="gnt_ar_by_pb">%s</div></div>
<div class="gnt_ar_dt" aria-label="Published %s">Published %s</div>
<figure class="gnt_em gnt_em_img"><img src="/gcdn/lead.jpg" alt=""><figcaption class="gnt_em_img_ccw">A view of the area. <span class="gnt_em_img_ccw_cr">%s / %s</span></figcaption></figure>
<div class="gnt_ar_b">
%s
</div>
<div class="gnt_ar_tags"><a href="/news/local/">Local News</a></div></article>
<aside class="gnt_rr"><div class="gnt_rr_ad"></div><div class="gnt_rr_pop"><h3>Most Popular</h3><ol>%s</ol></div></aside>
<section class="gnt_m_rl"><h2>Latest</h2><ul>%s</ul></section></main>
<footer class="gnt_f">%s<p>&copy; 2026 www.%s.example.com. All rights reserved.</p></footer>
%s</body>\n</html>\n''' % (site, nav(), E(s['title']), slug(byname(s)), E(byname(s)), E(site), s['date'], E(longdate(s['date'])), E(byname(s)), E(site),
                           paras, links(5), links(6), footer_links(), slug(site).replace('-', ''), scripts())

def t_blox(s, n):
    site = random.choice(['Prairie Press', 'Valley Sentinel', 'Coastal Courier']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example' % slug(site).replace('-', ''); url = '%s/news/%s/article_%x-%x.html' % (dom, s['section'], random.randint(1 << 31, 1 << 32), random.randint(1 << 31, 1 << 32))
    paras = body(s, ctx)
    paywall = ''
    if n % 2 == 0:
        paywall = ('<div class="subscriber-only encrypted-content" data-tncms-paywall="subscriber"><div class="subscription-required">'
                   '<h4>Subscriber only content</h4><p>Thank you for reading! Please log in, or sign up for a new account and purchase a subscription to continue reading.</p>'
                   '<a class="btn" href="/users/login/">Log In</a> <a class="btn" href="/subscribe/">Purchase a Subscription</a></div></div>')
    return head(s, site, url) + '''<body class="fixed-scroll asset-type-article">
<div id="site-container"><header id="site-header"><div id="site-top-nav">%s</div><a id="site-logo" href="/">%s</a></header>
<div id="main-page-container"><article class="asset card" itemscope itemtype="https://schema.org/NewsArticle">
<header class="asset-header"><h1 class="headline"><span class="tnt-headline" itemprop="headline">%s</span></h1>
<ul class="list-inline"><li><span class="tnt-byline">%s</span></li><li><time datetime="%sT06:00:00-06:00" class="tnt-date">%s</time></li></ul></header>
<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/v3/editorial/lead.jpg" alt=""><figcaption class="caption-text"><p>File photo</p><span class="tnt-byline">%s file</span></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-preview">
%s
</div>%s</div>
<div class="asset-tags"><ul class="list-inline"><li><a href="/search/?k=%%23%s">#%s</a></li></ul></div>
<div class="tncms-block"><h4 class="block-title">Be the first to know</h4><p>Get local news delivered to your inbox!</p></div></article>
<aside id="sidebar"><section class="block"><h3>Most Popular</h3><ol>%s</ol></section><section class="block"><h3>Latest News</h3><ul>%s</ul></section></aside></div>
<footer id="site-footer">%s<p>&copy; Copyright 2026 %s, 100 Main St. | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.</p></footer></div>
%s</body>\n</html>\n''' % (nav(), site, E(s['title']), E(s['byline']), s['date'], E(apdate(s['date'])), site, paras, paywall, slug(s['section']), s['section'],
                           links(5), links(6), footer_links(), site, scripts())

def t_mcc(s, n):
    site = random.choice(['The Raleigh Courier', 'Heartland Star', 'Fresno Valley Bee']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.com' % slug(site).replace('-', ''); url = '%s/news/local/article%d.html' % (dom, random.randint(10**8, 10**9))
    orig = '<p class="originally-published">This story was originally published %s at %d:%02d AM.</p>' % (longdate(s['date']), random.randint(5, 11), random.randint(0, 59))
    return head(s, site, url) + '''<body>
<div class="masthead"><a href="/" class="logo">%s</a>%s<a class="subscribe" href="/subscribe">Subscribe</a></div>
<main><article class="story-body"><div class="header"><h1 class="h1">%s</h1><div class="byline">By <a href="/profile/%d">%s</a></div><time class="datetime">Updated %s</time></div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<div class="paywall-meter"><p>Read more at no cost. Log in or create a free account.</p></div>
<div class="article-body">
%s
</div>
%s
<div class="related-stories"><h3>Related stories from %s</h3><ul>%s</ul></div></article>
<aside class="sidebar"><div class="ad-rail"></div><section><h3>Trending Stories</h3><ol>%s</ol></section></aside></main>
<footer>%s<p>Copyright 2026 %s. All rights reserved.</p></footer>
%s</body>\n</html>\n''' % (site, nav(), E(s['title']), random.randint(1000, 9999), E(byname(s)), E(longdate(s['date'])) + ' %d:%02d PM' % (random.randint(1, 9), random.randint(0, 59)),
                           body(s, ctx), orig, site, links(3), links(5), footer_links(), site, scripts())

def t_npr(s, n):
    site = 'The Lone Star Ledger' if n % 3 == 1 else random.choice(['CalReport', 'High Desert Ledger']); ctx = dict(call=site, site=site)
    dom = 'https://www.%s.example.org' % slug(site).replace('-', ''); url = '%s/2026/%s/%s/%s/' % (dom, s['date'][5:7], s['date'][8:], slug(s['title']))
    paras = body(s, ctx)
    repub = ('<div class="republish-modal" id="republish" aria-hidden="true" style="display:none"><h2>Republish this story</h2><p>You are free to republish this story under a Creative Commons license, as long as you credit %s.</p>'
             '<textarea readonly>&lt;h1&gt;%s&lt;/h1&gt;&lt;p&gt;by %s, %s&lt;/p&gt;%s</textarea></div>') % (
        E(site), E(s['title']), E(byname(s)), E(site), E(' '.join('<p>%s</p>' % v for k, v in s['items'] if k == 'P')[:600]))
    donate = random.choice([
        '<div class="donate-inline"><p><strong>We can\'t do it without you.</strong> %s is a nonprofit newsroom. Your donation keeps our journalism free for everyone. <a href="/donate/">Donate now</a>.</p></div>' % E(site),
        '<aside class="member-callout"><h4>Support nonprofit journalism</h4><p>If you value this reporting, please make a tax-deductible gift today.</p><a href="/donate/">Give now</a></aside>'])
    ps = paras.split('\n')
    mid = max(2, len(ps) // 2)
    paras = '\n'.join(ps[:mid] + [donate] + ps[mid:])
    return head(s, site, url) + '''<body class="post-template-default single">
<header class="site-header"><a class="logo" href="/">%s</a>%s<a class="donate-btn" href="/donate/">Donate</a></header>
<main class="site-main"><article class="post"><div class="entry-header"><a class="category" href="/%s/">%s</a><h1 class="entry-title">%s</h1><p class="dek">%s</p>
<div class="byline">by <a href="/author/%s/">%s</a> <time>%s</time></div>
<div class="share-republish"><button class="republish-button" data-target="#republish">Republish this story</button><a href="#">Share</a></div></div>
<figure class="featured-image"><img src="/wp-content/uploads/2026/lead.jpg" alt=""><figcaption>%s <span class="credit">Credit: %s for %s</span></figcaption></figure>
<div class="entry-content">
%s
</div>
%s
<div class="author-bio"><p><strong>%s</strong> covers %s for %s. She previously reported for newspapers in New Mexico and Colorado.</p></div></article>
<aside class="sidebar"><section><h3>Most read</h3><ol>%s</ol></section><section class="newsletter"><h3>Get our free newsletter</h3><form><input type="email"></form></section></aside></main>
<footer class="site-footer">%s<p>%s is a 501(c)(3) nonprofit newsroom.</p></footer>
%s</body>\n</html>\n''' % (site, nav(), slug(s['section']), s['section'], E(s['title']), E(s['deck']), slug(byname(s)), E(byname(s)), E(longdate(s['date'])),
                           'A scene from the story.', E(byname(s)), E(site), paras, repub, E(byname(s)), s['section'].lower(), E(site), links(5), footer_links(), E(site), scripts())

def t_alt(s, n):
    site = random.choice(['Riverbend Weekly', 'The Daily Meridian', 'Metro Pulse']); ctx = dict(call=site, site=site)
    dom = 'https://%s.example.com' % slug(site).replace('-', ''); url = '%s/%s/%s/' % (dom, slug(s['section']), slug(s['title']))
    return head(s, site, url) + '''<body class="wp-singular post-template-default">
<div class="top-bar"><span>%s</span> <a href="/print-edition/">Read the print edition</a> <a href="/support/">Support us</a></div>
<header id="masthead"><a href="/" class="custom-logo-link">%s</a>%s</header>
<div id="content"><main id="primary"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/%s/">%s</a></span><h1 class="entry-title">%s</h1>
<div class="entry-meta"><span class="byline">%s</span> <span class="posted-on">%s</span></div></header>
<div class="entry-content">
%s
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/local/">local</a>, <a href="/tag/%s/">%s</a></span></footer>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list"><li class="comment"><div class="comment-content"><p>Great piece, thanks for covering this.</p></div></li><li class="comment"><div class="comment-content"><p>Sad news. Will miss it.</p></div></li></ol></div></article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section><section class="widget"><h2 class="widget-title">Advertise</h2><p>Reach readers every week. Contact our ad team.</p></section></aside></div>
<footer id="colophon">%s<p>&copy; 2026 %s. Proudly powered by WordPress.</p></footer>
%s</body>\n</html>\n''' % (E(longdate(s['date'])), site, nav(('Music', 'Food', 'Arts', 'Opinion')), slug(s['section']), s['section'], E(s['title']), E(s['byline']),
                           E(longdate(s['date'])), body(s, ctx), slug(s['section']), s['section'].lower(), '<ul>%s</ul>' % links(3), E(s['title']), links(6),
                           footer_links(), site, scripts())

def t_repub(s, n):
    site = random.choice(['Hill Country Gazette', 'Sierra Foothills News']); ctx = dict(call=site, site=site)
    dom = 'https://%s.example.net' % slug(site).replace('-', ''); url = '%s/%s/' % (dom, slug(s['title']))
    return head(s, site, url) + '''<body class="single">
<header class="hdr"><div class="hdr-date">%s</div><a class="hdr-logo" href="/">%s</a>%s</header>
<div class="wrap"><main class="content"><article><h1 class="entry-title">%s</h1><p class="entry-meta">%s</p>
<div class="entry-content">
%s
<img src="https://%s.example.org/pixel.gif?story=%d" alt="" width="1" height="1">
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="post-navigation"><a href="/prev/">&laquo; Previous story</a> <a href="/next/">Next story &raquo;</a></div></article></main>
<aside class="sidebar"><div class="widget"><h3>Local Weather</h3><p>Partly cloudy, 61&deg;</p></div><div class="widget"><h3>Recent News</h3><ul>%s</ul></div><div class="widget"><h3>Advertisers</h3><p>Hill Country Feed &amp; Supply</p></div></aside></div>
<footer class="ftr">%s<p>&copy; 2026 %s &mdash; All rights reserved.</p></footer>
%s</body>\n</html>\n''' % (E(longdate(s['date'])), site, nav(), E(s['title']), E(s['byline']) + ' &middot; ' + E(longdate(s['date'])), body(s, ctx),
                           'lonestarledger', random.randint(1000, 9999), links(6), footer_links(), site, scripts())

TPL = dict(nex=t_nex, sin=t_sin, gray=t_gray, scr=t_scr, teg=t_teg, hea=t_hea, gan=t_gan, blox=t_blox, mcc=t_mcc, npr=t_npr, alt=t_alt, repub=t_repub)

def main():
    os.makedirs(OUT, exist_ok=True)
    for i, s in enumerate(parse(), 1):
        nn = '%02d' % i
        page = TPL[s['tpl']](s, i)
        with open(os.path.join(OUT, nn + '.html'), 'w', encoding='utf-8') as f: f.write(page)
        with open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8') as f: f.write(expected(s))
        with open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump({"published": s['date'], "lang": "en", "title": s['title']}, f, ensure_ascii=False)
            f.write('\n')

main()
