#!/usr/bin/env bash
# cli_daemon_hints.sh — what a Google News sitemap and a feed say of an
# article reaches its document when the page itself is silent, on loopback:
#  - a page with no date of its own gets the sitemap's news:publication_date
#    (date_source "sitemap"), or its feed entry's pubDate ("feed");
#  - a page that states its date (JSON-LD) keeps it: the hint never wins;
#  - a hint after the fetch time or before 1990 is ignored;
#  - a page too short to tell its language gets the sitemap's news:language;
#  - a URL whose news:language the source does not keep is never fetched.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
tmp=$(mktemp -d /tmp/pa-hints-XXXXXX)
spid=
cleanup() {
  [ -n "$spid" ] && kill "$spid" 2>/dev/null || true
  [ -n "${PA_KEEP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$tmp/daemon.log" ] && tail -20 "$tmp/daemon.log" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

mkdir "$tmp/site"
start_test_server "$tmp/port" --root "$tmp/site" --log "$tmp/requests.log"
spid=$server_pid
host=hints.daemon.test
base="http://$host:$port"

para() { # a paragraph of plain English press text, no date in it
  echo "<p>Hint Metals announced a new rolling line for aluminium coil at its $1 plant, adding capacity for"
  echo "customers in the packaging and construction markets and creating $2 permanent jobs for the region.</p>"
}
page() { # name, extra head, body
  printf '<!DOCTYPE html><html><head><title>%s</title>%s</head><body><article><h1>%s</h1>%s</article></body></html>\n' \
    "$1" "$2" "$1" "$3" > "$tmp/site/$1.html"
}
page nodate '' "$(para Sohar 350)$(para Duqm 120)"
page jsonld '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-01T08:00:00Z"}</script>' \
  "$(para Salalah 80)$(para Sur 45)"
page future '' "$(para Nizwa 60)$(para Ibri 30)"
page short '' '<p>Siaran pers.</p>'
page french '' "$(para Muscat 10)$(para Rustaq 20)"
page fromfeed '' "$(para Khasab 75)$(para Bahla 95)"

cat > "$tmp/site/news.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>$base/nodate.html</loc><news:news><news:publication><news:name>Hint</news:name>
    <news:language>en</news:language></news:publication>
    <news:publication_date>2025-11-14T09:30:00+04:00</news:publication_date><news:title>n</news:title></news:news></url>
  <url><loc>$base/jsonld.html</loc><news:news><news:publication><news:name>Hint</news:name>
    <news:language>en</news:language></news:publication>
    <news:publication_date>2025-11-20</news:publication_date><news:title>j</news:title></news:news></url>
  <url><loc>$base/future.html</loc><news:news><news:publication><news:name>Hint</news:name>
    <news:language>en</news:language></news:publication>
    <news:publication_date>2099-01-01</news:publication_date><news:title>f</news:title></news:news></url>
  <url><loc>$base/short.html</loc><news:news><news:publication><news:name>Hint</news:name>
    <news:language>id</news:language></news:publication>
    <news:publication_date>2025-11-15</news:publication_date><news:title>s</news:title></news:news></url>
  <url><loc>$base/french.html</loc><news:news><news:publication><news:name>Hint</news:name>
    <news:language>fr</news:language></news:publication>
    <news:publication_date>2025-11-16</news:publication_date><news:title>fr</news:title></news:news></url>
</urlset>
EOF
cat > "$tmp/site/feed.rss" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hint</title><link>$base/</link><description>d</description>
<item><title>From the feed</title><link>$base/fromfeed.html</link><pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate></item>
</channel></rss>
EOF

cat > "$tmp/pressarc.conf" <<EOF
[global]
store = $tmp/store
delay = 0
per_host = 4

[source hints]
sitemap = $base/news.xml
feed = $base/feed.rss
languages = en id
discover_sitemaps = no
EOF

"$bin" daemon --config "$tmp/pressarc.conf" --once --resolve "$host:$port:127.0.0.1" >"$tmp/daemon.log" 2>&1 ||
  fail "daemon --once exit $?"
"$bin" export --store "$tmp/store" --format docs > "$tmp/docs.jsonl" || fail "export"
field() { # page name, jq field
  jq -r --arg u "$base/$1.html" "select(.url == \$u) | $2" "$tmp/docs.jsonl"
}
meta() { # page name, manifest metadata field (the document's <lang>/<doc>.json in its bundle)
  sqlite3 "$tmp/store/state.db" "SELECT json_extract(meta_json, '\$.$2') FROM documents WHERE url = '$base/$1.html'"
}
[ "$(field nodate .published)" = 2025-11-14 ] || fail "nodate: published '$(field nodate .published)', want the sitemap's 2025-11-14"
[ "$(meta nodate date_source)" = sitemap ] || fail "nodate: date_source '$(meta nodate date_source)', want sitemap"
[ "$(field jsonld .published | cut -c1-10)" = 2025-10-01 ] || fail "jsonld: the page's own date lost to the sitemap's"
[ "$(field future .published)" = null ] || fail "future: a sitemap date after the fetch was taken: $(field future .published)"
[ "$(field short .lang)" = id ] || fail "short: lang '$(field short .lang)', want the sitemap's id"
[ "$(field fromfeed .published)" = 2025-11-03 ] || fail "fromfeed: published '$(field fromfeed .published)', want the feed's 2025-11-03"
[ "$(meta fromfeed date_source)" = feed ] || fail "fromfeed: date_source '$(meta fromfeed date_source)', want feed"
grep -q ' /nodate.html ' "$tmp/requests.log" || fail "nodate.html not fetched"
grep -q ' /french.html ' "$tmp/requests.log" && fail "french.html fetched although the source keeps en and id only"
[ -z "$(field french .url)" ] || fail "french.html archived"
echo "cli_daemon_hints: ok"
