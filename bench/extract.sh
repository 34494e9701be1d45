#!/bin/sh
# bench/extract.sh: extraction speed.  Generates N articles shaped like the
# seed (its structure, its text varied per article) and times, on the same
# files with the same ITS rules: folio extract, xgettext --its, itstool, and
# xmllint --noout (the cost of parsing alone).  Each tool gets all N files in
# one process.  Prints wall seconds, microseconds per article and peak
# memory (KiB).
# Usage: bench/extract.sh [FOLIO]   env: BENCH_SIZES="1 100 1000 10000",
#        BENCH_SLOW_MAX (largest N for itstool, default 1000)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
sizes=${BENCH_SIZES:-"1 100 1000 10000"}
slow_max=${BENCH_SLOW_MAX:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
rules="$top/its/article.its"
seed="$top/content/cramps-after-sex.xml"

generate() {   # generate N DIR
  mkdir -p "$2"
  i=1
  while [ "$i" -le "$1" ]; do
    # Every paragraph and item gets the article number, so that no two
    # articles share their messages.
    sed -e "s/id=\"cramps-after-sex\"/id=\"article-$i\"/" \
        -e "s|</p>| (article $i)</p>|; s|</item>| (article $i)</item>|" \
        "$seed" > "$2/article-$i.xml"
    i=$((i + 1))
  done
}

# measure LABEL N COMMAND...: prints one table row.
measure() {
  label=$1; n=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
    printf '%-10s %6s  failed: %s\n' "$label" "$n" "$(head -n1 "$work/err")"; return; }
  read -r seconds kib < "$work/time"
  per=$(awk -v s="$seconds" -v n="$n" 'BEGIN { printf "%.0f", s * 1e6 / n }')
  printf '%-10s %6s %9s %12s %10s\n' "$label" "$n" "$seconds" "$per" "$kib"
  echo "$seconds" > "$work/last"
}

printf 'extract: folio vs xgettext --its vs itstool vs xmllint --noout (parse only)\n'
printf '%-10s %6s %9s %12s %10s\n' tool N seconds us/article peak-KiB
for n in $sizes; do
  dir="$work/n$n"
  generate "$n" "$dir"
  set -- "$dir"/*.xml
  measure xmllint "$n" xmllint --noout --nonet "$@"; parse=$(cat "$work/last")
  measure folio "$n" "$folio" extract -o "$work/folio.pot" "$@"; own=$(cat "$work/last")
  measure xgettext "$n" xgettext --its="$rules" -o "$work/xgettext.pot" "$@"; xg=$(cat "$work/last")
  if [ "$n" -le "$slow_max" ]; then
    measure itstool "$n" itstool -i "$rules" -o "$work/itstool.pot" "$@"
  else
    printf '%-10s %6s  skipped (BENCH_SLOW_MAX=%s)\n' itstool "$n" "$slow_max"
  fi
  awk -v f="$own" -v p="$parse" -v x="$xg" -v n="$n" 'BEGIN {
    if (f > 0) printf "  N=%s: folio/xmllint %.2fx, xgettext/folio %.1fx\n", n, f / (p > 0 ? p : 0.01), x / f }'
  rm -rf "$dir"
done
