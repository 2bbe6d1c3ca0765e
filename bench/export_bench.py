#!/usr/bin/env python3
"""export_bench.py — does `pressarc export` stream?  Synthesises stores of N
documents (default 10 000 and 100 000; bundles of three languages, ~2 KB of
text each), then times `pressarc export` in each format and prints wall time,
documents/s and peak RSS per size.  Flat memory means the peak RSS barely
moves while N grows tenfold.

Needs GNU time (/usr/bin/time: scripts/install-deps.sh --bench).
usage: bench/export_bench.py [--binary build/pressarc] [--sizes 10000,100000] [--keep DIR]
"""
import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

LANGS = ["en", "ar", "id", "kn", "bn", "zh", "ru", "es"]
WORDS = ("aluminium release production capacity billion tonnes industrial park city government "
         "enterprises investment green energy export growth percent project").split()


def make_store(binary, path, n):
    subprocess.run([binary, "fetch", "--quiet", "--store", path, "-"], input=b"", check=True)
    db = sqlite3.connect(os.path.join(path, "state.db"))
    rnd = random.Random(n)
    rows = []
    for i in range(n):
        bundle = "b%016x" % (i // 3)
        lang = LANGS[(i // 3 + i % 3) % len(LANGS)]
        paras = ["%s %d." % (" ".join(rnd.choice(WORDS) for _ in range(40)), i) for _ in range(6)]
        rows.append(("d%016x" % i, "https://%s.example%d.com/news/%d.html" % (lang, i % 50, i), lang, "Title %d" % i,
                     "20%02d-%02d-%02d" % (20 + i % 6, 1 + i % 12, 1 + i % 28), "2026-11-22T00:00:00Z",
                     "%064x" % i, "\n\n".join(paras), bundle))
        if len(rows) == 5000:
            db.executemany("INSERT INTO documents(doc_id, url, lang, title, published, fetched, sha256, text, bundle)"
                           " VALUES(?,?,?,?,?,?,?,?,?)", rows)
            rows = []
    if rows:
        db.executemany("INSERT INTO documents(doc_id, url, lang, title, published, fetched, sha256, text, bundle)"
                       " VALUES(?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


def run(cmd):
    """Wall seconds and peak RSS (MB) of one command, measured by GNU time
    (a forked Python child would report the interpreter's own RSS)."""
    t = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    kb = int(p.stderr.decode().strip().splitlines()[-1])
    return time.monotonic() - t, kb / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default="build/pressarc")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--keep", help="keep the synthetic stores under this directory")
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    root = a.keep or tempfile.mkdtemp(prefix="pa-export-bench-")
    os.makedirs(root, exist_ok=True)
    print("%-8s %-6s %9s %11s %9s" % ("docs", "format", "seconds", "docs/s", "peak MB"))
    peaks = {}
    try:
        for n in [int(x) for x in a.sizes.split(",")]:
            store = os.path.join(root, "store-%d" % n)
            if not os.path.exists(os.path.join(store, "state.db")):
                make_store(binary, store, n)
            for fmt in ("docs", "pairs", "tsv"):
                secs, mb = run([binary, "export", "--store", store, "--format", fmt])
                peaks.setdefault(fmt, []).append(mb)
                print("%-8d %-6s %9.2f %11.0f %9.1f" % (n, fmt, secs, n / secs, mb), flush=True)
            secs, mb = run([binary, "stats", "--store", store, "--json"])
            print("%-8d %-6s %9.2f %11.0f %9.1f" % (n, "stats", secs, n / secs, mb), flush=True)
        for fmt, v in peaks.items():
            if len(v) > 1:
                print("peak RSS ratio %s largest/smallest: %.2f" % (fmt, v[-1] / v[0]))
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
