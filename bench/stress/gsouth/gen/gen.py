#!/usr/bin/env python3
"""Generate bench/stress/gsouth pages from stories.txt (English-language news sites of South Asia, Africa,
Southeast Asia and the Caribbean; invented sites, original text).

Usage: python3 bench/stress/gsouth/gen/gen.py bench/stress/gsouth   (writes NN.html/.txt/.json)

stories.txt: '### tpl|YYYY-MM-DDTHH:MM|byline|section|headline|dateline' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote, KT/SUMM the
'Key Takeaways'/'In Summary' box over the story (items split by ';;').
Furniture codes (never in the expected text): ALSO an 'Also Read |' pointer, RA 'READ ALSO:', READMORE
'Read more:', READ 'Read:', IREAD/RREAD/IREADP 'READ:', READBAR 'READ |', NREL/SREL/STREAD/GREL/NRELH/SRELH
related boxes, ALSOCARD an 'Also Read' card with its teaser (headline|summary), RAH 'READ ALSO:' and its link as
two paragraphs, SIB (a sibling body container after an ad), ITREND a trending box inside the text,
TRNOTE a translation note, PIX a photographer's credit, INIT an editor's initials, AGENCY '— Bernama' on its own
line, INPUTS 'With PTI inputs' over the text, ENDCREDIT an agency's mark closing the last paragraph ('(NAN)'),
LINE a template's standing line set as a plain paragraph ('Read in Bangla', 'Font size: A A A', …),
AD/ADLBL/IADV/CONT ad slots and their labels, SPLIT (ends the body container and opens a sibling one
after an ad), PTI an agency credit, HEADERIMG the lead picture's caption set after the text, PUBIN
'Published in …', FOLLOWGN, VEND a closing 'X News' tag, PAYBOX a paywall promo, SRC a source credit,
CFEED a feedback address.  Paragraphs that open like furniture ('Also read out …', 'Advertisement
hoardings …', 'Kindly share …', 'Related cases …', 'Published figures …', 'Written submissions …') are
story text and stay in the expected text."""
import html, json, os, random, sys

sys.dont_write_bytecode = True  # (no __pycache__ beside the pages)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import genlib  # noqa: E402  (bench/stress/genlib.py)
from genlib import MONTHS, slug  # noqa: E402

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

SITES = {
    'toi': dict(name='The Deccan Times', dom='deccantimes.in', lang='en-IN'),
    'ht': dict(name='Hindustan Courier', dom='hindustancourier.com', lang='en-IN'),
    'ndtv': dict(name='NDN 24x7', dom='ndn24x7.com', lang='en-IN'),
    'iexp': dict(name='The National Express', dom='nationalexpress.in', lang='en-IN'),
    'mint': dict(name='Markets Mint', dom='marketsmint.co.in', lang='en-IN'),
    'dawn': dict(name='Dusk', dom='dusknews.pk', lang='en'),
    'tribune': dict(name='The Indus Tribune', dom='industribune.com.pk', lang='en'),
    'bd': dict(name='The Daily Mirrorstar', dom='dailymirrorstar.com.bd', lang='en'),
    'lk': dict(name='Lanka Morning Post', dom='lankamorningpost.lk', lang='en'),
    'punch': dict(name='The Jab', dom='thejabng.com', lang='en-US'),
    'vanguard': dict(name='Vanguard', dom='vanguardnewsng.com', lang='en-US'),
    'premium': dict(name='PREMIUM TIMES', dom='premiumtimes-ng.net', lang='en-US'),
    'nation': dict(name='Daily Savanna', dom='dailysavanna.co.ke', lang='en'),
    'za': dict(name='News247 SA', dom='news247sa.co.za', lang='en-ZA'),
    'inquirer': dict(name='Archipelago Inquirer', dom='archinquirer.ph', lang='en-US'),
    'rappler': dict(name='Rippler', dom='rippler.ph', lang='en'),
    'star': dict(name='The Peninsula Star', dom='peninsulastar.com.my', lang='en-MY'),
    'st': dict(name='The Strait Herald', dom='straitherald.sg', lang='en-SG'),
    'ghana': dict(name='Gold Coast Online', dom='goldcoastonline.com.gh', lang='en'),
    'carib': dict(name='The Island Gleam', dom='islandgleam.com.jm', lang='en'),
    'toih': dict(name='The Deccan Times', dom='deccantimes.in', lang='en-IN'),
    'dawnh': dict(name='Dusk', dom='dusknews.pk', lang='en'),
    'punchh': dict(name='The Jab', dom='thejabng.com', lang='en-US'),
    'inqh': dict(name='Archipelago Inquirer', dom='archinquirer.ph', lang='en-US'),
    'nationh': dict(name='Daily Savanna', dom='dailysavanna.co.ke', lang='en'),
    'mysgh': dict(name='The Peninsula Star', dom='peninsulastar.com.my', lang='en-MY'),
}

TREND = ['Gold price today: rates fall for third day in a row', 'Schools shut in three districts as heavy rain continues',
         'Cabinet reshuffle likely after budget session, say sources', 'Train fares to rise from January, railway board confirms',
         'Cricket: skipper ruled out of second Test with hamstring strain', 'Petrol, diesel prices unchanged: check rates in your city',
         'Police bust fake call centre, 19 arrested', 'Weather update: cold wave to grip north from next week',
         'Actor announces wedding date in surprise post', 'Exam results declared: direct link to check scores']

COMMENTERS = [('Rajesh K', 'This is what happens when planning is done without asking the people who live there. Every year the same story, every year the same promises, and nothing changes on the ground. Hope the officials read this.'),
              ('concerned_citizen', 'Very good report. The government must take strict action against those responsible. We have been suffering for years and nobody listens to the common man.'),
              ('Farah N.', 'Please also write about the condition of the roads near the old bus stand. It is a disgrace and accidents happen every week. Kindly take this up.'),
              ('Tunde A', 'Na so dem dey talk every time. Until we see the work we no go believe. Thank you for this story anyway.'),
              ('M. Perera', 'The previous government started this project and now the current one is taking credit. Journalists should remember the history before writing.'),
              ('JuanD', 'Sana all. Hope this is not just for the cameras. We need real action, not press releases and photo ops.'),
              ('Kofi', 'Very sad. The ordinary people always suffer while the big men enjoy. God help us.'),
              ('Aisha Bello', 'I disagree with the last commenter. Some progress has been made and we should acknowledge it while asking for more.')]

def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, when, by, sec, title, dl = line[4:].split('|')
            cur = dict(tpl=tpl, when=when, by=by, sec=sec, title=title, dl=dl, items=[])
            stories.append(cur)
        elif line.strip():
            code, _, val = line.partition(':')
            cur['items'].append((code.strip(), val.strip()))
    return stories

def ymd(when):
    return [int(x) for x in when[:10].split('-')]

def ampm(when):
    h, m = int(when[11:13]), when[14:16]
    return '%02d:%s %s' % ((h - 1) % 12 + 1, m, 'AM' if h < 12 else 'PM')

def d_in(when):      # 14 Nov 2025, 09:30 AM IST
    y, m, d = ymd(when)
    return '%d %s %d, %s IST' % (d, MONTHS[m - 1][:3], y, ampm(when))

def d_us(when):      # November 14, 2025
    y, m, d = ymd(when)
    return '%s %d, %d' % (MONTHS[m - 1], d, y)

def ordinal(d):
    return '%d%s' % (d, 'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th'))

def head(st, site, url):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st['title'],
          "datePublished": st['when'] + ':00+05:30' if site['lang'] == 'en-IN' else st['when'] + ':00Z',
          "author": [{"@type": "Person", "name": st['by']}], "articleSection": st['sec'],
          "publisher": {"@type": "Organization", "name": site['name'],
                        "logo": {"@type": "ImageObject", "url": "https://www.%s/logo.png" % site['dom']}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}}
    first = next(v for c, v in st['items'] if c == 'P')
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s - %s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n'
            '<meta name="keywords" content="%s">\n<link rel="canonical" href="%s">\n<link rel="amphtml" href="%s?amp=1">\n'
            '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:url" content="%s">\n<meta property="og:site_name" content="%s">\n'
            '<meta property="og:image" content="https://img.%s/photo/%d.jpg">\n'
            '<meta property="article:published_time" content="%s">\n<meta name="twitter:site" content="@%s">\n'
            '<link rel="stylesheet" href="/assets/css/style.min.css?v=%x">\n'
            '<script type="application/ld+json">%s</script>\n'
            '<script>window.googletag=window.googletag||{cmd:[]};var _comscore=_comscore||[];_comscore.push({c1:"2",c2:"%d"});'
            'window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"articleshow","section":"%s","author":"%s","agency":"%s"});</script>\n'
            '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-%d"></script>\n'
            '<style>.ad-slot{min-height:250px;text-align:center}.also-read a{color:#c00}</style>\n</head>\n') % (
        site['lang'], E(st['title']), E(site['name']), E(first[:155]), E(', '.join(slug(st['title']).split('-')[:6])),
        url, url, E(st['title']), url, E(site['name']), site['dom'], random.randint(10**7, 10**8), ld['datePublished'],
        slug(site['name']).replace('-', ''), random.getrandbits(24), json.dumps(ld), random.randint(6000000, 9999999),
        E(st['sec']), E(st['by']), 'staff', random.randint(10**15, 10**16))

NAVS = {'in': 'Home;India;World;Cities;Business;Tech;Cricket;Entertainment;Lifestyle;Education;Web Stories;Videos;Photos',
        'pk': 'Home;Pakistan;World;Business;Sport;Opinion;Magazines;Prism;Images;Videos;E-paper',
        'ng': 'Home;News;Politics;Metro Plus;Business;Sports;Entertainment;Opinion;Columns;Editorial;Interview',
        'ke': 'Home;News;Counties;Business;Sports;Opinion;Life & Style;Health;Data Hub;Premium;E-paper',
        'sea': 'Home;News;Nation;Metro;World;Business;Sport;Lifestyle;Tech;Opinion;Videos;Podcasts'}
REGION = {'toi': 'in', 'ht': 'in', 'ndtv': 'in', 'iexp': 'in', 'mint': 'in', 'dawn': 'pk', 'tribune': 'pk', 'bd': 'pk', 'lk': 'pk',
          'punch': 'ng', 'vanguard': 'ng', 'premium': 'ng', 'ghana': 'ng', 'nation': 'ke', 'za': 'ke', 'carib': 'ke',
          'inquirer': 'sea', 'rappler': 'sea', 'star': 'sea', 'st': 'sea',
          'toih': 'in', 'dawnh': 'pk', 'punchh': 'ng', 'inqh': 'sea', 'nationh': 'ke', 'mysgh': 'sea'}

# the long reader threads of the harder pages (41-45): comments that read like reporting
LONG_COMMENTS = [
    ('Syed Imran', 'The real issue is not money but planning. Every government announces a new scheme, the officials prepare a report, and then the work stops when the contractor is not paid. Unless the accounts are made public, nothing will change. I have lived here for 30 years and seen the same cycle again and again.'),
    ('Adaeze O.', 'I read this story twice. The residents are right to be angry. The authorities were warned years ago, as the report says, and they did nothing. Someone should be held responsible for the losses people have suffered.'),
    ('R. Venkatesh', 'Good reporting, but the article does not mention that the previous administration had already approved a similar plan in 2019. It was cancelled after the elections. Journalists should give the full background so that readers can judge for themselves.'),
    ('Maria Santos', 'We experienced the same thing in our barangay last year. The officials came, promised help, and left. Only the neighbours helped each other. I hope this time is different but I am not expecting much.'),
    ('Kamau W.', 'The figures quoted by the ministry do not match what we see on the ground. Ask any farmer or trader and they will tell you the truth. The media should visit the villages instead of relying on press statements.'),
    ('Nadia Rahman', 'Very informative piece. Would like to see a follow-up in six months to check whether the promises were kept. Please also publish the names of the contractors involved.'),
    ('Obinna', 'This is the result of corruption, pure and simple. The money was budgeted and shared. Until we start jailing people, nothing will change in this country.'),
    ('Lakshmi P', 'As a resident of the area I can confirm everything written here. The situation has become unbearable, especially for the elderly and for school children who have to walk long distances.'),
    ('Hafiz', 'Why is the opposition silent on this? They were in power for five years and did nothing either. Both sides are the same when it comes to the common man.'),
    ('TJ Reyes', 'Salamat for this report. Sharing with my family back home so they know what to expect. Please keep following this story.'),
]

def long_comments(n, title, disclaimer):
    """A reader thread of n long comments with replies, as the harder pages carry it under the story."""
    cs = [LONG_COMMENTS[i % len(LONG_COMMENTS)] for i in range(n)]
    return ('<div class="comments-wrap"><h3 class="comments-title">%s</h3>%s<div class="comment-thread">%s</div>'
            '<a class="load-more" href="#">Load more comments</a></div>\n') % (
        title, ('<p class="comment-note">%s</p>' % E(disclaimer)) if disclaimer else '',
        ''.join('<div class="cmt"><div class="cmt-head"><b>%s</b> <span>%d days ago</span></div><p>%s</p>'
                '<div class="cmt-foot">Reply &middot; %d Likes &middot; Report</div></div>' % (E(a), i % 4 + 1, E(t), random.randint(0, 90))
                for i, (a, t) in enumerate(cs)))

def header(site, tpl):
    items = NAVS[REGION[tpl]].split(';')
    return ('<div class="top-strip"><span class="today">%s</span><a href="/epaper">E-Paper</a><a href="/subscribe">Subscribe</a>'
            '<a href="/login">Sign In</a></div>\n<header class="site-header"><a class="logo" href="/">%s</a>'
            '<nav class="main-nav"><ul>%s</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"></form>'
            '</header>\n<div class="breaking-ticker"><strong>Breaking</strong><ul>%s</ul></div>\n') % (
        'Weather: 31&deg;C', E(site['name']), ''.join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items),
        ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(t), E(t)) for t in random.sample(TREND, 3)))

def sidebar(title):
    heads = random.sample(TREND, 6)
    return ('<aside class="sidebar"><div class="widget most-read"><h3>%s</h3><ol>%s</ol></div>'
            '<div class="ad-slot ad-300x600"><ins class="adsbygoogle" data-ad-slot="%d"></ins></div>'
            '<div class="widget videos"><h3>Videos</h3><ul>%s</ul></div>%s</aside>\n') % (
        title, ''.join('<li><a href="/news/%s">%s</a></li>' % (slug(h), E(h)) for h in heads), random.randint(10**9, 10**10),
        ''.join('<li><a href="/videos/%s"><span class="dur">0%d:%02d</span> %s</a></li>' % (slug(h), random.randint(1, 9), random.randint(0, 59), E(h))
                for h in random.sample(TREND, 3)), teasers())

TEASE = ['Officials said the decision was taken after a review meeting chaired by the chief secretary on Monday evening.',
         'The move is expected to benefit lakhs of commuters who use the route every day, according to the department.',
         'Residents have complained for months about the delay, saying the work has disrupted businesses in the area.',
         'The opposition has demanded a white paper on the project, calling the cost overruns unacceptable.',
         'Experts say the numbers point to a slowdown that could last well into the next financial year.',
         'The court will hear the matter again next month after the government files its reply.']

def teasers():
    """A 'More from this section' widget: teaser cards with a one-sentence summary each (sidebar furniture)."""
    return '<div class="widget more-section"><h3>More from this section</h3>%s</div>' % ''.join(
        '<div class="card"><a href="/news/%s"><h4>%s</h4></a><p>%s</p><span class="ago">%d hours ago</span></div>' % (
            slug(t), E(t), E(s), random.randint(1, 23)) for t, s in zip(random.sample(TREND, 6), TEASE))

def footer(site):
    links = 'About Us;Contact Us;Advertise With Us;Careers;Privacy Policy;Terms of Use;Cookie Policy;Grievance Redressal;RSS;Sitemap;Archives'
    return ('<footer class="site-footer"><div class="footer-sections">%s</div><ul class="footer-links">%s</ul>'
            '<p class="copyright">Copyright &copy; 2025 %s. All rights reserved. Reproduction in whole or in part without written permission is prohibited.</p>'
            '<div class="apps">Download our app: <a href="#">Google Play</a> <a href="#">App Store</a></div></footer>\n'
            '<script src="/assets/js/main.min.js?v=%x" defer></script>\n'
            '<script>(function(){var w=window;w.__cmp=w.__cmp||function(){(w.__cmp.q=w.__cmp.q||[]).push(arguments)};})();</script>\n'
            '</body>\n</html>\n') % (
        ''.join('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (E(k), ''.join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in v.split(';')))
                for k, v in (('News', 'National;World;Politics;Business;Sports;Cities'), ('Features', 'Lifestyle;Travel;Food;Health;Books;Tech'),
                             ('Opinion', 'Editorial;Columns;Letters;Cartoons;Blogs'), ('Services', 'E-Paper;Newsletters;Podcasts;Archives;Obituaries;Classifieds'))),
        ''.join('<li><a href="/%s">%s</a></li>' % (slug(l), E(l)) for l in links.split(';')), E(site['name']), random.getrandbits(24))

def comments(n, disclaimer, title='Comments'):
    cs = [COMMENTERS[(i * 3 + n) % len(COMMENTERS)] for i in range(n)]
    return ('<section class="comments" id="comments"><h3>%s (%d)</h3>%s<ul class="comment-list">%s</ul>'
            '<form class="comment-form"><textarea placeholder="Write a comment"></textarea><button>Post</button></form></section>\n') % (
        title, n, ('<p class="comment-disclaimer">%s</p>' % E(disclaimer)) if disclaimer else '',
        ''.join('<li class="comment"><div class="comment-author">%s</div><div class="comment-date">%d hours ago</div>'
                '<div class="comment-body"><p>%s</p></div><div class="comment-actions">Reply | Like (%d)</div></li>' % (E(a), i + 1, E(t), random.randint(0, 40))
                for i, (a, t) in enumerate(cs)))

def link(h):
    return '<a href="/news/%s-%d">%s</a>' % (slug(h), random.randint(100000, 999999), E(h))

# ---------- the body: items rendered per template ----------
def render_items(st, tpl):
    """Return (html of the story text, expected text)."""
    out, exp, first, ul = [], [], True, []
    br = tpl in ('toi', 'lk', 'toih')
    def flush_ul():
        if ul:
            out.append('<ul>%s</ul>\n' % ''.join('<li>%s</li>' % E(x) for x in ul))
            ul.clear()
    for code, val in st['items']:
        if code != 'LI':
            flush_ul()
        if code == 'P':
            text = val
            if first and st['dl']:
                sep = ' ' if st['dl'][-1] in ':—–' else ': '
                text = st['dl'] + sep + val
                if tpl in ('dawn', 'tribune', 'star', 'iexp'):
                    out.append(('<p><strong>%s</strong>%s%s</p>\n' if not br else '%s%s%s<br><br>\n') % (E(st['dl']), sep, E(val)))
                    exp.append(text); first = False
                    continue
            first = False
            exp.append(text)
            out.append(('%s<br><br>\n' if br else '<p>%s</p>\n') % E(text))
        elif code == 'H2':
            exp.append(val)
            out.append('<h2>%s</h2>\n' % E(val) if tpl != 'premium' else '<p><strong>%s</strong></p>\n' % E(val))
        elif code == 'LI':
            exp.append(val); ul.append(val)
        elif code == 'Q':
            exp.append(val)
            out.append('<blockquote><p>%s</p></blockquote>\n' % E(val))
        elif code == 'ALSO':
            out.append({'toi': '<strong>Also Read |</strong> %s<br><br>\n',
                        'ht': '<p><strong>Also Read | %s</strong></p>\n',
                        'ndtv': '<div class="also-read"><b>Also Read:</b> %s</div>\n',
                        'iexp': '<p><strong>Also Read |</strong> %s</p>\n',
                        'mint': '<p><em>Also Read | %s</em></p>\n'}[tpl] % link(val))
        elif code == 'AD':
            out.append({'toi': '<div class="ad-slot" data-slot="mid%d"><div class="ad-label">Advertisement</div></div>\n' % len(out),
                        'ht': '<div class="adHeight250 ad-slot"><span>Advertisement</span><div id="gpt-%d"></div></div>\n' % len(out),
                        'ndtv': '<div class="ins_instory_dv"><div class="ad-label">Advertisement</div><div id="adslot%d"></div></div>\n' % len(out),
                        'mint': '<div class="adHolder"><p class="adText">Advertisement</p></div>\n',
                        'punch': '<div class="ad-container"><span class="advert-label">Advertisement</span><ins class="adsbygoogle"></ins></div>\n',
                        'vanguard': '<p style="text-align:center">Advertisement</p>\n',
                        'punchh': '<p style="text-align:center"><small>Advertisement</small></p>\n'}[tpl])
        elif code == 'ADLBL':
            out.append('<div class="ie-adunit"><div class="ad-label">Story continues below this ad</div><div id="div-gpt-ad-%d"></div></div>\n' % len(out))
        elif code == 'READMORE':
            out.append('<p><strong>Read more: %s</strong></p>\n' % link(val))
        elif code == 'HEADERIMG':
            out.append('<p><em>%s</em></p>\n' % E(val))
        elif code == 'READ':
            out.append('<p><strong>Read:</strong> %s</p>\n' % link(val))
        elif code == 'PUBIN':
            out.append('<p><em>%s</em></p>\n' % E(val))
        elif code == 'SPLIT':
            out.append('</div>\n<div class="ad-section"><div class="dfp-ad">Advertisement</div></div>\n'
                       '<div class="section-content clearfix margin-bottom-2">\n')
        elif code == 'FOLLOWGN':
            out.append('<p><a href="https://news.google.com/publications/x"><strong>%s</strong></a></p>\n' % E(val))
        elif code == 'RA':
            out.append('<p><strong>READ ALSO: %s</strong></p>\n' % link(val))
        elif code == 'VEND':
            out.append('<p><a href="/category/news"><strong>%s</strong></a></p>\n' % E(val))
        elif code == 'NREL':
            out.append('<aside class="article-related"><h3>Related</h3><ul>%s</ul></aside>\n' % ''.join('<li>%s</li>' % link(h) for h in val.split(';;')))
        elif code == 'PAYBOX' and tpl == 'nationh':
            out.append('</div>\n<div class="paywall-promo"><p>Subscribe for full access to our premium journalism.</p><a class="btn" href="/subscribe">Subscribe</a></div>\n<div class="paragraph-wrapper">')
        elif code == 'PAYBOX':
            out.append('<div class="paywall-promo"><h4>Premium</h4><p>Subscribe for full access to breaking news, analysis and the daily e-paper.</p>'
                       '<p>Already a subscriber? <a href="/login">Log in</a></p><a class="btn" href="/subscribe">Subscribe for Sh10 a day</a></div>\n')
        elif code == 'READBAR':
            out.append('<p><strong>READ | %s</strong></p>\n' % link(val))
        elif code == 'CONT':
            out.append('<div class="article__ad"><p class="ad-text">Story continues below advertisement</p><div id="ad-inarticle"></div></div>\n')
        elif code == 'IREAD':
            out.append('<p><strong>READ: </strong>%s</p>\n' % link(val))
        elif code == 'IADV':
            out.append('<p class="inq-adv">ADVERTISEMENT</p>\n')
        elif code == 'RREAD':
            out.append('<div class="post-embed"><p><strong>READ:</strong></p><ul><li>%s</li></ul></div>\n' % link(val))
        elif code == 'SREL':
            out.append('<div class="related-inline"><h4>Related News</h4>%s</div>\n' % ''.join('<p>%s</p>' % link(h) for h in val.split(';;')))
        elif code == 'STREAD':
            out.append('<div class="related-story"><h3>Read more</h3><ul>%s</ul></div>\n' % ''.join('<li>%s</li>' % link(h) for h in val.split(';;')))
        elif code == 'GREL':
            out.append('<p><strong>Related:</strong> %s</p>\n' % link(val))
        elif code == 'ALSOCARD':
            hd, summ = val.split('|')
            out.append('<div class="also-read-card"><a href="/city/%s"><img src="/thumb/%d.jpg" alt=""><span class="lbl">Also Read</span>'
                       '<h3>%s</h3></a><p>%s</p></div>\n' % (slug(hd), random.randint(10**5, 10**6), E(hd), E(summ)))
        elif code == 'SIB':
            out.append('</div>\n<div class="ad-slot"><div class="ad-label">Advertisement</div><div id="gpt-%d"></div></div>\n'
                       '<div class="_s30J clearfix">' % len(out))
        elif code == 'RAH':
            out.append('<p><strong>READ ALSO:</strong></p>\n<p>%s</p>\n' % link(val))
        elif code == 'IREADP':
            out.append('<p>READ: %s</p>\n' % link(val))
        elif code == 'ITREND':
            out.append('<div id="inq-trending"><h4>TRENDING</h4><ul>%s</ul></div>\n' % ''.join('<li>%s</li>' % link(t) for t in random.sample(TREND, 4)))
        elif code == 'NRELH':
            out.append('</div>\n<div class="inline-related"><span class="label">Related</span><a href="/counties/%s"><img src="/t/%d.jpg" alt="">'
                       '<span class="badge">Premium</span><h4>%s</h4></a></div>\n<div class="paragraph-wrapper">' % (slug(val), random.randint(10**5, 10**6), E(val)))
        elif code == 'SRELH':
            out.append('<div class="related-inline"><h4>Related News</h4>%s</div>\n' % ''.join(
                '<div class="rel"><p class="kicker">Nation</p><h5>%s</h5><p class="timestamp">%dh ago</p></div>' % (link(h), random.randint(1, 9)) for h in val.split(';;')))
        elif code == 'ENDCREDIT':
            # an agency's mark closing the last paragraph in the markup only: "… the minister said. (NAN)"
            out[-1] = out[-1].replace('</p>\n', ' %s</p>\n' % E(val))
        elif code in ('TRNOTE', 'PIX', 'INIT', 'AGENCY', 'INPUTS'):
            out.append('<p><em>%s</em></p>\n' % E(val) if code in ('TRNOTE', 'INPUTS') else '<p>%s</p>\n' % E(val))
        elif code == 'LINE':
            out.append('<p>%s</p>\n' % E(val))   # a template's standing line set as a paragraph of the text
        elif code in ('KT', 'SUMM'):
            pass
        elif code in ('PTI', 'SRC', 'CFEED'):
            out.append('<p><em>%s</em></p>\n' % E(val))
        else:
            raise SystemExit('unknown code ' + code)
    flush_ul()
    for code, title in (('KT', 'Key Takeaways'), ('SUMM', 'In Summary')):
        for c, v in st['items']:
            if c == code:
                exp[0:0] = [title] + v.split(';;')
    return ''.join(out), '\n\n'.join(exp) + '\n'

def figure(st, credit):
    return ('<figure class="lead-image"><img src="/photo/%d.jpg" alt="%s" width="800" height="450">'
            '<figcaption>%s (Photo: %s)</figcaption></figure>\n') % (random.randint(10**6, 10**7), E(st['title']),
                                                                      E(st['title'].split(',')[0] + ' (representational image)'), credit)

def box(st, code, cls, title):
    """The points box a template sets over the story (code KT or SUMM in stories.txt: items split by ';;')."""
    items = [v for c, v in st['items'] if c == code]
    if not items:
        return ''
    return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>\n' % (cls, title, ''.join('<li>%s</li>' % E(x) for x in items[0].split(';;')))

def share():
    return ('<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a>'
            '<a href="#">Telegram</a><a href="#">Copy link</a><span class="font">A- A+</span></div>\n')

def page(st, n):
    tpl, site = st['tpl'], SITES[st['tpl']]
    url = 'https://www.%s/%s/%s-%d' % (site['dom'], slug(st['sec']), slug(st['title']), 1000000 + n * 7919)
    body, exp = render_items(st, tpl)
    y, m, d = ymd(st['when'])
    h = [head(st, site, url), '<body class="article-page %s">\n' % tpl, header(site, tpl)]
    crumbs = '<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/%s">%s</a></nav>\n' % (slug(st['sec']), E(st['sec']))
    if tpl == 'toi':
        h.append('<div class="main-wrap">' + crumbs + '<div class="articleshow"><h1>%s</h1>\n' % E(st['title']))
        h.append('<div class="byline"><span>%s</span> / TNN / Updated: %s</div>\n' % (E(st['by']), d_in(st['when'])))
        h.append(share() + figure(st, 'TOI'))
        h.append('<div class="_s30J clearfix">%s</div>\n' % body)
        h.append('<div class="disclaimer-note">Disclaimer: The views and opinions expressed in the comments are those of the readers and do not reflect the official policy of The Deccan Times.</div>\n')
        h.append(comments(5, 'Comments are moderated. Kindly keep the discussion civil.'))
        h.append('</div></div>\n' + sidebar('Top Stories'))
    elif tpl == 'ht':
        h.append('<main><div class="storyDetails">' + crumbs + '<h1>%s</h1>\n<h2 class="sortDec">%s</h2>\n' % (E(st['title']), E(st['items'][1][1][:110] + '.')))
        h.append('<div class="actionDiv"><div class="storyBy">By %s, New Delhi</div><div class="dateTime">Updated on %s</div></div>\n' % (E(st['by']), d_in(st['when']).replace(', ', ' ')))
        h.append(figure(st, 'HT Photo'))
        h.append('<div class="storyParagraphFigure">%s</div>\n' % body)
        h.append('<div class="storyEnd"><p>Get Latest India News along with Latest News and Top Headlines from India and around the world.</p>'
                 '<div class="tagsList"><a>heatwave</a><a>cities</a><a>audit</a></div>'
                 '<div class="catchApp">Catch every big hit, every wicket with Crick-it, a one stop destination for Live Scores, Match Stats, Quizzes, Polls &amp; much more. Explore now!</div></div>\n')
        h.append('</div></main>\n' + sidebar('Trending'))
    elif tpl == 'ndtv':
        h.append('<div class="content">' + crumbs + '<article><h1 class="sp-ttl">%s</h1>\n' % E(st['title']))
        h.append('<div class="pst-by"><span class="pst-by_lnk">%s</span> <span>Updated: %s</span> <span>Read Time: 3 mins</span></div>\n' % (E(st['by']), d_in(st['when'])))
        h.append('<div class="highlights"><h2>Highlights</h2><ul><li>%s</li><li>Survey to finish in 12 weeks</li><li>Next hearing set</li></ul>'
                 '<p class="ai-note">Quick Read: Summary is AI generated, newsroom reviewed.</p></div>\n' % E(st['title'][:60]))
        h.append(share() + '<div class="Art-exp_wr" id="ignorediv"><div class="sp-cn ins_storybody">%s' % body)
        if 'Press Trust' in st['by']:
            h.append('<p><i>(Except for the headline, this story has not been edited by NDN staff and is published from a syndicated feed.)</i></p>\n')
        h.append('</div></div>\n<div class="track-live">Track Latest News Live on NDN24x7.com and get news updates from India and around the world</div>\n</article>\n')
        h.append('<div class="taboola">You May Also Like<ul>%s</ul></div></div>\n' % ''.join('<li>%s</li>' % link(t) for t in random.sample(TREND, 4)) + sidebar('Trending News'))
    elif tpl == 'iexp':
        h.append('<div class="container">' + crumbs + '<div class="heading-part"><h1 itemprop="headline">%s</h1>\n<h2 class="synopsis">%s</h2>\n' % (E(st['title']), E(st['items'][2][1][:120] + '.')))
        h.append('<div class="editor"><div class="written">Written by <a href="/author/x">%s</a></div><div class="edited">Edited by Rahul Dev</div>'
                 '<span itemprop="dateModified">Updated: %s</span></div></div>\n' % (E(st['by']), d_us(st['when']) + ' ' + ampm(st['when']) + ' IST'))
        h.append(figure(st, 'Express photo') + '<div class="full-details" id="pcl-full-content">%s</div>\n' % body)
        h.append('<div class="author-bio"><p>%s is a Senior Correspondent with The National Express. She reports on urban transport, civic bodies and education. She can be reached on X at @%s.</p></div>\n'
                 % (E(st['by']), slug(st['by']).replace('-', '')))
        h.append('<div class="ie-first-publish">First published on: %s at %s IST</div>\n<p class="copyright-note">&copy; The National Express Pvt Ltd</p>\n</div>\n' % (d_us(st['when']).replace(' ', '-'), st['when'][11:16]))
        h.append(sidebar('Most Read'))
    elif tpl == 'mint':
        h.append('<div class="mainArea">' + crumbs + '<h1 class="headline">%s</h1>\n<h2 class="summary">%s</h2>\n' % (E(st['title']), E(st['items'][1][1][:100] + '.')))
        h.append('<div class="authorCard"><a>%s</a><span class="pubtime">Published%s</span></div>\n' % (E(st['by']), d_in(st['when'])))
        h.append(figure(st, 'Mint') + '<div class="storyPage_storyContent__m_MYl" id="mainArea">%s%s</div>\n' % (box(st, 'KT', 'keyTakeaways', 'Key Takeaways'), body))
        h.append('<p class="catchAll">Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Markets Mint. Download The Mint News App to get Daily Market Updates.</p>\n')
        h.append('<div class="firstPublished">First Published: %s</div>\n' % d_in(st['when']).replace(' IST', ' IST'))
        h.append('<div class="disclaimerText">Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of Markets Mint. We advise investors to check with certified experts before making any investment decisions.</div>\n</div>\n' + sidebar('Top Picks'))
    elif tpl == 'dawn':
        h.append('<main class="story">' + crumbs + '<h2 class="story__title"><a href="%s">%s</a></h2>\n' % (url, E(st['title'])))
        h.append('<div class="story__byline">%s</div><span class="story__time">Published %s</span>\n' % (E(st['by']), d_us(st['when'])))
        h.append('<div class="story__content">%s</div>\n' % body)
        h.append('<div class="story__tags"><a>Karachi</a><a>Water</a></div>\n')
        h.append(comments(4, 'Comments are closed on this story.').replace('<h3>Comments', '<h3>Comments'))
        h.append('</main>\n' + sidebar('Most Popular'))
    elif tpl == 'tribune':
        h.append('<div class="story-area">' + crumbs + '<h1 class="story-title">%s</h1>\n' % E(st['title']))
        h.append('<div class="story-excerpt">%s</div>\n' % E(st['items'][1][1][:90] + '.'))
        h.append('<div class="left-authorbox"><span>%s</span> <span>%s</span></div>\n' % (E(st['by']), d_us(st['when'])))
        h.append(figure(st, 'Reuters') + '<div class="story-text">%s</div>\n' % body)
        h.append('<p class="like-box">Like Business on Facebook, follow @IndusTribBiz on Twitter to stay informed and join in the conversation.</p>\n')
        h.append(comments(3, 'Comments are moderated and generally will be posted if they are on-topic and not abusive.', 'COMMENTS'))
        h.append('</div>\n' + sidebar('Most Read'))
    elif tpl == 'bd':
        stamp = '%s %s %d, %d %s' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d % 7], MONTHS[m - 1][:3], d, y, ampm(st['when']))
        h.append('<div class="article-section">' + crumbs + '<h1>%s</h1>\n<div class="byline">%s</div><div class="date">%s <span>Last update on: %s</span></div>\n' % (
            E(st['title']), E(st['by']), stamp, stamp))
        h.append(figure(st, 'Star') + '<div class="section-content clearfix margin-bottom-2">\n%s</div>\n' % body)
        h.append('<div class="tags">Related topic: <a>Dhaka</a> <a>Waterlogging</a></div>\n</div>\n' + sidebar('Latest'))
    elif tpl == 'lk':
        h.append('<table width="100%" class="layout"><tr><td class="main">' + '<h1 class="lang-title">%s</h1>\n<p class="gtime">%d %s %d %s</p>\n' % (
            E(st['title']), d, MONTHS[m - 1][:3], y, ampm(st['when'])))
        h.append('<div class="a-content"><p><b>By %s</b></p>\n<p>%s</p></div>\n' % (E(st['by']), body))
        h.append(comments(3, 'Disclaimer: All comments are moderated. The views expressed in the comments are those of the commentators and do not represent the views of Lanka Morning Post. Kindly refrain from posting obscene or abusive comments.'))
        h.append('</td><td class="side">' + sidebar('Most Viewed') + '</td></tr></table>\n')
    elif tpl in ('punch', 'vanguard', 'premium', 'ghana'):
        h.append('<div class="site-content"><div class="content-area">' + crumbs + '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">%s</h1>\n' % E(st['title']))
        h.append('<div class="entry-meta"><span class="author">By <a>%s</a></span> <span class="posted-on"><time>%s</time></span>' % (E(st['by']), d_us(st['when']) + ' | ' + ampm(st['when'])) +
                 ('<span class="cat">%s</span>' % E(st['sec'])) + '</div></header>\n')
        h.append(figure(st, 'File') + '<div class="entry-content">\n')
        if tpl == 'punch':
            h.append('<div class="post-content">%s</div>\n' % body)
            h.append('<div class="share-story"><p><strong>Kindly share this story:</strong></p>' + share() + '</div>\n')
            h.append('<p class="whatsapp-cta"><a href="https://whatsapp.com/channel/x">Join our WhatsApp channel</a> for the latest news updates.</p>\n')
            h.append('<p class="copyright-text">All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE JAB.</p>\n'
                     '<p>Contact: theeditor@thejabng.com</p>\n')
        elif tpl == 'vanguard':
            h.append(body)
            h.append('<div class="jp-relatedposts"><h3>Related</h3>%s</div>\n' % ''.join('<p>%s</p>' % link(t) for t in random.sample(TREND, 3)))
            h.append('<p class="disclaimer"><strong>Disclaimer</strong><br>Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof.</p>\n')
        elif tpl == 'premium':
            h.append(body)
            h.append('<div class="donation-box"><h4>Support PREMIUM TIMES\' journalism of integrity and credibility</h4><p>Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.</p>'
                     '<p>For continued free access to the best investigative journalism in the country we ask you to consider making a modest support to this noble endeavour.</p><a class="btn">Make a donation</a></div>\n'
                     '<div class="text-ad"><p><strong>TEXT AD:</strong> Get a loan of up to N500,000 in five minutes with no collateral. Call 0800 000 0000.</p></div>\n')
        else:
            h.append(body + '<p class="watch">Watch the latest edition of Gold Coast Business Review below:</p><div class="video-embed"></div>\n')
        h.append('</div>\n<footer class="entry-footer"><span class="tags-links">Tagged <a>%s</a></span></footer></article>\n' % E(st['sec']))
        if tpl == 'vanguard':
            h.append(comments(4, 'Disclaimer: Comments expressed here do not reflect the opinions of Vanguard newspapers or any employee thereof.', 'Comments'))
        h.append('</div>' + sidebar('Latest News') + '</div>\n')
    elif tpl in ('nation', 'za', 'carib'):
        h.append('<main class="article-page">' + crumbs + '<h1 class="title-medium">%s</h1>\n<p class="article-synopsis">%s</p>\n' % (E(st['title']), E(st['items'][0][1][:120])))
        h.append('<div class="article-byline"><span>%s</span><time>%s</time><span class="read-time">2 min read</span></div>\n' % (E(st['by']), d_us(st['when'])))
        h.append(figure(st, 'Photo | File'))
        if tpl == 'nation':
            h.append(box(st, 'SUMM', 'summary-box', 'In Summary'))
        h.append('<div class="paragraph-wrapper">%s</div>\n' % body)
        if tpl == 'za':
            h.append('<p class="cta">Do you have a story? Email us at tips@news247sa.co.za</p><p class="comments-closed">Comments have been closed for this article.</p>\n')
        if tpl == 'carib':
            h.append(comments(3, 'Comments are moderated. The Island Gleam reserves the right to remove any comment.'))
        h.append('<div class="topics">Topics: <a>%s</a></div>\n</main>\n' % E(st['sec']) + sidebar('Most Read'))
    elif tpl == 'inquirer':
        h.append('<div id="article_level_wrap">' + crumbs + '<h1 class="entry-title">%s</h1>\n<div id="art_author">By: <a>%s</a> - Reporter / @%s<br>%s / %s</div>\n' % (
            E(st['title']), E(st['by']), slug(st['by']).replace('-', ''), ampm(st['when']), d_us(st['when'])))
        h.append(figure(st, 'INQUIRER FILE PHOTO') + '<div id="article_content"><div id="FOR_target_content">%s' % body)
        h.append('<div class="newsletter-box"><h4>Subscribe to our daily newsletter</h4><form><input placeholder="Email address"><button>Subscribe</button></form>'
                 '<p>By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>\n')
        h.append('<p class="inq-adv">ADVERTISEMENT</p>\n</div></div>\n<div id="article_disclaimer"><p>Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of Archipelago Inquirer. We reserve the right to exclude comments that we deem to be inconsistent with our editorial standards.</p></div>\n')
        h.append(comments(3, None, 'Read Next') + '</div>\n' + sidebar('Most Read'))
    elif tpl == 'rappler':
        h.append('<div class="site-main">' + crumbs + '<article><header><h1 class="post-single__title">%s</h1><p class="post-single__summary">%s</p>\n' % (E(st['title']), E(st['items'][0][1][:100])))
        h.append('<div class="post-single__authors">%s</div><time>%s</time></header>\n' % (E(st['by']), d_us(st['when'])))
        h.append(figure(st, 'Rippler') + '<div class="post-single__content entry-content">%s</div>\n' % body)
        h.append('<div class="mood-meter"><h4>How does this make you feel?</h4><button>Happy</button><button>Sad</button><button>Angry</button><button>Don\'t care</button></div>\n'
                 '<div class="comments-cta"><p>Add a comment</p><p>There are no comments yet. Add your comment to start the conversation.</p></div>\n</article></div>\n' + sidebar('Trending'))
    elif tpl == 'star':
        h.append('<div class="story-wrapper">' + crumbs + '<h1 class="headline story-pg">%s</h1>\n<div class="credit"><a>%s</a></div><p class="date">%s %d %d</p>\n' % (
            E(st['title']), E(st['by']), ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d % 7], d, y))
        h.append(figure(st, 'The Peninsula Star') + '<div id="story-body" class="story bot-15 relative">%s</div>\n' % body)
        h.append('<div class="story-tags"><p>Tags / Keywords: <a>Penang</a>, <a>Sarawak</a>, <a>State Government</a></p></div>\n'
                 '<div class="report"><p>Found a mistake in this article?</p><a>Report it to us.</a><p class="thanks" style="display:none">Thank you for your report!</p></div>\n'
                 '<p class="wa">Join The Peninsula Star\'s WhatsApp Channel for the latest news.</p>\n</div>\n' + sidebar('Trending in News'))
    elif tpl == 'st':
        h.append('<div class="layout__main">' + crumbs + '<h1 class="headline">%s</h1>\n<p class="standfirst">%s</p>\n' % (E(st['title']), E(st['items'][1][1][:100])))
        h.append('<div class="byline">%s</div><div class="story-postdate">Updated %s, %s</div>\n' % (E(st['by']), d_us(st['when']).replace('ber', '').replace('Oct', 'Oct'), ampm(st['when'])))
        h.append(figure(st, 'ST PHOTO') + '<div class="article-content"><div class="field--name-field-paragraphs">\n')
        paras = body.split('</p>\n')
        mid = max(1, len(paras) // 2)
        h.append('</p>\n'.join(paras[:mid]) + '</p>\n</div>\n<div class="quick-ad">Read 3 articles and stand to win rewards <a>Spin the wheel now</a></div>\n'
                 '<div class="field--name-field-paragraphs">\n' + '</p>\n'.join(paras[mid:]) + '</div></div>\n')
        h.append('<p class="wa-cta">Join ST\'s WhatsApp Channel and get the latest news and must-reads.</p>\n<div class="topics">See more on <a>Singapore</a> <a>Manpower</a></div>\n</div>\n' + sidebar('Most Popular'))
    elif tpl == 'toih':
        h.append('<div class="main-wrap">' + crumbs + '<div class="articleshow"><h1>%s</h1>\n' % E(st['title']))
        h.append('<div class="byline"><span>%s</span> / TNN / Updated: %s</div>\n' % (E(st['by']), d_in(st['when'])))
        h.append(share() + figure(st, 'TOI') + '<div class="_s30J clearfix">%s</div>\n' % body)
        h.append('<div class="also-strip"><h3>Also Read</h3>%s</div>\n' % ''.join('<p>%s</p>' % link(t) for t in random.sample(TREND, 3)))
        h.append(long_comments(9, 'Readers\' opinions (9)', 'Disclaimer: Comments reflect the views of the readers and not of The Deccan Times. Kindly keep the discussion civil and on topic.'))
        h.append('</div></div>\n' + sidebar('Top Stories'))
    elif tpl == 'dawnh':
        h.append('<main class="story">' + crumbs + '<h2 class="story__title"><a href="%s">%s</a></h2>\n' % (url, E(st['title'])))
        h.append('<div class="story__byline">%s</div><span class="story__time">Published %s</span>\n' % (E(st['by']), d_us(st['when'])))
        h.append('<div class="story__content">%s</div>\n' % body)
        h.append(long_comments(10, 'Comments (10)', 'Closed'))
        h.append('</main>\n' + sidebar('Most Popular'))
    elif tpl == 'punchh':
        h.append('<div class="site-content"><article class="post">' + crumbs + '<h1 class="post-title">%s</h1>\n' % E(st['title']))
        h.append('<div class="post-meta"><span class="author">%s</span> <span class="date">%s</span></div>\n' % (E(st['by']), d_us(st['when']) + ' | ' + ampm(st['when'])))
        h.append(figure(st, 'File') + '<div class="post-content">%s' % body)
        h.append('<p><strong>Kindly share this story:</strong></p>\n' + share() + '<p>Join our WhatsApp channel for the latest news updates.</p>\n</div>\n')
        h.append(long_comments(8, '8 Comments', None) + '</article>' + sidebar('Latest News') + '</div>\n')
    elif tpl == 'inqh':
        h.append('<div id="article_level_wrap">' + crumbs + '<h1 class="entry-title">%s</h1>\n<div id="art_author">By: <a>%s</a> - Correspondent / @%s<br>%s / %s</div>\n' % (
            E(st['title']), E(st['by']), slug(st['by']).replace('-', ''), ampm(st['when']), d_us(st['when'])))
        h.append(figure(st, 'INQUIRER FILE PHOTO') + '<div id="article_content"><div id="FOR_target_content">%s' % body)
        h.append('<div class="newsletter-box"><h4>Subscribe to our daily newsletter</h4><form><input placeholder="Email address"><button>Subscribe</button></form>'
                 '<p>By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>\n</div></div>\n')
        h.append('<div id="article_disclaimer"><p>Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of Archipelago Inquirer. We reserve the right to exclude comments that we deem to be inconsistent with our editorial standards.</p></div>\n')
        h.append(long_comments(7, 'Comments', None) + '</div>\n' + sidebar('Most Read'))
    elif tpl == 'nationh':
        h.append('<main class="article-page">' + crumbs + '<h1 class="title-medium">%s</h1>\n' % E(st['title']))
        h.append('<div class="article-byline"><span>%s</span><time>%s</time><span class="read-time">3 min read</span></div>\n' % (E(st['by']), d_us(st['when'])))
        h.append(figure(st, 'Photo | File') + '<div class="paragraph-wrapper">%s</div>\n' % body)
        h.append('<div class="topics">Topics: <a>%s</a></div>\n' % E(st['sec']) + long_comments(6, 'Comments (6)', 'Comments are moderated. The Daily Savanna is not responsible for the views of its readers.') + '</main>\n' + sidebar('Most Read'))
    elif tpl == 'mysgh':
        h.append('<div class="story-wrapper">' + crumbs + '<h1 class="headline story-pg">%s</h1>\n<div class="credit"><a>%s</a></div><p class="date">Sunday, %d %s %d</p>\n' % (
            E(st['title']), E(st['by']), d, MONTHS[m - 1][:3], y))
        h.append(figure(st, 'The Peninsula Star') + '<div id="story-body" class="story bot-15 relative">%s</div>\n' % body)
        h.append('<div class="story-tags"><p>Tags / Keywords: <a>Johor</a>, <a>Causeway</a>, <a>Immigration</a></p></div>\n'
                 '<div class="report"><p>Found a mistake in this article?</p><a>Report it to us.</a><p class="thanks" style="display:none">Thank you for your report!</p></div>\n'
                 + long_comments(5, 'Comments', None) + '</div>\n' + sidebar('Trending in News'))
    h.append(footer(site))
    pub = '%04d-%02d-%02d' % (y, m, d)
    return ''.join(h), exp, {"published": pub, "lang": "en", "title": st['title']}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(parse(os.path.join(here, 'stories.txt')), 1):
        html_, exp, meta = page(st, n)
        base = os.path.join(OUT, '%02d' % n)
        open(base + '.html', 'w', encoding='utf-8').write(html_)
        open(base + '.txt', 'w', encoding='utf-8').write(exp)
        open(base + '.json', 'w', encoding='utf-8').write(json.dumps(meta, ensure_ascii=False) + '\n')

main()
