#!/usr/bin/env python3
"""Generate bench/stress/wirepart pages from stories.txt: English wire-service stories (AP-, Reuters-,
AFP-, UPI-, PA-, CP- and AAP-style copy) as partner and aggregator sites re-publish them. Invented sites,
original text.

Usage: python3 bench/stress/wirepart/gen/gen.py bench/stress/wirepart
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### key|wire|YYYY-MM-DD|DATELINE|byline' opens a story, then lines 'CODE: value'.
Body codes (in the expected text): P paragraph (the first one gets the wire's dateline opener), H2/H3
subhead, CONTRIB the 'X contributed to this report.' line (kept, as ustv/majornews/localwire and
Readability's wapo-1 and yahoo-2 keep it).
Furniture codes (not in the expected text): CAP figure (caption|credit), PCAP a caption printed as a plain
paragraph ending in its '(AP Photo/Name)' credit, UPD an 'Updated …' stamp, CORR a correction note, SEP the
'___' rule, HUB the AP's 'Follow AP's coverage … at URL' or 'AP NHL: URL' line, APCOPY/APCOPY2011/
APCOPY2019 the AP's copyright closer, RTRAIL the Reuters 'Reporting by …; Editing by …' credit, STANDARDS
'Our Standards: The Thomson Reuters Trust Principles.', AFPSLUG the AFP desk initials, CPTRAIL 'This report
by The Canadian Press was first published …', UPICOPY the UPI copyright closer.
Every page adds its template's furniture (nav, most-read, partner-content widgets, 'More from AP'
teasers, 'Originally published by' lines, syndication JSON-LD and a canonical at the wire's site)."""
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
            key, wire, date, dl, byline = line[4:].split('|')
            cur = dict(key=key, wire=wire, date=date, dateline=dl, byline=byline, title='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None:
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            else: cur['items'].append((k, v))
    return stories

BODY = ('P', 'H2', 'H3', 'CONTRIB')
AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
RT_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
WIRE_NAME = {'ap': 'The Associated Press', 'reuters': 'Reuters', 'afp': 'AFP', 'upi': 'UPI', 'pa': 'PA Media',
             'cp': 'The Canadian Press', 'aap': 'AAP'}
WIRE_HOME = {'ap': 'https://apnews.com', 'reuters': 'https://www.reuters.com', 'afp': 'https://www.afp.com',
             'upi': 'https://www.upi.com', 'pa': 'https://www.pamediagroup.com', 'cp': 'https://www.thecanadianpress.com',
             'aap': 'https://www.aap.com.au'}

def opener(s, old=False):
    y, m, d = (int(x) for x in s['date'].split('-'))
    dl, w = s['dateline'], s['wire']
    if w == 'ap': return f"{dl} (AP) {'--' if old else '—'} "
    if w == 'reuters': return f"{dl}, {RT_MONTHS[m-1]} {d} (Reuters) - "
    if w == 'afp': return f"{dl} (AFP) - "
    if w == 'upi': return f"{AP_MONTHS[m-1]} {d} (UPI) -- "
    if w == 'cp': return f"{dl} — "
    return ''

def first_text(s, old=False):
    for k, v in s['items']:
        if k == 'P': return opener(s, old) + v
    return ''

def expected(s, old=False):
    out, first = [], True
    for k, v in s['items']:
        if k not in BODY: continue
        if k == 'P' and first:
            v, first = opener(s, old) + v, False
        out.append(v)
    return '\n\n'.join(out) + '\n'

def year(s): return s['date'][:4]

def furn_line(k, v, s, old=False):
    """HTML of one furniture item inside the story, in one of several markups."""
    r = random.random()
    if k == 'CAP':
        cap, credit = v.split('|')
        img = f'<img src="https://cdn.example-img.net/{slug(s["title"])[:30]}-{random.randint(100,999)}.jpg" alt="{E(cap[:60])}" width="1200" height="800" loading="lazy">'
        if r < .4:
            return f'<figure class="wp-block-image size-large">{img}<figcaption>{E(cap)} <span class="credit">{E(credit)}</span></figcaption></figure>'
        if r < .7:
            return f'<figure class="article-figure" data-component="image">{img}<figcaption class="caption"><p>{E(cap)} {E(credit)}</p></figcaption></figure>'
        return f'<div class="media-embed"><div class="image-wrap">{img}</div><div class="image-caption"><span class="caption-text">{E(cap)}</span> <span class="image-credit">{E(credit)}</span></div></div>'
    if k == 'PCAP':
        return f'<p>{E(v)}</p>' if r < .6 else f'<p class="caption">{E(v)}</p>'
    if k == 'UPD':
        return f'<p><em>{E(v)}</em></p>' if r < .5 else f'<div class="timestamp-updated">{E(v)}</div>'
    if k == 'CORR':
        return f'<p><em>{E(v)}</em></p>' if r < .5 else f'<p class="correction">{E(v)}</p>'
    if k == 'SEP':
        return '<p>___</p>'
    if k == 'HUB':
        t, url = v.rsplit(' ', 1)
        return f'<p>{E(t)} <a href="{url}">{E(url)}</a></p>' if r < .6 else f'<p><em>{E(t)} <a href="{url}">{E(url)}</a></em></p>'
    if k in ('APCOPY', 'APCOPY2011', 'APCOPY2019'):
        yy = {'APCOPY': year(s), 'APCOPY2011': '2011', 'APCOPY2019': '2019'}[k]
        t = f'Copyright {yy} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'
        return f'<p class="copyright">{t}</p>' if r < .4 else f'<p>{t}</p>' if r < .8 else f'<div class="ap-copyright"><small>{t}</small></div>'
    if k == 'RTRAIL':
        return f'<p>{E(v)}</p>' if r < .6 else f'<p class="article-credits"><em>{E(v)}</em></p>'
    if k == 'STANDARDS':
        if r < .5:
            return '<p>Our Standards: <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></p>'
        return '<div class="trust-badge"><span>Our Standards:</span> <a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">The Thomson Reuters Trust Principles.</a></div>'
    if k == 'AFPSLUG':
        return f'<p>{E(v)}</p>'
    if k == 'CPTRAIL':
        return f'<p><em>{E(v)}</em></p>' if r < .5 else f'<p>{E(v)}</p>'
    if k == 'UPICOPY':
        return f'<p class="upi-copyright">Copyright {year(s)} United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI\'s prior written consent.</p>'
    raise ValueError(k)

def story_html(s, old=False, ad_every=0, inline=None, strip_trailers=False):
    """The story's blocks: body paragraphs and its furniture; ad_every puts an ad slot after every Nth
    paragraph; inline maps a paragraph index to extra furniture HTML placed after it."""
    out, first, n = [], True, 0
    for k, v in s['items']:
        if k == 'P':
            t = v
            if first:
                op = opener(s, old)
                if op and random.random() < .3:
                    t = f'<span class="dateline">{E(op.strip())}</span> {E(v)}'
                elif op and random.random() < .3:
                    t = f'<strong>{E(op.strip())}</strong> {E(v)}'
                else:
                    t = E(op + v)
                first = False
            else:
                t = E(v)
            out.append(f'<p>{t}</p>')
            n += 1
            if ad_every and n % ad_every == 0:
                out.append(random.choice([
                    '<div class="ad-slot ad-inarticle"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-%d"></div></div>' % n,
                    '<div class="advert" data-ad-unit="mid-article"><p class="advert-label">ADVERTISEMENT</p></div>',
                    '<aside class="promo-inline"><p>Story continues below advertisement</p></aside>']))
            if inline and n in inline:
                out.append(inline[n])
        elif k in ('H2', 'H3'):
            out.append(f'<{k.lower()}>{E(v)}</{k.lower()}>')
        elif k == 'CONTRIB':
            out.append(f'<p>{E(v)}</p>' if random.random() < .7 else f'<p><em>{E(v)}</em></p>')
        else:
            if strip_trailers and k in ('HUB', 'STANDARDS', 'AFPSLUG'):
                continue
            out.append(furn_line(k, v, s, old))
    return '\n'.join(out)

NAV = ['News', 'Local', 'Nation', 'World', 'Politics', 'Business', 'Sports', 'Weather', 'Opinion', 'Obituaries',
       'Entertainment', 'Lifestyle', 'Health', 'Science', 'Technology', 'Video', 'Podcasts', 'e-Edition', 'Puzzles', 'Classifieds']

def nav(site, items=NAV, cls='site-nav'):
    lis = ''.join(f'<li class="menu-item"><a href="/{slug(x)}/">{x}</a></li>' for x in items)
    return f'<nav class="{cls}" aria-label="Main"><ul class="menu">{lis}</ul></nav>'

def footer(site, year_='2025'):
    cols = [('About', ['About us', 'Contact', 'Careers', 'Advertise', 'Corrections policy', 'Ethics']),
            ('Subscribe', ['Digital subscription', 'Print delivery', 'Manage account', 'e-Edition', 'Newsletters', 'Gift subscriptions']),
            ('Sections', NAV[:10]), ('Legal', ['Terms of use', 'Privacy policy', 'Cookie settings', 'Do not sell my info', 'Accessibility'])]
    h = ''.join(f'<div class="footer-col"><h4>{c}</h4><ul>' + ''.join(f'<li><a href="/{slug(x)}">{x}</a></li>' for x in xs) + '</ul></div>' for c, xs in cols)
    return f'<footer class="site-footer"><div class="footer-cols">{h}</div><p class="footer-copy">© {year_} {E(site)}. All rights reserved.</p></footer>'

HEADS = ['Council weighs new parking fees downtown', 'High school robotics team heads to state finals',
         'Police seek driver in weekend hit-and-run', 'Holiday market returns to the riverfront',
         'County library extends weekend hours', 'Storm could bring first snow to the passes',
         'Restaurant inspections: three closures this week', 'Hospital opens new maternity wing',
         'Transit agency to add late-night bus routes', 'Youth soccer league moves to new fields',
         'State audit flags overtime at prisons', 'Farmers market vendors brace for rent increase']

def most_read(title='Most Read', n=5, cls='most-read'):
    hs = random.sample(HEADS, n)
    return f'<aside class="{cls}"><h3>{title}</h3><ol>' + ''.join(f'<li><a href="/news/{slug(h)}">{E(h)}</a></li>' for h in hs) + '</ol></aside>'

PROMOS = [('This simple trick helps seniors cut their power bill', 'EnergySaver Daily'),
          ('Doctors stunned by this morning habit', 'Health Journal Now'),
          ('The 10 most underrated towns to retire in', 'RetireRank'),
          ('New SUVs are cheaper than ever this season', 'AutoDeals Weekly'),
          ('Homeowners are switching insurers in record numbers', 'PolicyCompare'),
          ('Why everyone is talking about this mattress', 'SleepReview')]

def partner_widget(label='Content from our partners'):
    ps = random.sample(PROMOS, 4)
    cards = ''.join(f'<div class="ob-card"><a href="https://paid.outbrain-like.example/{slug(t)}"><img src="https://img.ob.example/{i}.jpg" alt=""><span class="ob-title">{E(t)}</span><span class="ob-source">{E(src)}</span></a></div>' for i, (t, src) in enumerate(ps))
    return f'<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">{label}</div><div class="ob-cards">{cards}</div></div>'

def more_from(stories, s, label='More from AP', full=False):
    others = [o for o in stories if o is not s]
    picks = random.sample(others, 3)
    if full:
        items = ''.join(f'<article class="more-story"><h3><a href="/ap/{slug(o["title"])}">{E(o["title"])}</a></h3><p>{E(first_text(o))}</p></article>' for o in picks)
    else:
        items = ''.join(f'<li><a href="/ap/{slug(o["title"])}">{E(o["title"])}</a></li>' for o in picks)
        items = f'<ul>{items}</ul>'
    return f'<section class="more-from-wire"><h2>{E(label)}</h2>{items}</section>'

def jsonld(s, site, url, wire_canonical, body=False):
    d = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': s['title'],
         'datePublished': s['date'] + 'T14:05:00Z', 'dateModified': s['date'] + 'T19:22:00Z',
         'author': [{'@type': 'Organization' if s['wire'] != 'ap' else 'Person', 'name': s['byline'] or WIRE_NAME[s['wire']]}],
         'publisher': {'@type': 'Organization', 'name': site, 'logo': {'@type': 'ImageObject', 'url': url.split('/news')[0] + '/logo.png'}},
         'sourceOrganization': {'@type': 'Organization', 'name': WIRE_NAME[s['wire']]},
         'isBasedOn': wire_canonical, 'mainEntityOfPage': url, 'inLanguage': 'en-US'}
    if body:
        d['articleBody'] = expected(s).replace('\n\n', ' ').strip()
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + '</script>'

SCRIPTS = ('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-EXAMPLE1");</script>\n'
           '<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>\n'
           '<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>\n')

def head(s, site, url, canonical, extra=''):
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{E(s["title"])} | {E(site)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="description" content="{E(first_text(s)[:155])}">\n'
            f'<link rel="canonical" href="{canonical}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{E(s["title"])}">\n'
            f'<meta property="og:url" content="{canonical}">\n<meta property="og:site_name" content="{E(site)}">\n'
            f'<meta property="article:published_time" content="{s["date"]}T14:05:00Z">\n'
            f'<meta name="author" content="{E(s["byline"] or WIRE_NAME[s["wire"]])}">\n{extra}'
            f'<link rel="stylesheet" href="/assets/site.{random.randint(1000,9999)}.css">\n{SCRIPTS}</head>\n')

def byline_html(s, style):
    b = s['byline'] or WIRE_NAME[s['wire']]
    if style == 0: return f'<div class="byline"><span class="author">{E(b)}</span></div>'
    if style == 1: return f'<p class="byline">{E(b)}</p>'
    return f'<div class="article-meta"><span class="by">{E(b)}</span> <span class="sep">|</span> <span class="source">{E(WIRE_NAME[s["wire"]])}</span></div>'

def date_line(s):
    y, m, d = (int(x) for x in s['date'].split('-'))
    return f'{AP_MONTHS[m-1]} {d}, {y}'

# ---- templates -----------------------------------------------------------------------------------------

def t_regional(s, stories, i):
    site = random.choice(['The Millbrook Courier', 'Valley Sentinel-Journal', 'The Harlan Gazette', 'Tri-County Ledger'])
    url = f'https://www.{slug(site).replace("-", "")}.example/news/nation/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body class="article-template">',
         '<a class="skip-link" href="#main">Skip to content</a>',
         f'<header class="masthead"><div class="top-bar"><a href="/subscribe" class="btn">Subscribe</a> <a href="/login">Log in</a></div><a class="logo" href="/">{E(site)}</a>{nav(site)}</header>',
         '<div class="ad-leaderboard"><span>Advertisement</span></div>',
         '<main id="main"><div class="container"><article class="story">',
         f'<div class="kicker"><a href="/news/nation">Nation &amp; World</a></div><h1 class="headline">{E(s["title"])}</h1>',
         byline_html(s, 0), f'<time class="pubdate" datetime="{s["date"]}">{date_line(s)}</time>',
         '<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>',
         '<div class="story-body">', story_html(s, ad_every=3), '</div>',
         '<div class="tags"><span>Topics:</span> <a href="/tag/nation">Nation</a> <a href="/tag/ap">AP</a></div>',
         '</article>', partner_widget(random.choice(['Content from our partners', 'Promoted Stories', 'Around the Web'])),
         most_read(), '</div></main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_tv(s, stories, i):
    site = random.choice(['KRVN 7 News', 'WDTL Channel 4', 'KXAM NewsCenter 12', 'WBHQ 9 First Alert'])
    url = f'https://www.{slug(site).split("-")[0]}tv.example/news/national/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    b = [head(s, site, url, canon, jsonld(s, site, url, canon, body=True)), '<body>',
         '<div class="alert-bar"><strong>WEATHER ALERT</strong> Winter storm watch for the foothills from 6 p.m. Tuesday <a href="/weather/alerts">Details</a></div>',
         f'<header class="station-header"><a class="logo" href="/">{E(site)}</a><a class="watch-live" href="/live">Watch Live</a>{nav(site, NAV[:12])}</header>',
         '<main><div class="layout"><div class="col-main"><article>',
         f'<h1>{E(s["title"])}</h1>', byline_html(s, 2),
         f'<div class="published">Published: {date_line(s)} 2:05 PM EST</div>',
         '<div class="article-body" data-module="article-body">', story_html(s, ad_every=4), '</div>',
         '</article>', more_from(stories, s, 'More from AP', full=True), '</div>',
         '<div class="col-side">' + most_read('Trending') + '<div class="weather-widget"><h3>Weather</h3><p>38° Cloudy</p><p>High 44 / Low 29</p></div></div>',
         '</div></main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_yahoo(s, stories, i):
    site = 'Newsline Hub'
    url = f'https://news.newslinehub.example/{slug(s["title"])}-{random.randint(100000000,999999999)}.html'
    canon = WIRE_HOME[s['wire']] + '/world/' + slug(s['title'])
    orig = random.random() < .5
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body class="caas">',
         f'<div id="ybar"><a href="/">Newsline Hub</a><form><input type="search" placeholder="Search the web"></form><a href="/mail">Mail</a></div>',
         nav(site, ['Home', 'US', 'World', 'Politics', 'Health', 'Science', 'Originals', 'Newsletters'], 'subnav'),
         '<main><div class="caas-container"><article class="caas-body-wrapper">',
         f'<header class="caas-header"><div class="caas-logo"><img src="/logos/{s["wire"]}.png" alt="{E(WIRE_NAME[s["wire"]])}"></div><h1>{E(s["title"])}</h1></header>',
         f'<div class="caas-attr"><div class="caas-attr-meta">{E(s["byline"] or WIRE_NAME[s["wire"]])}</div><div class="caas-attr-time-style"><time datetime="{s["date"]}">{date_line(s)}</time> · 3 min read</div></div>',
         '<div class="caas-body">',
         (f'<p><em>Originally published by {E(WIRE_NAME[s["wire"]])}</em></p>' if orig else ''),
         story_html(s), '</div>',
         '<div class="caas-readmore"><a href="%s">View comments</a></div>' % url,
         '</article>', partner_widget('Content from our partners'),
         '<section class="stream"><h2>Top Stories</h2><ul>' + ''.join(f'<li><a href="/{slug(h)}">{E(h)}</a><p>{E(h)} — the latest from our newsroom partners.</p></li>' for h in random.sample(HEADS, 4)) + '</ul></section>',
         '</div></main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_msn(s, stories, i):
    site = 'Portalview News'
    url = f'https://www.portalview.example/en-us/news/world/{slug(s["title"])}/ar-AA{random.randint(10000,99999)}'
    canon = WIRE_HOME[s['wire']] + '/news/' + slug(s['title'])
    b = [head(s, site, url, canon), '<body>',
         '<div id="root"><header class="pv-header"><a href="/">Portalview</a>' + nav(site, ['News', 'Weather', 'Money', 'Sports', 'Watch', 'Play', 'Shopping'], 'pv-nav') + '</header>',
         '<div class="pv-page"><div class="pv-article">',
         f'<div class="provider"><img src="/providers/{s["wire"]}.svg" alt=""><span class="provider-name">{E(WIRE_NAME[s["wire"]])}</span></div>',
         f'<h1 class="article-title">{E(s["title"])}</h1>',
         f'<div class="story-by">Story by {E(s["byline"] or WIRE_NAME[s["wire"]])} • 2h</div>',
         '<div class="article-content"><section class="body-content">', story_html(s, ad_every=3), '</section>',
         f'<p class="continue"><a href="{canon}">Continue reading on {E(WIRE_NAME[s["wire"]])}</a></p></div>',
         '<div class="engagement"><button>Like</button> <button>Comment</button> <button>Share</button></div>',
         '</div><div class="pv-rail">' + most_read('Trending now', 6, 'trending') + partner_widget('Sponsored content') + '</div></div>',
         footer(site), '</div></body>\n</html>\n']
    return '\n'.join(b)

def t_finance(s, stories, i):
    site = 'MarketDesk Finance'
    url = f'https://www.marketdesk.example/news/{s["wire"]}/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/markets/' + slug(s['title'])
    tick = ''.join(f'<li><span class="sym">{a}</span> <span class="px">{b}</span> <span class="chg {c}">{d}</span></li>' for a, b, c, d in
                   [('DJIA', '43,812.40', 'up', '+0.62%'), ('S&amp;P 500', '6,021.55', 'up', '+0.41%'), ('NASDAQ', '19,540.12', 'down', '-0.18%'),
                    ('10Y', '4.21%', 'down', '-0.03'), ('WTI', '$71.08', 'up', '+1.2%'), ('GOLD', '$2,611.30', 'up', '+0.3%')])
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body>',
         f'<header><a class="brand" href="/">{site}</a>' + nav(site, ['Markets', 'Stocks', 'Economy', 'Earnings', 'Crypto', 'Personal Finance', 'Watchlist']) + '</header>',
         f'<ul class="ticker-strip">{tick}</ul>',
         '<main class="news-article"><div class="article-wrap">',
         f'<h1>{E(s["title"])}</h1><div class="meta"><span class="source">{E(WIRE_NAME[s["wire"]])}</span> · <time>{date_line(s)} 3:41 PM</time></div>',
         '<div class="related-tickers"><span>In this article:</span> <a href="/quote/GBPUSD">GBP/USD</a> <a href="/quote/KE">KE=F</a> <a href="/quote/ZW">ZW=F</a></div>',
         '<div class="article-body">', story_html(s, ad_every=4), '</div>',
         '<div class="disclaimer"><p>MarketDesk is not responsible for the content of third-party news. Quotes delayed at least 15 minutes.</p></div>',
         '</div><aside class="right-rail">' + most_read('Most Active News', 5) + '<div class="quote-box"><h3>Markets</h3><table><tr><td>DJIA</td><td>43,812.40</td></tr><tr><td>S&amp;P 500</td><td>6,021.55</td></tr></table></div></aside>',
         '</main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_sports(s, stories, i):
    site = 'Sportsline Central'
    url = f'https://www.sportslinecentral.example/story/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    score = '<div class="scorebox"><div class="team">MIN <b>3</b></div><div class="team">COL <b>4</b></div><div class="status">Final</div><a href="/box">Box score</a></div>'
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body>',
         f'<header class="sl-header"><a href="/">{site}</a>' + nav(site, ['NFL', 'NBA', 'MLB', 'NHL', 'College Football', 'Soccer', 'Golf', 'Fantasy', 'Odds', 'Scores']) + '</header>',
         '<div class="scores-strip">' + ''.join(f'<a class="game" href="/g/{n}">{a} {x} - {b2} {y} Final</a>' for n, (a, x, b2, y) in enumerate([('BOS', 2, 'NYR', 5), ('TOR', 3, 'MTL', 2), ('CHI', 1, 'STL', 4)])) + '</div>',
         '<main><article class="sl-story">', f'<h1>{E(s["title"])}</h1>', byline_html(s, 1),
         f'<time>{date_line(s)}</time>', (score if s['key'] == 'hockey' else ''),
         '<div class="sl-body">', story_html(s, ad_every=3), '</div>',
         ('<p>Get poll alerts and updates on the AP Top 25 throughout the season. <a href="https://apnews.example/newsletters">Sign up here.</a></p>' if s['key'] == 'hockey' else ''),
         '<section class="more-sports"><h2>More AP sports</h2><ul>' + ''.join(f'<li><a href="/ap/{n}">{E(h)}</a></li>' for n, h in enumerate(['Bruins fire coach after 2-9 start', 'Sabres sign goalie to three-year deal', 'Rangers top Islanders in shootout'])) + '</ul></section>',
         '</article></main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_foreign(s, stories, i):
    site = random.choice(['The Eastern Standard', 'Gulf Daily Ledger', 'The Island Mirror', 'Cape Morning Post'])
    url = f'https://www.{slug(site).replace("-", "")}.example/world/{slug(s["title"])}-{random.randint(1000,9999)}'
    canon = url
    sign = {'afp': '— AFP', 'reuters': '— Reuters', 'ap': '— AP', 'aap': '— AAP', 'upi': '— UPI', 'pa': '— PA', 'cp': '— CP'}[s['wire']]
    also = random.sample(HEADS, 2)
    inline = {2: f'<p><strong>ALSO READ:</strong> <a href="/x/{slug(also[0])}">{E(also[0])}</a></p>',
              4: f'<p><strong>Read more:</strong> <a href="/x/{slug(also[1])}">{E(also[1])}</a></p>'}
    b = [head(s, site, url, canon, jsonld(s, site, url, WIRE_HOME[s['wire']])), '<body>',
         f'<div class="container"><div class="row header"><div class="col-md-4"><a href="/" class="logo">{E(site)}</a></div><div class="col-md-8">{nav(site, ["Home", "Nation", "World", "Business", "Sport", "Lifestyle", "Opinion", "Epaper"])}</div></div>',
         '<div class="row"><div class="col-md-8"><div class="article-detail">',
         f'<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol><h1>{E(s["title"])}</h1>',
         f'<div class="author-date"><span>{E(WIRE_NAME[s["wire"]])}</span> / <span>{date_line(s)}</span></div>',
         '<div class="detail-body">', story_html(s, inline=inline), f'<p>{sign}</p>', '</div>',
         '<div class="tags-list"><a href="/tag/world">World</a> <a href="/tag/wire">Wire</a></div>',
         '</div></div><div class="col-md-4">' + most_read('Most Popular', 6) + '</div></div>', footer(site), '</div></body>\n</html>\n']
    return '\n'.join(b)

def t_old(s, stories, i):
    site = random.choice(['Daily Herald-Register', 'The Lakeport Times', 'Northfield Daily Star'])
    url = f'http://www.{slug(site).replace("-", "")}.example/news/ap/article_{random.randint(10000,99999)}.html'
    links = ''.join(f'<a href="/section/{slug(x)}">{x}</a> | ' for x in NAV[:12])
    b = [f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>{E(s["title"])} - {E(site)}</title>\n<meta name="keywords" content="AP, news, {E(s["key"])}" />\n<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>\n<script type="text/javascript">var _gaq = _gaq || []; _gaq.push([\'_setAccount\', \'UA-12345-1\']); _gaq.push([\'_trackPageview\']);</script>\n</head>',
         '<body><table width="980" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td colspan="2" class="masthead">',
         f'<a href="/"><img src="/images/masthead.gif" alt="{E(site)}" /></a><div class="topnav">{links}</div></td></tr>',
         '<tr><td width="660" valign="top" class="content">',
         f'<div class="ap-story"><h1>{E(s["title"])}</h1><p class="byline">{E(s["byline"])}</p><p class="dateline">{date_line(s)}</p>',
         '<div class="entry">', story_html(s, old=True), '</div></div>',
         more_from(stories, s, 'More from AP'),
         '<div class="comments"><h3>Reader comments</h3><p>Comments are closed.</p></div>',
         '</td><td width="320" valign="top" class="sidebar">' + most_read('Most Viewed', 8) + '<div class="ad"><img src="/ads/300x250.gif" alt="" /></div>' + '</td></tr>',
         f'<tr><td colspan="2" class="footer">Copyright © {year(s)} {E(site)} | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a></td></tr></table></body>\n</html>\n']
    return '\n'.join(b)

def t_multi(s, stories, i):
    site = random.choice(['Riverbend Daily', 'The Prairie Dispatch'])
    url = f'https://www.{slug(site).replace("-", "")}.example/wire/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    others = random.sample([o for o in stories if o is not s], 2)
    secs = ''
    for o in others:
        ps = [v for k, v in o['items'] if k == 'P'][:3]
        ps[0] = opener(o) + ps[0]
        secs += f'<article class="wire-story secondary"><h2><a href="/wire/{slug(o["title"])}">{E(o["title"])}</a></h2><div class="byline">{E(o["byline"] or WIRE_NAME[o["wire"]])}</div>' + ''.join(f'<p>{E(p)}</p>' for p in ps) + f'<a class="read-more" href="/wire/{slug(o["title"])}">Read more</a></article>'
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body>',
         f'<header><a href="/">{E(site)}</a>{nav(site)}</header>', '<main><div class="wire-page">',
         f'<article class="wire-story main"><h1>{E(s["title"])}</h1>', byline_html(s, 1),
         '<div class="body">', story_html(s, ad_every=4), '</div></article>',
         f'<section class="more-wire"><h2>More from {E(WIRE_NAME[s["wire"]])}</h2>{secs}</section>',
         '</div>' + most_read() + '</main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

def t_wp(s, stories, i):
    site = random.choice(['Hillcrest Now', 'Coastal Current', 'Metro Brief'])
    url = f'https://{slug(site).replace("-", "")}.example/{s["date"].replace("-", "/")}/{slug(s["title"])}/'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    rel = ''.join(f'<li><a href="/{slug(h)}/">{E(h)}</a></li>' for h in random.sample(HEADS, 3))
    b = [head(s, site, url, canon, '<meta name="generator" content="WordPress 6.4.2">\n' + jsonld(s, site, url, canon)), f'<body class="post-template-default single single-post">',
         f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{E(site)}</a></p>{nav(site, NAV[:9], "main-navigation")}</header>',
         '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
         f'<article class="post type-post status-publish format-standard hentry category-wire"><header class="entry-header"><h1 class="entry-title">{E(s["title"])}</h1>',
         f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{date_line(s)}</time></span> <span class="byline">by <span class="author vcard">{E(WIRE_NAME[s["wire"]])}</span></span></div></header>',
         '<div class="entry-content">',
         f'<p><em>This article was originally published by {E(WIRE_NAME[s["wire"]])}.</em></p>' if random.random() < .5 else '',
         story_html(s), '</div>',
         f'<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/wire/">Wire</a></span> <span class="tags-links">Tagged <a href="/tag/{s["key"]}/">{s["key"]}</a></span></footer></article>',
         f'<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>{rel}</ul></div>',
         '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>',
         '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>' + rel + '</ul></section></aside></div>',
         f'<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress | {E(site)}</div></footer></div></body>\n</html>\n']
    return '\n'.join(b)

def t_drupal(s, stories, i):
    site = random.choice(['The Junction City Record', 'Cascade Valley News'])
    url = f'https://www.{slug(site).replace("-", "")}.example/ap/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/' + slug(s['title'])
    b = [head(s, site, url, canon, '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">\n' + jsonld(s, site, url, canon)),
         '<body class="path-node page-node-type-wire-story">', f'<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" rel="home">{E(site)}</a></div>{nav(site)}</header>',
         '<div class="layout-container"><main role="main"><div class="region region-content"><article role="article" class="node node--type-wire-story node--view-mode-full">',
         f'<h1 class="page-title"><span class="field field--name-title">{E(s["title"])}</span></h1>',
         f'<div class="field field--name-field-byline">{E(s["byline"])}</div><div class="field field--name-field-source">{E(WIRE_NAME[s["wire"]])}</div>',
         f'<div class="field field--name-created">{date_line(s)}</div>',
         '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">', story_html(s, ad_every=5), '</div>',
         '<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><a href="/taxonomy/term/4">AP</a></div></div>',
         '</article></div>' + partner_widget('You May Like') + '</main><aside class="layout-sidebar-second">' + most_read('Popular', 5) + '</aside></div>',
         footer(site), '</div></body>\n</html>\n']
    return '\n'.join(b)

def t_hard(s, stories, i):
    """A partner's page carrying the wire's own in-copy furniture: the byline and an 'Updated at' stamp as
    the first paragraphs, a correction note on top, a photo caption with a 'REUTERS/Name' or '(AP Photo/Name)'
    credit between paragraphs, the wire's newsletter pitch, its funder note, 'Originally published by X'
    under the copy and a 'Content from our partners' box inside the text."""
    site = random.choice(['Granite State Wire Desk', 'The Bayside Observer', 'Lakes Region Now'])
    url = f'https://www.{slug(site).replace("-", "")}.example/wire/{slug(s["title"])}'
    canon = WIRE_HOME[s['wire']] + '/article/' + slug(s['title'])
    w = s['wire']
    cap = {'ap': 'In this photo provided by the county clerk, workers sort mail ballots on Tuesday. (Example County Clerk via AP)',
           'reuters': 'A trader works on the floor of the exchange, November 12, 2025. REUTERS/Marco Bellini/File Photo',
           'afp': 'A worker inspects a silicon wafer at a plant in Hsinchu. (Photo by Chen Yu-ting / AFP)'}[w]
    pitch = {'ap': "Sign up for AP's Morning Wire newsletter to get the day's top stories in your inbox.",
             'reuters': 'Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. newsletter. Sign up here.',
             'afp': 'Sign up for our Asia business briefing, delivered every weekday morning.'}[w]
    inline = {2: f'<p>{E(cap)}</p>', 3: f'<p><a href="/newsletters">{E(pitch)}</a></p>',
              5: '<div class="partner-box"><h4>Content from our partners</h4><ul><li><a href="https://paid.example/1">Five kitchen upgrades that pay for themselves</a></li><li><a href="https://paid.example/2">How retirees are earning 5% on cash</a></li></ul></div>'}
    top = []
    if random.random() < .7:
        top.append(f'<p>{E(s["byline"].upper() if w == "ap" else s["byline"] or WIRE_NAME[w])}</p>')
    top.append(f'<p>Updated at 3:15 p.m. ET on {date_line(s)}</p>')
    if w == 'ap':
        top.append('<p><em>This story has been updated to include the results of the late count.</em></p>')
    if w == 'reuters':
        top.insert(0, '<p>(This story has been refiled to fix a typo in paragraph 3)</p>')
        inline[2] += '<p><a href="https://www.reutersagency.example/licensing">Purchase Licensing Rights, opens new tab</a></p>'
    tail = []
    if w == 'ap':
        tail.append('<p>The Associated Press\' education coverage receives financial support from multiple private foundations. AP is solely responsible for all content.</p>')
        tail.append("<p>Find AP's standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.</p>")
        writer = re.sub(r'^By ', '', s['byline']).split(' and ')[0].replace(' Associated Press', '').title()
        tail.append(f'<p>{E(writer)} is a corps member for The Associated Press/Report for America Statehouse News Initiative. Report for America is a nonprofit national service program that places journalists in local newsrooms to report on undercovered issues.</p>')
        tail.append(f'<p>Follow {E(writer)} on X: <a href="https://x.com/{slug(writer).replace("-", "")}">https://x.com/{slug(writer).replace("-", "")}</a></p>')
    if w == 'reuters':
        inline[4] = '<div class="graphic"><img src="/graphics/chart.png" alt=""><p>Reuters Graphics</p></div>'
        tail.append(f'<p><a href="{canon}">Read more at Reuters.com</a></p>')
    if w == 'afp':
        tail.append('<p>This article was written by AFP staff and was legally licensed via the Example Content Agency through the Example publisher network.</p>')
    tail.append(f'<p><em>Originally published by {E(WIRE_NAME[w])} on {date_line(s)}.</em></p>')
    b = [head(s, site, url, canon, jsonld(s, site, url, canon)), '<body>',
         f'<header><a href="/">{E(site)}</a>{nav(site)}</header>', '<main class="wire-article">',
         f'<h1>{E(s["title"])}</h1><div class="wire-credit">{E(WIRE_NAME[w])}</div>',
         '<div class="article-text">', '\n'.join(top), story_html(s, inline=inline), '\n'.join(tail), '</div>',
         '<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>', more_from(stories, s, 'More from ' + WIRE_NAME[w], full=True),
         '</main>', footer(site), '</body>\n</html>\n']
    return '\n'.join(b)

TPLS = [t_regional, t_tv, t_yahoo, t_msn, t_finance, t_foreign, t_multi, t_wp, t_drupal, t_old, t_sports]

SUBS = {'News': ['Local', 'State', 'Nation', 'World', 'Crime', 'Courts', 'Education', 'Transportation', 'Environment'],
        'Sports': ['High School', 'College', 'Pro Football', 'Baseball', 'Basketball', 'Hockey', 'Outdoors', 'Scores'],
        'Business': ['Markets', 'Real Estate', 'Jobs', 'Agriculture', 'Energy', 'Personal Finance'],
        'Life': ['Food', 'Travel', 'Home & Garden', 'Faith', 'Arts', 'Movies', 'Music', 'Books', 'Events Calendar'],
        'Opinion': ['Editorials', 'Columns', 'Letters to the Editor', 'Submit a Letter', 'Cartoons'],
        'Services': ['Subscribe', 'Manage Subscription', 'Pay My Bill', 'Vacation Hold', 'Place an Ad', 'Legal Notices', 'Contact Us', 'Newsletters', 'Mobile Apps']}

def chrome_top():
    """A slide-out section menu (every site has one, closed) and an SVG icon sprite."""
    cols = ''.join(f'<div class="drawer-section"><h5>{E(k)}</h5><ul>' + ''.join(f'<li><a href="/{slug(k)}/{slug(x)}/">{E(x)}</a></li>' for x in v) + '</ul></div>' for k, v in SUBS.items())
    icons = ''.join(f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="M{random.randint(1,9)} {random.randint(1,9)}h{random.randint(4,14)}v{random.randint(4,14)}H{random.randint(1,9)}z"/></symbol>' for n in ['search', 'menu', 'close', 'facebook', 'x', 'email', 'print', 'link', 'user', 'play', 'chevron', 'weather'])
    return (f'<svg xmlns="http://www.w3.org/2000/svg" style="display:none">{icons}</svg>\n'
            f'<div id="site-drawer" class="drawer" aria-hidden="true"><button class="drawer-close" aria-label="Close menu">×</button><form class="drawer-search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>{cols}</div>\n')

def chrome_bottom():
    """The consent banner, the newsletter modal and the page's config script."""
    cfg = {'page': {'type': 'article', 'section': 'wire', 'paywall': {'metered': True, 'free': 5}, 'ads': {'slots': [f'div-gpt-ad-{n}' for n in range(12)], 'refresh': 30, 'lazy': True, 'targeting': {'kw': ['news', 'wire', 'nation', 'world'], 'pos': ['top', 'mid', 'bottom', 'rail1', 'rail2']}},
           'analytics': {'ga': 'G-EXAMPLE1', 'chartbeat': {'uid': 12345, 'domain': 'example'}, 'comscore': '1234567'}},
           'features': {f'flag_{n}': bool(n % 2) for n in range(30)}}
    return ('<div id="consent" class="cmp-banner" role="dialog"><p>We use cookies and similar technologies to improve your experience, measure traffic and personalise ads. By clicking "Accept all", you agree to this use. You can change your choices at any time under Cookie Settings.</p><button>Accept all</button> <button>Manage choices</button></div>\n'
            '<div class="nl-modal" hidden><h3>Get the morning headlines</h3><p>Sign up for our free daily newsletter and start your day informed.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>\n'
            '<script>window.__SITE_CONFIG__ = ' + json.dumps(cfg) + ';</script>\n')

def dress(page):
    """Adds the shared chrome after <body…> and before </body>."""
    m = re.search(r'<body[^>]*>', page)
    page = page[:m.end()] + '\n' + chrome_top() + page[m.end():]
    k = page.rfind('</body>')
    return page[:k] + chrome_bottom() + page[k:]

def plan(stories):
    by = {s['key']: s for s in stories}
    P = [('bridge', t_regional), ('bridge', t_tv), ('bridge', t_multi), ('rates', t_finance), ('rates', t_yahoo),
         ('rates', t_foreign), ('quake', t_msn), ('quake', t_foreign), ('quake', t_wp), ('trial', t_tv),
         ('trial', t_regional), ('trial', t_drupal), ('wheat', t_finance), ('wheat', t_msn), ('hockey', t_sports),
         ('hockey', t_regional), ('ferry', t_wp), ('ferry', t_yahoo), ('ferry', t_foreign), ('wildfire', t_regional),
         ('wildfire', t_msn), ('reef', t_foreign), ('reef', t_yahoo), ('refinery', t_drupal), ('refinery', t_wp),
         ('election', t_tv), ('election', t_multi), ('election', t_drupal), ('rover', t_foreign), ('rover', t_finance),
         ('chips', t_finance), ('chips', t_yahoo), ('fishery', t_old), ('fishery', t_regional), ('museum', t_old),
         ('museum', t_drupal), ('wildfire', t_multi), ('hockey', t_tv), ('refinery', t_msn), ('reef', t_wp),
         ('election', t_hard), ('rates', t_hard), ('chips', t_hard), ('trial', t_hard), ('wheat', t_hard)]
    return [(by[k], t) for k, t in P]

def main():
    stories = parse()
    os.makedirs(OUT, exist_ok=True)
    for n, (s, t) in enumerate(plan(stories), 1):
        page = dress(t(s, stories, n))
        old = t is t_old
        nn = f'{n:02d}'
        open(os.path.join(OUT, nn + '.html'), 'w', encoding='utf-8').write(page)
        open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8').write(expected(s, old))
        open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8').write(
            json.dumps({'published': s['date'], 'lang': 'en', 'title': s['title']}, ensure_ascii=False) + '\n')

main()
