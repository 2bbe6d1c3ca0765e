#!/usr/bin/env python3
"""compare_extractors.py — pressarc beside other article extractors on the same pages.

Scores `pressarc extract`, Mozilla Readability.js (npm @mozilla/readability + jsdom) and
readability-lxml (Debian python3-readability) with the shingle P/R/F1 of extract_eval.py on
the shared corpora's sets, in one run.  Those two extractors also have published F1 on the
hidden English news benchmark we aim at (the scrapinghub article-extraction-benchmark
README: Readability.js 0.947, readability-lxml 0.922), so their scores here calibrate ours:
the margin pressarc keeps over them on these sets is the evidence we can show for that target.
A third row, page-text, is all the text of the page as html-text 0.5.1 gives it (lxml's Cleaner
with html-text's settings: scripts, styles, comments, embeds and frames out, everything else in);
the README publishes html-text at F1 0.665, precision 0.500, recall 0.994, so its precision here
says whether a set carries more boilerplate per page than the hidden set (lower) or less (higher).

  bench/compare_extractors.py [--bin build/pressarc] [--shared ../shared]
                              [--sets wcxb-en,daniel-en] [--node-modules DIR] [--pages]

Readability.js needs node and either --node-modules (a directory holding @mozilla/readability
and jsdom) or the npm registry (installed into a temporary directory).  readability-lxml is
used when a python3 on the machine imports `readability` (`scripts/install-deps.sh --bench`).
An extractor that is not available is reported and skipped.  --pages lists the pages where
another extractor beats pressarc by more than 0.03 F1.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_eval as E  # noqa: E402

# F1 published for the hidden benchmark (scrapinghub article-extraction-benchmark README)
PUBLISHED = {'Readability.js': 0.947, 'readability-lxml': 0.922, 'page-text': 0.665}
# precision and recall published beside those F1, where the README gives both
PUBLISHED_PR = {'Readability.js': (0.914, None), 'readability-lxml': (0.913, 0.931), 'page-text': (0.500, 0.994)}

LXML_WORKER = r'''
import gzip, json, sys
import lxml.html
from readability import Document
out = {}
for f in sys.argv[1:]:
    try:
        b = gzip.open(f).read() if f.endswith('.gz') else open(f, 'rb').read()
        h = Document(b.decode('utf-8', 'replace')).summary(html_partial=True)
        out[f] = lxml.html.fromstring(h).text_content() if h.strip() else ''
    except Exception:
        out[f] = ''
sys.stdout.write(json.dumps(out))
'''

PAGE_TEXT_WORKER = r'''
import gzip, json, sys
import lxml.html
from lxml.html.clean import Cleaner
clean = Cleaner(scripts=True, javascript=False, comments=True, style=True, links=True, meta=True,
                page_structure=False, processing_instructions=True, embedded=True, frames=True,
                forms=False, annoying_tags=False, remove_unknown_tags=False, safe_attrs_only=False)
out = {}
for f in sys.argv[1:]:
    try:
        b = gzip.open(f).read() if f.endswith('.gz') else open(f, 'rb').read()
        out[f] = clean.clean_html(lxml.html.fromstring(b.decode('utf-8', 'replace'))).text_content()
    except Exception:
        out[f] = ''
sys.stdout.write(json.dumps(out))
'''


def run_readability_js(files, node_modules):
    """Readability.js text per file, or None (with a reason on stderr) when unavailable."""
    if not shutil.which('node'):
        print('compare: Readability.js skipped: no node', file=sys.stderr)
        return None
    tmp = None
    if not node_modules:
        tmp = tempfile.mkdtemp(prefix='pa-rjs-')
        r = subprocess.run(['npm', 'install', '--silent', '--prefix', tmp, '@mozilla/readability', 'jsdom'],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print('compare: Readability.js skipped: npm install failed: ' + r.stderr[-300:], file=sys.stderr)
            shutil.rmtree(tmp, ignore_errors=True)
            return None
        node_modules = os.path.join(tmp, 'node_modules')
    try:
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'readability_run.js')
        env = dict(os.environ, NODE_PATH=node_modules)
        r = subprocess.run(['node', '--max-old-space-size=4096', script, '--text'] + files, capture_output=True,
                           text=True, env=env)
        if r.returncode != 0:
            print('compare: Readability.js failed: ' + r.stderr[-300:], file=sys.stderr)
            return None
        return json.loads(r.stdout)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def run_python_worker(name, worker, imports, files):
    """Texts per file from WORKER run by the first python3 that imports IMPORTS, or None."""
    for py in dict.fromkeys([sys.executable, '/usr/bin/python3']):
        if not py or not os.path.exists(py):
            continue
        if subprocess.run([py, '-c', 'import ' + imports], capture_output=True).returncode:
            continue
        r = subprocess.run([py, '-c', worker] + files, capture_output=True, text=True)
        if r.returncode == 0:
            return json.loads(r.stdout)
        print('compare: %s failed: %s' % (name, r.stderr[-300:]), file=sys.stderr)
        return None
    print('compare: %s skipped: no python3 imports %s (scripts/install-deps.sh --bench)' % (name, imports),
          file=sys.stderr)
    return None


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score_avg(prs):
    """Mean precision and mean recall of a list of (P, R) pairs."""
    return (sum(p for p, _ in prs) / len(prs), sum(r for _, r in prs) / len(prs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--bin', default='build/pressarc')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--sets', default='wcxb-en,daniel-en')
    ap.add_argument('--node-modules', default=None)
    ap.add_argument('--pages', action='store_true')
    a = ap.parse_args()
    src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sets = E.load_sets(a.shared, src)
    names = [n for n in a.sets.split(',') if n]
    missing = [n for n in names if not sets.get(n)]
    if missing:
        sys.exit('compare: no such set or empty: ' + ', '.join(missing))
    files = [x['file'] for n in names for x in sets[n]]
    texts = {'pressarc': None}
    others = {'Readability.js': run_readability_js(files, a.node_modules),
              'readability-lxml': run_python_worker('readability-lxml', LXML_WORKER, 'readability, lxml.html',
                                                    files),
              'page-text': run_python_worker('page-text', PAGE_TEXT_WORKER, 'lxml.html.clean', files)}
    texts.update({k: v for k, v in others.items() if v is not None})
    print('%-10s %5s  %-16s %6s %6s %6s  %s' % ('set', 'pages', 'extractor', 'P', 'R', 'F1',
                                               'pages it beats pressarc / pressarc beats it (F1 by > .03)'))
    margins = {}
    for n in names:
        items = sets[n]
        ours = [r.get('text', '') for r in E.run(a.bin, items)]
        score = {}
        for name in texts:
            got = ours if name == 'pressarc' else [texts[name].get(x['file'], '') for x in items]
            prs = [E.prf(g, x['text']) for g, x in zip(got, items)]
            score[name] = prs
            P, R = score_avg(prs)
            extra = ''
            if name != 'pressarc':
                mine = score['pressarc']
                up = [i for i in range(len(items)) if f1(*prs[i]) - f1(*mine[i]) > 0.03]
                down = [i for i in range(len(items)) if f1(*mine[i]) - f1(*prs[i]) > 0.03]
                extra = '%d / %d' % (len(up), len(down))
                margins.setdefault(name, []).append((n, f1(*score_avg(mine)) - f1(P, R)))
                if a.pages:
                    for i in up:
                        extra += '\n%48s %.3f vs pressarc %.3f  %s' % ('', f1(*prs[i]), f1(*mine[i]),
                                                                      os.path.basename(items[i]['file']))
            print('%-10s %5d  %-16s %.4f %.4f %.4f  %s' % (n, len(items), name, P, R, f1(P, R), extra))
    for name, rows in margins.items():
        pub = PUBLISHED.get(name)
        parts = ', '.join('%s %+.4f' % (n, m) for n, m in rows)
        pr = PUBLISHED_PR.get(name, (None, None))
        pr = ''.join(' %s %.3f' % (k, v) for k, v in zip(('P', 'R'), pr) if v is not None)
        print('pressarc minus %s: %s; %s scores %.3f%s on the hidden English news benchmark (published)'
              % (name, parts, name, pub, pr))


if __name__ == '__main__':
    main()
