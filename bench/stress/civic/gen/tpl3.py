from common import *

def univ(a, rng, idx):
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': a['date'], 'publisher': {'@type': 'CollegeOrUniversity', 'name': a['site']}}
    if a.get('author'): ld['author'] = {'@type': 'Person', 'name': a['author'].replace('By ', '').split(' |')[0]}
    h = [head(a, rng, title='%s | %s News' % (a['title'], a['site']), jsonld=ld, desc=a.get('deck'), ncss=70)]
    h.append('<body class="news-story">')
    h.append('<div class="global-header"><a href="/">%s</a><nav class="utility">%s</nav></div>' % (E(a['site']), menu(['Apply', 'Give', 'Visit', 'Students', 'Faculty & Staff', 'Alumni', 'Directory'])))
    h.append('<header class="news-header"><a class="news-brand" href="/">%s News</a><nav class="news-nav">%s</nav></header>' % (E(a['site']), menu(['Latest', 'Research', 'Campus & Community', 'Arts & Culture', 'Health', 'Awards', 'For Journalists', 'Experts Guide'])))
    h.append('<main class="story"><div class="story__eyebrow"><a href="/category/%s">%s</a></div>' % (slug(a['cat']), E(a['cat'])))
    h.append('<h1 class="story__title">%s</h1>' % E(a['title']))
    if a.get('deck'): h.append('<p class="story__deck">%s</p>' % E(a['deck']))
    h.append('<div class="story__meta">%s<time datetime="%s">%s</time></div>' % ('<span class="story__author">%s</span> ' % E(a['author']) if a.get('author') else '', a['date'], E(a['datel'])))
    h.append('<div class="story__share"><span>Share</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">X</a><a href="#">Email</a><button class="copy-link">Copy link</button></div>')
    h.append('<figure class="story__lead-image"><img src="/sites/news/files/%d.jpg" alt=""><figcaption><span class="caption">%s</span> <span class="credit">(Photo: %s)</span></figcaption></figure>' % (rng.randint(100, 999), 'Researchers at work in the lab.' if idx % 2 else 'The new building seen from the main quad.', 'University Photography'))
    aside = '<aside class="story__pullquote inline-related"><h4>Related</h4><a href="#">%s</a></aside>' % E(a['related'][0])
    body = blocks_html(a['body'], None, None)
    parts = body.split('\n')
    mid = len(parts) // 2
    h.append('<div class="story__body">' + '\n'.join(parts[:mid]) + aside + '\n'.join(parts[mid:]) + '</div>')
    c = a['contact'].split('\n')
    h.append('<div class="story__media-contact">%s</div>' % ''.join('<p>%s</p>' % E(x) for x in c))
    h.append('<div class="story__topics"><h4>Topics</h4>%s</div>' % menu(['Research', a['cat'], 'Faculty'], 'tags'))
    h.append('<section class="related-stories"><h2>Related stories</h2><div class="cards">')
    for t in a['related']:
        h.append('<article class="card"><a href="/stories/%s"><img src="/img/%d.jpg" alt=""><h3>%s</h3></a><p class="card__date">November %d, 2026</p></article>' % (slug(t), rng.randint(1, 99), E(t), rng.randint(1, 28)))
    h.append('</div></section></main>')
    h.append('<div class="newsletter-signup"><h2>Get the latest news</h2><p>Sign up for the weekly %s Today newsletter.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>' % E(a['site']))
    h.append('<footer class="global-footer"><p>%s</p><address>Office of University Communications</address>%s<p>&copy; 2026 %s. All rights reserved.</p></footer>' % (E(a['site']), menu(['Accessibility', 'Non-discrimination', 'Privacy', 'Emergency Information', 'Careers']), E(a['site'])))
    h.append(script_blob(rng, 12))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

def eureka(a, rng, idx):
    h = [head(a, rng, title='%s | SciWire' % a['title'], ncss=80, extra='<meta name="citation_doi" content="%s">' % a['meta']['DOI'])]
    h.append('<body class="release-page">')
    h.append('<header class="site-header"><a class="logo" href="/">SciWire<span>The Global Source for Science News</span></a><nav>%s</nav><div class="login"><a href="/login">Login</a> <a href="/register">Register</a></div></header>' % menu(['News Releases', 'Multimedia', 'Meetings', 'Experts', 'Embargoed Releases', 'Chinese', 'Japanese', 'Spanish', 'French', 'German', 'Portuguese']))
    h.append('<div class="page"><main class="main-content"><article class="article">')
    h.append('<p class="type">%s <time>%s</time></p>' % (E(a['kind'].upper()), E(a['datel'])))
    h.append('<h1 class="page_title">%s</h1>' % E(a['title']))
    h.append('<p class="subtitle">Peer-Reviewed Publication</p>')
    h.append('<p class="institution"><a href="/inst/%s">%s</a></p>' % (slug(a['inst']), E(a['inst'])))
    h.append('<div class="share-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a><a href="#">Print</a></div>')
    h.append('<div class="entry">' + blocks_html(a['body'], None, None) + '</div>')
    h.append('<div class="article-images"><figure><img src="/img/%d.jpg" alt=""><figcaption><p class="caption">Illustration of the study site.</p><p class="credit">Credit: %s</p></figcaption></figure><p class="usage">Usage Restrictions: Image may be used with credit.</p><p class="license">License: Original content</p></div>' % (rng.randint(1000, 9999), E(a['inst'])))
    meta = a['meta']
    h.append('<div class="article-meta">' + ''.join('<div class="meta-item"><h4>%s</h4><p>%s</p></div>' % (E(k), ('<a href="https://doi.org/%s">%s</a>' % (E(v), E(v))) if k == 'DOI' else E(v)) for k, v in meta.items()) + '</div>')
    h.append('<div class="disclaimer"><p><strong>Disclaimer:</strong> SciWire is not responsible for the accuracy of news releases posted to SciWire by contributing institutions or for the use of any information through the SciWire system.</p></div>')
    c = a['contact']
    h.append('<div class="media-contact"><h3>Media Contact</h3><p>%s<br>%s<br><a href="mailto:%s">%s</a><br>%s</p></div>' % (E(c[0]), E(c[1]), c[2], c[2], E(c[3])))
    h.append('<div class="keywords"><h3>Keywords</h3>%s</div>' % menu(['Life sciences', 'Health and medicine', 'Earth sciences', 'Physical sciences'][idx % 4:idx % 4 + 1] + ['Research', 'Public health'], 'kw'))
    h.append('</article></main><aside class="sidebar"><div class="trending"><h3>Trending Science News</h3><ol>')
    for t in ['Bacteria that eat plastic found in deep-sea vents', 'New alloy survives record temperatures', 'Sleep spindles predict learning in teens', 'Old forests hold more fungi species than expected', 'Wastewater testing tracks flu season early']:
        h.append('<li><a href="#">%s</a><span>%s</span></li>' % (E(t), ['Life Sciences', 'Physical Sciences', 'Health', 'Earth Sciences'][rng.randint(0, 3)]))
    h.append('</ol></div><div class="ad-slot">Advertisement</div><div class="more-from"><h3>More on this News Release</h3><p><a href="#">%s</a></p></div></aside></div>' % E(a['title']))
    h.append('<footer class="site-footer"><p>SciWire is a service of the Science Press Association. Copyright &copy; 2026 by the Science Press Association. All rights reserved.</p>%s</footer>' % menu(['About us', 'Help/FAQ', 'Terms and Conditions', 'Privacy Policy', 'Contact Us']))
    h.append(script_blob(rng, 16))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

def institute(a, rng, idx):
    body = list(a['body'])
    if a.get('extra_box'): body.append(('p', a['extra_box']))
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), ncss=100, gen='Sitecore')]
    h.append('<body><div class="lang-switch"><a class="active" href="#">EN</a> <a href="#">ES</a> <a href="#">FR</a> <a href="#">عربي</a> <a href="#">中文</a></div>')
    h.append('<header class="inst-header"><a href="/" class="logo">%s</a><nav>%s</nav><a class="donate" href="/support">Support our research</a></header>' % (E(a['site']), menu(['Research', 'Publications', 'Data', 'People', 'News & Events', 'About'])))
    h.append('<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News &amp; Events</a> &gt; <a href="/news/releases">News releases</a></div>')
    h.append('<main><div class="news-detail"><div class="news-detail__header"><h1>%s</h1><div class="news-detail__date">%s</div></div>' % (E(a['title']), E(a['datel'])))
    h.append('<div class="news-detail__image"><img src="/-/media/news/%d.jpg" alt=""><p class="caption">Photo by %s staff.</p></div>' % (rng.randint(100, 999), E(a['site'])))
    bh = blocks_html(body, None, None)
    if a.get('extra_box'):
        bh = bh.rsplit('<p>', 1); bh = bh[0] + '<p class="funding-ack"><em>' + bh[1].replace('</p>', '</em></p>')
    h.append('<div class="rich-text">' + bh + '</div>')
    h.append('<div class="news-detail__related"><h2>Related publications</h2><ul><li><a href="#">Technical report: %s (PDF, 2.4 MB)</a></li><li><a href="#">Data set and documentation</a></li></ul></div>' % E(a['title'][:50]))
    h.append('<div class="news-detail__contact"><h2>Contact</h2><p>Communications Team<br>press@%s<br>+1 555 0114</p></div>' % a['domain'])
    h.append('<div class="subscribe"><h2>Stay informed</h2><p>Receive our research updates and event invitations by email.</p><a href="/subscribe">Subscribe</a></div>')
    h.append('</div><aside class="more-news"><h2>More news</h2><ul><li><a href="#">Institute welcomes new board chair</a></li><li><a href="#">Annual report 2025-26 now available</a></li><li><a href="#">Webinar: What the data tell us about winter demand</a></li></ul></aside></main>')
    h.append('<footer><p>%s is an independent, nonprofit research organization.</p>%s<p>&copy; 2026</p></footer>' % (E(a['site']), menu(['Careers', 'Contact', 'Privacy', 'Accessibility'])))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(body)

def ngo(a, rng, idx):
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), ncss=60)]
    h.append('<body class="page-press-release">')
    h.append('<div class="language-bar"><ul><li><a lang="ar" href="/ar/">العربية</a></li><li><a lang="zh" href="/zh/">中文</a></li><li class="active"><a lang="en" href="/en/">English</a></li><li><a lang="es" href="/es/">Español</a></li><li><a lang="fr" href="/fr/">Français</a></li><li><a lang="ru" href="/ru/">Русский</a></li></ul></div>')
    h.append('<header class="org-header"><a href="/" class="org-logo">%s</a><nav>%s</nav><a class="donate-btn" href="/donate">Donate</a></header>' % (E(a['site']), mega([('Who we are', ['Mission', 'Leadership', 'Funding', 'Careers']), ('What we do', ['Emergencies', 'Nutrition', 'Resilience', 'Research']), ('Where we work', ['Africa', 'Asia and the Pacific', 'Latin America', 'Middle East']), ('News', ['Press releases', 'Stories', 'Publications'])])))
    h.append('<main class="content"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News releases</a></div><article class="press-release">')
    h.append('<div class="pr-kind">News release</div><h1>%s</h1><div class="pr-date">%s</div>' % (E(a['title']), E(a['datel'])))
    h.append('<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a></div>')
    h.append('<div class="pr-body">' + blocks_html(a['body'], None, None))
    h.append('<p class="end">#                 #                 #</p>' if idx % 2 == 0 else '<p>***</p>')
    h.append('<h3>Notes to editors</h3><p>%s</p>' % E(a['notes']))
    if a.get('about'):
        h.append('<p><strong>%s</strong></p>' % E(a['about']) if a['about'].startswith('About') else '<h3>About %s</h3><p>%s</p>' % (E(a['short']), E(a['about'])))
    h.append('<p>Follow us on X @%s and on Instagram @%s_official</p>' % (a['short'], a['short'].lower()))
    h.append('<p>%s</p></div>' % '<br>'.join(E(x) for x in a['contact'].split('\n')))
    h.append('<div class="attachments"><h3>Downloads</h3><ul><li><a href="#">Full report (PDF, 6.1 MB)</a></li><li><a href="#">Key figures infographic (PNG)</a></li></ul></div>')
    h.append('</article><aside class="latest"><h2>Latest news releases</h2><ul>')
    for t in ['Funding shortfall forces ration cuts for refugees', 'Executive Board approves new country strategies', 'Statement on humanitarian access in conflict areas']:
        h.append('<li><a href="#">%s</a><span>%d November 2026</span></li>' % (E(t), rng.randint(1, 28)))
    h.append('</ul></aside></main>')
    h.append('<div class="newsletter"><h2>Join our mailing list</h2><p>Get news, stories and updates from our work around the world.</p><form><input type="email"><button>Sign up</button></form></div>')
    h.append('<footer><p>&copy; 2026 %s</p>%s</footer>' % (E(a['site']), menu(['Contact us', 'Terms of use', 'Privacy', 'Fraud warning', 'Report misconduct'])))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])
