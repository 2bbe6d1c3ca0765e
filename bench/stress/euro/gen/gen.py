#!/usr/bin/env python3
"""Generate bench/stress/euro pages from stories.txt (non-English European news and press pages:
Spanish, French, Portuguese, Italian, German, Dutch and Catalan; invented sites, original text).

Usage: python3 bench/stress/euro/gen/gen.py bench/stress/euro
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### tpl|lang|YYYY-MM-DDTHH:MM|byline|section|city' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote.
Furniture codes (not in the expected text): RA a localized 'read also' line (headline), AD an ad slot with
its localized label, FIG figure (caption|credit), NEWS newsletter box, PAY paywall box (the items after it
are not in the markup and not in the expected text), AGENCY a standalone agency signature line ('EFE',
'(dpa)', 'Con información de AFP'), BOX an inline related box (title;;title), VID video player (title),
TW embedded tweet (text|name|handle), CONTACT a press contact block (lines ;;-separated), ABOUT a press
release's 'About X' section (heading|text); set inside the story's column as plain paragraphs (43-46): BYP the
byline in bold, DATEP the date line, CREDP a picture credit in italics, FOLLOW a follow call, RA2 a pointer's
label and its linked headline as two paragraphs (label|headline), TEASE a teaser box (label;;title|summary;;…),
NEWSIN a newsletter box (label|pitch|button).
Inline markup: [text](url) link, **bold**, _italic_."""
import html, json, os, random, re, sys

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

MONTHS = {
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'ca': 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

L = {
    'es': dict(ra='Lee también', ad='Publicidad', com='Comentarios', share='Compartir', follow='Síguenos en',
               tags='Temas', rel='Noticias relacionadas', by='Por', news='Recibe cada mañana nuestro boletín con las noticias más importantes del día.',
               newsbtn='Suscríbete', pay='Contenido exclusivo para suscriptores', paymore='Para seguir leyendo este artículo, suscríbete desde 1 € el primer mes.',
               login='¿Ya eres suscriptor? Inicia sesión', most='Lo más leído', copy='Copiar enlace', cookie='Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias mediante el análisis de sus hábitos de navegación. Si continúa navegando, consideramos que acepta su uso.', accept='Aceptar y cerrar'),
    'fr': dict(ra='Lire aussi', ad='Publicité', com='Commentaires', share='Partager', follow='Suivez-nous sur',
               tags='Mots-clés', rel='Articles similaires', by='Par', news='Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.',
               newsbtn='Je m’inscris', pay='Article réservé aux abonnés', paymore='La suite de cet article est réservée aux abonnés. Abonnez-vous pour 1 € le premier mois, sans engagement.',
               login='Déjà abonné ? Se connecter', most='Les plus lus', copy='Copier le lien', cookie='Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « Paramétrer ».', accept='Accepter et fermer'),
    'pt': dict(ra='Leia também', ad='Publicidade', com='Comentários', share='Compartilhar', follow='Siga-nos no',
               tags='Tópicos', rel='Notícias relacionadas', by='Por', news='Receba no seu e-mail as principais notícias do dia, todas as manhãs.',
               newsbtn='Assinar newsletter', pay='Exclusivo para assinantes', paymore='Este conteúdo é exclusivo para assinantes. Assine a partir de R$ 1,90 no primeiro mês e tenha acesso ilimitado.',
               login='Já é assinante? Faça login', most='Mais lidas', copy='Copiar link', cookie='Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.', accept='Prosseguir'),
    'it': dict(ra='Leggi anche', ad='Pubblicità', com='Commenti', share='Condividi', follow='Seguici su',
               tags='Argomenti', rel='Articoli correlati', by='di', news='Ricevi ogni mattina le notizie più importanti della giornata.',
               newsbtn='Iscriviti alla newsletter', pay='Contenuto riservato agli abbonati', paymore='Per continuare a leggere questo articolo abbonati: il primo mese costa 1 euro.',
               login='Sei già abbonato? Accedi', most='I più letti', copy='Copia link', cookie='Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy. Puoi liberamente prestare, rifiutare o revocare il tuo consenso in qualsiasi momento.', accept='Accetta'),
    'de': dict(ra='Mehr zum Thema', ad='Anzeige', com='Kommentare', share='Artikel teilen', follow='Folgen Sie uns auf',
               tags='Schlagworte', rel='Das könnte Sie auch interessieren', by='Von', news='Die wichtigsten Nachrichten des Tages, jeden Morgen in Ihrem Postfach.',
               newsbtn='Newsletter abonnieren', pay='Dieser Artikel ist nur für Abonnenten', paymore='Lesen Sie weiter mit unserem Digital-Abo: die ersten vier Wochen für 0,99 Euro, danach monatlich kündbar.',
               login='Sie sind bereits Abonnent? Hier anmelden', most='Meistgelesen', copy='Link kopieren', cookie='Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und darauf zuzugreifen. Mit Klick auf „Zustimmen“ willigen Sie in die Verarbeitung Ihrer Daten gemäß DSGVO ein. Ihre Einwilligung können Sie jederzeit in den Privatsphäre-Einstellungen widerrufen.', accept='Zustimmen'),
    'nl': dict(ra='Lees ook', ad='Advertentie', com='Reacties', share='Delen', follow='Volg ons op',
               tags='Onderwerpen', rel='Meer nieuws', by='Door', news='Ontvang elke ochtend het belangrijkste nieuws in je mailbox.',
               newsbtn='Aanmelden', pay='Alleen voor abonnees', paymore='Lees verder met een abonnement.', login='Al abonnee? Log in',
               most='Meest gelezen', copy='Kopieer link', cookie='Wij gebruiken cookies en vergelijkbare technieken om de website goed te laten werken en om advertenties af te stemmen op je interesses.', accept='Akkoord'),
    'ca': dict(ra='Llegeix també', ad='Publicitat', com='Comentaris', share='Comparteix', follow='Segueix-nos a',
               tags='Temes', rel='Notícies relacionades', by='Per', news='Rep cada matí les notícies més importants del dia.',
               newsbtn='Subscriu-t’hi', pay='Contingut exclusiu per a subscriptors', paymore='Fes-te subscriptor per continuar llegint.', login='Ja ets subscriptor? Inicia la sessió',
               most='El més llegit', copy='Copia l’enllaç', cookie='Fem servir galetes pròpies i de tercers per millorar els nostres serveis i mostrar-te publicitat relacionada amb les teves preferències.', accept='Accepta'),
}

def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(__file__), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, lang, when, byline, section, city = line[4:].split('|')
            cur = dict(tpl=tpl, lang=lang, when=when, byline=byline, section=section, city=city, title='', deck='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None or line.startswith('#'):
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            elif k == 'D': cur['deck'] = v
            else: cur['items'].append((k, v))
    return stories

def inline(t):
    t = E(t, quote=False)
    t = re.sub(r'\[(.+?)\]\((.+?)\)', r'<a href="\2">\1</a>', t)
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    t = re.sub(r'(?<![\w/])_(.+?)_(?!\w)', r'<em>\1</em>', t)
    return t

def plain(t):
    t = re.sub(r'\[(.+?)\]\((.+?)\)', r'\1', t)
    t = re.sub(r'\*\*(.+?)\*\*', r'\1', t)
    return re.sub(r'(?<![\w/])_(.+?)_(?!\w)', r'\1', t)

def slug(t):
    t = t.lower()
    for a, b in (('áàâä', 'a'), ('éèêë', 'e'), ('íìîï', 'i'), ('óòôöõ', 'o'), ('úùûü', 'u'), ('ç', 'c'), ('ñ', 'n'), ('ß', 'ss')):
        for c in a: t = t.replace(c, b)
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')[:70]

BODY = ('P', 'H2', 'LI', 'Q')

def expected(s):
    out = []
    for k, v in s['items']:
        if k == 'PAY': break
        if k in BODY: out.append(plain(v))
    return '\n\n'.join(out) + '\n'

def parts(s):
    d, t = s['when'].split('T')
    y, m, dd = (int(x) for x in d.split('-'))
    hh, mm = (int(x) for x in t.split(':'))
    return y, m, dd, hh, mm

def later(s, minutes):
    y, m, d, hh, mm = parts(s)
    tot = hh * 60 + mm + minutes
    return y, m, d, min(tot // 60, 23), tot % 60

# ---------------------------------------------------------------- shared furniture
def ad(lang, n):
    kind = n % 3
    lab = L[lang]['ad']
    if kind == 0:
        return '<div class="ad ad--inread" id="ad-inread-%d"><span class="ad__label">%s</span><div id="div-gpt-inread-%d" style="min-height:250px"></div></div>' % (n, lab, n)
    if kind == 1:
        return '<aside class="publi"><p class="publi-label">%s</p><div class="publi-slot" data-slot="roba%d"></div></aside>' % (lab.upper(), n)
    return '<div class="werbung-container"><div class="advert-marker">%s</div><div class="adtag" data-pos="content_%d"></div></div>' % (lab, n)

def read_also(lang, v, style):
    lab = L[lang]['ra']
    href = '/%s/%s.html' % (slug(lab)[:8], slug(v))
    if style == 0:
        return '<p class="read-also"><strong>%s:</strong> <a href="%s">%s</a></p>' % (lab, href, E(v))
    if style == 1:
        return '<p class="article__siblings"><span class="article__siblings-label">%s</span> | <a class="article__siblings-link" href="%s">%s</a></p>' % (lab, href, E(v))
    if style == 2:
        return ('<aside class="related-inline"><span class="related-inline__kicker">%s</span><a href="%s"><img src="https://img.example-cdn.eu/r/%d.jpg" alt=""><span class="related-inline__title">%s</span></a></aside>'
                % (lab, href, random.randint(100, 999), E(v)))
    return '<div class="lesetipp"><p><b>%s:</b></p><ul><li><a href="%s">%s</a></li></ul></div>' % (lab, href, E(v))

def figure(v, style):
    cap, credit = v.split('|')
    img = 'https://img.example-cdn.eu/%d/%s.jpg' % (random.randint(100, 999), slug(cap)[:30])
    if style == 0:
        return '<figure class="a_m"><img src="%s" alt="%s" width="1200" height="675"><figcaption class="a_m_p"><span>%s</span> <span class="a_m_a">%s</span></figcaption></figure>' % (img, E(cap), E(cap), E(credit))
    if style == 1:
        return '<figure class="article__media"><img src="%s" alt=""><figcaption class="article__legend">%s <span class="article__credit">%s</span></figcaption></figure>' % (img, E(cap), E(credit))
    return '<div class="bildbox"><img src="%s" alt="%s"><p class="bildunterschrift">%s</p><p class="bildquelle">%s</p></div>' % (img, E(cap), E(cap), E(credit))

def newsbox(lang):
    t = L[lang]
    return ('<div class="newsletter-box"><p class="newsletter-box__title">Newsletter</p><p>%s</p><form action="/newsletter/"><input type="email" placeholder="e-mail">'
            '<button type="submit">%s</button></form></div>') % (t['news'], t['newsbtn'])

SUB = {'es': 'Suscríbete', 'fr': 'Je m’abonne', 'pt': 'Assine já', 'it': 'Abbonati', 'de': 'Jetzt abonnieren', 'nl': 'Abonneer', 'ca': 'Subscriu-t’hi'}

def paybox(lang):
    t = L[lang]
    return ('<div class="paywall" id="paywall"><div class="paywall__fade"></div><p class="paywall__title">%s</p><p class="paywall__text">%s</p>'
            '<a class="paywall__cta" href="/abo/">%s</a><p class="paywall__login"><a href="/login/">%s</a></p></div>') % (t['pay'], t['paymore'], SUB[lang], t['login'])

def box(lang, v):
    items = v.split(';;')
    return '<aside class="inline-box"><h3 class="inline-box__title">%s</h3><ul>%s</ul></aside>' % (
        L[lang]['ra'], ''.join('<li><a href="/%s.html">%s</a></li>' % (slug(x), E(x)) for x in items))

def tweet(v):
    text, name, handle = v.split('|')
    return ('<blockquote class="twitter-tweet"><p dir="ltr">%s</p>&mdash; %s (@%s) <a href="https://twitter.com/%s/status/%d">%s</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>') % (inline(text), E(name), handle, handle, random.randint(10**18, 9 * 10**18), 'March 2026')

def video(v):
    return ('<div class="video-player"><div class="video-player__frame" data-video-id="%d"></div><p class="video-player__title">%s</p><span class="video-player__duration">%d:%02d</span></div>'
            % (random.randint(10000, 99999), E(v), random.randint(0, 4), random.randint(0, 59)))

def body_html(s, style):
    lang = s['lang']
    out, lst, n = [], [], 0
    def flush():
        nonlocal lst
        if lst:
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % x for x in lst))
            lst = []
    for k, v in s['items']:
        if k == 'LI':
            lst.append(inline(v)); continue
        flush()
        n += 1
        if k == 'P': out.append('<p>%s</p>' % inline(v))
        elif k == 'H2': out.append('<h2>%s</h2>' % inline(v))
        elif k == 'Q': out.append('<blockquote><p>%s</p></blockquote>' % inline(v))
        elif k == 'RA': out.append(read_also(lang, v, style))
        elif k == 'AD': out.append(ad(lang, n + style))
        elif k == 'FIG': out.append(figure(v, style % 3))
        elif k == 'NEWS': out.append(newsbox(lang))
        elif k == 'PAY':
            out.append(paybox(lang)); break
        elif k == 'AGENCY': out.append('<p class="agency">%s</p>' % E(v))
        elif k == 'BOX': out.append(box(lang, v))
        elif k == 'VID': out.append(video(v))
        elif k == 'TW': out.append(tweet(v))
        elif k == 'CONTACT':
            out.append('<div class="press-contact">%s</div>' % '<br>'.join(E(x) for x in v.split(';;')))
        elif k == 'BYP': out.append('<p><strong>%s</strong></p>' % E(v))
        elif k == 'DATEP': out.append('<p>%s</p>' % E(v))
        elif k == 'CREDP': out.append('<p><em>%s</em></p>' % E(v))
        elif k == 'FOLLOW': out.append('<p>%s</p>' % inline(v))
        elif k == 'RA2':
            lab, head_ = v.split('|')
            out.append('<p><strong>%s</strong></p><p><a href="/%s.html">%s</a></p>' % (E(lab), slug(head_), E(head_)))
        elif k == 'TEASE':
            parts_ = v.split(';;')
            cards = ''.join('<article class="teaser-card"><h4><a href="/%s.html">%s</a></h4><p>%s</p></article>' % (
                slug(t.split('|')[0]), E(t.split('|')[0]), E(t.split('|')[1])) for t in parts_[1:])
            out.append('<div class="teaser-box"><h3>%s</h3>%s</div>' % (E(parts_[0]), cards))
        elif k == 'NEWSIN':
            lab, pitch, btn = v.split('|')
            out.append('<div class="nl-inline"><p><strong>%s</strong></p><p>%s</p><a class="btn" href="/newsletter/">%s</a></div>' % (E(lab), E(pitch), E(btn)))
        elif k == 'ABOUT':
            h, t = v.split('|')
            out.append('<h3>%s</h3><p>%s</p>' % (E(h), E(t)))
    flush()
    return '\n'.join(out)

def iso(s, tz='+01:00', minutes=0):
    y, m, d, hh, mm = later(s, minutes)
    return '%04d-%02d-%02dT%02d:%02d:00%s' % (y, m, d, hh, mm, tz)

def jsonld(s, site, url, modified=45):
    return ('<script type="application/ld+json">%s</script>' % json.dumps({
        '@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': s['title'], 'description': s['deck'] or s['title'],
        'datePublished': iso(s), 'dateModified': iso(s, minutes=modified), 'inLanguage': s['lang'],
        'author': [{'@type': 'Person', 'name': s['byline']}] if s['byline'] else [],
        'publisher': {'@type': 'Organization', 'name': site, 'logo': {'@type': 'ImageObject', 'url': 'https://%s/logo.png' % url}},
        'mainEntityOfPage': 'https://%s/%s/%s.html' % (url, slug(s['section']), slug(s['title']))}, ensure_ascii=False))

def head(s, site, url, extra='', og=True, ld=True, meta_date=False, title_suffix=' | '):
    h = ['<!DOCTYPE html>', '<html lang="%s">' % s['lang'], '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s%s%s</title>' % (E(s['title']), title_suffix, E(site)),
         '<meta name="description" content="%s">' % E(s['deck'] or plain(s['items'][0][1])[:150]),
         '<link rel="canonical" href="https://%s/%s/%s.html">' % (url, slug(s['section']), slug(s['title']))]
    if og:
        h += ['<meta property="og:type" content="article">', '<meta property="og:title" content="%s">' % E(s['title']),
              '<meta property="og:site_name" content="%s">' % E(site), '<meta property="og:image" content="https://%s/img/og/%d.jpg">' % (url, random.randint(1000, 9999))]
    if meta_date:
        h.append('<meta property="article:published_time" content="%s">' % iso(s))
        h.append('<meta property="article:modified_time" content="%s">' % iso(s, minutes=80))
    h.append('<link rel="stylesheet" href="https://%s/static/css/main.%x.css">' % (url, random.randint(1 << 28, 1 << 32)))
    h.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"%s","lang":"%s"});</script>' % (slug(s['section']), s['lang']))
    if ld: h.append(jsonld(s, site, url))
    h.append(extra)
    h.append(bulk_head(url))
    h.append('</head>')
    return '\n'.join(h)

def nav(items, cls='nav'):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in items))

def teasers(lang, heads, cls='teaser-list', with_dates=False, s=None):
    li = []
    for i, h in enumerate(heads):
        extra = ''
        if with_dates and s:
            y, m, d, hh, mm = parts(s)
            extra = '<span class="teaser__date">%02d.%02d.%04d</span>' % (max(1, d - i - 1), m, y)
        li.append('<li class="teaser"><a href="/%s.html"><img src="https://img.example-cdn.eu/t/%d.jpg" alt=""><span class="teaser__title">%s</span></a>%s</li>' % (slug(h), random.randint(100, 999), E(h), extra))
    return '<ul class="%s">%s</ul>' % (cls, ''.join(li))

def share(lang, cls='share'):
    t = L[lang]
    return '<div class="%s"><span>%s</span><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a><a href="#mail">E-mail</a><button>%s</button></div>' % (cls, t['share'], t['copy'])

def comments(lang, texts):
    t = L[lang]
    li = ''.join('<li class="comment"><span class="comment__author">%s</span><p>%s</p></li>' % (E(a), E(c)) for a, c in texts)
    return '<section class="comments" id="comments"><h3>%s (%d)</h3><ul>%s</ul><a href="/login/">%s</a></section>' % (t['com'], len(texts) * 7 + 3, li, t['login'])

def consent(lang):
    t = L[lang]
    return ('<div id="consent-layer" class="cmp-overlay" role="dialog" aria-modal="true"><div class="cmp-box"><h2 class="cmp-title">%s</h2><p>%s</p><p>%s</p>'
            '<button class="cmp-accept">%s</button><button class="cmp-settings">⚙</button></div></div>') % (
        {'es': 'Tu privacidad es importante para nosotros', 'fr': 'Le respect de votre vie privée est notre priorité', 'de': 'Datenschutz-Einstellungen',
         'it': 'Informativa', 'pt': 'Sua privacidade', 'nl': 'Jouw privacy', 'ca': 'La teva privacitat'}[lang], t['cookie'], t['cookie'], t['accept'])

def footer(lang, site, links):
    return mega(lang) + ('<footer class="site-footer">%s<p class="footer-follow">%s Facebook · Instagram · X · YouTube</p><p class="copyright">© 2026 %s. %s</p></footer>' % (
        nav(links, 'footer-nav'), L[lang]['follow'], E(site), {'es': 'Todos los derechos reservados.', 'fr': 'Tous droits réservés.', 'pt': 'Todos os direitos reservados.',
                                                             'it': 'Tutti i diritti riservati. P.IVA 01234560987', 'de': 'Alle Rechte vorbehalten.', 'nl': 'Alle rechten voorbehouden.',
                                                             'ca': 'Tots els drets reservats.'}[lang]))

def scripts(url):
    return ('<script src="https://%s/static/js/vendor.%x.js" defer></script>\n<script src="https://%s/static/js/article.%x.js" defer></script>\n'
            '<script>(function(){var s=document.createElement("script");s.async=true;s.src="https://cmp.example-consent.eu/loader.js";document.head.appendChild(s);})();</script>\n'
            '<script type="text/javascript">var _paq=window._paq=window._paq||[];_paq.push(["trackPageView"]);_paq.push(["enableLinkTracking"]);</script>') % (
        url, random.randint(1 << 28, 1 << 32), url, random.randint(1 << 28, 1 << 32))


def bulk_head(url):
    """Inline CSS and the ad/consent configuration scripts such sites carry in the head (page weight, no text)."""
    css = ''.join('.c%x{margin:%dpx %dpx;padding:%dpx;font-size:%drem;color:#%06x}' % (i, random.randint(0, 24), random.randint(0, 24), random.randint(0, 16), random.randint(8, 24) // 8 + 1, random.randint(0, 0xffffff)) for i in range(40))
    slots = [{'id': 'div-gpt-%d' % i, 'sizes': [[300, 250], [728, 90], [970, 250]][: 1 + i % 3], 'path': '/%d/%s/article/slot%d' % (random.randint(10**7, 10**8), url.split('.')[1], i),
              'targeting': {'pos': 'pos%d' % i, 'kw': ['a%x' % random.randint(0, 1 << 20) for _ in range(3)]}} for i in range(10)]
    return ('<style>%s</style>\n<script>window.adConfig=%s;</script>\n'
            '<script>window.__CMP_CONFIG__={"vendorListVersion":%d,"purposes":[1,2,3,4,5,6,7,8,9,10],"legitimateInterests":[2,7,8,9,10],"lang":document.documentElement.lang};</script>') % (
        css, json.dumps({'slots': slots, 'lazy': True, 'refresh': 30}), random.randint(100, 300))

MEGA = {
    'es': ['Madrid', 'Cataluña', 'Andalucía', 'Comunidad Valenciana', 'Galicia', 'País Vasco', 'Europa', 'América Latina', 'Estados Unidos', 'Mercados', 'Vivienda', 'Empleo', 'Educación', 'Salud', 'Medio ambiente', 'Cine', 'Música', 'Libros', 'Fútbol', 'Motor', 'Gastronomía', 'Viajes', 'Podcasts', 'Hemeroteca', 'Pasatiempos'],
    'fr': ['France', 'Europe', 'Afrique', 'Amériques', 'Asie', 'Élections', 'Emploi', 'Immobilier', 'Santé', 'Éducation', 'Climat', 'Cinéma', 'Musique', 'Livres', 'Football', 'Rugby', 'Cyclisme', 'Gastronomie', 'Voyage', 'Podcasts', 'Jeux', 'Archives', 'Météo', 'Horoscope', 'Programme TV'],
    'pt': ['Política', 'Justiça', 'Mundo', 'Mercados', 'Emprego', 'Imóveis', 'Educação', 'Ciência', 'Meio ambiente', 'Cinema', 'Música', 'Livros', 'Futebol', 'Fórmula 1', 'Carros', 'Turismo', 'Receitas', 'Podcasts', 'Loterias', 'Previsão do tempo', 'Horóscopo', 'Jogos', 'Arquivo', 'Especiais', 'Blogs'],
    'it': ['Milano', 'Roma', 'Torino', 'Napoli', 'Bologna', 'Firenze', 'Europa', 'Mercati', 'Lavoro', 'Casa', 'Scuola', 'Scienze', 'Ambiente', 'Cinema', 'Musica', 'Libri', 'Calcio', 'Formula 1', 'Viaggi', 'Cucina', 'Podcast', 'Meteo', 'Oroscopo', 'Giochi', 'Archivio'],
    'de': ['Deutschland', 'Europa', 'Ausland', 'Börse', 'Verbraucher', 'Immobilien', 'Job & Karriere', 'Gesundheit', 'Bildung', 'Klima', 'Kino', 'Musik', 'Literatur', 'Fußball', 'Formel 1', 'Auto', 'Reise', 'Essen & Trinken', 'Podcasts', 'Wetter', 'Rätsel', 'Horoskop', 'Archiv', 'Spezial', 'Leserbriefe'],
    'nl': ['Binnenland', 'Buitenland', 'Politiek', 'Economie', 'Tech', 'Cultuur', 'Sport', 'Voetbal', 'Weer', 'Verkeer', 'Podcasts', 'Puzzels', 'Archief', 'Regio', 'Wetenschap'],
    'ca': ['Barcelona', 'Girona', 'Lleida', 'Tarragona', 'Catalunya', 'Espanya', 'Europa', 'Economia', 'Habitatge', 'Educació', 'Salut', 'Medi ambient', 'Cinema', 'Música', 'Llibres', 'Futbol', 'Bàsquet', 'Gastronomia', 'Viatges', 'Pòdcasts', 'Temps', 'Mots encreuats', 'Hemeroteca', 'Especials', 'Opinió'],
}

def mega(lang):
    """A mega menu: the site's sections in groups of five (links only)."""
    items = MEGA[lang]
    groups = [items[i:i + 5] for i in range(0, len(items), 5)]
    return '<div class="mega-menu" hidden>%s</div>' % ''.join('<div class="mega-col"><ul>%s</ul></div>' % ''.join(
        '<li><a href="/%s/%s/">%s</a></li>' % (slug(g[0]), slug(x), E(x)) for x in g) for g in groups)

# ---------------------------------------------------------------- filler text of the page furniture
REL = {
    'es': ['El Gobierno aprueba el nuevo plan de vivienda para jóvenes', 'La ola de frío dejará mínimas de ocho bajo cero en la meseta',
           'Cómo pedir la ayuda de 200 euros: requisitos y plazos', 'El precio de la luz baja un 12% en la primera quincena',
           'Los hosteleros alertan de la falta de camareros para la temporada', 'Tres detenidos por estafar a mayores con falsos revisores del gas',
           'La universidad abre el plazo de matrícula para los cursos de verano', 'Renfe recupera los trenes de cercanías tras la avería'],
    'fr': ['Retraites : ce qui change au 1er avril pour les pensions', 'Météo : un épisode de gel attendu sur le nord du pays',
           'Les prix de l’immobilier reculent pour le troisième trimestre consécutif', 'Grève SNCF : les prévisions de trafic pour jeudi',
           'Le gouvernement présente son plan pour l’hôpital public', 'Un incendie ravage un entrepôt en périphérie de la ville',
           'Baccalauréat : le calendrier des épreuves dévoilé', 'Carburants : les prix à la pompe repartent à la hausse'],
    'pt': ['Governo anuncia novo programa de crédito para pequenas empresas', 'Previsão do tempo: frente fria chega ao Sul nesta semana',
           'Como consultar o lote de restituição do Imposto de Renda', 'Preço da gasolina cai pela terceira semana seguida',
           'Metrô terá horário ampliado durante o feriado', 'Polícia prende suspeitos de golpe contra aposentados',
           'Inscrições para o concurso público terminam nesta sexta', 'Chuva forte provoca alagamentos na zona norte'],
    'it': ['Pensioni, cosa cambia da aprile per gli assegni', 'Maltempo, allerta arancione in cinque regioni',
           'Bollette, il prezzo del gas torna a scendere', 'Sciopero dei treni venerdì: le fasce garantite',
           'Scuola, il ministero pubblica il calendario degli esami', 'Incendio in un capannone alla periferia della città',
           'Mutui, i tassi variabili calano per il terzo mese', 'Autostrade, i cantieri da evitare nel fine settimana'],
    'de': ['Bahnstreik: Was Pendler jetzt wissen müssen', 'Wetter: Glatteis und Schneefall im Süden erwartet',
           'Mietpreise steigen in Großstädten weiter', 'Rentenerhöhung: So viel mehr gibt es ab Juli',
           'Polizei warnt vor neuer Betrugsmasche am Telefon', 'Bundestag beschließt Reform der Grundsteuer',
           'Benzinpreise sinken vor den Osterferien', 'Kita-Plätze: Stadt meldet neue Rekordnachfrage'],
    'nl': ['Kabinet presenteert plannen voor betaalbare huurwoningen', 'Code oranje voor gladheid in het noorden',
           'Energieprijzen dalen voor het eerst in maanden', 'NS rijdt minder treinen door storing bij Utrecht',
           'Gemeente wil meer groen in de binnenstad', 'Politie zoekt getuigen van overval op supermarkt'],
    'ca': ['El Govern aprova el pla de xoc contra la sequera', 'Rodalies recupera el servei després de l’avaria',
           'Els preus del lloguer baixen per primera vegada en dos anys', 'La UB obre la preinscripció dels cursos d’estiu',
           'Alerta per onada de fred al Pirineu', 'Tres detinguts per robatoris en comerços del centre'],
}
COMMENTS = {
    'es': [('lector_88', 'Ya era hora de que alguien se ocupara de esto, llevamos años esperando.'), ('MariaJ', '¿Y quién lo va a pagar? Siempre los mismos.'),
           ('Pepe_Vallecas', 'Buen artículo, muy bien explicado.')],
    'fr': [('Jean-Luc D.', 'Encore une annonce qui ne changera rien sur le terrain.'), ('Sophie75', 'Merci pour cet article très complet.'),
           ('Pierrot', 'Et les petites communes dans tout ça ?')],
    'pt': [('Carlos M.', 'Finalmente uma boa notícia para a cidade.'), ('Ana_Paula', 'Quero ver sair do papel.')],
    'it': [('Giorgio62', 'Speriamo che questa volta facciano sul serio.'), ('Lucia B.', 'Articolo chiaro, grazie.')],
    'de': [('Hans_W', 'Das hätte man schon vor Jahren machen müssen.'), ('Leserin_K', 'Wer soll das bezahlen?'), ('Mainzer77', 'Guter Artikel, danke für die Einordnung.')],
    'nl': [('Jeroen', 'Eindelijk wordt er iets gedaan.')], 'ca': [('Jordi_P', 'Ja tocava.')],
}

# ---------------------------------------------------------------- templates
def date_es(s, y, m, d, hh, mm, abbr=False):
    mon = MONTHS['es'][m - 1]
    return ('%02d %s %04d - %02d:%02d CET' % (d, mon[:3], y, hh, mm)) if abbr else ('%d de %s de %04d a las %02d:%02d' % (d, mon, y, hh, mm))

def t_esnac(s):
    site, url = 'El Correo Peninsular', 'www.elcorreopeninsular.es'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 145)
    rel = random.sample(REL['es'], 4)
    return '\n'.join([head(s, site, url),
        '<body class="article-page">', '<div id="fusion-app"><header class="header">',
        '<a class="logo" href="/"><img src="/logo.svg" alt="%s"></a>' % site,
        nav(['España', 'Internacional', 'Economía', 'Opinión', 'Sociedad', 'Cultura', 'Deportes', 'Tecnología', 'Última hora']),
        '<a class="subscribe-btn" href="/suscripcion/">Suscríbete</a> <a href="/login/">Iniciar sesión</a></header>',
        '<main id="main-content"><article class="a">', '<header class="a_e">',
        '<div class="a_k"><a href="/%s/">%s</a></div>' % (slug(s['section']), E(s['section'])),
        '<h1 class="a_t">%s</h1>' % E(s['title']),
        '<h2 class="a_st">%s</h2>' % E(s['deck']) if s['deck'] else '',
        '<div class="a_md"><div class="a_md_a"><a href="/autor/%s/" class="a_md_a_n">%s</a></div>' % (slug(s['byline']), E(s['byline'])),
        '<div class="a_md_f"><span>%s - </span><time datetime="%s">%s</time><span class="a_md_f_u">Actualizado: %s</span></div></div>' % (
            E(s['city']), iso(s), date_es(s, y, m, d, hh, mm, True), date_es(s, uy, um, ud, uhh, umm, True)),
        share('es', 'a_sh'), '</header>',
        '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">', body_html(s, 0), '</div>',
        '<footer class="a_f"><div class="a_tags"><span>%s</span><ul>%s</ul></div>' % (L['es']['tags'], ''.join('<li><a href="/noticias/%s/">%s</a></li>' % (slug(x), x) for x in [s['section'], s['city'], 'Política'])),
        '<div class="a_f_more"><h3>Más información</h3>%s</div>' % teasers('es', rel[:2]),
        '<p class="a_f_ap">Archivado En</p>', share('es', 'a_sh a_sh--bottom'),
        comments('es', COMMENTS['es'][:2]), '<p class="a_com_norms">Normas de participación</p></footer>',
        '</article>', '<aside class="sidebar"><h3>%s</h3>%s</aside>' % (L['es']['most'], teasers('es', rel[2:] + random.sample(REL['es'], 3), 'most-read')),
        '</main>', footer('es', site, ['Aviso legal', 'Política de cookies', 'Contacto', 'Publicidad', 'Suscripciones', 'Mapa web']),
        '</div>', scripts(url), '</body></html>'])

def t_eslat(s):
    site, url = 'Diario del Altiplano', 'www.diariodelaltiplano.com.bo'
    y, m, d, hh, mm = parts(s)
    rel = random.sample(REL['es'], 5)
    return '\n'.join([head(s, site, url, ld=False, title_suffix=' - '),
        '<body class="post-template-default single single-post td-standard-pack">',
        '<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td-date">Lunes, %d de %s de %d</span></div>' % (max(1, d - 2), MONTHS['es'][m - 1], y),
        '<div class="td-logo"><a href="/">%s</a></div>' % site,
        nav(['Inicio', 'Nacional', 'Regional', 'Mundo', 'Economía', 'Deportes', 'Espectáculos', 'Opinión'], 'td-header-menu'), '</div>',
        '<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article id="post-%d" class="post type-post">' % random.randint(10000, 99999),
        '<div class="td-post-header"><ul class="td-category"><li><a class="td-post-category" href="/category/%s/">%s</a></li></ul>' % (slug(s['section']), E(s['section'])),
        '<header class="td-post-title"><h1 class="entry-title">%s</h1>' % E(s['title']),
        '<div class="td-module-meta-info"><div class="td-post-author-name">%s <a href="/author/%s/">%s</a></div>' % (L['es']['by'], slug(s['byline']), E(s['byline'])),
        '<span class="td-post-date">Publicado el %s</span></div></header></div>' % date_es(s, y, m, d, hh, mm),
        '<div class="td-post-sharing-top">%s</div>' % share('es'),
        '<div class="td-post-content tagdiv-type">', body_html(s, 0), '</div>',
        '<div class="td-post-source-tags"><ul class="td-tags"><li><span>ETIQUETAS</span></li>%s</ul></div>' % ''.join('<li><a href="/tag/%s/">%s</a></li>' % (slug(x), x) for x in [s['city'], s['section']]),
        '<div class="td-post-sharing-bottom">%s</div>' % share('es'),
        '<div class="td-related"><h4 class="td-related-title">%s</h4>%s</div>' % (L['es']['rel'], teasers('es', rel[:3], 'td-related-row', True, s)),
        '<div id="comments" class="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Deja un comentario</h3>'
        '<form class="comment-form"><p class="comment-notes">Tu dirección de correo electrónico no será publicada.</p><textarea name="comment"></textarea><input type="submit" value="Publicar comentario"></form></div></div>',
        '</article></div><div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">%s</h4>%s</aside>' % (L['es']['most'], teasers('es', rel[3:], 'td-most', True, s)),
        '<aside class="widget"><h4 class="block-title">Síguenos</h4><p>Facebook · X · Instagram · TikTok</p></aside></div></div></div>',
        footer('es', site, ['Quiénes somos', 'Contacto', 'Publicidad', 'Política de privacidad']),
        '<div id="cookie-notice" class="cookie-notice"><p>%s</p><a class="cn-button">%s</a></div>' % (L['es']['cookie'], L['es']['accept']),
        scripts(url), '</body></html>'])

def date_fr(y, m, d, hh, mm):
    return '%d %s %d à %02dh%02d' % (d, MONTHS['fr'][m - 1], y, hh, mm)

def t_frnat(s):
    site, url = 'Le Quotidien de Paris', 'www.lequotidiendeparis.fr'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 152)
    rel = random.sample(REL['fr'], 5)
    pay = any(k == 'PAY' for k, _ in s['items'])
    ld = head(s, site, url).replace('"NewsArticle"', '"NewsArticle", "isAccessibleForFree": false' if pay else '"NewsArticle"')
    return '\n'.join([ld, '<body class="article-page">', '<header class="Header"><a class="Header__logo" href="/">%s</a>' % site,
        nav(['International', 'Politique', 'Société', 'Économie', 'Planète', 'Sciences', 'Culture', 'Sport', 'Idées'], 'Nav'),
        '<a class="Header__subscribe" href="/abonnement/">S’abonner</a></header>',
        '<main class="article article--content"><section class="article__header">',
        '<ul class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/%s/">%s</a></li></ul>' % (slug(s['section']), E(s['section'])),
        '<h1 class="article__title">%s</h1>' % E(s['title']),
        '<p class="article__desc">%s</p>' % E(s['deck']) if s['deck'] else '',
        ('<p class="article__status"><span class="icon__premium"></span>%s</p>' % L['fr']['pay']) if pay else '',
        '<section class="meta meta__publisher"><span class="meta__date meta__date--header">Publié le %s, modifié à %02dh%02d</span>' % (date_fr(y, m, d, hh, mm), uhh, umm),
        '<span class="meta__reading-time">Temps de lecture : %d min.</span></section>' % random.randint(3, 8),
        '<span class="article__author">%s <a class="article__author-link" href="/signataires/%s/">%s</a></span>' % (L['fr']['by'], slug(s['byline']), E(s['byline'])),
        share('fr', 'meta__social'), '</section>',
        '<article class="article__content">', body_html(s, 1), '</article>',
        ('<p class="article__reserved">Il vous reste %d%% de cet article à lire. La suite est réservée aux abonnés.</p>' % random.randint(45, 80)) if pay else '',
        '<section class="article__footer"><p class="article__footer-single">%s</p>' % E(s['byline']),
        '<section class="services"><h3>Services %s</h3><ul><li>Codes promo</li><li>Mots croisés</li><li>Annonces immobilières</li></ul></section>' % site,
        '<section class="comments"><h3>Contributions</h3><p>Réagissez ou consultez l’ensemble des contributions</p></section>',
        '<section class="related"><h3>Sur le même sujet</h3>%s</section></section>' % teasers('fr', rel[:3]),
        '</main><aside class="aside"><h3>%s</h3>%s</aside>' % (L['fr']['most'], teasers('fr', rel[3:])),
        footer('fr', site, ['Mentions légales', 'Charte du groupe', 'Politique de confidentialité', 'Gestion des cookies', 'Aide']),
        scripts(url), '</body></html>'])

def t_frreg(s):
    site, url = 'L’Écho de l’Ouest', 'www.echodelouest.fr'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 95)
    rel = random.sample(REL['fr'], 6)
    return '\n'.join([head(s, site, url, ld=False, og=True),
        '<body>', consent('fr'),
        '<header class="su-header"><a class="logo" href="/">%s</a><span class="edition">Édition : %s</span>' % (site, E(s['city'])),
        nav(['Actualité', 'Votre ville', 'Faits divers', 'Sport', 'Loisirs', 'Services', 'Annonces'], 'su-nav'), '</header>',
        '<main class="su-main"><div class="su-article"><p class="su-kicker">%s – %s</p>' % (E(s['city']), E(s['section'])),
        '<h1>%s</h1>' % E(s['title']),
        '<p class="su-chapo"><strong>%s</strong></p>' % E(s['deck']) if s['deck'] else '',
        '<div class="su-date-line"><span class="su-author">%s</span><br>Publié le %02d/%02d/%d à %02dh%02d Mis à jour le %02d/%02d/%d à %02dh%02d</div>' % (
            E(s['byline']), d, m, y, hh, mm, ud, um, uy, uhh, umm),
        '<div class="su-content">', body_html(s, 0), '</div>',
        '<div class="su-follow"><p>Cet article vous a été utile ? Sachez que vous pouvez suivre %s dans l’espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l’actualité de vos villes et marques favorites.</p></div>' % site,
        '<p class="su-gnews"><a href="https://news.example.com/publications/echo">Suivez-nous sur Google Actualités</a></p>',
        '<div class="su-tags">%s</div>' % ' '.join('<a href="/tags/%s/">%s</a>' % (slug(x), x) for x in [s['city'], s['section'], 'Bretagne']),
        '<section class="su-related"><h2>%s</h2>%s</section></div>' % (L['fr']['rel'], teasers('fr', rel[:4], 'su-teasers', True, s)),
        '<aside class="su-aside"><h3>%s</h3>%s</aside></main>' % (L['fr']['most'], teasers('fr', rel[4:])),
        footer('fr', site, ['Nous contacter', 'Mentions légales', 'Données personnelles', 'Cookies', 'Publicité']), scripts(url), '</body></html>'])

def t_ptbr(s):
    site, url = 'Portal Notícia Já', 'noticiaja.com.br'
    y, m, d, hh, mm = parts(s)
    rel = random.sample(REL['pt'], 6)
    return '\n'.join([head(s, site, url, ld=False, meta_date=True, title_suffix=' | '),
        '<body class="glb-materia">', '<header id="header-produto"><div class="header-logo"><a href="/">%s</a></div>' % site,
        nav(['Brasil', 'Economia', 'Mundo', 'Política', 'Saúde', 'Tecnologia', 'Regiões', 'Vídeos'], 'menu-rodape'),
        '<div class="header-search"><input placeholder="BUSCAR"></div></header>',
        '<div class="mc-article-header"><div class="header-editoria"><a href="/%s/">%s</a></div>' % (slug(s['section']), E(s['section'])),
        '<h1 class="content-head__title">%s</h1>' % E(s['title']),
        '<h2 class="content-head__subtitle">%s</h2>' % E(s['deck']) if s['deck'] else '',
        '<div class="content-publication-data"><p class="content-publication-data__from">%s %s, %s — %s</p>' % (L['pt']['by'], E(s['byline']), site, E(s['city'])),
        '<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="%s">%02d/%02d/%d %02dh%02d</time> Atualizado há 2 horas</p></div>' % (iso(s, '-03:00'), d, m, y, hh, mm),
        share('pt', 'content-share'), '</div>',
        '<article itemprop="articleBody" class="mc-body"><div class="mc-column content-text">', body_html(s, 3), '</div></article>',
        '<div class="mc-column entities"><h3>Veja também</h3>%s</div>' % teasers('pt', rel[:3]),
        '<div class="feed-post"><h3>VÍDEOS: mais assistidos do %s</h3>%s</div>' % (site, teasers('pt', rel[3:])),
        footer('pt', site, ['Princípios editoriais', 'Política de privacidade', 'Minha conta', 'Anuncie conosco']),
        '<div class="cookie-banner"><p>%s</p><button>%s</button></div>' % (L['pt']['cookie'], L['pt']['accept']), scripts(url), '</body></html>'])

def t_ptpt(s):
    site, url = 'Jornal do Tejo', 'www.jornaldotejo.pt'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 70)
    rel = random.sample(REL['pt'], 5)
    return '\n'.join([head(s, site, url, title_suffix=' – '),
        '<body class="single-article">', '<div class="topbar"><a href="/assinaturas/">Assine já</a> · <a href="/entrar/">Entrar</a></div>',
        '<header class="masthead"><a href="/" class="masthead__logo">%s</a>' % site,
        nav(['Política', 'Sociedade', 'Economia', 'Mundo', 'Cultura', 'Desporto', 'Local', 'Opinião'], 'masthead__nav'), '</header>',
        '<main><article class="story"><header class="story__header"><p class="story__kicker">%s</p><h1 class="story__headline">%s</h1>' % (E(s['section']), E(s['title'])),
        '<p class="story__lead">%s</p>' % E(s['deck']) if s['deck'] else '',
        '<div class="story__byline"><span class="story__author">%s</span> <span class="story__dates">Publicado a %d de %s de %d, %02d:%02d · Atualizado em %d de %s de %d, %02d:%02d</span></div>' % (
            E(s['byline']), d, MONTHS['pt'][m - 1], y, hh, mm, ud, MONTHS['pt'][um - 1], uy, uhh, umm),
        '<div class="story__share">Partilhar: <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a></div></header>',
        '<div class="story__body">', body_html(s, 2), '</div>',
        '<footer class="story__footer"><div class="story__topics"><span>%s</span> %s</div>' % (L['pt']['tags'], ' '.join('<a href="/t/%s">%s</a>' % (slug(x), x) for x in [s['section'], s['city']])),
        comments('pt', COMMENTS['pt']), '</footer></article>',
        '<aside class="rail"><h3>%s</h3>%s<h3>Siga-nos</h3><p>Facebook · Instagram · LinkedIn</p></aside></main>' % (L['pt']['most'], teasers('pt', rel)),
        footer('pt', site, ['Estatuto editorial', 'Ficha técnica', 'Política de privacidade', 'Contactos']), scripts(url), '</body></html>'])

def t_itnat(s):
    site, url = 'Il Corriere Padano', 'www.corrierepadano.it'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 110)
    rel = random.sample(REL['it'], 6)
    return '\n'.join([head(s, site, url, ld=False, meta_date=True, title_suffix=' - '),
        '<body class="article">', '<div class="cookie-policy-banner"><p>%s</p><button>%s</button></div>' % (L['it']['cookie'], L['it']['accept']),
        '<header class="bck-header"><a class="logo" href="/">%s</a>' % site,
        nav(['Cronaca', 'Politica', 'Economia', 'Esteri', 'Cultura', 'Spettacoli', 'Sport', 'Salute', 'Motori'], 'bck-nav'), '</header>',
        '<div class="container"><div class="col-main"><article class="article-content">',
        '<p class="occhiello">%s</p><h1 class="title-art">%s</h1>' % (E(s['section']), E(s['title'])),
        '<h2 class="summary-art">%s</h2>' % E(s['deck']) if s['deck'] else '',
        '<div class="info-art"><p class="is-author">%s <span>%s</span></p><p class="is-last-update">%d %s %d (modifica il %d %s %d | %02d:%02d)</p></div>' % (
            L['it']['by'], E(s['byline']), d, MONTHS['it'][m - 1], y, ud, MONTHS['it'][um - 1], uy, uhh, umm),
        '<div class="share-art">%s</div>' % share('it'),
        '<div class="body-article">', body_html(s, 0), '</div>',
        '<p class="copyright-art">© RIPRODUZIONE RISERVATA</p>',
        '<div class="tags-art"><span>%s</span> %s</div>' % (L['it']['tags'], ' '.join('<a href="/argomenti/%s">%s</a>' % (slug(x), x) for x in [s['section'], s['city']])),
        '<section class="correlati"><h3>%s</h3>%s</section></article></div>' % (L['it']['rel'], teasers('it', rel[:3])),
        '<aside class="col-side"><h3>%s</h3>%s</aside></div>' % (L['it']['most'], teasers('it', rel[3:])),
        footer('it', site, ['Chi siamo', 'Redazione', 'Privacy', 'Cookie policy', 'Pubblicità']), scripts(url), '</body></html>'])

def t_denat(s):
    site, url = 'Nachrichtenbote', 'www.nachrichtenbote.de'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 130)
    rel = random.sample(REL['de'], 6)
    pay = any(k == 'PAY' for k, _ in s['items'])
    return '\n'.join([head(s, site, url, meta_date=True, title_suffix=' - '),
        '<body>', consent('de'), '<header class="page-header"><a class="brand" href="/">%s</a>' % site,
        nav(['Politik', 'Wirtschaft', 'Panorama', 'Sport', 'Kultur', 'Wissen', 'Netzwelt', 'Regional'], 'main-nav'), '</header>',
        '<main><article class="article" data-paid="%s"><header class="article-header">' % ('true' if pay else 'false'),
        '<h1><span class="article-kicker">%s</span><span class="article-title">%s</span></h1>' % (E(s['section']), E(s['title'])),
        '<div class="article-teaser"><strong>%s</strong></div>' % E(s['deck']) if s['deck'] else '',
        '<div class="article-meta"><span class="author">%s %s</span> <time datetime="%s">%02d.%02d.%d, %02d.%02d Uhr</time></div>' % (L['de']['by'], E(s['byline']), iso(s), d, m, y, hh, mm),
        share('de', 'sharing-bar'), '</header>',
        '<div class="article-body">', body_html(s, 3), '</div>',
        '<p class="article-stand">Stand: %02d.%02d.%d %02d:%02d Uhr</p>' % (ud, um, uy, uhh, umm),
        '<div class="article-tags"><span>%s:</span> %s</div>' % (L['de']['tags'], ', '.join('<a href="/thema/%s/">%s</a>' % (slug(x), x) for x in [s['section'], s['city']])),
        '<section class="recommendations"><h2>%s</h2>%s</section>' % (L['de']['rel'], teasers('de', rel[:4])),
        comments('de', COMMENTS['de']), '</article></main>',
        '<aside class="sidebar"><h3>%s</h3>%s</aside>' % (L['de']['most'], teasers('de', rel[4:])),
        footer('de', site, ['Impressum', 'Datenschutz', 'Nutzungsbedingungen', 'Kontakt', 'Abo kündigen']), scripts(url), '</body></html>'])

def t_dereg(s):
    site, url = 'Neue Rheintal-Zeitung', 'www.rheintal-zeitung.de'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 50)
    rel = random.sample(REL['de'], 6)
    return '\n'.join([head(s, site, url, ld=False, og=True, title_suffix=' | '),
        '<body class="nrz">', '<div id="sp_message_container" class="sp-message"><div class="message-component"><p>%s</p><button>Akzeptieren</button><button>Einstellungen</button></div></div>' % L['de']['cookie'],
        '<header class="nrz-header"><a href="/" class="nrz-logo">%s</a><a href="/epaper/">E-Paper</a> <a href="/abo/">Abo</a>' % site,
        nav(['Lokales', 'Region', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Service', 'Anzeigen'], 'nrz-nav'), '</header>',
        '<div class="nrz-breadcrumb"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a> › %s</div>' % E(s['city']),
        '<main class="nrz-main"><article class="nrz-article"><p class="nrz-dachzeile">%s</p><h1>%s</h1>' % (E(s['city']), E(s['title'])),
        '<p class="nrz-vorspann">%s</p>' % E(s['deck']) if s['deck'] else '',
        '<div class="nrz-meta"><span>%s %s</span> | <span>Veröffentlicht am %02d.%02d.%d | %02d:%02d Uhr</span> | <span>Aktualisiert am %02d.%02d.%d | %02d:%02d Uhr</span> | <span>Lesedauer: %d Minuten</span></div>' % (
            L['de']['by'], E(s['byline']), d, m, y, hh, mm, ud, um, uy, uhh, umm, random.randint(2, 6)),
        '<div class="nrz-text">', body_html(s, 2), '</div>',
        '<div class="nrz-share">%s</div>' % share('de'),
        '<section class="nrz-zumthema"><h3>Zum Thema</h3>%s</section>' % teasers('de', rel[:3], 'nrz-list', True, s),
        comments('de', COMMENTS['de'][:2]), '</article>',
        '<aside class="nrz-aside"><h3>%s</h3>%s<div class="nrz-newsletter"><p>%s</p><button>%s</button></div></aside></main>' % (
            L['de']['most'], teasers('de', rel[3:]), L['de']['news'], L['de']['newsbtn']),
        footer('de', site, ['Impressum', 'Datenschutz', 'AGB', 'Mediadaten', 'Leserservice']), scripts(url), '</body></html>'])

PRESS = {
    'es': ('Ayuntamiento de %s', 'Sala de prensa', 'Nota de prensa', 'Fecha: %02d/%02d/%d', 'Descargar en PDF', 'Imprimir'),
    'fr': ('Mairie de %s', 'Espace presse', 'Communiqué de presse', 'Publié le %02d/%02d/%d', 'Télécharger le communiqué (PDF)', 'Imprimer'),
    'it': ('Comune di %s', 'Ufficio stampa', 'Comunicato stampa', 'Comunicato del %02d/%02d/%d', 'Scarica il PDF', 'Stampa'),
    'de': ('Stadt %s', 'Presse', 'Pressemitteilung', 'Pressemitteilung vom %02d.%02d.%d', 'PDF herunterladen', 'Drucken'),
    'ca': ('Ajuntament de %s', 'Sala de premsa', 'Nota de premsa', 'Data: %02d/%02d/%d', 'Descarrega en PDF', 'Imprimeix'),
    'nl': ('Gemeente %s', 'Pers', 'Persbericht', 'Datum: %02d-%02d-%d', 'Download pdf', 'Printen'),
    'pt': ('Câmara Municipal de %s', 'Imprensa', 'Nota de imprensa', 'Data: %02d/%02d/%d', 'Descarregar PDF', 'Imprimir'),
}

def t_press(s):
    lang = s['lang']
    org, room, kind, dfmt, pdf, prn = PRESS[lang]
    org = org % s['city'] if '%s' in org else org
    if s['section'].startswith('firma:'):
        org = s['section'][6:]
    url = 'www.%s.%s' % (slug(org).replace('-', ''), {'es': 'es', 'fr': 'fr', 'it': 'it', 'de': 'de', 'ca': 'cat', 'nl': 'nl', 'pt': 'pt'}[lang])
    y, m, d, hh, mm = parts(s)
    rel = random.sample(REL[lang], 3)
    return '\n'.join([head(s, org, url, ld=False, og=False, title_suffix=' - '),
        '<body class="page-press">', '<div class="skip"><a href="#content">Skip</a></div>',
        '<header class="gov-header"><div class="gov-brand"><img src="/img/escudo.png" alt=""> %s</div>' % E(org),
        nav({'es': ['Ciudad', 'Ayuntamiento', 'Sede electrónica', 'Trámites', 'Turismo', 'Transparencia'], 'fr': ['Ma ville', 'Démarches', 'Vie municipale', 'Culture', 'Agenda'],
             'it': ['Il Comune', 'Servizi', 'Notizie', 'Amministrazione trasparente', 'Eventi'], 'de': ['Rathaus', 'Bürgerservice', 'Leben', 'Wirtschaft', 'Kultur', 'Presse'],
             'ca': ['Ajuntament', 'Tràmits', 'Ciutat', 'Agenda', 'Transparència'], 'nl': ['Wonen', 'Werken', 'Bestuur', 'Nieuws'], 'pt': ['Município', 'Serviços', 'Notícias', 'Agenda']}[lang], 'gov-nav'),
        '</header>', '<div class="breadcrumbs"><a href="/">Inicio</a> / <a href="/prensa/">%s</a> / %s</div>' % (room, kind),
        '<main id="content" class="press-main"><div class="press-item"><p class="press-type">%s</p>' % kind,
        '<p class="press-date">%s</p>' % (dfmt % (d, m, y)) if lang != 'ca' else '<p class="press-date">%d de %s de %d</p>' % (d, MONTHS['ca'][m - 1], y),
        '<h1 class="press-title">%s</h1>' % E(s['title']),
        '<p class="press-subtitle"><em>%s</em></p>' % E(s['deck']) if s['deck'] else '',
        '<div class="press-body">', body_html(s, 0), '</div>',
        '<div class="press-tools"><a href="/prensa/%s.pdf">%s</a> · <a href="javascript:window.print()">%s</a> · %s</div>' % (slug(s['title']), pdf, prn, share(lang)),
        '<div class="press-more"><h3>%s</h3>%s</div></div>' % (room, teasers(lang, rel, 'press-list', True, s)),
        '</main>', footer(lang, org, ['Accesibilidad', 'Aviso legal', 'Protección de datos', 'Contacto', 'Mapa web']), scripts(url), '</body></html>'])

SPORT = {'es': ('Marcador Total', 'www.marcadortotal.es'), 'fr': ('Le Sportif', 'www.lesportif.fr'), 'it': ('Gazzetta Sportiva del Nord', 'www.gazzettasportivanord.it'),
         'de': ('Kicker-Blatt', 'www.kickerblatt.de'), 'pt': ('Jogo Limpo', 'www.jogolimpo.pt')}

def t_sport(s):
    lang = s['lang']
    site, url = SPORT[lang]
    y, m, d, hh, mm = parts(s)
    rel = random.sample(REL[lang], 4)
    home, score, away = s['section'].split(';')
    lab = {'es': ('Final', 'Estadio', 'Árbitro', 'Goles', 'Previa', 'Directo', 'Crónica'), 'fr': ('Terminé', 'Stade', 'Arbitre', 'Buts', 'Avant-match', 'Direct', 'Résumé'),
           'it': ('Finale', 'Stadio', 'Arbitro', 'Marcatori', 'Prepartita', 'Diretta', 'Cronaca'), 'de': ('Beendet', 'Stadion', 'Schiedsrichter', 'Tore', 'Vorbericht', 'Liveticker', 'Spielbericht'),
           'pt': ('Final', 'Estádio', 'Árbitro', 'Golos', 'Antevisão', 'Direto', 'Crónica')}[lang]
    when = {'es': date_es(s, y, m, d, hh, mm), 'fr': 'Publié le ' + date_fr(y, m, d, hh, mm), 'it': '%d %s %d - %02d:%02d' % (d, MONTHS['it'][m - 1], y, hh, mm),
            'de': '%02d.%02d.%d, %02d:%02d' % (d, m, y, hh, mm), 'pt': '%d %s %d, %02d:%02d' % (d, MONTHS['pt'][m - 1][:3], y, hh, mm)}[lang]
    return '\n'.join([head(s, site, url, title_suffix=' | '),
        '<body class="sport-article">', '<header class="s-header"><a class="s-logo" href="/">%s</a>' % site,
        nav({'es': ['Fútbol', 'Primera', 'Segunda', 'Champions', 'Baloncesto', 'Tenis', 'Motor', 'Ciclismo'], 'fr': ['Football', 'Ligue 1', 'Rugby', 'Tennis', 'Cyclisme', 'Basket'],
             'it': ['Calcio', 'Serie A', 'Serie B', 'Champions', 'Basket', 'Tennis', 'Motori'], 'de': ['Bundesliga', '2. Liga', 'Champions League', 'Formel 1', 'Tennis', 'Handball'],
             'pt': ['Futebol', 'Liga', 'Modalidades', 'Internacional', 'Mercado']}[lang], 's-nav'), '</header>',
        '<div class="scoreboard"><div class="sb-status">%s</div><div class="sb-team sb-home">%s</div><div class="sb-score">%s</div><div class="sb-team sb-away">%s</div>' % (lab[0], E(home), E(score), E(away)),
        '<div class="sb-tabs"><a>%s</a><a>%s</a><a class="active">%s</a></div></div>' % (lab[4], lab[5], lab[6]),
        '<main class="s-main"><article class="s-article"><h1 class="s-title">%s</h1>' % E(s['title']),
        '<p class="s-deck">%s</p>' % E(s['deck']) if s['deck'] else '',
        '<div class="s-meta"><span class="s-author">%s</span><span class="s-city">%s</span><time>%s</time></div>' % (E(s['byline']), E(s['city']), when),
        share(lang, 's-share'), '<div class="s-body">', body_html(s, 1), '</div>',
        '<table class="match-facts"><tr><th>%s</th><td>%s</td></tr><tr><th>%s</th><td>%s</td></tr></table>' % (lab[1], E(s['city']), lab[2], 'M. Ortega Ruiz'),
        comments(lang, COMMENTS[lang][:2]), '</article>',
        '<aside class="s-aside"><h3>%s</h3>%s</aside></main>' % (L[lang]['most'], teasers(lang, rel)),
        footer(lang, site, ['Aviso legal', 'Privacidad', 'Cookies', 'Contacto']), scripts(url), '</body></html>'])

def t_nl(s):
    site, url = 'Nieuwsdienst Noord', 'www.nieuwsdienstnoord.nl'
    y, m, d, hh, mm = parts(s)
    uy, um, ud, uhh, umm = later(s, 60)
    rel = random.sample(REL['nl'], 5)
    return '\n'.join([head(s, site, url, meta_date=True, title_suffix=' | '),
        '<body>', '<header class="nd-header"><a href="/" class="nd-logo">%s</a>' % site, nav(['Nieuws', 'Binnenland', 'Buitenland', 'Politiek', 'Economie', 'Regio', 'Sport'], 'nd-nav'), '</header>',
        '<main><article class="nd-article"><p class="nd-label">%s</p><h1>%s</h1>' % (E(s['section']), E(s['title'])),
        '<div class="nd-meta"><span>Gepubliceerd: %d %s %d, %02d:%02d</span> <span>Aangepast: %d %s %d, %02d:%02d</span></div>' % (d, MONTHS['nl'][m - 1], y, hh, mm, ud, MONTHS['nl'][um - 1], uy, uhh, umm),
        '<div class="nd-body">', body_html(s, 0), '</div>', share('nl', 'nd-share'),
        '<section class="nd-more"><h2>%s</h2>%s</section></article></main>' % (L['nl']['rel'], teasers('nl', rel)),
        footer('nl', site, ['Over ons', 'Privacy', 'Cookies', 'Contact']), scripts(url), '</body></html>'])

def t_ca(s):
    site, url = 'Diari del Migdia', 'www.diaridelmigdia.cat'
    y, m, d, hh, mm = parts(s)
    rel = random.sample(REL['ca'], 5)
    return '\n'.join([head(s, site, url, ld=False, og=True, title_suffix=' | '),
        '<body class="noticia">', '<header class="dm-header"><a href="/" class="dm-logo">%s</a>' % site, nav(['Política', 'Societat', 'Economia', 'Món', 'Cultura', 'Esports', 'Opinió'], 'dm-nav'), '</header>',
        '<main class="dm-main"><article><p class="dm-avant">%s</p><h1 class="dm-title">%s</h1>' % (E(s['section']), E(s['title'])),
        '<h2 class="dm-subtitle">%s</h2>' % E(s['deck']) if s['deck'] else '',
        '<div class="dm-signatura"><span>%s</span> <span>%s</span> <span class="dm-data">Publicat el %d de %s de %d a les %02d:%02d</span></div>' % (E(s['byline']), E(s['city']), d, MONTHS['ca'][m - 1], y, hh, mm),
        share('ca', 'dm-share'), '<div class="dm-cos">', body_html(s, 2), '</div>',
        '<div class="dm-temes"><span>%s</span> %s</div>' % (L['ca']['tags'], ' '.join('<a href="/tema/%s">%s</a>' % (slug(x), x) for x in [s['section'], s['city']])),
        '<section class="dm-rel"><h3>%s</h3>%s</section></article>' % (L['ca']['rel'], teasers('ca', rel[:3])),
        '<aside><h3>%s</h3>%s</aside></main>' % (L['ca']['most'], teasers('ca', rel[3:])),
        footer('ca', site, ['Qui som', 'Avís legal', 'Privacitat', 'Galetes']),
        '<div class="cookies-bar"><p>%s</p><button>%s</button></div>' % (L['ca']['cookie'], L['ca']['accept']), scripts(url), '</body></html>'])

TEMPLATES = dict(esnac=t_esnac, eslat=t_eslat, frnat=t_frnat, frreg=t_frreg, ptbr=t_ptbr, ptpt=t_ptpt, itnat=t_itnat, denat=t_denat,
                 dereg=t_dereg, press=t_press, sport=t_sport, nl=t_nl, ca=t_ca)

def main():
    for i, s in enumerate(parse(), 1):
        page = TEMPLATES[s['tpl']](s)
        name = os.path.join(OUT, '%02d' % i)
        with open(name + '.html', 'w', encoding='utf-8') as f: f.write(page + '\n')
        with open(name + '.txt', 'w', encoding='utf-8') as f: f.write(expected(s))
        with open(name + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': s['when'][:10], 'lang': s['lang'], 'title': s['title']}, f, ensure_ascii=False)
            f.write('\n')

main()
