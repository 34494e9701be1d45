#!/bin/sh
# t0001: the command line: help, version, unknown commands and options.
. "$top_srcdir/tests/lib.sh"

test_expect_success 'folio --help lists the commands' '
  folio --help > out && grep -q "^  extract " out
'
test_expect_success 'folio --version names the program' '
  folio --version | grep -q "^folio [0-9]"
'
test_expect_success 'every command answers --help and --version' '
  for cmd in $(folio --help | sed -n "s/^  \([a-z]*\) .*/\1/p"); do
    folio $cmd --help | grep -q "^Usage: folio $cmd" || exit 1
    folio $cmd --version | grep -q "^folio " || exit 1
  done
'
test_expect_success 'every command in --help is documented in the README' '
  for cmd in $(folio --help | sed -n "s/^  \([a-z]*\) .*/\1/p"); do
    grep -q "folio $cmd" "$top_srcdir/README.md" || { echo "README lacks $cmd"; exit 1; }
  done
'
test_expect_success 'no command is a usage error (exit 2)' '
  test_must_fail 2 folio 2> err
'
test_expect_success 'an unknown command is a usage error (exit 2)' '
  test_must_fail 2 folio frobnicate 2> err && grep -q "frobnicate" err
'
test_expect_success 'an unknown option is a usage error (exit 2)' '
  test_must_fail 2 folio extract --frobnicate x.xml 2> err &&
  grep -q "Try .folio extract --help." err
'
test_done
