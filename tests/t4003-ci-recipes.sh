#!/bin/sh
# t4003: the CI recipes of docs/ci (and the README) run as written: the
# command of the GitHub Actions step and of the GitLab job, on a project
# that passes and on one that fails.
. "$top_srcdir/tests/lib.sh"

# The folio under test as "folio" on PATH, as an installed one would be.
mkdir bin && cat > bin/folio <<EOS
#!/bin/sh
exec ${FOLIO_WRAPPER:-} "$FOLIO" "\$@"
EOS
chmod +x bin/folio && PATH="$TEST_DIR/bin:$PATH" && export PATH

# step_command FILE: the shell command of the recipe's check step.
step_command() {
  python3 -c "import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
if \"jobs\" in doc:
    steps = doc[\"jobs\"][\"check\"][\"steps\"]
    print([s[\"run\"] for s in steps if s.get(\"name\") == \"Check the catalogs\"][0])
else:
    print(\"\\n\".join(doc[\"translations\"][\"script\"]))" "$1"
}
project() {
  rm -rf proj && mkdir -p proj/content proj/po &&
  cp "$top_srcdir/content/edition.xml" "$top_srcdir/content/cramps-after-sex.xml" proj/content/ &&
  cp -r "$top_srcdir/po/edition" "$top_srcdir/po/cramps-after-sex" "$top_srcdir/po/LINGUAS" proj/po/
}

test_expect_success 'the recipes are valid YAML with a folio check step' '
  step_command "$top_srcdir/docs/ci/github-actions.yml" > gh.cmd &&
  step_command "$top_srcdir/docs/ci/gitlab-ci.yml" > gl.cmd &&
  grep -q "^folio check " gh.cmd && grep -q "^folio check " gl.cmd
'
test_expect_success 'the README carries both recipes as they are in docs/ci' '
  for f in github-actions.yml gitlab-ci.yml; do
    sed "s/^/    /" "$top_srcdir/docs/ci/$f" > block &&
    python3 -c "import sys; sys.exit(open(sys.argv[1]).read() not in open(sys.argv[2]).read())" \
      block "$top_srcdir/README.md" || { echo "README lacks docs/ci/$f"; exit 1; }
  done
'
test_expect_success 'GitHub step: passes on complete catalogs, annotates a broken one at its line' '
  project && (cd proj && sh -e ../gh.cmd > ../out) && ! grep -q "^::error" out &&
  sed -i "s/^\"Language: ru/\"Language: uk/" proj/po/edition/ru.po &&
  line=$(grep -n "^\"Language: uk" proj/po/edition/ru.po | cut -d: -f1) &&
  (cd proj && test_must_fail 1 sh -e ../gh.cmd > ../out) &&
  grep -q "^::error file=po/edition/ru.po,line=$line,title=header-language::" out &&
  rm proj/po/cramps-after-sex/de.po &&
  (cd proj && test_must_fail 1 sh -e ../gh.cmd > ../out) &&
  grep -q "^::error file=po/LINGUAS,line=[0-9]*,title=missing-catalog::" out
'
test_expect_success 'GitLab job: a JUnit report valid for Ant and Jenkins, failing the job' '
  project && (cd proj && sh -e ../gl.cmd) && test -f proj/folio-check.xml &&
  rm proj/po/edition/ja.po &&
  (cd proj && test_must_fail 1 sh -e ../gl.cmd) &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/ant-junit.xsd" proj/folio-check.xml &&
  xmllint --noout --schema "$top_srcdir/tests/data/check/jenkins-junit-10.xsd" proj/folio-check.xml &&
  grep -q "missing-catalog" proj/folio-check.xml
'
test_done
