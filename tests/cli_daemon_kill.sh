#!/usr/bin/env bash
# cli_daemon_kill.sh — crash safety of the daemon: a crawl of the fixture
# site (tests/fixtures/make_daemon_site.py) is killed with SIGKILL at least
# 10 times at random moments, restarted each time, then run to the end of
# its cycle.  It must end with exactly the documents and bundles of an
# uninterrupted crawl, every tar readable by `tar -tf`, every WARC file
# complete (gzip -t, and every record readable by pressarc's CDXJ indexer).
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
src=${PA_SOURCE_DIR:?}
kills=${PA_KILLS:-12}
tmp=$(mktemp -d /tmp/pa-dkill-XXXXXX)
spid= dpid=
cleanup() {
  [ -n "$dpid" ] && kill -9 "$dpid" 2>/dev/null || true
  [ -n "$spid" ] && kill "$spid" 2>/dev/null || true
  [ -n "${PA_KEEP:-}" ] || rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; tail -20 "$tmp/daemon.log" >&2 2>/dev/null; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

mkdir "$tmp/site"
start_test_server "$tmp/port" --root "$tmp/site"
spid=$server_pid
host=press.daemon.test
base="http://$host:$port"
PA_SITE_BASE=$base python3 "$src/tests/fixtures/make_daemon_site.py" "$tmp/site" --add-article >/dev/null

conf() { # conf STORE: one slow-ish source so that kills land mid-crawl
  cat <<EOF
[global]
store = $1
delay = 0.03
per_host = 1
log_level = warn
grace = 1

[source daemon-news]
start_url = $base/en/news/index.html $base/ar/news/index.html $base/id/news/index.html
sitemap = $base/sitemap_index.xml
feed = $base/ar/feed.atom
follow = ^http://press\\.daemon\\.test:[0-9]+/(en|ar|id)/
depth = 1
EOF
}
conf "$tmp/ref" > "$tmp/ref.conf"
conf "$tmp/crash" > "$tmp/crash.conf"
R=(--resolve "$host:$port:127.0.0.1")

# the reference: one uninterrupted cycle
"$bin" daemon --config "$tmp/ref.conf" --once "${R[@]}" 2>>"$tmp/daemon.log" || fail "reference crawl"

# the crash loop: start a cycle, SIGKILL it after a random delay, again and again
for i in $(seq "$kills"); do
  "$bin" daemon --config "$tmp/crash.conf" --once "${R[@]}" 2>>"$tmp/daemon.log" &
  dpid=$!
  sleep "0.$(( (RANDOM % 60) + 5 ))"
  kill -9 "$dpid" 2>/dev/null || true
  wait "$dpid" 2>/dev/null || true
  dpid=
done
# then let it finish (each start resumes what the killed runs left due)
for _ in 1 2 3; do
  "$bin" daemon --config "$tmp/crash.conf" --once "${R[@]}" 2>>"$tmp/daemon.log" || fail "resumed cycle"
done

summary() { # documents (url, lang, text hash) and bundles (sorted url groups) of a store
  "$bin" export --store "$1" --format docs 2>/dev/null | jq -r '[.url, .lang, (.text | length | tostring), .title] | join(" ")' | sort
  "$bin" bundles --store "$1" --json | jq -c '[.documents[].url] | sort' | sort
}
summary "$tmp/ref" > "$tmp/ref.txt"
summary "$tmp/crash" > "$tmp/crash.txt"
[ -s "$tmp/ref.txt" ] || fail "reference crawl archived nothing"
want=$(jq '.articles | length' "$tmp/site/expected.json")
got=$("$bin" export --store "$tmp/ref" --format docs 2>/dev/null | wc -l)
[ "$got" -eq "$want" ] || fail "reference crawl archived $got documents, the site has $want"
diff "$tmp/ref.txt" "$tmp/crash.txt" || fail "killed crawl differs from the uninterrupted one"
# every document exactly once
n=$("$bin" export --store "$tmp/crash" --format docs 2>/dev/null | jq -r .url | sort | uniq -d | wc -l)
[ "$n" -eq 0 ] || fail "duplicated documents"
for t in "$tmp"/crash/bundles/*.tar; do tar -tf "$t" >/dev/null || fail "$t unreadable"; done
ls "$tmp"/crash/bundles | grep -q '\.tmp\.' && fail "temporary tar left behind"
for w in "$tmp"/crash/warc/*.warc.gz; do gzip -t "$w" || fail "$w is torn"; done
"$bin" export --store "$tmp/crash" --format cdxj > "$tmp/index.cdxj" 2>"$tmp/cdxj.err" || fail "damaged WARC records: $(cat "$tmp/cdxj.err")"
echo "cli_daemon_kill: ok ($kills kills)"
