#!/usr/bin/env bash
# render_report.sh — draw the HTML statistics report of a store and take a
# screenshot of it with headless Chromium (Debian package `chromium`), to look
# at the charts as a reader will.  Not part of the tests (Chromium is large).
# usage: scripts/render_report.sh STORE OUT.png [pressarc binary]
set -euo pipefail
store=${1:?usage: render_report.sh STORE OUT.png [BINARY]}
png=${2:?usage: render_report.sh STORE OUT.png [BINARY]}
bin=${3:-build/pressarc}
command -v chromium >/dev/null || { echo "render_report: install chromium first (apt-get install chromium)" >&2; exit 2; }
html=$(mktemp /tmp/pa-report-XXXXXX.html)
trap 'rm -f "$html"' EXIT
"$bin" stats --store "$store" --html "$html"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
  --screenshot="$png" "file://$html" 2>/dev/null
echo "render_report: $png"
