#!/bin/sh
# t2007: folio update -j N merges domains in parallel with the output of
# one process, and leaves a catalog without running msgmerge exactly when
# msgmerge would give it back as it is.
. "$top_srcdir/tests/lib.sh"

# Six domains: the seed's, under six names, with its catalogs.
mkdir -p proj/content proj/po && cp "$top_srcdir/content/"*.xml proj/content/ &&
for a in a b c d e f; do
  sed "s/id=\"cramps-after-sex\"/id=\"$a\"/" "$top_srcdir/content/cramps-after-sex.xml" > proj/content/$a.xml
  mkdir proj/po/$a && cp "$top_srcdir/po/cramps-after-sex/"*.po proj/po/$a/
done
domains="po/a po/b po/c po/d po/e po/f"
in_proj() { (cd proj && folio "$@"); }
# sums: every file of the domains with its SHA-256.
sums() { (cd proj && find po -type f | sort | xargs sha256sum); }

test_expect_success 'a number of jobs that is not a whole number from 1 is a usage error' '
  for bad in 0 -1 abc 1.5 ""; do
    test_must_fail 2 in_proj update -j "$bad" $domains 2> err || exit 1
    grep -q "jobs" err || exit 1
  done
'
test_expect_success '-j 3 merges every domain as -j 1 does, with the same output' '
  printf "msgid \"x\"\nmsgstr\n" > proj/po/b/de_AT.po && printf "msgid \"y\"\n" > proj/po/e/de_AT.po &&
  cp -r proj one && cp -r proj three && rm proj/po/[be]/de_AT.po &&
  (cd one && test_must_fail 1 folio update -j 1 $domains > ../out.1 2> ../err.1) &&
  (cd three && test_must_fail 1 folio update -j 3 $domains > ../out.3 2> ../err.3) &&
  test "$(grep -c "^updated po/" out.1)" = 72 && test_cmp out.1 out.3 &&
  # Messages only: a leak checker may add its own report at exit.
  grep ": " err.1 > msgs.1; grep ": " err.3 > msgs.3; test_cmp msgs.1 msgs.3 &&
  grep -q "^po/b/de_AT.po:.*error" msgs.1 && grep -q "^po/e/de_AT.po:.*error" msgs.1 &&
  rm one/po/[be]/de_AT.po three/po/[be]/de_AT.po &&
  (cd one && find po -type f | sort | xargs sha256sum) > sums.1 &&
  (cd three && find po -type f | sort | xargs sha256sum) > sums.3 && test_cmp sums.1 sums.3 &&
  rm -rf proj && mv one proj && rm -rf three
'
test_expect_success 'a second update runs no msgmerge and changes no byte, with -j 1 and -j 2' '
  sums > before && ls -li proj/po/*/ > inodes.before &&
  in_proj update -v -j 1 $domains > out 2> err && test "$(grep -c ": note: already merged against .*: msgmerge not run$" err)" = 72 &&
  ! grep -q "^updated" out &&
  in_proj update -v -j 2 $domains > out.2 2> err.2 && test_cmp out out.2 &&
  grep ": note: " err > notes && grep ": note: " err.2 > notes.2 && test_cmp notes notes.2 &&
  sums > after && test_cmp before after && ls -li proj/po/*/ > inodes.after && test_cmp inodes.before inodes.after
'
test_expect_success 'with a compendium every catalog is merged' '
  in_proj update -v --compendium "$top_srcdir/po/cramps-after-sex/fr.po" po/a 2> err &&
  ! grep -q "already merged" err && grep -q "note: merging" err
'
# Each case changes fr.po of a merged domain; msgmerge decides whether that
# catalog is still merged, and folio update must skip msgmerge exactly then.
for case in "$top_srcdir"/tests/data/merge-current/*.sed; do
  name=$(basename "$case" .sed)
  test_expect_success "merged or not, as msgmerge says: $name ($(sed -n '1s/^# //p' "$case"))" '
    rm -rf c && cp -r proj c && sed -f "$case" c/po/a/fr.po > fr.po && cp fr.po c/po/a/fr.po &&
    msgmerge --quiet --previous -o want.po fr.po c/po/a/a.pot &&
    (cd c && folio update -v po/a 2> ../err) &&
    if cmp -s want.po fr.po; then
      grep -q "^po/a/fr.po: note: already merged against .po/a/a.pot.: msgmerge not run$" err &&
      test_cmp fr.po c/po/a/fr.po
    else
      ! grep -q "^po/a/fr.po: note: already" err && test_cmp want.po c/po/a/fr.po
    fi &&
    sed -n "1p" "$case" | grep -q "^# $(cmp -s want.po fr.po && echo current || echo stale):"
  '
done
test_expect_success 'two updates with -j 2 at once take turns on each domain' '
  sed -i "s|</title>|, revised</title>|" proj/content/a.xml proj/content/d.xml &&
  { in_proj update -j 2 $domains > out.x & } && in_proj update -j 2 $domains > out.y && wait &&
  test "$(cat out.x out.y | grep -c "^updated po/[ad]/")" = 24 &&
  in_proj update -v $domains 2> err && test "$(grep -c "already merged" err)" = 72
'
test_done
