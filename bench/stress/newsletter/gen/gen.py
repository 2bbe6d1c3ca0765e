#!/usr/bin/env python3
"""Generate bench/stress/newsletter pages from stories.txt (newsletters and their web archives:
Substack posts free and paywalled, a Substack link digest, Beehiiv, Buttondown, Ghost posts free and
members-only, Mailchimp campaign archives with <br> text and with <p> text, a Campaign-Monitor-like
archive, a Revue-like archive, a media company's morning briefing on its site, an Axios-like local
digest and an old table-and-<font> club newsletter).

Usage: python3 bench/stress/newsletter/gen/gen.py bench/stress/newsletter  (writes NN.html/.txt/.json;
the committed pages are its output: keep it byte-identical when adding stories at the end).

Item codes in stories.txt (body unless said): P paragraph ("**lead:**" bold, "{1}" a footnote marker),
H subheading, I a digest item's headline, L list item, O numbered list item, Q quote, F footnote;
not body: S sponsor block ("label|name|text|button"), G "Go deeper" link line, K classifieds
("A | B | C"), E the edition's credit line ("… was edited by …"), N the signature under the letter."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
BODY = ('P', 'H', 'I', 'L', 'O', 'Q', 'F')


def parse():
    stories = []
    cur = None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('@@ '):
            num, tpl, date, pub, dom, author, title = line[3:].split('|')
            cur = dict(num=num, tpl=tpl, date=date, pub=pub, dom=dom, author=author, title=title, deck='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None:
            continue
        else:
            k, v = line.split(':', 1)
            v = v.strip()
            if k == 'D':
                cur['deck'] = v
            else:
                cur['items'].append((k, v))
    return stories


def plain(v):
    v = re.sub(r'\*\*(.+?)\*\*', r'\1', v)
    v = re.sub(r'\{(\d+)\}', r'\1', v)
    return v


def expected(s):
    out, fn = [], 0
    for k, v in s['items']:
        if k not in BODY:
            continue
        if k == 'F':
            fn += 1
            # a Buttondown footnote's number is the <ol>'s, not text
            out.append(v if s['tpl'] == 'buttondown' else '%d %s' % (fn, v))
        else:
            out.append(plain(v))
    return '\n\n'.join(out) + '\n'


def inline(v, fnstyle='substack'):
    v = E(v, quote=False)
    v = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', v)
    if fnstyle == 'substack':
        v = re.sub(r'\{(\d+)\}', r'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-\1" href="#footnote-\1" target="_self">\1</a>', v)
    else:
        v = re.sub(r'\{(\d+)\}', r'<sup id="fnref\1"><a href="#fn\1" class="footnote-ref">\1</a></sup>', v)
    return v


def slug(t):
    return genlib.slug(t, 60)


def url_of(s):
    return 'https://%s.example.com/p/%s' % (s['dom'], slug(s['title']))


def desc_of(s):
    if s['deck']:
        return s['deck']
    for k, v in s['items']:
        if k == 'P':
            return plain(v)[:180]
    return s['title']


def month_day(s):
    y, m, d = s['date'].split('-')
    mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][int(m) - 1]
    return '%s %d, %s' % (mon, int(d), y)


def long_date(s):
    y, m, d = s['date'].split('-')
    mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'][int(m) - 1]
    return '%s %d, %s' % (mon, int(d), y)


def jsonld(s, kind='NewsArticle'):
    return '<script type="application/ld+json">%s</script>' % json.dumps({
        '@context': 'https://schema.org', '@type': kind, 'headline': s['title'], 'description': desc_of(s),
        'datePublished': s['date'] + 'T07:00:00-05:00', 'url': url_of(s),
        'author': [{'@type': 'Person', 'name': s['author']}], 'publisher': {'@type': 'Organization', 'name': s['pub']}})


def head(s, css, extra=''):
    t = E(s['title'])
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:description" content="%s">\n<meta property="og:url" content="%s">\n'
            '<meta property="og:site_name" content="%s">\n<meta property="article:published_time" content="%sT07:00:00-05:00">\n'
            '<meta name="twitter:card" content="summary_large_image">\n%s\n<style>%s</style>\n%s</head>\n') % (
        t + ' - ' + E(s['pub']), E(desc_of(s)), url_of(s), t, E(desc_of(s)), url_of(s), E(s['pub']), s['date'],
        jsonld(s), css, extra)


def css_blob(prefix, n):
    props = ['margin:0 auto', 'padding:0 16px', 'max-width:728px', 'font-size:17px', 'line-height:1.55',
             'color:#222', 'border-bottom:1px solid #e6e6e6', 'display:flex', 'gap:8px', 'border-radius:4px',
             'font-weight:600', 'text-decoration:none', 'background:#fafafa', 'align-items:center']
    names = ['wrap', 'inner', 'post', 'btn', 'nav', 'footer', 'header', 'card', 'meta', 'item', 'label', 'cta']
    out = []
    for i in range(n):
        out.append('.%s-%s%s{%s}' % (prefix, random.choice(names), random.choice(['', '__x', '--on', ':hover']),
                                    ';'.join(random.sample(props, 3))))
    return ''.join(out)


def footnotes_substack(s):
    out, fn = [], 0
    for k, v in s['items']:
        if k == 'F':
            fn += 1
            out.append('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%d" href="#footnote-anchor-%d" class="footnote-number" contenteditable="false" target="_self">%d</a><div class="footnote-content"><p>%s</p></div></div>' % (fn, fn, fn, inline(v)))
    return '\n'.join(out)


def sponsor_html(v, style='div'):
    label, name, text, cta = (v.split('|') + ['', '', '', ''])[:4]
    if style == 'td':
        return ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f1ea;border:1px solid #e2dccd"><tr><td style="padding:18px 22px;font-family:Georgia,serif;font-size:15px;line-height:22px;color:#333">'
                '<span style="font-size:11px;letter-spacing:1px;text-transform:uppercase;color:#8a7f66">%s</span><br>'
                '<strong style="font-size:17px">%s</strong><br>%s%s</td></tr></table>') % (
            E(label), E(name), E(text), ('<br><br><a href="https://ads.example.net/c?u=%s" style="background:#1d4e89;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">%s</a>' % (slug(name), E(cta))) if cta else '')
    return ('<div class="sponsor-block" data-ad="native"><div class="sponsor-label">%s</div>'
            '<div class="sponsor-logo"><img src="https://cdn.example.net/sponsors/%s.png" alt="%s" width="120"></div>'
            '<p><strong>%s</strong> %s</p>%s</div>') % (
        E(label), slug(name), E(name), E(name), E(text),
        ('<a class="sponsor-cta button" href="https://ads.example.net/c?u=%s" rel="sponsored">%s</a>' % (slug(name), E(cta))) if cta else '')


def classifieds_html(v, tag='div'):
    parts = [p.strip() for p in v.split('|')]
    first = parts[0]
    label = ''
    m = re.match(r'^([A-Za-z ]+?)(?::| —) (.*)$', first)
    if m:
        label, parts[0] = m.group(1), m.group(2)
    if tag == 'td':
        return ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 20px;font-family:Arial,sans-serif;font-size:13px;line-height:19px;color:#555;border-top:2px solid #ddd">'
                '<strong style="text-transform:uppercase;font-size:12px">%s</strong><br>%s</td></tr></table>') % (
            E(label or 'Classifieds'), '<br>'.join(E(p) for p in parts))
    return '<div class="classifieds"><h4>%s</h4><ul>%s</ul><p class="small">Place a classified: <a href="/classifieds">$25 for 25 words</a></p></div>' % (
        E(label or 'Classifieds'), ''.join('<li>%s</li>' % E(p) for p in parts))


def blocks_html(s, fnstyle='substack', hitem='h3', hsub='h2', link_items=False, go_cls='go-deeper',
                sponsor='div', classifieds='div', skip=('E', 'N')):
    """The body as ordinary HTML: p, h2/h3, ul/ol, blockquote; furniture items as their boxes."""
    out, lst = [], None
    fn = 0
    for k, v in s['items']:
        if lst and k != lst:
            out.append('</%s>' % ('ul' if lst == 'L' else 'ol'))
            lst = None
        if k == 'P':
            out.append('<p>%s</p>' % inline(v, fnstyle))
        elif k == 'H':
            out.append('<%s>%s</%s>' % (hsub, E(v), hsub))
        elif k == 'I':
            if link_items:
                out.append('<%s class="item-title"><a href="https://%s.example.com/r/%s">%s</a></%s>' % (hitem, s['dom'], slug(v), E(v), hitem))
            else:
                out.append('<%s>%s</%s>' % (hitem, E(v), hitem))
        elif k in ('L', 'O'):
            if not lst:
                out.append('<%s>' % ('ul' if k == 'L' else 'ol'))
                lst = k
            out.append('<li><p>%s</p></li>' % inline(v, fnstyle))
        elif k == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'S':
            out.append(sponsor_html(v, sponsor))
        elif k == 'G':
            out.append('<p class="%s"><strong>Go deeper:</strong> <a href="https://%s.example.com/%s">%s</a></p>' % (go_cls, s['dom'], slug(v), E(v.replace('Go deeper: ', '').replace('Read the ', 'The '))))
        elif k == 'K':
            out.append(classifieds_html(v, classifieds))
        elif k in skip:
            continue
        elif k == 'E':
            out.append('<p class="credits"><em>%s</em></p>' % E(v))
        elif k == 'N':
            out.append('<p>%s</p>' % E(v))
    if lst:
        out.append('</%s>' % ('ul' if lst == 'L' else 'ol'))
    return '\n'.join(out)


def item_of(s, k):
    return [v for kk, v in s['items'] if kk == k]


# ---------------------------------------------------------------- Substack

def substack_comments():
    names = ['Marguerite L.', 'Dan Kowalczyk', 'Theo', 'Patricia Ambrose', 'quietreader', 'Hal Brenner']
    texts = ['This is exactly why I subscribe. Nobody else is reading these documents.',
             'I had no idea. Thank you for doing the work.',
             'Sharing this with my neighbours. We need more of this.',
             'Great piece, though I think you are a little hard on the staff here.',
             'Forwarded to my sister, who will have opinions.',
             'Came here from a friend\'s recommendation and just subscribed.']
    out = []
    for i in range(random.randint(3, 5)):
        out.append('<div class="comment"><div class="comment-meta"><a class="commenter-name" href="/profile/%d">%s</a><span class="comment-date">%dh</span></div>'
                   '<div class="comment-body"><p>%s</p></div><div class="comment-actions"><button>Like (%d)</button><button>Reply</button><button>Share</button></div></div>' % (
                       i, names[i], random.randint(1, 20), texts[i], random.randint(0, 14)))
    return '\n'.join(out)


def substack_shell(s, article_inner, after=''):
    css = css_blob('pc', 60)
    likes, comments, restacks = random.randint(12, 480), random.randint(2, 90), random.randint(1, 40)
    byline = ('<div class="post-header"><h1 class="post-title unset-width">%s</h1><h3 class="subtitle">%s</h3>'
              '<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.example.com/@%s">%s</a></div>'
              '<div class="post-date">%s</div></div>'
              '<div class="post-ufi"><a class="like-button"><span class="label">%d</span></a><a class="comment-button"><span class="label">%d</span></a>'
              '<a class="restack-button"><span class="label">%d</span></a><a class="share-button"><span class="label">Share</span></a></div></div>') % (
        E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), month_day(s), likes, comments, restacks)
    nav = ('<div class="topbar"><div class="navbar-title"><a href="/">%s</a></div><div class="navbar-buttons">'
           '<button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in">Sign in</button></div></div>') % E(s['pub'])
    return (head(s, css) + '<body><div id="entry"><div id="main" class="main typography use-theme-bg">\n' + nav +
            '\n<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">\n' +
            byline + '\n' + article_inner + '\n</article>\n' +
            '<div class="post-footer"><div class="post-ufi"><a class="like-button">%d</a><a class="comment-button">%d</a><a class="restack-button">%d</a><a class="share-button">Share</a></div></div>\n' % (likes, comments, restacks) +
            after +
            '<div class="single-post-section comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4>'
            '<div class="comments-page"><div class="comment-input">Write a comment...</div>\n' + substack_comments() + '\n</div></div></div>\n'
            '<div class="post-end-cta-full"><h3>Ready for more?</h3><div class="subscribe-widget"><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div>\n'
            '</div></div></div>\n<div class="footer-wrap"><div class="footer"><div class="footer-copyright">© 2026 %s</div><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a>'
            '<div class="footer-substack"><a href="https://substack.example.com/signup">Start writing</a><a href="https://substack.example.com/app">Get the app</a></div>'
            '<div class="footer-terms">Substack is the home for great culture</div></div></div>\n'
            '</div></div><script>window._preloads = {"isFreemail":true,"language":"en"}</script></body></html>\n') % E(s['author'])


def substack_subscribe_widget(s):
    return ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;%s/subscribe&quot;}" data-component-name="SubscribeWidgetToDOM">'
            '<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading %s! Subscribe for free to receive new posts and support my work.</p></div>'
            '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>') % (
        url_of(s), E(s['pub']))


def substack_share_button(s):
    return ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton">'
            '<a class="button primary" href="%s?action=share"><span>Share</span></a></p>') % (url_of(s), url_of(s))


def t_substack(s):
    body = blocks_html(s, skip=('E',))
    paras = body.split('\n')
    # a subscribe widget after the third block and a share button near the end
    paras.insert(3, substack_subscribe_widget(s))
    paras.insert(len(paras) - 1, substack_share_button(s))
    fns = footnotes_substack(s)
    inner = '<div class="available-content"><div dir="auto" class="body markup">\n' + '\n'.join(paras) + (
        '\n<div class="footnotes">' + fns + '</div>' if fns else '') + '\n' + substack_subscribe_widget(s) + '\n</div></div>'
    return substack_shell(s, inner)


def t_substackpaid(s):
    body = blocks_html(s)
    inner = ('<div class="available-content"><div dir="auto" class="body markup">\n' + body + '\n</div></div>\n'
             '<div class="paywall"><div class="paywall-title"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2></div>'
             '<div class="paywall-content"><p>Subscribe to %s to keep reading this post and get 7 days of free access to the full post archives.</p>'
             '<a class="button primary" href="/subscribe?simple=true&amp;next=%s">Start trial</a>'
             '<div class="paywall-login"><span>Already a paid subscriber? </span><a href="/sign-in">Sign in</a></div></div></div>') % (E(s['pub']), url_of(s))
    return substack_shell(s, inner)


def t_substackdigest(s):
    body = blocks_html(s, hitem='h2', link_items=False, go_cls='link-line', skip=('E',))
    body = body.replace('<p class="link-line"><strong>Go deeper:</strong>', '<p class="link-line">→')
    inner = '<div class="available-content"><div dir="auto" class="body markup">\n' + body + '\n' + substack_share_button(s) + '\n' + substack_subscribe_widget(s) + '\n</div></div>'
    return substack_shell(s, inner)


# ---------------------------------------------------------------- Beehiiv

def t_beehiiv(s):
    css = css_blob('bh', 70)
    items = item_of(s, 'I')
    toc = ''
    if len(items) >= 3:
        toc = ('<div class="toc-block" style="border:1px solid #e5e7eb;border-radius:8px;padding:16px"><p style="font-weight:700">In today\'s issue:</p><ul>%s</ul></div>') % ''.join(
            '<li><p><a href="#%s">%s</a></p></li>' % (slug(i), E(i)) for i in items)
    body_parts = []
    for k, v in s['items']:
        pass
    body = blocks_html(s, hitem='h2', hsub='h3', skip=('E',))
    body = re.sub(r'<h2>(.*?)</h2>', lambda m: '<h2 id="%s" class="heading">%s</h2>' % (slug(html.unescape(m.group(1))), m.group(1)), body)
    ref = ('<div class="referral-program" style="background:#f3f4f6;border-radius:8px;padding:20px;text-align:center">'
           '<h3>Share %s</h3><p>Share and earn rewards! You currently have <strong>0</strong> referrals, only <strong>3</strong> away from receiving the sticker pack.</p>'
           '<p><a href="https://%s.example.com/subscribe?ref=PLACEHOLDER">Click to share</a> · Or copy and paste this link to others: https://%s.example.com/subscribe?ref=Xk29aQ</p></div>') % (
        E(s['pub']), s['dom'], s['dom'])
    poll = ('<div class="poll"><p><strong>How did you like today\'s newsletter?</strong></p><ul class="poll-options"><li><a href="?poll=1">🔥 Loved it</a></li>'
            '<li><a href="?poll=2">👍 It was fine</a></li><li><a href="?poll=3">👎 Not for me</a></li></ul><p class="poll-login">Login or Subscribe to participate in polls.</p></div>')
    return (head(s, css) + '<body class="bg-wt-background"><div id="root"><header class="sticky top-0"><nav class="flex justify-between">'
            '<a href="/" class="publication-logo"><img src="/logo.png" alt="%s"></a><div class="hidden sm:flex"><a href="/">Home</a><a href="/archive">Posts</a><a href="/upgrade">Upgrade</a></div>'
            '<div><a class="btn" href="/login">Login</a><a class="btn btn-primary" href="/subscribe">Subscribe</a></div></nav></header>\n'
            '<main><div class="mx-auto max-w-2xl"><div class="space-y-4"><h1 class="text-3xl font-bold">%s</h1><h2 class="text-lg text-wt-text-secondary">%s</h2>'
            '<div class="flex items-center"><img class="rounded-full" src="/a.png" alt=""><div><p class="text-sm font-semibold">%s</p><p class="text-xs">%s</p></div></div></div>\n'
            '<div class="rendered-post"><div id="content-blocks">\n%s\n%s\n%s\n%s\n</div></div>\n'
            '<div class="subscribe-cta"><h3>Keep reading %s</h3><form><input type="email" placeholder="Enter Your Email"><button>Subscribe</button></form><p class="text-xs">By subscribing you agree to our Privacy Policy and Terms of Use.</p></div>\n'
            '</div></main><footer class="bg-wt-footer"><div class="mx-auto"><p>© 2026 %s.</p><div><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a></div>'
            '<p class="powered">Powered by beehiiv</p></div></footer></div></body></html>\n') % (
        E(s['pub']), E(s['title']), E(s['deck']), E(s['author'] if s['author'] != 'Staff' else s['pub']), month_day(s),
        toc, body, poll, ref, E(s['pub']), E(s['pub']))


# ---------------------------------------------------------------- Buttondown

def t_buttondown(s):
    css = 'body{font-family:system-ui;max-width:640px;margin:40px auto;padding:0 20px;line-height:1.6}' + css_blob('bd', 40)
    body = blocks_html(s, fnstyle='md', skip=('E',))
    fns = item_of(s, 'F')
    body = '\n'.join(l for l in body.split('\n'))
    # footnotes are rendered in a markdown footnote section
    fnhtml = ''
    if fns:
        fnhtml = '<div class="footnote"><hr><ol>%s</ol></div>' % ''.join(
            '<li id="fn%d"><p>%s&#160;<a class="footnote-backref" href="#fnref%d" title="Jump back to footnote %d in the text">&#8617;</a></p></li>' % (i + 1, E(f), i + 1, i + 1) for i, f in enumerate(fns))
    # the expected form of a Buttondown footnote: number from the <ol>, text
    body = '\n'.join(l for l in body.split('\n') if not l.startswith('<p>%s</p>' % '') )
    return (head(s, css) + '<body><header class="archive-header"><a href="/%s">%s</a><nav><a href="/%s/archive">Archive</a></nav></header>\n'
            '<main><div class="email-detail"><div class="email-detail__header"><h1 class="subject">%s</h1><div class="email-detail__meta"><date>%s</date></div></div>\n'
            '<div class="email-body-content">\n%s\n%s\n</div>\n'
            '<div class="email-detail__footer"><p>You\'re reading <strong>%s</strong>, a newsletter by %s. If you like it, you can <a href="/%s">subscribe</a> to get it in your inbox.</p>'
            '<form class="subscribe-form" action="https://buttondown.example.com/api/emails/embed-subscribe/%s" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form>'
            '<p class="previous-next"><a href="/%s/archive/prev">← Previous issue</a> · <a href="/%s/archive/next">Next issue →</a></p></div></div></main>\n'
            '<footer><p>Powered by Buttondown, the easiest way to start and grow your newsletter.</p></footer></body></html>\n') % (
        s['dom'], E(s['pub']), s['dom'], E(s['title']), long_date(s), body, fnhtml, E(s['pub']), E(s['author']),
        s['dom'], s['dom'], s['dom'], s['dom'])


# ---------------------------------------------------------------- Ghost

def ghost_shell(s, content, after=''):
    css = css_blob('gh', 80)
    return (head(s, css, '<meta name="generator" content="Ghost 5.96">\n') + '<body class="post-template">\n<div class="viewport"><div class="site-content">'
            '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div>'
            '<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>'
            '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>\n'
            '<main id="site-main" class="site-main"><article class="article post">\n<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/newsletter/">Newsletter</a></span></div>'
            '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p><div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/%s/" class="author-avatar"><img class="author-profile-image" src="/content/images/a.jpg" alt="%s"></a></li></ul>'
            '<div class="article-byline-meta"><h4 class="author-name"><a href="/author/%s/">%s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %d min read</span></div></div></div></div>'
            '<figure class="article-image"><img src="/content/images/2026/feature.jpg" alt=""></figure></header>\n'
            '<section class="gh-content gh-canvas">\n%s\n</section>\n%s</article>\n'
            '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>\n'
            '<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-image-link" href="/older/"><h2 class="post-card-title">An earlier issue worth your time</h2></a><div class="post-card-excerpt">From the archive: the story that started this newsletter.</div></article>'
            '<article class="post-card"><a href="/second/"><h2 class="post-card-title">What readers asked us this month</h2></a></article></div></aside></main>\n'
            '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2026</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a><a href="/contact/">Contact</a></nav><div class="gh-powered-by"><a href="https://ghost.example.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>\n'
            '</div></div><script src="/assets/built/casper.js"></script></body></html>\n') % (
        E(s['pub']), E(s['title']), E(s['deck']), slug(s['author']), E(s['author']), slug(s['author']), E(s['author']), s['date'], month_day(s),
        random.randint(3, 8), content, after, E(s['pub']))


def t_ghost(s):
    body = blocks_html(s, skip=('E',))
    parts = body.split('\n')
    # a bookmark card (a related link) and a callout with the sign-up after the second block
    parts.insert(2, '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://%s.example.com/earlier/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Earlier: what we learned last time</div><div class="kg-bookmark-description">A look back at the first issue on this subject, and what has changed since.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">%s</span></div></div></a></figure>' % (s['dom'], E(s['pub'])))
    parts.append('<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>%s is reader-supported. If you value this work, consider becoming a paid member.</p></div><a href="#/portal/signup" class="kg-cta-button">Become a member</a></div></div>' % E(s['pub']))
    return ghost_shell(s, '\n'.join(parts))


def t_ghostpaid(s):
    body = blocks_html(s)
    cta = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #15212A"><h2>This post is for paying subscribers only</h2>'
           '<a class="gh-post-upgrade-cta-button" href="#/portal/signup">Subscribe now</a><p><small>Already have an account? <a data-portal="signin">Sign in</a></small></p></div></aside>')
    return ghost_shell(s, body + '\n' + cta)


# ---------------------------------------------------------------- Mailchimp

MC_TD = 'padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;mso-line-height-rule:exactly;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;word-break:break-word;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;'


def mc_textblock(inner):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnTextBlock" style="min-width:100%%;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;">'
            '<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;mso-line-height-rule:exactly;-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;">'
            '<!--[if mso]><table align="left" border="0" cellspacing="0" cellpadding="0" width="100%%" style="width:100%%;"><tr><![endif]--><!--[if mso]><td valign="top" width="600" style="width:600px;"><![endif]-->'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%%;min-width:100%%;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;" width="100%%" class="mcnTextContentContainer"><tbody><tr>'
            '<td valign="top" class="mcnTextContent" style="%s">%s</td></tr></tbody></table><!--[if mso]></td><![endif]--><!--[if mso]></tr></table><![endif]--></td></tr></tbody></table>\n') % (MC_TD, inner)


def mc_divider():
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;table-layout:fixed !important;">'
            '<tbody class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="min-width:100%;padding:18px;"><table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;border-top:2px solid #EAEAEA;border-collapse:collapse;">'
            '<tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>\n')


def mc_spacer():
    return '<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td height="20" style="font-size:20px;line-height:20px;">&nbsp;</td></tr></table>\n'


def mc_image(s, n):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnImageBlock" style="min-width:100%%;border-collapse:collapse;"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner">'
            '<table align="left" width="100%%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%%;border-collapse:collapse;"><tbody><tr><td class="mcnImageContent" valign="top" style="padding-right:9px;padding-left:9px;padding-top:0;padding-bottom:0;text-align:center;">'
            '<img align="center" alt="" src="https://mcusercontent.example.com/%s/images/%d.jpg" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;border:0;height:auto;outline:none;text-decoration:none;" class="mcnImage">'
            '</td></tr></tbody></table></td></tr></tbody></table>\n') % (s['dom'], n)


def mc_button(label, href):
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnButtonBlock" style="min-width:100%%;border-collapse:collapse;"><tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0;padding-right:18px;padding-bottom:18px;padding-left:18px;" valign="top" align="left" class="mcnButtonBlockInner">'
            '<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:separate !important;border-radius:3px;background-color:#2BAADF;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family:Arial;font-size:16px;padding:15px;">'
            '<a class="mcnButton " title="%s" href="%s" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%%;text-align:center;text-decoration:none;color:#FFFFFF;">%s</a></td></tr></tbody></table></td></tr></tbody></table>\n') % (E(label), href, E(label))


def mc_follow():
    icons = ''.join('<td align="center" valign="top" style="padding-right:10px"><a href="https://%s.example.com/x" target="_blank"><img src="https://cdn-images.mailchimp.example/icons/social-block-v2/color-%s-48.png" alt="%s" style="display:block;" height="24" width="24"></a></td>' % (n.lower(), n.lower(), n) for n in ('Facebook', 'Instagram', 'Website', 'Email'))
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnFollowBlock" style="min-width:100%%;border-collapse:collapse;"><tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="mcnFollowContentContainer"><tbody><tr><td align="center" style="padding-left:9px;padding-right:9px;"><table border="0" cellpadding="0" cellspacing="0"><tbody><tr>%s</tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>\n') % icons


def email_text(s, items, para_tag=False, h='h2', sub='h3'):
    """One text cell's inner HTML: paragraphs joined by <br><br> (or <p> when para_tag), headings as h2/h3,
    lists as <ul>, quotes in italics."""
    out = []
    lst = None
    fn = 0
    for k, v in items:
        if lst and k != lst:
            out.append('</%s>' % ('ul' if lst == 'L' else 'ol'))
            lst = None
        if k == 'P':
            t = inline(v, 'md')
            out.append('<p style="margin:10px 0;padding:0;mso-line-height-rule:exactly;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%%;text-align:left;">%s</p>' % t if para_tag else t + '<br>\n<br>')
        elif k == 'H':
            out.append('<%s style="display:block;margin:0;padding:0;color:#202020;font-family:Helvetica;font-size:20px;font-style:normal;font-weight:bold;line-height:125%%;">%s</%s>' % (sub, E(v), sub))
        elif k == 'I':
            out.append('<%s class="null" style="display:block;margin:0;padding:0;color:#202020;font-family:Georgia;font-size:22px;font-weight:bold;line-height:125%%;">%s</%s>' % (h, E(v), h))
        elif k in ('L', 'O'):
            if not lst:
                out.append('<%s>' % ('ul' if k == 'L' else 'ol'))
                lst = k
            out.append('<li style="mso-line-height-rule:exactly;-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;">%s</li>' % inline(v, 'md'))
        elif k == 'Q':
            out.append('<em>%s</em>%s' % (E(v), '' if para_tag else '<br>\n<br>'))
        elif k == 'N':
            out.append(E(v) if not para_tag else '<p style="margin:10px 0">%s</p>' % E(v))
    if lst:
        out.append('</%s>' % ('ul' if lst == 'L' else 'ol'))
    t = '\n'.join(out)
    t = re.sub(r'(<br>\n<br>)$', '', t)
    return t


def split_sections(s):
    """The items cut at each digest headline (I) and at each furniture item: [(kind, [items])]."""
    secs = []
    cur = []
    for k, v in s['items']:
        if k in ('S', 'K', 'E', 'G'):
            if cur:
                secs.append(('text', cur))
                cur = []
            secs.append((k, v))
        elif k == 'I' and cur:
            secs.append(('text', cur))
            cur = [(k, v)]
        else:
            cur.append((k, v))
    if cur:
        secs.append(('text', cur))
    return secs


def mc_page(s, para_tag=False):
    css = ('p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}'
           'body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}.mcnPreviewText{display:none !important;}#outlook a{padding:0;}img{-ms-interpolation-mode:bicubic;}'
           'table{mso-table-lspace:0pt;mso-table-rspace:0pt;}.ReadMsgBody{width:100%;}.ExternalClass{width:100%;}p,a,li,td,blockquote{mso-line-height-rule:exactly;}'
           'a[href^=tel],a[href^=sms]{color:inherit;cursor:default;text-decoration:none;}.templateContainer{max-width:600px !important;}'
           '@media only screen and (max-width: 480px){body,table,td,p,a,li,blockquote{-webkit-text-size-adjust:none !important;}body{width:100% !important;min-width:100% !important;}'
           '.mcnImage{width:100% !important;}.mcnTextContent,.mcnBoxedTextContentColumn{padding-right:18px !important;padding-left:18px !important;}'
           '.mcnTextContent,.mcnTextContent p{font-size:14px !important;line-height:150% !important;}}')
    pre = desc_of(s)
    title = E(s['title'])
    awesome = ('<div id="awesomewrap"><div id="awesomebar"><div class="awesomebar-inner"><a class="subscribe" href="http://eepurl.example.com/%s">Subscribe</a>'
               '<a class="past-issues" href="https://us5.campaign-archive.example.com/home/?u=2b9e&amp;id=%s">Past Issues</a>'
               '<a class="rss" href="https://us5.campaign-archive.example.com/feed?u=2b9e&amp;id=%s">RSS</a>'
               '<div class="translate"><a href="#">Translate</a><select><option>English</option><option>Español</option><option>Français</option><option>Deutsch</option></select></div></div></div></div>\n') % (s['dom'], s['dom'], s['dom'])
    blocks = []
    blocks.append(mc_textblock('<a href="*|ARCHIVE|*" target="_blank" style="color:#656565;font-weight:normal;text-decoration:underline;">View this email in your browser</a>'))
    blocks.append(mc_image(s, 0))
    blocks.append(mc_textblock('<h1 style="display:block;margin:0;padding:0;color:#202020;font-family:Helvetica;font-size:26px;font-style:normal;font-weight:bold;line-height:125%%;text-align:center;">%s</h1><div style="text-align:center;"><span style="font-size:12px">%s</span></div>' % (E(s['pub']), long_date(s))))
    blocks.append(mc_divider())
    n = 1
    for kind, v in split_sections(s):
        if kind == 'text':
            blocks.append(mc_textblock(email_text(s, v, para_tag)))
            if any(k == 'I' for k, _ in v) and random.random() < 0.5:
                blocks.append(mc_button('Read more', 'https://%s.example.com/news/%d' % (s['dom'], n)))
                n += 1
            blocks.append(mc_spacer() if random.random() < 0.5 else mc_divider())
        elif kind == 'S':
            blocks.append(sponsor_html(v, 'td') + '\n')
            blocks.append(mc_spacer())
        elif kind == 'K':
            blocks.append(classifieds_html(v, 'td') + '\n')
        elif kind == 'E':
            blocks.append(mc_textblock('<em>%s</em>' % E(v)))
        elif kind == 'G':
            blocks.append(mc_textblock('<a href="https://%s.example.com/deeper">%s</a>' % (s['dom'], E(v))))
    footer = mc_follow() + mc_divider() + mc_textblock(
        ('<em>Copyright © 2026 %s, All rights reserved.</em><br>You are receiving this email because you signed up on our website or at one of our events.<br><br>'
         '<strong>Our mailing address is:</strong><br><div class="vcard"><span class="org fn">%s</span><div class="adr"><div class="street-address">%d Water Street</div><span class="locality">Hollis</span>, <span class="region">ME</span>  <span class="postal-code">04042</span></div></div><br>'
         '<a href="https://%s.us5.list-manage.example.com/vcard" class="hcard">Add us to your address book</a><br><br>'
         'Want to change how you receive these emails?<br>You can <a href="https://%s.us5.list-manage.example.com/profile">update your preferences</a> or <a href="https://%s.us5.list-manage.example.com/unsubscribe">unsubscribe from this list</a>.<br><br>'
         '<a href="https://%s.us5.list-manage.example.com/forward">Forward to a friend</a>') % (E(s['pub']), E(s['pub']), random.randint(10, 400), s['dom'], s['dom'], s['dom'], s['dom']))
    return ('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta charset="UTF-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:url" content="https://us5.campaign-archive.example.com/?u=2b9e&amp;id=%s">\n'
            '<meta property="og:image" content="https://mcusercontent.example.com/%s/images/0.jpg">\n<style type="text/css">%s</style>\n'
            '<script type="text/javascript">var $j=function(){};function sendEmail(){}</script>\n</head>\n'
            '<body style="height:100%%;margin:0;padding:0;width:100%%;background-color:#FAFAFA;">\n%s'
            '<!--*|IF:MC_PREVIEW_TEXT|*--><!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">%s</span><!--<![endif]--><!--*|END:IF|*-->\n'
            '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable" style="border-collapse:collapse;height:100%%;margin:0;padding:0;width:100%%;background-color:#FAFAFA;"><tr>'
            '<td align="center" valign="top" id="bodyCell" style="height:100%%;margin:0;padding:10px;width:100%%;border-top:0;">\n'
            '<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->\n'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="templateContainer" style="border-collapse:collapse;border:0;max-width:600px !important;">'
            '<tr><td valign="top" id="templatePreheader" style="background-color:#FAFAFA;border-top:0;border-bottom:0;padding-top:9px;padding-bottom:9px;">%s</td></tr>'
            '<tr><td valign="top" id="templateHeader" style="background-color:#FFFFFF;border-top:0;border-bottom:0;padding-top:9px;padding-bottom:0;">%s</td></tr>'
            '<tr><td valign="top" id="templateBody" style="background-color:#FFFFFF;border-top:0;border-bottom:2px solid #EAEAEA;padding-top:0;padding-bottom:9px;">\n%s</td></tr>'
            '<tr><td valign="top" id="templateFooter" style="background-color:#FAFAFA;border-top:0;border-bottom:0;padding-top:9px;padding-bottom:9px;">\n%s</td></tr></table>\n'
            '<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]--></td></tr></table></center>\n'
            '<script type="text/javascript" src="https://us5.campaign-archive.example.com/js/archivebar-desktop.js"></script></body>\n</html>\n') % (
        title, title, E(pre), s['dom'], s['dom'], css, awesome, E(pre), blocks[0], ''.join(blocks[1:3]), ''.join(blocks[3:]), footer)


def t_mailchimp(s):
    return mc_page(s, False)


def t_mailchimp_p(s):
    return mc_page(s, True)


# ---------------------------------------------------------------- Campaign Monitor-like

def cm_col(inner):
    return ('<table class="layout layout--no-gutter" style="border-collapse:collapse;table-layout:fixed;Margin-left:auto;Margin-right:auto;overflow-wrap:break-word;word-wrap:break-word;word-break:break-word;background-color:#ffffff;" align="center" emb-background-style>'
            '<tbody><tr><td class="column" style="padding:0;text-align:left;vertical-align:top;color:#565656;font-size:14px;line-height:21px;font-family:Georgia,serif;width:600px;">'
            '<div style="Margin-left:20px;Margin-right:20px;Margin-top:12px;">%s</div>'
            '<div style="Margin-left:20px;Margin-right:20px;"><div style="mso-line-height-rule:exactly;line-height:10px;font-size:1px;">&nbsp;</div></div>'
            '</td></tr></tbody></table>\n') % inner


def cm_text(items):
    out, lst = [], None
    for k, v in items:
        if lst and k != lst:
            out.append('</ul>')
            lst = None
        if k == 'P':
            out.append('<p style="Margin-top:0;Margin-bottom:20px;font-size:16px;line-height:24px;">%s</p>' % inline(v, 'md'))
        elif k in ('H', 'I'):
            out.append('<h2 style="Margin-top:0;Margin-bottom:16px;font-style:normal;font-weight:normal;color:#3d3d3d;font-size:20px;line-height:28px;font-family:Avenir,sans-serif;"><strong>%s</strong></h2>' % E(v))
        elif k in ('L', 'O'):
            if not lst:
                out.append('<ul style="Margin-top:0;Margin-bottom:0;Margin-left:24px;padding:0;list-style-type:disc;">')
                lst = 'L'
            out.append('<li style="Margin-top:0;Margin-bottom:8px;Margin-left:0;">%s</li>' % inline(v, 'md'))
        elif k == 'Q':
            out.append('<blockquote style="Margin-top:0;Margin-right:0;Margin-bottom:0;padding-right:0;Margin-left:0;padding-left:14px;border-left:4px solid #d9d9d9;"><p style="Margin-top:0;Margin-bottom:20px;font-style:italic;">%s</p></blockquote>' % E(v))
        elif k == 'N':
            out.append('<p style="Margin-top:0;Margin-bottom:0;font-size:16px;line-height:24px;">%s</p>' % E(v))
    if lst:
        out.append('</ul>')
    return ''.join(out)


def t_cm(s):
    css = ('.wrapper .footer__share-button a:hover,.wrapper .footer__share-button a:focus{color:#ffffff!important}.btn a:hover,.btn a:focus,.footer__share-button a:hover,.footer__share-button a:focus,.email-footer__links a:hover,.email-footer__links a:focus{opacity:0.8}'
           '.preheader,.header,.layout,.column{transition:width 0.25s ease-in-out,max-width 0.25s ease-in-out}.preheader td{padding-bottom:8px}.layout,div.header{max-width:400px!important;-fallback-width:95%!important;width:calc(100% - 20px)!important}'
           'div.preheader{max-width:360px!important;-fallback-width:90%!important;width:calc(100% - 40px)!important}.snippet,.webversion{Float:none!important}.stack .column{max-width:400px!important;width:100%!important}'
           '.fixed-width.has-border{max-width:402px!important}.fixed-width.has-border .layout__inner{box-sizing:border-box}.snippet,.webversion{width:50%!important}.ie .btn{width:100%}.ie .stack .column,.ie .stack .gutter{display:table-cell;float:none!important}'
           '@media only screen and (min-width:620px){.wrapper{min-width:600px!important}.wrapper h1{}.wrapper h1{font-size:26px!important;line-height:34px!important}.wrapper h2{}.wrapper h2{font-size:20px!important;line-height:28px!important}.column,.gutter{display:table-cell;Float:none!important;vertical-align:top}}' + css_blob('cm', 25))
    pre = ('<table class="preheader" style="border-collapse:collapse;border-spacing:0;Margin:0 auto;" align="center"><tr><td class="snippet" style="padding:10px 0 5px 0;vertical-align:top;width:280px;">'
           '<div style="Margin-top:0;Margin-bottom:0;color:#adb3b9;font-size:12px;line-height:19px;font-family:sans-serif;">%s</div></td>'
           '<td class="webversion" style="padding:10px 0 5px 0;vertical-align:top;width:280px;text-align:right;"><div style="font-size:12px;line-height:19px;color:#adb3b9;font-family:sans-serif;">'
           '<webversion style="text-decoration:underline;">View web version</webversion></div></td></tr></table>\n') % E(desc_of(s)[:90])
    header = ('<table class="header" style="border-collapse:collapse;border-spacing:0;Margin:0 auto;" align="center"><tr><td style="padding:24px 0;text-align:center;">'
              '<div class="logo" style="font-size:26px;font-weight:700;color:#c3ced9;font-family:Avenir,sans-serif;"><a style="text-decoration:none;color:#1a3a5a;" href="https://%s.example.org/">%s</a></div></td></tr></table>\n') % (s['dom'], E(s['pub']))
    blocks = [cm_col('<h1 style="Margin-top:0;Margin-bottom:0;font-style:normal;font-weight:normal;color:#3d3d3d;font-size:22px;line-height:31px;text-align:center;">%s</h1><p style="Margin-top:12px;Margin-bottom:0;text-align:center;font-size:12px;color:#888;">%s</p>' % (E(s['title']), long_date(s)))]
    for kind, v in split_sections(s):
        if kind == 'text':
            blocks.append(cm_col(cm_text(v)))
            blocks.append('<div style="mso-line-height-rule:exactly;line-height:20px;font-size:20px;">&nbsp;</div>\n')
        elif kind == 'S':
            label, name, text, cta = (v.split('|') + ['', '', '', ''])[:4]
            blocks.append(cm_col('<div style="border:1px dashed #bbb;padding:12px"><p style="Margin-top:0;Margin-bottom:6px;font-size:11px;text-transform:uppercase;color:#999">%s</p><p style="Margin:0"><strong>%s</strong> — %s</p></div>' % (E(label), E(name), E(text))))
        elif kind == 'E':
            blocks.append(cm_col('<p style="Margin-top:0;Margin-bottom:0;font-size:13px;color:#777;"><em>%s</em></p>' % E(v)))
        elif kind == 'K':
            blocks.append(classifieds_html(v, 'td'))
    footer = ('<div role="contentinfo"><div class="layout email-footer" style="Margin:0 auto;max-width:600px;"><div class="layout__inner" style="border-collapse:collapse;display:table;width:100%%;">'
              '<div class="column wide" style="text-align:left;font-size:12px;line-height:19px;color:#adb3b9;font-family:sans-serif;Float:left;max-width:400px;min-width:320px;">'
              '<div style="Margin:10px 20px;"><div class="email-footer__additional-info" style="font-size:12px;line-height:19px;"><div>%s<br>%d Harbor Road, Westmere</div></div>'
              '<div class="email-footer__additional-info" style="font-size:12px;line-height:19px;"><div>You are receiving this email because you subscribed to our mailing list.</div></div>'
              '<div class="email-footer__links"><preferences style="text-decoration:underline;" lang="en">Preferences</preferences>&nbsp;&nbsp;|&nbsp;&nbsp;<forwardtoafriend style="text-decoration:underline;">Forward</forwardtoafriend>&nbsp;&nbsp;|&nbsp;&nbsp;<unsubscribe style="text-decoration:underline;">Unsubscribe</unsubscribe></div></div></div>'
              '<div class="column narrow" style="Float:left;max-width:320px;min-width:200px;"><div class="footer__share-button">'
              '<a style="text-decoration:none;color:#fff;background-color:#7b7b7b;" href="https://www.facebook.example.com/sharer.php?u=x">Like</a> '
              '<a style="text-decoration:none;color:#fff;background-color:#7b7b7b;" href="https://x.example.com/intent/tweet?url=x">Tweet</a></div></div></div></div></div>\n') % (E(s['pub']), random.randint(10, 300))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title><meta name="viewport" content="width=device-width">\n<style type="text/css">%s</style>\n'
            '<meta name="robots" content="noindex,nofollow">\n<meta property="og:title" content="%s">\n</head>\n'
            '<body class="full-padding" style="margin:0;padding:0;-webkit-text-size-adjust:100%%;"><table class="wrapper" style="border-collapse:collapse;table-layout:fixed;min-width:320px;width:100%%;background-color:#f5f7fa;" cellpadding="0" cellspacing="0" role="presentation"><tbody><tr><td>\n'
            '<div role="banner">%s%s</div>\n<div role="section">\n%s</div>\n%s'
            '<div style="line-height:40px;font-size:40px;">&nbsp;</div></td></tr></tbody></table>\n'
            '<img style="overflow:hidden;position:fixed;visibility:hidden !important;display:block !important;height:1px !important;width:1px !important;border:0 !important;margin:0 !important;padding:0 !important;" src="https://%s.cmail20.example.com/t/j-o-abc/o.gif" width="1" height="1" border="0" alt="">\n</body></html>\n') % (
        E(s['title']), css, E(s['title']), pre, header, ''.join(blocks), footer, s['dom'])


# ---------------------------------------------------------------- Revue-like

def t_revue(s):
    css = css_blob('rv', 60)
    out = []
    for k, v in s['items']:
        if k == 'I':
            out.append('<div class="revue-item item--link"><a class="item-link" href="https://%s.example.net/%s"><h3 class="item-title">%s</h3></a><p class="item-source">%s.example.net</p>' % (
                random.choice(['coastreads', 'seajournal', 'longtides', 'designweekly', 'typefacts']), slug(v), E(v), random.choice(['coastreads', 'seajournal', 'longtides'])))
        elif k == 'P':
            out.append('<div class="revue-p"><p>%s</p></div>' % inline(v, 'md'))
        elif k == 'H':
            out.append('<div class="revue-h"><h2>%s</h2></div>' % E(v))
    body = '\n'.join(out)
    body = body.replace('<div class="revue-item item--link">', '</div><div class="revue-item item--link">')
    body = re.sub(r'^</div>', '', body)
    return (head(s, css) + '<body class="issue-page"><header class="profile-header"><a href="/%s"><img class="profile-avatar" src="/avatar.png" alt=""></a><div><h2 class="profile-name">%s</h2>'
            '<p class="profile-description">By %s · A weekly newsletter</p><form class="subscribe-form"><input type="email" placeholder="Your email address"><button>Subscribe</button></form>'
            '<p class="privacy-note">By subscribing, you agree with Revue\'s Terms of Service and Privacy Policy and understand that %s will receive your email address.</p></div></header>\n'
            '<main class="issue"><div class="issue-meta"><span class="issue-number">%s</span> · <time>%s</time> · <a href="/%s/issues">View online</a></div><h1 class="issue-title">%s</h1>\n'
            '<div class="issue-content">\n%s\n</div></div>\n'
            '<div class="issue-footer"><p class="issue-feedback">Did you enjoy this issue? <a href="?rating=yes">Yes</a> <a href="?rating=no">No</a></p>'
            '<p class="issue-author">%s</p><p>In order to unsubscribe, click here. If you were forwarded this newsletter and you like it, you can subscribe here.</p>'
            '<p class="powered">Created with Revue by Twitter.</p><p class="address">%d Mill Lane, Port Aven</p></div></main>\n'
            '<aside class="issues-list"><h3>Previous issues</h3><ul><li><a href="/p/53">Issue #%d: harbours and herring</a></li><li><a href="/p/52">Issue #%d: a week of storms</a></li></ul></aside></body></html>\n') % (
        s['dom'], E(s['pub']), E(s['author']), E(s['author']), s['title'].split(':')[0], long_date(s), s['dom'], E(s['title'].split(': ', 1)[-1]),
        body, E(s['author']), random.randint(10, 99), 1, 2)


# ---------------------------------------------------------------- media company's briefing on its site

def t_briefing(s):
    css = css_blob('so', 90)
    items = item_of(s, 'I')
    toc = '<div class="nl-toc"><h2 class="nl-toc__title">In today\'s newsletter</h2><ul>%s</ul></div>' % ''.join('<li><a href="#%s">%s</a></li>' % (slug(i), E(i)) for i in items)
    parts = []
    for k, v in s['items']:
        if k == 'I':
            parts.append('<h3 id="%s" class="nl-item__headline">%s</h3>' % (slug(v), E(v)))
        elif k == 'H':
            parts.append('<h2 class="nl-section">%s</h2>' % E(v))
        elif k == 'P':
            parts.append('<p class="nl-text">%s</p>' % inline(v, 'md'))
        elif k == 'L':
            parts.append('<li>%s <a href="/news/%s">Read more</a></li>' % (E(v), slug(v)))
        elif k == 'Q':
            parts.append('<blockquote class="nl-quote"><p>%s</p></blockquote>' % E(v))
        elif k == 'E':
            parts.append('<p class="nl-credit"><em>%s</em></p>' % E(v))
    body = '\n'.join(parts)
    body = re.sub(r'((?:<li>.*?</li>\n?)+)', lambda m: '<ul class="nl-list">' + m.group(1).strip() + '</ul>\n', body)
    signup = ('<div class="nl-signup"><h3>Sign up to receive this newsletter</h3><p>Get the %s briefing in your inbox every weekday morning.</p><form><label for="e">Email address</label><input id="e" type="email"><button type="submit">Sign up</button></form>'
              '<p class="nl-signup__fine">By signing up you agree to our Terms of Service and Privacy Policy.</p></div>') % E(s['pub'])
    nav = ''.join('<li><a href="/%s">%s</a></li>' % (x.lower(), x) for x in ('News', 'Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Obituaries', 'Newsletters', 'E-Edition'))
    return (head(s, css) + '<body class="page-newsletter-issue"><div class="ad-leaderboard" id="ad-top"><div class="ad-label">Advertisement</div></div>\n'
            '<header class="site-header"><a class="site-logo" href="/">%s</a><nav class="main-nav"><ul>%s</ul></nav><div class="header-actions"><a href="/subscribe" class="btn-subscribe">Subscribe for $1</a><a href="/login">Log in</a></div></header>\n'
            '<div class="breadcrumbs"><a href="/newsletters">Newsletters</a> › <a href="/newsletters/briefing">Briefing</a></div>\n'
            '<main class="nl-issue"><article class="nl-article"><header class="nl-header"><p class="nl-kicker">Newsletter</p><h1 class="nl-title">%s</h1><p class="nl-meta">By <a href="/staff">%s staff</a> · <time datetime="%s">%s</time></p>'
            '<div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a><a href="#">Print</a></div></header>\n'
            '%s\n%s\n<div class="nl-body">\n%s\n</div>\n%s\n</article>\n'
            '<aside class="sidebar"><div class="ad-rail"><div class="ad-label">Advertisement</div></div><div class="most-read"><h3>Most read</h3><ol><li><a href="/a">Crash closes highway for hours</a></li><li><a href="/b">Restaurant inspections: the month\'s failing grades</a></li><li><a href="/c">Five things to do this weekend</a></li></ol></div>'
            '<div class="more-newsletters"><h3>More newsletters</h3><ul><li><a href="/nl/sports">The Sports Page</a> — Every weekday afternoon</li><li><a href="/nl/food">Eat & Drink</a> — Thursdays</li></ul></div></aside></main>\n'
            '<footer class="site-footer"><p>© 2026 %s. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of service</a></li></ul></footer>\n'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"newsletter"});</script></body></html>\n') % (
        E(s['pub']), nav, E(s['title']), E(s['pub']), s['date'], long_date(s), signup if random.random() < 0.5 else '', toc, body, signup, E(s['pub']))


# ---------------------------------------------------------------- Axios-like local digest (web copy of the email)

def t_smart(s):
    css = css_blob('bk', 70)
    parts = []
    for kind, v in split_sections(s):
        if kind == 'text':
            inner = []
            for k, x in v:
                if k == 'I':
                    inner.append('<h2 class="story-headline">%s</h2>' % E(x))
                elif k == 'P':
                    inner.append('<p>%s</p>' % inline(x, 'md'))
                elif k == 'L':
                    inner.append('<ul><li>%s</li></ul>' % inline(x, 'md'))
            parts.append('<div class="story-block"><div class="story-content">%s</div><div class="story-share"><a href="#">Share</a></div></div>' % ''.join(inner))
        elif kind == 'G':
            parts[-1] = parts[-1].replace('</div><div class="story-share">', '<p class="go-deeper"><a href="/deeper/%s"><strong>Go deeper:</strong> %s</a></p></div><div class="story-share">' % (slug(v), E(v.replace('Go deeper: ', ''))))
        elif kind == 'S':
            label, name, text, cta = (v.split('|') + ['', '', '', ''])[:4]
            parts.append('<div class="sponsored-block"><p class="sponsored-label">%s</p><h3>%s</h3><p>%s</p><a class="cta" href="https://ads.example.net/%s">%s</a></div>' % (E(label), E(name), E(text), slug(name), E(cta)))
        elif kind == 'K':
            ps = [p.strip() for p in v.split('|')]
            lab, ps[0] = ps[0].split(': ', 1)
            parts.append('<div class="job-board"><h3>💼 %s</h3><p>Check out who\'s hiring.</p><ul>%s</ul><p><a href="/jobs">Want to post a job? Click here.</a></p></div>' % (E(lab), ''.join('<li><a href="/jobs/%s">%s</a></li>' % (slug(p), E(p)) for p in ps)))
        elif kind == 'E':
            parts.append('<div class="edition-credits"><p>%s</p></div>' % E(v))
    body = '\n'.join(parts)
    return (head(s, css) + '<body><header class="top"><a class="logo" href="/">%s</a><nav><a href="/local">Local</a><a href="/newsletters">Newsletters</a><a href="/about">About</a></nav><a class="btn" href="/signup">Subscribe</a></header>\n'
            '<main><div class="newsletter-issue"><div class="issue-top"><h1 class="issue-title">%s</h1><div class="issue-meta"><span class="authors">%s</span> <time>%s</time></div></div>\n'
            '<p class="reading-time">Today\'s newsletter is %d words, a %.1f-minute read.</p>\n<div class="issue-body">\n%s\n</div>\n<div class="issue-bottom"><p class="signup-promo">📬 Like this newsletter? <a href="/signup">Sign up for free</a> to get it every morning.</p>'
            '<div class="referral"><h3>Share %s and earn rewards</h3><p>Refer 5 friends to get our sticker pack. Your referral link: <a href="/r/abc">/r/abc</a></p></div></div></div></main>\n'
            '<footer><p>© 2026 %s Media. All rights reserved.</p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/unsubscribe">Unsubscribe</a></footer></body></html>\n') % (
        E(s['pub']), E(s['title']), 'Jordan Pike, Alicia Moreno', long_date(s), len(expected(s).split()) + 180, (len(expected(s).split()) + 180) / 250, body, E(s['pub']), E(s['pub']))


# ---------------------------------------------------------------- old table-and-<font> newsletter

def t_oldmail(s):
    css = css_blob('om', 40)
    out = []
    lst = False
    for k, v in s['items']:
        if k == 'L':
            out.append('&#8226; ' + E(v) + '<br>')
            lst = True
            continue
        if lst:
            out.append('<br>')
            lst = False
        if k == 'P':
            out.append(inline(v, 'md') + '<br><br>')
        elif k == 'H':
            out.append('<font size="4" color="#6b2e1f"><b>%s</b></font><br>' % E(v))
        elif k == 'N':
            out.append('<i>%s</i><br>' % E(v))
    cell = '\n'.join(out)
    return (head(s, css) + '<body bgcolor="#efe8da" style="margin:0"><table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#efe8da"><tr><td align="center">\n'
            '<table width="620" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:6px;font-size:11px;font-family:Verdana" align="center"><font face="Verdana" size="1" color="#666">Having trouble viewing this email? <a href="https://archive.example.com/%s">Click here</a></font></td></tr></table>\n'
            '<table width="620" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #c9bfa8">'
            '<tr><td bgcolor="#6b2e1f" height="80" align="center"><font face="Georgia" size="6" color="#ffffff">%s</font></td></tr>'
            '<tr><td height="12"><img src="https://archive.example.com/spacer.gif" width="1" height="12" alt=""></td></tr>'
            '<tr><td><table width="100%%" cellpadding="0" cellspacing="0"><tr>'
            '<td width="170" valign="top" bgcolor="#f6f1e6" style="padding:12px"><font face="Verdana" size="2"><b>In This Issue</b><br>%s<br><br><b>Quick Links</b><br><a href="https://%s.example.org/">Our Website</a><br><a href="https://%s.example.org/join">Join or Renew</a><br><a href="https://%s.example.org/donate">Donate</a><br><br>'
            '<b>Join Our List</b><br><a href="https://visitor.example.com/optin?m=%s"><img src="https://archive.example.com/join.gif" alt="Join Our Mailing List" border="0"></a></font></td>'
            '<td width="12"><img src="https://archive.example.com/spacer.gif" width="12" height="1" alt=""></td>'
            '<td valign="top" style="padding:12px 12px 12px 0"><font face="Georgia" size="3" color="#222">'
            '<font size="2" color="#888">%s</font><br><br>\n%s\n</font></td></tr></table></td></tr>'
            '<tr><td height="12"><img src="https://archive.example.com/spacer.gif" width="1" height="12" alt=""></td></tr>'
            '<tr><td bgcolor="#f6f1e6" align="center" style="padding:10px"><font face="Verdana" size="1" color="#555"><a href="https://ui.example.com/forward?m=%s">Forward email</a> | <a href="https://visitor.example.com/unsub?m=%s">SafeUnsubscribe®</a> | <a href="https://visitor.example.com/update?m=%s">Update Profile/Email Address</a><br>'
            '%s | %d Elm Street | Millbrook, VT 05000<br>This email was sent to subscriber@example.com by newsletter@%s.example.org.<br>'
            '<a href="https://www.example.com/email-marketing"><img src="https://archive.example.com/logo-tiny.gif" alt="Trusted Email from Example Contact" border="0"></a></font></td></tr></table>\n'
            '</td></tr></table></body></html>\n') % (
        s['dom'], E(s['pub']), '<br>'.join('<a href="#%d">%s</a>' % (i, E(h)) for i, h in enumerate(item_of(s, 'H'))) or '<a href="#0">Letter</a>',
        s['dom'], s['dom'], s['dom'], s['dom'], long_date(s), cell, s['dom'], s['dom'], s['dom'], E(s['pub']), random.randint(10, 200), s['dom'])


# ---------------------------------------------------------------- old two-column HTML newsletter (sidebar cell + content cell)

def t_twocol(s):
    css = css_blob('tc', 30)
    items = item_of(s, 'I')
    content = []
    for kind, v in split_sections(s):
        if kind == 'text':
            rows = []
            for k, x in v:
                if k == 'I':
                    rows.append('<tr><td class="headline" style="font-family:Georgia,serif;font-size:20px;font-weight:bold;color:#1b365d;padding:14px 0 4px 0"><a name="%s"></a>%s</td></tr>' % (slug(x), E(x)))
                elif k == 'P':
                    rows.append('<tr><td class="bodytext" style="font-family:Arial,sans-serif;font-size:14px;line-height:21px;color:#333;padding:0 0 10px 0">%s</td></tr>' % inline(x, 'md'))
            content.append('<table width="100%%" cellpadding="0" cellspacing="0" border="0" class="article">%s</table>' % ''.join(rows))
            content.append('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td height="1" bgcolor="#cccccc" style="font-size:1px;line-height:1px">&nbsp;</td></tr></table>')
        elif kind == 'S':
            label, name, text, cta = (v.split('|') + ['', '', '', ''])[:4]
            content.append('<table width="100%%" cellpadding="8" cellspacing="0" border="0" bgcolor="#f3f3f3"><tr><td style="font-family:Arial;font-size:12px;color:#666"><font size="1">%s</font><br><b>%s</b><br>%s<br><a href="https://ads.example.net/%s">%s</a></td></tr></table>' % (E(label.upper()), E(name), E(text), slug(name), E(cta)))
        elif kind == 'K':
            content.append(classifieds_html(v, 'td'))
        elif kind == 'E':
            content.append('<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="font-family:Arial;font-size:12px;color:#777;padding:10px 0"><i>%s</i></td></tr></table>' % E(v))
    side = ('<td width="180" valign="top" bgcolor="#eef2f7" style="padding:14px;font-family:Arial;font-size:12px;line-height:18px">'
            '<b style="color:#1b365d">IN THIS ISSUE</b><br>%s<br><br><b style="color:#1b365d">WEATHER</b><br>Partly cloudy, 48&deg;<br><br>'
            '<b style="color:#1b365d">QUICK LINKS</b><br><a href="https://%s.example.com/">Website</a><br><a href="https://%s.example.com/obits">Obituaries</a><br><a href="https://%s.example.com/subscribe">Subscribe to print</a></td>') % (
        '<br>'.join('<a href="#%s">%s</a>' % (slug(i), E(i)) for i in items), s['dom'], s['dom'], s['dom'])
    return (head(s, css) + '<body style="margin:0;background:#dde3ea"><table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#dde3ea"><tr><td align="center" style="padding:10px">\n'
            '<table width="680" cellpadding="0" cellspacing="0" border="0"><tr><td align="right" style="font-family:Arial;font-size:11px;color:#666;padding:4px">Can\'t see this email? <a href="https://%s.example.com/nl/%s">View it online</a> | <a href="https://%s.example.com/forward">Forward to a friend</a></td></tr></table>\n'
            '<table width="680" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td colspan="3" bgcolor="#1b365d" style="padding:16px 20px;font-family:Georgia;font-size:28px;color:#fff">%s<br><span style="font-size:13px">%s</span></td></tr>\n'
            '<tr>%s<td width="20">&nbsp;</td><td valign="top" style="padding:6px 20px 10px 0">\n%s\n</td></tr>\n'
            '<tr><td colspan="3" bgcolor="#eef2f7" style="padding:14px 20px;font-family:Arial;font-size:11px;color:#666">You are receiving this email because you subscribed at %s.example.com.<br>'
            '%s, %d Main Street, Harrow, OH 44000<br><a href="https://%s.example.com/unsubscribe">Unsubscribe</a> | <a href="https://%s.example.com/preferences">Update preferences</a> | <a href="https://%s.example.com/privacy">Privacy policy</a></td></tr></table>\n'
            '</td></tr></table></body></html>\n') % (
        s['dom'], s['date'], s['dom'], E(s['pub']), long_date(s), side, '\n'.join(content), s['dom'], E(s['pub']), random.randint(10, 400), s['dom'], s['dom'], s['dom'])


TEMPLATES = {'substack': t_substack, 'substackpaid': t_substackpaid, 'substackdigest': t_substackdigest,
             'beehiiv': t_beehiiv, 'buttondown': t_buttondown, 'ghost': t_ghost, 'ghostpaid': t_ghostpaid,
             'mailchimp': t_mailchimp, 'mailchimp_p': t_mailchimp_p, 'cm': t_cm, 'revue': t_revue,
             'briefing': t_briefing, 'smart': t_smart, 'oldmail': t_oldmail, 'twocol': t_twocol}


def main():
    for s in parse():
        page = TEMPLATES[s['tpl']](s)
        # the themes' style sheets: pad a light page's head to a real page's size
        if len(page.encode()) < 11500:
            page = page.replace('</style>', css_blob('theme', (11500 - len(page.encode())) // 60) + '</style>', 1)
        base = os.path.join(OUT, s['num'])
        with open(base + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(base + '.txt', 'w', encoding='utf-8') as f:
            f.write(expected(s))
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': s['date'], 'lang': 'en', 'title': s['title']}, f)
            f.write('\n')


main()
