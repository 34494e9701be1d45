#!/bin/sh
# t2003: every catalog of the repository is valid and complete: for every
# content domain, a LANG.po for each language of po/LINGUAS.
. "$top_srcdir/tests/lib.sh"

po="$top_srcdir/po"
languages=$(grep -v '^#' "$po/LINGUAS")
for dir in "$po"/*/; do
  domain=$(basename "$dir")
  [ "$domain" = folio ] && continue
  for lang in $languages; do
    test_expect_success "po/$domain/$lang.po is valid and 100% translated" '
      test -f "$dir/$lang.po" &&
      msgfmt -c --check-format --statistics -o /dev/null "$dir/$lang.po" 2> stats &&
      cat stats && ! grep -q "fuzzy\|untranslated" stats &&
      msgcmp "$dir/$lang.po" "$dir/$domain.pot"
    '
  done
done
test_done
