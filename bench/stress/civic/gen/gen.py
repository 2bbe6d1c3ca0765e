import sys, os, json, random
sys.path.insert(0, os.path.dirname(__file__))
from arts6 import A
import tpl1, tpl2, tpl3, tpl4
T = {}
for m in (tpl1, tpl2, tpl3, tpl4):
    for k in dir(m):
        if k in ('civicplus','drupalgov','uswds','govuk','canada','austral','police','fire','court','univ','eureka','institute','ngo','blotter','speech','univ2','granicus','unagency'):
            T[k] = getattr(m, k)
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
count = {}
for i, a in enumerate(A, 1):
    rng = random.Random(1000 + i)
    idx = count.get(a['tpl'], 0); count[a['tpl']] = idx + 1
    html_, txt = T[a['tpl']](a, rng, idx)
    n = '%02d' % i
    open(os.path.join(out, n + '.html'), 'w').write(html_)
    open(os.path.join(out, n + '.txt'), 'w').write(txt)
    json.dump({'published': a['date'], 'lang': 'en', 'title': a['title']}, open(os.path.join(out, n + '.json'), 'w'))
    print(n, a['tpl'], len(html_.encode()))
