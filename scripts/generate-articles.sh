#!/bin/sh
# scripts/generate-articles.sh: N articles in folio's article vocabulary that
# differ from each other, for the benchmarks.  The words are the seed's
# (content/cramps-after-sex.xml); a seeded generator picks per article the
# number of sections (3 to 9), the blocks of each (paragraphs of 2 to 7
# sentences, lists of 2 to 6 items, some with a bold lead-in, call-outs),
# the FAQ (1 to 5 questions), sentence lengths (6 to 26 words) and inline
# elements (em, strong, a with a title, q, code) about one per 40 words.
# On average an article is about 11 KB of XML with 1,400 words and 30
# inline elements.  The same N and seed give the same files, byte for byte.
# Usage: scripts/generate-articles.sh N DIR [SEED]   (files DIR/article-I.xml)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
n=$1 dir=$2 seed=${3:-15}
mkdir -p "$dir"
# The seed's words, one a line, markup and punctuation taken off.
sed -e 's/<[^>]*>/ /g' -e 's/&amp;/and/g' "$top/content/cramps-after-sex.xml" |
  tr -s ' \t' '\n\n' | tr -d '.,;:()?!"' | grep -E '^[[:alpha:]’-]+$' |
  awk -v n="$n" -v dir="$dir" -v seed="$seed" '
function pick(lo, hi) { return lo + int(rand() * (hi - lo + 1)) }
function word() { return words[pick(1, n_words)] }
function words_of(count,    s, i) {
  s = word()
  for (i = 2; i <= count; i++) s = s " " word()
  return s
}
# A sentence: capitalised, with now and then an inline element around a
# few of its words.
function sentence(    count, s, i, w, kind) {
  count = pick(6, 26)
  s = ""
  for (i = 1; i <= count; i++) {
    w = word()
    if (i == 1) w = toupper(substr(w, 1, 1)) substr(w, 2)
    if (rand() < 0.018) {
      kind = pick(1, 5)
      w = w " " words_of(pick(1, 3))
      if (kind == 1) w = "<em>" w "</em>"
      else if (kind == 2) w = "<strong>" w "</strong>"
      else if (kind == 3) w = "<a href=\"https://example.org/" article "/" i "\" title=\"" words_of(2) "\">" w "</a>"
      else if (kind == 4) w = "<q>" w "</q>"
      else w = "<code>" w "</code>"
    }
    s = s (i > 1 ? " " : "") w
  }
  return s "."
}
function sentences(lo, hi,    count, s, i) {
  count = pick(lo, hi)
  s = sentence()
  for (i = 2; i <= count; i++) s = s " " sentence()
  return s
}
function paragraph(indent) { return indent "<p>" sentences(2, 5) "</p>\n" }
function list(indent,    s, i, count, lead) {
  s = indent "<list>\n"
  count = pick(2, 6)
  lead = rand() < 0.5
  for (i = 1; i <= count; i++)
    s = s indent "  <item>" (lead ? "<strong>" words_of(pick(2, 4)) ":</strong> " : "") sentences(1, 3) "</item>\n"
  return s indent "</list>\n"
}
function callout(indent,    kinds) {
  split("did-you-know quick-explainer quick-tip", kinds, " ")
  return indent "<callout kind=\"" kinds[pick(1, 3)] "\">\n" paragraph(indent "  ") indent "</callout>\n"
}
function heading(    s) {
  s = words_of(pick(3, 8))
  return toupper(substr(s, 1, 1)) substr(s, 2)
}
function section(    s, i, count, r) {
  s = "  <section>\n    <h>" heading() "</h>\n"
  count = pick(1, 4)
  for (i = 1; i <= count; i++) {
    r = rand()
    s = s (r < 0.6 ? paragraph("    ") : r < 0.9 ? list("    ") : callout("    "))
  }
  return s "  </section>\n"
}
function faq(    s, i, count) {
  s = "  <faq>\n"
  count = pick(1, 5)
  for (i = 1; i <= count; i++)
    s = s "    <qa>\n      <question>" words_of(pick(4, 9)) "?</question>\n      <answer>\n" \
      paragraph("        ") "      </answer>\n    </qa>\n"
  return s "  </faq>\n"
}
{ words[++n_words] = $0 }
END {
  srand(seed)
  for (article = 1; article <= n; article++) {
    file = dir "/article-" article ".xml"
    printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" > file
    printf "<article xmlns=\"urn:x-folio:article\" id=\"article-%d\" xml:lang=\"en\">\n", article > file
    printf "  <meta>\n    <category>%s</category>\n    <published>2025-%02d-%02d</published>\n  </meta>\n", \
      words_of(2), pick(1, 12), pick(1, 28) > file
    printf "  <title>%s</title>\n  <intro>\n%s  </intro>\n", heading(), paragraph("    ") > file
    count = pick(3, 8)
    for (i = 1; i <= count; i++) printf "%s", section() > file
    printf "%s</article>\n", faq() > file
    close(file)
  }
}'
