#!/usr/bin/env python3
"""Generate bench/stress/nextjs pages from stories.txt: news and press pages built with JavaScript frameworks
2022-2026 (Next.js pages and app router, Nuxt 2/3, Gatsby, Astro, Vue SSR, headless CMS front ends) as a
crawler that runs no script receives them. Invented sites, original text.

Usage: python3 bench/stress/nextjs/gen/gen.py bench/stress/nextjs   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|site|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H subheading, LI bullet item, Q a quoted paragraph.
Furniture codes (never in the expected text): DECK the standfirst under the headline."""
import html, json, os, random, sys

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261207)
E = html.escape
MONTHS = 'January February March April May June July August September October November December'.split()


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, site, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, site=site, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories


STORIES = parse(os.path.join(HERE, 'stories.txt'))


def body_items(st):
    return [(c, v) for c, v in st['items'] if c in ('P', 'H', 'LI', 'Q')]


def deck(st):
    d = [v for c, v in st['items'] if c == 'DECK']
    return d[0] if d else None


def expected(st):
    return '\n\n'.join(v for c, v in body_items(st)) + '\n'


def d_long(w):
    y, m, d = [int(x) for x in w.split('-')]
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def d_uk(w):
    y, m, d = [int(x) for x in w.split('-')]
    return '%d %s %d' % (d, MONTHS[m - 1], y)


def slug(t):
    return '-'.join(''.join(ch if ch.isalnum() else ' ' for ch in t.lower()).split())[:60]


def html_body(st, pcls=''):
    """The story as HTML: <p>, <h2>, <ul><li>, <blockquote>."""
    out, inlist = [], False
    pc = ' class="%s"' % pcls if pcls else ''
    for c, v in body_items(st):
        if c == 'LI' and not inlist:
            out.append('<ul>')
            inlist = True
        if c != 'LI' and inlist:
            out.append('</ul>')
            inlist = False
        if c == 'P':
            out.append('<p%s>%s</p>' % (pc, E(v)))
        elif c == 'H':
            out.append('<h2>%s</h2>' % E(v))
        elif c == 'LI':
            out.append('<li>%s</li>' % E(v))
        elif c == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % E(v))
    if inlist:
        out.append('</ul>')
    return ''.join(out)


def others(st, k):
    """k other stories of the class, for related-story furniture (their titles and openings)."""
    i = STORIES.index(st)
    return [STORIES[(i + 5 + 7 * j) % 42] for j in range(k)]  # (the first 42 stories: the class as first written)


def first_p(st):
    return [v for c, v in st['items'] if c == 'P'][0]


def nextjson(obj, ascii_=False):
    """JSON as Next.js writes it into a script: <, > and & as \\u escapes."""
    s = json.dumps(obj, ensure_ascii=ascii_, separators=(',', ':'))
    return s.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')


def head(st, extra='', ld=True, ld_body=None, gen=None):
    t = st['title']
    desc = deck(st) or first_p(st)[:150]
    h = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if gen:
        h.append('<meta name="generator" content="%s">' % gen)
    h.append('<title>%s | %s</title>' % (E(t), E(st['site'])))
    h.append('<meta name="description" content="%s">' % E(desc))
    h.append('<meta property="og:title" content="%s"><meta property="og:type" content="article">' % E(t))
    h.append('<meta property="og:site_name" content="%s">' % E(st['site']))
    h.append('<meta property="og:url" content="https://www.%s.example/news/%s">' % (slug(st['site']).replace('-', ''), slug(t)))
    h.append('<meta property="article:published_time" content="%sT07:%02d:00.000Z">' % (st['when'], random.randint(0, 59)))
    h.append('<link rel="canonical" href="https://www.%s.example/news/%s">' % (slug(st['site']).replace('-', ''), slug(t)))
    if ld:
        o = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': t,
             'datePublished': st['when'] + 'T07:00:00Z', 'dateModified': st['when'] + 'T09:30:00Z',
             'author': [{'@type': 'Person', 'name': random.choice(['Maren Holt', 'Joel Adeyemi', 'Cass Whitlow', 'Nia Fairweather', 'Tomas Reyes'])}],
             'publisher': {'@type': 'Organization', 'name': st['site']}}
        if ld_body is not None:
            o['articleBody'] = ld_body
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False))
    h.append(extra)
    h.append('</head>')
    return ''.join(h)


def nav(items, cls='site-nav'):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items))


NAVS = [['News', 'Local', 'Business', 'Sport', 'Opinion', 'Weather'], ['Home', 'City', 'Region', 'Culture', 'Podcasts', 'Subscribe'],
        ['Latest', 'Politics', 'Environment', 'Transport', 'Health', 'Newsletters']]


def share(n):
    return ['<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a><button>Copy link</button></div>',
            '<ul class="social-share" aria-label="Share this story"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Share by email</a></li></ul>',
            '<div class="ShareButtons_root__x8Pq"><button aria-label="Share">Share</button><button aria-label="Save">Save</button><button aria-label="Listen">Listen 4 min</button></div>'][n % 3]


def related(st, k=3, title='Related stories'):
    return '<aside class="related"><h2>%s</h2><ul>%s</ul></aside>' % (E(title), ''.join(
        '<li><a href="/news/%s">%s</a><p>%s</p></li>' % (slug(o['title']), E(o['title']), E(first_p(o)[:110] + '...')) for o in others(st, k)))


def newsletter(site):
    return ('<section class="newsletter-signup"><h3>Get the morning briefing</h3><p>The day\'s top stories from %s, in your inbox before 7am.</p>'
            '<form><input type="email" placeholder="Your email"><button>Sign up</button></form><p class="small">You can unsubscribe at any time. See our privacy notice.</p></section>') % E(site)


def footer(site, year):
    return ('<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
            '<li><a href="/cookies">Cookie settings</a></li><li><a href="/terms">Terms</a></li></ul><p>&copy; %d %s. All rights reserved.</p></footer>') % (year, E(site))


def byline(st, n):
    who = random.choice(['Maren Holt', 'Joel Adeyemi', 'Cass Whitlow', 'Nia Fairweather', 'Tomas Reyes', 'Ada Lindgren'])
    return '<div class="byline"><span class="author">By <a href="/authors/%s">%s</a></span> <time datetime="%sT07:00:00Z">%s</time> <span class="read-time">%d min read</span></div>' % (
        slug(who), who, st['when'], d_long(st['when']) if n % 2 else d_uk(st['when']), random.randint(2, 6))


def year(st):
    return int(st['when'][:4])


def article_dom(st, n, pcls=''):
    d = deck(st)
    return ('<article class="story"><header><a class="kicker" href="/local">Local</a><h1>%s</h1>%s%s</header>%s'
            '<div class="story-body">%s</div>%s</article>') % (
        E(st['title']), '<p class="standfirst">%s</p>' % E(d) if d else '', byline(st, n), share(n), html_body(st, pcls),
        '<div class="tags"><span>Topics:</span> <a href="/t/local">Local</a> <a href="/t/council">Council</a></div>')


def shell_main():
    return ('<main id="main-content"><div class="article-skeleton" aria-busy="true" aria-label="Loading">'
            '<div class="skeleton skeleton--headline"></div><div class="skeleton skeleton--line"></div><div class="skeleton skeleton--line"></div>'
            '<div class="skeleton skeleton--line short"></div></div></main>')


def next_data(page_props, page='/news/[slug]', st=None, ascii_=False):
    o = {'props': {'pageProps': page_props, '__N_SSP': True}, 'page': page, 'query': {'slug': slug(st['title'])},
         'buildId': 'k3Vq%04dXbZ' % random.randint(0, 9999), 'isFallback': False, 'gssp': True, 'scriptLoader': []}
    return '<script id="__NEXT_DATA__" type="application/json">%s</script>' % nextjson(o, ascii_)


def next_scripts():
    return ('<script src="/_next/static/chunks/webpack-8f1c2a.js" defer></script><script src="/_next/static/chunks/framework-2c79e2.js" defer></script>'
            '<script src="/_next/static/chunks/main-0a5e91.js" defer></script><script src="/_next/static/chunks/pages/_app-77a1b4.js" defer></script>')


def teasers(st, k=3):
    return [{'id': 1000 + i, 'headline': o['title'], 'slug': slug(o['title']), 'summary': first_p(o)[:120],
             'image': {'url': '/img/%d.jpg' % i, 'alt': ''}} for i, o in enumerate(others(st, k))]


def header(st, n):
    return '<header class="masthead"><a class="logo" href="/">%s</a>%s<a class="btn" href="/subscribe">Subscribe</a></header>' % (E(st['site']), nav(NAVS[n % 3]))


# ---------------- Next.js pages router ----------------

def t_np_full(st, n):
    props = {'article': {'id': 5000 + n, 'headline': st['title'], 'standfirst': deck(st), 'body': html_body(st),
                         'publishedAt': st['when'] + 'T07:00:00Z', 'section': 'local'},
             'related': teasers(st), 'navigation': [{'label': x, 'href': '/' + slug(x)} for x in NAVS[0]]}
    return (head(st) + '<body><div id="__next">' + header(st, n) + '<main>' + article_dom(st, n) + related(st) + newsletter(st['site']) +
            '</main>' + footer(st['site'], year(st)) + '</div>' + next_data(props, st=st) + next_scripts() + '</body></html>\n')


def t_np_shell(st, n):
    v = n % 3
    if v == 0:
        props = {'story': {'title': st['title'], 'bodyHtml': html_body(st), 'byline': 'Staff reporter'}, 'teasers': teasers(st)}
    elif v == 1:
        blocks = []
        for c, val in body_items(st):
            blocks.append({'type': {'P': 'paragraph', 'H': 'heading', 'LI': 'paragraph', 'Q': 'paragraph'}[c], 'content': val})
            if len(blocks) == 2:
                blocks.append({'type': 'image', 'url': '/img/lead.jpg', 'caption': 'The scene on Monday morning. Photograph: agency'})
        props = {'data': {'article': {'headline': st['title'], 'content': blocks}}, 'ads': {'slots': ['top', 'mpu']}}
    else:
        props = {'page': {'article': {'headline': st['title'], 'body': html_body(st)}}, 'mostRead': teasers(st, 5)}
    return (head(st) + '<body><div id="__next">' + header(st, n) + shell_main() + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st, ascii_=(v == 2)) + next_scripts() + '</body></html>\n')


def t_np_teaser(st, n):
    """The server HTML shows the headline and the first paragraph; the rest is fetched on hydration."""
    props = {'article': {'headline': st['title'], 'lead': first_p(st), 'body': html_body(st), 'wordCount': len(expected(st).split())},
             'related': teasers(st)}
    d = deck(st)
    dom = ('<main><article class="story"><h1>%s</h1>%s%s<div class="story-body" data-hydrate="body"><p>%s</p>'
           '<div class="body-placeholder" aria-hidden="true"><div class="skeleton"></div><div class="skeleton"></div></div></div>'
           '<button class="read-full" disabled>Loading the full story&hellip;</button></article>%s</main>') % (
        E(st['title']), '<p class="standfirst">%s</p>' % E(d) if d else '', byline(st, n), E(first_p(st)), related(st, 3, 'More from ' + st['site']))
    return (head(st) + '<body><div id="__next">' + header(st, n) + dom + newsletter(st['site']) + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st) + next_scripts() + '</body></html>\n')


def contentful_doc(st):
    content = []
    for i, (c, v) in enumerate(body_items(st)):
        if c == 'P':
            words = v.split(' ')
            if i == 1 and len(words) > 8:  # an inline hyperlink inside the paragraph
                a, b, rest = ' '.join(words[:4]) + ' ', ' '.join(words[4:7]), ' ' + ' '.join(words[7:])
                kids = [{'nodeType': 'text', 'value': a, 'marks': [], 'data': {}},
                        {'nodeType': 'hyperlink', 'data': {'uri': 'https://example.org/'}, 'content': [{'nodeType': 'text', 'value': b, 'marks': [], 'data': {}}]},
                        {'nodeType': 'text', 'value': rest, 'marks': [], 'data': {}}]
            else:
                kids = [{'nodeType': 'text', 'value': v, 'marks': [], 'data': {}}]
            content.append({'nodeType': 'paragraph', 'data': {}, 'content': kids})
        elif c == 'H':
            content.append({'nodeType': 'heading-2', 'data': {}, 'content': [{'nodeType': 'text', 'value': v, 'marks': [], 'data': {}}]})
        elif c == 'Q':
            content.append({'nodeType': 'blockquote', 'data': {}, 'content': [{'nodeType': 'paragraph', 'data': {}, 'content': [{'nodeType': 'text', 'value': v, 'marks': [], 'data': {}}]}]})
        if i == 0:
            content.append({'nodeType': 'embedded-asset-block', 'data': {'target': {'sys': {'id': '4xAsset', 'type': 'Link', 'linkType': 'Asset'}}}, 'content': []})
    return {'nodeType': 'document', 'data': {}, 'content': content}


def t_np_contentful(st, n):
    props = {'post': {'sys': {'id': '6Ykq%dLmA' % n, 'contentType': 'newsArticle'},
                      'fields': {'title': st['title'], 'slug': slug(st['title']), 'excerpt': first_p(st)[:140], 'body': contentful_doc(st),
                                 'heroImage': {'fields': {'title': 'Hero', 'description': 'Photograph courtesy of the company'}}}},
             'morePosts': [{'fields': {'title': o['title'], 'excerpt': first_p(o)[:140]}} for o in others(st, 3)], 'preview': False}
    dom = '<main class="post"><div class="post-hero"><div class="spinner" role="status"><span class="sr-only">Loading...</span></div></div></main>'
    return (head(st, ld=(n % 2 == 0)) + '<body><div id="__next">' + header(st, n) + dom + footer(st['site'], year(st)) + '</div>' +
            next_data(props, page='/posts/[slug]', st=st) + next_scripts() + '</body></html>\n')


def portable(st):
    out, k = [], 0
    for i, (c, v) in enumerate(body_items(st)):
        k += 1
        if c == 'P' and ', ' in v and i % 2 == 0:
            a, b = v.split(', ', 1)
            kids = [{'_type': 'span', '_key': 's%da' % k, 'text': a + ', ', 'marks': []}, {'_type': 'span', '_key': 's%db' % k, 'text': b, 'marks': ['em']}]
        else:
            kids = [{'_type': 'span', '_key': 's%d' % k, 'text': v, 'marks': []}]
        blk = {'_type': 'block', '_key': 'b%d' % k, 'style': 'h2' if c == 'H' else 'blockquote' if c == 'Q' else 'normal', 'markDefs': [], 'children': kids}
        if c == 'LI':
            blk['listItem'] = 'bullet'
            blk['level'] = 1
        out.append(blk)
        if i == 1:
            out.append({'_type': 'image', '_key': 'img1', 'asset': {'_ref': 'image-a1b2c3-1200x800-jpg'}, 'caption': 'Volunteers at work in the spring. Photo by the cooperative', 'alt': 'People at work'})
        if i == 2:
            o = others(st, 1)[0]
            out.append({'_type': 'relatedArticle', '_key': 'rel1', 'title': 'Read more: ' + o['title'], 'slug': {'current': slug(o['title'])}})
    return out


def t_np_sanity(st, n):
    props = {'article': {'_id': 'article-%d' % n, 'title': st['title'], 'slug': {'current': slug(st['title'])}, 'body': portable(st),
                         'mainImage': {'caption': 'Photo by the author'}, 'categories': [{'title': 'Community'}]},
             'siteSettings': {'title': st['site'], 'footer': [{'_type': 'block', 'children': [{'_type': 'span', 'text': 'Independent journalism since 2019.'}]}]}}
    if n % 3 == 1:  # the lead paragraph in the markup, the rest in the props
        dom = '<main><article><h1>%s</h1>%s<div class="portable-text"><p>%s</p></div><div class="skeleton"></div></article></main>' % (
            E(st['title']), byline(st, n), E(first_p(st)))
    else:
        dom = shell_main()
    return (head(st, ld=False) + '<body><div id="__next">' + header(st, n) + dom + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st) + next_scripts() + '</body></html>\n')


def strapi_blocks(st):
    out, lst = [], None
    for i, (c, v) in enumerate(body_items(st)):
        if c == 'LI':
            if lst is None:
                lst = {'type': 'list', 'format': 'unordered', 'children': []}
                out.append(lst)
            lst['children'].append({'type': 'list-item', 'children': [{'type': 'text', 'text': v}]})
            continue
        lst = None
        if c == 'H':
            out.append({'type': 'heading', 'level': 2, 'children': [{'type': 'text', 'text': v}]})
        elif c == 'Q':
            out.append({'type': 'quote', 'children': [{'type': 'text', 'text': v}]})
        elif i == 2 and '. ' in v:
            a, b = v.split('. ', 1)
            out.append({'type': 'paragraph', 'children': [{'type': 'text', 'text': a + '. '}, {'type': 'link', 'url': 'https://example.org/x',
                        'children': [{'type': 'text', 'text': b}]}]})
        else:
            out.append({'type': 'paragraph', 'children': [{'type': 'text', 'text': v}]})
    return out


def t_np_strapi(st, n):
    props = {'article': {'data': {'id': n, 'attributes': {'title': st['title'], 'description': first_p(st)[:120], 'blocks': strapi_blocks(st),
                                                           'cover': {'data': {'attributes': {'caption': 'Image supplied'}}}}}},
             'global': {'siteName': st['site'], 'defaultSeo': {'metaTitle': st['site']}}}
    return (head(st) + '<body><div id="__next">' + header(st, n) + shell_main() + newsletter(st['site']) + footer(st['site'], year(st)) + '</div>' +
            next_data(props, page='/article/[slug]', st=st) + next_scripts() + '</body></html>\n')


def t_np_shell_blocks(st, n):
    """Payload CMS's Lexical rich text in the page props; the markup a skeleton."""
    kids = []
    for c, v in body_items(st):
        kids.append({'type': 'heading' if c == 'H' else 'paragraph', 'tag': 'h2' if c == 'H' else None, 'version': 1,
                     'children': [{'type': 'text', 'text': v, 'format': 0, 'version': 1}]})
    props = {'doc': {'title': st['title'], 'content': {'root': {'type': 'root', 'children': kids, 'version': 1}}, 'relatedDocs': teasers(st, 2)}}
    return (head(st) + '<body><div id="__next">' + header(st, n) + shell_main() + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st) + next_scripts() + '</body></html>\n')


def t_np_truncated(st, n):
    props = {'article': {'headline': st['title'], 'body': html_body(st), 'related': teasers(st)}}
    nd = next_data(props, st=st)
    cut = nd.index('\\u003c/p\\u003e') + 40  # a CDN cut the script mid-string
    nd = nd[:cut]
    return (head(st) + '<body><div id="__next">' + header(st, n) + '<main>' + article_dom(st, n) + related(st) + '</main>' +
            footer(st['site'], year(st)) + '</div>' + nd + '</body></html>\n')


def t_faust(st, n):
    rel = others(st, 3)
    apollo = {'ROOT_QUERY': {'post({"id":"%s"})' % slug(st['title']): {'__ref': 'Post:cG9zdDo%d' % n}},
              'Post:cG9zdDo%d' % n: {'__typename': 'Post', 'title': st['title'], 'content': html_body(st), 'date': st['when'] + 'T07:00:00'}}
    for i, o in enumerate(rel):
        apollo['Post:cG9zdDo%d' % (900 + i)] = {'__typename': 'Post', 'title': o['title'], 'content': html_body(o) + html_body(o), 'excerpt': '<p>%s</p>' % E(first_p(o)[:100])}
    props = {'__APOLLO_STATE__': apollo, '__SEED_NODE__': {'databaseId': n, 'uri': '/%s/' % slug(st['title'])}}
    dom = ('<main id="main"><article class="post type-post"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on %s by <a href="/author/editor">Editor</a></div>'
           '<div class="entry-content">%s</div><footer class="entry-footer">Categories: <a href="/c/community">Community</a></footer></article>'
           '<section class="more-posts"><h2>More stories</h2>%s</section></main>') % (
        E(st['title']), d_long(st['when']), html_body(st), ''.join('<article class="card"><h3><a href="#">%s</a></h3><p>%s</p></article>' % (E(o['title']), E(first_p(o)[:100])) for o in rel))
    return (head(st, gen='Faust.js') + '<body><div id="__next">' + header(st, n) + dom + footer(st['site'], year(st)) + '</div>' +
            next_data(props, page='/[...wordpressNode]', st=st) + next_scripts() + '</body></html>\n')


def t_np_brief(st, n):
    """A brief of two lines in the markup; the props carry the next stories of an endless scroll in full."""
    props = {'article': {'headline': st['title'], 'body': html_body(st), 'type': 'brief'},
             'nextStories': [{'headline': o['title'], 'body': html_body(o)} for o in others(st, 2)]}
    dom = '<main><article class="brief"><h1>%s</h1>%s<div class="brief-body">%s</div></article></main>' % (E(st['title']), byline(st, n), html_body(st))
    return (head(st) + '<body><div id="__next">' + header(st, n) + dom + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st) + next_scripts() + '</body></html>\n')


# ---------------- Next.js app router ----------------

def flight(rows):
    """self.__next_f.push chunks carrying the RSC rows (one push per row, as a streamed page has them)."""
    out = ['<script>(self.__next_f=self.__next_f||[]).push([0])</script>']
    for r in rows:
        out.append('<script>self.__next_f.push(%s)</script>' % nextjson([1, r]))
    return ''.join(out)


def rsc_tree(st):
    kids = []
    for i, (c, v) in enumerate(body_items(st)):
        tag = {'P': 'p', 'H': 'h2', 'LI': 'li', 'Q': 'blockquote'}[c]
        kids.append(['$', tag, str(i), {'children': v}])
    return ['$', 'div', None, {'className': 'prose', 'children': kids}]


def app_rows_common():
    return ['0:["$","$L1",null,{"buildId":"Qm9v%04d"}]\n' % random.randint(0, 9999),
            '1:I[7519,["519","static/chunks/519-3f.js"],"default"]\n',
            '2:HL["/_next/static/css/app.css","style"]\n']


def t_app_full(st, n):
    rows = app_rows_common() + ['5:%s\n' % json.dumps(rsc_tree(st), separators=(',', ':')),
                                '6:["$","$L7",null,{"related":%s}]\n' % json.dumps(teasers(st), separators=(',', ':'))]
    dom = '<main class="container">' + article_dom(st, n) + related(st, 3, 'Read next') + '</main>'
    return (head(st, extra='<link rel="stylesheet" href="/_next/static/css/app.css" data-precedence="next">') + '<body class="__variable_a1">' +
            header(st, n) + dom + newsletter(st['site']) + footer(st['site'], year(st)) + flight(rows) + '</body></html>\n')


def t_app_flight(st, n):
    """loading.tsx's skeleton in the markup; the story in a client component's props in the flight rows."""
    v = n % 3
    if v == 0:
        rows = app_rows_common() + ['8:["$","$L9",null,{"article":{"title":%s,"body":%s}}]\n' % (json.dumps(st['title']), json.dumps(html_body(st)))]
    elif v == 1:
        rows = app_rows_common() + ['8:["$","$L9",null,{"post":{"title":%s,"body":%s},"related":%s}]\n' % (
            json.dumps(st['title']), json.dumps(portable(st), separators=(',', ':')), json.dumps(teasers(st), separators=(',', ':')))]
    else:
        b = html_body(st)
        rows = app_rows_common() + ['a:T%x,%s' % (len(b.encode('utf-8')), b),
                                    '8:["$","$L9",null,{"story":{"headline":%s,"html":"$a"}}]\n' % json.dumps(st['title'])]
    dom = ('<main class="container"><div class="animate-pulse space-y-4" role="status"><div class="h-8 w-3/4 rounded bg-gray-200"></div>'
           '<div class="h-4 rounded bg-gray-200"></div><div class="h-4 rounded bg-gray-200"></div><span class="sr-only">Loading...</span></div></main>')
    return (head(st, ld=(v != 1)) + '<body>' + header(st, n) + dom + footer(st['site'], year(st)) + flight(rows) + '</body></html>\n')


def t_app_hidden(st, n):
    """A streamed Suspense boundary: the fallback in place, the story in a hidden div moved in by $RC."""
    dom = ('<main class="container"><!--$?--><template id="B:0"></template><div class="story-skeleton"><p>Loading story&hellip;</p></div><!--/$-->'
           + related(st, 2, 'Also in the news') + '</main>')
    hidden = '<div hidden id="S:0"><article class="story"><h1>%s</h1>%s<div class="prose">%s</div></article></div>' % (
        E(st['title']), byline(st, n), html_body(st))
    rc = '<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c)};$RC("B:0","S:0")</script>'
    rows = app_rows_common() + ['5:%s\n' % json.dumps(rsc_tree(st), separators=(',', ':'))]
    return (head(st) + '<body>' + header(st, n) + dom + footer(st['site'], year(st)) + hidden + rc + flight(rows) + '</body></html>\n')


# ---------------- Nuxt ----------------

def t_nuxt2_full(st, n):
    state = json.dumps({'article': {'title': st['title'], 'body': html_body(st)}, 'related': teasers(st)}, ensure_ascii=False)
    script = ('<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[%s],fetch:{},error:c,state:{menu:{open:b}},'
              'serverRendered:a,routePath:"/news/%s"}}(true,false,null));</script>') % (state.replace('</', '<\\/'), slug(st['title']))
    dom = ('<div id="__nuxt"><div id="__layout"><div class="layout">' + header(st, n) + '<main>' + article_dom(st, n, 'paragraph') + related(st) +
           '</main>' + footer(st['site'], year(st)) + '</div></div></div>')
    return head(st, gen='Nuxt') + '<body>' + dom + script + '<script src="/_nuxt/app.4f2a.js" defer></script></body></html>\n'


def devalue(obj):
    """Nuxt 3's payload form: a flat array, objects' values as indices into it."""
    arr = [None]

    def put(v):
        if isinstance(v, dict):
            i = len(arr)
            arr.append(None)
            arr[i] = {k: put(x) for k, x in v.items()}
            return i
        if isinstance(v, list):
            i = len(arr)
            arr.append(None)
            arr[i] = [put(x) for x in v]
            return i
        arr.append(v)
        return len(arr) - 1
    arr[0] = ['ShallowReactive', 1]
    arr.append(None)
    arr[1] = {'data': put({'article-' + slug(st_cur[0]['title']): obj}), 'state': put({}), 'once': put(['Set']), '_errors': put({}), 'serverRendered': put(True)}
    return arr


st_cur = [None]


def t_nuxt3(st, n):
    st_cur[0] = st
    payload = devalue({'title': st['title'], 'body': html_body(st), 'related': teasers(st, 2)})
    script = '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">%s</script>' % json.dumps(payload, ensure_ascii=False).replace('</', '<\\/')
    if n % 2:
        main = '<main>' + article_dom(st, n) + '</main>'
    else:  # the body inside <ClientOnly>: its placeholder in the markup
        main = '<main><article><h1>%s</h1>%s<div class="article-body"><span class="client-only-placeholder"></span></div></article></main>' % (E(st['title']), byline(st, n))
    dom = '<div id="__nuxt"><div class="page">' + header(st, n) + main + footer(st['site'], year(st)) + '</div></div>'
    return (head(st, extra='<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.B2c9.js">') + '<body>' + dom + script +
            '<script>window.__NUXT__={};window.__NUXT__.config={public:{},app:{baseURL:"/",buildId:"b1",cdnURL:""}}</script></body></html>\n')


# ---------------- Gatsby, Astro, Vue, plain SPA ----------------

def t_gatsby(st, n):
    fig = ('<figure class="gatsby-resp-image-figure"><span class="gatsby-resp-image-wrapper"><img class="gatsby-resp-image-image" src="/static/a.jpg" alt=""></span>'
           '<figcaption>The team at its base. Photo: supplied</figcaption></figure>')
    body = html_body(st)
    k = body.index('</p>') + 4
    dom = ('<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout">' + header(st, n) +
           '<main><article class="blog-post" itemscope itemtype="http://schema.org/Article"><header><h1 itemprop="headline">%s</h1><p>%s</p></header>'
           '<section itemprop="articleBody">%s</section><hr><footer><div class="bio"><p>Written by <strong>Maren Holt</strong>, who covers the hills for %s.</p></div></footer></article>'
           '<nav class="blog-post-nav"><ul><li><a href="/prev/" rel="prev">&larr; %s</a></li><li><a href="/next/" rel="next">%s &rarr;</a></li></ul></nav></main>'
           + footer(st['site'], year(st)) + '</div></div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute"></div></div>') % (
        E(st['title']), d_long(st['when']), body[:k] + fig + body[k:], E(st['site']), E(others(st, 1)[0]['title']), E(others(st, 2)[1]['title']))
    scripts = ('<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/%s/";window.___webpackCompilationHash="9c1e4b";/*]]>*/</script>'
               '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{\\"app\\":[\\"/app-2f1.js\\"]}";/*]]>*/</script>'
               '<script src="/app-2f1.js" async></script>') % slug(st['title'])
    return head(st, gen='Gatsby 5.13.1') + '<body>' + dom + scripts + '</body></html>\n'


def t_astro(st, n):
    props = {'url': [0, 'https://example.org/news/' + slug(st['title'])], 'related': [1, [[0, {'title': [0, o['title']], 'summary': [0, first_p(o)]}] for o in others(st, 3)]]}
    island = ('<astro-island uid="Z1oXk%d" prefix="r1" component-url="/_astro/ShareRelated.B1x.js" component-export="default" renderer-url="/_astro/client.C3.js" '
              'props="%s" ssr client="visible" opts="{&quot;name&quot;:&quot;ShareRelated&quot;,&quot;value&quot;:true}"><div class="share"><button>Share</button><button>Copy link</button></div></astro-island>') % (
        n, E(json.dumps(props, separators=(',', ':'))))
    comments = '<astro-island uid="Z2c%d" component-url="/_astro/Comments.js" component-export="default" props="{&quot;postId&quot;:[0,%d]}" client="only" opts="{&quot;name&quot;:&quot;Comments&quot;,&quot;value&quot;:&quot;react&quot;}"></astro-island>' % (n, n)
    dom = ('<body>' + header(st, n) + '<main><article class="prose" data-astro-cid-xj2uyz6m><h1 data-astro-cid-xj2uyz6m>%s</h1>%s%s<div class="content" data-astro-cid-xj2uyz6m>%s</div>'
           '<section class="comments"><h2>Comments</h2>%s</section></article></main>' + footer(st['site'], year(st))) % (
        E(st['title']), byline(st, n), island, html_body(st), comments)
    return head(st, gen='Astro v4.15.2', extra='<style>astro-island,astro-slot{display:contents}</style>') + dom + '</body></html>\n'


def t_jsonld_shell(st, n):
    if n % 2:
        ldb = '\n\n'.join(v for c, v in body_items(st))
    else:
        ldb = ''.join('<p>%s</p>' % E(v) for c, v in body_items(st))
    dom = '<body><div id="root"><div class="app-loading"><div class="spinner"></div></div></div><noscript>You need to enable JavaScript to run this app.</noscript>'
    return head(st, ld_body=ldb) + dom + '<script src="/static/js/main.7c1e9a.js"></script></body></html>\n'


def t_noscript(st, n):
    dom = ('<body><div id="root"></div><noscript><div class="no-js-banner">This site works best with JavaScript enabled.</div>'
           '<article><h1>%s</h1><p class="meta">%s</p>%s</article><p><a href="/">Back to the home page</a></p></noscript>') % (
        E(st['title']), d_long(st['when']), html_body(st))
    return head(st) + dom + '<script src="/static/js/bundle.min.js"></script></body></html>\n'


def t_vue_full(st, n):
    nxt = others(st, 1)[0]
    state = {'route': {'path': '/news/' + slug(st['title'])}, 'article': {'title': st['title'], 'body': html_body(st)},
             'nextArticle': {'title': nxt['title'], 'body': html_body(nxt) + html_body(nxt) + html_body(nxt)}, 'user': None}
    dom = ('<div id="app" data-server-rendered="true"><div class="app">' + header(st, n) + '<main>' + article_dom(st, n) +
           '<section class="up-next"><h2>Up next</h2><p>%s</p></section></main>' % E(nxt['title']) + footer(st['site'], year(st)) + '</div></div>')
    script = '<script>window.__INITIAL_STATE__=%s;(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());</script>' % (
        json.dumps(state, ensure_ascii=False).replace('</', '<\\/'))
    return head(st) + '<body>' + dom + script + '<script src="/dist/app.js" defer></script></body></html>\n'


def t_wp_rest(st, n):
    """A headless WordPress front end on a shell: the REST API's post in the props (content.rendered)."""
    post = {'id': 8800 + n, 'date': st['when'] + 'T08:15:00', 'slug': slug(st['title']), 'title': {'rendered': E(st['title'])},
            'content': {'rendered': html_body(st).replace('</p>', '</p>\n'), 'protected': False},
            'excerpt': {'rendered': '<p>%s</p>' % E(first_p(st)[:120])}, '_embedded': {'author': [{'name': 'Newsdesk'}]}}
    props = {'post': post, 'menus': {'primary': [{'title': x, 'url': '/' + slug(x)} for x in NAVS[1]]}}
    return (head(st) + '<body><div id="__next">' + header(st, n) + shell_main() + footer(st['site'], year(st)) + '</div>' +
            next_data(props, page='/[...slug]', st=st) + next_scripts() + '</body></html>\n')


def t_np_paywall(st, n):
    """A metered story: the markup shows the opening paragraphs and the wall; the props carry the whole text.
    What a reader without a subscription sees is the opening: the expected text is the markup's."""
    props = {'article': {'headline': st['title'], 'body': html_body(st) + ''.join(
        '<p>%s</p>' % E(first_p(o)) for o in others(st, 3)), 'isPremium': True}}
    ld = ('<script type="application/ld+json">%s</script>' % json.dumps({
        '@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': st['title'], 'datePublished': st['when'] + 'T06:00:00Z',
        'isAccessibleForFree': False, 'hasPart': {'@type': 'WebPageElement', 'isAccessibleForFree': False, 'cssSelector': '.paywalled'}}))
    dom = ('<main><article><h1>%s</h1>%s<div class="story-body">%s</div><div class="paywalled" hidden></div>'
           '<section class="paywall"><h2>Subscribe to keep reading</h2><p>Get unlimited access to The Capital Ledger for 1 pound a week for 12 weeks.</p>'
           '<a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></section></article></main>') % (E(st['title']), byline(st, n), html_body(st))
    return (head(st, ld=False, extra=ld) + '<body><div id="__next">' + header(st, n) + dom + footer(st['site'], year(st)) + '</div>' +
            next_data(props, st=st) + next_scripts() + '</body></html>\n')


def t_app_rows(st, n):
    """A skeleton; the story's portable text in a row of its own that the client component's props point to ("$c")."""
    rows = app_rows_common() + ['c:%s\n' % json.dumps(portable(st), separators=(',', ':')),
                                '8:["$","$L9",null,{"article":{"title":%s,"body":"$c","related":"$d"}}]\n' % json.dumps(st['title']),
                                'd:%s\n' % json.dumps(teasers(st), separators=(',', ':'))]
    dom = '<main><div class="skeleton" aria-busy="true"></div></main>'
    return head(st) + '<body>' + header(st, n) + dom + footer(st['site'], year(st)) + flight(rows) + '</body></html>\n'


def t_np_cut_ld(st, n):
    """A shell whose __NEXT_DATA__ was cut by a proxy; the JSON-LD states the body."""
    nd = next_data({'article': {'headline': st['title'], 'body': html_body(st)}}, st=st)
    nd = nd[:nd.index('\\u003c/p\\u003e') + 20]
    return (head(st, ld_body='\n\n'.join(v for c, v in body_items(st))) + '<body><div id="__next">' + header(st, n) + shell_main() +
            footer(st['site'], year(st)) + '</div>' + nd + '</body></html>\n')


TPL = dict(np_full=t_np_full, np_shell=t_np_shell, np_teaser=t_np_teaser, np_contentful=t_np_contentful, np_sanity=t_np_sanity,
           np_strapi=t_np_strapi, np_shell_blocks=t_np_shell_blocks, np_truncated=t_np_truncated, faust=t_faust, np_brief=t_np_brief,
           app_full=t_app_full, app_flight=t_app_flight, app_hidden=t_app_hidden, nuxt2_full=t_nuxt2_full, nuxt3=t_nuxt3,
           gatsby=t_gatsby, astro=t_astro, jsonld_shell=t_jsonld_shell, noscript=t_noscript, vue_full=t_vue_full,
           wp_rest=t_wp_rest, np_paywall=t_np_paywall, app_rows=t_app_rows, np_cut_ld=t_np_cut_ld)


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(STORIES, 1):
        page = TPL[st['tpl']](st, n)
        name = os.path.join(OUT, '%02d' % n)
        with open(name + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(name + '.txt', 'w', encoding='utf-8') as f:
            f.write(expected(st))
        with open(name + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': st['when'], 'lang': 'en', 'title': st['title']}, f, ensure_ascii=False)


main()
