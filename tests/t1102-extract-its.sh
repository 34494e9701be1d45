#!/bin/sh
# t1102: what the ITS data categories give a template, and HTML input.
# Each tests/data/extract-its/NAME.xml or NAME.html is extracted and
# compared with NAME.pot byte for byte (a new case is two new files).
. "$top_srcdir/tests/lib.sh"

cases="$top_srcdir/tests/data/extract-its"
for input in "$cases"/*.xml "$cases"/*.html; do
  [ -f "$input" ] || continue
  name=${input##*/}
  test_expect_success "$name" '
    (cd "$cases" && SOURCE_DATE_EPOCH=0 folio extract --package-name test "$name") > out.pot &&
    test_cmp "$cases/${name%.*}.pot" out.pot
  '
done

test_expect_success '--html reads any file name as HTML' '
  cp "$cases/page.html" page.txt &&
  SOURCE_DATE_EPOCH=0 folio extract --package-name test --html page.txt > out.pot &&
  sed "s/page\.html:/page.txt:/" "$cases/page.pot" > expected.pot &&
  test_cmp expected.pot out.pot
'

test_expect_success 'rules an HTML page links from the network are refused' '
  printf "<!DOCTYPE html><html><head><link rel=\"its-rules\" href=\"http://example.com/r.its\"></head><body><p>Hi</p></body></html>\n" > remote.html &&
  test_must_fail 1 folio extract remote.html 2> err &&
  grep -q "^remote.html:1: error: linked rules .http://example.com/r.its. are not a local file" err
'

test_expect_success 'an HTML page with an entity of its own stays within the page' '
  printf "<!DOCTYPE html SYSTEM \"/etc/passwd\"><html><body><p>Safe &amp; sound</p></body></html>\n" > dtd.html &&
  folio extract dtd.html > out.pot 2> err &&
  grep -q "^msgid \"Safe &amp; sound\"" out.pot && ! grep -q root out.pot
'

# The HTML documentation this system installs, as users have it.
pages=$(find /usr/share/doc -type f \( -name "*.html" -o -name "*.htm" \) 2>/dev/null | sort | head -40)
if test -n "$pages"; then
  test_expect_success 'HTML pages under /usr/share/doc extract without a message' '
    for page in $pages; do
      folio extract -o page.pot "$page" 2> err || { echo "failed: $page"; cat err; exit 1; }
      test_cmp /dev/null err || { echo "messages for $page"; exit 1; }
      msgfmt -c -o /dev/null page.pot || { echo "invalid template for $page"; exit 1; }
    done
  '
else
  test_skip 'HTML pages under /usr/share/doc extract without a message' 'no HTML documentation installed'
fi

test_done
