#!/bin/sh
# t3101: folio translate writes an ITS-described document back in another
# language.  Every document type folio extracts goes round: through a
# catalog that copies its msgids the output is the source after XML
# canonicalisation (but for the root's language mark); through one that
# changes every msgid the output extracts to exactly its msgstrs.
# --multilingual gives msgfmt --xml -d's output.
. "$top_srcdir/tests/lib.sh"

T="$top_srcdir/tests/data/translate"
G="$top_srcdir/tests/data/gettext"
its_dir=/usr/share/itstool/its

# Each case: a name, the source, and --its options.
cases() {
  echo "article $top_srcdir/content/cramps-after-sex.xml"
  echo "xhtml $T/page.xhtml"
  echo "bytes $T/keep-bytes.xml --its $T/keep-bytes.its"
  if [ -f "$its_dir/docbook5.its" ]; then
    echo "docbook $T/manual.docbook --its $its_dir/docbook5.its"
  fi
  for f in org.example.Demo.metainfo.xml org.example.demo.policy \
           org.example.demo.gschema.xml demo-mime.xml demo.ui; do
    echo "gettext-$f $G/$f"
  done
}

# A catalog whose every msgstr differs from its msgid: letters outside
# markup and entity references in capitals, the whole between « and ».
pseudo_catalog() {
  msgen "$1" | msgfilter --keep-header -i - -o "$2" perl -pe \
    's/(<[^>]*>|&[^;]*;)|([a-z])/defined $1 ? $1 : uc $2/ge; s/^ */« /; s/ *$/ »/'
}
# The msgids, or the msgstrs, of a catalog, one a line, sorted.
strings() {
  msgcat --no-wrap "$2" | sed -n "s/^$1 //p" | grep -v '^""$' | LC_ALL=C sort -u
}
# Canonical XML without the root element's language marks.
canonical() {
  "${XMLLINT:-xmllint}" --nonet --c14n "$1" 2>/dev/null | perl -0pe '
    s/^((?:[^<]|<[!?][^>]*>)*<[A-Za-z][^>]*?) xml:lang="[^"]*"/$1/;
    s/^((?:[^<]|<[!?][^>]*>)*<[A-Za-z][^>]*?) lang="[^"]*"/$1/;
    s/^((?:[^<]|<[!?][^>]*>)*<[A-Za-z][^>]*?) dir="[^"]*"/$1/'
}

cases > cases.list
while read -r name src its; do
  mkdir -p "$name"
  test_expect_success "$name: the template and the two catalogs" "
    folio extract $its -o $name/x.pot '$src' &&
    msgen $name/x.pot -o $name/copy.po &&
    pseudo_catalog $name/x.pot $name/pseudo.po &&
    test -s $name/pseudo.po
  "
  base=$(basename "$src")
  test_expect_success "$name: msgstr = msgid gives the source back (C14N)" "
    mkdir -p $name/copy && folio translate $its --locale fr --po $name/copy.po \
      -o $name/copy/$base '$src' 2> $name/copy.err &&
    ! grep -q untranslated $name/copy.err &&
    canonical '$src' > $name/src.c14n && canonical $name/copy/$base > $name/copy.c14n &&
    test_cmp $name/src.c14n $name/copy.c14n &&
    grep -q 'xml:lang=\"fr\"' $name/copy/$base
  "
  test_expect_success "$name: a pseudo-translation extracts to exactly its msgstrs" "
    mkdir -p $name/pseudo && folio translate $its --locale fr --po $name/pseudo.po \
      -o $name/pseudo/$base '$src' &&
    folio extract $its -o $name/back.pot $name/pseudo/$base &&
    strings msgstr $name/pseudo.po > $name/want && strings msgid $name/back.pot > $name/got &&
    test_cmp $name/want $name/got
  "
done < cases.list

test_expect_success 'translate="no" parts are unchanged' '
  o=gettext-org.example.Demo.metainfo.xml/pseudo/org.example.Demo.metainfo.xml &&
  grep -q "<name translate=\"no\">DemoInternal</name>" $o &&
  grep -q "<keyword translate=\"no\">xyzzy</keyword>" $o &&
  grep -q "<p translate=\"no\">Demo-3000 build 42</p>" xhtml/pseudo/page.xhtml &&
  grep -q "<code translate=\"no\">demo --run</code>" xhtml/pseudo/page.xhtml
'
test_expect_success 'translatable attributes are translated, in place' '
  grep -q "<h1 title=\"« THE HEADING »\">" xhtml/pseudo/page.xhtml &&
  grep -q "content=\"« A PAGE ABOUT THE DEMO »\"" xhtml/pseudo/page.xhtml
'
test_expect_success 'the declaration, encoding, entities, CDATA, comments and PIs are kept' '
  o=bytes/pseudo/keep-bytes.xml &&
  head -n 1 $o | grep -q "^<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"?>" &&
  iconv -f ISO-8859-1 -t UTF-8 $o > o.utf8 &&
  grep -q "<!ENTITY co \"Caf&#233; Ltd\">" o.utf8 &&
  grep -q "<x:meta>café &co; <!\[CDATA\[<raw>\]\]></x:meta>" o.utf8 &&
  grep -q "<p title=\"« CRèME BRûLéE »\">« DU CAFé <b x:k=\"v\">FORT</b> CHEZ &co;. »</p>" o.utf8 &&
  grep -q "<?xml-stylesheet type=\"text/xsl\" href=\"style.xsl\"?>" o.utf8 &&
  grep -q "<!-- a comment before the root -->" o.utf8 &&
  grep -q "<?app do-not-touch?>" o.utf8 &&
  grep -q "x:id=\"d1\" b=\"2\" a=\"1\" xml:lang=\"fr\"" o.utf8
'
if [ -f "$its_dir/docbook5.its" ]; then
  test_expect_success 'a namespace declared inside a unit goes to the unit for its translation' '
    grep -q "<para xmlns:l=\"http://www.w3.org/1999/xlink\">« BACK UP YOUR DATA FIRST, AS <link l:href=\"https://example.org/backup\">THE GUIDE</link> SAYS. »</para>" docbook/pseudo/manual.docbook &&
    grep -q "<link xmlns:l=\"http://www.w3.org/1999/xlink\" l:href=" docbook/copy/manual.docbook
  '
fi
test_expect_success 'the layout around a paragraph is kept' '
  o=gettext-org.example.Demo.metainfo.xml/pseudo/org.example.Demo.metainfo.xml &&
  grep -q "^      « DEMO SHOWS <em>HOW</em> METADATA IS TRANSLATED, WITH <code>CODE</code> INLINE. »\$" $o
'

cat > ar.po <<'EOF'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "Demo page"
msgstr "صفحة العرض"
EOF
# An HTML5 page with the XHTML page's text: the XHTML template's catalogs
# translate every unit of it.
test_expect_success 'HTML5: msgstr = msgid gives the page back byte for byte, but its lang' '
  folio translate --locale fr --po xhtml/copy.po -o copy.html "$T/page.html" 2> err &&
  ! grep -q untranslated err &&
  sed "s/^<html lang=\"fr\">\$/<html lang=\"en\">/" copy.html > copy.norm &&
  test_cmp "$T/page.html" copy.norm
'
test_expect_success 'HTML5: every unit translated, written as HTML5' '
  folio translate --locale fr --po xhtml/pseudo.po -o fr.html "$T/page.html" 2> err &&
  ! grep -q untranslated err &&
  head -n 2 fr.html > head && printf "<!DOCTYPE html>\n<html lang=\"fr\">\n" > want &&
  test_cmp want head &&
  grep -q "<h1 title=\"« THE HEADING »\">« WELCOME TO <abbr title=\"Demonstration\">DEMO</abbr> »</h1>" fr.html &&
  grep -q "<strong>CAREFUL</strong>.<br>TRY IT. »</p>" fr.html &&
  grep -q "<p>« <img src=\"demo.png\" alt=\"A screenshot\"> THE MAIN WINDOW. »</p>" fr.html &&
  grep -q "<meta charset=\"utf-8\">" fr.html &&
  grep -q "<source src=\"demo.webm\" type=\"video/webm\"></video>" fr.html &&
  grep -q "<p translate=\"no\">Demo-3000 build 42</p>" fr.html &&
  ! grep -q "xmlns\|xml:lang\|/>" fr.html
'
test_expect_success 'HTML5: lang and dir, right to left, source units left to right' '
  folio translate --locale ar --po ar.po -o ar.html "$T/page.html" &&
  grep -q "^<html lang=\"ar\" dir=\"rtl\">" ar.html &&
  grep -q "<title>صفحة العرض</title>" ar.html &&
  grep -q "<p lang=\"en\" dir=\"ltr\">It is <em>fast</em>" ar.html
'

cp "$G/org.example.Demo.metainfo.xml" demo.metainfo.xml
cat > broken.po <<'EOF'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "Demo"
msgstr "Démo"

msgid "It supports:"
msgstr "Il <em>gère :"

msgid "Fast mode"
msgstr "Mode <b>rapide</b>"

msgid "Careful mode"
msgstr "Mode prudent"

msgid "First release."
msgstr ""
"<b>Première</b> "
"version."
EOF
test_expect_success 'a translation with broken or other markup keeps the source, reported' '
  folio translate --locale fr --po broken.po -o broken.xml demo.metainfo.xml 2> err &&
  grep -q "^broken.po:8: warning: translation of demo.metainfo.xml:14 not used" err &&
  grep -q "^broken.po:11: warning: translation of demo.metainfo.xml:16 not used" err &&
  grep -q "^broken.po:17: warning: translation of demo.metainfo.xml:28 not used" err &&
  grep -q "3 translations not used" err &&
  grep -q "<p xml:lang=\"en\">It supports:</p>" broken.xml &&
  grep -q "<li xml:lang=\"en\">Fast mode</li>" broken.xml &&
  grep -q "<li>Mode prudent</li>" broken.xml &&
  grep -q "<name>Démo</name>" broken.xml
'
test_expect_success 'untranslated units carry the source language' '
  grep -q "<summary xml:lang=\"en\">Demonstrate   things well</summary>" broken.xml &&
  grep -q "<component type=\"desktop-application\" xml:lang=\"fr\">" broken.xml
'
test_expect_success 'XHTML: lang and dir with xml:lang, right to left, source units left to right' '
  folio translate --locale ar --po ar.po -o ar.xhtml "$T/page.xhtml" 2> err &&
  grep -q "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">" ar.xhtml &&
  grep -q "<title>صفحة العرض</title>" ar.xhtml &&
  grep -q "<p xml:lang=\"en\" lang=\"en\" dir=\"ltr\">It is <em>fast</em>" ar.xhtml &&
  grep -q "units untranslated" err
'
test_expect_success '--keep: below the share nothing is written, exit 1' '
  test_must_fail 1 folio translate --keep 50 --locale fr --po broken.po -o kept.xml \
    demo.metainfo.xml 2> err &&
  grep -q "less than --keep 50%; not written" err && test ! -e kept.xml &&
  folio translate --keep 20 --locale fr --po broken.po -o kept.xml demo.metainfo.xml &&
  test_cmp broken.xml kept.xml
'
test_expect_success '--mo reads the compiled catalog to the same output' '
  msgfmt -o fr.mo broken.po &&
  folio translate --locale fr --mo fr.mo -o mo.xml demo.metainfo.xml 2> /dev/null &&
  test_cmp broken.xml mo.xml &&
  msgfmt -o pseudo.mo xhtml/pseudo.po &&
  folio translate --locale fr --mo pseudo.mo -o mo.xhtml "$T/page.xhtml" &&
  test_cmp xhtml/pseudo/page.xhtml mo.xhtml
'
test_expect_success '--mo reads both byte orders' '
  msgfmt --endianness=big -o big.mo xhtml/pseudo.po &&
  folio translate --locale fr --mo big.mo -o big.xhtml "$T/page.xhtml" &&
  test_cmp xhtml/pseudo/page.xhtml big.xhtml
'
test_expect_success 'a .mo file that is cut short or not one is refused' '
  printf "\336\022\004\225\0\0\0\0\377\377\377\377\034\0\0\0\034\0\0\0\0\0\0\0\0\0\0\0" > huge.mo &&
  test_must_fail 1 folio translate --locale fr --mo huge.mo -o x.xml demo.metainfo.xml 2> err &&
  grep -q "huge.mo: error: not a valid .mo file: string 0 lies outside the file" err &&
  head -c 30 pseudo.mo > short.mo &&
  test_must_fail 1 folio translate --locale fr --mo short.mo -o x.xml demo.metainfo.xml 2> err &&
  grep -q "short.mo: error: not a valid .mo file" err &&
  test_must_fail 1 folio translate --locale fr --mo broken.po -o x.xml demo.metainfo.xml 2> err &&
  grep -q "wrong magic number" err && test ! -e x.xml
'
test_expect_success 'a full disk is an error, exit 2' '
  test_must_fail 2 folio translate --locale fr --po broken.po -o /dev/full demo.metainfo.xml \
    2> err && grep -q "/dev/full" err &&
  test_must_fail 2 folio translate --locale fr --po broken.po demo.metainfo.xml > /dev/full 2> err
'
test_expect_success 'running twice changes no byte' '
  folio translate --locale fr --po broken.po -o again.xml demo.metainfo.xml 2> /dev/null &&
  test_cmp broken.xml again.xml
'

# Catalogs for several languages, as msgfmt -d reads them.
test_expect_success 'catalogs in three languages' '
  mkdir -p po &&
  folio extract -o po/demo.pot demo.metainfo.xml "$G/org.example.demo.policy" \
    "$G/org.example.demo.gschema.xml" "$G/demo-mime.xml" "$G/demo.ui" &&
  pseudo_catalog po/demo.pot po/fr.po && msgen po/demo.pot -o po/de.po &&
  msgfilter -i po/fr.po -o po/es.po sed "s/«/‹/; s/»/›/" &&
  printf "fr\n# a comment\nde es\n" > po/LINGUAS
'
# msgfmt 0.21 escapes the markup of a translation as text (&lt;em&gt;,
# &amp;amp;); folio puts it back as markup.  Undo that for the comparison.
unescape_copies() {
  perl -0pe 's{(<(\w+) xml:lang="[^"]*">)(.*?)(</\2>)}{my ($a, $t, $b) = ($1, $3, $4);
    $t =~ s/&lt;(\/?[\w:]+(?: [^&]*?)?\/?)&gt;/<$1>/g; $t =~ s/&amp;amp;/&amp;/g;
    "$a$t$b"}gse' "$1"
}
for f in org.example.Demo.metainfo.xml org.example.demo.policy \
         org.example.demo.gschema.xml demo-mime.xml demo.ui; do
  test_expect_success "--multilingual $f: msgfmt --xml -d's output" "
    msgfmt --xml -d po --template '$G/$f' -o msgfmt.$f &&
    folio translate --multilingual --po-dir po -o folio.$f '$G/$f' &&
    unescape_copies msgfmt.$f > msgfmt.$f.norm &&
    test_cmp msgfmt.$f.norm folio.$f &&
    test \$(grep -c 'xml:lang=' folio.$f) -gt 2
  "
done
test_expect_success '--multilingual --keep: a language below the share is left out' '
  mkdir -p few && cp po/fr.po few/ && cp broken.po few/de.po && printf "fr de\n" > few/LINGUAS &&
  test_must_fail 1 folio translate --multilingual --keep 50 --po-dir few -o few.xml \
    demo.metainfo.xml 2> err &&
  grep -q "'"'"'de'"'"': .* less than --keep 50%" err &&
  grep -q "xml:lang=\"fr\"" few.xml && ! grep -q "xml:lang=\"de\"" few.xml
'
test_expect_success 'batch: one output per document and language, as one at a time' '
  folio translate --po-dir po -o out demo.metainfo.xml "$G/demo.ui" 2> err &&
  folio translate --locale es --po po/es.po -o one.xml demo.metainfo.xml &&
  test_cmp one.xml out/es/demo.metainfo.xml &&
  folio translate --locale de --po po/de.po -o one.ui "$G/demo.ui" &&
  test_cmp one.ui out/de/demo.ui &&
  test "$(find out -type f | wc -l)" -eq 6
'
test_expect_success 'batch: a language can be picked with --locale' '
  folio translate --po-dir po --locale fr -o only demo.metainfo.xml &&
  test "$(find only -type f)" = only/fr/demo.metainfo.xml
'

test_expect_success 'usage and input errors' '
  mkdir -p b && cp demo.metainfo.xml b/ &&
  test_must_fail 2 folio translate --po-dir po -o out2 demo.metainfo.xml b/demo.metainfo.xml \
    2> err && grep -q "would be written to one file" err && test ! -e out2 &&
  test_must_fail 2 folio translate demo.metainfo.xml 2> err &&
  test_must_fail 2 folio translate --locale fr --po missing.po demo.metainfo.xml 2> err &&
  grep -q "missing.po: error: cannot read file" err &&
  test_must_fail 2 folio translate --locale ../x --po broken.po demo.metainfo.xml 2> err &&
  test_must_fail 2 folio translate --keep 101 --locale fr --po broken.po demo.metainfo.xml &&
  printf "<component><name>x</component>" > bad.metainfo.xml &&
  test_must_fail 1 folio translate --locale fr --po broken.po -o y.xml bad.metainfo.xml 2> err &&
  grep -q "^bad.metainfo.xml:1:" err && test ! -e y.xml
'
test_done
