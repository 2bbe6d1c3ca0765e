#!/usr/bin/env bash
# cli_extract.sh — `pressarc extract` as a command: many files in one
# process, output in input order whatever the number of threads, a bad file
# (missing, binary, not HTML) gives an error line on stderr naming it and an
# `error` object in jsonl while the others are still processed (exit 1),
# gzip input, stdin, text-mode separators, usage errors (exit 2).
set -euo pipefail
bin=${PA_BINARY:?}
src=${PA_SOURCE_DIR:?}
tmp=$(mktemp -d /tmp/pa-extract-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mapfile -t pages < <(find "$src/tests/fixtures/extract" -name '*.html' | LC_ALL=C sort)
[ ${#pages[@]} -ge 30 ] || fail "fixture pages missing"
gzip -c "${pages[0]}" > "$tmp/first.html.gz"
# binary data, the same every run (random bytes start with FF or FE, as a
# UTF-16 byte-order mark does, or hold no NUL, now and then): a JPEG's
# first bytes, then the start of the pressarc executable
{ printf '\xff\xd8\xff\xe0'; head -c 4092 "$bin"; } > "$tmp/binary.bin"
printf 'just some words, no markup at all\n' > "$tmp/plain.txt"
# inputs: pages with the bad files between them
inputs=("${pages[@]:0:10}" "$tmp/missing.html" "${pages[@]:10:10}" "$tmp/binary.bin" "$tmp/first.html.gz"
        "$tmp/plain.txt" "${pages[@]:20}")

for jobs in 1 3; do
  rc=0
  "$bin" extract --jobs $jobs --format jsonl "${inputs[@]}" > "$tmp/out$jobs.jsonl" 2> "$tmp/err$jobs" || rc=$?
  [ $rc = 1 ] || fail "--jobs $jobs: exit $rc, want 1 (some files failed)"
done
cmp -s "$tmp/out1.jsonl" "$tmp/out3.jsonl" || fail "output differs between --jobs 1 and --jobs 3"
cmp -s "$tmp/err1" "$tmp/err3" || fail "stderr differs between --jobs 1 and --jobs 3"
[ "$(wc -l < "$tmp/out3.jsonl")" = ${#inputs[@]} ] || fail "not one line per input"
jq -r .file "$tmp/out3.jsonl" > "$tmp/files"
printf '%s\n' "${inputs[@]}" | cmp -s - "$tmp/files" || fail "objects not in input order"
[ "$(jq -r 'select(.error) | .file' "$tmp/out3.jsonl" | xargs -n1 basename | tr '\n' ' ')" = \
  "missing.html binary.bin plain.txt " ] || fail "error objects: $(jq -c 'select(.error)' "$tmp/out3.jsonl")"
for f in missing.html binary.bin plain.txt; do
  grep -q "^pressarc extract: $tmp/$f: " "$tmp/err3" || fail "stderr does not name $f"
done
[ "$(wc -l < "$tmp/err3")" = 3 ] || fail "stderr: $(cat "$tmp/err3")"
# every page got its text, and the gzipped copy the same as the plain one
[ "$(jq -r 'select(.error == null) | select((.text | length) < 100) | .file' "$tmp/out3.jsonl")" = "" ] ||
  fail "a page with (almost) no text"
[ "$(jq -r --arg f "$tmp/first.html.gz" 'select(.file == $f) | .text' "$tmp/out3.jsonl")" = \
  "$(jq -r --arg f "${pages[0]}" 'select(.file == $f) | .text' "$tmp/out3.jsonl")" ] || fail ".gz input"

# json: pretty objects, same content; text: one form feed line between documents
"$bin" extract --jobs 2 --format json "${pages[@]:0:5}" | jq -s -e 'length == 5' > /dev/null || fail "--format json"
"$bin" extract --jobs 2 --format text "${pages[@]:0:5}" > "$tmp/text"
[ "$(grep -c $'^\f$' "$tmp/text")" = 4 ] || fail "text: want 4 form-feed separators"
"$bin" extract --format jsonl - < "${pages[1]}" | jq -e '.file == "-" and (.text | length) > 100' > /dev/null ||
  fail "stdin"

# usage errors
rc=0; "$bin" extract --jobs 0 "${pages[0]}" > /dev/null 2>&1 || rc=$?; [ $rc = 2 ] || fail "--jobs 0: exit $rc"
rc=0; "$bin" extract --jobs x "${pages[0]}" > /dev/null 2>&1 || rc=$?; [ $rc = 2 ] || fail "--jobs x: exit $rc"
rc=0; "$bin" extract --format xml "${pages[0]}" > /dev/null 2>&1 || rc=$?; [ $rc = 2 ] || fail "--format xml: exit $rc"
rc=0; "$bin" extract > /dev/null 2>&1 || rc=$?; [ $rc = 2 ] || fail "no files: exit $rc"
rc=0; "$bin" extract "${pages[@]:0:3}" > /dev/null 2>&1 || rc=$?; [ $rc = 0 ] || fail "all good: exit $rc"
echo "cli_extract: ok (${#inputs[@]} inputs)"
