#!/usr/bin/env python3
"""Generate bench/stress/longform pages from stories.txt (long-form magazine features and investigations).

Usage: python3 bench/stress/longform/gen/gen.py bench/stress/longform  (writes NN.html/.txt/.json; the
committed pages are its output: keep it byte-identical when adding stories at the end).

Story items (one a line, "KEY: text"):
  P  paragraph (**bold**, *italic*, [text](href), footnote marker [^n] which is no body text)
  H  subheading           CH  chapter heading "NUM|title" (either part may be empty)
  Q  block quote of the story (body)        EPI  epigraph "text|attribution" (body)
  L  list item            MH/MP  methodology box heading / paragraph (body: the story's own account)
  PQ pull quote (must repeat a sentence of a P within 12 items; not body)
  BR section break        FIG caption|credit   GR graphic title|source|credit
  BOX sidebar "title|text"   SERIES series title|item;item;…   NL newsletter box   SUP support appeal
  FN footnote "n|text"   CR helpers' credit ("X contributed research.", body)   NOTE end note (print edition, support, co-publication, tips)   BIO writer's bio
  NEXT  "Continue reading" link to the next page of the story   PREV link back
Flags (F: key=value): dropcap=<variant>, sc=<n words in small caps>, series=…, page=…"""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
NOT_BODY = {'PQ', 'BR', 'FIG', 'GR', 'BOX', 'SERIES', 'NL', 'SUP', 'FN', 'NOTE', 'BIO', 'NEXT', 'PREV', 'TIP'}


def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, author, section, site, domain = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, author=author, section=section, site=site, domain=domain,
                       title='', deck='', items=[], flags={})
            stories.append(cur)
        elif not line.strip() or cur is None or line.startswith('#'):
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            elif k == 'D': cur['deck'] = v
            elif k == 'F':
                a, _, b = v.partition('=')
                cur['flags'][a] = b
            else: cur['items'].append((k, v))
    return stories


def inline(t, fnref=None):
    t = E(t, quote=False)
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    t = re.sub(r'\*(.+?)\*', r'<em>\1</em>', t)
    t = re.sub(r'\[([^\]^]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', t)
    t = re.sub(r'\[\^(\d+)\]', (fnref or (lambda m: '<sup><a href="#fn-%s" id="ref-%s">%s</a></sup>' % (m.group(1), m.group(1), m.group(1)))), t)
    return t


def plain(t, marker='%s'):
    t = re.sub(r'\[\^(\d+)\]', lambda m: marker % m.group(1), t)
    t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    t = re.sub(r'\*(.+?)\*', r'\1', t)
    return re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1', t)


def expected(s):
    """The body as a reader sees it: footnote markers stay as printed ("way.1", "[1]") and the notes
    under the story are part of it (the references disagree; two of three keep them: README)."""
    out = []
    marker = '[%s]' if s['tpl'] == 'crosswise' else '%s'
    for k, v in s['items']:
        if k in ('P', 'H', 'Q', 'L') or (k in ('MH', 'MP') and s['tpl'] == 'civic'):
            # (a methodology section in the story's flow is body; set aside in a sidebar box it is a boxout)
            out.append(plain(v, marker))
        elif k == 'CH':
            num, title = v.split('|')
            out.append(' '.join(x for x in (num, title) if x))
        elif k == 'EPI':
            out.extend(x for x in v.split('|') if x)
    notes_ = fns(s)
    if notes_:
        if s['tpl'] == 'crosswise':
            out.append('Footnotes')
        if s['tpl'] == 'quarterly':
            out.append('Notes')
        out.extend(('%s %s' % (n, plain(x)) if s['tpl'] == 'foliant' else plain(x)) for n, x in notes_)
    out.extend(plain(v) for k, v in s['items'] if k == 'CR')  # "Jane Doe contributed research." (the references keep it)
    return '\n\n'.join(out) + '\n'


def check_pulls(s):
    items = s['items']
    for i, (k, v) in enumerate(items):
        if k == 'PQ':
            near = ' '.join(plain(w) for kk, w in items[max(0, i - 12):i + 13] if kk == 'P')
            assert plain(v).strip('“”" ').rstrip('.').strip('“”"').lower() in near.lower(), (s['title'], v)


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def fmt_date(d, style=0):
    y, m, dd = d.split('-')
    if style == 0: return '%s %d, %s' % (MONTHS[int(m) - 1], int(dd), y)
    if style == 1: return '%d %s %s' % (int(dd), MONTHS[int(m) - 1], y)
    return '%s %d, %s' % (MONTHS[int(m) - 1][:3], int(dd), y)


POPULAR = ["The Last Lighthouse Keepers of the Outer Banks", "What the Soil Remembers", "Inside the Quiet Collapse of a Hospital Chain",
           "The Grandmother Who Outran the Repo Men", "How a Tiny Fungus Rewrote a Forest", "The Town That Voted to Disappear",
           "Why Everyone Is Suddenly Talking About Heat Pumps", "A Ferry, a Flood and Forty Strangers", "The Secret Life of Airport Hotels",
           "My Father's Ledger", "The Prosecutor Who Changed Her Mind", "Notes From a Winter Without Snow",
           "The Long Fight Over a Short Runway", "Can a Library Save a Mall?", "The Orchard at the End of the Road",
           "Who Owns the River?", "The Night Shift at the Crisis Line", "The Ballad of the Night Bus",
           "An Audit Nobody Wanted", "The Beekeepers' Civil War", "What We Lost When the Mill Closed"]
AUTHORS = ["Nora Castellane", "Julian Oyelaran", "Priya Vantongeren", "Samuel Achterberg", "Mireille Duclos", "Tobias Lindqvist",
           "Helena Marsh-Otieno", "Owen Kadlecik", "Beatrix Solano", "Caleb Whitford"]


def cards(n, cls='card', with_author=True, dek=False):
    out = []
    for h in random.sample(POPULAR, n):
        a = '<span class="card-byline">By %s</span>' % random.choice(AUTHORS) if with_author else ''
        d = '<p class="card-dek">%s</p>' % random.choice(["A reckoning decades in the making.", "The story behind the story.",
                                                           "What happens when the money runs out?", "One family, three generations, a single house."]) if dek else ''
        out.append('<div class="%s"><a href="/story/%s"><img src="/img/thumbs/%s.jpg" alt=""><h3>%s</h3></a>%s%s</div>' % (cls, slug(h), slug(h)[:20], E(h), d, a))
    return ''.join(out)


def ld_json(s, url, typ='NewsArticle', extra=None):
    ld = {"@context": "https://schema.org", "@type": typ, "headline": s['title'], "description": s['deck'] or plain(first_p(s))[:150],
          "datePublished": s['date'] + "T%02d:00:00Z" % random.randint(6, 14), "dateModified": s['date'] + "T18:30:00Z",
          "author": [{"@type": "Person", "name": a.strip()} for a in s['author'].split(' and ')],
          "publisher": {"@type": "Organization", "name": s['site'], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % s['domain']}},
          "mainEntityOfPage": url, "image": ["https://%s/photos/%s-lead.jpg" % (s['domain'], slug(s['title'])[:30])]}
    if extra: ld.update(extra)
    return '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False)


def first_p(s):
    return next(v for k, v in s['items'] if k == 'P')


def head(s, css, extra=''):
    url = 'https://%s/%s/%s' % (s['domain'], s['section'], slug(s['title']))
    s['url'] = url
    desc = s['deck'] or plain(first_p(s))[:155]
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s | %s</title><meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
            '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="og:image" content="https://%s/photos/%s.jpg">'
            '<meta property="article:published_time" content="%sT10:00:00Z"><meta name="author" content="%s"><meta name="twitter:card" content="summary_large_image">'
            '%s<style>%s</style>%s'
            '<script>window.__analytics={contentType:"article",wordCount:%d,section:"%s"};</script>'
            '<script async src="https://cdn.%s/assets/app.%x.js"></script></head>\n') % (
        E(s['title']), E(s['site']), E(desc), url, E(s['title']), E(desc), url, E(s['site']), s['domain'], slug(s['title'])[:30],
        s['date'], E(s['author']), ld_json(s, url), css, extra, len(expected(s).split()), s['section'], s['domain'], random.getrandbits(32))


BASE_CSS = ('body{margin:0;font-family:%s;color:#111}a{color:inherit}.wrap{max-width:1200px;margin:0 auto;padding:0 20px}'
            'header.site{border-bottom:1px solid #ddd}nav ul{list-style:none;display:flex;gap:18px;padding:0}'
            '.ad-slot{min-height:250px;background:#f4f4f4;margin:30px auto;text-align:center;font:11px sans-serif;color:#999}'
            'figure{margin:2em 0}figcaption{font:13px/1.4 sans-serif;color:#555}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}'
            '.card{display:inline-block;width:23%%;vertical-align:top}.footer-links{columns:4}')


def nav(items, cls='primary-nav'):
    return '<nav class="%s" aria-label="Sections"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items))


def footer(s, cols):
    return ('<footer class="site-footer"><div class="wrap"><div class="footer-links">%s</div>'
            '<p class="legal">&copy; 2026 %s. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights. '
            'Material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with prior written permission.</p>'
            '<button class="cookie-settings">Cookie settings</button></div></footer>'
            '<script>window.addEventListener("load",function(){var s=document.createElement("script");s.src="/static/reader.js";document.body.appendChild(s)});</script>'
            '</body></html>\n') % (''.join('<ul><li><strong>%s</strong></li>%s</ul>' % (E(c), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in xs)) for c, xs in cols), E(s['site']))


FOOT_COLS = [("Sections", ["News", "Politics", "Culture", "Books", "Science", "Business", "Humor", "Fiction & Poetry"]),
             ("Magazine", ["Current Issue", "Archive", "Subscribe", "Give a Gift", "Customer Care", "Digital Edition"]),
             ("About", ["About Us", "Careers", "Contact", "Press", "Accessibility Help", "Masthead"]),
             ("Legal", ["Terms of Use", "Privacy Policy", "Cookie Settings", "Sitemap", "RSS Feeds", "Reprints & Permissions"])]


def app_state(s, n):
    """A script-framework state blob (no story text): feature flags, ad slots, navigation tree, recirculation."""
    st = {"props": {"pageProps": {"contentId": "%x" % random.getrandbits(48), "channel": s['section'], "flags": {k: random.random() < .5 for k in
          ["enableAudio", "enableComments", "paywallMeter", "newsletterInline", "darkMode", "relatedRail", "printIssueBanner", "abTestHeadline"]},
          "ads": [{"slot": "/2231/%s/article/%s_%d" % (s['domain'].split('.')[0], pos, i), "sizes": [[300, 250], [728, 90], [970, 250]], "targeting": {"pos": pos, "kw": ["longform", s['section']]}}
                  for i in range(n) for pos in ("top", "mid", "bottom")],
          "navigation": [{"label": x, "url": "/%s/" % slug(x), "children": [{"label": y, "url": "/%s/%s/" % (slug(x), slug(y))} for y in FOOT_COLS[i % 4][1]]}
                         for i, x in enumerate(["News", "Politics", "Culture", "Books", "Science", "Business", "Magazine", "Podcasts"])],
          "recirc": [{"id": "%x" % random.getrandbits(40), "url": "/story/%s" % slug(h), "hed": h, "rubric": random.choice(["Dept. of Finance", "Letter from Ohio", "Annals of Law", "Personal History"])}
                     for h in random.sample(POPULAR, min(n * 2, len(POPULAR)))]}},
          "buildId": "%x" % random.getrandbits(64), "isFallback": False, "gssp": True}
    return '<script id="__NEXT_DATA__" type="application/json">%s</script>' % json.dumps(st)


def drawer(s):
    """A site-wide menu drawer: every section with its columns and franchises (links only)."""
    secs = {"News": ["The Latest", "Politics", "Daily Comment", "The Political Scene", "Letter from Washington", "Our Columnists"],
            "Culture": ["Books", "Cultural Comment", "The Critics", "Movies", "Music", "Television", "Theatre", "Art", "Dance"],
            "Science & Tech": ["Annals of Technology", "Elements", "Climate", "Medicine", "Space", "Artificial Intelligence"],
            "Magazine": ["This Week's Issue", "Archive", "Covers", "Subscribe", "Digital Edition", "Customer Care", "Manage Account"],
            "Podcasts": ["The Daily Hour", "Politics Weekly", "The Writer's Voice", "Fiction Podcast", "Radio Hour"],
            "Life": ["Food", "Travel", "Personal History", "Letter from", "Sporting Scene", "Humor", "Cartoons", "Crossword", "Puzzles & Games"]}
    return '<div class="nav-drawer" hidden><button class="close">Close</button>%s<form role="search"><input type="search" placeholder="Search %s"></form></div>' % (
        ''.join('<div class="drawer-col"><h3><a href="/%s/">%s</a></h3><ul>%s</ul></div>' % (slug(k), E(k), ''.join('<li><a href="/%s/%s/">%s</a></li>' % (slug(k), slug(x), E(x)) for x in v)) for k, v in secs.items()), E(s['site']))


# ---------- body rendering shared by the templates ----------

def render_body(s, t):
    """t: template dict of renderers. Returns html of the story's items in order."""
    out, lst, fns = [], [], []
    first = True
    for k, v in s['items']:
        if k != 'L' and lst:
            out.append(t.get('list', '<ul>%s</ul>') % ''.join('<li>%s</li>' % inline(x) for x in lst)); lst = []
        if k == 'L':
            lst.append(v)
        elif k == 'P':
            if first:
                out.append(t['first'](s, v)); first = False
            else:
                out.append(t.get('p', '<p>%s</p>') % inline(v, t.get('fnref')))
        elif k == 'H':
            out.append(t.get('h', '<h2>%s</h2>') % inline(v))
        elif k == 'CH':
            num, title = v.split('|')
            out.append(t['ch'](num, title))
        elif k == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % inline(v))
        elif k == 'EPI':
            q, a = v.split('|')
            out.append(t.get('epi', '<blockquote class="epigraph"><p>%s</p><footer>%s</footer></blockquote>') % (inline(q), E(a)))
        elif k == 'PQ':
            out.append(t['pq'](v))
        elif k == 'BR':
            out.append(t['br'])
        elif k == 'FIG':
            cap, cred = v.split('|')
            out.append(t['fig'](s, cap, cred))
        elif k == 'GR':
            ti, src, cred = v.split('|')
            out.append(graphic(ti, src, cred))
        elif k == 'BOX':
            ti, tx = v.split('|')
            out.append('<aside class="sidebar-box boxout"><h4>%s</h4><p>%s</p></aside>' % (E(ti), inline(tx)))
        elif k == 'SERIES':
            ti, xs = v.split('|')
            out.append(t['series'](ti, xs.split(';')))
        elif k == 'NL':
            out.append(t['nl'](s))
        elif k == 'SUP':
            out.append(t['sup'](s))
        elif k == 'TIP':
            out.append(t['tip'](v))
        elif k in ('MH', 'MP'):
            pass
        elif k in ('FN', 'NOTE', 'CR', 'BIO', 'NEXT', 'PREV'):
            pass
        else:
            raise ValueError(k)
    if lst:
        out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % inline(x) for x in lst))
    meth = [(k, v) for k, v in s['items'] if k in ('MH', 'MP')]
    if meth:
        out.append(t.get('meth', methodology)(meth))
    return '\n'.join(out)


def methodology(items):
    h = ''.join('<h3>%s</h3>' % E(v) if k == 'MH' else '<p>%s</p>' % inline(v) for k, v in items)
    return '<aside class="methodology-box" role="complementary">%s</aside>' % h


def graphic(ti, src, cred):
    bars = ''.join('<rect x="%d" y="%d" width="30" height="%d"></rect><text x="%d" y="210">%d</text>' % (40 + i * 50, 200 - h, h, 45 + i * 50, 2018 + i)
                   for i, h in enumerate([60, 85, 110, 95, 150, 170]))
    return ('<figure class="data-graphic"><h4 class="graphic-title">%s</h4><div class="chart" role="img" aria-label="%s">'
            '<svg viewBox="0 0 360 220" width="100%%">%s<text x="0" y="20">200</text><text x="0" y="110">100</text><text x="0" y="200">0</text></svg></div>'
            '<figcaption><p class="graphic-source">Source: %s</p><p class="graphic-credit">%s</p></figcaption></figure>') % (E(ti), E(ti), bars, E(src), E(cred))


def fns(s):
    return [v.split('|', 1) for k, v in s['items'] if k == 'FN']


def notes(s, k):
    """The end notes of kind k; the helpers' credits (CR, body) print among the NOTE lines."""
    return [v for kk, v in s['items'] if kk == k or (k == 'NOTE' and kk == 'CR')]


def smallcaps_first(s, v, cls='smallcaps', dropcap=None):
    """The first paragraph with a drop cap and/or the first words in small caps."""
    text = inline(v)
    n = int(s['flags'].get('sc', '0'))
    if n:
        words = text.split(' ')
        lead = ' '.join(words[:n])
        rest = ' '.join(words[n:])
        if dropcap:
            text = dropcap(lead[0]) + '<span class="%s">%s</span> %s' % (cls, lead[1:], rest)
        else:
            text = '<span class="%s">%s</span> %s' % (cls, lead, rest)
    elif dropcap:
        text = dropcap(text[0]) + text[1:]
    return text


def dropcap_fn(variant):
    return {
        'span': lambda c: '<span class="dropcap">%s</span>' % c,
        'guardian': lambda c: '<span class="drop-cap"><span class="drop-cap__inner">%s</span></span>' % c,
        'aria': lambda c: '<span class="initial-letter" aria-hidden="true">%s</span><span class="visually-hidden">%s</span>' % (c, c),
        'img': lambda c: '<img class="dropcap-img" src="/static/initials/%s.png" alt="%s" width="60" height="60">' % (c.lower(), c),
        'float': lambda c: '<span style="float:left;font-size:4.2em;line-height:.8;padding-right:6px" class="first-letter">%s</span>' % c,
        'none': None,
    }[variant]


# ---------- templates ----------

def tpl_meridian(s):
    """New-Yorker-like weekly: rubric, dek, lead illustration, has-dropcap paragraph, glyph breaks, print note."""
    dc = dropcap_fn(s['flags'].get('dropcap', 'none'))
    t = {
        'first': lambda s, v: '<p class="paywall has-dropcap">%s</p>' % smallcaps_first(s, v, 'small', dc),
        'p': '<p class="paywall">%s</p>',
        'h': '<h2 class="body__section-header">%s</h2>',
        'ch': lambda n, ti: '<h2 class="section-number">%s</h2>' % E(n) + ('<h3 class="section-title">%s</h3>' % E(ti) if ti else ''),
        'pq': lambda v: '<div class="pullquote" aria-hidden="true"><p>%s</p></div>' % E(v),
        'br': '<p class="section-break" aria-hidden="true">◆</p>',
        'fig': lambda s, c, cr: '<figure class="inline-art"><img src="/photos/%s.jpg" alt=""><figcaption><span class="caption__text">%s</span><span class="caption__credit">%s</span></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<aside class="series-nav"><p class="series-nav__title">%s</p><ol>%s</ol></aside>' % (E(ti), ''.join('<li><a href="/magazine/%s">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: ('<div class="newsletter-inline" data-testid="NewsletterSubscribeForm"><h3>Sign up for The Daily</h3><p>Receive the best of %s every day in your in-box, plus occasional alerts when we publish major stories.</p>'
                         '<form><label class="visually-hidden" for="em">E-mail address</label><input id="em" type="email" placeholder="E-mail address"><button>Sign up</button></form>'
                         '<p class="legal">By signing up, you agree to our User Agreement and Privacy Policy &amp; Cookie Statement. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div>') % E(s['site']),
        'sup': lambda s: '<div class="paywall-bar"><p>Our best writing, every week. <a href="/subscribe">Subscribe for $1 a week</a>, cancel anytime.</p></div>',
        'tip': lambda v: '<div class="tipbox"><p>%s</p></div>' % inline(v),
    }
    body = render_body(s, t)
    hdr = ('<header class="article-header"><p class="rubric"><a href="/magazine/%s">%s</a></p><h1 data-testid="ContentHeaderHed">%s</h1>'
           '<div class="dek">%s</div><div class="byline">By <a href="/contributors/%s">%s</a></div><time datetime="%s">%s</time></header>'
           '<figure class="lead-art"><img src="/photos/lead.jpg" alt=""><figcaption><span class="caption__credit">Illustration by %s</span></figcaption></figure>') % (
        slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), s['date'], fmt_date(s['date']),
        random.choice(["Ana Perlstein", "Mo Okafor", "Lise Brandauer", "Tomasz Ring"]))
    ends = ''.join('<p class="print-note"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    bios = ''.join('<div class="contributor-bio"><p>%s</p></div>' % inline(b) for b in notes(s, 'BIO'))
    return (head(s, BASE_CSS % 'Adobe Caslon, Georgia, serif' + '.has-dropcap::first-letter{font-size:5em;float:left}.section-break{text-align:center}')
            + '<body class="article-page"><div id="app">' + drawer(s) + '<header class="site"><div class="wrap"><a class="logo" href="/">%s</a>%s<a class="subscribe-btn" href="/subscribe">Subscribe</a> <a href="/account/sign-in">Sign In</a></div></header>' % (E(s['site']), nav(["Newsletter", "The Latest", "News", "Books & Culture", "Fiction & Poetry", "Humor & Cartoons", "Magazine", "Puzzles & Games", "Video", "Podcasts", "Goings On"]))
            + '<main id="main-content"><article class="article main-content">' + hdr
            + '<div class="body body__container"><div class="body__inner-container">' + body + ends + '</div></div>' + bios
            + '<div class="content-tags"><span>Read More</span></div></article>'
            + '<section class="related-recirc"><h2>More from %s</h2>%s</section>' % (E(s['site']), cards(4))
            + '<div class="ad-slot">Advertisement</div></main></div>' + app_state(s, 6 + len(s['items']) // 6) + footer(s, FOOT_COLS))


def tpl_commonweal(s):
    """Atlantic-like monthly: dropcap span, aside pull quotes, hr breaks, series module, magazine-issue note."""
    dc = dropcap_fn(s['flags'].get('dropcap', 'span'))
    t = {
        'first': lambda s, v: '<p class="ArticleParagraph_root__wy3UI" data-flatplan-paragraph="true">%s</p>' % smallcaps_first(s, v, 'smallcaps', dc),
        'p': '<p class="ArticleParagraph_root__wy3UI" data-flatplan-paragraph="true">%s</p>',
        'h': '<h2 class="ArticleSectionHeading">%s</h2>',
        'ch': lambda n, ti: '<h2 class="ArticleSectionHeading">%s</h2>' % E((n + '. ' if n and ti else n) + ti),
        'pq': lambda v: '<aside class="ArticlePullquote_root" aria-hidden="true"><p class="ArticlePullquote_text">%s</p></aside>' % E(v),
        'br': '<hr class="ArticleSectionBreak" role="presentation">',
        'fig': lambda s, c, cr: '<figure class="ArticleInlineImage"><img src="/img/%s.jpg" alt=""><figcaption class="ArticleInlineImage_caption">%s <span class="ArticleInlineImage_credit">(%s)</span></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<aside class="ArticleRelatedSeries"><h3>%s</h3><p>Read more in this series</p><ul>%s</ul></aside>' % (E(ti), ''.join('<li><a href="/ideas/archive/2026/%s/">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="ArticleNewsletter"><p class="kicker">Newsletters</p><h3>The Weekly Planet</h3><p>Stories that help you understand a changing climate, in your inbox every Wednesday.</p><button>Sign Up</button><p class="fine">Your newsletter subscriptions are subject to %s\'s Privacy Policy and Terms and Conditions.</p></div>' % E(s['site']),
        'sup': lambda s: '<div class="ArticleInlineCTA"><p>This story is part of our independent journalism. <a href="/subscribe">Subscribe to support it.</a></p></div>',
        'tip': lambda v: '<div class="ArticleTip"><p>%s</p></div>' % inline(v),
    }
    body = render_body(s, t)
    ends = ''.join('<div class="ArticleMagazineIssue"><p><em>%s</em></p></div>' % inline(n) for n in notes(s, 'NOTE'))
    bios = ''.join('<address class="ArticleBio"><p>%s</p></address>' % inline(b) for b in notes(s, 'BIO'))
    return (head(s, BASE_CSS % 'Lyon Text, Georgia, serif' + '.dropcap{float:left;font-size:5.4em;line-height:.85}.smallcaps{font-variant:small-caps}')
            + '<body><a class="skip" href="#main">Skip to content</a><header class="site"><div class="wrap"><button class="menu">Sections</button><a class="logo" href="/">%s</a><a href="/subscribe" class="cta">Subscribe</a><a href="/login">Sign In</a></div>%s</header>' % (E(s['site']), nav(["Politics", "Ideas", "Fiction", "Technology", "Science", "Photo", "Economy", "Culture", "Planet", "Global", "Books", "Health", "Family", "Education", "Podcasts", "Magazine"]))
            + '<main id="main"><article class="ArticleLayout_article"><header class="ArticleHero"><div class="ArticleRubric"><a href="/%s/">%s</a></div><h1 class="ArticleTitle">%s</h1><p class="ArticleDek">%s</p>'
              '<div class="ArticleBylines"><address>By <a href="/author/%s/">%s</a></address></div><time class="ArticleTimestamp" datetime="%s">%s</time>'
              '<div class="ArticleShare"><button>Share</button><button>Save</button><span class="ArticleShare_listen">Listen (%d min)</span></div></header>' % (slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), s['date'], fmt_date(s['date'], 2), random.randint(18, 45))
            + '<figure class="ArticleLeadArt"><img src="/img/lead.jpg" alt=""><figcaption>%s</figcaption></figure>' % E(random.choice(["Illustration by Jun Arakawa", "Photo-illustration by The Commonweal. Source: Getty.", "Photographs by Rhea Kallis for The Commonweal"]))
            + '<section class="ArticleBody_root" data-event-module="article body">' + body + '</section>' + ends + bios
            + '<div class="ArticleRecirc"><h2>Explore More Topics</h2><ul class="tags"><li><a>%s</a></li><li><a>Magazine</a></li></ul></div></article>' % E(s['section'].title())
            + '<aside class="Recirc"><h2>Popular</h2>%s</aside></main>' % cards(5)
            + app_state(s, 4 + len(s['items']) // 4) + footer(s, FOOT_COLS))


def tpl_circuit(s):
    """Wired-like: lead-in callout, figure pull quotes with marks, hr breaks, inline subscribe bar, credit spans."""
    def first(s, v):
        text = inline(v)
        n = int(s['flags'].get('sc', '4'))
        w = text.split(' ')
        return '<p><span class="lead-in-text-callout">%s</span> %s</p>' % (' '.join(w[:n]), ' '.join(w[n:]))
    t = {
        'first': first,
        'h': '<h2>%s</h2>',
        'ch': lambda n, ti: '<h2 class="chapter-heading"><span class="chapter-number">%s</span> <span class="chapter-title">%s</span></h2>' % (E(n), E(ti)),
        'pq': lambda v: '<figure class="pull-quote"><blockquote><p>“%s”</p></blockquote></figure>' % E(v.strip('“”')),
        'br': '<hr class="divider">',
        'fig': lambda s, c, cr: '<figure class="asset-embed"><img src="/photos/%x.jpg" alt=""><figcaption><span class="caption">%s</span><span class="credit">%s</span></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<div class="related-inline"><span class="label">%s</span><ul>%s</ul></div>' % (E(ti), ''.join('<li><a href="/story/%s/">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="newsletter-inline"><p>Sign up for our <b>Longreads</b> newsletter to get the week\'s best features.</p><form><input type="email"><button>Submit</button></form><p class="fine">By signing up you agree to our User Agreement (including the class action waiver and arbitration provisions).</p></div>',
        'sup': lambda s: '<div class="paywall-inline-cta"><p>Get unlimited access to %s. Best-in-class reporting that\'s too important to ignore for just $2.50 $1 per month for 1 year. Includes unlimited digital access and exclusive subscriber-only content. <a href="/subscribe">Subscribe Today</a>.</p></div>' % E(s['site']),
        'tip': lambda v: '<div class="callout"><p>%s</p></div>' % inline(v),
    }
    body = render_body(s, t)
    ends = ''.join('<p><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    return (head(s, BASE_CSS % 'Breve Text, Georgia, serif' + '.lead-in-text-callout{font-weight:700;text-transform:uppercase}')
            + '<body><div class="stack">' + drawer(s) + '<header class="site"><a class="logo" href="/">%s</a>%s<button class="search">Search</button><a href="/account/sign-in">Sign In</a><a class="sub" href="/subscribe">Subscribe</a></header>' % (E(s['site'].upper()), nav(["Security", "Politics", "The Big Story", "Business", "Science", "Culture", "Ideas", "Merch", "Podcasts", "Video", "Newsletters", "Magazine", "Travel", "Steven Levy's Plaintext"]))
            + '<main><article class="article main-content" lang="en-US"><header class="content-header"><div class="rubric"><a href="/category/%s/">%s</a></div><h1>%s</h1><div class="dek">%s</div>'
              '<div class="byline-bio">By <a href="/author/%s/">%s</a></div><time>%s</time><div class="social-icons"><a>Save this story</a><a>Comment</a></div></header>' % (slug(s['section']), E(s['section'].upper()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), fmt_date(s['date'], 2).replace(',', '').upper() + ' 6:00 AM')
            + '<figure class="lead-asset"><img src="/photos/lead.jpg" alt=""><figcaption><span class="credit">Photograph: %s</span></figcaption></figure>' % random.choice(["Damaris Kent", "Ilya Fenwick", "Getty Images"])
            + '<div class="body__inner-container">' + body + ends + '</div>'
            + '<div class="content-footer"><div class="tags">%s</div><div class="letters">Let us know what you think about this article. Submit a letter to the editor at <a href="mailto:mail@%s">mail@%s</a>.</div></div></article>' % (''.join('<a href="/tag/%s">%s</a>' % (slug(x), x) for x in ["longreads", s['section'], "magazine-34.04"]), s['domain'], s['domain'])
            + '<section class="recirc"><h2>Most Popular</h2>%s</section></main>' % cards(4, dek=True)
            + app_state(s, 8 + len(s['items']) // 3) + footer(s, FOOT_COLS))


def tpl_ledger(s):
    """Guardian-long-read-like: nested drop cap, dinkus breaks, contributions epic, 'Follow the Long Read' italics inside the body."""
    dc = dropcap_fn(s['flags'].get('dropcap', 'guardian'))
    t = {
        'first': lambda s, v: '<p class="dcr-s23rjr">%s</p>' % smallcaps_first(s, v, 'sc', dc),
        'p': '<p class="dcr-s23rjr">%s</p>',
        'h': '<h2 id="%s" class="dcr-1p5iwm">%s</h2>',
        'ch': lambda n, ti: '<h2 class="dcr-1p5iwm">%s</h2>' % E((n + ': ' if n and ti else n) + ti),
        'pq': lambda v: '<aside data-gu-name="pullquote" class="dcr-pullquote"><svg viewBox="0 0 22 14" class="quote-icon"><path d="M5 0 0 14h5l4-14z"></path></svg><blockquote class="dcr-quote"><p>%s</p></blockquote></aside>' % E(v),
        'br': '<p class="dcr-s23rjr"><strong>•</strong></p>',
        'fig': lambda s, c, cr: '<figure class="dcr-img"><img src="https://i.ledgerimg.example/%x.jpg" alt="%s"><figcaption class="dcr-caption"><span class="dcr-caption-icon"></span>%s Photograph: %s</figcaption></figure>' % (random.getrandbits(24), E(c), E(c), E(cr)),
        'series': lambda ti, xs: '<aside class="dcr-rich-link"><div class="rich-link__kicker">%s</div>%s</aside>' % (E(ti), ''.join('<a class="rich-link__link" href="/news/%s"><span>%s</span></a>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div data-gu-name="newsletter" class="dcr-newsletter"><p class="kicker">skip past newsletter promotion</p><h4>Sign up to The Long Read</h4><p>Lose yourself in a great story: from politics to psychology, food to technology, culture to crime</p><p class="privacy">Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><button>Sign up</button><p>after newsletter promotion</p></div>',
        'sup': lambda s: '<div class="contributions__epic"><h2>Before you move on…</h2><p>… we have a small favour to ask. You\'ve read this long read to the end of a section; thousands of readers like you rely on the %s every day. Unlike many others, we have no billionaire owner, which means we can set our own agenda and provide trustworthy journalism that\'s free from commercial and political influence.</p><p>If you can, please consider supporting us with a monthly contribution. It takes less than a minute to set up.</p><a class="cta" href="/contribute">Support us</a></div>' % E(s['site']),
        'tip': lambda v: '<p class="dcr-s23rjr"><em>%s</em></p>' % inline(v),
    }
    t['h'] = '<h2 class="dcr-1p5iwm">%s</h2>'
    body = render_body(s, t)
    ends = ''.join('<p class="dcr-s23rjr"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    return (head(s, BASE_CSS % 'GuardianTextEgyptian, Georgia, serif' + '.drop-cap{float:left;font-size:6em}.dcr-pullquote{color:#c70000}')
            + '<body><div id="bannerandheader">' + drawer(s) + '<header class="site"><a href="/">%s</a><div class="support-cta"><p>Support the %s</p><p>Fund independent journalism with $5 per month</p><a>Support us</a></div>%s</header></div>' % (E(s['site']), E(s['site']), nav(["News", "Opinion", "Sport", "Culture", "Lifestyle", "The long read", "Podcasts", "Puzzles"], 'pillar-nav'))
            + '<main data-layout="LongReadLayout"><article><div class="dcr-kicker"><a href="/news/series/the-long-read">The long read</a></div><h1>%s</h1><div class="dcr-standfirst"><p>%s</p></div>'
              '<aside class="meta"><address>%s</address><details><summary>%s</summary></details><div class="share"><a>Share</a></div></aside>' % (E(s['title']), E(s['deck']), E(s['author']), E(fmt_date(s['date'], 1)))
            + '<figure class="dcr-main-media"><img src="/lead.jpg" alt=""><figcaption>Illustration: %s/The %s</figcaption></figure>' % (random.choice(["Jo Saffery", "Hamish Byrne", "Tola Ogun"]), E(s['site'].replace('The ', '')))
            + '<div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector">' + body + ends + '</div>'
            + '<div class="submeta"><a href="/news/series/the-long-read">The long read</a><ul class="tags"><li>Features</li><li>%s</li></ul></div></article>' % E(s['section'].title())
            + '<section class="onwards"><h2>More on this story</h2>%s</section><section class="most-viewed"><h2>Most viewed</h2><ol>%s</ol></section></main>' % (cards(3), ''.join('<li><a>%s</a></li>' % E(x) for x in random.sample(POPULAR, 8)))
            + footer(s, FOOT_COLS))


def tpl_civic(s):
    """ProPublica-like investigation: tip boxes, data graphics with sources, methodology box, end notes of co-publication and support."""
    t = {
        'first': lambda s, v: '<p data-pp-blocktype="copy">%s</p>' % inline(v),
        'p': '<p data-pp-blocktype="copy">%s</p>',
        'h': '<h3 data-pp-blocktype="heading">%s</h3>',
        'ch': lambda n, ti: '<h2 class="part-title"><span class="part-label">%s</span> %s</h2>' % (E(n), E(ti)),
        'pq': lambda v: '<blockquote class="pullquote" data-pp-blocktype="pullquote"><p>“%s”</p></blockquote>' % E(v.strip('“”')),
        'br': '<hr class="section-divider">',
        'fig': lambda s, c, cr: '<figure class="wp-block-image"><img src="/images/%x.jpg" alt=""><figcaption><span class="caption">%s</span> <span class="credit">%s</span></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<aside class="series-promo"><p class="series-title">%s</p><ul>%s</ul><a href="/series/">Read the full series</a></aside>' % (E(ti), ''.join('<li><a href="/article/%s">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="newsletter-roadblock"><h3>Get Our Top Investigations</h3><p>Subscribe to the Big Story newsletter.</p><form><input type="email" placeholder="you@example.com"><button>Sign Up</button></form><p class="fine">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div>',
        'sup': lambda s: '<div class="donate-inline"><p>%s is a nonprofit newsroom. Investigative journalism like this takes months of work. <a href="/donate">Donate now</a> to help us hold the powerful to account.</p></div>' % E(s['site']),
        'tip': lambda v: '<aside class="tip-box callout"><h4>Help Us Report</h4><p>%s</p></aside>' % inline(v),
        'meth': lambda items: '<section class="methodology" id="how-we-did-it">%s</section>' % ''.join('<h4>%s</h4>' % E(v) if k == 'MH' else '<p>%s</p>' % inline(v) for k, v in items),
    }
    body = render_body(s, t)
    ends = ''.join('<p class="end-note"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    return (head(s, BASE_CSS % 'Tiempos, Georgia, serif' + '.tip-box{border:2px solid #000;padding:1em}.data-graphic{border-top:3px solid #000}')
            + '<body class="single-article">' + drawer(s) + '<header class="site"><a class="logo" href="/">%s</a><p class="tagline">Investigative Journalism in the Public Interest</p>%s<a class="donate" href="/donate">Donate</a></header>' % (E(s['site']), nav(["Topics", "Series", "Videos", "News Apps", "Local Reporting Network", "Get Involved", "Newsletters", "About Us"]))
            + '<main><article class="article"><header class="article-header"><p class="hed-kicker"><a href="/series/%s">%s</a></p><h1 class="hed">%s</h1><p class="dek">%s</p>'
              '<div class="byline">by <a href="/people/%s">%s</a></div><p class="timestamp"><time datetime="%s">%s, 5 a.m. EST</time></p>'
              '<div class="republish"><a href="/republish">Republish This Story</a></div></header>' % (slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), s['date'], fmt_date(s['date'], 2))
            + '<div class="article-body">' + body + ends + '</div>'
            + '<aside class="bio-box">%s</aside></article>' % ''.join('<p>%s</p>' % inline(b) for b in notes(s, 'BIO'))
            + '<aside class="republish-box"><h3>Republish This Story for Free</h3><p>Creative Commons License (CC BY-NC-ND 3.0)</p><p>Thank you for your interest in republishing this story. You are free to republish it so long as you do the following: credit us, include a link, do not edit.</p></aside>'
            + '<section class="related"><h2>Latest Stories</h2>%s</section></main>' % cards(4)
            + app_state(s, len(s['items']) // 3) + footer(s, FOOT_COLS))


def tpl_crosswise(s):
    """Vox-like explainer: numbered section heads, footnote list, contribution box in the middle."""
    t = {
        'first': lambda s, v: '<p class="duet--article--dangerously-set-cms-markup">%s</p>' % inline(v, t['fnref']),
        'p': '<p class="duet--article--dangerously-set-cms-markup">%s</p>',
        'h': '<h2 class="duet--article--heading">%s</h2>',
        'ch': lambda n, ti: '<h2 class="duet--article--heading">%s %s</h2>' % (E(n), E(ti)),
        'pq': lambda v: '<div class="duet--article--article-pullquote"><p>%s</p></div>' % E(v),
        'br': '<hr class="duet--article--divider">',
        'fig': lambda s, c, cr: '<figure class="duet--article--image"><img src="/img/%x.jpg" alt=""><figcaption><span>%s</span><cite>%s</cite></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<div class="duet--article--storystream"><h4>%s</h4><ul>%s</ul></div>' % (E(ti), ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="duet--cta--newsletter"><h3>Get the Explain It To Me newsletter</h3><p>Answers to your questions, in your inbox each week.</p><input type="email"><button>Sign up</button></div>',
        'sup': lambda s: ('<div class="duet--article--contribution-box"><p class="kicker">You\'ve read 1 article in the last month</p><p>Here at %s, we\'re unwavering in our commitment to covering the issues that matter most to you. '
                          'Our mission is to provide clear, accessible journalism that empowers understanding. Explanatory journalism is a public good.</p><p>We rely on readers like you. '
                          '<a href="/contribute">Yes, I\'ll give $5/month</a> <a href="/contribute">Yes, I\'ll give $5</a> <a href="/contribute">Other amount</a></p></div>') % E(s['site']),
        'tip': lambda v: '<div class="duet--callout"><p>%s</p></div>' % inline(v),
        'fnref': lambda m: '<sup class="footnote-ref"><a href="#footnote-%s" id="footnote-ref-%s" aria-label="Footnote %s">[%s]</a></sup>' % ((m.group(1),) * 4),
    }
    body = render_body(s, t)
    fl = fns(s)
    fhtml = ('<section class="footnotes"><h3>Footnotes</h3><ol>%s</ol></section>' % ''.join('<li id="footnote-%s"><p>%s <a href="#footnote-ref-%s">↩</a></p></li>' % (n, inline(x), n) for n, x in fl)) if fl else ''
    ends = ''.join('<p><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    return (head(s, BASE_CSS % 'Balto, Helvetica, sans-serif')
            + '<body><header class="site"><a class="logo" href="/">%s</a>%s<a class="give" href="/contribute">Give</a></header>' % (E(s['site']), nav(["Explainers", "Politics", "Policy", "Culture", "Science", "Technology", "Climate", "Health", "Money", "Life", "Future Perfect", "Podcasts", "Video"]))
            + '<main><article><div class="duet--article--lede"><a class="kicker" href="/%s">%s</a><h1>%s</h1><p class="dek">%s</p>'
              '<div class="byline">by <a href="/authors/%s">%s</a></div><time>%s</time></div>' % (slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), fmt_date(s['date'], 2))
            + '<div class="duet--article--article-body-component-container">' + body + ends + fhtml + '</div>'
            + '<div class="author-bio">%s</div></article>' % ''.join('<p>%s</p>' % inline(b) for b in notes(s, 'BIO'))
            + '<section class="more"><h2>More in %s</h2>%s</section></main>' % (E(s['section'].title()), cards(4, with_author=False))
            + footer(s, FOOT_COLS))


def tpl_lonestar(s):
    """Texas-Monthly-like regional monthly: drop cap with capitals lead-in, roman chapter numbers, ornament images."""
    dc = dropcap_fn(s['flags'].get('dropcap', 'span'))
    t = {
        'first': lambda s, v: '<p>%s</p>' % smallcaps_first(s, v, 'lead-in', dc),
        'h': '<h2>%s</h2>',
        'ch': lambda n, ti: '<div class="chapter-head"><span class="chapter-numeral">%s</span>%s</div>' % (E(n), '<h2 class="chapter-title">%s</h2>' % E(ti) if ti else ''),
        'pq': lambda v: '<div class="pull-quote-wrapper"><p class="pull-quote">%s</p></div>' % E(v),
        'br': '<p class="ornament"><img src="/wp-content/themes/lsq/img/ornament-star.svg" alt="section break" width="40"></p>',
        'fig': lambda s, c, cr: '<figure class="wp-caption"><img src="/wp-content/uploads/2026/%x.jpg" alt=""><figcaption class="wp-caption-text">%s <span class="photo-credit">%s</span></figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<aside class="related-series"><h3>%s</h3>%s</aside>' % (E(ti), ''.join('<p><a href="/news-politics/%s/">%s</a></p>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="inline-newsletter"><h3>Get the Daily Post</h3><p>A Lone Star state of mind, delivered daily.</p><input type="email"><button>Sign Up</button></div>',
        'sup': lambda s: '<div class="subscribe-inline"><p>Become a %s subscriber for just $2 an issue. <a href="/subscribe/">Subscribe now</a></p></div>' % E(s['site']),
        'tip': lambda v: '<div class="tip"><p>%s</p></div>' % inline(v),
    }
    body = render_body(s, t)
    ends = ''.join('<p class="issue-note"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    return (head(s, BASE_CSS % 'Tiempos Headline, Georgia, serif' + '.dropcap{float:left;font-size:4.5em}.lead-in{text-transform:uppercase;letter-spacing:.08em}.chapter-numeral{display:block;text-align:center;font-size:2em}')
            + '<body class="wp-singular post-template-default single single-post"><div id="page"><header id="masthead" class="site-header"><a href="/" class="custom-logo-link">%s</a>%s<a class="subscribe" href="/subscribe/">Subscribe</a></header>' % (E(s['site']), nav(["News & Politics", "Food & Drink", "Travel & Outdoors", "Arts & Entertainment", "Style & Design", "BBQ", "Magazine", "Newsletters", "Podcasts"]))
            + '<main id="primary" class="site-main"><article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail hentry">' % random.randint(10000, 99999)
            + '<header class="entry-header"><div class="entry-category"><a href="/%s/">%s</a></div><h1 class="entry-title">%s</h1><p class="entry-dek">%s</p>'
              '<div class="entry-meta"><span class="byline">By <a class="author" href="/author/%s/">%s</a></span><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>' % (slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), s['date'], fmt_date(s['date']))
            + '<div class="post-thumbnail"><img src="/lead.jpg" alt=""><p class="featured-credit">%s</p></div>' % E(random.choice(["Photograph by Marisol Ybarra", "Illustration by Dewey Kaplan", "Photographs by Benito Avalos"]))
            + '<div class="entry-content">' + body + ends + '</div>'
            + '<footer class="entry-footer"><div class="author-box">%s</div><span class="tags-links">Tagged <a>Longreads</a>, <a>Texas History</a></span></footer></article>' % ''.join('<p>%s</p>' % inline(b) for b in notes(s, 'BIO'))
            + '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most Popular</h2><ol>%s</ol></section><section class="widget"><div class="ad-slot">Advertisement</div></section></aside></main></div>' % ''.join('<li><a>%s</a></li>' % E(x) for x in random.sample(POPULAR, 6))
            + footer(s, FOOT_COLS))


def tpl_longhand(s):
    """Longreads/Medium-like essay platform: multi-page essays with 'Continue reading' and a pager."""
    dc = dropcap_fn(s['flags'].get('dropcap', 'none'))
    t = {
        'first': lambda s, v: '<p class="graf graf--p graf--dropCap">%s</p>' % smallcaps_first(s, v, 'graf-smallcaps', dc) if dc or s['flags'].get('sc') else '<p class="graf graf--p">%s</p>' % inline(v),
        'p': '<p class="graf graf--p">%s</p>',
        'h': '<h3 class="graf graf--h3">%s</h3>',
        'ch': lambda n, ti: '<h3 class="graf graf--h3">%s</h3>' % E((n + '. ' if n and ti else n) + ti),
        'pq': lambda v: '<blockquote class="graf graf--pullquote">%s</blockquote>' % E(v),
        'br': '<div class="section-divider"><hr class="section-divider"></div>',
        'fig': lambda s, c, cr: '<figure class="graf graf--figure"><img src="/max/1400/%x.jpeg" alt=""><figcaption class="imageCaption">%s (%s)</figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<div class="graf graf--mixtapeEmbed"><strong>%s</strong>%s</div>' % (E(ti), ''.join('<a class="markup--mixtapeEmbed-anchor" href="/p/%s"><strong>%s</strong><em>longhand.pub</em></a>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="membership-prompt"><p>Longhand is supported by readers. Get the weekly Longhand Top 5 by email.</p><a href="/membership">Become a member</a></div>',
        'sup': lambda s: '<div class="membership-prompt"><p>Longhand is supported by readers. For $5 a month you keep independent essays like this one free for everyone.</p><a href="/membership">Become a member</a></div>',
        'tip': lambda v: '<p class="graf graf--p"><em>%s</em></p>' % inline(v),
    }
    body = render_body(s, t)
    page = s['flags'].get('page', '')
    pager = ''
    if page:
        cur, tot = map(int, page.split('/'))
        base = '/essays/%s' % slug(s['flags'].get('series', s['title']))
        links = ''.join('<a href="%s%s">%d</a>' % (base, '' if i == 1 else '/page/%d' % i, i) if i != cur else '<span class="current">%d</span>' % i for i in range(1, tot + 1))
        nxt = notes(s, 'NEXT')
        prv = notes(s, 'PREV')
        pager = (''.join('<p class="continue"><a rel="prev" href="%s%s">%s</a></p>' % (base, '' if cur == 2 else '/page/%d' % (cur - 1), E(x)) for x in prv)
                 + ''.join('<p class="continue-reading"><a rel="next" href="%s/page/%d">%s</a></p>' % (base, cur + 1, E(x)) for x in nxt)
                 + '<nav class="pagination" aria-label="Pages">Page %d of %d %s%s</nav>' % (cur, tot, links, '<a class="next" href="%s/page/%d">Next »</a>' % (base, cur + 1) if cur < tot else ''))
    ends = ''.join('<p class="graf graf--p graf--trailing"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    prv_top = ''
    return (head(s, BASE_CSS % 'charter, Georgia, serif' + '.graf--dropCap:first-letter{font-size:4em}')
            + '<body><div class="site-wrap"><header class="metabar"><a href="/" class="logo">%s</a><a href="/topics">Topics</a><a href="/membership">Membership</a><a href="/signin">Sign in</a><a class="button" href="/get-started">Get started</a></header>' % E(s['site'])
            + '<main><article class="postArticle"><header><h1 class="graf graf--title">%s</h1><h2 class="graf graf--subtitle">%s</h2><div class="postMetaInline"><a class="author" href="/@%s">%s</a><span class="readingTime">%d min read</span><span>·</span><time>%s</time></div></header>' % (E(s['title']), E(s['deck']), slug(s['author']).replace('-', ''), E(s['author']), random.randint(12, 30), fmt_date(s['date'], 2))
            + prv_top + '<section class="section section--body"><div class="section-content"><div class="section-inner sectionLayout--insetColumn">' + body + ends + '</div></div></section>' + pager
            + '<footer class="postFooter"><div class="clap"><button>👏 %d</button><button>Respond</button></div><div class="author-card">%s</div></footer></article>' % (random.randint(100, 3000), ''.join('<p>%s</p>' % inline(b) for b in notes(s, 'BIO')))
            + '<section class="more-from"><h2>More from Longhand</h2>%s</section><section class="recommended"><h2>Recommended from Longhand</h2>%s</section></main></div>' % (cards(3, dek=True), cards(6, dek=True))
            + app_state(s, 3)
            + footer(s, [("Longhand", ["About", "Membership", "Write for us", "Help", "Terms", "Privacy"])]))


def tpl_foliant(s):
    """Substack-like newsletter essay: subscription widgets, footnote anchors and footnote divs, share buttons."""
    t = {
        'first': lambda s, v: '<p>%s</p>' % inline(v, t['fnref']),
        'p': '<p>%s</p>',
        'h': '<h2 class="header-anchor-post">%s<div class="header-anchor-parent"><a class="header-anchor" href="#">§</a></div></h2>',
        'ch': lambda n, ti: '<h3 class="header-anchor-post">%s</h3>' % E((n + '. ' if n and ti else n) + ti),
        'pq': lambda v: '<div class="pullquote"><p>%s</p></div>' % E(v),
        'br': '<div><hr></div>',
        'fig': lambda s, c, cr: '<div class="captioned-image-container"><figure><a class="image-link" href="#"><img src="https://foliantcdn.example/image/fetch/%x.jpeg" alt=""></a><figcaption class="image-caption">%s %s</figcaption></figure></div>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<div class="digest-post-embed"><h4>%s</h4>%s</div>' % (E(ti), ''.join('<a href="/p/%s"><div class="embedded-post-title">%s</div></a>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading %s! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>' % E(s['section']),
        'sup': lambda s: '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="/subscribe"><span>Upgrade to paid</span></a></p>',
        'tip': lambda v: '<p class="button-wrapper"><a class="button primary" href="/p/%s/comments"><span>%s</span></a></p>' % (slug(s['title']), E(v)),
        'fnref': lambda m: '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-%s" href="#footnote-%s" target="_self">%s</a>' % ((m.group(1),) * 3),
    }
    body = render_body(s, t)
    fl = fns(s)
    fhtml = ''.join('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%s" href="#footnote-anchor-%s" class="footnote-number" contenteditable="false" target="_self">%s</a><div class="footnote-content"><p>%s</p></div></div>' % (n, n, n, inline(x)) for n, x in fl)
    return (head(s, BASE_CSS % 'Lora, Georgia, serif')
            + '<body><div id="entry"><div class="main-menu"><a class="navbar-title" href="/">%s</a><a href="/subscribe" class="button primary">Subscribe</a><a href="/signin">Sign in</a></div>' % E(s['section'])
            + '<div class="single-post-container"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">%s</h1><h3 class="subtitle">%s</h3>'
              '<div class="post-meta"><div class="profile-hover-card-target"><a href="/@%s">%s</a></div><div class="post-date">%s</div></div>'
              '<div class="post-ufi"><a class="like-button">%d</a><a class="comment-button">%d</a><a class="share-button">Share</a></div></div>' % (E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), fmt_date(s['date'], 2), random.randint(40, 900), random.randint(5, 120))
            + '<div class="available-content"><div dir="auto" class="body markup">' + body + '<div class="footnotes">' + fhtml + '</div></div></div>'
            + '<div class="post-footer"><div class="subscribe-footer"><p>Thanks for reading! This post is public so feel free to share it.</p><a class="button">Share</a></div><div class="post-ufi"><a class="like-button">Like</a><a>Comments</a><a>Restack</a></div></div></article>'
            + '<div class="comments-section"><h4>Discussion about this post</h4><div class="comment"><a>Rowan Feld</a><p>This is the best thing you have written this year. The part about the ledger made me call my mother.</p></div><div class="comment"><a>k. ambrose</a><p>Footnote two deserves its own post.</p></div></div>'
            + '<div class="portable-archive"><h3>Top</h3><h3>Latest</h3><h3>Discussions</h3>%s</div></div></div>' % cards(8, with_author=False)
            + '<script>window._preloads = %s</script>' % app_state(s, 3)[48:-9]
            + footer(s, [("Foliant", ["Privacy", "Terms", "Collection notice", "Start writing", "Get the app"])]))


def tpl_quarterly(s):
    """WordPress literary quarterly / university magazine: has-drop-cap, centred asterisms, epigraphs, endnotes list, Jetpack furniture."""
    t = {
        'first': lambda s, v: '<p class="has-drop-cap">%s</p>' % smallcaps_first(s, v, 'has-small-caps', None) if s['flags'].get('sc') else '<p class="has-drop-cap">%s</p>' % inline(v),
        'h': '<h3 class="wp-block-heading">%s</h3>',
        'ch': lambda n, ti: '<h2 class="wp-block-heading has-text-align-center">%s</h2>' % E((n + '. ' if n and ti else n) + ti),
        'pq': lambda v: '<figure class="wp-block-pullquote"><blockquote><p>%s</p></blockquote></figure>' % E(v),
        'br': '<p class="has-text-align-center">* * *</p>',
        'fig': lambda s, c, cr: '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/%x.jpg" alt=""><figcaption class="wp-element-caption">%s (%s)</figcaption></figure>' % (random.getrandbits(24), E(c), E(cr)),
        'series': lambda ti, xs: '<div class="wp-block-group is-style-boxed"><h4>%s</h4><ul>%s</ul></div>' % (E(ti), ''.join('<li><a href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in xs)),
        'nl': lambda s: '<div class="wp-block-jetpack-subscriptions"><p>Enter your email to receive new essays from %s.</p><form><input type="email"><button>Subscribe</button></form><p>Join 4,812 other subscribers</p></div>' % E(s['site']),
        'sup': lambda s: '<div class="wp-block-group donate-box"><p><strong>%s is a reader-supported, nonprofit literary magazine.</strong> <a href="/donate/">Make a donation</a> or <a href="/subscribe/">subscribe to the print edition</a>.</p></div>' % E(s['site']),
        'tip': lambda v: '<p><em>%s</em></p>' % inline(v),
        'epi': '<blockquote class="wp-block-quote is-style-epigraph"><p>%s</p><cite>%s</cite></blockquote>',
    }
    body = render_body(s, t)
    fl = fns(s)
    fhtml = ('<h4 class="endnotes-title">Notes</h4><ol class="endnotes">%s</ol>' % ''.join('<li id="fn-%s">%s <a href="#ref-%s" class="backlink">↩</a></li>' % (n, inline(x), n) for n, x in fl)) if fl else ''
    ends = ''.join('<p class="has-small-font-size"><em>%s</em></p>' % inline(n) for n in notes(s, 'NOTE'))
    bio = ''.join('<p class="has-small-font-size contributor-note">%s</p>' % inline(b) for b in notes(s, 'BIO'))
    return (head(s, BASE_CSS % 'EB Garamond, Georgia, serif' + '.has-drop-cap:not(:focus)::first-letter{float:left;font-size:8.4em;line-height:.68}')
            + '<body class="post-template-default single single-post wp-embed-responsive"><div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">%s</a></p><p class="wp-block-site-tagline">Essays, fiction and criticism since 1971</p>%s</header>' % (E(s['site']), nav(["Current Issue", "Essays", "Fiction", "Poetry", "Reviews", "Archive", "Submit", "Donate"], 'wp-block-navigation'))
            + '<main class="wp-block-group"><article class="post"><div class="wp-block-post-terms"><a href="/category/%s/">%s</a></div><h1 class="wp-block-post-title">%s</h1><p class="wp-block-post-excerpt">%s</p>'
              '<div class="wp-block-post-author-name">%s</div><div class="wp-block-post-date"><time datetime="%s">%s</time></div>' % (slug(s['section']), E(s['section'].title()), E(s['title']), E(s['deck']), E(s['author']), s['date'], fmt_date(s['date']))
            + '<div class="entry-content wp-block-post-content">' + body + fhtml + ends + bio
            + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Facebook</a></li><li><a>Email</a></li><li><a>Print</a></li></ul></div>'
              '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><p>Like Loading…</p></div>'
              '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>%s</div></div></article>' % cards(3, with_author=False)
            + '<aside class="wp-block-group sidebar"><h2>From the Archive</h2>%s<h2>In This Issue</h2>%s</aside></main>' % (cards(5, with_author=True), cards(5, dek=True)) + footer(s, [("The Quarterly", ["Masthead", "Submissions", "Subscribe", "Back Issues", "Contact"])]))


TEMPLATES = {'meridian': tpl_meridian, 'commonweal': tpl_commonweal, 'circuit': tpl_circuit, 'ledger': tpl_ledger, 'civic': tpl_civic,
             'crosswise': tpl_crosswise, 'lonestar': tpl_lonestar, 'longhand': tpl_longhand, 'foliant': tpl_foliant, 'quarterly': tpl_quarterly}


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, s in enumerate(parse(), 1):
        check_pulls(s)
        page = TEMPLATES[s['tpl']](s)
        name = os.path.join(OUT, '%02d' % i)
        open(name + '.html', 'w', encoding='utf-8').write(page)
        open(name + '.txt', 'w', encoding='utf-8').write(expected(s))
        json.dump({"published": s['date'], "lang": "en", "title": s['title']}, open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False)
        print(name, len(page.encode()), s['tpl'])


main()
