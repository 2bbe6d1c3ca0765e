#!/usr/bin/env python3
"""Generate bench/stress/tradepub pages from stories.txt (English B2B trade journals and industry-press sites
carrying companies' releases and short news, 2012-2025; invented sites, original text).

Usage: python3 bench/stress/tradepub/gen/gen.py bench/stress/tradepub   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|org|dateline|headline|byline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph (the first one opens with the dateline), H subhead, LI list
item, TR a table row (cells split by ';;'), ITEM a roundup item's heading (its P lines follow).
Furniture codes (never in the expected text): SUB the deck, SRC the "Source:"/"Press release from"/"Submitted
by" credit's company, ISRC a roundup item's source/contact line, ABOUT 'About X|text' company box (lines split by
';;'), CONTACT the contact block (lines split by ';;'), HARD a harder variant's flags."""
import datetime, html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, ymd, d_long, d_uk, d_num  # noqa: E402

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261207)
E = html.escape


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, org, dl, title, by = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, org=org, dl=dl, title=title, by=by, items=[], hard='')
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            if code == 'HARD':
                cur['hard'] = val.strip()
            else:
                cur['items'].append((code.strip(), val.strip()))
    return stories


def d_short(w):    # Jun 14, 2011
    y, m, d = ymd(w)
    return '%s %d, %d' % (MONTHS[m - 1][:3], d, y)


def d_dot(w):      # 14.06.2011
    y, m, d = ymd(w)
    return '%02d.%02d.%d' % (d, m, y)


def d_weekday(w):  # Tuesday, 17 April 2012
    return '%s, %s' % (datetime.date(*ymd(w)).strftime('%A'), d_uk(w))


def iso(w, t='09:00:00'):
    return '%sT%s+00:00' % (w, t)


def slug(s):
    return genlib.slug(s, 60)


def get(st, code):
    return [v for c, v in st['items'] if c == code]


def hard(st, flag):
    return flag in [x.strip() for x in st['hard'].split(',')]


def first_para(st):
    p = get(st, 'P')[0]
    return st['dl'] + ' ' + p if st['dl'] else p


def expected(st):
    """The expected body: the dateline with the first paragraph, paragraphs, subheads, list items, table rows
    and roundup items' headings in reading order."""
    out, first = [], True
    for c, v in st['items']:
        if c == 'P':
            out.append(first_para(st) if first else v)
            first = False
        elif c in ('H', 'LI', 'ITEM'):
            out.append(v)
        elif c == 'TR':
            out.append(' '.join(v.split(';;')))
    return '\n\n'.join(out) + '\n'


def body_blocks(st, sub_tag='h2', item_tag='h2', dl_html='%s', p_attr='', isrc=None):
    """The body items as a list of HTML blocks: paragraphs (the first with its dateline wrapped as dl_html says),
    subheads, lists, tables, roundup item headings and (through isrc) each item's furniture line."""
    out, first, i, items = [], True, 0, st['items']
    while i < len(items):
        c, v = items[i]
        if c == 'P':
            if first and st['dl']:
                out.append('<p%s>%s %s</p>' % (p_attr, dl_html % E(st['dl']), E(v)))
            else:
                out.append('<p%s>%s</p>' % (p_attr, E(v)))
            first = False
        elif c == 'H':
            out.append('<%s>%s</%s>' % (sub_tag, E(v), sub_tag))
        elif c == 'ITEM':
            out.append('<%s>%s</%s>' % (item_tag, E(v), item_tag))
        elif c == 'ISRC':
            out.append(isrc(v) if isrc else '<p class="source"><em>%s</em></p>' % E(v))
        elif c == 'LI':
            li = []
            while i < len(items) and items[i][0] == 'LI':
                li.append(items[i][1]); i += 1
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in li))
            continue
        elif c == 'TR':
            rows = []
            while i < len(items) and items[i][0] == 'TR':
                rows.append(items[i][1].split(';;')); i += 1
            out.append('<table class="data-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                ''.join('<th>%s</th>' % E(x) for x in rows[0]),
                ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(x) for x in r) for r in rows[1:])))
            continue
        i += 1
    return out


def about_box(st, head='h3', cls='company-box'):
    out = []
    for v in get(st, 'ABOUT'):
        h, _, t = v.partition('|')
        out.append('<div class="%s"><%s>%s</%s><p>%s</p></div>' % (cls, head, E(h), head, '<br>'.join(E(x) for x in t.split(';;'))))
    return ''.join(out)


def contact(st):
    return ''.join('<p class="contact">%s</p>' % '<br>'.join(E(x) for x in v.split(';;')) for v in get(st, 'CONTACT'))


def src(st):
    s = get(st, 'SRC')
    return s[0] if s else st['org']


def ul_links(items, cls):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))


TEASERS = ['Resin prices ease for third straight month', 'Converter opens plant in Monterrey', 'Retailer sets new recycled-content targets',
           'Conveyor maker names new chief executive', 'Freight rates on Asia-Europe lanes fall again', 'Chip toolmaker raises outlook',
           'Dairy co-op approves merger', 'Heat pump shipments rise 12 percent', 'Regulator updates guidance on device labels',
           'Wind auction results announced', 'Copper miner cuts guidance after flooding', 'Labelmaker acquires Danish rival',
           'Warehouse robot start-up raises $40 million', 'Grain exports slow at Gulf ports', 'Film extruder adds second shift']
PRODUCTS = ['Retort pouch laminates', 'Inline vision inspection system', 'Servo case erector', 'Compostable coffee capsules',
            'Barrier shrink bags', 'Hot-melt glue units', 'Pallet stretch wrapper', 'Thermoformed clamshells', 'Ultrasonic sealing jaws']
EVENTS = [('Feb 12-14', 'Plastics Recycling Forum', 'Amsterdam'), ('Mar 5-7', 'North American Grain Handling Expo', 'Omaha'),
          ('Apr 22-25', 'HVAC Contractors Week', 'Orlando'), ('May 13-15', 'Medical Device Supply Chain Summit', 'Minneapolis'),
          ('Jun 3-5', 'Logistics & Intralogistics Fair', 'Hamburg'), ('Sep 9-11', 'Mine Automation Congress', 'Perth'),
          ('Oct 14-16', 'Packaging Machinery Show', 'Chicago'), ('Nov 18-20', 'Power Electronics Conference', 'Nuremberg')]


def teasers(n, head, tag='h3', cls='related', dates=None):
    rs = random.sample(TEASERS, n)
    return '<div class="%s"><%s>%s</%s><ul>%s</ul></div>' % (cls, tag, head, tag, ''.join(
        '<li><a href="/news/%s">%s</a>%s</li>' % (slug(r), E(r), (' <span class="date">%s</span>' % dates(k)) if dates else '')
        for k, r in enumerate(rs)))


def events(n=4, head='Upcoming Events', tag='h3'):
    ev = random.sample(EVENTS, n)
    return '<div class="events-calendar"><%s>%s</%s><ul>%s</ul><a href="/events">View full calendar &raquo;</a></div>' % (
        tag, head, tag, ''.join('<li><span class="event-date">%s</span> <a href="/events/%s">%s</a> <span class="event-place">%s</span></li>' % (
            d, slug(t), E(t), E(p)) for d, t, p in ev))


def products(n=4, head='Related products'):
    ps = random.sample(PRODUCTS, n)
    return '<section class="related-products"><h2>%s</h2><div class="grid">%s</div></section>' % (head, ''.join(
        '<div class="product-card"><a href="/products/%s"><img src="/img/p/%s.jpg" alt=""><span class="product-name">%s</span></a>'
        '<span class="supplier">Supplier: %s</span></div>' % (slug(p), slug(p), E(p), random.choice(['Marden Packaging', 'Ostrand GmbH', 'Kiel Systems', 'Pacific Films Inc.']))
        for p in ps))


def newsletter(site):
    return ('<div class="newsletter-box"><h3>Get the %s newsletter</h3><p>The week\'s industry news in your inbox every Tuesday.</p>'
            '<form action="/subscribe"><input type="email" placeholder="Your work email"><button>Sign up</button></form></div>') % E(site)


def printsub(site):
    return ('<div class="print-sub"><h3>Subscribe to our print edition</h3><p>%s is free to qualified professionals in the US and Canada. '
            'Twelve issues a year with product news, case studies and the annual buyers\' guide.</p><a class="btn" href="/subscribe">Subscribe now</a></div>') % E(site)


def jsonld(st, site, typ='NewsArticle', author=None):
    d = {'@context': 'https://schema.org', '@type': typ, 'headline': st['title'], 'datePublished': iso(st['when']),
         'dateModified': iso(st['when'], '11:30:00'), 'publisher': {'@type': 'Organization', 'name': site}}
    if author:
        d['author'] = {'@type': 'Person', 'name': author}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d)


def share_bar():
    return ('<div class="share-bar"><span>Share:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> '
            '<a href="#" class="li">LinkedIn</a> <a href="#" class="em">Email</a> <a href="#" class="pr">Print</a></div>')


def footer(site, year, extra=''):
    return ('<footer class="site-footer">%s<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/advertise">Advertise</a></li>'
            '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>'
            '<p>&copy; %d %s. All rights reserved.</p></footer>') % (extra, year, E(site))


# ---------------------------------------------------------------- templates

def t_pkgwp(st, n):
    """Packaging journal on WordPress (2019-2024): Yoast JSON-LD, breadcrumb, byline and date, share bar,
    the release in entry-content, a "Source: X" line and the "About X" box under it, "Related products",
    newsletter and print-edition boxes, closed comments; harder: srcinline (the source line a plain last
    paragraph of the text), aboutinline (an "About X:" bold lead-in paragraph inside the text)."""
    site = 'Packaging Review'
    blocks = body_blocks(st, 'h3')
    if hard(st, 'srcinline'):
        blocks.append('<p>Source: %s</p>' % E(src(st)))
        tail = ''
    else:
        tail = '<p class="source"><em>Source: <a href="https://www.%s.example.com">%s</a></em></p>' % (slug(src(st)), E(src(st)))
    if hard(st, 'aboutinline'):
        for v in get(st, 'ABOUT'):
            h, _, t = v.partition('|')
            blocks.append('<p><strong>%s:</strong> %s</p>' % (E(h), E(t)))
        box = ''
    else:
        box = about_box(st, 'h4')
    y = ymd(st['when'])[0]
    return ('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s - %s</title>\n<meta name="description" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="article:published_time" content="%s">\n<meta property="article:section" content="Flexible Packaging">\n'
            '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":%s,"datePublished":"%s","author":{"name":%s}},{"@type":"WebSite","name":"%s"}]}</script>\n'
            '<link rel="stylesheet" href="/wp-content/themes/packreview/style.css?ver=5.7"></head>\n'
            '<body class="post-template-default single single-post postid-%d">\n<div class="top-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>\n'
            '<header class="site-header"><a class="logo" href="/">%s</a><nav class="main-nav">%s</nav><a class="subscribe-btn" href="/subscribe">Subscribe</a></header>\n'
            '<main id="main"><div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/flexible-packaging">Flexible Packaging</a> &raquo; <span>%s</span></div>\n'
            '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1>%s'
            '<div class="entry-meta">By <a href="/author/staff">%s</a> | <time datetime="%s">%s</time></div></header>\n%s\n'
            '<div class="entry-content">\n%s\n%s\n</div>\n%s%s\n'
            '<div class="tags-links">Tags: <a href="/tag/pouches">pouches</a>, <a href="/tag/recycling">recycling</a>, <a href="/tag/%s">%s</a></div>\n</article>\n'
            '%s\n%s\n%s\n<div id="comments"><h3>Comments</h3><p class="no-comments">Comments are closed.</p></div></main>\n'
            '<aside class="sidebar">%s<div class="ad"><span>Advertisement</span></div></aside>\n%s\n'
            '<script src="/wp-includes/js/jquery/jquery.min.js"></script></body></html>\n') % (
        E(st['title']), site, E(get(st, 'P')[0][:140]), E(st['title']), iso(st['when']), json.dumps(st['title']), iso(st['when']),
        json.dumps(st['by']), site, 1000 + n, site, ul_links(['News', 'Flexible Packaging', 'Rigid Packaging', 'Machinery', 'Sustainability', 'Events', 'Webinars'], 'menu'),
        E(st['title']), E(st['title']), ''.join('<p class="subtitle">%s</p>' % E(s) for s in get(st, 'SUB')), E(st['by']), iso(st['when']), d_long(st['when']),
        share_bar(), '\n'.join(blocks), tail, box, contact(st), slug(st['org']), E(st['org']),
        products(4), newsletter(site), printsub(site), teasers(5, 'Most read', 'h3', 'most-read'), footer(site, y))


def t_plastd(st, n):
    """Plastics trade portal on Drupal 8 (2017-2024): "Press release from:" company field over the text,
    date in a field, the "Company information" box with address lines, "Related products" view and (harder:
    supplierdir) a supplier directory block inside the main column after the article; harder: prfromtext (the
    "Press release from:" label as the text's first paragraph)."""
    site = 'Plastics Processing Today'
    blocks = body_blocks(st, 'h3')
    prfrom = ('<div class="field field--name-field-company field--label-inline"><div class="field__label">Press release from</div>'
              '<div class="field__item"><a href="/companies/%s">%s</a></div></div>\n') % (slug(src(st)), E(src(st)))
    if hard(st, 'prfromtext'):
        blocks.insert(0, '<p><strong>Press release from:</strong> %s</p>' % E(src(st)))
        prfrom = ''
    sd = ''
    if hard(st, 'supplierdir'):
        sd = ('<div class="block block-views supplier-directory"><h2>Supplier directory: Compounding</h2><table class="views-table">'
              '<tr><td><a href="/suppliers/kreutz">Kreutz Extrusion</a></td><td>Twin-screw extruders</td><td>Germany</td></tr>'
              '<tr><td><a href="/suppliers/marlin">Marlin Polymers</a></td><td>Recycled PP and PE compounds</td><td>USA</td></tr>'
              '<tr><td><a href="/suppliers/ostend">Ostend Additives</a></td><td>Stabilisers, impact modifiers</td><td>Belgium</td></tr>'
              '<tr><td><a href="/suppliers/tavira">Tavira Filtration</a></td><td>Melt filters</td><td>Portugal</td></tr></table>'
              '<a href="/suppliers">Browse all 2,400 suppliers</a></div>')
    return ('<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8" />\n<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />\n'
            '<title>%s | %s</title>\n<link rel="canonical" href="https://www.plasticsprocessing.example.com/news/%s" />\n'
            '<meta property="og:title" content="%s" />\n<meta name="dcterms.date" content="%s" />\n</head>\n'
            '<body class="path-node page-node-type-press-release">\n<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>\n'
            '<div class="region-header"><a href="/" rel="home" class="site-logo">%s</a>%s<div class="user-links"><a href="/user/login">Log in</a> | <a href="/user/register">Register</a></div></div>\n'
            '<div class="region-highlighted"><div class="messages">This site uses cookies. <a href="/privacy">More info</a> <button>OK</button></div></div>\n'
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">\n'
            '<article role="article" class="node node--type-press-release node--view-mode-full">\n<h1 class="page-title"><span class="field field--name-title">%s</span></h1>\n'
            '%s<div class="field field--name-field-date"><time datetime="%sT08:00:00Z">%s</time></div>\n'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">%s</div>\n'
            '<div class="field field--name-field-company-box"><h2>%s</h2><p>%s</p></div>\n'
            '<div class="field field--name-field-tags"><div class="field__label">Topics</div><div class="field__items"><a href="/topics/injection-moulding">Injection moulding</a> <a href="/topics/recycling">Recycling</a></div></div>\n'
            '</article>\n%s\n%s\n</div>\n'
            '<aside class="layout-sidebar-second"><div class="block"><h2>Latest news</h2>%s</div>%s</aside></main>\n%s\n</body></html>\n') % (
        E(st['title']), site, slug(st['title']), E(st['title']), st['when'], site,
        ul_links(['News', 'Machinery', 'Materials', 'Recycling', 'Suppliers', 'Events', 'Magazine'], 'menu'),
        E(st['title']), prfrom, st['when'], d_long(st['when']), '\n'.join(blocks),
        E(get(st, 'ABOUT')[0].partition('|')[0]), '<br />'.join(E(x) for x in get(st, 'ABOUT')[0].partition('|')[2].split(';;')),
        products(3), sd, teasers(5, '', 'span', 'latest'), events(3, 'Events', 'h2'), footer(site, ymd(st['when'])[0]))


def t_minejl(st, n):
    """Mining journal (2014-2022): metal-price ticker, byline and date, the story with "Source: X" under it,
    "Most read" and events sidebar; harder: gate (a reader-registration box after the third paragraph, the
    rest of the text below it in a locked box), sponsorbox (a sponsored promo box inside the text)."""
    site = 'Mining Journal Weekly'
    blocks = body_blocks(st, 'h3')
    if hard(st, 'gate'):
        blocks = blocks[:3] + ['<div class="registration-wall"><h3>Register for free to keep reading</h3><p>You have read 3 of 3 free articles this month. '
                               'Registered readers get unlimited access to news, the weekly newsletter and our project database.</p>'
                               '<form action="/register"><input type="email" placeholder="Work email"><button>Register now</button></form>'
                               '<p>Already registered? <a href="/login">Log in</a></p></div><div class="locked-content">'] + blocks[3:] + ['</div>']
    if hard(st, 'sponsorbox'):
        blocks.insert(2, '<div class="sponsored-inline"><span class="label">Sponsored</span><p><a href="/sponsored/crushers">Crushing plants built for '
                         'remote sites: see how a modular design cut installation time in half</a></p></div>')
    ticker = ''.join('<span class="tick">%s <b>%s</b> %s</span>' % x for x in [('Gold', '1,296.40', '+0.3%'), ('Copper', '6,812', '-0.8%'),
                                                                                 ('Zinc', '2,540', '+1.1%'), ('Nickel', '14,210', '-0.2%')])
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n<meta name="author" content="%s">\n'
            '<meta property="article:published_time" content="%s">\n%s\n</head>\n<body class="article-page">\n'
            '<div class="price-ticker">%s<a href="/prices">All prices</a></div>\n<header><a class="logo" href="/">%s</a><nav>%s</nav>'
            '<a href="/login">Sign in</a> <a href="/register" class="btn">Register</a></header>\n'
            '<div class="container"><div class="main-col"><article><div class="kicker"><a href="/commodities/%s">%s</a></div><h1>%s</h1>\n'
            '<div class="byline">By %s <span class="sep">|</span> <span class="date">%s</span></div>\n%s\n'
            '<div class="article-body">\n%s\n</div>\n<p class="source-credit">Source: %s</p>\n'
            '<div class="article-tags"><span>Topics:</span> <a href="/t/exploration">Exploration</a> <a href="/t/canada">Canada</a></div></article>\n'
            '%s\n</div>\n<div class="side-col">%s%s<div class="ad-box"><span>Advertisement</span></div></div></div>\n%s\n</body></html>\n') % (
        E(st['title']), site, E(st['by']), iso(st['when']), jsonld(st, site, 'NewsArticle', st['by']), ticker, site,
        ul_links(['News', 'Exploration', 'Projects', 'Equipment', 'Markets', 'Events', 'Jobs'], 'menu'),
        'base-metals', 'Base metals', E(st['title']), E(st['by']), d_uk(st['when']), share_bar(), '\n'.join(blocks), E(src(st)),
        teasers(4, 'More news', 'h3', 'more-news'), teasers(5, 'Most read', 'h3', 'most-read'), events(4), footer(site, ymd(st['when'])[0]))


def t_logi(st, n):
    """Logistics news site on Drupal 7 (2013-2018): "Submitted by X on Tue, 06/25/2013 - 09:14" line, the
    text, "Log in or register to post comments", tags, an events calendar and a white-paper box in the
    sidebar; harder: webinar (a webinar promo box inside the text after the second paragraph)."""
    site = 'Logistics Business Review'
    blocks = body_blocks(st, 'h3')
    if hard(st, 'webinar'):
        blocks.insert(2, '<div class="webinar-promo"><strong>WEBINAR:</strong> Dock appointments without the phone calls. Thursday, March 3, 2 p.m. ET. '
                         '<a href="/webinars/dock-appointments">Register now</a></div>')
    y, m, d = ymd(st['when'])
    wd = datetime.date(y, m, d).strftime('%a')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>%s | %s</title>\n'
            '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n<link rel="shortlink" href="/node/%d" />\n</head>\n'
            '<body class="html not-front page-node page-node-%d node-type-company-news">\n<div id="page"><div id="header"><a href="/" id="logo">%s</a>'
            '<div id="navigation">%s</div></div>\n<div id="main"><div id="content" class="column">\n<h1 class="title" id="page-title">%s</h1>\n'
            '<div id="node-%d" class="node node-company-news clearfix"><div class="submitted">Submitted by <a href="/users/%s">%s</a> on %s, %s - 09:14</div>\n'
            '<div class="content"><div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">\n%s\n</div></div></div>\n'
            '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><a href="/tags/rail">Rail</a> <a href="/tags/warehousing">Warehousing</a></div></div></div>\n'
            '<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login">Log in</a> or <a href="/user/register">register</a> to post comments</span></li></ul></div>\n'
            '</div>\n<div class="region region-sidebar-second">%s<div class="block whitepaper"><h2>White paper</h2><p>The 2016 Warehouse Labour Report: what 400 operators pay, and why.</p>'
            '<a href="/whitepapers/labour-2016">Download free</a></div>%s</div></div>\n%s</div>\n</body></html>\n') % (
        E(st['title']), site, 5000 + n, 5000 + n, site, ul_links(['Home', 'Freight', 'Warehousing', 'Technology', 'Ports', 'Events', 'White papers'], 'menu'),
        E(st['title']), 5000 + n, slug(st['by'][13:]), E(st['by'][13:]), wd, d_num(st['when']), '\n'.join(blocks),
        events(4, 'Events calendar', 'h2'), teasers(4, 'Latest company news', 'h2', 'block'), footer(site, y))


def t_semirnd(st, n):
    """Semiconductor trade site's product-news roundup (2016-2025): several short items, each with its
    heading, a picture, its text and a "Source: X" line; a "Related products" block; harder: roundupnum (items
    in product cards with a "Request information" button)."""
    site = 'Semiconductor Digest'
    if hard(st, 'roundupnum'):
        isrc = lambda v: '<p class="item-source">%s</p><a class="btn rfi" href="/rfi?c=%s">Request information</a>' % (E(v), slug(v))
    else:
        isrc = None
    blocks = body_blocks(st, 'h3', 'h2', isrc=isrc)
    # wrap each item (from its heading to its source line) with a picture after the heading
    out, cur = [], []
    for b in blocks:
        if b.startswith('<h2>'):
            if cur:
                out.append('<div class="product-item">%s</div>' % ''.join(cur))
            cur = [b, '<figure class="item-img"><img src="/img/prod/%d-%d.jpg" alt=""><figcaption>Image courtesy of the company.</figcaption></figure>' % (n, len(out))]
        else:
            cur.append(b)
    if cur:
        out.append('<div class="product-item">%s</div>' % ''.join(cur))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s - %s</title>\n%s\n'
            '<meta name="twitter:card" content="summary_large_image">\n</head>\n<body>\n<header class="masthead"><a href="/" class="brand">%s</a><nav>%s</nav></header>\n'
            '<div class="wrap"><article class="roundup"><div class="section-label">Product News</div><h1>%s</h1>\n'
            '<p class="meta">%s &middot; %s</p>\n%s\n</article>\n%s\n%s\n</div>\n%s\n</body></html>\n') % (
        E(st['title']), site, jsonld(st, site), site, ul_links(['News', 'Product News', 'Packaging', 'Test', 'Lithography', 'Webinars', 'Subscribe'], 'nav'),
        E(st['title']), E(st['by']), d_long(st['when']), '\n'.join(out), products(3, 'Related products'),
        teasers(4, 'More product news', 'h3'), footer(site, ymd(st['when'])[0], newsletter(site)))


def t_semiwire(st, n):
    """Semiconductor news site carrying a release (2020-2025): "Press release" label, the release with its
    dateline, "Source: X" under it (harder: srctop, over the text under the date), the About box, the contact,
    "Related news", events and print-edition boxes."""
    site = 'Chip Industry Weekly'
    blocks = body_blocks(st, 'h3')
    s = '<p class="source">Source: %s</p>' % E(src(st))
    top, bottom = (s, '') if hard(st, 'srctop') else ('', s)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<meta property="og:site_name" content="%s">\n%s\n</head>\n'
            '<body class="single-release">\n<header><a href="/" class="logo">%s</a><nav>%s</nav></header>\n<main><article>\n'
            '<span class="label">Press release</span><h1>%s</h1><div class="date">%s</div>%s\n<div class="release-text">\n%s\n</div>\n%s%s%s\n</article>\n'
            '<aside>%s%s%s</aside></main>\n%s\n</body></html>\n') % (
        E(st['title']), site, jsonld(st, site, 'NewsArticle'), site, ul_links(['News', 'Design', 'Manufacturing', 'Automotive', 'Photonics', 'Events'], 'nav'),
        E(st['title']), d_long(st['when']), top, '\n'.join(blocks), bottom, about_box(st, 'h3'), contact(st),
        teasers(4, 'Related news', 'h3'), events(3), printsub(site), footer(site, ymd(st['when'])[0]))


def t_agri(st, n):
    """Agriculture trade magazine on Joomla 2.5 (2012-2015): the title in an h2, "Written by", "Published:",
    "Hits:", print/email icons, the text with "Source: X" as its last line in italics; harder: events (an
    "Upcoming events" module in the main column after the article), srcparen (the line in brackets, "(Source: X)")."""
    site = 'Farm Business Journal'
    blocks = body_blocks(st, 'h3')
    ev = events(4, 'Upcoming events', 'h3') if hard(st, 'events') else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-gb" lang="en-gb" dir="ltr">\n<head>\n<meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management" />\n<title>%s</title>\n</head>\n<body>\n'
            '<div id="header"><a href="/"><img src="/images/fbj-logo.png" alt="%s" /></a></div>\n<div id="menu">%s</div>\n'
            '<div id="main"><div id="content"><div class="item-page">\n<h2><a href="/index.php/news/%d-%s">%s</a></h2>\n'
            '<ul class="actions"><li class="print-icon"><a href="#" title="Print"><img src="/media/system/images/printButton.png" alt="Print" /></a></li>'
            '<li class="email-icon"><a href="#" title="Email"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>\n'
            '<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="createdby">%s</dd><dd class="published">Published: %s</dd><dd class="hits">Hits: %d</dd></dl>\n'
            '%s\n%s\n</div>\n%s</div>\n<div id="right"><div class="moduletable"><h3>Latest News</h3>%s</div>'
            '<div class="moduletable"><h3>Markets</h3><p>Wheat $7.42 | Corn $6.18 | Soybeans $14.02</p></div></div></div>\n'
            '<div id="footer"><p>&copy; %d %s</p></div>\n</body></html>\n') % (
        E(st['title']), site, ul_links(['Home', 'Crops', 'Livestock', 'Machinery', 'Markets', 'Events'], 'menu'), 100 + n, slug(st['title']), E(st['title']),
        E(st['by']), d_weekday(st['when']),
        random.randint(200, 4000), '\n'.join(blocks), ('<p>(Source: %s)</p>' if hard(st, 'srcparen') else '<p><em>Source: %s</em></p>') % E(src(st)), ev, teasers(5, '', 'span', 'latestnews'), ymd(st['when'])[0], site)


def t_hvacprod(st, n):
    """HVAC trade magazine's "New Products" page (2013-2019): items as h3 with a picture, their text and the
    maker's line with the reader-service number; "Product directory" sidebar; harder: printsub (the print
    edition box inside the content column after the items)."""
    site = 'HVAC Products Monthly'
    blocks = body_blocks(st, 'h4', 'h3', isrc=lambda v: '<p class="rsn"><strong>%s</strong></p>' % E(v))
    ps = printsub(site) if hard(st, 'printsub') else ''
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n<meta name="keywords" content="HVAC products, heat pumps, controls">\n</head>\n'
            '<body>\n<div class="leaderboard">Advertisement</div>\n<div id="hdr"><a href="/"><img src="/img/logo.png" alt="%s"></a><ul class="nav">%s</ul></div>\n'
            '<div id="content"><div class="col-main"><p class="section">Products</p><h1>%s</h1><p class="pubdate">%s</p><p class="author">%s</p>\n'
            '<div class="products-body">%s</div>\n%s\n<div class="share">%s</div></div>\n'
            '<div class="col-side"><div class="box"><h3>Product directory</h3>%s</div><div class="box"><h3>Digital edition</h3><p><a href="/digital">Read the %s issue</a></p></div></div></div>\n%s\n</body></html>\n') % (
        E(st['title']), site, site, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in ['News', 'Products', 'Residential', 'Commercial', 'Refrigeration', 'Digital edition']),
        E(st['title']), d_short(st['when']), E(st['by']), '\n'.join(blocks), ps, share_bar(),
        ul_links(['Air conditioners', 'Boilers', 'Controls', 'Ductwork', 'Heat pumps', 'Refrigerants', 'Tools and instruments'], 'dir'),
        MONTHS[ymd(st['when'])[1] - 1], footer(site, ymd(st['when'])[0]))


def t_hvacnews(st, n):
    """HVAC contractor news on a Newspack-like WordPress theme (2020-2025): byline and date, share bar, the
    story, "Source: X" after it, an author box, "Related" cards, events; harder: webinarbox (a webinar promo in
    the text), sponsoredlabel (a sponsored-content card in the text), sponsornote (a "Partner content" card as
    the text's last block)."""
    site = 'Contractor Air News'
    blocks = body_blocks(st, 'h2')
    if hard(st, 'webinarbox'):
        blocks.insert(2, '<aside class="wp-block-group promo-webinar"><p class="promo-kicker">FREE WEBINAR</p><p class="promo-title">Pricing maintenance agreements in a high-cost year</p>'
                         '<p>Sept. 10 at 1 p.m. CT, sponsored by Ridgeway Software.</p><p><a href="/webinars/maintenance-pricing">Register today</a></p></aside>')
    if hard(st, 'sponsornote'):
        blocks.append('<div class="partner-content"><span class="partner-label">Partner content</span><p><a href="/partner/coil-coatings">How coil '
                      'coatings extend equipment life in coastal climates</a></p><p class="presented">Presented by Seacrest Coatings</p></div>')
    if hard(st, 'sponsoredlabel'):
        blocks.insert(2, '<div class="native-ad"><span class="native-label">Sponsored content</span><a href="/sponsored/vrf-questions"><h4>Ten questions to ask before choosing a VRF system</h4></a>'
                         '<p>Presented by Haldane Climate Systems</p></div>')
    return ('<!DOCTYPE html>\n<html lang="en-US" class="no-js">\n<head>\n<meta charset="UTF-8">\n<title>%s &#8211; %s</title>\n%s\n'
            '<meta property="article:published_time" content="%s">\n</head>\n<body class="single single-post newspack-front-page">\n'
            '<header id="masthead"><div class="site-branding"><a href="/">%s</a></div><nav>%s</nav><button class="subscribe">Subscribe</button></header>\n'
            '<div id="content"><main id="main"><article class="post"><header class="entry-header"><span class="cat-links"><a href="/category/business">Business</a></span>'
            '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">By <a href="/author/%s">%s</a></span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>\n%s\n'
            '<div class="entry-content">\n%s\n<p class="has-small-font-size"><em>Source: %s</em></p>\n</div>\n'
            '<div class="author-bio"><h2>%s</h2><p>%s covers contractors, distribution and refrigerant policy. He has written about the HVAC trade since 2009.</p></div></article>\n'
            '%s\n</main><aside>%s%s</aside></div>\n%s\n</body></html>\n') % (
        E(st['title']), site, jsonld(st, site, 'NewsArticle', st['by']), iso(st['when']), site,
        ul_links(['News', 'Business', 'Technology', 'Refrigerants', 'Training', 'Events', 'Webinars'], 'menu'),
        E(st['title']), slug(st['by']), E(st['by']), iso(st['when']), d_long(st['when']), share_bar(), '\n'.join(blocks), E(src(st)),
        E(st['by']), E(st['by'].split()[0]), teasers(3, 'Related', 'h2', 'related-posts'), events(3, 'Industry events', 'h2'),
        newsletter(site), footer(site, ymd(st['when'])[0]))


def t_meddev(st, n):
    """Medical-device industry news (2015-2024): byline and date, the story, "RELATED:" link paragraphs (harder:
    related, inside the text), "Source:", the About box and contact lines, webinar list; harder: gate (a
    reader-registration box after the second paragraph, the rest locked below it)."""
    site = 'Device Industry Report'
    blocks = body_blocks(st, 'h2')
    if hard(st, 'related'):
        blocks.insert(2, '<p class="related-inline"><strong>RELATED:</strong> <a href="/news/%s">%s</a></p>' % (slug(TEASERS[8]), TEASERS[8]))
        blocks.insert(min(4, len(blocks)), '<p><strong>Related:</strong> <a href="/news/%s">%s</a></p>' % (slug(TEASERS[13]), TEASERS[13]))
    if hard(st, 'gate'):
        blocks = blocks[:2] + ['<div class="reg-gate"><p class="reg-title">This article is reserved for registered readers.</p><p>Create a free account to read '
                               'the full story and get our daily newsletter.</p><a href="/register" class="btn">Create free account</a> <a href="/login">Sign in</a></div>'
                               '<div class="gated">'] + blocks[2:] + ['</div>']
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n%s\n</head>\n<body class="node-article">\n'
            '<header class="site-header"><a href="/" class="logo">%s</a><nav>%s</nav></header>\n<div class="page"><main><article>\n'
            '<h1>%s</h1><div class="article-meta"><span class="author">%s</span> <span class="date">%s</span></div>\n%s\n'
            '<div class="article-body">\n%s\n</div>\n<p class="source">Source: %s</p>\n%s%s\n</article>\n%s</main>\n'
            '<aside><div class="webinars"><h3>Upcoming webinars</h3><ul><li><a href="/webinars/eu-mdr">EU MDR: what notified bodies ask for in 2024</a></li>'
            '<li><a href="/webinars/cyber">Cybersecurity files for 510(k) submissions</a></li></ul></div>%s</aside></div>\n%s\n</body></html>\n') % (
        E(st['title']), site, jsonld(st, site, 'NewsArticle', st['by']), site, ul_links(['Regulatory', 'Business', 'R&D', 'Manufacturing', 'Recalls', 'Webinars'], 'nav'),
        E(st['title']), E(st['by']), d_short(st['when']), share_bar(), '\n'.join(blocks), E(src(st)), about_box(st, 'h3'), contact(st),
        teasers(4, 'Read next', 'h3', 'read-next'), newsletter(site), footer(site, ymd(st['when'])[0]))


def t_energy(st, n):
    """Energy trade portal on ASP.NET (2012-2016): "Press release from:" line over the headline, the release
    with its bold dateline, the "Company profile" box in the right column with "All press releases from this
    company", "Related news"; harder: calendar (an event calendar table after the release)."""
    site = 'Energy Industry Portal'
    blocks = body_blocks(st, 'h3', dl_html='<strong>%s</strong>')
    cal = ''
    if hard(st, 'calendar'):
        cal = '<div class="event-calendar"><h3>Event calendar</h3><table>%s</table></div>' % ''.join(
            '<tr><td>%s</td><td><a href="/events/%s">%s</a></td><td>%s</td></tr>' % (d, slug(t), E(t), E(p)) for d, t, p in EVENTS[:5])
    ab = get(st, 'ABOUT')[0].partition('|')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head><title>%s - %s</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>\n'
            '<body><form method="post" action="pressrelease.aspx?id=%d" id="form1"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBA==" />\n'
            '<div id="top"><a href="/"><img src="/images/eip.gif" alt="%s" /></a><ul id="nav">%s</ul></div>\n'
            '<table id="layout" cellpadding="0" cellspacing="0"><tr><td id="main" valign="top">\n'
            '<div class="pr-from">Press release from: <a href="/companies/%s">%s</a></div><h1>%s</h1><div class="pr-date">%s</div>\n'
            '<div id="ctl00_cph_pnlText" class="pr-text">%s</div>\n<div class="tools"><a href="#">Print</a> | <a href="#">Send to a colleague</a></div>\n%s\n%s\n</td>\n'
            '<td id="right" valign="top"><div class="company-profile"><h3>%s</h3><img src="/logos/%s.gif" alt="" /><p>%s</p>'
            '<p><a href="/companies/%s/releases">All press releases from this company</a></p></div><div class="banner">Advertisement</div></td></tr></table>\n'
            '<div id="footer">&copy; %d %s | <a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a></div></form></body></html>\n') % (
        E(st['title']), site, 300 + n, site, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in ['News', 'Wind', 'Solar', 'Hydrogen', 'Grid', 'Companies', 'Events']),
        slug(st['org']), E(src(st)), E(st['title']), d_dot(st['when']), '\n'.join(blocks), cal, teasers(4, 'Related news', 'h3'),
        E(ab[0]), slug(st['org']), E(ab[2]), slug(st['org']), ymd(st['when'])[0], site)


def t_show(st, n):
    """Trade-show coverage (2018-2025): "Show Report" kicker, byline and date, the report with its dateline and
    booth numbers in the sentences, a picture with caption and credit, "More from the show" links; harder:
    exhibitors (an "Exhibitors in this article" box with booth numbers after the text)."""
    site = 'Industry Show Daily'
    blocks = body_blocks(st, 'h2')
    blocks.insert(2, '<figure class="wp-block-image"><img src="/img/show/%d.jpg" alt=""><figcaption>Visitors crowd a demonstration on the second day of the show. '
                     '<span class="credit">Photo: %s</span></figcaption></figure>' % (n, E(st['by'])))
    ex = ''
    if hard(st, 'exhibitors'):
        ex = ('<div class="exhibitor-box"><h3>Exhibitors in this article</h3><ul><li>Verhoek Automation &ndash; Booth C-2418</li><li>Linden Films &ndash; Booth N-4410</li>'
              '<li>Scaldis Machines &ndash; Booth S-1270</li></ul><a href="/show/exhibitor-directory">Full exhibitor directory</a></div>')
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n%s\n</head>\n<body>\n<header><a href="/" class="logo">%s</a><nav>%s</nav></header>\n'
            '<main class="article"><p class="kicker">Show Report &middot; %s</p><h1>%s</h1><p class="byline">%s, %s</p>\n%s\n<div class="story">\n%s\n</div>\n%s\n'
            '<div class="more-show"><h3>More from the show</h3>%s</div></main>\n%s\n</body></html>\n') % (
        E(st['title']), jsonld(st, site, 'NewsArticle', st['by']), site, ul_links(['Shows', 'Show reports', 'Exhibitor news', 'Calendar', 'Video'], 'nav'),
        E(st['org']), E(st['title']), E(st['by']), d_long(st['when']), share_bar(), '\n'.join(blocks), ex,
        teasers(4, '', 'span', 'show-links'), footer(site, ymd(st['when'])[0], events(3, 'Upcoming shows', 'h4')))


def t_sponsored(st, n):
    """Sponsored content on a trade site (2021-2025): "Sponsored content" label and "Sponsored by X" with a logo
    over the headline, the article, the sponsor's white-paper download box, and (harder: sponsordisc) the
    disclaimer under the text; "Related" and newsletter."""
    site = 'Process & Plant Engineering'
    blocks = body_blocks(st, 'h2')
    disc = ''
    if hard(st, 'sponsordisc'):
        disc = ('<p class="sponsor-disclaimer"><em>This content was produced by %s. The editorial staff of %s had no role in its preparation.</em></p>' % (
            E(st['by'][13:]), site))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n<meta name="robots" content="index,follow">\n'
            '<meta property="og:type" content="article">\n<meta name="article:published_time" content="%s">\n</head>\n<body class="sponsored-article">\n'
            '<header><a href="/" class="logo">%s</a><nav>%s</nav></header>\n<main><article>\n<div class="sponsor-header"><span class="sponsored-label">Sponsored content</span>'
            '<div class="sponsor"><img src="/img/sponsors/%s.png" alt=""> %s</div></div>\n<h1>%s</h1><time datetime="%s">%s</time>\n'
            '<div class="body">\n%s\n%s\n</div>\n<div class="wp-download"><h3>Free white paper</h3><p>Get the full guide with worked examples and a savings calculator.</p>'
            '<a href="/whitepapers/%s" class="btn">Download now</a></div>\n</article>\n%s</main>\n%s\n</body></html>\n') % (
        E(st['title']), site, iso(st['when']), site, ul_links(['News', 'Automation', 'Valves & Pumps', 'Logistics', 'Sponsored', 'Events'], 'nav'),
        slug(st['org']), E(st['by']), E(st['title']), iso(st['when']), d_long(st['when']), '\n'.join(blocks), disc, slug(st['title']),
        teasers(3, 'Related', 'h3'), footer(site, ymd(st['when'])[0], newsletter(site)))


def t_ezine(st, n):
    """Old industrial e-zine on a table layout (2012-2014): "Submitted by X" under the headline, "Posted:",
    the text, "Email this | Print this | Comments (0)", tags; harder: rsn (the reader-service line "For more
    information, enter RSN 45 at …" after the text)."""
    site = 'Bulk Materials Handling Online'
    blocks = body_blocks(st, 'h3')
    rsn = ('<p class="rsn">For more information, enter <b>RSN %d</b> at www.bulkmaterials.example.com/rsn</p>' % (40 + n)) if hard(st, 'rsn') else ''
    return ('<html>\n<head>\n<title>%s</title>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n'
            '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">\n<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            '<tr><td colspan="3"><img src="/images/bmh_header.jpg" width="980" height="90" alt="%s"></td></tr>\n<tr><td colspan="3" class="navbar">%s</td></tr>\n'
            '<tr><td width="180" valign="top" class="leftcol"><b>Sections</b><br>%s</td>\n<td width="600" valign="top" class="maincol">\n'
            '<span class="headline">%s</span><br>\n<span class="submitted">Submitted by %s</span><br>\n<span class="posted">Posted: %s</span><br><br>\n'
            '%s\n%s\n<p class="tools"><a href="#">Email this</a> | <a href="#">Print this</a> | <a href="#">Comments (0)</a></p>\n'
            '<p class="tags">Tags: <a href="/tags/pumps">pumps</a>, <a href="/tags/mining">mining</a></p>\n</td>\n'
            '<td width="200" valign="top" class="rightcol"><b>Latest news</b><br>%s<br><b>Upcoming events</b>%s</td></tr>\n'
            '<tr><td colspan="3" class="footer">Copyright &copy; %d %s. All rights reserved.</td></tr>\n</table>\n</body>\n</html>\n') % (
        E(st['title']), site, ' | '.join('<a href="/%s">%s</a>' % (slug(x), x) for x in ['Home', 'News', 'Products', 'Suppliers', 'Events', 'Contact']),
        '<br>'.join('<a href="/%s">%s</a>' % (slug(x), x) for x in ['Conveyors', 'Pumps', 'Crushers', 'Storage', 'Dust control']),
        E(st['title']), E(src(st)), d_num(st['when']), '\n'.join(blocks), rsn, teasers(4, '', 'span', 'latest'), events(2, '', 'span'),
        ymd(st['when'])[0], site)


def t_wpaper(st, n):
    """Editorial feature on a trade site (2017-2023): byline and date, the feature, a white-paper download box
    (harder: whitepaper, inside the text after the second paragraph), newsletter, and (harder: calendar) an
    events-and-webinars calendar under the article."""
    site = st['org']
    blocks = body_blocks(st, 'h2')
    if hard(st, 'whitepaper'):
        blocks.insert(2, '<div class="inline-promo whitepaper"><span class="promo-type">White paper</span><p><a href="/whitepapers/%d">%s</a></p>'
                         '<p class="promo-sponsor">Sponsored by Aldgate Systems</p><a class="btn" href="/whitepapers/%d">Download</a></div>' % (
                             n, 'Building a program that pays for itself: a guide for supply chain leaders', n))
    cal = events(4, 'Events &amp; webinars', 'h2') if hard(st, 'calendar') else ''
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n%s\n</head>\n<body>\n'
            '<header><a class="logo" href="/">%s</a><nav>%s</nav><a href="/login">Log in</a></header>\n<main><article class="feature">\n'
            '<div class="category"><a href="/features">Features</a></div><h1>%s</h1><div class="byline">By %s &bull; %s</div>\n%s\n'
            '<div class="article-content">\n%s\n</div>\n</article>\n%s\n%s\n%s</main>\n%s\n</body></html>\n') % (
        E(st['title']), site, jsonld(st, site, 'Article', st['by']), site, ul_links(['News', 'Features', 'Supply chain', 'Regulation', 'White papers', 'Events'], 'nav'),
        E(st['title']), E(st['by']), d_short(st['when']), share_bar(), '\n'.join(blocks), cal, newsletter(site),
        teasers(4, 'Related stories', 'h2'), footer(site, ymd(st['when'])[0]))


def t_pkgnews(st, n):
    """Packaging news app on Next.js (2023-2025): JSON-LD, "Press Release" chip and date, the release, the
    "About X" section as an h2, "Related products" and "Suppliers" grids; harder: sponsorinline (a sponsored
    card between paragraphs)."""
    site = 'PackNews Daily'
    blocks = body_blocks(st, 'h2')
    if hard(st, 'sponsorinline'):
        blocks.insert(2, '<div class="AdCard_root__x1"><span class="AdCard_label__k2">Sponsored</span><a href="/sponsored/line-efficiency"><p>Boost line efficiency '
                         'with servo labelling heads</p></a></div>')
    ab = ''.join('<h2>%s</h2><p>%s</p>' % (E(v.partition('|')[0]), E(v.partition('|')[2])) for v in get(st, 'ABOUT'))
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s | %s</title>'
            '<meta name="description" content="%s"/>%s<link rel="preload" href="/_next/static/css/a1b2.css" as="style"/></head>\n'
            '<body><div id="__next"><header class="Header_root__9a"><a href="/">%s</a><nav>%s</nav></header>\n<main class="Article_main__3f"><article>'
            '<div class="Article_meta__7c"><span class="Chip_root__1z">Press Release</span><time dateTime="%s">%s</time></div><h1 class="Article_title__5k">%s</h1>\n'
            '<div class="Article_body__2q">%s</div>\n<div class="Article_company__8d">%s</div>\n<p class="Article_source__4r">Source: %s</p></article>\n'
            '%s\n<section class="Suppliers_root__6h"><h2>Suppliers in this story</h2><ul><li><a href="/suppliers/%s">%s</a> <span>Packaging manufacturer</span></li></ul></section>\n'
            '%s</main>%s</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":%d}},"page":"/news/[slug]"}</script></body></html>\n') % (
        E(st['title']), site, E(get(st, 'P')[0][:150]), jsonld(st, site, 'NewsArticle'), site, ul_links(['News', 'Materials', 'Machinery', 'Sustainability', 'Products', 'Suppliers'], 'nav'),
        iso(st['when']), d_long(st['when']), E(st['title']), ''.join(blocks), ab, E(src(st)), products(4), slug(st['org']), E(st['org']),
        teasers(4, 'Latest', 'h2'), footer(site, ymd(st['when'])[0]), 9000 + n)


TPL = dict(pkgwp=t_pkgwp, plastd=t_plastd, minejl=t_minejl, logi=t_logi, semirnd=t_semirnd, semiwire=t_semiwire, agri=t_agri,
           hvacprod=t_hvacprod, hvacnews=t_hvacnews, meddev=t_meddev, energy=t_energy, show=t_show, sponsored=t_sponsored,
           ezine=t_ezine, wpaper=t_wpaper, pkgnews=t_pkgnews)


def main():
    stories = parse(os.path.join(HERE, 'stories.txt'))
    genlib.write_pages(OUT, ((TPL[st['tpl']](st, n), expected(st),
                              {'published': st['when'], 'lang': 'en', 'title': st['title']})
                             for n, st in enumerate(stories, 1)))


main()
