#!/bin/sh
# t0004: the man pages and the bash completion stay true to --help: every
# command has a page and every option of its --help is in it, folio(1)
# names every command, and the completion offers what --help lists.
. "$top_srcdir/tests/lib.sh"
man="$top_builddir/man"
commands=$(folio --help | sed -n "s/^  \([a-z]*\)  .*/\1/p")

# The long options of a --help text, one a line ("--format").
long_options() { sed -n "s/^ *\(-[A-Za-z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p"; }
# A man page as text, hyphens plain.
man_text() { sed -e 's/\\-/-/g' -e 's/\\e/\\/g' "$1"; }

test_expect_success 'folio(1) names every command and its page' '
  for cmd in $commands; do
    man_text "$top_srcdir/man/folio.1" | grep -q "^\.B $cmd$" &&
    man_text "$top_srcdir/man/folio.1" | grep -q "folio-$cmd" ||
      { echo "folio.1 lacks $cmd"; exit 1; }
  done
'
test_expect_success 'every option of every --help is in the command'"'"'s page' '
  for cmd in $commands; do
    test -f "$man/folio-$cmd.1" || { echo "no folio-$cmd.1"; exit 1; }
    for option in $(folio $cmd --help | long_options); do
      man_text "$man/folio-$cmd.1" | grep -q -- "^\.B .*$option" ||
        { echo "folio-$cmd.1 lacks $option"; exit 1; }
    done
  done
'
test_expect_success 'folio.conf(5) documents every key folio reads' '
  for key in source-language content po output languages formats width \
             min-complete fallback base-url; do
    man_text "$top_srcdir/man/folio.conf.5" | grep -q "^\.B $key" ||
      { echo "folio.conf.5 lacks $key"; exit 1; }
  done
'
test_expect_success 'the pages format without warnings' '
  for page in "$top_srcdir/man/folio.1" "$top_srcdir/man/folio.conf.5" "$man"/folio-*.1; do
    groff -man -Tutf8 -ww -z "$page" 2>&1 | grep . && exit 1
    :
  done
'
# Calls the completion function as bash does for the words given.
complete_words() {
  bash -c '. "$0" && COMP_WORDS=("$@") && COMP_CWORD=$(($# - 1)) && _folio &&
    printf "%s\n" "${COMPREPLY[@]}"' "$top_srcdir/completion/folio" "$FOLIO" "$@"
}
test_expect_success 'bash completion: the commands' '
  complete_words "" | grep -v "^--" > got &&
  printf "%s\n" $commands | sort > want && sort got | test_cmp want - &&
  test "$(complete_words up)" = update
'
test_expect_success 'bash completion: each command'"'"'s options, from its --help' '
  for cmd in $commands; do
    folio $cmd --help | long_options | sort > want &&
    complete_words $cmd -- | sed "s/=$//" | sort > got &&
    test_cmp want got || exit 1
  done &&
  test "$(complete_words check --for)" = "--format="
'
test_done
