"""Q&A (StackExchange-like, Quora-like), mailing-list archives (Pipermail, HyperKitty), a news story with comments,
and Invision Community 4."""
from common import E, d_long, d_short, d_uk, dt, iso, later, ld, page, paras_html, slug, user, MON, DAYS


def _secomments(cs, when):
    out = []
    for k, c in enumerate(cs):
        text, _, who = c.rpartition(' – ')
        out.append('<li id="comment-%d" class="comment js-comment " data-comment-id="%d"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"></div></div>'
                   '<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">%s</span> &ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/%d/%s" class="comment-user">%s</a></div>'
                   '<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment-%d"><span title="%s" class="relativetime-clean">%s</span></a></span></div></div></li>'
                   % (31000 + k, 31000 + k, E(text), 88 + k, slug(who), E(who), 31000 + k, iso(later(when, 2 + k)), d_short(later(when, 2 + k))))
    return ('<div class="post-layout--right js-post-comments-component"><div id="comments-%d" class="comments js-comments-container bt bc-black-075 mt12 "><ul class="comments-list js-comments-list">%s</ul></div>'
            '<div id="comments-link-%d"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div></div>' % (len(cs), ''.join(out), len(cs)))


def _sevote(v, accepted=False):
    return ('<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-200"><button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" aria-pressed="false" title="This question shows research effort; it is useful and clear"></button>'
            '<div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount" data-value="%d">%d</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote" aria-pressed="false"></button>%s'
            '<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/timeline" data-ks-title="timeline" aria-label="Timeline"></a></div></div>'
            % (v, v, '<div class="js-accepted-answer-indicator flex--item fc-green-500 py6 mtn8" title="Loading when this answer was accepted…" tabindex="0" role="note" aria-label="Accepted">&#10004;</div>' if accepted else ''))


def _secard(action, u, when, edited=False):
    p = user(u)
    return ('<div class="post-signature flex--item fl0"><div class="user-info "><div class="user-action-time">%s <span title="%s" class="relativetime">%s at %s</span></div>'
            '<div class="user-gravatar32"><a href="/users/%d/%s"><div class="gravatar-wrapper-32"><img src="https://www.gravatar.com/avatar/%032x?s=64&amp;d=identicon&amp;r=PG" alt="%s\'s user avatar" width="32" height="32" class="bar-sm"></div></a></div>'
            '<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/%d/%s">%s</a><span class="d-none" itemprop="name">%s</span><div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">%s</span><span title="%d silver badges"><span class="badge2"></span><span class="badgecount">%d</span></span></div></div></div></div>'
            % (action, iso(when), d_short(when), when[11:], p['posts'], slug(u), p['rep'] * 977, E(u), p['posts'], slug(u), E(u), E(u), '{:,}'.format(p['rep'] * 7 + 11), p['rep'] % 30, p['rep'] % 30))


def stackex(qa, site, when, n):
    t = qa['title']
    qu, qps, qcs = qa['q']
    answers = []
    for k, (u, ps, v, acc, cs) in enumerate(qa['a']):
        aw = later(when, 3 + 5 * k)
        answers.append('<a name="%d"></a><div id="answer-%d" class="answer js-answer%s" data-answerid="%d" data-parentid="%d" data-score="%d" data-position-on-page="%d" itemprop="%s" itemscope itemtype="https://schema.org/Answer"><div class="post-layout">%s'
                       '<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">%s</div><div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="%s"></time>'
                       '<div class="flex--item mr16"><div class="js-post-menu pt2" data-post-id="%d"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/%d" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this answer">Share</a></div><div class="flex--item"><a href="/posts/%d/edit" class="js-suggest-edit-post js-gps-track" title="Improve this answer">Improve this answer</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>'
                       '%s</div></div></div>%s</div></div>\n'
                       % (5100 + k, 5100 + k, ' accepted-answer' if acc else '', 5100 + k, 5000 + n, v, k + 1, 'acceptedAnswer' if acc else 'suggestedAnswer', _sevote(v, acc), paras_html(ps), iso(aw), 5100 + k, 5100 + k, 5100 + k,
                          _secard('answered', u, aw), _secomments(cs, aw)))
    qld = {'@context': 'https://schema.org', '@type': 'QAPage', 'mainEntity': {'@type': 'Question', 'name': t, 'text': ' '.join(qps), 'answerCount': len(qa['a']), 'upvoteCount': 12 + n, 'dateCreated': iso(when),
           'author': {'@type': 'Person', 'name': qu}}}
    head = ('<link rel="shortcut icon" href="https://cdn.example-static.net/Sites/%s/Img/favicon.ico">\n<link rel="canonical" href="https://%s/questions/%d/%s" />\n<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">\n'
            '<meta property="og:type" content= "website" />\n<meta property="og:url" content="https://%s/questions/%d/%s"/>\n<meta property="og:site_name" content="%s" />\n<meta name="twitter:card" content="summary"/>\n'
            '<meta name="twitter:title" property="og:title" itemprop="name" content="%s" />\n<meta name="twitter:description" property="og:description" itemprop="description" content="%s" />\n%s'
            % (site['sub'], site['dom'], 5000 + n, slug(t), site['dom'], 5000 + n, slug(t), E(site['name']), E(t), E(qps[0][:200]), ld(qld)))
    years = 2026 - int(when[:4])
    body = ('<div id="notify-container"></div><div id="custom-header"></div><header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-label="Toggle navigation"><span></span></a>'
            '<a href="https://%s" class="s-topbar--logo js-gps-track"><span class="-img _glyph">%s</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="/about" class="s-navigation--item">About</a></li><li><a href="/teams" class="s-navigation--item">For Teams</a></li></ol>'
            '<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><input name="q" type="text" role="combobox" placeholder="Search…" value="" autocomplete="off" maxlength="240" class="s-input s-input__search js-search-field "/></form>'
            '<ol class="overflow-x-auto ml-auto -secondary grid ai-center list-reset h100 user-logged-out" role="menubar"><li class="-item searchbar-trigger"><a href="#" class="s-topbar--item js-searchbar-trigger" role="button" aria-label="Search" aria-haspopup="true"></a></li><li role="none"><a href="/users/login?ssrc=head" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a></li><li role="none"><a href="/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li></ol></div></header>\n'
            '<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links"><li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link">Home</a></li><li><ol class="nav-links"><li class="fs-fine tt-uppercase ml8 mt16 mb4 fc-light">Public</li>'
            '<li class="ps-relative youarehere" aria-current="true"><a id="nav-questions" href="/questions" class="pl8 js-gps-track nav-links--link -link__with-icon">Questions</a></li><li class="ps-relative"><a id="nav-tags" href="/tags" class="js-gps-track nav-links--link">Tags</a></li><li class="ps-relative"><a id="nav-users" href="/users" class="js-gps-track nav-links--link">Users</a></li><li class="ps-relative"><a id="nav-unanswered" href="/unanswered" class="js-gps-track nav-links--link">Unanswered</a></li></ol></li></ol></nav></div></div>\n'
            '<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><link itemprop="image" href="https://cdn.example-static.net/Sites/%s/Img/apple-touch-icon.png">'
            '<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/%d/%s" class="question-hyperlink">%s</a></h1><div class="ml12 aside-cta flex--item print:d-none sm:ml0 sm:mb12 sm:order-first sm:as-end"><a class="ws-nowrap s-btn s-btn__primary" href="/questions/ask">Ask Question</a></div></div>\n'
            '<div class="d-flex fw-wrap pb8 mb16 bb bc-black-075"><div class="flex--item ws-nowrap mr16 mb8" title="%s"><span class="fc-light mr2">Asked</span><time itemprop="dateCreated" datetime="%s">%d years ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-light mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="%s">%d years ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed %d times"><span class="fc-light mr2">Viewed</span>%dk times</div></div>\n'
            '<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="%d" data-position-on-page="0" data-score="%d" id="question"><div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard"></div></div>\n'
            '<div class="post-layout ">%s<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">%s</div>'
            '<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline"><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/%s" class="post-tag" title="show questions tagged \'%s\'" rel="tag">%s</a></li><li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/troubleshooting" class="post-tag" rel="tag">troubleshooting</a></li></ul></div></div></div>'
            '<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="%d"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/%d" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this question">Share</a></div><div class="flex--item"><a href="/posts/%d/edit" class="js-suggest-edit-post" title="Improve this question">Improve this question</a></div><div class="flex--item"><button type="button" id="btnFollowPost-%d" class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>'
            '%s</div></div></div>%s</div></div>\n'
            '<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="%d">%d Answers <span style="display:none;" itemprop="answerCount">%d</span></h2></div>'
            '<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ws-nowrap"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>\n'
            '%s</div>\n<h2 class="bottom-notice" data-loc="1">Not the answer you\'re looking for? Browse other questions tagged <a href="/questions/tagged/%s" class="post-tag" rel="tag">%s</a> or <a href="/questions/ask">ask your own question</a>.</h2></div>\n'
            '<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</div><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://example.blog/2026/11/03/" class="js-gps-track" title="Why your build cache lies to you">Why your build cache lies to you</a></div></li></ul></div>'
            '<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1"><div class="spacer"><a href="/q/4711" title="Question score (highest is 22)"><div class="answer-votes answered-accepted default">22</div></a><a href="/questions/4711/what-is-the-difference" class="question-hyperlink">What is the difference between the two approaches?</a></div></div></div>'
            '<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1"><div class="spacer"><a href="/q/5210"><div class="answer-votes answered-accepted default">9</div></a><a href="/questions/5210" class="question-hyperlink">Is there a simpler way to do this?</a></div><div class="spacer"><a href="/q/5233"><div class="answer-votes default">3</div></a><a href="/questions/5233" class="question-hyperlink">Same problem after upgrading</a></div></div></div>'
            '<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://example-exchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit">Hot Network Questions</a></h4><ul><li><div class="favicon favicon-cooking" title="Seasoned Advice"></div><a href="https://cooking.example-exchange.com/questions/1" class="js-gps-track question-hyperlink">Why does my rice stick together?</a></li><li><div class="favicon favicon-diy" title="Home Improvement"></div><a href="https://diy.example-exchange.com/questions/2" class="question-hyperlink">Can I run two lights from one switch?</a></li></ul></div></div></div></div></div>\n'
            '<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://%s">%s</a></h5><ul class="-list js-primary-footer-links"><li><a href="/questions" class="js-gps-track -link">Questions</a></li><li><a href="/help" class="js-gps-track -link">Help</a></li></ul></div></nav>'
            '<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo &copy; %s Example Exchange Inc; user contributions licensed under <span class="td-underline"><a href="https://example-exchange.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev&nbsp;2026.12.4.1234</span></p></div></div></footer>'
            % (site['dom'], E(site['name']), site['sub'], 5000 + n, slug(t), E(t), iso(when), iso(when), years, iso(later(when, 200)), years - 1 if years > 1 else 1, 3000 + 911 * n, 3 + n, 5000 + n, 12 + n,
               _sevote(12 + n), paras_html(qps), site['tag'], site['tag'], site['tag'], 5000 + n, 5000 + n, 5000 + n, 5000 + n, _secard('asked', qu, when), _secomments(qcs, when),
               len(qa['a']), len(qa['a']), len(qa['a']), ''.join(answers), site['tag'], site['tag'], site['dom'], E(site['name']), '2026'))
    return page(site['lang'], '%s - %s' % (t, site['name']), head, body)


def quora(qa, site, when, n):
    """Quora-like answer page: the question as headline, its top answers, each with a credential line; no
    question details text (Quora shows only the question), so the body is the answers."""
    t = qa['title']
    ans = []
    for k, (u, ps, v, acc, cs) in enumerate(qa['a']):
        aw = later(when, 30 * (k + 1))
        ans.append('<div class="q-box dom_annotate_question_answer_item_%d qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-mb--small qu-bg--raised">'
                   '<div class="q-flex qu-alignItems--center"><div class="q-inlineFlex qu-mr--small"><img class="q-image qu-display--block" src="https://qph.cf2.example-cdn.net/main-thumb-%d-50.jpg" alt="Profile photo for %s" width="36" height="36"></div>'
                   '<div class="q-box"><span class="q-text qu-bold"><a class="q-box qu-cursor--pointer puppeteer_test_link" href="/profile/%s">%s</a></span> <span class="q-text qu-color--gray">· <button class="q-click-wrapper">Follow</button></span>'
                   '<div class="q-text qu-color--gray_light">%s · <a class="answer_timestamp" href="/%s/answer/%s">%s</a></div></div></div>\n'
                   '<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content"><div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text">%s</span></div></div></div>\n'
                   '<div class="q-text qu-color--gray_light qu-mt--small"><span>%d.%dK views</span> · <span><a href="/%s/answer/%s/log">View upvotes</a></span> · <span>Answer requested by <a href="/profile/Quill-Hanlon">Quill Hanlon</a></span></div>'
                   '<div class="q-flex qu-justifyContent--space-between"><button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote</span> · <span class="q-text">%d</span></button><button class="q-click-wrapper" aria-label="Downvote"></button><button class="q-click-wrapper" aria-label="Comment">%d</button><button class="q-click-wrapper" aria-label="Share">Share</button></div></div>\n'
                   % (k, 11 + k, E(u), slug(u), E(u.replace('_', ' ').title()), ['Former bakery owner (2009–2021)', 'Systems administrator at a regional hospital', 'Lives in a house built in 1924'][(n + k) % 3],
                      slug(t), slug(u), 'Updated %s' % d_short(aw) if k == 0 else d_short(aw), ''.join('<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"><span>%s</span></p>' % E(p) for p in ps),
                      1 + k, 3 * n % 10, slug(t), slug(u), v * 4, len(cs)))
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:type" content="website">\n'
            '<meta property="og:site_name" content="%s">\n<link rel="canonical" href="https://www.%s/%s">\n%s'
            % (E(qa['a'][0][1][0][:150]), E(t), site['name'], site['dom'], slug(t), ld({'@context': 'https://schema.org', '@type': 'QAPage', 'mainEntity': {'@type': 'Question', 'name': t, 'answerCount': len(qa['a']), 'dateCreated': iso(when)}})))
    body = ('<div id="root"><div class="q-box"><div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised"><div class="q-flex qu-alignItems--center qu-justifyContent--space-between"><a class="q-box" href="/" aria-label="%s home"><svg width="89px" height="50px" viewBox="0 0 89 50"></svg></a>'
            '<div class="q-flex"><a href="/" class="q-box">Home</a><a href="/following" class="q-box">Following</a><a href="/answer" class="q-box">Answer</a><a href="/spaces" class="q-box">Spaces</a><a href="/notifications" class="q-box">Notifications</a></div>'
            '<div class="q-box"><input class="q-input qu-overflow--hidden" placeholder="Search %s"></div><button class="q-click-wrapper qu-bg--blue">Add question</button></div></div>\n'
            '<div class="q-box qu-pt--medium"><div class="q-flex"><div class="q-box qu-flex--auto"><div class="q-box qu-borderBottom qu-pb--small">'
            '<div class="q-text puppeteer_test_question_title"><span class="q-box qu-userSelect--text"><span>%s</span></span></div>'
            '<div class="q-flex"><button class="q-click-wrapper">Answer</button><button class="q-click-wrapper">Follow · %d</button><button class="q-click-wrapper">Request</button></div></div>\n'
            '<div class="q-text qu-py--small qu-color--gray"><span>Sort</span> <span class="qu-bold">Recommended</span></div>\n%s'
            '<div class="q-box qu-mt--small qu-borderTop"><div class="q-text qu-bold">Related questions</div><ul>%s</ul></div></div>\n'
            '<div class="q-box qu-ml--medium" style="width:320px"><div class="q-box qu-borderAll qu-p--small"><div class="q-text qu-bold">Sponsored by Ledgerline</div><div class="q-text">Do your books in ten minutes a week. Try it free for 30 days.</div><a href="https://ads.example.net/click?id=77" class="q-box">Learn More</a></div>'
            '<div class="q-box qu-borderAll qu-mt--small qu-p--small"><div class="q-text qu-bold">About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · &copy; %s, Inc. 2026</div></div></div></div></div></div></div>'
            % (site['name'], site['name'], E(t), 40 + n * 13, ''.join(ans),
               ''.join('<li><a class="q-box qu-cursor--pointer" href="/%s">%s</a></li>' % (slug(s), E(s)) for s in ['What is the best way to learn this as an adult?', 'Why do so many people get this wrong?', 'Is it worth doing this yourself or paying a professional?']),
               site['name']))
    return page(site['lang'], '%s - %s' % (t, site['name']), head, body)


def _mailbody(m):
    out = []
    if m['quote']:
        attrib, ql = m['quote']
    for k, line in enumerate(m['lines']):
        if m['quote'] and k == 1:
            out.append('%s\n%s\n' % (E(attrib), '\n'.join('&gt; ' + E(x) for x in ql)))
        out.append(E(line))
    return '\n\n'.join(out) + '\n\n-- \n' + E(m['sig']) + '\n'


def _wrap72(s):
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n'.join(lines)


def pipermail(m, site, when, n):
    d = dt(when)
    stamp = '%s %s %2d %s %d' % (DAYS[d.weekday()][:3], MON[d.month - 1], d.day, when[11:] + ':%02d' % (n * 7 % 60), d.year)
    mm = dict(m, lines=[_wrap72(x) for x in m['lines']])
    body = ('<h1>[%s] %s</h1>\n<b>%s</b> \n<a href="mailto:%s%%40%s?Subject=%s&In-Reply-To=%%3C%d.%s%%40mail.example.org%%3E" title="[%s] %s">%s at %s\n       </a><br>\n'
            '<i>%s</i>\n<p><ul>\n<li>Previous message: <a href="%06d.html">[%s] Weekly build report</a></li>\n<li>Next message: <a href="%06d.html">[%s] %s</a></li>\n'
            '<li> <b>Messages sorted by:</b> \n<a href="date.html#%d">[ date ]</a>\n<a href="thread.html#%d">[ thread ]</a>\n<a href="subject.html#%d">[ subject ]</a>\n<a href="author.html#%d">[ author ]</a>\n</li>\n</ul>\n<hr>  \n'
            '<!--beginarticle-->\n<pre>%s</pre>\n\n<!--endarticle-->\n<hr>\n<p><ul>\n<!--threads-->\n<li>Previous message: <a href="%06d.html">[%s] Weekly build report</a></li>\n<li>Next message: <a href="%06d.html">[%s] %s</a></li>\n'
            '<li> <b>Messages sorted by:</b> \n<a href="date.html#%d">[ date ]</a>\n<a href="thread.html#%d">[ thread ]</a>\n<a href="subject.html#%d">[ subject ]</a>\n<a href="author.html#%d">[ author ]</a>\n</li>\n</ul>\n\n<hr>\n'
            '<a href="https://lists.%s/mailman/listinfo/%s">More information about the %s\nmailing list</a><br>\n'
            % (m['list'], E(m['subject']), E(m['author']), slug(m['author']).replace('-', '.'), site['dom'], E(m['subject']).replace(' ', '%20'), 1700 + n, slug(m['author']), m['list'], E(m['subject']), slug(m['author']).replace('-', '.'), site['dom'],
               stamp, 1699 + n, m['list'], 1701 + n, m['list'], 'Re: ' + m['subject'] if not m['subject'].startswith('Re:') else m['subject'], 1700 + n, 1700 + n, 1700 + n, 1700 + n,
               _mailbody(mm), 1699 + n, m['list'], 1701 + n, m['list'], 'Re: ' + m['subject'] if not m['subject'].startswith('Re:') else m['subject'], 1700 + n, 1700 + n, 1700 + n, 1700 + n, site['dom'], m['list'], m['list']))
    head = ('<LINK REL="Index" HREF="index.html" >\n<LINK REL="made" HREF="mailto:%s%%40%s?Subject=%s">\n<META NAME="robots" CONTENT="index,nofollow">\n<style type="text/css">pre {white-space: pre-wrap;}</style>\n<META http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
            '<LINK REL="Previous"  HREF="%06d.html">\n<LINK REL="Next"  HREF="%06d.html">\n' % (slug(m['author']).replace('-', '.'), site['dom'], E(m['subject']).replace(' ', '%20'), 1699 + n, 1701 + n))
    return page('en', '[%s] %s' % (m['list'], m['subject']), head, body, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">').replace('<html lang="en">', '<html>').replace('<meta charset="utf-8">\n', '')


def hyperkitty(m, site, when, n):
    """Mailman 3 HyperKitty message page: the email body in div.email-body, quoted lines in blockquotes."""
    body_parts = []
    for k, line in enumerate(m['lines']):
        if m['quote'] and k == 1:
            body_parts.append('%s<br>\n<blockquote>%s</blockquote>' % (E(m['quote'][0]), '<br>\n'.join(E(x) for x in m['quote'][1])))
        body_parts.append(E(line))
    text = '<br>\n<br>\n'.join(body_parts) + '<br>\n<br>\n<div class="signature">-- <br>\n%s</div>' % E(m['sig']).replace('\n', '<br>\n')
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<meta name="ROBOTS" content="INDEX, FOLLOW">\n<link rel="shortcut icon" href="/static/hyperkitty/img/favicon.ico">\n'
            '<link rel="stylesheet" href="/static/CACHE/css/output.3f5e0b.css" type="text/css" media="all">\n')
    body = ('<nav class="navbar sticky-top navbar-light bg-light navbar-expand-md"><div class="container"><div class="navbar-header col-md"><a class="navbar-brand" href="/archives/">%s Mailing Lists</a></div>'
            '<div class="collapse navbar-collapse" id="navbarSupportedContent"><ul class="nav navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/accounts/login/?next=/archives/list/%s%%40lists.%s/message/K%dQ/"><span class="fa fa-sign-in"></span> Sign In</a></li><li class="nav-item"><a class="nav-link" href="/accounts/signup/">Sign Up</a></li></ul>'
            '<form name="search" method="get" action="/archives/search" class="navbar-form navbar-right my-2 my-lg-0" role="search"><input type="hidden" name="mlist" value="%s@lists.%s"><div class="input-group"><input name="q" type="text" class="form-control rounded-4 search" placeholder="Search this list" aria-label="Search this list"></div></form></div></div></nav>\n'
            '<div class="modal fade" tabindex="-1" role="dialog" id="keyboard-shortcuts"><div class="modal-dialog" role="document"><div class="modal-content"><div class="modal-header"><h4 class="modal-title">Keyboard Shortcuts</h4></div><div class="modal-body"><h3>Thread View</h3><ul><li><code>j</code>: Next unread message </li><li><code>k</code>: Previous unread message </li><li><code>j a</code>: Jump to all threads</li></ul></div></div></div></div>\n'
            '<div class="container"><div class="row"><div class="d-none d-md-block col-sm-2"><div class="row"><div class="col-12 accordion" id="months-list"><div class="card"><div class="card-header"><h3 class="card-title btn btn-link"><a data-toggle="collapse" data-target="#collapse0">%s</a></h3></div><div id="collapse0" class="panel-collapse show"><div class="card-body"><ul class="list-unstyled"><li><a href="/archives/list/%s@lists.%s/%s/">%s</a></li></ul></div></div></div></div></div></div>\n'
            '<div class="col-sm-12 col-md-10"><div class="message-header row"><div class="col-tn-2 message-back"><a href="/archives/list/%s@lists.%s/thread/K%dQ/#K%dQ"><span class="fa fa-chevron-left icon"></span><span class="d-none d-md-inline hidden-tn hidden-xs">thread</span></a></div>'
            '<div class="col-10"><h1>%s</h1></div></div>\n<div class="row"><div class="col-sm-9"><section id="thread-content"><div class="email email-first"><div id="K%dQ" class="email-header"><div class="gravatar-wrapper"><div class="gravatar circle"><img class="gravatar" src="https://secure.gravatar.com/avatar/%032x.jpg?s=120&amp;d=mm&amp;r=g" width="120" height="120" alt=""></div>'
            '<div class="email-author"><span class="name"><a href="/archives/users/%d/" title="See the profile for %s">%s</a></span></div></div><div class="email-date right"><span class="date d-none d-sm-inline">%s </span><span class="date d-sm-none">%s</span><div class="time"><span title="Sender\'s time: %s">%s</span></div></div></div>\n'
            '<div class="email-body">\n%s\n</div>\n<div class="email-info"><div class="likeform-wrapper right"><form method="post" class="likeform" action="/archives/list/%s@lists.%s/message/K%dQ/vote"><a class="youlike vote disabled" title="You must be logged-in to vote." href="#like" data-vote="1"><span class="fa fa-thumbs-o-up"></span> 0</a> <a class="youdislike vote disabled" title="You must be logged-in to vote." href="#dislike" data-vote="-1"><span class="fa fa-thumbs-o-down"></span> 0</a></form></div>'
            '<div class="messagelink right"><span class="fa fa-font cursor-pointer toggle-font" data-toggle="tooltip" title="Display in fixed font"></span><a href="/archives/list/%s@lists.%s/message/K%dQ/" title="Permalink for this message"><i class="fa fa-link"></i></a></div>'
            '<a class="reply reply-mailto" title="Sign in to reply online" href="mailto:%s@lists.%s?Subject=%s"><i class="fa fa-reply"></i> Reply</a></div></div></section></div>\n'
            '<div class="col-sm-3"><div class="message-thread-info"><p>References and replies</p><ul><li><a href="/archives/list/%s@lists.%s/thread/K%dQ/">View thread</a> (3 messages)</li></ul><p class="bottom-info"><i class="fa fa-envelope"></i> <a href="/archives/list/%s@lists.%s/">%s</a></p></div></div></div></div></div></div>\n'
            '<footer class="footer"><div class="container"><p class="text-muted">Powered by <a href="http://hyperkitty.readthedocs.org">HyperKitty</a> version 1.3.7.</p></div></footer>'
            % (E(site['name']), m['list'], site['dom'], n, m['list'], site['dom'], when[:4], m['list'], site['dom'], when[:7].replace('-', '/'), '%s %s' % (['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(when[5:7]) - 1], when[:4]),
               m['list'], site['dom'], n, n, E(m['subject']), n, n * 7919, 300 + n, E(m['author']), E(m['author']), d_long(when).replace(',', '') if False else '%s, %s' % (DAYS[dt(when).weekday()][:3], d_uk(when)), d_uk(when), when[11:], when[11:] + ' a.m.' if int(when[11:13]) < 12 else when[11:] + ' p.m.',
               text, m['list'], site['dom'], n, m['list'], site['dom'], n, m['list'], site['dom'], E(m['subject']).replace(' ', '%20'), m['list'], site['dom'], n, m['list'], site['dom'], m['list']))
    return page('en', '%s - %s - %s Mailing Lists' % (m['subject'], m['list'], site['name']), head, body)


def news(nw, site, when, n):
    """A local news story with a reader-comment section (counterexample: comments are furniture here)."""
    com = ''.join('<li class="comment" id="comment-%d"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/%032x?s=40" class="avatar avatar-40 photo" height="40" width="40"><b class="fn">%s</b> <span class="says">says:</span></div>'
                  '<div class="comment-metadata"><a href="#comment-%d"><time datetime="%s">%s at %s</time></a></div></footer><div class="comment-content"><p>%s</p></div>'
                  '<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=%d#respond" aria-label="Reply to %s">Reply</a></div></article></li>'
                  % (400 + k, k * 101, E(u), 400 + k, iso(later(when, 3 + k)), d_long(later(when, 3 + k)), later(when, 3 + k)[11:], E(c), 400 + k, E(u)) for k, (u, c) in enumerate(nw['comments']))
    art = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': nw['title'], 'datePublished': iso(when), 'dateModified': iso(later(when, 2)), 'author': [{'@type': 'Person', 'name': 'Morag Liddell'}],
           'publisher': {'@type': 'Organization', 'name': site['name']}, 'commentCount': len(nw['comments'])}
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="article:published_time" content="%s">\n'
            '<meta name="generator" content="WordPress 6.4.2">\n<link rel="canonical" href="https://%s/%s/%s/">\n%s' % (E(nw['title']), iso(when), site['dom'], when[:4], slug(nw['title']), ld(art)))
    body = ('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">%s</a></p><p class="site-description">News for the islands since 1952</p>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/community/">Community</a></li><li><a href="/forum/">Forum</a></li><li><a href="/notices/">Notices</a></li></ul></nav></header>\n'
            '<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry category-news"><header class="entry-header"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/morag/">Morag Liddell</a></span></span></div></header>\n'
            '<div class="entry-content">%s<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-x"><a href="?share=x" target="_blank"><span>X</span></a></li><li class="share-email"><a href="?share=email"><span>Email</span></a></li></ul></div></div>\n'
            '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/news/" rel="category tag">News</a></span><span class="tags-links">Tagged <a href="/tag/ferry/" rel="tag">ferry</a></span></footer></article>\n'
            '<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/%s/school-roof-repairs/" rel="prev">Previous post: School roof repairs finished early</a></div><div class="nav-next"><a href="/%s/regatta-results/" rel="next">Next post: Regatta results</a></div></div></nav>\n'
            '<div id="comments" class="comments-area"><h2 class="comments-title">%d thoughts on &ldquo;%s&rdquo;</h2><ol class="comment-list">%s</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>\n'
            '</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/x/">Harbour dues to rise in April</a></li><li><a href="/y/">New doctor starts at the surgery</a></li></ul></section></aside></div>\n'
            '<footer id="colophon" class="site-footer"><div class="site-info">&copy; %s %s &middot; Proudly powered by WordPress</div></footer></div>'
            % (E(site['name']), E(nw['title']), iso(when), d_long(when), paras_html(nw['paras']), when[:4], when[:4], len(nw['comments']), E(nw['title']), com, when[:4], E(site['name'])))
    return page(site['lang'], '%s &#8211; %s' % (nw['title'], site['name']), head, body).replace('&amp;#8211;', '&#8211;')
