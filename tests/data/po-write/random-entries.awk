# tests/data/po-write/random-entries.awk: a catalog of random entries for
# t9002 (awk -v seed=N -v count=N): strings of pieces that stress line
# breaking (words, CJK, marks, spaces, punctuation, escapes, C directives,
# URLs, emoji), some c-format, some with msgctxt, some translated.
BEGIN {
  srand(seed)
  n = split("a|ab|word|longerword|x|supercalifragilistic|漢字|かな|한국어|é|e\xcc\x81|-|—|/|.|,|;|:|!|?|(|)|[|]|\"|'|«|»|“|”|’|\\\\|\\t|\\n|%d|% d|%s|%5.2f|100%|$|€|\xc2\xa0|\xe2\x80\x8b|\xc2\xad|😀|👍🏽|https://example.org/path|<em>|</em>|&amp;|ภาษาไทย|مرحبا|שלום|1234|3.14| | | | |  ", piece, "|")
  print "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  for (i = 1; i <= count; i++) {
    s = ""
    len = int(rand() * rand() * 60) + 1
    for (j = 0; j < len; j++) s = s piece[int(rand() * n) + 1]
    gsub(/"/, "\\\"", s)
    fmt = rand() < 0.3 ? "#, c-format\n" : ""
    ctx = rand() < 0.2 ? "msgctxt \"ctx " i " " s "\"\n" : "msgctxt \"" i "\"\n"
    printf "#: f%d.c:%d\n%s%smsgid \"%s\"\nmsgstr \"%s\"\n\n", i % 7, i, fmt, ctx, s, (rand() < 0.5 ? s : "")
  }
}
