from common import *

CITY_MENU = [('Government', ['City Council','Agendas & Minutes','Boards & Commissions','City Manager','City Clerk','Budget & Finance','Code of Ordinances','Elections']),
 ('Departments', ['Building & Inspections','Fire','Human Resources','Parks & Recreation','Planning & Zoning','Police','Public Works','Utilities']),
 ('Residents', ['Garbage & Recycling','Pay Utility Bill','Report a Concern','Parks & Trails','Library','Street Maintenance','Snow Removal']),
 ('Business', ['Business Licenses','Bids & RFPs','Economic Development','Permits']),
 ('How Do I...', ['Apply For','Contact','Find','Pay For','Register','Report','Sign Up For'])]

def civicplus(a, rng, idx):
    others = [('Holiday Schedule for City Offices and Trash Pickup', 'City offices will be closed Thursday, December 25, and Friday, December 26. Trash normally picked up on those days will be collected the following Saturday.'),
              ('Leaf Collection Ends December 12', 'The final week of curbside leaf collection begins Monday. Leaves must be raked to the curb line by 7 a.m. on your collection day.'),
              ('Apply Now for Citizen Academy 2027', 'Learn how your local government works in this free eight-week program. Applications are due January 9.'),
              ('Snow Emergency Routes: Know Before It Snows', 'When a snow emergency is declared, vehicles must be moved off posted snow routes within two hours.')]
    rng.shuffle(others)
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), og=idx % 2 == 0, ncss=80)]
    h.append('<body class="civicplus module-news">')
    h.append('<a class="skipLink" href="#contentarea">Skip to Main Content</a>')
    h.append('<div id="cpAlertBar" class="alertBar" role="region" aria-label="Alerts"><div class="alertItem"><strong>Holiday Closures</strong> <a href="/AlertCenter.aspx?AID=42">City facilities will be closed December 25 and 26. Click for details.</a></div></div>')
    h.append('<header id="bannerContainer"><div class="siteLogo"><a href="/"><img src="/ImageRepository/Document?documentID=11" alt="%s home page"></a></div>' % E(a['site']))
    h.append('<div class="translate"><div id="google_translate_element">Select Language</div><span class="poweredBy">Powered by <a href="https://translate.google.com">Google Translate</a></span></div>')
    h.append('<form class="siteSearch" action="/Search"><label for="q">Search</label><input id="q" name="searchPhrase" type="text"><button>Search</button></form>')
    h.append('<nav id="mainNav" aria-label="Main">%s</nav></header>' % mega(CITY_MENU))
    h.append('<div id="breadCrumbs" class="breadCrumbs"><a href="/">Home</a> &rsaquo; <a href="/CivicAlerts.aspx">News Flash</a></div>')
    h.append('<main id="contentarea"><div class="moduleContentNew"><h1 class="pageTitle">News Flash</h1>')
    h.append('<div class="row"><div class="col-main"><div id="newsFlashDetail" class="detail">')
    h.append('<div class="newsCategory"><a href="/CivicAlerts.aspx?CID=%d">%s</a></div>' % (rng.randint(2, 30), E(a['cat'])))
    if idx % 2: h.append('<div class="tools"><h4>Tools</h4><ul><li><a class="rss" href="/rss.aspx#rssCivicAlerts">RSS</a></li><li><a class="print" href="javascript:window.print()">Print</a></li><li><a class="share" href="#">Share</a></li></ul></div>')
    h.append('<h3 class="alertTitle">%s</h3>' % E(a['title']))
    h.append('<div class="date">%s</div>' % E(a['datel']))
    fig = lambda c: '<div class="image"><img src="/ImageRepository/Document?documentID=%d" alt="News image"><div class="caption">%s</div></div>' % (rng.randint(100, 999), E(c))
    h.append('<div class="fr-view">' + blocks_html(a['body'], a.get('fig'), fig) + '</div>')
    if a.get('attach'):
        h.append('<div class="attachments"><h4>Attachments</h4><ul>%s</ul></div>' % ''.join('<li><a href="/DocumentCenter/View/%d">%s</a></li>' % (rng.randint(1000, 9999), E(x)) for x in a['attach']))
    if idx % 2 == 0: h.append('<div class="tools bottom"><a class="rss" href="/rss.aspx">RSS</a> | <a href="javascript:window.print()">Print</a> | <a href="#">Share</a></div>')
    h.append('<div class="returnLink"><a href="/CivicAlerts.aspx">&#8672; Return to full list</a></div>')
    h.append('</div></div><aside class="col-side"><div class="otherNews"><h4>Other News in %s</h4><ul>' % E(a['cat']))
    for t, s in others[:3]:
        h.append('<li><a href="/CivicAlerts.aspx?AID=%d"><h5>%s</h5></a><p>%s</p><a class="readOn" href="#">Read on...</a></li>' % (rng.randint(100, 999), E(t), E(s)))
    h.append('</ul><a class="viewAll" href="/CivicAlerts.aspx">View All</a></div>')
    h.append('<div class="notifyMe"><h4>Notify Me&reg;</h4><p>Sign up to receive email and text message updates for News Flash and other city notices.</p><a class="button" href="/list.aspx">Sign Up</a></div>')
    h.append('<div class="quickLinks"><h4>Quick Links</h4>%s</div></aside></div>' % menu(['Pay a Bill','Report a Concern','Agendas & Minutes','Job Opportunities','Online Permits','Calendar']))
    h.append('</div></main>')
    h.append('<div class="helpful"><h4>Was this page helpful?</h4><button>Yes</button> <button>No</button></div>')
    h.append('<footer id="footer"><div class="contactUs"><h4>Contact Us</h4><p>%s<br>%d Civic Center Drive<br>Phone: 555-0100<br>Hours: Monday - Friday, 8 a.m. - 5 p.m.</p></div>' % (E(a['site']), rng.randint(100, 900)))
    h.append('<div class="footerLinks">%s</div>' % menu(['Home','Site Map','Accessibility','Copyright Notices','Privacy Policy','Contact Us']))
    h.append('<div class="cpLogo">Government Websites by <a href="https://www.civicplus.com/">CivicPlus&reg;</a></div></footer>')
    h.append(script_blob(rng, 20))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

COUNTY_MENU = [('Services', ['Animal Services','Assessor','Building Permits','Child Support','Elections','Health','Libraries','Marriage Licenses','Parks','Property Tax','Recorder','Roads','Sheriff','Veterans Services']),
 ('Government', ['Board of Supervisors','County Administrator','Departments','Courts','Budget','Ordinances','Public Meetings']),
 ('Community', ['Events','Emergency Preparedness','Volunteer','Jobs','Housing']),
 ('News', ['Press Releases','Public Notices','Newsletters','Social Media'])]

def drupalgov(a, rng, idx):
    related = [('County Offices Closed for Holidays', 'December 1, 2026'), ('Assessor Mails 2027 Valuation Notices', 'November 24, 2026'),
               ('Road Crews Ready for Winter Season', 'November 18, 2026'), ('Volunteers Needed for Point-in-Time Count', 'November 12, 2026')]
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'datePublished': a['date'] + 'T10:00:00-08:00',
          'publisher': {'@type': 'GovernmentOrganization', 'name': a['site']}}
    h = [head(a, rng, title='%s | %s' % (a['title'], a['site']), jsonld=ld, gen='Drupal 10 (https://www.drupal.org)', ncss=70)]
    h.append('<body class="path-node page-node-type-news-release">')
    h.append('<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>')
    h.append('<div class="a11y-toolbar" role="toolbar" aria-label="Accessibility tools"><span>Text size:</span> <button>A-</button><button>A</button><button>A+</button> <button class="contrast">High contrast</button> <button class="readspeaker">Listen</button></div>')
    h.append('<div class="language-switcher-language-url" role="navigation"><ul class="links"><li class="is-active"><a href="/node/%d" hreflang="en">English</a></li><li><a href="/es/node/%d" hreflang="es">Español</a></li><li><a href="/vi/node/%d" hreflang="vi">Tiếng Việt</a></li><li><a href="/zh-hans/node/%d" hreflang="zh-hans">中文</a></li></ul></div>' % ((idx,) * 4))
    h.append('<header role="banner" class="site-header"><a href="/" class="site-logo"><img src="/themes/custom/county/logo.svg" alt="Home"></a><div class="site-name">%s</div>' % E(a['site']))
    h.append('<nav role="navigation" aria-labelledby="block-main-menu">%s</nav></header>' % mega(COUNTY_MENU))
    h.append('<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>')
    h.append('<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/departments">Departments</a></li><li><a href="/%s">%s</a></li><li><a href="/%s/news">News</a></li></ol></nav>' % (slug(a['cat']), E(a['cat']), slug(a['cat'])))
    h.append('<main id="main-content" role="main"><div class="layout-content">')
    h.append('<div class="block-page-title-block"><h1 class="page-title"><span class="field field--name-title">%s</span></h1></div>' % E(a['title']))
    h.append('<article role="article" class="node node--type-news-release node--view-mode-full">')
    h.append('<div class="field field--name-field-release-date"><div class="field__label">Release Date</div><div class="field__item"><time datetime="%sT12:00:00Z">%s</time></div></div>' % (a['date'], E(a['date'])))
    h.append('<div class="field field--name-field-department"><div class="field__label">Department</div><div class="field__item"><a href="/%s">%s</a></div></div>' % (slug(a['cat']), E(a['cat'])))
    fig = lambda c: '<figure class="caption caption-drupal-media align-center"><div class="media media--type-image"><img src="/sites/default/files/styles/large/public/%d.jpg" alt=""></div><figcaption>%s</figcaption></figure>' % (rng.randint(100, 999), E(c))
    h.append('<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">' + blocks_html(a['body'], a.get('fig'), fig) + '</div>')
    if a.get('attach'):
        h.append('<div class="field field--name-field-documents"><div class="field__label">Documents</div><div class="field__items">%s</div></div>' % ''.join('<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/%d.pdf" type="application/pdf">%s</a></span></div>' % (rng.randint(1000, 9999), E(x)) for x in a['attach']))
    h.append('<div class="share-this"><span>Share this page:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>')
    h.append('</article>')
    h.append('<div class="block-govdelivery"><h2>Sign up for email updates</h2><p>Get news releases from %s delivered to your inbox. Choose the topics you care about.</p><form action="https://public.govdelivery.example.com/accounts/XX/subscriber/new"><label for="email">Email address</label><input id="email" type="email"><button>Subscribe</button></form></div>' % E(a['site']))
    h.append('<div class="block-page-feedback"><h2>Was this page helpful?</h2><form><button name="helpful" value="yes">Yes</button><button name="helpful" value="no">No</button></form><p class="small">Your feedback helps us improve this website. Please do not include personal information.</p></div>')
    h.append('<div class="last-updated">Last updated: %s</div>' % a['date'])
    h.append('</div><aside class="layout-sidebar-second" role="complementary"><div class="block-views-blockrelated-news"><h2>Related News</h2><div class="view-content">')
    for t, d in related[:3]:
        h.append('<div class="views-row"><div class="views-field-title"><a href="/news/%s">%s</a></div><div class="views-field-date">%s</div></div>' % (slug(t), E(t), d))
    h.append('</div></div><div class="block-contact"><h2>Contact</h2><p>%s Communications Office<br>Phone: 555-0140<br><a href="mailto:news@%s">news@%s</a></p></div></aside></main>' % (E(a['site']), a['domain'], a['domain']))
    h.append('<footer class="site-footer" role="contentinfo"><div class="footer-columns">%s%s</div><p class="copyright">&copy; 2026 %s. All rights reserved.</p><p>%s is an equal opportunity employer. Reasonable accommodations are available upon request.</p></footer>' % (menu(['Accessibility','Disclaimer','Privacy','Public Records Requests']), menu(['Jobs','Contact Us','Site Map','Translate']), E(a['site']), E(a['site'])))
    h.append(script_blob(rng, 14))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])

FED_MENU = [('About', ['Mission','Leadership','Organization','Budget and Performance','Careers','Contact Us']),
 ('Programs', ['Grants','Loans','Technical Assistance','Research','Data and Statistics']),
 ('Newsroom', ['Press Releases','Speeches','Testimony','Media Contacts','Photos and Videos']),
 ('Resources', ['Forms','Publications','Regulations','FOIA','Open Government'])]

def uswds(a, rng, idx):
    h = [head(a, rng, title='%s | %s' % (a['title'], a['short']), ncss=70)]
    h.append('<body class="usa-template">')
    h.append('<a class="usa-skipnav" href="#main-content">Skip to main content</a>')
    h.append('<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img class="usa-banner__header-flag" src="/assets/img/us_flag_small.png" alt=""></div><div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the United States government</p><p class="usa-banner__header-action">Here\'s how you know</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here\'s how you know</span></button></div></header>')
    h.append('<div class="usa-banner__content usa-accordion__content" hidden><div class="grid-row grid-gap-lg"><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div><div class="usa-banner__guidance tablet:grid-col-6"><div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> or <strong>https://</strong> means you\'ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div></div></div></div></section>')
    h.append('<div class="usa-overlay"></div><header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="%s">%s</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>' % (E(a['site']), E(a['site'])))
    h.append('<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner">%s<form class="usa-search usa-search--small" role="search"><label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search"><button class="usa-button" type="submit">Search</button></form></div></nav></header>' % mega(FED_MENU))
    h.append('<main id="main-content" class="usa-layout-docs"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link">Home</a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom" class="usa-breadcrumb__link">Newsroom</a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom/releases" class="usa-breadcrumb__link">%ss</a></li></ol></nav>' % E(a['kind']))
    h.append('<div class="grid-row grid-gap"><div class="usa-layout-docs__main desktop:grid-col-9 usa-prose">')
    h.append('<p class="news-type">%s</p><h1>%s</h1>' % (E(a['kind']), E(a['title'])))
    h.append('<div class="release-meta"><p class="release-date">For Immediate Release: <time datetime="%s">%s</time></p><p class="release-contact">Contact: %s, <a href="mailto:%s">%s</a>, %s</p></div>' % (a['date'], E(a['datel']), E(a['contact'][0]), a['contact'][1], a['contact'][1], a['contact'][2]))
    fig = lambda c: '<figure class="usa-figure"><img src="/sites/default/files/images/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (rng.randint(100, 999), E(c))
    h.append('<div class="release-body">' + blocks_html(a['body'], a.get('fig'), fig) + '<p class="text-center">###</p></div>')
    h.append('<div class="usa-summary-box share"><h2 class="usa-summary-box__heading">Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>')
    h.append('</div><aside class="desktop:grid-col-3"><div class="usa-card"><h2>Related Releases</h2><ul class="usa-list usa-list--unstyled">')
    for t in ['%s Announces Fiscal Year 2027 Grant Opportunities' % a['short'], 'Statement on the Passage of the Infrastructure Maintenance Act', '%s Names New Regional Administrator for the Midwest' % a['short']]:
        h.append('<li><a href="/newsroom/%s">%s</a><br><span class="date">November %d, 2026</span></li>' % (slug(t), E(t), rng.randint(2, 28)))
    h.append('</ul></div><div class="usa-card"><h2>Media Inquiries</h2><p>Members of the news media may contact the %s at <a href="mailto:%s">%s</a>.</p></div></aside></div></div></main>' % (E(a['contact'][0]), a['contact'][1], a['contact'][1]))
    h.append('<div class="page-feedback grid-container"><p><strong>Was this page helpful?</strong></p><button class="usa-button usa-button--outline">Yes</button><button class="usa-button usa-button--outline">No</button></div>')
    h.append('<p class="last-reviewed grid-container">Page last reviewed: %s</p>' % a['date'])
    h.append('<footer class="usa-footer"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div><div class="usa-footer__primary-section">%s</div>' % menu(['About', 'Programs', 'Newsroom', 'Careers', 'Contact'], 'usa-footer__nav'))
    h.append('<div class="usa-footer__secondary-section"><div class="usa-footer__logo"><p class="usa-footer__logo-heading">%s</p></div><address class="usa-footer__address"><p>1400 Independence Avenue SW, Washington, DC 20250</p><p>(202) 555-0100</p></address></div></footer>' % E(a['site']))
    h.append('<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead"><p class="usa-identifier__identity-disclaimer">An official website of the <a href="/">%s</a></p></section><nav class="usa-identifier__section usa-identifier__section--required-links">%s</nav><section class="usa-identifier__section usa-identifier__section--usagov"><div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div> <a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a></section></div>' % (E(a['site']), menu(['About %s' % a['short'], 'Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Office of the Inspector General', 'Performance reports', 'Privacy policy'], 'usa-identifier__required-links-list')))
    h.append(script_blob(rng, 10))
    h.append('</body></html>')
    return '\n'.join(h), blocks_text(a['body'])
