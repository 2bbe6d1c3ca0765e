from common import *

def govuk(a, rng, idx):
    h = [head(a, rng, title='%s - GOV.UK' % a['title'], desc=a['summary'], ncss=50)]
    h.append('<body class="govuk-template__body">')
    h.append('<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We\'d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p><p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div><div class="govuk-button-group"><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div>')
    h.append('<a href="#main-content" class="govuk-skip-link">Skip to main content</a>')
    h.append('<header class="gem-c-layout-super-navigation-header" role="banner"><div class="govuk-width-container"><a class="govuk-header__link--homepage" href="/">GOV.UK</a><nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>%s</nav></div></header>' % mega([('Menu', ['Benefits','Births, death, marriages and care','Business and self-employed','Childcare and parenting','Citizenship and living in the UK','Crime, justice and the law','Driving and transport','Education and learning','Employing people','Environment and countryside','Housing and local services','Money and tax','Passports, travel and living abroad','Visas and immigration','Working, jobs and pensions']), ('Search GOV.UK', ['Departments','News and communications','Guidance and regulation','Research and statistics','Policy papers and consultations','Transparency'])]))
    h.append('<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/transport">Transport</a></li></ol></nav></div>')
    h.append('<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">')
    h.append('<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">%s</span><h1 class="gem-c-heading__text govuk-heading-l">%s</h1></div>' % (E(a['kind']), E(a['title'])))
    h.append('<p class="gem-c-lead-paragraph">%s</p></div></div>' % E(a['summary']))
    h.append('<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/%s" class="govuk-link">%s</a> and <a class="govuk-link" href="/government/people/minister">the Minister</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">%s</dd></dl></div></div></div>' % (slug(a['dept']), E(a['dept']), E(a['datel'])))
    h.append('<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><figure class="app-c-figure"><img class="app-c-figure__image" src="https://assets.publishing.example.uk/media/%d/s465_photo.jpg" alt=""></figure>' % rng.randint(1000, 9999))
    body = a['body']
    h.append('<div class="govuk-!-margin-bottom-9 responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">' + blocks_html(body, None, None) + '</div></div></div>')
    h.append('<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div>')
    h.append('<div class="gem-c-published-dates"><h2 class="govuk-visually-hidden">Updates to this page</h2>Published %s</div>' % E(a['datel']))
    h.append('</div><div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><nav>%s</nav><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>%s</aside></div></div>' % (menu(a['related'], 'gem-c-related-navigation__link-list'), menu(['Transport', 'Local government'])))
    h.append('<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><div class="gem-c-feedback__prompt-content"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul><li><button class="govuk-button">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li><li><button class="govuk-button">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div><button class="govuk-button govuk-button--secondary">Report a problem with this page</button></div></div>')
    h.append('</main></div><footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>%s<p>All content is available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>, except where otherwise stated</p><a class="govuk-footer__copyright-logo" href="#">&copy; Crown copyright</a></div></footer>' % menu(['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg', 'Government Digital Service']))
    h.append(script_blob(rng, 6))
    h.append('</body></html>')
    nf = a.get('notes_from')
    txt_body = body if nf is None else body[:nf]
    return '\n'.join(h), blocks_text(txt_body)

def canada(a, rng, idx):
    h = [head(a, rng, title='%s - %s' % (a['title'], 'Canada.ca'), extra='<meta name="dcterms.issued" title="W3CDTF" content="%s"><meta name="dcterms.creator" content="%s"><meta name="dcterms.language" title="ISO639-2/T" content="eng">' % (a['date'], E(a['dept'])), ncss=55)]
    h.append('<body vocab="http://schema.org/" typeof="WebPage">')
    h.append('<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>')
    h.append('<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul class="list-inline"><li><a lang="fr" hreflang="fr" href="/fr/nouvelles.html"><span class="hidden-xs">Français</span><abbr title="Français" class="visible-xs">FR</abbr></a></li></ul></section><div class="brand"><a href="/en.html"><img src="/wet/GCWeb/assets/sig-blk-en.svg" alt="Government of Canada"><span class="wb-inv"> / Gouvernement du Canada</span></a></div><section id="wb-srch"><h2>Search</h2><form action="/en/sr/srb.html"><label for="wb-srch-q">Search Canada.ca</label><input id="wb-srch-q" type="search"><button type="submit">Search</button></form></section></div>')
    h.append('<nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2><button type="button" aria-haspopup="true" aria-expanded="false">Main <span class="wb-inv">Menu</span></button>%s</nav>' % mega([('Jobs and the workplace', ['Find a job','Training','Hiring and managing employees']), ('Immigration and citizenship', ['Visit','Study','Work','Immigrate']), ('Travel and tourism', ['Travel advice','Passports']), ('Business and industry', ['Starting a business','Permits']), ('Benefits', ['Employment Insurance','Pensions']), ('Health', ['Food and nutrition','Diseases']), ('Taxes', ['Income tax','GST/HST']), ('Environment and natural resources', ['Weather','Conservation'])]))
    h.append('<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb"><li><a href="/en.html">Canada.ca</a></li><li><a href="/en/%s.html">%s</a></li></ol></div></nav></header>' % (slug(a['dept']), E(a['dept'])))
    h.append('<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container"><h1 property="name" id="wb-cont">%s</h1>' % E(a['title']))
    h.append('<div class="mrgn-bttm-md"><p class="gc-byline"><strong>From: <a href="/en/%s.html">%s</a></strong></p></div>' % (slug(a['dept']), E(a['dept'])))
    h.append('<div class="row"><div class="col-md-12"><p class="h3 mrgn-tp-0">News release</p></div></div>')
    body = list(a['body'])
    exp = list(body)
    if idx % 3 == 0:
        h.append('<div class="mrgn-tp-md"><p>%s</p>' % E(a['place']))
    else:
        first = a['place'] + ' – ' + body[0][1]
        body[0] = ('p', first); exp[0] = ('p', first)
        h.append('<div class="mrgn-tp-md">')
    h.append(blocks_html(body, None, None))
    h.append('<h2>Associated links</h2>%s' % menu(a['assoc'], 'list-unstyled'))
    h.append('<h2>Contacts</h2><p>%s</p>' % '<br>'.join(E(x) for x in a['contacts'].split('\n')))
    h.append('<p class="gc-stay-connected">Stay connected: Follow the department on X and Facebook. Subscribe to news releases by email.</p></div>')
    h.append('<section class="pagedetails"><h2 class="wb-inv">Page details</h2><div class="row"><div class="col-sm-8 col-md-9 col-lg-9"><div class="wb-disable-allow"><details class="brdr-0"><summary class="btn btn-default text-center">Report a problem or mistake on this page</summary><div class="well row"><form><fieldset><legend>Please select all that apply:</legend><label><input type="checkbox"> A link, button or video is not working</label><label><input type="checkbox"> It has a spelling mistake</label><label><input type="checkbox"> Information is missing</label></fieldset><button>Submit</button></form></div></details></div></div><div class="col-sm-4 col-md-3 col-lg-3"><a href="#" class="btn btn-default">Share this page</a></div></div>')
    h.append('<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">%s</time></dd></dl></section></main>' % a['date'])
    h.append('<footer id="wb-info"><div class="gc-contextual"><div class="container"><nav><h3>%s</h3>%s</nav></div></div><div class="gc-main-footer"><div class="container"><nav><h3>Government of Canada</h3>%s</nav></div></div><div class="gc-sub-footer"><div class="container"><nav><h3 class="wb-inv">About this site</h3>%s</nav><div class="wtrmrk"><img src="/wet/GCWeb/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></div></div></footer>' % (E(a['dept']), menu(['Contact us', 'Media room', 'Careers']), menu(['All contacts', 'Departments and agencies', 'About government']), menu(['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'])))
    h.append(script_blob(rng, 8))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(exp)

def austral(a, rng, idx):
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), ncss=60, gen='Drupal 10')]
    h.append('<body class="node-type-media-release">')
    h.append('<div class="au-skip-link"><a href="#content">Skip to main content</a></div>')
    h.append('<div class="acknowledgement-banner"><p>We acknowledge the Traditional Custodians of Country throughout Australia and their continuing connection to land, waters and community. We pay our respects to them and their cultures, and to Elders past and present.</p><button>Close</button></div>')
    h.append('<header class="au-header"><div class="container"><a href="/" class="au-header__brand"><img src="/themes/crest.svg" alt="Australian Government"><span class="au-header__heading">%s</span></a></div><nav class="au-main-nav">%s</nav></header>' % (E(a['site']), menu(['Home', 'About', 'Media releases', 'Speeches', 'Transcripts', 'Contact'])))
    h.append('<nav class="au-breadcrumbs" aria-label="breadcrumb"><ul class="au-link-list au-link-list--inline"><li><a href="/">Home</a></li><li><a href="/media-releases">Media releases</a></li><li>%s</li></ul></nav>' % E(a['title'][:40]))
    h.append('<main id="content" class="main container"><div class="row"><div class="col-md-8">')
    h.append('<div class="media-release__type">Media release</div><h1>%s</h1>' % E(a['title']))
    h.append('<div class="media-release__meta"><div class="field--name-field-date">Date</div><div>%s</div>' % E(a['datel']))
    if idx % 2 == 0:
        h.append('<div class="field--name-field-ministers">Ministers</div><ul><li><a href="/minister">The Hon Adaeze Whitcombe MP</a></li><li>Senator the Hon Callum Reyes</li></ul>')
    h.append('<div class="field--name-field-portfolio">Portfolio</div><div>Water and Regional Resilience</div></div>')
    h.append('<div class="media-release__body field--name-body">' + blocks_html(a['body'], None, None) + '</div>')
    h.append('<div class="media-release__contact"><p><strong>%s</strong></p></div>' % E(a['contact']))
    h.append('<div class="tags"><span>Tags:</span> <a href="#">Water</a> <a href="#">Drought</a> <a href="#">Regional Australia</a></div>')
    h.append('<div class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button><p>Thanks for your feedback. We cannot reply to comments left here.</p></div>')
    h.append('</div><aside class="col-md-4"><div class="block-latest"><h2>Latest media releases</h2><ul>')
    for t in ['Water grid connects three towns in the Riverina', 'New funding for on-farm water efficiency', 'Statement on the National Water Agreement review']:
        h.append('<li><a href="#">%s</a><span class="date">%d November 2026</span></li>' % (E(t), rng.randint(2, 28)))
    h.append('</ul></div></aside></div></main>')
    h.append('<footer class="au-footer"><div class="container"><p>We acknowledge the Traditional Custodians of the lands we live on. We pay our respects to all Aboriginal and Torres Strait Islander people, past and present.</p>%s<p>&copy; Commonwealth of Australia</p></div></footer>' % menu(['Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Freedom of information']))
    h.append(script_blob(rng, 8))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

def police(a, rng, idx):
    h = [head(a, rng, title='%s – %s' % (a['title'], a['site']), gen='WordPress 6.6.2', ncss=70)]
    h.append('<body class="post-template-default single single-post">')
    h.append('<div class="top-bar"><span class="emergency">Emergency: <a href="tel:911">911</a></span> <span class="nonemergency">Non-Emergency: 555-0130</span> <a href="/file-a-report">File a Report Online</a> <a href="/es/">Español</a></div>')
    h.append('<header class="site-header"><div class="site-branding"><a href="/"><img src="/wp-content/uploads/badge.png" alt=""></a><p class="site-title">%s</p><p class="site-description">Serving with Integrity, Courage and Respect</p></div><nav class="main-navigation">%s</nav></header>' % (E(a['site']), mega([('About', ['Chief\'s Message', 'Divisions', 'Command Staff', 'Annual Reports', 'Policies']), ('Services', ['Records Requests', 'Fingerprinting', 'Alarm Permits', 'Vacation House Checks', 'Victim Services']), ('Community', ['Neighborhood Watch', 'Citizen Police Academy', 'Explorers', 'Crime Maps']), ('News', ['Press Releases', 'Most Wanted', 'Missing Persons']), ('Careers', ['Join Our Team', 'Lateral Officers', 'Civilian Jobs'])])))
    h.append('<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">')
    h.append('<article class="post type-post status-publish category-press-releases"><header class="entry-header"><div class="entry-cats"><a href="/category/press-releases/" rel="category tag">Press Releases</a></div><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%sT09:00:00-05:00">%s</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/pio/">Public Information Office</a></span></span></div></header>' % (E(a['title']), a['date'], E(a['datel'])))
    fig = lambda c: '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/12/img%d.jpg" alt=""><figcaption class="wp-element-caption">%s</figcaption></figure>' % (rng.randint(100, 999), E(c))
    case_html = '<p><strong>%s</strong></p>' % E(a['case']) if idx % 2 == 0 else '<p class="case-number">%s</p>' % E(a['case'])
    tail = '\n<p>%s</p>' % E(a['tail']) if a.get('tail') else ''  # the standing note: not body (project policy)
    h.append('<div class="entry-content">%s%s%s</div>' % (case_html, blocks_html(a['body'], a.get('fig'), fig), tail))
    h.append('<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/press-releases/">Press Releases</a></span> <span class="tags-links">Tagged <a href="#">Investigations</a>, <a href="#">Public Assistance</a></span></footer>')
    h.append('<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Nextdoor</a></li><li><a href="#">Email</a></li></ul></div></article>')
    h.append('<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous</span> Officers Recognized at Annual Awards Ceremony</a></div><div class="nav-next"><a href="#" rel="next"><span class="meta-nav">Next</span> Holiday Safety Tips for Shoppers</a></div></div></nav>')
    h.append('</main></div><aside id="secondary" class="widget-area">')
    h.append('<section class="widget widget_text"><h2 class="widget-title">Crime Stoppers</h2><div class="textwidget"><p>Have information about a crime? You can stay anonymous. Call 555-0111 or submit a tip online. You may be eligible for a cash reward.</p></div></section>')
    h.append('<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Press Releases</h2><ul><li><a href="#">Officers Recognized at Annual Awards Ceremony</a></li><li><a href="#">Holiday Safety Tips for Shoppers</a></li><li><a href="#">Traffic Enforcement Campaign Targets Impaired Drivers</a></li><li><a href="#">Department Welcomes Nine New Officers</a></li></ul></section>')
    h.append('<section class="widget"><h2 class="widget-title">Follow Us</h2><p><a href="#">Facebook</a> | <a href="#">Instagram</a> | <a href="#">Nextdoor</a></p></section></aside></div>')
    h.append('<footer class="site-footer"><div class="footer-widgets"><p>%s Headquarters<br>400 Justice Way<br>Non-emergency: 555-0130<br>Lobby open 24 hours</p><p>If this is an emergency, call 911. Do not report crimes through social media or email.</p></div><div class="site-info">&copy; 2026 %s. All Rights Reserved. | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></div></footer>' % (E(a['site']), E(a['site'])))
    h.append(script_blob(rng, 12))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

def fire(a, rng, idx):
    h = [head(a, rng, title='%s :: %s' % (a['site'], a['title']), og=False, ncss=130)]
    h.append('<body bgcolor="#ffffff"><table width="980" align="center" cellpadding="0" cellspacing="0" border="0" class="wrapper">')
    h.append('<tr><td colspan="2" class="banner"><a href="/"><img src="/images/header.jpg" alt="%s" width="980" height="140"></a></td></tr>' % E(a['site']))
    h.append('<tr><td colspan="2" class="topnav">%s</td></tr>' % ' | '.join('<a href="/%s">%s</a>' % (slug(x), x) for x in ['Home', 'About Us', 'Stations', 'Apparatus', 'Fire Prevention', 'Burn Permits', 'News', 'Join', 'Contact']))
    h.append('<tr><td width="200" valign="top" class="leftcol"><div class="sidebox"><b>Quick Links</b><br>%s</div><div class="sidebox"><b>Burn Status</b><br><span class="burnstatus">Burning is PERMITTED today</span><br><small>Updated daily at 8:00 AM</small></div><div class="sidebox"><b>Smoke Alarm Program</b><br>Free smoke alarms for township residents. Call the station to schedule an installation.</div></td>' % '<br>'.join('<a href="#">%s</a>' % x for x in ['Incident Reports', 'Open Burning Rules', 'Fire Safety Tips', 'Records Request', 'Volunteer']))
    h.append('<td valign="top" class="content"><div class="newsitem">')
    h.append('<h2 class="newstitle">%s</h2><div class="newsdate">Posted %s by PIO</div>' % (E(a['title']), E(a['datel'])))
    if idx % 2 == 0:
        h.append('<table class="incident" border="1" cellpadding="3"><tr><td><b>Incident Type</b></td><td>Structure Fire - 2nd Alarm</td></tr><tr><td><b>Units</b></td><td>E1, E3, E6, T2, R1, BC1</td></tr><tr><td><b>Dispatched</b></td><td>21:38</td></tr></table>')
    fig = lambda c: '<div class="photo"><img src="/news/photos/%d.jpg" width="500"><br><i>%s</i></div>' % (rng.randint(100, 999), E(c))
    h.append(blocks_html(a['body'], a.get('fig'), fig))
    h.append('<p class="backlink"><a href="/news">&lt;&lt; Back to News</a></p></div></td></tr>')
    rows = 'Incident Type Structure Fire - 2nd Alarm\n\nUnits E1, E3, E6, T2, R1, BC1\n\nDispatched 21:38\n\n' if idx % 2 == 0 else ''
    h.append('<tr><td colspan="2" class="footer" align="center">%s &bull; 12 Station Road &bull; Business Line 555-0175 &bull; <b>Emergencies: Dial 911</b><br>Copyright &copy; 2026. All rights reserved. Site hosted by FireHost Pro.</td></tr></table>' % E(a['site']))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), rows + blocks_text(a['body'])

def court(a, rng, idx):
    h = [head(a, rng, title='%s - %s' % (a['title'], a['site']), ncss=60)]
    h.append('<body class="courts">')
    h.append('<div id="accessibility-bar"><a href="#main">Skip to content</a> <span>Text size: <a href="#">A</a> <a href="#">A+</a> <a href="#">A++</a></span> <a href="#">High contrast</a> <div id="translate">Translate: <select><option>English</option><option>Español</option><option>Français</option><option>العربية</option><option>中文</option></select></div></div>')
    h.append('<header class="court-header"><a href="/"><img src="/img/seal.png" alt="Seal"></a><span class="court-name">%s</span><nav>%s</nav></header>' % (E(a['site']), mega([('Self-Help', ['Forms', 'Family', 'Small Claims', 'Traffic', 'Evictions', 'Guardianship']), ('Divisions', ['Civil', 'Criminal', 'Family', 'Juvenile', 'Probate']), ('Jury', ['Jury Duty', 'Postponements', 'Pay and Parking']), ('News', ['News Releases', 'Court Calendar', 'Opinions'])])))
    h.append('<div class="alert-bar" role="alert"><strong>Notice:</strong> All court facilities will be closed on December 25 and January 1. E-filing remains available.</div>')
    h.append('<main id="main"><div class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / News Release</div>')
    h.append('<div class="news-release"><p class="label">NEWS RELEASE</p><p class="fir">FOR IMMEDIATE RELEASE</p><p class="release-date">%s</p>' % E(a['datel']))
    h.append('<p class="media-contact">Contact: Office of Court Communications, 555-0105, <a href="mailto:pio@%s">pio@%s</a></p>' % (a['domain'], a['domain']))
    h.append('<h1>%s</h1>' % E(a['title']))
    if a.get('case'): h.append('<p class="case-no">%s</p>' % E(a['case']))
    h.append('<div class="release-body">' + blocks_html(a['body'], None, None) + '<p style="text-align:center">###</p></div>')
    h.append('<div class="about-court"><p><em>The %s is the state\'s trial court of general jurisdiction. It has 42 judges and hears more than 300,000 cases each year.</em></p></div>' % E(a['site']) if idx % 2 == 0 else '')
    h.append('</div><div class="page-tools"><a href="#">Print</a> <a href="#">Email</a> <a href="/news/rss">RSS</a></div><p class="updated">Page last updated: %s</p></main>' % a['date'])
    h.append('<footer><p>%s &middot; Main Courthouse, 1 Justice Plaza</p>%s<p>This website is maintained by the Administrative Office of the Courts. The information provided is not legal advice.</p></footer>' % (E(a['site']), menu(['Accessibility', 'ADA Accommodations', 'Employment', 'Privacy', 'Contact'])))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])
