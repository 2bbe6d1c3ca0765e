#!/usr/bin/env python3
"""Generate bench/stress/indic pages from stories.txt (Indic-language news and press pages: Hindi, Marathi,
Nepali, Bengali (India and Bangladesh), Assamese, Kannada, Tamil, Telugu, Malayalam, Gujarati, Punjabi;
invented sites, original text).

Usage: python3 bench/stress/indic/gen/gen.py bench/stress/indic
(writes NN.html/.txt/.json; the committed pages are its output).

stories.txt: '### tpl|lang|htmllang|YYYY-MM-DDTHH:MM|byline|section|city|digits|charset' opens a story
(htmllang: what the page's <html lang> says, '-' for none; digits: 'n' native digits in the visible date lines,
'w' Western; charset: what the page declares, '-' for nothing; the bytes are always UTF-8), then 'CODE: value'.
Body codes (in the expected text): P paragraph, H2 subhead, LI list item, Q block quote, TR table row (a|b|c).
Furniture codes (not in the expected text): T headline, RA a localized 'read also' line (headline), AD an ad
slot, FIG figure (caption|credit), AGENCY a standalone agency credit ('(भाषा)', '(IANS)'), WA a WhatsApp/Telegram
channel call, APP an app-download call, WS a web-stories carousel inside the story, VID a video player (title).
Inline markup: [text](url) link, **bold**."""
import html, json, os, random, re, sys

OUT = sys.argv[1]
random.seed(20261207)
E = html.escape

MONTHS = {
    'hi': 'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
    'mr': 'जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
    'ne': 'जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर',
    'bn': 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
    'as': 'জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল মে জুন জুলাই আগষ্ট ছেপ্টেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ',
    'kn': 'ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್',
    'ta': 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
    'te': 'జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్',
    'ml': 'ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ',
    'gu': 'જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર',
    'pa': 'ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
ZERO = {'hi': 0x966, 'mr': 0x966, 'ne': 0x966, 'bn': 0x9E6, 'as': 0x9E6, 'pa': 0xA66, 'gu': 0xAE6,
        'ta': 0xBE6, 'te': 0xC66, 'kn': 0xCE6, 'ml': 0xD66}

# Localized furniture: read-also, share, home, ad label, tags, related, comments, updated, published,
# whatsapp call, app call, web stories, post time (B2B), news, trending, agency
L = {
    'hi': dict(ra='ये भी पढ़ें', share='शेयर करें', home='होम', ad='विज्ञापन', tags='टैग्स', rel='संबंधित खबरें',
               com='कमेंट्स', upd='अपडेटेड', pub='प्रकाशित', wa='हमारे WhatsApp चैनल से जुड़ें और पाएं हर बड़ी खबर सबसे पहले',
               app='ताज़ा खबरों के लिए डाउनलोड करें हमारा ऐप', ws='वेब स्टोरीज़', post='पोस्ट समय', news='समाचार',
               trend='ट्रेंडिंग', follow='हमें फॉलो करें', more='और पढ़ें', prev='पिछला', next='अगला'),
    'mr': dict(ra='हेही वाचा', share='शेअर करा', home='मुख्यपृष्ठ', ad='जाहिरात', tags='टॅग्स', rel='संबंधित बातम्या',
               com='प्रतिक्रिया', upd='अपडेट', pub='प्रकाशित', wa='ताज्या बातम्यांसाठी आमचे WhatsApp चॅनल फॉलो करा',
               app='आमचे अ‍ॅप डाउनलोड करा', ws='वेब स्टोरीज', post='पोस्ट वेळ', news='बातम्या',
               trend='ट्रेंडिंग', follow='आम्हाला फॉलो करा', more='अधिक वाचा', prev='मागील', next='पुढील'),
    'ne': dict(ra='यो पनि पढ्नुहोस्', share='सेयर गर्नुहोस्', home='गृहपृष्ठ', ad='विज्ञापन', tags='ट्याग',
               rel='सम्बन्धित खबर', com='प्रतिक्रिया', upd='अपडेट', pub='प्रकाशित', wa='हाम्रो Viber च्यानलमा जोडिनुहोस्',
               app='एप डाउनलोड गर्नुहोस्', ws='भिडियो', post='पोस्ट समय', news='समाचार', trend='ट्रेन्डिङ',
               follow='फलो गर्नुहोस्', more='थप पढ्नुहोस्', prev='अघिल्लो', next='पछिल्लो'),
    'bn': dict(ra='আরও পড়ুন', share='শেয়ার করুন', home='প্রচ্ছদ', ad='বিজ্ঞাপন', tags='বিষয়', rel='সম্পর্কিত খবর',
               com='মন্তব্য', upd='আপডেট', pub='প্রকাশ', wa='আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন',
               app='অ্যাপ ডাউনলোড করুন', ws='ওয়েব স্টোরি', post='পোস্টের সময়', news='খবর', trend='ট্রেন্ডিং',
               follow='ফলো করুন', more='আরও পড়ুন', prev='আগের', next='পরের'),
    'as': dict(ra='লগতে পঢ়ক', share='শ্বেয়াৰ কৰক', home='মূখ্য পৃষ্ঠা', ad='বিজ্ঞাপন', tags='টেগ', rel='সম্পৰ্কীয় বাতৰি',
               com='মন্তব্য', upd='আপডেট', pub='প্ৰকাশিত', wa='আমাৰ হোৱাটছএপ চেনেলত যোগদান কৰক',
               app='এপ ডাউনলোড কৰক', ws='ৱেব ষ্ট\'ৰি', post='পোষ্টৰ সময়', news='বাতৰি', trend='ট্ৰেণ্ডিং',
               follow='ফল\' কৰক', more='অধিক পঢ়ক', prev='পূৰ্বৱৰ্তী', next='পৰৱৰ্তী'),
    'kn': dict(ra='ಇದನ್ನೂ ಓದಿ', share='ಹಂಚಿಕೊಳ್ಳಿ', home='ಮುಖಪುಟ', ad='ಜಾಹೀರಾತು', tags='ಟ್ಯಾಗ್‌ಗಳು', rel='ಸಂಬಂಧಿತ ಸುದ್ದಿ',
               com='ಪ್ರತಿಕ್ರಿಯೆಗಳು', upd='ಅಪ್‌ಡೇಟ್', pub='ಪ್ರಕಟಿಸಲಾಗಿದೆ', wa='ನಮ್ಮ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್‌ಗೆ ಸೇರಿ',
               app='ಆ್ಯಪ್ ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ', ws='ವೆಬ್ ಸ್ಟೋರೀಸ್', post='ಪೋಸ್ಟ್ ಸಮಯ', news='ಸುದ್ದಿ', trend='ಟ್ರೆಂಡಿಂಗ್',
               follow='ಫಾಲೋ ಮಾಡಿ', more='ಇನ್ನಷ್ಟು ಓದಿ', prev='ಹಿಂದಿನ', next='ಮುಂದಿನ'),
    'ta': dict(ra='இதையும் படிக்க', share='பகிர்', home='முகப்பு', ad='விளம்பரம்', tags='குறிச்சொற்கள்', rel='தொடர்புடைய செய்திகள்',
               com='கருத்துகள்', upd='புதுப்பிக்கப்பட்டது', pub='வெளியிடப்பட்டது', wa='வாட்ஸ்அப் சேனலில் இணையுங்கள்',
               app='செயலியைப் பதிவிறக்குங்கள்', ws='வெப் ஸ்டோரீஸ்', post='இடுகை நேரம்', news='செய்திகள்', trend='டிரெண்டிங்',
               follow='பின்தொடருங்கள்', more='மேலும் படிக்க', prev='முந்தைய', next='அடுத்த'),
    'te': dict(ra='ఇవి కూడా చదవండి', share='షేర్ చేయండి', home='హోమ్', ad='ప్రకటన', tags='ట్యాగ్స్', rel='సంబంధిత వార్తలు',
               com='వ్యాఖ్యలు', upd='అప్‌డేట్', pub='ప్రచురించబడింది', wa='మా వాట్సాప్ ఛానల్‌లో చేరండి',
               app='యాప్ డౌన్‌లోడ్ చేసుకోండి', ws='వెబ్ స్టోరీస్', post='పోస్ట్ సమయం', news='వార్తలు', trend='ట్రెండింగ్',
               follow='ఫాలో అవ్వండి', more='మరింత చదవండి', prev='మునుపటి', next='తదుపరి'),
    'ml': dict(ra='ഇതും വായിക്കുക', share='ഷെയർ ചെയ്യുക', home='ഹോം', ad='പരസ്യം', tags='ടാഗുകൾ', rel='ബന്ധപ്പെട്ട വാർത്തകൾ',
               com='അഭിപ്രായങ്ങൾ', upd='അപ്ഡേറ്റ്', pub='പ്രസിദ്ധീകരിച്ചത്', wa='ഞങ്ങളുടെ വാട്സാപ്പ് ചാനലിൽ ചേരൂ',
               app='ആപ്പ് ഡൗൺലോഡ് ചെയ്യൂ', ws='വെബ് സ്റ്റോറീസ്', post='പോസ്റ്റ് സമയം', news='വാർത്തകൾ', trend='ട്രെൻഡിങ്',
               follow='ഫോളോ ചെയ്യൂ', more='കൂടുതൽ വായിക്കുക', prev='മുമ്പത്തെ', next='അടുത്തത്'),
    'gu': dict(ra='આ પણ વાંચો', share='શેર કરો', home='હોમ', ad='જાહેરાત', tags='ટૅગ્સ', rel='સંબંધિત સમાચાર',
               com='પ્રતિભાવ', upd='અપડેટ', pub='પ્રકાશિત', wa='અમારી WhatsApp ચેનલ સાથે જોડાઓ',
               app='એપ ડાઉનલોડ કરો', ws='વેબ સ્ટોરીઝ', post='પોસ્ટ સમય', news='સમાચાર', trend='ટ્રેન્ડિંગ',
               follow='ફોલો કરો', more='વધુ વાંચો', prev='પાછલું', next='આગળનું'),
    'pa': dict(ra='ਇਹ ਵੀ ਪੜ੍ਹੋ', share='ਸਾਂਝਾ ਕਰੋ', home='ਮੁੱਖ ਪੰਨਾ', ad='ਇਸ਼ਤਿਹਾਰ', tags='ਟੈਗ', rel='ਸਬੰਧਤ ਖ਼ਬਰਾਂ',
               com='ਟਿੱਪਣੀਆਂ', upd='ਅਪਡੇਟ', pub='ਪ੍ਰਕਾਸ਼ਿਤ', wa='ਸਾਡੇ WhatsApp ਚੈਨਲ ਨਾਲ ਜੁੜੋ',
               app='ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ', ws='ਵੈੱਬ ਸਟੋਰੀਜ਼', post='ਪੋਸਟ ਸਮਾਂ', news='ਖ਼ਬਰਾਂ', trend='ਟ੍ਰੈਂਡਿੰਗ',
               follow='ਫਾਲੋ ਕਰੋ', more='ਹੋਰ ਪੜ੍ਹੋ', prev='ਪਿਛਲਾ', next='ਅਗਲਾ'),
}
EN_MON = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split()
EN_MON_T = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def dig(s, lang, mode):
    """Western digits of s to the language's native digits when mode is 'n'."""
    if mode != 'n':
        return s
    z = ZERO[lang]
    return ''.join(chr(z + ord(c) - 48) if '0' <= c <= '9' else c for c in s)


def inline(s):
    """Inline markup of a story line to HTML: [text](url) links and **bold**."""
    s = E(s, quote=False)
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', s)
    return s


def plain(s):
    """Inline markup of a story line to its text."""
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1', s)
    return s.replace('**', '')


def parse(path):
    stories, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('### '):
            f = line[4:].split('|')
            cur = dict(tpl=f[0], lang=f[1], hl=f[2], dt=f[3], by=f[4], sec=f[5], city=f[6], digits=f[7],
                       cs=f[8], items=[])
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


def date_native(st, weekday=False):
    y, m, d = st['dt'][:10].split('-')
    hh, mm = st['dt'][11:16].split(':')
    mon = MONTHS[st['lang']][int(m) - 1]
    return int(y), mon, int(d), hh, mm


def slug(st, n):
    return 'news/%s/%d-%s' % (st['sec_slug'], 7140000 + n * 37, 'story')


def body_html(st, n, tpl):
    """The story's column: paragraphs and the furniture set between them, in the template's dialect."""
    lang, lz = st['lang'], L[st['lang']]
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
    for i, (code, val) in enumerate(st['items']):
        if code != 'LI' and in_list or code != 'TR' and rows:
            flush()
        if code == 'P':
            if tpl == 'blogger':
                out.append(inline(val) + '<br /><br />')
            else:
                out.append('<p>%s</p>' % inline(val))
        elif code == 'H2':
            out.append('<h2>%s</h2>' % inline(val) if tpl != 'blogger' else '<b>%s</b><br /><br />' % inline(val))
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
            href = '/%s/%d.html' % (st['sec_slug'], 9100 + i * 13 + n)
            if tpl == 'natl':
                out.append('<p class="also-read"><strong>%s: </strong><a href="%s">%s</a></p>' % (lz['ra'], href, E(val)))
            elif tpl == 'wp':
                out.append('<p><strong>%s: <a href="https://%s%s">%s</a></strong></p>' % (lz['ra'], st['host'], href, E(val)))
            elif tpl == 'tv':
                out.append('<div class="read-also"><span>%s</span><a href="%s">%s</a></div>' % (lz['ra'], href, E(val)))
            elif tpl == 'bd':
                out.append('<div class="also-read-inline"><p>%s</p><ul><li><a href="%s">%s</a></li></ul></div>' % (lz['ra'], href, E(val)))
            elif tpl == 'blogger':
                out.append('<b>%s:</b> <a href="%s">%s</a><br /><br />' % (lz['ra'], href, E(val)))
            else:
                out.append('<p><b>%s:</b> <a href="%s">%s</a></p>' % (lz['ra'], href, E(val)))
        elif code == 'AD':
            out.append('<div class="ad-slot ad-inarticle"><span class="ad-label">%s</span><div id="div-gpt-ad-%d-%d" '
                       'style="min-height:250px"></div><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-%d-%d");});</script></div>'
                       % (lz['ad'], n, i, n, i))
        elif code == 'FIG':
            cap, cred = (val.split('|') + [''])[:2]
            out.append('<figure class="inline-img"><img src="https://img.%s/%d/%d.jpg" alt="%s" loading="lazy" width="720" height="405">'
                       '<figcaption>%s <span class="credit">%s</span></figcaption></figure>' % (st['host'], n, i, E(cap), E(cap), E(cred)))
        elif code == 'AGENCY':
            out.append('<p class="agency">%s</p>' % E(val) if tpl != 'blogger' else E(val) + '<br />')
        elif code == 'WA':
            out.append('<div class="wa-cta"><a href="https://whatsapp.com/channel/0029Va%d" rel="nofollow" target="_blank">'
                       '<img src="/static/wa.svg" alt="WhatsApp" width="24"><span>%s</span></a>'
                       '<a class="tg" href="https://t.me/%s" rel="nofollow">Telegram</a></div>' % (n * 7919, E(val or lz['wa']), st['host'].split('.')[0]))
        elif code == 'APP':
            out.append('<div class="app-cta"><p>%s</p><a href="https://play.google.com/store/apps/details?id=com.%s.news">'
                       '<img src="/static/gplay.png" alt="Google Play"></a><a href="https://apps.apple.com/in/app/id1%d">'
                       '<img src="/static/appstore.png" alt="App Store"></a></div>' % (E(val or lz['app']), st['host'].split('.')[0], n * 104729))
        elif code == 'WS':
            titles = val.split(';;')
            out.append('<div class="webstories-strip"><div class="ws-head">%s</div><div class="ws-track">%s</div></div>' % (
                lz['ws'], ''.join('<a class="ws-card" href="/web-stories/%d/"><img src="/ws/%d.webp" alt=""><span>%s</span></a>'
                                  % (n * 100 + k, n * 100 + k, E(t)) for k, t in enumerate(titles))))
        elif code == 'VID':
            out.append('<div class="video-embed"><div class="jw-player" data-media="%d"></div><p class="vid-title">%s</p></div>' % (n * 31, E(val)))
    flush()
    return '\n'.join(out)


def style_block(n, rules):
    """A page's inline stylesheet (real templates inline several KB of CSS): `rules` generated rules."""
    props = ['margin:0 0 %dpx', 'padding:%dpx 12px', 'font-size:%dpx', 'line-height:1.%d', 'border-bottom:%dpx solid #e5e5e5',
             'max-width:%d0px', 'gap:%dpx', 'border-radius:%dpx']
    sels = ['.hdr', '.nav li', '.story a', '.widget h3', '.ftr ul li', '.card', '.btn', '.ad-slot', '.sidebar .item', '.grid']
    out = []
    for k in range(rules):
        out.append('%s-%d{%s;%s}' % (sels[(k + n) % len(sels)], k, props[k % len(props)] % (k % 17 + 2),
                                     props[(k * 3 + 1) % len(props)] % (k % 11 + 3)))
    return '<style>' + '\n'.join(out) + '</style>'


def head(st, n, extra=''):
    lang = st['lang']
    hl = ' lang="%s"' % st['hl'] if st['hl'] != '-' else ''
    cs = '<meta charset="%s">' % st['cs'] if st['cs'] != '-' else ''
    desc = plain(next((v for c, v in st['items'] if c == 'P'), ''))[:150]
    extra = extra + style_block(n, PAD.get(st['tpl'], 40))
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n%s\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s | %s</title>\n<meta name="description" content="%s">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n'
            '<meta property="og:site_name" content="%s">\n<link rel="canonical" href="https://%s/%s">\n%s\n</head>\n'
            % (hl, cs, E(st['title']), E(st['site']), E(desc), E(st['title']), E(st['site']), st['host'], st['path'], extra))


def jsonld(st, n):
    d = dict(**{'@context': 'https://schema.org', '@type': 'NewsArticle'}, headline=st['title'],
             datePublished=st['dt'] + ':00+05:30', dateModified=st['dt'] + ':00+05:30', inLanguage=st['lang'],
             author=[{'@type': 'Person', 'name': st['by']}],
             publisher={'@type': 'Organization', 'name': st['site'], 'logo': {'@type': 'ImageObject', 'url': 'https://%s/logo.png' % st['host']}},
             mainEntityOfPage='https://%s/%s' % (st['host'], st['path']))
    return '<script type="application/ld+json">%s</script>' % json.dumps(d, ensure_ascii=False)


def nav_links(st, words):
    return ''.join('<li><a href="/%s/">%s</a></li>' % ('s%d' % k, E(w)) for k, w in enumerate(words))


SECT = {
    'hi': 'देश|दुनिया|राज्य|क्रिकेट|बिज़नेस|मनोरंजन|टेक|लाइफस्टाइल|धर्म|करियर|वीडियो|फोटो',
    'mr': 'महाराष्ट्र|मुंबई|पुणे|देश-विदेश|क्रीडा|मनोरंजन|अर्थकारण|राजकारण|शेती|व्हिडिओ',
    'ne': 'समाचार|राजनीति|अर्थ|खेलकुद|मनोरञ्जन|प्रदेश|विचार|प्रवास|स्वास्थ्य',
    'bn': 'দেশ|রাজ্য|কলকাতা|বিদেশ|খেলা|বিনোদন|ব্যবসা|প্রযুক্তি|জীবনযাপন|মতামত',
    'as': 'অসম|গুৱাহাটী|দেশ|বিদেশ|খেল|মনোৰঞ্জন|অৰ্থনীতি|সম্পাদকীয়',
    'kn': 'ರಾಜ್ಯ|ಬೆಂಗಳೂರು|ದೇಶ|ವಿದೇಶ|ಕ್ರೀಡೆ|ಸಿನಿಮಾ|ವಾಣಿಜ್ಯ|ತಂತ್ರಜ್ಞಾನ|ಜ್ಯೋತಿಷ್ಯ|ವಿಡಿಯೋ',
    'ta': 'தமிழகம்|இந்தியா|உலகம்|விளையாட்டு|சினிமா|வணிகம்|தொழில்நுட்பம்|ஆன்மிகம்|வீடியோ',
    'te': 'ఆంధ్రప్రదేశ్|తెలంగాణ|జాతీయం|అంతర్జాతీయం|క్రీడలు|సినిమా|బిజినెస్|టెక్|వీడియోలు',
    'ml': 'കേരളം|ഇന്ത്യ|ലോകം|കായികം|സിനിമ|ബിസിനസ്|ടെക്|ആരോഗ്യം|വീഡിയോ',
    'gu': 'ગુજરાત|અમદાવાદ|દેશ|વિદેશ|ક્રિકેટ|મનોરંજન|બિઝનેસ|ધર્મ|વીડિયો',
    'pa': 'ਪੰਜਾਬ|ਦੇਸ਼|ਵਿਦੇਸ਼|ਖੇਡਾਂ|ਮਨੋਰੰਜਨ|ਕਾਰੋਬਾਰ|ਧਰਮ|ਵੀਡੀਓ',
}
SECT = {k: v.split('|') for k, v in SECT.items()}

SCRIPTS_HEAVY = ('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
                 '<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/2145/news/article",[[300,250],[728,90]],"div-gpt-ad-top").addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>\n'
                 '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.insertBefore(j,f);})(window,document,"script","dataLayer","GTM-K7Q2XW");</script>\n'
                 '<script>var _comscore=_comscore||[];_comscore.push({c1:"2",c2:"20261207"});window.izooto=window.izooto||[];izooto.push({"pushSubscribe":1});</script>\n')


def filler_list(titles, cls, href_base):
    return '<ul class="%s">%s</ul>' % (cls, ''.join('<li><a href="%s/%d">%s</a></li>' % (href_base, 500 + k, E(t)) for k, t in enumerate(titles)))


def tpl_natl(st, n):
    """A national portal: live-score bar, mega nav, breadcrumb, headline, summary bullets in the header,
    byline/date row, share bar, the story with read-also lines, ads, web stories and WhatsApp/app calls, tags,
    related and trending rails, a huge footer."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    dl = dig('%d %s %d, %s:%s' % (d, mon, y, hh, mm), lang, st['digits'])
    others = st['others']
    score = ('<div class="live-score-bar"><span class="live-dot">LIVE</span> <a href="/cricket/live-score/">IND 287/4 (48.2) vs AUS'
             ' &middot; %s</a> <a href="/cricket/schedule/">Schedule</a> <a href="/cricket/points-table/">Points Table</a></div>' % E(others[0]))
    summary = ''.join('<li>%s</li>' % E(s) for s in st.get('summary', []))
    h = head(st, n, SCRIPTS_HEAVY + jsonld(st, n) + '<link rel="stylesheet" href="/_next/static/css/a1f3.css">')
    return h + '''<body class="article-page lang-{lang}">
<div id="__next"><div class="sc-top-ad"><span>{ad}</span><div id="div-gpt-ad-top" style="min-height:90px"></div></div>
{score}
<header class="hdr_wrap"><div class="hdr_top"><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a>
<div class="hdr_btns"><a href="/epaper/">E-Paper</a><a href="/live-tv/">Live TV</a><button class="lang-sw">English | বাংলা | मराठी | ગુજરાતી | ಕನ್ನಡ | தமிழ் | తెలుగు</button></div></div>
<nav class="mega_nav"><ul><li><a href="/">{home}</a></li>{nav}</ul></nav>
<div class="breaking_ticker"><b>Breaking</b><marquee>{tick}</marquee></div></header>
<main class="article_main"><div class="container"><div class="row"><div class="col-lg-8">
<div class="brdcrm"><a href="/">{home}</a> / <a href="/{secs}/">{sec}</a> / <span>{short}</span></div>
<article class="story_detail" id="story-{n}">
<h1 class="story_title">{title}</h1>
<ul class="story_summary">{summary}</ul>
<div class="story_meta"><div class="author"><img src="/authors/{n}.jpg" alt=""><a href="/author/{n}/">{by}</a><span class="loc">, {city}</span></div>
<div class="dates"><span>{pub}: {dl} IST</span></div>
<div class="share_icons"><span>{share}</span><a class="fb" href="#">Facebook</a><a class="tw" href="#">X</a><a class="wa" href="#">WhatsApp</a><a class="cp" href="#">Copy Link</a></div>
<div class="google_news"><a href="https://news.google.com/publications/CAAq{n}">{follow} Google News</a></div></div>
<figure class="lead_img"><img src="https://img.{host}/lead/{n}.jpg" alt="{title}" width="1200" height="675"><figcaption>{cap}</figcaption></figure>
<div class="story_content" id="story_body_{n}">
{body}
</div>
<div class="story_tags"><span>{tags}:</span>{taglinks}</div>
</article>
<div class="after_story"><div class="wa-cta-bottom"><a href="https://whatsapp.com/channel/0029Vb{n}">{wa}</a></div>
<h3>{rel}</h3>{rellist}</div>
<div class="comments_box"><h3>{com}</h3><div id="vuukle-comments"></div></div>
</div><aside class="col-lg-4 sidebar"><div class="ad-slot"><span class="ad-label">{ad}</span><div style="min-height:600px"></div></div>
<div class="widget"><h3>{trend}</h3>{trendlist}</div><div class="widget ws"><h3>{ws}</h3>{wslist}</div>
<div class="widget"><h3>{more}</h3>{morelist}</div></aside></div></div></main>
<footer class="ftr"><div class="ftr_links">{footlinks}</div><div class="ftr_apps"><p>{app}</p><a href="#">Google Play</a><a href="#">App Store</a></div>
<p class="copy">Copyright &copy; 2026 {site}. All rights reserved. | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/terms/">Terms of Use</a> | <a href="/contact-us/">Contact Us</a></p></footer>
</div><script>window.__APP_STATE__={{"article":{{"id":{n},"section":"{secs}"}}}};</script></body></html>
'''.format(lang=lang, ad=lz['ad'], score=score, site=E(st['site']), home=lz['home'], nav=nav_links(st, SECT[lang]),
           tick=E(' • '.join(others[:3])), secs=st['sec_slug'], sec=E(st['sec']), short=E(st['title'][:40]), n=n,
           title=E(st['title']), summary=summary, by=E(st['by']), city=E(st['city']), pub=lz['pub'], dl=dl,
           share=lz['share'], follow=lz['follow'], host=st['host'], cap=E(st.get('cap', st['title'])), body=body_html(st, n, 'natl'),
           tags=lz['tags'], taglinks=''.join('<a href="/tag/%d/">%s</a>' % (k, E(t)) for k, t in enumerate(st['tags'])),
           wa=lz['wa'], rel=lz['rel'], rellist=filler_list(others[:4], 'rel_list', '/' + st['sec_slug']), com=lz['com'],
           trend=lz['trend'], trendlist=filler_list(others[1:5], 'trend_list', '/trending'), ws=lz['ws'],
           wslist=filler_list(others[2:5], 'ws_list', '/web-stories'), more=lz['more'],
           morelist=filler_list(others[3:6], 'more_list', '/latest'), footlinks=nav_links(st, SECT[lang] + ['About Us', 'Advertise', 'Careers', 'Sitemap']),
           app=lz['app'])


def tpl_wp(st, n):
    """A regional daily on WordPress (a news theme): top bar with the date, menu, headline, category chip,
    author and date meta in native words, share buttons, the entry content with bold read-also lines and ads,
    tags, author box, related posts, comment form, widgets."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    dl = dig('%s %d, %d' % (mon, d, y) if lang in ('ta', 'te', 'kn', 'ml') else '%d %s %d' % (d, mon, y), lang, st['digits'])
    others = st['others']
    h = head(st, n, '<link rel="stylesheet" id="jnews-style-css" href="/wp-content/themes/jnews/style.css?ver=11.0" media="all">\n'
             '<meta property="article:published_time" content="%s:00+05:30">\n' % st['dt'] if st.get('meta_date', True) else
             '<link rel="stylesheet" id="jnews-style-css" href="/wp-content/themes/jnews/style.css?ver=11.0" media="all">\n'
             ) + ''
    return h + '''<body class="post-template-default single single-post postid-{n} single-format-standard wp-embed-responsive">
<div class="jeg_viewport"><div class="jeg_topbar"><span class="jeg_top_date">{today}</span><ul class="jeg_menu_top"><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></div>
<div class="jeg_header"><div class="jeg_logo"><a href="/"><img src="/wp-content/uploads/2024/01/logo.png" alt="{site}"></a></div>
<nav class="jeg_main_menu"><ul class="menu"><li class="menu-item"><a href="/">{home}</a></li>{nav}</ul></nav></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs"><a href="/">{home}</a> <i class="fa fa-angle-right"></i> <a href="/category/{secs}/">{sec}</a></div>
<div class="entry-header"><div class="jeg_meta_category"><a href="/category/{secs}/" rel="category tag">{sec}</a></div>
<h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">By <a href="/author/{n}/">{by}</a></div>
<div class="jeg_meta_date"><a href="#">{dl}</a></div><div class="jeg_meta_comment"><a href="#comments">0</a></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a class="jeg_btn-facebook" href="#">Facebook</a><a class="jeg_btn-twitter" href="#">Twitter</a><a class="jeg_btn-whatsapp" href="#">WhatsApp</a></div></div>
<div class="jeg_featured featured_image"><img width="750" height="422" src="/wp-content/uploads/2026/{mo}/img{n}.jpg" class="wp-post-image" alt=""></div>
<div class="entry-content no-share"><div class="content-inner">
{body}
</div></div>
<div class="jeg_post_tags"><span>{tags}:</span>{taglinks}</div>
<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/{n}/">{by}</a></h3><p class="jeg_author_desc">{bio}</p></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><h3>{rel}</h3>{rellist}</div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="author" type="text"><input name="email" type="email"><input name="submit" type="submit" value="Post Comment"></form></div></div>
</div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_search"><form><input type="search" placeholder="Search"></form></div>
<div class="widget"><div class="jeg_block_heading"><h3>{trend}</h3></div>{trendlist}</div>
<div class="widget"><div class="jeg_block_heading"><h3>{follow}</h3></div><a href="#">Facebook</a> <a href="#">YouTube</a> <a href="#">Instagram</a></div></div>
</div></div></div></div></div>
<div class="jeg_footer"><div class="jeg_footer_content"><p>{site} — {about}</p><ul>{nav}</ul>
<p class="copyright">&copy; 2026 {site} - Designed by WebSeva Solutions</p></div></div></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script><script src="/wp-content/themes/jnews/assets/js/main.js?ver=11.0"></script>
</body></html>
'''.format(n=n, today=dig('%d %s %d' % (d, mon, y), lang, st['digits']), site=E(st['site']), home=lz['home'],
           nav=nav_links(st, SECT[lang]), secs=st['sec_slug'], sec=E(st['sec']), title=E(st['title']), by=E(st['by']),
           dl=dl, mo=st['dt'][5:7], body=body_html(st, n, 'wp'), tags=lz['tags'],
           taglinks=''.join('<a href="/tag/t%d/" rel="tag">%s</a>' % (k, E(t)) for k, t in enumerate(st['tags'])),
           bio=E(st.get('bio', st['by'])), rel=lz['rel'], rellist=filler_list(others[:4], 'jeg_posts', '/' + st['sec_slug']),
           trend=lz['trend'], trendlist=filler_list(others[2:6], 'jeg_posts', '/popular'), follow=lz['follow'],
           about=E(st.get('about', st['site'])))


def tpl_blogger(st, n):
    """A regional paper on Blogger: date header in native words over the post, post body as text with <br>
    breaks, labels, share row, blog archive and popular posts gadgets, comments."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    dh = dig('%d %s %d' % (d, mon, y), lang, st['digits'])
    others = st['others']
    h = head(st, n, "<link rel='alternate' type='application/atom+xml' title='%s - Atom' href='https://%s/feeds/posts/default'>\n"
             "<style>body{font:14px Arial}.post-body{line-height:1.6}</style>" % (E(st['site']), st['host']))
    return h + '''<body class="variant-indie"><div class="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1">
<h1 class="title"><a href="https://{host}/">{site}</a></h1><p class="description">{about}</p></div></div></div>
<div class="tabs-outer"><div class="widget PageList"><ul><li><a href="/">{home}</a></li>{nav}</ul></div></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{dh}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<a name="{n}"></a><h3 class="post-title entry-title" itemprop="name">{title}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{n}" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v{n}/s1600/photo.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="360" src="https://blogger.googleusercontent.com/img/b/R29v{n}/s640/photo.jpg" width="640" /></a></div>
{body}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{by}</span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="https://{host}/{path}" rel="bookmark"><abbr class="published" title="{iso}:00+05:30">{hh}:{mm}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">{com}</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {labels}</span></div>
<div class="post-share-buttons"><a class="share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Share to X</a><a class="share-button sb-facebook" href="#">Share to Facebook</a></div></div>
</div><div class="comments" id="comments"><h4>{com}</h4><div id="comment-holder"><p>{comment1}</p></div><p class="comment-footer"><a href="#">Post a Comment</a></p></div></div></div></div>
</div><div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a> <a class="blog-pager-older-link" href="#">Older Post</a> <a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#">Post Comments (Atom)</a></div></div></div></div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts"><h2>Popular Posts</h2>{poplist}</div>
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy"><li>&#9660; <a href="#">2026</a> (412)<ul><li><a href="#">{mon}</a> (38)</li></ul></li></ul></div>
<div class="widget Label"><h2>Labels</h2>{labels}</div></div>
<div class="footer-outer"><div class="widget Attribution">Powered by <a href="https://www.blogger.com">Blogger</a>. {site} &copy; 2026</div></div></div>
</body></html>
'''.format(host=st['host'], site=E(st['site']), about=E(st.get('about', '')), home=lz['home'], nav=nav_links(st, SECT[lang][:6]),
           dh=dh, n=n, title=E(st['title']), body=body_html(st, n, 'blogger'), by=E(st['by']), path=st['path'], iso=st['dt'],
           hh=hh, mm=mm, com=lz['com'], labels=', '.join('<a href="/search/label/%d">%s</a>' % (k, E(t)) for k, t in enumerate(st['tags'])),
           comment1=E(st.get('comment', '')), poplist=filler_list(others[:5], 'popular', '/p'), mon=mon)


def tpl_pib(st, n):
    """A government press-release page (PIB-like): ministry header, language choice, release id, the
    'Posted On' line in English or translated, the release text with a table, '***' and the officers'
    initials, print and share icons, a footer with the portal's links."""
    lz, lang = L[st['lang']], st['lang']
    y, m, d = st['dt'][:10].split('-')
    hour = int(st['dt'][11:13])
    posted = '%s %s %s %d:%s%s' % (d, EN_MON[int(m) - 1], y, hour % 12 or 12, st['dt'][14:16], 'PM' if hour >= 12 else 'AM')
    lab = st.get('posted_label', 'Posted On')
    h = head(st, n, '<link rel="stylesheet" href="/Content/bootstrap.min.css">')
    return h + '''<body><div class="top-bar"><a href="#skip">Skip to main content</a> <a href="/">Government of India</a> <span>A- A A+</span>
<select id="ddlLang"><option>English</option><option selected>{langname}</option><option>Urdu</option></select></div>
<header><img src="/images/emblem.png" alt="National Emblem"><h2>{portal}</h2></header>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/allRel.aspx">All Releases</a></li><li><a href="/PhotoGallery.aspx">Photos</a></li><li><a href="/backgrounders.aspx">Backgrounders</a></li><li><a href="/Feature.aspx">Features</a></li><li><a href="/ContactUs.aspx">Contact Us</a></li></ul></nav>
<div class="container" id="skip"><div class="innner-page-main-about-us-content-right-part">
<div class="MinistryNameSubhead">{ministry}</div>
<div class="innner-page-main-about-us-content-right-part"><h2 style="text-align:center">{title}</h2>
<div class="ReleaseDateSubHeaddateTime text-center pt20">{lab}: {posted} by {office}</div>
<div class="ReleaseLang">This release is available in: <a href="?PRID={prid}&lang=1">English</a> , <a href="?PRID={prid}&lang=2">Urdu</a> , <a href="?PRID={prid}&lang={lc}">{langname}</a></div>
<div class="pt20" id="PdfDiv">
{body}
<p style="text-align:center">***</p>
<p>{initials}</p>
<p>(Release ID: {prid})</p>
</div>
<div class="ReleaseVisitor">Visitor Counter : {visits}</div>
<div class="print-share"><a href="javascript:window.print()"><img src="/images/print.png" alt="Print"></a> <a href="#"><img src="/images/fb.png" alt="Facebook"></a> <a href="#"><img src="/images/tw.png" alt="Twitter"></a> <a href="#"><img src="/images/wa.png" alt="WhatsApp"></a></div>
</div></div></div>
<footer><div class="footer-links"><a href="/WebsitePolicy.aspx">Website Policies</a> | <a href="/Accessibility.aspx">Accessibility</a> | <a href="/Help.aspx">Help</a> | <a href="/Sitemap.aspx">Sitemap</a></div>
<p>Content on this website is published and managed by {portal}. Designed and hosted by National Informatics Centre.</p><p>Last Updated: {posted}</p></footer>
</body></html>
'''.format(langname=st['langname'], portal=E(st['site']), ministry=E(st['sec']), title=E(st['title']), lab=E(lab), posted=posted,
           office=E(st['city']), prid=2080000 + n * 113, lc=10 + n % 7, body=body_html(st, n, 'pib'),
           initials=E(st.get('initials', 'MJPS/RT')), visits=300 + n * 17)


def tpl_b2b(st, n):
    """A B2B manufacturer's machine-translated site: product menu, news breadcrumb, the article, the
    translated 'Post time' footer with a translated month, previous/next links, product sidebar, inquiry form."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    pt = dig('%s-%02d-%d' % (mon, d, y), lang, st['digits'])
    others = st['others']
    h = head(st, n, '<link href="/style/global/style.css" rel="stylesheet">\n<link rel="alternate" hreflang="en" href="https://www.%s/news/">' % st['host'].split('.', 1)[1])
    return h + '''<body><div class="container"><header class="head-wrapper"><div class="topbar"><span>E-mail: sales@{host}</span> <span>Tel: +86-575-8816-2{n:03d}</span>
<div class="language"><a href="https://www.{root}/">English</a> <a href="#">Español</a> <a href="#">Русский</a> <a href="#">{langname}</a></div></div>
<nav class="nav-bar"><ul class="gm-sep nav"><li><a href="/">{home}</a></li><li><a href="/products/">{prod}</a><ul>{prodlist}</ul></li><li><a href="/about-us/">{aboutw}</a></li><li class="nav-current"><a href="/news/">{news}</a></li><li><a href="/contact-us/">{contact}</a></li></ul></nav></header>
<nav class="path-bar"><ul class="path-nav"><li><a href="/">{home}</a></li><li><a href="/news/">{news}</a></li></ul></nav>
<section class="layout page_content"><aside class="aside"><section class="aside-wrap"><section class="side-widget"><div class="side-tit-bar"><h4 class="side-tit">{prod}</h4></div>
<ul class="side-cate">{prodlist}</ul></section><div class="side-widget"><div class="side-product-items"><span class="side-tit">{feat}</span>{featlist}</div></div></section></aside>
<section class="main"><div class="main-tit-bar"><h1 class="title">{title}</h1></div>
<article class="entry blog-article">
{body}
</article>
<div class="addthis_share"><span>{share}</span></div>
<div class="entry-meta"><time class="entry-date">{post}: {pt}</time></div>
<div class="page-bar"><a href="/news/{prevn}.html">{prev}: {prevt}</a> <a href="/news/{nextn}.html">{next}: {nextt}</a></div>
</section></section>
<div class="inquiry-form-wrap"><h2>{inq}</h2><form><input placeholder="Name"><input placeholder="E-mail"><textarea placeholder="Message"></textarea><button>Send</button></form></div>
<footer class="foot-wrapper"><div class="foot-items"><p>{addr}</p><ul>{prodlist}</ul></div><p class="copyright">&copy; Copyright - 2010-2026 : All Rights Reserved. <a href="/sitemap.xml">Sitemap</a> - <a href="/amp/">AMP Mobile</a></p>
<p class="hot-tags">Hot Products - {hot}</p></footer></div>
<script type="text/javascript" src="//www.globalso.site/livechat.js"></script></body></html>
'''.format(host=st['host'], root=st['host'].split('.', 1)[1], n=n, langname=st['langname'], home=lz['home'],
           prod=E(st['prodw']), prodlist=''.join('<li><a href="/p%d/">%s</a></li>' % (k, E(p)) for k, p in enumerate(st['products'])),
           aboutw=E(st['aboutw']), news=lz['news'], contact=E(st['contactw']), feat=E(st['featw']),
           featlist=''.join('<div class="side_slider"><a href="/f%d/"><img src="/f%d.jpg" alt=""></a><h4><a href="/f%d/">%s</a></h4></div>' % (k, k, k, E(p)) for k, p in enumerate(st['products'][:3])),
           title=E(st['title']), body=body_html(st, n, 'b2b'), share=lz['share'], post=lz['post'], pt=pt,
           prevn=n * 3, nextn=n * 3 + 2, prev=lz['prev'], next=lz['next'], prevt=E(others[0]), nextt=E(others[1]),
           inq=E(st['inqw']), addr=E(st['addr']), hot=E(', '.join(st['products'])))


def tpl_bd(st, n):
    """A Bangladeshi portal: red header, section label, headline, writer and 'প্রকাশ:'/'আপডেট:' lines with
    Bengali digits, share buttons, the story with 'আরও পড়ুন' boxes (label over a link list), print edition note,
    'বিষয়:' tags, 'আরও পড়ুন' rail, footer with the editor's name and address."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    h12 = int(hh) % 12 or 12
    pub = dig('%02d %s %d, %d: %s' % (d, mon, y, h12, mm), lang, 'n')
    upd = dig('%02d %s %d, %d: %s' % (d, mon, y, (h12 % 12) + 1, mm), lang, 'n')
    others = st['others']
    h = head(st, n, jsonld(st, n) + '<meta name="publish-date" content="%s:00+06:00">' % st['dt'])
    return h + '''<body><div id="container"><header class="site-header"><div class="hdr-date">{today}</div><a class="logo" href="/"><img src="/media/logo.svg" alt="{site}"></a>
<nav class="main-menu"><ul><li><a href="/">{home}</a></li>{nav}<li><a href="/epaper">ই-পেপার</a></li></ul></nav></header>
<main><div class="story-page"><div class="story-head"><a class="section-label" href="/{secs}">{sec}</a>
<h1 class="headline">{title}</h1><div class="story-meta"><div class="contributor">{by}</div><div class="city">{city}</div>
<div class="time"><span>প্রকাশ: {pub}</span></div><div class="time"><span>আপডেট: {upd}</span></div></div>
<div class="share-bar"><button>Facebook</button><button>X</button><button>Messenger</button><button>{share}</button></div></div>
<figure class="hero"><img src="/media/{n}.jpg" alt=""><figcaption>{cap}</figcaption></figure>
<div class="story-element story-element-text">
{body}
</div>
<div class="print-note">{print}</div>
<div class="story-tags"><span>{tags}:</span>{taglinks}</div>
<div class="more-stories"><h2>{more}</h2>{morelist}</div>
<div class="most-read"><h2>সর্বাধিক পঠিত</h2>{readlist}</div></div></main>
<footer><p>সম্পাদক ও প্রকাশক: মাহবুব কাদের চৌধুরী</p><p>কারওয়ান বাজার, ঢাকা ১২১৫ | ফোন: ০২-৮১৮০০{n:02d}</p><p>স্বত্ব &copy; ২০২৬ {site}</p>
<ul>{nav}</ul></footer></div></body></html>
'''.format(today=dig('%d %s %d' % (d, mon, y), lang, 'n'), site=E(st['site']), home=lz['home'], nav=nav_links(st, SECT[lang]),
           secs=st['sec_slug'], sec=E(st['sec']), title=E(st['title']), by=E(st['by']), city=E(st['city']), pub=pub, upd=upd,
           share=lz['share'], n=n, cap=E(st.get('cap', '')), body=body_html(st, n, 'bd'), print=E(st.get('print', '')),
           tags=lz['tags'], taglinks=''.join('<a href="/topic/%d">%s</a>' % (k, E(t)) for k, t in enumerate(st['tags'])),
           more=lz['more'], morelist=filler_list(others[:4], 'more', '/' + st['sec_slug']), readlist=filler_list(others[2:6], 'read', '/most'))


def tpl_tv(st, n):
    """A TV channel's news site: video player leading the story, title, channel byline with 'Published:'/
    'Updated:' lines, the story with boxed read-also links, a web stories carousel and channel calls, a
    'Top videos' strip, follow icons."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    dl = dig('%s %02d, %d %s:%s IST' % (mon, d, y, hh, mm), lang, st['digits'])
    others = st['others']
    h = head(st, n, jsonld(st, n) + SCRIPTS_HEAVY)
    return h + '''<body><div class="site"><div class="top-strip"><a href="/live-tv">🔴 Live TV</a> <a href="/videos">Videos</a> <a href="/photos">Photos</a> <a href="/web-stories">{ws}</a></div>
<header><a href="/"><img src="/logo.png" alt="{site}"></a><nav><ul><li><a href="/">{home}</a></li>{nav}</ul></nav></header>
<div class="wrap"><div class="left"><div class="bc"><a href="/">{home}</a> » <a href="/{secs}">{sec}</a></div>
<div class="player-box"><div id="vplayer-{n}" class="vjs"></div><div class="player-title">{vtitle}</div></div>
<h1 class="art-title">{title}</h1>
<div class="art-meta"><span class="by">{by}</span> | <span class="pub">{pub}: {dl}</span></div>
<div class="art-share">{share}: <a href="#">FB</a> <a href="#">X</a> <a href="#">WA</a> <a href="#">TG</a></div>
<div class="art-body">
{body}
</div>
<div class="art-tags">{taglinks}</div>
<div class="top-videos"><h3>Top Videos</h3>{vidlist}</div>
<div class="art-related"><h3>{rel}</h3>{rellist}</div></div>
<div class="right"><div class="ad-slot"><span class="ad-label">{ad}</span><div style="height:600px"></div></div><div class="latest"><h3>{trend}</h3>{trendlist}</div></div></div>
<footer><div class="follow">{follow}: <a href="#">YouTube</a> <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">X</a></div>
<p>&copy; 2026 {site} Media Pvt. Ltd. All rights reserved.</p><ul>{nav}</ul></footer></div></body></html>
'''.format(ws=lz['ws'], site=E(st['site']), home=lz['home'], nav=nav_links(st, SECT[lang]), secs=st['sec_slug'], sec=E(st['sec']),
           n=n, vtitle=E(st.get('vtitle', st['title'])), title=E(st['title']), by=E(st['by']), pub=lz['pub'], dl=dl,
           share=lz['share'], body=body_html(st, n, 'tv'), taglinks=''.join('<a href="/tags/%d">#%s</a> ' % (k, E(t)) for k, t in enumerate(st['tags'])),
           vidlist=filler_list(others[1:4], 'vids', '/videos'), rel=lz['rel'], rellist=filler_list(others[:4], 'rel', '/news'),
           ad=lz['ad'], trend=lz['trend'], trendlist=filler_list(others[2:6], 'latest', '/latest'), follow=lz['follow'])


def tpl_old(st, n):
    """An old table-layout regional site: charset declaration that may lie (the bytes are UTF-8), a <font>
    story cell, date line in the cell, 'Print | Email' links, a counter and a webmaster line."""
    lz, lang = L[st['lang']], st['lang']
    y, mon, d, hh, mm = date_native(st)
    dl = dig('%d %s %d' % (d, mon, y), lang, st['digits'])
    others = st['others']
    hl = ' lang="%s"' % st['hl'] if st['hl'] != '-' else ''
    cs = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % st['cs'] if st['cs'] != '-' else ''
    paras = []
    for code, val in st['items']:
        if code == 'P':
            paras.append(inline(val))
        elif code == 'H2':
            paras.append('<b>%s</b>' % inline(val))
        elif code == 'RA':
            paras.append('<font color="#990000"><b>%s:</b></font> <a href="/news/%d.htm">%s</a>' % (lz['ra'], len(paras) + n * 10, E(val)))
        elif code == 'AGENCY':
            paras.append(E(val))
    return '''<html%s>
<head>
%s
<title>%s :: %s</title>
<link rel="stylesheet" href="style.css" type="text/css">
%s
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3"><img src="images/banner.gif" width="780" height="90" alt="%s"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#FFFFFF" size="2"><a href="index.htm"><font color="#FFFFFF">%s</font></a> | %s</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEEEEE"><font size="2">%s</font><br><img src="images/spacer.gif" width="160" height="1"><br>
<font size="2"><b>%s</b></font><br>%s</td>
<td width="460" valign="top"><table width="100%%" cellpadding="6"><tr><td>
<font size="4" color="#990000"><b>%s</b></font><br>
<font size="2" color="#666666">%s, %s</font><br><br>
<font size="3">%s</font>
<br><br><font size="1"><a href="print.php?id=%d">Print</a> | <a href="mailto:?subject=news">Email</a></font>
</td></tr></table></td>
<td width="160" valign="top"><font size="2"><b>%s</b></font><br>%s</td></tr>
<tr><td colspan="3" align="center"><font size="1">Visitors: %d<br>%s &copy; 2006-2026. Best viewed in 1024x768. Webmaster: webmaster@%s</font></td></tr></table>
</body></html>
''' % (hl, cs, E(st['title']), E(st['site']), style_block(n, 170), E(st['site']), lz['home'], ' | '.join(E(s) for s in SECT[lang][:6]),
       '<br>'.join('<a href="/s%d.htm">%s</a>' % (k, E(s)) for k, s in enumerate(SECT[lang])), lz['news'],
       '<br>'.join('<a href="/n%d.htm">%s</a>' % (k, E(o)) for k, o in enumerate(others[:5])),
       E(st['title']), E(st['city']), dl, '<br><br>\n'.join(paras), n, lz['rel'],
       '<br>'.join('<a href="/r%d.htm">%s</a>' % (k, E(o)) for k, o in enumerate(others[1:6])), 48000 + n * 977, E(st['site']), st['host'])


PAD = dict(natl=40, wp=60, blogger=90, pib=160, b2b=120, bd=80, tv=60, old=0)
TPL = dict(natl=tpl_natl, wp=tpl_wp, blogger=tpl_blogger, pib=tpl_pib, b2b=tpl_b2b, bd=tpl_bd, tv=tpl_tv, old=tpl_old)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    stories = parse(os.path.join(here, 'stories.txt'))
    os.makedirs(OUT, exist_ok=True)
    for n, st in enumerate(stories, 1):
        meta = {}
        for code, val in list(st['items']):
            if code.startswith('@'):
                k = code[1:]
                meta[k] = val.split(';;') if k in ('others', 'tags', 'products', 'summary') else val
        st['items'] = [(c, v) for c, v in st['items'] if not c.startswith('@')]
        st.update(meta)
        st['sec_slug'] = 'sec%d' % (n % 9)
        st['path'] = '%s/%s/%d.html' % (st['sec_slug'], st['dt'][:10].replace('-', '/'), 7140000 + n * 37)
        page = TPL[st['tpl']](st, n)
        name = '%02d' % n
        with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(page)
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(expected(st))
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(dict(published=st['dt'][:10], lang=st['lang'], title=st['title']), f, ensure_ascii=False)
            f.write('\n')
        print(name, st['tpl'], st['lang'], len(page.encode()))


main()
