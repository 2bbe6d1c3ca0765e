#!/usr/bin/env bash
# cli_bundle_signals.sh — the bundling signals end to end, one fixture site
# per signal plus one of traps (tests/fixtures/bundles/, written by
# tests/fixtures/make_bundle_sites.py): every host directory of a site is
# served by its own pa_testserver on loopback (sibling language subdomains get
# different ports: the URL signal ignores ports), `pressarc fetch` crawls the
# site's URLs into a fresh store, and `pressarc bundles --json` must give
# exactly the grouping of expected.json; the documents must carry the
# expected signals; fetching in reverse order and `rebundle` must give the
# same bundles.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
fixtures=${PA_SOURCE_DIR:?}/tests/fixtures/bundles
tmp=$(mktemp -d /tmp/pa-bsig-XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

cat > "$tmp/check.py" <<'PY'
import json, sqlite3, sys
from urllib.parse import urlsplit

expected = json.load(open(sys.argv[1], encoding='utf-8'))
store, bundles_json = sys.argv[2], sys.argv[3]

def key(url):
    """http://HOST:PORT/PATH?QUERY -> HOST/PATH?QUERY"""
    u = urlsplit(url)
    return u.hostname + u.path + ('?' + u.query if u.query else '')

got = []
for line in open(bundles_json, encoding='utf-8'):
    b = json.loads(line)
    got.append(sorted(key(d['url']) for d in b['documents']))
got.sort()
want = sorted(sorted(b) for b in expected['bundles'])
if got != want:
    print('site %s: the grouping differs' % expected['site'])
    for b in want:
        if b not in got:
            print('  expected, missing: %s' % b)
    for b in got:
        if b not in want:
            print('  found, unexpected: %s' % b)
    sys.exit(1)
db = sqlite3.connect(store + '/state.db')
signals = {key(u): json.loads(s or '[]') for u, s in db.execute('SELECT url, signals FROM documents')}
bad = [(u, want_s, signals.get(u)) for u, want_s in expected['signals'].items()
       if not set(want_s) <= set(signals.get(u) or [])]
if bad:
    for u, w, g in bad:
        print('  %s: signals %s, expected at least %s' % (u, g, w))
    sys.exit(1)
print('site %s: %d documents in %d bundles as expected' % (expected['site'], sum(map(len, got)), len(got)))
PY

for site in hreflang urls content traps; do
  dir=$fixtures/$site
  [ -f "$dir/expected.json" ] || fail "$dir/expected.json missing (run tests/fixtures/make_bundle_sites.py)"
  resolve=()
  : > "$tmp/$site.ports"
  for host in $(python3 -c 'import json, sys; print(" ".join(json.load(open(sys.argv[1]))["hosts"]))' \
                  "$dir/expected.json"); do
    start_test_server "$tmp/$site-$host.port" --root "$dir/$host"
    pids+=("$server_pid")
    resolve+=(--resolve "$host:$port:127.0.0.1")
    echo "$host $port" >> "$tmp/$site.ports"
  done
  python3 - "$dir/expected.json" "$tmp/$site.ports" > "$tmp/$site.urls" <<'PY'
import json, sys
ports = dict(l.split() for l in open(sys.argv[2]))
for u in json.load(open(sys.argv[1], encoding='utf-8'))['urls']:
    host, _, rest = u.partition('/')
    print('http://%s:%s/%s' % (host, ports[host], rest))
PY
  "$bin" fetch --quiet --store "$tmp/$site" "${resolve[@]}" --delay 0 "$tmp/$site.urls" || fail "$site: fetch exit $?"
  "$bin" bundles --store "$tmp/$site" --json > "$tmp/$site.bundles"
  python3 "$tmp/check.py" "$dir/expected.json" "$tmp/$site" "$tmp/$site.bundles" || fail "$site: grouping"

  # the same bundles (ids included) whatever the fetch order
  tac "$tmp/$site.urls" > "$tmp/$site.urls-r"
  "$bin" fetch --quiet --store "$tmp/$site-r" "${resolve[@]}" --delay 0 "$tmp/$site.urls-r" \
    || fail "$site: reversed fetch"
  diff <("$bin" bundles --store "$tmp/$site-r" --json) "$tmp/$site.bundles" >/dev/null \
    || fail "$site: bundles depend on the fetch order"
  # and after regrouping
  "$bin" rebundle --store "$tmp/$site" >/dev/null || fail "$site: rebundle"
  diff <("$bin" bundles --store "$tmp/$site" --json) "$tmp/$site.bundles" >/dev/null \
    || fail "$site: rebundle changed the bundles"
done
echo "1 passed, 0 failed"
