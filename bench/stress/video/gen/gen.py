#!/usr/bin/env python3
"""Generate bench/stress/video pages from stories.txt (news video pages, video-led stories, podcast
episodes, public-radio audio stories, video pages with transcripts, YouTube-embed blog posts).

Usage: python3 bench/stress/video/gen/gen.py bench/stress/video  (writes NN.html/.txt/.json; the
committed pages are its output: keep it byte-identical when adding stories at the end).

Item codes in stories.txt (body unless said): P paragraph, H subheading, L list item, Q quote,
C chapter line ("00:00 Intro"), G guest line, S transcript line as printed ("NAME: text"),
N sponsor box text (not body), X a template's standing line (not body), M sponsor read printed as a paragraph of the notes (not body), V video caption (not body), W "watch the full ..." call (not body)."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape


def parse():
    stories = []
    cur = None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, section, site, domain, dur = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, section=section, site=site, domain=domain, dur=dur,
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


BODY = ('P', 'H', 'L', 'Q', 'C', 'G', 'S')


def expected(s):
    return '\n\n'.join(v for k, v in s['items'] if k in BODY) + '\n'


def desc_of(s):
    if s['deck']:
        return s['deck']
    for k, v in s['items']:
        if k == 'P':
            return v[:200]
    return s['title']


VIDEOS = [
    ("Drone video shows scale of flooding along the Tarrow River", "1:12", "Aerial footage shows farmland and roads under water after three days of rain."),
    ("Firefighters rescue dog from frozen pond", "0:48", "Crews used a ladder and a rope to reach the dog about 30 feet from shore."),
    ("Senator questions transit chief over late rail project", "2:35", "The hearing ran for more than three hours."),
    ("How a cold front creates a line of storms", "3:02", "Our meteorologist explains the science with a simple demonstration."),
    ("Students build a robot that sorts recycling", "1:54", "The team from Eastgate High is headed to the national finals."),
    ("Bodycam footage released in highway shooting", "4:10", "Warning: some viewers may find this video disturbing."),
    ("Giant pumpkin weigh-off sets state record", "1:20", "The winning pumpkin tipped the scales at more than 2,100 pounds."),
    ("Mayor announces plan to clear homeless camps", "2:11", "Advocates say the plan lacks enough shelter beds."),
    ("Why egg prices are falling again", "2:47", "Producers say flocks have recovered from last year's outbreak."),
    ("Police: driver fled after striking cyclist", "0:57", "Investigators are asking for help identifying a silver sedan."),
    ("Inside the new children's hospital wing", "3:25", "The wing adds 48 beds and a rooftop garden."),
    ("Veteran, 101, honored with flyover", "1:38", "Family and neighbors gathered on his front lawn for the surprise."),
    ("Moose wanders through downtown parking garage", "0:36", "Wildlife officers guided it back to the woods."),
    ("Teachers rally at the statehouse over pay", "1:59", "Thousands marched from the train station to the capitol steps."),
    ("What the new overtime rule means for workers", "2:22", "A labor economist answers viewer questions."),
    ("Highlights: Comets rally past Hawks in overtime", "2:05", "Late goals forced overtime before a power-play winner."),
]
EPISODES = [
    ("The town that bought its own grocery store", "38 min"), ("What happens to your phone data after you die", "44 min"),
    ("Inside the race to map the ocean floor", "51 min"), ("The quiet collapse of local newspapers", "47 min"),
    ("Why your rent keeps going up", "35 min"), ("The nurse who blew the whistle", "56 min"),
    ("A century of daylight saving fights", "29 min"), ("The strange economics of concert tickets", "41 min"),
    ("Can a four-day week work in a hospital?", "39 min"), ("The last lighthouse keeper", "33 min"),
]
TRENDING = ["Storm knocks out power to 40,000 homes", "School board fires superintendent after audit",
            "Restaurant inspections: 5 places cited this week", "Police identify victims in Route 4 crash",
            "City council approves new stadium deal", "Winning lottery ticket sold at gas station",
            "Deer hunting season opens Saturday: what to know", "Jury selection begins in fraud trial"]
NAVS = {
    'tv': ["News", "Weather", "Traffic", "Sports", "Investigations", "Live", "Watch", "Contests", "Community", "Contact Us"],
    'net': ["US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports", "Video", "Audio", "Live TV"],
    'radio': ["News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "NPR Shop", "Donate"],
    'pod': ["Episodes", "About", "Hosts", "Newsletter", "Merch", "Advertise", "Contact"],
    'paper': ["News", "Local", "Politics", "Business", "Sports", "Opinion", "Arts", "Food", "Obituaries", "E-Edition"],
    'blog': ["Home", "Videos", "Guides", "Reviews", "About", "Contact"],
}
FOOT = ["About Us", "Contact", "Careers", "Advertise", "Terms of Use", "Privacy Policy", "Cookie Settings",
        "Accessibility", "Closed Captioning", "FCC Public File", "EEO Report", "Do Not Sell or Share My Personal Information"]
CSS = ''.join('.u%d{margin:%dpx %dpx;padding:%dpx;font-size:%dpx;line-height:1.%d;color:#%03x}' % (i, i % 7, i % 11, i % 5, 12 + i % 9, 3 + i % 5, (i * 97) % 4096) for i in range(60))


def head(s, kind='article'):
    url = 'https://www.%s/%s/%s' % (s['domain'], s['section'], slug(s['title']))
    s['url'] = url
    desc = desc_of(s)
    t = '%sT%02d:%02d:00-05:00' % (s['date'], random.randint(5, 20), random.randint(0, 59))
    if kind == 'video':
        m, sec = s['dur'].split(':') if ':' in s['dur'] else ('3', '00')
        ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": s['title'], "description": desc,
              "uploadDate": t, "duration": "PT%sM%sS" % (int(m), int(sec)), "thumbnailUrl": ["https://media.%s/thumbs/%s.jpg" % (s['domain'], slug(s['title']))],
              "contentUrl": "https://media.%s/hls/%d/master.m3u8" % (s['domain'], random.randint(10**6, 10**7)),
              "publisher": {"@type": "Organization", "name": s['site']}}
    elif kind == 'podcast':
        ld = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": s['title'], "description": desc, "datePublished": t,
              "url": url, "partOfSeries": {"@type": "PodcastSeries", "name": s['site'], "url": "https://www.%s/" % s['domain']},
              "associatedMedia": {"@type": "MediaObject", "contentUrl": "https://cdn.%s/audio/%s.mp3" % (s['domain'], slug(s['title']))}}
    else:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'], "description": desc,
              "datePublished": t, "dateModified": t, "publisher": {"@type": "Organization", "name": s['site']}, "mainEntityOfPage": url}
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s | %s</title><meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta property="og:type" content="%s"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://media.%s/og/%s.jpg">'
            '<meta property="article:published_time" content="%s"><meta name="twitter:card" content="player">'
            '<script type="application/ld+json">%s</script><style>body{margin:0;font-family:Helvetica,Arial,sans-serif}%s</style>'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"%s","section":"%s","pageId":%d});</script>'
            '<script async src="https://cdn.example-player.net/v4/player.js"></script></head>\n') % (
        E(s['title']), E(s['site']), E(desc), url, 'video.other' if kind == 'video' else 'article', E(s['title']), E(desc), url,
        E(s['site']), s['domain'], slug(s['title']), t, json.dumps(ld), CSS, kind, s['section'], random.randint(10**5, 10**6))


def fmt_date(d, style=0):
    y, m, dd = d.split('-')
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    ab = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
    if style == 0: return '%s %d, %s' % (months[int(m) - 1], int(dd), y)
    if style == 1: return '%s %d, %s' % (ab[int(m) - 1], int(dd), y)
    return '%s/%s/%s' % (m, dd, y)


def nav(kind, site):
    items = NAVS[kind]
    sub = ''.join('<div class="mega-col"><h4>%s</h4><ul>%s</ul></div>' % (n, ''.join('<li><a href="/%s/%s">%s</a></li>' % (slug(n), slug(h), E(h)) for h in random.sample(TRENDING, 4))) for n in items[:6])
    return ('<header class="site-header"><a class="logo" href="/">%s</a><button class="menu-toggle" aria-label="Menu">Menu</button>'
            '<nav class="main-nav"><ul>%s</ul></nav><div class="mega-menu" hidden>%s</div><a class="btn-live" href="/live">Watch Live</a>'
            '<a class="signin" href="/account">Sign in</a></header>') % (E(site), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(n), n) for n in items), sub)


def footer(s):
    return ('<footer class="site-footer"><div class="footer-logo">%s</div><ul class="footer-links">%s</ul>'
            '<div class="app-badges"><a href="#">Download on the App Store</a> <a href="#">Get it on Google Play</a></div>'
            '<p class="legal">&copy; 2026 %s. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></footer>'
            '<script>window.__PLAYER_CONFIG__={"autoplay":true,"muted":true,"ads":{"preroll":true,"vmap":"https://ads.example-vmap.net/v"},"related":%s};</script>'
            '</body></html>\n') % (E(s['site']), ''.join('<li><a href="/%s">%s</a></li>' % (slug(f), f) for f in FOOT), E(s['site']),
                                  json.dumps([{"id": random.randint(10**6, 10**7), "title": v[0], "duration": v[1]} for v in random.sample(VIDEOS, 6)]))


def player(s, style=0):
    dur = s['dur']
    if style == 0:
        return ('<div class="video-player" data-autoplay="true"><div class="player-poster"><img src="/img/poster.jpg" alt=""></div>'
                '<div class="player-overlay"><span class="now-playing">Now playing</span><span class="np-title">%s</span></div>'
                '<div class="ad-overlay"><span class="ad-label">Ad 1 of 2 &middot; 0:15</span><button class="skip-ad">Skip ad</button></div>'
                '<div class="control-bar"><button class="play">Play</button><button class="mute">Unmute</button><span class="time">0:00 / %s</span>'
                '<button class="cc">Closed captions</button><button class="settings">Settings</button><button class="fs">Full screen</button></div>'
                '<div class="autoplay-toggle">Autoplay: <b>on</b></div></div>') % (E(s['title']), dur)
    if style == 1:
        return ('<div class="jw-wrapper"><div class="jw-media"><video preload="none"></video></div><div class="jw-controls">'
                '<div class="jw-display-icon" aria-label="Play">Play</div><div class="jw-text-elapsed">00:00</div><div class="jw-text-duration">%s</div>'
                '<div class="jw-icon-cc" aria-label="Closed Captions">CC</div><div class="jw-icon-volume">Volume</div><div class="jw-icon-fullscreen">Fullscreen</div></div>'
                '<div class="jw-nextup"><span class="jw-nextup-header">Up Next</span><span class="jw-nextup-title">%s</span></div></div>') % (dur, E(random.choice(VIDEOS)[0]))
    # audio player
    return ('<div class="audio-player" role="region" aria-label="Audio player"><button class="ap-play" aria-label="Play">Play</button>'
            '<span class="ap-current">00:00</span><div class="ap-scrub"></div><span class="ap-total">%s</span>'
            '<button class="ap-back">Back 15 seconds</button><button class="ap-fwd">Forward 30 seconds</button>'
            '<button class="ap-speed">1x</button><a class="ap-download" href="#">Download</a></div>') % dur


def playlist(title='Up next', n=8, cls='playlist', descs=True, exclude=''):
    vids = [v for v in VIDEOS if v[0] != exclude]
    li = []
    for i, (t, d, x) in enumerate(random.sample(vids, n)):
        li.append('<li class="pl-item"><a href="/video/%s"><img src="/img/t%d.jpg" alt=""><span class="pl-dur">%s</span><h3 class="pl-title">%s</h3></a>%s</li>' % (
            slug(t), i, d, E(t), '<p class="pl-desc">%s</p>' % E(x) if descs else ''))
    return '<section class="%s"><h2>%s</h2><ol>%s</ol></section>' % (cls, title, ''.join(li))


def carousel(title='More Videos'):
    return ('<section class="video-carousel"><h2>%s</h2><button class="prev">Previous</button><div class="track">%s</div><button class="next">Next</button></section>' % (
        title, ''.join('<div class="card"><a href="/video/%s"><span class="badge">%s</span><span class="card-title">%s</span></a></div>' % (slug(t), d, E(t)) for t, d, _ in random.sample(VIDEOS, 10))))


def trending(title='Trending'):
    return '<aside class="trending"><h3>%s</h3><ol>%s</ol></aside>' % (title, ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(t), E(t)) for t in random.sample(TRENDING, 6)))


def episodes(title='More episodes', n=5):
    return '<section class="more-episodes"><h2>%s</h2><ul>%s</ul></section>' % (title, ''.join(
        '<li><a href="/episodes/%s"><span class="ep-num">Ep. %d</span> <span class="ep-title">%s</span></a> <span class="ep-dur">%s</span></li>' % (
            slug(t), 100 + i, E(t), d) for i, (t, d) in enumerate(random.sample(EPISODES, n))))


def listen_on():
    return ('<div class="listen-on"><span>Listen on</span><a class="btn" href="#">Apple Podcasts</a><a class="btn" href="#">Spotify</a>'
            '<a class="btn" href="#">YouTube Music</a><a class="btn" href="#">Pocket Casts</a><a class="btn" href="#">RSS</a></div>')


def share():
    return '<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Copy link</a><a href="#">Embed</a></div>'


def speaker_html(v, style):
    """style 0: <span class=speaker>NAME:</span>; 1: <strong>NAME:</strong>; 2: plain text; 3: timestamp link first."""
    m = re.match(r'^(\[\d+:\d\d(?::\d\d)?\] )?([^:]{2,60}:)(.*)$', v)
    if not m or style == 2:
        return '<p>%s</p>' % E(v)
    ts, who, rest = m.group(1) or '', m.group(2), m.group(3)
    tsh = '<a class="ts" href="#t=%s">%s</a>' % (ts.strip()[1:-1], E(ts.strip())) + ' ' if ts else ''
    if style == 0:
        return '<p>%s<span class="speaker">%s</span>%s</p>' % (tsh, E(who), E(rest))
    return '<p>%s<strong>%s</strong>%s</p>' % (tsh, E(who), E(rest))


def render(s, sstyle=0, chap='ul', guest='ul', skip=('N', 'V', 'W'), extra=None):
    """Render the body items in order; consecutive L/C/G items form one list; N/V/W go to extra(k, v) if given."""
    out, lst, lk = [], [], None
    def flush():
        nonlocal lst, lk
        if lst:
            tag = chap if lk == 'C' else guest if lk == 'G' else 'ul'
            if tag == 'p':
                out.extend('<p>%s</p>' % x for x in lst)
            else:
                out.append('<%s class="%s">%s</%s>' % (tag, {'C': 'chapters', 'G': 'guests', 'L': 'list'}[lk], ''.join('<li>%s</li>' % x for x in lst), tag))
        lst, lk = [], None
    for k, v in s['items']:
        if k in ('L', 'C', 'G'):
            if lk and lk != k:
                flush()
            lk = k
            if k == 'C':
                m = re.match(r'^(\d+:\d\d(?::\d\d)?) (.*)$', v)
                lst.append('<a class="chapter-ts" href="#t=%s">%s</a> %s' % (m.group(1), m.group(1), E(m.group(2))) if m else E(v))
            else:
                lst.append(E(v))
            continue
        flush()
        if k == 'P': out.append('<p>%s</p>' % E(v))
        elif k == 'H': out.append('<h2>%s</h2>' % E(v))
        elif k == 'Q': out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'S': out.append(speaker_html(v, sstyle))
        elif extra:
            out.append(extra(k, v))
    flush()
    return '\n'.join(out)


def items(s, k):
    return [v for kk, v in s['items'] if kk == k]


def only(s, ks):
    return dict(s, items=[(k, v) for k, v in s['items'] if k in ks])


def split_at(s, k='H', text='Transcript'):
    """Items before the (k, text) item and from it on."""
    for i, (kk, v) in enumerate(s['items']):
        if kk == k and v == text:
            return dict(s, items=s['items'][:i]), dict(s, items=s['items'][i:])
    return s, dict(s, items=[])

# ---------------------------------------------------------------- templates


def t_netvid(s):
    """National network video page: player, title, 1-3 sentence description, up-next playlist, carousel."""
    ex = lambda k, v: '<p class="watch-cta"><a href="/shows/full-episodes">%s</a></p>' % E(v) if k == 'W' else ''
    return head(s, 'video') + '<body class="video-page">' + nav('net', s['site']) + (
        '<div class="ad-slot ad-top" id="ad-top"></div><main class="video-leaf"><div class="video-leaf__player">%s</div>'
        '<div class="video-leaf__meta"><div class="headline"><h1>%s</h1></div><div class="video-leaf__source">Source: %s</div>'
        '<div class="timestamp">Updated %d:%02d PM EST, %s</div>'
        '<div class="video-leaf__description">%s</div>%s</div>'
        '<div class="video-leaf__rail">%s</div></main>%s%s') % (
        player(s, 0), E(s['title']), E(s['site']), random.randint(1, 11), random.randint(0, 59), fmt_date(s['date']),
        render(s, extra=ex), share(), playlist('Up next', 8, descs=True, exclude=s['title']), carousel('More Videos'), carousel('Most watched')) + footer(s)


def t_localtv(s):
    """Local TV station story led by a video: caption under the player, text below, app promos and weather."""
    cap = items(s, 'V')
    cta = items(s, 'W')
    body = render(only(s, BODY))
    paras = body.split('\n')
    mid = len(paras) // 2
    promo = ('<div class="app-promo"><strong>Download the %s app</strong> to get breaking news alerts and watch our newscasts live. '
             '<a href="#">Get the app</a></div>') % E(s['site'])
    paras.insert(mid, promo)
    return head(s, 'article') + '<body class="single-post">' + nav('tv', s['site']) + (
        '<div class="breaking-bar"><span>Live</span> <a href="/live">Watch %s News at 6 now</a></div>'
        '<div class="weather-strip"><span class="temp">%d&deg;</span> <span>Partly cloudy</span> <a href="/weather/radar">Interactive Radar</a> <a href="/weather/closings">Closings</a></div>'
        '<main class="post-main"><article class="post"><header class="post-header"><div class="category"><a href="/%s">%s</a></div><h1 class="post-title">%s</h1>'
        '<div class="post-meta"><span class="author">by <a href="/author/staff">%s Staff</a></span> <time>Posted: %s / %d:%02d PM EST</time> '
        '<span class="updated">Updated: %s / %d:%02d PM EST</span></div></header>'
        '<figure class="featured-video">%s<figcaption>%s</figcaption></figure>%s'
        '<div class="post-content">%s%s</div>'
        '<div class="post-tags"><a href="/tag/%s">%s</a> <a href="/tag/video">Video</a></div>'
        '<p class="copyright-note">Copyright 2026 %s. All rights reserved.</p></article>'
        '<aside class="sidebar">%s%s<div class="ad-slot ad-rail"></div></aside></main>%s') % (
        E(s['site'].split()[0]), random.randint(30, 70), s['section'], s['section'].title(), E(s['title']), E(s['site']),
        fmt_date(s['date'], 1), random.randint(1, 11), random.randint(0, 59), fmt_date(s['date'], 1), random.randint(1, 11), random.randint(0, 59),
        player(s, 1), E(cap[0]) if cap else '', share(), '\n'.join(paras),
        ''.join('<p class="watch-cta"><strong><a href="/newscasts">%s</a></strong></p>' % E(c) for c in cta),
        s['section'], s['section'].title(), E(s['site']), trending('Trending Stories'), playlist('Latest Videos', 5, descs=False), carousel('Top Videos')) + footer(s)


def t_wirevid(s):
    """Wire-service video page: short description, transcript tab (optional), related video grid."""
    tr = [v for k, v in s['items'] if k == 'S']
    desc = render(dict(s, items=[(k, v) for k, v in s['items'] if k in ('P', 'L', 'H')]))
    trs = render(only(s, ('S',)), sstyle=2) if tr else ''
    return head(s, 'video') + '<body>' + nav('net', s['site']) + (
        '<main id="main"><div class="video-page"><div class="video-page__player">%s</div><div class="video-page__info">'
        '<span class="kicker">%s</span><h1 data-testid="Heading">%s</h1><div class="info-row"><time>%s</time> <span class="dur">%s</span></div>'
        '<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Description</button>%s</div>'
        '<div role="tabpanel" class="video-page__description" data-testid="Body">%s</div>%s'
        '<p class="video-page__licensing"><a href="/licensing">License this content</a></p></div>'
        '<div class="video-page__related">%s</div></div></main>%s') % (
        player(s, 0), s['section'].upper(), E(s['title']), fmt_date(s['date']), s['dur'],
        '<button role="tab" aria-selected="false">Transcript</button>' if tr else '', desc,
        '<div role="tabpanel" class="video-page__transcript" hidden>%s</div>' % trs if tr else '',
        playlist('Related Videos', 10, descs=True, exclude=s['title']), carousel('Top News Videos')) + footer(s)


def t_pubradio(s):
    """Public-radio audio story: 'Listen · 4:12' strip, story text, optional full transcript, standing notes."""
    ex = lambda k, v: ''
    has_tr = bool(items(s, 'S'))
    return head(s, 'article') + '<body class="storypage">' + nav('radio', s['site']) + (
        '<div class="donate-banner"><a href="/donate">Support public radio. Donate now.</a></div>'
        '<main><article class="story"><div class="slug-wrap"><a class="slug" href="/%s">%s</a></div><div class="storytitle"><h1>%s</h1></div>'
        '<div id="storybyline"><p class="byline__name">By <a href="/people/1">%s</a></p></div><time class="dateblock">%s</time>'
        '<div class="audio-module"><div class="audio-module-controls"><button class="audio-module-listen"><b class="audio-module-listen-text">Listen</b>'
        ' &middot; <b class="audio-module-listen-duration">%s</b></button></div><ul class="audio-module-tools"><li><a href="#">Download</a></li>'
        '<li><a href="#">Embed</a></li>%s</ul><div class="audio-module-more"><span>Embed</span><input value="&lt;iframe src=&quot;https://www.%s/player/embed/%d&quot;&gt;"></div></div>'
        '<div id="storytext" class="storytext">%s</div>%s'
        '<div class="share-tools">%s</div></article><aside id="secondary">%s<div class="newsletter"><h3>Sign up for our daily newsletter</h3>'
        '<p>Get the day\'s most important news, delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div></aside></main>%s') % (
        s['section'], s['section'].title(), E(s['title']), E(random.choice(['Ana Ruiz-Bell', 'Tom Okafor', 'Leah Sorensen', 'Dev Mukherjee'])),
        fmt_date(s['date']), s['dur'], '<li><a href="#transcript">Transcript</a></li>' if has_tr else '', s['domain'], random.randint(10**6, 10**7),
        render(s, sstyle=2, extra=ex),
        ('<p class="transcript-note">%s transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. '
         'Accuracy and availability may vary. The authoritative record of programming is the audio record.</p>'
         '<p class="copyright">Copyright &copy; 2026 %s. All rights reserved. Visit our website terms of use and permissions pages for further information.</p>') % (E(s['site']), E(s['site'])) if has_tr else '',
        share(), trending('More Stories'), episodes('From this show', 4)) + footer(s)


def t_podwp(s):
    """WordPress podcast episode post: PowerPress-style player line, subscribe row, show notes, sponsor box, transcript."""
    ex = lambda k, v: ('<div class="sponsor-box"><span class="label">Sponsor</span><p>%s</p></div>' % E(v)) if k == 'N' else (
        '<p>%s</p>' % E(v) if k == 'M' else '')
    return head(s, 'podcast') + '<body class="post-template-default single single-post">' + nav('pod', s['site']) + (
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        '<article class="post type-post format-audio"><header class="entry-header"><span class="cat-links"><a href="/category/episodes/">Episodes</a></span>'
        '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">%s</span> <span class="byline">by <span class="author vcard">%s</span></span></div></header>'
        '<div class="entry-content"><div class="powerpress_player">%s</div>'
        '<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="#">Play in new window</a> | <a href="#">Download</a> (Duration: %s &mdash; %d.%dMB) | <a href="#">Embed</a></p>'
        '<p class="powerpress_subscribe">Subscribe: <a href="#">Apple Podcasts</a> | <a href="#">Spotify</a> | <a href="#">Android</a> | <a href="#">RSS</a> | <a href="#">More</a></p>'
        '%s</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/interview">interview</a>, <a href="/tag/%s">%s</a></span></footer>'
        '%s</article>%s<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">'
        '<li class="comment"><div class="comment-author">Rob K.</div><div class="comment-content"><p>Best episode in a while. More guests like this please.</p></div></li>'
        '<li class="comment"><div class="comment-author">Maya</div><div class="comment-content"><p>Listened twice on my commute. Thank you for the transcript too.</p></div></li></ol></div>'
        '</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Subscribe</h2>%s</section>%s</aside></div>') % (
        E(s['title']), fmt_date(s['date']), E(s['site']), player(s, 2), s['dur'], random.randint(20, 80), random.randint(0, 9),
        render(s, sstyle=0, extra=ex), s['section'], s['section'], share(), episodes('Recent episodes', 5), E(s['title']), listen_on(), trending('Popular')) + footer(s)


def t_podhost(s):
    """Hosted podcast site (Transistor/Buzzsprout-like): episode number, listen-on row, notes, chapters, transcript in <details>."""
    notes, tr = split_at(s)
    ex = lambda k, v: ('<p class="support"><a href="/support">%s</a></p>' % E(v)) if k == 'W' else (
        '<aside class="episode-sponsor"><h4>Sponsored by</h4><p>%s</p></aside>' % E(v) if k == 'N' else '')
    trh = ''
    if tr['items']:
        tr2 = dict(tr, items=tr['items'][1:])
        trh = '<details class="transcript"><summary>Read transcript</summary><div class="transcript-inner">%s</div></details>' % render(tr2, sstyle=1)
        if 'trheading' in s['flags']:
            trh = '<section class="transcript-wrap"><h2>Transcript</h2>%s</section>' % trh
        else:  # the <summary> switch is the only label: no heading printed, none expected
            s['items'] = [it for it in s['items'] if it != ('H', 'Transcript')]
    return head(s, 'podcast') + '<body class="episode">' + nav('pod', s['site']) + (
        '<main class="episode-page"><div class="episode-hero"><img class="artwork" src="/art.jpg" alt="%s artwork"><div class="episode-hero-text">'
        '<p class="episode-number">Episode %d</p><h1>%s</h1><p class="episode-meta"><time>%s</time> &bull; %s</p></div></div>%s%s'
        '<div class="episode-body"><div class="episode-notes">%s</div>%s</div>'
        '<section class="hosts"><h3>Hosted by</h3><div class="host"><strong>%s</strong><p>Host and producer. Former newspaper reporter.</p></div></section>%s</main>') % (
        E(s['site']), random.randint(40, 250), E(s['title']), fmt_date(s['date'], 1), s['dur'], player(s, 2), listen_on(),
        render(notes, chap='p' if 'chap_p' in s['flags'] else 'ul', extra=ex), trh, E(random.choice(['Priya Nandakumar', 'Cole Whitfield', 'Bea Marchetti'])),
        episodes('More episodes', 6)) + footer(s)


def t_ytblog(s):
    """Blog post with a YouTube embed between paragraphs, a subscribe box and share buttons."""
    body = render(only(s, BODY)).split('\n')
    embed = ('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">'
             '<iframe title="%s" width="640" height="360" src="https://www.youtube.com/embed/%s?feature=oembed" allowfullscreen></iframe></div>'
             '%s</figure>') % (E(s['title']), ''.join(random.choice('abcdefghijkABCDEFGH0123456789') for _ in range(11)),
                               '<figcaption>%s</figcaption>' % E(items(s, 'V')[0]) if items(s, 'V') else '')
    body.insert(1 if 'embed_early' in s['flags'] else min(3, len(body)), embed)
    cta = ''.join('<div class="yt-subscribe"><p>%s</p><a class="button" href="https://www.youtube.com/@channel?sub_confirmation=1">Subscribe</a></div>' % E(c) for c in items(s, 'W'))
    return head(s, 'article') + '<body class="single">' + nav('blog', s['site']) + (
        '<div class="container"><main class="content"><article class="entry"><header class="entry-header"><h1 class="entry-title">%s</h1>'
        '<p class="entry-meta">Posted on <time>%s</time> by <a href="/about">%s</a> &middot; <a href="#comments">4 Comments</a></p></header>'
        '<div class="entry-content">%s%s</div>%s<div class="author-box"><h4>About the author</h4><p>%s writes about news video, storytelling and the tools behind them.</p></div></article>'
        '<div id="comments"><h3>4 Comments</h3><div class="comment"><b>Dana</b><p>Really useful, thanks for sharing the video.</p></div>'
        '<div class="comment"><b>Teo M.</b><p>Could you do one on lighting next?</p></div></div></main>'
        '<aside class="sidebar"><div class="widget"><h3>Search</h3><form><input type="search"></form></div>%s%s</aside></div>') % (
        E(s['title']), fmt_date(s['date']), E(s['site']), '\n'.join(body), cta, share(), E(s['site']), trending('Recent Posts'),
        playlist('Latest videos', 4, descs=False)) + footer(s)


def t_tabvid(s):
    """Public-TV style video page: Description / Chapters / Transcript tab panels (transcript hidden)."""
    desc = only(s, ('P', 'L', 'H', 'G'))
    chaps = only(s, ('C',))
    tr = only(s, ('S',))
    tabs = '<button role="tab" aria-selected="true" id="tab-d">Description</button>'
    panels = '<div role="tabpanel" aria-labelledby="tab-d" class="panel-description">%s</div>' % render(desc)
    if chaps['items']:
        tabs += '<button role="tab" aria-selected="false" id="tab-c">Chapters</button>'
        panels += '<div role="tabpanel" aria-labelledby="tab-c" class="panel-chapters" hidden>%s</div>' % render(chaps, chap='ol')
    if tr['items']:
        tabs += '<button role="tab" aria-selected="false" id="tab-t">Transcript</button>'
        panels += '<div role="tabpanel" aria-labelledby="tab-t" class="panel-transcript" hidden>%s</div>' % render(tr, sstyle=2)
    return head(s, 'video') + '<body class="video-detail">' + nav('radio', s['site']) + (
        '<main><div class="video-detail__player">%s</div><div class="video-detail__header"><p class="show-title"><a href="/shows/%s">%s</a></p>'
        '<h1>%s</h1><p class="air-date">Aired %s &bull; %s</p>%s</div>'
        '<div class="video-detail__tabs"><div role="tablist">%s</div>%s</div>'
        '<div class="funders"><p>Major funding for this program is provided by the Halvern Foundation and by viewers like you. Thank you.</p></div>'
        '%s%s</main>') % (
        player(s, 1), s['section'], s['section'].replace('-', ' ').title(), E(s['title']), fmt_date(s['date'], 1), s['dur'], share(), tabs, panels,
        playlist('More from this show', 6, descs=True, exclude=s['title']), carousel('Popular videos')) + footer(s)


def t_arclead(s):
    """Newspaper story led by a video: player with caption and duration, in-article video strip, text below."""
    cap = items(s, 'V')
    body = render(only(s, BODY)).split('\n')
    strip = ('<div class="inline-video-strip"><h4>More videos</h4><ul>%s</ul></div>' % ''.join(
        '<li><a href="/video/%s">%s</a> <span>%s</span></li>' % (slug(t), E(t), d) for t, d, _ in random.sample(VIDEOS, 3)))
    if len(body) > 4 and 'nostrip' not in s['flags']:
        body.insert(len(body) // 2, strip)
    cta = ''.join('<p class="watch-more"><em><a href="/video">%s</a></em></p>' % E(c) for c in items(s, 'W'))
    return head(s, 'article') + '<body>' + nav('paper', s['site']) + (
        '<div id="fusion-app"><div class="paywall-meter">You have 3 free articles left this month. <a href="/subscribe">Subscribe</a></div>'
        '<main class="article-layout"><div class="article-header"><a class="overline" href="/%s">%s</a><h1 class="headline">%s</h1>'
        '<div class="byline-block"><span class="by">By <a href="/staff/1">%s</a></span><time class="display-date">%s</time></div></div>'
        '<div class="lead-art lead-video"><div class="video-wrap">%s</div><div class="video-caption"><span class="video-title">%s</span>'
        ' <span class="video-duration">(%s)</span><span class="credit">%s</span></div></div>'
        '<div class="article-body">%s%s</div>%s<div class="read-more"><h3>Read more</h3>%s</div></main></div>') % (
        s['section'], s['section'].title(), E(s['title']), E(random.choice(['Hannah Greaves', 'Marcus Oyelaran', 'Rita Calloway'])), fmt_date(s['date'], 1),
        player(s, 0), E(cap[0]) if cap else 'Video', s['dur'], ' (Video: %s)' % E(s['site']), '\n'.join(body), cta, share(),
        trending('Most read'), ) + footer(s)


def t_nprtr(s):
    """Public-radio transcript page: the teaser, then the labelled transcript with the radio's standing notes
    (X items, not body) printed inside the transcript's own block."""
    tr = '\n'.join('<p>%s</p>' % E(v) for k, v in s['items'] if k == 'S')
    notes = ''.join('<p class="disclaimer">%s</p>' % E(v) for k, v in s['items'] if k == 'X')
    teaser = ''.join('<p>%s</p>' % E(v) for k, v in s['items'] if k == 'P')
    return head(s, 'article') + '<body class="news tmplNewsStory has-transcript">' + nav('radio', s['site']) + (
        '<main><section id="main-section"><article class="story"><div class="slug-wrap"><a class="slug" href="/%s">%s</a></div>'
        '<div class="storytitle"><h1>%s</h1></div><div id="story-meta" class="story-meta"><time>%s</time> %s</div>'
        '<div id="headlineaudio" class="storylocation"><div class="audio-module"><h4 class="audio-module-title">%s</h4>'
        '<div class="audio-module-controls"><a class="audio-module-listen" href="#"><b>Listen</b> <b>&middot; %s</b></a></div>'
        '<div class="audio-module-tools"><a href="#">Transcript</a> <button>Toggle more options</button><ul><li><a href="#">Download</a></li>'
        '<li><button>Embed</button><div class="embed-overlay"><label>Embed <input readonly value="&lt;iframe src=&quot;https://www.%s/player/embed/%d&quot;&gt;"></label>'
        '<code>&lt;iframe src="https://www.%s/player/embed/%d" width="100%%" height="290" title="embedded audio player"&gt;</code></div></li></ul></div></div></div>'
        '<div id="storytext" class="storytext">%s<aside class="ad-wrap"><div class="ad-header"><span>Sponsor Message</span></div><div class="ad-config"></div></aside></div>'
        '<div class="transcript storytext">%s%s</div></article>%s%s</section></main>') % (
        s['section'], s['section'].title(), E(s['title']), fmt_date(s['date']), s['dur'], E(s['title']), s['dur'],
        s['domain'], 1206601000 + len(s['title']), s['domain'], 1206601000 + len(s['title']), teaser, tr, notes,
        episodes('More from this program', 4), trending('Most popular')) + footer(s)


def t_ytdesc(s):
    """News video page whose description is the uploader's copy: lines parted by <br>, the chapters in it,
    then the channel's calls, links and hashtags (X items, not body)."""
    lines = []
    for k, v in s['items']:
        if k in ('P', 'C'):
            lines.append(E(v))
        elif k == 'X':
            lines.append(re.sub(r'(https://\S+)', r'<a href="\1">\1</a>', E(v)))
        if k == 'P':
            lines.append('')
    body = '<br>\n'.join(lines)
    return head(s, 'video') + '<body class="watch">' + nav('tv', s['site']) + (
        '<main class="watch-page"><div class="primary"><div class="player-wrap">%s</div><h1 class="watch-title">%s</h1>'
        '<div class="watch-meta"><span class="views">%d views</span> <span class="date">%s</span> <button>Like</button> <button>Share</button> <button>Save</button></div>'
        '<div class="channel-row"><a class="channel" href="/">%s</a> <span class="subs">%d subscribers</span> <button class="subscribe-btn">Subscribe</button></div>'
        '<div id="description" class="watch-description"><div class="description-inner">%s</div><button class="more">Show less</button></div>'
        '<div class="comments-count">%d Comments</div></div><div class="secondary">%s</div></main>') % (
        player(s, 0), E(s['title']), random.randint(2000, 90000), fmt_date(s['date'], 1), E(s['site']), random.randint(10000, 500000),
        body, random.randint(5, 300), playlist('Up next', 10, descs=False, exclude=s['title'])) + footer(s)


def t_videohub(s):
    """Station video page: one-sentence description in the info block, a grid of related clips in the same
    column, each with its own headline and a one- or two-sentence summary."""
    cards = ''.join('<div class="video-card"><a href="/video/%s"><img src="/img/c%d.jpg" alt=""><span class="dur">%s</span></a>'
                    '<h3 class="video-card__title"><a href="/video/%s">%s</a></h3><p class="video-card__summary">%s</p></div>' % (
                        slug(t), i, d, slug(t), E(t), E(x)) for i, (t, d, x) in enumerate(random.sample([v for v in VIDEOS if v[0] != s['title']], 6)))
    return head(s, 'video') + '<body class="video-detail">' + nav('tv', s['site']) + (
        '<main><div class="video-column"><div class="video-stage">%s</div><div class="video-info"><h1>%s</h1>'
        '<div class="video-info__meta">%s &bull; %s</div>%s</div>'
        '<div class="video-related"><h2 class="video-related__title">More Local Videos</h2><div class="video-grid">%s</div></div></div>'
        '<aside class="rail">%s</aside></main>') % (
        player(s, 1), E(s['title']), fmt_date(s['date'], 1), s['dur'], render(only(s, BODY)), cards, trending('Top Stories')) + footer(s)


TPL = dict(netvid=t_netvid, localtv=t_localtv, wirevid=t_wirevid, pubradio=t_pubradio, podwp=t_podwp, podhost=t_podhost,
           ytblog=t_ytblog, tabvid=t_tabvid, arclead=t_arclead,
           nprtr=t_nprtr, ytdesc=t_ytdesc, videohub=t_videohub)


def main():
    for i, s in enumerate(parse(), 1):
        name = os.path.join(OUT, '%02d' % i)
        page = TPL[s['tpl']](s)
        with open(name + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(name + '.txt', 'w', encoding='utf-8') as f:
            f.write(expected(s))
        with open(name + '.json', 'w', encoding='utf-8') as f:
            json.dump({"published": s['date'], "lang": "en", "title": s['title']}, f)
            f.write('\n')


main()
