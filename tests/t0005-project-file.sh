#!/bin/sh
# t0005: folio.conf, the project file: its syntax and messages (one case
# per file in tests/data/project: NAME.conf and the NAME.err a user sees),
# found from any subfolder, its values taking effect, options winning.
. "$top_srcdir/tests/lib.sh"
data="$top_srcdir/tests/data/project"

for conf in "$data"/*.conf; do
  name=$(basename "$conf" .conf)
  test_expect_success "folio.conf case $name" '
    rm -rf case && mkdir -p case/po && cp "$conf" case/folio.conf &&
    (cd case && folio check > /dev/null 2> err; echo "exit $?"; cat err) > actual &&
    test_cmp "$data/$name.err" actual
  '
done

# A project with the repository's template and catalogs, its articles in
# articles/ rather than content/.
project() {
  rm -rf proj && mkdir -p proj/articles proj/po proj/deep/er &&
  cp "$top_srcdir/content/cramps-after-sex.xml" "$top_srcdir/content/edition.xml" proj/articles/ &&
  cp -R "$top_srcdir/po/edition" "$top_srcdir/po/cramps-after-sex" proj/po/ &&
  printf "fr\nde\n" > proj/po/LINGUAS &&
  printf "[project]\ncontent = articles\noutput = out\n" > proj/folio.conf
}

test_expect_success 'build from a subfolder: paths are relative to folio.conf' '
  project && (cd proj/deep/er && folio build) &&
  test -f proj/out/fr/cramps-after-sex.html && test -f proj/out/index.html &&
  test ! -e proj/deep/er/out && test ! -e proj/deep/er/editions
'
test_expect_success 'options on the command line win' '
  project && (cd proj/deep && folio build -o elsewhere -w 40) &&
  test -f proj/deep/elsewhere/de/cramps-after-sex.txt && test ! -e proj/out &&
  test "$(icu_ask columns de < proj/deep/elsewhere/de/cramps-after-sex.txt | sort -n | tail -n1)" -le 40
'
test_expect_success 'languages, formats and width from folio.conf' '
  project &&
  printf "languages = de\n[build]\nformats = html\nwidth = 30\n" >> proj/folio.conf &&
  (cd proj && folio build) &&
  test -f proj/out/de/cramps-after-sex.html && test ! -e proj/out/fr &&
  test ! -e proj/out/de/cramps-after-sex.txt &&
  (cd proj && folio render --locale de articles/cramps-after-sex.xml) > de.txt &&
  test "$(icu_ask columns de < de.txt | sort -n | tail -n1)" -le 30
'
test_expect_success 'a LINGUAS language in folio.conf that is no tag: its line there' '
  project && printf "languages = de ../x\n" >> proj/folio.conf &&
  (cd proj && test_must_fail 1 folio build 2> err) &&
  grep -q "folio.conf:4: error: .\.\./x. is not a language tag" proj/err
'
test_expect_success 'fallback = source: fr_CA does not fall back to fr.po' '
  project && printf "fr_CA\n" > proj/po/LINGUAS &&
  (cd proj && folio build 2> err) && grep -q "[1-9][0-9]* units from language-only" proj/err &&
  printf "[build]\nfallback = source\n" >> proj/folio.conf &&
  (cd proj && folio build 2> err) && grep -q " 0 units from language-only" proj/err
'
test_expect_success 'check reads its thresholds from [check], from any subfolder' '
  project && sed -i "/Quick Tip/{n;s/^msgstr .*/msgstr \"\"/}" proj/po/edition/fr.po &&
  (cd proj/deep && test_must_fail 1 folio check > out) &&
  printf "[check]\nmin-complete.fr = 90\n" >> proj/folio.conf &&
  (cd proj/deep && folio check > out) &&
  printf "min-complete.edition.fr = 100\n" >> proj/folio.conf &&
  (cd proj/deep && test_must_fail 1 folio check > out)
'
test_expect_success 'an older po/folio-check.conf is still read, and wins' '
  project && sed -i "/Quick Tip/{n;s/^msgstr .*/msgstr \"\"/}" proj/po/edition/fr.po &&
  printf "[check]\nmin-complete = 100\n" >> proj/folio.conf &&
  echo "min-complete.fr = 90" > proj/po/folio-check.conf &&
  (cd proj && folio check > out)
'
test_expect_success 'without folio.conf, the working folder is the project' '
  project && rm proj/folio.conf && mv proj/articles proj/content &&
  (cd proj && folio build) && test -f proj/editions/fr/cramps-after-sex.txt
'
test_done
