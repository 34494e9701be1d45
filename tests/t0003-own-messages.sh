#!/bin/sh
# t0003: folio's own messages are translatable and their catalogs complete.
. "$top_srcdir/tests/lib.sh"

test_expect_success 'every source file with marked messages is in POTFILES.in' '
  cd "$top_srcdir" &&
  for f in $(grep -l "_(\"\|N_(\"" src/*.c src/*.cc 2>/dev/null); do
    grep -qx "$f" po/folio/POTFILES.in || { echo "not in POTFILES.in: $f"; exit 1; }
  done
'
test_expect_success 'every catalog of po/folio covers every message of the sources' '
  cd "$top_srcdir" &&
  xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 -f po/folio/POTFILES.in -o "$TEST_DIR/folio.pot" &&
  for lang in $(grep -v "^#" po/folio/LINGUAS); do
    msgmerge -q po/folio/$lang.po "$TEST_DIR/folio.pot" -o "$TEST_DIR/$lang.po" &&
    msgfmt -c --check-format --statistics -o /dev/null "$TEST_DIR/$lang.po" 2> "$TEST_DIR/stats" &&
    cat "$TEST_DIR/stats" &&
    ! grep -q "fuzzy\|untranslated" "$TEST_DIR/stats" || exit 1
  done
'
test_done
