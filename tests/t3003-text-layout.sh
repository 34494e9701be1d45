#!/bin/sh
# t3003: the editions' layout as ICU defines it: widths counted per
# grapheme cluster, lines filled up to the width, <br/> kept, quotations
# inside quotations with the language's inner marks, in text and (CSS
# quotes) in HTML.  Expectations come from ICU through icu-ask, never
# typed by hand.
. "$top_srcdir/tests/lib.sh"

article="$top_srcdir/content/cramps-after-sex.xml"
render() { folio render "$@"; }

# demo BODY: an article of one paragraph, without catalogs.
demo() {
  mkdir -p demo/po && : > demo/po/LINGUAS &&
  cp "$top_srcdir/content/edition.xml" demo/ &&
  { echo '<article xmlns="urn:x-folio:article" id="demo" xml:lang="en"><meta>'
    echo '<category>Health</category><published>2025-06-23</published></meta>'
    echo "<title>Demo</title><intro><p>$1</p></intro></article>"
  } > demo/demo.xml
}

# fills LOCALE WIDTH [ARTICLE]: the edition wraps within WIDTH columns and
# no line was broken while the next word would still have fitted.
fills() {
  render --locale "$1" --width 0 "${3:-$article}" > "$1-unwrapped.txt" &&
  render --locale "$1" --width "$2" "${3:-$article}" > "$1-$2.txt" &&
  widest=$(icu_ask columns "$1" < "$1-$2.txt") &&
  early=$(icu_ask underfull "$1" "$2" "$1-unwrapped.txt" < "$1-$2.txt") &&
  echo "$1 at $2: widest line $widest columns, $early lines broken early" &&
  test "$widest" -le "$2" && test "$early" = 0
}

test_expect_success 'Hindi at 72 columns: vowel signs and viramas take no column of their own' '
  fills hi 72
'
test_expect_success 'Thai at 30 columns' '
  sentence="การออกกำลังกายช่วยลดความเสี่ยงของตะคริวหลังมีเพศสัมพันธ์ได้อย่างมาก" &&
  demo "$sentence $sentence $sentence $sentence $sentence $sentence" &&
  fills th 30 demo/demo.xml
'
test_expect_success 'Japanese at 40 columns: wide characters take two' '
  fills ja 40
'
test_expect_success 'zero-width characters take no column' '
  demo "$(printf "aaaa\342\200\214aaaa \342\200\213bbbb cccc dddd eeee ffff gggg hhhh")" &&
  render --locale en --width 13 demo/demo.xml > zw.txt &&
  grep -q "^aaaa.aaaa bbbb$\|^aaaa.aaaa .bbbb$" zw.txt
'
test_expect_success '<br/> breaks the line in the text edition, with no space added' '
  demo "Line one<br/>line two" &&
  render --locale en demo/demo.xml > br.txt && grep -qx "Line one" br.txt && grep -qx "line two" br.txt &&
  demo "一行目<br/>二行目" &&
  render --locale ja demo/demo.xml > br-ja.txt && grep -qx "一行目" br-ja.txt && grep -qx "二行目" br-ja.txt
'
test_expect_success 'a quotation inside a quotation takes the inner marks, in every language' '
  demo "<q>he said <q>rest</q> today</q>" &&
  for lang in en $(grep -v "^#" "$top_srcdir/po/LINGUAS"); do
    outer=$(icu_ask quotes $lang) && inner=$(icu_ask inner-quotes $lang) &&
    o1=$(echo "$outer" | sed -n 1p) && o2=$(echo "$outer" | sed -n 2p) &&
    i1=$(echo "$inner" | sed -n 1p) && i2=$(echo "$inner" | sed -n 2p) &&
    render --locale $lang --width 0 demo/demo.xml | sed "s/^[⁦⁧]//; s/⁩\$//" > q-$lang.txt &&
    grep -qxF -- "${o1}he said ${i1}rest${i2} today${o2}" q-$lang.txt ||
      { echo "$lang: want ${o1}he said ${i1}rest${i2} today${o2}"; cat q-$lang.txt; exit 1; }
  done
'
test_expect_success 'the HTML edition gives the browser the same marks for <q> (CSS quotes)' '
  for lang in en $(grep -v "^#" "$top_srcdir/po/LINGUAS"); do
    marks=$( (icu_ask quotes $lang && icu_ask inner-quotes $lang) | sed "s/.*/\"&\"/" | tr "\n" " ") &&
    want="q{quotes:${marks% }}" &&
    render --locale $lang --format html "$article" 2>/dev/null | grep -qF -- "$want" ||
      { echo "$lang: no $want"; exit 1; }
  done
'
test_done
