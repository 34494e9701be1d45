#!/bin/sh
# bench/build.sh: incremental builds.  Generates N articles that differ
# from each other (bench/articles.awk: the seed's sections, lists, call-outs
# and questions drawn at random per article, seeded), each with the seed's
# catalogs for every language of po/LINGUAS (hard links), and times:
#   full:        folio build into an empty folder;
#   no change:   the same build again (the manifest says nothing changed);
#   one catalog: the same build after one catalog (po/article-1/fr.po)
#                changed: one edition is rendered (the row says how many);
# each with -j 1 and -j 2: wall seconds, CPU seconds (user + system, of
# every process: steadier than wall time on a busy machine), microseconds
# of wall time per edition and peak memory (KiB, GNU time's maximum
# resident set of the largest process).  Then per N: no change / full (the
# target is at most 5%) and one catalog / full.
# Full builds up to 1,000 articles and every incremental build are run
# BENCH_REPEAT times, each from the same state, and the fastest run is
# the row: on a busy machine the others measure the neighbours.
# Usage: bench/build.sh [FOLIO]   env: BENCH_SIZES (default "100 1000 10000"),
#        BENCH_SEED (default 1), BENCH_REPEAT (default 3).  The tree and the
#        editions go under TMPDIR.
# shellcheck disable=SC2086
set -eu
. "$(dirname "$0")/projects.sub"
bench_setup build "${1:-}"
sizes=${BENCH_SIZES:-"100 1000 10000"}
repeat=${BENCH_REPEAT:-3}
n_langs=$(($(echo $langs | wc -w) + 1))

# measure LABEL N COMMAND...: one table row; sets seconds (empty on failure)
# and rendered (the editions the command rendered, from --verbose).  With
# runs > 1, the command runs so many times ($before evaluated before each:
# it sets up what the run is to find) and the row is its fastest run: on a
# busy machine the slower ones measure the neighbours.
measure() {
  label=$1; n=$2; shift 2
  seconds=; rendered=; try=0
  while [ "$try" -lt "${runs:-1}" ]; do
    try=$((try + 1))
    eval "${before:-:}"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || {
      printf '%-26s %6s  failed: %s\n' "$label" "$n" "$(head -n1 "$work/err")"; seconds=; return 0; }
    read -r run_seconds run_user run_sys run_kib < "$work/time"
    if [ -z "$seconds" ] || awk -v a="$run_seconds" -v b="$seconds" 'BEGIN { exit !(a < b) }'; then
      seconds=$run_seconds user=$run_user sys=$run_sys kib=$run_kib
      rendered=$(grep -c "note: the edition in '[^']*': built\$" "$work/err" || :)
    fi
  done
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  us=$(awk -v s="$seconds" -v n="$((n * n_langs))" 'BEGIN { printf "%.0f", s * 1e6 / n }')
  printf '%-26s %6s %9s %9s %9s %12s %10s\n' "$label" "$n" "$rendered" "$seconds" "$cpu" "$us" \
    "$kib"
}

echo "build: N generated articles x $n_langs languages (English too), text + HTML each"
printf '%-26s %6s %9s %9s %9s %12s %10s\n' run N rendered seconds cpu-s us/edition peak-KiB
: > "$work/summary"
for n in $sizes; do
  tree=$work/tree
  project "$n" "$tree"
  # The catalogs are hard links: the last ln set their change time.  A
  # build within a second of it cannot trust their stamps (stat-cache.h),
  # so the next build would read every catalog again, as it would after a
  # checkout made in the same second.  A tree is older than that.
  sleep 1.1
  # Full builds up to 1,000 articles, and every incremental one, are
  # taken $repeat times: the fastest run is the row.
  runs=1
  [ "$n" -le 1000 ] && runs=$repeat
  for j in 1 2; do
    before="rm -rf '$work/out-$j'"
    measure "full -j $j" "$n" "$folio" build -v --min-complete 0 -j $j -o "$work/out-$j" --content "$tree/content" --po "$tree/po"
    eval "full_$j=\$seconds"
  done
  runs=$repeat before=
  for j in 1 2; do
    measure "no change -j $j" "$n" "$folio" build -v --min-complete 0 -j $j -o "$work/out-$j" --content "$tree/content" --po "$tree/po"
    eval "none_$j=\$seconds"
  done
  # One catalog changed: a copy of it (the others stay links), one msgstr
  # edited, again before each run.
  fr=$tree/po/article-1/fr.po
  cp "$fr" "$fr.new" && mv "$fr.new" "$fr"
  before="sed -i '0,/^msgstr \"[^\"]/s//msgstr \"Révisé /' '$fr'"
  for j in 1 2; do
    measure "one catalog changed -j $j" "$n" "$folio" build -v --min-complete 0 -j $j -o "$work/out-$j" --content "$tree/content" --po "$tree/po"
    eval "one_$j=\$seconds"
  done
  before=
  # shellcheck disable=SC2154
  awk -v n="$n" -v f1="$full_1" -v f2="$full_2" -v z1="$none_1" -v z2="$none_2" \
      -v o1="$one_1" -v o2="$one_2" 'function pct(a, b) {
        return (a == "" || b == "" || b == 0) ? "n/a" : sprintf("%.1f%%", 100 * a / b) }
    BEGIN {
      printf "N=%s\n  no change / full: -j 1 %s, -j 2 %s (target at most 5%%)\n", n, pct(z1, f1), pct(z2, f2)
      printf "  one catalog changed / full: -j 1 %s, -j 2 %s\n", pct(o1, f1), pct(o2, f2)
      printf "  full -j 1 / -j 2 wall time: %s\n", (f2 > 0 ? sprintf("%.2fx", f1 / f2) : "n/a")
    }' >> "$work/summary"
  rm -rf "$work/out-1" "$work/out-2" "$tree"
done
cat "$work/summary"
