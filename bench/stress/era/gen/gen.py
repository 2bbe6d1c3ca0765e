#!/usr/bin/env python3
"""Generate bench/stress/era pages: English news pages as the web built them around 2016-2021,
each page on a different invented site and template (AMP, Drupal 7/8, Chorus-like, contributor
network, list site, HuffPost-like, Medium-like, Bootstrap, jQuery carousel, Disqus, Outbrain/Taboola,
GDPR banner, AMP viewer, Blogger, phpBB-era portal, TV station, tech blog, science news, UK/US/
Canadian/Australian papers). Original text.

Usage: python3 bench/stress/era/gen/gen.py bench/stress/era   (writes NN.html/.txt/.json)

stories*.txt: '### key|YYYY-MM-DD|author|title' opens a story, then 'CODE: value' lines.
Body codes: P paragraph, H2/H3 subheads, UL/OL lists (items parted by ';;'), BQ quote in the
text, SUB a listicle item heading, UPD an update note written in the text.
Furniture codes (not body): READ a "Read more: X" line, REL a HuffPost-like "RELATED..." entry,
PQ a pull quote repeating the text, CALL the writer's call for readers' comments
(pa_line_reader_call's class), ORIG "This article originally appeared on X", TWEET an
embedded tweet (text|name|handle|date), GALLERY captions parted by ';;', VERDICT a review score
box (score|pros|cons), REF a journal reference, CONT "Continue reading the main story", RELBOX a
related-coverage box (label|headline|headline), RICH a rich-link card, SIGNUP an inline sign-up line,
MEDIA a media caption, CREDIT an image copyright line, READPLAIN a "READ: X" embed, READLIST a "Read
more:" list (label|headline|…); INTRO (body) the bold first paragraph; PAGE ends the first page of a paged story (the rest
is on page 2, not in this page's markup, and not in the expected text)."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20161207)
E = html.escape
HERE = os.path.dirname(os.path.abspath(__file__))
BODY_CODES = ('P', 'H2', 'H3', 'BQ', 'SUB', 'UPD', 'INTRO')


def parse():
    stories = []
    for fn in ('stories1.txt', 'stories2.txt', 'stories3.txt', 'stories4.txt'):
        cur = None
        for line in open(os.path.join(HERE, fn), encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('### '):
                key, date, author, title = line[4:].split('|')
                cur = dict(key=key, date=date, author=author, title=title, items=[])
                stories.append(cur)
            elif not line.strip() or line.startswith('#') or cur is None:
                continue
            else:
                k, v = line.split(': ', 1)
                cur['items'].append((k, v))
    return stories


def expected(s):
    out = []
    for k, v in s['items']:
        if k == 'PAGE':
            break
        if k in BODY_CODES:
            out.append(v)
        elif k in ('UL', 'OL'):
            out.extend(v.split(';;'))
    return '\n\n'.join(out) + '\n'


def longdate(d):
    y, m, dd = d.split('-')
    return '%s %d, %s' % (MONTHS[int(m) - 1], int(dd), y)


def ukdate(d):
    y, m, dd = d.split('-')
    return '%d %s %s' % (int(dd), MONTHS[int(m) - 1], y)


def slug(t):
    return genlib.slug(t, 60)


HEADLINES = [
    'Council delays vote on downtown parking garage', 'Police seek witnesses after late-night collision',
    'New bakery opens in former bank building', 'High school robotics team heads to state finals',
    'Water main break closes part of Oak Street', 'Museum receives grant to digitise archive',
    'Library extends weekend hours from next month', 'Hospital names new chief executive',
    'Rail operator apologises for weekend delays', 'Farmers market moves to new site for summer',
    'Two hurt in house fire on west side', 'Students raise record sum for children\'s charity',
    'Petrol prices expected to rise before holiday', 'Developer unveils plans for riverside flats',
    'Airport passenger numbers hit new high', 'Bridge repairs to cause overnight closures',
    'Zoo welcomes twin red panda cubs', 'Court hears appeal in land dispute case',
    'Storm leaves thousands without power', 'Festival line-up announced for August',
]


def heads(n, off=0):
    return [HEADLINES[(off + i * 7) % len(HEADLINES)] for i in range(n)]


def links(items, cls='', pre='/news/'):
    c = ' class="%s"' % cls if cls else ''
    return ''.join('<li%s><a href="%s%s">%s</a></li>\n' % (c, pre, slug(h), E(h)) for h in items)


def nav_items(names, pre='/'):
    return ''.join('<li><a href="%s%s/">%s</a></li>' % (pre, slug(n), E(n)) for n in names)


SECTIONS = ['News', 'Local', 'Politics', 'Business', 'Sport', 'Entertainment', 'Lifestyle', 'Opinion',
            'Weather', 'Obituaries', 'Classifieds', 'Contact']


def analytics(site, extra=''):
    cfg = {'site': site, 'sections': SECTIONS, 'dfp': {'network': '1234%d' % random.randint(100, 999),
           'slots': ['top_leaderboard', 'mpu_1', 'mpu_2', 'inread', 'sticky_footer'], 'lazy': True},
           'consent': {'vendor_list': list(range(1, 60))}}
    return ('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            "gtag('js',new Date());gtag('config','UA-%d-1');</script>\n" % random.randint(1000000, 9999999) +
            '<script>var siteConfig=%s;%s</script>\n' % (json.dumps(cfg), extra) +
            '<script async src="https://www.googletagservices.com/tag/js/gpt.js"></script>\n')


def jsonld(s, site, url, kind='NewsArticle'):
    d = {'@context': 'http://schema.org', '@type': kind, 'headline': s['title'], 'datePublished': s['date'] + 'T08:00:00Z',
         'dateModified': s['date'] + 'T11:30:00Z', 'author': {'@type': 'Person', 'name': s['author']},
         'publisher': {'@type': 'Organization', 'name': site, 'logo': {'@type': 'ImageObject', 'url': url.split('/news')[0] + '/logo.png'}},
         'mainEntityOfPage': url, 'image': [url.split('/news')[0] + '/img/%s.jpg' % slug(s['title'])[:30]]}
    return '<script type="application/ld+json">%s</script>\n' % json.dumps(d)


def head(s, site, dom, extra='', kind='NewsArticle', amp=False):
    url = 'https://www.%s/news/%s' % (dom, slug(s['title']))
    h = ['<!DOCTYPE html>\n<html lang="en"%s>\n<head>\n<meta charset="utf-8">\n' % (' amp' if amp else ''),
         '<title>%s | %s</title>\n' % (E(s['title']), E(site)),
         '<meta name="viewport" content="width=device-width,initial-scale=1">\n',
         '<meta name="description" content="%s">\n' % E(s['items'][0][1][:150]),
         '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n' % E(s['title']),
         '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n' % (url, E(site)),
         '<meta property="article:published_time" content="%sT08:00:00+00:00">\n' % s['date'],
         '<meta name="twitter:card" content="summary_large_image">\n<link rel="canonical" href="%s">\n' % url,
         jsonld(s, site, url, kind), extra]
    if not amp:
        h.append(critical_css())
        h.append(analytics(site))
        h.append(prebid())
    h.append('</head>\n')
    return ''.join(h)


def tweet_html(v):
    text, name, handle, date = v.split('|')
    return ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">%s</p>&mdash; %s (@%s) '
            '<a href="https://twitter.com/%s/status/1%d">%s</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n'
            % (E(text), E(name), handle, handle, random.randint(10**17, 10**18), date))


def render(items, t):
    """Render story items with template t (a dict of overrides); returns list of html chunks, one per item."""
    out = []
    pcount = 0
    for k, v in items:
        if k == 'P':
            pcount += 1
            out.append(t.get('p', '<p>%s</p>') % E(v, quote=False))
            if t.get('ad_every') and pcount % t['ad_every'] == 0:
                out.append(t['ad'])
        elif k in ('H2', 'H3'):
            out.append(t.get(k.lower(), '<%s>%%s</%s>' % (k.lower(), k.lower())) % E(v))
        elif k == 'SUB':
            out.append(t.get('sub', '<h3>%s</h3>') % E(v))
        elif k == 'BQ':
            out.append(t.get('bq', '<blockquote><p>%s</p></blockquote>') % E(v, quote=False))
        elif k == 'UPD':
            out.append(t.get('upd', '<p><em>%s</em></p>') % E(v))
        elif k in ('UL', 'OL'):
            tag = k.lower()
            out.append('<%s>%s</%s>' % (tag, ''.join('<li>%s</li>' % E(x) for x in v.split(';;')), tag))
        elif k == 'READ':
            out.append(t.get('read', '<p><strong>Read more: <a href="/news/%s">%s</a></strong></p>') % (slug(v), E(v.split(': ', 1)[-1])))
        elif k == 'REL':
            out.append(t.get('rel', '<div class="related-entry"><span class="related-entry__label">RELATED...</span> <a href="/entry/%s">%s</a></div>') % (slug(v), E(v.split('... ', 1)[-1])))
        elif k == 'PQ':
            out.append(t.get('pq', '<aside class="pullquote"><p>%s</p></aside>') % E(v))
        elif k == 'INTRO':
            out.append(t.get('intro', '<p class="story-body__introduction"><strong>%s</strong></p>') % E(v))
        elif k == 'CONT':
            out.append(t.get('cont', '<div class="story-interrupter"><a href="#story-continues-1" class="visually-hidden skip-to-text-link">%s</a></div>') % E(v))
        elif k == 'RELBOX':
            lab, *hs = v.split('|')
            out.append('<aside class="related-coverage-marginalia"><h2 class="marginalia-heading">%s</h2><ul>%s</ul></aside>' % (E(lab), ''.join(
                '<li><a href="/2017/05/%s.html"><h4>%s</h4><p class="summary">A look at how residents are stepping in where businesses have stepped out.</p><time>May %d, 2017</time></a></li>' % (slug(h), E(h), 10 + i) for i, h in enumerate(hs))))
        elif k == 'RICH':
            out.append('<aside class="element element-rich-link"><p><span>Related: </span><a href="/uk-news/%s">%s</a></p></aside>' % (slug(v), E(v.split(': ', 1)[1])))
        elif k == 'SIGNUP':
            out.append('<p><em>%s</em></p>' % E(v))
        elif k == 'MEDIA':
            out.append('<figure class="media-with-caption"><div class="media-player"></div><figcaption class="media-caption"><span class="off-screen">Media caption</span> <span class="media-caption__text">%s</span></figcaption></figure>' % E(v.split('caption ', 1)[1]))
        elif k == 'CREDIT':
            out.append('<figure class="media-landscape has-caption"><span class="image-and-copyright-container"><img src="/img/path.jpg"><span class="off-screen">Image copyright</span> <span class="story-image-copyright">%s</span></span></figure>' % E(v.split('copyright ', 1)[1]))
        elif k == 'READPLAIN':
            out.append('<div class="zn-body__paragraph"><a href="/2020/08/health/%s"><strong>%s</strong></a></div>' % (slug(v), E(v)))
        elif k == 'READLIST':
            lab, *hs = v.split('|')
            out.append('<p><b>%s</b></p>' % E(lab) + ''.join('<p><a href="/education/2021/%s/">%s</a></p>' % (slug(h), E(h)) for h in hs))
        elif k == 'CALL':
            out.append('<p>%s</p>' % E(v))
        elif k == 'ORIG':
            out.append(t.get('orig', '<p class="syndication"><em>%s</em></p>') % E(v))
        elif k == 'TWEET':
            out.append(tweet_html(v))
        elif k == 'GALLERY':
            caps = v.split(';;')
            g = ''.join('<figure class="gallery-item"><img src="/img/gal-%d.jpg" alt=""><figcaption>%s <span class="credit">Photo: Staff</span> <span class="count">%d of %d</span></figcaption></figure>\n' % (i, E(c), i + 1, len(caps)) for i, c in enumerate(caps))
            out.append(t.get('gallery', '<div class="gallery">%s</div>') % g)
        elif k == 'VERDICT':
            sc, pros, cons = v.split('|')
            out.append('<div class="review-box"><div class="score">%s</div><ul class="pros-cons"><li>%s</li><li>%s</li></ul></div>' % (E(sc), E(pros), E(cons)))
        elif k == 'REF':
            out.append('<p class="journal-ref"><small>%s</small></p>' % E(v))
    return out


def footer(site, cls='site-footer', year='2018'):
    return ('<footer class="%s"><div class="footer-sitemap">%s</div><div class="footer-links"><ul>%s</ul></div>\n'
            '<p>&copy; %s %s. All rights reserved. <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | '
            '<a href="/advertise">Advertise with us</a></p></footer>\n' % (cls, sitemap(), nav_items(['About us', 'Contact us', 'Careers', 'Corrections', 'Newsletters', 'RSS feeds']), year, E(site)))


CSS_RULES = ['body{margin:0;font-family:%s}', '.container{max-width:%dpx;margin:0 auto;padding:0 15px}',
             'h1{font-size:%dpx;line-height:1.2;font-weight:700}', 'p{font-size:%dpx;line-height:1.6;margin:0 0 1em}',
             '.sidebar{float:right;width:300px}', '.site-header{background:#%06x;color:#fff}', 'a{color:#%06x;text-decoration:none}',
             '.main-navigation ul{list-style:none;display:flex;flex-wrap:wrap}', '.main-navigation li{padding:8px 12px}',
             '.meta{color:#767676;font-size:13px}', 'figure{margin:0 0 20px}', 'figcaption{font-size:12px;color:#555}',
             '.most-read ol{padding-left:20px}', '.ad-label,.ad-mpu{font-size:10px;text-transform:uppercase;color:#999}',
             'blockquote{border-left:4px solid #ccc;padding-left:16px;font-style:italic}', '.site-footer{background:#222;color:#bbb;padding:30px 0}',
             '@media (max-width:768px){.sidebar{float:none;width:auto}.main-navigation ul{display:none}}',
             '.newsletter-signup{background:#f4f4f4;padding:20px;border-top:3px solid #%06x}', '.footer-sitemap{display:grid;grid-template-columns:repeat(4,1fr)}']


def critical_css():
    fonts = random.choice(['Georgia,serif', 'Helvetica,Arial,sans-serif', '"Roboto",sans-serif', '"Merriweather",serif', '"Open Sans",sans-serif'])
    vals = [fonts, random.choice([970, 1140, 1200, 1280]), random.randint(28, 44), random.randint(15, 19), random.randint(0, 0xffffff),
            random.randint(0, 0xffffff), random.randint(0, 0xffffff)]
    out, vi = [], 0
    for r in CSS_RULES:
        n = r.count('%')
        out.append(r % tuple(vals[vi:vi + n]) if n else r)
        vi += n
    return ('<link rel="preconnect" href="https://fonts.gstatic.com">\n<link rel="stylesheet" href="/assets/css/main.%x.css">\n<style>%s</style>\n'
            % (random.randint(10**8, 10**9), ''.join(out * 2)))


def prebid():
    units = [{'code': 'div-gpt-ad-%d' % i, 'mediaTypes': {'banner': {'sizes': [[300, 250], [728, 90], [970, 250]]}},
              'bids': [{'bidder': b, 'params': {'placementId': random.randint(10**6, 10**7)}} for b in ('appnexus', 'rubicon', 'ix', 'openx')]} for i in range(4)]
    return '<script>var pbjs=pbjs||{};pbjs.que=pbjs.que||[];var adUnits=%s;pbjs.que.push(function(){pbjs.addAdUnits(adUnits);pbjs.requestBids({timeout:1200});});</script>\n' % json.dumps(units)


def sitemap():
    cols = [('News', ['Local', 'National', 'World', 'Politics', 'Crime', 'Education']), ('Sport', ['Football', 'Cricket', 'Basketball', 'Racing', 'Schools']),
            ('Life', ['Food', 'Travel', 'Health', 'Homes', 'Motoring']), ('Services', ['Subscribe', 'E-edition', 'Place an ad', 'Notices', 'Archive', 'Help'])]
    return ''.join('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (h, nav_items(xs, '/%s/' % slug(h))) for h, xs in cols)


def most_read(off, title='Most Read', cls='most-read'):
    return '<div class="%s"><h3>%s</h3><ol>%s</ol></div>\n' % (cls, title, links(heads(6, off)))


def promo_widget(kind, off):
    if kind == 'outbrain':
        return ('<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">Promoted Stories</div><ul>%s</ul>'
                '<div class="ob_what"><a href="#">Recommended by</a></div></div>\n' % ''.join(
                    '<li class="ob-dynamic-rec-container"><a href="https://paid.outbrain.example/%d"><span class="ob-rec-text">%s</span><span class="ob-rec-source">%s</span></a></li>' % (i, t, src)
                    for i, (t, src) in enumerate([('Doctors Stunned: This Simple Trick Relieves Knee Pain', 'Health Daily'),
                                                  ('Homeowners Born Before 1965 Are Getting A Big Surprise', 'Smart Finance'),
                                                  ('The 20 Most Beautiful Villages You Have Never Heard Of', 'TravelPix'),
                                                  ('This Is What Happened To The Cast Of Your Favourite 90s Show', 'Flashback')])))
    return ('<div id="taboola-below-article-thumbnails"><div class="trc_header">You May Like</div>%s<span class="trc_sponsored">Sponsored Links by Taboola</span></div>\n' % ''.join(
        '<div class="trc_item"><a href="https://paid.taboola.example/%d"><span class="video-label">%s</span><span class="branding">%s</span></a></div>' % (i, t, b)
        for i, (t, b) in enumerate([('Seniors Are Switching To This New Phone Plan', 'CellSave'),
                                    ('The Genius Way To Clean Your Gutters Without A Ladder', 'HomeHacks'),
                                    ('Where Are They Now: Child Stars Of The 80s', 'Ranker Buzz')])))


def share_bar(kind='addthis'):
    if kind == 'addthis':
        return '<div class="addthis_inline_share_toolbox"><span>Share this:</span> <a class="at-share-btn">Facebook</a> <a class="at-share-btn">Twitter</a> <a class="at-share-btn">Email</a> <a class="at-share-btn">Print</a></div>\n<script src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b"></script>\n'
    return '<div class="sharethis-inline-share-buttons st-center"><span class="st-label">Share</span> <span class="st-total">1.2K Shares</span> <div class="st-btn" data-network="facebook">Share</div><div class="st-btn" data-network="twitter">Tweet</div><div class="st-btn" data-network="pinterest">Pin</div></div>\n'


def disqus(n):
    return ('<div id="comments"><h3>%d Comments</h3><div id="disqus_thread"></div>\n<script>var disqus_config=function(){this.page.url=location.href;};'
            "(function(){var d=document,s=d.createElement('script');s.src='https://site.disqus.com/embed.js';s.setAttribute('data-timestamp',+new Date());(d.head||d.body).appendChild(s);})();</script>\n"
            '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></div>\n' % n)


def gdpr(site):
    return ('<div id="cookie-notice" class="cn-bottom"><div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to give you the best experience on %s. '
            'By continuing to use this site you consent to our use of cookies in accordance with our updated Privacy Policy, effective 25 May 2018. '
            'Our partners may also use data for personalised advertising.</span> <a href="#" id="cn-accept-cookie" class="cn-button">Accept</a> '
            '<a href="/privacy" class="cn-more-info">Manage options</a></div></div>\n' % E(site))


def newsletter(site):
    return ('<div class="newsletter-signup"><h4>Get the %s newsletter</h4><p>The day\'s top stories delivered to your inbox every morning.</p>'
            '<form><input type="email" placeholder="Email address"><button>Sign up</button></form><p class="small">You can unsubscribe at any time.</p></div>\n' % E(site))


TPL = {}


def tpl(key):
    def reg(f):
        TPL[key] = f
        return f
    return reg


def body_join(chunks, sep='\n'):
    return sep.join(chunks) + '\n'


@tpl('amp1')
def t_amp1(s):
    site, dom = 'The Derwent Examiner', 'derwentexaminer.com.au'
    ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/derwent/news"><div fallback>Advertisement</div></amp-ad>'
    b = render(s['items'], {'ad_every': 3, 'ad': ad, 'read': '<p class="read-more"><a href="/news/%s">%s</a></p>'})
    amp_boiler = '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><script async src="https://cdn.ampproject.org/v0.js"></script>\n<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n<style amp-custom>' + 'body{font-family:Georgia,serif;margin:0}.hdr{background:#0a2b4c;color:#fff;padding:10px}.art{padding:0 16px}' * 12 + '</style>\n'
    return (head(s, site, dom, amp_boiler, amp=True) +
            '<body>\n<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>%s</ul></amp-sidebar>\n' % nav_items(SECTIONS) +
            '<header class="hdr"><button on="tap:sidebar.toggle">&#9776;</button> <a href="/">%s</a></header>\n' % site +
            '<article class="art">\n<div class="section-label">Tasmania</div>\n<h1>%s</h1>\n' % E(s['title']) +
            '<div class="byline">By %s<br><time datetime="%s">%s</time></div>\n' % (s['author'], s['date'], ukdate(s['date'])) +
            '<amp-img src="/img/ferry.jpg" width="800" height="450" layout="responsive" alt="ferry"></amp-img><p class="caption">The ageing ferry Cartela at Bellerive wharf. Picture: Supplied</p>\n' +
            '<div class="social"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>\n' +
            '<div class="article-body">\n' + body_join(b) + '</div>\n' +
            '<div class="related"><h3>More from Tasmania</h3><ul>%s</ul></div>\n' % links(heads(5, 1)) +
            '</article>\n<amp-analytics type="googleanalytics"><script type="application/json">%s</script></amp-analytics>\n' % json.dumps({'vars': {'account': 'UA-4410021-3'}, 'triggers': {'trackPageview': {'on': 'visible', 'request': 'pageview'}, 'scroll': {'on': 'scroll', 'scrollSpec': {'verticalBoundaries': [25, 50, 75, 100]}}}, 'extraUrlParams': {'cd%d' % i: '${title}' for i in range(1, 40)}}) +
            '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We and our partners use cookies to personalise content and ads.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Reject</button></div></amp-consent>\n' +
            '<div class="amp-sitemap">' + sitemap() + '</div>\n' +
            '<footer><p>&copy; 2017 Derwent Examiner. <a href="/news/%s">View non-AMP version</a></p></footer>\n</body></html>\n' % slug(s['title']))


@tpl('drupal1')
def t_drupal1(s):
    site, dom = 'Hollis County Ledger', 'hollisledger.com'
    b = render(s['items'], {})
    return (head(s, site, dom) +
            '<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-4412 node-type-article">\n'
            '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>\n'
            '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/ledger/logo.png" alt="Home"></a>'
            '<div id="name-and-slogan"><div id="site-name"><strong><a href="/">%s</a></strong></div><div id="site-slogan">Serving Hollis County since 1889</div></div></div></div>\n' % site +
            '<div id="navigation"><div class="section"><ul class="links" id="main-menu">%s</ul></div></div>\n' % nav_items(SECTIONS) +
            '<div id="breadcrumb"><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div></div>\n'
            '<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>\n'
            '<h1 class="title" id="page-title">%s</h1>\n' % E(s['title']) +
            '<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">\n'
            '<div id="node-4412" class="node node-article node-promoted clearfix">\n'
            '<div class="submitted"><span property="dc:date dc:created" content="%sT09:12:00-05:00">Submitted by <span class="username">%s</span> on %s</span></div>\n' % (s['date'], s['author'], longdate(s['date'])) +
            '<div class="content">\n<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img src="/sites/default/files/styles/large/public/bridge.jpg" alt=""></div></div></div>\n'
            '<div class="field field-name-field-image-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Crews pour the new east abutment in August. (Ledger photo)</div></div></div>\n'
            '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">\n' + body_join(b) + '</div></div></div>\n'
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/roads">Roads</a></div><div class="field-item odd"><a href="/tags/flooding">Flooding</a></div></div></div>\n'
            '</div>\n<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login">Log in</a> to post comments</span></li></ul>\n</div>\n'
            '</div></div></div></div></div></div>\n'
            '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">\n'
            '<div id="block-views-recent-news-block" class="block block-views"><h2>Recent News</h2><div class="content"><div class="view view-recent-news view-id-recent_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>%s</ul></div></div></div></div></div>\n' % links(heads(8, 2), 'views-row') +
            '<div id="block-block-3" class="block block-block"><h2>Subscribe</h2><div class="content"><p>Get the Ledger delivered every Thursday for $42 a year.</p></div></div>\n'
            '</div></div></div>\n</div></div>\n' + footer(site, 'footer', '2016') + '</div></div>\n</body></html>\n')


@tpl('vox1')
def t_vox1(s):
    site, dom = 'Gridline', 'gridline.news'
    b = render(s['items'], {'pq': '<aside class="c-pullquote"><p>%s</p></aside>', 'p': '<p id="%s">%%s</p>' % 'Xk2a'})
    b = [x.replace('id="Xk2a"', 'id="%s"' % ''.join(random.choice('ABCDEFGHJKabcdefgh0123456789') for _ in range(6))) for x in b]
    return (head(s, site, dom) +
            '<body class="entry-page">\n<div class="c-masthead"><div class="l-wrapper"><a class="c-masthead__logo" href="/">Gridline</a>'
            '<nav class="c-global-header__nav"><ul>%s</ul></nav></div></div>\n' % nav_items(['Cities', 'Transportation', 'Housing', 'Climate', 'Explainers', 'Podcasts']) +
            '<main id="content" class="l-main-content"><article class="l-segment l-main-content"><div class="c-entry-hero c-entry-hero--default">\n'
            '<ul class="c-entry-group-labels"><li><a href="/transportation">Transportation</a></li></ul>\n<h1 class="c-page-title">%s</h1>\n' % E(s['title']) +
            '<p class="c-entry-summary p-dek">Frequency is freedom, and most maps do not show it.</p>\n'
            '<div class="c-byline"><span class="c-byline__item"><a href="/authors/priya">By %s</a></span><span class="c-byline__item"><time class="c-byline__item" datetime="%s">%s, 9:00am EDT</time></span></div>\n' % (s['author'], s['date'], longdate(s['date'])) +
            '<div class="c-social-buttons"><a class="c-social-buttons__item" data-analytics-social="facebook">Share this story</a><a data-analytics-social="twitter">Twitter</a><a data-analytics-social="email">Email</a></div>\n'
            '<figure class="e-image e-image--hero"><img src="/img/busmap.jpg" alt=""><figcaption><span class="e-image__meta"><cite>Illustration by Gridline staff</cite></span></figcaption></figure></div>\n'
            '<div class="l-col__main"><div class="c-entry-content ">\n' + body_join(b) + '</div>\n'
            '<div class="c-entry-footer"><div class="c-newsletter_signup_box"><h3>Sign up for the newsletter Gridline Daily</h3><p>Understand how cities work, one email a day.</p><form><input type="email"><button>Subscribe</button></form><p class="c-newsletter_signup_box--disclaimer">By submitting your email, you agree to our Terms and Privacy Notice.</p></div></div>\n'
            '<div class="c-related-list"><h2 class="c-related-list__head">Next Up In Transportation</h2><ul>%s</ul></div></div>\n' % links(heads(5, 3)) +
            '</article></main>\n' + footer(site, 'c-footer', '2018') + '</body></html>\n')


@tpl('forbes1')
def t_forbes1(s):
    site, dom = 'Capitalist Weekly', 'capitalistweekly.com'
    b = render(s['items'], {'h2': '<h2><strong>%s</strong></h2>', 'ad_every': 4, 'ad': '<div class="vestpocket" vest-pocket=""><fbs-ad position="inread"></fbs-ad></div>'})
    return (head(s, site, dom) +
            '<body class="article-page contrib">\n<header class="header"><a class="header__logo" href="/">Capitalist Weekly</a><nav>%s</nav><a class="header__subscribe">Subscribe</a></header>\n' % nav_items(['Billionaires', 'Innovation', 'Leadership', 'Money', 'Small Business', 'Lifestyle']) +
            '<main><article class="article-body-container"><div class="article-headline-container"><div class="top-label">Entrepreneurs</div><h1 class="fs-headline">%s</h1></div>\n' % E(s['title']) +
            '<div class="contrib-bar"><div class="contrib-byline-author"><a class="contrib-link" href="/sites/glenachterberg/">%s</a><span class="contrib-type">Contributor</span><button class="follow-button">Follow</button></div>\n' % s['author'] +
            '<div class="contrib-byline-type">Entrepreneurs<br><span>I write about startup finance and the people who build companies.</span></div></div>\n'
            '<div class="content-data metrics-text"><time>%s,09:15am EST</time></div>\n' % longdate(s['date']).replace(',', '') +
            '<div class="sharing-tools"><button>Share to Facebook</button><button>Share to Twitter</button><button>Share to Linkedin</button></div>\n'
            '<div class="article-body fs-article fs-responsive-text current-article">\n<figure class="embed-base image-embed"><img src="/img/founders.jpg"><figcaption><small>Getty</small></figcaption></figure>\n' + body_join(b) + '</div>\n'
            '<div class="article-footer"><div class="fs-author-group-wrapper"><div class="contrib-bio"><div class="bio-name">%s</div><button class="follow-button">Follow</button>'
            '<p>Glen Achterberg is a partner at a seed-stage venture fund in Denver and has advised more than forty startups on financing. He writes about early-stage capital.</p><a href="/sites/glenachterberg/">Read More</a></div></div>\n' % s['author'] +
            '<p class="disclaimer"><em>Opinions expressed by Capitalist Weekly Contributors are their own.</em></p>\n'
            '<div class="article-footer-tags">%s</div></div>\n' % ''.join('<a class="tag">%s</a>' % x for x in ['Venture Capital', 'Startups', 'Debt']) +
            '</article></main>\n<aside class="right-rail">%s</aside>\n' % most_read(4, 'Editors\' Pick') + footer(site, 'footer', '2019') + '</body></html>\n')


@tpl('buzz1')
def t_buzz1(s):
    site, dom = 'ZapList', 'zaplist.com'
    parts, i, n = [], 0, 0
    items = s['items']
    intro = render([items[0]], {})
    parts.append('<div class="subbuzz subbuzz-text">%s</div>' % intro[0])
    i = 1
    while i < len(items):
        k, v = items[i]
        if k == 'SUB':
            n += 1
            desc = items[i + 1][1]
            parts.append('<div class="subbuzz subbuzz-image" id="%d"><h2 class="subbuzz__title"><span class="subbuzz__number">%s</span> <span class="js-subbuzz__title-text">%s</span></h2>'
                         '<div class="subbuzz__media"><img src="/img/town%d.jpg" alt=""><span class="subbuzz__attribution">Flickr: user%d / Creative Commons</span></div>'
                         '<div class="subbuzz__description"><p>%s</p></div></div>' % (1000 + n, E(v.split(' ', 1)[0]), E(v.split(' ', 1)[1]), n, n * 13, E(desc)))
            i += 2
        else:
            parts.append('<div class="subbuzz subbuzz-text">%s</div>' % render([items[i]], {})[0])
            i += 1
    return (head(s, site, dom) +
            '<body>\n<div id="nav"><a class="logo" href="/">ZapList</a><ul>%s</ul><a class="nav-quiz">Quizzes</a></div>\n' % nav_items(['News', 'Travel', 'Food', 'Quizzes', 'Shopping', 'Videos']) +
            '<main class="buzz"><div class="buzz-header"><h1 class="buzz-title">%s</h1><p class="buzz-dek">Pack a bag, fill the tank, go.</p>\n' % E(s['title']) +
            '<div class="byline"><a href="/kelseym">%s</a> <span class="byline__title">ZapList Staff</span></div><time>Posted on %s at 2:01 p.m.</time></div>\n' % (s['author'], longdate(s['date'])) +
            '<div class="share-bar">Share On facebook Share On pinterest Share On twitter Share On email Share On link</div>\n'
            '<div class="buzz-content">\n' + '\n'.join(parts) + '\n</div>\n'
            '<div class="reactions"><h3>What\'s your reaction?</h3><button>LOL</button><button>WIN</button><button>OMG</button><button>CUTE</button></div>\n'
            '<div class="more-buzz"><h3>More on this</h3><ul>%s</ul></div>\n' % links(['19 Road Trip Snacks That Are Actually Worth It', 'We Ranked Every State Fair Food', '23 Cabins You Can Rent For Under $100 A Night']) +
            promo_widget('taboola', 0) + '</main>\n' + footer(site, 'footer', '2017') + '</body></html>\n')


@tpl('huff1')
def t_huff1(s):
    site, dom = 'The Sentinel Post', 'sentinelpost.com'
    b = render(s['items'], {'p': '<div class="content-list-component yr-content-list-component text"><p>%s</p></div>', 'orig': '<div class="content-list-component text"><p><em>%s</em></p></div>',
                            'rel': '<div class="content-list-component related-entries"><span>RELATED...</span> <a href="/entry/%s">%s</a></div>'})
    return (head(s, site, dom) +
            '<body>\n<div class="masthead"><a href="/">The Sentinel Post</a><ul class="masthead-nav">%s</ul><a class="login">Log In</a></div>\n' % nav_items(['News', 'Politics', 'Entertainment', 'Life', 'Voices', 'Shopping']) +
            '<div class="entry__header"><a class="entry-eyebrow" href="/section/education">EDUCATION</a><h1 class="headline__title">%s</h1>\n' % E(s['title']) +
            '<h2 class="headline__subtitle">Flat budgets and rising prices have left many teachers paying out of pocket.</h2>\n'
            '<div class="author-card"><div class="author-card__name">By %s</div><div class="timestamp">%s 05:45 AM ET <span class="timestamp__updated">Updated %s</span></div></div></div>\n' % (s['author'], s['date'].replace('-', '/'), longdate(s['date'])) +
            '<div class="entry__body js-entry-body"><section class="entry__content-list js-entry-content">\n' + body_join(b) + '</section></div>\n'
            '<div class="entry__footer"><div class="tag-cloud"><a>Teachers</a><a>Education Funding</a><a>Oklahoma</a></div>\n'
            '<div class="support-cta"><h3>Support The Sentinel Post</h3><p>Our 2018 coverage needs you. Your support helps us tell the story.</p></div></div>\n' +
            promo_widget('outbrain', 1) + footer(site, 'footer', '2018') + '</body></html>\n')


def page(s, site, dom, art, top='', side='', bottom='', bodycls='article', year='2018', navs=None, kind='NewsArticle', hextra=''):
    """A generic page: header with nav, the article block, an optional sidebar, bottom furniture and footer."""
    return (head(s, site, dom, hextra, kind) +
            '<body class="%s">\n%s<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="site-title">%s</a></div>\n' % (bodycls, top, E(site)) +
            '<nav class="main-navigation"><ul class="menu">%s</ul></nav></header>\n' % nav_items(navs or SECTIONS) +
            '<div id="wrapper" class="container">\n' + art + (('<aside class="sidebar">' + side + '</aside>\n') if side else '') +
            '</div>\n' + bottom + footer(site, 'site-footer', year) + '</body></html>\n')


def hdr(s, date_fn=longdate, by='By ', extra=''):
    return ('<h1 class="entry-title">%s</h1>\n<div class="meta"><span class="author">%s%s</span> <span class="date">%s</span>%s</div>\n'
            % (E(s['title']), by, E(s['author']), date_fn(s['date']), extra))


@tpl('medium1')
def t_medium1(s):
    b = render(s['items'], {'p': '<p class="graf graf--p">%s</p>', 'h2': '<h3 class="graf graf--h3">%s</h3>', 'bq': '<blockquote class="graf graf--pullquote">%s</blockquote>'})
    art = ('<article class="postArticle"><div class="postArticle-content"><section class="section section--body"><div class="section-content"><div class="section-inner sectionLayout--insetColumn">\n'
           '<h1 class="graf graf--h3 graf--title">%s</h1>\n<div class="postMetaInline"><a class="ds-link">%s</a> <button class="button--follow">Follow</button> <span>%s &middot; 7 min read</span></div>\n' % (E(s['title']), s['author'], longdate(s['date'])[:-6]) +
           body_join(b) + '</div></div></section></div>\n'
           '<footer class="postArticle-footer"><div class="claps"><button>Clap</button> <span>2.4K claps</span></div><ul class="tags">%s</ul>\n' % ''.join('<li><a>%s</a></li>' % t for t in ['Broadband', 'Rural', 'Journalism']) +
           '<div class="u-paddingTop20"><p>Written by</p><h2>%s</h2><p>Reporter covering Appalachia. Formerly at a daily in Lexington. Writing a book about wires.</p><button class="button--follow">Follow</button></div></footer></article>\n' % s['author'])
    return page(s, 'Slate Road Stories', 'slateroad.pub', art, bottom=most_read(5, 'More From Medium'), bodycls='medium', year='2020', kind='BlogPosting',
                navs=['Home', 'Notifications', 'Bookmarks', 'Become a member'])


@tpl('boot1')
def t_boot1(s):
    b = render(s['items'], {})
    art = ('<div class="row"><div class="col-md-8 col-sm-12">\n<ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Local</li></ol>\n' + hdr(s) +
           '<div class="well well-sm hidden-xs">' + share_bar('sharethis') + '</div>\n<div class="img-responsive-wrap"><img class="img-responsive" src="/img/council.jpg"><p class="help-block">Redvale Borough Hall.</p></div>\n'
           '<div class="article-text">\n' + body_join(b) + '</div>\n<div class="panel panel-default"><div class="panel-heading">Related Stories</div><ul class="list-group">%s</ul></div>\n' % links(heads(4, 6), 'list-group-item') +
           '</div>\n<div class="col-md-4 hidden-sm">' + most_read(7) + '<div class="panel panel-info"><div class="panel-heading">Weather</div><div class="panel-body">42&deg;F Cloudy</div></div></div></div>\n')
    return page(s, 'Redvale Record', 'redvalerecord.com', art, bodycls='bootstrap', year='2019', bottom=newsletter('Redvale Record'))


@tpl('carousel1')
def t_carousel1(s):
    b = render(s['items'], {'bq': '<p class="quote">%s</p>'})
    car = ('<div id="topCarousel" class="owl-carousel owl-theme">%s</div>\n<script>$(document).ready(function(){$("#topCarousel").owlCarousel({items:1,loop:true,autoplay:true,nav:true});});</script>\n'
           % ''.join('<div class="item"><img src="/img/c%d.jpg"><div class="carousel-caption"><h4><a href="/news/%s">%s</a></h4></div></div>' % (i, slug(h), E(h)) for i, h in enumerate(heads(5, 8))))
    art = (car + '<div id="main-col"><div class="story">' + hdr(s, ukdate) + '<div class="slick-slider story-gallery"><div><img src="/img/mill1.jpg"><span>Hollins Mill after restoration</span></div><div><img src="/img/mill2.jpg"><span>The engine house chimney</span></div></div>\n'
           '<div class="storybody">\n' + body_join(b) + '</div></div>\n' + share_bar('addthis') + '</div>\n')
    return page(s, 'Darwen & District Telegraph', 'darwentelegraph.co.uk', art, side=most_read(9, 'Trending') + '<div class="ad-mpu">Advertisement</div>', bodycls='jq', year='2016',
                hextra='<script src="https://code.jquery.com/jquery-1.12.4.min.js"></script>\n<script src="/js/owl.carousel.min.js"></script>\n')


@tpl('disqus1')
def t_disqus1(s):
    b = render(s['items'], {'p': '<p class="article-p">%s</p>'})
    art = ('<main class="review">' + hdr(s, longdate, 'By ', ' <span class="disclosure">We may earn a commission from links on this page.</span>') +
           '<section class="review-body">\n' + body_join(b) + '</section>\n' + disqus(184) + '</main>\n')
    return page(s, 'Deskside', 'deskside.co', art, side=most_read(10, 'Popular Reviews'), bodycls='disqus', year='2021')


@tpl('outbrain1')
def t_outbrain1(s):
    b = render(s['items'], {'p': '<p class="_1HzXw">%s</p>'})
    art = ('<div class="story-wrap">' + hdr(s, ukdate) + '<div class="story-content">\n' + body_join(b) + '</div>\n' + promo_widget('outbrain', 2) + promo_widget('taboola', 3) + '</div>\n')
    return page(s, 'Murray Valley Chronicle', 'mvchronicle.com.au', art, bodycls='ob', year='2018', side=most_read(11))


@tpl('gdpr1')
def t_gdpr1(s):
    b = render(s['items'], {})
    art = ('<article id="article">' + hdr(s, ukdate) + '<div itemprop="articleBody" class="article-body">\n' + body_join(b) + '</div></article>\n')
    return page(s, 'Lee Valley Echo', 'leevalleyecho.ie', art, top=gdpr('Lee Valley Echo'), bodycls='gdpr', year='2018', side=most_read(12) + newsletter('Echo'))


@tpl('ampview1')
def t_ampview1(s):
    b = render(s['items'], {})
    top = ('<div class="amp-viewer-header"><a href="https://www.google.com/">&larr;</a> <span class="amp-viewer-domain">grandrivertimes.ca</span> '
           '<a class="amp-viewer-original" href="https://grandrivertimes.ca/news/x">View original</a></div>\n')
    art = '<article class="amp-wp-article">' + hdr(s) + '<div class="amp-wp-article-content">\n' + body_join(b) + '</div>\n<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a>Local</a></div><div class="amp-wp-meta amp-wp-comments-link"><a>Leave a Comment</a></div></footer></article>\n'
    return page(s, 'Grand River Times', 'grandrivertimes.ca', art, top=top, bottom='<div class="amp-related-posts"><h3>Related posts</h3><ul>%s</ul></div>\n' % links(heads(6, 13)), bodycls='amp-viewer', year='2019', navs=['Back to top'])


@tpl('blogger1')
def t_blogger1(s):
    b = render(s['items'], {'p': '%s<br /><br />', 'upd': '<b>%s</b><br /><br />'})
    art = ('<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>Tuesday, %s</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost">\n' % longdate(s['date']) +
           '<h3 class="post-title entry-title" itemprop="name">%s</h3>\n<div class="post-header"></div>\n<div class="post-body entry-content" id="post-body-9922" itemprop="description articleBody">\n' % E(s['title']) +
           '<div class="separator" style="clear: both; text-align: center;"><a href="/img/line.jpg"><img border="0" src="/img/line.jpg" width="400"></a></div>\n' + ''.join(b) +
           '<div style="clear: both;"></div></div>\n<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> <span class="post-timestamp">at 8:42 AM</span> '
           '<span class="post-comment-link"><a class="comment-link">7 comments:</a></span></div><div class="post-share-buttons goog-inline-block"><a class="share-button sb-email">Email This</a><a>BlogThis!</a><a>Share to Twitter</a><a>Share to Facebook</a></div>'
           '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a rel="tag">election</a>, <a rel="tag">Pell Valley</a></span></div></div></div>\n' % s['author'] +
           '<div class="comments" id="comments"><h4>7 comments:</h4><dl id="comments-block"><dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>Thanks Hank, heading over now.</p></dd>'
           '<dt class="comment-author">Marge P said...</dt><dd class="comment-body"><p>Library line was nothing at noon.</p></dd></dl></div></div></div></div></div>\n')
    side = '<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy"><li>2016 (212)</li><li>2015 (344)</li></ul></div><div class="widget Profile"><h2>About Me</h2><p>Retired newspaperman. Still covering Pell Valley.</p></div>'
    return page(s, 'Pell Valley Dispatch', 'pellvalleydispatch.blogspot.com', art, side=side, bodycls='blogger', year='2016', kind='BlogPosting')


@tpl('phpbb1')
def t_phpbb1(s):
    b = render(s['items'], {'p': '%s<br><br>'})
    art = ('<table width="100%" cellspacing="0" cellpadding="4" border="0"><tr><td class="leftcol" width="160" valign="top"><span class="gensmall"><b>Menu</b><br>' +
           '<br>'.join('<a href="/%s">%s</a>' % (slug(x), x) for x in ['Home', 'News', 'Events', 'Classifieds', 'Forum', 'Photos', 'Links']) + '</span></td>\n'
           '<td valign="top"><table class="forumline" width="100%%" cellspacing="1"><tr><th class="thHead">Millbrook News</th></tr><tr><td class="row1">'
           '<span class="maintitle">%s</span><br><span class="gensmall">Posted: %s by %s</span><hr>\n<span class="postbody">' % (E(s['title']), s['date'], s['author']) + ''.join(b) +
           '</span></td></tr><tr><td class="row2"><span class="gensmall"><a href="/forum/viewtopic.php?t=4411">Discuss this story in the forum (12 replies)</a> | <a href="/print.php?id=881">Printer friendly</a></span></td></tr></table>\n'
           '<table class="forumline" width="100%"><tr><th>Latest forum posts</th></tr>' + ''.join('<tr><td class="row1"><a href="/forum/t%d">%s</a></td></tr>' % (i, h) for i, h in enumerate(['Snow plowing on Route 4?', 'Yard sale Saturday', 'Lost dog near the mill', 'Anyone know a good plumber'])) +
           '</table></td></tr></table>\n')
    side = '<table class="forumline"><tr><th>Who is online</th></tr><tr><td class="row1"><span class="gensmall">In total there are 23 users online :: 2 Registered, 0 Hidden and 21 Guests</span></td></tr></table>' + most_read(12, 'Top stories this week')
    return page(s, 'MillbrookOnline.net', 'millbrookonline.net', art, side=side, bodycls='phpbb', year='2016')


@tpl('tv1')
def t_tv1(s):
    b = render(s['items'], {'p': '<p class="story-p">%s</p>'})
    art = ('<div class="video-wrapper"><div class="jwplayer" id="vid-9921"><span class="jw-title">WATCH: Morning crashes snarl Route 22</span></div><p class="video-caption">Action 7\'s Kim Rhodes reports from the bypass.</p></div>\n'
           '<div class="story-container">' + hdr(s, longdate, 'By ', ' <span class="updated">Updated: 12:04 PM EST</span>') + '<div class="story-body">\n' + body_join(b) + '</div>\n'
           '<p class="copyright">Copyright 2017 WKAV. All rights reserved.</p>\n<div class="app-promo">Download the Action 7 News app for breaking news alerts.</div></div>\n')
    return page(s, 'Action 7 News WKAV', 'action7news.com', art, top='<div class="weather-bar">Closings &amp; Delays (42) | Current 31&deg; | Radar</div>\n', side=most_read(13, 'Top Stories'), bodycls='tv', year='2017',
                navs=['News', 'Weather', 'Traffic', 'Closings', 'Video', 'Contests', 'Live'])


@tpl('engadget1')
def t_engadget1(s):
    b = render(s['items'], {})
    art = ('<article class="o-article">' + hdr(s, longdate, '', ' <span>@carlangata</span> <span class="comments-count">84 Comments</span>') +
           '<div class="o-article_block"><div class="article-text c-gray-1">\n' + body_join(b) + '</div></div>\n'
           '<p class="disclosure"><em>All products recommended by Gadgetry are selected by our editorial team. Some of our stories include affiliate links.</em></p>\n'
           '<div class="buy-box"><span>Nimbus Fold One</span> <a class="buy-btn">$449 at Amazon</a></div>\n<div class="tags">In this article: <a>e-reader</a> <a>gear</a> <a>review</a></div></article>\n')
    return page(s, 'Gadgetry', 'gadgetry.tech', art, side=most_read(14, 'Popular on Gadgetry'), bodycls='eng', year='2018', navs=['Reviews', 'Gear', 'Gaming', 'Entertainment', 'Tomorrow', 'Buyer\'s Guide'])


@tpl('science1')
def t_science1(s):
    b = render(s['items'], {})
    art = ('<div id="story">' + hdr(s, longdate, 'By ', ' <span class="src">Source: University of Westmoor</span>') + '<div id="story_text">\n<p id="first">%s</p>\n' % E(s['items'][0][1]) +
           body_join(b[1:]) + '</div>\n<div id="story_source"><h3>Story Source:</h3><p>Materials provided by University of Westmoor. Note: Content may be edited for style and length.</p></div>\n'
           '<div id="cite"><h3>Cite This Page:</h3><p>University of Westmoor. "Deep-sea sponges may have filtered ancient oceans." SciNewsline, 10 July 2019.</p></div></div>\n')
    return page(s, 'SciNewsline', 'scinewsline.org', art, side=most_read(15, 'Related Stories'), bodycls='sci', year='2019', navs=['Health', 'Tech', 'Environment', 'Society', 'Quirky'])


@tpl('ukreg1')
def t_ukreg1(s):
    b = render(s['items'], {'p': '<p class="p1">%s</p>'})
    b.insert(3, '<div class="inline-related"><strong>MORE NEWS:</strong> <a href="/news/x">Thornbury traffic plan delayed again</a></div>')
    b.insert(6, '<div class="mpu-ad"><span>Advertisement</span></div><p class="hide">Hide Ad</p>')
    art = ('<div class="article-page">' + hdr(s, ukdate, '', ' <a class="email">Email</a>') + '<div class="article-content">\n' + body_join(b) + '</div>\n'
           '<div class="your-say"><h3>Have your say</h3><p>Comments are closed on this article.</p></div></div>\n')
    return page(s, 'Severn Vale Gazette', 'severnvalegazette.co.uk', art, side=most_read(16), bodycls='uk', year='2017', top=gdpr('Severn Vale Gazette').replace('25 May 2018', 'today'))


@tpl('cdn1')
def t_cdn1(s):
    b = render(s['items'], {'p': '<p class="paragraph">%s</p>'})
    b.insert(2, '<div class="story-continues-below"><span>Story continues below advertisement</span></div>')
    art = ('<div class="l-article__main">' + hdr(s, longdate, 'By ', ' <span class="c-byline__attribution">The Prairie Post</span> <span class="c-byline__date--pubDate">Posted %s 4:12 pm</span>' % longdate(s['date'])) +
           '<div class="l-article__text js-story-text">\n' + body_join(b) + '</div>\n<div class="c-tags">Prairie Fibreworks &middot; Saskatoon &middot; Startups</div>\n'
           '<p class="c-copyright">&copy; 2020 The Prairie Post, a division of Westland Media Inc.</p></div>\n')
    return page(s, 'The Prairie Post', 'prairiepost.ca', art, side=most_read(17, 'Trending Now'), bodycls='cdn', year='2020')


@tpl('aus1')
def t_aus1(s):
    b = render(s['items'], {'p': '<p class="_1qyP">%s</p>'})
    b.insert(4, '<div class="inline-read"><p><strong>READ MORE:</strong> <a href="/x">Renters rally outside council chambers</a></p></div>')
    art = ('<div class="article" data-testid="article">' + hdr(s, lambda d: ukdate(d) + ' &mdash; 6:00pm', 'By ') +
           '<div class="article__body" data-testid="article-body">\n' + body_join(b) + '</div>\n'
           '<div class="paywall-note">Subscriber-only story? No, this one is free. <a>Subscribe</a> for unlimited access from $1 a week.</div></div>\n')
    return page(s, 'Northern Rivers Courier', 'nrcourier.com.au', art, side=most_read(18, 'Latest'), bodycls='au', year='2021')


@tpl('listicle2')
def t_listicle2(s):
    b = render(s['items'], {'sub': '<h2 class="list-item-title">%s</h2>', 'p': '<p>%s</p>'})
    out, cur = [], []
    for x in b:
        if x.startswith('<h2') and cur:
            out.append('<div class="list-item">%s</div>' % ''.join(cur))
            cur = []
        cur.append(x)
    out.append('<div class="list-item">%s</div>' % ''.join(cur))
    art = '<div class="listicle">' + hdr(s, ukdate) + '<div class="listicle-body">\n' + '\n'.join(out) + '\n</div>' + share_bar('sharethis') + '</div>\n'
    return page(s, 'Brightwell Bugle', 'brightwellbugle.co.uk', art, bottom=promo_widget('taboola', 4), bodycls='list', year='2017')


@tpl('chorus2')
def t_chorus2(s):
    b = render(s['items'], {'pq': '<div class="c-float-right"><aside class="c-pullquote"><p>%s</p></aside></div>', 'h2': '<h3>%s</h3>'})
    art = ('<article class="l-main">' + hdr(s, longdate, 'By ', ' <a class="c-byline__comments">Comment</a>') +
           '<div class="c-entry-content">\n' + body_join(b) + '<div id="newsletter-inline"><p><strong>Sign up for our evening newsletter.</strong> <input type="email"> <button>Go</button></p></div></div>\n'
           '<div class="c-entry-stat--words">2,140 words</div></article>\n')
    return page(s, 'Ampere', 'ampere.news', art, bottom=most_read(19, 'More from Ampere'), bodycls='chorus', year='2021')


@tpl('forbes2')
def t_forbes2(s):
    b = render(s['items'], {})
    art = ('<div class="post-container">' + hdr(s, longdate, '', ' <span class="role">Retail contributor</span> <a class="follow">+ Follow</a>') +
           '<div class="post-body">\n' + body_join(b) + '</div>\n'
           '<div class="author-box"><img src="/img/nadine.jpg"><p><strong>Nadine Osei</strong> writes about independent retail and the high street. She ran a shop in Manchester for ten years. <a>Follow me on Twitter</a> or <a>LinkedIn</a>. Check out my <a>website</a>.</p></div>\n'
           '<p class="opinion-disclaimer">The opinions expressed by our contributors are their own.</p></div>\n')
    return page(s, 'Enterprise Monthly', 'enterprisemonthly.com', art, side=most_read(0, 'Editors\' Picks'), bodycls='contrib', year='2020')


@tpl('table1')
def t_table1(s):
    b = render(s['items'], {'p': '<p><font face="Arial" size="2">%s</font></p>'})
    art = ('<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td width="150" valign="top" bgcolor="#eeeeee">' +
           '<br>'.join('<a href="/%s"><font size="1">%s</font></a>' % (slug(x), x) for x in SECTIONS) + '</td>\n<td width="10"></td><td valign="top">'
           '<font face="Arial" size="4"><b>%s</b></font><br><font size="1" color="#666666">By %s, Staff Writer &middot; %s</font><br>\n' % (E(s['title']), s['author'], longdate(s['date'])) +
           '<table align="right" width="200"><tr><td><img src="/img/mbeki.jpg" width="200"><br><font size="1">Dr. Anita Mbeki</font></td></tr></table>\n' + body_join(b) +
           '<p><font size="1"><a href="/print">Print this story</a> | <a href="/email">E-mail this story</a></font></p></td></tr></table>\n')
    return page(s, 'Cedar Falls Courier-Herald', 'cfcourierherald.com', art, bodycls='tables', year='2016')


@tpl('gallery1')
def t_gallery1(s):
    b = render(s['items'], {'gallery': '<div class="royalSlider rsDefault">%s</div>'})
    art = '<div class="entry">' + hdr(s, ukdate) + '<div class="entry-content">\n' + body_join(b) + '</div></div>\n'
    return page(s, 'Riverside Mercury', 'riversidemercury.co.nz', art, side=most_read(1, 'Most viewed'), bodycls='gal', year='2019')


@tpl('tweets1')
def t_tweets1(s):
    b = render(s['items'], {})
    art = '<div class="article-wrap">' + hdr(s) + '<div class="article-content" itemprop="articleBody">\n' + body_join(b) + '</div>' + share_bar('addthis') + '</div>\n'
    return page(s, 'Halverton Herald', 'halvertonherald.com', art, side=most_read(2), bottom=disqus(56), bodycls='tw', year='2020')


@tpl('paged1')
def t_paged1(s):
    cut = [k for k, v in s['items']].index('PAGE')
    b = render(s['items'][:cut], {})
    art = ('<div class="feature">' + hdr(s, ukdate, 'Words: ') + '<div class="feature-page" id="page-1">\n' + body_join(b) + '</div>\n'
           '<div class="pagination"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=2" class="next">Next page &raquo;</a></div></div>\n')
    return page(s, 'The Ludgate Review', 'ludgatereview.co.uk', art, side=most_read(3, 'Features'), bodycls='paged', year='2019')


@tpl('split1')
def t_split1(s):
    ad = '<div class="ad-container ad-inarticle"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-%d"></div></div>'
    b = render(s['items'], {'ad_every': 2, 'ad': ad % 7})
    art = '<div class="story">' + hdr(s) + '<div class="story-body">\n' + body_join(b) + '</div></div>\n'
    return page(s, 'Prairie Farm Report', 'prairiefarmreport.com', art, side=most_read(4, 'Ag News'), bodycls='split', year='2021')


@tpl('sibling1')
def t_sibling1(s):
    b = render(s['items'], {})
    chunks = ['<div class="text-block">%s</div>' % ''.join(b[i:i + 2]) for i in range(0, len(b), 2)]
    art = '<section class="story">' + hdr(s) + '\n'.join(chunks) + '\n<div class="story-tools">Print | Email | Font size</div></section>\n'
    return page(s, 'Ellery Lake Review', 'ellerylakereview.com', art, side=most_read(5), bodycls='sib', year='2017')


@tpl('wordpress1')
def t_wordpress1(s):
    b = render(s['items'], {})
    art = ('<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail hentry category-business">\n'
           '<header class="entry-header">' + hdr(s) + '</header>\n<div class="entry-content">\n' + body_join(b) +
           '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>\n'
           '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p>Taproom expansion approved</p><p>Coldwater food truck rally returns</p></div></div>\n'
           '<footer class="entry-footer"><span class="cat-links">Posted in <a>Business</a></span> <span class="tags-links">Tagged <a>beer</a>, <a>Bellwether</a></span></footer></article>\n'
           '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list"><li class="comment"><div class="comment-content"><p>Congrats to Sandy and the team!</p></div></li><li class="comment"><div class="comment-content"><p>Best stout in the state, no question.</p></div></li></ol>'
           '<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div></main></div>\n' % E(s['title']))
    return page(s, 'Coldwater Current', 'coldwatercurrent.com', art, side='<section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section>' % links(heads(5, 6)), bodycls='wp', year='2018')


@tpl('aggregated1')
def t_aggregated1(s):
    b = render(s['items'], {})
    art = ('<div class="syndicated"><div class="provider"><img src="/img/prov.png" alt="Tri-County Tribune"> Tri-County Tribune</div>' + hdr(s) +
           '<div class="caas-body">\n' + body_join(b) + '</div>\n<p class="caas-readmore"><a href="https://tricountytribune.example/x">Read the original article on Tri-County Tribune</a></p></div>\n')
    return page(s, 'NewsWave', 'newswave.com', art, side=most_read(7, 'Trending'), bodycls='agg', year='2020')


@tpl('interview1')
def t_interview1(s):
    b = render(s['items'], {'h3': '<p><strong>%s</strong></p>'})
    art = '<div class="qa">' + hdr(s, longdate, 'Interview by ') + '<div class="qa-body">\n' + body_join(b) + '</div></div>\n'
    return page(s, 'Eastfield Observer', 'eastfieldobserver.com', art, side=most_read(8), bodycls='qa', year='2018')


@tpl('explainer1')
def t_explainer1(s):
    b = render(s['items'], {})
    toc = '<nav class="toc"><p>In this article</p><ul>%s</ul></nav>' % ''.join('<li><a href="#q%d">%s</a></li>' % (i, E(v)) for i, (k, v) in enumerate(s['items']) if k == 'H2')
    art = '<div class="explainer">' + hdr(s) + toc + '<div class="explainer-body">\n' + body_join(b) + '</div><div class="feedback">Was this article helpful? <button>Yes</button> <button>No</button></div></div>\n'
    return page(s, 'Wellgate News', 'wellgatenews.com.au', art, side=most_read(9), bodycls='exp', year='2021')


@tpl('obit1')
def t_obit1(s):
    b = render(s['items'], {})
    art = ('<div class="obit">' + hdr(s) + '<div class="obit-text">\n' + body_join(b) + '</div>\n'
           '<div class="guestbook"><h3>Guest Book</h3><p>Sign the guest book, send flowers or share a memory.</p><div class="entry">She always had coffee on for us. RIP. &mdash; Tom W.</div></div></div>\n')
    return page(s, 'Port Adley Pilot', 'portadleypilot.com', art, side=most_read(10), bodycls='obit', year='2016')


@tpl('sport1')
def t_sport1(s):
    b = render(s['items'], {})
    box = '<table class="match-stats"><tr><th>Dunmere Rovers</th><th>1-2</th><th>Ashford Town</th></tr><tr><td>Possession 54%</td><td></td><td>46%</td></tr><tr><td>Shots 11</td><td></td><td>9</td></tr></table>\n'
    art = '<div class="match-report">' + hdr(s, ukdate) + box + '<div class="report-body">\n' + body_join(b) + '</div><div class="teams"><p>Ashford: Reid, Cole, Okafor, Banks, Moss.</p></div></div>\n'
    return page(s, 'Kent Sport Weekly', 'kentsportweekly.co.uk', art, side=most_read(11, 'Results'), bodycls='sport', year='2019')


@tpl('nytlike')
def t_nytlike(s):
    b = render(s['items'], {'p': '<p class="story-body-text story-content" data-para-count="220">%s</p>'})
    chunks, cur = [], []
    for x in b:
        if 'story-interrupter' in x or 'related-coverage' in x:
            chunks.append('<div class="story-body">%s</div>' % ''.join(cur))
            chunks.append(x)
            cur = []
        else:
            cur.append(x)
    chunks.append('<div class="story-body">%s</div>' % ''.join(cur))
    art = ('<article id="story" class="story theme-main"><header class="story-header">' + hdr(s, longdate, 'By ') + '</header>\n'
           '<div class="story-body-supplemental"><div class="story-body story-body-1">' + '\n'.join(chunks) + '</div></div>\n'
           '<footer class="story-footer"><div class="story-print-citation">A version of this article appears in print on June 14, 2017, on Page A12 of the New York edition with the headline: Village Fights for Its Store.</div></footer></article>\n')
    return page(s, 'The Metropolitan Times', 'metropolitantimes.com', art, side=most_read(6, 'Most Popular'), bodycls='nyt', year='2017')


@tpl('guardianlike')
def t_guardianlike(s):
    b = render(s['items'], {})
    art = ('<div class="content__main"><div class="content__headline-standfirst-wrapper">' + hdr(s, lambda d: 'Tue ' + ukdate(d) + ' 16.41 BST', '') +
           '<div class="content__standfirst"><p>Network Rail says engineering work will not be finished in time for December changes</p></div></div>\n'
           '<div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">\n' + body_join(b) + '</div>\n'
           '<div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links"><li>Rail transport</li><li>Transport</li><li>Northern</li><li>news</li></ul></div>\n'
           '<div class="contributions__epic"><h2>&hellip; we have a small favour to ask.</h2><p>More people are reading The Daily Ledger than ever but advertising revenues across the media are falling fast.</p><a>Support The Daily Ledger</a></div></div>\n')
    return page(s, 'The Daily Ledger', 'dailyledger.co.uk', art, bottom=most_read(7, 'most viewed'), bodycls='guardian', year='2018')


@tpl('bbclike')
def t_bbclike(s):
    b = render(s['items'], {})
    art = ('<div class="story-body"><h1 class="story-body__h1">%s</h1><div class="byline"><span class="byline__name">%s</span></div>'
           '<div class="date date--v2" data-seconds="1572868800">%s</div>\n<div class="story-body__inner" property="articleBody">\n' % (E(s['title']), 'By Coast reporter', ukdate(s['date'])) + body_join(b) + '</div>\n'
           '<div class="share share--lightweight"><h3>Share this story</h3><a>About sharing</a></div>\n'
           '<div class="tags-container"><h2>Related Topics</h2><ul><li>Coastal erosion</li><li>Porthallow</li></ul></div>\n'
           '<div class="story-more"><h2>More on this story</h2><ul>%s</ul></div></div>\n' % links(heads(3, 8)))
    return page(s, 'Westcountry Broadcast News', 'wbnews.co.uk', art, side=most_read(8, 'Top Stories'), bodycls='bbc', year='2019')


@tpl('cnnlike')
def t_cnnlike(s):
    b = render(s['items'], {'p': '<div class="zn-body__paragraph">%s</div>'})
    b[0] = b[0].replace('class="zn-body__paragraph"', 'class="zn-body__paragraph speakable"')
    art = ('<article class="pg-rail-tall pg-wrapper"><div class="l-container">' + hdr(s, lambda d: 'Updated 9:12 PM ET, Mon ' + longdate(d), 'By ') +
           '<section class="zn zn-body-text"><div class="l-container">\n<div class="el__embedded el__embedded--fullwidth"><div class="media__video--thumbnail-wrapper"><img class="media__image" src="/img/fire-still.jpg" alt=""><button class="media__video-play-button" aria-label="Play video"></button><span class="media__video-duration">01:42</span><h3 class="media__video-headline">Watch crews fight the fire overnight</h3></div></div>\n'
           '<div class="zn-body__read-all">\n' + body_join(b) + '</div></div></section>\n'
           '<div class="zn-body__footer"><div class="el__leafmedia el__leafmedia--sourced-paragraph"><p class="zn-body__paragraph zn-body__footer">Paid Content</p></div></div></div></article>\n')
    return page(s, 'NewsNet', 'newsnet.tv', art, bottom=promo_widget('outbrain', 9), bodycls='cnn', year='2020')


@tpl('wapolike')
def t_wapolike(s):
    b = render(s['items'], {'p': '<p data-el="text" class="font--body font-copy gray-darkest ma-0 pb-md">%s</p>'})
    art = ('<div class="article-body">' + hdr(s, lambda d: longdate(d) + ' at 6:00 a.m. EST', 'By ') +
           '<div class="teaser-content grid-center">\n' + body_join(b) + '</div>\n'
           '<div class="interstitial-link"><p>Comments</p><p>Gift Article</p></div></div>\n')
    return page(s, 'The Capital Courier', 'capitalcourier.com', art, side=most_read(9, 'The Most Popular'), bodycls='wapo', year='2021')


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, s in enumerate(parse(), 1):
        h = TPL[s['key']](s)
        with open(os.path.join(OUT, '%02d.html' % n), 'w', encoding='utf-8') as f:
            f.write(h)
        with open(os.path.join(OUT, '%02d.txt' % n), 'w', encoding='utf-8') as f:
            f.write(expected(s))
        with open(os.path.join(OUT, '%02d.json' % n), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'published': s['date'], 'lang': 'en', 'title': s['title']}) + '\n')


if __name__ == '__main__':
    main()
