#!/usr/bin/env bash
# cli_daemon.sh — `pressarc daemon` end to end on loopback, against the
# multilingual fixture site of tests/fixtures/make_daemon_site.py (listing
# pages with pagination, sitemap index with a gzipped Google News sitemap,
# RSS and Atom feeds, robots.txt with a Sitemap line and a disallowed page):
#  1. --once discovers and archives every article, never the disallowed page,
#     and bundles the three language versions of each release together;
#  2. a second cycle sends conditional requests and writes revisit records,
#     no second copy;
#  3. a release added to the site between cycles is picked up and bundled;
#  4. a running daemon: a second daemon on the store is refused, status works
#     meanwhile, SIGHUP adds a source, SIGTERM stops it cleanly (exit 0);
#  5. configuration errors name file and line (exit 2).
# The kill -9 loop is tests/cli_daemon_kill.sh.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
src=${PA_SOURCE_DIR:?}
tmp=$(mktemp -d /tmp/pa-daemon-XXXXXX)
spid= dpid=
cleanup() {
  [ -n "$dpid" ] && kill -9 "$dpid" 2>/dev/null || true
  [ -n "$spid" ] && kill "$spid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/daemon.log" ] && tail -30 "$tmp/daemon.log" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

mkdir "$tmp/site"
start_test_server "$tmp/port" --root "$tmp/site" --log "$tmp/requests.log"
spid=$server_pid
host=press.daemon.test
base="http://$host:$port"
PA_SITE_BASE=$base python3 "$src/tests/fixtures/make_daemon_site.py" "$tmp/site" >/dev/null
resolve=(--resolve "$host:$port:127.0.0.1" --resolve "press2.daemon.test:$port:127.0.0.1")

cat > "$tmp/pressarc.conf" <<EOF
[global]
store = $tmp/store
delay = 0
per_host = 4
log_level = debug
; articles are due again at once, so that the second cycle revisits them
recrawl_min = 0
grace = 5

[source daemon-news]
start_url = $base/en/news/index.html $base/ar/news/index.html
start_url = $base/id/news/index.html
sitemap = $base/sitemap_index.xml
feed = $base/ar/feed.atom
follow = ^http://press\\.daemon\\.test:[0-9]+/(en|ar|id)/
depth = 1
interval = 1h
discover_sitemaps = yes
EOF

run_once() { "$bin" daemon --config "$tmp/pressarc.conf" --once "${resolve[@]}" >>"$tmp/daemon.log" 2>&1; }
docs() { "$bin" export --store "$tmp/store" --format docs 2>/dev/null; }

# --- 1. one cycle: every article, nothing disallowed, one bundle per release
run_once || fail "daemon --once exit $?"
docs | jq -r .url | sort > "$tmp/got-urls"
jq -r '.articles[]' "$tmp/site/expected.json" | sort > "$tmp/want-urls"
diff "$tmp/want-urls" "$tmp/got-urls" || fail "cycle 1: archived articles differ from the site's"
grep -q ' /private/' "$tmp/requests.log" && fail "a robots.txt-disallowed page was fetched"
grep -q ' /robots.txt ' "$tmp/requests.log" || fail "robots.txt not read"
grep -q ' /news-sitemap.xml.gz ' "$tmp/requests.log" || fail "the gzipped news sitemap (from the index) not read"
grep -q ' /en/feed.rss ' "$tmp/requests.log" || fail "the autodiscovered RSS feed not read"
grep -q ' /en/news/page2.html ' "$tmp/requests.log" || fail "pagination (depth 1) not followed"
"$bin" bundles --store "$tmp/store" --json | jq -c '[.documents[].url] | sort' | sort > "$tmp/got-bundles"
jq -c '.bundles[] | sort' "$tmp/site/expected.json" | sort > "$tmp/want-bundles"
diff "$tmp/want-bundles" "$tmp/got-bundles" || fail "cycle 1: bundles differ from the releases"
n1=$(docs | wc -l)
resp1=$(zcat "$tmp"/store/warc/*.warc.gz | grep -ac '^WARC-Type: response' || true)

# --- 2. second cycle: conditional requests, revisit records, no second copy
: > "$tmp/requests.log"
run_once || fail "second cycle exit $?"
grep -E ' /en/news/index.html 304 ' "$tmp/requests.log" >/dev/null || fail "listing page not revisited with a 304"
grep ' /en/news/r1-' "$tmp/requests.log" | grep -q 'inm="' || fail "article revisit was not conditional"
revisits=$(zcat "$tmp"/store/warc/*.warc.gz | grep -ac '^WARC-Type: revisit' || true)
[ "$revisits" -ge "$n1" ] || fail "expected at least $n1 revisit records, got $revisits"
resp2=$(zcat "$tmp"/store/warc/*.warc.gz | grep -ac '^WARC-Type: response' || true)
[ "$resp2" -le $((resp1 + 2)) ] || fail "unchanged pages archived again ($resp1 -> $resp2 responses)"
[ "$(docs | wc -l)" -eq "$n1" ] || fail "second cycle changed the documents"

# --- 3. a release published between cycles is picked up and bundled
PA_SITE_BASE=$base python3 "$src/tests/fixtures/make_daemon_site.py" "$tmp/site" --add-article >/dev/null
run_once || fail "third cycle exit $?"
docs | jq -r .url | sort > "$tmp/got-urls"
jq -r '.articles[]' "$tmp/site/expected.json" | sort > "$tmp/want-urls"
diff "$tmp/want-urls" "$tmp/got-urls" || fail "the new release was not archived"
"$bin" bundles --store "$tmp/store" --json | jq -c '[.documents[].url] | sort' | sort > "$tmp/got-bundles"
jq -c '.bundles[] | sort' "$tmp/site/expected.json" | sort > "$tmp/want-bundles"
diff "$tmp/want-bundles" "$tmp/got-bundles" || fail "the new release is not one bundle"
for t in "$tmp"/store/bundles/*.tar; do tar -tf "$t" >/dev/null || fail "$t unreadable"; done

# --- 4. a running daemon: lock, status, SIGHUP adds a source, SIGTERM
sed -i 's/^recrawl_min = 0/recrawl_min = 1d/' "$tmp/pressarc.conf"
started=$(grep -c "daemon started" "$tmp/daemon.log" || true)
"$bin" daemon --config "$tmp/pressarc.conf" "${resolve[@]}" >>"$tmp/daemon.log" 2>&1 &
dpid=$!
# wait for this daemon's start line (earlier cycles wrote theirs too)
for _ in $(seq 200); do
  [ "$(grep -c "daemon started" "$tmp/daemon.log" || true)" -gt "$started" ] && break
  sleep 0.05
done
[ "$(grep -c "daemon started" "$tmp/daemon.log" || true)" -gt "$started" ] || fail "the daemon did not start"
set +e
"$bin" daemon --config "$tmp/pressarc.conf" --once "${resolve[@]}" 2>"$tmp/second.err"
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "a second daemon on the store should exit 3 (got $rc)"
grep -q "in use by another pressarc process" "$tmp/second.err" || fail "second daemon: unclear message"
"$bin" status --store "$tmp/store" --json | jq -e '.running == true and (.sources | length == 1)' >/dev/null \
  || fail "status while the daemon runs"
cat >> "$tmp/pressarc.conf" <<EOF

[source mirror]
start_url = http://press2.daemon.test:$port/en/news/index.html
depth = 0
EOF
kill -HUP "$dpid"
ok=
for _ in $(seq 200); do
  if "$bin" status --store "$tmp/store" --json | jq -e '.sources[] | select(.name == "mirror") | .fetched >= 4' \
      >/dev/null 2>&1; then ok=1; break; fi
  sleep 0.05
done
[ -n "$ok" ] || fail "SIGHUP did not add the source 'mirror'"
grep -q "\[mirror\] source added" "$tmp/daemon.log" || fail "source addition not logged"
kill -0 "$dpid" || fail "daemon died"
kill -TERM "$dpid"
set +e
wait "$dpid"
rc=$?
set -e
dpid=
[ "$rc" -eq 0 ] || fail "SIGTERM: exit $rc"
grep -q "stopped:" "$tmp/daemon.log" || fail "no stop line"

# --- 5. configuration errors: file, line, key; exit 2
printf '[global]\nconcurrency = lots\n[source s]\nstart_url = %s/\n' "$base" > "$tmp/bad.conf"
set +e
"$bin" daemon --config "$tmp/bad.conf" --once 2>"$tmp/bad.err"
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "bad configuration should exit 2 (got $rc)"
grep -q "bad.conf:2: key 'concurrency'" "$tmp/bad.err" || fail "bad configuration message: $(cat "$tmp/bad.err")"
echo "cli_daemon: ok"
