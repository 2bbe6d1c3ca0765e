import html, json, os, sys, random
sys.path.insert(0, os.path.dirname(__file__))
from content2 import R

E = html.escape
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def long_date(iso):
    y, m, d = iso.split("-")
    return "%s %d, %s" % (MONTHS[int(m) - 1], int(d), y)


def slug(t):
    return "".join(c.lower() if c.isalnum() else "-" for c in t)[:70].strip("-")


def style_block(seed):
    rnd = random.Random(seed)
    rules = []
    for i in range(40):
        rules.append(".c%d-%d{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%.2frem}" % (
            seed, i, rnd.randint(0, 30), rnd.randint(0, 30), rnd.randint(0, 20), rnd.randint(0, 0xffffff),
            rnd.uniform(0.7, 1.6)))
    return "<style>" + "\n".join(rules) + "</style>"


def analytics(site):
    return ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-%s');</script>\n"
            "<script async src=\"https://cdn.%s/js/app.bundle.min.js\"></script>\n"
            "<script>!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};"
            "return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n(n.s=0)}([function(e,t){"
            "var consent=document.cookie.indexOf('consent=1')>-1;if(!consent){document.documentElement.className+=' no-consent';}"
            "}]);</script>\n"
            "<script>window.__ADS__={slots:[" + ",".join("{id:'slot-%d',sizes:[[300,250],[728,90],[970,250]],targeting:{pos:'%s',section:'news',kw:['press','release','business','markets']}}" % (k, p) for k, p in enumerate(["top","mid","rail1","rail2","bottom","sticky","inread","footer"])) + "],lazy:true,refresh:30};</script>") % (sum(map(ord, site)) % 99999999, site)


def jsonld(r, site, url, kind="NewsArticle"):
    d = {"@context": "https://schema.org", "@type": kind, "headline": r["title"], "datePublished": r["iso"] + "T08:00:00-05:00",
         "dateModified": r["iso"] + "T08:00:00-05:00", "mainEntityOfPage": url,
         "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % site}},
         "author": {"@type": "Organization", "name": r["co"]}}
    return '<script type="application/ld+json">%s</script>' % json.dumps(d)


def head(r, site, sitename, url, extra="", title_tag=None):
    t = title_tag or "%s | %s" % (r["title"], sitename)
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="description" content="%s">
<meta property="og:type" content="article">
<meta property="og:title" content="%s">
<meta property="og:site_name" content="%s">
<meta property="og:url" content="%s">
<meta property="og:image" content="https://%s/media/%s.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="%sT08:00:00-05:00">
<link rel="canonical" href="%s">
%s
%s
%s
</head>
""" % (E(t), E(r.get("deck") or r["title"]), E(r["title"]), E(sitename), url, site, slug(r["short"]), r["iso"], url,
       jsonld(r, sitename, url), style_block(len(r["title"])), extra)


def body_html(items, table_cls="table", h="h2", ul_cls=""):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % E(it))
        elif it[0] == "h":
            out.append("<%s>%s</%s>" % (h, E(it[1]), h))
        elif it[0] == "hb":
            out.append("<p><strong>%s</strong></p>" % E(it[1]))
        elif it[0] == "ul":
            out.append("<ul%s>%s</ul>" % (ul_cls, "".join("<li>%s</li>" % E(x) for x in it[1])))
        elif it[0] == "table":
            rows = it[1]
            t = ['<table class="%s"><thead><tr>%s</tr></thead><tbody>' % (table_cls, "".join("<th>%s</th>" % E(c) for c in rows[0]))]
            for row in rows[1:]:
                t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in row))
            t.append("</tbody></table>")
            out.append("".join(t))
    return "\n".join(out)


def body_text(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "hb"):
            out.append(it[1])
        elif it[0] == "ul":
            out.extend(it[1])
        elif it[0] == "table":
            out.extend(" ".join(row) for row in it[1])
    return out


def about_html(r, style):
    out = []
    for name, text in r["about"]:
        if style == "h3":
            out.append("<h3>%s</h3>\n<p>%s</p>" % (E(name), E(text)))
        elif style == "b":
            out.append("<p><b>%s</b></p>\n<p>%s</p>" % (E(name), E(text)))
        elif style == "br":
            out.append("<p><strong>%s</strong><br>%s</p>" % (E(name), E(text)))
        elif style == "caps":
            out.append("<p><b>%s</b></p>\n<p>%s</p>" % (E(name.upper()), E(text)))
        elif style == "inline":
            out.append("<p><b>%s:</b> %s</p>" % (E(name), E(text)))
    return "\n".join(out)


def fls_html(r, style, label="Forward-Looking Statements"):
    if not r.get("fls"):
        return ""
    if style == "h3":
        return "<h3>%s</h3>\n<p>%s</p>" % (label, E(r["fls"]))
    if style == "i":
        return "<p><i>%s</i></p>\n<p><i>%s</i></p>" % (label, E(r["fls"]))
    if style == "caps":
        return "<p><b>%s</b></p>\n<p>%s</p>" % (label.upper(), E(r["fls"]))
    return "<p><b>%s</b></p>\n<p>%s</p>" % (label, E(r["fls"]))


def nongaap_html(r):
    if not r.get("nongaap"):
        return ""
    return "<p><b>Use of Non-GAAP Financial Measures</b></p>\n<p>%s</p>" % E(r["nongaap"])


def contacts_html(r, style):
    c = r["contacts"]
    if style == "br":
        return "<p>%s</p>" % "<br>".join(E(x) for x in c)
    if style == "p":
        return "\n".join("<p>%s</p>" % E(x) for x in c)
    if style == "div":
        return '<div class="contact-block">%s</div>' % "".join("<div>%s</div>" % E(x) for x in c)
    if style == "pre":
        return "<pre>%s</pre>" % E("\n".join(c))
    return ""


def nav(items, cls="nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="/%s">%s</a></li>' % (slug(i), E(i)) for i in items))


def teaser_list(title, others, cls="related", n=5, with_dates=True):
    lis = []
    for o in others[:n]:
        d = ('<span class="date">%s</span> ' % long_date(o["iso"])) if with_dates else ""
        lis.append('<li>%s<a href="/news/%s">%s</a></li>' % (d, slug(o["title"]), E(o["title"])))
    return '<section class="%s"><h2>%s</h2><ul>%s</ul></section>' % (cls, E(title), "".join(lis))


def footer(sitename, links, blurb):
    cols = []
    for i in range(0, len(links), 5):
        cols.append('<div class="footer-col"><ul>%s</ul></div>' % "".join('<li><a href="/%s">%s</a></li>' % (slug(l), E(l)) for l in links[i:i + 5]))
    return ('<footer class="site-footer">%s<p class="footer-about">%s</p><p class="copyright">&copy; 2026 %s. All rights reserved.</p>'
            '<p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/cookies">Cookie Settings</a> | <a href="/accessibility">Accessibility</a></p></footer>') % (
        "".join(cols), E(blurb), E(sitename))


def cookie_banner():
    return ('<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience, analyse traffic and personalise content. '
            'By clicking "Accept all", you agree to the storing of cookies on your device.</p><button>Accept all</button> <button>Manage preferences</button></div>')


def others_of(i, n=6):
    return [R[(i + k * 7) % len(R)] for k in range(1, n + 1)]


WIRE_NAV = ["News", "Business", "Technology", "Health", "Energy", "Financial Services", "Consumer", "Industrial",
            "Policy & Public Interest", "Multimedia Gallery", "Trending", "Send a Release", "Contact Us"]
FOOT_LINKS = ["About Us", "Careers", "Customer Support", "Send a Release", "Pricing", "Media Partners", "Journalists",
              "RSS Feeds", "Newsletter", "Global Network", "Investor Relations", "Blog", "Webinars", "Site Map", "Help Center"]


# ---------------------------------------------------------------- templates
# Each returns (html, expected_lines, title_for_json)

def t_prn(i, r):
    site, name = "newslinedirect.example", "Newsline Direct"
    url = "https://www.%s/news-releases/%s-%d.html" % (site, slug(r["title"]), 300000 + i)
    dl = '<span class="legendSpanClass"><b>%s</b>, <b>%s</b> /PRNewswire/ --</span> ' % (E(r["city"]), E(r["date"]))
    first = "%s, %s /PRNewswire/ -- %s" % (r["city"], r["date"], r["body"][0])
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    pic = ('<div class="image"><img src="https://mma.%s/prnthumb/%d/%s.jpg" alt="%s logo"><p class="caption">%s (PRNewsfoto/%s)</p></div>' % (
        site, i, slug(r["short"]), E(r["short"]), E("The " + r["short"] + " team at its headquarters."), E(r["co"])))
    rest = body_html(r["body"][1:], table_cls="prntbl")
    others = others_of(i)
    h = head(r, site, name, url) + """<body>
%s
<header class="header"><a class="logo" href="/"><img src="/img/logo.svg" alt="Newsline Direct"></a>%s
<form class="search"><input type="search" placeholder="Search news releases"></form><a class="btn" href="/account/login">Sign In</a> <a class="btn" href="/send">Send a Release</a></header>
<div class="breadcrumb"><a href="/">News</a> &gt; <a href="/news-releases/%s">%s</a></div>
<main>
<article class="release">
<header class="release-header">
<h1>%s</h1>
%s
<div class="meta"><span>News provided by</span> <a href="/news/%s">%s</a></div>
<p class="mb-no">%s, 08:00 ET</p>
<div class="share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
</header>
<section class="release-body container">
%s
<p>%s%s</p>
%s
%s
%s
%s
%s
%s
%s
<p>SOURCE %s</p>
<p class="view-original">View original content to download multimedia: <a href="%s">%s</a></p>
</section>
<div class="share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
<div class="cta"><p><b>WANT YOUR COMPANY'S NEWS FEATURED ON NEWSLINE DIRECT?</b></p><p>440k+ newsrooms and influencers, 9k+ digital media outlets, 270k+ journalists opted in</p><a href="/get-started">GET STARTED</a></div>
<section class="related-links"><h3>Related Links</h3><ul><li><a href="https://www.%s.example">https://www.%s.example</a></li></ul></section>
</article>
%s
%s
%s
</main>
%s
%s
%s
</body></html>""" % (
        cookie_banner(), nav(WIRE_NAV), slug(r["short"]), E(r["short"]), E(r["title"]),
        ("<h2 class=\"subtitle\"><i>%s</i></h2>" % E(r["deck"])) if r["deck"] else "",
        slug(r["co"]), E(r["co"]), E(r["date"]),
        bullets, dl, E(r["body"][0]), pic if i % 2 else "", rest, about_html(r, "b"),
        fls_html(r, "b") if i % 3 else fls_html(r, "i", "Cautionary Note Regarding Forward-Looking Statements"),
        nongaap_html(r),
        contacts_html(r, "br"), pic if not i % 2 else "", E(r["co"]), url, url, slug(r["short"]), slug(r["short"]),
        teaser_list("Also from this source", others[:3], "also-from"),
        teaser_list("Explore", others[3:], "explore"),
        teaser_list("Trending releases", others_of(i + 3), "trending", with_dates=False),
        '<section class="newsletter"><h3>Sign up to get the latest news releases</h3><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></section>',
        footer(name, FOOT_LINKS, "Newsline Direct distributes news releases for organizations worldwide."), analytics(site))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_gnw(i, r):
    site, name = "globaldesk-newswire.example", "GlobalDesk Newswire"
    url = "https://www.%s/news-release/%s/%d/en/%s.html" % (site, r["iso"].replace("-", "/"), 2900000 + i, slug(r["title"]))
    first = "%s, %s (GLOBE NEWSWIRE) -- %s" % (r["city"], r["date"], r["body"][0])
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    others = others_of(i)
    h = head(r, site, name, url) + """<body>
<div id="app">
<header><a href="/" class="brand">GlobalDesk Newswire</a>%s<div class="lang-switch"><a href="?lang=en" class="active">English</a> <a href="?lang=fr">Français</a> <a href="?lang=de">Deutsch</a></div></header>
<main class="main-container">
<div class="article-header">
<h1 class="article-headline">%s</h1>
%s
<p class="article-published"><time datetime="%sT13:00:00Z">%s 08:00 ET</time> | Source: <a href="/search/organization/%s">%s</a></p>
<div class="follow"><a href="/rss/organization/%s">Follow</a></div>
</div>
<div class="main-body-container article-body" id="main-body-container">
%s
<p>%s</p>
%s
%s
%s
%s
%s
<p>&nbsp;</p>
</div>
<div class="attachments"><h3>Attachments</h3><ul><li><a href="/Resource/Download/%d">%s Logo</a></li><li><a href="/Resource/Download/%d2">Fact Sheet</a></li></ul></div>
<div class="tags"><h3>Tags</h3><ul><li><a href="/tag/%s">%s</a></li><li><a href="/tag/press-release">Press release</a></li><li><a href="/tag/business">Business</a></li></ul></div>
<div class="related-links"><h3>Related Links</h3><ul><li><a href="https://%s.example">%s</a></li></ul></div>
<div class="contact-data"><h3>Contact Data</h3><div class="contact-box">%s</div></div>
%s
<p class="disclaimer">GlobalDesk Newswire is one of the world's largest newswire distribution networks. The content of this announcement is the sole responsibility of the issuer.</p>
</main>
%s
</div>
%s
</body></html>""" % (
        nav(WIRE_NAV), E(r["title"]), ("<h2 class=\"article-subheadline\">%s</h2>" % E(r["deck"])) if r["deck"] else "",
        r["iso"], long_date(r["iso"]), slug(r["co"]), E(r["co"]), slug(r["co"]),
        bullets, E(first), body_html(r["body"][1:], table_cls="gnw_table_border"), about_html(r, "br"),
        fls_html(r, "b" if i % 2 else "caps"), nongaap_html(r), contacts_html(r, "p"),
        i, E(r["short"]), i, slug(r["short"]), E(r["short"]), slug(r["short"]), E(r["short"]),
        "<br>".join(E(x) for x in r["contacts"]),
        teaser_list("Recommended Reading", others, "recommended"),
        footer(name, FOOT_LINKS, "GlobalDesk Newswire delivers press releases, regulatory filings and multimedia content."),
        analytics(site))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_bw(i, r):
    site, name = "wirebridge.example", "Wirebridge"
    url = "https://www.%s/news/home/%s%d/en/" % (site, r["iso"].replace("-", ""), 5000 + i)
    city = r["city"]
    first = "%s--(BUSINESS WIRE)--%s" % (city, r["body"][0])
    others = others_of(i)
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    h = head(r, site, name, url) + """<body class="bw-release">
<header class="bw-header"><a href="/"><img src="/images/wirebridge-logo.png" alt="Wirebridge"></a>%s<a href="/portal/login">Log In</a> <a href="/portal/signup">Sign Up</a></header>
<div class="bw-release-main">
<div class="bw-release-timestamp"><time datetime="%sT13:05:00Z">%s 08:05 AM Eastern Standard Time</time></div>
<h1 class="epr-headline">%s</h1>
%s
<div class="bw-release-companyinfo"><span class="bw-release-company">%s</span></div>
<div class="bw-release-logo"><img src="https://mms.%s/media/%d/logo.jpg" alt="%s logo"></div>
<div class="bw-release-story">
%s
<p><b>%s</b>--(<a href="https://www.%s">BUSINESS WIRE</a>)--%s</p>
%s
%s
%s
%s
</div>
<div class="bw-release-contact"><h2>Contacts</h2>%s</div>
<div class="bw-release-multimedia"><h2>Multimedia</h2><figure><img src="https://mms.%s/media/%d/photo.jpg" alt=""><figcaption>%s</figcaption></figure><a href="#">Download</a> <a href="#">Hi-res</a></div>
<div class="bw-release-social"><h3>Social Media Profiles</h3><ul><li><a href="#">%s on LinkedIn</a></li><li><a href="#">%s on X</a></li></ul></div>
<div class="bw-hashtags"><span>#Hashtags</span> <a href="#">#%s</a> <a href="#">#news</a></div>
<div class="bw-release-more"><h3>More News From %s</h3><ul>%s</ul></div>
<div class="bw-release-lang">Language: <a href="#">English</a></div>
</div>
<aside class="bw-sidebar">%s</aside>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), r["iso"], long_date(r["iso"]), E(r["title"]),
        ("<h2 class=\"bw-release-subhead\"><i>%s</i></h2>" % E(r["deck"])) if r["deck"] else "",
        E(r["co"]), site, i, E(r["short"]),
        bullets, E(city), site, E(r["body"][0]), body_html(r["body"][1:], table_cls="bwtablemarginb"), about_html(r, "caps" if i % 2 else "b"),
        fls_html(r, "b"), nongaap_html(r),
        "<p>%s</p>" % "<br>".join(E(x) for x in r["contacts"]), site, i,
        E("Photo courtesy of " + r["co"]), E(r["short"]), E(r["short"]), slug(r["short"]).replace("-", ""), E(r["co"]),
        "".join('<li><a href="#">%s</a></li>' % E(o["title"]) for o in others[:3]),
        teaser_list("Most Viewed", others_of(i + 5), "most-viewed", with_dates=False),
        footer(name, FOOT_LINKS, "Wirebridge is a global leader in press release distribution and regulatory disclosure."),
        analytics(site))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_ein(i, r):
    site, name = "presswire-atlas.example", "Presswire Atlas"
    url = "https://www.%s/pr_news/%d/%s" % (site, 870000 + i, slug(r["title"]))
    first = "%s, %s /EINPresswire.com/ -- %s" % (r["city"], r["date"].upper() if i % 2 else r["date"], r["body"][0])
    others = others_of(i)
    c = r["contacts"]
    h = head(r, site, name, url) + """<body>
<div class="top-bar"><a href="/">Presswire Atlas</a> <span>Newswire &amp; Press Release Distribution</span> <a href="/submit">Submit your press release</a></div>
%s
<div class="container">
<div class="row">
<div class="col-main">
<div class="article_column">
<h1>%s</h1>
%s
<p class="pretitle"><span class="date">%s</span> &middot; Presswire Atlas</p>
<div class="article-content">
<p>%s</p>
%s
<p>%s</p>
%s
%s
<div class="contact-card"><p>%s<br>%s<br>%s<br><a href="mailto:x">email us here</a><br>Visit us on social media:<br><a href="#">LinkedIn</a><br><a href="#">Facebook</a></p></div>
</div>
<div class="legal"><p><b>Legal Disclaimer:</b></p><p>Presswire Atlas provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.</p></div>
<p class="channels">Distribution channels: <a href="#">Business &amp; Economy</a>, <a href="#">Companies</a>, <a href="#">Industrial</a>, <a href="#">World &amp; Regional</a></p>
<p class="originally">Article originally published on www.%s as %s</p>
</div>
</div>
<div class="col-side">%s
<div class="subscribe"><h3>Get the latest news on this topic.</h3><form><input type="email" placeholder="Email"><button>SIGN UP FOR FREE</button></form><p>You can unsubscribe at any time.</p></div>
%s</div>
</div>
</div>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), E(r["title"]), ("<h2 class=\"subtitle\">%s</h2>" % E(r["deck"])) if r["deck"] else "",
        long_date(r["iso"]), E(first), body_html(r["body"][1:], h="h3"),
        "###" if False else "", about_html(r, "br"), fls_html(r, "b"),
        E(c[1] if len(c) > 1 else c[0]), E(r["co"]), E(next((x for x in c if "555" in x), "+1 555-0100")),
        site, E(r["title"]),
        teaser_list("You just read:", [r], "just-read", with_dates=False),
        teaser_list("Trending News", others, "trending", with_dates=False),
        footer(name, FOOT_LINKS, "Presswire Atlas is a press release distribution service."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_accesswire(i, r):
    site, name = "accesspoint-newswire.example", "AccessPoint Newswire"
    url = "https://www.%s/%d/%s" % (site, 910000 + i, slug(r["title"]))
    first = "%s / ACCESSWIRE / %s / %s" % (r["city"], long_date(r["iso"]), r["body"][0])
    others = others_of(i)
    bullets = ("<p><b>Highlights:</b></p><ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    h = head(r, site, name, url) + """<body>
<header class="site"><a href="/"><img src="/logo.svg" alt="AccessPoint Newswire"></a>%s</header>
<main>
<div class="pr-wrap">
<div class="pr-head"><h1>%s</h1>%s<div class="pr-meta">%s &middot; <a href="/company/%s">%s</a></div></div>
<div id="articleBody" class="pr-body">
<p>%s</p>
%s
%s
%s
%s
%s
<p><b>SOURCE:</b> %s</p>
<p>View the original <a href="%s">press release</a> on AccessPoint Newswire</p>
</div>
<p class="issuer">The issuer is solely responsible for the content of this announcement.</p>
<div class="more-from"><h3>More from %s</h3><ul>%s</ul></div>
</div>
<aside>%s<div class="subscribe-box"><h4>Subscribe</h4><p>Get press releases delivered to your inbox.</p><form><input type="email"><button>Subscribe</button></form></div></aside>
</main>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), E(r["title"]), ("<h2>%s</h2>" % E(r["deck"])) if r["deck"] else "",
        long_date(r["iso"]), slug(r["co"]), E(r["co"]), E(first), bullets if False else "",
        body_html(r["body"][1:]), about_html(r, "inline" if i % 2 else "b"), fls_html(r, "b"), contacts_html(r, "br"),
        E(r["co"]), url, E(r["short"]),
        "".join('<li><a href="#">%s</a></li>' % E(o["title"]) for o in others[:2]),
        teaser_list("Latest Releases", others_of(i + 2), "latest"),
        footer(name, FOOT_LINKS, "AccessPoint Newswire is a press release distribution provider."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_newsfile(i, r):
    site, name = "filedesk-news.example", "FileDesk News"
    url = "https://www.%s/release/%d/%s" % (site, 270000 + i, slug(r["title"]))
    city = r["city"].title() if r["city"].isupper() else r["city"]
    first = "%s--(FileDesk Corp. - %s) - %s" % (city, long_date(r["iso"]), r["body"][0])
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    others = others_of(i)
    h = head(r, site, name, url) + """<body>
<div class="wrapper"><header><a href="/" class="logo">FileDesk News</a>%s</header>
<div class="release">
<p class="company-line"><a href="/company/%s">%s</a> &middot; %s</p>
<h1>%s</h1>
<div class="release-text">
<p>%s</p>
%s
%s
%s
%s
%s
<p><b>NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES</b></p>
<p>To view the source version of this press release, please visit <a href="%s">%s</a></p>
</div>
<div class="release-lang">This release is also available in: <a href="#">Français</a></div>
</div>
%s
%s</div>
%s
</body></html>""" % (
        nav(WIRE_NAV), slug(r["co"]), E(r["co"]), long_date(r["iso"]), E(r["title"]), E(first), bullets,
        body_html(r["body"][1:]), about_html(r, "b"), fls_html(r, "caps", "Cautionary Statement Regarding Forward-Looking Information"),
        contacts_html(r, "br"), url, url,
        teaser_list("Other releases", others, "others"),
        footer(name, FOOT_LINKS, "FileDesk News distributes news releases in North America."), analytics(site))
    exp = [first] + list(r["bullets"]) + body_text(r["body"][1:])
    return h, exp


def t_acn(i, r):
    site, name = "asiacorp-newswire.example", "AsiaCorp Newswire"
    url = "https://www.%s/press-release/english/%d/" % (site, 98000 + i)
    first = "%s, %s - (AsiaCorp Newswire) - %s" % (r["city"], r["date"], r["body"][0])
    others = others_of(i)
    h = head(r, site, name, url) + """<body>
<div id="header"><a href="/"><img src="/images/acn-logo.gif" alt="AsiaCorp Newswire"></a><div class="langs"><a href="/en">English</a> | <a href="/ja">日本語</a> | <a href="/zh">简体中文</a> | <a href="/ko">한국어</a></div>%s</div>
<table class="layout" width="100%%"><tr>
<td class="leftcol">%s</td>
<td class="maincol">
<div class="pr-title"><h1>%s</h1></div>
<div class="pr-date">%s</div>
<div class="pr-content">
<p>%s</p>
%s
%s
%s
<p>Copyright 2026 AsiaCorp Newswire. All rights reserved. www.%s</p>
</div>
<div class="pr-topics"><p><b>Topic:</b> Press release summary</p><p><b>Sectors:</b> Industrial, Transportation, Logistics</p></div>
<div class="pr-othernews">%s</div>
</td>
</tr></table>
%s
%s
</body></html>""" % (
        nav(["Latest News", "Japan", "China", "Singapore", "Malaysia", "Korea", "Australia", "Sectors", "Members"]),
        teaser_list("Latest Press Releases", others_of(i + 1), "latest", with_dates=False),
        E(r["title"]), E(r["date"]), E(first), body_html(r["body"][1:], h="h3"), about_html(r, "b"),
        contacts_html(r, "br"), site, teaser_list("More News", others, "more"),
        footer(name, FOOT_LINKS, "AsiaCorp Newswire distributes corporate news across Asia."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_cision(i, r):
    site, name = "nordicnews-cision.example", "Nordic News Hub"
    url = "https://%s/%s/r/%s,c%d" % (site, slug(r["short"]), slug(r["title"]), 3900000 + i)
    first = r["body"][0]
    h = head(r, site, name, url) + """<body>
<header><a href="/">Nordic News Hub</a><nav><a href="/news">News</a> <a href="/companies">Companies</a> <a href="/login">Log in</a></nav></header>
<main>
<div class="press-release">
<div class="company"><a href="/%s"><img src="/logos/%d.png" alt="%s"></a> <span>Press release</span> &middot; <time datetime="%s">%s 08:30 CET</time></div>
<h1>%s</h1>
<div class="lead"><p><strong>%s</strong></p></div>
<div class="text">
%s
%s
%s
</div>
<div class="attached"><h3>Attachments</h3><p>The following files are available for download:</p><ul><li><a href="#">%s.pdf</a></li><li><a href="#">Product image (JPG)</a></li></ul></div>
<p class="cision">This information was brought to you by Nordic News Hub http://%s</p>
<div class="subscribe"><h3>Subscribe to releases from %s</h3><form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form><p>Subscribe to all the latest releases from %s by registering your e-mail address below. You can unsubscribe at any time.</p></div>
</div>
%s
</main>
%s
%s
</body></html>""" % (
        slug(r["short"]), i, E(r["short"]), r["iso"], long_date(r["iso"]), E(r["title"]), E(first),
        body_html(r["body"][1:], h="h3"), about_html(r, "br"), contacts_html(r, "p"), slug(r["title"])[:30], site,
        E(r["short"]), E(r["short"]), teaser_list("Latest news from %s" % r["short"], others_of(i), "latest-from"),
        footer(name, FOOT_LINKS, "Nordic News Hub publishes press releases from listed and private companies."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_portal(i, r):
    site, name = "marketharbor.example", "MarketHarbor"
    url = "https://www.%s/news/story/%d/%s" % (site, 61000 + i, slug(r["title"]))
    first = "%s, %s /PRNewswire/ -- %s" % (r["city"], r["date"], r["body"][0])
    tick = "".join('<li><a href="/quote/%s">%s</a> <span>%.2f</span> <span class="chg">%+.2f%%</span></li>' % (t, t, 50 + k * 13.7, (k - 3) * 0.41) for k, t in enumerate(["SPX", "DJI", "IXIC", "RUT", "VIX", "TNX", "CL", "GC"]))
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    others = others_of(i)
    h = head(r, site, name, url) + """<body>
<div class="ticker-strip"><ul>%s</ul></div>
<header class="mh-header"><a class="logo" href="/">MarketHarbor</a>%s<a href="/premium" class="cta">Try Premium</a></header>
<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
<main class="mh-main">
<article>
<div class="kicker">Press Release</div>
<h1>%s</h1>
<div class="byline-row">Source: %s &middot; <time>%s at 8:00 AM EST</time></div>
<div class="article-body">
%s
<p>%s</p>
%s
%s
%s
<p>SOURCE %s</p>
</div>
<p class="pr-disclaimer"><em>This content was issued through a press release distribution service and was not written or edited by MarketHarbor journalists. MarketHarbor is not responsible for the content of this release.</em></p>
<div class="mentioned"><h3>Companies mentioned in this article</h3><ul><li><a href="#">%s</a></li></ul></div>
</article>
<aside class="mh-rail"><div class="ad-slot ad-mpu"><span>Advertisement</span></div>%s%s</aside>
</main>
%s
%s
</body></html>""" % (
        tick, nav(["Markets", "Stocks", "Economy", "Earnings", "Crypto", "Personal Finance", "Press Releases", "Video"]),
        E(r["title"]), E(r["co"]), long_date(r["iso"]), bullets, E(first),
        body_html(r["body"][1:]), about_html(r, "b"), fls_html(r, "b"), E(r["co"]), E(r["ticker"] or r["short"]),
        teaser_list("Most Read", others, "most-read", with_dates=False),
        teaser_list("Latest Press Releases", others_of(i + 4), "latest-pr"),
        footer(name, FOOT_LINKS, "Quotes delayed at least 15 minutes. Market data provided by partners."), analytics(site))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_drupal(i, r):
    dom = slug(r["short"]).replace("-", "") + ".example"
    name = r["short"]
    url = "https://www.%s/newsroom/press-releases/%s" % (dom, slug(r["title"]))
    first = "%s, %s – %s" % (r["city"], long_date(r["iso"]), r["body"][0]) if i % 2 else r["body"][0]
    bullets = ('<div class="field field--name-field-highlights"><ul>%s</ul></div>' % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    others = others_of(i)
    h = head(r, dom, name, url, title_tag="%s | %s Newsroom" % (r["title"], name)) + """<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region region-header"><a href="/" rel="home"><img src="/themes/custom/corp/logo.svg" alt="Home"></a></div>
%s
<div class="stock-widget">%s <span>$%d.%02d</span> <span>+0.8%%</span></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/newsroom">Newsroom</a></li><li><a href="/newsroom/press-releases">Press Releases</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<article role="article" class="node node--type-press-release node--view-mode-full">
<div class="page-header"><h1 class="page-title"><span class="field field--name-title">%s</span></h1></div>
<div class="field field--name-field-release-date"><time datetime="%sT12:00:00Z">%s</time></div>
<div class="field field--name-field-subtitle"><em>%s</em></div>
<div class="print-links"><a href="#">Print</a> <a href="#">Download PDF</a> <a href="#">Email</a></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
%s
<p>%s</p>
%s
%s
%s
%s
<p style="text-align:center">###</p>
</div>
</article>
</div>
</div>
<aside class="layout-sidebar-second"><div class="block block-media-contacts"><h2>Media Contacts</h2>%s</div>
<div class="block block-email-alerts"><h2>Email Alerts</h2><p>Sign up to receive news releases by email.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
%s</aside>
</main>
%s
</div>
%s
%s
</body></html>""" % (
        nav(["About Us", "Products", "Sustainability", "Investors", "Newsroom", "Careers", "Contact"], "menu--main"),
        E(r["ticker"] or name), 20 + i, i * 3 % 100, E(r["title"]), r["iso"], long_date(r["iso"]), E(r["deck"]),
        bullets, E(first), body_html(r["body"][1:], h="h3"), about_html(r, "h3"), fls_html(r, "h3"),
        contacts_html(r, "p") if i % 3 == 0 else "", contacts_html(r, "div"),
        teaser_list("Recent Press Releases", others, "view-recent-releases"),
        footer(name, ["About Us", "Leadership", "Careers", "Suppliers", "Investors", "Newsroom", "Contact Us", "Locations", "Ethics Hotline", "Legal"], "Our company is committed to the communities where we operate."),
        cookie_banner(), analytics(dom))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_wp(i, r):
    dom = slug(r["short"]).replace("-", "") + ".example"
    name = r["short"]
    url = "https://%s/%s/%s/" % (dom, r["iso"][:7].replace("-", "/"), slug(r["title"]))
    first = "%s (%s) – %s" % (r["city"], long_date(r["iso"]), r["body"][0]) if i % 2 == 0 else "%s — %s" % (r["city"], r["body"][0])
    bold_city = i % 4 == 1
    others = others_of(i)
    if bold_city:
        para1 = "<p><strong>%s</strong> — %s</p>" % (E(r["city"]), E(r["body"][0]))
    else:
        para1 = "<p>%s</p>" % E(first)
    h = head(r, dom, name, url, title_tag="%s - %s" % (r["title"], name)) + """<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">%s</a></p></div>
%s</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard category-press-releases">
<header class="entry-header"><span class="cat-links"><a href="/category/press-releases/" rel="category tag">Press Releases</a></span>
<h1 class="entry-title">%s</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%sT09:00:00+00:00">%s</time></span></div></header>
<div class="entry-content">
%s
%s
%s
<h4>%s</h4>
%s
<p style="text-align: center;">###</p>
%s
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/%s" rel="tag">%s</a>, <a href="/tag/news" rel="tag">news</a></span>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li></ul></div></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Previous</span> %s</a></div><div class="nav-next"><a href="#" rel="next"><span class="meta-nav">Next</span> %s</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search" placeholder="Search &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="#">December 2026</a></li><li><a href="#">November 2026</a></li><li><a href="#">October 2026</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 %s &middot; Proudly powered by WordPress</div></footer>
</div>
%s
</body></html>""" % (
        E(name), nav(["Home", "About", "Services", "News", "Careers", "Contact"], "main-navigation"),
        E(r["title"]), r["iso"], long_date(r["iso"]), para1, body_html(r["body"][1:], h="h3"),
        about_html(r, "h3"), "Media Contact" if i % 2 else "Press Contact", contacts_html(r, "br"),
        fls_html(r, "i") if r.get("fls") else "",
        slug(r["short"]), E(r["short"]), E(others[0]["title"]), E(others[1]["title"]),
        "".join('<li><a href="#">%s</a></li>' % E(o["title"]) for o in others),
        E(r["co"]), analytics(dom))
    fl = ("%s — %s" % (r["city"], r["body"][0])) if bold_city else first
    exp = [fl] + body_text(r["body"][1:])
    return h, exp


def t_aem(i, r):
    dom = "investors." + slug(r["short"]).replace("-", "") + ".example"
    name = r["short"] + " Investor Relations"
    url = "https://%s/news-events/press-releases/detail/%d/%s" % (dom, 1200 + i, slug(r["title"]))
    first = "%s, %s -- %s" % (r["city"], long_date(r["iso"]), r["body"][0])
    bullets = ("<ul>%s</ul>" % "".join("<li>%s</li>" % E(b) for b in r["bullets"])) if r["bullets"] else ""
    others = others_of(i)
    def cmp(x):
        return '<div class="cmp-text">%s</div>' % x
    h = head(r, dom, name, url, title_tag="%s :: %s" % (r["title"], name)) + """<body class="page basicpage">
<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12">
<div class="header aem-GridColumn"><header><a href="/"><img src="/content/dam/logo.svg" alt="%s"></a>%s<div class="stock-quote">%s $%d.%02d <span>-0.4%%</span> <small>Delayed 20 min</small></div></header></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h1 class="cmp-title__text">%s</h1></div></div>
<div class="aem-GridColumn date-row"><span class="module_date-text">%s</span> <a class="module_links" href="#">PDF Version</a></div>
<div class="text aem-GridColumn">%s</div>
<div class="text aem-GridColumn">%s</div>
<div class="text aem-GridColumn">%s</div>
<div class="text aem-GridColumn">%s</div>
<div class="text aem-GridColumn">%s</div>
<div class="text aem-GridColumn">%s</div>
<div class="aem-GridColumn"><div class="module-webcast"><h3>Webcast</h3><p><a href="#">Listen to the webcast</a> &middot; <a href="#">Presentation (PDF)</a></p></div></div>
<div class="aem-GridColumn"><div class="module-related"><h3>Related Documents</h3><ul><li><a href="#">Financial Statements (PDF)</a></li><li><a href="#">Supplemental Information (XLSX)</a></li></ul></div></div>
<div class="aem-GridColumn"><div class="module-alerts"><h3>Email Alerts</h3><p>Sign up for email alerts to be notified of news releases, SEC filings and events.</p><form><input type="email" placeholder="Email"><label><input type="checkbox"> Press Releases</label><label><input type="checkbox"> SEC Filings</label><button>Subscribe</button></form></div></div>
<div class="aem-GridColumn"><div class="module-disclaimer"><p>Press releases are archived here for historical purposes. Information in them may have been superseded since the date of release.</p></div></div>
<div class="aem-GridColumn">%s</div>
<div class="footer aem-GridColumn">%s</div>
</div></div>
%s
</body></html>""" % (
        E(r["short"]), nav(["Overview", "News & Events", "Press Releases", "Events & Presentations", "Financials", "Stock Information", "Governance", "Resources"]),
        E(r["ticker"] or r["short"]), 30 + i, i * 7 % 100, E(r["title"]), long_date(r["iso"]),
        cmp(bullets), cmp("<p>%s</p>" % E(first)), cmp(body_html(r["body"][1:], table_cls="financial-table")),
        cmp(about_html(r, "b")), cmp(fls_html(r, "b") + nongaap_html(r)), cmp(contacts_html(r, "br")),
        teaser_list("More Press Releases", others, "more-pr"),
        footer(name, FOOT_LINKS[:10], "Investor information is provided for informational purposes."), analytics(dom))
    exp = list(r["bullets"]) + [first] + body_text(r["body"][1:])
    return h, exp


def t_b2b(i, r):
    dom = slug(r["short"]).replace("-", "") + ".example"
    name = r["co"]
    url = "https://www.%s/news/%s.html" % (dom, slug(r["title"]))
    first = "%s, %s — %s" % (r["city"], long_date(r["iso"]), r["body"][0]) if i % 2 else r["body"][0]
    others = others_of(i)
    prods = ["Ball Valves", "Gate Valves", "Globe Valves", "Check Valves", "Butterfly Valves", "Looms", "Spare Parts", "Bearings", "Custom Solutions"]
    h = head(r, dom, name, url, title_tag="%s-News-%s" % (r["title"], name)) + """<body>
<div class="topbar"><span>Email: sales@%s</span> <span>Tel: +86 555 0100</span> <div class="lang"><a href="#">English</a> <a href="#">Español</a> <a href="#">Русский</a> <a href="#">العربية</a></div></div>
<header><a href="/" class="logo"><img src="/uploads/logo.png" alt="%s"></a>%s</header>
<div class="banner"><h2>News</h2><div class="crumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/company-news/">Company News</a></div></div>
<div class="container">
<div class="side"><div class="side-box"><h3>Products</h3>%s</div>
<div class="side-box"><h3>Hot Products</h3><ul>%s</ul></div>
<div class="side-box"><h3>Contact Us</h3><p>Add: No. 18 Industrial Road, %s<br>Tel: +86 555 0100<br>Email: sales@%s</p></div></div>
<div class="main">
<div class="news-detail">
<h1>%s</h1>
<div class="news-info">Time: %s &nbsp; Views: %d &nbsp; Author: admin</div>
<div class="news-content">
<p>%s</p>
%s
%s
%s
</div>
<div class="prev-next"><p>Prev: <a href="#">%s</a></p><p>Next: <a href="#">%s</a></p></div>
</div>
<div class="inquiry"><h3>Send your message to us:</h3><form><input placeholder="Name"><input placeholder="E-mail"><textarea placeholder="Content"></textarea><button>Send Now</button></form></div>
</div>
</div>
<div class="float-contact joinchat"><a href="https://wa.me/8613955550102">WhatsApp</a></div>
%s
%s
</body></html>""" % (
        dom, E(name), nav(["Home", "About Us", "Products", "Factory", "Certificates", "News", "Download", "Contact Us"]),
        nav(prods, "side-nav"), "".join('<li><a href="#">%s</a></li>' % E(p) for p in prods[:5]), E(r["city"].split(",")[0].title()), dom,
        E(r["title"]), r["iso"], 120 + i * 17, E(first), body_html(r["body"][1:], h="h3"),
        about_html(r, "b"), contacts_html(r, "br"), E(others[0]["title"]), E(others[1]["title"]),
        footer(name, ["Home", "About Us", "Products", "News", "Contact Us", "Sitemap", "Privacy Policy"], "Professional manufacturer and exporter since 1998."),
        analytics(dom))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_prweb(i, r):
    site, name = "prwave.example", "PRWave"
    url = "https://www.%s/releases/%s-%d.htm" % (site, slug(r["title"]), 22000000 + i)
    first = "%s (PRWEB) %s -- %s" % (r["city"], long_date(r["iso"]), r["body"][0])
    others = others_of(i)
    c = r["contacts"]
    h = head(r, site, name, url) + """<body>
<header class="pw-head"><a href="/" class="pw-logo">PRWave</a>%s<a href="/signup" class="btn">Submit a Release</a></header>
<main class="pw-release">
<div class="pw-share"><span>Share Article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
<h1>%s</h1>
%s
<div class="pw-company-logo"><img src="https://img.%s/logos/%d.png" alt="%s"></div>
<div class="pw-body">
<p>%s</p>
%s
%s
</div>
<div class="pw-contact"><h3>Media Contact</h3><p>%s<br>%s<br>%s</p><p><a href="#">Email &gt;</a></p></div>
<div class="pw-ai-summary"><h3>Key takeaways</h3><p>This summary was generated by software from the release text.</p></div>
<div class="pw-trending">%s</div>
</main>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), E(r["title"]), ("<h2 class=\"pw-sub\">%s</h2>" % E(r["deck"])) if r["deck"] else "",
        site, i, E(r["co"]), E(first), body_html(r["body"][1:], h="h3"), about_html(r, "b"),
        E(c[1] if len(c) > 1 else c[0]), E(r["co"]), E(next((x for x in c if "555" in x), "")),
        teaser_list("Trending News", others, "trending", with_dates=False),
        footer(name, FOOT_LINKS, "PRWave helps small businesses share their news."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp



def t_h41(i, r):
    site, name = "newslinedirect.example", "Newsline Direct"
    url = "https://www.%s/news-releases/%s-%d.html" % (site, slug(r["title"]), 300000 + i)
    dl = "%s, %s /PRNewswire/ --" % (r["city"], r["date"])
    st = r["statements"]
    table = '<p><b>%s</b></p><table class="prntbl"><tr><td></td><td>%s</td><td>%s</td></tr>%s</table>' % (
        E(st[0][0]), E(st[0][1]), E(st[0][2]), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in row) for row in st[1:]))
    c = r["contacts"]
    h = head(r, site, name, url) + """<body>
%s
<header class="header"><a class="logo" href="/"><img src="/img/logo.svg" alt="Newsline Direct"></a>%s</header>
<main><article class="release">
<header class="release-header"><h1>%s</h1><div class="meta"><span>News provided by</span> <a href="#">%s</a></div><p class="mb-no">%s, 16:05 ET</p>
<div class="share"><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div></header>
<section class="release-body container">
<p class="lang-versions">This release is also available in: <a href="#">Español</a> | <a href="#">Français</a></p>
<p><strong>%s</strong></p>
%s
<p><b>Forward-Looking Statements</b></p>
<p>%s</p>
%s
%s
<p>%s<br>%s<br>%s</p>
<p>SOURCE %s</p>
<p class="view-original">View original content: <a href="%s">%s</a></p>
</section>
<div class="cta"><p><b>WANT YOUR COMPANY'S NEWS FEATURED ON NEWSLINE DIRECT?</b></p><a href="/get-started">GET STARTED</a></div>
</article>
%s
%s
</main>
%s
%s
</body></html>""" % (
        cookie_banner(), nav(WIRE_NAV), E(r["title"]), E(r["co"]), E(r["date"]), E(dl), body_html(r["body"]), E(r["fls"]),
        about_html(r, "b"), table, E(c[0]), E(c[1]), E(c[2]), E(r["co"]), url, url,
        teaser_list("Also from this source", others_of(i)[:3], "also-from"),
        teaser_list("Trending releases", others_of(i + 3), "trending", with_dates=False),
        footer(name, FOOT_LINKS, "Newsline Direct distributes news releases for organizations worldwide."), analytics(site))
    exp = [dl] + body_text(r["body"]) + [st[0][0]] + [" ".join(st[0][1:])] + [" ".join(row) for row in st[1:]]
    return h, exp


def t_h42(i, r):
    site, name = "kxyz7.example", "KXYZ 7 News"
    url = "https://www.%s/news/press-releases/%s" % (site, slug(r["title"]))
    first = "%s, %s /PRNewswire/ -- %s" % (r["city"], r["date"], r["body"][0])
    h = head(r, site, name, url) + """<body>
<div class="alert-bar"><a href="/live">WATCH LIVE: KXYZ 7 News at 6</a></div>
<header><a href="/"><img src="/logo.png" alt="KXYZ 7"></a>%s<div class="weather-mini">Boise 41&deg; Cloudy</div></header>
<main><article class="story">
<div class="story-label">Press Release</div>
<h1>%s</h1>
<div class="story-meta">Posted: %s / 08:00 AM MST</div>
<div class="story-body">
<p><em>The content below was provided by a press release distributor. KXYZ 7 was not involved in the creation of this content.</em></p>
<p>%s</p>
<div class="trending-inline"><h4>Trending Stories</h4><ul>%s</ul></div>
%s
%s
%s
</div>
<div class="video-player"><p>Watch KXYZ 7 News live</p></div>
</article>
<aside>%s<div class="newsletter"><h3>Get the KXYZ 7 morning headlines</h3><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div></aside>
</main>
%s
%s
</body></html>""" % (
        nav(["News", "Weather", "Sports", "Investigations", "Community", "Watch Live", "Contests"]), E(r["title"]), long_date(r["iso"]),
        E(first), "".join('<li><a href="#">%s</a></li>' % E(o["title"]) for o in others_of(i)[:3]),
        body_html(r["body"][1:]), about_html(r, "b"), contacts_html(r, "br"),
        teaser_list("Most Popular", others_of(i + 1), "popular", with_dates=False),
        footer(name, ["News", "Weather", "Contact Us", "FCC Public File", "EEO Report", "Careers", "Advertise"], "KXYZ 7 is your local news leader."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp


def t_h43(i, r):
    dom = "vantageortho.example"
    name = r["short"]
    url = "https://www.%s/news/%s" % (dom, slug(r["title"]))
    first = "%s, %s – %s" % (r["city"], long_date(r["iso"]), r["body"][0])
    b = r["body"]
    h = head(r, dom, name, url, title_tag="%s | %s" % (r["title"], name)) + """<body>
<header>%s</header>
<main><div class="news-article">
<h1>%s</h1><p class="date">%s</p>
<div class="rich-text">
<p>%s</p>
<p>%s</p>
<div class="media-gallery"><figure><img src="/img/center-1.jpg" alt=""><figcaption>The new surgery center's recovery bays in south Charlotte.</figcaption></figure><figure><img src="/img/center-2.jpg" alt=""><figcaption>Dr. Victor Amadi in one of the center's operating rooms.</figcaption></figure><p><a href="/media/kit.zip">Download high-resolution images</a></p></div>
<blockquote><p>%s</p></blockquote>
<p class="click-to-tweet"><a href="https://twitter.com/intent/tweet?text=x">Most patients would rather recover in their own bed. Tweet this</a></p>
<p>%s</p>
%s
%s
</div></div><aside>%s%s</aside></main>
%s
%s
</body></html>""" % (
        nav(["Find a Doctor", "Locations", "Services", "Patient Resources", "News", "Careers", "Pay My Bill"]),
        E(r["title"]), long_date(r["iso"]), E(first), E(b[1]), E(b[2]), E(b[3]), about_html(r, "h3"), contacts_html(r, "p"),
        teaser_list("Recent News", others_of(i), "recent-news"), teaser_list("Patient Stories", others_of(i + 2), "stories", with_dates=False),
        footer(name, ["Find a Doctor", "Locations", "Patient Portal", "Privacy", "Nondiscrimination Notice"], "Vantage Orthopedic Partners"), analytics(dom))
    exp = [first] + b[1:]
    return h, exp


def t_h44(i, r):
    site, name = "wirebridge.example", "Wirebridge"
    url = "https://www.%s/news/home/%s%d/en/" % (site, r["iso"].replace("-", ""), 5000 + i)
    b = r["body"]
    first = "%s--(BUSINESS WIRE)--%s" % (r["city"], b[0])
    h = head(r, site, name, url) + """<body class="bw-release">
<header class="bw-header"><a href="/">Wirebridge</a>%s</header>
<div class="bw-release-main">
<div class="bw-release-timestamp"><time datetime="%sT14:00:00Z">%s 09:00 AM Eastern Standard Time</time></div>
<h1 class="epr-headline">%s</h1>
<div class="bw-release-story">
<p><b>%s</b>--(<a href="#">BUSINESS WIRE</a>)--%s</p>
<p>%s</p>
<div class="bw-alert-box"><p><b>Get alerts for %s news</b></p><p>Sign up to receive an email whenever %s issues a release.</p><form><input type="email"><button>Subscribe</button></form></div>
<p>%s</p>
<p>%s</p>
<div class="bw-related-links"><p>Related Links</p><ul><li><a href="#">Solvaris technology overview</a></li><li><a href="#">Lone Prairie Electric Cooperative</a></li></ul></div>
%s
</div>
<div class="bw-release-contact"><h2>Contacts</h2><p>%s</p></div>
<div class="bw-release-lang">Language versions: <a href="#">English</a> <a href="#">Español</a></div>
</div>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), r["iso"], long_date(r["iso"]), E(r["title"]), E(r["city"]), E(b[0]), E(b[1]), E(r["short"]), E(r["short"]),
        E(b[2]), E(b[3]), about_html(r, "caps"), "<br>".join(E(x) for x in r["contacts"]),
        footer(name, FOOT_LINKS, "Wirebridge is a global leader in press release distribution."), analytics(site))
    exp = [first] + b[1:]
    return h, exp


def t_h45(i, r):
    site, name = "presswire-atlas.example", "Presswire Atlas"
    url = "https://www.%s/pr_news/%d/%s" % (site, 870000 + i, slug(r["title"]))
    first = "%s, %s /EINPresswire.com/ -- %s" % (r["city"], r["date"].upper(), r["body"][0])
    c = r["contacts"]
    ab = r["about"][0]
    h = head(r, site, name, url) + """<body>
<div class="top-bar"><a href="/">Presswire Atlas</a> <a href="/submit">Submit your press release</a></div>
%s
<div class="container"><div class="article_column">
<h1>%s</h1><p class="pretitle">%s &middot; Presswire Atlas</p>
<div class="article-content">
<p>%s</p>
%s
<p><b>%s:</b> %s</p>
<table class="contact"><tr><td>Media Contact</td><td>%s</td></tr><tr><td>Phone</td><td>%s</td></tr></table>
<p style="text-align:center">###</p>
</div>
<div class="legal"><p><b>Legal Disclaimer:</b></p><p>Presswire Atlas provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.</p></div>
</div></div>
%s
%s
</body></html>""" % (
        nav(WIRE_NAV), E(r["title"]), long_date(r["iso"]), E(first), body_html(r["body"][1:]), E(ab[0].upper()), E(ab[1]),
        E(c[1]), E(c[2]), footer(name, FOOT_LINKS, "Presswire Atlas is a press release distribution service."), analytics(site))
    exp = [first] + body_text(r["body"][1:])
    return h, exp

TEMPLATES = [t_prn, t_gnw, t_bw, t_ein, t_accesswire, t_newsfile, t_acn, t_cision, t_portal, t_drupal, t_wp, t_aem, t_b2b, t_prweb]

# assignment of releases to templates (index into R -> template)
ASSIGN = {
    0: t_prn, 1: t_gnw, 2: t_bw, 3: t_aem, 4: t_b2b, 5: t_wp, 6: t_newsfile, 7: t_prweb, 8: t_drupal, 9: t_bw,
    10: t_aem, 11: t_cision, 12: t_wp, 13: t_prn, 14: t_b2b, 15: t_gnw, 16: t_prweb, 17: t_ein, 18: t_portal, 19: t_ein,
    20: t_drupal, 21: t_portal, 22: t_accesswire, 23: t_prn, 24: t_b2b, 25: t_wp, 26: t_newsfile, 27: t_bw, 28: t_drupal, 29: t_accesswire,
    30: t_gnw, 31: t_ein, 32: t_cision, 33: t_acn, 34: t_prweb, 35: t_acn, 36: t_wp, 37: t_portal, 38: t_accesswire, 39: t_prn,
    40: t_h41, 41: t_h42, 42: t_h43, 43: t_h44, 44: t_h45,
}

for i, r in enumerate(R):
    fn = ASSIGN[i]
    h, exp = fn(i, r)
    n = "%02d" % (i + 1)
    open(os.path.join(OUT, n + ".html"), "w").write(h)
    open(os.path.join(OUT, n + ".txt"), "w").write("\n\n".join(exp) + "\n")
    json.dump({"published": r["iso"], "lang": "en", "title": r["title"]}, open(os.path.join(OUT, n + ".json"), "w"), ensure_ascii=False)
    print(n, fn.__name__, len(h))
