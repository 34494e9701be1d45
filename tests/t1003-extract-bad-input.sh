#!/bin/sh
# t1003: bad input gets file:line:column errors, a non-zero exit, no output.
. "$top_srcdir/tests/lib.sh"

article="$top_srcdir/content/cramps-after-sex.xml"

test_expect_success 'malformed XML: error with line and column, exit 1, no output' '
  printf "<?xml version=\"1.0\"?>\n<article xmlns=\"urn:x-folio:article\">\n<title>x</titel>\n</article>\n" > bad.xml &&
  test_must_fail 1 folio extract bad.xml -o out.pot 2> err &&
  grep -q "^bad.xml:3:[0-9]*: error: " err && ! test -e out.pot
'
test_expect_success 'a failed run leaves an existing template untouched' '
  folio extract "$article" -o keep.pot && cp keep.pot keep.before &&
  test_must_fail 1 folio extract "$article" bad.xml -o keep.pot 2> err &&
  test_cmp keep.before keep.pot && ! ls keep.pot.tmp* 2>/dev/null
'
test_expect_success 'a missing file is an error naming it' '
  test_must_fail 2 folio extract nowhere.xml 2> err &&
  grep -q "^nowhere.xml: error: cannot read file" err
'
test_expect_success 'an unreadable rules file is an error naming it (exit 2)' '
  test_must_fail 2 folio extract --its nowhere.its "$article" 2> err &&
  grep -q "^nowhere.its: error: " err
'
test_expect_success 'a rule with a bad XPath is reported at its line' '
  cat > bad.its <<-\EOT &&
	<?xml version="1.0"?>
	<its:rules xmlns:its="http://www.w3.org/2005/11/its" version="2.0">
	  <its:translateRule selector="//p[" translate="yes"/>
	</its:rules>
	EOT
  test_must_fail 1 folio extract --its bad.its "$article" 2> err &&
  grep -q "^bad.its:3: error: invalid XPath" err
'
test_expect_success 'a rule with an invalid value is reported' '
  sed "s|//p\[|//p|; s|translate=\"yes\"|translate=\"maybe\"|" bad.its > value.its &&
  test_must_fail 1 folio extract --its value.its "$article" 2> err &&
  grep -q "^value.its:3: error: invalid value .maybe." err
'
test_expect_success 'external entities are refused, never read' '
  printf "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<article xmlns=\"urn:x-folio:article\"><title>&secret;</title></article>\n" > xxe.xml &&
  test_must_fail 1 folio extract xxe.xml -o xxe.pot 2> err &&
  grep -q "^xxe.xml:3: error: external entity .secret." err &&
  ! test -e xxe.pot
'
test_expect_success 'an external DTD is not loaded' '
  printf "<?xml version=\"1.0\"?>\n<!DOCTYPE article SYSTEM \"http://127.0.0.1:9/none.dtd\">\n<article xmlns=\"urn:x-folio:article\"><meta><category>c</category><published>2025-01-01</published></meta><title>T</title></article>\n" > dtd.xml &&
  folio extract dtd.xml > dtd.pot && grep -q "msgid \"T\"" dtd.pot
'
test_expect_success 'an entity-expansion bomb is stopped with an error' '
  {
    printf "<?xml version=\"1.0\"?>\n<!DOCTYPE article [\n<!ENTITY a0 \"xxxxxxxxxxxxxxxxxxxx\">\n"
    i=1; while [ $i -le 12 ]; do
      p=$((i - 1)); printf "<!ENTITY a$i \"&a$p;&a$p;&a$p;&a$p;&a$p;&a$p;&a$p;&a$p;&a$p;&a$p;\">\n"; i=$((i + 1))
    done
    printf "]>\n<article xmlns=\"urn:x-folio:article\"><title>&a12;</title></article>\n"
  } > bomb.xml &&
  test_must_fail 1 folio extract bomb.xml -o bomb.pot 2> err &&
  grep -q "^bomb.xml:[0-9]*:[0-9]*: error: " err && ! test -e bomb.pot
'
test_expect_success 'a document no rules know is an error' '
  echo "<unknown>text</unknown>" > unknown.xml &&
  test_must_fail 1 folio extract unknown.xml 2> err &&
  grep -q "no ITS rules are known for root element .unknown." err
'
# Linked rules (xlink:href) come from the document's folder, the project or
# the installed rule folders; anything else only with --rules-dir.
test_expect_success 'linked rules outside the document, the project and the rule folders are refused' '
  mkdir -p doc elsewhere &&
  printf "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\"><its:translateRule selector=\"//p\" translate=\"no\"/></its:rules>\n" > elsewhere/no.its &&
  far=$(mktemp -d "${TMPDIR:-/tmp}/folio-rules.XXXXXX") && cp elsewhere/no.its "$far/" &&
  printf "<doc xmlns:its=\"http://www.w3.org/2005/11/its\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><its:rules version=\"2.0\" xlink:type=\"simple\" xlink:href=\"%s/no.its\"/><p>Hello.</p><q>Kept.</q></doc>\n" "$far" > doc/far.xml &&
  printf "<doc xmlns:its=\"http://www.w3.org/2005/11/its\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><its:rules version=\"2.0\" xlink:type=\"simple\" xlink:href=\"/etc/passwd\"/><p>Hello.</p></doc>\n" > doc/etc.xml &&
  printf "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\"><its:translateRule selector=\"//*\" translate=\"yes\"/></its:rules>\n" > all.its &&
  (cd doc && test_must_fail 1 folio extract --its ../all.its etc.xml 2> err &&
   grep -q "^etc.xml:1: error: linked rules ./etc/passwd. are outside" err) &&
  (cd doc && test_must_fail 1 folio extract --its ../all.its far.xml 2> err && grep -q "are outside" err) &&
  (cd doc && folio extract --rules-dir "$far" --its ../all.its far.xml > far.pot) &&
  ! grep -q "Hello" doc/far.pot && grep -q "Kept" doc/far.pot; rc=$?; rm -rf "$far"; exit $rc
'
test_done
