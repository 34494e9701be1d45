# bench/articles.awk: N articles that differ from each other, made from
# the seed (content/cramps-after-sex.xml), every sentence the seed's, so
# that the seed's catalogs translate them.  Article i, from its own seeded
# random numbers: 2 to 10 of the seed's sections, drawn with repetition in
# any order; in each, any paragraph but the first, list item but the
# first and call-out dropped at random; 1 to 3 of the FAQ questions; the
# reading time given or left to be computed.  So articles vary in length
# (about 0.3 to 3 times the seed), in lists, inline elements and
# call-outs.
# Usage: awk -v from=A -v to=B -v dir=DIR [-v seed=S] -f articles.awk SEED.xml
#   writes DIR/article-A.xml .. DIR/article-B.xml.
/<section>/ { in_section = 1; n_sections++; text = "" }
in_section { section[n_sections] = section[n_sections] $0 "\n" }
/<\/section>/ { in_section = 0; next }
/<qa>/ { in_qa = 1; n_qa++ }
in_qa { qa[n_qa] = qa[n_qa] $0 "\n" }
/<\/qa>/ { in_qa = 0; next }
!in_section && !in_qa && n_sections == 0 && !/<\/section>/ { head = head $0 "\n" }

# A section with parts of it dropped.
function thin(block,    lines, n, i, out, first_p, first_item, skipping) {
  n = split(block, lines, "\n"); out = ""; first_p = 1; first_item = 1; skipping = 0
  for (i = 1; i <= n; i++) {
    if (lines[i] == "") continue
    if (skipping) { if (lines[i] ~ /<\/callout>/) skipping = 0; continue }
    if (lines[i] ~ /<callout/ && rand() < 0.4) { skipping = 1; continue }
    if (lines[i] ~ /^    <p>/) { if (!first_p && rand() < 0.3) continue; first_p = 0 }
    if (lines[i] ~ /<item>/) { if (!first_item && rand() < 0.3) continue; first_item = 0 }
    if (lines[i] ~ /<\/list>/) first_item = 1
    out = out lines[i] "\n"
  }
  return out
}

END {
  for (a = from; a <= to; a++) {
    srand((seed ? seed : 1) * 100003 + a)
    file = dir "/article-" a ".xml"
    h = head
    sub(/id="[^"]*"/, "id=\"article-" a "\"", h)
    if (rand() < 0.3) sub(/<reading-time minutes="[0-9]*"\/>/, "<reading-time/>", h)
    printf "%s", h > file
    n = 2 + int(rand() * 9)
    for (s = 1; s <= n; s++) printf "%s", thin(section[1 + int(rand() * n_sections)]) > file
    print "  <faq>" > file
    k = 1 + int(rand() * n_qa)
    for (q = 1; q <= n_qa && k > 0; q++)
      if (rand() < k / (n_qa - q + 1)) { printf "%s", qa[q] > file; k-- }
    print "  </faq>\n</article>" > file
    close(file)
  }
}
