#!/bin/sh
# t3001: folio render: the English edition against the seed, ICU formatting
# per locale checked against ICU itself, wrapping, right-to-left, fallback,
# escaping.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/seed-lines.sh"

article="$top_srcdir/content/cramps-after-sex.xml"
render() { folio render --po "$top_srcdir/po" --template "$top_srcdir/content/edition.xml" "$@"; }
# Display columns of each line (wide characters count two), via ICU's
# own East Asian Width through the program under test is circular, so use
# wc -L, which counts them the same way (GNU coreutils).
max_columns() { wc -L < "$1"; }

test_expect_success 'the English text edition holds every seed line verbatim, in order' '
  render --locale en --width 0 "$article" > en.txt &&
  seed_lines "$top_srcdir/tests/data/seed.txt" > lines &&
  pos=0 &&
  while IFS= read -r line; do
    at=$(grep -nF -- "$line" en.txt | head -n1 | cut -d: -f1) &&
    test -n "$at" && test "$at" -ge "$pos" || { echo "missing or out of order: $line"; exit 1; }
    pos=$at
  done < lines
'
test_expect_success 'the English edition shows the template labels and ICU date and plural' '
  grep -qx "Jun 23, 2025" en.txt && grep -qx "• 6 min read" en.txt &&
  grep -qx "Did You Know?" en.txt && grep -qx "Frequently Asked Questions" en.txt &&
  grep -qx "1. Why do I get cramps after sex?" en.txt
'
test_expect_success 'dates per locale are what ICU says (yMMMd)' '
  for pair in "fr:23 juin 2025" "ja:2025年6月23日" "de:23. Juni 2025" "ar:٢٣ يونيو ٢٠٢٥"; do
    lang=${pair%%:*} want=${pair#*:}
    render --locale $lang --width 0 "$article" | grep -qF "$want" ||
      { echo "$lang: no line \"$want\""; exit 1; }
  done
'
test_expect_success 'plurals per locale: Russian and Arabic categories' '
  render --locale ru --width 0 "$article" | grep -qx "• 6 минут чтения" &&
  render --locale ar --width 0 "$article" | grep -q "قراءة في ٦ دقائق"
'
test_expect_success 'FAQ numbers in the locale numbering system' '
  render --locale ar --width 0 "$article" | grep -q "^.١\. " &&
  render --locale hi --width 0 "$article" | grep -q "^1\. "
'
test_expect_success 'Japanese wraps at 40 display columns' '
  render --locale ja --width 40 "$article" > ja.txt &&
  test "$(max_columns ja.txt)" -le 40 && test "$(wc -l < ja.txt)" -gt 60
'
test_expect_success 'Thai text is never broken inside a word' '
  mkdir -p th/po/demo th/po/edition &&
  sed "s|<title>[^<]*</title>|<title>การออกกำลังกายช่วยลดความเสี่ยงของตะคริวหลังมีเพศสัมพันธ์ได้อย่างมาก</title>|" \
    "$article" > th/demo.xml &&
  folio render --po th/po --template "$top_srcdir/content/edition.xml" --locale th --width 20 th/demo.xml > th.txt &&
  sed -n 2,8p th.txt > title.txt && test "$(max_columns title.txt)" -le 20 &&
  ! grep -qx "ต" title.txt && tr -d "\n" < title.txt | grep -q "การออกกำลังกายช่วยลด"
'
test_expect_success 'right-to-left text lines are bidi isolates' '
  render --locale he --width 60 "$article" > he.txt &&
  head -n1 he.txt | grep -q "^⁧.*⁩$" && ! grep -q "^⁧.*⁩$" en.txt
'
test_expect_success 'HTML: lang, dir, time, hreflang, language names in themselves' '
  render --locale ar --format html "$article" > ar.html &&
  grep -q "<html lang=\"ar\" dir=\"rtl\">" ar.html &&
  grep -q "<time datetime=\"2025-06-23\">" ar.html &&
  grep -q "hreflang=\"pt-BR\"" ar.html && grep -q ">日本語<" ar.html && grep -q ">français<" ar.html &&
  grep -q "<aside" ar.html && grep -q "<details" ar.html &&
  xmllint --noout ar.html
'
test_expect_success 'a translation with broken or foreign markup falls back, with a warning' '
  mkdir -p fb/po/cramps-after-sex fb/po/edition &&
  cp "$top_srcdir/po/cramps-after-sex/fr.po" fb/po/cramps-after-sex/fr.po &&
  msgcat --no-wrap fb/po/cramps-after-sex/fr.po |
  sed "s|^msgstr \"<strong>Contractions musculaires et prostaglandines.*|msgstr \"<strong>Contractions</strong> <script>alert(1)</script>\"|" > x.po &&
  mv x.po fb/po/cramps-after-sex/fr.po &&
  folio render --po fb/po --template "$top_srcdir/content/edition.xml" --locale fr --format html "$article" > fr.html 2> err &&
  grep -q "warning: translation of .*cramps-after-sex.xml:[0-9]* not used" err &&
  ! grep -q "<script" fr.html && grep -q "Muscle contractions and prostaglandins:" fr.html &&
  grep -q "SANTÉ SEXUELLE" fr.html
'
test_expect_success 'regional locales fall back to the language catalog' '
  mkdir -p rg/po/cramps-after-sex rg/po/edition &&
  cp "$top_srcdir/po/cramps-after-sex/fr.po" rg/po/cramps-after-sex/fr.po &&
  folio render --po rg/po --template "$top_srcdir/content/edition.xml" --locale fr-CA --width 0 "$article" |
  grep -q "Santé sexuelle"
'
test_expect_success 'catalog text is escaped in HTML' '
  mkdir -p esc/po/cramps-after-sex esc/po/edition &&
  cp "$top_srcdir/po/edition/fr.po" esc/po/edition/fr.po &&
  msgcat --no-wrap esc/po/edition/fr.po | sed "s|^msgstr \"Le saviez-vous.*|msgstr \"Le saviez-vous \&lt;b\&gt; ?\"|" > x.po &&
  mv x.po esc/po/edition/fr.po &&
  folio render --po esc/po --template "$top_srcdir/content/edition.xml" --locale fr --format html "$article" > esc.html &&
  grep -q "Le saviez-vous &lt;b&gt; ?" esc.html && xmllint --noout esc.html
'
test_expect_success 'the category is upper-cased with the language rules (Turkish İ)' '
  render --locale tr --format html "$article" | grep -q "<p class=\"category\">CİNSEL SAĞLIK</p>" &&
  render --locale en --format html "$article" | grep -q "<p class=\"category\">SEXUAL HEALTH</p>"
'
test_expect_success 'the other languages are one list in the edition language (ulistfmt)' '
  grep -qx "Other languages" en.txt &&
  grep -q "^français, Deutsch, español, .*, and Türkçe$" en.txt &&
  render --locale ja --width 0 "$article" | grep -q "^English、français、Deutsch、"
'
test_done
