#!/bin/sh
# t3004: merging loses nothing: with a catalog whose every msgstr is its
# msgid (gettext's msgen), for every domain, an edition in a locale that
# formats as the source does (en_US) is the source edition byte for byte,
# but for what names the edition's own language.
. "$top_srcdir/tests/lib.sh"

test_expect_success 'every domain gets a catalog that copies its msgids' '
  cp -r "$top_srcdir/content" "$top_srcdir/po" . && : > po/LINGUAS &&
  for pot in po/*/*.pot; do
    msgen "$pot" -o "$(dirname "$pot")/en_US.po" || exit 1
  done &&
  test "$(ls po/*/en_US.po | wc -l)" -ge 2
'
for article in content/*.xml; do
  id=$(basename "$article" .xml)
  grep -q "urn:x-folio:article" "$top_srcdir/$article" || continue
  test_expect_success "$id: the text edition through the copied catalog is the source" '
    folio render --locale en "$article" > en.txt &&
    folio render --locale en_US "$article" > us.txt 2> us.err &&
    ! grep -q "untranslated" us.err &&
    sed "/^Other languages\$/,\$d" us.txt | sed "\$d" > us.body &&
    test_cmp en.txt us.body
  '
  test_expect_success "$id: the HTML edition is the source but for its language" '
    folio render --locale en --format html "$article" > en.html &&
    folio render --locale en_US --format html "$article" > us.html &&
    sed "s/<html lang=\"en-US\"/<html lang=\"en\"/" us.html > us.norm &&
    sed "s/ aria-current=\"page\"//" en.html > en.norm &&
    test_cmp en.norm us.norm
  '
done
test_done
