#!/bin/sh
# t4001: folio stats counts as msgfmt --statistics does.
. "$top_srcdir/tests/lib.sh"

data="$top_srcdir/tests/data/check"

# "T F U" from msgfmt --statistics and from folio stats --format json.
msgfmt_counts() {
  msgfmt --statistics -o /dev/null "$1" 2>&1 | tr ',' '\n' | awk '
    /translated message/ && !/untranslated/ { t = $1 } /fuzzy/ { f = $1 } /untranslated/ { u = $1 }
    END { printf "%d %d %d\n", t, f, u }'
}
folio_counts() {
  folio stats --format json "$1" | grep -m1 '"translated"' |
  sed 's/.*"translated": \([0-9]*\), "fuzzy": \([0-9]*\), "untranslated": \([0-9]*\).*/\1 \2 \3/'
}
agree() {
  want=$(msgfmt_counts "$1") && got=$(folio_counts "$1") &&
  { [ "$want" = "$got" ] || { echo "$1: msgfmt $want, folio $got"; return 1; }; }
}

test_expect_success 'plural, msgctxt, fuzzy and obsolete entries counted like msgfmt' '
  agree "$data/mixed.po" && test "$(folio_counts "$data/mixed.po")" = "3 1 2"
'
test_expect_success 'obsolete entries are counted apart' '
  folio stats --format json "$data/mixed.po" | grep -m1 "\"obsolete\": 1"
'
test_expect_success 'an ISO-8859-1 catalog' 'agree "$data/latin1.po"'
test_expect_success 'real catalogs of this system (msgunfmt of its .mo files)' '
  n=0
  for mo in /usr/share/locale/*/LC_MESSAGES/*.mo; do
    [ -f "$mo" ] || continue
    msgunfmt "$mo" -o real.po 2>/dev/null || continue
    agree real.po || exit 1
    n=$((n + 1)); [ $n -ge 40 ] && break
  done
  echo "$n catalogs compared"
'
test_expect_success 'words are counted by ICU word segmentation, markup left out' '
  cat > words.po <<-\EOT &&
	msgid ""
	msgstr "Content-Type: text/plain; charset=UTF-8\n"

	msgid "<strong>Rest and relax:</strong> lie down, breathe deeply."
	msgstr ""
	EOT
  folio stats --format json words.po | grep -q "\"words\": { \"translated\": 0, \"fuzzy\": 0, \"untranslated\": 7"
'
test_expect_success 'the text table lists each catalog' '
  folio stats "$data" > out && grep -q "mixed.po" out && grep -q "latin1.po" out
'
test_expect_success 'a broken catalog is an error with its line, exit 1' '
  printf "msgid \"a\"\nmsgstr \"b\n" > broken.po &&
  test_must_fail 1 folio stats broken.po 2> err && grep -q "^broken.po:[0-9]" err
'
test_done
