#!/usr/bin/env python3
"""Generate bench/stress/eedition pages: regional dailies' and weeklies' e-edition / print-replica article views
(text modes of page-replica readers), print-to-web pages of weeklies carrying the print page's jump lines, and
digitised newspaper archives (library collections, clipping sites) with OCR text and page/column metadata.
Every site is invented and every text original (stories.py).
Usage: python3 bench/stress/eedition/gen/gen.py OUTDIR  (writes NN.html/.txt/.json)."""
import datetime, html, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES, ARCHIVE

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20150303)
MON = 'January February March April May June July August September October November December'.split()
AP_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
DAY = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
E = lambda s: html.escape(s, quote=True)
H5 = '<!DOCTYPE html>\n<html lang="en">\n'
OTHER = ['Council hires new city clerk', 'Obituaries: Harold E. Vance, 88', 'Panthers win district title in overtime',
         'Letters: Keep the bookmobile running', 'Police log: Tuesday, March 3', 'Church supper benefits food pantry',
         'Weather: Snow showers end by noon', 'Planning board tables storage-unit plan']


def D(s):
    return datetime.date(*map(int, s['date'].split('-')))


def long_date(d):
    return '%s, %s %d, %d' % (DAY[d.weekday()], MON[d.month - 1], d.day, d.year)


def slug(t):
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')[:60]


def texts(s):
    return [v for k, v in s['items']]


def paras(s, p='<p>%s</p>\n', h='<h3>%s</h3>\n'):
    return [(h if k == 'H' else p) % E(v) for k, v in s['items']]


def links(n, off=0, pre='/news/', li=True):
    out = []
    for i in range(n):
        t = OTHER[(off + i * 3) % len(OTHER)]
        a = '<a href="%s%s">%s</a>' % (pre, slug(t), E(t))
        out.append('<li>%s</li>\n' % a if li else a + '\n')
    return ''.join(out)


def ad(slot, w=300, h=250):
    return ('<div class="ad-slot" id="%s" data-size="%dx%d"><span class="ad-label">Advertisement</span>'
            '<script>googletag.cmd.push(function(){googletag.display("%s");});</script></div>\n' % (slot, w, h, slot))


def head(title, desc='', extra='', charset='utf-8', doctype=H5):
    return (doctype + '<head>\n<meta charset="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s%s<link rel="stylesheet" href="/assets/app.css">\n'
            '<script src="/assets/reader.js" defer></script>\n</head>\n'
            % (charset, E(title), ('<meta name="description" content="%s">\n' % E(desc)) if desc else '', extra))


def ldjson(s, site, kind='NewsArticle', date=True):
    d = {'@context': 'https://schema.org', '@type': kind, 'headline': s['title'],
         'author': {'@type': 'Person', 'name': s['author']}, 'publisher': {'@type': 'Organization', 'name': site}}
    if date:
        d['datePublished'] = s['date'] + 'T05:00:00-05:00'
    return '<script type="application/ld+json">%s</script>\n' % json.dumps(d)


def jumped(s, ps, out_line, in_lines):
    """the story's paragraphs with the print jump: out_line after paragraph `jump`, then in_lines"""
    j = s['jump'] + 1
    return ps[:j] + [out_line] + in_lines + ps[j:]


def cutline(s, credit, cap):
    return ('<figure class="photo"><img src="/photos/%s.jpg" alt=""><figcaption><span class="credit">%s</span> '
            '<span class="cutline">%s</span></figcaption></figure>\n' % (s['key'], E(credit), E(cap)))


CAPS = {'budget': 'Finance Director Omar Petts presents revenue figures to the Harlow County commissioners on Monday.',
        'fire': 'Smoke rises over the Eastside from the Pruitt Street warehouse on Wednesday afternoon.',
        'mill': 'Workers leave the Brantwood Paper Co. mill at Kettle Falls after Tuesday\'s shift meeting.',
        'school': 'Parents fill the Tallis Valley board room before Monday\'s vote.',
        'bridge': 'The 1958 Route 9 bridge over the Sable River will be replaced.',
        'library': 'Children explore the new wing of the Ashby Public Library on Saturday.',
        'fair': 'Kaylee Brandt leads her grand champion steer around the auction ring.',
        'water': 'The Coyle Street treatment plant will get a new filtration system.',
        'hospital': 'St. Brendan Community Hospital in Corliss.',
        'festival': 'Visitors look at photographs of the 1972 flood in the historical society tent.'}


# ---------------------------------------------------------------- e-edition readers (text views)

def t_pageleaf(s):
    """A PageSuite-like reader's text view: the reader's toolbar, the edition banner, the page label, kicker,
    deck, a caps byline with "Staff Writer", a jump out ("See BUDGET, Page A5") and in ("Continued from A1")."""
    d = D(s); site = 'The Harlow Daily Sentinel'
    ps = paras(s, '<p class="body-text">%s</p>\n', '<p class="subhead">%s</p>\n')
    ps = jumped(s, ps, '<p class="body-text jump">See %s, Page A5</p>\n' % s['slug'],
                ['<p class="jump-head">%s</p>\n' % s['slug'], '<p class="body-text jump">Continued from A1</p>\n'])
    h = head('%s - %s e-Edition' % (s['title'], site), extra='<meta name="apple-itunes-app" content="app-id=1000123456">\n')
    h += ('<body class="pl-reader text-mode">\n<div class="pl-toolbar" role="toolbar">\n<button class="pl-btn">Page view</button>'
          '<button class="pl-btn active">Text view</button><button class="pl-btn">Zoom in</button><button class="pl-btn">Zoom out</button>'
          '<button class="pl-btn">Previous page</button><button class="pl-btn">Next page</button><button class="pl-btn">Print</button>'
          '<button class="pl-btn">Share</button><button class="pl-btn">Sections</button></div>\n'
          '<div class="pl-edition">Printed edition of %s</div>\n<div class="pl-pagelabel">A1 | Front Page</div>\n'
          '<article class="pl-article">\n<p class="kicker">%s</p>\n<h1 class="headline">%s</h1>\n<h2 class="deck">%s</h2>\n'
          '<p class="byline">By %s<br>Staff Writer</p>\n%s%s</article>\n'
          '<div class="pl-nav"><a href="#prev">&lsaquo; Previous article</a> <a href="#next">Next article &rsaquo;</a></div>\n'
          '<div class="pl-footer">Powered by PageLeaf Digital Editions &middot; &copy; %d %s</div>\n</body>\n</html>\n'
          % (long_date(d), E(s['kicker']), E(s['title']), E(s['deck']), E(s['author']).upper(),
             cutline(s, 'STAFF PHOTO BY DEVIN HOLLOWAY', CAPS[s['key']]), ''.join(ps), d.year, site))
    return h, texts(s)


def t_tecna(s):
    """A Tecnavia-like "article view" in a replica reader: zoom and page controls, "Page 12" selector, the
    edition stamp "The Pell City Courier - 03/03/2015", byline "By NAME | Staff Writer", "Continued on Page 6"."""
    d = D(s); site = 'The Pell City Courier'
    ps = paras(s, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    ps = jumped(s, ps, '<p class="jump">Continued on Page 6</p>\n', ['<p class="jump">Continued from Page 1</p>\n'])
    h = head('%s - %s' % (site, d.strftime('%m/%d/%Y')))
    h += ('<body id="artview">\n<div id="toolbar"><a class="tb" href="#">Back to page view</a> <a class="tb" href="#">Zoom +</a> <a class="tb" href="#">Zoom &minus;</a> '
          '<a class="tb" href="#">Previous page</a> <select id="pagesel"><option>Page 1</option><option selected>Page 12</option></select> '
          '<a class="tb" href="#">Next page</a> <a class="tb" href="#">Print</a> <a class="tb" href="#">Email</a></div>\n'
          '<div id="stamp">%s - %s</div>\n<div id="art">\n<div class="artHead">%s</div>\n<div class="artDeck">%s</div>\n'
          '<div class="artByline">By %s | Staff Writer</div>\n<div class="artText">\n%s</div>\n</div>\n'
          '<div id="related"><h4>Other articles on this page</h4><ul>%s</ul></div>\n'
          '<div id="copyright">Copyright &copy; %d %s. All rights reserved. Reproduction without permission is prohibited.</div>\n</body>\n</html>\n'
          % (site, d.strftime('%m/%d/%Y'), E(s['title']), E(s['deck']), E(s['author']).upper(), ''.join(ps), links(3, 1, '/art/'), d.year, site))
    return h, texts(s)


def t_olive(s):
    """An Olive-like e-paper in text mode: the article as spans of primitives, "Text mode | Page mode", the page
    and date label, a jump line inside the text block, the e-paper's print note."""
    d = D(s); site = 'Greer Valley Times'
    ps = paras(s, '<p class="Primitive">%s</p>\n', '<p class="Primitive SubHead">%s</p>\n')
    ps = jumped(s, ps, '<p class="Primitive Jump">Please see %s on 3B</p>\n' % s['slug'],
                ['<p class="Primitive Jump">%s from 1A</p>\n' % s['slug']])
    h = head('%s | %s e-Paper' % (s['title'], site))
    h += ('<body class="olv">\n<div class="olv-bar"><span class="olv-logo">%s e-Paper</span> <a href="#">Text mode</a> | <a href="#">Page mode</a> | '
          '<a href="#">Thumbnails</a> | <a href="#">Search</a> | <a href="#">Archive</a></div>\n'
          '<div class="olv-meta"><span class="olv-page">Page 1</span> <span class="olv-date">%s</span></div>\n'
          '<div class="Article" id="Ar00%d00">\n<span class="PrimKicker">%s</span>\n<h1 class="PrimHead">%s</h1>\n<span class="PrimDeck">%s</span>\n'
          '<span class="Byline">%s<br>Times Staff Writer</span>\n<div class="PrimBody">\n%s</div>\n</div>\n'
          '<div class="olv-print">Printed and distributed by OliveLine. Copyright and protected by applicable law.</div>\n</body>\n</html>\n'
          % (site, long_date(d), random.randint(1, 9), E(s['kicker']), E(s['title']), E(s['deck']), E(s['author']).upper(), ''.join(ps)))
    return h, texts(s)


def t_nmemory(s):
    """A NewsMemory-like reader's text view: "Read in Page View", "Listen", "Translate", font size, the section and
    page label, the print edition's date, a caps photo credit with its cutline inside the text, a jump line."""
    d = D(s); site = 'The Eastgate Beacon'
    ps = paras(s, '<p>%s</p>\n', '<h4>%s</h4>\n')
    ps.insert(2, cutline(s, 'PHOTO BY MIKE ALDEN / THE BEACON', CAPS[s['key']]))
    ps = jumped(s, ps, '<p>See %s, Page A5</p>\n' % s['slug'], [])
    h = head('%s' % site, extra='<meta property="og:title" content="%s">\n' % E(s['title']))
    h += ('<body>\n<header class="nm-top"><a class="nm-back" href="#">&larr; Back</a> <span class="nm-title">%s</span></header>\n'
          '<div class="nm-tools"><a href="#">Read in Page View</a> <a href="#">Listen</a> <a href="#">Translate</a> <a href="#">A-</a> <a href="#">A+</a> <a href="#">Share</a></div>\n'
          '<div class="nm-story">\n<div class="nm-section">Section: Local News | Page A3</div>\n<div class="nm-edition">%s</div>\n'
          '<h1>%s</h1>\n<h2 class="nm-sub">%s</h2>\n<div class="nm-author">%s</div>\n<div class="nm-text">\n%s</div>\n</div>\n'
          '<div class="nm-more"><h3>More from this edition</h3><ul>%s</ul></div>\n<footer>%s &copy; %d. Digital edition by NewsMemoir.</footer>\n</body>\n</html>\n'
          % (site, long_date(d), E(s['title']), E(s['deck']), E(s['author']).upper(), ''.join(ps), links(4, 2, '/nm/'), site, d.year))
    return h, texts(s)


def t_flipbook(s):
    """An Issuu-like publication platform's article page from a weekly's digital issue: "From X — March 2015",
    "Read the full issue", "Page 12", "More from this publisher"; month-only date, so no published date."""
    d = D(s); pub = 'Lakes Region Weekly'
    ps = paras(s, '<p>%s</p>\n', '<h2>%s</h2>\n')
    h = head('%s by %s - Flipleaf' % (s['title'], pub), desc=s['items'][0][1][:150],
             extra='<meta property="og:type" content="article">\n<meta property="og:site_name" content="Flipleaf">\n')
    h += ('<body>\n<nav class="fl-nav"><a href="/">Flipleaf</a> <a href="/explore">Explore</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav>\n'
          '<main><div class="fl-story"><p class="fl-from">From <a href="/lrweekly/docs/%s">%s &mdash; %s %d</a></p>\n'
          '<h1>%s</h1>\n<p class="fl-deck">%s</p>\n<div class="fl-body">\n%s</div>\n'
          '<div class="fl-issue"><a class="btn" href="/lrweekly/docs/%s">Read the full issue</a> <span>Page 12</span></div>\n'
          '<div class="fl-share"><button>Share</button> <button>Save</button> <button>Report</button></div></div>\n'
          '<aside><h3>More from this publisher</h3><ul>%s</ul><p>Published by %s</p></aside></main>\n'
          '<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> &copy; Flipleaf Inc.</footer>\n</body>\n</html>\n'
          % (d.strftime('%Y%m'), pub, MON[d.month - 1], d.year, E(s['title']), E(s['deck']), ''.join(ps), d.strftime('%Y%m'), links(4, 3, '/lrweekly/'), pub))
    return h, texts(s)


def t_smart(s):
    """A "smart edition" reader: section tabs, the story list of the section, "A3 | Local", previous/next article,
    the edition's date line and a caps credit over a cutline."""
    d = D(s); site = 'Corliss Daily Press'
    ps = paras(s, '<p>%s</p>\n', '<p class="crosshead">%s</p>\n')
    ps = jumped(s, ps, '<p class="jumpline">See %s on A6</p>\n' % s['slug'], ['<p class="jumpline">From Page A1</p>\n'])
    h = head('%s | %s Smart Edition' % (s['title'], site), extra=ldjson(s, site))
    h += ('<body>\n<div class="se-header"><span class="se-logo">%s</span> <span class="se-date">%s</span></div>\n'
          '<ul class="se-tabs"><li class="on">News</li><li>Sports</li><li>Opinion</li><li>Obituaries</li><li>Classifieds</li><li>Puzzles</li></ul>\n'
          '<div class="se-list"><ul>%s</ul></div>\n<div class="se-article">\n<div class="se-label">A3 | Local</div>\n'
          '<h1>%s</h1>\n<div class="se-deck">%s</div>\n<div class="se-byline">By %s<br>Daily Press Staff Writer</div>\n%s<div class="se-text">\n%s</div>\n'
          '<div class="se-pn"><a href="#">Previous article</a> | <a href="#">Next article</a></div>\n</div>\n</body>\n</html>\n'
          % (site, long_date(d), links(5, 0, '/se/'), E(s['title']), E(s['deck']), E(s['author']),
             cutline(s, 'STAFF PHOTO BY RITA OSEI', CAPS[s['key']]), ''.join(ps)))
    return h, texts(s)


def t_digital_uk(s):
    """A British regional weekly's digital edition: "Page 12 | The Harbour Mercury | Thursday 5 March 2015",
    "Go to page", "Contents", "Pinch to zoom" hint, the story with a crosshead and "Continued on page 14"."""
    d = D(s); site = 'The Harbour Mercury'
    ps = paras(s, '<p>%s</p>\n', '<p class="crosshead">%s</p>\n')
    ps = jumped(s, ps, '<p class="cont">Continued on page 14</p>\n', ['<p class="cont">Continued from page 12</p>\n'])
    h = head('%s | %s digital edition' % (s['title'], site), extra='<meta name="robots" content="noindex">\n')
    h += ('<body class="de">\n<div class="de-bar"><a href="#">Contents</a> <a href="#">Go to page</a> <a href="#">Back issues</a> <a href="#">Help</a></div>\n'
          '<p class="de-hint">Pinch to zoom</p>\n<div class="de-folio">Page 12 | %s | %s %d %s %d</div>\n'
          '<div class="de-story">\n<h1>%s</h1>\n<p class="de-by">By %s</p>\n%s</div>\n'
          '<div class="de-foot">Digital edition &copy; %d Fenmoor Media Ltd. Registered in England and Wales No. 0987654.</div>\n</body>\n</html>\n'
          % (site, DAY[d.weekday()], d.day, MON[d.month - 1], d.year, E(s['title']), E(s['author']), ''.join(ps), d.year))
    return h, texts(s)


# ---------------------------------------------------------------- print-to-web pages

def t_weekly_wp(s):
    """A small weekly's WordPress print-to-web page: kicker, "Posted on DATE by NAME, Staff Writer", share buttons,
    the print-edition note ("This story appeared in the ... print edition"), a newsletter box, comments."""
    d = D(s); site = 'The Cedar Fork Clarion'
    ps = paras(s, '<p>%s</p>\n', '<h3>%s</h3>\n')
    h = head('%s &#8211; %s' % (s['title'], site), extra='<meta name="generator" content="WordPress 5.3.2">\n'
             '<meta property="article:published_time" content="%sT08:00:00+00:00">\n' % s['date']).replace('&amp;#8211;', '&#8211;')
    h += ('<body class="post-template-default single">\n<header id="masthead"><a href="/">%s</a><p>Serving Cedar Fork since 1889</p>\n'
          '<nav><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obits/">Obituaries</a></li>'
          '<li><a href="/e-edition/">e-Edition</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav></header>\n'
          '<main><article class="post">\n<span class="cat-links"><a href="/news/">%s</a></span>\n<h1 class="entry-title">%s</h1>\n'
          '<div class="entry-meta">Posted on <time datetime="%s">%s %d, %d</time> by %s, Staff Writer</div>\n'
          '<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>\n'
          '<div class="entry-content">\n%s<p class="print-note"><em>This story appeared in the %s %d, %d print edition of %s.</em></p>\n</div>\n'
          '<div class="newsletter"><h4>Get the Clarion in your inbox</h4><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>\n'
          '</article>\n<section id="comments"><h3>One thought on &ldquo;%s&rdquo;</h3><div class="comment"><b>Marge T.</b> <p>Thank you for covering this.</p></div></section></main>\n'
          '<aside><h3>Recent Posts</h3><ul>%s</ul></aside>\n<footer>&copy; %d %s &middot; Proudly powered by WordPress</footer>\n</body>\n</html>\n'
          % (site, E(s['kicker'].title()), E(s['title']), s['date'], MON[d.month - 1], d.day, d.year, E(s['author']), ''.join(ps),
             MON[d.month - 1], d.day, d.year, site, E(s['title']), links(5, 1, '/'), d.year, site))
    return h, texts(s)


def t_blox_jump(s):
    """A TownNews-like weekly whose print-to-web import leaves the print jump lines in the text ("See MILL, Page
    A6", "MILL from Page A1"), the e-Edition promo, a caps photo credit and a cutline, JSON-LD."""
    d = D(s); site = 'Sable County News'
    ps = paras(s, '<p>%s</p>\n', '<p><strong>%s</strong></p>\n')
    ps = jumped(s, ps, '<p>See %s, Page A6</p>\n' % s['slug'], ['<p>%s from Page A1</p>\n' % s['slug']])
    h = head('%s | Local News | sablecountynews.com' % s['title'], desc=s['deck'], extra=ldjson(s, site))
    h += ('<body class="asset-page">\n<div id="site-top"><a href="/">%s</a> <a class="btn" href="/eedition/">e-Edition</a> <a class="btn" href="/subscribe/">Subscribe</a> <a href="/login">Log In</a></div>\n'
          '<nav id="main-nav"><a href="/news/">News</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/obituaries/">Obituaries</a> <a href="/classifieds/">Classifieds</a></nav>\n'
          '<div class="asset">\n<div class="asset-kicker">%s</div>\n<h1 class="headline">%s</h1>\n<h2 class="subhead">%s</h2>\n'
          '<ul class="list-inline"><li class="byline">By %s Staff Writer</li><li><time datetime="%sT05:00:00-05:00">%s %d, %d</time></li></ul>\n'
          '<div class="share-container"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a> <a href="#">Save</a></div>\n'
          '%s<div class="asset-content" itemprop="articleBody">\n%s</div>\n'
          '<div class="eedition-promo"><h4>Read the print edition online</h4><p>Every page of the Sable County News, just as it was printed. <a href="/eedition/">Open the e-Edition</a></p></div>\n'
          '<div class="tags"><a href="/tags/local">Local</a> <a href="/tags/%s">%s</a></div>\n</div>\n'
          '<div id="rail">%s<h3>Most Popular</h3><ol>%s</ol></div>\n<footer>&copy; %d Sable County News. Powered by BLOX-like CMS.</footer>\n</body>\n</html>\n'
          % (site, E(s['kicker'].title()), E(s['title']), E(s['deck']), E(s['author']), s['date'], AP_MON[d.month - 1], d.day, d.year,
             cutline(s, 'PHOTO BY JOAN TREMBLAY / SABLE COUNTY NEWS', CAPS[s['key']]), ''.join(ps), s['key'], s['key'].title(), ad('rail1'), links(5, 2), d.year))
    return h, texts(s)


def t_replica_note(s):
    """A regional daily's story page with the print note at its foot ("A version of this article appeared in print
    on page A1 of the Sunday, ... edition with the headline: ..."), "Today's Paper" and e-Edition links."""
    d = D(s); site = 'The Brookhaven Register'
    ps = paras(s, '<p>%s</p>\n', '<h2>%s</h2>\n')
    h = head('%s - %s' % (s['title'], site), extra=ldjson(s, site) +
             '<meta property="og:title" content="%s">\n<meta property="article:published_time" content="%sT06:00:00-05:00">\n' % (E(s['title']), s['date']))
    h += ('<body>\n<header><a href="/">%s</a><nav><a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/todays-paper">Today\'s Paper</a> <a href="/eedition">e-Edition</a></nav></header>\n'
          '<main><article>\n<h1>%s</h1>\n<p class="dek">%s</p>\n<div class="meta"><span class="by">By %s</span> <span class="date">Published %s %d, %d</span></div>\n'
          '<section class="article-body">\n%s</section>\n'
          '<p class="print-info">A version of this article appeared in print on page A1 of the %s edition with the headline: %s.</p>\n'
          '<div class="more"><h3>More Local News</h3><ul>%s</ul></div>\n</article></main>\n<footer>&copy; %d %s</footer>\n</body>\n</html>\n'
          % (site, E(s['title']), E(s['deck']), E(s['author']), AP_MON[d.month - 1], d.day, d.year, ''.join(ps), long_date(d),
             E(s['title'].upper()), links(4, 4), d.year, site))
    return h, texts(s)


def t_drupal_weekly(s):
    """A Drupal weekly's print-to-web page: kicker and deck fields, a caps credit, the cutline, the jump lines
    ("See FIRE, Page 6" / "Continued from Page 1") as the print text carried them, the issue note as a field."""
    d = D(s); site = 'Millbrook Independent'
    ps = paras(s, '<p>%s</p>\n', '<h3>%s</h3>\n')
    ps = jumped(s, ps, '<p><em>See %s, Page 6</em></p>\n' % s['slug'], ['<p><em>Continued from Page 1</em></p>\n'])
    h = head('%s | %s' % (s['title'], site), extra='<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n')
    h += ('<body class="node-type-article">\n<div id="header"><a href="/">%s</a> <span>Your hometown weekly</span></div>\n'
          '<div id="nav"><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/community">Community</a> <a href="/legals">Legal Notices</a></div>\n'
          '<div class="node">\n<div class="field-kicker">%s</div>\n<h1 class="title">%s</h1>\n<div class="field-deck">%s</div>\n'
          '<div class="field-byline">%s, Staff Writer</div>\n<div class="field-issue">Issue of %s %d, %d &middot; Page 1</div>\n'
          '%s<div class="field-body">\n%s</div>\n<div class="field-tags">Tags: <a href="/tags/%s">%s</a></div>\n'
          '<ul class="links"><li><a href="/print/%d">Printer-friendly version</a></li><li><a href="/forward">Send to friend</a></li></ul>\n</div>\n'
          '<div id="footer">&copy; %d %s, P.O. Box 118, Millbrook</div>\n</body>\n</html>\n'
          % (site, E(s['kicker'].title()), E(s['title']), E(s['deck']), E(s['author']), MON[d.month - 1], d.day, d.year,
             cutline(s, 'PHOTO BY CARL DUBOIS / INDEPENDENT', CAPS[s['key']]), ''.join(ps), s['key'], s['key'], random.randint(1000, 9999), d.year, site))
    return h, texts(s)


def t_inline_jumps(s):
    """Harder variant: a weekly's plain CMS page whose imported text carries everything the print page had inside
    the story's one container: the page label, the caps byline and "Staff Writer", the jump out and back in,
    the caps photo credit and cutline, and the edition banner at its end."""
    d = D(s); site = 'The Tallis Valley Ledger'
    ps = paras(s, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    ps = jumped(s, ps, '<p>See %s, Page A5</p>\n' % s['slug'], ['<p>Continued from A1</p>\n'])
    ps.insert(0, '<p>A3 | Local</p>\n<p>BY %s</p>\n<p>Staff Writer</p>\n' % E(s['author']).upper())
    ps.insert(3, '<p>LEDGER PHOTO BY ANN KOWALSKI</p>\n<p>%s</p>\n' % E(CAPS[s['key']]))
    ps.append('<p>Printed edition of %s</p>\n' % long_date(d))
    h = head('%s - %s' % (s['title'], site))
    h += ('<body>\n<div id="top"><a href="/">%s</a> <a href="/eedition">e-Edition</a></div>\n<div id="content">\n<h1>%s</h1>\n'
          '<div class="story">\n%s</div>\n</div>\n<div id="side"><h3>Latest</h3><ul>%s</ul></div>\n<div id="foot">&copy; %d %s</div>\n</body>\n</html>\n'
          % (site, E(s['title']), ''.join(ps), links(4, 5), d.year, site))
    return h, texts(s)


def t_toc(s):
    """Counterexample: a weekly's "In this week's edition" post whose article IS the table of contents: page and
    section labels with headlines ("A3 | Local: ..."), all body."""
    d = D(s); site = 'The Cedar Fork Clarion'
    items = ['Here is what you will find in this week\'s Clarion, on newsstands Wednesday and in the e-Edition now.']
    secs = ['A1 | Front Page', 'A3 | Local', 'A5 | Schools', 'A7 | Opinion', 'B1 | Sports', 'B4 | Obituaries']
    for i, sec in enumerate(secs):
        items.append('%s: %s' % (sec, (STORIES[(i + 2) % len(STORIES)]['title'] if i % 2 == 0 else OTHER[i])))
    items.append('Page 12 also carries the legal notices for the March 17 budget hearing, and the classifieds start on B6.')
    body = '<p>%s</p>\n<ul>\n%s</ul>\n<p>%s</p>\n' % (E(items[0]), ''.join('<li>%s</li>\n' % E(x) for x in items[1:-1]), E(items[-1]))
    title = 'In this week\'s edition: %s %d' % (MON[d.month - 1], d.day)
    h = head('%s &#8211; %s' % (title, site), extra='<meta name="generator" content="WordPress 5.3.2">\n'
             '<meta property="article:published_time" content="%sT08:00:00+00:00">\n' % s['date']).replace('&amp;#8211;', '&#8211;')
    h += ('<body class="single">\n<header id="masthead"><a href="/">%s</a><nav><ul><li><a href="/news/">News</a></li><li><a href="/e-edition/">e-Edition</a></li></ul></nav></header>\n'
          '<main><article class="post">\n<h1 class="entry-title">%s</h1>\n<div class="entry-meta">Posted on <time datetime="%s">%s %d, %d</time> by Clarion Staff</div>\n'
          '<div class="entry-content">\n%s</div>\n<div class="share"><a href="#">Facebook</a> <a href="#">Email</a></div>\n</article></main>\n'
          '<aside><h3>Recent Posts</h3><ul>%s</ul></aside>\n<footer>&copy; %d %s</footer>\n</body>\n</html>\n'
          % (site, E(title), s['date'], MON[d.month - 1], d.day, d.year, body, links(4, 2, '/'), d.year, site))
    return h, items, title


# ---------------------------------------------------------------- digitised archives

def lines_html(p, sep='<br>\n'):
    return sep.join(E(x) for x in p.split('\n'))


def joined(p):
    return ' '.join(p.split('\n'))


def a_date(a):
    return datetime.date(*map(int, a['date'].split('-')))


def t_libarchive(a):
    """A state library's digitised-newspaper site (Chronicling-America-like): the title's run and place, the
    issue, page and image, the view tabs (Image | Text | PDF), the OCR note, the OCR text, an issue calendar."""
    d = a_date(a)
    cal = ''.join('<td><a href="/lccn/sn%d/%s/ed-1/">%d</a></td>' % (8000000 + len(a['paper']), d.replace(day=k).isoformat(), k)
                  if k % 3 == d.day % 3 else '<td>%d</td>' % k for k in range(1, 29))
    h = head('%s. [volume] (%s) %s, %s %02d, %d, Page %d, Image %d' % (a['paper'], a['place'], a['paper'], MON[d.month - 1], d.day, d.year, a['page'], a['page']),
             extra='<meta name="citation_title" content="%s">\n<meta name="citation_date" content="%s">\n' % (E(a['paper']), d.isoformat()))
    h += ('<body>\n<div id="banner">State Digital Newspaper Program <a href="/">Home</a> <a href="/search/">Search Pages</a> <a href="/newspapers/">All Digitized Newspapers</a> <a href="/help/">Help</a></div>\n'
          '<div id="breadcrumbs"><a href="/">Home</a> &gt; <a href="/newspapers/">Newspapers</a> &gt; %s &gt; %s %d, %d &gt; Page %d</div>\n'
          '<h1>%s. [volume] (%s) 1911-1934, %s %02d, %d, Page %d, Image %d</h1>\n'
          '<ul class="tabs"><li><a href="../">Image</a></li><li class="on">Text</li><li><a href="../print/">PDF</a></li><li><a href="../ocr.xml">JP2 / XML</a></li></ul>\n'
          '<div class="pager"><a href="../seq-%d/">&laquo; Previous Page</a> | <a href="../seq-%d/">Next Page &raquo;</a> | <a href="/issues/">All Issues</a></div>\n'
          '<p class="ocr-note">About this text: the text below was produced by optical character recognition and may contain errors. Text may contain errors.</p>\n'
          '<div class="ocr"><h2>%s</h2>\n%s</div>\n'
          '<table class="calendar"><caption>Browse issues: %s %d</caption><tr><th>S</th><th>M</th><th>T</th><th>W</th><th>T</th><th>F</th><th>S</th></tr><tr>%s</tr></table>\n'
          '<div id="about"><h3>About %s</h3><p>Dates of publication: 1911-1934. Frequency: Daily (except Sunday). <a href="/about/">More about this title</a></p></div>\n'
          '<div id="footer">A partnership of the State Library and the National Digital Newspaper Program. <a href="/rights/">Rights and reproductions</a></div>\n</body>\n</html>\n'
          % (E(a['paper']), MON[d.month - 1], d.day, d.year, a['page'], E(a['paper']), E(a['place']), MON[d.month - 1], d.day, d.year, a['page'], a['page'],
             a['page'] - 1, a['page'] + 1, E(a['title']), ''.join('<p>%s</p>\n' % lines_html(p) for p in a['paras']), MON[d.month - 1], d.year, cal, E(a['paper'])))
    return h, [joined(p) for p in a['paras']]


def t_volunteer(a):
    """A national library's article-level view (Trove-like): the citation line "(Town : 1896 - 1954) Sat 5 Mar
    1927 Page 7", OCR lines as spans, "This article has been corrected by volunteers", text-correction count,
    tags, lists, cite, comments."""
    d = a_date(a)
    body = ''.join('<p>%s</p>\n' % ''.join('<span class="line">%s</span><br>\n' % E(x) for x in p.split('\n')) for p in a['paras'])
    h = head('%s - %s (%s) - %s %d, %d' % (a['title'], a['paper'], a['place'], MON[d.month - 1][:3], d.day, d.year))
    h += ('<body>\n<div id="nla-head"><a href="/">Newsroll</a> <a href="/search">Search</a> <a href="/lists">Lists</a> <a href="/login">Log in</a></div>\n'
          '<div class="citation"><a href="/title/%d">%s (%s : 1896 - 1954)</a> <span class="issue">%s %d %s %d</span> <span class="page">Page %d</span></div>\n'
          '<div class="tools"><a href="#">Print</a> <a href="#">Download</a> <a href="#">Cite</a> <a href="#">Share</a> <a href="#">Add to list</a> <a href="#">Zoom in</a> <a href="#">Zoom out</a></div>\n'
          '<div class="article">\n<h1 class="hdg">%s</h1>\n<p class="corr">This article has been corrected by volunteers. Text correction: %d lines. <a href="#">Fix this text</a></p>\n'
          '<div class="read">\n%s</div>\n</div>\n<div class="tags"><h3>Tags</h3><a href="#">floods</a> <a href="#">railways</a> <a href="#">Add tag</a></div>\n'
          '<div class="comments"><h3>Comments (0)</h3><p>Log in to add a comment.</p></div>\n'
          '<div id="foot">Newsroll is a service of the National Library. Text may contain errors: corrections are welcome.</div>\n</body>\n</html>\n'
          % (100 + a['page'], E(a['paper']), E(a['place']), DAY[d.weekday()][:3], d.day, MON[d.month - 1][:3], d.year, a['page'],
             E(a['title']), random.randint(5, 40), body))
    return h, [joined(p) for p in a['paras']]


def t_clipping(a):
    """A commercial archive's clipping page: "Clipped from X, 12 Jun 1958, Thu, Page 9", the clipper and the
    clipping's title, the OCR text block under "Text may contain errors", "Report this clipping", more clippings."""
    d = a_date(a)
    title = a['title'].title() if a['title'].isupper() else a['title']
    ld = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'datePublished': d.isoformat(),
          'isPartOf': {'@type': 'Periodical', 'name': a['paper']}}
    h = head('%s - Clipped from %s' % (title, a['paper']), extra='<script type="application/ld+json">%s</script>\n' % json.dumps(ld))
    h += ('<body>\n<header class="np-head"><a href="/">PaperTrail Archive</a> <a href="/search">Search</a> <a href="/browse">Browse</a> <a href="/signin">Sign in</a> <a class="btn" href="/trial">Start free trial</a></header>\n'
          '<main class="clip"><h1>%s</h1>\n<p class="clip-src">Clipped from <a href="/paper/%s">%s</a>, %02d %s %d, %s, Page %d</p>\n'
          '<p class="clip-by">Clipped by <a href="/profile/marthaj">marthaj</a> &middot; %d views</p>\n<img class="clip-img" src="/clip/%d.jpg" alt="Clipping image">\n'
          '<section class="ocr"><h2>Text may contain errors</h2>\n<div class="ocr-text">\n%s</div></section>\n'
          '<div class="clip-act"><a href="#">Share</a> <a href="#">Download</a> <a href="#">Print</a> <a href="#">Report this clipping</a></div>\n'
          '<section class="more"><h3>Other clippings from this page</h3><ul><li><a href="#">Want ads, %d</a></li><li><a href="#">Obituary notices</a></li></ul></section>\n'
          '</main>\n<footer>&copy; PaperTrail Archive. All newspaper content is provided for personal research.</footer>\n</body>\n</html>\n'
          % (E(title), slug(a['paper']), E(a['paper']), d.day, MON[d.month - 1][:3], d.year, DAY[d.weekday()][:3], a['page'], random.randint(20, 900),
             random.randint(10**6, 10**7), ''.join('<p>%s</p>\n' % lines_html(p, '\n') for p in a['paras']), d.year))
    return h, [joined(p) for p in a['paras']], title


def t_veridian(a):
    """A college's digital newspaper collection (Veridian-like): breadcrumb down to "Article 2", the page toolbar
    ("Page 3 of 8", previous/next page, zoom, download), a metadata table with page and column, "Article text
    (automatically generated)", an issue calendar."""
    d = a_date(a)
    cal = ''.join('<li><a href="/cgi-bin/dc?a=d&amp;d=%s%s">%d</a></li>' % (slug(a['paper'])[:3].upper(), d.replace(day=k).strftime('%Y%m%d'), k) for k in range(max(1, d.day - 14), d.day + 1, 7))
    h = head('%s &mdash; %s %d %s %d &mdash; Digital Collections' % (a['title'], a['paper'], d.day, MON[d.month - 1], d.year)).replace('&amp;mdash;', '&mdash;')
    h += ('<body>\n<div id="vd-top"><a href="/">Halvering College Digital Collections</a> <a href="/cgi-bin/dc?a=q">Search</a> <a href="/cgi-bin/dc?a=cl">Browse</a></div>\n'
          '<div class="vd-crumbs"><a href="/">Home</a> &gt; <a href="#">Browse</a> &gt; <a href="#">%s</a> &gt; <a href="#">%d %s %d</a> &gt; <a href="#">Page %d</a> &gt; Article %d</div>\n'
          '<div class="vd-pagebar">Page %d of 8 | <a href="#">&lt; Previous page</a> | <a href="#">Next page &gt;</a> | <a href="#">Zoom</a> | <a href="#">Download PDF</a></div>\n'
          '<table class="vd-meta"><tr><th>Publication</th><td>%s</td></tr><tr><th>Date</th><td>%d %s %d</td></tr><tr><th>Page</th><td>%d</td></tr><tr><th>Column</th><td>%d</td></tr></table>\n'
          '<div class="vd-article"><h1>%s</h1>\n<p class="vd-note">Article text (automatically generated)</p>\n<div class="vd-text">\n%s</div></div>\n'
          '<div class="vd-cal"><h3>Issues in %s %d</h3><ul>%s</ul></div>\n'
          '<div id="vd-foot">Powered by Veridia &middot; Halvering College Library Archives</div>\n</body>\n</html>\n'
          % (E(a['paper']), d.day, MON[d.month - 1], d.year, a['page'], a['column'], a['page'], E(a['paper']), d.day, MON[d.month - 1], d.year,
             a['page'], a['column'], E(a['title']), ''.join('<p>%s</p>\n' % lines_html(p, '\n') for p in a['paras']), MON[d.month - 1], d.year, cal))
    return h, [joined(p) for p in a['paras']]


MODERN = [t_pageleaf, t_tecna, t_olive, t_nmemory, t_flipbook, t_smart, t_digital_uk, t_weekly_wp, t_blox_jump,
          t_replica_note, t_drupal_weekly, t_inline_jumps]
ARCH = [t_libarchive, t_volunteer, t_clipping, t_veridian]


def main():
    os.makedirs(OUT, exist_ok=True)
    jobs = []
    n = len(STORIES)
    for i in range(28):
        jobs.append(('m', STORIES[(i * 3) % n if i >= n else i], MODERN[i % len(MODERN)]))
    for i in range(9):
        jobs.append(('a', ARCHIVE[i % len(ARCHIVE)], ARCH[(i + i // len(ARCHIVE)) % len(ARCH)]))
    jobs.append(('t', STORIES[0], t_toc))
    jobs.append(('t', STORIES[7], t_toc))
    jobs.append(('m', STORIES[4], t_inline_jumps))
    for i, (kind, s, t) in enumerate(jobs):
        r = t(s)
        h, exp = r[0], r[1]
        title = r[2] if len(r) > 2 else s['title']
        pub = s['date']
        if t is t_flipbook:
            pub = None
        nn = '%02d' % (i + 1)
        with open(os.path.join(OUT, nn + '.html'), 'w', encoding='utf-8') as f:
            f.write(h)
        with open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(exp) + '\n')
        with open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'published': pub, 'lang': 'en', 'title': title}, f)
            f.write('\n')


if __name__ == '__main__':
    main()
