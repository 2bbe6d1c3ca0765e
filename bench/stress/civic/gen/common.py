import html, json, random
E = html.escape
WORDS = ['nav','menu','header','footer','card','btn','widget','sidebar','hero','alert','banner','grid','col','row','list','item','title','meta','link','icon','skip','search','tools','share','print']
PROPS = ['margin:0 auto','padding:0 16px','display:flex','line-height:1.5','font-size:1rem','color:#1b1b1b','background:#f0f0f0','border-bottom:1px solid #dfe1e2','font-weight:700','text-decoration:none','gap:8px','max-width:1024px','align-items:center','overflow:hidden']
def css(rng, n):
    out = []
    for i in range(n):
        sel = '.' + rng.choice(WORDS) + rng.choice(['', '__' + rng.choice(WORDS), '-' + rng.choice(WORDS), ' a', ':hover', ' li'])
        out.append(sel + '{' + ';'.join(rng.sample(PROPS, 3)) + '}')
    return ''.join(out)
def script_blob(rng, n):
    lines = []
    for i in range(n):
        lines.append('  window.__cfg%d = {id:"%s", v:%d, flags:[%s]};' % (i, ''.join(rng.choice('abcdef0123456789') for _ in range(12)), rng.randint(1, 999), ','.join(str(rng.randint(0, 9)) for _ in range(6))))
    return '<script>\n' + '\n'.join(lines) + '\n</script>'
def blocks_html(body, figs, fig_html, p_attr=''):
    """body blocks to html; figs: list of (after_index, caption)."""
    out = []
    figmap = {}
    for i, c in figs or []:
        figmap.setdefault(i, []).append(c)
    for i, b in enumerate(body):
        k, v = b
        if k == 'p': out.append('<p%s>%s</p>' % (p_attr, E(v)))
        elif k in ('h2', 'h3'): out.append('<%s>%s</%s>' % (k, E(v), k))
        elif k in ('ul', 'ol'): out.append('<%s>%s</%s>' % (k, ''.join('<li>%s</li>' % E(x) for x in v), k))
        elif k == 'q': out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'table':
            rows = ['<thead><tr>%s</tr></thead>' % ''.join('<th scope="col">%s</th>' % E(c) for c in v[0])]
            rows.append('<tbody>' + ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r) for r in v[1:]) + '</tbody>')
            out.append('<table class="table">%s</table>' % ''.join(rows))
        for c in figmap.get(i, []):
            out.append(fig_html(c))
    return '\n'.join(out)
def blocks_text(body):
    out = []
    for k, v in body:
        if k in ('p', 'h2', 'h3', 'q'): out.append(v)
        elif k in ('ul', 'ol'): out.extend(v)
        elif k == 'table': out.extend(' '.join(r) for r in v)
    return '\n\n'.join(out) + '\n'
def slug(t):
    import re
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')[:60]
def head(a, rng, extra='', title=None, desc=None, og=True, jsonld=None, ncss=60, gen=None):
    t = title or a['title']
    d = desc or a['body'][0][1][:150]
    url = 'https://%s/%s' % (a['domain'], slug(a['title']))
    h = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % E(t)]
    if gen: h.append('<meta name="generator" content="%s">' % gen)
    h.append('<meta name="description" content="%s">' % E(d))
    h.append('<link rel="canonical" href="%s">' % url)
    if og:
        h += ['<meta property="og:type" content="article">', '<meta property="og:title" content="%s">' % E(a['title']),
              '<meta property="og:description" content="%s">' % E(d), '<meta property="og:url" content="%s">' % url,
              '<meta property="og:site_name" content="%s">' % E(a['site']),
              '<meta property="og:image" content="https://%s/images/share-default.png">' % a['domain']]
    if jsonld:
        h.append('<script type="application/ld+json">%s</script>' % json.dumps(jsonld))
    h.append(extra)
    h.append('<link rel="stylesheet" href="/assets/css/main.min.css?v=%d">' % rng.randint(100, 999))
    h.append('<style>%s</style>' % css(rng, ncss))
    h.append(script_blob(rng, 8))
    h.append('</head>')
    return '\n'.join(h)
def menu(items, cls='menu'):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))
def mega(sections):
    out = []
    for name, items in sections:
        out.append('<li class="nav-item has-sub"><button class="nav-toggle" aria-expanded="false">%s</button><div class="submenu">%s</div></li>' % (E(name), menu(items, 'submenu-list')))
    return '<ul class="nav-primary">%s</ul>' % ''.join(out)
