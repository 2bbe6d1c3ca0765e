/* date_lang.c — the language tables of the date parser: month names (full,
 * genitive and abbreviated forms) and publication-date labels ("Post time",
 * "Waktu posting", "وقت النشر"...), as CMS machine translation renders them.
 * Adding a language is adding a row.  Strings are matched after NFKC case
 * folding, so they are written in lower case here. */
#include "date_lang.h"

/* Each row: language, then 12 months separated by '|'; alternatives of one
 * month separated by ','. */
const pa_month_row pa_month_rows[] = {
    /* English: the names of en_names.c (pa_en_months), each whole and cut to its first three
     * letters, and "sept" (months NULL: the parser reads them there) */
    {"en", NULL},
    {"id", "januari|februari,pebruari,peb|maret|april|mei|juni|juli|agustus,agu,agt|september|oktober,okt|"
           "november,nopember,nop|desember,des"},
    {"ms", "januari|februari|mac|april|mei|jun|julai|ogos,ogo|september|oktober|november|disember,dis"},
    {"es", "enero,ene|febrero|marzo|abril,abr|mayo|junio|julio|agosto,ago|septiembre,setiembre,set|octubre|"
           "noviembre|diciembre,dic"},
    {"pt", "janeiro|fevereiro,fev|março,marco|abril|maio|junho|julho|agosto|setembro|outubro,out|"
           "novembro|dezembro,dez"},
    {"fr", "janvier,janv|février,fevrier,févr,fevr|mars|avril,avr|mai|juin|juillet,juil|août,aout|"
           "septembre|octobre|novembre|décembre,decembre,déc"},
    {"de", "januar,jänner,jan|februar,feb|märz,maerz,mär|april|mai|juni|juli|august|september|oktober,okt|"
           "november|dezember,dez"},
    {"it", "gennaio,gen|febbraio|marzo|aprile|maggio,mag|giugno,giu|luglio,lug|agosto|settembre,set|ottobre,ott|"
           "novembre|dicembre,dic"},
    {"nl", "januari|februari|maart,mrt|april|mei|juni|juli|augustus|september|oktober|november|december"},
    {"ca", "gener,gen|febrer,febr|març,marc|abril|maig|juny|juliol,jul|agost|setembre,set|octubre,oct|novembre,nov|"
           "desembre,des"},
    {"pl", "styczeń,stycznia,sty|luty,lutego,lut|marzec,marca|kwiecień,kwietnia,kwi|maj,maja|czerwiec,czerwca,cze|"
           "lipiec,lipca,lip|sierpień,sierpnia,sie|wrzesień,września,wrz|październik,października,paź|"
           "listopad,listopada,lis|grudzień,grudnia,gru"},
    {"tr", "ocak|şubat,subat|mart|nisan|mayıs,mayis|haziran|temmuz|ağustos,agustos|eylül,eylul|ekim|kasım,kasim|"
           "aralık,aralik"},
    {"vi", "tháng một,tháng giêng|tháng hai|tháng ba|tháng tư|tháng năm|tháng sáu|tháng bảy|tháng tám|"
           "tháng chín|tháng mười|tháng mười một|tháng mười hai"},
    {"fil", "enero|pebrero,peb|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre"},
    {"sw", "januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba"},
    {"sv", "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"},
    {"ro", "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie"},
    {"cs", "leden,ledna|únor,února|březen,března|duben,dubna|květen,května|červen,června|červenec,července|"
           "srpen,srpna|září|říjen,října|listopad,listopadu|prosinec,prosince"},
    {"hu", "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"},
    {"ru", "январь,января,янв|февраль,февраля,фев|март,марта,мар|апрель,апреля,апр|май,мая|июнь,июня,июн|"
           "июль,июля,июл|август,августа,авг|сентябрь,сентября,сен,сент|октябрь,октября,окт|"
           "ноябрь,ноября,ноя,нояб|декабрь,декабря,дек"},
    {"uk", "січень,січня|лютий,лютого|березень,березня|квітень,квітня|травень,травня|червень,червня|"
           "липень,липня|серпень,серпня|вересень,вересня|жовтень,жовтня|листопад,листопада|грудень,грудня"},
    {"el", "ιανουάριος,ιανουαρίου,ιαν|φεβρουάριος,φεβρουαρίου,φεβ|μάρτιος,μαρτίου,μαρ|απρίλιος,απριλίου,απρ|"
           "μάιος,μαΐου,μαϊου|ιούνιος,ιουνίου|ιούλιος,ιουλίου|αύγουστος,αυγούστου,αυγ|σεπτέμβριος,σεπτεμβρίου,σεπ|"
           "οκτώβριος,οκτωβρίου,οκτ|νοέμβριος,νοεμβρίου,νοε|δεκέμβριος,δεκεμβρίου,δεκ"},
    {"ar", "يناير,كانون الثاني,جانفي|فبراير,شباط,فيفري|مارس,آذار|أبريل,ابريل,نيسان,أفريل|مايو,أيار,ماي|"
           "يونيو,يونيه,حزيران,جوان|يوليو,يوليه,تموز,يوليوز,جويلية|أغسطس,اغسطس,آب,غشت,أوت|سبتمبر,أيلول,شتنبر|"
           "أكتوبر,اكتوبر,تشرين الأول|نوفمبر,تشرين الثاني,نونبر|ديسمبر,كانون الأول,دجنبر"},
    {"fa", "ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه,جولای|اوت,اگوست|سپتامبر|اکتبر|نوامبر|دسامبر"},
    {"ur", "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"},
    {"he", "ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"},
    /* Solar Hijri (Jalali) months, Iranian and Afghan (Dari) names: month numbers 13..24 in the
     * table (PA_SOLAR_MONTH_BASE), converted by the parser (a Persian page's "۱۶ آذر ۱۴۰۵"). */
    {"fa-solar", "فروردین,حمل|اردیبهشت,ثور|خرداد,جوزا|تیر,سرطان|مرداد,امرداد,اسد|شهریور,سنبله|مهر,میزان|"
                 "آبان,عقرب|آذر,قوس|دی,جدی|بهمن,دلو|اسفند,حوت"},
    /* Hausa, Somali; Amharic's Gregorian months ("5 ዲሴምበር 2026") */
    {"ha", "janairu|fabrairu,fab|maris|afrilu,afr|mayu|yuni|yuli|agusta|satumba|oktoba|nuwamba,nuw|disamba"},
    {"so", "janaayo|febraayo|maarso|abriil|maajo|juun|luuliyo|ogosto|sebtembar|oktoobar|nofembar|desembar"},
    {"am", "ጃንዩወሪ,ጃንዋሪ|ፌብሩወሪ,ፌብሩዋሪ|ማርች|ኤፕሪል|ሜይ|ጁን|ጁላይ|ኦገስት|ሴፕቴምበር|ኦክቶበር|ኖቬምበር,ኖቨምበር|ዲሴምበር"},
    /* Ethiopian calendar months (Amharic spellings), numbered PA_ETHIOPIAN_MONTH_BASE + 1..12 and
     * converted by the parser ("ኅዳር 26 ቀን 2019 ዓ.ም." = 5 December 2026); the five- or six-day
     * thirteenth month ጳጉሜ is not in the table (12 fields). */
    {"am-eth", "መስከረም|ጥቅምት|ኅዳር,ህዳር,ሕዳር|ታኅሣሥ,ታህሳስ,ታሕሳስ,ታህሣሥ,ታኅሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|"
               "ሐምሌ,ሀምሌ|ነሐሴ,ነሃሴ"},
    {"hi", "जनवरी|फ़रवरी,फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर,सितम्बर|अक्टूबर,अक्तूबर|नवंबर,नवम्बर|"
           "दिसंबर,दिसम्बर"},
    {"ne", "जनवरी|फेब्रुअरी|मार्च|अप्रिल|मे|जुन|जुलाई|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर"},
    {"mr", "जानेवारी|फेब्रुवारी|मार्च|एप्रिल|मे|जून|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर"},
    {"bn", "জানুয়ারী,জানুয়ারি|ফেব্রুয়ারী,ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|"
           "ডিসেম্বর"},
    {"gu", "જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઓગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર"},
    {"pa", "ਜਨਵਰੀ|ਫ਼ਰਵਰੀ,ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ"},
    {"ta", "ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"},
    {"te", "జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్"},
    {"kn", "ಜನವರಿ|ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಮೇ|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್"},
    {"ml", "ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്,മെയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ"},
    {"th", "มกราคม,ม.ค|กุมภาพันธ์,ก.พ|มีนาคม,มี.ค|เมษายน,เม.ย|พฤษภาคม,พ.ค|มิถุนายน,มิ.ย|กรกฎาคม,ก.ค|"
           "สิงหาคม,ส.ค|กันยายน,ก.ย|ตุลาคม,ต.ค|พฤศจิกายน,พ.ย|ธันวาคม,ธ.ค"},
    {"my", "ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ"},
    {"km", "មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ"},
    {"ka", "იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი"},
    {"hy", "հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր"},
};
const size_t pa_month_rows_n = sizeof pa_month_rows / sizeof pa_month_rows[0];

/* Publication-date labels.  kind 1: publication, 2: update. */
const pa_label pa_date_labels[] = {
    /* English */
    {"post time", 1}, {"posted on", 1}, {"posted", 1}, {"published on", 1}, {"published", 1},
    {"publish date", 1}, {"publish time", 1}, {"publication date", 1}, {"date posted", 1}, {"release date", 1},
    {"released on", 1}, {"release time", 1}, {"posting time", 1}, {"date", 1}, {"updated on", 2}, {"updated", 2},
    {"released:", 1}, /* a release portal's stamp, "Released: 29-Apr-2020 9:05 AM EDT" (with its colon: "Released
                       * 12 Nov 2014 to mixed reviews" opens a sentence) */
    {"public release", 1}, {"news release", 1}, /* a news release's stamp: "Public Release: 1-Mar-2021" */
    {"article launched", 1}, /* a 2000s chain daily's stamp: "Article Launched: 03/06/2007 11:02:00 PM PST" */
    {"printed edition of", 1}, /* an e-edition text view's banner: "Printed edition of Tuesday, March 3, 2015" */
    {"last updated", 2}, {"last modified", 2}, {"modified", 2}, {"by", 1}, {"written by", 1},
    /* Indonesian, Malay, Filipino, Swahili */
    {"waktu posting", 1}, {"diposting pada", 1}, {"diposting", 1}, {"diterbitkan pada", 1}, {"diterbitkan", 1},
    {"tanggal terbit", 1}, {"tanggal", 1}, {"masa siaran", 1}, {"masa hantar", 1}, {"tarikh", 1},
    {"oras ng pag-post", 1}, {"oras ng post", 1}, {"nai-post noong", 1}, {"petsa", 1},
    {"inilathala noong", 1}, {"inilathala", 1}, {"na-update", 2},
    {"wakati wa kutuma", 1}, {"muda wa kuchapisha", 1}, {"muda wa kutuma", 1}, {"iliyochapishwa", 1}, {"tarehe", 1},
    /* Kannada, Bengali, Hindi, Marathi, Gujarati, Punjabi, Tamil, Telugu, Malayalam */
    {"ಪೋಸ್ಟ್ ಸಮಯ", 1}, {"ಪ್ರಕಟಿಸಲಾಗಿದೆ", 1}, {"ಪ್ರಕಟಣೆ ದಿನಾಂಕ", 1},
    {"পোস্টের সময়", 1}, {"পোস্ট সময়", 1}, {"পোস্ট করার সময়", 1}, {"প্রকাশের সময়", 1}, {"প্রকাশিত", 1},
    {"পোস্টের সময়", 1}, {"পোস্ট সময়", 1},
    {"पोस्ट समय", 1}, {"पोस्ट का समय", 1}, {"पोस्ट करने का समय", 1}, {"प्रकाशित", 1}, {"प्रकाशन तिथि", 1},
    {"पोस्ट वेळ", 1}, {"पोस्टची वेळ", 1}, {"प्रविष्टि तिथि", 1}, /* a government press office's "Posted On" */
    {"வெளியிடப்பட்ட நாள்", 1},
    {"પોસ્ટ સમય", 1}, {"પ્રકાશિત", 1}, {"ਪੋਸਟ ਸਮਾਂ", 1}, {"ਪੋਸਟ ਦਾ ਸਮਾਂ", 1},
    {"இடுகை நேரம்", 1}, {"பதிவிட்ட நேரம்", 1}, {"பதிவு நேரம்", 1}, {"வெளியிடப்பட்டது", 1},
    {"పోస్ట్ సమయం", 1}, {"ప్రచురించబడింది", 1}, {"പോസ്റ്റ് സമയം", 1}, {"പ്രസിദ്ധീകരിച്ചത്", 1},
    /* Arabic, Persian, Urdu, Hebrew */
    {"وقت النشر", 1}, {"تاريخ النشر", 1}, {"نشر في", 1}, {"تاريخ الإضافة", 1}, {"التاريخ", 1},
    {"زمان ارسال", 1}, {"زمان پست", 1}, {"تاریخ انتشار", 1}, {"تاریخ ارسال", 1},
    {"پوسٹ کا وقت", 1}, {"پوسٹ ٹائم", 1}, {"اشاعت کا وقت", 1}, {"شائع", 1},
    {"זמן פרסום", 1}, {"תאריך פרסום", 1}, {"פורסם", 1},
    /* Thai, Vietnamese, Burmese, Khmer */
    {"เวลาโพสต์", 1}, {"โพสต์เมื่อ", 1}, {"เผยแพร่เมื่อ", 1}, {"เผยแพร่", 1},
    {"thời gian đăng", 1}, {"đăng lúc", 1}, {"ngày đăng", 1}, {"đăng ngày", 1}, {"thời gian đăng bài", 1},
    {"တင်ချိန်", 1}, {"ပို့စ်အချိန်", 1}, {"ពេលវេលាបង្ហោះ", 1},
    /* Russian, Ukrainian, Polish, Czech, Greek, Turkish */
    {"время публикации", 1}, {"время поста", 1}, {"опубликовано", 1}, {"дата публикации", 1}, {"дата", 1},
    {"час публікації", 1}, {"опубліковано", 1}, {"дата публікації", 1},
    {"czas publikacji", 1}, {"czas postu", 1}, {"opublikowano", 1}, {"data publikacji", 1}, {"data", 1},
    {"čas zveřejnění", 1}, {"publikováno", 1}, {"zveřejněno", 1},
    {"ώρα δημοσίευσης", 1}, {"χρόνος δημοσίευσης", 1}, {"δημοσιεύθηκε", 1}, {"ημερομηνία δημοσίευσης", 1},
    {"gönderim zamanı", 1}, {"gönderi zamanı", 1}, {"yayın tarihi", 1}, {"yayınlanma tarihi", 1},
    {"yayınlandı", 1}, {"tarih", 1}, {"yayınlanma", 1}, {"güncelleme", 2},
    /* Swahili's update line, Hausa's and Amharic's "Post time" */
    {"imesasishwa", 2}, {"lokacin aikawa", 1}, {"የልጥፍ ጊዜ", 1}, {"የተለጠፈበት ጊዜ", 1},
    /* Romance, Germanic */
    {"tiempo de publicación", 1}, {"hora de publicación", 1}, {"fecha de publicación", 1}, {"publicado el", 1},
    {"publicado em", 1}, {"publicado", 1}, {"fecha", 1},
    {"horário da postagem", 1}, {"hora da postagem", 1}, {"tempo de postagem", 1}, {"data de publicação", 1},
    {"heure de publication", 1}, {"temps de publication", 1}, {"date de publication", 1}, {"publié le", 1},
    {"publié", 1}, {"mis à jour le", 2},
    {"veröffentlichungszeit", 1}, {"veröffentlicht am", 1}, {"veröffentlicht", 1}, {"beitragszeit", 1},
    {"postzeit", 1}, {"datum", 1}, {"aktualisiert am", 2},
    {"tempo di pubblicazione", 1}, {"ora di pubblicazione", 1}, {"data di pubblicazione", 1},
    {"pubblicato il", 1}, {"pubblicato", 1},
    {"posttijd", 1}, {"geplaatst op", 1}, {"gepubliceerd op", 1}, {"publicatiedatum", 1}, {"tijd plaatsen", 1},
    {"publiceringstid", 1}, {"publicerad", 1}, {"ora postării", 1}, {"publicat", 1},
    /* Chinese, Japanese, Korean */
    {"发布时间", 1}, {"發佈時間", 1}, {"發布時間", 1}, {"发布日期", 1}, {"發布日期", 1}, {"發佈日期", 1},
    {"发表时间", 1}, {"發表時間", 1}, {"发表于", 1}, {"发布于", 1}, {"日期", 1}, {"时间", 1}, {"時間", 1},
    {"更新时间", 2}, {"更新時間", 2},
    {"投稿時間", 1}, {"投稿日時", 1}, {"投稿日", 1}, {"公開日", 1}, {"掲載日", 1}, {"更新日", 2},
    {"게시 시간", 1}, {"게시일", 1}, {"작성일", 1}, {"등록일", 1}, {"게시 날짜", 1},
    /* the Korean papers' and portals' stamps (입력 published, 수정 updated) and the agency's 송고시간; the
     * Japanese sites' 公開/掲載 and 更新 lines */
    {"입력", 1}, {"기사입력", 1}, {"최초입력", 1}, {"송고시간", 1}, {"수정", 2}, {"최종수정", 2}, {"기사수정", 2},
    {"업데이트", 2}, {"公開", 1}, {"掲載", 1}, {"更新", 2}, {"最終更新", 2}, {"最終更新日", 2},
};
const size_t pa_date_labels_n = sizeof pa_date_labels / sizeof pa_date_labels[0];

/* Words that may stand between the parts of a date. */
const char *const pa_date_fillers[] = {
    "de", "del", "of", "the", "on", "at", "le", "el", "am", "den", "der", "di", "del", "г", "года", "год", "r",
    "roku", "rok", "năm", "ngày", "lúc", "th", "st", "nd", "rd", "er", "e", "º", "a", "tanggal", "pukul", "jam",
    "um", "à", "às", "a las", "a les", "alle", "ore", "om", "saat", "в", "o", "w", "ב", "في", "يوم", "،", "ቀን",
    "พ.ศ", "ค.ศ", "ឆ្នាំ", /* Thai eras (dotted, read by items_from), Khmer "year" glued to it */
};
const size_t pa_date_fillers_n = sizeof pa_date_fillers / sizeof pa_date_fillers[0];
