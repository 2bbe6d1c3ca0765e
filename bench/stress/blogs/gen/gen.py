#!/usr/bin/env python3
"""Generate bench/stress/blogs pages from stories.txt: blog posts that publish news (company,
engineering and project blogs, journalists' and analysts' personal blogs, small organisations'
news posts) on invented blog templates (WordPress Twenty-Twenty-One, Astra, GeneratePress,
Genesis, Divi, Elementor, a news-magazine WordPress theme, Blogger, Ghost, Hugo, Jekyll,
Squarespace, Wix-like, Medium-like, dev.to-like and Tumblr-like pages). Original text.

Usage: python3 bench/stress/blogs/gen/gen.py bench/stress/blogs   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|author|category|site|domain' opens a story, then 'CODE: value'.
Body codes (in the expected text): P paragraph (`x` inline code, [^1] footnote marker printed as
its number), H2/H3 subheads, UL/OL list (items parted by ';;'), BQ block quote, PRE code block
(lines parted by a literal \\n), CODE the same printed by a highlighter with line numbers (the
numbers are not body), UPD italic update note, FN footnote (printed under the story, body as
the project's longform policy has it).
Furniture codes (not body): IMG image (caption|credit), TOC (a table of contents built from the
H2s), CALLOUT a subscribe pitch card."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
random.seed(20261207)
E = html.escape



def longdate(d):
    y, m, dd = d.split('-')
    return '%s %d, %s' % (MONTHS[int(m) - 1], int(dd), y)


def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, date, author, cat, site, dom = line[4:].split('|')
            cur = dict(tpl=tpl, date=date, author=author, cat=cat, site=site, dom=dom, title='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None or line.startswith('#'):
            continue
        else:
            k, v = line.split(': ', 1)
            if k == 'T':
                cur['title'] = v
            else:
                cur['items'].append((k, v))
    return stories


def plain(v):
    """Text of an inline-marked value as a reader sees it."""
    v = v.replace('`', '')
    return re.sub(r'\[\^(\d+)\]', r'\1', v)


def inline(v):
    h = E(v, quote=False)
    h = re.sub(r'`([^`]+)`', r'<code>\1</code>', h)
    return re.sub(r'\[\^(\d+)\]', r'<sup id="fnref:\1"><a href="#fn:\1" class="footnote-ref" role="doc-noteref">\1</a></sup>', h)


def expected(s):
    out = []
    for k, v in s['items']:
        if k in ('P', 'H2', 'H3', 'BQ', 'UPD'):
            out.append(plain(v))
        elif k in ('UL', 'OL'):
            out.extend(plain(x) for x in v.split(';;'))
        elif k in ('PRE', 'CODE'):
            out.append(v.replace('\\n', '\n').replace('\\\\', '\\'))
        elif k == 'GIST':
            out.append(code_text(v.split('|', 1)[1]))
    for k, v in s['items']:
        if k == 'FN':
            out.append(plain(v))
    return '\n\n'.join(out) + '\n'


def code_text(v):
    return v.replace('\\n', '\n').replace('\\\\', '\\')


# ----------------------------------------------------------------- shared furniture text
COMMENTERS = ['Marjorie Quinn', 'tkessler', 'Paul D.', 'Anil Varma', 'Rosalind', 'J. Okoro', 'Bettina Schulz',
              'Frank Ileana', 'harbourwatcher', 'Lucy Pemberton', 'Dev Patel', 'Gwen', 'Ricardo Alves', 'M. Hartley']
COMMENTS = [
    'Thanks for writing this up. I could not make it to the meeting and this is far clearer than anything else I have read about it.',
    'Does anyone know whether this applies to existing customers as well, or only to new sign-ups? The post does not quite say.',
    'Great news, and about time. We have been waiting for this for a couple of years now and had almost given up asking.',
    'I am a bit sceptical. The last time something like this was announced the timeline slipped twice and nobody explained why.',
    'Small correction: I believe the vote was on the Tuesday, not the Wednesday. Otherwise spot on, thank you.',
    'Shared this with our neighbourhood group. Lots of people were asking exactly these questions last week.',
    'Will you be following up on this? I would really like to know how the second part turns out.',
    'This is the kind of detail the local paper never has room for any more. Keep it up.',
    'We tried the beta version last month and it was already a big improvement. Looking forward to the full release.',
    'Honest question: who pays for all of this in the end? Somebody always does.',
    'Fair point, but I think the post covers that in the third paragraph if you read it again.',
    'Agreed with the above. Also worth noting the earlier plan had the same problem.',
    'Thanks! Fixed now, appreciate you catching it.',
    'Count me in for the open evening. Is there parking nearby or should we come by bus?',
]
RECENT = ['A quiet week, and three things worth reading', 'Behind the numbers in the spring report',
          'What we learned from our first year', 'Five questions for the new director', 'The long road to the new bridge',
          'Notes on a crowded council agenda', 'Why we changed our pricing page', 'Weekend links: maps, trains and rivers',
          'An update on last month\'s survey', 'Meet the team: our new support lead']
TAGS = ['announcements', 'budget', 'community', 'council', 'data', 'engineering', 'events', 'funding', 'housing',
        'local news', 'open source', 'planning', 'release', 'schools', 'transport', 'updates']


def pick(seq, n):
    return random.sample(seq, min(n, len(seq)))


def comment_list(n, style='wp', depth=True):
    """A threaded comment list (n top-level comments, some with replies)."""
    h = []
    for i in range(n):
        who, txt = random.choice(COMMENTERS), random.choice(COMMENTS)
        reply = ''
        if depth and i % 2 == 0:
            reply = '<ol class="children"><li class="comment depth-2" id="comment-%d"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/av/%d.png" alt="" width="40"><b class="fn">%s</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-%d"><time>%s at %d:%02d pm</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>' % (
                900 + i, i, E(random.choice(COMMENTERS)), 900 + i, 'Jan %d, 2026' % (i + 3), i + 1, 10 * i % 60, E(random.choice(COMMENTS)))
        h.append('<li class="comment depth-1" id="comment-%d"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/av/%d.png" alt="" width="40"><b class="fn">%s</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-%d"><time>%s at %d:%02d am</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article>%s</li>' % (
            100 + i, i, E(who), 100 + i, 'Jan %d, 2026' % (i + 2), i + 8, 7 * i % 60, E(txt), reply))
    return '<ol class="comment-list">%s</ol>' % ''.join(h)


def reply_form(title='Leave a Reply'):
    return ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">%s</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            '<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>'
            '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" rows="8"></textarea></p>'
            '<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p>'
            '<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email"></p>'
            '<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>'
            '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>'
            '<p class="comment-subscription-form"><input type="checkbox" id="subscribe_comments"><label for="subscribe_comments">Notify me of follow-up comments by email.</label></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>') % E(title)


def pingbacks(n):
    return '<h3 class="pings-title">Trackbacks/Pingbacks</h3><ol class="ping-list">%s</ol>' % ''.join(
        '<li class="pingback"><p>Pingback: <a href="https://links%d.example/%s" rel="external nofollow ugc" class="url">%s &#8211; Weekly Links</a></p></li>' % (
            i, slug(t), E(t)) for i, t in enumerate(pick(RECENT, n)))


def widget(title, inner, cls='widget'):
    return '<section class="%s"><h2 class="widget-title">%s</h2>%s</section>' % (cls, E(title), inner)


def sidebar_widgets(s, kinds):
    """Sidebar widgets by kind: search, recent, comments, archives, cats, tags, about, subscribe, blogroll."""
    h = []
    for k in kinds:
        if k == 'search':
            h.append('<section class="widget widget_search"><form role="search" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>')
        elif k == 'recent':
            h.append(widget('Recent Posts', '<ul>%s</ul>' % ''.join('<li><a href="/%s/">%s</a></li>' % (slug(t), E(t)) for t in pick(RECENT, 5)), 'widget widget_recent_entries'))
        elif k == 'comments':
            h.append(widget('Recent Comments', '<ul id="recentcomments">%s</ul>' % ''.join(
                '<li class="recentcomments"><span class="comment-author-link">%s</span> on <a href="/%s/#comments">%s</a></li>' % (E(a), slug(t), E(t)) for a, t in zip(pick(COMMENTERS, 5), pick(RECENT, 5))), 'widget widget_recent_comments'))
        elif k == 'archives':
            y = int(s['date'][:4])
            h.append(widget('Archives', '<ul>%s</ul>' % ''.join('<li><a href="/%d/%02d/">%s %d</a></li>' % (y - (m > 11 - 1), m + 1, MONTHS[m], y - (m > 11 - 1)) for m in range(11, 2, -1)), 'widget widget_archive'))
        elif k == 'cats':
            h.append(widget('Categories', '<ul>%s</ul>' % ''.join('<li class="cat-item"><a href="/category/%s/">%s</a> (%d)</li>' % (slug(c), E(c), random.randint(2, 60)) for c in sorted(set([s['cat'], 'Announcements', 'News', 'Events', 'Uncategorized', 'Updates']))), 'widget widget_categories'))
        elif k == 'tags':
            h.append(widget('Tags', '<div class="tagcloud">%s</div>' % ' '.join('<a href="/tag/%s/" class="tag-cloud-link" style="font-size:%dpt">%s</a>' % (slug(t), random.randint(8, 22), E(t)) for t in TAGS), 'widget widget_tag_cloud'))
        elif k == 'about':
            h.append(widget('About', '<div class="textwidget"><img src="/img/me.jpg" alt="%s" width="120"><p>%s writes %s from a spare room with a view of the bins. Previously at a regional daily, now independent. Tips welcome by email; corrections even more so.</p></div>' % (E(s['author']), E(s['author']), E(s['site'])), 'widget widget_text'))
        elif k == 'subscribe':
            h.append(widget('Subscribe by Email', '<div class="jetpack_subscription_widget"><form action="#" method="post"><p>Enter your email address to subscribe to this blog and receive notifications of new posts by email.</p><p><input type="email" name="email" placeholder="Email Address"></p><p><button type="submit">Subscribe</button></p></form><div class="wp-block-jetpack-subscriptions__subscount">Join 1,284 other subscribers</div></div>', 'widget widget_blog_subscription'))
        elif k == 'blogroll':
            h.append(widget('Blogroll', '<ul class="xoxo blogroll">%s</ul>' % ''.join('<li><a href="https://%s.example/">%s</a></li>' % (slug(n), E(n)) for n in ['The Transit Desk', 'County Budget Watch', 'River Notes', 'Open Data Weekly', 'Small Town Dispatch', 'Field & Ledger']), 'widget widget_links'))
    return ''.join(h)


def jetpack(s):
    share = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
             '<li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>X</span></a></li><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>'
             '<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li><li class="share-print"><a class="share-print sd-button" href="#"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>')
    like = ('<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper"><h3 class="sd-title">Like this:</h3>'
            '<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>'
            '<span class="sd-text-color"></span><a class="sd-link-color"></a></div>')
    rel = '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">%s</div></div>' % ''.join(
        '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/%s/">%s</a></h4><p class="jp-relatedposts-post-excerpt">%s</p><p class="jp-relatedposts-post-date">%s</p><p class="jp-relatedposts-post-context">In &quot;%s&quot;</p></div>' % (
            slug(t), E(t), E(random.choice(COMMENTS)), longdate('2025-%02d-%02d' % (random.randint(1, 12), random.randint(1, 28))), E(s['cat'])) for t in pick(RECENT, 3))
    return share + like + rel


def author_box(s, cls='author-box'):
    return ('<div class="%s"><img class="avatar" src="/av/author.png" alt="" width="96"><div class="author-info"><h4 class="author-title">About %s</h4>'
            '<p class="author-description">%s has written for %s since it started. Before that, a decade of reporting and editing at regional papers and trade magazines. Lives within cycling distance of the office with two cats and an unreasonable number of notebooks.</p>'
            '<a class="author-link" href="/author/%s/">View all posts by %s</a></div></div>') % (cls, E(s['author']), E(s['author']), E(s['site']), slug(s['author']), E(s['author']))


def post_nav(prev_t, next_t, style='wp'):
    if style == 'arrows':
        return '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/%s/" rel="prev">&laquo; %s</a></div><div class="nav-next"><a href="/%s/" rel="next">%s &raquo;</a></div></div></nav>' % (slug(prev_t), E(prev_t), slug(next_t), E(next_t))
    return ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            '<div class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">Previous post</span> <span class="post-title">%s</span></a></div>'
            '<div class="nav-next"><a href="/%s/" rel="next"><span class="meta-nav">Next post</span> <span class="post-title">%s</span></a></div></div></nav>') % (slug(prev_t), E(prev_t), slug(next_t), E(next_t))


def head(s, url, extra='', ld_type='BlogPosting', generator='WordPress 6.7.1'):
    desc = plain([v for k, v in s['items'] if k == 'P'][0])[:155]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ld_type, "headline": s['title'], "datePublished": s['date'] + "T09:12:00+00:00",
         "dateModified": s['date'] + "T15:40:00+00:00", "author": {"@type": "Person", "name": s['author']},
         "publisher": {"@type": "Organization", "name": s['site']}, "mainEntityOfPage": url,
         "articleSection": s['cat'], "inLanguage": "en-US"},
        {"@type": "WebSite", "name": s['site'], "url": "https://%s/" % s['dom']}]}
    return (('<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s &#8211; %s</title><meta name="description" content="%s"><link rel="canonical" href="%s">'
            '<meta name="generator" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="%s">'
            '<meta property="article:published_time" content="%sT09:12:00+00:00"><meta name="author" content="%s">'
            '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="https://%s/feed/">'
            '<script type="application/ld+json">%s</script>%s</head>') % (
        E(s['title']), E(s['site']), E(desc), url, generator, E(s['title']), E(desc), url, E(s['site']), s['date'], E(s['author']),
        E(s['site']), s['dom'], json.dumps(ld), extra)).replace('%', '%%')  # the templates format after prefixing it


WP_CSS = ('<style id="global-styles-inline-css">:root{--wp--preset--color--black:#000;--wp--preset--color--white:#fff;--wp--preset--font-size--small:13px;--wp--preset--font-size--large:36px;--wp--preset--spacing--20:0.44rem}'
          'body .is-layout-flow > *{margin-block-start:0;margin-block-end:0}.wp-block-image figcaption{font-size:13px;color:#555}.screen-reader-text{position:absolute;clip:rect(1px,1px,1px,1px)}'
          '.sharedaddy h3{font-size:12px}.jp-relatedposts-post{width:30%;float:left}.comment-list{list-style:none}.widget{margin-bottom:2em}</style>'
          '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">'
          '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>'
          '<script id="jetpack-stats-js-before">_stq = window._stq || [];_stq.push([ "view", {"v":"ext","blog":"218833471","post":"4412","tz":"0","srv":"example"} ]);_stq.push([ "clickTrackerInit", "218833471", "4412" ]);</script>')


def wp_body(s, img_style='block'):
    """Gutenberg markup of the story's items."""
    out, fns = [], []
    for k, v in s['items']:
        if k == 'P':
            out.append('<p>%s</p>' % inline(v))
        elif k in ('H2', 'H3'):
            out.append('<%s class="wp-block-heading" id="%s">%s</%s>' % (k.lower(), slug(v), inline(v), k.lower()))
        elif k in ('UL', 'OL'):
            t = k.lower()
            out.append('<%s class="wp-block-list">%s</%s>' % (t, ''.join('<li>%s</li>' % inline(x) for x in v.split(';;')), t))
        elif k == 'BQ':
            out.append('<blockquote class="wp-block-quote"><p>%s</p></blockquote>' % inline(v))
        elif k in ('PRE', 'CODE'):
            out.append('<pre class="wp-block-code"><code>%s</code></pre>' % E(code_text(v)))
        elif k == 'UPD':
            out.append('<p><em>%s</em></p>' % inline(v))
        elif k == 'IMG':
            c, cr = v.split('|')
            out.append('<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/%s/%s.png" alt="" class="wp-image-%d"/><figcaption class="wp-element-caption">%s <em>%s</em></figcaption></figure>' % (s['date'][:7].replace('-', '/'), slug(c)[:30], random.randint(1000, 9999), E(c), E(cr)))
        elif k == 'FN':
            fns.append(v)
        elif k == 'GIST':
            out.append(gist(v))
        elif k == 'GAL':
            caps = v.split(';;')
            out.append('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">%s<figcaption class="blocks-gallery-caption wp-element-caption">%s</figcaption></figure>' % (''.join(
                '<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/g%d.jpg" alt=""/><figcaption class="wp-element-caption">%s</figcaption></figure>' % (j, E(c)) for j, c in enumerate(caps[1:])), E(caps[0])))
        elif k == 'TOC':
            out.append(toc_box(s, 'wp'))
        elif k == 'CALLOUT':
            out.append('<div class="wp-block-group callout"><p><strong>%s</strong></p></div>' % E(v))
        elif k == 'SUBBOX':
            out.append('<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container"><form action="#" method="post" accept-charset="utf-8" data-blog="218833471" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type your email&#8230;</label><input type="email" name="email" required="required" class="no-border-radius" value="" id="subscribe-field" placeholder="Type your email&#8230;"/></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">Subscribe</button></p></form><div class="wp-block-jetpack-subscriptions__subscount">%s</div></div></div>' % E(v))
        elif k == 'RELL':
            out.append('<p><strong>Related:</strong> <a href="/%s/">%s</a></p>' % (slug(v), E(v)))
    if fns:
        out.append('<ol class="wp-block-footnotes">%s</ol>' % ''.join('<li id="fn-%d"><span>%s</span> <a href="#fnref:%d" aria-label="Jump to footnote reference %d">&#8617;&#65038;</a></li>' % (i + 1, inline(x), i + 1, i + 1) for i, x in enumerate(fns)))
    return ''.join(out)


def gist(v):
    """A GitHub gist embed as the gist script renders it (name|code; line numbers are attributes)."""
    name, code = v.split('|', 1)
    rows = ''.join('<tr><td id="file-%s-L%d" class="blob-num js-line-number js-blob-rnum" data-line-number="%d"></td><td id="file-%s-LC%d" class="blob-code blob-code-inner js-file-line">%s</td></tr>' % (
        slug(name), i + 1, i + 1, slug(name), i + 1, E(l)) for i, l in enumerate(code_text(code).split('\n')))
    return ('<style>.gist{font-size:12px}.gist .blob-num{min-width:50px}</style><div id="gist131" class="gist"><div class="gist-file" translate="no" data-color-mode="light" data-light-theme="light"><div class="gist-data"><div class="js-gist-file-update-container js-task-list-container"><div id="file-%s" class="file my-2"><div itemprop="text" class="Box-body p-0 blob-wrapper data type-python" style="overflow: auto" tabindex="0" role="region" aria-label="%s content, created by example on 09:12AM today."><table data-hpc class="highlight tab-size js-file-line-container" data-tab-size="8" data-paste-markdown-skip data-tagsearch-path="%s" data-tagsearch-lang="Python">%s</table></div></div></div></div>'
            '<div class="gist-meta"><a href="https://gist.github.com/example/131/raw/%s" style="float:right" class="Link--inTextBlock">view raw</a><a href="https://gist.github.com/example/131#file-%s" class="Link--inTextBlock">%s</a> hosted with &#10084; by <a class="Link--inTextBlock" href="https://github.com">GitHub</a></div></div></div>') % (
        slug(name), E(name), E(name), rows, E(name), slug(name), E(name))


def toc_box(s, style):
    heads = [v for k, v in s['items'] if k == 'H2']
    if style == 'wp':
        return '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy ez-toc-grey"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">Toggle</a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">%s</ul></nav></div>' % ''.join(
            '<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link" href="#%s">%s</a></li>' % (slug(h), E(plain(h))) for h in heads)
    if style == 'hugo':
        return '<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>%s</ul></div></details></div>' % ''.join(
            '<li><a href="#%s" aria-label="%s">%s</a></li>' % (slug(h), E(plain(h)), E(plain(h))) for h in heads)
    return '<aside class="toc"><p class="toc-title">Contents</p><ol>%s</ol></aside>' % ''.join('<li><a href="#%s">%s</a></li>' % (slug(h), E(plain(h))) for h in heads)


def wp_footer_scripts():
    return ('<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png","svgUrl":"https://s.w.org/images/core/emoji/15.0.3/svg/","svgExt":".svg"}</script>'
            '<script src="/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=14.1" id="jetpack_likes_queuehandler-js"></script>'
            '<script src="https://stats.wp.com/e-202649.js" id="jetpack-stats-js" defer data-wp-strategy="defer"></script>')


def prev_next():
    a, b = pick(RECENT, 2)
    return a, b


# ----------------------------------------------------------------- templates
def t_wp21(s, url):
    pv, nx = prev_next()
    ncom = random.randint(3, 6)
    return (head(s, url, WP_CSS) + '<body class="post-template-default single single-post postid-4412 single-format-standard wp-embed-responsive is-light-theme">'
            '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
            '<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a href="/">%s</a></p><p class="site-description">News, notes and the occasional long read</p></div>'
            '<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/news/">News</a></li><li><a href="/archive/">Archive</a></li><li><a href="/contact/">Contact</a></li></ul></div></nav></header>'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-4412" class="post-4412 post type-post status-publish format-standard hentry entry">'
            '<header class="entry-header alignwide"><h1 class="entry-title">%s</h1></header>'
            '<div class="entry-content">%s</div>'
            '<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="%sT09:12:00+00:00">%s</time></span><span class="byline">By <a href="/author/%s/" rel="author">%s</a></span></div>'
            '<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/%s/" rel="category tag">%s</a> </span><span class="tags-links">Tagged <a href="/tag/%s/" rel="tag">%s</a>, <a href="/tag/%s/" rel="tag">%s</a></span></div></footer>'
            '%s</article>%s'
            '<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">%d comments on &ldquo;%s&rdquo;</h2>%s%s</div>'
            '</main></div></div>'
            '<aside class="widget-area">%s</aside>'
            '<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">%s</div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>%s</body></html>') % (
        E(s['site']), E(s['title']), wp_body(s), s['date'], longdate(s['date']), slug(s['author']), E(s['author']),
        slug(s['cat']), E(s['cat']), slug(TAGS[0]), TAGS[0], slug(TAGS[5]), TAGS[5],
        author_box(s, 'author-bio show-avatars'), post_nav(pv, nx), ncom, E(s['title']), comment_list(ncom), reply_form(),
        sidebar_widgets(s, ['search', 'recent', 'comments', 'archives', 'cats']), E(s['site']), wp_footer_scripts())


def t_astra(s, url):
    pv, nx = prev_next()
    ncom = random.randint(2, 5)
    return (head(s, url, WP_CSS) + '<body class="post-template-default single single-post ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post">'
            '<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead">'
            '<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">'
            '<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link"><img width="180" height="48" src="/logo.png" class="custom-logo" alt="%s"></a></span></div></div></div>'
            '<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border"><li class="menu-item"><a href="/" class="menu-link">Home</a></li><li class="menu-item"><a href="/shop/" class="menu-link">Shop</a></li><li class="menu-item current-menu-item"><a href="/blog/" class="menu-link">Blog</a></li><li class="menu-item"><a href="/about/" class="menu-link">About</a></li><li class="menu-item"><a href="/contact/" class="menu-link">Contact</a></li></ul></div></nav></div></div>'
            '</div></div></div></div></div></header>'
            '<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">'
            '<article class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry ast-article-single" id="post-4412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
            '<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/hero.jpg" class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>'
            '<h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by %s" href="/author/%s/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">%s</span></span> / <span class="ast-terms-link"><a href="/category/%s/">%s</a></span> / <span class="comments-link"><a href="#comments">%d Comments</a></span></div></header>'
            '<div class="entry-content clear" itemprop="text">%s%s</div></div>'
            '</article><nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="%s" href="/%s/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div><div class="nav-next"><a title="%s" href="/%s/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>'
            '<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">%d thoughts on &ldquo;%s&rdquo;</h3></div>%s%s%s</div>'
            '</main></div><div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">%s</div></div></div></div>'
            '<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 %s | Powered by <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer></div>%s</body></html>') % (
        E(s['site']), E(s['title']), E(s['author']), slug(s['author']), E(s['author']), longdate(s['date']), slug(s['cat']), E(s['cat']), ncom,
        wp_body(s), jetpack(s), E(pv), slug(pv), E(nx), slug(nx), ncom, E(s['title']), comment_list(ncom), pingbacks(2), reply_form(),
        sidebar_widgets(s, ['search', 'about', 'recent', 'comments', 'archives', 'cats', 'subscribe']), E(s['site']), wp_footer_scripts())


def t_gp(s, url):
    pv, nx = prev_next()
    ncom = random.randint(1, 4)
    return (head(s, url, WP_CSS) + '<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>'
            '<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>'
            '<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">%s</a></p></div>'
            '<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/blog/">Blog</a></li><li class="menu-item"><a href="/docs/">Docs</a></li><li class="menu-item"><a href="/download/">Download</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></div></div></nav></div></header>'
            '<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">'
            '<article id="post-4412" class="post-4412 post type-post status-publish format-standard hentry" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
            '<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="630" src="/wp-content/uploads/feature.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async"></div>'
            '<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%sT09:12:00+00:00" itemprop="datePublished">%s</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/%s/" title="View all posts by %s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%s</span></a></span></span> <span class="reading-time">%d min read</span></div></header>'
            '<div class="entry-content" itemprop="text">%s</div>'
            '<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/%s/" rel="category tag">%s</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/%s/" rel="tag">%s</a>, <a href="/tag/%s/" rel="tag">%s</a></span> <span class="comments-link"><a href="#comments">%d Comments</a></span>'
            '<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/%s/" rel="prev">%s</a></span></div><div class="nav-next"><span class="next"><a href="/%s/" rel="next">%s</a></span></div></nav></footer>'
            '</div></article>%s<div class="comments-area"><div id="comments"><h3 class="comments-title">%d thoughts on &ldquo;%s&rdquo;</h3>%s%s</div></div>'
            '</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">%s</div></div></div></div>'
            '<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2026 %s</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>%s</body></html>') % (
        E(s['site']), E(s['title']), s['date'], longdate(s['date']), slug(s['author']), E(s['author']), E(s['author']), random.randint(3, 7),
        wp_body(s), slug(s['cat']), E(s['cat']), slug(TAGS[6]), TAGS[6], slug(TAGS[12]), TAGS[12], ncom, slug(pv), E(pv), slug(nx), E(nx),
        author_box(s, 'gp-author-box'), ncom, E(s['title']), comment_list(ncom), reply_form(),
        sidebar_widgets(s, ['search', 'recent', 'tags', 'archives', 'blogroll']), E(s['site']), wp_footer_scripts())


def t_genesis(s, url):
    ncom = random.randint(2, 5)
    return (head(s, url, WP_CSS) + '<body class="wp-singular post-template-default single single-post header-full-width content-sidebar genesis-breadcrumbs-visible genesis-footer-widgets-visible" itemscope itemtype="https://schema.org/WebPage">'
            '<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary" class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul>'
            '<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="/">%s</a></p><p class="site-description" itemprop="description">Community news since 2011</p></div>'
            '<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/" itemprop="url"><span itemprop="name">Home</span></a></li><li class="menu-item"><a href="/news/" itemprop="url"><span itemprop="name">News</span></a></li><li class="menu-item"><a href="/events/" itemprop="url"><span itemprop="name">Events</span></a></li><li class="menu-item"><a href="/about/" itemprop="url"><span itemprop="name">About Us</span></a></li><li class="menu-item"><a href="/donate/" itemprop="url"><span itemprop="name">Donate</span></a></li></ul></div></nav></div></header>'
            '<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">'
            '<div class="breadcrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">You are here: <span class="breadcrumb-link-wrap"><a class="breadcrumb-link" href="/"><span class="breadcrumb-link-text-wrap">Home</span></a></span> <span aria-label="breadcrumb separator">/</span> <a href="/category/%s/">%s</a> <span aria-label="breadcrumb separator">/</span> %s</div>'
            '<article class="post-4412 post type-post status-publish format-standard category-%s entry" aria-label="%s" itemscope itemtype="https://schema.org/CreativeWork">'
            '<header class="entry-header"><h1 class="entry-title" itemprop="headline">%s</h1><p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="%sT09:12:00+00:00">%s</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/%s/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">%s</span></a></span> <span class="entry-comments-link"><a href="#comments">%d Comments</a></span></p></header>'
            '<div class="entry-content" itemprop="text">%s%s</div>'
            '<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/%s/" rel="category tag">%s</a></span> <span class="entry-tags">Tagged With: <a href="/tag/%s/" rel="tag">%s</a>, <a href="/tag/%s/" rel="tag">%s</a></span></p></footer></article>'
            '<section class="author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><img class="avatar" src="/av/a.png" alt="" width="70"><h4 class="author-box-title">About <span itemprop="name">%s</span></h4><div class="author-box-content" itemprop="description"><p>%s coordinates communications for %s and edits this news page. Send news and event listings by email.</p></div></section>'
            '<div class="after-entry widget-area"><section class="widget enews-widget"><div class="widget-wrap"><div class="enews enews-2-fields"><h3 class="widgettitle widget-title">Get our news by email</h3><p>Our monthly update: new projects, open meetings and ways to get involved. No spam, unsubscribe any time.</p><form id="subscribeenews-ext-2" class="enews-form" action="#" method="post"><input type="text" id="subbox1" class="enews-subbox enews-fname" placeholder="First Name"><input type="email" id="subbox" class="enews-email" placeholder="E-Mail Address"><input type="submit" value="Sign me up" id="subbutton" class="enews-submit"></form></div></div></section></div>'
            '<div class="adjacent-entry-pagination pagination"><div class="pagination-previous alignleft"><a href="/%s/" rel="prev"><span class="screen-reader-text">Previous Post: </span><span class="adjacent-post-link">&#xAB; %s</span></a></div><div class="pagination-next alignright"><a href="/%s/" rel="next"><span class="screen-reader-text">Next Post: </span><span class="adjacent-post-link">%s &#xBB;</span></a></div></div>'
            '<div class="entry-comments" id="comments"><h3>Comments</h3>%s</div><div class="entry-pings" id="pings">%s</div>%s'
            '</main><aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><h2 class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2>%s</aside></div></div>'
            '<div class="footer-widgets" id="genesis-footer-widgets"><h2 class="genesis-sidebar-title screen-reader-text">Footer</h2><div class="wrap"><div class="widget-area footer-widgets-1 footer-widget-area"><section class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Visit</h3><div class="textwidget"><p>Open Monday to Friday, 9 a.m. to 5 p.m.<br>12 Mill Lane, Brightfield</p></div></div></section></div></div></div>'
            '<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2026 &middot; %s &middot; <a href="https://www.studiopress.com/">Genesis Framework</a> &middot; <a href="/wp-login.php" rel="nofollow">Log in</a></p></div></footer></div>%s</body></html>') % (
        E(s['site']), slug(s['cat']), E(s['cat']), E(s['title']), slug(s['cat']), E(s['title']), E(s['title']), s['date'], longdate(s['date']),
        slug(s['author']), E(s['author']), ncom, wp_body(s), jetpack(s), slug(s['cat']), E(s['cat']), slug(TAGS[9]), TAGS[9], slug(TAGS[2]), TAGS[2],
        E(s['author']), E(s['author']), E(s['site']), slug(RECENT[1]), E(RECENT[1]), slug(RECENT[4]), E(RECENT[4]),
        comment_list(ncom), pingbacks(3), reply_form('Leave a Reply Cancel reply'),
        sidebar_widgets(s, ['search', 'recent', 'cats', 'archives']), E(s['site']), wp_footer_scripts())


def divi_mod(i, cls, inner):
    return '<div class="et_pb_module %s %s_%d et_pb_bg_layout_light et_pb_text_align_left"><div class="et_pb_text_inner">%s</div></div>' % (cls, cls, i, inner)


def t_divi(s, url):
    # Divi builder post: the story is cut into several text modules between rows and an image module
    parts, cur, n = [], [], 0
    for k, v in s['items']:
        if k == 'IMG' or (k in ('H2', 'H3') and cur):
            if cur:
                parts.append(divi_mod(n, 'et_pb_text', ''.join(cur))); n += 1; cur = []
        if k == 'IMG':
            c, cr = v.split('|')
            parts.append('<div class="et_pb_module et_pb_image et_pb_image_%d"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/img%d.jpg" alt="%s"></span><p class="et_pb_image_caption">%s</p></div>' % (n, n, E(c), E(c)))
            continue
        cur.append(wp_body(dict(s, items=[(k, v)])))
    if cur:
        parts.append(divi_mod(n, 'et_pb_text', ''.join(cur)))
    rows = ''.join('<div class="et_pb_row et_pb_row_%d"><div class="et_pb_column et_pb_column_4_4 et_pb_column_%d et_pb_css_mix_blend_mode_passthrough et-last-child">%s</div></div>' % (i, i, p) for i, p in enumerate(parts))
    ncom = random.randint(0, 3)
    coms = ('<section id="comment-wrap"><h1 id="comments" class="page_title">%d Comments</h1>%s%s</section>' % (ncom, comment_list(ncom, depth=False), reply_form('Submit a Comment'))) if ncom else '<section id="comment-wrap"><div id="comment-section" class="nocomments"></div>%s</section>' % reply_form('Submit a Comment')
    return (head(s, url, WP_CSS + '<style id="et-divi-customizer-global-cached-inline-styles">.et_pb_section{padding:4% 0}.et_pb_row{width:80%;max-width:1080px;margin:auto}</style>') +
            '<body class="post-template-default single single-post et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">'
            '<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/logo.png" alt="%s" id="logo" data-height-percentage="54"></a></div>'
            '<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/work/">Work</a></li><li class="menu-item"><a href="/studio/">Studio</a></li><li class="menu-item current-menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>'
            '<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
            '<article id="post-4412" class="et_pb_post post-4412 post type-post status-publish format-standard has-post-thumbnail hentry"><div class="et_post_meta_wrapper"><h1 class="entry-title">%s</h1><p class="post-meta"> by <span class="author vcard"><a href="/author/%s/" title="Posts by %s" rel="author">%s</a></span> | <span class="published">%s</span> | <a href="/category/%s/" rel="category tag">%s</a> | <span class="comments-number"><a href="#respond">%d comments</a></span></p><img src="/wp-content/uploads/hero.jpg" alt="" class="" width="1080" height="675"></div>'
            '<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular">%s</div>'
            '<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_9"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">Want to work with us?</h2><div>We are always happy to talk about new projects, big or small.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/contact/">Get in touch</a></div></div></div></div></div>'
            '</div></div></div><div class="et_post_meta_wrapper"><div class="et_pb_post_nav"><span class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">&larr;</span> %s</a></span><span class="nav-next"><a href="/%s/" rel="next">%s <span class="meta-nav">&rarr;</span></a></span></div>%s</div></article></div>'
            '<div id="sidebar">%s</div></div></div></div>'
            '<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div class="fwidget et_pb_widget widget_text"><h4 class="title">Studio</h4><div class="textwidget"><p>Unit 4, The Sawmill, Quay Road</p></div></div></div></div></div><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-instagram"><a href="#" class="icon"><span>Instagram</span></a></li></ul><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div>%s</body></html>') % (
        E(s['site']), E(s['title']), slug(s['author']), E(s['author']), E(s['author']), longdate(s['date']), slug(s['cat']), E(s['cat']), ncom,
        rows, slug(RECENT[2]), E(RECENT[2]), slug(RECENT[7]), E(RECENT[7]), coms, sidebar_widgets(s, ['search', 'recent', 'comments', 'archives', 'cats']), wp_footer_scripts())


def elem_widget(kind, inner, wid):
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default"><div class="elementor-widget-container">%s</div></div>' % (wid, kind, wid, kind, inner))


def elem_section(widgets, sid, cols=None):
    col = '<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-%sc" data-id="%sc" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>' % (sid, sid, widgets)
    if cols:
        col += cols
    return '<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed elementor-section-height-default" data-id="%s" data-element_type="section"><div class="elementor-container elementor-column-gap-default">%s</div></section>' % (sid, sid, col)


def t_elem(s, url):
    # Elementor theme-builder single post: the post content widget holds the story as separate
    # heading/text-editor widgets (Elementor-built post), with a TOC widget and an author box
    ws, i = [], 0
    heads = [v for k, v in s['items'] if k == 'H2']
    for k, v in s['items']:
        i += 1
        wid = '%07x' % random.getrandbits(28)
        if k in ('H2', 'H3'):
            ws.append(elem_widget('heading', '<%s class="elementor-heading-title elementor-size-default" id="%s">%s</%s>' % (k.lower(), slug(v), E(v), k.lower()), wid))
        elif k == 'IMG':
            c, cr = v.split('|')
            ws.append(elem_widget('image', '<figure class="wp-caption"><img src="/wp-content/uploads/i%d.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">%s</figcaption></figure>' % (i, E(c)), wid))
        else:
            ws.append(elem_widget('text-editor', wp_body(dict(s, items=[(k, v)])), wid))
    toc = elem_widget('table-of-contents', '<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4><div class="elementor-toc__toggle-button elementor-toc__toggle-button--expand" role="button" tabindex="0" aria-label="Open table of contents"></div></div><div id="elementor-toc__d1" class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">%s</ul></div>' % ''.join(
        '<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper"><a href="#%s" class="elementor-toc__list-item-text elementor-toc__top-level">%s</a></div></li>' % (slug(h), E(h)) for h in heads), 'a1b2c3d')
    title = elem_widget('theme-post-title', '<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % E(s['title']), 'f00d001')
    info = elem_widget('post-info', '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">%s</span></li><li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>%s</time></span></li><li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">%s</span></li></ul>' % (E(s['author']), longdate(s['date']), E(s['cat'])), 'f00d002')
    content = elem_widget('theme-post-content', '<div data-elementor-type="wp-post" data-elementor-id="4412" class="elementor elementor-4412"><div class="elementor-inner"><div class="elementor-section-wrap">%s</div></div></div>' % elem_section(''.join(ws), 'p0st001'), 'f00d003')
    share = elem_widget('share-buttons', '<div class="elementor-grid">%s</div>' % ''.join('<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_%s" role="button" tabindex="0" aria-label="Share on %s"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">%s</span></span></div></div>' % (n.lower(), n, n) for n in ['Facebook', 'LinkedIn', 'Twitter', 'Email']), 'f00d004')
    abox = elem_widget('author-box', '<div class="elementor-author-box"><div class="elementor-author-box__avatar"><img src="/av/a.png" alt="%s"></div><div class="elementor-author-box__text"><div><h4 class="elementor-author-box__name">%s</h4></div><div class="elementor-author-box__bio">%s leads communications at %s and writes about the company, its customers and the people behind the product.</div><a class="elementor-author-box__button elementor-button elementor-size-xs" href="/author/%s/">All Posts</a></div></div>' % (E(s['author']), E(s['author']), E(s['author']), E(s['site']), slug(s['author'])), 'f00d005')
    nav = elem_widget('post-navigation', '<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/%s/" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">%s</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/%s/" rel="next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">%s</span></a></div></div>' % (slug(RECENT[3]), E(RECENT[3]), slug(RECENT[6]), E(RECENT[6])), 'f00d006')
    posts = elem_widget('posts', '<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid">%s</div>' % ''.join(
        '<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__card"><a class="elementor-post__thumbnail__link" href="/%s/"><div class="elementor-post__thumbnail"><img src="/t%d.jpg" alt=""></div></a><div class="elementor-post__badge">%s</div><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/%s/">%s</a></h3><div class="elementor-post__excerpt"><p>%s</p></div><a class="elementor-post__read-more" href="/%s/">Read More &raquo;</a></div><div class="elementor-post__meta-data"><span class="elementor-post-date">%s</span></div></div></article>' % (
            slug(t), j, E(s['cat']), slug(t), E(t), E(random.choice(COMMENTS)), slug(t), longdate('2026-0%d-1%d' % (j + 1, j))) for j, t in enumerate(pick(RECENT, 3))), 'f00d007')
    side = elem_widget('sidebar', sidebar_widgets(s, ['search', 'recent', 'cats']), 'f00d008')
    main = elem_section(title + info + toc + content + share + abox + nav, 'm41n001', '<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">%s</div></div>' % side)
    rel = elem_section(elem_widget('heading', '<h2 class="elementor-heading-title elementor-size-default">More from our blog</h2>', 'f00d009') + posts, 'r3l0001')
    return (head(s, url, WP_CSS + '<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all"><link rel="stylesheet" id="elementor-post-4412-css" href="/wp-content/uploads/elementor/css/post-4412.css?ver=1733" media="all">') +
            '<body class="post-template-default single single-post postid-4412 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-88">'
            '<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">%s</div>'
            '<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-4412 post type-post status-publish">%s%s</div>'
            '<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">%s</div>'
            '<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"Share on Facebook","shareOnTwitter":"Share on Twitter","pinIt":"Pin it","download":"Download"},"is_rtl":false,"version":"3.25.4","post":{"id":4412,"title":"%s","excerpt":"","featuredImage":false}};</script>%s</body></html>') % (
        elem_section(elem_widget('theme-site-logo', '<a href="/"><img src="/logo.svg" alt="%s"></a>' % E(s['site']), 'h0000001') + elem_widget('nav-menu', '<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1" class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">Home</a></li><li class="menu-item"><a href="/product/" class="elementor-item">Product</a></li><li class="menu-item"><a href="/pricing/" class="elementor-item">Pricing</a></li><li class="menu-item"><a href="/blog/" class="elementor-item elementor-item-active">Blog</a></li><li class="menu-item"><a href="/contact/" class="elementor-item">Contact</a></li></ul></nav>', 'h0000002'), 'h34d001'),
        main, rel,
        elem_section(elem_widget('text-editor', '<p>&copy; 2026 %s. All rights reserved.</p>' % E(s['site']), 'f0000001') + elem_widget('icon-list', '<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><a href="/privacy/"><span class="elementor-icon-list-text">Privacy Policy</span></a></li><li class="elementor-icon-list-item"><a href="/terms/"><span class="elementor-icon-list-text">Terms</span></a></li></ul>', 'f0000002'), 'f00t001'),
        E(s['title']).replace('"', '\\"'), wp_footer_scripts())


def t_wpmag(s, url):
    # a news-magazine WordPress theme (ColorMag-like): breaking ticker, "You may have missed" grid
    # of four other posts with their excerpts under the single post
    others = [x for x in STORIES[:FIRST_SET] if x['tpl'] == 'wpmag' and x is not s] + [x for x in STORIES[:FIRST_SET] if x['tpl'] == 'blogger'][:3]
    missed = ''.join('<article class="cm-post"><div class="cm-featured-image"><a href="/%s/"><img src="/m%d.jpg" alt=""></a></div><div class="cm-post-content"><div class="cm-entry-header-meta"><span class="cm-post-categories"><a href="/category/local/">Local</a></span></div><h3 class="cm-entry-title"><a href="/%s/">%s</a></h3><div class="cm-below-entry-meta"><span class="cm-post-date"><time>%s</time></span></div><div class="cm-entry-summary"><p>%s</p></div></div></article>' % (
        slug(o['title']), j, slug(o['title']), E(o['title']), longdate(o['date']), E(plain([v for k, v in o['items'] if k == 'P'][0]))) for j, o in enumerate(others[:4]))
    ticker = '<div class="breaking-news"><strong class="breaking-news-latest">Latest:</strong><ul class="newsticker">%s</ul></div>' % ''.join('<li><a href="/%s/">%s</a></li>' % (slug(t), E(t)) for t in pick(RECENT, 5))
    pv, nx = prev_next()
    return (head(s, url, WP_CSS, 'NewsArticle') + '<body class="post-template-default single single-post cm-right-sidebar wide">'
            '<div id="page" class="hfeed site"><header id="cm-masthead" class="cm-header-1"><div class="cm-top-bar"><div class="cm-container"><div class="cm-date">%s</div>%s</div></div>'
            '<div class="cm-main-header"><div class="cm-container"><div id="cm-site-branding"><h3 id="cm-site-title"><a href="/">%s</a></h3><p id="cm-site-description">Local news for Ridgeway and the valley</p></div></div>'
            '<nav id="cm-primary-nav" class="cm-primary-nav"><ul id="cm-primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/local/">Local</a></li><li><a href="/category/business/">Business</a></li><li><a href="/category/schools/">Schools</a></li><li><a href="/category/sports/">Sports</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav></div></header>'
            '<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row"><div id="cm-primary" class="cm-primary"><div class="cm-posts" class="clearfix">'
            '<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-%s"><div class="cm-featured-image"><img src="/wp-content/uploads/lead.jpg" alt=""></div>'
            '<div class="cm-post-content"><div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="/category/%s/" rel="category tag">%s</a></div></div><header class="cm-entry-header"><h1 class="cm-entry-title">%s</h1></header>'
            '<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="%s" rel="bookmark"><time class="entry-date published" datetime="%sT09:12:00+00:00">%s</time></a></span> <span class="cm-author cm-vcard">by <a class="url fn n" href="/author/staff/">%s</a></span> <span class="cm-comments-link"><a href="#respond">0 Comments</a></span></div>'
            '<div class="cm-entry-summary">%s</div></div></article></div>'
            '<ul class="default-wp-page"><li class="previous"><a href="/%s/" rel="prev"><span class="cm-post-nav-icon">&larr;</span> %s</a></li><li class="next"><a href="/%s/" rel="next">%s <span class="cm-post-nav-icon">&rarr;</span></a></li></ul>'
            '<div class="cm-related-posts"><h3 class="cm-related-posts-title"><span>You May Also Like</span></h3><div class="cm-row">%s</div></div>%s'
            '</div><div id="cm-secondary" class="cm-secondary">%s</div></div>'
            '<div class="cm-missed-section"><h3 class="cm-missed-section-title">You may have missed</h3><div class="cm-row">%s</div></div></div></div>'
            '<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar"><div class="cm-container"><div class="cm-copyright">Copyright &copy; 2026 <a href="/">%s</a>. All rights reserved. Theme: ColorMag by ThemeGrill.</div></div></div></footer></div>%s</body></html>') % (
        longdate(s['date']), ticker, E(s['site']), slug(s['cat']), slug(s['cat']), E(s['cat']), E(s['title']), url, s['date'], longdate(s['date']), E(s['author']),
        wp_body(s), slug(pv), E(pv), slug(nx), E(nx),
        ''.join('<div class="cm-col"><h3 class="cm-entry-title"><a href="/%s/">%s</a></h3><span class="cm-post-date">%s</span></div>' % (slug(t), E(t), longdate('2026-03-0%d' % (j + 1))) for j, t in enumerate(pick(RECENT, 3))),
        reply_form(), sidebar_widgets(s, ['search', 'recent', 'tags']), missed, E(s['site']), wp_footer_scripts())


def blogger_body(s):
    """Blogger compose-mode markup: paragraphs parted by <br /> pairs inside divs and spans."""
    out = []
    for k, v in s['items']:
        if k == 'P':
            out.append(random.choice(['<div style="text-align: left;">%s</div><div><br /></div>', '%s<br /><br />', '<span style="font-family: arial;">%s</span><br /><br />']) % inline(v))
        elif k in ('H2', 'H3'):
            out.append('<h3 style="text-align: left;">%s</h3>' % E(v))
        elif k in ('UL', 'OL'):
            out.append('<ul style="text-align: left;">%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in v.split(';;')))
        elif k == 'IMG':
            c, cr = v.split('|')
            out.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/p.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="https://blogger.googleusercontent.com/img/b/R29v/w640-h360/p.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table><br />' % E(c))
        elif k in ('PRE', 'CODE'):
            out.append('<pre>%s</pre>' % E(code_text(v)))
    return ''.join(out)


def t_blogger(s, url):
    y, m, d = s['date'].split('-')
    ncom = random.randint(2, 6)
    coms = ''.join('<li class="comment" id="c%d"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/%d" rel="nofollow">%s</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="%s?showComment=%d#c%d">%s %s, %s at %d:%02d %s</a></span></div><p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="%d">Reply</a><span class="item-control blog-admin pid-1"><a target="_self" href="https://www.blogger.com/comment/delete/1/%d">Delete</a></span></span></div><div class="comment-replies"></div><div class="comment-replybox-single" id="c%d-ce"></div></li>' % (
        i, 4000 + i, E(random.choice(COMMENTERS + ['Anonymous', 'Anonymous'])), url, 1700 + i, i, MONTHS[int(m) - 1], int(d) + (i > 1), y, i % 12 + 1, i * 7 % 60, 'PM' if i % 2 else 'AM', E(random.choice(COMMENTS)), i, i, i) for i in range(ncom))
    popular = ''.join('<li><div class="item-content"><div class="item-thumbnail"><a href="/%s.html" target="_blank"><img alt="" border="0" src="https://blogger.googleusercontent.com/img/t%d.jpg"/></a></div><div class="item-title"><a href="/%s.html">%s</a></div><div class="item-snippet">%s</div></div><div style="clear: both;"></div></li>' % (
        slug(o['title']), j, slug(o['title']), E(o['title']), E(plain([v for k, v in o['items'] if k == 'P'][1])[:170]) + ' ...') for j, o in enumerate([x for x in STORIES[:FIRST_SET] if x is not s][3:6]))
    archive = ''.join('<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&nbsp;</span></a><a class="post-count-link" href="/%s/%02d/">%s</a> <span class="post-count" dir="ltr">(%d)</span></li>' % (y, mm, MONTHS[mm - 1], random.randint(1, 9)) for mm in range(int(m), 0, -1))
    return ('<!DOCTYPE html><html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr"><head>'
            '<meta content="width=1100" name="viewport"/><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/><meta content="blogger" name="generator"/>'
            '<link href="%s" rel="canonical"/><meta content="%s" property="og:url"/><meta content="%s" property="og:title"/><meta content="%s" property="og:description"/>'
            '<title>%s: %s</title><link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css" />'
            '<style id="page-skin-1" type="text/css"><!-- body{font:normal normal 15px Georgia,serif;color:#333;background:#eee} .post-body{line-height:1.5} .sidebar .widget{margin:0 0 20px} --></style>'
            '<script type="text/javascript">(function(){var b=window,f="performance",g="timing";b[f]&&b[f][g]&&(b.blogger_t0=b[f][g].navigationStart)})();</script></head>'
            '<body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=1" height="30px" width="100%%" frameborder="0" scrolling="no" id="navbar-iframe"></iframe></div></div>'
            '<div class="body-fauxcolumns"></div><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">%s</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Reporting, notes and the odd photograph</span></p></div></div></div></div></div></header>'
            '<div class="tabs-outer"><div class="tabs section" id="crosscol" name="Cross-Column"><div class="widget PageList" data-version="1" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="/">Home</a></li><li><a href="/p/about.html">About</a></li><li><a href="/p/contact.html">Contact</a></li></ul></div></div></div></div>'
            '<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">'
            '<div class="date-outer"><h2 class="date-header"><span>%s, %s</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
            '<meta content="https://blogger.googleusercontent.com/img/b/R29v/s1600/p.jpg" itemprop="image_url"/><a name="7712"></a><h3 class="post-title entry-title" itemprop="name">%s</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
            '<div class="post-body entry-content" id="post-body-7712" itemprop="description articleBody">%s<div style="clear: both;"></div></div>'
            '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/1" itemprop="url"/><a class="g-profile" href="https://www.blogger.com/profile/1" rel="author" title="author profile"><span itemprop="name">%s</span></a></span></span> <span class="post-timestamp">at <meta content="%s" itemprop="url"/><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%sT10:15:00-05:00">10:15 AM</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/post-edit.g?blogID=1&amp;postID=7712&amp;from=pencil" title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18"/></a></span></span>'
            '<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=1&amp;postID=7712&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="#" title="Share to X"><span class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a></div></div>'
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/%s" rel="tag">%s</a>, <a href="/search/label/local" rel="tag">local</a></span></div></div></div>'
            '<div class="comments" id="comments"><a name="comments"></a><h4>%d comments:</h4><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">%s</ol></div></div></div>'
            '<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><p></p><a href="https://www.blogger.com/comment/frame/1?po=7712&amp;hl=en" id="comment-editor-src"></a><iframe allowtransparency="true" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src="" width="100%%"></iframe></div></p></div></div></div></div></div>'
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/%s.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/%s.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div><div class="clear"></div>'
            '<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/7712/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div></div></div></div></div></div>'
            '<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/1"><img alt="My photo" class="profile-img" height="80" src="//blogger.googleusercontent.com/img/me.jpg" width="60"/></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/1" rel="author">%s</a></dt><dd class="profile-textblock">Retired reporter, still going to meetings nobody else goes to. I post what I find out here, usually the same night.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/1" rel="author">View my complete profile</a></div></div>'
            '<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>%s</ul></div></div>'
            '<div class="widget Label" data-version="1" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul><li><a dir="ltr" href="/search/label/%s">%s</a><span dir="ltr">(41)</span></li><li><a dir="ltr" href="/search/label/local">local</a><span dir="ltr">(97)</span></li><li><a dir="ltr" href="/search/label/meetings">meetings</a><span dir="ltr">(23)</span></li></ul></div></div>'
            '<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&nbsp;</span></a><a class="post-count-link" href="/%s/">%s</a> <span class="post-count" dir="ltr">(52)</span><ul class="hierarchy">%s</ul></li></ul></div></div></div></div>'
            '<div class="widget Followers" data-version="1" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"><div id="Followers1-wrapper"><div style="margin-right:2px;"><div><script type="text/javascript" src="https://apis.google.com/js/platform.js"></script><div id="followers-iframe-container"></div></div></div></div></div></div>'
            '</div></aside></div></div></div></div></div>'
            '<footer><div class="footer-outer"><div class="foot section" id="footer-3" name="Footer"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></footer></div></div>'
            '<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script><script type=\'text/javascript\'>window[\'__wavt\'] = \'AOuZoY5\';_WidgetManager._Init(\'//www.blogger.com/rearrange?blogID\\x3d1\', \'//%s/\', \'1\');</script></body></html>') % (
        url, url, E(s['title']), E(plain([v for k, v in s['items'] if k == 'P'][0])[:150]), E(s['site']), E(s['title']), E(s['site']),
        ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][(int(d) + int(m)) % 7], longdate(s['date']), E(s['title']),
        blogger_body(s), E(s['author']), url, url, s['date'], E(s['cat']), E(s['cat']), ncom, coms,
        slug(RECENT[0]), slug(RECENT[5]), E(s['author']), popular, E(s['cat']), E(s['cat']), y, y, archive, s['dom'])


def ghost_body(s):
    out, fns = [], []
    for k, v in s['items']:
        if k in ('PRE', 'CODE'):
            out.append('<figure class="kg-card kg-code-card"><pre><code class="language-yaml">%s</code></pre><figcaption>%s</figcaption></figure>' % (E(code_text(v)), 'The retry settings in effect on November 12' if 'retry' in v else ''))
        elif k == 'CALLOUT':
            out.append('<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">&#9993;&#65039;</div><div class="kg-callout-text">%s</div></div>' % E(v))
        elif k == 'IMG':
            c, cr = v.split('|')
            out.append('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/img.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1125"><figcaption><span style="white-space: pre-wrap;">%s</span></figcaption></figure>' % E(c))
        elif k == 'TOC':
            continue
        else:
            out.append(wp_body(dict(s, items=[(k, v)])).replace(' class="wp-block-heading"', '').replace(' class="wp-block-list"', ''))
    return ''.join(out)


def t_ghost(s, url):
    others = [x for x in STORIES[:FIRST_SET] if x is not s][10:14]
    feed = ''.join('<article class="post-card post"><a class="post-card-image-link" href="/%s/"><img class="post-card-image" src="/content/images/size/w600/%d.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/%s/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time><span class="post-card-meta-length">%d min read</span></footer></div></article>' % (
        slug(o['title']), j, slug(o['title']), E(s['cat']), E(o['title']), E(plain([v for k, v in o['items'] if k == 'P'][0])), o['date'], longdate(o['date']), j + 2) for j, o in enumerate(others))
    nav = ''.join('<li class="nav-%s"><a href="/%s/">%s</a></li>' % (slug(n), slug(n), n) for n in ['Home', 'Archive', 'About', 'Tips'])
    return (head(s, url, '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=e0c1f9">'
                 '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://%s/" data-key="9c1b2e" data-api="https://%s/ghost/api/content/" crossorigin="anonymous"></script>'
                 '<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>' % (s['dom'], s['dom']), 'Article', 'Ghost 5.101') +
            '<body class="post-template tag-%s is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>'
            '<nav class="gh-head-menu"><ul class="nav">%s</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
            '<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-%s"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div><h1 class="article-title">%s</h1>'
            '<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/a.jpg" alt="%s"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/%s/">%s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %d min read</span></div></div></section></div>'
            '<figure class="article-image"><img src="/content/images/size/w2000/2026/cover.jpg" alt="%s"></figure></header>'
            '<section class="gh-content gh-canvas">%s</section>'
            '<section class="article-comments gh-canvas"><div data-ghost-comments><iframe title="comments-frame" scrolling="no" style="width:100%%;border:0"></iframe></div></section></article></main>'
            '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for %s</h2><p>Get every post in your inbox. Free, twice a week.</p><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>'
            '<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>%s</div></aside></div>'
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2026</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>'
            '<script src="/assets/built/casper.js?v=e0c1f9"></script></body></html>') % (
        slug(s['cat']), E(s['site']), nav, slug(s['cat']), slug(s['cat']), E(s['cat']), E(s['title']), slug(s['author']), E(s['author']), slug(s['author']), E(s['author']),
        s['date'], longdate(s['date']), random.randint(3, 6), E(s['title']), ghost_body(s), E(s['site']), feed, E(s['site']))


def hugo_code(v):
    lines = code_text(v).split('\n')
    nums = ''.join('<span class="lnt">%d\n</span>' % (i + 1) for i in range(len(lines)))
    code = ''.join('<span class="line"><span class="cl">%s\n</span></span>' % E(l) for l in lines)
    return ('<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd"><pre tabindex="0" class="chroma"><code>%s</code></pre></td>'
            '<td class="lntd"><pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash">%s</code></pre></td></tr></table></div></div>') % (nums, code)


def related_summaries(s, title='Related posts', n=4):
    """A related-posts list with each post's summary (other stories' first paragraphs)."""
    others = [x for x in STORIES[:FIRST_SET] if x is not s]
    random.shuffle(others)
    return ('<aside class="related-posts"><h2>%s</h2><ul>%s</ul></aside>' % (E(title), ''.join(
        '<li><article class="post-entry"><header class="entry-header"><h3><a href="/posts/%s/">%s</a></h3></header><div class="entry-content"><p>%s</p></div><footer class="entry-footer"><span>%s</span></footer></article></li>' % (
            slug(o['title']), E(o['title']), E(plain([v for k, v in o['items'] if k == 'P'][0])[:200]) + '...', longdate(o['date'])) for o in others[:n]))).replace('%', '%%')


def webmentions(s):
    """An IndieWeb webmention block: likes and reposts as avatars, replies with their text."""
    faces = ''.join('<li><a class="u-url" href="https://m%d.example/"><img class="u-photo" src="/wm/%d.png" alt="%s" title="%s"></a></li>' % (j, j, E(n), E(n)) for j, n in enumerate(pick(COMMENTERS, 8)))
    replies = ''.join('<li class="webmention h-cite"><div class="webmention-author"><img src="/wm/r%d.png" alt=""><a class="u-url p-name" href="https://m%d.example/">%s</a> <time class="dt-published">%s</time></div><div class="webmention-content p-content">%s</div></li>' % (
        j, j, E(n), longdate(s['date']), E(random.choice(COMMENTS))) for j, n in enumerate(pick(COMMENTERS, 3)))
    return ('<section class="webmentions"><h2>Webmentions</h2><p class="webmentions-count">8 likes &middot; 3 reposts &middot; 3 replies</p><ul class="webmention-faces">%s</ul>'
            '<ol class="webmention-replies">%s</ol><form action="https://webmention.io/%s/webmention" method="post" class="webmention-form"><label for="wm-source">Have you written a response to this? Let me know the URL:</label><input type="url" name="source" id="wm-source"><input type="submit" value="Send Webmention"></form></section>' % (faces, replies, s['dom'])).replace('%', '%%')


def t_hugo(s, url):
    out, fns = [], []
    for k, v in s['items']:
        if k == 'CODE':
            out.append(hugo_code(v))
        elif k == 'PRE':
            out.append('<pre tabindex="0"><code>%s</code></pre>' % E(code_text(v)))
        elif k == 'FN':
            fns.append(v)
        elif k == 'TOC':
            continue
        elif k in ('H2', 'H3'):
            out.append('<%s id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></%s>' % (k.lower(), slug(v), inline(v), slug(v), k.lower()))
        else:
            out.append(wp_body(dict(s, items=[(k, v)])).replace(' class="wp-block-list"', '').replace(' class="wp-block-quote"', ''))
    if fns:
        out.append('<div class="footnotes" role="doc-endnotes"><hr><ol>%s</ol></div>' % ''.join('<li id="fn:%d"><p>%s&#160;<a href="#fnref:%d" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>' % (i + 1, inline(x), i + 1) for i, x in enumerate(fns)))
    toc = toc_box(s, 'hugo') if any(k == 'TOC' for k, v in s['items']) else ''
    tags = ''.join('<li><a href="/tags/%s/">%s</a></li>' % (slug(t), t) for t in pick(TAGS, 3))
    pv, nx = prev_next()
    return (head(s, url, '<link crossorigin="anonymous" href="/assets/css/stylesheet.css" rel="preload stylesheet" as="style"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>', 'BlogPosting', 'Hugo 0.139.3') +
            '<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add(\'dark\'); }</script>'
            '<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="%s (Alt + H)">%s</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div>'
            '<ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts</span></a></li><li><a href="/docs/" title="Docs"><span>Docs</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/search/" title="Search (Alt + /)" accesskey=/><span>Search</span></a></li></ul></nav></header>'
            '<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;&raquo;&nbsp;<a href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">%s</h1>'
            '<div class="post-meta"><span title="%s 10:00:00 +0000 UTC">%s</span>&nbsp;&middot;&nbsp;%d min&nbsp;&middot;&nbsp;%d words&nbsp;&middot;&nbsp;%s&nbsp;|&nbsp;<a href="https://github.com/example/site/edit/main/content/posts/%s.md" rel="noopener noreferrer" target="_blank">Suggest Changes</a></div></header>'
            '%s<div class="post-content">%s</div>'
            '<footer class="post-footer"><ul class="post-tags">%s</ul><nav class="paginav"><a class="prev" href="/posts/%s/"><span class="title">&laquo; Prev</span><br><span>%s</span></a><a class="next" href="/posts/%s/"><span class="title">Next &raquo;</span><br><span>%s</span></a></nav>'
            '<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x" href="#">X</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="#">LinkedIn</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on reddit" href="#">Reddit</a></li></ul></footer>'
            + related_summaries(s, 'Related posts', 5) + '<div id="giscus"><script src="https://giscus.app/client.js" data-repo="example/site" data-mapping="pathname" crossorigin="anonymous" async></script></div></article></main>'
            '<footer class="footer"><span>&copy; 2026 <a href="/">%s</a></span> &middot; <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>'
            '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"></a><script>document.querySelectorAll(\'pre > code\').forEach((codeblock) => { const container = codeblock.parentNode.parentNode; const copybutton = document.createElement(\'button\'); copybutton.classList.add(\'copy-code\'); copybutton.innerHTML = \'copy\'; });</script></body></html>') % (
        E(s['site']), E(s['site']), E(s['title']), s['date'], longdate(s['date']), random.randint(2, 5), random.randint(300, 700), E(s['author']), slug(s['title']),
        toc, ''.join(out), tags, slug(pv), E(pv), slug(nx), E(nx), E(s['site']))


def t_jekyll(s, url):
    out = []
    for k, v in s['items']:
        if k in ('PRE', 'CODE'):
            out.append('<div class="language-shell highlighter-rouge"><div class="highlight"><pre class="highlight"><code>%s</code></pre></div></div>' % ''.join('<span class="nb">%s</span>\n' % E(l) if l[:1].isalpha() else E(l) + '\n' for l in code_text(v).split('\n')))
        else:
            out.append(wp_body(dict(s, items=[(k, v)])).replace(' class="wp-block-heading"', '').replace(' class="wp-block-list"', ''))
    return (head(s, url, '<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml" title="%s">' % E(s['site']), 'BlogPosting', 'Jekyll v4.3.4') +
            '<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">%s</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/projects/">Projects</a><a class="page-link" href="/talks/">Talks</a></div></nav></div></header>'
            '<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">%s</h1><p class="post-meta"><time class="dt-published" datetime="%sT10:00:00+01:00" itemprop="datePublished">%s</time> &bull; <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">%s</span></span></p></header>'
            '<div class="post-content e-content" itemprop="articleBody">%s</div>'
            '<div class="post-tags">Tags: %s</div>'
            '<div class="PageNavigation"><a class="prev" href="/%s/">&laquo; %s</a> <a class="next" href="/%s/">%s &raquo;</a></div>'
            + related_summaries(s, 'You might also enjoy', 3) + webmentions(s) + '<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = \'%s\'; this.page.identifier = \'%s\'; }; (function() { var d = document, s = d.createElement(\'script\'); s.src = \'https://example-blog.disqus.com/embed.js\'; s.setAttribute(\'data-timestamp\', +new Date()); (d.head || d.body).appendChild(s); })();</script>'
            '<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript><a class="u-url" href="%s" hidden></a></article></div></main>'
            '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><div class="footer-col-wrapper"><div class="footer-col"><p class="feed-subscribe"><a href="/feed.xml"><span>Subscribe</span></a></p><ul class="contact-list"><li class="p-name">%s</li><li><a class="u-email" href="mailto:hello@%s">hello@%s</a></li></ul></div><div class="footer-col"><p>Writing about data, cities and the people who run them. Opinions my own.</p></div></div><div class="social-links"><ul class="social-media-list"><li><a rel="me" href="https://github.com/example" target="_blank" title="github">GitHub</a></li><li><a rel="me" href="https://mastodon.example/@me" target="_blank" title="mastodon">Mastodon</a></li></ul></div></div></footer></body></html>') % (
        E(s['site']), E(s['title']), s['date'], longdate(s['date']).replace(',', ''), E(s['author']), ''.join(out), ', '.join(pick(TAGS, 3)),
        slug(RECENT[8]), E(RECENT[8]), slug(RECENT[9]), E(RECENT[9]), url, slug(s['title']), url, E(s['author']), s['dom'], s['dom'])


def t_sqsp(s, url):
    blocks = []
    for k, v in s['items']:
        bid = 'block-yui_3_17_2_1_%d_%d' % (random.randint(1600000000, 1700000000), random.randint(1000, 99999))
        if k == 'IMG':
            c, cr = v.split('|')
            blocks.append('<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="%s"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/a.jpg" alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>%s</p></div></figcaption></figure></div></div>' % (bid, E(c)))
        else:
            blocks.append('<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="%s"><div class="sqs-block-content"><div class="sqs-html-content">%s</div></div></div>' % (bid, wp_body(dict(s, items=[(k, v)])).replace(' class="wp-block-heading"', '').replace(' class="wp-block-list"', '')))
    # several paragraphs share one html block in Squarespace: merge runs of html blocks into one
    grid = '<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div>' % ''.join(blocks[:2]) + '<div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div>' % ''.join(blocks[2:])
    newsletter = '<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="5f1"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description"><p>News from the studio, new classes and the occasional kiln disaster, once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label><input class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>'
    return (head(s, url, '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/site.css"><script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>'
                 '<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{"squarespace-announcement-bar":{"js":"//assets.squarespace.com/universal/scripts-compressed/announcement-bar.js"}},"pageType":50,"website":{"id":"5f0","identifier":"site","websiteType":1,"contentModifiedOn":1733000000000,"siteTitle":"%s","siteDescription":"","location":{}},"collection":{"title":"%s","type":1},"item":{"title":"%s","publishOn":1733000000000}};</script>' % (E(s['site']), E(s['cat']), E(s['title'])), 'BlogPosting', 'Squarespace') +
            '<body id="item-5f1" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">'
            '<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">%s</a></div></div>'
            '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shop">Shop</a></div><div class="header-nav-item header-nav-item--collection"><a href="/classes">Classes</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">%s</a></div><div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div></nav></div></div></div>'
            '<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="cart-quantity">0</span></a></div></div></div></div></div></div></header>'
            '<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="5f1"><section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">'
            '<article class="entry h-entry hentry author-x post-type-text article-index-1 tag-news category-%s" data-item-id="5f1">'
            '<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">%s</span><time class="dt-published blog-meta-item blog-meta-item--date" datetime="%s">%s</time></div></div><div class="blog-item-title"><h1 class="entry-title entry-title-wrapper" data-content-field="title">%s</h1></div></div>'
            '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1733000000000" id="item-5f1">%s%s</div></div></div>'
            '<div class="blog-item-bottom-wrapper"><div class="blog-meta-item blog-meta-item--categories">Posted in <a href="/journal?category=%s">%s</a></div><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=news">news</a></div>'
            '<div class="blog-item-share"><div class="squarespace-social-buttons inline-style" data-system-data-id="5f1" data-asset-url="" data-record-type="1" data-full-url="%s" data-title="%s"></div></div>'
            '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev" href="/journal/%s"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">%s</h2></div></a><a class="item-pagination-link item-pagination-link--next" href="/journal/%s"><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">%s</h2></div></a></section>'
            '<section class="blog-item-comments"><div class="squarespace-comments" id="comments-5f1"><div class="comment-count">%d Comments</div>%s</div></section></div></div></div></article></div></div></div></section></article></main>'
            '<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content"><p>%s &middot; Open Wednesday to Sunday, 10 a.m. to 5 p.m.</p><p><a href="/shipping">Shipping &amp; returns</a> &middot; <a href="/privacy">Privacy</a></p></div></div></div></div></div></div></section></footer>'
            '<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>') % (
        E(s['site']), E(s['cat']), slug(s['cat']), E(s['author']), s['date'], longdate(s['date']), E(s['title']), grid, newsletter, slug(s['cat']), E(s['cat']), url, E(s['title']),
        slug(RECENT[1]), E(RECENT[1]), slug(RECENT[3]), E(RECENT[3]), 2, comment_list(2, depth=False), E(s['site']))


def t_wix(s, url):
    paras = []
    for k, v in s['items']:
        rid = '%05x' % random.getrandbits(20)
        if k == 'P':
            paras.append('<p class="MhxGQ T_I_H- _5QWmS" dir="auto" id="viewer-%s"><span class="_1Z1HI" style="font-style:inherit"><span style="font-weight:400">%s</span></span></p><div type="empty-line" class="CCcMj"><span>&nbsp;</span></div>' % (rid, E(v)))
        elif k in ('H2', 'H3'):
            paras.append('<h2 class="_2WqDk dkOWN" dir="auto" id="viewer-%s"><span class="_1Z1HI"><span style="font-weight:700">%s</span></span></h2>' % (rid, E(v)))
        elif k in ('UL', 'OL'):
            paras.append('<ul class="_2Xv-F" dir="auto">%s</ul>' % ''.join('<li class="VvaUt" dir="auto"><p class="MhxGQ" dir="auto"><span class="_1Z1HI">%s</span></p></li>' % E(x) for x in v.split(';;')))
        elif k == 'IMG':
            c, cr = v.split('|')
            paras.append('<div class="_3CWa- _1aBOn" data-hook="figure-IMAGE" id="viewer-%s"><div class="_2kEVY"><img src="https://static.wixstatic.com/media/a.jpg" alt=""></div><span dir="auto" class="_1ltdI" data-hook="imageViewerCaption">%s</span></div>' % (rid, E(c)))
    recent = ''.join('<li class="_2Hj4h" data-hook="recent-post-list-item"><div class="_3Ow2S"><img src="https://static.wixstatic.com/media/r%d.jpg" alt=""></div><div class="_1Ip9N"><a href="/post/%s" class="O16KGI" data-hook="post-title"><p class="bD0vt9 KNiaIk">%s</p></a></div><div class="_27wjv" data-hook="post-footer"><div class="_2XUlJ"><span class="_1ELgs" data-hook="view-count-compact">%d views</span><span class="_3mQyC" data-hook="comment-count-compact">%d comments</span></div><button class="_2Yk9D like-button" data-hook="like-button"><span class="_22-2e">%d</span></button></div></li>' % (
        j, slug(t), E(t), random.randint(12, 300), random.randint(0, 4), random.randint(0, 20)) for j, t in enumerate(pick(RECENT, 3)))
    return (head(s, url, '<meta name="generator" content="Wix.com Website Builder"><script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"a4c9","isHttps":true,"externalBaseUrl":"https:\\/\\/%s","siteRevision":211},"language":{"userLanguage":"en"},"requestUrl":"%s","experiments":{"specs.thunderbolt.dataHooks":true,"specs.blog.richContentViewer":true}};</script><script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"14bcded7":{"postPage":{"title":"%s","viewCount":132}}}}</script>' % (s['dom'], url, E(s['title'])), 'BlogPosting', 'Wix.com Website Builder') +
            '<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>'
            '<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-kd1" class="comp-kd1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text" style="font-size:26px"><span class="wixui-rich-text__text"><a href="/" target="_self" class="wixui-rich-text__text">%s</a></span></p></div>'
            '<nav aria-label="Site" id="comp-nav" class="comp-nav wixui-horizontal-menu"><ul class="ItHTfO" data-testid="itemsContainer"><li data-testid="menuItemWrapper" class="comp-nav-item"><a data-testid="linkElement" href="/" class="UiHgGh"><div class="itemDepth02233374943__root"><p class="itemDepth02233374943__label">Home</p></div></a></li><li class="comp-nav-item"><a href="/about" class="UiHgGh"><div><p class="itemDepth02233374943__label">About</p></div></a></li><li class="comp-nav-item"><a href="/blog" class="UiHgGh" aria-current="page"><div><p class="itemDepth02233374943__label">Blog</p></div></a></li><li class="comp-nav-item"><a href="/contact" class="UiHgGh"><div><p class="itemDepth02233374943__label">Contact</p></div></a></li></ul></nav></div></div></header>'
            '<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="TPAMultiSection_post" class="TPAMultiSection_post"><div data-hook="post-page" class="post-page-root">'
            '<div class="_1fpDg blog-post-page-font" data-hook="post"><article class="blog-post-page-font _3QrnK" data-hook="post-container"><div class="_2N4e0"><div class="_1oKNr" data-hook="post-header"><div class="_33vOo"><div class="_3gyPj" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/av.jpg" alt="%s"></div><div class="_2FDRx"><span class="tQ0Q1- user-name _4AzY3" data-hook="user-name">%s</span><ul class="_2Lvcf" data-hook="post-metadata"><li><span class="post-metadata__date time-ago" data-hook="time-ago">%s</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read">%d min read</span></li></ul></div></div><div class="_3l1Ai"><button class="_1vhiq" aria-label="More actions" data-hook="more-button"></button></div></div>'
            '<div class="_1R6gD"><h1 class="H3vOVf" data-hook="post-title"><span class="post-title__text blog-post-title-font blog-post-title-color">%s</span></h1></div>'
            '<div class="_6SyeS" data-hook="post-description"><div class="_2RcmN"><section class="_7WEV3" data-rce-version="9.12.3"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr"><div class="kvdbP">%s</div></div></section></div></div>'
            '<div class="_1LQmf" data-hook="post-main-actions-desktop"><div class="_3oBwB" data-hook="post-main-actions__share"><ul class="sOkmY"><li><button aria-label="Share on Facebook" class="_2uXbX"></button></li><li><button aria-label="Share on X" class="_2uXbX"></button></li><li><button aria-label="Share on LinkedIn" class="_2uXbX"></button></li><li><button aria-label="Copy link" class="_2uXbX"></button></li></ul></div></div>'
            '<div class="_2AbvH" data-hook="post-footer"><div class="post-stats"><span data-hook="view-count">%d views</span><span data-hook="comment-count">0 comments</span></div><div class="_3Dhee like-button-with-count" data-hook="like-button-with-count"><span class="_1Z-Pd" data-hook="like-button-with-count__like-count">%d</span><button class="_2Yk9D like-button" aria-label="Post not marked as liked"></button></div></div></div></article></div>'
            '<div class="_2QFaI" data-hook="recent-posts"><section><div class="_1XP4R"><h2 class="_1KgUx" data-hook="recent-posts-title">Recent Posts</h2><a href="/blog" class="_3kBP7" data-hook="see-all-posts">See All</a></div><ul class="_1D3KR">%s</ul></section></div>'
            '<div class="comments-root" data-hook="comments-root"><div class="_3hNMX"><h2 class="_2sMPS">Comments</h2><div class="_3BL6A"><div class="_1F2dj" data-hook="comment-box"><div data-hook="comment-box-placeholder">Write a comment...</div></div><p class="_38aUi">Share Your Thoughts</p><p class="_1gJl6">Be the first to write a comment.</p></div></div></div>'
            '</div></div></div></main><footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="comp-foot wixui-rich-text"><p class="font_9 wixui-rich-text__text">&copy; 2026 by %s. Proudly created with Wix.com</p></div></footer></div></div></div>'
            '<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div></body></html>') % (
        E(s['site']), E(s['author']), E(s['author']), '%s %d' % (MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][8:])), random.randint(2, 4), E(s['title']), ''.join(paras),
        random.randint(40, 900), random.randint(2, 40), recent, E(s['site']))


def t_medium(s, url):
    out = []
    for k, v in s['items']:
        gid = '%04x' % random.getrandbits(16)
        if k == 'P':
            out.append('<p id="%s" class="pw-post-body-paragraph nb nc gu nd b ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny fn bk" data-selectable-paragraph="">%s</p>' % (gid, inline(v)))
        elif k in ('H2', 'H3'):
            out.append('<h2 id="%s" class="nz oa gu bf ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow bk" data-selectable-paragraph="">%s</h2>' % (gid, E(v)))
        elif k in ('UL', 'OL'):
            out.append('<ul class="">%s</ul>' % ''.join('<li id="%s%d" class="nb nc gu nd b ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny ox oy oz bk" data-selectable-paragraph="">%s</li>' % (gid, j, E(x)) for j, x in enumerate(v.split(';;'))))
        elif k == 'BQ':
            out.append('<blockquote class="pa pb pc"><p id="%s" class="nb nc pd nd b ne nf ng nh" data-selectable-paragraph="">%s</p></blockquote>' % (gid, E(v)))
        elif k in ('PRE', 'CODE'):
            out.append('<pre class="pe pf pg ph pi pj pk pl bp pm bb bk"><span id="%s" class="pn lb gu pk b bg po pp l pq pr" data-code-block-mode="2" spellcheck="false" data-code-block-lang="bash">%s</span></pre>' % (gid, E(code_text(v)).replace('\n', '<br>')))
    claps = '<div class="ab q"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24"></svg></button></div><div class="pw-multi-vote-count"><p class="bf b dv z du"><button class="af ag ah ai aj">%s</button></p></div></div>' % random.choice(['1.2K', '347', '86', '2.4K'])
    resp = ''.join('<div class="tr ts"><div class="ab q"><a href="/@%s"><p class="bf b bg z">%s</p></a><p class="bf b bg z du">%s</p></div><div class="tt"><pre class="response-text">%s</pre></div><div class="ab q"><span>%d</span><button>Reply</button></div></div>' % (
        slug(a), E(a), 'Jun %d' % (j + 2), E(random.choice(COMMENTS)), random.randint(1, 30)) for j, a in enumerate(pick(COMMENTERS, 3)))
    more = ''.join('<div class="ab cm"><div><a href="/%s"><h2 class="bf gu">%s</h2><div class="h k"><h3 class="bf b">%s</h3></div></a><span>%d min read</span><span>&middot;</span><span>%s</span></div></div>' % (
        slug(t), E(t), E(random.choice(COMMENTS)), random.randint(3, 9), 'Mar %d' % (j + 4)) for j, t in enumerate(pick(RECENT, 4)))
    return (head(s, url, '<meta name="theme-color" content="#000000"><meta name="referrer" content="unsafe-url"><link rel="preconnect" href="https://glyph.medium.example"><style type="text/css" data-fela-rehydration="588" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility}</style><style data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font}.b{font-weight:400}.nb{letter-spacing:-0.003em}.nd{line-height:32px}</style>', 'BlogPosting', 'Medium') +
            '<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v"><a aria-label="Homepage" href="/">Medium</a><div class="ab q"><input role="combobox" placeholder="Search" class="ay ag az ba"></div></div><div class="ab q"><a href="/new-story" class="w"><span>Write</span></a><a href="/m/signin"><button>Sign up</button></a><a href="/m/signin"><button>Sign in</button></a></div></div>'
            '<div class="ca cb cc cd ce cf"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gp gq gr gs gt"></div><div class="ii ij ik il im"><div class="ab ca"><div class="ch bg fw fx fy fz">'
            '<div><h1 id="a1b2" class="pw-post-title gu gv gw bf gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr bk" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
            '<div class="hs ht hu hv hw"><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hx hy hz ia ib ab"><div><div class="ab ic"><a rel="noopener follow" href="/@%s"><div class="l ie if by ig ih"><img alt="%s" class="l fj by dd de cx" src="https://miro.medium.example/1*a.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ii ab q"><div class="ab q ij"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as ik" data-testid="authorName" href="/@%s" rel="noopener follow">%s</a></div></div></div><span class="il im" aria-hidden="true"><span class="bf b bg z du">&middot;</span></span><p class="bf b bg z du"><span><button class="bf b bg z in ab q io ip iq ir is it iu iv iw ix iy iz ja jb jc">Follow</button></span></p></div></div></span></div></div>'
            '<div class="l jd"><span class="bf b bg z du"><div class="ab cn je jf jg"><span class="bf b bg z du"><div class="ab ae"><span data-testid="storyReadTime">%d min read</span><div class="jh ji l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z du">&middot;</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>'
            '<div class="ab cp jj jk jl jm jn jo jp jq jr js jt ju jv jw jx jy">%s<div class="bq ab"><button class="af ag ah ai aj" aria-label="responses"><span class="pw-responses-count lf lg">%d</span></button></div><div class="ab q"><button aria-label="Add to list bookmark button"></button><button data-testid="audioPlayButton" aria-label="Listen"><p class="bf b dv z du">Listen</p></button><button aria-label="Share Post"><p class="bf b dv z du">Share</p></button></div></div></div></div></div>'
            '<figure class="mo mp mq mr ms mt ml mm paragraph-image"><div role="button" tabindex="0" class="mu mv fj mw bh mx"><img alt="" class="bh my mz c" width="700" height="394" loading="eager" role="presentation" src="https://miro.medium.example/1*h.png"></div><figcaption class="na fe nb ml mm nc nd bf b bg z du" data-selectable-paragraph="">Illustration by the author</figcaption></figure>'
            '%s</div></div></div></div></section></div></div></article>'
            '<div class="l ag"><div class="ab cb"><div class="ci bh ew ex ey ez"><div class="ak ab q"><div class="sp ab q">%s</div></div><div class="sq l"><ul class="ab"><li class="st"><a class="su" href="/tag/%s">%s</a></li><li class="st"><a class="su" href="/tag/%s">%s</a></li></ul></div></div></div></div>'
            '<div class="l"><div class="ab cb"><div class="ci bh ew ex ey ez"><div class="ab q"><h2 class="bf gu"><a href="/@%s">Written by %s</a></h2></div><div class="l"><span class="bf b bg z du">%d Followers</span><span class="bf b bg z du"> &middot; Writer for %s</span></div><p class="bf b bg z bk">Reporter and occasional founder. Writing about what gets decided in rooms most people never see.</p><button>Follow</button></div></div></div>'
            '<div class="l"><div class="ab cb"><div class="ci bh ew ex ey ez"><h2 class="bf gu">Responses (%d)</h2><div class="ab q"><p>What are your thoughts?</p></div>%s</div></div></div>'
            '<div class="l"><div class="ab cb"><div class="ci bh ew ex ey ez"><h2 class="bf gu">More from %s</h2>%s<a href="/@%s"><button>See all from %s</button></a></div></div></div>'
            '<div class="l"><footer class="ab"><a href="/about">About</a><a href="/help">Help</a><a href="/policy/terms">Terms</a><a href="/policy/privacy">Privacy</a></footer></div></div></div></div>'
            '<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query","viewer":null},"Post:7c1e":{"__typename":"Post","id":"7c1e","title":"%s","clapCount":1204,"isLocked":false}}</script></body></html>') % (
        E(s['title']), slug(s['author']), E(s['author']), slug(s['author']), E(s['author']), random.randint(3, 6), '%s %d, %s' % (MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][8:]), s['date'][:4]),
        claps, 3, ''.join(out), claps, slug(s['cat']), E(s['cat']), slug(TAGS[4]), TAGS[4].title(),
        slug(s['author']), E(s['author']), random.randint(200, 9000), E(s['site']), 3, resp, E(s['site']), more, slug(s['author']), E(s['site']), E(s['title']).replace('"', '\\"'))


def t_devto(s, url):
    out = []
    for k, v in s['items']:
        if k in ('PRE', 'CODE'):
            out.append('<div class="highlight js-code-highlight"><pre class="highlight shell"><code>%s</code></pre><div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action"><svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on"><title>Enter fullscreen mode</title><path d="M16 3h6v6h-2V5h-4V3zM2 3h6v2H4v4H2V3z"></path></svg><svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off"><title>Exit fullscreen mode</title><path d="M18 7h4v2h-6V3h2v4z"></path></svg></div></div></div>' % E(code_text(v)))
        elif k in ('H2', 'H3'):
            out.append('<%s><a name="%s" href="#%s"></a>%s</%s>' % (k.lower(), slug(v), slug(v), inline(v), k.lower()))
        else:
            out.append(wp_body(dict(s, items=[(k, v)])).replace(' class="wp-block-list"', ''))

    def dcomment(i, depth):
        who = random.choice(COMMENTERS)
        kids = dcomment(i + 1, depth + 1) if depth < 2 and i % 2 == 0 else ''
        return ('<div class="comment single-comment-node root comment--deep-%d" id="comment-node-%d" data-comment-id="%d"><div class="comment__inner"><a href="/%s" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32" height="32" src="/av.png" alt="%s profile image" loading="lazy"></a>'
                '<div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header"><a href="/%s" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">%s</a><span class="color-base-30 px-2" role="presentation">&bull;</span><a href="#comment-%d" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="%s">%s</time></a></div>'
                '<div class="comment__body text-styles text-styles--secondary body">%s</div></div><footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s reaction-like reaction-button" data-comment-id="%d"><span class="reactions-count">%d</span><span class="reactions-label">likes</span><span class="reactions-label">Like</span></button><a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form" href="#/%s/comments/new/%d" data-comment-id="%d" rel="nofollow"><span class="hidden m:inline-block">Reply</span></a></footer></div></div>%s</div>') % (
            depth + 1, 1000 + i, 1000 + i, slug(who), E(who), slug(who), E(who), 1000 + i, s['date'], 'Apr %d' % (i + 1), '<p>%s</p>' % E(random.choice(COMMENTS)), 1000 + i, random.randint(0, 9), slug(s['title']), 1000 + i, 1000 + i, kids)
    comments = ''.join(dcomment(j * 3, 0) for j in range(3))
    reads = ''.join('<div class="crayons-story crayons-story--featured"><div class="crayons-story__body"><div class="crayons-story__top"><div class="crayons-story__meta"><div class="crayons-story__author-pic"><img src="/av%d.png" alt="" class="crayons-avatar__image"></div><div><a href="/x" class="crayons-story__secondary fw-medium">%s</a><a href="#" class="crayons-story__tertiary fs-xs"><time>%s</time></a></div></div></div><div class="crayons-story__indention"><h3 class="crayons-story__title"><a href="/%s">%s</a></h3><div class="crayons-story__tags"><a class="crayons-tag" href="/t/opensource"><span class="crayons-tag__prefix">#</span>opensource</a><a class="crayons-tag" href="/t/release"><span class="crayons-tag__prefix">#</span>release</a></div></div></div></div>' % (
        j, E(random.choice(COMMENTERS)), 'Mar %d' % (j + 3), slug(t), E(t)) for j, t in enumerate(pick(RECENT, 4)))
    tags = ''.join('<a class="crayons-tag crayons-tag--monochrome" href="/t/%s"><span class="crayons-tag__prefix">#</span>%s</a>' % (t, t) for t in ['opensource', slug(s['cat']), 'database' if 'DB' in s['site'] or 'base' in s['site'] else 'typescript', 'news'])
    return (head(s, url, '<link rel="stylesheet" href="https://dev.example/assets/minimal.css" media="all" id="main-minimal-stylesheet"><link rel="stylesheet" href="https://dev.example/assets/views.css" media="all" id="main-views-stylesheet"><meta name="environment" content="production"><meta name="search-script" content="https://dev.example/assets/Search.js">', 'Article', 'Forem') +
            '<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="false"><div id="body-styles"><style>:root {--accent-brand-lighter-rgb: 157, 161, 243;}</style></div>'
            '<header id="topbar" class="crayons-header topbar print-hidden"><span class="skip-content-link"><a href="#main-content">Skip to content</a></span><div class="crayons-header__container"><span class="inline-block m:hidden "><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"></button></span><a href="/" class="site-logo" aria-label="DEV Community Home"><svg class="site-logo__img" width="50" height="40"><title>DEV Community</title></svg></a>'
            '<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search"><div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"></div></div></form></div>'
            '<div class="flex items-center h-100 ml-auto"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a><a href="/enter?state=new-user" data-tracking-id="ca_top_nav" data-tracking-source="top_navbar" class="c-cta c-cta--branded mr-2 whitespace-nowrap" data-no-instant>Create account</a></div></div></header>'
            '<div id="page-content" class="wrapper stories stories-show articletag-opensource" data-current-page="stories-show"><div id="page-content-inner"><div class="crayons-layout crayons-layout--3-cols crayons-layout--article">'
            '<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner"><div class="reaction-drawer__outer"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" class="crayons-reaction pseudo-reaction crayons-tooltip__activator"><span class="crayons-reaction__count" id="reaction_total_count">%d</span></button></div><button id="reaction-butt-comment" aria-label="Jump to Comments" class="crayons-reaction crayons-reaction--comment"><span class="crayons-reaction__count" id="reaction-number-comment">%d</span></button><button id="reaction-butt-readinglist" aria-label="Add to reading list" class="crayons-reaction crayons-reaction--readinglist"><span class="crayons-reaction__count" id="reaction-number-readinglist">%d</span></button><div id="mod-actions-menu-btn-area" class="print-hidden trusted-visible-block align-center"></div><div class="align-center m:relative"><button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon crayons-btn--icon-rounded" aria-label="Share post options"></button></div></div></div></aside>'
            '<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2011847" data-article-slug="%s" data-author-id="77021" data-path="/%s">'
            '<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media.dev.example/cover.png" width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for %s"></div><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/%s"><img class="radius-full align-middle" src="/av.png" width="40" height="40" alt="%s"></a></div><div class="pl-3 flex-1"><a href="/%s" class="crayons-link fw-bold">%s</a><div class="spec__tagline"><span>for </span><a href="/%s" class="crayons-link">%s</a></div><p class="fs-xs color-base-60">Posted on <time datetime="%sT14:00:00Z" class="date-no-year">%s</time></p></div></div></div>'
            '<div class="crayons-article__subheader flex"><div class="multiple_reactions_aggregate"><span class="crayons_icon_container"><img src="/sparkle.svg" width="18" height="18" alt=""></span><span class="crayons_icon_container"><img src="/heart.svg" width="18" height="18" alt=""></span><span class="aggregate_reactions_counter">%d</span></div></div>'
            '<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">%s</h1><div class="spec__tags flex flex-wrap">%s</div></div></header>'
            '<div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="2011847" id="article-body">%s</div></div>'
            '<section id="comments" data-follow-button-container="true" data-updated-at="%s" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (%d)</h2><div id="comment-subscription" class="print-hidden"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>'
            '<div id="comment-trees-container" class="comments">%s</div><div class="fs-s"><a href="/code-of-conduct">Code of Conduct</a> &bull; <a href="/report-abuse">Report abuse</a></div></section></article></div>'
            '<div class="crayons-card crayons-card--secondary print-hidden" id="read-next"><h2 class="crayons-subtitle-1">Read next</h2>%s</div></main>'
            '<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word" id="article-show-primary-sticky-nav"><div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: #222"><div class="-mt-4"><a href="/%s" class="flex"><span class="crayons-logo crayons-logo--xl mr-2 shrink-0"><img src="/org.png" class="crayons-logo__image" alt=""></span><span class="crayons-link crayons-subtitle-1 mt-5">%s</span></a></div><div class="color-base-70">Open source tools for people who ship software. Follow us for release notes and engineering write-ups.</div><button class="crayons-btn crayons-btn--l w-100 follow-action-button">Follow</button></div>'
            '<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a href="/%s">%s</a></h3></header><div>%s</div></div></div></aside></div></div></div>'
            '<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" aria-label="DEV Community Home" href="/">DEV Community</a> &mdash; A space to discuss and keep up software development and manage your software career</p><ul class="footer__nav-links flex justify-center flex-wrap"><li class="footer__nav-link"><a href="/" class="c-link c-link--block">Home</a></li><li class="footer__nav-link"><a href="/code-of-conduct" class="c-link c-link--block">Code of Conduct</a></li><li class="footer__nav-link"><a href="/privacy" class="c-link c-link--block">Privacy Policy</a></li></ul><div class="fs-s"><p>Built on <a class="c-link c-link--branded" target="_blank" rel="noopener" href="https://www.forem.com">Forem</a> &mdash; the open source software that powers DEV and other inclusive communities.</p><p>Made with love and <a class="c-link c-link--branded" target="_blank" rel="noopener" href="https://github.com/forem/forem">Ruby on Rails</a>. DEV Community &copy; 2016 - 2026.</p></div></div></footer></body></html>') % (
        random.randint(20, 400), 6, random.randint(3, 50), slug(s['title']), slug(s['title']), E(s['title']), slug(s['author']), E(s['author']), slug(s['author']), E(s['author']), slug(s['site']), E(s['site']),
        s['date'], '%s %d' % (MONTHS[int(s['date'][5:7]) - 1][:3], int(s['date'][8:])), random.randint(20, 400), E(s['title']), tags, ''.join(out),
        s['date'], 6, comments, reads, slug(s['site']), E(s['site']), slug(s['site']), E(s['site']),
        ''.join('<div class="crayons-link crayons-link--contentful"><a href="/%s">%s</a><div class="crayons-link__secondary">#opensource #news</div></div>' % (slug(t), E(t)) for t in pick(RECENT, 3)))


def t_tumblr(s, url):
    out = ''.join('<p>%s</p>' % inline(v) for k, v in s['items'] if k == 'P')
    notes = ''.join('<li class="note %s"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://%s.tumblr.example/" title="%s"><img src="/av%d.png" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://%s.tumblr.example/" class="tumblelog">%s</a> %s</span><div class="clear"></div></li>' % (
        kind, slug(n), E(n), j, slug(n), slug(n), 'reblogged this from <a href="/">%s</a>' % s['site'] if kind == 'reblog' else 'liked this') for j, (n, kind) in enumerate(zip(['papercut-press', 'staplesandink', 'riso-rebel', 'quietcorners', 'foundry-street', 'tramdepotfan', 'small-press-mel', 'bindery-notes', 'linocut-lou', 'gutter-and-margin', 'the-long-staple', 'ink-on-fingers', 'photocopy-club', 'brookfield-makes', 'zinewrangler', 'cut-and-paste-kid', 'margins-matter', 'folded-a5'], ['like', 'like', 'reblog', 'like', 'like', 'like', 'reblog', 'like', 'like', 'like', 'reblog', 'like', 'like', 'reblog', 'like', 'like', 'reblog', 'like'])))
    tags = ''.join('<a href="/tagged/%s" class="tag">#%s</a> ' % (slug(t), E(t)) for t in ['news', 'community', s['cat'], 'events', 'zines' if 'zine' in s['title'].lower() else 'model railways'])
    return (head(s, url, '<meta name="color:Background" content="#f6f3ee"><meta name="font:Body" content="Georgia"><meta name="if:Show Notes" content="1"><link rel="stylesheet" href="https://assets.tumblr.example/client/prod/standalone/blog-theme.css">', 'SocialMediaPosting', 'Tumblr') +
            '<body><div id="tumblr_controls"><iframe id="tumblr_controls_iframe" src="https://www.tumblr.example/dashboard/iframe?tumblelogName=%s" width="100%%" height="60" frameborder="0"></iframe></div>'
            '<div id="container"><header id="header"><div class="avatar"><a href="/"><img src="/avatar_128.png" alt=""></a></div><h1 class="blog-title"><a href="/">%s</a></h1><div class="description"><p>small press, paper, printing, and whatever else is on the table this week. she/her. asks open.</p></div>'
            '<nav class="pages"><a href="/ask">Ask me anything</a> <a href="/submit">Submit</a> <a href="/archive">Archive</a> <a href="/rss">RSS</a></nav></header>'
            '<main id="posts"><article class="post text" id="post-7351892"><div class="post-content"><h2 class="title"><a href="%s">%s</a></h2><div class="body-text">%s</div></div>'
            '<footer class="post-meta"><div class="date"><a href="%s">%s</a></div><div class="notes-count"><a href="%s#notes">%d notes</a></div><div class="tags">%s</div><div class="source">Source: <a href="/">%s</a></div>'
            '<div class="share"><a href="https://www.tumblr.example/reblog/7351892/abc" class="reblog">Reblog</a> <a href="#" class="like">Like</a></div></footer>'
            '<section id="notes"><h3>Notes</h3><ol class="notes">%s</ol><div class="more_notes_link_container"><span class="notes_loading">Loading...</span><a class="more_notes_link" href="#" onclick="tumblrNotesLoaded(); return false;">Show more notes</a></div></section></article></main>'
            '<nav id="pagination"><a href="/post/7351891" class="previous">&larr; Previous</a> <a href="/post/7351893" class="next">Next &rarr;</a></nav>'
            '<footer id="footer"><p>%s &middot; Theme by <a href="https://www.tumblr.example/themes">Tumblr</a></p></footer></div>'
            '<script type="text/javascript">!function(s){s.src="https://px.srvcs.tumblr.example/impixu?T=1733&J=eyJ0eXBlIjoidXJsIiwidXJsIjoiaHR0cDpcL1wvZXhhbXBsZS50dW1ibHIuY29tXC8ifQ==";}(new Image)</script>'
            '<iframe id="ga_target" src="https://assets.tumblr.example/analytics.html" width="1" height="1" style="display:none"></iframe></body></html>') % (
        slug(s['site']), E(s['site']), url, E(s['title']), out, url, longdate(s['date']), url, random.randint(40, 400), tags, E(s['site']), notes, E(s['site']))


LONG_COMMENTS = [
    'I have lived two streets from the site for thirty years and I want to add some context that the post leaves out. The last time the council consulted on this, in 2019, the meetings were held at four in the afternoon on weekdays, which meant that almost nobody who works could attend. The result was a plan that suited retired people and nobody else. I hope this time they hold at least one meeting in the evening and one at the weekend, and that they publish the responses in full rather than a summary that says most people were broadly supportive.',
    'As someone who worked in the sector for most of my career, I think the numbers in the post are right but the conclusion is a little too optimistic. Every project like this I have seen has run over budget by somewhere between a fifth and a half, and the reason is nearly always the same: the ground conditions turn out to be worse than the survey said, and by the time anyone finds out, the contract has been signed and the contractor holds all the cards. I would like to see the contingency figure published before work starts.',
    'Thank you for covering this when nobody else did. I went back through the minutes after reading the post and found that the same item came up in March and was deferred without discussion. It would be worth asking why it was deferred then and why it has come back now, because the papers do not say, and the officer who wrote the report has since left.',
]


def long_comment_list(s):
    """wpDiscuz-like thread: long comments with votes, replies and "Reply" links."""
    h = []
    for i, txt in enumerate(LONG_COMMENTS):
        who = COMMENTERS[(i * 5) % len(COMMENTERS)]
        reply = '<div class="wpd-comment wpd-reply wpd_comment_level-2" id="wpd-comm-%d_%d"><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">%s</div><div class="wpd-comment-date">%s</div></div><div class="wpd-comment-text"><p>%s</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked">+</div><div class="wpd-vote-result" title="3">3</div><div class="wpd-vote-down wpd_not_clicked">-</div></div><div class="wpd-reply-button"><span>Reply</span></div></div></div></div></div>' % (
            500 + i, 400 + i, E(s['author']), longdate(s['date']), E(random.choice(COMMENTS)))
        h.append('<div id="wpd-comm-%d_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><div class="wpd-avatar"><img src="/av%d.png" alt="" class="avatar" width="64"></div></div><div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">%s</div><div class="wpd-comment-date" title="%s"><i class="far fa-clock" aria-hidden="true"></i> %d days ago</div></div><div class="wpd-comment-text"><p>%s</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked">+</div><div class="wpd-vote-result" title="%d">%d</div><div class="wpd-vote-down wpd_not_clicked">-</div></div><div class="wpd-reply-button"><span>Reply</span></div></div></div></div><div id="wpdiscuz_form_anchor-%d_0"></div>%s</div>' % (
            400 + i, i, E(who), longdate(s['date']), i + 2, E(txt), 12 - i * 3, 12 - i * 3, 400 + i, reply))
    return ('<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div>'
            '<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open"><div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i><span class="wpd-sbs-title">Subscribe</span></div><div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="/wp-login.php"><i class="fas fa-sign-in-alt"></i> Login</a></div></div></div>'
            '<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" class="wpd_comm_form wpd_main_comm_form"><div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><textarea id="wc-textarea-0_0" placeholder="Join the discussion" aria-label="Join the discussion" name="wc_comment" class="wc_comment wpd-field"></textarea></div></div></div></form></div></div>'
            '<div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="%d"><span class="wpdtc" title="%d">%d</span> Comments</div><div class="wpd-space"></div><div class="wpd-thread-filter"><div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="Most reacted comment"><i class="fas fa-bolt"></i></div><div class="wpd-filter wpdf-hottest wpd_not_clicked" wpd-tooltip="Hottest comment thread"><i class="fas fa-fire"></i></div></div></div>'
            '<div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">View all comments</div></div><div class="wpd-thread-list">%s<div class="wpdiscuz-comment-pagination"></div></div></div></div></div>') % (
        2 * len(LONG_COMMENTS), 2 * len(LONG_COMMENTS), 2 * len(LONG_COMMENTS), ''.join(h))


def t_classic(s, url):
    """A classic WordPress theme (Twenty-Ten/Kubrick-like): a reading-time line and a TOC box opening the
    entry, "This entry was posted on …" and "Posted in X | Tagged Y | N Comments" rows, a wpDiscuz thread of
    long comments, pingbacks and a sidebar of every widget."""
    rt = '<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time: </span> <span class="rt-time"> %d</span> <span class="rt-label rt-postfix">minutes</span></span>' % random.randint(2, 5)
    wd = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][int(s['date'][8:]) % 7]
    pv, nx = prev_next()
    return (head(s, url, WP_CSS) + '<body class="single single-post postid-4412 single-format-standard">'
            '<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner"><div id="site-title"><span><a href="/" title="%s" rel="home">%s</a></span></div><div id="site-description">Notes, news and numbers, since 2009</div><img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt=""></div>'
            '<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="Skip to content">Skip to content</a></div><div class="menu-header"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/archives/">Archives</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div></div></div>'
            '<div id="main"><div id="container"><div id="content" role="main">'
            '<div id="nav-above" class="navigation"><div class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">&larr;</span> %s</a></div><div class="nav-next"><a href="/%s/" rel="next">%s <span class="meta-nav">&rarr;</span></a></div></div>'
            '<div id="post-4412" class="post-4412 post type-post status-publish format-standard hentry category-%s"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="%s" title="10:15 am" rel="bookmark"><span class="entry-date">%s</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/%s/" title="View all posts by %s">%s</a></span></div>'
            '<div class="entry-content">%s%s%s</div>'
            '<div id="entry-author-info"><div id="author-avatar"><img src="/av.png" class="avatar avatar-60 photo" height="60" width="60" alt=""></div><div id="author-description"><h2>About %s</h2>%s has reported on local government and business for twenty years and writes this blog in the evenings. Corrections and tips are always welcome.<div id="author-link"><a href="/author/%s/" rel="author">View all posts by %s <span class="meta-nav">&rarr;</span></a></div></div></div>'
            '<div class="entry-utility"><p class="postmetadata alt"><small>This entry was posted on %s, %s at 10:15 am and is filed under <a href="/category/%s/" rel="category tag">%s</a>. You can follow any responses to this entry through the <a href="%sfeed/">RSS 2.0</a> feed. You can <a href="#respond">leave a response</a>, or <a href="%strackback/" rel="trackback">trackback</a> from your own site.</small></p>'
            '<p class="postmetadata">Posted in <a href="/category/%s/" rel="category tag">%s</a> | Tagged <a href="/tag/%s/" rel="tag">%s</a>, <a href="/tag/%s/" rel="tag">%s</a> | <a href="#comments">%d Comments &#187;</a></p>'
            '<span class="edit-link"><a class="post-edit-link" href="/wp-admin/post.php?post=4412&amp;action=edit">Edit</a></span></div></div>'
            '<div id="nav-below" class="navigation"><div class="nav-previous"><a href="/%s/" rel="prev"><span class="meta-nav">&larr;</span> %s</a></div><div class="nav-next"><a href="/%s/" rel="next">%s <span class="meta-nav">&rarr;</span></a></div></div>'
            '%s<div class="pings">%s</div>'
            '</div></div><div id="primary" class="widget-area" role="complementary"><ul class="xoxo">%s</ul></div></div>'
            '<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" title="%s" rel="home">%s</a></div><div id="site-generator"><a href="https://wordpress.org/" class="imprint" title="Semantic Personal Publishing Platform">Proudly powered by WordPress.</a></div></div></div></div>%s</body></html>') % (
        E(s['site']), E(s['site']), slug(pv), E(pv), slug(nx), E(nx), slug(s['cat']), E(s['title']), url, longdate(s['date']), slug(s['author']), E(s['author']), E(s['author']),
        rt, wp_body(s), jetpack(s),
        E(s['author']), E(s['author']), slug(s['author']), E(s['author']),
        wd, longdate(s['date']), slug(s['cat']), E(s['cat']), url, url,
        slug(s['cat']), E(s['cat']), slug(TAGS[3]), TAGS[3], slug(TAGS[14]), TAGS[14], 2 * len(LONG_COMMENTS),
        slug(pv), E(pv), slug(nx), E(nx), long_comment_list(s), pingbacks(2),
        sidebar_widgets(s, ['search', 'about', 'recent', 'comments', 'archives', 'cats', 'tags', 'blogroll', 'subscribe']).replace('<section class="', '<li class="').replace('</section>', '</li>'),
        E(s['site']), E(s['site']), wp_footer_scripts())


def indie_archive(s):
    """The hand-made blog's list of every post by year, under the post (its own %-free markup)."""
    words = ['budget', 'bridge', 'library', 'water', 'schools', 'council', 'housing', 'bus', 'parks', 'zoning', 'audit', 'levy']
    items = ''.join('<li><span class="d">%s %d</span> <a href="/%d/%s-%d.html">Notes on the %s %s</a></li>' % (
        MONTHS[(j * 5) % 12][:3], (j * 7) % 28 + 1, 2026 - j // 12, words[j % 12], j, words[(j * 5) % 12], ['vote', 'hearing', 'report', 'memo', 'plan'][j % 5]) for j in range(64))
    return ('<div id="everything"><h2>Everything I have written</h2><ul class="archive">%s</ul></div>' % items).replace('%', '%%')


def t_indie(s, url):
    """A hand-made personal blog: an "about me" intro box in the main column above the post, the post in a
    plain <div class="post">, "Filed in" and previous/next lines, then a "Discussion" of readers' responses
    (long, signed "— Name, date") in blocks that no class calls comments, and a reply form."""
    resp = ''.join('<div class="response" id="r%d"><p>%s</p><p class="sig">&mdash; %s, %s</p></div>' % (i, E(t), E(COMMENTERS[(i * 3 + 1) % len(COMMENTERS)]), longdate(s['date'])) for i, t in enumerate(LONG_COMMENTS))
    body = wp_body(s).replace(' class="wp-block-heading"', '').replace(' class="wp-block-list"', '')
    pv, nx = prev_next()
    return (head(s, url, '<style>body{max-width:720px;margin:2em auto;font:18px/1.6 Georgia,serif}.intro{background:#f5f0e6;padding:1em}.response{border-left:3px solid #ccc;padding-left:1em}</style>', 'BlogPosting', 'handmade') +
            '<body><div id="top"><p class="site"><a href="/">%s</a></p><p class="links"><a href="/archive.html">archive</a> &middot; <a href="/about.html">about</a> &middot; <a href="/feed.xml">feed</a></p></div>'
            '<div id="main"><div class="intro"><p>Hello. I am %s, and this is where I write up what I find out between deadlines: meetings nobody covers, documents nobody reads, and the occasional correction to my own work. I have been doing this since 2011, on and off, and I answer every email eventually.</p></div>'
            '<div class="post"><h1>%s</h1><p class="date">%s</p>%s</div>'
            '<p class="filed">Filed in <a href="/topics/%s.html">%s</a>. <a href="/archive.html#%s">Permalink</a>.</p>'
            '<p class="prevnext">Previous: <a href="/%s.html">%s</a><br>Next: <a href="/%s.html">%s</a></p>'
            '<h2>3 Responses</h2>%s<h3>Add a response</h3><form method="post" action="/respond"><p><label>Your name <input name="n"></label></p><p><label>Your response <textarea name="t"></textarea></label></p><p><button>Send</button></p><p class="small">Responses are read before they appear. Be kind.</p></form></div>'
            + indie_archive(s) + '<div id="bottom"><p>All words &copy; %s. Built by hand, no trackers.</p></div></body></html>') % (
        E(s['site']), E(s['author']), E(s['title']), longdate(s['date']), body, slug(s['cat']), E(s['cat']), slug(s['title']),
        slug(pv), E(pv), slug(nx), E(nx), resp, E(s['author']))


TEMPLATES = dict(indie=t_indie, classic=t_classic, wp21=t_wp21, astra=t_astra, gp=t_gp, genesis=t_genesis, divi=t_divi, elem=t_elem, wpmag=t_wpmag,
                 blogger=t_blogger, ghost=t_ghost, hugo=t_hugo, jekyll=t_jekyll, sqsp=t_sqsp, wix=t_wix,
                 medium=t_medium, devto=t_devto, tumblr=t_tumblr)
URLS = dict(blogger='https://{dom}/{y}/{m}/{slug}.html', ghost='https://{dom}/{slug}/', hugo='https://{dom}/posts/{slug}/',
            jekyll='https://{dom}/{y}/{m}/{d}/{slug}.html', sqsp='https://{dom}/journal/{slug}', wix='https://{dom}/post/{slug}',
            medium='https://{dom}/{slug}-7c1e2a9b', devto='https://{dom}/{slug}-4k2p', tumblr='https://{dom}/post/7351892/{slug}')

STORIES = parse()
FIRST_SET = 41  # the stories other posts' teasers and lists draw on (the first pages stay as they were)

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for i, s in enumerate(STORIES, 1):
        y, m, d = s['date'].split('-')
        url = URLS.get(s['tpl'], 'https://{dom}/{y}/{m}/{d}/{slug}/').format(dom=s['dom'], y=y, m=m, d=d, slug=slug(s['title']))
        page = TEMPLATES[s['tpl']](s, url)
        base = os.path.join(OUT, '%02d' % i)
        with open(base + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(base + '.txt', 'w', encoding='utf-8') as f:
            f.write(expected(s))
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': s['date'], 'lang': 'en', 'title': s['title']}, f)
