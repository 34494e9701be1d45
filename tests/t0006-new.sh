#!/bin/sh
# t0006: folio new, and a project that has no template of its own: the
# installed template and catalogs are used (the source tree stands for the
# installed data: same layout), build and check say so, and a project's own
# content/edition.xml and po/edition/ win.
. "$top_srcdir/tests/lib.sh"

test_expect_success 'folio new writes a skeleton that passes the schema' '
  folio new site > out &&
  for f in folio.conf content/welcome.xml po/LINGUAS .gitignore .github/workflows/l10n.yml; do
    test -f site/$f && grep -q "site/$f" out || { echo "no $f"; exit 1; }
  done &&
  xmllint --noout --nonet --relaxng "$top_srcdir/content/article.rng" site/content/welcome.xml &&
  grep -q "^/editions/" site/.gitignore &&
  grep -q "folio check --format github" site/.github/workflows/l10n.yml
'
test_expect_success 'folio new refuses a folder that is not empty, and takes an empty one' '
  mkdir -p full empty && echo x > full/notes.txt &&
  test_must_fail 2 folio new full 2> err && grep -q "full: error: .*not empty" err &&
  test_cmp - full/notes.txt <<-EOF &&
	x
	EOF
  test ! -e full/folio.conf && folio new empty > /dev/null && test -f empty/folio.conf &&
  test_must_fail 2 folio new 2> err && test_must_fail 2 folio new a b 2> err
'
test_expect_success 'a new project builds with the installed template, and says so' '
  rm -rf site && folio new site > /dev/null && echo fr > site/po/LINGUAS && sed -i "s/^min-complete = 100/min-complete = 0/" site/folio.conf &&
  (cd site && FOLIO_DATADIR="$top_srcdir" folio build 2> err) &&
  grep -q "note: using the installed edition template .*/content/edition.xml" site/err &&
  test -f site/editions/fr/welcome.txt &&
  grep -q "Autres langues" site/editions/fr/welcome.txt &&
  (cd site && FOLIO_DATADIR="$top_srcdir" test_must_fail 1 folio check 2> err > out) &&
  grep -q "the edition template is the installed" site/err &&
  grep -q "missing-domain" site/out
'
test_expect_success 'without the installed data, the missing template is the project'"'"'s' '
  rm -rf site && folio new site > /dev/null &&
  (cd site && test_must_fail 2 folio build 2> err) &&
  grep -q "^content/edition.xml: note: no edition template: .*none is installed in" site/err &&
  grep -q "^content/edition.xml: error: cannot read file" site/err
'
test_expect_success 'the project'"'"'s own po/edition/ wins over the installed catalogs' '
  rm -rf site && folio new site > /dev/null && echo fr > site/po/LINGUAS && sed -i "s/^min-complete = 100/min-complete = 0/" site/folio.conf &&
  mkdir -p site/po/edition && cp "$top_srcdir/po/edition/edition.pot" site/po/edition/ &&
  sed "s/^msgstr \"Autres langues\"/msgstr \"Nos autres langues\"/" \
    "$top_srcdir/po/edition/fr.po" > site/po/edition/fr.po &&
  (cd site && FOLIO_DATADIR="$top_srcdir" folio build 2> err) &&
  grep -q "Nos autres langues" site/editions/fr/welcome.txt
'
test_expect_success 'the project'"'"'s own content/edition.xml wins over the installed one' '
  rm -rf site && folio new site > /dev/null && echo fr > site/po/LINGUAS && sed -i "s/^min-complete = 100/min-complete = 0/" site/folio.conf &&
  sed "s/>Other languages</>More languages</" "$top_srcdir/content/edition.xml" \
    > site/content/edition.xml &&
  (cd site && FOLIO_DATADIR="$top_srcdir" folio build 2> err) &&
  ! grep -q "installed" site/err &&
  grep -q "More languages" site/editions/fr/welcome.txt
'
test_done
