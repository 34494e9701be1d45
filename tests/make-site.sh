#!/bin/sh
# make-site.sh TOP DIR N: a project in DIR of N articles made from the
# bundled one (TOP/content, TOP/po), each with its own id (a001, a002, ...),
# its translations and a publication date one day after the previous
# article's, so that a site's order by date is known.
top=$1 dir=$2 n=$3
mkdir -p "$dir/content" "$dir/po" || exit 2
cp "$top/content/edition.xml" "$dir/content/" && cp -r "$top/po/edition" "$top/po/LINGUAS" "$dir/po/" || exit 2
i=1
while [ "$i" -le "$n" ]; do
  id=$(printf 'a%03d' "$i")
  day=$(date -u -d "2024-01-01 + $i days" +%F)
  sed -e "s/id=\"cramps-after-sex\"/id=\"$id\"/" -e "s|<published>[^<]*</published>|<published>$day</published>|" \
    "$top/content/cramps-after-sex.xml" > "$dir/content/$id.xml" &&
  cp -r "$top/po/cramps-after-sex" "$dir/po/$id" || exit 2
  i=$((i + 1))
done
