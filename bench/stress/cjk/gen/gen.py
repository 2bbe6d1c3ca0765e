"""Generator of the cjk stress class: Japanese and Korean news and press pages.
Usage: python3 gen.py OUTDIR  (writes NN.html, NN.txt, NN.json)."""
import html, json, os, re, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stories_ja import JA
from stories_ko import KO

E = html.escape
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
RUBY = re.compile(r'\{([^|{}]+)\|([^{}]+)\}')
FW = str.maketrans('0123456789', '０１２３４５６７８９')
WEEK_JA = '月火水木金土日'


def plain(t):
    return RUBY.sub(lambda m: m.group(1), t)


def ruby(t, mode):
    """Inline markup of a paragraph: ruby as the template writes it."""
    t = E(t, quote=False)
    if mode == 'rp':
        return RUBY.sub(lambda m: '<ruby>%s<rp>（</rp><rt>%s</rt><rp>）</rp></ruby>' % m.groups(), t)
    if mode == 'rb':
        return RUBY.sub(lambda m: '<ruby><rb>%s</rb><rt>%s</rt></ruby>' % m.groups(), t)
    if mode == 'paren':  # furigana printed in brackets by the page itself is text: not used
        return RUBY.sub(lambda m: m.group(1), t)
    return RUBY.sub(lambda m: '<ruby>%s<rt>%s</rt></ruby>' % m.groups(), t)


def blocks(paras):
    """[(kind, text)] with kind p/h/li."""
    out = []
    for p in paras:
        if p.startswith('## '):
            out.append(('h', p[3:]))
        elif p.startswith('- '):
            out.append(('li', p[2:]))
        else:
            out.append(('p', p))
    return out


def expected(paras, skip=()):
    return '\n\n'.join(plain(t) for k, t in blocks(paras) if t not in skip) + '\n'


def body_html(paras, mode='plain', p='<p>%s</p>', h='<h2>%s</h2>', ul=('<ul>', '</ul>'), li='<li>%s</li>', inserts=None):
    """HTML of the story's blocks; inserts maps a block index to furniture put before it."""
    out, open_list = [], False
    for i, (k, t) in enumerate(blocks(paras)):
        if inserts and i in inserts:
            if open_list:
                out.append(ul[1]); open_list = False
            out.append(inserts[i])
        if k == 'li':
            if not open_list:
                out.append(ul[0]); open_list = True
            out.append(li % ruby(t, mode))
            continue
        if open_list:
            out.append(ul[1]); open_list = False
        out.append((h if k == 'h' else p) % ruby(t, mode))
    if open_list:
        out.append(ul[1])
    return '\n'.join(out)


def junk_script(seed, n=30):
    rnd = random.Random(seed)
    slots = ','.join("{id:'ad-%d',size:[%d,%d],pos:'%s'}" % (i, rnd.choice([300, 728, 320]), rnd.choice([250, 90, 50, 600]),
                     rnd.choice(['top', 'side', 'inread', 'bottom'])) for i in range(n))
    return ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
            "gtag('config','G-%08X');</script>\n<script>var adSlots=[%s];(function(){for(var i=0;i<adSlots.length;i++){"
            "var s=adSlots[i];if(window.innerWidth<768&&s.size[0]>320)continue;window.adq=window.adq||[];window.adq.push(s);}})();</script>"
            % (rnd.getrandbits(32), slots))


def style(seed, n=40):
    rnd = random.Random(seed)
    return '<style>' + '\n'.join('.s%d-%d{margin:%dpx;padding:%dpx %dpx;color:#%06x;line-height:%.1f}' % (
        seed, i, rnd.randint(0, 20), rnd.randint(0, 12), rnd.randint(0, 12), rnd.getrandbits(24), rnd.uniform(1.2, 2.0))
        for i in range(n)) + '</style>'


# (the sidebars draw on the first stories only: the stories added later, for 37-39, left the earlier pages as they were)
ALL_HEADS_JA = [plain(s['head']) for k, s in JA.items() if k not in ('budget', 'museum')]
ALL_HEADS_KO = [s['head'] for k, s in KO.items() if k != 'market']
EXTRA_JA = ['市議会、庁舎移転の予算案を可決', '高校駅伝、北斗工が３年ぶり優勝', '路線バス２路線、来年３月で廃止へ',
            '県内の観光客数、コロナ前を上回る', '新米の販売始まる　猛暑で品質に差', '動物園にレッサーパンダの赤ちゃん',
            '中学校の統合、住民説明会で異論相次ぐ', '空き家バンク登録が過去最多に', '冬の花火大会、３年ぶり開催決定',
            '県立病院の医師不足、診療科を縮小']
EXTRA_KO = ['해림시의회, 내년 예산안 1조2천억원 확정', '남포항 물동량 사상 최대…컨테이너 200만TEU 돌파',
            '청하군 농산물 직거래 장터 개장', '고교 야구 해림고, 전국대회 8강 진출', '도심 공원 야간 개방 시간 연장',
            '지역 대학 3곳 통합 논의 본격화', '겨울철 난방비 지원 신청 접수', '시내버스 노선 개편안 공청회 열려',
            '해림 국제영화제 관객 10만 명 넘어', '공공도서관 주말 운영 확대']


def rank_list(lang, seed, n=10, cls='rank'):
    pool = (ALL_HEADS_JA + EXTRA_JA) if lang == 'ja' else (ALL_HEADS_KO + EXTRA_KO)
    rnd = random.Random(seed)
    items = rnd.sample(pool, min(n, len(pool)))
    return '<ol class="%s">%s</ol>' % (cls, ''.join('<li><a href="/news/%d.html">%s</a></li>' % (rnd.randint(10000, 99999), E(t))
                                                    for t in items))


def link_list(lang, seed, n=4, cls='related'):
    pool = EXTRA_JA if lang == 'ja' else EXTRA_KO
    rnd = random.Random(seed)
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/article/%d">%s</a></li>' % (rnd.randint(100000, 999999), E(t))
                                                    for t in rnd.sample(pool, n)))


def jsonld(head, pub, mod, site, typ='NewsArticle', author=None):
    d = {'@context': 'https://schema.org', '@type': typ, 'headline': head, 'datePublished': pub, 'dateModified': mod,
         'publisher': {'@type': 'Organization', 'name': site}}
    if author:
        d['author'] = {'@type': 'Person', 'name': author}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def era(iso, full=False):
    y, m, d = map(int, iso.split('-'))
    if y >= 2019 and (y, m) >= (2019, 5):
        n, name = y - 2018, '令和'
    else:
        n, name = y - 1988, '平成'
    yy = '元' if n == 1 else str(n)
    s = '%s%s年%d月%d日' % (name, yy, m, d)
    return s.translate(FW) if full else s


def weekday(iso):
    import datetime
    return WEEK_JA[datetime.date.fromisoformat(iso).weekday()]


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- Japanese templates
def ja_head(title, desc, extra='', charset=True, lang='ja'):
    cs = '<meta charset="utf-8">\n' if charset else ''
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s<title>%s</title>\n<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<meta name="description" content="%s">\n%s\n</head>\n' % (lang, cs, E(title), E(desc), extra))


def t_daily(s, iso, seed, site='北斗日報', dom='hokuto-nippo.example.jp', paged=True, mode='rp', wire=False, time='10:15'):
    """National daily: modern CMS, JSON-LD, ruby with rp, figure, related box inside the body, pager."""
    head = plain(s['head'])
    paras = s['paras']
    y, m, d = iso.split('-')
    fig = ('<figure class="photo"><img src="/img/%d.jpg" alt="" width="640" height="427"><figcaption>%s（%s月%s日）＝%s撮影 ©%s</figcaption></figure>'
           % (seed, E(head[:14]) + 'の様子', int(m), int(d), '本社', site))
    rel = ('<aside class="inline-related"><p class="inline-related__ttl">関連記事</p>%s</aside>' % link_list('ja', seed, 3))
    ins = {1: fig, 3: rel} if len(paras) > 4 else {1: fig}
    body = body_html(paras, mode, h='<h2 class="article-subttl">%s</h2>', inserts=ins)
    pager = ('<nav class="pager"><span class="current">1</span><a href="?page=2">2</a><a href="?page=3">3</a>'
             '<a class="next" href="?page=2">次のページ</a></nav>') if paged else ''
    meta = ('<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:site_name" content="%s">\n'
            '%s\n%s\n%s' % (E(head), site, jsonld(head, '%sT%s:00+09:00' % (iso, time), '%sT18:40:00+09:00' % iso, site),
                            style(seed), junk_script(seed)))
    nav = ''.join('<li><a href="/%s/">%s</a></li>' % (a, b) for a, b in
                  [('national', '社会'), ('politics', '政治'), ('economy', '経済'), ('world', '国際'), ('sports', 'スポーツ'),
                   ('culture', '文化・暮らし'), ('local', '地域'), ('opinion', '社説・コラム')])
    credit = '<p class="credit">（北斗通信）</p>' if wire else ''
    return (ja_head('%s：%s' % (head, site), paras[0][:60], meta) +
            '<body class="article">\n<header class="site-header"><a class="logo" href="/">%s</a><div class="hdr-util"><a href="/login">ログイン</a><a href="/subscribe">有料会員登録</a></div>'
            '<nav class="gnav"><ul>%s</ul></nav></header>\n' % (site, nav) +
            '<div class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/national/">社会</a> &gt; 記事</div>\n'
            '<main><article class="article-main">\n<h1 class="article-ttl">%s</h1>\n' % ruby(s['head'], mode) +
            '<div class="article-meta"><time datetime="%sT%s:00+09:00">%s年%d月%d日 %s時%s分</time><span class="kind">会員記事</span></div>\n'
            % (iso, time, y, int(m), int(d), int(time[:2]), time[3:]) +
            '<div class="share"><a href="#">X</a><a href="#">Facebook</a><a href="#">LINE</a><a href="#">ブックマーク</a><a href="#">印刷</a></div>\n'
            '<div class="article-body">\n%s\n%s</div>\n%s\n' % (body, credit, pager) +
            '<div class="article-tags"><span>この記事のタグ</span><a href="/tag/1">地域</a><a href="/tag/2">北斗県</a></div>\n'
            '<section class="recommend"><h2>おすすめ記事</h2>%s</section>\n</article>\n' % link_list('ja', seed + 1, 4) +
            '<aside class="sidebar"><section><h2>アクセスランキング</h2>%s</section><div class="ad-rect">広告</div>'
            '<section><h2>速報</h2>%s</section></aside>\n</main>\n' % (rank_list('ja', seed), rank_list('ja', seed + 7, 6, 'flash')) +
            '<footer><ul class="fnav"><li><a href="#">会社案内</a></li><li><a href="#">個人情報の取り扱い</a></li><li><a href="#">著作権</a></li>'
            '<li><a href="#">お問い合わせ</a></li></ul><p class="copy">Copyright © %s All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>\n'
            '</body>\n</html>\n' % site)


def t_broadcast(s, iso, seed, time='18:42'):
    """Broadcaster's news site: video block, dated heading line, related news after the body."""
    head = plain(s['head'])
    y, m, d = iso.split('-')
    site = '北斗放送ニュース'
    body = body_html(s['paras'], 'plain', p='<p class="body-text">%s</p>', h='<h2 class="body-title">%s</h2>')
    meta = ('<meta property="og:title" content="%s | %s">\n<meta property="article:published_time" content="%sT%s:00+09:00">\n%s\n%s'
            % (E(head), site, iso, time, style(seed, 30), junk_script(seed, 20)))
    return (ja_head('%s | %s' % (head, site), s['paras'][0][:70], meta) +
            '<body>\n<div id="app"><header class="hd"><a href="/news/" class="hd-logo">%s</a><ul class="hd-nav"><li>新着</li><li>社会</li><li>気象・災害</li>'
            '<li>政治</li><li>ビジネス</li><li>国際</li><li>スポーツ</li><li>特集</li></ul><a class="live" href="/live">ライブ配信中</a></header>\n' % site +
            '<main class="content"><section class="detail">\n<div class="detail-video"><div class="player" data-id="v%d"><p class="player-ttl">【動画】%s</p><p class="player-time">01:42</p>'
            '<p class="player-note">動画を再生するには、JavaScriptを有効にしてください。</p></div></div>\n' % (seed, E(head[:20])) +
            '<h1 class="detail-ttl">%s</h1>\n<p class="detail-date"><time datetime="%sT%s">%s年%d月%d日 %d時%s分</time></p>\n'
            % (E(head), iso, time, y, int(m), int(d), int(time[:2]), time[3:]) +
            '<div class="detail-body">\n%s\n</div>\n' % body +
            '<div class="sns"><span>この記事をシェア</span><a href="#">X</a><a href="#">LINE</a><a href="#">Facebook</a><button>リンクをコピー</button></div>\n'
            '<section class="related-news"><h2>関連ニュース</h2>%s</section>\n' % link_list('ja', seed, 5) +
            '<section class="weather-box"><h2>各地の天気</h2><table><tr><td>北斗市</td><td>くもり</td><td>8℃</td></tr><tr><td>霧島市</td><td>雪</td><td>1℃</td></tr>'
            '<tr><td>潮見町</td><td>晴れ</td><td>10℃</td></tr></table></section>\n</section>\n'
            '<aside><h2>よく見られている記事</h2>%s</aside></main>\n' % rank_list('ja', seed) +
            '<footer class="ft"><p>%sのウェブサイトに掲載している記事・画像の無断転載を禁止します。</p><p>© Hokuto Broadcasting</p></footer></div>\n</body>\n</html>\n' % site)


def t_regional_legacy(s, iso, seed, enc='cp932', declare=False):
    """Regional paper on a table layout: era date in full-width digits, <br><br> paragraphs, no or legacy charset."""
    head = plain(s['head'])
    site = '潮見新聞' if enc == 'cp932' else '霧島タイムス'
    label = {'cp932': 'Shift_JIS', 'euc_jp': 'EUC-JP'}[enc]
    decl = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % label if declare else ''
    parts = []
    for k, t in blocks(s['paras']):
        if k == 'h':
            parts.append('<br><b>■%s</b><br><br>' % ruby(t, 'paren'))
        elif k == 'li':
            parts.append('・%s<br>' % ruby(t, 'paren'))
        else:
            parts.append('　%s<br><br>' % ruby(t, 'paren'))
    y, m, d = iso.split('-')
    date = '%s（%s）' % (era(iso, True), weekday(iso))
    nav = ' | '.join('<a href="/%s.htm">%s</a>' % (i, n) for i, n in enumerate(['ホーム', 'ニュース', '地域', 'スポーツ', 'おくやみ', '購読案内', 'バックナンバー']))
    sub = rank_list('ja', seed, 8)
    htmls = ('<html>\n<head>\n%s<title>%s - %s</title>\n<style>td{font-size:14px}.midashi{font-size:20px;font-weight:bold}</style>\n%s\n</head>\n'
             '<body bgcolor="#ffffff" topmargin="0">\n<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">\n'
             '<tr><td colspan="2"><img src="/img/title.gif" alt="%s" width="300" height="60"></td></tr>\n'
             '<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="2">%s</font></td></tr>\n'
             '<tr><td width="640" valign="top">\n<table width="100%%" cellpadding="6"><tr><td><font size="2">ホーム ＞ ニュース ＞ 地域</font></td></tr>\n'
             '<tr><td class="midashi">%s</td></tr>\n<tr><td align="right"><font size="2" color="#666666">%s</font></td></tr>\n'
             '<tr><td><img src="/photo/%d.jpg" width="320"><br><font size="2">写真説明：%s（©%s）</font></td></tr>\n'
             '<tr><td>\n%s\n</td></tr>\n'
             '<tr><td align="center"><font size="2"><a href="#">＜前のページ</a>　<a href="#">次のページ＞</a></font></td></tr>\n'
             '<tr><td><hr size="1"><b>【関連記事】</b><br>%s</td></tr>\n</table>\n</td>\n'
             '<td width="260" valign="top" bgcolor="#f0f0f0"><b>よく読まれている記事</b>%s<br><b>お知らせ</b><br><font size="2">年末年始の配達について<br>電子版の無料お試し受付中</font></td></tr>\n'
             '<tr><td colspan="2" align="center"><font size="1">このホームページに掲載の記事・写真の無断転載を禁じます。著作権は%sに帰属します。<br>Copyright(C) %s. All Rights Reserved.</font></td></tr>\n'
             '</table>\n%s\n</body>\n</html>\n') % (
        decl, E(head), site, style(seed, 12), site, nav, E(head), date, seed, E(head[:12]), site, '\n'.join(parts),
        '<br>'.join('<a href="#">%s</a>' % E(t) for t in EXTRA_JA[seed % 5: seed % 5 + 3]), sub, site, site, junk_script(seed, 8))
    return htmls, enc


def t_wire(s, iso, seed, time='08:15'):
    """Wire service's own page in EUC-JP with no declaration: date stamp, related block inside the body."""
    head = plain(s['head'])
    y, m, d = iso.split('-')
    paras = s['paras']
    ins = {3: '<div class="kanren"><span>［関連記事］</span>%s</div>' % link_list('ja', seed, 2, 'kanren-list')} if len(paras) > 3 else None
    body = body_html(paras, 'plain', inserts=ins)
    return ('<html>\n<head>\n<title>%s｜北斗通信ニュース</title>\n<meta name="keywords" content="北斗通信,ニュース">\n%s\n</head>\n<body>\n'
            '<div id="header"><div class="logo">北斗通信</div><ul id="menu"><li>トップ</li><li>政治</li><li>経済</li><li>国際</li><li>社会</li><li>科学</li><li>写真</li></ul></div>\n'
            '<div id="main"><div class="topicpath">トップ ＞ 国際</div>\n<h2 class="title">%s</h2>\n<p class="date">%s/%s/%s %s</p>\n'
            '<div class="honbun">\n%s\n</div>\n<p class="kyodo-credit">［北斗通信］</p>\n<div class="share">ブックマーク | メール | 印刷</div>\n'
            '<div class="latest"><h3>最新ニュース</h3>%s</div></div>\n'
            '<div id="footer">北斗通信社のウェブサイトに掲載された記事・写真・図表などの無断転載を禁じます。<br>All Rights Reserved, Copyright © Hokuto Press</div>\n%s\n</body>\n</html>\n'
            % (E(head), style(seed, 25), E(head), y, m, d, time, body, rank_list('ja', seed, 10, 'latest-list'), junk_script(seed, 12))), 'euc_jp'


def t_prportal(s, iso, seed, co='株式会社ミズナラ・システムズ'):
    """PR-distribution portal: company header, release body, images with captions, company profile, contact block."""
    head = plain(s['head'])
    y, m, d = iso.split('-')
    paras = s['paras']
    img = ('<figure class="release-img"><img src="/img/r%d.png" alt=""><figcaption>「もろみノート」の画面イメージ</figcaption></figure>' % seed)
    body = body_html(paras, 'plain', h='<h3 class="release-h">%s</h3>', inserts={4: img})
    meta = ('<meta property="og:title" content="%s">\n<meta property="og:site_name" content="PRワイヤ北斗">\n%s\n%s\n%s'
            % (E(head), jsonld(head, '%sT11:00:00+09:00' % iso, '%sT11:00:00+09:00' % iso, 'PRワイヤ北斗', 'NewsArticle', co),
               style(seed), junk_script(seed, 16)))
    profile = ('<section class="company-profile"><h2>会社概要</h2><table><tr><th>会社名</th><td>%s</td></tr><tr><th>所在地</th><td>北斗県霧島市中央２－５－８</td></tr>'
               '<tr><th>代表者</th><td>代表取締役　樋渡奈緒</td></tr><tr><th>設立</th><td>２０１８年４月</td></tr><tr><th>事業内容</th><td>醸造業向けソフトウェアの開発・販売</td></tr>'
               '<tr><th>URL</th><td>https://mizunara.example.jp/</td></tr></table></section>' % co)
    contact = ('<section class="contact"><h2>本件に関するお問い合わせ</h2><p>%s　広報担当：今泉<br>TEL：０９９－２１２－３４５６<br>E-mail：pr@mizunara.example.jp</p></section>' % co)
    return (ja_head('%s｜%sのプレスリリース' % (head, co), paras[1][:80], meta) +
            '<body>\n<header class="portal-hd"><a class="logo" href="/">PRワイヤ北斗</a><form class="search"><input placeholder="キーワードで検索"></form>'
            '<a href="/register">企業登録</a><a href="/login">ログイン</a></header>\n'
            '<nav class="cats"><a href="#">テクノロジー</a><a href="#">ビジネス</a><a href="#">グルメ</a><a href="#">ライフスタイル</a><a href="#">地域</a></nav>\n'
            '<main class="release">\n<div class="release-company"><img src="/logo/%d.png" alt=""><a href="/company/%d">%s</a><button>フォロー</button></div>\n' % (seed, seed, co) +
            '<h1 class="release-ttl">%s</h1>\n<p class="release-sub">醸造の現場の夜間見回りを６割削減、杜氏の技術継承にも</p>\n' % E(head) +
            '<p class="release-meta">%s<time datetime="%sT11:00">%s年%d月%d日 11時00分</time></p>\n' % (co, iso, y, int(m), int(d)) +
            '<div class="release-body">\n%s\n</div>\n%s\n%s\n' % (body, profile, contact) +
            '<section class="materials"><h2>このプレスリリースの素材</h2><ul><li>ロゴ画像</li><li>サービス画面</li><li>センサー取付例</li></ul></section>\n'
            '<section class="info"><dl><dt>種類</dt><dd>商品サービス</dd><dt>ビジネスカテゴリ</dt><dd>ソフトウェア・酒類</dd><dt>キーワード</dt><dd>日本酒 / IoT / DX</dd></dl></section>\n'
            '<div class="share">このリリースをシェア <a href="#">X</a> <a href="#">Facebook</a> <a href="#">はてブ</a></div>\n'
            '<section class="company-releases"><h2>%sのプレスリリース一覧</h2><ul><li>醸造DXセミナーを開催</li><li>シリーズAで２億円を調達</li></ul></section>\n' % co +
            '</main>\n<aside><h2>ランキング</h2>%s</aside>\n<footer><p>PRワイヤ北斗はプレスリリース配信サービスです。掲載内容は各企業の発表によるものです。</p><p>© PR Wire Hokuto</p></footer>\n</body>\n</html>\n'
            % rank_list('ja', seed))


def t_corp(s, iso, seed, co):
    """Corporate newsroom お知らせ: date and issuer lines, 記 / 以上, contact block."""
    head = plain(s['head'])
    y, m, d = iso.split('-')
    paras = s['paras']
    body = body_html(paras, 'plain', p='<p>%s</p>', h='<h3>%s</h3>')
    issuer = ('<div class="issuer"><p class="right">%s年%d月%d日</p><p class="right">%s<br>代表取締役社長　%s</p></div>'
              % (y, int(m), int(d), co, '{}'.format('大河内 修' if seed % 2 else '樋渡 奈緒')))
    return (ja_head('%s | ニュース | %s' % (head, co), head,
                    '<meta property="og:title" content="%s">\n<meta name="date" content="%s">\n%s' % (E(head), iso, style(seed, 20))) +
            '<body>\n<header><div class="corp-logo">%s</div><nav><a href="/company/">企業情報</a><a href="/products/">製品情報</a><a href="/news/">ニュース</a>'
            '<a href="/ir/">株主・投資家情報</a><a href="/recruit/">採用情報</a><a href="/contact/">お問い合わせ</a></nav></header>\n' % co +
            '<div class="pankuzu"><a href="/">ホーム</a> ＞ <a href="/news/">ニュース</a> ＞ お知らせ</div>\n'
            '<div class="wrap"><div class="main">\n<p class="news-cat"><span>お知らせ</span><span>%s.%s.%s</span></p>\n' % (y, m, d) +
            '<h1>%s</h1>\n%s\n<div class="news-body">\n%s\n<p class="ijo" style="text-align:right">以上</p>\n</div>\n' % (
                E(head), issuer, body) +
            '<div class="toiawase"><h4>本件に関するお問い合わせ先</h4><p>%s　広報室<br>TEL：０３－５５５５－０１２３（平日９：００～１７：００）</p></div>\n' % co +
            '<p class="back"><a href="/news/">ニュース一覧へ戻る</a></p>\n</div>\n'
            '<div class="side"><h3>ニュース</h3><ul><li><a href="#">2026年</a></li><li><a href="#">2025年</a></li><li><a href="#">2024年</a></li></ul>'
            '<h3>カテゴリ</h3><ul><li>お知らせ</li><li>プレスリリース</li><li>IR情報</li></ul></div></div>\n'
            '<footer><a href="#">サイトマップ</a> <a href="#">個人情報保護方針</a> <a href="#">ご利用にあたって</a><p>Copyright © %s All Rights Reserved.</p></footer>\n%s\n</body>\n</html>\n'
            % (co, junk_script(seed, 6)))


def t_gov(s, iso, seed, org, dept, mode='plain'):
    """Prefecture or ministry press page: 報道発表資料, era date, contact box, attachments, survey."""
    head = plain(s['head'])
    body = body_html(s['paras'], mode, h='<h2 class="heading">%s</h2>')
    y, m, d = iso.split('-')
    return (ja_head('%s - %s' % (head, org), head,
                    '<meta name="keywords" content="報道発表">\n<meta name="date" content="%s">\n%s' % (iso, style(seed, 15))) +
            '<body>\n<div id="tmp_wrapper"><div id="tmp_header"><p id="tmp_hlogo">%s</p><ul id="tmp_hnavi"><li>文字サイズ 標準 拡大</li><li>背景色 白 黒 青</li>'
            '<li><a href="#">Foreign language</a></li><li><a href="#">やさしい日本語</a></li></ul>\n' % org +
            '<ul id="tmp_gnavi"><li>くらし・環境</li><li>健康・福祉</li><li>教育・文化</li><li>産業・しごと</li><li>県政情報</li></ul></div>\n'
            '<div id="tmp_pankuzu"><a href="/">ホーム</a> &gt; <a href="#">報道発表資料</a> &gt; %s</div>\n' % E(head) +
            '<div id="tmp_contents"><h1>%s</h1>\n<div class="date"><p>ページ番号：%d　更新日：%s</p></div>\n' % (E(head), 10000 + seed, era('2026-12-05' if iso > '2026' else '2019-10-02')) +
            '<p class="houdou">報道発表資料</p><p class="right">%s<br>%s</p>\n' % (era(iso), dept) +
            '%s\n' % body +
            '<div class="attach"><h2>添付ファイル</h2><ul><li><a href="/doc/%d.pdf">報道発表資料（PDF：２１２KB）</a></li><li><a href="/doc/%d.xlsx">集計表（Excel：４８KB）</a></li></ul></div>\n' % (seed, seed) +
            '<div class="plugin"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p></div>\n'
            '<div id="tmp_inquiry"><h2>このページに関するお問い合わせ</h2><p>%s<br>電話番号：０９９－２２２－１１１１（内線４３２１）<br>ファクス番号：０９９－２２２－１１１２</p></div>\n' % dept +
            '<div id="tmp_survey"><h2>より良いウェブサイトにするためにみなさまのご意見をお聞かせください</h2><p>このページの情報は役に立ちましたか？</p>'
            '<label><input type="radio">役に立った</label><label><input type="radio">ふつう</label><label><input type="radio">役に立たなかった</label><button>送信</button></div>\n'
            '</div>\n<div id="tmp_footer"><p>%s　〒８９０－８５７７　北斗県北斗市中央１－１</p><p>Copyright © %s. All rights reserved.</p></div></div>\n</body>\n</html>\n' % (org, org))


def t_jportal(s, iso, seed, provider, time='10:05', upd='12:30'):
    """Portal re-hosting a provider's story: date without year, 最終更新, related links inside the body box, comments."""
    head = plain(s['head'])
    y, m, d = iso.split('-')
    wd = weekday(iso)
    body = body_html(s['paras'], 'plain', p='<p class="highLightSearchTarget">%s</p>', h='<h2 class="sc-hd">%s</h2>')
    rel = '<div class="related-in"><p>【関連記事】</p>%s</div>' % link_list('ja', seed, 3, 'rel-links')
    meta = ('<meta property="og:title" content="%s（%s） - ヤマビコニュース">\n%s\n%s\n%s' % (
        E(head), provider, jsonld(head, '%sT%s:00+09:00' % (iso, time), '%sT%s:00+09:00' % (iso, upd), provider), style(seed, 30), junk_script(seed, 25)))
    return (ja_head('%s（%s） - ヤマビコニュース' % (head, provider), s['paras'][0][:80], meta) +
            '<body>\n<div id="wrapper"><header id="msthead"><a href="/">ヤマビコ!ニュース</a><form><input type="search"><button>検索</button></form>'
            '<ul><li>主要</li><li>国内</li><li>国際</li><li>経済</li><li>エンタメ</li><li>スポーツ</li><li>IT</li><li>科学</li><li>地域</li></ul></header>\n'
            '<div id="contents"><div id="contentsWrap"><article>\n<header><h1>%s</h1>\n' % E(head) +
            '<div class="meta"><time>%d/%d(%s) %s配信</time><a class="cmt" href="#comments">コメント%d件</a></div></header>\n' % (int(m), int(d), wd, time, 12 + seed % 40) +
            '<div class="article_body">\n<figure><img src="/p/%d.jpg"><figcaption>%s（写真：%s）</figcaption></figure>\n%s\n%s\n</div>\n' % (
                seed, E(head[:16]), provider, body, rel) +
            '<footer class="art-foot"><p class="provider">%s</p><p class="upd">最終更新:%d/%d(%s) %s</p>' % (provider, int(m), int(d), wd, upd) +
            '<ul class="actions"><li>学びがある</li><li>わかりやすい</li><li>新しい視点</li></ul><a href="#">記事に関する報告</a></footer>\n</article>\n'
            '<section id="comments"><h2>コメント</h2><p>ログインしてコメントを書く</p><ul><li><p>地元の人の声をもっと聞きたい。</p><span>共感した 23</span></li></ul></section>\n'
            '<section class="ranking"><h2>アクセスランキング</h2>%s</section></div>\n' % rank_list('ja', seed) +
            '<aside id="yjSNLiveSide"><h2>トピックス</h2>%s</aside></div>\n<footer id="footer">© Yamabiko News / 記事の著作権は各提供元に帰属します。</footer></div>\n</body>\n</html>\n'
            % rank_list('ja', seed + 3, 8, 'topics'))


# ---------------------------------------------------------------- Korean templates
def ko_head(title, desc, extra='', charset=True):
    cs = '<meta charset="utf-8">\n' if charset else ''
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n%s<title>%s</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="description" content="%s">\n%s\n</head>\n' % (cs, E(title), E(desc), extra))


def k_stamp(iso, t):
    y, m, d = iso.split('-')
    return '%s.%s.%s %s' % (y, m, d, t)


def t_kdaily(s, iso, seed, reporter, email, site='해림일보', time='09:30', upd=('2026-12-08', '11:02'), caption=True):
    """Korean daily on an ndsoft-like CMS: 입력/수정 line, <br> body, caption with ⓒ, 관련기사 box, reporter line, rights line."""
    head = s['head']
    parts = []
    for i, (k, t) in enumerate(blocks(s['paras'])):
        if i == 2 and caption:
            parts.append('<figure class="photo-layout"><img src="/news/photo/%d.jpg"><figcaption>%s ⓒ%s</figcaption></figure>' % (
                seed, E(head[:14]) + ' 현장 모습.', site))
        if i == 4:
            parts.append('<div class="relation-news"><strong>관련기사</strong>%s</div>' % link_list('ko', seed, 3))
        if k == 'h':
            parts.append('<h3 class="subheading">%s</h3>' % E(t))
        elif k == 'li':
            parts.append('- %s<br>' % E(t))
        else:
            parts.append('%s<br><br>' % E(t))
    meta = ('<meta property="og:title" content="%s">\n<meta property="og:site_name" content="%s">\n<meta property="article:modified_time" content="%sT%s:00+09:00">\n%s\n%s'
            % (E(head), site, upd[0], upd[1], style(seed), junk_script(seed)))
    return (ko_head('%s - %s' % (head, site), s['paras'][0][:80], meta) +
            '<body>\n<div id="user-wrap"><header id="user-header"><a class="logo" href="/">%s</a><ul class="gnb"><li>정치</li><li>경제</li><li>사회</li><li>지역</li>'
            '<li>문화</li><li>스포츠</li><li>오피니언</li><li>포토</li></ul><a href="/member/login">로그인</a> <a href="/member/join">회원가입</a></header>\n' % site +
            '<div id="user-container"><div class="article-head"><div class="section-name">사회</div><h3 class="heading">%s</h3>\n' % E(head) +
            '<ul class="infomation"><li><i class="icon-user"></i> %s 기자</li><li><i class="icon-clock"></i> 입력 %s</li><li>수정 %s</li><li>댓글 0</li></ul>\n'
            % (reporter, k_stamp(iso, time), k_stamp(*upd)) +
            '<div class="share-btns"><a href="#">페이스북</a><a href="#">카카오톡</a><a href="#">URL복사</a><a href="#">글씨키우기</a><a href="#">인쇄</a></div></div>\n'
            '<article id="article-view-content-div" class="article-veiw-body" itemprop="articleBody">\n%s\n' % '\n'.join(parts) +
            '<p class="reporter-line">%s 기자 %s</p>\n</article>\n' % (reporter, email) +
            '<div class="view-copyright">저작권자 © %s 무단전재 및 재배포 금지</div>\n' % site +
            '<div class="writer-profile"><strong>%s 기자</strong><p>다른기사 보기</p></div>\n' % reporter +
            '<div class="view-tags"><a href="#">#해림</a><a href="#">#지역</a></div>\n'
            '<section class="comment"><h4>댓글</h4><p>댓글을 작성하려면 로그인해 주세요.</p></section>\n'
            '<aside id="aside"><h4>많이 본 뉴스</h4>%s<h4>포토뉴스</h4>%s</aside></div>\n' % (rank_list('ko', seed), rank_list('ko', seed + 1, 4, 'photo')) +
            '<footer id="user-footer"><p>제호: %s | 등록번호: 해림 아00123 | 발행인·편집인: 윤상민 | 청소년보호책임자: 김도윤</p>'
            '<p>Copyright © 2026 %s. All rights reserved.</p></footer></div>\n</body>\n</html>\n' % (site, site))


def ko_ampm(t):
    h, mi = map(int, t.split(':'))
    return '%s %d:%02d' % ('오전' if h < 12 else '오후', h if h <= 12 else h - 12, mi)


def t_naver(s, iso, seed, press, email, time='09:30', upd=('2026-12-07', '11:02'), rights=None):
    """News portal rendering of agency or paper copy: 입력/수정 stamps, <br> body in one div, email and rights lines inside it."""
    head = s['head']
    y, m, d = iso.split('-')
    parts = []
    for i, (k, t) in enumerate(blocks(s['paras'])):
        if i == 1:
            parts.append('<span class="end_photo_org"><img src="/img/%d.jpg"><em class="img_desc">%s [%s 제공. 재판매 및 DB 금지]</em></span><br><br>' % (
                seed, E(head[:12]) + ' 관련 자료사진', press))
        if k == 'h':
            parts.append('<strong>%s</strong><br><br>' % E(t))
        elif k == 'li':
            parts.append('- %s<br>' % E(t))
        else:
            parts.append('%s<br><br>' % E(t))
    parts.append(E(email) + '<br><br>')
    if rights:
        parts.append(E(rights))
    return (ko_head('%s : 네이비 뉴스' % head, s['paras'][0][:80],
                    '<meta property="og:title" content="%s">\n<meta property="og:article:author" content="%s | 네이비 뉴스">\n%s\n%s'
                    % (E(head), press, style(seed, 30), junk_script(seed, 20)), charset=True) +
            '<body>\n<div id="ct_wrap"><header class="Ngnb"><a href="/">NAVY 뉴스</a><ul><li>언론사별</li><li>정치</li><li>경제</li><li>사회</li><li>생활/문화</li>'
            '<li>IT/과학</li><li>세계</li><li>랭킹</li><li>신문보기</li><li>오피니언</li></ul></header>\n'
            '<div id="ct" class="newsct"><div class="media_end_head"><a class="press_logo" href="#"><img alt="%s"></a>' % press +
            '<h2 id="title_area" class="media_end_head_headline"><span>%s</span></h2>\n' % E(head) +
            '<div class="media_end_head_info_datestamp"><span>입력</span><span class="_ARTICLE_DATE_TIME" data-date-time="%s %s">%s.%s.%s. %s</span>'
            % (iso, time, y, m, d, ko_ampm(time)) +
            '<span>수정</span><span class="_ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="%s %s">%s. %s</span><a href="#">기사원문</a></div>\n'
            % (upd[0], upd[1], upd[0].replace('-', '.'), ko_ampm(upd[1])) +
            '<div class="media_end_head_journalist"><em>%s 기자</em></div>\n' % (email.split('@')[0]) +
            '<div class="media_end_head_autosummary"><button>요약봇</button></div></div>\n'
            '<div id="newsct_article"><article id="dic_area" class="go_trans _article_content">\n%s\n</article></div>\n' % '\n'.join(parts) +
            '<div class="byline"><p>%s 기자(%s)</p></div>\n' % (email.split('@')[0], email) +
            '<p class="copyright">Copyright ⓒ %s. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.</p>\n' % press +
            '<div class="media_end_linked"><h4>이 기사를 추천합니다</h4><ul><li>쏠쏠정보 0</li><li>흥미진진 0</li><li>공감백배 0</li><li>분석탁월 0</li><li>후속강추 0</li></ul></div>\n'
            '<div class="press_more"><h4>%s 주요뉴스</h4>%s</div>\n' % (press, rank_list('ko', seed, 6)) +
            '<div class="comment"><h4>댓글</h4><p>현재 댓글 %d개</p></div></div>\n' % (seed % 30) +
            '<aside><h4>언론사별 가장 많이 본 뉴스</h4>%s</aside>\n<footer><p>각 기사의 저작권은 해당 언론사에 있습니다.</p><p>© NAVY Corp.</p></footer></div>\n</body>\n</html>\n'
            % rank_list('ko', seed + 9))


def t_agency(s, iso, seed, email, time='09:30'):
    """Agency's own page: 송고시간 stamp, photo with agency caption, related news inside the body, rights and tip lines."""
    head = s['head']
    y, m, d = iso.split('-')
    paras = s['paras']
    ins = {1: '<div class="comp-box photo-group"><figure><img src="/photo/%d.jpg"><figcaption class="desc-con"><p>%s<br>[한빛통신 자료사진]</p></figcaption></figure></div>'
              % (seed, E(head[:15]) + ' (서울=한빛통신)'),
           3: '<aside class="related-zone"><strong class="tit">관련 뉴스</strong>%s</aside>' % link_list('ko', seed, 3)}
    body = body_html(paras, 'plain', h='<h3 class="sub">%s</h3>', inserts=ins)
    return (ko_head('%s | 한빛통신' % head, paras[0][:80],
                    '<meta property="og:title" content="%s">\n<meta property="article:published_time" content="%sT%s:00+09:00">\n%s\n%s'
                    % (E(head), iso, time, style(seed, 40), junk_script(seed, 30))) +
            '<body>\n<div id="container"><header class="header01"><a class="logo" href="/">한빛통신</a><nav><a>최신기사</a><a>정치</a><a>북한</a><a>경제</a><a>산업</a>'
            '<a>사회</a><a>전국</a><a>세계</a><a>문화</a><a>스포츠</a><a>연예</a><a>사진</a><a>영상</a></nav></header>\n'
            '<div class="content03"><div class="title-article01"><h1 class="tit">%s</h1>\n' % E(head) +
            '<p class="update-time" data-published-time="%s%s">송고시간%s-%s-%s %s</p></div>\n' % (iso.replace('-', ''), time.replace(':', ''), y, m, d, time) +
            '<div class="writer-zone01"><strong class="tit-name">%s</strong><span class="txt-en">기자</span></div>\n' % email +
            '<div class="story-news article">\n%s\n' % body +
            '<p class="txt-copyright adrs">%s<br><br>&lt;저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p>\n' % email +
            '<p class="txt-copyright">제보는 카카오톡 hanbitjebo &lt;앱설치&gt;</p></div>\n'
            '<div class="keyword-zone"><strong>#반도체</strong> <strong>#수출</strong></div>\n'
            '<section class="aside-box01"><h2>많이 본 기사</h2>%s</section>\n' % rank_list('ko', seed) +
            '<section class="aside-box02"><h2>오늘의 사진</h2>%s</section></div>\n' % rank_list('ko', seed + 2, 5) +
            '<footer><p>(주)한빛통신 | 서울 종로구 | 대표전화 02-000-0000</p><p>Copyright (c) Hanbit News Agency. All rights reserved.</p></footer></div>\n</body>\n</html>\n')


def t_kbroadcast(s, iso, seed, reporter, time='19:20', upd='21:05'):
    """Broadcaster page in EUC-KR with no declaration: 등록/수정 stamp, video, body in <p>, reporter e-mail, rights line."""
    head = s['head']
    y, m, d = iso.split('-')
    body = body_html(s['paras'], 'plain', p='<p>%s</p>', h='<p><b>%s</b></p>')
    return ('<html>\n<head>\n<title>%s :: 해림방송 뉴스</title>\n<meta name="title" content="%s">\n%s\n</head>\n<body>\n'
            '<div id="wrap"><div id="header"><a href="/">해림방송</a> <a href="/news">뉴스</a><ul class="menu"><li>정치</li><li>경제</li><li>사회</li><li>국제</li><li>생활·문화</li><li>날씨</li></ul></div>\n'
            '<div id="content"><div class="view_title"><h4>%s</h4>\n<span class="date">입력 %s.%s.%s (%s) ㅣ 수정 %s.%s.%s (%s)</span>\n<span class="reporter">%s 기자</span></div>\n'
            '<div class="vod_area"><div class="vod" id="vod%d">동영상 재생 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.</div><p class="vod_tit">[뉴스9] %s</p></div>\n'
            '<div id="cont_newstext">\n%s\n<p class="mail">%s 기자 (%s@hbs.example.kr)</p>\n</div>\n'
            '<div class="copy">ⓒ 해림방송 &amp; hbs.example.kr, 무단전재 및 재배포 금지</div>\n'
            '<div class="news_list"><h5>이 시각 주요뉴스</h5>%s</div>\n<div class="news_list"><h5>많이 본 뉴스</h5>%s</div></div>\n'
            '<div id="footer">해림방송 | 사업자등록번호 000-00-00000 | Copyright ⓒ HBS. All rights reserved.</div></div>\n%s\n</body>\n</html>\n') % (
        E(head), E(head), style(seed, 20), E(head), y, m, d, time, y, m, d, upd, reporter, seed, E(head[:18]), body, reporter,
        {'김하늘': 'sky', '정다은': 'daeun', '박소윤': 'soyoon'}.get(reporter, 'news'),
        rank_list('ko', seed, 8), rank_list('ko', seed + 5, 8), junk_script(seed, 10)), 'euc_kr'


def t_kcorp(s, iso, seed, co):
    """Company 보도자료 board: record table (제목/작성일/조회수), body, attachments, 목록, 이전글/다음글, contact."""
    head = s['head']
    body = body_html(s['paras'], 'plain', p='<p>%s</p>', h='<p><strong>■ %s</strong></p>')
    return (ko_head('보도자료 | 홍보센터 | %s' % co, head, '<meta property="og:title" content="%s">\n%s' % (E(head), style(seed, 25))) +
            '<body>\n<header class="corp"><h1 class="logo">%s</h1><nav><a>회사소개</a><a>사업분야</a><a>지속가능경영</a><a>홍보센터</a><a>인재채용</a></nav></header>\n' % co +
            '<div class="sub-visual"><h2>홍보센터</h2><p>%s의 새로운 소식을 전해드립니다.</p></div>\n<ul class="lnb"><li class="on">보도자료</li><li>공지사항</li><li>홍보영상</li></ul>\n' % co +
            '<div class="board-view"><table class="view-table"><tr><th>제목</th><td colspan="3">%s</td></tr><tr><th>작성자</th><td>홍보팀</td><th>작성일</th><td>%s</td></tr>'
            '<tr><th>조회수</th><td colspan="3">%d</td></tr></table>\n' % (E(head), iso, 300 + seed) +
            '<div class="view-content">\n%s\n</div>\n' % body +
            '<div class="file"><strong>첨부파일</strong><a href="#">[보도자료]_재활용공장_준공.hwp</a><a href="#">사진1.jpg</a></div>\n'
            '<div class="contact-box"><p>문의: %s 홍보팀 이수진 책임 (02-555-0188, press@greencell.example.kr)</p></div>\n' % co +
            '<ul class="prev-next"><li><span>이전글</span><a href="#">그린셀에너지, ESG 경영 보고서 발간</a></li><li><span>다음글</span><a href="#">그린셀에너지, 2027년 신입사원 공개채용</a></li></ul>\n'
            '<a class="btn-list" href="#">목록</a></div>\n'
            '<footer><p>%s | 서울특별시 강남구 | 대표이사 박지훈 | 사업자등록번호 000-00-00000</p><p>COPYRIGHT © GREENCELL ENERGY. ALL RIGHTS RESERVED.</p></footer>\n%s\n</body>\n</html>\n'
            % (co, junk_script(seed, 5)))


def t_kgov(s, iso, seed):
    """Ministry 보도자료: 보도시점 table, body, 담당 부서 table, 공공누리 box, attachments."""
    head = s['head']
    y, m, d = iso.split('-')
    body = body_html(s['paras'], 'plain', p='<p>%s</p>', h='<h4>%s</h4>')
    return (ko_head('보도자료 상세 | 국토생활부', head, '<meta name="subject" content="%s">\n<meta name="date" content="%s">\n%s' % (E(head), iso, style(seed, 15))) +
            '<body>\n<div id="skip"><a href="#content">본문 바로가기</a></div>\n<header><h1>국토생활부</h1><nav><a>정책정보</a><a>뉴스·소식</a><a>정보공개</a><a>민원</a><a>기관소개</a></nav></header>\n'
            '<div class="location">홈 &gt; 뉴스·소식 &gt; 보도자료</div>\n<div id="content"><h2 class="tit">보도자료</h2>\n'
            '<table class="bd_view"><caption>보도자료 상세</caption><tr><th>제목</th><td colspan="3">%s</td></tr>' % E(head) +
            '<tr><th>보도시점</th><td>%d. %d. %d.(%s) 11:00</td><th>배포일</th><td>%s.%s.%s</td></tr><tr><th>담당부서</th><td colspan="3">주거복지정책과</td></tr></table>\n'
            % (int(y), int(m), int(d), '월', y, m, d) +
            '<div class="bd_content">\n%s\n</div>\n' % body +
            '<table class="charge"><caption>담당 부서</caption><tr><th>담당 부서</th><td>주거복지정책과</td><th>책임자</th><td>과장 오세훈 (044-000-1234)</td></tr>'
            '<tr><th></th><td></td><th>담당자</th><td>사무관 한지민 (044-000-1235)</td></tr></table>\n'
            '<div class="file_list"><h4>첨부파일</h4><ul><li>1207(조간)청년월세지원확대.hwpx</li><li>1207(조간)청년월세지원확대.pdf</li></ul><button>바로보기</button></div>\n'
            '<div class="kogl"><img alt="공공누리"><p>국토생활부의 본 저작물은 "공공누리" 제1유형:출처표시 조건에 따라 이용할 수 있습니다.</p></div>\n'
            '<div class="satisfaction"><p>이 페이지에서 제공하는 정보에 대하여 만족하십니까?</p><label>매우만족</label><label>만족</label><label>보통</label><label>불만족</label></div></div>\n'
            '<footer><p>(30103) 세종특별자치시 도움6로 11 국토생활부</p><p>Copyright © Ministry of Land and Living. All Rights Reserved.</p></footer>\n</body>\n</html>\n')


def t_daum(s, iso, seed, press, reporter, email, time='09:30', upd='11:02'):
    """Second portal rendering: 입력/수정 spans, <p dmcf-ptype> body, ⓒ line at the end of the body section."""
    head = s['head']
    y, m, d = iso.split('-')
    body = body_html(s['paras'], 'plain', p='<p dmcf-ptype="general">%s</p>', h='<h3 dmcf-ptype="h3">%s</h3>',
                     inserts={2: '<figure class="figure_frm origin_fig"><img src="/thumb/%d.jpg"><figcaption class="txt_caption">%s ⓒ%s</figcaption></figure>'
                              % (seed, E(head[:16]), press)})
    return (ko_head('%s | 다움뉴스' % head, s['paras'][0][:80],
                    '<meta property="og:title" content="%s">\n<meta property="og:regDate" content="%s%s00">\n%s\n%s' % (
                        E(head), iso.replace('-', ''), time.replace(':', ''), style(seed, 30), junk_script(seed, 18))) +
            '<body>\n<div class="container-doc"><header id="kakaoHead"><a href="/">다움뉴스</a><ul class="gnb_comm"><li>홈</li><li>사회</li><li>정치</li><li>경제</li>'
            '<li>국제</li><li>문화</li><li>IT</li><li>랭킹</li><li>연재</li></ul></header>\n<main class="doc-main"><div class="head_view">'
            '<em class="info_cp"><img alt="%s"></em><h3 class="tit_view">%s</h3>\n' % (press, E(head)) +
            '<span class="info_view"><span class="txt_info">%s</span><span class="txt_info">입력 <span class="num_date">%s. %d. %d. %s</span></span>' % (reporter, y, int(m), int(d), time) +
            '<span class="txt_info">수정 <span class="num_date">%s. %d. %d. %s</span></span></span>\n' % (y, int(m), int(d), upd) +
            '<div class="util_view"><button>음성으로 듣기</button><button>번역</button><button>글씨크기 조절</button><button>공유</button></div></div>\n'
            '<div class="news_view fs_type1"><div class="article_view" data-translation-body="true"><section dmcf-sid="x%d">\n%s\n' % (seed, body) +
            '<p dmcf-ptype="general">%s 기자 %s</p>\n</section></div>\n' % (reporter, email) +
            '<p class="txt_copyright">Copyright © %s. 무단전재 및 재배포 금지.</p></div>\n' % press +
            '<div class="emotion"><h4>이 기사에 대한 반응</h4><ul><li>추천해요</li><li>좋아요</li><li>감동이에요</li><li>화나요</li><li>슬퍼요</li></ul></div>\n'
            '<div class="cmt_news"><h4>댓글</h4><p>댓글 %d</p></div>\n' % (seed % 50) +
            '<section class="box_g"><h4>%s 주요 뉴스</h4>%s</section></main>\n' % (press, rank_list('ko', seed, 5)) +
            '<aside class="box_side"><h4>많이 본 뉴스</h4>%s</aside></div>\n<footer>© AXZ Corp.</footer>\n</body>\n</html>\n' % rank_list('ko', seed + 4))


def t_gov_legacy(s, iso, seed, upd):
    """Ministry notice on an old CMS: Shift_JIS, no declaration, no lang attribute, 更新日 before the notice's own date."""
    head = plain(s['head'])
    body = body_html(s['paras'], 'plain', p='<p>%s</p>', h='<p><b>【%s】</b></p>')
    return ('<html>\n<head>\n<title>%s｜国土生活省</title>\n%s\n</head>\n<body>\n'
            '<table width="100%%"><tr><td><img src="/img/logo.gif" alt="国土生活省"></td><td align="right"><font size="2">文字の大きさ：標準｜拡大　<a href="#">English</a></font></td></tr></table>\n'
            '<table width="100%%" bgcolor="#e8eef8"><tr><td><a href="#">ホーム</a>｜<a href="#">報道・広報</a>｜<a href="#">政策・仕事</a>｜<a href="#">組織・制度</a>｜<a href="#">統計・調査</a></td></tr></table>\n'
            '<p class="upd"><font size="2">最終更新日：%s</font></p>\n<h1>%s</h1>\n<p align="right">%s<br>総合政策局地域交通課</p>\n'
            '<div class="text">\n%s\n</div>\n'
            '<table border="1" class="toi"><tr><th>問い合わせ先</th><td>総合政策局地域交通課　企画調整係<br>電話：０３－５２５３－８１１１（内線２５４１）</td></tr></table>\n'
            '<p><a href="#">報道発表資料一覧へ戻る</a></p>\n<div id="footer"><font size="2">国土生活省　〒１００－８９１８　東京都千代田区霞が関２－１－３<br>Copyright(C) Ministry of Land and Living. All Rights Reserved.</font></div>\n%s\n</body>\n</html>\n') % (
        E(head), style(seed, 10), era(upd), E(head), era(iso), body, junk_script(seed, 6)), 'cp932'


def t_kdaily_upd_first(s, iso, seed, reporter, email, site, time, upd):
    """Korean daily whose header prints the update stamp before the publication stamp, no machine date."""
    head = s['head']
    body = body_html(s['paras'], 'plain', p='<p>%s</p>', h='<h4>%s</h4>',
                     inserts={2: '<div class="art_photo"><img src="/p/%d.jpg"><p class="caption">%s /사진=%s DB</p></div>' % (seed, E(head[:14]), site)})
    return (ko_head('%s < 사회 < 기사본문 - %s' % (head, site), s['paras'][0][:60], '<meta property="og:title" content="%s">\n%s\n%s' % (
                E(head), style(seed, 30), junk_script(seed, 12))) +
            '<body>\n<div id="wrap"><header><a class="logo" href="/">%s</a><nav><a>전체기사</a><a>정치</a><a>경제</a><a>사회</a><a>문화</a><a>오피니언</a></nav></header>\n' % site +
            '<div class="art_top"><h1>%s</h1><ul class="art_info"><li>최종수정 %s</li><li>기사입력 %s</li><li>%s 기자</li></ul></div>\n' % (
                E(head), k_stamp(*upd), k_stamp(iso, time), reporter) +
            '<div class="art_txt">\n%s\n<p>%s 기자 %s</p>\n</div>\n' % (body, reporter, email) +
            '<p class="copyright">&lt;저작권자 © %s, 무단 전재 및 재배포 금지&gt;</p>\n' % site +
            '<div class="relate"><h3>관련기사</h3>%s</div>\n<aside><h3>많이 본 기사</h3>%s</aside>\n' % (link_list('ko', seed, 4), rank_list('ko', seed)) +
            '<footer><p>%s | 대표전화 055-000-0000 | 등록일자 2009.03.02</p><p>Copyright © %s. All rights reserved.</p></footer></div>\n</body>\n</html>\n' % (site, site))


def t_daily_upd_first(s, iso, seed, upd):
    """Daily whose date line reads 更新 first, then 公開, with ruby without rp and a next-page link."""
    html_ = t_daily(s, iso, seed, site='長良新報', dom='nagara.example.jp', paged=True, mode='plain', time='06:00')
    y, m, d = iso.split('-')
    uy, um, ud = upd.split('-')
    old = html_[html_.index('<div class="article-meta">'):html_.index('</div>', html_.index('<div class="article-meta">')) + 6]
    new = ('<div class="article-meta"><span class="upd">更新：%s年%d月%d日 9時12分</span> <span class="pub">公開：%s年%d月%d日 6時00分</span></div>'
           % (uy, int(um), int(ud), y, int(m), int(d)))
    html_ = html_.replace(old, new)
    # this site states no machine-readable date
    html_ = re.sub(r'<script type="application/ld\+json">.*?</script>', '', html_)
    return html_


# ---------------------------------------------------------------- the pages
H = lambda s: plain(s['head'])
SPEC = [
    # (template call, story, published, lang)
    (lambda: t_regional_legacy(JA['port'], '2026-12-07', 1), JA['port'], '2026-12-07', 'ja'),
    (lambda: t_jportal(JA['port'], '2026-12-07', 2, '潮見新聞'), JA['port'], '2026-12-07', 'ja'),
    (lambda: t_daily(JA['rail'], '2026-12-07', 3), JA['rail'], '2026-12-07', 'ja'),
    (lambda: t_jportal(JA['rail'], '2026-12-07', 4, '北斗日報', '11:20', '15:02'), JA['rail'], '2026-12-07', 'ja'),
    (lambda: t_broadcast(JA['snow'], '2026-12-07', 5), JA['snow'], '2026-12-07', 'ja'),
    (lambda: t_jportal(JA['snow'], '2026-12-07', 6, '北斗放送', '18:55', '22:10'), JA['snow'], '2026-12-07', 'ja'),
    (lambda: t_wire(JA['wire'], '2026-12-07', 7), JA['wire'], '2026-12-07', 'ja'),
    (lambda: t_daily(JA['wire'], '2026-12-07', 8, paged=False, wire=True, time='09:02'), JA['wire'], '2026-12-07', 'ja'),
    (lambda: t_prportal(JA['app'], '2026-12-07', 9), JA['app'], '2026-12-07', 'ja'),
    (lambda: t_corp(JA['app'], '2026-12-07', 10, '株式会社ミズナラ・システムズ'), JA['app'], '2026-12-07', 'ja'),
    (lambda: t_corp(JA['price'], '2026-11-30', 11, '北斗醸造株式会社'), JA['price'], '2026-11-30', 'ja'),
    (lambda: t_gov(JA['flu'], '2026-12-04', 12, '北斗県', '健康福祉部 感染症対策課'), JA['flu'], '2026-12-04', 'ja'),
    (lambda: t_gov(JA['stats'], '2019-09-30', 13, '国土生活省', '総合政策局 地域交通課'), JA['stats'], '2019-09-30', 'ja'),
    (lambda: t_regional_legacy(JA['craft'], '2018-06-15', 14, 'euc_jp', True), JA['craft'], '2018-06-15', 'ja'),
    (lambda: t_daily(JA['craft'], '2018-06-15', 15, paged=True, mode='plain', time='07:00'), JA['craft'], '2018-06-15', 'ja'),
    (lambda: t_broadcast(JA['boj'], '2026-12-07', 16, '16:10'), JA['boj'], '2026-12-07', 'ja'),
    (lambda: t_jportal(JA['boj'], '2026-12-07', 17, '北斗放送', '16:31', '17:05'), JA['boj'], '2026-12-07', 'ja'),
    (lambda: t_wire(JA['boj'], '2026-12-07', 18, '15:48'), JA['boj'], '2026-12-07', 'ja'),
    (lambda: t_kdaily(KO['bridge'], '2026-12-07', 19, '최민재', 'mjchoi@haerim.example.kr'), KO['bridge'], '2026-12-07', 'ko'),
    (lambda: t_daum(KO['bridge'], '2026-12-07', 20, '해림일보', '최민재', 'mjchoi@haerim.example.kr', '09:41', '11:10'), KO['bridge'], '2026-12-07', 'ko'),
    (lambda: t_agency(KO['chips'], '2026-12-07', 21, 'kimsy@hanbit.example.kr', '11:00'), KO['chips'], '2026-12-07', 'ko'),
    (lambda: t_naver(KO['chips'], '2026-12-07', 22, '한빛통신', 'kimsy@hanbit.example.kr', '11:00', ('2026-12-07', '13:45'),
                     '<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>'), KO['chips'], '2026-12-07', 'ko'),
    (lambda: t_kdaily(KO['chips'], '2026-12-07', 23, '김서연', 'kimsy@hanbit.example.kr', '남포신문', '11:20', ('2026-12-08', '08:00'), caption=False), KO['chips'], '2026-12-07', 'ko'),
    (lambda: t_kbroadcast(KO['snow'], '2026-12-07', 24, '김하늘'), KO['snow'], '2026-12-07', 'ko'),
    (lambda: t_naver(KO['snow'], '2026-12-07', 25, '해림방송', 'sky@hbs.example.kr', '19:25', ('2026-12-07', '21:10')), KO['snow'], '2026-12-07', 'ko'),
    (lambda: t_kcorp(KO['battery'], '2026-12-07', 26, '그린셀에너지'), KO['battery'], '2026-12-07', 'ko'),
    (lambda: t_kdaily(KO['battery'], '2026-12-07', 27, '윤재현', 'jhyoon@haerim.example.kr', '해림일보', '14:05', ('2026-12-07', '16:40')), KO['battery'], '2026-12-07', 'ko'),
    (lambda: t_kdaily(KO['hanji'], '2026-12-05', 28, '이서진', 'sjlee@cheongha.example.kr', '청하일보', '06:00', ('2026-12-06', '10:12')), KO['hanji'], '2026-12-05', 'ko'),
    (lambda: t_daum(KO['hanji'], '2026-12-05', 29, '청하일보', '이서진', 'sjlee@cheongha.example.kr', '06:10', '10:20'), KO['hanji'], '2026-12-05', 'ko'),
    (lambda: t_kgov(KO['housing'], '2026-12-07', 30), KO['housing'], '2026-12-07', 'ko'),
    (lambda: t_naver(KO['baseball'], '2026-11-28', 31, '해림스포츠', 'sports@hrsports.example.kr', '15:20', ('2026-11-29', '09:03')), KO['baseball'], '2026-11-28', 'ko'),
    (lambda: t_daum(KO['baseball'], '2026-11-28', 32, '해림스포츠', '강태윤', 'tykang@hrsports.example.kr', '15:24', '18:00'), KO['baseball'], '2026-11-28', 'ko'),
    (lambda: t_kbroadcast(KO['startup'], '2026-12-07', 33, '정다은', '10:10', '10:40'), KO['startup'], '2026-12-07', 'ko'),
    (lambda: t_agency(KO['startup'], '2026-12-07', 34, 'daeun@hanbit.example.kr', '10:00'), KO['startup'], '2026-12-07', 'ko'),
    (lambda: t_naver(KO['housing'], '2026-12-07', 35, '남포신문', 'policy@nampo.example.kr', '11:00', ('2026-12-07', '11:40')), KO['housing'], '2026-12-07', 'ko'),
    (lambda: t_daily(JA['port'], '2026-12-07', 36, paged=False, mode='rb', time='05:00'), JA['port'], '2026-12-07', 'ja'),
    (lambda: t_gov_legacy(JA['budget'], '2026-08-28', 37, '2026-09-03'), JA['budget'], '2026-08-28', 'ja'),
    (lambda: t_kdaily_upd_first(KO['market'], '2026-12-06', 38, '배수민', 'smbae@haerim.example.kr', '해림매일', '17:40', ('2026-12-07', '08:15')), KO['market'], '2026-12-06', 'ko'),
    (lambda: t_daily_upd_first(JA['museum'], '2026-12-07', 39, '2026-12-07'), JA['museum'], '2026-12-07', 'ja'),
]

for i, (make, story, pub, lang) in enumerate(SPEC, 1):
    r = make()
    htm, enc = r if isinstance(r, tuple) else (r, 'utf-8')
    name = os.path.join(OUT, '%02d' % i)
    size = len(htm.encode(enc, 'replace'))
    if size < 12000:  # the site's theme stylesheet, inlined as such CMSs do
        htm = htm.replace('</head>', style(100 + i, (12500 - size) // 62) + '\n</head>', 1)
    with open(name + '.html', 'wb') as f:
        if enc != 'utf-8':
            htm = htm.replace('©', '(C)')  # not in the legacy character sets
        f.write(htm.encode(enc))
    with open(name + '.txt', 'w', encoding='utf-8') as f:
        f.write(expected(story['paras']))
    with open(name + '.json', 'w', encoding='utf-8') as f:
        json.dump({'published': pub, 'lang': lang, 'title': plain(story['head'])}, f, ensure_ascii=False)
