#!/usr/bin/env bash
# cli_export.sh — `pressarc export` and `pressarc stats` end to end: crawls the
# sample site from pa_testserver on loopback, exports every format and checks
# them with real consumers: jq parses every JSONL line, every pair's texts are
# documents of one bundle, the filters and --shard select what they say, two
# exports are byte-identical, .gz/.zst outputs decompress, each CDXJ line
# points at the gzip member of its WARC record, the datasheet is written, and
# the HTML report parses and holds its SVG charts.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
site=${PA_SOURCE_DIR:?}/tests/fixtures/site
tmp=$(mktemp -d /tmp/pa-export-XXXXXX)
spid=
cleanup() { [ -n "$spid" ] && kill "$spid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"
command -v jq >/dev/null || fail "jq is needed (scripts/install-deps.sh installs it)"

start_test_server "$tmp/port" --root "$site"
spid=$server_pid
host=press.aluminium-news.test
(cd "$site" && find . -name '*.html' | sort | sed "s|^\./|http://$host:$port/|") > "$tmp/urls.txt"
n=$(wc -l < "$tmp/urls.txt")
"$bin" fetch --quiet --store "$tmp/s" --resolve "$host:$port:127.0.0.1" --delay 0 "$tmp/urls.txt" || fail "fetch"
s="$tmp/s"
ex() { "$bin" export --store "$s" "$@"; }

# --- docs: one valid object per document with the contract's fields
ex --format docs > "$tmp/docs.jsonl" 2>/dev/null || fail "export docs"
[ "$(wc -l < "$tmp/docs.jsonl")" -eq "$n" ] || fail "docs: expected $n lines"
jq -e -s 'length > 0 and all(.[]; has("id") and has("bundle") and has("url") and has("lang") and has("title")
  and has("published") and has("fetched") and has("source") and has("sha256") and (.text | type == "string"))' \
  "$tmp/docs.jsonl" >/dev/null || fail "docs: fields"
jq -e -s '[.[] | select(.lang == "kn")] | length == 1 and (.[0].text | test("\n\n"))' "$tmp/docs.jsonl" >/dev/null \
  || fail "docs: the Kannada document with its paragraph breaks"
jq -e -s 'all(.[]; .source == "aluminium-news.test")' "$tmp/docs.jsonl" >/dev/null || fail "docs: source"
# deterministic: a second export is byte-identical
ex --format docs 2>/dev/null | cmp -s - "$tmp/docs.jsonl" || fail "docs: two exports differ"

# --- pairs: every pair's texts are documents of the bundle it names
ex --format pairs > "$tmp/pairs.jsonl" 2>/dev/null || fail "export pairs"
[ "$(wc -l < "$tmp/pairs.jsonl")" -eq 3 ] || fail "pairs: expected 3 (ar-id, ar-kn, id-kn)"
jq -e -s --slurpfile docs "$tmp/docs.jsonl" '
  all(.[]; . as $p
    | ($docs | map(select(.bundle == $p.bundle and .lang == $p.src_lang and .text == $p.src_text
                          and .url == $p.src_url and .title == $p.src_title)) | length == 1)
    and ($docs | map(select(.bundle == $p.bundle and .lang == $p.tgt_lang and .text == $p.tgt_text
                          and .url == $p.tgt_url)) | length == 1)
    and $p.src_lang != $p.tgt_lang)' "$tmp/pairs.jsonl" >/dev/null || fail "pairs: texts not from one bundle"
jq -r -s 'map(.src_lang + "-" + .tgt_lang) | join(" ")' "$tmp/pairs.jsonl" | grep -qx "ar-id ar-kn id-kn" \
  || fail "pairs: language pairs"
ex --format pairs 2>/dev/null | cmp -s - "$tmp/pairs.jsonl" || fail "pairs: two exports differ"
# --pair keeps the asked direction only
ex --format pairs --pair kn-ar > "$tmp/kn-ar.jsonl" 2>/dev/null || fail "export --pair"
jq -e -s 'length == 1 and .[0].src_lang == "kn" and .[0].tgt_lang == "ar"' "$tmp/kn-ar.jsonl" >/dev/null \
  || fail "--pair kn-ar"

# --- tsv: the pairs, two escaped cells a line
ex --format tsv > "$tmp/pairs.tsv" 2>/dev/null || fail "export tsv"
[ "$(wc -l < "$tmp/pairs.tsv")" -eq 3 ] || fail "tsv: expected 3 lines"
awk -F'\t' 'NF != 2 { exit 1 }' "$tmp/pairs.tsv" || fail "tsv: not two cells a line"
head -1 "$tmp/pairs.tsv" | cut -f1 | grep -q '\\n\\n' || fail "tsv: paragraph breaks not escaped"
python3 - "$tmp/pairs.tsv" "$tmp/pairs.jsonl" <<'PY' || fail "tsv: cells differ from the pairs' texts"
import json, sys
def unescape(c):
    out, i = [], 0
    while i < len(c):
        if c[i] == "\\" and i + 1 < len(c):
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[c[i + 1]]); i += 2
        else:
            out.append(c[i]); i += 1
    return "".join(out)
tsv = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
pairs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert [[unescape(a), unescape(b)] for a, b in tsv] == [[p["src_text"], p["tgt_text"]] for p in pairs]
PY

# --- filters
cnt() { ex --format docs "$@" 2>/dev/null | wc -l; }
[ "$(cnt --lang kn)" -eq 1 ] || fail "--lang kn"
[ "$(cnt --lang kn --lang ar)" -eq 2 ] || fail "--lang kn --lang ar"
dated=$(jq -s '[.[] | select(.published != null)] | length' "$tmp/docs.jsonl")
[ "$dated" -gt 0 ] || fail "no dated document in the sample site"
[ "$(cnt --since 2025-11-14 --until 2025-11-14)" -eq "$dated" ] || fail "--since/--until the release day"
[ "$(cnt --since 2025-11-15)" -eq 0 ] || fail "--since after every date"
[ "$(cnt --bundle-min-langs 3)" -eq 3 ] || fail "--bundle-min-langs 3"
[ "$(cnt --source aluminium-news.test)" -eq "$n" ] || fail "--source"
[ "$(cnt --source other.example)" -eq 0 ] || fail "--source other"
[ "$(cnt --min-chars 100000000)" -eq 0 ] || fail "--min-chars huge"
[ "$(cnt --min-chars 1)" -lt "$n" ] || [ "$(cnt --min-chars 1)" -eq "$n" ] || fail "--min-chars 1"
# shards: disjoint, together the whole export, and translations stay together
for k in 1 2 3; do ex --format docs --shard $k/3 > "$tmp/shard$k" 2>/dev/null || fail "--shard $k/3"; done
sort "$tmp"/shard[123] | cmp -s - <(sort "$tmp/docs.jsonl") || fail "shards do not add up to the export"
for k in 1 2 3; do jq -r .bundle "$tmp/shard$k" | sort -u; done | sort | uniq -d | grep -q . && fail "a bundle in two shards"

# --- compressed, atomic outputs and the datasheet
mkdir "$tmp/out"
ex --format docs -o "$tmp/out/docs.jsonl.gz" 2>/dev/null || fail "-o .gz"
gzip -t "$tmp/out/docs.jsonl.gz" || fail "gzip -t"
zcat "$tmp/out/docs.jsonl.gz" | cmp -s - "$tmp/docs.jsonl" || fail ".gz content differs"
ex --format pairs -o "$tmp/out/pairs.jsonl.zst" 2>/dev/null || fail "-o .zst"
zstd -q -t "$tmp/out/pairs.jsonl.zst" || fail "zstd -t"
zstd -q -dc "$tmp/out/pairs.jsonl.zst" | cmp -s - "$tmp/pairs.jsonl" || fail ".zst content differs"
grep -q "belong to their publishers" "$tmp/out/docs.jsonl.gz.README.md" || fail "datasheet licence reminder"
grep -q "Documents: $n" "$tmp/out/docs.jsonl.gz.README.md" || fail "datasheet counts"
grep -q '"concurrency":16' "$tmp/out/docs.jsonl.gz.README.md" || fail "datasheet crawl settings"
ls "$tmp/out" | grep -q tmp && fail "temporary file left behind"

# --- cdxj: sorted, and every line points at its record's gzip member
ex --format cdxj > "$tmp/index.cdxj" 2>/dev/null || fail "export cdxj"
[ "$(wc -l < "$tmp/index.cdxj")" -ge "$n" ] || fail "cdxj: fewer lines than pages"
LC_ALL=C sort -c "$tmp/index.cdxj" || fail "cdxj not sorted"
python3 - "$tmp/index.cdxj" "$s/warc" <<'PY' || fail "cdxj offsets"
import json, sys, zlib
for line in open(sys.argv[1], encoding="utf-8"):
    key, ts, js = line.rstrip("\n").split(" ", 2)
    j = json.loads(js)
    assert len(ts) == 14 and ts.isdigit(), ts
    assert ")" in key and not key.startswith("http"), key
    with open(sys.argv[2] + "/" + j["filename"], "rb") as f:
        f.seek(int(j["offset"]))
        member = f.read(int(j["length"]))
    d = zlib.decompressobj(31)
    rec = d.decompress(member)
    assert d.eof and not d.unused_data, "length is not exactly one gzip member"
    head = rec.split(b"\r\n\r\n", 1)[0].decode()
    assert head.startswith("WARC/1.1"), head[:20]
    assert "WARC-Target-URI: " + j["url"] in head, (j["url"], head)
    assert "WARC-Type: response" in head or "WARC-Type: revisit" in head, head
    if "status" in j:
        assert rec.split(b"\r\n\r\n", 1)[1].startswith(b"HTTP/1.1 " + j["status"].encode())
PY

# --- stats: JSON figures and the HTML report with its charts
"$bin" stats --store "$s" --json > "$tmp/stats.json" || fail "stats --json"
jq -e --argjson n "$n" '.documents == $n and .languages.kn == 1 and .pairs["ar-kn"] == 1
  and (.bundle_sizes | has("3")) and (.months | has("2025-11")) and has("extraction_failures")
  and .sources["aluminium-news.test"] == $n' "$tmp/stats.json" >/dev/null || fail "stats --json figures"
"$bin" stats --store "$s" > "$tmp/stats.txt" || fail "stats"
grep -q "documents per language" "$tmp/stats.txt" || fail "stats text"
"$bin" stats --store "$s" --html "$tmp/report.html" || fail "stats --html"
# polyglot HTML5: it must parse as XML, SVG included
xmllint --noout "$tmp/report.html" || fail "report does not parse"
for id in chart-months chart-bundle-sizes chart-bundle-languages; do
  [ "$(xmllint --xpath "count(//*[local-name()='svg' and @id='$id'])" "$tmp/report.html")" = 1 ] \
    || fail "report lacks the SVG chart $id"
done
bars=$(xmllint --xpath "count(//*[local-name()='svg' and @id='chart-months']/*[local-name()='rect'])" "$tmp/report.html")
[ "$bars" -ge 3 ] || fail "the months chart has $bars bars (3 dated documents in 2025-11, 3 languages)"
grep -Eq '(src|href)="https?:' "$tmp/report.html" && fail "report is not self-contained"

# --- errors: usage 2, store 3
set +e
ex --format nope >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --format should exit 2"
ex --format docs --shard 0/3 >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --shard should exit 2"
ex --format pairs --pair en >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --pair should exit 2"
ex --format docs --since 2025-13-01 >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --since should exit 2"
"$bin" export --store "$tmp/nowhere" --format docs >/dev/null 2>"$tmp/err"; [ $? -eq 3 ] || fail "missing store should exit 3"
grep -q nowhere "$tmp/err" || fail "missing store error names it"
ex --format docs -o "$tmp/no/such/dir/x.jsonl" >/dev/null 2>&1; [ $? -eq 3 ] || fail "unwritable output should exit 3"
"$bin" stats --store "$tmp/nowhere" >/dev/null 2>&1; [ $? -eq 3 ] || fail "stats on a missing store should exit 3"
set -e
echo "cli_export: ok"
