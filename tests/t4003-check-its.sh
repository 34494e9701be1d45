#!/bin/sh
# t4003: folio check tests translations against the ITS Storage Size and
# Allowed Characters the template carries (tests/data/check-its: a catalog
# of tests/data/extract-its/its-values.pot that breaks both, one that
# keeps them).
. "$top_srcdir/tests/lib.sh"

data="$top_srcdir/tests/data/check-its"
# Findings without line numbers: the catalog line is check's to choose.
findings() { grep ": error: " "$1" | sed 's|^\([^:]*\):[0-9]*: |\1: |'; }

test_expect_success 'too many bytes and a character outside the class are findings' '
  cp -r "$data/bad" . &&
  test_must_fail 1 folio check bad/fr.po > out &&
  findings out > got && test_cmp "$data/bad/findings" got
'
test_expect_success 'translations within the constraints pass' '
  cp -r "$data/good" . && folio check good/fr.po > out && grep -q " pass$" out
'
test_expect_success 'the constraints survive msgmerge, as template comments do' '
  mkdir -p merged &&
  msgmerge -q -o merged/fr.po bad/fr.po "$top_srcdir/tests/data/extract-its/its-values.pot" &&
  test_must_fail 1 folio check merged/fr.po > out &&
  findings out | sed "s|^merged/|bad/|" > got && test_cmp "$data/bad/findings" got
'
test_expect_success 'a character the storage encoding lacks is a finding' '
  mkdir -p euro && sed "s/Pays d.origine/Pays €/" bad/fr.po > euro/fr.po &&
  test_must_fail 1 folio check euro/fr.po > out &&
  grep -q "msgstr of .Country. cannot be stored in ISO-8859-1 .*\[storage-size\]" out
'
test_expect_success 'the JSON report names the findings as its schema allows' '
  test_must_fail 1 folio check --format json bad/fr.po > report.json &&
  grep -q "\"id\": *\"storage-size\"" report.json &&
  grep -q "\"id\": *\"allowed-characters\"" report.json &&
  if /usr/bin/python3 -c "import jsonschema" 2>/dev/null; then
    /usr/bin/python3 -c "import json, sys, jsonschema
jsonschema.validate(json.load(open(\"report.json\")), json.load(open(sys.argv[1])))" \
      "$top_srcdir/docs/check-report.schema.json"
  fi
'
test_done
