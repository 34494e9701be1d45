#!/bin/sh
# t2005: the render path's fast catalog reader agrees with libgettextpo on
# real catalogs: this system's, decompiled from their .mo files, the
# project's after msgmerge (obsolete entries, fuzzy flags, #| lines), and
# one with CRLF line ends, which it leaves to libgettextpo.
. "$top_srcdir/tests/lib.sh"

scan_agrees() { "$top_builddir/tests/unit/test-po-scan" "$@" > out && ! grep -q "^not ok" out; }

test_expect_success 'decompiled system catalogs' '
  n=0
  for mo in /usr/share/locale/*/LC_MESSAGES/*.mo; do
    [ -f "$mo" ] || continue
    msgunfmt "$mo" -o "real$n.po" 2>/dev/null || continue
    n=$((n + 1)); [ $n -ge 40 ] && break
  done
  test $n -gt 0 && scan_agrees real*.po && cat out | tail -n 1 &&
  grep -q "^ok" out
'
test_expect_success 'the project catalogs after msgmerge with fuzzy and obsolete entries' '
  sed "s/Sexual Health/Sexual Wellbeing/; /msgid \"Understanding cramps after sex\"/,+1d" \
    "$top_srcdir/po/cramps-after-sex/cramps-after-sex.pot" > changed.pot &&
  for lang in fr ar ja; do
    msgmerge -q --previous "$top_srcdir/po/cramps-after-sex/$lang.po" changed.pot -o "m-$lang.po" || exit 1
  done &&
  grep -q "^#~ " m-fr.po && grep -q "^#, fuzzy" m-fr.po &&
  scan_agrees m-*.po && grep -q "3 of 3 catalogs took the fast path" out
'
test_expect_success 'a CRLF catalog goes to libgettextpo and still renders' '
  mkdir -p po/cramps-after-sex po/edition &&
  sed "s/\$/\r/" "$top_srcdir/po/cramps-after-sex/fr.po" > po/cramps-after-sex/fr.po &&
  scan_agrees po/cramps-after-sex/fr.po && grep -q "0 of 1 catalogs took the fast path" out &&
  folio render --po po --template "$top_srcdir/content/edition.xml" --locale fr --width 0 \
    "$top_srcdir/content/cramps-after-sex.xml" > fr.txt &&
  grep -q "Santé sexuelle" fr.txt
'
test_done
