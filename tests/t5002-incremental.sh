#!/bin/sh
# t5002: folio build renders again only the editions whose inputs changed,
# as its manifest (OUT/.folio.manifest) tells; a missing or changed output
# and a damaged manifest mean rendering again, never a wrong skip.
. "$top_srcdir/tests/lib.sh"

# A project of two articles: the seed with its catalogs, and a copy
# under another name with none.
mkdir -p proj && cp -r "$top_srcdir/content" "$top_srcdir/po" proj/ &&
sed 's/id="cramps-after-sex"/id="second"/' proj/content/cramps-after-sex.xml > proj/content/second.xml
n_langs=$(($(sed 's/#.*//' proj/po/LINGUAS | wc -w) + 1))
# build [OPTION]...: builds proj into proj/out; rendered gets
# "rendered LANG/ARTICLE" for each edition --verbose says was built.
build() {
  (cd proj && folio build -v --min-complete 0 -o out "$@" 2> ../err); rc=$?
  sed -n "s|^content/\(.*\)\.xml: note: the edition in '\(.*\)': built\$|rendered \2/\1|p" err > rendered
  return $rc
}
# inodes LANG/ARTICLE...: the inode of each edition's two files, one a line.
inodes() { for e in "$@"; do ls -i "proj/out/$e.txt" "proj/out/$e.html" | awk '{ print $1 }'; done; }
all_editions() { (cd proj/out && ls */*.html | sed 's/\.html$//' | sort); }

test_expect_success 'a first build renders every edition and writes a manifest' '
  build && test "$(wc -l < rendered)" = $((2 * n_langs)) &&
  grep -q "^rendered fr/cramps-after-sex$" rendered && grep -q "^rendered ja/second$" rendered &&
  head -n 1 proj/out/.folio.manifest | grep -q "^folio-manifest 2$" &&
  grep -q "^end [0-9a-f]\{16\}$" proj/out/.folio.manifest
'
test_expect_success 'a rebuild without changes renders nothing and rewrites no file' '
  all_editions > editions && inodes $(cat editions) > before &&
  cp proj/out/.folio.manifest manifest.before && cp proj/out/index.html index.before &&
  build && test ! -s rendered &&
  grep -q "note: 0 editions built, 0 skipped" err &&
  grep -q "note: $((2 * n_langs)) editions unchanged since the last build" err &&
  inodes $(cat editions) > after && test_cmp before after &&
  test_cmp manifest.before proj/out/.folio.manifest && test_cmp index.before proj/out/index.html
'
test_expect_success 'a changed catalog renders only its language of its article' '
  sed -i "0,/^msgstr \"[^\"]/s//msgstr \"Changé /" proj/po/cramps-after-sex/fr.po &&
  inodes fr/second de/cramps-after-sex > before &&
  build && echo "rendered fr/cramps-after-sex" > want && test_cmp want rendered &&
  grep -q "Changé" proj/out/fr/cramps-after-sex.txt &&
  inodes fr/second de/cramps-after-sex > after && test_cmp before after
'
test_expect_success 'a catalog of the edition template renders its language of every article' '
  sed -i "0,/^msgstr \"[^\"]/s//msgstr \"Geändert /" proj/po/edition/de.po &&
  build && printf "rendered de/cramps-after-sex\nrendered de/second\n" > want && test_cmp want rendered
'
test_expect_success 'a changed article renders its editions in every language, only those' '
  sed -i "s|</title>|, revised</title>|" proj/content/second.xml &&
  build && test "$(wc -l < rendered)" = $n_langs && ! grep -v "/second$" rendered
'
test_expect_success 'a catalog that appears along the locale chain renders that language' '
  cp proj/po/cramps-after-sex/pt_BR.po proj/po/second/pt.po 2>/dev/null ||
  { mkdir -p proj/po/second && cp proj/po/cramps-after-sex/pt_BR.po proj/po/second/pt.po; } &&
  build && echo "rendered pt_BR/second" > want && test_cmp want rendered
'
test_expect_success 'a deleted output is rendered again, with its edition alone' '
  rm proj/out/ru/second.html && build &&
  echo "rendered ru/second" > want && test_cmp want rendered && test -f proj/out/ru/second.html
'
test_expect_success 'an output changed by hand is rendered again' '
  cp proj/out/he/cramps-after-sex.txt keep && echo edited >> proj/out/he/cramps-after-sex.txt &&
  build && echo "rendered he/cramps-after-sex" > want && test_cmp want rendered &&
  test_cmp keep proj/out/he/cramps-after-sex.txt
'
test_expect_success 'another width renders every edition again' '
  build --width 60 && test "$(wc -l < rendered)" = $((2 * n_langs)) &&
  build --width 60 && test ! -s rendered
'
test_expect_success 'a new language renders every edition (each links to the others)' '
  cp proj/po/LINGUAS linguas.keep && echo it >> proj/po/LINGUAS && build --width 60 &&
  test "$(wc -l < rendered)" = $((2 * n_langs + 2)) && cp linguas.keep proj/po/LINGUAS
'
test_expect_success 'an edition below --min-complete is skipped again without rendering; those built stop linking to it' '
  build && grep -q "hreflang=\"fr\"" proj/out/en/second.html &&
  build --min-complete 50 && printf "rendered en/second\nrendered pt_BR/second\n" > want &&
  test_cmp want rendered && ! grep -q "hreflang=\"fr\"" proj/out/en/second.html &&
  grep -q "second in .fr. is [0-9]*% translated, below 50%: skipped" err &&
  build --min-complete 50 && test ! -s rendered &&
  grep -q "second in .fr. is [0-9]*% translated, below 50%: skipped" err &&
  grep -q "<td class=\"skipped\" data-value=\"[0-9]*\">[0-9]*%</td>" proj/out/index.html &&
  ! grep -q "href=\"fr/second.html\"" proj/out/index.html &&
  ! test -e proj/out/fr/second.html
'
test_expect_success 'a catalog that brings its edition over the threshold renders the editions that now link to it' '
  cp proj/po/cramps-after-sex/fr.po proj/po/second/fr.po && build --min-complete 50 &&
  printf "rendered en/second\nrendered fr/second\nrendered pt_BR/second\n" > want &&
  test_cmp want rendered && grep -q "hreflang=\"fr\"" proj/out/en/second.html &&
  rm proj/po/second/fr.po
'
test_expect_success 'a damaged manifest is warned about and every edition rendered again' '
  build && cp proj/out/.folio.manifest good && fails=0 &&
  for damage in "head -c 300" "head -n 5" "sed 3s/built/skipped/" "sed 2s/100/10/" \
      "sed 4s/[0-9a-f]\t/x\t/" "sed \$d" "sort" "sed 2s/[a-f]/X/g" "sed 2s/\t/\t\t/" "sed 2s/^/\\\\\\\\q/"; do
    $damage good > proj/out/.folio.manifest;
    build || { echo "build failed after: $damage"; fails=1; continue; }
    grep -q "warning: the manifest is damaged; every edition it lists is rendered again" err ||
      { echo "no warning after: $damage"; fails=1; }
    test "$(wc -l < rendered)" = $((2 * n_langs)) || { echo "not all rendered after: $damage"; fails=1; }
    test_cmp good proj/out/.folio.manifest || fails=1
  done && test $fails = 0
'
test_expect_success 'a manifest that is binary, empty, a folder or unreadable: rendered again' '
  printf "\0\1\2" > proj/out/.folio.manifest && build && test "$(wc -l < rendered)" = $((2 * n_langs)) &&
  : > proj/out/.folio.manifest && build && test "$(wc -l < rendered)" = $((2 * n_langs)) &&
  rm proj/out/.folio.manifest && mkdir proj/out/.folio.manifest && (cd proj && folio build --min-complete 0 -o out 2> ../err); rc=$? &&
  test $rc = 2 && grep -q "\.folio\.manifest" err && rmdir proj/out/.folio.manifest &&
  build && test -f proj/out/.folio.manifest
'
test_expect_success 'a rules file an article links (its:rules xlink:href) is one of its inputs' '
  mkdir -p linked/rules && cp -r "$top_srcdir/content" "$top_srcdir/po" linked/ &&
  printf "<its:rules xmlns:its=\"http://www.w3.org/2005/11/its\" version=\"2.0\"><its:translateRule selector=\"//*[local-name()=%s]\" translate=\"yes\"/></its:rules>\n" "'"'"'title'"'"'" > linked/rules/title.its &&
  sed -i "s|<article xmlns=|<article xmlns:its=\"http://www.w3.org/2005/11/its\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns=|; s|<meta>|<its:rules version=\"2.0\" xlink:type=\"simple\" xlink:href=\"../rules/title.its\"/><meta>|" linked/content/cramps-after-sex.xml &&
  (cd linked && folio build -q --min-complete 0 -o out && folio build -v --min-complete 0 -o out 2> err) &&
  ! grep -q ": built$" linked/err && ! grep -q "<h1>Here" linked/out/fr/cramps-after-sex.html &&
  sed -i "s/translate=\"yes\"/translate=\"no\"/" linked/rules/title.its &&
  (cd linked && folio build -v --min-complete 0 -o out 2> err) &&
  test "$(grep -c ": built$" linked/err)" = $n_langs &&
  grep -q "<h1>Here" linked/out/fr/cramps-after-sex.html
'
# The stat cache (OUT/.folio.manifest.stat): files whose stamps are as
# kept are not read again, and no edit is taken for the old bytes.
test_expect_success 'a catalog edited to its old size and modification time is still seen' '
  build && f=proj/po/cramps-after-sex/de.po && cp -p "$f" de.keep &&
  sed -i "0,/^msgstr \"[A-Za-z]/s/^msgstr \"[A-Za-z]/msgstr \"Q/" "$f" && touch -r de.keep "$f" &&
  test "$(wc -c < "$f")" = "$(wc -c < de.keep)" && ! cmp -s "$f" de.keep &&
  build && echo "rendered de/cramps-after-sex" > want && test_cmp want rendered &&
  cp de.keep "$f" && build
'
if command -v strace > /dev/null && strace -f -o /dev/null true 2> /dev/null; then
  test_expect_success 'a rebuild without changes reads no catalog, edition or page again' '
    sleep 1.1 && build && build && test ! -s rendered &&
    # LeakSanitizer cannot run under a tracer.
    (cd proj && ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
      strace -f -e trace=open,openat -o ../trace.all ${FOLIO_WRAPPER:-} "$FOLIO" build --min-complete 0 -o out 2> /dev/null) &&
    # Under FOLIO_WRAPPER=valgrind, valgrind opens files of its own.
    { grep -v "/valgrind_proc_\|/vgdb-pipe-" trace.all > trace || :; } &&
    ! grep "\.po\"\|out/[a-z_A-Z]*/[a-z-]*\.\(txt\|html\)\"\|index\.html\"\|feed\.xml\"" trace &&
    test "$(grep -c "content/second\.xml\"" trace)" = 1 &&  # its first bytes: an article?
    # The manifest and the stat cache are read once, and neither is written.
    test "$(grep -c "out/\.folio\.manifest\"" trace)" = 1 &&
    test "$(grep -c "out/\.folio\.manifest\.stat\"" trace)" = 1 &&
    ! grep "O_WRONLY\|O_RDWR\|O_CREAT" trace
  '
else
  test_skip 'a rebuild without changes reads no catalog, edition or page again' 'no strace'
fi
test_expect_success 'a damaged stat cache is only slower: nothing is rendered, the cache is made again' '
  build && head -c 200 proj/out/.folio.manifest.stat > cut && cp cut proj/out/.folio.manifest.stat &&
  build && test ! -s rendered && ! grep -q "warning\|error" err &&
  tail -n 1 proj/out/.folio.manifest.stat | grep -q "^end [0-9a-f]\{16\}$"
'
test_done
