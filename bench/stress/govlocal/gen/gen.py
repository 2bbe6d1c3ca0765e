#!/usr/bin/env python3
"""Generate bench/stress/govlocal pages from stories.txt (news pages of local and regional governments and
public bodies, 2010-2025; invented sites, original text).

Usage: python3 bench/stress/govlocal/gen/gen.py bench/stress/govlocal   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|organisation|category|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q quote, TR table row (cells split
by ';;'; the first row of a table is its header).  Furniture codes (never in the expected text): ATTACH an
attachment list (';;'), CONTACT a media contact block (';;'), ABOUT the body's 'About X' boilerplate, NOTE a
standing note set as the body's first paragraph (a blotter's 'presumed innocent' line).
Every story carries a paragraph that opens like furniture ('Tools such as …', 'Notify Me subscribers …',
'Share your views …', 'Print copies …', 'Was this the right time …', 'Return to your regular …', …): it is
story text and stays in the expected text."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, org, cat, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, org=org, cat=cat, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories


def ymd(st):
    return [int(x) for x in st['when'][:10].split('-')]


def weekday(st):
    import datetime
    y, m, d = ymd(st)
    return DAYS[datetime.date(y, m, d).weekday()]


def d_us(st):                  # March 14, 2012
    y, m, d = ymd(st)
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def d_uk(st):                  # 14 March 2012
    y, m, d = ymd(st)
    return '%d %s %d' % (d, MONTHS[m - 1], y)


def d_num(st):                 # 3/14/2012
    y, m, d = ymd(st)
    return '%d/%d/%d' % (m, d, y)


def d_later(st, days):          # a 'Last updated' date some days after publication, as d_uk
    import datetime
    y, m, d = ymd(st)
    t = datetime.date(y, m, d) + datetime.timedelta(days=days)
    return '%d %s %d' % (t.day, MONTHS[t.month - 1], t.year)


def ampm(st):
    h, m = int(st['when'][11:13]), st['when'][14:16]
    return '%d:%s %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')


def domain(st):
    return slug(st['org']).replace('-', '')[:24] + '.example.gov'


def body_html(st, p='<p>%s</p>', table_cls='', br=False):
    """The story's body codes as HTML; br=True writes the paragraphs as one <br><br>-parted text run."""
    out, ul, tbl = [], [], []

    def flush():
        if ul:
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in ul))
            ul.clear()
        if tbl:
            rows = ['<tr>%s</tr>' % ''.join('<th>%s</th>' % E(c) for c in tbl[0])]
            rows += ['<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r) for r in tbl[1:]]
            out.append('<table%s>%s</table>' % (table_cls, ''.join(rows)))
            tbl.clear()
    for code, val in st['items']:
        if code != 'LI':
            if ul:
                flush()
        if code != 'TR':
            if tbl:
                flush()
        if code in ('P', 'NOTE'):
            out.append(p % E(val))
        elif code == 'H2':
            out.append('<h2>%s</h2>' % E(val))
        elif code == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % E(val))
        elif code == 'LI':
            ul.append(val)
        elif code == 'TR':
            tbl.append(val.split(';;'))
    flush()
    if br:
        return '<br><br>\n'.join(x[3:-4] if x.startswith('<p>') else x for x in out)
    return '\n'.join(out)


def body_text(st):
    out = []
    for code, val in st['items']:
        if code in ('P', 'H2', 'LI', 'Q'):
            out.append(val)
        elif code == 'TR':
            out.append(' '.join(val.split(';;')))
    return '\n\n'.join(out) + '\n'


def item(st, code):
    return next((v for c, v in st['items'] if c == code), None)


def first_p(st):
    return item(st, 'P')


def head(st, title, extra='', gen=None, jsonld=None, lang='en'):
    url = 'https://www.%s/news/%s' % (domain(st), slug(st['title']))
    h = ['<!DOCTYPE html>', '<html lang="%s">' % lang, '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">', '<title>%s</title>' % E(title),
         '<meta name="description" content="%s">' % E(first_p(st)[:155]), '<link rel="canonical" href="%s">' % url]
    if gen:
        h.append('<meta name="generator" content="%s">' % gen)
    if jsonld:
        ld = {"@context": "https://schema.org", "@type": jsonld, "headline": st['title'],
              "datePublished": st['when'] + ':00', "publisher": {"@type": "GovernmentOrganization", "name": st['org']}}
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(ld))
    h.append('<link rel="stylesheet" href="/css/site.css?v=%d">' % random.randint(1000, 9999))
    h.append(extra)
    h.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());'
             'gtag("config","G-%06X");</script>' % random.getrandbits(24))
    h.append('</head>')
    return '\n'.join(h)


def menu(items, cls='menu'):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items))


def translate_box():
    return ('<div id="google_translate_element" class="translate"><select class="goog-te-combo" aria-label="Language Translate Widget">'
            '<option value="">Select Language</option><option value="es">Spanish</option><option value="vi">Vietnamese</option>'
            '<option value="zh-CN">Chinese (Simplified)</option><option value="ar">Arabic</option></select>'
            '<span>Powered by <a href="https://translate.google.com">Google Translate</a></span></div>')


def attach_list(st, heading='Attachments'):
    a = item(st, 'ATTACH')
    if not a:
        return ''
    return '<div class="attachments"><h4>%s</h4><ul>%s</ul></div>' % (heading, ''.join(
        '<li><a href="/DocumentCenter/View/%d">%s</a></li>' % (random.randint(1000, 9999), E(x)) for x in a.split(';;')))


def contact_block(st, cls='media-contact'):
    c = item(st, 'CONTACT')
    if not c:
        return ''
    parts = c.split(';;')
    return '<div class="%s"><p><strong>%s</strong><br>%s</p></div>' % (cls, E(parts[0]), '<br>'.join(
        ('<a href="mailto:%s">%s</a>' % (E(x), E(x))) if '@' in x else E(x) for x in parts[1:]))


def scripts():
    return ('<script src="/js/jquery-1.%d.min.js"></script>\n<script>(function(i,s,o,g,r,a,m){i["GoogleAnalyticsObject"]=r;})'
            '(window,document,"script","//www.google-analytics.com/analytics.js","ga");ga("create","UA-%d-1","auto");'
            'ga("send","pageview");</script>' % (random.randint(4, 12), random.randint(1000000, 9999999)))


HELPFUL = ('<div class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button>'
           '<p class="small">Your feedback helps us improve the website. Please do not include personal information.</p></div>')

OTHER_NEWS = ['Holiday Office Closures', 'Leaf Collection Schedule Announced', 'Apply for Citizen Academy',
              'Budget Workshop Scheduled', 'Fire Hydrant Painting Program', 'Summer Camp Registration Opens',
              'Water Meter Replacement Project', 'Recycling Changes Take Effect', 'Council Vacancy Applications Due',
              'New Park Restrooms Open']


def others(n):
    return random.sample(OTHER_NEWS, n)


# ---------------------------------------------------------------------------------------------------- templates

def cpold(st, hard=False):
    """A 2011-2013 CivicPlus-like 'News Flash' on a table layout with Tools row and 'Return to full list'."""
    h = [head(st, '%s - News Flash - %s' % (st['title'], st['org'])), '<body>',
         '<table id="wrapper" width="980" cellpadding="0" cellspacing="0"><tr><td id="banner" colspan="2">'
         '<a href="/"><img src="/ImageRepository/Document?documentID=2" alt="%s"></a>' % E(st['org']),
         '<div id="topLinks"><a href="/index.aspx?NID=1">Home</a> | <a href="/directory.aspx">Staff Directory</a> | '
         '<a href="/Calendar.aspx">Calendar</a> | <a href="/Search">Search</a></div></td></tr>',
         '<tr><td id="leftNav" width="200" valign="top"><div class="deptNav"><h3>Departments</h3>%s</div>'
         % menu(['Administration', 'City Clerk', 'Finance', 'Parks & Recreation', 'Planning & Zoning', 'Police',
                 'Public Works', 'Utilities']),
         '<div class="quickLinks"><h3>Quick Links</h3>%s</div></td>' % menu(['Agendas & Minutes', 'Bids', 'Employment',
                                                                            'Forms', 'Pay Utility Bill', 'A-Z Services']),
         '<td id="contentArea" valign="top">']
    if hard:
        h.append('<div class="alertBar"><strong>ALERT:</strong> City Hall will close at noon on Friday for staff training.</div>')
    h.append('<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/CivicAlerts.aspx">News Flash</a> &gt; %s</div>' % E(st['cat']))
    h.append('<h1 class="pageTitle">News Flash</h1>')
    h.append('<table class="newsFlash" width="100%%"><tr><td class="categoryName">%s</td></tr>' % E(st['cat']))
    h.append('<tr><td><span class="alertTitle"><b>%s</b></span><br><span class="date">Posted on: %s</span></td></tr>'
             % (E(st['title']), d_us(st)))
    if hard:
        h.append('<tr><td class="detail"><p>Tools: <a href="/rss.aspx">RSS</a> | <a href="/list.aspx">Notify Me</a> | '
                 '<a href="javascript:window.print()">Print</a></p>')
        h.append('<div class="fr-view">' + body_html(st, br=True) + '</div>')
        a = item(st, 'ATTACH')
        h.append('<p><b>Attachments:</b></p>')
        for x in a.split(';;'):
            h.append('<p><a href="/DocumentCenter/View/%d">%s</a></p>' % (random.randint(1000, 9999), E(x)))
        h.append('<p><a href="/CivicAlerts.aspx">&lt;&lt; Return to full list</a></p></td></tr></table>')
    else:
        h.append('<tr><td class="detail">' + body_html(st) + attach_list(st) + '</td></tr>')
        h.append('<tr><td class="tools">Tools: <a href="/rss.aspx">RSS</a> | <a href="/list.aspx">Notify Me</a> | '
                 '<a href="javascript:window.print()">Print</a></td></tr>')
        h.append('<tr><td><a href="/CivicAlerts.aspx">&laquo; Return to full list</a></td></tr></table>')
    h.append('<div class="otherNews"><h3>Other News in %s</h3><ul>%s</ul></div>' % (E(st['cat']), ''.join(
        '<li><a href="/CivicAlerts.aspx?AID=%d">%s</a><br><span>%s</span></li>' % (random.randint(100, 999), E(t), 'Posted on: ' + d_us(st))
        for t in others(3))))
    h.append('</td></tr><tr><td colspan="2" id="footer">%s | Phone: 555-0100 | Hours: Monday - Friday, 8:00 a.m. - 4:30 p.m.<br>'
             '<a href="/sitemap">Site Map</a> | <a href="/accessibility">Accessibility</a> | <a href="/copyright">Copyright Notices</a>'
             '<br>Government Websites by CivicPlus&reg;</td></tr></table>' % E(st['org']))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def govdel(st):
    """A govDelivery-like bulletin's web copy (2014-2018)."""
    h = [head(st, st['title']), '<body class="bulletin">',
         '<div class="bulletin_header"><a href="#">Bookmark and Share</a> <span>Having trouble viewing this email? '
         '<a href="#">View it as a Web page</a>.</span></div>',
         '<table class="bulletin_table" width="600" align="center"><tr><td class="banner"><img src="https://content.govdelivery.com/attachments/%s/banner.png" alt="%s"></td></tr>' % (slug(st['org'])[:12].upper(), E(st['org'])),
         '<tr><td class="bulletin_date"><span class="dateline">%s, %s</span></td></tr>' % (weekday(st), d_us(st)),
         '<tr><td class="bulletin_body"><h1>%s</h1>' % E(st['title']), body_html(st),
         '<p style="text-align:center">&nbsp;</p></td></tr>',
         '<tr><td class="bulletin_footer"><p>Stay connected: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">YouTube</a></p>'
         '<p>SUBSCRIBER SERVICES:<br><a href="#">Manage Preferences</a> | <a href="#">Unsubscribe</a> | <a href="#">Help</a></p>'
         '<p>This email was sent to you by %s using GovDelivery, on behalf of: %s &middot; 100 Courthouse Square &middot; (555) 555-0100</p>'
         '</td></tr></table>' % (E(st['org']), E(st['org'])),
         '<div class="sidebar"><h3>Subscribe to updates from %s</h3><form><label>Email Address</label><input type="email"> '
         '<input type="submit" value="Subscribe"></form></div>' % E(st['org']),
         '<div class="footer">Powered by GovDelivery | <a href="#">Privacy Policy</a> | <a href="#">Cookie Statement</a></div>',
         scripts(), '</body></html>']
    return '\n'.join(h)


def govcms(st, hard=False):
    """An Australian GovCMS/Drupal 8 council site (2018-2022): 'Last updated', 'Was this page helpful?',
    Acknowledgement of Country."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), gen='Drupal 8 (https://www.drupal.org)', lang='en-AU'), '<body class="path-node page-node-type-news">',
         '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>',
         '<div class="region-alert"><div class="alert alert-warning"><strong>Current alert:</strong> <a href="/alerts">Check road closures and conditions before you travel.</a></div></div>',
         '<header class="site-header"><a class="logo" href="/">%s</a><nav class="main-menu">%s</nav>'
         '<form action="/search"><input name="keys" placeholder="What are you looking for?"></form></header>'
         % (E(st['org']), menu(['Residents', 'Business', 'Council', 'Services A-Z', 'Planning & Building', 'Community', 'Contact us'])),
         '<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Council</a></li><li><a href="/news">News and media</a></li><li>%s</li></ol></div>' % E(st['title']),
         '<main id="main-content"><article class="node node--type-news">',
         '<div class="field--name-field-news-type">%s</div>' % E(st['cat']),
         '<h1 class="page-title"><span>%s</span></h1>' % E(st['title']),
         '<div class="field--name-field-date">%s</div>' % d_uk(st),
         '<div class="field--name-body">' + body_html(st)]
    if hard:
        h.append('<p>Last updated: %s</p>' % d_later(st, 3))
        h.append('<p>Was this page helpful?</p>')
        h.append('<p>This website uses Google Translate to translate its pages. Council is not responsible for the accuracy of the translation.</p>')
    h.append('</div>')
    h.append('<div class="share"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>')
    h.append('</article>')
    if not hard:
        h.append('<div class="last-updated">Last updated: %s</div>' % d_later(st, 2))
        h.append(HELPFUL)
    h.append('</main><aside class="related"><h2>Latest news</h2>%s</aside>' % menu(others(4)))
    h.append('<footer class="site-footer"><div class="acknowledgement"><p>%s acknowledges the Traditional Custodians of the land on which we live and work, and pays respect to Elders past and present.</p></div>'
             '<div class="contact">Phone 1300 555 014 | PO Box 40 | <a href="/contact">Contact us</a></div>%s'
             '<p>&copy; %s</p></footer>' % (E(st['org']), menu(['Accessibility', 'Privacy', 'Copyright', 'Disclaimer']), E(st['org'])))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def ukcouncil(st, hard=False):
    """A UK council's news page (2016-2019, Jadu-like): 'Published', 'Share this page', related links, survey."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), lang='en-GB'), '<body>',
         '<div id="cookie-banner"><p>We use cookies to make this website work and to collect information about how you use it. <a href="/cookies">Find out more</a></p><button>Accept</button></div>',
         '<header><a class="logo" href="/">%s</a><form action="/site/scripts/google_results.php"><input name="q"></form>'
         '<nav>%s</nav></header>' % (E(st['org']), menu(['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Parking', 'Jobs', 'Your council'])),
         '<div class="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/news">News</a> &gt; %s</div>' % E(st['title']),
         '<div id="content"><h1>%s</h1>' % E(st['title']),
         '<p class="date">Published: %s</p>' % d_uk(st),
         '<div class="editor">']
    if hard:
        paras = body_html(st).split('\n')
        h.append('\n'.join(paras[:2]))
        h.append('<div class="related-box"><h3>Related links</h3><ul><li><a href="/housing/empty-homes">Report an empty home</a></li>'
                 '<li><a href="/housing/grants">Empty homes grants</a></li><li><a href="/housing/lettings">Council lettings scheme</a></li></ul></div>')
        h.append('\n'.join(paras[2:]))
        h.append('<p><a href="javascript:window.print()">Print this page</a></p>')
        h.append('<p>If you need this information in another format, such as large print or Braille, please contact us.</p>')
    else:
        h.append(body_html(st))
    h.append('</div><div class="share">Share this page: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>')
    h.append('<div class="related"><h2>Related news</h2>%s</div>' % menu(others(3)))
    h.append('<div class="survey"><h2>Did you find what you were looking for?</h2><a href="/feedback">Tell us what you think</a></div></div>')
    h.append('<footer><p>%s, Council Offices, High Street</p>%s<p>&copy; %d %s</p></footer>' % (
        E(st['org']), menu(['Accessibility statement', 'Contact us', 'Privacy notice', 'Cookies', 'Freedom of information']), ymd(st)[0], E(st['org'])))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def nzdc(st):
    """A New Zealand district council (2020-2023, SilverStripe-like): notice with 'Page reviewed'."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), gen='SilverStripe - https://www.silverstripe.org', lang='en-NZ'), '<body class="NewsPage">',
         '<div class="emergency-banner"><p>Civil Defence: <a href="/emergency">Current state of emergency information</a></p></div>',
         '<header><a href="/" class="brand">%s</a><nav>%s</nav></header>' % (E(st['org']), menu(['Services', 'Council', 'Community', 'Consents & licences', 'Pay online', 'Have your say'])),
         '<nav class="crumbs"><a href="/">Home</a> / <a href="/news">News</a> / <a href="/news/%s">%s</a></nav>' % (slug(st['cat']), E(st['cat'])),
         '<main><h1>%s</h1><p class="meta">%s</p>' % (E(st['title']), d_uk(st)),
         '<div class="typography">' + body_html(st) + '</div>',
         '<p class="reviewed">Page reviewed: %s</p>' % d_later(st, 1),
         '</main><aside><h2>Related</h2>%s<h2>Sign up for alerts</h2><p>Get text alerts about water, roads and emergencies.</p></aside>' % menu(others(3)),
         '<footer><p>Phone 0800 555 014 (24 hours)</p>%s</footer>' % menu(['Contact us', 'Privacy', 'Accessibility', 'Copyright']),
         scripts(), '</body></html>']
    return '\n'.join(h)


def canmun(st):
    """A Canadian municipality (2017-2021): PSA with a media contact, 'Date modified', Français link."""
    y, m, d = ymd(st)
    h = [head(st, '%s - %s' % (st['title'], st['org']), lang='en-CA'), '<body>',
         '<div class="lang-toggle"><a href="/fr/" lang="fr">Français</a></div>',
         '<header><a href="/">%s</a><nav>%s</nav></header>' % (E(st['org']), menu(['Living here', 'Doing business', 'City hall', 'Recreation', 'Report a problem'])),
         '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>%s</li></ol>' % E(st['cat']),
         '<main><div class="page-header"><h1>%s</h1><p class="pubdate">%s</p></div>' % (E(st['title']), '%s %d, %d' % (MONTHS[m - 1], d, y)),
         '<div class="content">' + body_html(st) + '<h3>Media contact</h3>' + contact_block(st) + '</div>',
         '<dl class="date-modified"><dt>Date modified:</dt><dd><time>%04d-%02d-%02d</time></dd></dl>' % (y, m, min(d + 1, 28)),
         '<div class="report-problem"><a href="/feedback">Report a problem or mistake on this page</a></div></main>',
         '<footer>%s<p>311 or 905-555-0100</p></footer>' % menu(['Accessibility', 'Privacy', 'Terms of use', 'Contact us']),
         scripts(), '</body></html>']
    return '\n'.join(h)


def sp2010(st):
    """A SharePoint 2010 county site (2011-2014): Quick Launch, 'I Want To…', 'Last modified at … by …'."""
    h = [head(st, 'Pages - %s' % st['title'], extra='<meta name="GENERATOR" content="Microsoft SharePoint">'), '<body scroll="yes">',
         '<form name="aspnetForm" method="post" action="%s.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgB">' % slug(st['title'])[:30],
         '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"><span>Browse</span><span>Page</span></div></div>',
         '<div id="s4-titlerow"><div class="s4-title"><h1 class="s4-title-text"><a href="/">%s</a></h1></div>'
         '<div class="s4-search"><input type="text" title="Search..."></div></div>' % E(st['org']),
         '<div id="s4-topheader2" class="s4-pr s4-notdlg"><ul class="s4-tn">%s</ul></div>' % ''.join('<li><a href="#">%s</a></li>' % x for x in ['Home', 'Departments', 'Government', 'Services', 'I Want To...']),
         '<div id="s4-leftpanel"><div class="s4-ql"><h3>%s</h3>%s</div><div class="ms-quicklaunch"><h3>I Want To...</h3>%s</div></div>' % (
             E(st['cat']), menu(['Overview', 'Staff Directory', 'Meetings', 'Forms & Documents', 'News Releases']),
             menu(['Pay Taxes Online', 'Apply for a Job', 'Find a Meeting', 'Report a Pothole'])),
         '<div class="s4-ca"><div id="MSO_ContentTable">',
         '<span id="DeltaPlaceHolderPageTitleInTitleArea">%s</span>' % E(st['title']),
         '<div class="article-date">%s</div>' % d_num(st),
         '<div class="ms-rtestate-field">' + body_html(st, p='<div class="ms-rteElement-P">%s</div>', table_cls=' class="ms-rteTable-default"') + '</div>',
         '<div class="ms-PostFooter">Last modified at %s %s by %s Public Information</div>' % (d_num(st), ampm(st), E(st['cat'])),
         '</div></div>',
         '<div id="footer">%s | %s &copy; %d | <a href="#">Disclaimer</a> | <a href="#">ADA Notice</a></div>' % (E(st['org']), 'All Rights Reserved', ymd(st)[0]),
         '</form>', scripts(), '</body></html>']
    return '\n'.join(h)


def sqsp(st):
    """A Squarespace small-town site (2019-2021): blog item, 'Newer / Older'."""
    h = [head(st, '%s — %s' % (st['title'], st['org'])), '<body class="collection-type-blog view-item">',
         '<div class="sqs-announcement-bar"><p>Town Hall is open by appointment. Call 555-0160.</p></div>',
         '<header class="Header"><a class="Header-branding" href="/">%s</a><nav class="Header-nav">%s</nav></header>' % (E(st['org']), menu(['Home', 'Town Board', 'Departments', 'Meetings', 'News', 'Forms', 'Contact'])),
         '<main class="Main"><article class="BlogItem hentry">',
         '<div class="BlogItem-meta"><time class="Blog-meta-item--date" datetime="%s">%s</time> <a class="Blog-meta-item--author" href="#">Town Clerk</a></div>' % (st['when'][:10], '%s/%s/%s' % (ymd(st)[1], ymd(st)[2], str(ymd(st)[0])[2:])),
         '<h1 class="BlogItem-title" data-content-field="title">%s</h1>' % E(st['title']),
         '<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="sqs-block html-block"><div class="sqs-block-content">' + body_html(st) + '</div></div></div>',
         '<div class="BlogItem-share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>',
         '<nav class="BlogItem-pagination"><a class="BlogItem-pagination-link--prev" href="#">Newer Post<br>%s</a> <a class="BlogItem-pagination-link--next" href="#">Older Post<br>%s</a></nav>' % tuple(others(2)),
         '</article></main><footer class="Footer"><p>%s &middot; 12 Main Street</p><p>Office hours: Tue &amp; Thu 9-3</p></footer>' % E(st['org']),
         '<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>', '</body></html>']
    return '\n'.join(h)


def wpvillage(st):
    """A small village on a WordPress theme (2014-2016): 'Posted on … by admin', categories, comments closed."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), gen='WordPress 4.%d' % random.randint(0, 5)), '<body class="single single-post">',
         '<div id="page"><header id="masthead"><h1 class="site-title"><a href="/">%s</a></h1><h2 class="site-description">Official website of the village</h2>'
         '<nav id="site-navigation">%s</nav></header>' % (E(st['org']), menu(['Home', 'Village Board', 'Clerk', 'DPW', 'Police', 'Minutes', 'Contact'])),
         '<div id="content"><article class="post"><header class="entry-header"><h1 class="entry-title">%s</h1>' % E(st['title']),
         '<div class="entry-meta">Posted on <a href="#" rel="bookmark"><time class="entry-date">%s</time></a> by <span class="author">admin</span></div></header>' % d_us(st),
         '<div class="entry-content">' + body_html(st) + '</div>',
         '<footer class="entry-meta">This entry was posted in <a href="#">%s</a>. Bookmark the <a href="#">permalink</a>.</footer></article>' % E(st['cat']),
         '<nav class="nav-single"><span class="nav-previous"><a href="#">&larr; %s</a></span><span class="nav-next"><a href="#">%s &rarr;</a></span></nav>' % tuple(others(2)),
         '<p class="nocomments">Comments are closed.</p></div>',
         '<div id="secondary"><aside class="widget"><h3 class="widget-title">Recent Posts</h3>%s</aside><aside class="widget"><h3 class="widget-title">Archives</h3>%s</aside></div>' % (
             menu(others(4)), menu(['%s %d' % (MONTHS[i], ymd(st)[0]) for i in range(ymd(st)[1] - 1, max(ymd(st)[1] - 5, -1), -1)])),
         '<footer id="colophon"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>',
         scripts(), '</body></html>']
    return '\n'.join(h)


def blotter(st, hard=False):
    """A police department's WordPress news (2017-2022); the harder one logs the day as a table."""
    h = [head(st, '%s – %s' % (st['title'], st['org']), gen='WordPress 5.%d' % random.randint(0, 9)), '<body class="single-post">',
         '<div class="top-bar"><span>Emergency: 911</span> <span>Non-Emergency: 555-0130</span> <a href="/report">File a Report Online</a></div>',
         '<header><p class="site-title">%s</p><nav>%s</nav></header>' % (E(st['org']), menu(['About', 'Divisions', 'Records', 'Community', 'News', 'Careers'])),
         '<main><article><div class="cat"><a href="#">%s</a></div><h1 class="entry-title">%s</h1>' % (E(st['cat']), E(st['title'])),
         '<div class="entry-meta"><time datetime="%s:00-05:00">%s</time> by Records Division</div>' % (st['when'], d_us(st)),
         '<div class="entry-content">' + body_html(st, table_cls=' class="log"')]
    if hard:
        h.append('<p><em>This log reflects initial reports and is subject to change. It is not a complete list of calls for service.</em></p>')
    h.append('</div><div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">Nextdoor</a> <a href="#">Email</a></div></article></main>')
    h.append('<aside><section class="widget"><h2>Crime Stoppers</h2><p>Call 555-0111 with anonymous tips. You may be eligible for a cash reward.</p></section>'
             '<section class="widget"><h2>Recent Posts</h2>%s</section></aside>' % menu(others(4)))
    h.append('<footer><p>If this is an emergency, call 911.</p><p>&copy; %d %s</p></footer>' % (ymd(st)[0], E(st['org'])))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def joomlafire(st):
    """A fire department on Joomla 2.5 (2012-2015): 'Details', 'Published', 'Hits'."""
    h = [head(st, st['title'], gen='Joomla! - Open Source Content Management'), '<body class="site">',
         '<div id="header"><h1><a href="/">%s</a></h1><p>Proudly serving since 1921</p></div>' % E(st['org']),
         '<div id="mainmenu">%s</div>' % menu(['Home', 'About Us', 'Apparatus', 'Fire Prevention', 'Burn Permits', 'Join Us', 'Contact']),
         '<div id="content"><div class="item-page"><h2><a href="#">%s</a></h2>' % E(st['title']),
         '<ul class="actions"><li class="print-icon"><a href="#" title="Print">Print</a></li><li class="email-icon"><a href="#" title="Email">Email</a></li></ul>',
         '<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="category-name">Category: <a href="#">%s</a></dd>'
         '<dd class="published">Published on %s, %s</dd><dd class="hits">Hits: %d</dd></dl>' % (E(st['cat']), weekday(st), d_uk(st), random.randint(200, 3000)),
         body_html(st),
         '<ul class="pager pagenav"><li class="previous"><a href="#">&lt; Prev</a></li><li class="next"><a href="#">Next &gt;</a></li></ul></div></div>',
         '<div id="right"><div class="moduletable"><h3>Burn Ban Status</h3><p>No burn ban is in effect.</p></div>'
         '<div class="moduletable"><h3>Latest News</h3>%s</div></div>' % menu(others(3)),
         '<div id="footer"><p>Station 1: 45 Firehouse Lane &middot; Business line 555-0150</p><p>Copyright &copy; %d %s. All Rights Reserved.</p></div>' % (ymd(st)[0], E(st['org'])),
         scripts(), '</body></html>']
    return '\n'.join(h)


def schoolwires(st):
    """A school district on a Schoolwires/Blackboard-like CMS (2015-2019)."""
    h = [head(st, '%s / %s' % (st['org'], st['title'])), '<body>',
         '<div id="sw-channel-list"><ul>%s</ul></div>' % ''.join('<li><a href="#">%s</a></li>' % x for x in ['Home', 'District', 'Schools', 'Departments', 'Parents', 'Staff', 'Board of Education']),
         '<div id="sw-header"><a href="/" class="logo">%s</a><div class="translate">Translate <select><option>Select Language</option><option>Espa&ntilde;ol</option></select></div></div>' % E(st['org']),
         '<div id="sw-content-layout-wrapper"><div class="ui-widget app headlines"><div class="ui-widget-header"><h1>%s</h1></div>' % E(st['cat']),
         '<div class="ui-widget-detail"><div class="ui-article"><h1 class="ui-article-title sw-article-title">%s</h1>' % E(st['title']),
         '<span class="ui-article-date">%s</span>' % d_us(st),
         '<div class="ui-article-description">' + body_html(st) + '</div></div></div>',
         '<div class="ui-widget-footer"><a class="ui-btn-print" href="#">Print</a> <a href="#">Return to Headlines</a></div></div></div>',
         '<div id="sw-footer"><p>%s &bull; 200 School Road &bull; Phone: 555-0190 &bull; Fax: 555-0191</p>' % E(st['org']),
         '<p><a href="#">Questions or Feedback?</a> | <a href="#">Blackboard Web Community Manager Privacy Policy (Updated)</a> | <a href="#">Terms of Use</a></p>'
         '<p>Copyright &copy; 2002-%d Blackboard, Inc. All rights reserved.</p></div>' % ymd(st)[0],
         scripts(), '</body></html>']
    return '\n'.join(h)


def transit(st):
    """A transit agency (2022-2024): service alert banner, rider alert, 'Last updated'."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), jsonld='NewsArticle'), '<body>',
         '<div class="service-status" role="region" aria-label="Service alerts"><span class="badge">3 active alerts</span> <a href="/alerts">View service alerts</a></div>',
         '<header><a href="/" class="logo">%s</a><nav>%s</nav><div class="lang">English | Espa&ntilde;ol | 中文</div></header>' % (E(st['org']), menu(['Schedules & Maps', 'Fares', 'Trip Planner', 'Rider Info', 'About', 'Careers'])),
         '<main><nav class="breadcrumbs"><a href="/">Home</a> / <a href="/news">%s</a></nav>' % E(st['cat']),
         '<article><p class="eyebrow">Rider Alert</p><h1>%s</h1><p class="posted">Posted %s</p>' % (E(st['title']), d_us(st)),
         '<div class="rich-text">' + body_html(st, table_cls=' class="stops"') + '</div>',
         '<p class="updated">Last updated %s</p>' % d_us(st),
         '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div></article>',
         '<section class="more"><h2>More news</h2>%s</section></main>' % menu(others(3)),
         '<footer><p>Customer Service: 555-0199 &middot; Text your stop ID to 55500 for arrivals</p>%s<p>Title VI Notice: %s operates its programs without regard to race, color or national origin.</p></footer>' % (
             menu(['Accessibility', 'Title VI', 'Privacy', 'Public Records']), E(st['org'])),
         scripts(), '</body></html>']
    return '\n'.join(h)


def utility(st, hard=False):
    """A utility's newsroom (2019-2025): FOR IMMEDIATE RELEASE, ###, About, media contact."""
    about = item(st, 'ABOUT')
    h = [head(st, '%s | %s' % (st['title'], st['org']), jsonld='NewsArticle'), '<body>',
         '<div class="outage-banner"><a href="/outages">Report an outage</a> | <a href="/outage-map">Outage map</a></div>',
         '<header><a href="/">%s</a><nav>%s</nav><a class="btn" href="/pay">Pay My Bill</a></header>' % (E(st['org']), menu(['Start/Stop Service', 'Rates', 'Conservation', 'Projects', 'Newsroom', 'About Us'])),
         '<main><div class="crumbs"><a href="/">Home</a> &gt; <a href="/newsroom">%s</a></div>' % E(st['cat']),
         '<h1>%s</h1><div class="release-date">%s</div>' % (E(st['title']), d_us(st)),
         '<div class="release-body">']
    c = item(st, 'CONTACT')
    if hard:
        h.append('<p><strong>FOR IMMEDIATE RELEASE</strong></p>')
        h.append('<p>Contact: Maria Feliciano, Public Affairs, 555-0172</p>')
        h.append(body_html(st))
        h.append('<p style="text-align:center">###</p>')
        h.append('<p>The Glen Ross Water Authority provides drinking water to 36,000 homes and businesses in Glen Ross and Upper Milford townships.</p>')
    else:
        h.append('<p><strong>FOR IMMEDIATE RELEASE</strong></p>')
        h.append(body_html(st))
        h.append('<p style="text-align:center">###</p>')
        if about:
            t, _, rest = about.partition(': ')
            h.append('<h3>%s</h3><p>%s</p>' % (E(t), E(rest)))
        h.append(contact_block(st))
    h.append('</div></main>')
    h.append('<aside><h2>Recent News Releases</h2>%s</aside>' % menu(others(3)))
    h.append('<footer><p>%s</p>%s</footer>' % (E(st['org']), menu(['Accessibility', 'Privacy', 'Careers', 'Board Meetings'])))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def opencities(st, hard=False):
    """A US city on an OpenCities/Granicus-like CMS (2024-2025): translate, feedback, 'Last updated'."""
    h = [head(st, '%s - %s' % (st['title'], st['org']), jsonld='NewsArticle'), '<body class="news-article">',
         '<div class="site-alert" role="alert"><strong>Heat Advisory</strong> Cooling centers are open. <a href="/heat">Learn more</a></div>',
         '<header>' + translate_box() + '<a href="/" class="logo">%s</a><nav>%s</nav></header>' % (E(st['org']), menu(['Services', 'Government', 'Departments', 'Business', 'Residents', 'How do I'])),
         '<main><div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/News">News</a> &gt; %s</div>' % E(st['title']),
         '<article><h1 class="oc-page-title">%s</h1><div class="news-article-date"><span>Published on</span> %s</div>' % (E(st['title']), d_us(st)),
         '<div class="content-body">']
    if hard:
        paras = body_html(st).split('\n')
        h.append('\n'.join(paras[:2]))
        h.append('<div class="related-information"><h3>Related Information</h3><ul><li><a href="/parks/greenway">Tallis Creek Greenway</a></li><li><a href="/projects">Capital Projects Map</a></li></ul></div>')
        h.append('<div class="inline-alert" role="alert"><p>City offices will be closed Monday, May 27, in observance of Memorial Day.</p></div>')
        h.append('\n'.join(paras[2:]))
    else:
        h.append(body_html(st))
    h.append('</div><div class="share-tools"><span>Share this page</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>')
    h.append('<p class="page-updated">Page last updated: %s</p></article>' % d_us(st))
    h.append('<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button></div></main>')
    h.append('<aside class="dept-sidebar"><h2>Communications Office</h2><p>City Hall, Room 201</p><p>Phone: 555-0145</p>%s</aside>' % menu(['News', 'Media Inquiries', 'Social Media', 'Newsletter']))
    h.append('<footer><p>%s | 1 Civic Plaza</p>%s<p>Powered by Granicus</p></footer>' % (E(st['org']), menu(['Accessibility', 'Language Access', 'Privacy Policy', 'Site Map'])))
    h += [scripts(), '</body></html>']
    return '\n'.join(h)


def meetsum(st):
    """A council's meeting summary on Drupal (2021-2023): 'Council decisions'."""
    h = [head(st, '%s | %s' % (st['title'], st['org']), gen='Drupal 9 (https://www.drupal.org)', lang='en-AU'), '<body>',
         '<header><a href="/">%s</a><nav>%s</nav></header>' % (E(st['org']), menu(['Services', 'Council', 'Meetings & minutes', 'Have your say', 'Contact'])),
         '<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/council">Council</a> &rsaquo; <a href="/council-decisions">%s</a></div>' % E(st['cat']),
         '<main><h1>%s</h1><div class="submitted">Posted %s</div>' % (E(st['title']), d_uk(st)),
         '<div class="text-formatted field--name-body">' + body_html(st) + '</div>',
         '<div class="field--name-field-related"><h2>Related documents</h2><ul><li><a href="/minutes.pdf">Agenda (PDF, 4.2 MB)</a></li><li><a href="/attachments.pdf">Attachments (PDF, 11 MB)</a></li></ul></div>',
         '<div class="page-last-updated">Page last updated: %s</div></main>' % d_later(st, 6),
         '<footer>%s</footer>' % menu(['Accessibility', 'Privacy', 'Disclaimer', 'Contact']), scripts(), '</body></html>']
    return '\n'.join(h)


def sheriff2010(st):
    """A county sheriff's release on a 2010 Dreamweaver table layout."""
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<title>%s - Press Release</title>' % E(st['org']), '<link href="/css/main.css" rel="stylesheet" type="text/css" /></head>',
         '<body><table width="800" border="0" align="center" cellpadding="0" cellspacing="0">',
         '<tr><td colspan="2"><img src="/images/header.jpg" width="800" height="120" alt="%s" /></td></tr>' % E(st['org']),
         '<tr><td width="160" valign="top" class="nav"><a href="/">Home</a><br /><a href="/jail.html">Jail</a><br /><a href="/warrants.html">Warrants</a><br />'
         '<a href="/press.html">Press Releases</a><br /><a href="/sexoffenders.html">Sex Offender Registry</a><br /><a href="/contact.html">Contact</a></td>',
         '<td width="640" valign="top" class="content"><!-- InstanceBeginEditable name="content" -->',
         '<p class="release"><strong>PRESS RELEASE</strong><br />%s</p>' % d_us(st),
         '<h2>%s</h2>' % E(st['title']), body_html(st),
         '<p>Sheriff Dale Ruppert<br />Wexford County Sheriff\'s Office<br />(555) 555-0122</p>',
         '<!-- InstanceEndEditable --></td></tr>',
         '<tr><td colspan="2" class="footer">Wexford County Sheriff\'s Office &middot; 301 Court Street &middot; Emergency 911<br />Last updated %s</td></tr></table>' % d_num(st),
         '</body></html>']
    return '\n'.join(h)


TPL = {'cpold': cpold, 'govdel': govdel, 'govcms': govcms, 'ukcouncil': ukcouncil, 'nzdc': nzdc, 'canmun': canmun,
       'sp2010': sp2010, 'sqsp': sqsp, 'wpvillage': wpvillage, 'blotter': blotter, 'joomlafire': joomlafire,
       'schoolwires': schoolwires, 'transit': transit, 'utility': utility, 'opencities': opencities, 'meetsum': meetsum,
       'sheriff2010': sheriff2010,
       'cpoldh': lambda st: cpold(st, True), 'govcmsh': lambda st: govcms(st, True), 'utilityh': lambda st: utility(st, True),
       'opencitiesh': lambda st: opencities(st, True), 'ukcouncilh': lambda st: ukcouncil(st, True),
       'blotterh': lambda st: blotter(st, True)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(parse(os.path.join(here, 'stories.txt')), 1):
        base = os.path.join(OUT, '%02d' % n)
        open(base + '.html', 'w', encoding='utf-8').write(TPL[st['tpl']](st) + '\n')
        open(base + '.txt', 'w', encoding='utf-8').write(body_text(st))
        json.dump({'published': st['when'][:10], 'lang': 'en', 'title': st['title']},
                  open(base + '.json', 'w', encoding='utf-8'), ensure_ascii=False)


main()
