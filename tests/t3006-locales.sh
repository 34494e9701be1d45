#!/bin/sh
# t3006: one locale model: script subtags and -u- keywords reach every
# formatter, the HTML lang and the catalog name; tags ICU has no data for
# are refused unless asked for; the fallback chain never drops a script.
# Expectations come from ICU through icu-ask.
. "$top_srcdir/tests/lib.sh"

article="$top_srcdir/content/cramps-after-sex.xml"
published=$(sed -n 's|.*<published>\(.*\)</published>.*|\1|p' "$article")

test_expect_success 'scripts and -u- keywords format as ICU says, and the HTML lang keeps them' '
  for tag in sr-Latn sr-Latn-RS zh-Hant en-US-u-nu-arab hi-u-nu-deva ja-u-ca-japanese; do
    want=$(icu_ask date $tag "$published") &&
    folio render --locale $tag "$article" 2>/dev/null > $tag.txt &&
    grep -qxF -- "$want" $tag.txt || { echo "$tag: no line $want"; exit 1; }
    folio render --locale $tag --format html "$article" 2>/dev/null |
      grep -q "^<html lang=\"$tag\"" || { echo "$tag: lang is not $tag"; exit 1; }
  done
'
test_expect_success 'zh-Hant quotes with its own marks' '
  mkdir -p demo/po && : > demo/po/LINGUAS && cp "$top_srcdir/content/edition.xml" demo/ &&
  { echo "<article xmlns=\"urn:x-folio:article\" id=\"demo\" xml:lang=\"en\"><meta>"
    echo "<category>Health</category><published>2025-06-23</published></meta>"
    echo "<title>Demo</title><intro><p><q>rest</q></p></intro></article>"
  } > demo/demo.xml &&
  marks=$(icu_ask quotes zh-Hant | tr -d "\n") &&
  folio render --locale zh-Hant demo/demo.xml 2>/dev/null | grep -qxF -- "$(echo "$marks" | sed "s/^\(.\)\(.\)$/\1rest\2/")"
'
test_expect_success 'a tag ICU does not know is an error, or the root locale when asked, whatever LC_ALL says' '
  test_must_fail 2 folio render --locale xx-ZZ "$article" 2> err &&
  grep -q "xx-ZZ. is not a locale ICU knows; use --allow-unknown-locale" err &&
  LC_ALL=C folio render --allow-unknown-locale --locale xx-ZZ "$article" > c.txt 2> warn &&
  grep -q "warning: .xx-ZZ. is not a locale ICU knows" warn &&
  LC_ALL=de_DE.UTF-8 folio render --allow-unknown-locale --locale xx-ZZ "$article" > de.txt 2>/dev/null &&
  test_cmp c.txt de.txt
'
test_expect_success 'sr-Latn and sr@latin are one catalog, sr@latin.po, with gettext Language' '
  mkdir -p proj && cp -r "$top_srcdir/content" "$top_srcdir/po" proj/ &&
  folio init sr-Latn proj/po/edition > out && grep -q "sr@latin.po" out &&
  test_must_fail 1 folio init sr@latin proj/po/edition 2> err && grep -q "exists already" err &&
  grep -q "^\"Language: sr@latin" proj/po/edition/sr@latin.po && ! test -e proj/po/edition/sr.po &&
  folio init zh-Hant proj/po/edition > /dev/null && test -e proj/po/edition/zh_Hant.po
'
test_expect_success 'sr-Latn-RS falls back to sr@latin, never to sr' '
  cd proj &&
  msgcat --no-wrap po/edition/sr@latin.po | sed "/^msgid \"Quick Tip\"/{n;s/.*/msgstr \"Brzi savet\"/}" > l.po &&
  mv l.po po/edition/sr@latin.po && folio init sr po/edition > /dev/null &&
  msgcat --no-wrap po/edition/sr.po | sed "/^msgid \"Quick Tip\"/{n;s/.*/msgstr \"Брзи савет\"/}" > c.po &&
  mv c.po po/edition/sr.po &&
  folio render --locale sr-Latn-RS content/cramps-after-sex.xml > rs.txt 2>/dev/null &&
  grep -q "Brzi savet" rs.txt && ! grep -q "Брзи савет" rs.txt
'
test_expect_success 'build: each locale its own folder; an unknown tag in LINGUAS is reported and skipped' '
  cd proj && printf "sr-Latn\nen-US-u-nu-arab\nxx-ZZ\n" > po/LINGUAS &&
  test_must_fail 1 folio build --min-complete 0 -o out 2> err &&
  grep -q "^po/LINGUAS:3: error: .xx-ZZ. is not a locale ICU knows" err &&
  test -f "out/sr@latin/cramps-after-sex.txt" && test -f out/en_US-u-nu-arab/cramps-after-sex.html &&
  ! test -e out/xx_ZZ &&
  grep -qxF -- "$(icu_ask date en-US-u-nu-arab "$published")" out/en_US-u-nu-arab/cramps-after-sex.txt &&
  grep -q "hreflang=\"sr-Latn\"" out/en/cramps-after-sex.html
'
test_done
