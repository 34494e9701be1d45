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

# What the checks against ICU need to know of the article and catalogs.
published=$(sed -n 's|.*<published>\(.*\)</published>.*|\1|p' "$article")
minutes=$(sed -n 's|.*<reading-time minutes="\([0-9]*\)".*|\1|p' "$article")
questions=$(grep -c "<question>" "$article")
locales=$(grep -v "^#" "$top_srcdir/po/LINGUAS")
# edition LANG: the text edition in LANG, its lines without the bidi
# isolates around right-to-left text; rendered once.
edition() {
  test -s "edition-$1.txt" ||
    render --locale "$1" --width 0 "$article" | sed "s/^⁧//; s/⁩\$//" > "edition-$1.txt"
  cat "edition-$1.txt"
}
# plural_branch PO CATEGORY: the CATEGORY text of the reading-time msgstr
# in PO, or its other text when it has none (as MessageFormat chooses).
plural_branch() {
  msgstr=$(msgcat --no-wrap "$1" | sed -n '/^msgid "{minutes, plural,/{n;s/^msgstr "\(.*\)"$/\1/p;}')
  for keyword in "$2" other; do
    branch=$(printf "%s\n" "$msgstr" | sed -n "s/.*[ ,]$keyword {\([^{}]*\)}.*/\1/p")
    test -n "$branch" && { printf "%s\n" "$branch"; return 0; }
  done
  return 1
}

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
  test -n "$locales" && test -n "$published" &&
  for lang in $locales; do
    want=$(icu_ask date $lang "$published") &&
    edition $lang | grep -qxF -- "$want" || { echo "$lang: no line \"$want\""; exit 1; }
  done
'
test_expect_success 'plurals per locale: the reading time takes the form ICU chooses' '
  facts="$(icu_ask plural ru 6) $(icu_ask plural ar 6)" &&
  { test "$facts" = "many few" || { echo "ICU: ru and ar 6 are \"$facts\", not \"many few\""; exit 1; }; } &&
  for lang in $locales; do
    category=$(icu_ask plural $lang "$minutes") && number=$(icu_ask integer $lang "$minutes") &&
    branch=$(plural_branch "$top_srcdir/po/edition/$lang.po" $category) &&
    want="• $(printf "%s\n" "$branch" | sed "s/#/$number/g")" &&
    edition $lang | grep -qxF -- "$want" || { echo "$lang ($category): no line \"$want\""; exit 1; }
  done
'
test_expect_success 'FAQ numbers in the locale numbering system' '
  for lang in $locales; do
    i=0 &&
    while [ $i -lt "$questions" ]; do
      i=$((i + 1)) && number=$(icu_ask integer $lang $i) &&
      edition $lang | grep -q "^$number\. " || { echo "$lang: no line \"$number. \""; exit 1; }
    done
  done
'
test_expect_success 'Japanese wraps at 40 display columns' '
  render --locale ja --width 40 "$article" > ja.txt &&
  test "$(icu_ask columns ja < ja.txt)" -le 40 && test "$(wc -l < ja.txt)" -gt 60
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
test_expect_success 'without minutes, each edition computes its reading time from its text' '
  mkdir -p rt && sed "s|<reading-time minutes=\"[0-9]*\"/>|<reading-time/>|" "$article" \
    > rt/cramps-after-sex.xml &&
  grep -q "<reading-time/>" rt/cramps-after-sex.xml &&
  render --locale en --width 0 rt/cramps-after-sex.xml | grep -qx "• 6 min read" &&
  render --locale ja --width 0 rt/cramps-after-sex.xml | grep -q "^• [0-9]*分で読めます$"
'
test_done
