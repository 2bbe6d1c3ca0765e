#!/usr/bin/env python3
"""bundle_bench.py — how fast and how well does the bundler group?

Synthesises stores of N documents (default 1 000, 10 000 and 100 000) straight
into state.db (the store is made by `pressarc fetch --quiet --store DIR -` on an
empty stdin, then documents rows are INSERTed with text, lang, url, meta_json),
runs `pressarc rebundle --store DIR` and prints its wall time, CPU time (user +
system), peak RSS (GNU time's %M) and documents/s; then scores the bundles against the known releases:
pairwise precision/recall/F1 over same-bundle document pairs and B-cubed
precision/recall/F1.

The documents: releases of 3-5 language versions (en, ar, id, bn, kn, ru, es,
fr, zh) published by ~one site per 50 releases.  A release has 0-20 numbers;
about half of them come from pools the site's other releases draw from too
(years, capacities, recurring figures) and a few from a global pool, so
unrelated releases of one site share numbers, and 15% of the releases are
follow-ups of a recent one of their site that repeat 30-60% of its figures
(monthly reports, second phases).  Each version writes the numbers
in its own script and format (Arabic-Indic and Bengali digits, 1.234,5 vs
1,234.5, "615 ribu" / "615 ألف" / "615 thousand"), drops ~8% of them, writes
~4% as another figure (rounded, other units), adds 0-2 numbers of its own,
and shares the release's Latin-script names; words are random per language.
2% of the documents are verbatim copies of another version on another site
(syndication: the same release).

Two data sets per size:
  content   opaque URLs (https://siteN.example/p/HEX.html), no hreflang: only
            the texts can group;
  signals   every site marks its language versions, each its own way: sibling
            subdomains, path prefixes, ?lang=, slugs cut at different lengths
            per language, translated categories, numeric ids with translated
            slugs, or reciprocal hreflang alternates (opaque URLs).
Each row: one store, one `rebundle` (timed: wall and CPU seconds, documents/s, peak RSS),
its scores, the seconds taken to synthesise it, the bundles found and the releases.
Time an optimised build (`cmake -B build-rel -DCMAKE_BUILD_TYPE=RelWithDebInfo`).
The stores are removed at the end only: on ext4 without a journal, new files skip
inodes freed moments before, and one run's deletions would slow the next one's tars.

usage: bench/bundle_bench.py [--binary build/pressarc] [--sizes 1000,10000,100000]
                             [--sets content,signals] [--keep DIR] [--seed N]
Needs GNU time (/usr/bin/time).
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

LANGS = ["en", "ar", "id", "bn", "kn", "ru", "es", "fr", "zh"]
LETTERS = {
    "en": "abcdefghiklmnoprstuwy", "id": "abdegikmnprstuy", "es": "abcdeilmnoprstuáéíóñ",
    "fr": "abcdeilmnoprstuéèàç", "ar": "ابتثجحخدرزسشصطعفقكلمنهوي", "bn": "অআইউএকখগচজটডতদনপবমযরলসহ",
    "kn": "ಅಆಇಉಎಕಗಚಜಟಡತದನಪಬಮಯರಲವಸಹ", "ru": "абвгдежзиклмнопрстуфхя", "zh": "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经",
}
THOUSAND = {"en": "thousand", "id": "ribu", "ar": "ألف", "bn": "হাজার", "kn": "ಸಾವಿರ", "ru": "тысяч", "es": "mil",
            "fr": "mille", "zh": None}
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "bn": "০১২৩৪৫৬৭৮৯"}
NAMES = ("Zhongfu Chalco Hongqiao Nanshan Mingtai Alcoa Hydro Rusal Hindalco Vedanta Emirates Inalum Baowu "
         "Sichuan Henan Guangyuan Gongyi Shandong Jiangsu Yunnan Guangxi Novelis Constellium Speira Hulamin "
         "CATL BYD LME SHFE COMEX ISO ASEAN").split()
CATEGORY = {"en": "business", "ar": "iqtisad", "id": "bisnis", "bn": "banijyo", "kn": "vanijya", "ru": "biznes",
            "es": "negocios", "fr": "economie", "zh": "caijing"}
STYLES = ["subdomain", "prefix", "query", "slugcut", "category", "numid", "hreflang"]
GLOBAL_POOL = ["2023", "2024", "2025", "2026", "10", "20", "50", "100", "30", "15", "12", "2030", "1000"]


def words(rnd, lang, n):
    letters = LETTERS[lang]
    if lang == "zh":
        return ["".join(rnd.choice(letters) for _ in range(rnd.randint(2, 4))) for _ in range(n)]
    return ["".join(rnd.choice(letters) for _ in range(rnd.randint(2, 8))) for _ in range(n)]


def number_value(rnd):
    """A canonical figure: (integer digits, fraction digits)."""
    r = rnd.random()
    if r < 0.35:
        return (str(rnd.randint(11, 999)), "")
    if r < 0.55:
        return (str(rnd.randint(1000, 999999)), "")
    if r < 0.9:
        return (str(rnd.randint(1, 999)), str(rnd.randint(1, 99)).rstrip("0") or "5")
    return (str(rnd.randint(1, 99) * 1000), "")


def render(value, lang, rnd):
    """The figure as a version in `lang` writes it."""
    ip, fp = value
    if not fp and len(ip) >= 5 and ip.endswith("000") and THOUSAND[lang] and rnd.random() < 0.4:
        txt = "%s %s" % (ip[:-3], THOUSAND[lang])
        return to_script(txt, lang)
    dec, grp = (",", ".") if lang in ("id", "es", "fr", "ru") else (".", ",")
    if len(ip) > 3 and rnd.random() < 0.7:
        groups = []
        s = ip
        while len(s) > 3:
            groups.insert(0, s[-3:])
            s = s[:-3]
        groups.insert(0, s)
        ip_txt = grp.join(groups)
    else:
        ip_txt = ip
    txt = ip_txt + (dec + fp if fp else "")
    return to_script(txt, lang)


def to_script(txt, lang):
    if lang in DIGITS:
        d = DIGITS[lang]
        out = []
        for ch in txt:
            if ch.isdigit():
                out.append(d[int(ch)])
            elif lang == "ar" and ch == ".":
                out.append("٫")
            elif lang == "ar" and ch == ",":
                out.append("٬")
            else:
                out.append(ch)
        return "".join(out)
    return txt


def normalise(text):
    """Stand-in for pa_text_fingerprint (only equality matters here)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(" ".join(t.split()).encode()).hexdigest()


class Release:
    pass


def make_data(n_docs, seed, signals):
    """Documents (dicts) and their release ids, about n_docs of them."""
    rnd = random.Random(seed)
    docs = []
    n_sites = max(2, n_docs // 200)
    sites = []
    for k in range(n_sites):
        pool = [number_value(rnd) for _ in range(25)]
        sites.append({"k": k, "style": STYLES[k % len(STYLES)], "pool": pool,
                      "langs": rnd.sample(LANGS, rnd.randint(4, 6)), "next_id": rnd.randint(10000, 90000),
                      "names": rnd.sample(NAMES, 6), "recent": []})
    rid = 0
    copies = []
    while len(docs) < n_docs:
        site = rnd.choice(sites)
        rid += 1
        k = rnd.choices([rnd.randint(0, 4), rnd.randint(5, 8), rnd.randint(9, 20)], [0.15, 0.35, 0.5])[0]
        figures = []
        if site["recent"] and rnd.random() < 0.15:
            # a follow-up of an earlier release (monthly figures, a second
            # phase): many of its figures again, the rest new
            prev = rnd.choice(site["recent"])
            figures = rnd.sample(prev, int(len(prev) * rnd.uniform(0.3, 0.6)))
            k = max(0, k - len(figures))
        for _ in range(k):
            r = rnd.random()
            if r < 0.1:
                g = rnd.choice(GLOBAL_POOL)
                figures.append((g, ""))
            elif r < 0.5:
                figures.append(rnd.choice(site["pool"]))
            else:
                figures.append(number_value(rnd))
        site["recent"] = (site["recent"] + [figures])[-20:]
        names = rnd.sample(site["names"], 2) + rnd.sample(NAMES, 1)
        n_versions = rnd.randint(3, 5)
        langs = rnd.sample(site["langs"], min(n_versions, len(site["langs"])))
        slug_words = words(rnd, "en", rnd.randint(4, 9))
        slug = "-".join(slug_words) + "-%d" % rid
        site["next_id"] += rnd.randint(1, 5)
        num_id = site["next_id"]
        versions = []
        for lang in langs:
            paras = []
            figs = []
            for f in figures:
                r = rnd.random()
                if r < 0.08:
                    continue  # dropped by the translator
                if r < 0.12:
                    f = number_value(rnd)  # written as another figure
                figs.append(render(f, lang, rnd))
            for _ in range(rnd.choice([0, 0, 1, 2])):
                figs.append(render(number_value(rnd), lang, rnd))
            nm = list(names)
            rnd.shuffle(figs)
            n_par = 4
            for p in range(n_par):
                ws = words(rnd, lang, 45)
                take = figs[p::n_par]
                for t in take:
                    ws.insert(rnd.randrange(len(ws) + 1), t)
                if p < len(nm):
                    ws.insert(rnd.randrange(len(ws) + 1), nm[p])
                if lang == "zh":  # no spaces, but figures and names are never glued together
                    sent = "".join(w + "，" if w[:1].isascii() else w for w in ws)
                else:
                    sent = " ".join(ws)
                if lang in ("en", "id", "es", "fr"):
                    sent = sent[:1].upper() + sent[1:]
                paras.append(sent + ("。" if lang == "zh" else "."))
            versions.append((lang, "\n\n".join(paras)))
        site_host = "site%d.example" % site["k"]
        urls = {}
        style = site["style"] if signals else "opaque"
        default = site["langs"][0]
        for lang, _ in versions:
            if style == "subdomain":
                host = "www" if lang == default else lang
                u = "https://%s.%s/news/%s/" % (host, site_host, slug)
            elif style == "prefix":
                u = "https://www.%s/%s/news/%s.html" % (site_host, lang, slug) if lang != default else \
                    "https://www.%s/news/%s.html" % (site_host, slug)
            elif style == "query":
                u = "https://%s/news.php?id=%d&lang=%s" % (site_host, num_id, lang)
            elif style == "slugcut":
                cut = max(12, len(slug) - rnd.randint(0, 20))
                u = "https://%s/%s/news/%s/" % (site_host, lang, slug[:cut])
            elif style == "category":
                u = "https://%s/%s/%s/%s/" % (site_host, lang, CATEGORY[lang], slug)
            elif style == "numid":
                u = "https://%s/%s/news/%d-%s/" % (site_host, lang, num_id, "-".join(words(rnd, "en", 3)))
            else:  # hreflang and opaque
                u = "https://%s/p/%s.html" % (site_host, hashlib.sha1(("%d-%s-%d" % (rid, lang, seed)).encode())
                                              .hexdigest()[:10])
            urls[lang] = u
        alts = [{"hreflang": l, "href": u} for l, u in urls.items()] if style == "hreflang" else []
        for lang, text in versions:
            docs.append({"url": urls[lang], "lang": lang, "text": text, "release": rid,
                         "meta": json.dumps({"alternates": alts})})
            if rnd.random() < 0.02:
                copies.append(len(docs) - 1)
    for i in copies:  # syndicated verbatim copies on another site
        d = docs[i]
        other = "https://copy%d.example/p/%s.html" % (i % 97, hashlib.sha1(str(i).encode()).hexdigest()[:10])
        docs.append({"url": other, "lang": d["lang"], "text": d["text"], "release": d["release"],
                     "meta": json.dumps({"alternates": []})})
    return docs[: n_docs + len(copies)]


def make_store(binary, path, docs):
    subprocess.run([binary, "fetch", "--quiet", "--store", path, "-"], input=b"", check=True)
    db = sqlite3.connect(os.path.join(path, "state.db"))
    rows = []
    for i, d in enumerate(docs):
        rows.append(("d%016x" % i, d["url"], d["url"], d["lang"], "Release %d" % d["release"], "2025-11-14",
                     "2026-01-01T00:00:00Z", "%064x" % i, normalise(d["text"]), d["meta"], d["text"]))
        if len(rows) == 5000:
            db.executemany("INSERT INTO documents(doc_id, url, final_url, lang, title, published, fetched, sha256,"
                           " text_sha256, meta_json, text) VALUES(?,?,?,?,?,?,?,?,?,?,?)", rows)
            rows = []
    if rows:
        db.executemany("INSERT INTO documents(doc_id, url, final_url, lang, title, published, fetched, sha256,"
                       " text_sha256, meta_json, text) VALUES(?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


def run(cmd):
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one
    command, measured by GNU time."""
    t = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    kb, user, system = p.stderr.decode().strip().splitlines()[-1].split()
    return time.monotonic() - t, int(kb) / 1024.0, float(user) + float(system)


def score(path, docs):
    """Pairwise and B-cubed precision/recall/F1 of the store's bundles
    against the releases."""
    db = sqlite3.connect(os.path.join(path, "state.db"))
    pred = {}
    for doc_id, bundle in db.execute("SELECT doc_id, bundle FROM documents"):
        pred[int(doc_id[1:], 16)] = bundle
    db.close()
    truth = {i: d["release"] for i, d in enumerate(docs)}
    by_pred, by_truth, both = {}, {}, {}
    for i in truth:
        by_pred.setdefault(pred[i], []).append(i)
        by_truth.setdefault(truth[i], []).append(i)
        key = (pred[i], truth[i])
        both[key] = both.get(key, 0) + 1
    c2 = lambda n: n * (n - 1) // 2
    tp = sum(c2(n) for n in both.values())
    pp = sum(c2(len(v)) for v in by_pred.values())
    tt = sum(c2(len(v)) for v in by_truth.values())
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    bp = br = 0.0
    for i in truth:
        inter = both[(pred[i], truth[i])]
        bp += inter / len(by_pred[pred[i]])
        br += inter / len(by_truth[truth[i]])
    bp /= len(truth)
    br /= len(truth)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    return p, r, f, bp, br, bf, len(by_pred), len(by_truth)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="build/pressarc")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--sets", default="content,signals")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="keep the synthetic stores under this directory")
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    root = a.keep or tempfile.mkdtemp(prefix="pa-bundle-bench-")
    os.makedirs(root, exist_ok=True)
    print("%-8s %-8s %8s %8s %9s %8s %8s | %6s %6s %6s | %6s %6s %6s | %7s %7s" % (
        "docs", "set", "seconds", "cpu s", "docs/s", "peak MB", "gen s", "P", "R", "F1", "B3 P", "B3 R", "B3 F1",
        "bundles", "truth"))
    try:
        for n in [int(x) for x in a.sizes.split(",")]:
            for which in a.sets.split(","):
                t0 = time.monotonic()
                docs = make_data(n, a.seed * 1000003 + n, which == "signals")
                store = os.path.join(root, "store-%s-%d" % (which, n))
                shutil.rmtree(store, ignore_errors=True)
                make_store(binary, store, docs)
                os.sync()  # the generator's writes are not the bundler's (its commit syncs the filesystem)
                gen = time.monotonic() - t0
                secs, mb, cpu = run([binary, "rebundle", "--store", store])
                p, r, f, bp, br, bf, nb, nt = score(store, docs)
                print("%-8d %-8s %8.2f %8.2f %9.0f %8.1f %8.1f | %6.4f %6.4f %6.4f | %6.4f %6.4f %6.4f | %7d %7d" % (
                    len(docs), which, secs, cpu, len(docs) / secs, mb, gen, p, r, f, bp, br, bf, nb, nt), flush=True)
                # stores are removed at the end, not here (see the top)
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
