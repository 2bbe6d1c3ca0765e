#!/usr/bin/env python3
"""Generate bench/stress/legacy pages: news pages on old or broken markup (2000s newspaper table
layouts with <font>/<center>/spacer gifs and <br><br> paragraphs, unclosed and misnested <p>/<b>,
ASP/ColdFusion/PHP templates with printer-friendly and e-mail links, a frameset's content frame,
print versions, FrontPage/Dreamweaver municipal and university pages, bodies split across <td>s or
<div class=text> blocks with ads between them, stories continued on page 2 (body = page 1's text),
forum-like comment blocks, marquee tickers, document.write ads, comments and CDATA with text,
&nbsp; runs, windows-1252 bytes without a charset declaration). Original text, invented sites.

Usage: python3 bench/stress/legacy/gen/gen.py bench/stress/legacy   (writes NN.html/.txt/.json)
stories.txt: '### date|byline|section|site|domain', then T: title, D: deck, P: paragraph, H: subhead."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20261207)
E = html.escape
HEADS = ['Fire destroys barn on County Road 12', 'Library extends weekend hours', 'Obituaries for the week',
         'Letters: readers weigh in on parking', 'Church supper raises $3,000 for food pantry',
         'Planning board tables subdivision plan', 'Honor roll announced at middle school',
         'Girls basketball clinches conference title', 'Sewer rates to rise 4 percent', 'Police log',
         'Weather service issues frost advisory', 'Couple marks 60th anniversary', 'Grange hall gets new roof',
         'Editorial: finish the trail', 'Legion post honors veterans', 'Township sets brush pickup dates',
         'Ice fishing derby draws record crowd', 'New dentist opens office downtown', 'Calendar of events',
         'Budget hearing set for Thursday', 'Band boosters plan spaghetti dinner', 'Court news',
         'Senior center menu', 'Youth wrestling results', 'Landfill fees unchanged for next year']
SECTIONS = ['Home', 'Local News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Community',
            'Classifieds', 'Legal Notices', 'Weddings', 'Archives', 'Subscribe', 'Contact Us']


def longdate(d):
    y, m, dd = d.split('-')
    return '%s %d, %s' % (MONTHS[int(m) - 1], int(dd), y)


def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            d, by, sec, site, dom = line[4:].split('|')
            cur = dict(date=d, by=by, sec=sec, site=site, dom=dom, body=[])
            stories.append(cur)
        elif line.startswith('T: '):
            cur['title'] = line[3:]
        elif line.startswith('D: '):
            cur['deck'] = line[3:]
        elif line[:3] in ('P: ', 'H: '):
            cur['body'].append((line[0], line[3:]))
    return stories


def heads(n):
    return random.sample(HEADS, n)


def links_td(n, sep='<br>\n'):
    return sep.join('<a href="/news/%d.asp"><font size="1" face="Verdana">%s</font></a>' % (random.randint(1000, 9999), E(h)) for h in heads(n))


def nav_table():
    cells = ''.join('<td><img src="/images/spacer.gif" width="6" height="1"><a href="/%s/" class="nav"><font color="#FFFFFF" size="1" face="Arial"><b>%s</b></font></a></td>\n' % (s.lower().replace(' ', ''), s.upper()) for s in SECTIONS)
    return '<table width="100%%" border="0" cellspacing="0" cellpadding="2" bgcolor="#003366"><tr>\n%s</tr></table>\n' % cells


def footer(s):
    return ('<table width="100%%" border="0"><tr><td align="center"><font size="1" face="Arial">'
            '<a href="/">Home</a> | <a href="/contact.asp">Contact Us</a> | <a href="/advertise.asp">Advertise</a> | '
            '<a href="/privacy.asp">Privacy Policy</a> | <a href="/terms.asp">Terms of Use</a><br>'
            'Copyright &copy; 2001-2026 %s. All rights reserved.<br>This material may not be published, broadcast, rewritten or redistributed.'
            '<br>Site designed by <a href="http://example.net">Webworks Design</a></font></td></tr></table>\n' % E(s['site']))


def sidebar(s):
    out = ['<table width="160" border="0" cellpadding="3" cellspacing="0" bgcolor="#EEEEEE">']
    out.append('<tr><td bgcolor="#990000"><font color="#FFFFFF" face="Arial" size="2"><b>MOST READ</b></font></td></tr>')
    out.append('<tr><td>%s</td></tr>' % links_td(6))
    out.append('<tr><td bgcolor="#990000"><font color="#FFFFFF" face="Arial" size="2"><b>WEATHER</b></font></td></tr>')
    out.append('<tr><td><font size="1" face="Verdana">Today: Partly cloudy, high %d<br>Tonight: Low %d<br><a href="/weather/">5-day forecast</a></font></td></tr>' % (random.randint(30, 80), random.randint(10, 50)))
    out.append('<tr><td bgcolor="#990000"><font color="#FFFFFF" face="Arial" size="2"><b>CLASSIFIEDS</b></font></td></tr>')
    out.append('<tr><td><font size="1" face="Verdana"><a href="/class/autos.asp">Autos</a><br><a href="/class/homes.asp">Real Estate</a><br><a href="/class/jobs.asp">Help Wanted</a><br><a href="/class/garage.asp">Garage Sales</a><br><a href="/class/pets.asp">Pets</a></font></td></tr>')
    out.append('<tr><td><img src="/images/spacer.gif" width="1" height="10"></td></tr>')
    out.append('<tr><td align="center"><a href="/adclick.asp?id=%d"><img src="/ads/tower%d.gif" width="160" height="600" border="0" alt="Advertisement"></a></td></tr>' % (random.randint(100, 999), random.randint(1, 9)))
    out.append('</table>')
    return '\n'.join(out)


def head(s, extra='', charset=True, doctype=True):
    h = []
    if doctype:
        h.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    h.append('<html>\n<head>')
    if charset:
        h.append('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    h.append('<title>%s - %s</title>' % (E(s['site']), E(s['title'])))
    h.append('<meta name="keywords" content="%s, news, %s">' % (E(s['sec']), E(s['site'])))
    h.append('<meta name="description" content="%s">' % E(s.get('deck', '')))
    h.append('<link rel="stylesheet" href="/styles/main.css" type="text/css">')
    h.append('<script language="JavaScript">\n<!--\nfunction MM_swapImgRestore() { //v3.0\n  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\n}\nfunction MM_openBrWindow(theURL,winName,features) { //v2.0\n  window.open(theURL,winName,features);\n}\n//-->\n</script>')
    h.append(extra)
    h.append('</head>')
    return '\n'.join(h)


def expected(s, paras=None):
    b = s['body'] if paras is None else paras
    return '\n\n'.join(t for _, t in b) + '\n'


def ads_docwrite():
    return ('<script language="JavaScript" type="text/javascript">\n<!--\nvar rnd = Math.floor(Math.random()*100000);\n'
            'document.write(\'<a href="/adclick.asp?zone=7&r=\' + rnd + \'"><img src="/ads/banner.asp?zone=7&r=\' + rnd + \'" width="468" height="60" border="0"></a>\');\n'
            'document.write(\'<br><font size="1">Advertisement - Click here to support local journalism</font>\');\n//-->\n</script>\n'
            '<noscript><a href="/adclick.asp?zone=7"><img src="/ads/banner.asp?zone=7" width="468" height="60" border="0"></a></noscript>\n')


def tools_links(ucase=False):
    t = ['Printer-friendly version', 'E-mail this story', 'Comment on this story', 'Save this article']
    if ucase:
        t = [x.upper() for x in t]
    return ('<font size="1" face="Arial"><img src="/images/print.gif" width="16" height="16"> <a href="javascript:MM_openBrWindow(\'print.asp?id=4412\',\'print\',\'width=600,height=500,scrollbars=yes\')">%s</a>'
            ' &nbsp;|&nbsp; <img src="/images/email.gif"> <a href="/email.asp?id=4412">%s</a> &nbsp;|&nbsp; <a href="#comments">%s</a> &nbsp;|&nbsp; <a href="/save.asp">%s</a></font>' % tuple(t))


def body_brbr(paras, font=True):
    """Paragraphs separated by <br><br> inside one <font> run (subheads as <b>CAPS</b>)."""
    out = []
    for k, t in paras:
        out.append('<b>%s</b>' % E(t) if k == 'H' else E(t))
    inner = '\n<br><br>\n'.join(out)
    return '<font face="Arial, Helvetica, sans-serif" size="2">%s</font>' % inner if font else inner


def comments_block(n):
    names = ['hometown_gal', 'OldTimer58', 'JimK', 'concerned_taxpayer', 'riverrat', 'M. Lowell', 'bluecollar1', 'Anon']
    says = ['About time somebody did something about this.', 'Does anyone know if this affects the north side too?',
            'I remember when this town had three of these. Sad to see.', 'Great reporting, thanks Courier.',
            'Who is paying for all this? Follow the money.', 'My grandfather used to talk about this all the time.',
            'The council never listens until people show up in person.', 'Well said. Agree 100 percent.']
    out = ['<a name="comments"></a><table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">',
           '<tr><td bgcolor="#666666"><font color="#FFFFFF" face="Arial" size="2"><b>Reader Comments (%d)</b></font></td></tr>' % n]
    for i in range(n):
        out.append('<tr><td bgcolor="%s"><font face="Verdana" size="1"><b>Posted by: %s</b> on %d/%d/2026 %d:%02d PM<br><br>%s<br><br><a href="/report.asp?c=%d">Report abuse</a> | <a href="/reply.asp?c=%d">Reply</a></font></td></tr>'
                   % ('#FFFFFF' if i % 2 else '#F4F4F4', random.choice(names), random.randint(1, 12), random.randint(1, 28), random.randint(1, 11), random.randint(0, 59), random.choice(says), i + 100, i + 100))
    out.append('<tr><td bgcolor="#FFFFFF"><font face="Verdana" size="1"><b>Post a comment</b><br>Name: <input type="text" name="name" size="30"><br><textarea name="comment" rows="5" cols="50"></textarea><br><input type="submit" value="Submit"><br>Comments are moderated and may take up to 24 hours to appear.</font></td></tr></table>')
    return '\n'.join(out)


def page_tables(s, v):
    """2000s newspaper: nested tables, <font>, <br><br> paragraphs, spacer gifs, tool links."""
    body = s['body']
    h = [head(s), '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages(\'/images/nav_on.gif\')">']
    h.append('<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>')
    h.append('<table width="100%%" border="0"><tr><td><a href="/"><img src="/images/masthead.gif" width="468" height="80" border="0" alt="%s"></a></td><td align="right"><font size="1" face="Arial">%s<br><a href="/subscribe.asp">Subscribe</a> | <a href="/login.asp">Log in</a></font></td></tr></table>' % (E(s['site']), longdate(s['date'])))
    h.append(nav_table())
    h.append('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr valign="top">')
    h.append('<td width="160">%s</td>' % sidebar(s))
    h.append('<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td>')
    h.append('<td width="430"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>')
    h.append('<font face="Arial" size="1" color="#999999"><a href="/">Home</a> &gt; <a href="/news/">%s</a></font><br><img src="/images/spacer.gif" width="1" height="8"><br>' % E(s['sec']))
    h.append('<font face="Times New Roman" size="5"><b>%s</b></font><br>' % E(s['title']))
    h.append('<font face="Arial" size="3"><i>%s</i></font><br><img src="/images/spacer.gif" width="1" height="6"><br>' % E(s['deck']))
    h.append('<font face="Arial" size="1"><b>%s</b><br>Published %s</font><br><br>' % (E(s['by']), longdate(s['date'])))
    h.append(tools_links(v % 2 == 1) + '<br><br>')
    if v % 2:
        h.append('<table align="right" width="200" border="0" cellpadding="4"><tr><td><img src="/photos/%s.jpg" width="200" height="150"><br><font size="1" face="Arial"><i>Photo courtesy of the %s. File photo.</i></font></td></tr></table>' % (s['date'], E(s['site'])))
    h.append(body_brbr(body))
    h.append('<br><br><font size="1" face="Arial">' + '&nbsp;' * 8 + '</font><br>')
    h.append(tools_links() + '<br><br>')
    h.append('<font face="Arial" size="2"><b>Related stories:</b><br>%s</font><br><br>' % links_td(3))
    if v % 2 == 0:
        h.append(comments_block(5))
    h.append('</td></tr></table></td>')
    h.append('<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td><td width="150" bgcolor="#F0F0E0"><font size="1" face="Verdana"><b>LOCAL LINKS</b><br>%s</font></td>' % links_td(7))
    h.append('</tr></table>' + footer(s) + '</td></tr></table>\n</body>\n</html>\n')
    return '\n'.join(h), expected(s)


def page_unclosed(s, v):
    """Unclosed <p>, misnested <b><p>..</b>, <center> headline, all-caps subheads."""
    h = [head(s, doctype=False), '<body bgcolor="#FFFFEE" text="#000000" link="#0000CC">']
    h.append('<center><a href="/"><img src="/img/logo.gif" border=0 alt="%s"></a><br><font size=2 face=arial>' % E(s['site']))
    h.append(' | '.join('<a href="/%s.php">%s</a>' % (x.lower().replace(' ', ''), x) for x in SECTIONS) + '</font></center><hr size=1 noshade>')
    h.append('<marquee behavior="scroll" scrollamount="3" bgcolor="#FFFFCC"><font color=red face=arial size=2><b>BREAKING:</b> %s ... %s ... %s</font></marquee>' % tuple(heads(3)))
    h.append('<table width=100% cellpadding=6><tr><td valign=top width=75%>')
    h.append('<center><font size=+2 face="Georgia"><b>%s</b></font></center><p>' % E(s['title'].upper() if v % 2 else s['title']))
    h.append('<center><i>%s</i></center>' % E(s['deck']))
    h.append('<p><font size=-1>%s<br>%s</font>' % (E(s['by']), longdate(s['date'])))
    for i, (k, t) in enumerate(s['body']):
        if k == 'H':
            h.append('<b><p>%s</b>' % E(t))
        elif i == 1 and v % 2 == 0:
            h.append('<p><b>%s</b>' % E(t))
        else:
            h.append('<p>%s' % E(t))
        if i == 2:
            h.append('<!-- begin inline ad --><script language="JavaScript">document.write(\'<center><img src="/ads/inline.gif"></center>\');</script><!-- end inline ad -->')
    h.append('<p><hr size=1><font size=-1><a href="print.php?id=883">Printer-friendly version</a> | <a href="mailto:?subject=%s">E-mail this story to a friend</a> | <a href="/archive.php">Search the archives</a></font>' % E(s['title']))
    h.append('<p><font size=-1>Copyright 2026 %s. Story may not be reproduced without permission.</font>' % E(s['site']))
    h.append('</td><td valign=top bgcolor="#EEEEDD"><font size=-1 face=arial><b>IN THIS ISSUE</b><p>%s<p><b>OBITUARIES</b><p>%s</font></td></tr></table>' % (links_td(8), links_td(5)))
    h.append(footer(s) + '</body></html>\n')
    return '\n'.join(h), expected(s)


def page_split_td(s, v):
    """ColdFusion template: body split across several <td>s with ad cells between them."""
    body = s['body']
    n = len(body)
    cuts = [0, n // 3, 2 * n // 3, n]
    h = [head(s, extra='<!-- CF template: story_detail.cfm rev 2.3 -->'), '<body>']
    h.append('<cfoutput></cfoutput>' if False else '')
    h.append('<table width="780" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3"><img src="/graphics/top_banner.jpg" width="780" height="90" alt="%s"></td></tr>' % E(s['site']))
    h.append('<tr><td colspan="3">%s</td></tr>' % nav_table())
    h.append('<tr valign="top"><td width="170" bgcolor="#DDE4EE">%s</td><td width="450">' % sidebar(s))
    h.append('<table width="100%" cellpadding="8" border="0">')
    h.append('<tr><td class="headline"><span class="hed">%s</span><br><span class="subhed">%s</span></td></tr>' % (E(s['title']), E(s['deck'])))
    h.append('<tr><td class="byline">%s &#149; %s</td></tr>' % (E(s['by']), longdate(s['date'])))
    h.append('<tr><td class="tools"><a href="story_print.cfm?storyID=20931">Print this story</a> &middot; <a href="story_email.cfm?storyID=20931">Email this story</a> &middot; <a href="story_comment.cfm?storyID=20931">Discuss</a></td></tr>')
    for j in range(3):
        seg = body[cuts[j]:cuts[j + 1]]
        if v % 2:
            inner = ''.join('<p class="storytext">%s</p>\n' % E(t) if k == 'P' else '<p class="storytext"><b>%s</b></p>\n' % E(t) for k, t in seg)
        else:
            inner = body_brbr(seg, font=False)
        h.append('<tr><td class="storytext">%s</td></tr>' % inner)
        if j < 2:
            h.append('<tr><td align="center" bgcolor="#F5F5F5"><font size="1" color="#999999">ADVERTISEMENT</font><br>%s</td></tr>' % ads_docwrite())
    h.append('<tr><td class="tools"><a href="story_print.cfm?storyID=20931">Print this story</a> &middot; <a href="story_email.cfm?storyID=20931">Email this story</a></td></tr>')
    h.append('<tr><td><b>More %s headlines</b><br>%s</td></tr></table>' % (E(s['sec']), links_td(5)))
    h.append('</td><td width="160">%s</td></tr></table>' % links_td(10))
    h.append(footer(s) + '</body></html>\n')
    return '\n'.join(h), expected(s)


def page_divtext(s, v):
    """PHP template: body in several <div class="text"> blocks interrupted by ads and a 'story continues' note."""
    body = s['body']
    n = len(body)
    cut1, cut2 = n // 3 + 1, 2 * n // 3 + 1
    h = [head(s, extra='<script type="text/javascript">//<![CDATA[\nvar OAS_sitepage = "news/%s"; var OAS_listpos = "Top,Right1,Middle";\n//]]></script>' % s['sec'].lower()), '<body>']
    h.append('<div id="wrapper"><div id="header"><a href="/"><img src="/images/logo.png" alt="%s"></a></div>' % E(s['site']))
    h.append('<div id="nav"><ul>%s</ul></div>' % ''.join('<li><a href="/%s/">%s</a></li>' % (x.lower(), x) for x in SECTIONS))
    h.append('<div id="content"><div id="story">')
    h.append('<div class="kicker">%s</div><h1>%s</h1><h3>%s</h3>' % (E(s['sec']), E(s['title']), E(s['deck'])))
    h.append('<div class="byline">%s<br><span class="date">Posted: %s</span></div>' % (E(s['by']), longdate(s['date'])))
    h.append('<div class="storytools">[ <a href="/print.php?sid=7710">Print version</a> ] [ <a href="/mail.php?sid=7710">E-mail this story</a> ] [ <a href="/feed.php">RSS</a> ]</div>')
    for j, seg in enumerate((body[:cut1], body[cut1:cut2], body[cut2:])):
        if v % 2:
            h.append('<div class="text">' + '<br /><br />\n'.join(('<strong>%s</strong>' if k == 'H' else '%s') % E(t) for k, t in seg) + '</div>')
        else:
            h.append('<div class="text">' + ''.join(('<p><strong>%s</strong></p>' if k == 'H' else '<p>%s</p>') % E(t) for k, t in seg) + '</div>')
        if j == 0:
            h.append('<div class="adbox"><span>Advertisement</span>' + ads_docwrite() + '</div><div class="contd">Story continues below</div>')
        elif j == 1:
            h.append('<!-- Story text: the following paragraphs were added by the web desk. Do not edit above this line. -->')
            h.append('<div class="alsoread"><b>ALSO READ:</b> <a href="/news/7702">%s</a></div>' % E(heads(1)[0]))
    h.append('<div class="storytools">[ <a href="/print.php?sid=7710">Print version</a> ] [ <a href="/mail.php?sid=7710">E-mail this story</a> ]</div>')
    h.append('<div class="copyright">&copy; 2026 %s &amp;nbsp; All rights reserved.</div>' % E(s['site']))
    if v % 2 == 0:
        h.append(comments_block(4))
    h.append('</div><div id="sidebar"><h4>Top Stories</h4><ul>%s</ul><h4>Community Calendar</h4><ul><li>Blood drive, Thursday, fire hall</li><li>Pancake breakfast, Saturday 7-11 a.m.</li><li>Quilt show at the library</li></ul></div></div>' % ''.join('<li><a href="/news/%d">%s</a></li>' % (random.randint(100, 999), E(x)) for x in heads(8)))
    h.append('<div id="footer">' + footer(s) + '</div></div></body></html>\n')
    return '\n'.join(h), expected(s)


def page_paged(s, v):
    """Page 1 of a multi-page story: 'Continued on next page', '1 | 2 | 3 Next »'. Body = page 1's text."""
    body = s['body']
    k = max(3, len(body) // 2)
    first = body[:k]
    h = [head(s), '<body>']
    h.append('<table width="800" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td>')
    h.append('<table width="100%%"><tr><td><font face="Georgia" size="6"><b>%s</b></font></td><td align="right"><form action="/search.asp"><input name="q" size="15"><input type="submit" value="Search"></form></td></tr></table>' % E(s['site']))
    h.append(nav_table())
    h.append('<table width="100%" cellpadding="5"><tr valign="top"><td>')
    h.append('<font face="Arial" size="4"><b>%s</b></font><br><font face="Arial" size="2">%s | %s</font><p>' % (E(s['title']), E(s['by']), longdate(s['date'])))
    h.append('<div align="right"><font size="1">Page 1 of 3</font></div>')
    if v % 2:
        h.append('<font face="Arial" size="2">' + ''.join('<p>%s' % E(t) if kk == 'P' else '<p><b>%s</b>' % E(t) for kk, t in first) + '</font>')
    else:
        h.append(body_brbr(first))
    h.append('<p><font face="Arial" size="2"><i>Continued on next page</i></font></p>' if v % 2 else '<br><br><font face="Arial" size="2"><b>&gt;&gt; <a href="story.asp?id=5521&page=2">Continued on page 2</a></b></font><br>')
    h.append('<p align="center"><font face="Arial" size="2"><b>1</b> | <a href="story.asp?id=5521&page=2">2</a> | <a href="story.asp?id=5521&page=3">3</a> <a href="story.asp?id=5521&page=2">Next &raquo;</a></font></p>')
    h.append('<p><font size="1">' + tools_links() + '</font></p>')
    h.append('</td><td width="180" bgcolor="#EEEEEE">%s</td></tr></table>' % sidebar(s))
    h.append(footer(s) + '</td></tr></table></body></html>\n')
    return '\n'.join(h), expected(s, first)


def page_print(s, v):
    """Printer-friendly version: minimal chrome, 'Print this page | Close window', URL line."""
    h = [head(s, doctype=v % 2 == 0), '<body onload="window.print()" bgcolor="#FFFFFF">']
    h.append('<table width="600" border="0" cellpadding="0"><tr><td>')
    h.append('<img src="/images/print_logo.gif" alt="%s"><br><font size="1" face="Arial"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></font><hr noshade size="1">' % E(s['site']))
    h.append('<font face="Times New Roman" size="4"><b>%s</b></font><br><font face="Arial" size="2">%s<br>%s</font><br><br>' % (E(s['title']), E(s['by']), longdate(s['date'])))
    if v % 2:
        h.append('<font face="Times New Roman" size="3">' + '\n'.join('<p>%s</p>' % E(t) if k == 'P' else '<p><b>%s</b></p>' % E(t) for k, t in s['body']) + '</font>')
    else:
        h.append(body_brbr(s['body']))
    h.append('<hr noshade size="1"><font size="1" face="Arial">URL: http://www.%s/news/story.asp?id=5521<br>&copy; Copyright 2026, %s. All rights reserved. %s</font>' % (s['dom'], E(s['site']), '&nbsp;' * 5))
    h.append('<br><font size="1" face="Arial">Other stories from this edition: %s</font>' % links_td(12, ' &middot; '))
    h.append('<!-- ====================================================================\n  Print template v1.4. Keep the Omniture tag below. Story text ends above.\n ==================================================================== -->')
    h.append('<script language="JavaScript">var s_pageName="print:%s"; var s_channel="%s"; var s_prop1="print"; /* tracking */ document.write(\'<img src="/b/ss/track.gif?p=\'+escape(s_pageName)+\'" width=1 height=1>\');</script>' % (E(s['title'][:30]), E(s['sec'])))
    h.append('<table width="100%%"><tr><td><font size="1" color="#FFFFFF">%s</font></td></tr></table>' % ' '.join(links_td(6, ' ').split()))
    h.append('</td></tr></table></body></html>\n')
    out = '\n'.join(h)
    while len(out) < 10500:  # print pages carry a tracking blob; pad with it
        out = out.replace('</body>', '<script>var s_prop%d="%s";</script>\n</body>' % (random.randint(2, 60), 'x' * 200), 1)
    return out, expected(s)


def page_frame(s, v):
    """A frameset's content frame (main.htm): no site chrome of its own beyond a small top and a jump menu."""
    h = [head(s, extra='<base target="_self">'), '<body bgcolor="#FFFFF0" background="/img/paper.jpg">']
    h.append('<!-- This page is loaded into the "main" frame of index.htm. Navigation lives in the left frame (nav.htm). -->')
    h.append('<script>if (top == self) { document.write(\'<p><a href="/index.htm">Click here to view this page with navigation</a></p>\'); }</script>')
    h.append('<form name="jump"><select name="menu" onChange="location=document.jump.menu.options[document.jump.menu.selectedIndex].value;">%s</select></form>' % ''.join('<option value="/%s.htm">%s</option>' % (x.lower().replace(' ', ''), x) for x in SECTIONS))
    h.append('<h2 align="center"><font face="Comic Sans MS" color="#660000">%s</font></h2>' % E(s['title']))
    h.append('<p align="center"><font size="2">%s &ndash; %s</font></p>' % (E(s['by']), longdate(s['date'])))
    h.append('<blockquote>')
    for k, t in s['body']:
        h.append('<p><font face="Verdana" size="2">%s</font></p>' % (('<u><b>%s</b></u>' if k == 'H' else '%s') % E(t)))
        h.append('<p><font face="Verdana" size="2">&nbsp;</font></p>' if v % 2 else '')
    h.append('</blockquote>')
    h.append('<p align="center"><font size="1"><a href="#top">Back to top</a> | <a href="archive.htm" target="main">News archive</a> | <a href="mailto:webmaster@%s">E-mail the webmaster</a></font></p>' % s['dom'])
    h.append('<p align="center"><img src="/img/counter.cgi?page=news" alt="hit counter"><br><font size="1">Best viewed in Internet Explorer 5.0 at 800x600. Last updated %s.</font></p>' % longdate(s['date']))
    h.append('<table align="center" width="90%%" border="1" cellpadding="4"><tr><td><font size="1" face="Verdana"><b>Earlier news:</b><br>%s</font></td></tr></table>' % links_td(14))
    h.append('<p><font size="1" face="Verdana"><b>More from the archive:</b> %s</font></p>' % links_td(14, ' &bull; '))
    h.append('</body></html>\n')
    return '\n'.join(h), expected(s)


def page_frontpage(s, v):
    """Municipal page made in FrontPage/Word: MsoNormal paragraphs, <o:p>, &nbsp; runs, marquee ticker."""
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">', '<head>',
         '<meta http-equiv="Content-Language" content="en-us">', '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">',
         '<meta name="ProgId" content="FrontPage.Editor.Document">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
         '<title>%s</title>' % E(s['title'].title()), '<meta name="Microsoft Border" content="tl, default">',
         '<style>\n<!--\n p.MsoNormal { margin:0in; font-size:12.0pt; font-family:"Times New Roman" }\n-->\n</style>', '</head>',
         '<body bgcolor="#FFFFFF" link="#000080" vlink="#800080">']
    h.append('<table border="0" width="100%%" cellspacing="0" cellpadding="0"><tr><td bgcolor="#336699"><p align="center"><font color="#FFFFFF" size="5" face="Garamond"><b>%s</b></font></td></tr>' % E(s['site']))
    h.append('<tr><td><marquee bgcolor="#FFFF99" scrolldelay="120"><font face="Arial" size="2">*** Water main flushing begins Monday in the west end *** Offices closed for Veterans Day *** Pay your utility bill online ***</font></marquee></td></tr></table>')
    h.append('<table border="0" width="100%" cellpadding="4"><tr><td width="18%" valign="top" bgcolor="#E6E6E6"><font face="Arial" size="2">')
    h.append('<br>\n'.join('<a href="/dept/%s.htm">%s</a>' % (x.replace(' ', '').lower(), x) for x in ['Home', 'Mayor & Council', 'Agendas & Minutes', 'Public Works', 'Parks & Recreation', 'Police Department', 'Fire Department', 'Building & Zoning', 'Utility Billing', 'Cemetery', 'Employment', 'Forms & Permits', 'News Releases', 'Contact Us']))
    h.append('</font></td><td valign="top">')
    h.append('<p class="MsoNormal" align="center"><b><span style="font-size:14.0pt;font-family:Arial">%s<o:p></o:p></span></b></p>' % E(s['title']))
    h.append('<p class="MsoNormal" align="center"><i><span style="font-family:Arial">%s</span></i></p>' % E(s['deck']))
    h.append('<p class="MsoNormal"><span style="font-family:Arial">&nbsp;<o:p></o:p></span></p>')
    h.append('<p class="MsoNormal"><span style="font-family:Arial">FOR IMMEDIATE RELEASE<br>%s<o:p></o:p></span></p>' % longdate(s['date']))
    h.append('<p class="MsoNormal"><span style="font-family:Arial">&nbsp;<o:p></o:p></span></p>')
    for k, t in s['body']:
        if k == 'H':
            h.append('<p class="MsoNormal"><b><u><span style="font-family:Arial">%s<o:p></o:p></span></u></b></p>' % E(t))
        else:
            h.append('<p class="MsoNormal"><span style="font-family:Arial">%s%s<o:p></o:p></span></p>' % (E(t), '&nbsp; ' if v % 2 else ''))
        h.append('<p class="MsoNormal"><span style="font-family:Arial">&nbsp;<o:p></o:p></span></p>')
    h.append('<p class="MsoNormal" align="center"><span style="font-family:Arial">###<o:p></o:p></span></p>')
    h.append('<p class="MsoNormal"><span style="font-family:Arial;font-size:10.0pt">Media contact: City Clerk\'s Office, 555-0100, clerk@%s<o:p></o:p></span></p>' % s['dom'])
    h.append('<p>&nbsp;</p><p align="center"><font size="1" face="Arial"><a href="/news.htm">Back to News Releases</a> | <a href="/">Home</a><br>City Hall, 100 Main Street &middot; Hours: Monday-Friday 8:00 a.m. - 4:30 p.m.<br>This page was last modified on %s.</font></p>' % longdate(s['date']))
    h.append('<p align="center"><font size="1" face="Arial"><b>Recent news releases:</b><br>%s</font></p>' % links_td(10))
    h.append('</td></tr></table></body></html>\n')
    return '\n'.join(h), expected(s)


def page_dreamweaver(s, v):
    """University news page from a Dreamweaver template: editable regions, rollover nav, CDATA, comments with text."""
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/news.dwt" codeOutsideHTMLIsLocked="false" -->', '<head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<!-- InstanceBeginEditable name="doctitle" --><title>%s | News | %s</title><!-- InstanceEndEditable -->' % (E(s['title']), E(s['site'])),
         '<link href="/css/univ.css" rel="stylesheet" type="text/css" />',
         '<script type="text/javascript">\n//<![CDATA[\nfunction MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); }}\nvar newsTicker = "Commencement is May 9 | Library hours extended for finals";\n//]]>\n</script>',
         '</head>', '<body onload="MM_preloadImages(\'/img/nav/academics_on.gif\',\'/img/nav/admissions_on.gif\')">']
    h.append('<div id="container"><div id="banner"><a href="/"><img src="/img/univ_banner.jpg" alt="%s" width="800" height="110" /></a></div>' % E(s['site']))
    h.append('<div id="topnav">' + ''.join('<a href="/%s/" onmouseout="MM_swapImgRestore()" onmouseover="MM_swapImage(\'%s\',\'\',\'/img/nav/%s_on.gif\',1)"><img src="/img/nav/%s.gif" name="%s" alt="%s" /></a>' % (x, x, x, x, x, x.title()) for x in ['about', 'academics', 'admissions', 'research', 'athletics', 'alumni', 'giving']) + '</div>')
    h.append('<table width="800" border="0" cellpadding="0" cellspacing="0"><tr valign="top"><td width="180" class="leftnav">')
    h.append('<h4>News Service</h4><ul><li><a href="/news/">News Home</a></li><li><a href="/news/releases/">News Releases</a></li><li><a href="/news/experts/">Experts Guide</a></li><li><a href="/news/photos/">Photo Services</a></li><li><a href="/news/staff.html">Staff</a></li><li><a href="/news/archive/">Archive 1998-2025</a></li></ul>')
    h.append('</td><td width="620" class="main"><!-- InstanceBeginEditable name="content" -->')
    h.append('<p class="date">%s</p><h1 class="newstitle">%s</h1>' % (longdate(s['date']), E(s['title'])))
    h.append('<p class="subtitle"><em>%s</em></p><p class="author">%s</p>' % (E(s['deck']), E(s['by'])))
    h.append('<!-- Body copy pasted from Word. Photo removed 4/23 per request. "The students used GPS units" caption cut. -->')
    paras = s['body']
    if v % 2:
        h.append('<p>' + '<br />\n<br />\n'.join(E(t) for _, t in paras) + '</p>')
    else:
        h.append('\n'.join('<p>%s</p>' % E(t) for _, t in paras))
    h.append('<p>&nbsp;</p><p class="contact"><strong>Media contact:</strong> University News Service, 555-0199, news@%s</p>' % s['dom'])
    h.append('<p class="share"><a href="/news/email.php">E-mail this release</a> | <a href="/news/print.php">Printer-friendly version</a></p>')
    h.append('<!-- InstanceEndEditable --></td></tr></table>')
    h.append('<div id="related"><h4>Recent releases</h4><ul>%s</ul></div>' % ''.join('<li><a href="/news/r/%d.html">%s</a></li>' % (random.randint(100, 999), E(x)) for x in ['Nursing program earns ten-year accreditation', 'Chamber choir to tour Ireland', 'Alumnus donates 1920s telescope', 'Engineering team wins bridge contest', 'Fall enrollment tops 9,000', 'Library digitizes county newspapers', 'Biology professor named Fulbright scholar', 'Men\'s soccer coach retires after 30 seasons']))
    h.append('<div id="footer"><p>%s &middot; 400 College Avenue &middot; Westmarch &middot; (555) 010-2000<br /><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | <a href="/webmaster/">Webmaster</a><br />&copy; 2026 Board of Trustees.</p></div></div>' % E(s['site']))
    h.append('<script type="text/javascript">\n//<![CDATA[\nvar _gaq = _gaq || []; _gaq.push([\'_setAccount\', \'UA-000000-1\']); _gaq.push([\'_trackPageview\']);\n//]]>\n</script>')
    h.append('</body><!-- InstanceEnd --></html>\n')
    out = '\n'.join(h)
    pad = '<div id="quicklinks" style="display:none"><h4>Quick links</h4><ul>%s</ul></div>' % ''.join('<li><a href="/dept/%d/">Department %d</a></li>' % (i, i) for i in range(60))
    return out.replace('<div id="footer">', pad + '\n<div id="footer">'), expected(s)


def page_cp1252(s, v):
    """windows-1252 bytes (0x93/0x94/0x97) with no charset declaration anywhere; table layout."""
    def curl(t):
        out, open_q = [], True
        for ch in t:
            if ch == '"':
                out.append('\u201c' if open_q else '\u201d')
                open_q = not open_q
            elif ch == "'":
                out.append('\u2019')
            else:
                out.append(ch)
        return ''.join(out).replace(' - ', ' \u2013 ')
    s2 = dict(s)
    s2['body'] = [(k, curl(t)) for k, t in s['body']]
    s2['title'] = curl(s['title'])
    s2['deck'] = curl(s['deck'])
    if v % 2:
        html_, exp = page_tables(s2, 1)
    else:
        html_, exp = page_unclosed(s2, 0)
    html_ = html_.replace('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n', '')
    return pad(html_).encode('cp1252'), exp


def pad(page):
    """Old sites end with an archive index of past headlines; add one until the page passes 10 KB."""
    k = 0
    while len(page) < 10500 and k < 40:
        k += 1
        row = '<table width="100%%" border="0"><tr><td><font size="1" face="Verdana"><b>News archive, week %d:</b> %s</font></td></tr></table>\n' % (k, links_td(8, ' | '))
        page = page.replace('</body>', row + '</body>', 1)
    return page


TEMPLATES = [page_tables, page_unclosed, page_split_td, page_divtext, page_paged, page_print, page_frame,
             page_frontpage, page_dreamweaver, page_cp1252]


def main():
    stories = parse()
    os.makedirs(OUT, exist_ok=True)
    plan = []
    for i, s in enumerate(stories):
        plan.append((s, TEMPLATES[i % len(TEMPLATES)], 0))
    for i, s in enumerate(stories):
        plan.append((s, TEMPLATES[(i + 3) % len(TEMPLATES)], 1))
    for n, (s, tpl, v) in enumerate(plan, 1):
        random.seed(n * 7919)
        page, exp = tpl(s, v)
        if not isinstance(page, bytes):
            page = pad(page)
        data = page if isinstance(page, bytes) else page.encode('utf-8')
        name = '%02d' % n
        with open(os.path.join(OUT, name + '.html'), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(exp)
        title = s['title']
        if tpl is page_cp1252:
            title = title.replace("'", '\u2019')
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'published': s['date'], 'lang': 'en'}, f)
        print(name, tpl.__name__, v, len(data))


main()
