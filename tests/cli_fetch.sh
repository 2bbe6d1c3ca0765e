#!/usr/bin/env bash
# cli_fetch.sh — the pressarc binary end to end: serves the sample site with
# pa_testserver on loopback, runs `pressarc fetch`, checks exit statuses
# (0, 1, 2, 3), `status --json`, `status --urls`, `bundles --json` and that
# every bundle tar is readable by tar and holds manifest.json.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
site=${PA_SOURCE_DIR:?}/tests/fixtures/site
tmp=$(mktemp -d /tmp/pa-cli-XXXXXX)
spid=
cleanup() { [ -n "$spid" ] && kill "$spid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

start_test_server "$tmp/port" --root "$site"
spid=$server_pid
host=press.aluminium-news.test
resolve="--resolve $host:$port:127.0.0.1"

(cd "$site" && find . -name '*.html' | sort | sed "s|^\./|http://$host:$port/|") > "$tmp/urls.txt"
n=$(wc -l < "$tmp/urls.txt")

# 0: everything fetched
"$bin" fetch --quiet --store "$tmp/s" $resolve --delay 0 "$tmp/urls.txt" || fail "fetch exit $?"
st=$("$bin" status --store "$tmp/s" --json)
echo "$st"
python3 - "$st" "$n" <<'PY' || fail "status --json"
import json, sys
s = json.loads(sys.argv[1]); n = int(sys.argv[2])
for k in ("urls", "fetched", "failed", "robots", "invalid", "documents", "bundles"):
    assert k in s, k
assert s["urls"] == n and s["fetched"] == n and s["failed"] == 0, s
# release A in Kannada, Arabic and Indonesian is one bundle; B, C and the index page one each
assert s["documents"] == n and s["bundles"] == n - 2, s
PY
for t in "$tmp"/s/bundles/*.tar; do
  tar -tf "$t" | grep -x manifest.json >/dev/null || fail "$t lacks manifest.json"
  tar -xOf "$t" manifest.json | python3 -c 'import json,sys; m=json.load(sys.stdin); assert m["documents"][0]["text_path"]' \
    || fail "$t manifest"
done
"$bin" bundles --store "$tmp/s" --json | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
assert lines and all(b["documents"] and b["documents"][0]["url"] for b in lines)
a = [b for b in lines if any("guangyuan-100-enterprises" in d["url"] for d in b["documents"])]
assert len(a) == 1 and sorted(d["lang"] for d in a[0]["documents"]) == ["ar", "id", "kn"], a' || fail "bundles --json"
zcat "$tmp"/s/warc/*.warc.gz | grep "^WARC-Type: response" >/dev/null || fail "no WARC response records"

# the same bundles whatever the fetch order
tac "$tmp/urls.txt" > "$tmp/urls-reversed.txt"
"$bin" fetch --quiet --store "$tmp/r" $resolve --delay 0 "$tmp/urls-reversed.txt" || fail "reversed fetch"
diff <("$bin" bundles --store "$tmp/s" --json) <("$bin" bundles --store "$tmp/r" --json) >/dev/null \
  || fail "bundles depend on the fetch order"

# rebundle regroups to the same bundles and tars
before=$("$bin" bundles --store "$tmp/s" --json)
ls "$tmp"/s/bundles > "$tmp/tars-before"
"$bin" rebundle --store "$tmp/s" | grep -q "6 documents in 4 bundles" || fail "rebundle"
[ "$("$bin" bundles --store "$tmp/s" --json)" = "$before" ] || fail "rebundle changed the bundles"
ls "$tmp"/s/bundles | diff - "$tmp/tars-before" >/dev/null || fail "rebundle changed the tars"

# 1: some URLs failed (a 404 and a line that is not a URL)
printf 'http://%s:%s/missing.html\nnot a url\n' "$host" "$port" > "$tmp/bad.txt"
set +e
"$bin" fetch --quiet --store "$tmp/s" $resolve --retries 0 "$tmp/bad.txt"; rc=$?
set -e
[ "$rc" = 1 ] || fail "expected exit 1, got $rc"
"$bin" status --store "$tmp/s" --urls | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
bad = [r for r in rows if r["status"] != "fetched"]
assert len(bad) == 2 and all(r["error"] for r in bad), bad' || fail "status --urls reasons"

# 2: usage error, unreadable input
set +e
"$bin" fetch --concurrency zero "$tmp/urls.txt" 2>/dev/null; rc=$?
[ "$rc" = 2 ] || fail "bad option: expected 2, got $rc"
"$bin" fetch --store "$tmp/s2" "$tmp/does-not-exist.txt" 2>/dev/null; rc=$?
[ "$rc" = 2 ] || fail "unreadable input: expected 2, got $rc"
# 3: the store path is a regular file
touch "$tmp/file"
"$bin" fetch --store "$tmp/file" "$tmp/urls.txt" 2>/dev/null; rc=$?
[ "$rc" = 3 ] || fail "store is a file: expected 3, got $rc"
"$bin" status --store "$tmp/nowhere" 2>/dev/null; rc=$?
[ "$rc" = 3 ] || fail "status of a missing store: expected 3, got $rc"
set -e

# stdin input and resume: nothing fetched again
out=$("$bin" fetch --store "$tmp/s" $resolve - < "$tmp/urls.txt" 2>&1) || fail "resume exit $?"
echo "$out" | grep -q "$n already fetched" || fail "resume: $out"
echo "1 passed, 0 failed"
