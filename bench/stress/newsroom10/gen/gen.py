#!/usr/bin/env python3
"""Generate bench/stress/newsroom10 pages from stories.txt (English press releases as company newsrooms,
investor-relations sites and government agencies published them 2008-2015; invented sites, original text).

Usage: python3 bench/stress/newsroom10/gen/gen.py bench/stress/newsroom10   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|issuer|dateline|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): HL a highlight bullet over the dateline, P paragraph (the first one opens
with the dateline), H subhead, LI list item, TR a table row (cells split by ';;').
Furniture codes (never in the expected text): SUB the deck under the headline, ABOUT 'About X|text'
boilerplate, SAFE the forward-looking-statements/exchange note, NOTES 'Notes to editors' items, BACK a
backgrounder's points after the end mark, CONTACT the media-contact block (lines split by ';;'),
HARD a harder variant's flag (brbody, inlineabout, contacttop, pullquote, backgrounder, split, archive,
ends, releasetools)."""
import html, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, ymd, d_long, d_uk, d_num  # noqa: E402

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20081207)
E = html.escape
AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, org, dl, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, org=org, dl=dl, title=title, items=[], hard='')
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            if code == 'HARD':
                cur['hard'] = val.strip()
            else:
                cur['items'].append((code.strip(), val.strip()))
    return stories


def d_ap(w):       # Jun 14, 2011
    y, m, d = ymd(w)
    return '%s %d, %d' % (MONTHS[m - 1][:3], d, y)


def d_dot(w):      # 16/10/2012
    y, m, d = ymd(w)
    return '%02d/%02d/%d' % (d, m, y)


def slug(s):
    return genlib.slug(s, 60)


def get(st, code):
    return [v for c, v in st['items'] if c == code]


def first_para(st):
    dl = st['dl']
    p = get(st, 'P')[0]
    if not dl:
        return p
    return dl + p if dl.endswith('--') else dl + ' ' + p


def expected(st):
    """The expected body: highlights, the dateline with the first paragraph, paragraphs, subheads, list items
    and table rows in reading order."""
    out, first = [], True
    for c, v in st['items']:
        if c == 'HL':
            out.append(v)
        elif c == 'P':
            out.append(first_para(st) if first else v)
            first = False
        elif c in ('H', 'LI'):
            out.append(v)
        elif c == 'TR':
            out.append(' '.join(v.split(';;')))
    return '\n\n'.join(out) + '\n'


def body_blocks(st, dl_html=None, sub_tag='h3', p_attr='', table_cls='financial', li_tag='ul'):
    """The body items as HTML blocks: highlights list, paragraphs (the first with its dateline, wrapped as
    dl_html says), subheads, lists and tables."""
    out, first, i, items = [], True, 0, st['items']
    while i < len(items):
        c, v = items[i]
        if c == 'HL':
            hl = []
            while i < len(items) and items[i][0] == 'HL':
                hl.append(items[i][1]); i += 1
            out.append('<ul class="highlights">%s</ul>' % ''.join('<li>%s</li>' % E(h) for h in hl))
            continue
        if c == 'P':
            if first and st['dl']:
                sep = '' if st['dl'].endswith('--') else ' '
                dl = (dl_html or '%s') % E(st['dl'])
                out.append('<p%s>%s%s%s</p>' % (p_attr, dl, sep, E(v)))
            else:
                out.append('<p%s>%s</p>' % (p_attr, E(v)))
            first = False
        elif c == 'H':
            out.append('<%s>%s</%s>' % (sub_tag, E(v), sub_tag) if sub_tag != 'pb' else '<p><strong>%s</strong></p>' % E(v))
        elif c == 'LI':
            li = []
            while i < len(items) and items[i][0] == 'LI':
                li.append(items[i][1]); i += 1
            out.append('<%s>%s</%s>' % (li_tag, ''.join('<li>%s</li>' % E(x) for x in li), li_tag))
            continue
        elif c == 'TR':
            rows = []
            while i < len(items) and items[i][0] == 'TR':
                rows.append(items[i][1].split(';;')); i += 1
            head = '<tr>%s</tr>' % ''.join('<th>%s</th>' % E(x) for x in rows[0])
            body = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(x) for x in r) for r in rows[1:])
            out.append('<table class="%s" cellpadding="2" cellspacing="0" border="0"><thead>%s</thead><tbody>%s</tbody></table>' % (
                table_cls, head, body))
            continue
        i += 1
    return out


def abouts(st, head='h3'):
    out = []
    for v in get(st, 'ABOUT'):
        h, _, t = v.partition('|')
        if head == 'bold':
            out.append('<p><strong>%s</strong><br />%s</p>' % (E(h), E(t)))
        elif head == 'inline':
            out.append('<p><strong>%s:</strong> %s</p>' % (E(h), E(t)))
        else:
            out.append('<%s>%s</%s><p>%s</p>' % (head, E(h), head, E(t)))
    return ''.join(out)


def safe(st, label_bold=True):
    out = []
    for v in get(st, 'SAFE'):
        h, sep, t = v.partition(': ')
        if sep and label_bold:
            out.append('<p><strong>%s:</strong> %s</p>' % (E(h), E(t)))
        else:
            out.append('<p><em>%s</em></p>' % E(v))
    return ''.join(out)


def contact(st, tag='p'):
    out = []
    for v in get(st, 'CONTACT'):
        out.append('<%s class="contact">%s</%s>' % (tag, '<br />'.join(E(x) for x in v.split(';;')), tag))
    return ''.join(out)


def notes(st, head='Notes to editors'):
    ns = [x for v in get(st, 'NOTES') for x in v.split(';;')]
    if not ns:
        return ''
    return '<h3>%s</h3><ol>%s</ol>' % (head, ''.join('<li>%s</li>' % E(n) for n in ns))


OTHER = ['Annual Meeting of Shareholders Scheduled for May', 'Company Completes Upgrade of Customer Service Center',
         'Quarterly Results Conference Call Scheduled', 'Board Elects Two New Directors', 'New Office Opens Downtown',
         'Company Named to List of Top Employers for Third Year', 'Statement on Regional Storm Response',
         'Winter Safety Tips for Customers', 'Scholarship Program Opens Applications', 'Community Grants Awarded to 24 Groups']


def related(n=4, heading='Related releases', tag='h3', dates=True, base=2008):
    rs = random.sample(OTHER, n)
    return '<div class="related"><%s>%s</%s><ul>%s</ul></div>' % (tag, heading, tag, ''.join(
        '<li><a href="/news/%s">%s</a>%s</li>' % (slug(r), E(r), (' <span class="date">%s</span>' % d_num(
            '%d-%02d-%02d' % (base + random.randint(0, 6), random.randint(1, 12), random.randint(1, 28)))) if dates else '')
        for r in rs))


def archive_years(lo=2008, hi=2015, head='Release Archive'):
    return '<div class="archive"><h4>%s</h4><ul>%s</ul></div>' % (head, ''.join(
        '<li><a href="/news/archive/%d">%d</a></li>' % (y, y) for y in range(hi, lo - 1, -1)))


def ul_links(items, cls):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))


def doctype_xhtml():
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n')


def ga(ua):
    return ('<script type="text/javascript">var _gaq = _gaq || [];_gaq.push([\'_setAccount\', \'UA-%d-1\']);_gaq.push([\'_trackPageview\']);'
            '(function(){var ga=document.createElement(\'script\');ga.async=true;ga.src=(\'https:\'==document.location.protocol?\'https://ssl\':\'http://www\')+\'.google-analytics.com/ga.js\';'
            'var s=document.getElementsByTagName(\'script\')[0];s.parentNode.insertBefore(ga,s);})();</script>\n') % ua


def addthis():
    return ('<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_email"></a><a class="addthis_button_print"></a>'
            '<a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_compact">Share</a></div>'
            '<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4d2b47a5"></script>')


# ---------------------------------------------------------------- templates

def t_aspnet(st, n):
    """ASP.NET WebForms utility newsroom: __VIEWSTATE form, ctl00_ ids, breadcrumb, tools row with
    'Printer-friendly version | Download PDF', release body in a label; harder (brbody): the whole release
    is one span with <br /><br /> parts, 'FOR IMMEDIATE RELEASE' and the contact over it and '###' in it."""
    org = st['org']
    vs = ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(180))
    if 'brbody' in st['hard']:
        parts = ['<strong>FOR IMMEDIATE RELEASE</strong>', E(d_long(st['when'])), '<br />'.join(
            E(x) for x in get(st, 'CONTACT')[0].split(';;'))]
        parts.append('<strong>%s</strong>' % E(st['title']))
        for k, p in enumerate(get(st, 'P')):
            parts.append(E(first_para(st)) if k == 0 else E(p))
        parts.append('###')
        for v in get(st, 'ABOUT'):
            h, _, t = v.partition('|')
            parts.append('<strong>%s</strong><br />%s' % (E(h), E(t)))
        body = '<span id="ctl00_ContentPlaceHolder1_lblBody">%s</span>' % '<br /><br />'.join(parts)
        head = '<span id="ctl00_ContentPlaceHolder1_lblDate" class="release-date">%s</span>' % d_num(st['when'])
    else:
        blocks = body_blocks(st, sub_tag='pb')
        body = ('<div id="ctl00_ContentPlaceHolder1_pnlBody" class="release-body">%s<p align="center">###</p>%s%s</div>') % (
            ''.join(blocks), abouts(st, 'bold'), contact(st))
        head = ('<span id="ctl00_ContentPlaceHolder1_lblDate" class="release-date">%s</span>'
                '<h1 id="ctl00_ContentPlaceHolder1_lblTitle">%s</h1>%s') % (
            d_long(st['when']), E(st['title']), ''.join('<h2 class="subtitle"><em>%s</em></h2>' % E(s) for s in get(st, 'SUB')))
    return (doctype_xhtml() +
            '<head id="ctl00_Head1"><title>\n\t%s | Newsroom | %s\n</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<meta name="keywords" content="news releases, %s" /><link href="/App_Themes/Default/main.css" type="text/css" rel="stylesheet" />'
            '<script type="text/javascript" src="/ScriptResource.axd?d=%x"></script></head>\n'
            '<body><form name="aspnetForm" method="post" action="release.aspx?id=%d" id="aspnetForm">\n'
            '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDw%s" /></div>\n'
            '<script type="text/javascript">//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];function __doPostBack(eventTarget, eventArgument) {theForm.__EVENTTARGET.value = eventTarget;theForm.submit();}\n//]]></script>\n'
            '<div id="header"><a href="/" id="ctl00_hlLogo"><img src="/images/logo.gif" alt="%s" /></a>'
            '<div id="utility"><a href="/outages">Report an Outage</a> | <a href="/myaccount/login.aspx">My Account</a> | <a href="/contact">Contact Us</a></div>'
            '<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="Search" /></div>\n'
            '<div id="menu">%s</div>\n<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/newsroom">Newsroom</a> &gt; <a href="/newsroom/releases.aspx">News Releases</a></div>\n'
            '<table id="layout" width="960" cellpadding="0" cellspacing="0"><tr><td id="leftnav" valign="top" width="200">'
            '<h3>Newsroom</h3>%s%s</td>\n<td id="content" valign="top">\n%s\n'
            '<div class="tools"><a href="release_print.aspx?id=%d" target="_blank">Printer-friendly version</a> | <a href="/pdf/releases/%d.pdf">Download PDF</a> | '
            '<a href="mailto:?subject=%s">E-mail this page</a></div>\n%s\n'
            '<div class="backlink"><a href="/newsroom/releases.aspx">&laquo; Back to News Releases</a></div></td></tr></table>\n'
            '<div id="footer"><a href="/privacy.aspx">Privacy Policy</a> | <a href="/terms.aspx">Terms of Use</a> | <a href="/sitemap.aspx">Site Map</a>'
            '<br />&copy; %d %s. All rights reserved.</div>\n'
            '<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEW%s" /></div></form>%s</body></html>\n') % (
        E(st['title']), E(org), E(org), random.getrandbits(40), n * 37 + 1000, vs, E(org),
        ul_links(['Home', 'Residential', 'Business', 'Outages', 'Conservation', 'About Us', 'Newsroom'], 'menu'),
        ul_links(['News Releases', 'Media Kit', 'Photo Library', 'Media Contacts', 'Storm Center'], 'subnav'),
        archive_years(2005, int(st['when'][:4])), head, n * 37 + 1000, n * 37 + 1000, E(st['title']), body,
        int(st['when'][:4]), E(org), vs[:60], ga(1234560 + n))


def t_sharepoint(st, n):
    """SharePoint 2010 publishing page: s4 ribbon and workspace, a 'Page Content' rich-text field, the date
    in an 'ArticleStartDate' field, a related-links web part; harder (split): two rich-text fields with a
    picture and its caption between them."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3', p_attr=' class="ms-rteElement-P"')
    tail = '<p>-30-</p>%s%s%s' % (abouts(st, 'h4'), safe(st), contact(st))
    if 'split' in st['hard']:
        half = 3
        field = ('<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">%s</div>'
                 '<div class="article-image"><img src="/PublishingImages/news/bow-river-washout.jpg" alt="" />'
                 '<div class="ms-rteStyle-Caption">Crews rebuild the embankment west of Canmore on June 1. (Photo: Meridian Rail Freight)</div></div>'
                 '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field">%s%s</div>') % (
            ''.join(blocks[:half]), ''.join(blocks[half:]), tail)
    else:
        field = '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">%s%s</div>' % (
            ''.join(blocks), tail)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html dir="ltr" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>%s</title><link rel="stylesheet" type="text/css" href="/_layouts/1033/styles/Themable/corev4.css?rev=Yz" />'
            '<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "\\u002fnews", webLanguage: 1033, currentLanguage: 1033, pageListId: "{%x}", pageItemId: %d};</script>'
            '<script type="text/javascript" src="/_layouts/sp.js"></script></head>\n'
            '<body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" class="v4master"><form name="aspnetForm" method="post" action="/news/Pages/%s.aspx" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIF" />\n'
            '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"></div></div>\n'
            '<div id="s4-workspace"><div id="s4-bodyContainer">\n'
            '<div id="header"><a href="/"><img src="/Style%%20Library/Images/logo.png" alt="%s" /></a>%s'
            '<div class="search"><input type="text" title="Search this site..." /><a href="#">Search</a></div></div>\n'
            '<div class="breadcrumb"><span><a href="/">Home</a></span><span> &gt; </span><span><a href="/news">News Centre</a></span><span> &gt; </span><span>News Releases</span></div>\n'
            '<div id="MSO_ContentTable"><div class="article article-body">'
            '<div class="ms-WPBody"><h1 class="ms-pagetitle">%s</h1>'
            '<div class="date-line"><span id="ctl00_PlaceHolderMain_ArticleStartDate">%s</span></div>\n%s\n'
            '</div></div>\n<div class="right-col"><div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle">Related Links</h3></div>%s'
            '<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle">News Releases</h3></div>%s</div></div>\n'
            '<div id="footer"><a href="/legal">Legal</a> | <a href="/privacy">Privacy</a> | <a href="/careers">Careers</a> | &copy; %s %d</div>\n'
            '</div></div></form></body></html>\n') % (
        E(st['title']), random.getrandbits(64), n, slug(st['title']), E(org),
        ul_links(['About Us', 'Customers', 'Investors', 'Safety', 'Sustainability', 'News Centre', 'Careers'], 'topnav'),
        E(st['title']), d_num(st['when']), field,
        ul_links(['Investor Relations', 'Media Kit', 'Photo Gallery', 'Network Map'], 'dfwp-list'),
        related(4, 'Recent News', 'h4', True, 2009), E(org), int(st['when'][:4]))


def t_ektron(st, n):
    """Ektron CMS insurer newsroom: ektron content block, a 'Share This' bar, 'Print | Email' tools,
    'Other news' list; harder (archive): the newsroom lists the year's releases under the release."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h4')
    arch = ''
    if 'archive' in st['hard']:
        y = st['when'][:4]
        arch = ('<div class="news-archive"><h2>%s News Releases</h2><table class="newslist">%s</table>'
                '<div class="pager">Page: <a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next &gt;</a></div>%s</div>') % (
            y, ''.join('<tr><td class="date">%s</td><td><a href="/newsroom/%s">%s</a></td></tr>' % (
                d_ap('%s-%02d-%02d' % (y, 10 - k, 20 - k * 2)), slug(t), E(t)) for k, t in enumerate(OTHER[:8])),
            archive_years(2006, int(y), 'Archive by Year'))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s - %s</title><meta http-equiv="content-type" content="text/html; charset=UTF-8" />'
            '<meta name="description" content="%s" /><link href="/WorkArea/csslib/ektron.css" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>\n<body>'
            '<form method="post" action="/newsroom/release.aspx?id=%d" id="form1"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2" />\n'
            '<div id="wrapper"><div id="top"><a class="logo" href="/">%s</a><ul class="top-links"><li><a href="/agents">Find an Agent</a></li>'
            '<li><a href="/claims">Report a Claim</a></li><li><a href="/pay">Pay My Bill</a></li></ul></div>\n'
            '<div id="nav">%s</div>\n<div id="main"><div id="leftcol"><h3>About Us</h3>%s</div>\n<div id="centercol">'
            '<div class="crumbs"><a href="/">Home</a> / <a href="/about">About Us</a> / <a href="/newsroom">Newsroom</a></div>\n'
            '<div class="tools"><a href="javascript:window.print()">Print</a> | <a href="/email.aspx">Email</a> | <a href="/rss/news.xml">RSS</a></div>\n'
            '<div id="ctl00_cphMain_ContentBlock1"><h1>%s</h1><p class="newsdate"><em>%s</em></p>\n%s\n'
            '<p>###</p>%s%s</div>\n<div class="sharethis"><span>Share This:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>\n%s</div>\n'
            '<div id="rightcol"><div class="box"><h3>Media Contacts</h3><p>Greg Adair<br />860-555-0163</p></div><div class="box"><h3>Other News</h3>%s</div></div></div>\n'
            '<div id="footer"><p>&copy; %d %s. Products underwritten by Harlow &amp; Pike companies. Not available in all states.</p>'
            '<a href="/legal">Legal Notices</a> | <a href="/privacy">Privacy</a></div></div></form>%s</body></html>\n') % (
        E(st['title']), E(org), E(get(st, 'P')[0][:150]), n, E(org),
        ul_links(['Auto', 'Home', 'Life', 'Business', 'Claims', 'About Us'], 'nav'),
        ul_links(['Company Overview', 'Leadership', 'Newsroom', 'Community', 'Careers'], 'sub'),
        E(st['title']), d_long(st['when']), ''.join(blocks), abouts(st, 'h4'), contact(st), arch,
        ul_links(random.sample(OTHER, 3), 'other'), int(st['when'][:4]), E(org), ga(2223330 + n))


def t_dnn(st, n):
    """DotNetNuke hospital site: skin panes, a Text/HTML module holding title, date and release, module
    title 'News Release', 'Print' action, a news-articles module listing other stories."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-US" lang="en-US"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
            '<title>\r\n\t%s &gt; News &gt; %s\r\n</title><meta id="MetaDescription" name="DESCRIPTION" content="%s" />'
            '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" />'
            '<script src="/js/dnncore.js" type="text/javascript"></script></head>\n<body id="Body"><form name="Form" method="post" action="/News/tabid/%d/Default.aspx" id="Form" enctype="multipart/form-data">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTE5" />\n'
            '<div id="dnn_ControlPanel"></div><div class="skin"><div class="header"><a id="dnn_dnnLOGO_hypLogo" href="/"><img src="/Portals/0/logo.jpg" alt="%s" /></a>'
            '<span class="phone">Main: 920-555-0100</span><a href="/FindaDoctor">Find a Doctor</a> <a href="/Locations">Locations</a> <a href="/PayMyBill">Pay My Bill</a></div>\n'
            '<div id="dnn_dnnNAV_ctldnnNAV" class="menu">%s</div>\n<div id="dnn_dnnBREADCRUMB_lblBreadCrumb" class="breadcrumb"><a href="/">Home</a> &gt; <a href="/About">About Us</a> &gt; <a href="/News">News</a></div>\n'
            '<div id="dnn_LeftPane" class="leftpane"><div class="DnnModule"><span class="Head">News</span>%s</div></div>\n'
            '<div id="dnn_ContentPane" class="contentpane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-%d"><a name="%d"></a>'
            '<div class="c_head"><h2 class="c_title"><span id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">News Release</span></h2>'
            '<a href="/tabid/%d/ctl/Print/mid/%d/Default.aspx" class="CommandButton">Print</a></div>\n'
            '<div id="dnn_ctr%d_ContentPane" class="c_content"><div id="dnn_ctr%d_ModuleContent"><div id="dnn_ctr%d_HtmlModule_lblContent" class="Normal">'
            '<p><strong>FOR IMMEDIATE RELEASE</strong><br />%s</p><h1>%s</h1>\n%s\n<p style="text-align:center">###</p>%s</div></div></div></div>\n'
            '<div class="DnnModule"><span class="Head">More News</span>%s</div></div>\n'
            '<div id="dnn_RightPane" class="rightpane"><div class="DnnModule"><span class="Head">Upcoming Classes</span><ul><li><a href="/Classes">Childbirth Preparation</a></li>'
            '<li><a href="/Classes">Diabetes Education</a></li><li><a href="/Classes">CPR for Family and Friends</a></li></ul></div></div>\n'
            '<div class="footer"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright %d by %s</span> <a id="dnn_dnnTERMS_hypTerms" class="Footer" href="/Terms">Terms Of Use</a> '
            '<a id="dnn_dnnPRIVACY_hypPrivacy" class="Footer" href="/Privacy">Privacy Statement</a> <a id="dnn_dnnLOGIN_loginLink" class="Footer" href="/Login">Login</a></div></div>'
            '<input name="ScrollTop" type="hidden" id="ScrollTop" /></form></body></html>\n') % (
        E(org), E(st['title']), E(get(st, 'P')[0][:150]), 80 + n, E(org),
        ul_links(['Home', 'Find a Doctor', 'Services', 'Locations', 'Patients & Visitors', 'About Us', 'Careers'], 'dnnmenu'),
        ul_links(['News Releases', 'Media Guidelines', 'Annual Report', 'Oakfield Magazine'], 'newsnav'),
        400 + n, 400 + n, 400 + n, 80 + n, 400 + n, 400 + n, 400 + n, 400 + n, d_long(st['when']), E(st['title']),
        ''.join(blocks), contact(st), related(3, 'More News', 'span', True, 2010), int(st['when'][:4]), E(org))


def t_wp(st, n):
    """Early WordPress company newsroom (2010-2013): a 'Press Releases' category post, 'Posted on … by
    admin', sociable 'Share and Enjoy:' links, 'Filed under: Press Releases', previous/next post links,
    'Related releases' plugin list, comments closed."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US"><head profile="http://gmpg.org/xfn/11">'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>%s | %s Press Room</title>'
            '<link rel="stylesheet" href="http://press.fenwickoutdoor.example.com/wp-content/themes/pressroom/style.css" type="text/css" media="screen" />'
            '<link rel="alternate" type="application/rss+xml" title="%s Press Room RSS Feed" href="/feed/" />'
            '<meta name="generator" content="WordPress 3.%d" /></head>\n<body class="single single-post postid-%d">'
            '<div id="page"><div id="header"><h1><a href="/">%s Press Room</a></h1><div class="description">News and media resources from %s</div></div>\n'
            '<div id="navigation">%s</div>\n<div id="content" class="narrowcolumn"><div class="post" id="post-%d">'
            '<h2>%s</h2><small>Posted on %s by admin</small>\n<div class="entry">\n%s\n<p>###</p>\n%s%s\n'
            '<div class="sociable"><div class="sociable_tagline"><strong>Share and Enjoy:</strong></div><ul><li><a href="#">Print</a></li>'
            '<li><a href="#">email</a></li><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">del.icio.us</a></li></ul></div>\n'
            '</div>\n<p class="postmetadata">Filed under: <a href="/category/press-releases/" rel="category tag">Press Releases</a> | Comments Closed</p>\n'
            '%s</div>\n<div class="navigation"><div class="alignleft">&laquo; <a href="/%s">%s</a></div><div class="alignright"><a href="/%s">%s</a> &raquo;</div></div>\n'
            '<p class="nocomments">Comments are closed.</p></div>\n'
            '<div id="sidebar"><ul><li><h2>Media Contact</h2><p>Lisa Moreno<br />press@fenwickoutdoor.example.com</p></li>'
            '<li><h2>Archives</h2><ul>%s</ul></li><li><h2>Categories</h2><ul><li><a href="#">Awards</a> (6)</li><li><a href="#">Press Releases</a> (48)</li>'
            '<li><a href="#">Product News</a> (21)</li></ul></li></ul></div>\n'
            '<div id="footer"><p>%s Press Room is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div></div>%s</body></html>\n') % (
        E(st['title']), E(org), E(org), n % 6, 100 + n, E(org), E(org),
        ul_links(['Home', 'Press Releases', 'Media Kit', 'Product Images', 'Awards', 'Contact'], 'menu'), 100 + n,
        E(st['title']), d_long(st['when']), ''.join(blocks), abouts(st, 'h4'), contact(st),
        related(3, 'Related releases:', 'h4', False), slug(OTHER[n % 10]), E(OTHER[n % 10]), slug(OTHER[(n + 3) % 10]),
        E(OTHER[(n + 3) % 10]), ''.join('<li><a href="/%d/%02d/">%s %d</a></li>' % (int(st['when'][:4]), m, MONTHS[m - 1], int(st['when'][:4]))
                                         for m in range(ymd(st['when'])[1], 0, -1)), E(org), ga(3334440 + n))


def t_drupal6(st, n):
    """Drupal 6 county government site: Garland-like blocks, node of type 'news_release' with a
    'Release date:' field, 'Printer-friendly version' link, 'Contact:' field, taxonomy terms, 'Share' and
    quick-links blocks."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>%s | %s</title><link type="text/css" rel="stylesheet" media="all" href="/sites/default/files/css/css_%x.css" />'
            '<script type="text/javascript" src="/misc/jquery.js?K"></script><script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath": "/"});</script></head>\n'
            '<body class="sidebars"><div id="header-region" class="clear-block"></div><div id="wrapper"><div id="container" class="clear-block">'
            '<div id="header"><div id="logo-floater"><h1><a href="/" title="%s"><img src="/sites/all/themes/county/logo.png" alt="%s" /><span>%s</span></a></h1></div>%s</div>\n'
            '<div id="sidebar-left" class="sidebar"><div id="block-menu-primary-links" class="block block-menu"><h2>Departments</h2>%s</div>'
            '<div class="block block-block"><h2>Quick Links</h2>%s</div></div>\n'
            '<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">'
            '<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News Releases</a></div><h2>%s</h2>'
            '<div class="clear-block"><div id="node-%d" class="node">'
            '<div class="content"><div class="field field-type-date field-field-release-date"><div class="field-label">Release date:&nbsp;</div>'
            '<div class="field-items"><div class="field-item odd"><span class="date-display-single">%s</span></div></div></div>\n'
            '<p><strong>FOR IMMEDIATE RELEASE</strong></p>%s\n'
            '<div class="field field-type-text field-field-contact"><div class="field-label">Contact:&nbsp;</div><div class="field-items"><div class="field-item odd">%s</div></div></div></div>\n'
            '<div class="terms terms-inline"><ul class="links inline"><li class="taxonomy_term_%d first"><a href="/taxonomy/term/%d" rel="tag">%s</a></li></ul></div>\n'
            '<div class="links"><ul class="links inline"><li class="print_html first"><a href="/print/%d" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li>'
            '<li class="print_mail last"><a href="/printmail/%d" class="print-mail" rel="nofollow">Send to friend</a></li></ul></div></div></div>\n'
            '<div id="footer"><p>%s Government Center &middot; 100 Main Street &middot; Hillsdale &middot; 555-0100</p><p>Hours: Monday-Friday, 8 a.m.-4:30 p.m.</p></div>'
            '</div></div></div></div>\n<div id="sidebar-right" class="sidebar"><div class="block"><h2>Recent News Releases</h2>%s</div>'
            '<div class="block"><h2>Share</h2>%s</div></div></div></div></body></html>\n') % (
        E(st['title']), E(org), random.getrandbits(64), E(org), E(org), E(org),
        ul_links(['Residents', 'Business', 'Government', 'Visitors', 'Online Services'], 'links primary-links'),
        ul_links(['Assessor', 'Board of Supervisors', 'Clerk', 'Health Department', 'Public Works', 'Sheriff'], 'menu'),
        ul_links(['Pay Property Taxes', 'Jobs', 'Agendas & Minutes', 'Road Conditions'], 'menu'),
        E(st['title']), 1200 + n, d_num(st['when']), ''.join(blocks), '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].replace('Contact: ', '').split(', ')),
        n, n, 'Health' if 'Flu' in st['title'] else 'Public Works', 1200 + n, 1200 + n, E(org),
        related(4, 'Recent News Releases', 'span', False), addthis())


def t_d7univ(st, n):
    """Drupal 7 university news site: field-name-body, a 'Media contact' field printed over the release,
    date in a 'submitted' span, 'Related news' view; harder (pullquote): a pull quote repeating a quote
    in an aside inside the body, and the release's tags row."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h2')
    if 'pullquote' in st['hard']:
        q = '"Many veterans wait years for a decision on an appeal and never get help with the paperwork."'
        blocks.insert(3, '<aside class="pullquote"><blockquote><p>%s</p><cite>Angela Ruiz, clinic director</cite></blockquote></aside>' % E(q))
    cont = get(st, 'CONTACT')[0].replace('Media contact: ', '')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"><head profile="http://www.w3.org/1999/xhtml/vocab">'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link rel="shortlink" href="/node/%d" />'
            '<meta property="og:title" content="%s" /><meta property="article:published_time" content="%sT09:00:00-05:00" />'
            '<title>%s | University of Eastbrook News</title><style type="text/css" media="all">@import url("/modules/system/system.base.css?m");</style>'
            '<script type="text/javascript" src="/misc/drupal.js?m"></script></head>\n'
            '<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-%d node-type-news-release">'
            '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>\n'
            '<div id="page"><div id="univ-bar"><a href="/">University of Eastbrook</a> <a href="/apply">Apply</a> <a href="/give">Give</a> <a href="/directory">Directory</a></div>'
            '<div id="header"><div class="site-name"><a href="/news">University News</a></div>%s</div>\n'
            '<div id="main"><div id="content" class="column"><a id="main-content"></a><h1 class="title" id="page-title">%s</h1>'
            '<div id="node-%d" class="node node-news-release node-full clearfix" about="/news/%s" typeof="sioc:Item foaf:Document">'
            '<div class="submitted"><span property="dc:date dc:created" content="%sT09:00:00-05:00" datatype="xsd:dateTime">%s</span></div>'
            '<div class="field field-name-field-media-contact field-type-text"><div class="field-label">Media contact:&nbsp;</div><div class="field-items"><div class="field-item even">%s</div></div></div>'
            '<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">\n'
            '%s\n<p>-30-</p>%s</div></div></div>'
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div>'
            '<div class="field-items"><div class="field-item even"><a href="/news/tags/research">Research</a></div><div class="field-item odd"><a href="/news/tags/%s">%s</a></div></div></div>'
            '</div><ul class="links inline"><li class="print_html first last"><a href="/print/%d" rel="nofollow">Printer-friendly version</a></li></ul></div></div>\n'
            '<div class="region region-sidebar-second"><div class="block block-views"><h2>Related news</h2>%s</div>'
            '<div class="block"><h2>For Journalists</h2><p>Find an expert, request a photo or reach University Communications at 614-555-0130.</p></div></div></div>\n'
            '<div id="footer"><p>University of Eastbrook &middot; 1 University Drive &middot; Eastbrook, OH 45701 &middot; &copy; %d</p></div></div>%s</body></html>\n') % (
        5000 + n, E(st['title']), st['when'], E(st['title']), 5000 + n,
        ul_links(['News Releases', 'Research News', 'Experts Guide', 'Photos', 'Eastbrook Magazine', 'Events'], 'menu'),
        E(st['title']), 5000 + n, slug(st['title']), st['when'], d_long(st['when']), E(cont), ''.join(blocks), abouts(st, 'h3'),
        'college-of-law' if 'Law' in st['title'] or 'Legal' in st['title'] else 'education', 'Campus', 5000 + n,
        related(3, 'Related news', 'span', True, 2011), int(st['when'][:4]), ga(4445550 + n))


def t_bwir(st, n):
    """IR vendor 'News Release Details' page (Business-Wire-hosted IR site): ccbn-like tables, 'Print Page |
    E-mail Page | RSS Feeds | E-mail Alerts' tools, the release's date and title header, 'Back'; harder
    (releasetools): 'Download PDF', 'Printer-friendly version' and a 'Related Documents' list inside the
    release container, and a 'Related releases' table after it."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='pb', table_cls='bwtablemarginb')
    inner = '%s%s%s<p>%s</p>' % (''.join(blocks), safe(st), abouts(st, 'bold'), '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;')))
    pre = post = ''
    if 'releasetools' in st['hard']:
        pre = ('<div class="release-tools"><a href="/file.aspx?IID=%d&amp;FID=%d">Download PDF</a> | '
               '<a href="/phoenix.zhtml?c=%d&amp;p=irol-newsArticle_print&amp;ID=%d">Printer-friendly version</a></div>') % (n, n * 7, n, n * 11)
        post = ('<div class="related-docs"><b>Related Documents:</b><ul><li><a href="#">Merger Presentation (PDF)</a></li>'
                '<li><a href="#">Form 8-K</a></li></ul></div>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head><title>%s - Investor Relations - News Release</title>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link rel="stylesheet" href="/client/%d/style.css" type="text/css">'
            '<script language="JavaScript" src="/js/ccbnUtil.js"></script></head>\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
            '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td class="header"><a href="http://www.palisadebank.example.com/"><img src="/client/%d/logo.gif" border="0" alt="%s"></a>'
            ' <a href="/">Personal</a> | <a href="/">Business</a> | <a href="/">Wealth</a> | <a href="/">About Us</a></td></tr></table>\n'
            '<table width="960" border="0" cellspacing="0" cellpadding="0"><tr><td width="180" valign="top" class="ccbnBgLeftNav">'
            '<table class="leftnav"><tr><td><a href="#">Corporate Profile</a></td></tr><tr><td><a href="#">News Releases</a></td></tr><tr><td><a href="#">Events &amp; Presentations</a></td></tr>'
            '<tr><td><a href="#">Stock Information</a></td></tr><tr><td><a href="#">Financial Information</a></td></tr><tr><td><a href="#">SEC Filings</a></td></tr>'
            '<tr><td><a href="#">Corporate Governance</a></td></tr><tr><td><a href="#">Information Request</a></td></tr><tr><td><a href="#">E-mail Alerts</a></td></tr></table></td>\n'
            '<td valign="top" class="ccbnBgContent"><span class="ccbnTtl">News Release</span>\n'
            '<table class="ccbnTbl" width="100%%"><tr><td class="ccbnTxt"><a href="#" onclick="window.print()">Print Page</a> | <a href="#">E-mail Page</a> | '
            '<a href="/rss">RSS Feeds</a> | <a href="#">E-mail Alerts</a></td></tr>\n'
            '<tr><td class="ccbnBgTblTtl"><span class="ccbnTblTtl">%s</span></td></tr>'
            '<tr><td class="ccbnBgTblTtl"><span class="ccbnTblTtl"><b>%s</b></span></td></tr>\n'
            '<tr><td class="ccbnTxt">%s<div id="ccbnRelease">%s</div>%s<p><a href="javascript:history.back()">&laquo; Back</a></p></td></tr></table>\n'
            '%s</td></tr></table>\n<table width="100%%"><tr><td class="ccbnTxtSmall">Powered by <a href="#">CCBN</a>. Copyright &copy; %d %s. All rights reserved. '
            '<a href="#">Terms of Use</a> | <a href="#">Privacy Policy</a></td></tr></table></body></html>\n') % (
        E(org), 72000 + n, 72000 + n, E(org), d_long(st['when']).replace(' ', ' '), E(st['title']), pre, inner, post,
        ('<table class="ccbnTbl related"><tr><td class="ccbnBgTblTtl"><span class="ccbnTblTtl">Related releases</span></td></tr>%s</table>' % ''.join(
            '<tr><td class="ccbnTxt">%s <a href="#">%s</a></td></tr>' % (d_num('2012-0%d-1%d' % (k + 1, k)), E(t)) for k, t in enumerate(OTHER[:4]))) if st['hard'] else '',
        int(st['when'][:4]), E(org))


def t_q4ir(st, n):
    """Q4-like IR site 'News Release Details': module_date-time, module_headline, 'Download PDF' and
    'Printer Friendly Version' links over module_body, 'View all news' link, stock quote widget,
    email-alert signup; harder (inlineabout): the About paragraph begins with the heading in the same
    paragraph, and the contacts sit in a table."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='pb', table_cls='q4table')
    if 'inlineabout' in st['hard']:
        ab = abouts(st, 'inline')
        tail = safe(st) + ab + ('<table class="contacts"><tr><td>%s</td></tr></table>' % '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;')))
    else:
        tail = abouts(st, 'bold') + safe(st) + contact(st)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />'
            '<title>%s - %s</title><meta name="description" content="%s" /><link rel="stylesheet" href="/design/css/q4.css" />'
            '<script src="//ajax.googleapis.com/ajax/libs/jquery/1.9.1/jquery.min.js"></script><script src="/js/q4.client.js"></script></head>\n'
            '<body class="PageNewsReleaseDetails"><form method="post" action="./news-release-details" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPaA8FDzhk" />\n'
            '<div class="layout"><header class="layout_header"><a class="logo" href="/">%s</a><nav class="nav">%s</nav>'
            '<div class="stock-header">NASDAQ: TLPH <span class="price">$%0.2f</span> <span class="change">+0.%02d</span></div></header>\n'
            '<div class="layout_content"><div class="pane pane--left">%s</div><div class="pane pane--content">'
            '<div class="module module-details"><div class="module_container module_container--outer"><h2 class="module_title">News Release Details</h2>'
            '<div class="module_date-time"><span class="module_date-text">%s</span></div><h3 class="module_headline">%s</h3>'
            '<div class="module_links"><a class="module_link module_link-download" href="/files/doc_news/%d.pdf">Download PDF</a> '
            '<a class="module_link module_link-print" href="#">Printer Friendly Version</a></div>'
            '<div class="module_body">\n%s\n%s</div>'
            '<div class="module_back"><a href="/news-events/press-releases">View all news</a></div></div></div>\n'
            '<div class="module module-email-alerts"><h2 class="module_title">Email Alerts</h2><p>Sign up to receive email alerts whenever Tallis Pharmaceuticals posts new information to the site.</p>'
            '<input type="text" placeholder="Email Address" /><input type="submit" value="Sign Up" /></div></div></div>\n'
            '<footer class="layout_footer"><p>&copy; %d %s. All Rights Reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/sitemap">Site Map</a> <span>Powered By Q4 Inc.</span></footer></div></form></body></html>\n') % (
        E(st['title']), E(org), E(get(st, 'P')[0][:150]), E(org),
        ul_links(['About Us', 'Pipeline', 'Patients', 'Investors', 'News', 'Careers'], 'nav_list'), 20 + n * 0.37, n,
        ul_links(['Press Releases', 'Events & Presentations', 'Stock Information', 'Financial Information', 'SEC Filings', 'Governance'], 'nav--secondary'),
        d_ap(st['when']), E(st['title']), 3000 + n, ''.join(blocks), tail, int(st['when'][:4]), E(org))


def t_cision(st, n):
    """Cision/Marketwire-hosted newsroom of a junior miner: the newswire header ('Source: X', the date),
    release text, 'Contact Information' heading, 'Related releases' with dates and a share row."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='pb', table_cls='drill')
    ab = abouts(st, 'bold')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<title>%s: %s</title><link rel="stylesheet" href="/css/newsroom.css" type="text/css" /></head>\n'
            '<body><div id="container"><div id="masthead"><img src="/images/kestrel-logo.png" alt="%s" /><ul class="tabs"><li><a href="/">Home</a></li>'
            '<li><a href="/projects">Projects</a></li><li class="current"><a href="/news">News</a></li><li><a href="/investors">Investors</a></li><li><a href="/contact">Contact</a></li></ul></div>\n'
            '<div id="newsroom"><div class="news-header"><div class="source">Source: %s</div><div class="release-date">%s %s ET</div>'
            '<h1>%s</h1></div>\n<div class="news-body">\n%s\n%s%s\n<p><b>Contact Information</b></p>%s</div>\n'
            '<div class="share"><span>Share:</span> <a href="#">Email</a> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>\n'
            '%s<div class="news-footer"><p>Distributed by Marketwire. The issuer is solely responsible for the content of this announcement.</p></div></div>\n'
            '<div id="sidebar"><h3>Stock Info</h3><p>TSX-V: KMC</p><h3>Subscribe</h3><p>Receive news releases by email.</p><input type="text" /><input type="submit" value="Subscribe" /></div>\n'
            '<div id="footer">&copy; %d %s</div></div></body></html>\n') % (
        E(org), E(st['title']), E(org), E(org), d_long(st['when']), '%02d:%02d' % (6 + n % 4, 30), E(st['title']),
        ''.join(blocks), ab, safe(st, False), contact(st), related(3, 'Related releases', 'h3', True, 2010), int(st['when'][:4]), E(org))


def t_usgov(st, n):
    """US government agency news release (2010-2015): 'News Release' label, 'FOR IMMEDIATE RELEASE' and date,
    'Contact:' line, '###', a 'Share' row, 'Last updated' line, 'Was this page helpful?'; harder
    (contacttop): the contact and date sit in a table over the headline, and 'Related releases' follows."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    cont = get(st, 'CONTACT')[0]
    if 'contacttop' in st['hard']:
        top = ('<table class="release-head" width="100%%"><tr><td align="left"><strong>FOR IMMEDIATE RELEASE</strong><br />%s</td>'
               '<td align="right">%s</td></tr></table><h1>%s</h1>') % (d_long(st['when']), E(cont), E(st['title']))
        after = '<p align="center">###</p>' + related(3, 'Related releases', 'h3', True, 2012)
    else:
        top = '<p class="label">News Release</p><p><strong>FOR IMMEDIATE RELEASE</strong><br />%s<br />%s</p><h1>%s</h1>' % (
            d_long(st['when']), E(cont), E(st['title']))
        after = '<p align="center">###</p>'
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>%s - %s</title><meta name="DC.date.created" content="%s" /><link rel="stylesheet" href="/css/agency.css" /></head>\n'
            '<body><a class="skip" href="#content">Skip to main content</a><div id="banner"><img src="/img/seal.png" alt="Seal" /><span>%s</span></div>'
            '<div id="topnav">%s</div><div id="wrap"><div id="sidenav"><h2>Newsroom</h2>%s</div>\n'
            '<div id="content">%s\n%s\n%s\n<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>'
            '<p class="updated">Last updated: %s</p><div class="feedback"><p>Was this page helpful?</p><a href="#">Yes</a> <a href="#">No</a></div></div></div>\n'
            '<div id="footer"><ul><li><a href="#">Accessibility</a></li><li><a href="#">FOIA</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">No FEAR Act</a></li>'
            '<li><a href="#">USA.gov</a></li></ul></div></body></html>\n') % (
        E(st['title']), E(org), st['when'], E(org), ul_links(['Home', 'About', 'Programs', 'Licenses & Permits', 'Newsroom', 'Contact'], 'topnav'),
        ul_links(['News Releases', 'Media Contacts', 'Photo Gallery', 'Speeches'], 'side'), top, ''.join(blocks), after, d_num(st['when']))


def t_ukgov(st, n):
    """UK department press notice (pre-GOV.UK): 'Press notice' label, date and department line, the text,
    'Notes to editors' list, 'Press Office' contact, a 'Share this page' bar and a 'Related links' box."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB" lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>%s - Press notices - %s</title><meta name="DC.title" content="%s" /><meta name="DC.date.issued" scheme="W3CDTF" content="%s" />'
            '<meta name="DC.publisher" content="%s" /><link rel="stylesheet" href="/css/main.css" /></head>\n'
            '<body><div id="header"><a href="/" id="logo">%s</a><form action="/search"><input type="text" name="q" /><input type="submit" value="Search" /></form></div>'
            '<div id="nav">%s</div><div id="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/news/press-notices">Press notices</a></div>\n'
            '<div id="content"><div class="press-notice"><p class="type">Press notice</p><h1>%s</h1><p class="meta">%s &ndash; %s</p>\n'
            '%s\n%s<div class="press-office"><h3>Contacts</h3>%s</div></div>\n'
            '<div class="share"><h4>Share this page</h4><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Delicious</a> <a href="#">Digg</a></div></div>\n'
            '<div id="aside"><div class="box"><h3>Related links</h3>%s</div><div class="box"><h3>Latest press notices</h3>%s</div></div>\n'
            '<div id="footer"><p>&copy; Crown copyright</p><a href="#">Accessibility</a> | <a href="#">Terms and conditions</a> | <a href="#">Freedom of Information</a></div></body></html>\n') % (
        E(st['title']), E(org), E(st['title']), st['when'], E(org), E(org),
        ul_links(['Home', 'About us', 'What we do', 'News', 'Publications', 'Consultations'], 'nav'),
        E(st['title']), d_uk(st['when']), E(org), ''.join(blocks), notes(st), contact(st),
        ul_links(['Consultation response', 'Impact assessment (PDF, 240KB)'], 'links'), related(3, 'Latest press notices', 'span', False))


def t_cagov(st, n):
    """Canadian federal news release (2012-2015 common look and feel): 'Français' toggle, 'News Release'
    label, '- 30 -', 'For more information:' contacts, 'Date modified:'; harder (backgrounder): a
    'Backgrounder' heading and list after the end mark."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h2')
    back = ''
    bk = get(st, 'BACK')
    if bk:
        back = '<h2>Backgrounder</h2><h3>Coastal radar stations</h3><ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in bk[0].split(';;'))
    cont = '<p>%s</p>' % '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;'))
    return ('<!DOCTYPE html><!--[if lt IE 9]><html class="no-js lt-ie9" lang="en" dir="ltr"><![endif]--><!--[if gt IE 8]><!-->\n<html class="no-js" lang="en" dir="ltr"><!--<![endif]-->'
            '<head><meta charset="utf-8" /><title>%s - %s</title><meta name="dcterms.title" content="%s" />'
            '<meta name="dcterms.issued" title="W3CDTF" content="%s" /><meta name="dcterms.language" title="ISO639-2" content="eng" />'
            '<link rel="stylesheet" href="/wet-boew/css/theme.min.css" /></head>\n<body vocab="http://schema.org/" typeof="WebPage">'
            '<ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li></ul>\n'
            '<header role="banner"><div id="wb-bnr"><div id="wb-bar"><object type="image/svg+xml" data="/wet-boew/assets/sig-blk-en.svg"></object>'
            '<section id="wb-lng"><h2>Language selection</h2><ul><li><a lang="fr" href="/fra/nouvelles/%d">Fran&ccedil;ais</a></li></ul></section></div>'
            '<div class="title"><a href="/">%s</a></div></div><nav role="navigation" id="wb-sm">%s</nav>'
            '<nav role="navigation" id="wb-bc"><h2>You are here:</h2><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></header>\n'
            '<main role="main" property="mainContentOfPage" class="container"><h1 id="wb-cont" property="name">%s</h1>'
            '<p class="release-type"><strong>News Release</strong></p><p>%s</p>\n%s\n<p class="text-center">- 30 -</p>%s%s\n'
            '<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">%s</time></dd></dl></main>\n'
            '<footer role="contentinfo" id="wb-info"><nav><h2>About this site</h2>%s</nav><div class="brand"><img src="/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada" /></div></footer></body></html>\n') % (
        E(st['title']), E(org), E(st['title']), st['when'], n, E(org),
        ul_links(['Jobs', 'Immigration', 'Travel', 'Business', 'Benefits', 'Health', 'Taxes', 'More services'], 'menu'),
        E(st['title']), d_long(st['when']), ''.join(blocks), cont, back, st['when'],
        ul_links(['Contact us', 'News', 'Terms and conditions', 'Transparency'], 'list-inline'))


def t_augov(st, n):
    """Australian minister's media release (2009-2013): minister's name and portfolio over the title,
    'Media release' label with reference number and date, contact line, 'Print' and 'Share', a list of the
    minister's other releases."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    y, m, d = ymd(st['when'])
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en-AU"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>Media Release - %s</title><meta name="DCTERMS.issued" content="%s" /><meta name="AGLSTERMS.AglsAgent" content="corporateName=Department of Infrastructure" />'
            '<link rel="stylesheet" href="/styles/minister.css" /></head>\n<body><div id="page"><div id="header"><img src="/images/coat-of-arms.gif" alt="Australian Government" />'
            '<div class="minister"><h2>The Hon. Minister</h2><p>%s</p></div></div>\n<div id="nav">%s</div>\n'
            '<div id="main"><div id="release"><p class="label">MEDIA RELEASE</p><p class="ref">RT%03d/%d</p><p class="date">%d %s %d</p>\n'
            '<h1>%s</h1>\n%s\n<p class="contact">%s</p></div>\n<div class="tools"><a href="javascript:print()">Print</a> | <a href="#">Email</a> | <a href="#">Share</a></div></div>\n'
            '<div id="side"><h3>Media releases %d</h3>%s<h3>Search releases</h3><form><input type="text" /><input type="submit" value="Go" /></form></div>\n'
            '<div id="footer"><p>Parliament House, Canberra ACT 2600</p><a href="#">Copyright</a> | <a href="#">Disclaimer</a> | <a href="#">Privacy</a></div></div></body></html>\n') % (
        E(st['title']), st['when'], E(org), ul_links(['Home', 'Biography', 'Media Releases', 'Speeches', 'Transcripts', 'Contact'], 'nav'),
        100 + n, y, d, MONTHS[m - 1], y, E(st['title']), ''.join(blocks), E(get(st, 'CONTACT')[0]), y, related(4, 'Media releases', 'span', False))


def t_eu(st, n):
    """European Commission press release page (RAPID era): reference 'IP/12/1105', place and date line,
    'Other available languages: DE FR', the 'Contacts:' block, a 'For more
    information' line and the print/PDF icons."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    y = int(st['when'][:4])
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<title>EUROPA - PRESS RELEASES - Press Release - %s</title><meta name="Reference" content="IP/%02d/%d" /><meta name="Date" content="%s" />'
            '<link rel="stylesheet" href="/rapid/css/rapid.css" /></head>\n<body><div id="header"><img src="/rapid/img/europa-logo.gif" alt="European Commission" />'
            '<span class="title">EUROPA &gt; Press releases database</span></div>\n<div id="path"><a href="#">European Commission</a> &gt; <a href="#">Press releases database</a> &gt; Press Release details</div>\n'
            '<div id="content"><div class="toolbar"><a href="#"><img src="/rapid/img/print.gif" alt="Print" /></a> <a href="#"><img src="/rapid/img/pdf.gif" alt="PDF" /></a> '
            '<span>Other available languages: <a href="#">DE</a> <a href="#">FR</a></span></div>\n'
            '<p class="reference">IP/%02d/%d</p><p class="place-date">%s</p><h1>European Commission - Press release</h1><h2>%s</h2>\n'
            '%s\n<p><strong>For more information</strong></p><p><a href="#">Mobility and Transport website</a></p>\n<div class="contacts"><p><strong>%s</strong></p><p>%s</p></div></div>\n'
            '<div id="footer"><a href="#">Legal notice</a> | <a href="#">Contact</a> | <a href="#">Search</a> | <a href="#">Top</a></div></body></html>\n') % (
        E(st['title']), y % 100, 1000 + n, d_dot(st['when']), y % 100, 1000 + n, 'Brussels, ' + d_uk(st['when']), E(st['title']),
        ''.join(blocks), E(get(st, 'CONTACT')[0].split(';;')[0]), '<br />'.join(E(x) for x in get(st, 'CONTACT')[0].split(';;')[1:]))


def t_ngo(st, n):
    """NGO media release on Drupal 7: donate banner, 'Media centre' section, date, release, 'Notes to
    editors', press-office line, a 'Donate' box and 'Related press releases'; harder (ends): the text ends
    with 'ENDS' and a donate box sits inside the release between paragraphs."""
    org = st['org']
    blocks = body_blocks(st, sub_tag='h3')
    if 'ends' in st['hard']:
        blocks.insert(2, '<div class="inline-donate"><h4>Help us reach more families</h4><p>&pound;10 could pay for a new pump handle. '
                         '<a class="btn" href="/donate">Donate now</a></p></div>')
        end = '<p><strong>ENDS</strong></p>'
    else:
        end = '<p>Ends</p>'
    return ('<!DOCTYPE html>\n<html lang="en" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8" />'
            '<title>%s | %s</title><meta property="og:type" content="article" /><meta name="description" content="%s" />'
            '<link rel="stylesheet" href="/sites/all/themes/lifewell/css/style.css" /></head>\n'
            '<body class="html not-front page-node node-type-press-release"><div class="donate-banner"><a href="/donate">Donate</a> <a href="/get-involved">Get involved</a></div>'
            '<header id="header"><a href="/" class="logo">%s</a><nav>%s</nav></header>\n<div id="breadcrumb"><a href="/">Home</a> &raquo; <a href="/media-centre">Media centre</a> &raquo; <a href="/media-centre/press-releases">Press releases</a></div>\n'
            '<div id="main"><article class="node node-press-release"><h1>%s</h1><div class="field-date"><span class="date-display-single">%s</span></div>\n'
            '<div class="field field-name-body">%s\n%s\n%s<p>%s</p></div>\n'
            '<div class="addtoany"><span>Share this:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></article>\n'
            '<aside><div class="block"><h2>Related press releases</h2>%s</div><div class="block donate-box"><h2>Donate</h2><p>&pound;25 could give a child clean water for life.</p>'
            '<a href="/donate">Give today</a></div><div class="block"><h2>Press office</h2><p>020 7946 0991<br />press@lifewell.example.org</p></div></aside></div>\n'
            '<footer><p>%s is a registered charity in England and Wales (1098765).</p><a href="#">Privacy</a> | <a href="#">Cookies</a> | <a href="#">Contact us</a></footer></body></html>\n') % (
        E(st['title']), E(org), E(get(st, 'P')[0][:150]), E(org), ul_links(['About us', 'Our work', 'Where we work', 'Get involved', 'Media centre', 'Shop'], 'menu'),
        E(st['title']), d_uk(st['when']), ''.join(blocks), end, notes(st, 'Notes to editors:'), E(get(st, 'CONTACT')[0]),
        related(3, 'Related press releases', 'span', True, 2009), E(org))


TPL = dict(aspnet=t_aspnet, sharepoint=t_sharepoint, ektron=t_ektron, dnn=t_dnn, wp=t_wp, drupal6=t_drupal6, d7univ=t_d7univ,
           bwir=t_bwir, q4ir=t_q4ir, cision=t_cision, usgov=t_usgov, ukgov=t_ukgov, cagov=t_cagov, augov=t_augov, eu=t_eu, ngo=t_ngo)


def main():
    stories = parse(os.path.join(HERE, 'stories.txt'))
    genlib.write_pages(OUT, ((TPL[st['tpl']](st, n), expected(st),
                              {'published': st['when'], 'lang': 'en', 'title': st['title']})
                             for n, st in enumerate(stories, 1)))


main()
