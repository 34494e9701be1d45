#!/bin/sh
# Builds folio with AddressSanitizer and UndefinedBehaviorSanitizer in a copy
# of the source tree (the tree itself may be configured already) and runs the
# test suite there.
# Usage: scripts/check-sanitizers.sh [BUILD-DIR]
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$top/build-sanitize"}
rm -rf "$build"
mkdir -p "$build"
(cd "$top" && git ls-files -z | xargs -0 cp --parents -t "$build")
cd "$build"
./autogen.sh > /dev/null 2>&1
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
./configure -q CFLAGS="$flags" CXXFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined"
# libgettextpo's own leaks (tests/lsan.supp) are not folio's.
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions="$top/tests/lsan.supp" \
  make -j2 check
