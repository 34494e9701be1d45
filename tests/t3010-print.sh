#!/bin/sh
# t3010: the HTML editions printed by Chromium to PDF, read back with
# poppler: each language on its locale's paper as ICU gives it (Letter
# for English, A4 for the others here), no page ending on a heading, a
# call-out title or an FAQ question, and a link's address printed after it.
. "$top_srcdir/tests/lib.sh"

for tool in chromium pdfinfo pdftotext xmllint; do
  if ! command -v $tool > /dev/null; then
    test_skip "editions printed to PDF" "$tool is not installed (scripts/install-deps.sh installs it)"
    test_done
    exit 0
  fi
done
print() {   # print PAGE PDF: headless Chromium's print, no header or footer
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$(mktemp -d "$TEST_DIR/profile.XXXXXX")" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" > /dev/null 2>&1 && test -s "$2"
}
# same_paper "W H" WIDTH-MM HEIGHT-MM: a PDF page of W by H points is that
# paper, to the 2 points (0.7 mm) that ICU's whole millimetres round away
# (Letter is 215.9 by 279.4 mm).
same_paper() {
  echo "$1 $2 $3" | awk '{ dw = $1 - $3 * 72 / 25.4; dh = $2 - $4 * 72 / 25.4
    exit !(dw < 2 && dw > -2 && dh < 2 && dh > -2) }'
}
# key: each line as letters to compare, whatever pdftotext makes of it:
# compatibility forms folded (NFKC: Arabic presentation forms), bidi
# controls, spaces and the letters of the lam-alef ligature left out.
key() {
  perl -CSD -MUnicode::Normalize -ne 'print NFKC($_) =~ s/[\x{202A}-\x{202E}\x{2066}-\x{2069}\x{200E}\x{200F}\s\x{0622}\x{0623}\x{0625}\x{0627}\x{0644}]//gr, "\n"'
}
"$top_srcdir/tests/make-site.sh" "$top_srcdir" site 1 || exit 2
# A link to the web in the English article, to see its address printed.
sed 's|<p>Sex should|<p><a href="https://example.org/cramps">Source</a> Sex should|' site/content/a001.xml > a001.xml &&
  mv a001.xml site/content/a001.xml
(cd site && folio build --min-complete 0 -o out) > /dev/null 2>&1

for lang in en ar ja hi zh_CN; do
  test_expect_success "$lang prints on the paper ICU gives its locale" '
    print "$TEST_DIR/site/out/$lang/a001.html" $lang.pdf &&
    got=$(pdfinfo $lang.pdf | sed -n "s/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p") &&
    same_paper "$got" $(icu_ask paper $lang)
  '
  test_expect_success "$lang: no page ends on a heading, call-out title or question" '
    xmllint --xpath "//*[local-name()=\"h2\" or local-name()=\"h3\" or local-name()=\"summary\"]" \
      site/out/$lang/a001.html | sed "s/<[^>]*>/\n/g" | key | grep -v "^$" > headings &&
    pages=$(pdfinfo $lang.pdf | sed -n "s/^Pages: *//p") && test "$pages" -gt 1 &&
    page=1 && while [ $page -lt $pages ]; do
      # The last line of a page starts a heading: the heading is stranded.
      last=$(pdftotext -f $page -l $page $lang.pdf - | key | grep -v "^$" | tail -n 1)
      if [ -n "$last" ] && awk -v last="$last" "index(\$0, last) == 1 { found = 1 } END { exit !found }" headings; then
        echo "page $page ends on a heading: $last"; exit 1
      fi
      page=$((page + 1))
    done
  '
done
test_expect_success 'a link to the web prints its address after it' '
  pdftotext en.pdf - | tr -s " \n" "  " | grep -q "Source (https://example.org/cramps)"
'
test_done
