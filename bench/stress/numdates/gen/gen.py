#!/usr/bin/env python3
"""Generate bench/stress/numdates pages: English news and press pages whose ONLY publication date is written in
numbers, where the day/month order depends on the site's country (invented sites, original text).

Usage: python3 bench/stress/numdates/gen/gen.py bench/stress/numdates   (writes NN.html/.txt/.json)

Every page is one (template, story, date, signals) row of PAGES below.  A template writes the page's head (with or
without <html lang>, og:locale, a canonical address on a country domain), its furniture, the date line in the
site's own numeric layout, and the story's paragraphs (the expected text).  No page carries an ISO date in its
metadata, JSON-LD or <time datetime>: the visible numbers are the only date."""
import html, json, os, sys

OUT = sys.argv[1]
E = html.escape
MONTHS = 'January February March April May June July August September October November December'.split()

# ---- stories: (title, [paragraphs]) ----
STORIES = {
    'ferry': ("Harbour ferry timetable changes after crew shortage",
              ["The harbour ferry service will run every forty minutes instead of every twenty from next week, the operator said, after eleven deckhands left within two months.",
               "Share of the morning crossings taken by commuters has risen to almost seventy per cent since the bridge tolls went up, and the operator expects queues at both terminals.",
               "A spokeswoman said recruitment had started and that the old timetable would return once the new crew members finish their safety training, which takes about six weeks."]),
    'library': ("Library extension opens with a maker room and longer hours",
                ["The town library opened its new wing on Saturday, adding a maker room with two laser cutters, a sewing corner and a small recording booth that residents can book for an hour at a time.",
                 "Opening hours on weekdays now run until nine in the evening. The head librarian said the late evenings were the most requested change in last year's survey of members.",
                 "Related to the extension, the council has moved its local history archive into the old reading room, where the photographs and parish maps can be viewed without an appointment."]),
    'dairy': ("Dairy farmers vote to pool milk tankers across three valleys",
              ["Dairy farmers in the upper valleys have voted to share one fleet of milk tankers, ending a decade in which three co-operatives sent half-empty trucks along the same roads.",
               "The pooled fleet will collect from about 140 farms. Drivers will keep their routes, but the pickups will be planned by one dispatcher working from the creamery at the river mouth.",
               "Farmers who voted against the plan said they worried about losing priority during the spring flush, when every farm wants its milk collected before noon."]),
    'rail': ("Signal fault halts evening trains on the coastal line",
             ["Evening trains on the coastal line were halted for almost three hours after a signal box lost power during a storm, leaving about 2,000 passengers stranded at stations along the route.",
              "Engineers restored the supply shortly before ten, but trains ran at reduced speed until midnight while each signal was checked by hand.",
              "Photo by photo, passengers posted the crowded platforms online, and the rail company apologised for the lack of replacement buses at the smaller stations."]),
    'school': ("New primary school to open on former bus depot site",
               ["A primary school for 420 pupils will be built on the site of the former bus depot, the education department announced, ending three years of argument over how the land should be used.",
                "The building will have a roof garden and a hall that community groups can hire in the evenings. Construction is due to start in the spring and take eighteen months.",
                "Parents in the neighbourhood had campaigned for a school there since the depot closed, saying the nearest one was across a main road with no crossing."]),
    'pump': ("Pump maker adds solar-powered borehole unit to its range",
             ["The company has added a borehole pump that runs directly from solar panels, without batteries, for farms and villages that lie far from the grid.",
              "The controller tracks the panels' output through the day and slows the pump rather than stopping it when clouds pass, which the maker says cuts wear on the motor.",
              "Units with heads of up to 120 metres are available now, and a larger model for irrigation schemes is planned for next year."]),
    'clinic': ("Walk-in clinic extends weekend hours during flu season",
               ["The walk-in clinic on the high street will open on Sundays until the end of March to cope with the number of patients arriving with flu symptoms.",
                "Staff said waiting times on Saturdays had reached three hours in recent weeks. Two extra nurses have been hired on short contracts for the winter.",
                "The clinic asked people with mild symptoms to phone the advice line before coming in, and to stay at home if they have a fever."]),
    'port': ("Port authority approves dredging of the inner channel",
             ["The port authority has approved the dredging of the inner channel so that larger container ships can reach the north quay at low tide.",
              "About 600,000 cubic metres of silt will be removed over two summers. The spoil will be used to rebuild a salt marsh that was lost to erosion at the mouth of the estuary.",
              "Fishermen said they had been promised that the work would pause during the herring season, when the channel is busiest with small boats."]),
    'theatre': ("Community theatre saved by late rush of donations",
                ["The community theatre will stay open after a late rush of donations covered the repair of its roof, which had been leaking into the stalls since the winter.",
                 "More than 900 people gave money in the last week of the appeal, most of them less than twenty, the theatre's treasurer said.",
                 "The first production after the repairs will be a musical written by pupils from two local secondary schools."]),
    'bridge': ("Footbridge closed for repairs after inspection finds corrosion",
               ["The footbridge over the canal has been closed after an inspection found corrosion in two of its supporting beams, the council said.",
                "Pedestrians will be diverted over the road bridge, adding about ten minutes to the walk from the estate to the station.",
                "Engineers expect the repairs to take four months. A temporary crossing was ruled out because the canal must stay open to boats."]),
    'grain': ("Grain co-operative opens drying plant ahead of wet harvest",
              ["The grain co-operative has opened a drying plant that can handle 40 tonnes an hour, in time for a harvest that forecasters expect to be one of the wettest in a decade.",
               "Members will be charged by the tonne and by the amount of moisture removed. The co-operative said the plant would pay for itself in five seasons.",
               "Share of the region's wheat that is dried on farms rather than at central plants has fallen for years as smaller growers sold their old driers."]),
    'water': ("Water utility fixes leak that lost millions of litres a day",
              ["The water utility has repaired a leak in a trunk main that was losing about four million litres a day under a field on the edge of town.",
               "The leak was found with acoustic loggers that listen for the hiss of escaping water. Crews dug down three metres to reach the pipe.",
               "The utility said it would replace another two kilometres of the same main, which was laid in the 1950s, over the next year."]),
    'market': ("Farmers' market moves indoors for the winter months",
               ["The weekly farmers' market will move into the old corn exchange from next month, after traders complained that the winter wind made it hard to keep stalls standing.",
                "About thirty stallholders have signed up for the indoor season, including two bakers and a cheesemaker who had not taken part before.",
                "The market will return to the square at Easter. Organisers said they would keep the indoor hall as an option for wet days in summer."]),
    'cycle': ("Protected cycle lane planned along the river road",
              ["A protected cycle lane will be built along the river road next year, separating riders from traffic with a low kerb and planters.",
               "The plan removes forty parking spaces. Shop owners on the road said they feared losing customers who drive in from outside the town.",
               "Related to the scheme, the city will add cycle parking at the bus station and widen the path under the railway bridge."]),
    'quake': ("Small earthquake shakes windows but causes no damage",
              ["A small earthquake was felt across the district shortly after six in the morning, rattling windows and waking residents, but no damage was reported.",
               "The geological survey measured it at magnitude 3.1 with a depth of about nine kilometres. Tremors of that size happen in the area every few years.",
               "Emergency services said they received more than a hundred calls in the first half hour, most of them from people asking what had happened."]),
    'museum': ("Museum returns carved panels to the church they came from",
               ["The regional museum has returned four carved oak panels to the parish church from which they were removed during a restoration more than a century ago.",
                "The panels show scenes of the harvest and were identified last year by a volunteer who compared old photographs of the church with the museum's stores.",
                "They will be fixed to the pulpit again after conservators check that the church is dry enough for the wood."]),
}

# ---- page rows: (template, story, (y, m, d), variant flags) ----
PAGES = [
    ('ustv', 'ferry', (2012, 9, 11), ''),
    ('ustv', 'rail', (2014, 3, 5), 'nolang'),
    ('ustv', 'quake', (2016, 10, 7), 'nolang-pst'),
    ('ukreg', 'library', (2012, 9, 11), ''),
    ('ukreg', 'bridge', (2015, 4, 2), 'nolang'),
    ('ukreg', 'clinic', (2013, 1, 8), 'wp-enus'),
    ('inbiz', 'pump', (2012, 9, 11), ''),
    ('inbiz', 'grain', (2017, 6, 3), 'en'),
    ('aucomm', 'market', (2012, 9, 11), ''),
    ('aucomm', 'theatre', (2018, 5, 4), 'wp-enus'),
    ('nzfarm', 'dairy', (2012, 9, 11), ''),
    ('nzfarm', 'water', (2019, 2, 6), 'lang-en'),
    ('iesport', 'cycle', (2012, 9, 11), ''),
    ('iesport', 'port', (2011, 12, 1), ''),
    ('zamine', 'pump', (2012, 9, 11), ''),
    ('zamine', 'water', (2014, 11, 10), 'slash'),
    ('euportal', 'port', (2012, 9, 11), ''),
    ('euportal', 'museum', (2016, 3, 4), 'dash'),
    ('oldtrade', 'pump', (2012, 9, 11), 'comment-us'),
    ('oldtrade', 'grain', (2010, 4, 6), 'comment-uk'),
    ('oldtrade', 'water', (2011, 2, 3), 'update-us'),
    ('forum', 'school', (2012, 9, 11), 'comment-uk'),
    ('forum', 'cycle', (2013, 7, 8), 'comment-us'),
    ('nordic', 'museum', (2012, 9, 11), ''),
    ('nordic', 'quake', (2015, 8, 9), ''),
    ('twodigit', 'theatre', (2012, 9, 11), 'us'),
    ('twodigit', 'library', (2012, 9, 11), 'uk'),
    ('clock24', 'rail', (2012, 9, 11), 'bst'),
    ('clock24', 'clinic', (2017, 10, 2), 'cet'),
    ('gov', 'school', (2012, 9, 11), ''),
    ('gov', 'bridge', (2018, 3, 12), 'gov'),
    ('style', 'dairy', (2012, 9, 11), 'uk'),
    ('style', 'market', (2012, 9, 11), 'us'),
    ('copyright', 'library', (2012, 10, 11), ''),
    ('copyright', 'ferry', (2011, 5, 9), 'pound'),
    ('wire', 'port', (2012, 9, 11), 'us'),
    ('wire', 'quake', (2012, 9, 11), 'uk'),
    ('aucomm', 'rail', (2013, 8, 6), 'nolang-est'),
    ('ukreg', 'grain', (2016, 11, 5), 'lang-en-gb-og'),
    ('ustv', 'museum', (2019, 6, 10), 'og-only'),
]


def mdy(d, sep='/', yy=False):
    y, m, dd = d
    return '%02d%s%02d%s%s' % (m, sep, dd, sep, ('%02d' % (y % 100)) if yy else str(y))


def dmy(d, sep='/', yy=False):
    y, m, dd = d
    return '%02d%s%02d%s%s' % (dd, sep, m, sep, ('%02d' % (y % 100)) if yy else str(y))


def later(d, days):
    """A date `days` after d inside the same month when it fits, else in the next month (comments, updates)."""
    y, m, dd = d
    dd += days
    if dd > 28:
        dd -= 28
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return (y, m, dd)


def paras(st):
    return ''.join('<p>%s</p>\n' % E(p) for p in st[1])


def head(title, lang=None, og_locale=None, canonical=None, site=None, extra=''):
    h = '<!DOCTYPE html>\n<html%s>\n<head>\n<meta charset="utf-8">\n<title>%s%s</title>\n' % (
        ' lang="%s"' % lang if lang else '', E(title), (' | ' + E(site)) if site else '')
    if og_locale:
        h += '<meta property="og:locale" content="%s">\n' % og_locale
    h += '<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n' % E(title)
    if canonical:
        h += '<link rel="canonical" href="%s">\n' % canonical
        h += '<meta property="og:url" content="%s">\n' % canonical
    return h + extra + '</head>\n'


def slug(t):
    return '-'.join(''.join(c for c in w.lower() if c.isalnum()) for w in t.split()[:6])


def nav(items):
    return '<nav class="main-nav"><ul>%s</ul></nav>\n' % ''.join('<li><a href="/%s">%s</a></li>' % (i.lower().replace(' ', '-'), i) for i in items)


def related(items):
    return '<aside class="related"><h3>More stories</h3><ul>%s</ul></aside>\n' % ''.join(
        '<li><a href="/news/%s">%s</a></li>' % (slug(t), E(t)) for t in items)


OTHER = ["Council publishes draft budget for consultation", "Storm brings down trees across the north side",
         "Police appeal for witnesses after depot break-in", "Hospital car park charges to rise in April",
         "Volunteers clear two tonnes of litter from the beach"]


def page(tpl, key, d, v):
    st = STORIES[key]
    title = st[0]
    lang_out = 'en'
    body = paras(st)
    s = slug(title)
    if tpl == 'ustv':   # US local TV station: month-first with a US zone after the clock
        lang = None if v.startswith('nolang') or v == 'og-only' else 'en-US'
        zone = 'PST' if v == 'nolang-pst' else 'EDT' if d[1] in (4, 5, 6, 7, 8, 9, 10) else 'EST'
        og = 'en_US' if v == 'og-only' else None
        clock = '' if v == 'og-only' else ' %d:%02d %s %s' % (3 + d[2] % 8, (d[2] * 7) % 60, 'PM' if d[2] % 2 else 'AM', zone)
        h = head(title, lang, og, None, 'WKXR News 7', '<meta name="twitter:card" content="summary_large_image">\n')
        page_ = h + '<body class="story">\n<header><a class="logo" href="/">WKXR News 7</a>' + nav(['News', 'Weather', 'Traffic', 'Sports', 'Investigates', 'Watch Live']) + '</header>\n'
        page_ += '<div class="weather-strip">72&deg; Partly cloudy</div>\n<main><article>\n<h1 class="headline">%s</h1>\n' % E(title)
        page_ += '<div class="story-meta"><span class="author">By Web Staff</span> <span class="timestamp">Posted: %s%s</span></div>\n' % (mdy(d), clock)
        page_ += '<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>\n'
        page_ += '<div class="story-body">\n' + body + '</div>\n'
        page_ += '<p class="copyright">Copyright %d WKXR. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>\n' % d[0]
        page_ += '</article></main>\n' + related(OTHER[:4]) + '<footer><p>WKXR News 7 &middot; <a href="/eeo">EEO Report</a> &middot; <a href="/fcc">FCC Public File</a></p></footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'ukreg':  # UK regional daily: day-first, 24-hour clock
        lang = None if v == 'nolang' else 'en-US' if v == 'wp-enus' else 'en' if v == 'lang-en-gb-og' else 'en-GB'
        og = 'en_US' if v == 'wp-enus' else 'en_GB' if v in ('', 'lang-en-gb-og') else None
        canon = 'https://www.westmoorgazette.co.uk/news/%s' % s if v != 'lang-en-gb-og' else None
        h = head(title, lang, og, canon, 'Westmoor Gazette')
        page_ = h + '<body>\n<div class="masthead"><a href="/">Westmoor Gazette</a></div>\n' + nav(['News', 'Sport', 'Business', 'Whats On', 'Property', 'Jobs'])
        page_ += '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>\n'
        page_ += '<div class="article"><h1>%s</h1>\n<p class="article-date">Published: %s %02d:%02d</p>\n' % (E(title), dmy(d), 6 + d[2] % 12, (d[2] * 13) % 60)
        page_ += '<div class="article-body">\n' + body + '</div>\n'
        page_ += '<div class="newsletter"><h3>Get the Gazette daily</h3><p>Sign up for our morning email with the day\'s top stories.</p><form><input type="email"><button>Sign up</button></form></div>\n'
        page_ += '</div>\n' + related(OTHER[1:5]) + '<footer><p>&copy; %d Westmoor Media Ltd. Registered in England and Wales.</p></footer>\n</body>\n</html>\n' % d[0]
        return page_, body, title, lang_out
    if tpl == 'inbiz':  # Indian business portal: no lang or bare "en", .in domain, IST
        lang = 'en' if v == 'en' else None
        canon = 'https://www.deccantradeline.in/industry/%s' % s
        h = head(title, lang, None, canon, 'Deccan Tradeline')
        page_ = h + '<body>\n<div id="top"><a href="/">Deccan Tradeline</a> <span class="ticker">Sensex | Nifty | Gold | Rupee</span></div>\n' + nav(['Markets', 'Industry', 'Economy', 'Agri', 'Tech', 'Opinion'])
        page_ += '<div class="news-detail"><h1>%s</h1>\n<div class="dt">Updated: %s %02d:%02d IST</div>\n' % (E(title), dmy(d, '-'), 9 + d[2] % 9, (d[2] * 11) % 60)
        page_ += '<div class="content">\n' + body + '</div>\n'
        page_ += '<div class="ad-slot">Advertisement</div>\n<div class="tags">Tags: <a href="/t/industry">industry</a> <a href="/t/agri">agri</a></div>\n'
        page_ += '</div>\n' + related(OTHER[:3]) + '<footer>Copyright &copy; Deccan Tradeline Pvt Ltd. All rights reserved.</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'aucomm':  # Australian community paper: day-first, "EST" meaning eastern Australia
        lang = 'en-US' if v == 'wp-enus' else None if v == 'nolang-est' else 'en-AU'
        canon = 'https://www.riverinaexpress.com.au/%s/' % s
        h = head(title, lang, 'en_US' if v == 'wp-enus' else None, canon, 'Riverina Express')
        page_ = h + '<body class="post-template-default single">\n<header class="site-header"><a href="/">Riverina Express</a></header>\n' + nav(['Local News', 'Sport', 'Community', 'Rural', 'Classifieds'])
        page_ += '<article class="post"><h1 class="entry-title">%s</h1>\n' % E(title)
        page_ += '<div class="entry-meta"><span class="posted-on">Posted %s at %d:%02d %s EST</span></div>\n' % (dmy(d), 1 + d[2] % 11, (d[2] * 5) % 60, 'pm' if d[2] % 2 else 'am')
        page_ += '<div class="entry-content">\n' + body + '</div>\n'
        page_ += '<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a> <a href="#">X</a></div>\n</article>\n'
        page_ += related(OTHER[2:5]) + '<footer class="site-footer">Riverina Express acknowledges the Traditional Custodians of the land.</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'nzfarm':  # NZ farming news: day-first
        lang = 'en' if v == 'lang-en' else 'en-NZ'
        canon = 'https://www.paddockpost.co.nz/news/%s' % s
        h = head(title, lang, None, canon, 'Paddock Post')
        page_ = h + '<body>\n<div class="brand"><a href="/">Paddock Post</a></div>\n' + nav(['Dairy', 'Sheep & Beef', 'Horticulture', 'Machinery', 'Weather'])
        page_ += '<div class="story"><h1>%s</h1>\n<p class="meta">Date: %s</p>\n' % (E(title), dmy(d))
        page_ += body + '<div class="subscribe-box">Get Paddock Post in your letterbox every fortnight. <a href="/subscribe">Subscribe</a></div>\n</div>\n'
        page_ += related(OTHER[:2]) + '<footer>Paddock Post Ltd, PO Box 112, Feilding</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'iesport':  # Irish site: dotted day-first
        canon = 'https://www.corribchronicle.ie/news/%s' % s
        h = head(title, 'en-IE', 'en_IE', canon, 'Corrib Chronicle')
        page_ = h + '<body>\n<div class="hdr"><a href="/">Corrib Chronicle</a></div>\n' + nav(['News', 'GAA', 'Soccer', 'Rugby', 'Community Notes'])
        page_ += '<div class="article-wrap"><h1>%s</h1><div class="byline">Chronicle Reporter</div><div class="date">%s</div>\n' % (E(title), dmy(d, '.'))
        page_ += '<div class="article-text">\n' + body + '</div>\n</div>\n'
        page_ += related(OTHER[1:4]) + '<footer>&copy; Corrib Chronicle</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'zamine':  # South African mining weekly: og:locale en_ZA, no lang
        canon = 'https://www.reefminingweekly.co.za/article/%s' % s
        h = head(title, None, 'en_ZA', canon, 'Reef Mining Weekly')
        dl = dmy(d, '/') if v == 'slash' else dmy(d, '.')
        page_ = h + '<body>\n<div class="top-bar"><a href="/">Reef Mining Weekly</a> <a href="/login">Log in</a></div>\n' + nav(['Mining', 'Energy', 'Projects', 'Suppliers', 'Events'])
        page_ += '<div class="article"><h1>%s</h1>\n<p class="published">Published: %s</p>\n' % (E(title), dl)
        page_ += body + '<p class="disclaimer">Subscribe to read more in our print edition, out every Friday.</p></div>\n'
        page_ += related(OTHER[:3]) + '<footer>Reef Mining Weekly &middot; Johannesburg</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'euportal':  # continental press portal in English
        lang = 'en'
        canon = 'https://www.presseportal-rhein.de/en/%s' % s
        dl = dmy(d, '-') if v == 'dash' else dmy(d, '.')
        h = head(title, lang, None, canon, 'Presseportal Rhein')
        page_ = h + '<body>\n<div class="header"><a href="/en/">Presseportal Rhein</a> <a href="/de/">Deutsch</a> | <a href="/en/">English</a></div>\n'
        page_ += '<div class="pm"><h1>%s</h1>\n<div class="pm-date">Press release &middot; %s</div>\n' % (E(title), dl)
        page_ += body + '<div class="pm-contact">Press contact: Media office, +49 221 000000</div></div>\n'
        page_ += '<footer><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a></footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'oldtrade':  # old table-layout trade site, no lang, no locale: a later date on the page settles it
        h = '<html>\n<head>\n<title>%s</title>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n' % E(title)
        us = v.endswith('-us')
        dl = mdy(d) if us else dmy(d)
        page_ = h + '<body bgcolor="#ffffff">\n<table width="960" align="center"><tr><td colspan="2"><a href="/">Process Industry Online</a></td></tr>\n'
        page_ += '<tr><td width="680" valign="top">\n<span class="headline">%s</span><br>\n<span class="posted">Posted: %s</span><br><br>\n' % (E(title), dl)
        page_ += body
        x = later(d, 15 if d[2] <= 12 else 3)
        if v.startswith('comment'):
            page_ += '<div class="comments"><b>Comments (1)</b><div class="comment"><span class="c-date">%s</span> <b>plantguy</b>: Good to see this, we had the same trouble last year.</div></div>\n' % (mdy(x) if us else dmy(x))
        else:
            page_ += '<p class="lastmod">Page last updated %s</p>\n' % (mdy(x) if us else dmy(x))
        page_ += '</td><td width="280" valign="top"><b>Latest news</b><br>' + ''.join('<a href="/n/%d">%s</a><br>' % (i, E(t)) for i, t in enumerate(OTHER[:3]))
        page_ += '</td></tr>\n<tr><td colspan="2" class="footer">Copyright &copy; %d Process Industry Online</td></tr></table>\n</body>\n</html>\n' % d[0]
        return page_, body, title, lang_out
    if tpl == 'forum':  # community news site with reader comments dated in the site's layout
        us = v.endswith('-us')
        h = head(title, None, None, None, 'Northside Neighbours')
        page_ = h + '<body>\n<div id="banner"><a href="/">Northside Neighbours</a></div>\n' + nav(['News', 'Events', 'Noticeboard', 'Forum'])
        page_ += '<div id="story"><h2 class="title">%s</h2>\n<div class="info">Submitted by editor on %s</div>\n' % (E(title), mdy(d) if us else dmy(d))
        page_ += body + '</div>\n<div id="comments"><h3>2 comments</h3>\n'
        for k, (who, txt) in enumerate([('marlene', 'About time too, the old site has been empty for years.'), ('j.pike', 'Will there be a crossing on the main road this time?')]):
            x = later(d, 14 + k if d[2] <= 12 else 2 + k)
            page_ += '<div class="comment"><div class="submitted">%s &ndash; %s %02d:%02d</div><p>%s</p></div>\n' % (who, mdy(x) if us else dmy(x), 8 + k, 15 * k, txt)
        page_ += '</div>\n<footer>Northside Neighbours is run by volunteers.</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'nordic':  # ISO dates: no order question
        canon = 'https://www.fjordtidende.no/en/%s' % s
        h = head(title, 'en', None, canon, 'Fjordtidende English')
        page_ = h + '<body>\n<header><a href="/en/">Fjordtidende</a> <a href="/">Norsk</a></header>\n'
        page_ += '<article><h1>%s</h1>\n<p class="dateline">Published %04d-%02d-%02d %02d:%02d</p>\n' % (E(title), d[0], d[1], d[2], 7 + d[2] % 10, (d[2] * 3) % 60)
        page_ += body + '</article>\n' + related(OTHER[:2]) + '<footer>&copy; Fjordtidende AS</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'twodigit':  # two-digit years in an element named for the date
        us = v == 'us'
        h = head(title, None, 'en_US' if us else 'en_GB', None, 'Valley Weekly' if us else 'Dale Weekly')
        page_ = h + '<body>\n<div class="site"><a href="/">%s</a></div>\n' % ('Valley Weekly' if us else 'Dale Weekly') + nav(['Home', 'News', 'Letters', 'Obituaries'])
        page_ += '<div class="post"><h1>%s</h1>\n<div class="post-date">%s</div>\n' % (E(title), mdy(d, '/', True) if us else dmy(d, '.', True))
        page_ += body + '<div class="share-links">Share: <a href="#">Facebook</a> <a href="#">Email</a></div></div>\n'
        page_ += '<footer>All content &copy; the publisher.</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'clock24':  # no lang; the clock's zone name (BST, CET) — not a US zone
        h = head(title, None, None, None, 'Channel Business Wire')
        zone = 'BST' if v == 'bst' else 'CET'
        page_ = h + '<body>\n<div class="hd"><a href="/">Channel Business Wire</a></div>\n'
        page_ += '<div class="release"><h1>%s</h1>\n<p class="rel-date">Released: %s %02d:%02d %s</p>\n' % (E(title), dmy(d), 7 + d[2] % 10, 0, zone)
        page_ += body + '<p class="end">ENDS</p>\n<div class="notes">Notes to editors: high-resolution images are available on request.</div></div>\n'
        page_ += '<footer>Channel Business Wire &middot; <a href="/terms">Terms</a></footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'gov':  # US city / federal press pages: .gov address
        canon = 'https://www.%s.gov/news/%s' % ('lakeportcity' if v == '' else 'fhwa-demo', s)
        h = head(title, 'en' if v == '' else None, None, canon, 'City of Lakeport' if v == '' else 'Highway Programs Office')
        page_ = h + '<body>\n<div class="usa-banner">An official website of the government</div>\n' + nav(['Residents', 'Business', 'Government', 'News'])
        page_ += '<main><h1>%s</h1>\n<p class="release-date">Release Date: %s</p>\n' % (E(title), mdy(d))
        page_ += body + '<p class="contact">Media contact: Public Information Office</p></main>\n'
        page_ += '<footer>Accessibility | Privacy Policy | FOIA</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'style':  # no lang, no locale: the page's other dates written with month names show its order
        uk = v == 'uk'
        y, m, dd = d
        ev = later(d, 10)
        when = ('%d %s %d' % (ev[2], MONTHS[ev[1] - 1], ev[0])) if uk else ('%s %d, %d' % (MONTHS[ev[1] - 1], ev[2], ev[0]))
        extra = '<p>The next public meeting on the plan will be held on %s at the town hall.</p>\n' % when
        body = body + extra
        h = head(title, None, None, None, 'Town Crier Online')
        page_ = h + '<body>\n<div id="hdr"><a href="/">Town Crier Online</a></div>\n' + nav(['News', 'Sport', 'Events'])
        page_ += '<div id="main"><h1>%s</h1>\n<div class="date">Posted: %s</div>\n' % (E(title), dmy(d) if uk else mdy(d))
        page_ += body + '</div>\n<div class="events"><h3>Coming up</h3><ul>'
        ev2 = later(d, 12)
        page_ += '<li>%s &ndash; <a href="/e/1">Craft fair</a></li>' % (('%d %s %d' % (ev2[2], MONTHS[ev2[1] - 1][:3], ev2[0])) if uk else ('%s %d, %d' % (MONTHS[ev2[1] - 1][:3], ev2[2], ev2[0])))
        page_ += '</ul></div>\n<footer>Town Crier Online</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    if tpl == 'copyright':  # counterexample: the copyright year and a both-ambiguous second date settle nothing
        h = head(title, 'en-GB', None, None, 'Borough Bulletin')
        extra = '<p>Prices quoted are in pounds: a season ticket now costs &pound;120.</p>\n' if v == 'pound' else ''
        body = body + extra
        page_ = h + '<body>\n<div class="logo"><a href="/">Borough Bulletin</a></div>\n' + nav(['News', 'Council', 'Schools'])
        x = later(d, 1)
        page_ += '<div class="content"><h1>%s</h1>\n<p class="date">Posted on %s</p>\n' % (E(title), dmy(d))
        page_ += body + '<p class="updated-note">Last reviewed %s</p></div>\n' % dmy(x)
        page_ += '<footer>&copy; %d Borough Bulletin</footer>\n</body>\n</html>\n' % d[0]
        return page_, body, title, lang_out
    if tpl == 'wire':  # syndicated wire copy on a portal with no signals but the wire's country in the dateline
        us = v == 'us'
        h = head(title, 'en-US' if us else 'en-GB', 'en_US' if us else 'en_GB', None, 'NewsPortal')
        page_ = h + '<body>\n<div class="portal-top"><a href="/">NewsPortal</a> <input placeholder="Search"></div>\n'
        page_ += '<div class="wire-story"><h1>%s</h1>\n<div class="wire-meta">Source: %s | %s</div>\n' % (E(title), 'Atlantic Press Service' if us else 'Albion News Agency', mdy(d) if us else dmy(d))
        page_ += body + '<p class="wire-credit">(c) %d %s. Redistribution prohibited.</p></div>\n' % (d[0], 'Atlantic Press Service' if us else 'Albion News Agency')
        page_ += related(OTHER[:3]) + '<footer>NewsPortal</footer>\n</body>\n</html>\n'
        return page_, body, title, lang_out
    raise SystemExit('unknown template ' + tpl)


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, (tpl, key, d, v) in enumerate(PAGES, 1):
        html_, body, title, lang = page(tpl, key, d, v)
        txt = '\n\n'.join(html.unescape(p) for p in __import__('re').findall(r'<p>(.*?)</p>', body))
        name = '%02d' % i
        with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(html_)
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(txt + '\n')
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'published': '%04d-%02d-%02d' % d, 'lang': lang, 'title': title}, f)


if __name__ == '__main__':
    main()
