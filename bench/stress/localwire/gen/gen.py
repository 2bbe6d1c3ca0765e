#!/usr/bin/env python3
"""Generate bench/stress/localwire pages from stories.txt (local news + wire copy templates).

Usage: python3 bench/stress/localwire/gen/gen.py bench/stress/localwire  (writes NN.html/.txt/.json;
the committed pages are its output: keep it byte-identical when adding stories at the end)."""
import html, json, os, random, re, sys

OUT = sys.argv[1]
random.seed(20260107)
E = html.escape

def parse():
    stories = []
    cur = None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt')):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, byline, section, site, domain = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, byline=byline, section=section, site=site, domain=domain,
                       title='', deck='', items=[], flags=[])
            stories.append(cur)
        elif not line.strip() or cur is None:
            continue
        else:
            k, v = line.split(': ', 1)
            if k == 'T': cur['title'] = v
            elif k == 'D': cur['deck'] = v
            elif k == 'F': cur['flags'].append(v)
            else: cur['items'].append((k, v))
    return stories

def inline(t):
    t = E(t, quote=False)
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    return t

def plain(t):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', t)

def expected(s):
    out = []
    lst = []
    for k, v in s['items']:
        if k == 'L':
            lst.append(v); continue
        if lst:
            out.extend(lst); lst = []
        if k in ('P', 'H', 'C', 'Q'):
            out.append(plain(v))
    out.extend(lst)
    return '\n\n'.join(out) + '\n'

HEADS = [
 "Lady Hawks win third straight behind Ramos' 24 points", "Planning board tables vote on Cedar Ridge subdivision",
 "Roadwork to close Route 31 ramp overnight this week", "Area churches team up for warming center",
 "Police identify woman killed in Saturday crash", "Hospital foundation gala raises record amount",
 "New bakery opens in former bank building on Main", "Letter: Keep the library open on Sundays",
 "County jobless rate dips to 3.9% in December", "Historic theater gets grant for marquee repair",
 "Boys basketball: Eagles hold off Panthers in overtime", "Sheriff seeks help finding missing teen",
 "Recycling pickup delayed one day for holiday", "Students place at regional science fair",
 "Man sentenced for string of storage unit burglaries", "Fire district to seek levy renewal",
 "Ice fishing derby returns to Lake Mertz", "Downtown coffee shop marks 25 years",
 "Council candidates announce bids for spring election", "Water rates to rise 4% in April",
 "Volunteer fire company buys new tanker truck", "Holiday lights contest winners announced",
 "Sewer project to disrupt traffic on 8th Street", "Teen charged in school threat case",
 "Wrestling: Tigers send six to sectional finals", "Food pantry sees jump in demand",
]
OBITS = ["Dorothy Mae Lindgren", "Harold \"Bud\" Kessler", "Evelyn Ruth Patton", "James Arthur Wolcott",
         "Marlene K. Dufresne", "Robert Lee Haskins", "Frances Adeline Moore", "Walter J. Brzezinski",
         "Carol Ann Whitaker", "Eugene Thomas Ricci"]
EVENTS = [("Sat, Feb 7", "Winter Farmers Market", "Community Center gym, 9 a.m. to 1 p.m. Local honey, eggs, baked goods and crafts from more than 30 vendors. Free admission."),
          ("Sun, Feb 8", "Pancake Breakfast Fundraiser", "Fire Hall, 7 to 11 a.m. Proceeds go to the volunteer fire company's equipment fund. Adults $9, children $5."),
          ("Tue, Feb 10", "Genealogy Club Meeting", "Public library meeting room, 6:30 p.m. Topic: finding immigration records online. New members welcome."),
          ("Thu, Feb 12", "Story Time for Toddlers", "Children's room, 10:30 a.m. Songs, stories and a craft for ages 2 to 4 with a caregiver."),
          ("Fri, Feb 13", "Valentine's Dance for Seniors", "Senior center, 2 to 4 p.m. Live music by the Rivertown Swing Band. Light refreshments served.")]
COMMENTS = [("RiverRat62", "Took them long enough. We have been asking for this for ten years."),
            ("Concerned Taxpayer", "And who is going to pay for it? Same people as always."),
            ("jdm_1987", "Glad to see something positive for once. Thanks for covering this."),
            ("Margie W.", "My grandkids will love this. Good job to everyone who pushed for it.")]
NAV = ["News", "Local", "Sports", "Obituaries", "Opinion", "Business", "Lifestyles", "Calendar", "Classifieds", "e-Edition", "Contact Us"]

def nav(cls='nav'):
    return mega_nav() + '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s/">%s</a></li>' % (n.lower().replace(' ', '-'), n) for n in NAV))

def headlist(n, cls='headline-list', with_time=False):
    hs = random.sample(HEADS, n)
    li = []
    for h in hs:
        slug = re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-')
        extra = ' <span class="ago">%d hrs ago</span>' % random.randint(1, 20) if with_time else ''
        li.append('<li><a href="/news/local/%s.html">%s</a>%s</li>' % (slug, E(h), extra))
    return '<ul class="%s">%s</ul>' % (cls, ''.join(li))

def head(s, extra_css=''):
    url = 'https://www.%s/%s/%s.html' % (s['domain'], s['section'] or 'news', re.sub(r'[^a-z0-9]+', '-', s['title'].lower()).strip('-'))
    s['url'] = url
    desc = s['deck'] or plain(s['items'][0][1])[:160]
    author = re.sub(r'^(By|by:?|by:)\s+', '', s['byline'])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'], "description": desc,
          "datePublished": s['date'] + "T%02d:%02d:00-05:00" % (random.randint(5, 20), random.randint(0, 59)),
          "author": [{"@type": "Person", "name": author}], "publisher": {"@type": "Organization", "name": s['site']},
          "mainEntityOfPage": url}
    r = ('<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s | %s</title><meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://www.%s/img/share/%s.jpg">'
            '<meta property="article:published_time" content="%sT09:00:00-05:00"><meta name="twitter:card" content="summary_large_image">'
            '<script type="application/ld+json">%s</script>'
            '<style>body{font-family:Georgia,serif;margin:0}.wrap{max-width:1180px;margin:0 auto}.ad{min-height:90px;background:#eee;text-align:center}'
            '.sidebar{width:300px;float:right}.main{margin-right:320px}%s</style>'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","author":"%s"});</script>'
            '<script async src="https://securepubads.example-ads.net/tag/js/gpt.js"></script>'
            '</head>\n') % (E(s['title']), E(s['site']), E(desc), url, E(s['title']), E(desc), url, E(s['site']), s['domain'], s['date'].replace('-', ''),
                            s['date'], json.dumps(ld), extra_css, s['section'], E(author))
    return r.replace('</style>', CSS + '</style>' + ad_config(s['site']), 1)

def fmt_date(d, style=0):
    y, m, dd = d.split('-')
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    ab = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
    if style == 0: return '%s %d, %s' % (months[int(m) - 1], int(dd), y)
    if style == 1: return '%s %d, %s' % (ab[int(m) - 1], int(dd), y)
    return '%s/%s/%s' % (m, dd, y)

def body_items(s, p='<p>%s</p>', h='<h2>%s</h2>', related=None, inserts=None, skip_x=True):
    """Render the story's items; inserts maps paragraph index -> html placed after that paragraph."""
    out = []
    lst = []
    n = 0
    inserts = inserts or {}
    for k, v in s['items']:
        if k == 'L':
            lst.append('<li>%s</li>' % inline(v)); continue
        if lst:
            out.append('<ul>%s</ul>' % ''.join(lst)); lst = []
        if k in ('P', 'C', 'N'):
            out.append(p % inline(v))
            n += 1
            if n in inserts:
                out.append(inserts.pop(n))
        elif k == 'H':
            out.append(h % inline(v))
        elif k == 'R':
            text, href = v.rsplit('|', 1)
            out.append(related(text, href) if related else '<p><strong><a href="%s">%s</a></strong></p>' % (href, E(text)))
        elif k == 'X' and not skip_x:
            out.append(p % inline(v))
    if lst:
        out.append('<ul>%s</ul>' % ''.join(lst))
    for k in sorted(inserts):
        out.append(inserts[k])
    return '\n'.join(out)

def tail_x(s):
    return [v for k, v in s['items'] if k == 'X']

def comments_block():
    c = ''.join('<li class="comment"><div class="comment-author">%s</div><time>%d hours ago</time><p>%s</p><a class="reply" href="#">Reply</a> <a href="#">Report</a></li>' % (E(a), random.randint(1, 9), E(t)) for a, t in random.sample(COMMENTS, 3))
    return ('<section id="comments" class="tnt-comments"><h3>Comments</h3><div class="comment-rules"><p>Welcome to the discussion.</p>'
            '<p>Keep it civil and on topic. No threats, name-calling, or personal attacks. Be truthful. Share what you saw and heard, not rumors. '
            'Use the Report link on each comment to let us know of abusive posts.</p></div><ul class="comment-list">%s</ul></section>') % c

def obits_box():
    return '<div class="obit-index"><h3>Recent Obituaries</h3><ul>%s</ul><a href="/obituaries/">View all obituaries</a></div>' % ''.join(
        '<li><a href="/obituaries/%s/">%s</a> <span>%d, of %s</span></li>' % (re.sub(r'[^a-z]+', '-', o.lower()), E(o), random.randint(58, 97), random.choice(['Harlan', 'Millbrook', 'Elm Grove', 'Dunmore'])) for o in random.sample(OBITS, 6))

def calendar_box(title='Community Calendar'):
    return '<aside class="calendar-widget"><h3>%s</h3>%s<a href="/calendar/">See all events</a> <a href="/calendar/submit">Submit your event</a></aside>' % (
        title, ''.join('<div class="event"><div class="event-date">%s</div><h4><a href="/calendar/event/%d">%s</a></h4><p>%s</p></div>' % (d, i, E(t), E(x)) for i, (d, t, x) in enumerate(EVENTS)))

def newsletter_box(site):
    return ('<div class="newsletter-signup"><h3>Want more local news?</h3><p>Sign up for our free morning newsletter and get the day\'s top %s stories in your inbox.</p>'
            '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>') % E(site)

def footer(s, extra=''):
    return ('<footer class="site-footer"><div class="wrap"><div class="footer-cols"><ul><li><a href="/about/">About Us</a></li><li><a href="/contact/">Contact Us</a></li>'
            '<li><a href="/advertise/">Advertise</a></li><li><a href="/careers/">Careers</a></li></ul><ul><li><a href="/terms/">Terms of Use</a></li>'
            '<li><a href="/privacy/">Privacy Policy</a></li><li><a href="/subscribe/">Subscribe</a></li><li><a href="/eedition/">e-Edition</a></li></ul></div>%s'
            '<p class="copyright">&copy; 2026 %s. All rights reserved.</p></div></footer>'
            '<script>(function(){var s=document.createElement("script");s.src="/assets/site.js?v=2026.1";document.body.appendChild(s);})();</script>'
            '</body></html>\n') % (big_footer(s['site']) + extra, E(s['site']))

def weather_widget(town):
    return ('<div class="weather-widget"><a href="/weather/"><span class="wx-temp">%d&deg;</span><span class="wx-cond">%s</span>'
            '<span class="wx-loc">%s</span></a><ul class="wx-7day">%s</ul></div>') % (
        random.randint(12, 48), random.choice(['Cloudy', 'Light Snow', 'Partly Sunny', 'Rain']), E(town),
        ''.join('<li><b>%s</b> %d&deg;/%d&deg;</li>' % (d, random.randint(30, 45), random.randint(15, 29)) for d in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']))


SUBS = {"News": ["Local", "State", "Nation", "World", "Crime", "Courts", "Education", "Politics", "Elections"],
        "Sports": ["High School", "College", "Outdoors", "Scores", "Prep Football", "Prep Basketball"],
        "Opinion": ["Editorials", "Letters", "Columns", "Submit a Letter"],
        "Lifestyles": ["Food", "Faith", "Health", "Home & Garden", "Weddings", "Anniversaries", "Births"],
        "Business": ["Local Business", "Agriculture", "Real Estate", "Jobs"],
        "Obituaries": ["Today's Obituaries", "Submit an Obituary", "Funeral Homes", "Archive"],
        "Weather": ["Forecast", "Radar", "Closings & Delays", "Weather Alerts", "Send Us Photos"],
        "Services": ["Subscribe", "Manage Subscription", "Place an Ad", "Classifieds", "Contact Us", "Newsletters", "Archives"]}
TEASERS = ["Officials said the work should be finished before the end of the month.",
           "The vote came after nearly two hours of public comment.",
           "Organizers expect more than 200 people to attend this year.",
           "The department said no injuries were reported.",
           "Residents are invited to share their views at a meeting next week.",
           "The team improved to 12-3 on the season with the win.",
           "The business will hold a ribbon cutting on Saturday morning.",
           "Investigators are asking anyone with information to come forward."]

def mega_nav():
    out = []
    for sec, subs in SUBS.items():
        out.append('<li class="has-sub"><a href="/%s/">%s</a><ul class="sub-menu">%s</ul></li>' % (
            sec.lower(), sec, ''.join('<li><a href="/%s/%s/">%s</a></li>' % (sec.lower(), re.sub(r'[^a-z]+', '-', x.lower()), E(x)) for x in subs)))
    return '<div class="mega-menu" aria-hidden="true"><button class="menu-toggle">Menu</button><ul>%s</ul></div>' % ''.join(out)

def cards(n):
    hs = random.sample(HEADS, n)
    return '<div class="card-grid">%s</div>' % ''.join(
        '<div class="card"><a href="/news/%s.html"><img src="/img/t%d.jpg" alt=""><h4>%s</h4></a><p class="teaser">%s</p><span class="ago">%d hrs ago</span></div>' % (
            re.sub(r'[^a-z0-9]+', '-', h.lower()).strip('-'), i, E(h), random.choice(TEASERS), random.randint(1, 23)) for i, h in enumerate(hs))

def ad_config(site):
    slots = []
    for i, pos in enumerate(["top", "leaderboard", "instory1", "instory2", "rail1", "rail2", "rail3", "footer", "interstitial", "sticky"]):
        slots.append({"id": "div-gpt-ad-%d-%d" % (random.randint(10**9, 10**10), i), "path": "/21234567/%s/news/%s" % (re.sub(r'[^a-z]', '', site.lower())[:12], pos),
                      "sizes": [[300, 250], [728, 90], [970, 250], [320, 50]], "targeting": {"pos": pos, "section": "news", "kw": ["local", "community", "government"]},
                      "refresh": 30 if "rail" in pos else 0, "lazy": i > 2})
    cfg = {"site": site, "env": "production", "consent": {"region": "us", "framework": "usp"}, "slots": slots,
           "analytics": {"ga4": "G-%06d" % random.randint(0, 999999), "chartbeat": {"uid": random.randint(10000, 99999), "domain": site.lower().replace(" ", "")}, "comscore": random.randint(1000000, 9999999)}}
    return '<script>window.__SITE_CONFIG__ = %s;</script>' % json.dumps(cfg)

CSS = ''.join('.c%d{margin:%dpx %dpx;padding:%dpx;font-size:%dpx;line-height:1.%d;color:#%03x}' % (i, i % 7, i % 11, i % 5, 12 + i % 9, 3 + i % 5, (i * 97) % 4096) for i in range(70))

def big_footer(site):
    cols = ''.join('<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (sec, ''.join('<li><a href="/%s/%s/">%s</a></li>' % (sec.lower(), re.sub(r'[^a-z]+', '-', x.lower()), E(x)) for x in subs)) for sec, subs in SUBS.items())
    return ('<div class="footer-sitemap">%s</div><div class="footer-legal"><p>Use of this site constitutes acceptance of our Terms of Service and Privacy Policy. '
            'Your California privacy rights. Do not sell or share my personal information. Cookie settings.</p><p>The material on this site may not be reproduced, '
            'distributed, transmitted, cached or otherwise used, except with the prior written permission of %s.</p></div>') % (cols, E(site))

# ---------------------------------------------------------------- templates

def t_blox(s):
    byl = s['byline']
    paywall = ('<div class="subscription-bar" id="paywall-bar"><div><strong>Only $1 for your first 3 months</strong> Subscribe for $1 and get unlimited access to '
               'local news, sports and obituaries.</div><a class="btn" href="/subscribe/">Subscribe for $1</a> <a href="/users/login/">Log in</a></div>') if 'paywall' in s['flags'] else ''
    ins = {2: '<div class="tnt-ads-container ad" id="tncms-region-article_instory_top"><div class="advertisement">Advertisement</div></div>'}
    if len([i for i in s['items'] if i[0] == 'P']) > 5:
        ins[5] = '<div class="tnt-ads-container ad"><div class="advertisement">Advertisement</div></div>'
    if 'inbody_gallery' in s['flags']:
        ins[3] = ('<div id="tncms-gallery" class="tnt-slider"><div class="tnt-slide"><img src="/img/s1.jpg" alt=""><div class="caption-text"><p>A utility crew works to restore power '
                  'near Guthrie, Okla., on Tuesday.</p><span class="tnt-byline">Nate Billings</span></div><a class="buy-now" href="/photos/buy/1">Buy Now</a><span class="count">1 of 4</span></div>'
                  '<div class="tnt-slide"><img src="/img/s2.jpg" alt=""><div class="caption-text"><p>A damaged roof in Logan County.</p></div><a class="buy-now" href="/photos/buy/2">Buy Now</a>'
                  '<span class="count">2 of 4</span></div></div>')
    body = body_items(s, p='<p>%s</p>', h='<h3>%s</h3>', inserts=ins)
    if 'ap_extras' in s['flags']:
        body = '<p><strong>By CORA LINDQVIST</strong><br>Associated Press</p>' + body
        body += '<p>___</p><p>Follow AP\'s coverage of severe weather at https://apnews.com/hub/weather.</p>'
    out = head(s, '.asset-header h1{font-size:34px}.tnt-byline{font-size:13px}')
    out += '<body class="asset-type-article"><div id="site-top-nav">%s</div><header class="site-header"><a class="logo" href="/">%s</a>%s%s</header>' % (
        '<a href="/users/login/">Log In</a> <a href="/subscribe/">Subscribe</a>', E(s['site']), weather_widget(s['site'].split(' of ')[-1]), nav('main-nav'))
    out += '<div id="main-page-container" class="wrap">%s<div class="main"><article itemscope itemtype="http://schema.org/NewsArticle">' % paywall
    out += '<div class="asset-header"><ul class="list-inline"><li><a href="/news/">News</a></li></ul><h1 itemprop="headline"><span class="tnt-headline">%s</span></h1>' % E(s['title'])
    if s['deck']:
        out += '<h2 class="subheadline">%s</h2>' % E(s['deck'])
    out += '<ul class="list-inline asset-byline"><li><span class="tnt-byline">%s</span></li><li><time datetime="%s">%s</time></li></ul>' % (E(byl), s['date'], fmt_date(s['date'], 1))
    out += '<div class="share-container"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div></div>'
    if any(i[0] == 'C' for i in s['items']) or 'caption_file' in s['flags']:
        out += ('<figure class="photo"><img src="/img/ap/%s.jpg" alt=""><figcaption class="caption-text"><p>FILE - The U.S. Capitol is seen at dusk in Washington, Dec. 2, 2025. '
                '(AP Photo/Jordan Keyes, File)</p></figcaption></figure>') % s['date']
    out += '<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body">%s</div></div>' % body
    for x in tail_x(s):
        out += '<div class="asset-copyright"><p>%s</p></div>' % E(x)
    out += '<div class="asset-tags"><span>Tags</span> <a href="/tags/local-government">Local Government</a> <a href="/tags/harlan">%s</a></div>' % E(s['section'])
    out += newsletter_box(s['site'])
    if 'comments' in s['flags']:
        out += comments_block()
    most = headlist(6, 'most-popular')
    ob = obits_box() if 'obits' in s['flags'] else ''
    if 'inline_obits' in s['flags']:
        # the obituary index set inside the story's container, no class of its own
        out = out.replace('</div></div><div class="asset-tags">', ob.replace('<div class="obit-index">', '<div>') + '</div></div><div class="asset-tags">', 1)
        ob = ''
    out += '</article></div><aside class="sidebar"><div class="ad">Advertisement</div><h3>Most Popular</h3>%s%s<h3>Latest e-Edition</h3><p><a href="/eedition/">Read today\'s paper</a></p></aside></div>' % (
        most, ob)
    out += '<section class="more-news wrap"><h3>More Local News</h3>%s</section>' % cards(6)
    return out + footer(s)

def t_gannett(s):
    def rel(text, href):
        return '<aside class="gnt_ar_b_al"><a href="%s" class="gnt_ar_b_a">%s</a></aside>' % (href, E(text))
    ins = {}
    if 'subscribe_gannett' in s['flags']:
        ins[3] = ('<aside class="gnt_em_piano"><div class="gnt_em_pi_t">Support local journalism</div><p>Subscribe to the Lakeshore Ledger for just $1 a month '
                  'for the first six months.</p><a href="/subscribe/">Subscribe now</a></aside>')
    body = body_items(s, p='<p class="gnt_ar_b_p">%s</p>', h='<h2 class="gnt_ar_b_h2">%s</h2>', related=rel, inserts=ins)
    for x in tail_x(s):
        body += '<p class="gnt_ar_b_p"><em>%s</em></p>' % inline(x)
    out = head(s, '.gnt_ar_b_p{font-size:18px;line-height:1.6}')
    out += '<body><div class="gnt_n"><a class="gnt_n_lg" href="/">%s</a>%s<a class="gnt_n_sub" href="/subscribe/">Subscribe</a><a href="/signin/">Sign In</a></div>' % (E(s['site']), nav('gnt_n_mn'))
    out += '<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">%s</h1>' % E(s['title'])
    out += '<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/">%s</a></div><div class="gnt_ar_dt" aria-label="Published: %s">Published %s ET %s</div>' % (
        E(s['byline']), fmt_date(s['date'], 1), random.choice(['5:02 a.m.', '11:40 a.m.', '4:15 p.m.']), fmt_date(s['date'], 1))
    out += '<div class="gnt_ss"><button>Share</button></div>'
    out += '<figure class="gnt_em_img"><img src="/img/%s.jpg" alt=""><figcaption class="gnt_em_img_ccw">%s<span class="gnt_em_img_ccw_cr">%s</span></figcaption></figure>' % (
        s['date'], 'A file photo shows the area described in this story.' if 'caption_file' not in s['flags'] else 'FILE - Emergency vehicles stage near the plant on Oct. 14, 2025.',
        'Staff file photo' if 'caption_file' not in s['flags'] else 'AP Photo/Rene Salas, File')
    out += '<div class="gnt_ar_b">%s</div>' % body
    out += '<div class="gnt_ar_b_nl">%s</div>' % newsletter_box(s['site'])
    out += '</article><aside class="gnt_sb"><div class="gnt_rr_ad ad">Advertisement</div><h3>Trending</h3>%s</aside></main>' % headlist(5)
    out += '<section class="gnt_m_lb"><h2>More Stories</h2>%s</section>' % cards(5)
    return out + footer(s)

def tv_shell(s, brand, player_title):
    town = s['site']
    closings = ('<div class="closings-ticker"><a href="/weather/closings/"><strong>Closings &amp; Delays</strong> <span>%d active</span></a>'
                '<marquee>Ashford County Schools: 2-hour delay &middot; First Baptist Preschool: Closed &middot; Pine Valley Christian Academy: Closed &middot; Senior Meals on Wheels: No delivery</marquee></div>') % random.randint(8, 40) if 'closings' in s['flags'] else ''
    top = '<body class="single-post"><div class="alert-bar">%s<div class="breaking"><span>WEATHER ALERT</span> <a href="/weather/alerts/">Winter Weather Advisory in effect for 4 counties</a></div></div>' % closings
    top += '<header class="site-header"><a class="brand" href="/">%s</a>%s<a class="watch-live" href="/live/">Watch Live</a>%s</header>' % (E(brand), nav('primary-nav'), weather_widget(town))
    video = ''
    if 'video' in s['flags']:
        video = ('<div class="video-player-wrapper"><div class="jw-player" data-media-id="x%d"><div class="jw-title">%s</div><div class="jw-controls">'
                 '<button>Play</button><span class="jw-time">0:00 / 1:%02d</span></div></div><p class="video-caption">%s</p></div>') % (
            random.randint(1000, 9999), E(player_title), random.randint(10, 59), E(player_title))
    return top, video

def tv_sidebar(s):
    return ('<aside class="sidebar"><div class="ad">Advertisement</div><h3>Top Stories</h3>%s<div class="weather-7day"><h3>7 Day Forecast</h3><p>Cold and breezy. Highs in the 20s.</p></div>'
            '<h3>Trending Videos</h3>%s<div class="app-promo"><h3>Get the app</h3><p>Download the free %s app for breaking news alerts and live video.</p></div></aside>') % (
        headlist(5), headlist(4, 'video-list'), E(s['site']))

def t_tv_nexstar(s):
    top, video = tv_shell(s, s['site'], s['title'])
    body = body_items(s, p='<p>%s</p>', inserts={2: '<div class="ad-unit ad">Advertisement</div>'})
    if 'glued_app' in s['flags']:
        # the station's app call after a <br> in the story's paragraph
        body = body.replace('Charges are pending.</p>', 'Charges are pending.<br>Download the free %s app for breaking news alerts.</p>' % E(s['site']))
    xs = tail_x(s)
    if 'tvcopy' in s['flags'] or xs:
        body += '<p class="copyright">%s</p>' % E(xs[0] if xs else 'Copyright 2026 Nexstar-Style Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.')
        if not xs:
            body += '<p><em>For the latest news, weather, sports, and streaming video, head to %s.</em></p>' % E(s['site'])
    out = head(s) + top
    out += '<main class="wrap"><div class="main"><article class="article"><header class="article-header"><a class="category" href="/news/">%s</a><h1 class="article-title">%s</h1>' % (s['section'].split('/')[-1].title(), E(s['title']))
    out += '<div class="article-meta"><span class="author">%s</span><div class="dates"><span>Posted: %s / %s PM CST</span><span>Updated: %s / %s PM CST</span></div></div>' % (
        E(s['byline']), fmt_date(s['date'], 0), '05:32', fmt_date(s['date'], 0), '06:10')
    out += '<div class="share"><a>Share</a></div></header>%s<div class="article-content article-body rich-text">%s</div>' % (video, body)
    out += '<div class="related-content"><h3>More Local News</h3>%s</div>' % cards(4)
    out += '</article></div>%s</main>' % tv_sidebar(s)
    return out + footer(s, '<p>Public File | FCC Applications | EEO Report | Closed Captioning</p>')

def t_tv_gray(s):
    top, video = tv_shell(s, s['site'], 'Watch: ' + s['title'][:60])
    gins = {}
    if 'gray_extras' in s['flags']:
        gins[2] = ('<p class="body-paragraph"><strong>RELATED COVERAGE:</strong></p><ul><li><a href="/2026/01/12/sullivan-county-school-safety-survey/">Sullivan County '
                   'parents weigh in on school safety survey</a></li><li><a href="/2025/11/03/sheriff-adds-two-school-resource-officers/">Sheriff adds two school resource officers</a></li></ul>')
    body = body_items(s, p='<p class="body-paragraph">%s</p>', inserts=gins)
    xs = tail_x(s)
    if 'gray_extras' in s['flags']:
        body += '<p class="body-paragraph"><a href="/apps/">Click here to download the %s First Alert Weather app.</a></p>' % E(s['site'])
        body += '<p class="body-paragraph">Copyright 2026 %s via Gray Local Media, Inc. All rights reserved.</p>' % E(s['site'].split()[0])
    else:
        body += '<p class="body-paragraph">Copyright 2026 %s. All rights reserved.</p>' % E(s['site'])
    out = head(s) + top
    out += '<main class="wrap"><div class="main"><article class="article-wrapper"><h1 class="headline">%s</h1>' % E(s['title'])
    out += '%s<div class="byline"><span class="author-name">%s</span><time>Published: %s at %s PM EST</time></div>' % (video, E(s['byline']), fmt_date(s['date'], 1), '4:18')
    out += '<div class="article-body">%s</div>' % body
    out += ('<div class="article-footer"><p><a href="/newsletters/">Click here to sign up for our newsletter</a></p><p><a href="/report-typo/">See a spelling or grammar error in our story? '
            'Please click here to report it.</a></p><p>Do you have a photo or video of a breaking news story? Send it to us here with a brief description.</p></div>')
    if 'disqus' in s['flags']:
        out += ('<section class="comments"><div id="disqus_thread"></div><script>var disqus_config=function(){this.page.url="%s";};</script>'
                '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></section>') % s['url']
    out += '</article></div>%s</main>' % tv_sidebar(s)
    return out + footer(s, '<p>FCC Public Inspection File | Closed Captioning/Audio Description | EEO Statement</p>')

def t_tv_sinclair(s):
    top, video = tv_shell(s, s['site'], s['title'])
    def rel(text, href):
        return '<p><strong><a href="%s">%s</a></strong></p>' % (href, E(text))
    body = body_items(s, p='<p>%s</p>', related=rel, inserts={})
    out = head(s) + top
    out += '<main class="wrap"><div class="main"><article><div class="StoryHeadline"><h1>%s</h1></div>' % E(s['title'])
    out += '<div class="StoryMeta"><span class="author">%s</span> <span class="date">%s</span></div>' % (E(s['byline']), fmt_date(s['date'], 2) + ' 5:47 PM')
    out += '%s<div class="StoryText" id="js-Story-Content-0">%s</div>' % (video, body)
    out += '<div class="StoryFooter"><p>Loading ...</p><div class="ad">Advertisement</div></div>'
    out += '</article></div>%s</main>' % tv_sidebar(s)
    return out + footer(s, '<p>&copy; 2026 Sinclair-Style Broadcast Group, Inc. | Terms | Privacy | FCC Applications</p>')

def t_patch(s):
    pbox = ('<div class="styles_NewsletterCard"><p>Get more local news delivered straight to your inbox. <a href="/subscribe">Sign up for free Patch-like newsletters and alerts.</a></p></div>') if 'patchbox' in s['flags'] else ''
    body = body_items(s, p='<p>%s</p>', h='<h2>%s</h2>', inserts={2: pbox} if pbox else {})
    out = head(s)
    out += '<body><header class="styles_Header"><a href="/">%s</a><button>Subscribe</button><a href="/login">Log in</a></header>%s' % (E(s['site']), nav('styles_Nav'))
    out += '<main class="wrap"><div class="main"><article><div class="styles_Breadcrumbs"><a href="/">Community Corner</a></div><h1>%s</h1>' % E(s['title'])
    out += '<div class="styles_Byline"><a href="/users/staff">%s</a><br><time>Posted %s</time></div>' % (E(s['byline']), fmt_date(s['date'], 0))
    out += '<div class="styles_Share"><button>Share</button><button>Reply</button><button>Thank</button></div>'
    out += '<section class="styles_HTMLContent">%s</section>' % body
    out += '<div class="styles_CTA"><p>Thank</p><p>Reply</p><p>Share</p></div>'
    out += '<section class="styles_Comments"><h3>Join the conversation</h3><p>Sign in to comment. This is a community space; keep it neighborly.</p></section>'
    out += '<section class="styles_Neighbor"><h3>Neighbor Posts</h3><div class="post"><p>Lost cat near Elm and Broad, orange tabby named Pumpkin. Please call if seen.</p><span>Posted by Karen M.</span></div>'
    out += '<div class="post"><p>Does anyone know a good plumber who does weekend calls? Our water heater just died.</p><span>Posted by Tom R.</span></div></section>'
    out += '</article></div><aside class="sidebar">%s<h3>Nearby Patches</h3>%s</aside></main>' % (calendar_box('Local Events') if 'calendar' in s['flags'] else '', headlist(5))
    return out + footer(s)

def t_newspack(s):
    ins = {}
    if 'inbody_newsletter' in s['flags']:
        ins[1] = ('<div class="wp-block-newspack-newsletters-subscribe"><p>Want more local news? Sign up for the free %s newsletter, delivered every Friday.</p>'
                  '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>') % E(s['site'])
    if 'donate' in s['flags']:
        ins[4] = ('<div class="wp-block-newspack-blocks-donate"><h3>Support independent local news</h3><p>%s is a nonprofit newsroom. Our reporting is free to read '
                  'because readers like you chip in. Give $5 a month today.</p><button>Donate now</button></div>') % E(s['site'])
    body = body_items(s, p='<p>%s</p>', h='<h2 class="wp-block-heading">%s</h2>', inserts=ins)
    for k, v in s['items']:
        pass
    out = head(s, '.entry-content p{margin:0 0 1em}')
    out += '<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead"><div class="site-branding"><a href="/">%s</a><p class="site-description">Nonprofit news for the valley</p></div>%s<a class="donate-button" href="/donate/">Donate</a></header>' % (E(s['site']), nav('main-navigation'))
    out += '<div id="content" class="site-content wrap"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post">'
    out += '<header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span><h1 class="entry-title">%s</h1>' % (s['section'], s['section'].title(), E(s['title']))
    if s['deck']:
        out += '<div class="newspack-post-subtitle">%s</div>' % E(s['deck'])
    out += '<div class="entry-meta"><span class="byline"><span class="author vcard"><a href="/author/">%s</a></span></span><span class="posted-on"><time class="entry-date published">%s</time></span></div></header>' % (E(s['byline']), fmt_date(s['date'], 0))
    out += '<div class="entry-content">%s' % body
    if 'newspack_republish' in s['flags']:
        txt = '\n'.join('<p>%s</p>' % inline(v) for k, v in s['items'] if k in ('P',))
        out += ('<div class="newspack-republish"><button class="newspack-republish-button">Republish this story</button><div class="republish-modal" hidden><h2>Republish this article</h2>'
                '<p>This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License. You may republish it for free if you credit %s and link to the original.</p>'
                '<textarea readonly>%s</textarea></div></div>') % (E(s['site']), E(txt))
    out += '</div><footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/schools/">schools</a>, <a href="/tag/water/">water</a></span></footer>'
    out += '<div class="author-bio"><h2>%s</h2><p>%s covers the valley for %s. Reach out with tips at tips@%s.</p></div>' % (
        E(s['byline'].replace('By ', '')), E(s['byline'].replace('By ', '').split(' and ')[0]), E(s['site']), s['domain'])
    out += '<div class="jp-relatedposts"><h3>Related</h3>%s</div></article></main></div>' % headlist(3)
    out += '<aside id="secondary" class="widget-area sidebar">%s<section class="widget"><h2>Latest</h2>%s</section>%s</aside></div></div>' % (
        newsletter_box(s['site']), headlist(5), calendar_box() if 'calendar_side' in s['flags'] else '')
    return out + footer(s)

def t_mcclatchy(s):
    ins = {}
    if 'trending' in s['flags']:
        ins[3] = '<div class="zone trending-stories"><h3>Trending Stories</h3>%s</div>' % headlist(4)
    body = body_items(s, p='<p>%s</p>', inserts=ins)
    if 'glued_byline' in s['flags']:
        # the wire's byline run into the first paragraph by <br>s
        body = body.replace('<p>', '<p>By TOM ELLERY<br>Associated Press<br>', 1)
    out = head(s)
    out += '<body><header class="masthead"><a href="/">%s</a>%s<a href="/subscribe/">Subscribe</a></header>' % (E(s['site']), nav('nav-menu'))
    out += '<main class="wrap"><div class="main"><article class="story-body"><div class="header"><a class="kicker" href="/news/local/">Local</a><h1 class="h1">%s</h1>' % E(s['title'])
    out += '<div class="byline"><a href="/profile/">%s</a></div><time class="update-date">%s %s</time></div>' % (E(s['byline']), fmt_date(s['date'], 0), '6:12 PM')
    out += '<div class="paywall-teaser"><p>Read more at a reduced price. Subscribe for $1 for the first month.</p></div>'
    out += '<div class="article-body">%s</div>' % body
    for x in tail_x(s):
        out += '<p class="byline update-date">%s</p>' % E(x)
    out += '<div class="related-stories"><h3>Related stories from %s</h3>%s</div>' % (E(s['site']), headlist(3))
    out += '</article></div><aside class="sidebar"><h3>Read Next</h3>%s</aside></main>' % headlist(5)
    return out + footer(s)

def t_lee(s):
    ins = {3: '<div class="lee-inline-ad ad">Advertisement</div>'}
    body = body_items(s, p='<p>%s</p>', h='<h3>%s</h3>', inserts=ins)
    if 'special_first' in s['flags']:
        body = '<p><strong>By Nora Feld</strong></p><p><em>Special to the Gazette</em></p>' + body
    gallery = ''
    if 'gallery' in s['flags']:
        gallery = ('<div class="photo-gallery reader-submitted"><h3>Gallery: Your photos of the fundraiser</h3>%s<p class="gallery-cta">Have photos to share? '
                   '<a href="/submit-photos/">Submit them here</a>.</p></div>') % ''.join(
            '<figure><img src="/img/g%d.jpg" alt=""><figcaption>%s <span class="credit">Submitted by %s</span></figcaption></figure>' % (i, c, n) for i, (c, n) in enumerate([
                ('Students wash cars in the bus garage on Saturday.', 'Lori Marsh'), ('Teachers and students line up for the free-throw shootout.', 'Dave Kern'),
                ('Baked goods fill tables in the cafeteria.', 'Amy Tran')]))
    out = head(s)
    out += '<body class="lee-enterprises"><div id="site-navbar-container">%s</div><header><a href="/">%s</a>%s</header>' % ('<a href="/users/login">Sign Up</a> <a href="/users/login">Log In</a>', E(s['site']), nav('navbar'))
    out += '<div id="main-page-container" class="wrap"><div class="main"><article class="lee-article"><header class="asset-header"><h1 class="headline">%s</h1>' % E(s['title'])
    if s['deck']:
        out += '<p class="subhead">%s</p>' % E(s['deck'])
    out += '<div class="asset-byline"><span>%s</span> <time>%s</time></div></header>' % (E(s['byline']), fmt_date(s['date'], 1))
    if 'glued_copy' in s['flags']:
        # the notice run into the last paragraph after a single <br> (a pasted wire story)
        cut = body.rindex('</p>')
        body = body[:cut] + '<br><em>%s</em>' % E(tail_x(s)[0]) + body[cut:]
    out += '<div class="lee-article-text" itemprop="articleBody">%s</div>' % body
    for x in tail_x(s):
        if 'glued_copy' not in s['flags']:
            out += '<div class="asset-copyright"><p>%s</p></div>' % E(x)
    out += gallery
    out += '<div class="lee-newsletter-signup"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p><button>Sign up!</button></div>'
    if 'viafoura' in s['flags']:
        out += ('<div class="viafoura"><h3>Conversation</h3><p>Join the conversation. Comments are the opinions of readers, not of %s. Please read our community '
                'guidelines before posting.</p><div class="vf-comment"><b>Hal W.</b><p>My grandfather went to that school. Great to see the bell saved.</p></div>'
                '<div class="vf-comment"><b>prairiegirl</b><p>Will the schoolhouse be open during the fair too?</p></div></div>') % E(s['site'])
    if 'comments_fb' in s['flags']:
        out += '<div class="fb-comments" data-href="%s"><p>%d Comments</p><p>Log in to Facebook to comment</p></div>' % (s['url'], random.randint(3, 40))
    out += '</article></div><aside class="sidebar"><h3>Most Popular</h3>%s%s</aside></div>' % (headlist(6), obits_box())
    return out + footer(s)

def t_radio(s):
    body = body_items(s, p='<p>%s</p>')
    out = head(s)
    out += '<body class="radio-station"><div class="listen-bar"><button>&#9654; Listen Live</button> <span>Now Playing: Swap Shop with Gary</span> <a href="/schedule/">Program Schedule</a></div>'
    out += '<header><a href="/">%s</a><span class="tagline">Your hometown station since 1952</span>%s</header>' % (E(s['site']), nav('menu'))
    out += '<div class="wrap"><div class="main"><article class="post"><h1 class="entry-title">%s</h1><div class="post-meta">%s | %s | <a href="/category/local-news/">Local News</a></div>' % (
        E(s['title']), E(s['byline']), fmt_date(s['date'], 0))
    if 'inline_cards' in s['flags']:
        # the station's other stories under the brief, inside the entry, no class of their own
        body += '<div><h3>More Local News</h3>' + ''.join('<h4><a href="/news/%d/">%s</a></h4><p>%s</p>' % (i, E(h), E(t)) for i, (h, t) in enumerate([
            ("Fair board picks new dates", "The fair will move to the second week of August to avoid conflicts with school start dates."),
            ("Millsboro police add two officers", "The department said the new hires will allow it to staff a second patrol car overnight."),
            ("Highway 18 resurfacing set for summer", "Crews will work from June through September with lane closures during the day.")])) + '</div>'
    out += '<div class="entry">%s</div>' % body
    out += '<div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>X</li><li>Email</li></ul></div>'
    out += '<div class="post-nav"><a href="/prev/">&laquo; Previous story</a> <a href="/next/">Next story &raquo;</a></div>'
    out += '</article></div><aside class="sidebar"><h3>Local News</h3>%s<h3>Obituaries</h3>%s<h3>Swap Shop</h3><p>Call 555-0134 weekdays 9:05 to 9:30 a.m. to buy, sell or trade.</p></aside></div>' % (
        headlist(6), obits_box())
    return out + footer(s)

def t_weekly(s):
    # old hand-built site: tables, font tags, byline inside the story cell
    paras = []
    for k, v in s['items']:
        if k in ('P', 'C', 'N'):
            paras.append(inline(v))
    byl = s['byline']
    extra = ''
    if s['section'].startswith('By '):
        extra = '<b>%s</b><br>' % E(s['section'])
    story = '<font face="Arial" size="2">' + '<br><br>\n'.join(paras) + '</font>'
    out = head(s)
    out += '<body bgcolor="#ffffff"><table width="900" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/images/masthead.gif" alt="%s"><br>%s</td></tr>' % (
        E(s['site']), ' | '.join('<a href="/%s.html">%s</a>' % (n.lower(), n) for n in NAV[:8]))
    out += '<tr><td width="180" valign="top" class="leftnav"><font size="1"><b>SECTIONS</b><br>%s<br><br><b>SUBSCRIBE</b><br>Get the Herald delivered for $38 a year in county.</font></td>' % '<br>'.join(
        '<a href="/%s.html">%s</a>' % (n.lower(), n) for n in NAV)
    out += '<td valign="top" class="story"><font face="Georgia" size="5"><b>%s</b></font><br>%s<font size="1"><i>%s</i> &middot; %s</font><br><br>%s' % (
        E(s['title']), extra, E(byl), fmt_date(s['date'], 0), story)
    out += '<br><br><hr><font size="1">Other stories this week:<br>%s</font></td></tr>' % '<br>'.join('<a href="/stories/%d.html">%s</a>' % (i, E(h)) for i, h in enumerate(random.sample(HEADS, 7)))
    out += '<tr><td colspan="2" align="center"><font size="1">&copy; 2026 %s &middot; 112 N. Main St. &middot; 555-0190</font></td></tr></table>' % E(s['site'])
    out += '<script>var gaq=[];</script></body></html>\n'
    return out

def t_wireframe(s, style):
    # small sites republishing wire copy: reuters_local, cp_local, aap_local, afp_local, ukpa, upi_local
    ins = {2: '<div class="inarticle-ad ad">Advertisement</div>'}
    body = body_items(s, p='<p>%s</p>', inserts=ins)
    if 'reuters_trust' in s['flags']:
        body += '<p class="trust">Our Standards: <a href="/trust-principles/">The Trust Principles.</a></p>'
    out = head(s)
    out += '<body><div class="topbar"><span>%s</span> <a href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a></div><header><a href="/">%s</a>%s</header>' % (
        fmt_date(s['date'], 0), E(s['site']), nav('nav'))
    out += '<main class="wrap"><div class="main"><article class="article">'
    out += '<h1>%s</h1>' % E(s['title'])
    meta_by = E(s['byline']) if s['byline'] else ''
    if style == 'uk':
        out += '<div class="article-meta"><span class="byline">%s</span><span class="timestamp">%s</span><span class="comments-count"><a href="#comments">%d comments</a></span></div>' % (
            meta_by, fmt_date(s['date'], 0) + ' 2:35pm', random.randint(2, 30))
    else:
        out += '<p class="byline">%s</p><p class="dateline-meta">Published %s</p>' % (meta_by, fmt_date(s['date'], 1))
    out += '<div class="article-body" itemprop="articleBody">%s</div>' % body
    if 'ukcomments' in s['flags']:
        out += ('<section id="comments"><h3>Comments</h3><p>Have your say. Comments are moderated; read our <a href="/rules/">house rules</a> before posting.</p>'
                '<div class="comment"><b>OldTownResident</b><p>Same story every year and nothing changes.</p></div><div class="comment"><b>Pete_K</b><p>Good to see this reported properly.</p></div></section>')
    out += '</article></div><aside class="sidebar"><h3>Most Read</h3>%s%s</aside></main>' % (headlist(6), calendar_box('What\'s On') if style == 'uk' else '')
    return out + footer(s)

TPL = {'blox': t_blox, 'gannett': t_gannett, 'tv_nexstar': t_tv_nexstar, 'tv_gray': t_tv_gray, 'tv_sinclair': t_tv_sinclair,
       'patch': t_patch, 'newspack': t_newspack, 'mcclatchy': t_mcclatchy, 'lee': t_lee, 'radio': t_radio, 'weekly': t_weekly,
       'reuters_local': lambda s: t_wireframe(s, 'us'), 'cp_local': lambda s: t_wireframe(s, 'uk'), 'aap_local': lambda s: t_wireframe(s, 'uk'),
       'afp_local': lambda s: t_wireframe(s, 'uk'), 'ukpa': lambda s: t_wireframe(s, 'uk'), 'upi_local': lambda s: t_wireframe(s, 'us')}

def main():
    os.makedirs(OUT, exist_ok=True)
    for i, s in enumerate(parse(), 1):
        page = TPL[s['tpl']](s)
        n = '%02d' % i
        open(os.path.join(OUT, n + '.html'), 'w').write(page)
        open(os.path.join(OUT, n + '.txt'), 'w').write(expected(s))
        json.dump({'published': s['date'], 'lang': 'en', 'title': s['title']}, open(os.path.join(OUT, n + '.json'), 'w'))

main()
