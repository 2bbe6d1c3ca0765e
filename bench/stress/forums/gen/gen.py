#!/usr/bin/env python3
"""Generate bench/stress/forums: discussion threads and Q&A pages, 2005-2026 (invented sites, original text).

Usage: python3 bench/stress/forums/gen/gen.py bench/stress/forums   (writes NN.html, NN.txt, NN.json)

Texts live in threads.py (THREADS, QA, MAIL, NEWS); templates in tpl_boards.py (phpBB 2, phpBB 3, vBulletin 3,
SMF 2), tpl_modern.py (XenForo 2, Discourse, old- and new-Reddit-like, a Khoros-like vendor community, Invision 4) and tpl_other.py
(StackExchange-like and Quora-like Q&A, Pipermail and HyperKitty archives, a WordPress news story with
comments).  The expected body: every post's own text in page order (the opening post and the replies), without
quotes of earlier posts, quote headers, signatures or user cards; on Q&A pages the question and the answers,
without comments under them; on a list archive the message without the quoted lines, the attribution line and
the signature; on the news page the story alone."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tpl_boards, tpl_modern, tpl_other
from threads import THREADS, QA, MAIL, NEWS

OUT = sys.argv[1]

SITES = {
    'phpbb2': dict(name='Coastal Boating Forum', dom='coastalboating-forum.co.uk', lang='en-GB'),
    'phpbb3': dict(name='The Shed Workshop Forum', dom='shedworkshop.net', lang='en-GB'),
    'vb3': dict(name='EstateOwners.net', dom='estateowners.net', lang='en'),
    'smf': dict(name='Plotholders Online', dom='plotholders.org.uk', lang='en-GB'),
    'xenforo': dict(name='Hearth & Field', dom='hearthandfield.com', lang='en-US'),
    'discourse': dict(name='Fixers Community', dom='community.fixers.io', lang='en'),
    'reddit': dict(name='threadit', dom='threadit.com', lang='en', sub='AskFixers'),
    'vendor': dict(name='Printwell', dom='support.printwell.com', lang='en-US'),
    'invision': dict(name='Tinkerers United', dom='tinkerersunited.com', lang='en'),
    'stackex': dict(name='Practical Answers Stack Exchange', dom='practical.example-exchange.com', lang='en', sub='practical', tag='how-to'),
    'quora': dict(name='Queria', dom='queria.com', lang='en'),
    'pipermail': dict(name='Kestrel Project', dom='kestrel-project.org', lang='en'),
    'hyperkitty': dict(name='Tidewater', dom='tidewater.dev', lang='en'),
    'news': dict(name='The Island Clarion', dom='islandclarion.co.uk', lang='en-GB'),
}
BOARD = [('phpbb2', tpl_boards.phpbb2, 2005), ('phpbb3', tpl_boards.phpbb3, 2010), ('vb3', tpl_boards.vb3, 2007), ('smf', tpl_boards.smf, 2013),
         ('xenforo', tpl_modern.xenforo, 2021), ('discourse', tpl_modern.discourse, 2019), ('reddit', tpl_modern.reddit_old, 2016), ('vendor', tpl_modern.vendor, 2018)]


def when_for(year, n):
    return '%d-%02d-%02d %02d:%02d' % (min(year + n % 4, 2026), 1 + (n * 5) % 12, 1 + (n * 7) % 27, 7 + (n * 3) % 14, (n * 13) % 60)


def thread_text(th):
    return [p for (_, ps, _) in th['posts'] for p in ps]


def main():
    os.makedirs(OUT, exist_ok=True)
    pages = []
    for i, th in enumerate(THREADS):
        for off in (0, 3, 5):
            key, fn, year = BOARD[(i + off) % len(BOARD)]
            pages.append((key, fn, th, year, thread_text(th), th['title']))
    for i, key, fn, year in ((1, 'invision', tpl_modern.invision, 2015), (4, 'invision', tpl_modern.invision, 2019), (2, 'reddit', tpl_modern.reddit_new, 2024), (6, 'reddit', tpl_modern.reddit_new, 2023)):
        pages.append((key, fn, THREADS[i], year, thread_text(THREADS[i]), THREADS[i]['title']))
    for i, qa in enumerate(QA):
        pages.append(('stackex', tpl_other.stackex, qa, 2013 + 3 * i, list(qa['q'][1]) + [p for a in qa['a'] for p in a[1]], qa['title']))
        pages.append(('quora', tpl_other.quora, qa, 2017 + i, [p for a in qa['a'] for p in a[1]], qa['title']))
    for i, m in enumerate(MAIL):
        body = [x for x in m['lines']]
        pages.append(('pipermail', tpl_other.pipermail, m, 2008 + 3 * i, body, m['subject']))
        pages.append(('hyperkitty', tpl_other.hyperkitty, m, 2020 + 2 * i, body, m['subject']))
    pages.append(('news', tpl_other.news, NEWS, 2023, NEWS['paras'], NEWS['title']))
    for n, (key, fn, item, year, text, title) in enumerate(pages, 1):
        site = SITES[key]
        when = when_for(year, n)
        html = fn(item, site, when, n)
        base = os.path.join(OUT, '%02d' % n)
        with open(base + '.html', 'w', encoding='utf-8') as f:
            f.write(html)
        with open(base + '.txt', 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(text) + '\n')
        with open(base + '.json', 'w', encoding='utf-8') as f:
            json.dump(dict(published=when[:10], lang=site['lang'].split('-')[0], title=title), f, ensure_ascii=False)
            f.write('\n')
    print(len(pages), 'pages')


main()
