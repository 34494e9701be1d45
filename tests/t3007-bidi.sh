#!/bin/sh
# t3007: bidi of mixed content, held against ICU's bidi algorithm (icu-ask
# visual): Latin names in a Hebrew list keep their order, a unit left in
# English inside a right-to-left edition reads left to right, HTML marks
# such units with their language and direction; check warns of bidi
# controls that do not pair up.
. "$top_srcdir/tests/lib.sh"

article="$top_srcdir/content/cramps-after-sex.xml"
# visual LANG: the text edition in LANG, each line as a display shows it.
visual() {
  folio render --locale "$1" --width 0 "$article" 2>/dev/null > "$1.txt" &&
  icu_ask visual "$1" < "$1.txt" > "$1.visual"
}

test_expect_success 'Hebrew: the other languages read right to left, item by item' '
  visual he && list=$(tail -n 1 he.visual) &&
  english=${list%%English*} && french=${list%%français*} && german=${list%%Deutsch*} &&
  test ${#french} -lt ${#english} && test ${#german} -lt ${#french}
'
test_expect_success 'Persian without catalogs: an English FAQ question keeps its order after the Persian number' '
  visual fa && want="$(icu_ask integer fa 1)" &&
  grep -qxF "Why do I get cramps after sex? .$want" fa.visual
'
test_expect_success 'Persian without catalogs: English paragraphs read left to right' '
  grep -q "medical attention\\.\$" fa.visual && ! grep -q "^\\.medical attention" fa.visual
'
test_expect_success 'HTML: untranslated units carry lang and dir of the source; the question a <bdi>' '
  folio render --locale fa --format html "$article" 2>/dev/null > fa.html &&
  grep -q "<html lang=.fa. dir=.rtl." fa.html &&
  grep -q "<p lang=.en. dir=.ltr.>Sex should be" fa.html &&
  grep -q "<summary>[^<]*<bdi lang=.en. dir=.ltr.>Why do I get cramps after sex?</bdi></summary>" fa.html &&
  grep -q "<li><a dir=.auto. lang=.he." fa.html
'
test_expect_success 'a translated edition marks nothing as the source language' '
  folio render --locale he --format html "$article" 2>/dev/null > he.html &&
  ! grep -q "lang=.en. dir=.ltr." he.html
'
test_expect_success 'check warns of bidi controls that do not pair up' '
  cp -r "$top_srcdir/content" "$top_srcdir/po" . &&
  msgcat --no-wrap po/edition/he.po |
    sed "/^msgid \\"Quick Tip\\"/{n;s/.*/msgstr \\"$(printf "\\342\\200\\253")טיפ מהיר\\"/}" > he.po &&
  mv he.po po/edition/he.po &&
  folio check --min-complete 0 po/edition/he.po > out; grep -q "\\[bidi-controls\\]" out &&
  folio check --strict --min-complete 0 po/edition/ar.po > ok.out; ! grep -q "bidi-controls" ok.out
'
test_done
