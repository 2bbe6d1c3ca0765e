/* test_charset.c — charset sources in order (forced, BOM, HTTP header,
 * <meta>), detection of pages that declare nothing or lie, and output that
 * is always valid UTF-8. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pressarc/charset.h"

/* UTF-8 sample re-encoded with iconv (test input only). */
static char *encode(const char *utf8, const char *to, size_t *outlen)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t inl = strlen(utf8), cap = inl * 4 + 16, outl = cap;
    char *out = malloc(cap), *op = out, *ip = (char *)utf8;
    assert_true(iconv(cd, &ip, &inl, &op, &outl) != (size_t)-1);
    iconv_close(cd);
    *outlen = cap - outl;
    return out;
}

static char *latin1_to_utf8(const char *in, size_t len);

/* pa_charset_to_utf8 of in; pa_charset_to_utf8_reuse of a writable copy
 * must give the same bytes and charset name (*reused, when asked for: did
 * it read the copy in place). */
static char *decode_reusing(const char *in, size_t len, const char *forced, const char *http, char *used, int *reused)
{
    char *out = NULL;
    size_t ol = 0;
    pa_err err;
    assert_int_equal(pa_charset_to_utf8(in, len, forced, http, &out, &ol, used, 64, &err), PA_OK);
    assert_true(pa_utf8_valid(out, ol));
    char *copy = malloc(len + 1), *rout = NULL, rused[64];
    memcpy(copy, in, len);
    copy[len] = '\0';
    size_t rl = 0;
    int r = -1;
    assert_int_equal(pa_charset_to_utf8_reuse(copy, len, forced, http, &rout, &rl, rused, sizeof rused, &r, &err), PA_OK);
    assert_int_equal(rl, ol);
    assert_memory_equal(rout, out, ol + 1); /* (its NUL too) */
    assert_string_equal(rused, used);
    assert_true(r == 0 || r == 1);
    assert_true(!r || (rout >= copy && rout <= copy + len));
    if (!r)
        free(rout);
    free(copy);
    if (reused)
        *reused = r;
    return out;
}

static char *decode(const char *in, size_t len, const char *forced, const char *http, char *used)
{
    return decode_reusing(in, len, forced, http, used, NULL);
}

/* pa_charset_to_utf8_reuse reads UTF-8 in place (past a BOM), the bytes
 * it would copy; a page to decode, to clean or encoded twice gets a copy. */
static void utf8_read_in_place(void **state)
{
    (void)state;
    char used[64];
    int reused = 0;
    char *o = decode_reusing("<p>caf\xC3\xA9</p>", 12, NULL, "utf-8", used, &reused);
    assert_int_equal(reused, 1);
    free(o);
    o = decode_reusing("\xEF\xBB\xBF<p>caf\xC3\xA9</p>", 15, NULL, NULL, used, &reused);
    assert_int_equal(reused, 1);
    free(o);
    o = decode_reusing("<p>caf\xE9</p>", 11, NULL, "iso-8859-1", used, &reused);
    assert_int_equal(reused, 0);
    free(o);
    o = decode_reusing("<p>caf\xC3\xA9</p>", 12, "UTF-8", NULL, used, &reused);
    assert_int_equal(reused, 0); /* (a forced charset: as pa_charset_to_utf8 reads it) */
    free(o);
    const char *ru = "<p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80 "
                     "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80 "
                     "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</p>";
    char *twice = latin1_to_utf8(ru, strlen(ru));
    o = decode_reusing(twice, strlen(twice), NULL, "utf-8", used, &reused);
    assert_int_equal(reused, 0);
    assert_string_equal(o, ru);
    free(o);
    free(twice);
}

static void declarations(void **state)
{
    (void)state;
    char cs[64];
    assert_string_equal(pa_charset_from_content_type("text/html; charset=\"GBK\"", cs, sizeof cs), "GBK");
    assert_string_equal(pa_charset_from_content_type("text/html", cs, sizeof cs), "");
    const char *m1 = "<html><head><meta charset='windows-1251'></head>";
    assert_string_equal(pa_charset_prescan(m1, strlen(m1), cs, sizeof cs), "windows-1251");
    const char *m2 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">";
    assert_string_equal(pa_charset_prescan(m2, strlen(m2), cs, sizeof cs), "Shift_JIS");
}

static void boms_and_forcing(void **state)
{
    (void)state;
    char used[64];
    char *o = decode("\xEF\xBB\xBF<p>caf\xC3\xA9</p>", 15, NULL, "iso-8859-1", used);
    assert_string_equal(o, "<p>café</p>"); /* the BOM beats the header */
    free(o);
    o = decode("<\0p\0>\0", 6, "UTF-16LE", NULL, used);
    assert_string_equal(o, "<p>");
    free(o);
    /* windows-1252 bytes read as such when forced */
    o = decode("<p>caf\xE9</p>", 11, "windows-1252", "utf-8", used);
    assert_string_equal(o, "<p>café</p>");
    free(o);
    /* ISO-8859-1 means windows-1252, as in browsers: 0x93/0x94 are quotes */
    o = decode("<p>\x93quoted\x94</p>", 15, NULL, "iso-8859-1", used);
    assert_string_equal(o, "<p>\xE2\x80\x9Cquoted\xE2\x80\x9D</p>");
    free(o);
}

static const char *RU = "<html><body><p>Британские учёные выяснили, что потеря памяти начинается уже в сорок пять "
                        "лет. Новое исследование охватило семь тысяч государственных служащих Лондона, которых "
                        "наблюдали в течение десяти лет, и показало, что способности к рассуждению снижаются.</p>"
                        "</body></html>";
static const char *JA = "<html><body><p>広元市のアルミニウム産業は急速に発展しており、二〇二四年の生産額は四百十九億元に"
                        "達しました。市はグリーン水力発電アルミニウムから精密加工までの完全な産業チェーンを形成し、百社"
                        "以上の企業が集まっています。今後も政策支援を強化し、付加価値の高い低炭素の方向へ発展させます。"
                        "</p></body></html>";

static void undeclared_and_lying(void **state)
{
    (void)state;
    const char *encs[] = {"WINDOWS-1251", "KOI8-R", "SHIFT_JIS", "EUC-JP"};
    const char *texts[] = {RU, RU, JA, JA};
    for (int i = 0; i < 4; i++) {
        size_t n;
        char *bytes = encode(texts[i], encs[i], &n);
        char used[64];
        /* nothing declared */
        char *o = decode(bytes, n, NULL, NULL, used);
        if (strcmp(o, texts[i]) != 0)
            fprintf(stderr, "%s detected as %s\n", encs[i], used);
        assert_string_equal(o, texts[i]);
        free(o);
        /* declared UTF-8, which the bytes are not */
        o = decode(bytes, n, NULL, "utf-8", used);
        assert_string_equal(o, texts[i]);
        free(o);
        free(bytes);
    }
}

/* A page declaring Latin-1 (a server's default header, an old template's
 * meta) whose bytes are Thai in TIS-620/windows-874 is read as Thai; a
 * Latin-1 page with its accented letters stays Latin-1, and so does one
 * whose runs of high bytes are an ornament of one sign repeated. */
static void latin1_declared_over_thai(void **state)
{
    (void)state;
    const char *th = "<html><body><p>กลุ่มประมงพื้นบ้านรอบทะเลสาบสงขลาร่วมกับศูนย์วิจัยและพัฒนาประมงชายฝั่ง "
                     "ปล่อยลูกกุ้งกุลาดำจำนวน ๕๐๐,๐๐๐ ตัว บริเวณบ้านแหลมจาก อำเภอสิงหนคร เมื่อเช้าวันที่ ๑๘ "
                     "กันยายน เพื่อฟื้นฟูทรัพยากรสัตว์น้ำที่ลดลงอย่างมากในช่วงสิบปีที่ผ่านมา ประธานกลุ่มกล่าวว่า "
                     "เมื่อก่อนชาวประมงออกเรือหนึ่งคืนได้กุ้งไม่ต่ำกว่า ๕ กิโลกรัม แต่ปัจจุบันได้เพียง ๑ ถึง ๒ "
                     "กิโลกรัม สาเหตุหลักมาจากการใช้เครื่องมือประมงผิดกฎหมายและน้ำเสียจากชุมชน</p><p>กลุ่มจึงตั้งกฎ"
                     "ของชุมชนห้ามจับสัตว์น้ำในเขตอนุรักษ์ สามแห่ง รวมพื้นที่กว่าสองพันไร่ และจัดเวรลาดตระเวนทุกคืน"
                     "ร่วมกับเจ้าหน้าที่ประมงอำเภอ ผู้ที่ฝ่าฝืนจะถูกยึดเครื่องมือและแจ้งความดำเนินคดี</p></body></html>";
    size_t n;
    char *bytes = encode(th, "CP874", &n);
    char used[64];
    char *o = decode(bytes, n, NULL, "iso-8859-1", used);
    assert_string_equal(o, th);
    assert_string_equal(used, "CP874");
    free(o);
    free(bytes);
    const char *fr = "<html><body><p>L'équipe de la région a présenté à la presse un projet déjà évoqué l'été "
                     "dernier : une forêt protégée, des étangs restaurés et des prés fauchés après la floraison, "
                     "à côté des fermes où l'on élève des vaches. Les élus ont salué un accord très équilibré.</p>"
                     "</body></html>";
    bytes = encode(fr, "ISO-8859-1", &n);
    o = decode(bytes, n, NULL, "iso-8859-1", used);
    assert_string_equal(o, fr);
    free(o);
    free(bytes);
    /* an English Latin-1 page whose only runs of high bytes are an ornament of one sign repeated ("¤¤¤¤¤¤¤¤"
     * in each line of a list): no words of another script, Latin-1 still ("café", "£3.50") */
    char en[4096];
    size_t el = (size_t)snprintf(en, sizeof en, "<html><body><ul>");
    for (int k = 0; k < 20; k++)
        el += (size_t)snprintf(en + el, sizeof en - el, "<li>Chapter %d ¤¤¤¤¤¤¤¤ %d</li>", k, k * 3);
    el += (size_t)snprintf(en + el, sizeof en - el, "</ul>");
    for (int k = 0; k < 3; k++)
        el += (size_t)snprintf(en + el, sizeof en - el, "<p>The café on Main Street raised the price of a coffee to £3.50 "
                                                       "on Monday, the owner said.</p>");
    snprintf(en + el, sizeof en - el, "</body></html>");
    bytes = encode(en, "ISO-8859-1", &n);
    o = decode(bytes, n, NULL, "iso-8859-1", used);
    assert_string_equal(o, en);
    free(o);
    free(bytes);
    /* a French Latin-1 page whose list items end in an ornament of two signs ("¤§¤§¤§¤§", varied runs of high
     * bytes) over paragraphs holding most of its high bytes one at a time ("été", "à"): the runs are not
     * most of its high bytes, so it is no other script's words; Latin-1 still */
    el = (size_t)snprintf(en, sizeof en, "<html><body><ul>");
    for (int k = 0; k < 20; k++)
        el += (size_t)snprintf(en + el, sizeof en - el, "<li>Épisode %d ¤§¤§¤§¤§</li>", k);
    el += (size_t)snprintf(en + el, sizeof en - el, "</ul>");
    for (int k = 0; k < 6; k++)
        el += (size_t)snprintf(en + el, sizeof en - el, "<p>L'équipe de la région a présenté un projet déjà évoqué "
                                                       "l'été dernier : une forêt protégée, des étangs restaurés, à "
                                                       "côté des fermes. Les élus ont salué un accord équilibré.</p>");
    snprintf(en + el, sizeof en - el, "</body></html>");
    bytes = encode(en, "ISO-8859-1", &n);
    o = decode(bytes, n, NULL, "iso-8859-1", used);
    assert_string_equal(o, en);
    free(o);
    free(bytes);
    /* an English Latin-1 page with that ornament in a few lines only (under sixteen runs): too few to be words */
    el = (size_t)snprintf(en, sizeof en, "<html><body><ul>");
    for (int k = 0; k < 5; k++)
        el += (size_t)snprintf(en + el, sizeof en - el, "<li>Chapter %d ¤§¤§¤§¤§</li>", k);
    snprintf(en + el, sizeof en - el, "</ul><p>The council met on Monday and approved the budget.</p></body></html>");
    bytes = encode(en, "ISO-8859-1", &n);
    o = decode(bytes, n, NULL, "iso-8859-1", used);
    assert_string_equal(o, en);
    free(o);
    free(bytes);
}

/* A page declaring a legacy charset whose bytes are UTF-8 text is read as
 * UTF-8 (the declaration is stale); one whose bytes are not stays legacy. */
static void stale_legacy_declaration(void **state)
{
    (void)state;
    char used[64];
    const char *zh = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                     "<body><p>谷歌在2014年收购的人工智能公司开发出一款计算机。</p></body></html>";
    char *o = decode(zh, strlen(zh), NULL, NULL, used);
    assert_string_equal(o, zh);
    assert_string_equal(used, "UTF-8");
    free(o);
    o = decode(RU, strlen(RU), NULL, "windows-1251", used); /* the HTTP header's charset */
    assert_string_equal(o, RU);
    free(o);
    size_t n;
    char *bytes = encode(RU, "WINDOWS-1251", &n);
    o = decode(bytes, n, NULL, "windows-1251", used);
    assert_string_equal(o, RU);
    assert_string_equal(used, "windows-1251");
    free(o);
    free(bytes);
}

/* Bytes read as `from` (a Latin charset) and saved as UTF-8: mojibake. */
static char *latin_mojibake(const char *bytes, size_t n, const char *from, size_t *outlen)
{
    iconv_t cd = iconv_open("UTF-8", from);
    assert_true(cd != (iconv_t)-1);
    size_t inl = n, cap = n * 4 + 16, outl = cap;
    char *out = malloc(cap + 1), *op = out, *ip = (char *)(uintptr_t)bytes;
    assert_true(iconv(cd, &ip, &inl, &op, &outl) != (size_t)-1);
    iconv_close(cd);
    *outlen = cap - outl;
    out[*outlen] = '\0';
    return out;
}

/* A GBK page once or twice read as Latin-9/Latin-1 and saved as UTF-8, its
 * GB2312 declaration kept, is mapped back and read as GBK. */
static void latin_mojibake_repaired(void **state)
{
    (void)state;
    const char *zh = "<html><head><meta charset=\"gbk\"></head><body><p>船长被游轮公司认定责任，"
                     "贴近海岸让同事望家乡。意大利游轮运营商首席执行官认定船长人为失误导致游轮搁浅。</p></body></html>";
    size_t n, n1, n2;
    char *gbk = encode(zh, "GB18030", &n);
    char *once = latin_mojibake(gbk, n, "ISO-8859-15", &n1);
    char *twice = latin_mojibake(once, n1, "ISO-8859-1", &n2);
    char used[64];
    char *o = decode(once, n1, NULL, NULL, used);
    assert_string_equal(o, zh);
    free(o);
    o = decode(twice, n2, NULL, NULL, used);
    assert_string_equal(o, zh);
    free(o);
    free(gbk);
    free(once);
    free(twice);
}

/* A windows-1251 page read as windows-1252 and saved as UTF-8: its dash
 * (0x97) became U+2014, which no Latin-9 byte shows, so the windows-1252
 * reading maps it back; the page reads as Russian again. */
static void cp1252_mojibake_repaired(void **state)
{
    (void)state;
    const char *ru = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва \u2014 столица России, "
                     "крупнейший по численности населения город страны и её политический центр.</p></body></html>";
    size_t n, n1;
    char *cp1251 = encode(ru, "WINDOWS-1251", &n);
    char *once = latin_mojibake(cp1251, n, "WINDOWS-1252", &n1);
    assert_null(strstr(once, "Москва"));
    char used[64];
    char *o = decode(once, n1, NULL, NULL, used);
    assert_string_equal(o, ru);
    assert_string_equal(used, "windows-1251");
    free(o);
    free(cp1251);
    free(once);
}

static void invalid_bytes_replaced(void **state)
{
    (void)state;
    char used[64];
    const char bad[] = "<p>ok \xC3\x28 \xF0\x9F\x98 end</p>";
    char *o = decode(bad, sizeof bad - 1, "utf-8", NULL, used);
    assert_non_null(strstr(o, "\xEF\xBF\xBD"));
    assert_non_null(strstr(o, "end</p>"));
    free(o);
    /* an unknown label falls back to detection, never fails */
    o = decode("<p>plain</p>", 12, NULL, "x-no-such-charset", used);
    assert_string_equal(o, "<p>plain</p>");
    free(o);
}

/* A legacy charset declared on UTF-8 bytes (a page re-saved as UTF-8 with
 * its template's charset=gb2312 left in): the bytes win when they are valid
 * UTF-8 with many multi-byte characters; a few stray ones do not decide. */
static void declared_legacy_but_utf8(void **state)
{
    (void)state;
    char used[64];
    const char *page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                       "</head><body><p>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶</p></body></html>";
    char *o = decode(page, strlen(page), NULL, NULL, used);
    assert_string_equal(o, page);
    assert_string_equal(used, "UTF-8");
    free(o);
    /* windows-1252 bytes that happen to form one valid UTF-8 pair stay windows-1252 */
    o = decode("<p>\xC3\xA9t\xE9</p>", 11, NULL, "windows-1252", used);
    assert_string_equal(o, "<p>\xC3\x83\xC2\xA9t\xC3\xA9</p>");
    free(o);
}

/* Bytes read as Latin-1 and written as UTF-8: the mojibake of a page
 * encoded twice ("Ð\u0091Ñ\u0080Ð¸..."). */
static char *latin1_to_utf8(const char *in, size_t len)
{
    char *out = malloc(len * 2 + 1), *o = out;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x80) {
            *o++ = (char)c;
        } else {
            *o++ = (char)(0xC0 | (c >> 6));
            *o++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *o = '\0';
    return out;
}

static const char *ZH = "<html><head><meta charset=\"gb2312\"></head><body><p>广元市铝产业发展迅速，二〇二四年产值达到"
                        "四百一十九亿元，形成了从绿色水电铝到精深加工的完整产业链，聚集企业一百余家。</p></body></html>";

/* A page encoded twice (UTF-8 or GBK bytes read as windows-1252 and written
 * as UTF-8 again) is undone; a real Latin-1 text in UTF-8 is left alone. */
static void double_encoded(void **state)
{
    (void)state;
    char used[64];
    char *twice = latin1_to_utf8(RU, strlen(RU));
    char *o = decode(twice, strlen(twice), NULL, "utf-8", used);
    assert_string_equal(o, RU);
    free(o);
    free(twice);
    size_t n;
    char *gbk = encode(ZH, "GB18030", &n);
    twice = latin1_to_utf8(gbk, n);
    o = decode(twice, strlen(twice), NULL, NULL, used);
    assert_string_equal(o, ZH);
    free(o);
    free(twice);
    free(gbk);
    const char *fr = "<p>À côté de l'église, les élèves étudièrent à l'école : été, hôtel, forêt, naïve, "
                     "Noël, cœur, déjà vu, là-bas, où, très, après, être, français, garçon, leçon, reçu, "
                     "Françoise, Hélène, Zoë, Gaëlle, Jérôme, Cécile et Loïc.</p>";
    o = decode(fr, strlen(fr), NULL, "utf-8", used);
    assert_string_equal(o, fr);
    free(o);
}

/* Where undo_double_encoding's quick first look stops: text encoded twice
 * with curly quotes, dashes and letters next to ASCII is undone; 32
 * non-ASCII characters (16 letters of two bytes, each read as two) are
 * enough, 30 are not; text encoded once with the same characters stays. */
static void double_encoded_edges(void **state)
{
    (void)state;
    char used[64];
    const char *pl = "<p>Rząd ogłosił \xE2\x80\x9Ereformę\xE2\x80\x9D \xE2\x80\x94 don\xE2\x80\x99t "
                     "mówić o żółwiach, źrebiętach i łąkach; Łódź, Gdańsk, Kraków, Poznań, Wrocław.</p>";
    char *twice = latin1_to_utf8(pl, strlen(pl));
    char *o = decode(twice, strlen(twice), NULL, "utf-8", used);
    assert_string_equal(o, pl);
    free(o);
    free(twice);
    o = decode(pl, strlen(pl), NULL, "utf-8", used);
    assert_string_equal(o, pl);
    free(o);
    const char *sixteen = "<p>ą ę ś ć ź ż ł ó ń ą ę ś ć ź ż ł and more plain words.</p>";
    twice = latin1_to_utf8(sixteen, strlen(sixteen));
    o = decode(twice, strlen(twice), NULL, "utf-8", used);
    assert_string_equal(o, sixteen);
    free(o);
    free(twice);
    const char *fifteen = "<p>ą ę ś ć ź ż ł ó ń ą ę ś ć ź ż and more plain words.</p>";
    twice = latin1_to_utf8(fifteen, strlen(fifteen));
    o = decode(twice, strlen(twice), NULL, "utf-8", used);
    assert_string_equal(o, twice);
    free(o);
    free(twice);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(declarations), cmocka_unit_test(boms_and_forcing),
                                       cmocka_unit_test(undeclared_and_lying), cmocka_unit_test(stale_legacy_declaration), cmocka_unit_test(latin1_declared_over_thai),
                                       cmocka_unit_test(latin_mojibake_repaired), cmocka_unit_test(cp1252_mojibake_repaired), cmocka_unit_test(invalid_bytes_replaced),
                                       cmocka_unit_test(declared_legacy_but_utf8), cmocka_unit_test(double_encoded),
                                       cmocka_unit_test(double_encoded_edges), cmocka_unit_test(utf8_read_in_place)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
