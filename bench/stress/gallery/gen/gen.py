#!/usr/bin/env python3
"""Generate bench/stress/gallery pages from stories.txt (English news pages built around pictures: "In pictures" and
"Photos:" galleries, slideshows, photo essays, listicles with a picture per item, picture-led weather roundups, "The
week in pictures"; invented sites, original text, 2010-2024).

Usage: python3 bench/stress/gallery/gen/gen.py bench/stress/gallery   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline' opens a story, then 'CODE: value' lines, fields split
by ' || '.  Body codes (in the expected text): INTRO a gallery's introduction, P a paragraph of a text story, CAP a
gallery picture's caption (caption || credit: the caption is body, the credit not), SLIDE a titled slide (heading ||
text || credit: heading and text are body), ITEM a listicle item (heading || text || the picture's caption or
credit, not body).  Furniture codes (never in the expected text): DEK a standfirst or dek under the headline, ECAP a caption of a gallery embedded in a text
story (caption || credit), GALLERY the embedded gallery's title, THUMBS a slideshow's thumbnail strip (titles split
by ';'), SLIDEONLY N (the page shows slide N alone, as a one-slide-per-page slideshow's later pages do), SENDPIX a
'send us your pictures' line.  Every story holds a body sentence that opens like furniture ('Share of the work …',
'Next to the judges' tent …', 'Credit for the idea …', 'Photo by photo, …', 'View from the overpass …')."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug, ymd, d_uk, d_long as d_us  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()

SITES = {
    'bcast': dict(name='BNC News', dom='bncnews.co.uk', lang='en-GB'),
    'weekpix': dict(name='The Guardian Record', dom='guardianrecord.com', lang='en-GB'),
    'wiregal': dict(name='Associated Wire', dom='apwire-news.com', lang='en'),
    'forbes': dict(name='Fortbridge', dom='fortbridge.com', lang='en'),
    'bi': dict(name='Business Outsider', dom='businessoutsider.com', lang='en'),
    'oneslide': dict(name='The Harlow Courier', dom='harlowcourier.com', lang='en'),
    'tvgal': dict(name='KWTV 7', dom='kwtv-example.com', lang='en-US'),
    'listmag': dict(name='Portview Magazine', dom='portviewmag.com', lang='en-US'),
    'buzz': dict(name='BuzzFad', dom='buzzfad.com', lang='en'),
    'newsembed': dict(name='The Daily Post-Record', dom='postrecord.com', lang='en-US'),
    'essaymag': dict(name='Latitude Geographic', dom='latitudegeo.com', lang='en'),
    'wpgallery': dict(name='Riverside Gazette', dom='riversidegazette.org', lang='en-US'),
    'ukreg': dict(name='Dunmore Advertiser', dom='dunmoreadvertiser.co.uk', lang='en-GB'),
    'potd': dict(name='Globe Daily', dom='globedaily.com', lang='en-US'),
    'carpet': dict(name='StarWatch', dom='starwatch.com', lang='en-US'),
    'cnngal': dict(name='CNW', dom='cnw-news.com', lang='en'),
    'weather': dict(name='County Echo', dom='countyecho.co.uk', lang='en-GB'),
}
HEADLINES = ['Council approves new cycle lanes on the ring road', 'Five things to watch in the budget',
             'Hospital waiting lists fall for a third month', 'The best beaches you have never heard of',
             'Police appeal after a van is stolen from a car park', 'Why the price of coffee keeps going up',
             'School to close for a week after a burst pipe', 'Photos: The year in space', 'In pictures: Britain in bloom',
             'Gallery: The best dogs of the county show', 'Watch: A fox takes a ride on a bus', 'Quiz: How well do you know the news?']


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


def hm12(when, fmt='%d:%s %s'):
    h, m = int(when[11:13]), when[14:16]
    return fmt % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')


def weekday(when):
    import datetime
    y, m, d = ymd(when)
    return DAYS[datetime.date(y, m, d).weekday()]


def head(st, site, url, ld_type, gallery_ld):
    """<head>: title, meta, Open Graph, and a JSON-LD block on the templates that print one (ld_type None: none)."""
    first = next((v[0] for c, v in st['items'] if c in ('INTRO', 'P', 'CAP', 'SLIDE')), st['title'])
    ld = ''
    if ld_type:
        d = {"@context": "https://schema.org", "@type": ld_type, "headline": st['title'], "datePublished": st['when'] + ':00Z',
             "author": {"@type": "Person", "name": st['by']}, "publisher": {"@type": "Organization", "name": site['name']},
             "mainEntityOfPage": url}
        if gallery_ld:
            d["associatedMedia"] = [{"@type": "ImageObject", "contentUrl": "https://img.%s/g/%d.jpg" % (site['dom'], i)} for i in range(3)]
        ld = '<script type="application/ld+json">%s</script>\n' % json.dumps(d)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n'
            '<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:image" content="https://img.%s/og/%d.jpg">\n<meta property="og:site_name" content="%s">\n'
            '<link rel="stylesheet" href="/static/css/main.%x.css">\n%s'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"gallery","section":"%s"});</script>\n'
            '</head>\n') % (site['lang'], E(st['title']), E(site['name']), E(first[:150]), url, E(st['title']), site['dom'],
                            random.randint(10**6, 10**7), E(site['name']), random.getrandbits(32), ld, E(st['sec']))


def nav(site, items, cls='site-nav'):
    return ('<header class="masthead"><a class="logo" href="/">%s</a><nav class="%s"><ul>%s</ul></nav>'
            '<a class="signin" href="/account">Sign in</a><button class="search-toggle">Search</button></header>\n') % (
        E(site['name']), cls, ''.join('<li><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items.split(';')))


def related(title, n=4, cls='related'):
    heads = random.sample(HEADLINES, n)
    return '<aside class="%s"><h3>%s</h3><ul>%s</ul></aside>\n' % (
        cls, title, ''.join('<li><a href="/news/%s"><img src="/t/%d.jpg" alt=""><span>%s</span></a></li>' % (
            slug(h), random.randint(100, 999), E(h)) for h in heads))


def share(words='Share this'):
    return ('<div class="share-bar"><span>%s</span><a href="#" class="fb">Facebook</a><a href="#" class="tw">Twitter</a>'
            '<a href="#" class="pin">Pinterest</a><a href="#" class="em">Email</a></div>\n') % words


def footer(site, year):
    links = 'About us;Contact us;Advertise;Terms of use;Privacy policy;Cookie settings;Accessibility;Careers'
    return ('<footer class="site-footer"><ul>%s</ul><p>&copy; %d %s. All rights reserved.</p></footer>\n'
            '<script src="/static/js/gallery.min.js"></script>\n<script>var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-%d-1"]);'
            '_gaq.push(["_trackPageview"]);</script>\n</body>\n</html>\n') % (
        ''.join('<li><a href="/%s">%s</a></li>' % (slug(l), E(l)) for l in links.split(';')), year, E(site['name']),
        random.randint(10**6, 10**7))


def img(cls='', alt=''):
    return '<img%s src="https://img.example/%d.jpg" alt="%s" width="976" height="549">' % (
        (' class="%s"' % cls) if cls else '', random.randint(10**5, 10**6), E(alt))


def pick(st, *codes):
    return [(c, v) for c, v in st['items'] if c in codes]


def body_lines(st):
    """The expected text: every body code's text in page order."""
    out = []
    only = next((int(v[0]) for c, v in st['items'] if c == 'SLIDEONLY'), 0)
    for c, v in st['items']:
        if c in ('INTRO', 'P') and not only:
            out.append(v[0])
        elif c == 'CAP':
            out.append(v[0])
        elif c in ('SLIDE', 'ITEM'):
            out += [v[0], v[1]]
    return out


def render(st, n):
    tpl, site = st['tpl'], SITES[st['tpl']]
    y, m, d = ymd(st['when'])
    url = 'https://www.%s/%s/%d/%02d/%s' % (site['dom'], slug(st['sec']), y, m, slug(st['title']))
    intro = [v[0] for c, v in pick(st, 'INTRO', 'DEK')]
    caps = [v for c, v in pick(st, 'CAP')]
    slides = [v for c, v in pick(st, 'SLIDE')]
    items = [v for c, v in pick(st, 'ITEM')]
    h = []
    P = lambda t, cls='': '<p%s>%s</p>\n' % ((' class="%s"' % cls) if cls else '', E(t))

    if tpl == 'bcast':  # broadcaster "In pictures" (2016-2019): figure + media-caption spans, copyright span
        h.append(head(st, site, url, None, False))
        h.append('<body class="story-page">\n' + nav(site, 'Home;UK;World;Business;Politics;Tech;Science;Health;In Pictures;Video', 'navigation'))
        h.append('<div class="container"><div class="story-body"><h1 class="story-body__h1">%s</h1>\n' % E(st['title']))
        h.append('<div class="byline"><ul class="mini-info-list"><li class="mini-info-list__item"><div class="date date--v2" '
                 'data-seconds="%d" data-datetime="%s">%s</div></li><li class="mini-info-list__item"><span class="mini-info-list__section">%s</span></li></ul></div>\n'
                 % (random.randint(10**9, 2 * 10**9), d_uk(st['when']), d_uk(st['when']), E(st['sec'])))
        h.append('<div class="sharetools" data-share-title="%s"><a href="#">Share</a></div>\n' % E(st['title']))
        h.append('<div class="story-body__inner" property="articleBody">\n')
        for t in intro:
            h.append(P(t, 'story-body__introduction' if t == intro[0] else ''))
        for cap, credit in caps:
            h.append('<figure class="media-landscape has-caption full-width"><span class="image-and-copyright-container">%s'
                     '<span class="off-screen">Image copyright</span><span class="story-image-copyright">%s</span></span>'
                     '<figcaption class="media-caption"><span class="off-screen">Image caption</span>'
                     '<span class="media-caption__text">%s</span></figcaption></figure>\n' % (img('js-image-replace'), E(credit), E(cap)))
        h.append('<p><em>All photographs subject to copyright.</em></p>\n</div>\n')
        h.append('<div class="share share--lightweight"><h2 class="share__title">Share this story</h2> <a href="/help/sharing">About sharing</a></div>\n')
        h.append('</div>\n' + related('More on this story', 3, 'story-more') +
                 '<div class="tags-container"><h2>Related Topics</h2><ul><li><a href="/topics/photography">Photography</a></li>'
                 '<li><a href="/topics/%s">%s</a></li></ul></div>\n</div>\n' % (slug(st['sec']), E(st['sec'])))
        h.append(related('Top Stories', 4, 'top-stories'))
        h.append(footer(site, y))

    elif tpl in ('weekpix', 'potd'):  # a titled picture per item (location heading, caption, credit) and a counter
        weekly = tpl == 'weekpix'
        h.append(head(st, site, url, 'NewsArticle' if weekly else 'ImageGallery', weekly))
        h.append('<body>\n' + nav(site, 'News;Opinion;Sport;Culture;Lifestyle;Photography' if weekly else 'Home;U.S.;World;Politics;Business;Photos;Video'))
        h.append('<main id="maincontent"><article class="content content--gallery">\n<header class="content__head">'
                 '<div class="content__labels"><a href="/%s">%s</a></div><h1 class="content__headline">%s</h1>\n' % (
                     slug(st['sec']), E(st['sec']), E(st['title'])))
        for t in intro:
            h.append('<div class="content__standfirst"><p>%s</p></div>\n' % E(t) if weekly else P(t, 'gallery-intro'))
        if weekly:
            h.append('<div class="content__meta"><span class="byline">%s</span><time datetime="%s:00Z" class="content__dateline">%s %d %s %d %s BST</time></div>\n' % (
                E(st['by']), st['when'], weekday(st['when'])[:3], d, MONTHS[m - 1][:3], y, st['when'][11:16].replace(':', '.')))
        else:
            h.append('<div class="meta"><span class="by">By %s</span> &middot; <span class="ts">%s %s ET</span></div>\n' % (
                E(st['by']), d_us(st['when']), hm12(st['when'])))
        h.append(share('Share') + '</header>\n<div class="gallery__body">\n')
        for i, (head_, text, credit) in enumerate(slides, 1):
            if weekly:
                h.append('<li class="gallery__item" id="img-%d"><figure class="gallery__figure">%s<figcaption class="gallery__caption">'
                         '<div class="gallery__index">%d / %d</div><h2 class="gallery__title">%s</h2><div class="gallery__text"><p>%s</p></div>'
                         '<p class="gallery__credit">%s</p></figcaption></figure></li>\n' % (i, img(), i, len(slides), E(head_), E(text), E(credit)))
            else:
                h.append('<div class="potd-item"><div class="potd-count">%d of %d</div>%s<h2>%s</h2><p class="potd-text">%s</p>'
                         '<span class="potd-credit">%s</span><div class="potd-share"><a href="#">Share</a> <a href="#">Save</a></div></div>\n' % (
                             i, len(slides), img(), E(head_), E(text), E(credit)))
                if i == 2:
                    h.append('<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="gpt-mid"></div></div>\n')
        h.append('</div>\n<div class="gallery__footer"><a href="/photography/%s">More galleries</a> &middot; <a href="/newsletters/photos">Sign up to the picture newsletter</a></div>\n' % slug(st['sec']))
        h.append('</article>\n' + related('Most viewed', 5, 'most-viewed') + '</main>\n' + footer(site, y))

    elif tpl == 'wiregal':  # wire gallery (2021-2024): carousel slides with counter and attribution
        h.append(head(st, site, url, 'NewsArticle', True))
        h.append('<body>\n' + nav(site, 'World;U.S.;Politics;Sports;Entertainment;Business;Science;Oddities;Photography'))
        h.append('<main class="Page-content"><bsp-gallery class="Page-lead"><div class="Page-headline"><h1 class="Page-headline">%s</h1></div>\n' % E(st['title']))
        h.append('<div class="Page-byline"><span class="Page-authors">By %s</span><bsp-timestamp data-timestamp="%d">Updated %s %s, %s</bsp-timestamp></div>\n' % (
            'Associated Wire photographers', random.randint(10**12, 2 * 10**12), hm12(st['when']), 'EST', d_us(st['when'])))
        h.append('<div class="RichTextStoryBody RichTextBody">%s</div>\n' % ''.join(P(t) for t in intro))
        h.append('<div class="Carousel" data-carousel><div class="Carousel-slides">\n')
        for i, (cap, credit) in enumerate(caps, 1):
            h.append('<div class="CarouselSlide" data-slide="%d"><div class="CarouselSlide-media">%s</div><div class="CarouselSlide-info">'
                     '<div class="CarouselSlide-count">%d of %d</div><div class="CarouselSlide-infoDescription"><p>%s</p></div>'
                     '<div class="CarouselSlide-infoAttribution">%s</div><div class="CarouselSlide-actions"><a href="#">Share</a>'
                     '<a href="#">Download</a></div></div></div>\n' % (i, img(), i, len(caps), E(cap), E(credit)))
        h.append('</div><button class="Carousel-prev">Previous</button><button class="Carousel-next">Next</button></div></bsp-gallery>\n')
        h.append('<div class="Page-below"><div class="Enhancement"><p class="Copyright">Copyright %d The Associated Wire. All Rights Reserved.</p></div>\n' % y)
        h.append(related('Most read', 5, 'PageList-items') + '</div></main>\n' + footer(site, y))

    elif tpl == 'forbes':  # 2012-2013 contributor slideshow: slide count, slide title, slide-caption box, "Next slide"
        h.append(head(st, site, url, None, False))
        h.append('<body class="slideshow">\n' + nav(site, 'Business;Investing;Tech;Entrepreneurs;Leadership;Lifestyle;Lists', 'sections'))
        date = ('%d/%d/%d @ %s' % (m, d, y, hm12(st['when'], '%d:%s%s'))) if y == 2012 else ('%s %d, %d @ %s' % (MONTHS[m - 1][:3], d, y, hm12(st['when'], '%02d:%s %s')))
        h.append('<div id="article-wrap"><div class="article-head"><h1>%s</h1><div class="author-byline"><a href="/sites/%s/">%s</a>, Contributor<br />'
                 '<span class="tagline">I write about money and the way we live.</span></div><div class="date">%s</div><div class="views">%s views</div></div>\n' % (
                     E(st['title']), slug(st['by']).replace('-', ''), E(st['by']), date, '{:,}'.format(random.randint(5000, 90000))))
        h.append('<div class="article-body">\n' + ''.join(P(t) for t in intro))
        for i, (head_, text, credit) in enumerate(slides, 1):
            h.append('<div class="slide" id="slide-%d"><div class="slide-count">%d of %d</div><h2 class="slide-title">%s</h2><div class="slide-image">%s'
                     '<span class="photo-credit">%s</span></div><div class="slide-caption"><p>%s</p></div><a class="next-slide" href="#slide-%d">Next slide &raquo;</a></div>\n' % (
                         i, i, len(slides), E(head_), img(), E(credit), E(text), i + 1))
        h.append('</div>\n<div class="disclosure"><p><em>Opinions expressed by Fortbridge contributors are their own.</em></p></div>'
                 '<div class="follow-author"><a href="#">Follow</a> (%d) <a href="#">RSS</a></div></div>\n' % random.randint(100, 999))
        h.append(related('Most Popular', 5, 'most-popular') + footer(site, y))

    elif tpl == 'bi':  # 2014-2015 slideshow listicle on one page: "SEE ALSO:", slide titles, source credits, "NOW WATCH:"
        h.append(head(st, site, url, None, False))
        h.append('<body>\n' + nav(site, 'Tech;Finance;Politics;Strategy;Life;Sports;Video;Markets;Intelligence'))
        h.append('<div class="post-content"><h1 class="post-headline">%s</h1><div class="byline-wrapper"><span class="byline-author">%s</span> '
                 '<span class="byline-timestamp">%s. %d, %d, %s</span></div>\n' % (E(st['title']), E(st['by']), MONTHS[m - 1][:3], d, y, hm12(st['when'])))
        h.append(share('') + '<div class="slideshow-container">\n' + ''.join(P(t) for t in intro))
        h.append('<p class="see-also"><strong>SEE ALSO: </strong><a href="/news/%s">%s</a></p>\n' % (slug(HEADLINES[3]), E(HEADLINES[3])))
        for i, (head_, text, credit) in enumerate(slides, 1):
            h.append('<div class="slide"><div class="slide-module"><h2 class="slide-title-text">%s</h2><div class="slide-image">%s<span class="source">%s</span></div>'
                     '<div class="slide-content"><p>%s</p></div></div></div>\n' % (E(head_), img(), E(credit), E(text)))
        h.append('</div>\n<p class="now-watch"><strong>NOW WATCH:</strong> <a href="/video/x">Briefing videos</a></p>\n'
                 '<div class="read-more-links"><p>Read the original article on <a href="#">Travel Outsider</a>. Copyright %d.</p></div></div>\n' % y)
        h.append(related('More: Slideshows', 4, 'more-from') + footer(site, y))

    elif tpl == 'oneslide':  # one slide per page (2011-2012): "Slide 1 of N", prev/next, thumbnail strip
        only = next((int(v[0]) for c, v in st['items'] if c == 'SLIDEONLY'), 0)
        thumbs = next(v[0] for c, v in st['items'] if c == 'THUMBS').split(';')
        cur = only or 1
        h.append(head(st, site, url, None, False))
        h.append('<body class="slideshow-page">\n' + nav(site, 'News;Sports;Business;Entertainment;Lifestyle;Obituaries;Photos;Classifieds'))
        h.append('<div id="main"><div class="ss-header"><h1>%s</h1><span class="posted">Posted: %s, %s %s</span></div>\n' % (
            E(st['title']), weekday(st['when']), d_us(st['when']), hm12(st['when']).lower()))
        h.append('<div class="ss-nav"><a class="prev" href="?slide=%d">&laquo; Previous</a> <span class="ss-count">Slide %d of %d</span> '
                 '<a class="next" href="?slide=%d">Next &raquo;</a> <a href="?slide=1">Start over</a></div>\n' % (max(1, cur - 1), cur, len(thumbs), cur + 1))
        h.append('<div class="ss-slide">%s<div class="ss-credit">%s</div>\n' % (img('ss-photo'), E(slides[0][2])))
        if not only:
            h.append('<div class="ss-intro">%s</div>\n' % ''.join(P(t) for t in intro))
        h.append('<div class="ss-caption"><h2>%s</h2><p>%s</p></div></div>\n' % (E(slides[0][0]), E(slides[0][1])))
        h.append('<div class="ss-thumbs"><ul>%s</ul></div>\n' % ''.join(
            '<li%s><a href="?slide=%d"><img src="/th/%d.jpg" alt=""><span>%s</span></a></li>' % (
                ' class="active"' if i == cur else '', i, i, E(t)) for i, t in enumerate(thumbs, 1)))
        h.append('<div class="ss-buy"><a href="/photos/buy">Buy photos from this slideshow</a></div>\n')
        h.append(related('More slideshows', 4, 'more-slideshows') + '</div>\n' + footer(site, y))

    elif tpl == 'tvgal':  # local TV "PHOTOS:" weather gallery (2019-2022): short text, gallery widget with viewer credits
        h.append(head(st, site, url, 'NewsArticle', True))
        h.append('<body>\n<div class="weather-alert-bar"><a href="/weather/alerts">2 Weather Alerts</a></div>\n' +
                 nav(site, 'News;Weather;Sports;Traffic;Watch Live;Contests;Community'))
        h.append('<main><article class="article"><h1 class="article-title">%s</h1><div class="article-meta"><span>by: %s</span>'
                 '<p>Posted: %s %d, %d / %s CDT</p><p>Updated: %s %d, %d / %s CDT</p></div>\n' % (
                     E(st['title']), E(st['by']), MONTHS[m - 1][:3], d, y, hm12(st['when'], '%02d:%s %s'),
                     MONTHS[m - 1][:3], d, y, hm12(st['when'], '%02d:%s %s')))
        h.append(share('SHARE') + '<div class="article-content">\n' + ''.join(P(t) for t in intro))
        h.append('<div class="photo-gallery-embed"><div class="gallery-header"><span>%d photos</span></div>\n' % len(caps))
        for i, (cap, credit) in enumerate(caps, 1):
            h.append('<div class="gallery-slide"><div class="gallery-count">Photo %d of %d</div>%s<div class="gallery-slide-info">'
                     '<p class="gallery-caption">%s</p><span class="gallery-credit">%s</span></div></div>\n' % (i, len(caps), img(), E(cap), E(credit)))
        h.append('</div>\n')
        for c, v in pick(st, 'SENDPIX'):
            h.append('<p><strong>%s</strong></p>\n' % E(v[0]))
        h.append('<p class="copyright">Copyright %d Nexstream Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>\n</div>\n' % y)
        h.append('<div class="download-app"><p>Download the KWTV 7 app for breaking news and weather alerts.</p></div></article>\n')
        h.append(related('Trending Stories', 5, 'trending') + '</main>\n' + footer(site, y))

    elif tpl == 'listmag':  # city magazine listicle (2019-2024): numbered h2, figure with credit, item text
        h.append(head(st, site, url, 'Article', False))
        h.append('<body>\n' + nav(site, 'Eat & Drink;Things to Do;Arts & Culture;Home & Style;Travel;News;Newsletters'))
        h.append('<article class="post"><header><p class="kicker"><a href="/%s">%s</a></p><h1 class="post-title">%s</h1>'
                 '<div class="post-meta">By <a href="/author/%s">%s</a> <time datetime="%s">%s</time></div></header>\n' % (
                     slug(st['sec']), E(st['sec']), E(st['title']), slug(st['by']), E(st['by']), st['when'][:10], d_us(st['when'])))
        h.append('<div class="post-body">\n' + ''.join(P(t) for t in intro))
        for i, (head_, text, cap) in enumerate(items, 1):
            h.append('<h2>%s</h2>\n<figure class="wp-block-image size-large">%s<figcaption>%s</figcaption></figure>\n' % (E(head_), img(), E(cap)))
            h.append(P(text))
            if i == 2:
                h.append('<div class="ad-container"><p class="ad-label">ADVERTISEMENT</p></div>\n')
        h.append('</div>\n<div class="newsletter-cta"><h3>Get the weekend list in your inbox</h3><form><input type="email"><button>Sign up</button></form></div>\n')
        h.append('<div class="post-tags">Tags: <a href="/tag/weekend">weekend</a>, <a href="/tag/%s">%s</a></div></article>\n' % (slug(st['sec']), E(st['sec'].lower())))
        h.append(related('You might also like', 4, 'also-like') + footer(site, y))

    elif tpl == 'buzz':  # 2016-2017 listicle: numbered h3 items, picture attribution, short text
        h.append(head(st, site, url, None, False))
        h.append('<body>\n' + nav(site, 'News;Quizzes;Tasty;Shopping;Videos;Animals;LOL;Trending'))
        h.append('<div class="buzz"><h1 class="buzz-title">%s</h1><p class="buzz-dek">%s</p>\n' % (E(st['title']), E(intro[0])))
        h.append('<div class="byline"><a href="/%s">%s</a><br><span class="byline-title">BuzzFad Staff</span></div>'
                 '<p class="buzz-timestamp">posted on %s. %d, %d, at %s</p>\n' % (
                     slug(st['by']).replace('-', ''), E(st['by']), MONTHS[m - 1][:3], d, y, hm12(st['when'], '%d:%s %s').replace('AM', 'a.m.').replace('PM', 'p.m.')))
        h.append(share('Share On') + '<div class="buzz-subbuzzes">\n')
        for head_, text, cap in items:
            h.append('<div class="subbuzz"><h3><span class="subbuzz__number">%s</span> <span class="js-subbuzz__title-text">%s</span></h3>'
                     '<div class="subbuzz-picture">%s<span class="subbuzz-attribution">%s</span></div><p>%s</p></div>\n' % (
                         E(head_.split(' ', 1)[0]), E(head_.split(' ', 1)[1]), img(), E(cap), E(text)))
        h.append('</div>\n<div class="buzz-reactions"><h4>What\'s your reaction?</h4><span>LOL</span><span>WIN</span><span>OMG</span><span>CUTE</span></div>\n</div>\n')
        h.append(related('More On This', 4, 'more-on-this') + footer(site, y))

    elif tpl in ('newsembed', 'cnngal'):  # a text story with a gallery embedded in it (counters in the caption on cnngal)
        cnn = tpl == 'cnngal'
        h.append(head(st, site, url, 'NewsArticle', False))
        h.append('<body>\n' + nav(site, 'Politics;Opinions;National;World;Business;Tech;Lifestyle;Entertainment;Sports'))
        h.append('<div class="article"><h1 class="pg-headline">%s</h1>\n' % E(st['title']))
        if cnn:
            h.append('<div class="metadata"><p class="metadata__byline">By <span class="metadata__byline__author">%s</span>, CNW</p>'
                     '<p class="update-time">Updated %s ET, %s %s</p></div>\n' % (E(st['by']), hm12(st['when']), weekday(st['when'])[:3], d_us(st['when']).replace(',', '')))
        else:
            h.append('<div class="author-byline">By <a href="/people/%s">%s</a></div><span class="pb-timestamp">%s at %s</span>\n' % (
                slug(st['by']), E(st['by']), d_us(st['when']), hm12(st['when'])))
        h.append(share('') + '<div class="article-body">\n')
        for c, v in st['items']:
            if c == 'P':
                h.append(P(v[0], 'zn-body__paragraph' if cnn else ''))
            elif c == 'GALLERY':
                ecaps = [w for cc, w in pick(st, 'ECAP')]
                if cnn:
                    h.append('<div class="el__gallery el__gallery--fullstandardwidth"><div class="el__gallery_showcase"><div class="el__gallery-title">Photos: %s</div>\n' % E(v[0]))
                    for i, (cap, credit) in enumerate(ecaps, 1):
                        h.append('<div class="owl-item"><div class="el__resize">%s</div><div class="el__gallery-photocount">%d of %d</div>'
                                 '<div class="media__caption el__gallery_image-title"><div class="el__storyelement__gray">%s: %s</div>'
                                 '<div class="el__gallery--expand"><span>Hide Caption</span></div><div class="el__gallery-photocount">%d of %d</div></div></div>\n' % (
                                     img(), i, len(ecaps), E(credit), E(cap), i, len(ecaps)))
                    h.append('</div></div>\n')
                else:
                    h.append('<div class="inline-gallery"><div class="gallery-head"><span class="gallery-count">1 of %d</span> <a href="#">Full Screen</a> '
                             '<a href="#">Autoplay</a> <a href="#">Close</a> <span>Skip Ad</span> &times;</div><h3 class="gallery-title">%s</h3><a class="view-photos" href="#">View Photos</a>\n' % (len(ecaps), E(v[0])))
                    for i, (cap, credit) in enumerate(ecaps, 1):
                        h.append('<div class="gallery-item">%s<div class="gallery-caption"><span class="gallery-date">%s</span> %s <span class="credit">(%s)</span></div></div>\n' % (
                            img(), d_us(st['when']), E(cap), E(credit)))
                    h.append('<a class="gallery-more" href="#">Wait 1 second to continue.</a></div>\n')
        h.append('</div>\n')
        h.append(related('Read more', 4, 'read-more') + '</div>\n' + footer(site, y))

    elif tpl == 'essaymag':  # long-form photo essay (2017-2018): intro, long figcaptions with credits
        h.append(head(st, site, url, 'Article', True))
        h.append('<body>\n' + nav(site, 'Animals;Environment;History;Science;Travel;Photography;Magazine;Subscribe'))
        h.append('<article class="photo-essay"><div class="lead-container"><div class="kicker">%s</div><h1 class="title">%s</h1>'
                 '<div class="byline">%s</div><div class="publish-date">Published %s</div></div>\n%s' % (
                     E(st['sec']).upper(), E(st['title']), E(st['by']), d_us(st['when']), share('')))
        h.append('<section class="body-copy">\n' + ''.join(P(t) for t in intro) + '</section>\n')
        for cap, credit in caps:
            h.append('<figure class="photo-essay__figure">%s<figcaption class="caption"><div class="caption__text"><p>%s</p></div>'
                     '<span class="caption__credit">Photograph by %s</span></figcaption></figure>\n' % (img(), E(cap), E(credit)))
        h.append('<div class="editor-note"><p><em>This story appears in the %s issue of Latitude Geographic magazine.</em></p></div>\n' % MONTHS[m % 12])
        h.append('<div class="subscribe-promo"><h4>Subscribe</h4><p>Get a year of the magazine for $19.</p></div></article>\n')
        h.append(related('Related', 3, 'related-content') + footer(site, y))

    elif tpl == 'wpgallery':  # WordPress 2013-2014 post with a [gallery] shortcode of short captions
        h.append(head(st, site, url, None, False))
        h.append('<body class="single single-post">\n<div id="page" class="hfeed site">' + nav(site, 'Home;News;Events;Sports;Schools;Obituaries;Contact'))
        h.append('<div id="main"><article class="post type-post format-standard"><header class="entry-header"><h1 class="entry-title">%s</h1>'
                 '<div class="entry-meta">Posted on <a href="#" rel="bookmark"><time class="entry-date" datetime="%s:00+00:00">%s</time></a>'
                 ' by <span class="author vcard"><a class="url fn n" href="/author/admin/">%s</a></span></div></header>\n<div class="entry-content">\n' % (
                     E(st['title']), st['when'], d_us(st['when']), E(st['by'])))
        gal_done = False
        for c, v in st['items']:
            if c == 'P':
                h.append(P(v[0]))
            elif c == 'ECAP' and not gal_done:
                gal_done = True
                ecaps = [w for cc, w in pick(st, 'ECAP')]
                h.append("<div id='gallery-1' class='gallery galleryid-%d gallery-columns-2 gallery-size-thumbnail'>" % random.randint(100, 999))
                for cap, _ in ecaps:
                    h.append("<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='/wp-content/uploads/x.jpg'>%s</a></dt>"
                             "<dd class='wp-caption-text gallery-caption'>%s</dd></dl>" % (img('attachment-thumbnail'), E(cap)))
                h.append("<br style='clear: both' /></div>\n")
        h.append('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Twitter</li><li>Facebook</li></ul></div>\n')
        h.append('</div>\n<footer class="entry-meta">This entry was posted in <a href="/category/%s">%s</a>. Bookmark the <a href="%s">permalink</a>.</footer></article>\n' % (
            slug(st['sec']), E(st['sec']), url))
        h.append('<div id="comments"><h2 class="comments-title">One thought on &ldquo;%s&rdquo;</h2><ol class="commentlist"><li class="comment"><cite>Barb</cite>'
                 '<p>Great pictures, thanks for covering this!</p></li></ol><div id="respond"><h3>Leave a Reply</h3></div></div>\n' % E(st['title']))
        h.append('</div></div>\n' + footer(site, y))

    elif tpl == 'ukreg':  # UK regional gallery (2014-2016): short captions, "Buy this photo", picture credits
        h.append(head(st, site, url, None, False))
        h.append('<body>\n' + nav(site, 'News;Sport;What\'s On;Lifestyle;Business;Announcements;Jobs;Motors;Property'))
        h.append('<div class="gallery-page"><h1>%s</h1><div class="gallery-meta"><span class="date">%s %s</span> '
                 '<span class="updated">Last Updated: %s</span></div>\n' % (E(st['title']), d_uk(st['when']), hm12(st['when']), d_uk(st['when'])))
        h.append('<div class="gallery-intro">%s</div>\n' % ''.join(P(t) for t in intro))
        h.append('<div class="gallery-images">\n')
        for i, (cap, credit) in enumerate(caps, 1):
            h.append('<div class="gallery-image"><span class="image-number">%d/%d</span>%s<p class="caption">%s</p>'
                     '<span class="photo-credit">%s</span> <a class="buy-photo" href="/buy-photos">Buy this photo</a></div>\n' % (
                         i, len(caps), img(), E(cap), E(credit)))
        h.append('</div>\n<div class="gallery-more"><h3>More galleries</h3><ul><li><a href="#">Gallery: Carnival parade</a></li><li><a href="#">Gallery: School sports days</a></li></ul></div>\n')
        h.append('<div class="comments-disabled"><p>Comments have been disabled on this gallery.</p></div></div>\n' + footer(site, y))

    elif tpl == 'carpet':  # entertainment red-carpet slideshow (2019-2021): "1/N" counters, ads between slides
        h.append(head(st, site, url, 'ImageGallery', True))
        h.append('<body>\n' + nav(site, 'News;TV;Movies;Music;Style;Royals;Awards;Video'))
        h.append('<div class="gallery-wrapper"><h1 class="gallery-title">%s</h1><div class="gallery-byline">By %s | %s %d, %d %s</div>\n' % (
            E(st['title']), E(st['by']), MONTHS[m - 1][:3], d, y, hm12(st['when'], '%d:%s %s').lower()))
        h.append('<div class="gallery-intro">%s</div>\n' % ''.join(P(t) for t in intro))
        for i, (cap, credit) in enumerate(caps, 1):
            h.append('<div class="slide-wrapper"><div class="slide-num">%d/%d</div>%s<div class="slide-caption"><p>%s</p></div>'
                     '<div class="slide-credit">%s</div><div class="slide-share"><a href="#">Pin it</a> <a href="#">Share</a></div></div>\n' % (
                         i, len(caps), img(), E(cap), E(credit)))
            if i % 2 == 0:
                h.append('<div class="gallery-ad"><p>Advertisement</p><p>Continue reading below</p></div>\n')
        h.append('<div class="gallery-end"><h3>Up next</h3><a href="#">The worst-dressed stars of the night</a></div></div>\n')
        h.append(related('Trending Galleries', 4, 'trending-galleries') + footer(site, y))

    elif tpl == 'weather':  # 2010-2013 readers' pictures page: intro, pictures with short captions and "Sent in by"
        h.append(head(st, site, url, None, False))
        h.append('<body>\n<table id="layout" width="100%"><tr><td>' + nav(site, 'Home;News;Sport;Weather;Your Pictures;Jobs;Property'))
        h.append('</td></tr><tr><td class="content"><div class="article-headline"><h1>%s</h1></div><div class="article-date">%s %s</div>\n' % (
            E(st['title']), weekday(st['when']), d_uk(st['when'])))
        h.append('<div class="article-text">%s</div>\n<div class="picture-list">\n' % ''.join(P(t) for t in intro))
        for cap, credit in caps:
            h.append('<div class="reader-pic">%s<div class="pic-caption">%s</div>%s</div>\n' % (
                img(), E(cap), ('<div class="pic-credit">%s</div>' % E(credit)) if credit else ''))
        h.append('</div>\n<div class="upload-box"><p>Got a picture? Upload it to our Your Pictures page or email pictures@countyecho.co.uk</p></div>\n')
        h.append('<div class="comments"><h3>Comments (2)</h3><p><b>snowfan</b> Lovely pictures, stay safe everyone.</p><p><b>Geoff</b> Gritters nowhere to be seen again.</p></div>\n')
        h.append('</td></tr></table>\n' + footer(site, y))
    else:
        raise SystemExit('unknown template ' + tpl)

    exp = '\n\n'.join(body_lines(st)) + '\n'
    return ''.join(h), exp, {"published": st['when'][:10], "lang": "en", "title": st['title']}


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    genlib.write_pages(OUT, (render(st, n) for n, st in enumerate(stories, 1)), json_end='\n')


main()
