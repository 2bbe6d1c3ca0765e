"""Shared helpers for the forums generator: escaping, dates, users, page shell."""
import datetime, html, json, re

E = html.escape
MONTHS = 'January February March April May June July August September October November December'.split()
MON = [m[:3] for m in MONTHS]
DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')[:60]


def dt(when):
    """when: 'YYYY-MM-DD HH:MM' -> datetime."""
    return datetime.datetime.strptime(when, '%Y-%m-%d %H:%M')


def later(when, hours):
    return (dt(when) + datetime.timedelta(hours=hours)).strftime('%Y-%m-%d %H:%M')


def iso(when):
    return dt(when).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def d_phpbb(when):  # "Tue Mar 14, 2006 9:12 pm"
    d = dt(when)
    return '%s %s %d, %d %d:%02d %s' % (DAYS[d.weekday()][:3], MON[d.month - 1], d.day, d.year,
                                        (d.hour - 1) % 12 + 1, d.minute, 'am' if d.hour < 12 else 'pm')


def d_us(when):  # "03-14-2006, 09:12 PM"
    d = dt(when)
    return '%02d-%02d-%d, %02d:%02d %s' % (d.month, d.day, d.year, (d.hour - 1) % 12 + 1, d.minute,
                                           'AM' if d.hour < 12 else 'PM')


def d_long(when):  # "March 14, 2006"
    d = dt(when)
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def d_short(when):  # "Mar 14, 2006"
    d = dt(when)
    return '%s %d, %d' % (MON[d.month - 1], d.day, d.year)


def d_uk(when):  # "14 Mar 2006"
    d = dt(when)
    return '%d %s %d' % (d.day, MON[d.month - 1], d.year)


USERS = {}


def user(name):
    """A stable invented profile per user name: join date, posts, reputation, rank, location, signature."""
    if name not in USERS:
        h = sum(ord(c) * (i + 3) for i, c in enumerate(name))
        ranks = ['Junior Member', 'Member', 'Senior Member', 'Regular', 'Veteran', 'Moderator']
        places = ['Cornwall', 'Leeds', 'Ontario', 'Otago', 'Bremen', 'Vermont', 'Tasmania', 'Galway']
        sigs = ['Measure twice, post once.', 'Running a 1998 hull and a 2019 budget.',
                'Allotment 14, east gate. Ask me about leeks.', 'If it is not backed up, it does not exist.',
                'Slow bread, fast answers.', 'Opinions my own; spanners borrowed.']
        USERS[name] = dict(joined='%s %d' % (MON[h % 12], 2001 + h % 15), posts=40 + h % 4900, rep=h % 2300,
                           rank=ranks[h % len(ranks)], place=places[h % len(places)],
                           sig=sigs[h % len(sigs)], initial=name[0].upper())
    return USERS[name]


def page(lang, title, head_extra, body, doctype='<!DOCTYPE html>'):
    return '%s\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n' % (
        doctype, lang, E(title), head_extra, body)


def ld(obj):
    return '<script type="application/ld+json">%s</script>\n' % json.dumps(obj, ensure_ascii=False)


def ga(uid):
    return ('<script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}'
            'gtag("js",new Date());gtag("config","%s");</script>\n' % (uid, uid))


def paras_html(paras, tag='p'):
    return ''.join('<%s>%s</%s>\n' % (tag, E(p), tag) for p in paras)


def br_html(paras):
    """Old boards: paragraphs joined by two <br /> inside one post div."""
    return '<br />\n<br />\n'.join(E(p) for p in paras)


def quoted_name(thread, q):
    return thread['posts'][q[0]][0]


def similar(titles, head='Similar Threads'):
    return '<div class="similar"><h3>%s</h3><ul>%s</ul></div>\n' % (
        head, ''.join('<li><a href="/t/%s">%s</a></li>' % (slug(t), E(t)) for t in titles))


SIMILAR = ['Engine cuts out when warm', 'Which reproofer for cotton?', 'New member from the coast',
           'Best budget multimeter 2019?', 'Annual meeting minutes', 'Help identifying this part',
           'What did you do today?', 'Rules of the forum: please read before posting']
