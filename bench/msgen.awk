# bench/msgen.awk: each template DIR/DOMAIN.pot given becomes DIR/LANG.po
# (awk -v lang=LANG), every msgstr its msgid as gettext's msgen makes
# them, the header's Language set: catalogs for the edition benchmarks,
# made in one process however many templates there are.
FNR == 1 {
  if (out) close(out)
  out = FILENAME; sub(/[^\/]*\.pot$/, lang ".po", out)
  block = ""; in_msgid = 0; header = 0; skip = 0
}
/^msgid / { in_msgid = 1; block = substr($0, 7); print > out; next }
/^msgstr / {
  in_msgid = 0
  if (block == "\"\"") { header = 1; print > out; next }
  print "msgstr " block > out; skip = 1; next
}
/^"/ {
  if (in_msgid) { block = block "\n" $0; print > out; next }
  if (header) { sub(/^"Language: \\n"$/, "\"Language: " lang "\\n\""); print > out; next }
  if (skip) next
}
{ header = 0; skip = 0; print > out }
