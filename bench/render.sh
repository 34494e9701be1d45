#!/bin/sh
# bench/render.sh: edition speed.  Generates N articles, each the seed
# (content/cramps-after-sex.xml) under its own name with the seed's
# catalogs for every language of po/LINGUAS, all hard links, and times on
# that tree:
#   folio build -j 1 and -j 2: every article in English and every language,
#     text + HTML each, all N articles;
#   msgfmt --xml, itstool -m and po4a-translate (xml): the same catalogs
#     merged into the same sources, one process per (article, language) as
#     those tools work, over a sample of the first articles (they cost a
#     process each, so the full N would only repeat the sample's figure);
#   xmllint --noout over all N articles: parsing each source once, the floor.
# An edition is one article in one language: for folio its text and HTML
# files (its English editions count too: it renders them), for the others
# one merged XML file.  xmllint's "editions" are the articles it parses.
# Prints wall seconds, microseconds per edition and peak memory (KiB), then
# per N: folio -j 1 per edition against xmllint per article, folio -j 1
# against the fastest other tool per edition, and -j 1 against -j 2.
# Usage: bench/render.sh [FOLIO]   env: BENCH_SIZES (default "1 100 1000"),
#        BENCH_MSGFMT_SAMPLE (articles, default 100), BENCH_ITSTOOL_SAMPLE
#        (default 10), BENCH_PO4A_SAMPLE (default 5): each sample is that
#        many articles (at most N) times every language.  The tree and
#        every tool's output go under TMPDIR: where creating a file is slow
#        (some virtual disks), that cost is in every figure but xmllint's;
#        TMPDIR=/dev/shm leaves the disk out.
# The language list and the catalog names are split into words on purpose;
# the sh -c programs expand their own arguments.
# shellcheck disable=SC2086,SC2046,SC2016
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
folio=$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")
sizes=${BENCH_SIZES:-"1 100 1000"}
msgfmt_sample=${BENCH_MSGFMT_SAMPLE:-100}
itstool_sample=${BENCH_ITSTOOL_SAMPLE:-10}
po4a_sample=${BENCH_PO4A_SAMPLE:-5}
seed=$top/content/cramps-after-sex.xml
seed_po=$top/po/cramps-after-sex
set -- $(sed -e 's/#.*//' "$top/po/LINGUAS")
langs=$* n_langs=$#
if [ ! -x /usr/bin/time ]; then
  echo "render: /usr/bin/time (GNU time) not installed: nothing to measure" >&2
  exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-render.XXXXXX")
trap 'rm -rf "$work"' EXIT
tree=$work/tree
# msgfmt --xml finds ITS rules through locating rules: give it folio's.
mkdir -p "$work/gettext" "$work/mo" "$work/out"
: > "$work/summary"
ln -s "$top/its" "$work/gettext/its"
export GETTEXTDATADIRS="$work/gettext"

# The seed, its catalogs, the template and its catalogs, copied once into
# the work folder, so that the tree can link to them whatever file system
# TMPDIR is on.
catalogs=$(for l in $langs; do printf '%s.po ' "$l"; done)
mkdir -p "$work/seed/po" "$work/seed/edition"
cp "$seed" "$top/content/edition.xml" "$work/seed/"
(cd "$seed_po" && cp $catalogs "$work/seed/po/")
(cd "$top/po/edition" && cp $catalogs "$work/seed/edition/")

# grow N: makes the tree hold article-1 .. article-N (growing the one the
# previous size left, or starting afresh when N is smaller).  Every file is
# a hard link to the copied seed.  One mkdir for every folder, then per
# article one ln for its source and one for all its catalogs (ln links
# many files into one folder per call, but cannot rename them).
have=0
grow() {
  if [ "$1" -lt "$have" ]; then rm -rf "$tree"; have=0; fi
  if [ "$have" -eq 0 ]; then
    mkdir -p "$tree/content" "$tree/po/edition"
    ln "$work/seed/edition.xml" "$tree/content/"
    printf '%s\n' $langs > "$tree/po/LINGUAS"
    (cd "$work/seed/edition" && ln $catalogs "$tree/po/edition/")
  fi
  [ "$1" -gt "$have" ] || return 0
  awk -v from=$((have + 1)) -v to="$1" -v dir="$tree/po" \
    'BEGIN { for (i = from; i <= to; i++) print dir "/article-" i }' | xargs mkdir
  (cd "$work/seed/po" && i=$((have + 1)) && while [ "$i" -le "$1" ]; do
    ln ../cramps-after-sex.xml "$tree/content/article-$i.xml"
    ln $catalogs "$tree/po/article-$i/"
    i=$((i + 1))
  done)
  have=$1
}

# measure LABEL N EDITIONS COMMAND...: prints one table row; sets us (the
# microseconds per edition) and seconds, both empty when the command fails.
measure() {
  label=$1; n=$2; editions=$3; shift 3
  us=; seconds=
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
    printf '%-18s %6s %9s  failed: %s\n' "$label" "$n" "$editions" \
      "$(head -n1 "$work/err")"
    return 0; }
  read -r seconds kib < "$work/time"
  us=$(awk -v s="$seconds" -v n="$editions" 'BEGIN { printf "%.0f", s * 1e6 / n }')
  printf '%-18s %6s %9s %9s %12s %10s\n' "$label" "$n" "$editions" "$seconds" "$us" "$kib"
}

missing() {   # missing LABEL N COMMAND
  printf '%-18s %6s  not installed (%s)\n' "$1" "$2" "$3"
}

sample() {   # sample MAX N: the number of articles a sample takes
  if [ "$1" -lt "$2" ]; then echo "$1"; else echo "$2"; fi
}

echo "render: N articles x $n_langs languages ($langs), each edition merged from its catalog"
echo "(folio renders English too, text + HTML; the others merge one XML per edition;"
echo " xmllint's editions are the articles it parses)"
printf '%-18s %6s %9s %9s %12s %10s\n' tool N editions seconds us/edition peak-KiB
for n in $sizes; do
  grow "$n"
  c=$tree/content p=$tree/po o=$work/out us='' seconds=''
  if command -v xmllint > /dev/null; then
    measure "xmllint --noout" "$n" "$n" sh -c 'xmllint --noout --nonet "$1"/article-*.xml' sh "$c"
  else
    missing "xmllint --noout" "$n" libxml2-utils
  fi
  parse=$us parse_s=$seconds
  measure "folio build -j 1" "$n" $((n * (n_langs + 1))) \
    "$folio" build -j 1 -o "$o/j1" --content "$c" --po "$p"
  own=$us own_s=$seconds
  rm -rf "$o/j1"
  measure "folio build -j 2" "$n" $((n * (n_langs + 1))) \
    "$folio" build -j 2 -o "$o/j2" --content "$c" --po "$p"
  own2_s=$seconds
  rm -rf "$o/j2"
  best='' best_us=''

  # msgfmt --xml -l LANG: reads the .po itself and writes each translated
  # element beside its original (gettext 0.21 also escapes the markup
  # inside translated items; it merges every one of the seed's units).
  k=$(sample "$msgfmt_sample" "$n")
  if command -v msgfmt > /dev/null; then
    measure "msgfmt --xml" "$n" $((k * n_langs)) sh -c '
      k=$1 c=$2 p=$3 o=$4; shift 4; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          msgfmt --xml -l "$l" --template "$c/article-$i.xml" \
            -o "$o/article-$i.$l.xml" "$p/article-$i/$l.po" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$c" "$p" "$o" $langs
    [ -n "$us" ] && best="msgfmt --xml" best_us=$us
  else
    missing "msgfmt --xml" "$n" gettext
  fi
  rm -f "$o"/*.xml

  # itstool -m takes compiled catalogs: one .mo per language, compiled
  # here, untimed (every article's LANG.po is the same file).
  k=$(sample "$itstool_sample" "$n")
  if command -v itstool > /dev/null && command -v msgfmt > /dev/null; then
    for l in $langs; do
      [ -f "$work/mo/$l.mo" ] || msgfmt -o "$work/mo/$l.mo" "$work/seed/po/$l.po"
    done
    measure "itstool -m" "$n" $((k * n_langs)) sh -c '
      k=$1 c=$2 mo=$3 o=$4 rules=$5; shift 5; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          itstool -i "$rules" -m "$mo/$l.mo" -o "$o/article-$i.$l.xml" \
            "$c/article-$i.xml" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$c" "$work/mo" "$o" "$top/its/article.its" $langs
    if [ -n "$us" ] && { [ -z "$best_us" ] || [ "$us" -lt "$best_us" ]; }; then
      best="itstool -m" best_us=$us
    fi
  else
    missing "itstool -m" "$n" itstool
  fi
  rm -f "$o"/*.xml

  # po4a-translate, xml module: without ITS, every element is its own
  # unit unless told otherwise, so the inline elements are declared inline
  # (as article.its's withinTextRule does; without this po4a misses the 10
  # items with a bold lead-in), the publication date is not translated and
  # a link's title is (translateRule).  With these it merges every one of
  # the seed's units, as the others do.  -k 0 writes the output whatever
  # the share translated.
  k=$(sample "$po4a_sample" "$n")
  if command -v po4a-translate > /dev/null; then
    measure "po4a-translate" "$n" $((k * n_langs)) sh -c '
      k=$1 c=$2 p=$3 o=$4; shift 4; i=1
      while [ "$i" -le "$k" ]; do
        for l; do
          po4a-translate -f xml -m "$c/article-$i.xml" -p "$p/article-$i/$l.po" \
            -l "$o/article-$i.$l.xml" -k 0 \
            -o "inline=<strong> <em> <a> <q> <code> <br>" \
            -o "untranslated=<meta><published>" -o "attributes=<a>title" || exit 1
        done
        i=$((i + 1))
      done' sh "$k" "$c" "$p" "$o" $langs
    if [ -n "$us" ] && { [ -z "$best_us" ] || [ "$us" -lt "$best_us" ]; }; then
      best="po4a-translate" best_us=$us
    fi
  else
    missing "po4a-translate" "$n" po4a
  fi
  rm -f "$o"/*.xml

  awk -v n="$n" -v f="$own" -v p="$parse" -v ps="$parse_s" -v b="$best" -v bu="$best_us" \
      -v s1="$own_s" -v s2="$own2_s" 'BEGIN {
    printf "N=%s\n  folio -j 1 per edition / xmllint per article: ", n
    if (f == "" || f == 0) print "n/a (folio failed)"
    else if (p == "") print "n/a (no xmllint)"
    else if (p == 0) print "n/a (xmllint under the 10 ms time measures)"
    else printf "%.1fx%s\n", f / p, ps < 0.1 ? " (rough: xmllint took " ps " s)" : ""
    printf "  folio -j 1 against the fastest other tool, per edition: "
    if (f == "" || f == 0) print "n/a (folio failed)"
    else if (bu == "") print "n/a (no other tool ran)"
    else if (bu >= f) printf "%.1fx faster than %s\n", bu / f, b
    else printf "%.1fx slower than %s\n", f / bu, b
    printf "  folio -j 1 / -j 2 wall time: "
    if (s1 == "" || s2 == "" || s2 == 0) print "n/a"
    else printf "%.2fx\n", s1 / s2
  }' >> "$work/summary"
done
cat "$work/summary"
