#!/usr/bin/env python3
"""Generate bench/stress/advisory pages from stories.txt (English media advisories and notice-type releases on
wires, company and agency newsrooms, 2008-2025; invented sites, original text).

Usage: python3 bench/stress/advisory/gen/gen.py bench/stress/advisory   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|issuer|dateline|headline' opens a story ('-' for no dateline), then 'CODE: value'.
Body codes (in the expected text): P paragraph (the first opens with the dateline), H subhead, LI list item,
KV 'LABEL|text' a labelled fact of the notice (WHO/WHAT/WHEN/WHERE, Class Period, Hazard, Date ...; expected
'LABEL: text'), DIAL dial-in lines split by ';;' (one block), TR a table row (cells split by ';;').
Furniture codes (never in the expected text): SUB deck, EMB the embargo line, ABOUT 'About X|text', SAFE
forward-looking statements or the attorney-advertising note, NOTES notes to editors (';;'), CONTACT contact
block (';;'), HARD a harder variant's flag."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, ymd, d_long, d_uk  # noqa: E402

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261207)
E = html.escape


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, org, dl, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, org=org, dl='' if dl == '-' else dl, title=title, items=[], hard='')
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            if code == 'HARD':
                cur['hard'] = val.strip()
            else:
                cur['items'].append((code.strip(), val.strip()))
    return stories


def d_short(w):
    y, m, d = ymd(w)
    return '%s %02d, %d' % (MONTHS[m - 1][:3], d, y)


def d_num(w):
    y, m, d = ymd(w)
    return '%d/%d/%d' % (m, d, y)


def slug(s):
    return genlib.slug(s, 60)


def get(st, code):
    return [v for c, v in st['items'] if c == code]


def first_para(st):
    dl, p = st['dl'], get(st, 'P')[0]
    if not dl:
        return p
    return dl + p if dl.endswith('--') and '(BUSINESS WIRE)' in dl else dl + ' ' + p


def expected(st):
    out, first = [], True
    for c, v in st['items']:
        if c == 'P':
            out.append(first_para(st) if first else v)
            first = False
        elif c in ('H', 'LI'):
            out.append(v)
        elif c == 'KV':
            k, _, t = v.partition('|')
            out.append('%s: %s' % (k, t))
        elif c == 'DIAL':
            out.append('\n'.join(v.split(';;')))
        elif c == 'TR':
            out.append(' '.join(v.split(';;')))
    return '\n\n'.join(out) + '\n'


def body_blocks(st, kv='bold', sub='h3', li='ul', dl_html='%s', dial='br', table_cls='table'):
    """The body items as HTML blocks: paragraphs (the first with its dateline), subheads, lists, labelled facts
    (kv: 'bold' <p><b>WHAT:</b> text</p>, 'h3' heading and paragraph, 'table' rows, 'dl' a definition list,
    'strong-br' label and text on two lines), dial-in lines (dial: 'br' one paragraph, 'pre', 'p' one each)
    and tables."""
    out, first, i, items = [], True, 0, st['items']
    while i < len(items):
        c, v = items[i]
        if c == 'P':
            if first and st['dl']:
                sep = '' if st['dl'].endswith('--') and '(BUSINESS WIRE)' in st['dl'] else ' '
                out.append('<p>%s%s%s</p>' % (dl_html % E(st['dl']), sep, E(v)))
            else:
                out.append('<p>%s</p>' % E(v))
            first = False
        elif c == 'H':
            out.append('<%s>%s</%s>' % (sub, E(v), sub) if sub != 'pb' else '<p><strong>%s</strong></p>' % E(v))
        elif c == 'LI':
            lis = []
            while i < len(items) and items[i][0] == 'LI':
                lis.append(items[i][1]); i += 1
            out.append('<%s>%s</%s>' % (li, ''.join('<li>%s</li>' % E(x) for x in lis), li))
            continue
        elif c == 'KV':
            kvs = []
            while i < len(items) and items[i][0] == 'KV':
                kvs.append(items[i][1].partition('|')[::2]); i += 1
            if kv == 'table':
                out.append('<table class="advisory" border="0" cellpadding="4">%s</table>' % ''.join(
                    '<tr><td valign="top"><strong>%s:</strong></td><td>%s</td></tr>' % (E(k), E(t)) for k, t in kvs))
            elif kv == 'dl':
                out.append('<dl class="facts">%s</dl>' % ''.join('<dt>%s:</dt><dd>%s</dd>' % (E(k), E(t)) for k, t in kvs))
            elif kv == 'h3':
                out.extend('<h3>%s</h3><p>%s</p>' % (E(k), E(t)) for k, t in kvs)
            elif kv == 'strong-br':
                out.extend('<p><strong>%s:</strong><br />%s</p>' % (E(k), E(t)) for k, t in kvs)
            else:
                out.extend('<p><b>%s:</b> %s</p>' % (E(k), E(t)) for k, t in kvs)
            continue
        elif c == 'DIAL':
            lines = v.split(';;')
            if dial == 'pre':
                out.append('<pre>%s</pre>' % '\n'.join(E(x) for x in lines))
            elif dial == 'p':
                out.extend('<p>%s</p>' % E(x) for x in lines)
            else:
                out.append('<p>%s</p>' % '<br />'.join(E(x) for x in lines))
        elif c == 'TR':
            rows = []
            while i < len(items) and items[i][0] == 'TR':
                rows.append(items[i][1].split(';;')); i += 1
            out.append('<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (
                table_cls, ''.join('<th>%s</th>' % E(x) for x in rows[0]),
                ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(x) for x in r) for r in rows[1:])))
            continue
        i += 1
    return out


def abouts(st, head='h3'):
    out = []
    for v in get(st, 'ABOUT'):
        h, _, t = v.partition('|')
        if head == 'bold':
            out.append('<p><strong>%s</strong><br />%s</p>' % (E(h), E(t)))
        else:
            out.append('<%s>%s</%s><p>%s</p>' % (head, E(h), head, E(t)))
    return ''.join(out)


def safe(st):
    return ''.join('<p><em>%s</em></p>' % E(v) for v in get(st, 'SAFE'))


def contact(st, tag='p'):
    return ''.join('<%s class="contact">%s</%s>' % (tag, '<br />'.join(E(x) for x in v.split(';;')), tag)
                   for v in get(st, 'CONTACT'))


def ul_links(items, cls):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))


OTHER = ['Company Completes Acquisition of Regional Distributor', 'Board Elects New Independent Director',
         'Quarterly Results Conference Call Scheduled', 'Company Opens Second Distribution Center',
         'Annual Sustainability Report Published', 'Company Named to Top Workplaces List',
         'New Chief Operating Officer Appointed', 'Company to Present at Industry Forum',
         'Community Grant Program Opens Applications', 'Company Prices Senior Notes Offering']


def related(n, heading, tag='h3', cls='related', dated=True, base=2015):
    rs = random.sample(OTHER, n)
    return '<div class="%s"><%s>%s</%s><ul>%s</ul></div>' % (cls, tag, heading, tag, ''.join(
        '<li><a href="/news/%s">%s</a>%s</li>' % (slug(r), E(r), (' <span class="date">%s</span>' % d_short(
            '%d-%02d-%02d' % (base + random.randint(0, 8), random.randint(1, 12), random.randint(1, 28)))) if dated else '')
        for r in rs))


def jsonld(st, typ='NewsArticle', pub=None):
    return '<script type="application/ld+json">%s</script>' % json.dumps({
        '@context': 'https://schema.org', '@type': typ, 'headline': st['title'],
        'datePublished': st['when'] + 'T08:00:00-05:00', 'publisher': {'@type': 'Organization', 'name': pub or st['org']}})


def head(st, title, extra=''):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />'
            '<title>%s</title><meta property="og:title" content="%s" /><meta property="og:type" content="article" />%s</head>\n') % (
        E(title), E(st['title']), extra)


# ---------------------------------------------------------------- templates

def t_prn(st, n):
    """PR-Newswire-like release page: 'News provided by', date with ET, share bar, release body with the
    '/PRNewswire/ --' dateline, bold WHAT/WHEN/WHERE lines, 'SOURCE X', 'View original content ...', 'Also
    from this source', 'Explore' tags; harder: a logo with its PRNewsfoto caption over the text (gallery),
    'Multimedia gallery available:' and 'Photo - https://...' lines inside the text (multimedia)."""
    blocks = body_blocks(st)
    pre = ''
    if 'gallery' in st['hard']:
        pre = ('<div class="image"><figure><img src="https://mma.prnewswire.example/media/%d/logo.jpg" alt="%s logo" />'
               '<figcaption>%s logo (PRNewsfoto/%s)</figcaption></figure></div>') % (1000000 + n, E(st['org']), E(st['org']), E(st['org']))
    mm = ''
    if 'multimedia' in st['hard']:
        blocks.insert(len(blocks) - 1, '<p>Multimedia gallery available: https://www.multivu.example/players/English/%d-river-run/</p>' % (8800000 + n))
        mm = '<p>Photo - https://mma.prnewswire.example/media/%d/River_Run_Gallery.jpg</p>' % (400000 + n)
    y, m, d = ymd(st['when'])
    return (head(st, '%s' % st['title'], '<meta name="author" content="%s" />%s' % (E(st['org']), jsonld(st, 'NewsArticle', 'PR Newswire'))) +
            '<body class="release"><header class="site-header"><a class="logo" href="/">PR Newswire</a><nav>%s</nav>'
            '<a class="btn" href="/account/signup">Sign Up</a> <a href="/account/login">Log In</a></header>\n'
            '<main><div class="release-header"><p class="eyebrow">News provided by</p><p class="company"><a href="/news/%s">%s</a></p>'
            '<p class="mb-no">%s, 08:00 ET</p><h1>%s</h1>%s\n<div class="social-share"><span>Share this article</span>'
            '<a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div></div>\n'
            '<section class="release-body container">%s%s\n%s%s\n%s<p>SOURCE %s</p>\n'
            '<p>View original content to download multimedia:https://www.prnewswire.example/news-releases/%s-%d.html</p></section>\n'
            '<div class="also-from"><h3>Also from this source</h3>%s</div>\n<div class="explore"><h3>Explore</h3><a href="#">Aerospace</a> '
            '<a href="#">Conferences</a> <a href="#">Earnings</a></div>\n<div class="newsletter"><h3>Sign up to get PR Newswire news delivered to your inbox</h3>'
            '<form><input type="email" placeholder="Email" /><button>Subscribe</button></form></div></main>\n'
            '<footer><ul><li><a href="#">Contact PR Newswire</a></li><li><a href="#">Terms of Use</a></li><li><a href="#">Privacy</a></li></ul>'
            '<p>Copyright &copy; %d Cision US Inc.</p></footer></body></html>\n') % (
        ul_links(['News', 'Business', 'Science & Tech', 'Lifestyle & Health', 'Policy & Public Interest', 'People & Culture'], 'nav'),
        slug(st['org']), E(st['org']), d_short(st['when']), E(st['title']),
        ''.join('<h2 class="subtitle">%s</h2>' % E(s) for s in get(st, 'SUB')), pre, ''.join(blocks), mm, abouts(st, 'p class="about"').replace('</p class="about">', '</p>'),
        contact(st), E(st['org']), slug(st['title']), 300000000 + n, related(3, 'Also from this source', 'span', 'list'), y)


def t_gnw(st, n):
    """GlobeNewswire-like page: 'Source: X', date, '(GLOBE NEWSWIRE) --' dateline, release, 'Attachment'
    list (attach), 'Tags', 'Related Links', 'Contact Data' card, 'Recommended Reading'."""
    blocks = body_blocks(st, sub='pb')
    att = ''
    if 'attach' in st['hard']:
        att = '<div class="attachments"><p><strong>Attachment</strong></p><ul><li><a href="#">Brightline Shipping Q1 2021 Results Notice</a></li></ul></div>'
    return (head(st, '%s' % st['title'], jsonld(st, 'NewsArticle', 'GlobeNewswire')) +
            '<body><div id="header"><a href="/" class="logo">GlobeNewswire</a><a href="#">Newsroom</a> <a href="#">Contact us</a> '
            '<a href="#">Sign in</a></div>\n<div class="main-container"><div class="article-published-source"><span>Source: </span>'
            '<a href="/search/organization/%s">%s</a></div><h1 class="article-headline">%s</h1>\n'
            '<p class="article-published"><time datetime="%sT12:05:00Z">%s 07:05 ET</time> | Source: %s</p>\n'
            '<div class="main-body-container article-body" id="main-body-container">%s\n%s%s%s%s</div>\n%s\n'
            '<div class="tags"><span>Tags</span> <a href="#">conference call</a> <a href="#">webcast</a></div>\n'
            '<div class="related-links"><h3>Related Links</h3><ul><li><a href="#">%s website</a></li></ul></div>\n'
            '<aside><div class="contact-data"><h3>Contact Data</h3>%s</div><div class="recommended"><h3>Recommended Reading</h3>%s</div></aside></div>\n'
            '<footer><p>&copy; %d GlobeNewswire, Inc. All Rights Reserved.</p><a href="#">Privacy</a> <a href="#">Legal</a></footer></body></html>\n') % (
        slug(st['org']), E(st['org']), E(st['title']), st['when'], d_long(st['when']), E(st['org']),
        ''.join(blocks), abouts(st, 'h4'), safe(st), contact(st), '', att, E(st['org']), contact(st, 'div'),
        related(3, 'Recommended Reading', 'span', 'rec'), ymd(st['when'])[0])


def t_bw(st, n):
    """Business-Wire-like page: '--(BUSINESS WIRE)--' run into the text, 'Contacts' block, hashtags and
    'Social Media Profiles' (hashtag), 'More News From', language switch."""
    blocks = body_blocks(st, sub='h3')
    tags = ''
    if 'hashtag' in st['hard']:
        tags = ('<div class="bw-release-tags"><p>#Dividend #Utilities #NMU</p></div>'
                '<div class="bw-social"><h4>Social Media Profiles</h4><ul><li><a href="#">Northmere on LinkedIn</a></li><li><a href="#">Northmere on X</a></li></ul></div>')
    return (head(st, '%s | Business Wire' % st['title'], '<meta name="dc.date" content="%s" />' % st['when']) +
            '<body><div class="bw-header"><a href="/" class="logo">Business Wire</a>%s<a href="#">Log In</a> <a href="#">Sign Up</a></div>\n'
            '<div class="bw-lang">English <a href="#">Deutsch</a> <a href="#">Fran&ccedil;ais</a></div>\n'
            '<article class="bw-release"><div class="bw-release-timestamp"><time datetime="%sT13:00:00Z">%s 08:00 AM Eastern Daylight Time</time></div>'
            '<h1>%s</h1>\n<div class="bw-release-story">%s\n%s%s</div>\n<div class="bw-release-contact"><h2>Contacts</h2>%s</div>\n%s\n'
            '<div class="bw-release-more"><h2>More News From %s</h2>%s</div></article>\n'
            '<footer><a href="#">Terms of Use</a> <a href="#">Privacy Statement</a> <p>&copy; %d Business Wire</p></footer></body></html>\n') % (
        ul_links(['Newsroom', 'Subscribe', 'Services', 'Contact'], 'menu'), st['when'], d_long(st['when']), E(st['title']),
        ''.join(blocks), abouts(st, 'h3'), safe(st), '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;')[1:]), tags,
        E(st['org']), related(3, 'More News', 'span', 'more', True, 2019), ymd(st['when'])[0])


def t_acw(st, n):
    """Accesswire-like page: ticker line, dateline '/ ACCESSWIRE /', 'SOURCE:' line and 'View source version
    on accesswire.com:' link, sidebar 'Latest releases'."""
    blocks = body_blocks(st)
    return (head(st, '%s' % st['title'], jsonld(st, 'NewsArticle', 'ACCESSWIRE')) +
            '<body><div class="topbar"><a href="/" class="brand">ACCESSWIRE</a>%s</div>\n<div class="wrap"><div class="col-main">'
            '<div class="ticker">%s</div><h1>%s</h1><div class="release-date">%s</div>\n<div class="article-body">%s\n%s%s'
            '<p><strong>SOURCE:</strong> %s</p>\n<p>View source version on accesswire.com:<br /><a href="#">https://www.accesswire.example/%d/%s</a></p></div></div>\n'
            '<div class="col-side"><h3>Latest releases</h3>%s</div></div>\n<footer>&copy; %d ACCESSWIRE. All rights reserved.</footer></body></html>\n') % (
        ul_links(['Newsroom', 'Pricing', 'Login'], 'top'), 'TSXV:SPM' if 'Silverpine' in st['org'] else 'OTCQX:RDCB', E(st['title']),
        d_long(st['when']), ''.join(blocks), abouts(st, 'p'), contact(st), E(st['org']), 600000 + n, slug(st['title']),
        related(4, 'Latest releases', 'span', 'latest', True, 2018), ymd(st['when'])[0])


def t_law(st, n):
    """Law firm's own news page (WordPress): 'Attorney Advertising' banner, 'INVESTOR ALERT' eyebrow,
    'Class Period:'/'Lead Plaintiff Deadline:' facts, the firm's About, the advertising disclaimer, a 'Join the
    action' form in the sidebar, 'Recent Alerts'."""
    blocks = body_blocks(st, kv='strong-br')
    return (head(st, '%s - %s' % (st['title'], st['org']), '<meta name="generator" content="WordPress 6.2" />' + jsonld(st, 'BlogPosting')) +
            '<body class="post-template-default single single-post"><div class="top-banner">Attorney Advertising</div>\n'
            '<header class="site-header"><a class="custom-logo-link" href="/">%s</a>%s<a class="btn" href="/contact">Free Case Evaluation</a></header>\n'
            '<div class="site-content"><main><article class="post"><div class="entry-meta"><span class="cat">Investor Alerts</span> '
            '<time class="entry-date published" datetime="%sT09:00:00-04:00">%s</time></div><h1 class="entry-title">%s</h1>\n'
            '<div class="entry-content">%s\n%s%s%s</div>\n<div class="share"><a href="#">Share on LinkedIn</a> <a href="#">Share on X</a></div></article></main>\n'
            '<aside class="widget-area"><section class="widget"><h2 class="widget-title">Join the action</h2><form><input placeholder="Name" />'
            '<input placeholder="Email" /><input placeholder="Shares purchased" /><button>Submit</button></form>'
            '<p class="small">Submitting this form does not create an attorney-client relationship.</p></section>'
            '<section class="widget">%s</section></aside></div>\n'
            '<footer class="site-footer"><p>&copy; %d %s. All rights reserved. Attorney Advertising.</p><a href="#">Disclaimer</a> | <a href="#">Privacy</a></footer></body></html>\n') % (
        E(st['org']), ul_links(['Cases', 'Investor Alerts', 'About the Firm', 'Attorneys', 'Contact'], 'menu'), st['when'], d_long(st['when']),
        E(st['title']), ''.join(blocks), abouts(st, 'h3'), safe(st), contact(st), related(4, 'Recent Alerts', 'h2', 'recent', True, 2019),
        ymd(st['when'])[0], E(st['org']))


def t_fda(st, n):
    """FDA-like 'Company Announcement' recall page: the agency's disclaimer over the text, a 'Summary' list
    (announcement and publish dates, product type, reason, company, brand, description), the announcement with
    its lot table, 'Company Contact Information', 'Product Photos' with captions, 'Content current as of:'."""
    blocks = body_blocks(st, table_cls='table table-bordered')
    y = ymd(st['when'])[0]
    summary = ''.join('<dt>%s</dt><dd>%s</dd>' % (k, v) for k, v in [
        ('Company Announcement Date:', '<time datetime="%s">%s</time>' % (st['when'], d_long(st['when']))),
        ('FDA Publish Date:', '<time datetime="%s">%s</time>' % (st['when'], d_long(st['when']))),
        ('Product Type:', 'Food &amp; Beverages' if 'Creamery' in st['org'] else 'Dietary Supplements'),
        ('Reason for Announcement:', 'Potential Listeria monocytogenes' if 'Creamery' in st['org'] else 'Undeclared sibutramine'),
        ('Company Name:', E(st['org'])), ('Brand Name:', 'Hollow Bloom' if 'Creamery' in st['org'] else 'Summit Charge'),
        ('Product Description:', 'Soft ripened cheese' if 'Creamery' in st['org'] else 'Energy capsules')])
    c = get(st, 'CONTACT')[0].split(';;')
    return (head(st, '%s | FDA' % st['title'], '<meta name="dcterms.modified" content="%s" />' % st['when']) +
            '<body><a class="skip" href="#main">Skip to main content</a><div class="usa-banner">An official website of the United States government <a href="#">Here&#39;s how you know</a></div>\n'
            '<header><a href="/" class="logo">U.S. Food &amp; Drug Administration</a><form><input type="search" placeholder="Search FDA" /></form>%s</header>\n'
            '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/safety">Safety</a> / <a href="/recalls">Recalls, Market Withdrawals, &amp; Safety Alerts</a></nav>\n'
            '<main id="main"><article><header><h1 class="content-title">%s</h1></header>\n<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Linkedin</a> <a href="#">Email</a> <a href="#">Print</a></div>\n'
            '<div class="inset-column"><h2>Summary</h2><dl class="lcds-description-list--grid">%s</dl></div>\n'
            '<div class="panel-heading"><h2>Company Announcement</h2></div><div class="col-md-8 article-body">%s\n</div>\n'
            '<hr /><h3>Company Contact Information</h3><dl><dt>%s</dt><dd>%s</dd></dl>\n'
            '<h3>Product Photos</h3><div class="product-photos"><figure><img src="/files/recall-%d-1.jpg" alt="" /><figcaption>Front of package</figcaption></figure>'
            '<figure><img src="/files/recall-%d-2.jpg" alt="" /><figcaption>Lot code location</figcaption></figure></div>\n'
            '<p class="disclaimer">FDA posts press releases and other notices of recalls and market withdrawals from the firms involved as a service to consumers, the media, and other interested parties. FDA does not endorse either the product or the company.</p>\n'
            '<div class="content-date"><dl><dt>Content current as of:</dt><dd><time datetime="%s">%s</time></dd><dt>Regulated Product(s)</dt><dd>Food &amp; Beverages</dd></dl></div></article></main>\n'
            '<footer><a href="#">FOIA</a> <a href="#">No FEAR Act</a> <a href="#">Accessibility</a> <a href="#">Privacy</a> <p>U.S. Food and Drug Administration, 10903 New Hampshire Avenue, Silver Spring, MD 20993</p></footer></body></html>\n') % (
        ul_links(['Food', 'Drugs', 'Medical Devices', 'Vaccines, Blood & Biologics', 'Animal & Veterinary', 'Cosmetics', 'Tobacco'], 'nav'),
        E(st['title']), summary, ''.join(blocks), E(c[0]), '<br />'.join(E(x) for x in c[1:]) or '&nbsp;', n, n, d_num(st['when']), d_num(st['when']))


def t_cpsc(st, n):
    """CPSC-like recall page: hero with 'Recall Date:' and 'Recall Number:', the recall's labelled fields
    as h3 + paragraph (Name of Product, Hazard, Remedy, Units, Description, Incidents/Injuries, Sold At,
    Importer(s), Manufactured In), 'Consumer Contact', photos, share bar, 'Report an Unsafe Product', the
    agency's 'About the U.S. CPSC' note and commissioners' note."""
    blocks = body_blocks(st, kv='h3')
    c = get(st, 'CONTACT')[0].split(';;')
    y, m, d = ymd(st['when'])
    return (head(st, '%s | CPSC.gov' % st['title'], '<meta name="description" content="%s" />' % E(get(st, 'KV')[1].partition('|')[2])) +
            '<body class="node--type-recall"><div class="usa-banner">An official website of the United States government</div>\n'
            '<header class="site-header"><a href="/" class="logo">U.S. Consumer Product Safety Commission</a>%s</header>\n'
            '<main><div class="recall-hero"><img src="/s3fs-public/recall-%d.jpg" alt="Recalled product" /><h1>%s</h1>'
            '<div class="recall-date"><strong>Recall Date:</strong> %s</div><div class="recall-number"><strong>Recall Number:</strong> %02d-%03d</div></div>\n'
            '<div class="share-bar"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>\n'
            '<div class="recall-details">%s\n<h3>Consumer Contact</h3><p>%s</p></div>\n'
            '<div class="recall-photos"><h2>Photos</h2><figure><img src="/s3fs-public/recall-%d-a.jpg" alt="" /><figcaption>Recalled product, side view</figcaption></figure></div>\n'
            '<div class="report-box"><h2>Report an Unsafe Product</h2><p>Tell us about an injury or incident at SaferProducts.gov.</p></div>\n'
            '<div class="about-cpsc"><h3>About the U.S. CPSC</h3><p>The U.S. Consumer Product Safety Commission is charged with protecting the public from unreasonable risks of injury or death associated with the use of thousands of types of consumer products.</p>'
            '<p>Note: Individual Commissioners may have statements related to this topic.</p></div></main>\n'
            '<footer><a href="#">Recalls</a> <a href="#">Newsroom</a> <a href="#">Contact Us</a> <a href="#">FOIA</a></footer></body></html>\n') % (
        ul_links(['Recalls', 'Safety Education', 'Business & Manufacturing', 'Research & Statistics', 'Newsroom'], 'nav'), n, E(st['title']),
        d_long(st['when']), y % 100, 100 + n * 3, ''.join(blocks), E(' '.join(c[1:])), n)


def t_dot(st, n):
    """State DOT news page (Drupal): 'Traffic Advisory' eyebrow, district tag, date, WHEN/WHERE lines, a
    detour list, '###', 'Stay connected' sidebar, 511 banner; harder: '###' then an 'About District' note
    and the contact inside the text box (endinside); the whole advisory as one <br /><br /> run (brrun)."""
    y, m, d = ymd(st['when'])
    dist = st['org'].split(', ')[-1]
    if 'brrun' in st['hard']:
        parts = ['<strong>TRAFFIC ADVISORY</strong>', '<strong>FOR IMMEDIATE RELEASE</strong>', E(d_long(st['when'])),
                 '<strong>%s</strong>' % E(st['title'])] + [E(p) for p in get(st, 'P')] + ['###', 'Contact: %s Press Office, 555-0182' % E(dist)]
        body = '<div class="field--name-body"><p>%s</p></div>' % '<br /><br />'.join(parts)
        h1 = '<h1 class="page-title">News Release</h1>'
    else:
        blocks = body_blocks(st, kv='bold')
        tail = '<p class="text-center">###</p>'
        if 'endinside' in st['hard']:
            tail += ('<p><strong>About %s:</strong> %s oversees state highways in seven counties and maintains 2,900 lane miles of road.</p>'
                     '<p>Media contact: Ron Kubiak, 555-0175</p>') % (E(dist), E(dist))
        body = '<div class="field--name-body">%s%s</div>' % (''.join(blocks), tail)
        h1 = '<p class="eyebrow">Traffic Advisory</p><h1 class="page-title">%s</h1>' % E(st['title'])
    return (head(st, '%s | Department of Transportation' % st['title'], '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />') +
            '<body class="path-node page-node-type-news-release"><div class="alert-511"><a href="#">Check 511 for current road conditions</a></div>\n'
            '<header role="banner"><a href="/" class="site-logo">Department of Transportation</a>%s</header>\n'
            '<main role="main"><div class="region-content"><article class="node--type-news-release">%s<div class="meta"><span class="field--name-field-district">%s</span> | '
            '<time datetime="%sT10:00:00Z">%s</time></div>\n%s\n<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article></div>\n'
            '<aside><div class="block"><h2>Stay connected</h2><p>Sign up for email and text alerts for your region.</p><a href="#">Subscribe</a></div>'
            '<div class="block"><h2>Related</h2><ul><li><a href="#">Project page</a></li><li><a href="#">Work zone safety</a></li></ul></div>%s</aside></main>\n'
            '<footer><p>Department of Transportation, 400 North Street</p><a href="#">Accessibility</a> <a href="#">Privacy</a> <a href="#">Right to Know</a></footer></body></html>\n') % (
        ul_links(['Travel in the State', 'Projects', 'Business', 'Driver & Vehicle', 'About Us', 'News'], 'menu'), h1, E(dist), st['when'],
        '%s %d, %d' % (MONTHS[m - 1][:3] + ('.' if m != 5 else ''), d, y), body, related(3, 'More District News', 'h2', 'block', True, 2011))


def t_meeting(st, n):
    """City/county public notice (CivicPlus-like 'News Flash'): 'Public Notice' category, 'Posted on:',
    Date/Time/Location lines, topics list, attachments, 'Tools' row, 'Notify Me', 'Return to full list';
    harder (posted): 'Posted: m/d/yyyy' and 'Published by: …' as plain paragraphs inside the text."""
    blocks = body_blocks(st, kv='bold')
    pre = post = ''
    if 'posted' in st['hard']:
        pre = '<p>Posted: %s</p>' % d_num(st['when'])
        post = '<p>Published by: Planning Department</p>'
    return (head(st, '%s | %s' % (st['title'], st['org'])) +
            '<body><div id="skipLink"><a href="#contentarea">Skip to Main Content</a></div><div class="emergency">Create a Website Account - Manage notification subscriptions</div>\n'
            '<header><a href="/" id="logo">%s</a>%s<form><input type="text" placeholder="Search" /></form></header>\n'
            '<div id="contentarea"><div class="breadCrumbs"><a href="/">Home</a> &rsaquo; <a href="/CivicAlerts.aspx">News Flash</a></div>\n'
            '<div class="newsFlash"><p class="category">Public Notices</p><h1>%s</h1><p class="date">Posted on: %s</p>\n'
            '<div class="fr-view">%s%s%s</div>\n<div class="attachments"><h3>Attachments</h3><ul><li><a href="#">Notice (PDF)</a></li><li><a href="#">Map (PDF)</a></li></ul></div>\n'
            '<div class="tools">Tools: <a href="#">RSS</a> | <a href="#">Notify Me</a> | <a href="#">Print</a></div>\n'
            '<p class="return"><a href="/CivicAlerts.aspx">&laquo; Return to full list</a></p>\n%s</div></div>\n'
            '<footer><p>%s, 100 Civic Plaza</p><a href="#">Contact Us</a> | <a href="#">Accessibility</a> | <a href="#">Site Map</a> <p>Government Websites by CivicPlus&reg;</p></footer></body></html>\n') % (
        E(st['org']), ul_links(['Government', 'Departments', 'Services', 'Residents', 'How Do I...'], 'nav'), E(st['title']),
        '%s' % d_long(st['when']), pre, ''.join(blocks), post, related(3, 'Other News in Public Notices', 'h3', 'other', True, 2015), E(st['org']))


def t_photoop(st, n):
    """Mayor's or governor's office advisory: 'MEDIA ADVISORY' eyebrow, 'FOR IMMEDIATE RELEASE', date,
    WHO/WHAT/WHEN/WHERE as bold lines (or a table: kvtable), a note for media, '###', press-office contact,
    'Recent Press Releases'; harder (brrun): the advisory in one <br /><br /> run."""
    if 'brrun' in st['hard']:
        parts = ['<strong>MEDIA ADVISORY</strong>', E(d_long(st['when'])), '<strong>%s</strong>' % E(st['title'])]
        first = True
        for c, v in st['items']:
            if c == 'P':
                parts.append(E(v)); first = False
            elif c == 'KV':
                k, _, t = v.partition('|')
                parts.append('<strong>%s:</strong> %s' % (E(k), E(t)))
        parts += ['###', E(get(st, 'CONTACT')[0])]
        body = '<div class="press-body"><p>%s</p></div>' % '<br /><br />'.join(parts)
        h1 = '<h1>Press Releases</h1>'
    else:
        blocks = body_blocks(st, kv='table' if 'kvtable' in st['hard'] else 'bold')
        body = ('<div class="press-body"><p><strong>FOR IMMEDIATE RELEASE</strong><br />%s</p>%s<p style="text-align:center">###</p>%s</div>') % (
            d_long(st['when']), ''.join(blocks), contact(st))
        h1 = '<p class="kicker">MEDIA ADVISORY</p><h1>%s</h1>' % E(st['title'].replace('MEDIA ADVISORY: ', ''))
    return (head(st, '%s | %s' % (st['title'], st['org'])) +
            '<body><header><a href="/" class="seal">%s</a>%s</header>\n<div class="container"><div class="main">%s\n%s\n'
            '<div class="share-links"><a href="#">Tweet</a> <a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div></div>\n'
            '<div class="sidebar">%s<div class="signup"><h3>Get press releases by email</h3><form><input type="email" /><button>Sign up</button></form></div></div></div>\n'
            '<footer><p>%s</p><a href="#">Accessibility</a> | <a href="#">Privacy Policy</a></footer></body></html>\n') % (
        E(st['org']), ul_links(['Home', 'About', 'Priorities', 'Newsroom', 'Contact'], 'menu'), h1, body,
        related(4, 'Recent Press Releases', 'h3', 'recent', True, 2011), E(st['org']))


def t_embargo(st, n):
    """Institute or charity press release with an embargo line ('EMBARGOED UNTIL …') over the text, '- END -'
    and 'Notes to editors'; harder (endsbold): 'ENDS' in bold and the embargo repeated at the end."""
    blocks = body_blocks(st)
    emb = get(st, 'EMB')[0]
    notes = ''.join('<li>%s</li>' % E(x) for v in get(st, 'NOTES') for x in v.split(';;'))
    if 'endsbold' in st['hard']:
        end = '<p><strong>ENDS</strong></p>'
        tailemb = '<p><strong>%s</strong></p>' % E(emb)
    else:
        end, tailemb = '<p>- END -</p>', ''
    return (head(st, '%s | %s' % (st['title'], st['org']), jsonld(st, 'NewsArticle')) +
            '<body class="news-item"><div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>\n'
            '<header><a href="/" class="logo">%s</a>%s</header>\n<main><nav class="crumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/press-releases">Press releases</a></nav>\n'
            '<article><p class="embargo"><strong>%s</strong></p><h1>%s</h1><p class="date">%s</p>\n<div class="rich-text">%s%s<h3>Notes to editors</h3><ol>%s</ol>%s%s</div>\n'
            '<div class="share">Share this page <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></article>\n'
            '<aside><h2>Latest news</h2>%s</aside></main>\n<footer><p>&copy; %s %d</p><a href="#">Privacy</a> <a href="#">Cookies</a> <a href="#">Accessibility</a></footer></body></html>\n') % (
        E(st['org']), ul_links(['About', 'Research', 'Study', 'News', 'Contact'], 'menu'), E(emb), E(st['title']), d_uk(st['when']),
        ''.join(blocks), end, notes, contact(st), tailemb, related(3, 'Latest news', 'span', 'latest', True, 2014), E(st['org']), ymd(st['when'])[0])


def t_q4(st, n):
    """Investor-relations 'Press Release Details' page: module date, 'Download PDF', 'Printer Friendly
    Version', conference call details (pre: as a <pre> block), About, forward-looking note, contact,
    'View all news', email alert box."""
    blocks = body_blocks(st, sub='pb', dial='pre' if 'pre' in st['hard'] else 'br')
    return (head(st, '%s :: %s' % (st['org'], st['title'])) +
            '<body class="page--press-release-details"><header class="header"><a href="/" class="logo">%s</a>%s</header>\n'
            '<div class="module module-news-details"><h2 class="module_title">Press Release Details</h2>\n'
            '<div class="module_body"><div class="module_date-time"><span class="module_date-text">%s</span></div>'
            '<h1 class="module_headline-text">%s</h1><div class="module_links"><a href="#" class="module_link">Download PDF</a> '
            '<a href="#" class="module_link">Printer Friendly Version</a></div>\n<div class="q4default">%s\n%s%s%s</div>\n'
            '<div class="module_back"><a href="/news">View all news</a></div></div></div>\n'
            '<div class="module module-email-alert"><h2>Email Alerts</h2><form><label><input type="checkbox" /> Press Releases</label>'
            '<label><input type="checkbox" /> Events</label><input type="email" /><button>Subscribe</button></form></div>\n'
            '<footer><p>&copy; %d %s</p><a href="#">Privacy</a> <a href="#">Powered by Q4</a></footer></body></html>\n') % (
        E(st['org']), ul_links(['Overview', 'News & Events', 'Financials', 'Stock Info', 'Governance', 'Resources'], 'nav'),
        '%s %d, %d' % (MONTHS[ymd(st['when'])[1] - 1][:3], ymd(st['when'])[2], ymd(st['when'])[0]), E(st['title']),
        ''.join(blocks), abouts(st, 'p'), safe(st), contact(st), ymd(st['when'])[0], E(st['org']))


def t_cnw(st, n):
    """Canadian wire page (CNW-like): '/CNW/ -' dateline, distribution or dividend table, 'SOURCE X',
    'For further information:' line, 'Related Links'; harder (french): 'Français' toggle and 'Also
    available in: Français' line over the text."""
    blocks = body_blocks(st, table_cls='cnwtable')
    fr = ''
    if 'french' in st['hard']:
        fr = '<p class="also">Also available in: <a href="#">Fran&ccedil;ais</a></p>'
    return (head(st, '%s' % st['title'], jsonld(st, 'NewsArticle', 'Cision Canada')) +
            '<body><div class="langbar"><a href="#">Fran&ccedil;ais</a></div><header><a href="/" class="logo">Cision Canada</a>%s</header>\n'
            '<main><div class="release-header"><p>News provided by</p><p><a href="#">%s</a></p><p class="date">%s, 17:30 ET</p><h1>%s</h1></div>\n'
            '<div class="release-body">%s%s\n%s<p>SOURCE %s</p></div>\n<div class="contact-info"><p>%s</p></div>\n'
            '<div class="related-links"><h3>Related Links</h3><ul><li><a href="#">www.%s.example.com</a></li></ul></div></main>\n'
            '<footer>&copy; %d Cision Canada Inc.</footer></body></html>\n') % (
        ul_links(['News', 'Business', 'Tech', 'Policy', 'People'], 'nav'), E(st['org']), d_short(st['when']), E(st['title']),
        fr, ''.join(blocks), abouts(st, 'p'), E(st['org']), E(get(st, 'CONTACT')[0]), slug(st['org']), ymd(st['when'])[0])


def t_agm(st, n):
    """UK plc investor site on a table layout (2010-2012): 'Regulatory News' header, RNS number, 'Released:'
    line, the notice with numbered resolutions in an <ol>, 'By order of the Board' signature, 'END' line,
    'Back to news'."""
    blocks = body_blocks(st, li='ol', table_cls='rnstable')
    y, m, d = ymd(st['when'])
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s - Regulatory News - %s</title><link rel="stylesheet" href="/css/ir.css"></head>\n'
            '<body><table width="900" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="hdr"><a href="/"><img src="/img/logo.gif" alt="%s"></a></td></tr>\n'
            '<tr><td colspan="2" class="nav">%s</td></tr><tr><td width="200" valign="top" class="left"><h3>Investors</h3>%s</td>\n'
            '<td valign="top" class="content"><h2 class="sect">Regulatory News</h2><table class="rnshead"><tr><td>RNS Number : %dK%02d</td></tr>'
            '<tr><td>%s</td></tr><tr><td>Released: %02d/%02d/%d 07:00</td></tr></table>\n<h1>%s</h1>\n%s\n'
            '<p>By order of the Board<br />Helen Marchbank<br />Company Secretary<br />%s</p>\n<p>END</p>\n'
            '<p class="rnsnote">This information is provided by RNS, the company news service from the London Stock Exchange</p>\n'
            '<p><a href="/investors/news">&laquo; Back to news</a> | <a href="javascript:print()">Print</a></p></td></tr>\n'
            '<tr><td colspan="2" class="ftr">&copy; %d %s. Registered in England No. 0412345. <a href="#">Disclaimer</a></td></tr></table></body></html>\n') % (
        E(st['title']), E(st['org']), E(st['org']), ' | '.join('<a href="#">%s</a>' % x for x in ['Home', 'About us', 'Investors', 'Media', 'Careers']),
        ul_links(['Regulatory News', 'Results & Presentations', 'Shareholder Information', 'AGM', 'Share Price'], 'leftnav'),
        4000 + n, y % 100, E(st['org']), d, m, y, E(st['title']), ''.join(blocks), d_uk(st['when']), y, E(st['org']))


def t_yfin(st, n):
    """Finance portal syndicating a wire release: provider line 'GlobeNewswire', time ago, 'In this
    article:' ticker chips, the text split by 'Story continues', 'Recommended Stories', terms footer."""
    blocks = body_blocks(st)
    k = min(2, len(blocks))
    return (head(st, '%s' % st['title'], jsonld(st, 'NewsArticle', 'Yahooish Finance')) +
            '<body><div id="ybar"><a href="/" class="logo">Finance</a><form><input placeholder="Search for news, symbols or companies" /></form>%s</div>\n'
            '<main><article><div class="caas-attr-meta"><span class="provider">GlobeNewswire</span> <time datetime="%sT13:30:00Z">%s</time> <span>&middot; 4 min read</span></div>'
            '<h1>%s</h1>\n<div class="caas-body">%s<div class="caas-readmore"><button>Story continues</button></div>%s%s%s%s</div>\n'
            '<div class="caas-xray"><span>In this article:</span> <a href="#">%s</a></div></article>\n'
            '<div class="recommended"><h3>Recommended Stories</h3>%s</div></main>\n'
            '<footer><a href="#">Terms</a> and <a href="#">Privacy Policy</a> <a href="#">Your Privacy Choices</a> <a href="#">Sitemap</a></footer></body></html>\n') % (
        ul_links(['My Portfolio', 'News', 'Markets', 'Research', 'Personal Finance', 'Videos'], 'nav'), st['when'], d_short(st['when']), E(st['title']),
        ''.join(blocks[:k]), ''.join(blocks[k:]), abouts(st, 'p'), safe(st), contact(st), 'CDRL' if 'Cindral' in st['title'] else 'MCBS',
        related(4, 'Recommended Stories', 'span', 'rec', False))


def t_legacy(st, n):
    """2009-2011 free release site on a table layout (PRLog-like): 'PRLog (Press Release) - date - ' run into
    the first paragraph, '###' and the About text, 'Contact', 'Tags', the site's disclaimer, 'Submitted by';
    harder (brrun): the release as one <br /><br /> run with '###' and About inside."""
    y, m, d = ymd(st['when'])
    lead = '%s -- PRLog -- ' % d_long(st['when'])
    if 'brrun' in st['hard']:
        ps = [E(first_para(st))] + [E(p) for p in get(st, 'P')[1:]] + ['###']
        for v in get(st, 'ABOUT'):
            h, _, t = v.partition('|')
            ps.append('<b>%s</b><br />%s' % (E(h), E(t)))
        body = '<div class="pr-body">%s</div>' % '<br /><br />'.join(ps)
    else:
        body = '<div class="pr-body">%s<p>###</p>%s</div>' % (''.join(body_blocks(st)), abouts(st, 'bold'))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>%s - PRLog</title>'
            '<meta name="keywords" content="press release, %s" /></head>\n<body><table width="100%%" cellpadding="0"><tr><td class="hdr"><a href="/">PRLog</a> - Global Press Release Distribution</td>'
            '<td align="right"><a href="#">Submit Free Press Release</a> | <a href="#">Login</a></td></tr></table>\n'
            '<table width="980" align="center"><tr><td valign="top" width="700"><h1>%s</h1><p class="lead"><i>%s</i></p>\n%s\n'
            '<h3>Contact</h3><p>%s</p>\n<p class="tags">Tags: <a href="#">open studio</a>, <a href="#">%s</a>, <a href="#">events</a></p>\n'
            '<p class="disc">Disclaimer: Issuers of press releases and not PRLog are solely responsible for the accuracy of the content.</p>\n'
            '<p class="sub">Submitted by %s. Page views: %d</p></td>\n<td valign="top" width="280"><div class="box"><b>Latest Press Releases</b>%s</div>'
            '<script type="text/javascript">google_ad_client = "pub-000%d"; google_ad_width = 250;</script></td></tr></table>\n'
            '<div class="ftr">&copy; 2005-%d PRLog.Org | <a href="#">Privacy</a> | <a href="#">Terms</a></div></body></html>\n') % (
        E(st['title']), slug(st['org']), E(st['title']), E(lead), body, '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;')[1:]),
        slug(st['org']).split('-')[0], E(st['org']), 900 + n * 17, related(4, 'Latest', 'span', 'latest', False), n, y)


def t_ein(st, n):
    """EIN-Presswire-like page: '/EINPresswire.com/ --' dateline, contact card, 'Distribution channels:',
    'Legal Disclaimer:', 'You just read:' box, 'Article Reference'."""
    blocks = body_blocks(st, kv='bold')
    c = get(st, 'CONTACT')[0].split(';;')
    return (head(st, '%s' % st['title'], jsonld(st, 'NewsArticle', 'EIN Presswire')) +
            '<body><header><a href="/" class="logo">EIN Presswire</a>%s</header>\n<main><div class="article-top"><h1>%s</h1><p class="subtitle">%s</p></div>\n'
            '<div class="article_column"><div class="release-body">%s\n<div class="contact-card"><p>%s<br />%s<br />%s</p><p><a href="#">email us here</a></p>'
            '<p>Visit us on social media: <a href="#">LinkedIn</a> <a href="#">Facebook</a></p></div></div>\n'
            '<div class="you-just-read"><p>You just read:</p><p><b>%s</b></p></div>\n'
            '<p class="channels">Distribution channels: Business &amp; Economy, Nonprofit Organizations, Education</p>\n'
            '<div class="disclaimer"><h4>Legal Disclaimer:</h4><p>EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.</p></div>\n'
            '<p class="ref">Article Reference: %d</p></div></main>\n<footer>&copy; 1995-%d Newsmatics Inc. All Right Reserved.</footer></body></html>\n') % (
        ul_links(['News', 'Newswires', 'Press Releases', 'Distribution'], 'menu'), E(st['title']), E(get(st, 'P')[0][:120]),
        ''.join(blocks), E(c[0]), E(c[1]), E(c[2]), E(st['title']), 650000000 + n, ymd(st['when'])[0])


def t_police(st, n):
    """UK police force news page: category tag, 'Published: 10:12, 2 October 2019', the text, 'Ends' (endsplain:
    'Ends' as a plain paragraph), 'Share this', 'Related news', 'Report it' box."""
    blocks = body_blocks(st)
    ends = '<p>Ends</p>' if 'endsplain' in st['hard'] else '<p class="ends">ENDS</p>'
    return (head(st, '%s | %s' % (st['title'], st['org'])) +
            '<body><div class="emergency-banner">In an emergency always call 999</div><header><a href="/" class="logo">%s</a>%s</header>\n'
            '<main><div class="news-article"><span class="tag">Road closure</span><h1>%s</h1><p class="published">Published: 10:12, %s</p>\n'
            '<div class="body-copy">%s%s</div>\n<div class="share">Share this <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></div>\n'
            '<aside><div class="report"><h2>Report it</h2><p>Report a crime or incident online.</p></div>%s</aside></main>\n'
            '<footer><a href="#">Accessibility</a> <a href="#">Cookies</a> <a href="#">Freedom of information</a></footer></body></html>\n') % (
        E(st['org']), ul_links(['Report', 'Contact us', 'Advice', 'News', 'Your area'], 'nav'), E(st['title']), d_uk(st['when']),
        ''.join(blocks), ends, related(3, 'Related news', 'h2', 'related', True, 2017))


TPL = dict(prn=t_prn, gnw=t_gnw, bw=t_bw, acw=t_acw, law=t_law, fda=t_fda, cpsc=t_cpsc, dot=t_dot, meeting=t_meeting,
           photoop=t_photoop, embargo=t_embargo, q4=t_q4, cnw=t_cnw, agm=t_agm, yfin=t_yfin, legacy=t_legacy, ein=t_ein, police=t_police)


def main():
    stories = parse(os.path.join(HERE, 'stories.txt'))
    genlib.write_pages(OUT, ((TPL[st['tpl']](st, n), expected(st),
                              {'published': st['when'], 'lang': 'en', 'title': st['title']})
                             for n, st in enumerate(stories, 1)))


main()
