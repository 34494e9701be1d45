#!/bin/sh
# t8004: two folio update runs at once on the same domain folders leave
# valid catalogs, lose no translation, leave no temporary file, and give
# what one run alone gives.  FOLIO_CONCURRENT_ROUNDS rounds (default 10),
# the sources changed between rounds.
. "$top_srcdir/tests/lib.sh"

rounds=${FOLIO_CONCURRENT_ROUNDS:-10}
domains='po/cramps-after-sex po/edition'

mkdir -p src/A src/B &&
cp "$top_srcdir/content/cramps-after-sex.xml" "$top_srcdir/content/edition.xml" src/A/ &&
sed 's|<intro>|<intro><p>Drink a glass of water before and after.</p>|' \
  src/A/cramps-after-sex.xml > src/B/cramps-after-sex.xml &&
sed 's/shares the article\./shares the article on social media./' src/A/edition.xml > src/B/edition.xml &&
cp -r "$top_srcdir/content" "$top_srcdir/po" . || exit 1

use_source() { cp "src/$1/cramps-after-sex.xml" "src/$1/edition.xml" content/; }
catalogs() { ls po/cramps-after-sex/*.po po/edition/*.po; }
# translations FILE...: "FILE<tab>MSGSTR" for every translation, of a
# current or of an obsolete (#~) message, continuation lines joined;
# the header is not a translation.
translations() {
  awk '
    function flush() { if (str != "" && id != "") print file "\t" str; str = ""; part = "" }
    function text(piece) { sub(/^"/, "", piece); sub(/"$/, "", piece); return piece }
    { line = $0; sub(/^#~ /, "", line) }
    FNR == 1 { flush() }
    line ~ /^msgid "/ { flush(); part = "id"; sub(/^msgid /, "", line); id = text(line); next }
    line ~ /^msgstr(\[[0-9]+\])? "/ {
      if (part == "str") flush()
      file = FILENAME; part = "str"; sub(/^msgstr(\[[0-9]+\])? /, "", line); str = text(line); next
    }
    part == "id" && line ~ /^"/ { id = id text(line); next }
    part == "str" && line ~ /^"/ { str = str text(line); next }
    part == "str" { flush() }
  ' "$@" | sort -u
}
# sums: the SHA-256 of every file of the domain folders.
sums() { find po/cramps-after-sex po/edition -type f -exec sha256sum {} + | sort -k 2; }

test_expect_success 'setup: what one run alone gives, for each version of the sources' '
  translations $(catalogs) > translations.original &&
  test "$(wc -l < translations.original)" -gt 400 &&
  use_source B && folio update $domains > /dev/null && use_source A && folio update $domains > /dev/null &&
  sums > sums.A && use_source B && folio update $domains > /dev/null && sums > sums.B &&
  use_source A && folio update $domains > /dev/null && sums | test_cmp sums.A -
'

# two_updates DOMAINS DOMAINS: two folio update runs started together, at
# most a minute each; their messages in out.1 and out.2, their exit
# statuses in rc1 and rc2.  True when both succeed.
two_updates() {
  timeout 60 ${FOLIO_WRAPPER:-} "$FOLIO" update $1 > out.1 2>&1 & one=$!
  timeout 60 ${FOLIO_WRAPPER:-} "$FOLIO" update $2 > out.2 2>&1 & two=$!
  wait $one; rc1=$?
  wait $two; rc2=$?
  [ $rc1 = 0 ] && [ $rc2 = 0 ]
}

# Each round: change the sources, start two updates together (every other
# round with the domains in the other order), wait for both, check.
failed=0 invalid=0 lost=0 unlike=0 v=A
: > log
i=0
while [ "$i" -lt "$rounds" ]; do
  i=$((i + 1))
  if [ $v = A ]; then v=B; else v=A; fi
  use_source $v
  second=$domains
  [ $((i % 2)) = 0 ] && second='po/edition po/cramps-after-sex'
  if ! two_updates "$domains" "$second"; then
    failed=$((failed + 1)); echo "round $i: exit $rc1 and $rc2" >> log; sed 's/^/  /' out.1 out.2 >> log
  fi
  for po in $(catalogs); do
    msgfmt -c -o /dev/null "$po" 2>> log || { invalid=$((invalid + 1)); echo "round $i: $po is not valid" >> log; }
  done
  translations $(catalogs) | comm -23 translations.original - > missing
  if [ -s missing ]; then
    lost=$((lost + $(wc -l < missing))); echo "round $i: translations lost:" >> log; head -n 5 missing >> log
  fi
  sums > sums.now
  if ! cmp -s sums.now sums.$v; then
    unlike=$((unlike + 1)); echo "round $i: not what one run gives:" >> log
    diff sums.$v sums.now | grep "^[<>]" >> log
  fi
done

test_expect_success "$rounds rounds of two updates at once: $failed with a failed run" '
  head -n 30 log && test "$failed" = 0
'
test_expect_success "every catalog valid (msgfmt -c) after each round: $invalid invalid" '
  grep "not valid" log | head -n 10; test "$invalid" = 0
'
test_expect_success "every translation kept, current or obsolete: $lost lost" '
  grep -A5 "translations lost" log | head -n 20; test "$lost" = 0
'
test_expect_success "each round leaves what one run alone leaves, and no other file: $unlike rounds unlike" '
  grep -A10 "not what one run gives" log | head -n 30; test "$unlike" = 0
'

# A sentence reworded twice before its translators come back: msgmerge
# keeps the translation as fuzzy under the newest wording, with the
# wording it was made for as the previous msgid (#|).
test_expect_success 'a sentence reworded twice between translations: both updates succeed each time, the translation kept' '
  use_source A && folio update $domains > /dev/null &&
  for wording in joyful happy; do
    sed "s/Sex should be a pleasurable experience,/Sex should be a $wording experience,/" \
      src/A/cramps-after-sex.xml > content/cramps-after-sex.xml &&
    { two_updates "$domains" "$domains" || { cat out.1 out.2; exit 1; }; } || exit 1
  done &&
  msgcat --no-wrap po/cramps-after-sex/fr.po > fr &&
  grep -B2 -A1 "^msgid \"Sex should be a happy experience," fr > entry && cat entry &&
  grep -q "^#, fuzzy" entry && grep -q "^#| msgid \"Sex should be a pleasurable experience," entry &&
  grep -q "^msgstr \"Le sexe devrait" entry
'
test_done
