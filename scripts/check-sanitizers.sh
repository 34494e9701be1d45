#!/bin/sh
# Builds folio with AddressSanitizer and UndefinedBehaviorSanitizer in a
# separate build folder and runs the test suite there.
# Usage: scripts/check-sanitizers.sh [BUILD-DIR]
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$top/build-sanitize"}
[ -x "$top/configure" ] || (cd "$top" && ./autogen.sh)
mkdir -p "$build"
cd "$build"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
"$top/configure" -q CFLAGS="$flags" CXXFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined"
# libgettextpo's own leaks (tests/valgrind.supp) are not folio's.
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$top/tests/lsan.supp" \
  make -j2 check
