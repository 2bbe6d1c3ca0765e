#!/usr/bin/env python3
"""Generate bench/stress/intlen pages from stories.txt (English-language news sites of India, Pakistan,
Bangladesh, Sri Lanka, Africa, Southeast Asia, Australia/NZ, Ireland and the Gulf; invented sites).

Usage: python3 bench/stress/intlen/gen/gen.py bench/stress/intlen  (writes NN.html/.txt/.json; the committed
pages are its output: keep it byte-identical when adding stories at the end).

Story fields: T title, X dateline (opens the first paragraph, body), K summary bullet (body with its "Key
points" heading when written inside the story's text; not body in a template's highlights box over the story), P paragraph, H subheading, L list item, Q pull quote (body),
A "Also read" pointer (not body), G/M/N a gallery, a "Must Read" box, an "Also Read" list (not body),
Z the agency's mark or desk initials after the copy (not body), D deck in the header (not body), C agency credit or syndication note (not body)."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']


def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, byline, section = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, byline=byline, section=section, title='', dateline='', keys=[],
                       items=[], credit='', deck='')
            stories.append(cur)
        elif not line.strip() or cur is None:
            continue
        else:
            k, v = line.split(': ', 1)
            if k == 'T': cur['title'] = v
            elif k == 'X': cur['dateline'] = v
            elif k == 'K': cur['keys'].append(v)
            elif k == 'C': cur['credit'] = v
            elif k == 'D': cur['deck'] = v
            elif k == 'Z': cur.setdefault('tail', []).append(v)
            else: cur['items'].append((k, v))
    return stories


def dparts(d):
    y, m, dd = d.split('-')
    return int(y), int(m), int(dd)


def d_ist(d, hh, mm):  # "Mar 12, 2026, 10:15 IST"
    y, m, dd = dparts(d)
    return '%s %d, %d, %02d:%02d IST' % (MONTHS[m - 1][:3], dd, y, hh, mm)


def d_long(d):  # "12 March 2026"
    y, m, dd = dparts(d)
    return '%d %s %d' % (dd, MONTHS[m - 1], y)


def d_us(d):  # "March 12, 2026"
    y, m, dd = dparts(d)
    return '%s %d, %d' % (MONTHS[m - 1], dd, y)


def ampm(hh, mm):
    return '%d:%02d %s' % ((hh - 1) % 12 + 1, mm, 'AM' if hh < 12 else 'PM')


def expected(s, key_head):
    out = []
    if s['keys'] and key_head is not None:
        if key_head:
            out.append(key_head)
        out.extend(s['keys'])
    first = True
    for k, v in s['items']:
        if k in ('A', 'G', 'M', 'N'):
            continue
        if k == 'P' and first and s['dateline']:
            v = s['dateline'] + ' ' + v
        if k == 'P':
            first = False
        out.append(v)
    return '\n\n'.join(out) + '\n'


OTHER_HEADS = [
    "Monsoon likely to hit Kerala coast three days early, says weather office",
    "Sensex ends 400 points higher as banks, IT stocks gain", "Opposition walks out of Assembly over paper leak",
    "Two held for smuggling gold worth Rs 3 crore at airport", "Court reserves verdict on bail plea of former minister",
    "Railways to run 40 summer special trains from April", "Fuel prices unchanged for 90th straight day",
    "Man arrested for posing as customs officer in online fraud", "Heavy rain lashes coastal districts, schools shut",
    "Petrol pump strike called off after talks with oil firms", "Students protest fee hike at state university",
    "Three-day power shutdown announced for maintenance work", "New airport terminal to open for domestic flights",
    "Police bust fake call centre targeting foreign nationals", "Cabinet approves new policy for data centres",
    "Senate passes budget after marathon sitting", "Traders shut markets over multiple taxation",
    "Governor swears in new commissioners", "Flood victims yet to receive relief, say residents",
    "Tanker explosion on expressway leaves traffic stranded", "Cricket board names squad for tri-series",
    "Fire guts warehouse in industrial area, no casualties", "Teachers threaten strike over unpaid allowances",
    "Health ministry launches measles vaccination drive", "Court orders probe into missing relief funds",
]
NAMES = ['Rahul K', 'truth_seeker', 'Concerned Citizen', 'Anil Menon', 'Olu Ade', 'M. Farooq', 'Sandeep', 'KayBee',
         'Ama Owusu', 'desi_dad', 'Jomo', 'Rizwan A.']
COMMENTS = ["Good step but implementation is always the problem in our country.",
            "Where was this plan all these years? Only before elections they remember.",
            "Finally some good news. Hope they follow through this time.",
            "The same thing was announced two years ago. Nothing happened.",
            "Please also look at the condition of roads in our area, it is very bad.",
            "Well written article, thanks for covering this issue.",
            "Who will pay for all this? Taxpayers as usual."]


def heads(n):
    return random.sample(OTHER_HEADS, n)


def links(n, base, cls='', with_time=False):
    li = []
    for h in heads(n):
        t = ' <span class="time">%d hours ago</span>' % random.randint(1, 23) if with_time else ''
        li.append('<li><a href="%s/%s-%d">%s</a>%s</li>' % (base, slug(h), random.randint(100000, 999999), E(h), t))
    return '<ul%s>%s</ul>' % (' class="%s"' % cls if cls else '', ''.join(li))


def comments_block(n, disclaimer, cls='comments'):
    items = []
    for _ in range(n):
        items.append('<li class="comment"><div class="c-head"><span class="c-name">%s</span> <span class="c-time">%d hours ago</span></div>'
                     '<p class="c-text">%s</p><div class="c-act"><a href="#">Reply</a> <span>Like (%d)</span></div></li>'
                     % (E(random.choice(NAMES)), random.randint(1, 20), E(random.choice(COMMENTS)), random.randint(0, 40)))
    return ('<section class="%s"><h3>Comments (%d)</h3><p class="disclaimer">%s</p><ol>%s</ol>'
            '<form class="c-form"><textarea placeholder="Write a comment"></textarea><button>Post</button></form></section>'
            % (cls, n, E(disclaimer), ''.join(items)))


def pad_script(site):
    cfg = {"site": site, "adUnits": [{"code": "div-gpt-ad-%d" % i, "sizes": [[300, 250], [728, 90]],
                                      "bids": [{"bidder": b, "params": {"placementId": random.randint(10**6, 10**7)}}
                                               for b in ("appnexus", "rubicon", "pubmatic", "openx")]} for i in range(6)],
           "consent": {"gdpr": False, "ccpa": False}, "lazyLoad": {"fetchMarginPercent": 200, "renderMarginPercent": 100}}
    return '<script>window.pbjsConfig=%s;</script>' % json.dumps(cfg)


def head(s, site, domain, css):
    url = 'https://www.%s/%s/%s-%d' % (domain, s['section'], slug(s['title']), random.randint(10**7, 10**8))
    s['url'] = url
    first = next(v for k, v in s['items'] if k == 'P')
    desc = first[:155]
    hh, mm = random.randint(6, 21), random.randint(0, 59)
    s['hh'], s['mm'] = hh, mm
    author = s['byline']
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'], "description": desc,
          "datePublished": "%sT%02d:%02d:00+05:30" % (s['date'], hh, mm),
          "dateModified": "%sT%02d:%02d:00+05:30" % (s['date'], min(hh + 2, 23), mm),
          "author": [{"@type": "Person", "name": author}],
          "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "https://www.%s/logo.png" % domain}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "articleSection": s['section'], "inLanguage": "en"}
    bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.%s/" % domain},
        {"@type": "ListItem", "position": 2, "name": s['section'].title(), "item": "https://www.%s/%s" % (domain, s['section'])}]}
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s | %s</title><meta name="description" content="%s"><meta name="keywords" content="%s">'
            '<link rel="canonical" href="%s"><link rel="amphtml" href="%s?amp=1">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://img.%s/%s.jpg">'
            '<meta property="article:published_time" content="%sT%02d:%02d:00+05:30"><meta name="twitter:card" content="summary_large_image">'
            '<meta name="twitter:site" content="@%s"><script type="application/ld+json">%s</script><script type="application/ld+json">%s</script>'
            '<style>%s</style><script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"articleshow","section":"%s","author":"%s"});</script>'
            '<script async src="https://securepubads.example-ads.net/tag/js/gpt.js"></script>%s</head>\n'
            % (E(s['title']), E(site), E(desc), E(', '.join(s['title'].split()[:5])), url, url, E(s['title']), E(desc), url, E(site),
               domain, slug(s['title']), s['date'], hh, mm, domain.split('.')[0], json.dumps(ld), json.dumps(bc), css,
               s['section'], E(author), pad_script(site)))


def mega_nav(sections, domain):
    cols = []
    for sec in sections:
        sub = ''.join('<li><a href="https://www.%s/%s/%s">%s</a></li>' % (domain, slug(sec), slug(x), x)
                      for x in ('Latest', 'Top Stories', 'Photos', 'Videos', 'Opinion'))
        cols.append('<li class="menu-item"><a href="https://www.%s/%s">%s</a><ul class="sub-menu">%s</ul></li>' % (domain, slug(sec), sec, sub))
    return '<nav class="main-nav" role="navigation"><ul class="menu">%s</ul></nav>' % ''.join(cols)


def footer(site, domain, extra_cols):
    cols = ''.join('<div class="f-col"><h4>%s</h4><ul>%s</ul></div>' % (h, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in xs))
                   for h, xs in extra_cols)
    return ('<footer class="site-footer"><div class="f-cols">%s</div><div class="f-apps"><p>Download our app</p><a href="#">Google Play</a> <a href="#">App Store</a></div>'
            '<p class="copyright">Copyright &copy; 2026 %s. All rights reserved. Reproduction in whole or in part without written permission is prohibited.</p>'
            '<p class="f-links"><a href="/about">About Us</a> | <a href="/contact">Contact Us</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/advertise">Advertise with Us</a></p></footer>'
            % (cols, E(site)))


FOOT_COLS = [('News', ['India', 'World', 'Business', 'Sports', 'Entertainment', 'Technology', 'Lifestyle']),
             ('Cities', ['Delhi', 'Mumbai', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Pune']),
             ('Services', ['e-Paper', 'Newsletters', 'Podcasts', 'Archives', 'Sitemap', 'RSS'])]


def ad(i, label='Advertisement'):
    return '<div class="ad-slot" id="ad-slot-%d"><span class="ad-label">%s</span><div id="div-gpt-ad-%d" style="min-height:250px"></div></div>' % (i, label, i)


# ---------------------------------------------------------------- India national portal
def t_indnat(s, n):
    site, domain = random.choice([('The National Chronicle', 'nationalchronicle.in'), ('India Daily Post', 'indiadailypost.com'),
                                  ('Hindustan Courier', 'hindustancourier.in')])
    css = 'body{font-family:Arial}.art{max-width:780px}.ad-slot{text-align:center;background:#f4f4f4}.trending-inline{border:1px solid #ddd}'
    out = [head(s, site, domain, css), '<body class="articleshow">']
    out.append('<div class="top-strip"><span>%s</span> <a href="/epaper">e-Paper</a> <a href="/login">Sign In</a> <a href="/subscribe" class="btn">Subscribe</a></div>'
               % d_us(s['date']))
    out.append('<header><a class="logo" href="/"><img src="/logo.svg" alt="%s"></a>%s</header>' % (E(site), mega_nav(
        ['India', 'World', 'Cities', 'Business', 'Tech', 'Sports', 'Entertainment', 'Web Stories', 'Photos', 'Videos'], domain)))
    out.append('<div class="breaking"><b>Breaking News</b><marquee>%s</marquee></div>' % ' &bull; '.join(E(h) for h in heads(4)))
    out.append('<div class="breadcrumb"><a href="/">News</a> &rsaquo; <a href="/%s">%s</a> &rsaquo; <span>%s</span></div>' % (s['section'], s['section'].title(), E(s['title'][:40])))
    out.append('<main><article class="art"><h1>%s</h1>' % E(s['title']))
    out.append('<div class="byline-wrap"><span class="author">%s</span> / <span class="agency">TNN</span> / <span class="time">Updated: %s</span>'
               '<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div>'
               '<a class="gn-follow" href="https://news.google.com/publications/x">Follow us on Google News</a></div>'
               % (E(s['byline']), d_ist(s['date'], s['hh'], s['mm'])))
    out.append('<figure class="lead"><img src="https://img.%s/photo/%s.jpg" alt="%s"><figcaption>Representative image (File photo)</figcaption></figure>' % (domain, slug(s['title']), E(s['title'])))
    out.append('<div class="article-body _s30J clearfix" data-articlebody="1">')
    first, pc, ai = True, 0, 0
    for k, v in s['items']:
        if k == 'P':
            if first and s['dateline']:
                txt = ('<strong>%s</strong> %s' % (E(s['dateline']), E(v))) if n % 2 == 0 else E(s['dateline'] + ' ' + v)
                first = False
            else:
                txt = E(v)
                first = False
            out.append('<p>%s</p>' % txt if n % 3 else '%s<br><br>' % txt)
            pc += 1
            if pc == 2:
                out.append(ad(1))
                out.append('<p class="adtext">Story continues below this ad</p>')
            if pc == 3:
                out.append('<div class="trending-inline"><h4>Trending Stories</h4>%s</div>' % links(3, '/india'))
            if pc == 5:
                out.append(ad(2))
        elif k == 'A':
            ai += 1
            style = (n + ai) % 3
            if style == 0:
                out.append('<p><strong>ALSO READ |</strong> <a href="/india/%s">%s</a></p>' % (slug(v), E(v)))
            elif style == 1:
                out.append('<div class="also-read"><span>Also Read:</span> <a href="/india/%s">%s</a></div>' % (slug(v), E(v)))
            else:
                out.append('<p><b>Also Read:</b> <a href="/india/%s"><b>%s</b></a></p>' % (slug(v), E(v)))
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
        elif k == 'L':
            if out[-1].endswith('</ul>') and out[-1].startswith('<ul class="bullets">'):
                out[-1] = out[-1][:-5] + '<li>%s</li></ul>' % E(v)
            else:
                out.append('<ul class="bullets"><li>%s</li></ul>' % E(v))
        elif k == 'Q':
            out.append('<blockquote class="pullquote"><p>%s</p></blockquote>' % E(v))
    if s['credit']:
        out.append('<p><em>%s</em></p>' % E(s['credit']) if n % 2 else '<div class="agency-credit">%s</div>' % E(s['credit']))
    if n % 2 == 0:
        out.append('<p><i>Follow us on Google News, WhatsApp and Telegram for the latest updates from India and around the world.</i></p>')
    if n == 3:
        out.append('<p><b>For all the latest India News, download %s App.</b></p>' % E(site))
    out.append('</div>')
    out.append('<div class="tags"><span>Tags:</span> %s</div>' % ' '.join('<a href="/topic/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:5]))
    out.append('<div class="author-box"><img src="/authors/%s.jpg" alt=""><div><p class="a-name">%s</p><p class="a-bio">%s is a Senior Correspondent covering urban affairs, '
               'transport and governance. Follow on X <a href="https://x.com/%s">@%s</a></p></div></div>'
               % (slug(s['byline']), E(s['byline']), E(s['byline']), slug(s['byline']).replace('-', '_'), slug(s['byline']).replace('-', '_')))
    out.append('<div class="top-stories"><h3>Top Stories</h3>%s</div>' % links(6, '/india', with_time=True))
    out.append(comments_block(3, 'Disclaimer: Comments reflect the views of individual readers and not of %s. Kindly avoid abusive language.' % site))
    out.append('</article><aside class="rhs"><div class="must-read"><h3>Must Read</h3>%s</div>%s<div class="most-read"><h3>Most Read</h3>%s</div></aside></main>'
               % (links(5, '/news'), ad(3), links(5, '/news')))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('<script>var _comscore=_comscore||[];_comscore.push({c1:"2",c2:"%d"});</script></body></html>\n' % random.randint(10**6, 10**7))
    return ''.join(out), None


# ---------------------------------------------------------------- India business daily
def t_indbiz(s, n):
    site, domain, app = random.choice([('Business Chronicle', 'businesschronicle.in', 'Business Chronicle'),
                                       ('The Market Ledger', 'marketledger.co.in', 'Market Ledger'),
                                       ('Economic Pulse', 'economicpulse.in', 'EconPulse')])
    css = '.story{max-width:720px}.summary{background:#fff6e5;padding:12px}.stock-card{border:1px solid #ccc}'
    out = [head(s, site, domain, css), '<body>']
    out.append('<header class="hdr"><a href="/" class="logo">%s</a>%s<div class="mkt-ticker"><span>Sensex 78,412.55 <b class="up">+0.42%%</b></span> '
               '<span>Nifty 23,801.10 <b class="up">+0.38%%</b></span> <span>Gold ₹71,240 <b class="dn">-0.2%%</b></span></div></header>'
               % (E(site), mega_nav(['Markets', 'Companies', 'Economy', 'Money', 'Mutual Funds', 'Tech', 'Opinion', 'Premium'], domain)))
    out.append('<div id="container"><div class="mainArea"><div class="storyPage_1" data-story="1">')
    out.append('<div class="storyTop"><a class="sec" href="/%s">%s</a><h1 class="headline">%s</h1>' % (s['section'], s['section'].title(), E(s['title'])))
    if s['keys'] and n % 2 == 1:
        out.append('<h2 class="summary">%s</h2>' % E(s['keys'][0] + '.'))
    out.append('<div class="byline"><span class="name">%s</span><span class="date">%s, %s IST</span></div></div>'
               % (E(s['byline']), d_long(s['date']), ampm(s['hh'], s['mm'])))
    key_head = None
    if s['keys']:
        if n % 2 == 0:
            out.append('<div class="summary"><h2>Key Highlights</h2><ul>%s</ul></div>' % ''.join('<li>%s</li>' % E(k) for k in s['keys']))
        else:
            out.append('<ul class="highlights">%s</ul>' % ''.join('<li><p>%s</p></li>' % E(k) for k in s['keys']))
    out.append('<figure><img src="https://img.%s/%s.jpg" alt=""><figcaption>%s (Photo: Reuters)</figcaption></figure>' % (domain, slug(s['title']), E(s['title'][:60])))
    out.append('<div class="listenArticle"><button>Listen to this article</button><span>03:12</span></div>')
    out.append('<div class="storyParagraph" id="mainArea">')
    pc = 0
    for k, v in s['items']:
        if k == 'P':
            out.append('<p>%s</p>' % E(v))
            pc += 1
            if pc == 2:
                out.append('<div class="paywall-promo"><p>Unlock 30+ premium stories daily hand-picked by our editors, across devices on browser and app.</p>'
                           '<a href="/subscribe">Subscribe Now</a></div>')
            if pc == 3:
                out.append(ad(1))
                if n % 2 == 0:
                    out.append('<div class="stock-card"><a href="/market/stock/x"><span>Top gainer</span> <b>Tata Power Co Ltd</b> <span>₹412.30</span> <span class="up">+2.30%</span></a></div>')
            if pc == 4 and n % 2 == 1:
                out.append('<p class="milestone"><strong>Milestone Alert!</strong> %s is now the fastest growing business news site in India. <a href="/about">Click here to know more.</a></p>' % E(site))
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
        elif k == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'L':
            out.append('<ul><li>%s</li></ul>' % E(v))
    if s['credit']:
        out.append('<p><i>%s</i></p>' % E(s['credit']))
    out.append('<p class="catchAll">%sCatch all the <a href="/news">Business News</a>, <a href="/market">Market News</a>, <a href="/breaking">Breaking News</a> Events and '
               '<a href="/latest">Latest News</a> Updates on %s.%s%s</p>' % ('(' if n % 2 else '', E(site), ')' if n % 2 else '', '' if n % 2 else ' Download The %s App to get Daily Market Updates.' % E(app)))
    if n == 2:
        out.append('<div class="dear-reader"><p>Dear Reader,</p><p>%s has always strived hard to provide up-to-date information and commentary on developments '
                   'that are of interest to you and have wider political and economic implications for the country and the world.</p><p>We, however, have a request.</p>'
                   '<p>More subscriptions to our online content can only help us offer you even better and more relevant content. Your support through more '
                   'subscriptions can help us practise the journalism to which we are committed.</p><p>Support quality journalism and subscribe to %s.</p>'
                   '<p>Digital Editor</p></div>' % (E(site), E(site)))
    out.append('<div class="firstPublishDate">First Published: %s %s %d, %s IST</div>' % (s['date'][8:], MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][:4]), ampm(s['hh'], s['mm'])))
    out.append('</div><div class="topicTags"><span>Topics</span> %s</div>' % ' '.join('<a href="/topic/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[1:5]))
    out.append('<div class="nextStory"><span>Next Story</span> <a href="/x">%s</a></div>' % E(heads(1)[0]))
    out.append('</div></div><aside class="rightSec"><div class="trending"><h3>Trending Stocks</h3><ul><li>Reliance 2,912.40</li><li>HDFC Bank 1,688.05</li><li>Infosys 1,540.30</li></ul></div>'
               '<div class="lat"><h3>Latest News</h3>%s</div>%s</aside></div>' % (links(6, '/news', with_time=True), ad(3)))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('</body></html>\n')
    return ''.join(out), key_head


# ---------------------------------------------------------------- India TV channel site
def t_indtv(s, n):
    site, domain = random.choice([('Channel24 India', 'channel24india.com'), ('NewsNation Live', 'newsnationlive.tv')])
    css = '.sticky-player{position:sticky;top:0}.highlight{border-left:4px solid red}'
    out = [head(s, site, domain, css), '<body class="story">']
    out.append('<header>%s<a class="live-tv" href="/live">LIVE TV</a></header>' % mega_nav(['Latest', 'India', 'World', 'Cities', 'Business', 'Cricket', 'Entertainment', 'Videos', 'Web Stories'], domain))
    out.append('<div class="sticky-player"><div class="player" data-video="v%d"><div class="player-title">Watch: %s</div><div class="vjs-controls"><span>Video Duration 02:14</span> '
               '<span>Autoplay</span> <button>Unmute</button></div></div><a class="close">Close</a></div>' % (random.randint(1000, 9999), E(heads(1)[0])))
    out.append('<div class="content"><div class="sp-hd"><h1 class="sp-ttl">%s</h1>' % E(s['title']))
    key_head = None
    if s['keys']:
        note = '<p class="ai-note">Quick Read: Summary is AI generated, newsroom reviewed.</p>' if n % 2 == 0 else ''
        out.append('<div class="highlight"><h2>Highlights</h2>%s<ul>%s</ul></div>' % (note, ''.join('<li>%s</li>' % E(k) for k in s['keys'])))
    out.append('<div class="pst-by"><span>Reported by %s</span> <span class="pst-by_lnk">Edited by Ritu Anand</span> <span class="pst-by_li">%s, Published On %s</span></div></div>'
               % (E(s['byline']), s['section'].replace('-', ' ').title(), '%s %d, %d %s IST' % (MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][8:]), int(s['date'][:4]), ampm(s['hh'], s['mm']))))
    out.append('<div class="sp-cn ins_storybody" id="ins_storybody">')
    first, pc = True, 0
    for k, v in s['items']:
        if k == 'P':
            txt = E(v)
            if first and s['dateline']:
                txt = '<b>%s</b> %s' % (E(s['dateline']), txt)
            first = False
            out.append('<p>%s</p>' % txt)
            pc += 1
            if pc == 2:
                out.append('<div class="ins_instory_dv"><p class="ins_instory_dv_lbl">Advertisement</p><div class="ad"></div></div>')
            if pc == 3:
                out.append('<div class="read-also"><span>Read Also</span> <a href="/x/%s">%s</a></div>' % (slug(heads(1)[0]), E(heads(1)[0])))
        elif k in ('H',):
            out.append('<h3>%s</h3>' % E(v))
    out.append('<p><i>(Except for the headline, this story has not been edited by %s staff and is published from a syndicated feed.)</i></p>' % E(site))
    out.append('<p>Track Latest News Live on %s and get news updates from India and around the world</p>' % E(site))
    if n == 1:
        out.append('<p>%s is now on WhatsApp Channels. Follow our channel for the latest news and analysis.</p>' % E(site))
    out.append('</div><div class="follow-wa"><a href="https://whatsapp.com/channel/x">Follow us on WhatsApp channel</a> <a href="#">Telegram</a></div>')
    out.append('<div class="tags"><h4>Tags</h4>%s</div>' % ''.join('<a href="/topic/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<div class="vid-rail"><h3>Related Videos</h3>%s</div>' % links(4, '/video'))
    out.append(comments_block(2, 'Disclaimer: Comments reflect the views of their authors, not of %s.' % site))
    out.append('</div><aside><div class="trending"><h3>Trending News</h3>%s</div></aside>' % links(6, '/news'))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('</body></html>\n')
    return ''.join(out), key_head


# ---------------------------------------------------------------- Pakistan / Bangladesh / Sri Lanka daily
def t_pak(s, n):
    site, domain = [('The Daily Mirror Sindh', 'dailymirrorsindh.pk'), ('Capital Tribune', 'capitaltribune.com.pk'),
                    ('Dhaka Ledger', 'dhakaledger.com'), ('Lanka Observer', 'lankaobserver.lk'), ('Punjab Herald', 'punjabherald.pk')][n % 5]
    css = '.story__content p{margin:0 0 1em}.comment{border-bottom:1px solid #eee}'
    out = [head(s, site, domain, css), '<body>']
    out.append('<div class="header"><a class="logo" href="/">%s</a>%s<div class="date-today">%s</div></div>' % (E(site), mega_nav(
        ['Home', 'Latest', 'Pakistan', 'World', 'Business', 'Sport', 'Opinion', 'Magazines', 'Prism'], domain), d_us(s['date'])))
    out.append('<main class="container"><article class="story">')
    out.append('<div class="story__header"><h2 class="story__title">%s</h2>' % E(s['title']))
    out.append('<div class="story__byline"><a href="/authors/%s">%s</a> <span class="timestamp--label">Published</span> <span class="timestamp--date">%s</span>'
               ' <span class="timestamp--label">Updated</span> <span class="timestamp--time">%s %s</span></div></div>'
               % (slug(s['byline']), E(s['byline']), d_us(s['date']), d_us(s['date']), ampm(s['hh'], s['mm'])))
    out.append('<figure class="media"><img src="/thumbs/%s.jpg" alt=""><figcaption class="media__caption">%s. — Photo via %s</figcaption></figure>'
               % (slug(s['title']), E(s['title'][:50]), 'APP' if n % 2 else 'file'))
    out.append('<div class="story__content overflow-hidden text-4 sm:text-4.5 font-georgia">')
    pc = 0
    first = True
    for k, v in s['items']:
        if k == 'P':
            txt = E((s['dateline'] + ' ' + v) if first and s['dateline'] else v)
            first = False
            out.append('<p>%s</p>' % txt)
            pc += 1
            if pc == 2:
                out.append('<div class="ad-container"><span>Story continues below</span>%s</div>' % ad(1, ''))
            if pc == 4 and n % 2 == 0:
                out.append('<div class="read-more-box"><h4>Read more</h4>%s</div>' % links(2, '/news'))
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
    if s['credit']:
        out.append('<p>%s</p>' % E(s['credit']))
    if n % 5 in (0, 4):
        y, m, d = dparts(s['date'])
        d = d + 1 if d < 28 else d
        suf = 'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
        out.append('<p><em>Published in %s, %s %d%s, %d</em></p>' % (E(site), MONTHS[m - 1], d, suf, y))
    if n % 5 == 1:
        out.append('<p><em>Like Business on Facebook, follow @%sBiz on Twitter to stay informed and join in the conversation.</em></p>' % site.split()[0])
    if n % 5 == 2:
        out.append('<p class="gn">Follow %s Google News channel for the latest news and updates</p>' % E(site))
    out.append('</div></article>')
    out.append('<div class="tags">%s</div>' % ''.join('<a href="/tags/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:3]))
    out.append('<section class="comments"><h3>Comments (4) Closed</h3><ol>%s</ol><p class="disclaimer">Comments are moderated and generally will be posted if they are on-topic and not abusive. '
               'For more information, please see our Comments FAQ.</p></section>'
               % ''.join('<li class="comment"><span class="author">%s</span><div class="text"><p>%s</p></div><span class="rec">Recommend %d</span></li>'
                         % (E(random.choice(NAMES)), E(random.choice(COMMENTS)), random.randint(0, 60)) for _ in range(4)))
    out.append('<aside><div class="most-popular"><h3>Most Popular</h3>%s</div><div class="editors-pick"><h3>Editor\'s Pick</h3>%s</div></aside></main>' % (links(5, '/news', with_time=True), links(3, '/news')))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('</body></html>\n')
    return ''.join(out), None


# ---------------------------------------------------------------- African WordPress news theme
def t_afwp(s, n):
    site, domain = [('Daily Lagos Tribune', 'lagostribune.ng'), ('The Abuja Voice', 'abujavoice.com.ng'), ('Accra Chronicle Online', 'accrachronicle.com.gh'),
                    ('Rift Valley Times', 'riftvalleytimes.co.ke'), ('Northern Sentinel', 'northernsentinel.ng'), ('Copperbelt Post', 'copperbeltpost.co.zm')][n % 6]
    css = '.td-post-content p{font-size:17px}.code-block{text-align:center}.jp-relatedposts{clear:both}'
    out = [head(s, site, domain, css), '<body class="post-template-default single single-post td-standard-pack">']
    out.append('<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td-header-date">%s</span> <a href="/advertise">Advertise</a> <a href="/contact">Contact</a></div>'
               '<div class="td-logo"><a href="/">%s</a></div>%s</div>' % (d_us(s['date']), E(site), mega_nav(['News', 'Politics', 'Metro', 'Business', 'Sports', 'Entertainment', 'Columns', 'Editorial'], domain)))
    out.append('<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article id="post-%d" class="post type-post status-publish">' % random.randint(10**5, 10**6))
    out.append('<header class="td-post-title"><ul class="td-category"><li><a href="/category/%s">%s</a></li></ul><h1 class="entry-title">%s</h1>'
               '<div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/%s">%s</a></div><span class="td-post-date"><time class="entry-date updated" datetime="%s">%s %s</time></span>'
               '<div class="td-post-comments"><a href="#comments">%d</a></div></div></header>'
               % (s['section'], s['section'].title(), E(s['title']), slug(s['byline']), E(s['byline']), s['date'], d_long(s['date']), ampm(s['hh'], s['mm']), random.randint(0, 30)))
    out.append('<div class="td-post-sharing-top"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Telegram</a></div>')
    out.append('<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/%s.jpg" alt=""><figcaption class="wp-caption-text">%s</figcaption></figure></div>'
               % (slug(s['title'])[:30], E(s['title'].split(',')[0][:60])))
    out.append('<div class="td-post-content tagdiv-type">')
    key_head = None
    if s['keys']:
        key_head = 'Key points'
        out.append('<div class="key-points"><p><strong>Key points</strong></p><ul>%s</ul></div>' % ''.join('<li>%s</li>' % E(k) for k in s['keys']))
    pc, first = 0, True
    for k, v in s['items']:
        if k == 'P':
            if first and s['dateline']:
                txt = ('<strong>%s</strong> %s' % (E(s['dateline']), E(v))) if n % 2 else E(s['dateline'] + ' ' + v)
            else:
                txt = E(v)
            first = False
            out.append('<p>%s</p>' % txt)
            pc += 1
            if pc == 1:
                out.append('<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p>Advertisement</p><img src="/ads/banner-%d.gif" alt=""></div>' % n)
            if pc == 3 and n == 1:
                out.append('<div class="support-box"><p><strong>Support %s\' journalism of integrity and credibility</strong></p><p>Good journalism costs a lot of money. '
                           'Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.</p>'
                           '<p><a href="/donate">Donate now</a></p></div><p>TEXT AD: Call the Sales Desk - +2348000000000</p>' % E(site.upper()))
            if pc == 3 and n % 3 == 0:
                out.append('<div class="wa-join"><p><strong>Join our WhatsApp channel</strong> for breaking news and updates. <a href="https://whatsapp.com/channel/x">Click here to join</a></p></div>')
            if pc == 4:
                out.append('<div class="code-block code-block-7"><p>Advertisement</p><ins class="adsbygoogle" data-ad-slot="%d"></ins></div>' % random.randint(10**9, 10**10))
        elif k == 'A':
            if n % 2:
                out.append('<p><strong>READ ALSO: <a href="/news/%s">%s</a></strong></p>' % (slug(v), E(v)))
            else:
                out.append('<div class="read-also"><h5>ALSO READ</h5><ul><li><a href="/news/%s">%s</a></li>%s</ul></div>'
                           % (slug(v), E(v), ''.join('<li><a href="/x/%s">%s</a></li>' % (slug(h), E(h)) for h in heads(2))))
        elif k == 'H':
            out.append('<h3>%s</h3>' % E(v))
    if s['credit']:
        out.append('<p><em>%s</em></p>' % E(s['credit']))
    if n % 3 == 1:
        out.append('<p><strong>Kindly share this story</strong></p>')
    out.append('<div class="newsletter-box"><h4>Subscribe to our newsletter</h4><p>Get the day\'s top stories delivered to your inbox every morning.</p>'
               '<form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>')
    out.append('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div>' % links(3, '/news'))
    out.append('</div><footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>%s</ul></div>'
               % ''.join('<li><a href="/tag/%s">%s</a></li>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<div class="author-box-wrap"><div class="desc"><div class="td-author-name"><a href="/author/x">%s</a></div><div class="td-author-description">%s is a correspondent with %s. '
               'Follow on Twitter @%s</div></div></div></footer></article>' % (E(s['byline']), E(s['byline']), E(site), slug(s['byline']).replace('-', '')))
    out.append('<div class="td_block_related_posts"><h4>You may also like</h4>%s</div>' % links(4, '/news'))
    out.append('<div id="comments" class="comments"><h3>%d Comments</h3><ol class="comment-list">%s</ol><p class="disclaimer">DISCLAIMER: Comments and opinions expressed by readers '
               'are theirs and do not represent the views of %s.</p><div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>'
               '<textarea></textarea><input type="submit" value="Post Comment"></div></div>'
               % (3, ''.join('<li><div class="comment-author">%s says:</div><div class="comment-content"><p>%s</p></div></li>' % (E(random.choice(NAMES)), E(random.choice(COMMENTS))) for _ in range(3)), E(site)))
    out.append('</div><div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Latest News</h4>%s</aside><aside class="widget">%s</aside>'
               '<aside class="widget"><h4 class="block-title">Most Popular</h4>%s</aside></div></div></div>' % (links(6, '/news', with_time=True), ad(4), links(5, '/news')))
    out.append(footer(site, domain, [('Sections', ['News', 'Politics', 'Metro', 'Business', 'Sports']), ('Company', ['About', 'Contact', 'Careers'])]))
    out.append('</body></html>\n')
    return ''.join(out), key_head


# ---------------------------------------------------------------- South Africa / Kenya React portal
def t_za(s, n):
    site, domain = [('Highveld24', 'highveld24.co.za'), ('Cape Daily Wire', 'capedailywire.co.za'), ('Nairobi Star Online', 'nairobistaronline.co.ke'), ('Jozi Sport', 'jozisport.co.za')][n % 4]
    css = '.article__body p{line-height:1.6}.sc-1x2y3{display:flex}.article__summary li{margin:4px 0}'
    out = [head(s, site, domain, css), '<body><div id="__next">']
    out.append('<header class="sc-hdr-1a2b">%s<a class="sc-btn-sub" href="/subscribe">SUBSCRIBE</a><a href="/signin">Sign In</a></header>'
               % mega_nav(['News', 'Politics', 'Business', 'Opinion', 'Sport', 'Lifestyle', 'Motoring', 'Weather'], domain))
    out.append('<div class="sc-3kd9 article-page"><article class="article"><div class="article__header"><span class="article__tag">%s</span><h1 class="article__title">%s</h1>' % (s['section'].upper(), E(s['title'])))
    if s['deck']:
        out.append('<p class="article__synopsis">%s</p>' % E(s['deck']))
    out.append('<div class="article__author"><a href="/author/%s">%s</a><span class="article__date">%s %s %d at %02d:%02d</span><span class="article__read-time">Share | 3 min read</span></div></div>'
               % (slug(s['byline']), E(s['byline']), s['date'][8:], MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][:4]), s['hh'], s['mm']))
    out.append('<div class="article__audio"><span>Listen to this article</span><span>00:00 / 03:41</span><span>1x</span></div>')
    key_head = None
    if s['keys']:
        key_head = 'In summary'
        out.append('<div class="article__summary"><h4>In summary</h4><ul>%s</ul></div>' % ''.join('<li><p>%s</p></li>' % E(k) for k in s['keys']))
    out.append('<figure class="article__image"><img src="https://cdn.%s/%s.jpg" alt=""><figcaption>%s <span class="credit">Gallo Images/Getty Images</span></figcaption></figure>'
               % (domain, slug(s['title']), E(s['title'][:50])))
    out.append('<div class="article__body NewsArticle" data-testid="article-body">')
    pc = 0
    for k, v in s['items']:
        if k == 'P':
            out.append('<p>%s</p>' % E(v))
            pc += 1
            if pc == 2:
                h = heads(1)[0]
                out.append('<p><strong>READ | <a href="/news/%s">%s</a></strong></p>' % (slug(h), E(h)))
            if pc == 3:
                out.append('<div class="ad-separator"><span>Story continues below advertisement</span>%s</div>' % ad(2, ''))
            if pc == 4 and n % 2 == 0:
                out.append('<div class="promo-whatsapp"><p>Follow %s on <a href="https://whatsapp.com/channel/x">WhatsApp</a> for the latest news. '
                           'Subscribe to our newsletter to stay in the know.</p></div>' % E(site))
        elif k == 'H':
            out.append('<h3>%s</h3>' % E(v))
    if n % 2 == 1:
        out.append('<p><b>- Compiled by %s</b></p>' % E(s['byline'].split()[0] + ' ' + 'Ndlovu'))
    out.append('</div><div class="article__newsletter"><h4>Sign up to the %s newsletter</h4><p>Get the biggest stories of the day in your inbox.</p><input type="email"><button>Sign up</button></div>' % E(site))
    out.append('<div class="article__tags">%s</div>' % ''.join('<a href="/tags/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<div class="article__comments-closed"><p>Comments have been closed on this article.</p></div></article>')
    out.append('<aside class="sc-side"><div class="top-stories"><h3>Top Stories</h3>%s</div>%s<div><h3>Trending</h3>%s</div></aside></div>' % (links(5, '/news', with_time=True), ad(5), links(5, '/news')))
    out.append(footer(site, domain, [('Sections', ['News', 'Business', 'Sport', 'Opinion']), ('Help', ['Contact', 'FAQ', 'Press Code'])]))
    out.append('</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":%d,"section":"%s"}},"page":"/article/[slug]"}</script></body></html>\n'
               % (random.randint(10**6, 10**7), s['section']))
    return ''.join(out), key_head


# ---------------------------------------------------------------- Southeast Asian dailies
def t_sea(s, n):
    site, domain, kind = [('Metro Manila Inquirer', 'metromanilainquirer.ph', 'ph'), ('Straits Peninsula Star', 'peninsulastar.com.my', 'my'),
                          ('Lion City Times', 'lioncitytimes.sg', 'sg'), ('Jakarta Morning Post', 'jakartamorningpost.co.id', 'id'),
                          ('Visayas Daily News', 'visayasdaily.ph', 'ph')][n % 5]
    css = '.article-content p{font-size:18px}.related-box{float:right;width:40%}'
    out = [head(s, site, domain, css), '<body>']
    out.append('<header><div class="logo"><a href="/">%s</a></div>%s</header>' % (E(site), mega_nav(['News', 'Nation', 'World', 'Business', 'Sports', 'Lifestyle', 'Entertainment', 'Opinion', 'Videos'], domain)))
    out.append('<div id="article-wrap"><div class="article-left"><article>')
    out.append('<div id="art-head"><h1 class="entry-title">%s</h1><div id="art_author"><a href="/byline/%s">%s</a> - %s</div><div id="art_plat">%s / %s</div></div>'
               % (E(s['title']), slug(s['byline']), E(s['byline']), 'Reporter' if kind != 'my' else 'The Star', E(site), '%s %s, %s' % (MONTHS[int(s['date'][5:7]) - 1][:3], s['date'][8:], s['date'][:4]) if kind == 'my' else '%s %s' % (d_us(s['date']), ampm(s['hh'], s['mm']))))
    out.append('<figure class="wp-caption"><img src="/files/%s.jpg" alt=""><figcaption>%s. %s FILE PHOTO</figcaption></figure>' % (slug(s['title']), E(s['title'][:60]), site.split()[0].upper()))
    out.append('<div id="article_content" class="article-content"><div class="story-body">')
    pc, first = 0, True
    for k, v in s['items']:
        if k == 'P':
            if first and s['dateline']:
                txt = ('<strong>%s</strong> %s' % (E(s['dateline']), E(v))) if kind in ('ph', 'my') else E(s['dateline'] + ' ' + v)
            else:
                txt = E(v)
            first = False
            out.append('<p>%s</p>' % txt)
            pc += 1
            if pc == 2:
                if kind == 'my':
                    out.append('<div class="related-box"><h4>Related News</h4>%s</div>' % links(3, '/news/nation'))
                elif kind == 'sg':
                    out.append('<div class="ad-break"><span>ADVERTISEMENT</span>%s</div>' % ad(1, ''))
                else:
                    out.append(ad(1, 'ADVERTISEMENT'))
            if pc == 4 and kind == 'sg':
                h = heads(1)[0]
                out.append('<p><strong>Read more</strong></p><ul class="read-more-list"><li><a href="/singapore/%s">%s</a></li></ul>' % (slug(h), E(h)))
        elif k == 'A':
            out.append('<p><strong>READ: <a href="/news/%s">%s</a></strong></p>' % (slug(v), E(v)))
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
    if kind == 'ph':
        out.append('<div class="nl-box"><h4>Subscribe to our daily newsletter</h4><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form>'
                   '<p class="nl-terms">By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>')
        out.append('<p class="fb">For feedback, complaints, or inquiries, <a href="/contact">contact us</a>.</p>')
        if n == 4:
            out.append('<p>Subscribe to %s PLUS to get access to The %s &amp; other 70+ titles, share up to 5 gadgets, listen to the news and share articles on social media.</p>'
                       % (E(site.split()[0].upper()), E(site)))
    if kind == 'sg':
        out.append('<p class="tg"><em>Join %s\'s WhatsApp Channel and get the latest news and must-reads.</em></p>' % E(site.split()[0] + ' ' + site.split()[1]))
    if kind == 'my':
        out.append('<p class="kw">Tags / Keywords: %s</p>' % ', '.join('<a href="/tag/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
        out.append('<div class="report"><p>Report it to us.</p><p>Thank you for your report!</p></div>')
    if kind == 'id':
        out.append('<div class="share-article"><p>Share this article</p><a href="#">Facebook</a><a href="#">X</a></div><p class="topics">Topics : %s</p>' % ', '.join(s['title'].split()[:3]))
    out.append('</div></div>')
    if kind == 'ph':
        out.append('<div id="article_tags">TAGS: %s</div>' % ', '.join('<a href="/tag/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
        out.append(comments_block(3, 'Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of %s. We reserve the right to exclude comments that we deem to be inconsistent with our editorial standards.' % site))
    out.append('</article></div><aside class="article-right"><div><h3>Next In %s</h3>%s</div>%s<div><h3>Across The Site</h3>%s</div></aside></div>'
               % (s['section'].title(), links(5, '/news'), ad(6), links(4, '/news')))
    out.append(footer(site, domain, [('Sections', ['News', 'Nation', 'World', 'Business', 'Sports']), ('About', ['About Us', 'Contact', 'Careers'])]))
    out.append('</body></html>\n')
    return ''.join(out), None


# ---------------------------------------------------------------- Australia/NZ regional, Ireland
def t_anzie(s, n):
    site, domain, kind = [('The Goldfields Courier', 'goldfieldscourier.com.au', 'au'), ('Munster Examiner', 'munsterexaminer.ie', 'ie'),
                          ('River City Chronicle', 'rivercitychronicle.co.nz', 'nz'), ('Connacht Tribune Online', 'connachtonline.ie', 'ie')][n % 4]
    css = '.story-body p{margin:0 0 16px}.read-more-card{border-top:2px solid #000}'
    out = [head(s, site, domain, css), '<body><div id="app">']
    out.append('<header class="masthead"><a href="/">%s</a>%s<a class="subscribe" href="/subscribe">Subscribe</a></header>'
               % (E(site), mega_nav(['News', 'Sport', 'Business', 'Lifestyle', 'Opinion', 'Obituaries', 'Weather', 'Puzzles'], domain)))
    out.append('<main><article class="story"><div class="story-header"><h1>%s</h1>' % E(s['title']))
    if kind == 'ie':
        out.append('<div class="byline"><span>%s</span> <span class="date">%s, %s %s %s - %02d:%02d</span></div>'
                   % (E(s['byline']), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][n % 5], s['date'][8:], MONTHS[int(s['date'][5:7]) - 1][:3], s['date'][:4], s['hh'], s['mm']))
    else:
        out.append('<div class="byline"><a href="/profile/%s">%s</a><span class="role">%s</span><time datetime="%s">Updated %s - %s</time></div>'
                   % (slug(s['byline']), E(s['byline']), 'Local Democracy Reporter' if kind == 'nz' else 'Journalist', s['date'], d_long(s['date']), ampm(s['hh'], s['mm']).lower()))
    out.append('<div class="story-share"><button>Share</button><button>Save</button><button>Comment</button></div></div>')
    out.append('<figure><img src="/images/%s.jpg" alt=""><figcaption>%s Picture by Staff Photographer</figcaption></figure>' % (slug(s['title']), E(s['title'][:50])))
    out.append('<div class="story-body" id="story-body">')
    pc = 0
    for k, v in s['items']:
        if k == 'P':
            out.append('<p>%s</p>' % E(v))
            pc += 1
            if pc == 2:
                if kind == 'ie':
                    h = heads(1)[0]
                    out.append('<div class="read-more-card"><span class="label">Read More</span><a href="/news/%s"><img src="/t/%d.jpg" alt=""><span>%s</span></a></div>' % (slug(h), n, E(h)))
                else:
                    out.append('<div class="ad-wrap"><p class="ad-label">Advertisement</p>%s</div>' % ad(1, ''))
            if pc == 4 and kind == 'au':
                out.append('<div class="newsletter-inline"><p><b>Get the latest %s news in your inbox</b></p><p>Sign up for our newsletter to stay up to date.</p><input type="email"><button>Sign up</button></div>'
                           % site.split()[1])
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
    if kind == 'nz':
        out.append('<p><em>LDR is local body journalism co-funded by RNZ and NZ On Air.</em></p>')
    if kind == 'au':
        out.append('<p><strong>Get the news you can trust delivered to your inbox. <a href="/newsletters">Sign up here</a>.</strong></p>')
    out.append('</div>')
    if kind == 'ie':
        out.append('<div class="more-in"><h3>More in this section</h3>%s</div><p class="legal">&copy; %s Ltd</p>' % (links(3, '/news'), E(site)))
    out.append('<div class="topics"><h4>Topics</h4>%s</div></article>' % ''.join('<a href="/topic/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<aside><div class="just-in"><h3>Just In</h3>%s</div>%s</aside></main>' % (links(5, '/news', with_time=True), ad(3)))
    out.append(footer(site, domain, [('Sections', ['News', 'Sport', 'Business', 'Opinion']), ('Help', ['Contact', 'Subscribe', 'Advertise'])]))
    out.append('</div></body></html>\n')
    return ''.join(out), None


# ---------------------------------------------------------------- Gulf English dailies
def t_gulf(s, n):
    site, domain = [('Emirates Evening Post', 'emiratesevening.ae'), ('Gulf Observer Daily', 'gulfobserverdaily.com'), ('Capital Khaleej', 'capitalkhaleej.ae'), ('Doha Tribune', 'dohatribune.qa')][n % 4]
    css = '.article-body p{font-size:18px}.gallery{position:relative}.also-read-box{background:#f0f4f8}'
    out = [head(s, site, domain, css), '<body class="article-page">']
    out.append('<header><a href="/">%s</a>%s<div class="prayer">Fajr 5:02 Dhuhr 12:21 Asr 3:47</div></header>'
               % (E(site), mega_nav(['UAE', 'Gulf', 'World', 'Business', 'Sport', 'Entertainment', 'Lifestyle', 'Opinion', 'Jobs'], domain)))
    out.append('<main><article><div class="article-header"><div class="kicker">%s</div><h1>%s</h1>' % (s['section'].upper(), E(s['title'])))
    y, m, d = dparts(s['date'])
    out.append('<div class="meta"><span class="author">%s</span> <span class="pub">Published: %s %d %s %d, %s</span> <span class="upd">Last updated: %s %d %s %d, %s</span></div></div>'
               % (E(s['byline']), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][n % 7], d, MONTHS[m - 1][:3], y, ampm(s['hh'], s['mm']),
                  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][n % 7], d, MONTHS[m - 1][:3], y, ampm(min(s['hh'] + 1, 23), s['mm'])))
    if n % 2 == 0:
        out.append('<div class="sticky-video"><div class="jw-player"><span class="jw-title">%s</span><span>Up Next</span></div></div>' % E(heads(1)[0]))
    out.append('<div class="article-body">')
    pc, first = 0, True
    for k, v in s['items']:
        if k == 'P':
            txt = ('<strong>%s</strong> %s' % (E(s['dateline']), E(v))) if first and s['dateline'] else E(v)
            first = False
            out.append('<p>%s</p>' % txt)
            pc += 1
            if pc == 2:
                out.append('<div class="also-read-box"><p class="title">Also read</p><ul>%s</ul></div>'
                           % ''.join('<li><a href="/uae/%s">%s</a></li>' % (slug(h), E(h)) for h in heads(3)))
            if pc == 3 and n % 2 == 1:
                caps = ['Commuters at a bus station during the morning rush.', 'Officials during the announcement.', 'A view of the site from above.',
                        'Residents queue at a service centre.', 'Workers on the project site.', 'The new facility at night.']
                out.append('<div class="gallery"><div class="gallery-head">In pictures</div>%s<div class="counter">1/6</div></div>'
                           % ''.join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%d/6 %s Photo: Supplied</figcaption></figure>' % (i, i + 1, c) for i, c in enumerate(caps)))
            if pc == 4:
                out.append(ad(2))
        elif k == 'H':
            out.append('<h3>%s</h3>' % E(v))
    out.append('<p><em>Stay up to date with the latest news. Follow %s on WhatsApp Channels.</em></p>' % E(site))
    out.append('</div><div class="tags"><span>Tags</span>%s</div>' % ''.join('<a href="/tags/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<div class="author-card"><p class="name">%s</p><p>%s is a senior reporter covering government and transport. <a href="https://x.com/x">@%s</a></p></div></article>'
               % (E(s['byline']), E(s['byline']), slug(s['byline']).replace('-', '')))
    out.append('<aside><div class="top-stories"><h3>Top Stories</h3>%s</div>%s<div class="most-read"><h3>Must Read</h3>%s</div></aside></main>' % (links(5, '/uae', with_time=True), ad(3), links(5, '/uae')))
    out.append(footer(site, domain, [('Sections', ['UAE', 'Gulf', 'World', 'Business', 'Sport']), ('Services', ['E-paper', 'Classifieds', 'Jobs'])]))
    out.append('</body></html>\n')
    return ''.join(out), None


# ---------------------------------------------------------------- agency copy on a portal (ANI, PTI, IANS)
def t_wire(s, n):
    site, domain = [('The Daily Dispatch India', 'dailydispatchindia.com'), ('Print Ledger', 'printledger.in'),
                    ('NewsWala 24x7', 'newswala24x7.com')][n % 3]
    css = '.content-area p{font-size:17px}.agency-tag{font-weight:bold}'
    out = [head(s, site, domain, css), '<body class="single">']
    out.append('<header id="masthead"><a href="/" class="brand">%s</a>%s</header>' % (E(site), mega_nav(['India', 'World', 'Business', 'Sports', 'Entertainment', 'Agency Feeds'], domain)))
    out.append('<div class="content-area"><article class="post"><div class="entry-header"><span class="agency-tag">%s</span><h1 class="entry-title">%s</h1>'
               '<div class="entry-meta">%s | Updated: %s</div></div>' % (E(s['byline']), E(s['title']), E(s['byline']), d_ist(s['date'], s['hh'], s['mm'])))
    out.append('<div class="entry-content">')
    paras = [v for k, v in s['items'] if k == 'P']
    tail = s.get('tail', [])
    for i, v in enumerate(paras):
        txt = v
        if i == 0:
            txt = s['dateline'] + ' ' + v
        if i == len(paras) - 1 and tail and tail[0] == '(ANI)':
            txt = txt + ' (ANI)'
        out.append('<p>%s</p>' % E(txt))
        if i == 1:
            out.append('<div class="inline-ad"><span>Advertisement</span>%s</div>' % ad(1, ''))
    if tail and tail[0] != '(ANI)':
        for t in tail:
            out.append('<p>%s</p>' % E(t))
    if s['byline'] == 'PTI':
        out.append('<p><em>This report is auto-generated from Press Trust of India news service. %s holds no responsibility for its content.</em></p>' % E(site))
    if s['byline'] == 'ANI':
        out.append('<p><em>(This story is auto-generated from a syndicated news feed, %s Staff may not have modified or edited the content body)</em></p>' % E(site))
    out.append('</div><div class="post-tags">Tags: %s</div></article>' % ', '.join('<a href="/tag/%s">%s</a>' % (slug(t), t) for t in s['title'].split()[:4]))
    out.append('<aside class="widget-area"><section><h2>Latest Agency Feeds</h2>%s</section>%s</aside></div>' % (links(8, '/agency', with_time=True), ad(2)))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('</body></html>\n')
    return ''.join(out), None


# ---------------------------------------------------------------- the heaviest portal furniture inside the body container
LONG_COMMENTS = [
    "This is what happens when a city grows without planning. Twenty years ago people warned that the infrastructure would not keep up, and nobody listened. Now ordinary people are paying the price every single day while officials give us dates that keep moving.",
    "I live in the area and can confirm the situation is terrible. The vendors have doubled their prices and there is no regulation at all. Government should at least control the prices until supply is back.",
    "Good reporting. But please follow up after the ten days they promised, because we have heard this before and nothing changed. Journalists should hold them to their word.",
    "The real problem is maintenance. We build things and never maintain them. Every project should come with a maintenance budget that cannot be diverted to anything else.",
    "My neighbours and I have started sharing a borehole and splitting the cost of the pump. It is not a solution but it helps. Maybe the authorities can encourage more of this kind of community arrangement.",
    "Why is it always the poor who suffer? Those in the big estates have their own tanks and generators. The rest of us queue from 5am.",
]


def t_hard(s, n):
    site, domain = [('Naija Daily Digest', 'naijadailydigest.com'), ('Bharat Times Now', 'bharattimesnow.com')][n % 2]
    css = '.post-body p{font-size:17px}.gallery-slider{overflow:hidden}.must-read-inline{background:#f7f7f7}'
    out = [head(s, site, domain, css), '<body>']
    out.append('<header>%s</header>' % mega_nav(['News', 'Politics', 'Metro', 'Business', 'Sports', 'Videos', 'Photos'], domain))
    out.append('<main><div class="post-wrap"><h1>%s</h1>' % E(s['title']))
    out.append('<div class="post-body">')
    out.append('<div class="meta-line"><span class="by">By %s</span> <span class="pub">Published On %s %s</span></div>'
               % (E(s['byline']), d_long(s['date']), ampm(s['hh'], s['mm'])))
    out.append('<div class="sticky-video"><div class="player-title">Watch: %s</div><div class="controls">00:00 / 01:58</div></div>' % E(heads(1)[0]))
    pc = 0
    for k, v in s['items']:
        if k == 'P':
            out.append('<p>%s</p>' % E(v))
            pc += 1
            if pc == 2:
                out.append('<p><b>Follow us on Google News | WhatsApp | Telegram channel</b></p>')
        elif k == 'H':
            out.append('<h2>%s</h2>' % E(v))
        elif k == 'G':
            caps = ['Jerrycans lined up at a borehole in Kubwa.', 'A vendor pushes a cart of water containers.', 'Residents wait for a tanker in Gwarinpa.',
                    'The treatment plant at Lower Usuma Dam.', 'A child carries water home after school.']
            out.append('<div class="gallery-slider"><h3 class="gallery-title">PHOTOS: Scenes from the water queues</h3>%s<div class="slider-nav"><button>Prev</button><span>1 of 5</span><button>Next</button></div></div>'
                       % ''.join('<figure class="slide"><img src="/g/%d.jpg" alt=""><figcaption><span class="num">%d of 5</span> %s <span class="credit">Photo: %s</span></figcaption></figure>'
                                 % (i, i + 1, c, site.split()[0]) for i, c in enumerate(caps)))
        elif k == 'M':
            items = ''.join('<div class="mr-item"><a href="/news/%s"><img src="/t/%d.jpg" alt=""><h4>%s</h4></a><p>%s</p></div>'
                            % (slug(h), i, E(h), 'Officials said the matter would be resolved within the week, but residents remain doubtful.' if i % 2 else 'The announcement came after weeks of protests by affected communities across the state.')
                            for i, h in enumerate(heads(3)))
            out.append('<div class="must-read-inline"><h3>Must Read</h3>%s</div>' % items)
        elif k == 'N':
            out.append('<div class="also-read-list"><h3>Also Read</h3><ul>%s</ul></div>' % ''.join('<li><a href="/india/%s">%s</a></li>' % (slug(h), E(h)) for h in heads(3)))
    out.append('<div class="nl-inline"><h4>Subscribe to our newsletter</h4><p>Get the top stories of the day delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>')
    out.append('<div class="tags-inline"><span>Tags:</span> %s</div>' % ' '.join('<a href="/tag/%s">#%s</a>' % (slug(t), t) for t in s['title'].split()[:5]))
    out.append('<div class="author-inline"><img src="/a.jpg" alt=""><p><strong>%s</strong></p><p>%s reports on cities, water and infrastructure. Tweets at @%s.</p></div>'
               % (E(s['byline']), E(s['byline']), slug(s['byline']).replace('-', '_')))
    out.append('</div>')
    cm = ''.join('<li class="cmt"><div class="cmt-head"><b>%s</b> <span>%d days ago</span></div><p>%s</p><div class="cmt-foot"><a href="#">Reply</a> <span>%d likes</span></div></li>'
                 % (E(NAMES[(i * 5 + n) % len(NAMES)]), i + 1, E(c), i * 3 + 2) for i, c in enumerate(LONG_COMMENTS))
    out.append('<section id="comments"><h3>%d Comments</h3><p class="disclaimer">Disclaimer: Comments reflect the views of individual readers and not of %s. '
               'Comments that are abusive, off-topic or in violation of our community guidelines will be removed.</p><ol>%s</ol><div class="load-more"><button>Load more comments</button></div></section>'
               % (len(LONG_COMMENTS), E(site), cm))
    out.append('</div><aside><div><h3>Top Stories</h3>%s</div>%s<div><h3>Trending</h3>%s</div></aside></main>' % (links(6, '/news', with_time=True), ad(4), links(5, '/news')))
    out.append(footer(site, domain, FOOT_COLS))
    out.append('</body></html>\n')
    return ''.join(out), None


TEMPLATES = {'indnat': t_indnat, 'indbiz': t_indbiz, 'indtv': t_indtv, 'pak': t_pak, 'afwp': t_afwp, 'za': t_za,
             'sea': t_sea, 'anzie': t_anzie, 'gulf': t_gulf, 'wire': t_wire, 'hard': t_hard}


def main():
    counts = {}
    for i, s in enumerate(parse(), 1):
        n = counts.get(s['tpl'], 0)
        counts[s['tpl']] = n + 1
        page, key_head = TEMPLATES[s['tpl']](s, n)
        nn = '%02d' % i
        with open(os.path.join(OUT, nn + '.html'), 'w', encoding='utf-8') as f:
            f.write(page)
        with open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8') as f:
            f.write(expected(s, key_head))
        with open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump({"published": s['date'], "lang": "en", "title": s['title']}, f, ensure_ascii=False)
            f.write('\n')


main()
