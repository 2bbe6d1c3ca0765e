"""genlib.py -- helpers several stress classes' generators (CLASS/gen/gen.py) share.

A generator imports it with

    sys.dont_write_bytecode = True
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
    import genlib

Everything here is deterministic and draws nothing from `random`, so a
generator that calls it writes the same bytes as when it carried its own
copies.  Changing a helper changes every class that uses it: rerun each one
(`python3 CLASS/gen/gen.py OUTDIR`, then `diff -r OUTDIR CLASS` but for gen/)
before committing.
"""
import json
import os
import re

MONTHS = 'January February March April May June July August September October November December'.split()


def slug(s, cut=70):
    """s lower-cased, each run of other characters than a-z and 0-9 a hyphen, cut to `cut` characters."""
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')[:cut]


def ymd(when):
    """[year, month, day] of an ISO date 'YYYY-MM-DD' (anything after its first ten characters ignored)."""
    return [int(x) for x in when[:10].split('-')]


def d_long(when):
    """'June 14, 2011'"""
    y, m, d = ymd(when)
    return '%s %d, %d' % (MONTHS[m - 1], d, y)


def d_uk(when):
    """'14 June 2011'"""
    y, m, d = ymd(when)
    return '%d %s %d' % (d, MONTHS[m - 1], y)


def d_num(when):
    """'06/14/2011'"""
    y, m, d = ymd(when)
    return '%02d/%02d/%d' % (m, d, y)


def write_pages(out, pages, json_end=''):
    """Write the class into the directory out (made if missing): for each (html, expected text, metadata
    dict) of pages, in turn, NN.html, NN.txt and NN.json (NN = 01, 02, ...; the metadata as
    json.dumps(meta, ensure_ascii=False), then json_end).  pages may be a generator: each page is made
    just before it is written, as the generators' own loops did."""
    os.makedirs(out, exist_ok=True)
    for n, (page, text, meta) in enumerate(pages, 1):
        base = os.path.join(out, '%02d' % n)
        with open(base + '.html', 'w', encoding='utf-8') as f:
            f.write(page)
        with open(base + '.txt', 'w', encoding='utf-8') as f:
            f.write(text)
        with open(base + '.json', 'w', encoding='utf-8') as f:
            f.write(json.dumps(meta, ensure_ascii=False) + json_end)
