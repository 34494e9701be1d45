#!/bin/sh
# t5001: folio build: every edition, the index, thresholds, parallelism.
. "$top_srcdir/tests/lib.sh"

build() { (cd "$top_srcdir" && folio build "$@"); }

test_expect_success 'all 13 editions in both formats and an index' '
  build -o "$TEST_DIR/ed" && cd ed &&
  test "$(ls */cramps-after-sex.html | wc -l)" = 13 && test "$(ls */cramps-after-sex.txt | wc -l)" = 13 &&
  test -f index.html && xmllint --noout index.html */*.html &&
  grep -q "<a hreflang=\"ar\" href=\"ar/cramps-after-sex.html\">100%</a>" index.html &&
  test "$(ls */index.html | wc -l)" = 13 && test "$(ls */feed.xml | wc -l)" = 13
'
test_expect_success '-j 2 gives the same bytes as -j 1, and a rerun changes nothing' '
  build -j 1 -o "$TEST_DIR/one" && build -j 2 -o "$TEST_DIR/two" &&
  diff -r -x ".folio.manifest.stat" one two && touch -d 2000-01-01 two/fr/cramps-after-sex.html &&
  build -j 2 -o "$TEST_DIR/two" && test "$(date -r two/fr/cramps-after-sex.html +%Y)" = 2000
'
test_expect_success 'new editions get the mode the umask gives, rewritten ones keep theirs' '
  (umask 027 && build -o "$TEST_DIR/modes") &&
  test "$(stat -c %a modes/fr/cramps-after-sex.html)" = 640 &&
  test "$(stat -c %a modes/fr/cramps-after-sex.txt)" = 640 &&
  test "$(stat -c %a modes/index.html)" = 640 &&
  chmod 664 modes/de/cramps-after-sex.html && echo changed > modes/de/cramps-after-sex.html &&
  (umask 077 && build -o "$TEST_DIR/modes") &&
  test "$(stat -c %a modes/de/cramps-after-sex.html)" = 664 &&
  ! grep -q "^changed" modes/de/cramps-after-sex.html &&
  test "$(stat -c %a modes/fr/cramps-after-sex.html)" = 640 &&
  ! ls -a modes/de | grep -q "\.folio-"
'
test_expect_success 'a language below --min-complete is skipped with a message' '
  mkdir -p proj && cp -r "$top_srcdir/content" "$top_srcdir/po" proj/ &&
  rm proj/po/cramps-after-sex/de.po &&
  (cd proj && folio build --min-complete 90 -o out 2> err) &&
  grep -q "cramps-after-sex in .de. is [1-9][0-9]% translated, below 90%: skipped" proj/err &&
  ! test -e proj/out/de/cramps-after-sex.html && test -e proj/out/fr/cramps-after-sex.html &&
  grep -q "<td class=\"skipped\" data-value=\"[1-9][0-9]\">[1-9][0-9]%</td>" proj/out/index.html &&
  ! grep -q "href=\"de/" proj/out/index.html && ! test -e proj/out/de/index.html
'
# Completeness counts what the edition shows: the template's labels too.
test_expect_success 'without its template catalog an edition is not 100%: labels are counted' '
  mkdir -p nolabels && cp -r "$top_srcdir/content" "$top_srcdir/po" nolabels/ &&
  rm nolabels/po/edition/fr.po &&
  (cd nolabels && folio build --min-complete 0 -o out 2> err) &&
  ! grep -q "<td data-value=\"100\"><a hreflang=\"fr\"" nolabels/out/index.html &&
  grep -q "<td data-value=\"[1-9][0-9]\"><a hreflang=\"fr\" href=\"fr/cramps-after-sex.html\">[1-9][0-9]%</a>" nolabels/out/index.html &&
  grep -q "0 units from language-only catalogs, [1-9][0-9]* untranslated" nolabels/err
'
test_expect_success 'by default build skips what check would fail: 100%, or the thresholds file' '
  mkdir -p gate && cp -r "$top_srcdir/content" "$top_srcdir/po" gate/ &&
  rm gate/po/edition/de.po &&
  (cd gate && folio build -o out 2> err) &&
  grep -q "cramps-after-sex in .de. is [0-9]*% translated, below 100%: skipped" gate/err &&
  ! test -e gate/out/de/cramps-after-sex.html && test -e gate/out/fr/cramps-after-sex.html &&
  echo "min-complete.de = 50" > gate/po/folio-check.conf &&
  (cd gate && folio build -o out 2> err) && test -e gate/out/de/cramps-after-sex.html &&
  echo "min-complete.cramps-after-sex.de = 100" >> gate/po/folio-check.conf &&
  (cd gate && folio build -o out 2> err) &&
  ! test -e gate/out/de/cramps-after-sex.html && ! test -e gate/out/de/cramps-after-sex.txt &&
  test -e gate/out/fr/cramps-after-sex.html && ! grep -q "href=\"de/" gate/out/index.html &&
  : > empty.conf && (cd gate && folio build --config ../empty.conf --min-complete 0 -o out2 2> err) &&
  test -e gate/out2/de/cramps-after-sex.html &&
  echo "min-complete = lots" > gate/po/folio-check.conf &&
  (cd gate && test_must_fail 2 folio build -o out 2> err) && grep -q "folio-check.conf:1:1: error" gate/err
'
test_expect_success 'units that fall back along the locale chain are counted' '
  mkdir -p chain && cp -r "$top_srcdir/content" "$top_srcdir/po" chain/ &&
  echo pt_BR > chain/po/LINGUAS &&
  mv chain/po/cramps-after-sex/pt_BR.po chain/po/cramps-after-sex/pt.po &&
  (cd chain && folio build -o out 2> err) &&
  grep -q "2 editions built, 0 skipped; [1-9][0-9]* units from language-only catalogs, 0 untranslated" chain/err &&
  grep -q "Saúde sexual\|SAÚDE SEXUAL" chain/out/pt_BR/cramps-after-sex.html
'
test_expect_success 'the closing note is grammatical: 1 edition built' '
  mkdir -p one && cp -r "$top_srcdir/content" "$top_srcdir/po" one/ && : > one/po/LINGUAS &&
  (cd one && folio build -o out 2> err) &&
  grep -q "note: 1 edition built, 0 skipped; 0 units from language-only catalogs" one/err
'
test_expect_success '--pseudo adds en-XA and ar-XB, made from the source' '
  build --pseudo -o "$TEST_DIR/pseudo" && cd pseudo &&
  test -f en_XA/cramps-after-sex.txt && test -f ar_XB/cramps-after-sex.html &&
  grep -q "^\[Ŝé" en_XA/cramps-after-sex.txt &&
  grep -q "<html lang=.ar-XB. dir=.rtl." ar_XB/cramps-after-sex.html &&
  grep -q "en_XA/cramps-after-sex.html" index.html && grep -q "ar_XB/cramps-after-sex.html" index.html &&
  ! grep -q "untranslated" ../pseudo.err 2>/dev/null
'
# A worker killed mid-build: named with its edition and signal, exit 2;
# a new worker builds every other edition, and index.html stays as it was.
test_expect_success 'a worker that dies is reported and the other editions still build' '
  mkdir -p crash && cp -r "$top_srcdir/content" "$top_srcdir/po" crash/ && cd crash &&
  for i in $(seq 1 60); do
    sed "s/id=\"cramps-after-sex\"/id=\"a$i\"/" content/cramps-after-sex.xml > content/a$i.xml
  done &&
  echo old > index.keep && mkdir out && cp index.keep out/index.html &&
  tries=0 &&
  until [ $tries -ge 5 ]; do
    tries=$((tries + 1)); rm -rf out/*/ && cp index.keep out/index.html &&
    { ${FOLIO_WRAPPER:-} "$FOLIO" build --min-complete 0 -j 1 -o out 2> err & } && pid=$! &&
    worker= && while [ -z "$worker" ] && kill -0 $pid 2>/dev/null; do
      worker=$(pgrep -P $pid | head -n 1)
    done &&
    sleep 0.2 && { [ -z "$worker" ] || kill -KILL $worker 2>/dev/null; } ; wait $pid; rc=$?
    grep -q "killed by signal 9" err && break
  done &&
  test $rc = 2 && grep -q "^content/a[0-9]*\.xml: error: the edition in .[a-zA-Z_]*. was not built: its worker was killed by signal 9" err &&
  built=$(ls out/*/*.html | wc -l) && total=$((61 * 13)) && test $built = $((total - 1)) &&
  grep -q "1 edition failed" err && test_cmp index.keep out/index.html
'
test_done
