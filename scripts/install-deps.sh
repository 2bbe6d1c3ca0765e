#!/usr/bin/env bash
# Installs the Debian 12 packages pressarc needs to build, test and benchmark.
# Idempotent: packages already present are left alone. Used by README and .ci/run.
set -euo pipefail

PKGS=(
  build-essential cmake pkg-config git ca-certificates
  libcurl4-openssl-dev libxml2-dev libarchive-dev libsqlite3-dev zlib1g-dev
  libjansson-dev libinih-dev libpsl-dev libutf8proc-dev libuchardet-dev
  libexttextcat-dev libcmocka-dev libmicrohttpd-dev libssl-dev libbrotli-dev
  libzstd-dev clang libclang-rt-14-dev libxml2-utils python3 tar valgrind jq zstd
)

# --bench: also what bench/ needs (not needed to build or test; Readability.js in
# bench/ needs node and npm besides, from Debian or the machine's own Node.js)
if [ "${1:-}" = "--bench" ]; then
  PKGS+=(nginx-light wget2 time python3-readability)
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
