#!/usr/bin/env python3
"""Generate bench/stress/finance pages from arts1/arts2 (original text, invented sites)."""
import html, json, os, random, re, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import slug  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
import arts1, arts2

OUT = sys.argv[1]
ARTS = arts1.A + arts2.A
E = html.escape

SITES = {
    'fool': ('The Lantern Fool', 'lanternfool.example'),
    'alpha': ('Ridge Alpha', 'ridgealpha.example'),
    'mw': ('MarketLedger', 'marketledger.example'),
    'yahoo': ('Quotient Finance', 'finance.quotient.example'),
    'crypto': ('CoinHarbor News', 'coinharbor.example'),
    'nerd': ('PennyCompass', 'pennycompass.example'),
    'biz': ('Boardroom Weekly', 'boardroomweekly.example'),
    'inv': ('TradeScope', 'tradescope.example'),
    'wire': ('Wirehouse News', 'wirehouse.example'),
    'ratings': ('StreetCall Daily', 'streetcall.example'),
    'bizj': ('Metro Business Courier', 'metrobizcourier.example'),
    'contrib': ('Boardroom Weekly', 'boardroomweekly.example'),
}

rnd = random.Random(7)
WORDS = ['header', 'nav', 'card', 'ticker', 'quote', 'footer', 'rail', 'promo', 'btn', 'grid', 'hero', 'meta', 'share']
PROPS = ['display:flex', 'gap:12px', 'padding:0 16px', 'margin:0 auto', 'color:#111', 'font-weight:600',
         'border-bottom:1px solid #ddd', 'line-height:1.55', 'overflow:hidden', 'font-size:.9375rem', 'background:#f6f7f9']


def css(prefix, n=70):
    out = []
    for _ in range(n):
        sel = '.%s-%s%s' % (prefix, rnd.choice(WORDS), rnd.choice(['', '__item', '--up', '--down', ' a', ':hover']))
        out.append('%s{%s}' % (sel, ';'.join(rnd.sample(PROPS, 3))))
    return ''.join(out)


def tick_html(t, style):
    def rep(m):
        sym, ex = m.group(1), m.group(2)
        if style == 'fool':
            return '(<a class="ticker-symbol" href="/quote/%s/%s/">%s: %s</a>)' % (ex.lower(), sym.lower(), ex, sym)
        if style == 'mw':
            return '(<a class="qt-chip" data-track="inline-ticker" href="/investing/stock/%s">%s:%s</a>)' % (sym.lower(), ex, sym)
        return '(%s: <a href="/quote/%s">%s</a>)' % (ex, sym, sym)
    return re.sub(r'\{([A-Z.=]+)\|([A-Z]+)\}', rep, t)


def tick_text(t, style):
    if style == 'mw':
        return re.sub(r'\{([A-Z.=]+)\|([A-Z]+)\}', r'(\2:\1)', t)
    return re.sub(r'\{([A-Z.=]+)\|([A-Z]+)\}', r'(\2: \1)', t)


def price_for(sym):
    r = random.Random(sym)
    p = r.uniform(12, 480)
    c = r.uniform(-4, 4)
    return '%.2f' % p, ('%+.2f%%' % c)


def parse(body):
    return [b.strip() for b in body.strip().split('\n\n') if b.strip()]


class Ctx:
    def __init__(self, a):
        self.a = a
        self.site, self.host = SITES[a['t']]


def render_body(a, style, widgets):
    """Render the DSL body; return (html, expected_blocks)."""
    h, exp = [], []
    for b in parse(a['body']):
        if b.startswith('[KT] '):
            parts = b[5:].split('|')
            h.append(widgets['kt'](parts[0], parts[1:]))
            exp.append(parts[0]); exp.extend(parts[1:])
        elif b.startswith('[QUOTE] '):
            sym, pr, ch = b[8:].split(' ')
            h.append(widgets['quote'](sym, pr, ch))
        elif b.startswith('[CHART] '):
            h.append(widgets['chart'](b[8:]))
        elif b.startswith('[READ] '):
            h.append(widgets['read'](b[7:]))
        elif b == '[NEWS]':
            h.append(widgets['news']())
        elif b.startswith('[INVEST] '):
            h.append(widgets['invest'](b[9:]))
        elif b == '[TG]':
            h.append(widgets['tg']())
        elif b == '[EXCH]':
            h.append(widgets['exch']())
        elif b == '[AD]':
            h.append(widgets['ad']())
        elif b.startswith('[DROP] '):
            h.append('<p>%s</p>' % E(b[7:]))
        elif b.startswith('## '):
            h.append('<h2>%s</h2>' % E(b[3:])); exp.append(b[3:])
        elif b.startswith('> '):
            h.append('<blockquote><p>%s</p></blockquote>' % E(b[2:])); exp.append(b[2:])
        elif b.startswith('- '):
            items = [l[2:] for l in b.split('\n')]
            h.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % tick_html(E(i), style) for i in items))
            exp.extend(tick_text(i, style) for i in items)
        elif re.match(r'1\. ', b):
            items = [re.sub(r'^\d+\. ', '', l) for l in b.split('\n')]
            h.append('<ol>%s</ol>' % ''.join('<li>%s</li>' % E(i) for i in items))
            exp.extend(items)
        elif b.startswith('| '):
            rows = [[c.strip() for c in l[2:].split('|')] for l in b.split('\n')]
            t = ['<table class="%s"><thead><tr>%s</tr></thead><tbody>' % (widgets.get('tablecls', 'data-table'),
                 ''.join('<th>%s</th>' % E(c) for c in rows[0]))]
            for r in rows[1:]:
                t.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r))
            t.append('</tbody></table>')
            h.append(''.join(t))
            exp.extend(' '.join(c for c in r if c) for r in rows)
        else:
            h.append('<p>%s</p>' % tick_html(E(b), style)); exp.append(tick_text(b, style))
    return '\n'.join(h), exp


def head(a, site, host, url, extra_ld='', generator=''):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'],
          "datePublished": a['date'] + "T08:30:00-05:00", "dateModified": a['date'] + "T10:05:00-05:00",
          "author": {"@type": "Person", "name": a['author']},
          "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % host}},
          "mainEntityOfPage": url, "image": ["https://%s/img/%s.jpg" % (host, slug(a['title']))],
          "description": a['dek'] or a['title']}
    if a.get('tickers'):
        ld["about"] = [{"@type": "Corporation", "tickerSymbol": t} for t in a['tickers']]
    g = '<meta name="generator" content="%s">\n' % generator if generator else ''
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s | %s</title>\n%s<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:site_name" content="%s">\n<meta property="og:url" content="%s">\n'
            '<meta property="og:image" content="https://%s/img/%s.jpg">\n'
            '<meta property="article:published_time" content="%sT08:30:00-05:00">\n'
            '<meta property="article:section" content="Markets">\n<meta name="twitter:card" content="summary_large_image">\n'
            '<meta name="news_keywords" content="%s">\n'
            '<style>%s</style>\n<script type="application/ld+json">%s</script>\n%s'
            '<script async src="https://securepubads.example/tag/js/gpt.js"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];window.pageMeta={section:"markets",tickers:%s,paywall:false};</script>\n'
            '</head>\n') % (E(a['title']), E(site), g, E(a['dek'] or a['title']), url, E(a['title']), E(site), url,
                            host, slug(a['title']), a['date'], E(', '.join(a.get('tickers') or ['markets'])),
                            css(site.split()[0].lower()[:4]), json.dumps(ld), extra_ld, json.dumps(a.get('tickers') or []))


def ticker_bar(cls, syms):
    base = syms + ['SPX', 'DJIA', 'COMP', 'US10Y', 'CL.1', 'GC.1', 'BTCUSD', 'EURUSD']
    out = []
    for s in base[:12]:
        p, c = price_for(s)
        out.append('<li class="%s__item %s"><a href="/quote/%s"><span class="sym">%s</span> <span class="px">%s</span> <span class="chg">%s</span></a></li>'
                   % (cls, 'up' if c[0] == '+' else 'down', s, s, p, c))
    return '<div class="%s" role="marquee" aria-label="Market data"><ul>%s</ul></div>' % (cls, ''.join(out))


def nav(cls, items):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items))


HEADLINES = ['Fed officials signal patience as inflation cools', 'Three stocks insiders have been buying',
             'Treasury yields slip ahead of jobs data', 'Why utilities are suddenly hot again',
             'Retail sales beat forecasts in November', 'The biggest IPOs to watch next year',
             'Copper rally pushes miners to two-year highs', 'What a weaker dollar means for your portfolio',
             'Chipmakers lead Nasdaq higher for third day', 'Oil traders brace for OPEC+ decision',
             'Home sales rise for the first time in five months', 'Small caps outperform as rate bets grow']


def link_list(cls, title, n=5, off=0):
    hs = [HEADLINES[(i + off) % len(HEADLINES)] for i in range(n)]
    return '<section class="%s"><h3>%s</h3><ul>%s</ul></section>' % (
        cls, E(title), ''.join('<li><a href="/news/%s">%s</a><span class="ts">%d min ago</span></li>' % (slug(h), E(h), 5 + 7 * i) for i, h in enumerate(hs)))


def footer(site, cls, extra=''):
    cols = ['About Us', 'Careers', 'Contact', 'Advertise', 'Corrections', 'Terms of Use', 'Privacy Policy',
            'Cookie Settings', 'Accessibility', 'Sitemap', 'RSS Feeds', 'Help Center']
    return ('<footer class="%s"><div class="%s-cols">%s</div>%s<p class="copyright">&copy; 2026 %s. All rights reserved. '
            'Quotes delayed at least 15 minutes. Market data provided by Example Exchange Data Services.</p></footer>'
            % (cls, cls, ''.join('<a href="/%s">%s</a>' % (slug(c), c) for c in cols), extra, E(site)))


def tail_scripts(n=3):
    s = []
    for i in range(n):
        s.append('<script>(function(){var q=window.__q%d=window.__q%d||[];q.push({t:Date.now(),e:"view",slot:"rail-%d"});'
                 'function r(){document.querySelectorAll("[data-lazy]").forEach(function(el){if(el.getBoundingClientRect().top<innerHeight*2){el.src=el.dataset.lazy;}})}'
                 'addEventListener("scroll",r,{passive:true});r();})();</script>' % (i, i, i))
    return '\n'.join(s)


def human_date(d, fmt):
    import datetime
    dt = datetime.date.fromisoformat(d)
    if fmt == 'us':
        return dt.strftime('%b. %d, %Y').replace(' 0', ' ')
    if fmt == 'long':
        return dt.strftime('%B %d, %Y').replace(' 0', ' ')
    return dt.strftime('%d %B %Y').lstrip('0')


import templates  # noqa: E402


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, a in enumerate(ARTS, 1):
        site, host = SITES[a['t']]
        page, exp = getattr(templates, 't_' + a['t'])(a, site, host, i)
        nn = '%02d' % i
        with open(os.path.join(OUT, nn + '.html'), 'w') as f:
            f.write(page)
        with open(os.path.join(OUT, nn + '.txt'), 'w') as f:
            f.write('\n\n'.join(exp) + '\n')
        with open(os.path.join(OUT, nn + '.json'), 'w') as f:
            json.dump({"published": a['date'], "lang": "en", "title": a['title']}, f)
        print(nn, a['t'], len(page))


if __name__ == '__main__':
    main()
