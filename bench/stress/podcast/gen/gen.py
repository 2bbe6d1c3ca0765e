#!/usr/bin/env python3
"""Generate bench/stress/podcast pages from stories.txt (podcast episode pages and show notes, 2010-2026: hosted
sites like Libsyn, Buzzsprout, Transistor, Simplecast, Megaphone and Podbean, WordPress PowerPress and Seriously Simple
Podcasting posts, public-radio episode pages with transcripts, company podcasts in press rooms, newsletter-platform
podcast posts, an indie show on a site builder, a magazine's podcast page, bare hosted episode pages, and news stories
that only mention a podcast; invented shows, sites and text).

Usage: python3 bench/stress/podcast/gen/gen.py bench/stress/podcast   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|show|episode|duration' opens an episode, 'T: title' its title, then one item a
line.  Body codes (in the expected text, in page order): P a paragraph of the description or notes, H a heading the
notes print ("Chapters", "Transcript", "Links mentioned in this episode"), C a chapter/timestamp line as printed
("02:14 The call"), L a list item (links mentioned, guests, what the episode covers, a schedule), G a guest's bio
written in the notes, T a transcript line as printed with its speaker label ("HOST: …", "[00:04] Chris: …",
"(SOUNDBITE OF MUSIC)").  Furniture codes (never in the expected text): M a sponsor read printed as a paragraph of
the notes ("This episode is brought to you by … code …"), N a sponsor or membership box, X a standing appeal or
pointer printed in the notes (rate and review, Patreon, "Support the show", "Listen and subscribe: …", "About X:",
"Next episode: …"), R a transcript's standing note ("This transcript was machine generated …", the copyright line).
Every few stories carry a body sentence that opens like furniture ("Share of the credit …", "Download speeds …",
"Subscribe buttons …", "Related to this: …", "Rate hikes …", "Previous episodes of the show …", "Next to the
clubhouse …", "Photo by photo, …", "Transcript requests …", "Sponsored events …", "Credit for the idea …")."""
import html, json, os, random, re, sys

OUT = sys.argv[1]
random.seed(20261208)
E = html.escape
MONTHS = 'January February March April May June July August September October November December'.split()
BODY = ('P', 'H', 'C', 'L', 'G', 'T')
SHOWS_MORE = ['The town that bought its own grocery store', 'Inside the race to map the ocean floor',
              'A century of daylight saving fights', 'The strange economics of concert tickets', 'The last lighthouse keeper',
              'What your dentist is not telling you', 'The mayor who rode the bus', 'How a spreadsheet ran a county',
              'Why the ferry stopped running', 'Bees on the hospital roof']
FOOT = ['About', 'Contact', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Accessibility']


def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, show, ep, dur = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, show=show, ep=int(ep), dur=dur, title='', items=[])
            stories.append(cur)
        elif line.strip():
            k, v = line.split(': ', 1)
            if k == 'T' and not cur['title']:
                cur['title'] = v
            elif k == 'F':
                cur.setdefault('flags', []).append(v)
            else:
                cur['items'].append((k, v))
    return stories


def slug(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')[:70]


def ymd(st):
    return [int(x) for x in st['when'][:10].split('-')]


def d_us(st, short=False):
    y, m, d = ymd(st)
    return '%s %d, %d' % (MONTHS[m - 1][:3] if short else MONTHS[m - 1], d, y)


def domain(st):
    return slug(st['show']).replace('-', '') + '.example.com'


def desc(st):
    return next((v for k, v in st['items'] if k == 'P'), st['title'])[:160]


def head(st, url, ld):
    """<head>: title, description, Open Graph, and JSON-LD when ld names a type (PodcastEpisode, NewsArticle …)."""
    extra = ''
    if ld == 'PodcastEpisode':
        d = {"@context": "https://schema.org", "@type": "PodcastEpisode", "name": st['title'], "description": desc(st),
             "datePublished": st['when'][:10], "url": url, "timeRequired": "PT%sM" % st['dur'].split(':')[0],
             "partOfSeries": {"@type": "PodcastSeries", "name": st['show']},
             "associatedMedia": {"@type": "MediaObject", "contentUrl": "https://traffic.example-cdn.com/%s/%d.mp3" % (slug(st['show']), random.randint(10**6, 10**7))}}
        if st['ep']:
            d["episodeNumber"] = st['ep']
        extra = '<script type="application/ld+json">%s</script>\n' % json.dumps(d)
    elif ld:
        d = {"@context": "https://schema.org", "@type": ld, "headline": st['title'], "datePublished": st['when'] + ':00Z',
             "publisher": {"@type": "Organization", "name": st['show']}, "mainEntityOfPage": url}
        extra = '<script type="application/ld+json">%s</script>\n' % json.dumps(d)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:type" content="%s">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:audio" content="https://traffic.example-cdn.com/%s/ep.mp3">\n<meta name="twitter:card" content="player">\n'
            '<link rel="alternate" type="application/rss+xml" title="%s" href="https://feeds.example-cdn.com/%s">\n%s'
            '<link rel="stylesheet" href="/assets/site.%x.css">\n</head>\n') % (
        E(st['title']), E(st['show']), E(desc(st)), url, 'article' if ld != 'PodcastEpisode' else 'music.song', E(st['title']),
        slug(st['show']), E(st['show']), slug(st['show']), extra, random.getrandbits(32))


def foot(st, cls='site-footer'):
    y = ymd(st)[0]
    return ('<footer class="%s"><ul>%s</ul><p>&copy; %d %s. All rights reserved.</p></footer>\n'
            '<script src="/assets/player.min.js"></script>\n</body>\n</html>\n') % (
        cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(f), f) for f in FOOT), y, E(st['show']))


def nav(st, items):
    return ('<header class="site-header"><a class="brand" href="/">%s</a><nav><ul>%s</ul></nav></header>\n' % (
        E(st['show']), ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items.split(';'))))


def listen_row(label='Subscribe:', sep=' | ', apps='Apple Podcasts;Spotify;Google Podcasts;Overcast;RSS'):
    return '<p class="subscribe-links">%s %s</p>\n' % (label, sep.join('<a href="#">%s</a>' % a for a in apps.split(';')))


def more_eps(title='More episodes', n=4, cls='more-episodes'):
    eps = random.sample(SHOWS_MORE, n)
    return '<section class="%s"><h3>%s</h3><ul>%s</ul></section>\n' % (cls, title, ''.join(
        '<li><a href="/episodes/%s">%s</a> <span class="dur">%d min</span></li>' % (slug(e), E(e), random.randint(20, 60)) for e in eps))


def groups(items):
    """Consecutive items of the same code as (code, [texts])."""
    out = []
    for k, v in items:
        if out and out[-1][0] == k and k in ('C', 'L', 'T', 'R'):
            out[-1][1].append(v)
        else:
            out.append((k, [v]))
    return out


def time_link(v):
    """A chapter or transcript line's leading time ("00:00", "[00:06]", "(02:40)") set as a link that seeks the
    player (the hosts' clickable timestamps); the rest of the line escaped."""
    m = re.match(r'^([\[(]?)(\d+):(\d\d)([\])]?)( .*)$', v)
    if not m:
        return E(v)
    secs = int(m.group(2)) * 60 + int(m.group(3))
    return '%s<a href="#t=%d" class="timestamp" data-seek="%d">%s:%s</a>%s%s' % (
        m.group(1), secs, secs, m.group(2), m.group(3), m.group(4), E(m.group(5)))


def notes(st, sty):
    """The episode's notes and transcript as the template prints them; sty: h (heading tag), chap ('ul', 'br', 'p'),
    lst ('ul', 'br'), tr (transcript container: 'div', 'details', 'tab'), lab (speaker label in <strong>), mx (how M/X
    print: 'p', 'em'), n (sponsor box class)."""
    h, in_tr = [], False
    P = lambda t, cls='': '<p%s>%s</p>\n' % ((' class="%s"' % cls) if cls else '', t)
    TL = time_link if 'linkedtimes' in st.get('flags', []) else E
    opener = {'details': '<details class="transcript"><summary>Read transcript</summary><div class="transcript-body">\n',
              'tab': '</div>\n<div class="tab-panel" id="panel-transcript" role="tabpanel" hidden>\n'}.get(sty['tr'], '<div class="transcript">\n')
    closer = {'details': '</div></details>\n', 'tab': ''}.get(sty['tr'], '</div>\n')

    for k, vs in groups(st['items']):
        is_trh = k == 'H' and 'transcript' in vs[0].lower()
        if in_tr and (is_trh or k not in ('T', 'R')):
            h.append(closer)
            in_tr = False
        if (k == 'T' or is_trh) and not in_tr:
            h.append(opener)
            in_tr = True
        if k == 'P' or k == 'G':
            h.append(P(E(vs[0]), 'guest-bio' if k == 'G' and sty.get('gbox') else ''))
        elif k == 'H':
            h.append('<%s>%s</%s>\n' % (sty['h'], E(vs[0]), sty['h']) if sty['h'] != 'strong' else P('<strong>%s</strong>' % E(vs[0])))
        elif k == 'C':
            if sty['chap'] == 'ul':
                h.append('<ul class="chapters">%s</ul>\n' % ''.join('<li>%s</li>' % TL(v) for v in vs))
            elif sty['chap'] == 'br':
                h.append(P('<br>\n'.join(TL(v) for v in vs)))
            else:
                h.append(''.join(P(TL(v)) for v in vs))
        elif k == 'L':
            if sty['lst'] == 'ul':
                h.append('<ul>%s</ul>\n' % ''.join('<li><a href="#">%s</a></li>' % E(v) if sty.get('links') else '<li>%s</li>' % E(v) for v in vs))
            else:
                h.append(P('<br>\n'.join(E(v) for v in vs)))
        elif k == 'T':
            for v in vs:
                m = re.match(r'^((?:\[[0-9:]+\] )?[A-Z][A-Za-z .,\']{0,40}:)( .*)?$', v)
                if m and sty['lab'] and not v.startswith('(') and not v.startswith('[MUSIC'):
                    h.append(P('<strong>%s</strong>%s' % (E(m.group(1)), E(m.group(2) or ''))))
                else:
                    h.append(P(TL(v)))
        elif k == 'R':
            h.append(''.join(P('<em>%s</em>' % E(v), 'transcript-note') for v in vs))
        elif k == 'M':
            h.append(P('<em>%s</em>' % E(vs[0])) if sty['mx'] == 'em' else P(E(vs[0])))
        elif k == 'N':
            h.append('<aside class="%s"><p>%s</p></aside>\n' % (sty.get('n', 'sponsor'), E(vs[0])))
        elif k == 'X':
            h.append(P('<em>%s</em>' % E(vs[0])) if sty['mx'] == 'em' else P(E(vs[0])))
    if in_tr:
        h.append(closer)
    return ''.join(h)


def player(st, kind):
    """The audio player's chrome (durations, speed buttons, download) in one of the hosts' shapes."""
    dur = st['dur']
    if kind == 'powerpress':
        return ('<div class="powerpress_player" id="powerpress_player_%d"><audio class="wp-audio-shortcode" controls preload="none">'
                '<source type="audio/mpeg" src="https://media.example-cdn.com/%s.mp3"></audio></div>'
                '<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="#" class="powerpress_link_pinw">Play in new window</a> | '
                '<a href="#" class="powerpress_link_d">Download</a> (Duration: %s &mdash; %.1fMB) | <a href="#" class="powerpress_link_e">Embed</a></p>'
                '<p class="powerpress_links powerpress_links_mp3">Subscribe: <a href="#">Apple Podcasts</a> | <a href="#">Spotify</a> | '
                '<a href="#">Android</a> | <a href="#">RSS</a></p>\n') % (random.randint(1000, 9999), slug(st['title']), dur, random.randint(200, 600) / 10)
    if kind == 'ssp':
        return ('<div class="castos-player" data-episode="%d"><div class="player__main"><button class="play-btn">Play</button>'
                '<div class="player__episode-title">%s</div><div class="player__timeline"><span class="ssp-timer">00:00</span>'
                '<span class="ssp-duration">%s</span></div><div class="player__btns"><button class="player-btn__volume">Volume</button>'
                '<button data-ssp-rate="1">1x</button><button data-ssp-rate="1.5">1.5x</button><button data-ssp-rate="2">2x</button></div></div></div>'
                '<div class="podcast_meta"><aside><p><a href="#" class="podcast-meta-download">Download file</a> | '
                '<a href="#" class="podcast-meta-new-window">Play in new window</a> | <span class="podcast-meta-duration">Duration: %s</span></p>'
                '<p>Subscribe: <a href="#">Apple Podcasts</a> | <a href="#">Spotify</a> | <a href="#">RSS</a></p></aside></div>\n') % (
            random.randint(100, 999), E(st['title']), dur, dur)
    return ('<div class="audio-player"><button class="play" aria-label="Play episode">Play</button><span class="elapsed">0:00</span>'
            '<span class="sep">/</span><span class="total">%s</span><button class="rate">1x</button><button class="skip-back">-15</button>'
            '<button class="skip-fwd">+30</button><a class="download" href="#" download>Download</a></div>\n') % dur


def render(st):
    tpl = st['tpl']
    y, m, d = ymd(st)
    url = 'https://www.%s/episodes/%s' % (domain(st), slug(st['title']))
    h = []
    ep = st['ep']

    if tpl == 'libsyn':  # 2013-2014 Libsyn-hosted site: table layout, "Play Now | Play in Popup | Download", category line
        h.append(head(st, url, None))
        h.append('<body class="libsyn-site">\n<table id="wrap" width="960"><tr><td colspan="2" class="header"><h2 class="podcast-title">%s</h2>'
                 '<p class="tagline">A podcast</p></td></tr><tr><td class="content" valign="top">\n' % E(st['show']))
        h.append('<div class="postDetails"><div class="postTitle"><h1>%s</h1></div><div class="postDate">%s</div>\n' % (
            E(st['title']), '%s %d, %d' % (MONTHS[m - 1][:3], d, y)))
        h.append('<div class="postBody">\n' + notes(st, dict(h='strong', chap='br', lst='ul', tr='div', lab=True, mx='p', links=True)) + '</div>\n')
        h.append('<div class="libsyn-item-player"><iframe src="https://html5-player.example-libsyn.com/embed/episode/id/%d/" height="90" width="100%%"></iframe></div>\n'
                 '<div class="postLinks"><a href="#">Play Now</a> | <a href="#">Play in Popup</a> | <a href="#">Download</a>(%d)</div>\n'
                 '<div class="postCategory">Category: general -- posted at: %s %s</div><div class="postComments"><a href="#">Comments[0]</a></div></div>\n' % (
                     random.randint(10**6, 10**7), random.randint(100, 9999), '%d:%s%s' % ((int(st['when'][11:13]) - 1) % 12 + 1, st['when'][14:16], 'am' if int(st['when'][11:13]) < 12 else 'pm'), 'EDT'))
        h.append('</td><td class="sidebar" valign="top"><div class="archive"><h3>Archives</h3><ul><li><a href="#">2014</a></li><li><a href="#">2013</a></li></ul></div>'
                 '<div class="categories"><h3>Categories</h3><ul><li><a href="#">general</a></li></ul></div><div class="subscribe"><h3>Subscribe</h3>'
                 '<a href="#">iTunes</a> <a href="#">RSS Feed</a></div></td></tr></table>\n')
        h.append(foot(st, 'libsyn-footer'))

    elif tpl == 'buzz':  # 2021-2023 Buzzsprout episode page: player iframe, "Show Notes", "Support the show", chapters, transcript
        st['items'].insert(0, ('H', 'Show Notes'))  # the notes' heading, printed as a heading: body (as video's policy has it)
        h.append(head(st, url, 'PodcastEpisode'))
        h.append('<body>\n' + nav(st, 'Episodes;About;Contact;Support the show'))
        h.append('<main class="episode"><div class="episode__header"><div class="episode__artwork"><img src="/art.jpg" alt="%s artwork"></div>'
                 '<h1 class="episode__title">%s</h1><div class="episode__meta"><span class="episode__date">%s</span> &bull; <span>%s</span>%s</div></div>\n' % (
                     E(st['show']), E(st['title']), d_us(st), st['dur'], (' &bull; <span>Episode %d</span>' % ep) if ep else ''))
        h.append('<div id="buzzsprout-player-%d"><iframe src="https://www.example-buzz.com/%d/embed" title="%s"></iframe></div>\n' % (ep, random.randint(10**6, 10**7), E(st['title'])))
        h.append('<div class="episode__actions"><a href="#">Share</a> <a href="#">Download</a> <a href="#">Chapters</a> <a href="#">Transcript</a></div>\n')
        h.append('<section class="episode__notes">\n' +
                 notes(st, dict(h='strong', chap='br', lst='ul', tr='div', lab=False, mx='p', links=True)).replace('<p><strong>Show Notes</strong></p>', '<h2 class="section-title">Show Notes</h2>') + '</section>\n')
        h.append(more_eps('Other Episodes', 4, 'episode-list'))
        h.append('</main>\n' + foot(st, 'footer') + '')

    elif tpl == 'transistor':  # 2020-2024 Transistor.fm site: "Listen to this episode", subscribe pills, Show Notes, transcript with timestamps
        h.append(head(st, url, 'PodcastEpisode'))
        h.append('<body class="show-site">\n' + nav(st, 'Episodes;About;Subscribe'))
        h.append('<section class="episode-hero"><p class="episode-number">%s</p><h1>%s</h1><p class="episode-date"><time datetime="%s">%s</time></p>\n' % (
            ('Episode %d' % ep) if ep else '', E(st['title']), st['when'][:10], '%s %d, %d' % (MONTHS[m - 1][:3], d, y)))
        h.append('<div class="listen"><h3>Listen to this episode</h3><iframe src="https://share.example-transistor.fm/e/%x" width="100%%" height="180"></iframe>'
                 '<div class="subscribe-pills"><a href="#">Apple Podcasts</a><a href="#">Spotify</a><a href="#">Overcast</a><a href="#">Pocket Casts</a><a href="#">RSS</a></div></div></section>\n' % random.getrandbits(32))
        h.append('<article class="episode-content"><div class="episode-description">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=False, mx='p')) + '</div>\n')
        h.append('<div class="episode-people"><h4>Creators &amp; Guests</h4><ul><li><strong>Host</strong> Maya Linde</li><li><strong>Host</strong> Chris Abara</li></ul></div></article>\n')
        h.append('<nav class="episode-pager"><a href="#" class="prev">&larr; Previous episode</a> <a href="#" class="next">Next episode &rarr;</a></nav>\n')
        h.append(foot(st, 'footer') + '')
        h[-1] = h[-1].replace('All rights reserved.', 'All rights reserved. Powered by Transistor')

    elif tpl == 'simplecast':  # 2019-2023 Simplecast site: season/episode line, "Episode Notes" tab with transcript tab (hidden)
        h.append(head(st, url, 'PodcastEpisode'))
        h.append('<body>\n<div id="app">' + nav(st, 'Episodes;About;Hosts;Newsletter'))
        se = re.match(r'Season (\d+), Episode (\d+)', st['title'])
        h.append('<div class="episode-header"><div class="episode-meta">%s &middot; %s &middot; %s</div><h1>%s</h1>\n' % (
            ('S%s E%s' % se.groups()) if se else 'Episode %d' % ep, d_us(st, True), st['dur'], E(st['title'])))
        h.append(player(st, 'simple') + listen_row('Subscribe', ' ', 'Apple Podcasts;Spotify;Amazon Music;RSS Feed') + '</div>\n')
        h.append('<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Episode Notes</button><button role="tab">Transcript</button></div>\n')
        h.append('<div class="tab-panel" id="panel-notes" role="tabpanel">\n')
        sty = dict(h='h3', chap='p', lst='ul', tr='tab', lab=True, mx='p')
        h.append(notes(st, sty) + '</div>\n')
        h.append('<div class="episode-share"><span>Share</span> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Copy link</a> <a href="#">Embed</a></div>\n')
        h.append(more_eps('Recent Episodes', 3, 'recent') + '</div>\n' + foot(st))

    elif tpl == 'megaphone':  # 2022-2023 a newspaper's daily news podcast page: Megaphone embed, guest line, sponsor line, paywall promo
        h.append(head(st, url, 'NewsArticle'))
        h.append('<body class="podcast-page">\n' + nav(st, 'News;Business;Politics;Opinion;Podcasts;Newsletters;Subscribe'))
        h.append('<article><div class="podcast-kicker"><a href="/podcasts/the-daily-ledger">The Daily Ledger</a> &middot; Episode %d</div><h1>%s</h1>\n'
                 '<div class="byline">Hosted by Ruth Ambrose</div><time datetime="%s:00-05:00">%s</time>\n' % (ep, E(st['title']), st['when'], d_us(st, True)))
        h.append('<div class="megaphone-embed"><iframe src="https://playlist.example-megaphone.fm/?e=LDG%d" width="100%%" height="200"></iframe></div>\n' % random.randint(10**6, 10**7))
        h.append(listen_row('Listen on', ' ', 'Apple Podcasts;Spotify;YouTube;Amazon Music'))
        h.append('<div class="article-body">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='em', links=True)) + '</div>\n')
        h.append('<div class="subscribe-box"><h4>Support our journalism</h4><p>Subscribe for $1 a week.</p><a href="#">Subscribe</a></div></article>\n')
        h.append(more_eps('More from The Daily Ledger', 4, 'podcast-more') + foot(st))

    elif tpl == 'podbean':  # 2015-2018 Podbean site: "Download", "Play in new window", likes, prev/next, comments box
        h.append(head(st, url, None))
        h.append('<body class="podbean-theme">\n' + nav(st, 'Home;Episodes;About;Contact'))
        h.append('<div class="post"><div class="date"><span class="day">%d</span><span class="month">%s</span><span class="year">%d</span></div>'
                 '<h1 class="title">%s</h1>\n' % (d, MONTHS[m - 1][:3], y, E(st['title'])))
        h.append('<div class="podPress_content"><div class="pbplayer"><span class="pb-time">00:00:00</span> / <span class="pb-total">%s</span></div>'
                 '<p class="pbdl"><a href="#">Download</a> <a href="#">Play in new window</a> <a href="#">Share</a></p></div>\n' % st['dur'])
        h.append('<div class="entry">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div>\n')
        h.append('<div class="post-meta"><span class="likes">%d Likes</span> <span class="tags">Tags: <a href="#">%s</a></span></div>\n' % (
            random.randint(3, 90), E(st['show'].lower())))
        h.append('<div class="prev-next"><a class="prev" href="#">&laquo; Previous episode</a> <a class="next" href="#">Next episode &raquo;</a></div>\n'
                 '<div class="comments"><h3>Comments (0)</h3><p>To leave or reply to comments, please download free Podbean App.</p></div></div>\n')
        h.append(foot(st))

    elif tpl == 'powerpress':  # 2012-2019 WordPress with PowerPress: "Podcast: Play in new window | Download (Duration …) | Embed"
        h.append(head(st, url, 'BlogPosting' if y > 2015 else None))
        h.append('<body class="single single-post">\n<div id="page">' + nav(st, 'Home;Episodes;About the Show;Contact'))
        h.append('<article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">'
                 '<span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span> '
                 '<span class="byline">by <a href="#">admin</a></span></div></header>\n' % (E(st['title']), st['when'] + ':00+00:00', d_us(st)))
        h.append('<div class="entry-content">\n' + player(st, 'powerpress') + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p', links=True)) + '</div>\n')
        h.append('<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">Episodes</a></span> <span class="tags-links">Tagged '
                 '<a href="#">podcast</a></span></footer></article>\n<nav class="post-navigation"><div class="nav-previous"><a href="#">Previous Post</a></div>'
                 '<div class="nav-next"><a href="#">Next Post</a></div></nav>\n')
        h.append('<div id="comments" class="comments-area"><div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div></div>\n')
        h.append(foot(st))

    elif tpl == 'ssp':  # 2018-2020 WordPress with Seriously Simple Podcasting: player with speed buttons, "Download file | Play in new window | Duration"
        h.append(head(st, url, 'Article'))
        h.append('<body class="podcast-template-default single-podcast">\n' + nav(st, 'Home;Episodes;Restaurants;About'))
        h.append('<main><article class="podcast type-podcast"><h1 class="entry-title">%s</h1><div class="entry-meta"><time datetime="%s">%s</time></div>\n' % (
            E(st['title']), st['when'][:10], d_us(st)))
        h.append('<div class="entry-content">\n' + player(st, 'ssp') + notes(st, dict(h='h2', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div>\n')
        h.append('<div class="series">Podcast: <a href="#">%s</a></div></article>\n' % E(st['show']))
        h.append(more_eps('You may also like', 3, 'related-episodes') + '</main>\n' + foot(st))

    elif tpl == 'pubradio':  # 2019-2025 public-radio story page with audio and a full transcript (labels in their own paragraphs)
        h.append(head(st, url, 'NewsArticle'))
        h.append('<body class="storypage">\n' + nav(st, 'News;Culture;Music;Podcasts & Shows;Search;Newsletters;Donate'))
        h.append('<article class="story"><div class="slug-wrap"><a href="#">%s</a></div><h1>%s</h1>\n' % (E(st['show']), E(st['title'])))
        h.append('<div class="audio-module"><button class="audio-module-listen">Listen &middot; %s</button><span class="audio-module-listen-duration">%s</span>'
                 '<ul class="audio-tools"><li><a href="#">Download</a></li><li><a href="#">Embed</a></li><li><a href="#">Transcript</a></li></ul></div>\n' % (
                     st['dur'], st['dur']))
        h.append('<div class="dateblock"><time datetime="%s">%s%s</time></div>\n<div class="storytext">\n' % (
            st['when'], d_us(st), '%s%d:%s %s ET' % (' &bull; ', (int(st['when'][11:13]) - 1) % 12 + 1, st['when'][14:16], 'AM' if int(st['when'][11:13]) < 12 else 'PM')))
        items = st['items']
        h.append('<p class="teaser">%s</p>\n' % E(items[0][1]))
        h.append('<div class="transcript storytext">\n')
        for k, v in items[1:]:
            h.append('<p>%s</p>\n' % E(v) if k == 'T' else '<p class="disclaimer">%s</p>\n' % E(v))
        h.append('</div></div></article>\n<aside class="more-from"><h3>More Stories From %s</h3><ul><li><a href="#">%s</a></li><li><a href="#">%s</a></li></ul></aside>\n' % (
            E(st['show']), E(SHOWS_MORE[0]), E(SHOWS_MORE[3])))
        h.append(foot(st))

    elif tpl == 'pubold':  # 2010-2011 public-radio show page on an old CMS: "Listen (MP3)", segment paragraphs, station line
        h.append(head(st, url, None))
        h.append('<body>\n<div id="container"><div id="header"><img src="/images/kvly-logo.gif" alt="KVLY 89.5"></div>'
                 '<div id="leftnav"><ul><li><a href="#">Home</a></li><li><a href="#">Programs</a></li><li><a href="#">Schedule</a></li>'
                 '<li><a href="#">Support KVLY</a></li></ul></div><div id="content">\n')
        h.append('<h1>%s</h1><div class="airdate">Air Date: %d/%d/%d</div>\n' % (E(st['title']), m, d, y))
        h.append('<div class="listen"><a href="#"><img src="/images/speaker.gif" alt=""> Listen (MP3, %s)</a> | <a href="#">Podcast</a></div>\n' % st['dur'])
        h.append('<div class="program-text">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div>\n')
        h.append('<div class="pledge"><a href="#">Pledge now</a></div></div>\n<div id="footer">KVLY 89.5 FM &middot; A member station</div></div>\n</body>\n</html>\n')

    elif tpl == 'pressroom':  # 2019-2024 a company's newsroom: podcast episode as a news item, "About X" paragraph, media contact
        h.append(head(st, url, 'NewsArticle'))
        h.append('<body class="newsroom">\n' + nav(st, 'Newsroom;Press Releases;Podcast;Media Kit;Contact'))
        h.append('<div class="breadcrumbs"><a href="#">Newsroom</a> &gt; <a href="#">Podcast</a></div>\n<article class="news-item"><p class="news-date">%s</p><h1>%s</h1>\n' % (
            d_us(st), E(st['title'])))
        h.append('<div class="podcast-embed"><p class="embed-title">Listen to the episode</p>%s</div>\n' % player(st, 'simple'))
        h.append(listen_row('Subscribe:', ' | ', 'Apple Podcasts;Spotify;Google Podcasts'))
        h.append('<div class="news-body">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div>\n')
        h.append('<div class="share-tools"><span>Share this</span> <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Email</a></div></article>\n')
        h.append('<aside class="related-news"><h3>Related news</h3><ul><li><a href="#">Quarterly results</a></li><li><a href="#">New plant opens</a></li></ul></aside>\n')
        h.append(foot(st))

    elif tpl == 'substack':  # 2023-2025 newsletter-platform podcast post: "Listen now", share/subscribe widgets, comments
        h.append(head(st, url, 'NewsArticle'))
        h.append('<body>\n<div class="topbar"><a class="pub-name" href="/">%s</a><a class="button" href="#">Subscribe</a><a href="#">Sign in</a></div>\n' % E(st['show']))
        h.append('<article class="post podcast-post"><div class="post-header"><h1 class="post-title">%s</h1>\n' % E(st['title']))
        h.append('<div class="post-meta"><a href="#">Nadia Ferro</a> <span class="pub-date">%s</span></div>\n' % d_us(st, True))
        h.append('<div class="post-ufi"><a href="#">%d</a> <a href="#">%d</a> <a href="#">Share</a></div></div>\n' % (random.randint(5, 90), random.randint(1, 30)))
        h.append('<div class="podcast-player"><button>Listen now</button><span class="time">%s</span><div class="transcript-btn">Transcript</div></div>\n' % (
            st['dur'].split(':')[0] + ' min'))
        h.append('<div class="available-content"><div class="body markup">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div></div>\n')
        h.append('<div class="subscription-widget"><p>Type your email&hellip;</p><button>Subscribe</button></div>\n'
                 '<div class="post-footer"><a href="#">Share</a></div><div class="comments-section"><h4>Discussion about this episode</h4>'
                 '<p class="comment">Great one. The bit about rent surprised me.</p></div></article>\n')
        h.append('<div class="footer">&copy; %d %s &middot; <a href="#">Privacy</a> &middot; <a href="#">Terms</a> &middot; <a href="#">Collection notice</a></div>\n</body>\n</html>\n' % (y, E(st['show'])))

    elif tpl == 'squarespace':  # 2015-2017 indie show on a site builder: blog-item with audio block, timestamps as paragraphs, Patreon
        h.append(head(st, url, None))
        h.append('<body class="collection-type-blog view-item">\n' + nav(st, 'Episodes;About;Support;Shop'))
        h.append('<article class="BlogItem"><div class="BlogItem-meta"><time class="Blog-meta-item--date" datetime="%s">%s</time></div>'
                 '<h1 class="BlogItem-title">%s</h1>\n' % (st['when'][:10], d_us(st), E(st['title'])))
        h.append('<div class="sqs-block audio-block"><div class="sqs-audio-embed" data-duration-in-ms="%d"><div class="title">%s</div>'
                 '<div class="author">%s</div><div class="download"><a href="#">Download</a></div></div></div>\n' % (
                     random.randint(10**6, 10**7), E(st['title']), E(st['show'])))
        h.append('<div class="sqs-block html-block"><div class="sqs-block-content">\n' +
                 notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p', links=True)) + '</div></div>\n')
        h.append('<div class="BlogItem-share"><span>Share</span></div><div class="BlogItem-pagination"><a href="#" class="BlogItem-pagination-link--prev">'
                 '<div class="BlogItem-pagination-link-label">Previous</div><h4>%s</h4></a><a href="#" class="BlogItem-pagination-link--next">'
                 '<div class="BlogItem-pagination-link-label">Next</div><h4>%s</h4></a></div></article>\n' % (E(SHOWS_MORE[5]), E(SHOWS_MORE[6])))
        h.append(foot(st))

    elif tpl == 'magpod':  # 2020-2024 a magazine's podcast page: "Listen and subscribe" line in the body, machine-generated transcript
        h.append(head(st, url, 'Article'))
        h.append('<body>\n' + nav(st, 'Latest;Politics;Ideas;Culture;Podcasts;Magazine;Subscribe'))
        h.append('<article class="article"><header><p class="rubric">Podcasts</p><h1 class="headline">%s</h1><p class="dek">A new episode of %s.</p>'
                 '<div class="byline">By <a href="#">Theo Lindqvist</a></div><time datetime="%s">%s</time></header>\n' % (
                     E(st['title']), E(st['show']), st['when'], d_us(st)))
        h.append('<figure class="audio-embed"><iframe src="https://embed.example-pods.com/%x"></iframe></figure>\n' % random.getrandbits(32))
        h.append('<section class="article-body">\n' + notes(st, dict(h='h2', chap='p', lst='ul', tr='details', lab=False, mx='em')) + '</section>\n')
        h.append('<div class="article-footer"><p class="author-bio">Theo Lindqvist is a producer for Radio Quarterly.</p></div></article>\n')
        h.append(more_eps('More Episodes', 3, 'related') + foot(st))

    elif tpl == 'minimal':  # 2021-2023 bare hosted episode page (Anchor-like): artwork, title, one-paragraph description, player
        h.append(head(st, url, 'PodcastEpisode'))
        h.append('<body>\n<div class="episode-page"><div class="show-header"><img src="/art.jpg" alt=""><a href="/">%s</a><span>By %s</span></div>\n' % (
            E(st['show']), E(st['show'])))
        h.append('<h1>%s</h1><div class="episode-info"><span>%s</span> &bull; <span>%s</span></div>\n' % (E(st['title']), d_us(st, True), st['dur']))
        h.append(player(st, 'simple'))
        h.append('<div class="episode-description">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div>\n')
        h.append('<div class="available-on"><span>Available on</span> <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">Pocket Casts</a></div>\n')
        h.append(more_eps('Episodes', 5, 'episode-list') + '</div>\n' + foot(st))

    elif tpl == 'newsmention':  # counterexample: a news story about a podcast; its "Subscribe" quote and its schedule are the news
        h.append(head(st, url, 'NewsArticle'))
        h.append('<body>\n' + nav(st, 'News;Local;Sports;Business;Opinion;Obituaries;Events'))
        h.append('<article class="story"><h1>%s</h1><div class="byline">By Staff Writer</div><div class="dateline">Published %s</div>\n' % (
            E(st['title']), d_us(st)))
        h.append('<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>\n')
        h.append('<div class="story-body">\n' + notes(st, dict(h='h3', chap='p', lst='ul', tr='div', lab=True, mx='p')) + '</div></article>\n')
        h.append('<aside class="newsletter"><h4>Get local news in your inbox</h4><form><input type="email"><button>Sign up</button></form></aside>\n')
        h.append('<aside class="most-read"><h3>Most Read</h3><ol><li><a href="#">Council approves budget</a></li><li><a href="#">Road work on Route 9</a></li></ol></aside>\n')
        h.append(foot(st))
    else:
        raise SystemExit('unknown template ' + tpl)

    exp = '\n\n'.join(v for k, v in st['items'] if k in BODY) + '\n'
    return ''.join(h), exp, {"published": st['when'][:10], "lang": "en", "title": st['title']}


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(parse(), 1):
        page, exp, meta = render(st)
        base = os.path.join(OUT, '%02d' % n)
        open(base + '.html', 'w', encoding='utf-8').write(page)
        open(base + '.txt', 'w', encoding='utf-8').write(exp)
        open(base + '.json', 'w', encoding='utf-8').write(json.dumps(meta, ensure_ascii=False) + '\n')


main()
