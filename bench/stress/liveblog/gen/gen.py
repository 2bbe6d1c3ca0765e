#!/usr/bin/env python3
"""Render the live-blog stress pages from stories*.txt (bench/stress/liveblog/gen)."""
import glob, html, json, os, random, re, sys

OUT = sys.argv[1]
E = html.escape

def parse():
    stories = []
    for fn in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories*.txt')), key=lambda f: int(re.findall(r'\d+', os.path.basename(f))[0])):
        cur = None
        for line in open(fn):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('=== '):
                num, tpl, date, title = [x.strip() for x in line[4:].split('|', 3)]
                cur = dict(num=num, tpl=tpl, date=date, title=title, sum=[], entries=[], sumhead=None,
                           stand=None, intro=None, score=None, alert=None, ticker=None, pinsum=None, pinp=None)
                stories.append(cur)
                continue
            key, _, rest = line.partition(' ')
            if key == 'SUM': cur['sum'].append(rest)
            elif key == 'SUMHEAD': cur['sumhead'] = rest
            elif key == 'STAND': cur['stand'] = rest
            elif key == 'INTRO': cur['intro'] = rest
            elif key == 'SCORE': cur['score'] = [x.strip() for x in rest.split('|')]
            elif key == 'ALERT': cur['alert'] = rest
            elif key == 'TICKER': cur['ticker'] = [x.strip() for x in rest.split('|')]
            elif key == 'PINSUM': cur['pinsum'] = rest
            elif key == 'PINP': cur['pinp'] = rest
            elif key == 'E':
                parts = [x.strip() for x in rest.split('|')]
                cur['entries'].append(dict(time=parts[0], head=parts[1], by=parts[2],
                                           where=parts[3] if len(parts) > 3 else '', items=[]))
            else:
                cur['entries'][-1]['items'].append((key, rest))
    return stories

def item_html(key, rest, tpl):
    """One element of an entry and its expected text (None when not body)."""
    if key == 'P':
        return '<p>%s</p>' % E(rest), rest
    if key == 'Q':
        return '<blockquote class="quote"><p>%s</p></blockquote>' % E(rest), rest
    if key == 'L':
        its = [x.strip() for x in rest.split(';')]
        return '<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in its), '\n\n'.join(its)
    if key == 'TABLE':
        rows = [[c.strip() for c in r.split('|')] for r in rest.split(' ; ')]
        h = '<div class="table-wrap"><table class="results"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
            ''.join('<th>%s</th>' % E(c) for c in rows[0]),
            ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r) for r in rows[1:]))
        return h, '\n\n'.join(' '.join(r) for r in rows)
    if key == 'TW':
        name, handle, text = [x.strip() for x in rest.split('|', 2)]
        h = ('<figure class="element-tweet"><blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">%s</p>'
             '&mdash; %s (%s) <a href="https://twitter.com/%s/status/1%09d">%s</a></blockquote>'
             '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></figure>') % (
            E(text), E(name), E(handle), handle[1:], random.randint(0, 999999999), 'December 2026')
        return h, None
    if key == 'RELATED':
        its = [x.strip() for x in rest.split(';')]
        return '<div class="Related"><p class="Related-label">Related coverage</p><ul>%s</ul></div>' % ''.join(
            '<li><a href="/article/%d">%s</a></li>' % (random.randint(10000, 99999), E(x)) for x in its), None
    if key == 'VID':
        h = ('<figure class="element-video"><div class="video-player" data-video-id="v%06d"><button class="play" aria-label="Play video">'
             '<svg viewBox="0 0 20 20"><path d="M5 3l12 7-12 7z"/></svg></button><div class="video-duration">1:%02d</div></div>'
             '<figcaption>%s</figcaption></figure>') % (random.randint(0, 999999), random.randint(5, 59), E(rest))
        return h, None
    raise ValueError(key)

SITES = {
    'ledger':   dict(name='The Ledger', dom='theledger.example', sect=['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle']),
    'northcast':dict(name='Northcast News', dom='northcast.example', sect=['Home', 'News', 'Sport', 'Weather', 'Local']),
    'cwn':      dict(name='CWN', dom='cwn.example', sect=['US', 'World', 'Politics', 'Business', 'Health', 'Weather']),
    'meridian': dict(name='The Meridian Times', dom='meridiantimes.example', sect=['World', 'U.S.', 'Politics', 'Business', 'Opinion']),
    'vantage':  dict(name='Vantage News', dom='news.vantage.example', sect=['Home', 'UK', 'World', 'Politics', 'Money', 'Watch']),
    'wire':     dict(name='Globe Wire', dom='globewire.example', sect=['World', 'Business', 'Markets', 'Sustainability', 'Legal']),
    'localtv':  dict(name='KXPT 9', dom='kxpt9.example', sect=['News', 'Weather', 'Traffic', 'Sports', 'Video', 'Contests']),
    'sportslive': dict(name='Fullcourt Sport', dom='fullcourtsport.example', sect=['Football', 'Cricket', 'Tennis', 'F1', 'Athletics']),
    'election': dict(name='The Civic Record', dom='civicrecord.example', sect=['Elections', 'Politics', 'Results', 'Analysis']),
    'mbm':      dict(name='The Northern Courier', dom='northerncourier.example', sect=['News', 'Sport', 'Football', 'Opinion', 'Culture']),
    'apwire':   dict(name='United Wire', dom='unitedwire.example', sect=['U.S. News', 'World', 'Politics', 'Sports', 'Business', 'Health']),
    'pinned':   dict(name='Highland Today', dom='highlandtoday.example', sect=['News', 'Highlands', 'Islands', 'Outdoors', 'Sport']),
    'markets':  dict(name='Ledgerline Business', dom='ledgerline.example', sect=['Markets', 'Companies', 'Economy', 'Personal finance', 'Crypto']),
}

FILLER_STORIES = [
    'Council approves plan for 1,200 homes on former airfield', 'Why the price of a pint keeps rising',
    'Five things we learned from the weekend', 'The quiet village that became a film set',
    'Hospital waiting lists fall for third month', 'Travel chaos expected as holiday getaway begins',
    'Review: the best winter coats under £100', 'Rail fares to rise by 4.6% in March',
    'How a local bakery survived the energy crisis', 'Police appeal after jewellery shop raid',
]

def head(s, site, tpl, ld_updates):
    url = 'https://%s/live/%s/%s' % (site['dom'], s['date'].replace('-', '/'), re.sub(r'[^a-z0-9]+', '-', s['title'].lower()).strip('-')[:60])
    desc = s['stand'] or (s['sum'][0] if s['sum'] else s['entries'][-1]['items'][0][1])
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": s['title'], "url": url,
          "datePublished": s['date'] + "T06:00:00Z", "dateModified": s['date'] + "T19:00:00Z",
          "coverageStartTime": s['date'] + "T06:00:00Z", "description": desc,
          "publisher": {"@type": "NewsMediaOrganization", "name": site['name'], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % site['dom']}}}
    if ld_updates:
        ld["liveBlogUpdate"] = ld_updates
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://%s/img/live-%s.jpg">'
            '<meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="%sT06:00:00Z">'
            '<meta property="article:modified_time" content="%sT19:00:00Z">'
            '<link rel="stylesheet" href="/static/css/main.%x.css"><link rel="preload" as="font" href="/static/fonts/text.woff2" crossorigin>'
            '<script type="application/ld+json">%s</script>'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"liveblog","section":"%s","isLive":true,"contentId":"%s"});</script>'
            '<script async src="https://ads.%s/prebid.js"></script></head>\n') % (
        E(s['title']), E(site['name']), E(desc), url, E(s['title']), E(desc), url, E(site['name']), site['dom'], s['num'],
        s['date'], s['date'], random.randint(1 << 28, 1 << 31), json.dumps(ld), site['sect'][1].lower(), s['num'], site['dom'])

def nav(site, cls='site-header'):
    links = ''.join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(' ', '-'), E(x)) for x in site['sect'])
    more = ''.join('<li><a href="/%s">%s</a></li>' % (x.lower(), x) for x in ['Newsletters', 'Podcasts', 'Puzzles', 'Events'])
    return ('<header class="%s"><a class="skip" href="#main">Skip to main content</a><div class="brand"><a href="/" class="logo">%s</a></div>'
            '<nav aria-label="Main"><ul class="nav-primary">%s</ul><ul class="nav-secondary">%s</ul></nav>'
            '<div class="header-tools"><a href="/search">Search</a><a href="/account/signin">Sign in</a><a class="subscribe" href="/subscribe">Subscribe</a></div></header>\n') % (
        cls, E(site['name']), links, more)

def footer(site):
    cols = ''.join('<li><a href="/%s">%s</a></li>' % (x.lower().replace(' ', '-'), x) for x in
                   ['About us', 'Contact us', 'Complaints and corrections', 'Terms of use', 'Privacy policy', 'Cookie settings', 'Accessibility', 'Work for us', 'Advertise with us'])
    return ('<footer class="site-footer"><div class="footer-brand">%s</div><ul class="footer-links">%s</ul>'
            '<div class="footer-social"><a href="#">Facebook</a><a href="#">Instagram</a><a href="#">X</a><a href="#">YouTube</a></div>'
            '<p class="copyright">&copy; 2026 %s. All rights reserved.</p></footer>'
            '<div id="cookie-banner" class="cmp" hidden><p>We use cookies to improve your experience and to show you personalised ads. '
            'You can change your settings at any time.</p><button>Accept all</button><button>Manage preferences</button></div>'
            '<script src="/static/js/app.%x.js" defer></script></body></html>\n') % (E(site['name']), cols, E(site['name']), random.randint(1 << 28, 1 << 31))

MEGA = ['Politics', 'Crime', 'Education', 'Health', 'Environment', 'Science', 'Technology', 'Weather', 'Travel', 'Transport',
        'Property', 'Jobs', 'Motoring', 'Obituaries', 'Letters', 'Puzzles', 'Crosswords', 'Podcasts', 'Video', 'Photos',
        'Local news', 'National', 'World', 'Europe', 'Americas', 'Asia', 'Africa', 'Middle East', 'Australia', 'Business',
        'Markets', 'Personal finance', 'Money', 'Football', 'Rugby', 'Cricket', 'Tennis', 'Golf', 'Racing', 'Formula 1']

def rails(s, site, r):
    """The page's bulk around the story: a mega menu, top stories, a newsletter box, the app state blob."""
    mega = '<div class="mega-menu" hidden><ul>%s</ul></div>' % ''.join(
        '<li><a href="/%s">%s</a><ul class="sub">%s</ul></li>' % (m.lower().replace(' ', '-'), m,
            ''.join('<li><a href="/%s/%s">%s %s</a></li>' % (m.lower().replace(' ', '-'), k, m, k) for k in ('latest', 'analysis', 'video')))
        for m in MEGA)
    random.shuffle(FILLER_STORIES)
    top = '<section class="top-stories"><h2>Top stories</h2><ul>%s</ul></section>' % ''.join(
        '<li><a href="/news/%d"><img src="/img/t%d.jpg" alt="" loading="lazy"><span class="kicker">%s</span><span class="headline">%s</span></a><time>%dh ago</time></li>' % (
            r.randint(10000, 99999), j, MEGA[r.randint(0, 39)], t, r.randint(1, 9)) for j, t in enumerate(FILLER_STORIES[:8]))
    news = ('<aside class="newsletter-signup"><h2>Sign up for the morning briefing</h2><p>The day\'s top stories, delivered to your inbox every morning.</p>'
            '<form action="/newsletters/subscribe" method="post"><label for="nl-email">Email address</label><input id="nl-email" type="email" name="email" placeholder="Enter your email">'
            '<button type="submit">Sign up</button></form><p class="small">By signing up you agree to our Terms and Privacy Policy. You can unsubscribe at any time.</p></aside>')
    state = {'page': {'id': s['num'], 'type': 'liveblog', 'title': s['title'], 'isLive': True,
                      'blocks': [{'id': 'post-%s-%d' % (s['num'], i), 'time': e['time'], 'title': e['head'],
                                  'body': [t for k, t in e['items'] if k == 'P']} for i, e in enumerate(s['entries'])]},
             'config': {'adUnit': '/1234/%s/liveblog' % site['dom'], 'polling': 15000, 'features': ['newUpdatesToast', 'keyEvents', 'shareBlock']}}
    icons = '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">%s</svg>' % ''.join(
        '<symbol id="icon-%s" viewBox="0 0 24 24"><path d="M%d %dl%d %d-%d %dz M3 3h18v18H3z"/></symbol>' % (n, r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(1, 9))
        for n in ('share', 'facebook', 'x', 'whatsapp', 'email', 'link', 'play', 'close', 'search', 'menu', 'clock', 'pin'))
    return mega + top + news + icons + '<script id="__APP_STATE__" type="application/json">%s</script>' % json.dumps(state).replace('</', '<\\/')

def ad(i):
    return '<div class="ad ad-inline" id="ad-slot-%d" data-ad-unit="liveblog_inline_%d"><span class="ad-label">Advertisement</span><div class="ad-container" style="min-height:250px"></div></div>' % (i, i)

def most_viewed(site):
    random.shuffle(FILLER_STORIES)
    return ('<aside class="most-viewed"><h2>Most viewed</h2><ol>%s</ol></aside>' %
            ''.join('<li><a href="/news/%d"><span class="rank">%d</span>%s</a></li>' % (random.randint(10000, 99999), i + 1, E(t))
                    for i, t in enumerate(FILLER_STORIES[:6])))

def render_entry(s, e, i, tpl):
    """The entry's HTML and its expected text blocks."""
    exp = []
    body = []
    if e['head']:
        exp.append(e['head'])
    for key, rest in e['items']:
        h, t = item_html(key, rest, tpl)
        body.append(h)
        if t: exp.append(t)
    body = ''.join(body)
    init = ''.join(w[0] for w in e['by'].split(',')[0].split()[:2])
    avatar = '<img class="avatar" src="/img/authors/%s.jpg" alt="%s" width="36" height="36">' % (init.lower(), E(e['by'].split(',')[0]))
    pid = 'post-%s-%d' % (s['num'], i)
    if tpl == 'ledger':
        ago = ['%dmin ago' % (5 + 7 * i), '%dh ago' % (1 + i // 2)][i > 2]
        hd = '<h2 class="block-title">%s</h2>' % E(e['head']) if e['head'] else ''
        h = ('<article class="block" id="%s" data-block-id="%s"><header class="block-header"><p class="block-time">'
             '<a href="#%s" class="block-time__link"><time datetime="%sT%s:00Z">%s</time></a><span class="block-time__abs">%s GMT</span></p>'
             '<div class="block-byline">%s<span class="contributor">%s</span></div></header>%s<div class="block-elements">%s</div>'
             '<footer class="block-footer"><span class="updated">Updated at %s GMT</span><div class="share"><button class="share-btn">Share</button>'
             '<a href="#%s" class="copy-link">Copy link</a><a href="https://facebook.com/sharer" class="fb">Facebook</a><a href="https://x.com/intent" class="tw">X</a></div></footer></article>') % (
            pid, pid, pid, s['date'], e['time'], ago, e['time'].replace(':', '.'), avatar, E(e['by']), hd, body, e['time'].replace(':', '.'), pid)
    elif tpl == 'northcast':
        hd = '<h3 class="lx-stream-post__header-title"><span class="lx-stream-post__header-text">%s</span></h3>' % E(e['head']) if e['head'] else ''
        h = ('<li class="lx-stream__post-container"><article class="lx-stream-post" id="%s"><header class="lx-stream-post__header">'
             '<time class="lx-stream-post__meta-time" datetime="%sT%s:00+00:00"><span class="qa-post-auto-meta">%s</span></time>%s</header>'
             '<div class="lx-stream-post__contributor">%s<p class="lx-stream-post__contributor-name">%s</p><p class="lx-stream-post__contributor-role">Northcast News</p></div>'
             '<div class="lx-stream-post-body">%s</div><div class="lx-stream-post__footer"><div class="lx-share-tools"><button class="lx-share-tools__cta">'
             '<span>Share this post</span></button><ul class="lx-share-tools__items"><li><a href="#%s">Copy this link</a></li><li><a href="#">Read more about sharing.</a></li></ul></div></div></article></li>') % (
            pid, s['date'], e['time'], e['time'], hd, avatar, E(e['by']), body, pid)
    elif tpl == 'cwn':
        hd = '<h2 class="live-story-post__headline">%s</h2>' % E(e['head']) if e['head'] else ''
        h = ('<article class="live-story-post" data-post-id="%s"><header class="live-story-post__header"><div class="timestamp">'
             '<span class="timestamp__label">Updated</span> %s, %s</div></header>%s<div class="byline"><div class="byline__images">%s</div>'
             '<span class="byline__names">From CWN&#8217;s %s</span></div><div class="live-story-post__content">%s</div>'
             '<div class="live-story-post__share"><button class="share-link" data-copy="#%s">Link Copied!</button></div></article>') % (
            pid, e['time'], 'December %d, 2026' % int(s['date'][-2:]), hd, avatar, E(e['by']), body, pid)
    elif tpl == 'meridian':
        hd = '<h2 class="live-blog-post-headline">%s</h2>' % E(e['head']) if e['head'] else ''
        where = '<p class="byline-location">%s</p>' % E(e['where']) if e['where'] else ''
        h = ('<div class="live-blog-post" id="%s"><div class="live-blog-post-timestamp"><a href="#%s"><time datetime="%sT12:00:00-05:00">%s</time></a></div>'
             '%s<div class="live-blog-post-byline">%s<div><p class="byline-name">%s</p>%s</div></div><div class="live-blog-post-content">%s</div>'
             '<div class="live-blog-post-share"><button aria-label="Share this update">Share</button></div></div>') % (
            pid, pid, s['date'], e['time'], hd, avatar, E(e['by']), where, body)
    elif tpl == 'vantage':
        hd = '<h3 class="ncpost-title">%s</h3>' % E(e['head']) if e['head'] else ''
        h = ('<div class="ncpost-container" id="%s"><div class="ncpost-header"><span class="ncpost-timestamp">%s</span></div>'
             '<div class="ncpost-content">%s%s</div><div class="ncpost-author"><span class="ncpost-author-name">%s</span></div>'
             '<div class="ncpost-share"><button>Share</button></div></div>') % (pid, e['time'], hd, body, E(e['by']))
    elif tpl == 'wire':
        hd = '<h2 class="live-post__title">%s</h2>' % E(e['head']) if e['head'] else ''
        mins = 3 + 11 * i
        ago = '%d min ago' % mins if mins < 60 else '%d hr ago' % (mins // 60)
        h = ('<div class="live-post" id="%s"><div class="live-post__time"><span class="live-post__ago">%s</span>'
             '<span class="live-post__stamp">Updated %s</span></div>%s<div class="live-post__body">%s</div>'
             '<p class="live-post__credit">Reporting by %s; Editing by Sam Holmes</p><div class="live-post__tools"><button>Copy link</button></div></div>') % (
            pid, ago, e['time'], hd, body, E(e['by']))
    elif tpl == 'localtv':
        hd = '<h3 class="arena-post-title">%s</h3>' % E(e['head']) if e['head'] else ''
        h = ('<div class="arena-post" id="%s"><div class="arena-post-meta"><span class="arena-post-time">%s</span>'
             '<span class="arena-post-author">%s%s</span></div>%s<div class="arena-post-text">%s</div>'
             '<div class="arena-post-actions"><a href="#">Like</a><a href="#">Share</a></div></div>') % (pid, e['time'], avatar, E(e['by']), hd, body)
    elif tpl == 'sportslive':
        hd = '<h3 class="commentary-title">%s</h3>' % E(e['head']) if e['head'] else ''
        h = ('<li class="commentary-item" id="%s"><div class="commentary-marker"><span class="marker-label">%s</span></div>'
             '<div class="commentary-main">%s<div class="commentary-body">%s</div><div class="commentary-by">%s</div></div>'
             '<div class="commentary-share"><a href="#%s">Share</a></div></li>') % (pid, E(e['time']), hd, body, E(e['by']), pid)
    elif tpl == 'election':
        hd = '<h2 class="update-headline">%s</h2>' % E(e['head']) if e['head'] else ''
        h = ('<section class="update" id="%s"><div class="update-meta"><time>%s</time><span class="update-author">%s</span></div>'
             '%s<div class="update-body">%s</div><div class="update-tools"><button>Share</button><button>Copy link</button></div></section>') % (
            pid, e['time'], E(e['by']), hd, body)
    elif tpl == 'mbm':
        upd = e['time'].replace('pm', 'pm').split()[0]
        h = ('<p class="mbm-time"><strong><a href="#%s" id="%s">%s</a></strong></p>%s'
             '<p class="mbm-updated"><em>Updated at %s GMT</em></p>') % (pid, pid, e['time'], body, upd)
    elif tpl == 'apwire':
        hd = '<h2 class="LiveBlogPost-headline">%s</h2>' % E(e['head']) if e['head'] else ''
        h = ('<article class="LiveBlogPost" id="%s"><div class="LiveBlogPost-meta"><bsp-timestamp data-timestamp="1">%s</bsp-timestamp>'
             '<div class="LiveBlogPost-share"><button>Share</button><button>Copy</button></div></div>%s<div class="LiveBlogPost-byline">By %s</div>'
             '<div class="RichTextStoryBody">%s</div></article><div class="Advertisement"><p>ADVERTISEMENT</p></div>') % (
            pid, e['time'], hd, E(e['by'].upper()), body)
    elif tpl == 'pinned':
        hd = '<h2 class="post__title">%s</h2>' % E(e['head']) if e['head'] else ''
        h = ('<article class="post" id="%s"><div class="post__meta"><time>%s</time><span class="post__author">%s%s</span></div>%s'
             '<div class="post__body">%s</div><div class="post__share"><a href="#%s">Copy link</a><a href="#">Share on Facebook</a></div></article>') % (
            pid, e['time'], avatar, E(e['by']), hd, body, pid)
    elif tpl == 'markets':
        hd = '<h3>%s</h3>' % E(e['head']) if e['head'] else ''
        h = ('<div class="mkt-post" id="%s"><div class="mkt-post__time">%s</div><div class="mkt-post__main">%s%s'
             '<figure class="mkt-chart"><img src="/charts/%s-%d.png" alt="chart"><figcaption>Chart: intraday moves. Source: Ledgerline Data</figcaption></figure>'
             '<p class="mkt-post__author">%s</p></div></div>') % (pid, e['time'], hd, body, s['num'], i, E(e['by']))
    return h, exp

def summary_html(s, tpl, cls='summary'):
    lab = '<h2 class="%s__title">%s</h2>' % (cls, E(s['sumhead'])) if s['sumhead'] else ''
    intro = '<p class="%s__intro">%s</p>' % (cls, E(s['intro'])) if s['intro'] else ''
    h = '<div class="%s">%s%s<ul class="%s__list">%s</ul></div>' % (cls, lab, intro, cls, ''.join('<li>%s</li>' % E(x) for x in s['sum']))
    exp = ([s['sumhead']] if s['sumhead'] and s['sumhead'] != 'Summary' else []) + ([s['intro']] if s['intro'] else []) + s['sum']
    return h, exp

def key_events(s, label='Key events'):
    ev = [(i, e) for i, e in enumerate(s['entries']) if e['head']][:6]
    if len(ev) < 3:
        return ''
    return ('<nav class="key-events" aria-label="Key events"><h2>%s</h2><ul>%s</ul><button class="key-events__toggle">Show key events only</button></nav>' % (
        label, ''.join('<li><a href="#post-%s-%d"><time>%s</time> %s</a></li>' % (s['num'], i, e['time'], E(e['head'])) for i, e in ev)))

def extras(s, r):
    """Per-page variation: ended banner, continues link, new-updates button, pagination."""
    return dict(ended=r.random() < 0.4, cont=r.random() < 0.35, newup=r.random() < 0.6, pages=r.random() < 0.5,
                loadmore=r.random() < 0.5, ld=r.random() < 0.6)

def page(s):
    r = random.Random(int(s['num']) * 7919)
    random.seed(int(s['num']))
    tpl = s['tpl']; site = SITES[tpl]; x = extras(s, r)
    exp = []
    entries_h = []
    ld_updates = []
    for i, e in enumerate(s['entries']):
        h, ex = render_entry(s, e, i, tpl)
        entries_h.append(h)
        exp.extend(ex)
        ld_updates.append({"@type": "BlogPosting", "headline": e['head'] or e['items'][0][1][:60],
                           "datePublished": s['date'] + "T12:00:00Z",
                           "articleBody": ' '.join(t for k, t in e['items'] if k in ('P',))[:300]})
        if i % 3 == 2 and i + 1 < len(s['entries']):
            entries_h.append(ad(i))
    feed = ''.join(entries_h)
    sh, sexp = summary_html(s, tpl) if s['sum'] and not s['pinsum'] else ('', [])
    if s['pinsum']:
        sexp = [s['pinsum'], s['pinp']] + s['sum']
    exp = sexp + exp
    newup = '<button class="new-updates" aria-live="polite">Show %d new updates</button>' % r.randint(2, 14) if x['newup'] else ''
    ended = ''
    if x['ended']:
        ended = '<div class="live-ended" role="status"><p>This live blog has now ended. Thank you for following our coverage.</p></div>'
    cont = ''
    if x['cont']:
        cont = '<div class="coverage-continues"><p>Our coverage continues here: <a href="/live/%s-latest">%s</a></p></div>' % (s['num'], E(FILLER_STORIES[0]))
    pager = ''
    if x['pages']:
        pager = ('<nav class="liveblog-pagination" aria-label="Older updates"><a href="?page=1" class="newest">Newest</a><a href="?page=1" class="prev">Previous</a>'
                 '<span class="page-count">1 of %d</span><a href="?page=2" class="next">Next</a><a href="?page=%d" class="oldest">Oldest</a></nav>') % ((3, 3) if r.random() < .5 else (5, 5))
    loadmore = '<div class="load-more"><button class="load-more__btn">Load more updates</button></div>' if x['loadmore'] else ''
    by_all = ' and '.join(sorted({e['by'].split(',')[0] for e in s['entries']}))
    day = '%s %d Dec 2026' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(int(s['date'][-2:]) + 0) % 7], int(s['date'][-2:]))
    last = s['entries'][0]['time']
    score = ''
    if s['score']:
        sc = s['score']
        score = '<div class="scorebox" aria-label="Score">%s</div>' % ''.join('<span class="scorebox__c%d">%s</span>' % (j, E(c)) for j, c in enumerate(sc))
    alert = '<div class="breaking-alert" role="alert"><strong>ALERT:</strong> %s</div>' % E(s['alert']) if s['alert'] else ''
    ticker = ''
    if s['ticker']:
        ticker = '<div class="ticker" aria-label="Market data"><ul>%s</ul><p class="ticker__note">Data delayed by at least 15 minutes.</p></div>' % ''.join('<li>%s</li>' % E(t) for t in s['ticker'])
    stand = '<div class="standfirst"><p>%s</p></div>' % E(s['stand']) if s['stand'] else ''
    live_badge = '<span class="live-badge">%s</span>' % ('Live' if not x['ended'] else 'As it happened')
    ld_up = ld_updates if x['ld'] else None
    out = [head(s, site, tpl, ld_up), '<body class="liveblog tpl-%s">' % tpl, nav(site), alert, ticker]
    if tpl == 'ledger':
        out.append('<main id="main"><div class="live-header">%s<h1>%s</h1>%s<div class="meta"><address class="byline">%s</address>'
                   '<p class="dateline">%s %s GMT</p></div>%s</div><div class="live-layout"><div class="live-left">%s%s</div>'
                   '<div class="live-body">%s%s<div class="pinned-post"><p class="pinned-post__label">Pinned post</p>%s</div><div class="live-feed">%s</div>%s%s%s</div>%s</div></main>' % (
            live_badge, E(s['title']), stand, E(by_all), day, last.replace(':', '.'), score, key_events(s), '',
            ended, newup, sh, feed, loadmore, pager, cont, most_viewed(site)))
    elif tpl == 'northcast':
        out.append('<main id="main"><div class="lx-c-header">%s<h1 class="lx-stream__title">%s</h1>%s</div><div class="lx-layout"><div class="lx-summary-col">'
                   '%s<div class="lx-get-involved"><h3>Get in touch</h3><p>Send us your pictures and stories: email newsdesk@northcast.example or WhatsApp 0770 000 0000.</p></div></div>'
                   '<div class="lx-stream"><div class="lx-live-reporting"><h2>Live Reporting</h2><p>Edited by %s</p><p>All times stated are UK</p></div>%s%s<ol class="lx-stream__feed">%s</ol>%s%s%s</div></div>%s</main>' % (
            live_badge, E(s['title']), score, sh, E(s['entries'][0]['by']), ended, newup, feed, pager, loadmore, cont, most_viewed(site)))
    elif tpl == 'cwn':
        out.append('<main id="main"><div class="headline"><p class="live-label">Live Updates</p><h1>%s</h1></div><div class="byline-wrap">By %s, CWN</div>'
                   '<div class="timestamp">Updated %s, %s</div><div class="article__content">%s%s%s<div class="live-story">%s</div>%s%s</div>'
                   '<section class="related"><h2>Related video</h2><ul><li><a href="/videos/1">Watch: aerial footage</a></li><li><a href="/videos/2">What to know</a></li></ul></section></main>' % (
            E(s['title']), E(by_all), last, 'December %d, 2026' % int(s['date'][-2:]), ended, sh, newup, feed, loadmore, cont))
    elif tpl == 'meridian':
        out.append('<main id="main"><header class="story-header"><p class="live-flag">LIVE</p><h1>%s</h1><p class="updated">Updated <time>%s</time></p></header>'
                   '<section class="live-blog-header">%s</section>%s%s<div class="live-blog-content">%s</div>%s%s'
                   '<div class="see-more"><a href="/live/%s/older">See more updates</a></div></main>' % (
            E(s['title']), 'Dec. %d, 2026, %s ET' % (int(s['date'][-2:]), ['9:05 a.m.', '11:40 a.m.', '2:15 p.m.'][r.randint(0, 2)]),
            sh, ended, newup, feed, loadmore, cont, s['num']))
    elif tpl == 'vantage':
        out.append('<main id="main"><div class="sdc-site-tile--live"><span class="label">%s</span><h1 class="sdc-article-header__title">%s</h1>%s</div>'
                   '<div class="watch-live"><a href="/watch-live">Watch Vantage News live</a></div>%s%s<div class="ncpost-list">%s</div>%s%s%s</main><aside>%s</aside>' % (
            live_badge, E(s['title']), stand, ended, newup, feed, loadmore, pager, cont, most_viewed(site)))
    elif tpl == 'wire':
        out.append('<main id="main"><div class="article-header"><p class="kicker">Live updates</p><h1>%s</h1><p class="date">December %d, 2026 %s GMT</p></div>'
                   '<div class="summary-wrap">%s</div>%s%s<div class="live-posts">%s</div>%s%s'
                   '<p class="trust">Our Standards: <a href="/principles">The Globe Wire Trust Principles.</a></p></main><aside>%s</aside>' % (
            E(s['title']), int(s['date'][-2:]), last.split()[0], sh, ended, newup, feed, loadmore, cont, most_viewed(site)))
    elif tpl == 'localtv':
        out.append('<main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1>'
                   '<div class="entry-meta">by <a href="/author/staff">KXPT 9 Staff</a> <span class="posted-on">Updated: %s</span></div></header>'
                   '<div class="entry-content"><div class="wp-block-embed arena-embed"><div class="arena-liveblog" data-event="%s">%s%s%s</div></div>'
                   '<p class="app-promo">Download the KXPT 9 News app for breaking news alerts and live video.</p></div></article></main>'
                   '<aside class="widget-area"><section class="widget"><h2 class="widget-title">Latest forecast</h2><p>Snow showers, high 34.</p></section>%s</aside>' % (
            E(s['title']), last, s['num'], newup, feed, loadmore, most_viewed(site)))
    elif tpl == 'sportslive':
        out.append('<main id="main"><div class="match-header">%s<h1>%s</h1>%s</div><div class="tabs"><a href="#live" class="active">Live</a><a href="#stats">Stats</a><a href="#lineups">Line-ups</a></div>'
                   '%s%s<ol class="commentary">%s</ol>%s<aside class="odds"><p>Bet on the next event. 18+ | Gamble responsibly | T&amp;Cs apply.</p></aside>%s</main>' % (
            live_badge, E(s['title']), score, ended, newup, feed, pager, cont))
    elif tpl == 'election':
        out.append('<main id="main"><h1>%s</h1><div class="results-widget"><h2>Results so far</h2><table class="seat-totals"><tr><th>Party</th><th>Seats</th></tr>'
                   '<tr><td>Declared</td><td>%d</td></tr><tr><td>To declare</td><td>%d</td></tr></table><a href="/results/map">Full results map</a></div>'
                   '%s%s%s<div class="updates">%s</div>%s%s</main>' % (
            E(s['title']), r.randint(100, 300), r.randint(100, 300), sh, ended, newup, feed, loadmore, cont))
    elif tpl == 'mbm':
        out.append('<main id="main"><div class="content__head"><p class="kicker">Cup</p><h1>%s</h1>%s<p class="byline">%s</p><p class="date">%s %s GMT</p></div>'
                   '%s<div class="content__article-body from-content-api">%s%s</div>%s%s</main><aside>%s</aside>' % (
            E(s['title']), stand, E(by_all), day, last, score, ended, feed.replace(ad(2), '').replace(ad(5), ''), pager, cont, most_viewed(site)))
    elif tpl == 'apwire':
        out.append('<main id="main"><div class="Page-headline"><h1>%s</h1></div><div class="Page-content">%s%s%s<div class="LiveBlogPage-posts">%s</div>%s</div>'
                   '<p class="Page-footnote">Follow United Wire&#8217;s coverage of wildfires at https://unitedwire.example/hub/wildfires</p></main>' % (
            E(s['title']), sh, ended, newup, feed, loadmore))
    elif tpl == 'pinned':
        pin = ('<div class="pinned-post"><p class="pinned-post__flag">Pinned</p><h2>%s</h2><p>%s</p><ul>%s</ul></div>' % (
            E(s['pinsum']), E(s['pinp']).replace('north face', '<a href="/topics/ben-corran">north face</a>'),
            ''.join('<li>%s</li>' % E(x) for x in s['sum'])))
        out.append('<main id="main"><div class="article-header"><span class="live-badge">Live</span><h1>%s</h1>%s</div>%s%s%s<div class="posts">%s</div>%s%s</main><aside>%s</aside>' % (
            E(s['title']), stand, ended, newup, pin, feed, loadmore, cont, most_viewed(site)))
    elif tpl == 'markets':
        out.append('<main id="main"><h1>%s</h1><p class="live-byline">By %s</p>%s%s%s<div class="mkt-feed">%s</div>%s%s'
                   '<p class="disclaimer">This live blog is for information only and is not investment advice.</p></main>' % (
            E(s['title']), E(by_all), sh, ended, newup, feed, loadmore, cont))
    out.append(rails(s, site, r))
    out.append(footer(site))
    page_html = ''.join(out)
    return page_html, '\n\n'.join(exp) + '\n'

for s in parse():
    h, t = page(s)
    open(os.path.join(OUT, s['num'] + '.html'), 'w').write(h)
    open(os.path.join(OUT, s['num'] + '.txt'), 'w').write(t)
    json.dump({"published": s['date'], "lang": "en", "title": s['title']}, open(os.path.join(OUT, s['num'] + '.json'), 'w'))
    print(s['num'], s['tpl'], len(h), len(t))
