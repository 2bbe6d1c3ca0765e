#!/usr/bin/env python3
"""Generate bench/stress/lifestyle pages from content.py (invented sites, original text)."""
import html, json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import ARTICLES

OUT = sys.argv[1]
E = lambda s: html.escape(s, quote=True)


def slug(t):
    return ''.join(c if c.isalnum() else '-' for c in t.lower()).strip('-')[:60]


def parse(body):
    """mini markup -> list of (kind, payload)"""
    out = []
    for raw in body.strip().split('\n'):
        line = raw.strip()
        if not line:
            continue
        for pre, kind in (('## ', 'h2'), ('### ', 'h3'), ('- ', 'li'), ('1) ', 'oli'), ('> ', 'quote'),
                          ('PQ: ', 'pull'), ('IMG: ', 'img'), ('REL: ', 'rel'), ('IG: ', 'ig'), ('TT: ', 'tt'),
                          ('TW: ', 'tw'), ('Q: ', 'q'), ('A: ', 'a'), ('KT: ', 'kt'), ('TABLE: ', 'row'),
                          ('TR: ', 'tr'), ('PROD: ', 'prod'), ('DROP: ', 'drop'), ('NUM: ', 'num'), ('TS: ', 'ts'), ('SP: ', 'sp'), ('HOTEL: ', 'hotel'), ('SLIDE: ', 'slide'), ('NB: ', 'nb')):
            if line.startswith(pre):
                out.append((kind, line[len(pre):]))
                break
        else:
            if line in ('BR', 'AD', 'NL', 'CARD', 'VIDEO', 'MAP'):
                out.append((line, ''))
            else:
                out.append(('p', line))
    # group list items / rows / kt / tr
    grouped = []
    for k, v in out:
        if k in ('li', 'oli', 'row', 'kt', 'tr', 'ts') and grouped and grouped[-1][0] == k + 's':
            grouped[-1][1].append(v)
        elif k in ('li', 'oli', 'row', 'kt', 'tr', 'ts'):
            grouped.append((k + 's', [v]))
        else:
            grouped.append((k, v))
    return grouped


def inline(s):
    """**b** and [text](url) to html"""
    s = E(s)
    while '**' in s:
        s = s.replace('**', '<strong>', 1).replace('**', '</strong>', 1)
    import re
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    return s


def plain(s):
    import re
    s = s.replace('**', '')
    return re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1', s)


class R:
    """renders body blocks for one template style; collects expected text"""

    def __init__(self, a, style):
        self.a, self.st, self.exp, self.rng = a, style, [], random.Random(a['id'])

    def card(self):
        c = self.a['card']
        st = self.st
        x = []
        if st in ('astra', 'divi', 'magazine', 'blogger'):
            x.append('<div id="recipe" class="wprm-recipe-container" data-recipe-id="%d"><div class="wprm-recipe wprm-recipe-template-custom">' % self.rng.randint(1000, 9999))
            x.append('<div class="wprm-recipe-image"><img src="/uploads/%s-card.jpg" alt=""></div>' % slug(c['name']))
            x.append('<h2 class="wprm-recipe-name wprm-block-text-bold">%s</h2>' % E(c['name']))
            x.append('<div class="wprm-recipe-rating"><span class="wprm-rating-star wprm-rating-star-full"></span>' * 1 + '<div class="wprm-recipe-rating-details"><span class="wprm-recipe-rating-average">%s</span> from <span class="wprm-recipe-rating-count">%d</span> votes</div></div>' % (c['rating'], c['votes']))
            x.append('<div class="wprm-recipe-buttons"><a href="#" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a> <a href="#" class="wprm-recipe-pin wprm-recipe-link">Pin Recipe</a> <a href="#commentform" class="wprm-recipe-jump-to-comments">Rate this Recipe</a></div>')
            x.append('<div class="wprm-recipe-summary wprm-block-text-normal"><span>%s</span></div>' % E(c['summary']))
            self.exp.append(c['name']); self.exp.append(c['summary'])
            x.append('<div class="wprm-recipe-meta-container wprm-recipe-times-container">')
            for lab, val in c['times']:
                x.append('<div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">%s</span> <span class="wprm-recipe-time">%s</span></div>' % (E(lab), E(val)))
                self.exp.append('%s %s' % (lab, val))
            x.append('</div><div class="wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-servings wprm-recipe-servings-adjustable-tooltip" data-servings="%s">%s</span> <span class="wprm-recipe-servings-unit">%s</span></div>' % (c['serves'].split()[0], c['serves'].split()[0], ' '.join(c['serves'].split()[1:])))
            self.exp.append('Servings %s' % c['serves'])
            x.append('<div class="wprm-recipe-equipment-container"></div><div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><div class="wprm-unit-conversion-container"><a href="#" class="wprm-unit-conversion active">US Customary</a> - <a href="#" class="wprm-unit-conversion">Metric</a></div><div class="wprm-recipe-adjustable-servings-container"><button class="wprm-toggle active">1x</button><button class="wprm-toggle">2x</button><button class="wprm-toggle">3x</button></div>')
            self.exp.append('Ingredients')
            for grp, items in c['ingredients']:
                if grp:
                    x.append('<h4 class="wprm-recipe-group-name">%s</h4>' % E(grp)); self.exp.append(grp)
                x.append('<ul class="wprm-recipe-ingredients">')
                for it in items:
                    x.append('<li class="wprm-recipe-ingredient"><span class="wprm-checkbox-container"><input type="checkbox" aria-label=""></span>%s</li>' % E(it))
                    self.exp.append(it)
                x.append('</ul>')
            x.append('</div><div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions">')
            self.exp.append('Instructions')
            for s_ in c['steps']:
                x.append('<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">%s</div></li>' % E(s_)); self.exp.append(s_)
            x.append('</ol></div>')
            if c.get('notes'):
                x.append('<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes">%s</div></div>' % ''.join('<p>%s</p>' % E(n) for n in c['notes']))
                self.exp.append('Notes'); self.exp.extend(c['notes'])
            x.append('<div class="wprm-nutrition-label-container"><h3 class="wprm-recipe-header">Nutrition</h3>')
            self.exp.append('Nutrition')
            parts = []
            for lab, val in c['nutrition']:
                parts.append('<span class="wprm-nutrition-label-text-nutrition-container"><span class="wprm-nutrition-label-text-nutrition-label">%s: </span><span class="wprm-nutrition-label-text-nutrition-value">%s</span></span>' % (E(lab), E(val)))
            x.append('<span class="wprm-nutrition-label-text-nutrition-separator"> | </span>'.join(parts) + '</div>')
            self.exp.append(' | '.join('%s: %s' % nv for nv in c['nutrition']))
            x.append('<div class="wprm-recipe-meta-container"><span class="wprm-recipe-details-label">Course</span> <span class="wprm-recipe-course">%s</span> <span class="wprm-recipe-details-label">Cuisine</span> <span class="wprm-recipe-cuisine">%s</span></div>' % (E(c['course']), E(c['cuisine'])))
            self.exp.append('Course %s Cuisine %s' % (c['course'], c['cuisine']))
            x.append('<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-icon"></span><span class="wprm-call-to-action-text-container"><span class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Mention <a href="https://www.instagram.com/%s">@%s</a> or tag <a href="#">#%s</a>!</span></span></div>' % (self.a['handle'], self.a['handle'], self.a['handle']))
            x.append('</div></div>')
        else:  # tasty recipes card
            x.append('<div class="tasty-recipes-anchor" id="tasty-recipes-%d-jump-target"></div><div id="tasty-recipes-%d" class="tasty-recipes tasty-recipes-%d tasty-recipes-display">' % ((self.rng.randint(100, 999),) * 3))
            x.append('<div class="tasty-recipes-entry-header"><div class="tasty-recipes-image"><img src="/uploads/%s-sq.jpg" alt=""></div><div class="tasty-recipes-header-content"><h2 class="tasty-recipes-title">%s</h2>' % (slug(c['name']), E(c['name'])))
            x.append('<div class="tasty-recipes-rating"><span class="tasty-recipes-ratings-buttons">&#9733;&#9733;&#9733;&#9733;&#9734;</span><p><span class="rating-label"><span class="average">%s</span> from <span class="count">%d</span> reviews</span></p></div>' % (c['rating'], c['votes']))
            x.append('<div class="tasty-recipes-details"><ul>')
            self.exp.append(c['name'])
            for lab, val in c['times'] + [('Yield', c['serves']), ('Category', c['course']), ('Cuisine', c['cuisine'])]:
                x.append('<li class="%s"><span class="tasty-recipes-label">%s:</span> <span>%s</span></li>' % (slug(lab), E(lab), E(val)))
                self.exp.append('%s: %s' % (lab, val))
            x.append('</ul></div></div></div><div class="tasty-recipe-buttons"><a class="button tasty-recipes-print-button" href="/tasty-recipes/print/1/">Print Recipe</a> <a class="button tasty-recipes-pin-button" href="#">Pin Recipe</a></div>')
            x.append('<div class="tasty-recipes-description"><h3>Description</h3><div class="tasty-recipes-description-body"><p>%s</p></div></div>' % E(c['summary']))
            self.exp += ['Description', c['summary']]
            x.append('<div class="tasty-recipes-ingredients"><div class="tasty-recipes-ingredients-header"><h3>Ingredients</h3><div class="tasty-recipes-scale-container"><span class="tasty-recipes-scale-label">Scale</span><button type="button" class="tasty-recipes-scale-button tasty-recipes-scale-button-active">1x</button><button type="button" class="tasty-recipes-scale-button">2x</button><button type="button" class="tasty-recipes-scale-button">3x</button></div></div><div class="tasty-recipes-ingredients-body">')
            self.exp.append('Ingredients')
            for grp, items in c['ingredients']:
                if grp:
                    x.append('<h4>%s</h4>' % E(grp)); self.exp.append(grp)
                x.append('<ul>' + ''.join('<li data-tr-ingredient-checkbox=""><span class="tr-ingredient-checkbox-container"><input type="checkbox" aria-label="%s"></span>%s</li>' % (E(i), E(i)) for i in items) + '</ul>')
                self.exp.extend(items)
            x.append('</div></div><div class="tasty-recipes-instructions"><div class="tasty-recipes-instructions-header"><h3>Instructions</h3><div class="tasty-recipes-cook-mode"><input type="checkbox" id="cookmode"><label for="cookmode">Cook Mode</label><span>Prevent your screen from going dark</span></div></div><div class="tasty-recipes-instructions-body"><ol>')
            self.exp.append('Instructions')
            for s_ in c['steps']:
                x.append('<li id="instruction-step-%d">%s</li>' % (c['steps'].index(s_) + 1, E(s_))); self.exp.append(s_)
            x.append('</ol></div></div>')
            if c.get('notes'):
                x.append('<div class="tasty-recipes-notes"><h3>Notes</h3><div class="tasty-recipes-notes-body">%s</div></div>' % ''.join('<p>%s</p>' % E(n) for n in c['notes']))
                self.exp.append('Notes'); self.exp.extend(c['notes'])
            x.append('<div class="tasty-recipes-nutrition"><h3>Nutrition</h3><ul>' + ''.join('<li><span class="tasty-recipes-label">%s:</span> <span>%s</span></li>' % (E(l), E(v)) for l, v in c['nutrition']) + '</ul></div>')
            self.exp.append('Nutrition'); self.exp.extend('%s: %s' % nv for nv in c['nutrition'])
            x.append('<div class="tasty-recipes-keywords"><p><span class="tasty-recipes-label">Keywords:</span> %s</p></div>' % E(', '.join(c.get('keywords', ['easy', 'weeknight']))))
            x.append('<div class="tasty-recipes-entry-footer"><div class="tasty-recipes-footer-content"><img src="/img/instagram.svg" alt=""><div class="tasty-recipes-footer-copy"><h3>Did you make this recipe?</h3><p>Tag <a href="#">@%s</a> on Instagram</p></div></div></div></div>' % self.a['handle'])
        return ''.join(x)

    def prod(self, v, n):
        name, desc, price, store, pc, specs = (v.split('|') + [''] * 6)[:6]
        pros, cons = (pc.split(';;') + [''])[:2]
        st = self.st
        x = ['<div class="product-card" id="product-%d"><div class="product-card__media"><img src="/img/p/%s.jpg" alt="%s"></div><div class="product-card__body">' % (n, slug(name), E(name))]
        if st == 'roundup':
            x.append('<div class="product-card__badge">%s</div>' % ('Best overall' if n == 1 else 'Also great'))
            self.exp.append('Best overall' if n == 1 else 'Also great')
        x.append('<h3 class="product-card__title">%s</h3>' % E(name)); self.exp.append(name)
        x.append('<p class="product-card__desc">%s</p>' % inline(desc)); self.exp.append(plain(desc))
        if pros:
            x.append('<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul>%s</ul></div>' % ''.join('<li>%s</li>' % E(p) for p in pros.split(';')))
            self.exp.append('Pros'); self.exp.extend(pros.split(';'))
            x.append('<div class="cons"><h4>Cons</h4><ul>%s</ul></div></div>' % ''.join('<li>%s</li>' % E(p) for p in cons.split(';')))
            self.exp.append('Cons'); self.exp.extend(cons.split(';'))
        if specs:
            x.append('<ul class="product-card__specs">%s</ul>' % ''.join('<li><strong>%s:</strong> %s</li>' % (E(s.split(':')[0]), E(s.split(':', 1)[1].strip())) for s in specs.split(';')))
            self.exp.extend('%s: %s' % (s.split(':')[0], s.split(':', 1)[1].strip()) for s in specs.split(';'))
        btns = ['<a class="price-button" rel="sponsored nofollow" href="https://go.skimlinks.example/?id=%d&amp;url=%s">%s at %s</a>' % (n, slug(name), E(price), E(store))]
        if n % 2:
            btns.append('<a class="price-button price-button--alt" rel="sponsored nofollow" href="https://go.example/?u=%s">$%d at Walmart</a>' % (slug(name), int(price.strip('$').split('.')[0] or 10) + 3))
        x.append('<div class="product-card__buttons">%s</div></div></div>' % ' '.join(btns))
        return ''.join(x)

    def blocks(self, body):
        x = []
        n_prod = 0
        for k, v in parse(body):
            if k == 'p':
                x.append('<p>%s</p>' % inline(v)); self.exp.append(plain(v))
            elif k == 'nb':
                x.append('<p>%s</p>' % inline(v))  # on the page, not body (a jump/print link line)
            elif k == 'hotel':
                name, desc, call = v.split('|')
                x.append('<div class="hotel-card"><div class="hotel-card__img"><img src="/img/h/%s.jpg" alt="%s"></div><div class="hotel-card__info"><h3 class="hotel-card__name">%s</h3><div class="hotel-card__rating">&#9733;&#9733;&#9733;&#9733; <span>9.1 Superb</span></div><p>%s</p><div class="hotel-card__cta"><a class="btn btn-book" rel="sponsored" href="https://booking.example/aff?h=%s">%s</a></div></div></div>' % (slug(name), E(name), E(name), inline(desc), slug(name), E(call)))
                self.exp.append(name); self.exp.append(plain(desc))
            elif k == 'slide':
                num, total, t, txt = v.split('|')
                x.append('<div class="gallery-slide" data-slide="%s"><div class="slide-count">%s of %s</div><figure class="slide-media"><img src="/img/s/%s.jpg" alt=""><figcaption class="slide-credit">Photo: Getty Images</figcaption></figure><div class="slide-body"><h2 class="slide-title">%s</h2><div class="slide-text"><p>%s</p></div></div></div>' % (num, num, total, slug(t), E(t), inline(txt)))
                self.exp.append(t); self.exp.append(plain(txt))
            elif k == 'sp':
                x.append('<p class="sponsor-message"><span class="sponsor-label">Sponsor</span> %s</p>' % inline(v))
            elif k == 'drop':
                w = plain(v)
                x.append('<p class="has-drop-cap"><span class="dropcap">%s</span>%s</p>' % (E(w[0]), inline(v[1:]))); self.exp.append(w)
            elif k in ('h2', 'h3'):
                x.append('<%s id="%s">%s</%s>' % (k, slug(v), inline(v), k)); self.exp.append(plain(v))
            elif k == 'num':
                num, t = v.split(' ', 1)
                x.append('<h2 class="listicle-heading"><span class="listicle-number">%s</span> %s</h2>' % (E(num), inline(t))); self.exp.append('%s %s' % (num, plain(t)))
            elif k == 'lis':
                x.append('<ul>%s</ul>' % ''.join('<li>%s</li>' % inline(i) for i in v)); self.exp.extend(plain(i) for i in v)
            elif k == 'olis':
                x.append('<ol>%s</ol>' % ''.join('<li>%s</li>' % inline(i) for i in v)); self.exp.extend(plain(i) for i in v)
            elif k == 'quote':
                x.append('<blockquote class="wp-block-quote"><p>%s</p></blockquote>' % inline(v)); self.exp.append(plain(v))
            elif k == 'pull':
                x.append('<aside class="pullquote" aria-hidden="true"><blockquote><p>&ldquo;%s&rdquo;</p></blockquote></aside>' % E(v))
            elif k == 'BR':
                x.append('<p class="section-break" style="text-align:center">* * *</p>' if self.rng.random() < .5 else '<hr class="wp-block-separator is-style-dots">')
            elif k == 'img':
                x.append('<figure class="wp-block-image size-large"><img src="/uploads/%s.jpg" alt="%s" loading="lazy"><figcaption>%s</figcaption></figure>' % (slug(v[:30]), E(v[:40]), E(v)))
            elif k == 'AD':
                x.append('<div class="ad-slot ad-incontent" data-ad-unit="incontent_%d"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-%d"></div></div>' % (self.rng.randint(1, 9), self.rng.randint(1000, 9999)))
            elif k == 'rel':
                x.append('<p class="related-inline"><strong>Read more:</strong> <a href="/%s/">%s</a></p>' % (slug(v), E(v)))
            elif k == 'NL':
                x.append('<div class="newsletter-inline"><h4>Get our best recipes and stories in your inbox</h4><p>Sign up for the free weekly newsletter. Unsubscribe anytime.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>')
            elif k == 'ig':
                h, cap = v.split('|', 1)
                x.append('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C%s/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C%s/" target="_blank">View this post on Instagram</a><p>%s</p><p><a href="https://www.instagram.com/p/C%s/">A post shared by %s (@%s)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>' % (slug(h)[:8], slug(h)[:8], E(cap), slug(h)[:8], E(h.title()), E(h)))
            elif k == 'tt':
                h, cap = v.split('|', 1)
                x.append('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@%s/video/73%d" data-video-id="73%d"><section><a target="_blank" title="@%s" href="https://www.tiktok.com/@%s">@%s</a> <p>%s</p> <a target="_blank" href="#">&#9836; original sound - %s</a></section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>' % (h, 1000 + len(cap), 1000 + len(cap), h, h, h, E(cap), h))
            elif k == 'tw':
                h, t = v.split('|', 1)
                x.append('<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">%s</p>&mdash; %s (@%s) <a href="https://twitter.com/%s/status/18%d">December 4, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>' % (E(t), E(h.title()), E(h), E(h), len(t) * 7919))
            elif k == 'q':
                x.append('<p class="qa-question"><strong>%s</strong></p>' % inline(v)); self.exp.append(plain(v))
            elif k == 'a':
                x.append('<p class="qa-answer">%s</p>' % inline(v)); self.exp.append(plain(v))
            elif k == 'kts':
                x.append('<div class="key-takeaways callout"><h2>Key takeaways</h2><ul>%s</ul></div>' % ''.join('<li>%s</li>' % inline(i) for i in v))
                self.exp.append('Key takeaways'); self.exp.extend(plain(i) for i in v)
            elif k == 'rows':
                cells = [r.split('|') for r in v]
                x.append('<figure class="wp-block-table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (''.join('<th>%s</th>' % E(c) for c in cells[0]), ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % E(c) for c in r) for r in cells[1:])))
                for r in cells:
                    self.exp.append(' '.join(r))
            elif k == 'trs':
                x.append(self.transcript(v))
            elif k == 'tss':
                x.append('<ul class="timestamps">%s</ul>' % ''.join('<li><a href="#t=%s" class="ts-link">%s</a> %s</li>' % (E(i.split(' ', 1)[0]), E(i.split(' ', 1)[0]), E(i.split(' ', 1)[1])) for i in v))
                self.exp.extend(v)
            elif k == 'prod':
                n_prod += 1
                x.append(self.prod(v, n_prod))
            elif k == 'CARD':
                x.append(self.card())
            elif k == 'VIDEO':
                x.append('<div class="video-embed jw-player" id="jwplayer_%d"><div class="jw-title"><div class="jw-title-primary">Watch: %s</div></div><div class="jw-controlbar"><span class="jw-text-elapsed">0:00</span><span class="jw-text-duration">3:41</span><button aria-label="Play">Play</button><button aria-label="Mute">Mute</button></div><div class="jw-related">Up Next: 5 things to do this weekend</div></div>' % (self.rng.randint(1, 99), E(self.a['title'][:50])))
            elif k == 'MAP':
                x.append('<div class="wp-block-embed map-embed"><iframe src="https://maps.example.com/embed?mid=1x%d" width="640" height="480" title="Map"></iframe><p class="map-caption">Click the map to open it in a new tab. Map data &copy; 2026 MapCo.</p></div>' % self.rng.randint(1000, 99999))
        return ''.join(x)

    def transcript(self, lines):
        x = ['<div class="transcript" id="transcript">']
        for ln in lines:
            sp, t = ln.split('|', 1)
            if sp:
                x.append('<p><span class="speaker">%s:</span> %s</p>' % (E(sp), E(t))); self.exp.append('%s: %s' % (sp, t))
            else:
                x.append('<p>%s</p>' % E(t)); self.exp.append(t)
        x.append('</div>')
        return ''.join(x)


NAV = {
    'food': ['Recipes', 'Dinner', 'Desserts', 'Baking', 'Vegetarian', 'Meal Prep', 'About', 'Shop'],
    'travel': ['Destinations', 'Europe', 'Asia', 'Road Trips', 'Travel Tips', 'Packing Lists', 'About'],
    'health': ['Conditions', 'Nutrition', 'Fitness', 'Mental Health', 'Sleep', 'Wellness Topics'],
    'shop': ['Reviews', 'Kitchen', 'Home', 'Beauty', 'Tech', 'Deals', 'Gift Guides'],
    'celeb': ['News', 'TV', 'Movies', 'Music', 'Royals', 'Style', 'Videos', 'Photos'],
    'blog': ['Home', 'About Me', 'Garden', 'Family', 'Crafts', 'Contact'],
    'pod': ['Episodes', 'Hosts', 'Newsletter', 'Support the Show', 'Contact'],
    'mag': ['Culture', 'Style', 'Food', 'Travel', 'Living', 'Wellness', 'Features', 'Subscribe'],
}

POPULAR = ['The one-pan lemon chicken everyone asks for', 'How I finally organised my pantry', 'Ten cosy soups for cold nights',
           'A weekend in the Dolomites on a budget', 'What I learned from a year without buying clothes', 'The best sheet-pan dinners',
           'Our honest review of the viral air fryer', 'Five houseplants that are hard to kill', 'Why you should salt your pasta water more']


def head(a, extra_ld):
    d = a['date']
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": a.get('ldtype', 'Article'), "headline": a['title'], "datePublished": d + "T07:30:00+00:00", "dateModified": d + "T09:12:00+00:00",
         "author": {"@type": "Person", "name": a['author']}, "publisher": {"@type": "Organization", "name": a['site']},
         "description": a['deck'], "image": "https://%s/img/%s.jpg" % (a['domain'], slug(a['title']))},
        {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://%s/" % a['domain']}]}]}
    if extra_ld:
        ld["@graph"].append(extra_ld)
    css = '.entry-content p{margin:0 0 1.2em;line-height:1.7}.site-header{display:flex;align-items:center}.sidebar .widget{margin-bottom:2em}' * 6
    return '''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s %(sep)s %(site)s</title>
<meta name="description" content="%(deck)s">
<link rel="canonical" href="https://%(dom)s/%(slug)s/">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="%(t)s">
<meta property="og:description" content="%(deck)s">
<meta property="og:url" content="https://%(dom)s/%(slug)s/">
<meta property="og:site_name" content="%(site)s">
<meta property="og:image" content="https://%(dom)s/img/%(slug)s.jpg">
<meta property="article:published_time" content="%(d)sT07:30:00+00:00">
<meta property="article:modified_time" content="%(d)sT09:12:00+00:00">
<meta name="author" content="%(au)s">
<meta name="twitter:card" content="summary_large_image">
<meta name="pinterest-rich-pin" content="true">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lora:wght@400;700&amp;family=Inter:wght@400;600&amp;display=swap">
<style id="critical-css">%(css)s</style>
<script type="application/ld+json">%(ld)s</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-%(g)s"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-%(g)s');</script>
<script>window.adthrive=window.adthrive||{};window.adthrive.cmd=window.adthrive.cmd||[];window.adthrive.plugin='adthrive-ads-3.6.2';window.adthrive.host='ads.adthrive.example';</script>
</head>
''' % dict(t=E(a['title']), sep=a.get('sep', '|'), site=E(a['site']), deck=E(a['deck']), dom=a['domain'], slug=slug(a['title']),
           d=d, au=E(a['author']), css=css, ld=json.dumps(ld).replace('</', '<\\/'), g=str(__import__('zlib').crc32(a['domain'].encode()) % 99999))


def nav(a, cls='main-navigation'):
    items = NAV[a['nav']]
    return '<nav class="%s" aria-label="Primary"><ul class="menu">%s</ul></nav>' % (cls, ''.join('<li class="menu-item"><a href="/%s/">%s</a></li>' % (slug(i), E(i)) for i in items))


def sidebar(a, rng):
    pop = rng.sample(POPULAR, 5)
    return '''<aside id="secondary" class="sidebar widget-area">
<section class="widget widget_about"><h2 class="widget-title">Hi, I'm %(au)s!</h2><img src="/img/author.jpg" alt=""><p>%(bio)s</p><a href="/about/" class="button">Read my story</a></section>
<section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;"></label><button class="search-submit">Search</button></form></section>
<section class="widget widget_popular"><h2 class="widget-title">Popular posts</h2><ul>%(pop)s</ul></section>
<section class="widget widget_subscribe"><h2 class="widget-title">Never miss a post</h2><p>Get new posts delivered straight to your inbox, plus my free printable guide.</p><form><input type="email" placeholder="Your email"><button>Sign me up</button></form></section>
<section class="widget widget_ad"><div class="adthrive-sidebar" data-slot="sidebar_1"></div></section>
</aside>''' % dict(au=E(a['author'].split()[0]), bio=E(a.get('bio', 'I write about food, travel and slow living from a small house with a big kitchen table.')),
                   pop=''.join('<li><a href="/%s/">%s</a></li>' % (slug(p), E(p)) for p in pop))


def comments(a, rng):
    cs = a.get('comments', [('Marisol', 'Made this last night and it was a hit. Thank you!'), ('Dev P.', 'Could I swap the butter for olive oil?')])
    x = ['<div id="comments" class="comments-area"><h2 class="comments-title">%d thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">' % (len(cs), E(a['title']))]
    for i, (who, txt) in enumerate(cs):
        x.append('<li id="comment-%d" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-%d"><time>%s at %d:%02d pm</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>' % (4000 + i, E(who), 4000 + i, a['date'], rng.randint(1, 11), rng.randint(0, 59), E(txt)))
    x.append('</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p></form></div></div>')
    return '\n'.join(x)


def footer(a):
    return '''<footer class="site-footer" id="colophon"><div class="footer-widgets"><div class="footer-widget"><h3>About %(site)s</h3><p>%(about)s</p></div><div class="footer-widget"><h3>Explore</h3><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/accessibility/">Accessibility</a></li><li><a href="/work-with-me/">Work With Me</a></li></ul></div><div class="footer-widget"><h3>Follow</h3><ul class="social"><li><a href="https://instagram.com/%(h)s">Instagram</a></li><li><a href="https://pinterest.com/%(h)s">Pinterest</a></li><li><a href="https://facebook.com/%(h)s">Facebook</a></li><li><a href="https://youtube.com/@%(h)s">YouTube</a></li></ul></div></div>
<div class="site-info"><p>Copyright &copy; 2026 %(site)s. All rights reserved. As an Amazon Associate I earn from qualifying purchases.</p><p>Built with %(theme)s.</p></div></footer>
<div id="cookie-notice" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept</button> <button>Manage preferences</button></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script>document.querySelectorAll('.wprm-recipe-print').forEach(function(b){b.addEventListener('click',function(e){e.preventDefault();window.print();});});</script>
''' % dict(site=E(a['site']), about=E(a.get('about', a['site'] + ' is an independent site run by a small team who love good food, travel and telling honest stories.')), h=a['handle'], theme=a.get('theme', 'love'))


def byline_html(a, style):
    d = a['date']
    y, m, dd = d.split('-')
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    human = '%s %d, %s' % (months[int(m) - 1], int(dd), y)
    a['human'] = human
    if style == 'blogger':
        return ''
    if style == 'health':
        return '<div class="byline-block"><p class="byline">Written by <a href="/authors/%s/" rel="author">%s</a> on %s</p><p class="reviewed">Medically reviewed by <a href="/reviewers/%s/">%s</a></p><p class="fact-check">Fact checked by %s</p></div>' % (slug(a['author']), E(a['author']), human, slug(a['reviewer']), E(a['reviewer']), E(a.get('checker', 'Joanna Reyes')))
    return '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span> <span class="sep">&middot;</span> <span class="posted-on"><time class="entry-date published" datetime="%sT07:30:00+00:00">%s</time></span>%s</div>' % (slug(a['author']), E(a['author']), d, human, ' <span class="sep">&middot;</span> <a href="#comments" class="comments-link">%d Comments</a>' % len(a.get('comments', [1, 2])) if style in ('astra', 'gp', 'divi') else '')


def disclosure(a):
    t = a.get('disclosure')
    if not t:
        return ''
    return '<div class="affiliate-disclosure"><p><em>%s</em></p></div>' % E(t)


def render(a):
    rng = random.Random(a['id'])
    st = a['tpl']
    r = R(a, st)
    if a.get('lead_exp'):
        pass
    body = r.blocks(a['body'])
    extra_ld = None
    if a.get('card'):
        c = a['card']
        extra_ld = {"@type": "Recipe", "name": c['name'], "recipeIngredient": [i for g in c['ingredients'] for i in g[1]],
                    "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in c['steps']], "aggregateRating": {"@type": "AggregateRating", "ratingValue": c['rating'], "ratingCount": c['votes']}}
    if a.get('ldtype') == 'PodcastEpisode':
        extra_ld = {"@type": "PodcastSeries", "name": a['site']}
    out = [head(a, extra_ld)]
    title = E(a['title'])
    deck = '<p class="entry-subtitle deck">%s</p>' % E(a['deck']) if a.get('show_deck', True) else ''
    jump = ''
    if a.get('card'):
        jump = '<div class="jump-buttons"><a href="#recipe" class="jump-to-recipe">Jump to Recipe</a> <a href="/wprm_print/%s" class="print-recipe">Print Recipe</a> <span class="recipe-rating">&#9733;&#9733;&#9733;&#9733;&#9733; %s from %d reviews</span></div>' % (slug(a['title']), a['card']['rating'], a['card']['votes'])
    disc = disclosure(a)
    by = byline_html(a, st)
    tail = a.get('tail', '')  # standing notes after the body
    share = '<div class="share-buttons"><span>Share:</span> <a href="#" class="share-pinterest">Pin</a> <a href="#" class="share-facebook">Share</a> <a href="#" class="share-email">Email</a> <a href="#" class="share-print" onclick="window.print()">Print</a></div>'
    tags = '<div class="post-tags"><span>Tags:</span> %s</div>' % ' '.join('<a href="/tag/%s/" rel="tag">%s</a>' % (slug(t), E(t)) for t in a.get('tags', ['easy', 'family', 'weekend']))
    bio = '<div class="author-box"><img src="/img/%s.jpg" alt=""><div><h4>About %s</h4><p>%s</p></div></div>' % (slug(a['author']), E(a['author']), E(a.get('bio', 'Writer and home cook.')))
    if st in ('astra', 'gp'):
        cls = 'ast-separate-container ast-right-sidebar' if st == 'astra' else 'right-sidebar nav-below-header'
        out.append('<body class="post-template-default single single-post %s"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>' % cls)
        out.append('<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">%s</p></div>%s</div></header>' % (E(a['site']), E(a.get('tagline', 'Simple food, real life')), nav(a)))
        out.append('<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area"><main id="main" class="site-main">')
        out.append('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail">' % rng.randint(1000, 99999))
        out.append('<div class="inside-article"><header class="entry-header"><nav class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/%s/">%s</a> &raquo; %s</nav><h1 class="entry-title">%s</h1>%s</header>' % (a['nav'], E(NAV[a['nav']][0]), title, title, by))
        out.append(disc + jump)
        out.append('<div class="entry-content" itemprop="text">')
        out.append(body)
        out.append(tail)
        out.append('</div><footer class="entry-meta">%s%s</footer></div></article>' % (tags, share))
        out.append(bio + '<nav class="post-navigation"><div class="nav-previous"><a href="/prev/">&larr; %s</a></div><div class="nav-next"><a href="/next/">%s &rarr;</a></div></nav>' % (E(POPULAR[1]), E(POPULAR[2])))
        out.append('<div class="yarpp-related"><h3>You may also like</h3><ol>%s</ol></div>' % ''.join('<li><a href="/%s/">%s</a></li>' % (slug(p), E(p)) for p in rng.sample(POPULAR, 4)))
        out.append(comments(a, rng))
        out.append('</main></div>' + sidebar(a, rng) + '</div></div>')
        out.append(footer(a))
    elif st == 'divi':
        out.append('<body class="post-template-default single et_pb_pagebuilder_layout et_right_sidebar et_divi_theme"><div id="page-container"><header id="main-header"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/logo.png" alt="%s" id="logo"></a></div><div id="et-top-navigation">%s</div></div></header>' % (E(a['site']), nav(a, 'et-menu-nav')))
        out.append('<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area"><article id="post-%d" class="et_pb_post post">' % rng.randint(100, 9999))
        out.append('<div class="et_post_meta_wrapper"><h1 class="entry-title">%s</h1><p class="post-meta">by <span class="author vcard"><a href="/author/x/">%s</a></span> | <span class="published">%s</span> | <a href="/category/%s/">%s</a></p></div>' % (title, E(a['author']), a['human'], a['nav'], E(NAV[a['nav']][1])))
        out.append('<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">')
        # split body into several text modules
        parts = body.split('\n')
        k = max(1, len(parts) // 3)
        chunks = [parts[i:i + k] for i in range(0, len(parts), k)]
        for i, ch in enumerate(chunks):
            out.append('<div class="et_pb_section et_pb_section_%d et_section_regular"><div class="et_pb_row et_pb_row_%d"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text et_pb_text_%d et_pb_text_align_left"><div class="et_pb_text_inner">%s%s</div></div></div></div></div>' % (i, i, i, disc if i == 0 else '', '\n'.join(ch)))
            if i == 0:
                out.append('<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_module et_pb_cta et_pb_promo"><div class="et_pb_promo_description"><h2 class="et_pb_module_header">Grab my free meal planner</h2><div>Five weeks of dinners, one shopping list. Join 40,000 readers.</div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/planner/">Download it free</a></div></div></div></div>')
        out.append(tail)
        out.append('</div></div></div><div class="et_post_meta_wrapper">%s%s</div></article>' % (share, comments(a, rng)))
        out.append('</div><div id="sidebar">%s</div></div></div></div>' % sidebar(a, rng))
        out.append(footer(a) + '</div></div>')
    elif st == 'blogger':
        out[0] = out[0].replace('</head>', "<style id='page-skin-1' type='text/css'>" + ('body{font:15px Georgia,serif;color:#333;background:#f4f1ea}.post-body{line-height:1.6}.sidebar .widget{margin:0 0 24px}h3.post-title{font-size:24px}.blog-pager{text-align:center}' * 8) + "</style>\n</head>")
        out.append("<body class='variant-indie version-1-3-3'><div class='outer-wrapper'><div class='header section' id='header'><div class='widget Header' id='Header1'><div class='header-inner'><h1 class='title'><a href='https://%s/'>%s</a></h1><p class='description'>%s</p></div></div></div>" % (a['domain'], E(a['site']), E(a.get('tagline', 'notes from a small life'))))
        out.append("<div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'><ul>%s</ul></div></div>" % ''.join("<li><a href='/p/%s.html'>%s</a></li>" % (slug(i), E(i)) for i in NAV['blog']))
        out.append("<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'><div class='date-outer'><h2 class='date-header'><span>%s</span></h2><div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost'>" % ('Saturday, ' + a['human']))
        out.append("<a name='%d'></a><h3 class='post-title entry-title' itemprop='name'>%s</h3><div class='post-header'><div class='post-header-line-1'></div></div>" % (rng.randint(10 ** 17, 10 ** 18), title))
        # blogger body: <br>-separated text inside divs
        bb = body.replace('<p>', '').replace('</p>', '<br /><br />\n')
        out.append("<div class='post-body entry-content' id='post-body-%d' itemprop='description articleBody'>%s%s<div style='clear: both;'></div></div>" % (rng.randint(10 ** 17, 10 ** 18), disc, bb))
        out.append("<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'><a class='g-profile' href='https://www.blogger.com/profile/0%d' rel='author'><span itemprop='name'>%s</span></a></span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='#' rel='bookmark'><abbr class='published' title='%sT09:14:00-05:00'>9:14 AM</abbr></a></span> <span class='post-comment-link'></span> <div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#'><span class='share-button-link-text'>Email This</span></a><a class='share-button sb-blog' href='#'><span>BlogThis!</span></a><a class='share-button sb-twitter' href='#'><span>Share to X</span></a></div></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: %s</span></div></div></div>" % (rng.randint(10 ** 9, 10 ** 10), E(a['author']), a['date'], ', '.join("<a href='/search/label/%s' rel='tag'>%s</a>" % (t, t) for t in a.get('tags', ['garden', 'home']))))
        cs = a.get('comments', [])
        out.append("<div class='comments' id='comments'><h4>%d comments:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'>%s</dl></div><p class='comment-footer'><a href='#'>Post a Comment</a></p></div>" % (len(cs), ''.join("<dt class='comment-author'><a href='#'>%s</a> said...</dt><dd class='comment-body'><p>%s</p></dd><dd class='comment-footer'><span class='comment-timestamp'><a href='#'>%s 10:02 PM</a></span></dd>" % (E(w), E(t), a['human']) for w, t in cs)))
        out.append("</div></div></div></div><div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#'>Older Post</a></span><a class='home-link' href='/'>Home</a></div><div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='#' type='application/atom+xml'>Post Comments (Atom)</a></div></div></div></div></div>")
        out.append("<div class='sidebar section' id='sidebar'><div class='widget Profile' id='Profile1'><h2>About Me</h2><div class='widget-content'><a href='#'><img class='profile-img' src='/img/me.jpg'></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='#'>%s</a></dt><dd class='profile-textblock'>%s</dd></dl><a class='profile-link' href='#' rel='author'>View my complete profile</a></div></div><div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='#'>&#9660;</a> <a class='post-count-link' href='#'>2026</a> <span class='post-count'>(41)</span><ul><li><a href='#'>December</a> (3)</li><li><a href='#'>November</a> (5)</li><li><a href='#'>October</a> (4)</li></ul></li></ul></div><div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><ul>%s</ul></div></div>" % (E(a['author']), E(a.get('bio', 'Gardener, mother of two, slow knitter.')), ''.join("<li><a href='#'>%s</a></li>" % E(p) for p in rng.sample(POPULAR, 4))))
        out.append("<footer class='footer-outer'><div class='widget Attribution' id='Attribution1'>Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>. Theme images by <a href='#'>Michael Elkan</a>.</div></footer></div><script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/widgets.js'></script>")
    else:  # magazine-ish templates: magazine, health, roundup, celeb, podcast, video
        brand = E(a['site'])
        out.append('<body class="article-page %s-template"><div id="app"><div class="top-banner"><a href="/subscribe/">Subscribe &amp; save 50%%</a></div><header class="global-header"><a class="brand-logo" href="/">%s</a>%s<div class="mega-menu" hidden>%s</div><button class="search-toggle" aria-label="Search">Search</button><a class="sign-in" href="/account/">Sign In</a></header>' % (st, brand, nav(a, 'global-nav'), ''.join('<div class="mega-col"><h4>%s</h4><ul>%s</ul></div>' % (E(sec), ''.join('<li><a href="/%s/%s/">%s</a></li>' % (slug(sec), slug(p), E(p)) for p in POPULAR[:6])) for sec in NAV['mag'])))
        out.append('<div class="ad-leaderboard ad-slot" data-slot="top"><div id="div-gpt-ad-top"></div></div>')
        out.append('<main id="main-content"><article class="article">')
        rub = a.get('rubric', NAV[a['nav']][0])
        hdr = '<header class="article-header"><a class="rubric" href="/%s/">%s</a><h1 class="article-title">%s</h1>%s' % (slug(rub), E(rub), title, deck)
        if st == 'podcast':
            hdr += '<div class="episode-meta"><span class="episode-number">Episode %d</span> &middot; <time datetime="%s">%s</time> &middot; <span class="duration">%s</span></div><div class="podcast-player" data-src="https://cdn.podhost.example/ep%d.mp3"><button class="play">Play episode</button><div class="progress"><span class="elapsed">00:00</span> / <span class="total">%s</span></div><button class="speed">1x</button><a class="download" href="#">Download</a></div><div class="subscribe-links"><span>Listen on:</span> <a href="#">Apple Podcasts</a> <a href="#">Spotify</a> <a href="#">YouTube Music</a> <a href="#">Pocket Casts</a> <a href="/feed.xml">RSS</a></div>' % (a['ep'], a['date'], a['human'], a['dur'], a['ep'], a['dur'])
            hdr += '<p class="hosts">Hosted by %s</p>' % E(a['author'])
        elif st == 'video':
            hdr += '<div class="video-player-wrap"><div class="video-player" data-video-id="v%d"><div class="vjs-poster"></div><button class="vjs-big-play-button">Play Video</button><div class="vjs-control-bar"><span class="vjs-duration">%s</span><button>CC</button><button>Fullscreen</button></div></div></div><div class="video-meta"><span class="views">%s views</span> &middot; <time datetime="%s">%s</time></div>' % (rng.randint(1000, 9999), a['dur'], a['views'], a['date'], a['human'])
        else:
            hdr += by
            hdr += '<div class="article-share"><a href="#">Facebook</a><a href="#">Pinterest</a><a href="#">X</a><a href="#">Email</a><button class="save">Save</button></div>'
            if a.get('hero', True):
                hdr += '<figure class="lead-image"><img src="/img/%s-hero.jpg" alt=""><figcaption><span class="caption">%s</span> <span class="credit">%s</span></figcaption></figure>' % (slug(a['title']), E(a.get('hero_cap', 'Photo illustration')), E(a.get('credit', 'Photo: Getty Images')))
        hdr += '</header>'
        out.append(hdr)
        out.append('<div class="article-body-wrap"><div class="article-content">')
        out.append(disc)
        if st == 'magazine' and a.get('split', True):
            parts = body.split('\n')
            k = max(1, len(parts) // 3)
            for i in range(0, len(parts), k):
                out.append('<div class="body__inner-container">%s</div>' % '\n'.join(parts[i:i + k]))
                if i + k < len(parts):
                    out.append('<div class="ad-slot ad-mid"><span class="ad-label">ADVERTISEMENT</span></div><div class="recirc-inline"><span>More from %s</span><ul><li><a href="#">%s</a></li><li><a href="#">%s</a></li></ul></div>' % (brand, E(rng.choice(POPULAR)), E(rng.choice(POPULAR))))
        elif st == 'podcast' or st == 'video':
            out.append('<section class="show-notes"><h2 class="section-label">%s</h2>%s</section>' % ('Show notes' if st == 'podcast' else 'About this video', body))
            r.exp.insert(0, 'Show notes' if st == 'podcast' else 'About this video')
            if a.get('transcript'):
                tr = a['transcript']
                if a.get('tr_details'):
                    out.append('<details class="transcript-details"><summary>Read the full transcript</summary>%s</details>' % r.transcript(tr))
                elif a.get('tr_toggle'):
                    out.append('<section class="transcript-section"><button class="transcript-toggle" aria-expanded="false" aria-controls="tr">Show transcript</button><div id="tr" class="transcript-body" hidden><h2>Transcript</h2>%s</div></section>' % r.transcript(tr))
                else:
                    out.append('<section class="transcript-section"><h2>Transcript</h2>%s</section>' % r.transcript(tr))
                if not a.get('tr_details'):
                    r.exp.insert(len(r.exp) - len(tr), 'Transcript')
        else:
            out.append('<div class="article-body">%s</div>' % body)
        out.append(tail)
        if st == 'health':
            srcs = a.get('sources', ['Harlow J, Mensah K. Sleep timing and mood in adults. J Sleep Res. 2024;33(2):e14021.', 'National Institute of Wellness. Healthy habits fact sheet. Updated 2025.'])
            out.append('<div class="article-sources"><h2 class="sources-title">Sources</h2><div class="sources-list"><p class="sources-policy">%s uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.</p><ol>%s</ol></div></div>' % (brand, ''.join('<li>%s</li>' % E(s) for s in srcs)))
            # a paper's citation (authors "et al." or a journal's volume "2024;33(2)") is not body, as wcxb's PMC
            # page 4055 drops its reference list; a web source's name and page stay (wcxb 0179, 4612)
            web = [x_ for x_ in srcs if not __import__('re').search(r'et al\.|\d{4};\d', x_) and ', ' not in x_.split('.')[0]]
            r.exp.extend(['Sources'] + web if web else [])
            out.append('<p class="medical-disclaimer"><em>This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment. Always seek the advice of your physician with any questions you may have.</em></p>')
            out.append('<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button><p class="feedback-thanks" hidden>Thanks for your feedback!</p></div>')
        out.append('</div>')
        if st in ('podcast', 'video'):
            out.append('<section class="more-episodes"><h2>%s</h2><ul>%s</ul></section>' % ('More episodes' if st == 'podcast' else 'Up next', ''.join('<li><a href="#"><span class="ep-title">%s</span></a><p class="ep-desc">%s</p><span class="ep-dur">%d min</span></li>' % (E(p), 'In this episode we talk about ' + E(p.lower()) + ', with tips from listeners and a few stories of our own.', rng.randint(20, 60)) for p in rng.sample(POPULAR, 6))))
        if st not in ('podcast', 'video'):
            out.append('<div class="author-bio"><img src="/img/a.jpg" alt=""><p><strong>%s</strong> %s</p></div>' % (E(a['author']), E(a.get('bio', 'is a contributing writer.'))))
        out.append('<div class="article-tags">%s</div>' % ''.join('<a href="/tag/%s/">%s</a>' % (slug(t), E(t)) for t in a.get('tags', ['lifestyle'])))
        out.append('<aside class="article-rail"><div class="rail-ad ad-slot"></div><div class="trending"><h3>Trending</h3><ol>%s</ol></div></aside></div></article>' % ''.join('<li><a href="#">%s</a></li>' % E(p) for p in rng.sample(POPULAR, 5)))
        out.append('<section class="recirculation"><h2>Read Next</h2><div class="cards">%s</div></section>' % ''.join('<div class="card"><a href="#"><img src="/x.jpg" alt=""><h3>%s</h3></a><p class="card-dek">%s</p></div>' % (E(p), 'A short teaser line about this story.') for p in rng.sample(POPULAR, 4)))
        out.append('<section class="newsletter-footer"><h2>Sign up for %s Daily</h2><p>The best of our stories, every morning.</p><form><input type="email"><button>Sign Up</button></form><p class="fine-print">By signing up you agree to our User Agreement and Privacy Policy &amp; Cookie Statement.</p></section></main>' % brand)
        out.append('<footer class="global-footer"><div class="footer-brand">%s</div><ul><li><a href="#">About Us</a></li><li><a href="#">Careers</a></li><li><a href="#">Advertise</a></li><li><a href="#">Contact</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Terms of Use</a></li><li><a href="#">Your Privacy Choices</a></li></ul><p>&copy; 2026 %s Media Group. All rights reserved. %s may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.</p></footer></div>' % (brand, brand, brand))
        out.append('<script>window.__INITIAL_STATE__={"article":{"id":%d,"section":"%s","wordCount":%d,"paywall":false}};</script>' % (rng.randint(1, 10 ** 6), a['nav'], len(' '.join(r.exp).split())))
    out.append('</body>\n</html>\n')
    return ''.join(s + ('\n' if not s.endswith('\n') else '') for s in out), r.exp


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, a in enumerate(ARTICLES, 1):
        a['id'] = i
        a.setdefault('handle', slug(a['site']).replace('-', ''))
        a.setdefault('domain', slug(a['site']).replace('-', '') + '.example')
        byline_html(a, 'x')
        page, exp = render(a)
        nn = '%02d' % i
        open(os.path.join(OUT, nn + '.html'), 'w').write(page)
        open(os.path.join(OUT, nn + '.txt'), 'w').write('\n\n'.join(e.strip() for e in exp if e.strip()) + '\n')
        open(os.path.join(OUT, nn + '.json'), 'w').write(json.dumps({"published": a['date'], "lang": "en", "title": a['title']}) + '\n')
        print(nn, a['tpl'], len(page))


if __name__ == '__main__':
    main()
