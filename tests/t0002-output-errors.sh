#!/bin/sh
# t0002: output failures are errors, never silent.
. "$top_srcdir/tests/lib.sh"

test_expect_success 'writing to a full disk fails with an error' '
  test_must_fail 2 folio extract "$top_srcdir/content/edition.xml" > /dev/full 2> err &&
  grep -q "error" err
'
test_expect_success 'an output in a missing folder fails with the path named' '
  test_must_fail 2 folio extract -o missing/x.pot "$top_srcdir/content/edition.xml" 2> err &&
  grep -q "^missing/x.pot: error: " err && ! test -e missing
'
test_done
