#!/bin/sh
# t2002: folio update merges source changes into translators' catalogs
# without losing their work.
. "$top_srcdir/tests/lib.sh"

article() {   # article FIRST-SENTENCE SECOND-SENTENCE [THIRD]
  {
    echo '<article xmlns="urn:x-folio:article" id="demo" xml:lang="en"><meta>'
    echo '<category>Health</category><published>2025-06-23</published></meta>'
    echo "<title>Demo</title><intro><p>$1</p><p>$2</p>"
    [ -n "${3:-}" ] && echo "<p>$3</p>"
    echo '</intro></article>'
  } > content/demo.xml
}

setup() {
  rm -rf po content && mkdir -p content po/demo &&
  article "Drink water every day." "Rest after exercise." "Stretch gently." &&
  folio update po/demo > /dev/null &&
  folio init fr po/demo > /dev/null &&
  msgcat --no-wrap po/demo/fr.po |
  sed -e "/^msgid \"Rest after exercise.\"/i #, fuzzy" \
      -e "/^msgid \"Health\"/{n;s/.*/msgstr \"Santé\"/}" \
      -e "/^msgid \"Demo\"/{n;s/.*/msgstr \"Démo\"/}" \
      -e "/^msgid \"Drink water every day.\"/{n;s/.*/msgstr \"Buvez de l’eau chaque jour.\"/}" \
      -e "/^msgid \"Rest after exercise.\"/{n;s/.*/msgstr \"Reposez-vous après l’effort.\"/}" \
      -e "/^msgid \"Stretch gently.\"/{n;s/.*/msgstr \"Étirez-vous doucement.\"/}" \
      -e "s/^#\. The title of the article\.$/# Translator: keep it short\n&/" \
      > fr.tmp &&
  msgcat fr.tmp -o po/demo/fr.po
}

test_expect_success 'setup: a translated catalog' '
  setup && msgfmt --statistics -o /dev/null po/demo/fr.po 2> stats && cat stats &&
  grep -q "^4 translated messages, 1 fuzzy" stats
'
test_expect_success 'a changed, an added and a removed sentence' '
  setup &&
  article "Drink water every single day." "Rest after exercise." "Eat well." &&
  folio update po/demo > out && grep -q "updated po/demo/fr.po" out &&
  msgcat --no-wrap po/demo/fr.po > fr &&
  grep -B2 "^msgid \"Drink water every single day.\"" fr | grep -q "^#, fuzzy" &&
  grep -B1 "^msgid \"Drink water every single day.\"" fr | grep -q "^#| msgid \"Drink water every day.\"" &&
  grep -A1 "^msgid \"Eat well.\"" fr | grep -q "^msgstr \"\"" &&
  grep -q "^#~ msgid \"Stretch gently.\"" fr &&
  grep -A1 "^msgid \"Rest after exercise.\"" fr | grep -q "Reposez-vous"
'
test_expect_success 'translator comments and the fuzzy flags they set survive' '
  setup && article "Drink water every single day." "Rest after exercise." &&
  folio update po/demo > /dev/null &&
  grep -q "^# Translator: keep it short" po/demo/fr.po &&
  msgcat --no-wrap po/demo/fr.po | grep -B1 "^msgid \"Rest after exercise.\"" | grep -q "^#, fuzzy"
'
test_expect_success 'a second run changes no byte of any file' '
  setup && article "Drink water every single day." "Rest after exercise." "Eat well." &&
  folio update po/demo > /dev/null &&
  cp -p po/demo/fr.po fr.before && cp -p po/demo/demo.pot pot.before &&
  touch -d 2000-01-01 po/demo/fr.po po/demo/demo.pot &&
  SOURCE_DATE_EPOCH=1900000000 folio update po/demo > out &&
  test_cmp fr.before po/demo/fr.po && test_cmp pot.before po/demo/demo.pot &&
  test "$(date -r po/demo/fr.po +%Y)$(date -r po/demo/demo.pot +%Y)" = 20002000 &&
  ! grep -q updated out
'
test_expect_success 'a malformed catalog is reported and left unchanged; others are updated' '
  setup && folio init de po/demo > /dev/null &&
  printf "msgid \"broken\nmsgstr \"\"\n" >> po/demo/fr.po && cp po/demo/fr.po fr.before &&
  article "Something new." "Rest after exercise." &&
  test_must_fail 1 folio update po/demo > out 2> err &&
  grep -q "^po/demo/fr.po: error: " err && test_cmp fr.before po/demo/fr.po &&
  grep -q "Something new" po/demo/de.po && ! ls po/demo/*.tmp* 2>/dev/null
'
test_expect_success 'a compendium seeds new messages' '
  setup && mkdir -p po/other && cat > po/other/memory.po <<-\EOT &&
	msgid ""
	msgstr "Content-Type: text/plain; charset=UTF-8\n"

	msgid "Eat well."
	msgstr "Mangez bien."
	EOT
  article "Drink water every day." "Eat well." &&
  folio update --compendium po/other/memory.po po/demo > /dev/null &&
  msgcat --no-wrap po/demo/fr.po | grep -A1 "^msgid \"Eat well.\"" | grep -q "Mangez bien"
'
test_expect_success 'a missing source is an error naming it' '
  mkdir -p po/ghost && test_must_fail 2 folio update po/ghost 2> err &&
  grep -q "content/ghost.xml" err
'
test_done
