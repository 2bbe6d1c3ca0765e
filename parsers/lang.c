/* lang.c — language identification: Unicode script counts (a script
 * that says its language, with Assamese's own letters told from Bengali and
 * Japanese kanji forms from Chinese), then for Latin text the frequent
 * short words of each language (Indonesian and Malay told apart by their
 * own words), then libexttextcat for scripts shared by several languages. */
#include "pressarc/lang.h"

#include <ctype.h>
#include <libexttextcat/textcat.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define PA_LANG_SAMPLE 8192 /* bytes of text examined */

typedef struct {
    const char *script;
    unsigned lo, hi;
    const char *lang; /* language when the script says it all, else NULL */
} script_range;

static const script_range ranges[] = {
    {"Latn", 0x0041, 0x024F, NULL},  {"Grek", 0x0370, 0x03FF, "el"},  {"Cyrl", 0x0400, 0x04FF, NULL},
    {"Armn", 0x0530, 0x058F, "hy"},  {"Hebr", 0x0590, 0x05FF, "he"},  {"Arab", 0x0600, 0x06FF, NULL},
    {"Arab", 0x0750, 0x077F, NULL},  {"Deva", 0x0900, 0x097F, NULL},  {"Beng", 0x0980, 0x09FF, "bn"},
    {"Guru", 0x0A00, 0x0A7F, "pa"},  {"Gujr", 0x0A80, 0x0AFF, "gu"},  {"Orya", 0x0B00, 0x0B7F, "or"},
    {"Taml", 0x0B80, 0x0BFF, "ta"},  {"Telu", 0x0C00, 0x0C7F, "te"},  {"Knda", 0x0C80, 0x0CFF, "kn"},
    {"Mlym", 0x0D00, 0x0D7F, "ml"},  {"Sinh", 0x0D80, 0x0DFF, "si"},  {"Thai", 0x0E00, 0x0E7F, "th"},
    {"Laoo", 0x0E80, 0x0EFF, "lo"},  {"Tibt", 0x0F00, 0x0FFF, "bo"},  {"Mymr", 0x1000, 0x109F, "my"},
    {"Geor", 0x10A0, 0x10FF, "ka"},  {"Hang", 0x1100, 0x11FF, "ko"},  {"Ethi", 0x1200, 0x137F, "am"},
    {"Khmr", 0x1780, 0x17FF, "km"},  {"Latn", 0x1E00, 0x1EFF, NULL},  {"Kana", 0x3040, 0x30FF, "ja"},
    {"Hani", 0x3400, 0x4DBF, NULL},  {"Hani", 0x4E00, 0x9FFF, NULL},  {"Hang", 0xAC00, 0xD7AF, "ko"},
    {"Arab", 0xFB50, 0xFDFF, NULL},  {"Arab", 0xFE70, 0xFEFF, NULL},
};
#define N_RANGES (sizeof ranges / sizeof ranges[0])

static unsigned next_cp(const unsigned char *s, size_t len, size_t *i)
{
    unsigned char c = s[*i];
    unsigned cp;
    size_t n;
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    if (c >= 0xF0)
        n = 3, cp = c & 0x07;
    else if (c >= 0xE0)
        n = 2, cp = c & 0x0F;
    else if (c >= 0xC0)
        n = 1, cp = c & 0x1F;
    else {
        (*i)++;
        return 0xFFFD;
    }
    (*i)++;
    for (size_t k = 0; k < n && *i < len; k++, (*i)++)
        cp = (cp << 6) | (s[*i] & 0x3F);
    return cp;
}

/* The range of each 16-code-point block of the BMP (range_blocks_build):
 * the range holding the whole block; NO_RANGE: none holds any of it;
 * SOME_RANGE: a range holds part of it (the first range's block, 0x40 to
 * 0x4F), so the table is scanned. */
#define NO_RANGE 0xFF
#define SOME_RANGE 0xFE
static unsigned char range_of_block[0x10000 / 16];
/* script_first[r]: the first range of range r's script (ranges of one
 * script share it), so dominant merges the counts without comparing names */
static unsigned char script_first[N_RANGES];
_Static_assert(N_RANGES < SOME_RANGE, "range numbers fit the unsigned char tables");
static pthread_once_t range_blocks_once = PTHREAD_ONCE_INIT;

static void range_blocks_build(void)
{
    for (size_t r = 0; r < N_RANGES; r++) {
        size_t q = 0;
        while (q < r && strcmp(ranges[q].script, ranges[r].script) != 0)
            q++;
        script_first[r] = (unsigned char)q;
    }
    memset(range_of_block, NO_RANGE, sizeof range_of_block);
    for (size_t r = 0; r < N_RANGES; r++)
        for (unsigned b = ranges[r].lo / 16; b <= ranges[r].hi / 16 && b < sizeof range_of_block; b++) {
            int whole = b * 16 >= ranges[r].lo && b * 16 + 15 <= ranges[r].hi;
            range_of_block[b] = whole && range_of_block[b] == NO_RANGE ? (unsigned char)r : SOME_RANGE;
        }
}

/* The range holding cp (N_RANGES: none), by a scan of the table. */
static size_t range_scan(unsigned cp)
{
    size_t r = 0;
    while (r < N_RANGES && !(cp >= ranges[r].lo && cp <= ranges[r].hi))
        r++;
    return r;
}

/* Index of the dominant range's script; counts per range into counts. */
static int dominant(const char *utf8, size_t len, unsigned counts[N_RANGES], int *kana)
{
    const unsigned char *s = (const unsigned char *)utf8;
    if (len > PA_LANG_SAMPLE)
        len = PA_LANG_SAMPLE;
    memset(counts, 0, sizeof(unsigned) * N_RANGES);
    pthread_once(&range_blocks_once, range_blocks_build);
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) { /* ASCII (most of any Latin text), without next_cp and range_scan: a letter
                              * counts for ranges[0] (Latn from U+0041); the filter below skips every other */
            unsigned char c = s[i++];
            counts[0] += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            continue;
        }
        unsigned cp = next_cp(s, len, &i);
        if ((cp >= '0' && cp <= '9') || cp < 0x41 || (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0xBF))
            continue;
        size_t r = cp < 0x10000 ? range_of_block[cp / 16] : SOME_RANGE;
        if (r == SOME_RANGE)
            r = range_scan(cp);
        if (r < N_RANGES)
            counts[r]++;
    }
    /* Merge by script name. */
    unsigned script_total[N_RANGES] = {0}; /* by script_first */
    for (size_t r = 0; r < N_RANGES; r++)
        script_total[script_first[r]] += counts[r];
    unsigned best = 0;
    int bi = -1;
    for (size_t r = 0; r < N_RANGES; r++) {
        unsigned tot = script_total[script_first[r]];
        if (tot > best) {
            best = tot;
            bi = (int)r;
        }
    }
    *kana = 0;
    for (size_t r = 0; r < N_RANGES; r++)
        if (strcmp(ranges[r].script, "Kana") == 0)
            *kana += (int)counts[r];
    /* Japanese text is mostly Han with some kana. */
    if (bi >= 0 && strcmp(ranges[bi].script, "Hani") == 0 && *kana * 10 > (int)best)
        for (size_t r = 0; r < N_RANGES; r++)
            if (strcmp(ranges[r].script, "Kana") == 0)
                return (int)r;
    return best >= 3 ? bi : -1;
}

_Static_assert(N_RANGES <= PA_LANG_MAX_RANGES, "a pa_lang_scan holds the counts of every range");

void pa_lang_scan_text(const char *utf8, size_t len, pa_lang_scan *scan)
{
    scan->utf8 = utf8;
    scan->len = len;
    scan->dominant = dominant(utf8, len, scan->counts, &scan->kana);
}

const char *pa_lang_scan_script(const pa_lang_scan *scan)
{
    return scan->dominant >= 0 ? ranges[scan->dominant].script : "";
}

const char *pa_lang_script_of(const char *utf8, size_t len)
{
    pa_lang_scan scan;
    pa_lang_scan_text(utf8, len, &scan);
    return pa_lang_scan_script(&scan);
}

/* Frequent short words of Latin-script languages: a cheap first opinion
 * that spares the n-gram models on most pages. */
static const struct {
    const char *lang;
    const char *words; /* space-separated, lower case */
} stopwords[] = {
    {"en", " the of and to in is that for on with as was by it are from at be this which have has an were will "},
    {"id", " yang dan di dengan untuk dari ini dalam pada tidak akan adalah ke itu juga oleh telah para bahwa "},
    {"ms", " yang dan di dengan untuk dari ini dalam pada tidak akan ialah ke itu juga oleh telah bagi kerana "},
    {"es", " de la que el en los del se las por un para con una su al es como más pero sus le "},
    {"pt", " de que o a do da em os para com um uma no na por se dos as mais não ao das "},
    {"fr", " de la le et les des en du un une est que pour dans qui par au sur pas plus avec sont "},
    {"de", " der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch "},
    {"it", " di e il la che in per un del della le si con non una sono dei nel alla da "},
    {"nl", " de en van het een in is dat op te zijn met voor niet aan er ook als bij door "},
    {"pl", " i w na z się nie do to że jest o jak po przez od za dla jego oraz "},
    {"tr", " ve bir bu da de için ile olarak daha çok en gibi olan sonra kadar ancak ise "},
    {"vi", " của và các có trong là được cho với những này không một đã người để khi "},
    {"sv", " och i att det som en på är av för med till den har de inte om ett "},
    {"ro", " și de în la a cu că pe din o nu care mai un este sunt pentru "},
    {"cs", " a se na v je že s z do to o jako pro by ve jsou jeho ale "},
    {"tl", " ang ng sa na mga at ay para kung hindi siya ito may "},
    {"sw", " na ya wa kwa katika za la ni kuwa hiyo hii pia au "},
    /* Hausa's "da", "a" and "na" are Portuguese stopwords too: its own words decide */
    {"ha", " da ta kuma cikin domin sun ce shi ita zuwa daga tare amma wanda yayin saboda ana wannan "},
    {"so", " iyo oo ka ku ayaa waxa waxaa ee soo ah uu ay ayuu ayay kala kale "},
};
#define N_STOPLANGS (sizeof stopwords / sizeof stopwords[0])
_Static_assert(N_STOPLANGS <= 32, "a stopword's languages fit its unsigned bitmask");

/* FNV-1a of the bytes s[0..n) (the stopword table's hash). */
static unsigned fnv1a(const char *s, size_t n)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The stopword lists as one table of (word, language bitmask), built
 * once, searched through the hash slots sw_slots (sw_find). */
typedef struct {
    char word[16];
    unsigned langs;
} stopword;

static stopword *sw_table;
static size_t sw_n;
static unsigned *sw_slots; /* open addressing over sw_table: index + 1, 0 empty */
static size_t sw_nslots;   /* a power of two, at least twice sw_n */
static pthread_once_t sw_once = PTHREAD_ONCE_INIT;

static void build_stopwords(void)
{
    size_t cap = 0;
    for (size_t l = 0; l < N_STOPLANGS; l++)
        for (const char *p = stopwords[l].words; *p; p++)
            cap += *p == ' ';
    sw_table = calloc(cap + 1, sizeof *sw_table);
    if (!sw_table)
        return;
    for (size_t l = 0; l < N_STOPLANGS; l++) {
        const char *p = stopwords[l].words;
        while (*p) {
            while (*p == ' ')
                p++;
            size_t k = strcspn(p, " ");
            if (!k)
                break;
            stopword key;
            memset(&key, 0, sizeof key);
            snprintf(key.word, sizeof key.word, "%.*s", (int)(k < 15 ? k : 15), p);
            size_t i = 0;
            while (i < sw_n && strcmp(sw_table[i].word, key.word) != 0)
                i++;
            if (i == sw_n) {
                sw_table[sw_n] = key;
                sw_n++;
            }
            sw_table[i].langs |= 1u << l;
            p += k;
        }
    }
    sw_nslots = 1;
    while (sw_nslots < 2 * sw_n)
        sw_nslots <<= 1;
    sw_slots = calloc(sw_nslots, sizeof *sw_slots);
    if (!sw_slots) {
        free(sw_table);
        sw_table = NULL;
        return;
    }
    for (size_t i = 0; i < sw_n; i++) {
        size_t at = fnv1a(sw_table[i].word, strlen(sw_table[i].word)) & (sw_nslots - 1);
        while (sw_slots[at])
            at = (at + 1) & (sw_nslots - 1);
        sw_slots[at] = (unsigned)i + 1;
    }
}

/* The entry of the lower-cased word w (its n bytes up to the NUL), NULL
 * when it is no stopword. */
static const stopword *sw_find(const char *w, size_t n)
{
    for (size_t at = fnv1a(w, n) & (sw_nslots - 1);; at = (at + 1) & (sw_nslots - 1)) {
        unsigned i = sw_slots[at];
        if (!i || !strcmp(sw_table[i - 1].word, w))
            return i ? &sw_table[i - 1] : NULL;
    }
}

/* How next_sample_word parts a text into words: runs of ASCII letters
 * (malay_variant: "Rp10" gives "rp"), or runs of any bytes between a space,
 * a line break, a comma, a full stop or a double quote (stopword_guess:
 * "l'a" and "się" are words, "(the" is no "the"). */
enum sample_words { WORDS_OF_LETTERS, WORDS_BETWEEN_STOPS };

/* The longest word next_sample_word copies: longer ones are skipped. */
#define SAMPLE_WORD_MAX 12

/* Is byte c part of a word the way `how` parts words? */
static inline int sample_word_byte(unsigned char c, enum sample_words how)
{
    if (how == WORDS_OF_LETTERS)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return c != ' ' && c != '\n' && c != ',' && c != '.' && c != '"';
}

/* The next word of utf8[*i..len) parted as `how` says, *i moved past it:
 * its length when it has 1 to SAMPLE_WORD_MAX bytes, copied into w with its
 * ASCII capitals lowered and a NUL after it; 0 at the end of the text or
 * for a longer word (skipped, w untouched).  The word loops of
 * stopword_guess and malay_variant. */
static size_t next_sample_word(const char *utf8, size_t len, size_t *i, enum sample_words how,
                               char w[SAMPLE_WORD_MAX + 1])
{
    while (*i < len && !sample_word_byte((unsigned char)utf8[*i], how))
        (*i)++;
    size_t s = *i;
    while (*i < len && sample_word_byte((unsigned char)utf8[*i], how))
        (*i)++;
    size_t n = *i - s;
    if (!n || n > SAMPLE_WORD_MAX)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char c = utf8[s + k];
        w[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    w[n] = '\0';
    return n;
}

/* Indonesian or Malay, for a text whose function words fit both: words one
 * of the two writes and the other spells or says otherwise (karena/kerana,
 * setelah/selepas, persen/peratus, miliar/bilion, pemerintah/kerajaan, uang/wang,
 * Rp/RM...).  "id" or "ms" when that side has three such words at least and
 * twice the other's, else "" (the models decide).  Reads the first words of
 * PA_LANG_SAMPLE bytes, as stopword_guess. */
static const char *malay_variant(const char *utf8, size_t len)
{
    static const char *const id_words[] = {"bahwa", "karena", "bisa", "persen", "miliar", "pemerintah", "uang",
                                           "tersebut", "mengatakan", "ujarnya", "sejumlah", "rp", "wib", "saat"};
    /* (not the words Indonesian writes as well: beliau, ialah, daripada, boleh, semalam, lepas, katanya) */
    static const char *const ms_words[] = {"kerana", "peratus", "bilion", "kerajaan", "wang", "iaitu", "sahaja",
                                           "mahu", "manakala", "menerusi", "bekalan", "rm", "selepas", "dijangka"};
    unsigned id = 0, ms = 0, words = 0;
    if (len > PA_LANG_SAMPLE)
        len = PA_LANG_SAMPLE;
    for (size_t i = 0; i < len && words < 400;) {
        char w[SAMPLE_WORD_MAX + 1];
        if (!next_sample_word(utf8, len, &i, WORDS_OF_LETTERS, w))
            continue;
        words++;
        for (size_t k = 0; k < sizeof id_words / sizeof id_words[0]; k++)
            id += strcmp(w, id_words[k]) == 0;
        for (size_t k = 0; k < sizeof ms_words / sizeof ms_words[0]; k++)
            ms += strcmp(w, ms_words[k]) == 0;
    }
    if (id >= 3 && id >= 2 * ms)
        return "id";
    if (ms >= 3 && ms >= 2 * id)
        return "ms";
    return "";
}

/* Best stopword language when clearly ahead, else "". */
static const char *stopword_guess(const char *utf8, size_t len)
{
    pthread_once(&sw_once, build_stopwords);
    if (!sw_table)
        return "";
    unsigned hits[N_STOPLANGS] = {0};
    unsigned words = 0;
    size_t i = 0;
    if (len > PA_LANG_SAMPLE)
        len = PA_LANG_SAMPLE;
    while (i < len && words < 400) {
        char w[SAMPLE_WORD_MAX + 1];
        if (!next_sample_word(utf8, len, &i, WORDS_BETWEEN_STOPS, w))
            continue;
        words++;
        const stopword *f = sw_find(w, strlen(w)); /* (as strcmp reads it: a NUL byte in the text ends it) */
        if (f)
            for (size_t l = 0; l < N_STOPLANGS; l++)
                if (f->langs & (1u << l))
                    hits[l]++;
    }
    if (words < 15)
        return "";
    size_t best = 0, second = 0;
    for (size_t l = 1; l < N_STOPLANGS; l++) {
        if (hits[l] > hits[best]) {
            second = best;
            best = l;
        } else if (l != best && hits[l] > hits[second]) {
            second = l;
        }
    }
    if (best == second)
        second = best ? 0 : 1;
    /* id and ms share most function words: their own words decide (malay_variant), else the models */
    int malay_pair = (!strcmp(stopwords[best].lang, "id") && !strcmp(stopwords[second].lang, "ms")) ||
                     (!strcmp(stopwords[best].lang, "ms") && !strcmp(stopwords[second].lang, "id"));
    if (hits[best] * 8 >= words && hits[best] * 2 >= hits[second] * 3 && !malay_pair)
        return stopwords[best].lang;
    if (malay_pair && hits[best] * 8 >= words)
        return malay_variant(utf8, len);
    return "";
}

/* Tag from a textcat category "[en--utf8]" / "[zh-CN-utf8]". */
static void tag_from_category(const char *cat, char *out, size_t outsize)
{
    out[0] = '\0';
    if (!cat || cat[0] != '[')
        return;
    const char *s = cat + 1;
    const char *end = strchr(s, ']');
    if (!end)
        return;
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s", (int)(end - s), s);
    if (strncmp(buf, "zh-CN", 5) == 0) {
        snprintf(out, outsize, "zh-Hans");
        return;
    }
    if (strncmp(buf, "zh-TW", 5) == 0) {
        snprintf(out, outsize, "zh-Hant");
        return;
    }
    size_t n = strcspn(buf, "-");
    if (n >= outsize)
        n = outsize - 1;
    memcpy(out, buf, n);
    out[n] = '\0';
}

/* The libexttextcat model: loaded once per process, on first use, and shared
 * read-only by every thread (it was one handle per thread: each extraction
 * or crawl worker thread paid the ~60M-instruction load and kept its own
 * ~1.5 MB copy).  Sharing is safe because the handle is only ever passed to
 * textcat_ClassifyFull with a candidates array owned by the caller:
 * ClassifyFull reads the handle (fingerprints, sizes, properties; fp_Compare
 * writes nothing) and builds the text's fingerprint in its own allocations,
 * and the library keeps no writable globals.  textcat_Classify must not be
 * called on it: it writes its result string and scratch array into the
 * handle.  Never freed: one per process, like the stopword tables. */
static pthread_once_t tc_once = PTHREAD_ONCE_INIT;
static void *tc_model; /* NULL when the models cannot be loaded */

static void tc_load(void)
{
    tc_model = special_textcat_Init(PA_TEXTCAT_CONF, PA_TEXTCAT_DIR);
}

/* The tag of the first 2 KB of `utf8` by the shared model (the best
 * candidate, as textcat_Classify's first "[category]"), "" when the model is
 * missing, the text too short or the models undecided. */
static void classify(void *h, const char *utf8, size_t len, char *out, size_t outsize)
{
    size_t n = len > 2048 ? 2048 : len;
    while (n > 0 && n < len && ((unsigned char)utf8[n] & 0xC0) == 0x80)
        n--; /* do not cut a character */
    candidate_t *cands = textcat_GetClassifyFullOutput(h);
    if (!cands)
        return;
    int cnt = textcat_ClassifyFull(h, utf8, n, cands);
    if (cnt > 0 && cands[0].name) {
        char cat[80];
        snprintf(cat, sizeof cat, "[%.63s]", cands[0].name);
        tag_from_category(cat, out, outsize);
    }
    textcat_ReleaseClassifyFullOutput(h, cands);
}

static void textcat_guess(const char *utf8, size_t len, char *out, size_t outsize)
{
    out[0] = '\0';
    pthread_once(&tc_once, tc_load);
    if (tc_model)
        classify(tc_model, utf8, len, out, outsize);
}

/* Is Bengali-script text Assamese: does it use the letters only Assamese
 * writes, ৰ (ra, U+09F0) and ৱ (wa, U+09F1), at least once in every 200
 * bytes and three times in all (Bengali writes র and ব/ওয়; a Bengali text
 * quoting an Assamese name has one or two)?  Reads PA_LANG_SAMPLE bytes. */
static int assamese_letters(const char *utf8, size_t len)
{
    if (len > PA_LANG_SAMPLE)
        len = PA_LANG_SAMPLE;
    size_t own = 0;
    for (size_t i = 0; i + 2 < len; i++)
        if ((unsigned char)utf8[i] == 0xE0 && (unsigned char)utf8[i + 1] == 0xA7 &&
            ((unsigned char)utf8[i + 2] == 0xB0 || (unsigned char)utf8[i + 2] == 0xB1))
            own++;
    return own >= 3 && own * 200 >= len;
}

/* qsort/bsearch order of two unsigned code points. */
static int cmp_unsigned(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return (x > y) - (x < y);
}

/* Is Han-script text Japanese written with few kana (a notice of kanji
 * compounds, "総合政策局地域交通課…計上。")?  The Japanese forms of
 * characters that Chinese writes otherwise in both its scripts (県, not 县
 * or 縣; 総, 対, 駅, 発, 気, 関 …) and the iteration mark 々: three of them
 * at least, and one in fifty of the text's Han characters (han_chars), and
 * at least twice as many as the forms only Chinese writes (们 这 说 县 铁 …
 * and 們 這 說 縣 國 會 …; Japanese writes 県 鉄 国 会).  A Chinese story or a
 * Taiwanese travel post naming Japanese places (静岡県, 京都駅, 関西空港)
 * does not reach it.  Reads the first len bytes. */
static int japanese_forms_in_han(const char *utf8, size_t len, unsigned han_chars)
{
    static const unsigned forms[] = {
        /* (sorted by code point: bsearch) */
        0x3005, 0x4E57, 0x4FA1, 0x5186, 0x52B4, 0x5358, 0x55B6, 0x56F3, 0x5727, 0x5869, 0x58F2, 0x5909, 0x5B9F,
        0x5BFE, 0x5E30, 0x5E83, 0x5FDC, 0x6075, 0x6226, 0x62E1, 0x685C, 0x691C, 0x69D8, 0x6B73, 0x6C17, 0x6CA2,
        0x6E08, 0x6E0B, 0x767A, 0x770C, 0x7D4C, 0x7DCF, 0x899A, 0x8AAD, 0x8CDB, 0x8EE2, 0x8FBA, 0x9244, 0x95A2,
        0x967A, 0x96A0, 0x99C5, 0x9A13,
    };
    static const unsigned chinese_forms[] = {
        /* (sorted by code point: bsearch) */
        /* Simplified: 们 这 个 说 时 过 还 进 开 门 问 间 动 产 车 东 报 长 现 几 无 书 县 铁 线 为 发 经 对 关 总 图 广 气 实 应 从 */
        /* Traditional: 們 這 說 產 縣 鐵 與 發 經 對 關 總 圖 廣 氣 實 國 會 來 學 當 體 點 從 應 灣 嗎 呢 麼 */
        0x4E1C, 0x4E2A, 0x4E3A, 0x4E66, 0x4EA7, 0x4ECE, 0x4EEC, 0x4F86, 0x5011, 0x5173, 0x51E0, 0x52A8, 0x53BF,
        0x53D1, 0x5462, 0x55CE, 0x56FE, 0x570B, 0x5716, 0x5B78, 0x5B9E, 0x5BE6, 0x5BF9, 0x5C0D, 0x5E7F, 0x5E94,
        0x5EE3, 0x5F00, 0x5F9E, 0x603B, 0x61C9, 0x62A5, 0x65E0, 0x65F6, 0x6703, 0x6C14, 0x6C23, 0x7063, 0x73B0,
        0x7522, 0x7576, 0x767C, 0x7D93, 0x7E23, 0x7E3D, 0x7EBF, 0x7ECF, 0x8207, 0x8AAA, 0x8BF4, 0x8F66, 0x8FC7,
        0x8FD8, 0x8FD9, 0x8FDB, 0x9019, 0x9435, 0x94C1, 0x957F, 0x95DC, 0x95E8, 0x95EE, 0x95F4, 0x9AD4, 0x9EBC,
        0x9EDE,
    };
    const unsigned char *s = (const unsigned char *)utf8;
    unsigned hits = 0, chinese = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp = next_cp(s, len, &i);
        if (cp < 0x3005)
            continue;
        hits += bsearch(&cp, forms, sizeof forms / sizeof forms[0], sizeof forms[0], cmp_unsigned) != NULL;
        chinese += bsearch(&cp, chinese_forms, sizeof chinese_forms / sizeof chinese_forms[0], sizeof chinese_forms[0],
                           cmp_unsigned) != NULL;
    }
    return hits >= 3 && hits * 50 >= han_chars && chinese * 2 <= hits;
}

char *pa_lang_detect(const char *utf8, size_t len, char *out, size_t outsize)
{
    pa_lang_scan scan;
    pa_lang_scan_text(utf8, len, &scan);
    return pa_lang_scan_detect(&scan, out, outsize);
}

char *pa_lang_scan_detect(const pa_lang_scan *scan, char *out, size_t outsize)
{
    out[0] = '\0';
    const char *utf8 = scan->utf8;
    size_t len = scan->len;
    const unsigned *counts = scan->counts;
    int d = scan->dominant;
    if (d < 0)
        return out;
    if (ranges[d].lang) {
        int assamese = !strcmp(ranges[d].lang, "bn") && assamese_letters(utf8, len);
        snprintf(out, outsize, "%s", assamese ? "as" : ranges[d].lang);
        return out;
    }
    const char *script = ranges[d].script;
    if (strcmp(script, "Latn") == 0) {
        const char *sw = stopword_guess(utf8, len);
        if (*sw) {
            snprintf(out, outsize, "%s", sw);
            return out;
        }
    }
    int hani = strcmp(script, "Hani") == 0;
    if (hani) {
        unsigned han = 0; /* (the Han ranges' counts: script_first merges them as dominant did) */
        for (size_t r = 0; r < N_RANGES; r++)
            han += script_first[r] == script_first[d] ? counts[r] : 0;
        if (japanese_forms_in_han(utf8, len > PA_LANG_SAMPLE ? PA_LANG_SAMPLE : len, han)) {
            snprintf(out, outsize, "ja"); /* (before the models' guess, which it does not need) */
            return out;
        }
    }
    char guess[32];
    textcat_guess(utf8, len, guess, sizeof guess);
    if (hani) {
        snprintf(out, outsize, "%s", strcmp(guess, "zh-Hant") == 0 ? "zh-Hant" : "zh-Hans");
        return out;
    }
    if (guess[0] && pa_lang_compatible(guess, script)) {
        snprintf(out, outsize, "%s", guess);
        return out;
    }
    /* The models disagree with the script: fall back on its main language. */
    const char *fallback = strcmp(script, "Arab") == 0 ? "ar" : strcmp(script, "Cyrl") == 0 ? "ru"
                         : strcmp(script, "Deva") == 0 ? "hi" : "";
    snprintf(out, outsize, "%s", fallback);
    return out;
}

int pa_lang_compatible(const char *tag, const char *script)
{
    if (!tag || !*tag || !script || !*script)
        return 1;
    static const struct {
        const char *lang, *script;
    } known[] = {
        {"ar", "Arab"}, {"fa", "Arab"}, {"ur", "Arab"}, {"ps", "Arab"}, {"ug", "Arab"}, {"ku", "Arab"},
        {"ru", "Cyrl"}, {"uk", "Cyrl"}, {"bg", "Cyrl"}, {"sr", "Cyrl"}, {"mk", "Cyrl"}, {"be", "Cyrl"},
        {"kk", "Cyrl"}, {"mn", "Cyrl"}, {"ky", "Cyrl"}, {"tg", "Cyrl"}, {"hi", "Deva"}, {"mr", "Deva"},
        {"ne", "Deva"}, {"sa", "Deva"}, {"el", "Grek"}, {"he", "Hebr"}, {"iw", "Hebr"}, {"yi", "Hebr"},
        {"bn", "Beng"}, {"as", "Beng"}, {"kn", "Knda"}, {"ta", "Taml"}, {"te", "Telu"}, {"ml", "Mlym"},
        {"gu", "Gujr"}, {"pa", "Guru"}, {"or", "Orya"}, {"si", "Sinh"}, {"th", "Thai"}, {"lo", "Laoo"},
        {"my", "Mymr"}, {"km", "Khmr"}, {"ka", "Geor"}, {"hy", "Armn"}, {"am", "Ethi"}, {"bo", "Tibt"},
        {"zh", "Hani"}, {"ja", "Kana"}, {"ja", "Hani"}, {"ko", "Hang"}, {"ko", "Hani"},
    };
    char base[16];
    size_t n = strcspn(tag, "-_");
    snprintf(base, sizeof base, "%.*s", (int)(n < 15 ? n : 15), tag);
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcasecmp(base, known[i].lang) == 0) {
            /* A language with a known script: must match (any listed). */
            for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
                if (strcasecmp(base, known[k].lang) == 0 && strcmp(known[k].script, script) == 0)
                    return 1;
            return 0;
        }
    /* Languages not listed are written in Latin script. */
    return strcmp(script, "Latn") == 0;
}

int pa_lang_tag_valid(const char *tag)
{
    if (!tag)
        return 0;
    size_t n = strlen(tag), run = 0, part = 0;
    if (n == 0 || n > 35)
        return 0;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = (unsigned char)tag[i];
        if (c == '\0' || c == '-' || c == '_') {
            if (part == 0 ? (run < 2 || run > 3) : (run < 1 || run > 8))
                return 0;
            part++;
            run = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (part > 0 && c >= '0' && c <= '9')) {
            run++;
        } else {
            return 0;
        }
    }
    return 1;
}

void pa_lang_tag_normalise(char *t)
{
    size_t k = 0;
    int part = 0;
    for (size_t i = 0; t[i] && k < 35; i++) {
        char c = t[i];
        if (c == '_' || c == '-') {
            t[k++] = '-';
            part++;
            continue;
        }
        if (!isalnum((unsigned char)c))
            break;
        if (part == 0)
            c = (char)tolower((unsigned char)c);
        t[k++] = c;
    }
    t[k] = '\0';
    char *dash = strchr(t, '-');
    if (dash && strlen(dash + 1) == 2)
        for (char *p = dash + 1; *p; p++)
            *p = (char)toupper((unsigned char)*p);
}
