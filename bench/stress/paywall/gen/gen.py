#!/usr/bin/env python3
"""Generate bench/stress/paywall pages from stories.txt (English news pages 2012-2025 as a reader without a
subscription gets them: metered pages with the whole text under a paywall overlay, hard paywalls with a teaser,
registration walls, fade-out truncations, subscriber-only JSON-LD, AMP amp-subscriptions sections, print-subscriber
promo boxes, and the whole text in a section a script reveals; invented sites, original text).

Usage: python3 bench/stress/paywall/gen/gen.py bench/stress/paywall   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline' opens a story, then 'CODE: text' lines.  DEK is a
standfirst (never body); P a paragraph, H a subheading, LI a list item (body).  A teaser template's story holds only
the paragraphs its page prints (the rest is not in the HTML); a full-text template's story is the whole text, which
the page carries even where an overlay or a hidden section keeps it from the reader.  The paywall's own words
(offers, "Subscribe to continue reading", "Already a subscriber? Log in", meters) are never body."""
import datetime, html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug, ymd, d_uk  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()

SITES = {
    'meter_piano': dict(name='The Capital Ledger', dom='capitalledger.com', lang='en-US'),
    'hard_wsj': dict(name='The Market Journal', dom='marketjournal.com', lang='en-US'),
    'fade': dict(name='Tri-County Sentinel', dom='tricountysentinel.com', lang='en-US'),
    'regwall': dict(name='Northgate Evening Post', dom='northgatepost.co.uk', lang='en-GB'),
    'amp': dict(name='The Harbor Times', dom='harbortimes.com', lang='en'),
    'printpromo': dict(name='Ashford Star-Tribune', dom='ashfordstartribune.com', lang='en-US'),
    'ldmeter': dict(name='Lakeshore Herald', dom='lakeshoreherald.com', lang='en-US'),
    'premium_uk': dict(name='The Daily Clarion', dom='dailyclarion.co.uk', lang='en-GB'),
    'nyt2012': dict(name='The New Amsterdam Times', dom='newamsterdamtimes.com', lang='en'),
    'athletic': dict(name='The Courtside', dom='thecourtside.com', lang='en'),
    'aunews': dict(name='The Southern Courier', dom='southerncourier.com.au', lang='en-AU'),
    'trade_premium': dict(name='Freight & Logistics Weekly', dom='freightweekly.com', lang='en-GB'),
    'scriptreveal': dict(name='The Riverbend Observer', dom='riverbendobserver.com', lang='en-US'),
    'blox': dict(name='Millbrook Daily Record', dom='millbrookrecord.com', lang='en-US'),
    'ft_barrier': dict(name='The Financial Chronicle', dom='finchronicle.com', lang='en-GB'),
    'mediafree': dict(name='Newsroom Monitor', dom='newsroommonitor.org', lang='en'),
    'magmeter': dict(name='The Metropolitan', dom='themetropolitan.com', lang='en-US'),
    'wpmember': dict(name='Coastal Angler Report', dom='coastalangler.net', lang='en-US'),
    'inline_offer': dict(name='The Granite State Daily', dom='granitestatedaily.com', lang='en-US'),
    'cutoff': dict(name='Shore Township News', dom='shoretownshipnews.com', lang='en-US'),
    'supportwall': dict(name='Valley Current', dom='valleycurrent.org', lang='en-US'),
    'classhidden': dict(name='The Eastport Gazette', dom='eastportgazette.com', lang='en-US'),
    'loginform': dict(name='Trade Counter Weekly', dom='tradecounterweekly.co.uk', lang='en-GB'),
    'scramble': dict(name='The Continental Times', dom='continentaltimes.eu', lang='en'),
}
HEADLINES = ['Council approves new cycle lanes on the ring road', 'Five things to watch in the budget',
             'Hospital waiting lists fall for a third month', 'Police appeal after a van is stolen from a car park',
             'Why the price of coffee keeps going up', 'School to close for a week after a burst pipe',
             'Mortgage rates edge lower for a second week', 'New bridge opens two months early',
             'Library extends opening hours over the holidays', 'Bus fares to rise in April']


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#') and not line.startswith('### '):
            continue
        if line.startswith('### '):
            tpl, when, by, sec, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, by=by, sec=sec, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories


def d_us(when, short=False):
    y, m, d = ymd(when)
    mon = MONTHS[m - 1]
    if short:
        mon = mon if len(mon) <= 5 else mon[:3] + '.'
    return '%s %d, %d' % (mon, d, y)


def hm12(when):
    h, m = int(when[11:13]), when[14:16]
    return '%d:%s %s' % ((h - 1) % 12 + 1, m, 'a.m.' if h < 12 else 'p.m.')


def weekday(when):
    y, m, d = ymd(when)
    return DAYS[datetime.date(y, m, d).weekday()]


def body_items(st):
    return [(c, v) for c, v in st['items'] if c in ('P', 'H', 'LI')]


def dek(st):
    return next((v for c, v in st['items'] if c == 'DEK'), None)


def blocks(items, pcls=None, hcls=None):
    """The story's HTML blocks: <p> (with a class when pcls), <h2>, runs of LI as one <ul>."""
    out, ul = [], []
    for c, v in items:
        if c == 'LI':
            ul.append('<li>%s</li>' % E(v))
            continue
        if ul:
            out.append('<ul>%s</ul>' % ''.join(ul))
            ul = []
        if c == 'H':
            out.append('<h2%s>%s</h2>' % (' class="%s"' % hcls if hcls else '', E(v)))
        else:
            out.append('<p%s>%s</p>' % (' class="%s"' % pcls if pcls else '', E(v)))
    if ul:
        out.append('<ul>%s</ul>' % ''.join(ul))
    return out


def expected(items):
    out, ul = [], []
    for c, v in items:
        out.append(v)
    return '\n\n'.join(out) + '\n'


def jsonld(st, site, url, free=True, part=None, typ='NewsArticle', body=False):
    d = {"@context": "https://schema.org", "@type": typ, "headline": st['title'], "datePublished": st['when'] + ':00Z',
         "dateModified": st['when'] + ':00Z', "author": [{"@type": "Person", "name": re.sub(r'^By ', '', st['by'], flags=re.I).title()
                                                          if st['by'].isupper() else st['by']}],
         "publisher": {"@type": "Organization", "name": site['name'], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % site['dom']}},
         "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "articleSection": st['sec'],
         "image": ["https://img.%s/%d/lead.jpg" % (site['dom'], random.randint(10**5, 10**6))]}
    if free is not None:
        d["isAccessibleForFree"] = free
    if part:
        d["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": part}
    if body:
        d["articleBody"] = ' '.join(v for c, v in body_items(st))
    return '<script type="application/ld+json">%s</script>\n' % json.dumps(d)


def head(st, site, url, extra='', ld=''):
    desc = dek(st) or body_items(st)[0][1]
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:description" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="article:published_time" content="%s:00Z">\n<meta property="article:section" content="%s">\n'
            '<link rel="stylesheet" href="/assets/css/app.%x.css">\n%s%s</head>\n') % (
        site['lang'], E(st['title']), E(site['name']), E(desc[:160]), url, E(st['title']), E(desc[:160]), E(site['name']),
        st['when'], E(st['sec']), random.getrandbits(32), extra, ld)


def nav(site, items):
    return ('<header class="site-header"><a class="brand" href="/">%s</a><nav class="primary-nav"><ul>%s</ul></nav>'
            '<div class="header-actions"><a class="btn-subscribe" href="/subscribe">Subscribe</a><a class="login" href="/login">Log in</a>'
            '</div></header>\n') % (E(site['name']), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items.split(';')))


def related(title, n=4, cls='related-stories'):
    return '<aside class="%s"><h3>%s</h3><ul>%s</ul></aside>\n' % (cls, title, ''.join(
        '<li><a href="/news/%s">%s</a></li>' % (slug(h), E(h)) for h in random.sample(HEADLINES, n)))


def share():
    return ('<div class="share-tools"><button class="share-fb">Share on Facebook</button><button class="share-tw">Share on X</button>'
            '<button class="share-mail">Email</button><button class="gift">Gift this article</button></div>\n')


def newsletter(site):
    return ('<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>The day\'s top stories from %s, in your inbox '
            'every weekday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>\n') % E(site['name'])


def footer(site, year):
    links = 'About us;Contact;Subscribe;Manage subscription;Terms of service;Privacy policy;Cookie preferences;Careers'
    return ('<footer class="site-footer"><ul>%s</ul><p>&copy; %d %s. All rights reserved.</p></footer>\n'
            '<script src="/assets/js/app.%x.js" defer></script>\n</body>\n</html>\n') % (
        ''.join('<li><a href="/%s">%s</a></li>' % (slug(l), E(l)) for l in links.split(';')), year, E(site['name']), random.getrandbits(32))


def piano_script(aid):
    return ('<script>(function(src){var a=document.createElement("script");a.type="text/javascript";a.async=true;a.src=src;'
            'document.getElementsByTagName("head")[0].appendChild(a)})("https://cdn.tinypass.com/api/tinypass.min.js");'
            'var tp=window.tp||[];tp.push(["setAid","%s"]);tp.push(["setTags",["article"]]);tp.push(["init",function(){tp.experience.init()}]);'
            '</script>\n') % aid


def render(st, n):
    tpl, site = st['tpl'], SITES[st['tpl']]
    y, m, d = ymd(st['when'])
    url = 'https://www.%s/%s/%d/%02d/%02d/%s' % (site['dom'], slug(st['sec']), y, m, d, slug(st['title']))
    items, dk, h = body_items(st), dek(st), []
    pb = blocks(items)

    if tpl == 'meter_piano':  # metered national daily 2022-2024: whole text, Piano modal and meter banner
        h.append(head(st, site, url, piano_script('Xk7Qp2LmZa'), jsonld(st, site, url, True)))
        h.append('<body class="article-page">\n' + nav(site, 'Politics;Business;Climate;World;Opinion;Games'))
        h.append('<main id="main"><article class="story"><div class="story-header"><a class="kicker" href="/%s/">%s</a><h1 class="headline">%s</h1>\n' % (
            slug(st['sec']), E(st['sec']), E(st['title'])))
        if dk:
            h.append('<p class="dek">%s</p>\n' % E(dk))
        h.append('<div class="byline">By <a href="/by/%s">%s</a></div><time datetime="%s:00Z">%s at %s ET</time></div>\n' % (
            slug(st['by']), E(st['by']), st['when'], d_us(st['when']), hm12(st['when'])))
        h.append(share())
        h.append('<div class="story-body" data-paywall="metered">\n')
        for i, b in enumerate(pb):
            h.append(b + '\n')
            if i == 2:
                h.append('<div class="ad-slot" data-ad="inline1"><span class="ad-label">Advertisement</span></div>\n')
        h.append('</div></article>\n')
        h.append(newsletter(site) + related('Most read', 5, 'most-read') + '</main>\n')
        h.append('<div class="meter-banner" id="meter"><p>You have <strong>2 free articles</strong> left this month.</p>'
                 '<a href="/subscribe?src=meter">Subscribe for $1 a week</a></div>\n')
        h.append('<div class="tp-backdrop tp-active"></div><div class="tp-modal" role="dialog"><div class="tp-container-inner">'
                 '<h2>You\'ve reached your free article limit</h2><p>Subscribe to The Capital Ledger for unlimited access to '
                 'award-winning journalism.</p><ul class="offer-perks"><li>Unlimited digital access</li><li>The daily crossword and games</li>'
                 '<li>Cancel anytime</li></ul><a class="tp-btn" href="/subscribe?src=piano">Subscribe now</a>'
                 '<p class="tp-login">Already a subscriber? <a href="/login">Log in</a></p></div></div>\n')
        h.append(footer(site, y))
        exp = items

    elif tpl == 'hard_wsj':  # business daily 2019-2024: teaser, then the membership offer; JSON-LD names the locked part
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.paywall')))
        h.append('<body>\n' + nav(site, 'World;Business;Markets;Tech;Economy;Opinion;Real Estate'))
        h.append('<main><article><div class="article-header"><span class="article-flashline">%s</span><h1 class="headline">%s</h1>\n' % (
            E(st['sec']), E(st['title'])))
        if dk:
            h.append('<h2 class="sub-head">%s</h2>\n' % E(dk))
        h.append('<div class="author-byline">By %s</div><time class="timestamp">Updated %s %s ET</time></div>\n' % (
            E(st['by']), d_us(st['when'], True), hm12(st['when'])))
        h.append('<div class="article-content">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="paywall snippet-promotion"><div class="wsj-snippet-login"><h3>Continue reading your article with a '
                 'Market Journal membership</h3><a class="btn" href="/subscribe">View Membership Options</a><p>Already a member? '
                 '<a href="/login">Sign In</a></p></div></div>\n')
        h.append('</article>' + related('What to Read Next', 4, 'read-next') + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'fade':  # US regional paper 2018-2022: truncated body, fade, offers box
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.subscriber-content', 'Article')))
        h.append('<body class="single-post">\n' + nav(site, 'News;Local News;Schools;Sports;Outdoors;Obituaries;e-Edition'))
        h.append('<div class="container"><article class="post"><h1 class="entry-title">%s</h1>\n' % E(st['title']))
        h.append('<div class="entry-meta"><span class="author">%s</span> <span class="posted-on">%s</span></div>\n' % (
            E(st['by']), d_us(st['when'], True)))
        h.append('<div class="entry-content article-body truncated">\n' + '\n'.join(pb) + '\n<div class="paywall-fade"></div></div>\n')
        h.append('<div class="paywall" id="paywall-offer"><h3>Subscribe to continue reading</h3><p>Get unlimited access to local '
                 'news you can trust.</p><ul class="plans"><li><strong>Digital Access</strong> $1 for 6 months</li><li><strong>Print + '
                 'Digital</strong> $4.99/week</li></ul><a class="button" href="/subscribe">Subscribe now</a><p class="paywall-login">'
                 'Already a subscriber? <a href="/login">Log in</a></p></div>\n')
        h.append('</article>' + related('Latest Local News', 4) + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'regwall':  # UK regional 2019-2021: registration wall; the rest of the story in a hidden block
        k = 2
        h.append(head(st, site, url, '', jsonld(st, site, url, True)))
        h.append('<body>\n' + nav(site, 'News;Sport;What\'s On;Business;Property;Jobs;Announcements'))
        h.append('<main class="article-wrapper"><h1>%s</h1>\n' % E(st['title']))
        if dk:
            h.append('<p class="standfirst">%s</p>\n' % E(dk))
        h.append('<div class="article-byline"><span class="author-name">By %s</span><span class="publish-date">%s, %s</span></div>\n' % (
            E(st['by']), d_uk(st['when']), st['when'][11:16]))
        h.append('<div class="article-body">\n' + '\n'.join(pb[:k]) + '\n')
        h.append('<div class="regwall" id="regwall"><h3>Create a free account to read this article</h3><p>It only takes a '
                 'minute, and you will get unlimited access to local news and our morning newsletter.</p><a class="btn-register" '
                 'href="/register">Register for free</a><p>Already registered? <a href="/login">Sign in</a></p></div>\n')
        h.append('<div class="regwall-content" style="display:none">\n' + '\n'.join(pb[k:]) + '\n</div>\n</div>\n')
        h.append('<div class="topics">Topics: <a href="/t/%s">%s</a></div>\n' % (slug(st['sec']), E(st['sec'])))
        h.append(related('More from Northgate', 4) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'amp':  # AMP with amp-subscriptions: the granted section holds the whole text
        k = 2
        h.append('<!doctype html>\n<html amp lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s - %s</title>\n'
                 '<link rel="canonical" href="%s">\n<meta name="viewport" content="width=device-width">\n'
                 '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
                 '<script async custom-element="amp-subscriptions" src="https://cdn.ampproject.org/v0/amp-subscriptions-0.1.js"></script>\n'
                 '<script type="application/json" id="amp-subscriptions">{"services":[{"authorizationUrl":"https://%s/amp/entitlements",'
                 '"actions":{"login":"https://%s/login","subscribe":"https://%s/subscribe"}}]}</script>\n%s'
                 '<style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.paywall-prompt{padding:1em}</style>\n</head>\n' % (
                     E(st['title']), E(site['name']), url.replace('/amp', ''), site['dom'], site['dom'], site['dom'],
                     jsonld(st, site, url, False, '.article-locked')))
        h.append('<body>\n<header class="amp-header"><a href="/">%s</a><button on="tap:sidebar.toggle">Menu</button></header>\n' % E(site['name']))
        h.append('<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>'
                 '<li><a href="/science">Science</a></li><li><a href="/subscribe">Subscribe</a></li></ul></amp-sidebar>\n')
        h.append('<article><h1>%s</h1><p class="byline">By %s</p><p class="date">%s</p>\n' % (
            E(st['title']), E(st['by']), d_us(st['when'])))
        h.append('<amp-img src="https://img.%s/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>\n' % site['dom'])
        if st['when'] < '2024':  # the preview section (shown to all) holds the lead, the granted section the rest
            h.append('<section subscriptions-section="preview">\n' + '\n'.join(pb[:k]) + '\n</section>\n')
            h.append('<section subscriptions-section="content" class="article-locked">\n' + '\n'.join(pb[k:]) + '\n</section>\n')
        else:  # harder: the lead again as the not-granted teaser, the whole text in the granted section
            h.append('<section subscriptions-section="content-not-granted">\n' + '\n'.join(pb[:k]) + '\n</section>\n')
            h.append('<section subscriptions-section="content" class="article-locked">\n' + '\n'.join(pb) + '\n</section>\n')
        h.append('<section subscriptions-dialog subscriptions-display="NOT granted" class="paywall-prompt"><h3>Subscribe to keep reading</h3>'
                 '<p>Get full access to The Harbor Times for 99 cents a month.</p><button subscriptions-action="subscribe" '
                 'subscriptions-display="NOT granted">Subscribe</button><button subscriptions-action="login" '
                 'subscriptions-display="NOT granted">Already a subscriber? Log in</button></section>\n')
        h.append('<section subscriptions-section="loading">Loading...</section>\n</article>\n')
        h.append('<footer><a href="https://%s/">View the full site</a> &copy; %d %s</footer>\n</body>\n</html>\n' % (site['dom'], y, E(site['name'])))
        exp = items

    elif tpl == 'printpromo':  # US metro 2015-2017: full text, print subscribers' activation box mid-story
        h.append(head(st, site, url, '', jsonld(st, site, url, None)))
        h.append('<body>\n' + nav(site, 'News;Metro;Business;Sports;Entertainment;Opinion;Obituaries;Classifieds'))
        h.append('<div id="content"><div class="article"><h1 class="headline">%s</h1><div class="byline">By %s | Star-Tribune</div>'
                 '<div class="dateline">Published %s %s</div>\n' % (E(st['title']), E(st['by']), d_us(st['when'], True), hm12(st['when'])))
        h.append('<div class="article-text">\n')
        for i, b in enumerate(pb):
            h.append(b + '\n')
            if i == 1:
                h.append('<div class="subscriber-promo"><h4>Print subscriber?</h4><p>Your subscription includes unlimited digital '
                         'access. <a href="/activate">Activate your account</a> today.</p></div>\n')
        h.append('</div>\n<div class="home-delivery-promo"><p>Get home delivery of the Star-Tribune from $2.99 a week.</p>'
                 '<a href="/subscribe">Start your subscription</a></div>\n')
        h.append('<div id="comments"><h3>Comments</h3><p>Commenting is available to subscribers. <a href="/login">Log in</a></p></div>\n')
        h.append('</div>' + related('Trending', 4) + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'ldmeter':  # JSON-LD marks the metered part; the whole text is in it
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.meteredContent')))
        h.append('<body>\n' + nav(site, 'News;Government;Outdoors;Sports;Business;Obituaries'))
        h.append('<main><article><header><h1>%s</h1><p class="meta">%s &middot; %s, %s</p></header>\n' % (
            E(st['title']), E(st['by']), weekday(st['when']), d_us(st['when'])))
        h.append('<div class="article__body meteredContent">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="subscribe-bar paywall-inline"><p>Support local journalism.</p><a href="/subscribe">Subscribe for unlimited access</a></div>\n')
        h.append('</article>' + newsletter(site) + related('More local news', 3) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'premium_uk':  # UK national 2017-2020: premium teaser and "This article is for subscribers only"
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.articleBodyText')))
        h.append('<body>\n' + nav(site, 'News;Politics;Sport;Business;Money;Opinion;Travel;Lifestyle'))
        h.append('<div class="article-container"><div class="premium-badge">Premium</div><h1 class="headline__heading">%s</h1>\n' % E(st['title']))
        if dk:
            h.append('<p class="headline__standfirst">%s</p>\n' % E(dk))
        h.append('<div class="byline"><span class="byline__author">%s</span><time>%s &bull; %s</time></div>\n' % (
            E(st['by']), d_uk(st['when']), st['when'][11:16]))
        h.append('<div class="articleBodyText section">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="premium-paywall"><div class="premium-paywall__title">This article is for subscribers only</div>'
                 '<p>Subscribe now for unlimited access to our award-winning journalism.</p><ul class="premium-paywall__benefits">'
                 '<li>Unlimited access to every article</li><li>The digital edition, every day</li><li>Exclusive puzzles</li></ul>'
                 '<a class="premium-paywall__cta" href="/subscribe">Subscribe now</a><p class="premium-paywall__login">Already a '
                 'subscriber? <a href="/login">Log in</a></p></div>\n')
        h.append(related('Related Topics', 3, 'related-topics') + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'nyt2012':  # 2012-2013 metered daily: whole text, the gateway overlay
        h.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<title>%s - %s</title>\n<meta name="description" content="%s">\n<meta name="pdate" content="%s">\n'
                 '<meta name="byl" content="%s">\n<meta name="hdl" content="%s">\n<link rel="canonical" href="%s">\n'
                 '<script src="/js/common.js"></script>\n</head>\n' % (
                     E(st['title']), E(site['name']), E(items[0][1][:150]), st['when'][:10].replace('-', ''), E(st['by']),
                     E(st['title']), url))
        h.append('<body><div id="shell"><div id="masthead"><a href="/">%s</a><ul id="navigation"><li>World</li><li>U.S.</li>'
                 '<li>N.Y. / Region</li><li>Business Day</li><li>Technology</li><li>Sports</li><li>Opinion</li></ul></div>\n' % E(site['name']))
        h.append('<div id="article"><div class="articleHeadline"><h1>%s</h1></div><h6 class="byline">%s</h6>'
                 '<h6 class="dateline">Published: %s</h6>\n' % (E(st['title']), E(st['by']), d_us(st['when'])))
        h.append('<div class="articleBody">\n' + '\n'.join(blocks(items, 'story-body-text')) + '\n</div>\n')
        h.append('<div class="articleFooter"><p>A version of this article appeared in print on %s, on page A%d of the New York edition.</p></div>\n' % (
            d_us(st['when']), random.randint(1, 30)))
        h.append('<div id="articleToolsBottom"><ul><li>E-mail</li><li>Print</li><li>Reprints</li><li>Share</li></ul></div></div>\n')
        h.append('<div id="gatewayCreative" class="gateway"><div class="gatewayOverlay"></div><div class="gatewayBox"><h2>You\'ve reached '
                 'the limit of 10 free articles a month.</h2><p>Subscribe now for unlimited access on any device.</p><a href="/subscriptions">'
                 'See My Options</a><p>Already a subscriber? <a href="/login">Log In</a></p></div></div>\n')
        h.append('<div id="footer">&copy; %d The New Amsterdam Times Company <a href="/privacy">Privacy</a> <a href="/terms">Terms of Service</a></div>\n'
                 '</div></body>\n</html>\n' % y)
        exp = items

    elif tpl == 'athletic':  # subscription sports site 2023-2024: teaser, subscribe box
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.article-content-container')))
        h.append('<body>\n' + nav(site, 'NBA;NFL;Soccer;MLB;NHL;College;Podcasts'))
        h.append('<main><article><div class="article-header"><h1>%s</h1><div class="author">%s</div><div class="date">%s</div></div>\n' % (
            E(st['title']), E(st['by']), d_us(st['when'], True)))
        h.append('<div class="article-content-container"><div class="bodytext1">\n' + '\n'.join(pb) + '\n</div></div>\n')
        h.append('<div class="paywall-container"><h2>Subscribe to The Courtside to continue reading</h2><p>Get in-depth coverage of '
                 'every team, every league, from the best writers in sports.</p><a class="cta" href="/subscribe">Start free trial</a>'
                 '<p>Already a subscriber? <a href="/login">Log in</a></p></div>\n')
        h.append('</article>' + related('More on this team', 3) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'aunews':  # Australian metro 2021-2023: teaser, "Unlock this story"
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '#story-body')))
        h.append('<body>\n' + nav(site, 'News;Queensland;National;World;Property;Sport;Business'))
        h.append('<div id="story"><header class="story-header"><h1 class="story-headline">%s</h1><div class="byline">%s</div>'
                 '<time>%d %s %d</time></header>\n' % (E(st['title']), E(st['by']), d, MONTHS[m - 1][:3], y))
        h.append('<div id="story-body" class="story-body">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="story-paywall"><h2>Unlock this story</h2><p>$1 per week for the first 12 weeks</p><ul><li>Unlimited '
                 'digital access</li><li>Today\'s paper on any device</li></ul><a class="btn" href="/subscribe">Subscribe</a>'
                 '<p>Already a subscriber? <a href="/login">Log in</a></p></div>\n</div>\n')
        h.append(related('More from Queensland', 4) + footer(site, y))
        exp = items

    elif tpl == 'trade_premium':  # B2B trade journal 2015-2022: premium members' lock
        h.append(head(st, site, url, '', jsonld(st, site, url, None)))
        h.append('<body>\n' + nav(site, 'News;Ports;Road;Warehousing;Air Cargo;Events;Jobs'))
        h.append('<div class="content"><span class="premium-label">Premium</span><h1>%s</h1><p class="article-meta">%s | %s</p>\n' % (
            E(st['title']), E(st['by']), '%02d/%02d/%d' % (d, m, y)))
        h.append('<div class="article-intro">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="premium-content-lock"><h3>This content is available to Premium members only</h3><p>Premium membership '
                 'includes:</p><ul><li>Every news story and analysis</li><li>Our weekly market data</li><li>Access to the archive '
                 'since 1998</li></ul><a href="/membership">Become a member</a> <a href="/login">Log in</a></div>\n')
        h.append(related('Latest news', 4) + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'scriptreveal':  # the rest of the story in a hidden block a script opens for entitled readers
        k = 2
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '#article-rest')))
        h.append('<body>\n' + nav(site, 'News;Community;Business;Sports;Obituaries;Opinion'))
        h.append('<main><article><h1>%s</h1><p class="byline">By %s, Observer staff</p><p class="pubdate">Posted %s</p>\n' % (
            E(st['title']), E(st['by']), d_us(st['when'], True)))
        h.append('<div class="article-body">\n' + '\n'.join(pb[:k]) + '\n')
        h.append('<div id="article-rest" class="js-locked" hidden>\n' + '\n'.join(pb[k:]) + '\n</div>\n')
        h.append('<div id="meter-prompt" class="paywall-prompt"><p>Checking your subscription&hellip;</p></div>\n</div>\n')
        h.append('<script>fetch("/api/entitlements").then(function(r){return r.json()}).then(function(e){if(e.granted)'
                 '{document.getElementById("article-rest").hidden=false;document.getElementById("meter-prompt").remove();}'
                 'else{document.getElementById("meter-prompt").innerHTML="<h3>Subscribe to continue reading</h3>";}});</script>\n')
        h.append('</article>' + related('Related', 3) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'blox':  # TownNews-like 2016-2020: preview paragraph, subscriber-only rest, the meter's box
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.subscriber-only')))
        h.append('<body class="asset">\n' + nav(site, 'News;Local;Sports;Obituaries;Opinion;e-Edition;Classifieds'))
        h.append('<div class="asset-header"><h1 class="headline"><span class="asset-headline">%s</span></h1>'
                 '<ul class="list-inline"><li><span class="tnt-byline">%s</span></li><li><time datetime="%s">%s</time></li></ul></div>\n' % (
                     E(st['title']), E(st['by']), st['when'], d_us(st['when'], True)))
        h.append('<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">\n')
        h.append('<div class="subscriber-preview">\n' + pb[0] + '\n</div>\n')
        h.append('<div class="subscriber-only">\n' + '\n'.join(pb[1:]) + '\n</div>\n</div>\n')
        h.append('<div id="subscription-required" class="subscription-required"><h4>Thank you for reading!</h4><p>You have 2 free '
                 'articles left this month. Please log in, or sign up for a new account and purchase a subscription to continue '
                 'reading.</p><a href="/users/signup/">Sign Up</a> <a href="/users/login/">Log In</a></div>\n')
        h.append('<div class="asset-tags">Tags: <a href="/tags/%s">%s</a></div>\n' % (slug(st['sec']), E(st['sec'])))
        h.append(related('Recommended for you', 4) + footer(site, y))
        exp = items

    elif tpl == 'ft_barrier':  # financial daily 2023-2025: barrier page, standfirst and the first paragraphs only
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.article-body')))
        h.append('<body>\n' + nav(site, 'World;Markets;Companies;Banks;Opinion;Work & Careers'))
        h.append('<div class="barrier"><div class="article-topper"><a href="/%s">%s</a><h1>%s</h1>\n' % (
            slug(st['sec']), E(st['sec']), E(st['title'])))
        if dk:
            h.append('<div class="topper__standfirst">%s</div>\n' % E(dk))
        h.append('<p class="byline">%s</p><time>%s</time></div>\n' % (E(st['by']), d_us(st['when'])))
        h.append('<div class="article-teaser">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="barrier-offers"><h2>Subscribe to unlock this article</h2><div class="offer"><h3>Try unlimited access</h3>'
                 '<p>Only $1 for 4 weeks</p><p>Then $75 per month. Complete digital access to quality journalism on any device. '
                 'Cancel anytime during your trial.</p><a href="/trial">Start trial</a></div><div class="offer"><h3>Premium Digital</h3>'
                 '<p>Save 20% when you pay annually</p><a href="/premium">Select</a></div><p>Already a subscriber? '
                 '<a href="/login">Sign in</a></p></div>\n</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'mediafree':  # counterexample: a free media-business story that quotes paywalls' words
        h.append(head(st, site, url, '', jsonld(st, site, url, True)))
        h.append('<body>\n' + nav(site, 'Business of News;Media;Platforms;Jobs;Events'))
        h.append('<main><article class="post"><h1 class="post-title">%s</h1><div class="post-meta">%s &mdash; %s</div>\n' % (
            E(st['title']), E(st['by']), d_us(st['when'])))
        h.append('<div class="post-content">\n' + '\n'.join(pb) + '\n</div>\n' + share())
        h.append('<div class="donate-box"><p>Newsroom Monitor is free to read. Support our reporting with a donation.</p><a href="/donate">Donate</a></div>\n')
        h.append('</article>' + related('Related', 3) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'magmeter':  # magazine 2016-2019: whole text, a bottom bar when the meter runs out
        h.append(head(st, site, url, '', jsonld(st, site, url, True, None, 'Article')))
        h.append('<body>\n' + nav(site, 'Culture;Books;Politics;Fiction;Humor;The Magazine'))
        h.append('<main><article><header class="article-header"><p class="rubric">%s</p><h1>%s</h1>\n' % (E(st['sec']), E(st['title'])))
        if dk:
            h.append('<h2 class="dek">%s</h2>\n' % E(dk))
        h.append('<p class="byline">By <a href="/contributors/%s">%s</a></p><p class="pub-date">%s</p></header>\n' % (
            slug(st['by']), E(st['by']), d_us(st['when'])))
        h.append('<div class="article-body-content">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<p class="issue-note">Published in the print edition of the %s issue.</p>\n' % d_us(st['when']))
        h.append('<div class="paywall-bar persistent-bottom"><p>You\'ve read your last free article.</p><p>Subscribe for $1 a week. '
                 'Cancel anytime.</p><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>\n')
        h.append('</article></main>\n' + footer(site, y))
        exp = items

    elif tpl == 'wpmember':  # WordPress membership plugin: teaser, members-only message
        h.append(head(st, site, url, '<meta name="generator" content="WordPress 6.%d">\n' % random.randint(0, 4),
                      jsonld(st, site, url, False, '.pmpro_content_message', 'BlogPosting')))
        h.append('<body class="post-template-default single">\n' + nav(site, 'Fishing Reports;Tides;Gear;Charters;Join'))
        h.append('<div id="primary"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1>'
                 '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s:00+00:00">%s</time></span>'
                 ' <span class="byline">by %s</span></div></header>\n' % (E(st['title']), st['when'], d_us(st['when']), E(st['by'])))
        h.append('<div class="entry-content">\n' + '\n'.join(pb) + '\n')
        h.append('<div class="pmpro_content_message">This content is for members only.<br><a href="/login">Log In</a> '
                 '<a href="/membership-account/levels/">Join Now</a></div>\n</div>\n')
        h.append('<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/fishing-reports/">Fishing Reports</a></span></footer>\n')
        h.append('</article></div>\n<aside id="secondary"><section class="widget"><h2>Tide Tables</h2><p>Updated daily for members.</p></section></aside>\n'
                 + footer(site, y))
        exp = items
    elif tpl == 'inline_offer':  # metered daily 2023-2024: a gifted-article banner, a long inline offer inside the whole text
        h.append(head(st, site, url, piano_script('Gs4TnR8vQe'), jsonld(st, site, url, True)))
        h.append('<body>\n' + nav(site, 'News;Politics;Housing;Transportation;Business;Opinion;Obituaries'))
        h.append('<main><article class="article"><div class="gift-banner"><p>This article was gifted to you by a Granite State Daily '
                 'subscriber. <a href="/subscribe?src=gift">Subscribe</a> to read more stories like it.</p></div>\n')
        h.append('<h1 class="article-title">%s</h1><div class="article-meta"><span class="by">By %s</span> <time>%s %s</time></div>\n' % (
            E(st['title']), E(st['by']), d_us(st['when'], True), hm12(st['when'])))
        h.append('<div class="article-body">\n')
        for i, b in enumerate(pb):
            h.append(b + '\n')
            if i == 2:
                h.append('<div class="tp-container-inner piano-inline" data-offer="inline"><h3>Local news is worth paying for</h3>'
                         '<p>Our reporters cover the statehouse, the schools, the courts and the town meetings that no one else '
                         'attends any more. That work costs money, and most of it comes from readers like you.</p>'
                         '<p>For less than the price of a cup of coffee each week, you get every story we publish, the daily '
                         'e-edition, our newsletters and the archive back to 1990, on any device you like.</p>'
                         '<p>We do not sell your data, and you can stop your plan online in two clicks whenever you want.</p>'
                         '<a class="tp-button" href="/subscribe?src=inline">Subscribe for 99 cents</a>'
                         '<p class="tp-login">Already a subscriber? <a href="/login">Log in</a></p></div>\n')
        h.append('</div></article>\n' + newsletter(site) + related('Most popular', 5, 'most-popular') + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'cutoff':  # regional paper 2019-2021: the server cuts the last shown paragraph mid-sentence
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.story-body')))
        h.append('<body>\n' + nav(site, 'News;Sports;Schools;Police & Fire;Obituaries;Classifieds'))
        h.append('<div class="main"><div class="story"><h1>%s</h1><p class="story-byline">By %s | %s</p>\n' % (
            E(st['title']), E(st['by'].upper()), d_us(st['when'], True)))
        h.append('<div class="story-body story-truncated">\n' + '\n'.join(pb) + '\n</div>\n')
        h.append('<div class="story-truncated-overlay"></div><div class="meter-box"><p class="meter-note">You\'ve used all of your free '
                 'articles for this month.</p><h3>To continue reading, subscribe now</h3><a class="btn" href="/subscribe">See '
                 'subscription options</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>\n')
        h.append('</div>' + related('Top stories', 4) + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'supportwall':  # nonprofit-style member site 2022-2025: a long "Thank you for reading" wall after the teaser
        h.append(head(st, site, url, '<meta name="generator" content="WordPress 6.%d">\n' % random.randint(0, 6),
                      jsonld(st, site, url, False, '.entry-content')))
        h.append('<body class="single">\n' + nav(site, 'Environment;Education;Politics;Business;Events;Donate'))
        h.append('<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">%s</h1>'
                 '<div class="entry-meta">by <a href="/author/%s">%s</a> &middot; <time datetime="%s">%s</time></div></header>\n' % (
                     E(st['title']), slug(st['by']), E(st['by']), st['when'], d_us(st['when'])))
        h.append('<div class="entry-content">\n' + '\n'.join(pb) + '\n')
        h.append('<div class="membership-wall"><h2>Thank you for reading</h2><p>Reporting like this takes weeks: walking creeks with '
                 'biologists, sitting through board meetings, reading hundreds of pages of permits so that you do not have to.</p>'
                 '<p>Valley Current is funded by its members. There are no billionaires behind us and no clickbait in front of '
                 'you, only readers who think the valley deserves careful, independent reporting.</p><p>Become a member today '
                 'to keep reading this story and every other story we publish. Memberships start at $5 a month.</p>'
                 '<a class="wp-block-button__link" href="/join">Become a member</a><p>Already a member? <a href="/login">Sign in</a></p></div>\n</div>\n')
        h.append('<footer class="entry-footer"><span class="cat-links">Filed under <a href="/%s">%s</a></span></footer></article>\n' % (
            slug(st['sec']), E(st['sec'])))
        h.append(related('More from Valley Current', 3) + '</main>\n' + footer(site, y))
        exp = items

    elif tpl == 'classhidden':  # daily 2018-2020: the meter's count over the story, the rest hidden by a class a script removes
        k = 2
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.article-remainder')))
        h.append('<body>\n' + nav(site, 'News;County;Business;Sports;Life;Opinion;Obituaries'))
        h.append('<main><article><h1 class="headline">%s</h1><div class="byline-block"><span class="byline">%s</span>'
                 '<span class="timestamp">Posted %s at %s</span></div>\n' % (E(st['title']), E(st['by']), d_us(st['when'], True), hm12(st['when'])))
        h.append('<div class="meter-count"><p>This is your 3rd of 5 free articles this month. <a href="/subscribe">Subscribe for '
                 'unlimited access.</a></p></div>\n')
        h.append('<div class="article-text">\n' + '\n'.join(pb[:k]) + '\n')
        h.append('<div class="paywall-message"><h3>Subscribe to keep reading</h3><a href="/subscribe">Subscribe</a> '
                 '<a href="/login">Log in</a></div>\n')
        h.append('<div class="article-remainder is-hidden">\n' + '\n'.join(pb[k:]) + '\n</div>\n</div>\n')
        h.append('<script>if(window.gazetteAccess&&gazetteAccess.granted){document.querySelector(".article-remainder")'
                 '.classList.remove("is-hidden");}</script>\n')
        h.append('</article>' + related('Trending now', 4) + '</main>\n' + footer(site, y))
        exp = items
    elif tpl == 'loginform':  # UK trade weekly 2014-2016: teaser, then a sign-in form with its labels in the story's place
        h.append(head(st, site, url, '', ''))
        h.append('<body>\n' + nav(site, 'News;Retail;Energy;Property;Jobs;Events;Awards'))
        h.append('<div id="content"><div class="article"><h1>%s</h1><p class="info">%s, %s</p>\n' % (
            E(st['title']), d_uk(st['when']), 'By ' + E(st['by'])))
        h.append('<div class="article-text">\n' + '\n'.join(pb) + '\n')
        h.append('<div class="login-required"><h3>Please sign in or register to read the rest of this article</h3>'
                 '<form action="/login" method="post"><label for="email">Email address</label><input id="email" name="email" type="text">'
                 '<label for="password">Password</label><input id="password" name="password" type="password">'
                 '<label><input type="checkbox" name="remember"> Remember me</label><input type="submit" value="Sign in"></form>'
                 '<p><a href="/forgot-password">Forgotten your password?</a></p><h4>Not registered yet?</h4><p>Registration is '
                 'free and gives you:</p><ul><li>Five articles a month</li><li>Our daily email bulletin</li><li>Jobs by email</li></ul>'
                 '<a class="btn" href="/register">Register now</a></div>\n</div>\n')
        h.append('</div>' + related('Most viewed', 5, 'most-viewed') + '</div>\n' + footer(site, y))
        exp = items

    elif tpl == 'scramble':  # European English-language daily 2024-2025: teaser, then blurred scrambled dummy text under the offer
        h.append(head(st, site, url, '', jsonld(st, site, url, False, '.article__premium')))
        h.append('<body>\n' + nav(site, 'World;Europe;Economy;Culture;Opinion'))
        h.append('<main><article><h1>%s</h1><div class="article__meta">%s &middot; %s</div>\n' % (
            E(st['title']), E(st['by']), '%02d.%02d.%d' % (d, m, y)))
        h.append('<div class="article__body">\n' + '\n'.join(pb) + '\n')
        rnd = random.Random(n)
        dummy = []
        for _ in range(3):
            words = [''.join(rnd.choice('abcdefghijklmnoprstuvw') for _ in range(rnd.randint(2, 9))) for _ in range(rnd.randint(25, 40))]
            dummy.append('<p>%s.</p>' % ' '.join(words).capitalize())
        h.append('<div class="article__premium paywall-blur" aria-hidden="true">%s</div>\n' % ''.join(dummy))
        h.append('<div class="offer-box"><h3>Read the full article with Continental Plus</h3><p>First month free, then 9.99 euros a '
                 'month.</p><a href="/plus">Try it free</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>\n</div>\n')
        h.append('</article>' + related('More from World', 3) + '</main>\n' + footer(site, y))
        exp = items
    else:
        raise SystemExit('unknown template ' + tpl)

    return ''.join(h), expected(exp), {"published": st['when'][:10], "lang": "en", "title": st['title']}


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    genlib.write_pages(OUT, (render(st, n) for n, st in enumerate(stories, 1)), json_end='\n')


main()
