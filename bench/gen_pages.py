#!/usr/bin/env python3
"""gen_pages.py DIR N — writes N deterministic article-like HTML pages of about
30 KB each (navigation, article paragraphs, footer) into DIR/p/NNNNNN.html."""
import os, random, sys

WORDS = ("aluminium production capacity province output value billion yuan enterprises industry green "
         "hydropower processing chain cluster export profile electrolytic ingot recycled tonnes growth "
         "conference municipal government announced targets investment project logistics trade centre "
         "railway port automotive components battery lithium market price quarter annual report").split()

FUNCTION = "the of and to in a is that for on with as was by it are from at be this which has".split()

def para(rng, n):
    # English-like: content words interleaved with function words
    return ' '.join(rng.choice(WORDS) if i % 2 == 0 else rng.choice(FUNCTION)
                    for i in range(n)).capitalize() + '.'

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(os.path.join(out, 'p'), exist_ok=True)
    nav = ''.join('<li><a href="/c/%d.html">Category %d</a></li>' % (i, i) for i in range(60))
    for i in range(n):
        rng = random.Random(i)
        body = ''.join('<p>%s %d %s</p>\n' % (para(rng, 40), i, para(rng, 30)) for _ in range(40))
        html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Release %d | Bench</title>'
                '</head><body><nav><ul>%s</ul></nav><article><h1>Release %d</h1>%s'
                '<div class="post-time">Post time: Nov-%02d-2025</div></article>'
                '<footer>Copyright Bench</footer></body></html>\n' % (i, nav, i, body, 1 + i % 28))
        with open(os.path.join(out, 'p', '%06d.html' % i), 'w') as f:
            f.write(html)

if __name__ == '__main__':
    main()
