#!/bin/sh
# t2001: folio init makes a catalog a translator can open right away.
. "$top_srcdir/tests/lib.sh"

setup() {
  rm -rf po content && mkdir -p po/demo content &&
  cp "$top_srcdir/content/edition.xml" content/demo.xml &&
  folio update po/demo > /dev/null && test -f po/demo/demo.pot
}
field() { msgcat --no-wrap "$1" | sed -n "s/^\"$2: \(.*\)\\\\n\"$/\1/p"; }

test_expect_success 'init creates LANG.po with a complete header' '
  setup && folio init pl po/demo > out && grep -q "po/demo/pl.po" out &&
  test "$(field po/demo/pl.po Language)" = pl &&
  field po/demo/pl.po Plural-Forms | grep -q "^nplurals=3;" &&
  field po/demo/pl.po Content-Type | grep -q "charset=UTF-8" &&
  test "$(field po/demo/pl.po Project-Id-Version)" = demo &&
  ! grep -q "^#, fuzzy" po/demo/pl.po &&
  msgfmt -c --check-format -o /dev/null po/demo/pl.po
'
test_expect_success 'plural forms per language: ar 6, ja 1, he 2, hi 2, zh_CN 1' '
  setup &&
  for pair in ar:6 ja:1 he:2 hi:2 zh_CN:1 ru:3 fr:2; do
    lang=${pair%:*}; n=${pair#*:}
    folio init $lang po/demo > /dev/null &&
    field po/demo/$lang.po Plural-Forms | grep -q "^nplurals=$n;" ||
      { echo "$lang: $(field po/demo/$lang.po Plural-Forms)"; exit 1; }
  done
'
test_expect_success 'BCP 47 and POSIX tags become the gettext form' '
  setup && folio init pt-BR po/demo > /dev/null && test -f po/demo/pt_BR.po &&
  test "$(field po/demo/pt_BR.po Language)" = pt_BR &&
  folio init zh-Hans-CN po/demo > /dev/null && test -f po/demo/zh_CN.po &&
  folio init de_AT.UTF-8 po/demo > /dev/null && test -f po/demo/de_AT.po
'
test_expect_success 'an existing catalog is never overwritten' '
  setup && folio init tr po/demo > /dev/null && echo "# mine" >> po/demo/tr.po &&
  cp po/demo/tr.po before &&
  test_must_fail 1 folio init tr po/demo 2> err && grep -q "exists already" err &&
  test_cmp before po/demo/tr.po
'
test_expect_success 'a tag that is not a language is a usage error' '
  setup && test_must_fail 2 folio init "not a tag!" po/demo 2> err
'
test_expect_success 'a domain without a template is an error naming it' '
  mkdir -p po/none && test_must_fail 2 folio init fr po/none 2> err &&
  grep -q "^po/none/none.pot: error: " err && ! test -e po/none/fr.po
'
test_done
