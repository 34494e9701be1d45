#!/bin/sh
# bench/editions.sh: what an edition costs against parsing its source.
# For each N, N articles that differ from each other
# (scripts/generate-articles.sh, seeded), their templates (folio update
# --pot-only) and catalogs in fr, ja and ar whose translations are the
# source text (bench/msgen.awk, as gettext's msgen: the pipeline's cost on
# text of the source's length, with each language's rules: ICU line
# breaking, Japanese phrases, right to left); then, side by side:
#   xmllint --noout over the N articles: parsing each source once;
#   folio build -j 1: every article in English, fr, ja and ar, text and
#     HTML each (4 N editions).
# Both counted in instructions (valgrind's callgrind, which the noise of a
# busy machine does not move: the build's parent and each worker's own
# part) and
# timed in CPU seconds.  Prints per N the instructions of an edition
# against those of parsing its article (the target is at most 3), the
# same in CPU time, the rendering workers' part alone against parsing,
# and where an edition's instructions go: in rendering, the article
# parsed, ITS-annotated and its units found (once per article, shared by
# its editions), its catalogs read, the translations put in, the text
# edition, the HTML edition, the rest (files written and hashed); the
# workers that count every edition's share before rendering (the site
# links only to editions over their threshold); the build's parent
# (startup, plan, manifest, the site's pages).
# Usage: bench/editions.sh [FOLIO]   env: BENCH_SIZES (default "100"),
#        BENCH_SEED (default 15), BENCH_REPEAT (CPU timings: the least
#        of so many runs, default 3), RUSAGE (bench/rusage, which make
#        bench sets).  Files go under TMPDIR.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
folio=$(cd "$(dirname "$folio")" && pwd)/$(basename "$folio")
sizes=${BENCH_SIZES:-"100"}
seed=${BENCH_SEED:-15}
langs="fr ja ar"
for tool in valgrind callgrind_annotate xmllint; do
  if ! command -v "$tool" > /dev/null; then
    echo "editions: $tool not installed: nothing to measure" >&2
    exit 0
  fi
done
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-editions.XXXXXX")
trap 'rm -rf "$work"' EXIT
# System time is mostly the file system's: a tmpfs (TMPDIR=/dev/shm)
# creates files at a fraction of the cost of ext4 after many deletions.
echo "files under ${TMPDIR:-/tmp} ($(stat -f -c %T "$work" 2>/dev/null || echo unknown) file system)"
export SOURCE_DATE_EPOCH=1750636800

# project N DIR: the articles, their templates and catalogs.
project() {
  mkdir -p "$2/content" "$2/po/edition"
  "$top/scripts/generate-articles.sh" "$1" "$2/content" "$seed"
  cp "$top/content/edition.xml" "$2/content/"
  : > "$2/po/LINGUAS"
  for lang in $langs; do
    echo "$lang" >> "$2/po/LINGUAS"
    cp "$top/po/edition/$lang.po" "$2/po/edition/"
  done
  awk -v dir="$2/po" -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) print dir "/article-" i }' |
    xargs mkdir
  (cd "$2" && "$folio" update -q --pot-only --content content po/article-* &&
   for lang in $langs; do
     find po -name 'article-*.pot' | xargs awk -v lang="$lang" -f "$top/bench/msgen.awk"
   done)
}

# cpu COMMAND...: user + system seconds of the command and its children,
# to the microsecond by bench/rusage (built by make bench), else to the
# hundredth by GNU time; empty when neither can.
rusage=${RUSAGE:-}
cpu() {
  if [ -n "$rusage" ] && [ -x "$rusage" ]; then
    "$rusage" "$work/time" "$@" > /dev/null 2>&1 || { echo ""; return 0; }
    awk '{ printf "%.4f", $2 + $3 }' "$work/time"
  elif [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null 2>&1 || { echo ""; return 0; }
    awk '{ printf "%.2f", $1 + $2 }' "$work/time"
  fi
}

# least_cpu BEFORE COMMAND...: the least of $repeat runs' cpu (BEFORE is
# evaluated before each: it puts back what a run changed): on a busy
# machine the rest is the neighbours' share, not the command's.
repeat=${BENCH_REPEAT:-3}
least_cpu() {
  prepare=$1; shift
  least= try=0
  while [ "$try" -lt "$repeat" ]; do
    try=$((try + 1))
    eval "$prepare"
    this=$(cpu "$@")
    [ -n "$this" ] || { echo ""; return 0; }
    least=$(awk -v a="$this" -v b="$least" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$least"
}

# inclusive FILE FUNCTION: the instructions callgrind counted in FUNCTION
# and what it called, 0 when it never ran.  callgrind_annotate runs in the
# work folder: in the source tree it would split a function's lines
# between "src/x.c" and the absolute path.
inclusive() {
  (cd "$work" && callgrind_annotate --inclusive=yes --auto=no --threshold=100 "$1" 2> /dev/null) |
    awk -v f=":$2" '{ at = index($0, f); rest = substr($0, at + length(f), 1) }
      at && (rest == " " || rest == "") { gsub(",", "", $1); print $1; found = 1; exit }
      END { if (!found) print 0 }'
}

printf '%-6s %9s %16s %16s %14s %8s\n' N editions parse-instr build-instr instr/edition ratio
: > "$work/summary"
for n in $sizes; do
  tree=$work/n$n
  project "$n" "$tree"
  editions=$((n * 4))
  parse=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      xmllint --noout --nonet "$tree"/content/article-*.xml 2>&1 > /dev/null |
    awk '/Collected :/ { print $NF }')
  # Each process the build forks has a file of its own: the parent, the
  # workers that count the editions' shares (run_share_worker) and the
  # ones that render them (run_worker).  A child's file also holds what
  # the parent did before the fork: its own part is its worker function.
  rm -rf "$work/cg" "$work/out" && mkdir "$work/cg"
  (cd "$tree" && valgrind --tool=callgrind --trace-children=yes \
     --callgrind-out-file="$work/cg/out.%p" \
     "$folio" build -q -j 1 -o "$work/out" --content content --po po > /dev/null 2>&1)
  # The parent may finish before a worker has written its counts.
  files=$(ls "$work"/cg/out.* | wc -l) tries=0
  while [ "$tries" -lt 300 ] && [ "$(grep -l '^totals:' "$work"/cg/out.* | wc -l)" -lt "$files" ]; do
    sleep 0.1; tries=$((tries + 1))
  done
  render_all=0 share_all=0 parent_all=0 workers=
  for f in "$work"/cg/out.*; do
    rendered=$(inclusive "$f" run_worker) shared=$(inclusive "$f" run_share_worker)
    if [ "$rendered" -gt 0 ]; then
      render_all=$((render_all + rendered)) workers="$workers $f"
    elif [ "$shared" -gt 0 ]; then
      share_all=$((share_all + shared))
    else
      parent_all=$((parent_all + $(awk '/^summary:/ { print $2 }' "$f")))
    fi
  done
  build=$((parent_all + share_all + render_all))
  per=$((build / editions))
  awk -v n="$n" -v e="$editions" -v p="$parse" -v b="$build" -v per="$per" 'BEGIN {
    printf "%-6s %9s %16s %16s %14s %7.2fx\n", n, e, p, b, per, per / (p / n) }'
  {
    parse_cpu=$(least_cpu : xmllint --noout --nonet "$tree"/content/article-*.xml)
    build_cpu=$(cd "$tree" && least_cpu 'rm -rf "$work/out"' \
      "$folio" build -q -j 1 -o "$work/out" --content content --po po)
    echo "N=$n: an edition / parsing its article, instructions: $(awk -v per="$per" -v p="$parse" -v n="$n" 'BEGIN { printf "%.2fx", per / (p / n) }') (target at most 3)"
    awk -v pc="$parse_cpu" -v bc="$build_cpu" -v n="$n" -v e="$editions" 'BEGIN {
      if (pc == "" || bc == "" || pc == 0) print "  CPU: n/a (xmllint under what the clock measures)"
      else printf "  CPU: xmllint %s s, folio build -j 1 %s s: %.2fx per edition against per article\n", pc, bc, (bc / e) / (pc / n) }'
    echo "  instructions per edition, by phase (parsing an article: $((parse / n))):"
    load=0 catalogs=0 apply=0 text=0 html=0
    for f in $workers; do
      load=$((load + $(inclusive "$f" localise_doc_load)))
      catalogs=$((catalogs + $(inclusive "$f" translations_load)))
      apply=$((apply + $(inclusive "$f" localise_doc_apply)))
      text=$((text + $(inclusive "$f" render_text)))
      html=$((html + $(inclusive "$f" render_html)))
    done
    rest=$((render_all - load - catalogs - apply - text - html))
    echo "  rendering alone (the render workers) / parsing its article:" \
      "$(awk -v r="$render_all" -v e="$editions" -v p="$parse" -v n="$n" 'BEGIN { printf "%.2fx", (r / e) / (p / n) }')"
    for phase in "rendering: article parsed, annotated, units:$load" \
                 "rendering: catalogs read:$catalogs" "rendering: translations put in:$apply" \
                 "rendering: text edition:$text" "rendering: HTML edition:$html" \
                 "rendering: files written, hashed, the rest:$rest" \
                 "shares counted before rendering (site links):$share_all" \
                 "parent (startup, plan, manifest, site pages):$parent_all"; do
      awk -v label="${phase%:*}" -v v="${phase##*:}" -v e="$editions" -v p="$parse" -v n="$n" 'BEGIN {
        printf "    %-44s %10.0f  %5.2fx parse\n", label, v / e, (v / e) / (p / n) }'
    done
  } >> "$work/summary"
  rm -rf "$tree" "$work/out"
done
cat "$work/summary"
