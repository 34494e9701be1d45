#!/bin/sh
# t9001: with the rule files gettext ships, folio extract gives the messages
# xgettext --its gives: the same (msgctxt, msgid) pairs, and at least the
# same extracted comments.
. "$top_srcdir/tests/lib.sh"

its_file() {
  for dir in /usr/share/gettext/its /usr/share/gettext-*/its; do
    [ -f "$dir/$1" ] && { echo "$dir/$1"; return; }
  done
}

# The message keys of a template, one line per msgctxt/msgid, sorted.
keys() { msgcat --no-wrap --sort-output "$1" | grep -E '^(msgctxt|msgid) '; }
comments() { grep '^#\. ' "$1" | sort -u; }

compare() {
  rules=$(its_file "$2") && test -n "$rules" &&
  xgettext --its="$rules" -o gettext.pot "$1" &&
  folio extract --its "$rules" -o folio.pot "$1" &&
  keys gettext.pot > gettext.keys && keys folio.pot > folio.keys &&
  test -s gettext.keys && test_cmp gettext.keys folio.keys &&
  comments gettext.pot > gettext.comments && comments folio.pot > folio.comments &&
  comm -23 gettext.comments folio.comments > missing && test_cmp /dev/null missing
}

data="$top_srcdir/tests/data/gettext"
test_expect_success 'polkit policy' 'compare "$data/org.example.demo.policy" polkit.its'
test_expect_success 'GSettings schema (context, trim, no escaping)' \
  'compare "$data/org.example.demo.gschema.xml" gsettings.its'
test_expect_success 'AppStream metainfo (inline em/code, translate="no")' \
  'compare "$data/org.example.Demo.metainfo.xml" metainfo.its'
test_expect_success 'shared-mime-info' 'compare "$data/demo-mime.xml" shared-mime-info.its'
test_expect_success 'GtkBuilder (context, comments, preserved space)' \
  'compare "$data/demo.ui" gtkbuilder.its'
test_expect_success 'the rules are located from gettext'"'"'s .loc files, as xgettext does' '
  cp "$data/org.example.Demo.metainfo.xml" . &&
  xgettext -o gettext.pot org.example.Demo.metainfo.xml &&
  folio extract -o folio.pot org.example.Demo.metainfo.xml &&
  keys gettext.pot > a && keys folio.pot > b && test_cmp a b
'
test_expect_success 'whitespace runs at every offset of a word, as xgettext collapses them' '
  {
    echo "<article xmlns=\"urn:x-folio:article\"><title>Spaces</title><section>"
    for k in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
      lead=$(printf "%${k}s" "" | tr " " x)
      printf "<p>%s  two</p><p>%s one end </p><p>%s\ttab</p><p>%s\n line</p>\n" \
        "$lead" "$lead" "$lead" "$lead"
      printf "<p>%s a <em>b</em>  c %s d</p>\n" "$lead" "$lead"
    done
    echo "</section></article>"
  } > spaces.xml &&
  xgettext --its="$top_srcdir/its/article.its" -o gettext.pot spaces.xml &&
  folio extract -o folio.pot spaces.xml &&
  keys gettext.pot > gettext.keys && keys folio.pot > folio.keys &&
  test_cmp gettext.keys folio.keys
'
test_done
