#!/usr/bin/env python3
"""Generate bench/stress/tvlive pages from stories.txt (US local TV and radio station news pages 2011-2019 on
Worldnow/Frankly-, Lakana/Anvato-, Gray-, Tegna-, Sinclair-, Cox-, Hearst-, Scripps- and CBS-like templates, a
commercial radio station's WordPress site and a public radio station's Drupal site; invented stations, original text).

Usage: python3 bench/stress/tvlive/gen/gen.py bench/stress/tvlive   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DD|HH:MM|CALL|headline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H subhead, LI list item, US 'stamp|text' an update whose stamp
is printed alone (the stamp is not body, the text is).
HARD: flags of furniture written inside the story box (see hard()).
Furniture codes (never in the expected text): BY 'name|role' the byline, DECK the summary under the headline,
REL / READ 'LABEL|title' a "RELATED:" / "READ MORE:" line inside the story, VID 'title|summary' the lead video."""
import html, json, os, random, re, sys, datetime

OUT = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20111207)
E = html.escape
MONTHS = 'January February March April May June July August September October November December'.split()
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()

# call: (brand, city, state, zone letter, domain, channel)
ST = {
    'WKDL': ('WKDL 12', 'Ashby', 'Kentucky', 'E', 'wkdl12.example.com', '12'),
    'KTVR': ('KTVR News 9', 'Dalton', 'Oklahoma', 'C', 'ktvr9.example.com', '9'),
    'WQNS': ('WQNS 25', 'Marlow', 'Indiana', 'E', 'wqns25.example.com', '25'),
    'KBCX': ('KBCX 6', 'Cedar Fork', 'Texas', 'C', 'kbcx6.example.com', '6'),
    'WJHT': ('WJHT 3', 'Kenmore', 'Kentucky', 'E', 'wjht3.example.com', '3'),
    'KLOV': ('KLOV 5', 'Lowell', 'Minnesota', 'C', 'klov5.example.com', '5'),
    'WPTB': ('WPTB 10', 'Pembroke', 'New York', 'E', 'wptb10.example.com', '10'),
    'WSBN': ('WSBN Channel 2', 'Carrollton', 'Georgia', 'E', 'wsbntv.example.com', '2'),
    'WKOZ': ('Newsradio 1090 WKOZ', 'Harlan', 'Illinois', 'C', 'wkoz1090.example.com', '1090'),
    'WMLR': ('WMLR Public Radio', 'Orrin', 'Wisconsin', 'C', 'wmlr.example.org', '89.7'),
    'KCBR': ('CBS4 Denton', 'Denton', 'Colorado', 'M', 'dentoncbs4.example.com', '4'),
    'WCVT': ('WCVT 22', 'Cedar Vale', 'Vermont', 'E', 'wcvt22.example.com', '22'),
    'KWBM': ('KWBM 41', 'Wilmar', 'Missouri', 'C', 'kwbm41.example.com', '41'),
}


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, hm, call, title = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, hm=hm, call=call, title=title, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories


def get(st, code):
    return [v for c, v in st['items'] if c == code]


def dt(st, plus=0):
    y, m, d = [int(x) for x in st['when'].split('-')]
    h, mi = [int(x) for x in st['hm'].split(':')]
    return datetime.datetime(y, m, d, h, mi) + datetime.timedelta(minutes=plus)


def dst(t):
    """US daylight time: second Sunday of March to first Sunday of November."""
    def nth_sunday(y, m, k):
        d = datetime.date(y, m, 1)
        d += datetime.timedelta(days=(6 - d.weekday()) % 7)
        return d + datetime.timedelta(days=7 * (k - 1))
    return nth_sunday(t.year, 3, 2) <= t.date() < nth_sunday(t.year, 11, 1)


def tz(st, t):
    z = ST[st['call']][3]
    return z + ('D' if dst(t) else 'S') + 'T'


def offset(st, t):
    o = {'E': 5, 'C': 6, 'M': 7}[ST[st['call']][3]] - (1 if dst(t) else 0)
    return '-%02d:00' % o


def h12(t, dots=False):
    h = t.hour % 12 or 12
    ap = ('a.m.' if t.hour < 12 else 'p.m.') if dots else ('AM' if t.hour < 12 else 'PM')
    return '%d:%02d %s' % (h, t.minute, ap)


def iso(st, t):
    return t.strftime('%Y-%m-%dT%H:%M:00') + offset(st, t)


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')[:70]


def expected(st):
    out = []
    for c, v in st['items']:
        if c in ('P', 'H', 'LI'):
            out.append(v)
        elif c == 'US':
            out.append(v.split('|', 1)[1])
    return '\n\n'.join(out) + '\n'


def blocks(st, rel=None, read=None, us=None, sub='h3', brs=False):
    """The story's items as HTML: paragraphs, subheads, lists; REL/READ lines through rel/read(label, title),
    stamped updates through us(stamp, text). brs: paragraphs as text runs split by <br /><br />."""
    out, i, items = [], 0, st['items']
    while i < len(items):
        c, v = items[i]
        if c == 'P':
            out.append(E(v) if brs else '<p>%s</p>' % E(v))
        elif c == 'H':
            out.append('<%s>%s</%s>' % (sub, E(v), sub))
        elif c == 'LI':
            li = []
            while i < len(items) and items[i][0] == 'LI':
                li.append(items[i][1]); i += 1
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in li))
            continue
        elif c == 'REL' and rel:
            out.append(rel(*v.split('|', 1)))
        elif c == 'READ' and read:
            out.append(read(*v.split('|', 1)))
        elif c == 'US':
            out.append(us(*v.split('|', 1)))
        i += 1
    return ('<br /><br />' if brs else '\n').join(hard(st, out))


def hard(st, out):
    """Harder variants (HARD: flags): furniture written inside the story's own box."""
    brand, city, state, z, dom, ch = ST[st['call']]
    fl = get(st, 'HARD')
    fl = fl[0].split() if fl else []
    name = byl(st)[0]
    if 'trending' in fl:
        out.insert(2, '<div class="trending-inline"><h4>Trending now</h4><ul><li><a href="/article/1">%s</a></li>'
                      '<li><a href="/article/2">%s</a></li></ul></div>' % (E(OTHER[3]), E(OTHER[9])))
    if 'alert' in fl:
        out.insert(0, '<div class="alert-inline"><strong>WEATHER ALERT:</strong> Wind Chill Warning in effect until 11 AM Thursday '
                      'for Pembroke County. <a href="/weather/alerts">Details</a></div>')
    if 'livelabel' in fl:
        out.insert(0, '<h2 class="live-label">LIVE UPDATES</h2>')
    if 'bylinep' in fl:
        out.insert(0, '<p>By %s</p>' % E(name))
    if 'bylineap' in fl:
        out.insert(0, '<p>By AMY KESSLER<br />Associated Press</p>')
    if 'app' in fl:
        out.append('<p><strong>Download our free %s app:</strong> <a href="#">iPhone</a> | <a href="#">Android</a></p>' % E(brand))
    if 'appplain' in fl:
        out.append('<p>Download our free %s app to get breaking news alerts and live video on your phone.</p>' % E(brand))
    if 'tip' in fl:
        out.append('<p><em>Have a news tip? Email investigates@%s or call our tip line at 405-555-0139.</em></p>' % dom)
    if 'photos' in fl:
        out.append('<p><strong>Send us your photos:</strong> Email your snow pictures to photos@%s or upload them at %s/chimein.</p>' % (dom, dom))
    if 'typo' in fl:
        out.append('<p class="typo"><a href="/report-a-typo">Report a typo</a></p>')
    if 'postedrun' in fl:
        t0, t1 = dt(st), dt(st, 42)
        fmt = lambda t: '%s %d, %d %s %s' % (MONTHS[t.month - 1][:3], t.day, t.year, h12(t), tz(st, t))
        out.insert(0, 'Posted: %s Updated: %s' % (fmt(t0), fmt(t1)))
    if 'rolebyline' in fl:
        out.insert(0, '<p><strong>By %s, %s</strong></p>' % (E(name), E(byl(st)[1])))
    if 'readmorelist' in fl:
        out.insert(2, '<p><strong>READ MORE:</strong></p><ul><li><a href="/news/1/">%s</a></li><li><a href="/news/2/">%s</a></li></ul>' % (
            E(OTHER[8]), E(OTHER[13])))
    if 'trendingp' in fl:
        out.insert(len(out) - 1, '<p><strong>TRENDING NOW:</strong></p><p><a href="/news/3/">%s</a></p>' % E(OTHER[10]))
    if 'tipplain' in fl:
        out.append('Have a news tip? Email news@%s or call 270-555-0100.' % dom)
    if 'copysplit' in fl:
        out.append('Copyright %s %s. All rights reserved.' % (st['when'][:4], st['call']))
        out.append('This material may not be published, broadcast, rewritten or redistributed.')
    if 'gotphotos' in fl:
        out.append('<p>Got pictures of the snow? Send them to us at photos@%s and we may share them on air.</p>' % dom)
    if 'apptext' in fl:
        out.append('<p>Download the %s News app on your iPhone or Android phone to get alerts when news breaks.</p>' % E(brand))
    if 'appclick' in fl:
        out.append('<p><a href="/apps">Click here to download our free app</a> and get breaking news alerts from %s.</p>' % E(brand))
    if 'watchabove' in fl:
        out.append('<p><em>Watch the full report in the video player above.</em></p>')
    if 'photog' in fl:
        out.append('<p><em>Photojournalist: Mike Ruiz</em></p>')
    if 'alsoon' in fl:
        out.insert(2, '<p><strong>ALSO ON %s:</strong> <a href="/article/7">%s</a></p>' % (st['call'], E(OTHER[6])))
    if 'followus' in fl:
        out.append('<p>Follow %s on Facebook and Twitter for the latest updates on this story.</p>' % E(brand))
    if 'watchlive' in fl:
        out.insert(1, '<p><strong>WATCH LIVE:</strong> <a href="/live">%s News at 6</a></p>' % E(brand))
    if 'jsplayer' in fl:
        out.insert(0, '<div class="video-embed"><p>Please enable Javascript to watch this video</p></div>')
    if 'closingslink' in fl:
        out.insert(2, '<p><strong>CLOSINGS:</strong> <a href="/closings">See the full list of school closings and delays here.</a></p>')
    if 'copyparen' in fl:
        out.append('<p>(Copyright %s by %s. All Rights Reserved.)</p>' % (st['when'][:4], st['call']))
    if 'livepointer' in fl:
        out.insert(0, '<p><strong>LIVE:</strong> Watch %s News coverage in the player below.</p>' % E(brand))
    if 'likeus' in fl:
        out.append('<p>Like us on Facebook: facebook.com/%s</p>' % st['call'].lower())
    if 'storyidea' in fl:
        out.append('<p>Do you have a story idea? Email us at tips@%s.</p>' % dom)
    if 'aprule' in fl:
        out.append('___')
        out.append('Follow Bruce Hannigan on Twitter at https://twitter.com/bhannigan_ap')
        out.append('Copyright %s The Associated Press. All rights reserved. This material may not be published, broadcast, '
                   'rewritten or redistributed.' % st['when'][:4])
    return out


OTHER = ['Crews repave stretch of Main Street downtown', 'Missing dog reunited with family after 3 weeks',
         'County fair opens with record crowd', 'Two hurt in crash on Highway 12', 'Police: Man arrested after standoff',
         'High school band heads to national competition', 'New grocery store to open on east side',
         'Library extends summer hours', 'City to vote on trash fee increase', 'Firefighters rescue cat from storm drain',
         'Animal shelter waives adoption fees this weekend', 'Water main break floods intersection',
         'Hospital names new chief executive', 'Farmers market moves to new location', 'Teen lifeguard saves swimmer']


def links(n, cls, base='/story/', tag='ul', extra=''):
    rs = random.sample(OTHER, n)
    return '<%s class="%s">%s</%s>' % (tag, cls, ''.join('<li><a href="%s%d/%s">%s</a>%s</li>' % (
        base, random.randint(20000000, 39999999), slug(r), E(r), extra) for r in rs), tag)


def nav(call, items=None):
    items = items or ['News', 'Weather', 'Sports', 'Community', 'Video', 'Contests', 'Contact Us']
    return '<ul class="nav">%s</ul>' % ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items)


def fcc_footer(call, year, extra=''):
    brand, city, state, z, dom, ch = ST[call]
    return ('<div class="footer-links"><a href="/about">About Us</a> | <a href="/jobs">Careers</a> | <a href="/advertise">Advertise</a> | '
            '<a href="https://publicfiles.fcc.gov/tv-profile/%s">FCC Public File</a> | <a href="/eeo">EEO Report</a> | '
            '<a href="/closed-captioning">Closed Captioning</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a></div>'
            '%s<p class="copyright">&copy; %d %s. All rights reserved.</p>') % (call.lower(), extra, year, E(brand))


def alert_bar(text):
    return '<div class="weather-alert-banner" role="alert"><span class="alert-icon">!</span><a href="/weather/alerts">%s</a></div>' % E(text)


def wx_widget(call, temp):
    return ('<div class="wx-widget"><h3>Current Conditions</h3><span class="temp">%d&deg;F</span><span class="cond">Partly Cloudy</span>'
            '<a href="/weather/radar">Interactive Radar</a> <a href="/weather/7-day">7-Day Forecast</a></div>') % temp


def closings_widget(names):
    return ('<div class="closings-widget"><h3>Closings &amp; Delays</h3><ul>%s</ul><a href="/closings">See all closings</a></div>') % ''.join(
        '<li><span class="org">%s</span> <span class="status">%s</span></li>' % (E(a), E(b)) for a, b in names)


WX = ['Frost Advisory until 9 AM', 'Winter Storm Warning until 6 PM', 'Heat Advisory until 9 PM', 'Flash Flood Watch until 7 AM',
      'Severe Thunderstorm Watch until 10 PM', 'Wind Chill Warning until 11 AM']


def ld(st, publisher, author=None, section='News'):
    t0, t1 = dt(st), dt(st, 47)
    d = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': st['title'],
         'datePublished': iso(st, t0), 'dateModified': iso(st, t1), 'articleSection': section,
         'publisher': {'@type': 'Organization', 'name': publisher}}
    if author:
        d['author'] = {'@type': 'Person', 'name': author}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d)


def byl(st):
    b = get(st, 'BY')
    if not b:
        return '', ''
    n, _, r = b[0].partition('|')
    return n, r


def head(st, title_suffix, extra=''):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" /><title>%s - %s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />'
            '<meta property="og:title" content="%s" /><meta property="og:type" content="article" />'
            '<meta property="og:description" content="%s" />%s'
            '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"station":"%s","contentType":"story"});</script></head>\n') % (
        E(st['title']), E(title_suffix), E(st['title']), E(get(st, 'P')[0][:160] if get(st, 'P') else st['title']), extra, st['call'])


# ---------------------------------------------------------------- templates

def t_wn(st, n, ap=False):
    """Worldnow station page, 2011-2013: XHTML, tables, WNStoryBody (paragraphs, or text runs split by
    <br /><br /> on even pages), 'Posted: Mar 14, 2011 5:42 PM EDT' and 'Updated:' lines, the byline with an
    email link, the copyright line, 'Bookmark & Share', Most Popular, weather box; AP stories carry the AP's
    byline and the AP copyright tail."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 38)
    fmt = lambda t: '%s %d, %d %s %s' % (MONTHS[t.month - 1][:3], t.day, t.year, h12(t), tz(st, t))
    name, role = byl(st)
    if ap:
        by = '<div id="WNStoryByline">By BRUCE HANNIGAN<br />Associated Press</div>'
        tail = ''
    else:
        by = '<div id="WNStoryByline">By %s - <a href="mailto:%s@%s">email</a></div>' % (E(name), slug(name).replace('-', '.'), dom)
        tail = '<div class="wnStoryBodyCopyright">Copyright %d %s. All rights reserved.</div>' % (t0.year, st['call'])
        if 'copysplit' in ''.join(get(st, 'HARD')):
            tail = ''
    rel = lambda lab, t: '<p><strong>%s: <a href="/story/%d/%s">%s</a></strong></p>' % (lab, 18000000 + n, slug(t), E(t))
    body = blocks(st, rel=rel, brs=(n % 2 == 0 or ap or 'postedrun' in ''.join(get(st, 'HARD'))))
    deck = ''.join('<div id="WNStoryAbstract"><p>%s</p></div>' % E(d) for d in get(st, 'DECK'))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s - %s.com-%s, %s | </title>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="description" content="%s" />'
            '<meta name="keywords" content="%s, news, weather, sports" />'
            '<script type="text/javascript" src="http://ftpcontent.worldnow.example/static/wn.js"></script>'
            '<script type="text/javascript">wnSiteConfigGeneral.affiliateName = "%s"; wnStoryId = %d;</script></head>\n'
            '<body id="WNStory"><div id="WNAffiliateHeader"><a href="/"><img src="/images/logo.png" alt="%s" /></a>'
            '<div id="WNHeaderWeather">%s</div></div>\n<div id="WNMenu">%s</div>\n'
            '<table id="WNLayout" cellpadding="0" cellspacing="0" width="990"><tr><td id="WNCol23" valign="top">\n'
            '<div id="WNStoryHeadline"><h1>%s</h1></div>%s\n'
            '<div class="wnDate"><span class="datePublished">Posted: %s</span><br /><span class="dateUpdated">Updated: %s</span></div>\n%s\n'
            '<div id="WNStoryRelatedBox"><div class="wnVideoBox"><img src="/images/video-thumb.jpg" alt="" /><span>Video</span></div></div>\n'
            '<div id="WNStoryBody">%s</div>\n%s\n'
            '<div class="wnShare"><a href="http://www.addthis.com/bookmark.php" class="addthis_button">Bookmark &amp; Share</a> '
            '<a href="/global/emailstory.asp?s=%d">Email</a> <a href="/global/printstory.asp?s=%d">Print</a></div>\n'
            '<div class="fb-like" data-send="false" data-width="300">Recommend</div>\n'
            '</td><td id="WNCol4" valign="top" width="300"><div class="ad"><!-- 300x250 --></div>'
            '<div class="wnMostPopular"><h3>Most Popular</h3>%s</div>%s</td></tr></table>\n'
            '<div id="WNFooter"><p>All content &copy; Copyright 2000 - %d WorldNow and %s. All Rights Reserved.<br />'
            'For more information on this site, please read our <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Service</a>.</p></div>'
            '</body></html>\n') % (
        E(st['title']), st['call'], city, state, E(get(st, 'P')[0][:150]), E(city), st['call'], 18000000 + n, E(brand),
        wx_widget(st['call'], 40 + n), nav(st['call']), E(st['title']), deck, fmt(t0), fmt(t1), by, body, tail,
        18000000 + n, 18000000 + n, links(5, 'wnList', tag='ol'), closings_widget([('Ashby Christian Academy', '2 Hours Late')]) if t0.month in (1, 2, 12) else '',
        t0.year, st['call'])


def t_wnap(st, n):
    return t_wn(st, n, ap=True)


def t_fr(st, n):
    """Frankly station page, 2015-2017: HTML5, weather alert banner, 'Posted: Thursday, October 8, 2015 4:20 PM
    CDT' / 'Updated:', 'By Name, Role', the copyright line as the body's last paragraph, the app promo,
    Facebook comments and a 'Trending' rail."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 65)
    fmt = lambda t: '%s, %s %d, %d %s %s' % (DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.year, h12(t), tz(st, t))
    name, role = byl(st)
    body = blocks(st)
    return (head(st, brand) +
            '<body class="fr-story-page">%s<header class="fr-header"><a class="logo" href="/">%s</a>%s'
            '<a class="watch-live" href="/live">Watch Live</a></header>\n'
            '<main class="fr-page-content"><div id="fr-story-header"><ul class="breadcrumb"><li><a href="/news">News</a></li></ul><h1>%s</h1>'
            '<div class="fr-story-dates">Posted: %s<br />Updated: %s</div>'
            '<div class="byline">By %s, %s</div>'
            '<div class="fr-social"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></div>\n'
            '<div id="fr-story-body" class="fr-body">%s\n<p>Copyright %d %s. All rights reserved.</p></div>\n'
            '<div class="fr-promo"><a href="/apps">Download our free %s app for iPhone and Android</a></div>\n'
            '<div class="fb-comments" data-href="http://%s/story/%d" data-numposts="5"></div>\n'
            '</main><aside class="fr-rail"><div class="trending"><h3>Trending</h3>%s</div>%s</aside>\n'
            '<footer>%s</footer></body></html>\n') % (
        alert_bar(random.choice(WX) + ' CDT for Dalton County') if n % 3 != 1 else '', E(brand), nav(st['call']), E(st['title']),
        fmt(t0), fmt(t1), E(name), E(role), body, t0.year, st['call'], E(brand), dom, 33000000 + n,
        links(5, 'trending-list'), wx_widget(st['call'], 70 + n), fcc_footer(st['call'], t0.year))


def t_lk(st, n, ap=False):
    """Lakana station page, 2016-2019: JSON-LD NewsArticle, 'By: Name' and 'Posted: Sep 13, 2016 11:30 AM EDT',
    'READ MORE:' lines inside the story, the station group's copyright line ('This material may not be
    published, broadcast, rewritten, or redistributed.') in italics at the body's end, 'Don't Miss' and
    'Trending Stories' lists; AP stories carry 'By: Associated Press' and the AP's tail."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 35)
    fmt = lambda t: '%s %d, %d %s %s' % (MONTHS[t.month - 1][:3], t.day, t.year, h12(t), tz(st, t))
    name, role = byl(st)
    if ap:
        name = 'Associated Press'
        tail = ('<p><em>Copyright %d The Associated Press. All rights reserved. This material may not be published, broadcast, '
                'rewritten or redistributed.</em></p>') % t0.year
    else:
        tail = ('<p><em>Copyright %d Nexstar Broadcasting, Inc. All rights reserved. This material may not be published, broadcast, '
                'rewritten, or redistributed.</em></p>') % t0.year
    read = lambda lab, t: '<p><strong>%s: </strong><a href="/news/local-news/%s/">%s</a></p>' % (lab, slug(t), E(t))
    body = blocks(st, read=read)
    return (head(st, brand, ld(st, brand, name)) +
            '<body class="single single-post"><div class="site-header"><a class="site-logo" href="/">%s</a>%s'
            '<div class="header-weather"><span>%d&deg;</span></div></div>\n'
            '<div class="ticker"><span class="ticker-label">Breaking News</span><a href="/news/">%s</a></div>\n'
            '<div class="container"><article class="article"><div class="article-header">'
            '<div class="article-section"><a href="/news/local-news/">Local News</a></div><h1 class="article-title">%s</h1>'
            '<div class="article-meta"><span class="byline">By: %s</span> <span class="published">Posted: %s</span> '
            '<span class="updated">Updated: %s</span></div>'
            '<div class="share-tools"><a class="share-facebook" href="#">Share</a><a class="share-twitter" href="#">Tweet</a><a class="share-email" href="#">Email</a></div></div>\n'
            '<div class="article-featured-media"><img src="/wp-content/uploads/sites/%d/2016/09/file.jpg" alt="" /></div>\n'
            '<div class="article-content rich-text">%s\n%s</div>\n'
            '<div class="dont-miss"><h2 class="section-title">Don\'t Miss</h2>%s</div></article>\n'
            '<aside class="sidebar"><div class="widget trending"><h2 class="widget-title">Trending Stories</h2>%s</div>'
            '<div class="widget"><h2 class="widget-title">Weather</h2>%s</div></aside></div>\n'
            '<footer class="site-footer">%s</footer></body></html>\n') % (
        E(brand), nav(st['call'], ['Local News', 'Weather', 'Sports', 'Politics', 'Video', 'Community Calendar', 'Contests']),
        50 + n, E(random.choice(OTHER)), E(st['title']), E(name), fmt(t0), fmt(t1), 40 + n, body, tail,
        links(4, 'dont-miss-list', '/news/local-news/'), links(5, 'trending-list', '/news/'), wx_widget(st['call'], 55 + n),
        fcc_footer(st['call'], t0.year))


def t_lkap(st, n):
    return t_lk(st, n, ap=True)


def t_av(st, n):
    """Video-first station page with an Anvato-like player, 2017-2018: the player, its 'Now Playing' title and
    summary, an 'Up Next' playlist of clips with their lengths, then the short story, the app promo and
    'Posted: May 11, 2017 / 12:00 PM CDT / Updated: ...'."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 20)
    fmt = lambda t: '%s %d, %d / %s %s' % (MONTHS[t.month - 1][:3], t.day, t.year, h12(t), tz(st, t))
    vt, vs = get(st, 'VID')[0].split('|', 1)
    name, role = byl(st)
    clips = random.sample(OTHER, 4)
    return (head(st, brand, ld(st, brand, name)) +
            '<body class="video-first">%s<header><a href="/" class="logo">%s</a>%s</header>\n'
            '<div class="page"><h1 class="headline">%s</h1>\n'
            '<div class="video-wrap"><div class="anvplayer" id="anvp-%d" data-anvp=\'{"accessKey":"k%d","video":"%d","autoplay":true}\'></div>'
            '<div class="video-info"><span class="now-playing">Now Playing</span><h2 class="video-title">%s</h2><p class="video-description">%s</p></div>'
            '<div class="up-next"><h3>Up Next</h3><ul>%s</ul></div></div>\n'
            '<div class="story-meta"><span class="author">by: %s</span> <span class="date">Posted: %s</span> <span class="date">Updated: %s</span></div>\n'
            '<div class="story-body">%s</div>\n'
            '<div class="app-promo"><p>Download our free app to get breaking news alerts and live video on your phone.</p>'
            '<a href="#">App Store</a> <a href="#">Google Play</a></div>\n'
            '<div class="more-stories"><h3>More Stories</h3>%s</div></div>\n<footer>%s</footer></body></html>\n') % (
        alert_bar(random.choice(WX) + ' CDT') if n % 2 else '', E(brand), nav(st['call']), E(st['title']), n, n, 4500000 + n,
        E(vt), E(vs), ''.join('<li><a href="/video/%s"><span class="title">%s</span> <span class="duration">%d:%02d</span></a></li>' % (
            slug(c), E(c), random.randint(0, 3), random.randint(0, 59)) for c in clips),
        E(name), fmt(t0), fmt(t1), blocks(st), links(4, 'more'), fcc_footer(st['call'], t0.year))


def t_gr(st, n, closings=False):
    """Gray-like station page, 2014-2018: 'Updated: Wed 5:05 PM, Dec 03, 2014' and 'Posted By: Name', a
    stamped update printed as a bold line of its own ('UPDATE 11:40 a.m.'), 'Report a typo', the viewers'
    comments note and comments, 'Send us your photos' promo; the closings page has a list that is the news."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 80)
    fmt = lambda t: '%s %s, %s %02d, %d' % (DAYS[t.weekday()][:3], h12(t), MONTHS[t.month - 1][:3], t.day, t.year)
    name, role = byl(st)
    us = lambda s, t: '<p><strong>%s</strong></p>\n<p>%s</p>' % (E(s), E(t))
    body = blocks(st, us=us)
    by = '<div class="byline">Posted By: %s</div>' % E(name) if name else '<div class="byline">By WJHT News Staff</div>'
    return (head(st, brand) +
            '<body class="gray-story"><div id="top-bar"><a href="/live">Watch Live</a> <a href="/weather">%d&deg;</a></div>'
            '<header><a href="/" class="logo">%s</a>%s</header>\n'
            '<div id="content"><div class="story"><h1 class="story-title">%s</h1>'
            '<div class="story-dates">Updated: %s</div>%s'
            '<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>\n'
            '<div id="story-body">%s</div>\n'
            '<div class="story-tools"><a href="/report-a-typo?s=%d" class="typo">Report a typo</a></div>\n'
            '<div class="ugc-promo"><a href="/share">Send us your photos and video</a></div>\n'
            '<div class="comments"><p class="comments-note">Comments are posted from viewers like you and do not always reflect the views '
            'of this station.</p><div class="comment"><span class="user">kenmorefan</span><p>Thanks for covering this.</p></div></div>\n'
            '</div><aside>%s<div class="most-read"><h3>Most Read</h3>%s</div></aside></div>\n<footer>%s</footer></body></html>\n') % (
        20 + n, E(brand), nav(st['call']), E(st['title']), fmt(t1), by, body, 700 + n,
        closings_widget([('Mercer Valley Schools', 'Closed'), ('Kenmore Head Start', '2 Hours Late')]) if not closings else '',
        links(5, 'most-read-list', tag='ol'), fcc_footer(st['call'], t0.year))


def t_clo(st, n):
    return t_gr(st, n, closings=True)


def t_tg(st, n, ap=False):
    """Tegna-like station page, 2016-2019: 'Author: Name, Role' and 'Published: 4:45 PM CST November 15, 2016',
    'RELATED:' lines in the story, a weather alert bar, the app line after the story ('Download the X app'),
    'Trending Now' cards, '© 2016 KLOV-TV'."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 52)
    fmt = lambda t: '%s %s %s %d, %d' % (h12(t), tz(st, t), MONTHS[t.month - 1], t.day, t.year)
    name, role = byl(st)
    rel = lambda lab, t: '<p class="speakable-p"><strong>%s: </strong><a href="/article/news/local/%s/%d">%s</a></p>' % (
        lab, slug(t), 89000000 + n, E(t))
    body = blocks(st, rel=rel)
    au = '%s, %s' % (name, role) if role else name
    if ap:
        tail = ('<p class="ap-copyright">Copyright %d The Associated Press. All rights reserved. This material may not be published, '
                'broadcast, rewritten or redistributed.</p>') % t0.year
    else:
        tail = ''
    return (head(st, brand, ld(st, brand, name)) +
            '<body>%s<header class="site-header"><a class="logo" href="/">%s</a>%s</header>\n'
            '<div class="asset"><div class="asset-double-wide"><h1 class="asset-headline">%s</h1>'
            '<div class="asset-metabar"><span class="asset-metabar-author">Author: %s</span>'
            '<span class="asset-metabar-time">Published: %s</span><span class="asset-metabar-time">Updated: %s</span></div>'
            '<div class="asset-share"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div></div>\n'
            '<div class="asset-double-wide asset-body">%s\n%s\n'
            '<p class="app-line"><em>Download the %s app for breaking news and weather alerts.</em></p></div>\n'
            '<div class="trending-now"><h3>Trending Now</h3>%s</div></div>\n'
            '<footer class="site-footer">%s</footer></body></html>\n') % (
        alert_bar('Winter Storm Warning until 6 PM') if n % 2 == 0 else '', E(brand), nav(st['call']), E(st['title']), E(au),
        fmt(t0), fmt(t1), body, tail, E(brand), links(4, 'trending-cards'),
        fcc_footer(st['call'], t0.year).replace('&copy; %d %s.' % (t0.year, E(brand)), '&copy; %d %s-TV.' % (t0.year, st['call'])))


def t_tgap(st, n):
    return t_tg(st, n, ap=True)


def t_wxu(st, n):
    return t_tg(st, n)


def t_sb(st, n):
    """Sinclair-like station page, 2017-2019: 'by Name, Role' and 'Monday, August 21st 2017', the story, a
    'Have a news tip?' box, 'Send us your photos' box, 'Trending' list; the weather page adds an alert
    banner, a radar link and a closings widget."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    sfx = lambda d: 'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')
    name, role = byl(st)
    wx = st['tpl'] == 'wxs'
    return (head(st, brand, ld(st, brand, name)) +
            '<body>%s<header><a class="logo" href="/">%s</a>%s<a class="live" href="/live">LIVE</a></header>\n'
            '<main><div class="story-header"><h1>%s</h1><div class="byline">by %s, %s</div>'
            '<div class="date">%s, %s %d%s %d</div><div class="share"><a href="#">Facebook</a><a href="#">Twitter</a></div></div>\n'
            '%s<div class="story-content">%s</div>\n'
            '<div class="newstip-box"><h3>Have a news tip?</h3><p>Email the %s newsroom at news@%s or call 585-555-0110.</p></div>\n'
            '<div class="ugc-box"><h3>Send us your photos</h3><p>Share your photos and videos with us and they could appear on air.</p>'
            '<a href="/chimein">Upload</a></div>\n'
            '<div class="trending"><h3>Trending</h3>%s</div></main>\n<aside>%s</aside>\n<footer>%s</footer></body></html>\n') % (
        alert_bar('Wind Chill Warning until 11 AM Thursday') if wx else '', E(brand), nav(st['call']), E(st['title']), E(name), E(role),
        DAYS[t0.weekday()], MONTHS[t0.month - 1], t0.day, sfx(t0.day), t0.year,
        '<div class="radar"><a href="/weather/radar">Interactive Radar</a></div>' if wx else '', blocks(st), st['call'], dom,
        links(5, 'trending-list'),
        closings_widget([('Pembroke City Schools', 'Closed Wed'), ('Lakeview Academy', 'Closed Wed'), ('Pembroke YMCA', 'Opens 10 AM')]) if wx else wx_widget(st['call'], 60),
        fcc_footer(st['call'], t0.year))


def t_wxs(st, n):
    return t_sb(st, n)


def t_cx(st, n):
    """Cox-like station page, 2012-2016: 'Posted: 5:48 p.m. Wednesday, July 18, 2012' and 'By Name', the story
    and its copyright paragraph ('Copyright 2012 by WSBN-TV. All rights reserved. This material may not be
    published, broadcast, rewritten or redistributed.'), 'Report a typo', 'Trending Now on ...'."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    name, role = byl(st)
    return (head(st, brand) +
            '<body class="cmStory"><div id="masthead"><a href="/">%s</a>%s</div>\n'
            '<div id="cmContent"><div class="cmHeadline"><h1>%s</h1></div>'
            '<div class="cmByline">By %s</div><div class="cmPostDate">Posted: %s %s, %s %d, %d</div>\n'
            '<div class="cmArticleBody">%s\n<p>Copyright %d by %s-TV. All rights reserved. This material may not be published, broadcast, '
            'rewritten or redistributed.</p></div>\n'
            '<div class="cmTools"><a href="/report-typo">Report a typo</a> | <a href="#">Email</a> | <a href="#">Print</a></div>\n'
            '<div class="cmTrending"><h3>Trending Now on %s</h3>%s</div></div>\n<div id="cmFooter">%s</div></body></html>\n') % (
        E(brand), nav(st['call']), E(st['title']), E(name), h12(t0, True), DAYS[t0.weekday()], MONTHS[t0.month - 1], t0.day, t0.year,
        blocks(st), t0.year, st['call'], dom, links(5, 'cmList'), fcc_footer(st['call'], t0.year))


def t_rd(st, n):
    """Commercial radio station WordPress site, 2013-2016: 'Listen Live' bar with the show now playing,
    'Posted by Name on June 11, 2013 at 8:40 am', 'Filed Under: Local News', a news-tip line printed as the
    entry's last paragraph, share links, 'Recent Posts'."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    name, role = byl(st)
    return (head(st, brand) +
            '<body class="single"><div class="listen-bar"><a href="/listen">Listen Live</a> <span class="now-playing">Now Playing: '
            'The Morning Show with Bud and Dee</span></div>\n<header><a href="/" class="logo">%s</a>%s</header>\n'
            '<div id="content"><article class="post"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta">Posted by %s on %s %d, %d at %s</div>\n'
            '<div class="entry-content">%s\n<p><em>Have a news tip? Call the %s newsroom at 618-555-0190 or email news@%s.</em></p></div>\n'
            '<div class="entry-utility">Filed Under: <a href="/category/local-news">Local News</a> | '
            '<a href="#">Share on Facebook</a> <a href="#">Tweet</a></div></article>\n'
            '<aside><div class="widget"><h3>Recent Posts</h3>%s</div><div class="widget"><h3>On Air</h3><p>Harlan Today, weekdays 9-11 a.m.</p></div></aside></div>\n'
            '<footer>%s</footer></body></html>\n') % (
        E(brand), nav(st['call'], ['News', 'Sports', 'Obituaries', 'Swap Shop', 'Listen Live', 'Contests']), E(st['title']), E(name),
        MONTHS[t0.month - 1], t0.day, t0.year, h12(t0).lower(), blocks(st), st['call'], dom, links(5, 'recent-posts'),
        fcc_footer(st['call'], t0.year))


def t_pr(st, n):
    """Public radio station Drupal site, 2015-2018: an audio player ('Listen · 3:52'), 'By Name • May 19, 2015',
    the story, 'Copyright 2015 WMLR. To see more, visit ...' and underwriting ('Support comes from')."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    name, role = byl(st)
    return (head(st, brand) +
            '<body class="node-type-npr-story"><header><a href="/" class="logo">%s</a>%s<a class="donate" href="/donate">Donate</a>'
            '<div class="stream"><a href="/listen">Listen Live</a> <span>All Things Considered</span></div></header>\n'
            '<article class="node-story"><h1>%s</h1><div class="byline">By <a href="/people/%s">%s</a> &bull; <span class="date">%s %d, %d</span></div>\n'
            '<div class="audio-player"><button>Listen</button> <span class="label">Listen</span> &middot; <span class="duration">%d:%02d</span></div>\n'
            '<div class="field-name-body"><div class="field-item">%s</div></div>\n'
            '<p class="npr-copyright">Copyright %d %s. To see more, visit <a href="https://%s">%s</a>.</p>\n'
            '<div class="tags">Tags: <a href="#">Local News</a> <a href="#">%s</a></div></article>\n'
            '<aside><div class="underwriting"><p>Support comes from</p><img src="/underwriters/bank.png" alt="Orrin Savings Bank" /></div>'
            '<div class="block"><h2>Recent Stories</h2>%s</div></aside>\n<footer>%s</footer></body></html>\n') % (
        E(brand), nav(st['call'], ['News', 'Music', 'Programs', 'Schedule', 'Events', 'Support']), E(st['title']), slug(name), E(name),
        MONTHS[t0.month - 1], t0.day, t0.year, 3, 10 + n, blocks(st), t0.year, st['call'], dom, st['call'], E(role),
        links(4, 'recent'), fcc_footer(st['call'], t0.year))


def t_cb(st, n):
    """CBS-local-like WordPress station page, 2014-2016: '(CBS4)' datelines, the date line and the author,
    the copyright line in parentheses as the story's last paragraph, 'Filed Under:' tags, 'More From CBS4'."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    name, role = byl(st)
    return (head(st, brand) +
            '<body class="single-post"><header><a href="/" class="logo">%s</a>%s</header>\n'
            '<div id="main"><article class="post"><header class="post-header"><h1 class="title">%s</h1>'
            '<div class="post-meta"><span class="date">%s %d, %d %s</span> <span class="author">By %s</span></div></header>\n'
            '<div class="story">%s\n<p>(&copy; Copyright %d CBS Broadcasting Inc. All Rights Reserved. This material may not be '
            'published, broadcast, rewritten or redistributed.)</p></div>\n'
            '<div class="post-tags">Filed Under: <a href="#">Denton</a>, <a href="#">Local TV</a>, <a href="#">Weather</a></div></article>\n'
            '<div class="more-from"><h3>More From CBS4 Denton</h3>%s</div></div>\n<footer>%s</footer></body></html>\n') % (
        E(brand), nav(st['call']), E(st['title']), MONTHS[t0.month - 1], t0.day, t0.year, h12(t0), E(name), blocks(st), t0.year,
        links(5, 'more-list'), fcc_footer(st['call'], t0.year))


def t_lb(st, n):
    """A station's live-updates page, 2016-2018: a 'LIVE' badge, each update a time stamp alone over its text,
    newest first, 'Refresh for the latest updates', app promo."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0 = dt(st)
    us = lambda s, t: '<div class="live-update"><div class="update-time">%s</div><p>%s</p></div>' % (E(s), E(t))
    return (head(st, brand, ld(st, brand)) +
            '<body>%s<header><a href="/" class="logo">%s</a>%s</header>\n'
            '<main><span class="live-badge">LIVE</span><h1>%s</h1><div class="meta">Posted: %s %d, %d / %s %s</div>'
            '<p class="refresh-note">Refresh this page for the latest updates.</p>\n<div class="live-updates">%s</div>\n'
            '<div class="app-promo">Download our free app for breaking news alerts.</div>\n'
            '<div class="related"><h3>Related Stories</h3>%s</div></main>\n<footer>%s</footer></body></html>\n') % (
        alert_bar('Flash Flood Warning until 7 PM CDT') if st['call'] == 'KBCX' else '', E(brand), nav(st['call']), E(st['title']),
        MONTHS[t0.month - 1][:3], t0.day, t0.year, h12(t0), tz(st, t0), blocks(st, us=us), links(3, 'related-list'),
        fcc_footer(st['call'], t0.year))


def t_hr(st, n):
    """Hearst-like station page, 2017-2019: JSON-LD, 'Updated: 6:30 PM EST Dec 12, 2017', the author card
    with name and title, 'Advertisement' labels between paragraphs, the affiliate-marketing note."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 90)
    name, role = byl(st)
    ps = blocks(st).split('\n')
    ps.insert(2, '<div class="ad-container"><span class="ad-label">Advertisement</span><div id="gpt-ad-2"></div></div>')
    return (head(st, brand, ld(st, brand, name)) +
            '<body><header><a href="/" class="logo">%s</a>%s</header>\n'
            '<main class="article"><h1 class="article-headline--title">%s</h1>'
            '<div class="article-author"><span class="article-author--name">%s</span><span class="article-author--title">%s</span></div>'
            '<div class="article-date">Updated: %s %s %s %d, %d</div>\n'
            '<div class="article-content--body-text">%s</div>\n'
            '<div class="article-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div></main>\n'
            '<footer>%s<p>Hearst Television participates in various affiliate marketing programs, which means we may get paid '
            'commissions on editorially chosen products purchased through our links to retailer sites.</p></footer></body></html>\n') % (
        E(brand), nav(st['call']), E(st['title']), E(name), E(role), h12(t1), tz(st, t1), MONTHS[t1.month - 1][:3], t1.day, t1.year,
        '\n'.join(ps), fcc_footer(st['call'], t0.year))


def t_sc(st, n):
    """Scripps-like station page, 2018: 'Posted: 1:35 PM, Jan 16, 2018 Updated: ...', 'By: Name', the group's
    copyright line at the body's end, 'Report a typo', newsletter box."""
    brand, city, state, z, dom, ch = ST[st['call']]
    t0, t1 = dt(st), dt(st, 44)
    fmt = lambda t: '%s, %s %d, %d' % (h12(t), MONTHS[t.month - 1][:3], t.day, t.year)
    name, role = byl(st)
    return (head(st, brand, ld(st, brand, name)) +
            '<body><header><a href="/" class="logo">%s</a>%s</header>\n'
            '<main><h1 class="ArticlePage-headline">%s</h1><div class="ArticlePage-datePublished">Posted: %s</div>'
            '<div class="ArticlePage-dateModified">Updated: %s</div><div class="ArticlePage-authorBy">By: <a href="#">%s</a></div>\n'
            '<div class="RichTextArticleBody">%s\n<p>Copyright %d Scripps Media, Inc. All rights reserved. This material may not be '
            'published, broadcast, rewritten, or redistributed.</p></div>\n'
            '<div class="typo"><a href="/report-a-typo">Report a typo</a></div>\n'
            '<div class="newsletter"><h3>Sign up for the KWBM 41 newsletter</h3><input type="email" placeholder="Email" /><button>Sign up</button></div></main>\n'
            '<footer>%s</footer></body></html>\n') % (
        E(brand), nav(st['call']), E(st['title']), fmt(t0), fmt(t1), E(name), blocks(st), t0.year, fcc_footer(st['call'], t0.year))


TPL = dict(wn=t_wn, wnap=t_wnap, fr=t_fr, lk=t_lk, lkap=t_lkap, av=t_av, gr=t_gr, clo=t_clo, tg=t_tg, tgap=t_tgap, wxu=t_wxu,
           sb=t_sb, wxs=t_wxs, cx=t_cx, rd=t_rd, pr=t_pr, cb=t_cb, lb=t_lb, hr=t_hr, sc=t_sc)


def main():
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(parse(os.path.join(HERE, 'stories.txt')), 1):
        page = TPL[st['tpl']](st, n)
        name = os.path.join(OUT, '%02d' % n)
        with open(name + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(name + '.txt', 'w', encoding='utf-8') as f:
            f.write(expected(st))
        with open(name + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': st['when'], 'lang': 'en', 'title': st['title']}, f, ensure_ascii=False)


main()
