# tests/lib.sh: the little test library every tests/t*.sh sources.
# Each script runs in a fresh temporary folder; test_expect_success runs
# a snippet and prints a TAP line; test_done prints the plan and exits.
set -u
: "${top_srcdir:?run through make check}" "${top_builddir:?}" "${FOLIO:?}"
# Run folio under a wrapper (valgrind) when FOLIO_WRAPPER is set.
folio() { ${FOLIO_WRAPPER:-} "$FOLIO" "$@"; }
# What ICU itself says (tests/icu-ask.c, built by make check): expectations
# computed on this machine rather than typed by hand.
icu_ask() { "${ICU_ASK:-$top_builddir/tests/icu-ask}" "$@"; }
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1750636800
unset GETTEXTDATADIRS

test_count=0
test_failed=0
TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/folio-test.XXXXXX")
trap 'rm -rf "$TEST_DIR"' EXIT
cd "$TEST_DIR" || exit 1
# No folio installed on this machine takes part: a test that wants the
# installed template and catalogs names the source tree (same layout).
export FOLIO_DATADIR="$TEST_DIR/.no-installed-data"

test_expect_success() {
  test_count=$((test_count + 1))
  if ( eval "$2" ) > "$TEST_DIR/.out" 2>&1; then
    echo "ok $test_count - $1"
  else
    test_failed=$((test_failed + 1))
    echo "not ok $test_count - $1"
    sed 's/^/#   /' "$TEST_DIR/.out" | head -n 40
  fi
}

# test_expect_failure 'title' 'commands': a known gap, reported as a TAP
# TODO (not a failure) while it fails; once it passes the harness calls it
# an unexpected pass, and the test should become test_expect_success.
test_expect_failure() {
  test_count=$((test_count + 1))
  if ( eval "$2" ) > "$TEST_DIR/.out" 2>&1; then
    echo "ok $test_count - $1 # TODO known gap"
  else
    echo "not ok $test_count - $1 # TODO known gap"
  fi
}

test_skip() {
  test_count=$((test_count + 1))
  echo "ok $test_count - # SKIP $1: $2"
}

# test_must_fail CODE COMMAND...: COMMAND exits with exactly CODE.
test_must_fail() {
  want=$1; shift
  "$@"
  got=$?
  if [ "$got" -ne "$want" ]; then
    echo "expected exit $want, got $got: $*" >&2
    return 1
  fi
}

test_cmp() { diff -u "$1" "$2"; }

test_done() {
  echo "1..$test_count"
  [ "$test_failed" -eq 0 ]
}
