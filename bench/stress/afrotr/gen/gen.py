#!/usr/bin/env python3
"""Generate bench/stress/afrotr pages from stories.txt (Turkish and African-language news and press pages:
Turkish, Swahili, Amharic, Hausa, Somali, English pages of Kenyan, Nigerian, South African and Ghanaian outlets,
a Kenyan ministry's press statement, the seeds' B2B CMS in tr/sw/am/ha; invented sites, original text).

Usage: python3 bench/stress/afrotr/gen/gen.py bench/stress/afrotr  (writes NN.html/.txt/.json)

stories.txt: '### tpl|lang|htmllang|YYYY-MM-DDTHH:MM|byline|section|city|charset' opens a story, then 'CODE: value'.
Body codes (in the expected text): P, H2, LI, Q, TR (a|b). Furniture codes (not body): T headline, RA read-also
line, READALSO / RELATED English pointer lines, RELBOX related list in the story (;; separated), AD ad slot, ADV
an 'Advertisement' label, FIG figure (caption|credit), AGENCY agency mark alone, WA WhatsApp call, GN Google
News call, SEO a B2B product link set as a paragraph, POST the B2B 'Post time' footer."""
import datetime, html, json, os, re, sys

OUT = sys.argv[1]
E = html.escape

MON = {
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'sw': 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba',
    'ha': 'Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba',
    'so': 'Janaayo Febraayo Maarso Abriil Maajo Juun Luuliyo Ogosto Sebtembar Oktoobar Nofembar Desembar',
    'en': 'January February March April May June July August September October November December',
    'amg': 'ጃንዩወሪ ፌብሩወሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር',
}
MON = {k: v.split() for k, v in MON.items()}
ETH_MON = 'መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ'.split()
WD = {  # Monday first
    'tr': 'Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar',
    'sw': 'Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili',
    'ha': "Litinin Talata Laraba Alhamis Juma'a Asabar Lahadi",
    'so': 'Isniin Talaado Arbaco Khamiis Jimco Sabti Axad',
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'am': 'ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ እሑድ',
}
WD = {k: v.split() for k, v in WD.items()}

L = {
    'tr': dict(home='Ana Sayfa', ad='Reklam', tags='Etiketler', rel='İlgili Haberler', com='Yorumlar', ra='İlgili Haber',
               share='Paylaş', trend='Çok Okunanlar', wa="WhatsApp kanalımıza katılın, gelişmeleri anında öğrenin",
               secs='Gündem|Ekonomi|Dünya|Spor|Magazin|Sağlık|Teknoloji|Yazarlar|Video|Galeri|Yaşam|Otomobil'),
    'sw': dict(home='Nyumbani', ad='Tangazo', tags='Mada', rel='Habari zinazohusiana', com='Maoni', ra='Soma pia',
               share='Shiriki', trend='Zilizosomwa zaidi', wa='Jiunge na chaneli yetu ya WhatsApp kupata habari kwa haraka',
               secs='Habari|Kitaifa|Kimataifa|Biashara|Michezo|Burudani|Afya|Maoni|Video|Jamii'),
    'am': dict(home='መነሻ', ad='ማስታወቂያ', tags='መለያዎች', rel='ተዛማጅ ዜናዎች', com='አስተያየቶች', ra='ተጨማሪ ያንብቡ',
               share='ያጋሩ', trend='በብዛት የተነበቡ', wa='የቴሌግራም ቻናላችንን ይቀላቀሉ',
               secs='ዜና|ፖለቲካ|ኢኮኖሚ|ስፖርት|ኪነጥበብ|ጤና|ዓለም አቀፍ|ርዕሰ አንቀጽ|ቪዲዮ'),
    'ha': dict(home='Gida', ad='Talla', tags='Batutuwa', rel='Labarai masu alaka', com='Sharhi', ra='Karanta kuma',
               share='Raba', trend='Wadanda aka fi karantawa', wa='Ku shiga tasharmu ta WhatsApp domin samun labarai nan take',
               secs='Labarai|Siyasa|Tattalin Arziki|Wasanni|Nishadi|Lafiya|Afirka|Duniya|Bidiyo'),
    'so': dict(home='Bogga Hore', ad='Xayeysiis', tags='Tags', rel='Warar la xiriira', com='Faallooyin', ra='Akhriso sidoo kale',
               share='La wadaag', trend='Ugu akhrisashada badan', wa='Ku biir kanaalkayaga WhatsApp',
               secs='Wararka|Siyaasad|Dhaqaale|Caafimaad|Ciyaaraha|Aragtida|Muuqaal'),
    'en': dict(home='Home', ad='Advertisement', tags='Tags', rel='Related Stories', com='Comments', ra='READ ALSO',
               share='Share', trend='Trending', wa='Join our WhatsApp channel for the latest news',
               secs='News|Politics|Business|Counties|Sport|Entertainment|Health|Opinion|Tech|Videos|Africa|World'),
}

TAGS = {'tr': ['son dakika', 'yerel haberler', 'ekonomi'], 'sw': ['habari', 'Tanzania', 'uchumi'],
        'am': ['ዜና', 'ኢትዮጵያ'], 'ha': ['Najeriya', 'labarai'], 'so': ['Soomaaliya', 'wararka'], 'en': ['news', 'Africa', 'economy']}
OTHERS = {
    'tr': ['Merkez Bankası faiz kararını açıkladı', 'Hafta sonu hava nasıl olacak?', 'Akaryakıta indirim geldi',
           'Yeni asgari ücret için ilk toplantı yapıldı', 'Milli takımın aday kadrosu belli oldu', 'Otoyol köprü geçiş ücretlerine zam'],
    'sw': ['Bei ya mafuta yashuka mwezi huu', 'Taifa Stars yaanza maandalizi', 'Mvua kubwa zatarajiwa pwani',
           'Bunge lapitisha muswada wa elimu', 'Wanafunzi wa kidato cha nne waanza mitihani', 'Soko la hisa lapanda'],
    'am': ['የነዳጅ ዋጋ ማስተካከያ ተደረገ', 'ብሔራዊ ቡድኑ ዝግጅት ጀመረ', 'የአየር ሁኔታ ትንበያ', 'አዲስ የትምህርት ፖሊሲ ጸደቀ',
           'የኤሌክትሪክ ኃይል መቆራረጥ ቀነሰ', 'የቱሪዝም ገቢ ጨመረ'],
    'ha': ['Farashin man fetur ya tashi', 'Kano Pillars ta doke Enyimba', 'Ruwan sama ya lalata gonaki', 'Majalisa ta amince da kasafin kudi',
           "'Yan sanda sun kama masu garkuwa", 'An bude sabuwar kasuwa a Kaduna'],
    'so': ['Qiimaha shidaalka oo kordhay', 'Doorashooyinka golaha deegaanka', 'Roobab culus oo la filayo', 'Kulanka kubadda cagta',
           'Ganacsiga xoolaha oo kordhay', 'Jaamacad cusub oo la furay'],
    'en': ['Shilling gains against dollar for third week', 'Teachers union issues strike notice', 'Heavy rains expected in coastal region',
           'Court halts county land allocation', 'Premier League: weekend fixtures', 'Fuel prices remain unchanged in December'],
}
SITES = {
    'trportal': [('Gündem Postası', 'gundempostasi.com.tr'), ('Haber Ekspres', 'haberekspres.com'), ('Sabah Ajans', 'sabahajans.net')],
    'tragency': [('Anka Haber Ajansı', 'ankahaberajansi.com.tr')],
    'trlocal': [('Anadolu Yerel Gazete', 'anadoluyerel.net'), ('Karadeniz Sesi', 'karadenizsesi.com'), ('Serhat Gazetesi', 'serhatgazetesi.com')],
    'trgov': [('T.C. Tarım ve Orman Bakanlığı', 'tarimorman-ornek.gov.tr')],
    'swdaily': [('Mwanga Daima', 'mwangadaima.co.tz'), ('Pwani Leo', 'pwanileo.co.ke')],
    'swbbc': [('Idhaa ya Dunia - Kiswahili', 'idhaadunia.org')],
    'amportal': [('የአዲስ ዘመን ድምፅ', 'addisdimts.et'), ('ሸገር ዜና', 'shegerzena.com')],
    'ambbc': [('ዓለም አቀፍ ሬዲዮ - አማርኛ', 'idhaadunia.org')],
    'amgov': [('የትምህርት ሚኒስቴር', 'moe-ornek.gov.et')],
    'haportal': [('Jaridar Arewa', 'jaridararewa.com.ng')],
    'habbc': [('Sashen Hausa na Rediyon Duniya', 'idhaadunia.org')],
    'soportal': [('Wargeys Online', 'wargeysonline.so')],
    'enke': [('The Kenya Ledger', 'kenyaledger.co.ke')],
    'enng': [('Naija Daily Times', 'naijadailytimes.ng'), ('The Abuja Sentinel', 'abujasentinel.com')],
    'enza': [('Highveld Post', 'highveldpost.co.za')],
    'engh': [('Accra Chronicle Online', 'accrachronicle.com.gh')],
    'engov': [('Ministry of Agriculture and Livestock Development', 'kilimo-example.go.ke')],
    'b2b': [('Huayue Aluminium Co., Ltd.', 'huayue-alu.com')],
}


def plain(s):
    return re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1', s).replace('**', '')


def inline(s):
    s = E(s, quote=False)
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    return re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            f = line[4:].split('|')
            cur = dict(tpl=f[0], lang=f[1], hl=f[2], dt=f[3], by=f[4], sec=f[5], city=f[6], cs=f[7], items=[])
            stories.append(cur)
        elif cur and ': ' in line and not line.startswith('#'):
            code, val = line.split(': ', 1)
            if code == 'T':
                cur['title'] = val
            else:
                cur['items'].append((code, val))
        elif cur and line.endswith(':') and not line.startswith('#'):
            cur['items'].append((line[:-1], ''))
    return stories


def expected(st):
    out, rows = [], []
    for code, val in st['items']:
        if code != 'TR' and rows:
            out.append('\n'.join(rows))
            rows = []
        if code in ('P', 'H2', 'Q', 'LI'):
            out.append(plain(val))
        elif code == 'TR':
            rows.append(' '.join(c.strip() for c in val.split('|')))
    if rows:
        out.append('\n'.join(rows))
    return '\n\n'.join(out) + '\n'


def gdate(st):
    return datetime.datetime.strptime(st['dt'], '%Y-%m-%dT%H:%M')


def ethiopian(d):
    """Gregorian date d -> (year, month 1-13, day) of the Ethiopian calendar (1900-2099)."""
    y = d.year - 8 if d < datetime.datetime(d.year, 9, 11) else d.year - 7
    new_year = datetime.datetime(y + 7, 9, 12 if y % 4 == 0 else 11)
    off = (d.replace(hour=0, minute=0) - new_year).days
    return y, off // 30 + 1, off % 30 + 1


def eth_str(d, weekday=True):
    y, m, dd = ethiopian(d)
    s = '%s %d ቀን %d ዓ.ም.' % (ETH_MON[m - 1], dd, y)
    return (WD['am'][d.weekday()] + ' ' + s) if weekday else s


def body_html(st, n, tpl):
    lz = L[st['lang']]
    out, in_list, rows = [], False, []

    def flush():
        nonlocal in_list, rows
        if in_list:
            out.append('</ul>')
            in_list = False
        if rows:
            out.append('<table class="tablo" border="1"><tbody>' + ''.join(
                '<tr>' + ''.join('<td>%s</td>' % E(c.strip()) for c in r.split('|')) + '</tr>' for r in rows) + '</tbody></table>')
            rows = []
    for i, (code, val) in enumerate(st['items']):
        if code != 'LI' and in_list or code != 'TR' and rows:
            flush()
        href = '/%s/%d-haber' % (st['lang'], 880000 + n * 53 + i)
        if code == 'P':
            out.append('%s<br><br>' % inline(val) if tpl == 'trlocal' else '<p>%s</p>' % inline(val))
        elif code == 'H2':
            out.append('<h2>%s</h2>' % inline(val) if tpl not in ('trlocal', 'haportal') else '<p><strong>%s</strong></p>' % inline(val))
        elif code == 'Q':
            out.append('<blockquote><p>%s</p></blockquote>' % inline(val))
        elif code == 'LI':
            if not in_list:
                out.append('<ul>')
                in_list = True
            out.append('<li>%s</li>' % inline(val))
        elif code == 'TR':
            rows.append(val)
        elif code == 'RA':
            if tpl == 'trportal':
                out.append('<div class="inline-news"><span class="label">%s</span><a href="%s">%s</a></div>' % (lz['ra'], href, E(val)))
            elif tpl in ('swdaily', 'soportal'):
                out.append('<p><strong>%s: </strong><a href="%s">%s</a></p>' % (lz['ra'], href, E(val)))
            elif tpl == 'haportal':
                out.append('<p><strong>%s: <a href="https://%s%s">%s</a></strong></p>' % (lz['ra'], st['host'], href, E(val)))
            else:
                out.append('<p class="also"><a href="%s">%s፦ %s</a></p>' % (href, lz['ra'], E(val)))
        elif code in ('READALSO', 'RELATED'):
            word = 'READ ALSO' if code == 'READALSO' else 'RELATED'
            if tpl == 'enza':
                out.append('<p><b>%s | </b><a href="%s">%s</a></p>' % (word, href, E(val)))
            else:
                out.append('<p><strong>%s: </strong><a href="%s"><strong>%s</strong></a></p>' % (word, href, E(val)))
        elif code == 'RELBOX':
            out.append('<div class="ilgili-haberler"><h3>%s</h3><ul>%s</ul></div>' % (lz['rel'], ''.join(
                '<li><a href="%s-%d">%s</a></li>' % (href, k, E(t)) for k, t in enumerate(val.split(';;')))))
        elif code == 'AD':
            out.append('<div class="reklam-alani"><span class="reklam-etiket">%s</span><div id="div-gpt-ad-%d-%d" style="min-height:250px"></div></div>'
                       % (lz['ad'], n, i))
        elif code == 'ADV':
            out.append('<div class="ad-container"><p class="ad-label">Advertisement</p><div id="ad-inread-%d" style="min-height:280px"></div></div>' % i)
        elif code == 'FIG':
            cap, cred = (val.split('|') + [''])[:2]
            out.append('<figure><img src="https://img.%s/%d/%d.jpg" alt="%s"><figcaption>%s <em>%s</em></figcaption></figure>'
                       % (st['host'], n, i, E(cap), E(cap), E(cred)))
        elif code == 'AGENCY':
            out.append('%s<br>' % E(val) if tpl == 'trlocal' else '<p>%s</p>' % E(val))
        elif code == 'WA':
            out.append('<p class="wa-join"><a href="https://whatsapp.com/channel/0029Va%d" target="_blank" rel="noopener"><strong>%s</strong></a></p>'
                       % (n * 7919, E(val or lz['wa'])))
        elif code == 'GN':
            out.append('<p><em>Follow us on <a href="https://news.google.com/publications/CAAqB%d">Google News</a> for the latest updates.</em></p>' % n)
        elif code == 'SEO':
            out.append('<p><a href="https://%s/products/aluminium-profile/" title="%s">%s</a></p>' % (st['host'], E(val), E(val)))
        elif code == 'POST':
            st['post'] = val
    flush()
    return '\n'.join(out)


def style_block(n, rules):
    props = ['margin:0 0 %dpx', 'padding:%dpx 12px', 'font-size:%dpx', 'line-height:1.%d', 'border-bottom:%dpx solid #e3e3e3',
             'max-width:%d0px', 'gap:%dpx', 'border-radius:%dpx']
    sels = ['.hdr', '.nav li', '.story a', '.widget h3', '.ftr li', '.card', '.btn', '.ad', '.side .item', '.grid']
    return '<style>' + '\n'.join('%s-%d{%s;%s}' % (sels[(k + n) % len(sels)], k, props[k % len(props)] % (k % 17 + 2),
                                                   props[(k * 3 + 1) % len(props)] % (k % 11 + 3)) for k in range(rules)) + '</style>'


def links(words, base='/k'):
    return ''.join('<li><a href="%s/%d/">%s</a></li>' % (base, k, E(w)) for k, w in enumerate(words))


def jsonld(st, tz='+03:00'):
    d = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': st['title'],
         'datePublished': st['dt'] + ':00' + tz, 'inLanguage': st['lang'],
         'author': {'@type': 'Person', 'name': st['by']}, 'publisher': {'@type': 'Organization', 'name': st['site']}}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def head(st, n, extra, pad=60, title_sep=' - '):
    hl = ' lang="%s"' % st['hl'] if st['hl'] != '-' else ''
    cs = '<meta charset="%s">' % st['cs'] if st['cs'] != '-' else ''
    desc = plain(next((v for c, v in st['items'] if c == 'P'), ''))[:160]
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n%s\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s%s%s</title>\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n'
            '<meta property="og:type" content="article">\n<meta property="og:site_name" content="%s">\n%s\n%s\n</head>\n'
            % (hl, cs, E(st['title']), title_sep, E(st['site']), E(desc), E(st["title"]), E(st["site"]), extra, style_block(n, pad + 100)))


SCRIPTS = ('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
           '<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>\n'
           '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.insertBefore(j,f);})(window,document,"script","dataLayer","GTM-AF7TR2");</script>\n')


def sidebar(st, title_key='trend'):
    lz, o = L[st['lang']], OTHERS[st['lang']]
    return ('<aside class="sidebar"><div class="widget"><h3>%s</h3><ol>%s</ol></div><div class="ad"><span>%s</span><div style="min-height:600px"></div></div>'
            '<div class="widget"><h3>%s</h3><ul>%s</ul></div></aside>' % (lz[title_key], links(o, '/cok-okunan'), lz['ad'], lz['rel'], links(o[::-1], '/son')))


def footer(st):
    lz = L[st['lang']]
    return ('<footer class="site-footer"><div class="f-cols"><ul>%s</ul><ul>%s</ul></div><p>&copy; 2026 %s. %s</p></footer>'
            % (links(lz['secs'].split('|'), '/kategori'), links(['Künye' if st['lang'] == 'tr' else 'About us', 'Contact', 'Privacy', 'Cookies', 'RSS'], '/p'),
               E(st['site']), 'Tüm hakları saklıdır.' if st['lang'] == 'tr' else 'All rights reserved.'))


def nav(st):
    lz = L[st['lang']]
    return '<nav class="main-nav"><ul><li><a href="/">%s</a></li>%s</ul></nav>' % (lz['home'], links(lz['secs'].split('|'), '/kategori'))


def tags(st):
    lz = L[st['lang']]
    return '<div class="tags"><span>%s:</span> %s</div>' % (lz['tags'], ' '.join('<a href="/etiket/%d">%s</a>' % (k, E(t)) for k, t in enumerate(TAGS[st['lang']])))


def share(st):
    return '<div class="share"><span>%s</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Telegram</a></div>' % L[st['lang']]['share']


def page(st, n, meta_html, extra_head='', pad=60, before='', after='', cls='article'):
    """The shared frame of the portal templates: head, header, nav, main column with the headline, meta row and body."""
    return head(st, n, SCRIPTS + extra_head, pad) + '''<body class="{cls}">
<div class="topbar"><a href="/">{site}</a><span class="weather">Hava / Weather 14°</span></div>
<header class="site-header"><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a>{nav}</header>
<div class="ticker"><b>{tick0}</b> {tick}</div>
<main class="container"><div class="col-main">
<div class="breadcrumb"><a href="/">{home}</a> › <a href="/kategori/">{sec}</a></div>
<article class="{cls}-detail">
<h1 class="headline">{title}</h1>
{meta}
{share}
{before}
<div class="{cls}-body" itemprop="articleBody">
{body}
</div>
{after}
{tags}
</article>
<section class="related"><h3>{rel}</h3><ul>{rl}</ul></section>
<section class="comments"><h3>{com}</h3><div id="comments-{n}"></div></section>
</div>{side}</main>
{foot}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","articleId":{n}}});</script>
</body></html>
'''.format(cls=cls, site=E(st['site']), nav=nav(st), tick0=E(OTHERS[st['lang']][0]), tick=(E(' \u2022 '.join(OTHERS[st['lang']][1:4])) if n % 3 == 0 else '<ul>%s</ul>' % links(OTHERS[st['lang']][1:4], '/son-dakika')),
           home=L[st['lang']]['home'], sec=E(st['sec']), title=E(st['title']), meta=meta_html, share=share(st), before=before,
           body=body_html(st, n, st['tpl']), after=after, tags=tags(st), rel=L[st['lang']]['rel'],
           rl=links(OTHERS[st['lang']][2:], '/ilgili'), com=L[st['lang']]['com'], n=n, side=sidebar(st), foot=footer(st))


def tpl_trportal(st, n):
    d = gdate(st)
    up = d + datetime.timedelta(minutes=83)
    meta = ('<div class="news-date"><span>Giriş: %s</span> <span>Güncelleme: %s</span></div><div class="author"><a href="/yazar/%d">%s</a></div>'
            % (d.strftime('%d.%m.%Y - %H:%M'), up.strftime('%d.%m.%Y - %H:%M'), n, E(st['by'])))
    extra = jsonld(st) if n % 2 else '<meta property="article:published_time" content="%s:00+03:00">' % st['dt']
    return page(st, n, meta, extra, 70)


def tpl_tragency(st, n):
    d = gdate(st)
    mon = MON['tr'][d.month - 1]
    meta = ('<div class="detay-tarih"><span class="tarih">Yayınlanma: %02d %s %d %s %s</span><span class="guncelleme">Güncelleme: %02d %s %d %s</span></div>'
            '<div class="muhabir">%s</div>' % (d.day, mon, d.year, WD['tr'][d.weekday()], d.strftime('%H:%M'), d.day, mon, d.year,
                                               (d + datetime.timedelta(minutes=47)).strftime('%H:%M'), E(st['by'])))
    after = ('<div class="galeri"><h4>Bu habere ilişkin fotoğraflar</h4><a href="/foto/%d">3 fotoğraf</a></div>'
             '<p class="abone-notu">Ajansımızın haberleri, abone sözleşmesi kapsamında özetlenerek yayımlanmaktadır. Haberin tamamı abonelere sunulmaktadır.</p>'
             '<p class="wa-join"><a href="https://whatsapp.com/channel/0029Vb%d">Ajansımızın WhatsApp kanallarına katılın</a></p>' % (n, n))
    return page(st, n, meta, '', 55, after=after)


def tpl_trlocal(st, n):
    d = gdate(st)
    mon = MON['tr'][d.month - 1]
    rows = ''.join('<tr><td class="menu"><a href="/kategori.asp?id=%d">%s</a></td></tr>' % (k, E(w)) for k, w in enumerate(L['tr']['secs'].split('|')))
    body = body_html(st, n, 'trlocal')
    side = ''.join('<tr><td><a href="/haber.asp?id=%d">%s</a></td></tr>' % (3000 + k, E(w)) for k, w in enumerate(OTHERS['tr'] * 3))
    h = ('<html>\n<head>\n<title>%s - %s</title>\n<meta name="keywords" content="%s haber, yerel haber">\n'
         '<link href="/stil.css" rel="stylesheet" type="text/css">\n%s\n</head>\n' % (E(st['title']), E(st['site']), E(st['city']), style_block(n, 190)))
    pg = h + '''<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3"><a href="/"><img src="/img/logo.gif" border="0" alt="{site}"></a></td></tr>
<tr><td width="160" valign="top"><table width="100%" class="solmenu">{rows}</table><p><img src="/banner/160x600.gif"></p></td>
<td width="560" valign="top">
<table width="100%"><tr><td class="haberbaslik"><font size="5"><b>{title}</b></font></td></tr>
<tr><td class="tarih"><font size="1" color="#666666">{dline} - {city}</font></td></tr>
<tr><td class="haberdetay"><font face="Verdana" size="2">
{body}
</font></td></tr>
<tr><td><a href="javascript:window.print()">Yazdır</a> | <a href="/tavsiye.asp?id={n}">Arkadaşına Gönder</a> | Okunma: {reads}</td></tr>
<tr><td><b>Yorum Yaz</b><form action="/yorum.asp" method="post"><textarea name="yorum" cols="50" rows="4"></textarea><br><input type="submit" value="Gönder"></form></td></tr>
</table></td>
<td width="260" valign="top"><table width="100%" class="sagmenu"><tr><td><b>Son Haberler</b></td></tr>{side}</table></td></tr>
<tr><td colspan="3" align="center"><font size="1">{site} &copy; 2004-2026 | Tüm hakları saklıdır. | Web tasarım: Bilişim Ajans</font></td></tr></table>
</body></html>
'''.format(site=E(st['site']), rows=rows, title=E(st['title']), dline='%02d %s %d %s %s' % (d.day, mon, d.year, WD['tr'][d.weekday()], d.strftime('%H:%M')),
           city=E(st['city']), body=body, n=n, reads=1200 + n * 37, side=side)
    return pg


def tpl_trgov(st, n):
    d = gdate(st)
    meta = '<div class="duyuru-tarih">Yayınlanma Tarihi: %s</div>' % d.strftime('%d.%m.%Y')
    after = ('<div class="basin-birimi"><p>Basın ve Halkla İlişkiler Müşavirliği</p></div>'
             '<div class="araclar"><a href="javascript:print()">Yazdır</a> <a href="/duyurular/">Tüm Duyurular</a></div>')
    return page(st, n, meta, '', 40, after=after, cls='duyuru')


def tpl_swdaily(st, n):
    d = gdate(st)
    mon = MON['sw'][d.month - 1]
    meta = ('<div class="article-meta"><p class="byline">Na %s</p><p class="date">%s, %s %02d, %d</p><p class="updated">Imesasishwa %s</p></div>'
            % (E(st['by']), WD['sw'][d.weekday()], mon, d.day, d.year, (d + datetime.timedelta(hours=2)).strftime('%H:%M')))
    before = '<div class="summary"><p><strong>Muhtasari</strong></p><ul><li>%s</li></ul></div>' % E(plain(st['items'][0][1]).split('. ')[0])
    extra = jsonld(st) if n % 3 == 0 else ''
    return page(st, n, meta, extra, 70, before=before)


def tpl_swbbc(st, n):
    d = gdate(st)
    meta = ('<div class="byline-block"><span class="name">%s</span><span class="role">%s</span></div><time datetime="%s">%d %s %d</time>'
            % (E(st['by']), 'BBC-style Idhaa', d.strftime('%Y-%m-%d'), d.day, MON['sw'][d.month - 1], d.year))
    before = '<figure><img src="/img/%d.jpg" alt=""><figcaption><span>Chanzo cha picha,</span> Getty Images</figcaption></figure>' % n
    after = ('<section class="related-topics"><h2>Mada zinazohusiana</h2><ul><li><a href="/topics/afrika">Afrika</a></li></ul></section>'
             '<section><h2>Habari zaidi</h2><ul>%s</ul></section>' % links(OTHERS['sw'][:3], '/swahili/articles'))
    return page(st, n, meta, jsonld(st, '+00:00'), 50, before=before, after=after)


def tpl_amportal(st, n):
    d = gdate(st)
    meta = '<div class="post-meta"><span class="author">%s</span> <span class="date">%s</span></div>' % (E(st['by']), eth_str(d))
    return page(st, n, meta, '', 70)


def tpl_ambbc(st, n):
    d = gdate(st)
    meta = '<time datetime="%s">%d %s %d</time><p class="byline">%s</p>' % (d.strftime('%Y-%m-%d'), d.day, MON['amg'][d.month - 1], d.year, E(st['by']))
    return page(st, n, meta, '', 60, after='<section><h2>ተዛማጅ ርዕሶች</h2><ul>%s</ul></section>' % links(OTHERS['am'][:3], '/amharic/articles'))


def tpl_amgov(st, n):
    d = gdate(st)
    meta = '<p class="release-date">ቀን፦ %s</p>' % eth_str(d, False)
    after = '<p class="office">የሕዝብ ግንኙነት ዳይሬክቶሬት</p><div class="print"><a href="javascript:print()">አትም</a></div>'
    return page(st, n, meta, '', 40, after=after, cls='press')


def tpl_haportal(st, n):
    d = gdate(st)
    meta = ('<div class="td-post-header"><div class="td-post-author-name">Daga <a href="/author/%d/">%s</a></div>'
            '<span class="td-post-date"><time class="entry-date updated">%s, %d %s, %d</time></span></div>'
            % (n, E(st['by']), WD['ha'][d.weekday()], d.day, MON['ha'][d.month - 1], d.year))
    if n % 2 == 0:
        st = dict(st, hl='en-US')
    return page(st, n, meta, '<meta property="article:published_time" content="%s:00+01:00">' % st['dt'] if n % 2 else '', 70)


def tpl_habbc(st, n):
    d = gdate(st)
    meta = '<time datetime="%s">%d %s %d</time><p class="byline">%s</p>' % (d.strftime('%Y-%m-%d'), d.day, MON['ha'][d.month - 1], d.year, E(st['by']))
    return page(st, n, meta, jsonld(st, '+00:00'), 55)


def tpl_soportal(st, n):
    d = gdate(st)
    meta = '<div class="meta">Qoraa: %s | %s, %d %s %d</div>' % (E(st['by']), WD['so'][d.weekday()], d.day, MON['so'][d.month - 1], d.year)
    return page(st, n, meta, '', 75)


def tpl_en(st, n):
    d = gdate(st)
    h12 = d.strftime('%I:%M %p').lstrip('0')
    if st['tpl'] == 'enke':
        meta = '<div class="article-meta">%s at %s by <a href="/author/%d">%s</a></div>' % (d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y'), h12, n, E(st['by']))
    elif st['tpl'] == 'enng':
        meta = '<div class="post-meta"><span>By %s</span> <span>%s</span></div>' % (E(st['by']), d.strftime('%d %B %Y | ') + h12)
    elif st['tpl'] == 'enza':
        meta = '<p class="byline">%s</p><p class="date">%s</p><p class="listen">Listen to this article 4 min</p>' % (E(st['by']), d.strftime('%d %b %Y'))
    else:
        meta = '<p class="byline">%s</p><p class="date">%s</p>' % (E(st['by']), d.strftime('%b %d, %Y'))
    extra = jsonld(st, '+03:00' if st['tpl'] == 'enke' else '+01:00') if n % 2 else ''
    after = '<div class="nl-box"><h4>Get the day\'s top stories in your inbox</h4><form><input type="email"><button>Subscribe</button></form></div>'
    return page(st, n, meta, extra, 65, after=after)


def tpl_engov(st, n):
    d = gdate(st)
    day = d.day
    suf = 'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')
    meta = '<p class="ps-label">PRESS STATEMENT</p><p class="ps-date">%d%s %s</p>' % (day, suf, d.strftime('%B %Y'))
    after = ('<div class="signature"><p><strong>Dr. Kiprono Chelule, CBS</strong></p><p>PRINCIPAL SECRETARY, STATE DEPARTMENT FOR AGRICULTURE</p></div>'
             '<div class="downloads"><a href="/wp-content/uploads/2026/12/press-statement.pdf">Download PDF</a></div>')
    return page(st, n, meta, '', 45, after=after, cls='press')


B2B_POSTLBL = {'tr': ('Önceki', 'Sonraki', 'Bize mesaj gönderin'), 'sw': ('Iliyotangulia', 'Inayofuata', 'Tutumie ujumbe'),
               'am': ('ቀዳሚ', 'ቀጣይ', 'መልእክት ይላኩልን'), 'ha': ('Na baya', 'Na gaba', 'Aiko mana da sako')}


def tpl_b2b(st, n):
    body = body_html(st, n, 'b2b')
    prev, nxt, msg = B2B_POSTLBL[st['lang']]
    prods = ['Aluminium Profile', 'Aluminium Sheet', 'Aluminium Coil', 'Aluminium Foil', 'Aluminium Tube', 'Aluminium Bar']
    h = head(st, n, '<link rel="stylesheet" href="/style/global/style.css">', 60, ' | ')
    return h + '''<body>
<div class="top-bar"><span>E-mail: sales@{host}</span><span>Tel: +86 0839 555 0199</span><div class="lang"><a href="/">English</a><a href="/tr/">Türkçe</a><a href="/sw/">Kiswahili</a><a href="/am/">አማርኛ</a><a href="/ha/">Hausa</a></div></div>
<header><a class="logo" href="/"><img src="/uploads/logo.png" alt="{site}"></a><nav><ul><li><a href="/">Home</a></li><li><a href="/products/">Products</a></li><li><a href="/about-us/">About Us</a></li><li><a href="/news/">News</a></li><li><a href="/contact-us/">Contact Us</a></li></ul></nav></header>
<div class="page-banner"><img src="/uploads/news-banner.jpg" alt=""><div class="crumb"><a href="/">Home</a> &gt; <a href="/news/">{sec}</a> &gt; {title}</div></div>
<div class="layout"><aside class="aside"><div class="side-widget"><h3>Products</h3><ul>{prods}</ul></div><div class="side-widget"><h3>Featured</h3><ul>{prods}</ul></div></aside>
<section class="main"><div class="news-detail"><h1 class="detail-title">{title}</h1>
<div class="news-detail-con">
{body}
</div>
<div class="post-time">{post}</div>
<div class="page-turn"><a href="/news/{p}.html">{prev}: Aluminium demand outlook</a><a href="/news/{q}.html">{nxt}: Factory visit</a></div>
</div>
<div class="inquiry"><h3>{msg}</h3><form action="/inquiry.php" method="post"><input name="name" placeholder="Name"><input name="email" placeholder="Email"><textarea name="message"></textarea><button type="submit">Send</button></form></div>
</section></div>
<footer><div class="f-contact"><p>Add: No. 18 Industrial Park Road, Guangyuan, Sichuan, China</p><p>Copyright &copy; 2025 {site} All Rights Reserved. <a href="/sitemap.xml">Sitemap</a></p></div></footer>
</body></html>
'''.format(host=st['host'], site=E(st['site']), sec=E(st['sec']), title=E(st['title']), prods=links(prods, '/products'), body=body,
           post=E(st['post']), p=n * 3, q=n * 3 + 1, prev=prev, nxt=nxt, msg=msg)


TPL = dict(trportal=tpl_trportal, tragency=tpl_tragency, trlocal=tpl_trlocal, trgov=tpl_trgov, swdaily=tpl_swdaily,
           swbbc=tpl_swbbc, amportal=tpl_amportal, ambbc=tpl_ambbc, amgov=tpl_amgov, haportal=tpl_haportal,
           habbc=tpl_habbc, soportal=tpl_soportal, enke=tpl_en, enng=tpl_en, enza=tpl_en, engh=tpl_en, engov=tpl_engov,
           b2b=tpl_b2b)


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    os.makedirs(OUT, exist_ok=True)
    count = {}
    for n, st in enumerate(stories, 1):
        k = count.get(st['tpl'], 0)
        count[st['tpl']] = k + 1
        sites = SITES[st['tpl']]
        st['site'], st['host'] = sites[k % len(sites)]
        page_html = TPL[st['tpl']](st, n)
        name = os.path.join(OUT, '%02d' % n)
        data = page_html.encode('cp1254') if st['tpl'] == 'trlocal' else page_html.encode('utf-8')
        open(name + '.html', 'wb').write(data)
        open(name + '.txt', 'w', encoding='utf-8').write(expected(st))
        meta = {'published': st['dt'][:10], 'lang': st['lang'], 'title': st['title']}
        open(name + '.json', 'w', encoding='utf-8').write(json.dumps(meta, ensure_ascii=False) + '\n')


main()
