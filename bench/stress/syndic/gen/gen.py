#!/usr/bin/env python3
"""Generate bench/stress/syndic pages: English news in other renderings than the publisher's own page
(aggregator copies, AMP, print, text-only, reader exports, app wrappers, script shells, paywall teasers).
Body DSL (one block a line): P paragraph, H subhead, L list item, Q block quote (all body);
A ad slot, R related card, M inline "Read more:" line, F caption|credit photo, C gallery|cap|cap, I embed title (not body)."""
import html, json, os, re, sys, random
E = html.escape
random.seed(11)

def slug(s):
    return ''.join(c if c.isalnum() else '-' for c in s.lower()).strip('-')[:70].strip('-')

def blocks_of(a):
    out = []
    for raw in a['body'].strip('\n').split('\n'):
        raw = raw.strip()
        if raw:
            k, _, t = raw.partition(' ')
            out.append((k, t.strip()))
    return out

def expected(a):
    out = []
    bl = blocks_of(a)
    n = 0
    for k, t in bl:
        if k in ('P', 'H', 'L', 'Q'):
            if a.get('teaser') and k == 'P':
                n += 1
                if n > a['teaser']:
                    break
            if a['tpl'] == 'aggr5' and k == 'P' and n == 0 and not out:
                t = f'({a["prov"]}) -- ' + t
            out.append(t)
    return '\n\n'.join(out) + '\n'

def plain_body(a):
    return '\n\n'.join(t for k, t in blocks_of(a) if k in ('P', 'H', 'L', 'Q'))

MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
def human(d, fmt=0):
    y, m, dd = map(int, d.split('-'))
    mon = MONTHS[m-1]
    if fmt == 0: return f'{mon} {dd}, {y}'
    if fmt == 1: return f'{mon[:3]} {dd}, {y}'
    if fmt == 2: return f'{dd} {mon} {y}'
    return f'{mon[:3]}. {dd}, {y}'

LOREM_TEASERS = [
 ('Regulators weigh new limits on overnight freight flights', 'Morning Bulletin', '3h'),
 ('How a small town turned its old rail yard into a market hall', 'The Weekender', '5h'),
 ('Three things to know before you refinance this winter', 'Money Desk', '1h'),
 ('Scientists track a rare white moose across two provinces', 'Northern Outlook', '7h'),
 ('The best soup recipes for a cold weeknight', 'Kitchen Table', '2h'),
 ('Power outages linger after ice storm in the hill counties', 'Upland Record', '4h'),
 ('A retired teacher has knitted 2,000 hats for newborns', 'Good Neighbors', '9h'),
 ('Why your grocery bill is still climbing, explained', 'Consumer Watch', '6h'),
 ('College team wins national robotics title on final run', 'Campus Wire', '8h'),
 ('Airport to add direct flights to three new cities', 'Travel Notes', '10h'),
 ('Officials urge caution as lake ice remains thin', 'Outdoor Report', '2h'),
 ('Record crowds expected at winter lights festival', 'City Life', '5h'),
]

def cards(cls='stream-item', n=8, with_src=True, start=0):
    out = []
    for i in range(n):
        t, s, h = LOREM_TEASERS[(start + i) % len(LOREM_TEASERS)]
        src = f'<span class="src">{E(s)}</span> <span class="ago">{h} ago</span>' if with_src else ''
        out.append(f'<li class="{cls}"><a href="/news/{slug(t)}-{100+i}.html"><img src="https://img.example/t/{i}.jpg" alt="" width="120" height="80"><h3>{E(t)}</h3></a><div class="meta">{src}</div></li>')
    return '<ul class="stream">' + ''.join(out) + '</ul>'

def bigscript(name):
    cfg = {"site": name, "env": "production", "experiments": {f"exp_{i}": ("control" if i % 3 else "variant_b") for i in range(50)},
           "ads": [{"slot": f"/2211/{slug(name)}/article/pos{i}", "sizes": [[300, 250], [320, 50], [728, 90]], "lazy": True} for i in range(18)],
           "i18n": {"share": "Share", "comments": "Comments", "readMore": "Read more", "close": "Close"}}
    return '<script>window.__APP_CONFIG__=' + json.dumps(cfg) + ';</script>'

def ld(a, publisher=None, body=False, free=True, typ='NewsArticle'):
    j = {"@context": "https://schema.org", "@type": typ, "headline": a['title'],
         "datePublished": a['date'] + 'T' + a.get('time', '14:20') + ':00Z', "dateModified": a['date'] + 'T' + a.get('mtime', '16:05') + ':00Z',
         "author": {"@type": "Person", "name": a['author']} if not a['author'].startswith('Staff') else {"@type": "Organization", "name": a['prov']},
         "publisher": {"@type": "Organization", "name": publisher or a['prov'], "logo": {"@type": "ImageObject", "url": f"https://{a['pdom']}/logo.png"}},
         "image": {"@type": "ImageObject", "url": f"https://{a['pdom']}/img/{slug(a['title'])}.jpg", "width": 1200, "height": 675},
         "mainEntityOfPage": {"@type": "WebPage", "@id": a['url']}, "articleSection": a['section']}
    if a.get('deck'):
        j["description"] = a['deck']
    if body:
        j["articleBody"] = body if isinstance(body, str) else plain_body(a)
    if not free:
        j["isAccessibleForFree"] = "False"
        j["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywalled-content"}
    return '<script type="application/ld+json">' + json.dumps(j, ensure_ascii=False) + '</script>'

def meta(a, site, extra=''):
    t = E(a['title'])
    d = E(a.get('deck') or a['title'])
    return (f'<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{t} | {E(site)}</title><meta name="description" content="{d}"><link rel="canonical" href="{a["canon"]}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{t}"><meta property="og:description" content="{d}">'
            f'<meta property="og:url" content="{a["url"]}"><meta property="og:site_name" content="{E(site)}">'
            f'<meta property="og:image" content="https://{a["pdom"]}/img/{slug(a["title"])}.jpg">'
            f'<meta property="article:published_time" content="{a["date"]}T{a.get("time","14:20")}:00Z">'
            f'<meta name="twitter:card" content="summary_large_image">' + extra)

CSS = ('body{margin:0;font:16px/1.5 -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1d2228}'
       'a{color:inherit;text-decoration:none}.wrap{max-width:1180px;margin:0 auto;padding:0 16px}'
       '.stream{list-style:none;padding:0}.stream li{display:flex;gap:12px;margin:12px 0}.stream img{border-radius:6px}'
       'header .nav a{padding:0 10px;font-weight:600}.ad{background:#f4f4f4;min-height:250px;text-align:center;font-size:11px}'
       'figure{margin:0}figcaption{font-size:13px;color:#5b636a}.btn{border:1px solid #ccc;border-radius:16px;padding:6px 14px}')
# ----------------------------------------------------------------------------------------------- templates

def t_aggr1(a):
    """Yahoo-News-like portal: provider logo, 'Story continues' break, 'Read the original article on X' inside the body."""
    site = 'Vantage News'
    bl = blocks_of(a)
    parts = []
    half = len(bl) // 2
    for i, (k, t) in enumerate(bl):
        if i == half:
            parts.append('<div class="caas-readmore caas-readmore-collapse"><button class="link rapid-noclick-resp" aria-label="Story continues">Story continues</button></div>')
        parts.append(render_std(k, t, a, ad='<div class="caas-da"><div class="ad-label">Advertisement</div><div id="sda-INARTICLE-' + str(i) + '"></div></div>',
                                m=lambda t: f'<p><strong>READ MORE:</strong> <a href="https://{a["pdom"]}/news/{slug(t)}">{E(t)}</a></p>'))
    parts.append(f'<p><a href="{a["canon"]}" rel="nofollow noopener" target="_blank">Read the original article on {E(a["prov"])}</a>.</p>')
    nav = ''.join(f'<li><a href="https://vantage.example/{slug(x)}">{x}</a></li>' for x in ['Home', 'Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping', 'More'])
    sub = ''.join(f'<li><a href="/news/{slug(x)}">{x}</a></li>' for x in ['US', 'Politics', 'World', 'Health', 'Science', 'Climate', 'Originals', 'Newsletters'])
    body = (f'<div id="ybar"><a class="logo" href="https://vantage.example/">Vantage</a><form><input placeholder="Search the web"><button>Search</button></form>'
            f'<ul class="nav">{nav}</ul><a class="signin" href="/login">Sign in</a></div><nav class="subnav"><ul>{sub}</ul></nav>'
            f'<div id="module-article" class="wrap"><article class="caas-container" role="article"><header class="caas-header">'
            f'<div class="caas-logo"><a href="https://{a["pdom"]}/" target="_blank"><img src="https://s.vantage.example/prov/{slug(a["prov"])}.png" alt="{E(a["prov"])}" height="22"></a></div>'
            f'<h1>{E(a["title"])}</h1></header><div class="caas-attr"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">{E(a["author"])}</span></div>'
            f'<div class="caas-attr-time-style"><time class="" datetime="{a["date"]}T{a.get("time","14:20")}:00.000Z">{human(a["date"],1)} at 9:20 AM</time><span class="caas-attr-mins-read">· 3 min read</span></div>'
            f'<div class="caas-share-buttons"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Email">Email</button><button>Copy link</button></div></div>'
            f'<figure class="caas-figure"><img src="https://s.vantage.example/lead/{slug(a["title"])[:30]}.jpg" alt=""><figcaption class="caption-collapse">{E(a["deck"])} <span class="credit">({E(a["prov"])})</span></figcaption></figure>'
            f'<div class="caas-body">{"".join(parts)}</div></article>'
            f'<div class="caas-comments"><h2>Comments</h2><p>Sign in to comment</p><p>Comments are moderated. See our Community Guidelines.</p><button class="btn">View comments (42)</button></div>'
            f'<aside class="right-rail"><h2>Trending</h2>{cards(n=6, start=2)}<div class="ad"><span>Advertisement</span></div></aside>'
            f'<section class="up-next"><h2>Up next</h2>{cards(n=8, start=5)}</section></div>'
            f'<footer id="footer"><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/privacy-choices">Your Privacy Choices</a></li>'
            f'<li><a href="/ads">About Our Ads</a></li><li><a href="/help">Help</a></li><li><a href="/feedback">Feedback</a></li></ul><p>© 2026 Vantage. All rights reserved.</p></footer>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a, body=a.get('ldfull')) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en-US"><head>{head}</head><body class="caas">{body}</body></html>'

def render_std(k, t, a, ad='<div class="ad"><span>Advertisement</span></div>', m=None, r=None, f=None):
    if k == 'P': return f'<p>{E(t)}</p>'
    if k == 'H': return f'<h2>{E(t)}</h2>'
    if k == 'L': return f'<ul><li>{E(t)}</li></ul>'
    if k == 'Q': return f'<blockquote><p>{E(t)}</p></blockquote>'
    if k == 'A': return ad
    if k == 'M': return m(t) if m else f'<p><strong>Read more:</strong> <a href="/news/{slug(t)}">{E(t)}</a></p>'
    if k == 'R': return r(t) if r else f'<div class="related-card"><a href="/news/{slug(t)}"><span class="label">Related</span> <span>{E(t)}</span></a></div>'
    if k == 'F':
        cap, cred = t.split('|')
        return f(cap, cred) if f else f'<figure><img src="/img/{slug(cap)[:24]}.jpg" alt="{E(cap)}"><figcaption>{E(cap)} <span class="credit">{E(cred)}</span></figcaption></figure>'
    if k == 'C':
        caps = t.split('|')[1:]
        return '<div class="gallery">' + ''.join(f'<figure><img src="/g/{i}.jpg" alt=""><figcaption>{E(c)}</figcaption></figure>' for i, c in enumerate(caps)) + '</div>'
    if k == 'I':
        return f'<div class="embed"><iframe src="https://video.example/embed/{slug(t)[:20]}" title="{E(t)}"></iframe><p class="embed-title">Video: {E(t)}</p></div>'
    raise ValueError(k)

def join_lists(html_s):
    return html_s.replace('</li></ul><ul><li>', '</li><li>')

def t_aggr2(a):
    """MSN-like start page: 'Story by X • 2h', provider logo, body clipped behind 'Continue reading', 'More for You' feed."""
    site = 'Orbit Start'
    bl = blocks_of(a)
    parts = [render_std(k, t, a, ad=f'<div class="intra-article-ad"><span class="ad-label">Advertisement</span><div class="ad-frame" id="ad-{i}"></div></div>',
                        r=lambda t: f'<div class="related-video"><h3>Related video: {E(t)}</h3><video preload="none" poster="/p.jpg"></video><span class="duration">1:48</span></div>')
             for i, (k, t) in enumerate(bl)]
    cut = max(2, len(parts) // 3)
    body_html = join_lists(''.join(parts[:cut])) + '<div class="article-continued" style="max-height:0;overflow:hidden">' + join_lists(''.join(parts[cut:])) + '</div>'
    body = (f'<header class="top"><a class="brand" href="https://orbit.example/">Orbit Start</a><form role="search"><input aria-label="Search" placeholder="Search the web"></form>'
            f'<div class="weather">Seattle <b>46°F</b> Cloudy</div><a href="/signin" class="signin">Sign in</a></header>'
            f'<nav class="feed-nav"><a>Discover</a><a>Following</a><a>News</a><a>Sports</a><a>Play</a><a>Money</a><a>Weather</a><a>Watch</a><a>Learning</a><a>Shopping</a></nav>'
            f'<main class="wrap"><div class="article-page"><div class="provider-bar"><img class="provider-logo" src="https://orbit.example/logos/{slug(a["prov"])}.png" alt="{E(a["prov"])} logo">'
            f'<span class="provider-name">{E(a["prov"])}</span><button class="follow btn">Follow</button></div>'
            f'<h1 class="article-title">{E(a["title"])}</h1><div class="article-meta"><span>Story by {E(a["author"])}</span> • <span>2h</span> • <span>3 min read</span></div>'
            f'<div class="article-image"><img src="https://orbit.example/img/{slug(a["title"])[:30]}.jpg" alt=""><span class="image-caption">{E(a["deck"])} © Provided by {E(a["prov"])}</span></div>'
            f'<div class="article-body" id="content">{body_html}</div>'
            f'<button class="continue-reading btn" aria-expanded="false">Continue reading</button>'
            f'<div class="reactions"><button>Like</button><button>Dislike</button><button>Comments</button><span>14</span><button>Share</button></div>'
            f'<div class="comments-box"><h2>Comments</h2><p>Sign in to join the conversation</p><p>Comments are turned off for some stories.</p></div>'
            f'<section class="more-for-you"><h2>More for You</h2>{cards("feed-card", 12)}</section></div>'
            f'<aside class="rail"><div class="ad"><span class="ad-label">Advertisement</span></div><h2>Trending now</h2>{cards("trend", 6, start=3)}</aside></main>'
            f'<footer><a>Privacy &amp; Cookies</a> <a>Terms of use</a> <a>Advertise</a> <a>Feedback</a> <span>© 2026 Orbit</span></footer>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a, publisher=a['prov']) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en-us" dir="ltr"><head>{head}</head><body>{body}</body></html>'

def t_aggr3(a):
    """Local aggregator app page: excerpt of the local paper's story, 'Read full story on X', user comments, app banner."""
    site = 'LocalPulse'
    paras = ''.join(f'<p>{E(t)}</p>' for k, t in blocks_of(a) if k == 'P')
    comments = [('Marge T.', 'Finally some good news for the students. My daughter studies there every night.'),
                ('dan_the_fisherman', 'Who is paying for the extra hours? Just asking.'),
                ('K. Reyes', 'Great idea, hope they keep it going next year too.')]
    cm = ''.join(f'<div class="comment"><div class="c-author">{E(n)}</div><div class="c-time">1h</div><p class="c-text">{E(c)}</p><div class="c-actions"><button>Reply</button><button>Like 3</button></div></div>' for n, c in comments)
    body = (f'<div class="app-banner"><img src="/icon.png" alt=""><div><b>LocalPulse</b><br>Local news, your way</div><a class="btn" href="/download">Open app</a></div>'
            f'<header class="lp-header"><a href="/" class="logo">LocalPulse</a><span class="loc">Lakeshore, MI</span><nav><a>For You</a><a>Local</a><a>Weather</a><a>Crime</a><a>Sports</a><a>Jobs</a></nav></header>'
            f'<main class="wrap"><article class="lp-article"><div class="source"><img src="/src/{slug(a["prov"])}.png" alt=""><a href="https://{a["pdom"]}/">{E(a["prov"])}</a>'
            f'<span class="time">{human(a["date"],1)} · 2h</span></div><h1>{E(a["title"])}</h1><div class="author">{E(a["author"])}</div>'
            f'<div class="lp-content">{paras}</div><a class="read-full btn" href="{a["canon"]}">Read full story on {E(a["prov"])}</a>'
            f'<div class="lp-actions"><button>Share</button><button>Save</button><button>Report</button></div></article>'
            f'<section class="comments"><h2>Comments (3)</h2>{cm}<form><textarea placeholder="Add a comment"></textarea><button>Post</button></form></section>'
            f'<section class="nearby"><h2>Nearby news</h2>{cards(n=10, start=1)}</section></main>'
            f'<footer><p>LocalPulse brings you stories from local publishers. Content belongs to its publishers.</p><a>About</a> <a>Contact</a> <a>Privacy</a> <a>Terms</a> <a>Publishers</a></footer>')
    head = meta(a, site) + f'<style>{CSS}{CSS}</style>' + ld(a, publisher=site) + bigscript(site) + bigscript(site + ' app')
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

def t_aggr4(a):
    """AOL-like portal: body split with a class-collapsed continuation, 'This article originally appeared on X', sign-in to comment."""
    site = 'Compass'
    bl = blocks_of(a)
    parts = [render_std(k, t, a, ad=f'<div class="m-ad" data-pos="{i}"><p class="ad-text">AD</p></div>') for i, (k, t) in enumerate(bl)]
    cut = len(parts) // 2
    body_html = (join_lists(''.join(parts[:cut])) + '<div class="read-more-wrap"><button class="read-more-btn">Continue Reading</button></div>'
                 + '<div class="article-rest is-collapsed" aria-hidden="true">' + join_lists(''.join(parts[cut:]))
                 + f'<p><em>This article originally appeared on {E(a["prov"])}: <a href="{a["canon"]}">{E(a["title"])}</a></em></p></div>')
    body = (f'<header><div class="wrap"><a class="logo" href="/">Compass</a><ul class="nav"><li>Home</li><li>News</li><li>Finance</li><li>Weather</li><li>Entertainment</li><li>Lifestyle</li><li>Shopping</li></ul><a href="/login">Login</a> <a href="/mail">Mail</a></div></header>'
            f'<main class="wrap"><div class="article-wrap"><div class="source-logo"><img src="/src/{slug(a["prov"])}.svg" alt="{E(a["prov"])}"></div>'
            f'<h1>{E(a["title"])}</h1><div class="byline"><span class="author">{E(a["author"])}</span>, <span class="source">{E(a["prov"])}</span> <span class="date">{human(a["date"],0)}, 9:05 AM</span></div>'
            f'<div class="share"><a>Share</a><a>Tweet</a><a>Email</a></div>'
            f'<div class="article-content">{body_html}</div>'
            f'<div class="conversation"><h3>Join the conversation</h3><p>Sign in to comment</p><p>Be respectful. Comments that break our community rules will be removed.</p></div></div>'
            f'<aside class="sidebar"><h2>Top stories</h2>{cards(n=7)}<h2>Sponsored</h2><ul><li>Seniors are switching to this new hearing aid</li><li>The 5 best credit cards of the year</li></ul></aside>'
            f'<section><h2>More stories</h2>{cards(n=9, start=4)}</section></main>'
            f'<footer class="wrap">© 2026 Compass Media. All rights reserved. <a>Terms</a> <a>Privacy</a> <a>Advertise</a> <a>Site map</a></footer>')
    head = meta(a, site) + f'<style>{CSS}.is-collapsed{{display:none}}</style>' + ld(a, publisher=a['prov'], body=True) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>'
              '<script async src="https://cdn.ampproject.org/v0.js"></script>')
def amp_scripts(*names):
    return ''.join(f'<script async custom-element="amp-{n}" src="https://cdn.ampproject.org/v0/amp-{n}-0.1.js"></script>' for n in names)

def t_amp1(a):
    """WordPress AMP plugin (classic reader template)."""
    site = a['prov']
    def fig(cap, cred):
        src = f'https://{a["pdom"]}/wp-content/uploads/2026/12/{slug(cap)[:24]}.jpg'
        return (f'<figure class="wp-caption aligncenter"><amp-img src="{src}" width="1024" height="683" alt="{E(cap)}" layout="intrinsic" class="wp-image"><noscript><img src="{src}" width="1024" height="683" alt="{E(cap)}"></noscript></amp-img>'
                f'<figcaption class="wp-caption-text">{E(cap)} (Photo: {E(cred)})</figcaption></figure>')
    parts = [render_std(k, t, a, ad=f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/99/{slug(site)}/amp_mid{i}"><div placeholder>Loading ad…</div><div fallback><p>Advertisement</p></div></amp-ad>', f=fig)
             for i, (k, t) in enumerate(blocks_of(a))]
    body = (f'<header id="top" class="amp-wp-header"><div><a href="https://{a["pdom"]}/"><amp-img src="https://{a["pdom"]}/logo-32.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">{E(site)}</span></a></div></header>'
            f'<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{E(a["title"])}</h1>'
            f'<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.example/avatar/1?s=24" alt="{E(a["author"])}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{E(a["author"])}</span></div>'
            f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{a["date"]}T13:10:00+00:00">2 days ago</time></div></header>'
            f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="800" src="https://{a["pdom"]}/wp-content/uploads/lead.jpg" class="attachment-large" layout="intrinsic"></amp-img><p class="wp-caption-text">{E(a["deck"])}</p></figure>'
            f'<div class="amp-wp-article-content">{join_lists("".join(parts))}'
            f'<div class="social"><amp-social-share type="facebook" data-param-app_id="1234" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div></div>'
            f'<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="/category/{slug(a["section"])}/" rel="category tag">{E(a["section"])}</a></div>'
            f'<div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="/tag/community/" rel="tag">community</a>, <a href="/tag/news/" rel="tag">news</a></div>'
            f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{a["canon"]}#respond">Leave a Comment</a></div></footer></article>'
            f'<footer class="amp-wp-footer"><div><h2>{E(site)}</h2><a href="#top" class="back-to-top">Back to top</a></div>'
            f'<p><a href="{a["canon"]}?noamp=mobile">Exit mobile version</a></p></footer>'
            f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-AMP1","config":{{"G-AMP1":{{"groups":"default"}}}}}}}}</script></amp-analytics>')
    css = ('.amp-wp-article{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px;overflow-wrap:break-word;word-wrap:break-word}'
           '.amp-wp-header{background-color:#0a89c0}.amp-wp-header div{color:#fff;font-size:1em;font-weight:400;margin:0 auto;max-width:calc(840px - 32px);padding:.875em 16px;position:relative}'
           '.amp-wp-title{color:#353535;display:block;flex:1 0 100%;font-weight:900;margin:0 0 .625em;width:100%}.amp-wp-meta{color:#696969;display:inline-block;flex:2 1 50%;font-size:.875em;line-height:1.5em;margin:0 0 1.5em;padding:0}'
           '.wp-caption .wp-caption-text{border-bottom:1px solid #c2c2c2;color:#696969;font-size:.875em;line-height:1.5em;margin:0;padding:.66em 10px .75em}') * 6
    head = (meta(a, site).replace('<link rel="canonical"', '<link rel="canonical"') + AMP_BOILER + amp_scripts('ad', 'social-share', 'analytics')
            + f'<style amp-custom>{css}</style>' + ld(a, typ='BlogPosting'))
    return f'<!doctype html><html amp lang="en-US" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="self;v=1"><head>{head}</head><body class="">{body}</body></html>'

def t_amp2(a):
    """Publisher AMP (Arc-like): amp-sidebar menu, amp-carousel gallery, amp-accordion related, amp-ad, amp-list trending."""
    site = a['prov']
    def gal(t):
        caps = t.split('|')[1:]
        return ('<amp-carousel width="800" height="533" layout="responsive" type="slides" role="region" aria-label="Photo gallery">'
                + ''.join(f'<figure class="slide"><amp-img src="https://{a["pdom"]}/g/{i}.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>{E(c)} ({i+1} of {len(caps)})</figcaption></figure>' for i, c in enumerate(caps))
                + '</amp-carousel>')
    parts = []
    for i, (k, t) in enumerate(blocks_of(a)):
        if k == 'C':
            parts.append(gal(t))
        else:
            parts.append(render_std(k, t, a, ad=f'<div class="ad-container"><amp-ad width="320" height="50" layout="fixed" type="doubleclick" data-slot="/7/{slug(site)}/amp/{i}" data-multi-size="300x250"></amp-ad></div>'))
    sidebar = ''.join(f'<li><a href="/{slug(x)}/">{x}</a></li>' for x in ['Home', 'U.S.', 'World', 'Politics', 'Business', 'Tech', 'Health', 'Sports', 'Opinion', 'Podcasts', 'Newsletters'])
    acc = ''.join(f'<li><a href="/news/{slug(t)}">{E(t)}</a></li>' for t, s, h in LOREM_TEASERS[:6])
    body = (f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">Close</button><ul class="menu">{sidebar}</ul>'
            f'<p class="menu-foot">Subscribe to {E(site)} · Manage account</p></amp-sidebar>'
            f'<header class="masthead"><button on="tap:sidebar.toggle" aria-label="Menu" class="hamburger">Menu</button><a href="https://{a["pdom"]}/" class="logo"><amp-img src="https://{a["pdom"]}/logo.svg" width="180" height="28" alt="{E(site)}"></amp-img></a><a class="sub-btn" href="/subscribe">Subscribe</a></header>'
            f'<main><article><div class="section-label"><a href="/{slug(a["section"])}/">{E(a["section"])}</a></div><h1 class="headline">{E(a["title"])}</h1><h2 class="sub-headline">{E(a["deck"])}</h2>'
            f'<div class="byline">By <a href="/people/{slug(a["author"])}/">{E(a["author"])}</a></div><div class="timestamp">{human(a["date"],0)} at 11:42 a.m. EST</div>'
            f'<div class="share-bar"><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="linkedin" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>'
            f'<figure class="lead-art"><amp-img src="https://{a["pdom"]}/lead.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img><figcaption>{E(a["deck"])} <span class="credit">(Staff photo)</span></figcaption></figure>'
            f'<div class="article-body">{join_lists("".join(parts))}</div>'
            f'<amp-accordion class="related" disable-session-states><section><h4>More from {E(site)}</h4><ul>{acc}</ul></section><section><h4>Read the comments</h4><p>Comments are available on the full site.</p></section></amp-accordion>'
            f'</article><section class="trending"><h3>Trending</h3><amp-list src="https://{a["pdom"]}/api/trending.json" width="auto" height="300" layout="fixed-height"><template type="amp-mustache"><a href="{{{{url}}}}">{{{{headline}}}}</a></template><div overflow>See more</div></amp-list></section></main>'
            f'<footer class="site-footer"><p>© 2026 {E(site)}. All rights reserved.</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <a href="/contact">Contact Us</a> <a href="{a["canon"]}">View full site</a></footer>'
            f'<amp-analytics type="comscore"><script type="application/json">{{"vars":{{"c2":"1234567"}}}}</script></amp-analytics>')
    css = ('.masthead{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;border-bottom:1px solid #ddd}.headline{font:700 28px/1.15 Georgia,serif}'
           '.sub-headline{font:400 18px/1.35 Georgia,serif;color:#444}.byline,.timestamp{font:13px/1.4 Arial,sans-serif;color:#666}.article-body p{font:18px/1.6 Georgia,serif}'
           'amp-sidebar{width:280px;background:#111;color:#fff}.menu li{padding:10px 16px;border-bottom:1px solid #333}.share-bar{display:flex;gap:8px;margin:12px 0}') * 8
    head = (meta(a, site) + AMP_BOILER + amp_scripts('ad', 'sidebar', 'carousel', 'accordion', 'social-share', 'list', 'analytics')
            + '<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js"></script>'
            + f'<style amp-custom>{css}</style>' + ld(a))
    return f'<!doctype html><html ⚡ lang="en"><head>{head}</head><body>{body}</body></html>'

def t_amp3(a):
    """AMP with <noscript> images, amp-iframe embeds with captions, amp-consent, amp-sticky-ad, amp-user-notification."""
    site = a['prov']
    def emb(t):
        return (f'<figure class="embed"><amp-iframe width="560" height="315" layout="responsive" sandbox="allow-scripts allow-same-origin" frameborder="0" src="https://player.example/embed/{slug(t)[:24]}">'
                f'<amp-img placeholder layout="fill" src="https://player.example/thumb.jpg"></amp-img></amp-iframe><figcaption>{E(t)}</figcaption></figure>')
    parts = []
    for i, (k, t) in enumerate(blocks_of(a)):
        if k == 'I':
            parts.append(emb(t))
        elif k == 'P' and i == 1:
            src = f'https://{a["pdom"]}/photos/{slug(a["title"])[:20]}-2.jpg'
            parts.append(f'<p>{E(t)}</p><div class="inline-photo"><amp-img src="{src}" width="900" height="600" layout="responsive" alt="A photo from the story"><noscript><img src="{src}" width="900" height="600" alt="A photo from the story"></noscript></amp-img><span class="photo-credit">Photo by {E(a["author"])}</span></div>')
        else:
            parts.append(render_std(k, t, a))
    body = (f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies to personalize content and ads and to analyze our traffic. By continuing you agree to our use of cookies.</p><button on="tap:consent.accept">Accept</button><button on="tap:consent.reject">Decline</button></div></amp-consent>'
            f'<header class="hdr"><a href="https://{a["pdom"]}/">{E(site)}</a><nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/outdoors">Outdoors</a> <a href="/obituaries">Obituaries</a> <a href="/e-edition">E-Edition</a></nav></header>'
            f'<div class="story"><p class="kicker">{E(a["section"])}</p><h1>{E(a["title"])}</h1><p class="dek">{E(a["deck"])}</p>'
            f'<p class="meta">{E(a["author"])} | {human(a["date"],3)}</p>'
            f'<amp-img src="https://{a["pdom"]}/lead.jpg" width="1200" height="800" layout="responsive" alt=""><noscript><img src="https://{a["pdom"]}/lead.jpg" alt=""></noscript></amp-img>'
            f'<div class="story-body">{join_lists("".join(parts))}</div>'
            f'<div class="share"><span>Share this story:</span><amp-social-share type="facebook" width="30" height="30"></amp-social-share><amp-social-share type="sms" width="30" height="30"></amp-social-share><amp-social-share type="system" width="30" height="30"></amp-social-share></div>'
            f'<p class="full-site"><a href="{a["canon"]}">Take me to the full site</a></p></div>'
            f'<section class="more"><h2>Latest news</h2>{cards(n=8, with_src=False)}</section>'
            f'<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/4/{slug(site)}/sticky"></amp-ad></amp-sticky-ad>'
            f'<footer><p>Copyright © 2026 {E(site)}, a division of Shoreline Media Group.</p></footer>')
    css = ('.hdr{background:#06334f;color:#fff;padding:10px}.story{max-width:700px;margin:auto;padding:0 14px}.kicker{text-transform:uppercase;font-size:12px;color:#06334f}'
           '.dek{font-size:18px;color:#333}.meta{font-size:13px;color:#777}.photo-credit{font-size:11px;color:#888}.consent-ui{background:#fff;padding:16px;box-shadow:0 0 8px #0003}') * 9
    head = meta(a, site) + AMP_BOILER + amp_scripts('ad', 'iframe', 'consent', 'sticky-ad', 'social-share') + f'<style amp-custom>{css}</style>' + ld(a)
    return f'<!doctype html><html amp lang="en"><head>{head}</head><body>{body}</body></html>'

PRINT_CSS = ('@media print{.noprint{display:none}a{color:#000}body{font-size:11pt}}body{font-family:Georgia,Times,serif;max-width:680px;margin:20px auto;color:#000}'
             '.print-header{border-bottom:2px solid #000;padding-bottom:8px;margin-bottom:16px}.print-footer{border-top:1px solid #000;margin-top:24px;font-size:9pt}'
             '.byline{font-style:italic}.date{font-size:10pt;color:#333}') * 10

def t_print1(a):
    """Printer-friendly version: 'Print this page', URL and print date in the footer."""
    site = a['prov']
    paras = ''.join(render_std(k, t, a) for k, t in blocks_of(a))
    body = (f'<div class="print-header"><img src="https://{a["pdom"]}/images/print-logo.gif" alt="{E(site)}" width="240" height="40">'
            f'<div class="noprint"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a> | <a href="{a["canon"]}">Return to article</a></div></div>'
            f'<h1>{E(a["title"])}</h1><p class="byline">By {E(a["author"])}<br>{E(site)}</p><p class="date">Published: {human(a["date"],0)} at 5:32 p.m.</p>'
            f'<div class="print-body">{join_lists(paras)}</div>'
            f'<div class="print-footer"><p>URL: {a["canon"]}</p><p>© 2026 {E(site)}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution, contact our reprints department.</p>'
            f'<p>Printed on {human("2026-12-07",0)} at 8:14 a.m.</p></div>'
            f'<script>setTimeout(function(){{window.print()}},800);</script>')
    head = meta(a, site + ' (Print Version)', '<meta name="robots" content="noindex,follow">') + f'<style>{PRINT_CSS}</style>' + ld(a) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body class="print">{body}</body></html>'

def t_print2(a):
    """Old CMS printer-friendly page: table layout, <font> tags, paragraphs split by <br><br>."""
    site = a['prov']
    paras = '<br><br>\n'.join(E(t) for k, t in blocks_of(a) if k == 'P')
    body = (f'<table width="600" border="0" cellpadding="4" cellspacing="0" align="center"><tr><td><img src="/graphics/masthead_print.gif" alt="{E(site)}" width="300" height="45"></td>'
            f'<td align="right" valign="top"><font face="Arial" size="1"><a href="#" onclick="window.print();return false;">PRINT</a> &nbsp; <a href="#" onclick="window.close()">CLOSE</a></font></td></tr>'
            f'<tr><td colspan="2"><hr size="1" noshade><font face="Arial" size="4"><b>{E(a["title"])}</b></font><br>'
            f'<font face="Arial" size="2">By {E(a["author"])}<br>Staff Writer<br>{human(a["date"],0)}</font><br><br>'
            f'<font face="Times New Roman" size="3">{paras}</font><br><br><hr size="1" noshade>'
            f'<font face="Arial" size="1">Copyright © 2026 {E(site)}. Story URL: {a["canon"]}<br>'
            f'To subscribe, call 1-800-555-0148 or visit our website.</font></td></tr></table>')
    pad = '<!-- ' + ('print template v2.3 generated by NewsEngine CMS; ' * 60) + '-->'
    head = meta(a, site) + f'<style>{PRINT_CSS}</style>' + bigscript(site) + pad
    return f'<html><head>{head}</head><body bgcolor="#FFFFFF" onload="window.print()">{body}</body></html>'

def t_lite1(a):
    """Text-only lite site (lite.cnn-like)."""
    paras = ''.join(f'<p class="paragraph inline-placeholder">{E(t)}</p>' for k, t in blocks_of(a) if k == 'P')
    links = ''.join(f'<li class="card--lite"><a href="/{a["date"].replace("-","/")}/{slug(t)}/index.html">{E(t)}</a></li>' for t, s, h in LOREM_TEASERS)
    body = (f'<header class="header--lite"><div><a href="/">CNX</a> <span>lite</span></div></header>'
            f'<div class="layout-container--lite"><div class="afe4286c"><div class="headline headline--lite"><h2 class="headline__text">{E(a["title"])}</h2></div>'
            f'<div class="byline--lite"><p id="byline--lite" class="byline--lite">By {E(a["author"])}</p><p id="published datetime" class="timestamp--lite">Updated: 4:12 PM EST, {["Sat","Fri","Thu","Wed","Tue","Mon","Sun"][int(a["date"][-1])%7]} {human(a["date"],0)}</p></div>'
            f'<div class="article--lite">{paras}</div><p class="source--lite">Source: CNX</p></div>'
            f'<div class="more--lite"><h3>Latest stories</h3><ul>{links}</ul></div></div>'
            f'<footer class="footer--lite"><p><a href="https://www.cnx.example/">Go to the full CNX experience</a></p><p>© 2026 Cable News Exchange. All Rights Reserved.</p>'
            f'<p><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/ad-choices">Ad Choices</a></p></footer>')
    css = ('.layout-container--lite{max-width:640px;margin:0 auto;padding:0 12px;font-family:Helvetica,Arial,sans-serif}.headline__text{font-size:24px}'
           '.byline--lite,.timestamp--lite{font-size:13px;color:#404040;margin:2px 0}.paragraph{font-size:16px;line-height:1.6}.card--lite{margin:8px 0}') * 32
    head = (f'<meta charset="utf-8"><title>{E(a["title"])} | CNX Politics</title><meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<link rel="canonical" href="https://www.cnx.example/{a["date"].replace("-","/")}/{slug(a["section"])}/{slug(a["title"])}/index.html"><style>{css}</style>')
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

def t_lite2(a):
    """Text-only radio site (text.npr-like): everything is <p>, links in lines."""
    paras = ''.join(f'<p>{E(t)}</p>' for k, t in blocks_of(a) if k == 'P')
    topics = ' | '.join(f'<a href="/t/{slug(x)}">{x}</a>' for x in ['News', 'Culture', 'Music', 'Podcasts &amp; Shows', 'Search'])
    latest = ''.join(f'<li><a href="/nx/{900+i}">{E(t)}</a></li>' for i, (t, s, h) in enumerate(LOREM_TEASERS))
    body = (f'<header><p><a href="/"><b>NPA</b> : National Public Audio</a></p><p><b>Text-Only Version</b> <a href="https://www.npa.example/">Go To Full Site</a></p><p>{topics}</p><hr></header>'
            f'<main><article><div class="story-title">{E(a["title"])}</div><div class="story-head"><p>By {E(a["author"])}</p><p>{["Saturday","Friday","Thursday","Wednesday"][int(a["date"][-1])%4]}, {human(a["date"],0)} • 5:00 AM EST</p></div>'
            f'<div class="paragraphs-container">{paras}</div></article></main>'
            f'<hr><section><h2>Latest</h2><ul>{latest}</ul></section><footer><p><a href="/">NPA Home</a> | <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy</a> | <a href="/sponsor">Sponsorship</a></p><p>© 2026 npa</p></footer>')
    css = 'body{font-family:Georgia,serif;max-width:720px;margin:auto;padding:8px}.story-title{font-size:26px;font-weight:bold}p{line-height:1.5}' * 75
    head = f'<meta charset="utf-8"><title>{E(a["title"])} : NPA</title><meta name="viewport" content="width=device-width"><style>{css}</style>'
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

def t_lite3(a):
    """Plain text site: <br> lines, links in lines, no paragraphs markup."""
    site = a['prov']
    paras = '<br><br>\n'.join(E(t) for k, t in blocks_of(a) if k == 'P')
    others = '<br>\n'.join(f'<a href="/news/{slug(t)}.html">{E(t)}</a> - {h} ago' for t, s, h in LOREM_TEASERS)
    body = (f'<a href="/"><b>{E(site)}</b></a> | <a href="/news.html">News</a> | <a href="/sports.html">Sports</a> | <a href="/obits.html">Obituaries</a> | <a href="/classifieds.html">Classifieds</a> | <a href="/contact.html">Contact</a><hr>\n'
            f'<b>{E(a["title"])}</b><br>\nBy {E(a["author"])}<br>\n{human(a["date"],3)}<br><br>\n{paras}<br><br>\n<hr>\n'
            f'<a href="/news/prev.html">&lt;&lt; Previous story</a> | <a href="/news/next.html">Next story &gt;&gt;</a><br><br>\n<b>Other stories this week</b><br>\n{others}<br><br>\n'
            f'<a href="/">Home</a> | <a href="/subscribe.html">Subscribe</a> | <a href="/advertise.html">Advertise</a><br>Copyright 2026 {E(site)}, P.O. Box 88, Ridgeline. All rights reserved.')
    pad = '<!-- ' + ('static page generated by txtpress 1.4; do not edit by hand; ' * 140) + '-->'
    head = f'<title>{E(site)} - {E(a["title"])}</title>{pad}'
    return f'<html><head>{head}</head><body bgcolor="white" text="black" link="blue">{body}</body></html>'

def t_reader(a):
    """Reader-mode export: a browser's reader view saved as a page, or a read-later service's export."""
    parts = join_lists(''.join(render_std(k, t, a) for k, t in blocks_of(a)))
    if a['prov'].startswith('The'):
        body = (f'<div class="container" style="--font-size:20px"><div class="header reader-header reader-show-element"><a class="domain reader-domain" href="{a["canon"]}">{a["pdom"]}</a>'
                f'<div class="domain-border"></div><h1 class="reader-title">{E(a["title"])}</h1><div class="credits reader-credits">{E(a["author"])}</div>'
                f'<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time">6-8 minutes</div></div></div><hr>'
                f'<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>{parts}</div></div></div></div>'
                f'<div><div class="reader-message"></div></div></div>'
                f'<ul class="toolbar reader-toolbar"><li><button class="button close-button" title="Close Reader View"></button></li><li><button class="button style-button" title="Type controls"></button></li><li><button class="button narrate-toggle" title="Listen"></button></li></ul>')
        css = ('body{--main-background:#fff;--main-foreground:#15141a;padding:64px 51px}.container{max-width:var(--content-width);margin:0 auto}.reader-title{font-size:1.6em;line-height:1.25em}'
               '.credits{font-size:.9em}.domain{font-size:.9em;line-height:48px;padding-bottom:4px;font-family:sans-serif;text-decoration:underline}.moz-reader-content p{line-height:1.6}') * 34
        head = f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src chrome:"><title>{E(a["title"])}</title><style>{css}</style>'
        return f'<!DOCTYPE html><html lang="en" dir="ltr" class="reader"><head>{head}</head><body class="sans-serif loaded light">{body}</body></html>'
    body = (f'<div id="export-header"><p class="saved">Saved from <a href="{a["canon"]}">{a["pdom"]}</a> on {human("2026-12-04",0)}</p>'
            f'<p class="tags">Tags: science, cities · <a href="https://readlater.example/list">My list</a></p></div>'
            f'<article id="story"><h1>{E(a["title"])}</h1><p class="origin">{E(a["author"])} · {E(a["prov"])} · {human(a["date"],0)} · 4 min read</p>'
            f'<div id="story-content">{parts}</div></article>'
            f'<div id="export-footer"><p>Original article: <a href="{a["canon"]}">{a["canon"]}</a></p><p>Exported with ReadLater 5.2 · Highlights: 0 · Notes: 0</p></div>')
    css = 'body{font:18px/1.6 Charter,Georgia,serif;max-width:640px;margin:40px auto}#export-header,#export-footer{font:13px sans-serif;color:#777}' * 95
    head = f'<meta charset="utf-8"><title>{E(a["title"])}</title><meta name="generator" content="ReadLater export"><style>{css}</style>'
    return f'<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>'

def t_appwrap(a):
    """News-app web wrapper (Apple-News/Google-News-like share page): open-in-app banners, source bar, full coverage rail."""
    site = 'NewsFrame'
    parts = join_lists(''.join(render_std(k, t, a) for k, t in blocks_of(a)))
    cov = ''.join(f'<article class="cov"><div class="src">{E(s)}</div><h4><a href="./articles/CBMi{i}x">{E(t)}</a></h4><time>{h} ago</time></article>' for i, (t, s, h) in enumerate(LOREM_TEASERS[:7]))
    body = (f'<div class="smart-banner" role="banner"><img src="/nf-icon.png" alt=""><div><strong>NewsFrame</strong><br><span>Get the full experience in the app</span></div><a class="btn" href="nfapp://open">Open</a></div>'
            f'<header class="nf-top"><a href="/" class="nf-logo">NewsFrame</a><nav><a href="/foryou">For you</a><a href="/following">Following</a><a href="/top">Top stories</a><a href="/local">Local</a></nav><input placeholder="Search for topics, locations &amp; sources"><a href="/signin">Sign in</a></header>'
            f'<main class="nf-main"><div class="source-bar"><img src="/logos/{slug(a["prov"])}.png" alt="{E(a["prov"])}"><a href="https://{a["pdom"]}/">{E(a["prov"])}</a>'
            f'<a class="visit" href="{a["canon"]}">Visit site</a><button class="menu" aria-label="More">⋮</button><ul class="menu-items" hidden><li>Hide all stories from {E(a["prov"])}</li><li>Share</li><li>Report</li></ul></div>'
            f'<article class="nf-article"><h1>{E(a["title"])}</h1><p class="nf-deck">{E(a["deck"])}</p><div class="nf-byline"><span>{E(a["author"])}</span> · <time datetime="{a["date"]}">{human(a["date"],1)}</time></div>'
            f'<div class="nf-body">{parts}</div><div class="nf-end"><p>Opened in NewsFrame. Open in the {E(a["prov"])} app for the best experience.</p><a class="btn" href="nfapp://open">Open in app</a></div></article>'
            f'<section class="full-coverage"><h2>Full coverage of this story</h2>{cov}<a href="/stories/xyz">See more headlines and perspectives</a></section></main>'
            f'<footer><a>Privacy</a> · <a>Terms</a> · <a>About NewsFrame</a> · <a>Help</a> · <a>Send feedback</a></footer>')
    head = meta(a, site, f'<meta name="apple-itunes-app" content="app-id=123456789, app-argument=nfapp://{slug(a["title"])}">') + f'<style>{CSS}</style>' + ld(a) + bigscript(site) + bigscript(site + ' web')
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

def shell_chrome(a, site, inner):
    nav = ''.join(f'<a href="/{slug(x)}">{x}</a>' for x in ['News', 'Business', 'Tech', 'Science', 'Health', 'Culture', 'Opinion'])
    return (f'<header class="site-header"><a class="logo" href="/">{E(site)}</a><nav>{nav}</nav><button class="subscribe">Subscribe</button></header>'
            f'{inner}<footer class="site-footer"><p>© 2026 {E(site)}</p><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>')

def t_shell_ld(a):
    """Client-rendered shell: skeleton placeholders, noscript notice, full text only in JSON-LD articleBody."""
    site = a['prov']
    inner = (f'<div id="root"><main class="article-shell" aria-busy="true"><h1 class="headline">{E(a["title"])}</h1><p class="standfirst">{E(a["deck"])}</p>'
             f'<div class="skeleton skeleton-byline"></div><div class="skeleton skeleton-image"></div>' + '<div class="skeleton skeleton-line"></div>' * 12
             + '<noscript><p>You need to enable JavaScript to read this article.</p></noscript></main></div>')
    bundle = '<script>' + 'window.__BOOT__=' + json.dumps({"routes": [f"/r{i}" for i in range(200)], "chunks": {f"c{i}": f"/static/js/{i:04d}.{random.randint(10**7, 10**8)}.chunk.js" for i in range(120)}}) + ';</script>'
    head = meta(a, site) + f'<style>{CSS}.skeleton{{background:#eee;height:14px;margin:8px 0;border-radius:4px}}</style>' + ld(a, body=True) + bundle
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{shell_chrome(a, site, inner)}<script src="/static/js/main.8a7b6c.js"></script></body></html>'

def t_shell_next(a):
    """Next.js page whose body is filled in on the client from __NEXT_DATA__ (blocks or an HTML string)."""
    site = a['prov']
    bl = blocks_of(a)
    if a['pdom'].startswith('orbit'):
        content = []
        for k, t in bl:
            if k == 'P': content.append({"type": "paragraph", "id": f"p{len(content)}", "content": t})
            elif k == 'H': content.append({"type": "heading", "level": 2, "content": t})
            elif k == 'A': content.append({"type": "ad", "slot": "mid"})
        art = {"id": "a8f2", "headline": a['title'], "slug": slug(a['title']), "authors": [{"name": a['author'], "slug": slug(a['author'])}],
               "publishedAt": a['date'] + "T13:00:00Z", "summary": a['deck'], "body": content, "tags": ["space", "astronomy"]}
    else:
        htmlbody = ''.join(f'<p>{E(t)}</p>' if k == 'P' else f'<h2>{E(t)}</h2>' if k == 'H' else '' for k, t in bl)
        art = {"id": 99121, "title": a['title'], "author": {"displayName": a['author']}, "date": a['date'], "excerpt": "", "bodyHtml": htmlbody,
               "related": [{"title": t, "url": f"/news/{slug(t)}"} for t, s, h in LOREM_TEASERS[:5]]}
    nd = {"props": {"pageProps": {"article": art, "site": {"name": site, "menu": ["News", "Business", "Science"]}, "__N_SSG": True}},
          "page": "/[section]/[slug]", "query": {"section": slug(a['section']), "slug": slug(a['title'])}, "buildId": "k3J9xQ2", "isFallback": False, "gsp": True, "scriptLoader": []}
    inner = (f'<div id="__next"><main><article><span class="kicker">{E(a["section"])}</span><h1>{E(a["title"])}</h1>'
             + (f'<p class="dek">{E(a["deck"])}</p>' if a['deck'] else '') +
             f'<div class="byline">By {E(a["author"])} · <time datetime="{a["date"]}">{human(a["date"],1)}</time></div><div class="article-body" data-hydrate="body"></div></article>'
             f'<aside><h2>Most popular</h2>{cards(n=5, with_src=False)}</aside></main></div>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a) + ''.join(f'<link rel="preload" href="/_next/static/chunks/{i}.{random.randint(10**6,10**7)}.js" as="script">' for i in range(30))
    return (f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{shell_chrome(a, site, inner)}'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>' + bigscript(site) + '</body></html>')

def t_shell_fusion(a):
    """Arc-Fusion-like page rendered on the client: the story in Fusion.globalContent.content_elements."""
    site = a['prov']
    ce = []
    for i, (k, t) in enumerate(blocks_of(a)):
        if k == 'P': ce.append({"_id": f"E{i:04d}", "type": "text", "content": E(t), "additional_properties": {"comments": [], "inline_comments": []}})
        elif k == 'H': ce.append({"_id": f"E{i:04d}", "type": "header", "level": 2, "content": E(t)})
    ce.insert(2, {"_id": "IMG1", "type": "image", "url": "https://img.example/x.jpg", "caption": "The governor signs the bill at Lincoln Elementary.", "credits": {"by": [{"name": "Staff"}]}})
    gc = {"_id": "ABCDEF123", "type": "story", "headlines": {"basic": a['title']}, "subheadlines": {"basic": a['deck']},
          "credits": {"by": [{"type": "author", "name": a['author']}]}, "first_publish_date": a['date'] + "T15:00:00.000Z",
          "content_elements": ce, "taxonomy": {"sections": [{"name": a['section'], "_id": "/politics"}]}}
    inner = f'<div id="fusion-app"><div class="b-header"></div><div class="article-loading">Loading…</div></div>'
    fusion = ('<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="capital";Fusion.contextPath="/pf";Fusion.deployment="412";'
              f'Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"ABCDEF123"}}}};Fusion.lastModified=1765000000000;</script>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a) + bigscript(site) + bigscript(site + ' pf')
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{shell_chrome(a, site, inner)}{fusion}<script src="/pf/dist/engine/react.js"></script></body></html>'

def t_shell_state(a):
    """Single-page app: the story as an HTML string in window.__INITIAL_STATE__."""
    site = a['prov']
    htmlbody = ''.join(f'<p>{E(t)}</p>' for k, t in blocks_of(a) if k == 'P')
    st = {"route": {"path": a['url']}, "user": {"loggedIn": False}, "article": {"id": 5512, "headline": a['title'], "byline": a['author'], "published": a['date'],
          "body": htmlbody, "tags": ["turtles", "coast"], "related": [{"headline": t} for t, s, h in LOREM_TEASERS[:6]]}, "ads": {"enabled": True}}
    inner = f'<div id="app"><div class="spinner" role="progressbar"></div><noscript>Please enable JavaScript to view this site.</noscript></div>'
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a) + bigscript(site) + bigscript(site + ' spa')
    return (f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{shell_chrome(a, site, inner)}'
            f'<script>window.__INITIAL_STATE__ = {json.dumps(st, ensure_ascii=False)};</script><script src="/assets/app.3f2a.js" defer></script></body></html>')

def t_paywall(a):
    """Subscriber story: a teaser in the markup, a paywall box, the full text in JSON-LD articleBody (isAccessibleForFree false)."""
    site = a['prov']
    paras = [t for k, t in blocks_of(a) if k == 'P']
    teaser = ''.join(f'<p>{E(t)}</p>' for t in paras[:a['teaser']])
    wall = (f'<div class="paywall" id="paywall"><h3>Continue reading with a subscription</h3><p>You have reached your limit of free articles this month. '
            f'Subscribe now for just $1 for 6 months and get unlimited access to {E(site)}.</p><a class="btn" href="/subscribe">Subscribe</a>'
            f'<p>Already a subscriber? <a href="/login">Sign in</a></p></div>')
    nav = ''.join(f'<li><a href="/{slug(x)}">{x}</a></li>' for x in ['Local', 'Business', 'Sports', 'Opinion', 'Obituaries', 'Weather', 'E-Edition'])
    body = (f'<header class="masthead"><a class="logo" href="/">{E(site)}</a><ul class="nav">{nav}</ul><a href="/login">Sign in</a> <a class="btn" href="/subscribe">Subscribe</a></header>'
            f'<main class="wrap"><article class="story"><p class="label">Subscriber exclusive</p><h1>{E(a["title"])}</h1><p class="dek">{E(a["deck"])}</p>'
            f'<p class="byline">By {E(a["author"])} · {human(a["date"],3)}</p><figure><img src="/lead.jpg" alt=""><figcaption>{E(a["deck"])}</figcaption></figure>'
            f'<div class="story-body paywalled-content">{teaser}</div>{wall}</article>'
            f'<aside><h2>Most read</h2>{cards(n=6, with_src=False)}</aside></main>'
            f'<footer><p>© 2026 {E(site)}</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a, body=True, free=False) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en"><head>{head}</head><body>{body}</body></html>'

def t_aggr5(a):
    """Finance-portal copy of a wire story (Yahoo-Finance-like): 'Most Read from X' list atop the body, '(X) --' opener,
    ticker chips inline, 'Story continues', the wire's trailing pointer and rights line inside the body."""
    site = 'Vantage Finance'
    bl = blocks_of(a)
    most = ''.join(f'<li><a href="https://{a["pdom"]}/news/{slug(t)}">{E(t)}</a></li>' for t, s, h in LOREM_TEASERS[:5])
    parts = [f'<p><strong>Most Read from {E(a["prov"])}</strong></p><ul>{most}</ul>']
    first = True
    tick = re.compile(r'\(([A-Z]{2,5})\)')
    for i, (k, t) in enumerate(bl):
        if i == len(bl) // 2:
            parts.append('<div class="caas-readmore"><button>Story continues</button></div>')
        if k == 'P':
            txt = E(t)
            txt = tick.sub(lambda m_: f'(<fin-ticker symbol="{m_.group(1)}"><a href="/quote/{m_.group(1)}" data-ylk="t:ticker">{m_.group(1)}</a></fin-ticker>)', txt)
            if first:
                txt = f'({E(a["prov"])}) -- ' + txt
                first = False
            parts.append(f'<p>{txt}</p>')
        else:
            parts.append(render_std(k, t, a, ad='<div class="caas-da"><span>Advertisement</span></div>'))
    if parts[1].startswith('<p>('):
        pass
    parts.append(f'<p>More stories like this are available on <a href="https://{a["pdom"]}/">{a["pdom"]}</a></p>')
    parts.append(f'<p>©2026 {E(a["prov"])} L.P.</p>')
    body_html = join_lists(''.join(parts))
    nav = ''.join(f'<li><a href="/{slug(x)}">{x}</a></li>' for x in ['My Portfolio', 'News', 'Markets', 'Research', 'Personal Finance', 'Videos', 'Watch Now'])
    quotes = ''.join(f'<li><span class="sym">{s}</span> <span class="px">{p}</span> <span class="chg">{c}</span></li>' for s, p, c in
                     [('S&amp;P 500', '6,112.40', '+0.42%'), ('Dow 30', '44,870.15', '+0.31%'), ('Nasdaq', '19,955.02', '+0.66%'), ('Crude Oil', '71.84', '-1.10%'), ('Gold', '2,688.30', '+0.12%')])
    body = (f'<div id="ybar"><a class="logo" href="/">Vantage Finance</a><form><input placeholder="Search for news, symbols or companies"></form><a href="/login">Sign in</a></div>'
            f'<nav><ul>{nav}</ul></nav><ul class="market-summary">{quotes}</ul>'
            f'<div class="wrap"><article><header><div class="caas-logo"><img alt="{E(a["prov"])}" src="/prov/{slug(a["prov"])}.png"></div><h1>{E(a["title"])}</h1></header>'
            f'<div class="caas-attr"><span class="caas-author-byline-collapse">{E(a["author"])}</span> <time datetime="{a["date"]}T11:02:00.000Z">{human(a["date"],1)}, 6:02 AM</time> <span>2 min read</span></div>'
            f'<div class="caas-body">{body_html}</div></article>'
            f'<section class="related-tickers"><h3>In this article:</h3><ul><li>MRDN</li><li>CSTL</li><li>NGB</li></ul></section>'
            f'<aside><h2>Trending tickers</h2><ul><li>NVDA</li><li>TSLA</li><li>AAPL</li><li>PLTR</li></ul>{cards(n=6)}</aside></div>'
            f'<footer><a>Terms</a> <a>Privacy</a> <a>Your Privacy Choices</a> <p>All quotes delayed by up to 15 minutes unless otherwise indicated.</p></footer>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a, publisher=site) + bigscript(site)
    return f'<!DOCTYPE html><html lang="en-US"><head>{head}</head><body>{body}</body></html>'

def t_aggr6(a):
    """Start-page copy of a magazine story: slideshow '1 of 3' inside the body, 'More from X:' link list at its end."""
    site = 'Orbit Start'
    bl = blocks_of(a)
    def gal(t):
        caps = t.split('|')[1:]
        return ('<div class="slideshow"><h3>Slide show</h3>' + ''.join(
            f'<div class="slide"><img src="/s/{i}.jpg" alt=""><span class="counter">{i+1} of {len(caps)}</span><p class="slide-caption">{E(c)}</p><span class="credit">© {E(a["prov"])}</span></div>'
            for i, c in enumerate(caps)) + '<button>Next slide</button></div>')
    parts = []
    for k, t in bl:
        parts.append(gal(t) if k == 'C' else render_std(k, t, a, r=lambda t: f'<p><strong>Related:</strong> <a href="/news/{slug(t)}">{E(t)}</a></p>'))
    more = ''.join(f'<li><a href="https://{a["pdom"]}/{slug(t)}">{E(t)}</a></li>' for t, s, h in LOREM_TEASERS[4:8])
    parts.append(f'<p><strong>More from {E(a["prov"])}:</strong></p><ul>{more}</ul>')
    body = (f'<header class="top"><a class="brand" href="/">Orbit Start</a><form role="search"><input placeholder="Search the web"></form><a href="/signin">Sign in</a></header>'
            f'<main class="wrap"><div class="provider-bar"><img alt="" src="/logos/{slug(a["prov"])}.png"><span>{E(a["prov"])}</span></div>'
            f'<h1>{E(a["title"])}</h1><div class="article-meta">Story by {E(a["author"])} • 5h • 4 min read</div>'
            f'<div class="article-body">{join_lists("".join(parts))}</div>'
            f'<div class="reactions"><button>Like</button><button>Comments</button></div>'
            f'<section class="more-for-you"><h2>More for You</h2>{cards("feed-card", 10, start=6)}</section></main>'
            f'<footer><a>Privacy &amp; Cookies</a> <a>Terms of use</a> <span>© 2026 Orbit</span></footer>')
    head = meta(a, site) + f'<style>{CSS}</style>' + ld(a, publisher=a['prov']) + bigscript(site) + bigscript(site + ' feed')
    return f'<!DOCTYPE html><html lang="en-us"><head>{head}</head><body>{body}</body></html>'

TPL = {k[2:]: v for k, v in globals().items() if k.startswith('t_')}

def build(A, outdir):
    os.makedirs(outdir, exist_ok=True)
    for i, a in enumerate(A, 1):
        a.setdefault('deck', '')
        a['canon'] = f'https://{a["pdom"]}/news/{a["date"][:4]}/{a["date"][5:7]}/{slug(a["title"])}/'
        a['url'] = a['canon']
        if a['tpl'].startswith('aggr') or a['tpl'] == 'appwrap':
            a['url'] = f'https://aggregator.example/news/{slug(a["title"])}-{120000000 + i * 7919}.html'
        if a['tpl'].startswith('amp'):
            a['url'] = a['canon'] + 'amp/'
        page = TPL[a['tpl']](a)
        nn = f'{i:02d}'
        open(os.path.join(outdir, nn + '.html'), 'w').write(page)
        open(os.path.join(outdir, nn + '.txt'), 'w').write(expected(a))
        meta_ = {"published": a['date'], "lang": "en", "title": a['title']}
        if a['tpl'] == 'reader' and a['prov'].startswith('The'):
            del meta_['published']  # a browser's reader view shows no date
        open(os.path.join(outdir, nn + '.json'), 'w').write(json.dumps(meta_) + '\n')
        print(nn, a['tpl'], len(page.encode()))

if __name__ == '__main__':
    A = []
    d = os.path.dirname(os.path.abspath(__file__))
    for f in sorted(os.listdir(d)):
        if f.startswith('arts') and f.endswith('.py'):
            exec(open(os.path.join(d, f)).read())
    build(A, sys.argv[1])
