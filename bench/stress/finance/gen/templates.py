import __main__ as g
E = g.E


def std_widgets(pfx):
    return {
        'kt': lambda t, items: '<div class="%s-keypoints"><h3>%s</h3><ul>%s</ul></div>' % (pfx, E(t), ''.join('<li>%s</li>' % E(i) for i in items)),
        'quote': lambda s, p, c: '<div class="%s-quote-card" data-symbol="%s"><a href="/quote/%s"><span class="sym">%s</span><span class="last">%s</span><span class="chg">%s</span></a><span class="asof">Last updated 4:00 p.m. EST</span></div>' % (pfx, s, s, s, p, c),
        'chart': lambda c: '<figure class="%s-chart"><div class="chart-embed" data-src="/charts/embed?id=4471"></div><figcaption>%s</figcaption></figure>' % (pfx, E(c)),
        'read': lambda t: '<p class="%s-read-more"><strong>Read:</strong> <a href="/news/%s">%s</a></p>' % (pfx, g.slug(t), E(t)),
        'news': lambda: '<aside class="%s-newsletter-inline"><h4>Get the Morning Brief</h4><p>The day\'s biggest market stories, delivered to your inbox before the opening bell.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form><p class="fine">By signing up you agree to our Terms and Privacy Policy.</p></aside>' % pfx,
        'invest': lambda c: '',
        'tg': lambda: '',
        'exch': lambda: '',
        'ad': lambda: '<div class="ad-slot" data-ad="mid"><span>Advertisement</span></div>',
    }


# ---------------------------------------------------------------- fool
def t_fool(a, site, host, i):
    url = 'https://www.%s/investing/2026/%s/' % (host, g.slug(a['title']))
    w = std_widgets('tlf')
    w['kt'] = lambda t, items: '<div class="article-pitch key-points"><h2 class="kp-title">%s</h2><ul>%s</ul></div>' % (E(t), ''.join('<li>%s</li>' % E(x) for x in items))
    w['quote'] = lambda s, p, c: '<div class="company-card" data-ticker="%s"><div class="cc-name"><a href="/quote/nyse/%s/">%s</a></div><div class="cc-price">$%s</div><div class="cc-change">%s (%s)</div><div class="cc-meta">Today\'s Change</div><div class="cc-meta">Current Price</div></div>' % (s, s.lower(), s, p, c, c)
    w['invest'] = lambda c: ('<div class="pitch-container" id="sa-pitch"><h2>Should you invest $1,000 in %s right now?</h2>'
                             '<p>Before you buy stock in %s, consider this:</p>'
                             '<p>The Lantern Fool Stock Picker analyst team just identified what they believe are the <a href="/lp">10 best stocks</a> for investors to buy now&hellip; and %s wasn\'t one of them. The 10 stocks that made the cut could produce monster returns in the coming years.</p>'
                             '<p>Consider when Northwind Streaming made this list on December 17, 2019&hellip; if you invested $1,000 at the time of our recommendation, you\'d have $612,480!*</p>'
                             '<p>Now, it\'s worth noting Stock Picker\'s total average return is 1,012%% &mdash; a market-crushing outperformance compared to 186%% for the S&amp;P 500. Don\'t miss out on the latest top 10 list, available when you join Stock Picker.</p>'
                             '<p><a class="btn" href="/lp">See the 10 stocks &raquo;</a></p><p class="small">*Stock Picker returns as of December 1, 2026</p></div>') % (E(c), E(c), E(c))
    body, exp = g.render_body(a, 'fool', w)
    tick = ''.join('<span class="tick">%s</span>' % t for t in a['tickers'])
    page = g.head(a, site, host, url) + (
        '<body class="single-article">\n<div id="tlf-top"><a class="skip" href="#main">Skip to main content</a></div>\n'
        '<header class="tlf-header"><a class="logo" href="/"><img src="/static/logo.svg" alt="The Lantern Fool"></a>%s'
        '<div class="tlf-cta"><a href="/login">Login</a><a class="btn" href="/join">Join Stock Picker</a></div></header>\n'
        '%s\n<main id="main"><div class="article-wrap"><div class="tlf-crumbs"><a href="/investing">Investing</a> / <a href="/stock-market">Stock Market</a></div>'
        '<header class="article-header"><h1>%s</h1><h2 class="dek">%s</h2>'
        '<div class="author-meta"><img src="/authors/%s.jpg" alt=""><div><a class="author-name" href="/author/%s/">%s</a> <span class="x">| %s</span></div></div>'
        '<div class="tickers-mentioned"><span>Stocks mentioned</span>%s</div></header>\n'
        '<div class="article-body">\n%s\n<p class="disclosure"><em>%s</em></p></div>\n'
        '<div class="article-footer-share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>'
        '%s<section class="premium-services"><h3>Premium Investing Services</h3><p>Invest better with The Lantern Fool. Get stock recommendations, portfolio guidance, and more from our premium services.</p><a href="/services">View Premium Services</a></section>'
        '</div><aside class="tlf-rail">%s<div class="ad-slot" data-ad="rail"></div></aside></main>\n%s\n%s\n</body></html>\n'
    ) % (g.nav('tlf-nav', ['Our Services', 'Stock Market News', 'Personal Finance', 'Retirement', 'Investing 101', 'Podcasts']),
         g.ticker_bar('tlf-market-bar', a['tickers']), E(a['title']), E(a['dek']), g.slug(a['author']), g.slug(a['author']),
         E(a['author']), g.human_date(a['date'], 'us'), tick, body, E(a['disclosure']),
         g.link_list('related-articles', 'Related Articles', 4, i),
         g.link_list('tlf-trending', 'Trending', 5, i + 3), g.footer(site, 'tlf-footer',
         '<p class="legal">Market data powered by Example Data. Delayed quotes by Sungard.</p>'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- alpha
def t_alpha(a, site, host, i):
    url = 'https://%s/article/%d-%s' % (host, 4470000 + i, g.slug(a['title']))
    w = std_widgets('ra')
    w['kt'] = lambda t, items: '<div data-test-id="article-summary" class="summary-box"><h2>%s</h2><ul>%s</ul></div>' % (E(t), ''.join('<li>%s</li>' % E(x) for x in items))
    body, exp = g.render_body(a, 'alpha', w)
    comments = ''.join('<div class="comment"><div class="c-author">%s</div><div class="c-text"><p>%s</p></div><div class="c-meta">%s &middot; Reply &middot; Like (%d)</div></div>'
                       % (n, E(t), d, k) for n, t, d, k in [
                           ('DividendDan', 'Good write-up. I have been adding on dips below 0.9x book but I am worried about the uninsured deposit share.', 'Today, 9:14 AM', 12),
                           ('skeptical_quant', 'What is your assumption on loan growth? Feels aggressive given the macro.', 'Yesterday, 6:02 PM', 4),
                           ('Maplewood Investor', 'Thanks, this is the kind of analysis I come here for. Long since 2022.', 'Yesterday, 3:47 PM', 9)])
    tk = a['tickers'][0]
    p, c = g.price_for(tk)
    page = g.head(a, site, host, url) + (
        '<body><div id="ra-app"><header class="ra-top">%s<form class="ra-search"><input placeholder="Symbols, analysts, keywords"></form>'
        '<a href="/login">Sign in</a><a class="btn" href="/subscribe">Subscribe</a></header>'
        '<div class="ra-layout"><main><article>'
        '<div class="ra-ticker-head"><a href="/symbol/%s">%s</a> <span>%s</span> <span>%s</span> <a href="/follow">Follow</a></div>'
        '<h1>%s</h1><div class="ra-author"><a href="/author/%s">%s</a><span class="followers">%d Followers</span><span class="ra-type">Long/Short Equity, Value, Dividend Investing</span>'
        '<button>Follow</button></div><div class="ra-date">%s %s ET</div>'
        '<div class="ra-rating">Rating: <span>%s</span></div>'
        '<div class="paywall-full-content" data-test-id="content-container">\n%s\n</div>'
        '<div class="ra-editors-note"><p>Editor\'s Note: This article was submitted as part of Ridge Alpha\'s Best Value Idea investment competition, which runs through December 31. With cash prizes and a chance to talk with the CIO, this competition is open to all analysts.</p></div>'
        '<section class="disclosures"><h3>Disclosure</h3><p>%s</p><p>Additional disclosure: The analysis above is for informational purposes only and is not a recommendation to buy or sell any security.</p>'
        '<p>Ridge Alpha\'s Disclosure: Past performance is no guarantee of future results. No recommendation or advice is being given as to whether any investment is suitable for a particular investor.</p></section>'
        '<section class="about-author"><h3>About %s</h3><p>%s is an independent analyst who writes about financials and income stocks, with a focus on regional banks and utilities. Prior to writing, worked fifteen years in commercial lending.</p></section>'
        '<section class="comments"><h3>Comments (%d)</h3>%s</section></article></main>'
        '<aside class="ra-rail">%s%s</aside></div>%s</div>\n%s\n</body></html>\n'
    ) % (g.nav('ra-nav', ['Home', 'Portfolio', 'Screeners', 'Dividends', 'Earnings', 'ETFs', 'Investing Groups']),
         tk, tk, p, c, E(a['title']), g.slug(a['author']), E(a['author']), 1200 + 37 * i, g.human_date(a['date'], 'us'), '7:45 AM',
         'Buy' if 'Hold' not in a['body'][:400] else 'Hold', body, E(a['disclosure']), E(a['author']), E(a['author']), 37, comments,
         g.link_list('ra-trending', 'Trending Analysis', 5, i), g.link_list('ra-news', 'Latest News', 5, i + 5),
         g.footer(site, 'ra-foot'), g.tail_scripts(3))
    return page, exp


# ---------------------------------------------------------------- marketwatch-like
def t_mw(a, site, host, i):
    url = 'https://www.%s/story/%s-%d' % (host, g.slug(a['title']), 11000 + i)
    w = std_widgets('ml')
    w['quote'] = lambda s, p, c: ('<div class="element element--quote-chart"><bg-quote class="qt-symbol">%s</bg-quote><span class="qt-price">%s</span><span class="qt-chg">%s</span>'
                                  '<ul class="qt-range"><li>Open</li><li>Day Range</li><li>52 Week Range</li></ul></div>') % (s, p, c)
    w['read'] = lambda t: '<p><strong>Read:</strong> <a href="/story/%s">%s</a></p>' % (g.slug(t), E(t))
    w['chart'] = lambda c: '<figure class="element element--image"><img src="/img/chart-%d.png" alt="chart"><figcaption class="article__caption">%s</figcaption></figure>' % (i, E(c))
    w['news'] = lambda: '<div class="element element--newsletter"><p class="nl-title">Personal Finance Daily</p><p>Get the top stories on retirement, taxes and your money every weekday.</p><input type="email"><button>Sign Up</button></div>'
    body, exp = g.render_body(a, 'mw', w)
    page = g.head(a, site, host, url) + (
        '<body class="page--article">%s<header class="ml-header"><a class="ml-logo" href="/">MarketLedger</a>%s<div class="ml-user"><a href="/login">Log In</a><a href="/subscribe">Subscribe</a></div></header>'
        '<div class="ml-container"><div class="column column--primary"><div class="article__masthead"><span class="article__flashline"><a href="/markets">Markets</a></span>'
        '<h1 class="article__headline">%s</h1><h2 class="article__subhead">%s</h2>'
        '<div class="article__byline"><span>By</span> <a class="author" href="/author/%s">%s</a></div>'
        '<time class="timestamp">Last Updated: %s at 4:32 p.m. ET</time><time class="timestamp">First Published: %s at 9:41 a.m. ET</time>'
        '<div class="article__share"><a>Share</a><a>Resize</a><a>Reprints</a></div></div>'
        '<div class="article__body" id="js-article__body" itemprop="articleBody">\n%s\n</div>'
        '<div class="article__footer"><p class="article__copyright">Copyright &copy;2026 MarketLedger, Inc. All rights reserved.</p></div>'
        '<section class="article__related">%s</section></div>'
        '<div class="column column--aside"><div class="ad-slot"></div>%s<div class="ml-market-snapshot"><h3>Market Snapshot</h3>%s</div></div></div>%s\n%s\n</body></html>\n'
    ) % (g.ticker_bar('ml-markets-bar', a['tickers']),
         g.nav('ml-nav', ['Latest News', 'Watchlist', 'Markets', 'Investing', 'Personal Finance', 'Economy', 'Retirement']),
         E(a['title']), E(a['dek']), g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'us'), g.human_date(a['date'], 'us'),
         body, g.link_list('more-from', 'More On MarketLedger', 4, i), g.link_list('most-popular', 'Most Popular', 5, i + 2),
         g.ticker_bar('snapshot', []), g.footer(site, 'ml-footer'), g.tail_scripts(3))
    return page, exp


# ---------------------------------------------------------------- yahoo-like
def t_yahoo(a, site, host, i):
    url = 'https://%s/news/%s-%d.html' % (host, g.slug(a['title']), 152300 + i)
    w = std_widgets('qf')
    w['read'] = lambda t: '<div class="caas-readmore"><a href="/news/%s">%s</a></div>' % (g.slug(t), E(t))
    w['quote'] = lambda s, p, c: '<div class="caas-ticker-card"><fin-streamer data-symbol="%s">%s</fin-streamer><fin-streamer data-field="change">%s</fin-streamer></div>' % (s, p, c)
    if a.get('syndicated'):
        w['invest'] = lambda c: ('<h2>Should you invest $1,000 in %s right now?</h2><p>Before you buy stock in %s, consider this:</p>'
                                 '<p>The Lantern Fool Stock Picker analyst team just identified what they believe are the 10 best stocks for investors to buy now&hellip; and %s wasn\'t one of them.</p>'
                                 '<p>Consider when Northwind Streaming made this list on December 17, 2019&hellip; if you invested $1,000 at the time of our recommendation, you\'d have $612,480!*</p>'
                                 '<p><a href="https://lanternfool.example/lp">See the 10 stocks &raquo;</a></p><p>*Stock Picker returns as of December 1, 2026</p>'
                                 '<p>%s</p><p><a href="https://lanternfool.example/investing/">%s</a> was originally published by The Lantern Fool</p>') % (
            E(c), E(c), E(c), E(a['disclosure']), E(a['title']))
    body, exp = g.render_body(a, 'yahoo', w)
    paras = body.split('\n')
    cut = min(5, len(paras))
    body = '\n'.join(paras[:cut]) + '\n<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" aria-label="Story continues">Story continues</button></div>\n<div class="caas-collapse">' + '\n'.join(paras[cut:]) + '</div>'
    credit = ''
    if a.get('credit'):
        credit = '<p>(%s)</p>' % E(a['credit'])
    quotes = ''.join('<li><a href="/quote/%s">%s</a><span>%s</span><span>%s</span></li>' % ((t,) * 2 + g.price_for(t)) for t in a['tickers'])
    page = g.head(a, site, host, url) + (
        '<body><div id="ybar"><a class="logo" href="/">Quotient Finance</a><form><input placeholder="Search for news, symbols or companies"></form><a href="/mail">Mail</a><a href="/signin">Sign in</a></div>'
        '%s%s<div id="Main"><article class="caas-container"><header class="caas-title-wrapper"><h1>%s</h1></header>'
        '<div class="caas-attr"><div class="caas-attr-meta"><span class="caas-author-byline-collapse">%s</span><span>&middot; %s</span><time>%s &middot; 3 min read</time></div></div>'
        '<div class="caas-share-buttons"><a>Share</a><a>Copy link</a></div>'
        '<div class="caas-body">\n%s\n%s</div></article>'
        '<aside id="related-quotes"><h3>Related Quotes</h3><ul>%s</ul></aside>%s'
        '<div class="stream-items">%s</div></div>%s\n%s\n</body></html>\n'
    ) % (g.nav('qf-nav', ['My Portfolio', 'News', 'Markets', 'Research', 'Personal Finance', 'Videos', 'Watch Now']),
         g.ticker_bar('qf-market-summary', a['tickers']), E(a['title']), E(a['author']), 'Reuters' if a.get('credit') else site,
         g.human_date(a['date'], 'long'), body, credit, quotes, g.link_list('trending-tickers', 'Trending Tickers', 5, i),
         g.link_list('stream', 'Latest Stories', 6, i + 4), g.footer(site, 'qf-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- crypto
def t_crypto(a, site, host, i):
    url = 'https://%s/news/%s/' % (host, g.slug(a['title']))
    w = std_widgets('ch')
    w['kt'] = lambda t, items: '<div class="wp-block-group key-takeaways"><h3 class="wp-block-heading">%s</h3><ul class="wp-block-list">%s</ul></div>' % (E(t), ''.join('<li>%s</li>' % E(x) for x in items))
    w['quote'] = lambda s, p, c: '<div class="ch-price-widget"><img src="/coins/%s.svg" alt=""><span class="coin">%s</span><span class="usd">$%s</span><span class="pct">%s (24h)</span><a class="btn" href="/go/kryptex">Buy %s</a></div>' % (s.lower(), s, p, c, s)
    w['exch'] = lambda: ('<div class="affiliate-box"><p class="aff-title">Where to buy crypto</p><div class="aff-row"><span class="ex">Kryptex</span><span>Get a $20 bonus on your first deposit</span><a class="btn" rel="sponsored" href="/go/kryptex">Visit Kryptex</a></div>'
                         '<div class="aff-row"><span class="ex">Bitmoor</span><span>Zero fees on spot trades for 30 days</span><a class="btn" rel="sponsored" href="/go/bitmoor">Visit Bitmoor</a></div><p class="aff-fine">Sponsored. Your capital is at risk.</p></div>')
    w['tg'] = lambda: '<div class="tg-join"><p>Stay ahead of the market. Join our Telegram channel for breaking crypto news and price alerts.</p><a class="btn" href="https://t.me/example">Join Telegram</a><a class="btn" href="https://discord.example/invite">Join Discord</a></div>'
    body, exp = g.render_body(a, 'crypto', w)
    marquee = []
    for s in ['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'DOGE', 'ADA', 'SLV', 'TDW', 'USDT']:
        p, c = g.price_for(s)
        marquee.append('<div class="ticker-item"><span class="sym">%s</span><span class="price">$%s</span><span class="change">%s</span></div>' % (s, p, c))
    tags = ''.join('<a rel="tag" href="/tag/%s/">%s</a>' % (t.lower(), t) for t in a['tickers'] + ['Markets', 'Altcoins'])
    page = g.head(a, site, host, url, generator='WordPress 6.7') + (
        '<body class="post-template-default single single-post"><div class="ch-marquee">%s</div>'
        '<header class="site-header"><a class="custom-logo-link" href="/">CoinHarbor</a>%s<a class="btn" href="/newsletter">Subscribe</a></header>'
        '<div class="site-content"><main class="content-area"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/category/news/">News</a></span>'
        '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="byline">by <a href="/author/%s/">%s</a></span> <span class="posted-on">%s</span> <span class="reading-time">4 min read</span></div></header>'
        '<div class="entry-content">\n%s\n</div>'
        '<div class="post-disclaimer"><p><strong>%s</strong></p></div>'
        '<footer class="entry-footer"><div class="tags-links">%s</div><div class="share">Share this article <a>X</a><a>Telegram</a><a>Reddit</a></div></footer>'
        '<div class="author-box"><img src="/a/%s.jpg" alt=""><h4>%s</h4><p>%s is a crypto reporter who has covered digital assets since 2019. Previously wrote for a fintech newsletter.</p></div>'
        '</article>%s</main><aside class="widget-area"><section class="widget"><h2 class="widget-title">Prices</h2>%s</section>%s</aside></div>%s\n%s\n</body></html>\n'
    ) % (''.join(marquee), g.nav('main-navigation', ['News', 'Prices', 'Learn', 'Reviews', 'Events', 'Podcast']), E(a['title']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'long'), body, E(a['disclosure']), tags,
         g.slug(a['author']), E(a['author']), E(a['author']), g.link_list('related-posts', 'Related News', 4, i),
         ''.join(marquee[:5]), g.link_list('widget popular', 'Most Read', 5, i + 1), g.footer(site, 'site-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- nerdwallet-like
def t_nerd(a, site, host, i):
    url = 'https://www.%s/article/banking/%s' % (host, g.slug(a['title']))
    w = std_widgets('pc')
    w['kt'] = lambda t, items: '<div class="_KeyTakeaways_box"><p class="_KeyTakeaways_title">%s</p><ul>%s</ul></div>' % (E(t), ''.join('<li>%s</li>' % E(x) for x in items))
    w['tablecls'] = 'rates-table'
    body, exp = g.render_body(a, 'nerd', w)
    page = g.head(a, site, host, url) + (
        '<body><header class="pc-header"><a class="logo" href="/">PennyCompass</a>%s<a href="/signin">Sign in</a></header><main>'
        '<div class="pc-crumbs"><a href="/banking">Banking</a> &gt; <a href="/savings">Savings</a></div>'
        '<div class="advertiser-disclosure"><button>Advertiser disclosure</button><div class="ad-disclosure-pop" hidden><p>Many or all of the products featured here are from our partners who compensate us. This influences which products we write about and where and how the product appears on a page. However, this does not influence our evaluations. Our opinions are our own.</p></div></div>'
        '<article><h1>%s</h1><div class="pc-bylines"><p>Written by <a href="/author/%s">%s</a></p><p>Edited by <a href="/author/lena-park">Lena Park</a></p><p>Reviewed by <a href="/author/omar-reyes">Omar Reyes</a>, CFP</p><p class="updated">Updated %s</p></div>'
        '<p class="pc-partner-note">Many or all of the products on this page are from partners who compensate us when you click to or take an action on their website, but this does not influence our evaluations or ratings. Our opinions are our own.</p>'
        '<div class="pc-article-body">\n%s\n</div>'
        '<div class="pc-author-bio"><h3>About the author</h3><p>%s is a writer at PennyCompass covering savings, banking and personal loans. Her work has been featured in several national newspapers.</p><a href="/author/%s">Read more</a></div>'
        '<div class="pc-disclaimer"><p>DIVE EVEN DEEPER</p></div></article>%s</main>%s\n%s\n</body></html>\n'
    ) % (g.nav('pc-nav', ['Credit Cards', 'Banking', 'Mortgages', 'Loans', 'Investing', 'Insurance', 'Taxes']), E(a['title']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'long'), body, E(a['author']), g.slug(a['author']),
         g.link_list('pc-related', 'On a similar note...', 4, i),
         g.footer(site, 'pc-footer', '<p class="pc-legal">PennyCompass, Inc. is not a bank. The information on this site is for educational purposes and is not intended as financial advice. Banking services are provided by our partners, Members FDIC.</p>'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- business press
def t_biz(a, site, host, i):
    url = 'https://%s/%s/%s/' % (host, a['date'].replace('-', '/'), g.slug(a['title']))
    w = std_widgets('bw')
    w['news'] = lambda: ('<div class="newsletter-signup-inline"><h3>Sign up for our newsletter</h3><p>This story was originally featured in the CEO Daily newsletter. '
                         'Get the essential business news and analysis every weekday morning.</p><form><input type="email"><button>Sign Up Now</button></form></div>')
    body, exp = g.render_body(a, 'biz', w)
    page = g.head(a, site, host, url) + (
        '<body class="article-template"><div class="bw-promo-bar">Subscribe today: get unlimited access for $1 a week</div><header class="bw-masthead"><a href="/">Boardroom Weekly</a>%s</header>'
        '<main><article class="bw-article"><p class="bw-eyebrow"><a href="/section/leadership">Leadership</a></p><h1>%s</h1><p class="bw-dek">%s</p>'
        '<div class="bw-byline">BY <a href="/author/%s">%s</a></div><time>%s at 6:00 AM EST</time>'
        '<figure class="bw-lead"><img src="/img/lead-%d.jpg" alt=""><figcaption>Photo illustration by Boardroom Weekly; Original photos: Getty Images</figcaption></figure>'
        '<div class="bw-article-body">\n%s\n</div>'
        '<div class="contributor-box"><p><em>%s</em></p></div>'
        '<section class="read-next"><h3>Read next</h3><ul><li><a href="/a">The new rules of the corner office</a></li><li><a href="/b">Why retailers are falling back in love with stores</a></li><li><a href="/c">The best companies to work for, ranked</a></li></ul></section>'
        '</article><aside class="bw-rail">%s</aside></main>%s\n%s\n</body></html>\n'
    ) % (g.nav('bw-nav', ['Tech', 'Finance', 'Leadership', 'Retail', 'Lists', 'Newsletters', 'Events']), E(a['title']), E(a['dek']),
         g.slug(a['author']), E(a['author'].upper()), g.human_date(a['date'], 'long'), i, body, E(a.get('contributor', '')),
         g.link_list('bw-most-popular', 'Most Popular', 5, i), g.footer(site, 'bw-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- investing.com-like
def t_inv(a, site, host, i):
    url = 'https://www.%s/news/commodities-news/%s-%d' % (host, g.slug(a['title']), 3300000 + i)
    w = std_widgets('ts')
    w['quote'] = lambda s, p, c: '<div class="relatedInstrumentsWrapper"><table class="relatedInstruments"><tr><td><a href="/q/%s">%s</a></td><td>%s</td><td>%s</td></tr></table></div>' % (s, s, p, c)
    w['read'] = lambda t: '<p class="ts-also"><a href="/news/%s">Also read: %s</a></p>' % (g.slug(t), E(t))
    body, exp = g.render_body(a, 'inv', w)
    inst = ''.join('<tr><td><a href="/q/%s">%s</a></td><td>%s</td><td>%s</td></tr>' % ((t, t) + g.price_for(t)) for t in a['tickers'] + ['US 500', 'Gold', 'Crude Oil WTI'])
    page = g.head(a, site, host, url) + (
        '<body><header class="ts-header"><a href="/">TradeScope</a>%s<a href="/signin">Sign In</a><a href="/signup">Free Sign Up</a></header>'
        '<div class="ts-main"><section id="leftColumn"><div class="articleHeader"><h1 class="articleHeader">%s</h1>'
        '<div class="contentSectionDetails"><span>By <a href="/author/%s">%s</a></span><span>Commodities</span><span>%s 14:32</span></div></div>'
        '<div class="WYSIWYG articlePage">\n%s\n<p class="ts-risk">%s</p></div>'
        '<div class="ts-comments"><h3>Comments (4)</h3><p>Write your thoughts about this article</p><div class="ts-comment">J. Ramirez &middot; 2 hours ago<p>3000 will be tested before year end.</p></div></div></section>'
        '<aside id="rightColumn"><table class="genTbl"><thead><tr><th>Name</th><th>Last</th><th>Chg. %%</th></tr></thead><tbody>%s</tbody></table>%s</aside></div>%s\n%s\n</body></html>\n'
    ) % (g.nav('ts-nav', ['Markets', 'News', 'Analysis', 'Charts', 'Technical', 'Brokers', 'Tools']), E(a['title']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'us'), body, E(a['disclosure']), inst,
         g.link_list('ts-related', 'Related Articles', 4, i),
         g.footer(site, 'ts-footer', '<p>Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount.</p>'), g.tail_scripts(3))
    return page, exp


# ---------------------------------------------------------------- wire
def t_wire(a, site, host, i):
    url = 'https://www.%s/business/%s-%s/' % (host, g.slug(a['title']), a['date'])
    w = std_widgets('wh')
    body, exp = g.render_body(a, 'wire', w)
    paras = body.split('\n')
    body = paras[0] + '\n<p class="wh-signup" data-testid="promo">Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. newsletter. <a href="/newsletters">Sign up here.</a></p>\n' + '\n'.join(paras[1:])
    page = g.head(a, site, host, url) + (
        '<body><header class="wh-site-header"><a href="/">Wirehouse</a>%s<a href="/account/sign-in">Sign In</a><a href="/account/register">Register</a></header>'
        '<main><article class="article-body__container"><header><nav class="wh-tags"><a href="/business/">Business</a><a href="/markets/deals/">Deals</a></nav>'
        '<h1 data-testid="Heading">%s</h1><div class="info-content"><div class="author-name">By <a href="/authors/%s/">%s</a></div><time>%s 9:14 AM UTC</time><span>Updated 2 hours ago</span></div></header>'
        '<div class="article-body__content">\n%s\n<p class="sign-off" data-testid="paragraph-credit">%s</p></div>'
        '<div class="trust-badge"><p>Our Standards: <a href="/trust-principles">The Wirehouse Trust Principles.</a></p></div>'
        '<div class="licensing"><a href="/licensing">Purchase Licensing Rights</a>, opens new tab</div>'
        '<div class="wh-author-bio"><p>%s is a correspondent covering markets and companies. Contact: +1 212 555 0141</p></div></article>'
        '<aside>%s</aside></main>%s\n%s\n</body></html>\n'
    ) % (g.nav('wh-nav', ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology']), E(a['title']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'long'), body, E(a['credit']), E(a['author']),
         g.link_list('wh-read-next', 'Read Next', 4, i), g.footer(site, 'wh-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- ratings / earnings recaps
def t_ratings(a, site, host, i):
    url = 'https://%s/stocks/%s/%s' % (host, a['tickers'][0].lower(), g.slug(a['title']))
    w = std_widgets('sc')
    w['tablecls'] = 'analyst-ratings-table'
    body, exp = g.render_body(a, 'ratings', w)
    p, c = g.price_for(a['tickers'][0])
    top = ''.join('<li><a href="/stocks/%s">%s</a> <span>%s</span> <span>%s</span></li>' % ((t, t) + g.price_for(t)) for t in ['ACME', 'BRWB', 'CRVN', 'FNWK', 'PLTX'])
    note = '<p class="sc-ai-note"><em>%s</em></p>' % E(a['disclosure']) if a['disclosure'] else ''
    page = g.head(a, site, host, url) + (
        '<body><div class="sc-top">%s</div><header class="sc-header"><a href="/">StreetCall Daily</a>%s</header>'
        '<main class="sc-main"><article><div class="sc-stock-header"><span class="sc-sym">%s</span><span class="sc-px">$%s</span><span class="sc-chg">%s</span><a href="/watchlist/add">+ Add to watchlist</a></div>'
        '<h1>%s</h1><p class="sc-dek">%s</p><p class="sc-by">By %s &middot; %s</p>'
        '<div class="sc-content">\n%s\n%s</div>'
        '<div class="sc-sponsored"><p class="label">Sponsored</p><h4>5 stocks analysts love right now</h4><p>Our research team\'s top picks for the next 12 months are free for a limited time. Get the report before they\'re gone.</p><a href="/promo">Get the free report</a></div>'
        '<section class="sc-more"><h3>More %s News</h3>%s</section></article>'
        '<aside><section class="sc-top-movers"><h3>Top Movers</h3><ul>%s</ul></section></aside></main>%s\n%s\n</body></html>\n'
    ) % (g.ticker_bar('sc-strip', a['tickers']), g.nav('sc-nav', ['Ratings', 'Earnings', 'Dividends', 'IPOs', 'Screener', 'Premium']),
         a['tickers'][0], p, c, E(a['title']), E(a['dek']), E(a['author']), g.human_date(a['date'], 'us'), body, note,
         a['tickers'][0], g.link_list('x', '', 4, i), top, g.footer(site, 'sc-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- business journal
def t_bizj(a, site, host, i):
    url = 'https://www.%s/news/%s/%s.html' % (host, a['date'].replace('-', '/'), g.slug(a['title']))
    w = std_widgets('mb')
    body, exp = g.render_body(a, 'bizj', w)
    people = ''.join('<li><a href="/bio/%d">%s</a><span>%s</span></li>' % (k, n, r) for k, (n, r) in enumerate([('Staff Contact', 'Reporter'), ('Editor Desk', 'Editor')]))
    page = g.head(a, site, host, url) + (
        '<body><header class="mb-header"><a href="/">Metro Business Courier</a>%s<a href="/login">Sign In</a><a class="btn" href="/subscribe">Subscribe</a></header>'
        '<main><article class="story"><div class="story__section"><a href="/news/commercial-real-estate">Commercial Real Estate</a></div><h1 class="story__title">%s</h1><p class="story__deck">%s</p>'
        '<div class="story__byline">By <a href="/bio/%s">%s</a> &ndash; Reporter, Metro Business Courier</div><div class="story__date">%s</div>'
        '<figure class="story__image"><img src="/img/%d.jpg" alt=""><figcaption>A rendering of the project. Courtesy of the developer</figcaption></figure>'
        '<div class="content" id="story-body">\n%s\n</div>'
        '<div class="story__paywall-note"><p>Already a subscriber? <a href="/login">Sign in</a> for unlimited access.</p></div>'
        '<section class="story__people"><h3>People mentioned</h3><ul>%s</ul></section>'
        '<section class="story__industries"><h3>Industries</h3><a href="/industry/real-estate">Commercial Real Estate</a><a href="/industry/banking">Banking &amp; Financial Services</a></section>'
        '<div class="story__newsletter"><p>Get the latest news from the Metro Business Courier delivered to your inbox every morning.</p><a href="/newsletters">Sign up</a></div>'
        '</article><aside>%s</aside></main>%s\n%s\n</body></html>\n'
    ) % (g.nav('mb-nav', ['News', 'Lists', 'People', 'Events', 'Leadership Trust', 'Jobs']), E(a['title']), E(a['dek']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'long'), i, body, people,
         g.link_list('mb-latest', 'Latest News', 6, i), g.footer(site, 'mb-footer'), g.tail_scripts(2))
    return page, exp


# ---------------------------------------------------------------- contributor network (business press)
def t_contrib(a, site, host, i):
    url = 'https://%s/sites/%s/%s/%s/' % (host, g.slug(a['author']).replace('-', ''), a['date'].replace('-', '/'), g.slug(a['title']))
    w = std_widgets('bwc')
    body, exp = g.render_body(a, 'contrib', w)
    paras = body.split('\n')
    mid = len(paras) // 2
    body = '\n'.join(paras[:mid]) + '\n<div class="vestpocket" data-ad="inread"></div>\n' + '\n'.join(paras[mid:])
    page = g.head(a, site, host, url) + (
        '<body class="contrib-article"><header class="bw-masthead"><a href="/">Boardroom Weekly</a>%s<a href="/subscribe">Subscribe</a></header>'
        '<main><article><div class="contrib-label"><a href="/leadership">Leadership</a><span>Entrepreneurs</span></div>'
        '<h1 class="fs-headline">%s</h1><div class="contrib-byline"><a href="/sites/%s/">%s</a><span class="contrib-role">Contributor</span>'
        '<p class="contrib-disclaimer">Opinions expressed by Boardroom Weekly contributors are their own.</p><button>Follow Author</button></div>'
        '<time>%s, 07:15am EST</time><div class="article-body fs-article">\n%s\n<p>%s</p>\n</div>'
        '<div class="contrib-bio"><img src="/a/%d.jpg" alt=""><p><a href="/sites/%s/">%s</a></p><p>%s covers the business of startups and small companies for the contributor network.</p><a href="/sites/%s/">Read More</a></div>'
        '<p class="editorial-standards"><a href="/standards">Editorial Standards</a> <a href="/reprints">Reprints &amp; Permissions</a></p>'
        '</article><aside>%s</aside></main>%s\n%s\n</body></html>\n'
    ) % (g.nav('bw-nav', ['Innovation', 'Leadership', 'Money', 'Business', 'Small Business', 'Lifestyle', 'Lists']), E(a['title']),
         g.slug(a['author']), E(a['author']), g.human_date(a['date'], 'us'), body, E(a['contributor']), i, g.slug(a['author']),
         E(a['author']), E(a['author']), g.slug(a['author']), g.link_list('bw-trending', 'Trending', 5, i),
         g.footer(site, 'bw-footer'), g.tail_scripts(2))
    return page, exp
