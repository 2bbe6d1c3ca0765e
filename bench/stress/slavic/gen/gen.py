import os, sys, json, random, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles_pl import A as PL
from articles_ru import A as RU
from articles_other import A as OT
from articles_b2 import A as B2
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
E = html.escape
R = random.Random(7)

def paras_html(body, ptag='p', sub='h2'):
    out = []
    for b in body:
        if b.startswith('## '):
            out.append('<%s>%s</%s>' % (sub, E(b[3:]), sub))
        else:
            out.append('<%s>%s</%s>' % (ptag, E(b), ptag))
    return out

def expected(a, lead=True):
    parts = ([a['lead']] if lead else []) + [b[3:] if b.startswith('## ') else b for b in a['body']]
    return '\n\n'.join(parts) + '\n'

L = {
 'pl': dict(nav=['Wiadomości','Kraj','Świat','Biznes','Sport','Kultura','Zdrowie','Motoryzacja','Pogoda','Opinie','Wideo','Region'],
   read='Czytaj także:', see='Zobacz też', most='Najczęściej czytane', share='Udostępnij', tags='Tagi:', comments='Komentarze', ad='REKLAMA',
   photo='Fot.', source='Źródło:', agency='PAP', cookie='Używamy plików cookies i przetwarzamy dane osobowe zgodnie z RODO. Korzystając z serwisu, wyrażasz zgodę na ich użycie. Więcej informacji znajdziesz w Polityce prywatności.',
   accept='Akceptuję', subscribe='Zapisz się do newslettera i otrzymuj najważniejsze wiadomości prosto na swoją skrzynkę.', more='Więcej',
   author='Autor:', footer='Wszelkie prawa zastrzeżone. Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione.',
   rel=['Radni przyjęli budżet na przyszły rok','Kolejne utrudnienia na obwodnicy miasta','Sąd uniewinnił byłego burmistrza','Nowe połączenia autobusowe od grudnia','Festiwal światła przyciągnął tłumy','Mieszkańcy walczą o park przy rzece','Ruszyła przebudowa dworca','Policja szuka świadków wypadku']),
 'ru': dict(nav=['Новости','Политика','Экономика','Общество','Происшествия','Спорт','Культура','Наука','Здоровье','Авто','Недвижимость','Видео'],
   read='Читайте также:', see='Смотрите также', most='Самое читаемое', share='Поделиться', tags='Теги:', comments='Комментарии', ad='Реклама',
   photo='Фото:', source='Источник:', agency='ТАСС', cookie='Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.',
   accept='Принять', subscribe='Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать главные новости.', more='Подробнее',
   author='Автор:', footer='Все права защищены. При полном или частичном использовании материалов ссылка на сайт обязательна. 18+',
   rel=['Власти города утвердили бюджет на следующий год','На трассе М-5 столкнулись три автомобиля','В регионе открылась новая школа','Синоптики пообещали потепление','Суд арестовал бывшего чиновника','В парке высадят тысячу деревьев','Депутаты обсудили тарифы ЖКХ','Ученые нашли новый вид рыб']),
 'uk': dict(nav=['Новини','Політика','Економіка','Суспільство','Регіони','Спорт','Культура','Здоров\'я','Технології','Відео'],
   read='Читайте також:', see='Дивіться також', most='Найпопулярніше', share='Поділитися', tags='Теги:', comments='Коментарі', ad='Реклама',
   photo='Фото:', source='Джерело:', agency='Укрінформ', cookie='Ми використовуємо файли cookie. Продовжуючи користуватися сайтом, ви погоджуєтеся з їх використанням.',
   accept='Погоджуюсь', subscribe='Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини.', more='Детальніше',
   author='Автор:', footer='Усі права захищені. Використання матеріалів дозволяється за умови посилання на сайт.',
   rel=['Депутати ухвалили бюджет міста','У Києві відкрили новий міст','Синоптики попередили про морози','Ціни на хліб можуть зрости','У школах продовжать канікули','Новий маршрут автобуса запрацює з понеділка']),
 'cs': dict(nav=['Zprávy','Domácí','Zahraničí','Ekonomika','Sport','Kultura','Zdraví','Auto','Počasí','Video'],
   read='Čtěte také:', see='Související', most='Nejčtenější', share='Sdílet', tags='Témata:', comments='Diskuse', ad='Reklama',
   photo='Foto:', source='Zdroj:', agency='ČTK', cookie='Tento web používá soubory cookie. Dalším procházením webu vyjadřujete souhlas s jejich používáním.',
   accept='Souhlasím', subscribe='Přihlaste se k odběru newsletteru a dostávejte nejdůležitější zprávy každé ráno.', more='Více',
   author='Autor:', footer='Copyright. Všechna práva vyhrazena. Publikování nebo šíření obsahu je zakázáno bez předchozího souhlasu.',
   rel=['Vláda schválila rozpočet na příští rok','Na D1 se srazila tři auta','Meteorologové varují před mrazem','V Ostravě otevřeli nový bazén','Ceny energií mají klesnout','Zoo ukázala nové mládě']),
 'el': dict(nav=['Ειδήσεις','Πολιτική','Οικονομία','Κοινωνία','Κόσμος','Αθλητισμός','Πολιτισμός','Υγεία','Τεχνολογία','Βίντεο'],
   read='Διαβάστε επίσης:', see='Δείτε επίσης', most='Δημοφιλή', share='Μοιραστείτε', tags='Ετικέτες:', comments='Σχόλια', ad='Διαφήμιση',
   photo='Φωτογραφία:', source='Πηγή:', agency='ΑΠΕ-ΜΠΕ', cookie='Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε τη χρήση τους.',
   accept='Αποδοχή', subscribe='Εγγραφείτε στο newsletter μας για να λαμβάνετε τις σημαντικότερες ειδήσεις κάθε πρωί.', more='Περισσότερα',
   author='Συντάκτης:', footer='Με επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.',
   rel=['Νέα μέτρα για την ακρίβεια','Καύσωνας σε όλη τη χώρα','Απεργία στα μέσα μεταφοράς','Νέο σχολείο στην Πάτρα','Αυξάνεται ο τουρισμός στα νησιά','Κλειστός ο δρόμος προς το αεροδρόμιο']),
}

NAMES = {'pl':['Anna Kowalska','Piotr Nowicki','Ewa Zając','Marcin Lis','Joanna Pawlak'],
         'ru':['Ольга Смирнова','Дмитрий Козлов','Елена Попова','Сергей Волков'],
         'uk':['Ірина Коваль','Олег Бондар'], 'cs':['Jana Svobodová','Petr Dvořák'], 'el':['Μαρία Παπαδοπούλου','Γιώργος Νικολάου']}
DATE = {'pl':'05.12.2026, 08:42','ru':'05.12.2026, 08:42','uk':'05.12.2026 08:42','cs':'5. prosince 2026 8:42','el':'05/12/2026 08:42'}

def script_blob(n):
    s = []
    for i in range(n):
        s.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pv","section":"s%d","ab":"%s","ts":%d});(function(){var d=document,s=d.createElement("script");s.async=true;s.src="//cdn.adnet.example/tag%d.js?r="+Math.random();d.head.appendChild(s);})();</script>' % (i, 'abcdefgh'[i % 8], 1733380000 + i * 37, i))
    return '\n'.join(s)

def nav(l, cls='nav'):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s/">%s</a></li>' % (i, E(x)) for i, x in enumerate(L[l]['nav'])))

def related(l, title, k=6, cls='related'):
    items = L[l]['rel'][:]
    R.shuffle(items)
    return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>' % (cls, E(title), ''.join('<li><a href="/a/%d.html">%s</a></li>' % (1000 + i, E(x)) for i, x in enumerate(items[:k])))

def sidebar(l):
    return '<aside class="sidebar">' + related(l, L[l]['most'], 8, 'most-read') + '<div class="ad-box"><span>%s</span><div id="ad-side-1"></div></div>' % L[l]['ad'] + \
        '<div class="newsletter"><p>%s</p><form><input type="email" placeholder="e-mail"><button>OK</button></form></div></aside>' % E(L[l]['subscribe'])

def cookie(l):
    return '<div id="cookie-consent" class="rodo-banner"><p>%s</p><button>%s</button></div>' % (E(L[l]['cookie']), L[l]['accept'])

def sharebar(l):
    nets = ['Facebook', 'X', 'WhatsApp', 'E-mail'] if l not in ('ru',) else ['ВКонтакте', 'Одноклассники', 'Telegram', 'WhatsApp']
    return '<div class="share"><span>%s</span>%s</div>' % (L[l]['share'], ''.join('<a href="#" class="share-%d">%s</a>' % (i, n) for i, n in enumerate(nets)))

def comments(l, n=3):
    txt = {'pl': ['Nareszcie ktoś coś zrobił w tej sprawie.', 'A kto za to zapłaci? Jak zwykle my, podatnicy.', 'Byłem tam wczoraj, rzeczywiście robi wrażenie.'],
           'ru': ['Наконец-то, давно пора было.', 'А деньги опять из нашего кармана.', 'Посмотрим, что будет через год.'],
           'uk': ['Нарешті!', 'Побачимо, як буде насправді.', 'Дуже потрібна справа.'],
           'cs': ['Konečně!', 'A kdo to zaplatí?', 'Uvidíme za rok.'], 'el': ['Επιτέλους!', 'Ποιος θα πληρώσει;', 'Θα δούμε.']}[l]
    return '<section class="comments" id="comments"><h3>%s (%d)</h3>%s<form class="comment-form"><textarea></textarea><button>%s</button></form></section>' % (
        L[l]['comments'], n, ''.join('<div class="comment"><b>user%d</b> <span>%s</span><p>%s</p></div>' % (i, DATE[l], E(t)) for i, t in enumerate(txt[:n])), 'OK')

def head(a, site, extra=''):
    desc = a['lead'][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a['title'], "datePublished": "2026-12-05T08:42:00+01:00",
                     "author": {"@type": "Person", "name": a['author']}, "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title><meta name="description" content="%s">'
            '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:site_name" content="%s">'
            '<meta property="article:published_time" content="2026-12-05T08:42:00+01:00"><link rel="canonical" href="https://%s/news/%d.html">'
            '<script type="application/ld+json">%s</script><link rel="stylesheet" href="/css/main.css">%s%s</head>') % (
        a['lang'], E(a['title']), E(site), E(desc), E(a['title']), E(desc), E(site), site.lower().replace(' ', ''), a['id'], ld, extra, script_blob(4))

def figure(l, caption, credit, cls='photo'):
    return '<figure class="%s"><img src="/img/%d.jpg" alt=""><figcaption>%s <span class="credit">%s %s</span></figcaption></figure>' % (cls, R.randint(1, 9999), E(caption), L[l]['photo'], E(credit))

def inline_read(l):
    x = L[l]['rel'][R.randint(0, 5)]
    return '<p class="read-also"><strong>%s</strong> <a href="/a/77.html">%s</a></p>' % (L[l]['read'], E(x))

def footer(l, site):
    return '<footer class="footer">%s<p>&copy; 2026 %s. %s</p><p>%s</p></footer>' % (nav(l, 'footer-nav'), E(site), E(L[l]['footer']), script_blob(3))

def insert_mid(ps, things):
    ps = ps[:]
    k = max(1, len(ps) // 2)
    for t in things[::-1]:
        ps.insert(k, t)
    return ps

# ---------- templates ----------
def t_wprost(a, site):  # lead text directly in a box that holds the body box
    l = a['lang']
    ps = insert_mid(paras_html(a['body']), ['<div class="add300x250"><a href="#x" rel="nofollow">Skocz do tekstu</a><div class="add300x250-inside">%s<div id="adocean1"></div></div></div>' % L[l]['ad']])
    return head(a, site) + '<body>' + cookie(l) + '<div id="header">' + nav(l) + '</div><div id="page"><div id="main"><div id="print-layer"><h1>%s</h1>' % E(a['title']) + \
        ('<div class="def element-date">2026-12-05 08:42</div><div class="art-lead">%s\n<div class="art-content">%s</div></div>' % (E(a['lead']), '\n'.join(ps)) if a['id'] % 2 else
         '<div class="def element-date">2026-12-05 08:42</div><div class="div-header" style="font-weight: bold; display: block;">%s</div><div class="art-content">%s</div>' % (E(a['lead']), '\n'.join(ps))) + \
        '<div class="author-line">%s %s</div>' % (L[l]['author'], E(a['author'])) + '<div class="art-source">%s %s</div>' % (L[l]['source'], L[l]['agency']) + sharebar(l) + \
        related(l, L[l]['read'].rstrip(':'), 5, 'block-related') + comments(l) + '</div></div>' + sidebar(l) + '</div>' + footer(l, site) + '</body></html>'

def t_gazeta(a, site):  # lead in its own box, image and a related box between it and the body
    l = a['lang']
    ps = paras_html(a['body'])
    ps.insert(2, '<div class="related_inside"><h4>%s</h4><ul><li><a href="/a/1.html">%s</a></li><li><a href="/a/2.html">%s</a></li></ul></div>' % (L[l]['see'].upper(), E(L[l]['rel'][0]), E(L[l]['rel'][1])))
    return head(a, site) + '<body><div id="gazeta_header">' + nav(l) + '</div>' + cookie(l) + '<div id="columns"><div id="col_left"><div id="article">' + \
        '<h1>%s</h1><div id="gazeta_article_date">%s</div><div id="gazeta_article_author">%s</div>' % (E(a['title']), DATE[l], E(a['author'])) + \
        '<div id="gazeta_article_image">%s</div>' % figure(l, a['title'][:40], '%s / Agencja Gazeta' % a['author']) + \
        ('<div id="gazeta_article_lead">%s</div>' % E(a['lead']) if a['id'] % 2 else '<div class="clr"></div><h4> %s </h4>' % E(a['lead'])) + sharebar(l) + \
        '<div id="gazeta_article_body"><div id="artykul">%s</div></div>' % '\n'.join(ps) + \
        '<div id="gazeta_article_tags">%s %s</div>' % (L[l]['tags'], ', '.join('<a href="/t/%d">%s</a>' % (i, x) for i, x in enumerate(L[l]['nav'][:4]))) + \
        '</div>' + comments(l, 2) + '</div><div id="col_right">' + sidebar(l) + '</div></div>' + footer(l, site) + '</body></html>'

def t_interia(a, site):  # lead as a named <h2>, body in a sibling div with inline "read also" and source line
    l = a['lang']
    ps = insert_mid(paras_html(a['body']), [inline_read(l)])
    ps.append('<p class="source">%s %s</p>' % (L[l]['source'], L[l]['agency']))
    return head(a, site) + '<body>' + cookie(l) + '<header class="header">' + nav(l) + '</header><main><div class="article-container"><article class="article">' + \
        '<div class="article-header"><h1 class="article-title">%s</h1><div class="article-date">%s</div></div>' % (E(a['title']), DATE[l]) + \
        ('<h2 class="articleLead textContent">%s</h2>' % E(a['lead']) if a['id'] % 2 else '<cite class="Styled"><strong>%s</strong></cite>' % E(a['lead'])) + figure(l, a['title'][:50], 'Marek Kamiński / %s' % L[l]['agency'], 'article-img') + \
        '<div class="article-body textContent">%s</div>' % '\n'.join(ps) + \
        '<div class="article-tags">%s %s</div>' % (L[l]['tags'], ' '.join('<a href="/tag/%d">%s</a>' % (i, x) for i, x in enumerate(L[l]['nav'][2:6]))) + sharebar(l) + \
        '</article>' + related(l, L[l]['see'], 6, 'polecamy') + '</div>' + sidebar(l) + '</main>' + footer(l, site) + '</body></html>'

def t_onet(a, site):  # lead box in the header of the article, body split by an ad and a list of links
    l = a['lang']
    ps = paras_html(a['body'])
    half = max(1, len(ps) // 2)
    part1, part2 = ps[:half], ps[half:]
    return head(a, site) + '<body>' + cookie(l) + '<div class="topBar">' + nav(l) + '</div><div class="pageContainer"><div class="mainContent"><div class="detail">' + \
        '<header class="articleHeader"><h1 class="mainTitle">%s</h1><div class="datePublished">%s</div><div class="author">%s / %s</div>' % (E(a['title']), DATE[l], E(a['author']), L[l]['agency']) + \
        '<div class="lead"><p><strong>%s</strong></p></div></header>' % E(a['lead']) + figure(l, a['title'][:45], L[l]['agency'], 'mainPhoto') + \
        '<div class="articleBody" id="detail"><section class="paragraphs">%s</section>' % '\n'.join(part1) + \
        '<div class="adBox"><span>%s</span><div id="flat-belka"></div></div>' % L[l]['ad'] + \
        '<div class="seeAlso"><p><strong>%s</strong></p><ul><li><a href="/a/5.html">%s</a></li><li><a href="/a/6.html">%s</a></li></ul></div>' % (L[l]['see'] + ':', E(L[l]['rel'][2]), E(L[l]['rel'][3])) + \
        '<section class="paragraphs">%s</section>' % '\n'.join(part2) + '<p class="sourceOrganization">(%s)</p></div>' % L[l]['agency'].lower() + sharebar(l) + \
        '</div>' + related(l, L[l]['most'], 6, 'recommendations') + '</div>' + sidebar(l) + '</div>' + footer(l, site) + '</body></html>'

def t_wordpress(a, site):  # lead as the first bold paragraph of entry-content; caption, cookie banner, comments
    l = a['lang']
    ps = ['<p><strong>%s</strong></p>' % E(a['lead'])] + insert_mid(paras_html(a['body']), [figure(l, a['title'][:40], 'Jan Wiśniewski', 'wp-block-image')])
    return head(a, site, '<meta name="generator" content="WordPress 6.4">') + '<body class="post-template-default single single-post">' + \
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">%s</a></p></div>%s</header>' % (E(site), nav(l, 'main-navigation')) + \
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main"><article class="post type-post status-publish format-standard">' + \
        '<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">%s</span> <span class="byline">%s</span></div></header>' % (E(a['title']), DATE[l], E(a['author'])) + \
        '<div class="entry-content">%s</div>' % '\n'.join(ps) + \
        '<footer class="entry-footer"><span class="tags-links">%s %s</span></footer>' % (L[l]['tags'], ', '.join('<a rel="tag" href="/tag/%d">%s</a>' % (i, x) for i, x in enumerate(L[l]['nav'][5:8]))) + \
        '</article>' + sharebar(l) + related(l, L[l]['read'].rstrip(':'), 4, 'jp-relatedposts') + comments(l) + '</main></div>' + sidebar(l) + '</div>' + cookie(l) + footer(l, site) + '</div></body></html>'

def t_ria(a, site):  # body in several article__block divs, "read also" blocks between, subscribe call at end
    l = a['lang']
    blocks = ['<div class="article__block" data-type="text"><div class="article__text">%s</div></div>' % E(b) if not b.startswith('## ') else
              '<div class="article__block" data-type="h2"><h2 class="article__h2">%s</h2></div>' % E(b[3:]) for b in [a['lead']] + a['body']]
    blocks.insert(2, '<div class="article__block" data-type="article"><div class="article__article"><span class="article__article-desc">%s</span><a class="article__article-title" href="/a/9.html">%s</a></div></div>' % (L[l]['read'].rstrip(':'), E(L[l]['rel'][4])))
    blocks.insert(1, '<div class="article__block" data-type="media">%s</div>' % figure(l, a['title'][:40], '%s / %s' % (L[l]['agency'], a['author'])))
    return head(a, site) + '<body><div class="page">' + '<div class="header">' + nav(l) + '</div>' + cookie(l) + '<div class="layout-article"><div class="article">' + \
        '<div class="article__header"><div class="article__info-date">%s</div><h1 class="article__title">%s</h1></div>' % (DATE[l], E(a['title'])) + \
        '<div class="article__body">%s</div>' % '\n'.join(blocks) + \
        '<div class="article__subscribe"><p>%s</p><a href="https://t.me/example">Telegram</a></div>' % E(L[l]['subscribe']) + \
        '<div class="article__tags">%s</div>' % ''.join('<a class="article__tags-item" href="/t/%d">%s</a>' % (i, x) for i, x in enumerate(L[l]['nav'][1:5])) + sharebar(l) + \
        '</div>' + related(l, L[l]['see'], 6, 'lenta') + '</div>' + sidebar(l) + '</div>' + footer(l, site) + '</body></html>'

POLL = ('<div class="poll-widget"><h4>Опрос</h4><p>Как вы оцениваете работу городского транспорта?</p><ul><li><label><input type="radio"> Хорошо</label></li>'
        '<li><label><input type="radio"> Плохо</label></li></ul><p>Проголосовали 732 человека</p><p>Опрос проводится до 16 декабря</p></div><div class="weather-inf">Погода, новости, загрузка...</div>')
def t_lenta(a, site):  # announce-style lead, body, "source:" line, cards of related material inside the body
    l = a['lang']
    ps = paras_html(a['body'])
    if site == 'Город-Инфо':
        ps.insert(1, '<p class="photo-credit">%s %s / %s</p>' % (L[l]['photo'], a['author'], L[l]['agency']))
    ps.insert(2, '<div class="box-inline-topic"><span class="box-inline-topic__title">Материалы по теме:</span><a href="/a/3.html">%s</a><a href="/a/4.html">%s</a></div>' % (E(L[l]['rel'][5]), E(L[l]['rel'][6])) if l == 'ru' else inline_read(l))
    return head(a, site) + '<body>' + '<header class="header">' + nav(l) + '</header><div class="layout"><main class="topic-page"><div class="topic-body">' + \
        '<div class="topic-header"><h1 class="topic-body__titles"><span class="topic-body__title">%s</span></h1><time class="topic-header__time">%s</time></div>' % (E(a['title']), DATE[l]) + \
        '<div class="topic-body__title-yandex topic-body__lead">%s</div>' % E(a['lead']) + figure(l, a['title'][:40], L[l]['agency'], 'topic-body__title-image') + \
        '<div class="topic-body__content">%s</div>' % '\n'.join(ps) + \
        '<p class="topic-body__source">%s %s</p>' % (L[l]['source'], L[l]['agency']) + sharebar(l) + '</div>' + (POLL if site == 'Город-Инфо' else '') + related(l, L[l]['see'], 5, 'topic-related') + comments(l, 2) + '</main>' + sidebar(l) + '</div>' + cookie(l) + footer(l, site) + '</body></html>'

def t_bitrix(a, site):  # news-detail with text and <br><br>, preview text in a named block above it
    l = a['lang']
    text = '<br /><br />\n'.join(E(b[3:]) if b.startswith('## ') else E(b) for b in a['body'])
    return head(a, site, '<link href="/bitrix/templates/main/styles.css" rel="stylesheet">') + '<body><div id="panel"></div><div class="wrapper"><div class="header"><a class="logo" href="/">%s</a>%s</div>' % (E(site), nav(l, 'top-menu')) + \
        '<div class="workarea"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a></div><div class="news-detail">' + \
        '<span class="news-date-time">%s</span><h3>%s</h3>' % (DATE[l], E(a['title'])) + \
        '<div class="news-preview preview_text">%s</div>' % E(a['lead']) + '<img class="detail_picture" src="/upload/iblock/1.jpg" alt="">' + \
        '<div class="news-detail-text">%s<br /><br />%s пресс-служба администрации</div>' % (text, L[l]['photo']) + \
        '<div style="clear:both"></div><div class="news-detail-share">%s</div><div class="print"><a href="?print=Y">Версия для печати</a></div></div>' % sharebar(l) + \
        '<div class="news-comments"><h4>%s (0)</h4><p>Комментариев пока нет. Будьте первым!</p></div>' % L[l]['comments'] + related(l, L[l]['see'], 5, 'news-list') + \
        '</div>' + sidebar(l) + footer(l, site) + '</div></body></html>'

def t_perex(a, site):  # Czech/Ukrainian/Greek news: perex-style lead paragraph in the header, body below image
    l = a['lang']
    ps = insert_mid(paras_html(a['body']), [inline_read(l)])
    ps.append('<p class="source-line">%s %s</p>' % (L[l]['source'], L[l]['agency']))
    leadcls = {'cs': 'perex', 'uk': 'article__lead', 'el': 'article-lead'}[l]
    return head(a, site) + '<body>' + cookie(l) + '<div class="top">' + nav(l) + '</div><div id="content"><div class="art-main"><div class="art-header">' + \
        '<h1>%s</h1><div class="art-info"><span class="time">%s</span> <span class="authors">%s</span></div>' % (E(a['title']), DATE[l], E(a['author'])) + \
        '<p class="%s">%s</p></div>' % (leadcls, E(a['lead'])) + figure(l, a['title'][:40], L[l]['agency'], 'art-photo') + \
        '<div class="art-text" id="art-text">%s</div>' % '\n'.join(ps) + sharebar(l) + related(l, L[l]['see'], 5, 'art-related') + comments(l, 2) + '</div>' + sidebar(l) + '</div>' + footer(l, site) + '</body></html>'

def t_regional(a, site):  # regional portal: caps-surname byline with a date, back links, loading placeholder, poll, agency credit, long source line
    l = a['lang']
    first, last = a['author'].split(' ', 1)
    ps = paras_html(a['body'])
    if l == 'ru':
        byline = '<div class="author-date">%s %s — 05.12.2026 08:42</div>' % (E(first), E(last.upper()))
        back = '<div class="back"><a href="/">&lt; На главную</a> <a href="/news/">&lt; К списку новостей</a></div>'
        load = '<div class="widget-weather">Загружается...</div>'
        allnews = '<p class="all-news"><a href="/news/society/">Все новости раздела "Общество"</a></p>'
        credit = '<p class="credit">%s РИА Вести теги: город, ремонт материал размещен 5 декабря 2026</p>' % 'источник:'
        poll = POLL
    else:
        byline = '<div class="author-date">Autor: www.%s.pl | 05-12-2026 08:42</div>' % site.lower().replace(' ', '')
        back = '<div class="back"><a href="/">&lt; Strona główna</a> <a href="/wiadomosci/">&lt; Wszystkie wiadomości</a></div>'
        load = '<div class="widget-weather">Ładowanie...</div>'
        allnews = '<p class="all-news"><a href="/region/">Wszystkie wiadomości z regionu</a></p>'
        credit = '<p class="credit">Źródło: https://www.%s.pl/wiadomosci/region/2026/12/05/artykul-%d-szczegoly.html, PAP</p>' % (site.lower().replace(' ', ''), a['id'])
        poll = '<div class="poll-widget"><h4>Sonda</h4><p>Czy popierasz tę decyzję?</p><ul><li>Tak</li><li>Nie</li></ul><p>Głosowało 412 osób</p></div>'
    return head(a, site) + '<body>' + '<div class="top">' + nav(l) + '</div><div id="content"><div class="main-col">' + back + \
        '<div class="news-item"><h1>%s</h1>' % E(a['title']) + byline + '<div class="news-lead"><b>%s</b></div>' % E(a['lead']) + \
        figure(l, a['title'][:40], '(Archiwum prywatne)' if l == 'pl' else 'пресс-служба мэрии', 'news-photo') + \
        '<div class="news-text">%s</div>' % '\n'.join(ps) + credit + load + allnews + sharebar(l) + '</div>' + poll + comments(l, 2) + '</div>' + sidebar(l) + '</div>' + cookie(l) + footer(l, site) + '</body></html>'

PLAN = [(t_wprost, 'Wprost24 Tygodnik'), (t_gazeta, 'Gazeta Miejska'), (t_interia, 'Portal Interaktywny'), (t_onet, 'Serwis Informacyjny Onetto'), (t_wordpress, 'Kurier Powiatowy')]
RPLAN = [(t_ria, 'РИА Вести'), (t_lenta, 'Лента Дня'), (t_bitrix, 'Губернские новости'), (t_lenta, 'Город-Инфо')]
pages = []
for i, a in enumerate(PL):
    pages.append((a,) + PLAN[i % len(PLAN)])
for i, a in enumerate(RU):
    pages.append((a,) + RPLAN[i % len(RPLAN)])
for a in OT:
    pages.append((a, t_perex, {'uk': 'Вісті Регіону', 'cs': 'Zpravodaj Denně', 'el': 'Νέα της Ημέρας'}[a['lang']]))
for a in B2:
    pages.append((a, t_regional, 'Dozor Regionu' if a['lang'] == 'pl' else 'Городской Дозор'))
for n, (a, t, site) in enumerate(pages, 1):
    a['id'] = 4000 + n
    a['author'] = NAMES[a['lang']][n % len(NAMES[a['lang']])]
    h = t(a, site)
    # pad small pages with a longer sidebar of teasers (real portals carry many)
    while len(h.encode()) < 10500:
        h = h.replace('</footer>', related(a['lang'], L[a['lang']]['more'], 8, 'teasers-more') + '</footer>', 1)
    name = '%02d' % n
    open(os.path.join(OUT, name + '.html'), 'w').write(h)
    open(os.path.join(OUT, name + '.txt'), 'w').write(expected(a))
    json.dump({'published': '2026-12-05', 'lang': a['lang'], 'title': a['title']}, open(os.path.join(OUT, name + '.json'), 'w'), ensure_ascii=False)
    print(name, t.__name__, a['lang'], len(h.encode()))
