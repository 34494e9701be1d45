#!/bin/sh
# bench/translate.sh: translated documents per second.  Makes N documents,
# each the seed article (content/cramps-after-sex.xml) under its own name
# (hard links), and its catalogs for BENCH_LANGS, then times:
#   folio translate --po-dir: all N documents in every language, one
#     process (rules compiled once, each catalog read once);
#   msgfmt --xml, itstool -m and po4a-translate (xml): the same sources
#     and catalogs, one process per (document, language) as those tools
#     work, over a sample of the first documents (a process each, so the
#     full N would only repeat the sample's figure);
#   xmllint --noout over all N documents: parsing each once, the floor.
# A translated document is one source in one language, one output file.
# Prints wall seconds, microseconds per document and peak memory (KiB),
# then per N: folio against the fastest other tool, per document.
# Usage: bench/translate.sh [FOLIO]   env: BENCH_SIZES (default
#        "10 100 1000 10000"), BENCH_LANGS (default "fr de ja ar"),
#        BENCH_MSGFMT_SAMPLE (documents, default 20), BENCH_ITSTOOL_SAMPLE
#        (default 5), BENCH_PO4A_SAMPLE (default 3).  Everything goes under
#        TMPDIR; TMPDIR=/dev/shm leaves the disk out.
# The language list is split into words on purpose; the sh -c programs
# expand their own arguments.
# shellcheck disable=SC2086,SC2016
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
folio=$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")
sizes=${BENCH_SIZES:-"10 100 1000 10000"}
langs=${BENCH_LANGS:-"fr de ja ar"}
msgfmt_sample=${BENCH_MSGFMT_SAMPLE:-20}
itstool_sample=${BENCH_ITSTOOL_SAMPLE:-5}
po4a_sample=${BENCH_PO4A_SAMPLE:-3}
set -- $langs
n_langs=$#
if [ ! -x /usr/bin/time ]; then
  echo "translate: /usr/bin/time (GNU time) not installed: nothing to measure" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-translate.XXXXXX")
trap 'rm -rf "$work"' EXIT
# msgfmt --xml finds ITS rules through locating rules: give it folio's.
mkdir -p "$work/gettext" "$work/po" "$work/mo" "$work/src" "$work/out"
ln -s "$top/its" "$work/gettext/its"
export GETTEXTDATADIRS="$work/gettext"
cp "$top/content/cramps-after-sex.xml" "$work/seed.xml"
for l in $langs; do
  cp "$top/po/cramps-after-sex/$l.po" "$work/po/"
  msgfmt -o "$work/mo/$l.mo" "$work/po/$l.po"
done
printf '%s\n' $langs > "$work/po/LINGUAS"
: > "$work/summary"

have=0
grow() {   # grow N: src/doc-1.xml .. doc-N.xml, hard links to the seed
  i=$((have + 1))
  while [ "$i" -le "$1" ]; do ln "$work/seed.xml" "$work/src/doc-$i.xml"; i=$((i + 1)); done
  have=$1
}

# measure LABEL N DOCS COMMAND...: one table row; sets us (microseconds per
# document), empty when the command fails.
measure() {
  label=$1; n=$2; docs=$3; shift 3
  us=
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
    printf '%-18s %6s %7s  failed: %s\n' "$label" "$n" "$docs" "$(head -n1 "$work/err")"
    return 0; }
  read -r seconds kib < "$work/time"
  us=$(awk -v s="$seconds" -v n="$docs" 'BEGIN { printf "%.0f", s * 1e6 / n }')
  printf '%-18s %6s %7s %9s %10s %10s\n' "$label" "$n" "$docs" "$seconds" "$us" "$kib"
}
missing() { printf '%-18s %6s  not installed (%s)\n' "$1" "$2" "$3"; }
sample() { if [ "$1" -lt "$2" ]; then echo "$1"; else echo "$2"; fi; }
# keep_best LABEL: the fastest other tool so far
keep_best() {
  if [ -n "$us" ] && { [ -z "$best_us" ] || [ "$us" -lt "$best_us" ]; }; then
    best=$1 best_us=$us
  fi
}

echo "translate: N documents x $n_langs languages ($langs), the seed article each"
printf '%-18s %6s %7s %9s %10s %10s\n' tool N docs seconds us/doc peak-KiB
for n in $sizes; do
  grow "$n"
  s=$work/src p=$work/po o=$work/out best='' best_us=''
  if command -v xmllint > /dev/null; then
    measure "xmllint --noout" "$n" "$n" sh -c 'xmllint --noout --nonet "$1"/doc-*.xml' sh "$s"
  else
    missing "xmllint --noout" "$n" libxml2-utils
  fi
  rm -rf "$o/folio"
  measure "folio translate" "$n" $((n * n_langs)) sh -c \
    'f=$1 p=$2 o=$3 s=$4; exec "$f" translate --po-dir "$p" -o "$o" "$s"/doc-*.xml' \
    sh "$folio" "$p" "$o/folio" "$s"
  own=$us
  rm -rf "$o/folio"

  k=$(sample "$msgfmt_sample" "$n")
  if command -v msgfmt > /dev/null; then
    measure "msgfmt --xml" "$n" $((k * n_langs)) sh -c '
      k=$1 s=$2 p=$3 o=$4; shift 4; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          msgfmt --xml -l "$l" --template "$s/doc-$i.xml" -o "$o/doc-$i.$l.xml" \
            "$p/$l.po" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$s" "$p" "$o" $langs
    keep_best "msgfmt --xml"
  else
    missing "msgfmt --xml" "$n" gettext
  fi
  rm -f "$o"/*.xml

  k=$(sample "$itstool_sample" "$n")
  if command -v itstool > /dev/null; then
    measure "itstool -m" "$n" $((k * n_langs)) sh -c '
      k=$1 s=$2 mo=$3 o=$4 rules=$5; shift 5; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          itstool -i "$rules" -m "$mo/$l.mo" -o "$o/doc-$i.$l.xml" "$s/doc-$i.xml" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$s" "$work/mo" "$o" "$top/its/article.its" $langs
    keep_best "itstool -m"
  else
    missing "itstool -m" "$n" itstool
  fi
  rm -f "$o"/*.xml

  # po4a's xml module needs the article's inline elements and untranslated
  # parts spelt out (what article.its says); -k 0 writes whatever the share.
  k=$(sample "$po4a_sample" "$n")
  if command -v po4a-translate > /dev/null; then
    measure "po4a-translate" "$n" $((k * n_langs)) sh -c '
      k=$1 s=$2 p=$3 o=$4; shift 4; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          po4a-translate -f xml -m "$s/doc-$i.xml" -p "$p/$l.po" -l "$o/doc-$i.$l.xml" -k 0 \
            -o "inline=<strong> <em> <a> <q> <code> <br>" \
            -o "untranslated=<meta><published>" -o "attributes=<a>title" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$s" "$p" "$o" $langs
    keep_best "po4a-translate"
  else
    missing "po4a-translate" "$n" po4a
  fi
  rm -f "$o"/*.xml

  awk -v n="$n" -v f="$own" -v b="$best" -v bu="$best_us" 'BEGIN {
    printf "N=%s: folio per translated document against the fastest other tool: ", n
    if (f == "") print "n/a (folio failed)"
    else if (bu == "") print "n/a (no other tool ran)"
    else if (f == 0) printf "more than %sx faster than %s (folio under the clock)\n", bu, b
    else if (bu >= f) printf "%.1fx faster than %s (%s us against %s us)\n", bu / f, b, f, bu
    else printf "%.1fx slower than %s\n", f / bu, b
  }' >> "$work/summary"
done
cat "$work/summary"
