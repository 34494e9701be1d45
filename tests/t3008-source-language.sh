#!/bin/sh
# t3008: the source language is data.  An article written in German
# (xml:lang="de", or folio.conf's source-language = de) renders its German
# edition as the source and its English edition from po/.  The installed
# template and catalogs are the source tree's (same layout).
. "$top_srcdir/tests/lib.sh"
export FOLIO_DATADIR="$top_srcdir"
article="$top_srcdir/tests/data/source-language/wasser.xml"

# Every msgstr filled: "[en] " before the msgid, markup kept.
translate() { msgen "$1" | msgfilter --keep-header -o "$1" sed -e 's/^/[en] /'; }
# setup SOURCE LANG...: a project (with folio.conf's source-language when
# SOURCE is not "-") whose English catalog is translated.
setup() {
  rm -rf proj && mkdir -p proj/content proj/po && cp "$article" proj/content/ &&
  if [ "$1" != - ]; then printf "[project]\nsource-language = %s\n" "$1" > proj/folio.conf; fi &&
  shift && printf "%s\n" "$@" > proj/po/LINGUAS &&
  (cd proj && folio init en > /dev/null) && translate proj/po/wasser/en.po
}

test_expect_success 'source-language = de: German is the source, English from po/' '
  setup de en && (cd proj && folio build 2> err) &&
  grep -q "^Etwa zwei Liter am Tag reichen den meisten Menschen.$" proj/editions/de/wasser.txt &&
  grep -q "Praxistipp" proj/editions/de/wasser.txt &&
  grep -q "^\[en\] Etwa zwei Liter" proj/editions/en/wasser.txt &&
  grep -q "Quick Tip" proj/editions/en/wasser.txt &&
  grep -q "<html lang=\"de\"" proj/editions/de/wasser.html &&
  grep -q "<html lang=\"de\"" proj/editions/index.html &&
  grep -q " 0 untranslated" proj/err
'
test_expect_success 'xml:lang="de" without folio.conf: the same from LINGUAS' '
  setup - de && (cd proj && folio build 2> err) &&
  grep -q "^Etwa zwei Liter" proj/editions/de/wasser.txt &&
  grep -q "^\[en\] Etwa zwei Liter" proj/editions/en/wasser.txt &&
  (cd proj && folio render --locale de content/wasser.xml) > de.txt 2> err &&
  test_cmp proj/editions/de/wasser.txt de.txt && test_cmp /dev/null err
'
test_expect_success 'a unit English lacks stays German, marked lang="de" in HTML' '
  setup - de &&
  msgattrib --clear-fuzzy -o proj/po/wasser/en.po proj/po/wasser/en.po &&
  sed -i "/^msgid \"Zählt Kaffee mit?\"/{n;s/^msgstr .*/msgstr \"\"/}" proj/po/wasser/en.po &&
  (cd proj && folio build --min-complete 0 2> err) && grep -q " 1 untranslated" proj/err &&
  grep -q "<bdi lang=\"de\" dir=\"ltr\">Zählt Kaffee mit?</bdi>\|lang=\"de\" dir=\"ltr\"[^>]*>Zählt Kaffee mit?" proj/editions/en/wasser.html
'
test_expect_success 'xml:lang="de-CH": the de edition is the source too' '
  setup - de && sed -i "s/xml:lang=\"de\"/xml:lang=\"de-CH\"/" proj/content/wasser.xml &&
  (cd proj && folio build 2> err) &&
  grep -q "^Etwa zwei Liter" proj/editions/de/wasser.txt && grep -q " 0 untranslated" proj/err
'
test_expect_success 'check: a catalog in the source language may copy its msgids' '
  setup de en && (cd proj && folio init de_AT po/wasser > /dev/null) &&
  msgen -o proj/po/wasser/de_AT.po proj/po/wasser/de_AT.po &&
  (cd proj && folio check --strict po/wasser/de_AT.po > out) &&
  rm proj/folio.conf && (cd proj && test_must_fail 1 folio check --strict po/wasser/de_AT.po > out) &&
  grep -q "untranslated-copy" proj/out
'
test_done
