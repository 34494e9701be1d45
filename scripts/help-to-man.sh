#!/bin/sh
# Writes the man page folio-COMMAND(1) from 'folio COMMAND --help', so that
# each command's page says exactly what its --help says.
# Usage: help-to-man.sh FOLIO COMMAND > folio-COMMAND.1
set -e
folio=$1 command=$2
export LC_ALL=C
version=$("$folio" --version | sed 's/^folio //')
summary=$("$folio" --help | sed -n "s/^  $command  *//p")
"$folio" "$command" --help | awk -v command="$command" -v version="$version" \
    -v summary="$summary" '
  # roff: backslashes and hyphens escaped, no text line starting with a dot.
  function text(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); sub(/^\./, "\\\\\\&.", s); return s }
  BEGIN {
    printf ".TH FOLIO\\-%s 1 \"\" \"folio %s\" \"User Commands\"\n", toupper(command), version
    print ".SH NAME"; print "folio\\-" command " \\- " text(summary)
  }
  NR == 1 { sub(/^Usage: /, ""); print ".SH SYNOPSIS"; print ".B " text($0); print ".SH DESCRIPTION"; next }
  /^$/ { if (!options) print ".SH OPTIONS"; else print ".PP"; options = 1; next }
  !options { print text($0); next }
  /^  +(-[A-Za-z], )?--?[A-Za-z]/ && match($0, /[^ ]/) <= 7 {
    line = $0; sub(/^ +/, "", line)
    name = line; sub(/  .*/, "", name)
    rest = substr(line, length(name) + 1); sub(/^ +/, "", rest)
    print ".TP"; print ".B " text(name)
    if (rest != "") print text(rest)
    next
  }
  { line = $0; sub(/^ +/, "", line); print text(line) }
  END {
    print ".SH \"EXIT STATUS\""
    print "0 success, 1 a finding in the input (an invalid document or catalog, a"
    print "failed check), 2 a usage or I/O error."
    print ".SH \"SEE ALSO\""; print ".BR folio (1),"; print ".BR folio.conf (5)"
  }'
