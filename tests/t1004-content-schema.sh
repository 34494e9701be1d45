#!/bin/sh
# t1004: every file in content/ is valid against its schema.
. "$top_srcdir/tests/lib.sh"

schema_for() {
  case $(sed -n 's/.*<\([a-z]*\) xmlns="urn:x-folio:\([a-z]*\)".*/\2/p' "$1" | head -n1) in
    article) echo "$top_srcdir/content/article.rng" ;;
    edition) echo "$top_srcdir/content/edition.rng" ;;
  esac
}

for file in "$top_srcdir"/content/*.xml; do
  name=${file#"$top_srcdir"/}
  test_expect_success "$name is valid against its schema" '
    schema=$(schema_for "$file") && test -n "$schema" &&
    xmllint --noout --nonet --relaxng "$schema" "$file"
  '
done
test_expect_success 'the schema rejects a pre-formatted date' '
  sed "s|<published>2025-06-23</published>|<published>Jun 23, 2025</published>|" \
    "$top_srcdir/content/cramps-after-sex.xml" > bad.xml &&
  ! xmllint --noout --relaxng "$top_srcdir/content/article.rng" bad.xml 2>/dev/null
'
test_done
