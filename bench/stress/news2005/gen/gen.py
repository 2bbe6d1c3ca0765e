#!/usr/bin/env python3
"""Generate bench/stress/news2005 pages: English news pages as built 2004-2011, each page on its own
invented template (Saxotech-, Escenic-, NewsGate-, Ellington/Django-, Movable Type-, WordPress 2.x-,
Drupal 5-6-like dailies, Worldnow-era TV sites, wire-partner pages, magazine sites). Original text
(stories.py). Usage: python3 bench/stress/news2005/gen/gen.py OUTDIR  (writes NN.html/.txt/.json)."""
import datetime, html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories import STORIES

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20070306)
MON = 'January February March April May June July August September October November December'.split()
AP_MON = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
DAY = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
E = lambda s: html.escape(s, quote=True)
XT = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
      '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n')
H4 = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n'
OTHER = ['Council delays vote on downtown parking garage', 'Police seek witnesses to Route 4 crash',
         'Lady Hornets roll into regional final', 'Gas prices dip below $3 for first time since spring',
         'Obituaries: Margaret L. Dunn, 91', 'Church rummage sale raises $4,200 for food pantry',
         'County fair board names new manager', 'Weather: Clouds give way to sunny weekend']


def D(s):
    return datetime.date(*map(int, s['date'].split('-')))


def slug(t):
    return genlib.slug(t, 50)


def links(n, off=0, pre='/news/', li=True):
    out = []
    for i in range(n):
        t = OTHER[(off + i * 3) % len(OTHER)]
        a = '<a href="%s%s.html">%s</a>' % (pre, slug(t), E(t))
        out.append('<li>%s</li>\n' % a if li else a)
    return ''.join(out)


def ga():
    return ('<script type="text/javascript">\nvar gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");\n'
            'document.write(unescape("%%3Cscript src=\'" + gaJsHost + "google-analytics.com/ga.js\' type=\'text/javascript\'%%3E%%3C/script%%3E"));\n</script>\n'
            '<script type="text/javascript">\ntry {\nvar pageTracker = _gat._getTracker("UA-%d-1");\npageTracker._trackPageview();\n} catch(err) {}</script>\n'
            % random.randint(100000, 999999))


def ad(w=300, h=250, pos='middle'):
    return ('<div class="ad-%s"><script type="text/javascript">\nvar ord = Math.random()*10000000000000000;\n'
            'document.write(\'<script src="http://ad.doubleclick.net/adj/news.%s/;sz=%dx%d;ord=\' + ord + \'?"><\\/script>\');\n</script>\n'
            '<noscript><a href="http://ad.doubleclick.net/jump/news/;sz=%dx%d"><img src="http://ad.doubleclick.net/ad/news/;sz=%dx%d" width="%d" height="%d" border="0" alt="" /></a></noscript></div>\n'
            % (pos, pos, w, h, w, h, w, h, w, h))


def body_items(s, upto=None):
    its = s['items'][:upto] if upto else s['items']
    return its


def paras(its, p='<p>%s</p>\n', h='<h3>%s</h3>\n', q=None):
    out = []
    for k, v in its:
        if k == 'H':
            out.append(h % E(v))
        elif k == 'Q' and q:
            out.append(q % E(v))
        else:
            out.append(p % E(v))
    return out


def head(s, site, doctype=XT, charset='iso-8859-1', extra='', title_fmt='%s - %s'):
    first = s['items'][0][1]
    return (doctype + '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n<title>%s</title>\n'
            '<meta name="description" content="%s" />\n<meta name="keywords" content="%s, news, local" />\n%s'
            '<link rel="stylesheet" type="text/css" href="/css/main.css" media="screen" />\n<link rel="stylesheet" type="text/css" href="/css/print.css" media="print" />\n'
            '<script type="text/javascript" src="/js/prototype.js"></script>\n%s</head>\n'
            % (charset, E(title_fmt % (s['title'], site)), E(first[:150]), E(s['place'].title()), extra, ga()))


def comments(n, names=('riverrat', 'Concerned Taxpayer', 'jmk1956', 'HollisGal', 'truthseeker')):
    txt = ['This has been coming for years and nobody wanted to listen.', 'Thanks for covering this. The TV stations never do.',
           'Where exactly is the money going? Somebody should ask.', 'My dad worked there for 30 years. Sad day.',
           'Same old story in this town.']
    return [(names[i % len(names)], txt[(i * 2) % len(txt)]) for i in range(n)]


def apdate(d):
    return '%s %d, %d' % (AP_MON[d.month - 1], d.day, d.year)


# ---------------------------------------------------------------- templates
# each returns (html, expected paragraphs)

def t_saxotech(s):
    d = D(s); site = 'The Merrick Courier'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    mid = len(ps) // 2
    ps.insert(mid, '<div class="storycontinues"><span>Story continues below</span>\n' + ad() + '</div>\n')
    h = head(s, site, extra='<meta name="Generator" content="Saxotech Online" />\n')
    h += ('<body>\n<table width="990" cellpadding="0" cellspacing="0" border="0" id="page"><tr><td colspan="2" id="masthead">'
          '<a href="/apps/pbcs.dll/frontpage"><img src="/images/masthead.gif" alt="%s" width="560" height="80" border="0" /></a></td></tr>\n'
          '<tr><td colspan="2" class="topnav"><a href="/section/NEWS">News</a> | <a href="/section/SPORTS">Sports</a> | <a href="/section/BUSINESS">Business</a> | '
          '<a href="/section/OPINION">Opinion</a> | <a href="/section/OBITS">Obituaries</a> | <a href="http://classifieds.merrickcourier.com">Classifieds</a></td></tr>\n'
          '<tr><td valign="top" width="650" class="storycol">\n<div class="kicker">Local News</div>\n<h1 class="headline">%s</h1>\n'
          '<div class="byline">By %s<br />Courier Staff Writer</div>\n<div class="dateline">Posted: %s, %s %02d, %d</div>\n'
          '<div class="storytools"><a href="/apps/pbcs.dll/article?AID=/%s/NEWS01/703060321&amp;template=printart">Print this story</a> | '
          '<a href="/apps/pbcs.dll/emailart?AID=/%s/NEWS01/703060321">E-mail this story</a> | <a href="#comments">Reader comments (%d)</a></div>\n'
          '<div id="storybody">\n%s</div>\n' % (site, E(s['title']), E(s['author']), DAY[d.weekday()][:3], MON[d.month - 1][:3], d.day, d.year,
                                           d.strftime('%Y%m%d'), d.strftime('%Y%m%d'), 5, ''.join(ps)))
    h += ('<div class="storytools"><a href="#">Print this story</a> | <a href="#">E-mail this story</a></div>\n'
          '<a name="comments"></a><h3>Reader comments (5)</h3>\n<div class="comments">\n')
    for n, c in comments(5):
        h += '<div class="comment"><p class="commenter">Posted by %s on %s %d, %d at 9:%02d p.m.</p><p>%s</p></div>\n' % (n, MON[d.month-1][:3], d.day, d.year, random.randint(10, 59), E(c))
    h += ('</div>\n<p class="commentrules">Comments are the opinions of readers and do not reflect the views of The Merrick Courier. '
          '<a href="/rules">Read our comment policy</a>.</p>\n</td>\n<td valign="top" width="300" class="rightrail">\n'
          + ad(300, 250, 'right') + '<div class="mostpop"><h4>Most e-mailed</h4>\n<ol>\n' + links(5) + '</ol></div>\n'
          '<div class="mostpop"><h4>Most viewed</h4>\n<ol>\n' + links(5, 2) + '</ol></div>\n</td></tr>\n'
          '<tr><td colspan="2" id="footer">Copyright &copy; %d The Merrick Courier. All rights reserved. | <a href="/privacy">Privacy Policy</a> | '
          '<a href="/terms">User Agreement</a> | <a href="/contact">Contact Us</a></td></tr>\n</table>\n</body>\n</html>\n' % d.year)
    return h, [v for k, v in its]


def t_escenic(s):
    d = D(s); site = 'Calloway Ledger-Star'
    its = body_items(s)
    h = head(s, site, charset='UTF-8', extra='<meta name="escenic.articleId" content="%d" />\n<meta name="Author" content="%s" />\n' % (random.randint(10**6, 10**7), E(s['author'])))
    ps = paras(its, '<p>%s</p>\n', '<h2 class="subhead">%s</h2>\n')
    h += ('<body class="article">\n<div id="wrapper">\n<div id="header"><a href="/"><img src="/img/logo.png" alt="Calloway Ledger-Star" /></a>\n'
          '<ul id="mainnav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Money</a></li>'
          '<li><a href="/life">Life</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/homes">Homes</a></li></ul></div>\n'
          '<div id="content"><div id="article">\n<h1>%s</h1>\n<p class="byline">By <a href="/staff/%s">%s</a> | Ledger-Star</p>\n'
          '<p class="published">Published %s %d, %d</p>\n'
          '<div class="tools"><ul><li class="email"><a href="/email?articleId=1">E-mail</a></li><li class="print"><a href="?service=print">Print</a></li>'
          '<li class="digg"><a href="http://digg.com/submit?url=x">Digg this</a></li><li class="delicious"><a href="http://del.icio.us/post?url=x">del.icio.us</a></li>'
          '<li class="yahoo"><a href="http://add.my.yahoo.com/rss?url=x">Add to My Yahoo!</a></li><li class="fontsize">Text size: <a href="#">A</a> <a href="#">A</a></li></ul></div>\n'
          '<div id="article-body">\n%s</div>\n' % (E(s['title']), slug(s['author']), E(s['author']), MON[d.month-1], d.day, d.year, ''.join(ps)))
    h += ('<table class="related" cellspacing="0"><tr><th colspan="2">Related stories</th></tr>\n')
    for i in range(3):
        h += '<tr><td class="date">%02d/%02d/%02d</td><td><a href="/news/%d.ece">%s</a></td></tr>\n' % (d.month, max(1, d.day - i - 1), d.year % 100, i, E(OTHER[i + 2]))
    h += ('</table>\n<div class="contact">Contact reporter %s at 555-0143 or %s@ledgerstar.com.</div>\n</div>\n'
          '<div id="sidebar">' % (E(s['author']), s['author'].split()[0].lower()) + ad(300, 250, 'side') +
          '<h3>Most read</h3><ol>' + links(4, 1, '/news/', True) + '</ol></div>\n</div>\n'
          '<div id="footer"><p>&copy; %d Calloway Ledger-Star, a Harlan Newspapers company. <a href="/about">About us</a> | <a href="/advertise">Advertise</a></p></div>\n</div>\n</body>\n</html>\n' % d.year)
    return h, [v for k, v in its]


def t_newsgate(s):
    d = D(s); site = 'Port Ansel Post-Intelligencer'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p><strong>%s</strong></p>\n')
    hr = random.choice([11, 9, 7]); mi = random.randint(10, 59)
    h = head(s, site, extra='<meta name="PI-Section" content="Local" />\n', title_fmt='%s | %s')
    h += ('<body>\n<div id="hd"><a href="/"><img src="/pi/logo.gif" alt="seattlepi" /></a> <span class="weather">Port Ansel 58&deg;F</span>\n'
          '<div id="nav"><a href="/local">Local</a> <a href="/nation">Nation/World</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/ae">A&amp;E</a> <a href="/lifestyle">Life</a></div></div>\n'
          '<div id="story">\n<h1 class="storyhead">%s</h1>\n<p class="byline">By %s<br />P-I REPORTER</p>\n'
          '<p class="updated">Last updated %d:%02d p.m. PT %s %d, %d</p>\n'
          '<div class="storytools"><a href="/printer2/index.asp?ploc=t">Printer-friendly version</a><br /><a href="/emailsend">E-mail this article</a><br />'
          '<a href="#comments">Reader comments</a></div>\n<div id="storytext">\n%s' % (E(s['title']), E(s['author']).upper(), hr, mi, AP_MON[d.month-1], d.day, d.year, ''.join(ps)))
    h += ('<p class="pi-contact"><i>P-I reporter %s can be reached at 206-555-0117 or %s@seattlepi.com.</i></p>\n</div>\n'
          '<div class="morestories"><h4>More Port Ansel news</h4><ul>%s</ul></div>\n'
          '<div id="comments"><h4>Comments</h4><p>No comments yet. <a href="/login">Sign in</a> to be the first.</p></div>\n</div>\n'
          '<div id="ft"><p>&copy;1996-%d Port Ansel Post-Intelligencer</p></div>\n</body>\n</html>\n' % (E(s['author']), s['author'].split()[-1].lower(), links(4, 3), d.year))
    return h, [v for k, v in its]


def t_ellington(s):
    d = D(s); site = 'Westfall Daily Herald'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h3>%s</h3>\n', '<blockquote><p>%s</p></blockquote>\n')
    h = head(s, site, charset='utf-8')
    h += ('<body id="news-story">\n<div id="container">\n<div id="branding"><a href="/">Westfall Daily Herald</a> <span>Serving Westfall since 1891</span></div>\n'
          '<ul id="site-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/blogs/">Blogs</a></li>'
          '<li><a href="/databases/">Data Center</a></li><li><a href="/calendar/">Calendar</a></li></ul>\n<div id="main">\n'
          '<div class="story">\n<p class="kicker"><a href="/news/local/">Local news</a></p>\n<h1>%s</h1>\n'
          '<p class="story-meta"><span class="byline">By %s</span> | <span class="pubdate">Posted: %s, %s %d, %d %d:%02d %s EST</span></p>\n'
          '<div class="story-body">\n%s</div>\n' % (E(s['title']), E(s['author']), DAY[d.weekday()], MON[d.month-1], d.day, d.year, random.randint(1, 11), random.randint(0, 59), random.choice(['AM', 'PM']), ''.join(ps)))
    h += ('<ul class="story-tools"><li><a href="print/">Print</a></li><li><a href="email/">Email</a></li><li>Recommended by <b>5</b> readers <a href="recommend/">Recommend</a></li></ul>\n'
          '<div class="tags">Tags: <a href="/tags/westfall/">westfall</a>, <a href="/tags/schools/">schools</a></div>\n'
          '<div id="comments"><h3>Comments (2)</h3>\n<div class="comment"><p>%s</p><p class="comment-meta">Posted by <a href="/users/riverrat/">riverrat</a> on %s %d, %d at 10:14 p.m. '
          '(<a href="/comments/flag/">Suggest removal</a>)</p></div>\n<div class="comment"><p>%s</p><p class="comment-meta">Posted by <a href="/users/jmk/">jmk1956</a> on %s %d, %d at 11:02 p.m.</p></div>\n'
          '<p><a href="/accounts/login/">Log in</a> or <a href="/accounts/register/">register</a> to post comments. <a href="/comment-rules/">Comment rules</a></p></div>\n'
          '</div>\n</div>\n<div id="sidebar"><h3>Blogs</h3><ul>%s</ul>%s</div>\n<div id="footer">Powered by Ellington &middot; &copy; %d Westfall Daily Herald</div>\n</div>\n</body>\n</html>\n'
          % (comments(2)[0][1], MON[d.month-1][:3], d.day, d.year, comments(2)[1][1], MON[d.month-1][:3], d.day, d.year, links(3, 4, '/blogs/'), ad(160, 600, 'sky'), d.year))
    return h, [v for k, v in its]


def t_mtblog(s):
    d = D(s); site = 'Newsroom Notebook'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p><strong>%s</strong></p>\n')
    cut = len(ps) // 2 + 1
    hr = random.randint(1, 11); mi = random.randint(10, 59)
    h = head(s, site + ' - The Greensbury Gazette', charset='iso-8859-1', extra='<meta name="generator" content="http://www.movabletype.org/" />\n'
             '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://blogs.gazette.com/notebook/rsd.xml" />\n',
             title_fmt='%s: %s')
    h += ('<body class="layout-two-column-right">\n<div id="container">\n<div id="banner"><h1 id="banner-header"><a href="/notebook/">Newsroom Notebook</a></h1>'
          '<h2 id="banner-description">Reporters from The Greensbury Gazette on the stories behind the stories</h2></div>\n'
          '<div id="pagebody"><div id="alpha">\n<h2 class="date-header">%s, %s %d, %d</h2>\n<div class="entry" id="entry-%d">\n'
          '<h3 class="entry-header">%s</h3>\n<div class="entry-content">\n<div class="entry-body">\n%s</div>\n<div id="more" class="entry-more">\n%s</div>\n</div>\n'
          '<p class="entry-footer"><span class="post-footers">Posted by %s at %d:%02d PM</span> <span class="separator">|</span> '
          '<a class="permalink" href="http://blogs.gazette.com/notebook/%d/%02d/%s.html">Permalink</a> <span class="separator">|</span> '
          '<a href="#comments">Comments (3)</a> <span class="separator">|</span> <a href="#trackback">TrackBack (0)</a></p>\n'
          '<div class="sharebar"><a href="http://digg.com/submit">Digg this</a> | <a href="http://del.icio.us/post">Save to del.icio.us</a> | '
          '<a href="http://www.technorati.com/search/">Technorati</a> | <a href="http://www.newsvine.com/_tools/seed">Seed Newsvine</a></div>\n</div>\n'
          % (DAY[d.weekday()], MON[d.month-1], d.day, d.year, random.randint(1000, 9999), E(s['title']), ''.join(ps[:cut]), ''.join(ps[cut:]),
             E(s['author']), hr, mi, d.year, d.month, slug(s['title'])))
    h += '<div class="trackbacks"><h3 id="trackback">TrackBack</h3><p>TrackBack URL for this entry:<br />http://blogs.gazette.com/mt/mt-tb.cgi/%d</p></div>\n' % random.randint(100, 999)
    h += '<div class="comments" id="comments"><h3 class="comments-header">Comments</h3>\n'
    for n, c in comments(3):
        h += '<div class="comment"><div class="comment-content"><p>%s</p></div><p class="comment-footer">Posted by: %s | %s %d, %d %d:%02d PM</p></div>\n' % (E(c), n, MON[d.month-1], d.day, d.year, random.randint(1, 11), random.randint(10, 59))
    h += ('</div>\n<div class="comments-open"><h2>Post a comment</h2><form method="post" action="/mt/mt-comments.cgi"><label>Name:</label><input name="author" />'
          '<label>Comments:</label><textarea name="text"></textarea><input type="submit" value="Post" /></form></div>\n</div>\n'
          '<div id="beta"><div class="module"><h2 class="module-header">Recent Entries</h2><ul>%s</ul></div>\n'
          '<div class="module"><h2 class="module-header">Archives</h2><ul><li><a href="#">%s %d</a></li></ul></div>\n'
          '<div class="module-powered">Powered by<br /><a href="http://www.movabletype.com/">Movable Type 3.35</a></div></div>\n</div>\n</div>\n</body>\n</html>\n'
          % (links(4, 5, '/notebook/'), MON[d.month-1], d.year))
    return h, [v for k, v in its]


def t_wp2(s):
    d = D(s); site = 'Orrville Online'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h3>%s</h3>\n')
    h = head(s, site, charset='UTF-8', extra='<meta name="generator" content="WordPress 2.3.1" />\n<link rel="pingback" href="http://orrvilleonline.com/xmlrpc.php" />\n',
             title_fmt='%s &raquo; %s').replace('&amp;raquo;', '&raquo;')
    h += ('<body>\n<div id="page">\n<div id="header"><h1><a href="http://orrvilleonline.com/">Orrville Online</a></h1><div class="description">Community news for Orrville and the lake towns</div></div>\n'
          '<hr />\n<div id="content" class="narrowcolumn">\n<div class="navigation"><div class="alignleft">&laquo; <a href="/prev/">%s</a></div>'
          '<div class="alignright"><a href="/next/">%s</a> &raquo;</div></div>\n<div class="post" id="post-%d">\n<h2><a href="/%s/" rel="bookmark">%s</a></h2>\n'
          '<small>%s %d%s, %d by %s</small>\n<div class="entry">\n%s'
          % (E(OTHER[1]), E(OTHER[5]), random.randint(100, 999), slug(s['title']), E(s['title']), MON[d.month-1], d.day,
             {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10 if d.day not in (11, 12, 13) else 0, 'th'), d.year, E(s['author']), ''.join(ps)))
    h += ('<div class="sociable"><span class="sociable_tagline"><strong>Share and Enjoy:</strong></span><ul>'
          '<li><a href="http://digg.com/submit?phase=2" title="Digg"><img src="/wp-content/plugins/sociable/images/digg.png" alt="Digg" /></a></li>'
          '<li><a href="http://del.icio.us/post?url=x" title="del.icio.us"><img src="/sociable/delicious.png" alt="del.icio.us" /></a></li>'
          '<li><a href="http://www.stumbleupon.com/submit" title="StumbleUpon"><img src="/sociable/stumble.png" alt="StumbleUpon" /></a></li>'
          '<li><a href="http://www.facebook.com/share.php" title="Facebook"><img src="/sociable/facebook.png" alt="Facebook" /></a></li></ul></div>\n'
          '<p class="postmetadata alt"><small>This entry was posted on %s, %s %d%s, %d at %d:%02d pm and is filed under <a href="/category/news/">News</a>. '
          'You can follow any responses to this entry through the <a href="/feed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or '
          '<a href="/trackback/" rel="trackback">trackback</a> from your own site.</small></p>\n</div>\n</div>\n'
          '<h3 id="comments">2 Responses to &#8220;%s&#8221;</h3>\n<ol class="commentlist">\n'
          % (DAY[d.weekday()], MON[d.month-1], d.day, 'th', d.year, random.randint(1, 11), random.randint(10, 59), E(s['title'])))
    for n, c in comments(2, ('Lakeside Mom', 'Barb')):
        h += '<li class="alt"><cite>%s</cite> Says:<br /><small class="commentmetadata"><a href="#">%s %d, %d at 8:%02d am</a></small><p>%s</p></li>\n' % (n, MON[d.month-1], d.day, d.year, random.randint(10, 59), E(c))
    h += ('</ol>\n<h3 id="respond">Leave a Reply</h3>\n<form action="/wp-comments-post.php" method="post"><p><input name="author" /> <label>Name (required)</label></p>'
          '<p><textarea name="comment"></textarea></p><p><input type="submit" value="Submit Comment" /></p></form>\n</div>\n'
          '<div id="sidebar"><ul><li><h2>Recent Posts</h2><ul>%s</ul></li><li><h2>Categories</h2><ul><li><a href="#">Events</a> (41)</li><li><a href="#">News</a> (212)</li></ul></li></ul></div>\n'
          '<hr />\n<div id="footer"><p>Orrville Online is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="/feed/">Entries (RSS)</a> and <a href="/comments/feed/">Comments (RSS)</a>.</p></div>\n</div>\n</body>\n</html>\n'
          % links(5, 6, '/'))
    return h, [v for k, v in its]


def t_drupal5(s):
    d = D(s); site = 'Stovall Township Voice'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h3>%s</h3>\n')
    h = head(s, site, charset='utf-8', title_fmt='%s | %s')
    h += ('<body class="sidebar-left">\n<div id="header-region" class="clear-block"></div>\n<div id="wrapper"><div id="container" class="clear-block">\n'
          '<div id="header"><div id="logo-floater"><h1><a href="/" title="Stovall Township Voice"><span>Stovall Township Voice</span></a></h1></div>\n'
          '<ul class="links primary-links"><li class="first"><a href="/news">News</a></li><li><a href="/events">Events</a></li><li><a href="/forum">Forums</a></li><li class="last"><a href="/contact">Contact</a></li></ul></div>\n'
          '<div id="sidebar-left" class="sidebar"><div class="block block-user"><h2>User login</h2><div class="content"><form action="/user/login"><input name="name" /><input type="submit" value="Log in" /></form>'
          '<div class="item-list"><ul><li><a href="/user/register">Create new account</a></li><li><a href="/user/password">Request new password</a></li></ul></div></div></div>\n'
          '<div class="block block-node"><h2>Recent posts</h2><div class="content"><ul>%s</ul></div></div></div>\n'
          '<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">\n<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div>\n'
          '<h2>%s</h2>\n<div class="node">\n<span class="submitted">Submitted by %s on %s, %s</span>\n<div class="content">\n%s</div>\n'
          '<div class="service-links"><div class="item-list"><ul><li><a href="http://del.icio.us/post?url=x" title="Bookmark this post on del.icio.us.">delicious</a></li>'
          '<li><a href="http://digg.com/submit?phase=2" title="Digg this post on digg.com.">digg</a></li><li><a href="http://reddit.com/submit" title="Submit this post on reddit.com.">reddit</a></li>'
          '<li><a href="http://www.newsvine.com/_tools/seed" title="Submit this post on newsvine.com.">newsvine</a></li></ul></div></div>\n'
          '<div class="links"><ul class="links inline"><li class="first comment_add"><a href="/comment/reply/%d#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li>'
          '<li class="book_printer"><a href="/print/%d" title="Show a printer-friendly version of this page.">Printer-friendly version</a></li>'
          '<li class="last statistics_counter"><span>%d reads</span></li></ul></div>\n</div>\n'
          % (links(4, 2, '/node/'), E(s['title']), slug(s['author']).replace('-', ''), d.strftime('%a, %Y-%m-%d'), '%02d:%02d' % (random.randint(8, 22), random.randint(0, 59)),
             ''.join(ps), 300 + d.day, 300 + d.day, random.randint(150, 2000)))
    h += ('<div id="comments"><a id="comment-1"></a><div class="comment"><h3><a href="#">Blasting</a></h3><div class="submitted">Submitted by quarryneighbor on %s</div>'
          '<div class="content"><p>My basement wall has a crack you can put a pencil in.</p></div><div class="links"><a href="/comment/reply">reply</a></div></div></div>\n'
          '<div id="footer">Stovall Township Voice is a volunteer community site. Content is licensed under a Creative Commons license.</div>\n</div></div></div></div>\n</div></div>\n</body>\n</html>\n' % d.strftime('%a, %Y-%m-%d 21:13'))
    return h, [v for k, v in its]


def t_worldnow(s):
    d = D(s); site = 'WKTV NewsChannel 8'
    its = body_items(s)
    body = '<br /><br />\n'.join(('<b>%s</b>' % E(v)) if k == 'H' else E(v) for k, v in its)
    h = head(s, site, doctype=H4, charset='iso-8859-1', title_fmt='%s - %s')
    h += ('<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">\n<div id="WNHeader"><a href="/"><img src="/images/wktv_logo.gif" alt="WKTV NewsChannel 8" border="0"></a></div>\n'
          '<div id="WNNav"><a href="/global/category.asp?C=1">News</a> | <a href="/weather">Weather</a> | <a href="/global/category.asp?C=3">Sports</a> | '
          '<a href="/global/category.asp?C=9">Consumer 8</a> | <a href="/global/category.asp?C=12">Video</a> | <a href="/contests">Contests</a></div>\n'
          '<table width="100%%" cellspacing="0" cellpadding="0"><tr><td valign="top" id="WNCol23">\n'
          '<div id="WNStoryHeadline"><h2 class="WNStoryTitle">%s</h2></div>\n'
          '<div class="datetime"><font size="1" face="Arial">Posted: %s %02d, %d %d:%02d PM EST</font><br /><font size="1" face="Arial">Updated: %s %02d, %d %d:%02d AM EST</font></div>\n'
          '<div id="WNStoryRelatedBox"><div class="title">Email to a friend</div> <a href="/global/story.asp?s=%d&amp;ClientType=Printable">Printer Friendly</a> '
          '<a href="http://del.icio.us/post">Save to del.icio.us</a> <a href="http://digg.com/submit">Digg it</a></div>\n'
          '<div id="WNStoryBody"><span id="WNStoryAuthor"><font size="2" face="Arial"><b>By %s</b></font></span><br /><br />\n<font face="Arial" size="2">%s<br /><br />\n'
          'Copyright %d WKTV. All rights reserved.</font></div>\n'
          % (E(s['title']), MON[d.month-1][:3], d.day, d.year, random.randint(1, 11), random.randint(10, 59), MON[d.month-1][:3], d.day + (1 if d.day < 28 else 0), d.year,
             random.randint(5, 11), random.randint(10, 59), random.randint(10**6, 10**7), E(s['author']), body, d.year))
    h += ('<div id="WNRelatedStories"><b>Related Stories:</b><br />%s</div>\n</td>\n<td valign="top" width="300" id="WNCol4">%s'
          '<div class="WNWeather"><b>Current conditions</b><br />34&deg; Cloudy</div><div class="WNPoll"><b>Today\'s Poll</b><br /><form>Do you plan to travel this weekend?<br />'
          '<input type="radio" name="p" /> Yes <input type="radio" name="p" /> No</form></div></td></tr></table>\n'
          '<div id="WNFooter"><font size="1">All content &copy; Copyright 2000 - %d WorldNow and WKTV. All Rights Reserved. For more information on this site, please read our '
          '<a href="/global/story.asp?s=1">Privacy Policy</a> and <a href="/global/story.asp?s=2">Terms of Service</a>.</font></div>\n</body>\n</html>\n'
          % ('<br />'.join(links(3, 1, '/global/story.asp?s=', False).split('\n')) if False else links(3, 1, '/global/story.asp?s=', False).replace('</a><a', '</a><br /><a'), ad(300, 250), d.year))
    return h, [v for k, v in its]


def t_apwire(s):
    d = D(s); site = 'Fairlea Evening Tribune'
    its = body_items(s)
    state = random.choice(['Ohio', 'Pa.', 'Wis.', 'Mich.', 'Ind.', 'Ore.', 'Maine'])
    first = '%s, %s (AP) -- %s' % (s['place'], state, its[0][1])
    exp = [first] + [v for k, v in its[1:]]
    ps = ['<p>%s</p>\n' % E(first)] + paras(its[1:], '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    h = head(s, site, charset='iso-8859-1')
    h += ('<body>\n<div id="top"><a href="/"><img src="/img/fet.gif" alt="Fairlea Evening Tribune" /></a><div class="date">%s, %s %d, %d</div></div>\n'
          '<div id="navbar"><a href="/">Home</a> &gt; <a href="/ap/">AP Wire</a> &gt; <a href="/ap/state/">State News</a></div>\n'
          '<div id="apstory">\n<div class="apheadline"><h1>%s</h1></div>\n<div class="apbyline">By %s<br />Associated Press Writer</div>\n'
          '<div class="aptimestamp">%s, %s %d, %d (AP)</div>\n<div class="apbody">\n%s'
          '<p>Copyright %d The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>\n</div>\n'
          '<div class="aplinks"><a href="/ap/email">E-mail this story</a> | <a href="/ap/print">Print this story</a></div>\n</div>\n'
          '<div id="moreap"><h3>More AP State News</h3><ul>%s</ul></div>\n<div id="rail">%s</div>\n'
          '<div id="bottom">&copy; %d Fairlea Evening Tribune. Wire stories are provided by The Associated Press.</div>\n</body>\n</html>\n'
          % (DAY[d.weekday()], MON[d.month-1], d.day, d.year, E(s['title']), E(s['author']).upper(), DAY[d.weekday()], MON[d.month-1], d.day, d.year,
             ''.join(ps), d.year, links(5, 0, '/ap/'), ad(300, 250), d.year))
    return h, exp


def t_paged(s):
    d = D(s); site = 'The Valley Monthly'
    its = body_items(s); n1 = 3
    ps = paras(its[:n1], '<p>%s</p>\n', '<h4>%s</h4>\n')
    h = head(s, site, charset='utf-8', title_fmt='%s -- %s')
    h += ('<body>\n<div id="mast"><a href="/">The Valley Monthly</a> <span>The magazine of the Sable Valley</span></div>\n'
          '<div id="sections"><a href="/features">Features</a> &middot; <a href="/dining">Dining</a> &middot; <a href="/arts">Arts</a> &middot; <a href="/subscribe">Subscribe</a></div>\n'
          '<div class="story">\n<div class="rubric">Features</div>\n<h1>%s</h1>\n<div class="credits">Written by %s &middot; %s %d</div>\n'
          '<div class="pagination top">Page 1 of 3</div>\n<div class="storytext">\n%s</div>\n'
          '<div class="pagination bottom"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next page &raquo;</a> | <a href="?page=all">Single page view</a></div>\n'
          '<div class="addthis_toolbox addthis_default_style"><a href="http://www.addthis.com/bookmark.php?v=250" class="addthis_button_compact">Share</a>'
          '<span class="addthis_separator">|</span><a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_email"></a></div>\n'
          '<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#username=valleymonthly"></script>\n'
          '<div class="issue">This article appeared in the %s %d issue of The Valley Monthly.</div>\n</div>\n'
          '<div id="footer">&copy; %d Valley Monthly Publishing LLC</div>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']), MON[d.month-1], d.year, ''.join(ps), MON[d.month-1], d.year, d.year))
    return h, [v for k, v in its[:n1]]


def t_fonttable(s):
    d = D(s); site = 'The Hollis Falls Sentinel'
    its = body_items(s)
    body = ''.join('<p><font face="Verdana, Arial" size="2">%s</font></p>\n' % (('<b>%s</b>' % E(v)) if k == 'H' else E(v)) for k, v in its)
    h = head(s, site, doctype=H4, charset='iso-8859-1', title_fmt='%s : %s')
    h += ('<body bgcolor="#ffffff" text="#000000" link="#003366" vlink="#663366">\n<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">\n'
          '<tr><td><img src="/img/sentinel_head.jpg" width="780" height="90" alt="The Hollis Falls Sentinel"></td></tr>\n'
          '<tr><td bgcolor="#003366"><font color="#ffffff" face="Arial" size="1"><b><a href="/news/"><font color="#ffffff">NEWS</font></a> | <a href="/sports/"><font color="#ffffff">SPORTS</font></a> | '
          '<a href="/obits/"><font color="#ffffff">OBITUARIES</font></a> | <a href="/archives/"><font color="#ffffff">ARCHIVES</font></a></font></b></td></tr>\n'
          '<tr><td><table width="100%%" cellpadding="6"><tr><td width="160" valign="top" bgcolor="#eeeeee"><font face="Arial" size="1"><b>Today\'s Headlines</b><br>%s</font></td>\n'
          '<td valign="top"><font face="Georgia, Times" size="5"><b>%s</b></font><br>\n<font face="Arial" size="1" color="#666666">By %s, Sentinel Staff Writer<br>%s, %s %d, %d</font><br><br>\n'
          '%s<p><font face="Arial" size="1"><a href="/cgi-bin/print.cgi">Printer-friendly version</a> | <a href="/cgi-bin/mailto.cgi">E-mail this story to a friend</a></font></p>\n'
          '<p><font face="Arial" size="1">Copyright &copy; %d The Hollis Falls Sentinel. All rights reserved. Reproduction without permission is prohibited.</font></p></td></tr></table></td></tr>\n'
          '</table>\n</body>\n</html>\n'
          % (links(4, 1, '/news/', False).replace('</a><a', '</a><br><a'), E(s['title']), E(s['author']), DAY[d.weekday()], MON[d.month-1], d.day, d.year, body, d.year))
    return h, [v for k, v in its]


def t_sharethis(s):
    d = D(s); site = 'Denholm Daily Record'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p class="subhead">%s</p>\n')
    mid = 2
    ps.insert(mid, '<div class="inline-ad"><p class="adlabel">Advertisement</p>%s</div>\n' % ad(300, 250, 'inline'))
    ps.insert(4, '<div class="related-inline"><h4>Related stories</h4><ul>%s</ul></div>\n' % links(3, 2))
    h = head(s, site, charset='utf-8', extra='<script type="text/javascript" src="http://w.sharethis.com/button/sharethis.js#publisher=abc123"></script>\n')
    h += ('<body>\n<div id="hdr"><a href="/"><img src="/images/ddr.png" alt="Denholm Daily Record" /></a><form action="/search"><input name="q" /><input type="submit" value="Search" /></form></div>\n'
          '<ul id="nav"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/obits">Obits</a></li><li><a href="/classifieds">Classifieds</a></li><li><a href="/e-edition">e-Edition</a></li></ul>\n'
          '<div id="main"><div class="article">\n<h1>%s</h1>\n<h2 class="deck">%s</h2>\n<div class="meta">%s | %s<br />%s %d, %d</div>\n'
          '<div class="share"><script type="text/javascript">SHARETHIS.addEntry({title:"%s"}, {button:true});</script> <a href="/mail">E-mail</a> <a href="/print">Print</a> <a href="#comments">Comments (12)</a></div>\n'
          '<div class="article-text">\n%s</div>\n'
          % (E(s['title']), 'Officials say the county has fallen behind', E(s['author']), 'Staff Writer', AP_MON[d.month-1], d.day, d.year, E(s['title']), ''.join(ps)))
    h += ('<div id="comments"><h3>Reader comments (12)</h3><p><a href="/comments/all">View all 12 comments</a></p><p>You must be <a href="/login">logged in</a> to comment.</p></div>\n'
          '</div></div>\n<div id="rail"><h3>Most popular</h3><ul class="tabs"><li>Most viewed</li><li>Most e-mailed</li><li>Most commented</li></ul><ol>%s</ol></div>\n'
          '<div id="ftr"><p>Denholm Daily Record &middot; 41 Court St. &middot; Denholm &middot; 555-0100</p><p>Copyright &copy; %d. All rights reserved.</p></div>\n</body>\n</html>\n'
          % (links(5, 3), d.year))
    return h, [v for k, v in its]


def t_printview(s):
    d = D(s); site = 'Kestrel Island Gazette'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    h = head(s, site, charset='iso-8859-1', extra='<meta name="robots" content="noindex" />\n')
    h += ('<body onload="window.print()" style="background:#fff;font-family:Times">\n<div style="border-bottom:2px solid #000;padding:4px"><img src="/img/kig_print.gif" alt="Kestrel Island Gazette" /></div>\n'
          '<div style="font-size:11px"><a href="javascript:window.print()">Print this page</a> &nbsp; <a href="javascript:window.close()">Close window</a></div>\n'
          '<h1 style="font-size:24px;margin:10px 0">%s</h1>\n<div style="font-size:12px;font-style:italic">By %s<br />Gazette Staff</div>\n'
          '<div style="font-size:12px">Published: %s, %s %d, %d</div>\n<div style="margin-top:12px;font-size:14px">\n%s</div>\n'
          '<hr />\n<div style="font-size:10px">URL: http://www.kestrelgazette.com/news/%d/%02d/%s.html<br />&copy; %d Kestrel Island Gazette. All rights reserved.</div>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']), DAY[d.weekday()], MON[d.month-1], d.day, d.year, ''.join(ps), d.year, d.month, slug(s['title']), d.year))
    return h, [v for k, v in its]


def t_tvdrupal6(s):
    d = D(s); site = 'KBRT 12 News'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h3>%s</h3>\n')
    h = head(s, site, charset='utf-8', title_fmt='%s | %s')
    h += ('<body class="page-node node-type-story">\n<div id="page">\n<div id="breaking"><b>WEATHER ALERT:</b> <a href="/weather">Winter storm warning in effect until 6 p.m.</a></div>\n'
          '<div id="header"><a href="/"><img src="/sites/all/themes/kbrt/logo.png" alt="KBRT 12" /></a><ul class="menu"><li><a href="/news">News</a></li><li><a href="/weather">First Alert Weather</a></li>'
          '<li><a href="/video">Video</a></li><li><a href="/12-on-your-side">12 On Your Side</a></li></ul></div>\n'
          '<div id="main"><div id="video-player"><object width="400" height="300"><param name="movie" value="/player.swf?clip=%d" /><embed src="/player.swf" width="400" height="300"></embed></object>'
          '<p class="player-title">VIDEO: %s</p></div>\n<h1 class="title">%s</h1>\n'
          '<div class="meta"><span class="reporter">Reported by %s</span><br /><span class="date">%s %d, %d - %d:%02d PM</span></div>\n'
          '<div class="addthis_toolbox"><a class="addthis_button_email">Email</a><a class="addthis_button_print">Print</a><a class="addthis_button_facebook">Facebook</a><a class="addthis_button_twitter">Twitter</a><a class="addthis_button_more">More</a></div>\n'
          '<div class="content">\n%s<p><em>Copyright %d KBRT. All rights reserved.</em></p>\n</div>\n'
          % (random.randint(1000, 9999), E(s['title']), E(s['title']), E(s['author']), MON[d.month-1], d.day, d.year, random.randint(1, 11), random.randint(10, 59), ''.join(ps), d.year))
    h += ('<div class="terms">Tags: <a href="/tags/weather">Weather</a>, <a href="/tags/local">Local</a></div>\n'
          '<div class="block"><h2>More Local News</h2><div class="view-content"><ul>%s</ul></div></div>\n'
          '<div id="disqus_thread"></div><script type="text/javascript">var disqus_shortname = "kbrt12";</script><noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>\n'
          '</div>\n<div id="footer">KBRT 12 &middot; A Corbin Broadcasting station &middot; <a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a></div>\n</div>\n</body>\n</html>\n'
          % links(4, 5))
    return h, [v for k, v in its]


def t_yahoo_partner(s):
    d = D(s); site = 'Bell Harbor News-Leader'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<p><strong>%s</strong></p>\n')
    h = head(s, site, charset='utf-8')
    h += ('<body>\n<div id="ygma">Yahoo! Local News &middot; <a href="http://news.yahoo.com/">News Home</a> &middot; <a href="#">My Yahoo!</a> &middot; <a href="#">Sign In</a></div>\n'
          '<div class="partner-bar"><img src="/logos/bhnl.gif" alt="Bell Harbor News-Leader" /> <span>Local news from our partner newspaper</span></div>\n'
          '<div id="story"><h1>%s</h1>\n<div class="byline"><cite class="vcard"><span class="fn">%s</span>, <span class="org">Bell Harbor News-Leader</span></cite> '
          '<abbr title="%sT09:14:00Z" class="timedate">%s %s %d, %d 9:14 am ET</abbr></div>\n'
          '<div class="story-tools"><a href="#">Recommend</a> <a href="#">Email</a> <a href="#">IM</a> <a href="#">Print</a> <a href="#">Add to My Yahoo!</a> <a href="#">Buzz up!</a></div>\n'
          '<div class="yn-story-content">\n%s</div>\n<p class="partnerlink"><a href="http://www.bhnewsleader.com/">Read more local news at the Bell Harbor News-Leader.</a></p>\n</div>\n'
          '<div id="related"><h3>Related Searches</h3><ul><li><a href="#">maritime museum</a></li><li><a href="#">schooner</a></li></ul>'
          '<h3>Most Popular</h3><ul>%s</ul></div>\n<div id="ft">Copyright &copy; %d Yahoo! Inc. All rights reserved. | <a href="#">Privacy Policy</a> | <a href="#">Terms of Service</a></div>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']), s['date'], DAY[d.weekday()][:3], MON[d.month-1][:3], d.day, d.year, ''.join(ps), links(4, 0), d.year))
    return h, [v for k, v in its]


def t_latin1_uk(s):
    d = D(s); site = 'Carver Chronicle'
    its = body_items(s); ps = paras(its, '<p class="bodytext">%s</p>\n', '<p class="crosshead">%s</p>\n')
    h = head(s, site, charset='iso-8859-1', title_fmt='%s - %s')
    h += ('<body>\n<div id="ch-top"><img src="/gfx/chronicle.gif" alt="Carver Chronicle" /> <span class="price">Online edition</span></div>\n'
          '<div id="ch-nav"><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whatson/">What\'s On</a> <a href="/jobs/">Jobs</a> <a href="/motors/">Motors</a></div>\n'
          '<div id="ch-article">\n<h1>%s</h1>\n<p class="ch-date">%d:%02d - %02d %s %d</p>\n'
          '<div class="ch-tools"><a href="/print/">Print</a> | <a href="/email/">Email this story</a> | <a href="#">Have your say</a> | <a href="http://digg.com/">Digg</a> | <a href="http://del.icio.us/">del.icio.us</a> | <a href="http://www.facebook.com/">Facebook</a></div>\n'
          '%s<p class="ch-related">Related links</p><ul class="ch-rel">%s</ul>\n'
          '<div class="ch-hys"><h3>Have your say</h3><p>Comments (0)</p><p>Be the first to comment on this story.</p></div>\n</div>\n'
          '<div id="ch-foot">&copy; Carver Chronicle %d &middot; Published by Fenwick Regional Newspapers Ltd, Carver. Registered in England No. 0123456.</div>\n</body>\n</html>\n'
          % (E(s['title']), random.randint(8, 17), random.randint(0, 59), d.day, MON[d.month-1], d.year, ''.join(ps), links(3, 4), d.year))
    return h, [v for k, v in its]


def t_mag_blogline(s):
    d = D(s); site = 'Metro Weekly Beat'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h4>%s</h4>\n', '<blockquote>%s</blockquote>\n')
    hr = random.randint(1, 11); mi = random.randint(10, 59)
    h = head(s, site, charset='utf-8', extra='<meta name="generator" content="WordPress 2.8.4" />\n', title_fmt='%s | %s')
    h += ('<body>\n<div id="masthead"><a href="/">Metro Weekly Beat</a><p>Politics, arts and the city since 1979</p></div>\n'
          '<div id="nav"><a href="/news">News</a> <a href="/blogs">Blogs</a> <a href="/arts">Arts</a> <a href="/eat">Eat</a> <a href="/listings">Listings</a> <a href="/classifieds">Classifieds</a></div>\n'
          '<div id="blog"><div class="blogtitle"><a href="/blogs/the-beat/">The Beat</a> <span>Our news blog</span></div>\n'
          '<div class="post"><h2 class="posttitle">%s</h2>\n<div class="postbody">\n%s</div>\n'
          '<p class="postinfo">Posted by %s at %d:%02d PM on %s %d, %d | <a href="#comments">Comments (4)</a> | <a href="/tag/news">News</a></p>\n'
          '<div class="addthis"><!-- AddThis Button BEGIN --><a href="http://www.addthis.com/bookmark.php" onmouseover="return addthis_open(this, \'\', \'[URL]\', \'[TITLE]\')" onmouseout="addthis_close()">'
          '<img src="http://s7.addthis.com/static/btn/lg-share-en.gif" width="125" height="16" alt="Bookmark and Share" style="border:0"/></a><!-- AddThis Button END --></div>\n'
          '<div class="related"><b>Also on The Beat:</b><ul>%s</ul></div>\n'
          '<div id="comments"><h3>4 Comments</h3>\n'
          % (E(s['title']), ''.join(ps), E(s['author']), hr, mi, MON[d.month-1], d.day, d.year, links(3, 6, '/blogs/the-beat/')))
    for n, c in comments(4):
        h += '<div class="cmt"><p>%s</p><p class="cmt-by">Posted by %s on %d/%d/%02d at %d:%02d PM</p></div>\n' % (E(c), n, d.month, d.day, d.year % 100, random.randint(1, 11), random.randint(10, 59))
    h += '</div></div></div>\n<div id="footer">&copy; %d Metro Weekly Beat. Reproduction in whole or in part without permission is prohibited.</div>\n</body>\n</html>\n' % d.year
    return h, [v for k, v in its]


def t_newsgate_nine(s):
    """A daily on a 2010-era CMS: the story body split by two ad breaks and a poll, "Story continues below"."""
    d = D(s); site = 'Brantley Star-Journal'
    its = body_items(s); ps = paras(its, '<p>%s</p>\n', '<h3>%s</h3>\n')
    ps.insert(1, '<div class="story-ad"><span class="ad-label">Story continues below</span>%s</div>\n' % ad(300, 250, 'story1'))
    ps.insert(4, '<div class="poll"><h4>Poll</h4><form><p>Should the city allow hunting in parks?</p><input type="radio" /> Yes <input type="radio" /> No <input type="submit" value="Vote" /></form></div>\n')
    h = head(s, site, charset='utf-8')
    h += ('<body>\n<div id="header"><div id="logo"><a href="/">Brantley Star-Journal</a></div><div id="login"><a href="/register">Register</a> | <a href="/login">Log in</a></div></div>\n'
          '<div id="navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/obituaries">Obituaries</a></li></ul></div>\n'
          '<div id="content"><div class="article">\n<p class="section">News</p>\n<h1>%s</h1>\n'
          '<div class="author">%s<br /><span class="email">%s@starjournal.com</span></div>\n<div class="pubdate">Posted: %s, %s %02d, %d %d:%02d am</div>\n'
          '<div class="sharetools"><ul><li><a href="#" class="email">E-mail this story</a></li><li><a href="#" class="print">Printer-friendly version</a></li>'
          '<li><a href="http://www.facebook.com/sharer.php">Share on Facebook</a></li><li><a href="http://twitter.com/home?status=">Tweet this</a></li></ul></div>\n'
          '<div class="body">\n%s</div>\n'
          % (E(s['title']), E(s['author']), s['author'].split()[0].lower(), DAY[d.weekday()][:3], MON[d.month-1][:3], d.day, d.year, random.randint(1, 11), random.randint(10, 59), ''.join(ps)))
    h += ('<div class="comments"><h3>Reader comments (%d)</h3><p class="note">Comments are moderated. Please keep them civil.</p>\n' % 2)
    for n, c in comments(2):
        h += '<div class="c"><b>%s</b> wrote on %s %d: <p>%s</p><a href="#">Report abuse</a></div>\n' % (n, MON[d.month-1][:3], d.day, E(c))
    h += ('</div>\n</div>\n<div id="sidebar"><h3>Most e-mailed</h3><ol>%s</ol><h3>Most commented</h3><ol>%s</ol></div></div>\n'
          '<div id="footer">Copyright &copy; %d Brantley Star-Journal. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div>\n</body>\n</html>\n'
          % (links(4, 1), links(4, 2), d.year))
    return h, [v for k, v in its]


def t_inline(s):
    """Harder variant: a 2006-2009 daily whose CMS writes the tools, the ad break, the pager, the wire's rights
    line and the comment count as plain paragraphs inside the story's own container."""
    d = D(s); site = 'The Sable Valley Times'
    its = body_items(s)
    ps = paras(its, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    ps.insert(0, '<p>E-mail this story | Printer-friendly version | Digg this | del.icio.us</p>\n')
    ps.insert(3, '<p><i>Story continues below</i></p>\n' + ad(300, 250, 'inline'))
    ps.append('<p>Reader comments (%d) | <a href="#post">Post a comment</a></p>\n' % random.randint(3, 19))
    ps.append('<p>Page 1 of 1</p>\n')
    h = head(s, site, charset='iso-8859-1')
    h += ('<body>\n<div id="masthead"><a href="/"><img src="/svt/logo.gif" alt="The Sable Valley Times" /></a></div>\n'
          '<div id="menu"><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/business/">Business</a> | <a href="/opinion/">Opinion</a></div>\n'
          '<div id="story"><h1>%s</h1>\n<div id="storycontent">\n<p><b>By %s</b><br />Times Staff Writer</p>\n'
          '<p>Posted: %s, %s %02d, %d</p>\n%s</div>\n</div>\n'
          '<div id="rightcol"><h4>Most e-mailed</h4><ol>%s</ol></div>\n<div id="footer">Copyright %d The Sable Valley Times</div>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']), DAY[d.weekday()][:3], MON[d.month-1][:3], d.day, d.year, ''.join(ps), links(4, 2), d.year))
    return h, [v for k, v in its]


def t_inline_wire(s):
    """Harder variant: a 2008-2011 paper's wire copy in one <font> block of <br><br> parts, the "Story continues
    below" break, a "Related stories:" label over plain headlines, the contributor line (body), the AP's rights
    line and a "« Previous | Page 1 of 2 | Next »" pager, all inside the story's cell."""
    d = D(s); site = 'The Orchard County Register'
    its = body_items(s)
    state = random.choice(['Vt.', 'N.H.', 'Iowa', 'Kan.'])
    first = '%s, %s (AP) -- %s' % (s['place'], state, its[0][1])
    contrib = 'Associated Press writer %s contributed to this report.' % random.choice(['Lyle Danvers', 'Mira Okonjo', 'Ben Talley'])
    parts = [E(first)] + [('<b>%s</b>' % E(v)) if k == 'H' else E(v) for k, v in its[1:]]
    parts.insert(2, '<i>Story continues below</i>')
    parts.append(E(contrib))
    parts.append('Copyright %d The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.' % d.year)
    parts.append('Related stories:<br />' + '<br />'.join(E(OTHER[(i * 3 + 1) % len(OTHER)]) for i in range(3)))
    parts.append('&laquo; Previous | Page 1 of 2 | <a href="?pg=2">Next &raquo;</a>')
    h = head(s, site, doctype=H4, charset='iso-8859-1')
    h += ('<body>\n<table width="760" align="center"><tr><td><img src="/ocr/head.gif" alt="The Orchard County Register"></td></tr>\n'
          '<tr><td class="nav"><a href="/">Home</a> | <a href="/news/">Local</a> | <a href="/ap/">AP Wire</a> | <a href="/sports/">Sports</a></td></tr>\n'
          '<tr><td class="story"><font face="Georgia" size="4"><b>%s</b></font><br>\n<font face="Arial" size="1">By %s, Associated Press Writer<br>Last updated %d:%02d p.m. ET %s %d, %d</font><br><br>\n'
          '<font face="Arial" size="2">%s</font></td></tr>\n<tr><td class="foot"><font size="1">&copy; %d The Orchard County Register</font></td></tr></table>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']).upper(), random.randint(1, 11), random.randint(10, 59), AP_MON[d.month - 1], d.day, d.year,
             '<br><br>\n'.join(parts), d.year))
    return h, [first] + [v for k, v in its[1:]] + [contrib]


def t_chain_daily(s):
    """A 2007-2009 chain daily on an HTML 4 page stating no language: "Article Launched: 03/06/2007 11:02:00 PM
    PST" (a numeric date, month first), the story tools as single links and bookmark rows inside the story's
    cell ("E-mail this story to a friend", "Text size: A A A", "Save to del.icio.us | Digg it | Seed Newsvine",
    "Sphere: Related Content", "Single page view"), and the rail's "Most e-mailed" tab."""
    d = D(s); site = 'The Valley Mercury'
    its = body_items(s)
    zone = random.choice(['PST', 'EST', 'CDT'])
    tools = ['E-mail this story to a friend', 'Printable version', 'Text size: A A A']
    ps = ['<p>%s</p>\n' % t for t in tools]
    ps += paras(its, '<p>%s</p>\n', '<p><b>%s</b></p>\n')
    ps.insert(5, '<p>Sphere: Related Content</p>\n')
    ps += ['<p>Save to del.icio.us | Digg it | Seed Newsvine</p>\n', '<p>Single page view</p>\n']
    h = head(s, site, doctype=H4, charset='iso-8859-1').replace(' />', '>')
    h += ('<body>\n<table width="970" cellspacing="0" cellpadding="0"><tr><td colspan="2"><a href="/"><img src="/mercury/logo.gif" alt="The Valley Mercury"></a></td></tr>\n'
          '<tr><td colspan="2" class="nav"><a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/business">Business</a> | <a href="/entertainment">Entertainment</a> | <a href="/classifieds">Classifieds</a></td></tr>\n'
          '<tr><td valign="top" width="640"><div class="articleHeadline"><h1>%s</h1></div>\n<div class="articleByline">By %s<br>Mercury Staff Writer</div>\n'
          '<div class="articleDate">Article Launched: %02d/%02d/%d %d:%02d:00 PM %s</div>\n<div class="articleBody">\n%s</div></td>\n'
          '<td valign="top" width="300"><div class="mostTabs"><p>Most e-mailed</p><ol>%s</ol></div>%s</td></tr>\n'
          '<tr><td colspan="2" class="footer">Copyright %d The Valley Mercury. All rights reserved. | MediaGroup of the Valley</td></tr></table>\n</body>\n</html>\n'
          % (E(s['title']), E(s['author']), d.month, d.day, d.year, random.randint(1, 11), random.randint(0, 59), zone, ''.join(ps), links(5, 1), ad(300, 250), d.year))
    return h, [v for k, v in its]


TEMPLATES = [t_saxotech, t_escenic, t_newsgate, t_ellington, t_mtblog, t_wp2, t_drupal5, t_worldnow, t_apwire,
             t_paged, t_fonttable, t_sharethis, t_printview, t_tvdrupal6, t_yahoo_partner, t_latin1_uk, t_mag_blogline, t_newsgate_nine]


def main():
    os.makedirs(OUT, exist_ok=True)
    ns = len(STORIES); nt = len(TEMPLATES)
    jobs = [(STORIES[i % ns], TEMPLATES[(i + (i // ns) * 5) % nt]) for i in range(2 * ns)]
    jobs += [(STORIES[k], t_inline) for k in (0, 7, 12, 18)]
    jobs += [(STORIES[k], t_inline_wire) for k in (3, 8, 13, 16)]
    jobs += [(STORIES[k], t_chain_daily) for k in (5, 10)]
    for i, (s, t) in enumerate(jobs):
        h, exp = t(s)
        enc = 'utf-8' if re.search(r'charset=utf-8', h[:600], re.I) else 'iso-8859-1'
        nn = '%02d' % (i + 1)
        with open(os.path.join(OUT, nn + '.html'), 'wb') as f:
            f.write(h.encode(enc, errors='xmlcharrefreplace'))
        with open(os.path.join(OUT, nn + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(exp) + '\n')
        with open(os.path.join(OUT, nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'published': None if t is t_paged else s['date'], 'lang': 'en', 'title': s['title']}, f)
            f.write('\n')


if __name__ == '__main__':
    main()
