#!/bin/sh
# bench/its.sh: what the ITS data categories cost extraction.  The articles
# of bench/extract.sh, extracted with folio's article rules alone, then with
# rules that also set eight more categories on every paragraph (terms,
# domain, locale filter, storage size, allowed characters, ID value,
# language, MT confidence), then as HTML pages.  Prints wall seconds and
# microseconds per article; the first two rows show that the categories a
# rule set does not use cost nothing.
# Usage: bench/its.sh [FOLIO]   env: BENCH_SIZES="100 1000"
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
sizes=${BENCH_SIZES:-"100 1000"}
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-its.XXXXXX")
trap 'rm -rf "$work"' EXIT
seed="$top/content/cramps-after-sex.xml"

cat > "$work/more.its" <<'EOT'
<its:rules xmlns:its="http://www.w3.org/2005/11/its" xmlns:a="urn:x-folio:article" version="2.0">
  <its:termRule selector="//a:strong" term="yes" termInfoRef="http://example.com/glossary"/>
  <its:domainRule selector="/a:article" domainPointer="/a:article/a:meta/a:category"/>
  <its:localeFilterRule selector="//a:callout" localeFilterList="*-CA" localeFilterType="exclude"/>
  <its:storageSizeRule selector="//a:h" storageSize="120"/>
  <its:allowedCharactersRule selector="//a:title" allowedCharacters="[^&lt;&gt;]"/>
  <its:idValueRule selector="//a:faq/a:qa/a:question" idValue="concat('q', count(../preceding-sibling::a:qa))"/>
  <its:langRule selector="//a:q" langPointer="/a:article/@xml:lang"/>
  <its:mtConfidenceRule selector="//a:item" mtConfidence="0.9"/>
</its:rules>
EOT

# measure LABEL N COMMAND...: one table row.
measure() {
  label=$1; n=$2; shift 2
  /usr/bin/time -f "%e" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
    printf '%-22s %6s  failed: %s\n' "$label" "$n" "$(head -n1 "$work/err")"; return; }
  seconds=$(cat "$work/time")
  printf '%-22s %6s %9s %12s\n' "$label" "$n" "$seconds" \
    "$(awk -v s="$seconds" -v n="$n" 'BEGIN { printf "%.0f", s * 1e6 / n }')"
}

printf 'ITS categories in extraction\n'
printf '%-22s %6s %9s %12s\n' rules N seconds us/article
for n in $sizes; do
  mkdir -p "$work/xml" "$work/html"
  i=1
  while [ "$i" -le "$n" ]; do
    sed -e "s/id=\"cramps-after-sex\"/id=\"article-$i\"/" \
        -e "s|</p>| (article $i)</p>|; s|</item>| (article $i)</item>|" \
        "$seed" > "$work/xml/article-$i.xml"
    # The same text as an HTML page.
    { printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Article %s</title></head><body>\n' "$i"
      sed -n 's|^ *<p>\(.*\)</p>$|<p>\1</p>|p; s|^ *<item>\(.*\)</item>$|<li>\1</li>|p' \
        "$work/xml/article-$i.xml"
      printf '</body></html>\n'; } > "$work/html/article-$i.html"
    i=$((i + 1))
  done
  measure "article rules" "$n" "$folio" extract -o "$work/a.pot" "$work"/xml/*.xml
  measure "+ eight categories" "$n" "$folio" extract --its "$work/more.its" -o "$work/b.pot" \
    "$work"/xml/*.xml
  measure "HTML pages" "$n" "$folio" extract -o "$work/c.pot" "$work"/html/*.html
  rm -rf "$work/xml" "$work/html"
done
