#!/usr/bin/env bash
# fetch_bench.sh — pressarc fetch against wget2 on the same pages, in one run.
# Serves N article-like pages (~30 KB) from a local nginx on 4 loopback ports
# (4 hosts), then times `pressarc fetch` (writing WARC, state.db, extraction
# and bundle tars) and `wget2` over the same URL list at the same concurrency,
# and prints pages/s, peak RSS and the ratio.
#   bench/fetch_bench.sh [--pages N] [--concurrency C]     (defaults 20000, 32)
# Also prints the floor: the CPU time of gzip -3 and of a bare libxml2 parse
# over the same pages, which no archiver that writes WARC.gz and parses the
# pages can beat on this machine's cores.
# Needs nginx, wget2 and xmllint: scripts/install-deps.sh --bench
set -euo pipefail
cd "$(dirname "$0")/.."
pages=20000
conc=32
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) pages=$2; shift 2 ;;
    --concurrency) conc=$2; shift 2 ;;
    *) echo "usage: $0 [--pages N] [--concurrency C]" >&2; exit 2 ;;
  esac
done
for t in nginx wget2 xmllint gzip python3 /usr/bin/time; do
  command -v "$t" >/dev/null || { echo "missing $t: run scripts/install-deps.sh --bench" >&2; exit 2; }
done
cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build build-rel -j2 >/dev/null

tmp=$(mktemp -d /tmp/pa-bench-XXXXXX)
chmod 755 "$tmp"   # nginx workers run as another user
cleanup() { [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

python3 bench/gen_pages.py "$tmp/www" "$pages"
ports=(18181 18182 18183 18184)
{
  echo "worker_processes 1; pid $tmp/nginx.pid; error_log $tmp/error.log; daemon on;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; keepalive_requests 100000; default_type text/html;"
  for p in "${ports[@]}"; do echo "  server { listen 127.0.0.1:$p; root $tmp/www; }"; done
  echo "}"
} > "$tmp/nginx.conf"
nginx -c "$tmp/nginx.conf" -p "$tmp"
sleep 0.5

: > "$tmp/urls.txt"
for ((i = 0; i < pages; i++)); do
  printf 'http://127.0.0.1:%s/p/%06d.html\n' "${ports[$((i % 4))]}" "$i"
done >> "$tmp/urls.txt"
per_host=$((conc / 4))
bytes=$(du -sb "$tmp/www" | cut -f1)

run() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%U %S %e %M" -o "$tmp/$name.time" "$@" > "$tmp/$name.log" 2>&1 || true
  tail -n 1 "$tmp/$name.time" > "$tmp/$name.t" && mv "$tmp/$name.t" "$tmp/$name.time"
  [ -s "$tmp/$name.log" ] && tail -n 3 "$tmp/$name.log" >&2
  read -r usr sys secs rss < "$tmp/$name.time"
  echo "$name cpu user $usr s, sys $sys s" >&2
  echo "$name $secs $rss"
}

echo "pages: $pages ($((bytes / 1024 / 1024)) MB), hosts: 4, concurrency: $conc"
r1=$(run pressarc build-rel/pressarc fetch --quiet --ignore-robots --delay 0 --per-host "$per_host" \
       --concurrency "$conc" --store "$tmp/store" "$tmp/urls.txt")
r2=$(run wget2 wget2 --quiet --no-robots --max-threads="$conc" --input-file="$tmp/urls.txt" \
       --directory-prefix="$tmp/wget2" --tries=1)
fetched=$(build-rel/pressarc status --store "$tmp/store" --json)
got_wget=$(find "$tmp/wget2" -type f | wc -l)
read -r _ s1 m1 <<< "$r1"
read -r _ s2 m2 <<< "$r2"
# The floor: CPU seconds that the work any archiver of these pages must do
# costs on this machine, whatever its design — compress them for the WARC
# (gzip -3, pressarc's level) and parse them as HTML (libxml2, bare parse).
cpu_of() { /usr/bin/time -f "%U %S" -o "$tmp/cpu.t" "$@" > /dev/null 2>&1 || true; awk '{ print $1 + $2 }' "$tmp/cpu.t"; }
gz_cpu=$(cpu_of sh -c "find '$tmp/www/p' -name '*.html' -print0 | xargs -0 cat | gzip -3 -c")
parse_cpu=$(cpu_of sh -c "find '$tmp/www/p' -name '*.html' -print0 | xargs -0 xmllint --html --noout")
cores=$(nproc)
python3 - "$pages" "$s1" "$m1" "$s2" "$m2" "$fetched" "$got_wget" "$gz_cpu" "$parse_cpu" "$cores" <<'PY'
import json, sys
n, s1, m1, s2, m2 = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
st, gw = json.loads(sys.argv[6]), int(sys.argv[7])
gz, parse, cores = float(sys.argv[8]), float(sys.argv[9]), int(sys.argv[10])
floor = (gz + parse) / cores
print("pressarc: %.2f s, %.0f pages/s, peak RSS %.1f MB (fetched %d, documents %d, bundles %d)"
      % (s1, n / s1, m1 / 1024, st["fetched"], st["documents"], st["bundles"]))
print("wget2:    %.2f s, %.0f pages/s, peak RSS %.1f MB (files %d)" % (s2, n / s2, m2 / 1024, gw))
print("ratio pressarc/wget2 pages/s: %.2f (target >= 1.2); pressarc peak RSS target <= 64 MB" % (s2 / s1))
print("floor: gzip -3 %.2f s CPU + libxml2 bare parse %.2f s CPU over %d cores = %.2f s at best,"
      " i.e. at most %.0f pages/s for any archiver that compresses and parses (%.2f x wget2)"
      % (gz, parse, cores, floor, n / floor, s2 / floor))
PY
