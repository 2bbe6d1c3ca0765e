#!/usr/bin/env bash
# extract_speed.sh — pages/s and MB/s of `pressarc extract` over the corpus
# pages, beside a bare libxml2 parse of the same files (`xmllint --html
# --noout`), in the same run.  Pages are decompressed to a temp dir first so
# both read plain files.
#   bench/extract_speed.sh [--readability] [SHARED_DIR]      (default ../shared)
# --readability also times Mozilla Readability + jsdom (npm install into a
# temporary directory; needs the npm registry) against `pressarc extract
# --jobs 1` on a sample of the same files (every 8th page, ~170: jsdom needs
# minutes and gigabytes for the whole set).
set -euo pipefail
cd "$(dirname "$0")/.."
readability=0
if [ "${1:-}" = "--readability" ]; then readability=1; shift; fi
shared=${1:-../shared}
command -v xmllint >/dev/null || { echo "missing xmllint (libxml2-utils)" >&2; exit 2; }
cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build build-rel -j2 >/dev/null
tmp=$(mktemp -d /tmp/pa-xspeed-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
n=0
for f in "$shared"/corpora/*/html/*.gz "$shared"/corpora/readability-test-pages/*/source.html.gz; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  zcat "$f" > "$tmp/$n.html"
done
bytes=$(cat "$tmp"/*.html | wc -c)
t0=$(date +%s.%N)
build-rel/pressarc extract --jobs 1 --format jsonl "$tmp"/*.html > /dev/null 2>&1 || true
t1=$(date +%s.%N)
xmllint --html --noout --nonet "$tmp"/*.html > /dev/null 2>&1 || true
t2=$(date +%s.%N)
build-rel/pressarc extract --format jsonl "$tmp"/*.html > /dev/null 2>&1 || true
t3=$(date +%s.%N)
cpus=$(nproc)
rtime=0 stime=0 sn=0
if [ "$readability" = 1 ]; then
  (cd "$tmp" && npm install --silent --prefix "$tmp/npm" @mozilla/readability jsdom >/dev/null 2>&1) \
    || { echo "npm install failed" >&2; exit 2; }
  sample=()
  for ((i = 1; i <= n; i += 8)); do sample+=("$tmp/$i.html"); done
  sn=${#sample[@]}
  t4=$(date +%s.%N)
  build-rel/pressarc extract --jobs 1 --format jsonl "${sample[@]}" > /dev/null 2>&1 || true
  t5=$(date +%s.%N)
  stime=$(python3 -c "print($t5 - $t4)")
  line=$(NODE_PATH="$tmp/npm/node_modules" node --max-old-space-size=4096 bench/readability_run.js "${sample[@]}")
  rtime=$(echo "$line" | cut -d' ' -f2)
fi
python3 - "$n" "$bytes" "$cpus" "$sn" "$t0" "$t1" "$t2" "$t3" "$rtime" "$stime" <<'PY'
import sys
n, b, cpus, sn = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t0, t1, t2, t3, rt, st = map(float, sys.argv[5:])
e, p, ej = t1 - t0, t2 - t1, t3 - t2
print("pages: %d, %.1f MB" % (n, b / 1e6))
print("pressarc extract --jobs 1: %.2f s, %.0f pages/s, %.1f MB/s" % (e, n / e, b / 1e6 / e))
print("xmllint --html --noout (parse only, one thread): %.2f s, %.0f pages/s, %.1f MB/s" % (p, n / p, b / 1e6 / p))
print("extract / bare parse time, one thread each: %.2f (target <= 1.5)" % (e / p))
print("pressarc extract (--jobs %d, the default): %.2f s, %.0f pages/s, %.1f MB/s; / bare parse time: %.2f"
      % (cpus, ej, n / ej, b / 1e6 / ej, ej / p))
if rt > 0:
    print("sample of %d pages: Readability + jsdom %.2f s (%.1f pages/s), pressarc extract --jobs 1 %.2f s;"
          " pressarc is %.0fx faster (target >= 30x)" % (sn, rt, sn / rt, st, rt / st))
PY
