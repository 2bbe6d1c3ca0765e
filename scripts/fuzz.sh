#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default
# 60), seeded from the test fixtures (and the corpora in ../shared when there).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
CC=clang cmake -S . -B build-fuzz -DPA_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_extract fuzz_robots fuzz_date fuzz_url fuzz_urlkey fuzz_decode fuzz_sitemap fuzz_feed fuzz_linkheader fuzz_minhash)
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}" >/dev/null
for t in "${targets[@]}"; do
  corpus=fuzz/corpus-$t
  mkdir -p "$corpus"
  case $t in
    fuzz_extract)
      find tests/fixtures -name '*.html' -exec cp {} "$corpus"/ \;
      for f in $(ls ../shared/corpora/readability-test-pages/*/source.html.gz 2>/dev/null | head -40); do
        zcat "$f" > "$corpus/$(basename "$(dirname "$f")").html"
      done ;;
    fuzz_robots) printf 'a/b\nUser-agent: *\nDisallow: /a*$\nAllow: /a/b\nCrawl-delay: 2\nSitemap: http://x/s.xml\n' > "$corpus/seed1" ;;
    fuzz_date) printf 'Post time: Nov-14-2025' > "$corpus/s1"; printf '\xd9\x88\xd9\x82\xd8\xaa: \xd9\xa1\xd9\xa4 2025' > "$corpus/s2"
               printf '2025-11-14T08:30:00+08:00' > "$corpus/s3" ;;
    fuzz_url) printf 'http://Example.com:80/a/../b?q#f' > "$corpus/s1" ;;
    fuzz_urlkey) printf 'https://kn.site.com/news/x\nhttps://www.site.com/news/x/' > "$corpus/s1"
                 printf 'http://site.com/en/news/4711-prices.html?lang=en&utm_source=x\nhttp://site.com/ar/akhbar/4711-a' \
                   > "$corpus/s2" ;;
    fuzz_decode) printf '\x04plain text' > "$corpus/s1" ;;
    fuzz_sitemap) cp fuzz/corpus/sitemap/* "$corpus"/ ;;
    fuzz_feed) cp fuzz/corpus/feed/* "$corpus"/ ;;
    fuzz_minhash) printf 'Guangyuan aluminium output rose 41.9 percent to 615,000 tonnes in 2025, the city said.' > "$corpus/s1"
                  printf '\xe5\xb9\xbf\xe5\x85\x83\xe5\xb8\x82\xe9\x93\x9d\xe4\xba\xa7\xe4\xb8\x9a\xe5\x8f\x91\xe5\xb1\x95\xe8\xbf\x85\xe9\x80\x9f' > "$corpus/s2" ;;
    fuzz_linkheader) printf 'HTTP/1.1 200 OK\r\nLink: <https://ar.x.com/a>; rel="alternate"; hreflang="ar", </b>; rel=canonical\r\n\r\n' > "$corpus/s1" ;;
  esac
  echo "== $t for $secs s"
  ./build-fuzz/"$t" -max_total_time="$secs" -max_len=262144 -rss_limit_mb=1024 -timeout=10 "$corpus" 2>&1 \
    | grep -E "^(#[0-9]+.*(DONE|pulse)|Done|==[0-9]+==ERROR|SUMMARY)" | tail -3
done
