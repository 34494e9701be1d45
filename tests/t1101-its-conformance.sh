#!/bin/sh
# t1101: ITS 2.0 conformance, case by case.  Each tests/its/NAME.xml or
# NAME.html has its expected output in the W3C test suite's format in
# NAME.txt.  The category shown comes from the case's name,
# CATEGORY--what-it-tests (localization-note--global-pointer.xml).  A new
# case is two new files.
. "$top_srcdir/tests/lib.sh"

cases="$top_srcdir/tests/its"
for input in "$cases"/*.xml "$cases"/*.html; do
  [ -f "$input" ] || continue
  base=${input%.*}
  expected="$base.txt"
  [ -f "$expected" ] || continue
  name=${base##*/}
  category=${name%%--*}
  test_expect_success "$name" '
    (cd "$cases" && folio explain --format w3c --category "$category" "${input##*/}") > out &&
    test_cmp "$expected" out
  '
done

test_expect_success 'every category has a case in XML and in HTML' '
  for category in translate localization-note terminology directionality \
      language-information elements-within-text domain text-analysis locale-filter \
      provenance external-resource target-pointer id-value preserve-space \
      localization-quality-issue localization-quality-rating mt-confidence \
      allowed-characters storage-size; do
    ls "$cases/$category--"*.xml > /dev/null &&
    ls "$cases/$category--"*.html > /dev/null || return 1
  done
'

test_expect_success 'an unknown category is a usage error' '
  test_must_fail 2 folio explain --category colour "$cases/translate--local.xml" 2> err &&
  grep -q "unknown data category" err
'

test_expect_success 'text format names the rule, the local markup and the ancestor' '
  (cd "$cases" && folio explain --category localization-note \
     localization-note--global-inherited.xml) > out &&
  grep -q "locNote=\"Keep it short\" (global, localization-note--global-inherited.xml:[0-9]* locNoteRule)" out &&
  grep -q "inherited from /doc/body\[1\]" out
'

test_expect_success 'explain --its applies a rule file, later than the document'"'"'s own' '
  printf "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\"><its:translateRule selector=\"//p\" translate=\"no\"/></its:rules>\n" > no.its &&
  printf "<doc><p>Text</p></doc>\n" > doc.xml &&
  folio explain --format w3c --category translate --its no.its doc.xml > out &&
  printf "/doc\ttranslate=\"yes\"\n/doc/p[1]\ttranslate=\"no\"\n" > expected &&
  test_cmp expected out
'

test_expect_success 'explain --html reads any file name as HTML' '
  cp "$cases/directionality--html.html" page.txt &&
  (cd "$cases" && folio explain --format w3c --category directionality directionality--html.html) > expected &&
  folio explain --html --format w3c --category directionality page.txt > out &&
  test_cmp expected out
'

test_expect_success 'a document that does not parse is a finding (exit 1)' '
  printf "<doc><p>open\n" > broken.xml &&
  test_must_fail 1 folio explain broken.xml 2> err && grep -q "^broken.xml:" err
'

test_done
