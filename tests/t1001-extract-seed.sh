#!/bin/sh
# t1001: the seed article through folio extract.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/seed-lines.sh"

article="$top_srcdir/content/cramps-after-sex.xml"
seed="$top_srcdir/tests/data/seed.txt"

test_expect_success 'extract writes the article template' '
  (cd "$top_srcdir" && folio extract content/cramps-after-sex.xml -o "$TEST_DIR/cramps-after-sex.pot") &&
  cp cramps-after-sex.pot a.pot
'
test_expect_success 'the template is what tests/data expects, byte for byte' '
  test_cmp "$top_srcdir/tests/data/extract/cramps-after-sex.pot" a.pot
'
test_expect_success 'every sentence of the seed is a msgid or inside one' '
  plain_msgids a.pot > msgids && seed_lines "$seed" > lines &&
  test "$(wc -l < lines)" -eq 39 &&
  while IFS= read -r line; do
    grep -qF -- "$line" msgids || { echo "missing: $line"; exit 1; }
  done < lines
'
test_expect_success 'the template labels of the seed are in the edition template' '
  folio extract "$top_srcdir/content/edition.xml" -o e.pot && plain_msgids e.pot > labels &&
  for label in "Share Article" "Did You Know?" "Quick Explainer" "Quick Tip" \
               "Frequently Asked Questions"; do
    grep -qxF "$label" labels || { echo "missing: $label"; exit 1; }
  done && grep -q "# min read" labels
'
test_expect_success 'bold lead-ins stay inline as markup' '
  grep -q "<strong>Muscle contractions and prostaglandins:</strong> During" a.pot
'
test_expect_success 'the date is data, not text' '
  grep -q "<published>2025-06-23</published>" "$article" && ! grep -q "Jun 23" a.pot
'
test_expect_success 'msgfmt -c --check-format accepts both templates' '
  msgfmt -c --check-format -o /dev/null a.pot && msgfmt -c --check-format -o /dev/null e.pot
'
test_expect_success 'msgcat changes nothing (gettext wrapping and order)' '
  msgcat a.pot -o a2.pot && test_cmp a.pot a2.pot &&
  msgcat e.pot -o e2.pot && test_cmp e.pot e2.pot
'
test_expect_success 'POT-Creation-Date comes from SOURCE_DATE_EPOCH' '
  grep -q "POT-Creation-Date: 2025-06-23 00:00+0000" a.pot
'
test_expect_success 'a second run with no change changes no byte, even the date' '
  pot=cramps-after-sex.pot && cp $pot before.pot && touch -d "2000-01-01" $pot &&
  (cd "$top_srcdir" && SOURCE_DATE_EPOCH=1800000000 folio extract content/cramps-after-sex.xml -o "$TEST_DIR/$pot") &&
  test_cmp before.pot $pot && test "$(date -r $pot +%Y)" = 2000
'
test_expect_success 'ICU patterns carry their mark as an extracted comment' '
  msgcat --no-wrap e.pot | grep -B3 "^msgid \"{minutes, plural" | grep -qx "#. icu-message-format"
'
test_expect_success 'msgctxt separates the same text in different roles' '
  grep -q "^msgctxt \"column heading\"" e.pot
'
test_done
