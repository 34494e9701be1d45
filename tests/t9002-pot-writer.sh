#!/bin/sh
# t9002: folio writes templates byte for byte as libgettextpo's
# po_file_write does (tests/pot-compare.c holds both writers): templates
# extracted from the test data and from this system's own files with the
# rules gettext ships, and hard cases read from catalogs (long words, CJK,
# tabs, "\n" inside, long references, plural, msgctxt, C format flags,
# previous and obsolete entries).
. "$top_srcdir/tests/lib.sh"

compare() { "$top_builddir/tests/pot-compare" "$@"; }
its_file() {
  for dir in /usr/share/gettext/its /usr/share/gettext-*/its; do
    [ -f "$dir/$1" ] && { echo "$dir/$1"; return; }
  done
}
# compare_system RULES FILE...: the files that exist, in one template.
compare_system() {
  rules=$(its_file "$1"); shift
  set -- $(ls "$@" 2>/dev/null)
  if [ -z "$rules" ] || [ $# -eq 0 ]; then
    echo "none on this system" > skipped; return 0
  fi
  compare extract --its "$rules" "$@"
}

data=$top_srcdir/tests/data
test_expect_success 'the article and edition templates' '
  compare extract "$top_srcdir"/content/*.xml
'
test_expect_success 'a file given twice: each reference once, as xgettext keeps them' '
  seed=$top_srcdir/content/cramps-after-sex.xml edition=$top_srcdir/content/edition.xml &&
  mkdir once twice &&
  folio extract -o once/t.pot "$seed" "$edition" &&
  folio extract -o twice/t.pot "$seed" "$edition" "$seed" &&
  test_cmp once/t.pot twice/t.pot &&
  xgettext --its="$top_srcdir/its/article.its" -o x1.pot "$seed" &&
  xgettext --its="$top_srcdir/its/article.its" -o x2.pot "$seed" "$seed" &&
  test "$(grep -c "^#:" x1.pot)" -eq "$(grep -c "^#:" x2.pot)"
'
test_expect_success 'a file name with a space, and one long enough to take a line' '
  long=$(printf "%0120d" 0) &&
  cp "$top_srcdir/content/edition.xml" "my edition.xml" &&
  cp "$top_srcdir/content/edition.xml" "$long.xml" &&
  compare extract "my edition.xml" "$long.xml" "my edition.xml"
'
test_expect_success 'the test data with gettext'"'"'s rules' '
  compare extract --its "$(its_file polkit.its)" "$data/gettext/org.example.demo.policy" &&
  compare extract --its "$(its_file gsettings.its)" "$data/gettext/org.example.demo.gschema.xml" &&
  compare extract --its "$(its_file metainfo.its)" "$data/gettext/org.example.Demo.metainfo.xml" &&
  compare extract --its "$(its_file shared-mime-info.its)" "$data/gettext/demo-mime.xml" &&
  compare extract --its "$(its_file gtkbuilder.its)" "$data/gettext/demo.ui"
'
test_expect_success 'every template of the test data and the project, read back' '
  compare catalog $(find "$data" "$top_srcdir/po" -name "*.pot" | sort)
'
test_expect_success 'this system'"'"'s polkit actions' '
  compare_system polkit.its /usr/share/polkit-1/actions/*.policy
'
test_expect_success 'this system'"'"'s AppStream metainfo' '
  compare_system metainfo.its /usr/share/metainfo/*.xml
'
test_expect_success 'this system'"'"'s GSettings schemas' '
  compare_system gsettings.its /usr/share/glib-2.0/schemas/*.gschema.xml
'
test_expect_success 'shared-mime-info'"'"'s freedesktop.org.xml' '
  compare_system shared-mime-info.its /usr/share/mime/packages/freedesktop.org.xml
'
test_expect_success 'this system'"'"'s translated catalogs (msgunfmt of its .mo files)' '
  n=0 &&
  for mo in /usr/share/locale/*/LC_MESSAGES/*.mo; do
    [ -f "$mo" ] && [ "$n" -lt 100 ] || break
    n=$((n + 1)) && msgunfmt "$mo" -o "system-$n.po" 2>/dev/null || rm -f "system-$n.po"
  done &&
  if [ "$n" -eq 0 ]; then echo "none on this system"; exit 0; fi &&
  compare catalog system-*.po 2>/dev/null > results &&
  grep -q "^same" results
'
test_expect_success 'hard cases at every column around the wrap point' '
  compare catalog "$data/po-write/hard.po"
'
test_expect_success 'random entries (tests/data/po-write/random-entries.awk), four seeds' '
  for seed in 1 2 3 4; do
    awk -v seed=$seed -v count=2000 -f "$data/po-write/random-entries.awk" > random-$seed.po ||
      exit 1
  done &&
  compare catalog random-*.po 2> /dev/null
'
test_expect_success 'control characters gettext escapes (and warns about)' '
  compare catalog "$data/po-write/controls.po" 2> warnings
'
test_done
