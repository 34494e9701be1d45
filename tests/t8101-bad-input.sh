#!/bin/sh
# t8101: the bad-input corpus.  Each case under tests/bad/ is a file
# NAME.expect, or a folder NAME/ holding case.expect and the files it lays
# over the project; tests/bad/README describes the format.  Each case runs
# in a fresh folder, every folio process under a timeout; one TAP line each.
. "$top_srcdir/tests/lib.sh"

# Every folio process (lib.sh's folio runs $FOLIO_WRAPPER) gets 20 s (ten
# times that under a wrapper such as valgrind), and a hang (124) or a signal
# (128 + N) is noted whatever the step's own exit.
wrapper=${FOLIO_WRAPPER:-} guard_log=$TEST_DIR/.guard.log limit=20
[ -z "$wrapper" ] || limit=200
cat > "$TEST_DIR/.guard" <<EOF
#!/bin/sh
timeout -k 5 $limit $wrapper "\$@"
rc=\$?
[ \$rc -lt 124 ] || echo "folio exited \$rc (124: timeout, 128+N: signal N): \$*" >> '$guard_log'
exit \$rc
EOF
chmod 755 "$TEST_DIR/.guard"
FOLIO_WRAPPER=$TEST_DIR/.guard

# Helpers for setup:, run: and check: lines.
# set_msgstr CATALOG MSGID-PREFIX < TEXT: the msgstr of the message whose
# msgid starts with MSGID-PREFIX becomes the first line of TEXT, as is (PO
# escapes included).
set_msgstr() {
  msgcat --no-wrap "$1" > "$1.in" &&
  awk -v id="msgid \"$2" 'BEGIN { getline str < "/dev/stdin" }
    index($0, id) == 1 { print; getline; print "msgstr \"" str "\""; next }
    { print }' "$1.in" > "$1" && rm "$1.in"
}
# folio_unprivileged ARGS: folio as an ordinary user when the tests run as
# root, whose rights would read a chmod 0 file or replace a file in /dev.
# A pipe on standard output is opened to that user, as it is to its owner.
folio_unprivileged() {
  if [ "$(id -u)" -ne 0 ]; then folio "$@"; return; fi
  chmod a+rx "$TEST_DIR" && chmod a+rwx "$work" && chmod a+w "$guard_log" &&
  { ! [ -p /dev/stdout ] || chmod a+rw /proc/self/fd/1; } &&
  setpriv --reuid=65534 --regid=65534 --clear-groups $FOLIO_WRAPPER "$FOLIO" "$@"
}
# listing: every path under the test folder, with a checksum for files.
listing() {
  (cd "$TEST_DIR" && find . -path './.*' -prune -o -type f -exec cksum {} + -o -print) | sort
}

fail() { printf "step %s (%s): %s\n" "$step" "$run" "$*" >> "$why"; }

# A step's exit code, and any folio process that hung or crashed in it.
end_step() {
  [ "$step" -gt 0 ] || return 0
  [ "$exit_checked" = yes ] || [ "$rc" -eq 0 ] || fail "exit $rc, expected 0"
  if [ -s "$guard_log" ]; then
    fail "$(cat "$guard_log")"; : > "$guard_log"
  fi
  [ "$(wc -l < "$why")" -eq "$why_lines" ] ||
    sed -n "1,12s/^/  stderr: /p" "$stderr" >> "$why"
}

start_step() {
  end_step
  if [ "$step" -eq 0 ]; then
    sed -n 's/^unchanged: *//p' "$expect" | while IFS= read -r file; do
      mkdir -p "$scratch/orig/$(dirname "$file")" && cp "$file" "$scratch/orig/$file" 2> /dev/null
    done
    ! grep -q '^writes-only:' "$expect" || listing > "$scratch/listing"
  fi
  step=$((step + 1)) run=$1 exit_checked=no why_lines=$(wc -l < "$why")
  ( eval "$run" ) < /dev/null > "$stdout" 2> "$stderr"
  rc=$?
}

# One line of an expect file.
do_line() {
  key=${1%%:*} value=${1#*:}
  value=${value# }
  case $1 in ''|'#'*) return ;; esac
  case $key in
    title|project|xfail) ;;
    require) ( eval "$value" ) < /dev/null > /dev/null 2>&1 || skip=${value#*'# '} ;;
    setup) ( eval "$value" ) < /dev/null > "$scratch/setup.out" 2>&1 ||
      fail "setup failed: $value: $(head -n 3 "$scratch/setup.out")" ;;
    run) start_step "$value" ;;
    exit) exit_checked=yes
      case " $value " in *" $rc "*) ;; *) fail "exit $rc, expected $value" ;; esac ;;
    stdout) grep -Eq -e "$value" "$stdout" || fail "no stdout line matches: $value" ;;
    stderr) grep -Eq -e "$value" "$stderr" || fail "no stderr line matches: $value" ;;
    no-stdout) ! grep -Eq -e "$value" "$stdout" || fail "stdout has: $(grep -E -e "$value" "$stdout" | head -n 1)" ;;
    no-stderr) ! grep -Eq -e "$value" "$stderr" || fail "stderr has: $(grep -E -e "$value" "$stderr" | head -n 1)" ;;
    exists) test -e "$value" || fail "missing: $value" ;;
    absent) ! test -e "$value" && ! test -L "$value" || fail "should not exist: $value" ;;
    unchanged) cmp -s "$scratch/orig/$value" "$value" || fail "changed: $value" ;;
    writes-only) listing > "$scratch/after"
      outside=$(comm -13 "$scratch/listing" "$scratch/after" |
        grep -Ev "^([0-9]+ [0-9]+ )?\./$name/$value(/|\$)" | head -n 3)
      [ -z "$outside" ] || fail "written outside $value: $outside" ;;
    check) ( eval "$value" ) < /dev/null > "$scratch/check.out" 2>&1 ||
      fail "check failed: $value: $(head -n 12 "$scratch/check.out")" ;;
    *) fail "unknown line: $1" ;;
  esac
}

# A fresh folder: the project (when asked for), then the case's own files.
prepare() {
  mkdir "$work" "$scratch" || return 1
  if grep -q '^project: *yes' "$expect"; then
    cp -R "$top_srcdir/content" "$work/" && mkdir "$work/po" &&
    for file in "$top_srcdir"/po/*; do
      case $file in */po/folio) ;; *) cp -R "$file" "$work/po/" ;; esac
    done
  fi
  if [ -n "$data" ]; then
    cp -R "$data/." "$work/" && rm "$work/case.expect"
  fi
  chmod -R u+w "$work"
}

run_case() {
  test_count=$((test_count + 1))
  work=$TEST_DIR/$name scratch=$TEST_DIR/.$name
  stdout=$scratch/stdout stderr=$scratch/stderr why=$scratch/why
  step=0 rc=0 run=setup skip=
  title=$(sed -n 's/^title: *//p' "$expect")
  xfail=$(sed -n 's/^xfail: *//p' "$expect")
  prepare && cd "$work" && : > "$why" && : > "$guard_log" || exit 1
  while IFS= read -r line || [ -n "$line" ]; do
    do_line "$line"
    [ -z "$skip" ] || break
  done < "$expect"
  end_step
  cd "$TEST_DIR" || exit 1
  if [ -n "$skip" ]; then
    echo "ok $test_count - $name # SKIP $skip"
    return
  fi
  if [ -s "$why" ]; then
    [ -n "$xfail" ] || test_failed=$((test_failed + 1))
    echo "not ok $test_count - $name: $title${xfail:+ # TODO $xfail}"
    sed 's/^/#   /' "$why" | head -n 40
  else
    echo "ok $test_count - $name: $title${xfail:+ # TODO $xfail}"
  fi
}

# BAD_CASE=GLOB runs only the cases it matches.
for path in "$top_srcdir"/tests/bad/${BAD_CASE:-*}; do
  case $path in
    *.expect) name=$(basename "$path" .expect) expect=$path data= ;;
    *) [ -f "$path/case.expect" ] || continue
       name=$(basename "$path") expect=$path/case.expect data=$path ;;
  esac
  run_case
done
test_done
