#!/usr/bin/env bash
# cli_link_header.sh — hreflang alternates announced only in HTTP `Link`
# response headers (RFC 8288) group translations: a site whose pages have
# opaque URLs, no <link hreflang> and texts without shared numbers, where
# only the Link headers say which pages are versions of one release.  A
# reciprocal pair is one bundle with the `hreflang` signal; a one-way link
# with nothing in common stays apart; the alternates reach the manifest; the
# Link header's rel=canonical fills a page's missing canonical.
set -euo pipefail
bin=${PA_BINARY:?}
server=${PA_TESTSERVER:?}
tmp=$(mktemp -d /tmp/pa-link-XXXXXX)
spid=
cleanup() { [ -n "$spid" ] && kill "$spid" 2>/dev/null || true; rm -rf "$tmp"; }
[ -n "${PA_KEEP:-}" ] || trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
. "${PA_SOURCE_DIR:?}/tests/support/cli_lib.sh"

mkdir -p "$tmp/site/p"
start_test_server "$tmp/port" --root "$tmp/site"
spid=$server_pid
host=link.header.test
base="http://$host:$port"

page() { # page FILE LANG TITLE PARAGRAPH...
  local f=$1 lang=$2 title=$3; shift 3
  {
    printf '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>\n' "$lang" "$title"
    printf '<nav><a href="/">Home</a> <a href="/p/">News</a></nav><article><h1>%s</h1>\n' "$title"
    for para in "$@"; do printf '<p>%s</p>\n' "$para"; done
    printf '</article><footer>Copyright Link Header Test</footer></body></html>\n'
  } > "$tmp/site/p/$f"
}
page a1.html en "City opens a new riverside library" \
  "The city council opened the riverside library on Monday after two years of construction work." \
  "The building offers reading rooms, a children's floor and a rooftop garden for public events." \
  "Residents can borrow books, laptops and musical instruments with their municipal library card."
page b7.html id "Kota membuka perpustakaan tepi sungai yang baru" \
  "Dewan kota membuka perpustakaan tepi sungai pada hari Senin setelah pembangunan selama dua tahun." \
  "Gedung ini menawarkan ruang baca, lantai anak-anak, dan taman atap untuk acara publik." \
  "Warga dapat meminjam buku, laptop, dan alat musik dengan kartu perpustakaan kota mereka."
page c3.html fr "Le port accueille une nouvelle ligne de ferry" \
  "Le port a inauguré mardi une ligne de ferry vers les îles voisines, exploitée toute l'année." \
  "Les billets sont en vente en ligne et aux guichets du terminal maritime rénové."
printf 'Link: <%s/p/b7.html>; rel="alternate"; hreflang="id", </p/a1.html>; rel=alternate; hreflang=en\nLink: <%s/canonical/a1>; rel=canonical\n' "$base" "$base" > "$tmp/site/p/a1.html.headers"
printf 'Link: </p/a1.html>; rel="alternate"; hreflang="en"\n' > "$tmp/site/p/b7.html.headers"
# one-way, unrelated content: must not be trusted
printf 'Link: </p/a1.html>; rel="alternate"; hreflang="en"\n' > "$tmp/site/p/c3.html.headers"

printf '%s/p/a1.html\n%s/p/b7.html\n%s/p/c3.html\n' "$base" "$base" "$base" > "$tmp/urls.txt"
"$bin" fetch --quiet --store "$tmp/s" --resolve "$host:$port:127.0.0.1" --delay 0 "$tmp/urls.txt" || fail "fetch exit $?"
"$bin" bundles --store "$tmp/s" --json | jq -c '[.documents[].url] | sort' | sort > "$tmp/got"
printf '["%s/p/a1.html","%s/p/b7.html"]\n["%s/p/c3.html"]\n' "$base" "$base" "$base" | sort > "$tmp/want"
diff "$tmp/want" "$tmp/got" || fail "bundles from Link headers differ"

tar=$(grep -l "a1.html" "$tmp"/s/bundles/*.tar | head -1)
[ -n "$tar" ] || fail "no tar holds a1.html"
tar -xOf "$tar" manifest.json > "$tmp/manifest.json"
jq -e '[.documents[] | select(.url | endswith("/p/b7.html")) | .signals[]?] | index("hreflang") != null' "$tmp/manifest.json" >/dev/null \
  || jq -e '.. | strings | select(. == "hreflang")' "$tmp/manifest.json" >/dev/null \
  || fail "the hreflang signal is not recorded: $(cat "$tmp/manifest.json")"
"$bin" export --store "$tmp/s" --format docs > "$tmp/docs.jsonl"
tar -xOf "$tar" --wildcards 'en/*.json' > "$tmp/en.json"
jq -e --arg u "$base/p/b7.html" '[.alternates[]? | select(.hreflang == "id" and .href == $u)] | length == 1' "$tmp/en.json" >/dev/null \
  || fail "Link-header alternates missing from the document metadata: $(cat "$tmp/en.json")"
jq -e --arg u "$base/canonical/a1" '.canonical == $u' "$tmp/en.json" >/dev/null \
  || fail "Link-header canonical not used: $(cat "$tmp/en.json")"
echo "cli_link_header: ok"
