#!/bin/sh
# t3011: translations put their inline markup back unit by unit, however
# an edition's translations are parsed together: one whose markup is
# broken (a comment, CDATA section or processing instruction left open, an
# element left open or foreign, ]]> in text) keeps its source text with a
# warning, and spills into none of the others; so does one that an octal
# escape makes other than UTF-8 (tests/data/translated-markup).
. "$top_srcdir/tests/lib.sh"

data="$top_srcdir/tests/data/translated-markup"
render() {
  folio render --po "$data/po" --template "$top_srcdir/content/edition.xml" --locale fr \
    --format "$1" "$data/markup-article.xml"
}

test_expect_success 'the text edition: each unit translated or left alone on its own' '
  render text > fr.txt 2> err &&
  test_cmp "$data/fr.txt" fr.txt
'
test_expect_success 'one warning for each translation not used, at its source line' '
  sed -n "s/.*markup-article.xml:\([0-9]*\) not used: its markup is broken.*/\1/p" err > lines &&
  printf "%s\n" 17 22 23 24 26 27 > want &&
  test_cmp want lines
'
test_expect_success 'the HTML edition keeps the translated markup and no stray node' '
  render html > fr.html 2> /dev/null &&
  grep -q "texte <strong>gras</strong>" fr.html &&
  grep -q "fermé --&gt; Le troisième le ferme <em>encore</em>" fr.html &&
  grep -q "l’élément <em>folio-translation-of-a-unit</em>" fr.html &&
  grep -q ">bien formé</a>" fr.html &&
  ! grep -q "ouvert" fr.html && ! grep -q "<!--" fr.html && ! grep -q "CDATA\[" fr.html &&
  xmllint --noout fr.html
'
test_expect_success 'a translation whose escape makes it not UTF-8 is not used, with a warning' '
  mkdir -p u8/po/markup-article &&
  sed "s|^msgstr \"Balisage\"\$|msgstr \"Balisage \\\\377\"|" "$data/po/markup-article/fr.po" \
    > u8/po/markup-article/fr.po &&
  grep -q "^msgstr \"Balisage .377\"" u8/po/markup-article/fr.po &&
  folio render --po u8/po --template "$top_srcdir/content/edition.xml" --locale fr \
    "$data/markup-article.xml" > u8.txt 2> err &&
  grep -q "markup-article.xml:10 not used: it is not valid UTF-8" err &&
  head -n1 u8.txt | grep -q "^Markup\$" && grep -q "Le premier paragraphe" u8.txt
'
test_done
