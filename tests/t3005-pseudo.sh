#!/bin/sh
# t3005: the pseudo-locale HTML editions in headless Chromium.  The en-XA
# and ar-XB pages of the seed article (folio render --locale en-XA and
# ar-XB) must clip no unit: no block element wider inside than its box
# (scrollWidth > clientWidth), none reaching past the viewport and no
# horizontal scrolling, at 390 and 1280 pixels wide.  The ar-XB page must
# also lay out right to left: the document's direction is rtl and the
# paragraphs' text ends at their right edge.
#
# The checks run in the page: a copy of it gets a script at the end of its
# body, and is shown in an iframe of the width under test (headless
# Chromium keeps its window at least 500 pixels wide), scrollbars hidden
# as on a phone.  The script posts its verdict to the framing page, which
# writes it into an attribute of its <html> for Chromium's --dump-dom.
#
# Usage through make check; or by hand, with pages made elsewhere (say by
# folio build):  t3005-pseudo.sh EN-XA.html AR-XB.html
for arg in "$@"; do
  case $arg in /*) ;; *) arg=$PWD/$arg ;; esac
  set -- "$@" "$arg"; shift
done
. "$top_srcdir/tests/lib.sh"

article=$top_srcdir/content/cramps-after-sex.xml

# The pseudo-locales count as rendered once their pages show them: en-XA's
# accented letters (ţ is "t"), ar-XB's override (U+202E).
pseudo_mark() {
  case $1 in en-XA) printf '\305\243' ;; ar-XB) printf '\342\200\256' ;; esac
}

# page TAG: the page of TAG as $TEST_DIR/TAG.html, from the arguments or
# from folio render; fails when it is not a pseudo-localised page.
page() {
  case $1 in en-XA) given=${given_xa:-} ;; ar-XB) given=${given_xb:-} ;; esac
  if [ -s "$TEST_DIR/$1.html" ]; then
    :   # made for the other width
  elif [ -n "$given" ]; then
    cp "$given" "$TEST_DIR/$1.html"
  else
    folio render --locale "$1" --format html "$article" > "$TEST_DIR/$1.html" 2> /dev/null
  fi && grep -q "$(pseudo_mark "$1")" "$TEST_DIR/$1.html"
}
given_xa=${1:-} given_xb=${2:-}

browse() {   # browse FILE ARGS...: headless Chromium, no network, no profile
  file=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$TEST_DIR/profile.XXXXXX")" "$@" "file://$file" 2> /dev/null
}

# The checks, run in the page once it is laid out.  Elements positioned
# out of sight on purpose (the skip link waits at -999rem until focused)
# are not units on screen and are left out.
cat > "$TEST_DIR/check.js" <<'EOF'
(function () {
  var width = document.documentElement.clientWidth, found = [];
  var blocks = /^(block|list-item|flex|grid|flow-root|table|table-cell)$/;
  function name(e) {
    return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') +
      ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
  }
  Array.prototype.forEach.call(document.body.querySelectorAll('*'), function (e) {
    var style = getComputedStyle(e), box = e.getBoundingClientRect();
    if (style.display === 'none' || box.width === 0)
      return;
    var placed = style.position === 'absolute' || style.position === 'fixed';
    if (placed && (box.right <= 0 || box.left >= width))
      return;
    if (blocks.test(style.display) && e.scrollWidth > e.clientWidth + 1)
      found.push('clipped (' + e.scrollWidth + ' > ' + e.clientWidth + ' px): ' + name(e));
    if (box.left < -1 || box.right > width + 1)
      found.push('past the viewport (' + Math.round(box.left) + '..' +
                 Math.round(box.right) + ' of ' + width + ' px): ' + name(e));
  });
  var page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth + 1)
    found.push('the page scrolls sideways: ' + page.scrollWidth + ' > ' + page.clientWidth);
  if (document.documentElement.hasAttribute('data-want-rtl')) {
    if (getComputedStyle(document.documentElement).direction !== 'rtl' || document.dir !== 'rtl')
      found.push('the document is not right to left (dir="' + document.dir + '")');
    Array.prototype.forEach.call(document.querySelectorAll('main p'), function (p) {
      var range = document.createRange(), rects, style = getComputedStyle(p);
      range.selectNodeContents(p);
      rects = Array.prototype.slice.call(range.getClientRects());
      if (!rects.length)
        return;
      /* The last line: in left-aligned text it is short and ends far
       * from the right edge. */
      var bottom = Math.max.apply(null, rects.map(function (r) { return r.bottom; }));
      var end = Math.max.apply(null, rects.filter(function (r) {
        return r.bottom > bottom - 2; }).map(function (r) { return r.right; }));
      var edge = p.getBoundingClientRect().right - parseFloat(style.paddingRight) -
        parseFloat(style.borderRightWidth);
      if (style.direction !== 'rtl' || Math.abs(edge - end) > 2)
        found.push('not aligned to the right (' + style.direction + ', text ends at ' +
                   Math.round(end) + ' of ' + Math.round(edge) + ' px): ' + name(p));
    });
  }
  parent.postMessage('width ' + width + ': ' +
                     (found.length ? found.slice(0, 8).join('; ') : 'ok'), '*');
})();
EOF

# check TAG WIDTH: runs the checks on TAG's page in a frame WIDTH pixels
# wide and prints the verdict; succeeds when it is "ok".
check() {
  want_rtl=
  [ "$1" = ar-XB ] && want_rtl=' data-want-rtl=""'
  sed -e "s|<html |<html$want_rtl |" -e 's|</body>|<script src="check.js"></script></body>|' \
    "$TEST_DIR/$1.html" > "$TEST_DIR/$1-checked.html" &&
  cat > "$TEST_DIR/$1-$2.html" <<EOF &&
<!DOCTYPE html>
<html><body style="margin:0">
<iframe src="$1-checked.html" style="border:0;width:$2px;height:900px"></iframe>
<script>addEventListener('message', function (e) {
  document.documentElement.setAttribute('data-pseudo-check', e.data); });</script>
</body></html>
EOF
  browse "$TEST_DIR/$1-$2.html" --hide-scrollbars --window-size=1400,1000 \
    --virtual-time-budget=10000 --dump-dom > "$TEST_DIR/$1-$2.dom" &&
  verdict=$(sed -n 's/.*data-pseudo-check="\([^"]*\)".*/\1/p' "$TEST_DIR/$1-$2.dom" |
    sed -e 's/&quot;/"/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g') &&
  echo "$1 at $2 px: ${verdict:-no verdict: the check did not run}" &&
  test "$verdict" = "width $2: ok"
}

for tag in en-XA ar-XB; do
  for width in 390 1280; do
    what="the $tag edition clips nothing at $width px"
    [ "$tag" = ar-XB ] && what="$what and lays out right to left"
    if ! command -v chromium > /dev/null; then
      test_skip "$what" "chromium is not installed (scripts/install-deps.sh installs it)"
    elif ! page "$tag"; then
      test_skip "$what" "folio render --locale $tag gives no pseudo-localised page (not integrated yet)"
    else
      test_expect_success "$what" "check $tag $width"
    fi
  done
done
test_done
