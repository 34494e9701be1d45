#!/bin/sh
# bench/extract.sh: extraction and edition speed over N articles that
# differ from each other (scripts/generate-articles.sh: seeded, varied
# sections, paragraphs, lists, inline elements and lengths), timed side
# by side on the same files with the same ITS rules (its/article.its):
#   xmllint --noout        parsing every file once: the floor;
#   xgettext --its         one template of all files, one process;
#   itstool                the same (up to BENCH_SLOW_MAX articles);
#   folio extract          the same;
#   folio update --pot-only  one template per article (po/article-I/), as
#                          folio update writes them, first run and rerun;
#   folio build -j 1       editions: text + HTML of every article in en,
#                          fr, ja and ar, from catalogs made from the
#                          templates whose translations are the source
#                          text (bench/msgen.awk, as gettext's msgen): the
#                          pipeline's cost on text of the source's length,
#                          with each language's rules (ICU line breaking,
#                          Japanese phrases, right to left).
# Each row gives wall seconds, CPU seconds (user + system), CPU
# microseconds per article (per edition for build) and peak memory (KiB,
# the maximum resident set), measured by bench/rusage (or GNU time).  Then per N: folio against the floor
# and against xgettext, and an edition against parsing its article.  For
# the smallest N, valgrind's instruction counts (callgrind), which the
# noise of a busy machine does not move, give the same ratios again.
# The instruction counts are per article too, with the ratio to the floor
# for one template of all files and for one template per article.
# Usage: bench/extract.sh [FOLIO]   env: BENCH_SIZES (default "100 1000";
#        "100 1000 10000" for the largest), BENCH_SLOW_MAX (largest N for
#        itstool, default 1000), BENCH_CALLGRIND_MAX (largest N counted with
#        callgrind, default 100; 0 for none), BENCH_REPEAT (runs of a
#        command under BENCH_REPEAT_UNDER seconds, default 30, the least
#        CPU time kept; default 3).  Files go
#        under TMPDIR: on a slow disk the build rows are mostly the disk's;
#        TMPDIR=/dev/shm leaves it out.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
folio=$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")
sizes=${BENCH_SIZES:-"100 1000"}
slow_max=${BENCH_SLOW_MAX:-1000}
callgrind_max=${BENCH_CALLGRIND_MAX:-100}
repeat=${BENCH_REPEAT:-3}
# Up to 30 s: a first large build on a tmpfs also pays for the memory the
# machine hands the file system for the first time (in a virtual machine
# the host backs each new page), which the runs after it reuse.
repeat_under=${BENCH_REPEAT_UNDER:-30}
rules="$top/its/article.its"
langs="fr ja ar"
# bench/rusage (built by make bench) measures CPU to the microsecond;
# without it GNU time does, to the hundredth.
rusage=${RUSAGE:-}
if [ -z "$rusage" ] || [ ! -x "$rusage" ]; then
  rusage=
  if [ ! -x /usr/bin/time ]; then
    echo "extract: neither bench/rusage nor /usr/bin/time (GNU time): nothing to measure" >&2
    exit 1
  fi
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# System time is mostly the file system's: a tmpfs (TMPDIR=/dev/shm)
# creates files at a fraction of the cost of ext4 after many deletions.
echo "files under ${TMPDIR:-/tmp} ($(stat -f -c %T "$work" 2>/dev/null || echo unknown) file system)"
export SOURCE_DATE_EPOCH=1750636800

# run_once COMMAND...: runs it, timed, into wall user system kib; 1 when
# it fails.
run_once() {
  if [ -n "$rusage" ]; then
    set -- "$rusage" "$work/time" "$@"
  else
    set -- /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@"
  fi
  "$@" > /dev/null 2> "$work/err" || return 1
  read -r wall user system kib < "$work/time"
}

# measure LABEL N UNITS COMMAND...: one table row; sets cpu (seconds) and
# us (CPU microseconds per unit), both empty when the command fails.  A
# command that takes less than $repeat_under s runs $repeat times (before each run,
# $before is evaluated: it puts back what the last run changed) and the
# row is its run of least CPU time: on a busy machine the others are the
# neighbours' share, not the command's.
measure() {
  label=$1; n=$2; units=$3; shift 3
  cpu=; us=; best=; try=0
  while [ "$try" -lt "$repeat" ]; do
    try=$((try + 1))
    eval "${before:-:}"
    run_once "$@" || {
      printf '%-24s %6s  failed: %s\n' "$label" "$n" "$(head -n1 "$work/err")"; before=; return 0; }
    run_cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.3f", u + s }')
    if [ -z "$best" ] || awk -v a="$run_cpu" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then
      best=1 cpu=$run_cpu best_wall=$wall best_kib=$kib
    fi
    awk -v c="$run_cpu" -v limit="$repeat_under" 'BEGIN { exit !(c >= limit) }' && break
  done
  before=
  us=$(awk -v c="$cpu" -v n="$units" 'BEGIN { printf "%.0f", c * 1e6 / n }')
  printf '%-24s %6s %8s %8s %12s %10s\n' "$label" "$n" "$best_wall" "$cpu" "$us" "$best_kib"
}

missing() {   # missing LABEL N WHY
  printf '%-24s %6s  %s\n' "$1" "$2" "$3"
}

# instructions COMMAND...: what callgrind counts, or empty.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
    awk '/Collected :/ { print $NF }'
}

per() {   # per COUNT N: COUNT / N, rounded, or n/a
  awk -v a="$1" -v n="$2" 'BEGIN { if (a == "" || n == 0) print "n/a"; else printf "%.0f", a / n }'
}

ratio() {   # ratio A B: "A/Bx" with two decimals, or n/a
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a";
    else printf "%.2fx", a / b }'
}

echo "extract: N generated articles (scripts/generate-articles.sh), rules its/article.its"
printf '%-24s %6s %8s %8s %12s %10s\n' tool N wall-s cpu-s cpu-us/unit peak-KiB
: > "$work/summary"
for n in $sizes; do
  tree=$work/n$n
  mkdir -p "$tree/content" "$tree/po"
  "$top/scripts/generate-articles.sh" "$n" "$tree/content"
  cp "$top/content/edition.xml" "$tree/content/"
  mkdir -p "$tree/po/edition"
  : > "$tree/po/LINGUAS"
  for lang in $langs; do
    echo "$lang" >> "$tree/po/LINGUAS"
    cp "$top/po/edition/$lang.po" "$tree/po/edition/"
  done
  set -- "$tree"/content/article-*.xml
  awk -v dir="$tree/po" -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) print dir "/article-" i }' |
    xargs mkdir

  measure "xmllint --noout" "$n" "$n" xmllint --noout --nonet "$@"; parse=$us
  measure "xgettext --its" "$n" "$n" xgettext --its="$rules" -o "$work/xgettext.pot" "$@"
  xgettext_us=$us
  if ! command -v itstool > /dev/null; then
    missing itstool "$n" "not installed (Debian package itstool)"
  elif [ "$n" -le "$slow_max" ]; then
    measure itstool "$n" "$n" itstool -i "$rules" -o "$work/itstool.pot" "$@"
  else
    missing itstool "$n" "skipped (BENCH_SLOW_MAX=$slow_max)"
  fi
  measure "folio extract" "$n" "$n" "$folio" extract -o "$work/folio.pot" "$@"; own=$us
  cd "$tree"
  # Each time from scratch: no template yet.
  before='find po -name "article-*.pot" -exec rm -f {} +'
  measure "folio update --pot-only" "$n" "$n" \
    sh -c 'exec "$1" update --pot-only --content content po/article-*' sh "$folio"
  measure "  again, no change" "$n" "$n" \
    sh -c 'exec "$1" update --pot-only --content content po/article-*' sh "$folio"
  for lang in $langs; do
    find po -name 'article-*.pot' | xargs awk -v lang="$lang" -f "$top/bench/msgen.awk"
  done
  before='rm -rf "$work/editions"'
  measure "folio build -j 1" "$n" $((4 * n)) \
    "$folio" build -j 1 -o "$work/editions" --content content --po po
  edition=$us
  rm -rf "$work/editions"
  cd "$top"

  {
    echo "N=$n ($(grep -c '^msgid' "$work/folio.pot") messages, $(cat "$@" | wc -c) bytes of XML)"
    echo "  folio extract / xmllint (CPU): $(ratio "$own" "$parse") (target <= 2)"
    echo "  xgettext / folio extract (CPU): $(ratio "$xgettext_us" "$own") faster (target >= 4)"
    echo "  folio extract per article: $own us (flat from 100 to 10,000 is the target)"
    echo "  an edition (text + HTML; en, $langs) / parsing its article (CPU):" \
      "$(ratio "$edition" "$parse") (target <= 3)"
  } >> "$work/summary"
  if [ "$n" -le "$callgrind_max" ] && command -v valgrind > /dev/null; then
    i_parse=$(instructions xmllint --noout --nonet "$@")
    i_xgettext=$(instructions xgettext --its="$rules" -o "$work/xgettext.pot" "$@")
    i_own=$(instructions "$folio" extract -o "$work/folio.pot" "$@")
    # One template per article, written again from scratch.
    find "$tree/po" -name 'article-*.pot' -exec rm -f {} +
    i_update=$(cd "$tree" && instructions "$folio" update --pot-only --content content \
      po/article-*)
    # build -j 1 renders in a worker process: its count is added.
    i_build=$(cd "$tree" && valgrind --tool=callgrind --trace-children=yes \
        --callgrind-out-file=/dev/null \
        "$folio" build -j 1 -o "$work/editions" --content content --po po 2>&1 |
      awk '/Collected :/ { sum += $NF } END { printf "%.0f\n", sum }')
    rm -rf "$work/editions"
    {
      echo "  instructions (callgrind): xmllint $i_parse, xgettext $i_xgettext," \
        "folio extract $i_own, folio update --pot-only $i_update, folio build $i_build"
      echo "    per article: xmllint $(per "$i_parse" "$n"), xgettext $(per "$i_xgettext" "$n")," \
        "folio extract $(per "$i_own" "$n"), folio update --pot-only $(per "$i_update" "$n")"
      echo "    folio extract / xmllint: $(ratio "$i_own" "$i_parse") (target <= 2);" \
        "folio update --pot-only / xmllint: $(ratio "$i_update" "$i_parse");" \
        "xgettext / folio extract: $(ratio "$i_xgettext" "$i_own") (target >= 4);" \
        "an edition / parsing its article: $(ratio "$((i_build / 4))" "$i_parse")"
    } >> "$work/summary"
  fi
  rm -rf "$tree"
done
cat "$work/summary"
