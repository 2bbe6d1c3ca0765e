#!/usr/bin/env bash
# The main job, offline: installs the dependencies, builds pressarc, serves
# the sample multilingual press site (tests/fixtures/site) on loopback under
# a real-looking host name, crawls it with `pressarc fetch`, and shows what
# landed in the store (outcomes, bundles, one tar's contents).
#   scripts/demo.sh [STORE_DIR]      (default ./pressarc-store)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-./pressarc-store}

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
bin=build/pressarc
server=build/pa_testserver

tmp=$(mktemp -d)
cleanup() { [ -n "${spid:-}" ] && kill "$spid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

"$server" --root tests/fixtures/site --port 0 --port-file "$tmp/port" &
spid=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
port=$(cat "$tmp/port")
host=press.aluminium-news.test
echo "sample site: http://$host:$port/ (served on 127.0.0.1)"

# Every page of the site, plus a line that is not a URL (reported, not fatal).
{
  echo "# sample press site"
  (cd tests/fixtures/site && find . -name '*.html' | sort | sed "s|^\./|http://$host:$port/|")
  echo "not a url"
} > "$tmp/urls.txt"

set +e
"$bin" fetch --store "$store" --resolve "$host:$port:127.0.0.1" --delay 0.1 --per-host 4 "$tmp/urls.txt"
rc=$?
set -e
echo "pressarc fetch exit status: $rc (1 expected: the list holds one invalid line)"
"$bin" status --store "$store"
"$bin" bundles --store "$store"
first=$(ls "$store"/bundles/*.tar 2>/dev/null | head -1)
if [ -n "$first" ]; then
  echo "contents of $first:"
  tar -tvf "$first"
fi
