#!/bin/sh
# bench/update.sh: folio update.  Generates N articles that differ from
# each other (bench/articles.awk), each a domain po/article-I/ seeded with
# the seed's catalogs for every language of po/LINGUAS, merges them once
# (untimed), and times:
#   no change:   folio update over every domain again: every catalog is
#                already merged, msgmerge is not run;
#   all changed: every article's title changed first, so every template
#                changes and every catalog is merged by msgmerge;
# each with -j 1 and -j 2, and, as the floor the issue sets, folio check
# over the same catalogs (it reads each one; the target for a no-change
# update is at most twice that).  Wall and CPU seconds, milliseconds per
# catalog, peak memory (KiB).
# Usage: bench/update.sh [FOLIO]   env: BENCH_SIZES (default "100 1000"),
#        BENCH_SEED (default 1), BENCH_DISTINCT (default 1000: past it,
#        the domains are copies of that many distinct ones, renamed, so that
#        setting up 10,000 domains takes minutes, not an hour; the setup
#        checks that every catalog is then current), BENCH_ALL_CHANGED_MAX (largest N for the
#        all-changed rows, default 1000).  10,000 domains are 120,000
#        msgmerge runs for each all-changed row (about 10 ms each on an idle
#        machine), and as many to set the tree up.
# shellcheck disable=SC2086
set -eu
. "$(dirname "$0")/projects.sub"
bench_setup update "${1:-}"
sizes=${BENCH_SIZES:-"100 1000"}
n_langs=$(echo $langs | wc -w)

# measure LABEL N COMMAND...: one table row; sets seconds and cpu (empty
# on failure); the command runs in the tree.
measure() {
  label=$1; n=$2; shift 2
  seconds=; cpu=
  (cd "$tree" && /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err") || {
    printf '%-20s %6s  failed: %s\n' "$label" "$n" "$(head -n1 "$work/err")"; return 0; }
  read -r seconds user sys kib < "$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  ms=$(awk -v s="$seconds" -v n="$((n * n_langs))" 'BEGIN { printf "%.2f", s * 1e3 / n }')
  printf '%-20s %6s %9s %9s %9s %12s %10s\n' "$label" "$n" "$((n * n_langs))" "$seconds" "$cpu" \
    "$ms" "$kib"
}

# replicate DISTINCT N: domains DISTINCT+1 .. N as copies of the merged
# domains 1 .. DISTINCT under their own ids: merging 120,000 catalogs
# would take longer than the bench itself, and a no-change update reads
# each domain the same whatever it holds.
replicate() {
  i=$(($1 + 1))
  while [ "$i" -le "$2" ]; do
    from=$(( (i - 1) % $1 + 1 ))
    sed "s/id=\"article-$from\"/id=\"article-$i\"/" "$tree/content/article-$from.xml" \
      > "$tree/content/article-$i.xml" &&
    cp -r "$tree/po/article-$from" "$tree/po/article-$i" &&
    mv "$tree/po/article-$i/article-$from.pot" "$tree/po/article-$i/article-$i.pot" &&
    sed -i "s|article-$from\\b|article-$i|g" "$tree/po/article-$i"/* || exit 1
    i=$((i + 1))
  done
}

echo "update: N generated domains x $n_langs catalogs"
printf '%-20s %6s %9s %9s %9s %12s %10s\n' run N catalogs seconds cpu-s ms/catalog peak-KiB
: > "$work/summary"
for n in $sizes; do
  tree=$work/tree
  distinct=${BENCH_DISTINCT:-1000}
  [ "$n" -gt "$distinct" ] || distinct=$n
  project "$distinct" "$tree"
  domains=$(i=1; while [ "$i" -le "$distinct" ]; do printf 'po/article-%s ' "$i"; i=$((i + 1)); done)
  (cd "$tree" && "$folio" update -j 2 $domains > /dev/null)
  replicate "$distinct" "$n"
  domains=$(i=1; while [ "$i" -le "$n" ]; do printf 'po/article-%s ' "$i"; i=$((i + 1)); done)
  # Replicas are merged already: this pass runs no msgmerge, and proves it.
  (cd "$tree" && "$folio" update -v -j 2 $domains 2>&1 > /dev/null | grep -c "msgmerge not run" |
    awk -v want="$((n * n_langs))" '$1 != want { print "setup: " $1 " of " want " catalogs current" > "/dev/stderr" }')
  # Exit 1 (a finding, such as untranslated messages) is still a full read.
  measure "folio check" "$n" sh -c '"$@"; [ $? -le 1 ]' sh "$folio" check $domains
  check_s=$seconds
  for j in 1 2; do
    measure "no change -j $j" "$n" "$folio" update -j $j $domains
    eval "none_$j=\$seconds"
  done
  all_1= all_2=
  for j in 1 2; do
    if [ "$n" -gt "${BENCH_ALL_CHANGED_MAX:-1000}" ]; then
      printf '%-20s %6s  skipped (BENCH_ALL_CHANGED_MAX=%s)\n' "all changed -j $j" "$n" \
        "${BENCH_ALL_CHANGED_MAX:-1000}"
      continue
    fi
    sed -i "s|</title>|, revised $j</title>|" "$tree"/content/article-*.xml
    measure "all changed -j $j" "$n" "$folio" update -j $j $domains
    eval "all_$j=\$seconds"
  done
  # shellcheck disable=SC2154
  awk -v n="$n" -v c="$check_s" -v z1="$none_1" -v z2="$none_2" -v a1="$all_1" -v a2="$all_2" '
    function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "n/a" : sprintf("%.2fx", a / b) }
    BEGIN {
      printf "N=%s\n  no change / folio check: -j 1 %s, -j 2 %s (target at most 2x)\n", n, ratio(z1, c), ratio(z2, c)
      printf "  all changed / no change: -j 1 %s, -j 2 %s\n", ratio(a1, z1), ratio(a2, z2)
      printf "  all changed -j 1 / -j 2 wall time: %s\n", ratio(a1, a2)
    }' >> "$work/summary"
  rm -rf "$tree"
done
cat "$work/summary"
