#!/bin/sh
# t8003: temporary files.  folio writes DIR/.BASE.folio-PID-XXXXXX (the
# target's name, the writing process's id, six random characters) and
# renames it; a killed run leaves at most such files of its own, folio
# check and folio stats never list them, and the next folio update in a
# domain folder (folio build in an editions folder) removes those whose
# process is gone, never one whose process is alive.
. "$top_srcdir/tests/lib.sh"

fault_kill=$top_builddir/tests/fault-kill
domains='po/cramps-after-sex po/edition'
temp_name='^\.[^/]+\.folio-[0-9]+-[A-Za-z0-9]{6}$'

cp -r "$top_srcdir/content" "$top_srcdir/po" . || exit 1
sed 's|<intro>|<intro><p>Drink a glass of water before and after.</p>|' \
  content/cramps-after-sex.xml > B.xml && cp content/cramps-after-sex.xml A.xml &&
sed 's/shares the article\./shares the article on social media./' content/edition.xml > B-edition.xml &&
cp content/edition.xml A-edition.xml && folio build --min-complete 0 -o editions 2> /dev/null || exit 1
find po editions -type f | sort > initial

# files DIR...: every file under the folders, one a line, sorted.
files() { find "$@" -type f | sort; }
# A process id that no process has now: one that has just ended.
dead_pid() { sh -c 'echo $$'; }

# kill_until_left COMMAND...: switch the sources, run folio COMMAND and
# kill it at a random moment (with the tools it runs), until a killed run
# has left a file behind, at most 300 times (a run spends little of its time
# writing: most kills leave nothing).  Then check what was left:
# each a temporary file named after a file that is there, with the PID of
# a process of that run.
kill_until_left() {
  v=A
  max=$("$fault_kill" -t ${FOLIO_WRAPPER:-} "$FOLIO" "$@" | cut -d' ' -f3)
  for i in $(seq 300); do
    if [ $v = A ]; then v=B; else v=A; fi
    cp $v.xml content/cramps-after-sex.xml && cp $v-edition.xml content/edition.xml &&
    files po editions > before &&
    { report=$("$fault_kill" -g "$max" ${FOLIO_WRAPPER:-} "$FOLIO" "$@"); :; } &&
    files po editions | comm -13 before - > left &&
    if [ -s left ]; then break; fi
  done
  echo "$i runs; left by the last, which $report" && cat left && test -s left &&
  pids=$(echo "$report" | sed "s/^killed [0-9]* //; s/^exited [0-9]* [0-9]* //") &&
  while read -r path; do
    base=${path##*/} dir=${path%/*}
    echo "$base" | grep -Eq "$temp_name" || { echo "not a temporary file: $path"; return 1; }
    target=${base#.} target=${target%.folio-*}
    pid=${base##*.folio-} pid=${pid%-*}
    test -e "$dir/$target" || { echo "$path: no $dir/$target"; return 1; }
    case " $pids " in
    *" $pid "*) ;;
    *) echo "$path: $pid is not a process of the killed run"; return 1 ;;
    esac
  done < left
}

test_expect_success 'a killed folio update leaves only its own temporary files, named .BASE.folio-PID-XXXXXX' '
  kill_until_left update $domains
'
test_expect_success 'a killed folio build leaves only its own temporary files, named .BASE.folio-PID-XXXXXX' '
  kill_until_left build --min-complete 0 -o editions
'
test_expect_success 'the next update and build remove them' '
  folio update $domains > /dev/null && folio build --min-complete 0 -o editions 2> /dev/null &&
  files po editions > now && test_cmp initial now
'

test_expect_success 'folio check and folio stats do not list temporary files' '
  folio check --format json po > check.before; echo $? > check.rc &&
  folio stats --format json po > stats.before &&
  pid=$(dead_pid) &&
  head -c 300 po/cramps-after-sex/fr.po > "po/cramps-after-sex/.fr.po.folio-$pid-Ab12Cd" &&
  cp po/edition/de.po "po/edition/.de.po.folio-$pid-xY34zW" &&
  cp po/cramps-after-sex/ja.po "po/cramps-after-sex/.ja.po.folio-$$-Qq99Rr" &&
  { folio check --format json po; echo $? > check.rc.after; } > check.after &&
  folio stats --format json po > stats.after &&
  test_cmp check.rc check.rc.after && test_cmp check.before check.after &&
  test_cmp stats.before stats.after &&
  { folio check po > out 2>&1; :; } && ! grep -F ".folio-" out &&
  folio stats po > out 2>&1 && ! grep -F ".folio-" out
'

# A process that stays alive while update and build run.
sleep 300 & live=$!
trap 'kill $live 2> /dev/null; rm -rf "$TEST_DIR"' EXIT
dead=$(dead_pid)
test_expect_success 'folio update removes the temporary files of ended processes in its domain folders, only those' '
  rm -f po/*/.*.folio-* &&
  for f in po/cramps-after-sex/fr.po po/cramps-after-sex/cramps-after-sex.pot po/edition/de.po; do
    d=${f%/*} b=${f##*/} &&
    head -c 100 "$f" > "$d/.$b.folio-$dead-aB3dE9" && head -c 100 "$f" > "$d/.$b.folio-$live-Zz0Yy1" || exit 1
  done &&
  : > po/cramps-after-sex/.fr.po.folio-x$dead-aB3dE9 && : > po/cramps-after-sex/fr.po.folio-$dead-aB3dE9 &&
  : > po/cramps-after-sex/.fr.po.folio-$dead-aB3 && : > content/.cramps-after-sex.xml.folio-$dead-aB3dE9 &&
  folio update $domains > /dev/null &&
  find po content -name "*.folio-*" | sort > left &&
  sort > expected <<-EOF &&
	content/.cramps-after-sex.xml.folio-$dead-aB3dE9
	po/cramps-after-sex/.cramps-after-sex.pot.folio-$live-Zz0Yy1
	po/cramps-after-sex/.fr.po.folio-$dead-aB3
	po/cramps-after-sex/.fr.po.folio-$live-Zz0Yy1
	po/cramps-after-sex/.fr.po.folio-x$dead-aB3dE9
	po/cramps-after-sex/fr.po.folio-$dead-aB3dE9
	po/edition/.de.po.folio-$live-Zz0Yy1
	EOF
  test_cmp expected left
'
test_expect_success 'folio build removes the temporary files of ended processes in its editions folder, only those' '
  for f in editions/index.html editions/fr/cramps-after-sex.html editions/ja/cramps-after-sex.txt; do
    d=${f%/*} b=${f##*/} &&
    head -c 100 "$f" > "$d/.$b.folio-$dead-Qw3rT9" && head -c 100 "$f" > "$d/.$b.folio-$live-Po1uY7" || exit 1
  done &&
  : > editions/fr/cramps-after-sex.html.folio-$dead-Qw3rT9 &&
  folio build --min-complete 0 -o editions 2> /dev/null &&
  find editions -name "*.folio-*" | sort > left &&
  sort > expected <<-EOF &&
	editions/.index.html.folio-$live-Po1uY7
	editions/fr/.cramps-after-sex.html.folio-$live-Po1uY7
	editions/fr/cramps-after-sex.html.folio-$dead-Qw3rT9
	editions/ja/.cramps-after-sex.txt.folio-$live-Po1uY7
	EOF
  test_cmp expected left
'
kill "$live"; wait "$live" 2> /dev/null
test_expect_success 'once its process has ended, the next run removes it too' '
  folio update $domains > /dev/null && folio build --min-complete 0 -o editions 2> /dev/null &&
  find po editions -name ".*.folio-$live-*" > left && test_cmp /dev/null left
'
test_done
