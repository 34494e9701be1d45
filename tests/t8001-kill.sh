#!/bin/sh
# t8001: folio update and folio build killed with SIGKILL at random moments
# leave every template, catalog and edition either as it was or as the run
# would have left it, byte for byte, and the next run finishes the job.
# FOLIO_KILL_ROUNDS kills in all (default 200; make check-faults runs
# 2000), two fifths of folio update (the slower) and three fifths of folio
# build; FOLIO_KILL_SEED replays the moments of a run.
. "$top_srcdir/tests/lib.sh"

all_rounds=${FOLIO_KILL_ROUNDS:-200}
fault_kill=$top_builddir/tests/fault-kill
domains='po/cramps-after-sex po/edition'

# The project in two versions, A (as shipped) and B (a paragraph added
# to the article, a note of the edition template reworded): every update
# rewrites the templates and every catalog, every build every edition.
# Neither version makes a message fuzzy, so each is reached again, byte
# for byte, from the other.
mkdir -p src/A src/B proj &&
cp "$top_srcdir/content/cramps-after-sex.xml" "$top_srcdir/content/edition.xml" src/A/ &&
sed 's|<intro>|<intro><p>Drink a glass of water before and after.</p>|' \
  src/A/cramps-after-sex.xml > src/B/cramps-after-sex.xml &&
sed 's/shares the article\./shares the article on social media./' src/A/edition.xml > src/B/edition.xml &&
cp -r "$top_srcdir/content" "$top_srcdir/po" proj/ || exit 1

other() { if [ "$1" = A ]; then echo B; else echo A; fi; }
use_source() { cp "src/$1/cramps-after-sex.xml" "src/$1/edition.xml" proj/content/; }
update() { (cd proj && folio update $domains > /dev/null); }
# The files a run writes, one a line, as paths inside the project.
outputs() {
  (cd proj && ls -d po/cramps-after-sex/*.po po/cramps-after-sex/*.pot po/edition/*.po \
    po/edition/*.pot editions/index.html editions/.folio.manifest editions/*/*.html \
    editions/*/*.txt editions/*/feed.xml 2> /dev/null || :)
}
# The files in the folders a run writes, with their SHA-256, as
# sha256sum prints them.
# The build's stat cache (editions/.folio.manifest.stat) is no output: it
# holds inode numbers and times, and is only checked to be whole or absent.
written() {
  (cd proj && find po/cramps-after-sex po/edition editions -type f ! -name .folio.manifest.stat \
    -exec sha256sum {} + 2> /dev/null || :)
}
# snapshot NAME: keep a copy of every output as it is now.
snapshot() { set -- "$1" "$(outputs)" && rm -rf "exp/$1" && mkdir -p "exp/$1" && (cd proj && cp --parents $2 "../exp/$1/"); }
# sums: the SHA-256 of the A and the B version of every output.
sums() {
  for v in A B; do
    (cd exp/$v && find po/cramps-after-sex po/edition editions -type f ! -name .folio.manifest.stat \
      -exec sha256sum {} + 2> /dev/null) |
      sed "s/\$/ $v/"
  done > sums
}

# sort_out: from written's lines, print "A PATH" or "B PATH" for an output
# that is byte for byte its A or its B version (and the two differ), "bad
# PATH" for one that is neither (or is missing),
# "temp PATH PID" for a temporary file as folio names them,
# DIR/.BASE.folio-PID-XXXXXX, and "stray PATH" for anything else.
sort_out() {
  awk '
    FILENAME == "sums" { key = $1 " " $2; v = (key in ok) ? "same" : $3; ok[key] = v; output[$2] = 1; next }
    { path = $2; seen[path] = 1; n = split(path, part, "/"); base = part[n] }
    path in output {
      if (!(($1 " " path) in ok)) print "bad", path; else if (ok[$1 " " path] != "same") print ok[$1 " " path], path
      next
    }
    base ~ /^\..+\.folio-[0-9]+-[A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9][A-Za-z0-9]$/ {
      pid = base; sub(/^.*\.folio-/, "", pid); sub(/-.*$/, "", pid); print "temp", path, pid; next
    }
    { print "stray", path }
    END { for (path in output) if (!(path in seen)) print "bad", path }
  ' sums -
}

# check ROUND: count the outputs that are neither their A nor their B
# version (cmp has the last word) into bad, and list in strays any file
# left that is not a temporary file of a killed run; details go to log.
# A round that leaves some of the outputs under $writes old and others
# new counts in mixed: the kill came in the middle of the writing.
check() {
  written | sort_out > found
  if grep -q "^A $writes" found && grep -q "^B $writes" found; then mixed=$((mixed + 1)); fi
  while read -r what path pid; do
    case $what in
    bad)
      if ! cmp -s "proj/$path" "exp/A/$path" && ! cmp -s "proj/$path" "exp/B/$path"; then
        bad=$((bad + 1)); echo "round $1: $path is neither its old nor its new version" >> log
      fi ;;
    A|B) ;;
    temp)
      case " $killed_pids " in
      *" $pid "*) ;;
      *) echo "$path" >> strays; echo "round $1: $path is not a file of a killed run" >> log ;;
      esac ;;
    *) echo "$path" >> strays; echo "round $1: stray file $path" >> log ;;
    esac
  done < found
}
# leftovers: every file left that is not an output.
leftovers() { written | sort_out | grep -v '^[AB] ' || :; }

# kill_rounds COMMAND...: alternate the project between A and B, start
# folio COMMAND in it and kill it at a random moment below the time one
# run takes, until it has been killed ROUNDS times; then run it once more
# to its end.  Sets kills, ended, mixed, bad and stray.
kill_rounds() {
  kills=0 ended=0 bad=0 stray=0 mixed=0 attempt=0 v=A killed_pids=
  : > log; : > strays
  command=$1
  set -- ${FOLIO_WRAPPER:-} "$FOLIO" "$@"
  sums
  max=$(cd proj && "$fault_kill" -t "$@" | cut -d' ' -f3)
  started=$(date +%s)
  while [ "$kills" -lt "$rounds" ] && [ "$attempt" -lt $((rounds * 3)) ]; do
    attempt=$((attempt + 1)) v=$(other $v)
    switch_to $v
    group=; [ $((attempt % 2)) = 0 ] && group=-g   # the tools it runs die too
    report=$(cd proj && "$fault_kill" $group "$max" "$@")
    case $report in
    killed*) kills=$((kills + 1)) killed_pids="$killed_pids ${report#killed * }" ;;
    *) ended=$((ended + 1)) ;;
    esac
    check $attempt
  done
  (cd proj && "$@" > /dev/null 2>&1)
  finished_as=$v stray=$(sort -u strays | wc -l)
  echo "# folio $command: one run takes $((max / 1000)) ms; $attempt rounds in $(($(date +%s) - started)) s"
}

switch_update() { use_source "$1"; }
switch_build() { rm -rf proj/content proj/po && cp -r "exp/$1/content" "exp/$1/po" proj/; }

test_expect_success 'setup: each version of the sources gives the same files whatever came before' '
  use_source B && update && use_source A && update && snapshot A &&
  use_source B && update && snapshot B &&
  use_source A && update && outputs > files &&
  for f in $(cat files); do cmp "proj/$f" "exp/A/$f" || exit 1; done &&
  use_source A && update && for f in $(cat files); do cmp "proj/$f" "exp/A/$f" || exit 1; done &&
  for f in $(cat files); do ! cmp -s "exp/A/$f" "exp/B/$f" || { echo "$f: same in A and B"; exit 1; }; done &&
  test "$(wc -l < files)" = 26
'

switch_to() { switch_update "$@"; }
writes=po/ rounds=$((all_rounds * 2 / 5))
kill_rounds update $domains
test_expect_success "folio update killed $kills times ($mixed leaving old and new files side by side, $ended runs ended first): $bad files neither old nor new, $stray stray" '
  cat log | head -n 20 && test "$kills" -ge "$rounds" && test "$bad" = 0 && test "$stray" = 0
'
test_expect_success 'the next update leaves every template and catalog as an unkilled run would' '
  for f in $(cat files); do cmp "proj/$f" "exp/$finished_as/$f" || exit 1; done
'
test_expect_success 'and no temporary file is left' '
  leftovers > left && test_cmp /dev/null left
'

# The build: the whole project (article, template, catalogs) alternates
# between A and B, and so does every edition.
rm -rf exp/A/content exp/B/content &&
for v in A B; do
  cp -r src/$v exp/$v/content && cp -r proj/po/LINGUAS exp/$v/po/ &&
  cp "$top_srcdir/content/article.rng" "$top_srcdir/content/edition.rng" exp/$v/content/ || exit 1
done
build() { (cd proj && folio build --min-complete 0 -o editions 2> /dev/null); }
test_expect_success 'setup: editions of each version' '
  for v in B A; do switch_build $v && build && snapshot $v && cp -r proj/po proj/content exp/$v/ || exit 1; done &&
  switch_build B && build && outputs | grep ^editions/ > editions &&
  for f in $(cat editions); do cmp "proj/$f" "exp/B/$f" || exit 1; done &&
  test "$(wc -l < editions)" = 54 &&   # index, manifest; per language, 2 editions, index, feed
  for f in $(cat editions); do ! cmp -s "exp/A/$f" "exp/B/$f" || echo "$f: same in A and B"; done > same &&
  cat same && test "$(grep -c /cramps-after-sex same)" = 0
'

switch_to() { switch_build "$@"; }
writes=editions/ rounds=$((all_rounds - all_rounds * 2 / 5))
kill_rounds build --min-complete 0 -o editions
test_expect_success "folio build killed $kills times ($mixed leaving old and new files side by side, $ended runs ended first): $bad files neither old nor new, $stray stray" '
  cat log | head -n 20 && test "$kills" -ge "$rounds" && test "$bad" = 0 && test "$stray" = 0
'
test_expect_success 'the next build leaves every edition as an unkilled run would' '
  for f in $(cat editions); do cmp "proj/$f" "exp/$finished_as/$f" || exit 1; done
'
test_expect_success 'and no temporary file is left' '
  leftovers > left && test_cmp /dev/null left
'
test_done
