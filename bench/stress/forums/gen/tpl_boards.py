"""Classic boards: phpBB 2 (tables), phpBB 3 prosilver, vBulletin 3 (postbit tables), vBulletin 4, SMF 2."""
from common import E, br_html, d_long, d_phpbb, d_uk, d_us, later, page, paras_html, similar, slug, user, SIMILAR


def phpbb2(th, site, when, n):
    t = th['title']
    rows = []
    for i, (u, ps, q) in enumerate(th['posts']):
        p = user(u)
        qh = ''
        if q:
            qh = ('<table width="90%%" cellspacing="1" cellpadding="3" border="0" align="center"><tr><td><span class="genmed"><b>%s wrote:</b></span></td></tr>'
                  '<tr><td class="quote">%s</td></tr></table>\n' % (E(th['posts'][q[0]][0]), E(q[1])))
        sig = '<br />_________________<br />%s' % E(p['sig']) if i % 2 == 0 else ''
        rows.append(
            '<tr><td width="150" align="left" valign="top" class="row1"><span class="name"><a name="%d"></a><b>%s</b></span><br />'
            '<span class="postdetails">%s<br /><br />Joined: %s<br />Posts: %d<br />Location: %s</span><br /></td>\n'
            '<td class="row1" width="100%%" height="28" valign="top"><table width="100%%" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td width="100%%"><span class="postdetails">Posted: %s &nbsp; &nbsp;Post subject: %s</span></td>'
            '<td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p=%d"><img src="templates/subSilver/images/lang_english/icon_quote.gif" alt="Reply with quote" title="Reply with quote" border="0" /></a></td></tr>'
            '<tr><td colspan="2"><hr /></td></tr><tr><td colspan="2"><span class="postbody">%s%s</span></td></tr></table></td></tr>\n'
            '<tr><td class="row1" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">Back to top</a></span></td>'
            '<td class="row1" width="100%%" height="28" valign="bottom" nowrap="nowrap"><a href="profile.php?mode=viewprofile&amp;u=%d"><img src="templates/subSilver/images/lang_english/icon_profile.gif" alt="View user\'s profile" /></a> '
            '<a href="privmsg.php?mode=post&amp;u=%d"><img src="templates/subSilver/images/lang_english/icon_pm.gif" alt="Send private message" /></a></td></tr>\n'
            '<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>\n'
            % (1000 + i, E(u), p['rank'], p['joined'], p['posts'], p['place'], d_phpbb(later(when, i * 5)), E(('Re: ' if i else '') + t),
               5000 + i, qh, br_html(ps), 300 + i, 300 + i) + (sig and '<tr><td></td><td><span class="postbody">%s</span></td></tr>\n' % sig))
    body = ('<a name="top"></a><table width="100%%" cellspacing="0" cellpadding="10" border="0" align="center"><tr><td class="bodyline">'
            '<table width="100%%" cellspacing="0" cellpadding="0" border="0"><tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0" alt="%s Forum Index" /></a></td>'
            '<td align="center" width="100%%" valign="middle"><span class="maintitle">%s</span><br /><span class="gen">Friendly help since 2003</span></td></tr></table>\n'
            '<table cellspacing="0" cellpadding="2" border="0" align="center"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">'
            '<a href="faq.php" class="mainmenu">FAQ</a>&nbsp; <a href="search.php" class="mainmenu">Search</a>&nbsp; <a href="memberlist.php" class="mainmenu">Memberlist</a>&nbsp; '
            '<a href="groupcp.php" class="mainmenu">Usergroups</a>&nbsp; <a href="profile.php?mode=register" class="mainmenu">Register</a></span></td></tr>'
            '<tr><td align="center"><span class="mainmenu"><a href="profile.php?mode=editprofile">Profile</a>&nbsp; <a href="privmsg.php?folder=inbox">Log in to check your private messages</a>&nbsp; <a href="login.php">Log in</a></span></td></tr></table>\n'
            '<table width="100%%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t=%d">%s</a><br /><span class="gensmall"><b>Goto page 1, <a href="viewtopic.php?t=%d&amp;start=15">2</a>&nbsp;&nbsp;<a href="viewtopic.php?t=%d&amp;start=15">Next</a></b></span></td></tr></table>\n'
            '<table width="100%%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=4"><img src="templates/subSilver/images/lang_english/post.gif" border="0" alt="Post new topic" /></a>&nbsp;&nbsp;&nbsp;<a href="posting.php?mode=reply&amp;t=%d"><img src="templates/subSilver/images/lang_english/reply.gif" border="0" alt="Reply to topic" /></a></span></td>'
            '<td align="left" valign="middle" width="100%%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">%s Forum Index</a> -&gt; <a href="viewforum.php?f=4" class="nav">General Help</a></span></td></tr></table>\n'
            '<table class="forumline" width="100%%" cellspacing="1" cellpadding="3" border="0"><tr><th class="thLeft" width="150" height="26" nowrap="nowrap">Author</th><th class="thRight" nowrap="nowrap">Message</th></tr>\n%s</table>\n'
            '<table width="100%%" cellspacing="2" border="0" align="center"><tr><td width="40%%" valign="top" nowrap="nowrap" align="left"><span class="gensmall">Display posts from previous: <select name="postdays"><option value="0" selected="selected">All Posts</option><option value="1">1 Day</option><option value="7">1 Week</option></select></span></td>'
            '<td align="right" valign="top" nowrap="nowrap"><span class="gensmall">All times are GMT</span></td></tr></table>\n'
            '<table width="100%%" cellspacing="2" border="0" align="center"><tr><td width="40%%" valign="top" nowrap="nowrap" align="left"><span class="gensmall">Page <b>1</b> of <b>2</b></span></td>'
            '<td align="right" valign="top" nowrap="nowrap">%s<form method="get" name="jumpbox" action="viewforum.php"><span class="gensmall">Jump to:&nbsp;<select name="f"><option value="-1">Select a forum</option><option value="4" selected="selected">General Help</option><option value="5">Buying and Selling</option><option value="6">Off Topic</option></select><input type="submit" value="Go" class="liteoption" /></span></form></td></tr></table>\n'
            '<table width="100%%" cellspacing="0" border="0" align="center"><tr><td align="left" valign="top"><span class="gensmall">You <b>cannot</b> post new topics in this forum<br />You <b>cannot</b> reply to topics in this forum<br />You <b>cannot</b> edit your posts in this forum<br /></span></td></tr></table>\n'
            '<div align="center"><span class="copyright"><br />Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a> &copy; 2001, 2005 phpBB Group<br /></span></div></td></tr></table>'
            % (E(site['name']), E(site['name']), 700 + n, E(t), 700 + n, 700 + n, 700 + n, E(site['name']), ''.join(rows), ''))
    head = ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<meta http-equiv="Content-Style-Type" content="text/css">\n'
            '<link rel="top" href="./index.php" title="%s Forum Index" />\n<link rel="search" href="./search.php" title="Search" />\n'
            '<style type="text/css">body{background-color:#E5E5E5} .bodyline{background-color:#FFFFFF;border:1px #98AAB1 solid} .quote{font-size:11px;background-color:#FAFAFA;border:#D1D7DC 1px solid}</style>\n' % E(site['name']))
    title = '%s :: View topic - %s' % (site['name'], t)
    return page(site['lang'], title, head, body, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')


def phpbb3(th, site, when, n):
    t = th['title']
    posts = []
    for i, (u, ps, q) in enumerate(th['posts']):
        p = user(u)
        qh = '<blockquote><div><cite>%s wrote:</cite>%s</div></blockquote>' % (E(th['posts'][q[0]][0]), E(q[1])) if q else ''
        sig = '<div id="sig%d" class="signature">%s</div>' % (900 + i, E(p['sig'])) if i % 2 == 1 else ''
        posts.append(
            '<div id="p%d" class="post bg%d"><div class="inner"><span class="corners-top"><span></span></span>\n'
            '<div class="postbody"><ul class="profile-icons"><li class="report-icon"><a href="./report.php?p=%d" title="Report this post"><span>Report this post</span></a></li>'
            '<li class="quote-icon"><a href="./posting.php?mode=quote&amp;p=%d" title="Reply with quote"><span>Reply with quote</span></a></li></ul>\n'
            '<h3%s><a href="#p%d">%s</a></h3>\n<p class="author"><a href="./viewtopic.php?p=%d#p%d"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Post" title="Post" /></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=%d">%s</a></strong> &raquo; %s</p>\n'
            '<div class="content">%s%s</div>\n%s</div>\n'
            '<dl class="postprofile" id="profile%d"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=%d"><img src="./download/file.php?avatar=%d.jpg" width="90" height="90" alt="User avatar" /></a><br /><a href="./memberlist.php?mode=viewprofile&amp;u=%d">%s</a></dt>'
            '<dd>%s</dd><dd>&nbsp;</dd><dd><strong>Posts:</strong> %d</dd><dd><strong>Joined:</strong> %s</dd><dd><strong>Location:</strong> %s</dd></dl>\n'
            '<div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div><span class="corners-bottom"><span></span></span></div></div>\n<hr class="divider" />\n'
            % (6000 + i, 1 + i % 2, 6000 + i, 6000 + i, ' class="first"' if i == 0 else '', 6000 + i, E(('Re: ' if i else '') + t), 6000 + i, 6000 + i, 200 + i,
               E(u), d_phpbb(later(when, i * 9)), qh, br_html(ps), sig, 6000 + i, 200 + i, 200 + i, 200 + i, E(u), p['rank'], p['posts'], p['joined'], p['place']))
    body = ('<div id="wrap"><a id="top" name="top" accesskey="t"></a><div id="page-header"><div class="headerbar"><div class="inner"><span class="corners-top"><span></span></span>'
            '<div id="site-description"><a href="./index.php" title="Board index" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" width="139" height="52" alt="" title="" /></a>'
            '<h1>%s</h1><p>Practical help from people who have done it before</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>'
            '<div id="search-box"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="text" maxlength="128" title="Search for keywords" class="inputbox search" value="Search…" />'
            '<input class="button2" value="Search" type="submit" /><br /><a href="./search.php" title="View the advanced search options">Advanced search</a></fieldset></form></div></div></div>\n'
            '<div class="navbar"><div class="inner"><ul class="linklist navlinks"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a> <strong>&#8249;</strong> <a href="./viewforum.php?f=2">Workshop</a> <strong>&#8249;</strong> <a href="./viewforum.php?f=9">Troubleshooting</a></li></ul>'
            '<ul class="linklist rightside"><li class="icon-faq"><a href="./faq.php" title="Frequently Asked Questions">FAQ</a></li><li class="icon-register"><a href="./ucp.php?mode=register">Register</a></li><li class="icon-logout"><a href="./ucp.php?mode=login" title="Login" accesskey="x">Login</a></li></ul></div></div></div>\n'
            '<a name="start_here"></a><div id="page-body">\n<h2><a href="./viewtopic.php?f=9&amp;t=%d">%s</a></h2>\n'
            '<p><strong>Moderator:</strong> <a href="./memberlist.php?mode=viewprofile&amp;u=2">boardadmin</a></p>\n'
            '<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=9&amp;t=%d" title="Post a reply"><span></span>Post a reply</a></div></div>'
            '<div class="search-box"><form method="get" id="topic-search" action="./search.php"><fieldset><input class="inputbox search tiny" type="text" name="keywords" id="search_keywords" size="20" value="Search this topic…" /><input class="button2" type="submit" value="Search" /></fieldset></form></div>'
            '<div class="pagination">%d posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>\n<div class="clear"></div>\n%s'
            '<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=9&amp;t=%d" title="Post a reply"><span></span>Post a reply</a></div></div></div>\n'
            '<p></p><p><a href="./viewforum.php?f=9" class="left-box left" accesskey="r">Return to Troubleshooting</a></p>\n'
            '<form method="post" id="jumpbox" action="./viewforum.php" onsubmit="if(this.f.value == -1){return false;}"><fieldset class="jumpbox"><label for="f" accesskey="j">Jump to:</label> <select name="f" id="f"><option value="-1">Select a forum</option><option value="2">Workshop</option><option value="9" selected="selected">&nbsp; &nbsp;Troubleshooting</option><option value="10">&nbsp; &nbsp;Show and tell</option></select> <input type="submit" value="Go" class="button2" /></fieldset></form>\n'
            '<h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div>\n'
            '<div id="page-footer"><div class="navbar"><div class="inner"><ul class="linklist"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a></li><li class="rightside"><a href="./memberlist.php?mode=leaders">The team</a> &bull; <a href="./ucp.php?mode=delete_cookies">Delete all board cookies</a> &bull; All times are UTC</li></ul></div></div>'
            '<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group</div></div></div>'
            % (E(site['name']), 800 + n, E(t), 800 + n, len(th['posts']), ''.join(posts), 800 + n))
    head = ('<meta name="keywords" content="" />\n<meta name="description" content="" />\n<link href="./styles/prosilver/theme/stylesheet.css" rel="stylesheet" type="text/css" media="screen, projection" />\n'
            '<link rel="alternate" type="application/atom+xml" title="Feed - %s" href="./feed.php" />\n' % E(site['name']))
    return page(site['lang'], '%s &bull; View topic - %s' % (site['name'], t), head, body).replace('&amp;bull;', '&bull;')


def vb3(th, site, when, n):
    t = th['title']
    posts = []
    for i, (u, ps, q) in enumerate(th['posts']):
        p = user(u)
        qh = ('<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Quote:</div><table cellpadding="6" cellspacing="0" border="0" width="100%%"><tr><td class="alt2" style="border:1px inset">'
              '<div>Originally Posted by <strong>%s</strong></div><div style="font-style:italic">%s</div></td></tr></table></div>' % (E(th['posts'][q[0]][0]), E(q[1]))) if q else ''
        sig = '<div>__________________<br />%s</div>' % E(p['sig']) if i != 1 else ''
        posts.append(
            '<div id="edit%d" style="padding:0px 0px 6px 0px"><table id="post%d" class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%%" align="center">\n'
            '<tr><td class="thead" style="font-weight:normal"><div class="normal" style="float:right">&nbsp;#<a href="showpost.php?p=%d&amp;postcount=%d" target="new" id="postcount%d" name="%d"><strong>%d</strong></a>&nbsp;</div>'
            '<div class="normal"><a name="post%d"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old" border="0" /></a> %s</div></td></tr>\n'
            '<tr><td class="alt2" style="padding:0px"><table cellpadding="0" cellspacing="6" border="0" width="100%%"><tr><td class="alt2"><a href="member.php?u=%d"><img src="image.php?u=%d" alt="%s\'s Avatar" border="0" /></a></td>'
            '<td nowrap="nowrap"><div id="postmenu_%d"><a class="bigusername" href="member.php?u=%d">%s</a></div><div class="smallfont">%s</div></td>'
            '<td width="100%%">&nbsp;</td><td valign="top" nowrap="nowrap"><div class="smallfont"><div>Join Date: %s</div><div>Location: %s</div><div>Posts: %d</div></div></td></tr></table></td></tr>\n'
            '<tr><td class="alt1" id="td_post_%d"><div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="Default" border="0" /> <strong>%s</strong></div><hr size="1" style="color:#D1D1E1" />\n'
            '<div id="post_message_%d">%s%s</div>\n%s</td></tr>\n'
            '<tr><td class="alt2" style="border-top:0px"><div style="float:right"><a href="newreply.php?do=newreply&amp;p=%d" rel="nofollow"><img src="images/buttons/quote.gif" alt="Reply With Quote" border="0" /></a></div>'
            '<a href="report.php?p=%d" rel="nofollow"><img class="inlineimg" src="images/buttons/report.gif" alt="Report Post" border="0" /></a></td></tr></table></div>\n'
            % (7000 + i, 7000 + i, 7000 + i, i + 1, 7000 + i, i + 1, i + 1, 7000 + i, d_us(later(when, i * 3)), 400 + i, 400 + i, E(u), 7000 + i, 400 + i, E(u),
               p['rank'], p['joined'], p['place'], p['posts'], 7000 + i, E(('Re: ' if i else '') + t), 7000 + i, qh, br_html(ps), sig, 7000 + i, 7000 + i))
    body = ('<a name="top"></a><table border="0" width="100%%" cellpadding="0" cellspacing="0" align="center"><tr><td align="left"><a href="index.php"><img src="images/misc/vbulletin3_logo_white.gif" border="0" alt="%s" /></a></td>'
            '<td align="right" id="header_right_cell">&nbsp;</td></tr></table>\n'
            '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%" align="center"><tr><td class="alt1" width="100%%"><table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">'
            '<td><span class="navbar"><a href="index.php" accesskey="1">%s</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=12">Mechanical</a></span></td></tr>'
            '<tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><img class="inlineimg" src="images/misc/navbits_finallink_ltr.gif" alt="Reload this Page" border="0" /> <strong>%s</strong></td></tr></table></td>'
            '<td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" method="post"><table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont"><label for="navbar_username">User Name</label></td>'
            '<td><input type="text" class="bginput" style="font-size:11px" name="vb_login_username" id="navbar_username" size="10" value="User Name" /></td><td class="smallfont" nowrap="nowrap"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" />Remember Me?</label></td></tr></table></form></td></tr></table>\n'
            '<div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%%" align="center"><tr align="center">'
            '<td class="vbmenu_control"><a href="register.php" rel="nofollow">Register</a></td><td class="vbmenu_control"><a href="faq.php" accesskey="5">FAQ</a></td><td class="vbmenu_control"><a href="memberlist.php">Members List</a></td>'
            '<td class="vbmenu_control"><a href="calendar.php">Calendar</a></td><td class="vbmenu_control"><a href="search.php?do=getdaily" accesskey="2">Today\'s Posts</a></td><td class="vbmenu_control"><a href="search.php" accesskey="4" rel="nofollow">Search</a></td></tr></table></div>\n'
            '<br /><table cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin-bottom:3px"><tr valign="bottom"><td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p=7000" rel="nofollow"><img src="images/buttons/reply.gif" alt="Reply" border="0" /></a></td>'
            '<td align="right"><div class="pagenav" align="right"><table class="tborder" cellpadding="3" cellspacing="1" border="0"><tr><td class="vbmenu_control" style="font-weight:normal">Page 1 of 3</td><td class="alt2"><span class="smallfont" title="Showing results 1 to 10 of 27"><strong>1</strong></span></td>'
            '<td class="alt1"><a class="smallfont" href="showthread.php?t=%d&amp;page=2" title="Show results 11 to 20 of 27">2</a></td><td class="alt1"><a class="smallfont" href="showthread.php?t=%d&amp;page=3">3</a></td><td class="alt1"><a class="smallfont" href="showthread.php?t=%d&amp;page=2" title="Next Page - Results 11 to 20 of 27">&gt;</a></td></tr></table></div></td></tr></table>\n'
            '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%" align="center" style="border-bottom-width:0px"><tr><td class="tcat" width="100%%"><div class="smallfont">&nbsp;</div></td>'
            '<td class="vbmenu_control" nowrap="nowrap"><a href="#goto_threadtools">Thread Tools</a></td><td class="vbmenu_control" nowrap="nowrap"><a href="#goto_displaymodes">Display Modes</a></td></tr></table>\n'
            '<div id="posts">%s</div>\n'
            '<table cellpadding="0" cellspacing="0" border="0" width="100%%" style="margin-top:-3px"><tr valign="top"><td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p=7000" rel="nofollow"><img src="images/buttons/reply.gif" alt="Reply" border="0" /></a></td></tr></table>\n'
            '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%" align="center"><thead><tr><td class="tcat" colspan="2">Currently Active Users Viewing This Thread: 2 <span class="normal">(1 members and 1 guests)</span></td></tr></thead>'
            '<tbody><tr><td class="alt1" colspan="2"><span class="smallfont">ridgeback_ron</span></td></tr></tbody></table>\n'
            '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%" align="center"><thead><tr><td class="tcat" colspan="5">Similar Threads</td></tr></thead><tbody><tr>'
            '<td class="thead" align="center">Thread</td><td class="thead" nowrap="nowrap">Thread Starter</td><td class="thead">Forum</td><td class="thead">Replies</td><td class="thead">Last Post</td></tr>'
            '<tr><td class="alt1"><a href="showthread.php?t=1200">%s</a></td><td class="alt2">oilcan_ed</td><td class="alt1">Mechanical</td><td class="alt2" align="center">6</td><td class="alt1" align="right">02-11-2006</td></tr>'
            '<tr><td class="alt1"><a href="showthread.php?t=1311">%s</a></td><td class="alt2">rust_bucket</td><td class="alt1">Mechanical</td><td class="alt2" align="center">11</td><td class="alt1" align="right">09-30-2007</td></tr></tbody></table>\n'
            '<br /><div class="smallfont" align="center">All times are GMT. The time now is <span class="time">10:14 PM</span>.</div><br />\n'
            '<div class="smallfont" align="center"><!-- Do not remove this copyright notice -->Powered by vBulletin&reg; Version 3.8.4<br />Copyright &copy;2000 - 2009, Jelsoft Enterprises Ltd.<!-- Do not remove this copyright notice --></div>'
            % (E(site['name']), E(site['name']), E(t), 900 + n, 900 + n, 900 + n, ''.join(posts), SIMILAR[n % 8], SIMILAR[(n + 3) % 8]))
    head = ('<meta name="generator" content="vBulletin 3.8.4" />\n<meta name="keywords" content="%s" />\n<meta name="description" content="%s" />\n'
            '<script type="text/javascript" src="clientscript/vbulletin_global.js?v=384"></script>\n<link rel="alternate" type="application/rss+xml" title="%s RSS Feed" href="external.php?type=RSS2" />\n'
            % (E(t.lower()), E(th['posts'][0][1][0][:150]), E(site['name'])))
    return page(site['lang'], '%s - %s' % (t, site['name']), head, body, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')


def smf(th, site, when, n):
    t = th['title']
    posts = []
    for i, (u, ps, q) in enumerate(th['posts']):
        p = user(u)
        qh = ('<div class="quoteheader"><div class="topslice_quote"><a href="index.php?topic=%d.msg%d#msg%d">Quote from: %s on %s</a></div></div><blockquote class="bbc_standard_quote">%s<br /></blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>'
              % (300 + n, 8000 + q[0], 8000 + q[0], E(th['posts'][q[0]][0]), d_long(later(when, q[0] * 7)), E(q[1]))) if q else ''
        posts.append(
            '<div class="windowbg%s"><span class="topslice"><span></span></span><div class="post_wrapper">\n'
            '<div class="poster"><h4><a href="index.php?action=profile;u=%d" title="View the profile of %s">%s</a></h4><ul class="reset smalltext" id="msg_%d_extra_info">'
            '<li class="membergroup">%s</li><li class="postgroup">%s</li><li class="stars"><img src="Themes/default/images/star.gif" alt="*" /></li><li class="avatar"><a href="index.php?action=profile;u=%d"><img class="avatar" src="index.php?action=dlattach;attach=%d;type=avatar" alt="" /></a></li>'
            '<li class="postcount">Posts: %d</li><li class="karma">Karma: +%d/-0</li><li class="profile"><ul><li><a href="index.php?action=profile;u=%d"><img src="Themes/default/images/icons/profile_sm.gif" alt="View Profile" title="View Profile" /></a></li></ul></li></ul></div>\n'
            '<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><div class="messageicon"><img src="Themes/default/images/post/xx.gif" alt="" /></div>'
            '<h5 id="subject_%d"><a href="index.php?topic=%d.msg%d#msg%d" rel="nofollow">%s</a></h5><div class="smalltext">&#171; <strong>%s #%d on:</strong> %s &#187;</div><div id="msg_%d_quick_mod"></div></div>'
            '<ul class="reset smalltext quickbuttons"><li class="quote_button"><a href="index.php?action=post;quote=%d;topic=%d.0">Quote</a></li><li class="reply_button"><a href="index.php?action=post;topic=%d.0">Reply</a></li></ul></div>\n'
            '<div class="post"><div class="inner" id="msg_%d">%s%s</div></div></div>\n'
            '<div class="moderatorbar"><div class="smalltext modified" id="modified_%d"></div><div class="smalltext reportlinks"><a href="index.php?action=reporttm;topic=%d.%d;msg=%d">Report to moderator</a> &nbsp;<img src="Themes/default/images/ip.gif" alt="" /> Logged</div>'
            '%s</div></div><span class="botslice"><span></span></span></div>\n<hr class="post_separator" />\n'
            % ('' if i % 2 else '2', 500 + i, E(u), E(u), 8000 + i, p['rank'], 'Full Member' if p['posts'] > 500 else 'Newbie', 500 + i, 60 + i, p['posts'], p['rep'] % 90, 500 + i,
               8000 + i, 300 + n, 8000 + i, 8000 + i, E(('Re: ' if i else '') + t), 'Reply' if i else 'Topic', i, d_long(later(when, i * 7)) + ', ' + later(when, i * 7)[11:] + ' pm', 8000 + i,
               8000 + i, 300 + n, 300 + n, 8000 + i, qh, br_html(ps), 8000 + i, 300 + n, i, 8000 + i,
               '<div class="signature" id="msg_%d_signature">%s</div>' % (8000 + i, E(p['sig'])) if i % 2 == 0 else ''))
    body = ('<div id="wrapper" style="width: 90%%"><div id="header"><div class="frame"><div id="top_section"><h1 class="forumtitle"><a href="index.php">%s</a></h1>'
            '<img id="smflogo" src="Themes/default/images/smflogo.png" alt="Simple Machines Forum" title="Simple Machines Forum" /></div>'
            '<div id="upper_section" class="middletext"><div class="user"><form id="guest_form" action="index.php?action=login2" method="post">Welcome, <strong>Guest</strong>. Please <a href="index.php?action=login">login</a> or <a href="index.php?action=register">register</a>.'
            '<input type="text" name="user" size="10" class="input_text" /><input type="password" name="passwrd" size="10" class="input_password" /><input type="submit" value="Login" class="button_submit" /></form></div>'
            '<div class="news normaltext"><form id="search_form" action="index.php?action=search2" method="post"><input type="text" name="search" value="" class="input_text" />&nbsp;<input type="submit" name="submit" value="Search" class="button_submit" /></form>'
            '<h2>News: </h2><p>The spring plant swap is on 12 April at the community hall. Bring labels!</p></div></div>\n'
            '<div id="main_menu"><ul class="dropmenu" id="menu_nav"><li><a class="active firstlevel" href="index.php"><span class="last firstlevel">Home</span></a></li><li><a class="firstlevel" href="index.php?action=help"><span class="firstlevel">Help</span></a></li>'
            '<li><a class="firstlevel" href="index.php?action=search"><span class="firstlevel">Search</span></a></li><li><a class="firstlevel" href="index.php?action=login"><span class="firstlevel">Login</span></a></li><li><a class="firstlevel" href="index.php?action=register"><span class="last firstlevel">Register</span></a></li></ul></div>\n'
            '<div class="navigate_section"><ul><li><a href="index.php"><span>%s</span></a> &#187;</li><li><a href="index.php#c2"><span>Growing</span></a> &#187;</li><li><a href="index.php?board=4.0"><span>Problems and pests</span></a> &#187;</li><li class="last"><a href="index.php?topic=%d.0"><span>%s</span></a></li></ul></div></div></div>\n'
            '<div id="content_section"><div class="frame"><div id="main_content_section"><a id="top"></a><a id="msg8000"></a>\n'
            '<div class="pagesection"><div class="nextlinks"><a href="index.php?topic=%d.0;prev_next=prev#new">&#171; previous</a> <a href="index.php?topic=%d.0;prev_next=next#new">next &#187;</a></div>'
            '<div class="buttonlist floatright"><ul><li><a class="button_strip_reply active" href="index.php?action=post;topic=%d.0"><span>Reply</span></a></li><li><a class="button_strip_notify" href="index.php?action=notify;topic=%d.0"><span>Notify</span></a></li>'
            '<li><a class="button_strip_print" href="index.php?action=printpage;topic=%d.0" rel="new_win nofollow"><span class="last">Print</span></a></li></ul></div>'
            '<div class="pagelinks floatleft">Pages: [<strong>1</strong>] &nbsp;&nbsp;<a href="#lastPost"><strong>Go Down</strong></a></div></div>\n'
            '<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><img src="Themes/default/images/topic/normal_post.gif" align="bottom" alt="" /><span id="author">Author</span>Topic: %s &nbsp;(Read %d times)</h3></div>\n'
            '<p id="whoisviewing" class="smalltext">0 Members and 1 Guest are viewing this topic.</p>\n<form action="index.php?action=quickmod2;topic=%d.0" method="post" id="quickModForm" style="margin: 0;">\n%s</form></div><a id="lastPost"></a>\n'
            '<div class="pagesection"><div class="pagelinks floatleft">Pages: [<strong>1</strong>] &nbsp;&nbsp;<a href="#top"><strong>Go Up</strong></a></div></div>\n'
            '<div class="plainbox" id="display_jump_to">&nbsp;</div><script type="text/javascript">aJumpTo[aJumpTo.length] = new JumpTo({sContainerId: "display_jump_to", sJumpToTemplate: "<label class=\\"smalltext\\" for=\\"%%select_id%%\\">Jump to:<" + "/label> %%dropdown_list%%"});</script>\n'
            '</div></div></div>\n<div id="footer_section"><div class="frame"><ul class="reset"><li class="copyright"><span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="index.php?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.15</a> | <a href="https://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2017</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a></span></li>'
            '<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="Valid XHTML 1.0!"><span>XHTML</span></a></li></ul><p>Page created in 0.071 seconds with 21 queries.</p></div></div></div>'
            % (E(site['name']), E(site['name']), 300 + n, E(t), 300 + n, 300 + n, 300 + n, 300 + n, 300 + n, E(t), 120 + n * 37, 300 + n, ''.join(posts)))
    head = ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<meta name="description" content="%s" />\n<meta name="keywords" content="allotment, garden, growing" />\n'
            '<link rel="stylesheet" type="text/css" href="Themes/default/css/index.css?fin20" />\n<link rel="canonical" href="https://%s/index.php?topic=%d.0" />\n<link rel="prev" href="https://%s/index.php?topic=%d.0;prev_next=prev" />\n'
            % (E(t), site['dom'], 300 + n, site['dom'], 300 + n))
    return page(site['lang'], t, head, body, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
