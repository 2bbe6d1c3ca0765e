#!/usr/bin/env bash
# Installs the dependencies, builds pressarc and runs the whole test suite
# (ctest).  Options:
#   --asan      build in build-asan/ with AddressSanitizer + UBSan and test that
#   --valgrind  run the unit tests under valgrind's memcheck (slow)
# Any other arguments are passed to ctest (e.g. -R robots).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=plain
args=()
for a in "$@"; do
  case "$a" in
    --asan) mode=asan ;;
    --valgrind) mode=valgrind ;;
    *) args+=("$a") ;;
  esac
done

bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
case "$mode" in
  plain)
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build build -j"$jobs"
    ctest --test-dir build --output-on-failure -j"$jobs" "${args[@]}"
    ;;
  asan)
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPA_SANITIZE=ON >/dev/null
    cmake --build build-asan -j"$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir build-asan --output-on-failure -j"$jobs" "${args[@]}"
    ;;
  valgrind)
    cmake -S . -B build-vg -DCMAKE_BUILD_TYPE=Debug >/dev/null
    cmake --build build-vg -j"$jobs"
    # every test executable under memcheck; definite leaks and errors fail
    export PA_SOURCE_DIR=$PWD PA_SHARED_DIR=$PWD/../shared PA_BINARY=$PWD/build-vg/pressarc
    export PA_TEST_TIMING=0  # valgrind serialises threads: server-side gaps are meaningless
    failed=0
    for t in build-vg/test_*; do
      [ -x "$t" ] || continue
      if valgrind -q --error-exitcode=99 --suppressions=tests/valgrind.supp --leak-check=full --errors-for-leak-kinds=definite \
           --show-leak-kinds=definite "$t" > "$t.valgrind.log" 2>&1; then
        echo "valgrind: $(basename "$t") clean"
      else
        echo "valgrind: $(basename "$t") FAILED (see $t.valgrind.log)"; failed=1
      fi
    done
    exit $failed
    ;;
esac
