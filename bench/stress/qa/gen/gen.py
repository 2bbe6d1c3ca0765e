#!/usr/bin/env python3
"""Generate bench/stress/qa pages from stories.txt (interviews, Q&A and advice columns, FAQ
explainers, fact checks, photo essays, timelines and numbered briefs on invented news templates;
original text).

Usage: python3 bench/stress/qa/gen/gen.py bench/stress/qa   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|byline|section' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, INTRO italic intro, NOTE italic editor's note
("This interview has been edited ..."), H2/H3 subhead, UL list item, QA bold Q/A label + answer
(label|text), QN bold speaker name + text (name|text), BQ question printed as a bold paragraph,
LEAD numbered bold lead-in in its paragraph (lead|text), LEADH numbered heading over a paragraph,
BLQ bold question lead-in in its paragraph, DQ FAQ accordion (question|answer), TL time in bold
before a one-line event (time|event), TLP year in a bold paragraph over the event's paragraph,
CLAIM fact check's claim/rating box line (label|text), LETTER reader's letter, SIG its signature,
PHOTO photo whose long caption is the story (caption|credit; the credit is not body).
H3Q question as an <h3>, TLI timeline list item (date|event, "date: event").
Furniture codes (not body): PULL pull quote repeating the text, FIG photo (caption|credit), AD, REL related links (a;;b), NEWS
newsletter box (name|pitch), SUBMIT "send your questions" box, DISCLAIM, SUPPORT donation box,
VIDEO video teaser, TRENDING rail, STMT statement card in the header (quote|speaker|when),
RATE ruling meter (rating)."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

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

def expected(s):
    out = []
    for k, v in s['items']:
        if k in ('P', 'INTRO', 'NOTE', 'H2', 'H3', 'UL', 'BQ', 'LETTER', 'SIG', 'H3Q'):
            out.append(v)
        elif k in ('QA', 'QN', 'LEAD', 'BLQ', 'CLAIM'):
            a, b = v.split('|')
            out.append(a + ' ' + b)
        elif k == 'TL':
            a, b = v.split('|')
            out.append(a + ' \u2014 ' + b)
        elif k == 'TLI':
            a, b = v.split('|')
            out.append(a + ': ' + b)
        elif k in ('LEADH', 'DQ', 'TLP'):
            out.extend(v.split('|'))
        elif k == 'PHOTO':
            out.append(v.split('|')[0])
    return '\n\n'.join(out) + '\n'

def longdate(d):
    y, m, dd = d.split('-')
    return '%s %d, %s' % (MONTHS[int(m) - 1], int(dd), y)

LOREM_NAV = ['News', 'Local', 'Politics', 'Business', 'Opinion', 'Sports', 'Arts & Culture', 'Food',
             'Health', 'Obituaries', 'Events', 'Podcasts', 'Newsletters', 'Contact']

def nav(cls, items):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join(
        '<li class="menu-item"><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items))

def footer(site, extra=''):
    cols = [('About', ['About us', 'Staff', 'Careers', 'Ethics policy', 'Corrections']),
            ('Services', ['Subscribe', 'Manage account', 'Advertise', 'E-edition', 'Archives']),
            ('Follow', ['Facebook', 'Instagram', 'YouTube', 'RSS'])]
    h = '<footer class="site-footer"><div class="footer-cols">'
    for t, links in cols:
        h += '<div class="footer-col"><h4>%s</h4><ul>%s</ul></div>' % (t, ''.join(
            '<li><a href="/%s">%s</a></li>' % (slug(l), l) for l in links))
    h += '</div><div class="footer-sitemap"><h4>Sections</h4><ul>%s</ul></div>' % ''.join(
        '<li><a href="/section/%s/">%s</a></li>' % (slug(a + ' ' + b), E(a + ' ' + b)) for a in ('Local', 'State', 'Regional') for b in (
        'news', 'politics', 'schools', 'crime', 'courts', 'business', 'real estate', 'weather', 'health', 'sports', 'obituaries', 'opinion'))
    h += '<div class="footer-apps"><h4>Get our apps</h4><p>Breaking news alerts, the daily e-edition and local weather on your phone.</p><a href="/apps/ios">Download on the App Store</a> <a href="/apps/android">Get it on Google Play</a></div>'
    h += '</div>%s<p class="copyright">&copy; 2026 %s. All rights reserved. <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/cookies">Cookie settings</a></p></footer>' % (extra, E(site))
    return h

def head(s, site, domain, url, extra_css=''):
    desc = s['deck'] or s['title']
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'],
          "datePublished": s['date'] + "T08:00:00-05:00", "dateModified": s['date'] + "T11:30:00-05:00",
          "author": [{"@type": "Person", "name": re.sub(r'^By ', '', s['byline']).split(' mil@')[0]}],
          "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % domain}},
          "mainEntityOfPage": url, "image": ["https://%s/img/%s.jpg" % (domain, slug(s['title'])[:30])]}
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="og:description" content="%s"><meta property="og:url" content="%s">'
            '<meta property="og:site_name" content="%s"><meta property="article:published_time" content="%sT08:00:00-05:00">'
            '<meta name="twitter:card" content="summary_large_image">'
            '<script type="application/ld+json">%s</script>'
            '<style>body{font-family:Georgia,serif;margin:0}.wrap{max-width:1180px;margin:0 auto}%s'
            '.ad{min-height:250px;background:#f4f4f4;text-align:center}.share a{display:inline-block;margin:0 4px}'
            'footer{background:#222;color:#eee;padding:30px}</style>'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s"});'
            '(function(w,d){var s=d.createElement("script");s.async=1;s.src="https://tags.%s/gtm.js";d.head.appendChild(s)})(window,document);</script>'
            '<script>window.__consent={"vendors":["analytics","ads","social"],"regions":{"eu":{"mode":"opt-in"},"us-ca":{"mode":"opt-out"}},"purposes":[1,2,3,4,7,9,10],"texts":{"title":"We value your privacy","body":"We and our partners use cookies and similar technologies to store and access information on your device, to measure audiences and to show personalised ads and content.","accept":"Accept all","reject":"Reject all","manage":"Manage preferences"}};function __cmpLoad(){var s=document.createElement("script");s.src="/cmp/stub.js";document.head.appendChild(s)}if(document.readyState!=="loading"){__cmpLoad()}else{document.addEventListener("DOMContentLoaded",__cmpLoad)}</script>'
            '</head>') % (E(s['title']), E(site), E(desc), url, E(s['title']), E(desc), url, E(site), s['date'],
                          json.dumps(ld), extra_css, E(s['section']), domain)

def share(cls='share'):
    return ('<div class="%s"><span>Share</span><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a>'
            '<a href="#" class="em">Email</a><a href="#" class="pr">Print</a><button class="copy">Copy link</button></div>') % cls

def adslot(i):
    return '<div class="ad ad-inline" id="ad-slot-%d"><span class="ad-label">Advertisement</span><div data-ad-unit="/2291/article/inline%d"></div></div>' % (i, i)

def related_box(v, style):
    titles = v.split(';;')
    if style == 'inline':
        return '<aside class="related-inline"><h4>Related</h4><ul>%s</ul></aside>' % ''.join(
            '<li><a href="/news/%s">%s</a></li>' % (slug(t), E(t)) for t in titles)
    return '<p class="read-more"><strong>READ MORE:</strong> %s</p>' % ' | '.join(
        '<a href="/news/%s">%s</a>' % (slug(t), E(t)) for t in titles)

def newsletter(v):
    name, pitch = v.split('|')
    return ('<div class="newsletter-signup"><h3>Sign up for %s</h3><p>%s</p><form action="/subscribe">'
            '<input type="email" placeholder="Email address"><button>Sign up</button></form>'
            '<p class="fine">By signing up you agree to our Terms of Use and Privacy Policy.</p></div>') % (E(name), E(pitch))

def furniture(k, v, n, rel_style='inline'):
    if k == 'AD': return adslot(n)
    if k == 'REL': return related_box(v, rel_style)
    if k == 'NEWS': return newsletter(v)
    if k == 'FIG':
        c, cr = v.split('|')
        return '<figure class="inline-image"><img src="/img/%d.jpg" alt="%s" loading="lazy"><figcaption>%s <span class="credit">(%s)</span></figcaption></figure>' % (n, E(c), E(c), E(cr))
    if k == 'SUBMIT': return '<div class="submit-question"><p><em>%s</em></p></div>' % E(v)
    if k == 'DISCLAIM': return '<p class="disclaimer"><small>%s</small></p>' % E(v)
    if k == 'SUPPORT': return '<aside class="support-box"><p>%s</p><a class="btn" href="/donate">Give</a></aside>' % E(v)
    if k == 'VIDEO': return '<div class="video-teaser"><div class="player" data-video-id="%d"></div><p class="video-title">%s</p></div>' % (n * 7919, E(v))
    if k == 'TRENDING':
        return '<div class="trending"><h4>Trending now</h4><ol><li><a href="/t/1">Police ID driver in Route 30 crash</a></li><li><a href="/t/2">First Alert Weather: Cold front arrives Friday</a></li><li><a href="/t/3">New taco spot opens downtown</a></li></ol></div>'
    return ''

def body_html(s, r):
    """Render the story's items with the template's renderer r (dict of code -> fn(v, n))."""
    out, n = [], 0
    for k, v in s['items']:
        n += 1
        if k in r:
            out.append(r[k](v, n))
        elif k in ('P',):
            out.append('<p>%s</p>' % E(v))
        elif k == 'H2':
            out.append('<h2>%s</h2>' % E(v))
        elif k == 'H3':
            out.append('<h3>%s</h3>' % E(v))
        elif k == 'UL':
            out.append('<li>%s</li>' % E(v))
        elif k == 'INTRO':
            out.append('<p><em>%s</em></p>' % E(v))
        elif k == 'NOTE':
            out.append('<p><em>%s</em></p>' % E(v))
        elif k == 'QA' or k == 'QN' or k == 'BLQ' or k == 'LEAD':
            a, b = v.split('|')
            out.append('<p><strong>%s</strong> %s</p>' % (E(a), E(b)))
        elif k == 'BQ':
            out.append('<p><strong>%s</strong></p>' % E(v))
        elif k == 'H3Q':
            out.append('<h3 class="question">%s</h3>' % E(v))
        elif k == 'TLI':
            out.append('<li><strong>%s:</strong> %s</li>' % tuple(E(x) for x in v.split('|')))
        elif k == 'PULL':
            out.append('<aside class="pullquote"><blockquote><p>%s</p></blockquote></aside>' % E(v))
        elif k == 'LEADH':
            a, b = v.split('|')
            out.append('<h3>%s</h3><p>%s</p>' % (E(a), E(b)))
        elif k == 'STMT' or k == 'RATE':
            continue
        else:
            out.append(furniture(k, v, n))
    h = ''.join(out)
    # wrap consecutive <li> into <ul>
    h = re.sub(r'((?:<li>.*?</li>)+)', lambda m: '<ul>' + m.group(1) + '</ul>', h)
    return h

# ------------------------------------------------------------------ templates
def t_wpmag(s, i):
    site, dom = 'Harlow Today', 'harlowtoday.example'
    url = 'https://%s/%s/%s/' % (dom, s['date'][:7].replace('-', '/'), slug(s['title']))
    qa_alt = i % 2
    r = {}
    if qa_alt:
        r['QA'] = lambda v, n: '<p class="has-text"><b>%s</b> %s</p>' % tuple(E(x) for x in v.split('|'))
    body = body_html(s, r)
    return (head(s, site, dom, url) + '<body class="post-template-default single single-post postid-%d single-format-standard">' % (4100 + i) +
            '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Harlow Today</a></p><p class="site-description">Independent news for Harlow and the valley</p></div>' +
            nav('main-navigation', LOREM_NAV[:11]) + '</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-%d" class="post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span>' % (4100 + i, slug(s['section']), E(s['section'])) +
            '<h1 class="entry-title">%s</h1>' % E(s['title']) +
            ('<p class="entry-subtitle">%s</p>' % E(s['deck']) if s['deck'] else '') +
            '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="%sT08:00:00-05:00">%s</time></span></div></header>' % (slug(s['byline']), E(s['byline']), s['date'], longdate(s['date'])) +
            share('sharedaddy sd-sharing-enabled') +
            '<figure class="post-thumbnail"><img src="/wp-content/uploads/%s/lead.jpg" alt=""><figcaption>Photo by Harlow Today staff</figcaption></figure>' % s['date'][:7] +
            '<div class="entry-content">%s</div>' % body +
            '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/qa/" rel="tag">Q&amp;A</a>, <a href="/tag/harlow/" rel="tag">Harlow</a></span></footer>'
            '<div class="author-info"><h2 class="author-title">About %s</h2><p class="author-bio">%s covers city hall and the neighborhoods for Harlow Today. Reach her at tips@harlowtoday.example.</p></div></article>' % (E(s['byline']), E(s['byline'])) +
            '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev/">Previous: Farmers market returns to Depot Square</a></div><div class="nav-next"><a href="/next/">Next: School board names interim superintendent</a></div></nav>'
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>'
            '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a/">Council approves new bike lanes on Elm</a></li><li><a href="/b/">Harlow High wins regional robotics title</a></li><li><a href="/c/">What to do in Harlow this weekend</a></li><li><a href="/d/">Opinion: Keep the library open Sundays</a></li></ul></section>'
            '<section class="widget"><h2 class="widget-title">Support local news</h2><p>Harlow Today is a nonprofit newsroom. Your donation keeps our reporting free for everyone.</p><a href="/donate">Donate</a></section></aside></div>' +
            footer(site) + '</div><script src="/wp-includes/js/jquery/jquery.min.js"></script><script src="/wp-content/themes/harlow/js/navigation.js"></script></body></html>')

def t_arc(s, i):
    site, dom = 'The Bayport Ledger', 'bayportledger.example'
    url = 'https://www.%s/news/%s/%s/%s/' % (dom, slug(s['section']), s['date'].replace('-', '/'), slug(s['title']))
    def p(t): return '<p class="b-paragraph c-text" data-testid="paragraph">%s</p>' % t
    r = {
        'P': lambda v, n: p(E(v)),
        'INTRO': lambda v, n: p('<i>%s</i>' % E(v)),
        'NOTE': lambda v, n: p('<i>%s</i>' % E(v)),
        'QN': lambda v, n: p('<b>%s</b> %s' % tuple(E(x) for x in v.split('|'))),
        'LEAD': lambda v, n: p('<strong>%s</strong> %s' % tuple(E(x) for x in v.split('|'))),
        'BLQ': lambda v, n: p('<strong>%s</strong> %s' % tuple(E(x) for x in v.split('|'))),
        'H2': lambda v, n: '<h2 class="b-header c-heading">%s</h2>' % E(v),
        'UL': lambda v, n: '<li class="c-list-item">%s</li>' % E(v),
        'AD': lambda v, n: '<div class="arcad-feature" data-ad-position="inline-%d"><div class="ad-label">ADVERTISEMENT</div></div>' % n,
        'REL': lambda v, n: '<div class="c-related-links"><p class="c-related-title">More coverage</p>%s</div>' % ''.join('<a class="c-related-link" href="/news/%s">%s</a>' % (slug(t), E(t)) for t in v.split(';;')),
        'FIG': lambda v, n: '<figure class="c-media-item"><img src="https://arc.%s/resizer/%d.jpg" alt=""><figcaption class="c-media-caption"><span>%s</span> <span class="c-credit">%s</span></figcaption></figure>' % ((dom, n) + tuple(E(x) for x in v.split('|'))),
        'NEWS': lambda v, n: '<div class="c-newsletter-inline"><p class="c-nl-title">%s</p><p>%s</p><input type="email" aria-label="Email"><button>Sign Up</button></div>' % tuple(E(x) for x in v.split('|')),
    }
    body = body_html(s, r).replace('<ul><li class', '<li class')
    body = re.sub(r'((?:<li class="c-list-item">.*?</li>)+)', lambda m: '<ul class="c-list">' + m.group(1) + '</ul>', body)
    state = json.dumps({"globalContent": {"_id": "%08X" % (i * 99991), "type": "story", "headlines": {"basic": s['title']}, "taxonomy": {"primary_section": {"name": s['section']}}}})
    return (head(s, site, dom, url) + '<body><div id="fusion-app" class="layout-section"><div class="c-top-banner">Subscribe: 99&cent; for your first 6 months</div>'
            '<header class="c-site-header"><button class="c-hamburger" aria-label="Sections">Sections</button><a class="c-logo" href="/">The Bayport Ledger</a><a class="c-subscribe" href="/subscribe">Subscribe</a><a href="/login">Log in</a></header>' +
            nav('c-section-nav', LOREM_NAV[:9]) +
            '<main class="c-main"><article class="c-article-layout"><div class="c-overline"><a href="/news/%s/">%s</a></div><h1 class="c-headline" data-testid="headline">%s</h1>' % (slug(s['section']), E(s['section']), E(s['title'])) +
            ('<h2 class="c-subheadline">%s</h2>' % E(s['deck']) if s['deck'] else '') +
            '<div class="c-byline"><span class="c-byline-authors">%s</span><time class="c-timestamp" datetime="%sT08:00:00Z">Published %s at 8:00 a.m.</time></div>' % (E(s['byline']), s['date'], longdate(s['date'])) +
            share('c-share-bar') +
            '<div class="c-article-body article-body" data-gtm="article-body">%s</div>' % body +
            '<div class="c-tags"><a href="/tags/bayport/">Bayport</a><a href="/tags/explainer/">Explainers</a></div></article>'
            '<aside class="c-rail"><div class="c-most-read"><h3>Most Read</h3><ol><li><a href="/1">Bayport restaurant closes after 60 years</a></li><li><a href="/2">Police: Two hurt in Shore Road crash</a></li><li><a href="/3">High school football scores, Week 6</a></li><li><a href="/4">State audit flags county overtime</a></li><li><a href="/5">Forecast: Rain, then colder</a></li></ol></div>' + adslot(90) + '</aside></main>' +
            footer(site) + '</div><script id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.globalContent=%s;</script></body></html>' % state)

def t_snopes(s, i):
    site, dom = 'TruthDesk', 'truthdesk.example'
    url = 'https://www.%s/fact-check/%s/' % (dom, slug(s['title']))
    claims = [v.split('|') for k, v in s['items'] if k == 'CLAIM']
    box = ''
    for lab, txt in claims:
        cls = slug(lab)
        if lab.startswith('Rating'):
            box += '<div class="rating-wrapper"><img class="rating-img" src="/img/rating-%s.png" alt="%s"><div class="rating_title_wrap"><span class="label">%s</span> <span class="rating_title">%s</span></div><a class="rating-about" href="/fact-check-ratings/">About this rating</a></div>' % (slug(txt), E(txt), E(lab), E(txt))
        else:
            box += '<div class="claim_cont %s"><span class="label">%s</span> <p>%s</p></div>' % (cls, E(lab), E(txt))
    r = {'CLAIM': lambda v, n: '', 'AD': lambda v, n: '<div class="proper-ad-unit"><div id="snhb-content_1-0"></div></div>'}
    body = body_html(s, r)
    first = body.find('<p>')
    body = body[:first] + '<section class="claim-section">' + box + '</section>' + body[first:] if first >= 0 else body
    return (head(s, site, dom, url) + '<body class="single-fact-check"><div class="header_wrapper"><a class="logo" href="/">TruthDesk</a>' +
            nav('header_nav', ['Latest', 'Fact Checks', 'News', 'Collections', 'Quizzes', 'About', 'Newsletters']) +
            '<form class="search"><input name="q" placeholder="Search"></form><a class="membership" href="/membership">Become a member</a></div>'
            '<main id="article-main"><div class="article_wrapper"><section id="article_header"><p class="section_label"><a href="/fact-check/">Fact Check</a></p><h1>%s</h1><h2 class="subtitle">%s</h2>' % (E(s['title']), E(s['deck'])) +
            '<div class="author_info"><a class="author_link" href="/author/%s/">%s</a><span class="publish_date">Published %s</span></div>' % (slug(s['byline']), E(s['byline']), longdate(s['date'])) +
            share('share_buttons') + '</section><article id="article-content">%s</article>' % body +
            '<div class="article_bio"><p>By %s</p><p>%s is a fact-checker at TruthDesk who covers viral images and local-government claims.</p></div>' % (E(s['byline']), E(s['byline'])) +
            '<section class="tips"><h3>Have a tip?</h3><p>Tell us what you want fact-checked. <a href="/tips">Submit a tip</a></p></section>'
            '<section class="related_articles"><h3>Related Articles</h3><ul><li><a href="/fc/1">Is This Viral Video of a Tornado Real?</a></li><li><a href="/fc/2">Did a Governor Really Say That About Teachers?</a></li><li><a href="/fc/3">No, This Coin Is Not Worth $2 Million</a></li></ul></section></div></main>' +
            footer(site, '<p class="mission">TruthDesk is an independent fact-checking publication.</p>') + '<script src="/js/truthdesk.min.js" defer></script></body></html>')

def t_pfact(s, i):
    site, dom = 'CivicCheck', 'civiccheck.example'
    url = 'https://www.%s/factchecks/%s/%s/' % (dom, s['date'][:4], slug(s['title']))
    stmt = [v for k, v in s['items'] if k == 'STMT'][0].split('|')
    rate = [v for k, v in s['items'] if k == 'RATE'][0]
    r = {'BQ': lambda v, n: '<blockquote><p>%s</p></blockquote>' % E(v),
         'UL': lambda v, n: '<li>%s</li>' % E(v)}
    body = body_html(s, r)
    body = body.replace('<h3>Our Sources</h3><ul>', '<h3>Our Sources</h3><ul class="sources">')
    return (head(s, site, dom, url) + '<body><header class="m-header"><a class="m-logo" href="/">CivicCheck</a>' +
            nav('m-nav', ['Latest Fact-checks', 'Issues', 'People', 'Truth-O-Meter', 'Promises', 'Who pays for CivicCheck?', 'Donate']) + '</header>'
            '<main class="o-main"><section class="m-statement"><div class="m-statement__author"><img src="/people/%s.jpg" alt=""><a class="m-statement__name" href="/personalities/%s/">%s</a><div class="m-statement__desc">%s</div></div>' % (slug(stmt[1]), slug(stmt[1]), E(stmt[1]), E(stmt[2])) +
            '<div class="m-statement__quote">%s</div><div class="m-statement__meter"><img class="c-image__original" src="/meter/%s.jpg" alt="%s"></div></section>' % (E(stmt[0]), slug(rate), E(rate)) +
            '<section class="m-statement__footer"><div class="m-author"><a href="/staff/%s/">%s</a></div><span class="m-author__date">%s</span></section>' % (slug(s['byline']), E(s['byline']), longdate(s['date'])) +
            '<h1 class="c-title">%s</h1>' % E(s['title']) +
            '<section class="o-pick"><div class="m-callout"><h4>If Your Time is short</h4><ul><li>%s</li></ul></div></section>' % E(s['deck']) +
            '<article class="m-textblock">%s</article>' % body +
            '<section class="m-tags"><a href="/issues/%s/">%s</a></section>' % (slug(s['section']), E(s['section'])) +
            '<section class="o-platform"><h3>Browse the Truth-O-Meter</h3><ul><li>True</li><li>Mostly True</li><li>Half True</li><li>Mostly False</li><li>False</li><li>Pants on Fire</li></ul></section>'
            '<section class="m-related"><h3>More by %s</h3><ul><li><a href="/r/1">Claim about gas taxes misses the mark</a></li><li><a href="/r/2">Mostly True: Teacher pay ranks 38th</a></li></ul></section></main>' % E(s['byline']) +
            footer(site, '<p>CivicCheck is a nonpartisan project of the Center for Public Facts.</p>') + '</body></html>')

def t_advice(s, i):
    site, dom = 'Features Syndicate Daily', 'fsdaily.example'
    url = 'https://%s/advice/%s-%d' % (dom, slug(s['title']), 1000 + i)
    r = {'LETTER': lambda v, n: '<p class="letter"><strong>%s</strong></p>' % E(v) if i % 2 else '<blockquote class="reader-letter"><p>%s</p>' % E(v),
         'SIG': lambda v, n: '<p class="letter-sig"><strong>%s</strong></p>' % E(v) if i % 2 else '<p class="sig">%s</p></blockquote>' % E(v),
         'SUBMIT': lambda v, n: '<div class="contact-columnist"><p>%s</p></div>' % E(v)}
    body = body_html(s, r)
    return (head(s, site, dom, url) + '<body class="syndicated-column"><div class="topbar"><a href="/">FSD</a> <span>Comics</span> <span>Puzzles</span> <span>Advice</span> <span>Horoscopes</span></div>'
            '<header><div class="logo">Features Syndicate Daily</div>' + nav('primary', ['Advice', 'Comics', 'Crosswords', 'Horoscopes', 'Recipes', 'Columnists', 'Newsletters']) + '</header>'
            '<div class="container"><div class="column-header"><img src="/columnists/%s.jpg" alt=""><div class="column-name">%s</div><div class="col-tag">Advice</div></div>' % (slug(s['byline']), E(s['byline'][3:])) +
            '<h1 class="headline">%s</h1><div class="meta"><span class="author">%s</span> | <span class="date">%s</span></div>' % (E(s['title']), E(s['byline']), longdate(s['date'])) +
            share() + adslot(1) + '<div class="story-body">%s</div>' % body +
            '<div class="more-from"><h3>More from %s</h3><ul><li><a href="/a1">My mother-in-law rearranges my kitchen</a></li><li><a href="/a2">I can\'t stand my co-worker\'s perfume</a></li><li><a href="/a3">Should I lend money to my adult son?</a></li></ul></div>' % E(s['byline'][3:]) +
            '<div class="comics-strip"><h3>Today\'s Comics</h3><a href="/c/1">Garden Variety</a> <a href="/c/2">Office Hours</a> <a href="/c/3">The Dunleavys</a></div></div>' +
            footer(site) + '<script src="/static/app.js"></script></body></html>')

def t_pubradio(s, i):
    site, dom = ('Valley Public Radio', 'valleypublic.example') if i % 2 else ('Plains Public Media', 'plainspublic.example')
    url = 'https://www.%s/%s/%s/%s' % (dom, s['date'].replace('-', '/'), 900000 + i, slug(s['title']))
    def photo(v, n):
        c, cr = v.split('|')
        return ('<div class="bucketwrap image large" id="res%d"><div class="imagewrap"><picture><source srcset="/img/%d-1100.webp"><img src="/img/%d-800.jpg" alt="" loading="lazy"></picture></div>'
                '<div class="credit-caption"><div class="caption" aria-label="Image caption"><p>%s</p></div><span class="credit" aria-label="Image credit">%s</span><span class="toggle-caption">hide caption</span></div></div>') % (n, n, n, E(c), E(cr))
    r = {'PHOTO': photo, 'AD': lambda v, n: '<aside class="sponsor"><span>Sponsor Message</span><div class="sp" id="sp%d"></div></aside>' % n}
    body = body_html(s, r)
    return (head(s, site, dom, url) + '<body class="storypage"><header class="globalheader"><a class="logo" href="/">%s</a><div class="now-playing">Listen Live &middot; All Things Considered</div><a class="donate" href="/donate">Donate</a>' % E(site) +
            nav('navigation', ['News', 'Arts & Life', 'Music', 'Podcasts & Shows', 'Schedule', 'About', 'Support']) + '</header>'
            '<article class="story"><div class="storytitle"><div class="slug-wrap"><h3 class="slug"><a href="/sections/%s/">%s</a></h3></div><h1>%s</h1></div>' % (slug(s['section']), E(s['section']), E(s['title'])) +
            ('<p class="teaser">%s</p>' % E(s['deck']) if s['deck'] else '') +
            '<div class="story-meta"><div class="byline"><p class="byline__name">%s</p></div><time datetime="%s"><span class="date">%s</span><span class="time">5:00 AM ET</span></time></div>' % (E(s['byline']), s['date'], longdate(s['date'])) +
            '<div class="share-tools"><ul><li>Facebook</li><li>Flipboard</li><li>Email</li></ul></div>'
            '<div class="audio-module"><button>Listen &middot; 3:52</button><span>3-Minute Listen</span><a href="#">Playlist</a><a href="#">Download</a></div>'
            '<div id="storytext" class="storytext">%s</div>' % body +
            '<div class="story-tags"><a href="/tags/photography">photography</a> <a href="/tags/local">local</a></div></article>'
            '<aside class="related-stories"><h3>More Stories From %s</h3><ul><li><a href="/s/1">County fair returns with a new livestock barn</a></li><li><a href="/s/2">Drought watch expanded to 14 counties</a></li></ul></aside>' % E(site) +
            footer(site) + '</body></html>')

def t_localtv(s, i):
    site, dom = 'KVBN 6 News', 'kvbn6.example'
    url = 'https://www.%s/news/local/%s/%d/' % (dom, slug(s['title']), 58000 + i)
    r = {'LEADH': lambda v, n: '<h2 class="subheading">%s</h2><p>%s</p>' % tuple(E(x) for x in v.split('|')),
         'TL': lambda v, n: '<p><strong>%s</strong> &mdash; %s</p>' % tuple(E(x) for x in v.split('|')),
         'AD': lambda v, n: '<div class="ad-container" data-ad-type="midarticle"><div class="ad-label">Advertisement</div></div>'}
    body = body_html(s, r)
    return (head(s, site, dom, url) + '<body class="page-article"><div class="alert-bar"><a href="/weather/alerts">2 Weather Alerts</a></div><header class="site-header"><a class="logo" href="/">KVBN 6</a>' +
            nav('site-nav', ['News', 'Weather', 'Traffic', 'Sports', 'Investigations', 'Watch Live', 'Contests', 'Community']) + '<div class="weather-now">41&deg; Cloudy</div></header>'
            '<main><div class="article-wrap"><h1 class="headline">%s</h1><div class="article-meta"><span class="author">Author: %s</span><span class="published">Published: 6:41 AM CST %s</span><span class="updated">Updated: 9:12 AM CST %s</span></div>' % (E(s['title']), E(s['byline']), longdate(s['date']), longdate(s['date'])) +
            '<div class="video-lead"><div class="jw-player" data-media="x%d"></div><p class="video-caption">Video: KVBN 6 News at 6</p></div>' % i + share('social-share') +
            '<div class="article-content">%s</div>' % body +
            '<div class="related-content"><h3>Related Articles</h3><ul><li><a href="/r/1">Riverside school board approves bond ballot language</a></li><li><a href="/r/2">Storm damage cleanup continues in Cedar County</a></li></ul></div>'
            '<div class="taboola" id="taboola-below-article"><h3>Sponsored Stories</h3><a href="/sp/1">Doctors stunned by this simple knee trick</a></div></div>'
            '<aside class="rail"><div class="weather-widget">7-Day Forecast</div>' + adslot(2) + '</aside></main>' +
            footer(site, '<p>KVBN is an equal opportunity employer. FCC Public File. EEO Report. Closed Captioning.</p>') + '</body></html>')

def t_ghost(s, i):
    site, dom = 'Dispatch Quarterly', 'dispatchquarterly.example'
    url = 'https://%s/%s/' % (dom, slug(s['title']))
    r = {'QN': lambda v, n: '<p><strong>%s</strong> %s</p>' % tuple(E(x) for x in v.split('|')) if 'Castellanos' not in v else '<p><strong>%s</strong> <strong>%s</strong></p>' % tuple(E(x) for x in v.split('|')),
         'H2': lambda v, n: '<h2 id="%s">%s</h2>' % (slug(v), E(v)),
         'SUPPORT': lambda v, n: '<aside class="kg-card kg-cta-card"><p>%s</p><a class="kg-btn" href="#/portal/signup">Subscribe</a></aside>' % E(v)}
    body = body_html(s, r)
    return (head(s, site, dom, url) + '<body class="post-template tag-conversations"><div class="viewport"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Dispatch</a>' +
            nav('gh-head-menu', ['Home', 'Conversations', 'Essays', 'Archive', 'About']) + '<div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>'
            '<main id="site-main" class="site-main"><article class="article post tag-conversations"><header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/conversations/">Conversations</a></span></section>'
            '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p>' % (E(s['title']), E(s['deck'])) +
            '<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/%s/">%s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span></div></div></div>' % (slug(s['byline']), E(s['byline']), s['date'], longdate(s['date'])) +
            '<figure class="article-image"><img src="/content/images/2026/03/nakamura.jpg" alt=""><figcaption>Odile Nakamura in the Public Records Lab. Photo: Wren Castellanos</figcaption></figure></header>'
            '<section class="gh-content gh-canvas">%s</section></article>' % body +
            '<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>'
            '<aside class="read-more-wrap"><div class="read-more inner"><article class="post-card"><h2 class="post-card-title"><a href="/x/">"Budgets are moral documents": A county auditor speaks</a></h2></article><article class="post-card"><h2 class="post-card-title"><a href="/y/">How a small paper sued its sheriff and won</a></h2></article></div></aside></main>' +
            footer(site) + '<script src="/assets/built/casper.js"></script></div></body></html>')

def t_blox(s, i):
    site, dom = 'The Eastfield Courier', 'eastfieldcourier.example'
    url = 'https://www.%s/news/local/article_%08x-%04x.html' % (dom, i * 7777777, i * 31)
    r = {'DQ': lambda v, n: '<details class="faq-item"><summary><h3>%s</h3></summary><div class="faq-answer"><p>%s</p></div></details>' % tuple(E(x) for x in v.split('|')),
         'TLP': lambda v, n: '<p><strong>%s</strong></p><p>%s</p>' % tuple(E(x) for x in v.split('|')),
         'AD': lambda v, n: '<div class="tnt-ads-container"><div class="tnt-ads hidden-print" id="tncms-region-article_instory_middle"></div></div>'}
    body = body_html(s, r)
    byl = s['byline'].rsplit(' ', 1)
    return (head(s, site, dom, url) + '<body class="fixed-nav asset-type-article"><div id="site-container"><header id="site-header"><div class="logo"><a href="/">The Eastfield Courier</a></div>' +
            nav('navbar-nav', LOREM_NAV[:10]) + '<a class="btn subscribe" href="/subscribe">Subscribe</a> <a href="/users/login">Log In</a></header>'
            '<div id="main-page-container"><div class="asset-breadcrumb"><a href="/news/">News</a> / <a href="/news/local/">Local</a></div><article id="article-%d"><header class="asset-header"><h1 class="headline"><span class="tnt-headline">%s</span></h1>' % (i, E(s['title'])) +
            ('<h2 class="subhead">%s</h2>' % E(s['deck']) if s['deck'] else '') +
            '<ul class="list-inline"><li><span class="tnt-byline">%s</span> <a href="mailto:%s">%s</a></li><li><time datetime="%sT06:00:00-05:00">%s</time></li></ul></header>' % (E(byl[0]), byl[1], byl[1], s['date'], longdate(s['date'])) +
            share('share-container') +
            '<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body">%s</div></div>' % body +
            '<div class="asset-tags"><a href="/search/?k=eastfield">Eastfield</a> <a href="/search/?k=government">Government</a></div>'
            '<div class="asset-author"><p>%s covers Eastfield County government.</p></div></article>' % E(byl[0]) +
            '<div class="tncms-region" id="tncms-region-article_bottom_content"><h3>Most Popular</h3><ul><li><a href="/p/1">Restaurant inspections: 3 fail, 21 pass</a></li><li><a href="/p/2">Obituaries for Dec. 1</a></li></ul></div>'
            '<div class="tncms-block"><h3>Today\'s e-Edition</h3><a href="/eedition/">Read the paper</a></div></div></div>' +
            footer(site) + '<script src="/shared-content/art/tncms/user.js"></script></body></html>')

TPL = dict(wpmag=t_wpmag, arc=t_arc, snopes=t_snopes, pfact=t_pfact, advice=t_advice, pubradio=t_pubradio,
           localtv=t_localtv, ghost=t_ghost, blox=t_blox)

for i, s in enumerate(parse(), 1):
    name = os.path.join(OUT, '%02d' % i)
    page = TPL[s['tpl']](s, i)
    page = re.sub(r'(</(?:p|div|li|ul|ol|h[1-6]|figure|section|header|footer|nav|aside|article|main|script|details|blockquote|form)>)', r'\1\n', page)
    open(name + '.html', 'w', encoding='utf-8').write(page)
    open(name + '.txt', 'w', encoding='utf-8').write(expected(s))
    json.dump(dict(published=s['date'], lang='en', title=s['title']), open(name + '.json', 'w', encoding='utf-8'), ensure_ascii=False)
