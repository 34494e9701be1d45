#!/bin/sh
# t5003: folio build --shard K/N renders a deterministic share of the
# editions; --index-only writes the index from the shards' manifests; the
# union of the shards is a whole build, byte for byte.
. "$top_srcdir/tests/lib.sh"

# Five articles (the seed under five names), 13 languages: 65 editions.
mkdir -p proj && cp -r "$top_srcdir/content" "$top_srcdir/po" proj/ &&
for a in b c d e; do
  sed "s/id=\"cramps-after-sex\"/id=\"$a\"/" proj/content/cramps-after-sex.xml > proj/content/$a.xml
  cp -r proj/po/cramps-after-sex proj/po/$a
done
n_editions=$((5 * ($(sed 's/#.*//' proj/po/LINGUAS | wc -w) + 1)))
in_proj() { (cd proj && folio build "$@"); }

test_expect_success 'shard values that are not K/N with 1 <= K <= N are usage errors' '
  for bad in 0/2 3/2 1/0 0/0 a/b 1 1/ /2 1/2x " 1/2" -1/2 1/-2 +1/2 1/+2 2/1 1/100001 ""; do
    test_must_fail 2 in_proj --shard "$bad" -o "$TEST_DIR/bad" 2> err || { echo "accepted: $bad"; exit 1; }
    grep -q "takes K/N" err || { echo "no message for: $bad"; exit 1; }
  done && ! test -e bad
'
test_expect_success '--index-only with --shard is a usage error' '
  test_must_fail 2 in_proj --index-only --shard 1/2 -o "$TEST_DIR/bad" 2> err &&
  grep -q "index-only" err && ! test -e bad
'
test_expect_success 'a whole build to compare with' '
  in_proj -o "$TEST_DIR/full" 2> err && test "$(ls full/*/*.txt | wc -l)" = $n_editions
'
for n in 1 2 7; do
  test_expect_success "N=$n: the shards split the editions, their union is the whole build" '
    k=1 && rm -rf union && mkdir union &&
    while [ $k -le '$n' ]; do
      in_proj -v --shard $k/'$n' -o "$TEST_DIR/s$k" 2> err.$k || exit 1
      grep "note: the edition in .*: built$" err.$k > rendered.$k
      if [ '$n' = 1 ]; then test -f s$k/.folio.manifest && test -f s$k/index.html || exit 1
      else test -f s$k/.folio.manifest.$k-of-'$n' && ! test -e s$k/.folio.manifest &&
        ! test -e s$k/index.html || exit 1
      fi
      cp -r s$k/. union/ && k=$((k + 1))
    done &&
    cat rendered.* | sort > all && test "$(wc -l < all)" = $n_editions &&
    test "$(sort -u all | wc -l)" = $n_editions &&
    in_proj --index-only -o "$TEST_DIR/union" 2> err &&
    diff -r -x ".folio.manifest*" full union && rm -rf s[0-9]*
  '
done
test_expect_success 'the shard of an edition is the same on every run' '
  in_proj -v --shard 3/7 -o "$TEST_DIR/once" 2> first && rm -rf once &&
  in_proj -v --shard 3/7 -o "$TEST_DIR/once" 2> second && test_cmp first second &&
  grep -q "note: the edition in .*: built$" first
'
test_expect_success '--index-only without every shard is an error, and the index stays as it was' '
  rm -rf part && in_proj --shard 1/2 -o "$TEST_DIR/part" 2> err && echo old > part/index.html &&
  test_must_fail 2 in_proj --index-only -o "$TEST_DIR/part" 2> err &&
  grep -q "error: no manifest of .*holds the edition in .[a-zA-Z_]*. made from the present inputs" err &&
  grep -q "index.html was not updated" err && test "$(cat part/index.html)" = old
'
test_expect_success '--index-only refuses shards built from other inputs' '
  rm -rf two && in_proj --shard 1/2 -o "$TEST_DIR/two" && in_proj --shard 2/2 -o "$TEST_DIR/two" &&
  in_proj --index-only -o "$TEST_DIR/two" && cp two/index.html index.keep &&
  sed -i "0,/^msgstr \"[^\"]/s//msgstr \"Changé /" proj/po/c/fr.po &&
  test_must_fail 2 in_proj --index-only -o "$TEST_DIR/two" 2> err &&
  grep -q "^content/c.xml: error: no manifest" err && test_cmp index.keep two/index.html
'
test_expect_success 'a whole build over shard outputs renders nothing and replaces their manifests' '
  rm -rf both && in_proj --shard 1/2 -o "$TEST_DIR/both" && in_proj --shard 2/2 -o "$TEST_DIR/both" &&
  in_proj -v -o "$TEST_DIR/both" 2> err && ! grep -q ": built$" err &&
  grep -q "note: the edition in .*: unchanged$" err &&
  test -f both/.folio.manifest && ! ls both/.folio.manifest.[0-9]* 2>/dev/null
'
test_done
