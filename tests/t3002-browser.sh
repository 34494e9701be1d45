#!/bin/sh
# t3002: the English, Arabic and Japanese HTML editions in headless
# Chromium: the page loads, the browser sees the right language and
# direction, and a screenshot is taken (tests/screenshots/, not in git).
. "$top_srcdir/tests/lib.sh"

if ! command -v chromium > /dev/null; then
  test_skip "HTML editions in Chromium" "chromium is not installed (scripts/install-deps.sh installs it)"
  test_done
  exit 0
fi
shots="$top_builddir/tests/screenshots"
mkdir -p "$shots"
browse() {   # browse FILE ARGS...: headless Chromium, no network, no profile
  file=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$TEST_DIR/profile.XXXXXX")" "$@" "file://$file" 2> /dev/null
}
(cd "$top_srcdir" && folio build -o "$TEST_DIR/ed") > /dev/null 2>&1

for pair in en:ltr ar:rtl ja:ltr; do
  lang=${pair%:*} dir=${pair#*:}
  test_expect_success "the $lang edition renders $dir in Chromium" '
    page="$TEST_DIR/ed/$lang/cramps-after-sex.html" &&
    browse "$page" --dump-dom > dom.html &&
    grep -q "<html lang=\"$lang\" dir=\"$dir\">" dom.html &&
    grep -q "<article id=\"article\">" dom.html &&
    browse "$page" --window-size=900,1200 --screenshot="$shots/$lang.png" > /dev/null &&
    test "$(wc -c < "$shots/$lang.png")" -gt 20000
  '
done
test_done
