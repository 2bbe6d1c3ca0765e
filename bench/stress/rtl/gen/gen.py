#!/usr/bin/env python3
"""Generate bench/stress/rtl pages from stories.txt (right-to-left press pages: Arabic, Persian, Hebrew, Urdu;
invented sites, original text).

Usage: python3 bench/stress/rtl/gen/gen.py bench/stress/rtl   (writes NN.html/.txt/.json)

stories.txt: '### tpl|lang|YYYY-MM-DDTHH:MM[:SS]|byline|section|city' opens a story, then 'CODE: value' lines.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote.
Furniture codes (not in the expected text): RA a localized 'read also' line with one headline, RAL a 'read also'
block (label;;headline;;headline), AD an ad slot with its label, FIG a figure (caption|credit), AGENCY the
agency's signature standing alone under the story ('(و.م.ع)', '/پارس‌نیوز/'); set inside the story's
column as plain paragraphs (41-44): BYP the byline in bold, CREDP a picture credit in italics, RA2 a 'read also'
label and its linked headline as two paragraphs (label|headline), FOLLOW a follow call as a link, ENDMARK the
agency's end mark ('انتهای پیام/').
Dates: the page shows the Gregorian date, or next to it or alone the Hijri, Solar Hijri (Jalali; Afghan month
names on the Afghan template) or Hebrew date, in Western, Arabic-Indic or Persian digits; the .json holds the
Gregorian date a reader would state. Encodings: *1256 templates are written in windows-1256, old1255 in
windows-1255 (even pages) or ISO-8859-8 (odd), none with a charset declaration."""
import datetime, html, json, os, random, re, sys

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape
RLM, LRM, ALM = '\u200f', '\u200e', '\u061c'

AR_DIG = '٠١٢٣٤٥٦٧٨٩'
FA_DIG = '۰۱۲۳۴۵۶۷۸۹'

def digits(s, table):
    return ''.join(table[int(c)] if c.isdigit() and c < ':' else c for c in str(s))

AR_MONTHS = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split()
MAGHREB_MONTHS = 'يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر'.split()
LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول']
AR_DAYS = 'الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'.split()
HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة']
FA_MONTHS = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split()
AF_MONTHS = 'حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت'.split()
FA_DAYS = ['دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه', 'یکشنبه']
UR_MONTHS = 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر'.split()
UR_DAYS = 'پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار'.split()
HE_DAYS = ['יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת', 'יום ראשון']

def g2j(gy, gm, gd):
    """Gregorian -> Jalali (the 33-year arithmetic used by Iranian software)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30

def g2h(y, m, d):
    """Gregorian -> tabular Hijri (display only)."""
    jd = datetime.date(y, m, d).toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    hm = (24 * l) // 709
    hd = l - (709 * hm) // 24
    hy = 30 * n + j - 30
    return hy, hm, hd

HE_NUM = {1: 'א', 2: 'ב', 3: 'ג', 4: 'ד', 5: 'ה', 6: 'ו', 7: 'ז', 8: 'ח', 9: 'ט', 10: 'י', 20: 'כ', 30: 'ל'}

def he_day(n):
    if n == 15: return 'ט"ו'
    if n == 16: return 'ט"ז'
    t, u = n // 10 * 10, n % 10
    s = (HE_NUM[t] if t else '') + (HE_NUM[u] if u else '')
    return s + "'" if len(s) == 1 else s[:-1] + '"' + s[-1]

def hebrew_date(y, m, d):
    """Approximate Hebrew date for late 5787 (display only): Tishrei 1 = 2026-09-12."""
    n = (datetime.date(y, m, d) - datetime.date(2026, 9, 12)).days
    for name, length in (('תשרי', 30), ('חשוון', 29), ('כסלו', 30), ('טבת', 29)):
        if n < length:
            return '%s ב%s התשפ"ז' % (he_day(n + 1), name)
        n -= length
    return ''

def parse():
    stories, cur = [], None
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stories.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            tpl, lang, when, byline, section, city = line[4:].split('|')
            cur = dict(tpl=tpl, lang=lang, when=when, byline=byline, section=section, city=city, title='', items=[])
            stories.append(cur)
        elif not line.strip() or cur is None or line.startswith('#'):
            continue
        else:
            k, v = line.split(': ', 1) if ': ' in line else (line.rstrip(':'), '')
            if k == 'T': cur['title'] = v
            else: cur['items'].append((k, v))
    return stories

def parts(s):
    d, t = s['when'].split('T')
    y, m, dd = (int(x) for x in d.split('-'))
    tt = [int(x) for x in t.split(':')]
    return y, m, dd, tt[0], tt[1]

def weekday(s):
    y, m, d, _, _ = parts(s)
    return datetime.date(y, m, d).weekday()

def iso(s, tz='+03:00'):
    y, m, d, hh, mm = parts(s)
    return '%04d-%02d-%02dT%02d:%02d:00%s' % (y, m, d, hh, mm, tz)

BODY = ('P', 'H2', 'LI', 'Q')

def expected(s):
    return '\n\n'.join(v for k, v in s['items'] if k in BODY) + '\n'

# ---------------------------------------------------------------- language furniture
L = {
    'ar': dict(ra='اقرأ أيضا', ad='إعلان', share='شارك', com='التعليقات', tags='الكلمات المفتاحية', most='الأكثر قراءة',
               rel='أخبار ذات صلة', print='طباعة', font='حجم الخط', follow='تابعونا على',
               nl='اشترك في النشرة الإخبارية ليصلك أهم الأخبار يومياً', nlbtn='اشترك', rights='جميع الحقوق محفوظة',
               addc='أضف تعليقك', name='الاسم', send='إرسال', home='الرئيسية'),
    'fa': dict(ra='بیشتر بخوانید', ad='تبلیغات', share='اشتراک‌گذاری', com='نظرات', tags='برچسب‌ها', most='پربازدیدترین‌ها',
               rel='اخبار مرتبط', print='چاپ', font='اندازه متن', follow='ما را دنبال کنید',
               nl='برای دریافت مهم‌ترین اخبار روز در خبرنامه عضو شوید', nlbtn='عضویت', rights='کلیه حقوق این سایت محفوظ است',
               addc='نظر شما', name='نام', send='ارسال', home='صفحه نخست'),
    'he': dict(ra='קראו גם', ad='פרסומת', share='שתפו', com='תגובות', tags='תגיות', most='הנקראים ביותר',
               rel='כתבות נוספות', print='הדפסה', font='גודל גופן', follow='עקבו אחרינו',
               nl='הירשמו לניוזלטר וקבלו את עיקרי החדשות בכל בוקר', nlbtn='להרשמה', rights='כל הזכויות שמורות',
               addc='הוספת תגובה', name='שם', send='שליחה', home='דף הבית'),
    'ur': dict(ra='یہ بھی پڑھیں', ad='اشتہار', share='شیئر کریں', com='تبصرے', tags='ٹیگز', most='سب سے زیادہ پڑھی گئی',
               rel='متعلقہ خبریں', print='پرنٹ', font='فونٹ سائز', follow='ہمیں فالو کریں',
               nl='روزانہ اہم خبریں حاصل کرنے کے لیے نیوز لیٹر سبسکرائب کریں', nlbtn='سبسکرائب', rights='جملہ حقوق محفوظ ہیں',
               addc='اپنی رائے دیں', name='نام', send='بھیجیں', home='صفحہ اول'),
}

NAV = {
    'ar': ['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'صحة', 'تكنولوجيا', 'مقالات', 'فيديو'],
    'fa': ['صفحه نخست', 'سیاسی', 'اقتصادی', 'اجتماعی', 'فرهنگی', 'ورزشی', 'بین‌الملل', 'استان‌ها', 'عکس', 'فیلم'],
    'he': ['חדשות', 'כלכלה', 'ספורט', 'תרבות', 'בריאות', 'דיגיטל', 'רכב', 'תיירות', 'אוכל', 'דעות'],
    'ur': ['صفحہ اول', 'پاکستان', 'دنیا', 'کاروبار', 'کھیل', 'شوبز', 'صحت', 'سائنس', 'کالم', 'ویڈیوز'],
}

HEADS = {
    'ar': ['ارتفاع درجات الحرارة إلى 34 درجة في المناطق الساحلية', 'البنك المركزي يبقي على أسعار الفائدة دون تغيير',
           'افتتاح أكبر حديقة عامة في المدينة بمساحة 60 هكتاراً', 'إطلاق منصة رقمية موحدة لتراخيص البناء',
           'فريق جامعي يفوز بجائزة الابتكار في الطاقة المتجددة', 'تمديد ساعات عمل المكتبات العامة خلال الشتاء',
           'تراجع أسعار الأسمنت للشهر الثالث على التوالي', 'وصول أول رحلة مباشرة إلى المدينة من شرق آسيا',
           'مبادرة لزراعة مليون شجرة على الطرق السريعة', 'نتائج قرعة كأس الخليج تضع المنتخب في مجموعة متوازنة'],
    'fa': ['قیمت طلا در بازار امروز کاهش یافت', 'آغاز ثبت‌نام وام ازدواج از هفته آینده', 'افتتاح بزرگ‌ترین پارک جنگلی شمال تهران',
           'ساعت کاری ادارات در زمستان تغییر می‌کند', 'تیم ملی والیبال به مرحله نهایی رسید', 'کشف یک محوطه باستانی در حاشیه کویر',
           'کاهش قیمت بلیت پروازهای داخلی', 'پیش‌بینی سرمای شدید در استان‌های شمال غرب', 'برگزاری جشنواره فیلم کوتاه در شیراز',
           'افزایش ظرفیت پذیرش دانشگاه‌ها در رشته‌های پزشکی'],
    'he': ['מזג האוויר: גשם מקומי וירידה בטמפרטורות', 'בנק ישראל הותיר את הריבית ללא שינוי', 'נפתח הפארק הגדול בצפון העיר',
           'מחירי הדלק יעלו בתחילת החודש', 'הנבחרת העפילה לשלב הבא של המוקדמות', 'ממצא ארכיאולוגי נדיר נחשף בשפלה',
           'שביתת אזהרה בנמלים נדחתה בשבוע', 'תוכנית חדשה להגדלת מספר הרופאים בפריפריה', 'פסטיבל הסרטים בחיפה חוגג 40 שנה',
           'עלייה במספר התיירים בחודשי הסתיו'],
    'ur': ['سونے کی قیمت میں مسلسل دوسرے روز کمی', 'اسٹیٹ بینک نے شرح سود برقرار رکھی', 'موٹر وے پر دھند کے باعث ٹریفک معطل',
           'قومی ٹیم کا اعلان، دو نئے کھلاڑی شامل', 'پنجاب میں نئے اسپتالوں کی تعمیر کا آغاز', 'پٹرول کی قیمت میں معمولی اضافہ',
           'سیاحوں کے لیے شمالی علاقوں میں نئی سہولیات', 'میٹرک کے امتحانات کی تاریخوں کا اعلان', 'گندم کی بوائی کا ہدف مقرر',
           'کراچی میں سردی کی پہلی لہر'],
}

COMMENTS = {
    'ar': [('أبو خالد', 'خبر جميل ونتمنى أن يستمر العمل بنفس الوتيرة في بقية المناطق.'),
           ('سارة', 'متى سيتم الإعلان عن التفاصيل الكاملة؟ نحتاج معلومات أوضح.'),
           ('محمد العتيبي', 'شكراً على التغطية، ولكن العنوان لا يعكس كل ما جاء في الخبر.')],
    'fa': [('رضا', 'امیدوارم این بار وعده‌ها عملی شود.'), ('مهسا از شیراز', 'خبر خوبی بود، ممنون از گزارش دقیق شما.'),
           ('ناشناس', 'چرا درباره هزینه‌ها چیزی گفته نشده است؟')],
    'he': [('דני', 'סוף סוף חדשות טובות, מקווה שהפעם זה יקרה בזמן.'), ('רותי מחולון', 'מי ישלם על כל העיכובים האלה?'),
           ('אבי', 'כתבה מעניינת, תודה.')],
    'ur': [('احمد علی', 'بہت اچھی خبر ہے، امید ہے اس پر جلد عمل ہوگا۔'), ('فاطمہ', 'حکومت کو اس مسئلے پر سنجیدگی دکھانی چاہیے۔'),
           ('عمران خان یوسفزئی', 'شکریہ، مکمل تفصیلات فراہم کرنے پر۔')],
}

def slug(s, n):
    return '%d' % (100000 + n * 7919 % 90000)

def nav(lang, cls='main-nav'):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, ''.join('<li><a href="/section/%d">%s</a></li>' % (i, E(x)) for i, x in enumerate(NAV[lang])))

def teasers(lang, k, cls='most-read', n0=0):
    heads = random.sample(HEADS[lang], k)
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="/news/%d"><img src="/img/t%d.jpg" alt="">%s</a></li>' % (
        50000 + random.randint(1, 9999), random.randint(1, 99), E(h)) for h in heads))

def share(lang, cls='share-bar'):
    return '<div class="%s"><span>%s:</span> <a href="#fb">فيسبوك</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#tg">Telegram</a> <a href="#print">%s</a></div>' % (
        cls, L[lang]['share'], L[lang]['print']) if lang == 'ar' else \
        '<div class="%s"><span>%s</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#tg">Telegram</a> <a href="#print">%s</a></div>' % (
        cls, L[lang]['share'], L[lang]['print'])

def comments(lang, form=True):
    t = L[lang]
    li = ''.join('<li class="comment"><div class="c-author">%s</div><div class="c-date">%s</div><p>%s</p></li>' % (
        E(a), random.choice(['منذ ساعتين', '۲ ساعت پیش', 'לפני שעה', '3 گھنٹے پہلے']), E(c)) for a, c in COMMENTS[lang])
    f = ('<form class="comment-form"><h4>%s</h4><input placeholder="%s"><textarea></textarea><button>%s</button></form>' % (t['addc'], t['name'], t['send'])) if form else ''
    return '<section class="comments"><h3>%s (%d)</h3><ol>%s</ol>%s</section>' % (t['com'], len(COMMENTS[lang]), li, f)

def newsletter(lang):
    t = L[lang]
    return '<div class="newsletter"><p>%s</p><input type="email" placeholder="email"><button>%s</button></div>' % (t['nl'], t['nlbtn'])

def mega(lang):
    """The site map block such portals print above the footer: every section with its sub-sections (links only)."""
    cols = []
    for i, sec in enumerate(NAV[lang]):
        subs = random.sample(HEADS[lang], 3)
        cols.append('<div class="sm-col"><h5><a href="/section/%d">%s</a></h5><ul>%s</ul></div>' % (i, E(sec), ''.join(
            '<li><a href="/section/%d/%d">%s</a></li>' % (i, k, E(h.split()[0] + ' ' + h.split()[1])) for k, h in enumerate(subs))))
    return '<div class="sitemap-footer">%s</div>' % ''.join(cols)

def old_script():
    """A legacy menu script: arrays of menu labels and URLs (page weight, no visible text)."""
    items = ','.join('["m%d","/page.asp?id=%d&cat=%d",%d]' % (i, random.randint(1000, 99999), random.randint(1, 40), random.randint(0, 3)) for i in range(160))
    return '<script language="javascript">var menuItems=[%s];function buildMenu(){for(var i=0;i<menuItems.length;i++){}}</script>' % items

def footer(lang, site):
    t = L[lang]
    return mega(lang) + ('<footer class="site-footer">%s<p>%s: Facebook · Instagram · X · YouTube · Telegram</p><p>© 2026 %s — %s</p></footer>' % (
        nav(lang, 'footer-nav'), t['follow'], E(site), t['rights']))

def bulk_head(host):
    css = ''.join('.c%x{margin:%dpx %dpx;padding:%dpx;font-size:%drem;color:#%06x}' % (i, random.randint(0, 24), random.randint(0, 24),
                  random.randint(0, 16), random.randint(1, 3), random.randint(0, 0xffffff)) for i in range(90))
    slots = [{'id': 'ad-%d' % i, 'sizes': [[300, 250], [728, 90]][: 1 + i % 2], 'path': '/%d/%s/slot%d' % (random.randint(10**7, 10**8), host.split('.')[1], i)} for i in range(8)]
    return '<style>body{direction:rtl;text-align:right}%s</style>\n<script>window.adSlots=%s;</script>' % (css, json.dumps(slots))

def scripts(host):
    return ('<script src="https://%s/assets/app.%x.js" defer></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());gtag("config","G-%X");</script>') % (
        host, random.randint(1 << 28, 1 << 32), random.randint(1 << 28, 1 << 32))

def jsonld(s, site, host, date=True, typ='NewsArticle', tz='+03:00'):
    d = {'@context': 'https://schema.org', '@type': typ, 'headline': s['title'], 'inLanguage': s['lang'],
         'publisher': {'@type': 'Organization', 'name': site, 'logo': {'@type': 'ImageObject', 'url': 'https://%s/logo.png' % host}},
         'image': 'https://%s/uploads/2026/%d.jpg' % (host, random.randint(1000, 9999))}
    if date:
        d['datePublished'] = iso(s, tz)
        d['dateModified'] = iso(s, tz)
    if s['byline']:
        d['author'] = {'@type': 'Person', 'name': s['byline']}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)

def body_html(s, style, ra_style=0):
    lang = s['lang']
    out, lst = [], []
    def flush():
        if lst:
            out.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in lst))
            lst.clear()
    for k, v in s['items']:
        if k == 'LI':
            lst.append(v); continue
        flush()
        if k == 'P': out.append('<p>%s</p>' % E(v))
        elif k == 'H2': out.append('<h2>%s</h2>' % E(v) if style != 2 else '<p><strong>%s</strong></p>' % E(v))
        elif k == 'Q': out.append('<blockquote><p>%s</p></blockquote>' % E(v))
        elif k == 'RA': out.append(read_also(lang, v, ra_style))
        elif k == 'RAL':
            parts_ = v.split(';;')
            out.append('<div class="related-inline"><h4>%s</h4><ul>%s</ul></div>' % (E(parts_[0]), ''.join(
                '<li><a href="/news/%d">%s</a></li>' % (random.randint(10**6, 10**7), E(x)) for x in parts_[1:])))
        elif k == 'AD':
            out.append('<div class="ad-inline"><span class="ad-label">%s</span><div id="ad-mid-%d"></div></div>' % (L[lang]['ad'], random.randint(1, 9)))
        elif k == 'FIG':
            cap, cred = v.split('|')
            out.append('<figure class="wp-caption"><img src="/uploads/2026/12/%d.jpg" alt=""><figcaption>%s <span class="credit">%s</span></figcaption></figure>' % (
                random.randint(1000, 9999), E(cap), E(cred)))
        elif k == 'AGENCY': out.append('<p class="agency-sign">%s</p>' % E(v))
        elif k == 'BYP': out.append('<p><strong>%s</strong></p>' % E(v))
        elif k == 'CREDP': out.append('<p><em>%s</em></p>' % E(v))
        elif k == 'RA2':
            lab, head_ = v.split('|')
            out.append('<p><strong>%s</strong></p><p><a href="/news/%d">%s</a></p>' % (E(lab), random.randint(10**6, 10**7), E(head_)))
        elif k == 'FOLLOW': out.append('<p><a href="https://t.me/example">%s</a></p>' % E(v))
        elif k == 'ENDMARK': out.append('<p>%s</p>' % E(v))
    flush()
    return '\n'.join(out)

def read_also(lang, v, style):
    lab = L[lang]['ra']
    href = '/news/%d' % random.randint(10**6, 10**7)
    if style == 0:   # a bold label and the linked headline in one paragraph
        return '<p><strong>%s: </strong><a href="%s">%s</a></p>' % (lab, href, E(v))
    if style == 1:   # tatweel in the label, a card
        lab = lab.replace('اقرأ', 'اقـرأ').replace('أيضا', 'أيضـاً')
        return '<div class="read-also-card"><span class="ra-label">%s</span><a href="%s"><img src="/img/ra.jpg" alt="">%s</a></div>' % (lab, href, E(v))
    return '<p class="read-more">%s%s: <a href="%s">%s</a></p>' % (RLM, lab, href, E(v))

def page(lang, dirattr_html, head_bits, body):
    la = (' lang="%s"' % lang) if lang else ''
    return '<!DOCTYPE html>\n<html%s%s>\n<head>\n%s\n</head>\n%s\n</html>\n' % (la, dirattr_html, '\n'.join(x for x in head_bits if x), body)

# ---------------------------------------------------------------- templates
def t_gulf(s, n):
    site, host = [('صحيفة الخليج اليوم', 'www.khalijalyawm.ae'), ('جريدة الوطن الجديد', 'www.watanjadeed.com'), ('صحيفة الرياض المسائية', 'www.riyadhevening.sa'), ('الراية الرياضية', 'www.rayasport.qa')][n % 4]
    y, m, d, hh, mm = parts(s)
    hy, hm, hd = g2h(y, m, d)
    url = 'https://%s/%d/%02d/%02d/%s' % (host, y, m, d, slug(s, n))
    dateline = '%s%s %d %s %d هـ - %02d %s %dم' % (RLM, AR_DAYS[weekday(s)], hd, HIJRI_MONTHS[hm - 1], hy, d, AR_MONTHS[m - 1], y)
    head = ['<meta charset="UTF-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<title>%s - %s</title>' % (E(s['title']), site), '<link rel="canonical" href="%s">' % url,
            '<meta property="og:locale" content="ar_AR">', '<meta property="og:type" content="article">',
            '<meta property="og:title" content="%s">' % E(s['title']), '<meta property="og:site_name" content="%s">' % site,
            '<meta property="article:published_time" content="%s">' % iso(s, '+04:00'), jsonld(s, site, host, tz='+04:00'),
            '<link rel="stylesheet" href="/wp-content/themes/jannah/style.css">', bulk_head(host)]
    body = '\n'.join([
        '<body class="post-template-default single single-post">',
        '<div class="top-bar"><span class="today-date">%s</span><span class="weather">أبوظبي 27°</span></div>' % dateline,
        '<header id="theme-header"><div class="logo"><a href="/">%s</a></div>%s</header>' % (site, nav('ar')),
        '<div class="breaking-news"><span>عاجل</span><ul>%s</ul></div>' % ''.join('<li><a href="#">%s</a></li>' % E(h) for h in random.sample(HEADS['ar'], 3)),
        '<div id="content" class="container"><div class="main-content"><article id="the-post" class="post">',
        '<nav class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/cat/%d">%s</a></nav>' % (n, s['section']),
        '<h1 class="post-title entry-title">%s</h1>' % E(s['title']),
        '<div class="post-meta"><span class="meta-author">%s</span> <span class="date meta-item">%s%s %s%s</span> <span class="meta-views">%d مشاهدة</span></div>' % (
            E(s['byline']), RLM, '%d %s %d' % (d, AR_MONTHS[m - 1], y), '%02d:%02d' % (hh, mm), LRM, random.randint(200, 9000)),
        share('ar'),
        '<div class="entry-content entry clearfix">', body_html(s, 0, ra_style=n % 2), '</div>',
        '<div class="post-bottom-meta post-tags"><span>%s</span> <a href="/tag/1">%s</a> <a href="/tag/2">%s</a></div>' % (L['ar']['tags'], s['city'], s['section']),
        share('ar', 'share-bottom'),
        '<section class="related-posts"><h3>%s</h3>%s</section>' % (L['ar']['rel'], teasers('ar', 4, 'related')),
        comments('ar'), '</article></div>',
        '<aside class="sidebar"><div class="widget"><h4>%s</h4>%s</div>%s<div class="widget ad"><span>%s</span></div></aside>' % (
            L['ar']['most'], teasers('ar', 5), newsletter('ar'), L['ar']['ad']),
        '</div>', footer('ar', site), scripts(host), '</body>'])
    return page('ar', ' dir="rtl"', head, body)

def t_egy(s, n):
    site, host = [('بوابة النيل نيوز', 'www.nilenewsgate.com'), ('المصري اليوم الرقمي', 'www.masrdigital-today.com'), ('صدى المحروسة', 'www.sadamahrousa.com')][n % 3]
    y, m, d, hh, mm = parts(s)
    ampm = 'ص' if hh < 12 else 'م'
    h12 = hh if hh <= 12 else hh - 12
    when = '%s، %s %s %s %s:%s %s' % (AR_DAYS[weekday(s)], digits('%02d' % d, AR_DIG), AR_MONTHS[m - 1], digits(y, AR_DIG),
                                     digits('%02d' % h12, AR_DIG), digits('%02d' % mm, AR_DIG), ampm)
    head = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', '<title>%s | %s</title>' % (E(s['title']), site),
            '<meta name="description" content="%s">' % E(s['items'][0][1][:140]), '<meta property="og:title" content="%s">' % E(s['title']),
            '<meta property="og:type" content="article">', '<meta name="keywords" content="%s,%s">' % (s['section'], s['city']),
            bulk_head(host)]
    ra = [v for k, v in s['items'] if k == 'RA']
    items = [(k, v) for k, v in s['items'] if k != 'RA']
    s2 = dict(s, items=items)
    body = '\n'.join([
        '<body>', '<div class="header"><a class="logo" href="/">%s</a>%s<div class="search"><input placeholder="ابحث"></div></div>' % (site, nav('ar', 'menu')),
        '<div class="ticker"><b>أخبار عاجلة</b> %s</div>' % ' | '.join(E(h) for h in random.sample(HEADS['ar'], 3)),
        '<div class="wrapper" dir="rtl"><div class="col-right"><div class="article-page">',
        '<div class="section-name"><a href="/section/%d">%s</a></div>' % (n, s['section']),
        '<h1>%s</h1>' % E(s['title']),
        '<div class="writer">كتب: %s</div>' % E(s['byline']),
        '<div class="news-date">%s</div>' % when,
        '<div class="font-tools">%s <a>+</a> <a>-</a></div>' % L['ar']['font'], share('ar'),
        '<div class="img-cont"><img src="/Upload/News/%d.jpg" alt=""><p class="img-caption">%s - أرشيفية</p></div>' % (random.randint(10**5, 10**6), E(s['title'][:40])),
        '<div class="ArticleDetails" id="NewsStory">', body_html(s2, 1), '</div>',
        ('<div class="also-read"><h4>%s</h4><ul>%s</ul></div>' % (L['ar']['ra'], ''.join('<li><a href="/News/%d">%s</a></li>' % (random.randint(10**6, 10**7), E(x)) for x in ra))) if ra else '',
        '<div class="tags"><span>الكلمات المتعلقة:</span> <a>%s</a> <a>%s</a></div>' % (s['city'], s['section']),
        '<div class="fb-comments-box"><h3>التعليقات</h3><p>اضف تعليق</p><div class="fb-comments" data-href="https://%s/News/%d" data-width="100%%"></div></div>' % (host, n),
        '</div></div>',
        '<div class="col-left"><div class="box"><h3>الأكثر مشاهدة</h3>%s</div><div class="box"><h3>أخبار متعلقة</h3>%s</div></div>' % (teasers('ar', 5), teasers('ar', 3, 'rel')),
        '</div>', footer('ar', site), scripts(host), '</body>'])
    return page('', '', head, body)

def t_agency(s, n, encoding=None):
    y, m, d, hh, mm = parts(s)
    if s['city'] == 'عمّان':
        site, host = 'وكالة الأنباء الأردنية الموحدة', 'www.ajn-news.jo'
        when = '%d %s %d %02d:%02d' % (d, LEVANT_MONTHS[m - 1], y, hh, mm)
    elif s['city'] == 'الرباط':
        site, host = 'وكالة المغرب العربي الجديدة', 'www.maghrebpress-agency.ma'
        when = '%s %d %s %d - %02d:%02d' % (AR_DAYS[weekday(s)], d, MAGHREB_MONTHS[m - 1], y, hh, mm)
    else:
        site, host = 'وكالة تونس للأنباء المستقلة', 'www.tunis-independent-press.tn'
        when = '%02d/%02d/%d %02d:%02d' % (d, m, y, hh, mm)
    head = ([] if encoding else ['<meta charset="utf-8">']) + [
        '<title>%s</title>' % E(s['title']), '<meta name="description" content="%s">' % E(s['items'][0][1][:120])]
    if not encoding:
        head += ['<meta property="og:title" content="%s">' % E(s['title']), jsonld(s, site, host, date=(n % 2 == 0), tz='+01:00'), bulk_head(host)]
    else:
        head += ['<style>body{font-family:Tahoma;direction:rtl} .news-title{font-size:18px}</style>', old_script(), old_script()]
    body = '\n'.join([
        '<body dir="rtl">', '<div id="top"><img src="/images/logo.gif" alt="%s"> <span class="lang-switch"><a href="/en/">English</a> | <a href="/fr/">Français</a></span></div>' % site,
        nav('ar', 'menu-main'),
        '<div id="page"><div id="main">',
        '<div class="news-head"><h1 class="news-title">%s</h1><div class="news-time">%s%s</div></div>' % (E(s['title']), LRM if encoding else ALM, when),
        '<div class="news-tools"><a href="javascript:print()">%s</a> | <a href="/send">أرسل لصديق</a> | %s <a>أ+</a> <a>أ-</a></div>' % (L['ar']['print'], L['ar']['font']),
        '<div class="news-text">', body_html(s, 2 if encoding else 0), '</div>',
        share('ar') if not encoding else '',
        '<div class="more-news"><h3>أخبار أخرى</h3>%s</div>' % teasers('ar', 5, 'news-list'),
        '</div><div id="side"><h3>آخر الأخبار</h3>%s</div></div>' % teasers('ar', 6, 'latest'),
        '<div id="footer">© %s 2026 - %s</div>' % (site, L['ar']['rights']), '</body>'])
    return page('ar' if not encoding else '', '', head, body)

def t_agency1256(s, n):
    return t_agency(s, n, encoding='cp1256')

def t_ministry1256(s, n):
    y, m, d, hh, mm = parts(s)
    hy, hm, hd = g2h(y, m, d)
    org = s['city']
    head = ['<title>%s - %s</title>' % (org, E(s['title'])), '<style>td{font-family:Tahoma;font-size:13px} .title{color:#005a32;font-weight:bold}</style>',
            '<script language="javascript">function MM_swapImage(){return true;}</script>', old_script(), old_script()]
    body = '\n'.join([
        '<body dir="rtl" bgcolor="#ffffff" topmargin="0">',
        '<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/images/banner.jpg" alt="%s"></td></tr>' % org,
        '<tr><td colspan="2" class="topmenu"><a href="/">الرئيسية</a> | <a href="/about">عن الوزارة</a> | <a href="/news">المركز الإعلامي</a> | <a href="/services">الخدمات الإلكترونية</a> | <a href="/contact">اتصل بنا</a></td></tr>',
        '<tr><td width="200" valign="top" class="side"><b>روابط سريعة</b><br><a href="/e">الخدمات الإلكترونية</a><br><a href="/j">الوظائف</a><br><a href="/t">المناقصات</a><br><a href="/f">الأسئلة الشائعة</a><br><br><b>استطلاع الرأي</b><br>ما رأيك في الخدمات الإلكترونية؟<br><input type="radio"> ممتازة<br><input type="radio"> جيدة<br><input type="radio"> تحتاج تطوير</td>',
        '<td valign="top">',
        '<table width="100%"><tr><td class="path">الرئيسية &gt; المركز الإعلامي &gt; الأخبار</td></tr>',
        '<tr><td class="title">%s</td></tr>' % E(s['title']),
        '<tr><td class="date">التاريخ: %d/%02d/%02d هـ الموافق %02d/%02d/%d م</td></tr>' % (hy, hm, hd, d, m, y),
        '<tr><td>', body_html(s, 2), '</td></tr>',
        '<tr><td class="tools"><a href="javascript:window.print()">طباعة</a> | <a href="mailto:?subject=news">إرسال</a> | عدد القراءات: %d</td></tr></table>' % random.randint(100, 3000),
        '<table width="100%%"><tr><td><b>أخبار ذات صلة</b></td></tr>%s</table>' % ''.join('<tr><td>» <a href="/news/%d">%s</a></td></tr>' % (random.randint(1000, 9999), E(h)) for h in random.sample(HEADS['ar'], 4)),
        '</td></tr>', '<tr><td colspan="2" align="center" class="footer">جميع الحقوق محفوظة © %s 2026<br>أفضل عرض للموقع بدقة 1024×768</td></tr></table>' % org,
        '</body>'])
    return page('', '', head, body)

def t_b2b(s, n):
    y, m, d, hh, mm = parts(s)
    sec = s['when'].split(':')[2] if s['when'].count(':') == 2 else '00'
    company = ['شركة نينغبو هنغشينغ للآلات المحدودة', 'شركة ونتشو يونغتاي للصمامات المحدودة', 'شركة فوشان جينلي للسيراميك المحدودة', 'شركة تشانغتشو ديفا للمحركات المحدودة'][n % 4]
    host = ['www.hx-machinery-ar.com', 'ar.yongtai-valves.com', 'ar.jinli-ceramic.com', 'www.defa-motor.com/ar'][n % 4]
    if n % 2 == 0:
        posted = 'وقت النشر: %s %s %s' % (digits(d, AR_DIG), AR_MONTHS[m - 1], digits(y, AR_DIG))
    else:
        posted = 'وقت النشر: %d-%02d-%02d %02d:%02d:%s' % (y, m, d, hh, mm, sec)
    head = ['<meta charset="utf-8">', '<title>%s - %s</title>' % (E(s['title']), company),
            '<meta name="keywords" content="ماكينة, مصنع, الصين, مورد">', '<meta name="description" content="%s">' % E(s['items'][0][1][:100]),
            '<link rel="alternate" hreflang="en" href="https://%s/en/news/">' % host.split('/')[0],
            '<link rel="alternate" hreflang="ar" href="https://%s/news/">' % host,
            '<link rel="stylesheet" href="/style/global/style.css">', '<script src="/js/jquery.min.js"></script>', bulk_head('www.b2b-site.com')]
    products = ['منتجات الألمنيوم', 'ماكينات الحقن', 'صمامات الكرة', 'بلاط البورسلين', 'المحركات الكهربائية']
    body = '\n'.join([
        '<body>', '<div class="top-bar"><span>البريد الإلكتروني: sales@%s</span> <span>الهاتف: +86 574 8888 6666</span> <div class="language"><a href="/en/">English</a> <a href="/es/">Español</a> <a href="/ar/">العربية</a></div></div>' % host.split('/')[0],
        '<header><div class="logo"><img src="/logo.png" alt="%s"></div><nav><ul><li><a href="/">الصفحة الرئيسية</a></li><li><a href="/products/">المنتجات</a></li><li><a href="/about/">معلومات عنا</a></li><li class="active"><a href="/news/">أخبار</a></li><li><a href="/contact/">اتصل بنا</a></li></ul></nav></header>' % company,
        '<div class="page-banner"><h2>أخبار</h2><div class="crumbs"><a href="/">الصفحة الرئيسية</a> &gt; <a href="/news/">أخبار</a> &gt; %s</div></div>' % s['section'],
        '<div class="container"><aside class="side"><h3>فئات المنتجات</h3><ul>%s</ul><h3>أحدث الأخبار</h3><ul>%s</ul></aside>' % (
            ''.join('<li><a href="/products/%d">%s</a></li>' % (i, p) for i, p in enumerate(products)),
            ''.join('<li><a href="/news/%d">%s</a></li>' % (i, E(h)) for i, h in enumerate(random.sample(HEADS['ar'], 3)))),
        '<main class="news-detail" dir="rtl"><h1>%s</h1>' % E(s['title']),
        '<div class="news-info">%s | عدد المشاهدات: %d</div>' % (s['section'], random.randint(50, 900)) if n % 2 else '',
        '<div class="news-content">',
        body_html(dict(s, items=s['items'][:2]), 0),
        '<p><a class="seo-link" href="/products/">%s</a></p>' % products[n % len(products)],
        body_html(dict(s, items=s['items'][2:]), 0),
        '</div>', '<div class="post-time">%s</div>' % posted,
        '<div class="prev-next"><p>السابق: <a href="/news/p">%s</a></p><p>التالي: <a href="/news/n">%s</a></p></div>' % tuple(E(h) for h in random.sample(HEADS['ar'], 2)),
        '<div class="inquiry"><h3>أرسل رسالتك إلينا</h3><form><input placeholder="الاسم"><input placeholder="البريد الإلكتروني"><textarea placeholder="الرسالة"></textarea><button>أرسل الآن</button></form></div>',
        '</main></div>', '<footer><p>العنوان: المنطقة الصناعية، الصين</p><p>حقوق النشر © 2026 %s جميع الحقوق محفوظة. <a href="/sitemap.xml">خريطة الموقع</a></p><p>المنتجات الساخنة - AMP للجوال</p></footer>' % company,
        '<div class="float-contact"><a href="https://wa.me/8613800000000">WhatsApp</a> <a href="mailto:sales@x">البريد الإلكتروني</a></div>', scripts(host.split('/')[0]), '</body>'])
    return page('ar' if n % 2 == 0 else '', '', head, body)

def t_irna(s, n):
    site, host = 'خبرگزاری پارس‌نیوز', 'www.parsnews-agency.ir'
    y, m, d, hh, mm = parts(s)
    jy, jm, jd = g2j(y, m, d)
    when = '%s %s %s %s، %s' % (FA_DAYS[weekday(s)], digits(jd, FA_DIG), FA_MONTHS[jm - 1], digits(jy, FA_DIG), digits('%02d:%02d' % (hh, mm), FA_DIG))
    meta = n % 2 == 0
    head = ['<meta charset="utf-8">', '<title>%s - %s</title>' % (E(s['title']), site), '<meta name="description" content="%s">' % E(s['items'][0][1][:120]),
            '<meta property="og:title" content="%s">' % E(s['title']), '<meta property="og:type" content="article">',
            ('<meta property="article:published_time" content="%s">' % iso(s, '+03:30')) if meta else '',
            jsonld(s, site, host, date=meta, tz='+03:30'), bulk_head(host)]
    body = '\n'.join([
        '<body>', '<header><div class="date-bar">%s</div><a class="logo" href="/">%s</a>%s</header>' % (
            digits('%s %s %s' % (jd, FA_MONTHS[jm - 1], jy), FA_DIG), site, nav('fa')),
        '<main class="container"><article class="item">',
        '<div class="item-header"><span class="item-date">%s</span> <span class="item-code">کد خبر: %s</span></div>' % (when, digits(85000000 + n * 1234, FA_DIG)),
        '<div class="item-kicker">%s</div><h1 class="item-title">%s</h1>' % (s['section'], E(s['title'])),
        '<p class="item-summary">%s</p>' % E(s['items'][0][1].split('،')[0] + '.') if n % 3 == 0 else '',
        '<figure class="item-img"><img src="/d/2026/12/%d.jpg" alt=""></figure>' % random.randint(10**6, 10**7),
        '<div class="item-text" itemprop="articleBody">', body_html(s, 0, ra_style=2), '</div>',
        '<div class="item-footer"><div class="tags"><span>%s</span> <a>%s</a> <a>%s</a></div>%s<div class="short-link">لینک کوتاه: https://%s/x%d</div></div>' % (
            L['fa']['tags'], s['city'], s['section'], share('fa'), host, n),
        '<section class="related"><h3>%s</h3>%s</section>' % (L['fa']['rel'], teasers('fa', 4)),
        comments('fa'), '</article>',
        '<aside><h3>%s</h3>%s</aside></main>' % (L['fa']['most'], teasers('fa', 6)), footer('fa', site), scripts(host), '</body>'])
    return page('fa', ' dir="rtl"', head, body)

def t_fadaily(s, n):
    site, host = 'روزنامه آینده ایران', 'www.ayandeh-daily.ir'
    y, m, d, hh, mm = parts(s)
    jy, jm, jd = g2j(y, m, d)
    head = ['<meta charset="utf-8">', '<title>%s | %s</title>' % (E(s['title']), site), '<meta property="og:title" content="%s">' % E(s['title']),
            jsonld(s, site, host, tz='+03:30'), bulk_head(host)]
    body = '\n'.join([
        '<body class="rtl">', '<header><a href="/" class="logo">%s</a><span class="today">%s</span>%s</header>' % (
            site, digits('%d/%02d/%02d' % (jy, jm, jd), FA_DIG), nav('fa')),
        '<div class="wrap"><article class="news">',
        '<ul class="news-meta"><li class="service">%s</li><li class="date">%s - %s</li><li class="author">نویسنده: %s</li></ul>' % (
            s['section'], digits('%d/%02d/%02d' % (jy, jm, jd), FA_DIG), digits('%02d:%02d' % (hh, mm), FA_DIG), E(s['byline'])),
        '<h1>%s</h1>' % E(s['title']), share('fa'),
        '<div class="news-body">', body_html(s, 0), '</div>',
        '<div class="rate">امتیاز دهید: ★★★★☆</div>',
        '<div class="related-news"><h4>%s</h4>%s</div>' % (L['fa']['rel'], teasers('fa', 4)),
        newsletter('fa'), comments('fa'), '</article>',
        '<aside class="side"><h3>%s</h3>%s</aside></div>' % (L['fa']['most'], teasers('fa', 5)), footer('fa', site), scripts(host), '</body>'])
    return page('fa-IR', ' dir="rtl"', head, body)

def t_fadaily2(s, n):
    """The daily's older template: no JSON-LD, no meta date, the Solar Hijri date in numbers alone."""
    site, host = 'روزنامه آینده ایران', 'www.ayandeh-daily.ir'
    y, m, d, hh, mm = parts(s)
    jy, jm, jd = g2j(y, m, d)
    head = ['<meta charset="utf-8">', '<title>%s | %s</title>' % (E(s['title']), site), '<meta property="og:title" content="%s">' % E(s['title']), bulk_head(host)]
    body = '\n'.join([
        '<body class="rtl">', '<header><a href="/" class="logo">%s</a>%s</header>' % (site, nav('fa')),
        '<div class="wrap"><div class="news-box"><div class="kicker">%s</div><h1>%s</h1>' % (s['section'], E(s['title'])),
        '<div class="info">تاریخ انتشار: %s%s %s' % (RLM, digits('%d/%d/%d' % (jy, jm, jd), FA_DIG), digits('%02d:%02d' % (hh, mm), FA_DIG)),
        ' | نویسنده: %s | تعداد بازدید: %s</div>' % (E(s['byline']), digits(random.randint(100, 5000), FA_DIG)),
        '<div class="text">', body_html(s, 0), '</div>', share('fa'),
        '<div class="related-news"><h4>%s</h4>%s</div>' % (L['fa']['rel'], teasers('fa', 4)), comments('fa'), '</div>',
        '<aside class="side"><h3>%s</h3>%s</aside></div>' % (L['fa']['most'], teasers('fa', 5)), footer('fa', site), scripts(host), '</body>'])
    return page('fa', ' dir="rtl"', head, body)

def t_afghan(s, n):
    site, host = 'خبرگزاری آریانا پرس', 'www.arianapress-af.com'
    y, m, d, hh, mm = parts(s)
    jy, jm, jd = g2j(y, m, d)
    when = '%s %s %s %s' % (FA_DAYS[weekday(s)], digits(jd, FA_DIG), AF_MONTHS[jm - 1], digits(jy, FA_DIG))
    head = ['<meta charset="utf-8">', '<title>%s</title>' % E(s['title']), '<meta property="og:title" content="%s">' % E(s['title']),
            '<meta property="og:site_name" content="%s">' % site, bulk_head(host)]
    body = '\n'.join([
        '<body>', '<div id="wrapper" dir="rtl">',
        '<header><div class="langs"><a href="/ps/">پښتو</a> | <a href="/en/">English</a></div><a href="/" class="logo">%s</a>%s</header>' % (site, nav('fa')),
        '<main><div class="post">', '<div class="post-cat">%s</div><h1 class="post-title">%s</h1>' % (s['section'], E(s['title'])),
        '<div class="post-date">%s%s</div>' % (RLM, when), share('fa'),
        '<div class="post-content">', body_html(s, 0), '</div>',
        '<div class="post-source">منبع: %s</div>' % site,
        '<div class="related"><h3>مطالب مرتبط</h3>%s</div>' % teasers('fa', 3),
        comments('fa', form=False), '</div></main>',
        '<aside><h3>آخرین خبرها</h3>%s</aside>' % teasers('fa', 6), footer('fa', site), '</div>', scripts(host), '</body>'])
    return page('', '', head, body)

def t_ynet(s, n):
    site, host = [('ידיעות הרשת', 'www.yediot-hareshet.co.il'), ('חדשות המרכז', 'www.merkaz-news.co.il')][n % 2]
    y, m, d, hh, mm = parts(s)
    hd = hebrew_date(y, m, d)
    ld = n % 2 == 0
    head = ['<meta charset="utf-8">', '<title>%s | %s</title>' % (E(s['title']), site), '<meta property="og:title" content="%s">' % E(s['title']),
            '<meta property="og:locale" content="he_IL">', jsonld(s, site, host, date=ld, tz='+02:00'), bulk_head(host)]
    body = '\n'.join([
        '<body>', '<header class="top"><a href="/" class="logo">%s</a>%s<div class="date-strip">%s, %s</div></header>' % (
            site, nav('he'), HE_DAYS[weekday(s)], hd),
        '<main><article class="art">', '<div class="art-cat">%s</div><h1 class="mainTitle">%s</h1>' % (s['section'], E(s['title'])),
        '<div class="authors">%s</div>' % E(s['byline']),
        '<div class="art-date"><span>פורסם: </span><time>%s%02d.%02d.%02d, %02d:%02d</time></div>' % (LRM, d, m, y % 100, hh, mm), share('he'),
        '<div class="art-body">', body_html(s, 0), '</div>',
        '<div class="art-tags"><span>%s:</span> <a>%s</a> <a>%s</a></div>' % (L['he']['tags'], s['city'], s['section']),
        '<section class="more-articles"><h3>%s</h3>%s</section>' % (L['he']['rel'], teasers('he', 4)),
        comments('he'), '</article>',
        '<aside><h3>%s</h3>%s</aside></main>' % (L['he']['most'], teasers('he', 5)), footer('he', site), scripts(host), '</body>'])
    return page('he', ' dir="rtl"', head, body)

def t_old1255(s, n):
    y, m, d, hh, mm = parts(s)
    org = 'מועצה אזורית עמק הגליל' if n % 2 == 0 else 'קיבוץ גבעת הזית'
    head = ['<title>%s - %s</title>' % (org, E(s['title'])), '<style>body{font-family:Arial;direction:rtl}</style>', old_script(), old_script(), old_script()]
    body = '\n'.join([
        '<body dir="rtl">', '<table width="100%%" border="0"><tr><td><img src="logo.gif" alt="%s"></td><td align="left"><a href="/">דף הבית</a> | <a href="/news">הודעות</a> | <a href="/contact">צור קשר</a></td></tr></table>' % org,
        '<table width="100%"><tr><td width="180" valign="top" bgcolor="#eeeeee"><b>תפריט</b><br><a href="/a">אודות</a><br><a href="/b">חינוך</a><br><a href="/c">תרבות</a><br><a href="/d">טפסים</a><br><a href="/e">מכרזים</a><br><a href="/f">אנשי קשר</a></td>',
        '<td valign="top"><font size="4"><b>%s</b></font><br><font size="2" color="#666666">תאריך: %02d/%02d/%d</font><br><br>' % (E(s['title']), d, m, y),
        '<br><br>\n'.join(E(v) for k, v in s['items'] if k == 'P'),
        '<br><br><a href="javascript:history.back()">חזרה</a> | <a href="javascript:print()">הדפסה</a>',
        '<hr><b>הודעות נוספות:</b><br>%s' % '<br>'.join('<a href="/n%d">%s</a>' % (i, E(h)) for i, h in enumerate(random.sample(HEADS['he'], 3))),
        '</td></tr></table>', '<center><font size="1">כל הזכויות שמורות © %s</font></center>' % org, '</body>'])
    return page('', '', head, body)

def t_urdu(s, n):
    site, host = [('روزنامہ نوائے شہر', 'www.nawaeshehr.pk'), ('اردو نیوز آن لائن', 'www.urdunewsonline.pk')][n % 2]
    y, m, d, hh, mm = parts(s)
    head = ['<meta charset="UTF-8">', '<title>%s - %s</title>' % (E(s['title']), site),
            '<meta property="og:title" content="%s">' % E(s['title']), '<meta property="og:locale" content="ur_PK">',
            '<link rel="stylesheet" href="https://fonts.example-cdn.pk/jameel-noori-nastaleeq.css">',
            jsonld(s, site, host, tz='+05:00', date=n % 2 == 1), bulk_head(host).replace('direction:rtl', "direction:rtl;font-family:'Jameel Noori Nastaleeq'")]
    body = '\n'.join([
        '<body class="single">', '<header><a href="/" class="logo">%s</a><div class="top-date">%s %d %s %d</div>%s</header>' % (
            site, UR_DAYS[weekday(s)], d, UR_MONTHS[m - 1], y, nav('ur')),
        '<div class="main" dir="rtl"><article>', '<h1 class="entry-title">%s</h1>' % E(s['title']),
        '<div class="entry-meta"><span class="author">%s</span> | <span class="city">%s</span> | <span class="date">%s%02d %s %d</span> <span class="time">%02d:%02d</span></div>' % (
            E(s['byline']), s['city'], RLM, d, UR_MONTHS[m - 1], y, hh, mm),
        share('ur'), '<div class="entry-content">', body_html(s, 0), '</div>',
        '<div class="tags">%s: <a>%s</a></div>' % (L['ur']['tags'], s['city']),
        '<div class="related"><h3>%s</h3>%s</div>' % (L['ur']['rel'], teasers('ur', 4)), comments('ur'), '</article>',
        '<aside><h3>%s</h3>%s</aside></div>' % (L['ur']['most'], teasers('ur', 5)), footer('ur', site), scripts(host), '</body>'])
    return page('en-US' if n % 2 == 0 else 'ur', ' dir="rtl"', head, body)

TEMPLATES = dict(gulf=t_gulf, egy=t_egy, agency=t_agency, agency1256=t_agency1256, ministry1256=t_ministry1256, b2b=t_b2b,
                 irna=t_irna, fadaily=t_fadaily, fadaily2=t_fadaily2, afghan=t_afghan, ynet=t_ynet, old1255=t_old1255, urdu=t_urdu)
ENCODING = dict(agency1256='cp1256', ministry1256='cp1256')

def main():
    for i, s in enumerate(parse(), 1):
        html_ = TEMPLATES[s['tpl']](s, i)
        enc = ENCODING.get(s['tpl'], 'utf-8')
        if s['tpl'] == 'old1255':
            enc = 'cp1255' if i % 2 == 0 else 'iso8859_8'
            html_ = html_.replace(LRM, '').replace(RLM, '')
        name = os.path.join(OUT, '%02d' % i)
        with open(name + '.html', 'wb') as f: f.write(html_.encode(enc))
        with open(name + '.txt', 'w', encoding='utf-8') as f: f.write(expected(s))
        with open(name + '.json', 'w', encoding='utf-8') as f:
            json.dump({'published': s['when'][:10], 'lang': s['lang'], 'title': s['title']}, f, ensure_ascii=False)
            f.write('\n')

main()
