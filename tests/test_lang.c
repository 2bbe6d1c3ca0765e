/* test_lang.c — language identification (parsers/lang.c): script-decided
 * languages, n-gram models for shared scripts, declared-tag plausibility,
 * and the shape check of language tags from sitemaps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include "pressarc/lang.h"

static const char *detect(const char *text, char *out, size_t n)
{
    return pa_lang_detect(text, strlen(text), out, n);
}

static void script_decides(void **state)
{
    (void)state;
    char t[16];
    assert_string_equal(detect("ಗುವಾಂಗ್ಯುವಾನ್ ನಗರದ ಅಲ್ಯೂಮಿನಿಯಂ ಉದ್ಯಮವು ಜಾಗತಿಕ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಬೆಳೆಯುತ್ತಿದೆ", t, sizeof t), "kn");
    assert_string_equal(detect("গুয়াংইউয়ান শহরের অ্যালুমিনিয়াম শিল্প বিশ্ববাজারে দ্রুত বাড়ছে", t, sizeof t), "bn");
    /* Assamese: the Bengali script with its own ৰ and ৱ; a Bengali line quoting one Assamese name stays bn */
    assert_string_equal(detect("যোৰহাটৰ চাহ বাগিচাত শ্ৰমিকৰ বাবে নতুন চিকিৎসালয় মুকলি কৰা হয়, দৈনিক দুশ ৰোগীৰ চিকিৎসা", t,
                               sizeof t),
                        "as");
    assert_string_equal(detect("গুয়াহাটির কাছে যোৰহাট জেলায় নতুন চা বাগান খুলেছে, শ্রমিকরা খুশি", t, sizeof t), "bn");
    /* a longer Bengali story naming an Assamese town three times (three ৰ in some 900 bytes, under one in
     * every 200): Bengali still */
    assert_string_equal(detect("গুয়াহাটির কাছে যোৰহাট জেলায় নতুন চা বাগান খুলেছে, শ্রমিকরা খুশি। বাগানের মালিক জানিয়েছেন, প্রথম "
                               "বছরে প্রায় পাঁচশো জন কাজ পাবেন এবং তাঁদের জন্য একটি ছোট হাসপাতাল তৈরি করা হবে। যোৰহাট শহর "
                               "থেকে বাগানটি প্রায় কুড়ি কিলোমিটার দূরে, তাই প্রতিদিন সকালে শ্রমিকদের জন্য বাসের ব্যবস্থা থাকবে। "
                               "জেলা প্রশাসন বলেছে, যোৰহাট অঞ্চলের অন্যান্য বাগানেও একই ধরনের সুবিধা দেওয়ার পরিকল্পনা রয়েছে।",
                               t, sizeof t),
                        "bn");
    assert_string_equal(pa_lang_script_of("ಅಲ್ಯೂಮಿನಿಯಂ ಉದ್ಯಮ", strlen("ಅಲ್ಯೂಮಿನಿಯಂ ಉದ್ಯಮ")), "Knda");
    assert_string_equal(pa_lang_script_of("صناعة الألمنيوم", strlen("صناعة الألمنيوم")), "Arab");
}

/* Japanese in kanji compounds with few kana is Japanese (its 総, 県, 駅,
 * 対 …), Chinese naming one Japanese place stays Chinese. */
static void japanese_kanji_text(void **state)
{
    (void)state;
    char t[16];
    assert_string_equal(detect("国土生活省総合政策局地域交通課、令和八年度予算概算要求、地域公共交通確保維持改善事業費補助金総額"
                               "三百二十億円計上。主要事項：地方路線運行費補助拡充、鉄道駅周辺整備事業推進、運転手確保対策事業新設。",
                               t, sizeof t),
                        "ja");
    assert_string_equal(detect("日本神奈川県政府周五宣布，将在横滨港附近新建一座物流中心，总投资约为三百亿日元，预计两年后投入使用。"
                               "当地企业表示，新中心将大幅降低运输成本，并为周边地区创造上千个就业岗位。",
                               t, sizeof t),
                        "zh-Hans");
    /* Chinese naming Japanese places often (静岡県, 静岡駅, 浜松駅; a Taiwanese post's 関西空港, 京都駅): Chinese */
    assert_string_equal(detect("日本静岡県知事周三宣布，由于台风带来的强降雨，县内多条铁路线暂停运营，静岡駅至浜松駅之间的新干线列车"
                               "也出现延误。当地气象部门表示，降雨将持续到周五。",
                               t, sizeof t),
                        "zh-Hans");
    assert_int_equal(strncmp(detect("這次日本關西五日遊，我們從桃園機場搭機抵達関西空港，再搭乘特急直達京都駅，車程大約七十五分鐘。"
                                    "第一天在京都駅附近的飯店放好行李後，我們就搭公車前往清水寺。",
                                    t, sizeof t),
                             "zh", 2),
                     0); /* Chinese (the n-grams read this short Traditional text as zh-Hans, as before) */
}

static void ngram_models(void **state)
{
    (void)state;
    char t[16];
    assert_string_equal(detect("The city government announced on Friday that the aluminium industry park will "
                               "add three new production lines and create hundreds of jobs for local workers.",
                               t, sizeof t),
                        "en");
    assert_string_equal(detect("Pemerintah kota mengumumkan pada hari Jumat bahwa kawasan industri aluminium akan "
                               "menambah tiga lini produksi baru dan menciptakan ratusan lapangan kerja.",
                               t, sizeof t),
                        "id");
    assert_string_equal(detect("أعلنت حكومة المدينة يوم الجمعة أن المنطقة الصناعية للألمنيوم ستضيف ثلاثة خطوط "
                               "إنتاج جديدة وتوفر مئات فرص العمل للعمال المحليين.",
                               t, sizeof t),
                        "ar");
    assert_string_equal(detect("ok", t, sizeof t), ""); /* too short to tell */
}

/* African languages of Latin script: Hausa's frequent words ("da", "a", "na") are Portuguese stopwords too,
 * so Hausa and Somali have their own; Swahili and Turkish still read as themselves, and Amharic (Ethiopic
 * script) by its script. */
static void african_languages(void **state)
{
    (void)state;
    char t[16];
    assert_string_equal(detect("Gwamnatin Jihar Kano ta sanar da shirin gina sabbin makarantun firamare 40 a kananan "
                               "hukumomin karkara, domin rage cunkoson dalibai a azuzuwa. Kwamishinan Ilimi na jihar ya "
                               "ce za a fara aikin ne a watan Janairu, kuma ana sa ran kammala shi cikin watanni 18. Ya "
                               "kara da cewa kowace makaranta za ta kasance da azuzuwa shida da ofishin malamai.",
                               t, sizeof t),
                        "ha");
    assert_string_equal(detect("Dowladda Hoose ee Muqdisho ayaa shaacisay in dib-u-dhiska dekadda kalluumeysiga ee "
                               "magaalada la dhammeystiray, taas oo suurta gelin doonta in doonyo badan ay hal mar "
                               "xiraan. Guddoomiyaha gobolka ayaa sheegay in mashruuca uu abuuray shaqooyin loogu "
                               "talagalay in ka badan 600 dhallinyaro ah oo ka shaqeeya kalluumeysiga.",
                               t, sizeof t),
                        "so");
    assert_string_equal(detect("Bei ya mahindi katika masoko ya jijini Dar es Salaam imepanda kwa asilimia 22 ndani ya "
                               "wiki mbili, huku wafanyabiashara wakisema mvua za vuli zilizochelewa zimepunguza mzigo "
                               "unaoingia kutoka mikoa ya kusini. Wizara ya Kilimo imesema Wakala wa Taifa una akiba.",
                               t, sizeof t),
                        "sw");
    assert_string_equal(detect("Kurum Genel Müdürü, artışın büyük bölümünün elektrik ve kimyasal arıtma giderlerinden "
                               "kaynaklandığını söyledi. Barajlardaki doluluk oranı yüzde 31'e düştü ve her metreküp "
                               "için harcanan enerji iki yılda neredeyse ikiye katlandı.",
                               t, sizeof t),
                        "tr");
    assert_string_equal(detect("የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ ስምንት አዳዲስ የአውቶቡስ መስመሮችን ዛሬ በይፋ ሥራ አስጀምሯል።",
                               t, sizeof t),
                        "am");
}

/* Indonesian and Malay share their function words; the words one of them
 * spells or says otherwise (karena/kerana, persen/peratus, pemerintah/
 * kerajaan, Rp/RM) tell them apart. */
static void indonesian_or_malay(void **state)
{
    (void)state;
    char t[16];
    assert_string_equal(detect("Kerajaan negeri berkata bekalan air di kawasan itu dijangka pulih sepenuhnya esok petang "
                               "kerana kerja membaiki paip utama yang pecah telah siap. Beliau berkata pengguna boleh "
                               "menyemak status pemulihan di laman web syarikat, manakala lori tangki telah digerakkan "
                               "ke hospital dan sekolah. Kos kerja itu dianggarkan RM3 juta, kira-kira 12 peratus "
                               "daripada peruntukan tahun lepas.",
                               t, sizeof t),
                        "ms");
    assert_string_equal(detect("Pemerintah kota mengatakan pasokan air di kawasan tersebut bisa pulih sepenuhnya besok "
                               "sore karena perbaikan pipa utama yang pecah sudah selesai. Dia mengatakan warga dapat "
                               "memeriksa status pemulihan di situs web perusahaan, sementara truk tangki sudah dikirim "
                               "ke rumah sakit dan sekolah. Biaya perbaikan diperkirakan Rp 3 miliar, sekitar 12 persen "
                               "dari anggaran tahun lalu.",
                               t, sizeof t),
                        "id");    /* Indonesian writing the words it shares with Malay (beliau, ialah, semalam, daripada, katanya, boleh): an
     * obituary, Indonesian still */
    assert_string_equal(detect("Beliau ialah tokoh yang sangat dihormati di kampung itu. Semalam, ribuan orang datang ke "
                               "rumah duka untuk memberikan penghormatan terakhir. Menurut keluarga, beliau meninggal "
                               "dunia dengan tenang setelah dirawat selama dua minggu. \"Beliau tidak pernah lelah "
                               "membantu orang lain, lebih daripada siapa pun,\" katanya. Anak-anak kampung boleh belajar "
                               "mengaji di rumahnya tanpa membayar apa pun. Jenazah dimakamkan di pemakaman umum desa "
                               "pada pagi hari, disaksikan oleh keluarga, kerabat, dan para tetangga.",
                               t, sizeof t),
                        "id");
}

static void declared_plausible(void **state)
{
    (void)state;
    assert_true(pa_lang_compatible("ar", "Arab"));
    assert_false(pa_lang_compatible("en", "Knda"));
    assert_true(pa_lang_compatible("en", "Latn"));
}

static void tag_shapes(void **state)
{
    (void)state;
    assert_true(pa_lang_tag_valid("en"));
    assert_true(pa_lang_tag_valid("zh-cn"));
    assert_true(pa_lang_tag_valid("pt_BR"));
    assert_true(pa_lang_tag_valid("zh-Hans-CN"));
    assert_true(pa_lang_tag_valid("fil"));
    assert_false(pa_lang_tag_valid(NULL));
    assert_false(pa_lang_tag_valid(""));
    assert_false(pa_lang_tag_valid("e"));
    assert_false(pa_lang_tag_valid("english"));
    assert_false(pa_lang_tag_valid("en-"));
    assert_false(pa_lang_tag_valid("-en"));
    assert_false(pa_lang_tag_valid("en us"));
    assert_false(pa_lang_tag_valid("12"));
    assert_false(pa_lang_tag_valid("en-<b>"));
    assert_false(pa_lang_tag_valid("en-abcdefghi"));
    assert_false(pa_lang_tag_valid("en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd")); /* > 35 bytes */
}

static void tag_normalised(void **state)
{
    (void)state;
    char t[64];
    strcpy(t, "EN_us");
    pa_lang_tag_normalise(t);
    assert_string_equal(t, "en-US");
    strcpy(t, "zh-Hans");
    pa_lang_tag_normalise(t);
    assert_string_equal(t, "zh-Hans");
    strcpy(t, "ID");
    pa_lang_tag_normalise(t);
    assert_string_equal(t, "id");
    strcpy(t, "ar-eg; q=0.8");
    pa_lang_tag_normalise(t);
    assert_string_equal(t, "ar-EG");
}

/* A text scanned once (pa_lang_scan_text) tells the script and the
 * language that pa_lang_script_of and pa_lang_detect tell of it. */
static void scan_once(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "The council approved the new budget on Tuesday after a long debate over the cost of the bridge.",
        "El ayuntamiento aprobó el nuevo presupuesto el martes tras un largo debate sobre el coste del puente.",
        "Городской совет утвердил новый бюджет во вторник после долгих споров о стоимости моста.",
        "市议会周二在就大桥造价进行长时间辩论后批准了新预算。", "ಅಲ್ಯೂಮಿನಿಯಂ ಉದ್ಯಮ", "12345 !!", ""};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t len = strlen(texts[i]);
        pa_lang_scan scan;
        pa_lang_scan_text(texts[i], len, &scan);
        char once[16], twice[16];
        assert_string_equal(pa_lang_scan_script(&scan), pa_lang_script_of(texts[i], len));
        assert_string_equal(pa_lang_scan_detect(&scan, once, sizeof once), pa_lang_detect(texts[i], len, twice, sizeof twice));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(script_decides),
        cmocka_unit_test(japanese_kanji_text),
        cmocka_unit_test(ngram_models),
        cmocka_unit_test(african_languages),
        cmocka_unit_test(indonesian_or_malay),
        cmocka_unit_test(declared_plausible),
        cmocka_unit_test(tag_shapes),
        cmocka_unit_test(tag_normalised),
        cmocka_unit_test(scan_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
