#!/bin/sh
# t5002: folio build as a site: what search engines read from each edition
# (description, canonical, hreflang alternates, Open Graph), sitemap.xml,
# each language's index and Atom feed, the matrix index, print paper per
# locale; all read back from the files, as a crawler or reader would.
. "$top_srcdir/tests/lib.sh"

base=https://example.org/health
locales="en $(grep -v "^#" "$top_srcdir/po/LINGUAS")"
n_languages=$(echo $locales | wc -w)
# xpath FILE EXPR: the value of an XPath over an XHTML page or a feed.
xpath() { xmllint --xpath "$2" "$1" 2> /dev/null; }
html() { xpath "$1" "string($2)" | sed 's/^$//'; }
tag_of() { echo "$1" | tr _ -; }

"$top_srcdir/tests/make-site.sh" "$top_srcdir" site 3 || exit 2
(cd site && folio build -j 2 --base-url "$base/" -o out 2> err)

test_expect_success 'every edition has its canonical address and a description from its introduction' '
  for lang in $locales en; do
    page=site/out/$lang/a002.html &&
    test "$(xpath $page "string(//*[local-name()=\"link\"][@rel=\"canonical\"]/@href)")" = "$base/$lang/a002.html" &&
    description=$(xpath $page "string(//*[local-name()=\"meta\"][@name=\"description\"]/@content)") &&
    test -n "$description" || return 1
  done &&
  test "$(printf %s "$description" | wc -m)" -le 161 &&
  intro=$(xpath site/out/en/a002.html "string(//*[local-name()=\"article\"]/*[local-name()=\"p\"][1])") &&
  description=$(xpath site/out/en/a002.html "string(//*[local-name()=\"meta\"][@name=\"description\"]/@content)") &&
  case "$intro" in "${description%…}"*) true ;; *) false ;; esac
'
test_expect_success 'an explicit summary is the description, translated where its catalog has it' '
  "$top_srcdir/tests/make-site.sh" "$top_srcdir" summary 1 &&
  sed "s|</meta>|<summary>Why cramps <em>follow</em> sex, and what helps.</summary></meta>|" summary/content/a001.xml > a001.xml &&
  mv a001.xml summary/content/a001.xml && (cd summary && folio extract -o a001.pot content/a001.xml) &&
  grep -q "^msgid \"Why cramps <em>follow</em> sex, and what helps.\"" summary/a001.pot &&
  printf "\nmsgid \"Why cramps <em>follow</em> sex, and what helps.\"\nmsgstr \"Pourquoi les crampes <em>suivent</em> l’amour.\"\n" >> summary/po/a001/fr.po &&
  (cd summary && folio build -o out 2> /dev/null) &&
  test "$(xpath summary/out/en/a001.html "string(//*[local-name()=\"meta\"][@name=\"description\"]/@content)")" = "Why cramps follow sex, and what helps." &&
  test "$(xpath summary/out/fr/a001.html "string(//*[local-name()=\"meta\"][@name=\"description\"]/@content)")" = "Pourquoi les crampes suivent l’amour." &&
  xmllint --noout --relaxng "$top_srcdir/content/article.rng" summary/content/a001.xml
'
test_expect_success 'absolute hreflang alternates for every language and x-default' '
  for lang in $locales; do
    page=site/out/$lang/a001.html &&
    test "$(xpath $page "count(//*[local-name()=\"link\"][@rel=\"alternate\"][@hreflang])")" = $((n_languages + 1)) &&
    for other in $locales; do
      test "$(xpath $page "string(//*[local-name()=\"link\"][@hreflang=\"$(tag_of $other)\"]/@href)")" = "$base/$other/a001.html" || return 1
    done &&
    test "$(xpath $page "string(//*[local-name()=\"link\"][@hreflang=\"x-default\"]/@href)")" = "$base/en/a001.html" || return 1
  done
'
test_expect_success 'Open Graph locale and its alternates' '
  page=site/out/ja/a001.html &&
  test "$(xpath $page "string(//*[local-name()=\"meta\"][@property=\"og:locale\"]/@content)")" = ja_JP &&
  test "$(xpath $page "count(//*[local-name()=\"meta\"][@property=\"og:locale:alternate\"])")" = $((n_languages - 1)) &&
  xpath $page "//*[local-name()=\"meta\"][@property=\"og:locale:alternate\"][@content=\"pt_BR\"]" > /dev/null
'
test_expect_success 'sitemap.xml: every edition and index, each with its alternates' '
  map=site/out/sitemap.xml && ns="http://www.sitemaps.org/schemas/sitemap/0.9" &&
  test "$(xpath $map "namespace-uri(/*)")" = "$ns" && test "$(xpath $map "local-name(/*)")" = urlset &&
  test "$(xpath $map "count(/*/*[local-name()=\"url\"])")" = $((1 + n_languages + 3 * n_languages)) &&
  test "$(xpath $map "count(/*/*[local-name()=\"url\"][not(starts-with(*[local-name()=\"loc\"], \"$base/\"))])")" = 0 &&
  url="/*/*[local-name()=\"url\"][*[local-name()=\"loc\"]=\"$base/hi/a003.html\"]" &&
  test "$(xpath $map "string($url/*[local-name()=\"lastmod\"])")" = "$(date -u -d "2024-01-01 + 3 days" +%F)" &&
  test "$(xpath $map "count($url/*[namespace-uri()=\"http://www.w3.org/1999/xhtml\"][local-name()=\"link\"][@rel=\"alternate\"])")" = $((n_languages + 1)) &&
  test "$(xpath $map "string($url/*[local-name()=\"link\"][@hreflang=\"zh-CN\"]/@href)")" = "$base/zh_CN/a003.html"
'
test_expect_success 'each language has an index in its language, newest first, with ICU dates' '
  page=site/out/ja/index.html &&
  test "$(html $page "/*/@lang")" = ja &&
  test "$(html $page "//*[local-name()=\"h1\"]")" = "$(msgcat --no-wrap site/po/edition/ja.po | sed -n "/^msgid \"Articles\"/{n;s/^msgstr \"\(.*\)\"/\1/p;}")" &&
  xpath $page "//*[local-name()=\"li\"]//*[local-name()=\"a\"]/@href" | grep -o "a00[0-9].html\"" | tr -d "\"" > order &&
  printf "a003.html\na002.html\na001.html\n" > expected && test_cmp expected order &&
  title=$(msgcat --no-wrap site/po/a001/ja.po | sed -n "/^msgid \"Here’s Why/{n;s/^msgstr \"\(.*\)\"/\1/p;}") &&
  test "$(html $page "//*[local-name()=\"li\"][3]//*[local-name()=\"h2\"]")" = "$title" &&
  test "$(html $page "//*[local-name()=\"li\"][3]//*[local-name()=\"time\"]")" = "$(icu_ask date ja 2024-01-02)" &&
  test "$(html $page "//*[local-name()=\"li\"][3]//*[local-name()=\"time\"]/@datetime")" = 2024-01-02 &&
  test "$(html $page "//*[local-name()=\"link\"][@rel=\"canonical\"]/@href")" = "$base/ja/index.html" &&
  test -n "$(html $page "//*[local-name()=\"meta\"][@name=\"description\"]/@content")"
'
test_expect_success 'each language has an Atom feed with the articles dates' '
  feed=site/out/ar/feed.xml && atom="http://www.w3.org/2005/Atom" &&
  test "$(xpath $feed "namespace-uri(/*)")" = "$atom" && test "$(xpath $feed "string(/*/@xml:lang)")" = ar &&
  test "$(xpath $feed "count(/*/*[local-name()=\"entry\"])")" = 3 &&
  for field in id title updated author; do
    test "$(xpath $feed "count(/*/*[local-name()=\"$field\"])")" = 1 || return 1
  done &&
  test "$(xpath $feed "count(/*/*[local-name()=\"entry\"][*[local-name()=\"id\"]][*[local-name()=\"title\"]!=\"\"][*[local-name()=\"updated\"]])")" = 3 &&
  test "$(xpath $feed "string(/*/*[local-name()=\"updated\"])")" = "$(date -u -d "2024-01-01 + 3 days" +%F)T00:00:00Z" &&
  test "$(xpath $feed "string(/*/*[local-name()=\"entry\"][1]/*[local-name()=\"link\"]/@href)")" = "$base/ar/a003.html"
'
test_expect_success 'the index is a matrix of articles by languages, titles and no empty header' '
  page=site/out/index.html &&
  xpath $page "//*[local-name()=\"meta\"][@name=\"viewport\"]" > /dev/null &&
  test "$(xpath $page "count(//*[local-name()=\"tbody\"]/*[local-name()=\"tr\"])")" = 3 &&
  test "$(xpath $page "count(//*[local-name()=\"thead\"]//*[local-name()=\"th\"])")" = $((n_languages + 1)) &&
  test "$(xpath $page "count(//*[local-name()=\"th\"][normalize-space()=\"\"])")" = 0 &&
  test "$(html $page "//*[local-name()=\"tbody\"]/*[local-name()=\"tr\"][1]/*[local-name()=\"th\"]")" = "Here’s Why You Get Cramps After Sex & Ways to Stop Them" &&
  test "$(xpath $page "count(//*[local-name()=\"nav\"]//*[local-name()=\"a\"])")" = $n_languages &&
  test "$(html $page "//*[local-name()=\"link\"][@rel=\"canonical\"]/@href")" = "$base/index.html" &&
  test -n "$(html $page "//*[local-name()=\"meta\"][@name=\"description\"]/@content")"
'
test_expect_success 'print uses the paper of the locale (ICU), headings kept with what follows' '
  for lang in en fr ja; do
    case "$(icu_ask paper $lang)" in "210 297") size=A4 ;; "216 279") size=letter ;; *) size="$(icu_ask paper $lang | sed "s/ /mm /")mm" ;; esac &&
    grep -q "@page{size:$size;" site/out/$lang/a001.html || return 1
  done &&
  grep -q "h1,h2,h3,summary{break-after:avoid" site/out/en/a001.html &&
  grep -q "aside,details{break-inside:avoid" site/out/en/a001.html
'
test_expect_success 'without a base URL: relative links, no canonical, no sitemap, and a note says why' '
  (cd site && folio build -o rel 2> err) &&
  grep -q "no base URL (--base-url): links between editions stay relative" site/err &&
  ! test -e site/rel/sitemap.xml && ! grep -q "rel=\"canonical\"" site/rel/fr/a001.html &&
  grep -q "<link rel=\"alternate\" hreflang=\"de\" href=\"../de/a001.html\"/>" site/rel/fr/a001.html &&
  grep -q "<id>urn:folio:edition:fr/a001</id>" site/rel/fr/feed.xml
'
test_expect_success 'with --min-complete, editions and sitemap link only to the languages built' '
  "$top_srcdir/tests/make-site.sh" "$top_srcdir" partial 2 && rm partial/po/a001/de.po &&
  (cd partial && folio build --min-complete 50 --base-url "$base" -o out 2> err) &&
  ! test -e partial/out/de/a001.html && test -e partial/out/de/a002.html &&
  ! grep -q "hreflang=\"de\"" partial/out/fr/a001.html && grep -q "hreflang=\"de\"" partial/out/fr/a002.html &&
  ! grep -q "/de/a001.html" partial/out/sitemap.xml && grep -q "/de/a002.html" partial/out/sitemap.xml &&
  ! grep -q "warning" partial/err
'
# An edition's record to the build must fit one pipe write: a title of
# 5,500 bytes is left out of the indexes (the article's id stands for it),
# never the edition.
test_expect_success 'an article with a huge title still builds, its id in the indexes' '
  "$top_srcdir/tests/make-site.sh" "$top_srcdir" huge 1 &&
  long=$(printf "Long title %.0s" $(seq 500)) &&
  sed "s|<title>[^<]*</title>|<title>$long</title>|" huge/content/a001.xml > huge/a001.xml &&
  mv huge/a001.xml huge/content/a001.xml &&
  (cd huge && folio build --min-complete 0 -o out 2> err) &&
  test -e huge/out/fr/a001.html && grep -q "<th scope=\"row\">a001</th>" huge/out/index.html &&
  grep -q "<a href=\"a001.html\">a001</a>" huge/out/en/index.html
'
test_expect_success 'a rerun changes no byte of the site' '
  cp -r site/out before && (cd site && folio build -j 2 --base-url "$base/" -o out 2> /dev/null) &&
  diff -r -x .folio.manifest.stat before site/out
'
test_expect_success 'a base URL that is not one is a usage error' '
  for url in ftp://x.org "https://" "https://x.org/a b" "https://x.org/?q=1" "https://x.org/\"a"; do
    (cd site && test_must_fail 2 folio build --base-url "$url" -o bad 2> err) &&
    grep -q "is not a base URL" site/err && ! test -e site/bad || return 1
  done
'
test_done
