#!/bin/sh
# t4002: folio check: each finding, its absence, the gate, the reports.
. "$top_srcdir/tests/lib.sh"

# A project with one domain: the edition template and its catalogs.
setup() {
  rm -rf po content && mkdir -p po/edition content &&
  cp "$top_srcdir/content/edition.xml" content/ &&
  folio update po/edition > /dev/null
}
# translate LANG: a complete, valid catalog, each msgstr a copy marked
# with the language (patterns keep their arguments and get the plural
# categories the language needs).
translate() {
  folio init "$1" po/edition > /dev/null 2>&1 &&
  case $1 in
    ru) plural="one {# мин} few {# мин} many {# мин} other {# мин}" ;;
    ja) plural="other {#分}" ;;
    *) plural="one {# min} other {# min}" ;;
  esac &&
  msgcat --no-wrap "po/edition/$1.po" | awk -v lang="$1" -v plural="$plural" '
    /^msgid / { id = substr($0, 7) }
    /^msgstr ""$/ && id != "\"\"" {
      if (id ~ /^"{minutes, plural/) print "msgstr \"{minutes, plural, " plural "}\""
      else if (id ~ /[{]/) print "msgstr " id
      else print "msgstr \"[" lang "] " substr(id, 2); next }
    { print }' > x.po && mv x.po "po/edition/$1.po"
}
# set_msgstr LANG MSGID-PREFIX NEW-MSGSTR
set_msgstr() {
  msgcat --no-wrap "po/edition/$1.po" |
  awk -v id="msgid \"$2" -v str="$3" 'index($0, id) == 1 { print; getline; print "msgstr \"" str "\""; next } { print }' > x.po &&
  mv x.po "po/edition/$1.po"
}

test_expect_success 'complete and valid catalogs pass (exit 0)' '
  setup && translate ru && translate ja && folio check po > out && cat out &&
  grep -q "0 errors" out
'
test_expect_success 'an incomplete catalog fails the default 100% gate (exit 1)' '
  setup && translate ru && set_msgstr ru "Quick Tip" "" &&
  test_must_fail 1 folio check po > out && grep -q "\[incomplete\]" out &&
  folio check --min-complete 90 po > out
'
test_expect_success 'thresholds per language and domain from a config file' '
  setup && translate ru && set_msgstr ru "Quick Tip" "" &&
  echo "min-complete.ru = 90  # a new language" > po/folio-check.conf &&
  folio check po > out &&
  echo "min-complete.edition.ru = 100" >> po/folio-check.conf &&
  test_must_fail 1 folio check po > out
'
test_expect_success 'a catalog that does not parse: po-syntax with its line' '
  setup && translate ru && printf "msgid \"x\nmsgstr \"\"\n" >> po/edition/ru.po &&
  test_must_fail 1 folio check po > out && grep -q "ru.po:[0-9]*: error: .*\[po-syntax\]" out
'
test_expect_success 'header: wrong Language, no Plural-Forms, not UTF-8' '
  setup && translate ru &&
  sed -i -e "s/^\"Language: ru/\"Language: uk/" -e "/^\"Plural-Forms/d" po/edition/ru.po &&
  test_must_fail 1 folio check po > out &&
  grep -q "\[header-language\]" out && grep -q "\[header-plural-forms\]" out &&
  setup && translate ja && sed -i "s/^\"Plural-Forms: nplurals=1/\"Plural-Forms: nplurals=2/" po/edition/ja.po &&
  test_must_fail 1 folio check po > out && grep -q "nplurals=2. does not fit" out
'
test_expect_success 'ICU: syntax, argument names, plural categories' '
  setup && translate ru &&
  set_msgstr ru "{minutes, plural" "{minutes, plural, one {# мин} other {# мин}}" &&
  set_msgstr ru "Read as" "Читать как {format}" &&
  set_msgstr ru "{number}. {question}" "{number. {question}" &&
  test_must_fail 1 folio check po > out &&
  grep -q "missing .few., missing .many..*\[icu-plural-categories\]" out &&
  grep -q "{format}, the msgid {formats}.*\[icu-arguments\]" out &&
  grep -q "\[icu-syntax\]" out
'
test_expect_success 'a plural category the language does not have' '
  setup && translate ja &&
  set_msgstr ja "{minutes, plural" "{minutes, plural, one {#分} other {#分}}" &&
  test_must_fail 1 folio check po > out && grep -q "one. is not a category" out
'
test_expect_success 'markup: broken, and a different element set' '
  setup && translate ru &&
  set_msgstr ru "Share Article" "Поделиться <b>статьёй" &&
  set_msgstr ru "Quick Tip" "<script>x</script>Совет" &&
  test_must_fail 1 folio check po > out &&
  grep -q "\[markup-invalid\]" out && grep -q "\[markup-mismatch\]" out
'
test_expect_success 'gettext format checks (c-format) through gettext' '
  setup && translate ru && cat >> po/edition/ru.po <<-\EOT &&

	#, c-format
	msgid "%d files in %s"
	msgstr "%s файлов"
	EOT
  test_must_fail 1 folio check po > out && grep -q "\[format\]" out
'
test_expect_success 'stale: the catalog differs from the template, the template from its source' '
  setup && translate ru &&
  sed -i "s/>Quick Tip</>Handy Tip</" content/edition.xml &&
  test_must_fail 1 folio check po > out && grep -q "\[stale-pot\]" out &&
  folio update --pot-only po/edition > /dev/null &&
  test_must_fail 1 folio check po > out && grep -q "\[stale-po\]" out &&
  folio update po/edition > /dev/null && test_must_fail 1 folio check po > out &&
  ! grep -q "stale" out
'
test_expect_success 'warnings fail only with --strict' '
  setup && translate ru && set_msgstr ru "Did You Know?" "Did You Know?" &&
  set_msgstr ru "Share Article" " Поделиться статьёй!" &&
  folio check po > out && grep -q "\[untranslated-copy\]" out &&
  grep -q "\[whitespace\]" out && grep -q "\[punctuation\]" out &&
  test_must_fail 1 folio check --strict po > out
'
test_expect_success 'script-specific final punctuation is not a difference' '
  setup && translate ja && set_msgstr ja "Did You Know?" "ご存じですか？" &&
  folio check po > out && ! grep -q punctuation out
'
test_expect_success 'JSON report follows docs/check-report.schema.json' '
  setup && translate ru && set_msgstr ru "Quick Tip" "" &&
  test_must_fail 1 folio check --format json po > report.json &&
  if /usr/bin/python3 -c "import jsonschema" 2>/dev/null; then
    /usr/bin/python3 -c "import json, sys, jsonschema
jsonschema.validate(json.load(open(\"report.json\")), json.load(open(sys.argv[1])))" \
      "$top_srcdir/docs/check-report.schema.json"
  else
    python3 -m json.tool report.json > /dev/null && echo "jsonschema missing: well-formedness only"
  fi &&
  grep -q "\"passed\": false" report.json
'
test_expect_success 'JUnit report: one test case per domain and language, valid for Ant and Jenkins' '
  setup && translate ru && translate ja && set_msgstr ja "Quick Tip" "" &&
  test_must_fail 1 folio check --format junit po > junit.xml &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/ant-junit.xsd" junit.xml &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/jenkins-junit-10.xsd" junit.xml &&
  test "$(grep -c "<testcase " junit.xml)" = 2 && test "$(grep -c "<failure " junit.xml)" = 1 &&
  grep -q "<failure message=\"1 error, 1 warning\"" junit.xml &&
  grep -q "timestamp=\"2025-06-23T00:00:00\" hostname=\"[^\"]" junit.xml &&
  grep -q "<property name=\"folio.version\"" junit.xml
'
test_expect_success 'JUnit report: warnings appear, a catalog that does not parse is an error' '
  setup && translate ru && translate ja && set_msgstr ja "Did You Know?" "Did You Know?" &&
  folio check --format junit po > junit.xml &&
  grep -q "warning: .*\[untranslated-copy\]" junit.xml &&
  printf "msgid \"x\nmsgstr \"\"\n" >> po/edition/ru.po &&
  test_must_fail 1 folio check --format junit po > junit.xml &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/ant-junit.xsd" junit.xml &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/jenkins-junit-10.xsd" junit.xml &&
  grep -q "<error message=" junit.xml
'
test_expect_success 'counts are grammatical: 1 catalog, 1 error, 1 warning' '
  setup && translate ru && set_msgstr ru "Quick Tip" "" &&
  test_must_fail 1 folio check po > out && grep -qx "1 catalog, 1 error, 1 warning" out &&
  translate ja && set_msgstr ja "Quick Tip" "" &&
  test_must_fail 1 folio check po > out && grep -qx "2 catalogs, 2 errors, 2 warnings" out
'
test_expect_success 'a finding is at the line of its msgstr, its source reference apart' '
  setup && translate ru && set_msgstr ru "Read as" "Читать как {format}" &&
  line=$(grep -n "^msgstr \"Читать как {format}\"" po/edition/ru.po | cut -d: -f1) &&
  source=$(awk "/^#: /{ref = \$2} /^msgid \"Read as/{print ref; exit}" po/edition/ru.po) &&
  test_must_fail 1 folio check --format github po > out &&
  grep -q "^::error file=po/edition/ru.po,line=$line,title=icu-arguments::.* ($source)\$" out &&
  test_must_fail 1 folio check po > out &&
  grep -q "^po/edition/ru.po:$line: error: .* ($source) \[icu-arguments\]" out &&
  test_must_fail 1 folio check --format junit po > out && grep -q "($source) \[icu-arguments\]" out &&
  test_must_fail 1 folio check --format json po > report.json &&
  python3 -c "import json, sys
f = [f for f in json.load(open(\"report.json\"))[\"findings\"] if f[\"id\"] == \"icu-arguments\"][0]
assert f[\"line\"] == int(sys.argv[1]) and f[\"source\"] == sys.argv[2], f" "$line" "$source"
'
test_expect_success 'a header finding is at the line of its field' '
  setup && translate ru && sed -i "s/^\"Language: ru/\"Language: uk/" po/edition/ru.po &&
  line=$(grep -n "^\"Language: uk" po/edition/ru.po | cut -d: -f1) &&
  test_must_fail 1 folio check po > out &&
  grep -q "^po/edition/ru.po:$line: error: .*\[header-language\]" out
'
test_expect_success 'one line per finding: a long msgid is shortened' '
  setup && translate ru &&
  long=$(awk "/^msgid \"/ && length(\$0) > 70 {print; exit}" po/edition/ru.po) &&
  if test -n "$long"; then
    set_msgstr ru "$(echo "$long" | sed "s/^msgid \"//" | cut -c1-30)" " x" &&
    folio check po > out && grep "\[whitespace\]" out > w && test "$(wc -l < w)" = 1 &&
    test "$(wc -c < w)" -lt 200
  fi
'
test_expect_success 'GitHub annotations name file, line and finding' '
  setup && translate ru && set_msgstr ru "Read as" "Читать как {format}" &&
  test_must_fail 1 folio check --format github po > out &&
  grep -q "^::error file=po/edition/ru.po,line=[0-9]*,title=icu-arguments::" out
'
validate_json() {
  if /usr/bin/python3 -c "import jsonschema" 2>/dev/null; then
    /usr/bin/python3 -c "import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))" \
      "$1" "$top_srcdir/docs/check-report.schema.json"
  fi
}
# json_percent FILE CATALOG: the percent of one catalog in a JSON report.
json_percent() {
  python3 -c "import json, sys
print([c[\"percent\"] for c in json.load(open(sys.argv[1]))[\"catalogs\"] if c[\"file\"] == sys.argv[2]][0])" "$1" "$2"
}
test_expect_success 'a LINGUAS language without a catalog: missing-catalog, 0%, at its LINGUAS line' '
  setup && translate ru && printf "# languages\nru\nde\n" > po/LINGUAS &&
  test_must_fail 1 folio check po > out &&
  grep -q "^po/LINGUAS:3: error: .de. has no catalog .po/edition/de.po. .*\[missing-catalog\]" out &&
  grep -q "^po/edition/de.po  *0.0% .*FAIL" out &&
  test_must_fail 1 folio check --format json po > report.json && validate_json report.json &&
  test "$(json_percent report.json po/edition/de.po)" = 0.0 &&
  test_must_fail 1 folio check po/edition > out && grep -q "\[missing-catalog\]" out &&
  folio check po/edition/ru.po > out && ! grep -q "missing-catalog" out &&
  echo "min-complete.de = 0" > po/folio-check.conf &&
  folio check po > out && grep -q "^po/LINGUAS:3: warning: .*\[missing-catalog\]" out
'
test_expect_success 'an article without a domain folder: missing-domain' '
  setup && translate ru && echo ru > po/LINGUAS &&
  cp "$top_srcdir/content/cramps-after-sex.xml" content/ &&
  test_must_fail 1 folio check po > out &&
  grep -q "^content/cramps-after-sex.xml: error: .*po/cramps-after-sex/.*\[missing-domain\]" out &&
  (cd po && test_must_fail 1 folio check . > ../out) && grep -q "\[missing-domain\]" out &&
  test_must_fail 1 folio check --format json po > report.json && validate_json report.json &&
  mkdir po/cramps-after-sex && folio update po/cramps-after-sex > /dev/null &&
  test_must_fail 1 folio check po > out && ! grep -q "missing-domain" out &&
  grep -q "po/cramps-after-sex/ru.po.*\[missing-catalog\]" out
'
test_expect_success 'a catalog that does not parse counts 0%, not 100%' '
  setup && translate ru && printf "msgid \"x\nmsgstr \"\"\n" >> po/edition/ru.po &&
  test_must_fail 1 folio check --format json po > report.json && validate_json report.json &&
  test "$(json_percent report.json po/edition/ru.po)" = 0.0
'
test_expect_success 'usage errors exit 2' '
  test_must_fail 2 folio check --format yaml po 2> err &&
  test_must_fail 2 folio check --min-complete 120 po 2> err &&
  test_must_fail 2 folio check nowhere 2> err
'
test_done
