#!/bin/sh
# t3009: the site in a browser and the validators, as a reader and a
# publisher would try it: editions and indexes of English, Arabic,
# Japanese, Hindi and Chinese in headless Chromium at 390 and 1280 px
# (no horizontal overflow, no clipped text, the language switcher
# reachable, right-to-left mirrored, axe-core's rules), screenshots in
# tests/screenshots/; then the Nu Html Checker and axe-core on every page
# of the bundled site and of a site of 200 articles in every language.
# Runs when Chromium, Node, Java, vnu-jar and axe-core are installed
# (scripts/install-deps.sh installs them).
. "$top_srcdir/tests/lib.sh"

modules=$(npm root -g 2> /dev/null)
axe=${AXE_JS:-$modules/axe-core/axe.min.js}
vnu=${VNU_JAR:-$modules/vnu-jar/build/dist/vnu.jar}
missing=
for tool in chromium node java; do
  command -v $tool > /dev/null || missing="$missing $tool"
done
test -f "$axe" || missing="$missing axe-core"
test -f "$vnu" || missing="$missing vnu-jar"
if [ -n "$missing" ]; then
  test_skip "the site in Chromium, the Nu Html Checker and axe-core" "not installed:$missing (scripts/install-deps.sh installs them)"
  test_done
  exit 0
fi
shots="$top_builddir/tests/screenshots"
mkdir -p "$shots"
probe() {   # probe SHOTS-DIR|- PAGE...: each page at both widths
  dir=$1; shift
  timeout 900 node "$top_srcdir/tests/browser-probe.js" "$axe" "$dir" 390,1280 "$@" > probe.out 2>&1
  rc=$?
  grep "^not ok\|^browser-probe" probe.out | cut -c1-2000 >&2
  return $rc
}
validate() {   # validate DIR: the Nu Html Checker on every page, 0 errors
  java -jar "$vnu" --errors-only --skip-non-html "$1" > vnu.out 2>&1
  rc=$?
  head -n 20 vnu.out >&2
  test $rc = 0 && ! test -s vnu.out
}
(cd "$top_srcdir" && folio build -j 2 --base-url https://example.org/health -o "$TEST_DIR/ed") > /dev/null 2>&1

test_expect_success 'en, ar, ja, hi and zh at 390 and 1280 px: no overflow, no clipping, switcher reachable, RTL mirrored, no axe violation' '
  cd ed && pages= &&
  for lang in en ar ja hi zh_CN; do pages="$pages $lang/cramps-after-sex.html $lang/index.html"; done &&
  probe "$shots" $pages index.html &&
  test "$(grep -c "^ok" probe.out)" = 22 &&
  test "$(ls "$shots"/*-390.png "$shots"/*-1280.png | wc -l)" -ge 22
'
# The sorting script, pressed twice on one language's heading: the least
# translated article comes first.
test_expect_success 'the index sorts by a language column in the browser' '
  "$top_srcdir/tests/make-site.sh" "$top_srcdir" sort 3 && rm sort/po/a002/de.po &&
  (cd sort && folio build --min-complete 0 -o out 2> /dev/null) &&
  sed "s|</body>|<script>var b=[...document.querySelectorAll(\"th\")].find(function(h){return h.lang===\"de\";}).querySelector(\"button\");b.click();b.click();</script></body>|" \
    sort/out/index.html > sort/out/pressed.html &&
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$TEST_DIR/sort-profile" --dump-dom "file://$TEST_DIR/sort/out/pressed.html" 2> /dev/null > dom.html &&
  grep -o "href=\"de/a00[0-9].html\"" dom.html | tr -d "\"" > order &&
  printf "href=de/a002.html\nhref=de/a001.html\nhref=de/a003.html\n" > expected && test_cmp expected order &&
  grep -q "aria-sort=\"ascending\"" dom.html
'
test_expect_success 'every page of the bundled site in Chromium and axe-core' '
  cd ed && probe - */*.html index.html &&
  test "$(grep -c "^ok" probe.out)" = $(( $(ls */*.html index.html | wc -l) * 2 ))
'
test_expect_success 'the Nu Html Checker finds no error in any page of the bundled site' '
  validate ed
'
test_expect_success 'a site of 200 articles in every language: every page validates, its indexes pass in Chromium' '
  "$top_srcdir/tests/make-site.sh" "$top_srcdir" big 200 &&
  (cd big && folio build -j 2 --base-url https://example.org/ -o out 2> err) &&
  test "$(ls big/out/*/a*.html | wc -l)" = $((200 * $(ls -d big/out/*/ | wc -l))) &&
  validate big/out &&
  cd big/out && probe - index.html */index.html
'
test_done
