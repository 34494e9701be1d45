#!/bin/sh
# bench/check.sh: checking speed over many catalogs.  Decompiles the .mo
# files this system carries (msgunfmt) into a corpus of N catalogs, then
# times, over the same files: folio check (every finding enabled, one
# process), msgfmt -c --statistics (one process per file, as it takes one
# catalog at a time), and translate-toolkit's pocount plus pofilter.
# Usage: bench/check.sh [FOLIO]   env: BENCH_CATALOGS (default 1000)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
folio=${1:-"$top/folio"}
want=${BENCH_CATALOGS:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

n=0
mkdir -p "$work/po"
for mo in /usr/share/locale/*/LC_MESSAGES/*.mo; do
  [ "$n" -ge "$want" ] && break
  lang=$(echo "$mo" | cut -d/ -f5)
  domain=$(basename "$mo" .mo)
  mkdir -p "$work/po/$domain-$n"
  msgunfmt "$mo" -o "$work/po/$domain-$n/$lang.po" 2>/dev/null && n=$((n + 1))
done
# Too few on this system: repeat them under new names.
i=0
while [ "$n" -lt "$want" ] && [ "$n" -gt 0 ]; do
  for src in "$work"/po/*/*.po; do
    [ "$n" -ge "$want" ] && break
    mkdir -p "$work/po/copy-$i"; cp "$src" "$work/po/copy-$i/$(basename "$src")"
    i=$((i + 1)); n=$((n + 1))
  done
done
echo "check: $n catalogs ($(cat "$work"/po/*/*.po | wc -c) bytes) decompiled from this system's .mo files"
printf '%-28s %9s %14s\n' tool seconds ms/catalog

run() {
  label=$1; shift
  /usr/bin/time -f "%e" -o "$work/time" "$@" > /dev/null 2>&1 || true
  seconds=$(cat "$work/time" | tail -n1)
  printf '%-28s %9s %14s\n' "$label" "$seconds" \
    "$(awk -v s="$seconds" -v n="$n" 'BEGIN { printf "%.2f", s * 1000 / n }')"
}
run "folio check (all findings)" "$folio" check --min-complete 0 --format json "$work/po"
run "msgfmt -c --statistics" sh -c 'for f in "$1"/po/*/*.po; do msgfmt -c --statistics -o /dev/null "$f"; done' sh "$work"
if command -v pocount > /dev/null && command -v pofilter > /dev/null; then
  run "pocount + pofilter" sh -c 'pocount "$1/po" && pofilter "$1/po" "$1/filtered"' sh "$work"
else
  echo "pocount + pofilter: not installed (translate-toolkit)"
fi
