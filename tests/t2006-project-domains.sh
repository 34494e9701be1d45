#!/bin/sh
# t2006: 'folio init LANG' and 'folio update' without a folder work on
# every domain of the project: each article and template of its content
# folder, from any subfolder, folders and templates made as needed.
. "$top_srcdir/tests/lib.sh"

setup() {
  rm -rf proj && mkdir -p proj/content proj/po proj/sub &&
  cp "$top_srcdir/content/cramps-after-sex.xml" proj/content/ &&
  cp "$top_srcdir/content/edition.xml" proj/content/ &&
  cp "$top_srcdir/content/article.rng" proj/content/ &&
  printf "[project]\nsource-language = en\n" > proj/folio.conf
}

test_expect_success 'init LANG alone: a catalog in every domain, templates extracted first' '
  setup && (cd proj/sub && folio init ja) > out &&
  grep -q "created ../po/cramps-after-sex/ja.po" out && grep -q "created ../po/edition/ja.po" out &&
  grep -q "added ja to ../po/LINGUAS" out && test "$(cat proj/po/LINGUAS)" = ja &&
  test -f proj/po/cramps-after-sex/cramps-after-sex.pot && test -f proj/po/edition/edition.pot &&
  grep -q "^#: content/cramps-after-sex.xml:" proj/po/cramps-after-sex/cramps-after-sex.pot &&
  msgfmt -c -o /dev/null proj/po/edition/ja.po
'
test_expect_success 'init LANG alone keeps existing catalogs, and adds the new article'"'"'s' '
  setup && (cd proj && folio init ja > /dev/null) &&
  echo "# mine" >> proj/po/edition/ja.po && cp proj/po/edition/ja.po kept.po &&
  sed "s/id=\"cramps-after-sex\"/id=\"second\"/" proj/content/cramps-after-sex.xml \
    > proj/content/second.xml &&
  (cd proj && folio init ja) > out 2> err &&
  grep -q "created po/second/ja.po" out && grep -q "edition/ja.po: note: .*kept" err &&
  test_cmp kept.po proj/po/edition/ja.po && test "$(cat proj/po/LINGUAS)" = ja
'
test_expect_success 'init LANG alone: LINGUAS keeps its lines; the source language is not added' '
  setup && printf "# ours\nfr de  # two\npt-BR" > proj/po/LINGUAS &&
  (cd proj && folio init pt_BR && folio init de && folio init en) > out &&
  ! grep -q "added" out &&
  (cd proj && folio init ja) > out && grep -q "added ja to po/LINGUAS" out &&
  printf "# ours\nfr de  # two\npt-BR\nja\n" > want && test_cmp want proj/po/LINGUAS
'
test_expect_success 'init LANG alone with languages in folio.conf: says where to add it' '
  setup && printf "languages = fr\n" >> proj/folio.conf &&
  (cd proj && folio init ja) > out 2> err && test ! -e proj/po/LINGUAS &&
  grep -q "folio.conf:3: note: add .ja. to .languages." err
'
test_expect_success 'update alone: every domain, a new article gets its folder' '
  setup && (cd proj && folio init fr > /dev/null) &&
  sed -i "s/<title>/<title>New: /" proj/content/cramps-after-sex.xml &&
  sed "s/id=\"cramps-after-sex\"/id=\"second\"/" proj/content/cramps-after-sex.xml \
    > proj/content/second.xml &&
  (cd proj/sub && folio update) > out &&
  grep -q "updated ../po/cramps-after-sex/fr.po" out &&
  grep -q "^msgid \"New: " proj/po/cramps-after-sex/fr.po &&
  test -f proj/po/second/second.pot &&
  (cd proj && folio update) > out && test_cmp /dev/null out
'
test_expect_success 'update alone with --content: the sources are there' '
  setup && mv proj/content proj/articles && mkdir proj/content &&
  (cd proj && folio update --content articles) &&
  grep -q "^#: articles/cramps-after-sex.xml:" proj/po/cramps-after-sex/cramps-after-sex.pot
'
test_expect_success 'folio.conf'"'"'s content folder: for named folders and check'"'"'s stale-pot too' '
  setup && mv proj/content proj/articles && printf "content = articles\n" >> proj/folio.conf &&
  mkdir -p proj/po/cramps-after-sex && (cd proj/sub && folio update ../po/cramps-after-sex) &&
  grep -q "^#: articles/cramps-after-sex.xml:" proj/po/cramps-after-sex/cramps-after-sex.pot &&
  (cd proj && folio init fr po/cramps-after-sex > /dev/null) &&
  (cd proj && folio check --min-complete 0 po/cramps-after-sex > out) &&
  sed -i "s/<title>/<title>New: /" proj/articles/cramps-after-sex.xml &&
  (cd proj/sub && test_must_fail 1 folio check --min-complete 0 > out) &&
  grep -q "stale-pot" proj/sub/out && grep -q "articles/cramps-after-sex.xml" proj/sub/out
'
test_expect_success 'a named folder still works as before, and two are a usage error for init' '
  setup && mkdir proj/po/edition && (cd proj && folio update po/edition) &&
  (cd proj && folio init de po/edition) > out && grep -q "po/edition/de.po" out &&
  test_must_fail 2 folio init de a b 2> err
'
test_done
