#!/bin/sh
# bench/render.sh: edition speed.  Generates N articles shaped like the
# seed (with their catalogs: the seed's French catalog, so every unit is
# translated) and times, for one language: folio build (text + HTML of
# every article, -j 1 and -j 2), msgfmt --xml and itstool -m merging the
# same catalog into the same sources, and xmllint --noout (parsing alone).
# Usage: bench/render.sh [FOLIO]   env: BENCH_SIZES (default "1 100 1000")
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
folio=$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")
sizes=${BENCH_SIZES:-"1 100 1000"}
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-render.XXXXXX")
trap 'rm -rf "$work"' EXIT
# msgfmt --xml finds ITS rules through locating rules: give it folio's.
mkdir -p "$work/gettext"
ln -s "$top/its" "$work/gettext/its"
export GETTEXTDATADIRS="$work/gettext"

measure() {   # LABEL N EDITIONS COMMAND...
  label=$1; n=$2; editions=$3; shift 3
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
  read -r seconds kib < "$work/time"
  printf '%-22s %6s %9s %14s %10s\n' "$label" "$n" "$seconds" \
    "$(awk -v s="$seconds" -v n="$editions" 'BEGIN { printf "%.0f", s * 1e6 / n }')" "$kib"
}

echo "render: one language (fr), N articles"
printf '%-22s %6s %9s %14s %10s\n' tool N seconds us/edition peak-KiB
for n in $sizes; do
  p="$work/p$n"
  mkdir -p "$p/content" "$p/po/edition"
  cp "$top/content/edition.xml" "$p/content/"
  cp "$top/po/edition/fr.po" "$p/po/edition/"
  echo fr > "$p/po/LINGUAS"
  i=1
  while [ "$i" -le "$n" ]; do
    cp "$top/content/cramps-after-sex.xml" "$p/content/article-$i.xml"
    mkdir -p "$p/po/article-$i"
    cp "$top/po/cramps-after-sex/fr.po" "$p/po/article-$i/fr.po"
    i=$((i + 1))
  done
  editions=$((2 * n))   # English and French, text and HTML each
  measure xmllint "$n" "$n" sh -c 'xmllint --noout "$1"/content/article-*.xml' sh "$p"
  measure "folio build -j 1" "$n" "$editions" sh -c 'cd "$1" && "$2" build -j 1 -o out' sh "$p" "$folio"
  measure "folio build -j 2" "$n" "$editions" sh -c 'cd "$1" && "$2" build -j 2 -o out' sh "$p" "$folio"
  msgfmt -o "$work/fr.mo" "$top/po/cramps-after-sex/fr.po"
  measure "msgfmt --xml" "$n" "$n" sh -c 'for f in "$1"/content/article-*.xml; do
      msgfmt --xml -l fr --template "$f" -o /dev/null "$2" || exit 1; done' sh "$p" "$top/po/cramps-after-sex/fr.po"
  if [ "$n" -le 100 ]; then
    measure "itstool -m" "$n" "$n" sh -c 'for f in "$1"/content/article-*.xml; do
        itstool -i "$2" -m "$3" -o /dev/null "$f" || exit 1; done' sh "$p" "$top/its/article.its" "$work/fr.mo"
  fi
  rm -rf "$p"
done
