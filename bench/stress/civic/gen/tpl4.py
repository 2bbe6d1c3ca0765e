from common import *
from tpl2 import govuk

def blotter(a, rng, idx):
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), desc=a['intro'][:150], gen='Joomla! - Open Source Content Management', ncss=90)]
    h.append('<body class="site com_content view-article">')
    h.append('<div class="header-top"><span>Emergency 911</span> <span>Non-emergency 555-0121</span> <a href="/es">En Español</a></div>')
    h.append('<header class="header"><a class="brand-logo" href="/"><img src="/images/patch.png" alt="%s"></a><nav class="navbar">%s</nav></header>' % (E(a['site']), menu(['Home', 'About', 'Divisions', 'Records', 'Recruiting', 'Community', 'News', 'Contact'])))
    h.append('<div class="container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li>You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news">News</a></li></ol></nav>')
    h.append('<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">%s</h1></div>' % E(a['title']))
    h.append('<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author"><span itemprop="name">Written by Records Unit</span></dd><dd class="category-name">Category: <a href="/news/activity">Activity Reports</a></dd><dd class="published"><time datetime="%sT08:00:00+00:00" itemprop="datePublished">Published: %s</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:312">Hits: 312</dd></dl>' % (a['date'], E(a['datel'])))
    h.append('<div itemprop="articleBody" class="com-content-article__body">')
    h.append('<p><em>%s</em></p>' % E(a['intro']))
    for t, p in a['items']:
        h.append('<h3>%s</h3><p>%s</p>' % (E(t), E(p)))
    h.append('<p>%s</p>' % E(a['closing']))
    h.append('</div><ul class="pagenav"><li class="previous"><a class="hasTooltip" href="#" rel="prev">Prev</a></li><li class="next"><a href="#" rel="next">Next</a></li></ul></div></main>')
    h.append('<aside class="sidebar-right"><div class="moduletable"><h3>Get Alerts</h3><p>Text FENMOREPD to 555888 to receive emergency alerts and traffic advisories from the Fenmore Police Department. Message and data rates may apply.</p></div><div class="moduletable"><h3>Media Inquiries</h3><p>Lt. Carla Jennings<br>Public Information Officer<br>555-0127<br>pio@fenmorepd.example.org</p></div></aside></div>')
    h.append('<footer class="footer"><p>%s &bull; 75 Court Street &bull; Fenmore</p><p>Copyright &copy; 2026. All rights reserved.</p></footer>' % E(a['site']))
    h.append(script_blob(rng, 14))
    h.append('</body></html>')
    exp = [('p', a['intro'])]
    for t, p in a['items']:
        exp += [('h3', t), ('p', p)]
    exp.append(('p', a['closing']))
    return '\n'.join(h), blocks_text(exp)

def speech(a, rng, idx):
    a = dict(a)
    a['kind'] = 'Speech'
    a['notes_from'] = None
    html_, txt = govuk(a, rng, idx)
    extra = '<div class="gem-c-metadata__other"><dl><dt>Delivered on:</dt><dd>%s (Original script, may differ from delivered version)</dd><dt>Location:</dt><dd>Scarhaven Pavilion</dd></dl></div><nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list"><li><a href="#investment">Investment that stays local</a></li><li><a href="#skills">Skills for the jobs that are coming</a></li><li><a href="#homes">Homes that young people can afford</a></li></ol></nav>' % E(a['datel'])
    html_ = html_.replace('<div class="govuk-!-margin-bottom-9 responsive-bottom-margin">', extra + '<div class="govuk-!-margin-bottom-9 responsive-bottom-margin">', 1)
    html_ = html_.replace('<div class="gem-c-published-dates"><h2 class="govuk-visually-hidden">Updates to this page</h2>Published %s</div>' % E(a['datel']), '<div class="gem-c-published-dates"><h2 class="govuk-visually-hidden">Updates to this page</h2>Published %s<br>Last updated 3 December 2026 <a href="#full-history">+ show all updates</a><ol id="full-history" hidden><li>3 December 2026 Speech transcript corrected.</li><li>2 December 2026 First published.</li></ol></div>' % E(a['datel']))
    return html_, txt

def univ2(a, rng, idx):
    h = [head(a, rng, title='%s - %s Today' % (a['title'], a['site']), gen='WordPress 6.5', ncss=90)]
    h.append('<body class="single-post"><div class="site-alert">Campus will be closed for winter break December 22 - January 2.</div>')
    h.append('<header class="mu-header"><a href="/">%s Today</a><nav>%s</nav><a class="search-toggle" href="#">Search</a></header>' % (E(a['site']), menu(['News', 'Features', 'Research', 'Athletics', 'Arts', 'Events', 'Media Resources'])))
    h.append('<main class="site-main"><article class="post"><header class="entry-header"><p class="kicker"><a href="/category/research">Research</a> &middot; <a href="/category/students">Students</a></p><h1 class="entry-title">%s</h1><p class="posted-on">%s</p></header>' % (E(a['title']), E(a['datel'])))
    h.append('<figure class="wp-block-image featured"><img src="/wp-content/uploads/sat.jpg" alt=""><figcaption>Members of the MarrowSat team check the satellite before shipping it to the launch site in August. (Photo by Luis Ortega)</figcaption></figure>')
    h.append('<div class="entry-content">')
    paras = a['body']
    for i, (k, v) in enumerate(paras):
        h.append('<p>%s</p>' % E(v))
        if i == 2:
            h.append('<aside class="pullquote"><blockquote><p>%s</p><cite>Keiko Albright, mission lead</cite></blockquote></aside>' % E(a['pull']))
        if i == 3:
            h.append('<p><strong><a href="/2026/05/rocketry-prize">%s</a></strong></p>' % E(a['related_inline']))
        if i == 4:
            h.append('<div class="wp-block-gallery"><figure><img src="/g1.jpg" alt=""><figcaption>1 / 4</figcaption></figure><figure><img src="/g2.jpg" alt=""><figcaption>2 / 4</figcaption></figure><p class="gallery-caption">The ground station on the roof of the engineering building.</p></div>')
    h.append('<p class="story-credit"><em>%s</em></p>' % E(a['credit']))
    h.append('<p class="writer-note"><em>%s</em></p>' % E(a['writer']))
    h.append('</div><footer class="entry-footer"><span class="tags">Tags: <a href="#">satellites</a>, <a href="#">engineering</a>, <a href="#">student research</a></span><div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div></footer></article>')
    h.append('<section class="more-stories"><h2>More from %s Today</h2><ul>%s</ul></section></main>' % (E(a['site']), ''.join('<li><a href="#">%s</a><p>%s</p></li>' % (E(t), E(s)) for t, s in [('Chemistry lab goes solvent-free', 'A new teaching lab cuts hazardous waste by 80 percent.'), ('Women\'s soccer reaches regional final', 'The team will face Northgate on Saturday.'), ('Library extends hours for finals', 'Three floors will stay open 24 hours through December 19.')])))
    h.append('<footer class="site-footer"><p>%s &middot; Office of University Communications &middot; 555-0150</p>%s</footer>' % (E(a['site']), menu(['Accessibility', 'Privacy', 'Title IX', 'Jobs'])))
    h.append(script_blob(rng, 12))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

def granicus(a, rng, idx):
    h = [head(a, rng, title='%s - %s' % (a['title'], a['site']), desc=a['paras'][0][1][:150], og=False, ncss=110)]
    h.append('<body><form id="aspnetForm" method="post" action="./news.aspx?id=812"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">')
    h.append('<table width="100%" cellpadding="0" cellspacing="0" id="layout"><tr><td colspan="2" id="header"><img src="/images/banner.jpg" alt="Town of Westbury Falls"><div id="google_translate_element"><span>Translate this page</span> <select><option>Select Language</option><option>Spanish</option><option>Portuguese</option></select> <span class="gt">Powered by Google Translate</span></div></td></tr>')
    h.append('<tr><td id="leftnav" valign="top" width="190">%s<div class="box"><b>Agendas &amp; Minutes</b><br><a href="#">View current agendas</a><br><a href="#">Watch meetings online</a></div></td>' % menu(['Home', 'Departments', 'Town Council', 'Boards & Committees', 'Town Clerk', 'Assessor', 'Tax Collector', 'Public Works', 'Recreation', 'Library', 'Job Openings', 'Bid Notices', 'Contact Us']))
    h.append('<td id="content" valign="top"><div class="newsItem"><span class="newsTitle"><b>%s</b></span><br><span class="newsDate">Posted: %s</span> &nbsp; <a href="javascript:window.print()" class="printlink">Printer-friendly version</a><br><br>' % (E(a['title']), E(a['datel'])))
    h.append('The following items were acted on at the December 2 regular meeting of the Westbury Falls Town Council.<br><br>')
    for b, p in a['paras']:
        h.append('<strong>%s</strong> %s<br><br>' % (E(b), E(p)))
    h.append('%s<br><br>' % E(a['closing']))
    h.append('<b>Attachments:</b><br><a href="#">Draft Minutes 12-02-2026.pdf</a> (186 KB)<br><a href="#">Budget Amendment Memo.pdf</a> (92 KB)<br><br>')
    h.append('<a href="/news.aspx">&laquo; Back to News &amp; Announcements</a></div></td></tr>')
    h.append('<tr><td colspan="2" id="footer">Town of Westbury Falls &middot; 1 Main Street &middot; 555-0160 &middot; Office Hours: Mon-Thu 8:00-4:30, Fri 8:00-12:00<br><a href="#">Website Disclaimer</a> | <a href="#">Accessibility</a> | <a href="#">Site Map</a><br>Powered by Granicus</td></tr></table></form>')
    h.append(script_blob(rng, 16))
    h.append('</body></html>')
    exp = [('p', 'The following items were acted on at the December 2 regular meeting of the Westbury Falls Town Council.')]
    exp += [('p', b + ' ' + p) for b, p in a['paras']]
    exp.append(('p', a['closing']))
    return '\n'.join(h), blocks_text(exp)

def unagency(a, rng, idx):
    h = [head(a, rng, title='%s | %s' % (a['title'], a['short']), ncss=90, gen='Drupal 9')]
    h.append('<body class="page-node-type-press-release">')
    h.append('<header class="ilmo-header"><a class="logo" href="/">%s</a><nav>%s</nav><div class="lang">%s</div></header>' % (E(a['site']), menu(['About', 'Topics', 'Regions', 'Research', 'Newsroom', 'Events']), ' | '.join('<a href="#">%s</a>' % x for x in ['English', 'Français', 'Español', 'العربية', '中文', 'Русский'])))
    h.append('<main><div class="breadcrumb"><a href="/">Home</a> » <a href="/newsroom">Newsroom</a> » <a href="/newsroom/news">News</a></div><article>')
    h.append('<div class="field--name-field-type">Press release</div><h1 class="page-title">%s</h1><div class="field--name-field-date">%s</div>' % (E(a['title']), E(a['datel'])))
    h.append('<div class="translations"><p>This page is also available in: <a href="#">Français</a> | <a href="#">Español</a></p></div>')
    h.append('<div class="video-embed"><iframe src="https://video.example.org/embed/8812" title="Video"></iframe><p class="video-caption">Video: Domestic workers in three countries describe their working day. Duration 3:12.</p></div>')
    h.append('<div class="field--name-body">' + blocks_html(a['body'], None, None))
    h.append('<p>-ENDS-</p><p><strong>Notes to editors</strong></p><ol>%s</ol>' % ''.join('<li>%s</li>' % E(x) for x in a['notes']))
    h.append('<p>%s</p>' % E(a['about']))
    h.append('<p><strong>For more information please contact:</strong><br>ILMO Department of Communication<br>Tel: +41 22 555 7912<br>newsroom@ilmo.example.org</p></div>')
    h.append('<div class="tags"><h4>Topics</h4>%s</div></article>' % menu(['Domestic work', 'Migration', 'Labour standards']))
    h.append('<aside class="related"><h2>Related content</h2><ul><li><a href="#">Report: Work Behind Closed Doors 2026</a><span>Publication</span></li><li><a href="#">Convention on Domestic Workers: ratifications</a><span>Database</span></li></ul></aside></main>')
    h.append('<footer><p>&copy; 2026 %s</p>%s</footer>' % (E(a['site']), menu(['Contact', 'Copyright and permissions', 'Privacy', 'Jobs', 'Procurement'])))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])
