#!/bin/sh
# t3008: the ITS markup of an article reaches its editions: Locale Filter
# leaves a unit out of the languages it is not for, and a unit in a
# language of its own keeps its lang and dir (tests/data/render-its).
. "$top_srcdir/tests/lib.sh"

article="$top_srcdir/tests/data/render-its/its-article.xml"
render() {
  folio render --po "$top_srcdir/po" --template "$top_srcdir/content/edition.xml" \
    --locale "$1" --format "$2" "$article" 2> /dev/null
}

test_expect_success 'a unit only for French is in the French edition alone' '
  render fr html > fr.html && render de html > de.html && render en html > en.html &&
  grep -q "Readers in French" fr.html &&
  ! grep -q "Readers in French" de.html && ! grep -q "Readers in French" en.html
'
test_expect_success 'a unit excluded from German is in every other edition' '
  ! grep -q "but the German one" de.html &&
  grep -q "but the German one" fr.html && grep -q "but the German one" en.html
'
# units LANG: how many units the LANG edition has, as its note counts them.
units() {
  folio render --po "$top_srcdir/po" --template "$top_srcdir/content/edition.xml" \
    --locale "$1" "$article" 2>&1 > /dev/null | sed -n "s/.* of \([0-9]*\) units.*/\1/p"
}
test_expect_success 'a left-out unit is no unit of the edition (nor untranslated)' '
  fr=$(units fr) && de=$(units de) && test -n "$fr" && test -n "$de" &&
  test "$((fr - de))" -eq 2
'
test_expect_success 'Language Information and Directionality reach lang and dir' '
  for edition in fr.html de.html en.html; do
    grep -q "<p lang=\"he\" dir=\"rtl\">שלום" $edition || { echo "$edition"; exit 1; }
  done
'
test_expect_success 'the text edition isolates the right-to-left unit' '
  render fr text > fr.txt && grep -q "^⁧שלום לכולם⁩$" fr.txt
'
test_done
