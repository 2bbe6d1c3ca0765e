#!/usr/bin/env python3
"""Generate bench/stress/sea pages from stories.txt (Southeast Asian news and press pages: Thai, Vietnamese,
Indonesian, Malay, Tagalog, Philippine English, Burmese, Khmer; invented sites, original text).

Usage: python3 bench/stress/sea/gen/gen.py bench/stress/sea
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### tpl|lang|htmllang|YYYY-MM-DDTHH:MM|byline|section|city|digits|charset|meta' opens a story
(htmllang: what <html lang> says, '-' for none; digits: 'n' native digits in the visible date lines, 'w' Western;
charset: what the page declares, '-' for nothing; '@enc: cp874' or 'cp1258' writes the bytes in that encoding,
else UTF-8; meta: 'y' JSON-LD and article:published_time, 'n' the visible date line only), then 'CODE: value'.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote, TR table row (a|b|c).
Furniture codes (not in the expected text): T headline, RA a localized 'read also' line, AD an ad slot,
FIG figure (caption|credit), VID a video box (title)."""
import html, json, os, random, re, sys, unicodedata

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

ZERO = {'th': 0x0E50, 'my': 0x1040, 'km': 0x17E0}
MON = {
    'th': 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(),
    'th_ab': 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(),
    'id': 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(),
    'id_ab': 'Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des'.split(),
    'ms': 'Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember'.split(),
    'ms_ab': 'Jan Feb Mac Apr Mei Jun Jul Ogo Sep Okt Nov Dis'.split(),
    'tl': 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre'.split(),
    'en': 'January February March April May June July August September October November December'.split(),
    'my': 'ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ'.split(),
    'km': 'មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ'.split(),
}
WDAY = {
    'th': 'จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์'.split(),
    'vi': ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    'id': 'Senin Selasa Rabu Kamis Jumat Sabtu Minggu'.split(),
    'ms': 'Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad'.split(),
    'tl': 'Lunes Martes Miyerkules Huwebes Biyernes Sabado Linggo'.split(),
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
    'km': 'ច័ន្ទ អង្គារ ពុធ ព្រហស្បតិ៍ សុក្រ សៅរ៍ អាទិត្យ'.split(),
}
L = {
    'th': dict(ra='อ่านข่าวที่เกี่ยวข้อง', home='หน้าแรก', ad='โฆษณา', tags='แท็ก', rel='ข่าวที่เกี่ยวข้อง', share='แชร์',
               pop='ข่าวยอดนิยม', latest='ข่าวล่าสุด', more='อ่านต่อ', com='แสดงความคิดเห็น', by='โดย', pub='เผยแพร่',
               posted='โพสต์เมื่อ', upd='อัปเดต', follow='ติดตามเราได้ที่', search='ค้นหา', news='ข่าว',
               secs='การเมือง เศรษฐกิจ ต่างประเทศ ภูมิภาค กีฬา บันเทิง ไลฟ์สไตล์ เทคโนโลยี'.split(),
               rights='สงวนลิขสิทธิ์', about='เกี่ยวกับเรา', contact='ติดต่อเรา', privacy='นโยบายความเป็นส่วนตัว',
               line='เพิ่มเพื่อนทาง LINE รับข่าวสารก่อนใคร', prev='ก่อนหน้า', next='ถัดไป', photo='ภาพ', views='อ่าน',
               att='เอกสารแนบ', print='พิมพ์'),
    'vi': dict(ra='Xem thêm', home='Trang chủ', ad='Quảng cáo', tags='Từ khóa', rel='Tin liên quan', share='Chia sẻ',
               pop='Đọc nhiều', latest='Tin mới nhất', more='Xem tiếp', com='Ý kiến bạn đọc', by='Tác giả', pub='Ngày đăng',
               posted='Đăng lúc', upd='Cập nhật', follow='Theo dõi chúng tôi trên', search='Tìm kiếm', news='Tin tức',
               secs=['Thời sự', 'Thế giới', 'Kinh doanh', 'Giải trí', 'Thể thao', 'Pháp luật', 'Giáo dục', 'Sức khỏe'],
               rights='Bản quyền thuộc về', about='Giới thiệu', contact='Liên hệ', privacy='Chính sách bảo mật',
               line='Nhận tin mới qua Zalo', prev='Bài trước', next='Bài sau', photo='Ảnh', views='lượt xem',
               att='Tệp đính kèm', print='In bài viết'),
    'id': dict(ra='Baca juga', home='Beranda', ad='ADVERTISEMENT', tags='Tag', rel='Berita Terkait', share='Bagikan',
               pop='Terpopuler', latest='Berita Terkini', more='Selanjutnya', com='Komentar', by='Penulis', pub='Diterbitkan',
               posted='Waktu posting', upd='Diperbarui', follow='Ikuti kami di', search='Cari', news='Berita',
               secs='Nasional Regional Megapolitan Global Ekonomi Bola Tekno Otomotif'.split(),
               rights='Hak Cipta', about='Tentang Kami', contact='Kontak', privacy='Kebijakan Privasi',
               line='Dapatkan update berita pilihan setiap hari. Gabung di WhatsApp Channel', prev='Sebelumnya',
               next='Selanjutnya', photo='Foto', views='dibaca', att='Lampiran', print='Cetak'),
    'ms': dict(ra='Baca juga', home='Utama', ad='IKLAN', tags='Tag', rel='Berita Berkaitan', share='Kongsi',
               pop='Paling Popular', latest='Berita Terkini', more='Seterusnya', com='Komen', by='Oleh', pub='Diterbitkan',
               posted='Masa siaran', upd='Dikemas kini', follow='Ikuti kami di', search='Cari', news='Berita',
               secs='Semasa Politik Ekonomi Dunia Sukan Hiburan Gaya Hidup Teknologi'.split(),
               rights='Hak Cipta Terpelihara', about='Tentang Kami', contact='Hubungi Kami', privacy='Dasar Privasi',
               line='Sertai saluran Telegram kami untuk berita terkini', prev='Sebelum', next='Seterusnya',
               photo='Gambar', views='bacaan', att='Lampiran', print='Cetak'),
    'tl': dict(ra='BASAHIN', home='Home', ad='ADVERTISEMENT', tags='Mga tag', rel='Kaugnay na Balita', share='I-share',
               pop='Pinakabinasa', latest='Pinakabagong Balita', more='Magbasa pa', com='Mga komento', by='Ni',
               pub='Inilathala', posted='Oras ng pag-post', upd='Na-update', follow='Sundan kami sa', search='Hanapin',
               news='Balita', secs='Balita Pulitika Ekonomiya Showbiz Sports Lifestyle Panahon Opinyon'.split(),
               rights='Lahat ng karapatan ay nakalaan', about='Tungkol sa amin', contact='Makipag-ugnayan',
               privacy='Patakaran sa Privacy', line='I-follow ang aming Viber channel', prev='Nakaraan', next='Susunod',
               photo='Larawan', views='views', att='Mga kalakip', print='I-print'),
    'en': dict(ra='READ', home='Home', ad='ADVERTISEMENT', tags='Tags', rel='Related Stories', share='Share',
               pop='Most Read', latest='Latest News', more='Read more', com='Comments', by='By', pub='Published',
               posted='Posted on', upd='Updated', follow='Follow us on', search='Search', news='News',
               secs='News Nation Metro Regions Business Sports Lifestyle Opinion'.split(),
               rights='All rights reserved', about='About Us', contact='Contact Us', privacy='Privacy Policy',
               line='Subscribe to our daily newsletter', prev='Previous', next='Next', photo='Photo', views='views',
               att='Attachments', print='Print'),
    'my': dict(ra='ဆက်စပ်သတင်း', home='ပင်မစာမျက်နှာ', ad='ကြော်ငြာ', tags='Tags', rel='ဆက်စပ်သတင်းများ', share='မျှဝေရန်',
               pop='လူကြိုက်အများဆုံး', latest='နောက်ဆုံးရသတင်း', more='ဆက်ဖတ်ရန်', com='မှတ်ချက်', by='', pub='',
               posted='', upd='', follow='ကျွန်ုပ်တို့ကို Facebook တွင် follow လုပ်ပါ', search='ရှာရန်', news='သတင်း',
               secs=['ပြည်တွင်း', 'နိုင်ငံတကာ', 'စီးပွားရေး', 'အားကစား', 'ဖျော်ဖြေရေး', 'နည်းပညာ'],
               rights='မူပိုင်ခွင့်', about='ကျွန်ုပ်တို့အကြောင်း', contact='ဆက်သွယ်ရန်', privacy='ကိုယ်ရေးလုံခြုံမှု',
               line='Telegram channel ကို join ပါ', prev='ယခင်', next='နောက်', photo='ဓာတ်ပုံ', views='views',
               att='ပူးတွဲဖိုင်', print='ပုံနှိပ်ရန်'),
    'km': dict(ra='អានបន្ថែម', home='ទំព័រដើម', ad='ពាណិជ្ជកម្ម', tags='ស្លាក', rel='ព័ត៌មានពាក់ព័ន្ធ', share='ចែករំលែក',
               pop='ពេញនិយម', latest='ព័ត៌មានថ្មីៗ', more='អានបន្ត', com='មតិយោបល់', by='ដោយ', pub='',
               posted='', upd='', follow='តាមដានយើងតាម Telegram', search='ស្វែងរក', news='ព័ត៌មាន',
               secs=['ព័ត៌មានជាតិ', 'អន្តរជាតិ', 'សេដ្ឋកិច្ច', 'កីឡា', 'កម្សាន្ត', 'បច្ចេកវិទ្យា'],
               rights='រក្សាសិទ្ធិគ្រប់យ៉ាង', about='អំពីយើង', contact='ទំនាក់ទំនង', privacy='គោលការណ៍ឯកជនភាព',
               line='ចូលរួម Telegram channel របស់យើង', prev='មុន', next='បន្ទាប់', photo='រូបភាព', views='views',
               att='ឯកសារភ្ជាប់', print='បោះពុម្ព'),
}


def dig(s, lang, mode):
    """Western digits of s to the language's native digits when mode is 'n'."""
    if mode != 'n' or lang not in ZERO:
        return s
    z = ZERO[lang]
    return ''.join(chr(z + ord(c) - 48) if '0' <= c <= '9' else c for c in s)


def inline(s):
    """Inline markup of a story line to HTML: [text](url) links and **bold**."""
    s = E(s, quote=False)
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    return re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)


def plain(s):
    return re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1', s).replace('**', '')


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            f = line[4:].split('|')
            cur = dict(tpl=f[0], lang=f[1], hl=f[2], dt=f[3], by=f[4], sec=f[5], city=f[6], digits=f[7],
                       cs=f[8], meta=f[9], items=[], opt={})
            stories.append(cur)
        elif cur and line.startswith('@') and ': ' in line:
            k, v = line[1:].split(': ', 1)
            cur['opt'][k] = v
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


def parts(st):
    y, m, d = (int(x) for x in st['dt'][:10].split('-'))
    hh, mm = st['dt'][11:16].split(':')
    import datetime
    wd = datetime.date(y, m, d).weekday()
    return y, m, d, hh, mm, wd


def date_line(st, style):
    """The visible date line of the story in the template's style."""
    y, m, d, hh, mm, wd = parts(st)
    lang, n = st['lang'], st['digits']
    if lang == 'th':
        be = y + 543
        if style == 'abbr':
            s = '%d %s %d %s:%s น.' % (d, MON['th_ab'][m - 1], be, hh, mm)
        elif style == 'short':
            s = '%d %s %02d' % (d, MON['th_ab'][m - 1], be % 100)
        elif style == 'full':
            s = 'วัน%sที่ %d %s พ.ศ. %d' % (WDAY['th'][wd], d, MON['th'][m - 1], be)
        else:
            s = '%d %s %d' % (d, MON['th'][m - 1], be)
        return dig(s, lang, n)
    if lang == 'vi':
        if style == 'words':
            return '%s, ngày %d tháng %d năm %d - %s:%s' % (WDAY['vi'][wd], d, m, y, hh, mm)
        if style == 'gov':
            return 'ngày %d tháng %d năm %d' % (d, m, y)
        return '%s, %d/%d/%d, %s:%s (GMT+7)' % (WDAY['vi'][wd], d, m, y, hh, mm)
    if lang == 'id':
        if style == 'detik':
            return '%s, %02d %s %d %s:%s WIB' % (WDAY['id'][wd], d, MON['id_ab'][m - 1], y, hh, mm)
        if style == 'kompas':
            return '%02d/%02d/%d, %s:%s WIB' % (d, m, y, hh, mm)
        return '%s, %d %s %d %s:%s WIB' % (WDAY['id'][wd], d, MON['id'][m - 1], y, hh, mm)
    if lang == 'ms':
        h = int(hh)
        if style == 'mkini':
            return 'Diterbitkan %d %s %d, %d:%s %s' % (d, MON['ms_ab'][m - 1], y, h % 12 or 12, mm,
                                                    'malam' if h >= 19 else 'petang' if h >= 12 else 'pagi')
        if style == 'bernama':
            return '%02d/%02d/%d %02d:%s %s' % (d, m, y, h % 12 or 12, mm, 'PM' if h >= 12 else 'AM')
        return '%d %s %d' % (d, MON['ms'][m - 1], y)
    if lang == 'tl':
        h = int(hh)
        return '%s %d, %d %d:%s%s PHT' % (MON['tl'][m - 1], d, y, h % 12 or 12, mm, 'pm' if h >= 12 else 'am')
    if lang == 'en':
        h = int(hh)
        if style == 'rappler':
            return 'Published %d:%s %s, %s %02d, %d' % (h % 12 or 12, mm, 'PM' if h >= 12 else 'AM', MON['en'][m - 1], d, y)
        return '%s %d, %d %d:%s %s' % (MON['en'][m - 1], d, y, h % 12 or 12, mm, 'PM' if h >= 12 else 'AM')
    if lang == 'my':
        return dig('%s %d၊ %d' % (MON['my'][m - 1], d, y), lang, 'n')
    if lang == 'km':
        return dig('ថ្ងៃ%s ទី%d ខែ%s ឆ្នាំ%d' % (WDAY['km'][wd], d, MON['km'][m - 1], y), lang, 'n')
    return st['dt']


def others(st):
    return [x for x in st['opt'].get('others', '').split(';;') if x]


def style_block(n):
    """A site stylesheet inlined in the head, as themes print it (size only; no text)."""
    sel = ['.site-header', '.nav li', '.nav a', '.ticker', '.col-main', '.col-side', '.title-detail', '.byline',
           '.share-bar a', '.tags a', '.related-box li', '.most-read li', '.ad-slot', '.site-footer', '.fcol h4',
           '.fcol li', '.comments', '.breadcrumb', 'figure.img', 'figcaption', '.video-box', '.entry-content p',
           '.widget', '.post-navigation', '.read__content p', '.detail__body-text', '.paging a', '.press-meta',
           '.inquiry input', '.news-detail .time', '.story-content p', '.story_main p', '#article_content p']
    props = ['margin:0 0 %dpx', 'padding:%dpx %dpx', 'font-size:%dpx', 'line-height:1.%d', 'color:#%03x',
             'border-bottom:1px solid #%03x', 'max-width:%dpx', 'letter-spacing:.%dpx']
    rules = []
    for i, s in enumerate(sel):
        ps = []
        for k in range(3 + (i + n) % 4):
            pr = props[(i * 3 + k + n) % len(props)]
            ps.append(pr % tuple(((i + 2) * (k + 3) * 7 + n) % 900 + 1 for _ in range(pr.count('%'))))
        rules.append('%s{%s}' % (s, ';'.join(ps)))
        rules.append('@media (max-width:768px){%s{%s}}' % (s, ps[0]))
    return '<style id="theme-inline-css">%s</style>' % '\n'.join(rules)


def consent_script(st, n):
    """The consent manager and ad configuration script pages of this class carry in the head."""
    cfg = {'site': st['opt']['host'], 'section': st['sec'], 'lang': st['lang'], 'slots': [
        {'id': 'div-gpt-ad-%d-%d' % (n, k), 'sizes': [[300, 250], [336, 280], [728, 90]], 'pos': k} for k in range(6)],
        'consent': {'vendors': list(range(1, 40)), 'purposes': [1, 2, 3, 4, 7, 9, 10]}}
    return ('<script>window.__adcfg=%s;(function(d,s){var e=d.createElement(s);e.async=1;'
            'e.src="https://cmp.example-consent.com/loader.js?site="+encodeURIComponent(window.__adcfg.site);'
            'd.head.appendChild(e);})(document,"script");</script>' % json.dumps(cfg, ensure_ascii=False))


def head(st, n, extra=''):
    o, lang = st['opt'], st['lang']
    cs = st['cs']
    meta_cs = '<meta charset="%s">' % cs if cs != '-' and n % 2 else (
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs if cs != '-' else '')
    hl = ' lang="%s"' % st['hl'] if st['hl'] != '-' else ''
    url = 'https://%s/%s/%d' % (o['host'], 'news', 880000 + n * 311)
    desc = plain(st['items'][0][1])[:150]
    m = ['<!DOCTYPE html>', '<html%s>' % hl, '<head>', meta_cs,
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s | %s</title>' % (E(st['title']), E(o['site'])),
         '<meta name="description" content="%s">' % E(desc),
         '<link rel="canonical" href="%s">' % url]
    if st['meta'] == 'y':
        m += ['<meta property="og:type" content="article">',
              '<meta property="og:title" content="%s">' % E(st['title']),
              '<meta property="og:url" content="%s">' % url,
              '<meta property="og:site_name" content="%s">' % E(o['site']),
              '<meta property="article:published_time" content="%s:00+07:00">' % st['dt'],
              '<script type="application/ld+json">%s</script>' % json.dumps({
                  '@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': st['title'],
                  'datePublished': st['dt'] + ':00+07:00', 'dateModified': st['dt'] + ':00+07:00',
                  'author': {'@type': 'Person', 'name': st['by']}, 'inLanguage': st['hl'] if st['hl'] != '-' else lang,
                  'publisher': {'@type': 'Organization', 'name': o['site'],
                                'logo': {'@type': 'ImageObject', 'url': 'https://%s/logo.png' % o['host']}},
                  'mainEntityOfPage': url}, ensure_ascii=False)]
    m += ['<link rel="stylesheet" href="/assets/css/main.%x.css">' % (n * 7919),
          '<script async src="https://ads.example-adnet.com/tag.js"></script>',
          '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
          'gtag("js",new Date());gtag("config","G-%06d");var _site={id:%d,sec:"%s"};</script>' % (n * 4111, n, E(st['sec'])),
          style_block(n), consent_script(st, n), extra, '</head>']
    return '\n'.join(x for x in m if x)


def nav(st, cls='nav'):
    lz = L[st['lang']]
    items = [lz['home']] + lz['secs']
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join(
        '<li><a href="/%s/">%s</a></li>' % ('c%d' % i, E(w)) for i, w in enumerate(items)))


def rail(st, title, cls, k=0):
    ot = others(st)
    ot = ot[k:] + ot[:k]
    return '<aside class="%s"><h3>%s</h3><ol>%s</ol></aside>' % (cls, E(title), ''.join(
        '<li><a href="/news/%d">%s</a></li>' % (7700 + i * 31 + k, E(t)) for i, t in enumerate(ot)))


def more_grid(st, n):
    """A grid of teaser cards (picture, section, headline, time) under the story."""
    lz, ot = L[st['lang']], others(st)
    cards = []
    for k in range(12):
        t = ot[(k + n) % len(ot)]
        sec = lz['secs'][k % len(lz['secs'])]
        cards.append('<div class="card"><a href="/news/%d"><img src="/thumb/%d-%d.jpg" alt="" loading="lazy" width="320" '
                     'height="180"></a><span class="card-sec">%s</span><h4 class="card-title"><a href="/news/%d">%s</a>'
                     '</h4><span class="card-time">%dh</span></div>' % (60000 + k * 7 + n, n, k, E(sec), 60000 + k * 7 + n,
                                                                        E(t), k + 1))
    return '<section class="more-news"><h3>%s</h3><div class="grid">%s</div></section>' % (E(lz['latest']), ''.join(cards))


def footer(st, n):
    o, lz = st['opt'], L[st['lang']]
    y = parts(st)[0]
    cols = ''.join('<div class="fcol"><h4>%s</h4><ul>%s</ul></div>' % (E(s), ''.join(
        '<li><a href="/%s/%d">%s %d</a></li>' % ('f', i * 10 + j, E(lz['news']), j + 1) for j in range(4)))
        for i, s in enumerate(lz['secs'][:4]))
    return more_grid(st, n) + ('<footer class="site-footer"><div class="fcols">%s</div>'
            '<div class="flinks"><a href="/about">%s</a> · <a href="/contact">%s</a> · <a href="/privacy">%s</a></div>'
            '<p class="follow">%s: <a href="#">Facebook</a> <a href="#">YouTube</a> <a href="#">TikTok</a> <a href="#">X</a></p>'
            '<p class="copy">© %d %s. %s.</p></footer>' % (
                cols, E(lz['about']), E(lz['contact']), E(lz['privacy']), E(lz['follow']), y, E(o['site']),
                E(lz['rights'])))


def body(st, n, style):
    """The story's column in the template's dialect: paragraphs and the furniture between them."""
    lz, o = L[st['lang']], st['opt']
    out, in_list, rows = [], False, []
    def flush():
        nonlocal in_list, rows
        if in_list:
            out.append('</ul>')
            in_list = False
        if rows:
            out.append('<table class="tbl"><tbody>' + ''.join(
                '<tr>' + ''.join('<td>%s</td>' % E(c.strip()) for c in r.split('|')) + '</tr>' for r in rows)
                + '</tbody></table>')
            rows = []
    items = st['items']
    for i, (code, val) in enumerate(items):
        if (code != 'LI' and in_list) or (code != 'TR' and rows):
            flush()
        if code == 'P':
            if style == 'br':
                out.append(inline(val) + '<br><br>')
            else:
                out.append('<p>%s</p>' % inline(val))
        elif code == 'H2':
            out.append('<h2>%s</h2>' % inline(val) if style != 'br' else '<strong>%s</strong><br><br>' % inline(val))
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
            href = '/read/%d' % (5100 + i * 17 + n)
            if style == 'kompas':
                out.append('<p><strong>%s: <a href="%s" class="inner-link-baca-juga">%s</a></strong></p>'
                           % (lz['ra'], href, E(val)))
            elif style == 'br':
                out.append('<table class="linksisip"><tr><td><div class="lihatjg"><strong>%s:</strong> '
                           '<a href="%s">%s</a></div></td></tr></table>' % (E(lz['ra'].upper()), href, E(val)))
            elif style == 'ph':
                out.append('<p><strong>%s:</strong> <a href="%s">%s</a></p>' % (lz['ra'], href, E(val)))
            elif style == 'wire':
                out.append('<p><b>%s juga: </b><a href="%s">%s</a></p>' % ('Baca', href, E(val)))
            else:
                out.append('<div class="related-inline"><span class="label">%s</span><a href="%s">%s</a></div>'
                           % (E(lz['ra']), href, E(val)))
        elif code == 'AD':
            out.append('<div class="ad-slot ad-inarticle"><span class="ad-label">%s</span>'
                       '<div id="div-gpt-ad-%d-%d"></div><script>googletag.cmd.push(function(){googletag.display('
                       '"div-gpt-ad-%d-%d");});</script></div>' % (E(lz['ad']), n, i, n, i))
        elif code == 'FIG':
            cap, cred = val.split('|')
            out.append('<figure class="img"><img src="/img/%d-%d.jpg" alt="%s" loading="lazy">'
                       '<figcaption>%s <span class="credit">%s</span></figcaption></figure>'
                       % (n, i, E(cap), E(cap), E(cred)))
        elif code == 'VID':
            out.append('<div class="video-box"><div class="title">%s</div>'
                       '<iframe src="https://video.%s/embed/%d" allowfullscreen></iframe>'
                       '<div class="player-note">[Gambas:Video 20detik]</div></div>' % (E(val), o['host'], 7300 + n))
    flush()
    return '\n'.join(out)


def tags_box(st):
    lz = L[st['lang']]
    tg = [t for t in st['opt'].get('tags', '').split(';;') if t]
    if not tg:
        return ''
    return '<div class="tags"><span>%s:</span> %s</div>' % (E(lz['tags']), ' '.join(
        '<a href="/tag/%d">%s</a>' % (i, E(t)) for i, t in enumerate(tg)))


def share(st):
    return ('<div class="share-bar"><span>%s</span><a class="fb" href="#">Facebook</a><a class="x" href="#">X</a>'
            '<a class="line" href="#">LINE</a><a class="wa" href="#">WhatsApp</a><a class="copy" href="#">Copy link</a>'
            '</div>' % E(L[st['lang']]['share']))


def comments(st):
    lz = L[st['lang']]
    return ('<section class="comments"><h3>%s</h3><div class="fb-comments" data-href="#" data-numposts="5"></div>'
            '</section>' % E(lz['com']))


def tpl_portal(st, n):
    o, lz, lang = st['opt'], L[st['lang']], st['lang']
    if lang == 'vi':
        dl = date_line(st, 'words' if o.get('dateword') else 'slash')
    elif lang == 'th' and o.get('dateshort'):
        dl = '%s %s น.' % (date_line(st, 'short'), st['dt'][11:16])  # "14 พ.ย. 68 09:30 น."
    elif lang == 'th':
        dl = '%s: %s' % (lz['pub'], date_line(st, 'abbr'))
    else:
        dl = date_line(st, '')
    ot = others(st)
    ticker = '<div class="ticker"><b>%s</b><marquee>%s</marquee></div>' % (E(lz['latest']), ' • '.join(E(t) for t in ot))
    byl = '<div class="byline"><span class="author">%s %s</span> <time>%s</time> <span class="views">%d %s</span></div>' % (
        E(lz['by']), E(st['by']), E(dl), 1000 + n * 37, E(lz['views']))
    if lang == 'vi':
        # VnExpress-like: the date above the headline, author bold and right-aligned at the end
        top = '<div class="header-content"><span class="date">%s</span></div>' % E(dl)
        byl = ''
        tail = '<p class="author_mail" style="text-align:right;"><strong>%s</strong></p>' % E(st['by'])
    else:
        top = ''
        tail = ''
    main = '\n'.join([
        '<div class="breadcrumb"><a href="/">%s</a> › <a href="/s">%s</a></div>' % (E(lz['home']), E(st['sec'])),
        top, '<h1 class="title-detail">%s</h1>' % E(st['title']), byl, share(st),
        '<article class="fck_detail" id="article-body">', body(st, n, 'portal'), tail, '</article>',
        '<div class="line-box">%s</div>' % E(lz['line']), tags_box(st), share(st),
        rail(st, lz['rel'], 'related-box', 2), comments(st)])
    return '\n'.join([head(st, n), '<body class="detail">',
                      '<header class="site-header"><a class="logo" href="/">%s</a>%s'
                      '<form class="search"><input placeholder="%s"></form></header>' % (E(o['site']), nav(st), E(lz['search'])),
                      ticker, '<div class="ad-top">%s</div>' % E(lz['ad']),
                      '<div class="wrap"><main class="col-main">', main, '</main>',
                      '<div class="col-side">', rail(st, lz['pop'], 'most-read', 0), rail(st, lz['latest'], 'latest', 1),
                      '<div class="ad-side">%s</div></div></div>' % E(lz['ad']), footer(st, n), '</body></html>'])


def tpl_wp(st, n):
    o, lz, lang = st['opt'], L[st['lang']], st['lang']
    if lang == 'th':
        dl = '%s %s' % (lz['posted'], date_line(st, 'long'))
    else:
        dl = '%s %s' % (lz['posted'], date_line(st, ''))
    ot = others(st)
    main = '\n'.join([
        '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail">' % (
            9000 + n, 9000 + n),
        '<header class="entry-header"><span class="cat-links"><a href="/category/x" rel="category tag">%s</a></span>'
        '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">%s</span> '
        '<span class="byline">%s <a class="url fn n" href="/author/x">%s</a></span></div></header>' % (
            E(st['sec']), E(st['title']), E(dl), E(lz['by']), E(st['by'])),
        '<div class="post-thumbnail"><img src="/wp-content/uploads/%d.jpg" class="wp-post-image" alt=""></div>' % n,
        '<div class="entry-content">', body(st, n, 'wp'),
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">%s:</h3>%s</div>' % (E(lz['share']), share(st)),
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>%s</em></h3>%s</div>' % (
            E(lz['rel']), ''.join('<div class="jp-relatedposts-post"><a href="/p/%d">%s</a></div>' % (i, E(t))
                                  for i, t in enumerate(ot[:3]))),
        '</div>', '<footer class="entry-footer">%s</footer>' % tags_box(st),
        '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/p/1">%s: %s</a></div>'
        '<div class="nav-next"><a href="/p/2">%s: %s</a></div></nav>' % (E(lz['prev']), E(ot[0]), E(lz['next']), E(ot[1])),
        '</article>',
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3>%s</h3>'
        '<form><textarea name="comment"></textarea><input name="author"><input type="submit" value="OK"></form></div></div>' % E(lz['com'])])
    side = '<aside id="secondary" class="widget-area">%s%s<section class="widget widget_categories"><ul>%s</ul></section></aside>' % (
        rail(st, lz['latest'], 'widget widget_recent_entries', 0), rail(st, lz['pop'], 'widget popular', 2),
        ''.join('<li><a href="/c/%d">%s</a></li>' % (i, E(s)) for i, s in enumerate(lz['secs'])))
    return '\n'.join([head(st, n, '<meta name="generator" content="WordPress 6.4.2">'),
                      '<body class="post-template-default single single-post">',
                      '<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">%s</a></p>%s</header>' % (
                          E(o['site']), nav(st, 'main-navigation')),
                      '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
                      main, '</main></div>', side, '</div>', footer(st, n), '</div></body></html>'])


def tpl_old(st, n):
    o, lz = st['opt'], L[st['lang']]
    dl = date_line(st, 'full' if st['lang'] == 'th' else 'slash')
    ot = others(st)
    left = '<td width="160" valign="top" bgcolor="#EEEEEE">%s</td>' % '<br>'.join(
        '<a href="/cat%d.html"><font size="2">%s</font></a>' % (i, E(s)) for i, s in enumerate(lz['secs']))
    paras = []
    for code, val in st['items']:
        if code == 'P':
            paras.append('&nbsp;&nbsp;&nbsp;&nbsp;' + inline(val) + '<br><br>')
        elif code == 'LI':
            paras.append('- ' + inline(val) + '<br>')
    mid = ('<td valign="top"><table width="100%%" cellpadding="4"><tr><td><font size="4" color="#990000"><b>%s</b></font>'
           '<br><font size="2" color="#666666">%s</font><hr size="1">'
           '<img src="/pic/%d.jpg" width="400"><br><font size="2">%s</font><br><br>'
           '<font size="3">%s</font>'
           '<p align="right"><font size="2">%s</font></p>'
           '<hr size="1"><font size="2"><b>%s</b><br>%s</font></td></tr></table></td>') % (
        E(st['title']), E(dl), n, E(lz['photo']), '\n'.join(paras), E(st['by']), E(lz['rel']),
        '<br>'.join('<a href="/n%d.html">%s</a>' % (i, E(t)) for i, t in enumerate(ot)))
    right = '<td width="180" valign="top">%s<br><br><b>%s</b><br>%s</td>' % (
        '<img src="/banner%d.gif" width="170" height="300" alt="%s">' % (n, E(lz['ad'])), E(lz['pop']),
        '<br>'.join('<a href="/p%d.html">%s</a>' % (i, E(t)) for i, t in enumerate(reversed(ot))))
    filler = '<table width="100%%"><tr>%s</tr></table>' % ''.join(
        '<td><font size="1">%s<br>%s</font></td>' % (E(s), ' | '.join(E(t) for t in ot)) for s in lz['secs'][:4])
    return '\n'.join([head(st, n).replace('<meta name="viewport" content="width=device-width, initial-scale=1">', ''),
                      '<body bgcolor="#FFFFFF" topmargin="0">',
                      '<table width="980" align="center" border="0" cellspacing="0"><tr><td colspan="3" bgcolor="#003366">'
                      '<font color="#FFFFFF" size="5"><b>%s</b></font></td></tr>' % E(o['site']),
                      '<tr><td colspan="3">%s</td></tr>' % ' | '.join('<a href="/c%d.html">%s</a>' % (i, E(s)) for i, s in enumerate(lz['secs'])),
                      '<tr>', left, mid, right, '</tr>', '<tr><td colspan="3">%s</td></tr>' % filler,
                      '<tr><td colspan="3" align="center"><font size="1">© %d %s %s<br>%s: %s</font></td></tr>' % (
                          parts(st)[0], E(o['site']), E(lz['rights']), E(lz['contact']), 'editor@' + o['host']),
                      '</table></body></html>'])


def tpl_gov(st, n):
    o, lz, lang = st['opt'], L[st['lang']], st['lang']
    y, m, d, hh, mm, wd = parts(st)
    if lang == 'th':
        dl = '%s: %s' % (lz['pub'], dig('%d %s %d %s:%s น.' % (d, MON['th_ab'][m - 1], y + 543, hh, mm), 'th', st['digits']))
        contact = 'ข้อมูลข่าวสาร: %s' % st['by']
    elif lang == 'vi':
        dl = 'Ngày đăng: %s' % date_line(st, 'gov')
        contact = 'Nguồn: Văn phòng UBND tỉnh'
    elif lang == 'ms':
        dl = 'Tarikh: %s' % date_line(st, '')
        contact = '%s\n%s' % (st['by'], o['site'])
    else:
        dl = 'Released: %s' % date_line(st, '')
        contact = 'Source: %s' % st['by']
    ot = others(st)
    sidebar = '<div class="gov-side"><h3>%s</h3><ul>%s</ul><h3>%s</h3><ul>%s</ul></div>' % (
        E(lz['latest']), ''.join('<li><a href="/press/%d">%s</a></li>' % (i, E(t)) for i, t in enumerate(ot)),
        E(lz['secs'][0]), ''.join('<li><a href="/svc/%d">%s</a></li>' % (i, E(s)) for i, s in enumerate(lz['secs'])))
    att = '<div class="attachments"><h4>%s</h4><ul><li><a href="/files/%d.pdf">%s.pdf</a> (312 KB)</li></ul></div>' % (
        E(lz['att']), n, E(st['title'][:40]))
    main = '\n'.join([
        '<ol class="breadcrumb"><li><a href="/">%s</a></li><li>%s</li></ol>' % (E(lz['home']), E(st['sec'])),
        '<div class="press-head"><h2 class="page-title">%s</h2>' % E(st['title']),
        '<div class="press-meta"><span class="date">%s</span> <span class="views">%d %s</span> '
        '<a href="javascript:print()">%s</a></div></div>' % (E(dl), 300 + n, E(lz['views']), E(lz['print'])),
        '<div class="press-content">', body(st, n, 'gov'), '</div>',
        '<div class="press-source">%s</div>' % E(contact).replace('\n', '<br>'), att, share(st),
        '<div class="rating"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>'
        if lang == 'en' else ''])
    return '\n'.join([head(st, n), '<body>',
                      '<div class="gov-topbar"><img src="/emblem.png" alt=""> %s</div>' % E(o['site']),
                      '<header>%s</header>' % nav(st, 'gov-menu'),
                      '<div class="container"><div class="row"><div class="col-9">', main, '</div><div class="col-3">',
                      sidebar, '</div></div></div>',
                      '<footer class="gov-footer"><p>%s</p><p>Tel. 0 2618 2323 · Fax 0 2618 2358</p><p>© %d %s</p></footer>' % (
                          E(o['site']), y, E(lz['rights'])), '</body></html>'])


B2B_MENU = {
    'th': ['หน้าแรก', 'ผลิตภัณฑ์', 'เกี่ยวกับเรา', 'ข่าว', 'ติดต่อเรา'],
    'vi': ['Trang chủ', 'Sản phẩm', 'Về chúng tôi', 'Tin tức', 'Liên hệ'],
    'id': ['Rumah', 'Produk', 'Tentang kami', 'Berita', 'Hubungi kami'],
    'ms': ['Rumah', 'Produk', 'Tentang kita', 'Berita', 'Hubungi kami'],
    'tl': ['Bahay', 'Mga produkto', 'Tungkol sa amin', 'Balita', 'Makipag-ugnayan'],
}
B2B_PROD = {
    'th': ['โปรไฟล์อลูมิเนียม', 'แผ่นอลูมิเนียม', 'ท่ออลูมิเนียม', 'ฟอยล์อลูมิเนียม'],
    'vi': ['Van bướm', 'Van cổng', 'Van một chiều', 'Khớp nối mềm'],
    'id': ['Profil aluminium', 'Lembaran aluminium', 'Pipa aluminium', 'Foil aluminium'],
    'ms': ['Injap rama-rama', 'Injap pintu', 'Injap sehala', 'Penyambung fleksibel'],
    'tl': ['Butterfly valve', 'Gate valve', 'Check valve', 'Flexible joint'],
}
B2B_FORM = {
    'th': ('ส่งข้อความถึงเรา', 'ชื่อ', 'อีเมล', 'ข้อความ', 'ส่ง'),
    'vi': ('Gửi tin nhắn của bạn cho chúng tôi', 'Tên', 'E-mail', 'Tin nhắn', 'Gửi'),
    'id': ('Kirim pesan Anda kepada kami', 'Nama', 'Surel', 'Pesan', 'Kirim'),
    'ms': ('Hantar mesej anda kepada kami', 'Nama', 'E-mel', 'Mesej', 'Hantar'),
    'tl': ('Ipadala ang iyong mensahe sa amin', 'Pangalan', 'Email', 'Mensahe', 'Ipadala'),
}


def tpl_b2b(st, n):
    o, lz, lang = st['opt'], L[st['lang']], st['lang']
    menu, prod, form = B2B_MENU[lang], B2B_PROD[lang], B2B_FORM[lang]
    ot = others(st)
    nav_html = '<ul class="nav">%s</ul>' % ''.join(
        '<li><a href="/%d.html">%s</a>%s</li>' % (i, E(w), '<ul class="sub">%s</ul>' % ''.join(
            '<li><a href="/p%d.html">%s</a></li>' % (j, E(p)) for j, p in enumerate(prod)) if i == 1 else '')
        for i, w in enumerate(menu))
    paras = '\n'.join('<p>%s</p>' % inline(v) for c, v in st['items'] if c == 'P')
    main = ('<div class="news-detail"><h1>%s</h1><div class="page-content">%s</div>'
            '<div class="time">%s</div>'
            '<div class="pages"><a href="/n1.html">%s</a> <a href="/n2.html">%s</a></div></div>') % (
        E(st['title']), paras, E(o['post']), E(menu[3] + ' ' + ot[0]), E(ot[1]))
    side = '<div class="side"><h3>%s</h3><ul>%s</ul><h3>%s</h3><ul>%s</ul></div>' % (
        E(menu[1]), ''.join('<li><a href="/p%d.html">%s</a></li>' % (j, E(p)) for j, p in enumerate(prod)),
        E(menu[3]), ''.join('<li><a href="/n%d.html">%s</a></li>' % (j, E(t)) for j, t in enumerate(ot)))
    inq = ('<div class="inquiry"><h2>%s</h2><form><input placeholder="%s"><input placeholder="%s">'
           '<textarea placeholder="%s"></textarea><button>%s</button></form></div>') % tuple(E(x) for x in form)
    return '\n'.join([head(st, n), '<body>',
                      '<div class="top">%s · sales@%s · +86 839 328 1177</div>' % (E(o['site']), o['host']),
                      '<header><a class="logo" href="/">%s</a>%s<div class="lang">English · 中文 · ไทย · Tiếng Việt · '
                      'Bahasa Indonesia · Melayu · Filipino</div></header>' % (E(o['site']), nav_html),
                      '<div class="banner"><img src="/banner.jpg"></div>',
                      '<div class="path"><a href="/">%s</a> &gt; <a href="/news/">%s</a> &gt; %s</div>' % (
                          E(menu[0]), E(menu[3]), E(st['sec'])),
                      '<div class="wrap">', side, main, '</div>', inq, more_grid(st, n),
                      '<footer><div>%s</div><div>%s</div><div>%s</div><p>© 2025 %s</p></footer>' % (
                          ' '.join(E(p) for p in prod), E(menu[4]), 'sales@' + o['host'], E(o['site'])),
                      '</body></html>'])


def tpl_kompas(st, n):
    o, lz = st['opt'], L[st['lang']]
    dl = date_line(st, 'kompas')
    ot = others(st)
    pages = int(o.get('pages', '1'))
    main = '\n'.join([
        '<div class="breadcrumb"><a href="/">%s</a> / <a href="/r">%s</a></div>' % (E(lz['home']), E(st['sec'])),
        '<h1 class="read__title">%s</h1>' % E(st['title']),
        '<div class="read__time">Kompas.example - %s</div>' % E(dl),
        '<div class="credit-title-name"><h6>%s: <a href="/penulis/x">%s</a></h6><h6>Editor: <a href="/editor/x">%s</a></h6></div>' % (
            E(lz['by']), E(st['by']), E(o['editor'])),
        '<div class="photo"><img src="/data/photo/%d.jpg"><div class="photo__caption">Ilustrasi. %s/%s</div></div>' % (
            n, E(lz['photo'].upper()), E(st['by'].upper())),
        share(st),
        '<div class="read__content"><div class="clearfix">', body(st, n, 'kompas'),
        '<div class="paging"><a class="paging__link--active" href="?page=1">1</a>%s'
        '<a href="?page=all">Halaman all</a></div>' % ''.join(
            '<a href="?page=%d">%d</a>' % (k, k) for k in range(2, pages + 1)) if pages > 1 else '',
        '</div></div>',
        '<div class="read__bottom"><div class="tag"><h3>Baca berikutnya</h3>%s</div></div>' % tags_box(st),
        '<div class="gnews">%s <a href="#">Google News</a></div>' % E(lz['line']),
        rail(st, lz['rel'], 'related', 1), comments(st)])
    return '\n'.join([head(st, n), '<body>',
                      '<header class="header"><a class="logo" href="/">%s</a>%s</header>' % (E(o['site']), nav(st)),
                      '<div class="ad-billboard">%s</div>' % E(lz['ad']),
                      '<div class="container"><div class="col-bs10-7">', main, '</div><div class="col-bs10-3">',
                      rail(st, lz['pop'], 'most', 0), rail(st, lz['latest'], 'terkini', 2), '</div></div>',
                      footer(st, n), '</body></html>'])


def tpl_detik(st, n):
    o, lz = st['opt'], L[st['lang']]
    dl = date_line(st, 'detik')
    ot = others(st)
    main = '\n'.join([
        '<article class="detail"><div class="detail__header">',
        '<h1 class="detail__title">%s</h1>' % E(st['title']),
        '<div class="detail__author">%s - %s</div><div class="detail__date">%s</div>' % (
            E(st['by']), E(o['site']), E(dl)),
        '</div><div class="detail__media"><figure class="detail__media-image"><img src="/images/%d.jpeg">'
        '<figcaption class="detail__media-caption">Foto: %s</figcaption></figure></div>' % (n, E(st['by'])),
        '<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">',
        body(st, n, 'br'),
        '<div class="detail__body-tag"><div class="nav">%s</div></div>' % ' '.join(
            '<a class="nav__item" href="/tag/%d">%s</a>' % (i, E(t)) for i, t in enumerate(ot[:3])),
        '<strong>(%s)</strong>' % E(o['initials']), '</div></div>',
        '<div class="detail__body-share">%s</div>' % share(st), '</article>',
        rail(st, lz['rel'], 'list-content', 1), comments(st)])
    # the br-parted body, with the first paragraph opened by the site's dateline in bold
    main = main.replace('Jakarta - ', '<strong>Jakarta</strong> - ', 1)
    return '\n'.join([head(st, n), '<body>',
                      '<header class="header"><a class="logo" href="/">%s</a>%s</header>' % (E(o['site']), nav(st)),
                      '<div class="column-8">', main, '</div><div class="column-4">',
                      rail(st, lz['pop'], 'box cb-mostpop', 0), '</div>', footer(st, n), '</body></html>'])


def tpl_wire(st, n):
    o, lz, lang = st['opt'], L[st['lang']], st['lang']
    ot = others(st)
    if lang == 'id':
        dl = date_line(st, '')
        tail = ('<p class="text-muted small mt-2">%s<br>Editor: %s<br>Copyright © %s %d</p>' % (
            E(st['by']), E(o['editor']), o['agency'], parts(st)[0]))
        tail += '<p class="disclaimer">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita Nusantara.</p>'
        byl = ''
    else:
        dl = date_line(st, 'bernama')
        tail = '<p>-- BERNAMA</p>'
        byl = '<div class="byline">%s</div>' % E(st['by'])
    main = '\n'.join([
        '<div class="breadcrumb"><a href="/">%s</a> » <a href="/x">%s</a></div>' % (E(lz['home']), E(st['sec'])),
        '<h1 class="post-title">%s</h1>' % E(st['title']), byl,
        '<div class="post-meta"><span><i class="fa fa-clock"></i> %s</span></div>' % E(dl),
        '<figure class="wp-caption"><img src="/img/%d.jpg"><figcaption>Arsip - %s %s/%s</figcaption></figure>' % (
            n, E(lz['photo']), o['agency'], E(st['by'].split(': ')[-1])),
        '<div class="post-content wrap__article-detail-content">', body(st, n, 'wire'), tail, '</div>',
        tags_box(st), share(st), rail(st, lz['rel'], 'related', 1)])
    return '\n'.join([head(st, n), '<body>',
                      '<header><a class="logo" href="/">%s</a>%s</header>' % (E(o['site']), nav(st)),
                      '<div class="container"><div class="col-md-8">', main, '</div><div class="col-md-4">',
                      rail(st, lz['pop'], 'terpopuler', 0), rail(st, lz['latest'], 'terkini', 2), '</div></div>',
                      footer(st, n), '</body></html>'])


def tpl_mkini(st, n):
    o, lz = st['opt'], L[st['lang']]
    dl = date_line(st, 'mkini')
    main = '\n'.join([
        '<div class="story-header"><span class="kicker">%s</span><h1>%s</h1>' % (E(st['sec'].upper()), E(st['title'])),
        '<div class="meta"><span class="author">%s</span><span class="dot">·</span><span class="time">%s</span>'
        '<span class="dot">·</span><span class="read">3 minit bacaan</span></div></div>' % (E(st['by']), E(dl)),
        '<div class="story-content">', body(st, n, 'mkini'), '</div>',
        '<div class="paywall-note">Sokong kewartawanan bebas. <a href="/langgan">Langgan sekarang</a></div>',
        tags_box(st), share(st), rail(st, lz['rel'], 'related', 1), comments(st)])
    return '\n'.join([head(st, n), '<body>',
                      '<div id="__next"><header class="jsx-1 header"><a class="logo" href="/">%s</a>%s</header>' % (
                          E(o['site']), nav(st)),
                      '<main class="jsx-2 layout">', main, '</main>',
                      '<aside class="jsx-3">', rail(st, lz['pop'], 'popular', 0), '</aside>',
                      footer(st, n), '</div></body></html>'])


def tpl_gma(st, n):
    o, lz = st['opt'], L[st['lang']]
    dl = '%s %s' % (lz['pub'], date_line(st, ''))
    main = '\n'.join([
        '<div class="article-header"><div class="section-tag">%s</div><h1 class="story_main_title">%s</h1>' % (
            E(st['sec']), E(st['title'])),
        '<div class="byline"><a class="author" href="/author/x">%s</a>, <span>%s</span></div>' % (
            E(st['by']), E(o['site'])),
        '<div class="date">%s</div></div>' % E(dl),
        '<div class="main-image"><img src="/img/%d.jpg"><p class="caption">%s: %s</p></div>' % (
            n, E(lz['photo']), E(o['site'])),
        '<div class="story_main" id="story_main">', body(st, n, 'gma'),
        '<p class="editor-note">—Ulat ni %s/KG, %s</p>' % (E(st['by']), E(o['site'])), '</div>',
        '<div class="viber">%s</div>' % E(lz['line']), tags_box(st), share(st),
        rail(st, lz['rel'], 'related', 1), comments(st)])
    return '\n'.join([head(st, n), '<body>',
                      '<header><a class="logo" href="/">%s</a>%s</header>' % (E(o['site']), nav(st)),
                      '<div class="content-wrap"><div class="left">', main, '</div><div class="right">',
                      rail(st, lz['pop'], 'trending', 0), rail(st, lz['latest'], 'just-in', 2), '</div></div>',
                      footer(st, n), '</body></html>'])


def tpl_ph(st, n):
    o, lz = st['opt'], L[st['lang']]
    rappler = o.get('style') == 'rappler'
    dl = date_line(st, 'rappler' if rappler else '')
    main = '\n'.join([
        '<div id="art-head"><div class="art-sect">%s</div><h1 class="entry-title">%s</h1>' % (E(st['sec']), E(st['title'])),
        '<div id="art_author"><a href="/byline/x">%s</a> - %s</div>' % (E(st['by']), 'Reporter / @' + st['by'].split()[0].lower())
        if not rappler else '<div class="post-single__authors">%s</div>' % E(st['by']),
        '<div id="art_plat">%s</div></div>' % E(dl),
        '<div class="post-single__summary"><p>%s</p></div>' % ('A city official says ...' if not rappler else
                                                               'Resorts in Moalboal and Oslob report occupancy near 85%'),
        '<figure><img src="/img/%d.jpg"><figcaption>%s — %s</figcaption></figure>' % (
            n, 'FILE PHOTO', E(st['by'].upper())),
        '<div id="article_content" class="post-single__content entry-content">', body(st, n, 'ph'),
        '<div class="newsletter-box"><h4>%s</h4><form><input type="email"><button>Sign up</button></form></div>' % E(lz['line']),
        '</div>', tags_box(st), share(st), rail(st, lz['rel'], 'related', 1), comments(st)])
    if not rappler:
        main = main.replace('<div class="post-single__summary"><p>A city official says ...</p></div>', '')
    return '\n'.join([head(st, n), '<body>',
                      '<header><a class="logo" href="/">%s</a>%s</header>' % (E(o['site']), nav(st)),
                      '<div id="content"><div id="left">', main, '</div><div id="right">',
                      rail(st, lz['pop'], 'mostread', 0), rail(st, lz['latest'], 'latest', 2), '</div></div>',
                      footer(st, n), '</body></html>'])


TPL = dict(portal=tpl_portal, wp=tpl_wp, old=tpl_old, gov=tpl_gov, b2b=tpl_b2b, kompas=tpl_kompas,
           detik=tpl_detik, wire=tpl_wire, mkini=tpl_mkini, gma=tpl_gma, ph=tpl_ph)


def enc_cp1258(s):
    """s in windows-1258 bytes: precomposed where the code page has the letter, else base letter (with its
    circumflex, breve or horn when the code page has that) and a combining tone mark, as Vietnamese text in
    that code page is written."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize('NFD', ch)
        base, marks = dec[0], dec[1:]
        for k, mk in enumerate(marks):
            comp = unicodedata.normalize('NFC', base + mk)
            if len(comp) == 1:
                try:
                    comp.encode('cp1258')
                    base, marks = comp, marks[:k] + marks[k + 1:]
                    break
                except UnicodeEncodeError:
                    pass
        out += (base + marks).encode('cp1258', errors='xmlcharrefreplace')
    return bytes(out)


def main():
    stories = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'))
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(stories, 1):
        page = TPL[st['tpl']](st, n)
        name = os.path.join(OUT, '%02d' % n)
        enc = st['opt'].get('enc')
        data = enc_cp1258(page) if enc == 'cp1258' else page.encode(enc or 'utf-8', errors='xmlcharrefreplace')
        open(name + '.html', 'wb').write(data)
        open(name + '.txt', 'w', encoding='utf-8').write(expected(st))
        meta = {'published': st['dt'][:10], 'lang': st['lang'] if st['lang'] != 'en' else 'en', 'title': st['title']}
        open(name + '.json', 'w', encoding='utf-8').write(json.dumps(meta, ensure_ascii=False) + '\n')


main()
