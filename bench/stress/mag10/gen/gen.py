#!/usr/bin/env python3
"""Generate bench/stress/mag10 pages: English magazine and news-magazine sites as the web built them
2010-2015, each page on its own invented site (WordPress Twenty Eleven/Twelve, Genesis, Thesis,
WooThemes, Movable Type, TypePad, ExpressionEngine, Drupal 6, Joomla 1.5/2.5, Tumblr, Blogger,
Posterous, Gawker-era, Slate/Atlantic/New-Yorker/Wired/Time-like layouts, slideshows, long reads,
HTML4 table pages, XHTML 1.0, windows-1252 bytes under an ISO-8859-1 declaration). Original text.

Usage: python3 bench/stress/mag10/gen/gen.py OUTDIR   (writes NN.html/.txt/.json)

stories*.txt: '### key|YYYY-MM-DD|author|title' opens a story, then 'CODE: value' lines.
Body codes: P paragraph, DROP first paragraph set with a drop cap, H2/H3 subheads, BQ quote in
the text, UL/OL lists (items parted by ';;'), SLIDE a slideshow slide (heading|text, both body).
Layout codes: MORE splits a Movable Type entry into its body and extended part (both body);
PAGE ends page 1 of a paged story (the rest is not in this page's markup nor in the expected text).
Furniture codes (not body): PQ a pull quote repeating the text, CAP a photo caption, REL a "Related:
<headline>" line. SUBB (body) a bold paragraph serving as a subhead.
Paragraphs hold counterexamples on purpose: body sentences opening like furniture ("Posted on the
wall behind me…", "Share this with anyone…", "Related articles in the farm press…")."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20101207)
HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
BODY_CODES = ('P', 'H2', 'H3', 'BQ', 'DROP', 'SUBB')


def E(s, quote=True):
    return html.escape(s, quote=quote)


def parse():
    stories = []
    for n in range(1, 10):
        cur = None
        for line in open(os.path.join(HERE, 'stories%d.txt' % n), encoding='utf-8'):
            line = line.rstrip('\n')
            line = re.sub(r'\\u([0-9a-f]{4})', lambda m: chr(int(m.group(1), 16)), line)
            if line.startswith('### '):
                key, date, author, title = line[4:].split('|')
                cur = dict(key=key, date=date, author=author, title=title, items=[])
                stories.append(cur)
            elif not line.strip() or cur is None:
                continue
            elif ': ' not in line:
                cur['items'].append((line.strip(), ''))
            else:
                k, v = line.split(': ', 1)
                cur['items'].append((k, v))
    return stories


def expected(s):
    out = []
    for k, v in s['items']:
        if k == 'PAGE':
            break
        if k in BODY_CODES:
            out.append(v)
        elif k in ('UL', 'OL'):
            out.extend(v.split(';;'))
        elif k == 'SLIDE':
            out.extend(v.split('|'))
    return '\n\n'.join(out) + '\n'


def ymd(d):
    y, m, dd = d.split('-')
    return int(y), int(m), int(dd)


def weekday(d):
    import datetime
    return DAYS[datetime.date(*ymd(d)).weekday()]


def longdate(d):
    y, m, dd = ymd(d)
    return '%s %d, %d' % (MONTHS[m - 1], dd, y)


def ordinal(n):
    return '%d%s' % (n, 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def shortord(d):
    y, m, dd = ymd(d)
    return '%s %s, %d' % (MONTHS[m - 1][:3], ordinal(dd), y)


def dotdate(d):
    y, m, dd = ymd(d)
    return '%02d.%02d.%02d' % (m, dd, y % 100)


def ukdate(d):
    y, m, dd = ymd(d)
    return '%02d %s %d' % (dd, MONTHS[m - 1], y)


def slug(t):
    return genlib.slug(t, 60)


HEADLINES = [
    ('Ten things we learned at the spring trade show', 'The gadgets, the gossip and the one product everybody queued for.'),
    ('Why the corner bakery is making a comeback', 'Sourdough, long queues and the economics of getting up at four.'),
    ('Review: the new compact cameras, tested', 'We took six pocket cameras on holiday. Two came back with good pictures.'),
    ('The mayor, the stadium and the missing millions', 'A year after the groundbreaking, nobody can say where the money went.'),
    ('How to survive your first marathon', 'Advice from runners who finished, and a few who did not.'),
    ('Is the paperback dying? Booksellers say no', 'E-readers are everywhere, but so, surprisingly, are bookshops.'),
    ('Photos: the autumn colours from the air', 'Our photographer went up in a light aircraft over the valley.'),
    ('The school that banned homework', 'Two years in, the head teacher says results have improved.'),
    ('What your energy bill is not telling you', 'Standing charges, estimated readings and other mysteries.'),
    ('Meet the beekeepers on the office roofs', 'Forty hives, twelve buildings and a surprising amount of honey.'),
    ('Opinion: let the trains run late at night', 'The last train home leaves too early for the city we have become.'),
    ('A week in the life of a night-shift nurse', 'Twelve-hour shifts, cold coffee and the moments that make it worthwhile.'),
    ('Inside the last drive-in theatre in the state', 'Double features, car radios and a projector older than its owner.'),
    ('The best cheap eats on the east side', 'Twenty meals under ten dollars, chosen by our readers.'),
    ('Why everyone is suddenly knitting', 'Wool shops report their best year since the 1980s.'),
    ('The secret life of the city zoo at night', 'What happens after the gates close and the keepers go home.'),
]


def heads(n, off=0):
    return [HEADLINES[(off + i * 5) % len(HEADLINES)] for i in range(n)]


def hlinks(n, off, pre='/', excerpt=False, cls=''):
    c = ' class="%s"' % cls if cls else ''
    out = []
    for t, x in heads(n, off):
        out.append('<li%s><a href="%s%s/">%s</a>%s</li>\n' % (c, pre, slug(t), E(t), (' <p>%s</p>' % E(x)) if excerpt else ''))
    return ''.join(out)


def nav(names, pre='/category/'):
    return ''.join('<li><a href="%s%s/">%s</a></li>' % (pre, slug(n), E(n)) for n in names)


CATS = ['News', 'Features', 'Culture', 'Business', 'Technology', 'Food', 'Travel', 'Opinion', 'Photos', 'About']
DOCTYPE_XT = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
              '<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US">\n')
DOCTYPE_XS = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
              '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n')
DOCTYPE_H5 = '<!DOCTYPE html>\n<html lang="en-US">\n'
DOCTYPE_H4 = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n'


def ga(code=None):
    code = code or 'UA-%d-1' % random.randint(1000000, 9999999)
    return ("<script type=\"text/javascript\">\nvar _gaq = _gaq || [];\n_gaq.push(['_setAccount', '%s']);\n_gaq.push(['_trackPageview']);\n"
            "(function() {var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;\n"
            "ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';\n"
            "var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);})();\n</script>\n" % code)


def css(n=14):
    rules = ['body{font:%dpx/1.5 %s;color:#%06x}' % (random.randint(12, 16), random.choice(['Georgia,serif', 'Arial,sans-serif', '"Lucida Grande",Verdana,sans-serif']), random.randint(0, 0x444444)),
             '#wrapper{width:%dpx;margin:0 auto}' % random.choice([940, 960, 980, 1000]), '#sidebar{float:right;width:300px}',
             '.entry-content p{margin:0 0 1.2em}', 'a{color:#%06x}' % random.randint(0, 0xffffff), '.wp-caption{border:1px solid #ddd;padding:4px}',
             '.wp-caption-text{font-size:11px;color:#666}', 'blockquote{margin:1em 2em;font-style:italic}', '#footer{clear:both;font-size:11px}',
             '.widget{margin-bottom:20px}', '.widget h3{text-transform:uppercase;border-bottom:1px solid #ccc}', '.alignleft{float:left;margin:0 10px 10px 0}']
    return '<style type="text/css">\n%s\n</style>\n' % '\n'.join(random.sample(rules, len(rules)) * 2)


def head(s, site, dom, doctype=DOCTYPE_XT, charset='UTF-8', gen='WordPress 3.4.1', extra='', og=True, css_n=True, desc=True):
    url = 'http://www.%s/%s/' % (dom, slug(s['title']))
    first = next(v for k, v in s['items'] if k in ('P', 'DROP'))
    h = [doctype, '<head>\n']
    if doctype.startswith('<!DOCTYPE html>'):
        h.append('<meta charset="%s" />\n' % charset)
    else:
        h.append('<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % charset)
    h.append('<title>%s | %s</title>\n' % (E(s['title']), E(site)))
    if gen:
        h.append('<meta name="generator" content="%s" />\n' % gen)
    if desc:
        h.append('<meta name="description" content="%s" />\n' % E(first[:155]))
    if og:
        h.append('<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n'
                 '<meta property="og:url" content="%s" />\n<meta property="og:site_name" content="%s" />\n'
                 '<meta property="og:description" content="%s" />\n<meta property="fb:app_id" content="1%d" />\n'
                 % (E(s['title']), url, E(site), E(first[:200]), random.randint(10**13, 10**14)))
    h.append('<link rel="canonical" href="%s" />\n<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="http://www.%s/feed/" />\n' % (url, E(site), dom))
    h.append(extra)
    if css_n:
        h.append(css())
    h.append(ga())
    h.append('</head>\n')
    return ''.join(h)


def render(s, t=None):
    """Render story items to HTML chunks; t overrides per code ('p', 'h2', 'h3', 'bq', 'drop', 'pq', 'cap', 'slide', 'more', 'page')."""
    t = t or {}
    out = []
    for k, v in s['items']:
        if k == 'PAGE':
            if 'page' in t:
                out.append(t['page'])
            break
        if k == 'P':
            out.append(t.get('p', '<p>%s</p>') % E(v, quote=False))
        elif k == 'DROP':
            out.append(t.get('drop', '<p><span class="dropcap">%s</span>%s</p>') % (E(v[0]), E(v[1:], quote=False)))
        elif k in ('H2', 'H3'):
            out.append(t.get(k.lower(), '<%s>%%s</%s>' % (k.lower(), k.lower())) % E(v))
        elif k == 'BQ':
            out.append(t.get('bq', '<blockquote><p>%s</p></blockquote>') % E(v, quote=False))
        elif k in ('UL', 'OL'):
            tag = k.lower()
            out.append('<%s>\n%s</%s>' % (tag, ''.join('<li>%s</li>\n' % E(x, quote=False) for x in v.split(';;')), tag))
        elif k == 'PQ':
            out.append(t.get('pq', '<blockquote class="pullquote">%s</blockquote>') % E(v))
        elif k == 'CAP':
            out.append(t.get('cap', '<div class="wp-caption aligncenter" style="width: 510px"><img src="/wp-content/uploads/2013/06/photo-500x333.jpg" alt="" width="500" height="333" /><p class="wp-caption-text">%s</p></div>') % E(v))
        elif k == 'SLIDE':
            a, b = v.split('|')
            out.append(t.get('slide', '<div class="slide"><h3>%s</h3><img src="/slides/%s.jpg" alt="" /><span class="credit">Photo: Flickr/Creative Commons</span><p>%s</p></div>') % (E(a), slug(a)[:20], E(b, quote=False)))
        elif k == 'MORE':
            out.append(t.get('more', ''))
        elif k == 'REL':
            out.append(t.get('rel', '<p><strong>Related: <a href="/%s/">%s</a></strong></p>') % (slug(v), E(v.split(': ', 1)[1])))
        elif k == 'SUBB':
            out.append(t.get('subb', '<p><b>%s</b></p>') % E(v))
    return out


def widget(title, inner, cls='widget'):
    return '<li id="%s-%d" class="%s"><h3 class="widget-title">%s</h3>%s</li>\n' % (slug(title) or 'w', random.randint(2, 9), cls, E(title), inner)


def wp_sidebar(site, off=0, extra=''):
    arch = ''.join('<li><a href="/%d/%02d/">%s %d</a></li>' % (2012 - i // 12, 12 - i % 12, MONTHS[11 - i % 12], 2012 - i // 12) for i in range(14))
    tags = ' '.join('<a href="/tag/%s/" style="font-size: %dpt;">%s</a>' % (slug(w), random.randint(8, 22), w) for w in
                    'arts books city council cycling design economy family food garden history housing music politics schools science sport travel weather'.split())
    return ('<div id="secondary" class="widget-area" role="complementary"><ul class="xoxo">\n' +
            widget('Search', '<form role="search" method="get" id="searchform" action="/"><input type="text" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></form>') +
            extra +
            widget('Recent Posts', '<ul>%s</ul>' % hlinks(5, off)) +
            widget('Recent Comments', '<ul id="recentcomments">%s</ul>' % ''.join('<li class="recentcomments">%s on <a href="/%s/#comment-%d">%s</a></li>' % (n, slug(t), random.randint(100, 999), E(t)) for n, (t, _) in zip(['Margaret', 'joe b', 'Sandra K.', 'Phil'], heads(4, off + 2)))) +
            widget('Archives', '<ul>%s</ul>' % arch) +
            widget('Categories', '<ul>%s</ul>' % nav(CATS[:8])) +
            widget('Tags', '<div class="tagcloud">%s</div>' % tags) +
            widget('Blogroll', '<ul>%s</ul>' % ''.join('<li><a href="http://%s.example/">%s</a></li>' % (slug(b), b) for b in ['The Daily Grind', 'Notes from Upstate', 'Planet Quill', 'Small Town Ledger', 'Reading the Tea Leaves'])) +
            widget('Meta', '<ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries <abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="/comments/feed/">Comments <abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="http://wordpress.org/">WordPress.org</a></li></ul>') +
            '</ul></div>\n')


def jetpack_share(label='Share this:'):
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">%s</h3>'
            '<div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow" class="share-twitter sd-button share-icon" href="?share=twitter" title="Click to share on Twitter"><span>Twitter</span></a></li>'
            '<li class="share-facebook"><a rel="nofollow" class="share-facebook sd-button share-icon" href="?share=facebook" title="Share on Facebook"><span>Facebook</span></a></li>'
            '<li class="share-email"><a rel="nofollow" class="share-email sd-button share-icon" href="?share=email" title="Click to email this to a friend"><span>Email</span></a></li>'
            '<li class="share-print"><a rel="nofollow" class="share-print sd-button share-icon" href="#print" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>\n' % label)


def jetpack_like():
    return ('<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1234-%d" data-src="//widgets.wp.com/likes/#blog_id=1234">'
            '<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>'
            '<span class="sd-text-color"></span><a class="sd-link-color"></a></div>\n' % random.randint(100, 999))


def jetpack_related(off):
    items = heads(3, off)
    return ('<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
            '<div class="jp-relatedposts-items jp-relatedposts-items-visual">%s</div></div>\n' % ''.join(
                '<div class="jp-relatedposts-post jp-relatedposts-post%d" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/%s/">%s</a></h4>'
                '<p class="jp-relatedposts-post-excerpt">%s</p><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">In &quot;%s&quot;</p></div>'
                % (i, slug(t), E(t), E(x), longdate('2012-0%d-1%d' % (i + 2, i)), CATS[i]) for i, (t, x) in enumerate(items)))


COMMENTERS = [('Margaret H.', 'This brought back so many memories. My father used to take us there every Saturday when I was small, and I had no idea it was still going.'),
              ('joe b', 'Great piece. I would have liked to hear more about what the council actually plans to do, though.'),
              ('Sandra K.', 'Lovely writing as always. Sharing this with my book group.'),
              ('Phil', 'I think you are being a bit optimistic here. We tried the same thing in our town and it lasted two years.'),
              ('Anon', 'Does anyone know if they are open on Sundays?')]


def wp_comments(n, s, style='twentyeleven'):
    cs = ''.join('<li class="comment even thread-even depth-1" id="li-comment-%d"><article id="comment-%d" class="comment"><footer class="comment-meta"><div class="comment-author vcard">'
                 '<img alt="" src="http://0.gravatar.com/avatar/%x?s=68" class="avatar avatar-68 photo" height="68" width="68" /><span class="fn">%s</span> on <a href="#comment-%d"><time>%s at %d:%02d pm</time></a> <span class="says">said:</span></div></footer>'
                 '<div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="?replytocom=%d#respond">Reply <span>&darr;</span></a></div></article></li>\n'
                 % (i, i, random.randint(10**15, 10**16), E(a), i, longdate(s['date']), 2 + i, 10 * i, E(c), i) for i, (a, c) in enumerate(COMMENTERS[:n], 100))
    title = {1: 'One thought on', 2: 'Two thoughts on', 3: 'Three thoughts on'}.get(n, '%d thoughts on' % n)
    return ('<div id="comments"><h2 id="comments-title">%s &ldquo;<span>%s</span>&rdquo;</h2><ol class="commentlist">\n%s</ol>\n' % (title, E(s['title']), cs) +
            '<div id="respond"><h3 id="reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>'
            '<p class="comment-form-author"><label for="author">Name</label> <span class="required">*</span><input id="author" name="author" type="text" value="" size="30" /></p>'
            '<p class="comment-form-email"><label for="email">Email</label> <span class="required">*</span><input id="email" name="email" type="text" value="" size="30" /></p>'
            '<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="text" value="" size="30" /></p>'
            '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" value="Post Comment" /></p>'
            '<p class="subscribe-to-comments"><input type="checkbox" name="subscribe" id="subscribe" value="subscribe" /> <label for="subscribe">Notify me of follow-up comments by email.</label></p></form></div></div>\n')


def disqus(short):
    return ('<div id="disqus_thread"></div>\n<script type="text/javascript">\nvar disqus_shortname = \'%s\';\n'
            "(function() {var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true;\n"
            "dsq.src = '//' + disqus_shortname + '.disqus.com/embed.js';\n(document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);})();\n</script>\n"
            '<noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>\n'
            '<a href="http://disqus.com" class="dsq-brlink">comments powered by <span class="logo-disqus">Disqus</span></a>\n' % short)


def fb_comments(url):
    return ('<div id="fb-root"></div><script>(function(d, s, id) {var js, fjs = d.getElementsByTagName(s)[0];if (d.getElementById(id)) return;js = d.createElement(s); js.id = id;'
            'js.src = "//connect.facebook.net/en_US/all.js#xfbml=1&appId=1234567";fjs.parentNode.insertBefore(js, fjs);}(document, \'script\', \'facebook-jssdk\'));</script>\n'
            '<div class="fb-comments-wrap"><h3>Comments</h3><div class="fb-comments" data-href="%s" data-num-posts="10" data-width="620"></div></div>\n' % url)


def addthis():
    return ('<!-- AddThis Button BEGIN --><div class="addthis_toolbox addthis_default_style "><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>'
            '<a class="addthis_button_tweet"></a><a class="addthis_button_google_plusone" g:plusone:size="medium"></a><a class="addthis_counter addthis_pill_style"></a></div>'
            '<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4d2b47a3"></script><!-- AddThis Button END -->\n')


def old_social():
    return ('<div class="social-bookmarks"><span class="label">Bookmark and share:</span> <a href="http://digg.com/submit?url=x" title="Digg This"><img src="/img/digg.png" alt="Digg" /> Digg This</a> '
            '<a href="http://del.icio.us/post?url=x" title="Save to del.icio.us"><img src="/img/delicious.png" alt="del.icio.us" /> Save to del.icio.us</a> '
            '<a href="http://www.stumbleupon.com/submit?url=x"><img src="/img/su.png" alt="StumbleUpon" /> Stumble It!</a> '
            '<a href="http://reddit.com/submit?url=x">reddit</a> <a href="http://www.facebook.com/sharer.php?u=x">Facebook</a></div>\n')


def tweet_like_row():
    return ('<div class="social-row"><iframe src="//www.facebook.com/plugins/like.php?href=x&amp;layout=button_count" scrolling="no" frameborder="0" style="border:none; width:90px; height:21px;"></iframe>'
            '<a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal">Tweet</a><script type="text/javascript" src="//platform.twitter.com/widgets.js"></script>'
            '<g:plusone size="medium"></g:plusone></div>\n')


def zemanta(off):
    return ('<h6 class="zemanta-related-title" style="font-size:1em;">Related articles</h6><ul class="zemanta-article-ul">%s</ul>\n'
            '<div class="zemanta-pixie" style="margin-top:10px;height:15px;"><a class="zemanta-pixie-a" href="http://www.zemanta.com/?px" title="Enhanced by Zemanta"><img class="zemanta-pixie-img" style="border:none;float:right;" src="http://img.zemanta.com/zemified_e.png?x-id=abc" alt="Enhanced by Zemanta" /></a></div>\n'
            % ''.join('<li class="zemanta-article-ul-li"><a href="http://www.%s.example/2012/07/%s/">%s</a> (%s)</li>' % (src, slug(t), E(t), src.replace('-', ' ').title().replace(' ', '')) for src, (t, _) in zip(['farmwire', 'grainreport', 'cropdaily'], heads(3, off))))


def linkwithin():
    return ('<div class="linkwithin_div"></div>\n<script>var linkwithin_site_id = 1234567;</script><script src="http://www.linkwithin.com/widget.js"></script>'
            '<a href="http://www.linkwithin.com/"><img src="http://www.linkwithin.com/pixel.png" alt="Related Posts Plugin for WordPress, Blogger..." style="border: 0" /></a>\n'
            '<div class="linkwithin_posts"><div class="linkwithin_title">You might also like:</div>%s<div class="linkwithin_footer"><a href="http://www.linkwithin.com/">LinkWithin</a></div></div>\n'
            % ''.join('<a href="/%s/" class="linkwithin_link"><div class="linkwithin_img"><img src="/thumb/%d.jpg" /></div><div class="linkwithin_text">%s</div></a>' % (slug(t), i, E(t)) for i, (t, _) in enumerate(heads(4, 3))))


def nrelate(off):
    return ('<div class="nrelate_related nr_clear"><div class="nr_panel"><h3 class="nr_title"><span>You may also like -</span></h3>%s'
            '<div class="nr_clear"></div><div class="nr_about">Powered by <a href="http://www.nrelate.com">nrelate</a></div></div></div>\n'
            % ''.join('<a class="nr_panel nr_panel_%d" href="/%s/"><span class="nr_inner"><span class="nr_text">%s</span><span class="nr_date">%s</span></span></a>' % (i, slug(t), E(t), longdate('2013-03-1%d' % i)) for i, (t, _) in enumerate(heads(4, off))))


def simple_footer(site, year, extra=''):
    return ('<div id="footer"><div id="colophon"><p>&copy; %s %s. All rights reserved. %s</p>'
            '<p><a href="/about/">About</a> | <a href="/contact/">Contact</a> | <a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy Policy</a></p>'
            '<p class="credit">Proudly powered by <a href="http://wordpress.org/">WordPress</a></p></div></div>\n' % (year, E(site), extra))


def wp_header(site, tagline, pre=''):
    return ('<div id="page" class="hfeed"><header id="branding" role="banner"><hgroup><h1 id="site-title"><span><a href="/" title="%s" rel="home">%s</a></span></h1>'
            '<h2 id="site-description">%s</h2></hgroup><nav id="access" role="navigation"><h3 class="assistive-text">Main menu</h3>'
            '<div class="skip-link"><a class="assistive-text" href="#content" title="Skip to primary content">Skip to primary content</a></div>'
            '<div class="menu-main-container"><ul id="menu-main" class="menu">%s</ul></div></nav></header>\n%s' % (E(site), E(site), E(tagline), nav(CATS), pre))


TPL = {}


def tpl(key):
    def reg(f):
        TPL[key] = f
        return f
    return reg


def y(s):
    return s['date'][:4]


@tpl('wp2011')
def t_wp2011(s):
    site, dom = 'Calder Street Journal', 'calderstreetjournal.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_H5, gen='WordPress 3.3.1') + '<body class="single single-post postid-1418 single-format-standard">\n' +
            wp_header(site, 'Stories from the old east side') +
            '<div id="main"><div id="primary"><div id="content" role="main">\n<nav id="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous"><a href="/prev/" rel="prev"><span class="meta-nav">&larr;</span> Previous</a></span> <span class="nav-next"><a href="/next/" rel="next">Next <span class="meta-nav">&rarr;</span></a></span></nav>\n'
            '<article id="post-1418" class="post-1418 post type-post status-publish format-standard hentry category-features tag-shops tag-east-side"><header class="entry-header"><h1 class="entry-title">%s</h1>\n' % E(s['title']) +
            '<div class="entry-meta"><span class="sep">Posted on </span><a href="/%s/" title="9:14 am" rel="bookmark"><time class="entry-date" datetime="%sT09:14:00+00:00" pubdate>%s</time></a><span class="by-author"> <span class="sep"> by </span> <span class="author vcard"><a class="url fn n" href="/author/admin/" title="View all posts by admin" rel="author">%s</a></span></span></div></header>\n' % (slug(s['title']), s['date'], longdate(s['date']), s['author']) +
            '<div class="entry-content">\n%s\n%s%s%s</div>\n' % (body, jetpack_share(), jetpack_like(), jetpack_related(1)) +
            '<footer class="entry-meta">This entry was posted in <a href="/category/features/" rel="category tag">Features</a> and tagged <a href="/tag/shops/" rel="tag">shops</a>, <a href="/tag/east-side/" rel="tag">east side</a>. Bookmark the <a href="/%s/" rel="bookmark">permalink</a>.</footer></article>\n' % slug(s['title']) +
            wp_comments(3, s) + '</div></div>\n' + wp_sidebar(site, 0) + '</div>\n' + simple_footer(site, y(s)) + '</div>\n</body>\n</html>\n')


@tpl('wp2012')
def t_wp2012(s):
    site, dom = 'The Merrow Gazette Online', 'merrowgazette.net'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_H5, gen='WordPress 3.5.1') + '<body class="single single-post custom-background">\n<div id="page" class="hfeed site">\n'
            '<header id="masthead" class="site-header" role="banner"><hgroup><h1 class="site-title"><a href="/">%s</a></h1><h2 class="site-description">Merrow County&#039;s independent weekly</h2></hgroup>' % E(site) +
            '<nav id="site-navigation" class="main-navigation" role="navigation"><h3 class="menu-toggle">Menu</h3><a class="assistive-text" href="#content">Skip to content</a><div class="nav-menu"><ul>%s</ul></div></nav></header>\n' % nav(CATS) +
            '<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">\n'
            '<article id="post-212" class="post-212 post type-post status-publish format-standard hentry category-community"><header class="entry-header"><h1 class="entry-title">%s</h1>' % E(s['title']) +
            '<div class="comments-link"><a href="/%s/#respond" title="Comment on %s"><span class="leave-reply">Leave a reply</span></a></div></header>\n' % (slug(s['title']), E(s['title'])) +
            '<div class="entry-content">\n%s\n%s</div>\n' % (body, addthis()) +
            '<footer class="entry-meta">This entry was posted in <a href="/category/community/">Community</a> and tagged <a href="/tag/fair/">county fair</a>, <a href="/tag/judging/">judging</a> on <a href="/%s/"><time class="entry-date" datetime="%s">%s</time></a><span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/dana/">%s</a></span></span>.'
            '<div class="author-info"><div class="author-avatar"><img src="/av.jpg" /></div><div class="author-description"><h2>About %s</h2><p>%s covers agriculture, the fair and everything that grows in Merrow County. She keeps three goats.</p><div class="author-link"><a href="/author/dana/">View all posts by %s <span class="meta-nav">&rarr;</span></a></div></div></div></footer></article>\n'
            % (slug(s['title']), s['date'], longdate(s['date']), s['author'], s['author'], s['author'].split()[0], s['author']) +
            '<nav class="nav-single"><h3 class="assistive-text">Post navigation</h3><span class="nav-previous"><a href="/p/">&larr; Library book sale raises record sum</a></span><span class="nav-next"><a href="/n/">Fire crews called to barn blaze near Alder Creek &rarr;</a></span></nav>\n' +
            wp_comments(2, s) + '</div></div>\n' + wp_sidebar(site, 4) + '</div>\n' + simple_footer(site, y(s)) + '</div>\n</body>\n</html>\n')


@tpl('genesis')
def t_genesis(s):
    site, dom = 'Regional Wings', 'regionalwings.com'
    body = '\n'.join(render(s, {'pq': '<blockquote class="pullquote alignright"><p>%s</p></blockquote>'}))
    return (head(s, site, dom, DOCTYPE_XT, gen='Genesis 1.9.2') + '<body class="single single-post header-image content-sidebar">\n<div id="wrap">\n'
            '<div id="header"><div class="wrap"><div id="title-area"><p id="title"><a href="/" title="%s">%s</a></p><p id="description">Aviation business news for the rest of us</p></div>' % (E(site), E(site)) +
            '<div class="widget-area"><div class="widget widget_text"><div class="textwidget"><a href="/advertise/"><img src="/ads/468x60.gif" alt="Advertisement" /></a></div></div></div></div></div>\n'
            '<div id="nav"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary">%s</ul></div></div>\n' % nav(['Airlines', 'Airports', 'Aircraft', 'Regulation', 'Careers', 'Podcast']) +
            '<div id="inner"><div class="wrap"><div id="content-sidebar-wrap"><div id="content" class="hfeed">\n<div class="breadcrumb">You are here: <a href="/">Home</a> / <a href="/category/airlines/">Airlines</a> / %s</div>\n' % E(s['title']) +
            '<div class="post-88 post type-post status-publish format-standard hentry category-airlines entry"><h1 class="entry-title">%s</h1>\n' % E(s['title']) +
            '<div class="post-info"><span class="date published time" title="%sT10:00:00+00:00">%s</span>  by <span class="author vcard"><span class="fn"><a href="/author/priya/" class="fn n" title="%s" rel="author">%s</a></span></span> <span class="post-comments"><a href="#comments">Leave a Comment</a></span> </div>\n' % (s['date'], longdate(s['date']), s['author'], s['author']) +
            '<div class="entry-content">%s\n%s</div>\n' % (body, tweet_like_row()) +
            '<div class="post-meta"><span class="categories">Filed Under: <a href="/category/airlines/" rel="category tag">Airlines</a>, <a href="/category/aircraft/" rel="category tag">Aircraft</a></span> <span class="tags">Tagged With: <a href="/tag/turboprop/" rel="tag">turboprop</a>, <a href="/tag/fuel/" rel="tag">fuel</a></span></div></div>\n'
            '<div class="after-entry widget-area"><div class="enews"><h4 class="widget-title">Subscribe to our newsletter</h4><p>Get the week&#039;s regional aviation news every Friday.</p><form><input type="text" value="Enter your email address" /><input type="submit" value="Go" /></form></div></div>\n'
            '<div id="comments"><h3>Comments</h3><ol class="comment-list"><li class="comment"><div class="comment-header"><cite>Ted Vane</cite> <span class="says">says</span><div class="comment-meta"><a href="#c1">%s at 3:12 pm</a></div></div><p>Flew one of these last month out of Grand Forks. Quieter than I expected.</p></li></ol></div>\n' % longdate(s['date']) +
            '<div id="respond"><h3>Leave a Reply</h3><form><p><input type="text" /> <label>Name *</label></p><p><textarea></textarea></p><p><input type="submit" value="Submit Comment" /></p></form></div>\n'
            '</div>\n<div id="sidebar" class="sidebar widget-area">' + wp_sidebar(site, 6) + '</div></div></div></div>\n' +
            '<div id="footer" class="footer"><div class="wrap"><div class="gototop"><p><a href="#wrap" rel="nofollow">Return to top of page</a></p></div><div class="creds"><p>Copyright &#x000A9; %s &middot; <a href="http://www.studiopress.com/themes/genesis">Genesis Framework</a> &middot; <a href="http://wordpress.org/">WordPress</a> &middot; <a href="/wp-login.php">Log in</a></p></div></div></div>\n</div>\n</body>\n</html>\n' % y(s))


@tpl('thesis')
def t_thesis(s):
    site, dom = 'Cold Spokes', 'coldspokes.org'
    body = '\n'.join(render(s, {'drop': '<p class="drop_cap"><span class="drop_cap">%s</span>%s</p>'}))
    return (head(s, site, dom, DOCTYPE_XS, gen='Thesis 1.8') + '<body class="custom">\n<div id="header_area" class="full_width"><div class="page"><div id="header"><p id="logo"><a href="/">%s</a></p><h1 id="tagline">Year-round cycling in a four-season town</h1></div></div></div>\n' % E(site) +
            '<div id="nav_area" class="full_width"><div class="page"><ul class="menu">%s</ul></div></div>\n' % nav(['Home', 'Gear', 'Routes', 'Winter', 'Advocacy', 'About']) +
            '<div id="content_area" class="full_width"><div class="page"><div id="content_box"><div id="content" class="hfeed">\n'
            '<div class="post_box top" id="post-301"><div class="headline_area"><h1 class="entry-title">%s</h1>\n' % E(s['title']) +
            '<p class="headline_meta">by <span class="author vcard fn">%s</span> on <abbr class="published" title="%s">%s</abbr> &middot; <span><a href="#comments" rel="nofollow">7 comments</a></span></p></div>\n' % (s['author'], s['date'], shortord(s['date'])) +
            '<div class="format_text entry-content">\n%s\n' % body +
            '<p class="to_comments"><span class="bracket">{</span> <a href="#comments" rel="nofollow"><span>7</span> comments&#8230; read them below or add one</a> <span class="bracket">}</span></p>\n</div></div>\n'
            '<div class="prev_next post_nav"><p class="previous">Previous post: <a href="/p/">Studded tyres: a year-long test</a></p><p class="next">Next post: <a href="/n/">The city&#039;s new bike lanes, mapped</a></p></div>\n'
            '<div id="comments"><div class="comments_intro"><p><span>7</span> comments&#8230; add one now</p></div><dl id="comment_list">'
            '<dt class="comment"><span class="comment_author">Mike R.</span> <span class="comment_time">%s</span></dt><dd class="comment"><div class="format_text"><p>Bar mitts changed my life. Seriously. My hands used to go numb by the second mile.</p></div></dd>'
            '<dt class="comment"><span class="comment_author">Lena</span> <span class="comment_time">%s</span></dt><dd class="comment"><div class="format_text"><p>Good advice on the salt. I lost a chain and a cassette last year before I learned that.</p></div></dd></dl></div>\n' % (shortord(s['date']), shortord(s['date'])) +
            '</div>\n<div id="sidebars"><div id="sidebar_1" class="sidebar"><ul class="sidebar_list">' + widget('Popular Posts', '<ul>%s</ul>' % hlinks(5, 2)) + widget('Subscribe', '<p>Get new posts by email:</p><form><input type="text" /><input type="submit" value="Subscribe" /></form>') + '</ul></div></div></div></div></div>\n'
            '<div id="footer_area" class="full_width"><div class="page"><div id="footer"><p>Get smart with the <a href="http://diythemes.com/">Thesis WordPress Theme</a> from DIYthemes.</p><p>&copy; %s Cold Spokes</p></div></div></div>\n</body>\n</html>\n' % y(s))


@tpl('woo')
def t_woo(s):
    site, dom = 'Marquee Weekly', 'marqueeweekly.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XT, gen='WooFramework 5.3.12') + '<body class="single single-post chrome alt-style-default">\n<div id="wrapper"><div id="top"><div class="col-full"><ul class="nav">%s</ul></div></div>\n' % nav(['Login', 'Subscribe', 'Advertise']) +
            '<div id="header" class="col-full"><div id="logo"><a href="/"><img src="/wp-content/themes/canvas/images/logo.png" alt="%s" /></a><span class="site-title"><a href="/">%s</a></span><span class="site-description">Film, food and the arts in the valley</span></div>' % (E(site), E(site)) +
            '<div id="topad"><a href="/ad/"><img src="/ad/468.jpg" alt="" /></a></div></div>\n<div id="navigation" class="col-full"><ul id="main-nav" class="nav fl">%s</ul></div>\n' % nav(CATS) +
            '<div id="content" class="col-full"><div id="main" class="col-left"><div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/category/film/">Film</a></div>\n'
            '<div class="post-1022 post type-post hentry"><h1 class="title">%s</h1>\n' % E(s['title']) +
            '<p class="post-meta"><span class="small">By</span> <span class="author vcard"><span class="fn"><a href="/author/clara/">%s</a></span></span> <span class="small">on</span> <abbr class="post-date published" title="%s">%s</abbr> <span class="small">in</span> <span class="categories"><a href="/category/film/">Film</a></span> <span class="post-comments comments"><a href="#comments">4 Comments</a></span></p>\n' % (s['author'], s['date'], longdate(s['date'])) +
            '<div class="entry">\n%s\n</div>\n<div class="post-more"><span class="tags">Tags: <a href="/tag/cinema/">cinema</a>, <a href="/tag/rialto/">Rialto</a></span></div>\n</div>\n' % body +
            '<div id="post-author"><div class="profile-image"><img src="/av.jpg" /></div><div class="profile-content"><h3 class="title">About %s</h3><p>%s is Marquee Weekly&#039;s film editor. She has reviewed films for the magazine since 2006.</p><div class="profile-link"><a href="/author/clara/">View all posts by %s <span class="meta-nav">&rarr;</span></a></div></div></div>\n' % (s['author'], s['author'], s['author']) +
            '<div id="connect"><h3 class="title">Subscribe</h3><p>Subscribe to our e-mail newsletter to receive updates.</p><form><input class="email" type="text" value="E-mail" /><input class="submit button" type="submit" value="Submit" /></form><div class="social"><a href="/feed/" class="subscribe">RSS</a> <a href="http://twitter.com/x" class="twitter">Twitter</a> <a href="http://facebook.com/x" class="facebook">Facebook</a></div>'
            '<div class="related-posts"><h4>Related Posts:</h4><ul>%s</ul></div></div>\n' % hlinks(4, 7) +
            '<div id="comments"><h3>4 Responses to &#8220;%s&#8221;</h3><ol class="commentlist"><li class="comment"><div class="comment-container"><div class="comment-head"><div class="name">Harriet</div><div class="date">%s at 8:02 pm</div></div><div class="comment-entry"><p>The Monday classics are the best thing in town. Long may it continue.</p></div></div></li></ol></div>\n' % (E(s['title']), longdate(s['date'])) +
            '</div>\n<div id="sidebar" class="col-right">' + wp_sidebar(site, 8, widget('Most Popular', '<ul>%s</ul>' % hlinks(5, 11))) + '</div></div>\n'
            '<div id="footer" class="col-full"><div id="copyright" class="col-left"><p>&copy; %s Marquee Weekly. All Rights Reserved.</p></div><div id="credit" class="col-right"><p>Powered by <a href="http://www.wordpress.org">WordPress</a>. Designed by <a href="http://www.woothemes.com"><img src="/woothemes.png" width="74" height="19" alt="Woo Themes" /></a></p></div></div>\n</div>\n</body>\n</html>\n' % y(s))


@tpl('mt')
def t_mt(s):
    site, dom = 'Clay and Broken Brick', 'claybrick.typepad-like.org'
    chunks = render(s, {'more': '\n</div>\n<div id="more" class="asset-more">'})
    body = '\n'.join(chunks)
    return (head(s, site, dom, DOCTYPE_XT, gen='Movable Type Pro 4.38', og=False) + '<body id="classic-blog" class="mt-entry-archive layout-wt">\n<div id="container"><div id="container-inner">\n'
            '<div id="header"><div id="header-inner"><div id="header-content"><div id="header-name"><a href="/" accesskey="1">%s</a></div><div id="header-description">A gardener&#039;s notebook from the Upper Valley</div></div></div></div>\n' % E(site) +
            '<div id="content"><div id="content-inner"><div id="alpha"><div id="alpha-inner">\n'
            '<div id="entry-214" class="entry-asset asset hentry"><div class="asset-header"><h1 id="page-title" class="asset-name entry-title">%s</h1>\n' % E(s['title']) +
            '<div class="asset-meta"><span class="byline">By <span class="vcard author">%s</span> on <abbr class="published" title="%sT20:41:00-05:00">%s 8:41 PM</abbr></span> <span class="separator">|</span> <a class="permalink" href="/2010/10/notes.html">Permalink</a> <span class="separator">|</span> <a href="#comments">Comments (3)</a> <span class="separator">|</span> <a href="#trackbacks">TrackBacks (0)</a></div></div>\n' % (s['author'], s['date'], longdate(s['date'])) +
            '<div class="asset-content entry-content"><div class="asset-body">\n%s\n</div>\n</div>\n' % body +
            '<div class="asset-footer"><div class="entry-categories"><h4>Categories<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/garden/">Garden</a></li></ul></div>'
            '<div class="entry-tags"><h4>Tags<span class="delimiter">:</span></h4><ul><li><a href="/tag/clay" rel="tag">clay</a><span class="delimiter">,</span></li> <li><a href="/tag/tomatoes" rel="tag">tomatoes</a></li></ul></div></div></div>\n'
            '<div id="trackbacks" class="trackbacks"><h2 class="trackbacks-header">TrackBack</h2><div class="trackbacks-info"><p>TrackBack URL for this entry: <span id="trackbacks-link">http://%s/mt/mt-tb.cgi/214</span></p></div></div>\n' % dom +
            '<div id="comments" class="comments"><h2 class="comments-header">3 Comments</h2><div class="comments-content">'
            '<div class="comment" id="comment-901"><div class="inner"><div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">Jill A.</span> | <a href="#comment-901">%s 9:03 PM</a></span></div></div><div class="comment-content"><p>Gypsum and a lot of leaf mould. Three years and our clay is almost workable.</p></div></div></div>'
            '<div class="comment" id="comment-902"><div class="inner"><div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">Bob in Lyme</span> | <a href="#comment-902">%s 7:15 AM</a></span></div></div><div class="comment-content"><p>Raised beds. Do not fight the ground, just go over it.</p></div></div></div></div>\n' % (longdate(s['date']), longdate(s['date'])) +
            '<form method="post" action="/mt/mt-comments.cgi" name="comments_form" id="comments-form"><h2 class="comments-open-header">Leave a comment</h2><div id="comments-open-data"><label for="comment-author">Name</label><input id="comment-author" name="author" size="30" /><label for="comment-email">Email Address</label><input id="comment-email" name="email" size="30" /></div><textarea id="comment-text" name="text" rows="15" cols="50"></textarea><input type="submit" accesskey="s" name="post" id="comment-submit" value="Submit" /></form></div>\n'
            '</div></div>\n<div id="beta"><div id="beta-inner"><div class="widget-search widget"><h3 class="widget-header">Search</h3><div class="widget-content"><form method="get" action="/mt/mt-search.cgi"><input id="search" name="search" size="20" /><input type="submit" value="Search" /></form></div></div>'
            '<div class="widget-recent-entries widget"><h3 class="widget-header">Recent Entries</h3><div class="widget-content"><ul>%s</ul></div></div>'
            '<div class="widget-archive-monthly widget"><h3 class="widget-header">Monthly Archives</h3><div class="widget-content"><ul><li><a href="/2010/10/">October 2010 (4)</a></li><li><a href="/2010/09/">September 2010 (6)</a></li><li><a href="/2010/08/">August 2010 (9)</a></li></ul></div></div>'
            '<div class="widget-powered widget"><div class="widget-content"><a href="http://www.movabletype.com/"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 4.38" width="120" height="75" /></a></div></div></div></div>\n' % hlinks(5, 1) +
            '</div></div>\n<div id="footer"><div id="footer-inner"><div id="footer-content"><div class="widget-powered widget"><div class="widget-content">Powered by <a href="http://www.movabletype.com/">Movable Type Pro</a></div></div><div class="widget-creative-commons widget"><div class="widget-content">This blog is licensed under a <a href="http://creativecommons.org/licenses/by-nc/3.0/">Creative Commons License</a>.</div></div></div></div></div>\n</div></div>\n</body>\n</html>\n')


@tpl('typepad')
def t_typepad(s):
    site, dom = 'Fine Print Diaries', 'fineprintdiaries.typepad.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XT, gen='http://www.typepad.com/', og=False) + '<body class="layout-two-column-right post">\n<div id="container" class="container"><div class="container-inner">\n'
            '<div id="banner"><div class="banner-inner"><h1 id="banner-header"><a href="http://%s/" accesskey="1">%s</a></h1><h2 id="banner-description">Consumer notes from a lapsed paralegal</h2></div></div>\n' % (dom, E(site)) +
            '<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">\n'
            '<div class="entry-category-consumer-affairs entry-author-miriam_koenig entry-type-post entry" id="entry-6a00d8341c"><h3 class="entry-header">%s</h3>\n' % E(s['title']) +
            '<div class="entry-content"><div class="entry-body">\n%s\n</div></div>\n' % body +
            '<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted at 09:14 AM in <a href="/consumer/">Consumer affairs</a> </span><span class="separator">|</span> <a class="permalink" href="/2011/04/fine-print.html">Permalink</a></p>'
            '<p class="entry-footer-share entry-footer-share-buttons"><span class="entry-footer-links-reblog"><a href="http://www.typepad.com/reblog?assets=xid">Reblog</a> (0)</span> <span class="separator">|</span> <span class="entry-footer-share-digg"><a href="http://digg.com/submit">Digg This</a></span> <span class="separator">|</span> <span class="entry-footer-share-delicious"><a href="http://del.icio.us/post">Save to del.icio.us</a></span> | <a href="http://twitter.com/home?status=x">Tweet This!</a></p></div></div>\n'
            '<div class="trackbacks"><h3 class="trackbacks-header">TrackBack</h3><div class="trackbacks-info"><p>TrackBack URL for this entry:<br />http://www.typepad.com/services/trackback/6a00d8341c</p><p>Listed below are links to weblogs that reference <a href="/2011/04/fine-print.html">%s</a>:</p></div></div>\n' % E(s['title']) +
            '<div class="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3><div class="comments-info"><p><a href="/comments/atom.xml">Feed</a> You can follow this conversation by subscribing to the comment feed for this post.</p></div>'
            '<div class="comments-content"><div class="comment font-entrybody" id="c1"><div class="comment-content font-entrybody"><p>Section 14 is in mine too. I asked the store clerk about it and he had never read it.</p></div><p class="comment-footer font-entryfooter">Posted by: <a href="http://x.example/">Gerald T.</a> | <a href="#c1">%s at 11:02 AM</a></p></div></div>\n' % longdate(s['date']) +
            '<p class="comments-closed font-entrybody">The comments to this entry are closed.</p></div>\n'
            '</div></div>\n<div id="beta"><div id="beta-inner" class="pkg"><div class="module-about module"><h2 class="module-header">About</h2><div class="module-content"><p>Reading the terms and conditions so you do not have to.</p></div></div>'
            '<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/2011/04/">April 2011</a></li><li class="module-list-item"><a href="/2011/03/">March 2011</a></li><li class="module-list-item"><a href="/archives.html">More...</a></li></ul></div></div>'
            '<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">%s</ul></div></div>'
            '<div class="module-powered module"><div class="module-content"><a href="http://www.typepad.com/" title="Blog">Blog powered by Typepad</a></div></div></div></div>\n' % hlinks(5, 3) +
            '</div></div></div></div>\n<script type="text/javascript">var extra_happy = Math.floor(1000000000 * Math.random());document.write(\'<img src="http://www.typepad.com/t/stats?blog_id=1&user_id=2&page=\' + escape(location.href) + \'&referrer=\' + escape(document.referrer) + \'&i=\' + extra_happy + \'" width="1" height="1" alt="" style="position: absolute; top: 0; left: 0;" />\');</script>\n</body>\n</html>\n')


@tpl('ee')
def t_ee(s):
    site, dom = 'Hartwell Quarterly', 'hartwellquarterly.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XT, gen='ExpressionEngine') + '<body id="article">\n<div id="wrap"><div id="masthead"><a href="/" id="logo">%s</a><p class="tagline">Civic life, markets and the built city</p>' % E(site) +
            '<ul id="main-nav">%s</ul><form id="search" action="/index.php/search/results"><input type="text" name="keywords" /><input type="submit" value="Search" /></form></div>\n' % nav(['Issues', 'City', 'Markets', 'Design', 'Subscribe'], '/index.php/') +
            '<div id="main"><div class="col-a">\n<p class="kicker"><a href="/index.php/city">City</a></p>\n<h1 class="headline">%s</h1>\n<p class="dek">Traders, a developer and a council short of money: who gets the market?</p>\n' % E(s['title']) +
            '<p class="byline">Words by <a href="/index.php/contributors/okafor">%s</a> &bull; Photographs by Ines Varga &bull; %s</p>\n' % (s['author'], dotdate(s['date'])) +
            '<div class="lead-image"><img src="/images/uploads/market.jpg" alt="" /><p class="caption">The north aisle of the Hartwell Street market, where the roof has leaked since 2004.</p></div>\n'
            '<div class="article-body">\n%s\n</div>\n' % body +
            '<div class="article-foot"><p class="filed">Filed under: <a href="/index.php/tag/markets">markets</a>, <a href="/index.php/tag/council">council</a>, <a href="/index.php/tag/heritage">heritage</a></p>'
            '<p class="issue">This article appears in Issue 14, Winter 2013. <a href="/index.php/subscribe">Subscribe</a> or <a href="/index.php/shop">buy the issue</a>.</p></div>\n'
            '<div class="share-tools"><a href="http://twitter.com/share">Tweet</a> <a href="http://www.facebook.com/sharer.php">Share on Facebook</a> <a href="mailto:?subject=x">Email</a> <a href="javascript:window.print()">Print</a></div>\n'
            '<div class="contributor-note"><p><strong>%s</strong> writes about cities and the people who run them. He lives above a bakery.</p></div>\n' % s['author'] +
            '<div id="comments"><h3>Responses</h3><div class="comment"><p class="comment-meta">Posted by <strong>A. Lowry</strong> on %s</p><p>Sell it and the city will regret it in ten years. Every city that sold its market did.</p></div>'
            '<form method="post" action="/index.php"><h4>Add your response</h4><textarea name="comment"></textarea><input type="submit" value="Submit" /></form></div>\n' % dotdate(s['date']) +
            '</div><div class="col-b"><div class="box"><h3>In this issue</h3><ul>%s</ul></div><div class="box"><h3>Most read</h3><ol>%s</ol></div><div class="box ad"><p>Advertisement</p><img src="/ad/300x250.gif" alt="" /></div></div></div>\n' % (hlinks(5, 5, '/index.php/issue14/', excerpt=True), hlinks(5, 9)) +
            '<div id="footer"><p>&copy; %s Hartwell Quarterly &bull; <a href="/index.php/about">About</a> &bull; <a href="/index.php/contact">Contact</a> &bull; Powered by <a href="http://expressionengine.com/">ExpressionEngine</a></p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('drupal6')
def t_drupal6(s):
    site, dom = 'Westfield Arts Review', 'westfieldartsreview.org'
    body = '\n'.join(render(s))
    y_, m, d = ymd(s['date'])
    return (head(s, site, dom, DOCTYPE_XS, gen='Drupal 6 (http://drupal.org)', og=False) +
            '<body class="not-front not-logged-in node-type-story one-sidebar sidebar-right">\n<div id="page"><div id="header"><div id="logo-title"><a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Home" /></a><div id="name-and-slogan"><h1 id="site-name"><a href="/" title="Home" rel="home"><span>%s</span></a></h1><div id="site-slogan">Music, stage and gallery news since 1998</div></div></div>' % E(site) +
            '<div id="navigation" class="menu withprimary"><div id="primary" class="clear-block"><ul class="links primary-links">%s</ul></div></div></div>\n' % nav(['Music', 'Theatre', 'Visual arts', 'Dance', 'Listings', 'Contact'], '/taxonomy/term/') +
            '<div id="container" class="clear-block"><div id="main" class="column"><div id="main-squeeze"><div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/music">Music</a></div>\n'
            '<div id="content"><h1 class="title">%s</h1><div class="tabs"></div>\n<div id="content-content" class="clear-block">\n' % E(s['title']) +
            '<div id="node-1187" class="node clear-block">\n<div class="meta"><span class="submitted">Submitted by %s on %s, %02d/%02d/%d - 14:22</span>\n' % (s['author'], weekday(s['date'])[:3], m, d, y_) +
            '<div class="terms terms-inline"><ul class="links inline"><li class="taxonomy_term_12 first"><a href="/taxonomy/term/12" rel="tag">Orchestra</a></li><li class="taxonomy_term_31 last"><a href="/taxonomy/term/31" rel="tag">Funding</a></li></ul></div></div>\n'
            '<div class="content">\n%s\n</div>\n' % body +
            '<div class="links"><ul class="links inline"><li class="comment_add first"><a href="/comment/reply/1187#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li><li class="print_html"><a href="/print/1187" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li><li class="statistics_counter last"><span>1234 reads</span></li></ul></div>\n</div>\n'
            '<div id="comments"><h2 class="comments">Comments</h2><div class="comment comment-published odd"><h3 class="title"><a href="/node/1187#comment-88" class="active">Early concerts</a></h3><div class="submitted">Submitted by Dora Fell on %s, %02d/%02d/%d - 18:40.</div><div class="content"><p>The six o&#039;clock concerts are perfect. We can go straight from work and still be home for dinner.</p></div><ul class="links"><li class="comment_delete first"><a href="/comment/delete/88">delete</a></li><li class="comment_reply last"><a href="/comment/reply/1187/88">reply</a></li></ul></div></div>\n' % (weekday(s['date'])[:3], m, d, y_) +
            '</div></div></div></div>\n<div id="sidebar-right" class="column sidebar"><div id="block-views-popular-block" class="clear-block block block-views"><h2>Popular content</h2><div class="content"><div class="item-list"><ul>%s</ul></div></div></div>' % hlinks(5, 4) +
            '<div id="block-user-0" class="clear-block block block-user"><h2>User login</h2><div class="content"><form action="/node?destination=node" method="post" id="user-login-form"><div class="form-item"><label>Username: <span class="form-required">*</span></label><input type="text" name="name" /></div><div class="form-item"><label>Password: <span class="form-required">*</span></label><input type="password" name="pass" /></div><input type="submit" value="Log in" /><div class="item-list"><ul><li><a href="/user/register">Create new account</a></li><li><a href="/user/password">Request new password</a></li></ul></div></form></div></div>'
            '<div id="block-node-0" class="clear-block block block-node"><div class="content"><a href="/rss.xml" class="feed-icon"><img src="/misc/feed.png" alt="Syndicate content" title="Syndicate content" width="16" height="16" /></a></div></div></div></div>\n'
            '<div id="footer-wrapper"><div id="footer">&copy; %s Westfield Arts Review. Powered by <a href="http://drupal.org">Drupal</a>.</div></div></div>\n</body>\n</html>\n' % y(s))


@tpl('joomla15')
def t_joomla15(s):
    site, dom = 'Carrick Point Heritage Society', 'carrickpoint-heritage.org.uk'
    paras = render(s)
    y_, m, d = ymd(s['date'])
    body = '\n'.join(paras)
    return (head(s, site, dom, DOCTYPE_XT, charset='utf-8', gen='Joomla! 1.5 - Open Source Content Management', og=False) +
            '<body id="page_bg">\n<div id="wrapper"><div id="header"><div id="logo"><a href="/">%s</a></div><div id="search"><form action="index.php" method="post"><input name="searchword" type="text" value="search..." /><input type="hidden" name="option" value="com_search" /></form></div></div>\n' % E(site) +
            '<div id="tabarea"><ul id="mainlevel-nav">%s</ul></div>\n' % ''.join('<li><a href="/index.php?option=com_content&amp;view=section&amp;id=%d" class="mainlevel-nav">%s</a></li>' % (i, n) for i, n in enumerate(['Home', 'News', 'The Lighthouse', 'Visit', 'Membership', 'Contact Us'])) +
            '<div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Home</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt="" /> <a href="/news" class="pathway">News</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt="" /> %s</span></div>\n' % E(s['title']) +
            '<div id="leftcolumn"><div class="moduletable_menu"><h3>Main Menu</h3><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/events">Events</a></li><li><a href="/gallery">Gallery</a></li><li><a href="/links">Links</a></li></ul></div>'
            '<div class="moduletable"><h3>Who&#039;s Online</h3>We have 3&nbsp;guests online</div><div class="moduletable"><h3>Latest News</h3><ul class="latestnews">%s</ul></div></div>\n' % hlinks(4, 6, cls='latestnews') +
            '<div id="maincolumn"><table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td>' % E(s['title']) +
            '<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;id=48&amp;format=pdf" title="PDF" onclick="window.open(this.href,\'win2\',\'status=no\'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>'
            '<td align="right" width="100%%" class="buttonheading"><a href="/index.php?view=article&amp;id=48&amp;tmpl=component&amp;print=1" title="Print" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Print" /></a></td>'
            '<td align="right" width="100%%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component" title="E-mail" rel="nofollow"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>\n'
            '<table class="contentpaneopen"><tr><td valign="top"><span class="small">Written by %s</span>&nbsp;&nbsp;</td></tr>\n' % s['author'] +
            '<tr><td valign="top" class="createdate">%s, %02d %s %d 19:02</td></tr>\n' % (weekday(s['date']), d, MONTHS[m - 1], y_) +
            '<tr><td valign="top">\n%s\n</td></tr>\n' % body +
            '<tr><td class="modifydate">Last Updated ( %s, %02d %s %d 21:15 )</td></tr></table><span class="article_separator">&nbsp;</span>\n' % (weekday(s['date']), d, MONTHS[m - 1], y_) +
            '<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/news/47">&lt; Prev</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="/news/49">Next &gt;</a></th></tr></table>\n'
            '</div>\n<div id="footer"><p>Copyright &copy; %s Carrick Point Heritage Society. Registered charity no. 1098432.</p><p><a href="http://www.joomla.org">Joomla!</a> is Free Software released under the GNU/GPL License.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('joomla25')
def t_joomla25(s):
    site, dom = 'The Kingsbridge Courier', 'kingsbridgecourier.co.uk'
    body = '\n'.join(render(s))
    y_, m, d = ymd(s['date'])
    return (head(s, site, dom, DOCTYPE_XT, gen='Joomla! - Open Source Content Management', og=False) +
            '<body>\n<div id="all"><div id="back"><div id="header"><div class="logoheader"><h1 id="logo">%s <span class="header1">The student newspaper of Kingsbridge</span></h1></div>' % E(site) +
            '<ul class="menu">%s</ul></div>\n' % nav(['Home', 'News', 'Comment', 'Features', 'Arts', 'Sport', 'Contact'], '/index.php/') +
            '<div id="contentarea"><div id="breadcrumbs"><div class="breadcrumbs"><span class="showHere">You are here: </span><a href="/" class="pathway">Home</a> <img src="/media/system/images/arrow.png" alt="" /> <a href="/index.php/news" class="pathway">News</a> <img src="/media/system/images/arrow.png" alt="" /> <span>%s</span></div></div>\n' % E(s['title']) +
            '<div id="main"><div class="item-page"><h2><a href="/index.php/news/214-bus-routes">%s</a></h2>\n' % E(s['title']) +
            '<ul class="actions"><li class="print-icon"><a href="/index.php/news/214?tmpl=component&amp;print=1" title="Print" rel="nofollow"><img src="/media/system/images/printButton.png" alt="Print" /></a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" title="Email"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>\n'
            '<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="category-name">Category: <a href="/index.php/news">News</a></dd>'
            '<dd class="published">Published on %s, %02d %s %d 10:41</dd><dd class="createdby">Written by %s</dd><dd class="hits">Hits: 1234</dd></dl>\n' % (weekday(s['date']), d, MONTHS[m - 1], y_, s['author']) +
            '%s\n<ul class="pagenav"><li class="pagenav-prev"><a href="/index.php/news/213" rel="prev">&lt; Prev</a></li><li class="pagenav-next"><a href="/index.php/news/215" rel="next">Next &gt;</a></li></ul></div></div>\n' % body +
            '<div id="right"><div class="moduletable"><h3>Latest News</h3><ul class="latestnews">%s</ul></div><div class="moduletable"><h3>Most Read</h3><ul class="mostread">%s</ul></div><div class="moduletable"><h3>Poll</h3><h4>Should the union run a night bus?</h4><form><input type="radio" name="v" /> Yes<br /><input type="radio" name="v" /> No<br /><input type="submit" value="Vote" /></form></div></div></div>\n' % (hlinks(5, 2), hlinks(5, 10)) +
            '<div id="footer-outer"><div id="footer-sub"><div id="footer"><p>&copy; %s The Kingsbridge Courier. Views expressed are those of the authors.</p><p>Powered by Joomla!&reg;</p></div></div></div></div></div>\n</body>\n</html>\n' % y(s))


@tpl('tumblr')
def t_tumblr(s):
    site, dom = 'field notes from the coast', 'fieldnotesfromthecoast.tumblr.com'
    body = '\n'.join(render(s))
    notes = ''.join('<li class="note %s"><a href="http://%s.tumblr.com/" class="avatar_frame"><img src="/avatar_%d.png" class="avatar" /></a><span class="action"><a href="http://%s.tumblr.com/">%s</a> %s</span><div class="clear"></div></li>\n'
                    % ('reblog' if i % 2 else 'like', u, i, u, u, 'reblogged this from <a href="http://%s.tumblr.com/">%s</a>' % (s['author'], s['author']) if i % 2 else 'likes this') for i, u in enumerate(['saltwaterkid', 'portlandpeg', 'deckhanddiaries', 'tidepoolblue', 'mossandfog', 'northwesterly']))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<title>%s &mdash; %s</title>\n' % (E(site), E(s['title'])) +
            '<meta name="description" content="%s" />\n<link rel="shortcut icon" href="http://31.media.tumblr.com/avatar_16.png" />\n<link rel="alternate" type="application/rss+xml" href="http://%s/rss" />\n' % (E(s['items'][0][1][:150]), dom) +
            '<meta property="og:type" content="tumblr-feed:entry" /><meta property="og:title" content="%s" />\n' % E(s['title']) + css() +
            '</head>\n<body>\n<iframe src="https://www.tumblr.com/dashboard/iframe?src=http%%3A%%2F%%2F%s%%2Fpost%%2F91&amp;pid=91" scrolling="no" width="330" height="25" frameborder="0" style="position:absolute; z-index:1337; top:0px; right:0px; border:0px;" id="tumblr_controls"></iframe>\n' % dom +
            '<div id="container"><div id="header"><h1><a href="/">%s</a></h1><p class="description">salt, rope, and whatever the tide brings in. <a href="/ask">ask me anything</a> &middot; <a href="/archive">archive</a> &middot; <a href="/rss">rss</a></p></div>\n' % E(site) +
            '<div id="posts"><div class="post text"><div class="post-content"><h2><a href="/post/91/%s">%s</a></h2>\n%s\n</div>\n' % (slug(s['title']), E(s['title']), body) +
            '<div class="post-meta"><a href="/post/91/%s" class="date">%s</a> &middot; <a href="/post/91#notes">%d notes</a> &middot; <a href="/reblog/91/x" class="reblog">reblog</a><div class="tags"><a href="/tagged/fishing">#fishing</a> <a href="/tagged/summer">#summer</a> <a href="/tagged/crab%%20boat">#crab boat</a> <a href="/tagged/personal">#personal</a></div></div>\n' % (slug(s['title']), shortord(s['date']), 212) +
            '<div id="notes"><h3>Notes</h3><ol class="notes">%s</ol><a class="more_notes_link" href="#">Show more notes</a></div></div></div>\n' % notes +
            '<div id="sidebar"><img src="/avatar_128.png" alt="" /><p>Marine biology student. Part-time deckhand. Full-time seagull watcher.</p><ul><li><a href="/tagged/personal">personal</a></li><li><a href="/tagged/photos">photos</a></li><li><a href="/tagged/reblogs">reblogs</a></li></ul><p><a href="/page/2">Older posts &rarr;</a></p></div>\n'
            '<div id="footer">Theme by <a href="http://theme.example/">Bluefog</a>. Powered by <a href="http://www.tumblr.com/">Tumblr</a>.</div></div>\n'
            '<script type="text/javascript">!function(s){s.src="https://px.srvcs.tumblr.com/impixu?T=1404835200&J=eyJ0eXBlIjoidXJsIn0=&U=ABCDEF&K=xyz&R=".replace(/&R=[^&$]*/,"").concat("&R="+escape(parent.document.referrer)).slice(0,2000).replace(/%.?.?$/,"");}(new Image());</script>\n'
            + ga() + '</body>\n</html>\n')


@tpl('blogger')
def t_blogger(s):
    site, dom = 'Muddy Boots and Binoculars', 'muddybootsbinoculars.blogspot.com'
    paras = [v for k, v in s['items'] if k == 'P']
    body = '<br />\n<br />\n'.join(E(p, quote=False) for p in paras)
    y_, m, d = ymd(s['date'])
    return (DOCTYPE_XS.replace('xml:lang="en" lang="en"', "xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'") +
            "<head>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n<meta content='blogger' name='generator'/>\n<link href='http://%s/favicon.ico' rel='icon' type='image/x-icon'/>\n" % dom +
            "<link rel='alternate' type='application/atom+xml' title='%s - Atom' href='http://%s/feeds/posts/default' />\n<title>%s: %s</title>\n" % (E(site), dom, E(site), E(s['title'])) +
            "<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2437439463-widget_css_bundle.css' />\n" + css() +
            "<script type='text/javascript'>window.google_analytics_uacct = 'UA-998877-1';</script>\n</head>\n<body>\n"
            "<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'><iframe src='https://www.blogger.com/navbar.g?targetBlogID=1234' height='30px' width='100%%' frameborder='0' scrolling='no' id='navbar-iframe'></iframe></div></div>\n"
            "<div id='outer-wrapper'><div id='header-wrapper'><div class='header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='http://%s/'>%s</a></h1></div><div class='descriptionwrapper'><p class='description'><span>A family of four, a pair of binoculars and the marshes of East Anglia.</span></p></div></div></div></div></div>\n" % (dom, E(site)) +
            "<div id='content-wrapper'><div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>\n"
            "<div class='date-outer'><h2 class='date-header'><span>%s, %s %d, %d</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry'>\n" % (weekday(s['date']), MONTHS[m - 1], d, y_) +
            "<a name='4455667788'></a><h3 class='post-title entry-title'>%s</h3>\n<div class='post-header'><div class='post-header-line-1'></div></div>\n" % E(s['title']) +
            "<div class='post-body entry-content' id='post-body-4455667788'>%s<br />\n<br />\n<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"http://1.bp.blogspot.com/avocets.jpg\" imageanchor=\"1\" style=\"margin-left: 1em; margin-right: 1em;\"><img border=\"0\" height=\"240\" src=\"http://1.bp.blogspot.com/avocets-s320.jpg\" width=\"320\" /></a></div>\n<div style='clear: both;'></div></div>\n" % body +
            "<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn'>%s</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='http://%s/2010/05/trip.html' rel='bookmark' title='permanent link'><abbr class='published' title='%sT09:14:00+01:00'>9:14 AM</abbr></a></span> " % (s['author'], dom, s['date']) +
            "<span class='post-comment-link'></span> <span class='post-icons'><span class='item-control blog-admin pid-1'><a href='https://www.blogger.com/post-edit.g' title='Edit Post'><img alt='' class='icon-action' height='18' src='http://img2.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>"
            "<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?target=email' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?target=blog' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?target=twitter' title='Share to Twitter'><span class='share-button-link-text'>Share to Twitter</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?target=facebook' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?target=pinterest' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div></div>\n"
            "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='http://%s/search/label/birds' rel='tag'>birds</a>, <a href='http://%s/search/label/days%%20out' rel='tag'>days out</a>, <a href='http://%s/search/label/reserves' rel='tag'>reserves</a></span></div></div></div>\n" % (dom, dom, dom) +
            "<div class='comments' id='comments'><a name='comments'></a><h4>2 comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>"
            "<dt class='comment-author' id='c1'><a name='c1'></a><a href='https://www.blogger.com/profile/1' rel='nofollow'>Jenny Wren</a> said...</dt><dd class='comment-body'><p>A bittern! We have been trying for years. Well done.</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c1' title='comment permalink'>%s %d, %d at 7:21 PM</a></span></dd>" % (MONTHS[m - 1], d, y_) +
            "<dt class='comment-author' id='c2'><a name='c2'></a>Anonymous said...</dt><dd class='comment-body'><p>The café opens at ten on weekends now, I think.</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#c2' title='comment permalink'>%s %d, %d at 9:02 PM</a></span></dd></dl></div>" % (MONTHS[m - 1], d + 1, y_) +
            "<p class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID=1234&amp;postID=4455667788' onclick=''>Post a Comment</a></p></div>\n</div></div></div>\n"
            "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='http://%s/2010/05/newer.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='http://%s/2010/05/older.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='http://%s/'>Home</a></div>\n" % (dom, dom, dom) +
            "<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='http://%s/feeds/1/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div></div></div></div>\n" % dom +
            "<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'><div class='widget Followers' id='Followers1'><h2 class='title'>Followers</h2><div class='widget-content'><div id='Followers1-wrapper'>47 followers</div></div></div>"
            "<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link' href='http://%s/2010/'>2010</a> <span class='post-count' dir='ltr'>(14)</span><ul class='posts'>%s</ul></li></ul></div></div></div>" % (dom, hlinks(4, 12)) +
            "<div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/1'>%s</a></dt><dd class='profile-textblock'>Mother of two, amateur birder, professional tea drinker.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/1' rel='author'>View my complete profile</a></div></div></div></div>\n" % s['author'] +
            "<div style='clear: both;'></div></div>\n<div id='footer-wrapper'><div class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple template. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div>\n</body>\n</html>\n")


@tpl('kinja')
def t_kinja(s):
    site, dom = 'Grindhaus', 'grindhaus.kinja-like.com'
    body = '\n'.join(render(s, {'p': '<p class="first-text">%s</p>'}))
    return (head(s, site, dom, DOCTYPE_H5, gen=None) + '<body class="post-page">\n<div class="page-wrapper"><header class="main-header"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav><a class="login" href="/login">Login</a></header>\n' % (E(site), nav(['Gear', 'Food', 'Deals', 'Video', 'Shop'], '/tag/')) +
            '<div class="trending-bar"><span>Trending:</span> <a href="/1">The pan you should actually buy</a> <a href="/2">Is cold brew a scam?</a></div>\n'
            '<main class="main"><article class="post hentry"><header><h1 class="headline entry-title"><a href="/%s-15137">%s</a></h1>\n' % (slug(s['title']), E(s['title'])) +
            '<div class="meta-container"><div class="author"><a href="/people/maxteller">%s</a></div><div class="meta-time"><time class="updated" datetime="%sT14:30:00-04:00"><a href="/x">%s 2:30pm</a></time></div><div class="share-toolbar"><a class="share-facebook" href="#">Share</a> <a class="share-twitter" href="#">Tweet</a> <a class="share-kinja" href="#">Kinja roll</a></div></div>\n' % (s['author'], s['date'], dotdate(s['date']).replace('.', '/')) +
            '<div class="stats"><span class="views">48,213</span> <span class="replies">113</span></div></header>\n'
            '<figure class="marquee-asset"><img src="/espresso.jpg" /><figcaption>Photo: Grindhaus</figcaption></figure>\n'
            '<div class="post-content entry-content">\n%s\n</div>\n' % body +
            '<div class="post-footer"><div class="tags"><a href="/tag/espresso">Espresso</a> <a href="/tag/coffee">Coffee</a> <a href="/tag/kitchen">Kitchen</a></div><div class="share">Share This Story</div><div class="get-newsletter">Get our newsletter <form><input type="email" /><button>Subscribe</button></form></div></div>\n'
            '<div class="author-bio"><img src="/av.jpg" /><p><a href="/people/maxteller">%s</a> is Grindhaus&#039;s gear editor. Email him at max@grindhaus.example.</p></div></article>\n' % s['author'] +
            '<section class="discussion"><h3>Discussion</h3><div class="reply"><span class="reply-author">flatwhite_forever</span><p>I bought the cheap grinder and the expensive machine and can confirm: you have this exactly right, and I am sad.</p><a class="reply-link">Reply</a> <span class="count">34 replies</span></div>'
            '<div class="reply"><span class="reply-author">portafiltered</span><p>The group head thing is real. Mine takes twenty minutes to warm up.</p><a class="reply-link">Reply</a></div><a class="expand-discussion">Expand</a></section>\n'
            '</main><aside class="sidebar"><div class="module"><h3>More from Grindhaus</h3><ul>%s</ul></div><div class="ad-container"><span>Sponsored</span><div id="ad-300"></div></div></aside>\n' % hlinks(5, 0, excerpt=True) +
            '<footer class="main-footer"><p>&copy; %s Grindhaus Media &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/ads">Advertising</a></p></footer></div>\n</body>\n</html>\n' % y(s))


def mag_masthead(site, sections, cls='masthead'):
    return ('<div id="%s"><div class="top-links"><a href="/subscribe">Subscribe</a> | <a href="/newsletters">Newsletters</a> | <a href="/login">Log in</a></div>'
            '<a href="/" class="logo">%s</a><ul class="sections">%s</ul><form class="search" action="/search"><input type="text" name="q" /><input type="submit" value="Search" /></form></div>\n' % (cls, E(site), nav(sections, '/')))


def most_emailed(off, title='Most Emailed'):
    return '<div class="most-popular"><h3>%s</h3><ol>%s</ol></div>\n' % (title, hlinks(5, off))


@tpl('slate')
def t_slate(s):
    site, dom = 'The Ledger Review', 'ledgerreview.com'
    body = '\n'.join(render(s, {'page': ''}))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body class="article">\n<div id="page-wrap">' + mag_masthead(site, ['News & Politics', 'Business', 'Arts', 'Life', 'Technology', 'Science', 'Sports']) +
            '<div id="main_body"><div class="article-col"><div class="sec_label"><a href="/business/">Moneybox</a>: The economics of everyday life.</div>\n'
            '<h1 class="hed">%s</h1>\n<h2 class="dek">Why an industry built for one night a year is harder to run than it looks.</h2>\n' % E(s['title']) +
            '<div class="byline">By <a href="/author/nina_farrow/">%s</a><span class="pubdate">|Posted %s, %s, at 7:24 AM ET</span></div>\n' % (s['author'], weekday(s['date']), longdate(s['date'])) +
            '<div class="tools-top"><a href="/print/x">Print</a> <a href="/email/x">Email</a> <a href="/single/x">Single Page</a> <a href="#comments">Comments (48)</a></div>\n'
            '<div class="text text-1 parbase section"><div class="body">\n%s\n</div></div>\n' % body +
            '<div class="pagination"><span class="pagination-label">Page</span> <span class="current">1</span> <a href="/2012/10/costumes_2.html">2</a> <a href="/2012/10/costumes_3.html">3</a> <a class="next" href="/2012/10/costumes_2.html">Next</a> <a class="single" href="/2012/10/costumes.single.html">Single page</a></div>\n'
            '<div class="tools-bottom"><span class="share">Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>\n'
            '<div class="author-bio"><p><em>%s is a business writer in Chicago.</em></p></div></div>\n' % s['author'] +
            '<div class="rail">' + most_emailed(2, 'Most Read') + most_emailed(7) + '<div class="ad-300"><span>Advertisement</span></div></div></div>\n'
            '<div id="footer"><p>&copy; %s The Ledger Review Group, LLC. All rights reserved.</p><ul>%s</ul></div></div>\n</body>\n</html>\n' % (y(s), nav(['About Us', 'Advertise', 'Contact', 'Privacy', 'Terms'], '/about/')))


@tpl('atlprint')
def t_atlprint(s):
    site, dom = 'The Continental Monthly', 'continentalmonthly.com'
    chunks = render(s, {'h2': '<p><b>%s</b></p>'})
    body = '\n'.join(chunks)
    return (DOCTYPE_H4 + '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<title>%s - %s - Print View</title>\n<meta name="robots" content="noindex">\n' % (E(s['title']), E(site)) +
            '<style type="text/css">body{font-family:Georgia,serif;font-size:13px;margin:20px} .printbar{font-family:Arial;font-size:11px;border-bottom:1px solid #000} .copyright{font-size:10px;color:#666}</style>\n' + ga() + '</head>\n'
            '<body onload="window.print()">\n<div class="printbar"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a> | <a href="http://www.%s/magazine/archive/2011/02/lunch/8372/">Return to article</a></div>\n' % dom +
            '<table width="600" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="/images/print_logo.gif" alt="%s" width="250" height="40"></td></tr>\n' % E(site) +
            '<tr><td><h1>%s</h1><p class="dek"><i>Where did the midday break go, and does anybody miss it?</i></p><p class="byline">By %s</p></td></tr>\n' % (E(s['title']), s['author']) +
            '<tr><td>\n%s\n</td></tr>\n' % body +
            '<tr><td><hr><p class="copyright">This article available online at:<br>http://www.%s/magazine/archive/2011/02/lunch/8372/</p><p class="copyright">Copyright &copy; %s by The Continental Monthly Group. All Rights Reserved.</p></td></tr></table>\n' % (dom, y(s)) +
            '<img src="http://b.scorecardresearch.com/p?c1=2&amp;c2=6035669&amp;cv=2.0&amp;cj=1" width="1" height="1">\n</body>\n</html>\n')


@tpl('nyer')
def t_nyer(s):
    site, dom = 'The Metropolitan Weekly', 'metweekly.com'
    body = '\n'.join(render(s, {'drop': '<p><span class="dropcap">%s</span>%s</p>', 'pq': '<div class="pullquote"><p>&ldquo;%s&rdquo;</p></div>'}))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body class="printables">\n<div id="wrapper">' + mag_masthead(site, ['News', 'Culture', 'Books', 'Science & Tech', 'Business', 'Humor', 'Magazine', 'Archive']) +
            '<div id="content"><div id="articleheading"><span class="rubric">A Reporter at Large</span><h1>%s</h1><h2 class="subhead">A retired engineer has traced thirty-four buried streams.</h2>\n' % E(s['title']) +
            '<span class="byline">by <a href="/contributors/elena-vasquez">%s</a></span> <span class="date">%s</span></div>\n' % (s['author'], longdate(s['date'])) +
            '<div id="articletools"><ul><li class="print"><a href="/print/x">Print</a></li><li class="email"><a href="/email/x">E-Mail</a></li><li class="single"><a href="/single/x">Single Page</a></li><li class="share"><a href="#">Share</a></li></ul></div>\n'
            '<div class="photo"><img src="/images/streams.jpg" alt=""><p class="caption">Margaret Oyelaran in the municipal archive. Photograph by Colin Brandt.</p></div>\n'
            '<div id="articletext">\n%s\n<p class="end">&#9632;</p></div>\n' % body +
            '<div class="issue-note"><p><i>Published in the print edition of the September 9, 2013, issue.</i></p></div>\n'
            '<div class="contributor"><p><a href="/contributors/elena-vasquez">%s</a> has contributed to the magazine since 2009.</p></div>\n' % s['author'] +
            '<div class="related"><h3>Related Stories</h3><ul>%s</ul></div></div>\n' % hlinks(3, 13) +
            '<div id="sidebar">' + most_emailed(1) + most_emailed(9, 'Most Popular') + '<div class="newsletter"><h3>Sign up for our daily newsletter</h3><form><input type="text" /><input type="submit" value="Sign up" /></form></div></div>\n'
            '<div id="footer"><p>&copy; %s Metropolitan Publications. All rights reserved. Use of this site constitutes acceptance of our user agreement and privacy policy.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('wired')
def t_wired(s):
    site, dom = 'Circuit Magazine', 'circuitmag.com'
    body = '\n'.join(render(s))
    url = 'http://www.%s/2014/05/weather-stations/' % dom
    return (head(s, site, dom, DOCTYPE_H5, gen='WordPress 3.8') + '<body class="single single-post">\n' + fb_comments(url).split('<div class="fb-comments-wrap">')[0] +
            '<div id="site"><header id="global-header"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav><a class="subscribe" href="/subscribe">Subscribe</a></header>\n' % (E(site), nav(['Business', 'Design', 'Entertainment', 'Gear', 'Science', 'Security', 'Photo', 'Video'], '/category/')) +
            '<div id="main-content"><article class="post"><div class="entry-header"><ul class="post-cats"><li><a href="/category/science/">Science</a></li></ul><h1 id="headline" class="post-title">%s</h1>\n' % E(s['title']) +
            '<ul id="meta" class="entry-meta"><li class="entryAuthor">By <a href="/author/theo/">%s</a></li><li class="entryDate"><time>%s</time></li><li class="entryTime">6:30 am</li><li class="entryCategories"><a href="/category/science/">Science</a></li></ul>\n' % (s['author'], dotdate(s['date'])) +
            '<div class="social-wrap"><span class="social-count">1.4k</span> Share <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-twitter">Twitter</a> <a href="#" class="share-gplus">Google+</a> <a href="#" class="share-linkedin">LinkedIn</a> <a href="#" class="share-pinterest">Pinterest</a></div></div>\n'
            '<figure class="wp-caption"><img src="/img/station.jpg" /><figcaption class="wp-caption-text">A home-built weather station on a garage roof in Dunmore. <span class="credit">Photo: Circuit staff</span></figcaption></figure>\n'
            '<div class="entry-content" id="articleBody">\n%s\n</div>\n' % body +
            '<div class="entry-footer"><ul class="tags"><li>Tags:</li><li><a href="/tag/weather/">weather</a></li><li><a href="/tag/diy/">DIY</a></li><li><a href="/tag/sensors/">sensors</a></li></ul>'
            '<nav class="post-nav"><div class="previous">Previous article <a href="/p/">The drone that inspects wind turbines</a></div><div class="next">Next article <a href="/n/">Why your router needs a reboot</a></div></nav></div></article>\n' +
            fb_comments(url).split('</script>\n', 1)[1] + '</div>\n<aside id="sidebar">' + most_emailed(4, 'Most Popular') + '<div class="ad"><span>Advertisement</span></div>' + most_emailed(10, 'Most Emailed') + '</aside>\n'
            '<footer id="footer"><p>Circuit Magazine &copy; %s Circuit Media LLC. All rights reserved. Use of this site constitutes acceptance of our user agreement.</p></footer></div>\n</body>\n</html>\n' % y(s))


@tpl('time')
def t_time(s):
    site, dom = 'The National Weekly', 'nationalweekly.com'
    body = '\n'.join(render(s, {'page': ''}))
    return (head(s, site, dom, DOCTYPE_XT, gen=None, charset='ISO-8859-1') + '<body class="article">\n<div id="container">' + mag_masthead(site, ['U.S.', 'Politics', 'World', 'Business', 'Tech', 'Health', 'Science', 'Entertainment', 'Photos', 'Videos', 'Magazine']) +
            '<div id="content"><div class="artHd"><p class="section">Nation</p><h1>%s</h1><p class="byline">By %s <span class="date">%s, %s</span></p>\n' % (E(s['title']), s['author'], weekday(s['date']), longdate(s['date'])) +
            '<div class="artTools"><ul><li class="print"><a href="/printout/0,8816,1234,00.html">Print</a></li><li class="email"><a href="#">Email</a></li><li class="share"><a href="#">Share</a></li><li class="reprints"><a href="/reprints">Reprints</a></li><li class="digg"><a href="http://digg.com/submit">Digg</a></li></ul></div></div>\n'
            '<div class="artTxt">\n%s\n' % body +
            '<div class="pagi"><span class="current">1</span> <a href="/nation/article/0,8599,1234-2,00.html">2</a> <a class="next" href="/nation/article/0,8599,1234-2,00.html">Next Page &raquo;</a></div></div>\n'
            '<div class="artFoot"><p class="related">See pictures of <a href="/photos/trees">the Christmas tree harvest</a>.</p><p class="related">See the <a href="/specials/packages/0,28757,1234,00.html">Top 10 Everything of 2010</a>.</p>'
            '<div class="cnnLinks"><a href="/cnn/">Find this article at: http://www.%s/nation/article/0,8599,1234,00.html</a></div></div>\n' % dom +
            '<div class="cmtWrap"><h3>Comments</h3><div class="cmt"><p>Nothing smells like a real tree. Worth every needle on the carpet.</p><span>posted by pinesap_pete</span></div></div></div>\n'
            '<div id="rail">' + most_emailed(3) + most_emailed(12, 'Most Popular') + '<div class="subscribe"><h4>Subscribe to the magazine</h4><p>Get 56 issues for just $30.</p></div></div>\n'
            '<div id="footer"><p>Copyright &copy; %s National Weekly Inc. All rights reserved. Reproduction in whole or in part without permission is prohibited.</p><ul>%s</ul></div></div>\n</body>\n</html>\n' % (y(s), nav(['Subscribe', 'Customer Service', 'Advertising', 'Media Kit', 'Privacy Policy', 'RSS', 'Site Map'], '/info/')))


@tpl('forbesslides')
def t_forbesslides(s):
    site, dom = 'Capital Street Magazine', 'capitalstreetmag.com'
    n = sum(1 for k, _ in s['items'] if k == 'SLIDE')
    cnt = [0]

    def slide(a, sl, b):
        cnt[0] += 1
        return ('<div class="slide" id="slide-%d"><div class="slide-count">%d of %d</div><h2 class="slide-title">%s</h2><div class="slide-image"><img src="/slides/%s.jpg" alt="" /><span class="photo-credit">Image credit: Getty Images via @daylife</span></div>'
                '<div class="slide-caption"><p>%s</p></div><a class="next-slide" href="#slide-%d">Next slide &raquo;</a></div>' % (cnt[0], cnt[0], n, a, sl, b, cnt[0] + 1))
    chunks = []
    for k, v in s['items']:
        if k == 'SLIDE':
            a, b = v.split('|')
            chunks.append(slide(E(a), slug(a)[:20], E(b, quote=False)))
        else:
            chunks.extend(render(dict(items=[(k, v)])))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body class="slideshow">\n<div id="wrap">' + mag_masthead(site, ['Business', 'Investing', 'Tech', 'Entrepreneurs', 'Leadership', 'Lifestyle', 'Lists']) +
            '<div id="article-wrap"><div class="article-head"><h1>%s</h1><div class="author-byline"><a href="/sites/kevinashdown/">%s</a>, Contributor<br /><span class="tagline">I write about real estate and personal finance.</span></div><div class="date">%s @ 9:12 am</div><div class="views">14,312 views</div></div>\n' % (E(s['title']), s['author'], dotdate(s['date'])) +
            '<div class="article-body">\n%s\n</div>\n' % '\n'.join(chunks) +
            '<div class="disclosure"><p><em>Opinions expressed by Capital Street contributors are their own.</em></p></div>'
            '<div class="follow-author"><a href="/sites/kevinashdown/">Follow</a> (412) <a href="/sites/kevinashdown/feed/">RSS</a></div>'
            '<div class="thoughts-promo"><p class="quote">&ldquo;Money is a good servant but a bad master.&rdquo; &mdash; Francis Bacon</p><a href="/thoughts/">Thoughts on the Business of Life</a></div></div>\n'
            '<div id="sidebar">' + most_emailed(5, 'Most Popular') + '<div class="ad"><span>Advertisement</span></div></div>\n'
            '<div id="footer"><p>&copy; %s Capital Street Media LLC All Rights Reserved</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('bislides')
def t_bislides(s):
    site, dom = 'Market Dispatch', 'marketdispatch.com'
    chunks = render(s, {'slide': '<div class="slide"><div class="slide-title"><h3>%s</h3></div><div class="slide-image"><img src="/img/%s.jpg" alt="" /><span class="source">Reuters/Andrew Holt</span></div><div class="slide-content"><p>%s</p></div></div>'})
    return (head(s, site, dom, DOCTYPE_H5, gen=None) + '<body class="post">\n<div id="site">' + mag_masthead(site, ['Tech', 'Finance', 'Politics', 'Strategy', 'Life', 'All'], 'header') +
            '<div class="post-wrapper"><h1 class="post-title">%s</h1><div class="byline"><span class="author"><a href="/author/alyssa-grange">%s</a></span> <span class="date">%s, 10:15 AM</span> <span class="views">27,801</span></div>\n' % (E(s['title']), s['author'], shortord(s['date'])) +
            '<div class="share-bar"><a class="fb">Share</a> <a class="tw">Tweet</a> <a class="ln">LinkedIn</a> <a class="em">Email</a></div>\n'
            '<div class="post-content">\n%s\n' % '\n'.join(chunks) +
            '<p class="see-also"><strong>NOW WATCH:</strong> <a href="/video/x">We went inside the underground bunker that stores the world&#039;s seeds</a></p>'
            '<p class="see-also"><strong>SEE ALSO:</strong> <a href="/x">The 10 coldest inhabited places on Earth</a></p></div>\n'
            '<div class="post-footer"><div class="subscribe-promo"><strong>Get the latest Science stories:</strong> Sign up now for our free newsletter.</div><div class="more"><h4>More:</h4> <a href="/tag/science">Science</a> <a href="/tag/arctic">Arctic</a> <a href="/tag/food">Food</a></div></div>\n'
            '<div class="recommended"><h3>Recommended For You</h3><ul>%s</ul><span class="powered">Powered by Sailthru</span></div></div>\n' % hlinks(4, 2) +
            '<div id="footer">* Copyright &copy; %s Market Dispatch Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.</div></div>\n</body>\n</html>\n' % y(s))


@tpl('longread')
def t_longread(s):
    site, dom = 'Estuary', 'estuarymag.co.uk'
    body = '\n'.join(render(s, {'drop': '<p class="has-dropcap"><span class="dropcap">%s</span>%s</p>', 'pq': '<blockquote class="pull-quote alignright"><p>%s</p></blockquote>',
                                'h2': '<h2 class="section-break"><span>%s</span></h2>'}))
    return (head(s, site, dom, DOCTYPE_H5, gen='WordPress 4.0') + '<body class="single single-post longform">\n<div id="page"><header class="site-header"><a class="site-logo" href="/">%s</a><span class="tagline">Slow journalism from the edges of Britain</span><nav><ul>%s</ul></nav></header>\n' % (E(site), nav(['Stories', 'Places', 'Photography', 'Print', 'About'])) +
            '<article class="post longform"><div class="hero"><img src="/wp-content/uploads/2014/10/ferry-1600.jpg" alt="" /><div class="hero-text"><h1 class="entry-title">%s</h1><p class="standfirst">After a hundred and twelve years, a small river crossing prepares for its final winter.</p></div></div>\n' % E(s['title']) +
            '<div class="entry-meta"><span class="byline">Words by <a href="/author/hannah-moore/">%s</a> &middot; Photographs by Alasdair Gunn</span> <span class="posted-on">%s</span> <span class="reading-time">12 minute read</span></div>\n' % (s['author'], longdate(s['date'])) +
            '<div class="entry-content">\n%s\n<p class="end-mark">&#9670;</p>\n</div>\n' % body +
            '<footer class="entry-footer"><div class="support-box"><h4>Estuary is reader-funded</h4><p>We publish one long story a week, without adverts. If you valued this piece, please consider becoming a member from &pound;3 a month.</p><a class="button" href="/support/">Support Estuary</a></div>'
            '<div class="share-links"><span>Share this story</span> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a></div>'
            '<div class="author-box"><h4>%s</h4><p>Hannah Moore is a writer based in Perthshire. Her first book, about the drove roads, is published next year.</p></div></footer></article>\n' % s['author'] +
            '<section class="more-stories"><h3>More stories</h3><ul>%s</ul></section>\n' % hlinks(3, 5, excerpt=True) +
            '<footer class="site-footer"><p>&copy; %s Estuary Magazine Ltd. Registered in Scotland.</p></footer></div>\n</body>\n</html>\n' % y(s))


@tpl('html4')
def t_html4(s):
    site, dom = 'Beacon Hill Town Crier', 'beaconhillcrier.com'
    paras = [v for k, v in s['items'] if k == 'P']
    body = '<br><br>\n'.join('<font face="Verdana" size="2">%s</font>' % E(p, quote=False) for p in paras)
    return (DOCTYPE_H4 + '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<title>%s - %s</title>\n<meta name="keywords" content="beacon hill, skate park, council">\n' % (E(site), E(s['title'])) +
            '<script language="JavaScript" type="text/javascript">\n<!--\nfunction MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;}\nfunction MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features);}\n//-->\n</script>\n</head>\n'
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n<center>\n<table width="780" border="0" cellspacing="0" cellpadding="0">\n'
            '<tr><td colspan="3" bgcolor="#003366"><img src="/images/masthead.gif" width="780" height="90" alt="%s"></td></tr>\n' % E(site) +
            '<tr><td colspan="3" bgcolor="#CCCCCC"><font face="Arial" size="1"><a href="/">Home</a> | <a href="/news.html">News</a> | <a href="/sports.html">Sports</a> | <a href="/obits.html">Obituaries</a> | <a href="/classifieds.html">Classifieds</a> | <a href="/contact.html">Contact Us</a></font></td></tr>\n'
            '<tr><td width="150" valign="top" bgcolor="#EEEEEE"><font face="Arial" size="1"><b>SECTIONS</b><br><a href="/news.html">Local News</a><br><a href="/schools.html">Schools</a><br><a href="/police.html">Police Log</a><br><a href="/letters.html">Letters</a><br><br><b>ARCHIVES</b><br><a href="/2010/02/">February 2010</a><br><a href="/2010/01/">January 2010</a><br><br>'
            '<img src="/images/spacer.gif" width="1" height="20"><br><a href="/ads/hardware.html"><img src="/ads/hardware_120.gif" width="120" height="240" border="0" alt="Hill Road Hardware"></a></font></td>\n'
            '<td width="480" valign="top"><img src="/images/spacer.gif" width="10" height="10"><br>\n<center><font face="Georgia" size="5"><b>%s</b></font></center><br>\n' % E(s['title']) +
            '<font face="Verdana" size="1" color="#666666">%s &mdash; By %s</font><br><br>\n' % (dotdate(s['date']), s['author']) +
            '%s<br><br>\n' % body +
            '<font face="Verdana" size="1"><a href="javascript:MM_openBrWindow(\'/print.asp?id=2231\',\'print\',\'width=600,height=500\')">Printer-friendly version</a> | <a href="/email.asp?id=2231">E-mail this story to a friend</a></font><br><br>\n'
            '<table width="100%%" border="0" cellpadding="4" bgcolor="#F0F0F0"><tr><td><font face="Arial" size="2"><b>Other stories this week:</b><br>%s</font></td></tr></table>\n' % '<br>'.join('<a href="/%s.html">%s</a>' % (slug(t), E(t)) for t, _ in heads(4, 8)) +
            '</td>\n<td width="150" valign="top"><font face="Arial" size="1"><b>WEATHER</b><br>Partly cloudy, 48&deg;F<br><br><b>POLL</b><br>Should the skate park be lit at night?<br><input type="radio"> Yes<br><input type="radio"> No</font></td></tr>\n'
            '<tr><td colspan="3" align="center"><font face="Arial" size="1">&copy; %s Beacon Hill Town Crier. All rights reserved. Site designed by Hilltop Web Design.</font></td></tr>\n</table>\n</center>\n</body>\n</html>\n' % y(s))


@tpl('xhtml')
def t_xhtml(s):
    site, dom = 'Loudhailer Magazine', 'loudhailermag.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XS, gen=None) + '<body>\n<div id="container"><div id="header"><h1><a href="/">%s</a></h1><p>Music, festivals, noise</p><ul id="nav">%s</ul></div>\n' % (E(site), nav(['News', 'Reviews', 'Festivals', 'Interviews', 'Live', 'Competitions'], '/')) +
            '<div id="content"><div class="article"><p class="category"><a href="/festivals/">Festivals</a></p><h2 class="title">%s</h2><p class="meta">Written by %s &middot; %s &middot; <a href="#disqus_thread">Comments</a></p>\n' % (E(s['title']), s['author'], shortord(s['date'])) +
            '<div class="article-text">\n%s\n</div>\n' % body +
            '<div class="article-share">' + old_social() + '</div>\n<div class="article-tags"><strong>Tags:</strong> <a href="/tag/camping/">camping</a>, <a href="/tag/festivals/">festivals</a>, <a href="/tag/guides/">guides</a></div>\n'
            '<div class="you-might-like"><h3>You might also like</h3><ul>%s</ul></div>\n' % hlinks(3, 6) + disqus('loudhailer') +
            '</div></div>\n<div id="sidebar"><div class="box"><h3>Latest reviews</h3><ul>%s</ul></div><div class="box"><h3>Competitions</h3><p>Win a pair of weekend tickets to Greenhollow Festival. <a href="/competitions/">Enter now</a></p></div></div>\n' % hlinks(5, 11) +
            '<div id="footer"><p>&copy; %s Loudhailer Magazine. Valid <a href="http://validator.w3.org/check?uri=referer">XHTML 1.0 Strict</a> and <a href="http://jigsaw.w3.org/css-validator/">CSS</a>.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('linkwithin')
def t_linkwithin(s):
    site, dom = 'Darn It All', 'darnitall.blogspot.com'
    body = '\n'.join(render(s))
    y_, m, d = ymd(s['date'])
    return (head(s, site, dom, DOCTYPE_XT, gen='blogger', og=False) + '<body>\n<div id="outer-wrapper"><div id="header"><h1 class="title"><a href="/">%s</a></h1><p class="description">Mending, making do and the occasional cake</p></div>\n' % E(site) +
            '<div id="main-wrapper"><h2 class="date-header"><span>%s, %s %d, %d</span></h2><div class="post hentry"><h3 class="post-title entry-title">%s</h3>\n' % (weekday(s['date']), MONTHS[m - 1], d, y_, E(s['title'])) +
            '<div class="post-body entry-content">\n%s\n' % body + linkwithin() + '<div style="clear: both;"></div></div>\n'
            '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#">8:47 PM</a></span> <span class="post-comment-link"><a class="comment-link" href="#comments">6 comments</a></span> ' % s['author'] +
            '<span class="post-labels">Labels: <a href="/search/label/darning" rel="tag">darning</a>, <a href="/search/label/mending" rel="tag">mending</a></span></div></div>\n'
            '<div class="comments" id="comments"><h4>6 comments:</h4><dl id="comments-block"><dt class="comment-author">Knitwit said...</dt><dd class="comment-body"><p>A light bulb! My gran used an egg. Brilliant post.</p></dd><dt class="comment-author">Sarah Quill said...</dt><dd class="comment-body"><p>An egg seems brave!</p></dd></dl><p class="comment-footer"><a href="#">Post a Comment</a></p></div>\n'
            '<div class="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a> <a class="blog-pager-older-link" href="#">Older Post</a> <a class="home-link" href="/">Home</a></div></div>\n'
            '<div id="sidebar-wrapper"><div class="widget"><h2>Popular Posts</h2><ul>%s</ul></div><div class="widget"><h2>My Blog List</h2><ul><li><a href="http://a.example/">The Thrifty Stitch</a> <span class="item-time">2 days ago</span></li><li><a href="http://b.example/">Wool and Water</a> <span class="item-time">1 week ago</span></li></ul></div></div>\n' % hlinks(4, 14, excerpt=True) +
            '<div id="footer">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div>\n</body>\n</html>\n')


def wp_generic(s, site, dom, tagline, meta, in_content='', after='', footer_meta='', theme='', body_t=None, charset='UTF-8', ncom=2, off=0, doctype=DOCTYPE_XT, side_extra=''):
    """A 2010-2013 WordPress magazine theme: header, nav, the post (meta line, content, plugin furniture), comments, sidebar."""
    body = '\n'.join(render(s, body_t))
    return (head(s, site, dom, doctype, charset=charset, gen='WordPress 3.%d' % random.randint(0, 6)) +
            '<body class="single postid-%d %s">\n<div id="wrapper"><div id="header"><div id="logo"><h1><a href="/">%s</a></h1><p class="desc">%s</p></div><div id="header-ad"><a href="/ad/"><img src="/ads/banner-468.gif" alt="" /></a></div></div>\n' % (random.randint(100, 9999), theme, E(site), E(tagline)) +
            '<div id="navbar"><ul class="menu">%s</ul></div>\n<div id="content-wrap"><div id="content">\n' % nav(CATS) +
            '<div class="post hentry" id="post-%d"><h2 class="post-title entry-title"><a href="/%s/" rel="bookmark">%s</a></h2>\n' % (random.randint(100, 9999), slug(s['title']), E(s['title'])) +
            '<div class="post-meta">%s</div>\n<div class="entry entry-content">\n%s\n%s</div>\n' % (meta, body, in_content) +
            '<div class="postmeta">%s</div></div>\n%s' % (footer_meta, after) +
            wp_comments(ncom, s) + '</div>\n<div id="sidebar">' + wp_sidebar(site, off, side_extra) + '</div></div>\n' + simple_footer(site, y(s)) + '</div>\n</body>\n</html>\n')


@tpl('nrelate')
def t_nrelate(s):
    return wp_generic(s, 'Main Street Monthly', 'mainstreetmonthly.com', 'Small business, big ideas',
                      'Posted by <a href="/author/marcus/">%s</a> on %s in <a href="/category/retail/">Retail</a>' % (s['author'], longdate(s['date'])),
                      in_content=nrelate(2), footer_meta='Tags: <a href="/tag/hardware/">hardware</a>, <a href="/tag/retail/">retail</a>, <a href="/tag/main-street/">main street</a>', off=3)


@tpl('zemanta')
def t_zemanta(s):
    return wp_generic(s, 'Prairie Ledger', 'prairieledger.com', 'Farm news and commodity markets from the heartland',
                      '%s | By <a href="/author/ivy/">%s</a>' % (dotdate(s['date']), s['author']),
                      in_content=zemanta(4), footer_meta='Posted in <a href="/category/crops/">Crops</a> | Tagged <a href="/tag/corn/">Corn</a>, <a href="/tag/drought/">Drought</a>, <a href="/tag/prices/">Prices</a> | <a href="#respond">Leave a comment</a>', off=5, theme='theme-chronicle')


@tpl('addthis')
def t_addthis(s):
    return wp_generic(s, 'Small Spaces Journal', 'smallspacesjournal.com', 'Living large in less',
                      '<span class="date">%s</span> <span class="author">by %s</span> <span class="comments"><a href="#comments">12 Comments</a></span>' % (shortord(s['date']), s['author']),
                      in_content=addthis() + '<div class="addthis_relatedposts_inline"><h4>You May Also Like</h4><ul>%s</ul></div>\n' % hlinks(3, 1),
                      footer_meta='Filed in <a href="/category/housing/">Housing</a> &middot; <a href="/category/design/">Design</a>', off=7, theme='woo-magazine')


@tpl('digg')
def t_digg(s):
    return wp_generic(s, 'Tabs and Toolbars', 'tabsandtoolbars.net', 'Software that gets out of the way',
                      '%s &middot; %s &middot; <a href="#comments">23 Comments</a>' % (longdate(s['date']), s['author']),
                      in_content=old_social(), after='<div class="sociable"><span class="sociable_tagline"><strong>Share and Enjoy:</strong></span><ul><li><a href="http://digg.com/submit">Digg</a></li><li><a href="http://del.icio.us/post">del.icio.us</a></li><li><a href="http://www.stumbleupon.com/submit">StumbleUpon</a></li><li><a href="http://www.facebook.com/share.php">Facebook</a></li><li><a href="http://technorati.com/faves">Technorati</a></li></ul></div>\n',
                      footer_meta='This entry was posted on %s at 4:20 pm and is filed under <a href="/category/software/">Software</a>. You can follow any responses to this entry through the <a href="/feed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or <a href="/trackback/" rel="trackback">trackback</a> from your own site.' % longdate(s['date']), off=9, theme='kubrick', ncom=4)


@tpl('sociable')
def t_sociable(s):
    return wp_generic(s, 'Carless in Carrow', 'carlessincarrow.org', 'One family, no car, a lot of buses',
                      'Posted on <a href="/%s/" rel="bookmark">%s</a> by <a href="/author/deb/">%s</a>' % (slug(s['title']), longdate(s['date']), s['author']),
                      in_content='<div class="sociable"><div class="sociable_tagline"><strong>Share and Enjoy:</strong></div><ul><li class="sociablefirst"><a rel="nofollow" href="http://www.facebook.com/share.php" title="Facebook"><img src="/wp-content/plugins/sociable/images/facebook.png" title="Facebook" alt="Facebook" class="sociable-hovers" /></a></li><li><a rel="nofollow" href="http://twitter.com/home" title="Twitter"><img src="/wp-content/plugins/sociable/images/twitter.png" title="Twitter" alt="Twitter" class="sociable-hovers" /></a></li><li><a rel="nofollow" href="http://www.stumbleupon.com/submit" title="StumbleUpon"><img src="/wp-content/plugins/sociable/images/stumbleupon.png" alt="StumbleUpon" class="sociable-hovers" /></a></li><li class="sociablelast"><a rel="nofollow" href="mailto:?subject=x" title="email"><img src="/wp-content/plugins/sociable/images/email_link.png" alt="email" class="sociable-hovers" /></a></li></ul></div>\n',
                      footer_meta='Posted in <a href="/category/transport/">Transport</a> | Tagged <a href="/tag/bus/">bus</a>, <a href="/tag/car-free/">car-free</a>, <a href="/tag/money/">money</a> | <a href="#comments">3 Comments</a>', off=10, theme='twentyten', ncom=3)


@tpl('isowp')
def t_isowp(s):
    return wp_generic(s, 'The Kilbrack Review', 'kilbrackreview.ie', 'Arts and crafts of the west',
                      '<span class="meta-prep">Posted on</span> <span class="entry-date">%s</span> <span class="meta-sep">by</span> <span class="author vcard">%s</span>' % (ukdate(s['date']), s['author']),
                      in_content=jetpack_share('Share this:') + jetpack_like(),
                      footer_meta='Posted in <a href="/category/crafts/">Crafts</a> | Tagged <a href="/tag/fiddle/">fiddle</a>, <a href="/tag/music/">music</a> | <a href="#respond">Leave a comment</a>', charset='ISO-8859-1', off=11, theme='twentyten')


@tpl('wpdot')
def t_wpdot(s):
    return wp_generic(s, 'Saltmarsh Harbour News', 'saltmarshharbour.net', 'News from the quay',
                      '<span class="date">%s</span> | <span class="author">%s</span> | <a href="/category/events/">Events</a>' % (dotdate(s['date']), s['author']),
                      in_content=jetpack_share() + jetpack_like() + jetpack_related(12),
                      footer_meta='Tags: <a href="/tag/festival/">festival</a>, <a href="/tag/harbour/">harbour</a>', off=13, theme='arras')


@tpl('fbcomm')
def t_fbcomm(s):
    url = 'http://www.voltline.com/2015/01/battery/'
    return wp_generic(s, 'Voltline', 'voltline.com', 'Energy, tech and the people building it',
                      'By <a href="/author/jordan/">%s</a> &bull; <time>%s</time> &bull; <span class="cat">Energy</span>' % (s['author'], shortord(s['date'])),
                      in_content=tweet_like_row(), after=fb_comments(url), off=14, theme='magazine-pro', ncom=1, doctype=DOCTYPE_H5)


@tpl('mostemailed')
def t_mostemailed(s):
    site, dom = 'City Desk Weekly', 'citydeskweekly.com'
    body = '\n'.join(render(s, {'p': '<p class="story-text">%s</p>'}))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body>\n<div id="shell">' + mag_masthead(site, ['News', 'Arts', 'Food', 'Music', 'Film', 'Events', 'Best Of', 'Classifieds']) +
            '<table id="layout" width="100%%" cellpadding="0" cellspacing="0"><tr><td id="main-col" valign="top">\n'
            '<div class="story"><div class="kicker">Culture</div><h1>%s</h1><div class="story-meta">By <span class="author">%s</span> &middot; <span class="date">%s, %s</span></div>\n' % (E(s['title']), s['author'], weekday(s['date']), longdate(s['date'])) +
            '<div class="story-tools"><a href="/print/">Print</a> | <a href="/email/">Email</a> | <a href="#comments">Comments (9)</a> | <a href="/share/">Share</a> | Text size: <a href="#">A</a> <a href="#">A</a></div>\n'
            '<div class="story-body">\n%s\n</div>\n' % body +
            '<div class="story-end"><p class="related-head"><b>Related:</b></p><ul>%s</ul></div></div>\n' % hlinks(3, 4) +
            '<div id="comments"><h3>Reader comments (9)</h3><div class="c"><p><b>dicebag</b> wrote: Catan nights at the Mercer Street place are the highlight of my week.</p></div><div class="c"><p><b>Meeple Mom</b> wrote: Bring back the Tuesday kids club please!</p></div></div>\n'
            '</td><td id="right-col" width="300" valign="top">' + most_emailed(6) + most_emailed(15, 'Most Commented') +
            '<div class="events"><h3>This week</h3><ul><li>Thu: Open mic at the Lantern</li><li>Fri: Gallery night, Arts District</li><li>Sat: Farmers market, Union Square</li></ul></div></td></tr></table>\n'
            '<div id="footer"><p>&copy; %s City Desk Weekly, an alternative newsweekly. All rights reserved.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('beast')
def t_beast(s):
    site, dom = 'The Daily Lantern', 'dailylantern.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_H5, gen=None) + '<body class="article-page">\n<div id="page">' + mag_masthead(site, ['Politics', 'Entertainment', 'World News', 'U.S. News', 'Tech', 'Fashion', 'Books', 'Cheat Sheet'], 'header-wrap') +
            '<div class="article-wrap"><div class="article-header"><p class="rubric"><a href="/politics/">Politics</a></p><h1 class="title">%s</h1><h2 class="deck">In one New England town, a tax for longer hours has neighbours at each other&#039;s throats.</h2>\n' % E(s['title']) +
            '<div class="byline-wrap"><span class="author">%s</span> <span class="dateline">%s 4:45 AM EDT</span></div><div class="social-share"><a>Share</a> <a>Tweet</a> <a>Email</a> <span class="share-count">1.1k</span></div></div>\n' % (s['author'], dotdate(s['date'])) +
            '<div class="article-body">\n%s\n' % body +
            '<div class="inline-newsletter"><p><strong>Like what you&#039;re reading?</strong> Get our top stories in your inbox every morning. <a href="/newsletters">Sign up now</a></p></div></div>\n'
            '<div class="article-footer"><p class="tags">Tags: <a href="/tag/libraries">libraries</a> <a href="/tag/taxes">taxes</a></p><div class="outbrain"><h4>From Around the Web</h4><ul><li><a href="http://paid.example/1">You Won&#039;t Believe These Celebrity Homes</a></li><li><a href="http://paid.example/2">Top 10 Retirement Destinations in 2013</a></li></ul></div></div></div>\n'
            '<div id="sidebar">' + most_emailed(8, 'Trending') + '</div>\n'
            '<div id="footer"><p>&copy; %s The Daily Lantern Company LLC</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('drupal6b')
def t_drupal6b(s):
    site, dom = 'Ashcombe Valley Voice', 'ashcombevoice.org'
    body = '\n'.join(render(s))
    y_, m, d = ymd(s['date'])
    return (head(s, site, dom, DOCTYPE_XS, gen='Drupal 6 (http://drupal.org)', og=False) +
            '<body class="sidebars">\n<div id="header-region" class="clear-block"></div><div id="wrapper"><div id="container" class="clear-block"><div id="header"><div id="logo-floater"><h1><a href="/" title="%s"><img src="/sites/all/themes/garland/logo.png" alt="%s" id="logo" /><span>%s</span></a></h1></div>' % (E(site), E(site), E(site)) +
            '<ul class="links primary-links">%s</ul></div>\n' % nav(['News', 'Schools', 'Farming', 'History', 'Letters', 'Events'], '/section/') +
            '<div id="sidebar-left" class="sidebar"><div class="block block-search"><form action="/search/node"><input type="text" name="search_block_form" /><input type="submit" value="Search" /></form></div><div class="block block-menu"><h2>Navigation</h2><div class="content"><ul class="menu"><li class="leaf"><a href="/tracker">Recent posts</a></li><li class="leaf"><a href="/forum">Forums</a></li><li class="leaf"><a href="/event">Events</a></li></ul></div></div></div>\n'
            '<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner"><div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/section/history">History</a></div><h2>%s</h2>\n' % E(s['title']) +
            '<div id="node-3301" class="node"><span class="submitted">%s, %02d/%02d/%d - 09:03 &mdash; %s</span><div class="taxonomy"><ul class="links inline"><li class="taxonomy_term_4 first last"><a href="/taxonomy/term/4" rel="tag">Libraries</a></li></ul></div>\n' % (weekday(s['date'])[:3], m, d, y_, s['author']) +
            '<div class="content clear-block">\n%s\n</div>\n' % body +
            '<div class="links"><ul class="links inline"><li class="comment_forbidden first"><span><a href="/user/login?destination=comment%%2Freply%%2F3301%%23comment-form">Login</a> or <a href="/user/register?destination=comment%%2Freply%%2F3301%%23comment-form">register</a> to post comments</span></li><li class="print_html"><a href="/print/3301" class="print-page">Printer-friendly version</a></li><li class="forward_links"><a href="/forward?path=node/3301" class="forward-page">Send to friend</a></li><li class="statistics_counter last"><span>812 reads</span></li></ul></div></div>\n'
            '<div id="footer">Ashcombe Valley Voice is a volunteer-run community news site. &copy; %s.</div></div></div></div></div>\n' % y(s) +
            '<div id="sidebar-right" class="sidebar"><div class="block block-views"><h2>Recent stories</h2><div class="content"><div class="item-list"><ul>%s</ul></div><div class="more-link"><a href="/tracker">more</a></div></div></div><div class="block block-user"><h2>Who&#039;s online</h2><div class="content">There are currently 0 users and 5 guests online.</div></div></div></div></div>\n</body>\n</html>\n' % hlinks(5, 3))


@tpl('posterous')
def t_posterous(s):
    site, dom = "Lucy Tam's posterous", 'lucytam.posterous.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body>\n<div id="posterous_bar"><a href="http://posterous.com">posterous</a> <a href="#">Subscribe</a> <a href="#">Repost</a></div>\n'
            '<div id="wrap"><div id="header"><h1><a href="/">%s</a></h1><p>work, tea, small experiments</p></div>\n' % E(site) +
            '<div id="main"><div class="post"><div class="postdate"><span class="month">%s</span><span class="day">%d</span></div><div class="postunit"><h2 class="posttitle"><a href="/notes-from-a-week">%s</a></h2>\n' % (MONTHS[ymd(s['date'])[1] - 1][:3], ymd(s['date'])[2], E(s['title'])) +
            '<div class="bodytext">\n%s\n</div>\n' % body +
            '<div class="postmeta"><p>Posted %s by <a href="/">%s</a></p><ul class="actions"><li><a href="#">Like</a></li><li><a href="#">Repost</a></li><li><a href="#">Share</a> <span class="views">412 views</span></li></ul><div class="tags">Tags &raquo; <a href="/tag/email">email</a> <a href="/tag/work">work</a></div></div>\n' % (longdate(s['date']), s['author']) +
            '<div class="responses"><h3>3 responses</h3><div class="response"><span class="name">Daniel P.</span><p>412 is a rookie number. Try a month.</p></div><div class="response"><span class="name">Kate</span><p>I did this on holiday and never turned the notifications back on.</p></div><form><textarea>Leave a comment...</textarea></form></div></div></div></div>\n'
            '<div id="sidebar"><div class="profile"><img src="/lucy.jpg" /><p><b>%s</b></p><p>Product manager. Occasional writer.</p></div><div class="subscribe"><a href="#">Subscribe via RSS</a> &middot; <a href="#">Subscribe via email</a></div><h4>Archive</h4><ul><li>July 2011 (3)</li><li>June 2011 (5)</li><li>May 2011 (2)</li></ul></div>\n' % s['author'] +
            '<div id="footer">Theme created for <a href="http://posterous.com">Posterous</a> by Obox</div></div>\n</body>\n</html>\n')


@tpl('salon')
def t_salon(s):
    site, dom = 'Parlour', 'parlourmag.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_H5, gen='WordPress 3.8.1') + '<body class="single">\n<div id="container">' + mag_masthead(site, ['News & Politics', 'Entertainment', 'Life', 'Innovation', 'Sustainability', 'Video']) +
            '<div id="article"><div class="toptoolbar"><span class="category"><a href="/category/life/">Life</a></span> <span class="date">%s %s, %s</span></div>\n' % (weekday(s['date']), MONTHS[ymd(s['date'])[1] - 1], ymd(s['date'])[0]) +
            '<h1 class="headline">%s</h1><h2 class="subhead">Efficiency squeezes out the conversations where real problems surface</h2><p class="byline">By <a href="/writer/peter_crane/">%s</a></p>\n' % (E(s['title']), s['author']) +
            '<div class="share-toolbar"><a>Like</a> <a>Tweet</a> <a>Email</a> <a>Print</a> <a>Comment</a></div>\n'
            '<div class="articleContent">\n%s\n' % body +
            '<div class="articleInner"><p class="topics">Topics: <a href="/topic/work/">Work</a>, <a href="/topic/meetings/">Meetings</a>, <a href="/topic/offices/">Offices</a>, <a href="/topic/productivity/">Productivity</a></p></div>\n'
            '<p class="authorbio"><b>%s</b> is a management writer. His book on office life is due out next year. <a href="/writer/peter_crane/">More Peter Crane.</a></p></div>\n' % s['author'] +
            '<div class="related-topics"><h3>Related Topics</h3><ul>%s</ul></div>\n' % hlinks(4, 0) +
            '<div id="comments"><h3>Comments</h3><p>To comment, please <a href="/login">log in</a> or <a href="/register">register</a>.</p></div></div>\n'
            '<div id="rail">' + most_emailed(13, 'Most Read') + '</div>\n<div id="footer"><p>Copyright &copy; %s Parlour Media Inc.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('huff')
def t_huff(s):
    site, dom = 'The Open Forum Post', 'openforumpost.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_H5, gen=None) + '<body class="entry">\n<div id="wrapper">' + mag_masthead(site, ['Front Page', 'Politics', 'Business', 'Entertainment', 'Healthy Living', 'Tech', 'Media', 'Style', 'Green']) +
            '<div id="blogger_bio"><img src="/bloggers/whitcombe.jpg" /><div class="name"><a href="/dr-alan-whitcombe/">%s</a></div><div class="title">Family physician, Lakewood Medical Group</div><a class="fan" href="#">Become a fan</a> <a href="#">Get Email Alerts from this Blogger</a></div>\n' % s['author'] +
            '<div class="entry_header"><h1 class="title">%s</h1><div class="timestamp">Posted: %s %d:%02d am</div><div class="shares"><span class="count">2,117</span> Like <span class="count">312</span> Tweet <span class="count">41</span> Email <span class="count">58</span> Comment</div></div>\n' % (E(s['title']), dotdate(s['date']).replace('.', '/'), 8, 45) +
            '<div class="entry_body_text">\n%s\n' % body +
            '<p><em>For more by %s, click <a href="/dr-alan-whitcombe/">here</a>.</em></p><p><em>For more on heart health, click <a href="/heart-health/">here</a>.</em></p>\n' % s['author'] +
            '<p><em>Follow %s on Twitter: <a href="http://www.twitter.com/drwhitcombe">www.twitter.com/drwhitcombe</a></em></p></div>\n' % s['author'] +
            '<div class="entry_tags">Filed by Emily Harte&nbsp;&nbsp;|&nbsp;&nbsp;Report Corrections</div><div class="trending"><h4>Trending</h4><ul>%s</ul></div>\n' % hlinks(4, 2) +
            '<div id="comments_container"><h3>Conversations</h3><div class="comment-login">Log in with Facebook</div></div>\n'
            '<div id="footer"><p>Copyright &copy;%s Open Forum Post, Inc. | &quot;Open Forum Post&quot; is a registered trademark.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('gawker')
def t_gawker(s):
    site, dom = 'Cubicle', 'cubicleblog.com'
    body = '\n'.join(render(s))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body class="gawker-like">\n<div id="container"><div id="topbar"><a href="/">%s</a> <span class="tagline">Office life, dissected.</span> <a class="login" href="/login">Login</a> <a href="/tips">Send us a tip</a></div>\n' % E(site) +
            '<div id="main-container"><div class="post-body"><div class="post hentry"><h1 class="headline"><a href="/5552333/x">%s</a></h1>\n' % E(s['title']) +
            '<div class="author-block"><a href="/people/chrismoran/" class="author">%s</a> &mdash; <span class="date">%s</span> <span class="time">3:34 PM</span> <span class="views">Share <span class="count">18,204</span> views</span></div>\n' % (s['author'], dotdate(s['date'])) +
            '<div class="post-body-content">\n%s\n</div>\n' % body +
            '<div class="post-tags"><span>Tags:</span> <a href="/tag/coffee/">coffee</a>, <a href="/tag/office/">office</a>, <a href="/tag/labor/">labor</a>, <a href="/tag/startups/">startups</a></div>'
            '<div class="share-row"><a>Email</a> <a>Share</a> <a>Tweet</a> <a>Digg</a></div></div>\n'
            '<div id="comments"><div class="comment-header">Discussion threads <span>Featured</span> <span>All</span> <span>Start a new thread</span></div>'
            '<div class="thread"><div class="comment"><span class="commenter">DecafAbsolutist</span> <span class="promoted">promoted by Chris Moran</span><p>This is the most important labor action of our time.</p><a class="reply">Reply</a></div><div class="comment reply"><span class="commenter">StovetopSteve</span><p>The camping stove is a fire hazard and also, correct.</p></div></div></div></div>\n'
            '<div id="rightcol"><div class="top-stories"><h3>Top Stories</h3><ul>%s</ul></div><div class="ad300"><span>Advertisement</span></div></div></div>\n' % hlinks(5, 6, excerpt=True) +
            '<div id="footer"><p>&copy; %s Cubicle Media, All rights reserved. Cubicle is part of a network of sites.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('apwire')
def t_apwire(s):
    site, dom = 'The Harrow Bay Mariner', 'harrowbaymariner.com'
    body = '\n'.join(render(s, {'p': '<p class="storytext">%s</p>'}))
    return (head(s, site, dom, DOCTYPE_XT, gen=None) + '<body class="story">\n<div id="page">' + mag_masthead(site, ['Home', 'News', 'Sports', 'Obituaries', 'Opinion', 'Weather', 'Classifieds', 'E-Edition']) +
            '<div id="storybody"><p class="section-head">National</p><h1>%s</h1><p class="byline">By %s, Associated Press</p><p class="timestamp">Updated %s 6:42 pm</p>\n' % (E(s['title']), s['author'], shortord(s['date'])) +
            '<div class="story-photo"><img src="/ap/storm.jpg" alt="" /><p class="cutline">Workers fill sandbags on Front Street on Wednesday. (AP Photo/Rick Alvarez)</p></div>\n'
            '<div class="story-text">\n<p class="storytext"><b>HARROW BAY, Maine (AP) &mdash;</b></p>\n%s\n' % body +
            '<p class="copyright">Copyright %s The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>\n' % y(s) +
            '<div class="story-tools"><a href="/print/">Print</a> | <a href="/email/">Email</a> | <a href="#">Font size</a></div>\n'
            '<div class="comments-fb"><h3>Comments</h3>' + fb_comments('http://www.%s/x' % dom).split('<div class="fb-comments-wrap"><h3>Comments</h3>')[1] + '</div>\n'
            '<div id="rail">' + most_emailed(1, 'Most Viewed') + '</div>\n<div id="footer"><p>&copy; %s Harrow Bay Publishing Co.</p></div></div>\n</body>\n</html>\n' % y(s))


@tpl('wpnews')
def t_wpnews(s):
    ad = '<div class="inline-ad"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-inline"></div></div>'
    return wp_generic(s, 'Linden Valley Ledger', 'lindenvalleyledger.com', 'Community news since 1911',
                      'Posted on %s by <a href="/author/leah/">%s</a>' % (longdate(s['date']), s['author']),
                      in_content=jetpack_share() + ad, footer_meta='Posted in <a href="/category/schools/">Schools</a> | Tagged <a href="/tag/school-board/">school board</a>, <a href="/tag/start-times/">start times</a> | <a href="#respond">Leave a comment</a>',
                      off=2, theme='twentyten', body_t={'p': '<p>%s</p>'})


@tpl('blogger2')
def t_blogger2(s):
    site, dom = 'Mill Lane Watch', 'milllanewatch.blogspot.com'
    parts = []
    for k, v in s['items']:
        parts.append(('<b>%s</b>' if k == 'SUBB' else '%s') % E(v, quote=False))
    body = '<br />\n<br />\n'.join(parts)
    y_, m, d = ymd(s['date'])
    return (head(s, site, dom, DOCTYPE_XT, gen='blogger', og=False) + '<body>\n<div id="outer-wrapper"><div id="header"><h1 class="title"><a href="http://%s/">%s</a></h1><p class="description">Planning, roads and the town council, read closely</p></div>\n' % (dom, E(site)) +
            '<div id="main"><h2 class="date-header"><span>%s, %s %d, %d</span></h2><div class="post hentry"><h3 class="post-title entry-title"><a href="http://%s/2011/01/wharfside.html">%s</a></h3>\n' % (weekday(s['date']), MONTHS[m - 1], d, y_, dom, E(s['title'])) +
            '<div class="post-body entry-content">%s<div style="clear: both;"></div></div>\n' % body +
            '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#">10:52 PM</a></span> <span class="post-comment-link"><a href="#comments">4 comments:</a></span>' % s['author'] +
            '<div class="post-share-buttons"><a href="#" title="Email This">Email This</a><a href="#" title="BlogThis!">BlogThis!</a><a href="#" title="Share to Twitter">Share to Twitter</a><a href="#" title="Share to Facebook">Share to Facebook</a></div>'
            '<div class="post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/planning">planning</a>, <a href="/search/label/wharfside">wharfside</a></span></div>'
            '<div class="reaction-buttons"><span class="reactions-label">Reactions:</span> <input type="checkbox" /> funny (2) <input type="checkbox" /> interesting (9) <input type="checkbox" /> cool (1)</div></div></div>\n'
            '<div id="comments"><h4>4 comments:</h4><dl id="comments-block"><dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>Thank you for reading all of that. The traffic section is fantasy.</p></dd></dl></div></div>\n'
            '<div id="sidebar"><h2>Followers</h2><p>112 followers</p><h2>Blog Archive</h2><ul>%s</ul></div>\n' % hlinks(5, 3) +
            '<div id="footer">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div>\n</body>\n</html>\n')


def tail_scripts(size):
    """The tracking and ad scripts such pages loaded before </body>, enough to bring a page to about 11 KB."""
    out = ['<script type="text/javascript">var _qevents = _qevents || [];(function() {var elem = document.createElement(\'script\');'
           'elem.src = (document.location.protocol == "https:" ? "https://secure" : "http://edge") + ".quantserve.com/quant.js";elem.async = true;'
           'var scpt = document.getElementsByTagName(\'script\')[0];scpt.parentNode.insertBefore(elem, scpt);})();_qevents.push({qacct:"p-%s"});</script>\n' % ''.join(random.choice('abcdefghjkmnpqrstuvwxyz0123456789') for _ in range(13)),
           '<script type="text/javascript">var _sf_async_config={uid:%d,domain:location.hostname,useCanonical:true};(function(){function loadChartbeat(){window._sf_endpt=(new Date()).getTime();'
           'var e=document.createElement("script");e.setAttribute("language","javascript");e.setAttribute("type","text/javascript");e.setAttribute("src","//static.chartbeat.com/js/chartbeat.js");'
           'document.body.appendChild(e);}var oldonload=window.onload;window.onload=(typeof window.onload!="function")?loadChartbeat:function(){oldonload();loadChartbeat();};})();</script>\n' % random.randint(10000, 99999)]
    n = 0
    while size + sum(len(x) for x in out) < 11000 and n < 40:
        out.append("<script type='text/javascript'>googletag.cmd.push(function(){googletag.defineSlot('/%d/site/article/slot_%d',[[300,250],[300,600]],'div-gpt-ad-13%d-%d').addService(googletag.pubads()).setTargeting('pos','%s').setTargeting('kw',['news','magazine','feature','%d']);});</script>\n"
                   % (random.randint(1000, 9999), n, random.randint(10**9, 10**10), n, random.choice(['atf', 'btf', 'rail', 'inline']), n))
        n += 1
    return ''.join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, s in enumerate(parse(), 1):
        h = TPL[s['key']](s)
        i = h.rfind('</body>')
        h = h[:i] + tail_scripts(len(h)) + h[i:]
        m = re.search(r'charset=([A-Za-z0-9-]+)', h[:3000])
        latin = m and m.group(1).lower() in ('iso-8859-1', 'windows-1252')
        data = h.encode('cp1252', 'xmlcharrefreplace') if latin else h.encode('utf-8')
        with open(os.path.join(OUT, '%02d.html' % n), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, '%02d.txt' % n), 'w', encoding='utf-8') as f:
            f.write(expected(s))
        with open(os.path.join(OUT, '%02d.json' % n), 'w', encoding='utf-8') as f:
            f.write(json.dumps({'published': s['date'], 'lang': 'en', 'title': s['title']}) + '\n')


if __name__ == '__main__':
    main()
