#!/bin/sh
# t0004: what a terminal gets and a pipe does not (colour, progress), and
# the options every command takes (--quiet, --verbose, --color).
. "$top_srcdir/tests/lib.sh"

# on_tty CMD...: runs CMD with its stdout and stderr on a pseudo-terminal
# (util-linux script), the terminal's output on stdout.
on_tty() {
  TERM=${TERM_FOR_TEST:-xterm} script -qec "$*" /dev/null
}
esc=$(printf "\033")
commands=$(folio --help | sed -n "s/^  \([a-z]*\) .*/\1/p")

test_expect_success 'every command documents and takes --quiet, --verbose and --color' '
  for cmd in $commands; do
    folio $cmd --help > help &&
    grep -q -- "--quiet" help && grep -q -- "--verbose" help && grep -q -- "--color=WHEN" help &&
    folio $cmd -q --verbose --color=never --help > /dev/null || exit 1
  done
'
test_expect_success 'a --color value other than auto, always, never is a usage error' '
  for cmd in $commands; do
    test_must_fail 2 folio $cmd --color=sometimes 2> err &&
    grep -q "always" err || exit 1
  done
'
test_expect_success 'check: no colour into a pipe, colour with --color=always' '
  folio check "$top_srcdir/po/edition" > out && ! grep -q "$esc" out &&
  folio check --color=always "$top_srcdir/po/edition" > out && grep -q "$esc\[32mpass" out
'
test_expect_success 'check: colour on a terminal, none with NO_COLOR, TERM=dumb or --color=never' '
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check "$top_srcdir/po/edition" > out && grep -q "$esc\[32mpass" out &&
  NO_COLOR=1 on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check "$top_srcdir/po/edition" > out && ! grep -q "$esc\[3" out &&
  TERM_FOR_TEST=dumb on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check "$top_srcdir/po/edition" > out &&
  ! grep -q "$esc" out &&
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check --color=never "$top_srcdir/po/edition" > out && ! grep -q "$esc\[3" out
'
test_expect_success 'errors and warnings in colour on a terminal only' '
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" stats nowhere > out; grep -q "$esc\[31merror" out &&
  folio stats nowhere 2> err; ! grep -q "$esc" err
'
test_expect_success 'build: a progress line on a terminal, none into a file' '
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" build --content "$top_srcdir/content" --po "$top_srcdir/po" -o ed > out &&
  grep -q "building 1/" out && tr "\r" "\n" < out | grep -q "^building [0-9]*/[0-9]*" &&
  folio build --content "$top_srcdir/content" --po "$top_srcdir/po" -o ed 2> err &&
  ! grep -q "building" err && ! grep -q "$(printf "\r")" err
'
test_expect_success 'check and update: a progress line on a terminal, none otherwise' '
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check "$top_srcdir/po/edition" > out && grep -q "checking 1/" out &&
  folio check "$top_srcdir/po/edition" > out 2> err && ! grep -q "checking" err &&
  mkdir -p po content && cp "$top_srcdir/content/edition.xml" "$top_srcdir/content/cramps-after-sex.xml" content/ &&
  mkdir po/edition po/cramps-after-sex &&
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" update po/edition po/cramps-after-sex > out && grep -q "updating 1/2" out &&
  folio update po/edition po/cramps-after-sex 2> err && ! grep -q updating err
'
test_expect_success 'no progress with --quiet, even on a terminal' '
  on_tty ${FOLIO_WRAPPER:-} "$FOLIO" check -q "$top_srcdir/po/edition" > out && ! grep -q "checking" out
'
# said PATH: what a command printed of its own (memory checkers add theirs).
said() {
  grep -v "^==[0-9]*==\|^-*$\|^Suppressions used\|^ *count *bytes template\|^ *[0-9]* *[0-9]* .*\.so" "$1"
}
test_expect_success '--quiet: errors only' '
  folio build -q --content "$top_srcdir/content" --po "$top_srcdir/po" -o ed > out 2> err &&
  test -z "$(said err)" &&
  mkdir -p q/po/edition q/content && cp "$top_srcdir/content/edition.xml" q/content/ &&
  (cd q && folio update -q po/edition > ../out 2> ../err) && test ! -s out && test -z "$(said err)" &&
  (cd q && folio init -q fr po/edition > ../out 2> ../err) && test ! -s out && test -z "$(said err)" &&
  test -f q/po/edition/fr.po &&
  test_must_fail 2 folio stats -q nowhere 2> err && grep -q "error" err
'
test_expect_success '--verbose says what is done, file by file' '
  folio check -v "$top_srcdir/po/edition" > out 2> err &&
  test "$(grep -c "note: checking" err)" = "$(ls "$top_srcdir"/po/edition/*.po | wc -l)" &&
  folio build -v --content "$top_srcdir/content" --po "$top_srcdir/po" -o ed 2> err &&
  grep -q "the edition in .fr.: built" err &&
  folio render -v --locale fr "$top_srcdir/content/cramps-after-sex.xml" > /dev/null 2> err &&
  grep -q "note: rendering in .fr." err &&
  folio stats -v "$top_srcdir/po/edition/fr.po" > /dev/null 2> err && grep -q "fr.po: note: counting" err
'
test_expect_success 'init shows the catalog it made, never msginit'"'"'s temporary file' '
  mkdir -p v/po/edition v/content && cp "$top_srcdir/content/edition.xml" v/content/ &&
  (cd v && folio update po/edition > /dev/null && folio init -v de po/edition > ../out 2> ../err) &&
  cat out err && grep -q "po/edition/de.po" err && ! grep -q "folio-[0-9]" err out
'
test_done
