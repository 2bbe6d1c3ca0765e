#!/usr/bin/env python3
"""Generate bench/stress/embeds pages from stories.txt (English news and blog stories 2014-2025 with embedded
third-party and interactive content in the body; invented sites, original text).

Usage: python3 bench/stress/embeds/gen/gen.py bench/stress/embeds   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline' opens a story, then 'CODE: value' lines, fields split
by ' || '.  Body codes (in the expected text): P a paragraph, H a subheading, LI a list item (consecutive LIs form
one list), Q the story's own block quote.  Every other code is an embed or a promo and never body: TWEET/XPOST/
OLDTWEET/AMPTWEET/STWEET (text || name || handle || date || pic or likes || reposts), INSTA/AMPINSTA (caption || name
|| handle), TIKTOK (caption || handle || sound), FB (text || page || date), REDDIT (title || sub || user), BSKY and
MASTO (text || name || handle || date), THREADS (handle), YT/YTF/YTS/AMPYT (video title), VIMEO (title || user),
DW/AMPDW (Datawrapper: title || description || notes || source || credit), FLOUR (Flourish: title || source),
POLL/TVPOLL/TABPOLL/POLLIN (question || options split by ';'), QUIZ (title || question || options), AUDIO (title ||
duration || show), LISTEN (duration), SPOT/SPOTPOD/BANDCAMP/SC (audio players), SCRIBD/DOCCLOUD/GDOC (documents),
MAP/OLDMAP (maps), STORIFY, GIST, EMBEDLY/BOOKMARK (link cards), GIPHY, PIN, READ/RELATED/READMORE (inline pointers),
NL/SUBW/POD/APP (newsletter, podcast and app promos).  Every story holds a body sentence that opens like furniture
('Share of …', 'Related to …', 'Photo by photo, …', 'Vote counts …', 'Listen to …', 'A post shared by …',
'Read more carefully …', 'Source of …', 'Watch parties …', 'Follow-up …', 'View from …', 'Credit for …')."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug, ymd, d_uk, d_long as d_us  # noqa: E402

OUT = sys.argv[1]
random.seed(20261208)
E = html.escape

SITES = {
    'wpnews': dict(name='Harbor Valley Sentinel', dom='hvsentinel.com', lang='en-US'),
    'arc': dict(name='The Midland Ledger', dom='midlandledger.com', lang='en-US'),
    'pubcast': dict(name='NBN News', dom='nbn-news.co.uk', lang='en-GB'),
    'grd': dict(name='The Daily Courant', dom='dailycourant.co.uk', lang='en-GB'),
    'vox': dict(name='Lattice', dom='lattice.news', lang='en'),
    'subst': dict(name='The Ridgeline Dispatch', dom='ridgelinedispatch.com', lang='en'),
    'medium': dict(name='Signal & Noise', dom='paperline.pub', lang='en'),
    'ghost': dict(name='Kernel Notes', dom='kernelnotes.dev', lang='en'),
    'amp': dict(name='Capital Post', dom='capitalpost.com', lang='en'),
    'tvlocal': dict(name='KTRV 9 News', dom='ktrv9.com', lang='en-US'),
    'tabloid': dict(name='The Daily Clarion', dom='dailyclarion.co.uk', lang='en-GB'),
    'techblog': dict(name='ByteRiver', dom='byteriver.net', lang='en-US'),
    'datajourn': dict(name='Open Ledger Project', dom='openledgerproject.org', lang='en-US'),
    'musicmag': dict(name='Feedback Loop', dom='feedbackloopmag.com', lang='en-GB'),
    'quizsite': dict(name='Homebody', dom='homebody.co', lang='en-GB'),
    'blogger': dict(name='Kettle Creek Notes', dom='kettlecreeknotes.blogspot.com', lang='en'),
    'podnews': dict(name='Meridian Public Radio', dom='meridianpublic.org', lang='en-US'),
}
BODY = ('P', 'H', 'LI', 'Q')


def rid(n=19):
    return ''.join(random.choice('0123456789') for _ in range(n))


def rcode(n=11):
    return ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') for _ in range(n))


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, by, sec, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, by=by, sec=sec, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), [f.strip() for f in val.strip().split('||')]))
    return stories


def hm(when):
    h, mi = int(when[11:13]), when[14:16]
    return '%d:%s %s' % ((h - 1) % 12 + 1, mi, 'a.m.' if h < 12 else 'p.m.')


def body_lines(st):
    return [v[0] for c, v in st['items'] if c in BODY]


def head(st, site, url, ld):
    first = next((v[0] for c, v in st['items'] if c == 'P'), st['title'])
    lds = ''
    if ld == 'news':
        lds = '<script type="application/ld+json">%s</script>\n' % json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": st['title'], "datePublished": st['when'] + ':00Z',
            "dateModified": st['when'] + ':00Z', "author": [{"@type": "Person", "name": st['by']}],
            "publisher": {"@type": "Organization", "name": site['name'], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % site['dom']}},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "image": ["https://%s/img/%s.jpg" % (site['dom'], rcode(8))]})
    elif ld == 'yoast':
        lds = '<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n' % json.dumps({
            "@context": "https://schema.org", "@graph": [
                {"@type": "Article", "@id": url + "#article", "headline": st['title'], "datePublished": st['when'] + ':00+00:00',
                 "author": {"name": st['by']}, "articleSection": [st['sec']], "inLanguage": site['lang']},
                {"@type": "WebPage", "@id": url, "url": url, "name": st['title'] + ' - ' + site['name']},
                {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"},
                                                                {"@type": "ListItem", "position": 2, "name": st['title']}]}]})
    elif ld == 'blog':
        lds = '<script type="application/ld+json">%s</script>\n' % json.dumps({
            "@context": "https://schema.org", "@type": "BlogPosting", "headline": st['title'], "datePublished": st['when'] + ':00Z',
            "author": {"@type": "Person", "name": st['by']}, "url": url})
    meta_date = ''
    if ld in ('news', None) and st['tpl'] not in ('blogger', 'medium'):
        meta_date = '<meta property="article:published_time" content="%s:00Z">\n' % st['when']
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:site_name" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n%s'
            '<link rel="stylesheet" href="/assets/css/app.%x.css">\n%s'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"%s","template":"%s"});</script>\n'
            '</head>\n') % (site['lang'], E(st['title']), E(site['name']), E(first[:150]), url, E(st['title']), E(site['name']),
                            meta_date, random.getrandbits(32), lds, E(st['sec']), st['tpl'])


def nav(site, items, cls='site-nav'):
    return ('<header class="site-header"><a class="site-logo" href="/">%s</a><nav class="%s" aria-label="Main"><ul>%s</ul></nav>'
            '<a class="account" href="/account">Sign in</a><a class="subscribe-btn" href="/subscribe">Subscribe</a></header>\n') % (
        E(site['name']), cls, ''.join('<li><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items.split(';')))


def footer(site, y):
    return ('<footer class="site-footer"><ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            '<li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/ethics">Ethics policy</a></li></ul>'
            '<p class="copyright">&copy; %d %s. All rights reserved.</p></footer>\n'
            '<script src="https://%s/assets/js/app.js" defer></script>\n</body>\n</html>\n') % (max(y, 2015), E(site['name']), site['dom'])


def share(tag='div', cls='share-bar'):
    return ('<%s class="%s"><span class="share-label">Share this story</span><a class="share-facebook" href="#">Facebook</a>'
            '<a class="share-x" href="#">X</a><a class="share-email" href="#">Email</a><button class="copy-link">Copy link</button></%s>\n') % (tag, cls, tag)


RELATED_POOL = ['Harbor County approves budget with few changes', 'Five things to do this weekend', 'Library extends summer hours',
                'Road work to close bridge lanes overnight', 'Obituaries: Week of the 14th', 'High school football: scores and highlights',
                'Opinion: The city needs a plan for its parks', 'New bakery opens in the old bank building',
                'How to prepare your home for winter storms', 'Police log: Thefts from cars rise near the station']


def related(title, n, cls='related'):
    items = random.sample(RELATED_POOL, n)
    return '<section class="%s"><h2>%s</h2><ul>%s</ul></section>\n' % (cls, E(title), ''.join(
        '<li><a href="/news/%s">%s</a></li>' % (slug(t), E(t)) for t in items))


def comments(n):
    return ('<section id="comments" class="comments"><h2>%d Comments</h2><p class="comment-policy">Comments are moderated. Please keep it civil.</p>'
            '<ol class="comment-list"><li><b>rivergull</b> <span>2 hours ago</span><p>Thanks for keeping us updated.</p></li>'
            '<li><b>M. Ortega</b> <span>1 hour ago</span><p>This has been a problem for years.</p></li></ol>'
            '<form class="comment-form"><textarea placeholder="Join the discussion"></textarea><button>Post comment</button></form></section>\n') % n


# ---------------------------------------------------------------- embeds

def tw_block(v, dom='twitter.com', old=False, amp=False, cls='twitter-tweet'):
    text, name, handle, date = v[0], v[1], v[2], v[3]
    pic = v[4] if len(v) > 4 and v[4].startswith('pic.') else ''
    status = rid()
    ptxt = E(text) + (' <a href="https://t.co/%s">%s</a>' % (rcode(10), E(pic)) if pic else '')
    if old:
        return ('<blockquote class="%s" lang="en"><p>%s</p>&mdash; %s (@%s) <a href="https://twitter.com/%s/statuses/%s">%s</a></blockquote>\n'
                '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>\n') % (cls, ptxt, E(name), handle, handle, status, date)
    attr = ' placeholder' if amp else ''
    return ('<blockquote class="%s"%s data-lang="en"><p lang="en" dir="ltr">%s</p>&mdash; %s (@%s) '
            '<a href="https://%s/%s/status/%s?ref_src=twsrc%%5Etfw">%s</a></blockquote>') % (
        cls, attr, ptxt, E(name), handle, dom, handle, status, date)


TWJS = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'


def insta(v, year):
    cap, name, handle = v[0], v[1], v[2]
    code = rcode(11)
    link = 'https://www.instagram.com/p/%s/?utm_source=ig_embed&amp;utm_campaign=loading' % code
    top = ('<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="%s" data-instgrm-version="%d" '
           'style=" background:#FFF; border:0; border-radius:3px; margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%%;">'
           '<div style="padding:16px;"> <a href="%s" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; '
           'text-decoration:none; width:100%%;" target="_blank"> <div style=" display: flex; flex-direction: row; align-items: center;">'
           '<div style="background-color: #F4F4F4; border-radius: 50%%; flex-grow: 0; height: 40px; margin-right: 14px; width: 40px;"></div></div>'
           '<div style="padding: 19%% 0;"></div> <div style="display:block; height:50px; margin:0 auto 12px; width:50px;">'
           '<svg width="50px" height="50px" viewBox="0 0 60 60" version="1.1" xmlns="http://www.w3.org/2000/svg"><g stroke="none" '
           'stroke-width="1" fill="none" fill-rule="evenodd"><path d="M556.869,30.41 C554.814,30.41"></path></g></svg></div>'
           '<div style="padding-top: 8px;"> <div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; '
           'font-weight:550; line-height:18px;">View this post on Instagram</div></div></a>') % (link, 14 if year >= 2020 else 12, link)
    if year >= 2020:
        mid = ('<p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; '
               'overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;"><a href="%s" style=" '
               'color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; '
               'text-decoration:none;" target="_blank">A post shared by %s (@%s)</a></p>') % (link, E(name), handle)
    else:
        mid = ('<p style=" margin:8px 0 0 0; padding:0 4px;"> <a href="%s" style=" color:#000; font-family:Arial,sans-serif; '
               'font-size:14px; font-style:normal; font-weight:normal; line-height:17px; text-decoration:none; word-wrap:break-word;" '
               'target="_blank">%s</a></p> <p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; '
               'margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; '
               'white-space:nowrap;">A post shared by <a href="https://www.instagram.com/%s/" style=" color:#c9c8cd; font-family:Arial,'
               'sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px;" target="_blank"> %s</a> (@%s) on '
               '<time style=" font-family:Arial,sans-serif; font-size:14px; line-height:17px;" datetime="%d-06-01T18:02:11+00:00">Jun 1, '
               '%d at 11:02am PDT</time></p>') % (link, E(cap), handle, E(name), handle, year, year)
    return top + mid + '</div></blockquote>\n<script async src="//www.instagram.com/embed.js"></script>\n'


def tiktok(v):
    cap, handle, sound = v
    vid = rid()
    return ('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@%s/video/%s" data-video-id="%s" style="max-width: 605px;'
            'min-width: 325px;" > <section> <a target="_blank" title="@%s" href="https://www.tiktok.com/@%s?refer=embed">@%s</a> %s '
            '<a target="_blank" title="&#9836; %s" href="https://www.tiktok.com/music/%s?refer=embed">&#9836; %s</a> </section> </blockquote> '
            '<script async src="https://www.tiktok.com/embed.js"></script>\n') % (handle, vid, vid, handle, handle, handle, E(cap), E(sound),
                                                                                 slug(sound), E(sound))


def fbpost(v):
    text, page, date = v
    ps = slug(page).replace('-', '')
    link = 'https://www.facebook.com/%s/posts/%s' % (ps, rid(16))
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&amp;version=v3.2">'
            '</script>\n<div class="fb-post" data-href="%s" data-width="500" data-show-text="true"><blockquote cite="%s" '
            'class="fb-xfbml-parse-ignore"><p>%s</p>Posted by <a href="https://www.facebook.com/%s/">%s</a> on&nbsp;<a href="%s">%s</a>'
            '</blockquote></div>\n') % (link, link, E(text), ps, E(page), link, date)


def reddit(v, year):
    title, sub, user = v
    post = rcode(6).lower()
    if year < 2020:
        return ('<blockquote class="reddit-card" data-card-created="%d"><a href="https://www.reddit.com/%s/comments/%s/%s/">%s</a> from '
                '<a href="http://www.reddit.com/%s">%s</a></blockquote>\n<script async src="//embed.redditmedia.com/widgets/platform.js" '
                'charset="UTF-8"></script>\n') % (random.randint(1400000000, 1500000000), sub, post, slug(title), E(title), sub, sub)
    return ('<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.com/%s/comments/%s/%s/">%s</a><br> by'
            '<a href="https://www.reddit.com/user/%s/">u/%s</a> in<a href="https://www.reddit.com/%s/">%s</a></blockquote>'
            '<script async src="https://embed.reddit.com/widgets.js" charset="UTF-8"></script>\n') % (sub, post, slug(title), E(title), user, user, sub, sub[2:])


def bsky(v):
    text, name, handle, date = v
    did = 'did:plc:' + rcode(24).lower().replace('_', 'a').replace('-', 'b')
    post = rcode(13).lower()
    return ('<blockquote class="bluesky-embed" data-bluesky-uri="at://%s/app.bsky.feed.post/%s" data-bluesky-cid="bafyrei%s" '
            'data-bluesky-embed-color-mode="system"><p lang="en">%s</p>&mdash; %s (<a href="https://bsky.app/profile/%s?ref_src=embed">@%s</a>) '
            '<a href="https://bsky.app/profile/%s/post/%s?ref_src=embed">%s at 4:01 PM</a></blockquote>'
            '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>\n') % (
        did, post, rcode(20).lower(), E(text), E(name), did, handle, did, post, date)


def masto(v):
    text, name, handle, date = v
    url = 'https://%s/@%s/%s' % (handle.split('@')[1], handle.split('@')[0], rid(18))
    return ('<blockquote class="mastodon-embed" data-embed-url="%s/embed" style="background: #FCF8FF; border-radius: 8px; border: 1px solid '
            '#C9C4DA; margin: 0; max-width: 540px; min-width: 270px; overflow: hidden; padding: 0;"> <a href="%s" target="_blank" '
            'style="align-items: center; color: #1C1A25; display: flex; flex-direction: column; font-family: system-ui, sans-serif; '
            'font-size: 14px; justify-content: center; letter-spacing: 0.25px; line-height: 20px; padding: 24px; text-decoration: none;">'
            ' <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 79 75"><path d="M74.7135 16.6043C73.6199" fill="currentColor"/></svg>'
            ' <div style="color: #787588; margin-top: 16px;">Post by @%s</div> <div style="font-weight: 500;">View on Mastodon</div> </a> '
            '</blockquote> <script data-allowed-prefixes="https://%s/" async src="https://%s/embed.js"></script>\n') % (
        url, url, E(handle), handle.split('@')[1], handle.split('@')[1])


def threads(v):
    handle = v[0]
    pid = rcode(11)
    return ('<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@%s/post/%s" data-text-post-version="0" '
            'id="ig-tp-%s" style=" background:#FFF; border-width: 1px; border-style: solid; border-color: #00000026; border-radius: 16px; '
            'max-width:540px; margin: 1px; min-width:270px; padding:0; width:99.375%%;"> <a href="https://www.threads.net/@%s/post/%s" '
            'style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%%; font-family: '
            '-apple-system, BlinkMacSystemFont, sans-serif;" target="_blank"> <div style=" padding: 40px; display: flex; flex-direction: column; '
            'align-items: center;"><div style=" display:block; height:32px; width:32px; padding-bottom:20px;"> <svg aria-label="Threads" '
            'height="32px" role="img" viewBox="0 0 192 192" width="32px" xmlns="http://www.w3.org/2000/svg"> <path d="M141.537 88.9883C140.71"></path> '
            '</svg></div> <div style=" font-size: 15px; line-height: 21px; color: #999999; font-weight: 400; padding-bottom: 4px; "> Post by @%s</div>'
            ' <div style=" font-size: 15px; line-height: 21px; color: #000000; font-weight: 600; "> View on Threads</div></div></a></blockquote>\n'
            '<script async src="https://www.threads.net/embed.js"></script>\n') % (handle, pid, pid, handle, pid, handle)


def yt_iframe(title, extra=''):
    vid = rcode(11)
    return ('<iframe width="560" height="315" src="https://www.youtube.com/embed/%s" title="%s" frameborder="0" allow="accelerometer; autoplay; '
            'clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
            'allowfullscreen>%s</iframe>') % (vid, E(title), extra)


def vimeo(v):
    title, user = v
    vid = random.randint(100000000, 999999999)
    return ('<iframe src="https://player.vimeo.com/video/%d" width="640" height="360" frameborder="0" allow="autoplay; fullscreen" '
            'allowfullscreen></iframe>\n<p><a href="https://vimeo.com/%d">%s</a> from <a href="https://vimeo.com/%s">%s</a> on '
            '<a href="https://vimeo.com">Vimeo</a>.</p>\n') % (vid, vid, E(title), slug(user), E(user))


def dw_iframe(title, kind='Chart'):
    cid = rcode(5)
    return ('<iframe title="%s" aria-label="%s" id="datawrapper-chart-%s" src="https://datawrapper.dwcdn.net/%s/1/" scrolling="no" '
            'frameborder="0" style="width: 0; min-width: 100%% !important; border: none;" height="420" data-external="1"></iframe>'
            '<script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data'
            '["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)'
            'if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>') % (
        E(title), kind, cid, cid)


def flourish(title):
    vid = random.randint(1000000, 9999999)
    return ('<div class="flourish-embed flourish-chart" data-src="visualisation/%d"><script src="https://public.flourish.studio/resources/embed.js">'
            '</script><noscript><img src="https://public.flourish.studio/visualisation/%d/thumbnail" width="100%%" alt="chart visualization" />'
            '</noscript></div>') % (vid, vid)


def scribd(v):
    title, user = v
    did = random.randint(10**8, 10**9)
    return ('<p style="margin: 12px auto 6px auto; font-family: Helvetica,Arial,Sans-serif; font-style: normal; font-variant: normal; '
            'font-weight: normal; font-size: 14px; line-height: normal; font-size-adjust: none; font-stretch: normal; -x-system-font: none; '
            'display: block;"><a title="View %s on Scribd" href="https://www.scribd.com/document/%d/%s" style="text-decoration: underline;">%s</a> '
            'by <a title="View %s\'s profile on Scribd" href="https://www.scribd.com/user/%d/%s" style="text-decoration: underline;">%s</a> '
            'on Scribd</p><iframe class="scribd_iframe_embed" title="%s" src="https://www.scribd.com/embeds/%d/content?start_page=1&amp;'
            'view_mode=scroll&amp;access_key=key-%s" data-auto-height="false" data-aspect-ratio="0.7729220222793488" scrolling="no" '
            'width="100%%" height="600" frameborder="0"></iframe>\n') % (
        E(title), did, slug(title), E(title), E(user), did // 7, slug(user), E(user), E(title), did, rcode(20))


def doccloud(v):
    title, user, org = v
    did = random.randint(10**6, 10**7)
    base = 'https://www.documentcloud.org/documents/%d-%s' % (did, slug(title))
    return ('<div class="DC-embed DC-embed-document DV-container"><div style="font-size:10pt; line-height:14pt;">Page 1 of <a class="DC-embed-resource" '
            'href="%s" title="View entire %s on DocumentCloud in new window or tab" target="_blank">%s</a></div><img src="https://assets.'
            'documentcloud.org/documents/%d/pages/p1-normal.gif" srcset="x 700w" alt="Page 1 of %s" style="max-width:100%%;height:auto;'
            'margin:0.5em 0;border:1px solid #ccc;-webkit-box-sizing:border-box;box-sizing:border-box;clear:both"><div style="font-size:8pt;'
            'line-height:12pt;text-align:center">Contributed to <a href="https://www.documentcloud.org/" title="Go to DocumentCloud in new '
            'window or tab" target="_blank" style="font-weight:700;font-family:Gotham,inherit,sans-serif;color:inherit;text-decoration:none">'
            'DocumentCloud</a> by <a href="https://www.documentcloud.org/public/search/Account:%d" title="View documents contributed to '
            'DocumentCloud by %s in new window or tab" target="_blank">%s</a> of <a href="https://www.documentcloud.org/public/search/'
            'Group:%s" title="View documents contributed to DocumentCloud by %s in new window or tab" target="_blank">%s</a> &bull; <a href="%s" '
            'title="View entire %s in new window or tab" target="_blank">View document</a> or <a href="%s/pages/1" title="Read the text of '
            'page 1 of %s in new window or tab" target="_blank">read text</a></div></div>\n') % (
        base, E(title), E(title), did, E(title), did // 3, E(user), E(user), slug(org), E(org), E(org), base, E(title), base, E(title))


def poll_options(opts, fmt):
    return ''.join(fmt % E(o) for o in opts.split(';'))


def render_embed(c, v, tpl, year, n):
    """HTML of one embed/promo item (never body)."""
    if c in ('TWEET', 'XPOST'):
        dom = 'x.com' if c == 'XPOST' else 'twitter.com'
        b = tw_block(v, dom)
        if tpl == 'wpnews':
            return ('<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n'
                    '%s %s\n</div></figure>\n') % (b, TWJS)
        if tpl == 'arc':
            return '<div class="embed-social embed-twitter" data-oembed-type="twitter">%s%s</div>\n' % (b, TWJS)
        if tpl == 'pubcast':
            pv = 'X' if c == 'XPOST' else 'Twitter'
            return ('<div class="social-embed" data-provider="%s"><a class="skip-link" href="#end-of-%s-content-%d">Skip %s post by %s</a>'
                    '<div class="consent-banner"><h4 class="consent-title">Allow %s content?</h4><p>This article contains content provided by %s. '
                    'We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to '
                    'read %s&rsquo;s cookie policy and privacy policy before accepting. To view this content choose &lsquo;accept and continue&rsquo;.'
                    '</p><button>Accept and continue</button></div><div class="embed-fallback">%s</div><p class="embed-warning">Warning: Third party '
                    'content may contain adverts</p><div id="end-of-%s-content-%d" class="end-marker"><p>End of %s post by %s</p></div></div>\n') % (
                pv.lower(), pv.lower(), n, pv, E(v[1]), pv, pv, pv, b, pv.lower(), n, pv, E(v[1]))
        if tpl == 'grd':
            return '<figure class="element element-tweet" data-canonical-url="https://twitter.com/%s/status/%s">%s</figure>\n' % (v[2], rid(), b)
        if tpl == 'vox':
            return '<div class="c-embed"><div class="c-embed__social">%s</div>%s</div>\n' % (b, TWJS)
        if tpl == 'tabloid':
            return '<div class="article-body__embed article-body__embed--twitter">%s%s</div>\n' % (b, TWJS)
        if tpl == 'tvlocal':
            return '<div class="embed-container">%s%s</div>\n' % (b, TWJS)
        if tpl == 'techblog':
            # script stripped by the CMS: the bare blockquote without its class
            return b.replace(' class="twitter-tweet"', '') + '\n'
        return b + TWJS + '\n'
    if c == 'OLDTWEET':
        return tw_block(v, old=True)
    if c == 'AMPTWEET':
        return '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="%s">%s</amp-twitter>\n' % (rid(), tw_block(v, amp=True))
    if c == 'STWEET':
        text, name, handle, date, likes, rts = v
        link = 'https://twitter.com/%s/status/%s' % (handle, rid())
        return ('<div class="tweet" data-attrs="{&quot;url&quot;:&quot;%s&quot;,&quot;username&quot;:&quot;%s&quot;}"><a class="tweet-link-top" '
                'href="%s" target="_blank"><div class="tweet-header"><img class="tweet-header-avatar" src="https://substackcdn.example/image/twitter_name/'
                'w_96/%s.jpg" alt="Twitter avatar for @%s" loading="lazy"><div class="tweet-header-text"><span class="tweet-author-name">%s </span>'
                '<span class="tweet-author-handle">@%s</span></div></div><div class="tweet-text">%s</div></a><a class="tweet-link-bottom" href="%s" '
                'target="_blank"><div class="tweet-footer"><p class="tweet-date">9:14 PM &#8729; %s</p><hr><div class="tweet-ufi"><a class='
                '"tweet-ufi-button" href="%s"><span>%s</span>Likes</a><a class="tweet-ufi-button" href="%s"><span>%s</span>Retweets</a></div></div>'
                '</a></div>\n') % (link, handle, link, handle, handle, E(name), handle, E(text), link, date, link, likes, link, rts)
    if c == 'INSTA':
        b = insta(v, year)
        if tpl == 'wpnews':
            return '<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\n%s</div></figure>\n' % b
        if tpl == 'tabloid':
            return '<div class="article-body__embed article-body__embed--instagram">%s</div>\n' % b
        if tpl == 'pubcast':
            return ('<div class="social-embed" data-provider="instagram"><a class="skip-link" href="#end-of-instagram-content-%d">Skip Instagram post by '
                    '%s</a><div class="consent-banner"><h4 class="consent-title">Allow Instagram content?</h4><p>This article contains content provided by '
                    'Instagram. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.</p>'
                    '<button>Accept and continue</button></div><div class="embed-fallback">%s</div><div id="end-of-instagram-content-%d" class="end-marker">'
                    '<p>End of Instagram post by %s</p></div></div>\n') % (n, E(v[1]), b, n, E(v[1]))
        return b
    if c == 'AMPINSTA':
        return ('<amp-instagram data-shortcode="%s" data-captioned width="400" height="400" layout="responsive"><div fallback>'
                '<a href="https://www.instagram.com/p/%s/">View this post on Instagram</a></div></amp-instagram>\n') % (rcode(), rcode())
    if c == 'TIKTOK':
        b = tiktok(v)
        if tpl == 'pubcast':
            return ('<div class="social-embed" data-provider="tiktok"><a class="skip-link" href="#end-of-tiktok-content-%d">Skip TikTok post by %s</a>'
                    '<div class="consent-banner"><h4 class="consent-title">Allow TikTok content?</h4><p>This article contains content provided by TikTok. '
                    'We ask for your permission before anything is loaded.</p><button>Accept and continue</button></div>%s<div id="end-of-tiktok-'
                    'content-%d" class="end-marker"><p>End of TikTok post by %s</p></div></div>\n') % (n, E(v[1]), b, n, E(v[1]))
        if tpl == 'tabloid':
            return '<div class="article-body__embed article-body__embed--tiktok">%s</div>\n' % b
        return b
    if c == 'FB':
        return fbpost(v)
    if c == 'REDDIT':
        b = reddit(v, year)
        if tpl == 'ghost':
            return '<figure class="kg-card kg-embed-card">%s</figure>\n' % b
        return b
    if c == 'BSKY':
        return '<div class="c-embed">%s</div>\n' % bsky(v)
    if c == 'MASTO':
        return '<figure class="kg-card kg-embed-card">%s</figure>\n' % masto(v)
    if c == 'THREADS':
        return threads(v)
    if c == 'YT':
        t = v[0]
        if tpl == 'wpnews':
            return ('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
                    '<div class="wp-block-embed__wrapper">\n%s\n</div><figcaption class="wp-element-caption">%s</figcaption></figure>\n') % (yt_iframe(t), E(t))
        if tpl == 'arc':
            return ('<div class="video-embed"><div class="video-embed__label">VIDEO</div><h3 class="video-embed__title">%s</h3>%s'
                    '<p class="video-embed__credit">Video: Midland Ledger</p></div>\n') % (E(t), yt_iframe(t))
        return yt_iframe(t) + '\n'
    if c == 'YTF':
        vid = rcode(11)
        return ('<div class="video-container"><iframe src="https://www.youtube-nocookie.com/embed/%s" title="%s" width="640" height="360" '
                'allowfullscreen><p>Your browser does not support iframes. <a href="https://www.youtube.com/watch?v=%s">Watch &ldquo;%s&rdquo; on '
                'YouTube</a>.</p></iframe><noscript><p>Video: <a href="https://www.youtube.com/watch?v=%s">%s</a></p></noscript></div>\n') % (
            vid, E(v[0]), vid, E(v[0]), vid, E(v[0]))
    if c == 'YTS':
        vid = rcode(11)
        return ('<div id="youtube2-%s" class="youtube-wrap" data-attrs="{&quot;videoId&quot;:&quot;%s&quot;}" data-component-name="Youtube2ToDOM">'
                '<div class="youtube-inner"><iframe src="https://www.youtube-nocookie.com/embed/%s?rel=0&amp;autoplay=0" frameborder="0" '
                'loading="lazy" gesture="media" allow="autoplay; fullscreen" allowautoplay="true" allowfullscreen="true" width="728" height="409">'
                '</iframe></div></div>\n') % (vid, vid, vid)
    if c == 'AMPYT':
        return ('<amp-youtube data-videoid="%s" layout="responsive" width="480" height="270"><div placeholder class="amp-yt-ph">'
                '<span class="amp-yt-ph__label">Video: %s</span></div></amp-youtube>\n') % (rcode(), E(v[0]))
    if c == 'VIMEO':
        b = vimeo(v)
        if tpl == 'medium':
            return '<figure class="graf graf--iframe">%s</figure>\n' % b
        return b
    if c == 'DW':
        title, desc, notes, src, credit = v
        if tpl == 'vox':
            return ('<div class="c-embed c-embed--datawrapper"><h4 class="c-chart__title">%s</h4><p class="c-chart__dek">%s</p>%s'
                    '<p class="c-chart__notes">%s</p><p class="c-chart__source">%s &middot; %s</p></div>\n') % (
                E(title), E(desc), dw_iframe(title, 'Line chart'), E(notes), E(src), E(credit))
        if tpl == 'arc':
            return ('<figure class="dw-chart">%s<figcaption class="dw-chart__caption"><strong>%s</strong> %s <span class="dw-chart__credit">%s | %s'
                    '</span></figcaption></figure>\n') % (dw_iframe(title, 'Map'), E(title), E(desc), E(src), E(credit))
        # datajourn (Drupal paragraphs): title, description and notes as plain fields around the iframe
        return ('<div class="paragraph paragraph--type--datawrapper"><div class="field field--name-field-chart-title"><h3>%s</h3></div>'
                '<div class="field field--name-field-chart-description"><p>%s</p></div><div class="dw-wrap">%s</div>'
                '<div class="field field--name-field-chart-notes"><p>%s</p><p>%s</p><p>%s</p></div></div>\n') % (
            E(title), E(desc), dw_iframe(title, 'Column chart'), E(notes), E(src), E(credit))
    if c == 'AMPDW':
        title, desc, notes, src = v
        return ('<figure class="chart"><amp-iframe title="%s" src="https://datawrapper.dwcdn.net/%s/2/" width="600" height="420" layout="responsive" '
                'sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0"><div overflow tabindex="0" role="button" '
                'aria-label="Show more">Show full chart</div><div placeholder>Loading chart&hellip;</div></amp-iframe><figcaption>%s. %s %s</figcaption>'
                '</figure>\n') % (E(title), rcode(5), E(desc), E(notes), E(src))
    if c == 'FLOUR':
        title, src = v
        if tpl == 'grd':
            return ('<figure class="element element-interactive interactive" data-interactive="flourish">%s<figcaption class="caption">%s. %s'
                    '</figcaption></figure>\n') % (flourish(title), E(title), E(src))
        if tpl == 'vox':
            return ('<div class="c-embed c-embed--flourish"><p class="c-chart__hed"><strong>%s</strong></p>%s<p class="c-chart__source">%s</p></div>\n') % (
                E(title), flourish(title), E(src))
        return ('<div class="flourish-wrap"><h4>%s</h4>%s<div class="flourish-credit"><a href="https://flourish.studio/visualisation/%d/" '
                'target="_top"><img alt="Made with Flourish" src="https://public.flourish.studio/resources/made_with_flourish.svg"></a></div>'
                '<p class="source">%s</p></div>\n') % (E(title), flourish(title), random.randint(10**6, 10**7), E(src))
    if c == 'POLL':
        q, opts = v
        return ('<div class="wp-block-crowdsignal-forms-poll"><div class="crowdsignal-forms-poll"><h3 class="crowdsignal-forms-poll__question">%s</h3>'
                '<div class="crowdsignal-forms-poll__options">%s</div><button class="crowdsignal-forms-poll__submit-button">Vote</button>'
                '<a class="crowdsignal-forms-poll__results-link" href="#">See results</a><div class="crowdsignal-forms-poll__footer">'
                '<a href="https://crowdsignal.com">Create your own poll with Crowdsignal</a></div></div></div>\n') % (
            E(q), poll_options(opts, '<div class="crowdsignal-forms-poll__option"><label><input type="radio" name="poll"> <span>%s</span></label></div>'))
    if c == 'TVPOLL':
        q, opts = v
        return ('<div class="poll-widget" data-poll-id="%s"><p class="poll-question">%s</p><ul class="poll-answers">%s</ul>'
                '<p class="poll-meta"><a href="#">View Results</a> &middot; %d votes</p></div>\n') % (
            rid(6), E(q), poll_options(opts, '<li><button class="poll-answer">%s</button></li>'), random.randint(200, 3000))
    if c == 'TABPOLL':
        q, opts = v
        return ('<div class="poll"><div class="poll__header">POLL</div><p class="poll__question">%s</p><form class="poll__form">%s'
                '<button type="submit" class="poll__vote">Vote</button></form><p class="poll__results"><a href="#">See results</a></p></div>\n') % (
            E(q), poll_options(opts, '<label class="poll__option"><input type="radio" name="p"> %s</label>'))
    if c == 'POLLIN':
        q, opts = v
        return ('<div class="embed-poll"><p><strong>%s</strong></p>%s<p><a class="btn btn-vote" href="#">Vote</a> '
                '<a class="poll-results" href="#">See results</a></p></div>\n') % (E(q), poll_options(opts, '<p class="poll-option">%s</p>'))
    if c == 'QUIZ':
        title, q, opts = v
        if tpl == 'quizsite':
            return ('<div class="playbuzz" data-id="%s"><h3 class="pb-title">%s</h3><div class="pb-question"><p>%s</p>%s</div>'
                    '<div class="pb-footer">Powered by Playbuzz</div></div>\n') % (rcode(), E(title), E(q), poll_options(opts, '<div class="pb-answer">%s</div>'))
        return ('<div class="c-embed c-quiz"><p class="c-quiz__kicker">Quiz</p><h3 class="c-quiz__title">%s</h3><p class="c-quiz__count">Question 1 of 4</p>'
                '<p class="c-quiz__question">%s</p><ul class="c-quiz__options">%s</ul><button class="c-quiz__start">Start quiz</button></div>\n') % (
            E(title), E(q), poll_options(opts, '<li><button>%s</button></li>'))
    if c == 'AUDIO':
        title, dur, show = v
        if tpl == 'pubcast':
            return ('<figure class="media-player media-player--audio"><button class="media-player__play">Play</button><div class="media-player__title">%s'
                    '</div><span class="media-player__duration">Duration: %s</span><figcaption class="media-caption"><span class="visually-hidden">Media '
                    'caption, </span>%s</figcaption><audio src="https://media.%s/audio/%s.mp3" preload="none"></audio></figure>\n') % (
                E(title), dur, E(show), 'nbn-news.co.uk', rcode(8))
        return ('<div class="audio-embed"><p class="audio-embed__kicker">%s</p><p class="audio-embed__title">%s</p><audio controls preload="none" '
                'src="https://media.meridianpublic.org/%s.mp3"></audio><span class="audio-embed__duration">%s</span> <a class="audio-embed__download" '
                'href="#">Download</a></div>\n') % (E(show), E(title), rcode(8), dur)
    if c == 'LISTEN':
        return ('<div class="listen-bar"><button class="listen-bar__play" aria-label="Listen to this story">Listen to this story</button>'
                ' <span class="listen-bar__time">&middot; %s</span></div>\n') % v[0]
    if c == 'SPOT':
        return ('<iframe style="border-radius:12px" src="https://open.spotify.com/embed/track/%s?utm_source=generator" width="100%%" height="152" '
                'frameBorder="0" allowfullscreen="" allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture" loading="lazy" '
                'title="%s"></iframe>\n') % (rcode(22), E(v[0]))
    if c == 'SPOTPOD':
        return ('<div class="embed embed--podcast"><p class="embed__label">Listen: %s</p><iframe src="https://open.spotify.com/embed/episode/%s" '
                'width="100%%" height="232" frameBorder="0" allow="encrypted-media" title="%s"></iframe></div>\n') % (E(v[0]), rcode(22), E(v[0]))
    if c == 'BANDCAMP':
        return ('<iframe style="border: 0; width: 100%%; height: 120px;" src="https://bandcamp.com/EmbeddedPlayer/album=%d/size=large/bgcol=ffffff/'
                'linkcol=0687f5/tracklist=false/artwork=small/transparent=true/" seamless><a href="https://staticbloom.bandcamp.com/album/%s">%s</a>'
                '</iframe>\n') % (random.randint(10**9, 4 * 10**9), slug(v[0]), E(v[0]))
    if c == 'SC':
        artist, track = v
        return ('<iframe width="100%%" height="166" scrolling="no" frameborder="no" allow="autoplay" src="https://w.soundcloud.com/player/?url=https%%3A'
                '//api.soundcloud.com/tracks/%d&amp;color=%%23ff5500&amp;auto_play=false&amp;hide_related=false&amp;show_comments=true"></iframe>'
                '<div style="font-size: 10px; color: #cccccc;line-break: anywhere;word-break: normal;overflow: hidden;white-space: nowrap;text-overflow: '
                'ellipsis; font-family: Interstate,Lucida Grande,Lucida Sans Unicode,Lucida Sans,Garuda,Verdana,Tahoma,sans-serif;font-weight: 100;">'
                '<a href="https://soundcloud.com/%s" title="%s" target="_blank" style="color: #cccccc; text-decoration: none;">%s</a> &middot; '
                '<a href="https://soundcloud.com/%s/%s" title="%s" target="_blank" style="color: #cccccc; text-decoration: none;">%s</a></div>\n') % (
            random.randint(10**8, 10**9), slug(artist), E(artist), E(artist), slug(artist), slug(track), E(track), E(track))
    if c == 'SCRIBD':
        return scribd(v)
    if c == 'DOCCLOUD':
        return doccloud(v)
    if c == 'GDOC':
        return ('<figure class="doc-embed"><iframe src="https://docs.google.com/document/d/e/2PACX-%s/pub?embedded=true" title="%s" width="100%%" '
                'height="600"></iframe><figcaption class="doc-embed__caption"><a href="https://docs.google.com/document/d/e/2PACX-%s/pub">Open in a new '
                'tab: %s</a></figcaption></figure>\n') % (rcode(30), E(v[0]), rcode(30), E(v[0]))
    if c == 'MAP':
        if tpl == 'arc':
            return ('<div class="map-embed"><iframe src="https://www.google.com/maps/d/embed?mid=%s" width="640" height="480" title="%s"></iframe>'
                    '<p class="map-embed__caption">%s</p><p class="map-embed__credit">Map: Midland Ledger | Source: Midland Transit Authority</p></div>\n') % (
                rcode(28), E(v[0]), E(v[0]))
        return ('<div class="map-wrap"><h4 class="map-title">%s</h4><div id="map-%s" class="leaflet-container"><div class="leaflet-pane leaflet-tile-pane">'
                '<img class="leaflet-tile leaflet-tile-loaded" src="https://tile.openstreetmap.org/11/602/769.png" alt="">'
                '<img class="leaflet-tile leaflet-tile-loaded" src="https://tile.openstreetmap.org/11/603/769.png" alt=""></div>'
                '<div class="leaflet-control-zoom">'
                '<a class="leaflet-control-zoom-in" href="#" title="Zoom in">+</a><a class="leaflet-control-zoom-out" href="#" title="Zoom out">&minus;</a>'
                '</div><div class="leaflet-control-attribution"><a href="https://leafletjs.com">Leaflet</a> | &copy; <a href="https://www.openstreetmap.org/'
                'copyright">OpenStreetMap</a> contributors</div></div><p class="map-note">Click a ZIP code to see its filings.</p></div>\n') % (E(v[0]), rcode(6))
    if c == 'OLDMAP':
        q = E(v[0]).replace(' ', '+')
        return ('<iframe width="425" height="350" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" src="https://maps.google.com/maps?'
                'q=%s&amp;ie=UTF8&amp;z=14&amp;output=embed"></iframe><br /><small><a href="https://maps.google.com/maps?q=%s&amp;ie=UTF8&amp;z=14&amp;'
                'source=embed" style="color:#0000FF;text-align:left">View Larger Map</a></small>\n') % (q, q)
    if c == 'STORIFY':
        title, user = v
        return ('<script type="text/javascript" src="//storify.com/%s/%s.js?border=false"></script><noscript>[<a href="//storify.com/%s/%s" '
                'target="_blank">View the story &quot;%s&quot; on Storify</a>]</noscript>\n') % (user, slug(title), user, slug(title), E(title))
    if c == 'GIST':
        return ('<figure class="graf graf--iframe"><iframe src="https://paperline.pub/media/%s" width="700" height="250" frameborder="0" scrolling="no">'
                '</iframe><figcaption class="imageCaption">%s</figcaption></figure>\n') % (rcode(32).lower(), E(v[0]))
    if c == 'EMBEDLY':
        title, desc, dom = v
        return ('<div class="graf graf--mixtapeEmbed"><a href="https://%s/%d" data-href="https://%s/%d" class="markup--anchor markup--mixtapeEmbed-anchor" '
                'title="https://%s/%d"><strong class="markup--strong markup--mixtapeEmbed-strong">%s</strong><br><em class="markup--em '
                'markup--mixtapeEmbed-em">%s</em>%s</a><a href="https://%s/%d" class="js-mixtapeImage mixtapeImage" data-media-id="%s"></a></div>\n') % (
            dom, 1, dom, 1, dom, 1, E(title), E(desc), dom, dom, 1, rcode(32).lower())
    if c == 'BOOKMARK':
        title, desc, pub = v
        return ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://handbook.example/%s"><div class="kg-bookmark-content">'
                '<div class="kg-bookmark-title">%s</div><div class="kg-bookmark-description">%s</div><div class="kg-bookmark-metadata"><img class='
                '"kg-bookmark-icon" src="https://handbook.example/favicon.png" alt=""><span class="kg-bookmark-author">%s</span></div></div>'
                '<div class="kg-bookmark-thumbnail"><img src="https://handbook.example/og.png" alt=""></div></a></figure>\n') % (slug(title), E(title), E(desc), E(pub))
    if c == 'GIPHY':
        g = rcode(16)
        return ('<iframe src="https://giphy.com/embed/%s" width="480" height="270" frameBorder="0" class="giphy-embed" allowFullScreen></iframe>'
                '<p><a href="https://giphy.com/gifs/%s">via GIPHY</a></p>\n') % (g, g)
    if c == 'PIN':
        return ('<div class="pin-embed"><a data-pin-do="embedPin" data-pin-width="medium" href="https://www.pinterest.com/pin/%s/">%s</a></div>'
                '<script async defer src="//assets.pinterest.com/js/pinit.js"></script>\n') % (rid(17), E(v[0]))
    if c == 'READ':
        h = v[0]
        if tpl == 'grd':
            return ('<aside class="element element-rich-link element--thumbnail"><div class="rich-link"><div class="rich-link__container">'
                    '<a class="rich-link__link" href="/environment/%s"><div class="rich-link__header"><span class="rich-link__read-more-text">Read more'
                    '</span><h2 class="rich-link__title">%s</h2></div></a></div></div></aside>\n') % (slug(h), E(h))
        if tpl == 'arc':
            return '<div class="interstitial-link"><span class="interstitial-link__label">Read more:</span> <a href="/news/%s">%s</a></div>\n' % (slug(h), E(h))
        return '<p><strong>Read more:</strong> <a href="/news/%s/">%s</a></p>\n' % (slug(h), E(h))
    if c == 'RELATED':
        return '<p><strong>RELATED:</strong> <a href="/news/%s">%s</a></p>\n' % (slug(v[0]), E(v[0]))
    if c == 'READMORE':
        return '<div class="read-more-links"><h3>READ MORE</h3><ul>%s</ul></div>\n' % ''.join(
            '<li><a href="/news/%s">%s</a></li>' % (slug(h), E(h)) for h in v[0].split(';'))
    if c == 'NL':
        if tpl == 'vox':
            return ('<div class="c-newsletter_signup_box"><p class="c-newsletter_signup_box__desc">%s</p><form><input type="email" placeholder='
                    '"Email (required)"><button>Sign Up</button></form><p class="c-newsletter_signup_box__disclaimer">By submitting your email, you '
                    'agree to our Terms and Privacy Notice. You can opt out at any time.</p></div>\n') % E(v[0])
        return ('<div class="newsletter-signup-inline"><p class="nl-title">Sentinel Weather Desk</p><p>%s</p><form><input type="email" '
                'placeholder="Email address"><button>Sign up</button></form></div>\n') % E(v[0])
    if c == 'SUBW':
        return ('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">%s</p>'
                '</div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email'
                '&hellip;" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>\n') % E(v[0])
    if c == 'POD':
        if tpl == 'vox':
            return ('<div class="c-podcast-promo"><p>%s</p><a href="#">Apple Podcasts</a> <a href="#">Spotify</a></div>\n') % E(v[0])
        return '<p class="podcast-promo"><em>%s</em></p>\n' % E(v[0])
    if c == 'APP':
        return '<p class="app-promo"><a href="/apps"><strong>%s</strong></a></p>\n' % E(v[0])
    if c in ('CXPOST', 'CINSTA'):
        # a consent plugin (Borlabs-like) holds the embed back until the reader accepts
        prov = 'X' if c == 'CXPOST' else 'Instagram'
        inner = tw_block(v, 'x.com') + TWJS if c == 'CXPOST' else insta(v, year)
        return ('<div class="brlbs-cmpnt-container brlbs-cmpnt-content-blocker" data-borlabs-cookie-content-blocker-id="%s">'
                '<div class="brlbs-cmpnt-cb-preset-b"><div class="brlbs-cmpnt-cb-thumbnail"></div><div class="brlbs-cmpnt-cb-main">'
                '<p class="brlbs-cmpnt-cb-description">You are currently viewing a placeholder content from %s. To access the actual content, '
                'click the button below. Please note that doing so will share data with third-party providers.</p><a class="brlbs-cmpnt-cb-provider-'
                'toggle" href="#" role="button">More Information</a><div class="brlbs-cmpnt-cb-buttons"><a class="brlbs-cmpnt-cb-btn" href="#" '
                'role="button">Unblock content</a><a class="brlbs-cmpnt-cb-btn" href="#" role="button">Accept required service and unblock content'
                '</a></div></div></div><template>%s</template><noscript>%s</noscript></div>\n') % (prov.lower(), prov, E(inner), inner)
    if c == 'YTCONSENT':
        vid = rcode(11)
        return ('<div class="cmplz-placeholder-parent"><div class="video-embed"><iframe data-placeholder-image="https://img.midlandledger.com/yt/%s.jpg" '
                'data-category="marketing" data-service="youtube" class="cmplz-placeholder-element cmplz-iframe cmplz-iframe-styles cmplz-video" '
                'data-cmplz-target="src" data-src-cmplz="https://www.youtube.com/embed/%s" src="about:blank" title="%s" width="640" height="360">'
                '</iframe><div class="cmplz-blocked-content-notice"><p class="cmplz-blocked-content-notice-body">Click to accept marketing cookies '
                'and enable this content</p><button class="cmplz-accept-service">Accept</button><a class="cmplz-manage-consent" href="#">Manage '
                'consent</a></div></div></div>\n') % (vid, vid, E(v[0]))
    if c == 'DWFLOW':
        # the chart's title and source written as the post's own paragraphs around the iframe (a block editor's flow)
        title, src = v
        return '<p><strong>%s</strong></p>\n%s\n<p><em>%s</em></p>\n' % (E(title), dw_iframe(title, 'Bar chart'), E(src))
    if c == 'PTWEET':
        # the tweet's code pasted into a paragraph (the editor wrapped it in <p>)
        return '<p>%s %s</p>\n' % (tw_block(v, 'x.com'), TWJS)
    if c == 'EMBCAP':
        cap, credit = v
        return ('<figure class="article-body__embed article-body__embed--tiktok">%s<figcaption><span class="caption">%s</span> '
                '<span class="credit">(%s)</span></figcaption></figure>\n') % (
            tiktok([cap, credit.split('@')[-1], 'original sound - ' + credit.split('@')[-1]]), E(cap), E(credit))
    if c == 'GETTY':
        gid = rcode(22)
        return ('<a id=\'%s\' class=\'gie-single\' href=\'http://www.gettyimages.com/detail/%d\' target=\'_blank\' style=\'color:#a7a7a7;'
                'text-decoration:none;font-weight:normal !important;border:none;display:inline-block;\'>%s</a><script>window.gie=window.gie||function(c)'
                '{(gie.q=gie.q||[]).push(c)};gie(function(){gie.widgets.load({id:\'%s\',sig:\'%s\',w:\'594px\',h:\'396px\',items:\'%d\','
                'caption: true ,tld:\'com\',is360: false })});</script><script src=\'//embed-cdn.gettyimages.com/widgets.js\' charset=\'utf-8\' async>'
                '</script>\n') % (gid, random.randint(10**8, 10**9), E(v[0]), gid, rcode(40), random.randint(10**8, 10**9))
    if c == 'TIMELINE':
        return ('<a class="twitter-timeline" data-height="500" href="https://twitter.com/%s?ref_src=twsrc%%5Etfw">Tweets by %s</a> %s\n') % (
            v[0], v[0], TWJS)
    if c == 'IMGUR':
        iid = rcode(7)
        return ('<blockquote class="imgur-embed-pub" lang="en" data-id="a/%s"><a href="//imgur.com/a/%s">%s</a></blockquote>'
                '<script async src="//s.imgur.com/min/embed.js" charset="utf-8"></script>\n') % (iid, iid, E(v[0]))
    if c == 'INFOGRAM':
        iid = rcode(12).lower()
        return ('<div class="infogram-embed" data-id="%s" data-type="interactive" data-title="%s"></div><script>!function(e,i,n,s){var t="InfogramEmbeds",'
                'd=e.getElementsByTagName("script")[0];if(window[t]&&window[t].initialized)window[t].process&&window[t].process();}(document,0,0,0);</script>'
                '<div style="padding:8px 0;font-family:Arial!important;font-size:13px!important;line-height:15px!important;text-align:center;border-top:'
                '1px solid #dadada;margin:0 30px"><a href="https://infogram.com/%s" style="color:#989898!important;text-decoration:none!important;" '
                'target="_blank">%s</a><br><a href="https://infogram.com" style="color:#989898!important;text-decoration:none!important;" target="_blank" '
                'rel="nofollow">Infogram</a></div>\n') % (iid, E(v[0]), iid, E(v[0]))
    if c == 'WPEMBED':
        title, site = v
        sec = rcode(10)
        return ('<figure class="wp-block-embed is-type-wp-embed is-provider-open-ledger-project wp-block-embed-open-ledger-project"><div class='
                '"wp-block-embed__wrapper">\n<blockquote class="wp-embedded-content" data-secret="%s"><a href="https://openledgerproject.org/%s/">%s'
                '</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: '
                'rect(1px, 1px, 1px, 1px);" title="&#8220;%s&#8221; &#8212; %s" src="https://openledgerproject.org/%s/embed/#?secret=%s" '
                'data-secret="%s" width="500" height="282" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>\n</div></figure>\n') % (
            sec, slug(title), E(title), E(title), E(site), slug(title), sec, sec)
    if c == 'GFORM':
        return ('<iframe src="https://docs.google.com/forms/d/e/1FAIpQL%s/viewform?embedded=true" width="640" height="900" frameborder="0" '
                'marginheight="0" marginwidth="0" title="%s">Loading&#8230;</iframe>\n') % (rcode(40), E(v[0]))
    if c == 'PRIVACY':
        return ('<figure class="element element-embed" data-provider="%s"><div class="embed-privacy-notice"><p>This content is not available due '
                'to your privacy preferences. <a href="/privacy-settings">Update your settings here</a> to see it.</p></div><div class="embed-'
                'privacy-placeholder" hidden><blockquote class="instagram-media"></blockquote></div></figure>\n') % v[0].lower()
    if c == 'BARETIKTOK':
        # the embed code after a syndication feed stripped its class and script (the cite and data attributes stay)
        return tiktok(v).replace(' class="tiktok-embed"', '').replace('<script async src="https://www.tiktok.com/embed.js"></script>', '')
    if c == 'BARETWEET':
        return tw_block(v, 'twitter.com').replace(' class="twitter-tweet"', '') + '\n'
    raise SystemExit('unknown code %s' % c)


def render_items(st, tpl, year, P='<p>%s</p>\n', H='<h2>%s</h2>\n', Q='<blockquote><p>%s</p></blockquote>\n', UL=('<ul>', '</ul>\n')):
    out, n, items, i = [], 0, st['items'], 0
    while i < len(items):
        c, v = items[i]
        if c == 'P':
            out.append(P % E(v[0]))
        elif c == 'H':
            out.append(H % E(v[0]))
        elif c == 'Q':
            out.append(Q % E(v[0]))
        elif c == 'LI':
            lis = []
            while i < len(items) and items[i][0] == 'LI':
                lis.append('<li>%s</li>' % E(items[i][1][0]))
                i += 1
            out.append(UL[0] + ''.join(lis) + UL[1])
            continue
        elif c != 'LISTEN':
            n += 1
            out.append(render_embed(c, v, tpl, year, n))
            if tpl == 'blogger':
                out.append('<br /><br />\n')  # the blank line after the embed code, as between paragraphs
        i += 1
    return ''.join(out)


def render(st, num):
    tpl = st['tpl']
    site = SITES[tpl]
    y, m, d = ymd(st['when'])
    url = 'https://%s/%s/%d/%02d/%02d/%s/' % (site['dom'], slug(st['sec']), y, m, d, slug(st['title']))
    h = []
    listen = next((render_embed('LISTEN', v, tpl, y, 0) for c, v in st['items'] if c == 'LISTEN'), '')
    if tpl == 'wpnews':
        h.append(head(st, site, url, 'yoast'))
        h.append('<body class="post-template-default single single-post">\n<div id="page" class="site">' + nav(site, 'News;Schools;Weather;Sports;Obituaries;Opinion;Events'))
        h.append('<main id="main"><article class="post type-post status-publish format-standard has-post-thumbnail">\n<header class="entry-header">'
                 '<div class="cat-links"><a href="/category/%s/">%s</a></div><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">By '
                 '<a href="/author/%s/">%s</a></span> <span class="posted-on"><time class="entry-date published" datetime="%s:00-04:00">%s</time></span>'
                 '</div></header>\n%s<div class="entry-content">\n' % (slug(st['sec']), E(st['sec']), E(st['title']), slug(st['by']), E(st['by']),
                                                                     st['when'], d_us(st['when']), share()))
        h.append(render_items(st, tpl, y))
        h.append('</div>\n<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/harbor-county/">Harbor County</a></span></footer>'
                 '</article>\n<div class="author-box"><h3>About %s</h3><p>%s covers local government for the Sentinel.</p></div>\n' % (E(st['by']), E(st['by'])))
        h.append(related('Related Posts', 3, 'jp-relatedposts') + comments(2) + '</main></div>\n' + footer(site, y))
    elif tpl == 'arc':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n<div id="fusion-app">' + nav(site, 'Local;Business;Politics;Sports;Opinion;Obituaries;e-Edition'))
        h.append('<div class="ad ad-leaderboard"><span>Advertisement</span></div>\n<article class="article-layout"><div class="headline-wrap"><a class="overline" '
                 'href="/%s/">%s</a><h1 class="headline">%s</h1></div><div class="byline-wrap"><span class="byline">By <a href="/people/%s/">%s</a></span>'
                 '<span class="timestamp">Published %s at %s</span></div>\n%s<div class="article-body">\n' % (
                     slug(st['sec']), E(st['sec']), E(st['title']), slug(st['by']), E(st['by']), d_us(st['when']), hm(st['when']), share()))
        h.append(render_items(st, tpl, y, P='<p class="b-paragraph">%s</p>\n', Q='<blockquote class="b-quote"><p>%s</p></blockquote>\n'))
        h.append('<div class="ad ad-inline"><span>Advertisement</span></div>\n</div>\n<div class="author-bio"><p>%s is a staff writer at The Midland '
                 'Ledger. Reach them at tips@midlandledger.com.</p></div>\n</article>\n' % E(st['by']))
        h.append(related('Most Read', 5, 'most-read') + '</div>\n' + footer(site, y))
    elif tpl == 'pubcast':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n<a class="skip" href="#main-content">Skip to content</a>' + nav(site, 'Home;UK;World;Business;Politics;Science;Health;Sport'))
        h.append('<main id="main-content"><article><header><h1 id="main-heading">%s</h1></header><div class="byline-block"><time datetime="%s:00.000Z">'
                 '%s</time><div class="contributor"><span class="name">%s</span><span class="role">NBN News</span></div></div>\n%s' % (
                     E(st['title']), st['when'], d_uk(st['when']), E(st['by']), share('div', 'article-share')))
        h.append('<figure class="lead-image"><img src="https://img.nbn-news.co.uk/%s.jpg" alt=""><figcaption><span class="visually-hidden">Image caption, '
                 '</span>The story in pictures</figcaption><span class="copyright">NBN</span></figure>\n' % rcode(8))
        h.append('<div class="story-body">\n' + render_items(st, tpl, y, P='<div data-component="text-block"><p>%s</p></div>\n',
                                                            Q='<div data-component="text-block"><blockquote><p>%s</p></blockquote></div>\n') + '</div>\n')
        h.append('<section class="topic-list"><h2>More on this story</h2><ul><li><a href="#">Coastguard cuts: what we know</a></li>'
                 '<li><a href="#">Rescue crews on alert</a></li></ul></section>\n<section class="related-topics"><h2>Related Topics</h2><ul><li>'
                 '<a href="#">Coastguard</a></li><li><a href="#">Wildlife</a></li></ul></section>\n</article></main>\n')
        h.append(related('Top Stories', 4, 'top-stories') + footer(site, y))
    elif tpl == 'grd':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'News;Opinion;Sport;Culture;Lifestyle', 'pillars'))
        h.append('<div class="content"><div class="content__labels"><a href="/%s">%s</a></div><h1 class="content__headline">%s</h1>'
                 '<div class="content__standfirst"><p>What we know so far, and what happens next</p></div>'
                 '<aside class="meta"><p class="byline">%s</p><time class="content__dateline" datetime="%s">%s %s BST</time>%s</aside>\n'
                 '<div class="content__article-body from-content-api js-article__body" itemprop="articleBody">\n' % (
                     slug(st['sec']), E(st['sec']), E(st['title']), E(st['by']), st['when'], d_uk(st['when']), st['when'][11:16], share('div', 'social')))
        h.append(render_items(st, tpl, y))
        h.append('</div>\n<div class="submeta"><span>Topics</span><ul><li><a href="#">%s</a></li><li><a href="#">Wildlife</a></li></ul></div>\n'
                 '<div class="contributions-epic"><h2>Before you move on&hellip;</h2><p>We have no shareholders and no billionaire owner. Support us from just '
                 '&pound;1.</p><a href="/contribute">Support the Courant</a></div>\n</div>\n' % E(st['sec']))
        h.append(related('Most viewed', 5, 'most-viewed') + footer(site, y))
    elif tpl == 'vox':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'Explainers;Politics;Policy;Science;Technology;Podcasts;Newsletters'))
        h.append('<main><article class="c-entry"><div class="c-entry-hero"><ul class="c-entry-group-labels"><li>%s</li></ul><h1 class="c-page-title">%s</h1>'
                 '<p class="c-entry-summary">A guide to what is going on, and why.</p><div class="c-byline">By <a href="/authors/%s">%s</a> '
                 '<time class="c-byline__item" datetime="%s">%s, %s</time></div></div>\n%s<div class="c-entry-content">\n' % (
                     E(st['sec']), E(st['title']), slug(st['by']), E(st['by']), st['when'], d_us(st['when']), hm(st['when']).replace('.', ''), share()))
        h.append(render_items(st, tpl, y, P='<p id="%s">%%s</p>\n' % rcode(6)))
        h.append('</div>\n<div class="c-article-footer"><div class="c-contribution"><p>Will you support Lattice\'s explanatory journalism?</p>'
                 '<a href="/contribute">Yes, I\'ll give</a></div></div></article></main>\n')
        h.append(related('More in ' + st['sec'], 4, 'c-related-list') + footer(site, y))
    elif tpl == 'subst':
        h.append(head(st, site, url, None))
        h.append('<body>\n<div class="main-menu"><a class="navbar-title" href="/">%s</a><a class="button subscribe" href="/subscribe">Subscribe</a>'
                 '<a class="button sign-in" href="/sign-in">Sign in</a></div>\n' % E(site['name']))
        h.append('<div class="single-post"><div class="post-header"><h1 class="post-title unpublished">%s</h1><h3 class="subtitle">Notes from the county '
                 'board, the courthouse and the school district</h3><div class="post-meta"><div class="profile-hover-card-target"><a href="/profile">%s</a>'
                 '</div><div class="pencraft">%s %d, %d</div></div><div class="post-ufi"><a class="like-button" href="#">12</a><a class="comment-button" '
                 'href="#comments">4</a><a class="share-button" href="#">Share</a></div></div>\n<div class="available-content"><div class="body markup" dir="auto">\n' % (
                     E(st['title']), E(st['by']), MONTHS[m - 1][:3], d, y))
        h.append(render_items(st, tpl, y, H='<h3 class="header-anchor-post">%s</h3>\n'))
        h.append('</div></div>\n<div class="post-footer"><div class="subscribe-footer"><p>Thanks for reading %s! Subscribe for free to receive new posts.</p>'
                 '<form><input type="email"><button>Subscribe</button></form></div><div class="post-ufi"><a href="#">12 Likes</a> <a href="#">Share</a>'
                 '</div></div>\n<div id="comments" class="comments-section"><h4>Discussion about this post</h4><div class="comment"><a>Janet P.</a>'
                 '<p>Page 47 is wild.</p></div></div></div>\n' % E(site['name']))
        h.append('<footer class="footer-wrap"><p>&copy; %d %s</p><p>Start writing</p></footer>\n</body>\n</html>\n' % (y, E(st['by'])))
    elif tpl == 'medium':
        h.append(head(st, site, url, 'blog'))
        h.append('<body>\n<div class="metabar"><a href="/">Paperline</a> <a href="/signals">%s</a> <button>Follow</button> <a href="/m/signin">Sign in</a>'
                 '</div>\n<article class="postArticle"><div class="postArticle-content"><section class="section section--body"><div class="section-content">'
                 '<div class="section-inner sectionLayout--insetColumn">\n<h3 class="graf graf--h3 graf--leading graf--title">%s</h3>\n<div class="postMetaInline">'
                 '<a class="ds-link" href="/@%s">%s</a><span class="readingTime" title="6 min read"></span> &middot; <time datetime="%s">%s %d, %d</time></div>\n' % (
                     E(site['name']), E(st['title']), slug(st['by']), E(st['by']), st['when'], MONTHS[m - 1][:3], d, y))
        h.append(render_items(st, tpl, y, P='<p class="graf graf--p">%s</p>\n', H='<h4 class="graf graf--h4">%s</h4>\n'))
        h.append('</div></div></section></div>\n<footer class="postArticle-footer"><ul class="tags"><li><a href="/tag/civic-tech">Civic Tech</a></li>'
                 '<li><a href="/tag/cities">Cities</a></li></ul><div class="clap"><button>Clap</button> 312</div><div class="responses">'
                 '<a href="#">8 responses</a></div></footer></article>\n<div class="js-postFooterPlacements"><h3>More from %s</h3><p>A publication about '
                 'cities, data and the people who use them.</p></div>\n' % E(site['name']))
        h.append('<footer class="site-footer"><a href="/about">About</a> <a href="/help">Help</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a>'
                 '</footer>\n</body>\n</html>\n')
    elif tpl == 'ghost':
        h.append(head(st, site, url, 'blog'))
        h.append('<body class="post-template">\n<div class="site-wrapper">' + nav(site, 'Home;Notes;Talks;About', 'gh-head-menu'))
        h.append('<main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><section class="article-tag">'
                 '<a href="/tag/notes/">Notes</a></section><h1 class="article-title">%s</h1><div class="article-byline"><a href="/author/ravi/">%s</a> '
                 '<time class="byline-meta-date" datetime="%s">%s %d, %d</time> <span class="byline-reading-time">5 min read</span></div></header>\n'
                 '<section class="gh-content gh-canvas">\n' % (E(st['title']), E(st['by']), st['when'][:10], MONTHS[m - 1][:3], d, y))
        h.append(render_items(st, tpl, y))
        h.append('</section></article>\n<section class="footer-cta"><h3 class="footer-cta-title">Sign up for more like this.</h3><a class="footer-cta-button" '
                 'href="#/portal">Enter your email <span>Subscribe</span></a></section>\n<aside class="read-more-wrap"><div class="read-more"><article>'
                 '<h2><a href="#">Notes on caching at the edge</a></h2></article><article><h2><a href="#">A year of on-call</a></h2></article></div>'
                 '</aside></main></div>\n<footer class="site-footer"><p>Kernel Notes &copy; %d</p><p>Powered by Ghost</p></footer>\n</body>\n</html>\n' % y)
    elif tpl == 'amp':
        h.append(head(st, site, url, 'news').replace('<html lang', '<html amp lang').replace('</head>', '<style amp-custom>body{font-family:Georgia}</style>\n</head>'))
        h.append('<body>\n<header class="amp-header"><a href="/">Capital Post</a><button on="tap:sidebar.toggle">Menu</button></header>\n'
                 '<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/politics">Politics</a></li><li><a href="/nation">Nation</a></li>'
                 '<li><a href="/world">World</a></li></ul></amp-sidebar>\n')
        h.append('<article class="amp-article"><p class="kicker">%s</p><h1>%s</h1><div class="byline">By %s</div><div class="dateline">%s at %s</div>\n'
                 '<amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share>\n<div class="article-body">\n' % (
                     E(st['sec']), E(st['title']), E(st['by']), d_us(st['when']), hm(st['when'])))
        h.append(render_items(st, tpl, y))
        h.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/capitalpost/amp"><div fallback>Advertisement</div></amp-ad>\n</div>\n'
                 '<p class="amp-canonical"><a href="%s">View the full site</a></p></article>\n' % url)
        h.append(footer(site, y))
    elif tpl == 'tvlocal':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n<div class="alert-bar"><a href="/live">WATCH LIVE: KTRV 9 News at 6</a></div>' + nav(site, 'News;Weather;Traffic;Sports;Community;Contests;Watch Live'))
        h.append('<div class="video-player-wrap"><div class="jw-player" data-title="%s"><span class="now-playing">Now Playing</span></div></div>\n'
                 '<article class="story"><h1 class="story-headline">%s</h1><div class="story-byline">By %s</div><div class="story-date">Published: '
                 '%s %d, %d at %s</div><div class="story-updated">Updated: %s %d, %d at %s</div>\n%s<div class="story-body">\n' % (
                     E(st['title']), E(st['title']), E(st['by']), MONTHS[m - 1][:3] + '.', d, y, hm(st['when']).replace('.', '').upper(),
                     MONTHS[m - 1][:3] + '.', d, y, hm(st['when']).replace('.', '').upper(), share()))
        h.append(render_items(st, tpl, y))
        h.append('<p class="copyright-line">Copyright %d KTRV. All rights reserved.</p>\n</div></article>\n' % y)
        h.append(related('Trending on ktrv9.com', 4, 'trending') + footer(site, y))
    elif tpl == 'tabloid':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'News;Showbiz;Sport;Money;Travel;Puzzles;Shopping'))
        h.append('<article class="article-main"><h1 class="headline">%s</h1><p class="sub-headline">The star\'s fans had mixed feelings about the news</p>'
                 '<div class="article-information"><span class="author">By %s</span><span class="publish-date">%s, %s %s</span><span class="comments-count">'
                 '<a href="#comments">Comments</a></span></div>\n%s<div class="article-body">\n' % (
                     E(st['title']), E(st['by']), hm(st['when']).replace('.', ''), d_uk(st['when'])[:-5], y, share()))
        h.append(render_items(st, tpl, y))
        h.append('<div class="article-body__got-a-story"><p>Got a story? Email news@dailyclarion.co.uk</p></div>\n</div></article>\n')
        h.append(related('MOST READ', 5, 'most-read') + comments(87) + footer(site, y))
    elif tpl == 'techblog':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'News;Reviews;Phones;Laptops;Gaming;Deals;How to'))
        h.append('<article class="post"><header><span class="post-category">%s</span><h1 class="post-title">%s</h1><div class="post-meta">By <a href="/'
                 'author/%s">%s</a> &bull; <time datetime="%s">%s</time></div></header>\n%s<div class="post-content">\n' % (
                     E(st['sec']), E(st['title']), slug(st['by']), E(st['by']), st['when'], d_us(st['when']), share()))
        h.append(render_items(st, tpl, y))
        h.append('<div class="affiliate-disclosure"><p>ByteRiver may earn a commission when you buy through links on our site.</p></div>\n</div></article>\n')
        h.append(related('Latest news', 4, 'latest') + comments(14) + footer(site, y))
    elif tpl == 'datajourn':
        h.append(head(st, site, url, 'news'))
        h.append('<body class="path-node page-node-type-article">\n<div class="dialog-off-canvas-main-canvas">' + nav(site, 'Investigations;Data;Podcast;About;Donate'))
        h.append('<main role="main"><article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">'
                 '%s</span></h1><div class="node__meta"><span class="field--name-uid">By %s</span> <div class="field--name-field-publish-date">%s</div></div>\n'
                 '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">\n' % (
                     E(st['title']), E(st['by']), d_us(st['when'])))
        h.append(render_items(st, tpl, y))
        h.append('</div>\n<div class="republish"><h3>Republish this story</h3><p>You may republish this story for free under a Creative Commons license.</p></div>'
                 '\n<div class="donate-box"><p>Open Ledger is a nonprofit newsroom. Your donation supports our reporting.</p><a href="/donate">Donate</a></div>'
                 '\n</article></main></div>\n' + footer(site, y))
    elif tpl == 'musicmag':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'News;Reviews;Features;Playlists;Live;Shop'))
        h.append('<article class="article"><p class="article__section">%s</p><h1 class="article__title">%s</h1><p class="article__meta">Words by %s '
                 '&middot; %s</p>\n%s<div class="article__content">\n' % (E(st['sec']), E(st['title']), E(st['by']), d_uk(st['when']), share()))
        h.append(render_items(st, tpl, y, H='<h3>%s</h3>\n'))
        h.append('</div>\n<div class="article__tags"><a href="#">Indie</a> <a href="#">New music</a></div></article>\n')
        h.append(related('You might also like', 3, 'also-like') + footer(site, y))
    elif tpl == 'quizsite':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n' + nav(site, 'Home;Food;Garden;Style;Travel;Quizzes;Shop'))
        h.append('<article class="entry"><div class="entry__category">%s</div><h1 class="entry__title">%s</h1><div class="entry__byline">By %s | Updated '
                 '%s</div>\n%s<div class="entry__disclosure"><p>We may earn a commission from links on this page.</p></div>\n<div class="entry__body">\n' % (
                     E(st['sec']), E(st['title']), E(st['by']), d_uk(st['when']), share()))
        h.append(render_items(st, tpl, y, H='<h2 class="entry__subhead">%s</h2>\n'))
        h.append('</div>\n<div class="newsletter-box"><h3>Love this?</h3><p>Get our best ideas for the home every Sunday.</p><form><input type="email">'
                 '<button>Sign me up</button></form></div></article>\n')
        h.append(related('More from Homebody', 4, 'more-from') + footer(site, y))
    elif tpl == 'blogger':
        h.append(head(st, site, url, None))
        h.append('<body class="variant-simple">\n<div class="outer-wrapper"><div class="header"><h1 class="title"><a href="/">Kettle Creek Notes</a></h1>'
                 '<p class="description">News and weather from up the creek road</p></div>\n<div class="main-inner"><div class="date-outer">'
                 '<h2 class="date-header"><span>%s, %s</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">'
                 '%s</h3><div class="post-header"></div><div class="post-body entry-content" id="post-body-%s">\n' % (
                     ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][__import__('datetime').date(y, m, d).weekday()],
                     d_us(st['when']), E(st['title']), rid()))
        h.append(render_items(st, tpl, y, P='%s<br /><br />\n'))
        h.append('<div style="clear: both;"></div></div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> '
                 'at <a class="timestamp-link" href="%s"><abbr class="published">%s</abbr></a> <span class="post-comment-link"><a href="#comments">3 comments:'
                 '</a></span><div class="post-share-buttons"><a href="#">Email This</a><a href="#">BlogThis!</a><a href="#">Share to Twitter</a>'
                 '<a href="#">Share to Facebook</a></div><span class="post-labels">Labels: <a href="#">roads</a>, <a href="#">weather</a></span></div>'
                 '</div></div></div>\n<div class="comments" id="comments"><h4>3 comments:</h4><dl><dt>Anonymous said...</dt><dd><p>Thanks Walt.</p></dd>'
                 '</dl></div>\n<div class="blog-pager"><a class="blog-pager-older-link" href="#">Older Post</a> <a href="/">Home</a></div></div>\n'
                 '<div class="sidebar"><h2>Blog Archive</h2><ul><li>&#9658; %d (12)</li><li>&#9658; %d (31)</li></ul><h2>About Me</h2><p>Retired '
                 'teacher, volunteer firefighter, creek watcher.</p></div></div>\n<div class="footer">Powered by Blogger.</div>\n</body>\n</html>\n' % (
                     E(st['by']), url, hm(st['when']).replace('.', '').upper(), y, y - 1))
    elif tpl == 'podnews':
        h.append(head(st, site, url, 'news'))
        h.append('<body>\n<div class="live-stream-bar"><a href="/listen">Listen Live</a> <span>Meridian Morning</span> <a href="/donate">Donate</a></div>' +
                 nav(site, 'News;Programs;Podcasts;Events;Support'))
        h.append('<article class="story"><div class="story-slug">%s</div><h1 class="story-title">%s</h1><div class="story-meta"><span class="byline">%s</span> '
                 '<time datetime="%s">%s</time></div>\n%s%s<div class="story-text">\n' % (
                     E(st['sec']), E(st['title']), E(st['by']), st['when'], d_us(st['when']), listen, share()))
        h.append(render_items(st, tpl, y))
        h.append('</div>\n<div class="story-support"><p>Meridian Public Radio is listener-supported. Become a member today.</p></div></article>\n')
        h.append(related('More News', 4, 'more-news') + footer(site, y))
    else:
        raise SystemExit('unknown template ' + tpl)
    exp = '\n\n'.join(body_lines(st)) + '\n'
    return ''.join(h), exp, {"published": st['when'][:10], "lang": "en", "title": st['title']}


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    genlib.write_pages(OUT, (render(st, n) for n, st in enumerate(stories, 1)), json_end='\n')


main()
