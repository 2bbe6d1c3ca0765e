#!/usr/bin/env python3
"""Generate bench/stress/entertain pages from stories.txt (entertainment, celebrity, TV/film,
music and gaming news templates; invented sites, original text).

Usage: python3 bench/stress/entertain/gen/gen.py bench/stress/entertain
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### tpl|YYYY-MM-DD|byline|section' opens a story, then lines 'CODE: value'.
Body codes (in the expected text): P paragraph, H2/H3 subhead, LI/OL list item, Q block quote,
ITEM listicle heading (h2 or h3 by template), SPOIL spoiler warning box (its text; the '!' icon
adds no word), WTWL in-text 'Where to watch:' line, PROS/CONS
(label + list, ';;'-separated), SPOILP spoiler note printed as the story's paragraph.
Furniture codes (not in the expected text): TW tweet (text|name|handle|date), IG Instagram post
(caption|account), TT TikTok (caption|account), YT YouTube iframe (title), RM 'Read more:' line
(headline), AD ad slot, SC 'Story continues below' label, GAL gallery (caption;;caption), FIG
figure (caption|credit), SCORE score box (score|word|platform), WTW streaming
widget (title), BUY affiliate button (product|price|store), VID player (title), TREND trending strip,
WPTW tweet in a WordPress embed figure, PCRED picture with caption and credit paragraphs (caption|credit), SPOT Spotify
iframe (title), MORELINKS label over a list of links (label|title;;title), POLL poll (question|opt;;opt), NEWSBOX
newsletter box in the story (name|pitch), FLINK a featured-link card, one link holding the picture, the other
story's title and its summary (title|summary).
Inline markup: [text](url) link, **bold**, _italic_."""
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
            tpl, date, byline, section = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, byline=byline, section=section, title='', deck='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None or line.startswith('#'):
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            elif k == 'D': cur['deck'] = v
            else: cur['items'].append((k, v))
    return stories

def inline(t):
    t = E(t, quote=False)
    t = re.sub(r'\[(.+?)\]\((.+?)\)', r'<a href="\2">\1</a>', t)
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    t = re.sub(r'(?<![\w/])_(.+?)_(?!\w)', r'<em>\1</em>', t)
    return t

def plain(t):
    t = re.sub(r'\[(.+?)\]\((.+?)\)', r'\1', t)
    t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    return re.sub(r'(?<![\w/])_(.+?)_(?!\w)', r'\1', t)

BODY = ('P', 'H2', 'H3', 'LI', 'OL', 'Q', 'ITEM', 'WTWL', 'PROS', 'CONS', 'SPOILP', 'SPOIL')

def expected(s):
    out = []
    for k, v in s['items']:
        if k in ('PROS', 'CONS'):
            out.append('Pros:' if k == 'PROS' else 'Cons:')
            out.extend(plain(x) for x in v.split(';;'))
        elif k == 'WTWL':
            out.append('Where to watch: ' + plain(v))
        elif k == 'SPOIL':
            out.append('Spoiler warning: ' + plain(v))
        elif k in BODY:
            out.append(plain(v))
    return '\n\n'.join(out) + '\n'

# ---------------------------------------------------------------- furniture
def tweet(v):
    text, name, handle, date = v.split('|')
    tid = random.randint(10**18, 9 * 10**18)
    links = ''
    if random.random() < .5:
        links = ' <a href="https://t.co/%s">pic.twitter.com/%s</a>' % (slug(handle)[:6] + 'Qx', slug(name)[:5] + 'Z9k')
    return ('<blockquote class="twitter-tweet" data-theme="light"><p lang="en" dir="ltr">%s%s</p>&mdash; %s (@%s) '
            '<a href="https://twitter.com/%s/status/%d?ref_src=twsrc%%5Etfw">%s</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>') % (
        inline(text), links, E(name), handle, handle, tid, E(date))

def instagram(v):
    cap, acct = v.split('|')
    code = ''.join(random.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_') for _ in range(11))
    return ('<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/%s/?utm_source=ig_embed" '
            'data-instgrm-version="14" style="background:#FFF;border:0;border-radius:3px;max-width:540px;min-width:326px;padding:0;width:99.375%%;">'
            '<div style="padding:16px;"><a href="https://www.instagram.com/p/%s/?utm_source=ig_embed" target="_blank">'
            '<div style="display:flex;flex-direction:row;align-items:center;"><div style="background-color:#F4F4F4;border-radius:50%%;height:40px;width:40px;"></div></div>'
            '<div style="padding:19%% 0;"></div><div style="padding-top:8px;"><div style="color:#3897f0;font-family:Arial,sans-serif;font-size:14px;font-weight:550;line-height:18px;">View this post on Instagram</div></div></a>'
            '<p style="margin:8px 0 0 0;padding:0 4px;">%s</p>'
            '<p style="color:#c9c8cd;font-family:Arial,sans-serif;font-size:14px;line-height:17px;margin-bottom:0;margin-top:8px;overflow:hidden;padding:8px 0 7px;text-align:center;">'
            '<a href="https://www.instagram.com/p/%s/?utm_source=ig_embed" style="color:#c9c8cd;" target="_blank">A post shared by %s (@%s)</a></p></div></blockquote>\n'
            '<script async src="//www.instagram.com/embed.js"></script>') % (code, code, inline(cap), code, E(acct.split('@')[0].strip()), acct.split('@')[-1].strip())

def tiktok(v):
    cap, acct = v.split('|')
    vid = random.randint(7 * 10**18, 8 * 10**18)
    return ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@%s/video/%d" data-video-id="%d" style="max-width:605px;min-width:325px;">'
            '<section><a target="_blank" title="@%s" href="https://www.tiktok.com/@%s?refer=embed">@%s</a> %s '
            '<a target="_blank" title="&#9834; original sound - %s" href="https://www.tiktok.com/music/original-sound-%d?refer=embed">&#9834; original sound - %s</a></section></blockquote>\n'
            '<script async src="https://www.tiktok.com/embed.js"></script>') % (acct, vid, vid, acct, acct, acct, inline(cap), acct, vid % 10**9, acct)

def youtube(v, wrap='figure'):
    yid = ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(11))
    ifr = ('<iframe width="560" height="315" src="https://www.youtube.com/embed/%s" title="%s" frameborder="0" '
           'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>') % (yid, E(v))
    if wrap == 'figure':
        return '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">%s</div></figure>' % ifr
    return '<div class="video-embed responsive-embed">%s</div>' % ifr

def ad(kind):
    n = random.randint(1, 9)
    if kind == 0:
        return '<div class="ad-unit ad-incontent" id="incontent-%d"><span class="ad-label">Advertisement</span><div id="gpt-incontent-%d" data-ad-size="300x250,728x90"></div></div>' % (n, n)
    if kind == 1:
        return '<div class="adslot"><p class="ad-disclaimer">ADVERTISEMENT</p><div class="gpt" data-slot="mid-%d"></div></div>' % n
    return '<div class="inline-ad"><div class="ad-container" data-pos="inarticle%d"></div><p class="continue-label">Story continues below advertisement</p></div>' % n

def gallery(v, style):
    caps = v.split(';;')
    if style == 0:
        slides = ''.join('<li class="slide"><img src="https://img.example-cdn.com/g/%s-%d.jpg" alt="%s"><div class="slide-caption">%s</div>'
                         '<span class="slide-credit">%s</span><span class="slide-count">%d of %d</span></li>' % (
                             slug(c)[:20], i, E(plain(c)), inline(c), random.choice(['Getty Images', 'Shutterstock', 'AP Photo', 'Courtesy of the studio']), i + 1, len(caps))
                         for i, c in enumerate(caps))
        return '<div class="gallery-embed"><div class="gallery-header"><span class="gallery-title">Photos</span> <span class="gallery-count">%d photos</span></div><ul class="slides">%s</ul><button class="prev">Previous</button><button class="next">Next</button></div>' % (len(caps), slides)
    slides = ''.join('<figure class="slideshow__item"><img src="https://cdn.example-img.net/ss/%d.jpg" alt=""><figcaption>%s <cite>%s</cite></figcaption></figure>' % (
        random.randint(1000, 9999), inline(c), random.choice(['Photo: Getty', 'Image: Netflix', 'Courtesy: HBO'])) for c in caps)
    return '<section class="slideshow" data-slides="%d"><h4 class="slideshow__title">View Gallery</h4>%s<a class="slideshow__launch" href="#gallery">Launch Gallery</a></section>' % (len(caps), slides)

def figure(v):
    cap, credit = v.split('|')
    return ('<figure class="article-image"><img src="https://img.example-cdn.com/%d/%s.jpg" alt="%s" width="1200" height="800">'
            '<figcaption><span class="caption-text">%s</span> <span class="credit">%s</span></figcaption></figure>') % (
        random.randint(100, 999), slug(cap)[:30], E(plain(cap)), inline(cap), E(credit))

def spoiler_box(v):
    return '<div class="spoiler-alert" role="note"><span class="spoiler-alert__icon">!</span><strong>Spoiler warning:</strong> %s</div>' % inline(v)

def score_box(v):
    score, word, plat = v.split('|')
    return ('<div class="review-score-box"><div class="score-ring"><span class="score-value">%s</span></div>'
            '<div class="score-word">%s</div><div class="score-meta">Reviewed on %s</div>'
            '<a class="score-guide" href="/review-policy/">How we score</a></div>') % (E(score), E(word), E(plat))

def wtw(v):
    provs = [('Netflix', 'Subscription'), ('Prime Video', 'Rent from $3.99'), ('Apple TV', 'Buy $14.99'), ('Max', 'Subscription'), ('Hulu', 'Subscription')]
    random.shuffle(provs)
    rows = ''.join('<li class="provider"><img src="/img/providers/%s.svg" alt="%s"><span class="provider-offer">%s</span><a class="provider-cta" href="https://go.example-aff.com/%s" rel="sponsored">Watch now</a></li>' % (
        slug(p), E(p), E(o), slug(p)) for p, o in provs[:3])
    return ('<div class="where-to-watch-widget" data-title="%s"><h4 class="wtw-heading">Where to Watch %s</h4><ul class="provider-list">%s</ul>'
            '<p class="wtw-powered">Powered by ReelFinder</p></div>') % (E(v), E(v), rows)

def buy(v):
    prod, price, store = v.split('|')
    return ('<div class="affiliate-product-card"><img src="https://img.example-cdn.com/p/%s.jpg" alt="%s"><div class="product-info"><span class="product-name">%s</span>'
            '<span class="product-price">%s</span></div><a class="btn-buy" href="https://go.example-aff.com/%s" rel="sponsored nofollow">Buy on %s %s</a></div>') % (
        slug(prod)[:20], E(prod), E(prod), E(price), slug(store), E(store), E(price))

def video_player(v, style):
    if style == 0:
        return ('<div class="video-player-wrapper jw-autoplay"><div class="jwplayer" id="jw-%d"><video muted autoplay playsinline poster="https://img.example-cdn.com/v/%d.jpg"></video></div>'
                '<div class="video-player-title">%s</div><span class="video-player-label">Watch</span></div>') % (random.randint(1, 999), random.randint(1, 999), E(v))
    return ('<div class="connatix-player media-player"><span class="now-playing">Now Playing</span><h4 class="player-title">%s</h4>'
            '<iframe src="https://player.example-video.com/embed/%d?autoplay=1" title="%s"></iframe><span class="up-next">Up Next</span></div>') % (E(v), random.randint(10000, 99999), E(v))

TRENDS = ["Every new movie streaming this weekend", "The 25 best TV shows of the year so far", "Who got snubbed at the Golden Reel nominations",
          "Inside the messy breakup of TV's favorite duo", "The best PS5 deals right now", "All the celebrity engagements of 2026",
          "Box office: sequel slump continues", "The most anticipated albums of winter", "Every game announced at the winter showcase",
          "Why that finale twist divided fans", "Reality star's comeback tour dates revealed", "Ranking every holiday rom-com on streaming"]

def trend_strip(style):
    items = random.sample(TRENDS, 4)
    if style == 0:
        return '<div class="trending-carousel"><h4>Trending Now</h4><ul>%s</ul></div>' % ''.join(
            '<li><a href="/news/%s/"><img src="/img/t/%d.jpg" alt=""><span>%s</span></a></li>' % (slug(t), i, E(t)) for i, t in enumerate(items))
    return '<div class="most-popular-inline"><span class="mp-label">Popular on the site</span>%s</div>' % ''.join(
        '<a class="mp-card" href="/%s"><h5>%s</h5></a>' % (slug(t), E(t)) for t in items)

# ---------------------------------------------------------------- body
def body(s, cfg):
    out, lst, lkind, np = [], [], None, 0
    def flush():
        nonlocal lst, lkind
        if lst:
            out.append('<%s>%s</%s>' % (lkind, ''.join('<li>%s</li>' % x for x in lst), lkind))
        lst, lkind = [], None
    for k, v in s['items']:
        if k in ('LI', 'OL'):
            kind = 'ul' if k == 'LI' else 'ol'
            if lkind and lkind != kind: flush()
            lkind = kind; lst.append(inline(v)); continue
        flush()
        if k == 'P':
            out.append(cfg['p'] % inline(v)); np += 1
        elif k in ('H2', 'H3'):
            out.append('<%s%s>%s</%s>' % (k.lower(), cfg.get('hattr', ''), inline(v), k.lower()))
        elif k == 'ITEM':
            tag = cfg.get('item', 'h2')
            out.append('<%s class="%s">%s</%s>' % (tag, cfg.get('itemcls', 'list-item-title'), inline(v), tag))
        elif k == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % inline(v))
        elif k == 'WTWL':
            out.append(cfg['p'] % ('<strong>Where to watch:</strong> ' + inline(v)))
        elif k in ('PROS', 'CONS'):
            out.append(cfg['p'] % ('<strong>%s</strong>' % ('Pros:' if k == 'PROS' else 'Cons:')))
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % inline(x) for x in v.split(';;')))
        elif k == 'SPOILP':
            out.append(cfg['p'] % ('<em>%s</em>' % inline(v)))
        elif k == 'TW': out.append(tweet(v))
        elif k == 'IG': out.append(instagram(v))
        elif k == 'TT': out.append(tiktok(v))
        elif k == 'YT': out.append(youtube(v, cfg.get('ytwrap', 'figure')))
        elif k == 'RM':
            out.append(cfg['rm'] % ('/news/%s/' % slug(v), E(v)))
        elif k == 'AD': out.append(ad(cfg.get('ad', 0)))
        elif k == 'SC': out.append(ad(2))
        elif k == 'GAL': out.append(gallery(v, cfg.get('gal', 0)))
        elif k == 'FIG': out.append(figure(v))
        elif k == 'SPOIL': out.append(spoiler_box(v))
        elif k == 'SCORE': out.append(score_box(v))
        elif k == 'WTW': out.append(wtw(v))
        elif k == 'BUY': out.append(buy(v))
        elif k == 'VID': out.append(video_player(v, cfg.get('vid', 0)))
        elif k == 'TREND': out.append(trend_strip(cfg.get('trend', 0)))
        elif k == 'WPTW': out.append('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">%s</div></figure>' % tweet(v))
        elif k == 'PCRED':
            cap, credit = v.split('|')
            out.append('<div class="image-block"><img src="https://img.example-cdn.com/i/%d.jpg" alt="%s"></div><p class="image-caption">%s</p><p class="photo-credit">(Photo by %s)</p>' % (
                random.randint(100, 999), E(cap), inline(cap), E(credit)))
        elif k == 'SPOT':
            out.append('<div class="spotify-embed"><iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/%s" width="100%%" height="152" frameborder="0" allow="autoplay; clipboard-write; encrypted-media" loading="lazy" title="Spotify Embed: %s"></iframe></div>' % (
                ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(22)), E(v)))
        elif k == 'MORELINKS':
            label, rest = v.split('|', 1)
            out.append('<p><strong>%s</strong></p><ul>%s</ul>' % (E(label), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(t), E(t)) for t in rest.split(';;'))))
        elif k == 'POLL':
            q, opts = v.split('|')
            out.append('<div class="poll-widget" data-poll-id="%d"><p class="poll-question">%s</p><form>%s<button type="submit">Vote</button></form><p class="poll-results-link"><a href="#">View results</a></p></div>' % (
                random.randint(1000, 9999), E(q), ''.join('<label><input type="radio" name="p"> %s</label>' % E(o) for o in opts.split(';;'))))
        elif k == 'FLINK':
            t, d = v.split('|')
            out.append('<div class="mntl-sc-block-featuredlink"><a href="/%s/"><img src="https://img.example-cdn.com/f/%d.jpg" alt="">'
                       '<span class="featured-link__title">%s</span><span class="featured-link__desc">%s</span></a></div>' % (slug(t), len(t) * 7, E(t), E(d)))
        elif k == 'NEWSBOX':
            out.append('<div class="inline-newsletter"><h3>Sign up for %s</h3><p>%s</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>' % tuple(E(x) for x in v.split('|')))
        else:
            raise SystemExit('unknown code %s' % k)
    flush()
    return '\n'.join(out)

# ---------------------------------------------------------------- page parts
SITES = {
    'trade': dict(name='Marquee Daily', domain='marqueedaily.com', nav=['Film', 'TV', 'Music', 'Awards', 'Box Office', 'Business', 'Global', 'Reviews', 'Video', 'Newsletters']),
    'celeb': dict(name='StarPulse', domain='starpulse.tv', nav=['Celebrity', 'Royals', 'Style', 'TV', 'Movies', 'Music', 'Human Interest', 'Shopping', 'Video']),
    'gossip': dict(name='Scoop Alley', domain='scoopalley.com', nav=['News', 'Photos', 'Videos', 'Sports', 'Hip Hop', 'Podcasts', 'Tips']),
    'culture': dict(name='Vantage Culture', domain='vantageculture.com', nav=['TV Recaps', 'Movies', 'Books', 'Comedy', 'Streamliner', 'Best Of', 'Subscribe']),
    'games': dict(name='Respawn Point', domain='respawnpoint.gg', nav=['News', 'Reviews', 'Guides', 'PlayStation', 'Xbox', 'Nintendo', 'PC', 'Deals', 'Videos']),
    'music': dict(name='Backbeat', domain='backbeatmag.com', nav=['Music', 'Album Reviews', 'Lists', 'Live', 'Culture', 'Politics', 'Video', 'Subscribe']),
    'list': dict(name='ListFeed', domain='listfeed.co', nav=['Quizzes', 'Trending', 'Celebrity', 'TV & Movies', 'Shopping', 'Food', 'Animals', 'Internet Finds']),
    'screen': dict(name='ScreenRadar', domain='screenradar.net', nav=['Movies', 'TV', 'Reality TV', 'Anime', 'Comics', 'Gaming', 'Lists', 'Features', 'Threads']),
}

def head(s, site):
    url = 'https://www.%s/%s/%s/' % (site['domain'], s['section'], slug(s['title']))
    s['url'] = url
    first = next(v for k, v in s['items'] if k == 'P')
    desc = s['deck'] or plain(first)[:155]
    author = re.sub(r'^By\s+', '', s['byline']).split(',')[0]
    hh, mm = random.randint(6, 22), random.randint(0, 59)
    typ = 'Review' if s['tpl'] == 'games' and any(k == 'SCORE' for k, _ in s['items']) else 'NewsArticle'
    ld = {"@context": "https://schema.org", "@type": typ if typ != 'Review' else 'NewsArticle', "headline": s['title'], "description": desc,
          "datePublished": "%sT%02d:%02d:00-08:00" % (s['date'], hh, mm), "dateModified": "%sT%02d:%02d:00-08:00" % (s['date'], min(hh + 1, 23), mm),
          "author": [{"@type": "Person", "name": author, "url": "https://www.%s/author/%s/" % (site['domain'], slug(author))}],
          "publisher": {"@type": "Organization", "name": site['name'], "logo": {"@type": "ImageObject", "url": "https://www.%s/logo.png" % site['domain']}},
          "image": ["https://img.%s/%s.jpg" % (site['domain'], slug(s['title'])[:30])], "mainEntityOfPage": url, "articleSection": s['section'].title()}
    return ('<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s - %s</title>\n<meta name="description" content="%s"><link rel="canonical" href="%s">\n'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://img.%s/og/%s.jpg">\n'
            '<meta property="article:published_time" content="%sT%02d:%02d:00-08:00"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@%s">\n'
            '<meta name="author" content="%s"><meta name="parsely-section" content="%s">\n'
            '<script type="application/ld+json">%s</script>\n'
            '<link rel="preconnect" href="https://securepubads.g.doubleclick.net"><link rel="stylesheet" href="/assets/main.%x.css">\n'
            '<style>.ad-unit,.adslot{min-height:250px;text-align:center}.gallery-embed .slide{display:none}.gallery-embed .slide:first-child{display:block}'
            '.spoiler-alert{border-left:4px solid #e33;padding:12px}.review-score-box{float:right;width:220px}</style>\n'
            '<script>window.__PAGE__={"type":"article","section":"%s","tags":["%s"],"ads":{"refresh":30,"lazy":true}};'
            'window.googletag=window.googletag||{cmd:[]};</script>\n<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
            '</head>\n') % (E(s['title']), E(site['name']), E(desc), url, E(s['title']), E(desc), url, E(site['name']), site['domain'], slug(s['title'])[:30],
                            s['date'], hh, mm, slug(site['name']).replace('-', ''), E(author), s['section'], json.dumps(ld), random.randint(2**20, 2**24),
                            s['section'], s['section'])

SUBMENU = ['Latest', 'News', 'Features', 'Reviews', 'Interviews', 'Photos', 'Video']
FOOT_COLS = [('Sections', ['Film', 'Television', 'Music', 'Gaming', 'Celebrity', 'Style', 'Awards', 'Box Office']),
             ('Company', ['About Us', 'Masthead', 'Careers', 'Advertise With Us', 'Licensing & Reprints', 'Contact the Newsroom']),
             ('Legal', ['Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Your Privacy Choices', 'Accessibility Statement', 'Ad Choices']),
             ('Our Network', ['Marquee Daily', 'StarPulse', 'Respawn Point', 'Backbeat', 'ScreenRadar', 'ListFeed'])]

def navbar(site, cls):
    return ('<header class="%s"><div class="top-bar"><a class="logo" href="/"><img src="/logo.svg" alt="%s"></a>'
            '<button class="menu-toggle" aria-label="Open menu">Menu</button><a class="btn-subscribe" href="/subscribe/">Subscribe</a>'
            '<a class="login" href="/login/">Sign In</a><button class="search-toggle">Search</button></div>'
            '<nav class="primary-nav"><ul>%s</ul></nav></header>\n') % (cls, E(site['name']), ''.join(
                '<li class="menu-item has-children"><a href="/%s/">%s</a><ul class="sub-menu">%s</ul></li>' % (slug(n), E(n), ''.join(
                    '<li><a href="/%s/%s/">%s</a></li>' % (slug(n), slug(x), E(x)) for x in SUBMENU)) for n in site['nav']))

def sidebar(site, title='Most Popular', n=5):
    items = random.sample(TRENDS, n)
    return ('<aside class="sidebar"><div class="ad-unit ad-rail"><span class="ad-label">Advertisement</span></div>'
            '<section class="widget popular"><h3 class="widget-title">%s</h3><ol>%s</ol></section>'
            '<section class="widget newsletter"><h3>Get the %s newsletter</h3><p>The biggest stories in entertainment, delivered every morning.</p>'
            '<form><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p class="fine">By subscribing you agree to our Terms of Use and Privacy Policy.</p></section></aside>\n') % (
        E(title), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(t), E(t)) for t in items), E(site['name']))

def related(site, label='More From %s', n=4):
    items = random.sample(TRENDS, n)
    return '<section class="related-stories"><h3>%s</h3><div class="cards">%s</div></section>\n' % (
        E(label % site['name'] if '%s' in label else label),
        ''.join('<article class="card"><a href="/%s/"><img src="/img/r/%d.jpg" alt=""><h4>%s</h4></a><span class="card-kicker">%s</span></article>' % (
            slug(t), i, E(t), random.choice(['TV', 'Film', 'Music', 'Gaming'])) for i, t in enumerate(items)))

def tags(s):
    words = list(dict.fromkeys(w for w in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", s['title']) if len(w) > 3))[:4]
    return '<div class="article-tags"><span>Tags:</span> %s</div>\n' % ' '.join('<a href="/t/%s/" rel="tag">%s</a>' % (slug(w), E(w)) for w in words)

def footer(site):
    cols = ''.join('<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (E(h), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in xs)) for h, xs in FOOT_COLS)
    consent = ('<div id="consent-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies and similar technologies to '
               'understand how you use our site, to personalise content and ads and to measure their performance.</p><button>Accept All</button> <button>Manage Preferences</button></div>')
    return ('<div class="footer-columns">' + cols + '</div>' + consent + '<footer class="site-footer"><div class="footer-logo">%s</div><nav class="footer-nav"><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact Us</a></li>'
            '<li><a href="/advertise/">Advertise</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/terms/">Terms of Use</a></li>'
            '<li><a href="/ad-choices/">Ad Choices</a></li><li><a href="/accessibility/">Accessibility</a></li></ul></nav>'
            '<div class="social-follow"><a href="https://twitter.com/x">X</a> <a href="https://instagram.com/x">Instagram</a> <a href="https://tiktok.com/@x">TikTok</a> <a href="https://youtube.com/x">YouTube</a></div>'
            '<p class="copyright">&copy; 2026 %s Media, LLC. All Rights Reserved. %s may receive a portion of revenues from products purchased through links on this site as part of our affiliate partnerships.</p></footer>\n'
            '<script>(function(){var d=document,s=d.createElement("script");s.async=1;s.src="/assets/app.%x.js";d.body.appendChild(s);})();</script>\n'
            '<script>window.__CONSENT__={"tcf":true,"ccpa":true};</script>\n</body></html>\n') % (E(site['name']), E(site['name']), E(site['name']), random.randint(2**20, 2**24))

def share_bar():
    return ('<div class="share-bar"><a class="share-facebook" href="#">Share on Facebook</a><a class="share-x" href="#">Share on X</a>'
            '<a class="share-pinterest" href="#">Pin it</a><a class="share-email" href="#">Email</a><button class="share-copy">Copy Link</button></div>\n')

def byline_block(s, style):
    d = s['date']
    y, m, dd = d.split('-')
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    human = '%s %d, %s' % (months[int(m) - 1], int(dd), y)
    name = re.sub(r'^By\s+', '', s['byline'])
    if style == 0:
        return '<div class="article-byline"><span class="by">By</span> <a class="author" href="/author/%s/">%s</a> <time datetime="%s">%s %d:%02dam PT</time></div>\n' % (
            slug(name), E(name), d, human, random.randint(5, 11), random.randint(0, 59))
    if style == 1:
        return '<div class="byline-wrap"><img class="avatar" src="/a/%s.jpg" alt=""><p class="author-name">By <a href="/author/%s">%s</a></p><p class="pub-date">Published on %s</p></div>\n' % (
            slug(name), slug(name), E(name), human)
    return '<p class="meta">%s | <time datetime="%s">%s</time> | <a href="#comments">%d Comments</a></p>\n' % (E(s['byline']), d, human, random.randint(3, 400))

CFG = {
    'trade': dict(p='<p>%s</p>', rm='<p class="read-more-inline"><strong>Read more:</strong> <a href="%s">%s</a></p>', ad=0, gal=0, vid=0, trend=0),
    'celeb': dict(p='<p class="paragraph">%s</p>', rm='<p><strong>RELATED: <a href="%s">%s</a></strong></p>', ad=1, gal=1, vid=1, trend=1, ytwrap='div'),
    'gossip': dict(p='<p>%s</p>', rm='<div class="related-inline"><span>Related:</span> <a href="%s">%s</a></div>', ad=1, gal=0, vid=0, trend=0),
    'culture': dict(p='<p class="clay-paragraph">%s</p>', rm='<p class="clay-paragraph"><em>Read more: <a href="%s">%s</a></em></p>', ad=2, gal=1, vid=1, trend=1, hattr=' class="clay-subheader"'),
    'games': dict(p='<p>%s</p>', rm='<p><strong>Read More:</strong> <a href="%s">%s</a></p>', ad=0, gal=0, vid=1, trend=0, item='h3'),
    'music': dict(p='<p>%s</p>', rm='<p class="related-link">Read more: <a href="%s">%s</a></p>', ad=1, gal=1, vid=0, trend=1, ytwrap='div'),
    'list': dict(p='<p>%s</p>', rm='<p><strong>See also: <a href="%s">%s</a></strong></p>', ad=1, gal=0, vid=0, trend=0, item='h3', itemcls='subbuzz__title'),
    'screen': dict(p='<p>%s</p>', rm='<p><strong>Related:</strong> <a href="%s">%s</a></p>', ad=2, gal=0, vid=1, trend=1),
}

def page(s):
    site = SITES[s['tpl']]
    cfg = CFG[s['tpl']]
    t = s['tpl']
    h = head(s, site)
    b = body(s, cfg)
    deck = '<p class="article-dek">%s</p>\n' % inline(s['deck']) if s['deck'] else ''
    hero = figure('%s|%s' % (random.choice(['The cast at the premiere earlier this year.', 'A scene from the new season.', 'On stage during the tour\'s opening night.', 'Key art for the project.']),
                             random.choice(['Getty Images', 'Courtesy of Netflix', 'Jordan Vale/Invision/AP', 'Shutterstock']))) if t not in ('list',) else ''
    if t == 'trade':
        return (h + '<body class="single single-post">\n' + navbar(site, 'site-header') +
                '<div class="ad-unit leaderboard"><span class="ad-label">Advertisement</span></div>\n<main id="main"><div class="layout">'
                '<article class="post"><div class="article-header"><a class="category-kicker" href="/%s/">%s</a><h1 class="article-title">%s</h1>\n%s%s</div>\n%s%s'
                '<div class="article-content entry-content a-content">\n%s\n</div>\n%s%s</article>\n%s</div>%s</main>\n' % (
                    s['section'], E(s['section'].title()), E(s['title']), deck, byline_block(s, 0), share_bar(), hero, b, tags(s), related(site, 'Related Stories'), sidebar(site),
                    '<section class="more-news"><h2>Must Read</h2>%s</section>' % trend_strip(0)) + footer(site))
    if t == 'celeb':
        return (h + '<body><div id="__next"><div class="Layout_root__x7Ka">\n' + navbar(site, 'Header_header__3kPq') +
                '<main class="Main_main__Q1z"><div class="ArticleLayout_grid__u2d"><div class="ArticleHeader_wrap__9fL"><span class="Eyebrow_eyebrow__kk2">%s</span>'
                '<h1 class="ArticleHeader_title__Xy7">%s</h1>%s%s</div>%s<div class="ArticleBody_body__4Fh mntl-sc-page">\n%s\n</div>%s'
                '<div class="Taboola_feed"><h3>Around the Web</h3><div class="tbl-feed-card"><a href="https://sponsored.example.com/1">You won\'t believe what this 90s star looks like now</a><span>Sponsored</span></div></div>'
                '</div></main>%s</div></div>\n' % (
                    E(s['section'].title()), E(s['title']), deck.replace('article-dek', 'ArticleHeader_dek__p0c'), byline_block(s, 1), hero, b, related(site, 'Read This Next'), sidebar(site, 'Trending')) + footer(site))
    if t == 'gossip':
        return (h + '<body class="page-article">\n' + navbar(site, 'masthead') +
                '<div class="breaking-bar"><span>Breaking</span> <a href="/breaking/">Pop star spotted house hunting in Malibu</a></div>\n'
                '<div class="content-wrap"><div class="article-container"><article class="article"><header class="article__header"><h1 class="article__title">%s</h1>'
                '%s</header>%s%s<div class="article__blocks">\n%s\n</div>'
                '<div class="tip-box"><p>Got a tip? Email us at tips@scoopalley.com or call our hotline, 24/7.</p></div>\n%s</article></div>%s</div>\n' % (
                    E(s['title']), byline_block(s, 0).replace('article-byline', 'article__byline'), share_bar(),
                    video_player('Watch: ' + s['title'][:60], 0), b, related(site, 'More Scoops'), sidebar(site, 'Hot Right Now')) + footer(site))
    if t == 'culture':
        return (h + '<body class="article-page vertical-culture">\n' + navbar(site, 'page-header') +
                '<main><article class="article" data-type="recap"><div class="lede-wrapper"><div class="rubric">%s</div><h1 class="headline-primary">%s</h1>%s'
                '%s</div>%s<div class="article-content" data-editable="content">\n%s\n</div>'
                '<div class="article-footer"><p class="tags">Tags: <a href="/tags/tv/">tv</a> <a href="/tags/recaps/">recaps</a></p>'
                '<div class="comments-module" id="comments"><h3>Comments</h3><p>Sign in to leave a comment. Comments are moderated.</p></div></div></article>%s</main>\n' % (
                    E(s['section'].title()), E(s['title']), deck.replace('article-dek', 'headline-secondary'), byline_block(s, 1), hero, b, sidebar(site, 'Most Viewed Stories')) + footer(site))
    if t == 'games':
        return (h + '<body class="theme-dark">\n' + navbar(site, 'site-nav') +
                '<div class="page"><article class="article-page"><header class="article-hero"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/%s/">%s</a></div>'
                '<h1>%s</h1>%s%s</header>%s<section class="article-section page-content">\n%s\n</section>%s%s</article>%s</div>\n' % (
                    s['section'], E(s['section'].title()), E(s['title']), deck.replace('article-dek', 'subtitle'), byline_block(s, 0), hero, b, tags(s),
                    related(site, 'Up Next'), sidebar(site, 'Popular Now')) + footer(site))
    if t == 'music':
        return (h + '<body class="pmc-article">\n' + navbar(site, 'header-main') +
                '<div id="site-wrap"><article class="single-article"><header class="article-head"><p class="article-kicker">%s</p><h1 class="title">%s</h1>%s%s</header>'
                '%s%s<div class="pmc-paywall entry-content">\n%s\n</div><div class="author-bio-box"><h4>About the Author</h4><p>%s covers music for %s. Previously at several alt-weeklies.</p></div>'
                '%s</article>%s</div>\n' % (
                    E(s['section'].title()), E(s['title']), deck.replace('article-dek', 'deck'), byline_block(s, 2), share_bar(), hero, b,
                    E(re.sub(r'^By\s+', '', s['byline'])), E(site['name']), related(site, 'Trending'), sidebar(site)) + footer(site))
    if t == 'list':
        return (h + '<body class="buzz-page">\n' + navbar(site, 'nav-wrap') +
                '<main class="feed-container"><div class="buzz" data-buzz-type="list"><div class="buzz-header"><h1 class="buzz-title">%s</h1>%s%s</div>'
                '<div class="buzz-superlist subbuzzes-wrapper">\n%s\n</div><div class="reactions"><h4>What do you think?</h4><button>LOL</button><button>OMG</button><button>WIN</button></div>'
                '%s</div>%s</main>\n' % (
                    E(s['title']), deck.replace('article-dek', 'buzz-dek'), byline_block(s, 1), b, related(site, 'More Internet Finds'), sidebar(site, 'Trending on ListFeed')) + footer(site))
    if t == 'screen':
        return (h + '<body class="article-body-page">\n' + navbar(site, 'main-header') +
                '<div class="w-article"><article class="article"><header class="heading_header"><h1 class="heading_title">%s</h1>%s%s</header>'
                '%s<section id="article-body" class="article-body content-block-regular">\n%s\n</section>'
                '<div class="article-threads"><h3>Threads</h3><p>Log in to join the conversation.</p></div>%s</article>%s</div>\n' % (
                    E(s['title']), deck.replace('article-dek', 'heading_excerpt'), byline_block(s, 2), hero, b, related(site, 'Trending Now'), sidebar(site, 'Popular')) + footer(site))
    raise SystemExit('unknown template ' + t)

def main():
    os.makedirs(OUT, exist_ok=True)
    for i, s in enumerate(parse(), 1):
        nn = '%02d' % i
        html_ = page(s)
        open(os.path.join(OUT, nn + '.html'), 'w', encoding='utf-8').write(html_)
        open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8').write(expected(s))
        open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8').write(json.dumps({'published': s['date'], 'lang': 'en', 'title': s['title']}, ensure_ascii=False) + '\n')

main()
