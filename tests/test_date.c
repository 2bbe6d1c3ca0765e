/* test_date.c — date parsing across languages, scripts and digit systems:
 * the translated "Post time" footers, other labelled lines, field orders,
 * impossible and future dates, sentences that are not date lines, ISO and
 * RFC 822 values, dates in URLs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "pressarc/civil.h"
#include "pressarc/date.h"
#include "pressarc/en_names.h"

typedef struct {
    const char *lang;
    const char *line;
    int y, m, d;
} case_t;

/* "Post time" footers as the CMS renders them in each language. */
static const case_t footers[] = {
    {"en", "Post time: Nov-14-2025", 2025, 11, 14},
    {"kn", "ಪೋಸ್ಟ್ ಸಮಯ: ನವೆಂಬರ್-14-2025", 2025, 11, 14},
    {"ar", "وقت النشر: ١٤ نوفمبر ٢٠٢٥", 2025, 11, 14},
    {"id", "Waktu posting: 14-Nov-2025", 2025, 11, 14},
    {"ms", "Masa siaran: 14-Nov-2025", 2025, 11, 14},
    {"bn", "পোস্টের সময়: নভেম্বর-১৪-২০২৫", 2025, 11, 14},
    {"hi", "पोस्ट समय: नवंबर-१४-२०२५", 2025, 11, 14},
    {"mr", "पोस्ट वेळ: नोव्हेंबर-14-2025", 2025, 11, 14},
    {"gu", "પોસ્ટ સમય: નવેમ્બર-૧૪-૨૦૨૫", 2025, 11, 14},
    {"ta", "இடுகை நேரம்: நவம்பர்-14-2025", 2025, 11, 14},
    {"te", "పోస్ట్ సమయం: నవంబర్-14-2025", 2025, 11, 14},
    {"ml", "പോസ്റ്റ് സമയം: നവംബർ-14-2025", 2025, 11, 14},
    {"pa", "ਪੋਸਟ ਸਮਾਂ: ਨਵੰਬਰ-14-2025", 2025, 11, 14},
    {"ur", "پوسٹ کا وقت: نومبر-14-2025", 2025, 11, 14},
    {"fa", "زمان ارسال: ۱۴ نوامبر ۲۰۲۵", 2025, 11, 14},
    {"th", "เวลาโพสต์: พฤศจิกายน-14-2025", 2025, 11, 14},
    {"th", "เผยแพร่เมื่อ ๑๔ พฤศจิกายน ๒๕๖๘", 2025, 11, 14},
    {"vi", "Thời gian đăng: Tháng 11-14-2025", 2025, 11, 14},
    {"ru", "Время публикации: 14 ноября 2025 г.", 2025, 11, 14},
    {"uk", "Час публікації: 14 листопада 2025", 2025, 11, 14},
    {"pl", "Czas publikacji: 14 listopada 2025", 2025, 11, 14},
    {"el", "Ώρα δημοσίευσης: 14 Νοεμβρίου 2025", 2025, 11, 14},
    {"tr", "Gönderim zamanı: 14 Kasım 2025", 2025, 11, 14},
    {"es", "Tiempo de publicación: 14 de noviembre de 2025", 2025, 11, 14},
    {"pt", "Horário da postagem: 14 de novembro de 2025", 2025, 11, 14},
    {"fr", "Heure de publication : 14 novembre 2025", 2025, 11, 14},
    {"de", "Veröffentlichungszeit: 14. November 2025", 2025, 11, 14},
    {"it", "Tempo di pubblicazione: 14 novembre 2025", 2025, 11, 14},
    {"nl", "Posttijd: 14 november 2025", 2025, 11, 14},
    {"ca", "Publicat el 14 de novembre de 2025 a les 10:15", 2025, 11, 14},
    {"ca", "Publicat el 5 de gener de 2026", 2026, 1, 5},
    {"ca", "Publicat el 5 de juliol del 2026 a les 10:15", 2026, 7, 5},
    {"ja", "投稿時間: 2025年11月14日", 2025, 11, 14},
    {"ko", "게시 시간: 2025년 11월 14일", 2025, 11, 14},
    {"zh", "发布时间：2025-11-14 10:20", 2025, 11, 14},
    {"zh-Hant", "發佈時間：2025年11月14日", 2025, 11, 14},
    {"fil", "Oras ng pag-post: Nobyembre-14-2025", 2025, 11, 14},
    {"sw", "Wakati wa kutuma: Novemba-14-2025", 2025, 11, 14},
    {"he", "זמן פרסום: 14 בנובמבר 2025", 2025, 11, 14},
    {"my", "တင်ချိန်: နိုဝင်ဘာ-၁၄-၂၀၂၅", 2025, 11, 14},
    {"ar", "تاريخ النشر: ١٤ تشرين الثاني ٢٠٢٥", 2025, 11, 14},
    /* Hausa's and Swahili's footers; Hausa, Somali and Amharic (Gregorian months) date lines */
    {"ha", "Lokacin aikawa: Nuw-14-2025", 2025, 11, 14},
    {"sw", "Muda wa kuchapisha: Novemba-14-2025", 2025, 11, 14},
    {"ha", "Asabar, 5 Disamba, 2026", 2026, 12, 5},
    {"so", "Khamiis, 3 Desembar 2026", 2026, 12, 3},
    {"am", "5 ዲሴምበር 2026", 2026, 12, 5},
    {"tr", "Yayınlanma: 03 Aralık 2026 Perşembe 11:22", 2026, 12, 3},
    /* Thai dotted month abbreviations, Thai digits and the Buddhist era, its dotted mark "พ.ศ." between the
     * month and the year; Khmer "ខែ" (month) and "ឆ្នាំ" (year) glued to the name and the digits; Tagalog */
    {"th", "เผยแพร่: 20 ม.ค. 2568 06:10 น.", 2025, 1, 20},
    {"th", "เผยแพร่: ๒ ธ.ค. ๒๕๖๗ ๑๖:๔๕ น.", 2024, 12, 2},
    {"th", "เวลาโพสต์: พ.ย.-14-2025", 2025, 11, 14},
    {"th", "วันศุกร์ที่ ๑๙ กันยายน พ.ศ. ๒๕๖๘", 2025, 9, 19},
    {"th", "14 พ.ย. 68 09:30 น.", 2025, 11, 14}, /* the Buddhist-era year in two digits */
    {"km", "ថ្ងៃសុក្រ ទី១៤ ខែវិច្ឆិកា ឆ្នាំ២០២៥", 2025, 11, 14},
    {"vi", "Ngày đăng: ngày 17 tháng 11 năm 2025", 2025, 11, 17},
    {"fil", "Inilathala Nobyembre 14, 2025 6:40pm PHT", 2025, 11, 14},
    /* a government press office's "Posted On" line in Hindi and Tamil; a Nepali date line */
    {"hi", "प्रविष्टि तिथि: 04 DEC 2026 4:12PM by PIB Delhi", 2026, 12, 4},
    {"ta", "வெளியிடப்பட்ட நாள்: 03 DEC 2026 11:45AM", 2026, 12, 3},
    {"ne", "काठमाडौं, १६ नोभेम्बर २०२६", 2026, 11, 16},
    /* the usual English and Chinese forms */
    {"en", "Posted on November 14, 2025 by admin", 2025, 11, 14},
    {"en", "Published: 2025-11-14", 2025, 11, 14},
    {"zh", "发布日期：2025/11/14 浏览次数：123", 2025, 11, 14},
    {"en", "Friday, 14 November 2025", 2025, 11, 14},
    /* a news release's stamp */
    {"en", "Public Release: 14-Nov-2025", 2025, 11, 14},
    /* a release portal's stamp with its time and zone: "Released:" labels it */
    {"en", "Released: 12-Nov-2014 1:30 PM EDT", 2014, 11, 12},
    /* the label after the date and its time: the relative update heads the tail */
    {"en", "November 14, 2025 / 3:37 PM / Updated 2 hours ago", 2025, 11, 14},
    {"en", "Nov. 14, 2025 / 3:37 PM / Updated an hour ago", 2025, 11, 14},
};

static void post_time_footers(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof footers / sizeof footers[0]; i++) {
        const case_t *c = &footers[i];
        pa_date d;
        memset(&d, 0, sizeof d);
        int k = pa_date_line_kind(c->line, strlen(c->line), c->lang, &d);
        if (k != 1 || d.year != c->y || d.month != c->m || d.day != c->d)
            fprintf(stderr, "[%s] %s -> kind %d, %04d-%02d-%02d\n", c->lang, c->line, k, d.year, d.month, d.day);
        assert_int_equal(k, 1);
        assert_int_equal(d.year, c->y);
        assert_int_equal(d.month, c->m);
        assert_int_equal(d.day, c->d);
    }
}

static void not_date_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {
        ("On 11 November, the Guangyuan Municipal People's Government Information Office held a press conference "
         "in Chengdu and announced targets for 2027."),
        "في 11 نوفمبر، عقد المكتب الإعلامي لحكومة الشعب البلدية في قوانغيوان مؤتمرا صحفيا في تشنغدو",
        "Output value reached 41.9 billion yuan in 2024, up 30% year on year.",
        "The plant, opened on 14 November 2025, will produce 615,000 tonnes of aluminium a year for the region.",
        "Leave a Comment",
        "Updated on 15 November 2025", /* an update line: a date line, but not publication */
    };
    /* a label after the date with a sentence between them: a timeline's entry */
    static const char *const entry = "November 14, 2025: the smelter's board updated its outlook twice";
    for (size_t i = 0; i < 5; i++) {
        pa_date d;
        assert_int_equal(pa_date_line_kind(lines[i], strlen(lines[i]), "en", &d), 0);
    }
    pa_date d;
    assert_int_equal(pa_date_line_kind(lines[5], strlen(lines[5]), "en", &d), 2);
    assert_int_equal(pa_date_line_kind(entry, strlen(entry), "en", &d), 0);
    /* "released" labels a release portal's stamp, not a sentence on another thing's release */
    static const char *const album = "The second album was released on 12 November 2014 to mixed reviews from critics.";
    assert_int_equal(pa_date_line_kind(album, strlen(album), "en", &d), 0);
    /* nor a sentence opening with the participle: "Released" labels a stamp with its colon only */
    static const char *const opens[] = {"Released 12 November 2014, the album sold two million copies.",
                                        "Released in November 2014.", "Released 12 Nov 2014 to mixed reviews."};
    for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++)
        assert_int_equal(pa_date_line_kind(opens[k], strlen(opens[k]), "en", &d), 0);
    /* a sentence on another thing's publication ("The report was published on …") is prose; the page's own
     * note ("This article was published on …") is its date line */
    static const char *const report = "The survey's first report was published in a journal on October 2, 2026.";
    static const char *const own = "This article was published on October 2, 2026.";
    assert_int_equal(pa_date_line_kind(report, strlen(report), "en", &d), 0);
    assert_int_equal(pa_date_line_kind(own, strlen(own), "en", &d), 1);
    /* a figure after a Thai dotted day and month is no two-digit Buddhist-era year ("as of 14 Nov: 45.2 million
     * baht", "45,210 cases"): not B.E. 2545 */
    static const char *const figures[] = {"14 พ.ย. 45.2 ล้านบาท", "ยอดสะสมถึง 14 พ.ย. 45,210 ราย"};
    for (size_t i = 0; i < sizeof figures / sizeof figures[0]; i++) {
        memset(&d, 0, sizeof d);
        pa_date_parse_text(figures[i], strlen(figures[i]), "th", &d);
        assert_int_not_equal(d.year, 2002);
    }
}

/* A date label alone, its colon (ASCII or full-width) aside ("Updated:",
 * "Published on"), is a date label line; a field's label of an event
 * ("When:") or a longer label is not. */
static void date_label_lines(void **state)
{
    (void)state;
    static const char *const labels[] = {"Updated:", "Published on", "Posted :", "Last updated\xef\xbc\x9a"};
    static const char *const others[] = {"When:", "Where:", "Hours:", "Updated daily at noon:", ""};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        assert_int_equal(pa_date_label_line(labels[i], strlen(labels[i])), 1);
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        assert_int_equal(pa_date_label_line(others[i], strlen(others[i])), 0);
}

static void field_orders_and_digits(void **state)
{
    (void)state;
    pa_date d;
    assert_int_equal(pa_date_parse_text("14.11.2025", 10, "de", &d), 0);
    assert_true(d.month == 11 && d.day == 14);
    assert_int_equal(pa_date_parse_text("11/04/2025", 10, "en", &d), 0); /* US order for en */
    assert_true(d.month == 11 && d.day == 4);
    assert_int_equal(pa_date_parse_text("11/04/2025", 10, "fr", &d), 0);
    assert_true(d.month == 4 && d.day == 11);
    assert_int_equal(pa_date_parse_text("25/12/2025", 10, "en", &d), 0); /* day > 12 decides */
    assert_true(d.month == 12 && d.day == 25);
    assert_int_equal(pa_date_parse_text("2025 Nov 14", 11, NULL, &d), 0);
    assert_true(d.year == 2025 && d.month == 11 && d.day == 14);
    assert_int_equal(pa_date_parse_text("１４．１１．２０２５", strlen("１４．１１．２０２５"), "ja", &d), 0);
    assert_true(d.year == 2025 && d.day == 14);
    assert_int_equal(pa_date_parse_text("Feb 30, 2025", 12, "en", &d), -1);
    assert_int_equal(pa_date_parse_text("13/13/2025", 10, "en", &d), -1);
    char out[64];
    const char *mixed = "١٢٣ ০৯ ೭೮ ๔๕";
    pa_digits_to_ascii(mixed, strlen(mixed), out, sizeof out);
    assert_string_equal(out, "123 09 78 45");
}

/* Dates written in Chinese numerals: digit by digit for the year, by
 * place for the month and day. */
/* Japanese era years: 令和 (2019-), 平成 (1989-2019), 昭和 (1926-1989), with
 * 元 for the first year, full-width digits, a Chinese-numeral year and the
 * era ligature; a year past the era's last is no date. */
static void japanese_era_years(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int y, m, d;
    } ok[] = {
        {"令和8年12月7日", 2026, 12, 7},
        {"令和８年１２月７日（月）", 2026, 12, 7},
        {"令和元年10月1日", 2019, 10, 1},
        {"平成30年6月15日", 2018, 6, 15},
        {"平成元年1月8日", 1989, 1, 8},
        {"昭和64年1月7日", 1989, 1, 7},
        {"令和八年十二月七日", 2026, 12, 7},
        {"\xe3\x8b\xbf" "7年3月31日", 2025, 3, 31}, /* ㋿7年 */
        {"更新日：令和 6 年 4 月 1 日", 2024, 4, 1},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        pa_date d;
        memset(&d, 0, sizeof d);
        int r = pa_date_parse_text(ok[i].text, strlen(ok[i].text), "ja", &d);
        if (r != 0 || d.year != ok[i].y || d.month != ok[i].m || d.day != ok[i].d)
            fprintf(stderr, "%s -> %d %04d-%02d-%02d\n", ok[i].text, r, d.year, d.month, d.day);
        assert_int_equal(r, 0);
        assert_int_equal(d.year, ok[i].y);
        assert_int_equal(d.month, ok[i].m);
        assert_int_equal(d.day, ok[i].d);
    }
    pa_date d;
    assert_int_equal(pa_date_parse_text("平成35年1月1日", strlen("平成35年1月1日"), "ja", &d), -1);
    /* the Korean and Japanese stamps: 입력/기사입력/송고시간/公開 publish, 수정/최종수정/更新 update */
    static const struct {
        const char *line;
        int kind;
    } stamps[] = {
        {"입력 2026.12.06 17:40", 1}, {"기사입력 2026.12.06 17:40", 1}, {"송고시간2026-12-07 09:30", 1},
        {"최종수정 2026.12.07 08:15", 2}, {"수정 2026.12.07 11:02", 2}, {"公開：2026年12月7日 6時00分", 1},
        {"更新：2026年12月7日 9時12分", 2}, {"最終更新日：令和8年9月3日", 2},
    };
    for (size_t i = 0; i < sizeof stamps / sizeof stamps[0]; i++) {
        int k = pa_date_line_kind(stamps[i].line, strlen(stamps[i].line), "", &d);
        if (k != stamps[i].kind)
            fprintf(stderr, "%s -> %d\n", stamps[i].line, k);
        assert_int_equal(k, stamps[i].kind);
    }
}

static void chinese_numerals(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int y, m, d;
    } ok[] = {
        {"二〇二五年十一月十四日", 2025, 11, 14},
        {"二零二五年十一月十四日", 2025, 11, 14},
        {"二○二五年一月五日", 2025, 1, 5},
        {"二〇二四年二月二十九日", 2024, 2, 29},
        {"二〇二五年十二月三十一日", 2025, 12, 31},
        {"二〇二五年三月二十三号", 2025, 3, 23},
        {"二〇二五年十月十日", 2025, 10, 10},
        {"二〇二五年九月廿三日", 2025, 9, 23},
        {"2025年十一月十四日", 2025, 11, 14},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        pa_date d;
        memset(&d, 0, sizeof d);
        int r = pa_date_parse_text(ok[i].text, strlen(ok[i].text), "zh", &d);
        if (r != 0 || d.year != ok[i].y || d.month != ok[i].m || d.day != ok[i].d)
            fprintf(stderr, "%s -> %d %04d-%02d-%02d\n", ok[i].text, r, d.year, d.month, d.day);
        assert_int_equal(r, 0);
        assert_int_equal(d.year, ok[i].y);
        assert_int_equal(d.month, ok[i].m);
        assert_int_equal(d.day, ok[i].d);
    }
    pa_date d;
    const char *line = "发布时间：二〇二五年十一月十四日";
    assert_int_equal(pa_date_line_kind(line, strlen(line), "zh", &d), 1);
    assert_true(d.year == 2025 && d.month == 11 && d.day == 14);
    /* not dates: impossible days, numerals that are not before 年/月/日 */
    static const char *const bad[] = {"二〇二五年二月三十日", "二〇二五年十三月一日", "二〇二五年十一月十十日",
                                      "一二三四五六七八", "二〇二五年十一月"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(pa_date_parse_text(bad[i], strlen(bad[i]), "zh", &d), -1);
}

static void validity(void **state)
{
    (void)state;
    pa_date d = {.year = 2025, .month = 11, .day = 14};
    assert_true(pa_date_valid(&d, 0));
    assert_true(pa_date_valid(&d, 1795000000));  /* fetched in 2026 */
    assert_false(pa_date_valid(&d, 1700000000)); /* fetched in 2023: the date is in the future */
    pa_date old = {.year = 1970, .month = 1, .day = 2};
    assert_false(pa_date_valid(&old, 0));
    pa_date leap = {.year = 2024, .month = 2, .day = 29}, noleap = {.year = 2025, .month = 2, .day = 29};
    assert_true(pa_date_valid(&leap, 0));
    assert_false(pa_date_valid(&noleap, 0));
}

/* folio_date_part — a print page's folio or an e-edition's stamp whose closing part is the issue's day ("Page 12 |
 * The Harbour Mercury | Tuesday 26 July 2016", "The Pell City Courier - 08/11/2016") is a date line; a headline
 * naming its day in words after a dash, or a line of more parts, is not. */
static void folio_date_part(void **state)
{
    (void)state;
    pa_date d;
    static const char folio[] = "Page 12 | The Harbour Mercury | Tuesday 26 July 2016";
    assert_int_equal(pa_date_line_kind(folio, strlen(folio), "en-GB", &d), 1);
    assert_int_equal(d.year, 2016);
    assert_int_equal(d.month, 7);
    assert_int_equal(d.day, 26);
    static const char stamp[] = "The Pell City Courier - 08/11/2016";
    assert_int_equal(pa_date_line_kind(stamp, strlen(stamp), "en-US", &d), 1);
    assert_int_equal(d.month, 8);
    assert_int_equal(d.day, 11);
    static const char *const no[] = {"Council Meeting Highlights - 22 June 2021",
                                     "Home | News | Sports | Weather | Obituaries | Tuesday 26 July 2016",
                                     "The council said the plan it adopted on Tuesday | 26 July 2016"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_int_equal(pa_date_line_kind(no[i], strlen(no[i]), "en-GB", &d), 0);
}

/* declared_old_years — a publication date that structured metadata declares may be older than 1990 (an archive's
 * 1921 issue), down to 1700; a clock's or database's zero day is no date; pa_date_valid keeps 1990. */
static void declared_old_years(void **state)
{
    (void)state;
    pa_date issue = {.year = 1921, .month = 3, .day = 3}, early = {.year = 1785, .month = 6, .day = 1};
    assert_false(pa_date_valid(&issue, 0));
    assert_true(pa_date_valid_declared(&issue, 0));
    assert_true(pa_date_valid_declared(&early, 0));
    pa_date now = {.year = 2025, .month = 11, .day = 14};
    assert_true(pa_date_valid_declared(&now, 0));
    assert_false(pa_date_valid_declared(&now, 1700000000)); /* still no date after the fetch */
    static const int zero[][3] = {{1970, 1, 1}, {1900, 1, 1}, {1899, 12, 30}, {1899, 12, 31}, {1753, 1, 1}};
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++) {
        pa_date z = {.year = zero[i][0], .month = zero[i][1], .day = zero[i][2]};
        assert_false(pa_date_valid_declared(&z, 0));
    }
    pa_date too_old = {.year = 1650, .month = 6, .day = 1}, bad = {.year = 1921, .month = 2, .day = 30};
    assert_false(pa_date_valid_declared(&too_old, 0));
    assert_false(pa_date_valid_declared(&bad, 0));
}

/* folio_parts_are_names — a closing date part is a folio's only when the parts before it are names: a table's
 * row, a notice's field or a related story's headline in sentence case ("Last inspection | 2014-06-01") is no
 * date line of the issue. */
static void folio_parts_are_names(void **state)
{
    (void)state;
    pa_date d;
    static const char *const no[] = {"Last inspection | 2014-06-01", "Price list valid from | 1 January 2020",
                                     "Council budget vote | March 3, 2015", "Storm hits coast - 11/09/2012",
                                     "Deadline for entries - 15.04.2019"};
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_int_equal(pa_date_line_kind(no[i], strlen(no[i]), "en-GB", &d), 0);
    static const char *const yes[] = {"Source: Atlantic Press Service | 09/11/2012",
                                      "Page 4 | The Pell City Courier | Tuesday 26 July 2016"};
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_int_equal(pa_date_line_kind(yes[i], strlen(yes[i]), "en-US", &d), 1);
}

/* declared_zero_days — a declared date before 1990 on a clock's zero day in any time zone (1969-12-31), DOS's
 * 1980-01-01, the Mac's 1904-01-01, or any old year's 1 January (a year alone padded to a day) is no date. */
static void declared_zero_days(void **state)
{
    (void)state;
    static const int zero[][3] = {{1969, 12, 31}, {1980, 1, 1}, {1904, 1, 1}, {1925, 1, 1}};
    for (size_t i = 0; i < sizeof zero / sizeof zero[0]; i++) {
        pa_date z = {.year = zero[i][0], .month = zero[i][1], .day = zero[i][2]};
        assert_false(pa_date_valid_declared(&z, 0));
    }
    pa_date issue = {.year = 1925, .month = 6, .day = 1}, now = {.year = 2020, .month = 1, .day = 1};
    assert_true(pa_date_valid_declared(&issue, 0));
    assert_true(pa_date_valid_declared(&now, 0));
}

static void machine_dates(void **state)
{
    (void)state;
    pa_date d;
    char buf[40];
    assert_int_equal(pa_date_parse_iso("2025-11-14T08:30:00+08:00", &d), 0);
    pa_date_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "2025-11-14T08:30:00+08:00");
    assert_int_equal(pa_date_parse_iso("2025-11-14", &d), 0);
    pa_date_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "2025-11-14");
    assert_int_equal(pa_date_parse_iso("2025-11-14T08:30:00.123Z", &d), 0);
    assert_true(d.has_time && d.tz_offset_min == 0 && d.hour == 8);
    assert_int_equal(pa_date_parse_iso("20251114", &d), 0);
    assert_int_equal(d.day, 14);
    assert_int_equal(pa_date_parse_iso("Fri, 14 Nov 2025 08:30:00 +0800", &d), 0);
    assert_true(d.year == 2025 && d.month == 11 && d.day == 14 && d.tz_offset_min == 480);
    assert_int_equal(pa_date_parse_iso("November 14, 2025", &d), 0);
    assert_int_equal(pa_date_parse_iso("2023 Jan 7", &d), 0); /* citation_publication_date */
    assert_true(d.year == 2023 && d.month == 1 && d.day == 7);
    assert_int_equal(pa_date_parse_iso("2025-13-01", &d), -1);
    assert_int_equal(pa_date_parse_iso("not a date", &d), -1);
}

static void url_dates(void **state)
{
    (void)state;
    pa_date d;
    assert_int_equal(pa_date_from_url("https://a.test/news/2025/11/14/plant-opens", &d), 0);
    assert_true(d.year == 2025 && d.month == 11 && d.day == 14);
    assert_int_equal(pa_date_from_url("https://a.test/2025-11-14-plant", &d), 0);
    assert_int_equal(pa_date_from_url("http://gov.test/xwzx/202511/t20251114_123.html", &d), 0);
    assert_true(d.month == 11 && d.day == 14);
    assert_int_equal(pa_date_from_url("https://a.test/2025/1114/c1004-123.html", &d), 0);
    assert_int_equal(d.day, 14);
    assert_int_equal(pa_date_from_url("https://a.test/product/12345678", &d), -1);
    assert_int_equal(pa_date_from_url("https://a.test/news/plant-opens", &d), -1);
}

/* A line in an element named for a date or byline: the name is the label,
 * so a few words besides the date (the author, the desk) are allowed. */
static void named_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {"AP Business Writer / January 11, 2012", "Jonathan Carson January 17, 2012",
                                         "6:50pm UK, Wednesday January 11, 2012"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        pa_date d;
        assert_int_equal(pa_date_line_kind(lines[i], strlen(lines[i]), "en", &d), 0);
        assert_int_equal(pa_date_named_line_kind(lines[i], strlen(lines[i]), "en", &d), 1);
        assert_int_equal(d.year, 2012);
        assert_int_equal(d.month, 1);
    }
    pa_date d;
    const char *upd = "Updated on 15 November 2025";
    assert_int_equal(pa_date_named_line_kind(upd, strlen(upd), "en", &d), 2);
    /* a compact date with a two-digit year, in a named element only; not a
     * day, a month and a time */
    const char *compact = "Source: Express.gr 01/11/11-10:18";
    assert_int_equal(pa_date_line_kind(compact, strlen(compact), "el", &d), 0);
    assert_int_equal(pa_date_named_line_kind(compact, strlen(compact), "el", &d), 1);
    assert_true(d.year == 2011 && d.month == 11 && d.day == 1);
    const char *us = "3/09/15 8:00am";
    assert_int_equal(pa_date_named_line_kind(us, strlen(us), "en", &d), 1);
    assert_true(d.year == 2015 && d.month == 3 && d.day == 9);
    /* the writer's post beside a long name ("Staff Writer") is no residue of its own; a sentence of as many
     * other letters is */
    const char *post = "Helen Marchetti | Staff Writer Feb. 10, 2009";
    assert_int_equal(pa_date_named_line_kind(post, strlen(post), "en", &d), 1);
    assert_true(d.year == 2009 && d.month == 2 && d.day == 10);
    const char *longer = "Helen Marchetti | Deputy Arts Desk Feb. 10, 2009";
    assert_int_equal(pa_date_named_line_kind(longer, strlen(longer), "en", &d), 0);
    /* a page stating no language: a numeric date stamped with a US zone after its clock is month first; without
     * the zone day first as before */
    const char *zoned = "Created: 3/6/2007 5:32:00 PM EST";
    assert_int_equal(pa_date_line_kind(zoned, strlen(zoned), NULL, &d), 1);
    assert_true(d.year == 2007 && d.month == 3 && d.day == 6);
    const char *zoned2 = "Posted: 3/6/2007 3:42pm pdt";
    assert_int_equal(pa_date_line_kind(zoned2, strlen(zoned2), NULL, &d), 1);
    assert_true(d.month == 3 && d.day == 6);
    const char *launched = "Article Launched: 03/06/2007 11:02:00 PM PST";
    assert_int_equal(pa_date_line_kind(launched, strlen(launched), NULL, &d), 1);
    assert_true(d.year == 2007 && d.month == 3 && d.day == 6);
    const char *bare = "Created: 3/6/2007 5:32:00 PM";
    assert_int_equal(pa_date_line_kind(bare, strlen(bare), NULL, &d), 1);
    assert_true(d.month == 6 && d.day == 3);
    const char *daytime = "25.11 13:13";
    assert_int_equal(pa_date_named_line_kind(daytime, strlen(daytime), "ru", &d), 0);
    const char *prose = "The plant, opened on 14 November 2025, will produce 615,000 tonnes of aluminium a year.";
    assert_int_equal(pa_date_named_line_kind(prose, strlen(prose), "en", &d), 0);
    /* the dates without a four-digit number that may_hold_date lets through:
     * a Thai dotted month with a two-digit Buddhist-era year, and a compact
     * two-digit year in a named element, or alone on its line (numdates) */
    const char *thai = "14 พ.ย. 68";
    assert_int_equal(pa_date_line_kind(thai, strlen(thai), "th", &d), 1);
    assert_true(d.year == 2025 && d.month == 11 && d.day == 14);
    const char *two = "01/11/11 Athens";
    assert_int_equal(pa_date_line_kind(two, strlen(two), "el", &d), 0);
    assert_int_equal(pa_date_named_line_kind(two, strlen(two), "el", &d), 1);
    assert_int_equal(pa_date_line_kind(two, 8, "el", &d), 1);
}

/* Lines that fold by date.c's per-character table (Cyrillic, Greek,
 * full-width forms, ideographs) and their variants that utf8proc folds
 * whole (a decomposed accent) read as the same date, in either case. */
static void folded_scripts(void **state)
{
    (void)state;
    const char *const same[][3] = {
        {"ru", "3 мая 2024 г.", "3 МАЯ 2024 Г."},
        {"el", "3 Μαΐου 2024", "3 ΜΑΪΟΥ 2024"},
        {"el", "3 Μαΐου 2024", "3 Μαι\xcc\x88ου 2024"},
        {"zh", "2024年5月3日", "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94年\xef\xbc\x95月\xef\xbc\x93日"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        pa_date a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        int ka = pa_date_line_kind(same[i][1], strlen(same[i][1]), same[i][0], &a);
        int kb = pa_date_line_kind(same[i][2], strlen(same[i][2]), same[i][0], &b);
        assert_int_equal(ka, 1);
        assert_int_equal(kb, ka);
        assert_true(a.year == 2024 && a.month == 5 && a.day == 3);
        assert_true(b.year == a.year && b.month == a.month && b.day == a.day);
    }
}

/* Solar Hijri (Jalali) dates are converted to the Gregorian calendar: with
 * Iranian or Afghan month names or in numbers alone (a year 1300..1420;
 * Esfand 30 in leap years only); a lunar Hijri year (1421+) beside a
 * Gregorian date, and a Gregorian month's day before 1500 (history), are
 * passed over, and the Maghreb's and Algeria's month names are read. */
static void other_calendars(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int y, m, d;
    } cases[] = {
        {"یکشنبه ۱۶ آذر ۱۴۰۵، ۱۰:۳۰", 2026, 12, 7},    /* Azar 16 */
        {"تاریخ انتشار: ۱۴۰۵/۸/۲۳ ۱۸:۲۰", 2026, 11, 14}, /* numbers alone */
        {"۱۴۰۵/۰۹/۱۴ - ۰۹:۱۰", 2026, 12, 5},
        {"سه‌شنبه ۴ قوس ۱۴۰۵", 2026, 11, 25},           /* Afghan name of Azar */
        {"1 فروردین 1405", 2026, 3, 21},                 /* Nowruz */
        {"29 اسفند 1403", 2025, 3, 19},
        {"30 اسفند 1403", 2025, 3, 20},                  /* 1403 is a leap year */
        {"التاريخ: 1448/06/10 هـ الموافق 30/11/2026 م", 2026, 11, 30},
        {"الخميس 26 نونبر 2026 - 16:35", 2026, 11, 26},
        {"19 جوان 2026", 2026, 6, 19},
        {"30 اسفند 1408", 2030, 3, 20},                  /* 1408 is a leap year */
        /* a Gregorian month's name with a year 1300-1420 is a date of history, no Solar Hijri date: the
         * page's day after it is read */
        /* Ethiopian calendar dates (Amharic month names) are converted: Hidar 5 2018 and Hidar 26 2019
         * (a year after the leap year 2015's sixth epagomenal day), Meskerem 1 2019 (New Year) and
         * Tahsas 1 2020, whose year follows the leap year 2019 */
        {"የልጥፍ ጊዜ: ኅዳር 5 ቀን 2018 ዓ.ም.", 2025, 11, 14},
        {"ቅዳሜ ኅዳር 26 ቀን 2019 ዓ.ም.", 2026, 12, 5},
        {"ቀን፦ ህዳር 23 ቀን 2019 ዓ.ም.", 2026, 12, 2},
        {"መስከረም 1 ቀን 2019 ዓ.ም.", 2026, 9, 11},
        {"መስከረም 1 ቀን 2020 ዓ.ም.", 2027, 9, 12},
        {"ታኅሣሥ 1 2020", 2027, 12, 11},
        {"Agincourt, 25 October 1415; posted May 3, 2024", 2024, 5, 3},
        {"On 25 October 1400 and on 3 May 2024", 2024, 5, 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pa_date d;
        memset(&d, 0, sizeof d);
        assert_int_equal(pa_date_parse_text(cases[i].text, strlen(cases[i].text), NULL, &d), 0);
        if (d.year != cases[i].y || d.month != cases[i].m || d.day != cases[i].d)
            fail_msg("%s: got %04d-%02d-%02d", cases[i].text, d.year, d.month, d.day);
    }
    pa_date d;
    assert_int_equal(pa_date_parse_text("1448/06/10 هـ", strlen("1448/06/10 هـ"), NULL, &d), -1); /* lunar Hijri alone */
    assert_int_equal(pa_date_parse_text("32 مهر 1405", strlen("32 مهر 1405"), NULL, &d), -1);     /* no such day */
    assert_int_equal(pa_date_parse_text("ኅዳር 31 ቀን 2019", strlen("ኅዳር 31 ቀን 2019"), NULL, &d), -1); /* months of 30 days */
    /* Hausa's Satumba (September) is read whole or as "Sat" only where no weekday is meant: "Sat" is Saturday */
    memset(&d, 0, sizeof d);
    if (pa_date_parse_text("Dec 28 Sat 2013 00:28", strlen("Dec 28 Sat 2013 00:28"), "en", &d) == 0)
        assert_int_not_equal(d.month, 9);
    assert_int_equal(pa_date_parse_text("Talata, 8 Satumba 2026", strlen("Talata, 8 Satumba 2026"), "ha", &d), 0);
    assert_int_equal(d.month, 9);
    assert_int_equal(pa_date_parse_text("30 اسفند 1404", strlen("30 اسفند 1404"), NULL, &d), -1); /* a common year */
    assert_int_equal(pa_date_parse_text("Blackheath, June 12, 1381", strlen("Blackheath, June 12, 1381"), "en", &d), -1);
}

/* The shared day arithmetic: known day numbers, month lengths, and a round
 * trip over 1600-2400 (every calendar conversion goes through it). */
static void civil_days(void **state)
{
    (void)state;
    assert_int_equal(pa_civil_to_days(1970, 1, 1), 0);
    assert_int_equal(pa_civil_to_days(2000, 3, 1), 11017);
    assert_int_equal(pa_civil_to_days(1969, 12, 31), -1);
    assert_int_equal(pa_civil_days_in_month(2024, 2), 29);
    assert_int_equal(pa_civil_days_in_month(1900, 2), 28);
    assert_int_equal(pa_civil_days_in_month(2000, 2), 29);
    assert_int_equal(pa_civil_days_in_month(2025, 13), 0);
    int64_t prev = pa_civil_to_days(1600, 1, 1) - 1;
    for (int64_t y = 1600; y <= 2400; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= pa_civil_days_in_month(y, m); d++) {
                int64_t n = pa_civil_to_days(y, m, d), yy;
                int mm, dd;
                if (n != prev + 1)
                    fail_msg("%lld-%d-%d: day %lld after %lld", (long long)y, m, d, (long long)n, (long long)prev);
                pa_civil_from_days(n, &yy, &mm, &dd);
                if (yy != y || mm != m || dd != d)
                    fail_msg("%lld-%d-%d came back as %lld-%d-%d", (long long)y, m, d, (long long)yy, mm, dd);
                prev = n;
            }
}

/* The shared English names: whole names and abbreviations in any case,
 * "sept", and nothing else (a longer cut, a shorter word, a weekday for a
 * month). */
static void english_names(void **state)
{
    (void)state;
    assert_int_equal(pa_en_month_abbr("Jan 5"), 1);
    assert_int_equal(pa_en_month_abbr("DECEMBER"), 12);
    assert_int_equal(pa_en_month_abbr("ja"), 0);
    assert_int_equal(pa_en_month_abbr("Mon"), 0);
    assert_int_equal(pa_en_month_word("May", 3), 5);
    assert_int_equal(pa_en_month_word("SEPTEMBER", 9), 9);
    assert_int_equal(pa_en_month_word("Sept.", 4), 9);
    assert_int_equal(pa_en_month_word("Janu", 4), 0);
    assert_int_equal(pa_en_month_word("Ju", 2), 0);
    assert_int_equal(pa_en_weekday_word("thu", 3), 4);
    assert_int_equal(pa_en_weekday_word("Sunday,", 6), 7);
    assert_int_equal(pa_en_weekday_word("March", 5), 0);
    assert_string_equal(pa_en_months_cap[2], "March");
    assert_string_equal(pa_en_weekdays[0], "monday");
}

/* A line whose fold is longer than the line itself (each "ΐ", two bytes,
 * folds to three code points, six bytes): the fold by table
 * grows its buffer and reads the date after them; the Greek month folds too. */
static void long_folds(void **state)
{
    (void)state;
    char line[600];
    size_t n = 0;
    for (int i = 0; i < 200; i++) {
        memcpy(line + n, "\xce\x90", 2); /* ΐ */
        n += 2;
    }
    n += (size_t)snprintf(line + n, sizeof line - n, " 14 Νοεμβρίου 2025");
    pa_date d;
    assert_int_equal(pa_date_parse_text(line, n, "el", &d), 0);
    assert_int_equal(d.year, 2025);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.day, 14);
}

/* eedition_printed_edition — an e-edition text view's banner "Printed edition of Tuesday, March 3, 2015" labels
 * the day of the paper the story was printed in: a publication date. */
static void eedition_printed_edition(void **state)
{
    (void)state;
    pa_date d;
    const char *banner = "Printed edition of Tuesday, March 3, 2015";
    assert_int_equal(pa_date_line_kind(banner, strlen(banner), "en", &d), 1);
    assert_true(d.year == 2015 && d.month == 3 && d.day == 3);
}

/* numdates: a numeric date that reads both ways says how it was read
 * (pa_date.order); one with a part over 12, equal parts or a year first says
 * nothing. */
static void numdates_order_flag(void **state)
{
    (void)state;
    pa_date d;
    assert_int_equal(pa_date_parse_text("Posted: 09/11/2012", 18, "en-us", &d), 0);
    assert_int_equal(d.month, 9);
    assert_int_equal(d.order, PA_DATE_MDY);
    assert_int_equal(pa_date_parse_text("Posted: 09/11/2012", 18, "en-gb", &d), 0);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.order, PA_DATE_DMY);
    assert_int_equal(pa_date_line_kind("Published: 11.09.2012 08:40", 27, NULL, &d), 1);
    assert_int_equal(d.order, PA_DATE_DMY);
    assert_int_equal(pa_date_parse_text("Posted: 13/09/2012", 18, "en-us", &d), 0);
    assert_int_equal(d.order, 0);
    assert_int_equal(pa_date_parse_text("Posted: 09/09/2012", 18, NULL, &d), 0);
    assert_int_equal(d.order, 0);
    assert_int_equal(pa_date_parse_text("Posted 2012-09-11", 17, NULL, &d), 0);
    assert_int_equal(d.order, 0);
    assert_int_equal(pa_date_parse_text("September 11, 2012", 18, NULL, &d), 0);
    assert_int_equal(d.order, 0);
    assert_int_equal(pa_date_named_line_kind("09/11/12", 8, "en-us", &d), 1);
    assert_int_equal(d.order, PA_DATE_MDY);
    /* a compact date with a two-digit year on a line of its own is a date line, named or not */
    assert_int_equal(pa_date_line_kind("09/11/12", 8, "en-us", &d), 1);
    assert_int_equal(d.year, 2012);
    assert_int_equal(d.month, 9);
    assert_int_equal(pa_date_line_kind(" 11.09.12 ", 10, NULL, &d), 1);
    assert_int_equal(d.month, 9);
    assert_int_equal(d.day, 11);
    assert_int_equal(pa_date_line_kind("16-1-12", 7, NULL, &d), 1);
    assert_int_equal(d.month, 1);
    assert_int_equal(pa_date_line_kind("09/11/12 and the rest", 21, NULL, &d), 0);
    assert_int_equal(pa_date_line_kind("1/2/3", 5, NULL, &d), 0);
    assert_int_equal(pa_date_line_kind("09/11-12", 8, NULL, &d), 0);
    assert_int_equal(pa_date_line_kind("09/11/123", 9, NULL, &d), 0);
    assert_int_equal(pa_date_line_kind("1.2.3.45", 8, NULL, &d), 0);
}

/* numdates: the order a language tag or locale and a country domain declare. */
static void numdates_tags_and_hosts(void **state)
{
    (void)state;
    assert_int_equal(pa_date_order_of_tag("en-US"), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_tag("en_us"), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_tag("en-PH"), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_tag("en-GB"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_tag("en_AU"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_tag("en-in"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_tag("en"), 0);
    assert_int_equal(pa_date_order_of_tag("en-Latn"), 0);
    assert_int_equal(pa_date_order_of_tag("fr-FR"), 0);
    assert_int_equal(pa_date_order_of_tag(NULL), 0);
    assert_int_equal(pa_date_order_of_host("https://www.example.co.uk/news/a"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_host("http://example.com.au:8080/x"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_host("https://news.example.in?x=1"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_host("https://www.city.gov/news"), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_host("https://example.us./"), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_host("https://www.example.com/en-gb/"), 0);
    assert_int_equal(pa_date_order_of_host("https://example.io/"), 0);
    assert_int_equal(pa_date_order_of_host("localhost"), 0);
    assert_int_equal(pa_date_order_of_host(NULL), 0);
}

/* numdates: the page's other numeric dates settle the order when one has a
 * part over 12 and none says the other way; versions, addresses and dates
 * both ways do not. */
static void numdates_page_numbers(void **state)
{
    (void)state;
    const char *us = "Posted: 09/11/2012 <div class=c>plantguy 09/26/2012</div>";
    const char *uk = "Posted: 11/09/2012 <div>Comment 25.09.2012 08:15</div>";
    const char *both = "09/11/2012 and 25/09/2012 and 09/26/2012";
    const char *none = "09/11/2012 &copy; 2012, 10/11/2012, v1.13.2014, 10.13.20.2014, 2012/09/13";
    assert_int_equal(pa_date_order_of_numbers(us, strlen(us)), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_numbers(uk, strlen(uk)), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_numbers(both, strlen(both)), 0);
    assert_int_equal(pa_date_order_of_numbers(none, strlen(none)), 0);
    assert_int_equal(pa_date_order_of_numbers(NULL, 0), 0);
    assert_int_equal(pa_date_order_of_numbers(us, 30), 0); /* (reads no further than len) */
}

/* numdates: dates with month names: the same day as one reading settles it;
 * else the page's way of writing them (with or without a year), by a clear
 * majority. */
static void numdates_page_names(void **state)
{
    (void)state;
    pa_date read = {.year = 2014, .month = 8, .day = 7, .order = PA_DATE_MDY}; /* "08.07.2014" read month first */
    const char *dateline = "<p>08.07.2014</p><p><b>MUNICH, July 8, 2014:</b> Norbury Solar has</p>";
    const char *ukday = "<p>08.07.2014</p><p>connected on 8 July 2014, the firm said</p>";
    assert_int_equal(pa_date_order_same_day(dateline, strlen(dateline), &read), PA_DATE_DMY);
    assert_int_equal(pa_date_order_same_day(ukday, strlen(ukday), &read), PA_DATE_DMY);
    read.order = PA_DATE_DMY, read.month = 7, read.day = 8; /* read day first: the reading stands */
    assert_int_equal(pa_date_order_same_day(dateline, strlen(dateline), &read), PA_DATE_DMY);
    const char *both = "July 8, 2014 and August 7, 2014";
    const char *other_year = "July 8, 2013";
    assert_int_equal(pa_date_order_same_day(both, strlen(both), &read), 0);
    assert_int_equal(pa_date_order_same_day(other_year, strlen(other_year), &read), 0);
    read.order = 0;
    assert_int_equal(pa_date_order_same_day(dateline, strlen(dateline), &read), 0);
    assert_int_equal(pa_date_order_same_day(dateline, strlen(dateline), NULL), 0);
    const char *uk = "meeting on Thursday 6 May 2010 at 11.00, accounts to 31 December 2009; 21st Sept 2012";
    const char *us = "the meeting on September 21, 2012 and Oct. 2 2012 at the hall";
    const char *mixed = "6 May 2010 and May 7, 2010";
    assert_int_equal(pa_date_order_of_names(uk, strlen(uk)), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_names(us, strlen(us)), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_names(mixed, strlen(mixed)), 0);
    assert_int_equal(pa_date_order_of_names("Copyright 2012, Top 10 2012", 27), 0);
    assert_int_equal(pa_date_order_of_names(NULL, 0), 0);
    /* without years: an events list's "Jun 3-5", a "6 May" notice; no day after the name: none */
    const char *events = "<li><span>Jun 3-5</span> Logistics Fair</li><li><span>Sep 9-11</span> Mine Congress</li>";
    const char *notice = "Closed on 6 May and on 27th Aug for the holidays";
    const char *none = "May 3.5 per cent, May 5:30 pm, March 2012, it may 3 times, Mayor 12, Top 10 may";
    assert_int_equal(pa_date_order_of_names(events, strlen(events)), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_names(notice, strlen(notice)), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_names(none, strlen(none)), 0);
}

/* rveed_printed_edition_sentence — "printed edition of" labels the date right after it at the line's head; a
 * sentence naming a printed edition and a date ("The printed edition of the magazine went out on March 3, 2015,
 * …") is no date line, and the longer label leaves "released on" its guard against prose before it. */
static void rveed_printed_edition_sentence(void **state)
{
    (void)state;
    pa_date d;
    const char *const prose[] = {
        "The printed edition of the magazine went out on March 3, 2015, and sold out in a week.",
        "The printed edition of the report was released on March 3, 2015, by the state auditor.",
        "A printed edition of the paper from March 3, 2015 hangs in the lobby.",
    };
    for (size_t i = 0; i < sizeof prose / sizeof prose[0]; i++)
        assert_int_equal(pa_date_line_kind(prose[i], strlen(prose[i]), "en", &d), 0);
    const char *banner = "Printed edition of March 3, 2015";
    assert_int_equal(pa_date_line_kind(banner, strlen(banner), "en", &d), 1);
}

/* rvnum: the page's numbers and names are read in what a reader sees, not
 * in a script, a style sheet, an HTML comment or a tag's attributes (an ad's
 * expiry "31/12/2019", a server's "generated 14.05.2019", a theme's
 * "?ver=13.05.2019"); and a numeric date with a part over 12 votes only on a
 * date line of its own (a comment's or an update's day), not quoted in a
 * sentence ("a Commission decision of 17.04.2019"). */
static void rvnum_page_text_only(void **state)
{
    (void)state;
    const char *script = "Posted: 04/05/2019<script>slot.setTargeting('expiry','31/12/2019');</script>"
                         "<style>/* 15.01.2019 */</style><!-- generated 14.05.2019 10:31 -->"
                         "<link href=\"/style.css?ver=13.05.2019\"><p>Story.</p>";
    const char *quoted = "<p class=\"date\">Posted: 04/05/2019</p><p>The rule follows a Commission decision of "
                         "17.04.2019 on the labelling of imported goods, which the agency has now adopted.</p>";
    const char *comment = "Posted: 04/05/2019<script>var x = 1 < 2;</script><div>anna 17.04.2019 09:12</div>";
    const char *text = "a < b, Posted: 04/05/2019, comment 17.04.2019 08:10";
    assert_int_equal(pa_date_order_of_numbers(script, strlen(script)), 0);
    assert_int_equal(pa_date_order_of_numbers(quoted, strlen(quoted)), 0);
    assert_int_equal(pa_date_order_of_numbers(comment, strlen(comment)), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_numbers(text, strlen(text)), PA_DATE_DMY); /* ("a < b": text, one run) */
    const char *named = "<script>var d = \"21 September 2012\", e = \"6 May 2010\", f = \"3 June 2011\";</script>"
                        "<p>Posted 09/11/2012</p>";
    assert_int_equal(pa_date_order_of_names(named, strlen(named)), 0);
    pa_date read = {.year = 2014, .month = 8, .day = 7, .order = PA_DATE_MDY};
    const char *meta = "<!-- built 8 July 2014 --><p>08.07.2014</p>";
    assert_int_equal(pa_date_order_same_day(meta, strlen(meta), &read), 0);
}

/* rvnum: a country domain is read from an absolute address only: a relative
 * og:url ("story.pl?id=5", "article.in") names a file, not a host; a
 * protocol-relative "//example.de/x" names one.  The names in short runs
 * (a list's "May 13, 2019") are counted apart from a sentence's "23 May". */
static void rvnum_relative_addresses(void **state)
{
    (void)state;
    assert_int_equal(pa_date_order_of_host("story.pl?id=5"), 0);
    assert_int_equal(pa_date_order_of_host("news/article.in"), 0);
    assert_int_equal(pa_date_order_of_host("//www.example.de/x"), PA_DATE_DMY);
    assert_int_equal(pa_date_order_of_host("https://www.notco.uk/x"), PA_DATE_DMY); /* (a .uk domain too) */
    assert_int_equal(pa_date_order_of_host("https://example.com/?ref=a.de"), 0);
    const char *lists = "<p>Britain will vote on 23 May, the minister said on 3 May, after talks on 2 April.</p>"
                        "<li><span>May 13, 2019</span></li><li><span>April 28, 2019</span></li>";
    assert_int_equal(pa_date_order_of_names(lists, strlen(lists)), 0);
    assert_int_equal(pa_date_order_of_name_lines(lists, strlen(lists)), PA_DATE_MDY);
    assert_int_equal(pa_date_order_of_name_lines(NULL, 0), 0);
}

/* A post header of fields: the date line ends where the next field's label
 * ("Post subject:"), set off by a gap, starts; a time's colon is no label, a
 * long tail with no such label stays prose, and fields one space apart (a
 * call's "Date: … Time: …" block) are no post header. */
static void forums_post_header_fields(void **state)
{
    (void)state;
    pa_date d;
    const char *hdr = "Posted: Thu Jun 8, 2006 10:13 am \xc2\xa0 \xc2\xa0Post subject: Outboard stalls after ten "
                      "minutes at half throttle";
    assert_int_equal(pa_date_line_kind(hdr, strlen(hdr), "en", &d), 1);
    assert_int_equal(d.year, 2006);
    assert_int_equal(d.month, 6);
    assert_int_equal(d.day, 8);
    const char *prose = "Posted: Thu Jun 8, 2006 10:13 am and then the whole thing went wrong because nobody came "
                        "to the meeting: sad";
    assert_int_equal(pa_date_line_kind(prose, strlen(prose), "en", &d), 0);
    const char *call = "Date: Thursday, February 4, 2021 Time: 8:30 a.m. ET Dial-in (U.S.): 1-833-555-0121 Dial-in "
                       "(International): 1-236-555-0144 Conference ID: 2089145";
    assert_int_equal(pa_date_line_kind(call, strlen(call), "en", &d), 0); /* fields one space apart: a schedule */
}

/* The asctime() stamp of mail and list archives ("Wed Aug  3 14:35:05 2011"): the clock stands between the day
 * and the year; words between them are no stamp. */
static void forums_asctime_stamp(void **state)
{
    (void)state;
    pa_date d;
    const char *stamp = "Wed Aug  3 14:35:05 2011";
    assert_int_equal(pa_date_line_kind(stamp, strlen(stamp), "en", &d), 1);
    assert_int_equal(d.year, 2011);
    assert_int_equal(d.month, 8);
    assert_int_equal(d.day, 3);
    const char *minutes = "Tue Apr 4 12:27 2017";
    assert_int_equal(pa_date_parse_text(minutes, strlen(minutes), "en", &d), 0);
    assert_int_equal(d.year, 2017);
    assert_int_equal(d.day, 4);
    const char *prose = "Aug 3 at 14:35 the 2011 team left";
    assert_int_equal(pa_date_parse_text(prose, strlen(prose), "en", &d), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_time_footers), cmocka_unit_test(not_date_lines),
        cmocka_unit_test(field_orders_and_digits), cmocka_unit_test(validity), cmocka_unit_test(date_label_lines),
        cmocka_unit_test(machine_dates), cmocka_unit_test(url_dates),
        cmocka_unit_test(chinese_numerals), cmocka_unit_test(japanese_era_years), cmocka_unit_test(named_lines),
        cmocka_unit_test(folded_scripts), cmocka_unit_test(other_calendars),
        cmocka_unit_test(civil_days), cmocka_unit_test(declared_old_years), cmocka_unit_test(declared_zero_days), cmocka_unit_test(folio_date_part), cmocka_unit_test(folio_parts_are_names), cmocka_unit_test(eedition_printed_edition), cmocka_unit_test(english_names), cmocka_unit_test(long_folds),
        cmocka_unit_test(civil_days), cmocka_unit_test(english_names), cmocka_unit_test(long_folds),
        cmocka_unit_test(numdates_order_flag), cmocka_unit_test(numdates_tags_and_hosts),
        cmocka_unit_test(numdates_page_numbers), cmocka_unit_test(numdates_page_names),
        cmocka_unit_test(civil_days), cmocka_unit_test(eedition_printed_edition),
        cmocka_unit_test(rveed_printed_edition_sentence), cmocka_unit_test(english_names), cmocka_unit_test(long_folds),
        cmocka_unit_test(rvnum_page_text_only), cmocka_unit_test(rvnum_relative_addresses),
        cmocka_unit_test(forums_post_header_fields), cmocka_unit_test(forums_asctime_stamp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
