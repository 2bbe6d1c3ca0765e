#!/usr/bin/env python3
"""Generate bench/stress/unipress pages from stories.txt (English science and research news from university
news offices, national labs, hospitals, research institutes, journals' and learned societies' news sections
and science-news aggregators, 2010-2025; invented sites, original text).

Usage: python3 bench/stress/unipress/gen/gen.py bench/stress/unipress   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline|' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, Q block quote, FUND the research's funding
paragraph printed at the end of the story (body, as civic's institute and university releases keep it).
Furniture codes (never in the expected text): FIG a figure inside the text (caption|credit), REL an inline
'Related' link, EXPL an inline 'Explore further' card, SUB an inline newsletter box, AD an ad slot; and the
notes under the story: DECK, SUMM (a summary box), MAT ('Materials provided by'), JREF (journal reference),
DOI, PROV ('Provided by'), JOURNAL (a release's journal field), INST (the issuing institution), CONTACT
(name;email;phone), ABOUT (the institution's boilerplate), AUTH (authors), EMB (an embargo line), NOTES
('Notes to editors' items, split by ';;'), REFS (a bibliography with DOIs), KEYWORDS, EXPERT (an
'expert available' line).  Every story carries a body sentence that opens like furniture ('Media contact
between …', 'Story source material …', 'Materials provided by …', 'Journal reference books …', 'Explore
further …', 'Funding cuts …', 'Related stories of …', 'Subscribe to …', 'Leave a reply …'): story text."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, by, sec, title, _ = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, by=by, sec=sec, title=title, items=[], meta={})
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            code, val = code.strip(), val.strip()
            if code in ('P', 'H2', 'Q', 'FUND', 'FIG', 'REL', 'EXPL', 'SUB', 'AD'):
                cur['items'].append((code, val))
            else:
                cur['meta'][code] = val
    return stories


def ymd(w):
    return [int(x) for x in w[:10].split('-')]


def d_us(w):
    y, m, d = ymd(w)
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def d_uk(w):
    y, m, d = ymd(w)
    return '%d %s %d' % (d, MONTHS[m - 1], y)


def d_ap(w):
    y, m, d = ymd(w)
    return '%s %d, %d' % (AP[m - 1], d, y)


def d_eur(w):
    y, m, d = ymd(w)
    return '%d-%s-%d' % (d, MONTHS[m - 1][:3], y)


def d_num(w):
    y, m, d = ymd(w)
    return '%02d/%02d/%d' % (m, d, y)


def menu(items, cls='menu'):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items))


def head(st, title, lang='en', ld=None, og_date=True, extra='', gen=None, html5=True):
    url = 'https://news.example.edu/%s' % slug(st['title'])
    first = next(v for c, v in st['items'] if c == 'P')
    h = ['<!DOCTYPE html>' if html5 else '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html lang="%s">' % lang if html5 else '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="%s" lang="%s">' % (lang, lang),
         '<head>', '<meta charset="utf-8">' if html5 else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>%s</title>' % E(title), '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<meta name="description" content="%s">' % E(first[:160])]
    if gen:
        h.append('<meta name="generator" content="%s">' % gen)
    h.append('<link rel="canonical" href="%s">' % url)
    h.append('<meta property="og:title" content="%s">' % E(st['title']))
    h.append('<meta property="og:type" content="article">')
    h.append('<meta property="og:image" content="https://news.example.edu/img/%d.jpg">' % random.randint(1000, 9999))
    if og_date:
        h.append('<meta property="article:published_time" content="%s:00-05:00">' % st['when'])
    h.append(extra)
    h.append('<link rel="stylesheet" href="/css/site.css?v=%x">' % random.getrandbits(20))
    if ld:
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld))
    h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","section":"%s","id":%d});</script>' % (E(st['sec'] or 'news'), random.randint(10**5, 10**6)))
    h.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-%X"></script>' % random.getrandbits(32))
    h.append('</head>')
    return '\n'.join(h) + '\n'


def ld_news(st, org, typ='NewsArticle', author=None):
    ld = {'@context': 'https://schema.org', '@type': typ, 'headline': st['title'], 'datePublished': st['when'] + ':00-05:00',
          'publisher': {'@type': 'Organization', 'name': org}}
    if author:
        ld['author'] = {'@type': 'Person', 'name': author}
    return ld


def tail_scripts():
    return ('<script src="/js/vendor.min.js?v=%x" defer></script>\n<script>(function(){var b=document.querySelectorAll(".share a");'
            'for(var i=0;i<b.length;i++){b[i].addEventListener("click",function(e){e.preventDefault();window.open(this.href,"share","width=600,height=400");});}})();</script>\n'
            '</body>\n</html>\n') % random.getrandbits(20)


def body(st, style='p'):
    """The story text as the template prints it, and the expected text. style: 'p' paragraphs, 'br' one
    <br><br>-parted run, 'div' every paragraph in its own div."""
    out, exp = [], []
    for code, val in st['items']:
        if code == 'P':
            exp.append(val)
            out.append({'p': '<p>%s</p>', 'br': '%s<br><br>', 'div': '<div class="text-block"><p>%s</p></div>'}[style] % E(val))
        elif code == 'H2':
            exp.append(val)
            out.append('<h2>%s</h2>' % E(val) if style != 'br' else '<b>%s</b><br><br>' % E(val))
        elif code == 'Q':
            exp.append(val)
            out.append('<blockquote><p>%s</p></blockquote>' % E(val))
        elif code == 'FUND':
            exp.append(val)
            out.append('<p><em>%s</em></p>' % E(val) if style != 'br' else '<i>%s</i><br><br>' % E(val))
        elif code == 'FIG':
            cap, cred = val.split('|')
            out.append('<figure class="inline-image"><img src="/img/%d.jpg" alt=""><figcaption>%s <span class="credit">%s</span></figcaption></figure>' % (
                random.randint(1000, 9999), E(cap), E(cred)))
        elif code == 'REL':
            out.append('<aside class="related-inline"><h4>Related</h4><a href="/news/%s">%s</a></aside>' % (slug(val), E(val)))
        elif code == 'EXPL':
            out.append('<div class="explore-further"><span class="label">Explore further</span><a href="/news/%s"><img src="/t/%d.jpg" alt=""><h3>%s</h3></a></div>' % (
                slug(val), random.randint(100, 999), E(val)))
        elif code == 'SUB':
            out.append('<div class="newsletter-inline"><h3>Get research news in your inbox</h3><p>Sign up for our weekly newsletter.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>')
        elif code == 'AD':
            out.append('<div class="ad-unit"><span class="ad-label">Advertisement</span><div id="div-gpt-%d"></div></div>' % random.randint(100, 999))
    return '\n'.join(out), '\n\n'.join(exp) + '\n'


def contact(st, label='Media contact', tag='h3'):
    c = st['meta'].get('CONTACT')
    if not c:
        return ''
    n, m, p = c.split(';')
    return '<div class="media-contact"><%s>%s</%s><p>%s<br><a href="mailto:%s">%s</a><br>%s</p></div>' % (tag, label, tag, E(n), m, m, E(p))


def about(st, label='About %s'):
    a = st['meta'].get('ABOUT')
    if not a:
        return ''
    org = a.split(' is ')[0].replace("'s mission", '')
    return '<div class="about-boilerplate"><h3>%s</h3><p>%s</p></div>' % (E(label % org), E(a))


def fig_lead(cap, cred):
    return '<figure class="lead-image"><img src="/img/lead%d.jpg" alt=""><figcaption><span class="caption">%s</span> <span class="credit">%s</span></figcaption></figure>' % (
        random.randint(100, 999), E(cap), E(cred))


def related_cards(title, heads, date=True):
    return '<section class="related"><h2>%s</h2>%s</section>' % (E(title), ''.join(
        '<article class="card"><a href="/news/%s"><img src="/t/%d.jpg" alt=""><h3>%s</h3></a>%s</article>' % (
            slug(h), random.randint(100, 999), E(h), '<p class="date">%s %d, 20%d</p>' % (MONTHS[random.randint(0, 11)], random.randint(1, 28), random.randint(11, 25)) if date else '')
        for h in heads))


HEADS = ['New telescope camera captures first light', 'Study links sleep loss to weaker immune response', 'Students win national robotics contest',
         'Researchers map hidden rivers under Antarctic ice', 'Alumni gift funds new chemistry labs', 'Ancient DNA traces early farmers\' routes',
         'How bats avoid crashing into each other', 'Solar panels that work in the shade', 'Soil fungi help trees share water',
         'Drone survey counts seals on remote islands', 'Virtual reality eases pain during burn care', 'A new way to recycle wind turbine blades']


# ---------- templates ----------
def ucomm(st, hard=False):
    site = 'Harlow State University'
    h = [head(st, '%s | %s News' % (st['title'], site), ld=ld_news(st, site, author=st['by'][3:]), gen='Drupal 10 (https://www.drupal.org)')]
    h.append('<body class="path-node page-node-type-news-story">\n<a class="skip" href="#main">Skip to main content</a>')
    h.append('<div class="utility-bar">%s</div>' % menu(['Apply', 'Visit', 'Give', 'Students', 'Faculty & Staff', 'Alumni', 'Directory', 'MyHarlow']))
    h.append('<header class="news-header"><a class="brand" href="/">%s <span>News</span></a><nav>%s</nav><form class="search"><input name="q" placeholder="Search news"></form></header>' % (
        site, menu(['Latest', 'Research', 'Campus & Community', 'Arts & Humanities', 'Health', 'Experts', 'For Media'])))
    h.append('<main id="main"><nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/%s">%s</a></nav><article class="news-story">' % (slug(st['sec']), E(st['sec'])))
    h.append('<div class="eyebrow"><a href="/news/%s">%s</a></div><h1 class="news-title">%s</h1>' % (slug(st['sec']), E(st['sec']), E(st['title'])))
    if st['meta'].get('DECK'):
        h.append('<p class="news-deck">%s</p>' % E(st['meta']['DECK']))
    h.append('<div class="byline-row"><span class="byline">%s</span> <time datetime="%s">%s</time> <span class="read-time">%d min read</span></div>' % (
        E(st['by']), st['when'][:10], d_us(st['when']), random.randint(2, 5)))
    h.append('<div class="share"><span class="label">Share:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>')
    h.append(fig_lead('The research team in the laboratory.', 'Photo: %s' % site))
    b, exp = body(st)
    if hard:   # the contact set as the text's last paragraph
        n, m, p = st['meta']['CONTACT'].split(';')
        b += '\n<p><strong>Media contact:</strong> %s, <a href="mailto:%s">%s</a>, %s</p>' % (E(n), m, m, E(p))
    h.append('<div class="field--name-body">%s</div>' % b)
    if not hard:
        h.append(contact(st, 'Media Contact'))
    h.append('<div class="tags"><h4>Topics</h4>%s</div>' % menu([st['sec'], 'Research', 'Faculty', 'Graduate Students'], 'tag-list'))
    h.append(about(st))
    h.append('</article>')
    h.append(related_cards('Related stories', random.sample(HEADS, 3)))
    h.append('</main>')
    h.append('<section class="newsletter"><h2>Harlow Today</h2><p>Get the best of Harlow State news in your inbox every Tuesday.</p><form><input type="email"><button>Subscribe</button></form></section>')
    h.append('<footer class="site-footer"><p>%s &middot; 1200 University Avenue &middot; Harlow</p>%s<p>&copy; %s %s</p></footer>' % (
        site, menu(['Accessibility', 'Privacy', 'Non-Discrimination', 'Emergency', 'Jobs']), st['when'][:4], site))
    return '\n'.join(h) + tail_scripts(), exp


def sciday(st, hard=False):
    site = 'ScienceDigest'
    h = [head(st, '%s | %s' % (st['title'], site), og_date=not hard)]
    h.append('<body><div id="top-bar"><a href="/" class="logo">%s</a><span class="tagline">Your source for the latest research news</span></div>' % site)
    h.append('<nav id="nav">%s</nav>' % menu(['Health', 'Tech', 'Enviro', 'Society', 'Quirky', 'Top Science', 'All Top News']))
    h.append('<div class="ad leaderboard"><span>Advertisement</span></div>')
    h.append('<div id="main"><div class="col-md-8"><h1 id="headline">%s</h1>' % E(st['title']))
    h.append('<dl class="dl-horizontal"><dt>Date:</dt><dd id="date_posted">%s</dd><dt>Source:</dt><dd id="source">%s</dd><dt>Summary:</dt><dd id="abstract">%s</dd></dl>' % (
        d_us(st['when']), E(st['meta']['MAT']), E(st['meta']['SUMM'])))
    h.append('<div class="share">%s</div>' % ''.join('<a href="#">%s</a>' % x for x in ['Facebook', 'Twitter', 'Pinterest', 'LinkedIN', 'Email']))
    h.append('<h3 class="full-story">FULL STORY</h3>')
    b, exp = body(st)
    h.append('<div id="story_text"><div id="text">%s</div>' % b)
    h.append('<div id="story_source"><h3>Story Source:</h3><p><a href="#">Materials</a> provided by <a href="#">%s</a>. <em>Note: Content may be edited for style and length.</em></p></div>' % E(st['meta']['MAT']))
    h.append('<div id="journal_references"><h3>Journal Reference:</h3><ol><li>%s. <strong>DOI: <a href="https://doi.org/%s">%s</a></strong></li></ol></div>' % (
        E(st['meta']['JREF']), st['meta']['DOI'], st['meta']['DOI']))
    y, m, d = ymd(st['when'])
    h.append('<div id="citation"><h3>Cite This Page:</h3><ul class="nav-tabs"><li>MLA</li><li>APA</li><li>Chicago</li></ul><p>%s. "%s." ScienceDigest. ScienceDigest, %d %s %d. &lt;www.sciencedigest.example/releases/%d/%02d/%s.htm&gt;.</p></div></div>' % (
        E(st['meta']['MAT']), E(st['title']), d, MONTHS[m - 1][:3], y, y, m, slug(st['title'])[:30]))
    h.append('<div id="related_topics"><h3>RELATED TOPICS</h3>%s</div>' % menu(['Plants & Animals', 'Earth & Climate', 'Ecology', 'Marine Biology'], 'topics'))
    h.append('<div id="related_stories"><h3>RELATED STORIES</h3><ul>%s</ul></div>' % ''.join(
        '<li><a href="#">%s</a><p>%s %d, %d &mdash; %s</p></li>' % (E(x), MONTHS[random.randint(0, 11)][:3], random.randint(1, 28), y - 1, E('Researchers report a surprising finding about %s.' % x.split()[0].lower())) for x in random.sample(HEADS, 4)))
    h.append('</div><div class="col-md-4"><div class="mostpopular"><h3>Most Popular</h3><ol>%s</ol></div>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 5)))
    h.append('<div class="subscribe-box"><h3>Free Subscriptions</h3><p>Get the latest science news with ScienceDigest\'s free email newsletters, updated daily and weekly. Or view hourly updated newsfeeds in your RSS reader:</p><a href="#">Email Newsletters</a> <a href="#">RSS Feeds</a></div>')
    h.append('<div class="follow"><h3>Follow Us</h3><p>Keep up to date with the latest news from ScienceDigest via social networks:</p><a href="#">Facebook</a> <a href="#">X</a></div></div></div>')
    h.append('<footer><p>Copyright %s ScienceDigest. All rights reserved. Content on this website is for information only. It is not intended to provide medical or other professional advice.</p>%s</footer>' % (
        st['when'][:4], menu(['About This Site', 'Staff', 'Contribute', 'Advertise', 'Privacy Policy', 'Editorial Policy', 'Terms of Use'])))
    return '\n'.join(h) + tail_scripts(), exp


def physx(st, hard=False):
    site = 'PhysNet'
    h = [head(st, '%s' % st['title'], ld=ld_news(st, 'Science X-like Network'), extra='<meta name="citation_doi" content="%s">' % st['meta']['DOI'])]
    h.append('<body class="news-page"><header class="header"><a class="logo" href="/">%s</a><nav>%s</nav><a href="/account">Sign in</a></header>' % (
        site, menu(['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'])))
    h.append('<main><article class="news-article"><div class="article__info"><span class="topic">%s</span></div>' % E(st['sec']))
    h.append('<div class="article__info-date"><p class="text-uppercase">%s</p></div>' % d_us(st['when']).upper())
    h.append('<div class="review-box"><p>This article has been reviewed according to Science X\'s editorial process and policies. Editors have highlighted the following attributes while ensuring the content\'s credibility:</p><ul><li>fact-checked</li><li>peer-reviewed publication</li><li>trusted source</li><li>proofread</li></ul></div>')
    h.append('<h1 class="text-extra-large">%s</h1>' % E(st['title']))
    h.append('<p class="article-byline">%s</p>' % E(st['by']))
    h.append('<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>')
    b, exp = body(st)
    h.append('<div class="article-main">%s' % b)
    h.append('<p><b>More information:</b> %s <a href="https://dx.doi.org/%s">DOI: %s</a></p>' % (E(st['meta']['JREF']), st['meta']['DOI'], st['meta']['DOI']))
    h.append('<p><b>Journal information:</b> <a href="#">%s</a></p>' % E(st['meta']['JREF'].split(', ')[-1].split(' (')[0]))
    h.append('<div class="article-main__more"><p>Provided by <a href="#">%s</a></p></div></div>' % E(st['meta']['PROV']))
    h.append('<div class="article-main__note"><p><b>Citation</b>: %s (%d, %s) retrieved %s from https://physnet.example/news/%s.html</p><p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div>' % (
        E(st['title']), ymd(st['when'])[0], d_us(st['when']).rsplit(',', 1)[0], d_uk(st['when']), slug(st['title'])))
    h.append('<div class="explore"><h3>Explore further</h3><a href="#">%s</a></div>' % E(random.choice(HEADS)))
    h.append('<div class="feedback"><h3>Feedback to editors</h3><button>Send</button></div>')
    h.append('</article></main><aside><div class="trending"><h3>Trending</h3><ol>%s</ol></div><div class="ad"><span>Advertisement</span></div></aside>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 5)))
    h.append('<div class="newsletter"><h3>Daily science news on research developments and the latest scientific innovations</h3><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>')
    h.append('<footer>%s<p>&copy; Science X-like Network %s</p></footer>' % (menu(['About', 'Help', 'Privacy policy', 'Terms of use', 'Contact']), st['when'][:4]))
    return '\n'.join(h) + tail_scripts(), exp


def eurek(st, hard=False):
    site = 'ResearchWire'
    h = [head(st, '%s | %s' % (st['title'], site), og_date=False, extra='<meta name="citation_doi" content="%s">' % st['meta']['DOI'])]
    h.append('<body class="release"><header><a class="logo" href="/">%s</a><span>The Global Source for Science News</span><nav>%s</nav><a href="/login">Login</a> <a href="/register">Register</a></header>' % (
        site, menu(['News Releases', 'Multimedia', 'Meetings', 'Embargoed', 'Experts', 'Funding', 'Awards'])))
    h.append('<main><article class="release">')
    if st['meta'].get('EMB'):
        h.append('<p class="embargo"><strong>%s</strong></p>' % E(st['meta']['EMB']))
    y, m, d = ymd(st['when'])
    h.append('<p class="type">NEWS RELEASE <time>%d-%s-%d</time></p>' % (d, MONTHS[m - 1][:3], y))
    h.append('<h1 class="page_title">%s</h1><p class="subtitle">Peer-Reviewed Publication</p>' % E(st['title']))
    h.append('<p class="institution"><a href="#">%s</a></p>' % E(st['meta']['INST']))
    h.append('<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a><a href="#">Print</a></div>')
    b, exp = body(st)
    h.append('<div class="entry">%s</div>' % b)
    h.append('<div class="article-images"><figure><img src="/img/%d.jpg" alt=""><figcaption><p>Field site used in the study.</p><p class="credit">Credit: %s</p></figcaption></figure><p class="usage">Usage Restrictions: Credit must be given.</p><p class="license">License: Licensed content</p></div>' % (
        random.randint(1000, 9999), E(st['meta']['INST'])))
    h.append('<div class="article-meta"><div><h4>Journal</h4><p>%s</p></div><div><h4>DOI</h4><p><a href="https://doi.org/%s">%s</a></p></div><div><h4>Method of Research</h4><p>Observational study</p></div><div><h4>Subject of Research</h4><p>Animals</p></div><div><h4>Article Publication Date</h4><p>%s</p></div><div><h4>COI Statement</h4><p>The authors declare no competing interests.</p></div></div>' % (
        E(st['meta']['JOURNAL']), st['meta']['DOI'], st['meta']['DOI'], d_uk(st['when'])))
    h.append('<div class="disclaimer"><p><strong>Disclaimer:</strong> ResearchWire is not responsible for the accuracy of news releases posted to ResearchWire by contributing institutions or for the use of any information through the ResearchWire system.</p></div>')
    h.append(contact(st, 'Media Contact'))
    h.append('</article></main><aside><h3>Trending Science News</h3><ol>%s</ol><div class="ad">Advertisement</div></aside>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 5)))
    h.append('<footer><p>Copyright &copy; %s by the Science Press Society. All rights reserved.</p>%s</footer>' % (y, menu(['About us', 'FAQ', 'Terms', 'Privacy', 'Contact'])))
    return '\n'.join(h) + tail_scripts(), exp


def natlab(st, hard=False):
    site = 'Ridgeline National Laboratory'
    h = [head(st, '%s | %s' % (st['title'], site), ld=ld_news(st, site), gen='WordPress 6.4')]
    h.append('<body class="single single-news"><div class="doe-bar">A U.S. Department of Energy national laboratory</div>')
    h.append('<header class="lab-header"><a href="/" class="logo">%s</a><nav>%s</nav></header>' % (site, menu(['Research', 'Facilities', 'Partnerships', 'Careers', 'News', 'About'])))
    h.append('<main><div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/news">News</a> &raquo; <span>%s</span></div><article>' % E(st['title'][:40]))
    h.append('<p class="kicker">%s</p><h1 class="entry-title">%s</h1>' % (E(st['sec']), E(st['title'])))
    h.append('<div class="entry-meta"><span class="author">%s</span> <span class="sep">|</span> <span class="date">%s</span></div>' % (E(st['by']), d_us(st['when'])))
    if not hard:
        h.append(fig_lead('A researcher at the beamline.', '(Image by Ridgeline National Laboratory.)'))
    b, exp = body(st)
    h.append('<div class="entry-content">%s' % b)
    h.append(about(st))
    h.append('</div>')
    h.append('<div class="contact-box">%s</div>' % contact(st, 'Media contact', 'h4'))
    h.append('<div class="post-tags">Tags: %s</div>' % ', '.join('<a href="#">%s</a>' % x for x in [st['sec'], 'Basic Energy Sciences', 'Materials']))
    h.append('</article>%s</main>' % related_cards('More news', random.sample(HEADS, 3), date=False))
    h.append('<footer class="lab-footer"><p>%s is managed by Ridgeline Science Alliance for the U.S. Department of Energy.</p>%s</footer>' % (site, menu(['Privacy & Security', 'Vulnerability Disclosure', 'FOIA', 'Accessibility', 'Contact'])))
    return '\n'.join(h) + tail_scripts(), exp


def hosp(st, hard=False):
    site = 'St. Aldric Medical Center'
    h = [head(st, '%s - %s' % (st['title'], site), ld=ld_news(st, site), gen='Sitecore')]
    h.append('<body><div class="alert-bar">Visitor policy: two visitors per patient. <a href="#">Learn more</a></div>')
    h.append('<header class="hospital-header"><a href="/" class="logo">%s</a><nav>%s</nav><a class="btn" href="/appointments">Request an Appointment</a> <a class="btn" href="/mychart">MyChart Login</a></header>' % (
        site, menu(['Find a Doctor', 'Locations', 'Services', 'Patients & Visitors', 'Research', 'Giving'])))
    h.append('<main><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/newsroom">Newsroom</a> &gt; <a href="/newsroom/research">Research News</a></div>')
    h.append('<div class="news-layout"><article class="news-detail"><h1>%s</h1><p class="news-date">%s</p>' % (E(st['title']), d_ap(st['when'])))
    b, exp = body(st, 'div' if hard else 'p')
    h.append('<div class="rich-text">%s</div>' % b)
    h.append(about(st, 'About %s'))
    h.append('</article><aside class="news-sidebar">%s<div class="cta"><h3>Need care?</h3><p>Call 555-0100 or request an appointment online.</p><a href="/appointments">Request an appointment</a></div>' % contact(st, 'Media Contact', 'h3'))
    h.append('<div class="related-news"><h3>Related News</h3><ul>%s</ul></div></aside></div></main>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 3)))
    h.append('<footer>%s<p>&copy; %s %s. All rights reserved.</p><p>%s complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.</p></footer>' % (
        menu(['Careers', 'Price Transparency', 'Patient Rights', 'Privacy Practices', 'Contact Us']), st['when'][:4], site, site))
    return '\n'.join(h) + tail_scripts(), exp


def journal(st, hard=False):
    site = 'Natura'
    h = [head(st, '%s | %s' % (st['title'], site), og_date=False, ld=ld_news(st, site, author=st['by']),
               extra='<meta name="dc.date" content="%s"><meta name="citation_doi" content="%s">' % (st['when'][:10], st['meta']['DOI']))]
    h.append('<body><div class="cookie-banner"><p>We use cookies to improve your experience. <button>Accept all cookies</button> <button>Manage preferences</button></p></div>')
    h.append('<header class="c-header"><a href="/" class="logo">%s</a><nav>%s</nav><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>' % (
        site, menu(['Explore content', 'About the journal', 'Publish with us'])))
    h.append('<main><article><div class="c-article-header"><ul class="c-article-identifiers"><li>NEWS</li><li><time datetime="%s">%s</time></li></ul>' % (st['when'][:10], d_uk(st['when'])))
    h.append('<h1 class="c-article-title">%s</h1><p class="c-article-teaser">Scientists react to the news.</p>' % E(st['title']))
    h.append('<ul class="c-article-author-list"><li>%s</li></ul></div>' % E(st['by']))
    h.append(fig_lead('The project site in 2021.', 'Credit: Natura archive'))
    b, exp = body(st)
    h.append('<div class="c-article-body"><div class="article__body">%s</div>' % b)
    h.append('<p class="c-article-doi">doi: https://doi.org/%s</p>' % st['meta']['DOI'])
    h.append('<section class="c-article-references"><h2>References</h2><ol>%s</ol></section>' % ''.join(
        '<li><p class="c-article-references__text">%s</p><p><a href="#">Article</a> <a href="#">Google Scholar</a></p></li>' % E(r) for r in st['meta']['REFS'].split(';;')))
    h.append('<div class="c-article-subjects"><h3>Subjects</h3>%s</div>' % menu(['Astronomy', 'Technology', 'Biology'], 'subjects'))
    h.append('<div class="c-latest-on"><h3>Latest on:</h3>%s</div></div></article>' % menu(random.sample(HEADS, 3)))
    h.append('<div class="c-nature-briefing"><h2>Sign up to the Natura Briefing newsletter</h2><p>What matters in science, free to your inbox daily.</p><form><input type="email"><button>Sign up</button></form></div></main>')
    h.append('<footer>%s<p>&copy; %s Natura Publishing Group</p></footer>' % (menu(['About us', 'Press releases', 'Careers', 'Privacy', 'Cookies', 'Accessibility']), st['when'][:4]))
    return '\n'.join(h) + tail_scripts(), exp


def society(st, hard=False):
    site = 'Geoscience Society' if 'Earthquake' in st['title'] else 'Physical Society'
    h = [head(st, '%s - %s' % (st['title'], site), og_date=False)]
    h.append('<body><header class="soc-header"><a href="/" class="logo">%s</a><nav>%s</nav><a class="join" href="/join">Join</a> <a href="/renew">Renew</a></header>' % (
        site, menu(['Membership', 'Meetings', 'Publications', 'Careers', 'Policy', 'Newsroom'])))
    h.append('<main class="press"><p class="label">Press Release</p>')
    if st['meta'].get('EMB'):
        h.append('<p class="embargo">%s</p>' % E(st['meta']['EMB']))
    h.append('<h1>%s</h1><p class="release-date">%s</p>' % (E(st['title']), d_uk(st['when'])))
    h.append('<div class="release-contact">%s</div>' % contact(st, 'Contact', 'h4'))
    b, exp = body(st)
    h.append('<div class="release-body">%s</div>' % b)
    h.append('<div class="notes"><h3>Notes for editors</h3><ol>%s</ol></div>' % ''.join('<li>%s</li>' % E(x) for x in st['meta']['NOTES'].split(';;')))
    h.append('<p class="end">###</p></main><aside><h3>Recent press releases</h3><ul>%s</ul></aside>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 4)))
    h.append('<footer>%s<p>&copy; %s %s</p></footer>' % (menu(['Contact', 'Privacy', 'Code of Conduct', 'Donate']), st['when'][:4], site))
    return '\n'.join(h) + tail_scripts(), exp


def mpg(st, hard=False):
    site = 'Institute for Comparative Cognition' if 'Rooks' in st['title'] else 'Institute of Plant Biology'
    h = [head(st, '%s | %s' % (st['title'], site), og_date=True, gen='TYPO3 CMS')]
    h.append('<body><div class="lang"><a href="/de">Deutsch</a> | <span>English</span></div><header><a href="/" class="logo">%s</a><nav>%s</nav></header>' % (
        site, menu(['Research', 'Institute', 'Career', 'Newsroom', 'Contact'])))
    h.append('<main><div class="breadcrumb"><a href="/">Home</a> / <a href="/newsroom">Newsroom</a> / <a href="/news">News</a></div><article class="news">')
    h.append('<p class="news-date">%s</p><h1>%s</h1>' % (d_us(st['when']), E(st['title'])))
    h.append('<div class="teaser-text"><p>%s</p></div>' % E(st['items'][0][1].split(',')[0] + '.'))
    b, exp = body(st)
    h.append('<div class="news-text">%s</div>' % b)
    h.append('<div class="box contact-persons"><h3>Contact</h3><div class="person"><p class="name">%s</p><p>Research group leader</p><p>Phone: %s</p><p>Email: %s</p></div></div>' % tuple(
        E(x) for x in (st['meta']['CONTACT'].split(';')[0], st['meta']['CONTACT'].split(';')[2], st['meta']['CONTACT'].split(';')[1])))
    h.append('<div class="box original-publication"><h3>Original publication</h3><p>%s</p><p>%s</p><p><a href="https://doi.org/%s">DOI: %s</a></p></div>' % (
        E(st['meta']['AUTH']), E(st['meta']['JREF']), st['meta']['DOI'], st['meta']['DOI']))
    h.append('<div class="box more-articles"><h3>Other Interesting Articles</h3>%s</div></article></main>' % menu(random.sample(HEADS, 3)))
    h.append('<footer><p>%s</p>%s</footer>' % (site, menu(['Imprint', 'Privacy Policy', 'Accessibility'])))
    return '\n'.join(h) + tail_scripts(), exp


def ukuni(st, hard=False):
    site = 'University of Fendale'
    h = [head(st, '%s - News - %s' % (st['title'], site), lang='en-GB', og_date=False, gen='TerminalFour')]
    h.append('<body><div id="cookie-notice">This site uses cookies. <a href="#">Find out more</a> <button>OK</button></div>')
    h.append('<header class="uni-header"><a href="/" class="logo">%s</a><nav>%s</nav></header>' % (site, menu(['Study', 'Research', 'Business', 'International', 'About', 'Alumni'])))
    h.append('<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/%s">%s</a></div><main class="news-article">' % (st['when'][:4], st['when'][:4]))
    h.append('<h1>%s</h1><p class="published">Published: %s</p>' % (E(st['title']), d_uk(st['when'])))
    b, exp = body(st)
    if hard:   # the notes inside the text container, a bold label over plain paragraphs
        b += '\n<p><strong>Notes to editors</strong></p>\n' + '\n'.join('<p>%d. %s</p>' % (i + 1, E(x)) for i, x in enumerate(st['meta']['NOTES'].split(';;')))
    h.append('<div class="article-text">%s</div>' % b)
    if not hard:
        h.append('<div class="notes-to-editors"><h2>Notes to editors</h2><ol>%s</ol></div>' % ''.join('<li>%s</li>' % E(x) for x in st['meta']['NOTES'].split(';;')))
    n, m, p = st['meta']['CONTACT'].split(';')
    h.append('<div class="press-office"><h3>Contact details</h3><p>%s<br>Telephone: %s<br>Email: <a href="mailto:%s">%s</a></p></div>' % (E(n), E(p), m, m))
    h.append('<div class="share-this-page"><h3>Share this page</h3><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div></main>')
    h.append('<aside><h3>Latest news</h3><ul>%s</ul></aside>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 4)))
    h.append('<footer><p>%s, Fendale FN1 2AB, United Kingdom. Registered charity number 1234567.</p>%s</footer>' % (site, menu(['Freedom of information', 'Modern slavery statement', 'Privacy', 'Accessibility'])))
    return '\n'.join(h) + tail_scripts(), exp


def ausuni(st, hard=False):
    site = 'Eastbrook University'
    h = [head(st, '%s - %s' % (st['title'], site), lang='en-AU', ld=ld_news(st, site, author=st['by']))]
    h.append('<body><p class="acknowledgement">Eastbrook University acknowledges the Traditional Owners of the lands on which our campuses stand.</p>')
    h.append('<header><a href="/" class="logo">%s</a><nav>%s</nav></header>' % (site, menu(['Study', 'Research', 'Engage', 'About', 'News'])))
    h.append('<main><article class="news-item"><h1>%s</h1><div class="news-meta"><span>%s</span> &middot; <span>%s</span></div>' % (E(st['title']), d_uk(st['when']), E(st['by'])))
    b, exp = body(st, 'div')
    h.append('<div class="news-body">%s</div>' % b)
    h.append('<div class="media-enquiries"><h3>Media enquiries</h3><p>%s</p></div>' % '<br>'.join(E(x) for x in st['meta']['CONTACT'].split(';')))
    h.append('<div class="tags"><h4>Related tags</h4>%s</div></article>' % menu([st['sec'], 'Research', 'Media release']))
    h.append(related_cards('You might also like', random.sample(HEADS, 3)))
    h.append('</main><footer><p>CRICOS Provider Code: 00000X. TEQSA Provider ID: PRV00000.</p>%s<p>&copy; %s</p></footer>' % (menu(['Privacy', 'Copyright', 'Disclaimer', 'Accessibility']), site))
    return '\n'.join(h) + tail_scripts(), exp


def wplab(st, hard=False):
    site = 'Okoro Lab' if 'river' in st['title'] else 'Tundra Ecology Group'
    h = [head(st, '%s &#8211; %s' % (st['title'], site), gen='WordPress 4.9.8' if st['when'] < '2020' else 'WordPress 6.6')]
    h[0] = h[0].replace('&amp;#8211;', '&#8211;')
    h.append('<body class="post-template-default single single-post"><div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">%s</a></p><p class="site-description">Department of Environmental Science</p><nav>%s</nav></header>' % (
        site, menu(['Home', 'People', 'Publications', 'Research', 'Join us', 'Blog'])))
    h.append('<div id="content"><main id="main"><article class="post type-post status-publish format-standard"><header class="entry-header"><h1 class="entry-title">%s</h1>' % E(st['title']))
    h.append('<div class="entry-meta"><span class="posted-on">Posted on <a href="#"><time class="entry-date published" datetime="%s:00+00:00">%s</time></a></span><span class="byline"> by <a href="#">%s</a></span></div></header>' % (
        st['when'], d_us(st['when']), E(st['by'])))
    b, exp = body(st)
    h.append('<div class="entry-content">%s</div>' % b)
    h.append('<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">%s</a></span><span class="tags-links">Tagged <a href="#">fieldwork</a>, <a href="#">papers</a></span></footer></article>' % E(st['sec']))
    h.append('<nav class="post-navigation"><div class="nav-previous"><a href="#">Previous Post: Welcome to our new students</a></div><div class="nav-next"><a href="#">Next Post: Lab retreat photos</a></div></nav>')
    h.append('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></div></main>')
    h.append('<aside id="secondary"><section class="widget"><h2>Recent Posts</h2>%s</section><section class="widget"><h2>Archives</h2>%s</section></aside></div>' % (
        menu(random.sample(HEADS, 4)), menu(['November 2024', 'October 2024', 'September 2024'])))
    h.append('<footer class="site-footer"><a href="https://wordpress.org/">Proudly powered by WordPress</a></footer></div>')
    return '\n'.join(h) + tail_scripts(), exp


def newswise(st, hard=False):
    site = 'NewsRelay'
    y, m, d = ymd(st['when'])
    h = [head(st, '%s | %s' % (st['title'], site), og_date=False)]
    h.append('<body><header><a href="/" class="logo">%s</a><nav>%s</nav><a href="/login">Log in</a> <a href="/register">Register for free</a></header>' % (
        site, menu(['Latest News', 'Channels', 'Experts', 'Embargoed', 'For Journalists', 'For Institutions'])))
    h.append('<main><div class="article-head"><h1>%s</h1><p class="inst">%s</p></div>' % (E(st['title']), 'Holloway School of Public Health' if 'Wastewater' in st['title'] else 'Tillman University'))
    h.append('<div class="release-info"><span>Released: %d-%s-%d %s EDT</span></div>' % (d, MONTHS[m - 1][:3], y, '9:05 AM' if st['when'][11:13] == '09' else '1:30 PM'))
    h.append('<div class="source">Source Newsroom: <a href="#">%s</a></div>' % ('Holloway School of Public Health' if 'Wastewater' in st['title'] else 'Tillman University'))
    h.append('<div class="share"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Email</a></div>')
    b, exp = body(st)
    b = b.replace('<p>', '<p><b>Newswire &mdash;</b> ', 1)
    h.append('<div class="article-body">%s</div>' % b)
    if st['meta'].get('EXPERT'):
        h.append('<div class="expert-pitch"><p><strong>%s</strong></p><p><a href="#">Contact the expert</a></p></div>' % E(st['meta']['EXPERT']))
    h.append('<div class="keywords"><h4>Keywords</h4>%s</div><div class="channels"><h4>Channels:</h4>%s</div>' % (
        menu(st['meta'].get('KEYWORDS', 'Science').split('; ')), menu(['All Journal News', 'Health', 'Environment'])))
    h.append('</main><aside><div class="more"><h3>MORE NEWS</h3><ul>%s</ul></div></aside>' % ''.join('<li><a href="#">%s</a></li>' % E(x) for x in random.sample(HEADS, 4)))
    h.append('<footer><p>&copy; %d NewsRelay, Inc. All rights reserved.</p>%s</footer>' % (y, menu(['About', 'Terms', 'Privacy', 'Contact'])))
    exp = exp.replace(st['items'][0][1], 'Newswire \u2014 ' + st['items'][0][1], 1)
    return '\n'.join(h) + tail_scripts(), exp


def mitlike(st, hard=False):
    site = 'Eastern Institute of Technology'
    h = [head(st, '%s | EIT News | %s' % (st['title'], site), ld=ld_news(st, 'EIT News', author=st['by']))]
    h.append('<body><header class="site-header"><a href="/" class="logo">EIT News</a><nav>%s</nav><a href="/subscribe">Subscribe to EIT News newsletter</a></header>' % menu(
        ['Topics', 'Departments', 'Labs & Centers', 'Press', 'Campus']))
    h.append('<main><article class="news-article"><h1 class="news-article--title">%s</h1><p class="news-article--dek">Researchers report new results.</p>' % E(st['title']))
    h.append('<div class="news-article--authored-by">%s | EIT News</div><div class="news-article--publication-date">Publication Date: <time>%s</time></div>' % (E(st['by']), d_us(st['when'])))
    h.append('<div class="news-article--press-inquiries"><a href="#">Press Inquiries</a></div>')
    h.append('<div class="news-article--media"><img src="/img/%d.jpg" alt=""><p class="caption">Caption: The device in the lab.</p><p class="credits">Credits: Image: %s</p></div>' % (random.randint(1000, 9999), E(st['by'])))
    b, exp = body(st)
    h.append('<div class="news-article--content--body">%s</div>' % b)
    h.append('<div class="news-article--share"><h3>Share this news article on:</h3><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">Print</a></div>')
    h.append('<div class="news-article--related-links"><h3>Related Links</h3>%s</div>' % menu(['Liang Zhou', 'Department of Mechanical Engineering', 'Soft Robotics Lab']))
    h.append('<div class="news-article--topics"><h3>Related Topics</h3>%s</div>' % menu(['Research', 'Robotics', 'Agriculture', 'Materials']))
    h.append('<div class="news-article--related-articles"><h3>Related Articles</h3>%s</div></article></main>' % ''.join('<div><a href="#">%s</a></div>' % E(x) for x in random.sample(HEADS, 3)))
    h.append('<footer><p>Eastern Institute of Technology, Building 11-400, Riverside</p>%s</footer>' % menu(['About EIT News', 'Press', 'Accessibility', 'Privacy']))
    return '\n'.join(h) + tail_scripts(), exp


def old2011(st, hard=False):
    site = 'Clearwater State University'
    h = [head(st, '%s :: %s News' % (st['title'], site), og_date=False, html5=False)]
    h.append('<body bgcolor="#ffffff"><table width="960" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td colspan="2" class="masthead"><img src="/images/csu_logo.gif" alt="%s" /></td></tr>' % site)
    h.append('<tr><td width="180" valign="top" class="leftnav"><ul><li><a href="/news">News Home</a></li><li><a href="/news/archive">Archive</a></li><li><a href="/news/experts">Experts</a></li><li><a href="/news/media">For the Media</a></li></ul></td>')
    h.append('<td valign="top" class="content"><!-- InstanceBeginEditable name="content" --><span class="date">%s</span><h2 class="headline">%s</h2>' % (d_num(st['when']), E(st['title'])))
    c = st['meta']['CONTACT'].split(';')
    h.append('<p class="contact">Contact: %s, %s, <a href="mailto:%s">%s</a></p>' % (E(c[0]), E(c[2]), c[1], c[1]))
    b, exp = body(st, 'br')
    h.append('<div class="story">%s</div>' % b)
    h.append('<p align="center">-30-</p>')
    h.append('<p class="tools"><a href="#">Printer-friendly version</a> | <a href="#">E-mail this story</a></p><!-- InstanceEndEditable --></td></tr>')
    h.append('<tr><td colspan="2" class="footer"><font size="1">&copy; %s %s | University News Service | <a href="#">Contact webmaster</a></font></td></tr></table>' % (st['when'][:4], site))
    h.append('<script type="text/javascript">//<![CDATA[\nvar _gaq = _gaq || [];_gaq.push(["_setAccount", "UA-%d-1"]);_gaq.push(["_trackPageview"]);\n//]]></script>' % random.randint(10**6, 10**7))
    return '\n'.join(h) + '\n</body>\n</html>\n', exp


def agency(st, hard=False):
    site = 'Federal Ocean and Atmosphere Agency' if 'Ocean' in st['title'] else 'National Science Agency'
    h = [head(st, '%s | %s' % (st['title'], site), ld=ld_news(st, site, typ='NewsArticle'), gen='Drupal 9')]
    h.append('<body><section class="usa-banner"><p>An official website of the United States government</p><button>Here\'s how you know</button></section>')
    h.append('<header class="usa-header"><a href="/" class="logo">%s</a><nav>%s</nav></header>' % (site, menu(['About', 'Funding', 'News', 'Science', 'Data', 'Careers'])))
    h.append('<main class="usa-layout"><div class="usa-breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a></div><article>')
    h.append('<p class="release-number">News Release %s-%03d</p><h1>%s</h1><p class="date">%s</p>' % (st['when'][2:4], random.randint(1, 200), E(st['title']), d_us(st['when'])))
    b, exp = body(st)
    h.append('<div class="usa-prose">%s</div>' % b)
    h.append(about(st, 'About the %s' if site.startswith('National') else 'About %s'))
    h.append(contact(st, 'Media Contacts', 'h3'))
    h.append('<div class="related-institutions"><h3>Related Institutions</h3><ul><li>University of the Plains</li><li>Coastal State University</li></ul></div></article></main>')
    h.append('<footer class="usa-footer">%s<p>%s, 2415 Eisenhower Avenue</p></footer>' % (menu(['Accessibility', 'Budget and Performance', 'FOIA', 'No FEAR Act', 'Privacy', 'USA.gov']), site))
    return '\n'.join(h) + tail_scripts(), exp


def medj(st, hard=False):
    site = 'Journal of the Medical Society'
    h = [head(st, '%s | %s | Medical News' % (st['title'], site), ld=ld_news(st, site, author=st['by']))]
    h.append('<body><header><a href="/" class="logo">JMS</a><nav>%s</nav><a href="/signin">Sign In</a> <a href="/subscribe">Subscribe</a></header>' % menu(['Issues', 'Multimedia', 'Specialties', 'For Authors', 'CME']))
    h.append('<main><article class="article"><div class="meta-article-type">Medical News</div><div class="meta-date">%s</div>' % d_us(st['when']))
    h.append('<h1 class="meta-article-title">%s</h1><div class="meta-authors">%s</div>' % (E(st['title']), E(st['by'])))
    h.append('<div class="meta-citation">JMS. %s;331(20):1702-1703. doi:10.5555/jms.%s.1702</div>' % (st['when'][:4], st['when'][:4]))
    b, exp = body(st)
    h.append('<div class="article-full-text">%s</div>' % b)
    h.append('<div class="article-information"><h3>Article Information</h3><p><strong>Published Online:</strong> %s. doi:10.5555/jms.%s.1702</p><p><strong>Conflict of Interest Disclosures:</strong> None reported.</p></div>' % (d_us(st['when']), st['when'][:4]))
    h.append('<div class="comments"><h3>Comment</h3><p>0 Comments</p><a href="#">Sign in to comment</a></div>')
    h.append('<div class="trending"><h3>Trending</h3>%s</div></article></main>' % menu(random.sample(HEADS, 3)))
    h.append('<footer>%s<p>&copy; %s Medical Society. All Rights Reserved.</p></footer>' % (menu(['About', 'Contact', 'Advertise', 'Privacy', 'Terms']), st['when'][:4]))
    return '\n'.join(h) + tail_scripts(), exp


TPL = {'ucomm': ucomm, 'sciday': sciday, 'physx': physx, 'eurek': eurek, 'natlab': natlab, 'hosp': hosp, 'journal': journal,
       'society': society, 'mpg': mpg, 'ukuni': ukuni, 'ausuni': ausuni, 'wplab': wplab, 'newswise': newswise, 'mitlike': mitlike,
       'old2011': old2011, 'agency': agency, 'medj': medj}


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    os.makedirs(OUT, exist_ok=True)
    for i, st in enumerate(stories, 1):
        tpl = st['tpl']
        hard = tpl.endswith('-h')
        html_, exp = TPL[tpl[:-2] if hard else tpl](st, hard)
        n = '%02d' % i
        with open(os.path.join(OUT, n + '.html'), 'w', encoding='utf-8') as f:
            f.write(html_)
        with open(os.path.join(OUT, n + '.txt'), 'w', encoding='utf-8') as f:
            f.write(exp)
        with open(os.path.join(OUT, n + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'published': st['when'][:10], 'lang': 'en', 'title': st['title']}, f)
            f.write('\n')


main()
