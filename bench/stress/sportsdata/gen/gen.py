#!/usr/bin/env python3
"""Generate bench/stress/sportsdata pages: English sports news pages heavy with data (match reports
with line-ups, box scores, cricket scorecards, medal tables, standings widgets beside and inside the
story, live-score tickers, player ratings, odds/betting boxes, fantasy tips, transfer roundups, match
facts, key-moment timelines, injury tables, US-league recaps with "UP NEXT", motorsport, golf,
tennis and cycling results) on eight invented templates (public-broadcaster sport, US sports
network recap, WordPress local paper, pay-TV sport site, subscription sports site, sports wire,
club official site, results/statistics site). Original text.

Usage: python3 bench/stress/sportsdata/gen/gen.py bench/stress/sportsdata   (writes NN.html/.txt/.json)

stories*.txt: '### key|template|YYYY-MM-DD|author|headline' opens a story, then 'CODE: value'.
Body codes: P paragraph, H subhead, BQ quote, UL/OL lists (items parted by ';;'), T a table caption
(body) and TR table rows (cells parted by ';;', first row of a run is the header).
Not body: DECK the standfirst in the header, SCORE the template's score box (home|score|away|score),
TRAIL a wire's trailer line, W a site data widget placed where it stands in the story
(standings, standings2, keymoments, ticker, fantasy, leaders, upnext, matchcentre, sponsor,
odds|items, bet|items, leaderboard|title;;items, godeeper|items)."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
TEAMS = ['Brindle', 'Kingsmoor', 'Tansley', 'Castlebridge', 'Oakhurst', 'Rothley', 'Dunmore', 'Eastfield',
         'Moorcroft', 'Linden', 'Harlow Vale', 'Quarry Town', 'Stainby', 'Westmoor', 'Ashgrove', 'Pellham',
         'Crandall', 'Lowfield', 'Marlow', 'Fenwick']


def parse():
    stories = []
    for fn in sorted(f for f in os.listdir(HERE) if f.startswith('stories') and f.endswith('.txt')):
        cur = None
        for line in open(os.path.join(HERE, fn), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#') and not line.startswith('###'):
                continue
            if line.startswith('### '):
                key, tpl, date, author, title = line[4:].split('|')
                cur = dict(key=key, tpl=tpl, date=date, author=author, title=title, items=[], deck='', score=None)
                stories.append(cur)
                continue
            code, _, val = line.partition(': ')
            if code == 'DECK':
                cur['deck'] = val
            elif code == 'SCORE':
                cur['score'] = val.split('|')
            else:
                cur['items'].append((code, val))
    return stories


def human_date(d):
    y, m, dd = d.split('-')
    return '%d %s %s' % (int(dd), MONTHS[int(m) - 1], y)


def slug(t):
    return ''.join(c if c.isalnum() else '-' for c in t.lower()).strip('-')[:60]


# ---------------------------------------------------------------- widgets (never body)
def w_standings(rng, variant):
    teams = TEAMS[:] if variant == 1 else TEAMS[4:] + TEAMS[:4]
    rows = []
    pts = 40
    for i, t in enumerate(teams[:20]):
        pts -= rng.randint(0, 3)
        p = 16
        w = max(0, pts // 3 - rng.randint(0, 1))
        d = max(0, pts - 3 * w)
        l = max(0, p - w - d)
        gd = rng.randint(-15, 20)
        rows.append('<tr class="standings__row"><td class="pos">%d</td><td class="team"><a href="/teams/%s">%s</a></td>'
                    '<td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%+d</td><td class="pts">%d</td></tr>'
                    % (i + 1, slug(t), t, p, w, d, l, gd, pts))
    title = 'Northern Premier table' if variant == 1 else 'Form table (last six games)'
    return ('<aside class="widget widget-standings" data-widget="standings"><h3 class="widget__title">%s</h3>'
            '<table class="standings"><thead><tr><th>Pos</th><th>Team</th><th>P</th><th>W</th><th>D</th><th>L</th>'
            '<th>GD</th><th>Pts</th></tr></thead><tbody>%s</tbody></table>'
            '<a class="widget__more" href="/football/tables">View full table</a></aside>' % (title, ''.join(rows)))


def w_ticker(rng):
    items = []
    for i in range(14):
        a, b = rng.sample(TEAMS, 2)
        state = rng.choice(['FT', 'HT', "%d'" % rng.randint(1, 90), 'LIVE', '19:45'])
        items.append('<li class="ticker__item"><a href="/live/%d"><span class="t">%s</span> <span class="s">%d-%d</span> '
                     '<span class="t">%s</span> <span class="st">%s</span></a></li>'
                     % (1000 + i, a, rng.randint(0, 4), rng.randint(0, 3), b, state))
    return ('<div class="live-ticker" role="marquee" aria-label="Live scores"><span class="live-ticker__label">Live scores</span>'
            '<ul class="ticker">%s</ul><a href="/live">All scores</a></div>' % ''.join(items))


def w_keymoments(rng):
    ev = []
    for m in sorted(rng.sample(range(1, 95), 9)):
        kind = rng.choice(['Goal', 'Yellow card', 'Substitution', 'Red card', 'VAR check', 'Chance'])
        ev.append('<li class="timeline__event timeline__event--%s"><span class="timeline__min">%d\'</span>'
                  '<span class="timeline__type">%s</span><span class="timeline__player">%s</span></li>'
                  % (slug(kind), m, kind, rng.choice(['Marsh', 'Adeyinka', 'Blaney', 'Tully', 'Kerr', 'Ventura', 'Grant', 'Oduya'])))
    return ('<div class="match-timeline" data-component="match-events"><h3>Match events</h3><ol class="timeline">%s</ol>'
            '<button class="timeline__toggle">Show all events</button></div>' % ''.join(ev))


def w_fantasy(rng):
    return ('<div class="promo promo--fantasy"><h3>Fantasy Football</h3><p>Pick your team for gameweek 15 before '
            'Saturday\'s deadline and play for a share of the prize pot.</p><ul><li>Most transferred in: Marsh</li>'
            '<li>Most captained: Asante</li><li>Top differential: Kirkham</li></ul><a class="btn" href="/fantasy">Play now</a></div>')


def w_leaders(rng):
    rows = ''.join('<div class="leader"><span class="leader__cat">%s</span><span class="leader__name">%s</span>'
                   '<span class="leader__val">%s</span></div>' % (c, n, v) for c, n, v in [
                       ('Points', 'C. Okafor', '34 PTS'), ('Rebounds', 'K. Mensah', '11 REB'), ('Assists', 'J. Ortiz', '9 AST'),
                       ('Passing yards', 'T. Whitaker', '301 YDS'), ('Rushing yards', 'J. Pena', '131 YDS'),
                       ('Receiving yards', 'M. Dell', '112 YDS')][:rng.randint(3, 6)])
    return ('<section class="game-leaders" data-module="GameLeaders"><h2 class="module__title">Game Leaders</h2>%s'
            '<a href="/boxscore">Full box score</a></section>' % rows)


def w_upnext(rng):
    a, b = rng.sample(TEAMS, 2)
    return ('<section class="up-next" data-module="UpNext"><h2 class="module__title">Up Next</h2><div class="game-card">'
            '<span class="team">%s</span> vs <span class="team">%s</span><span class="time">Tue, 7:30 PM</span>'
            '<span class="tv">Coverage: SNN</span><a href="/tickets">Tickets as low as $28</a></div></section>' % (a, b))


def w_matchcentre(rng):
    return ('<div class="match-centre-embed"><div class="mc-header"><span>Match Centre</span><span>Full time</span></div>'
            '<div class="mc-stats"><div><span>Possession</span><span>52%</span><span>48%</span></div><div><span>Shots</span>'
            '<span>13</span><span>9</span></div><div><span>Corners</span><span>7</span><span>3</span></div><div><span>Fouls</span>'
            '<span>10</span><span>14</span></div></div><a href="/matches/latest">Go to Match Centre</a></div>')


def w_sponsor(rng):
    return ('<div class="partner-box"><span class="partner-box__label">Official Partner</span><img src="/img/partners/kelso-motors.png" '
            'alt="Kelso Motors"><p>Kelso Motors, proud sleeve partner of the club since 2021.</p><a href="/partners">All partners</a></div>')


def w_odds(items, cls='odds-box'):
    lis = ''.join('<li>%s</li>' % E(x) for x in items)
    return ('<div class="%s" data-affiliate="linebook"><span class="odds-box__brand">Odds</span><ul>%s</ul>'
            '<a class="odds-box__cta" rel="sponsored nofollow" href="https://bet.example/go">Bet now</a>'
            '<p class="odds-box__legal">Odds subject to change. T&amp;Cs apply.</p></div>' % (cls, lis))


def w_leaderboard(items):
    title, rest = items[0], items[1:]
    return ('<div class="leaderboard-widget"><h4>%s</h4><ol>%s</ol><a href="/results">Full results</a></div>'
            % (E(title), ''.join('<li>%s</li>' % E(x) for x in rest)))


def w_godeeper(items):
    return ('<div class="go-deeper"><h4>%s</h4><ul>%s</ul></div>'
            % (E(items[0]), ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(x), E(x)) for x in items[1:])))


def widget(kind, rng):
    name, _, arg = kind.partition('|')
    items = arg.split(';;') if arg else []
    if name == 'standings':
        return w_standings(rng, 1)
    if name == 'standings2':
        return w_standings(rng, 2)
    if name == 'ticker':
        return w_ticker(rng)
    if name == 'keymoments':
        return w_keymoments(rng)
    if name == 'fantasy':
        return w_fantasy(rng)
    if name == 'leaders':
        return w_leaders(rng)
    if name == 'upnext':
        return w_upnext(rng)
    if name == 'matchcentre':
        return w_matchcentre(rng)
    if name == 'sponsor':
        return w_sponsor(rng)
    if name in ('odds', 'bet'):
        return w_odds(items, 'odds-box' if name == 'odds' else 'bet-box sdc-bet')
    if name == 'leaderboard':
        return w_leaderboard(items)
    if name == 'godeeper':
        return w_godeeper(items)
    raise SystemExit('unknown widget ' + kind)


# ---------------------------------------------------------------- body rendering
def render_body(s, rng, pcls='', in_body=('odds', 'bet', 'godeeper', 'keymoments', 'fantasy', 'matchcentre', 'sponsor',
                                           'leaderboard', 'standings', 'standings2', 'leaders', 'upnext', 'ticker'),
                table_cls='story-table'):
    """Return (html of the story column, list of widgets left for the sidebar, expected text blocks)."""
    out, side, exp = [], [], []
    pa = ' class="%s"' % pcls if pcls else ''
    rows = []
    caption = None

    def flush():
        nonlocal rows, caption
        if not rows:
            return
        h = '<table class="%s">' % table_cls
        if caption:
            h += '<caption>%s</caption>' % E(caption)
            exp.append(caption)
        h += '<thead><tr>%s</tr></thead><tbody>' % ''.join('<th>%s</th>' % E(c) for c in rows[0])
        for r in rows[1:]:
            h += '<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r)
        h += '</tbody></table>'
        for r in rows:
            exp.append(' '.join(c for c in r if c))
        out.append(h)
        rows, caption = [], None

    for code, val in s['items']:
        if code != 'TR':
            flush()
        if code == 'P':
            out.append('<p%s>%s</p>' % (pa, E(val)))
            exp.append(val)
        elif code == 'H':
            out.append('<h2>%s</h2>' % E(val))
            exp.append(val)
        elif code == 'BQ':
            out.append('<blockquote><p>%s</p></blockquote>' % E(val))
            exp.append(val)
        elif code in ('UL', 'OL'):
            items = val.split(';;')
            tag = code.lower()
            out.append('<%s>%s</%s>' % (tag, ''.join('<li>%s</li>' % E(x) for x in items), tag))
            exp.extend(items)
        elif code == 'T':
            caption = val
        elif code == 'TR':
            rows.append(val.split(';;'))
        elif code == 'TRAIL':
            out.append('<p%s>%s</p>' % (pa, E(val)))
        elif code == 'W':
            name = val.split('|')[0]
            if name in in_body:
                out.append(widget(val, rng))
            else:
                side.append(widget(val, rng))
        else:
            raise SystemExit('unknown code ' + code)
    flush()
    return '\n'.join(out), side, exp


def head(s, site, domain, section, extra=''):
    url = 'https://%s/%s/%s' % (domain, section.lower(), slug(s['title']))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s['title'],
          "datePublished": s['date'] + 'T19:30:00Z', "dateModified": s['date'] + 'T21:10:00Z',
          "author": {"@type": "Person", "name": s['author']}, "articleSection": section,
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
            '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="article:published_time" content="%sT19:30:00Z">\n'
            '<meta property="article:section" content="%s">\n<meta name="twitter:card" content="summary_large_image">\n'
            '<script type="application/ld+json">%s</script>\n'
            '<script>window.__ADS__={site:"%s",zone:"%s",slots:["leader","mpu","inread","sticky"],betting:true};</script>\n'
            '<link rel="stylesheet" href="/static/css/app.%06x.css">\n%s</head>\n'
            % (E(s['title']), E(site), E(s['deck'] or s['title']), url, E(s['title']), url, E(site), s['date'], section,
               json.dumps(ld), domain, section.lower(), random.Random(s['key']).randrange(1 << 24), extra))


def nav(sections, cls='nav'):
    out = []
    for sec in sections:
        subs = ''.join('<li><a href="/%s/%s">%s %s</a></li>' % (slug(sec), slug(x), sec, x)
                       for x in ('Scores', 'Fixtures', 'Results', 'Tables', 'Teams', 'Transfers', 'Video'))
        out.append('<li class="%s__item"><a href="/%s">%s</a><ul class="%s__sub">%s</ul></li>' % (cls, slug(sec), sec, cls, subs))
    return '<nav class="%s" aria-label="Sports"><ul>%s</ul></nav>' % (cls, ''.join(out))


def footer(site, extra=''):
    cols = ''.join('<div class="footer__col"><h4>%s</h4><ul>%s</ul></div>' % (h, ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), x) for x in xs))
                   for h, xs in [('Sport', ['Football', 'Cricket', 'Rugby', 'Tennis', 'Golf', 'Formula 1', 'Athletics', 'Cycling']),
                                 ('About', ['About us', 'Contact', 'Careers', 'Advertise', 'Complaints']),
                                 ('Legal', ['Terms of use', 'Privacy policy', 'Cookie settings', 'Accessibility'])])
    return ('<footer class="footer">%s%s<p class="footer__copy">&copy; 2026 %s. All rights reserved.</p>'
            '<p class="footer__gamble">18+ only. Gambling can be addictive. Please play responsibly. BeGambleAware.org</p></footer>'
            % (cols, extra, E(site)))


def scorebox(s, cls='scorebox'):
    if not s['score']:
        return ''
    a, sa, b, sb = s['score']
    return ('<div class="%s"><div class="%s__team"><span class="name">%s</span><span class="score">%s</span></div>'
            '<div class="%s__status">Full time</div><div class="%s__team"><span class="name">%s</span><span class="score">%s</span></div></div>'
            % (cls, cls, E(a), E(sa), cls, cls, E(b), E(sb)))


SPORTS = ['Football', 'Cricket', 'Rugby Union', 'Rugby League', 'Tennis', 'Golf', 'Formula 1', 'Athletics', 'Cycling', 'Boxing']
USS = ['NFL', 'NBA', 'MLB', 'NHL', 'NCAAF', 'NCAAM', 'Soccer', 'Golf', 'Tennis', 'Fantasy', 'Betting']


def script_blob(rng, n):
    return '<script>' + ';'.join('window.cfg%d={id:%d,k:"%08x"}' % (i, rng.randrange(99999), rng.randrange(1 << 32)) for i in range(n * 4)) + "</script>"


# ---------------------------------------------------------------- templates
def t_bbc(s, rng):
    body, side, exp = render_body(s, rng, in_body=('odds', 'keymoments', 'fantasy', 'ticker'))
    h = head(s, 'Westmoor Sport', 'sport.westmoorbroadcast.example', 'Sport')
    h += '<body><div id="orb-banner"><a href="/">Westmoor Broadcasting</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></div>'
    h += nav(SPORTS, 'sp-nav')
    h += '<main id="main-content"><article class="ssrcss-article">'
    h += scorebox(s, 'ssrcss-scoreboard')
    h += '<header><h1 id="main-heading">%s</h1>' % E(s['title'])
    if s['deck']:
        h += '<p class="ssrcss-introduction">%s</p>' % E(s['deck'])
    h += '<div class="ssrcss-byline"><span>By %s</span><span>%s Sport</span><time datetime="%s">%s</time></div></header>' % (
        E(s['author']), 'Westmoor', s['date'], human_date(s['date']))
    paras = body.split('\n')
    h += ''.join('<div data-component="text-block" class="ssrcss-block">%s</div>' % p for p in paras)
    h += '<div class="ssrcss-topics"><h2>Related topics</h2><ul><li><a href="/sport/football">Football</a></li><li><a href="/sport/northern-premier">Northern Premier</a></li></ul></div>'
    h += '</article><aside class="ssrcss-sidebar">%s<div class="ssrcss-top-stories"><h2>Top stories</h2><ul>%s</ul></div></aside></main>' % (
        ''.join(side), ''.join('<li><a href="/sport/%d">%s</a></li>' % (i, t) for i, t in enumerate(
            ['Brindle boss wants new contract talks', 'Ashgrove pitch rated below average', 'Lambert ready for title decider',
             'Varga: I have nothing to lose', 'Women\'s Cup draw in full', 'Cricket calendar for 2027 confirmed'])))
    h += script_blob(rng, 30) + footer('Westmoor Broadcasting') + '</body></html>\n'
    return h, exp


def t_espn(s, rng):
    body, side, exp = render_body(s, rng, in_body=('odds', 'fantasy', 'ticker'))
    h = head(s, 'SNN Sports', 'snnsports.example', 'Recap')
    h += '<body class="recap"><header class="global-header"><a class="logo" href="/">SNN</a>' + nav(USS, 'gnav') + '</header>'
    if s['score']:
        a, sa, b, sb = s['score']
        h += ('<div class="Gamestrip"><div class="Gamestrip__Team"><span>%s</span><span class="ScoreCell">%s</span></div>'
              '<div class="Gamestrip__Overview">Final</div><div class="Gamestrip__Team"><span>%s</span><span class="ScoreCell">%s</span></div>'
              '<nav class="Gamestrip__Nav"><a href="/gamecast">Gamecast</a><a href="/recap">Recap</a><a href="/boxscore">Box Score</a>'
              '<a href="/pbp">Play-by-Play</a><a href="/odds">Odds</a></nav></div>' % (E(a), sa, E(b), sb))
    h += '<div class="PageLayout"><main class="PageLayout__Main"><div class="Story"><header class="Story__Header"><h1>%s</h1>' % E(s['title'])
    h += '<div class="Byline"><span class="author">%s</span><span class="timestamp">%s</span></div></header>' % (E(s['author']), human_date(s['date']))
    h += '<div class="Story__Body t__body">%s</div>' % body
    h += '<div class="Story__Footer"><p class="disclaimer">This story was generated using stats provided by SNN Stats.</p></div></div></main>'
    h += '<aside class="PageLayout__RightAside">%s</aside></div>' % ''.join(side)
    h += script_blob(rng, 35) + footer('SNN Sports') + '</body></html>\n'
    return h, exp


def t_wp(s, rng):
    body, side, exp = render_body(s, rng, in_body=('odds', 'fantasy'))
    site = rng.choice(['Fairhaven Courier', 'Tidewater Gazette', 'Vale Bugle'])
    h = head(s, site, slug(site).replace('-', '') + '.example', 'Sports')
    h += '<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header">'
    h += '<p class="site-title"><a href="/">%s</a></p>' % E(site)
    h += nav(['News', 'Sports', 'High School Sports', 'Obituaries', 'Opinion', 'Community', 'Classifieds', 'e-Edition'], 'main-navigation')
    h += '</header>' + w_ticker(rng) + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
    h += '<article class="post type-post status-publish format-standard hentry category-sports">'
    h += '<header class="entry-header"><span class="cat-links"><a href="/category/sports">Sports</a></span><h1 class="entry-title">%s</h1>' % E(s['title'])
    h += '<div class="entry-meta"><span class="byline">By <a href="/author/%s">%s</a></span> <span class="posted-on">%s</span></div></header>' % (
        slug(s['author']), E(s['author']), human_date(s['date']))
    h += '<div class="entry-content">%s' % body
    h += '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li>Facebook</li><li>X</li><li>Email</li></ul></div></div>'
    h += '<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/football">football</a>, <a href="/tag/prep">prep sports</a></span></footer></article>'
    h += '<nav class="post-navigation"><a rel="prev" href="/prev">Previous: Girls soccer roundup</a><a rel="next" href="/next">Next: Wrestling preview</a></nav>'
    h += '<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">' % E(s['title'])
    h += '<li class="comment"><div class="comment-author">Bob T</div><div class="comment-content"><p>Great season, go team.</p></div></li>'
    h += '<li class="comment"><div class="comment-author">Marla</div><div class="comment-content"><p>Proud of these kids!</p></div></li></ol></div>'
    h += '</main></div><aside id="secondary" class="widget-area">%s<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section></aside></div>' % (
        ''.join(side), ''.join('<li><a href="/p/%d">%s</a></li>' % (i, t) for i, t in enumerate(
            ['Girls soccer roundup', 'Wrestling preview', 'Booster club raises $12,000', 'Coach Kessler signs extension', 'Boys hoops opener set'])))
    h += script_blob(rng, 25) + footer(site) + '</div></body></html>\n'
    return h, exp


def t_sky(s, rng):
    body, side, exp = render_body(s, rng, in_body=('bet', 'odds'), pcls='sdc-article-body__paragraph')
    h = head(s, 'Skyline Sports', 'skylinesports.example', 'Sports')
    h += '<body><div class="site-header"><a class="site-logo" href="/">Skyline Sports</a>' + nav(SPORTS, 'site-nav') + '</div>'
    h += w_ticker(rng)
    h += '<div class="sdc-site-layout"><article class="sdc-article">' + scorebox(s, 'sdc-score')
    h += '<div class="sdc-article-header"><h1 class="sdc-article-header__title">%s</h1><p class="sdc-article-date">Last Updated: %s</p></div>' % (
        E(s['title']), human_date(s['date']))
    h += '<div class="sdc-article-author"><p class="sdc-article-author__byline">By %s</p></div>' % E(s['author'])
    h += '<div class="sdc-article-video"><span class="sdc-article-video__headline">Watch the highlights</span><span class="sdc-article-video__caption">Highlights from the round, courtesy of Skyline Sports.</span></div>'
    h += '<div class="sdc-article-body sdc-article-body--story">%s</div>' % body
    h += '<div class="sdc-article-widget sdc-site-outbrain"><h4>Around Skyline</h4><ul><li><a href="/transfer-centre">Transfer Centre</a></li><li><a href="/watch">Watch Skyline Sports on any device</a></li></ul></div></article>'
    h += '<aside class="sdc-site-layout__col">%s</aside></div>' % ''.join(side)
    h += script_blob(rng, 30) + footer('Skyline Sports') + '</body></html>\n'
    return h, exp


def t_ath(s, rng):
    body, side, exp = render_body(s, rng, in_body=('godeeper', 'leaders', 'standings', 'standings2'))
    h = head(s, 'The Touchline', 'thetouchline.example', 'Football')
    h += '<body><header class="Header"><a href="/">The Touchline</a>' + nav(['Football', 'NFL', 'NBA', 'F1', 'Golf', 'Tennis', 'Olympics'], 'Header-nav') + '<a class="Subscribe" href="/subscribe">Subscribe</a></header>'
    h += '<main><div class="article-container"><h1 class="headline">%s</h1>' % E(s['title'])
    h += '<div class="article-byline"><a href="/author/%s">%s</a><span>%s</span><span class="comments-count">48 comments</span></div>' % (
        slug(s['author']), E(s['author']), human_date(s['date']))
    h += '<div class="article-content-container"><div class="bodytext1">%s</div></div>' % body
    h += '<div class="article-author-bio"><p>%s is a senior writer for The Touchline. Follow on X @%s.</p></div>' % (E(s['author']), slug(s['author']).replace('-', ''))
    h += '<div class="article-comments"><h3>Comments</h3><p>Join the conversation. Subscribers can comment.</p></div></div>'
    h += '<aside class="rail">%s<div class="rail-popular"><h4>Most read</h4><ol><li>Ratings: Brindle</li><li>Why Lambert can still do it</li><li>Inside the Harbormen clubhouse</li></ol></div></aside></main>' % ''.join(side)
    h += script_blob(rng, 25) + footer('The Touchline') + '</body></html>\n'
    return h, exp


def t_ap(s, rng):
    body, side, exp = render_body(s, rng, in_body=('odds',))
    h = head(s, 'Sports Wire News', 'swnews.example', 'Sports')
    h += '<body><div class="Page-header"><a class="Page-header-logo" href="/">SWN</a>' + nav(USS, 'Page-header-navigation') + '</div>'
    h += '<main class="Page-main"><div class="Page-lead"><h1 class="Page-headline">%s</h1><div class="Page-byline"><span>By %s</span>' % (E(s['title']), 'SWN STAFF')
    h += '<bsp-timestamp data-timestamp="1764000000000"><span>Updated %s</span></bsp-timestamp></div></div>' % human_date(s['date'])
    h += '<div class="Page-content"><div class="RichTextStoryBody RichTextBody">%s</div>' % body
    h += '<div class="Page-below"><div class="PageList-header"><h2>More Sports</h2></div><ul class="PageList-items"><li><a href="/article/week-13-takeaways">Takeaways from Week 13</a></li><li><a href="/article/top-25-poll">Top 25 poll released</a></li><li><a href="/article/hockey-roundup">Hockey roundup</a></li></ul></div></div>'
    h += '<aside class="Page-aside">%s</aside></main>' % ''.join(side)
    h += '<div class="Page-footer-copyright">Copyright 2026 Sports Wire News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</div>'
    h += script_blob(rng, 30) + footer('Sports Wire News') + '</body></html>\n'
    return h, exp


def t_club(s, rng):
    body, side, exp = render_body(s, rng, in_body=('matchcentre', 'sponsor', 'odds', 'fantasy'))
    h = head(s, 'Castlebridge FC', 'castlebridgefc.example', 'News')
    h += '<body class="club-site"><div class="club-topbar"><a href="/tickets">Tickets</a><a href="/shop">Shop</a><a href="/hospitality">Hospitality</a><a href="/tv">Bridge TV</a></div>'
    h += '<header class="club-header"><a class="crest" href="/">Castlebridge FC</a>' + nav(['News', 'Fixtures', 'Teams', 'Tickets', 'Club', 'Community', 'Shop'], 'club-nav') + '</header>'
    h += '<main class="news-article"><div class="news-article__hero"><span class="news-article__category">First Team</span><h1 class="news-article__title">%s</h1>' % E(s['title'])
    h += '<span class="news-article__date">%s</span></div>' % human_date(s['date'])
    h += '<div class="news-article__body">%s' % body
    h += '<div class="app-promo"><p>Download the official club app for live match updates and exclusive video.</p><a href="/app">Get the app</a></div></div>'
    h += '<div class="news-article__related"><h3>Related articles</h3><ul><li>Lowe: We go there with confidence</li><li>Gallery: Castlebridge 2-1 Rothley</li><li>Ticket news: Brindle away</li></ul></div>'
    h += '<aside class="news-article__sidebar">%s</aside></main>' % ''.join(side)
    h += script_blob(rng, 25) + footer('Castlebridge Football Club', '<div class="club-partners"><span>Principal partner: Kelso Motors</span><span>Kit partner: Arkline</span></div>') + '</body></html>\n'
    return h, exp


def t_stats(s, rng):
    body, side, exp = render_body(s, rng, in_body=('leaderboard', 'standings', 'odds'), table_cls='results-table')
    h = head(s, 'ResultsHub', 'resultshub.example', 'Results')
    h += '<body><table class="layout" width="100%"><tr><td colspan="2" class="top"><a href="/">ResultsHub</a> ' + nav(SPORTS, 'rh-nav') + '</td></tr>'
    h += '<tr><td class="main" valign="top"><div class="newsitem"><h1>%s</h1><div class="meta">%s &middot; %s</div>' % (
        E(s['title']), E(s['author']), human_date(s['date']))
    h += '<div class="newstext">%s</div></div></td>' % body
    h += '<td class="right" valign="top">%s<div class="box"><h4>Latest results</h4><ul><li>Stage 8</li><li>Round 3</li><li>Matchday 16</li></ul></div></td></tr>' % ''.join(side)
    h += '<tr><td colspan="2">' + footer('ResultsHub') + '</td></tr></table>' + script_blob(rng, 20) + '</body></html>\n'
    return h, exp


TEMPLATES = dict(bbc=t_bbc, espn=t_espn, wp=t_wp, sky=t_sky, ath=t_ath, ap=t_ap, club=t_club, stats=t_stats)


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, s in enumerate(parse(), 1):
        rng = random.Random('sportsdata-' + s['key'])
        page, exp = TEMPLATES[s['tpl']](s, rng)
        base = os.path.join(OUT, '%02d' % n)
        with open(base + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(base + '.txt', 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(exp) + '\n')
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': s['date'], 'lang': 'en', 'title': s['title']}, f)
            f.write('\n')


if __name__ == '__main__':
    main()
