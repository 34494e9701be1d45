#!/bin/sh
# t2006: the icu-message-format flag in the catalogs folio makes and merges
# (gettext's tools drop it), as translators' tools read it, and the
# Weblate component setting for the template domain.
. "$top_srcdir/tests/lib.sh"

setup() {
  rm -rf po content && mkdir -p po/edition content &&
  cp "$top_srcdir/content/edition.xml" content/ &&
  folio update po/edition > /dev/null
}
# entries_with PO TEXT: how many entries have a line that is exactly TEXT.
entries_with() { grep -cxF -- "$2" "$1"; }

test_expect_success 'init: every entry with the comment has the flag, no other' '
  setup && folio init fr po/edition > /dev/null &&
  n=$(entries_with po/edition/fr.po "#. icu-message-format") && test "$n" -gt 0 &&
  test "$(grep -c "^#,.*icu-message-format" po/edition/fr.po)" = "$n" &&
  awk "/^#\\. icu-message-format\$/ {c = 1} /^#,.*icu-message-format/ && !c {bad = 1} /^msgid / {c = 0} END {exit bad}" po/edition/fr.po &&
  msgfmt -c --check-format -o /dev/null po/edition/fr.po
'
# flags_after_merge PO POT: the flags msgmerge alone leaves.
flags_after_merge() { msgmerge -q "$1" "$2" -o - | grep -c '^#,.*icu-message-format'; }
# previous_follows_flags PO: the "#|" lines of the fuzzy ICU entry come
# after its flags, where gettext puts them.
previous_follows_flags() {
  awk '/^#, fuzzy, icu-message-format/ { getline; found = /^#\| msgid/ } END { exit !found }' "$1"
}
test_expect_success 'update: msgmerge drops the flag, folio puts it back; twice changes nothing' '
  setup && folio init fr po/edition > /dev/null &&
  test "$(flags_after_merge po/edition/fr.po po/edition/edition.pot)" = 0 &&
  msgen po/edition/fr.po -o fr.po && mv fr.po po/edition/fr.po && folio update po/edition > /dev/null &&
  grep -q "^#, icu-message-format" po/edition/fr.po &&
  sed -i "s/min read}}/min to read}}/" content/edition.xml && folio update po/edition > /dev/null &&
  grep -q "^#, fuzzy, icu-message-format" po/edition/fr.po && previous_follows_flags po/edition/fr.po &&
  msgattrib --only-fuzzy po/edition/fr.po | grep -q "^msgid \"{minutes" &&
  cp po/edition/fr.po before.po && folio update po/edition > out &&
  test_cmp before.po po/edition/fr.po && test ! -s out
'
test_expect_success 'the Translate Toolkit (behind Weblate) sees the flag' '
  setup && folio init fr po/edition > /dev/null &&
  if /usr/bin/python3 -c "import translate.storage.factory" 2>/dev/null; then
    /usr/bin/python3 -c "import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
flagged = [u.source for u in store.units if u.hastypecomment(\"icu-message-format\")]
assert any(s.startswith(\"{minutes, plural\") for s in flagged), flagged
assert not any(s == \"Quick Tip\" for s in flagged), flagged" po/edition/fr.po
  else
    echo "translate-toolkit missing: not asked"
  fi
'
test_expect_success 'the Weblate component setting names the template domain and the flag' '
  json="$top_srcdir/docs/weblate/edition-component.json" &&
  python3 -c "import json, sys, glob, os
c = json.load(open(sys.argv[1]))
os.chdir(sys.argv[2])
assert c[\"file_format\"] == \"po\" and c[\"check_flags\"] == \"icu-message-format\", c
assert glob.glob(c[\"filemask\"]) and os.path.isfile(c[\"new_base\"]), c" "$json" "$top_srcdir"
'
# all_as_icu POT PO: a catalog of every message of the template, each
# translated as itself and marked as ICU MessageFormat.
all_as_icu() {
  msgen "$1" |
  sed -e 's/^#: /#. icu-message-format\n#: /' \
      -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"/"Language: en\\n"\n"Content-Type: text\/plain; charset=UTF-8\\n"/' > "$2"
}
# The component flag marks every message of the domain, labels too: right
# only when every msgid of the template is a pattern ICU parses.
test_expect_success 'every msgid of the template domain is a valid ICU pattern, so the flag fits all' '
  setup && all_as_icu "$top_srcdir/po/edition/edition.pot" po/edition/en.po &&
  test "$(grep -c "^#\. icu-message-format" po/edition/en.po)" -ge "$(grep -c "^#: " po/edition/en.po)" &&
  folio check --min-complete 0 po/edition/en.po > out; cat out &&
  grep -q "^po/edition/en.po " out && ! grep -q "\[icu-syntax\]" out
'
test_done
